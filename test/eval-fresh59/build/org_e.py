# -*- coding: utf-8 -*-
"""(E) 東都国際大学 国際交流センター（留学生支援）— 20 mails (10 hold / 10 pass), mostly English."""
from common import A, mail, att, enc_zip, XLSX, DOCX, PDF, CSV, ZIP

ORG = "E: 東都国際大学 国際交流センター 留学生支援室（Toto International University, International Student Office）"
DOM = "toto-u.example.ac.jp"

CARTER = A("Emily Carter", "e.carter@" + DOM)
HASEGAWA = A("長谷川 悠 (Yu Hasegawa)", "hasegawa.yu@" + DOM)
NAKAMURA = A("中村 沙織 (Saori Nakamura)", "s.nakamura@" + DOM)

SIG_CARTER = """
--
Emily Carter (she/her)
International Student Advisor
International Student Office, Center for International Exchange
Toto International University
2-10-1 Hiyoshidai, Kohoku-ku, Yokohama 223-8521, Japan
Tel: +81-45-566-1207 (ext. 4207) | e.carter@toto-u.example.ac.jp
Office hours: Mon-Fri 9:30-17:00 (closed 12:30-13:30)
This e-mail is intended for the named recipient(s) only.
"""

SIG_HASEGAWA = """
----------------------------------------------
Yu Hasegawa 長谷川 悠
Chief, International Student Support Section
東都国際大学 国際交流センター 留学生支援係 係長
Tel: +81-45-566-1201 | hasegawa.yu@toto-u.example.ac.jp
----------------------------------------------
"""

SIG_NAKAMURA = """
――――――――――――――――――――――
中村 沙織 Saori Nakamura
Visa & Housing Coordinator／在留・住居支援担当
東都国際大学 国際交流センター
TEL 045-566-1209 ／ s.nakamura@toto-u.example.ac.jp
――――――――――――――――――――――
"""

MAILS = []

# 81 hold — body: residence card + passport number to a realtor (Japanese, quoted English)
MAILS.append(mail(
    "hold", "id.residence_card",
    "不動産会社へ留学生の賃貸契約の機関保証手続き。在留カード番号・旅券番号・生年月日・携帯を本文に記載。",
    "中村", "body", NAKAMURA,
    [A("東都ハウジング 留学生サポートデスク 吉村", "yoshimura@toto-housing.example.co.jp")],
    "機関保証による賃貸契約のお申込み（Nguyen Thi Mai さん）",
    """
株式会社東都ハウジング
留学生サポートデスク 吉村様

いつもお世話になっております。東都国際大学 国際交流センターの中村です。
本学の機関保証制度を利用した賃貸契約について、下記学生の申込みをお願いいたします。

物件：レオパレス日吉台 203号室（1K、家賃 58,000円）
入居希望日：2026年1月10日

学生氏名：NGUYEN THI MAI（グエン・ティ・マイ）
国籍：ベトナム
生年月日：2003年6月21日
学籍番号：25G1042
在留カード番号：VN73920418EA
在留期限：2027年9月30日
旅券番号：C8841265
携帯電話：080-7713-2259

本人からの希望は以下のとおりです（本人のメールより抜粋）：
> I would like to move in before the winter term starts. I can sign the contract
> at your office any weekday after 16:00.

保証書は本学の様式で作成し、12月中旬に郵送いたします。
""" + SIG_NAKAMURA,
    personal=[("name", "NGUYEN THI MAI"), ("birthdate", "2003年6月21日"),
              ("residence_card", "VN73920418EA"), ("passport", "C8841265"), ("phone", "080-7713-2259")]))

