from common import *

SAEKI = "Ryo Saeki <ryo.saeki@tsurugi-es.co.jp>"
HANNAH = "Hannah Whitcombe <h.whitcombe@tsurugi-es.co.jp>"
RIKO = "Riko Matsunaga <r.matsunaga@tsurugi-es.co.jp>"

SIG_SAEKI = """--
Ryo Saeki | Partner, Industrial & Supply Chain Practice
Tsurugi Executive Search K.K.
Kioicho Front Bldg. 9F, 3-12 Kioicho, Chiyoda-ku, Tokyo 102-0094, Japan
T +81-3-6272-4410 | M +81-80-4471-2290
www.tsurugi-es.co.jp"""

SIG_HANNAH = """Best regards,
Hannah

Hannah Whitcombe
Senior Consultant | Technology & Digital
Tsurugi Executive Search K.K. (Tokyo)
Direct +81-3-6272-4423
h.whitcombe@tsurugi-es.co.jp | www.tsurugi-es.co.jp
This e-mail and any attachments are confidential and intended solely for the addressee."""

SIG_RIKO = """Kind regards,
Riko Matsunaga
Research Associate
Tsurugi Executive Search K.K.
T +81-3-6272-4431 | r.matsunaga@tsurugi-es.co.jp"""

# ---------------- HOLDS ----------------
mail("R-H1", "hold", "personal.resume",
 "A candidate's full CV with date of birth, home address and private phone is sent to a client, the data sits only in the PDF attachment.",
 SAEKI, ["Katrin Vogel <katrin.vogel@hallberg-antriebe.de>"],
 "VP Supply Chain APAC - candidate profile",
 """Dear Katrin,

Further to our call on Tuesday, please find attached the profile of the candidate I mentioned. He has run a two-plant network in Aichi and Guangdong and I believe he maps well to the brief, especially on the supplier-consolidation piece.

He is open to a first conversation with you and Jens in the week of 17 November. Let me know a couple of slots and I will coordinate on our side.

""" + SIG_SAEKI,
 attachments=[att("Profile_Takumi_Hasegawa.pdf", PDF, """CURRICULUM VITAE
Takumi Hasegawa
Date of birth: 14 March 1978
Home: 2-17-5 Hoshigaoka, Chikusa-ku, Nagoya, Aichi 464-0802
Mobile: 090-3381-7264
Private e-mail: t.hasegawa.0314@gmail.com
Marital status: married, two children

PROFESSIONAL EXPERIENCE
2016 - present  Director, Supply Chain Japan & South China, Maruyoshi Precision Co., Ltd.
2009 - 2016     Plant Logistics Manager, Tokai Gear Works
2001 - 2009     Procurement Specialist, Nishiki Motors

EDUCATION
B.Eng., Mechanical Engineering, Nagoya Institute of Technology (2001)

CURRENT PACKAGE
Base JPY 16.8m, bonus approx. 25%, company car
Notice period: 3 months""")],
 personal=[("name", "Takumi Hasegawa"), ("birthdate", "14 March 1978"),
           ("address", "2-17-5 Hoshigaoka, Chikusa-ku, Nagoya, Aichi 464-0802"),
           ("phone", "090-3381-7264"), ("email", "t.hasegawa.0314@gmail.com")])

mail("R-H2", "hold", "sensitive.health",
 "A reference-check summary tells the client that a named candidate took medical leave for depression.",
 HANNAH, ["Marcus Lindgren <m.lindgren@nordvik-systems.com>"],
 "Reference summary - Aya Morimoto (Head of Platform Engineering)",
 """Hi Marcus,

I completed the two references for Aya Morimoto yesterday and today. Short version below; happy to talk it through before your decision meeting.

Referee 1 - Daisuke Kon, former CTO at Lumen Pay (direct manager 2019-2023)
- Rated her "top 5% of engineering leaders I have worked with"
- Built the payments platform team from 6 to 38
- Development area: can take on too much herself before delegating

Referee 2 - Sophie Tan, VP Engineering at Lumen Pay (peer)
- Strong on stakeholder management with product, calm under incidents
- Confirmed she led the 2022 migration to Kubernetes

One thing to flag openly: Daisuke mentioned that Aya was on medical leave for about four months in 2021 for depression and came back on a reduced schedule before returning full time. He was clear it had no effect on her performance afterwards. Aya did not raise it with me herself, so please handle with care.

""" + SIG_HANNAH,
 personal=[("name", "Aya Morimoto"), ("health", "on medical leave for about four months in 2021 for depression")])

