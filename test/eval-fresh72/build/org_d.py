"""Org D: removals company 株式会社つばめ引越センター (tsubame-move.example.co.jp)."""
from common import *

ORG = "D"
DOM = "tsubame-move.example.co.jp"

OTSUKI = Writer("D-otsuki", "大槻 誠", f"otsuki@{DOM}", """
━━━━━━━━━━━━━━━━━━━━━━
株式会社つばめ引越センター
法人営業部 第一課 課長　大槻 誠
〒136-0075 東京都江東区新砂2-8-11
TEL 03-5632-8800（代表）／携帯 090-6621-3407
国土交通大臣許可 一般貨物自動車運送事業（関自貨第2281号）
━━━━━━━━━━━━━━━━━━━━━━
""")

MIYASHITA = Writer("D-miyashita", "宮下 彩", f"miyashita@{DOM}", """
--------------------------------
つばめ引越センター お客様センター
宮下 彩（みやした あや）
フリーダイヤル 0120-28-5588（9:00〜18:00 年中無休）
--------------------------------
""")

GONDO = Writer("D-gondo", "権藤 勝利", f"gondo@{DOM}", """
つばめ引越センター 江東営業所
配車・作業管理 主任　権藤 勝利
TEL 03-5632-8815 ／ FAX 03-5632-8816 ／ 携帯 080-1190-4477
""")

SUDO = A("須藤 直美", "sudo.naomi@toyo-chemical.example.co.jp")
TOYO_SOMU = A("東洋ケミカル工業 総務課 荒木", "araki@toyo-chemical.example.co.jp")
SANO = A("佐野 博之", "h-sano@nexus-sol.example.co.jp")
MAEKAWA = A("前川 詩織", "s-maekawa@nexus-sol.example.co.jp")
NEXUS_KEIRI = A("ネクサス・ソリューションズ 経理部", "ap@nexus-sol.example.co.jp")
SATO = A("佐藤運送 佐藤 勝", "sato@sato-unso.example.co.jp")
HAYATE = A("ハヤテ物流 配車 村上", "haisha@hayate-logi.example.jp")
RELO = A("中野 智美", "nakano@relohub.example.co.jp")


def m(*a, **k):
    return mail(ORG, *a, **k)


MAILS = []

# ---------------------------------------------------------------- HOLDS
MAILS.append(m(GONDO, "body", "hold", "personal.work_order_contact",
    "One customer's full name, both addresses, mobile, family and entry details are sent to a subcontracted crew.",
    [SATO], "12/7（土）作業依頼 1件（単身プラス・世田谷→川崎）",
    """佐藤社長

お疲れさまです。権藤です。
12/7（土）の応援、1件お願いします。

━━━━━━━━━━━━━━━
お客様：杉山 里奈 様
携帯：080-3392-7715
旧居：東京都世田谷区太子堂3-18-6 コーポ太子堂2F（エレベーターなし）
新居：神奈川県川崎市中原区小杉町1-403-12 ザ・ガーデン武蔵小杉1208号
　　　（オートロック。管理人室で「つばめ」と伝えれば入館証をもらえます）
家族：お客様本人と小学生の娘さん（当日は立会いなし、お母様が代理で立会い）
荷物：2t ショート1台、作業員2名、冷蔵庫・洗濯機あり、ピアノなし
時間：積込 9:00〜 ／ 搬入 13:00〜
━━━━━━━━━━━━━━━

料金はいつもの単価で。資材は営業所で積んでいってください。
よろしくお願いします。""",
    personal=[("name", "杉山 里奈"), ("phone", "080-3392-7715"),
              ("address", "東京都世田谷区太子堂3-18-6 コーポ太子堂2F"),
              ("address", "神奈川県川崎市中原区小杉町1-403-12 ザ・ガーデン武蔵小杉1208号")]))

