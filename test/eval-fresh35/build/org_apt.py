from common import *

D = "aoba-rm.co.jp"
SAEKI = f"佐伯 健太 <saeki@{D}>"
MORISHITA = f"森下 千尋 <morishita@{D}>"

SIG_S = """━━━━━━━━━━━━━━━━━━━━
株式会社 青葉レジデンス管理
マンション管理部 フロント担当
佐伯 健太(管理業務主任者)
〒225-0002 神奈川県横浜市青葉区美しが丘2-18-5 たまプラーザ第3ビル5F
TEL 045-905-3310 FAX 045-905-3311
緊急時(24時間)0120-558-310
━━━━━━━━━━━━━━━━━━━━"""

SIG_M = """------------------------------
株式会社 青葉レジデンス管理
賃貸管理部 入居者サポート課
森下 千尋
TEL 045-905-3320(直通)
morishita@aoba-rm.co.jp
国土交通大臣(2)第038421号 / 宅地建物取引業 神奈川県知事(4)第26105号
------------------------------"""

MAILS = []
A = MAILS.append

A(M("pass", "benign.meeting", "Schedule for a repair-works briefing sent to board officers; names only.",
SAEKI, ["高木 正人 理事長 <m.takagi.aobadai@gmail.com>", "前田 和美 副理事長 <kazumi.maeda@yahoo.co.jp>"], "大規模修繕工事 住民説明会の日程について",
f"""ベルヴィ青葉台管理組合
理事長 高木様
副理事長 前田様

いつも大変お世話になっております。青葉レジデンス管理の佐伯です。
大規模修繕工事(第2回)の住民説明会について、施工会社の丸和建設様と日程を調整いたしました。

 第1回:7月13日(土)10:00〜11:30 集会室
 第2回:7月14日(日)14:00〜15:30 集会室
 説明者:丸和建設 現場代理人 菊池様、設計監理 アトリエK 黒田様

案内文の案を添付いたしますので、6月28日までにご確認いただけますと幸いです。

{SIG_S}
"""))

A(M("pass", "benign.outage_notice", "Water outage notice using 障害 for equipment failure; no personal data.",
SAEKI, ["高木 正人 理事長 <m.takagi.aobadai@gmail.com>"], "【ご報告】給水ポンプ障害による断水について(6/19)",
f"""高木理事長

お世話になっております。佐伯です。
本日6月19日 7:40頃、給水ポンプの制御盤障害により全戸で約1時間45分の断水が発生しました。9:25に復旧しております。

原因:制御盤内のリレー劣化(設置後18年)
対応:保守会社(東和ポンプサービス)が部品交換済み。予備ポンプへの自動切替が作動しなかったため、来週月曜日に切替試験を実施します。
住民の方への掲示は本日中にエントランスと各階エレベーターホールに行います。

ご迷惑をおかけし申し訳ございません。

{SIG_S}
"""))

A(M("pass", "benign.invoice", "Management-fee invoice to a corporate owner with the company's corporate account and registration number.",
MORISHITA, ["合同会社 さくら資産 ご担当 <info@sakura-shisan.co.jp>"], "7月分 賃貸管理委託料のご請求",
f"""合同会社 さくら資産 御中

いつもお世話になっております。青葉レジデンス管理の森下です。
7月分の賃貸管理委託料のご請求書をお送りいたします。

 物件:メゾン江田(全12戸)
 請求金額:66,000円(税込)
 お支払期日:2024年7月10日

お振込先:横浜あおば銀行 たまプラーザ支店 当座 0184427 カ)アオバレジデンスカンリ
登録番号:T9020001084471
法人番号:9020001084471

{SIG_M}
"""))

A(M("pass", "benign.to_data_subject", "Lease renewal details sent to the tenant himself.",
MORISHITA, ["岡部 隆之 様 <t.okabe1984@gmail.com>"], "賃貸借契約 更新のご案内(メゾン江田 203号室)",
f"""岡部 隆之 様

いつもお世話になっております。青葉レジデンス管理の森下です。
ご契約中のお部屋の契約更新についてご案内いたします。

 物件:メゾン江田 203号室
 現契約期間:2022年9月1日〜2024年8月31日
 更新後期間:2024年9月1日〜2026年8月31日
 賃料:88,000円(変更なし)/ 共益費 4,000円
 更新料:88,000円 / 更新事務手数料 11,000円
 火災保険:更新が必要です(現在の証券番号 FK-22-0917734)

同封の更新契約書にご署名のうえ、7月31日までにご返送ください。ご不明な点はお気軽にお問い合わせください。

{SIG_M}
"""))