mail("R-H3", "hold", "id.passport",
 "Passport number and date of birth of a candidate are sent in plain mail to an outside immigration lawyer.",
 RIKO, ["visa-team@kasumi-immigration.jp"],
 "Work visa - new hire for Brightwater Analytics Japan",
 """Dear Kasumi Immigration team,

Brightwater Analytics Japan K.K. has asked us to start the Certificate of Eligibility process for their new Data Engineering Lead. They have confirmed you will act for them, and the engagement letter is with their HR director (Ms. Yuka Tanabe, cc'd next time if you prefer).

Candidate details:
Name: Rahul Venkataraman
Nationality: India
Date of birth: 02/09/1989
Passport no.: Z4871326
Passport expiry: 18/05/2031
Current address: Flat 12B, Prestige Lakeside, Whitefield, Bengaluru 560066
Planned start date: 5 January 2026

Could you let me know which documents you need from him directly and the expected lead time?

""" + SIG_RIKO,
 personal=[("name", "Rahul Venkataraman"), ("birthdate", "02/09/1989"), ("passport", "Z4871326"),
           ("address", "Flat 12B, Prestige Lakeside, Whitefield, Bengaluru 560066")])

mail("R-H4", "hold", "list.candidates",
 "A longlist spreadsheet with candidates' names, current employers, salaries and mobile numbers is sent to a client.",
 SAEKI, ["Olivia Brandt <olivia.brandt@caldera-foods.com>"], 
 "Longlist - Country Manager Japan",
 """Olivia,

Attached is the longlist as of today (14 names). Column F has our view on approachability. We have spoken to 9 of them; the rest are mapped only.

Could you mark the ones you would like us to prioritise before Friday's steering call?

Thanks,
Ryo

""" + SIG_SAEKI,
 attachments=[att("Longlist_CM_Japan_v3.xlsx", XLSX, """[Sheet1]
No	Name	Current company	Title	Base (JPYm)	Approach	Mobile
1	Kenta Mizuno	Harvest Table Japan	General Manager	22.0	Spoken - interested	090-6612-4408
2	Naomi Ferreira	Oceania Dairy KK	Commercial Director	19.5	Spoken - passive	080-2291-7730
3	Hiroshi Ueda	Sanpuku Foods	Exec. Officer Sales	24.0	Mapped	
4	Mei Lin Kho	Pacifica Snacks Japan	Country Manager	26.5	Spoken - interested	070-4418-9921
5	Tomoko Arakawa	Green Orchard KK	VP Marketing	18.0	Spoken - not now	090-7755-1046
6	Shingo Okubo	Daiwa Confectionery	Head of Modern Trade	17.2	Mapped	
7	Patrick Ohara	Lakeland Nutrition	GM North Asia	28.0	Spoken - interested	080-5530-2217""")],
 personal=[("name", "Kenta Mizuno"), ("phone", "090-6612-4408"), ("name", "Mei Lin Kho"),
           ("phone", "070-4418-9921"), ("name", "Tomoko Arakawa"), ("phone", "090-7755-1046")])

