"""Org E: 清和大学 学生相談室 (university student counselling office)."""
from common import Writer, mail, att, csv_text, quote, yamato, dashed_tracking

ORG = "E"
DOMAIN = "seiwa-u.example.ac.jp"

MIYASHITA = Writer("miyashita", "宮下 恵 <miyashita.megumi@seiwa-u.example.ac.jp>", """
――
清和大学 学生相談室
カウンセラー（公認心理師・臨床心理士）宮下 恵
内線 3381
""")

KINOSHITA = Writer("kinoshita", "清和大学 学生相談室 木下 <soudan@seiwa-u.example.ac.jp>", """
==================================================
清和大学 学生支援課 学生相談室
木下 翔（きのした しょう）
〒192-0000 東京都八王子市清和台1-1 学生会館2階
TEL 042-0000-3380　FAX 042-0000-3389
開室時間：平日 9:00～17:00
==================================================
このメールは、学生相談室から送信しています。
心当たりのない場合は、お手数ですが削除のうえご連絡ください。
""")

HASEBE = Writer("hasebe", "Toru Hasebe 長谷部 透 <hasebe.t@seiwa-u.example.ac.jp>", """
--
長谷部 透 / Toru Hasebe, MD, PhD
清和大学 学生相談室長・保健管理センター 教授（精神科医）
Director, Student Counselling Office, Seiwa University
""")


