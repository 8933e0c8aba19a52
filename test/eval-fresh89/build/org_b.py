"""(B) 大和田建設株式会社 安全衛生部 (general contractor, safety & health dept.).

Writers: 黒川 正人 (department head, terse, three-line signature),
         森下 さやか (衛生管理者・保健師, polite, starred signature),
         田村 翔 (safety section, young, '====' signature; also writes English).
"""
from common import (addr, mail, att, P, csv_text, CT_CSV, CT_TXT, CT_XLSX, CT_PDF)

ORG = "B"
D = "owada-kensetsu.example.co.jp"

KURO = addr("黒川 正人", f"m.kurokawa@{D}")
MORI = addr("森下 さやか（大和田建設 安全衛生部）", f"s-morishita@{D}")
TAMU = addr("田村 翔", f"tamura.sho@{D}")

SIG_KURO = """大和田建設株式会社 安全衛生部 部長
黒川 正人
TEL 03-0000-2201 ／ 携帯 090-0000-2201"""

SIG_MORI = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
大和田建設株式会社 安全衛生部 衛生管理課
保健師・第一種衛生管理者　森下 さやか
〒104-0000 東京都中央区八丁堀9-9-9 大和田ビル5F
TEL：03-0000-2215　FAX：03-0000-2299
Mail：s-morishita@owada-kensetsu.example.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_TAMU = """==============================
大和田建設株式会社
安全衛生部 安全管理課　田村 翔（Sho Tamura）
TEL 03-0000-2230 ／ 携帯 080-0000-2230
tamura.sho@owada-kensetsu.example.co.jp
=============================="""

SIG_TAMU_EN = """Sho Tamura
Safety Management Section, Safety & Health Department
Owada Construction Co., Ltd.
Tel +81-3-0000-2230 | tamura.sho@owada-kensetsu.example.co.jp"""

WANGAN = addr("石井 康弘（湾岸ロジスティクス 施設管理課）", "y.ishii@wangan-logi.example.co.jp")
MARUZO = addr("丸山 修 / 丸三工業", "maruyama@maruzo-kogyo.example.co.jp")


