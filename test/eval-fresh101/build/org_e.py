"""Org E: 北陵国際大学 入試課 (university admissions, international applicants)."""
from common import A, Writer, att, enc_zip, mail, yamato_fmt, yamato_series

ORG = "E"
DOM = "hokuryo-u.example.ac.jp"

ONODERA = Writer("onodera", "小野寺 聡", f"s.onodera@{DOM}", """
===================================
北陵国際大学 アドミッションセンター 入試課
課長補佐 小野寺 聡（おのでら さとし）
〒981-0000 宮城県仙台市青葉区北陵台0-1-1
TEL 022-0000-3100 / FAX 022-0000-3109
s.onodera@hokuryo-u.example.ac.jp
https://www.hokuryo-u.example.ac.jp/admissions/
===================================
""")

MIURA = Writer("miura", "三浦 さやか", f"s.miura@{DOM}", """
--
三浦 さやか Sayaka Miura
北陵国際大学 入試課（留学生入試担当）
Admissions Office, Hokuryo International University
TEL 022-0000-3112 / s.miura@hokuryo-u.example.ac.jp
""")

HARRIS = Writer("harris", "Emily Harris", f"e.harris@{DOM}", """
Emily Harris
International Admissions Coordinator
Admissions Office, Hokuryo International University
0-1-1 Hokuryodai, Aoba-ku, Sendai, Miyagi 981-0000, Japan
Tel: +81-22-0000-3118
e.harris@hokuryo-u.example.ac.jp
""")

TAJIMA = A("東都日本語学院 進学指導 田島 恵子", "tajima@toto-nihongo.example.jp")
KUDO = A("Kudo Mariko (Sakura International Language Institute)", "kudo@sakura-gogaku.example.jp")
RESIDENCE = A("キャンパスレジデンス 入居管理課 本田", "nyukyo@campus-residence.example.co.jp")


