"""Org E: Bayside International Clinic (English-speaking private clinic).
Writers: Hannah Moriyama (Patient Services), David Okafor (Practice Manager), Keiko Tanabe 田辺 (Medical Records & Insurance)."""
from common import mail, att, enc_zip, luhn_card, jan13, CSV, PDF, XLSX, DOCX

ORG = "E Bayside International Clinic"
DOM = "baysideclinic.example.com"

HANNAH = f"Hannah Moriyama <h.moriyama@{DOM}>"
DAVID = f"David Okafor <d.okafor@{DOM}>"
KEIKO = f"Keiko Tanabe / 田辺 恵子 <k.tanabe@{DOM}>"

SIG_HANNAH = """
--
Hannah Moriyama
Patient Services Coordinator
Bayside International Clinic
2F Harbour Front Building, 1-3-8 Kaigan-dori, Kitahama 790-0402, Japan
Tel +81-896-30-7700 | Fax +81-896-30-7709
Mon-Fri 9:00-18:00 / Sat 9:00-13:00
www.baysideclinic.example.com

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the
named recipient(s). If you have received it in error, please notify the sender and
delete it. Please do not send medical questions by e-mail; call us instead.
"""

SIG_DAVID = """
Best regards,
David Okafor
Practice Manager | Bayside International Clinic
+81-896-30-7701 (direct)
"""

SIG_KEIKO = """
----------------------------------------
Keiko Tanabe（田辺 恵子）
Medical Records & Insurance / 診療情報・保険担当
Bayside International Clinic（ベイサイド国際クリニック）
Tel 0896-30-7705  Fax 0896-30-7709
----------------------------------------
"""

CARD_REFUND = luhn_card("542523343010990")

M = []

# ---------------------------------------------------------------- holds
M.append(mail(
    "E_h_referral_body", "Hannah", "hold", "sensitive.health",
    "Referral e-mailed to a hospital with the patient's name, date of birth, symptoms, ultrasound findings and suspected diagnosis. Legitimate purpose, but health data sent outside.",
    HANNAH,
    ["Kitahama Central Hospital International Patient Office <ipo@kitahama-central-hp.example.jp>"],
    "Referral request - gynaecology appointment",
    f"""
Dear International Patient Office team,

Dr. Whitfield would like to refer one of our patients to your gynaecology department
and asked me to check the earliest available appointment with an English-speaking doctor.

Patient: Ms. Olivia Bennett
Date of birth: 14 March 1986
Nationality: Australian (resident in Kitahama)
Reason for referral: pelvic pain for 3 weeks; transvaginal ultrasound today showed a
  6.2 cm left ovarian cyst, suspected endometrioma. CA-125 pending.
Insurance: private (Allianz Care), she will pay and claim.
Preferred days: Tuesday or Thursday morning

The referral letter will follow with the patient. Could you let me know
the appointment options by tomorrow afternoon? Ms. Bennett speaks only basic Japanese,
so an interpreter would be very helpful.

Thank you for your help,
{SIG_HANNAH}
""",
    loc="body",
    personal=[("name", "Olivia Bennett"), ("birthdate", "14 March 1986"), ("diagnosis", "6.2 cm left ovarian cyst, suspected endometrioma")],
))

