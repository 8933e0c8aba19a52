# -*- coding: utf-8 -*-
"""(E) さくら国際日本語学院 -- Japanese language school for foreign students.
Most mails are in English (18 of 20); two go to Japanese counterparts in Japanese."""

ORG = "E: さくら国際日本語学院 (Sakura International Japanese Language Institute)"
DOM = "sakura-jli.example.jp"

WRITERS = {
    "kobayashi": "Akiko Kobayashi <a.kobayashi@sakura-jli.example.jp>",
    "matsuda": "松田 健二 Kenji Matsuda <k.matsuda@sakura-jli.example.jp>",
    "ortiz": "Daniel Ortiz (Sakura JLI Student Life) <d.ortiz@sakura-jli.example.jp>",
}

SIG = {
    "kobayashi": """
------------------------------------------------------------
Akiko Kobayashi (小林 亜希子)
Admissions Office Manager
Sakura International Japanese Language Institute
さくら国際日本語学院 入学事務室
2-14-99 Takadanobaba, Shinjuku-ku, Tokyo 169-0075, JAPAN
Tel: +81-3-5555-4620 / Fax: +81-3-5555-4621
Email: a.kobayashi@sakura-jli.example.jp
https://www.sakura-jli.example.jp
Office hours: Mon-Fri 9:00-17:30 (JST)
------------------------------------------------------------
CONFIDENTIALITY: This e-mail is intended only for the named addressee(s).""",
    "matsuda": """
--
Kenji Matsuda 松田 健二
Director of Academic Affairs / 教務主任
Sakura International Japanese Language Institute
Tel: +81-3-5555-4622
k.matsuda@sakura-jli.example.jp""",
    "ortiz": """
Best,
Daniel

Daniel Ortiz
Student Life Advisor | 生活指導担当
Sakura International Japanese Language Institute
+81-3-5555-4625 (office) | d.ortiz@sakura-jli.example.jp
Emergency line for students (24h): +81-3-5555-4699""",
}

HOLDS = []
PASSES = []

# ---------------------------------------------------------------- HOLDS
HOLDS.append(dict(
    writer="kobayashi", loc="body", kind="id.passport",
    why="Passport number, date of birth and full name of an incoming student sent in the body to an outside dormitory operator.",
    to=["Global Residence Co., Ltd. - Ms. Reyes <reyes@global-residence.example.co.jp>"],
    subject="Dormitory check-in: new student arriving 3 November",
    text="""Dear Ms. Reyes,

Thank you for confirming the room availability at Global House Nakai.
Please find below the details of the student who will move in next week.

  Name: TRAN MINH KHOA
  Nationality: Vietnam
  Date of birth: 14 March 2004
  Passport No.: C8127465
  Arrival: 3 Nov 2025, VN300 Ho Chi Minh City -> Narita, ETA 07:15
  Room: 2F-208 (shared kitchen), contract from 3 Nov 2025 to 31 Mar 2026

Our staff will bring him from the airport and should reach the dormitory around 11:00.
Could you please have the keys and the house rules sheet (English/Vietnamese) ready?

Many thanks,
""" + SIG["kobayashi"],
    personal=[
        {"type": "name", "value": "TRAN MINH KHOA"},
        {"type": "birthdate", "value": "14 March 2004"},
        {"type": "passport", "value": "C8127465"},
    ],
))

HOLDS.append(dict(
    writer="ortiz", loc="body", kind="sensitive.religion",
    why="A named student's religion and religious practice sent to a private host family. Belief/religion is a special-care category even when the purpose (meals, prayer space) is kind.",
    to=["Mrs. Yoshiko Hirano <hirano.homestay@gmail.com>"],
    subject="Your new homestay student from 8 November",
    text="""Dear Mrs. Hirano,

Thank you so much for agreeing to host another of our students. Your family was wonderful with Lucas last spring!

Your new student will be:
  Name: Siti Nurhaliza binti Ahmad
  From: Kuala Lumpur, Malaysia
  Age: 20
  Course: 1-year intensive Japanese (Class B3)

Siti is a practising Muslim, and she asked me to let you know a few things in advance:
  - She prays five times a day and will need a quiet corner of her room; she brings her own prayer mat.
  - She eats halal food only: no pork, lard or gelatin, and no mirin or sake in cooking if possible.
  - Fish, vegetables, eggs and chicken from the halal shop in Okubo are all fine.
  - She wears a hijab outside the home.

I will send you a short guide on halal-friendly Japanese dishes later this week.
Please do not hesitate to call me if you have any questions.
""" + SIG["ortiz"],
    personal=[
        {"type": "name", "value": "Siti Nurhaliza binti Ahmad"},
        {"type": "religion", "value": "Siti is a practising Muslim"},
    ],
))