def build():
    M = []
    add = M.append

    # ------------------------------------------------------------ holds
    add(mail(ORG, MIURA, "hold", "body", "id.passport",
             "入寮手続のために留学生の旅券番号・生年月日・国籍・連絡先を寮管理会社へ本文で送っている。",
             [RESIDENCE], "10月入学 留学生の入寮手続きについて（北陵国際大学）", """
株式会社キャンパスレジデンス
入居管理課 本田様

いつもお世話になっております。北陵国際大学 入試課の三浦です。
10月入学の留学生1名について、提携寮「北陵台インターナショナルハウス」への入居手続きをお願いいたします。

　氏名：CHEN Yuting（陳 雨婷）
　国籍：中国
　生年月日：2006年2月14日
　性別：女性
　旅券番号：EH4820731
　入国予定日：2025年9月24日（成田着、仙台へは翌日移動）
　連絡先：chenyuting0214@outlook.com
　入居希望日：2025年9月25日

在留カードは入国時に交付される予定ですので、番号は入居後にご本人から提出させます。
契約書の送付先は、ご本人のメールアドレスでお願いいたします。

よろしくお願いいたします。
""", personal=[("name", "CHEN Yuting"), ("name", "陳 雨婷"), ("birth_date", "2006年2月14日"),
                   ("passport", "EH4820731"), ("email", "chenyuting0214@outlook.com")]))

    add(mail(ORG, ONODERA, "hold", "body", "sensitive.disability_accommodation",
             "受験者の実名・受験番号と聴覚障害（身体障害者手帳4級）を外部の試験運営会社に送っており、障害に関する要配慮個人情報の社外送信にあたる。",
             [A("株式会社テストオペレーション 試験運営部 清水", "shimizu@testops.example.co.jp")],
             "11月入試 受験上の配慮が必要な受験者について", """
株式会社テストオペレーション
試験運営部 清水様

いつもお世話になっております。北陵国際大学 入試課の小野寺です。
11月22日（土）実施の総合型選抜について、受験上の配慮を申請している受験者が1名おりますので、会場設営のご準備をお願いいたします。

　受験番号：B-2041
　氏名：保科 悠人（ほしな ゆうと）
　障害の状況：両耳感音性難聴（身体障害者手帳4級）、補聴器使用
　配慮事項：
　　・別室受験（試験室Cを使用）
　　・試験上の指示・注意事項は文書で提示
　　・面接では筆談を併用し、試験官は口元が見える透明マスクを使用
　　・試験時間の延長はなし

当日の監督者には、事前に上記をご説明いただけますと幸いです。
配置図の修正版をお送りいただけますでしょうか。

よろしくお願いいたします。
""", personal=[("name", "保科 悠人"), ("disability", "両耳感音性難聴（身体障害者手帳4級）")]))

    add(mail(ORG, HARRIS, "hold", "body", "sensitive.religion",
             "Names an incoming student and states his religion (practising Muslim) to the residence company (英文); 信条は要配慮個人情報。",
             [A("Campus Residence International Desk (Mr. Oka)", "intl@campus-residence.example.co.jp")],
             "Room allocation request – incoming student (October intake)", """
Dear Mr. Oka,

Thank you for your help with the October intake arrangements.

I am writing about one of our incoming students, Mr. Muhammad Arif RAHMAN (Bangladesh, Faculty of Global Business). He is a practising Muslim and has asked us whether the residence can accommodate the following:

- a room on the ground floor close to the multi-purpose room, which he would like to use for his daily prayers (five times a day, about 10 minutes each)
- a separate shelf in the shared kitchen for halal food, or a halal option in the meal plan
- during Ramadan (expected from mid-February to mid-March 2026), permission to use the kitchen before dawn

He arrives on 26 September. He does not have a Japanese mobile number yet; please contact him via his university email, m.rahman25@hokuryo-u.example.ac.jp.

Could you let me know by 12 September whether these requests can be met?

Kind regards,
""", personal=[("name", "Muhammad Arif RAHMAN"), ("religion", "practising Muslim")]))

    res = [
        ("I-1021", "NGUYEN Van Hieu", "ベトナム", "国際経営学部", 168, 72, 80, "合格"),
        ("I-1022", "TRAN Thi Mai", "ベトナム", "国際経営学部", 142, 58, 66, "補欠"),
        ("I-1035", "ZHANG Hao", "中国", "情報科学部", 181, 75, 78, "合格"),
        ("I-1036", "KIM Jiwoo", "韓国", "国際文化学部", 175, 81, 85, "合格"),
        ("I-1048", "GURUNG Anish", "ネパール", "情報科学部", 121, 49, 60, "不合格"),
        ("I-1049", "LI Xinyi", "中国", "国際文化学部", 163, 70, 74, "合格"),
        ("I-1057", "PHAM Minh Duc", "ベトナム", "国際経営学部", 135, 52, 58, "不合格"),
        ("I-1058", "SHRESTHA Pooja", "ネパール", "国際経営学部", 150, 66, 71, "合格"),
    ]
    xlsx = "[結果一覧]\n受験番号\t氏名\t国籍\t志望学部\t日本語(200)\t小論文(100)\t面接(100)\t合計(400)\t判定\n"
    xlsx += "\n".join(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\t{r[4]}\t{r[5]}\t{r[6]}\t{r[4] + r[5] + r[6]}\t{r[7]}" for r in res)
    add(mail(ORG, MIURA, "hold", "attachment", "list.applicant_scores",
             "添付の結果一覧に受験者8名の氏名・国籍・得点・合否が並んでおり、成績付きの名簿を日本語学校へ送っている。",
             [TAJIMA], "2025年度 第2期 私費外国人留学生入試 結果のご連絡（貴校出願者分）", """
東都日本語学院
進学指導ご担当 田島様

いつもお世話になっております。北陵国際大学 入試課の三浦です。
先日実施いたしました第2期私費外国人留学生入試につきまして、貴校から出願いただいた8名の結果を添付のとおりお知らせいたします。

合格者への合格通知書は、本日付で各受験生あてに発送しております。
入学手続の締切は11月14日（金）です。学生の皆さんへのご指導をよろしくお願いいたします。

次回（第3期）の出願期間は12月1日〜12月12日です。あわせてご案内いただけますと幸いです。
""", attachments=[att("入試結果_東都日本語学院_第2期.xlsx", xlsx)],
             personal=[("name", "NGUYEN Van Hieu"), ("name", "GURUNG Anish"), ("name", "ZHANG Hao"),
                       ("name", "PHAM Minh Duc")]))

    form = """
KAN-NIHONKAI IKUEIKAI SCHOLARSHIP 2026 – APPLICATION FORM

1. Applicant
   Full name: OYUNBAATAR Enkhjin
   Date of birth: 17 August 2005
   Nationality: Mongolia
   Student ID: 25I1042 (Faculty of Information Science, 1st year)
   Address in Japan: Hokuryodai International House Room 214, 0-3-8 Hokuryodai, Aoba-ku, Sendai
   Mobile: 070-0000-4921
   Email: enkhjin.oyun@gmail.com

2. Family and finances
   Father: bus driver, annual income approx. USD 4,800
   Mother: not employed
   Siblings: two (aged 14 and 9)
   Monthly remittance from family: none
   Part-time work in Japan: convenience store, 20 hours/week, approx. JPY 85,000/month

3. Academic record
   GPA (first semester): 3.72 / 4.00
   JLPT: N2 (2024)

4. Statement (excerpt)
   I want to study data science so that I can help build digital public services in Mongolia...
"""
    add(mail(ORG, HARRIS, "hold", "attachment", "personal.scholarship_application",
             "The attached form gives one student's full profile – birth date, address, mobile, private email and family income – to an outside foundation (英文).",
             [A("Ms. Kobayashi, Kan-Nihonkai Ikueikai", "scholarship@kannihonkai-ikuei.example.or.jp")],
             "Nomination for the 2026 Kan-Nihonkai Scholarship – Hokuryo International University", """
Dear Ms. Kobayashi,

Thank you very much for inviting Hokuryo International University to nominate a student for the 2026 Kan-Nihonkai Scholarship.

Following our internal selection committee on 6 November, we are pleased to nominate one first-year student from the Faculty of Information Science. Please find attached the nominee's application form. Our letter of recommendation, signed by the Dean, and the original documents will follow by post this week.

If the committee would like to interview the nominee, we would be happy to arrange a time on our campus or online.

Kind regards,
""", attachments=[att("Scholarship_Application_Form_2026.pdf", form)],
             personal=[("name", "OYUNBAATAR Enkhjin"), ("birth_date", "17 August 2005"), ("phone", "070-0000-4921"),
                       ("email", "enkhjin.oyun@gmail.com"), ("income", "annual income approx. USD 4,800")]))

    add(mail(ORG, HARRIS, "hold", "quoted", "sensitive.criminal_record",
             "The forwarded agent mail names an applicant and his conviction for assault with a suspended sentence (英文); 犯罪の経歴は要配慮個人情報。",
             [A("行政書士法人グローバルビザ 佐久間 誠", "sakuma@globalvisa.example.jp")],
             "Fwd: Applicant documents – background question", """
Dear Mr. Sakuma,

Thank you for your continued support with our students' CoE applications.

Please see the message below from one of our partner agents in Ulaanbaatar. Before we proceed with the Certificate of Eligibility application for this applicant, could you advise us:

1. whether the matter described needs to be declared on the CoE application form, and
2. whether it is likely to affect the outcome, given the nature of the case.

We would be grateful for your advice by 3 October.

Best regards,
""", sig="ja", quoted="""
---------- Forwarded message ---------
From: Bolor Education Center <admissions@bolor-edu.example.mn>
Date: Mon, 22 Sep 2025 at 15:40
Subject: Applicant documents – background question
To: Emily Harris <e.harris@hokuryo-u.example.ac.jp>

Dear Ms. Harris,

We are sending the remaining documents for BATBAYAR Temuulen (application no. 25I-0233) by courier today.

There is one point we must tell you honestly. In 2022, when he was 19, Temuulen was convicted of assault after a fight outside a karaoke bar and received a one-year suspended sentence. The court certificate is enclosed. He has had no other problems and his school record since then is very good.

Please tell us if this will be a problem for his visa.

Best regards,
Oyunaa D.
Bolor Education Center
Tel: +976-11-0000-482
""", personal=[("name", "BATBAYAR Temuulen"), ("criminal", "convicted of assault"),
                   ("criminal", "one-year suspended sentence")]))

    add(mail(ORG, MIURA, "hold", "quoted", "sensitive.family_poverty_health",
             "転送した学生のメールに実名・学籍番号と、母親の乳がん治療・父親の失業・困窮が書かれており、本人と家族の要配慮情報を財団に送っている。",
             [A("みちのく国際交流財団 奨学事業課 高橋", "takahashi@michinoku-kouryu.example.or.jp")],
             "Fw: 奨学金推薦に関する家計状況について", """
公益財団法人 みちのく国際交流財団
奨学事業課 高橋様

いつもお世話になっております。北陵国際大学 入試課の三浦です。
貴財団の「新入留学生緊急支援奨学金」に推薦予定の学生から、家計状況について下記のとおり連絡がありました。

推薦書の「家計急変の事由」欄の記載にあたり、この内容で要件を満たすかどうか、ご確認いただけますでしょうか。
推薦締切は10月10日と伺っております。

よろしくお願いいたします。
""", quoted="""
-----Original Message-----
From: PHAM Thu Trang <phamthutrang.hn@gmail.com>
Sent: Wednesday, October 1, 2025 10:52 PM
To: 三浦 さやか <s.miura@hokuryo-u.example.ac.jp>
Subject: 奨学金について

三浦先生

いつもお世話になっております。国際経営学部1年のファム・トゥ・チャンです。
奨学金の件で、家のことをお伝えします。

父は今年の6月に会社が倒産して失業しました。母は乳がんの治療中で、働けません。
今は親戚からの支援で生活していて、私への仕送りは7月から止まっています。
アルバイトは週28時間までしかできないので、家賃（月3万8千円）を払うのが大変です。

どうぞよろしくお願いいたします。

ファム・トゥ・チャン
学籍番号 25I1017
""", personal=[("name", "PHAM Thu Trang"), ("name", "ファム・トゥ・チャン"),
                   ("health", "母は乳がんの治療中"), ("social_status", "父は今年の6月に会社が倒産して失業")]))

    add(mail(ORG, HARRIS, "hold", "subject", "sensitive.tb_screening",
             "The subject line alone names an applicant and her positive tuberculosis screening (英文); 病歴が件名だけで社外に出る。",
             [KUDO], "[Urgent] LIN Meihua (Applicant No. 25I-0157) – TB screening positive, CoE on hold", """
Dear Ms. Kudo,

Thank you for your call this morning.

As discussed, the immigration office has asked us to submit an updated medical certificate for the applicant named in the subject line before the Certificate of Eligibility can be processed. We have therefore put the application on hold for now.

Could you please ask the student to:
1. visit a designated clinic for a follow-up chest X-ray and sputum test, and
2. send us the new certificate (English or Japanese) by 20 October?

If the follow-up shows no active disease, we expect the application to proceed on the January timeline. The student's place in the programme is not affected.

Best regards,
""", personal=[("name", "LIN Meihua"), ("health", "TB screening positive")]))

    add(mail(ORG, HARRIS, "hold", "zip", "attachment.encrypted_zip",
             "Password-protected ZIP (PPAP) attachment that cannot be inspected; held for review.",
             [A("Hoang Minh Tuan (Lotus Education Consulting)", "tuan.hoang@lotus-edu.example.vn")],
             "Admission documents – batch 3 (October 2025)", """
Dear Mr. Hoang,

Please find attached the admission documents for the six students in batch 3 (admission letters, fee invoices and copies of the Certificates of Eligibility).

The ZIP file is password-protected. I will send the password in a separate email shortly.

Please let me know once the students have received their documents.

Best regards,
""", attachments=[enc_zip("HIU_admission_batch3_2025Oct.zip")]))

    agents = [
        A("Lotus Education Consulting", "info@lotus-edu.example.vn"),
        A("Saigon Study Abroad Centre", "admissions@saigon-study.example.vn"),
        A("Bolor Education Center", "admissions@bolor-edu.example.mn"),
        A("Everest Japan Academy", "info@everest-japan.example.np"),
        A("Himalaya Education Network", "contact@himalaya-edu.example.np"),
        A("Lanka Japan Study Desk", "desk@lanka-japan.example.lk"),
        A("Formosa Japan Studies", "service@formosa-js.example.tw"),
        A("Hanbit Study Abroad", "info@hanbit-study.example.kr"),
        A("Dalian Bridge Education", "office@dalian-bridge.example.cn"),
        A("Mekong Bridge Education", "info@mekong-bridge.example.com"),
        A("Yangon Japan Gateway", "gateway@yangon-japan.example.com"),
        A("Dhaka Japan Study Centre", "study@dhaka-japan.example.com"),
        A("Nusantara Japan Academy", "admin@nusantara-japan.example.com"),
        A("Manila Japan Study Link", "info@manila-jsl.example.com"),
    ]
    add(mail(ORG, HARRIS, "hold", "recipients", "recipients.to_agents",
             "Sent to 14 partner agents in different countries with every address visible in To (英文); these should have been BCC.",
             agents, "April 2026 intake – application schedule for partner agents", """
Dear partners,

Greetings from Hokuryo International University in Sendai.

We are pleased to share the application schedule for the April 2026 intake of our undergraduate programmes for international students.

Round 3
- Online application: 1–12 December 2025
- Document deadline (arrival in Japan): 19 December 2025
- Interview (online): 17–18 January 2026
- Results: 30 January 2026

Round 4 (limited places)
- Online application: 5–16 January 2026
- Interview (online): 7 February 2026
- Results: 20 February 2026

Application fee: JPY 20,000 (payable by card on the portal)
Application portal: https://apply.hokuryo-u.example.ac.jp/intl

We will hold an online briefing for agents on 20 November at 16:00 JST. A registration link will follow next week.

Thank you for your continued cooperation.

Best regards,
"""))

    # ------------------------------------------------------------ passes
    add(mail(ORG, MIURA, "pass", "none", "benign.offer_holder_self",
             "合格者本人への合格通知と手続案内で、本人の情報を本人に送っているだけ（お祝いの文面）。",
             [A("TRAN Quoc Bao", "bao.tranquoc2005@gmail.com")],
             "【合格のお知らせ】北陵国際大学 2026年4月入学 私費外国人留学生入試", """
TRAN Quoc Bao さん

合格おめでとうございます！
北陵国際大学 入試課の三浦です。

2026年4月入学 私費外国人留学生入試（第2期）の結果、あなたは国際経営学部に合格しました。
受験番号：I-1106

合格通知書と入学手続書類は、本日、日本語学校あてに発送しました。
あわせて、以下の手続きをお願いします。

1. 入学手続（入学金の納付）：11月14日（金）まで
   手続サイト：https://apply.hokuryo-u.example.ac.jp/enroll
2. 在留資格認定証明書の申請に必要な書類の提出：11月28日（金）まで
   （パスポートの顔写真ページのコピー、経費支弁書など。詳しくは手続サイトをご覧ください）
3. 入学前オンライン・オリエンテーション：12月13日（土）10:00〜（日本時間）

わからないことがあれば、いつでもこのメールに返信してください。
4月に仙台でお会いできるのを楽しみにしています。
"""))

    add(mail(ORG, HARRIS, "pass", "none", "benign.meeting_arrangement_en",
             "Setting up an online meeting with a partner agent (英文); only business contacts and a meeting link appear.",
             [A("Hoang Minh Tuan", "tuan.hoang@lotus-edu.example.vn")], "Re: Online meeting – recruitment plan for 2026", """
Dear Tuan,

Thank you for your quick reply.

Thursday 13 November at 15:00 Hanoi time (17:00 Japan time) works for us. Here is the meeting link:
https://zoom.example.com/j/84100002671 (passcode: hiu2026)

From our side, Mr. Onodera (Deputy Manager, Admissions) and I will attend. We would like to cover:
1. Review of the October 2025 intake
2. Recruitment targets for April and October 2026
3. Your proposal for a campus visit tour in March

I will send the slides the day before.

Best regards,
""", cc=[ONODERA.addr], quoted="""
On Mon, 3 Nov 2025 at 11:02, Hoang Minh Tuan <tuan.hoang@lotus-edu.example.vn> wrote:
> Dear Emily,
>
> Thank you for the update on the October intake. We would like to have an online meeting to discuss our recruitment plan for 2026.
> Would 12 or 13 November suit you? Any time after 14:00 Hanoi time is fine for us.
>
> Best regards,
> Tuan
>
> Hoang Minh Tuan
> Director, Lotus Education Consulting
> Tel: +84-24-0000-5521
"""))

    y1 = yamato_series("53920481186", True)
    y2 = yamato_series("53920481227", False)
    add(mail(ORG, ONODERA, "pass", "none", "benign.yamato_tracking",
             "12桁の番号は宅急便の伝票番号（一方は偶然マイナンバーの検査数字も満たす）で、個人番号ではない。",
             [TAJIMA], "合格者の入学手続書類の発送について（宅急便）", f"""
東都日本語学院
進学指導ご担当 田島様

いつもお世話になっております。北陵国際大学 入試課の小野寺です。
第2期入試の合格者5名分の合格通知書・入学手続書類を、本日、宅急便で貴校あてに発送いたしました。

　1箱目（3名分）：お問い合わせ伝票番号 {yamato_fmt(y1)}
　2箱目（2名分）：お問い合わせ伝票番号 {yamato_fmt(y2)}

明後日の午前中に到着する予定です。
お手数ですが、到着後に各学生へお渡しいただけますでしょうか。
入学手続の締切は11月14日（金）です。

よろしくお願いいたします。
"""))

    add(mail(ORG, ONODERA, "pass", "none", "benign.historical_persons",
             "新渡戸稲造・津田梅子・福沢諭吉は歴史上の人物で、小論文の課題文の校正に個人情報は含まれない。",
             [A("株式会社新栄プリント 校正担当 大橋", "ohashi@shinei-print.example.co.jp")],
             "2026年度一般選抜 小論文 課題文の再校について", """
株式会社新栄プリント
校正ご担当 大橋様

いつもお世話になっております。北陵国際大学 入試課の小野寺です。
2026年度一般選抜（小論文）の再校を確認いたしましたので、修正点をお送りします。

【課題文の出典表記】
　・課題文A：新渡戸稲造『武士道』（矢内原忠雄訳）の一節 → 訳者名の表記を本文と統一してください
　・課題文B：津田梅子の書簡（1883年）の一節 → 「一八八三年」と漢数字に統一
　・課題文C：福沢諭吉『学問のすゝめ』初編 → 「すゝめ」の踊り字はそのまま

【その他】
　・3ページ 設問2の字数指定「600字以上800字以内」の「以内」が脱落しています。
　・解答用紙の受験番号欄を7桁から8桁に変更してください。

三校は11月20日（木）に、本学入試課にて受け渡しとさせてください（厳秘扱いのため手渡しでお願いします）。
よろしくお願いいたします。
"""))

    add(mail(ORG, MIURA, "pass", "none", "benign.aggregate_nationality",
             "国・地域別の出願者数と合格者数の集計値のみで、個人は特定されない。",
             [A("東北日本語学校連絡会 事務局", "office@tohoku-nihongo.example.or.jp")],
             "2025年度 留学生入試 国・地域別出願状況（集計）のご報告", """
一般社団法人 東北日本語学校連絡会
事務局 御中

いつもお世話になっております。北陵国際大学 入試課の三浦です。
連絡会の情報交換会用に、2025年度（第1期・第2期）の留学生入試の集計をお送りします。

国・地域　　出願者　合格者
ベトナム　　　48　　　29
中国　　　　　35　　　24
ネパール　　　22　　　10
韓国　　　　　 9　　　 7
モンゴル　　　 8　　　 5
スリランカ　　 6　　　 3
台湾　　　　　 5　　　 4
ミャンマー　　 4　　　 2
その他　　　　 7　　　 4
合計　　　　 144　　　88

日本語能力試験N2以上の取得者の合格率は78%、N3の方は41%でした。
個別の学生の結果は、各日本語学校の進学ご担当者あてに別途ご連絡しております。
"""))

    add(mail(ORG, ONODERA, "pass", "none", "benign.lecturer_fee_masked_account",
             "講師本人への謝金の案内で、振込口座は伏せ字にしてあり、本人の情報を本人に送っているだけ。",
             [A("藤井 真一 先生", "s.fujii@tohoku-bunri.example.ac.jp")],
             "入試説明会 講演謝金のお支払いについて", """
東北文理大学 教育学部
藤井 真一 先生

先日は本学の高校教員向け入試説明会にてご講演いただき、誠にありがとうございました。
北陵国際大学 入試課の小野寺でございます。
「探究学習と総合型選抜」のお話は、参加された先生方から大変好評でした。

講演謝金につきまして、下記のとおりお支払いいたします。

　謝金額：30,000円
　源泉徴収税額：3,063円
　お振込額：26,937円
　お振込先：ご指定の口座（みやぎ中央銀行 ****支店 普通 ****318）
　お支払予定日：2025年11月28日（金）

源泉徴収票は、来年1月に郵送いたします。
あらためまして、このたびは誠にありがとうございました。
"""))

    partners = [
        A("Saigon Study Abroad Centre", "admissions@saigon-study.example.vn"),
        A("Everest Japan Academy", "info@everest-japan.example.np"),
        A("Bolor Education Center", "admissions@bolor-edu.example.mn"),
        A("Lanka Japan Study Desk", "desk@lanka-japan.example.lk"),
        A("Formosa Japan Studies", "service@formosa-js.example.tw"),
        A("Hanbit Study Abroad", "info@hanbit-study.example.kr"),
        A("Dalian Bridge Education", "office@dalian-bridge.example.cn"),
        A("Mekong Bridge Education", "info@mekong-bridge.example.com"),
    ]
    add(mail(ORG, HARRIS, "pass", "none", "benign.portal_outage_en",
             "\"Outage\" and \"system failure\" refer to the application portal; other agents are in BCC, so only one outside address is visible.",
             [A("Lotus Education Consulting", "info@lotus-edu.example.vn")],
             "[Resolved] Online application portal outage on 14 October", """
Dear partners,
(This message is sent to all partner agents in BCC.)

We would like to inform you that our online application portal was unavailable on 14 October 2025 from 09:00 to 13:30 JST because of a system failure at our cloud provider.

The portal has been fully restored. No application data was lost.

Applicants who could not submit their applications during the outage may do so until 23:59 JST on 16 October; we have extended the Round 2 deadline by 48 hours.

We apologise for the inconvenience.

Best regards,
""", bcc=partners))

    add(mail(ORG, ONODERA, "pass", "none", "benign.public_figures_guests",
             "来賓の知事・市長・議員は公人で、役職と氏名による席次の相談に個人の要配慮情報は含まれない。",
             [A("株式会社イベントワークス 式典担当 松原", "matsubara@eventworks.example.co.jp")],
             "2026年度 入学式 来賓の席次について", """
株式会社イベントワークス
式典ご担当 松原様

いつもお世話になっております。北陵国際大学 入試課の小野寺です。
2026年4月3日（金）の入学式について、来賓の出席予定と席次案をお送りします。

【来賓（出席のご回答をいただいた方）】
　1. 宮城県知事 北村 雄一郎 様（祝辞）
　2. 仙台市長 大槻 和彦 様（代理出席の可能性あり）
　3. 衆議院議員 遠藤 美佐子 様
　4. 在仙台 ベトナム社会主義共和国 名誉領事 様
　5. 本学名誉学長 佐々木 宗一郎

席次は、1→2→3→5→4の順で、壇上向かって右側の来賓席にお願いいたします。
知事の祝辞は式次第の4番目、5分程度の予定です。

留学生の新入生代表挨拶（日本語・英語）のため、演台のマイクを2本ご用意ください。
よろしくお願いいたします。
"""))

    serials = ["5CD3147K2L", "5CD3147K3M", "5CD3147K4N", "5CD3147K5P", "5CD3147K6Q",
               "5CD3147K7R", "5CD3147K8S", "5CD3147K9T", "5CD3147L0U", "5CD3147L1V",
               "5CD3147L2W", "5CD3147L3X"]
    rows = "\n".join(f"　RT-NB-{2231 + i:05d}　S/N {s}" for i, s in enumerate(serials))
    add(mail(ORG, ONODERA, "pass", "none", "benign.serial_numbers",
             "レンタルPCの管理番号とシリアル番号の照合で、個人の識別番号ではない。",
             [A("株式会社レンタルテック 東北営業所 菅原", "sugawara@rentaltech.example.co.jp")],
             "試験用ノートPC 返却および機器番号の照合について", f"""
株式会社レンタルテック 東北営業所
菅原様

いつもお世話になっております。北陵国際大学 入試課の小野寺です。
11月22日の総合型選抜（情報活用力試験）でお借りしたノートPC 12台を、本日返却いたしました。
返却した機器の管理番号とシリアル番号は以下のとおりです。

{rows}

試験終了後、すべての機器で受験用アカウントのデータを消去し、初期化ツールを実行済みです。
ACアダプタ12個、予備マウス2個も同梱しております。

検品のうえ、不足等があればお知らせください。
"""))

    guide = """
2026年度 北陵国際大学 私費外国人留学生入試 募集要項（概要）

1. 募集学部：国際経営学部、国際文化学部、情報科学部
2. 出願資格：外国籍で、日本の高校卒業と同等以上の学歴を有する者
3. 日本語能力：日本語能力試験N2以上、または日本留学試験（日本語）200点以上
4. 選考方法：書類審査、小論文（日本語）、面接
5. 検定料：20,000円
6. 出願期間：第3期 2025年12月1日〜12月12日／第4期 2026年1月5日〜1月16日
"""
    check = """
出願書類チェックリスト

□ 入学願書（Web出願後に印刷したもの）
□ 最終学歴の卒業証明書・成績証明書（日本語訳を添付）
□ 日本語能力を証明する書類の写し
□ 日本語学校の出席・成績証明書
□ パスポートの写し（顔写真のページ）
□ 検定料の支払い証明
"""
    add(mail(ORG, MIURA, "pass", "none", "benign.plain_zip",
             "暗号化されていない通常のZIPで、中身は募集要項の概要と出願書類のチェックリストのみ。",
             [KUDO], "2026年度 募集要項・出願書類一式の送付", """
さくら国際語学院
進学指導ご担当 工藤様

いつもお世話になっております。北陵国際大学 入試課の三浦です。
2026年度の私費外国人留学生入試の募集要項と、出願書類のチェックリストをお送りします。
ZIPにまとめていますが、パスワードはかけておりません。

学生の皆さんへの説明会でご活用いただけますと幸いです。
冊子版の募集要項は、30部を来週お送りいたします。
"""
             , attachments=[att("2026_募集要項一式.zip/募集要項_概要.txt", guide),
                            att("2026_募集要項一式.zip/出願書類チェックリスト.txt", check)]))

    return M