M.append(mail(
    "E_h_passport_assist", "Keiko", "hold", "id.passport",
    "海外旅行保険のアシスタンス会社へ、患者の旅券番号・生年月日・保険証券番号・症状を送っている（日英混在）。",
    KEIKO,
    ["グローバル・アシスト・ジャパン メディカルデスク <medical@global-assist.example.jp>"],
    "キャッシュレス受診の保証確認のお願い / Guarantee of payment request",
    f"""
グローバル・アシスト・ジャパン
メディカルデスク ご担当者様

いつもお世話になっております。ベイサイド国際クリニックの田辺です。
本日来院された旅行者の方について、キャッシュレス受診（Guarantee of Payment）の
可否をご確認いただけますでしょうか。

　Patient name : Mr. Lukas Schneider
　Date of birth: 1990-08-27
　Nationality  : Germany
　Passport No. : C4X9R2T71
　Policy No.   : HM-TRV-20240611-5527（Hanse Reiseschutz）
　Visit date   : 2024-06-18
　Complaint    : right ankle sprain after a fall in Kitahama Castle park, X-ray planned

見込み費用は 35,000円程度です。
患者様は本日午後の便で大阪へ移動予定のため、15時までにご回答いただけますと助かります。
{SIG_KEIKO}
""",
    loc="body",
    personal=[("passport", "C4X9R2T71"), ("name", "Lukas Schneider"), ("birthdate", "1990-08-27"), ("policy", "HM-TRV-20240611-5527")],
))

claim_pdf = """
PACIFIC HEALTH ASSURANCE - DIRECT BILLING CLAIM FORM
Provider: Bayside International Clinic (Provider ID BIC-0093)
Member name: Jonathan Reyes
Member ID: PHA-7730-44812-01
Date of birth: 02/11/1978
Employer / group: Nordlys Shipping Japan K.K.
Date of service: 03 June 2024
Attending physician: Dr. Daniel Whitfield
Diagnosis (ICD-10): J18.9 Pneumonia, unspecified organism; E11.9 Type 2 diabetes mellitus without complications
Services: Consultation (new patient) JPY 12,000 / Chest X-ray JPY 8,500 / CBC, CRP, HbA1c JPY 9,800
          Antibiotics (amoxicillin-clavulanate 7 days) JPY 4,200
Total charges: JPY 34,500
Patient signature on file: YES
"""
M.append(mail(
    "E_h_claim_attachment", "David", "hold", "sensitive.health",
    "Body only says a claim is attached; the PDF text carries the member's name, ID, date of birth, employer and ICD-10 diagnoses.",
    DAVID,
    ["Pacific Health Assurance - Claims Asia <claims.asia@pacifichealth.example.com>"],
    "Direct billing claim - Provider BIC-0093 - service date 3 June",
    f"""
Hello Claims team,

Please find attached our direct billing claim for a visit on 3 June.
The member's signed consent form was uploaded to your provider portal this morning.

Could you confirm receipt and the expected settlement date?
Our bank details on file with you have not changed.
{SIG_DAVID}
""",
    loc="attachment",
    attachments=[att("PHA_claim_BIC-0093_20240603.pdf", PDF, claim_pdf)],
    personal=[("name", "Jonathan Reyes"), ("member_id", "PHA-7730-44812-01"), ("birthdate", "02/11/1978"), ("diagnosis", "J18.9 Pneumonia, unspecified organism"), ("diagnosis", "E11.9 Type 2 diabetes mellitus")],
))

M.append(mail(
    "E_h_quoted_hiv", "Hannah", "hold", "sensitive.health",
    "The reply to the employer's HR only offers check-up slots, but the quoted thread underneath still holds the employee's own earlier mail about his HIV viral-load test.",
    HANNAH,
    ["Nordlys Shipping Japan HR <hr.japan@nordlys-shipping.example.com>"],
    "RE: Annual check-up slots for Mr. Lindgren",
    f"""
Dear Ms. Aoki,

Thank you for arranging this on Mr. Lindgren's behalf.
We can offer the annual executive check-up on either of these days:

  - Tuesday 18 June, 8:30 (about 3 hours, fasting from 21:00 the night before)
  - Thursday 20 June, 8:30

Please let me know which one suits him and I will send the preparation sheet.
The invoice will go to Nordlys Shipping as usual.

Kind regards,
{SIG_HANNAH}

-----Original Message-----
From: Nordlys Shipping Japan HR
Sent: Monday, 10 June 2024 11:02
Subject: Annual check-up slots for Mr. Lindgren
Hi Hannah, could you find a slot for Erik Lindgren's annual check-up this month? Thanks, Mika Aoki

-----Original Message-----
From: Erik Lindgren <erik.lindgren.jp@gmail.com>
Sent: Friday, 7 June 2024 19:40
To: Bayside International Clinic
Subject: Follow-up

Hi Hannah, when I come in for the company check-up, can Dr. Whitfield also draw blood
for my HIV viral load and CD4 count? My last result in Stockholm was undetectable and
I'd like to keep it on my file here, but please don't include it in the company report.
Erik
""",
    loc="quoted",
    personal=[("name", "Erik Lindgren"), ("diagnosis", "HIV viral load and CD4 count"), ("email", "erik.lindgren.jp@gmail.com")],
))

