"""Org D: 北斗フィットネスシステムズ株式会社 (fitness equipment maker, B2B)."""
from common import mail, att, enc_zip, XLSX, DOCX, CSV, ZIP

ORG = "D"
DOM = "hokuto-fitness.example.jp"

KOBAYASHI = "小林 拓也 <t-kobayashi@hokuto-fitness.example.jp>"
KOBAYASHI_EN = "Takuya Kobayashi <t-kobayashi@hokuto-fitness.example.jp>"
INOUE = "井上 恵 <m-inoue@hokuto-fitness.example.jp>"
MATSUDA = "松田 誠 <mak-matsuda@hokuto-fitness.example.jp>"

SIG_KOBAYASHI = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
北斗フィットネスシステムズ株式会社
営業本部 法人営業部 第一課　課長
小林 拓也（Takuya Kobayashi）
〒140-0002 東京都品川区東品川2-6-14 北斗ビル
TEL 03-5555-7021 ／ 携帯 080-5555-7021 ／ FAX 03-5555-7029
t-kobayashi@hokuto-fitness.example.jp
https://www.hokuto-fitness.example.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
▼フィットネスショー2025 出展のお知らせ
　5月21日～23日 東京ビッグサイト 西ホール ブース W2-118
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_KOBAYASHI_EN = """
Best regards,

Takuya Kobayashi
Manager, Corporate Sales Dept. 1
Hokuto Fitness Systems Co., Ltd.
2-6-14 Higashi-Shinagawa, Shinagawa-ku, Tokyo 140-0002, Japan
Tel: +81-3-5555-7021 / Mobile: +81-80-5555-7021
t-kobayashi@hokuto-fitness.example.jp
"""

SIG_INOUE = """
----------------------------------------
北斗フィットネスシステムズ株式会社
カスタマーサービス部 フィールドサポート課
井上 恵（いのうえ めぐみ）
保守受付：0120-555-724（平日9:00～18:00）
直通：03-5555-7045
m-inoue@hokuto-fitness.example.jp
----------------------------------------
"""

SIG_MATSUDA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
北斗フィットネスシステムズ株式会社
管理本部 総務人事課
松田 誠
TEL 03-5555-7003　FAX 03-5555-7009
mak-matsuda@hokuto-fitness.example.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

MAILS = []
add = MAILS.append

# 61 pass: delivery with JAN codes, serials and name-like model names
add(mail("pass", "benign.product_codes",
    "納品予定の一覧。JANコード・シリアル番号・型番と、人名に見えるカタカナの機種名（アスカ・レイ・ハルカ）が並ぶが、いずれも製品の情報。",
    KOBAYASHI, ["ベストボディ24 店舗開発部 <tenpo-kaihatsu@bestbody24.example.jp>"],
    "【納品予定】ベストボディ24 川崎駅前店 新規オープン分",
    f"""
株式会社ベストボディ24
店舗開発部　岩田様

いつも大変お世話になっております。北斗フィットネスの小林です。
川崎駅前店の新規オープン分について、納品予定をお知らせいたします。

■納品日：3月26日（水）8:30搬入開始（ビル管理会社の許可取得済み）
■納品内容
　品名　　　　　　　　　　型番　　　　JAN　　　　　　　台数　シリアル
　トレッドミル アスカT9　 HT9-2025　 4582012340047　 8　　 HT9-2502-00814～00821
　エアロバイク レイB5　　 HB5-2025　 4582012340054　 6　　 HB5-2502-01133～01138
　クロストレーナー ハルカX3 HX3-2024　4512345670016　 2　　 HX3-2411-00207, 00208
　マルチラック　　　　　　 HR-400　　 4512345670023　 2　　 HR4-2501-00051, 00052
　ダンベルセット 2～40kg　 HD-SET40　 4512345670030　 1式　－

アスカT9は電源が単相200Vです。分電盤の工事は内装業者様で完了済みと伺っております。
試運転と店舗スタッフ様向けの操作説明は、3月27日（木）10:00から行います。
{SIG_KOBAYASHI}""", "小林"))

