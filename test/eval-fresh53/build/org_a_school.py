"""Org A: Sakuragaoka International School (admissions, registrar, pastoral care).
Mostly English mails."""
from common import M, addr, att, enc_zip, XLSX, CSV, PDF, ZIP

ORG = "A"
DOM = "sakuragaoka-is.example.jp"

EMILY = addr("Emily Carter", f"emily.carter@{DOM}")
SAORI = addr("森本 沙織 (Saori Morimoto)", f"saori.morimoto@{DOM}")
DANIEL = addr("Daniel Okafor", f"daniel.okafor@{DOM}")

SIG_EMILY = """
Warm regards,

Emily Carter
Director of Admissions
Sakuragaoka International School（桜ヶ丘インターナショナルスクール）
2-14-8 Sakuragaoka, Setagaya-ku, Tokyo 156-0054, Japan
Tel: +81-3-5555-0142 (direct) | Fax: +81-3-5555-0143
https://www.sakuragaoka-is.example.jp
Accredited by CIS and WASC | IB World School
------------------------------------------------------------
This message may contain confidential information. If you are not the
intended recipient, please notify the sender and delete it. Thank you.
"""

SIG_SAORI_JA = """
--
森本 沙織（Saori Morimoto）
Admissions & Registrar Office
桜ヶ丘インターナショナルスクール
〒156-0054 東京都世田谷区桜丘2-14-8
TEL: 03-5555-0144（直通）／FAX: 03-5555-0143
Office hours: Mon–Fri 8:00–16:30 (JST)
"""

SIG_SAORI_EN = """
Best regards,

Saori Morimoto（森本 沙織）
Registrar | Admissions & Registrar Office
Sakuragaoka International School
Tel: +81-3-5555-0144 | Office hours: Mon–Fri 8:00–16:30 (JST)
"""

SIG_DANIEL = """
Daniel Okafor
Head of Pastoral Care (Grades 6–12)
Sakuragaoka International School
Tel: +81-3-5555-0150 ext. 231
"Every child known, every child valued."
"""


