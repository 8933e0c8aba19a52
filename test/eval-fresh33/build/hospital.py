from common import *

# ================= HOLDS =================

M(key="H1", expect="hold", kind="sensitive.medical",
  why="Names an identifiable patient with diagnosis, planned surgery and date of birth to a foreign insurer's assistance company.",
  **{"from": MORISAKI},
  to=["AlliedCare Global Assistance – Case Management <cases@alliedcare-assist.com>"],
  cc=["ips@seiran-mh.or.jp"],
  subject="GOP request – DUBOIS Claire – admission 2 Dec",
  text=f"""Dear AlliedCare Case Management team,

We would like to request a Guarantee of Payment for the following inpatient admission.

Patient: Ms. Claire DUBOIS
Date of birth: 14 March 1987
Policy no.: AGH-4471-209385 (member card presented on arrival)
Admitted: 2 December, 03:40, via our Emergency Department
Working diagnosis: acute appendicitis with localised peritonitis (CT confirmed)
Planned procedure: laparoscopic appendectomy, today 14:00
Expected length of stay: 3–4 nights
Estimated cost: JPY 980,000 – 1,150,000 (excl. private room supplement)

The patient has signed our standard consent for release of information to her insurer; a copy can be sent on request. As surgery is scheduled for this afternoon, we would be grateful for a written GOP by 12:00 JST, or at least a verbal confirmation to our desk (+81-45-620-4427).

{SIG_MORISAKI}""",
  personal=[{"type":"name","value":"Claire DUBOIS"},{"type":"birth_date","value":"14 March 1987"},
            {"type":"diagnosis","value":"acute appendicitis with localised peritonitis"},
            {"type":"insurance_policy","value":"AGH-4471-209385"}])

M(key="H2", expect="hold", kind="sensitive.medical",
  why="The body is neutral but the attached PDF medical report gives a named patient's myocardial infarction, stent procedure and diabetes history.",
  **{"from": MORISAKI},
  to=["claims.international@nordhaven-health.se"],
  subject="Your ref NH-CL-558021 – requested documents",
  text=f"""Dear Ms. Eriksson,

Thank you for your e-mail of 27 November.

As requested, please find attached the medical report for your case ref NH-CL-558021. The itemised invoice will follow once the final charges have been closed by our accounts department, probably early next week.

Please do not hesitate to contact me if anything further is needed for the claim.

{SIG_MORISAKI}""",
  attachments=[{"filename":"MedicalReport_NH-CL-558021.pdf","contentType":"application/pdf",
   "text":"""SEIRAN MEMORIAL HOSPITAL – Department of Cardiology
MEDICAL REPORT (for insurance purposes)

Patient name: LINDQVIST, Johan Erik
Date of birth: 08/06/1961   Sex: M   Hospital ID: 24-118830
Admission: 19 Nov 2024   Discharge: 25 Nov 2024

Diagnosis:
1. Non-ST-elevation myocardial infarction (NSTEMI)
2. Type 2 diabetes mellitus (on metformin, HbA1c 8.1%)
3. Dyslipidaemia

Course:
Admitted via ED with chest pain of 3 hours' duration; troponin T elevated. Coronary angiography on
20 Nov showed 90% stenosis of proximal LAD; PCI with one drug-eluting stent performed without
complication. Discharged in stable condition on dual antiplatelet therapy.

Fitness to fly: not recommended before 9 Dec 2024; medical escort not required thereafter.

Attending physician: Dr. Hiroshi Nagano, MD, PhD"""}],
  personal=[{"type":"name","value":"LINDQVIST, Johan Erik"},{"type":"birth_date","value":"08/06/1961"},
            {"type":"diagnosis","value":"Non-ST-elevation myocardial infarction (NSTEMI)"},
            {"type":"diagnosis","value":"Type 2 diabetes mellitus"}])