MAILS.append(m(MIYASHITA, "body", "hold", "sensitive.care_needs",
    "An elderly customer's dementia and care level are named with her address to the subcontracted crew.",
    [HAYATE], "11/30 作業の注意事項（高木様 施設入居のお引越し）",
    """ハヤテ物流
配車ご担当 村上様

お世話になっております。つばめ引越センター お客様センターの宮下です。
11/30（土）にお願いしている高木様のお引越しについて、現場の方に共有していただきたい注意事項です。

・お客様：高木 ヨシエ 様（84歳）
・旧居：東京都江東区大島6-3-2 大島六丁目団地 14号棟 505号
・新居：グループホーム「ひまわりの家 亀戸」（江東区亀戸8-21-4）
・高木様ご本人は認知症（要介護3）で、ご本人が「家から出たくない」と
　混乱されることがあるそうです。作業中は大きな声や急な動きを避けてください。
・立会いは長女の松本 恵子様（携帯 090-5571-2093）がされます。
　何か確認したいことがあれば、ご本人ではなく松本様にお願いします。
・仏壇は新居に置けないため、松本様のご自宅（江戸川区）へ別便で運びます。

どうぞよろしくお願いいたします。""",
    personal=[("name", "高木 ヨシエ"), ("health", "認知症（要介護3）"),
              ("address", "東京都江東区大島6-3-2 大島六丁目団地 14号棟 505号"),
              ("name", "松本 恵子"), ("phone", "090-5571-2093")]))

MAILS.append(m(OTSUKI, "body", "hold", "list.transferees_table",
    "A text table of five transferees' names, old and new addresses and mobiles goes to a subcontractor.",
    [HAYATE], cc=[GONDO.addr], subject="東洋ケミカル様 4月異動分 先行5件の作業手配",
    body="""ハヤテ物流 村上様

お世話になっております。つばめ引越センターの大槻です。
東洋ケミカル工業様の4月異動分のうち、先行して確定した5件の手配をお願いします。
見積訪問は各自に御社から直接お電話いただいて構いません。

| 氏名 | 旧住所 | 新住所 | 携帯 | 搬出日 |
|---|---|---|---|---|
| 福田 隆 | 大阪府茨木市元町4-7-305 | 千葉県市原市五井中央西2-11-8 | 090-7713-2284 | 3/27 |
| 池田 真由 | 大阪府吹田市江坂町1-13-22 | 東京都江東区東砂7-2-14-801 | 080-5540-1931 | 3/28 |
| 石田 和樹 | 兵庫県尼崎市潮江1-20-9 | 千葉県市原市姉崎西1-6-3 | 070-4418-9027 | 3/29 |
| 森 亜希子 | 大阪府豊中市服部元町2-4-18 | 神奈川県川崎市川崎区藤崎3-9-1 | 090-3310-6652 | 3/29 |
| 中島 康平 | 大阪府茨木市西駅前町5-2-1103 | 千葉県袖ケ浦市長浦駅前4-1-10 | 080-2269-7408 | 3/30 |

3月下旬は台数が厳しいと思いますので、車両の確保を先にお願いします。""",
    personal=[("name", "福田 隆"), ("address", "大阪府茨木市元町4-7-305"), ("phone", "090-7713-2284"),
              ("name", "森 亜希子"), ("phone", "090-3310-6652")]))

MAILS.append(m(OTSUKI, "attachment", "hold", "personal.company_housing_family",
    "The attached company-housing sheet gives an employee's spouse and children with birth dates and schools to the housing agent.",
    [RELO], "社宅入居申請書の送付（東洋ケミカル工業様 4月異動分）",
    """リロケーション・ハブ
中野様

いつもお世話になっております。つばめ引越センターの大槻です。
東洋ケミカル工業様より、社宅入居の申請書を預かりましたので転送いたします。
物件のご提案は、須藤様と直接ご調整いただけますと幸いです。""",
    attachments=[att("社宅入居申請書_池田様.xlsx", XLSX, """[申請書]
項目	内容
社員番号	TC-40218
氏名	池田 真由
異動先	千葉工場 品質保証課
入居希望日	2025/03/28
希望エリア	江東区・江戸川区（東西線沿線）
[家族]
氏名	続柄	生年月日	備考
池田 真由	本人	1987/06/14
池田 翼	夫	1985/11/02	在宅勤務
池田 芽生	長女	2016/04/21	小学3年（転校手続中）
池田 湊	長男	2021/08/09	保育園希望
"""), ],
    personal=[("name", "池田 真由"), ("name", "池田 芽生"), ("birthdate", "2016/04/21"),
              ("name", "池田 湊"), ("birthdate", "2021/08/09")]))

