from common import M, A

YM = "Yuki Matsunaga <y-matsunaga@hokurei-u.ac.jp>"
DO = "Daniel Okafor <d-okafor@hokurei-u.ac.jp>"
RK = "Ryo Kawabata <r-kawabata@hokurei-u.ac.jp>"

SIG_YM = """--
Yuki Matsunaga (Ms.)
Senior Coordinator, Center for International Exchange
Hokurei University
1-8 Reimei-cho, Kita-ku, Sapporo, Hokkaido 001-0931, Japan
Tel: +81-11-555-0142 / Fax: +81-11-555-0149
https://www.hokurei-u.ac.jp/intl/"""

SIG_DO = """Best regards,
Daniel Okafor
Exchange Programs Officer | Center for International Exchange
Hokurei University, Sapporo, Japan
T +81-11-555-0145  E d-okafor@hokurei-u.ac.jp"""

SIG_RK = """----------------------------------------
川端 亮 / Ryo Kawabata
Homestay & Student Life Support
Center for International Exchange, Hokurei University
Tel: 011-555-0147 (weekdays 9:00-17:00)
----------------------------------------"""

# ---------------- PASS ----------------
M("U-P1", "pass", "benign.own_data",
  "Arrival details and room assignment sent to the incoming student herself.",
  DO, ["Sofia Lindgren <sofia.lindgren98@gmail.com>"],
  "Your arrival details and dormitory assignment – Spring 2025",
  f"""
Dear Sofia,

Welcome (almost) to Hokurei! Below is everything we have on file for your arrival. Please check it and tell me if anything is wrong.

  Student ID:        25X0418
  Program:           Japanese Language & Culture (JLC), 1 semester
  Arrival:           2 April 2025, SK 983 via Helsinki → New Chitose (CTS) 15:40
  Airport pick-up:   Your buddy, Haruto Sasaki (3rd-year, Faculty of Economics), will meet you at the arrivals gate holding a green Hokurei sign.
  Dormitory:         Reimei House, Building B, Room B-312
  Key deposit:       JPY 10,000 (cash on arrival, refunded when you leave)

Orientation is on 4 April at 10:00 in Room 201 of the International Centre. Bring your passport; the residence card you receive at the airport will be registered at the ward office on 7 April together with the other new students.

If your flight changes, e-mail me or message Haruto directly on the buddy app.

See you soon!

{SIG_DO}
""")

M("U-P2", "pass", "benign.partner_thread",
  "Reply chain with a partner university about nomination deadlines; only staff names and counts.",
  YM, ["Camille Rousseau <c.rousseau@valmont-univ.fr>"],
  "Re: Re: Nominations for Fall 2025 – deadlines",
  f"""
Dear Camille,

Thank you, that is very clear. We will keep 15 May as the nomination deadline and 1 June for the application documents. Professor Ishikawa (in cc) confirmed that the Faculty of Letters can accept up to two Valmont students in the seminar track this year, so three nominations in total would be perfect.

I'll send the online application link once the portal opens on 20 April.

Kind regards,
Yuki

{SIG_YM}

-----Original Message-----
From: Camille Rousseau <c.rousseau@valmont-univ.fr>
Sent: Wednesday, 9 April 2025 17:02
To: Yuki Matsunaga <y-matsunaga@hokurei-u.ac.jp>
Cc: Kenta Ishikawa <k-ishikawa@hokurei-u.ac.jp>; Jean-Marc Dubois <jm.dubois@valmont-univ.fr>
Subject: Re: Nominations for Fall 2025 – deadlines

Dear Yuki,

Jean-Marc and I met with the Dean yesterday. We would like to nominate three students (two from Lettres modernes, one from Économie). Is 15 May still fine on your side? Our own selection committee sits on 6 May.

Also, Mme Laurent from our housing office asks whether Reimei House will again be available.

Bien cordialement,
Camille Rousseau
Responsable des mobilités sortantes – Asie
Direction des Relations Internationales
Université de Valmont
12 avenue des Tilleuls, 21000 Valmont, France
+33 3 80 55 12 40

> From: Yuki Matsunaga
> Sent: 2 April 2025
> Dear Camille, Dear Jean-Marc,
> As every year, could you let us know how many students you plan to nominate for Fall 2025?
> Our tentative deadline is 15 May.
> Best, Yuki
""", cc=["Kenta Ishikawa <k-ishikawa@hokurei-u.ac.jp>", "Jean-Marc Dubois <jm.dubois@valmont-univ.fr>"])