M.append(mail(
    "E_h_subject_lab", "Keiko", "hold", "sensitive.health",
    "The subject line carries the patient's name, date of birth and a positive hepatitis B result; the body is only a test request.",
    KEIKO,
    ["Kitahama Clinical Laboratory - Customer Desk <desk@kitahama-lab.example.jp>"],
    "Add-on test - Tomas Novak (DOB 1979-02-11) - HBsAg positive",
    f"""
Dear Customer Desk,

Could you please add an HBV DNA quantitative test to the serum sample
collected this morning? Requisition no. KL-558201, pickup at 11:30.

If the remaining volume is not sufficient, please call me and we will
arrange a new draw.

Thank you,
{SIG_KEIKO}
""",
    loc="subject",
    personal=[("name", "Tomas Novak"), ("birthdate", "1979-02-11"), ("diagnosis", "HBsAg positive")],
))

M.append(mail(
    "E_h_zip_records", "Keiko", "hold", "attachment.encrypted_zip",
    "Password-protected zip (PPAP) with transferred records; contents cannot be inspected.",
    KEIKO,
    ["Harbourview Family Practice - Records <records@harbourview-fp.example.com>"],
    "Medical records transfer (patient request) - password to follow",
    f"""
Dear Records team,

As requested by the patient in her signed transfer form, please find attached
her records from our clinic (2019-2024). The file is password-protected;
I will send the password in a separate e-mail.

Please confirm receipt.
{SIG_KEIKO}
""",
    loc="zip",
    attachments=[enc_zip("records_transfer_BIC-P-10377.zip")],
))

flu_to = [
    "Nordlys Shipping Japan HR <hr.japan@nordlys-shipping.example.com>",
    "Kessler Automotive Japan - Admin <admin.jp@kessler-auto.example.com>",
    "Kitahama International School Office <office@kis.example.ac.jp>",
    "Marlowe & Finch LLP Tokyo <tokyo.office@marlowefinch.example.com>",
    "Harbour Point Hotel HR <hr@harbourpoint.example.com>",
    "Setouchi Wind Power - General Affairs <ga@setouchi-wind.example.co.jp>",
    "Brightwater Engineering Japan <hr@brightwater-eng.example.com>",
    "Consulate Liaison Office Kitahama <liaison@honorary-consulate.example.org>",
    "Anna Kowalski <anna.kowalski.jp@gmail.com>",
    "St. Andrew's Church Kitahama Office <office@standrews-kitahama.example.org>",
    "Pacific Rim Trading K.K. <admin@pacificrim-trading.example.co.jp>",
    "Rachel Kim <rachel.kim.kitahama@outlook.com>",
]
M.append(mail(
    "E_h_recipients_flu", "Hannah", "hold", "recipients.visible_outside",
    "Twelve outside addresses (corporate clients and private persons) are visible in To; should have been BCC.",
    HANNAH,
    flu_to,
    "2024 Corporate & community flu vaccination programme",
    f"""
Dear all,

We are pleased to announce our 2024 flu vaccination programme.

  - Period: 1 October - 20 December 2024
  - Vaccine: quadrivalent inactivated influenza vaccine
  - Fee: JPY 4,400 per dose (corporate invoice available)
  - On-site sessions at your office: minimum 15 people, weekdays only

To book an on-site session, please reply with your preferred dates and the
approximate number of people by 13 September. Individuals can book online
through our website.

With best wishes,
{SIG_HANNAH}
""",
    loc="recipients",
))

