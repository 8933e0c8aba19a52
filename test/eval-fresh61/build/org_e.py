"""Org E: 東都大学医学部附属病院 国際診療センター (university hospital, international patient office). Mostly English."""
from common import M, att, zip_enc, XLSX, PDF, DOCX, CSV, ZIP

ORG = "E"
DOM = "toto-u-hosp.example.jp"

MIURA = "Reiko Miura <r.miura@toto-u-hosp.example.jp>"
OKAMOTO = "Naomi Okamoto <intl-coord@toto-u-hosp.example.jp>"
MIYASHITA = "Takuya Miyashita <intl-billing@toto-u-hosp.example.jp>"

SIG_MIURA = """
------------------------------------------------------------
Reiko Miura, MD, PhD
Director, International Patient Center
Toto University Hospital (東都大学医学部附属病院 国際診療センター)
9-9-9 Hongo, Bunkyo-ku, Tokyo 113-0000, Japan
Tel +81-3-0000-4100 | Fax +81-3-0000-4101
r.miura@toto-u-hosp.example.jp
CONFIDENTIALITY: This e-mail may contain privileged information intended
only for the addressee. If you received it in error, please notify the
sender and delete it.
------------------------------------------------------------
"""

SIG_OKAMOTO = """
Naomi Okamoto（岡本 ナオミ）
Medical Coordinator (English / Mandarin)
International Patient Center, Toto University Hospital
Tel +81-3-0000-4110 | intl-coord@toto-u-hosp.example.jp
Office hours: Mon-Fri 8:30-17:00 JST
"""

SIG_MIYASHITA = """
--
Takuya Miyashita（宮下 拓也）
Billing & Admissions, International Patient Center
Toto University Hospital
Tel +81-3-0000-4120 | intl-billing@toto-u-hosp.example.jp
"""

MAILS = []

# ---------------------------------------------------------------- holds
MAILS.append(M(
    "hold", "sensitive.health",
    "Guarantee-of-payment request to an overseas insurer that names the patient (name, DOB, policy no.) and gives the diagnosis and procedure in the body. Legitimate purpose, but it is health data about an identifiable person sent outside.",
    "Miyashita", "body", MIYASHITA,
    ["Case Management <cases@globalassist.example.com>"],
    "GOP request – inpatient admission 14 May 2024 (policy GA-7719-0042)",
    """
Dear Case Management team,

We are writing to request a Guarantee of Payment for the following patient,
who was admitted through our emergency department last night.

  Patient: Mr. Jonathan PRICE
  Date of birth: 3 March 1961
  Policy no.: GA-7719-0042 (Global Assist Premier)
  Admission: 14 May 2024, 23:40 JST, Cardiology ward 7E

Clinical summary:
  Acute ST-elevation myocardial infarction (inferior wall). Emergency PCI with
  one drug-eluting stent to the right coronary artery was performed at 01:15.
  Expected length of stay: 6-7 days, including 2 days in the CCU.

Estimated cost: JPY 3,200,000 - 3,800,000 (itemised estimate attached to the GOP form).

Please send the GOP to this address at your earliest convenience. The patient's
wife is staying with him and has agreed to share this information with you.

Best regards,
""" + SIG_MIYASHITA,
    personal=[("name", "Mr. Jonathan PRICE"), ("birthdate", "3 March 1961"), ("insurance", "GA-7719-0042"),
              ("diagnosis", "Acute ST-elevation myocardial infarction")],
))

MAILS.append(M(
    "hold", "sensitive.genome",
    "Genetic test result (BRCA1 pathogenic variant) of a named patient sent in the body to an overseas referring doctor. Genome results are special-care personal information.",
    "Miura", "body", MIURA,
    ["Dr. Sri Wahyuni <s.wahyuni@jakarta-medika.example.co.id>"],
    "Genetic test result – your referred patient Ms. Dewi Lestari",
    """
Dear Dr. Wahyuni,

Thank you for referring Ms. Dewi LESTARI (born 17 August 1983) to our
Breast Surgery and Clinical Genetics departments in April.

Her germline multigene panel has now been reported:

  Gene: BRCA1
  Variant: c.68_69delAG (p.Glu23Valfs*17)
  Classification: Pathogenic
  Other genes on the panel (BRCA2, PALB2, TP53, PTEN, CDH1): no pathogenic variants

Ms. Lestari received the result in person with our genetic counsellor on 20 May.
She wishes to continue follow-up in Jakarta. Our recommendations are:
  1. Discuss risk-reducing salpingo-oophorectomy after completion of childbearing.
  2. Annual breast MRI alternating with mammography.
  3. Cascade testing for her sister and her mother; she said she would tell them herself.

The full report and the counselling summary will follow by post.

With kind regards,
""" + SIG_MIURA,
    personal=[("name", "Ms. Dewi LESTARI (born 17 August 1983)"), ("genome", "Variant: c.68_69delAG (p.Glu23Valfs*17)"),
              ("genome", "Classification: Pathogenic")],
))

