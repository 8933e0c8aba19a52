from common import *

MAILS = []
def m(**kw):
    MAILS.append(kw)

m(expect="hold", kind="sensitive.health",
  why="Sends a named patient's diagnosis, HCV status and treatment details to a care home.",
  **{"from": F_ONISHI}, to=["特別養護老人ホーム かもめ苑 生活相談員 今井様 <imai@kamome-en.example.or.jp>"],
  subject="入所予定の方の透析・看護情報について",
  text=f"""かもめ苑
生活相談員 今井様

いつもお世話になっております。みなと透析クリニック看護師長の大西です。
来月入所予定の件、施設側での準備に必要とのことでしたので、看護情報をお送りします。

■ 対象：原田 トシ子 様（82歳・女性）
・原疾患：糖尿病性腎症、2019年より血液透析導入
・透析：月・水・金 午前クール（8:30〜12:30）
・バスキュラーアクセス：左前腕シャント（血圧測定・採血は右腕で）
・感染症：HCV抗体陽性（ウイルス量は検出感度未満）
・内服：インスリン（朝夕）、リン吸着薬、降圧薬
・食事：塩分6g未満、カリウム制限、水分700mL/日

送迎時間の調整については事務の小松からご連絡いたします。

{SIG_ONISHI}
""",
  personal=[{"type": "name", "value": "原田 トシ子"}, {"type": "health", "value": "原疾患：糖尿病性腎症"}, {"type": "health", "value": "HCV抗体陽性"}])

m(expect="hold", kind="list.patients",
  why="The attached transport sheet lists patients' names, addresses, phones and wheelchair use; the body gives no hint.",
  **{"from": F_KOMATSU}, to=["北浜ハートタクシー 配車係 <haisha@heart-taxi.example.co.jp>"],
  subject="6月分をお送りします",
  text=f"""北浜ハートタクシー
配車係 ご担当者様

いつもお世話になっております。
6月分をお送りしますので、ご確認をお願いいたします。
変更がありましたら、前日17時までにお電話でお知らせします。

{SIG_KOMATSU}
""",
  attachments=[{"filename": "送迎表_2025-06.xlsx", "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text": "[6月]\n曜日\t迎え\t氏名\t住所\t電話\t車いす\t備考\n月水金\t7:50\t原田 トシ子\t北浜市汐見町2-11-4\t0725-00-3187\t要\t玄関スロープあり\n月水金\t8:05\t竹内 義男\t北浜市港町5-2-17 港町ハイツ301\t090-0000-5532\t不要\tオートロック 301呼出\n火木土\t7:40\t西村 ハルエ\t北浜市南浜1-8-9\t0725-00-6620\t要\t娘さん同乗の日あり\n火木土\t8:10\t岡田 進\t北浜市緑ヶ丘3-4-22\t080-0000-1904\t不要\t\n月水金\t12:45\t松本 和夫\t北浜市本町4-6-1-1205\t0725-00-7741\t要\t帰り便のみ"}],
  personal=[{"type": "name", "value": "竹内 義男"}, {"type": "address", "value": "北浜市港町5-2-17 港町ハイツ301"}, {"type": "phone", "value": "090-0000-5532"}])

m(expect="hold", kind="id.health_insurance",
  why="Gives a patient's health-insurance symbol and number together with his dialysis treatment to the city welfare office.",
  **{"from": F_KOMATSU}, to=["北浜市 障害福祉課 自立支援医療担当 <jiritsu@city.kitahama.example.lg.jp>"],
  subject="自立支援医療（更生医療）申請書類の確認",
  text=f"""北浜市 障害福祉課
自立支援医療ご担当者様

お世話になっております。みなと透析クリニック医事課の小松です。

先日提出した更生医療の新規申請について、保険証の記載に誤りがあったとのご連絡をいただきました。
正しくは以下のとおりです。

　申請者：竹内 義男 様
　保険者：北浜市国民健康保険
　記号：北浜 12　番号：304518
　医療の内容：慢性腎不全に対する人工透析療法（週3回）

訂正印が必要であれば、本人に来院時に押印してもらいます。お手数ですがご確認をお願いいたします。

{SIG_KOMATSU}
""",
  personal=[{"type": "health_insurance", "value": "記号：北浜 12　番号：304518"}, {"type": "name", "value": "竹内 義男"}])