HOLDS.append(dict(
    writer="matsuda", loc="attachment", kind="list.roster",
    why="The body only arranges the trip, but the attached spreadsheet lists students' names, dates of birth, nationalities and passport numbers.",
    to=["Hikari Travel Service - Group Desk <group@hikari-travel.example.co.jp>"],
    subject="Study trip to Kyoto (27-28 Nov) - participant list",
    text="""Dear Mr. Yoneda,

Thank you for the revised itinerary. Option B (Shinkansen + Fushimi Inari on day 1) is fine with us.

As requested for the hotel registration and the travel insurance, I attach the participant list for Class A2.
There are 11 students and 2 teachers; two more students may join, and I will let you know by 7 November.

Please send the final invoice to our accounting office (keiri@sakura-jli.example.jp).
""" + SIG["matsuda"],
    attachments=[{
        "filename": "Kyoto_trip_participants_A2.xlsx",
        "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text": """[Participants]
No	Family name	Given name	Sex	Date of birth	Nationality	Passport No.
1	NGUYEN	VAN DUC	M	2003-05-12	Vietnam	C7741290
2	PHAM	THI HUONG	F	2002-11-30	Vietnam	C6602178
3	SHRESTHA	ANISHA	F	2001-08-04	Nepal	PA0938812
4	GURUNG	BIKASH	M	2000-02-17	Nepal	PA1150467
5	KIM	MINJI	F	2004-07-21	Korea	M45219876
6	LI	HAORAN	M	2003-12-09	China	EK3309152
7	SANTOS	MARIA CLARA	F	2002-04-26	Philippines	P7724115B
8	CHEN	YU-TING	F	2001-10-15	Taiwan	358812746
9	BATBAYAR	TEMUULEN	M	2004-01-03	Mongolia	E1928374
10	WONGSAWAT	NICHA	F	2003-06-18	Thailand	AC4471920
11	RAHMAN	FAHIM	M	2002-09-27	Bangladesh	A06617293
"""}],
    personal=[
        {"type": "name", "value": "SHRESTHA	ANISHA"},
        {"type": "birthdate", "value": "2001-08-04"},
        {"type": "passport", "value": "PA0938812"},
        {"type": "name", "value": "KIM	MINJI"},
        {"type": "passport", "value": "M45219876"},
    ],
))

HOLDS.append(dict(
    writer="ortiz", loc="quoted", kind="sensitive.health",
    why="The new text only asks for a single room, but the forwarded school-nurse note names a student and gives a positive TB screening result, sent to the outside dormitory operator.",
    to=["Global Residence Co., Ltd. - Ms. Reyes <reyes@global-residence.example.co.jp>"],
    subject="Fwd: Health check follow-up - room change request",
    text="""Dear Ms. Reyes,

Could you please move the student below to a single room for the next two weeks, starting tomorrow if possible?
Please see the note from our school nurse for the background. We will cover any extra cost.

Thank you for your understanding.
""" + SIG["ortiz"] + """

---------- Forwarded message ----------
From: Nurse's Office <hoken@sakura-jli.example.jp>
Date: Mon, 27 Oct 2025 at 10:12
Subject: Health check follow-up
To: Daniel Ortiz <d.ortiz@sakura-jli.example.jp>

Daniel,

Result of the new-student health check (October intake):
LE VAN HUNG (Class A1, DOB 2005-02-09) - chest X-ray showed a shadow in the right upper lung.
IGRA test at Toyama Clinic: POSITIVE. He has been referred to the public health centre for a TB work-up.
He has no cough or fever at present, but until the result is known he should not share a room.

Please keep this strictly confidential. I have informed the student directly.
Nurse Ishii
""",
    personal=[
        {"type": "name", "value": "LE VAN HUNG"},
        {"type": "birthdate", "value": "DOB 2005-02-09"},
        {"type": "diagnosis", "value": "IGRA test at Toyama Clinic: POSITIVE"},
    ],
))

