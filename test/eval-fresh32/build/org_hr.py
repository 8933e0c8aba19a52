# Kasumi Seimitsu Kogyo Co., Ltd. — Global HR Division (overseas subsidiaries) — kasumi-seimitsu.co.jp
D = "kasumi-seimitsu.co.jp"
WATANABE = f"Kenji Watanabe <k.watanabe@{D}>"
SHIMIZU = f"Akiko Shimizu <a.shimizu@{D}>"
FOSTER = f"Daniel Foster <d.foster@{D}>"

SIG_W = """
Best regards,

Kenji Watanabe
General Manager, Global HR Division
Kasumi Seimitsu Kogyo Co., Ltd.
1-18 Meieki-Minami 3-chome, Nakamura-ku, Nagoya 450-0003, Japan
Tel +81-52-581-7702 | Mobile +81-90-6621-3408
"""

SIG_S = """
Kind regards,
Akiko Shimizu
Global Mobility Specialist | Global HR Division
Kasumi Seimitsu Kogyo Co., Ltd.
+81-52-581-7716
"""

SIG_F = """
Thanks,
Dan

Daniel Foster
Global HR Business Partner (Americas & Europe)
Kasumi Seimitsu Kogyo Co., Ltd. | Global HR Division
M +81-80-4471-2209 | d.foster@kasumi-seimitsu.co.jp
This e-mail may contain confidential information. If you are not the intended recipient, please delete it.
"""