m(expect="hold", kind="sensitive.infection_third_party",
  why="Tells a patient's daughter that a named roommate has influenza.",
  **{"from": F_ONISHI}, to=["西村 由香 <yuka.nishimura1972@yahoo.co.jp>"],
  subject="Re: 面会の件",
  text=f"""西村 由香 様

ご連絡ありがとうございます。みなと透析クリニックの大西です。

お母様（ハルエ様）の透析中の付き添いについてですが、隣のベッドの岡田 進様が昨日インフルエンザA型と診断されたため、今週いっぱいは透析室への立ち入りをご遠慮いただいております。
お母様ご自身は現在のところ発熱などの症状はありません。念のため、来週月曜まではベッドの位置を窓側に移動しております。

送迎の時間は変更ありませんので、玄関でのお見送りはこれまでどおりで大丈夫です。

{SIG_ONISHI}

> 大西様
> 来週木曜、母の透析中に少し付き添いたいのですが可能でしょうか。
> 西村
""",
  personal=[{"type": "infection", "value": "岡田 進様が昨日インフルエンザA型と診断された"}])

m(expect="hold", kind="attachment.encrypted_zip",
  why="Sends a password-protected zip (PPAP) to a hospital.",
  **{"from": F_ONISHI}, to=["北浜総合病院 地域医療連携室 <renkei@kitahama-gh.example.or.jp>"],
  subject="紹介患者様の資料送付",
  text=f"""北浜総合病院
地域医療連携室 御中

いつもお世話になっております。
明日受診予定の方の資料をお送りいたします。
パスワードは別メールにてお知らせします。

{SIG_ONISHI}
""",
  attachments=[{"filename": "shiryo_0611.zip", "contentType": "application/zip", "encrypted": True}])

m(expect="hold", kind="sensitive.health",
  why="The subject line names a patient and his HBs antigen positive status; the body does not.",
  **{"from": F_KOMATSU}, to=["美ら海透析クリニック 臨時透析受付 <rinji@churaumi-dialysis.example.jp>"],
  subject="臨時透析のご依頼：山本 勝利様（HBs抗原陽性）8/12〜8/16",
  text=f"""美ら海透析クリニック
臨時透析受付 ご担当者様

はじめてご連絡いたします。北浜市のみなと透析クリニック医事課の小松と申します。

標記の期間、旅行中の臨時透析をお願いできないかご相談です。
感染対策上の受入可否をまずご検討いただき、可能であれば必要書類（透析条件・検査データ等）を改めてお送りいたします。

ご多忙のところ恐縮ですが、よろしくお願いいたします。

{SIG_KOMATSU}
""",
  personal=[{"type": "name", "value": "山本 勝利"}, {"type": "health", "value": "HBs抗原陽性"}])

m(expect="hold", kind="sensitive.health",
  why="The forwarded internal note names a patient's diabetes and potassium restriction and goes to a meal vendor.",
  **{"from": F_ONISHI}, to=["株式会社まごころ配食 北浜営業所 <kitahama@magokoro-haishoku.example.co.jp>"],
  subject="Fw: 透析後の昼食について",
  text=f"""まごころ配食 北浜営業所 様

お世話になっております。下記の件、来週月曜分からご対応をお願いできますでしょうか。

{SIG_ONISHI}

-------- 転送メッセージ --------
差出人: 栄養指導 森田 <morita@minato-dialysis.example.jp>
宛先: 大西 由美 <onishi@minato-dialysis.example.jp>
件名: 透析後の昼食について

大西師長

松本 和夫さん（月水金午前）ですが、先週の採血でK 6.1と高カリウム血症が続いています。
糖尿病もあり、HbA1c 7.8%。透析後の配食弁当は、生野菜・果物を外し、芋類は茹でこぼしにしてもらう必要があります。
ご飯は160gのままで結構です。業者さんへの連絡をお願いします。

森田（管理栄養士）
""",
  personal=[{"type": "name", "value": "松本 和夫"}, {"type": "health", "value": "高カリウム血症"}, {"type": "health", "value": "HbA1c 7.8%"}])

m(expect="hold", kind="id.mynumber",
  why="Sends a staff nurse's and her child's My Numbers to the labour consultant.",
  **{"from": F_YOSHIOKA}, to=["さくら社会保険労務士事務所 中川先生 <nakagawa@sakura-sr.example.jp>"],
  subject="被扶養者異動届の件（看護師 1名）",
  text=f"""さくら社会保険労務士事務所
中川 先生

いつもお世話になっております。みなと透析クリニックの吉岡です。

看護師の井上 綾香さんが出産し、お子さんを健康保険の扶養に入れたいとのことです。
届出に必要な情報をお送りします。

　被保険者：井上 綾香（個人番号 869598662017）
　被扶養者：井上 陽向（長男、令和7年5月2日生）
　　　　　　個人番号 162128726985
　続柄：子　同居

出生証明の写しは本日郵送しました。よろしくお願いいたします。

{SIG_YOSHIOKA}
""",
  personal=[{"type": "mynumber", "value": "869598662017"}, {"type": "mynumber", "value": "162128726985"}, {"type": "name", "value": "井上 綾香"}])

