"""Org E: international school admissions office — Harborview International School (Kobe)."""
from common import P, att, enc_zip, M

ORG = "E"
DOM = "hvis.example.jp"

CLAIRE = P("Claire Donovan", f"claire.donovan@{DOM}")
KENJI = P("Kenji Arai", f"kenji.arai@{DOM}")
PRIYA = P("Priya Raman", f"priya.raman@{DOM}")

SIG_CLAIRE = """
Claire Donovan
Director of Admissions | Harborview International School
3-8-21 Kitano-cho, Chuo-ku, Kobe 650-0002, Japan
T +81-78-200-4150 | M +81-90-7712-0834
claire.donovan@hvis.example.jp | www.hvis.example.jp
An IB World School | Accredited by CIS and WASC

CONFIDENTIALITY: This e-mail and any attachments are intended only for the named
recipient(s). If you have received it in error, please notify the sender and delete it.
"""

SIG_KENJI = """
新井 健二 Kenji Arai
Admissions Officer / 入学事務局
Harborview International School（ハーバービュー・インターナショナルスクール）
TEL 078-200-4151
kenji.arai@hvis.example.jp
"""

SIG_PRIYA = """
Best regards,
Priya Raman
Registrar
Harborview International School
+81-78-200-4155 | priya.raman@hvis.example.jp
"""

RELO = P("Sophie Lambert (Kansai Relocation Partners)", "sophie.lambert@kansai-relo.example.com")
GMJ = P("Tom Whitaker (Global Move Japan)", "t.whitaker@globalmove.example.co.jp")