MAILS.append(M(
    "hold", "sensitive.health",
    "Reply to a patient's wife that names another patient (the roommate) and his influenza infection. A third person's infection is disclosed to a family member outside the hospital.",
    "Okamoto", "body", OKAMOTO,
    ["Li Na <lina.wang.family@gmail.com>"],
    "Re: Why was my husband moved to another room?",
    """
Dear Mrs. Wang,

Thank you for your message, and I am sorry for the worry this caused.

Your husband was moved from room 812 to a single room, 806, yesterday afternoon.
This was not because of his own condition. The patient who shared room 812 with him,
Mr. Kim Dong-hyun, tested positive for influenza A yesterday morning, so the ward
separated everyone in that room as a precaution. Your husband has no fever, and
his rapid test was negative. He is receiving preventive medicine for five days.

His surgery on Thursday is still planned as scheduled. You can visit him from 14:00
to 17:00; please wear a mask in the ward.

If you have any questions, please call me at the number below.

Kind regards,
""" + SIG_OKAMOTO + """
> On 11 Feb 2025, at 21:13, Li Na <lina.wang.family@gmail.com> wrote:
> Dear Ms. Okamoto, my husband told me on the phone that he was suddenly moved
> to another room. Is something wrong with him? Please tell me.
""",
    personal=[("name", "Mr. Kim Dong-hyun"), ("diagnosis", "tested positive for influenza A")],
))

MAILS.append(M(
    "hold", "list.patients",
    "The body is a routine monthly statement, but the attached sheet lists eight patients with names, nationality, date of birth, department and outstanding balances, sent to an outside agency.",
    "Miyashita", "attachment", MIYASHITA,
    ["Accounts <accounts@asiabridge-medical.example.com>"],
    "Monthly statement – April 2025 (AsiaBridge Medical Travel)",
    """
Dear AsiaBridge accounts team,

Please find attached the monthly statement for patients referred through your
agency in April 2025. Three accounts are overdue by more than 30 days; we would
appreciate it if you could follow up with them before 20 May.

Total outstanding: JPY 6,418,900.

Thank you for your continued cooperation.

Best regards,
""" + SIG_MIYASHITA,
    attachments=[att("Statement_AsiaBridge_2025-04.xlsx", XLSX, """
[April 2025]
Patient	Nationality	DOB	Department	Invoice	Billed (JPY)	Paid (JPY)	Outstanding (JPY)
ZHANG Lei	China	1967-09-14	Orthopaedics	TU-25-04-0112	2,140,000	2,140,000	0
NGUYEN Thi Mai	Vietnam	1988-01-30	Obstetrics	TU-25-04-0129	680,000	0	680,000
ABDULLAH Farid	Malaysia	1954-06-02	Cardiology	TU-25-04-0133	3,920,000	1,500,000	2,420,000
SANTOS Maria	Philippines	1972-11-19	Oncology	TU-25-04-0147	1,860,000	0	1,860,000
PETROV Ivan	Russia	1980-03-08	Neurosurgery	TU-25-04-0150	4,300,000	4,300,000	0
LIU Ying	China	1995-12-25	Dermatology	TU-25-04-0161	98,900	0	98,900
KHAN Imran	Pakistan	1963-07-11	Nephrology	TU-25-04-0172	1,360,000	0	1,360,000
TANAKA Ken (US)	USA	1990-05-05	Emergency	TU-25-04-0188	312,000	312,000	0
""")],
    personal=[("name", "NGUYEN Thi Mai"), ("birthdate", "1954-06-02"), ("name", "ABDULLAH Farid"),
              ("debt", "2,420,000"), ("name", "SANTOS Maria")],
))