# 82 pass — to the offer holder herself
MAILS.append(mail(
    "pass", "benign.to_data_subject",
    "合格者本人（私用アドレス）へのオリエンテーション案内。本人の受験番号・本人の情報のみ。",
    "Carter", None, CARTER,
    [A("Sofia Lindqvist", "sofia.lindqvist03@gmail.com")],
    "Welcome to Toto International University – Orientation on April 2",
    """
Dear Sofia,

Congratulations again on your admission to the Faculty of Global Studies!
I am Emily Carter, your International Student Advisor, and I am delighted to
invite you to the New International Student Orientation.

  Date:  Thursday, April 2, 2026, 10:00-16:00
  Venue: Hiyoshidai Campus, Building 5, Room 501
  Your admission number: 2026-GS-0417 (please bring the printed admission letter)

What to bring:
  - Your passport and residence card (we will help you register your address
    at the Kohoku Ward Office in the afternoon)
  - A passport-size photo (3 cm x 4 cm) for your student ID card
  - A pen and some patience – it is a long day!

Lunch will be provided. If you have any dietary requirements, just reply to
this e-mail and let me know; we will take care of it.

We are looking forward to meeting you in Yokohama.

Warm regards,
""" + SIG_CARTER))

# 83 hold — body: student's personal bank account to scholarship foundation
MAILS.append(mail(
    "hold", "id.bank_account",
    "奨学財団へ学生個人の銀行口座（支店・口座番号・名義）を本文で通知。私人の口座情報の外部送信。",
    "Carter", "body", CARTER,
    [A("Mirai Asia Scholarship Foundation – Program Office", "program@mirai-asia-sf.example.or.jp")],
    "Change of stipend account – Arjun Patel (scholar no. MAS-2025-031)",
    """
Dear Ms. Okuda,

I hope you are well. I am writing on behalf of Arjun Patel (Graduate School of
Engineering, scholar no. MAS-2025-031), who has closed his previous bank account
after moving to a new apartment.

He has asked us to forward his new account details for the monthly stipend,
starting with the January 2026 payment:

  Bank:            Sakura Mirai Bank, Hiyoshi Branch (branch code 318)
  Account type:    Ordinary (futsu)
  Account number:  3318842
  Account holder:  PATEL ARJUN

He has also asked that the stipend notice be sent to his new address:
  3-14-7 Minowa-cho, Kohoku-ku, Yokohama, Hiyoshi Green Heights 402

Please let me know if the foundation requires a signed form from Arjun himself.

Best regards,
""" + SIG_CARTER,
    personal=[("name", "Arjun Patel"), ("bank_account", "Account number:  3318842"),
              ("bank_account", "Sakura Mirai Bank, Hiyoshi Branch (branch code 318)"),
              ("address", "3-14-7 Minowa-cho, Kohoku-ku, Yokohama, Hiyoshi Green Heights 402")]))

# 84 pass — dev meeting minutes with Luhn-valid TEST card numbers
MAILS.append(mail(
    "pass", "benign.test_card_dev_minutes",
    "出願料決済システムの開発会議議事録。Luhn適合の公開テストカード番号（4111…, 4242…）はサンドボックス用で実カードではない。",
    "長谷川", None, HASEGAWA,
    [A("Mark Jensen (CloudAdmit)", "m.jensen@cloudadmit.example.com"),
     A("佐々木 玲奈 (CloudAdmit)", "r.sasaki@cloudadmit.example.com")],
    "Minutes: Online application fee payment – sandbox test review (Nov 19)",
    """
Hi Mark, Sasaki-san,

Thank you for the session today. Minutes below – please correct anything I got wrong.

Date: Nov 19, 2025, 15:00-16:00 (Teams)
Attendees: CloudAdmit – Mark Jensen (PM), Reina Sasaki (QA)
           TIU – Yu Hasegawa, Ken Oshima (IT Center)

1. Sandbox test results
   - Test card 4111 1111 1111 1111 (Visa, any future expiry, CVC 123): success
   - Test card 4242 4242 4242 4242 (Visa): success, 3-D Secure challenge shown
   - Declined-card scenario (test card ending 0002): error message text is only in
     English – needs Japanese translation (owner: CloudAdmit, due Nov 28)
2. Production switch
   - Live API keys will be issued to the IT Center only (not by e-mail)
   - No card data is stored on the TIU side; we only receive the payment token
     and the order ID (format: TIU-APP-2026-000123)
3. Refund flow
   - Manual refunds from the dashboard, two-person approval

Next meeting: Dec 3, 15:00 (Teams)

Best,
Yu
""" + SIG_HASEGAWA,
    cc=[A("大島 健 (IT Center)", "oshima.ken@toto-u.example.ac.jp")]))

