from common import *
MARUTAKA = "丸高運輸 配車 吉川 様 <haisha@marutaka-unyu.co.jp>"
JCOLE = "Jennifer Cole <jcole@pacificrelo.com>"

M("sl_h1", "hold", "roster.customers",
  "協力会社への作業指示CSVに、顧客5名の氏名・旧住所・新住所・電話が並ぶ。",
  MIYAGI, [MARUTAKA],
  "9/14（土）応援便 作業指示データ",
  f"""吉川様

いつもありがとうございます。さくらライン配車センターの宮城です。
9/14（土）の応援便5件分の作業指示データを添付します。
2件目（鶴見→川崎）はピアノ運搬ありのため、3名体制でお願いします。
当日朝7:30に新横浜営業所で資材を積んでから現場へ向かってください。

{S_MIYAGI}""",
  att=[A("作業指示_20240914_丸高様.csv", CSV, """No,開始,お客様名,旧住所,新住所,電話,プラン,車両,備考
1,08:30,小田切 浩二,横浜市港北区大倉山3-41-7 大倉山ハイツ201,横浜市都筑区中川中央1-9-3-808,090-4418-3372,単身L,2t,エレベーターなし2階
2,09:00,宮崎 早苗,横浜市鶴見区豊岡町22-5,川崎市中原区木月2-11-14,045-571-9028,家族4名,4t,アップライトピアノあり
3,13:00,ヤン・ミンジュン,横浜市神奈川区六角橋1-4-2-305,東京都大田区蒲田5-38-1 ベルエア蒲田1102,080-6021-4497,単身S,軽,英語・韓国語対応
4,13:30,北原 茂樹,横浜市青葉区美しが丘4-18-6,横浜市青葉区美しが丘西1-22-10,045-901-3356,家族3名,3t,近距離
5,15:00,高野 恵,横浜市港北区菊名6-2-19,横浜市港北区菊名6-2-21,070-8834-1120,単身S,軽,同一町内
""")],
  personal=[("name", "小田切 浩二"), ("address", "横浜市港北区大倉山3-41-7 大倉山ハイツ201"), ("phone", "090-4418-3372"),
            ("name", "宮崎 早苗"), ("name", "ヤン・ミンジュン"), ("name", "北原 茂樹"), ("name", "高野 恵")])

M("sl_h2", "hold", "roster.customers",
  "本文に貼った表で、不用品回収を依頼した顧客4名の氏名・住所・電話を外部の回収業者へ送っている。",
  TABUCHI, ["エコリサイクル北斗 受付 <uketsuke@eco-hokuto.jp>"],
  "不用品回収 依頼リスト（9月第3週）",
  f"""エコリサイクル北斗 ご担当者様

さくらライン横浜営業所の田淵です。
今週分の不用品回収のご依頼です。引越当日の搬出後に回収をお願いします。

日付　 お客様　　　　住所　　　　　　　　　　　　　　　電話　　　　　　品目
9/17　 坂本 泰子 様　横浜市港北区篠原町1120-4　　　　045-432-7719　　冷蔵庫・洗濯機
9/18　 今野 亮 様　　横浜市神奈川区白楽88-3-202　　　080-1193-2248　　ベッドフレーム
9/19　 松崎 武 様　　横浜市港北区日吉本町2-30-9　　　090-6605-1831　　タンス2竿・こたつ
9/21　 宇佐美 詩織 様 横浜市都筑区茅ケ崎南3-1-1-504　070-2281-9946　　ソファ

お見積りどおりリサイクル券はお客様負担で、当日現金精算です。
よろしくお願いいたします。

{S_TABUCHI}""",
  personal=[("name", "坂本 泰子"), ("address", "横浜市港北区篠原町1120-4"), ("phone", "045-432-7719"), ("name", "今野 亮"),
            ("name", "松崎 武"), ("name", "宇佐美 詩織"), ("phone", "070-2281-9946")])