m(expect="hold", kind="id.bank_account",
  why="Gives a new part-time employee's personal bank account to the payroll contractor.",
  **{"from": F_YOSHIOKA}, to=["北浜ペイロールセンター 担当 藤井様 <fujii@kitahama-payroll.example.co.jp>"],
  subject="新規パート職員の給与振込口座",
  text=f"""北浜ペイロールセンター
藤井 様

お世話になっております。
7月1日付で臨床工学技士（パート）が1名入職しますので、給与振込先を登録願います。

・氏名：長尾 拓海（ナガオ タクミ）
・時給：1,850円　週3日勤務
・振込先：ゆうちょ銀行　記号 14080　番号 27351941
・通勤手当：自転車通勤（2km未満）

雇用契約書のコピーは来週まとめてお送りします。

{SIG_YOSHIOKA}
""",
  personal=[{"type": "bank_account", "value": "記号 14080　番号 27351941"}, {"type": "name", "value": "長尾 拓海"}])

m(expect="hold", kind="list.patients",
  why="The attached list gives dialysis patients' names, addresses, phones and mobility needs to the fire department; the body only mentions the drill.",
  **{"from": F_YOSHIOKA}, to=["北浜市消防局 警防課 防災係 <bousai@fire.city.kitahama.example.lg.jp>"],
  subject="合同防災訓練（9/1）の資料",
  text=f"""北浜市消防局 警防課
防災係 ご担当者様

いつもお世話になっております。みなと透析クリニック事務長の吉岡です。
9月1日の合同防災訓練の資料をお送りします。当日は10時から当院駐車場で受付いたします。

{SIG_YOSHIOKA}
""",
  attachments=[{"filename": "訓練資料_0901.pdf", "contentType": "application/pdf",
    "text": "みなと透析クリニック 災害時要支援者一覧（透析患者）\n2025年8月現在\n\nNo. 氏名 住所 電話 歩行 透析曜日\n1 原田 トシ子 北浜市汐見町2-11-4 0725-00-3187 車いす 月水金\n2 西村 ハルエ 北浜市南浜1-8-9 0725-00-6620 車いす 火木土\n3 松本 和夫 北浜市本町4-6-1-1205 0725-00-7741 杖 月水金\n4 河野 清 北浜市潮見台6-2-30 090-0000-8813 独歩 火木土\n5 吉村 フミ 北浜市港町2-9-6 0725-00-2251 寝たきり 月水金\n\n※ 災害時は当院または提携先（北浜総合病院）へ搬送"}],
  personal=[{"type": "name", "value": "河野 清"}, {"type": "address", "value": "北浜市潮見台6-2-30"}, {"type": "phone", "value": "090-0000-8813"}])

# ---------------- passes ----------------
m(expect="pass", kind="benign.it_outage",
  why="'障害', '感染' and '隔離' refer to a system outage and malware on a PC.",
  **{"from": F_YOSHIOKA}, to=["メディシス株式会社 サポートセンター <support@medisys.example.co.jp>"], cc=["小松 彩 <komatsu@minato-dialysis.example.jp>"],
  subject="【障害報告】透析支援システム 接続障害（6/18 午前）",
  text=f"""メディシス株式会社
サポートセンター 御中

本日午前に発生した透析支援システムの障害について、状況をご報告します。

1. 発生時刻：6月18日 7:42頃〜9:15
2. 症状：ベッドサイド端末（No.3, No.7, No.12）から除水量が送信できない
3. 対応：
   - 受付用PC 1台でウイルス対策ソフトがマルウェア感染の疑いを検知したため、LANケーブルを抜いてネットワークから隔離済み
   - 9:15にサーバ再起動後、全端末の通信が復旧
4. 影響：午前クールの記録は手書きで対応。患者様への影響なし

隔離したPCの調査と、ログの解析をお願いできますでしょうか。
ログ（server_0618.log, SHA-256: 3f9a0c71e2b4d58a6c0e19f27b83d4a5e6f1c2d3b4a59687e1f0a2b3c4d5e6f7）はサポートポータルにアップロード済みです。

{SIG_YOSHIOKA}
""")