# 85 pass — meeting arrangement with partner university, long reply chain
MAILS.append(mail(
    "pass", "benign.reply_chain_meeting",
    "協定校とのZoom会議日程調整。相手校担当者の氏名・重い署名・長い返信チェーンのみで学生個人の情報なし。",
    "Carter", None, CARTER,
    [A("Olivia Grant", "o.grant@northbridge.example.edu.au")],
    "Re: Re: Re: Annual exchange review meeting – scheduling",
    """
Hi Olivia,

Perfect – Tuesday, December 9 at 9:00 AEDT (7:00 JST) works for us.
I will send a Zoom invitation shortly. Hasegawa-san and Professor Ueda
(our Vice Director) will join from our side.

Draft agenda:
  1. Exchange numbers for 2026-27 (nomination quotas: 4 each way)
  2. Course-matching for Engineering students
  3. Housing arrangements for the September intake
  4. Any other business

Speak soon,
Emily
""" + SIG_CARTER + """

On Wed, Nov 19, 2025 at 4:12 PM Olivia Grant <o.grant@northbridge.example.edu.au> wrote:
> Hi Emily,
> Apologies for the back-and-forth! Either Dec 9 or Dec 10 at 9:00 AEDT would suit
> me and our Associate Dean, Prof. Daniel Whitfield.
> Olivia
> --
> Olivia Grant | Senior Exchange Coordinator | Global Mobility Office
> Northbridge University | Level 3, Chancellery Building, Sydney NSW 2006
> T +61 2 5550 1184 | o.grant@northbridge.example.edu.au
> CRICOS Provider Code: 09999Z
>
>> On Mon, Nov 17, 2025, Emily Carter wrote:
>> Dear Olivia, would a date in the first half of December work for the annual review?
>>
>>>> On Fri, Nov 14, 2025, Olivia Grant wrote:
>>>> Dear Emily, it is that time of year again – could we set up our annual review?
"""))

# 86 hold — subject only: student's name + religion
MAILS.append(mail(
    "hold", "sensitive.religion",
    "件名だけに学生の実名と信仰（Muslim）・ラマダン期間。本文は「件名の件」の対応可否を尋ねるだけで無害。",
    "Carter", "subject", CARTER,
    [A("Ken Morita (Sakura Residence Management)", "k.morita@sakura-residence.example.co.jp")],
    "Meal plan and prayer space – Ms. Aisha Rahman (practising Muslim, Ramadan from Feb 18)",
    """
Dear Mr. Morita,

Thank you for your help with the new residents for the spring term.

Regarding the student in the subject line, who will move in on February 2:
could you let me know whether the dining hall and the residence can accommodate
the arrangements mentioned in the subject for about one month? A short call
next week would be fine if that is easier.

If this is difficult, we can discuss alternatives on campus.

Best regards,
""" + SIG_CARTER,
    personal=[("name", "Aisha Rahman"), ("religion", "practising Muslim")]))