M(key="H3", expect="hold", kind="id.passport",
  why="Two private persons' passport numbers and dates of birth sent to a hotel in the message body.",
  **{"from": KURODA},
  to=["Harbor View Hotel Yokohama – Reservations <reservations@hvh-yokohama.jp>"],
  subject="Reservation for Whitfield party, 6–20 January (Seiran Memorial Hospital corporate rate)",
  text=f"""Dear Reservations team,

Could you please book the following under our hospital's corporate rate (contract code SMH-CORP-07)?

Room: 1 x deluxe twin, non-smoking, high floor if possible
Check-in: Monday 6 January / Check-out: Monday 20 January (14 nights)

Guests (as registered on their passports):
- Mr. Andrew James WHITFIELD, Australian, DOB 02/11/1958, Passport No. PA8841732
- Mrs. Helen Margaret WHITFIELD, Australian, DOB 17/05/1960, Passport No. PA8841733

They will arrive at Haneda around 16:00 on the 6th and come to the hotel by limousine bus. Billing: room charges to the guests directly; please do not send the folio to the hospital.

Many thanks, and please send me the confirmation number when ready.

{SIG_KURODA}""",
  personal=[{"type":"passport","value":"PA8841732"},{"type":"passport","value":"PA8841733"},
            {"type":"birth_date","value":"02/11/1958"},{"type":"birth_date","value":"17/05/1960"}])

M(key="H4", expect="hold", kind="id.card",
  why="A patient's relative's full credit card number with expiry is sent by e-mail to a payment processor for a manual authorisation.",
  **{"from": MORISAKI},
  to=["support@paystream-jp.com"],
  subject="Manual pre-authorisation – deposit JPY 500,000 (merchant 70-4418-22)",
  text=f"""Hello PayStream support,

Our terminal at the international desk has been rejecting foreign cards since this morning (ticket PS-88213 already open). We have a deposit that cannot wait. Could you run a manual pre-authorisation for us?

Merchant ID: 70-4418-22 (Seiran Memorial Hospital – IPS)
Amount: JPY 500,000
Card holder: Robert T. HALE (son of our inpatient, authorised by phone at 10:12 today)
Card number: 4111 1111 1111 1111
Expiry: 09/27
CVV: will give by phone only

Please call me on the direct line when it has gone through.

{SIG_MORISAKI}""",
  personal=[{"type":"card_number","value":"4111 1111 1111 1111"},{"type":"name","value":"Robert T. HALE"}])

M(key="H5", expect="hold", kind="sensitive.medical",
  why="The forwarded agency message further down gives a named patient's stroke, hemiplegia and dialysis to a hotel.",
  **{"from": KURODA},
  to=["concierge@hvh-yokohama.jp"],
  subject="Fw: Arrival of Mr. Al-Mansouri – 12 Dec",
  text=f"""Dear Ms. Ueno,

Could you prepare an accessible twin room (roll-in shower, if available the one on the 3rd floor near the lift) for the dates below? Details are in the agency's message. Check-in 12 Dec, check-out 26 Dec, two guests. We will send our shuttle to pick them up for appointments on Mon/Wed/Fri mornings.

Thank you as always!

{SIG_KURODA}

-----Original Message-----
From: Omar Haddad <o.haddad@gulfcare-medtravel.ae>
Sent: Thursday, November 28, 2024 7:41 PM
To: International Patient Services <ips@seiran-mh.or.jp>
Subject: Arrival of Mr. Al-Mansouri – 12 Dec

Dear Emi,

Confirming flights: EK318 arriving Narita 12 Dec 17:35. Patient Mr. Faisal Al-Mansouri (68 years) will travel with his son Khalid.

Medical notes for your team: he had a right MCA stroke in March with residual left hemiplegia and uses a wheelchair. He also has end-stage renal disease and needs haemodialysis three times a week, so please keep the Mon/Wed/Fri slots we discussed. He is diabetic and requires a low-sodium halal diet.

Please arrange a hotel close to the hospital with an accessible room.

Best regards,
Omar Haddad
GulfCare Medical Travel, Dubai""",
  personal=[{"type":"name","value":"Mr. Faisal Al-Mansouri"},
            {"type":"diagnosis","value":"right MCA stroke in March with residual left hemiplegia"},
            {"type":"diagnosis","value":"end-stage renal disease"}])