MAILS.append(M(
    "hold", "id.card",
    "The body only asks to check a form, but the attached deposit authorisation contains a full card number, expiry and cardholder name, sent to an outside coordinator.",
    "Miyashita", "attachment", MIYASHITA,
    ["Coordinator Desk <desk@gulfcare-coord.example.ae>"],
    "Deposit authorisation form – please confirm before admission",
    """
Dear GulfCare coordinator desk,

Attached is the completed deposit authorisation form for your client's admission
on 9 June. Could you please ask the cardholder to confirm the details and sign
page 2? We need the signed copy by 6 June.

The deposit amount is JPY 1,500,000. The final bill will be settled at discharge.

Best regards,
""" + SIG_MIYASHITA,
    attachments=[att("Deposit_Authorisation_TU-ADM-25-0609.pdf", PDF, """
TOTO UNIVERSITY HOSPITAL - CREDIT CARD DEPOSIT AUTHORISATION
Admission ref.: TU-ADM-25-0609
Patient: Mr. Khalid AL-MANSOORI
Cardholder: KHALID AL MANSOORI
Card type: JCB
Card number: 3562 7888 6793 6522
Expiry: 07/28
Amount authorised: JPY 1,500,000
Signature: ____________________  Date: __________
""")],
    personal=[("card", "3562 7888 6793 6522"), ("name", "Mr. Khalid AL-MANSOORI"), ("name", "KHALID AL MANSOORI")],
))

MAILS.append(M(
    "hold", "sensitive.health",
    "The body only asks for an interpreter, but the forwarded referral letter below names the patient and states his HIV status and hepatitis B, sent to an interpreter agency.",
    "Okamoto", "quoted", OKAMOTO,
    ["Bookings <bookings@lingua-med.example.jp>"],
    "Fwd: Referral – Portuguese interpreter needed 3 July 10:00",
    """
Dear Lingua Med bookings,

Could you please arrange a Portuguese medical interpreter for the appointment below?

  Date: Wednesday 3 July 2025, 10:00-12:00
  Place: Toto University Hospital, Outpatient Building 2F, Infectious Diseases
  Meeting point: International Patient Center counter (1F)

The referral letter is forwarded below for background.

Thank you,
""" + SIG_OKAMOTO + """

---------- Forwarded message ----------
From: Dr. Paulo Mendes <p.mendes@clinica-sp.example.com.br>
Date: Mon, 23 Jun 2025
Subject: Referral – Mr. Rafael Costa

Dear colleagues,
I refer Mr. Rafael COSTA (41), who will be working in Tokyo for two years.
He is HIV positive, diagnosed 2019, on ART (bictegravir/emtricitabine/TAF) with
undetectable viral load. He also has chronic hepatitis B (HBeAg negative).
Please continue his ART and monitoring in Japan.
Best regards, Paulo Mendes MD
""",
    personal=[("name", "Mr. Rafael COSTA (41)"), ("diagnosis", "He is HIV positive, diagnosed 2019"),
              ("diagnosis", "chronic hepatitis B")],
))

MAILS.append(M(
    "hold", "id.residence_card",
    "The body asks an NPO to help with a form, but the patient's own message quoted below contains her residence card number and health insurance card numbers.",
    "Miyashita", "quoted", MIYASHITA,
    ["Support Desk <help@tokyo-migrant-support.example.org>"],
    "Fwd: High-cost medical expense application – help needed",
    """
Dear Support Desk,

One of our patients has asked for help with the application for the High-Cost
Medical Expense Benefit (kogaku ryoyohi) at her ward office. She is not confident
with Japanese forms. Could one of your volunteers accompany her next week?

Her message with the details is below.

Best regards,
""" + SIG_MIYASHITA + """

> From: Ana Ramos <ana.ramos.tokyo@gmail.com>
> Sent: 4 September 2025 19:22
> To: intl-billing@toto-u-hosp.example.jp
> Subject: Re: documents for the application
>
> Hello Mr. Miyashita,
> Here is the information you asked for:
> Residence card no.: UH48213977EA
> National Health Insurance: 記号 文京 番号 0012345
> Address: 9-4-2 Koishikawa, Bunkyo-ku, Tokyo
> I am free on Tuesday and Thursday mornings.
> Ana Ramos
""",
    personal=[("residence_card", "UH48213977EA"), ("health_insurance", "記号 文京 番号 0012345"),
              ("name", "Ana Ramos"), ("address", "9-4-2 Koishikawa, Bunkyo-ku, Tokyo")],
))