MAILS.append(m(MIYASHITA, "attachment", "hold", "id.claim_bank_account",
    "The attached damage claim carries a customer's address, phone and personal bank account for compensation.",
    [A("日栄損害保険 事故受付センター", "jiko@nichiei-sonpo.example.co.jp")], "運送品事故報告書の送付（証券番号 NS-7720341）",
    """日栄損害保険 事故受付センター ご担当者様

いつもお世話になっております。つばめ引越センターの宮下です。
11月16日作業分の破損事故につきまして、事故報告書を添付いたします。
お客様とは修理ではなく時価額での賠償でご了承いただいております。
ご査定のほど、よろしくお願いいたします。""",
    attachments=[att("運送品事故報告書_20241116.pdf", PDF, """運送品事故報告書
保険契約者 株式会社つばめ引越センター　証券番号 NS-7720341
事故日 2024年11月16日　作業番号 TS-24111602
お客様氏名 桑田 健一 様
ご住所 東京都板橋区常盤台2-9-14
電話番号 090-1826-5530
事故内容 搬入時、階段踊り場で食器棚（購入価格 168,000円）の側面を壁に接触させ、天板と側板が破損
賠償方法 時価額賠償（お客様同意済み）
賠償金振込先 みずなみ銀行 ときわ台支店 普通 5530912 クワタ ケンイチ
"""), ],
    personal=[("name", "桑田 健一"), ("address", "東京都板橋区常盤台2-9-14"), ("phone", "090-1826-5530"),
              ("bank_account", "みずなみ銀行 ときわ台支店 普通 5530912 クワタ ケンイチ")]))

MAILS.append(m(MIYASHITA, "quoted", "hold", "personal.neighbour_complaint",
    "The forwarded customer mail quotes a neighbour's name, room number and phone to the subcontracted crew.",
    [SATO], "Fw: 作業当日の件でご相談（11/23 小林様邸）",
    """佐藤運送
佐藤社長

お世話になっております。お客様センターの宮下です。
11/23に御社でご対応いただいた小林様邸の件で、お客様から下記のメールが届きました。
当日の養生と駐車位置について、現場の方に状況を確認していただけますでしょうか。
お隣の方へのお詫びは、弊社からお電話する予定です。""",
    quoted="""-----Original Message-----
From: 小林 由紀 <yuki.kobayashi.0903@gmail.com>
Sent: Sunday, November 24, 2024 8:15 PM
To: つばめ引越センター お客様センター <support@tsubame-move.example.co.jp>
Subject: 作業当日の件でご相談

昨日はありがとうございました。小林です。
実は、隣の部屋の方から苦情を受けてしまいました。
トラックが隣の方の駐車スペースの前をふさいでいて、出かけられなかったそうです。
あと、廊下の壁に擦ったような跡があると言われました。

お隣の方：江口 正人さん（102号室）、電話 03-3961-4478
「引越し業者から直接連絡がほしい」とのことでした。
私も気まずいので、早めに対応していただけると助かります。

小林 由紀
""",
    personal=[("name", "江口 正人"), ("phone", "03-3961-4478"), ("address", "102号室"),
              ("email", "yuki.kobayashi.0903@gmail.com")]))

MAILS.append(m(GONDO, "subject", "hold", "personal.subject_contact",
    "The subject line carries a customer's name, mobile number and street address to a freelance driver.",
    [A("久保田 大地", "daichi.kubota.drv@gmail.com")],
    "明日 8:30 浦田 健司様 090-4418-2276 世田谷区桜丘4-12-8-302 積込→横浜",
    """久保田さん

お疲れさまです。件名のとおりです。
資材は2tの荷台に積んであります。鍵はいつもの場所です。
終わったら一報ください。""",
    personal=[("name", "浦田 健司"), ("phone", "090-4418-2276"), ("address", "世田谷区桜丘4-12-8-302")]))

