"""Org C: 学校法人みなみ学園 みなみ国際日本語学院 (留学生向け日本語学校)."""
from common import (A, q, mail, att, enc_zip, FWD, ORIG, CSV, TXT, PDF, DOCX,
                    luhn_complete)

ORG = "C"
DOM = "minami-jla.example.jp"

HAYASHI = A("林 真理子", f"hayashi@{DOM}")
LAN = A("Nguyen Thi Lan", f"lan.nguyen@{DOM}")
ONISHI = A("大西 修", f"onishi@{DOM}")
KYOMU = A("みなみ国際日本語学院 教務部", f"kyomu@{DOM}")

SIG_HAYASHI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
学校法人みなみ学園
みなみ国際日本語学院　教務主任
林　真理子（はやし　まりこ）
〒169-0000 東京都新宿区百人町9-9-9
TEL 03-0000-6100　FAX 03-0000-6101
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_LAN = """
Best regards,
Nguyen Thi Lan（グエン・ティ・ラン）
Student Support Office / 学生支援室
Minami International Japanese Language Academy
Tel: +81-3-0000-6120 | https://www.minami-jla.example.jp/en/
"""

SIG_ONISHI = """
--------------------------------
みなみ国際日本語学院 事務長
大西 修
電話 03-0000-6100（代表）／内線 30
--------------------------------
"""

FUJITA = A("藤田行政書士事務所 藤田", "fujita@fujita-gyosei.example.jp")
INSURE = A("グローバル留学生保険サービス 団体契約課", "dantai@global-ins.example.co.jp")
TOTO = A("東都ITカレッジ 入学相談室", "nyugaku@toto-it.example.ac.jp")
SAIGON = A("Pham Quoc Bao", "bao.pham@saigonbridge.example.vn")
KONDO = A("近藤 恵子", "keiko.kondo.home@gmail.com")
HOUSING = A("さくらハウジング 学生寮管理課", "ryo@sakura-housing.example.co.jp")
CLINIC = A("みなみ健診クリニック 団体健診係", "dantai@minami-kenshin.example.jp")
SEIUNJI = A("宗教法人青雲寺 体験受付", "taiken@seiunji.example.or.jp")
PUB1 = A("ことば出版 編集部 三浦", "miura@kotoba-pub.example.co.jp")
PUB2 = A("ことば出版 編集部 吉川", "yoshikawa@kotoba-pub.example.co.jp")
PUB3 = A("ことば出版 制作部 高橋", "takahashi@kotoba-pub.example.co.jp")
KYOKAI = A("日本語学校連絡協議会 事務局", "jimukyoku@nihongo-renraku.example.or.jp")
CITY = A("新宿みなみ区 国際交流課", "kokusai@city.shinjuku-minami.example.lg.jp")
ITVENDOR = A("テックサポート新宿 ヘルプデスク", "help@techsupport-shinjuku.example.co.jp")
TEACHERS = [A("西田 香織", "kaori.nishida.jp@gmail.com"), A("久保 陽一", "y.kubo.sensei@outlook.com")]
STUDENT_SUBJECT = A("Rahman Hossain", "rahman.hossain.jp@gmail.com")

AGENTS = [
    A("Saigon Bridge Education", "info@saigonbridge.example.vn"),
    A("Hanoi Star Study Abroad", "contact@hanoistar.example.vn"),
    A("Kathmandu Japan Consultancy", "office@ktm-japan.example.com.np"),
    A("Pokhara Education Link", "admin@pokhara-edu.example.com"),
    A("Dhaka Sakura Agency", "sakura@dhaka-sakura.example.com"),
    A("Colombo Lotus Education", "info@colombo-lotus.example.lk"),
    A("Yangon Future Japan", "apply@yangon-future.example.com"),
    A("Ulaanbaatar Study Center", "ub@ub-study.example.mn"),
    A("Jakarta Nusantara Academy", "office@nusantara-academy.example.co.id"),
    A("Manila Bayanihan Education", "info@bayanihan-edu.example.ph"),
    A("Da Nang Blue Sky Study", "bluesky@danang-bluesky.example.vn"),
    A("Tashkent Silk Road Japan", "info@silkroad-japan.example.uz"),
    A("Chennai Hikari Consultancy", "hikari@chennai-hikari.example.in"),
    A("Taipei Harmony Study", "service@taipei-harmony.example.tw"),
]