HOLDS.append(dict(
    writer="kobayashi", loc="subject", kind="id.residence_card",
    why="The subject line carries a student's residence card number and name; the body only confirms documents were posted.",
    to=["行政書士 谷口事務所 谷口先生 <taniguchi@taniguchi-gyosei.example.jp>"],
    subject="Residence card RT73015528FA - NGUYEN THI LAN - 在留期間更新",
    text="""谷口先生

いつもお世話になっております。さくら国際日本語学院 入学事務室の小林です。

標記の学生の在留期間更新申請について、学校側で用意する書類（出席率証明書、成績証明書、在籍証明書）を本日郵送いたしました。
ご本人には、先生の事務所へ11月4日（火）15:00に伺うよう伝えてあります。

The student has been told to bring her passport and the original card with her.
ご不明な点がございましたら、ご連絡ください。
""" + SIG["kobayashi"],
    personal=[
        {"type": "residence_card", "value": "RT73015528FA"},
        {"type": "name", "value": "NGUYEN THI LAN"},
    ],
))

HOLDS.append(dict(
    writer="kobayashi", loc="zip", kind="attachment.encrypted_zip",
    why="Password-protected zip (PPAP) sent to an overseas agent; its content cannot be inspected, so it is held regardless of the body.",
    to=["Himalaya Education Consultancy <admissions@himalaya-edu.example.com>"],
    subject="April 2026 intake - pre-screening results and COE documents",
    text="""Dear Mr. Adhikari,

Please find attached the pre-screening results and the Certificate of Eligibility document checklist for your 9 applicants for the April 2026 intake.

The file is password-protected. I will send the password in a separate email.

Interviews for the applicants marked "B" will be held online on 12-13 November (Nepal time 10:00-14:00).
""" + SIG["kobayashi"],
    attachments=[{"filename": "April2026_prescreening_Himalaya.zip", "contentType": "application/zip", "encrypted": True}],
))

_rcpt_e = [
    "Himalaya Education Consultancy <admissions@himalaya-edu.example.com>",
    "Saigon Study Link <info@saigon-studylink.example.com>",
    "Hanoi Japan Bridge <contact@hanoi-jbridge.example.com>",
    "Kathmandu Global Edu <apply@ktm-globaledu.example.com>",
    "Colombo Japan Gate <office@colombo-jgate.example.com>",
    "Dhaka Study Abroad Centre <info@dhaka-sac.example.com>",
    "Ulaanbaatar Nihongo Centre <uncenter@ub-nihongo.example.com>",
    "Manila Japan Pathway <admissions@mnl-jpath.example.com>",
    "Yangon Sakura Agency <ygn.sakura.agency@gmail.com>",
    "Jakarta Nippon Study <info@jkt-nipponstudy.example.com>",
    "Taipei Ryugaku Support <service@tpe-ryugaku.example.com>",
    "Busan Japan Study <bjs.agent@gmail.com>",
]
HOLDS.append(dict(
    writer="kobayashi", loc="recipients", kind="recipients.many_visible",
    why="Twelve separate overseas agencies (some on free-mail addresses) are visible to each other in To. Competitors see each other's contacts; should have been BCC.",
    to=_rcpt_e,
    subject="July 2026 intake - application deadline and updated fees",
    text="""Dear Partner Agents,

Thank you for your continued cooperation with Sakura International Japanese Language Institute.

We are pleased to announce the schedule for the July 2026 intake:
  - Application deadline: 5 December 2025 (documents must arrive in Tokyo)
  - Online interviews: 15-19 December 2025
  - COE result (expected): late May 2026
  - Course start: 7 July 2026 (21-month course)

Updated fees from the July 2026 intake:
  - Selection fee: JPY 22,000 (unchanged)
  - Tuition (1st year): JPY 720,000 -> JPY 756,000
  - Facility fee: JPY 60,000 (unchanged)

The new application forms (v2026.1) can be downloaded from the agent portal.
Please do not use the old forms after 15 November.

We look forward to receiving your applications.
""" + SIG["kobayashi"],
))