mail("R-H5", "hold", "recipients.visible",
 "An event invitation is sent with twelve candidates' private addresses visible in To instead of Bcc.",
 HANNAH, ["kaito.fujimura@gmail.com", "s.rennie.tokyo@gmail.com", "yui_kataoka@yahoo.co.jp",
          "d.achterberg@icloud.com", "m.sugawara1985@gmail.com", "chen.wl.jp@gmail.com",
          "takeshi.iwabuchi@outlook.jp", "priya.nair.dev@gmail.com", "h-ogino@ezweb.ne.jp",
          "alex.morrell@icloud.com", "n.kuwahara@yahoo.co.jp", "j.baptiste.tky@gmail.com"],
 "Invitation: CTO Roundtable - Thursday 4 December, Toranomon",
 """Hi all,

Thank you for your time over the past few months. As a small thank-you, we are hosting an informal CTO & engineering-leader roundtable:

Thursday 4 December, 18:30-21:00
Toranomon Hills Business Tower 27F, Lounge B
Topic: "Building platform teams in Japan when the talent market is this tight"
Guest speaker: Kazuhiro Tsuji, former CTO of a listed fintech

Drinks and dinner provided. Please RSVP by 26 November by replying to me directly.

Looking forward to seeing many of you there.

""" + SIG_HANNAH)

mail("R-H6", "hold", "attachment.encrypted_zip",
 "Shortlist documents are sent as a password-protected zip with the password to follow separately.",
 RIKO, ["Daniel Whitmore <d.whitmore@arcturus-biotech.com>"],
 "Shortlist pack - Head of Regulatory Affairs Japan",
 """Dear Daniel,

On behalf of Ryo Saeki, please find attached the shortlist pack (4 candidates) for the Head of Regulatory Affairs role. The file is password-protected; I will send the password in a separate e-mail.

Please let me know if you have any trouble opening it.

""" + SIG_RIKO,
 attachments=[att("Shortlist_HoRA_Japan_20251112.zip", ZIP, encrypted=True)])

mail("R-H7", "hold", "sensitive.criminal",
 "A background-check result sent to a client reveals a named candidate's drink-driving conviction.",
 SAEKI, ["Grace Lim <grace.lim@meridianport.sg>"],
 "RE: Background verification - final candidate",
 """Grace,

The vendor report came back this morning. Education and employment history are fully verified (Keio 2003, Sanwa Logistics 2003-2014, Orient Bulk 2014-present, titles match).

The criminal record check shows one entry: Shinji Kurosawa was convicted of drink-driving in Osaka in 2016 (fine of JPY 500,000, licence suspended for 12 months). He disclosed this to me himself at the final interview and said he no longer drives. Given the role does not involve driving I don't see it as disqualifying, but it is your call and your policy.

I'm free to discuss any time today.

Ryo

> From: Grace Lim <grace.lim@meridianport.sg>
> Sent: Monday, 10 November 2025 17:02
> Subject: Background verification - final candidate
>
> Hi Ryo, any update on the checks for Shinji? Our CEO would like to send the offer by the end of this week.
> Grace

""" + SIG_SAEKI,
 personal=[("name", "Shinji Kurosawa"), ("criminal", "convicted of drink-driving in Osaka in 2016")])

mail("R-H8", "hold", "id.bank_account",
 "A candidate's personal bank account is sent to the client's payroll outsourcer for a relocation reimbursement.",
 RIKO, ["payroll-jp@brookfield-hrs.com"],
 "Relocation reimbursement - Ms. Elena Sorokina (joining Veltra Japan)",
 """Hello,

Veltra Japan asked us to pass on the bank details for the sign-on relocation reimbursement (JPY 850,000, approved by Mr. Hirano). Elena Sorokina does not yet have a Japanese account, so she asked that it be paid to her account in Japan opened last week:

Bank: Sumitomo Mitsui Banking Corporation, Shinjuku Branch (221)
Account type: Ordinary
Account no.: 7304518
Account holder: SOROKINA ELENA

Please confirm once scheduled.

""" + SIG_RIKO,
 personal=[("name", "Elena Sorokina"), ("bank_account", "7304518"), ("name", "SOROKINA ELENA")])