M("U-P3", "pass", "benign.minimal_necessary",
  "Host family is told only the name and arrival time of the student they will host.",
  RK, ["Aoki Emiko <emiko.aoki.home@ezweb.ne.jp>"],
  "Your guest student arrives on Friday",
  f"""
Dear Mrs. Aoki,

Just a short note: your guest student, Tomás Herrera from Universidad de San Aurelio (Mexico), lands at New Chitose at 18:20 on Friday. I will bring him to your house by car at around 20:00 — please don't prepare a big dinner, he will probably just want to sleep!

Tomás wrote to me that he is very excited about the snow and wants to learn how to make onigiri. I told him you are the best teacher for that.

Thank you again for welcoming him.

{SIG_RK}
""")

M("U-P4", "pass", "benign.successor",
  "Introduction of a successor to a partner university.",
  DO, ["Rachel Thompson <r.thompson@kessler.edu.au>"],
  "Introducing Ms. Mari Fujimoto – new contact for Kessler exchange",
  f"""
Hi Rachel,

I hope all is well in Perth and that the new term has started smoothly.

From 1 April I will be moving to our Office of Research Collaboration, so I'd like to introduce my successor for the Kessler partnership, Ms. Mari Fujimoto (cc'd). Mari joined the Center in 2021, spent two years at our Vancouver liaison office and has been handling the Oceania short programs since last autumn, so she already knows the Kessler summer course inside out.

Mari's direct line is +81-11-555-0151 and her e-mail is m-fujimoto@hokurei-u.ac.jp. I will stay in cc until the end of March so that nothing gets lost in the handover, including the MoU renewal (our ref. HU-AGR-2016-031) and the invoice for the February program.

It has been a real pleasure working with you and with Professor Gallagher over these five years. Thank you for everything!

{SIG_DO}
""", cc=["Mari Fujimoto <m-fujimoto@hokurei-u.ac.jp>", "Liam Gallagher <l.gallagher@kessler.edu.au>"])

M("U-P5", "pass", "benign.aggregate_health",
  "Vaccination requirements and anonymous aggregate counseling statistics for a partner.",
  YM, ["Annika Berg <annika.berg@lindqvist-uni.se>"],
  "Health requirements for incoming students (2025/26)",
  f"""
Dear Annika,

As requested, here is a summary of the health-related requirements for students coming to Hokurei in 2025/26.

1. Measles and rubella: two documented doses (MR or MMR). Students without records can be vaccinated at the campus Health Centre (approx. JPY 10,000).
2. Tuberculosis: a chest X-ray is part of the general health check-up in April for all students; no prior test is required for students from Sweden.
3. Health insurance: all students must join the National Health Insurance after registering their address. The university's supplementary accident insurance is arranged by us.
4. Counselling: English-language counselling is free. For your reference, last year 9 of our 131 incoming students used the counselling service at least once, and 2 were referred to external clinics; we share these figures only as totals.

Please feel free to forward this to your outgoing students. The Health Centre leaflet is available at https://www.hokurei-u.ac.jp/intl/health (EN/JP).

With best wishes,
Yuki

{SIG_YM}
""")

M("U-P6", "pass", "benign.congratulations",
  "Congratulations to a partner professor; mentions historical authors only.",
  YM, ["Prof. Margaret Ellison <m.ellison@nbu-uk.ac.uk>"],
  "Congratulations on your appointment",
  f"""
Dear Professor Ellison,

On behalf of everyone at the Center for International Exchange, please accept our warmest congratulations on your appointment as Pro-Vice-Chancellor (Global Engagement). President Kobayashi asked me to pass on his personal congratulations as well; he still talks about your lecture on Isabella Bird's journey through Hokkaido in 1878.

We are very much looking forward to the 2025 Summer School, whose theme this year — "Natsume Soseki in London, London in Soseki" — owes a great deal to your suggestion. Dr. Aiko Nishimura will be in touch shortly about the reading list.

With warm regards,
Yuki Matsunaga

{SIG_YM}
""")

M("U-P7", "pass", "benign.invoice_corporate_account",
  "Invoice to a partner university with the university's own corporate bank account and SWIFT.",
  DO, ["Kessler University Accounts Payable <ap@kessler.edu.au>"],
  "Invoice HU-INV-2025-0087 – Hokurei Winter Program (Feb 2025)",
  f"""
Dear Accounts Payable team,

Please find below the invoice details for the Hokurei Winter Program (3–21 February 2025). The PDF invoice is attached.

  Invoice No.:   HU-INV-2025-0087
  PO No.:        KU-PO-558231
  Participants:  22 students, 2 accompanying staff
  Amount:        JPY 4,380,000 (no tax applicable)
  Due date:      31 March 2025

Bank details:
  Beneficiary:   Hokurei University
  Bank:          North Star Bank, Ltd., Sapporo Main Office
  Address:       4-2 Kita 3-jo Nishi, Chuo-ku, Sapporo 060-0003, Japan
  SWIFT/BIC:     NSBKJPJS
  Account No.:   Ordinary 0478210
  Reference:     HU-INV-2025-0087

Bank charges outside Japan are borne by the remitter. Please contact me if you need our W-8BEN-E equivalent or any other form.

{SIG_DO}
""", attachments=[A("HU-INV-2025-0087.pdf", "application/pdf", """
INVOICE  HU-INV-2025-0087
Hokurei University, Center for International Exchange
Bill to: Kessler University, Global Programs Office, Perth WA 6009, Australia
Hokurei Winter Program 2025 (3-21 Feb)   22 participants x JPY 185,000 = JPY 4,070,000
Staff accommodation  2 x JPY 155,000 = JPY 310,000
TOTAL JPY 4,380,000
Bank: North Star Bank, Ltd. Sapporo Main Office  SWIFT NSBKJPJS  Account Ordinary 0478210  Hokurei University
""")])