M("sl_h3", "hold", "id.bank_account",
  "家財破損の補償で、個人顧客の振込先口座（銀行・支店・番号・名義）を外部の損保へ送付。",
  TABUCHI, ["事故受付センター 野村 様 <jiko-uketsuke@towa-sonpo.co.jp>"],
  "運送事故（家財破損）保険金請求の件／証券番号 TW-C-2231-0087",
  f"""東和損害保険株式会社
事故受付センター 野村 様

お世話になっております。さくらライン引越センター横浜営業所の田淵です。
9/7の作業で発生した家財破損について、保険金請求の書類をお送りします。

　お客様：石原 里香 様（横浜市港北区新吉田東5-12-3）
　破損品：冷蔵庫（扉の凹み）、ダイニングテーブル（天板の擦り傷）
　修理見積：68,200円（メーカー見積書を添付）
　補償方法：お客様へ直接お振込み
　振込先：はまかぜ銀行 菊名支店 普通 4418207 イシハラ リカ

現場写真3枚を添付します。お客様には本日お電話でお詫び済みです。
よろしくお願いいたします。

{S_TABUCHI}""",
  att=[A("破損写真_冷蔵庫扉.jpg", JPG), A("破損写真_天板1.jpg", JPG), A("破損写真_天板2.jpg", JPG),
       A("修理見積書_メーカー.pdf", PDF, """御見積書 冷蔵庫 ドアパネル交換 部品代 41,800円 技術料 18,000円 出張費 4,400円 計 64,200円（税別）
天板補修 4,000円""")],
  personal=[("name", "石原 里香"), ("address", "横浜市港北区新吉田東5-12-3"), ("account", "菊名支店 普通 4418207 イシハラ リカ")])

M("sl_h4", "hold", "attachment.encrypted_zip",
  "パスワード付きZIP（PPAP）の添付。本文は見積送付の定型文だが中身を確認できない。",
  TABUCHI, ["総務部 中井 様 <nakai.m@ree-tech.co.jp>"],
  "社宅間引越 お見積書・ご契約書の送付",
  f"""株式会社リーテック
総務部 中井 様

お世話になっております。さくらライン引越センターの田淵です。
10月の社宅間引越（3名様分）のお見積書とご契約書をお送りいたします。
社内規程によりパスワード付きZIPでお送りしております。
パスワードは別途メールでお知らせいたします。

ご確認のうえ、ご契約書に押印いただき返送をお願いいたします。

{S_TABUCHI}""",
  att=[A("リーテック様_見積書_契約書_202410.zip", ZIP, encrypted=True)])

M("sl_h5", "hold", "personal.complaint_to_vendor",
  "苦情チケットを協力会社へ転送しており、申出人の氏名・住所・電話・メール・苦情内容がそのまま含まれる。",
  "さくらライン お客様相談システム <support-noreply@sakuraline.co.jp>", [MARUTAKA],
  "[問合せ #SL-58821] クレーム：作業員対応について（協力会社確認依頼）",
  """丸高運輸 ご担当者様

さくらライン引越センター お客様相談室です。
下記のお申し出について、当日の作業員への事実確認をお願いします。
回答期限：2024/09/20 17:00

─────────────────────────
チケット　　：#SL-58821
受付　　　　：2024/09/17 19:42（Webフォーム）
作業日　　　：2024/09/14　作業番号 Y-0914-02
お客様氏名　：宮崎 早苗 様
ご住所　　　：川崎市中原区木月2-11-14（新居）
電話　　　　：045-571-9028
メール　　　：sanae.miyazaki@i.softbank.jp
─────────────────────────
【お申し出内容】
作業員の方が搬入時に玄関の壁を擦ったのに何も言わずに帰った。
また、ピアノの搬入で作業員同士が大声で言い争っていて、子どもが怖がった。
壁の補修と、責任者からの説明を求めます。
─────────────────────────
※このメールは送信専用です。返信は担当：田淵（tabuchi.shota@sakuraline.co.jp）まで。""",
  personal=[("name", "宮崎 早苗"), ("address", "川崎市中原区木月2-11-14"), ("phone", "045-571-9028"), ("email", "sanae.miyazaki@i.softbank.jp")])