mail("R-H9", "hold", "sensitive.disability",
 "A one-line forward to the hiring manager carries, only in the quoted message, a candidate's disclosure of a hearing impairment.",
 HANNAH, ["Tom Erikson <tom.erikson@quillon.io>"],
 "FW: Interview arrangements",
 """Tom - looping you in on this so you can brief the panel. Thanks!

Hannah

-----Original Message-----
From: Yusuke Honda <yusuke.honda.88@gmail.com>
Sent: Wednesday, November 12, 2025 9:41 PM
To: Hannah Whitcombe <h.whitcombe@tsurugi-es.co.jp>
Subject: Interview arrangements

Hi Hannah,

Thanks for setting up the panel interview on Monday. One thing I'd like to mention in advance: I have a moderate-to-severe hearing impairment (I wear hearing aids in both ears) and I follow much better when I can see people's faces. Could the panel switch on cameras and, if possible, enable live captions on Teams?

Thanks for understanding,
Yusuke Honda
""",
 personal=[("name", "Yusuke Honda"), ("disability", "moderate-to-severe hearing impairment"),
           ("email", "yusuke.honda.88@gmail.com")])

mail("R-H10", "hold", "id.residence_card",
 "A candidate's residence card number is written into the subject line of a mail to the client's HR.",
 RIKO, ["Hr-japan@lanterna-group.com"],
 "Nguyen Thi Lan - residence card UH48210937FA - status check before offer",
 """Hello,

As requested, details in the subject. She confirmed her current status runs until August 2027. Let me know if you need anything else before the offer goes out.

""" + SIG_RIKO,
 personal=[("name", "Nguyen Thi Lan"), ("residence_card", "UH48210937FA")])

# ---------------- PASSES ----------------
mail("R-P1", "pass", "benign.candidate_rejection",
 "A polite rejection sent to the candidate herself, with no data about anyone else.",
 HANNAH, ["Charlotte Aoyama <charlotte.aoyama@gmail.com>"],
 "Your application - Product Director, Quillon",
 """Dear Charlotte,

Thank you again for the time you invested in the process with Quillon over the past three weeks, including the case presentation last Thursday.

I spoke with Tom Erikson and the panel this morning. They were genuinely impressed by your product thinking and your background at Mercato, but they have decided to move forward with another candidate whose experience is closer to their B2B payments roadmap. I know this is disappointing news, especially after such a strong final round.

With your permission I would like to keep in touch - I expect at least two product leadership mandates in the first quarter that could suit you better, and I'd be glad to think about them with you.

Wishing you all the best, and thank you for your openness throughout.

""" + SIG_HANNAH)

mail("R-P2", "pass", "benign.interview_scheduling",
 "Interview logistics between the firm, the client and the candidate; meeting IDs look like numbers but are not personal data.",
 SAEKI, ["Katrin Vogel <katrin.vogel@hallberg-antriebe.de>", "Jens Albrecht <jens.albrecht@hallberg-antriebe.de>"],
 "Confirmed: first interview T. Hasegawa - Wed 19 Nov, 16:00 CET / 24:00 JST",
 """Katrin, Jens,

Confirming the first conversation with Takumi Hasegawa:

Date: Wednesday 19 November
Time: 16:00-17:00 CET (midnight JST - he has kindly agreed to the late slot)
Zoom: https://zoom.us/j/84127730591
Meeting ID: 841 2773 0591 / Passcode: 502817

He will join from home. I have sent him the role description (v2) and the org chart you shared; no other preparation needed.

I will call each of you the morning after for feedback.

Best,
Ryo

""" + SIG_SAEKI)

mail("R-P3", "pass", "benign.data_subject_copy",
 "A copy of the data the firm holds about a candidate is sent to that candidate at his own request.",
 RIKO, ["Michael Duarte <m.duarte.jp@gmail.com>"],
 "Your data access request - Tsurugi Executive Search",
 """Dear Mr. Duarte,

Thank you for your request of 3 November to see the personal information we hold about you. As promised, below is the full content of your record in our candidate database:

Name: Michael Duarte
Date of birth: 21 July 1983
Address: 4-8-22-503 Shirokane, Minato-ku, Tokyo 108-0072
Mobile: 080-9127-6643
E-mail: m.duarte.jp@gmail.com
Current role (as last updated): Finance Director, Halden Medical KK
Salary expectation noted: JPY 21m base
Notes: Met Ryo Saeki on 14 May 2024; open to CFO roles in healthcare; prefers Tokyo only.
Processes: presented to one client (May 2024, withdrawn by you).

If anything is inaccurate, or if you would like us to delete your record, just reply to this e-mail and I will action it within five business days.

""" + SIG_RIKO)