m(expect="pass", kind="benign.visiting_restriction",
  why="Visiting-restriction notice with no patient named; infection counts only.",
  **{"from": F_ONISHI}, to=["かもめ苑 看護室 <kango@kamome-en.example.or.jp>", "グループホームなぎさ <info@gh-nagisa.example.jp>"],
  subject="面会・付き添い制限のお知らせ（1/20〜）",
  text=f"""関係施設の皆様

いつもお世話になっております。みなと透析クリニックの大西です。

地域でインフルエンザの感染が拡大しており、当院でも今週、患者様・職員あわせて複数名の感染が確認されました。
これを受け、1月20日（月）から当面の間、以下のとおり制限いたします。

・透析室内への付き添い・面会：原則禁止
・送迎時のお見送り：玄関までで可
・施設職員の方の入室：申し送り時のみ、マスク着用のうえ5分以内

発熱のある方は、来院前に必ずお電話ください。隔離室（個室透析）で対応いたします。
ご不便をおかけしますが、ご理解のほどよろしくお願いいたします。

{SIG_ONISHI}
""")

m(expect="pass", kind="benign.supply_order",
  why="Supply order with JAN codes, product codes and lot numbers.",
  **{"from": F_KOMATSU}, to=["株式会社メディカル北浜 受注センター <juchu@medical-kitahama.example.co.jp>"],
  subject="7月分 定期発注（透析関連材料）",
  text=f"""メディカル北浜 受注センター 御中

いつもお世話になっております。7月分の定期発注です。

| 品名 | 規格 | JANコード | 数量 |
|---|---|---|---|
| ダイアライザー FX-S 150 | 1.5㎡ | 4987350412208 | 240本 |
| ダイアライザー FX-S 180 | 1.8㎡ | 4987350412215 | 120本 |
| 血液回路セット HD-A | 成人用 | 4562193840115 | 360組 |
| 穿刺針 17G | 25mm | 4987651203347 | 720本 |
| 透析液 A剤 | 9L | 4987117600821 | 80箱 |

納品は7月1日（火）午前希望です。
前回納品分（ロット 24K0917、24K1002）に不具合はありませんでした。

{SIG_KOMATSU}
""")

m(expect="pass", kind="benign.vaccination_schedule",
  why="Vaccination schedule and counts for the clinic's patients as a whole; nobody is named.",
  **{"from": F_ONISHI}, to=["北浜市医師会 事務局 <jimu@kitahama-med.example.or.jp>"],
  subject="インフルエンザ予防接種 実施予定（透析患者向け）",
  text=f"""北浜市医師会 事務局 御中

みなと透析クリニックの大西です。今季の予防接種の予定をご報告します。

・対象：当院通院中の透析患者 118名のうち希望者（現時点 104名）
・日程：10月14日〜10月26日（各透析クールの開始時に実施）
・職員：10月7日〜10月11日（対象 41名）
・ワクチン：4価 0.5mL（発注済み 150本）

昨年度の接種率は患者 89.8%、職員 97.5%でした。
市の高齢者助成の請求は、11月にまとめて行います。

{SIG_ONISHI}
""")

m(expect="pass", kind="benign.meeting_hospital",
  why="Conference arrangement with hospital doctors; names and titles of staff only.",
  **{"from": F_YOSHIOKA}, to=["北浜総合病院 腎臓内科 部長 大川先生 <okawa@kitahama-gh.example.or.jp>"],
  cc=["北浜総合病院 地域医療連携室 <renkei@kitahama-gh.example.or.jp>"],
  subject="Re: Re: 地域透析連携会議（第12回）の日程",
  text=f"""大川先生

ご調整ありがとうございます。それでは下記で確定とさせていただきます。

　日時：11月21日（木）18:30〜20:00
　場所：北浜総合病院 本館3階 第2会議室（Web併用）
　出席予定：当院 院長 芦田、看護師長 大西、事務長 吉岡
　議題：
　　1. 災害時の透析患者受入体制（消防局 佐々木係長にご説明いただきます）
　　2. シャントトラブル時の紹介フロー見直し
　　3. 次年度の合同勉強会テーマ

資料は前週金曜までに連携室の三好様宛にお送りします。

{SIG_YOSHIOKA}

> 吉岡事務長
> 21日（木）であれば、腎臓内科は私と医長の小田が出席可能です。
> 連携室からは三好が参加します。
> 大川
>> 大川先生　第12回の日程について、11/14、11/21、11/28のいずれかでご都合いかがでしょうか。 吉岡
""")