# 87 hold — attachment: homestay profile with type 1 diabetes details
MAILS.append(mail(
    "hold", "sensitive.health",
    "ホームステイ団体へ学生プロフィールを送付。本文は無害だが添付DOCXに1型糖尿病・インスリンポンプ・低血糖時対応など健康情報。",
    "Carter", "attachment", CARTER,
    [A("Yokohama Homestay Network – Placement Team", "placement@yhn.example.org")],
    "Homestay placement request – spring short-term program",
    """
Dear Placement Team,

Please find attached the student profile for the homestay placement we
discussed last week (arrival: January 18, 2026, 6 weeks).

We would appreciate it if you could share possible host families by
December 12.

Kind regards,
""" + SIG_CARTER,
    attachments=[att("Student_Profile_Lucas_Moreau.docx", DOCX, """
HOMESTAY STUDENT PROFILE
Name: Lucas MOREAU   Gender: Male   Date of birth: 14 March 2005 (20)
Nationality: France   Home university: Universite Rhone-Alpes
Program: Spring Japanese Language & Culture (Jan 18 - Feb 28, 2026)
Mobile (France): +33 6 12 48 77 19   E-mail: lucas.moreau05@gmail.com

Health information (provided by the student for host family safety)
- Type 1 diabetes since age 9; uses an insulin pump (Omnipod) and CGM sensor
- Hypoglycaemia: if he is shaky or confused, give 15 g of sugar (juice) and call
  him an ambulance if he does not respond within 15 minutes
- Needs a refrigerator shelf for insulin
- No other allergies

Interests: football, cooking, anime
Pets: OK with cats and dogs
"""
    )],
    personal=[("name", "Lucas MOREAU"), ("birthdate", "14 March 2005"),
              ("diagnosis", "Type 1 diabetes since age 9"), ("phone", "+33 6 12 48 77 19")]))

# 88 pass — aggregate statistics (country counts, health-check rate)
MAILS.append(mail(
    "pass", "benign.aggregate_statistics",
    "コンソーシアムへの統計報告。国別人数・健康診断受診率・相談件数の集計値のみで個人は特定できない。",
    "長谷川", None, HASEGAWA,
    [A("Kanagawa University Consortium – Secretariat", "secretariat@kuc-intl.example.jp")],
    "TIU data for the 2025 international student survey",
    """
Dear Secretariat,

Please find below Toto International University's figures for the 2025 survey
(as of May 1, 2025).

International students (degree + exchange): 612
  China 214 / Vietnam 98 / Korea 71 / Indonesia 44 / Nepal 39 /
  Taiwan 31 / France 18 / USA 15 / Other (31 countries) 82

Annual health check-up participation rate: 96.4%
Counselling Center visits by international students (AY2024): 187 visits
  (we do not break this down by nationality, as some groups are very small)
Students in university housing: 238 (38.9%)
Part-time work permission holders: 71% of privately funded students

Let me know if you need the numbers in the official Excel template.

Best regards,
""" + SIG_HASEGAWA))

# 89 hold — >10 visible outside recipients (incoming students, private addresses)
STUDENTS = [
    A("Sofia Lindqvist", "sofia.lindqvist03@gmail.com"),
    A("Lucas Moreau", "lucas.moreau05@gmail.com"),
    A("Aisha Rahman", "aisha.rahman.kl@yahoo.com"),
    A("Chen Yuxuan", "chenyuxuan2004@qq.example.com"),
    A("Park Jiwoo", "jiwoo.park01@naver.example.com"),
    A("Mateo Fernandez", "mateo.fdz@hotmail.example.com"),
    A("Nguyen Thi Mai", "mai.nguyen0621@gmail.com"),
    A("Hannah Becker", "hannah.becker@web.example.de"),
    A("Rizky Pratama", "rizky.pratama99@gmail.com"),
    A("Emma Thompson", "emma.thompson@northbridge-student.example.edu.au"),
    A("Santosh Gurung", "santosh.gurung.np@gmail.com"),
    A("Lin Pei-Shan", "peishan.lin@gmail.com"),
    A("Oliver Smith", "ollie.smith2004@outlook.example.com"),
    A("Kim Min-jun", "minjun.kim.seoul@gmail.com"),
]
MAILS.append(mail(
    "hold", "recipients.too_many_visible",
    "新入留学生14名の私用アドレスをToに並べてウェルカムパーティーを案内。互いのアドレスが見える（BCCにすべき）。",
    "Carter", "recipients", CARTER, STUDENTS,
    "Welcome Party for New International Students – Friday, April 10",
    """
Dear new international students,

Welcome (almost) to Toto International University!
We are holding a Welcome Party for everyone arriving this spring:

  Date:  Friday, April 10, 2026, 18:00-20:00
  Venue: Student Hall "Hiyoshi Commons", 2nd floor
  Fee:   Free (food and soft drinks provided; halal and vegetarian options available)

Current students from the Global Buddy Program will be there to help you make
friends and answer questions about life in Yokohama.

Please RSVP by April 3 using the link in the orientation booklet.

See you soon!
""" + SIG_CARTER))

