"""Org D: 翔英ゼミナール（株式会社翔英教育）本部・湘南台教室."""

from common import (P, addr, attachment, csv_text, make, outlook_original,
                    quote, table, wrote, zip_entries)

ORG = "D"
DOMAIN = "shoei-zemi.example.co.jp"

W = {
    "matsuoka": addr("松岡 直樹", f"n-matsuoka@{DOMAIN}"),
    "takada": addr("翔英ゼミナール 本部総務 高田", f"e-takada@{DOMAIN}"),
    "nishimura": addr("西村拓也(翔英ゼミ湘南台)", f"shonandai@{DOMAIN}"),
}

SIG_MATSUOKA = """\
----------------------------------------
翔英ゼミナール 本部 教務部
松岡 直樹
TEL 045-0000-6610（教務部直通）
----------------------------------------"""

SIG_TAKADA = """\
◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇
株式会社翔英教育（翔英ゼミナール）
本部 総務部　高田 恵美（たかだ えみ）
〒231-0000 神奈川県横浜市中区住吉町2-18 翔英ビル5F
TEL 045-0000-6600（代表）　FAX 045-0000-6601
受付時間 平日 10:00〜18:00
◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇"""

SIG_NISHIMURA = """\
**************************
翔英ゼミナール 湘南台教室
教室長 西村拓也
TEL 0466-0000-4120
(火〜土 14:00-22:00)
**************************"""

AKIYAMA = addr("湘南エデュケーション 辻堂教室 秋山 様", "akiyama@shonan-edu.example.co.jp")