M(key="H6", expect="hold", kind="sensitive.infection_third_party",
  why="Tells a patient's daughter that another named patient tested positive for influenza.",
  **{"from": HOSHINO},
  to=["sophie.marchetti82@gmail.com"],
  subject="Re: Visiting my father this weekend?",
  text=f"""Dear Ms. Marchetti,

Thank you for your message, and I'm sorry for the late reply.

I'm afraid visits to Ward 6B are restricted until Friday. The gentleman who shares your father's room, Mr. Tanabe, tested positive for influenza A yesterday evening, so the ward has put the room under precautions for a few days. Your father has no fever or symptoms and is doing well with his physiotherapy; the nurses are checking him twice a day.

You can still video-call him any time between 10:00 and 20:00 – the ward tablet is at the nurses' station. I will let you know as soon as normal visiting resumes.

Kind regards,
{SIG_HOSHINO}

> On Tue, 3 Dec 2024 at 21:14, Sophie Marchetti <sophie.marchetti82@gmail.com> wrote:
> Hello Lena, I'm flying in from Milan on Saturday. Can I see Papa on Saturday afternoon? Is there anything I should bring? Thank you, Sophie""",
  personal=[{"type":"name","value":"Mr. Tanabe"},{"type":"infection","value":"tested positive for influenza A"}])

M(key="H7", expect="hold", kind="list.patients",
  why="Attached spreadsheet lists six patients with dates of birth, admission dates and ICD-10 diagnoses.",
  **{"from": MORISAKI},
  to=["billing@alliedcare-assist.com"],
  cc=["r.fontaine@alliedcare-assist.com"],
  subject="November reconciliation – open GOP cases",
  text=f"""Dear Billing team, dear Raphaël,

Attached is our November reconciliation of open GOP cases. Six cases are still awaiting settlement; two of them (lines 3 and 5) are over 60 days. Grateful if you could check the status on your side before our call on Thursday.

{SIG_MORISAKI}""",
  attachments=[{"filename":"SMH_AlliedCare_open_cases_2024-11.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
   "text":"""[Sheet1]
Case ref\tPatient\tDOB\tAdmission\tDischarge\tICD-10\tAmount JPY\tStatus
AGH-GOP-24-3310\tKOWALSKI Marta\t1979-04-22\t2024-09-03\t2024-09-06\tK35.8\t1,032,400\tInvoiced
AGH-GOP-24-3378\tNGUYEN Minh Chau\t1992-12-01\t2024-09-18\t2024-09-27\tO14.1\t2,418,900\tQuery from insurer
AGH-GOP-24-3402\tBRENNAN Patrick\t1955-07-30\t2024-09-25\t2024-10-02\tI63.9\t3,105,000\tOverdue
AGH-GOP-24-3451\tSILVA Ana Paula\t1988-02-14\t2024-10-11\t2024-10-12\tS52.5\t284,300\tInvoiced
AGH-GOP-24-3466\tO'NEILL Declan\t1970-10-09\t2024-10-14\t2024-10-21\tF10.3\t1,660,000\tOverdue
AGH-GOP-24-3520\tTAKAHASHI Ken (US)\t1983-06-05\t2024-11-02\t2024-11-04\tJ18.9\t612,750\tInvoiced"""}],
  personal=[{"type":"name","value":"KOWALSKI Marta"},{"type":"birth_date","value":"1979-04-22"},
            {"type":"name","value":"O'NEILL Declan"},{"type":"diagnosis_code","value":"F10.3"},
            {"type":"name","value":"BRENNAN Patrick"}])

M(key="H8", expect="hold", kind="recipients.visible",
  why="Invitation sent to twelve former patients' private addresses all visible in To.",
  **{"from": KURODA},
  to=["james.okoye@gmail.com","l.bergstrom@icloud.com","chen.yuting0412@yahoo.co.jp","marco.ricci.tk@gmail.com",
      "anna.kowal@outlook.com","dpatel.yokohama@gmail.com","s.fernandes77@hotmail.com","ivanova.e@mail.ru",
      "kim.jiwoo.jp@gmail.com","tom.and.jess.h@icloud.com","r.alvarez@yahoo.com","nora.haddad@gmail.com"],
  subject="Invitation: Patient Experience Round-table (14 December)",
  text=f"""Dear friends of Seiran Memorial Hospital,

Thank you again for choosing our hospital during your stay in Japan. We are improving our services for international patients and would love to hear your honest opinions.

Patient Experience Round-table
Date: Saturday 14 December, 14:00–15:30
Place: Seiran Memorial Hospital, Annex building 2F, Conference Room B (or online via Zoom)
Language: English (Mandarin and Korean interpreting available)

Light refreshments will be served and each participant will receive a JPY 3,000 gift card. Please reply to this e-mail by 6 December if you can join.

Warm regards,
{SIG_KURODA}""")