# 62 hold: injured gym member's diagnosis and medical history to the insurer
add(mail("hold", "sensitive.health",
    "事故報告として、ジム会員の氏名・年齢・連絡先とともに骨折の診断と糖尿病の既往を保険会社へ送っている。目的は正当だが要配慮個人情報。",
    INOUE, ["みらい損害保険 企業新種損害サービス課 <songai-kigyo@mirai-sonpo.example.jp>"],
    "生産物賠償責任保険 事故報告（トレッドミル転倒事故）",
    f"""
みらい損害保険株式会社
企業新種損害サービス課　今井様

いつもお世話になっております。北斗フィットネスシステムズの井上です。
先日お電話でご報告した事故について、詳細をお送りします。
証券番号：PL-2024-0883156

■発生日時：2025年2月22日（土）19:40頃
■場所：フィットネスクラブ「スポーツプラザ相模原」（当社トレッドミル HT7 設置店）
■被害者：会員 木下 健一 様（52歳）　連絡先 090-8827-3316
■事故状況：走行中（時速9km）にベルトが一瞬停止し、前方に転倒
■負傷：右足関節骨折（全治約3か月）、相模原協同病院に入院中（手術済み）
■既往症：糖尿病（インスリン治療中）のため、治りが遅れる可能性があると主治医より説明あり
■当社対応：同型機の緊急点検を実施中。当該機は店舗で使用停止、ログを回収済み

被害者様から治療費と休業補償についてのお申し出が出ております。
今後の対応について、ご指示をお願いいたします。
{SIG_INOUE}""", "井上", "body",
    personal=[("name", "木下 健一"), ("phone", "090-8827-3316"),
              ("diagnosis", "右足関節骨折"), ("diagnosis", "糖尿病")]))

# 63 pass: vehicle registration numbers for the delivery
add(mail("pass", "benign.vehicle_numbers",
    "搬入車両の登録番号と作業会社の届出。車両番号は個人を識別する番号ではなく、作業責任者も社員名のみ。",
    INOUE, ["みなとモール管理事務所 <kanri@minatomall-kanri.example.jp>"],
    "搬入車両届（3/12 夜間作業 3F フィットネス入替）",
    f"""
株式会社みなとモール管理
管理事務所 ご担当者様

お世話になっております。北斗フィットネスシステムズの井上です。
3F「フィットプラス」様の機器入替作業について、搬入車両を届け出いたします。

　作業日時：3月12日（水）22:00～翌3:00
　作業責任者：当社 井上（携帯 080-5555-7045）
　搬入口：B1 荷捌き場 2番

　車両　　　　　　　　　　　　　　　会社　　　　　　　　　　車種
　品川 100 あ 12-34　　　　　　　　　北斗フィットネス　　　　2tパワーゲート車
　品川 400 せ 56-78　　　　　　　　　北斗フィットネス　　　　ハイエース
　横浜 130 た 90-12　　　　　　　　　関東設備サービス　　　　4tユニック車

作業員は当社4名・協力会社3名の計7名です。
入館証は当日21:45に防災センターで受け取ります。
{SIG_INOUE}""", "井上"))

# 64 hold: colleague's passport number only in the subject (English)
add(mail("hold", "id.passport",
    "本文は招へい状の依頼で無害だが、件名に同僚の氏名とパスポート番号が入っている。",
    KOBAYASHI_EN, ["Amy Lin <amy.lin@formosafit.example.com>"],
    "Invitation letter for factory audit – Yusuke Hara / Passport TZ4187736",
    f"""
Dear Amy,

Thank you for confirming the audit dates.

Could you please issue an invitation letter for our quality assurance engineer,
Mr. Yusuke Hara, who will join me for the factory audit at your Taichung plant
from 14 to 16 April? Our travel agency needs the letter by 20 March.

Please address the letter to Hokuto Fitness Systems Co., Ltd. and state the purpose
as "quality audit of treadmill production line (model HT9)". A PDF is fine.

I will be travelling on my business card only, as before.
{SIG_KOBAYASHI_EN}""", "小林", "subject",
    personal=[("passport", "TZ4187736")]))