# 90 pass — minimal verification with consent
MAILS.append(mail(
    "pass", "benign.verification_with_consent",
    "本人の同意書を得たうえでの在籍・学位の確認回答。在籍期間と学位のみで成績や個人情報は出していない（最小限）。",
    "長谷川", None, HASEGAWA,
    [A("VeriCheck Asia – Education Verification", "verify@vericheck-asia.example.com")],
    "Re: Education verification request VC-88213",
    """
Dear VeriCheck Asia team,

Thank you for your request VC-88213 and for attaching the signed consent form
from the candidate.

We can confirm the following:

  Name on record:   Daniel OKAFOR
  Period of study:  April 2020 - March 2024
  Degree conferred: Bachelor of Arts in Global Studies (March 24, 2024)

In line with our policy, we do not disclose grades, disciplinary records or
contact details to third parties. If further information is required, please
ask the candidate to request an official transcript directly from the
Registrar's Office.

Best regards,
""" + SIG_HASEGAWA + """

> From: VeriCheck Asia <verify@vericheck-asia.example.com>
> Request VC-88213 – please confirm dates of attendance and degree.
> Signed release form attached. Thank you.
"""))

# 91 pass — SWIFT, partner university's corporate account
MAILS.append(mail(
    "pass", "benign.corporate_account_swift",
    "協定校への短期プログラム費の送金確認。相手大学の法人口座・SWIFT・大学側の口座で、個人口座ではない。",
    "長谷川", None, HASEGAWA,
    [A("Northbridge University – Accounts Receivable", "ar@northbridge.example.edu.au")],
    "Payment of program fee – Invoice NBU-INV-77412 (Summer Program 2026)",
    """
Dear Accounts Receivable team,

We are pleased to confirm that the program fee for the 2026 Summer English
Program (12 students) will be remitted on December 12, 2025.

  Invoice:        NBU-INV-77412
  Amount:         AUD 46,800.00
  Beneficiary:    Northbridge University
  Bank:           Harbour Commonwealth Bank, Sydney CBD
  BSB / Account:  062-000 / 10442871
  SWIFT:          HCBAAU2SXXX

For the reciprocal fee for your students' Winter Program, please remit to:

  Beneficiary:    Toto International University (学校法人東都国際学園)
  Bank:           Sakura Mirai Bank, Yokohama Main Office
  Account:        Ordinary 1027755
  SWIFT:          SKMBJPJTXXX

Please send us the remittance advice once received.

Kind regards,
""" + SIG_HASEGAWA))

# 92 hold — quoted: counselling note with depression diagnosis and hospitalization
MAILS.append(mail(
    "hold", "sensitive.health",
    "学生の本国スポンサー機関への連絡。本文は無害だが、転送した学内カウンセリングセンターのメモに実名学生のうつ病診断・入院期間が書かれている。",
    "Carter", "quoted", CARTER,
    [A("Office of Educational Affairs – Student Welfare Desk", "welfare@oea-tokyo.example.org")],
    "Fwd: Somchai W. – update after our phone call",
    """
Dear Khun Pimchanok,

Thank you for taking the time to speak with me this morning.
As promised, I am forwarding the note from our Counseling Center so that you
have the background for the scholarship continuation review.

Best regards,
Emily

---------- Forwarded message ---------
From: Counseling Center <counseling@toto-u.example.ac.jp>
Date: Thu, Nov 20, 2025 at 11:05
Subject: Somchai W. – summary for ISO
To: Emily Carter <e.carter@toto-u.example.ac.jp>

Emily,
Summary as requested (student consented to sharing with the ISO only):
- Student: Somchai WONGSAKUL, Graduate School of Economics, M2
- Diagnosed with major depressive disorder by Dr. Ishida (Hiyoshi Mental Clinic)
- Inpatient at Kohoku Memorial Hospital from Oct 28 to Nov 12
- Currently on sertraline 50 mg; weekly counselling sessions
- Recommends reduced course load and thesis deadline extension to July
Counseling Center, Toto International University
""",
    personal=[("name", "Somchai WONGSAKUL"), ("diagnosis", "major depressive disorder"),
              ("health", "Inpatient at Kohoku Memorial Hospital from Oct 28 to Nov 12"),
              ("health", "sertraline 50 mg")]))