HOLDS.append(dict(
    writer="matsuda", loc="body", kind="sensitive.criminal",
    why="Tells the overseas recruiting agent that a named student was arrested and may be prosecuted for illegal work. Criminal proceedings are special-care information.",
    to=["Saigon Study Link - Ms. Vo <vo.ngoc@saigon-studylink.example.com>"],
    subject="Urgent: situation of one of your students",
    text="""Dear Ms. Vo,

I am sorry to write to you with difficult news.

DANG QUOC BAO (Class B1, enrolled April 2024 through your agency) was arrested by the Shinjuku police on 24 October.
According to the police, he had been working about 45 hours a week at two restaurants, well over the 28-hour limit
for students, and he is suspected of illegal work outside his status of residence (資格外活動).
He is now detained, and the prosecutor will decide within the next few days whether to indict him.

Our school is cooperating with the police and the Immigration Services Agency.
We have not yet been able to contact his parents. Could you please reach them and explain the situation?
It would also help if you could tell us whether the family plans to hire a lawyer.

I will update you as soon as we hear more.
""" + SIG["matsuda"],
    personal=[
        {"type": "name", "value": "DANG QUOC BAO"},
        {"type": "criminal", "value": "was arrested by the Shinjuku police on 24 October"},
        {"type": "criminal", "value": "He is now detained, and the prosecutor will decide"},
    ],
))

HOLDS.append(dict(
    writer="kobayashi", loc="attachment", kind="id.bank_account",
    why="The body is a routine cover note, but the attached direct-debit form contains a student's personal bank account number and name, sent to a rent-guarantee company.",
    to=["Anshin Rent Guarantee Co. - Foreign Residents Desk <global@anshin-guarantee.example.co.jp>"],
    subject="Rent guarantee application - supporting documents",
    text="""Dear Sir/Madam,

As the school contact for the rent guarantee application submitted last week (application ref. AG-25-10-3318),
I am sending the supporting documents you requested:

  1. Certificate of enrolment (PDF, sent by post)
  2. Direct debit registration form for the monthly rent (attached)

The student will sign the guarantee contract at your Shinjuku office on 6 November.
Please let me know if anything else is needed.
""" + SIG["kobayashi"],
    attachments=[{
        "filename": "Direct_debit_form_AG-25-10-3318.pdf",
        "contentType": "application/pdf",
        "text": """口座振替依頼書 / Direct Debit Registration Form
Application ref.: AG-25-10-3318
Applicant name: KHADKA SUMAN（カドカ スマン）
Address: 東京都新宿区百人町1-22-9 コーポ大久保 103
Phone: 080-5519-2274
Bank: ゆうちょ銀行 Japan Post Bank
記号 Symbol: 10130　番号 Number: 88471261
Account holder: カドカ スマン
Debit amount: JPY 68,000 / month (rent 63,000 + guarantee fee 5,000)
Signature: (signed)　Date: 2025-10-27
"""}],
    personal=[
        {"type": "name", "value": "KHADKA SUMAN"},
        {"type": "address", "value": "東京都新宿区百人町1-22-9 コーポ大久保 103"},
        {"type": "bank_account", "value": "記号 Symbol: 10130　番号 Number: 88471261"},
    ],
))

HOLDS.append(dict(
    writer="ortiz", loc="body", kind="sensitive.health",
    why="In a reply to one student's father, the advisor names another student (the roommate) and his measles diagnosis. A third person's infection disclosed to a family member.",
    to=["Mr. Park Jae-hyun <jh.park.seoul@gmail.com>"],
    subject="Re: Is my son safe in the dormitory?",
    text="""Dear Mr. Park,

Thank you for your message, and I completely understand your worry.

I can confirm that Min-seok's roommate, AUNG KYAW MIN from Myanmar, was diagnosed with measles (はしか) at Shinjuku General Hospital on Saturday.
He has been admitted to hospital and will not return to the dormitory until the doctor says he is no longer infectious.

Min-seok has a record of two measles vaccinations in his health form, so the risk to him is low.
The public health centre has asked all students on the 3rd floor to check their temperature twice a day until 10 November,
and to see a doctor if they get a fever or rash. I have already explained this to Min-seok in person.

I will let you know immediately if anything changes.
""" + SIG["ortiz"] + """

> Dear Mr. Ortiz,
> My son told me that a student in his room is sick and went to hospital.
> Is it something contagious? Is my son safe? Please tell me the truth.
> Park Jae-hyun
""",
    personal=[
        {"type": "name", "value": "AUNG KYAW MIN"},
        {"type": "diagnosis", "value": "was diagnosed with measles"},
    ],
))