MAILS.append(M(
    "hold", "sensitive.health",
    "The body is neutral, but the subject line carries the patient's name and her diagnosis (metastatic breast cancer), sent to another hospital.",
    "Miura", "subject", MIURA,
    ["Bed Management <bed-mgmt@yotsuya-palliative.example.jp>"],
    "Transfer request – Ms. Ana Souza (metastatic breast cancer) – palliative bed availability",
    """
Dear Bed Management team,

We would like to ask about the availability of a palliative care bed for the
patient in the subject line, ideally from the week of 14 July.

She and her husband speak English and Portuguese; our coordinator can arrange
an interpreter for the first meeting. Her husband would like to visit your unit
beforehand, if that is possible.

The referral letter and imaging will be sent through the regional medical
network once you confirm that a bed may be available.

Kind regards,
""" + SIG_MIURA,
    personal=[("name", "Ms. Ana Souza"), ("diagnosis", "metastatic breast cancer")],
))

MAILS.append(M(
    "hold", "attachment.encrypted_zip",
    "国内の提携病院へ診療情報をパスワード付きZIP（PPAP）で送っている。",
    "Okamoto", "zip", OKAMOTO,
    ["地域医療連携室 <renkei@minato-kyosai-hp.example.jp>"],
    "診療情報提供書等の送付（外国籍患者様 転院の件）",
    """
港共済病院
地域医療連携室 ご担当者様

いつもお世話になっております。東都大学病院 国際診療センターの岡本です。
先日お電話でご相談した転院の件、診療情報提供書・検査データ一式を
ZIPファイルにてお送りします。

パスワードは別途、電話にてお伝えいたします。
ご確認のほど、よろしくお願いいたします。
""" + SIG_OKAMOTO,
    attachments=[zip_enc("診療情報一式_転院_20250715.zip")],
))

MAILS.append(M(
    "hold", "recipients.visible_outside",
    "Invitation to a network meeting sent with 12 outside addresses (embassies, agencies, insurers) visible in To/Cc. It should have gone out as BCC.",
    "Okamoto", "recipients", OKAMOTO,
    ["Consular Section <consular@embassy-ph.example.org>", "Health Attaché <health@embassy-vn.example.org>",
     "Medical Liaison <medical@embassy-ae.example.org>", "Global Assist Case Management <cases@globalassist.example.com>",
     "GulfCare Coordinator Desk <desk@gulfcare-coord.example.ae>", "AsiaBridge Medical Travel <info@asiabridge-medical.example.com>", "Lingua Med Bookings <bookings@lingua-med.example.jp>",
     "Tokyo Migrant Support Desk <help@tokyo-migrant-support.example.org>", "Pacific Health Claims <claims@pacific-health-ins.example.com>"],
    "Invitation: International Patient Support Network meeting, 18 September",
    """
Dear colleagues,

We are pleased to invite you to the autumn meeting of the International Patient
Support Network, hosted by the International Patient Center of Toto University Hospital.

  Date: Thursday 18 September 2025, 15:00-17:00 JST
  Venue: Toto University Hospital, Clinical Research Building, Seminar Room 3
         (online participation via Teams also available)
  Agenda:
    1. Update on medical stay visas and guarantor procedures
    2. Interpreter booking: lessons learned
    3. Insurance pre-authorisation turnaround times
    4. Open discussion

No patient cases will be discussed. Please reply by 5 September to let us know
whether you will attend in person or online.

Kind regards,
""" + SIG_OKAMOTO,
    cc=["Dr. Sri Wahyuni <s.wahyuni@jakarta-medika.example.co.id>", "International Office <intl@bangkok-care.example.co.th>",
        "Referral Desk <referrals@sgmedical.example.com.sg>", MIURA],
))