# 65 hold: home customers list (attachment) to the delivery company
add(mail("hold", "list.customers",
    "本文は送付の連絡だけだが、添付CSVに個人宅の購入者の氏名・住所・電話番号の一覧が入っている。",
    INOUE, ["ホームデリバリー設置サービス 配車係 <haisha@homedeli-setup.example.jp>"],
    "3月第2週 個人宅向け設置案件リスト",
    f"""
株式会社ホームデリバリー設置サービス
配車ご担当　森下様

お世話になっております。北斗フィットネスの井上です。
3月第2週（3/10～3/15）の個人宅向け設置案件リストを添付いたします。

今週は計6件です。マンション高層階の案件（No.3）は階段上げになる可能性があるため、
事前に管理会社へエレベーター養生の確認をお願いいたします。
完了報告は、いつもどおり当日中にメールでお願いします。
{SIG_INOUE}""", "井上", "attachment",
    attachments=[att("setchi_list_2025W11.csv", CSV, """
No,受注番号,氏名,郵便番号,住所,電話番号,商品,設置希望日,時間帯
1,HF-250218-031,三宅 直美,223-0062,横浜市港北区日吉本町2-18-4,090-3318-2275,トレッドミル HT5 Home,3/10,午前
2,HF-250219-007,北川 悠,154-0023,東京都世田谷区若林4-7-12,080-9912-4406,エアロバイク HB3 Home,3/11,午後
3,HF-250220-044,Daniel Walsh,106-0032,東京都港区六本木7-15-10-2803,070-2284-7719,マルチラック HR-200,3/12,午前
4,HF-250221-015,長谷 千秋,330-0063,さいたま市浦和区高砂2-3-8,090-6671-0448,トレッドミル HT5 Home,3/13,午後
5,HF-250224-022,村井 康介,260-0013,千葉市中央区中央3-9-21,080-1145-3392,ローイング HR-R1,3/14,午前
6,HF-250225-009,青山 紗希,181-0013,三鷹市下連雀1-22-6,090-4403-8816,エアロバイク HB3 Home,3/15,午前
""")],
    personal=[("name", "三宅 直美"), ("address", "横浜市港北区日吉本町2-18-4"),
              ("phone", "090-3318-2275"), ("name", "Daniel Walsh"),
              ("address", "東京都港区六本木7-15-10-2803"), ("name", "青山 紗希")]))

# 66 pass: dealer registration with corporate number, invoice number and corporate account
add(mail("pass", "benign.corporate_account",
    "新規販売店の取引口座開設。法人番号・インボイス登録番号・法人口座はいずれも会社の情報で、個人の番号ではない。",
    KOBAYASHI, ["スポーツギア九州 管理部 <kanri@sportsgear-kyushu.example.jp>"],
    "取引口座開設の手続き完了のお知らせ",
    f"""
株式会社スポーツギア九州
管理部　大塚様

お世話になっております。北斗フィットネスシステムズの小林です。
先日ご提出いただいた書類で、取引口座の開設手続きが完了いたしました。
登録内容は以下のとおりです。念のためご確認ください。

　取引先コード：D-0931
　商号：株式会社スポーツギア九州
　法人番号：4290001044732
　適格請求書発行事業者登録番号：T4290001044732
　お支払条件：月末締め 翌月末払い（初回のみ前払い）
　お支払先（貴社口座）：福岡みらい銀行 博多駅前支店 当座 0081245
　口座名義：カ）スポーツギアキユウシユウ
　与信限度額：5,000,000円

初回の発注は、4月の福岡の展示会向けデモ機の予定と伺っております。
納期のご相談はお早めにいただけますと助かります。
{SIG_KOBAYASHI}""", "小林"))