MAILS.append(m(OTSUKI, "zip", "hold", "list.zip_transferees",
    "The zip holds a roster of transferees with old/new addresses, family size and mobile numbers.",
    [SUDO], cc=[TOYO_SOMU], subject="4月異動者 引越手配状況（12月2日時点）",
    body="""東洋ケミカル工業株式会社
人事部 福利厚生課 須藤様

いつもお世話になっております。つばめ引越センターの大槻です。
12月2日時点の手配状況を一覧にまとめ、ZIPでお送りします。
「見積未」の方には、今週中に弊社から訪問日の調整のお電話を差し上げます。""",
    attachments=[{"filename": "4月異動者_引越手配状況_1202.zip", "contentType": ZIP,
                  "text": """手配状況_1202.csv
社員番号,氏名,旧住所,新住所,家族人数,携帯,状況
TC-40102,福田 隆,大阪府茨木市元町4-7-305,千葉県市原市五井中央西2-11-8,3,090-7713-2284,見積済
TC-40218,池田 真由,大阪府吹田市江坂町1-13-22,東京都江東区東砂7-2-14-801,4,080-5540-1931,見積済
TC-40233,石田 和樹,兵庫県尼崎市潮江1-20-9,千葉県市原市姉崎西1-6-3,1,070-4418-9027,見積未
TC-40251,森 亜希子,大阪府豊中市服部元町2-4-18,神奈川県川崎市川崎区藤崎3-9-1,2,090-3310-6652,見積済
TC-40260,中島 康平,大阪府茨木市西駅前町5-2-1103,千葉県袖ケ浦市長浦駅前4-1-10,1,080-2269-7408,見積未
TC-40288,山下 陽介,京都府長岡京市天神2-5-8,東京都江東区南砂3-14-6-402,3,090-9048-3317,調整中
"""}],
    personal=[("name", "山下 陽介"), ("address", "京都府長岡京市天神2-5-8"), ("phone", "090-9048-3317"),
              ("name", "石田 和樹"), ("phone", "070-4418-9027")]))

MAILS.append(m(OTSUKI, "zip", "hold", "attachment.encrypted_zip",
    "A quotation is sent as a password-protected zip (PPAP).",
    [SANO], cc=[MAEKAWA], subject="本社移転 お見積書の送付",
    body="""株式会社ネクサス・ソリューションズ
総務部 佐野様（CC：前川様）

いつもお世話になっております。つばめ引越センターの大槻です。
先日の現地調査を踏まえた本社移転のお見積書（2案）をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別途お送りいたします。

ご不明な点がございましたら、お気軽にお問い合わせください。""",
    attachments=[enczip("お見積書_ネクサス様_本社移転.zip")]))

crews = [
    SATO, HAYATE,
    A("有限会社 田中エクスプレス 田中", "tanaka@tanaka-exp.example.jp"),
    A("丸山運輸 配車", "haisha@maruyama-unyu.example.co.jp"),
    A("ケイズライン 小西", "konishi@ks-line.example.jp"),
    A("城南トランスポート 本田", "honda@jonan-trans.example.co.jp"),
    A("久保田 大地", "daichi.kubota.drv@gmail.com"),
    A("新井 拓真", "takuma.arai.1990@gmail.com"),
    A("吉村 昌平", "shohei_yoshimura@yahoo.co.jp"),
    A("中田 健", "ken.nakata.move@outlook.com"),
    A("大川 翔", "sho.okawa77@gmail.com"),
    A("三上 剛志", "t.mikami.driver@gmail.com"),
]
MAILS.append(m(GONDO, "recipients", "hold", "recipients.crew_broadcast",
    "A season schedule goes to twelve partner firms and freelance drivers with every address visible in To.",
    crews, "【協力会社各位】3月繁忙期 応援要員の配置希望調査",
    """協力会社・応援ドライバーの皆さま

いつもお世話になっております。つばめ引越センター江東営業所の権藤です。
今年も3月繁忙期の応援をお願いしたく、配置希望の調査をさせていただきます。

　対象期間：2025年3月15日（土）〜4月6日（日）
　稼働拠点：江東営業所／川崎営業所／船橋営業所
　単価：2t＋作業員2名 1日 52,000円（昨年+2,000円）
　　　　4t＋作業員3名 1日 78,000円（昨年+3,000円）

添付の調査票ではなく、本メールへの返信で以下をお知らせください。
　1. 稼働可能日
　2. 出せる車両（2t／4t）と台数
　3. 作業員の人数

締切は12月20日（金）です。今年もよろしくお願いします。"""))