mail("R-P4", "pass", "benign.invoice",
 "A retained-search invoice giving the firm's own corporate bank account and SWIFT code.",
 RIKO, ["accounts.payable@caldera-foods.com"], 
 "Invoice TES-2025-0418 - Retainer (2/3), Country Manager Japan",
 """Dear Accounts Payable team,

Please find attached our invoice TES-2025-0418 for the second retainer instalment on the Country Manager Japan search (PO 4500177263).

Amount: JPY 4,620,000 (incl. consumption tax JPY 420,000)
Due date: 15 December 2025

Remittance details:
Beneficiary: Tsurugi Executive Search K.K.
Bank: MUFG Bank, Ltd., Kojimachi Branch (Branch code 040)
Account: Ordinary 0518842
SWIFT: BOTKJPJT
Registration No. (Qualified Invoice): T8010001204417

Many thanks,

""" + SIG_RIKO,
 attachments=[att("TES-2025-0418.pdf", PDF, """INVOICE TES-2025-0418
Tsurugi Executive Search K.K. | Registration No. T8010001204417
Bill to: Caldera Foods Japan G.K., Attn. Accounts Payable
PO: 4500177263
Description: Retained search - Country Manager Japan - 2nd instalment
Subtotal JPY 4,200,000 / Tax 10% JPY 420,000 / Total JPY 4,620,000
Bank: MUFG Bank, Kojimachi Branch 040, Ordinary 0518842, SWIFT BOTKJPJT""")])

mail("R-P5", "pass", "benign.short_reply",
 "A one-line confirmation on top of a long chain with partner signatures and names.",
 HANNAH, ["Sarah Kimura <sarah.kimura@nordvik-systems.com>"],
 "RE: RE: Debrief call - Platform Engineering search",
 """Thanks Sarah, Thursday 15:00 JST works for me.

H.

From: Sarah Kimura <sarah.kimura@nordvik-systems.com>
Sent: Tuesday, November 11, 2025 10:12
To: Hannah Whitcombe <h.whitcombe@tsurugi-es.co.jp>
Cc: Marcus Lindgren <m.lindgren@nordvik-systems.com>
Subject: RE: Debrief call - Platform Engineering search

Hi Hannah,
Marcus is travelling on Wednesday. Would Thursday 15:00 or Friday 10:00 JST work instead?
Best,
Sarah

Sarah Kimura | Talent Acquisition Partner, APAC
Nordvik Systems Japan K.K.
Shiodome City Center 21F, 1-5-2 Higashi-Shimbashi, Minato-ku, Tokyo
T: +81 3 4578 1190

From: Hannah Whitcombe <h.whitcombe@tsurugi-es.co.jp>
Sent: Monday, November 10, 2025 18:40
To: Sarah Kimura; Marcus Lindgren
Subject: Debrief call - Platform Engineering search

Hi both, could we find 30 minutes on Wednesday to debrief the final round with Aya and Kevin? Thanks, Hannah
""")

mail("R-P6", "pass", "benign.employment_verification",
 "An employment verification with only dates and title, given with the former consultant's written consent.",
 SAEKI, ["verifications@crestline-screening.com"],
 "Employment verification - Mr. Jun Sakakibara (your ref. CS-88214)",
 """Dear Crestline Screening,

Further to your request and the signed authorisation from Mr. Sakakibara dated 6 November 2025 (attached to your request), we confirm the following:

Name: Jun Sakakibara
Employer: Tsurugi Executive Search K.K.
Position: Senior Consultant, Industrial Practice
Employment period: 1 April 2019 - 31 March 2024
Reason for leaving: resignation (voluntary)

In line with our policy we do not provide salary or performance information.

""" + SIG_SAEKI)