M.append(mail(
    "E_h_roster_interpreter", "Hannah", "hold", "list.roster",
    "Tomorrow's appointment list (names, dates of birth, phone numbers, reasons for visit) e-mailed to an outside interpreting agency.",
    HANNAH,
    ["LinguaBridge Medical Interpreting - Scheduling <schedule@linguabridge.example.com>"],
    "Interpreter bookings for Wednesday 12 June",
    f"""
Hi Sana,

Here are tomorrow's appointments that need an interpreter. Same rate as usual.

Time   Patient               DOB         Phone           Language    Reason for visit
09:00  Maria Santos          1972-05-03  080-4412-7730   Portuguese  diabetes follow-up, insulin adjustment
10:30  Ahmed Al-Farsi        1988-12-19  090-2268-5014   Arabic      antenatal check (wife), 24 weeks
13:00  Nguyen Thi Hoa        1995-09-30  070-6631-2098   Vietnamese  depression follow-up, medication review
15:30  Pavel Ivanov          1961-02-14  080-9125-4407   Russian     post-MI cardiology referral discussion

Please confirm by 17:00 today who will cover each slot.

Thanks!
{SIG_HANNAH}
""",
    loc="body",
    personal=[("name", "Maria Santos"), ("phone", "080-4412-7730"), ("name", "Nguyen Thi Hoa"), ("diagnosis", "depression follow-up, medication review"), ("name", "Pavel Ivanov"), ("birthdate", "1961-02-14")],
))

M.append(mail(
    "E_h_card_refund", "David", "hold", "id.card",
    "A patient's full card number, expiry and name e-mailed to the billing outsourcer for a refund.",
    DAVID,
    ["MedBill Partners - Refunds <refunds@medbill-partners.example.com>"],
    "Refund request - overcharge on 28 May",
    f"""
Hi team,

Please process a refund for a patient who was charged twice on 28 May
(our terminal timed out and the receptionist ran the card again).

  Patient: Ms. Claire Dubois
  Card: {CARD_REFUND}
  Expiry: 11/26
  Amount to refund: JPY 18,700
  Original transaction refs: BIC-TX-558210 and BIC-TX-558211

She has called twice already, so I'd appreciate it if this could go out this week.
{SIG_DAVID}
""",
    loc="body",
    personal=[("card", CARD_REFUND), ("name", "Claire Dubois"), ("expiry", "11/26")],
))

M.append(mail(
    "E_h_genome_insurer", "Hannah", "hold", "sensitive.genome",
    "A named patient's BRCA1 pathogenic variant (genetic test result) sent to a life insurer's underwriting team.",
    HANNAH,
    ["Aurora Life Insurance - Underwriting <underwriting@auroralife.example.com>"],
    "RE: Medical information request - policy application AL-2024-88310",
    f"""
Dear Underwriting team,

Following your request of 3 July and the applicant's signed authorisation,
please see the information below for Ms. Sarah Lindqvist (DOB 22 September 1983).

  - Genetic testing (May 2024, Myriad panel): BRCA1 pathogenic variant
    c.68_69delAG detected.
  - She was referred to Kitahama Central Hospital for risk-reducing surgery counselling.
  - No cancer diagnosis to date. Last breast MRI (June 2024): normal.

Dr. Whitfield's signed report will follow by post.

Kind regards,
{SIG_HANNAH}
""",
    loc="body",
    personal=[("name", "Sarah Lindqvist"), ("birthdate", "22 September 1983"), ("genome", "BRCA1 pathogenic variant"), ("genome", "c.68_69delAG")],
))