M("U-P8", "pass", "benign.own_data",
  "Residence-card expiry reminder sent to the card holder herself (her own number).",
  RK, ["Nguyen Thi Lan <lan.nguyen.hk@gmail.com>"],
  "Reminder: your period of stay ends on 30 June",
  f"""
Dear Lan,

Our records show that your period of stay ends soon:

  Residence card No.: UH48213907EA
  Status:             Student (College Student)
  Expiry:             30 June 2025

Because you are continuing in the graduate program, you need to apply for an extension at the Sapporo Immigration Bureau before that date. You can apply from three months before the expiry, i.e. already now.

Please come to the Student Life desk (International Centre, 1F) any weekday and bring:
- your passport and residence card
- a passport-size photo (4 cm x 3 cm)
- the certificate of enrolment (we will issue it on the spot)

If you would like, I can check your application form before you go.

{SIG_RK}
""")

M("U-P9", "pass", "benign.condolence",
  "Condolences on the death of a partner's emeritus professor.",
  YM, ["Dr. Simon Pryce <s.pryce@nbu-uk.ac.uk>"],
  "With deepest sympathy – Emeritus Professor Harold Whitcombe",
  f"""
Dear Dr. Pryce,

We were deeply saddened to learn of the passing of Emeritus Professor Harold Whitcombe on 14 January.

Professor Whitcombe signed the first exchange agreement between Northbrook and Hokurei in 1988 and visited Sapporo many times since; several of our senior colleagues still remember his Japanese speeches, delivered with great courage and a strong Yorkshire accent. Without him, more than six hundred students would never have made the journey between our two universities.

Please convey our sincere condolences to his family and to all his colleagues at Northbrook. President Kobayashi will be sending a formal letter, and we would be honoured to contribute a few words to any memorial publication.

With deepest sympathy,
Yuki Matsunaga
on behalf of the Center for International Exchange

{SIG_YM}
""")

M("U-P10", "pass", "benign.plain_zip",
  "Plain (unencrypted) zip of course catalogue and brochure for a partner.",
  DO, ["Jean-Marc Dubois <jm.dubois@valmont-univ.fr>"],
  "Course catalogue & brochure 2025/26",
  f"""
Dear Jean-Marc,

As promised, attached is a zip with the English course catalogue for 2025/26 and the new program brochure. Feel free to put them on your intranet.

{SIG_DO}
""", attachments=[A("Hokurei_catalogue_2025-26.zip", "application/zip", """
[course_catalogue_2025-26.txt]
JLC101 Elementary Japanese I (Dr. Naomi Fukuda) 4 credits
JLC201 Intermediate Japanese I (Ms. Kaori Tsuji) 4 credits
CUL210 Hokkaido and the Ainu: History and Culture (Prof. Takeshi Onuma) 2 credits
ECO305 Japanese Economy after 1990 (Prof. Kenji Arai) 2 credits
LIT320 Modern Japanese Literature in Translation (Dr. Aiko Nishimura) 2 credits
[brochure_2025.txt]
Study in Sapporo! Hokurei University welcomes about 130 exchange students every year from 64 partner institutions in 28 countries.
""")])

M("U-P11", "pass", "benign.project_two_orgs",
  "Joint seminar planning with six visible addresses from two universities.",
  YM, ["Prof. Margaret Ellison <m.ellison@nbu-uk.ac.uk>", "Dr. Simon Pryce <s.pryce@nbu-uk.ac.uk>", "Hannah Cole <h.cole@nbu-uk.ac.uk>"],
  "Joint online seminar 18 June – run of show (draft 2)",
  f"""
Dear all,

Draft 2 of the run of show for the joint online seminar "Cold Cities: Urban Life in Sapporo and Newcastle" (18 June, 09:00 BST / 17:00 JST):

17:00  Opening – Prof. Ellison / Vice-President Tanaka
17:10  Keynote – Prof. Takeshi Onuma ("Snow and the making of Sapporo")
17:40  Student panel (3 + 3 students, moderated by Dr. Pryce and Dr. Nishimura)
18:30  Q&A
18:50  Closing – Hannah Cole

Zoom link: https://zoom.example-hokurei.jp/j/84120093317 (passcode sent separately to panelists only)

Hannah, could you confirm the names of your three student panelists by 6 June so that we can print name cards for the Sapporo side?

Best,
Yuki

{SIG_YM}
""", cc=["Hiroshi Tanaka <h-tanaka@hokurei-u.ac.jp>", "Aiko Nishimura <a-nishimura@hokurei-u.ac.jp>", "Takeshi Onuma <t-onuma@hokurei-u.ac.jp>"])