mail("R-P7", "pass", "benign.congratulations",
 "Congratulations to a placed executive on her first day, with public press coverage mentioned.",
 SAEKI, ["Mei Lin Kho <meilin.kho@caldera-foods.com>"],
 "Congratulations - and welcome to Caldera!",
 """Dear Mei Lin,

Just a short note to wish you every success as you start at Caldera Foods today. I saw the Nikkei piece this morning quoting Olivia Brandt on the Japan expansion - you are joining at exactly the right time.

If there is anything I can do in the first 100 days, even just a coffee to compare notes, please call me.

Warm regards,
Ryo

""" + SIG_SAEKI)

mail("R-P8", "pass", "benign.market_report",
 "A client newsletter with aggregate market and disability-employment statistics, no individuals.",
 HANNAH, ["Marcus Lindgren <m.lindgren@nordvik-systems.com>"],
 "Japan tech leadership market - Q3 snapshot",
 """Hi Marcus,

As promised, a few numbers from our Q3 snapshot that may help your budget conversation with Stockholm:

- Median base for Head of Engineering roles in Tokyo: JPY 18.5m (up 7% YoY), bilingual premium approx. 15-20%
- Time-to-hire for VP-level tech roles: 112 days on average across our 41 completed searches
- 38% of shortlisted candidates now ask for hybrid with at most 2 office days
- The statutory employment rate for people with disabilities rose to 2.5% in 2024 and will go to 2.7% in July 2026; several of our clients are now building dedicated accessibility-engineering teams partly for this reason
- Female representation on our final shortlists: 31% (Q3 2024: 24%)

Happy to walk you through the full deck when we meet on Thursday.

""" + SIG_HANNAH)

mail("R-P9", "pass", "benign.successor_introduction",
 "Introduction of a successor to client contacts, five visible addresses from two companies.",
 SAEKI, ["Olivia Brandt <olivia.brandt@caldera-foods.com>", "Akira Yoshioka <akira.yoshioka@caldera-foods.com>", "Beatrice Conti <b.conti@caldera-foods.com>"],
 "Introducing Hannah Whitcombe - your contact from January",
 """Dear Olivia, Akira and Beatrice,

I wanted you to hear this from me first: from 1 January I will be moving to our Singapore office to set up the firm's South-East Asia practice. It has been a real privilege working with Caldera on four searches since 2022.

From January your day-to-day partner will be Hannah Whitcombe (cc), who has led our Technology & Digital searches for six years, and Riko Matsunaga (cc) will continue as your research lead, so the longlists and market maps will not miss a beat.

I will still join the Country Manager search steering calls until the placement closes. Hannah would love to meet you in person in December - Riko will suggest a few dates.

With many thanks,
Ryo

""" + SIG_SAEKI,
 cc=["Hannah Whitcombe <h.whitcombe@tsurugi-es.co.jp>", "Riko Matsunaga <r.matsunaga@tsurugi-es.co.jp>"])

mail("R-P10", "pass", "benign.anonymised_profile",
 "A blind teaser profile without name, contact details or identifying specifics.",
 HANNAH, ["Tom Erikson <tom.erikson@quillon.io>"],
 "Blind profile - Candidate C (Product Director)",
 """Tom,

One more for you before we close the shortlist. Anonymised for now; I will share the full CV once you say you'd like to meet.

Candidate C
- 14 years in product, last 6 in B2B payments / embedded finance
- Currently Senior Director of Product at a Tokyo-listed payments company (team of 22 PMs and designers)
- Previously product lead at a European neobank in Berlin
- Japanese native, English business fluent; based in Tokyo
- Motivation: wants a smaller, faster company and a seat at the leadership table
- Expectations: base around JPY 20m plus equity; 3 months' notice

Let me know.

""" + SIG_HANNAH)