# ---------------------------------------------------------------- passes
MAILS.append(M(
    "pass", "benign.corporate_swift",
    "Deposit instructions with the hospital's own corporate bank account and SWIFT code; the patient is referred to only by the agency's case number.",
    "Miyashita", None, MIYASHITA,
    ["Case Management <cases@globalassist.example.com>"],
    "Deposit instructions for your case GA-C-25-3381",
    """
Dear Case Management team,

Thank you for your GOP for case GA-C-25-3381. For the portion not covered by the
policy (private room supplement), please arrange payment to the account below.

  Beneficiary: Toto University Hospital (National University Corporation Toto University)
  Bank: MUFG Bank, Ltd., Hongo Branch
  Account no.: 0987654 (ordinary)
  SWIFT: BOTKJPJT
  Reference: GA-C-25-3381 / TU invoice TU-25-06-0420
  Amount: JPY 264,000

Please note that we do not accept card payments by e-mail. If the family prefers to
pay by card, they can do so at the cashier (1F) on discharge.

Best regards,
""" + SIG_MIYASHITA,
))

MAILS.append(M(
    "pass", "benign.visiting_restrictions",
    "General visiting-restriction notice to liaison offices (sent BCC). It mentions infection control but names no patient.",
    "Okamoto", None, OKAMOTO,
    ["International Patient Center <intl-coord@toto-u-hosp.example.jp>"],
    "Temporary visiting restrictions from 20 January",
    """
Dear liaison officers and coordinators,
(This message is sent to all partners by BCC.)

Because of the rise in influenza and COVID-19 infections in Tokyo, Toto University
Hospital will tighten its visiting rules from Monday 20 January until further notice.

  - Visits are limited to 15 minutes, one visitor per patient per day, 14:00-17:00.
  - Visitors under 15 years of age are not allowed on inpatient wards.
  - Visitors with fever or respiratory symptoms must not enter the hospital.
  - Exceptions (end-of-life care, paediatric wards, interpreter support) are decided
    by the ward manager. Please contact our office in advance.

Please share this with families who plan to visit. A leaflet in English, Chinese,
Vietnamese and Arabic is available on our website.

Kind regards,
""" + SIG_OKAMOTO,
    bcc=["Embassy of the Philippines, Consular Section <consular@embassy-ph.example.org>", "Embassy of Viet Nam, Health Attaché <health@embassy-vn.example.org>", "UAE Embassy Medical Liaison <medical@embassy-ae.example.org>",
         "Global Assist Case Management <cases@globalassist.example.com>", "GulfCare Coordinator Desk <desk@gulfcare-coord.example.ae>", "AsiaBridge Medical Travel <info@asiabridge-medical.example.com>",
         "Lingua Med Bookings <bookings@lingua-med.example.jp>", "Tokyo Migrant Support Desk <help@tokyo-migrant-support.example.org>"],
))

MAILS.append(M(
    "pass", "benign.vaccination_schedule",
    "海外赴任前のワクチン接種スケジュールの案内。対象人数と接種日程の集計だけで、個人名や健康情報はない。",
    "Okamoto", None, OKAMOTO,
    ["人事部 海外人事グループ <global-hr@daiwa-kogyo.example.co.jp>"],
    "海外赴任前ワクチン接種（トラベルクリニック）の日程について",
    """
大和工業株式会社
人事部 海外人事グループ 御中

いつもお世話になっております。東都大学病院 国際診療センターの岡本です。
10月以降に東南アジアへ赴任予定の社員の皆さま（12名様）のワクチン接種について、
トラベルクリニックの枠を下記のとおり確保いたしました。

　接種日　　　　内容　　　　　　　　　　　　枠
　9月6日（土）　A型肝炎①・B型肝炎①・破傷風　12名
　10月4日（土）　A型肝炎②・B型肝炎②・狂犬病①　12名
　10月11日（土）狂犬病②　　　　　　　　　　12名
　10月25日（土）狂犬病③・日本脳炎（希望者）　12名

お一人ずつの予約は、社員の方がご自身でWeb予約フォームからお申込みください。
問診票は当日記入いただきますので、事前に名簿をお送りいただく必要はありません。
費用は1回あたり約15,000〜25,000円で、御社への一括請求とします。
""" + SIG_OKAMOTO,
))