# ---------------------------------------------------------------- PASSES
MAILS.append(m(MIYASHITA, "body", "pass", "benign.own_booking",
    "A booking confirmation with the customer's own addresses sent to that customer only.",
    [A("浅井 菜々子", "nanako.asai.1222@gmail.com")], "【つばめ引越センター】ご予約確認（受付番号 TS-2412-0088）",
    """浅井 菜々子 様

この度はつばめ引越センターをご利用いただき、誠にありがとうございます。
お客様センターの宮下でございます。
ご予約内容を下記のとおり承りましたので、ご確認ください。

　受付番号：TS-2412-0088
　作業日：2024年12月21日（土）午前便（8:30〜9:00到着）
　ご旧居：東京都中野区野方5-22-9 メゾン野方203
　ご新居：東京都練馬区豊玉北4-3-1 グランシア練馬705
　プラン：単身パック プラス（2tショート／作業員2名）
　お見積金額：58,300円（税込・段ボール10枚含む）

段ボールは12月14日（土）にお届けします。
内容に誤りがございましたら、お手数ですが本メールにご返信ください。"""))

MAILS.append(m(GONDO, "body", "pass", "benign.vehicle_numbers",
    "Truck plate numbers and the carrier permit number for a building's vehicle registration; no private data.",
    [A("新砂タワー 防災センター", "bosai@shinsuna-tower.example.co.jp")], "12/14 搬入車両の事前登録",
    """新砂タワー 防災センター ご担当者様

お世話になっております。つばめ引越センターの権藤です。
12/14（土）のテナント様（14F ネクサス・ソリューションズ様）移転作業の搬入車両を登録します。

　1) 4t ワイド　品川 130 あ 45-21
　2) 4t ワイド　品川 130 あ 45-22
　3) 2t ロング　足立 400 さ 78-03
　運送事業者：株式会社つばめ引越センター（関自貨第2281号）
　作業責任者：権藤（携帯 080-1190-4477）
　作業時間：8:00〜17:00　作業員 14名

荷捌き場は2台分と伺っていますので、3台目は近くで待機させます。
養生は共用部（B1荷捌き場〜貨物用EV〜14F）で施工します。"""))

HOUJIN_TS = houjin("011001098765")
MAILS.append(m(OTSUKI, "body", "pass", "benign.invoice",
    "An invoice with the company's corporate account, 法人番号 and invoice registration number.",
    [NEXUS_KEIRI], cc=[SANO], subject="ご請求書送付のご案内（本社移転作業）",
    body=f"""株式会社ネクサス・ソリューションズ
経理部 ご担当者様

いつもお世話になっております。つばめ引越センターの大槻です。
12月14日に実施いたしました本社移転作業のご請求書をお送りいたします。

　請求書番号：TSB-2412-0157
　ご請求金額：2,486,000円（税込）
　お支払期限：2025年1月31日
　お振込先：東都銀行 新砂支店 当座 0081124 カ）ツバメヒッコシセンター
　法人番号：{HOUJIN_TS}
　適格請求書発行事業者 登録番号：T{HOUJIN_TS}

原本は本日郵送いたしました。今後ともよろしくお願いいたします。"""))