MAILS = [
# ---------------- PASS ----------------
dict(expect="pass", kind="benign.expat_logistics",
 why="Relocation brief for an assignee giving only business facts (role, dates, budget band); no identifiers or family data.",
 **{"from": SHIMIZU}, to=["Megan Clarke <mclarke@northstar-relocation.com>"],
 cc=["HR Ohio <hr@kasumi-america.com>"],
 subject="New assignment – Mr. Takuya Hoshino to Kasumi Precision America (Dayton, OH)",
 text="""Dear Megan,

I hope you are well. Please find below the relocation brief for our next assignee to Ohio.

Assignee: Mr. Takuya Hoshino
Home entity: Kasumi Seimitsu Kogyo Co., Ltd. (Nagoya)
Host entity: Kasumi Precision America Inc., Dayton, OH
Position: Senior Manufacturing Engineer, Stamping Line 3
Assignment type: long-term (3 years), policy tier B
Target start date: April 1, 2025
Home-finding trip: 3 days in mid-February (dates to be confirmed by Mr. Hoshino directly)
Housing budget: per tier B band (Dayton metro), furnished not required
Cost centre: KPA-5100-ENG

Family and personal details will be provided by Mr. Hoshino himself through your intake portal, as usual.
Please send the service authorisation (SA) number once it is created.
"""+SIG_S),

dict(expect="pass", kind="benign.successor_intro",
 why="Introduces the new HR manager at the Thai subsidiary to the outside payroll provider; business contacts only.",
 **{"from": WATANABE}, to=["Khun Siriporn Wattanakul <siriporn.w@siam-payroll.co.th>"],
 cc=["Khun Narong Chaiyaphum <narong.c@kasumi-thailand.co.th>", "Mr. Hiroshi Ueda <h.ueda@kasumi-thailand.co.th>"],
 subject="Introduction – new HR Manager at Kasumi Precision (Thailand)",
 text="""Dear Khun Siriporn,

Thank you for your continued support of our Rayong operations.

I am pleased to introduce Khun Narong Chaiyaphum, who joined Kasumi Precision (Thailand) Co., Ltd. on December 1 as HR & Administration Manager. Khun Narong was previously with a Japanese auto-parts group in Amata City and has over fifteen years of payroll and labour-relations experience.

From the January 2025 payroll cycle, Khun Narong will be your primary contact for monthly input files and approvals. Mr. Hiroshi Ueda (Managing Director) remains the final approver for off-cycle payments.

Khun Narong: Khun Siriporn leads the Kasumi account at Siam Payroll Services and has supported us since the plant opened in 2016.

I am sure you will work well together.
"""+SIG_W),

dict(expect="pass", kind="benign.policy_table",
 why="Global allowance policy table with grade codes and amounts; no individuals.",
 **{"from": FOSTER}, to=["Rebecca Holt <rholt@meridian-reward.co.uk>"],
 subject="FY2025 mobility allowance table – for your benchmarking review",
 text="""Hi Rebecca,

As discussed on Tuesday, here is our current allowance table. We'd like your view on whether the India and Thailand COLA figures are still market by April.

Grade  | Host       | COLA (monthly) | Hardship | Home leave
G5-G6  | USA        | USD 600        | 0%       | 1 trip/yr
G7-G8  | USA        | USD 900        | 0%       | 1 trip/yr
G5-G6  | UK         | GBP 500        | 0%       | 1 trip/yr
G7-G8  | India      | INR 65,000     | 10%      | 2 trips/yr
G7-G8  | Thailand   | THB 28,000     | 5%       | 2 trips/yr

Policy ref: GHR-POL-014 rev.6. Headcount on assignment is 41 (USA 17, UK 6, India 9, Thailand 9).

Could we have your draft findings by 31 January?
"""+SIG_F),

dict(expect="pass", kind="benign.health_aggregate",
 why="Health and wellbeing KPIs aggregated by site; no person identifiable.",
 **{"from": FOSTER}, to=["Dr. Alan Mercer <amercer@worksafe-consult.com>"],
 subject="Group wellbeing KPIs – 2024 consolidated",
 text="""Alan,

Consolidated wellbeing figures for the steering committee deck, as promised. Everything is site-level aggregate.

Dayton (US): annual health screening uptake 81%; EAP utilisation 6.2%; 3 recordable injuries
Telford (UK): flu vaccination uptake 58%; absence rate 3.4%; mental health first aiders trained: 12
Chennai (IN): annual medical check completion 97%; 14 heat-stress incidents reported (all first-aid level)
Rayong (TH): annual health check completion 99%; hearing-loss screening: 6% referred for retest (n=412)

Happy to walk through the methodology on Thursday's call.
"""+SIG_F),

dict(expect="pass", kind="benign.own_payslip",
 why="An assignee's own payslip sent to his own private address at his request.",
 **{"from": SHIMIZU}, to=["<ryo.kameda.jp@gmail.com>"],
 subject="Your November 2024 home-country payslip",
 text="""Dear Kameda-san,

As requested, please find attached your November 2024 home-country (Japan) payslip, since you cannot access the intranet from the Chennai site VPN at the moment.

If the figures for the split-payroll portion look different from what you expected, please let me know and I will check with Payroll.
"""+SIG_S,
 attachments=[dict(filename="Payslip_2024-11_Kameda.pdf", contentType="application/pdf",
  text="""Kasumi Seimitsu Kogyo Co., Ltd. — Payslip November 2024
Employee: Ryo Kameda  Employee No.: K-203318
Base salary (home portion) JPY 312,000
Overseas allowance JPY 85,000
Social insurance JPY -58,412
Net JPY 338,588""")]),

dict(expect="pass", kind="benign.employment_verification_consent",
 why="Employment verification limited to dates and title, sent with the employee's signed consent.",
 **{"from": FOSTER}, to=["Verification Team <verifications@lakeshore-mortgage.com>"],
 subject="Employment verification – Jason M. Turner (your ref. LSM-77120-EV)",
 text="""Dear Verification Team,

With reference to your request and the signed authorisation from the employee dated December 3, 2024, we confirm the following:

Employee: Jason M. Turner
Employer: Kasumi Precision America Inc. (a subsidiary of Kasumi Seimitsu Kogyo Co., Ltd.)
Position: Quality Assurance Supervisor
Employment dates: June 12, 2017 – present
Status: full-time, permanent

In line with our policy, we do not disclose compensation details by e-mail. Please contact the Dayton HR office if a written form is required.
"""+SIG_F),

dict(expect="pass", kind="benign.training_curriculum",
 why="Training programme with first aid and mental-health awareness content; no individual's data.",
 **{"from": WATANABE}, to=["Ms. Kavitha Iyer <kavitha@safetrain-india.in>"],
 cc=["Mr. Rajesh Menon <rajesh.menon@kasumi-india.co.in>"],
 subject="Supervisor training programme – Chennai plant, Q1 2025",
 text="""Dear Ms. Iyer,

Thank you for the proposal. We would like to proceed with the following modules for 48 line supervisors at Kasumi Precision India (Sriperumbudur):

Day 1: Basic first aid, CPR and AED use; burns and chemical splash response
Day 2: Recognising heat exhaustion and heat stroke; hydration protocols on the press shop floor
Day 3: Mental health awareness for supervisors – spotting signs of stress, how to refer to the EAP, confidentiality
Day 4: Inclusive workplace – supporting colleagues with disabilities, reasonable adjustments, POSH Act refresher

Mr. Menon will coordinate the batches (12 participants each). Please invoice Kasumi Precision India Pvt. Ltd. directly.
"""+SIG_W),

dict(expect="pass", kind="benign.visa_planning",
 why="Visa planning naming assignees with job titles and dates only; no passport or other identifiers.",
 **{"from": SHIMIZU}, to=["Sarah Goldberg <sgoldberg@brightline-immigration.com>"],
 subject="FY2025 L-1A / L-1B pipeline – Kasumi Precision America",
 text="""Hi Sarah,

Ahead of our quarterly call, here is the FY2025 pipeline for the US entity:

1. Mr. Takuya Hoshino – Senior Manufacturing Engineer – L-1B – target start Apr 1, 2025
2. Ms. Sayaka Nishi – Production Control Manager – L-1A – target start Jul 1, 2025
3. Mr. Yusuke Ono – Die Maintenance Specialist – L-1B – target start Oct 1, 2025

All three have been with the parent company for more than one year. Each assignee will upload their own documents to your portal after the kick-off; please do not request them through HR.
Could you confirm whether the blanket L petition (approval on file) still covers the Dayton entity after the address change?
"""+SIG_S),

dict(expect="pass", kind="benign.it_incident",
 why="'Infected' and 'isolated' refer to a laptop and the HR system outage, not a person.",
 **{"from": FOSTER}, to=["Support Desk <support@peoplecore-hcm.com>"],
 subject="RE: Case #PC-448120 – HRIS outage and quarantined endpoint (Chennai)",
 text="""Hello,

Update from our side on case #PC-448120:

- The HRIS outage started 09:12 IST and affected all users on the India tenant (tenant ID KSI-IN-02).
- Our IT team found one HR laptop (asset tag KSI-LT-1187) infected with an info-stealer; it was isolated from the network at 10:05 IST and the user's SSO session was revoked.
- No evidence so far of data exfiltration from your platform, but please send the access logs for the service account svc-kpi-sync between 00:00 and 12:00 IST.

Our incident reference is SEC-2024-0391. Please keep it in the subject.

> From: PeopleCore Support
> We have restored service at 11:47 IST. Root cause analysis to follow within 5 business days.
"""+SIG_F),

dict(expect="pass", kind="benign.minutes_partners",
 why="Consultation meeting minutes naming outside consultants and employee reps in their roles; no personal data.",
 **{"from": FOSTER}, to=["Oliver Grant <ogrant@kerridge-employment.co.uk>", "Fiona Walsh <fwalsh@kerridge-employment.co.uk>"],
 cc=["Tom Bailey <tbailey@kasumi-uk.co.uk>"],
 subject="Telford shift pattern consultation – notes from meeting 2 (10 Dec)",
 text="""Oliver, Fiona,

Notes from yesterday, for your review before they go to the forum:

Attendees: Tom Bailey (MD, Kasumi Precision UK), Dan Foster (Global HR), employee forum reps Gary Whitfield and Sunita Patel, Oliver Grant and Fiona Walsh (Kerridge Employment LLP).

1. Proposal: move press line from 3x8 to 4-on-4-off 12-hour pattern from April 2025. 64 employees in scope.
2. Reps asked for a transition payment; company to model GBP 750 one-off.
3. Collective consultation period: 30 days, started 25 Nov; ends 24 Dec.
4. Next meeting: 17 Dec, 14:00, Telford boardroom.

Fiona – can you confirm whether the HR1 form needs updating given the numbers have not changed?
"""+SIG_F),

dict(expect="pass", kind="benign.condolence_public_figure",
 why="Condolence on the death of a JV partner's former chairman, a public business figure.",
 **{"from": WATANABE}, to=["Mr. Arvind Subramanian <arvind.s@sundaram-auto.in>"],
 subject="Condolences on the passing of Mr. R. Krishnaswamy",
 text="""Dear Mr. Subramanian,

It was with great sadness that we learned of the passing of Mr. R. Krishnaswamy, former Chairman of Sundaram Auto Components.
His vision was instrumental in the founding of our joint venture in 2009, and many of us in Nagoya remember his warm hospitality during our first visits to Chennai.

On behalf of our President, Mr. Hideo Kasumi, and all of us at Kasumi Seimitsu Kogyo, please accept our deepest condolences and convey them to his family and your colleagues.
"""+SIG_W),

dict(expect="pass", kind="benign.invoice_swift",
 why="Vendor payment confirmation with corporate IBAN/SWIFT details.",
 **{"from": FOSTER}, to=["Accounts Receivable <ar@meridian-reward.co.uk>"],
 subject="Payment confirmation – invoice MR-2024-3381",
 text="""Hello,

Please note that invoice MR-2024-3381 (GBP 18,400.00, benchmarking services Q3) was paid today by international transfer:

Beneficiary: Meridian Reward Consulting Ltd
Bank: Barclays Bank UK PLC, London
IBAN: GB29 NWBK 6016 1331 9268 19
SWIFT/BIC: BARCGB22
Our payment ref: KSK-AP-2412-0087

Remittance advice attached by our AP system under separate cover.
"""+SIG_F),

dict(expect="pass", kind="benign.disability_aggregate",
 why="Disability-employment ratios by entity as statistics only.",
 **{"from": WATANABE}, to=["Ms. Naomi Fujita <n.fujita@inclusion-partners.jp>"],
 subject="Group disability employment figures for the integrated report",
 text="""Dear Ms. Fujita,

Please find the figures for the disability inclusion section of our integrated report.

Japan (parent): statutory employment rate of persons with disabilities 2.71% (legal requirement 2.5%)
UK: Disability Confident Level 2 (Employer) achieved; 4.8% self-declared
USA: 6.1% voluntary self-identification (Section 503 benchmark 7%)
India: 1.9% (RPwD Act policy published)
Thailand: 1 per 100 employees met through direct hiring and Section 35 concessions

These are headcount ratios only. Please let me know if you need the methodology notes.
"""+SIG_W),

dict(expect="pass", kind="benign.offer_to_subject",
 why="Offer letter sent to the candidate herself at her own address.",
 **{"from": FOSTER}, to=["<emily.r.chen@gmail.com>"],
 subject="Offer of employment – HR Generalist, Kasumi Precision America",
 text="""Dear Emily,

Congratulations! Following your interviews with Lisa and Mark, I am delighted to attach your offer letter for the role of HR Generalist at Kasumi Precision America Inc. in Dayton, Ohio.

Headlines:
- Start date: January 13, 2025
- Base salary: USD 68,500 per year
- Eligible for the annual bonus plan (target 8%)
- 15 days PTO plus 10 company holidays

Please sign and return via DocuSign by December 20. Let me know if you have any questions – I'm happy to jump on a call.
"""+SIG_F),

dict(expect="pass", kind="benign.travel_booking",
 why="Business-trip booking with flight numbers and booking reference; passport details stay on the agency profile.",
 **{"from": SHIMIZU}, to=["Corporate Desk <corporate@sakura-travel-biz.jp>"],
 subject="Booking request – Mr. Hiroshi Ueda, Nagoya–Bangkok, 13–17 Jan",
 text="""Dear Corporate Desk,

Please book the following for Mr. Hiroshi Ueda (MD, Kasumi Precision (Thailand)); passport and frequent-flyer details are in his existing corporate profile.

Out: TG645 NGO–BKK, Mon 13 Jan 2025, 10:30, business class
Return: TG644 BKK–NGO, Fri 17 Jan 2025, 23:50, business class
Hotel: Amari Rayong, 4 nights, standard room, invoice to Kasumi Precision (Thailand) Co., Ltd.
Cost centre: GHR-1200, project code TH-WAGE-25

Your previous PNR for the December trip was QK7T2M, for reference.
"""+SIG_S),

# ---------------- HOLD ----------------
dict(expect="hold", kind="id.passport",
 why="Three assignees' passport numbers and birth dates sent to an outside visa agent.",
 **{"from": SHIMIZU}, to=["Khun Pimchanok <pimchanok@rayong-visa-service.co.th>"],
 subject="Non-B visa & work permit – 3 engineers for Rayong plant",
 text="""Dear Khun Pimchanok,

Please start the Non-B visa and work permit applications for the following engineers:

1. Mr. Kohei Matsuda – DOB 14 Mar 1987 – Passport TR4418203 (exp. 2031-05-09)
2. Mr. Shingo Arai – DOB 02 Nov 1979 – Passport TK8830471 (exp. 2029-08-22)
3. Ms. Erika Hamada – DOB 27 Jul 1992 – Passport TS2267915 (exp. 2033-01-15)

Intended arrival: February 3, 2025. Scans of the passport bio pages will follow by courier.
"""+SIG_S,
 personal=[dict(type="passport", value="TR4418203"), dict(type="passport", value="TK8830471"),
  dict(type="passport", value="TS2267915"), dict(type="name", value="Kohei Matsuda")]),

dict(expect="hold", kind="id.ssn",
 why="A US employee's Social Security Number and date of birth sent to an outside benefits broker.",
 **{"from": FOSTER}, to=["Account Service <service@buckeye-benefits.com>"],
 subject="Late enrolment – dental plan",
 text="""Hi team,

Could you please process a late enrolment into the Delta Dental PPO plan for one of our Dayton employees (qualifying life event: marriage on Nov 16)?

Name: Marcus D. Williams
SSN: 541-28-7730
DOB: 08/19/1990
Coverage: Employee + Spouse, effective Dec 1, 2024
Spouse: Tanisha Williams, DOB 03/02/1992

Thanks in advance.
"""+SIG_F,
 personal=[dict(type="ssn", value="541-28-7730"), dict(type="name", value="Marcus D. Williams"),
  dict(type="birthdate", value="08/19/1990")]),

dict(expect="hold", kind="id.bank",
 why="A new UK starter's National Insurance number and personal bank account sent to the outside payroll bureau.",
 **{"from": FOSTER}, to=["Payroll Bureau <payroll@shropshire-payroll.co.uk>"],
 cc=["Tom Bailey <tbailey@kasumi-uk.co.uk>"],
 subject="New starter – Kasumi Precision UK – January payroll",
 text="""Hi,

Please set up the following new starter for the January 2025 payroll:

Name: Chloe Harrison
Start date: 6 January 2025
Role: Production Planner, salary GBP 34,000 p.a.
NI number: QQ 48 29 61 C
Tax code: 1257L (P45 to follow)
Bank: Lloyds Bank, sort code 30-94-57, account 21846093

Many thanks.
"""+SIG_F,
 personal=[dict(type="ni_number", value="QQ 48 29 61 C"), dict(type="bank_account", value="account 21846093"),
  dict(type="name", value="Chloe Harrison")]),

dict(expect="hold", kind="id.aadhaar",
 why="Body is neutral; the attached CSV lists new joiners' Aadhaar and PAN numbers with bank accounts for the outside payroll vendor.",
 **{"from": WATANABE}, to=["Payroll Ops <ops@chennai-payroll-solutions.in>"],
 cc=["Mr. Rajesh Menon <rajesh.menon@kasumi-india.co.in>"],
 subject="December joiners – Kasumi Precision India",
 text="""Dear Payroll Ops,

Attached is the joiner file for December as per the usual format. Please confirm once loaded.

Regards,
Kenji Watanabe
Global HR Division, Kasumi Seimitsu Kogyo
""",
 attachments=[dict(filename="KPI_joiners_Dec2024.csv", contentType="text/csv",
  text="""emp_id,name,doj,aadhaar,pan,bank_ac,ifsc
KPI-2291,Arun Kumar Selvam,2024-12-02,4821 6630 7195,BXKPS4471M,50100428817734,HDFC0001821
KPI-2292,Divya Ramesh,2024-12-02,7316 0942 5588,CQRPD2219K,36682014459,SBIN0007305
KPI-2293,Mohammed Irfan,2024-12-09,2290 4417 8063,AAQPI6680F,918010042277615,UTIB0000412
""")],
 personal=[dict(type="aadhaar", value="4821 6630 7195"), dict(type="pan", value="BXKPS4471M"),
  dict(type="bank_account", value="50100428817734"), dict(type="name", value="Divya Ramesh")]),

dict(expect="hold", kind="sensitive.medical",
 why="Reveals an assignee's wife's cancer diagnosis to an outside relocation vendor.",
 **{"from": SHIMIZU}, to=["Megan Clarke <mclarke@northstar-relocation.com>"],
 subject="Early repatriation – Mr. Naoki Tsuchiya (SA #NSR-20931)",
 text="""Dear Megan,

I'm afraid we need to arrange an early repatriation for Mr. Naoki Tsuchiya and his family from Dayton.
His wife, Mrs. Yumi Tsuchiya, was diagnosed last week with stage III ovarian cancer, and they have decided she will receive treatment in Nagoya.

Could you please:
- give notice on the lease at 4417 Far Hills Ave (early termination clause),
- arrange household goods shipment in mid-January,
- book a one-way medical-friendly itinerary (aisle seats, wheelchair assistance at DTW and NGO).

Mr. Tsuchiya will stay until Feb 28 to hand over his work. Thank you for handling this sensitively.
"""+SIG_S,
 personal=[dict(type="name", value="Yumi Tsuchiya"), dict(type="diagnosis", value="stage III ovarian cancer")]),

dict(expect="hold", kind="sensitive.criminal",
 why="Shares a candidate's criminal conviction from a background check with the outside staffing agency.",
 **{"from": FOSTER}, to=["Kyle Brennan <kbrennan@miamivalley-staffing.com>"],
 subject="Re: Candidate for maintenance technician",
 text="""Kyle,

Thanks for sending Brandon over. Unfortunately we can't move forward. The background check came back with a 2019 OVI conviction (operating a vehicle impaired) and a 2021 misdemeanour theft charge in Montgomery County, and the role involves driving the forklift and the plant truck.

Brandon Keller's interview went well otherwise, so if you have a non-driving opening elsewhere he could be a fit. Please send us the next two candidates by Friday.

> Dan, Brandon Keller (DOB 5/3/1995) starts at our client list next week if you pass, let me know ASAP.
> Kyle
"""+SIG_F,
 personal=[dict(type="name", value="Brandon Keller"), dict(type="criminal_record", value="2019 OVI conviction")]),

dict(expect="hold", kind="sensitive.mental_health",
 why="Employment verification that discloses a named employee's mental-health leave.",
 **{"from": FOSTER}, to=["Background Screening <screening@atlas-verify.com>"],
 subject="Employment verification – Priya Nair (your ref. AV-558203)",
 text="""Hello,

Further to your request and the candidate's signed consent, I confirm:

Name: Priya Nair
Employer: Kasumi Precision UK Ltd
Position: Senior Buyer
Dates: 3 September 2018 – 30 November 2024

For completeness, there was a gap in active service from March to August 2023, when Ms Nair was on sick leave for anxiety and depression; she returned on a phased basis.
Reason for leaving: resignation.
"""+SIG_F,
 personal=[dict(type="name", value="Priya Nair"), dict(type="diagnosis", value="sick leave for anxiety and depression")]),

dict(expect="hold", kind="sensitive.medical",
 why="Only the subject line reveals the employee's depression; body is bland and the attachment is a scanned image.",
 **{"from": FOSTER}, to=["Referrals <referrals@healthatwork-oh.co.uk>"],
 subject="Fit note – Gary Whitfield – depression, return-to-work plan",
 text="""Hi,

Please see attached and let us know when the next OH appointment can be offered.

Thank you.
"""+SIG_F,
 attachments=[dict(filename="IMG_20241209_fitnote.jpg", contentType="image/jpeg")],
 personal=[dict(type="name", value="Gary Whitfield"), dict(type="diagnosis", value="depression")]),

dict(expect="hold", kind="attachment.encrypted_zip",
 why="Password-protected zip attachment (PPAP).",
 **{"from": WATANABE}, to=["Mr. Hiroshi Ueda <h.ueda@kasumi-thailand.co.th>", "Khun Siriporn Wattanakul <siriporn.w@siam-payroll.co.th>"],
 subject="FY2025 salary increase matrix – Thailand",
 text="""Dear Ueda-san, Dear Khun Siriporn,

Please find the approved FY2025 salary increase matrix for Kasumi Precision (Thailand).
The file is password-protected; I will send the password in a separate e-mail.
"""+SIG_W,
 attachments=[dict(filename="TH_FY2025_salary_matrix.zip", contentType="application/zip", encrypted=True)]),

dict(expect="hold", kind="recipients.overexposed",
 why="Graduate-programme mail to twelve candidates' private addresses in To.",
 **{"from": WATANABE},
 to=["<ploy.sukjai@gmail.com>", "<nattapong.k@hotmail.com>", "<ananya.p1999@gmail.com>", "<thanawat.r@yahoo.com>",
     "<kanokwan.s@outlook.com>", "<pimpaka.j@gmail.com>", "<supachai.t@hotmail.com>", "<chanisa.w@gmail.com>",
     "<krit.b2000@gmail.com>", "<warunee.l@yahoo.com>", "<natthida.c@icloud.com>", "<apichart.m@gmail.com>"],
 subject="Kasumi Global Graduate Programme 2025 – assessment centre invitation",
 text="""Dear candidates,

Congratulations! You have been shortlisted for the Kasumi Global Graduate Programme 2025 (Thailand track).

Assessment centre: Saturday 18 January 2025, 08:30–16:00
Venue: Kasumi Precision (Thailand), Rayong – a shuttle will leave from BTS Ekkamai at 06:30
Please bring: university transcript, one photo, and a pen

Reply to this e-mail to confirm your attendance by January 10.
"""+SIG_W),

dict(expect="hold", kind="sensitive.religion",
 why="Body is bland; the quoted grievance reveals an employee's religion and identity, forwarded to outside counsel.",
 **{"from": FOSTER}, to=["Oliver Grant <ogrant@kerridge-employment.co.uk>"],
 subject="FW: Grievance – PPE policy",
 text="""Oliver,

As discussed, see the thread below. Could you advise on the indirect discrimination risk before the hearing on Monday?

-----Original Message-----
From: Tom Bailey <tbailey@kasumi-uk.co.uk>
Sent: 09 December 2024 16:22
To: Daniel Foster
Subject: Grievance – PPE policy

Dan,
Harjit Singh Sandhu (press operator, B shift, clock no. 40771) has raised a formal grievance. He is an observant Sikh and says the new hard-hat rule in the press hall forces him to remove his turban. He also says a team leader made comments about his religion in front of others.
He has been with us 11 years and has a clean record. Grievance hearing is set for Monday.
Tom
"""+SIG_F,
 personal=[dict(type="name", value="Harjit Singh Sandhu"), dict(type="religion", value="observant Sikh")]),

dict(expect="hold", kind="list.roster",
 why="Attached spreadsheet lists expatriates and family members with birth dates and home addresses for the insurance broker.",
 **{"from": SHIMIZU}, to=["Corporate Accounts <corporate@pacific-insurance-brokers.jp>"],
 subject="Overseas travel insurance – assignee list for 2025 renewal",
 text="""Dear Corporate Accounts,

For the 2025 policy renewal (policy no. OT-99210-K), please find the updated list of insured assignees and dependants attached.
Premium allocation per entity can follow the same split as last year.
"""+SIG_S,
 attachments=[dict(filename="insured_assignees_2025.xlsx",
  contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text="""[Sheet1]
Name\tRelation\tDOB\tHost\tHome address (Japan)
Takuya Hoshino\tEmployee\t1986-05-30\tUSA\t愛知県名古屋市天白区植田3-1102
Naoki Tsuchiya\tEmployee\t1978-10-11\tUSA\t愛知県日進市赤池2-415
Yumi Tsuchiya\tSpouse\t1980-02-06\tUSA\t愛知県日進市赤池2-415
Ryo Kameda\tEmployee\t1990-07-23\tIndia\t岐阜県多治見市白山町5-88
Kohei Matsuda\tEmployee\t1987-03-14\tThailand\t愛知県春日井市鳥居松町7-32
Haruto Matsuda\tChild\t2016-09-01\tThailand\t愛知県春日井市鳥居松町7-32
""")],
 personal=[dict(type="name", value="Yumi Tsuchiya"), dict(type="birthdate", value="1980-02-06"),
  dict(type="address", value="愛知県日進市赤池2-415")]),

dict(expect="hold", kind="personal.resume",
 why="A candidate's full CV with private contacts forwarded to an outside assessment vendor.",
 **{"from": WATANABE}, to=["Ms. Laura Kim <lkim@talentlens-assessment.com>"],
 subject="Candidate for Plant Controller role – please schedule assessment",
 text="""Dear Ms. Kim,

Please schedule the leadership assessment for the following candidate for the Plant Controller role at our Rayong plant. CV below for your preparation.

--- CV ---
Name: Suthida Charoenrat
Date of birth: 22 April 1984
Address: 88/14 Moo 5, Tambon Noen Phra, Mueang Rayong, Rayong 21000
Mobile: +66 81 447 2093
Personal e-mail: suthida.charoen@gmail.com
Marital status: married, 2 children
Current salary: THB 145,000/month
Experience: 2015–present, Finance Manager, Eastern Seaboard Auto Parts; 2008–2015, Senior Accountant, KPMG Bangkok
"""+SIG_W,
 personal=[dict(type="name", value="Suthida Charoenrat"), dict(type="phone", value="+66 81 447 2093"),
  dict(type="address", value="88/14 Moo 5, Tambon Noen Phra, Mueang Rayong, Rayong 21000"),
  dict(type="email", value="suthida.charoen@gmail.com")]),

dict(expect="hold", kind="personal.payslip_third_party",
 why="Sends an employee's full payslip with NI number and bank details to a letting agent.",
 **{"from": FOSTER}, to=["Lettings <lettings@telford-homes-agency.co.uk>"],
 subject="Income reference – Mr Sanjay Mehta",
 text="""Dear Lettings team,

Further to your call this morning about Mr Mehta's tenancy application, please find his last payslip attached as proof of income.

Best,
Dan
""",
 attachments=[dict(filename="Payslip_Nov2024_SMehta.pdf", contentType="application/pdf",
  text="""Kasumi Precision UK Ltd — Payslip November 2024
Employee: Sanjay Mehta   Employee no: UK-10288
NI number: QQ 71 30 58 D   Tax code: 1257L
Gross pay GBP 3,541.67  Income tax GBP 457.20  NI GBP 183.73  Pension GBP 177.08
Attachment of earnings (CCJ) GBP 120.00
Net pay GBP 2,603.66 paid to HSBC 40-11-62 / 71835520""")],
 personal=[dict(type="name", value="Sanjay Mehta"), dict(type="ni_number", value="QQ 71 30 58 D"),
  dict(type="bank_account", value="71835520")]),

dict(expect="hold", kind="sensitive.race",
 why="Attached CSV gives named US employees' race/ethnicity to an outside consultant.",
 **{"from": FOSTER}, to=["Alicia Romero <aromero@equipoint-consulting.com>"],
 subject="EEO-1 prep – Dayton data extract",
 text="""Hi Alicia,

Here's the extract for the EEO-1 component 1 filing. Let me know if the job categories need remapping.

Dan
""",
 attachments=[dict(filename="dayton_eeo_extract.csv", contentType="text/csv",
  text="""employee,job_category,race_ethnicity,sex,hire_date
Jason M. Turner,First/Mid-Level Officials,White,M,2017-06-12
Marcus D. Williams,Operatives,Black or African American,M,2019-03-04
Lucia Hernandez,Technicians,Hispanic or Latino,F,2021-08-16
Minh Tran,Professionals,Asian,M,2022-01-10
Dakota Redcloud,Operatives,American Indian or Alaska Native,F,2023-05-22
""")],
 personal=[dict(type="name", value="Lucia Hernandez"), dict(type="race", value="Hispanic or Latino"),
  dict(type="name", value="Minh Tran")]),

]