A(M("pass", "benign.vehicle_numbers", "Contractor's work-vehicle numbers for a parking arrangement; no private persons.",
SAEKI, ["有限会社 湘南防水工業 工事課 <koji@shonan-bousui.co.jp>"], "作業車両の駐車位置について(ベルヴィ青葉台)",
f"""湘南防水工業 工事課 ご担当者様

お世話になっております。佐伯です。
7月1日からの屋上防水工事期間中の作業車両について、以下の通り駐車位置を確保しました。

 横浜 400 さ 56-78(2tトラック)→ 来客用駐車場 V-1
 横浜 480 せ 12-09(ハイエース)→ 来客用駐車場 V-2
 湘南 100 す 33-21(軽トラック)→ 機械式駐車場前 仮設スペース

作業時間は平日9:00〜17:00、土日祝は作業不可です。ダッシュボードに「工事車両」の表示をお願いします。

{SIG_S}
"""))

A(M("pass", "benign.successor_intro", "Announcement of a change of the management officer and successor.",
SAEKI, ["高木 正人 理事長 <m.takagi.aobadai@gmail.com>", "前田 和美 副理事長 <kazumi.maeda@yahoo.co.jp>", "小池 俊 会計理事 <shun.koike@icloud.com>"], "担当者変更のご挨拶",
f"""ベルヴィ青葉台管理組合 理事の皆様

いつも大変お世話になっております。
私事で恐縮ですが、8月1日付で本社の管理企画課へ異動となり、貴管理組合の担当を離れることとなりました。
後任は 水野 蓮(みずの れん)が務めます。水野は入社8年目、管理業務主任者・マンション管理士の資格を持ち、これまで港北エリアの大型物件を担当してまいりました。

7月の理事会には水野と二人で出席し、引継ぎをさせていただきます。
4年間、本当にありがとうございました。

{SIG_S}
"""))

A(M("pass", "benign.pet", "Acceptance of a pet registration sent to the tenant herself; the pet's data only.",
MORISHITA, ["西川 麻衣 様 <mai.nishikawa@docomo.ne.jp>"], "ペット飼育届 受理のお知らせ",
f"""西川 麻衣 様

お世話になっております。森下です。
ご提出いただいたペット飼育届を、オーナー様の承諾のうえ受理いたしました。

 ペットの名前:ココ(トイプードル、メス、3歳、体重3.2kg)
 狂犬病予防注射済票:R6-青葉-01842
 混合ワクチン接種日:2024年4月12日
 ※共用部では抱きかかえるかキャリーに入れてください。

ココちゃんとの新生活を楽しんでくださいね。

{SIG_M}
"""))

A(M("pass", "benign.minutes", "Board minutes sent to the board officers, naming officers with their room numbers as officers.",
SAEKI, ["高木 正人 理事長 <m.takagi.aobadai@gmail.com>", "前田 和美 副理事長 <kazumi.maeda@yahoo.co.jp>", "小池 俊 会計理事 <shun.koike@icloud.com>", "Oliver Grant 理事 <oliver.grant.jp@gmail.com>"], "第31期 第3回理事会 議事録(案)",
f"""理事の皆様

6月15日に開催された理事会の議事録(案)をお送りします。修正があれば6月28日までにお知らせください。

ベルヴィ青葉台管理組合 第31期 第3回理事会 議事録(案)
日時:2024年6月15日(土)10:00〜11:40 場所:集会室
出席理事:理事長 高木(802)、副理事長 前田(503)、会計 小池(1104)、理事 Grant(307) 全5名中4名出席
管理会社:佐伯(青葉レジデンス管理)

第1号議案 大規模修繕工事の施工会社選定 ― 丸和建設に決定(賛成4)
第2号議案 駐車場使用料の改定 ― 次回総会に上程(賛成4)
第3号議案 自転車置場の整理 ― 9月に放置自転車の一斉撤去を実施
報告事項 管理費収支(5月末):収入 2,814,000円 / 支出 2,377,500円

以上

{SIG_S}
"""))