M("U-P12", "pass", "benign.own_data",
  "Exchange student receives his own grades.",
  DO, ["Lucas Moreau <lucas.moreau@etu.valmont-univ.fr>"],
  "Re: transcript?",
  f"""
Hi Lucas,

Yes, grades for Fall 2024 are final. Here is what will appear on your official transcript (student no. 24X0772):

  JLC201 Intermediate Japanese I ........ A  (4 cr)
  JLC205 Kanji in Context ............... A+ (2 cr)
  CUL210 Hokkaido and the Ainu .......... B+ (2 cr)
  ECO305 Japanese Economy after 1990 .... A  (2 cr)
  GPA 3.62

The sealed transcript goes to Mme Rousseau by post this week; a PDF copy will be in your portal inbox by Friday.

Bon courage pour la suite !
Daniel

{SIG_DO}

> On 21 Jan 2025, Lucas Moreau wrote:
> Hello Daniel, are my grades out yet? Valmont needs them before 10 February. Merci !
""")

M("U-P13", "pass", "benign.bcc_announcement",
  "Typhoon advisory to host families sent with all private addresses in Bcc.",
  RK, ["Homestay Program <homestay@hokurei-u.ac.jp>"],
  "[Homestay] Typhoon No. 14 – please keep your guest at home tomorrow",
  f"""
Dear Host Families,

(This message is sent to all host families in Bcc.)

Typhoon No. 14 is expected to reach southern Hokkaido tomorrow afternoon. All classes at Hokurei University are cancelled on Tuesday 9 September, and the International Centre will be closed.

Please:
- ask your guest student to stay home tomorrow and avoid the riverside;
- make sure they have charged their phone and know your emergency meeting point;
- reply to this e-mail only if your guest cannot be reached, or if you need help.

Students received the same message in English, Chinese and Korean this morning.

Thank you, as always, for looking after our students.

{SIG_RK}
""", bcc=["takeuchi.home@gmail.com", "m.hirano55@yahoo.co.jp", "kondo-family@icloud.com", "saito.yoshiko@ezweb.ne.jp",
          "ishida.k@docomo.ne.jp", "n.yamauchi@gmail.com", "hayakawa.home@yahoo.co.jp", "okuno-t@ocn.ne.jp",
          "family.mori@gmail.com", "kubota.e@icloud.com", "emiko.aoki.home@ezweb.ne.jp", "tsuda.sapporo@gmail.com",
          "h.kuroda@nifty.com", "miyake-home@biglobe.ne.jp"])

M("U-P14", "pass", "benign.consented_reference",
  "Enrolment verification with dates and program only, with the former student's signed consent.",
  YM, ["Talent Acquisition <ta-jp@crestline-kk.co.jp>"],
  "Re: Verification of enrolment – Ms. Emily Zhang",
  f"""
Dear Ms. Ikeda,

Thank you for your request and for enclosing Ms. Zhang's signed authorisation (dated 3 March 2025).

We confirm that Ms. Emily Zhang was enrolled at Hokurei University as a full-time exchange student from 1 October 2022 to 31 July 2023 (Japanese Language & Culture Program, two semesters), nominated by Kessler University, Australia, and that she completed the program.

In line with our policy we do not disclose grades or other records to third parties; Ms. Zhang can request an official transcript herself if needed.

Kind regards,
Yuki Matsunaga

{SIG_YM}

-----Original Message-----
From: Sayaka Ikeda <ta-jp@crestline-kk.co.jp>
Subject: Verification of enrolment – Ms. Emily Zhang
Dear Sir/Madam, as part of our pre-employment screening, could you kindly confirm the enrolment period of Ms. Emily Zhang? Her signed consent form is attached. Best regards, Sayaka Ikeda, Crestline Consulting K.K.
""")