M("sl_h6", "hold", "id.passport",
  "Customers' passport numbers, dates of birth, visa status, home address and mobile sent to an overseas partner.",
  MIYAGI, [JCOLE],
  "Customs docs - Nakahara family, Yokohama to Seattle (our ref. INT-24-0193)",
  f"""Hi Jennifer,

Thanks for confirming the delivery window. For the US customs clearance of household goods
(our ref. INT-24-0193), here are the details you asked for:

  Shipper 1: NAKAHARA Kenta, DOB 1985-09-12, Passport TZ1048837 (Japan), US visa L-1A
  Shipper 2: NAKAHARA Yuri, DOB 1987-01-25, Passport TZ1129406 (Japan), US visa L-2
  Children: 2 (ages 6 and 3), travelling on their own passports
  Origin: 3-8-21 Aobadai, Aoba-ku, Yokohama 227-0062
  Destination: 4415 NE 52nd St, Seattle, WA 98105
  Mobile (Kenta): +81-90-7734-2051

Copies of the passports and I-797 will follow by courier with the original inventory.
Container loading is on 2 October, vessel ETA Tacoma 18 October.

Best,
Satomi

{S_MIYAGI}""",
  personal=[("name", "NAKAHARA Kenta"), ("birthdate", "DOB 1985-09-12"), ("passport", "TZ1048837"), ("name", "NAKAHARA Yuri"),
            ("passport", "TZ1129406"), ("address", "3-8-21 Aobadai, Aoba-ku, Yokohama 227-0062"), ("phone", "+81-90-7734-2051")])

M("sl_h7", "hold", "id.card_number",
  "電話で受けた顧客のクレジットカード番号（全桁）・有効期限・名義をメール本文で外部の決済代行へ送っている。",
  TABUCHI, ["加盟店サポート <merchant-support@payfront.jp>"],
  "電話受付分のカード決済処理のお願い（加盟店ID SLM-004412）",
  f"""ペイフロント株式会社
加盟店サポート ご担当者様

さくらライン引越センター横浜営業所の田淵です（加盟店ID SLM-004412）。
お客様の端末操作がうまくいかず、電話でカード情報をお預かりしました。
管理画面からの手動決済をお願いできますでしょうか。

　お客様名：大久保 隆 様
　カード番号：3530 1113 3330 0000（JCB）
　有効期限：08/27
　金額：132,000円（一括）
　作業日：10/5

処理完了のご連絡をいただけましたら、お客様へ領収書をお送りします。

{S_TABUCHI}""",
  personal=[("name", "大久保 隆"), ("card", "3530 1113 3330 0000")])

M("sl_h8", "hold", "sensitive.medical",
  "短い返信だが、顧客の氏名・認知症・要介護3と家族の携帯番号を協力会社へ伝えている。",
  TABUCHI, ["丸高運輸 班長 三上 様 <mikami@marutaka-unyu.co.jp>"],
  "Re: 明日の八木様邸",
  f"""了解です。
明日の八木 ミツ 様は認知症があり（要介護3）、老人ホーム入居に伴う引越です。
ご本人は混乱しやすいので、作業の説明は立会いの息子さん（080-3327-5516）にお願いします。
田淵

> 田淵さん
> 丸高の三上です。明日の八木様、何か注意点ありますか。""",
  personal=[("name", "八木 ミツ"), ("health", "認知症があり（要介護3）"), ("phone", "080-3327-5516")])