# 93 hold — encrypted zip to immigration lawyer (Japanese)
MAILS.append(mail(
    "hold", "attachment.encrypted_zip",
    "在留資格変更の申請書類をパスワード付きZIPで行政書士へ送付（PPAP）。",
    "中村", "zip", NAKAMURA,
    [A("みなと国際行政書士事務所 江藤", "eto@minato-intl-gyosei.example.jp")],
    "在留資格変更許可申請 添付書類（卒業予定者3名分）",
    """
みなと国際行政書士事務所
江藤先生

いつもお世話になっております。東都国際大学 国際交流センターの中村です。
3月卒業予定で就職が内定した学生3名分の在留資格変更許可申請（留学→技術・人文知識・国際業務）について、
大学側で用意する書類（卒業見込証明書、成績証明書）をお送りします。

パスワード付きZIPとしております。解凍パスワードは次のメールでお送りします。
原本は12月5日に郵送予定です。
""" + SIG_NAKAMURA,
    attachments=[enc_zip("変更申請_大学発行書類_3名.zip")]))

# 94 pass — vaccination / TB screening / isolation policy, no names
MAILS.append(mail(
    "pass", "benign.health_policy_general",
    "協定校への受入時の健康要件の一般案内（結核検診、麻疹ワクチン、発症時の隔離ルール）。個人名なし。",
    "Carter", None, CARTER,
    [A("Olivia Grant", "o.grant@northbridge.example.edu.au")],
    "Health requirements for incoming exchange students (Spring 2026)",
    """
Hi Olivia,

As requested, here is a summary of our health requirements for the students
you are nominating for Spring 2026. Nothing individual is needed at this stage.

1. Tuberculosis screening
   Students who have lived in certain countries (list on our website) for
   6 months or more must submit a chest X-ray result taken within 3 months
   before arrival.
2. Vaccinations (recommended)
   Measles-rubella: 2 doses. Students without records can receive the
   vaccine at the campus Health Center in April (schedule: April 13-17).
3. Infectious diseases on campus
   If a student tests positive for influenza or COVID-19, they stay in
   isolation for 5 days in their room; dormitory staff deliver meals.
   No quarantine is required on arrival in Japan.
4. Health insurance
   Enrollment in Japan's National Health Insurance is compulsory after
   address registration.

Let me know if your students have questions.

Best,
Emily
""" + SIG_CARTER))

# 95 hold — body: exchange student's arrest for shoplifting to home university
MAILS.append(mail(
    "hold", "sensitive.criminal",
    "派遣元大学へ交換留学生の万引きでの逮捕・書類送検・懲戒手続を実名で本文連絡。犯罪・刑事手続に関する情報。",
    "長谷川", "body", HASEGAWA,
    [A("Claire Dubois", "claire.dubois@univ-rhone-alpes.example.fr")],
    "Confidential: incident involving your exchange student Thomas Girard",
    """
Dear Ms. Dubois,

I am sorry to contact you about a difficult matter.

On November 3, your exchange student Thomas GIRARD (TIU ID 25X0087) was
arrested by the Kanagawa Prefectural Police for shoplifting at an electronics
store in Yokohama (items worth about JPY 38,000). He was released after two
days, and we were informed on November 17 that the case has been sent to the
public prosecutor's office (shorui soken). He admits the offence and has paid
for the goods.

Under our regulations, the Student Disciplinary Committee will meet on
December 4 to decide on measures, which may range from a warning to the
termination of his exchange status. He may be accompanied by his advisor.

Could you let us know whether your university needs to be involved in the
decision, and whether his home-university scholarship could be affected?

Sincerely,
""" + SIG_HASEGAWA,
    personal=[("name", "Thomas GIRARD"), ("student_id", "TIU ID 25X0087"),
              ("criminal", "arrested by the Kanagawa Prefectural Police for shoplifting"),
              ("criminal", "public prosecutor's office (shorui soken)")]))