M("U-P15", "pass", "benign.minutes",
  "Minutes of a delegation visit naming officials of both universities.",
  DO, ["Annika Berg <annika.berg@lindqvist-uni.se>", "Erik Sandberg <erik.sandberg@lindqvist-uni.se>"],
  "Minutes – Lindqvist delegation visit, 12 March 2025",
  f"""
Dear Annika, dear Erik,

Thank you both again for making the long trip to Sapporo. Please find the minutes below; let me know of any corrections by 28 March.

MINUTES
Date / place: 12 March 2025, 14:00–16:30, Board Room, Administration Bldg.
Lindqvist University: Mr. Erik Sandberg (Director, International Office), Ms. Annika Berg (Exchange Coordinator), Dr. Sofie Holm (School of Engineering)
Hokurei University: Vice-President Hiroshi Tanaka, Prof. Aiko Nishimura, Prof. Kenji Arai, Ms. Yuki Matsunaga, Mr. Daniel Okafor (minutes)

1. Renewal of the student exchange agreement (ref. HU-AGR-2019-014) for five years from 1 Sept 2025 — agreed in principle; Hokurei to send a draft by 30 April.
2. Numbers: balance 2022–24 was 11 outgoing / 14 incoming. Both sides aim at 4+4 per year.
3. Engineering double-degree: Dr. Holm and Prof. Arai to exchange syllabi (MSc Sustainable Energy / Hokurei Graduate School of Engineering).
4. Short programs: Lindqvist interested in the Hokurei Winter Program; quotation to follow.
5. Next meeting: online, early June.

{SIG_DO}
""")

M("U-PJ1", "pass", "benign.thank_you",
  "Thank-you letter to a host family forwarding the student's own thank-you note.",
  RK, ["青木 恵美子 <emiko.aoki.home@ezweb.ne.jp>"],
  "ホームステイのお礼（トマスさんからのお手紙）",
  f"""
青木 恵美子 様

いつも大変お世話になっております。北嶺大学国際交流センターの川端です。

このたびは3週間にわたりトマス・エレーラさんを温かく迎えてくださり、本当にありがとうございました。
昨日の修了式でトマスさんから「青木さんのお宅に渡してほしい」と手紙を預かりましたので、スキャンしたものを添付いたします。原本は来週郵送いたします。

ホストファミリーアンケート（Googleフォーム）にもご協力いただけますと幸いです。
https://forms.example-hokurei.jp/homestay2025

今後ともどうぞよろしくお願いいたします。

{SIG_RK}
""", attachments=[A("letter_from_Tomas.pdf", "application/pdf", """
Querida familia Aoki,
Thank you for three wonderful weeks. Thank you, Emiko-san, for teaching me onigiri and for the warm kotatsu. Thank you, Shota-kun, for the snowball fight. I will never forget Sapporo.
Con cariño, Tomás
""")])

# ---------------- HOLD ----------------
M("U-H1", "hold", "personal.family_profile",
  "A host family's full application (names, ages, address, phones, jobs, child's school) forwarded to an outside placement agency.",
  RK, ["Placement Desk <placement@hslink.co.jp>"],
  "Fw: New host family application",
  f"""
Dear Mr. Ono,

Please see the new application below. The family would like to be registered with your agency as well. Could you arrange the home visit?

{SIG_RK}

---------- Forwarded message ----------
From: Takeshi Sasaki <t.sasaki.0612@gmail.com>
Date: 2 May 2025 21:14
Subject: New host family application

Household:
  Takeshi Sasaki (52), civil servant, Sapporo City Hall
  Naomi Sasaki (49), part-time nurse
  Rina Sasaki (15), Asahigaoka Junior High School, 3rd year
Address: 3-jo 4-12-7 Hiragishi, Toyohira-ku, Sapporo 062-0933
Home phone: 011-555-2841 / Mobile (Takeshi): 090-4417-2093
Pets: one cat
Spare room: 6 tatami, 2F
Preferred: female student, 1 semester, non-smoker
""", personal=[("name", "Takeshi Sasaki (52)"), ("name", "Naomi Sasaki (49)"), ("name", "Rina Sasaki (15)"),
               ("address", "3-jo 4-12-7 Hiragishi, Toyohira-ku, Sapporo 062-0933"), ("phone", "011-555-2841"),
               ("phone", "090-4417-2093"), ("email", "t.sasaki.0612@gmail.com")])

M("U-H2", "hold", "sensitive.medical",
  "Diagnosis and hospitalisation of a named exchange student reported to his home university.",
  YM, ["Hannah Cole <h.cole@nbu-uk.ac.uk>"],
  "Oliver Grant – update",
  f"""
Dear Hannah,

Following our call this morning, a short written update.

Oliver Grant (Northbrook ID 2210457) was admitted to Sapporo Kita General Hospital on 12 November with acute pancreatitis. The attending physician, Dr. Mizuno, told us that the condition is linked to heavy alcohol use and that Oliver had a similar episode in the UK last year, which he had not declared on his health form. He is stable and expected to stay in hospital for about ten days.

Oliver has asked us to contact his mother; could you confirm whether Northbrook will do this, or whether we should?

Best wishes,
Yuki

{SIG_YM}
""", personal=[("name", "Oliver Grant"), ("student_id", "2210457"), ("diagnosis", "acute pancreatitis"),
               ("medical_history", "linked to heavy alcohol use")])