def mails():
    out = []
    add = out.append

    # ------------------------------------------------------------ HOLDS
    # body 1: referral to an outside mental clinic
    add(mail(ORG, MIYASHITA, "hold", "sensitive.mental_health_referral",
             "A named student's depressive symptoms, suicidal ideation, student number and phone are sent to an outside clinic.",
             "body",
             ["はちおうじ駅前こころのクリニック 受付 <uketsuke@hachioji-kokoro.example.jp>"],
             "初診のご依頼（清和大学 学生相談室より）",
             f"""
はちおうじ駅前こころのクリニック
院長 西脇 先生

いつもお世話になっております。清和大学 学生相談室の宮下です。
本日お電話でお願いした学生の初診につき、概要をお送りします。

　氏名：今井 颯太（いまい そうた）さん　経済学部2年（学籍番号 23E1047）
　生年月日：2005年6月21日
　連絡先：090-0000-8253（本人携帯）
　主訴：9月頃からの不眠（入眠困難・中途覚醒）、食欲低下、授業に出られない
　相談室での見立て：抑うつ状態。10月以降、「消えてしまいたい」という発言が2回あり。
　　　　　　　　　　具体的な計画は否定していますが、希死念慮は続いています。
　家族：一人暮らし。保護者（母）には本人の同意を得て連絡済み。

ご本人は11月20日（木）15時の枠を希望しています。受診には私が同行する予定です。
どうぞよろしくお願いいたします。

{MIYASHITA.sig}
""",
             personal=[("name", "今井 颯太"), ("student_id", "23E1047"), ("birth_date", "2005年6月21日"),
                       ("phone", "090-0000-8253"), ("diagnosis", "抑うつ状態")]))

    # body 2: exchange student's diagnosis to a partner university (English)
    add(mail(ORG, HASEBE, "hold", "sensitive.health_exchange_partner",
             "An English mail tells a partner university a named exchange student's diagnosis and medication.",
             "body",
             ["Dr. Rachel Whitford <r.whitford@northbay-univ.example.edu>"],
             "Exchange student Emily Carter – health update and return plan",
             f"""
Dear Dr. Whitford,

Thank you for your call yesterday. As agreed, here is a short update on Emily Carter
(Northbay University exchange student, Seiwa ID X25-0311, DOB 14 February 2004).

Emily was seen at our Health Centre on 5 November and again on 12 November.
She has been diagnosed with adjustment disorder with depressed mood and started
sertraline 25 mg daily on 12 November. She has missed most classes since mid-October
and reports panic attacks in crowded trains.

She wishes to return home at the end of the autumn term (19 December) rather than
complete the full year. Our international office will contact your study-abroad team
about credits. I would be grateful if your counselling service could arrange a first
appointment for her in the week of 5 January.

Kind regards,

{HASEBE.sig}
""",
             personal=[("name", "Emily Carter"), ("birth_date", "14 February 2004"),
                       ("diagnosis", "adjustment disorder with depressed mood"), ("medication", "sertraline 25 mg")]))

    # body 3: residence card and passport numbers to an administrative scrivener
    add(mail(ORG, KINOSHITA, "hold", "id.residence_card",
             "An international student's residence-card and passport numbers with birth date are sent to an outside scrivener.",
             "body",
             ["行政書士 谷口事務所 <taniguchi@taniguchi-gyosei.example.jp>"],
             "在留期間更新申請の取次のお願い（グエン・ヴァン・ミン さん）",
             f"""
行政書士 谷口事務所
谷口 先生

いつもお世話になっております。清和大学 学生相談室の木下です。
相談室で支援している留学生の在留期間更新について、申請取次をお願いしたくご連絡しました。
休学からの復学手続きと並行しているため、本人の負担を減らしたいと考えています。

　氏名：NGUYEN VAN MINH（グエン・ヴァン・ミン）
　国籍：ベトナム
　生年月日：2002年9月15日
　在留カード番号：UH48231097EN
　旅券番号：C7714205
　在留期限：2026年1月8日
　連絡先：080-0000-5672

必要書類（在学証明書、成績証明書）は学務課で発行済みです。
来週、本人と一緒に事務所に伺うことは可能でしょうか。

{KINOSHITA.sig}
""",
             personal=[("name", "NGUYEN VAN MINH"), ("residence_card", "UH48231097EN"),
                       ("passport", "C7714205"), ("birth_date", "2002年9月15日"), ("phone", "080-0000-5672")]))

    # attachment 1: client roster to an EAP contractor
    roster = [
        ("23E1047", "今井 颯太", "経済2", "090-0000-8253", "不眠・抑うつ", "高", "宮下"),
        ("22L0318", "松本 陽菜", "文3", "080-0000-4410", "摂食の問題", "高", "宮下"),
        ("24S2205", "大槻 蓮", "理工1", "070-0000-1936", "対人関係・不登校傾向", "中", "外部（水野）"),
        ("21B0762", "片山 美咲", "経営4", "090-0000-6681", "就活不安・パニック発作", "中", "宮下"),
        ("23L0549", "遠山 真白", "文2", "080-0000-2217", "家族関係（DV目撃）", "中", "外部（水野）"),
        ("22E0931", "佐川 大翔", "経済3", "090-0000-3074", "ギャンブル・借金", "低", "外部（水野）"),
    ]
    add(mail(ORG, KINOSHITA, "hold", "list.counselling_roster",
             "The attached CSV lists counselling clients' names, student numbers, phones, presenting problems and risk levels for an outside contractor.",
             "attachment",
             ["株式会社メンタルブリッジ 大学支援チーム 水野様 <mizuno@mental-bridge.example.co.jp>"],
             "冬季休業中の対応依頼者リスト",
             f"""
株式会社メンタルブリッジ
大学支援チーム　水野 様

いつもお世話になっております。清和大学 学生相談室の木下です。
冬季休業中（12/24～1/6）の電話相談対応について、
継続フォローをお願いしたい学生の一覧をお送りします。
リスク「高」の2名は、連絡があった場合、室長の長谷部にも当日中にご連絡ください。

{KINOSHITA.sig}
""",
             attachments=[att("冬季休業中_フォロー対象者.csv",
                              csv_text(["学籍番号", "氏名", "学部学年", "電話", "主訴", "リスク", "担当"], roster))],
             personal=[("name", "今井 颯太"), ("phone", "090-0000-8253"), ("name", "松本 陽菜"),
                       ("name", "遠山 真白"), ("name", "佐川 大翔")]))

    # attachment 2: accommodation request with diagnosis to an internship company
    add(mail(ORG, MIYASHITA, "hold", "sensitive.accommodation_request",
             "The attached accommodation letter discloses a named student's autism and ADHD diagnoses and medication to an internship host.",
             "attachment",
             ["株式会社オーシャンデータ 人事部 インターン担当 <intern@oceandata.example.co.jp>"],
             "インターンシップ参加学生への配慮のお願い",
             f"""
株式会社オーシャンデータ
人事部 インターンシップご担当者様

お世話になっております。清和大学 学生相談室の宮下と申します。
12月のインターンシップに参加させていただく本学学生について、
ご本人の希望により、配慮のお願いの文書をお送りいたします。
ご不明な点がありましたら、私までご連絡いただけますと幸いです。

{MIYASHITA.sig}
""",
             attachments=[att("合理的配慮依頼書_インターンシップ.pdf", """
2025年11月18日
株式会社オーシャンデータ 御中
清和大学 学生相談室

合理的配慮に関するお願い

対象学生：理工学部情報科学科3年　北原 湊（学籍番号 23S0412）
実習期間：2025年12月8日～12月19日

1. 障害等の状況
　自閉スペクトラム症（ASD）および注意欠如・多動症（ADHD）の診断を受けています（2021年、主治医：多摩こども発達クリニック）。
　現在、アトモキセチンを服用中です。
2. 配慮をお願いしたい事項
　・指示は口頭だけでなく、チャットやメモなど文字でもお伝えいただけると助かります。
　・オープンスペースでの作業が難しい場合があるため、可能であればイヤーマフの使用をお認めください。
　・予定の急な変更は、できるだけ前日までにお知らせください。
3. 連絡先
　学生相談室 宮下（内線 3381）
"""),],
             personal=[("name", "北原 湊"), ("student_id", "23S0412"),
                       ("diagnosis", "自閉スペクトラム症（ASD）"), ("diagnosis", "注意欠如・多動症（ADHD）")]))

    # quoted 1: student's self-harm message quoted to an outside psychiatrist
    stu = """
-----Original Message-----
From: 新田 莉子 <riko.nitta.0412@gmail.com>
Sent: Monday, November 17, 2025 1:52 AM
To: 宮下 恵 <miyashita.megumi@seiwa-u.example.ac.jp>
Subject: 明日の面談

宮下先生
夜遅くにすみません。文学部1年の新田です。
また手首を切ってしまいました。前より深くて、自分で手当てしました。
明日の面談、行けるかわかりません。寮の部屋（清和台寮 B棟214）にいます。
携帯は 070-0000-8841 です。親には言わないでください。
"""
    add(mail(ORG, MIYASHITA, "hold", "sensitive.self_harm_quoted",
             "The quoted student e-mail reveals her self-harm, dorm room and phone to an outside psychiatrist.",
             "quoted",
             ["多摩中央病院 精神科 外来 松永先生 <matsunaga@tama-chuo-hp.example.jp>"],
             "FW: 明日の面談",
             f"""
松永先生

先ほどお電話でご相談した学生の件です。経緯がわかるよう、本人からのメールを転送します。
本日午前に室長と面談し、明日の受診に本人も同意しています。

{MIYASHITA.sig}

{stu}
""",
             personal=[("name", "新田 莉子"), ("self_harm", "手首を切ってしまいました"),
                       ("phone", "070-0000-8841"), ("email", "riko.nitta.0412@gmail.com")]))

    # quoted 2: harassment record forwarded to outside counsel
    rec = """
> ---- 相談記録（要旨）2025/11/06 記録者：宮下 ----
> 相談者：岡田 七海さん（大学院 文学研究科 修士1年）
> 内容：指導教員の 小西 准教授 から、研究室での二人きりの指導中に
> 　　　身体を触られる、飲酒の席で帰宅を引き止められる等の行為が春から続いている。
> 　　　10月の学会出張では、同じ部屋に泊まるよう求められた（断ったとのこと）。
> 　　　不眠と過呼吸の症状があり、研究室に行けていない。
> 希望：指導教員の変更。正式な申立てをするかは迷っている。加害者に知られることを強く恐れている。
"""
    add(mail(ORG, HASEBE, "hold", "sensitive.harassment_quoted",
             "The quoted counselling record names a sexual-harassment victim, the accused lecturer and her symptoms to outside counsel.",
             "quoted",
             ["弁護士 小池 由美（外部ハラスメント相談窓口） <koike@koike-yumi-law.example.jp>"],
             "ご相談の件（11/20の面談に先立って）",
             f"""
小池先生

お世話になっております。清和大学 学生相談室の長谷部です。
11月20日に先生の外部相談窓口で面談いただく件、ご本人の了承を得ておりますので、
相談室で記録した内容の要旨を下記にお送りします。
面談には宮下が同席する予定です。よろしくお願いいたします。

{HASEBE.sig}

{rec}
""",
             personal=[("name", "岡田 七海"), ("name", "小西"), ("crime_victim", "身体を触られる"),
                       ("health", "不眠と過呼吸")]))

    # subject only
    add(mail(ORG, KINOSHITA, "hold", "sensitive.subject_eating_disorder",
             "The subject line names a student and her eating disorder; the body only promises a phone call.",
             "subject",
             ["多摩中央病院 医療相談室 <iryo-soudan@tama-chuo-hp.example.jp>"],
             "Re: 松本 陽菜さん（文学部3年）摂食障害 入院先の件",
             f"""
多摩中央病院 医療相談室
ご担当者様

ご連絡ありがとうございます。清和大学 学生相談室の木下です。
標記の件、明日の午後に担当カウンセラーの宮下から改めてお電話いたします。
引き続きよろしくお願いいたします。

{KINOSHITA.sig}
""",
             personal=[("name", "松本 陽菜"), ("diagnosis", "摂食障害")]))

    # zip: plain zip containing a reservation register
    resv = [
        ("2025-10-01 10:00", "22L0318", "松本 陽菜", "matsumoto.hina@st.seiwa-u.example.ac.jp", "継続", "宮下", "体重減少・食事"),
        ("2025-10-01 13:00", "24S2205", "大槻 蓮", "otsuki.ren@st.seiwa-u.example.ac.jp", "初回", "宮下", "授業に出られない"),
        ("2025-10-02 11:00", "21B0762", "片山 美咲", "katayama.misaki@st.seiwa-u.example.ac.jp", "継続", "宮下", "パニック発作"),
        ("2025-10-03 15:00", "23E1047", "今井 颯太", "imai.sota@st.seiwa-u.example.ac.jp", "初回", "宮下", "不眠"),
        ("2025-10-06 14:00", "23L0549", "遠山 真白", "toyama.mashiro@st.seiwa-u.example.ac.jp", "継続", "長谷部", "家族関係"),
        ("2025-10-07 10:00", "25L1120", "新田 莉子", "nitta.riko@st.seiwa-u.example.ac.jp", "初回", "宮下", "自傷"),
    ]
    add(mail(ORG, KINOSHITA, "hold", "list.reservation_zip",
             "A plain zip sent to the booking-system vendor contains a register of students' names, IDs and counselling reasons.",
             "zip",
             ["キャンパスシステムズ 導入支援 <dounyu@campus-systems.example.co.jp>"],
             "新予約システム 移行用データの送付",
             f"""
キャンパスシステムズ株式会社
導入支援ご担当者様

お世話になっております。清和大学 学生相談室の木下です。
先日のお打合せでご依頼のあった、移行テスト用のデータをお送りします。
現行システムから10月分の予約データを書き出したものです（zipにまとめています）。
項目のマッピングについてご不明な点があれば、お知らせください。

{KINOSHITA.sig}
""",
             attachments=[att("yoyaku_export_202510.zip/yoyaku_202510.csv",
                              csv_text(["予約日時", "学籍番号", "氏名", "メール", "区分", "担当", "相談内容メモ"], resv), "csv"),
                          att("yoyaku_export_202510.zip/項目定義.txt",
                              "予約日時: YYYY-MM-DD HH:MM\n区分: 初回/継続\n相談内容メモ: 受付時の自由記述（先頭20文字）\n", "txt")],
             personal=[("name", "松本 陽菜"), ("name", "新田 莉子"), ("student_id", "25L1120"),
                       ("email", "imai.sota@st.seiwa-u.example.ac.jp")]))

    # recipients: study-group invitation with 12 outside counsellors visible
    peers = [
        "武蔵野学院大学 学生相談室 <soudan@musashino-gakuin.example.ac.jp>",
        "多摩理科大学 学生相談センター 岩城様 <iwaki@tama-rika.example.ac.jp>",
        "八王子国際大学 カウンセリングルーム <counsel@hachioji-intl.example.ac.jp>",
        "相模女子学園大学 学生相談室 <soudan@sagami-joshi.example.ac.jp>",
        "東京西部看護大学 学生支援室 <shien@tokyo-seibu-ns.example.ac.jp>",
        "日野工科大学 保健センター 吉村様 <yoshimura@hino-tech.example.ac.jp>",
        "府中芸術大学 学生相談室 <soudan@fuchu-arts.example.ac.jp>",
        "立川経済大学 学生相談室 堀様 <hori@tachikawa-econ.example.ac.jp>",
        "町田福祉大学 こころの相談室 <kokoro@machida-fukushi.example.ac.jp>",
        "青梅教育大学 学生相談センター <center@ome-edu.example.ac.jp>",
        "関東こども大学 学生支援センター <shien@kanto-kodomo.example.ac.jp>",
        "臨床心理士 桑原 美紀 <miki.kuwabara.cp@gmail.com>",
    ]
    add(mail(ORG, MIYASHITA, "hold", "recipients.visible_to",
             "Twelve counsellors at other universities and a private practitioner are visible to each other in To.",
             "recipients",
             peers,
             "【多摩地区 学生相談研究会】12月例会のご案内",
             f"""
多摩地区 学生相談研究会 会員の皆様

いつもお世話になっております。今期の幹事校を務めております清和大学 学生相談室の宮下です。
12月例会を下記のとおり開催いたします。

　日時：12月12日（金）14:00～16:30
　会場：清和大学 学生会館3階 多目的室（オンライン併用）
　テーマ：「休学・復学を繰り返す学生への支援」
　話題提供：相模女子学園大学 学生相談室、清和大学 学生相談室
　※事例検討は、個人が特定されない形に加工した資料で行います。

出欠は12月5日までに宮下までご返信ください。

{MIYASHITA.sig}
"""))

    # ------------------------------------------------------------ PASSES
    # annual statistics (aggregate)
    add(mail(ORG, HASEBE, "pass", "benign.annual_statistics",
             "Annual counselling statistics for a national survey are aggregate counts only.",
             "pass",
             ["日本学生相談学会 調査委員会 <chosa@jascs-survey.example.or.jp>"],
             "2024年度 学生相談機関実態調査 回答の送付",
             f"""
日本学生相談学会 調査委員会 御中

清和大学 学生相談室の長谷部です。標記調査の回答を送付いたします。

　在籍学生数：8,412名
　来談学生実数：612名（来談率 7.3%）／延べ面接回数：4,287回
　主訴別（実数）：心理・性格 38%、修学・進路 24%、対人関係 18%、心身の健康 15%、その他 5%
　外部医療機関への紹介：41件
　危機対応（自殺念慮等）：27件
　カウンセラー：常勤2名、非常勤5名（週計68時間）

前年度と比べ、オンライン面接の割合が 31% から 19% に減少しています。
自由記述欄は添付の回答票に記入しました。

{HASEBE.sig}
""",
             attachments=[att("2024実態調査_回答票_清和大学.xlsx", "設問,回答\n来談学生実数,612\n延べ面接回数,4287\n外部医療機関紹介件数,41\n危機対応件数,27\n常勤カウンセラー数,2\n非常勤カウンセラー数,5\n")]))

    # lecture request with heavy signatures
    add(mail(ORG, MIYASHITA, "pass", "benign.lecture_request",
             "A lecture request and scheduling with an outside psychologist; only professional names and signatures appear.",
             "pass",
             ["野々村 涼子 <nonomura@nonomura-shinri.example.jp>"],
             "Re: FD研修会 講師のお願い（ご快諾の御礼と日程）",
             f"""
野々村 涼子 先生

ご快諾いただき、本当にありがとうございます。清和大学 学生相談室の宮下です。
教職員向けFD研修会の詳細をお送りします。

　日時：2026年1月22日（木）13:30～15:00（講演60分＋質疑30分）
　会場：清和大学 本館4階 大会議室（オンライン同時配信あり）
　対象：教職員 約120名
　テーマ：「気になる学生への声かけ―教員ができること、相談室につなぐタイミング」

謝金と交通費の手続きは事務の木下からご連絡いたします。
スライドは1月15日頃までにいただけますと、配布資料の準備が間に合います。

{MIYASHITA.sig}

> 宮下先生
> ご依頼ありがとうございます。1月22日（木）午後であれば伺えます。
> テーマについては、ご提案の内容で問題ありません。
> ----
> 野々村心理オフィス
> 臨床心理士・公認心理師　野々村 涼子
> 〒180-0000 東京都武蔵野市吉祥寺台2-11-3 ラウンドビル4F
> TEL 0422-0000-6170
"""))

    # lecturer's own fee with a masked account
    add(mail(ORG, KINOSHITA, "pass", "benign.lecturer_fee_self",
             "A fee notice sent to the lecturer herself, with her own bank account masked.",
             "pass",
             ["野々村 涼子 <nonomura@nonomura-shinri.example.jp>"],
             "FD研修会 謝金・交通費のお支払いについて",
             f"""
野々村 涼子 先生

このたびは講師をお引き受けいただき、ありがとうございます。
清和大学 学生相談室 事務の木下と申します。謝金等のお支払いについてご連絡いたします。

　謝金：50,000円（源泉徴収税 5,105円を差し引いた 44,895円をお振込）
　交通費：1,480円（吉祥寺～清和台 往復）
　お振込先：ご登録の口座（むさしの銀行 吉祥寺支店 普通 ****382）
　お振込予定日：2026年2月27日（金）

前回ご登録いただいた口座から変更がある場合は、お知らせください。
当日は受付で「支払調書」の住所確認をお願いすることがございます。

{KINOSHITA.sig}
"""))

    # vaccination schedule, aggregate
    add(mail(ORG, KINOSHITA, "pass", "benign.vaccination_schedule",
             "A measles/rubella antibody-test and vaccination schedule for a dormitory, with no named individuals.",
             "pass",
             ["清和台学生寮 管理会社 ユニライフ 寮長 <ryocho@unilife-dorm.example.co.jp>"],
             cc=["清和大学 保健管理センター <hoken@seiwa-u.example.ac.jp>"],
             subject="麻しん・風しん 抗体検査とワクチン接種のご案内（寮生向け）",
             text=f"""
ユニライフ 清和台学生寮
寮長 様

いつもお世話になっております。清和大学 学生相談室の木下です。
保健管理センターからの依頼で、寮生向けの案内の掲示をお願いしたくご連絡しました。

教育実習・病院実習に参加する学生を中心に、麻しん・風しんの感染予防のため、
抗体検査とワクチン接種を下記の日程で行います。

　抗体検査：12月2日（火）・3日（水）10:00～16:00　保健管理センター
　ワクチン接種（抗体価が基準未満の人）：1月13日（火）～16日（金）
　費用：抗体検査 無料、ワクチン 4,000円（実習予定者は大学負担）

昨年度は寮生 142名中 98名が検査を受け、31名が接種対象でした。
掲示用のポスター（A3）を、明日寮の事務室にお届けします。

{KINOSHITA.sig}
"""))

    # disability support programme, aggregate
    add(mail(ORG, HASEBE, "pass", "benign.disability_support_aggregate",
             "An outline of the university's disability-support programme with aggregate figures only.",
             "pass",
             ["都立多摩西高等学校 進路指導部 <shinro@tamanishi-hs.example.ed.jp>"],
             "障害学生支援についての説明（進路説明会のご依頼への回答）",
             f"""
都立多摩西高等学校
進路指導部 ご担当の先生

お問い合わせありがとうございます。清和大学 学生相談室長の長谷部です。
本学の障害のある学生への支援体制について、概要をお知らせします。

　・支援を受けている学生：48名（2025年5月1日現在）
　　内訳：発達障害 19名、精神障害 14名、肢体不自由 6名、聴覚障害 4名、視覚障害 2名、その他 3名
　・窓口：学生相談室内の「アクセシビリティ支援ルーム」（コーディネーター2名）
　・主な支援：試験時間の延長、ノートテイク・字幕付与、履修相談、実習先との事前調整
　・入学前相談：出願前から個別の相談をお受けしています（保護者同席可）

12月の進路説明会には、コーディネーターの宮下が伺う予定です。
生徒さん個人についてのご相談は、説明会後に個別に承ります。

{HASEBE.sig}
"""))

    # reply to the student herself
    add(mail(ORG, MIYASHITA, "pass", "benign.mail_to_data_subject",
             "A reply to the student herself confirming her own counselling appointment.",
             "pass",
             ["片山 美咲 <misaki.katayama.1221@gmail.com>"],
             "Re: 面談日の変更について",
             f"""
片山 美咲 さん

メールありがとう。学生相談室の宮下です。
面談の変更、了解しました。11月27日（木）14時からに変更しておきます。
場所はいつもの面談室2です。

前回お話ししてくれた、面接の前に息苦しくなる件、その後どうですか。
教えた呼吸の練習、少しでも試せていたら、次回様子を聞かせてください。
しんどい時は、予約の日まで待たずに連絡してくれて大丈夫です。

{MIYASHITA.sig}

> 宮下先生
> 来週の面談ですが、最終面接が入ってしまったので別の日に変えていただけますか。
> 27日か28日の午後だと助かります。
> 経営学部4年 片山
"""))

    # English: joint webinar with a partner university
    add(mail(ORG, HASEBE, "pass", "benign.partner_webinar",
             "An English planning mail for a joint webinar between counselling centres; staff names only.",
             "pass",
             ["Dr. Rachel Whitford <r.whitford@northbay-univ.example.edu>"],
             cc=["Dr. Anil Mehta <a.mehta@northbay-univ.example.edu>",
                 "International Office <intl@seiwa-u.example.ac.jp>"],
             subject="Joint webinar on student wellbeing – draft programme",
             text=f"""
Dear Rachel and Anil,

Thank you again for proposing the joint webinar. Please find below a draft programme.

  Date:  Thursday 26 February 2026, 9:00–10:30 JST (Wednesday 25 February, 16:00–17:30 PST)
  Title: "Supporting students across borders: before, during and after exchange"
  1. Opening – Toru Hasebe (Seiwa) and Rachel Whitford (Northbay)
  2. Pre-departure orientation on mental health – Anil Mehta
  3. Case-based discussion (fictional composite cases only) – Megumi Miyashita
  4. Q&A with students from the peer-support groups of both universities

We will host it on our Zoom account and record it for internal use only.
Could you let me know by 15 December whether the time slot suits your team?

Best wishes,

{HASEBE.sig}
"""))

    # booking-system outage
    add(mail(ORG, KINOSHITA, "pass", "benign.it_outage",
             "\"障害\" refers to an outage of the online booking system; only error codes, times and log hashes are given.",
             "pass",
             ["キャンパスシステムズ サポート <support@campus-systems.example.co.jp>"],
             "【障害】オンライン予約画面が表示されない（11/18 8:30～）",
             f"""
キャンパスシステムズ株式会社
サポートご担当者様

お世話になっております。清和大学 学生相談室の木下です。
本日 8:30 頃から、学生向けのオンライン予約画面が表示されない障害が発生しています。

　URL：https://soudan-yoyaku.seiwa-u.example.ac.jp/
　現象：「503 Service Unavailable」が表示される（学内・学外とも）
　管理画面：ログインは可能。予約一覧の表示が30秒以上かかる
　サーバーログの該当エントリ：
　　2025-11-18T08:29:51+09:00 app01 worker exited (code 137)
　　sha256: 9f2c4e81a07b3d55e6c01f98b2a4d7730e5c1b6a94d2f08e317c5a60b8d4e2f1

学生には掲示と電話予約で案内しています。復旧見込みがわかりましたらご連絡ください。

{KINOSHITA.sig}
"""))

    # book order with ISBN/JAN and a tracking number
    t1 = yamato("57120938846")
    add(mail(ORG, KINOSHITA, "pass", "benign.book_order",
             "A book and test-form order with ISBNs, order numbers and a Yamato tracking number.",
             "pass",
             ["学術書センター 八王子営業所 <hachioji@gakujutsu-books.example.co.jp>"],
             "Re: ご注文品の発送について（注文番号 GB-2511-03318）",
             f"""
学術書センター 八王子営業所
ご担当者様

お世話になっております。清和大学 学生相談室の木下です。
発送のご連絡ありがとうございます。送り状番号（{dashed_tracking(t1)}）で追跡できました。

注文内容の確認です。
　・『学生相談ハンドブック 新訂版』ISBN 978-4-0000-3128-4　×2冊
　・『大学生のメンタルヘルス支援入門』ISBN 978-4-0000-5517-4　×3冊
　・心理検査用紙 ○○式 人格検査（50部入）JAN 4910000271183　×2

請求書は公費扱いのため、「清和大学 学生支援課」宛てで、
見積書・納品書・請求書の3点セットでお願いいたします。

{KINOSHITA.sig}
"""))

    # successor introduction + plain zip of leaflet data
    add(mail(ORG, KINOSHITA, "pass", "benign.successor_plain_zip",
             "A successor introduction with a plain zip of leaflet artwork for the printer; no personal data.",
             "pass",
             ["株式会社多摩印刷 営業部 堀内様 <horiuchi@tama-insatsu.example.co.jp>"],
             cc=["森 千尋 <mori.chihiro@seiwa-u.example.ac.jp>"],
             subject="リーフレット増刷のお願いと担当交代のご挨拶",
             text=f"""
株式会社多摩印刷
営業部　堀内 様

いつもお世話になっております。清和大学 学生相談室の木下です。
学生相談室リーフレット（A4三つ折り）の増刷をお願いします。
原稿は前回から電話番号と開室時間を一部修正しています。データはzipで添付します。

　部数：3,000部
　納品希望：2026年3月13日（金）までに学生会館2階 学生相談室へ

また、私事ですが、1月1日付で学務課へ異動となります。
後任は森 千尋（もり ちひろ）です（CCに入れています）。
在任中は大変お世話になりました。今後ともよろしくお願いいたします。

{KINOSHITA.sig}
""",
             attachments=[att("soudan_leaflet_2026.zip", "soudan_leaflet_2026.zip の内容:\nleaflet_2026_outline.ai\nleaflet_2026_preview.pdf\nfonts_list.txt\nimages/counselling_room.jpg\nimages/campus_map.png\n", "zip")]))

    return out
