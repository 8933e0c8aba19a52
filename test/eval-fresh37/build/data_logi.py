# Org 4: 丸栄運輸株式会社 (truck-driver dispatch / logistics)
MI = "三浦 健吾 <k.miura@maruei-unyu.example.jp>"
NI = "西田 直美 <n.nishida@maruei-unyu.example.jp>"
OT = "大塚 誠 <m.otsuka@maruei-unyu.example.jp>"

SIG_MI = """--------------------------------------------
丸栄運輸株式会社　配車課
三浦 健吾（みうら けんご）
〒335-0031 埼玉県戸田市美女木東1-4-7
TEL 048-421-6630　FAX 048-421-6631
配車直通 048-421-6639（6:00〜20:00）
--------------------------------------------"""

SIG_NI = """丸栄運輸株式会社 総務部
西田 直美
TEL 048-421-6600（代表）
n.nishida@maruei-unyu.example.jp"""

SIG_OT = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
丸栄運輸株式会社 安全管理部 運行管理者
大塚 誠
TEL 048-421-6650 / 携帯 080-4412-0098（業務用）
m.otsuka@maruei-unyu.example.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

MAILS = [
# ---------------- HOLDS ----------------
dict(expect="hold", kind="id.pension", loc="body",
 why="A newly hired driver's basic pension number and birth date are sent in the body to the labour consultant.",
 frm=NI, to=["戸田労務管理事務所 岡部 様 <okabe@toda-roumu.example.jp>"],
 subject="新規採用ドライバーの社会保険資格取得について",
 text="""岡部先生

いつもお世話になっております。丸栄運輸の西田です。
10月15日付で採用するドライバーの資格取得届をお願いいたします。

　氏名：菅原 慎吾（すがわら しんご）
　生年月日：1982年12月5日
　基礎年金番号：4512-803217
　雇用保険被保険者番号：1102-448819-3
　報酬月額：352,000円（基本給＋運行手当）
　扶養：なし

前職の離職票は本人から後日提出予定です。

""" + SIG_NI,
 personal=[("name","菅原 慎吾"),("pension","4512-803217"),("employment_insurance","1102-448819-3"),("birthdate","1982年12月5日")]),

dict(expect="hold", kind="sensitive.health", loc="body",
 why="Named drivers' sleep-apnoea screening results and a hypertension finding are sent to an outside clinic.",
 frm=OT, to=["戸田みなみクリニック 産業医 坂口 先生 <sakaguchi@toda-minami-cl.example.jp>"],
 subject="SAS簡易検査の結果と乗務可否のご相談",
 text="""坂口先生

いつもお世話になっております。丸栄運輸 安全管理部の大塚です。
9月に実施したSAS（睡眠時無呼吸症候群）簡易検査で、精密検査が必要と判定された者について乗務可否のご意見をいただきたくご連絡いたしました。

1. 古川 勝也（大型・長距離）　AHI 38.2（重症の疑い）、日中の眠気の自覚あり
2. 新井 聡（中型・地場）　AHI 21.5、血圧 168/102（降圧剤未服用）

特に古川は来週から東北便の担当予定のため、精密検査までの間の乗務をどうすべきかご指示いただけますでしょうか。

""" + SIG_OT,
 personal=[("name","古川 勝也"),("health","AHI 38.2（重症の疑い）"),("name","新井 聡"),("health","血圧 168/102（降圧剤未服用）")]),

dict(expect="hold", kind="sensitive.criminal", loc="body",
 why="A candidate driver's past drink-driving conviction is disclosed by name to the prime contractor.",
 frm=OT, to=["関東ロジネット株式会社 安全推進課 平岡 様 <hiraoka@kanto-loginet.example.jp>"],
 subject="Re: 新任ドライバーの構内入構審査について",
 text="""平岡様

お世話になっております。丸栄運輸の大塚です。
ご依頼の件、新任予定者について当社で確認した事項をお伝えします。

　対象者：久我 拓真（くが たくま）
　・2019年に酒気帯び運転で罰金刑（罰金30万円）、免許取消し1年の処分歴あり
　・2021年に免許再取得、以降の違反歴なし
　・当社入社時にアルコール依存の治療歴がないことを本人申告で確認済み

御社の入構基準（過去5年以内の飲酒運転歴）に該当するかどうか、ご判断をお願いできますでしょうか。

""" + SIG_OT + """

> 丸栄運輸 大塚様
> 11月から増車予定の新任ドライバーについて、過去の重大違反歴の有無をご確認ください。
> 関東ロジネット 安全推進課 平岡
""",
 personal=[("name","久我 拓真"),("criminal","2019年に酒気帯び運転で罰金刑（罰金30万円）")]),

dict(expect="hold", kind="id.residence_card", loc="body",
 why="A foreign driver's residence card number and status are sent to an outside administrative scrivener.",
 frm=NI, to=["行政書士 ほしの国際事務所 星野 様 <hoshino@hoshino-gyosei.example.jp>"],
 subject="在留期間更新申請のご依頼（特定技能）",
 text="""星野先生

お世話になっております。丸栄運輸の西田です。
特定技能（自動車運送業）のドライバーの在留期間更新をお願いしたく、情報をお送りします。

　氏名：NGUYEN VAN THANH（グエン・ヴァン・タイン）
　国籍：ベトナム
　生年月日：1995年3月27日
　在留カード番号：AB48217735CD
　在留期限：2024年12月20日
　住所：埼玉県戸田市新曽南2-8-16 丸栄寮201

必要書類のリストをいただけましたら、本人と準備いたします。

""" + SIG_NI,
 personal=[("name","NGUYEN VAN THANH"),("residence_card","AB48217735CD"),("address","埼玉県戸田市新曽南2-8-16 丸栄寮201")]),

dict(expect="hold", kind="list.roster", loc="attachment",
 why="The attached driver list with birth dates, home addresses and private phones goes to a shipper; the body gives no hint.",
 frm=MI, to=["株式会社ひまわり食品 物流部 大西 様 <oonishi@himawari-foods.example.jp>"],
 subject="年末繁忙期の専属便 体制について",
 text="""大西様

いつもお世話になっております。丸栄運輸 配車課の三浦です。
年末繁忙期（12/1〜12/31）の専属便の体制表を添付いたします。
ご確認のほどよろしくお願いいたします。

""" + SIG_MI,
 attachments=[dict(filename="himawari_nenmatsu_taisei.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text="""[専属ドライバー]
氏名\t生年月日\t自宅住所\t携帯（私用）\t車両
古川 勝也\t1976/06/14\t埼玉県戸田市下前2-11-5\t090-8841-2273\t大宮100か4421
小松 亮介\t1988/02/02\t埼玉県蕨市塚越4-3-18-402\t080-1937-6650\t大宮100か4435
原田 純一\t1971/09/21\t東京都板橋区舟渡3-16-9\t090-2265-0184\t大宮130あ1182
[車両]
車番\t車種\t積載量
大宮100か4421\t大型冷凍ウイング\t13.5t
大宮100か4435\t大型冷凍ウイング\t13.5t
大宮130あ1182\t中型冷凍\t3.8t
""")],
 personal=[("name","小松 亮介"),("birthdate","1988/02/02"),("address","埼玉県蕨市塚越4-3-18-402"),("phone","080-1937-6650")]),

dict(expect="hold", kind="personal.inquiry", loc="quoted",
 why="The forward to a partner carrier quotes a neighbour's complaint with her name, address and phone.",
 frm=MI, to=["有限会社 岩瀬運送 配車担当 <haisha@iwase-unso.example.jp>"],
 subject="FW: 早朝のアイドリングについて（苦情）",
 text="""岩瀬運送 配車ご担当様

お世話になっております。丸栄運輸の三浦です。
下記の苦情が当社に寄せられました。美女木センター前で早朝待機している車両は御社の便と思われますので、
ドライバーさんへの周知をお願いいたします。

""" + SIG_MI + """

-----Original Message-----
From: 栗田 弥生 <yayoi.kurita@jcom.zaq.ne.jp>
Sent: Monday, October 7, 2024 5:52 AM
To: info@maruei-unyu.example.jp
Subject: 早朝のアイドリングについて

丸栄運輸 御中
毎朝4時半ごろから、家の前にトラックが停まってエンジンをかけたままにしています。
うるさくて眠れません。何度もお願いしているのに改善されません。
埼玉県戸田市美女木東1-9-3 栗田
携帯 090-7726-4031
改善されない場合は市役所に相談します。
""",
 personal=[("name","栗田 弥生"),("address","埼玉県戸田市美女木東1-9-3"),("phone","090-7726-4031")]),

dict(expect="hold", kind="id.driver_license", loc="subject",
 why="The subject line carries a named driver's licence number; the body only says the copy will follow.",
 frm=NI, to=["東和損害保険 代理店 戸田中央保険サービス 吉村 様 <yoshimura@toda-hoken.example.jp>"],
 subject="追加運転者登録：小松 亮介 免許証番号 第301804412560号",
 text="""吉村様

お世話になっております。丸栄運輸の西田です。
標記の件、追加登録をお願いいたします。
免許証の写しは明日FAXでお送りします。

""" + SIG_NI,
 personal=[("name","小松 亮介"),("driver_license","301804412560")]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="An encrypted zip of accident reports goes to the insurer with the password in a later mail.",
 frm=OT, to=["東和損害保険 事故受付センター <jiko@towa-sonpo.example.jp>"],
 subject="事故報告書一式の送付（10/3 首都高美女木JCT付近）",
 text="""東和損害保険 事故受付センター ご担当者様

お世話になっております。丸栄運輸 安全管理部の大塚です。
10月3日に発生した接触事故の報告書一式を、パスワード付きZIPにてお送りいたします。
パスワードは次のメールでお知らせします。

受付番号：TW-241003-0772

""" + SIG_OT,
 attachments=[dict(filename="jiko_houkoku_241003.zip", contentType="application/zip", encrypted=True)]),

dict(expect="hold", kind="recipients.visible", loc="recipients",
 why="A notice to partner carriers exposes eleven outside addresses from different companies in To/CC.",
 frm=MI, to=["haisha@iwase-unso.example.jp","info@kato-butsuryu.example.jp","dispatch@yamabuki-trans.example.jp","unko@sawada-express.example.jp","haisha@minato-logi.example.jp","office@kitamura-unyu.example.jp","tsuji@tsuji-cargo.example.jp","haisha@hinode-kyuso.example.jp"],
 cc=["ueno.truck.service@gmail.com","k-ogawa-unso@nifty.com","sales@asahi-haiso.example.jp"],
 subject="【協力会社各位】11月の傭車依頼予定と単価改定について",
 text="""協力会社 各位

いつも大変お世話になっております。丸栄運輸 配車課の三浦です。
11月の傭車依頼予定と、燃料サーチャージを含む単価改定についてご案内いたします。

1. 依頼予定（概数）
　・冷凍4t 戸田→厚木 日曜除く毎日 2台
　・大型ウイング 戸田→仙台 週3便
2. 単価改定（11月1日〜）
　・軽油価格が基準（1L 150円）を10円超えるごとに、運賃の2%を加算
3. 2024年問題への対応
　・荷待ち時間が2時間を超える場合は、待機料（30分ごと 1,650円）をお支払いします

ご質問は配車課までお寄せください。

""" + SIG_MI),

# ---------------- PASSES ----------------
dict(expect="pass", kind="benign.tracking_numbers", loc=None,
 why="Delivery status for a shipper with 12-digit tracking numbers (two happen to pass the My Number check) and recipient companies only.",
 frm=MI, to=["株式会社ひまわり食品 物流部 大西 様 <oonishi@himawari-foods.example.jp>"],
 subject="Re: 10/8出荷分の配達状況について",
 text="""大西様

お世話になっております。丸栄運輸の三浦です。
お問い合わせの4件について、路線便（ヤマト運輸）の追跡結果は以下のとおりです。

　伝票番号　　　　　お届け先　　　　　　　　　状況
　4260-1815-9080　　スーパーいなほ 川口店　　10/9 10:12 配達完了
　4016-6131-8605　　グリーンマート 蕨駅前店　10/9 11:40 配達完了
　4139-0996-0307　　フレッシュ館 与野店　　　10/9 持ち出し中
　4246-2819-4828　　まるとくストア 朝霞店　　10/10 午前着予定（先方休業日のため）

フレッシュ館様は本日中にお届け予定です。

""" + SIG_MI + """

> 丸栄運輸 三浦様
> 10/8出荷の4件、お店から未着の連絡が来ています。状況を教えてください。
> ひまわり食品 大西
"""),

dict(expect="pass", kind="benign.vehicle_numbers", loc=None,
 why="Vehicle registration numbers and surnames only, for gate entry at a customer site.",
 frm=MI, to=["東邦化学 川越工場 守衛所 <shuei@toho-kagaku-kawagoe.example.jp>"],
 subject="10月第3週 入構車両のご連絡",
 text="""東邦化学 川越工場 守衛所 ご担当者様

いつもお世話になっております。丸栄運輸の三浦です。
10月15日（火）〜18日（金）の入構予定車両は以下のとおりです。

　日付　　車番　　　　　　　乗務員（姓）　入構予定
　10/15　大宮100か4421　　古川　　　　　8:30
　10/16　大宮100か4435　　小松　　　　　8:30
　10/17　大宮130あ1182　　原田　　　　　13:00
　10/18　大宮100か4421　　古川　　　　　8:30

変更がありましたら前日17時までにご連絡します。

""" + SIG_MI),

dict(expect="pass", kind="benign.it_malware", loc=None,
 why="感染 and 隔離 refer to malware on an office PC, not to any person's health.",
 frm=OT, to=["関東ロジネット株式会社 情報システム部 <is@kanto-loginet.example.jp>"],
 cc=["関東ロジネット株式会社 安全推進課 平岡 様 <hiraoka@kanto-loginet.example.jp>"],
 subject="【ご報告】当社端末のマルウェア感染と対応状況",
 text="""関東ロジネット株式会社 情報システム部 ご担当者様

お世話になっております。丸栄運輸の大塚です。
10月7日、当社配車課の端末1台でマルウェア感染の疑いを検知しました。現時点の状況をご報告します。

　・検知：10/7 14:22（EDRによる自動検知）
　・対応：該当端末を即時にネットワークから隔離、初期化済み
　・影響：御社の受発注システムへのアクセス履歴を確認したところ、不審な通信はありませんでした
　・原因：添付ファイル付きの偽装請求書メールの開封
　・ハッシュ値（SHA-256）：9f2c4e81a7b3d05c6e1f8a92b47d3c10e5f6a8b9c0d1e2f3a4b5c6d7e8f90a1b

念のため、御社側でも当社からのメールにご注意いただけますようお願いいたします。

""" + SIG_OT),

dict(expect="pass", kind="benign.aggregate_health", loc=None,
 why="Health-management figures for drivers given only as aggregates.",
 frm=OT, to=["埼玉県トラック協会 適正化事業部 <tekiseika@saitama-ta.example.or.jp>"],
 subject="健康起因事故防止の取組み状況（アンケート回答）",
 text="""埼玉県トラック協会 適正化事業部 御中

お世話になっております。丸栄運輸の大塚です。
健康起因事故防止に関するアンケートに回答いたします。

　・在籍運転者数：74名（平均年齢 49.3歳）
　・定期健康診断受診率：100%
　・SASスクリーニング実施率：100%（うち精密検査対象 6名、CPAP治療中 4名）
　・脳MRI健診の補助：45歳以上の希望者に費用の半額を補助（今年度 12名受診）
　・点呼時の血圧測定：全営業所で実施

個人が特定される情報は含めておりません。

""" + SIG_OT),

dict(expect="pass", kind="benign.religious_corporation_customer", loc=None,
 why="A religious corporation is a moving customer; no individual's belief is disclosed.",
 frm=MI, to=["宗教法人 妙光寺 事務局 <jimu@myokoji.example.jp>"],
 subject="本堂改修に伴う仏具の一時保管・輸送のお見積り",
 text="""宗教法人 妙光寺 事務局 御中

先日は下見の機会をいただき、ありがとうございました。丸栄運輸の三浦です。
本堂改修工事に伴う仏具の輸送・一時保管につき、お見積りをお送りします。

　・輸送：11月5日（火） 妙光寺 → 当社戸田倉庫（定温区画）　4t箱車2台・作業員6名
　・保管：11月5日〜翌年3月31日（定温・防虫管理）
　・返送：改修完了後、ご指定日
　・御見積額：1,078,000円（税込）

美術品梱包の専門スタッフが対応いたします。ご不明点はお気軽にお尋ねください。

""" + SIG_MI),

dict(expect="pass", kind="benign.project_thread", loc=None,
 why="A shipper project thread with six visible addresses from two companies.",
 frm=MI, to=["大西 様 <oonishi@himawari-foods.example.jp>","坂本 様 <sakamoto@himawari-foods.example.jp>","物流部 <butsuryu@himawari-foods.example.jp>"],
 cc=["西田 直美 <n.nishida@maruei-unyu.example.jp>","大塚 誠 <m.otsuka@maruei-unyu.example.jp>","営業部 加藤 <s.kato@maruei-unyu.example.jp>"],
 subject="Re: Re: 新センター稼働に向けた定例（第4回）議事メモ",
 text="""ひまわり食品 大西様、坂本様

第4回定例の議事メモを共有いたします。

【日時】10月8日（火）15:00〜16:00　於：ひまわり食品 本社会議室
【出席】ひまわり食品：大西様、坂本様 / 丸栄運輸：三浦、大塚、加藤

1. 新川口センターの稼働日：12月2日で確定
2. バース予約システム：ひまわり食品様側で「MOVO」相当のシステムを導入予定、当社は11月中旬にテスト参加
3. 荷待ち時間：現状平均 1時間52分 → 目標 1時間以内
4. 次回：10月22日（火）15:00

抜け漏れがありましたらご指摘ください。

""" + SIG_MI),

dict(expect="pass", kind="benign.surname_companies", loc=None,
 why="Company names contain surnames (佐藤運送, 鈴木工業), but no private person is involved.",
 frm=MI, to=["佐藤運送株式会社 営業部 <eigyo@sato-unso.example.jp>"],
 subject="共同配送のご提案について",
 text="""佐藤運送株式会社 営業部 御中

お世話になっております。丸栄運輸 配車課の三浦です。
先日ご相談いただいた、鈴木工業株式会社様・高橋製作所様向けの共同配送について、当社案をお送りします。

　・対象：鈴木工業（本庄）・高橋製作所（深谷）向け部品
　・集荷：毎週月・水・金 佐藤運送様 熊谷営業所にて積み合わせ
　・車両：当社 大型ウイング1台
　・費用分担：積載重量比で按分

ご検討のうえ、来週中にご意見をいただけますと幸いです。

""" + SIG_MI),

dict(expect="pass", kind="benign.invoice_corporate_account", loc=None,
 why="A monthly freight invoice with the company's corporate account and registration number.",
 frm=NI, to=["株式会社ひまわり食品 経理部 <keiri@himawari-foods.example.jp>"],
 subject="9月分 運賃請求書の送付",
 text="""株式会社ひまわり食品 経理部 御中

いつもお世話になっております。丸栄運輸 総務部の西田です。
9月分の運賃請求書をお送りいたします。

　請求番号：MU-2409-0118
　ご請求額：4,862,150円（税込）
　お支払期限：10月31日
　振込先：武蔵野中央銀行 戸田支店 普通 1148830 マルエイウンユ（カ
　登録番号：T7030001088215

ご査収のほどよろしくお願いいたします。

""" + SIG_NI,
 attachments=[dict(filename="MU-2409-0118.pdf", contentType="application/pdf",
  text="""請求書 MU-2409-0118
株式会社ひまわり食品 御中
9月分 運賃（専属便 22日、路線便 318件）4,420,137円
消費税 442,013円 合計 4,862,150円
振込先 武蔵野中央銀行 戸田支店 普通 1148830
丸栄運輸株式会社 登録番号 T7030001088215""")]),

dict(expect="pass", kind="benign.plain_zip", loc=None,
 why="A plain zip of blank daily-log templates and forms.",
 frm=OT, to=["有限会社 岩瀬運送 岩瀬 社長 <iwase@iwase-unso.example.jp>"],
 subject="点呼記録簿・運転日報の様式（改正対応版）",
 text="""岩瀬社長

お世話になっております。丸栄運輸の大塚です。
先日お話しした、改善基準告示の改正に対応した様式一式をZIPでお送りします。
すべて空欄の様式ですので、御社名を入れてご自由にお使いください。

　・点呼記録簿（対面・IT点呼兼用）
　・運転日報（拘束時間・休息期間の自動計算付き）
　・荷待ち時間記録表

""" + SIG_OT,
 attachments=[dict(filename="youshiki_2024kaisei.zip", contentType="application/zip",
  text="""tenko_kirokubo_v3.xlsx
unten_nippou_2024.xlsx
nimachi_kiroku.xlsx
README.txt""")]),

dict(expect="pass", kind="benign.traffic_delay", loc=None,
 why="A delay notice caused by a highway accident; no names or personal data.",
 frm=MI, to=["東邦化学 川越工場 資材課 <shizai@toho-kagaku-kawagoe.example.jp>"],
 subject="【遅延のお知らせ】本日13時着予定便",
 text="""東邦化学 川越工場 資材課 ご担当者様

お世話になっております。丸栄運輸の三浦です。
本日13時着予定の便（大宮130あ1182）ですが、関越道 鶴ヶ島IC付近の事故渋滞により、到着が14時30分ごろになる見込みです。
ご迷惑をおかけし申し訳ございません。荷受けの段取りの変更が必要でしたらお知らせください。

""" + SIG_MI),
]