M("U-H3", "hold", "sensitive.infection_third_party",
  "Reply to a host mother names another student's tuberculosis diagnosis.",
  RK, ["Kondo Mayumi <kondo-family@icloud.com>"],
  "Re: Maria's class – is it safe?",
  f"""
Dear Mrs. Kondo,

Thank you for your message and I understand your worry.

Yes, a student in Maria's Japanese class, Chen Wei from Shenyang, was diagnosed with pulmonary tuberculosis last week and is now being treated at the city hospital. The public health centre has already contacted all close contacts; Maria is not on their list because she sits in a different group, so no test is needed for her at this point.

If Maria gets a cough that lasts more than two weeks, please let me know.

{SIG_RK}

> -----Original Message-----
> From: Kondo Mayumi
> Maria says someone in her class has TB?? Is this true? Should we be tested?
""", personal=[("name", "Chen Wei"), ("diagnosis", "pulmonary tuberculosis")])

M("U-H4", "hold", "id.passport",
  "Attachment lists several students' passport numbers and birth dates for a travel agency; body is harmless.",
  DO, ["Hokuto Travel Group Desk <group@hokuto-travel.co.jp>"],
  "Hakodate study trip 24–25 May – participant list",
  f"""
Dear Ms. Kanda,

Thank you for the quotation. Attached is the participant list for the Hakodate trip so that you can book the hotel. We are 7 students and 1 staff member.

{SIG_DO}
""", attachments=[A("hakodate_participants.csv", "text/csv", """
name,nationality,date_of_birth,passport_no,passport_expiry,gender
Sofia Lindgren,Sweden,1998-03-11,91284476,2031-05-02,F
Lucas Moreau,France,2002-07-19,21FV45538,2032-01-14,M
Tomás Herrera,Mexico,2001-12-02,G28841907,2030-09-30,M
Nguyen Thi Lan,Vietnam,1999-08-25,C4418257,2029-03-17,F
Jonas Ek,Sweden,2000-04-30,97713025,2030-11-08,M
Mei Lin,Singapore,2003-01-06,K2201874E,2031-07-21,F
Oliver Grant,United Kingdom,2002-10-15,548812307,2033-02-09,M
Daniel Okafor,Nigeria,1985-06-04,B03184672,2029-12-01,M
""")], personal=[("passport", "91284476"), ("passport", "21FV45538"), ("passport", "G28841907"),
                 ("passport", "C4418257"), ("date_of_birth", "1998-03-11"), ("name", "Tomás Herrera")])

M("U-H5", "hold", "attachment.encrypted_zip",
  "Nomination documents sent as a password-protected zip (PPAP).",
  YM, ["Rachel Thompson <r.thompson@kessler.edu.au>"],
  "Nomination documents – Hokurei outgoing students S2 2025",
  f"""
Dear Rachel,

Please find attached the nomination documents for our two outgoing students for Semester 2. The password will follow in a separate e-mail.

Kind regards,
Yuki

{SIG_YM}
""", attachments=[A("HU_nominations_S2_2025.zip", "application/zip", encrypted=True)])

HF = ["takeuchi.home@gmail.com", "m.hirano55@yahoo.co.jp", "kondo-family@icloud.com", "saito.yoshiko@ezweb.ne.jp",
      "ishida.k@docomo.ne.jp", "n.yamauchi@gmail.com", "hayakawa.home@yahoo.co.jp", "okuno-t@ocn.ne.jp",
      "family.mori@gmail.com", "kubota.e@icloud.com", "tsuda.sapporo@gmail.com", "h.kuroda@nifty.com"]
M("U-H6", "hold", "recipients.over10",
  "Twelve host families' private addresses visible in To.",
  RK, HF,
  "Host family welcome party – Saturday 19 April",
  f"""
Dear Host Families,

You are warmly invited to the Host Family Welcome Party!

  Date:   Saturday 19 April, 14:00–16:00
  Place:  Hokurei University Student Hall, 2F Lounge
  Fee:    free (light snacks and drinks)

Please come together with your guest student. Children are welcome. Kindly reply by 14 April with the number of people attending.

{SIG_RK}
""")