M("sl_h9", "hold", "id.drivers_license",
  "社員ドライバー個人の運転免許証番号・生年月日・違反歴を外部の保険代理店へ送付。",
  MIYAGI, ["ミナト保険サービス 岡 様 <oka@minato-hoken.co.jp>"],
  "フリート契約 運転者追加のお願い（10/1〜）",
  f"""有限会社ミナト保険サービス
岡 様

お世話になっております。さくらライン配車センターの宮城です。
10月1日入社のドライバー1名を、フリート契約の運転者に追加をお願いします。

　氏名：内藤 大輔
　生年月日：1994年2月8日
　運転免許証番号：第 452108837610 号（中型・準中型）
　免許の色：ブルー
　違反歴：2023年8月 速度超過（25km/h）1件
　配属：新横浜営業所（主に2t・4t車）

年齢条件に影響がないかもあわせてご確認ください。

{S_MIYAGI}""",
  personal=[("name", "内藤 大輔"), ("birthdate", "1994年2月8日"), ("license", "452108837610"), ("crime", "速度超過（25km/h）1件")])

# ---------- passes ----------
M("sl_p1", "pass", "benign.short_reply",
  "協力会社への短い了承返信。車両手配のみで個人情報なし。",
  MIYAGI, [MARUTAKA],
  "Re: 9/21 応援依頼",
  """了解しました。明日8時着で2t1台・作業員2名の手配をお願いします。
現場は新横浜営業所集合です。
宮城

> 宮城さん
> 丸高の吉川です。21日の応援、2t1台なら出せます。何時着にしますか？""")

M("sl_p2", "pass", "benign.lookalike_number",
  "法人のオフィス移転で、送り状番号・パレット番号の一覧。部署名のみで個人情報なし。",
  TABUCHI, ["総務課 浜口 様 <hamaguchi@hamada-denki.co.jp>"],
  "本社移転 搬出分の送り状番号一覧（10/12作業分）",
  f"""株式会社ハマダ電機
総務課 浜口 様

いつもお世話になっております。さくらライン引越センターの田淵です。
本日搬出いたしましたお荷物のうち、路線便で発送した分の送り状番号をお知らせします。

　営業部　　　書庫6箱　　　送り状 6102-4477-0318 〜 0323
　経理部　　　金庫1台　　　送り状 6102-4477-0330（チャーター便）
　開発部　　　検査機器2台　送り状 6102-4477-0341／0342
　パレット　　PL-1012-01 〜 PL-1012-09（新本社1F搬入口で仮置き）

残りの什器類は10/14朝に当社車両で搬入いたします。
JANコード付きの備品ラベル（4901234567894 等）は剥がさずにお運びしております。

{S_TABUCHI}""")

M("sl_p3", "pass", "benign.own_data",
  "お客様本人へのご予約確認書。本人の住所・電話・料金のみで、本人に返しているため保留不要。",
  TABUCHI, ["森 真理子 様 <mariko.mori.0623@gmail.com>"],
  "【さくらライン】お引越しご予約確認書（受付番号 Y-241019-07）",
  f"""森 真理子 様

このたびはさくらライン引越センターにお申し込みいただき、誠にありがとうございます。
ご予約内容を下記のとおり確認させていただきます。

　受付番号　：Y-241019-07
　作業日　　：2024年10月19日（土）午前便（8:30〜9:00到着）
　お引越し元：横浜市港北区綱島西2-14-6 綱島グリーンハイツ302
　お引越し先：東京都世田谷区上馬3-9-15 メゾン上馬201
　ご連絡先　：090-5518-2736
　プラン　　：単身パック L（作業員2名・2t車）
　お見積金額：64,900円（税込・段ボール20枚込み）
　お支払方法：当日現金またはカード

ダンボールは10/10にお届けいたします。
ご予約内容に誤りがございましたら、お手数ですがご連絡ください。

{S_TABUCHI}""")

M("sl_p4", "pass", "benign.corporate_shipment",
  "Corporate office move shipment: B/L and container numbers, company names that contain surnames; no private data.",
  MIYAGI, ["Kenneth Wu <kenneth.wu@kowloonmovers.hk>"],
  "Shipment advice - Nishimura Dental Lab relocation (B/L SLM24-HK-0771)",
  f"""Dear Kenneth,

Please find the shipment details for the lab equipment of Nishimura Dental Lab Co., Ltd.
moving from Yokohama to their new Hong Kong office.

  Shipper: Nishimura Dental Lab Co., Ltd. (Yokohama)
  Consignee: Nishimura Dental Lab (HK) Limited, Unit 1205, Kwun Tong
  B/L no.: SLM24-HK-0771
  Container: TGHU 482917-3 (20' dry), seal no. 0049812
  Vessel/Voyage: ORIENT BREEZE V.224S, ETD Yokohama 8 Oct, ETA Hong Kong 13 Oct
  Packages: 38 crates, 4,210 kg, including 2 CAD/CAM milling machines (S/N MC5-22091 and MC5-22107)

Delivery contact on the consignee side is their office manager (main line +852 2345 6190).
Please arrange the tail-lift truck for the machines.

Best regards,
Satomi

{S_MIYAGI}""")