A(M("hold", "personal.complaint", "Forwards a neighbour's noise complaint, with the complainant's name, room and phone, to the accused tenant.",
SAEKI, ["吉岡 大地 様 <daichi.yoshioka@outlook.jp>"], "FW: 騒音について(苦情)",
f"""吉岡様

お世話になっております。青葉レジデンス管理の佐伯です。
下記の通り、近隣の方から夜間の騒音についてご連絡をいただいております。ご確認のうえ、ご配慮いただけますと幸いです。

{SIG_S}

-----Original Message-----
From: 宇野 早苗 <sanae.uno@yahoo.co.jp>
Sent: Monday, June 17, 2024 7:12 AM
To: saeki@aoba-rm.co.jp
Subject: 騒音について(苦情)

ベルヴィ青葉台 604号室の宇野です。
真上の704号室から毎晩0時過ぎまで足音とゲームの声が響き、眠れません。
夫も夜勤があり本当に困っています。改善されない場合は直接言いに行きます。
連絡は 090-4418-2263 までお願いします。
""", personal=[("name", "宇野 早苗"), ("room", "604号室"), ("phone", "090-4418-2263"), ("email", "sanae.uno@yahoo.co.jp")]))

A(M("hold", "list.debtors", "Arrears list with tenants' names, rooms, phones and amounts owed sent to a lawyer.",
MORISHITA, ["山際法律事務所 山際先生 <yamagiwa@yamagiwa-law.jp>"], "滞納案件のご相談(6月末時点)",
f"""山際先生

いつもお世話になっております。青葉レジデンス管理の森下です。
督促を続けても入金のない方の一覧を添付いたします。内容証明の送付と、3か月以上の方については明渡し請求のご相談をさせてください。

{SIG_M}
""", attachments=[att("滞納者一覧_202406.xlsx", XLSX, """[Sheet1]
物件\t部屋\t氏名\t電話\t滞納月数\t滞納額(円)\t備考
メゾン江田\t101\t秋山 拓海\t080-1122-9034\t4\t352,000\t保証会社なし
メゾン江田\t305\t福田 亜紀\t090-7780-1265\t2\t176,000\t分納約束不履行
コーポ市ヶ尾\t2B\t黄 志明\t070-8834-0217\t3\t201,000\t帰国の可能性あり
グリーンヒル藤が丘\t402\t中川 優斗\t080-5567-3341\t5\t460,000\t連帯保証人:父 中川 隆""")],
personal=[("name", "秋山 拓海"), ("phone", "080-1122-9034"), ("debt", "352,000"), ("name", "福田 亜紀"), ("name", "黄 志明"), ("name", "中川 優斗"), ("debt", "460,000")]))

A(M("hold", "id.drivers_license", "Attached tenancy application carries the applicant's driver's licence number and income, sent to a guarantor company.",
MORISHITA, ["ライフガード保証株式会社 審査部 <shinsa@lifeguard-hosho.co.jp>"], "保証審査のお願い(グリーンヒル藤が丘 305号室)",
f"""審査部 ご担当者様

いつもお世話になっております。青葉レジデンス管理の森下です。
下記物件の入居申込がありましたので、保証審査をお願いいたします。申込書一式を添付いたします。

 物件:グリーンヒル藤が丘 305号室 賃料 92,000円
 入居希望日:2024年8月1日

{SIG_M}
""", attachments=[att("入居申込書_藤が丘305.pdf", PDF, """入居申込書
申込者氏名:三宅 悠真(ミヤケ ユウマ)  生年月日:1995年2月16日
現住所:東京都町田市原町田6-3-19 メゾン原町田402
携帯電話:080-6021-3478
勤務先:株式会社テクノライン 営業部 勤続4年 年収 520万円
本人確認書類:運転免許証 第 3045 1928 7730 号
緊急連絡先:三宅 恵子(母)045-961-2284""")],
personal=[("name", "三宅 悠真"), ("drivers_license", "3045 1928 7730"), ("birthdate", "1995年2月16日"), ("address", "東京都町田市原町田6-3-19 メゾン原町田402"), ("income", "年収 520万円")]))

A(M("hold", "id.bank_account", "A former tenant's private bank account for the deposit refund sent to the owner.",
MORISHITA, ["大橋 義郎 様 <y.ohashi.owner@nifty.com>"], "コーポ市ヶ尾 1A 退去精算のご報告",
f"""大橋様

いつもお世話になっております。森下です。
コーポ市ヶ尾 1A号室の退去精算が確定しましたのでご報告いたします。

 敷金:130,000円
 原状回復費(クロス張替え・クリーニング):58,300円
 返還額:71,700円

返還額は、大橋様のご口座から前入居者の下記口座へお振込みいただけますようお願いいたします。
 返還先:横浜あおば銀行 市ヶ尾支店 普通 5528190 イシイ マサミ

{SIG_M}
""", personal=[("bank_account", "横浜あおば銀行 市ヶ尾支店 普通 5528190 イシイ マサミ")]))