# ---------------------------------------------------------------- PASSES
PASSES.append(dict(
    writer="matsuda", kind="benign.meeting",
    why="Arranging a visit with a university admissions office. Long signatures and staff names, but no student data.",
    to=["Dr. Helen Moriyama <h.moriyama@adm.tokai-intl-u.example.ac.jp>"],
    cc=["Akiko Kobayashi <a.kobayashi@sakura-jli.example.jp>"],
    subject="Re: Campus visit and briefing for our advanced-level students",
    text="""Dear Dr. Moriyama,

Thank you very much for your kind offer. Thursday 20 November at 14:00 works well for us.
We will come with about 25 students from our advanced classes (C1 and C2) and two teachers, Ms. Kobayashi and myself.

Could you let us know which gate to use and whether we should prepare name tags?
We would also be grateful if the briefing could cover the EJU score requirements and the scholarship for privately financed students.
""" + SIG["matsuda"] + """

> Dear Mr. Matsuda,
>
> It was a pleasure meeting you at the JASSO fair last month.
> We would be happy to host a campus visit and an admissions briefing for your students.
> Possible dates: Tue 18 Nov, Thu 20 Nov or Fri 21 Nov, from 14:00.
>
> Best regards,
> Helen Moriyama, Ph.D.
> Associate Director, International Admissions Office
> Tokai International University
> 1-1 Gakuen-cho, Hachioji, Tokyo 192-0999
> Tel: +81-42-555-3300 | h.moriyama@adm.tokai-intl-u.example.ac.jp
""",
))

PASSES.append(dict(
    writer="ortiz", kind="benign.aggregate_health",
    why="TB screening schedule for the new intake, given by class and head count only. Words like 'infection' and 'screening' but no named person.",
    to=["Toyama Clinic - Health Check Desk <kenshin@toyama-clinic.example.jp>"],
    subject="Chest X-ray screening for October intake - schedule",
    text="""Dear Health Check Desk,

Thank you again for handling our students' health checks.
Here is the proposed schedule for the chest X-ray (TB screening) of our October 2025 intake.

  Date        Time         Class   Students
  11 Nov (Tue) 09:30-10:30  A1      18
  11 Nov (Tue) 10:30-11:30  A2      17
  12 Nov (Wed) 09:30-10:30  A3      19
  12 Nov (Wed) 10:30-11:30  B-new   12
  Total                            66

Students come from countries where TB infection is more common, so this screening is part of our standard procedure.
The X-ray bus can park in the school yard as last time. We will provide interpreters for Nepali and Vietnamese.

Individual results should be sent to our nurse's office only (hoken@sakura-jli.example.jp), not to this address.
""" + SIG["ortiz"],
))

PASSES.append(dict(
    writer="kobayashi", kind="benign.corporate_bank",
    why="Tuition payment instructions with the school's own corporate bank account and SWIFT code. Not a private person's account.",
    to=["Kathmandu Global Edu <apply@ktm-globaledu.example.com>"],
    subject="Tuition payment instructions - April 2026 intake",
    text="""Dear Ms. Thapa,

Congratulations to your three applicants who received their COE.
Please ask them (or their sponsors) to remit the first-year tuition to the school account below by 20 February 2026.

  Beneficiary: Gakko Hojin Sakura Gakuen (学校法人さくら学園)
  Bank: Tokyo Sakura Bank, Takadanobaba Branch
  SWIFT/BIC: TSKRJPJT
  Account type: Ordinary (futsu)
  Account No.: 0738215
  Bank address: 1-25-99 Takadanobaba, Shinjuku-ku, Tokyo
  Amount: JPY 838,000 per student (tuition 756,000 + facility 60,000 + materials 22,000)

Please make sure that all bank charges are paid by the remitter ("OUR"), and that the student's name and applicant number appear in the remittance message.
""" + SIG["kobayashi"],
))