def mails():
    out = []
    card = luhn_complete("453914880343646")
    card_fmt = " ".join(card[i:i + 4] for i in range(0, 16, 4))

    # ---------------- HOLDS ----------------
    # H1 body: 在留カード番号・旅券番号を行政書士へ
    out.append(mail(
        expect="hold", kind="id.residence_card", writer="大西", loc="body",
        why="学生の在留カード番号・旅券番号・生年月日・住所を本文に書いて行政書士事務所へ送っている。",
        from_=ONISHI, to=[FUJITA],
        subject="在留期間更新申請のご依頼（1名）",
        text="""
藤田行政書士事務所
藤田 先生

いつもお世話になっております。みなみ国際日本語学院の大西です。
下記学生の在留期間更新申請について、申請取次をお願いいたします。

氏名：李 浩然（LI HAORAN）
国籍：中国
生年月日：2002年5月14日
在留カード番号：AB12345678CD
旅券番号：EA1234567
住所：東京都新宿区大久保3-14-9 ハイム大久保402
在留期限：2025年4月20日

出席率は91.2%で、4月から専門学校への進学が決まっています。
必要書類は学校で準備いたしますので、面談のご都合をお知らせください。
""" + SIG_ONISHI,
        personal=[("name", "李 浩然"), ("residence_card", "AB12345678CD"), ("passport", "EA1234567"),
                  ("birthdate", "2002年5月14日"), ("address", "東京都新宿区大久保3-14-9 ハイム大久保402")],
    ))

    # H2 body (English): 宗教と持病をホストファミリーへ
    out.append(mail(
        expect="hold", kind="sensitive.religion_health_en", writer="Lan", loc="body",
        why="学生の宗教（イスラム教）と1型糖尿病を本文に書いて外部のホストファミリーへ送っている（要配慮個人情報）。",
        from_=LAN, to=[KONDO],
        subject="Homestay from March - about your student",
        text="""
Dear Mrs. Kondo,

Thank you very much for agreeing to host one of our students from March 3.
I would like to share some information so that you can prepare.

Student: Ahmad Rizki (male, 20, from Indonesia)
- He is a practising Muslim. He does not eat pork or drink alcohol,
  and he prays five times a day, so he may ask for a quiet space in the evening.
- He has type 1 diabetes and injects insulin before meals.
  Please keep his insulin pens in the refrigerator door.
  If he looks pale or confused, please give him juice and call us.

He is very polite and is looking forward to meeting your family.
Please let me know if you have any questions.
""" + SIG_LAN,
        personal=[("name", "Ahmad Rizki"), ("religion", "He is a practising Muslim"),
                  ("health", "He has type 1 diabetes and injects insulin")],
    ))

    # H3 body (English): 学生5名の出席率・成績を送り出し機関へ
    out.append(mail(
        expect="hold", kind="list.attendance_scores", writer="Lan", loc="body",
        why="学生5名の氏名・出席率・JLPT得点・学費の未納額を表にして海外の送り出し機関へ送っている。",
        from_=LAN, to=[SAIGON], cc=[HAYASHI],
        subject="Progress report - January intake students",
        text="""
Dear Mr. Bao,

Happy new year. Here is the progress report for the students your agency
sent to us last April.

Name               | Attendance | JLPT Dec (N3) | Unpaid fees
Tran Thi Mai       | 97.5%      | 132 / 180     | 0
Le Van Duc         | 88.0%      | 95 / 180      | 0
Pham Thi Thu       | 93.1%      | 118 / 180     | 0
Nguyen Hoang Nam   | 71.4%      | 61 / 180      | JPY 185,000
Vo Minh Khoa       | 84.6%      | 102 / 180     | JPY 60,000

Nguyen Hoang Nam's attendance is below 80%, so his visa renewal may be
difficult. Could you please talk to his family this month?

""" + SIG_LAN,
        personal=[("name", "Tran Thi Mai"), ("score", "97.5%      | 132 / 180"), ("name", "Nguyen Hoang Nam"),
                  ("score", "71.4%      | 61 / 180      | JPY 185,000"), ("name", "Vo Minh Khoa")],
    ))

    # H4 attachment: 留学生保険の加入者名簿（在留カード番号つき）
    out.append(mail(
        expect="hold", kind="list.student_roster_ids", writer="大西", loc="attachment",
        why="添付CSVに新入生6名の氏名・生年月日・在留カード番号・住所が並び、外部の保険代理店へ送っている。",
        from_=ONISHI, to=[INSURE],
        subject="4月入学生 留学生保険 加入申込",
        text="""
グローバル留学生保険サービス
団体契約課 御中

お世話になっております。みなみ国際日本語学院の大西です。
4月入学生の留学生総合保険の加入申込をお送りします。
加入者一覧を添付いたしますので、保険証券の発行をお願いいたします。

保険料は学校でとりまとめてお振込みいたします。
""" + SIG_ONISHI,
        attachments=[att("留学生保険_加入者一覧_2025春.csv", CSV, """
氏名,国籍,生年月日,在留カード番号,住所,コース
SHRESTHA BIKASH,ネパール,2003/01/22,CD98765432EF,東京都新宿区百人町2-1-5-301,進学2年
NGUYEN THI HANG,ベトナム,2004/09/05,GH11223344IJ,東京都新宿区大久保1-8-2-105,進学2年
ZHANG YUTONG,中国,2001/12/30,KL55667788MN,東京都中野区中央5-3-11-202,進学1.5年
KARIM MD ABDUL,バングラデシュ,2002/03/17,OP99001122QR,東京都新宿区北新宿4-6-7-203,一般1年
BATBAYAR ENKHJIN,モンゴル,2003/07/08,ST33445566UV,東京都豊島区高田3-2-9-401,進学2年
SILVA KASUN,スリランカ,2000/10/11,WX77889900YZ,東京都新宿区高田馬場4-22-1-102,一般1年
""")],
        personal=[("name", "SHRESTHA BIKASH"), ("residence_card", "CD98765432EF"), ("birthdate", "2003/01/22"),
                  ("name", "ZHANG YUTONG"), ("residence_card", "KL55667788MN"),
                  ("address", "東京都中野区中央5-3-11-202")],
    ))

    # H5 attachment: 健診結果（結核疑い・要精密検査）を寮の管理会社へ
    out.append(mail(
        expect="hold", kind="sensitive.health_check_result", writer="大西", loc="attachment",
        why="添付の健診結果に学生の氏名と胸部X線の要精密検査（結核疑い）が書かれ、寮の管理会社へ送っている。",
        from_=ONISHI, to=[HOUSING],
        subject="入寮予定者の健康診断結果について",
        text="""
さくらハウジング
学生寮管理課 御中

お世話になっております。みなみ国際日本語学院の大西です。
ご依頼のあった入寮予定者1名の健康診断結果を添付いたします。

精密検査の結果が出るまで入寮を延期すべきかどうか、
ご判断をいただけますでしょうか。
学校としては、結果が出るまで別の宿泊先を手配する準備があります。
""" + SIG_ONISHI,
        attachments=[att("健康診断結果_入寮予定者.pdf", PDF, """
健康診断結果通知書　みなみ健診クリニック
受診者氏名：BUI THI HOA（ブイ・ティ・ホア）様　女性　22歳
受診日：2025年3月28日
身長 154.2cm　体重 45.1kg　血圧 108/66
胸部X線：右上肺野に浸潤影あり　判定 D（要精密検査）
コメント：肺結核の可能性を否定できません。呼吸器内科での精密検査（喀痰検査・CT）を受けてください。
""")],
        personal=[("name", "BUI THI HOA"), ("health", "右上肺野に浸潤影あり　判定 D（要精密検査）"),
                  ("health", "肺結核の可能性を否定できません")],
    ))

    # H6 quoted: 学生の補導（万引き）を海外の送り出し機関へ転送
    out.append(mail(
        expect="hold", kind="sensitive.criminal_quoted", writer="Lan", loc="quoted",
        why="転送部分に学生の万引きによる逮捕と警察の取調べが書かれ、海外の送り出し機関へ送っている。",
        from_=LAN, to=[SAIGON],
        subject="Fw: 【緊急・学内限り】学生の件",
        text="""
Dear Mr. Bao,

I am forwarding a note from our head teacher (in Japanese).
In short, one of the students your agency introduced had a problem with the police last night.
Could you please contact his parents and call me today?
I will explain the details by phone.

""" + SIG_LAN + f"""

{FWD}
From: 林 真理子 <hayashi@minami-jla.example.jp>
Date: 2025年2月6日(木) 8:05
Subject: 【緊急・学内限り】学生の件
To: 学生支援室

ランさん

昨夜、進学2年クラスのトラン・ヴァン・ミンさん（TRAN VAN MINH）が
新宿のドラッグストアで化粧品を万引きし、新宿中央警察署に逮捕されました。
現在も取調べ中で、学校には刑事課から連絡がありました。
送り出し機関を通じてご家族に連絡をお願いします。
本件は学内でも限られた職員のみで共有してください。

林
""",
        personal=[("name", "トラン・ヴァン・ミン"), ("name", "TRAN VAN MINH"),
                  ("criminal", "化粧品を万引きし、新宿中央警察署に逮捕されました")],
    ))

    # H7 quoted: 保護者のメール（住所・電話・カード番号）を寮会社へ転送
    out.append(mail(
        expect="hold", kind="personal.forwarded_parent_card", writer="大西", loc="quoted",
        why="転送部分に保護者の住所・電話番号とクレジットカード番号が含まれ、外部の寮管理会社へ送っている。",
        from_=ONISHI, to=[HOUSING],
        subject="Fw: Dormitory fee payment",
        text="""
さくらハウジング 学生寮管理課 御中

お世話になっております。大西です。
4月入寮予定の学生の保護者から、寮費をクレジットカードで支払いたいとの連絡がありました。
下記のとおり転送いたしますので、決済のご対応をお願いできますでしょうか。
""" + SIG_ONISHI + f"""

{FWD}
From: Park Jisung <park.jisung.seoul@gmail.com>
Date: Mon, Feb 10, 2025 at 9:48 PM
Subject: Dormitory fee payment
To: <info@minami-jla.example.jp>

Dear Sir or Madam,

I am the father of Park Minseo, who will enter your school in April.
I would like to pay her dormitory fee for six months (JPY 330,000) by credit card.

Card: VISA {card_fmt}
Expiry: 08/27
Name on card: PARK JISUNG
Address: 101-1203, 45 Banpo-daero, Seocho-gu, Seoul, Korea
Phone: +82-10-0000-3348

Thank you.
Park Jisung
""",
        personal=[("name", "Park Jisung"), ("card_number", card_fmt),
                  ("address", "101-1203, 45 Banpo-daero, Seocho-gu, Seoul, Korea"), ("phone", "+82-10-0000-3348")],
    ))

    # H8 subject: 件名に在留カード番号と氏名
    out.append(mail(
        expect="hold", kind="id.residence_card_subject", writer="大西", loc="subject",
        why="件名に学生の氏名と在留カード番号が書かれたまま外部へ送られている。",
        from_=ONISHI, to=[FUJITA],
        subject="在留カード番号 EF23456789GH（王 傑さん）の記載誤りについて",
        text="""
藤田先生

大西です。たびたび失礼いたします。
先日お送りした申請書類の件、件名の番号に1文字誤りがありました。
正しいカードのコピーを本日郵送いたしましたので、差し替えをお願いいたします。

お手数をおかけして申し訳ございません。
""" + SIG_ONISHI,
        personal=[("residence_card", "EF23456789GH"), ("name", "王 傑")],
    ))

    # H9 zip (encrypted): 成績証明書
    out.append(mail(
        expect="hold", kind="attachment.encrypted_zip", writer="林", loc="zip",
        why="パスワード付きZIP（PPAP）の添付で、中身を検査できない。",
        from_=HAYASHI, to=[TOTO],
        subject="推薦入学者の成績証明書・出席証明書の送付",
        text="""
東都ITカレッジ
入学相談室 御中

いつもお世話になっております。みなみ国際日本語学院 教務主任の林です。
指定校推薦で出願した本校学生3名分の成績証明書と出席証明書を
パスワード付きZIPでお送りいたします。
パスワードは追ってお送りします。

原本は本日簡易書留で発送いたしました。
""" + SIG_HAYASHI,
        attachments=[enc_zip("推薦入学者_証明書_3名.zip")],
    ))

    # H10 recipients (English): 海外エージェント14社を To に
    out.append(mail(
        expect="hold", kind="recipients.agents_to_visible", writer="Lan", loc="recipients",
        why="14社の海外エージェントのアドレスを To に並べて送っており、互いの取引関係が見えてしまう。",
        from_=LAN, to=AGENTS,
        subject="October 2025 intake - application schedule",
        text="""
Dear partners,

Thank you for your continued support of Minami International Japanese Language Academy.
The application schedule for the October 2025 intake is as follows.

- Application period: March 3 - April 18, 2025
- Online interviews: April 21 - May 9
- Result of the Certificate of Eligibility: late August (expected)
- Capacity: 60 students (2-year and 1.5-year courses)

The updated application form and fee table are available on our website:
https://www.minami-jla.example.jp/en/agents/

Please note that we now require at least 150 hours of Japanese study
before application.

""" + SIG_LAN,
    ))

    # ---------------- PASSES ----------------
    # P1 学生本人への出席警告（English）
    out.append(mail(
        expect="pass", kind="benign.to_data_subject_en", writer="Lan", loc="none",
        why="学生本人に本人の出席率を知らせるメールで、第三者への提供ではない。",
        from_=LAN, to=[STUDENT_SUBJECT],
        subject="Your attendance this month / 出席について",
        text="""
Dear Rahman,

This is Lan from the Student Support Office.
Your attendance rate for January was 82.4%. It is still above 80%, but it has
gone down for two months in a row.

If you have any problems with your part-time job, health or housing,
please come and talk to me. My office hours are 13:00-17:00, Monday to Friday.

ラーマンさん、1月の出席率は82.4%でした。何か困っていることがあれば相談に来てください。

""" + SIG_LAN,
    ))

    # P2 健康診断の日程（人数のみ）
    out.append(mail(
        expect="pass", kind="benign.health_check_schedule", writer="大西", loc="none",
        why="定期健康診断の日程と受診者数の連絡で、個人の結果は含まれない。",
        from_=ONISHI, to=[CLINIC],
        subject="春の定期健康診断 日程のご相談",
        text="""
みなみ健診クリニック
団体健診係 御中

いつもお世話になっております。みなみ国際日本語学院の大西です。
今年度の定期健康診断について、下記のとおりお願いしたく存じます。

希望日：4月14日（月）・15日（火）の午前
受診者数：新入生 78名、在校生 121名（合計 199名）
項目：身長・体重・視力・血圧・胸部X線・問診
通訳：ベトナム語・ネパール語の職員が各1名同行します

健診車の駐車スペースは校舎前に確保いたします。
""" + SIG_ONISHI,
    ))

    # P3 宗教法人での文化体験の予約
    out.append(mail(
        expect="pass", kind="benign.religious_corp_customer", writer="林", loc="none",
        why="宗教法人は体験学習の受入先（法人）で、個人の信仰に関する情報ではない。",
        from_=HAYASHI, to=[SEIUNJI],
        subject="座禅・写経体験のお申し込み（30名）",
        text="""
宗教法人青雲寺
体験受付ご担当者様

はじめてご連絡いたします。みなみ国際日本語学院 教務主任の林と申します。
本校の文化体験授業として、座禅と写経の体験をお願いしたくご連絡いたしました。

希望日：5月21日（水）10:00〜12:00
人数：学生28名、引率教員2名
学生の日本語レベル：初中級（簡単な説明であれば理解できます）
費用：お一人1,500円と伺っております。請求書は学校宛にお願いいたします。

服装や持ち物の注意点がございましたら、事前に学生へ伝えます。
どうぞよろしくお願い申し上げます。
""" + SIG_HAYASHI,
    ))

    # P4 歴史上の人物を扱う教材
    out.append(mail(
        expect="pass", kind="benign.historical_persons", writer="林", loc="none",
        why="歴史上の人物（夏目漱石・樋口一葉・坂本龍馬）を扱う教材の話で、個人情報ではない。",
        from_=HAYASHI, to=TEACHERS,
        subject="上級クラス 読解教材の差し替えについて",
        text="""
西田先生、久保先生

お疲れさまです。林です。
上級クラスの読解教材を、来期から一部差し替えます。

・第3週：夏目漱石『こころ』の一節 → 樋口一葉『たけくらべ』冒頭（現代語訳つき）
・第6週：坂本龍馬の手紙（姉・乙女宛）を使った手紙文の読解
・第9週：新渡戸稲造『武士道』の英語原文と日本語訳の比較

著作権の切れたものだけを使っています。
プリントは来週の教員会議でお渡しします。
""" + SIG_HAYASHI,
    ))

    # P5 学校の口座とSWIFT（English）
    out.append(mail(
        expect="pass", kind="benign.swift_corporate", writer="Lan", loc="none",
        why="学費の振込先は学校法人の口座とSWIFTコードで、個人の口座ではない。",
        from_=LAN, to=[SAIGON],
        subject="Re: Tuition payment for April intake",
        text="""
Dear Mr. Bao,

Thank you for your message. The tuition for the April intake should be paid
to the school's account below. Please ask each family to write the student's
application number (e.g. MJ25-0412) in the remittance message.

Bank: Mirai Chuo Bank, Shinjuku Branch
Account name: Gakko Hojin Minami Gakuen
Account type / No.: Ordinary 1234567
SWIFT: MRCBJPJT
Bank address: 1-2-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo

The deadline is March 14. Bank charges should be paid by the sender.

""" + SIG_LAN + """

> Dear Lan,
> Could you send us the bank details for the tuition payment again?
> Some families lost the previous letter.
> Pham Quoc Bao, Saigon Bridge Education
""",
    ))

    # P6 JLPT合格者数（集計）
    out.append(mail(
        expect="pass", kind="benign.aggregate_results", writer="林", loc="none",
        why="JLPTの合格者数・合格率など集計値だけで、個人は特定されない。",
        from_=HAYASHI, to=[KYOKAI],
        subject="2024年12月 JLPT 受験結果（集計）の提出",
        text="""
日本語学校連絡協議会 事務局 御中

お世話になっております。みなみ国際日本語学院の林です。
ご依頼のあった2024年12月日本語能力試験の受験結果（集計）をお送りします。

N1：受験 18名　合格 7名（38.9%）
N2：受験 64名　合格 23名（35.9%）
N3：受験 52名　合格 31名（59.6%）
合計：受験 134名　合格 61名

国籍別の内訳が必要でしたら、人数のみでお出しできます。
""" + SIG_HAYASHI,
    ))

    # P7 教材原稿（非暗号化ZIP）
    out.append(mail(
        expect="pass", kind="benign.plain_zip", writer="林", loc="none",
        why="暗号化されていないZIPで、中身は教材の本文だけ。",
        from_=HAYASHI, to=[PUB1],
        subject="初級教材 第5課 原稿の送付",
        text="""
ことば出版 編集部
三浦 様

お世話になっております。林です。
第5課の本文と練習問題の原稿をZIPでお送りします（パスワードなし）。
イラストの指示は本文中に【】で入れてあります。

ご確認をお願いいたします。
""" + SIG_HAYASHI,
        attachments=[att("第5課_原稿.zip/第5課_本文.txt", TXT, """
第5課　休みの日に何をしますか
アンナ：リンさん、休みの日に何をしますか。
リン：たいてい図書館で勉強します。アンナさんは？
アンナ：わたしは友だちと新宿へ買い物に行きます。【イラスト：駅前の様子】
"""), att("第5課_原稿.zip/第5課_練習.txt", TXT, "練習A　例：（図書館・勉強します）→ 図書館で勉強します。")],
    ))

    # P8 出版社との共同プロジェクト（2社6アドレス）
    out.append(mail(
        expect="pass", kind="benign.project_six_addresses", writer="林", loc="none",
        why="2組織6アドレスのプロジェクト連絡で、外部の宛先は3件だけ。",
        from_=HAYASHI, to=[PUB1, PUB2, PUB3], cc=[ONISHI, KYOMU],
        subject="共同教材プロジェクト 第4回打合せのご案内",
        text="""
ことば出版 三浦様、吉川様、高橋様
（cc：大西、教務部）

お世話になっております。林です。
共同教材プロジェクトの第4回打合せを下記のとおり開催します。

日時：2月26日（水）15:00〜16:30
場所：本校 3階 会議室（オンライン参加も可）
議題：
 1. 第6〜8課の原稿進捗
 2. 音声収録のスケジュール（ナレーターの候補）
 3. 試用クラスでのアンケート結果

オンライン参加の方は前日までにお知らせください。
""" + SIG_HAYASHI,
    ))

    # P9 市長来校・選挙期間（公人）
    out.append(mail(
        expect="pass", kind="benign.public_figure_election", writer="大西", loc="none",
        why="市長や選挙の候補者など公人についての連絡で、私人の個人情報ではない。",
        from_=ONISHI, to=[CITY],
        subject="卒業式へのご臨席について（ご確認）",
        text="""
新宿みなみ区 国際交流課 御中

いつもお世話になっております。みなみ国際日本語学院 事務長の大西です。
3月14日（金）の卒業式に、区長の森下 隆三様にご臨席いただけるとのこと、
誠にありがとうございます。祝辞は5分程度でお願いできれば幸いです。

なお、区議会議員選挙の告示期間と重なるため、
立候補予定者の方のご来賓としてのご案内は控えさせていただきます。
ご了承のほどお願い申し上げます。

当日の式次第は来週お送りします。
""" + SIG_ONISHI,
    ))

    # P10 PCのウイルス感染（マルウェア）
    out.append(mail(
        expect="pass", kind="benign.malware_infection", writer="大西", loc="none",
        why="「感染」「隔離」はパソコンのマルウェアのことで、人の健康情報ではない。",
        from_=ONISHI, to=[ITVENDOR],
        subject="事務室PCのウイルス感染の疑いについて",
        text="""
テックサポート新宿 ヘルプデスク御中

みなみ国際日本語学院の大西です。
本日10時ごろ、事務室のPC1台でウイルス対策ソフトが警告を出しました。

・端末名：MJLA-OFFICE-07（資産番号 PC-2022-0107）
・検知名：Trojan.GenericKD.71234567
・検知ファイルのSHA-256：3f5a9c0e1b7d4e2f8a6c0b9d1e3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f
・対処：ソフトが自動で隔離済み。LANケーブルは抜いてあります。

他のPCへの感染がないか確認していただけますでしょうか。
本日中に来校いただけると助かります。
""" + SIG_ONISHI,
    ))

    for m in out:
        m["_org"] = ORG
    return out