# 67 pass: IoT cloud outage and malware quarantine, hashes
add(mail("pass", "benign.it_outage",
    "IoTサービスの「障害」と中継サーバのマルウェア「隔離」の報告。ハッシュ値や台数のみで、個人情報は含まれない。",
    INOUE, ["ベストボディ24 情報システム部 <it@bestbody24.example.jp>"],
    "【障害のお知らせ】HOKUTO Connect 稼働データ連携の遅延について",
    f"""
株式会社ベストボディ24
情報システム部　ご担当者様

平素より HOKUTO Connect をご利用いただき、ありがとうございます。
北斗フィットネス カスタマーサービス部の井上です。

2月28日（金）～3月2日（日）にかけて、マシンの稼働データが管理画面に反映されない
障害が発生しておりました。ご迷惑をおかけし、誠に申し訳ございません。

■影響範囲：貴社 18店舗、対象機器 412台（稼働ログの反映遅延。データの欠損はなし）
■原因：データ中継サーバ1台でマルウェアの検知があり、2/28 14:10に当該サーバを
　ネットワークから隔離したため、処理能力が不足しました。
■マルウェア：検体のSHA-256 5d0e3c9a71f2b48e6c0a1d97f3e5b2c84a6f1d0e9b7c3a52f8e4d16b0c9a7e31
　（既知のトロイの木馬。外部への通信は遮断済みで、会員情報を保持する領域への侵入はありません）
■復旧：3/2 18:00に代替サーバへ切り替え、滞留データの反映を完了

再発防止策を含む報告書は、3月7日（金）までにお送りいたします。
{SIG_INOUE}""", "井上"))

# 68 hold: engineers' driver's licence numbers for site entry
add(mail("hold", "id.driver_license",
    "入構申請のため、自社の保守員3名の運転免許証番号と生年月日を大学の施設課へ送っている。同僚のものでも身分証番号。",
    INOUE, ["城南体育大学 施設課 <shisetsu@jonan-taiiku.example.jp>"],
    "トレーニングセンター機器点検に伴う入構申請",
    f"""
城南体育大学
施設課　小川様

お世話になっております。北斗フィットネスシステムズの井上です。
3月18日（火）の年次点検について、入構申請をお送りします。
申請様式にある「本人確認書類の番号」欄の内容も下記に記載しております。

　作業日：3月18日（火）9:00～17:00
　車両：品川 400 せ 56-78（ハイエース）

　氏名　　　　生年月日　　　　運転免許証番号
　井上 恵　　 1988年6月3日　 第309812345670号
　田島 翔太　 1994年2月21日　第302145678901号
　大森 学　　 1979年11月9日　第451278903456号

当日は西門の守衛所で入構証を受け取ります。
{SIG_INOUE}""", "井上", "body",
    personal=[("driver_license", "309812345670"), ("driver_license", "302145678901"),
              ("driver_license", "451278903456"), ("name", "田島 翔太"),
              ("birthdate", "1994年2月21日")]))

# 69 pass: English to the OEM factory, PO and container numbers
add(mail("pass", "benign.vendor_english",
    "台湾のOEM工場への英文の生産・船積みの連絡。PO番号・コンテナ番号・型番のみ。",
    KOBAYASHI_EN, ["Amy Lin <amy.lin@formosafit.example.com>"],
    "RE: Production schedule April – PO HF-PO-2503-112",
    f"""
Dear Amy,

Thank you for the updated schedule. Please see our comments below.

PO HF-PO-2503-112
  HT9 treadmill (JP spec, 200V)   120 units   ETD Keelung 11 April -> OK
  HB5 upright bike                 80 units   ETD 11 April -> please try to advance to 4 April
  HX3 cross trainer                30 units   ETD 25 April -> OK

Container bookings (please confirm):
  TGHU 481203-7 (40HC) – HT9 x 60
  TGHU 481219-2 (40HC) – HT9 x 60
  MSKU 730564-1 (40HC) – HB5 x 80

The belt-stop issue we reported on HT7 (ticket QA-0217) is being analysed here.
Yusuke from our QA team will share the log analysis before the audit in April.

Kind regards,
Takuya
{SIG_KOBAYASHI_EN}
-----Original Message-----
From: Amy Lin <amy.lin@formosafit.example.com>
Sent: Monday, March 3, 2025 4:18 PM
To: Takuya Kobayashi
Subject: Production schedule April – PO HF-PO-2503-112

Dear Takuya,
Please find our proposed production schedule for April. HB5 frames are delayed
by one week because of a paint line upgrade.
Amy Lin | Sales Manager, Japan Accounts | Formosa Fitness Manufacturing Co., Ltd.
No. 88, Gongye 3rd Rd., Xitun Dist., Taichung City, Taiwan | +886-4-2555-0188
""", "小林"))