M("sl_p5", "pass", "benign.corporate_quote",
  "法人への事務所移転の見積送付。相手は会社の総務担当で、会社情報と金額のみ。",
  TABUCHI, ["総務部 有村 様 <arimura.k@yokohama-kousan.co.jp>"],
  "事務所移転のお見積りについて（横浜興産様 関内→みなとみらい）",
  f"""横浜興産株式会社
総務部 有村 様

先日は下見の機会をいただき、ありがとうございました。
さくらライン引越センター横浜営業所の田淵です。

関内オフィスからみなとみらい新オフィスへのご移転につきまして、
お見積書を添付いたします。

　作業日　：2024年11月23日（土）〜24日（日）
　作業内容：デスク・チェア 45席分、書庫18台、サーバーラック2台（専門チーム対応）
　車両　　：4t車 4台、2t車 2台
　お見積額：1,287,000円（税込）

ビル側の養生・エレベーター使用申請は当社で代行いたします。
ご不明点等ございましたら、お気軽にお申し付けください。

{S_TABUCHI}""",
  att=[A("御見積書_横浜興産様_20241123.pdf", PDF, """御見積書 No.Q-2024-1188
横浜興産株式会社 御中
件名 事務所移転作業一式（関内→みなとみらい）
作業員 延べ32名 / 4t車4台 / 2t車2台 / 梱包資材一式 / 養生 / サーバー移設（専門チーム）
小計 1,170,000円 消費税 117,000円 合計 1,287,000円
有効期限 2024年10月31日""")])

M("sl_p6", "pass", "benign.health_program",
  "全社員向けの熱中症対策の周知（社内宛）。健康の話だが個人は特定されない。",
  MIYAGI, ["横浜営業所 全員 <all-yokohama@sakuraline.co.jp>"],
  "【再周知】熱中症対策のお願い（9月も厳重警戒）",
  f"""横浜営業所の皆さん

配車センターの宮城です。9月に入っても暑さ指数（WBGT）31以上の日が続いています。
先週、他営業所で作業中に体調不良を訴えた事例が2件ありました（いずれも軽症）。
改めて以下の徹底をお願いします。

・1時間ごとの給水・塩分補給（トラックに経口補水液を常備しています）
・空調服の着用（未受領の方は事務所で受け取ってください）
・少しでもめまい・頭痛がある場合は、すぐ班長に申告し作業を交代
・朝礼時の体調チェックシートは必ず記入

作業を止める判断をためらわないでください。

{S_MIYAGI}""")

M("sl_p7", "pass", "benign.corporate_account",
  "法人宛て請求書で、振込先は自社（法人）口座。領収書スキャン画像も会社間の書類。",
  TABUCHI, ["経理課 <keiri@hamada-denki.co.jp>"],
  "ご請求書送付の件（本社移転作業 10/12〜10/14）",
  f"""株式会社ハマダ電機
経理課 御中

いつもお世話になっております。さくらライン引越センターの田淵です。
先日の本社移転作業につきまして、ご請求書をお送りいたします。

　請求番号：INV-SL-241015-03
　ご請求額：2,046,000円（税込）
　お支払期限：2024年11月30日
　お振込先：はまかぜ銀行 新横浜支店 当座 0081274
　　　　　　サクララインヒッコシセンター（カ
　登録番号：T1020001077214

前受金（300,000円）の領収書控えのスキャンも添付いたします。
何卒よろしくお願いいたします。

{S_TABUCHI}""",
  att=[A("請求書_INV-SL-241015-03.pdf", PDF, """請求書 INV-SL-241015-03
株式会社ハマダ電機 御中
本社移転作業一式 2,160,000円 / 追加作業（金庫移設）100,000円 / 前受金 -300,000円
小計 1,860,000円 消費税 186,000円 ご請求額 2,046,000円
振込先 はまかぜ銀行 新横浜支店 当座 0081274 サクララインヒッコシセンター（カ"""),
       A("領収書控_前受金_20240920.jpg", JPG)])