PASSES.append(dict(
    writer="ortiz", kind="benign.data_subject",
    why="Reminder sent to the student herself about her own visa deadline and attendance. Her own information, sent to her.",
    to=["Anisha Shrestha <anisha.shr.2001@gmail.com>"],
    subject="Reminder: your period of stay ends on 15 January",
    text="""Hi Anisha,

This is a friendly reminder from the Student Life Office.
Your current period of stay ends on 15 January 2026, so please apply for the extension before the end of December.

What you need to do:
  1. Pick up your attendance and enrolment certificates from the office (ready from 10 November).
  2. Book an appointment with Taniguchi Gyosei office, or go to the Immigration Bureau yourself.
  3. Bring your passport, residence card and one photo (4cm x 3cm).

Your attendance from April to September is 93.4%, which is fine. Please keep it up!

If you have any questions, drop by my desk (2F) or reply to this email.
""" + SIG["ortiz"],
))

PASSES.append(dict(
    writer="matsuda", kind="benign.public_figure",
    why="Guest lecture by a well-known novelist and a lesson on Natsume Soseki. Public and historical figures only.",
    to=["Office of Ms. Kaoru Ayase <office@ayase-kaoru.example.jp>"],
    subject="Guest lecture request - 'Reading Tokyo through Soseki'",
    text="""Dear Ms. Ayase's office,

My name is Kenji Matsuda, Director of Academic Affairs at Sakura International Japanese Language Institute.

Our advanced students have been reading Ms. Kaoru Ayase's novel "Yūyake no Ekimae" in class this term,
and they were thrilled to learn that she grew up in Takadanobaba, just five minutes from our school.

We would be honoured if Ms. Ayase could give a 60-minute talk to about 40 students in January or February 2026.
Our theme this term is "Reading Tokyo through Natsume Soseki", and we would love to hear how she sees the city compared with Soseki's Tokyo of the Meiji era.

We can offer an honorarium of JPY 50,000 plus transport. Please let me know if this would be possible.
""" + SIG["matsuda"],
))

PASSES.append(dict(
    writer="matsuda", kind="benign.religious_corp",
    why="A temple (宗教法人) booked as a cultural field-trip venue. Religion appears only as the venue; no individual's belief.",
    to=["宗教法人 宝泉寺 寺務所 <hosenji@hosenji-temple.example.or.jp>"],
    subject="座禅体験のお申込み（留学生 32名・11月26日）",
    text="""宗教法人 宝泉寺
寺務所 ご担当者様

突然のご連絡失礼いたします。
新宿区高田馬場の日本語学校、さくら国際日本語学院で教務主任をしております松田と申します。

貴寺の「はじめての座禅体験」に、留学生のグループでお申込みをさせていただきたく、ご連絡いたしました。

　希望日時：11月26日（水）10:00〜11:30
　人数：学生 32名（ベトナム、ネパール、台湾、タイ ほか）、引率教員 3名
　日本語レベル：初中級（ゆっくり話していただければ理解できます）
　ご志納：お一人 1,000円 と伺っております

学生には、事前の授業で座禅の作法と、お寺での過ごし方を学ばせます。
ご都合がよろしければ、ご住職のお話も短くいただけますと大変ありがたく存じます。
""" + SIG["matsuda"],
))