m(expect="pass", kind="benign.to_data_subject",
  why="Confirms a clinic tour to the prospective patient himself.",
  **{"from": F_KOMATSU}, to=["前川 浩 様 <hmaekawa55@gmail.com>"],
  subject="見学のご予約について（みなと透析クリニック）",
  text=f"""前川 浩 様

この度はお問い合わせいただき、ありがとうございます。
みなと透析クリニック医事課の小松です。

ご希望の施設見学を、以下のとおり承りました。

　日時：3月6日（木）14:00〜14:40
　場所：当院2階受付（みなとメディカルビル2F）
　ご案内：看護師長 大西
　お持ち物：特にございません（ご家族の同伴も可能です）

駐車場はビル裏手の専用スペース（No.8〜10）をご利用ください。
ご都合が悪くなった場合は、お電話（0725-00-4410）でご連絡ください。

{SIG_KOMATSU}
""")

m(expect="pass", kind="benign.corporate_account",
  why="Vendor's corporate bank account change confirmation.",
  **{"from": F_YOSHIOKA}, to=["株式会社クリーンサービス港 経理部 <keiri@clean-minato.example.co.jp>"],
  subject="振込先口座変更のご連絡について（確認）",
  text=f"""株式会社クリーンサービス港
経理部 御中

いつもお世話になっております。
振込先口座変更のご通知を拝受しました。8月支払分から下記口座へお振込みいたします。

　北浜みなと銀行 本店営業部
　当座預金 0061287
　カ）クリーンサービスミナト

念のため、変更前口座（普通 1120459）への振込は7月分が最後となります。
相違がございましたらご連絡ください。

{SIG_YOSHIOKA}
""")

m(expect="pass", kind="benign.successor",
  why="Successor introduction to a device maker with staff names and signatures.",
  **{"from": F_YOSHIOKA}, to=["ニプロメド株式会社 関西営業所 上野様 <ueno@nipromed.example.co.jp>"],
  subject="医事課担当者交代のご挨拶",
  text=f"""ニプロメド株式会社
関西営業所 上野 様

平素より大変お世話になっております。
このたび、当院医事課で物品発注を担当しておりました村田が9月末をもって退職することとなり、
10月1日より小松 彩が後任を務めることとなりました。

小松は当院に5年勤務しており、透析関連物品の在庫管理にも携わってまいりました。
後日、改めて本人よりご挨拶させていただきます。
今後とも変わらぬご支援を賜りますよう、お願い申し上げます。

{SIG_YOSHIOKA}
""")

m(expect="pass", kind="benign.disability_employment_aggregate",
  why="Disability employment-rate report given as aggregate counts only.",
  **{"from": F_YOSHIOKA}, to=["さくら社会保険労務士事務所 中川先生 <nakagawa@sakura-sr.example.jp>"],
  subject="障害者雇用状況報告（6/1現在）の数値",
  text=f"""中川先生

お世話になっております。6月1日現在の数値をお送りします。報告書の作成をお願いいたします。

・常用労働者数：47.5人（短時間労働者を0.5でカウント）
・法定雇用障害者数の算定基礎：47人 × 2.5% = 1.17 → 1人
・雇用障害者数：2人（うち重度 1人をダブルカウントし 3カウント）
・実雇用率：6.32%

前年度からの人数変動はありません。

{SIG_YOSHIOKA}
""")

m(expect="pass", kind="benign.public_seminar",
  why="Public kidney-disease seminar announcement; only the lecturers' names.",
  **{"from": F_ONISHI}, to=["北浜市 広報課 <koho@city.kitahama.example.lg.jp>"],
  subject="市報掲載のお願い：腎臓病教室（11月）",
  text=f"""北浜市 広報課 御中

市報12月号の「まちの健康情報」欄への掲載をお願いしたく、原稿をお送りします。

――――――
【腎臓を守ろう！ 市民公開講座】
慢性腎臓病（CKD）は成人の8人に1人といわれます。早期発見のポイントと食事の工夫をお話しします。
日時：11月30日（土）14:00〜15:30
会場：北浜市民会館 小ホール
講師：芦田 宏（みなと透析クリニック院長・腎臓専門医）
　　　森田 千晴（同 管理栄養士）
参加費：無料　定員：80名（先着）
申込：みなと透析クリニック 0725-00-4410
――――――

{SIG_ONISHI}
""")