M(key="H9", expect="hold", kind="attachment.encrypted_zip",
  why="Password-protected zip of patient records sent with the password promised in a separate mail (PPAP).",
  **{"from": HOSHINO},
  to=["dr.adeyemi@lagoonclinic-lagos.com"],
  subject="Records for your patient – as discussed",
  text=f"""Dear Dr. Adeyemi,

Following our call this morning, I attach the records you asked for. For security the file is password-protected; I will send the password in a separate e-mail in a few minutes.

Please let me know if you cannot open it.

{SIG_HOSHINO}""",
  attachments=[{"filename":"Records_Okonkwo_2024.zip","contentType":"application/zip","encrypted":True}])

M(key="H10", expect="hold", kind="sensitive.genetic",
  why="Sends a named patient's germline BRCA2 genetic test result to a doctor abroad.",
  **{"from": KURODA},
  to=["Dr. Mei Ling Tan <meiling.tan@orchardoncology.com.sg>"],
  cc=["Dr. Sayaka Ikeda <s.ikeda@seiran-mh.or.jp>"],
  subject="Genetic counselling follow-up – Ms. Priya RAMAN",
  text=f"""Dear Dr. Tan,

On behalf of Dr. Ikeda (Breast Surgery / Genetic Counselling), thank you for referring Ms. Priya RAMAN (DOB 30 Sep 1985), who will continue her care with you after returning to Singapore next month.

Dr. Ikeda asked me to share the key result ahead of the formal report:
Germline multigene panel (sent 1 Oct): pathogenic variant detected in BRCA2, c.5946delT (p.Ser1982fs), heterozygous. No other pathogenic variants; two VUS (ATM, CHEK2) – details in the full report.

Ms. Raman has been counselled on cascade testing for her sister and mother and has consented to this information being shared with you. The full laboratory report and clinic letter will be sent by secure fax this week.

{SIG_KURODA}""",
  personal=[{"type":"name","value":"Ms. Priya RAMAN"},{"type":"birth_date","value":"30 Sep 1985"},
            {"type":"genetic","value":"pathogenic variant detected in BRCA2, c.5946delT"}])

M(key="H11", expect="hold", kind="sensitive.mental_health",
  why="Only the subject line reveals that the named patient was admitted for acute psychosis.",
  **{"from": MORISAKI},
  to=["claims.international@nordhaven-health.se"],
  subject="GOP request – NOVAK Tomas – inpatient psychiatric admission (acute psychosis)",
  text=f"""Dear Claims Team,

Please confirm coverage for the case in the subject line.

Admission date: 18 November
Expected length of stay: approx. 14 days
Estimated cost: JPY 1,850,000 (general ward)
Attending physician: Dr. Yoko Hayashi

The patient's membership number and signed release are in the form attached to our earlier request of 18 Nov (your ref NH-CL-559744).

{SIG_MORISAKI}""",
  personal=[{"type":"name","value":"NOVAK Tomas"},{"type":"diagnosis","value":"inpatient psychiatric admission (acute psychosis)"}])