PASSES.append(dict(
    writer="matsuda", kind="benign.minutes",
    why="Teachers' meeting minutes shared with an outside curriculum consultant. Staff names, class-level statistics only; no individual student data.",
    to=["Dr. Sarah Whitfield <s.whitfield@langconsult.example.com>"],
    subject="Minutes - Curriculum meeting, 22 October",
    text="""Dear Sarah,

As promised, here are the minutes of last Wednesday's curriculum meeting, for your review before the workshop on 6 November.

MINUTES - Curriculum Meeting
Date: 22 Oct 2025, 16:00-17:30, Room 401
Present: K. Matsuda (chair), A. Kobayashi, T. Hoshino, M. Endo, R. Sugawara, D. Ortiz (item 4 only)

1. JLPT December results outlook
   - 142 students registered (N1: 18, N2: 51, N3: 55, N4: 18).
   - Mock test average pass rate: N2 61%, N3 74%.
2. New textbook for intermediate classes
   - Agreed to trial "Chukyu e Ikou" in B1 and B2 from January.
3. Speaking assessment
   - T. Hoshino to draft a rubric (4 criteria, 5 levels) by 5 Nov.
4. Attendance
   - School-wide attendance Sep: 94.1%. Three classes below 90% - advisors to follow up.
5. AOB
   - Next meeting: 19 Nov.

Best regards,
""" + SIG["matsuda"],
))

PASSES.append(dict(
    writer="kobayashi", kind="benign.successor",
    why="Introduction of a new admissions staff member to a partner agent. Staff names and work contacts only.",
    to=["Hanoi Japan Bridge - Mr. Hoang <contact@hanoi-jbridge.example.com>"],
    subject="Introducing our new admissions officer for Vietnam",
    text="""Dear Mr. Hoang,

I hope this email finds you well.

I am writing to let you know that from 1 November, Ms. Yuki Sasaki will take over as the admissions officer in charge of our partner agencies in Vietnam.
Yuki joined us from a university international office and speaks Vietnamese at an intermediate level.

  Yuki Sasaki (佐々木 由紀)
  Admissions Officer
  y.sasaki@sakura-jli.example.jp / +81-3-5555-4627

I will continue to oversee admissions as a whole, so please feel free to copy me on any important matters.
Yuki and I are planning to visit Hanoi in late January and would love to meet you and your team.
""" + SIG["kobayashi"],
))

PASSES.append(dict(
    writer="kobayashi", kind="benign.enrollment_verification",
    why="Enrolment confirmation to a part-time employer, given with the student's written consent and limited to enrolment period and course. No ID numbers, address or grades.",
    to=["FamilyMart Takadanobaba 3-chome - Store Manager <tb3-store@fm-franchise.example.co.jp>"],
    subject="Re: Enrolment confirmation for part-time staff",
    text="""Dear Store Manager,

Thank you for your enquiry. We have received the student's signed consent form (dated 24 October 2025),
so we can confirm the following:

  Student: Mr. RAI PRABIN
  Status: currently enrolled
  Course: 2-year General Japanese Course
  Enrolment period: April 2025 - March 2027 (expected)

Please note that students may work a maximum of 28 hours per week during the term, and up to 8 hours per day during official school holidays.
For any other information, we would need a separate consent from the student.
""" + SIG["kobayashi"] + """

> Dear Sakura Japanese Language Institute,
> Mr. Rai Prabin has applied for a part-time job at our store.
> Could you please confirm that he is your student? He told us he agreed to this check.
> Store Manager, FamilyMart Takadanobaba 3-chome
""",
))

PASSES.append(dict(
    writer="matsuda", kind="benign.order_number",
    why="Textbook order with ISBNs, order numbers and customer codes. All long numbers are product/order codes.",
    to=["スリーエー教材センター 受注係 <juchu@3a-kyozai.example.co.jp>"],
    subject="教科書追加注文（注文番号 SJ-2025-1107）",
    text="""スリーエー教材センター
受注係 ご担当者様

いつもお世話になっております。さくら国際日本語学院の松田です。
1月開講クラス用に、下記のとおり追加注文いたします。

　お客様コード：T-0043821
　注文番号：SJ-2025-1107

　ISBN　　　　　　　　　書名　　　　　　　　　　　　　　冊数
　9784300005125　　　　 中級へ行こう（第2版）　　　　　　 40
　9784757430211　　　　 ドリル＆ドリル 日本語能力試験N2　 35
　978-4-88319-671-9　　 みんなの日本語 初級I 第2版 本冊　 24

納品は12月15日（月）までに、学校受付へお願いいたします。
請求書は、学校法人さくら学園 経理課宛てでお送りください。

We will also need 10 copies of the English translation volume; I will send a separate order once the class size is confirmed.
""" + SIG["matsuda"],
))