M("sl_p8", "pass", "benign.business_license",
  "会社概要の送付。運送事業許可番号・古物商許可番号・法人番号など事業者の番号のみ。",
  TABUCHI, ["人事総務課 矢島 様 <yajima.s@bluewave-soft.co.jp>"],
  "会社概要・許認可書類のご送付（お取引口座開設用）",
  f"""株式会社ブルーウェーブソフト
人事総務課 矢島 様

お世話になっております。さくらライン引越センターの田淵です。
お取引口座開設に必要な書類として、当社の会社概要をお送りします。

　商号　　　　　：さくらライン引越センター株式会社
　代表者　　　　：代表取締役 桜井 誠一郎
　法人番号　　　：1020001077214
　一般貨物自動車運送事業 許可番号：関自貨第2281号
　古物商許可　　：神奈川県公安委員会 第451390033127号
　引越安心マーク：認定番号 第140-0312号
　貨物保険　　　：東和損害保険 運送保険 証券番号 TW-C-2231-0087

登記事項証明書と納税証明書は原本を郵送いたします。
社宅間引越の件、引き続きよろしくお願いいたします。

{S_TABUCHI}""")

M("sl_p9", "pass", "benign.rate_sheet",
  "Destination services rate sheet between moving partners; prices only.",
  MIYAGI, [JCOLE],
  "2025 rate sheet - Japan destination services (Tokyo/Yokohama)",
  f"""Hi Jennifer,

As promised, attached is our 2025 rate sheet for destination services in the Tokyo/Yokohama area.
Rates are in JPY and valid for deliveries from 1 January to 31 December 2025.
The fuel surcharge is unchanged from 2024. Let me know if you need a USD version.

Best,
Satomi

{S_MIYAGI}""",
  att=[A("SakuraLine_2025_destination_rates.csv", CSV, """service,unit,zone_A_tokyo23,zone_B_yokohama,zone_C_other
delivery_20ft_container,per shipment,198000,185000,236000
delivery_40ft_container,per shipment,312000,298000,365000
LCL_delivery_per_cbm,per cbm,16500,15800,19800
unpacking_debris_removal,per shipment,38000,38000,44000
shuttle_service_narrow_street,per trip,27500,27500,33000
storage_in_transit,per cbm per month,3300,3300,3300
piano_handling_upright,per item,33000,33000,38500
""")])

M("sl_p10", "pass", "benign.aggregate_statistics",
  "区別・月別の引越件数の集計CSVのみ。個人は特定されない。",
  TABUCHI, ["統計委員会 <toukei@hikkoshi-kyokai.or.jp>"],
  "上期（4〜9月）引越実績 集計データの提出",
  f"""日本引越事業者協会 統計委員会 御中

さくらライン引越センター横浜営業所の田淵です。
上期の引越実績（神奈川県内・区別）を集計しましたので提出いたします。
個別の作業データは含めておりません。

{S_TABUCHI}""",
  att=[A("上期実績_横浜営業所_2024.csv", CSV, """区分,4月,5月,6月,7月,8月,9月,合計
港北区,148,62,55,58,61,70,454
青葉区,97,41,38,44,39,47,306
都筑区,85,36,31,35,40,42,269
神奈川区,71,29,27,30,28,34,219
鶴見区,64,25,22,27,26,29,193
うち法人案件,58,21,18,24,17,31,169
うち単身,212,88,79,87,90,101,657""")])