# 70 hold: employee's mental-disability certificate details to the labour consultant
add(mail("hold", "sensitive.disability",
    "障害者雇用状況報告の準備として、社員の氏名・精神障害者保健福祉手帳の等級と病名を外部の社労士法人へ送っている。",
    MATSUDA, ["社会保険労務士法人あおぞら 担当 吉田様 <yoshida@sr-aozora.example.jp>"],
    "障害者雇用状況報告（6/1時点）の準備について",
    f"""
社会保険労務士法人あおぞら
吉田様

いつもお世話になっております。北斗フィットネスシステムズの松田です。
今年の障害者雇用状況報告の準備にあたり、対象者の変動をお知らせいたします。

1. 新規（4月1日入社予定）
　平野 翔（物流センター 検品担当、週20時間勤務）
　精神障害者保健福祉手帳 2級（統合失調症）、手帳の有効期限 令和8年9月30日
　→ 特定短時間労働者の扱いになるか、ご確認いただけますでしょうか。

2. 退職
　12月末で1名退職（身体障害者手帳 4級の方）

このほかの在籍者（6名）に変更はありません。
算定の結果、法定雇用率（2.5%）を満たすかどうかもあわせてお教えください。
{SIG_MATSUDA}""", "松田", "body",
    personal=[("name", "平野 翔"), ("disability", "精神障害者保健福祉手帳 2級"),
              ("diagnosis", "統合失調症")]))

# 71 hold: 14 gym operators visible in To
GYMS = [
    "ベストボディ24 <tenpo-kaihatsu@bestbody24.example.jp>",
    "スポーツプラザ相模原 <info@sportsplaza-sagamihara.example.jp>",
    "フィットプラス <buying@fitplus.example.jp>",
    "アクアフィット湘南 <office@aquafit-shonan.example.jp>",
    "ジムライフ船橋 <manager@gymlife-funabashi.example.jp>",
    "コアトレーニング大宮 <info@coretraining-omiya.example.jp>",
    "ウェルネスクラブ多摩 <kikaku@wellness-tama.example.jp>",
    "パワーハウス渋谷 <owner@powerhouse-shibuya.example.jp>",
    "24/7ジム横浜 <support@247gym-yokohama.example.jp>",
    "ホテル東雲 フィットネス <fitness@hotel-shinonome.example.jp>",
    "城南体育大学 施設課 <shisetsu@jonan-taiiku.example.jp>",
    "川口市民体育館 <taiikukan@kawaguchi-sports.example.jp>",
    "リハビリステーション杉並 <info@rehab-suginami.example.jp>",
    "アスリートラボ千葉 <lab@athletelab-chiba.example.jp>",
]
add(mail("hold", "recipients.visible_outside",
    "取引先のジム・施設14社のアドレスを宛先（To）に並べた展示会案内。競合する顧客同士に取引関係とアドレスが見えるのでBCCにすべき。",
    KOBAYASHI, GYMS,
    "【ご招待】フィットネスショー2025 北斗フィットネス ブースのご案内",
    f"""
お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
北斗フィットネスシステムズの小林でございます。

このたび弊社は「フィットネスショー2025」に出展いたします。
新型トレッドミル「アスカT9」や、稼働管理サービス「HOKUTO Connect」の新機能を
実機でご体験いただけます。

　会期：2025年5月21日（水）～23日（金）10:00～17:00
　会場：東京ビッグサイト 西ホール 弊社ブース W2-118
　ご招待：添付のご招待券をご提示いただくと、入場料（3,000円）が無料になります

ブースでの個別商談のご予約も承っております。
ご希望の日時を、担当営業または私あてにお知らせください。
{SIG_KOBAYASHI}""", "小林", "recipients"))