M(key="H12", expect="hold", kind="personal.contact",
  why="Forwards a patient's complaint with her home address, mobile number and e-mail to an outside interpreting agency.",
  **{"from": HOSHINO},
  to=["coordination@linguabridge-med.jp"],
  subject="Fw: Complaint about interpreter on 21 Nov",
  text=f"""Hello Mr. Sato,

Please see below a complaint we received about one of your interpreters. The patient would like to hear from your company directly, so I am passing on her details as she wrote them. Could you let me know what action you take?

Thanks,
Lena

{SIG_HOSHINO}

---------- Forwarded message ----------
From: Rebecca Lowe <beckylowe.tokyo@gmail.com>
Date: Fri, 22 Nov 2024 08:02
Subject: Complaint about interpreter on 21 Nov
To: ips@seiran-mh.or.jp

To whom it may concern,

I am writing to complain about the interpreter who accompanied me during my appointment on 21 November at 11:00. She arrived 25 minutes late, was on her phone during the consultation and did not translate several of the doctor's questions.

I expect an apology. My details:
Rebecca Lowe
Maison Tsunashima 402, 2-11-8 Tsunashima-nishi, Kohoku-ku, Yokohama 223-0053
Mobile: 090-7712-3048
Email: beckylowe.tokyo@gmail.com

Regards,
Rebecca Lowe""",
  personal=[{"type":"name","value":"Rebecca Lowe"},{"type":"address","value":"Maison Tsunashima 402, 2-11-8 Tsunashima-nishi, Kohoku-ku, Yokohama 223-0053"},
            {"type":"phone","value":"090-7712-3048"},{"type":"email","value":"beckylowe.tokyo@gmail.com"}])

# ================= PASSES =================

M(key="HP1", expect="pass", kind="benign.own_data",
  why="Confirms a patient's own health-check booking and preparation instructions to that patient.",
  **{"from": KURODA},
  to=["daniel.moreau.jp@gmail.com"],
  subject="Your Premium Health Check on 10 January – booking HC-250110-0042",
  text=f"""Dear Mr. Moreau,

Thank you for booking with us. Your appointment is confirmed:

Booking no.: HC-250110-0042
Course: Premium Health Check (with brain MRI, colonoscopy and abdominal ultrasound)
Date: Friday 10 January, reception 8:15 at the Health Check Centre (Annex 1F)
Interpreter: English, booked for the whole morning

Preparation
- Dinner by 21:00 the day before; no food after that. Water is fine until 7:00.
- Bowel preparation kit: please collect it from the Health Check Centre reception any weekday before 3 January, or we can post it to the address you registered.
- If you take blood-thinning medication, please tell us at least 7 days before so the doctor can advise.
- Please bring your passport or residence card and your health insurance card, if any.

Results will be explained by a doctor on the same day around 13:00, and the written report in English will be sent to you about two weeks later.

To change the date, simply reply to this e-mail.

{SIG_KURODA}""")

M(key="HP2", expect="pass", kind="benign.successor",
  why="A successor introduction to partner insurers naming colleagues and partner staff; no patient data.",
  **{"from": MORISAKI},
  to=["Raphaël Fontaine <r.fontaine@alliedcare-assist.com>","Ingrid Eriksson <ingrid.eriksson@nordhaven-health.se>"],
  cc=["Yuki Hanada <y.hanada@seiran-mh.or.jp>","Emi Kuroda <emi.kuroda@seiran-mh.or.jp>"],
  subject="Change of contact at Seiran Memorial Hospital – Yuki Hanada",
  text=f"""Dear Raphaël, dear Ingrid,

I would like to let you know that from 1 January I will be moving to our hospital's Finance Planning Office. My role as your billing and insurance contact at International Patient Services will be taken over by Ms. Yuki Hanada (cc'd).

Yuki joined us in 2019 from the Yokohama branch of a global assistance company and has been handling our Chinese and Korean insurers for the past two years, so she already knows the GOP process well. She will work alongside me through December, and both of us will join the quarterly call with AlliedCare on 12 December and the one with Nordhaven on 17 December.

It has been a real pleasure working with you both – and with Claudia, Mattias and the rest of your teams – over the past six years. Thank you for your patience with all my late-night GOP requests!

Yuki's direct line: +81-45-620-4429 / y.hanada@seiran-mh.or.jp

{SIG_MORISAKI}""")