# ---------------------------------------------------------------- passes
M.append(mail(
    "E_p_flu_schedule", "Hannah", "pass", "benign.vaccination_schedule",
    "Vaccination session schedule for one corporate client: dates, fees and counts only.",
    HANNAH,
    ["Kessler Automotive Japan - Admin <admin.jp@kessler-auto.example.com>"],
    "Re: On-site flu vaccination - confirmed dates",
    f"""
Dear Mr. Hartmann,

Thank you for booking. I can confirm the on-site flu vaccination sessions at your
Kitahama office:

  Session 1: Tuesday 15 October, 13:00-16:00 - up to 40 people
  Session 2: Tuesday 29 October, 13:00-15:00 - up to 25 people (catch-up)

Please make sure each employee fills in the pre-vaccination questionnaire
(English/Japanese, attached) and brings it on the day. We do not need a name list
in advance - our nurse will register people at the door.

Invoice: JPY 4,400 per dose, billed to Kessler Automotive Japan after session 2.

Best wishes,
{SIG_HANNAH}
""",
    attachments=[att("flu_questionnaire_EN_JP.pdf", PDF, """
Pre-vaccination questionnaire / 予診票
Name / 氏名: ____________  Date of birth / 生年月日: ____________
1. Do you have a fever today? / 今日、熱がありますか？ Yes / No
2. Have you ever had a serious reaction to a vaccine? / Yes / No
3. Are you pregnant or possibly pregnant? / Yes / No
Doctor's check / 医師記入欄: ____________
""")],
))

M.append(mail(
    "E_p_waiting_room", "David", "pass", "benign.visiting_restriction",
    "Notice of waiting-room and companion restrictions during the flu season. No patient is named.",
    DAVID,
    ["Kitahama International School Office <office@kis.example.ac.jp>"],
    "Temporary companion restrictions at the clinic (December-February)",
    f"""
Dear School Office,

Could you kindly share the following with your families in the next newsletter?

From 1 December until the end of February, to reduce the spread of influenza and
COVID-19 in our waiting area:

  - One companion per patient (children may come with one parent or guardian).
  - Patients with fever or cough will be seen in our separate isolation room -
    please call from the car park on arrival (+81-896-30-7700).
  - Visitors who are unwell are asked not to accompany patients.

Thank you for your continued support.
{SIG_DAVID}
""",
))

M.append(mail(
    "E_p_genome_policy", "David", "pass", "benign.genome_policy",
    "The clinic's policy on genetic testing (consent, counselling, no results by e-mail). A policy, not a result about anyone.",
    DAVID,
    ["GenoPath Laboratories Japan - Partner Relations <partners@genopath.example.co.jp>"],
    "Our updated genetic testing policy - for your records",
    f"""
Dear Ms. Fujimoto,

As discussed at our meeting, here is a summary of the updated genetic testing policy
that our board approved last week. The full document is attached.

  1. Hereditary cancer panels (BRCA1/2, Lynch) are ordered only after pre-test
     counselling with Dr. Whitfield or a certified genetic counsellor.
  2. Written consent is stored in the EHR; no consent forms by e-mail.
  3. Results are released to the patient in person or by phone - never by e-mail -
     and are not disclosed to employers or insurers without separate written consent.
  4. Lab requisitions will be sent only through your secure portal from 1 August.

Could you confirm that your portal can accept our new requisition template?
{SIG_DAVID}
""",
    attachments=[att("BIC_Genetic_Testing_Policy_v3.docx", DOCX, """
Bayside International Clinic - Genetic Testing Policy (v3, July 2024)
Scope: germline genetic tests ordered by clinic physicians.
Principles: informed consent; pre- and post-test counselling; confidentiality;
no disclosure to third parties (employers, insurers) without specific written consent;
results never transmitted by unencrypted e-mail.
Responsible: Practice Manager (D. Okafor), Medical Director (Dr. D. Whitfield).
""")],
))