def mails():
    out = []

    # ---------------- HOLDS ----------------
    out.append(M(
        "A-h1", "hold", "sensitive.health", "body", "Daniel Okafor",
        "A named Grade 7 student's ADHD diagnosis and medication are sent to an outside clinic; legitimate referral, but health data about an identifiable child leaves the school.",
        DANIEL, [addr("Dr. Haruka Sendo", "h.sendo@mirai-kodomo-clinic.example.jp")],
        "Kenta Hayashi (G7) – background ahead of your observation on 19 June",
        f"""
Dear Dr. Sendo,

Thank you for agreeing to observe Kenta in class next Thursday (19 June). As promised on the phone, here is some background so that you do not have to start from zero.

Student: Kenta Hayashi, Grade 7 (homeroom 7C), DOB 14 March 2012
Parents: Mr. and Mrs. Hayashi (they have signed our consent form for this referral; copy available on request)

- Kenta was diagnosed with ADHD (combined presentation) in October 2023 by Dr. Nomura at Setagaya Kids Mental Clinic.
- He takes Concerta 27 mg every morning; our nurse keeps a back-up supply and logs each dose.
- Since the dose was adjusted in April, teachers report better focus in the mornings but a noticeable "crash" after lunch. Maths (period 5) is the hardest.
- There were two incidents of him leaving the classroom without permission in May. No aggression.
- He responds well to movement breaks and to a checklist taped to his desk.

What we would value from you:
1. An outside view on whether the afternoon pattern is about medication timing or about the demands of the lessons.
2. Practical strategies our Grade 7 team can use (they are keen but stretched).
3. Whether a formal learning support plan (ILP) is warranted for next year.

Kenta's homeroom teacher, Ms. Rivera, will meet you at reception at 12:50. Visitors need photo ID at the gate.

Best,
{SIG_DANIEL}""",
        cc=[addr("School Nurse", f"nurse@{DOM}")],
        personal=[("name", "Kenta Hayashi"), ("birthdate", "14 March 2012"),
                  ("diagnosis", "ADHD (combined presentation)"),
                  ("medication", "Concerta 27 mg")]))

    out.append(M(
        "A-h2", "hold", "id.passport", "body", "Saori Morimoto",
        "A pupil's passport number, residence card number and birth date are written into a mail to a visa agent (行政書士).",
        SAORI, [addr("行政書士法人グローバルパス 安田 様", "yasuda@globalpath-gyosei.example.jp")],
        "ベルナルディ様ご家族 在留期間更新（家族滞在）に係る在学情報の件",
        f"""
行政書士法人グローバルパス
入管業務部 安田 様

いつもお世話になっております。
桜ヶ丘インターナショナルスクールの森本でございます。

先日お電話でご依頼いただいた在学証明書の記載事項について、
下記のとおり確認が取れましたのでお知らせいたします。
在学証明書の原本は本日付で発行し、保護者様経由でお渡しいたします。

■生徒情報
　氏名：Luca BERNARDI（ルカ・ベルナルディ）
　生年月日：2013年8月2日
　国籍：イタリア
　旅券番号：YA4829157
　在留カード番号：AB58201736CD
　在籍：Grade 6（2024年8月入学、2031年6月卒業見込）

■保護者（父）
　Marco BERNARDI 様（勤務先：Ferrante Japan 株式会社）

更新申請の提出予定日がお決まりになりましたら、念のためご一報いただけますと幸いです。
何卒よろしくお願いいたします。
{SIG_SAORI_JA}""",
        personal=[("name", "Luca BERNARDI"), ("birthdate", "2013年8月2日"),
                  ("passport", "YA4829157"), ("residence_card", "AB58201736CD")]))

    out.append(M(
        "A-h3", "hold", "sensitive.criminal", "body", "Daniel Okafor",
        "Juvenile proceedings (family court, probation) of a named student are passed to the receiving school abroad.",
        DANIEL, [addr("Priya Raman", "p.raman@lionbridge-intl.example.com")],
        "Confidential – pastoral handover, Ryo Kitamura (entering G10, August)",
        f"""
Dear Priya,

Thanks for your note. I'm glad Ryo will be with you from August. He's a bright, funny kid and I think the fresh start will do him good.

You asked for anything that would help your team support him from day one. In confidence, regarding Ryo Kitamura (DOB 5 May 2010, entering Grade 10):

In February this year Ryo and two older boys were caught shoplifting at an electronics store in Shibuya. Because he is a minor, the police sent the matter to the Tokyo Family Court, and in April the court placed him under probation (保護観察). His probation officer has agreed that supervision ends with the family's relocation on 28 June.

Since then:
- Attendance has been 100%.
- He has been meeting me fortnightly and has been honest and reflective.
- Mum (Mrs. Akiko Kitamura) is very supportive; Dad travels a lot.

I'd suggest a low-key check-in with your counsellor in the first two weeks rather than anything formal. Happy to have a call. I'm usually free 4–5 pm JST (3–4 pm SGT).

Best,
{SIG_DANIEL}""",
        personal=[("name", "Ryo Kitamura"),
                  ("criminal", "caught shoplifting"),
                  ("criminal", "placed him under probation (保護観察)")]))

    out.append(M(
        "A-h4", "hold", "list.roster", "attachment", "Saori Morimoto",
        "The CSV sent to the bus operator lists seven pupils with home addresses, parent names and mobile numbers; the body itself is harmless.",
        SAORI, [addr("東都観光バス 配車センター 小川 様", "ogawa@toto-kanko-bus.example.jp")],
        "2025年度 スクールバス新規利用者一覧の送付",
        f"""
東都観光バス株式会社
配車センター 小川様

いつも大変お世話になっております。
桜ヶ丘インターナショナルスクール 森本です。

8月からの新年度ルート作成に向けて、新規利用者の一覧を添付いたします。
既存利用者からの変更分（住所変更2件）も同じファイルに含めております。

お手数ですが、7月4日（金）までにルート案をご提示いただけますと助かります。
ご不明な点がございましたらご連絡ください。
{SIG_SAORI_JA}""",
        attachments=[att("bus_new_riders_2025.csv", CSV, """
student_name,grade,home_address,parent_name,parent_mobile,preferred_stop
Adaeze Okonkwo,G3,東京都世田谷区上用賀4-12-7-302,Chidi Okonkwo,090-5512-8843,用賀駅北口
Noah Fischer,G1,東京都目黒区八雲2-19-4,Anna Fischer,080-3321-0967,八雲二丁目
Yui Sakamoto,G5,東京都世田谷区深沢7-3-15,坂本 真理子,090-7718-2046,深沢不動前
Liam Walsh,G8,東京都渋谷区西原3-41-9 パークハイツ西原201,Siobhan Walsh,070-4419-6632,幡ヶ谷駅
Mei Chen,G2,東京都世田谷区桜新町1-28-11,陳 静,080-9904-1175,桜新町駅
Oscar Lindqvist,K2,東京都大田区田園調布3-7-2,Erik Lindqvist,090-2287-5510,田園調布駅西口
Hina Takeda,G4,東京都世田谷区砧5-9-22,武田 浩一,080-6635-7281,砧公園前
""")],
        personal=[("name", "Noah Fischer"), ("address", "東京都目黒区八雲2-19-4"),
                  ("phone", "080-3321-0967"), ("name", "Yui Sakamoto"),
                  ("address", "東京都世田谷区深沢7-3-15"), ("phone", "090-7718-2046"),
                  ("name", "Liam Walsh"), ("phone", "070-4419-6632")]))

    out.append(M(
        "A-h5", "hold", "sensitive.health", "attachment", "Daniel Okafor",
        "The camp sheet names six children with anaphylaxis, diabetes, epilepsy, asthma and anxiety care; only the attachment carries it.",
        DANIEL, [addr("Ben Hartley", "ben.hartley@outdoor-explorers.example.jp")],
        "Hakuba residential (G6) – participant information sheet",
        f"""
Hi Ben,

As requested, attached is the participant information sheet for the Grade 6 Hakuba residential (1–4 July). 58 students and 6 staff are confirmed; the final bus seating plan will follow next week.

A couple of logistics questions while I have you:
- Can the lodge provide a lockable fridge in the staff room?
- Is there mobile coverage at the Happo-one trailhead, or should we bring the satellite phone again?

Cheers,
{SIG_DANIEL}""",
        attachments=[att("G6_Hakuba_participants_medical.xlsx", XLSX, """
[Medical]
Student	Class	Condition / allergy	Medication	Action plan
Sora Ishikawa	6A	Peanut allergy – anaphylaxis (2022)	EpiPen 0.3 mg x2 (student + staff)	Call 119 after EpiPen; first-aid lead Ms. Patel
Emma Dubois	6A	Type 1 diabetes	Insulin pump; glucose tablets	Check BGL before meals and hikes; target 5–10 mmol/L
Haruto Mori	6B	Asthma (moderate)	Salbutamol inhaler	Inhaler before strenuous activity
Zara Ahmed	6B	Epilepsy (last seizure Nov 2024)	Lamotrigine 50 mg morning/evening	No swimming without 1:1 supervision
Kai Tanaka	6C	Shellfish allergy	Cetirizine	Avoid shared fryer
Olivia Brooks	6C	Night-time anxiety; sees an outside counsellor	None	Room near staff; check-in at bedtime
""")],
        personal=[("name", "Sora Ishikawa"), ("diagnosis", "Peanut allergy – anaphylaxis (2022)"),
                  ("name", "Emma Dubois"), ("diagnosis", "Type 1 diabetes"),
                  ("name", "Zara Ahmed"), ("diagnosis", "Epilepsy (last seizure Nov 2024)"),
                  ("name", "Olivia Brooks"), ("diagnosis", "Night-time anxiety")]))

    out.append(M(
        "A-h6", "hold", "personal.contact", "quoted", "Emily Carter",
        "A prospective parent's full enquiry (home address, mobile, private e-mail, child's birth date and school) is forwarded to an outside tutoring company; the new text is harmless.",
        EMILY, [addr("Tom Whitaker", "tom@bridge-tutoring.example.com")],
        "Fwd: Enquiry – Grade 2 entry in January",
        f"""
Hi Tom,

Forwarding this one. The family would like some English support before a possible January entry, and I think your Saturday small-group programme would suit. Could you get in touch with them directly this week?

Thanks as always,
Emily
{SIG_EMILY}
---------- Forwarded message ---------
From: Yuko Matsushita <yuko.matsushita1985@gmail.com>
Date: Mon, 16 Jun 2025 at 22:41
Subject: Enquiry – Grade 2 entry in January
To: admissions@sakuragaoka-is.example.jp

Dear Admissions team,

My name is Yuko Matsushita. My daughter Rina (born 9 November 2017) currently attends Kamiuma Elementary School and we are considering a transfer to SIS in January 2026, as my husband's company is sending us to Singapore in 2027 and we would like her to get used to an English environment first.

Her English is basic (Eiken Grade 5). Could you tell us whether there is an EAL programme and whether a January entry is possible?

Our details:
Yuko Matsushita
3-5-12 Kamiuma, Setagaya-ku, Tokyo 154-0011
Mobile: 090-6142-3378

Kind regards,
Yuko
""",
        personal=[("name", "Yuko Matsushita"), ("email", "yuko.matsushita1985@gmail.com"),
                  ("address", "3-5-12 Kamiuma, Setagaya-ku, Tokyo 154-0011"),
                  ("phone", "090-6142-3378"), ("birthdate", "born 9 November 2017")]))

    out.append(M(
        "A-h7", "hold", "sensitive.infection", "quoted", "Daniel Okafor",
        "Replying to a parent, the writer forwards the nurse's internal note, which names two classmates with measles / fever and rash. Third persons' infection to a family member, only in the forwarded part.",
        DANIEL, [addr("Paul Henderson", "paul.henderson.tokyo@gmail.com")],
        "FW: G4 trip – recommend postponing",
        f"""
Dear Mr. Henderson,

Thank you for your message, and I completely understand the frustration. Jack had been looking forward to the zoo all term.

The trip was postponed on the advice of our school doctor, purely as a precaution. The new date is Friday 27 June, same timings, and the permission slip you already signed remains valid. If Jack is unwell on the day, please keep him at home and let the office know.

Kind regards,
{SIG_DANIEL}
-----Original Message-----
From: Nurse Office <nurse@sakuragaoka-is.example.jp>
Sent: Wednesday, June 11, 2025 7:58 AM
To: Daniel Okafor; Grade 4 Team
Subject: G4 trip – recommend postponing

Daniel,

Sophie Lin (4B) was confirmed with measles last night (Dr. Aoki at Sakura Family Clinic called me), and her classmate Mateo Ruiz (4B) has had a fever and rash since Monday, test result pending. The health centre advises we avoid group outings for two weeks.

Please do not share names with parents.

Keiko Yamada
School Nurse
""",
        personal=[("name", "Sophie Lin"), ("infection", "confirmed with measles"),
                  ("name", "Mateo Ruiz"), ("diagnosis", "fever and rash")]))

    out.append(M(
        "A-h8", "hold", "sensitive.disability", "subject", "Emily Carter",
        "Only the subject line carries a named pupil's dyslexia diagnosis; the body just asks an outside learning centre for availability and fees.",
        EMILY, [addr("Laura Grant", "laura.grant@readingbridge.example.com")],
        "Aiko Fujimoto (G4) – dyslexia diagnosis, reading support from September",
        f"""
Dear Laura,

Thank you for taking my call this afternoon.

As discussed, could you send me:
- your availability for after-school sessions (Tue/Thu, 15:30–16:30) during the first three weeks of September, and
- the current fee schedule, including whether sessions can be held on our campus.

Once I have those I'll share them with the family and come back to you with a start date.
{SIG_EMILY}""",
        personal=[("name", "Aiko Fujimoto"), ("disability", "dyslexia diagnosis")]))

    out.append(M(
        "A-h9", "hold", "attachment.encrypted_zip", "zip", "Saori Morimoto",
        "Password-protected ZIP with enrolment and health forms sent to a relocation company, password 'to follow' (PPAP).",
        SAORI, [addr("Rebecca Lowe", "r.lowe@globalmove-relo.example.com")],
        "Enrolment documents – Bernardi family (password to follow)",
        f"""
Dear Ms. Lowe,

Please find attached the enrolment documents for the Bernardi family as a password-protected ZIP file. The password will be sent in a separate email.

The pack contains the signed enrolment agreement and the forms the family asked us to pass on to you. Kindly confirm receipt.
{SIG_SAORI_EN}""",
        attachments=[enc_zip("Bernardi_enrolment_pack.zip")]))

    open_day_to = [
        addr("Hiroshi Tanabe", "h.tanabe.home@gmail.com"),
        addr("Sarah Mitchell", "sarah.mitchell@bluewave-consulting.example.com"),
        addr("Anand Kapoor", "anand.kapoor1979@gmail.com"),
        addr("Yumiko Ogawa", "yumiko.ogawa@yahoo.co.jp"),
        addr("Lucas Moreau", "l.moreau@moreau-family.example.fr"),
        addr("Ji-woo Park", "jiwoo.park.tokyo@gmail.com"),
        addr("Tomoko Brennan", "tomoko.brennan@icloud.com"),
        addr("Markus Weber", "markus.weber@kessler-japan.example.com"),
        addr("Ayaka Shimizu", "ayaka.shimizu.0412@gmail.com"),
        addr("David Levin", "dlevin@harborline-capital.example.com"),
        addr("Nguyen Thi Lan", "lan.nguyen.family@outlook.com"),
        addr("Kenta Aoki", "k-aoki@aoki-dental.example.jp"),
        addr("Rachel O'Neill", "rachel.oneill@gmail.com"),
        addr("Satoshi Kimura", "satoshi.kimura@yahoo.co.jp"),
    ]
    out.append(M(
        "A-h10", "hold", "recipients.visible_external", "recipients", "Emily Carter",
        "Open Day follow-up sent with 14 prospective families (private and company addresses) visible in To; should have been BCC.",
        EMILY, open_day_to,
        "Thank you for visiting SIS Open Day (7 June)",
        f"""
Dear Parents,

Thank you for joining us at our Open Day last Saturday. It was a pleasure to show you around and to answer your questions about the PYP and MYP programmes.

A few reminders:
- Applications for August 2025 entry close on 30 June (Grades 1–5 have a short waiting list).
- Assessment days: 21 June and 5 July. Please book through the online portal.
- The Q&A slides and the uniform price list are on the admissions page.

If you would like a second, individual tour, just reply to this email and my team will arrange a time.
{SIG_EMILY}""",
    ))

    # ---------------- PASSES ----------------
    out.append(M(
        "A-p1", "pass", "benign.data_subject", None, "Emily Carter",
        "Offer letter with the child's name, birth date and student ID goes to the child's own parents (the data subjects' family); the bank account is the school's corporate account.",
        EMILY, [addr("Chidi Okonkwo", "chidi.okonkwo@gmail.com")],
        "Offer of admission – Adaeze Okonkwo, Grade 3 (August 2025)",
        f"""
Dear Mr. and Mrs. Okonkwo,

Congratulations! On behalf of the Admissions Committee I am delighted to offer Adaeze a place in Grade 3 at Sakuragaoka International School, starting on Tuesday 19 August 2025.

Please check the details we hold:
  Student name: Adaeze Okonkwo
  Date of birth (on file): 22 January 2017
  Student ID: 25-0317
  Homeroom: to be announced at orientation

To accept the offer, please:
1. Sign and return the enrolment agreement via the parent portal by Friday 27 June.
2. Pay the enrolment deposit of JPY 300,000 to the school account below (this is credited against first-term tuition):
   Sumitomo Mitsui Banking Corporation, Setagaya Branch (227)
   Ordinary 7012345 / Account name: Gakko Hojin Sakuragaoka Gakuen
   SWIFT: SMBCJPJT (overseas transfers only)
3. Book a place at New Families Orientation (14 or 15 August).

We are so glad Adaeze will be joining us. Please don't hesitate to contact me with any questions.
{SIG_EMILY}""",
        cc=[addr("Ngozi Okonkwo", "ngozi.ok@yahoo.co.jp")]))

    out.append(M(
        "A-p2", "pass", "benign.meeting", None, "Saori Morimoto",
        "Long meeting-arrangement thread with the bus company; partner staff names, mobiles and heavy signatures but no personal data of pupils.",
        SAORI, [addr("東都観光バス 営業部 高木 様", "takagi@toto-kanko-bus.example.jp")],
        "Re: Re: 来年度ルート見直しのお打合せ日程について",
        f"""
高木様

ご調整いただきありがとうございます。
それでは、6月24日（火）14:00〜15:00、本校2階の会議室Bにてお願いいたします。

当日は本校から、私とファシリティ担当のJames Porter（英語のみ）が出席いたします。
資料は前日までにメールでお送りします。駐車場は正門左手の来客用スペースをご利用ください。

引き続きよろしくお願いいたします。
{SIG_SAORI_JA}
-----Original Message-----
From: 高木 雅彦 <takagi@toto-kanko-bus.example.jp>
Sent: Thursday, June 12, 2025 10:21 AM
To: 森本 沙織
Cc: 小川 純 <ogawa@toto-kanko-bus.example.jp>
Subject: Re: 来年度ルート見直しのお打合せ日程について

森本様

いつも大変お世話になっております。東都観光バスの高木でございます。
お打合せの件、以下の日時でしたら弊社 高木・小川の2名で伺えます。

・6月23日（月）10:00〜
・6月24日（火）14:00〜
・6月26日（木）終日

ご都合をお聞かせください。

━━━━━━━━━━━━━━━━━━━━
東都観光バス株式会社　営業部 法人営業課
課長　高木 雅彦（たかぎ まさひこ）
〒157-0062 東京都世田谷区南烏山6-33-1
TEL 03-5555-6610 ／ 携帯 080-5555-6611
FAX 03-5555-6619
一般貸切旅客自動車運送事業 関自旅二第1234号
━━━━━━━━━━━━━━━━━━━━

> 高木様
> 来年度のスクールバス運行に関し、ルートの見直しについて
> 一度お打合せの機会をいただけますでしょうか。
> 6月中旬以降でご都合のよい日時をいくつかお知らせください。
> 森本
""",
        cc=[addr("東都観光バス 配車センター 小川 様", "ogawa@toto-kanko-bus.example.jp"),
            addr("James Porter", f"james.porter@{DOM}")]))

    out.append(M(
        "A-p3", "pass", "benign.corporate_bank", None, "Saori Morimoto",
        "Tuition invoice to a sponsoring employer with the school's corporate bank account and SWIFT code; the pupil appears only as a student ID.",
        SAORI, [addr("Keiko Arima", "k.arima@nordwind-japan.example.com")],
        "Invoice SIS-INV-2025-0612 – Tuition AY2025-26 (Student ID 24-0588)",
        f"""
Dear Ms. Arima,

Please find attached invoice SIS-INV-2025-0612 for tuition for academic year 2025-26, issued to Nordwind Japan K.K. under the corporate sponsorship agreement for Student ID 24-0588 (Müller family).

Payment is due by 31 July 2025. As before, you may pay in two instalments (July and January) if you let us know in advance.

Please quote the invoice number as the payment reference. Let me know if your finance team needs our qualified invoice registration number on a separate document.
{SIG_SAORI_EN}""",
        attachments=[att("SIS-INV-2025-0612.pdf", PDF, """
INVOICE  No. SIS-INV-2025-0612        Date: 16 June 2025
Bill to: Nordwind Japan K.K., HR Benefits
Student ID: 24-0588 (Grade 5, AY2025-26)

Description                         Amount (JPY)
Tuition AY2025-26                    2,640,000
Capital levy                           200,000
Bus service (annual)                   286,000
Total                                3,126,000 (tax-exempt)

Bank details:
Sumitomo Mitsui Banking Corporation, Setagaya Branch (227)
Ordinary account 7012345
Account name: Gakko Hojin Sakuragaoka Gakuen
SWIFT/BIC: SMBCJPJT
Qualified invoice registration no.: T7010905001234
""")]))

    out.append(M(
        "A-p4", "pass", "benign.aggregate_health", None, "Daniel Okafor",
        "Health update for the PTA: counts per grade, isolation rules and a vaccination catch-up date, no pupil named.",
        DANIEL, [addr("Megumi Sato", "megumi.sato.pta@gmail.com")],
        "Health update for the PTA newsletter – influenza & measles precautions",
        f"""
Hi Megumi,

Here is the short health update for Friday's PTA newsletter, as agreed with our school doctor. Feel free to edit for length.

---
Health update (week of 9 June)
- Influenza: 9 cases this week across Grades 1–3 (5 / 3 / 1). No class closures so far.
- Measles: one confirmed case in the Lower School. The local health centre has been informed and is in contact with the families concerned. Close contacts have already been notified directly.
- Isolation rules: under the School Health and Safety Act, children with influenza stay home until 5 days after onset AND 2 days after the fever goes (3 days for kindergarten). Measles: until 3 days after the fever goes.
- MR vaccine catch-up clinic: Saturday 28 June, 9:00–12:00 in the gym, with Sakura Family Clinic. Bring your child's vaccination record (母子手帳 or overseas record).
- Hand sanitiser stations have been added outside every Lower School classroom.
---

If parents ask whether a particular class is affected, please refer them to the nurse's office rather than answering in the chat groups.

Thanks,
{SIG_DANIEL}""",
        cc=[addr("Jonathan Reyes", "jreyes.family@outlook.com")]))

    out.append(M(
        "A-p5", "pass", "benign.it_outage", None, "Saori Morimoto",
        "\"障害\" is an outage of the parent portal; the report carries request IDs and a log hash, no personal data.",
        SAORI, [addr("株式会社エデュネクスト サポートセンター", "support@edunext.example.jp")],
        "【障害報告のお願い】保護者ポータル ログイン障害（6/10 朝）",
        f"""
株式会社エデュネクスト
サポートセンター ご担当者様

いつもお世話になっております。
桜ヶ丘インターナショナルスクール（契約番号 EN-20431）の森本です。

6月10日（火）朝、保護者ポータルにログインできない障害が発生しました。
本日時点では復旧しておりますが、原因と再発防止策についてご報告をお願いいたします。

■事象
・発生：2025/06/10 08:05頃 〜 復旧：09:40頃
・症状：ログイン画面で「Error 502 Bad Gateway」が表示される
・影響：欠席連絡フォームが使えず、電話での欠席連絡が約60件ございました

■こちらで取得した情報
・リクエストID：req-7f3a91c2-0b4e / req-7f3a9d55-11aa
・ブラウザのコンソールに出ていたハッシュ：sha256:3b9f0c7e12aa5d40e8b1f6c29d7a0e45
・同時間帯、管理画面（教職員用）は問題なく利用できました

障害報告書のご提出時期の目安をお知らせいただけますと幸いです。
よろしくお願いいたします。
{SIG_SAORI_JA}"""))

    out.append(M(
        "A-p6", "pass", "benign.successor", None, "Daniel Okafor",
        "Successor introduction to a partner counselling network; staff names and contact details only.",
        DANIEL, [addr("Dr. Naomi Fujii", "n.fujii@tfcn.example.org")],
        "Handover – my successor from July, Grace Nakamura",
        f"""
Dear Naomi,

I wanted to let you know personally that I will be leaving SIS at the end of June to take up a post at a school in Nairobi. Working with TFCN over the last six years has been one of the best parts of the job, and I'm very grateful for your team's support.

From 1 July, my responsibilities will be taken over by Grace Nakamura (copied), currently our Grade 9–10 counsellor. Grace has worked with your referral process before and knows the consent forms inside out.

Grace's details:
  Grace Nakamura, Head of Pastoral Care (from 1 July)
  grace.nakamura@sakuragaoka-is.example.jp | +81-3-5555-0150 ext. 233

Open cases will be handed over in person; nothing will be sent by email. Grace will get in touch to set up a short introductory call, ideally before your summer break.

With warm thanks and best wishes,
{SIG_DANIEL}""",
        cc=[addr("Grace Nakamura", f"grace.nakamura@{DOM}")]))

    out.append(M(
        "A-p7", "pass", "benign.public_figure", None, "Emily Carter",
        "Invitation to a public figure (Olympic medallist) via her management; only her public career is mentioned.",
        EMILY, [addr("Rie Tsukamoto", "tsukamoto@bluelane-mgmt.example.jp")],
        "Speaker invitation – Mayu Shirakawa, SIS Sports Week (October)",
        f"""
Dear Ms. Tsukamoto,

I am writing on behalf of Sakuragaoka International School to ask whether Ms. Mayu Shirakawa might be available to speak to our Secondary students during Sports Week (13–17 October 2025).

Ms. Shirakawa's journey, from the Setagaya swimming club to the silver medal in the 200 m backstroke at Tokyo 2020, and now her work as a JOC athlete ambassador, would be an enormous inspiration for our students, many of whom swim competitively.

What we have in mind:
- A 45-minute talk with Q&A in our auditorium (approx. 350 students, Grades 6–12)
- Optional: a short session with our swim team afterwards
- Language: Japanese or English; we can provide an interpreter

We would of course offer an honorarium in line with your agency's standard rates and cover transport. Could you let me know whether this might be possible and what information you need from us?
{SIG_EMILY}"""))

    out.append(M(
        "A-p8", "pass", "benign.masked_card", None, "Saori Morimoto",
        "Fee receipt to the paying parent himself with a masked card number and an authorisation code.",
        SAORI, [addr("Hiroshi Tanabe", "h.tanabe.home@gmail.com")],
        "Receipt – Application fee / 出願料 領収のお知らせ (APP-2025-1187)",
        f"""
Dear Mr. Tanabe,
田辺様

Thank you for your application. We confirm receipt of the application fee.
出願料のお支払いを確認いたしましたので、お知らせいたします。

  Application No. / 出願番号: APP-2025-1187
  Amount / 金額: JPY 30,000
  Paid on / 決済日: 2025-06-13 19:42 JST
  Card / カード: VISA **** **** **** 4242
  Authorisation code / 承認番号: 582913

A formal receipt (PDF) is available in the application portal under "Payments".
正式な領収書（PDF）は出願ポータルの「Payments」からダウンロードいただけます。

We will contact you shortly to book the assessment day.
{SIG_SAORI_EN}"""))

    out.append(M(
        "A-p9", "pass", "benign.plain_zip", None, "Emily Carter",
        "Ordinary (unencrypted) ZIP of brochures and logos for an education fair.",
        EMILY, [addr("TIEF 2025 Exhibitor Desk", "exhibitors@tief.example.org")],
        "SIS – exhibitor materials for TIEF 2025 (booth B-14)",
        f"""
Dear Exhibitor Team,

Please find attached our materials for the Tokyo International Education Fair on 20 September (booth B-14):
- brochure (EN/JP), logo files and the booth banner artwork.

The ZIP is not password-protected; please let me know if your print vendor needs the banner in a different format. Two staff will attend: myself and Saori Morimoto (registrar).
{SIG_EMILY}""",
        attachments=[att("SIS_TIEF2025_materials.zip", ZIP, """
SIS_Brochure_2025_EN.pdf
  Sakuragaoka International School – Discover SIS. Founded 1972. 780 students, 52 nationalities. IB PYP, MYP and DP.
SIS_Brochure_2025_JP.pdf
  桜ヶ丘インターナショナルスクール 学校案内 2025。創立1972年、在籍780名、52か国。
SIS_logo_CMYK.ai
SIS_logo_RGB.png
TIEF2025_booth_banner_900x2000.pdf
  Every child known, every child valued. – www.sakuragaoka-is.example.jp
""")]))

    out.append(M(
        "A-p10", "pass", "benign.condolence", None, "Daniel Okafor",
        "Condolence mail to a pupil's father about a family death, with absence arrangements; sent to the family itself, no sensitive category.",
        DANIEL, [addr("Kenji Morita", "kenji.morita.77@gmail.com")],
        "Our condolences – and Hana's absence next week",
        f"""
Dear Mr. Morita,

I was very sorry to hear from Ms. Dawson this morning about the passing of Hana's grandmother. Please accept the sincere condolences of everyone at SIS.

Please don't worry about school next week. Hana's absence from Monday 23 to Friday 27 June is authorised, and her teachers will hold the Grade 8 science assessment for her until she is back. There is no need to send anything in writing.

When Hana returns, I'll check in with her quietly at break time; if she would rather talk to someone else, our counsellor Ms. Nakamura is also available. Please let us know if there is anything else we can do for your family.

With deepest sympathy,
{SIG_DANIEL}"""))

    return out
