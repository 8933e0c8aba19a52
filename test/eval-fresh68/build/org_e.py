"""Org E: Danube Chamber of Commerce in Japan (foreign chamber in Tokyo, mostly English)."""
from common import mail, att, enc_zip, XLSX, DOCX, PDF, CSV, ZIP

ORG = "E"
DOM = "dccj.example.org"
VOGEL = f"Katrin Vogel <k.vogel@{DOM}>"
YAMAUCHI = f"Aya Yamauchi 山内 彩 <a.yamauchi@{DOM}>"
BRENNER = f"Lukas Brenner <l.brenner@{DOM}>"

SIG_VOGEL = """Kind regards,

Katrin Vogel
Executive Director
Danube Chamber of Commerce in Japan (DCCJ)
Kioicho Forum Bldg. 9F, 3-12 Kioicho, Chiyoda-ku, Tokyo 102-0094
T +81-3-6261-4470 | M +81-90-0000-8812
www.dccj.example.org
--
Connecting Central Europe and Japan since 1994.
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete it."""

SIG_YAMAUCHI = """Best regards,
Aya Yamauchi（山内 彩）
Events & Membership Manager
Danube Chamber of Commerce in Japan
T +81-3-6261-4472 / a.yamauchi@dccj.example.org"""

SIG_YAMAUCHI_JA = """――――――――――――――――――
在日ドナウ商工会議所（DCCJ）
イベント・会員担当　山内 彩
〒102-0094 東京都千代田区紀尾井町3-12 紀尾井町フォーラムビル9F
TEL 03-6261-4472　FAX 03-6261-4479
――――――――――――――――――"""

SIG_BRENNER = """Lukas Brenner
Policy & Communications Officer | DCCJ
+81-3-6261-4475"""