M.append(mail(
    "E_p_invoice_swift", "David", "pass", "benign.corporate_bank_account",
    "Corporate invoice with the clinic's own bank account and SWIFT code (a company account, not a person's).",
    DAVID,
    ["Nordlys Shipping Japan - Accounts Payable <ap.japan@nordlys-shipping.example.com>"],
    "Invoice BIC-INV-2406-117 - executive health checks (May)",
    f"""
Dear Accounts Payable team,

Please find attached our invoice for the executive health checks performed in May.

  Invoice no.: BIC-INV-2406-117
  Amount: JPY 528,000 (incl. consumption tax)
  Due date: 31 July 2024
  Bank: Iyo Kitahama Bank, Kaigan-dori Branch
  Account: Ordinary 2204917, Bayside International Clinic Medical Corporation
  SWIFT/BIC: IYKHJPJT
  Bank address: 2-1-1 Honmachi, Kitahama, Japan

For overseas transfers please add the invoice number in the payment reference.
{SIG_DAVID}
""",
    attachments=[att("BIC-INV-2406-117.pdf", PDF, """
INVOICE BIC-INV-2406-117   Date: 30 June 2024
Bill to: Nordlys Shipping Japan K.K., Accounts Payable
Description: Executive health check package x 8 (May 2024)   JPY 480,000
Consumption tax 10%   JPY 48,000
Total   JPY 528,000
Payee: Bayside International Clinic Medical Corporation
Iyo Kitahama Bank, Kaigan-dori Branch, Ordinary 2204917, SWIFT IYKHJPJT
""")],
))

M.append(mail(
    "E_p_patient_own", "Hannah", "pass", "benign.data_subject_own",
    "Appointment confirmation sent to the patient herself with preparation instructions. Her own data going to her.",
    HANNAH,
    ["Anna Kowalski <anna.kowalski.jp@gmail.com>"],
    "Your appointment on Friday 21 June at 9:00",
    f"""
Dear Ms. Kowalski,

This is to confirm your appointment with Dr. Whitfield:

  Date: Friday 21 June 2024, 9:00
  Visit: annual health check with blood tests
  Please do not eat after 21:00 the evening before; water is fine.
  Please bring your residence card and insurance certificate.

If you need to change the time, just reply to this e-mail or call us.
We look forward to seeing you.

Warm regards,
{SIG_HANNAH}
""",
))

M.append(mail(
    "E_p_ehr_outage", "David", "pass", "benign.it_outage",
    "'Outage', 'infected' and 'quarantined' refer to the EHR system and a laptop with malware; technical mail to the IT vendor.",
    DAVID,
    ["Kitahama System Service - Support <support@kitahama-sys.example.co.jp>"],
    "EHR outage this morning + quarantined laptop",
    f"""
Hi Support team,

Two things from this morning:

1) EHR outage: our EHR (MediChart Cloud) was unreachable from 08:52 to 09:40.
   Reception switched to paper forms. The vendor says it was a DNS problem on their
   side, but could you check our router logs for anything unusual?

2) Infected laptop: Defender flagged "Trojan:Win32/AgentTesla" on the reception laptop
   BIC-LT-04 (serial 5CG2134XYZ). We quarantined it - unplugged from the network and
   the file is in quarantine. SHA-256 of the file:
   e4a1c9d03b7f25a68e0d4c1b93f2a7e5d6c8b0a4f1e3d5c7b9a2e4f6d8c0b1a3
   Nobody has logged into it since.

Can someone come on Thursday afternoon?
{SIG_DAVID}
""",
))

M.append(mail(
    "E_p_meeting_chain", "Hannah", "pass", "benign.meeting_arrangement",
    "Long reply chain setting up a liaison meeting with a hospital's international office; staff names and heavy signatures, no patient data.",
    HANNAH,
    ["Kitahama Central Hospital International Patient Office <ipo@kitahama-central-hp.example.jp>"],
    "Re: Re: Liaison meeting in July",
    f"""
Dear Ms. Ishikawa,

Perfect - Wednesday 17 July at 15:00 in your meeting room 3 works for us.
Dr. Whitfield, David Okafor and I will attend. We will bring the draft of the
revised referral form for your comments.

Best regards,
{SIG_HANNAH}

On Mon, 1 Jul 2024 at 10:12, Kitahama Central Hospital IPO wrote:
> Dear Ms. Moriyama,
> Thank you. 17 July at 15:00 or 19 July at 10:00 would be possible on our side.
> Dr. Sakaguchi (Director, International Medical Center) would also like to join.
>
> --------------------------------------------
> Yuko Ishikawa
> International Patient Office
> Kitahama Central Hospital
> 5-1 Chuo-machi, Kitahama 790-0011
> Tel +81-896-25-1111 (ext. 2207)
> --------------------------------------------
>
> On Fri, 28 Jun 2024 at 17:40, Hannah Moriyama wrote:
>> Dear Ms. Ishikawa,
>> Could we meet in mid-July to review how referrals between our clinic and
>> your hospital are working? Any weekday afternoon suits us.
""",
    cc=[DAVID],
))