# 72 pass: religious corporation as a customer
add(mail("pass", "benign.religious_corporation",
    "宗教法人の研修施設への見積り送付。宗教法人は顧客（法人）で、個人の信仰に関する情報ではない。",
    KOBAYASHI, ["龍泉寺 研修道場 事務局 <jimu@ryusenji.example.jp>"],
    "研修道場 トレーニングルーム機器のお見積り",
    f"""
宗教法人 大慈山 龍泉寺
研修道場 事務局　岡田様

先日は研修道場をご案内いただき、誠にありがとうございました。
北斗フィットネスシステムズの小林でございます。

宿泊研修の参加者様向けトレーニングルームについて、お見積りをお送りいたします。
静かな環境を保てるよう、騒音の少ない機種を中心に選定しております。

　品名　　　　　　　　　　　型番　　　　数量　　金額（税別）
　エアロバイク レイB5　　　 HB5-2025　　 3　　 1,140,000円
　トレッドミル アスカT7　　 HT7-2024　　 2　　 1,680,000円
　ストレッチマット・ポール等 HS-SET　　　1式　　 148,000円
　設置・搬入費　　　　　　　　　　　　　1式　　 120,000円
　合計　　　　　　　　　　　　　　　　　　　　 3,088,000円

お見積りの有効期限は4月30日です。
ご請求書の宛名は「宗教法人 龍泉寺」でよろしいかどうか、ご確認をお願いいたします。
{SIG_KOBAYASHI}""", "小林"))

# 73 pass: Yamato tracking number that happens to satisfy the My Number check digit
add(mail("pass", "benign.tracking_number",
    "交換部品の発送連絡。12桁の伝票番号の1件はたまたまマイナンバーの検査数字を満たすが、配送の追跡番号にすぎない。",
    INOUE, ["フィットプラス 店舗運営部 <buying@fitplus.example.jp>"],
    "交換部品発送のご連絡（保守受付 MT-25-0418）",
    f"""
株式会社フィットプラス
店舗運営部　ご担当者様

いつもお世話になっております。北斗フィットネスの井上です。
先日ご連絡いただいた不具合（保守受付 MT-25-0418）の交換部品を、本日発送いたしました。

　部品：走行ベルト（HT7用、品番 P-HT7-BLT-02）×1、モーターカバー ×1
　配送：ヤマト運輸　伝票番号 486631554440
　到着予定：3月6日（木）午前

部品到着後、3月7日（金）に当社のサービスエンジニアが交換作業に伺います。
作業時間は約90分です。当該機は引き続き「使用中止」の表示をお願いいたします。
{SIG_INOUE}""", "井上"))

# 74 hold: private customer's complaint with full contact only in the forwarded part
add(mail("hold", "personal.contact",
    "本文は販売店への対応依頼だけだが、転送部分に個人購入者の氏名・住所・電話・メールとシリアル番号がそのまま入っている。",
    INOUE, ["フィットライフ北関東 サービス課 <service@fitlife-kitakanto.example.jp>"],
    "FW: 【お客様相談室】異音に関するお問い合わせ（HF-C-250227-19）",
    f"""
株式会社フィットライフ北関東
サービス課　根本様

お世話になっております。北斗フィットネスの井上です。
貴社でご購入いただいたお客様から、メーカー窓口にお問い合わせがありました。
販売店様での訪問対応をお願いできますでしょうか。
部品の手配が必要な場合は、当社で至急対応いたします。
{SIG_INOUE}
---------- Forwarded message ----------
From: お客様相談室 <soudan@hokuto-fitness.example.jp>
Date: 2025年2月27日 14:22
Subject: 【お客様相談室】異音に関するお問い合わせ（HF-C-250227-19）

受付番号：HF-C-250227-19
お客様氏名：荒井 俊介 様
ご住所：栃木県宇都宮市平松本町1122-5
電話番号：090-5527-6641
メール：s.arai.utsunomiya@gmail.com
製品：トレッドミル HT5 Home（シリアル HT5H-2407-03318）
購入店：フィットライフ北関東 宇都宮店（2024年8月購入）
内容：
時速8km以上で走ると「カタカタ」という音がする。先週から急に大きくなった。
平日は18時以降、土日はいつでも在宅。訪問時は事前に電話がほしい。
""", "井上", "quoted",
    personal=[("name", "荒井 俊介"), ("address", "栃木県宇都宮市平松本町1122-5"),
              ("phone", "090-5527-6641"), ("email", "s.arai.utsunomiya@gmail.com")]))