M("U-H7", "hold", "list.roster",
  "Dormitory roster with names, birth dates, nationalities and mobile numbers sent to an outside housing company.",
  DO, ["Sapporo Campus Living <frontdesk@campusliving-spr.co.jp>"],
  "April move-in list",
  f"""
Dear Mr. Hoshino,

Attached is the April move-in list for Reimei House. Could you please prepare the keys and welcome packs?

{SIG_DO}
""", attachments=[A("reimei_movein_April2025.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", """
[Sheet1]
Room	Name	Gender	Date of birth	Nationality	Mobile (JP)	Move-in
B-312	Sofia Lindgren	F	1998-03-11	Sweden	080-3921-6640	2025-04-02
B-314	Mei Lin	F	2003-01-06	Singapore	070-2288-1453	2025-04-03
A-105	Lucas Moreau	M	2002-07-19	France	090-6610-2087	2025-04-01
A-107	Ahmad Rahimi	M	2001-02-27	Afghanistan	080-7754-3019	2025-04-05
A-210	Jonas Ek	M	2000-04-30	Sweden	070-4502-8836	2025-04-02
B-220	Valentina Cruz	F	2002-05-14	Mexico	090-1137-5562	2025-04-04
""")], personal=[("name", "Sofia Lindgren"), ("date_of_birth", "2003-01-06"), ("phone", "080-3921-6640"),
                 ("phone", "090-6610-2087"), ("phone", "080-7754-3019")])

M("U-H8", "hold", "sensitive.disability",
  "A named student's ADHD/ASD diagnosis sent to the host university.",
  YM, ["Camille Rousseau <c.rousseau@valmont-univ.fr>"],
  "Exam arrangements for Yuto Hayashi (Spring 2026)",
  f"""
Dear Camille,

Yuto Hayashi, who will join Valmont in the spring semester, has asked us to pass on the recommendation of our Disability Support Office.

Yuto has a diagnosis of ADHD and autism spectrum disorder (assessed at Hokurei University Hospital in 2023). At Hokurei he receives 1.3 times the standard exam time, a separate quiet room, and written instructions for oral tasks. He takes medication daily and has brought a three-month supply.

Could you let me know whether similar arrangements can be made at Valmont, and whom he should contact on arrival?

Kind regards,
Yuki

{SIG_YM}
""", personal=[("name", "Yuto Hayashi"), ("diagnosis", "ADHD and autism spectrum disorder")])

M("U-H9", "hold", "sensitive.criminal",
  "Arrest of a named exchange student reported to his home university.",
  DO, ["Erik Sandberg <erik.sandberg@lindqvist-uni.se>"],
  "Confidential: Jonas Ek",
  f"""
Dear Erik,

I am sorry to write with difficult news. Jonas Ek was arrested by the Sapporo Kita Police on the night of 3 December on suspicion of assault after a fight outside a bar in Susukino. He was released on 5 December without charge so far, but the public prosecutor has not yet decided whether to indict. The other party suffered a broken nose.

Our Vice-President has asked me to inform you, as his home university, before we decide on any disciplinary measures. Jonas is attending classes as usual.

{SIG_DO}
""", personal=[("name", "Jonas Ek"), ("criminal", "arrested by the Sapporo Kita Police"), ("criminal", "suspicion of assault")])

M("U-H10", "hold", "sensitive.religion",
  "A student's religion and denomination shared with a host family (borderline: practical purpose).",
  RK, ["Hayakawa Junko <hayakawa.home@yahoo.co.jp>"],
  "About Ahmad – food and prayer",
  f"""
Dear Mrs. Hayakawa,

Thank you for agreeing to host Ahmad Rahimi from next week. Before he arrives, a few things he asked me to share with you:

- Ahmad is a devout Shia Muslim. He prays five times a day and would be grateful for a quiet corner in his room facing west.
- He eats only halal meat; fish and vegetables are fine. Please avoid mirin and sake in cooking if possible.
- During Ramadan (from late February) he will fast from dawn to sunset.

He is a very gentle young man and is looking forward to meeting your family.

{SIG_RK}
""", personal=[("name", "Ahmad Rahimi"), ("religion", "devout Shia Muslim")])

M("U-H11", "hold", "id.passport",
  "The reply itself is harmless but the quoted student message contains her passport number and date of birth.",
  YM, ["Rosa Jiménez <rjimenez@usaurelio.edu.mx>"],
  "Re: Fw: Valentina – flight change",
  f"""
Dear Rosa,

Noted, thank you — we will change the airport pick-up to 18 August. Nothing else is needed from your side.

Best,
Yuki

{SIG_YM}

> From: Rosa Jiménez <rjimenez@usaurelio.edu.mx>
> Subject: Fw: Valentina – flight change
> Dear Yuki, please see Valentina's message below. Saludos, Rosa
>
>> From: Valentina Cruz <vale.cruz.m@gmail.com>
>> Hola Rosa, my flight to Sapporo is now on 18 August (AM 58 + JL 507).
>> The airline asked for my details again so here they are in case the university needs them:
>> Passport: G31597046, issued 2023-02-10, expires 2033-02-09
>> Date of birth: 14 May 2002
>> Thank you!! Valentina
""", personal=[("name", "Valentina Cruz"), ("passport", "G31597046"), ("date_of_birth", "14 May 2002"),
               ("email", "vale.cruz.m@gmail.com")])