MAILS.append(M(
    "pass", "benign.genome_policy",
    "Explains the hospital's genomic testing policy and consent process to a partner hospital; no patient and no result is mentioned.",
    "Miura", None, MIURA,
    ["International Office <intl@bangkok-care.example.co.th>"],
    "Re: Our policy on genomic testing for international patients",
    """
Dear Khun Siriporn,

Thank you for your question about genomic testing for patients you refer to us.
Our current policy is as follows:

  1. Germline tests (e.g. hereditary cancer panels) are ordered only after
     pre-test counselling by a certified genetic counsellor, with written consent.
  2. Results are disclosed to the patient in person first. We send results to the
     referring physician only with the patient's separate written consent.
  3. Tumour (somatic) panel testing under the national insurance scheme is not
     available to patients who are not enrolled in Japanese health insurance; the
     self-pay price is about JPY 560,000.
  4. Incidental findings are handled according to the patient's stated preference.

I attach the English version of our consent form for your reference.

With best wishes,
""" + SIG_MIURA,
    attachments=[att("Genomic_Testing_Consent_EN_v3.pdf", PDF, """
TOTO UNIVERSITY HOSPITAL - CONSENT FOR GERMLINE GENETIC TESTING (v3, 2025)
Purpose of the test / Possible results / Implications for relatives /
Handling of incidental findings / Storage of samples / Withdrawal of consent
Patient name: ______________  Signature: ______________  Date: ________
""")],
))

MAILS.append(M(
    "pass", "benign.data_subject",
    "Appointment confirmation sent to the patient himself, with his own patient ID and clinic. No third party receives it.",
    "Okamoto", None, OKAMOTO,
    ["Jonathan Price <jon.price.uk@example.com>"],
    "Your follow-up appointment on 24 June (Cardiology)",
    """
Dear Mr. Price,

I hope you are recovering well at home. This is to confirm your follow-up appointment:

  Date and time: Tuesday 24 June 2025, 10:30
  Clinic: Cardiology Outpatient Clinic, Building A, 3rd floor, Block 3C
  Doctor: Dr. Hiroshi Nakata
  Patient ID: 0047-21893

Please come to the International Patient Center (1st floor) at 10:00 so that we
can help you with registration. Bring your medicines and your blood-pressure diary.
A blood test is planned, so please do not eat breakfast after 8:00.

If you need to change the appointment, please reply to this e-mail.

Kind regards,
""" + SIG_OKAMOTO,
))

MAILS.append(M(
    "pass", "benign.successor",
    "Introduction of a new coordinator to partner agencies, with names and signatures only. Sent to two addresses.",
    "Miura", None, MIURA,
    ["Info <info@asiabridge-medical.example.com>", "Desk <desk@gulfcare-coord.example.ae>"],
    "Introducing our new medical coordinator, Mr. Ryo Hasegawa",
    """
Dear partners,

I am pleased to introduce Mr. Ryo Hasegawa, who joins our International Patient
Center on 1 October as a medical coordinator for Arabic- and English-speaking patients.
Ryo previously worked for six years at a hospital in Dubai and at a Japanese
trading company, and he holds the national certification for medical interpreters.

From October, Ryo will be your first contact for new referrals from the Gulf region,
while Naomi Okamoto will continue to handle referrals from East and Southeast Asia.

  Ryo Hasegawa: r.hasegawa@toto-u-hosp.example.jp / +81-3-0000-4112

We look forward to continuing our work together.

Warm regards,
""" + SIG_MIURA,
    cc=["Ryo Hasegawa <r.hasegawa@toto-u-hosp.example.jp>", OKAMOTO],
))

MAILS.append(M(
    "pass", "benign.condolence",
    "Letter of condolence to the family of a deceased patient. It expresses sympathy and offers help with paperwork; it states no diagnosis or cause of death.",
    "Miura", None, MIURA,
    ["Fatima Al-Sayed <fatima.alsayed@example.com>"],
    "With our deepest sympathy",
    """
Dear Mrs. Al-Sayed,

On behalf of all the staff who cared for your father, I would like to express our
deepest sympathy. It was a privilege to know him during his stay with us. The nurses
on Ward 9W often spoke of his kindness and of the stories he told about his garden.

Our office will be glad to help with any paperwork you may need, such as documents
for the embassy or for the insurer. Please do not hesitate to contact Ms. Okamoto
when the time is right for you; there is no hurry.

With heartfelt condolences,
""" + SIG_MIURA,
))