def mails():
    out = []

    def add(writer, loc, kind, why, to, subject, text, **kw):
        out.append(make(ORG, writer, loc, kind, why, W[writer], to, subject, text, **kw))

    # ------------------------------------------------------------------ holds
    add("nishimura", "body", "sensitive.other_child_infection_to_parent",
        "Replying to one parent, the head teacher names another pupil who is off with influenza.",
        [addr("小林 恭子", "kyoko.kobayashi.0918@gmail.com")],
        "Re: 颯太の欠席について",
        f"""
小林様

ご連絡ありがとうございます!翔英ゼミ湘南台の西村です.
颯太くん、お大事になさってください.

今週の数学の授業は、来週火曜(7/15)の19:00から振替でやりますね.
同じクラスの坂本 蒼くんもインフルエンザで今週お休みしてるので、
二人一緒に振替授業をする予定です.

プリントは教室に取っておきますので、元気になったら来てください!

{SIG_NISHIMURA}

{quote('''翔英ゼミナール 西村先生

いつもお世話になっております。小林颯太の母です。
颯太が昨夜から熱を出してしまい、今週の授業はお休みさせてください。
振替授業はお願いできますでしょうか。

小林''', wrote("2025/07/08 7:52", "小林 恭子", "kyoko.kobayashi.0918@gmail.com"))}
""",
        personal=[P("name", "坂本 蒼"), P("health", "インフルエンザ")])

    add("matsuoka", "body", "sensitive.adhd_diagnosis_to_tutor_agency",
        "A hand-over to a home-tutor agency gives a named pupil's ADHD diagnosis and medication.",
        [addr("ホームチューター湘南 派遣担当 石川様", "ishikawa@hometutor-shonan.example.co.jp")],
        "家庭教師への引き継ぎ（前田 悠真さん）",
        f"""
ホームチューター湘南
石川様

お世話になっております。翔英ゼミナール本部 教務部の松岡です。
先日お話しした、個別指導から家庭教師への移行の件で引き継ぎ事項を送ります。

【生徒】前田 悠真さん（中学2年）
【受講科目】数学・英語（週2回）
【引き継ぎ事項】
・ADHDの診断を受けており、現在コンサータを服用中とのこと（保護者より）。
・50分続けての演習は難しいため、15分ごとに課題を区切っていました。
・学校では通級指導教室に週1回通っています。
・宿題は量より「終わらせること」を優先すると取り組みやすいです。

ご家庭の連絡先は、保護者様の了承をいただいたうえで別途お伝えします。
よろしくお願いいたします。

{SIG_MATSUOKA}
""",
        personal=[P("name", "前田 悠真"), P("diagnosis", "ADHD"),
                  P("health", "コンサータを服用中"), P("disability", "通級指導教室")])

    add("takada", "body", "id.lecturer_mynumber_and_bank_to_payroll_vendor",
        "Two student part-time lecturers' individual numbers and personal bank accounts are typed into a mail to the payroll contractor.",
        [addr("株式会社ペイロールサポート湘南 堀 様", "hori@payroll-shonan.example.co.jp")],
        "新規アルバイト講師の登録について（7月入社2名）",
        f"""
株式会社ペイロールサポート湘南
堀 様

いつも大変お世話になっております。
翔英ゼミナール本部 総務部の高田でございます。

7月より勤務開始のアルバイト講師2名につきまして、給与計算システムへの
ご登録をお願いいたします。

1．吉田 颯太（ヨシダ ソウタ）
　　生年月日：2004年6月11日
　　住所：神奈川県藤沢市湘南台5-22-3 コーポ湘南201
　　個人番号：7146 0395 2181
　　振込口座：湘南みらい銀行 藤沢支店 普通 5021847 ヨシダ ソウタ

2．関根 美咲（セキネ ミサキ）
　　生年月日：2003年12月2日
　　住所：神奈川県横浜市泉区和泉町3410-6
　　個人番号：2673 9150 8476
　　振込口座：ゆうちょ銀行 〇一八店 普通 4408215 セキネ ミサキ

扶養控除等申告書の原本は、本日郵送いたしました。
ご確認のほどよろしくお願い申し上げます。

{SIG_TAKADA}
""",
        personal=[P("mynumber", "7146 0395 2181"), P("mynumber", "2673 9150 8476"),
                  P("bank_account", "湘南みらい銀行 藤沢支店 普通 5021847"),
                  P("bank_account", "ゆうちょ銀行 〇一八店 普通 4408215"),
                  P("address", "神奈川県藤沢市湘南台5-22-3 コーポ湘南201"),
                  P("birthdate", "2004年6月11日")])

    scores = [
        ["生徒氏名", "在籍中学", "第3回模試 偏差値(5科)", "内申(9科)", "合格校", "保護者連絡先"],
        ["宮田 陸", "藤沢市立湘南台中", "68", "42", "県立湘南", "090-0000-2813"],
        ["長尾 ひかり", "藤沢市立六会中", "65", "41", "県立横浜緑ケ丘", "080-0000-6427"],
        ["堀江 健太郎", "横浜市立中川西中", "61", "37", "県立鎌倉", "090-0000-1549"],
        ["三上 さくら", "藤沢市立湘洋中", "59", "39", "県立茅ケ崎北陵", "080-0000-3380"],
        ["大川 悠斗", "藤沢市立長後中", "48", "30", "私立湘南学院(併願)", "090-0000-7745"],
    ]
    add("matsuoka", "attachment", "list.pupil_scores_to_publisher",
        "For a results advertisement the publisher receives a CSV of named pupils with mock-exam scores, school grades and parents' phone numbers.",
        [addr("学栄出版 編集部 大西様", "ohnishi@gakuei-pub.example.co.jp")],
        "合格体験記の掲載候補について",
        f"""
学栄出版
大西様

お世話になっております。翔英ゼミナール 教務部の松岡です。

来年度版「合格体験記」に掲載する候補の生徒一覧を添付します。
伸び幅が分かるよう、模試と内申も入れてあります。
取材の日程調整は保護者に直接ご連絡いただいて構いません。

{SIG_MATSUOKA}
""",
        attachments=[attachment("合格体験記_候補一覧_2025.csv", csv_text(scores))],
        personal=[P("name", "宮田 陸"), P("score", "68"), P("phone", "090-0000-2813"),
                  P("name", "大川 悠斗"), P("phone", "090-0000-7745"),
                  P("name", "長尾 ひかり"), P("phone", "080-0000-6427")])

    payslip = """\
給与明細書　2025年6月分
株式会社翔英教育　翔英ゼミナール湘南台教室

氏名：内山 晴香　様
社員番号：P-20418
住所：神奈川県藤沢市円行1-9-14-103

【勤怠】授業コマ数 46コマ　事務時間 8.5h
【支給】授業給 69,000円　事務給 9,350円　交通費 6,200円
　　　　支給合計 84,550円
【控除】所得税 0円　雇用保険 0円
　　　　控除合計 0円
【差引支給額】84,550円

振込先：よこはま中央銀行 湘南台支店 普通 3390172 ウチヤマ ハルカ
振込日：2025年7月10日
"""
    add("nishimura", "attachment", "personal.payslip_to_wrong_lecturer",
        "A head teacher mails one lecturer another lecturer's payslip with her address and bank account, a similar-name mix-up.",
        [addr("内田 翔", "sho.uchida.t@gmail.com")],
        "6月分の給与明細",
        f"""
内田先生

おつかれさまです!西村です.
6月分の給与明細送ります.振込は7/10です.

今月もありがとうございました!
夏期講習のシフトもよろしくおねがいしますm(_ _)m

{SIG_NISHIMURA}
""",
        attachments=[attachment("給与明細_202506_内山晴香.txt", payslip)],
        personal=[P("name", "内山 晴香"), P("address", "神奈川県藤沢市円行1-9-14-103"),
                  P("bank_account", "よこはま中央銀行 湘南台支店 普通 3390172"),
                  P("pay", "84,550円")])

    add("takada", "quoted", "sensitive.dv_victim_address_in_quoted_parent_mail",
        "The debit-collection vendor needs only an account-holder change, yet the parent's quoted mail reveals she is a domestic-violence victim with a protection order and a hidden new address.",
        [addr("スクールペイ株式会社 口座振替担当 原 様", "hara@schoolpay.example.co.jp")],
        "口座振替名義の変更について（湘南台教室 加藤 様）",
        f"""
スクールペイ株式会社
口座振替担当　原 様

いつもお世話になっております。
翔英ゼミナール本部 総務部の高田でございます。

湘南台教室の生徒の保護者様より、口座振替の名義変更のご依頼がございました。
保護者様からのメールを下記に添付いたしますので、
8月振替分からの変更手続きをお願いできますでしょうか。

必要書類がございましたらご教示ください。

{SIG_TAKADA}

{outlook_original('加藤 美穂 <miho.k.2580@yahoo.co.jp>', '2025年7月3日 23:10', 'shonandai@shoei-zemi.example.co.jp', '授業料の引き落としについて', '''
西村先生

いつも息子がお世話になっております。加藤です。
言いにくいのですが、夫からのDVがあり、6月から子どもと別居しています。
先週、裁判所から保護命令が出ました。

授業料は今まで夫の口座から引き落としでしたが、8月から私の口座に変えてください。
新しい住所は 横浜市泉区中田西2-7-15 サンライズ中田302 です。
夫に住所が知られると困るので、塾からの郵便物も夫側には送らないでください。

よろしくお願いいたします。
加藤 美穂
''')}
""",
        personal=[P("name", "加藤 美穂"), P("victim", "夫からのDV"),
                  P("victim", "保護命令"), P("address", "横浜市泉区中田西2-7-15 サンライズ中田302")])

    arrears = table([
        ["生徒", "学年", "滞納月", "金額", "備考"],
        ["青山 大翔", "中3", "5月・6月", "62,400円", "保護者と連絡つかず"],
        ["桑田 莉子", "中1", "6月", "24,200円", "7月で退塾希望"],
        ["野口 湊", "小6", "4月〜6月", "57,900円", "分割の相談あり"],
    ])
    add("nishimura", "quoted", "list.fee_arrears_in_quoted_internal_mail",
        "Answering a sales rep by replying on an internal thread, the head teacher leaves a quoted table of named pupils with unpaid fees.",
        [addr("スタディリンク 今井さん", "imai@studylink.example.co.jp")],
        "Re: 【教室長各位】アプリのトライアル・6月末滞納者の件",
        f"""
今井さん

おせわになってます、翔英ゼミ湘南台の西村です!
アプリのトライアル、来月から湘南台でやってみます.
中2の2クラス(計24名)でお願いしたいです.
アカウント発行の手順おしえてください〜

{SIG_NISHIMURA}

{quote('''教室長各位

お疲れ様です。教務部 松岡です。
2点連絡です。

1) スタディリンクの今井さんから、単語アプリの無料トライアルの提案がありました。
   希望する教室は今井さんに直接連絡してください。
2) 6月末時点の月謝滞納者です（湘南台分）。今月中に面談をお願いします。

''' + arrears + '''

松岡''', wrote("2025/07/07 10:31", "松岡 直樹", "n-matsuoka@shoei-zemi.example.co.jp"))}
""",
        personal=[P("name", "青山 大翔"), P("debt", "62,400円"),
                  P("name", "野口 湊"), P("debt", "57,900円"), P("name", "桑田 莉子")])

    add("matsuoka", "subject", "sensitive.condition_in_subject_to_franchisee",
        "The subject line to a franchise classroom names a pupil as school-refusing with orthostatic dysregulation, while the body only gives class times.",
        [AKIYAMA],
        "Re: 【転塾引継ぎ】村上 陽菜さん（不登校・起立性調節障害）",
        f"""
秋山さん

お疲れ様です。本部 教務部の松岡です。

標記の件、受講コマは火・金の17:00〜で調整済みです。
湘南台での面談記録は、来週の教室長研修のときに手渡しします。

よろしくお願いします。

{SIG_MATSUOKA}
""",
        personal=[P("name", "村上 陽菜"), P("health", "不登校"),
                  P("diagnosis", "起立性調節障害")])

    passers = [
        ["氏名", "出身中学", "合格校", "住所", "自宅電話", "体験記掲載"],
        ["宮田 陸", "藤沢市立湘南台中", "県立湘南", "藤沢市湘南台3-14-2", "0466-0000-5802", "可"],
        ["長尾 ひかり", "藤沢市立六会中", "県立横浜緑ケ丘", "藤沢市亀井野2-20-7", "0466-0000-3317", "可"],
        ["三上 さくら", "藤沢市立湘洋中", "県立茅ケ崎北陵", "藤沢市辻堂西海岸1-6-11", "0466-0000-9150", "写真不可"],
        ["須藤 航", "横浜市立いずみ野中", "県立光陵", "横浜市泉区和泉中央南4-8-3", "045-0000-2274", "可"],
    ]
    add("takada", "zip", "list.passers_list_zip_to_printer",
        "A plain zip of brochure copy sent to the printer also holds the list of named pupils with home addresses and phones.",
        [addr("湘南印刷株式会社 制作部 千葉 様", "chiba@shonan-insatsu.example.co.jp")],
        "2026年度パンフレット原稿一式のご送付",
        f"""
湘南印刷株式会社
制作部　千葉 様

いつも大変お世話になっております。
翔英ゼミナール本部 総務部の高田でございます。

2026年度パンフレットの原稿一式をお送りいたします。
ファイルが複数ございますので、zipにまとめております。

初校は8月8日（金）頃にいただけますと幸いです。
何卒よろしくお願い申し上げます。

{SIG_TAKADA}
""",
        attachments=zip_entries("2026パンフ原稿.zip", [
            ("01_表紙・コンセプト.txt", """\
翔英ゼミナール 2026
「わかる」を「できる」に。
湘南・横浜西部に12教室
"""),
            ("02_合格体験記.txt", """\
【県立湘南高校 合格】M.Rさん（湘南台中）
中2の冬まで部活一筋で、模試の偏差値は50台前半でした。
西村先生に毎週の学習計画を一緒に立ててもらい、苦手な数学を克服できました。

【県立横浜緑ケ丘高校 合格】N.Hさん（六会中）
自習室が毎日使えたのが一番大きかったです。
"""),
            ("03_合格者一覧.csv", csv_text(passers)),
        ]),
        personal=[P("name", "須藤 航"), P("address", "横浜市泉区和泉中央南4-8-3"),
                  P("phone", "045-0000-2274"), P("name", "三上 さくら"),
                  P("address", "藤沢市辻堂西海岸1-6-11"), P("phone", "0466-0000-9150")])

    parents = [
        addr("小林 恭子", "kyoko.kobayashi.0918@gmail.com"),
        addr("宮田", "miyata.family.shonan@yahoo.co.jp"),
        addr("長尾 由美子", "yumiko_nagao@outlook.com"),
        addr("堀江 ちひろ", "chihiro.horie@gmail.com"),
        addr("三上 健", "ken.mikami.0412@yahoo.co.jp"),
        addr("大川", "ohkawa.yuto.mama@gmail.com"),
        addr("前田 亜希", "aki.maeda.88@outlook.com"),
        addr("青山 真由美", "mayumi.aoyama@yahoo.co.jp"),
        addr("桑田", "kuwata.riko.home@gmail.com"),
        addr("野口 直子", "naoko-noguchi@yahoo.co.jp"),
        addr("須藤 智子", "tomoko.sudo.wtr@gmail.com"),
        addr("坂本 理恵", "rie.sakamoto1985@outlook.com"),
        addr("村上 美和", "miwa.murakami.h@gmail.com"),
    ]
    add("nishimura", "recipients", "recipients.parents_private_addresses_in_to",
        "A summer-course notice puts thirteen parents' private addresses in To, exposing them to each other.",
        parents,
        "夏期講習のご案内(湘南台教室)",
        f"""
保護者のみなさま

いつもお世話になっております.翔英ゼミナール湘南台教室の西村です.
夏期講習のご案内です!

■期間:7/22(火)〜8/26(火) ※8/11〜8/16はお盆休み
■時間:中学生 13:00-17:40 / 小学生 10:00-12:00
■受講料:学年・コース別(別紙のとおり)
■申込締切:7/12(土)

申込書は授業のときにお子さまにお渡ししています.
ご不明な点は教室(0466-0000-4120)までお気軽にどうぞ!

{SIG_NISHIMURA}
""",
        personal=[P("email", a.split("<")[1].rstrip(">")) for a in parents])

    # ------------------------------------------------------------------ passes
    add("matsuoka", "none", "benign.historical_persons_in_materials",
        "Correction request for a history worksheet that names historical figures only.",
        [addr("学栄出版 編集部 大西様", "ohnishi@gakuei-pub.example.co.jp")],
        "中2歴史プリント 修正依頼（第7〜9回）",
        f"""
学栄出版
大西様

お世話になっております。翔英ゼミナール 教務部の松岡です。
中2歴史プリントの校正で、下記の修正をお願いします。

{table([
    ["回", "ページ", "誤", "正"],
    ["第7回", "p.3", "徳川家康が征夷大将軍に任じられた（1605年）", "（1603年）"],
    ["第8回", "p.2", "坂本竜馬", "坂本龍馬（教科書表記に合わせる）"],
    ["第8回", "p.5", "薩長同盟の仲介：勝海舟", "坂本龍馬・中岡慎太郎"],
    ["第9回", "p.1", "初代内閣総理大臣 伊藤博文（1889年）", "（1885年）"],
])}

再校は7/18(金)までにいただけると助かります。

{SIG_MATSUOKA}
""")

    add("takada", "none", "benign.yamato_tracking_numbers",
        "Shipping notice with six parcel tracking numbers, two of which happen to satisfy the individual-number check digit.",
        [AKIYAMA],
        "夏期講習テキスト発送のご案内（辻堂教室様分）",
        f"""
株式会社湘南エデュケーション
辻堂教室　秋山 様

いつもお世話になっております。
翔英ゼミナール本部 総務部の高田でございます。

夏期講習テキストを本日、ヤマト運輸にて発送いたしました。
7月11日（金）午前中着の予定です。

{table([
    ["箱", "内容", "お問い合わせ伝票番号"],
    ["1/6", "中1 数学・英語", "4381-2207-9150"],
    ["2/6", "中1 国語・理科・社会", "4381-2207-9286"],
    ["3/6", "中2 数学・英語", "4381-2207-9415"],
    ["4/6", "中2 国語・理科・社会", "4381-2207-9544"],
    ["5/6", "中3 5科", "4381-2208-0060"],
    ["6/6", "小学生 算数・国語", "4381-2207-9802"],
])}

お手数ですが、到着後に冊数のご確認をお願いいたします。
不足がございましたら、本部総務部までご連絡くださいませ。

{SIG_TAKADA}
""")

    add("takada", "none", "benign.disability_employment_rate_aggregate",
        "Data for the annual disability-employment report sent to the labour-law office as totals only.",
        [addr("星野社会保険労務士事務所 星野先生", "hoshino@hoshino-sr.example.jp")],
        "障害者雇用状況報告書（6月1日現在）の資料送付",
        f"""
星野社会保険労務士事務所
星野 先生

平素より大変お世話になっております。
株式会社翔英教育 総務部の高田でございます。

標記報告書の作成にあたり、6月1日現在の数値を下記のとおりお送りいたします。

　常用労働者数　　　　　　　　212名
　　（うち短時間労働者　　　　　138名）
　障害者である労働者数（算定）　5.0名
　実雇用率　　　　　　　　　　2.36%
　法定雇用率　　　　　　　　　2.5%
　不足数　　　　　　　　　　　0.3名

不足分につきましては、本部事務部門での採用を進めております。
提出期限の7月15日までにご作成いただけますと幸いです。

{SIG_TAKADA}
""")

    add("nishimura", "none", "benign.parent_own_child_report",
        "Report to a mother about her own son's mock-exam result and interview slot.",
        [addr("宮田", "miyata.family.shonan@yahoo.co.jp")],
        "陸くんの模試結果と面談日程",
        f"""
宮田様

いつもお世話になっております.翔英ゼミ湘南台の西村です.
陸くんの第3回模試の結果が出ましたのでお知らせします!

 5科偏差値 68(前回 64)
 数学 71 / 英語 66 / 国語 63 / 理科 69 / 社会 65

特に数学の伸びがすごいです.夏で英語の長文をもう一段上げたいですね.
三者面談は7/19(土)の15:00か16:00でいかがでしょうか?

{SIG_NISHIMURA}
""")

    add("matsuoka", "none", "benign.online_class_outage_report",
        "Outage report to the online-class vendor with error IDs and classroom counts only.",
        [addr("クラスルームクラウド サポート", "support@classroom-cloud.example.com")],
        "【障害】オンライン授業が配信できない（7/9 19時台）",
        f"""
クラスルームクラウド サポートご担当者様

翔英ゼミナール（契約ID: SHOEI-0147）教務部の松岡です。
本日19:00頃からオンライン授業の配信障害が発生しています。

- 影響：12教室中5教室（湘南台、六会、長後、いずみ野、辻堂）
- 症状：講師側の画面共有開始時に「ERR_STREAM_503」で切断
- 発生時刻：19:02〜（継続中）
- 講師PC：Windows 11 / Chrome 126、iPad からも同様
- 受講者数：約140名（一時的に録画配信へ切替済み）

復旧見込みを教えてください。
連絡は本部教務部 045-0000-6610 までお願いします。

{SIG_MATSUOKA}
""")

    add("takada", "none", "benign.successor_introduction_to_publisher",
        "Formal letter introducing the new purchasing contact to a publisher.",
        [addr("学栄出版株式会社 営業部 坂口 様", "sakaguchi@gakuei-pub.example.co.jp")],
        "担当者変更のご挨拶",
        f"""
学栄出版株式会社
営業部　坂口 様

拝啓　盛夏の候、貴社ますますご清栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、このたび弊社の教材発注担当が、7月1日付で下記のとおり変更となりました。

　前任：総務部　山下 和夫（7月1日付で教務部へ異動）
　後任：総務部　高田 恵美

前任者同様、よろしくご指導のほどお願い申し上げます。
今後のご連絡は高田宛てにいただけますと幸いです。

敬具

{SIG_TAKADA}
""")

    add("matsuoka", "none", "benign.plain_zip_course_text",
        "A plain zip of course-text manuscripts for the printer with no pupil data.",
        [addr("湘南印刷株式会社 制作部 千葉 様", "chiba@shonan-insatsu.example.co.jp")],
        "冬期講習テキスト原稿（中3数学）",
        """
千葉様
冬期講習テキスト（中3数学）の原稿です。zipに3ファイル、図版は前年版を流用してください。
翔英ゼミナール 教務部 松岡
""",
        attachments=zip_entries("冬期中3数学_原稿.zip", [
            ("01_二次方程式.txt", "第1講 二次方程式\n例題1 x^2-5x+6=0 を解け。\n例題2 2x^2+3x-2=0 を解の公式で解け。\n"),
            ("02_関数y=ax2.txt", "第2講 関数 y=ax^2\n例題1 y=2x^2 で x が1から3まで増加するときの変化の割合を求めよ。\n"),
            ("03_相似.txt", "第3講 相似な図形\n例題1 三角形ABCと三角形DEFが相似であることを証明せよ。\n"),
        ]))

    add("matsuoka", "none", "benign.aggregate_admission_results",
        "Admission results for an advertisement given only as counts per high school.",
        [addr("湘南アドエージェンシー 田所様", "tadokoro@shonan-ad.example.co.jp")],
        "2025年度 高校合格実績（チラシ掲載用）",
        f"""
田所様

お世話になっております。翔英ゼミナール 教務部の松岡です。
秋チラシ用の合格実績です。個人名は出さず、人数のみでお願いします。

{table([
    ["高校", "合格者数"],
    ["県立湘南", "12名"],
    ["県立横浜緑ケ丘", "9名"],
    ["県立鎌倉", "15名"],
    ["県立茅ケ崎北陵", "21名"],
    ["県立光陵", "18名"],
    ["その他県立・私立", "214名"],
])}

※2025年3月、翔英ゼミナール全12教室の中3生（在籍298名）の実績

{SIG_MATSUOKA}
""")

    add("nishimura", "none", "benign.partner_meeting_arrangement",
        "Meeting arrangement with a mock-exam company's named sales staff.",
        [addr("湘南模試センター 営業 安藤さん", "ando@shonan-moshi.example.co.jp")],
        "Re: 秋の模試説明会の件",
        f"""
安藤さん

おせわになってます、湘南台の西村です.
説明会の日程ありがとうございます!
7/26(土)の10:00からで大丈夫です.教室の2階を使ってください.

プロジェクターはこっちで用意します.
当日は安藤さんと、新しく担当になった小野寺さんのお二人ですよね?
お待ちしてます!

{SIG_NISHIMURA}

{quote('''翔英ゼミナール湘南台教室
西村先生

いつもお世話になっております。湘南模試センターの安藤です。
秋の模試説明会ですが、7/26(土)10:00か、8/2(土)10:00はいかがでしょうか。
当日は私と、8月から担当を引き継ぐ小野寺の2名で伺います。

湘南模試センター 営業部
安藤 光
TEL 0466-0000-7731''', wrote("2025/07/08 11:02", "安藤 光", "ando@shonan-moshi.example.co.jp"))}
""")

    add("nishimura", "none", "benign.katakana_series_order_numbers",
        "Workbook order whose series names look like given names, with order numbers.",
        [addr("学栄出版 受注センター", "juchu@gakuei-pub.example.co.jp")],
        "追加注文(湘南台教室)",
        f"""
受注センター ご担当者様

翔英ゼミ湘南台教室の西村です.追加注文お願いします.

 ・「ハルカ」中2英語ワーク  30冊  (ISBN 978-4-905218-44-7)
 ・「ミライ」中3数学 入試演習  25冊  (ISBN 978-4-905218-51-5)
 ・「アキラ式」漢字ドリル 中1  20冊  (ISBN 978-4-905218-37-9)

注文番号は GK-7716-0709 でお願いします.
請求は本部総務部(高田)宛てです.

{SIG_NISHIMURA}
""")

    return out