# 96 pass — visit to a mosque (宗教法人) as a cultural program
MAILS.append(mail(
    "pass", "benign.religious_corporation",
    "宗教法人（モスク）への文化体験見学の申込み。宗教の語が出るが参加者は人数のみで個人の信仰は書かれていない。",
    "Carter", None, CARTER,
    [A("宗教法人 湘南マスジド 広報担当 Mr. Hassan", "info@shonan-masjid.example.jp")],
    "Request for a group visit – Cultural Exploration Program",
    """
Dear Mr. Hassan,

I hope this message finds you well. I am Emily Carter from the International
Student Office at Toto International University.

As part of our "Cultural Exploration in Kanagawa" program, which also includes
visits to a Shinto shrine and a Catholic church, we would like to visit
Shonan Masjid (宗教法人 湘南マスジド) with a group of students.

  Preferred date: Saturday, January 24, 2026, 13:00-14:30
  Group size:     25 students and 2 staff members
  Request:        a short introduction to the mosque and Q&A

We will brief the students on the dress code and etiquette beforehand.
A donation to the mosque will be made on behalf of the university.

Thank you for considering our request.

Kind regards,
""" + SIG_CARTER))

# 97 hold — attachment: scholarship renewal list with GPA and family income
MAILS.append(mail(
    "hold", "list.student_scores",
    "奨学財団へ継続審査用リスト。本文は無害だが添付CSVに学生6名の氏名・学籍番号・GPA・取得単位・家計収入。",
    "長谷川", "attachment", HASEGAWA,
    [A("Yamato International Scholarship Society", "office@yamato-iss.example.or.jp")],
    "Scholarship renewal screening – TIU list (AY2026)",
    """
Dear Scholarship Office,

Please find attached our list for the renewal screening of your scholarship
for the academic year 2026, as requested in your letter of November 4.

The recommendation letters from supervisors will follow by post.

Kind regards,
""" + SIG_HASEGAWA,
    attachments=[att("YISS_renewal_TIU_2026.csv", CSV, """
student_id,name,nationality,program,GPA_AY2025,credits_earned,annual_family_income_JPY,remarks
23G1107,LE VAN HUNG,Vietnam,MA Economics,3.42,22,1100000,
24G1013,SHRESTHA ANJALI,Nepal,MSc Engineering,3.81,26,780000,
22U0451,WANG ZIHAN,China,BA Global Studies,2.61,24,2400000,GPA below 2.8 - warning
23U0388,PUTRI AYU LESTARI,Indonesia,BA Business,3.12,40,950000,
24G1055,PATEL ARJUN,India,MSc Engineering,3.55,20,1600000,
22U0502,BATBAYAR ENKHJIN,Mongolia,BA Japanese Studies,2.34,18,600000,repeated 2 courses
"""
    )],
    personal=[("name", "LE VAN HUNG"), ("score", "3.42"), ("name", "SHRESTHA ANJALI"),
              ("name", "WANG ZIHAN"), ("name", "BATBAYAR ENKHJIN"),
              ("income", "600000"), ("score", "2.34")]))