def mails():
    out = []
    add = out.append

    # ---------------- HOLDS ----------------
    add(M(ORG, "claire", "body", "hold", "sensitive.applicant_adhd_to_relocation_agent",
          "A named applicant's ADHD diagnosis, medication and psychologist findings are sent to a relocation agent.",
          CLAIRE, [RELO], "Re: Grade 5 place for the Becker family",
          """
Dear Sophie,

Thank you for chasing this up. I have now had a chance to read the educational psychologist's
report on Lukas Becker (Grade 5 applicant) together with our Learning Support coordinator.

In short: Lukas was diagnosed with ADHD (combined type) in Munich last year and takes
methylphenidate (Ritalin, 20 mg) each morning. The report also notes a reading-fluency delay
of roughly 18 months and some anxiety around transitions. We can support this, but he would need
our Tier 2 learning support package (an additional JPY 480,000 per year), and we would want the
medication to be handled through our school nurse.

Could you let the parents know, and ask whether they would like a call with our coordinator
before they decide? We can hold the place until 29 November.

Kind regards,
""" + SIG_CLAIRE,
          personal=[("name", "Lukas Becker"), ("health", "ADHD (combined type)"),
                    ("health", "methylphenidate (Ritalin, 20 mg)"), ("health", "reading-fluency delay")]))

    add(M(ORG, "priya", "body", "hold", "id.passport_for_visa_agent",
          "A student's passport number, birth date and nationality are written into the body for a visa agent.",
          PRIYA, [P("Kobe Visa Support Office 行政書士 山下 千尋", "yamashita@visa-kobe.example.jp")],
          "Certificate of Eligibility – student details (Grade 9 transfer)",
          """
Dear Ms Yamashita,

Thank you for agreeing to handle the Certificate of Eligibility application for our new Grade 9 student.
As requested, here are the details you need for the form:

  Full name:        OKONKWO, Chidera Amara
  Date of birth:    14 March 2010
  Nationality:      Nigeria
  Passport no.:     A09275513 (issued 2 June 2022, expires 1 June 2027)
  Intended entry:   6 January 2025 (Kansai International Airport)
  Sponsor:          father, Dr Emeka Okonkwo (Kobe University, visiting researcher)

Our enrolment certificate and the fee receipt will follow by post tomorrow.
Please let me know if the Immigration Bureau asks for anything else.
""" + SIG_PRIYA,
          personal=[("name", "OKONKWO, Chidera Amara"), ("birth_date", "14 March 2010"), ("passport", "A09275513")]))

    add(M(ORG, "kenji", "body", "hold", "sensitive.students_religion_to_caterer",
          "Named students' religions (Muslim, Hindu) are listed for the outside lunch caterer.",
          KENJI, [P("ハーバーケータリング 栄養士 岡 恵子", "oka@harbor-catering.example.co.jp")],
          "1月からの新入生 給食対応について",
          """
ハーバーケータリング
栄養士 岡様

いつもお世話になっております。ハーバービュー・インターナショナルスクール入学事務局の新井です。
1月入学の新入生のうち、宗教上の理由で給食の対応が必要な生徒をお知らせします。

・Aisha Rahman（Grade 2）― ムスリムのため、ハラール対応（豚肉・アルコール不可）
・Omar Haddad（Grade 4）― ムスリム、ラマダン期間中は昼食なし
・Ananya Iyer（Grade 1）― ヒンドゥー教のため牛肉不可、ベジタリアン希望

既存の対応メニューで問題なければ、その旨ご返信いただけますと幸いです。
どうぞよろしくお願いいたします。
""" + SIG_KENJI,
          personal=[("name", "Aisha Rahman"), ("religion", "ムスリムのため、ハラール対応"),
                    ("name", "Omar Haddad"), ("name", "Ananya Iyer"), ("religion", "ヒンドゥー教のため牛肉不可")]))

    add(M(ORG, "priya", "attachment", "hold", "list.waitlist_scores_to_agent",
          "The attached waitlist gives several applicants' birth dates, parents' phone numbers and test scores.",
          PRIYA, [GMJ], "Waitlist status as requested",
          """
Dear Tom,

As promised on the phone, please find attached the current waitlist for the families your team
is handling. Grades 3 and 6 are still the tightest; we expect movement after the winter break.

I'll update you again once the January withdrawals are confirmed.
""" + SIG_PRIYA,
          attachments=[att("Waitlist_Jan2025_GMJ.xlsx", """
[Waitlist]
Pos	Student	Grade	DOB	Parent phone	MAP Reading	MAP Math	Notes
1	Emily Carter	3	2016-05-19	+81-80-3319-4427	211	205	sibling enrolled
2	Hiroto Nakamura	3	2016-09-02	+81-90-6641-0083	198	214	EAL support likely
3	Mateo Alvarez	6	2013-01-27	+81-70-2285-9916	221	232
4	Freya Lindqvist	6	2013-07-11	+81-80-5570-1348	205	199	awaiting school report
""")],
          personal=[("name", "Emily Carter"), ("birth_date", "2016-05-19"), ("phone", "+81-80-3319-4427"),
                    ("name", "Hiroto Nakamura"), ("score", "198	214"), ("name", "Freya Lindqvist")]))

    add(M(ORG, "claire", "attachment", "hold", "personal.teacher_cv_to_other_school",
          "A teacher candidate's full CV (home address, phone, birth date, family) is forwarded to another school's recruiter.",
          CLAIRE, [P("Mark Ellison (Seto Inland Sea Academy)", "m.ellison@setouchi-academy.example.jp")],
          "Candidate you might like – Grade 3 homeroom",
          """
Hi Mark,

Good to see you at the JCIS conference. As mentioned, we had a very strong applicant for our
Grade 3 homeroom post whom we couldn't take because the position was filled internally.
I think she'd be a great fit for your primary school, so I'm passing on her CV.

Let me know if you'd like an introduction.

Best,
""" + SIG_CLAIRE,
          attachments=[att("CV_Rachel_Morgan.pdf", """
RACHEL MORGAN
Flat 4, 17 Marlborough Road, Bristol BS6 5AX, United Kingdom
+44 7700 918 442 | rachel.morgan.teach@gmail.com
Date of birth: 23 October 1990 | Married, two children (ages 4 and 7)

EXPERIENCE
2019–present  Year 3 class teacher, St Anne's Primary, Bristol
2015–2019     Class teacher, British School of Bangkok

QUALIFICATIONS
PGCE Primary (University of Bath, 2015); BA English (Cardiff, 2012)

REFEREES
Head teacher, St Anne's Primary (details on request)
""")],
          personal=[("name", "RACHEL MORGAN"), ("address", "Flat 4, 17 Marlborough Road, Bristol BS6 5AX"),
                    ("phone", "+44 7700 918 442"), ("email", "rachel.morgan.teach@gmail.com"),
                    ("birth_date", "23 October 1990")]))

    add(M(ORG, "kenji", "quoted", "hold", "sensitive.quoted_custody_restraining_order",
          "The forwarded parent message about a custody dispute and a protection order against the father goes to the relocation agent.",
          KENJI, [RELO], "Fwd: Pick-up arrangements for Mia",
          """
Hi Sophie,

Forwarding Mrs Tanaka-Wright's message below so that your team is aware when arranging
the school run. Could your driver please confirm with us each morning who will collect Mia?

Thanks,
""" + SIG_KENJI + """

---------- Forwarded message ---------
From: Hannah Tanaka-Wright <hannah.tw@outlook.com>
Date: Tue, 12 Nov 2024 at 07:58
Subject: Pick-up arrangements for Mia
To: Kenji Arai <kenji.arai@hvis.example.jp>

Dear Mr Arai,

I need to let the school know that my husband and I are separated and there is an ongoing custody
case at the Kobe Family Court. The court issued a protection order (保護命令) against him in October
after an incident at home, and he must not approach Mia (Grade 1) or me.
Please do not release Mia to her father, Daniel Wright, under any circumstances.

Thank you for understanding,
Hannah Tanaka-Wright
""",
          personal=[("name", "Hannah Tanaka-Wright"), ("name", "Daniel Wright"),
                    ("court_proceedings", "case at the Kobe Family Court"),
                    ("court_proceedings", "protection order (保護命令) against him")]))

    add(M(ORG, "claire", "subject", "hold", "sensitive.subject_juvenile_hearing",
          "Only the subject line tells the relocation agent that a named applicant has a juvenile court hearing.",
          CLAIRE, [GMJ], "Daniel Okafor (G7 applicant) – juvenile court hearing 20 Nov – interview postponement",
          """
Dear Tom,

Could we move Daniel's admissions interview to the following week? Any time on
Tuesday 26 or Wednesday 27 November would work on our side.

Thank you, and apologies for the short notice.
""" + SIG_CLAIRE,
          personal=[("name", "Daniel Okafor"), ("juvenile_proceedings", "juvenile court hearing 20 Nov")]))

    add(M(ORG, "priya", "zip", "hold", "list.zip_applicant_export_to_sis_vendor",
          "The plain zip for the new SIS vendor contains an applicant export with birth dates, passport numbers and home addresses.",
          PRIYA, [P("SchoolBase Onboarding Team", "onboarding@schoolbase.example.com")],
          "Admissions data for test import",
          """
Hello SchoolBase team,

Attached is the export from our old admissions database for the test import we discussed
on Thursday's call. It's a zip with the applicants file and the field dictionary.
Please let me know if the date formats cause any trouble.
""" + SIG_PRIYA,
          attachments=[
              att("hvis_admissions_export.zip/applicants.csv", """
app_id,first_name,last_name,dob,nationality,passport_no,home_address,parent_email
A25-0112,Noah,Fischer,2014-02-08,Germany,C7LJ9K2M1,"2-4-11 Okamoto, Higashinada-ku, Kobe",katrin.fischer@gmail.com
A25-0119,Sakura,Ito-Bennett,2017-11-23,Japan/Australia,TZ4410728,"5-1-30 Sumiyoshi-Honmachi, Higashinada-ku, Kobe",j.bennett@outlook.com
A25-0127,Arjun,Mehta,2012-06-30,India,V3381946,"3-15-7 Mikage, Higashinada-ku, Kobe",rmehta.family@gmail.com
A25-0133,Chloe,Martin,2015-09-14,France,21AF55036,"1-9-2 Kitano-cho, Chuo-ku, Kobe",martin.anne.kobe@yahoo.co.jp
"""),
              att("hvis_admissions_export.zip/fields.txt", """
dob = ISO 8601; nationality as declared on application; passport_no as on bio page
"""),
          ],
          personal=[("name", "Noah,Fischer"), ("passport", "C7LJ9K2M1"), ("birth_date", "2014-02-08"),
                    ("name", "Arjun,Mehta"), ("passport", "V3381946"), ("address", "3-15-7 Mikage, Higashinada-ku, Kobe")]))

    add(M(ORG, "priya", "zip", "hold", "attachment.encrypted_zip",
          "A password-protected zip (PPAP) is attached.",
          PRIYA, [P("Kobe School Health Services", "nurse@kobe-schoolhealth.example.jp")],
          "Medical forms – January intake",
          """
Dear Nurse Kimura,

Please find attached the medical forms for the January intake.
The file is password-protected; I will send the password in a separate e-mail.
""" + SIG_PRIYA,
          attachments=[enc_zip("Medical_forms_Jan2025.zip")]))

    parents = [
        ("Katrin Fischer", "katrin.fischer@gmail.com"), ("James Bennett", "j.bennett@outlook.com"),
        ("Ritu Mehta", "rmehta.family@gmail.com"), ("Anne Martin", "martin.anne.kobe@yahoo.co.jp"),
        ("Li Wei", "liwei.kobe2024@gmail.com"), ("Sarah O'Connor", "sarah.oconnor@outlook.com"),
        ("鈴木 真理子", "mariko.suzuki.kobe@gmail.com"), ("Pieter de Vries", "pdevries@rhein-chem.example.de"),
        ("Yoon Seo-yeon", "seoyeon.yoon@gmail.com"), ("Carlos Alvarez", "c.alvarez@andes-mining.example.com"),
        ("Emma Lindqvist", "emma.lindqvist@outlook.com"), ("高橋 亜紀", "aki.takahashi.hv@yahoo.co.jp"),
        ("Olusegun Adeyemi", "o.adeyemi@gmail.com"), ("Marie Dubois", "marie.dubois.jp@gmail.com"),
    ]
    add(M(ORG, "kenji", "recipients", "hold", "recipients.applicant_parents_visible",
          "Fourteen applicant families (private and employer addresses) are visible to each other in To.",
          KENJI, [P(n, e) for n, e in parents],
          "Harborview Open Morning – 7 December / オープンモーニングのご案内",
          """
Dear Parents,

Thank you for your interest in Harborview International School.
We would like to invite you to our Open Morning on Saturday 7 December, 9:30–12:00.
You will be able to visit classes, meet our Principal and Head of Primary, and ask questions
about the admissions process for August 2025.

Please reply to this e-mail to reserve your place (maximum 2 adults per family).

保護者の皆さま
12月7日（土）9:30～12:00にオープンモーニングを開催いたします。
ご参加をご希望の方は、本メールにご返信ください。

Warm regards,
""" + SIG_KENJI))

    # ---------------- PASSES ----------------
    add(M(ORG, "claire", "body", "pass", "benign.offer_letter_to_family",
          "An offer letter goes to the applicant's own parents; nothing is sent to a third party.",
          CLAIRE, [P("Katrin Fischer", "katrin.fischer@gmail.com"), P("Jonas Fischer", "jonas.fischer@rhein-chem.example.de")],
          "Offer of a place – Noah Fischer, Grade 5, January 2025",
          """
Dear Mr and Mrs Fischer,

I am delighted to offer Noah a place in Grade 5 at Harborview International School,
starting on Wednesday 8 January 2025.

To accept the offer, please:
  1. sign and return the enrolment agreement via the parent portal by 29 November, and
  2. pay the enrolment deposit of JPY 300,000 (details in the portal).

Noah's homeroom teacher will be Ms Aoife Brennan. We will invite you and Noah to a short
orientation visit in the week of 16 December.

We very much look forward to welcoming your family to Harborview.

With warm regards,
""" + SIG_CLAIRE))

    add(M(ORG, "priya", "subject", "pass", "benign.employment_verification_with_consent",
          "A minimal employment verification (dates and title only) made with the former teacher's written consent.",
          PRIYA, [P("Hana Kobayashi (Kobe Bay Properties)", "leasing@kobebay-prop.example.co.jp")],
          "Employment verification – Mr Samuel Hughes (consent attached to your request)",
          """
Dear Ms Kobayashi,

Thank you for your request of 11 November, which enclosed Mr Hughes's signed consent form.

I can confirm that Mr Samuel Hughes was employed by Harborview International School
as a Secondary Mathematics Teacher (full-time) from 1 August 2019 to 30 June 2024.

In line with school policy we do not provide salary, performance or other personal information.
""" + SIG_PRIYA))

    add(M(ORG, "claire", "body", "pass", "benign.embassy_school_fair_arrangements",
          "School-fair arrangements with an education officer and two relocation agents; only business contacts.",
          CLAIRE, [P("Anjali Deshpande (Consulate General, Education Desk)", "education@cgi-osaka.example.org")],
          "Kansai international education fair – 18 January",
          """
Dear Ms Deshpande,

Thank you for inviting Harborview to take part in the community education fair on
Saturday 18 January at the Consulate's hall. We are happy to confirm our participation.

Our table will be staffed by me and by Kenji Arai from our admissions team.
We will bring printed prospectuses (English/Japanese) and a short slide loop on a laptop;
could you let us know whether a power outlet will be available at the table?

I have copied Sophie Lambert and Tom Whitaker, who said they would also like to join
to answer relocation questions.

Kind regards,
""" + SIG_CLAIRE,
          cc=[RELO, GMJ, KENJI]))

    add(M(ORG, "claire", "attachment", "pass", "benign.aggregate_nationality_statistics",
          "Enrolment statistics by nationality, language and religion-based meal counts are aggregates only.",
          CLAIRE, [P("Anjali Deshpande (Consulate General, Education Desk)", "education@cgi-osaka.example.org")],
          "Enrolment profile 2024–25 for your community newsletter",
          """
Dear Ms Deshpande,

As requested, please find attached our enrolment profile for the current school year.
The figures are aggregated; categories with fewer than five students are grouped as "Other"
so that no family can be identified.

Best wishes,
""" + SIG_CLAIRE,
          attachments=[att("HVIS_enrolment_profile_2024-25.pdf", """
Harborview International School – Enrolment profile (as of 1 October 2024)
Total students: 612 (Primary 318 / Secondary 294)
Nationalities represented: 41
  Japan 24% | USA 13% | India 11% | China 8% | Korea 6% | UK 5% | Other 33%
Home languages: English 38% | Japanese 27% | Hindi/Tamil 8% | Mandarin 7% | Other 20%
Students receiving EAL support: 71
Students receiving learning support: 38
Dietary provision: halal meals 46 | vegetarian 58 | no beef 22
""")]))

    add(M(ORG, "kenji", "body", "pass", "benign.ambassador_graduation_speaker",
          "Arrangements for a publicly announced ambassador to speak at graduation; a public figure.",
          KENJI, [P("神戸ベイイベント 音響担当 坂本", "sakamoto@kobebay-event.example.co.jp")],
          "卒業式（6/7）来賓スピーチの音響・動線について",
          """
神戸ベイイベント
坂本様

お世話になっております。ハーバービュー・インターナショナルスクールの新井です。
6月7日（土）の卒業式に、駐日ニュージーランド大使の Hon. Grace Whitford 閣下が
来賓としてご出席され、スピーチをいただくことになりました（学校HPで告知済みです）。

つきましては、以下の点のご準備をお願いできますでしょうか。
・演台用マイク2本（予備含む）とワイヤレス1本
・大使ご一行（4名）の入場動線：正門 → 来賓控室（図書館2F）→ 講堂下手
・スピーチは英語で約8分、日本語字幕をスクリーンに投影予定

警備の詳細は大使館ご担当者と調整中ですので、決まり次第共有いたします。
""" + SIG_KENJI))

    add(M(ORG, "kenji", "quoted", "pass", "benign.relocation_availability_chain",
          "A long reply chain with a relocation agent about seats by grade and fees; no student details.",
          KENJI, [GMJ], "Re: Re: Re: Availability for August 2025 – Grades 2, 6, 8",
          """
Hi Tom,

Quick update from our side: Grade 2 now has 3 places, Grade 6 is full (waitlist of 4) and
Grade 8 has 2 places. The application fee remains JPY 30,000 for 2025.

Best,
""" + SIG_KENJI + """

> Hi Kenji,
> Thanks — that's really helpful. Would you have updated numbers after your November
> offers have gone out? I have three corporate transferees arriving next summer.
> Also, has the application fee changed for 2025?
>
> Tom Whitaker | Senior Consultant, Global Move Japan
> +81-6-4400-2291 | t.whitaker@globalmove.example.co.jp
>
>> Hi Tom,
>> As of today: Grade 2 – 5 places, Grade 6 – 1 place, Grade 8 – 2 places.
>> Offers for January go out on 15 November, so numbers may change.
>> Kenji
>>
>>> Dear Kenji,
>>> Could you let me know current availability for August 2025 entry in Grades 2, 6 and 8?
>>> Many thanks, Tom
"""))

    add(M(ORG, "priya", "attachment", "pass", "benign.portal_dev_minutes_test_card",
          "Vendor meeting minutes use a published test card number, and 障害/isolation refer to an outage and a malware sandbox.",
          PRIYA, [P("ApplyPortal Project Team", "project@applyportal.example.com")],
          "Minutes – application portal sprint review (13 Nov)",
          """
Hello all,

Thank you for the productive review yesterday. Minutes attached; please let me know of any
corrections by Friday. The next review is on 27 November at 16:00 JST.
""" + SIG_PRIYA,
          attachments=[att("Minutes_ApplyPortal_2024-11-13.docx", """
Application portal – sprint review minutes, 13 November 2024
Attendees: HVIS (Priya Raman, Kenji Arai), ApplyPortal (Lena Park, Hiroshi Mori)

1. Payment test (staging only)
   Application-fee checkout tested with the gateway's published test card 4242 4242 4242 4242
   (any future expiry, CVC 123). Three-D Secure challenge displays correctly. No live cards were used.
2. Incident review
   The 30 October outage (アップロード障害, 2h 10m) was caused by an expired TLS certificate on the
   file-upload service. One uploaded PDF flagged as malware was moved to the isolation bucket;
   quarantine worked as designed. Log reference: 9c1e44ab07f2.
3. Next sprint
   Sibling discount field; Japanese address autocomplete; accessibility audit (WCAG 2.1 AA).
""")]))

    add(M(ORG, "kenji", "zip", "pass", "benign.plain_zip_brochures",
          "An unencrypted zip of public brochures and the fee schedule for a relocation agent.",
          KENJI, [RELO], "Prospectus pack 2025–26 (EN/JP)",
          """
Hi Sophie,

As requested, here is our 2025–26 prospectus pack in English and Japanese, plus the fee schedule.
I zipped the files to keep the size down (no password).
Feel free to share them with your clients.

Best regards,
""" + SIG_KENJI,
          attachments=[
              att("HVIS_prospectus_2025-26.zip/Fee_schedule_2025-26.pdf", """
Harborview International School – Fees 2025–26 (JPY)
Application fee 30,000 | Enrolment deposit 300,000
Annual tuition: Early Years 1,980,000 | Primary 2,310,000 | Secondary 2,640,000
Building fund (one-time per family) 400,000
"""),
              att("HVIS_prospectus_2025-26.zip/Prospectus_JP.pdf", """
ハーバービュー・インターナショナルスクール 学校案内 2025-26
IB一貫校（PYP・MYP・DP）／在籍生徒数 約600名／41か国
"""),
          ]))

    add(M(ORG, "priya", "body", "pass", "benign.corporate_tuition_invoice_swift",
          "A tuition invoice to a corporate sponsor quoting the school's own bank account and SWIFT code.",
          PRIYA, [P("Rhein Chemical Japan HR – Expat Services", "expat-services@rhein-chem.example.de")],
          "Invoice HVIS-INV-25-0412 – tuition Term 2 (corporate sponsorship)",
          """
Dear Expat Services team,

Please find below the invoice details for the Term 2 tuition of your sponsored employee's child,
as agreed under the corporate sponsorship arrangement (ref. RCJ-EDU-2024-07).

  Invoice no.:   HVIS-INV-25-0412
  Amount:        JPY 1,155,000
  Due date:      10 January 2025
  Bank:          Kobe Harbour Bank, Motomachi Branch
  Account name:  Harborview International School (Gakko Hojin Harborview Gakuen)
  Account no.:   Ordinary 3320518
  SWIFT/BIC:     KHBKJPJKXXX

Please quote the invoice number in the payment reference.
""" + SIG_PRIYA))

    parents_bcc = [P(n, e) for n, e in [
        ("Katrin Fischer", "katrin.fischer@gmail.com"), ("James Bennett", "j.bennett@outlook.com"),
        ("Ritu Mehta", "rmehta.family@gmail.com"), ("Anne Martin", "martin.anne.kobe@yahoo.co.jp"),
        ("Li Wei", "liwei.kobe2024@gmail.com"), ("Sarah O'Connor", "sarah.oconnor@outlook.com"),
        ("Pieter de Vries", "pdevries@rhein-chem.example.de"), ("Yoon Seo-yeon", "seoyeon.yoon@gmail.com"),
        ("Carlos Alvarez", "c.alvarez@andes-mining.example.com"), ("Emma Lindqvist", "emma.lindqvist@outlook.com"),
        ("Olusegun Adeyemi", "o.adeyemi@gmail.com"), ("Marie Dubois", "marie.dubois.jp@gmail.com"),
        ("Hannah Tanaka-Wright", "hannah.tw@outlook.com"), ("Grace Kim", "grace.kim.kobe@gmail.com"),
        ("Rahul Gupta", "rahul.gupta.kobe@gmail.com"), ("Lucy Evans", "lucy.evans@outlook.com"),
        ("Ahmed Haddad", "ahmed.haddad@gmail.com"), ("Nadia Rahman", "nadia.rahman.jp@gmail.com"),
        ("David Carter", "dcarter@pacific-logi.example.com"), ("Yuki Nakamura", "yuki.nakamura.hv@gmail.com"),
    ]]
    add(M(ORG, "claire", "recipients", "pass", "benign.new_families_newsletter_bcc",
          "A newsletter with immunisation requirements (policy only) goes to many families, all in BCC.",
          CLAIRE, [P("HVIS Admissions", f"admissions@{DOM}")],
          "Welcome newsletter for January joiners – immunisation and health forms",
          """
Dear January families,

(This message is sent to all incoming families in BCC.)

We are looking forward to welcoming you on 8 January. A few reminders before the break:

- Immunisation records: Japanese school health rules ask us to keep a copy of each child's
  vaccination record. Please upload it to the parent portal by 20 December. We follow the
  Japanese routine schedule (MR, DTP/IPV, varicella, Japanese encephalitis); catch-up doses
  can be arranged with a local clinic.
- Health form: please complete the online health questionnaire; only our school nurse can see it.
- Uniform fitting: 17 and 18 December, 10:00–15:00, in the Primary hall.

Warm regards,
""" + SIG_CLAIRE,
          bcc=parents_bcc))

    return out