M.append(mail(
    "E_p_condolence", "David", "pass", "benign.condolence",
    "Condolences to a partner practice on the death of its founder; names of the deceased and partner staff only.",
    DAVID,
    ["Harbourview Family Practice - Office <office@harbourview-fp.example.com>"],
    "With our deepest sympathy",
    f"""
Dear Dr. Mitchell and the Harbourview team,

We were deeply saddened to hear of the passing of Dr. Robert Ellison, who founded
Harbourview Family Practice more than thirty years ago. Many of us remember his
generosity when our clinic first opened, and his warm talks at the regional
international medicine meetings.

Please accept our heartfelt condolences. If there is a memorial service,
we would be grateful to know the details so that some of us can attend.

With sincere sympathy,
{SIG_DAVID}
""",
))

M.append(mail(
    "E_p_successor_jp", "Keiko", "pass", "benign.successor_introduction",
    "医師会事務局への担当交代のあいさつと後任紹介（日本語）。業務上の氏名・連絡先のみ。",
    KEIKO,
    ["北浜市医師会 事務局 <jimukyoku@kitahama-med.example.or.jp>"],
    "担当者交代のご挨拶（ベイサイド国際クリニック）",
    f"""
北浜市医師会 事務局 御中

いつも大変お世話になっております。ベイサイド国際クリニックの田辺です。
このたび、7月末をもちまして当院の医師会関係の窓口業務を離れることになりました。
在任中は、会報の英語版作成や外国人患者向け休日当番医リストの件などで
多大なご支援をいただき、誠にありがとうございました。

8月からは、後任の 上田 翔（うえだ しょう）が担当いたします。
上田は医療事務の経験が10年あり、英語・日本語のどちらでも対応可能です。
8月の定例会の際に改めてご挨拶に伺わせていただきます。

今後とも当院をどうぞよろしくお願い申し上げます。
{SIG_KEIKO}
後任：上田 翔（s.ueda@baysideclinic.example.com／0896-30-7706）
""",
    cc=[f"Sho Ueda <s.ueda@{DOM}>"],
))

M.append(mail(
    "E_p_vaccine_order", "David", "pass", "benign.order_numbers",
    "Vaccine order with order numbers, lot numbers, GTIN/JAN codes and a masked corporate card. Product and order identifiers, not personal ones.",
    DAVID,
    ["Setouchi Medical Supply - Orders <orders@setouchi-medsupply.example.co.jp>"],
    "PO BIC-PO-24-0388 - influenza vaccine and consumables",
    f"""
Dear Orders team,

Please process our purchase order BIC-PO-24-0388 for delivery on 27 September.

  Item                                   GTIN / JAN        Qty
  Influenza HA vaccine 0.5 mL syringe    {jan13('498715430213')}     200
  Safety needle 25G x 16 mm (100 pcs)    {jan13('490221751104')}     4 boxes
  Alcohol swabs (200 pcs)                {jan13('490153410022')}     10 boxes

  Customer account: SMS-C-004417
  Payment: corporate card on file (Mastercard **** **** **** 3318)

Please send the lot numbers and expiry dates with the delivery note as usual;
last time we received lot HA-24B117 (exp. 2025-06-30).
{SIG_DAVID}
""",
))