# 75 pass: health-management programme figures (aggregate)
add(mail("pass", "benign.aggregate_health",
    "健康経営の認定申請に使う全社の集計値（健診受診率・有所見率・障害者雇用率など）。個人を特定できる記載はない。",
    MATSUDA, ["ウェルネスパートナーズ 申請支援チーム <support@wellness-partners.example.jp>"],
    "健康経営優良法人2026 申請データ（全社集計）",
    f"""
株式会社ウェルネスパートナーズ
申請支援チーム　金子様

お世話になっております。北斗フィットネスシステムズの松田です。
健康経営優良法人2026の申請に向けて、ご依頼のあった全社集計値をお送りします。

　項目　　　　　　　　　　　　　　　　　　2023年度　　2024年度
　従業員数（3月末）　　　　　　　　　　　　　312名　　　　327名
　定期健康診断 受診率　　　　　　　　　　　 100%　　　　 100%
　有所見率　　　　　　　　　　　　　　　　　 44.6%　　　　42.1%
　精密検査 受診率　　　　　　　　　　　　　 61.0%　　　　73.5%
　ストレスチェック 受検率　　　　　　　　　　91.2%　　　　94.8%
　高ストレス者の割合　　　　　　　　　　　　 11.3%　　　　 9.7%
　喫煙率　　　　　　　　　　　　　　　　　　 21.4%　　　　18.9%
　障害者雇用率　　　　　　　　　　　　　　　 2.41%　　　　 2.62%
　年次有給休暇 取得率　　　　　　　　　　　 63.0%　　　　68.7%

社内ジムの利用者数（月平均 118名）も、取組み事例として記載できればと考えております。
{SIG_MATSUDA}""", "松田"))

# 76 hold: freelance trainer's private bank account to the event agency
add(mail("hold", "id.bank_account",
    "展示会のデモを担当するフリーランストレーナー個人の銀行口座と住所を、外部のイベント会社へ送っている。",
    KOBAYASHI, ["イベントワークス東京 経理 <keiri@eventworks-tokyo.example.jp>"],
    "フィットネスショー デモ担当トレーナーの報酬支払いについて",
    f"""
株式会社イベントワークス東京
経理ご担当　平田様

お世話になっております。北斗フィットネスシステムズの小林です。
フィットネスショー2025のブース運営について、デモ担当トレーナーへの報酬は
貴社からお支払いいただく契約となっておりますので、振込先をお知らせします。

　トレーナー：三宅 亮 様（フリーランス・パーソナルトレーナー）
　住所：東京都目黒区中町1-35-8
　報酬：3日間 計150,000円（税別、交通費込み）
　振込先：東都銀行 学芸大学駅前支店 普通 8812460 ミヤケ リヨウ

インボイス登録はされていない方です。支払調書の作成もお願いいたします。
{SIG_KOBAYASHI}""", "小林", "body",
    personal=[("name", "三宅 亮"), ("address", "東京都目黒区中町1-35-8"),
              ("bank_account", "東都銀行 学芸大学駅前支店 普通 8812460 ミヤケ リヨウ")]))

# 77 pass: project mail, 6 visible addresses from 2 companies
add(mail("pass", "benign.project_cc",
    "店舗リニューアル案件の定例連絡。宛先は2社6名（外部は3名）で、関係者への通常の共有。",
    KOBAYASHI, ["岩田 修 <o-iwata@bestbody24.example.jp>", "田村 沙也加 <s-tamura@bestbody24.example.jp>",
                "浜口 剛 <t-hamaguchi@bestbody24.example.jp>"],
    "【渋谷店リニューアル】第2回定例の議事メモとレイアウト案",
    f"""
株式会社ベストボディ24
岩田様、田村様、浜口様

（cc：当社 井上、設計 鈴木、営業 森）

お世話になっております。北斗フィットネスの小林です。
本日の第2回定例の議事メモをお送りします。

1. レイアウト
　・フリーウェイトエリアを窓側に移し、有酸素エリアを中央に（B案で確定）
　・アスカT9は12台 → 14台に変更。電源容量は浜口様にビル側へ確認いただく
2. 工期
　・閉店期間 6/2～6/15（14日間）。搬出入は6/3夜と6/13夜
3. 宿題
　・当社：B案の詳細図（3/14まで）、旧機器の下取り査定（3/21まで）
　・貴社：会員向け休館告知の文面（3/28まで）

次回は3月24日（月）14:00、渋谷店の現地で行います。
{SIG_KOBAYASHI}""", "小林",
    cc=["井上 恵 <m-inoue@hokuto-fitness.example.jp>", "鈴木 隆之 <t-suzuki@hokuto-fitness.example.jp>",
        "森 麻衣 <m-mori@hokuto-fitness.example.jp>"]))