M("U-H12", "hold", "id.bank_account",
  "A scholarship student's private bank account sent to an outside foundation.",
  DO, ["Aurora Scholarship Foundation <grants@aurora-found.or.jp>"],
  "Stipend payment details – Pham Minh Duc (AS-2025-118)",
  f"""
Dear Ms. Takeda,

Here are the payment details for your scholar Pham Minh Duc (scholar no. AS-2025-118) for the monthly stipend from May:

  Bank:           North Star Bank, Odori Branch (branch code 213)
  Account type:   Ordinary
  Account No.:    4829013
  Account holder: PHAM MINH DUC (ファム ミン ドゥック)

He confirmed the details in person at our office.

{SIG_DO}
""", personal=[("name", "Pham Minh Duc"), ("bank_account", "4829013"), ("account_holder", "PHAM MINH DUC")])

M("U-H13", "hold", "sensitive.medical",
  "The body is a bland scheduling note; the subject names a student and her panic disorder.",
  RK, ["Jessica Hart <j.hart@kessler.edu.au>"],
  "Mei Lin – panic disorder follow-up call",
  f"""
Dear Ms. Hart,

Thank you for your call. As discussed, next Tuesday at 10:00 JST (11:00 AWST… sorry, 09:00 AWST) works for us. I'll send a Teams invite.

{SIG_RK}
""", personal=[("name", "Mei Lin"), ("diagnosis", "panic disorder")])

M("U-H14", "hold", "list.scores",
  "Grade sheet with several students' names, IDs and grades sent outside (borderline: standard partner reporting).",
  DO, ["Camille Rousseau <c.rousseau@valmont-univ.fr>"],
  "Fall 2024 results – Valmont students",
  f"""
Dear Camille,

For your credit transfer committee, attached is the summary of Fall 2024 results for all Valmont students at Hokurei. Official transcripts follow by post.

{SIG_DO}
""", attachments=[A("Valmont_Fall2024_results.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", """
[Sheet1]
Student	Hokurei No.	Valmont No.	Course	Grade	Credits
Lucas Moreau	24X0772	21904418	JLC201	A	4
Lucas Moreau	24X0772	21904418	ECO305	A	2
Chloé Bernard	24X0773	21807735	JLC101	C	4
Chloé Bernard	24X0773	21807735	CUL210	F	2
Hugo Lefèvre	24X0774	22001196	JLC201	B	4
Hugo Lefèvre	24X0774	22001196	LIT320	B+	2
""")], personal=[("name", "Chloé Bernard"), ("name", "Hugo Lefèvre"), ("student_id", "21807735")])

M("U-H15", "hold", "id.residence_card",
  "A student's residence card number, passport number and birth date sent to an outside administrative scrivener.",
  RK, ["森川行政書士事務所 <office@morikawa-gyosei.jp>"],
  "在留期間更新申請のご依頼（ファム・ミン・ドゥック）",
  f"""
森川先生

いつもお世話になっております。北嶺大学国際交流センターの川端です。

先日お電話でご相談した留学生の在留期間更新申請について、申請人の情報をお送りします。

　氏名：PHAM MINH DUC（ファム ミン ドゥック）
　国籍：ベトナム
　生年月日：2000年9月3日
　在留カード番号：EH73920415KA
　旅券番号：C6620198
　在留期限：2025年7月31日
　住所：札幌市北区北24条西6丁目2-15 ノースコート305

必要書類（在学証明書・成績証明書）は本学で準備いたします。
お見積りもあわせてお送りいただけますと幸いです。

{SIG_RK}
""", personal=[("name", "PHAM MINH DUC"), ("residence_card", "EH73920415KA"), ("passport", "C6620198"),
               ("date_of_birth", "2000年9月3日"), ("address", "札幌市北区北24条西6丁目2-15 ノースコート305")])

M("U-H16", "hold", "sensitive.crime_victim",
  "A named student as the victim of a sexual assault reported to her home university.",
  YM, ["Rosa Jiménez <rjimenez@usaurelio.edu.mx>"],
  "Strictly confidential",
  f"""
Dear Rosa,

I am very sorry to have to tell you this. Valentina Cruz was the victim of a sexual assault near her apartment in Kita-ku on the evening of 22 January. She went to the police the same night with our staff, and a report was filed with the Sapporo Kita Police Station. She is receiving support from the Sapporo Sexual Violence Support Centre and our counsellor.

Valentina has said she may want to return to Mexico early. Could we talk tomorrow about the options for her credits and flight?

Yuki

{SIG_YM}
""", personal=[("name", "Valentina Cruz"), ("crime_victim", "victim of a sexual assault")])