Y = [yamato("45708395059"), yamato("41216010598"), yamato("46114320912"), yamato("45085182713")]
MAILS.append(m(MIYASHITA, "body", "pass", "benign.tracking_numbers",
    "Twelve-digit Yamato tracking numbers for packing materials; two happen to pass the My Number check digit.",
    [TOYO_SOMU], "梱包資材の発送のお知らせ（4拠点分）",
    f"""東洋ケミカル工業株式会社
総務課 荒木様

いつもお世話になっております。つばめ引越センターの宮下です。
ご依頼いただいた梱包資材（段ボール・緩衝材）を本日発送いたしました。
ヤマト運輸の送り状番号は下記のとおりです。

　本社（大阪）　　段ボールM 50枚／L 20枚　　送り状 {Y[0]}
　千葉工場　　　　段ボールM 30枚　　　　　　送り状 {Y[1]}
　川崎研究所　　　段ボールM 30枚／緩衝材 2巻　送り状 {Y[2]}
　名古屋営業所　　段ボールM 20枚　　　　　　送り状 {Y[3]}

到着は明日午前中の予定です。
不足がございましたら追加でお送りしますので、お知らせください。"""))

MAILS.append(m(OTSUKI, "body", "pass", "benign.religious_corp_move",
    "A 宗教法人 temple as a customer; the head priest is named only in his role, and history is mentioned.",
    [A("宗教法人妙円寺 寺務所", "jimusho@myoenji.example.or.jp")], "寺務所移転および寺宝の搬送についてのお見積り",
    """宗教法人 妙円寺
寺務所 ご担当者様

先日は現地をご案内いただき、誠にありがとうございました。
つばめ引越センター 法人営業部の大槻でございます。

ご住職から伺った内容をもとに、寺務所移転と寺宝搬送のお見積りをまとめました。

　1. 寺務所移転（旧庫裏 → 新寺務所棟）
　　2t 2台、作業員5名、1日　　　　　　　　　　　　　 264,000円
　2. 寺宝の搬送（美術品専用車・温湿度管理）
　　阿弥陀如来立像（伝・江戸初期、徳川家ゆかり）ほか3点　 385,000円
　　※仏像は専門の美術梱包スタッフが担当し、当日は文化財保護課の立会いを予定
　3. 養生・資材一式　　　　　　　　　　　　　　　　　　 48,400円

ご本堂での法要の日程（12月8日）を避け、12月10日〜12日の間での作業をご提案いたします。
ご検討のほど、よろしくお願い申し上げます。"""))

MAILS.append(m(OTSUKI, "body", "pass", "benign.project_cc6",
    "An office-move project mail with six visible addresses from two outside companies.",
    [SANO, MAEKAWA, A("ネクサス 情報システム 田島", "tajima@nexus-sol.example.co.jp")],
    cc=[A("藤井 浩", "fujii@arte-interior.example.co.jp"), A("吉川 麗", "yoshikawa@arte-interior.example.co.jp"),
        A("アルテ内装 工事部", "koji@arte-interior.example.co.jp"), GONDO.addr],
    subject="本社移転プロジェクト 第2回定例のご案内",
    body="""ネクサス・ソリューションズ 佐野様、前川様、田島様
アルテ内装 藤井様、吉川様、工事部ご担当者様

お世話になっております。つばめ引越センターの大槻です。
本社移転プロジェクトの第2回定例を下記のとおり開催いたします。

　日時：12月4日（水）16:00〜17:00
　場所：新オフィス（新砂タワー14F）現地
　議題：
　　1. 内装工事の進捗と引渡し日（アルテ内装様）
　　2. サーバーラック・複合機の移設手順（田島様）
　　3. 搬出入動線と当日の車両配置（弊社 権藤）
　　4. 旧オフィスの原状回復範囲

当日はヘルメットをご用意いたします。"""))