A(M("hold", "sensitive.health", "Subject line alone names a resident with dementia, sent to a fellow resident acting as board chair.",
SAEKI, ["前田 和美 副理事長 <kazumi.maeda@yahoo.co.jp>"], "1002号室 梶原様(認知症)の火の不始末について",
f"""前田副理事長

お世話になっております。佐伯です。
標記の件、昨夜21時頃に鍋を空焚きし、火災報知器が作動しました。同じフロアの方が気づいて対応してくださり、消防の出動はありませんでした。
ご家族(横浜市内在住の息子さん)には連絡済みで、今週中に今後の対応をご相談する予定です。

理事長がご出張中のため、副理事長にご報告いたします。

{SIG_S}
""", personal=[("name", "梶原"), ("diagnosis", "認知症")]))

A(M("hold", "sensitive.disability", "A named resident's wheelchair use and disability grade sent to an elevator contractor.",
SAEKI, ["東和エレベーターサービス 横浜営業所 <yokohama@towa-elevator.co.jp>"], "エレベーター停止工事の件(配慮が必要な入居者様)",
f"""横浜営業所 ご担当者様

お世話になっております。佐伯です。
7月9日のエレベーター更新工事(全停止 9:00〜17:00)について、配慮が必要な入居者様がいらっしゃいます。

 908号室 松浦 直樹 様(電話 045-978-3316)
 脊髄損傷により車椅子を使用されており、身体障害者手帳1級をお持ちです。週3回の人工透析のため、火曜日は8:15に外出されます。

停止時間の変更、または階段昇降機による補助が可能かご検討いただけないでしょうか。

{SIG_S}
""", personal=[("name", "松浦 直樹"), ("phone", "045-978-3316"), ("disability", "身体障害者手帳1級"), ("diagnosis", "脊髄損傷により車椅子を使用"), ("medical", "週3回の人工透析")]))

A(M("hold", "sensitive.criminal", "Reports a named tenant's arrest to the owner.",
SAEKI, ["大橋 義郎 様 <y.ohashi.owner@nifty.com>"], "コーポ市ヶ尾 3C号室の入居者について",
f"""大橋様

お世話になっております。佐伯です。取り急ぎご報告いたします。

本日午前、青葉警察署の方が来社され、3C号室の入居者 藤本 涼 様が、覚醒剤取締法違反の容疑で6月18日に逮捕されたと伺いました。家宅捜索のため、管理会社として立会いを求められております。

今後の契約の扱い(解除の可否)については、弁護士と相談のうえ改めてご提案いたします。

{SIG_S}
""", personal=[("name", "藤本 涼"), ("criminal", "覚醒剤取締法違反の容疑で6月18日に逮捕")]))

A(M("hold", "attachment.encrypted", "Encrypted zip of the residents' register sent to a new cleaning contractor (PPAP).",
MORISHITA, ["クリーンパートナーズ株式会社 業務課 <gyomu@cleanpartners.co.jp>"], "入居者一覧の送付(8月からの清掃業務開始に伴い)",
f"""業務課 ご担当者様

お世話になっております。森下です。
8月からの定期清掃開始に伴い、対象物件の入居者一覧をお送りします。
ファイルにはパスワードを設定しておりますので、別メールでお知らせいたします。

{SIG_M}
""", attachments=[att("入居者一覧_3物件.zip", ZIP, encrypted=True)]))

_owners = ["y.ohashi.owner@nifty.com", "hiroko.sano55@gmail.com", "k.tsuji@yahoo.co.jp", "masaru.endo@icloud.com",
 "info@sakura-shisan.co.jp", "nagai.family@jcom.zaq.ne.jp", "t-kubo@docomo.ne.jp", "emi.hattori@ezweb.ne.jp",
 "fujisawa.kenji@outlook.jp", "owner@hirata-estate.jp", "r.matsuo@biglobe.ne.jp", "yumi.kondo.1962@gmail.com"]
A(M("hold", "recipients.visible", "Owners' newsletter with 12 private and company addresses visible in To.",
SAEKI, _owners, "オーナー様向け 賃貸市況レポート(2024年夏号)",
f"""オーナーの皆様

いつも大変お世話になっております。青葉レジデンス管理の佐伯です。
2024年夏号の市況レポートをお届けします。

・青葉区・都筑区の平均募集賃料は前年比 +3.1%
・単身向け1Kの空室期間は平均 38日(前年 45日)
・省エネ性能表示制度の開始に伴う広告表示の注意点

ご質問はお気軽にご返信ください。

{SIG_S}
"""))