M(key="HP3", expect="pass", kind="benign.invoice_corporate_bank",
  why="Monthly statement to an insurer giving case references, totals and the hospital's own corporate bank and SWIFT details.",
  **{"from": MORISAKI},
  to=["billing@alliedcare-assist.com"],
  subject="Statement of account – November 2024 (7 cases)",
  text=f"""Dear AlliedCare Billing,

Please find below our statement of account for November.

Statement no.: SMH-AC-2411
Cases: AGH-GOP-24-3520, -3541, -3552, -3567, -3580, -3599, -3604
Total due: JPY 4,812,330
Due date: 31 December 2024

Payment details
Beneficiary: Medical Corporation Seiran-kai, Seiran Memorial Hospital
Bank: Kanagawa Mirai Bank, Yokohama Head Office (branch code 001)
Account: Ordinary 4092817
SWIFT/BIC: KNMBJPJT
Beneficiary address: 1-9-30 Aobadai, Nishi-ku, Yokohama 220-0072, Japan

Please quote the statement number on the remittance. Individual invoices were sent with each discharge summary via your portal.

{SIG_MORISAKI}""")

M(key="HP4", expect="pass", kind="benign.it_incident",
  why="Notice of an IT outage and a contained malware infection; the medical-sounding words refer to systems.",
  **{"from": HOSHINO},
  to=["partners-ops@alliedcare-assist.com","ops@gulfcare-medtravel.ae","coordination@linguabridge-med.jp"],
  subject="Service notice: patient portal outage 4–5 December",
  text=f"""Dear partners,

Our English-language patient portal and the secure document upload page were unavailable from 4 December 22:30 to 5 December 06:10 JST.

During routine monitoring our IT team detected malware on one file server. The affected server was isolated (quarantined) immediately, the infection did not spread to other systems, and no patient data was accessed according to the vendor's initial investigation. Both services are back online.

If you sent documents through the upload page during that window, please resend them or e-mail them to us as usual.

We apologise for the inconvenience.

{SIG_HOSHINO}""")

M(key="HP5", expect="pass", kind="benign.aggregate_statistics",
  why="Annual aggregate figures of international patients by country and department; nobody identifiable.",
  **{"from": KURODA},
  to=["secretariat@jmtn-assoc.jp"],
  subject="FY2023 international patient figures – Seiran Memorial Hospital",
  text=f"""Dear Secretariat,

As requested for the network's annual survey, here are our figures for FY2023 (April 2023 – March 2024).

Total international patients: 1,284 (outpatient 1,107 / inpatient 177)
By country/region (top 5): China 312, USA 205, Vietnam 141, Australia 96, UAE 62
By purpose: residents in Japan 71%, tourists 18%, medical travel 11%
Top departments: Health Check Centre 338, Internal Medicine 214, Orthopaedics 121, Obstetrics 97, Cardiology 64
Interpreting sessions: 2,916 (English 58%, Mandarin 27%, Vietnamese 9%, other 6%)
Unpaid bills written off: 4 cases, JPY 1.9M total

Let me know if you need the breakdown by month.

Best,
{SIG_KURODA}""")

M(key="HP6", expect="pass", kind="benign.vaccination_schedule",
  why="Travel-clinic vaccine schedule and prices sent to a company's HR; general service information.",
  **{"from": KURODA},
  to=["hr.japan@veltrix-energy.com"],
  subject="Travel vaccinations for your staff – clinic days and prices",
  text=f"""Dear Ms. Wong,

Thank you for your enquiry about pre-departure vaccinations for your engineers going to the project site in Mozambique.

Our Travel Clinic runs on Tuesdays (14:00–17:00) and Saturdays (9:00–12:00). Available vaccines and fees (tax incl.):
- Hepatitis A (2–3 doses): JPY 8,800 per dose
- Hepatitis B (3 doses): JPY 6,600 per dose
- Typhoid (1 dose): JPY 11,000
- Rabies, pre-exposure (3 doses over 21–28 days): JPY 16,500 per dose
- Yellow fever: not available at our hospital – please use the Yokohama Quarantine Station (certificate issued there)
- Tetanus-diphtheria booster: JPY 4,400

We recommend starting at least 6 weeks before departure. Group bookings of up to 6 people per session are possible; each person should bring their vaccination record if they have one.

Kind regards,
{SIG_KURODA}""")