MAILS.append(m(OTSUKI, "body", "pass", "benign.realestate_licence_numbers",
    "Real-estate broker licence and 宅建士 registration numbers in a partnership contract are public business licences.",
    [A("城東ハウジング 営業部 原口", "haraguchi@joto-housing.example.co.jp")], "業務提携契約書（案）の確認事項",
    """株式会社城東ハウジング
営業部 原口様

お世話になっております。つばめ引越センターの大槻です。
業務提携契約書（案）の当事者欄について、以下の記載でよろしいかご確認ください。

　甲：株式会社城東ハウジング
　　宅地建物取引業免許　東京都知事（4）第81234号
　　専任の宅地建物取引士　原口 達也（登録番号 東京 第123456号）
　乙：株式会社つばめ引越センター
　　一般貨物自動車運送事業許可　関自貨第2281号

第5条の紹介手数料（成約1件あたり3,000円）と、
第8条の顧客情報の取扱い（お客様の同意を得た場合に限り、氏名と電話番号のみを乙に連絡）については、
先日の打合せどおりの文言に修正しています。"""))

MAILS.append(m(MIYASHITA, "body", "pass", "benign.senior_plan",
    "A brochure request about a senior-move plan; care words appear only as service descriptions and totals.",
    [A("亀戸地域包括支援センター", "info@kameido-houkatsu.example.or.jp")], "シニア向けお引越しプランのご案内資料について",
    """亀戸地域包括支援センター ご担当者様

突然のご連絡失礼いたします。つばめ引越センター お客様センターの宮下と申します。
先日のケアマネジャー連絡会でご紹介いただいた件で、資料をお送りしたくご連絡いたしました。

弊社の「シニアあんしん引越しプラン」は、
施設入居や住み替えに伴うお引越しを対象としたプランです。
　・介護職員初任者研修を修了したスタッフが作業リーダーを担当
　・不用品の整理・買取、仏壇の移設、役所手続きの代行案内まで一括対応
　・昨年度の実績：年間126件（うち要介護認定をお持ちの方のお引越し 58件）

パンフレットを20部お送りしたいのですが、送付先はこちらのセンター宛てでよろしいでしょうか。
ご検討いただけますと幸いです。"""))

MAILS.append(m(GONDO, "body", "pass", "benign.crew_change_unwell",
    "Telling a customer that the assigned leader is '体調不良' and replaced, without any diagnosis.",
    [A("浅井 菜々子", "nanako.asai.1222@gmail.com")], "本日の作業担当者変更のお知らせ",
    """浅井 菜々子 様

おはようございます。つばめ引越センター江東営業所の権藤です。
本日担当予定だったリーダーの岡部が体調不良のため、
急きょ作業リーダーを 小野寺 に変更させていただきます。
作業内容・到着時間（8:30〜9:00）に変更はございません。

直前のご連絡となり申し訳ございません。
何かございましたら、私の携帯（080-1190-4477）までご連絡ください。"""))

MAILS.append(m(OTSUKI, "quoted", "pass", "benign.reply_chain",
    "A long negotiation chain naming partner staff with signatures; only counts and prices, no transferee data.",
    [SUDO], cc=[TOYO_SOMU], subject="Re: Re: Re: 単身赴任パックの料金条件について",
    body="""須藤様

ご確認ありがとうございます。大槻です。
では、以下の条件で来年度の覚書を作成いたします。

　・単身赴任パック（2tショート＋作業員2名、100km以内）：48,000円
　・100km超：1kmあたり180円を加算
　・繁忙期（3/15〜4/10）割増：15%（昨年20%から引下げ）
　・年間想定：40件

覚書のドラフトは12月6日までにお送りします。""",
    quoted="""> 大槻様
>
> お世話になっております。東洋ケミカルの須藤です。
> 繁忙期割増15%、社内で了承が取れました。
> 年間件数は昨年実績（37件）から考えて40件程度の想定で結構です。
>
> ――――――――――――――――
> 東洋ケミカル工業株式会社
> 人事部 福利厚生課　須藤 直美
> 〒541-0046 大阪市中央区平野町3-5-12
> TEL 06-6202-3311（代表）
> ――――――――――――――――
>
> > 須藤様
> >
> > 繁忙期割増について、15%でいかがでしょうか。
> > その代わり、3月分の手配を1月末までに確定いただけると助かります。
> >
> > つばめ引越センター 大槻
> >
> > > 大槻様
> > > 昨年の繁忙期割増20%は、社内で高いとの声が出ています。
> > > 見直しをご検討いただけないでしょうか。
> > > 須藤"""))