# 98 pass — lecturer's own fee, masked account
MAILS.append(mail(
    "pass", "benign.own_fee_masked_account",
    "ゲスト講師本人への謝金の連絡。口座は末尾以外マスク済みで、本人宛。",
    "Carter", None, CARTER,
    [A("Dr. Hannah Schmidt", "hannah.schmidt.research@gmail.com")],
    "Honorarium for your guest lecture on November 21",
    """
Dear Dr. Schmidt,

Thank you very much for your inspiring lecture, "Migration and Belonging in
Contemporary Japan", on November 21. The students are still talking about it.

Your honorarium will be processed as follows:
  Amount:        JPY 30,000 (JPY 26,937 after 10.21% withholding tax)
  Payment date:  December 19, 2025
  Account:       the account you registered with us, ending in ***789

If you have changed banks since registering, please let me know by
December 5. A withholding tax certificate will be sent to you in January.

With warm thanks,
""" + SIG_CARTER))

# 99 hold — quoted: student's own mail with full contact & visa info forwarded to staffing firm
MAILS.append(mail(
    "hold", "personal.profile",
    "人材会社へ学生の相談メールを転送。本文は紹介の一言だが、引用部分に学生の住所・携帯・生年月日・在留資格・資格外活動許可の情報がそろう。",
    "中村", "quoted", NAKAMURA,
    [A("Global Career Bridge – Student Desk", "student-desk@gcbridge.example.co.jp")],
    "Fwd: Looking for a part-time job (introduction)",
    """
Dear Student Desk,

I am forwarding a message from one of our students who is looking for
part-time work. Could your team contact him directly?

Best regards,
Saori Nakamura

---------- Forwarded message ---------
From: Rizky Pratama <rizky.pratama99@gmail.com>
Date: Mon, Nov 24, 2025 at 20:17
Subject: Looking for a part-time job
To: s.nakamura@toto-u.example.ac.jp

Dear Ms. Nakamura,

I am looking for a part-time job, maybe in a hotel or restaurant. Could you
introduce me to a company? Here is my information:

  Name: Rizky PRATAMA
  Date of birth: 9 September 2001
  Address: 1-22-5 Tsunashima-nishi, Kohoku-ku, Yokohama, Sunny Court 206
  Mobile: 090-3358-7741
  Status of residence: Student (ryugaku), valid until 2027/03/31
  Permission for activity other than that permitted: yes (28 h/week)
  Japanese: JLPT N3

Thank you very much!
Rizky
""",
    personal=[("name", "Rizky PRATAMA"), ("birthdate", "9 September 2001"),
              ("address", "1-22-5 Tsunashima-nishi, Kohoku-ku, Yokohama, Sunny Court 206"),
              ("phone", "090-3358-7741")]))

# 100 pass — project mail, 6 visible addresses from 2 organisations
MAILS.append(mail(
    "pass", "benign.project_mail_two_orgs",
    "協定校（3名）と本学（3名）の計6アドレス・2組織のプロジェクトメール。日程と役割分担のみ。",
    "Carter", None, CARTER,
    [A("Olivia Grant", "o.grant@northbridge.example.edu.au"),
     A("Prof. Daniel Whitfield", "d.whitfield@northbridge.example.edu.au"),
     A("Priya Nair", "p.nair@northbridge.example.edu.au")],
    "Summer Program 2026 – planning group kick-off",
    """
Dear all,

Thank you for agreeing to join the planning group for the 2026 Summer English
Program. Here is a quick overview before our kick-off call.

  Kick-off:  Thursday, December 18, 9:00 AEDT / 7:00 JST (Zoom link to follow)
  Program:   July 27 - August 21, 2026 (4 weeks), 12 TIU students

Proposed roles
  - Olivia (NBU): host-side logistics and airport pick-up
  - Priya (NBU): academic English course design
  - Prof. Whitfield (NBU): academic oversight, certificates
  - Hasegawa-san (TIU): budget and payments
  - Nakamura-san (TIU): visa and travel insurance guidance
  - Emily (TIU): student selection and pre-departure sessions

I will share a planning sheet on our shared drive after the call.

Best wishes,
Emily
""" + SIG_CARTER,
    cc=[HASEGAWA, NAKAMURA]))