M(key="HP7", expect="pass", kind="benign.service_price_list",
  why="Price list of health-screening packages full of medical test names but about services, not a person.",
  **{"from": KURODA},
  to=["benefits@harmonia-consulting.jp"],
  cc=["k.abe@harmonia-consulting.jp"],
  subject="2025 corporate health check packages (English)",
  text=f"""Dear Mr. Abe, dear Benefits team,

Following our meeting, here is a summary of our 2025 corporate health check packages for your foreign staff.

Standard (JPY 44,000): blood tests incl. HbA1c and lipids, urinalysis, ECG, chest X-ray, abdominal ultrasound, gastroscopy or barium swallow, physician consultation in English
Premium (JPY 88,000): Standard + brain MRI/MRA, coronary risk panel, tumour markers (CEA, CA19-9, PSA or CA125), lung CT (low dose)
Women's option (+JPY 16,500): mammography or breast ultrasound, cervical cytology, HPV test
Executive (JPY 198,000): Premium + PET-CT, colonoscopy under sedation, private lounge and lunch

For corporate contracts of 20+ employees we offer a 10% discount and a dedicated coordinator. Results are issued in English within two weeks; employees receive their own reports directly, and the company only receives an aggregate summary unless the employee consents otherwise.

{SIG_KURODA}""")

M(key="HP8", expect="pass", kind="benign.condolence",
  why="Ordinary condolences to a widow about a deceased former patient, without cause of death.",
  **{"from": KURODA},
  to=["margaret.finch@btinternet.com"],
  subject="With our deepest sympathy",
  text=f"""Dear Mrs. Finch,

We were so sorry to hear from your son that Harold passed away peacefully at home in Bristol last week.

Everyone at International Patient Services remembers his warmth and his jokes about Japanese trains, and Dr. Nagano asked me to pass on his personal condolences as well. It was a privilege to have been able to help you both during your time in Yokohama.

Please accept our heartfelt sympathy. If there is anything we can do – for example, copies of documents you may need – please just let me know.

With warm thoughts,
Emi Kuroda
International Patient Services, Seiran Memorial Hospital""")

M(key="HP9", expect="pass", kind="benign.own_data",
  why="Discharge follow-up instructions sent, at his request, to the patient's own address.",
  **{"from": HOSHINO},
  to=["michael.okafor@gmail.com"],
  subject="Re: Written copy of my follow-up instructions",
  text=f"""Dear Mr. Okafor,

As you requested at discharge, here is a written copy of the instructions Dr. Mori gave you:

- Continue amoxicillin/clavulanate 3 times a day until the pack is finished (Sunday).
- Keep the wound on your left forearm dry for 48 hours; after that you may shower normally.
- Wound check and stitch removal: Thursday 12 December, 10:30, Plastic Surgery outpatient (Main building 2F, reception 24). An interpreter is booked.
- Come back earlier, or go to any emergency department, if you get fever above 38°C, increasing redness or discharge.

Your receipt (JPY 38,420, paid by VISA ending 4242 – shown on the receipt as ****-****-****-4242) and the English medical certificate for your travel insurer are in the envelope you received at the cashier.

Wishing you a quick recovery,
{SIG_HOSHINO}

> Could you email me what the doctor said? I didn't catch everything. Thanks, Michael""")

M(key="HP10", expect="pass", kind="benign.project_meeting",
  why="Meeting arrangements with a partner agency; a handful of named staff from two organisations.",
  **{"from": KURODA},
  to=["Sarah Mitchell <s.mitchell@pmmt-travel.com.au>","Jason Lee <j.lee@pmmt-travel.com.au>"],
  cc=["Dr. Hiroshi Nagano <h.nagano@seiran-mh.or.jp>","Kenta Morisaki <k.morisaki@seiran-mh.or.jp>","Yuki Hanada <y.hanada@seiran-mh.or.jp>"],
  subject="Re: Cardiac check-up package – meeting 11 Dec",
  text=f"""Dear Sarah, dear Jason,

Wonderful – Wednesday 11 December at 10:00 (JST) / 12:00 (AEDT) works for us. I have sent a Teams invitation.

Attendees on our side:
- Dr. Hiroshi Nagano, Director of Cardiology
- Kenta Morisaki and Yuki Hanada, billing & insurance
- myself

Draft agenda
1. Package content (coronary CT, stress echo, Holter) and pricing in AUD
2. Booking lead times and the visa letter process
3. Marketing materials – Jason's draft brochure (thanks!)
4. Next steps for a pilot with 10 clients in Q2

Sarah, could you bring the figures from your Osaka partner that you mentioned? It would help Dr. Nagano plan capacity.

Best regards,
Emi

{SIG_KURODA}

> From: Sarah Mitchell
> Sent: Monday, 2 December 2024 15:22
> Hi Emi, could we have the call next week? Wed or Thu morning your time would suit Jason and me. Cheers, Sarah
> Sarah Mitchell | Partnerships Manager | Pacific Meridian Medical Travel | Sydney""")