def build():
    out = []

    # ------------------------------------------------------------ HOLDS
    # body 1: health-check results of a partner company's worker
    out.append(mail(
        ORG, "morishita", "body", "hold", "sensitive.health_check_result",
        "協力会社の作業員一名の健康診断結果（血圧・血糖値・要精密検査）を氏名付きで社外に送っているため。",
        MORI, [MARUZO],
        "新規入場者の健康診断結果について（ご確認のお願い）",
        f"""
株式会社丸三工業
代表取締役 丸山 修 様

いつも大変お世話になっております。
大和田建設 安全衛生部の森下でございます。

港南三丁目作業所に6月23日から新規入場予定の、貴社 小林 隆志 様（型枠工）について、
ご提出いただいた雇入時健康診断の結果を確認いたしました。

　・血圧 186/112mmHg（要精密検査）
　・空腹時血糖 238mg/dL（要医療）
　・心電図：左室肥大の疑い

当社の入場基準では、上記の数値の場合、医師の意見を確認できるまで
高所作業・重量物取扱いへの従事をお控えいただいております。
お手数ですが、医療機関を受診いただき、就業可否に関する医師の意見書を
6月20日（金）までにご提出いただけますでしょうか。

ご本人のお体のことですので、どうぞ無理のないようお伝えください。
ご不明な点は、私までお気軽にお問い合わせください。

{SIG_MORI}
""",
        personal=[P("name", "小林 隆志"), P("health_result", "血圧 186/112mmHg"),
                  P("health_result", "空腹時血糖 238mg/dL")]))

    # body 2: accident report with diagnosis to the insurer
    out.append(mail(
        ORG, "tamura", "body", "hold", "sensitive.injury_report_insurer",
        "被災者の氏名・生年月日・傷病名・入院先を本文に書いて保険会社へ送っているため。",
        TAMU, [addr("東和海上火災保険 企業事故受付センター", "jiko-uketsuke@towa-kaijo.example.co.jp")],
        "事故報告（請負業者賠償・港南三丁目作業所）",
        f"""
東和海上火災保険株式会社
企業事故受付センター ご担当者様

いつもお世話になっております。大和田建設 安全衛生部の田村です。
昨日発生した事故について、第一報をお送りします。

証券番号：BZ-2024-0081562（請負業者賠償責任保険）
発生日時：2025年6月12日（木）10時35分頃
発生場所：港南三丁目物流センター新築工事（東京都港区港南三丁目）3階床スラブ
被災者　：佐藤 健一（1979年8月14日生、協力会社 株式会社丸三工業 所属、型枠工）
状況　　：開口部養生の合板を踏み抜き、約1.8m下の2階床に転落
傷病名　：右橈骨遠位端骨折、右肩打撲
入院先　：湾岸中央病院 整形外科（6月13日手術予定、入院見込み約2週間）

労働基準監督署へは本日、労働者死傷病報告の準備を進めております。
事故状況報告書と現場写真は、まとまり次第お送りいたします。

{SIG_TAMU}
""",
        personal=[P("name", "佐藤 健一"), P("birthdate", "1979年8月14日"),
                  P("diagnosis", "右橈骨遠位端骨折")]))

    # body 3: driver's licence + health insurance numbers for site entry
    out.append(mail(
        ORG, "tamura", "body", "hold", "id.driver_license_health_insurance",
        "オペレーター個人の運転免許証番号と健康保険証の記号番号を本文に書いて施主へ送っているため。",
        TAMU, [WANGAN],
        "移動式クレーン運転者の入構申請について（6/19作業分）",
        f"""
株式会社湾岸ロジスティクス
施設管理課 石井様

お世話になっております。大和田建設の田村です。
6月19日（木）の鉄骨建方で使用する移動式クレーン（25t ラフタークレーン）の
運転者について、入構申請に必要な情報をお送りします。

　氏名：中村 浩（なかむら ひろし）
　生年月日：1972年3月30日
　所属：有限会社東光クレーン
　運転免許証番号：第301234567890号（大型・大特）
　健康保険被保険者証：記号 4150 番号 2217（全国建設工事業国民健康保険組合）
　移動式クレーン運転士免許：あり（写しは当日持参）

入構証は当日7:30に正門警備室で受け取る形で問題ないでしょうか。
ご確認をお願いいたします。

{SIG_TAMU}
""",
        personal=[P("name", "中村 浩"), P("driver_license", "301234567890"),
                  P("health_insurance", "記号 4150 番号 2217"), P("birthdate", "1972年3月30日")]))

    # attachment 1: worker roster CSV
    roster = csv_text(
        ["氏名", "フリガナ", "生年月日", "年齢", "職種", "所属", "現住所", "緊急連絡先", "血液型", "直近健診日"],
        [["小林 隆志", "コバヤシ タカシ", "1968/02/11", "57", "型枠工", "丸三工業", "千葉県船橋市本町9-9-9", "090-0000-3312（妻）", "A", "2025/05/28"],
         ["高木 勇", "タカギ イサム", "1985/07/03", "39", "鉄筋工", "丸三工業", "東京都江戸川区平井9-9-9", "080-0000-1175（母）", "O", "2025/04/15"],
         ["ファム・ヴァン・ドゥック", "ファム ヴァン ドゥック", "1996/11/20", "28", "型枠工（技能実習）", "丸三工業", "千葉県市川市行徳9-9-9", "047-0000-8810（監理団体）", "B", "2025/03/02"],
         ["永井 誠二", "ナガイ セイジ", "1959/09/09", "65", "とび工", "永井鳶工業", "神奈川県川崎市川崎区9-9-9", "090-0000-7741（長男）", "AB", "2025/05/10"],
         ["岩崎 亮", "イワサキ リョウ", "1991/01/27", "34", "電工", "港栄電設", "東京都大田区蒲田9-9-9", "070-0000-5526（妻）", "A", "2025/02/18"]])
    out.append(mail(
        ORG, "kurokawa", "attachment", "hold", "list.worker_roster",
        "添付CSVが作業員5名の氏名・生年月日・住所・緊急連絡先・血液型を並べた名簿であるため。",
        KURO, [WANGAN],
        "新規入場者名簿（6/23入場分）",
        f"""
湾岸ロジスティクス
石井様

お世話になります。大和田建設 黒川です。
6/23入場分の新規入場者名簿を添付します。計5名。
入館カードの発行、よろしくお願いします。

{SIG_KURO}
""",
        attachments=[att("新規入場者名簿_港南三丁目_0623.csv", CT_CSV, roster)],
        personal=[P("name", "高木 勇"), P("birthdate", "1985/07/03"),
                  P("address", "東京都江戸川区平井9-9-9"), P("name", "永井 誠二"),
                  P("phone", "090-0000-7741")]))

    # attachment 2: stress-check high-stress list to an outside physician
    stress = (
        "2025年度 ストレスチェック 高ストレス者（面接指導申出者）一覧\n"
        "社員番号\t氏名\t所属\t年齢\t総合点\t面接指導希望\t備考（本人記載）\n"
        "A10452\t西田 和也\t港南三丁目作業所 工事主任\t34\t91\t希望\t不眠が続いている。月残業80h超が3か月\n"
        "A09871\t清水 裕美\t本社 積算部\t41\t88\t希望\t心療内科通院中（適応障害）\n"
        "A11203\t大野 翼\t横浜支店 工務課\t27\t86\t希望\t上司との関係に悩んでいる\n"
        "作成：安全衛生部 衛生管理課（実施事務従事者）\n")
    out.append(mail(
        ORG, "morishita", "attachment", "hold", "sensitive.stress_check_high_stress",
        "添付の一覧に社員3名の氏名とストレスチェックの点数・通院状況が記載され、社外の医院へ送っているため。",
        MORI, [addr("さんのう産業医クリニック 大川 先生", "okawa@sanno-clinic.example.jp")],
        "面接指導対象者一覧の送付と日程調整のお願い",
        f"""
さんのう産業医クリニック
大川 先生

いつもお世話になっております。
大和田建設 安全衛生部の森下です。

今年度のストレスチェックの結果、医師による面接指導を申し出た社員が3名おりましたので、
一覧を添付にてお送りいたします。

面接指導は、7月第1週〜第2週で各30分程度を想定しております。
先生のご都合のよい日時を、いくつかお知らせいただけますでしょうか。
会場は本社5階の健康相談室をご用意いたします。

お忙しいところ恐縮ですが、どうぞよろしくお願いいたします。

{SIG_MORI}
""",
        attachments=[att("面接指導対象者一覧_2025.xlsx", CT_XLSX, stress)],
        personal=[P("name", "西田 和也"), P("name", "清水 裕美"),
                  P("diagnosis", "心療内科通院中（適応障害）"), P("name", "大野 翼")]))

    # quoted 1: partner company's mail with a worker's diagnosis forwarded to the client
    out.append(mail(
        ORG, "tamura", "quoted", "hold", "sensitive.worker_diagnosis_forwarded",
        "転送部分に協力会社作業員の氏名と病名（椎間板ヘルニア）が残ったまま施主へ送っているため。",
        TAMU, [WANGAN],
        "FW: 鉄筋工の人員について（港南三丁目）",
        f"""
湾岸ロジスティクス
石井様

お世話になっております。大和田建設の田村です。

先日の工程会議でご質問のあった、3階の鉄筋工の人員について、
協力会社から下記の連絡がありましたので共有いたします。

代わりの職長は6月24日から入場予定で、3階スラブの配筋検査は
当初予定の6月27日から7月1日に変更となる見込みです。
全体工程への影響は、次回の工程会議で改めてご説明いたします。

{SIG_TAMU}

-----Original Message-----
From: 丸三工業 工事部 堀 <hori@maruzo-kogyo.example.co.jp>
Sent: Monday, June 16, 2025 7:52 AM
To: 田村 翔 <tamura.sho@owada-kensetsu.example.co.jp>
Subject: 鉄筋工の人員について

大和田建設 田村様

いつもお世話になっております。丸三工業の堀です。

3階を担当していた職長の木村 大輔ですが、週末に腰の痛みで動けなくなり、
整形外科で腰椎椎間板ヘルニアと診断されました。
医師からは少なくとも2週間は安静にするよう言われています。

代わりの職長として、現在お台場の現場にいる者を24日から回します。
ご迷惑をおかけして申し訳ありません。

丸三工業株式会社 工事部 堀
""",
        personal=[P("name", "木村 大輔"), P("diagnosis", "腰椎椎間板ヘルニア")]))

    # quoted 2: neighbour complaint with full contact forwarded to the demolition sub
    out.append(mail(
        ORG, "kurokawa", "quoted", "hold", "personal.neighbour_complaint_forwarded",
        "転送部分に苦情を寄せた近隣住民の氏名・住所・電話番号が含まれ、解体業者へ送っているため。",
        KURO, [addr("北辰解体 工事部 岡本", "okamoto@hokushin-kaitai.example.co.jp")],
        "FW: 近隣からの苦情（粉じん・早朝作業）",
        f"""
北辰解体
岡本様

大和田建設 黒川です。
下記、近隣から苦情。至急対応願います。
・散水の徹底
・8時前の重機始動禁止
本日中に対応内容を報告してください。

{SIG_KURO}

-----Original Message-----
From: 原田 剛 <t.harada@owada-kensetsu.example.co.jp>
Sent: Wednesday, June 18, 2025 11:06 AM
To: 黒川 正人 <m.kurokawa@owada-kensetsu.example.co.jp>
Subject: 近隣からの苦情（粉じん・早朝作業）

黒川部長

港南二丁目解体工事の原田です。
本日10時頃、近隣にお住まいの方から作業所に電話で苦情がありました。

　お名前：今井 幸子 様
　ご住所：東京都港区港南9-9-9 コーポ港南102
　電話　：03-0000-6613（日中在宅）

・7時半頃から重機の音がして眠れない
・ベランダの洗濯物に粉じんが付く
とのことです。ご本人は「改善しなければ区役所に相談する」とおっしゃっています。
本日夕方、私からお詫びに伺う予定です。

港南二丁目解体工事作業所 所長 原田
""",
        personal=[P("name", "今井 幸子"), P("address", "東京都港区港南9-9-9 コーポ港南102"),
                  P("phone", "03-0000-6613")]))

    # subject only: injured worker and injury in the subject line
    out.append(mail(
        ORG, "tamura", "subject", "hold", "sensitive.injury_in_subject",
        "件名に被災者の氏名と負傷内容（指の切断）が書かれているため（本文には記載なし）。",
        TAMU, [MARUZO],
        cc=[addr("丸三工業 工事部 堀", "hori@maruzo-kogyo.example.co.jp")],
        subject="【労災速報】丸三工業 鈴木 一郎さん 左手示指切断・搬送先について",
        text=f"""
丸三工業
丸山社長、堀様

大和田建設 安全衛生部の田村です。取り急ぎご連絡いたします。

標記の件、本日14時20分頃、港南三丁目作業所1階の加工場にて、
丸のこ作業中に事故が発生しました。

　搬送先：湾岸中央病院 救急外来（その後、形成外科にて処置予定）
　同行者：当社 作業所 次長 岡田

ご家族への連絡は、貴社からお願いできますでしょうか。
労働基準監督署への報告、および事故原因の調査については、
明日9時に作業所で打合せをさせてください。

{SIG_TAMU}
""",
        personal=[P("name", "鈴木 一郎"), P("injury", "左手示指切断")]))

    # zip (plain): worker roster with pension/insurance numbers inside a zip
    zroster = csv_text(
        ["氏名", "生年月日", "職種", "健康保険", "基礎年金番号", "雇用保険被保険者番号"],
        [["高木 勇", "1985/07/03", "鉄筋工", "協会けんぽ", "4721-386510", "5012-448193-2"],
         ["森 和樹", "1993/04/16", "鉄筋工", "協会けんぽ", "6180-227349", "5012-559027-7"],
         ["上野 正", "1970/12/01", "鉄筋工（職長）", "建設国保", "2049-118834", "5012-201776-4"],
         ["荒木 健太", "1999/06/22", "鉄筋工", "協会けんぽ", "7756-004821", "5012-667310-1"]])
    machines = (
        "持込機械等（電動工具・電気溶接機等）使用届\n"
        "1. 鉄筋カッター　DC-25X　管理番号 MZ-0113\n"
        "2. 鉄筋ベンダー　RB-32　管理番号 MZ-0127\n"
        "3. 電動ハンマー　HM-0810　管理番号 MZ-0201\n"
        "点検者：丸三工業 工事部　点検日：2025年6月16日\n")
    out.append(mail(
        ORG, "kurokawa", "zip", "hold", "list.worker_roster_in_zip",
        "ZIP内のCSVに作業員4名の氏名・生年月日と基礎年金番号・雇用保険番号が入っているため。",
        KURO, [addr("アトリエ港設計 監理部 小松", "komatsu@atelier-minato.example.jp")],
        "安全書類一式（鉄筋工事・第2期）",
        f"""
アトリエ港設計
小松様

大和田建設 黒川です。
監理者確認用に、鉄筋工事（第2期）の安全書類一式を送ります。
ZIP にまとめています。不足があれば連絡ください。

{SIG_KURO}
""",
        attachments=[att("安全書類_港南三丁目_第2期.zip/作業員名簿.csv", CT_CSV, zroster),
                     att("安全書類_港南三丁目_第2期.zip/持込機械等使用届.txt", CT_TXT, machines)],
        personal=[P("name", "森 和樹"), P("pension_number", "6180-227349"),
                  P("employment_insurance_number", "5012-201776-4")]))

    # recipients: 14 partner companies visible in To
    partners = [
        ("丸三工業 丸山", "maruyama@maruzo-kogyo.example.co.jp"),
        ("北辰解体 岡本", "okamoto@hokushin-kaitai.example.co.jp"),
        ("永井鳶工業 永井", "nagai@nagai-tobi.example.co.jp"),
        ("港栄電設 岩崎", "iwasaki@koei-densetsu.example.co.jp"),
        ("東光クレーン 村田", "murata@toko-crane.example.co.jp"),
        ("三和設備工業 宮田", "miyata@sanwa-setsubi.example.co.jp"),
        ("大成塗装 青木", "aoki@taisei-tosou.example.jp"),
        ("昭和内装 安藤", "ando@showa-naiso.example.co.jp"),
        ("関東防水 小西", "konishi@kanto-bousui.example.co.jp"),
        ("湾岸土木 吉川", "yoshikawa@wangan-doboku.example.co.jp"),
        ("日の出サッシ 松井", "matsui@hinode-sash.example.co.jp"),
        ("富士見左官 酒井", "sakai@fujimi-sakan.example.jp"),
        ("青葉舗装 今村", "imamura@aoba-hosou.example.co.jp"),
        ("丸の内警備保障 菅原", "sugawara@marunouchi-keibi.example.co.jp"),
    ]
    out.append(mail(
        ORG, "kurokawa", "recipients", "hold", "recipients.visible_partner_companies",
        "協力会社14社の担当者アドレスが To に並び、互いに見える状態で送っているため。",
        KURO, [addr(n, e) for n, e in partners],
        "2025年度 大和田建設 安全大会 開催のご案内",
        f"""
協力会社 各位

平素より当社の安全衛生活動にご協力いただき、ありがとうございます。
2025年度の安全大会を下記のとおり開催します。

　日時：2025年7月4日（金）13:30〜16:30（受付13:00〜）
　会場：中央区立産業会館 大ホール
　内容：安全表彰、災害事例報告、特別講演「熱中症と墜落災害を防ぐ」
　出席：各社 代表者1名＋職長1名

出欠を6月25日（水）までに返信願います。
表彰対象の職長には別途連絡します。

{SIG_KURO}
""",
        cc=[TAMU]))

    # ------------------------------------------------------------ PASSES
    # safety council scheduling chain
    out.append(mail(
        ORG, "tamura", "none", "pass", "benign.safety_council_schedule",
        "災害防止協議会の日程調整で、協力会社担当者の氏名と署名しか含まないため。",
        TAMU, [addr("丸三工業 工事部 堀", "hori@maruzo-kogyo.example.co.jp")],
        cc=[addr("永井鳶工業 永井", "nagai@nagai-tobi.example.co.jp"),
            addr("原田 剛", f"t.harada@{D}")],
        subject="Re: 7月の災害防止協議会の日程",
        text=f"""
堀様、永井様

大和田建設の田村です。ご回答ありがとうございました。
7月の災害防止協議会は、7月10日（木）16:00〜17:00 で確定とします。
場所は港南三丁目作業所 2階会議室です。

議題（案）
1. 6月の災害・ヒヤリハット報告
2. 熱中症対策（WBGT 計測と休憩ルールの確認）
3. 7月後半の鉄骨建方に伴う立入禁止区域の設定

資料は前日までに共有フォルダに入れておきます。

{SIG_TAMU}

2025年6月17日(火) 9:14 丸三工業 堀 <hori@maruzo-kogyo.example.co.jp>:
> 田村様
>
> お世話になっております。丸三工業の堀です。
> 7月10日（木）16時からで問題ございません。弊社からは私と職長の上野が出席します。
>
> ┏━━━━━━━━━━━━━━━━━━━━┓
> 　丸三工業株式会社 工事部 課長　堀 雅之
> 　〒136-0000 東京都江東区南砂9-9-9
> 　TEL 03-0000-5120 ／ FAX 03-0000-5121
> 　携帯 090-0000-5120
> ┗━━━━━━━━━━━━━━━━━━━━┛
>
> 2025年6月16日(月) 18:30 田村 翔 <tamura.sho@owada-kensetsu.example.co.jp>:
>> 協力会社 各位
>>
>> 7月の災害防止協議会の候補日です。
>> ①7月9日（水）16:00〜 ②7月10日（木）16:00〜
>> ご都合をお知らせください。
>>
>> 大和田建設 安全管理課 田村
>
> 2025年6月16日(月) 19:02 永井鳶工業 永井 <nagai@nagai-tobi.example.co.jp>:
>> 田村さん　10日で大丈夫です。永井
"""))

    # IT outage + malware infection / isolation
    out.append(mail(
        ORG, "tamura", "none", "pass", "benign.it_outage_malware",
        "「障害」「感染」「隔離」は入退場システムとマルウェアの話で、人の健康情報ではないため。",
        TAMU, [addr("丸三工業 工事部 堀", "hori@maruzo-kogyo.example.co.jp")],
        cc=[addr("セキュアゲート サポート", "support@securegate.example.jp")],
        subject="【お知らせ】入退場管理システム障害と当面の入場手続き",
        text=f"""
丸三工業 堀様（協力会社 安全衛生協議会 幹事会社）

大和田建設 安全管理課の田村です。

本日朝から、港南三丁目作業所の入退場管理システム（顔認証ゲート）に障害が発生しています。
作業所事務所のPC 1台がマルウェアに感染した疑いがあり、当該PCと顔認証サーバを
ネットワークから隔離して調査中です。個人情報の流出は現時点で確認されていません。

復旧までの間は、以下の運用とします。
・入場時：ゲート横の受付で紙の入場記録に記入
・新規入場者教育：従来どおり（紙の受講記録）
・退場時：記入不要

参考：検知されたファイルのハッシュ値（SHA-1）
9b1e4c0a7d2f56e8c3a1b09d7e4f2a6c81d3e5f0

協議会の各社へ周知をお願いします。復旧の見込みは明日午前に再度連絡します。

{SIG_TAMU}
"""))

    # heatstroke aggregate + health management
    out.append(mail(
        ORG, "morishita", "none", "pass", "benign.heatstroke_aggregate",
        "熱中症の発生件数や健康経営の取組みを集計値で伝えるだけで、個人が特定されないため。",
        MORI, [addr("丸三工業 工事部 堀", "hori@maruzo-kogyo.example.co.jp")],
        cc=[addr("黒川 正人", f"m.kurokawa@{D}")],
        subject="熱中症対策の資料ご提供（安全衛生協議会 7月度）",
        text=f"""
丸三工業株式会社
工事部 堀 様

いつもお世話になっております。大和田建設 安全衛生部の森下でございます。
7月度の安全衛生協議会でお配りする熱中症対策資料の数値をお送りします。

【昨年度の当社現場における熱中症の発生状況】
・発生件数：7件（うち休業4日以上 1件、救急搬送 2件）
・発生時間帯：13時〜15時が5件
・入場3日以内の新規入場者：4件
・WBGT 31 以上の日の発生：6件

【今年度の取組み】
・全作業所へ WBGT 計を配備、朝礼で数値を読み上げ
・入場後1週間の「暑熱順化」期間は作業時間を短縮
・健康経営優良法人の認定更新に向けて、協力会社向け健康講話を年3回実施

資料は個人が特定されない形でまとめております。各社の朝礼等でご活用ください。

{SIG_MORI}
"""))

    # company vehicles' registration numbers
    out.append(mail(
        ORG, "tamura", "none", "pass", "benign.vehicle_numbers",
        "工事車両のナンバーは会社所有車両の情報で、個人の識別番号ではないため。",
        TAMU, [WANGAN],
        subject="工事車両の入構申請（6月第4週）",
        text=f"""
湾岸ロジスティクス
施設管理課 石井様

お世話になっております。大和田建設の田村です。
6月第4週（6/23〜6/27）の工事車両の入構申請をお送りします。

| No | 車両 | 登録番号 | 所有 | 入構日 |
| 1 | 4t ユニック | 品川 100 さ 12-34 | 丸三工業（株） | 6/23, 6/25 |
| 2 | 10t ダンプ | 足立 130 せ 56-78 | 北辰解体（株） | 6/23〜6/27 |
| 3 | 25t ラフタークレーン | 品川 800 す 90-12 | （有）東光クレーン | 6/19, 6/26 |
| 4 | 生コン車（4.4㎥） | 江東 100 ち 33-21 | 港南生コン（株） | 6/24 |
| 5 | ライトバン | 品川 400 ね 70-05 | 大和田建設（株） | 6/23〜6/27 |

搬入ルートは東側ゲートのみ使用し、9:00〜16:00 の間に限ります。
誘導員は丸の内警備保障から2名配置します。

{SIG_TAMU}
"""))

    # licence and corporate numbers in a company profile
    out.append(mail(
        ORG, "kurokawa", "none", "pass", "benign.license_corporate_numbers",
        "建設業許可番号・法人番号・認証番号は会社の公開情報で、個人の番号ではないため。",
        KURO, [addr("新日本倉庫 総務部 調達課", "chotatsu@shinnihon-soko.example.co.jp")],
        subject="取引先登録書類の送付（大和田建設）",
        text=f"""
新日本倉庫株式会社
総務部 調達課 御中

大和田建設 安全衛生部の黒川です。
取引先登録に必要な当社情報を以下のとおりお知らせします。

・商号：大和田建設株式会社
・法人番号：7010001088423
・建設業許可：国土交通大臣許可（特-3）第012345号（建築工事業 ほか8業種）
・一級建築士事務所登録：東京都知事登録 第61234号
・ISO 45001 認証番号：JQ-OH-2019-0458
・安全衛生責任者：安全衛生部長 黒川 正人
・過去3年間の休業災害度数率：0.42／0.38／0.51

登録書（押印済み）の原本は本日郵送しました。

{SIG_KURO}
"""))

    # condolence to a partner company
    out.append(mail(
        ORG, "kurokawa", "none", "pass", "benign.condolence",
        "協力会社前会長の逝去へのお悔やみと弔電・供花の手配で、要配慮情報や個人の連絡先を含まないため。",
        KURO, [MARUZO],
        subject="お悔やみ申し上げます",
        text=f"""
株式会社丸三工業
代表取締役 丸山 修 様

このたびは、前会長 丸山 源一郎 様のご逝去の報に接し、
謹んでお悔やみ申し上げます。
当社の創業期から長年にわたりお力添えをいただきましたこと、
社員一同、心より感謝しております。

ご葬儀には当社社長の大和田と私が参列させていただきます。
弔電および供花は当社総務部より手配いたしました。

ご多用の折、返信はどうぞお気遣いなく。
心よりご冥福をお祈り申し上げます。

{SIG_KURO}
"""))

    # vaccination schedule, no names
    out.append(mail(
        ORG, "morishita", "none", "pass", "benign.vaccination_schedule",
        "インフルエンザ予防接種の日程案内で、氏名や個人の健康情報は含まないため。",
        MORI, [addr("丸三工業 工事部 堀", "hori@maruzo-kogyo.example.co.jp")],
        cc=[addr("永井鳶工業 永井", "nagai@nagai-tobi.example.co.jp"),
            addr("港栄電設 岩崎", "iwasaki@koei-densetsu.example.co.jp")],
        subject="【ご案内】協力会社作業員向けインフルエンザ予防接種（集団接種）",
        text=f"""
協力会社 安全衛生ご担当者様

いつもお世話になっております。大和田建設 安全衛生部の森下でございます。
今年度も、協力会社の作業員の皆様を対象にインフルエンザの集団予防接種を実施します。

　日程：①10月21日（火） ②10月28日（火） ③11月6日（木）
　時間：各日 12:00〜13:00、17:00〜18:30
　会場：港南三丁目作業所 2階休憩室
　費用：1人 1,500円（残額は当社負担）
　実施：さんのう産業医クリニック

お申込みは、各社で人数のみ取りまとめのうえ、10月10日（金）までにご連絡ください。
個人のお名前や問診票は当日会場で直接ご記入いただきますので、事前のご送付は不要です。

{SIG_MORI}
"""))

    # English mail to a JV partner
    out.append(mail(
        ORG, "tamura", "none", "pass", "benign.english_jv_safety_audit",
        "JVパートナーとの安全監査の日程調整で、担当者名と業務情報だけのため。",
        TAMU, [addr("Marcus Lee", "marcus.lee@sgbuild.example.com.sg")],
        cc=[addr("Priya Nair", "priya.nair@sgbuild.example.com.sg"),
            addr("黒川 正人", f"m.kurokawa@{D}")],
        subject="Joint safety audit at Konan 3-chome site - schedule and checklist",
        text=f"""
Dear Marcus,

Thank you for your message and for sending Priya's draft checklist.

We are happy to host the joint safety audit on Wednesday 9 July, 9:30-15:00.
Proposed programme:

- 09:30 Welcome and site induction (Site office, 2F)
- 10:00 Walk-through: scaffolding, openings, crane lifting zone
- 12:00 Lunch
- 13:00 Document review (risk assessments, permit-to-work, toolbox talk records)
- 14:30 Wrap-up with our department head, Mr. Kurokawa

Please bring your own safety boots; helmets, harnesses and vests will be provided.
Our site manager, Mr. Harada, will accompany you during the walk-through.

Could you confirm the names of the attendees by 2 July so we can prepare visitor passes?

Best regards,

{SIG_TAMU_EN}
"""))

    # patrol minutes naming partner foremen
    out.append(mail(
        ORG, "tamura", "none", "pass", "benign.safety_patrol_minutes",
        "安全パトロールの議事録で、協力会社の職長名と指摘事項だけを記録しているため。",
        TAMU, [addr("丸三工業 工事部 堀", "hori@maruzo-kogyo.example.co.jp")],
        cc=[addr("北辰解体 岡本", "okamoto@hokushin-kaitai.example.co.jp"),
            addr("永井鳶工業 永井", "nagai@nagai-tobi.example.co.jp"),
            addr("原田 剛", f"t.harada@{D}")],
        subject="6/18 合同安全パトロール 議事録",
        text=f"""
関係各位

大和田建設 田村です。6/18 の合同安全パトロールの議事録を送ります。

■ 日時：2025年6月18日（水）13:30〜15:00
■ 場所：港南三丁目物流センター新築工事 全域
■ 参加：
　大和田建設　黒川（安全衛生部長）、原田（所長）、田村
　丸三工業　堀（工事部）、上野（鉄筋職長）
　永井鳶工業　永井（職長）
　北辰解体　岡本（工事部）

■ 指摘事項
1. 3階東側開口部の養生が一部外れていた → 丸三工業 上野職長が即日是正（済）
2. 外部足場 4層目の手すり中さん欠落 → 永井鳶工業 6/19 午前中に是正
3. 解体ヤードの散水不足 → 北辰解体 散水担当を1名増員
4. 休憩所の WBGT 計の電池切れ → 大和田建設 田村 交換（済）

■ 次回：7月2日（水）13:30〜

{SIG_TAMU}
"""))

    # training fee paid to an association's corporate account
    out.append(mail(
        ORG, "morishita", "none", "pass", "benign.training_fee_corporate_account",
        "振込先は講習機関（法人）の口座で、個人の口座情報ではないため。",
        MORI, [addr("首都圏建設安全教育協会 講習課", "koshu@shuto-anzen.example.or.jp")],
        subject="フルハーネス特別教育 受講申込と受講料のお振込について",
        text=f"""
一般社団法人 首都圏建設安全教育協会
講習課 ご担当者様

お世話になっております。大和田建設 安全衛生部の森下です。

7月15日（火）開催の「フルハーネス型墜落制止用器具 特別教育」について、
当社から8名の受講を申し込みます。受講者名簿は貴協会の申込フォームから登録済みです。

受講料（8名 × 12,100円 ＝ 96,800円）は、ご案内いただいた下記口座へ
7月4日（金）までにお振込みいたします。

　振込先：首都東和銀行 八丁堀支店 普通 1094582
　口座名義：シャ）シュトケンセツアンゼンキョウイクキョウカイ

請求書・領収書は当社 安全衛生部 森下宛にお送りください。

{SIG_MORI}
"""))

    return out