MAILS.append(M(
    "pass", "benign.meeting_chain",
    "A long reply chain with a partner hospital about signing an MoU. Names, titles and heavy signatures of partner staff only.",
    "Miura", None, MIURA,
    ["Dr. Lim Wei Ling <lim.weiling@sgmedical.example.com.sg>", "Ms. Priya Nair <priya.nair@sgmedical.example.com.sg>"],
    "Re: Re: Re: MoU signing ceremony – date and programme",
    """
Dear Dr. Lim, dear Priya,

Thank you both. We are happy to confirm 12 November, 10:00 (Tokyo) for the signing
ceremony, with your delegation joining in person and our President signing in the
Main Conference Room. We will arrange a short hospital tour afterwards (robotic
surgery centre and the International Patient Center), followed by lunch.

Our protocol office will send the draft programme by the end of this week.
""" + SIG_MIURA + """

On Mon, 20 Oct 2025 at 09:12, Priya Nair wrote:
> Dear Dr. Miura,
> Dr. Lim and our CEO, Mr. Tan, will travel to Tokyo on 11 November and can attend
> on the morning of the 12th. We will be a delegation of four.
> Best regards,
> Priya
> --
> Priya Nair | Manager, International Partnerships
> SG Medical Group Pte. Ltd.
> 9 Orchard Boulevard, #09-09, Singapore 000009
> T +65 0000 1234 | M +65 0000 5678
>
> On Fri, 17 Oct 2025 at 16:45, Dr. Lim Wei Ling wrote:
>> Dear Reiko,
>> It was lovely to catch up at the APHM conference. As discussed, we would like
>> to sign the MoU on clinical training and patient referrals in November.
>> Would 12 or 13 November suit your President?
>> Warm regards, Wei Ling
>> Dr. Lim Wei Ling, MBBS, MMed | Chief Medical Officer, SG Medical Group
""",
))

MAILS.append(M(
    "pass", "benign.public_figure",
    "Protocol arrangements for an official visit by a foreign health minister (a public figure) and embassy staff. No private or health data.",
    "Miura", None, MIURA,
    ["Protocol Officer <protocol@embassy-vn.example.org>"],
    "Visit of H.E. the Minister of Health – programme on 3 December",
    """
Dear Mr. Tran,

Thank you for confirming the visit of H.E. Dr. Dao Minh Quang, Minister of Health,
to Toto University Hospital on Wednesday 3 December. Our proposed programme:

  14:00 Arrival at the main entrance; welcome by the Hospital Director
  14:10 Briefing on medical interpreter training (Conference Room 1)
  14:40 Tour of the International Patient Center and the emergency department
  15:20 Meeting with Vietnamese nursing trainees (EPA programme)
  15:50 Press photo; departure

Photography is not permitted inside clinical areas, so that patients are not filmed.
Could you please send us the names of the delegation members and the press
accompanying the Minister by 24 November for security registration?

With best regards,
""" + SIG_MIURA,
))

MAILS.append(M(
    "pass", "benign.invoice_numbers_masked",
    "Payment reconciliation with an insurer: claim references, invoice numbers and a masked corporate card number. One claim reference happens to pass the My Number check digit but is not a personal number.",
    "Miyashita", None, MIYASHITA,
    ["Claims Settlement <claims@pacific-health-ins.example.com>"],
    "Payment reconciliation – remittance of 2 October",
    """
Dear Claims Settlement team,

Thank you for your remittance of JPY 2,866,500 on 2 October. We have matched it as follows:

  Your claim ref.   Our invoice       Amount (JPY)   Status
  420511623641      TU-25-08-0233     1,204,000      settled
  420511623658      TU-25-08-0241       972,500      settled
  420511623702      TU-25-09-0017       690,000      settled
  420511623719      TU-25-09-0052       488,000      open (not included in remittance)

For claim 420511623719, could you let us know the expected payment date?

The processing fee for the earlier card payment (corporate card **** **** **** 0044)
has been refunded to the same card.

Best regards,
""" + SIG_MIYASHITA,
))