M(key="HP11", expect="pass", kind="benign.public_figures",
  why="Seminar invitation naming historical scientists and the hospital's own speakers.",
  **{"from": KURODA},
  to=["info@yokohama-intl-society.org"],
  subject="Public lecture: 'From Kitasato to today – infectious disease and travel' (25 Jan)",
  text=f"""Dear friends at the Yokohama International Society,

We would be delighted if you could share the following free public lecture with your members.

'From Kitasato to today – infectious disease and travel'
Saturday 25 January, 14:00–16:00, Seiran Memorial Hospital Auditorium (English with Japanese slides)

Speakers:
- Prof. Takeshi Arai (Infectious Diseases, Seiran Memorial Hospital) on the legacy of Kitasato Shibasaburō, Hideyo Noguchi and the plague research of the 1890s
- Dr. Mei Watanabe (Travel Clinic) on measles, dengue and vaccinations before travelling

No registration required; seating for 180. Flyer attached in English and Japanese.

{SIG_KURODA}""",
  attachments=[{"filename":"Lecture_flyer_25Jan.pdf","contentType":"application/pdf",
   "text":"Free public lecture – From Kitasato to today: infectious disease and travel. 25 January 14:00. Seiran Memorial Hospital Auditorium. Speakers: Prof. Takeshi Arai, Dr. Mei Watanabe. 北里柴三郎と野口英世から現代の渡航医学まで。参加無料・申込不要。"}])

M(key="HP12", expect="pass", kind="benign.plain_zip",
  why="Plain zip of multilingual hospital guide brochures.",
  **{"from": HOSHINO},
  to=["info@gulfcare-medtravel.ae"],
  subject="Updated hospital guides (EN/AR/ZH)",
  text=f"""Dear Omar,

Attached are the updated hospital guides for your clients in English, Arabic and Mandarin (zip, no password). Main changes: new parking entrance, cashier opening hours and the halal meal option.

Lena

{SIG_HOSHINO}""",
  attachments=[{"filename":"SMH_guides_2025.zip","contentType":"application/zip",
   "text":"""guide_en.txt: Welcome to Seiran Memorial Hospital. Reception: Main building 1F. Cashier open 8:30–17:00 weekdays, 8:30–12:00 Saturdays. Halal meals available on request. Prayer room: Annex 3F.
guide_zh.txt: 欢迎来到青岚纪念医院。挂号处位于主楼一层。收费处工作时间：平日8:30–17:00。
guide_ar.txt: مرحبا بكم في مستشفى سيران التذكاري. غرفة الصلاة في الطابق الثالث من المبنى الملحق."""}])

M(key="HP13", expect="pass", kind="benign.staff_schedule",
  why="Interpreter rota naming the agency's own interpreters with departments and times; no patients.",
  **{"from": HOSHINO},
  to=["coordination@linguabridge-med.jp"],
  subject="Interpreter requests, week of 9 December",
  text=f"""Hi Mr. Sato,

Requests for next week below. Same as usual, please confirm names by Thursday.

Mon 9  Cardiology 9:00–12:00 EN – Ms. Jennifer Oda (if available)
Mon 9  Obstetrics 13:30–16:00 ZH – Ms. Zhang Min
Tue 10 Travel Clinic 14:00–17:00 EN – anyone
Wed 11 Orthopaedics 9:00–11:00 VI – Mr. Le Hoang Nam
Thu 12 Plastic Surgery 10:00–11:30 EN – Ms. Jennifer Oda
Fri 13 Health Check Centre 8:00–13:00 EN x2, KO x1

Room 4 in the Annex is reserved for your interpreters' breaks.

Thanks!
Lena""")