def mails():
    out = []

    # ---------------- holds ----------------
    members = [
        "Haas Precision Japan K.K., Thomas Haas <t.haas@haas-precision.example.jp>",
        "Novak Pharma Japan, Petra Novak <petra.novak@novakpharma.example.com>",
        "Kovacs Logistics K.K. <info@kovacs-logistics.example.jp>",
        "Bauer & Lind Legal, Miriam Lind <m.lind@bauerlind.example.com>",
        "Takeda Trading (Danube desk), 武田 俊 <s.takeda@takeda-trading.example.co.jp>",
        "Wien Café Japan, Clara Gruber <clara@wiencafe.example.jp>",
        "Oberhofer Glass K.K., Georg Oberhofer <g.oberhofer@oberhofer-glass.example.com>",
        "Dr. Ivan Petrov <ivan.petrov.tokyo@gmail.com>",
        "Szabo Consulting, Anna Szabo <anna@szabo-consulting.example.com>",
        "Marek Dvorak <marek.dvorak@outlook.com>",
        "Alpenland Foods Japan, Jun Mori <mori@alpenland-foods.example.jp>",
        "Sato Mechatronics, 佐藤 恵 <megumi.sato@sato-mecha.example.co.jp>",
        "Lindner Architects Tokyo, Felix Lindner <felix@lindner-arch.example.jp>",
        "Horvat Wines Japan, Ivana Horvat <ivana@horvat-wines.example.jp>",
        "Keller Automotive Japan, Jonas Keller <j.keller@keller-auto.example.com>",
    ]
    out.append(mail(
        "E-h1", "hold", "recipients.visible_outside",
        "Reception invitation sent to 15 members (companies and private addresses) visible in To/Cc instead of BCC.",
        "yamauchi", YAMAUCHI, members[:11],
        "Invitation: DCCJ Spring Networking Reception – 10 April",
        f"""Dear Members,

Spring is almost here, and we are delighted to invite you to our
DCCJ Spring Networking Reception.

  Date:   Thursday, 10 April 2025, 18:30–21:00
  Venue:  Wien Café Japan, Kioicho (5 min. from Akasaka-mitsuke Stn.)
  Fee:    JPY 6,000 (members) / JPY 9,000 (guests), drinks and Austrian-Hungarian buffet
  Dress:  Business casual

Please register by Friday, 4 April via the link on our website or simply
reply to this e-mail. Each member may bring up to two guests.

We look forward to toasting the new season with you!

{SIG_YAMAUCHI}
""",
        cc=members[11:],
        loc="recipients"))

    out.append(mail(
        "E-h2", "hold", "id.passport",
        "Exhibitor-badge request gives a visiting CEO's passport number, nationality and date of birth in the body.",
        "vogel", VOGEL,
        ["Tokyo Industry Expo Secretariat, Ms. Kaori Inoue <badges@tokyo-indexpo.example.jp>"],
        "Re: VIP badge for the DCCJ pavilion – Mr. Stefan Horvath",
        f"""Dear Ms. Inoue,

Thank you for your quick reply. As requested for the VIP pre-registration,
here are the details of our guest for the opening ceremony on 22 May:

  Name:            Mr. Stefan HORVATH
  Position:        CEO, Horvath Industrietechnik GmbH
  Nationality:     Austrian
  Date of birth:   14 March 1971
  Passport No.:    P8841207
  Arrival:         21 May (OS51, Vienna–Narita)

Mr. Horvath will be accompanied by me on the day. Could you please confirm
whether the badge can be collected at the VIP desk or must be picked up in advance?

{SIG_VOGEL}

> Dear Ms. Vogel,
> For security reasons, all VIP guests attending the opening ceremony need to be
> pre-registered with their passport details by 9 May.
> Kaori Inoue, Tokyo Industry Expo Secretariat
""",
        personal=[("name", "Stefan HORVATH"), ("birthdate", "14 March 1971"),
                  ("passport", "P8841207")],
        loc="body"))

    out.append(mail(
        "E-h3", "hold", "list.delegates",
        "Short booking note to a travel agency; the attached delegation list gives eight delegates' passport numbers, birth dates and nationalities.",
        "brenner", BRENNER,
        ["Sakura Global Travel, Corporate Desk – Mr. Hiroshi Endo <endo@sakura-global.example.co.jp>"],
        "Osaka trade mission 16–18 June – rooming list",
        f"""Dear Mr. Endo,

Please find attached the rooming list for our Osaka trade mission.
Eight delegates in total, single rooms, 16–18 June (2 nights).
Shinkansen reservations as discussed: Nozomi, Tokyo 8:00 on 16 June,
return on 18 June around 17:00.

Could you send us the quotation by the end of next week?

Thanks and best regards,
{SIG_BRENNER}
""",
        attachments=[att("DCCJ_Osaka_mission_rooming_list.xlsx", XLSX,
"""[Delegates]
No\tFamily name\tGiven name\tNationality\tDate of birth\tPassport No.\tRoom\tNotes
1\tHORVATH\tStefan\tAustria\t1971-03-14\tP8841207\tSGL\tVIP
2\tNOVAK\tPetra\tCzech Republic\t1980-11-02\t46219873\tSGL\t
3\tKOVACS\tBalazs\tHungary\t1976-07-25\tHB5521088\tSGL\t
4\tDVORAK\tMarek\tSlovakia\t1988-01-19\tEF4490217\tSGL\tlate arrival 16/6
5\tGRUBER\tClara\tAustria\t1992-09-08\tU3308415\tSGL\t
6\tPETROV\tIvan\tBulgaria\t1969-05-30\t386104527\tSGL\t
7\tSZABO\tAnna\tHungary\t1985-12-12\tHC7719340\tSGL\t
8\tBRENNER\tLukas\tGermany\t1994-04-03\tC7LK29F48\tSGL\tstaff""")],
        personal=[("name", "DVORAK"), ("passport", "46219873"), ("birthdate", "1976-07-25"),
                  ("passport", "HB5521088"), ("passport", "386104527")],
        loc="attachment"))

    out.append(mail(
        "E-h4", "hold", "sensitive.belief",
        "Reply to the hotel only says 'see the requests below'; the quoted internal note names guests with their religious diets (kosher, halal) and coeliac disease.",
        "yamauchi", YAMAUCHI,
        ["Hotel Grand Akasaka, Banquet Sales – Ms. Rina Fujii <banquet@grand-akasaka.example.jp>"],
        "Re: Board dinner 27 March – special meals",
        f"""Dear Ms. Fujii,

Thank you for sending the draft menu. Please see the special meal requests below,
as summarised by our Executive Director. The rest of the guests (18 pax) will take
the standard course.

Could you let us know by Friday whether the kitchen can handle all of them?

{SIG_YAMAUCHI}

-----Original Message-----
From: Katrin Vogel <k.vogel@dccj.example.org>
Sent: Monday, 10 March 2025 09:14
To: Aya Yamauchi <a.yamauchi@dccj.example.org>
Subject: board dinner – dietary

Aya, for the hotel:
- Dr. Miriam Adler keeps strictly kosher – sealed meal from outside if the hotel can't do it.
- Mr. Farid Haddad is Muslim – halal, no alcohol in sauces.
- Ms. Julia Sommer has coeliac disease (diagnosed last year, quite severe) – no gluten at all.
- Ambassador's spouse: vegetarian.
Thanks! K.
""",
        personal=[("name", "Miriam Adler"), ("religion", "keeps strictly kosher"),
                  ("name", "Farid Haddad"), ("religion", "is Muslim"),
                  ("name", "Julia Sommer"), ("diagnosis", "coeliac disease")],
        loc="quoted"))

    out.append(mail(
        "E-h5", "hold", "sensitive.criminal",
        "Body only asks for a phone call; the subject line names a member's executive and a drink-driving arrest.",
        "vogel", VOGEL,
        ["Thomas Haas <t.haas@haas-precision.example.jp>"],
        "Re: Jonas Keller – DUI arrest in Roppongi / his board seat",
        f"""Thomas,

Thanks for letting me know, and for keeping it between us for now.
Could we talk by phone tomorrow before the board call? Any time after 10:00 works.
I would rather not put anything more in writing until we know the facts.

Katrin

--
Katrin Vogel | Executive Director, DCCJ | +81-90-0000-8812
""",
        personal=[("name", "Jonas Keller"), ("criminal", "DUI arrest")],
        loc="subject"))

    out.append(mail(
        "E-h6", "hold", "attachment.encrypted_zip",
        "Raw member-survey data sent as a password-protected ZIP with the password promised separately (PPAP).",
        "brenner", BRENNER,
        ["Szabo Consulting, Anna Szabo <anna@szabo-consulting.example.com>"],
        "Business Confidence Survey 2025 – raw data",
        f"""Hi Anna,

As agreed, here is the raw data export from the survey tool for your analysis.
The file is password-protected; I'll send the password in a separate mail.

Please note the free-text answers haven't been cleaned yet.

Cheers,
{SIG_BRENNER}
""",
        attachments=[enc_zip("BCS2025_raw_export.zip")],
        loc="zip"))

    out.append(mail(
        "E-h7", "hold", "personal.resume",
        "Forwards an internship applicant's CV to a member company; the attached CV carries her home address, mobile, birth date and nationality.",
        "vogel", VOGEL,
        ["Oberhofer Glass K.K., Georg Oberhofer <g.oberhofer@oberhofer-glass.example.com>"],
        "Candidate for your junior analyst role",
        f"""Dear Georg,

At the New Year's reception you mentioned that you were looking for a junior analyst
with Japanese and German. One of the applicants for our internship programme
looks like a very good fit, so I'm passing on her CV (attached).
Unfortunately we can only take one intern this spring.

Let me know if you would like me to introduce you.

{SIG_VOGEL}
""",
        attachments=[att("CV_Lena_Hofbauer.pdf", PDF,
"""CURRICULUM VITAE
Lena Hofbauer
Date of birth: 02.08.2000   Nationality: Austrian
Address: 2-14-7-305 Nishi-Waseda, Shinjuku-ku, Tokyo 169-0051
Mobile: +81-80-4412-7390   E-mail: lena.hofbauer.2000@gmail.com
Education
2023–present  Waseda University, Graduate School of Economics (MA), exchange
2019–2023     University of Vienna, BA Japanese Studies and Economics
Languages
German (native), English (C1), Japanese (JLPT N1)
Experience
2022  Internship, Austrian trade office, Osaka (market research, trade fairs)""")],
        personal=[("name", "Lena Hofbauer"), ("birthdate", "02.08.2000"),
                  ("address", "2-14-7-305 Nishi-Waseda, Shinjuku-ku, Tokyo 169-0051"),
                  ("phone", "+81-80-4412-7390"), ("email", "lena.hofbauer.2000@gmail.com")],
        loc="attachment"))

    out.append(mail(
        "E-h8", "hold", "id.bank_account",
        "Speaker-fee instruction to the tax accountant gives a private speaker's personal bank account and, unlabelled, his 12-digit My Number.",
        "yamauchi", YAMAUCHI,
        ["Tanaka & Partners Tax Accountants, Mr. Yusuke Tanaka <y.tanaka@tanaka-partners-tax.example.jp>"],
        "Speaker fee – Dr. Henrik Maier (February seminar)",
        f"""Dear Mr. Tanaka,

Please process the speaker fee for our February seminar as below.
Dr. Maier is a private individual (not invoicing through a company), resident in Japan.

  Payee:        Dr. Henrik Maier
  Fee:          JPY 100,000 (gross), withholding tax to be deducted
  Bank:         Shinsei Sakura Bank, Roppongi Branch (branch 402)
  Account:      Ordinary 7719035, holder MAIER HENRIK
  Address:      1-9-14-1102 Roppongi, Minato-ku, Tokyo

For the payment record, the 12-digit number you asked for is 4071 8263 5904
(he sent a photo of his card this morning).

Thank you very much.

{SIG_YAMAUCHI}
""",
        personal=[("name", "Henrik Maier"),
                  ("bank_account", "Ordinary 7719035, holder MAIER HENRIK"),
                  ("mynumber", "4071 8263 5904"),
                  ("address", "1-9-14-1102 Roppongi, Minato-ku, Tokyo")],
        loc="body"))

    out.append(mail(
        "E-h9", "hold", "id.card",
        "Support request to the payment provider quotes a member's full card number, expiry and name in the body.",
        "yamauchi", YAMAUCHI,
        ["PayLink Japan Merchant Support <merchant-support@paylink-jp.example.com>"],
        "Declined charge – event registration #EV-2025-0318 (merchant ID DCCJ-00417)",
        f"""Dear PayLink Support,

One of our members tried to pay the reception fee three times yesterday and the charge
was declined each time with error code 05. She then phoned us and read out the card
so we could try it from the virtual terminal, but it was declined there too.

  Cardholder:   PETRA NOVAK
  Card number:  5352 0177 4619 0385
  Expiry:       08/27
  Amount:       JPY 9,000
  Time:         12 March 2025, approx. 15:40 JST

Could you tell us whether the decline comes from our side (merchant settings)
or from the issuer? We'd like to let the member know.

{SIG_YAMAUCHI}
""",
        personal=[("name", "PETRA NOVAK"), ("card", "5352 0177 4619 0385")],
        loc="body"))

    out.append(mail(
        "E-h10", "hold", "sensitive.health",
        "Tells a member company that a named intern tested positive for COVID-19 after a joint meeting.",
        "brenner", BRENNER,
        ["Alpenland Foods Japan, Jun Mori <mori@alpenland-foods.example.jp>"],
        "Follow-up to Tuesday's committee meeting",
        f"""Dear Mori-san,

Thank you again for hosting the Food & Beverage Committee on Tuesday.

I wanted to let you know that our intern, Mei Tanaka, who took the minutes,
tested positive for COVID-19 yesterday evening. She was sitting next to your
colleagues from the marketing team for most of the meeting.
She is recovering at home and feeling OK, but you may want to inform the people
who were in the room.

The minutes will follow next week (I'm finishing them myself).

Best,
{SIG_BRENNER}
""",
        personal=[("name", "Mei Tanaka"), ("diagnosis", "tested positive for COVID-19")],
        loc="body"))

    # ---------------- passes ----------------
    out.append(mail(
        "E-p1", "pass", "benign.meeting",
        "Meeting arrangement with an embassy trade section and a member; several named officials and long signatures, no personal data.",
        "vogel", VOGEL,
        ["Embassy of the Danube Republic, Commercial Section – Mr. Tibor Nemeth <commercial@danube-embassy.example.org>"],
        "Meeting with Haas Precision on the Japan market entry programme – 3 April",
        f"""Dear Mr. Nemeth,

Thank you for your call this morning. As discussed, I'd like to propose a short meeting
between the Commercial Section, Haas Precision Japan and the Chamber to go through
the Japan market entry programme for SMEs.

  Proposed date:  Thursday, 3 April 2025, 15:00–16:00
  Place:          DCCJ office, Kioicho Forum Bldg. 9F (meeting room B)
  Participants:   Mr. Tibor Nemeth, Ms. Eszter Balogh (Commercial Section)
                  Mr. Thomas Haas (Representative Director, Haas Precision Japan K.K.)
                  Katrin Vogel, Lukas Brenner (DCCJ)

Agenda:
  1. Lessons learned from the 2024 cohort
  2. Co-funding for the trade fair pavilion in October
  3. Next steps and communication

I have copied Thomas, who has kindly agreed to share his experience.

{SIG_VOGEL}
""",
        cc=["Thomas Haas <t.haas@haas-precision.example.jp>", BRENNER]))

    out.append(mail(
        "E-p2", "pass", "benign.corporate_account",
        "Membership-fee invoice with the chamber's own Japanese and Vienna bank accounts, SWIFT and IBAN.",
        "vogel", VOGEL,
        ["Kovacs Logistics K.K., Accounting <info@kovacs-logistics.example.jp>"],
        "DCCJ membership fee 2025 – invoice INV-2025-0142",
        f"""Dear Kovacs Logistics accounting team,

Thank you for renewing your corporate membership for 2025.
Please find the invoice details below (PDF attached).

  Invoice no.:   INV-2025-0142
  Amount:        JPY 180,000 (Corporate Membership, tax exempt)
  Due date:      31 March 2025

Payment in Japan:
  Bank:   Kioi Trust Bank, Kojimachi Branch (branch 211)
  Account: Ordinary 3318460, name: ZAI NICHI DONAU SHOKO KAIGISHO

Payment from abroad:
  Bank:   Donau Handelsbank AG, Vienna
  IBAN:   AT91 3200 0000 1234 5866
  SWIFT:  DHBKATWW

Please quote the invoice number as payment reference.

{SIG_VOGEL}
""",
        attachments=[att("INV-2025-0142.pdf", PDF,
"""INVOICE INV-2025-0142
Danube Chamber of Commerce in Japan
To: Kovacs Logistics K.K.
Corporate Membership 2025 (1 Jan – 31 Dec)    JPY 180,000
Total                                          JPY 180,000
Bank (Japan): Kioi Trust Bank, Kojimachi Branch, Ordinary 3318460
Bank (abroad): Donau Handelsbank AG, IBAN AT91 3200 0000 1234 5866, SWIFT DHBKATWW""")]))

    out.append(mail(
        "E-p3", "pass", "benign.condolence",
        "Condolences to a member company on the death of its founder, a publicly announced event.",
        "vogel", VOGEL,
        ["Oberhofer Glass K.K., Georg Oberhofer <g.oberhofer@oberhofer-glass.example.com>"],
        "Our deepest condolences",
        f"""Dear Georg,

We were deeply saddened to read the announcement that your father,
Mr. Anton Oberhofer, founder of Oberhofer Glass, passed away last week.

Anton was one of the founding members of this Chamber in 1994 and, for many of us,
the person who first showed what a Central European company could build in Japan.
Many members still remember his speech at our 20th anniversary.

On behalf of the Board and the secretariat, please accept our heartfelt condolences
and convey them to your family and colleagues. A short tribute will appear in the
next newsletter, if you agree.

{SIG_VOGEL}
"""))

    out.append(mail(
        "E-p4", "pass", "benign.public_figure",
        "Invitation to election candidates' policy debate, naming public candidates and their published platforms.",
        "brenner", BRENNER,
        ["Foreign Correspondents' Forum Tokyo, Events – Ms. Sarah Whitfield <events@fcf-tokyo.example.org>"],
        "Co-hosting the Tokyo governor candidates' debate on foreign investment",
        f"""Dear Sarah,

Following up on our lunch: the Board has approved co-hosting the candidates' debate
with your Forum. Here is my draft of the concept for your review.

  Title:   "Tokyo as a Global Business Hub – What Will the Next Governor Do?"
  Date:    Tuesday, 17 June 2025, 19:00–20:30 (tbc)
  Format:  moderated debate, 3 candidates, 10-minute statements + Q&A from members

Candidates who have publicly announced their run and whose offices we would approach:
  - Ms. Reiko Hanamura (former vice-minister; platform: special economic zones)
  - Mr. Kenji Odagiri (current metropolitan assembly member; platform: startup visas)
  - Mr. Daisuke Arakawa (independent, entrepreneur; platform: English-language admin services)

We would keep strict balance in speaking time, and invite all officially registered
candidates once the nomination period opens.

Best regards,
{SIG_BRENNER}
"""))

    out.append(mail(
        "E-p5", "pass", "benign.successor",
        "Farewell and successor introduction to partner organisations, with names and signatures of chamber staff only.",
        "vogel", VOGEL,
        ["Japan Trade Promotion Agency, Europe Division – Mr. Takuya Ishida <ishida.t@jtpa.example.go.jp>",
         "Tokyo Chamber Network Secretariat <secretariat@tcn.example.or.jp>"],
        "Change of Deputy Director at DCCJ",
        f"""Dear colleagues,

I would like to inform you that our Deputy Director, Ms. Hana Krejci, will return to
Prague at the end of March to take up a position at our partner chamber there.
We are grateful for her six years with us and for all the projects she ran with you.

From 1 April, Mr. Lukas Brenner, currently our Policy & Communications Officer,
will take over as Deputy Director. Many of you know Lukas from the policy working
groups; he will be your contact for joint events and the annual white paper.

  Lukas Brenner – l.brenner@dccj.example.org – +81-3-6261-4475

Hana will be in the office until 28 March and would be glad to say goodbye in person.

{SIG_VOGEL}
""",
        cc=[f"Hana Krejci <h.krejci@{DOM}>", BRENNER]))

    out.append(mail(
        "E-p6", "pass", "benign.aggregate",
        "Survey headline figures for a partner newsletter: wellbeing programmes, mental-health support and disability employment rate as percentages only.",
        "brenner", BRENNER,
        ["Japan Business Monthly, Editor – Mr. Ken Nakamura <k.nakamura@jbm-monthly.example.jp>"],
        "BCS 2025 headline figures for your April issue",
        f"""Dear Nakamura-san,

As promised, here are the headline figures from our Business Confidence Survey 2025
(n = 112 member companies, fieldwork 15 Jan – 14 Feb). Feel free to quote them.

  - 58% expect higher revenue in Japan in 2025 (2024: 49%)
  - 71% name recruitment as their top challenge
  - 64% now offer a formal wellbeing / health-management (kenko keiei) programme
  - 43% provide mental-health counselling through an external EAP
  - Average disability employment rate among respondents: 2.1% (legal rate 2.5%)
  - 9% have had a ransomware or malware infection incident in the past 12 months

No individual company or person can be identified from these figures.
The full report will be published on 15 April.

Best regards,
{SIG_BRENNER}
"""))

    out.append(mail(
        "E-p7", "pass", "benign.genome_policy",
        "Panel preparation on genetic-testing policy in Japanese workplaces; policy and law only, no individual results.",
        "brenner", BRENNER,
        ["Prof. Naomi Kuroda <n.kuroda@kanto-med-univ.example.ac.jp>"],
        "Panel 'Genetic testing and employment' – questions for 22 May",
        f"""Dear Professor Kuroda,

Thank you for agreeing to join our Healthcare Committee panel. Below are the questions
the moderator intends to ask, so that you can prepare:

  1. Japan has no statute comparable to the US GINA. How do the APPI rules on
     "special care-required personal information" cover genome data in practice?
  2. Should employers ever be allowed to offer (voluntary) genetic screening as part of
     health-management programmes? What safeguards would you recommend?
  3. Insurance: how is the industry self-regulation of 2022 working?
  4. What should a European company's Japanese subsidiary put in its internal policy?

We would like to avoid any discussion of individual cases; the focus is on policy.
The session runs 60 minutes, and slides are optional.

With best regards,
{SIG_BRENNER}
"""))

    out.append(mail(
        "E-p8", "pass", "benign.plain_zip",
        "Seminar slides sent as an ordinary unencrypted ZIP to a member.",
        "yamauchi", YAMAUCHI,
        ["Bauer & Lind Legal, Miriam Lind <m.lind@bauerlind.example.com>"],
        "Slides from the 'Japanese labour law update' seminar",
        f"""Dear Miriam,

Thank you again for the excellent seminar on Wednesday – the feedback was very positive
(average rating 4.7/5 from 41 responses).

As requested, I'm sending the final slides of all three speakers in one ZIP file
(no password, all material is public). We'll also upload them to the members' area.

{SIG_YAMAUCHI}
""",
        attachments=[att("DCCJ_labour_law_seminar_slides.zip", ZIP,
"""DCCJ_labour_law_seminar_slides/
  01_Lind_Labour_law_update_2025.pdf
  02_Kobayashi_Working_style_reform_practice.pdf
  03_Q&A_summary.pdf""")]))

    out.append(mail(
        "E-p9", "pass", "benign.congratulations",
        "Congratulations to a member on his publicly announced appointment as CEO.",
        "vogel", VOGEL,
        ["Novak Pharma Japan, Mr. Daniel Weiss <d.weiss@novakpharma.example.com>"],
        "Congratulations on your appointment",
        f"""Dear Daniel,

Congratulations on your appointment as President & CEO of Novak Pharma Japan,
as announced in this morning's press release!

It has been a pleasure working with you in the Healthcare Committee over the past three
years, and I'm sure the team in Tokyo is in excellent hands. Please also pass on our
best wishes to Petra as she moves to the regional role in Singapore.

Let's find time for lunch once the first busy weeks are over.

{SIG_VOGEL}
"""))

    out.append(mail(
        "E-p10", "pass", "benign.invoice_numbers",
        "Japanese booking confirmation to a hotel with banquet order number, hotel's 法人番号 and invoice registration number — company identifiers only.",
        "yamauchi", YAMAUCHI,
        ["ホテルグランド赤坂 宴会セールス 藤井 様 <banquet@grand-akasaka.example.jp>"],
        "3月27日 理事会ディナー 正式発注と請求書宛名について",
        f"""ホテルグランド赤坂
宴会セールス　藤井 様

いつもお世話になっております。在日ドナウ商工会議所の山内です。
3月27日の理事会ディナーにつきまして、正式に発注いたします。

　宴会オーダー番号：BEO-250327-014
　人数：22名（うち特別食 4名は別途お送りしたとおり）
　会場：2階「銀杏の間」　18:30～21:30
　コース：シェフおすすめ洋食コース 18,000円（税サ込）

請求書の宛名は「一般社団法人 在日ドナウ商工会議所」でお願いいたします。
当会の法人番号は 2010405012345 です。
いただいたお見積書に記載の貴ホテルの登録番号（T6010401087654）で、
経理処理を進めてまいります。

当日の進行表は3月20日までにお送りいたします。

{SIG_YAMAUCHI_JA}
"""))

    return out