# 78 hold: freelance installer's skill sheet (attachment) to a partner company
add(mail("hold", "personal.profile",
    "本文は送付の連絡だけだが、添付のスキルシートに技術者個人の生年月日・住所・携帯番号・経歴が入っている。",
    MATSUDA, ["関東設備サービス 工務部 <koumu@kanto-setsubi.example.jp>"],
    "ご依頼の技術者情報の送付",
    f"""
株式会社関東設備サービス
工務部　竹田様

お世話になっております。北斗フィットネスシステムズの松田です。
4月からの大型案件の応援体制について、ご依頼いただいた技術者の情報を添付いたします。

現場の割り振りは、3月中に小林・井上から改めてご相談させていただきます。
どうぞよろしくお願いいたします。
{SIG_MATSUDA}""", "松田", "attachment",
    attachments=[att("スキルシート_堀和也.docx", DOCX, """
技術者スキルシート

氏名：堀 和也（ほり かずや）
生年月日：1990年8月27日（34歳）
現住所：神奈川県相模原市中央区相生2-14-9 メゾン相生203
携帯電話：090-7742-1958
契約形態：個人事業主（当社と業務委託契約）

保有資格：第二種電気工事士、玉掛け技能講習、小型移動式クレーン運転技能講習
経歴：
　2009年～2017年　株式会社アオバ電設（店舗電気工事）
　2017年～現在　　フリーランス。フィットネス機器の搬入・組立・電気接続
得意分野：トレッドミルの200V配線、ラック類のアンカー施工
稼働可能日：平日・土曜（日曜は不可）
""")],
    personal=[("name", "堀 和也"), ("birthdate", "1990年8月27日"),
              ("address", "神奈川県相模原市中央区相生2-14-9 メゾン相生203"), ("phone", "090-7742-1958")]))

# 79 pass: plain zip of CAD drawings to an overseas designer (English)
add(mail("pass", "benign.plain_zip",
    "海外デザイナーへの英文の図面送付。暗号化していないZIPで、中身は製品の図面のみ。",
    KOBAYASHI_EN, ["Erik Lindqvist <erik@lindqvist-design.example.com>"],
    "HT9 console cover – CAD data for design review",
    f"""
Hi Erik,

As promised, attached are the CAD files for the HT9 console cover.
The zip is not password-protected; let me know if your mail server strips it.

What we would like from the review:
- a slimmer profile for the tablet holder (current depth 48 mm)
- a cable outlet for the heart-rate receiver that does not need an extra screw
- colour proposal in our new "Aurora Grey"

We would love to see the first sketches by 28 March, ahead of our product meeting
on 2 April. Happy to set up a call any afternoon your time.

Cheers,
Takuya
{SIG_KOBAYASHI_EN}""", "小林",
    attachments=[att("HT9_console_cover_CAD_rev4.zip", ZIP, """
HT9_console_cover_CAD_rev4/
  HT9-CC-001_front_cover_rev4.step
  HT9-CC-002_rear_cover_rev4.step
  HT9-CC-003_tablet_holder_rev2.step
  HT9-CC_assembly_rev4.pdf
  material_spec_PC-ABS.pdf
""")]))

# 80 hold: encrypted zip to the labour consultant
add(mail("hold", "attachment.encrypted_zip",
    "給与関係データをパスワード付きZIPで送り、パスワードを別送するPPAP。",
    MATSUDA, ["社会保険労務士法人あおぞら 担当 吉田様 <yoshida@sr-aozora.example.jp>"],
    "3月度 給与計算データの送付",
    f"""
社会保険労務士法人あおぞら
吉田様

いつもお世話になっております。北斗フィットネスの松田です。
3月度の給与計算データ（勤怠・変動項目）を添付いたします。
パスワードは、この後すぐに別メールでお送りします。

今月は、4月1日付の昇給者の遡り計算はありません。
入社・退職の届出書類は、来週まとめて郵送いたします。
{SIG_MATSUDA}""", "松田", "zip",
    attachments=[enc_zip("kyuyo_202503_hokuto.zip")]))
