"""(E) Horizon Study Abroad Centre (株式会社ホライズン留学センター) — mails in English. 20 mails."""
from common import mail, att, enc_zip, XLSX, DOCX, PDF, CSV

D = "horizon-ryugaku.example.jp"
RENA = f"Rena Morimoto <r.morimoto@{D}>"
DANIEL = f"Daniel Whitfield <d.whitfield@{D}>"
TAKUMI = f"Takumi Ishikawa <t.ishikawa@{D}>"

SIG_RENA = """
Kind regards,

Rena Morimoto (森本 玲奈)
Senior Study Abroad Counsellor
Horizon Study Abroad Centre Co., Ltd.
7F Shibuya Minami Bldg, 2-15-1 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan
Tel +81-3-6418-7720 | r.morimoto@horizon-ryugaku.example.jp
Office hours: Mon-Sat 10:00-19:00 JST"""

SIG_DANIEL = """
Best,
Daniel

--
Daniel Whitfield
Partnerships Manager | Horizon Study Abroad Centre
Tokyo | Osaka | Fukuoka
T: +81-3-6418-7725  M: +81-80-4471-2290
W: www.horizon-ryugaku.example.jp
This e-mail and any attachments are confidential and intended only for the addressee.
If you have received it in error, please notify the sender and delete it."""

SIG_TAKUMI = """
Regards,
Takumi Ishikawa
Admissions & Visa Coordinator
Horizon Study Abroad Centre Co., Ltd. | 株式会社ホライズン留学センター
+81-3-6418-7731"""

MAILS = []

# ---------------------------------------------------------------- holds
MAILS.append(mail(
    "E-h1", "hold", "id.passport",
    "Student's passport number, date of birth and expiry written in the body to a language school.",
    "takumi", "body", TAKUMI,
    ["Maple Leaf Language Institute Admissions <admissions@mapleleaf-li.example.com>"],
    "Enrolment – Ms Haruka Nishida, General English 24 weeks from 5 Jan",
    """Dear Admissions Team,

I hope this finds you well.
Please find below the details for a new enrolment from our Tokyo office. The student has paid the
deposit and we would be grateful if you could issue the Letter of Acceptance this week, as she needs
it for her study permit application.

Student: NISHIDA Haruka (Ms)
Date of birth: 14 August 2003
Nationality: Japanese
Passport no.: TK6021874 (issued 02 Jun 2022, expires 02 Jun 2032)
Programme: General English, 24 weeks, start 5 January 2026
Accommodation: Homestay, single room, 2 meals on weekdays / 3 meals on weekends
Arrival: 3 January 2026, AC004 from Tokyo Narita (arr. YVR 09:15)

Please send the LOA and the invoice to me (cc our accounts team).
Thank you in advance.
""" + SIG_TAKUMI,
    personal=[("name", "NISHIDA Haruka"), ("birthdate", "14 August 2003"),
              ("passport", "TK6021874")]))

MAILS.append(mail(
    "E-h2", "hold", "sensitive.health",
    "Body is a cover note. The attached health declaration names the student and gives an eating disorder, anxiety and medication.",
    "rena", "attachment", RENA,
    ["Kiwi Homestay Network – Auckland <placements@kiwihomestay.example.com>"],
    "Homestay placement – student health form (arriving 18 Nov)",
    """Hi Sarah,

Thanks for your quick reply yesterday.
As requested, I've attached the completed health declaration form so that you can choose a suitable host
family. The student and her parents have read and signed it.

Could you let me know the host family details by 7 November if possible?

Many thanks,
""" + SIG_RENA,
    attachments=[att("Health_Declaration_Form_SUZUKI_Mei.pdf", PDF,
        """KIWI HOMESTAY NETWORK – STUDENT HEALTH DECLARATION

Student name: SUZUKI Mei
Date of birth: 09/03/2008 (age 17)
School: Auckland Grammar Language Centre, High School Pathway
Home address (Japan): 3-8-14 Kichijoji Honcho, Musashino-shi, Tokyo

1. Do you have any ongoing medical conditions?  YES
   Anorexia nervosa (diagnosed 2023), currently in recovery. Weight is monitored monthly.
   Generalised anxiety disorder.
2. Current medication:
   Sertraline 50 mg, once daily (morning)
3. Dietary requirements:
   Needs regular meals; please do not comment on her eating or body shape.
   No diet foods. Host family should inform the school if she skips two or more meals.
4. Doctor in Japan: Dr K. Fujimoto, Kichijoji Kokoro Clinic
5. Emergency contact: SUZUKI Takeshi (father) +81-90-3345-1187

Signed: Suzuki Mei / Suzuki Takeshi     Date: 20/10/2025
"""),],
    personal=[("name", "SUZUKI Mei"), ("birthdate", "09/03/2008"),
              ("diagnosis", "Anorexia nervosa"), ("diagnosis", "Generalised anxiety disorder"),
              ("medication", "Sertraline 50 mg"), ("phone", "+81-90-3345-1187")]))

MAILS.append(mail(
    "E-h3", "hold", "sensitive.health",
    "Daniel's note is harmless; the forwarded Japanese mail from the mother names the student and mentions ADHD, medication and school refusal.",
    "daniel", "quoted", DANIEL,
    ["Ridgeview Academy – International Office <intl@ridgeview-academy.example.org>"],
    "Fwd: Kenta Sugawara – message from his mother",
    """Hi Jennifer,

As discussed on our call, I'm forwarding Mrs Sugawara's message below, unedited.
It's in Japanese – my colleague Rena will send you an English summary tomorrow morning.
In short, the family would like to talk about support options before Kenta's start in January.

Talk soon,
""" + SIG_DANIEL + """

---------- Forwarded message ---------
From: 菅原 由紀 <yuki.sugawara.0412@gmail.com>
Date: Tue, 21 Oct 2025 at 22:48
Subject: 健太の留学について
To: Daniel Whitfield <d.whitfield@horizon-ryugaku.example.jp>

ホイットフィールド様
（森本様にもご共有ください）

いつもありがとうございます。菅原健太の母です。
入学前にお伝えしておくべきか迷いましたが、やはりお話ししておきます。

健太は小学4年生のときにADHD（注意欠如・多動症）と診断されており、
現在もコンサータ 27mg を毎朝服用しています。
中学2年の秋から半年ほど不登校の時期があり、その後は通級指導を受けながら登校しています。

寮生活で薬の管理をどうすればよいか、学校に相談できる先生がいらっしゃるかを知りたいです。
どうぞよろしくお願いいたします。

菅原 由紀
""",
    personal=[("name", "菅原健太"), ("diagnosis", "ADHD（注意欠如・多動症）"),
              ("medication", "コンサータ 27mg"), ("history", "半年ほど不登校の時期")]))

MAILS.append(mail(
    "E-h4", "hold", "sensitive.health",
    "Body only asks about the guarantee of payment; the subject carries the student's name, date of birth and diagnosis (acute appendicitis).",
    "rena", "subject", RENA,
    ["Global Care Assist – Claims <claims@globalcare-assist.example.com>"],
    "Yuto Kawabata (DOB 14/03/2006) – admitted with acute appendicitis, Brisbane",
    """Dear Assistance Team,

Following my phone call with your Tokyo desk this morning (ref. GCA-TKY-55817),
could you please confirm that the guarantee of payment has been sent to the hospital?
The hospital's billing office told the homestay mother they had not received it yet.

I would appreciate a reply by the end of today, Brisbane time.
""" + SIG_RENA,
    personal=[("name", "Yuto Kawabata"), ("birthdate", "14/03/2006"),
              ("diagnosis", "acute appendicitis")]))

MAILS.append(mail(
    "E-h5", "hold", "attachment.encrypted_zip",
    "Visa documents for several students sent as a password-protected zip (PPAP).",
    "takumi", "zip", TAKUMI,
    ["Southern Cross Education Agents – Melbourne <docs@southerncross-ea.example.com.au>"],
    "CoE documents – October batch (4 students)",
    """Hi Liam,

Please find attached the documents for the October batch (4 students) for your final check before
lodgement. The zip file is password protected – I'll send the password in a separate email.

One of the students is still waiting for her bank statement; I'll forward it once it arrives.

Thanks as always,
""" + SIG_TAKUMI,
    attachments=[enc_zip("CoE_docs_Oct2025_batch.zip")]))

_e6_to = [
    "Maple Leaf Language Institute <partners@mapleleaf-li.example.com>",
    "Ridgeview Academy <intl@ridgeview-academy.example.org>",
    "Auckland Grammar Language Centre <agents@aglc.example.co.nz>",
    "Brisbane Bay English College <marketing@bbec.example.com.au>",
    "Dublin Liberties School of English <agents@libertiesenglish.example.ie>",
    "Cambridge Fens College <international@fenscollege.example.ac.uk>",
    "Pacific Rim University – Global Admissions <global@pacificrim-u.example.edu>",
    "Sunshine Coast High Schools Program <isp@scqhs.example.edu.au>",
    "Vancouver Island Language Academy <info@vila.example.ca>",
    "Malta Blue Lagoon English <agents@bluelagoon-english.example.com.mt>",
    "Cebu Ocean English Academy <sales@cebu-ocean.example.ph>",
    "Southern Cross Education Agents <partners@southerncross-ea.example.com.au>",
    "Seattle Harbor College <intl-recruit@seattleharbor.example.edu>",
]
MAILS.append(mail(
    "E-h6", "hold", "recipients.over_ten",
    "Thirteen partner schools from different organisations visible in To: (should have been BCC).",
    "daniel", "recipients", DANIEL, _e6_to,
    "Horizon autumn update & 2026 Japan fair dates",
    """Dear partners,

Greetings from a surprisingly warm Tokyo!

A quick autumn update from all of us at Horizon:

* Enquiries for 2026 are up about 18% on last year, driven mainly by short-term programmes
  (4–12 weeks) and high school exchange.
* We've opened a small counselling desk in Fukuoka (from 1 November).
* Our 2026 study abroad fairs are confirmed:
    - Tokyo: Sat 14 Feb & Sun 15 Feb (Shibuya)
    - Osaka: Sat 21 Feb (Umeda)
    - Fukuoka: Sun 1 March (Tenjin)

Booth registration opens on 10 November. Please reply to this email if you'd like to secure a table;
early-bird pricing applies until 30 November.

Looking forward to seeing many of you in February.
""" + SIG_DANIEL))

MAILS.append(mail(
    "E-h7", "hold", "list.roster",
    "Text table of eight students with dates of birth, mobile numbers, flights and homestay addresses sent to a transfer company.",
    "rena", "body", RENA,
    ["Harbour City Transfers – Bookings <bookings@harbourcity-transfers.example.com.au>"],
    "Airport pick-up request – Horizon group, 29 Nov (SYD)",
    """Hello,

Please arrange airport pick-ups for our winter group arriving in Sydney on Saturday 29 November.
All students are booked on JL 771 (NRT–SYD), scheduled to arrive at 07:50, Terminal 1.

Name | DOB | Mobile (roaming) | Drop-off address (homestay)
Aoi TAKAHASHI | 02/05/2007 | +81-80-5521-3390 | 14 Beach St, Coogee NSW 2034
Sota NAKAMURA | 19/11/2006 | +81-90-7784-1026 | 3/22 Arden St, Clovelly NSW 2031
Rin KOBAYASHI | 27/07/2007 | +81-70-2245-8810 | 58 Bronte Rd, Bondi Junction NSW 2022
Kaito YAMAMOTO | 08/01/2006 | +81-80-3316-4472 | 7 Darley Rd, Randwick NSW 2031
Mio INOUE | 15/09/2007 | +81-90-1128-5563 | 41 Carrington Rd, Randwick NSW 2031
Hinata SATO | 30/03/2006 | +81-70-6609-2214 | 12/9 Wolseley Rd, Coogee NSW 2034
Riku WATANABE | 11/12/2006 | +81-80-4402-7751 | 26 Macpherson St, Waverley NSW 2024
Yui KATO | 04/06/2007 | +81-90-8835-6147 | 5 Alison Rd, Kensington NSW 2033

Three of the students are under 18, so the driver must hand them over to the host family in person.
Please send the driver's name and vehicle details the day before.

Thank you!
""" + SIG_RENA,
    personal=[("name", "Aoi TAKAHASHI"), ("birthdate", "02/05/2007"), ("phone", "+81-80-5521-3390"),
              ("address", "14 Beach St, Coogee NSW 2034"), ("name", "Yui KATO"),
              ("address", "5 Alison Rd, Kensington NSW 2033")]))

MAILS.append(mail(
    "E-h8", "hold", "id.card",
    "Body is harmless; the attached card authorisation form carries a parent's full card number (Luhn-valid), expiry and CVV.",
    "takumi", "attachment", TAKUMI,
    ["Cambridge Fens College – Finance <finance@fenscollege.example.ac.uk>"],
    "Payment authorisation – tuition balance, student ref. CFC-26-0418",
    """Dear Finance Team,

Please find attached the signed card payment authorisation form for the tuition balance of
student ref. CFC-26-0418 (Summer Programme 2026).
The parent asked us to pass it on as they were unable to use your online payment page.

Please let me know once the payment has gone through, so that I can confirm with the family.
""" + SIG_TAKUMI,
    attachments=[att("Card_Payment_Authorisation_CFC-26-0418.docx", DOCX,
        """CAMBRIDGE FENS COLLEGE – CARD PAYMENT AUTHORISATION

Student reference: CFC-26-0418
Student name: OGAWA Sakura
Amount (GBP): 4,860.00
Card type: Mastercard
Card number: 5240 3094 7625 8177
Expiry date: 11/29
CVV: 418
Cardholder name: OGAWA MASARU
Billing address: 2-7-31 Hiyoshi, Kohoku-ku, Yokohama 223-0061, Japan
Signature: M. Ogawa    Date: 24 Oct 2025
"""),],
    personal=[("card", "5240 3094 7625 8177"), ("name", "OGAWA MASARU"),
              ("address", "2-7-31 Hiyoshi, Kohoku-ku, Yokohama 223-0061, Japan")]))

MAILS.append(mail(
    "E-h9", "hold", "sensitive.criminal",
    "Student's juvenile court proceedings (probation) described by name to a migration agent for the character requirement.",
    "takumi", "body", TAKUMI,
    ["Bridgewater Migration – Perth <visas@bridgewater-migration.example.com.au>"],
    "Character question – student visa application (Mr Ren Ota)",
    """Dear Ms Chen,

Thank you for taking my call on Friday.
As promised, here is the background for Mr Ren Ota (DOB 30 July 2005), who will apply for a
subclass 500 student visa for the Diploma of Hospitality at Perth Riverside College (start April 2026).

When he was 16, Mr Ota was involved in a group assault case and was referred to the Yokohama Family Court.
In March 2022 the court placed him on probation (hogo kansatsu) for one year, which he completed without
any further incident. There was no criminal conviction as an adult.

The visa application asks whether the applicant has "ever been charged with any offence".
Could you advise:
1. whether a juvenile protective disposition should be declared under this question, and
2. whether he should obtain a Japanese police certificate in advance?

He and his parents are happy to provide any documents you need.
""" + SIG_TAKUMI,
    personal=[("name", "Ren Ota"), ("birthdate", "30 July 2005"),
              ("criminal", "referred to the Yokohama Family Court"),
              ("criminal", "placed him on probation")]))

MAILS.append(mail(
    "E-h10", "hold", "personal.resume",
    "A student's full CV (home address, mobile, date of birth, personal e-mail) pasted into a mail to an internship host company.",
    "daniel", "body", DANIEL,
    ["Liffey Digital – Talent <talent@liffeydigital.example.ie>"],
    "Internship candidate for your marketing team – CV below",
    """Hi Aoife,

Great to meet you at the Dublin partner event last month.
As promised, here's a candidate for the 12-week marketing internship (start March 2026).
I've pasted her CV below as your portal wasn't accepting attachments this morning.

-----------------------------------------
MISAKI HONDA
Address: 4-19-6 Nishi-Ogikubo, Suginami-ku, Tokyo 167-0042, Japan
Mobile: +81-90-6627-3815
Email: misaki.honda.work@gmail.com
Date of birth: 22 November 2002

EDUCATION
Rikkyo-Hill University (Tokyo), BA in Media Studies, expected March 2026 (GPA 3.6/4.0)
Exchange semester: University of Leeds, Sep 2024 – Jan 2025

EXPERIENCE
Social media assistant (part-time), Kumo Coffee Roasters, Tokyo, 2023–present
 – grew Instagram following from 3,000 to 21,000
Volunteer interpreter, Tokyo Marathon 2024

SKILLS
Japanese (native), English (IELTS 7.0), Canva, Adobe Premiere, basic SQL
-----------------------------------------

She's available for a video interview any weekday after 5pm JST.
""" + SIG_DANIEL,
    personal=[("name", "MISAKI HONDA"), ("address", "4-19-6 Nishi-Ogikubo, Suginami-ku, Tokyo 167-0042, Japan"),
              ("phone", "+81-90-6627-3815"), ("email", "misaki.honda.work@gmail.com"),
              ("birthdate", "22 November 2002")]))

# ---------------------------------------------------------------- passes
MAILS.append(mail(
    "E-p1", "pass", "benign.meeting",
    "Arranging a school visit at the Tokyo office: names and long signatures of partner staff only.",
    "daniel", None, DANIEL,
    ["Brisbane Bay English College – Marketing <marketing@bbec.example.com.au>"],
    "Re: Visit to Horizon Tokyo – 12 November",
    """Hi Chloe,

Perfect, 12 November at 2pm works for us.
We'll have Rena Morimoto (senior counsellor) and Takumi Ishikawa (admissions) in the meeting,
and our Osaka manager, Kenji Tanabe, will join via Zoom.

A few things we'd love to cover:
- the new 8-week Business English + internship package
- pricing for the 2026 high school group (July)
- your homestay capacity around Southbank

Our office is a 5-minute walk from the south exit of Shibuya station; I'll meet you at reception on 7F.

> Hi Daniel,
> I'll be in Tokyo from 10 to 14 November with my colleague Matt Reid (Head of Academic Programs).
> Would Wednesday 12th in the afternoon suit?
> Chloe Bennett | Marketing Manager – North Asia
> Brisbane Bay English College | CRICOS Provider 03124K
> Level 4, 100 Edward Street, Brisbane QLD 4000 | +61 7 3211 0045
""" + SIG_DANIEL))

MAILS.append(mail(
    "E-p2", "pass", "benign.corporate_account",
    "Commission invoice with the agency's corporate bank account and SWIFT code.",
    "daniel", None, DANIEL,
    ["Maple Leaf Language Institute – Accounts <accounts@mapleleaf-li.example.com>"],
    "Commission invoice HSA-2025-0917 (Q3 enrolments)",
    """Dear Accounts Team,

Please find attached our commission invoice for Q3 2025 enrolments.

Invoice no.: HSA-2025-0917
Amount: CAD 14,382.50 (11 students, 15% of tuition)
Due date: 30 November 2025

Bank details for payment:
Beneficiary: Horizon Study Abroad Centre Co., Ltd.
Bank: Tokyo Central Bank, Shibuya Branch
Account no.: 0417283 (ordinary)
SWIFT/BIC: TCBKJPJT
Bank address: 1-2-3 Dogenzaka, Shibuya-ku, Tokyo, Japan

Please include the invoice number in the payment reference. Bank charges on the sender's side please
(OUR), as agreed in our 2024 agency agreement.
""" + SIG_DANIEL,
    attachments=[att("HSA-2025-0917.pdf", PDF,
        """INVOICE HSA-2025-0917
Horizon Study Abroad Centre Co., Ltd. – Corporate No. 2729459906018
Bill to: Maple Leaf Language Institute, Vancouver BC
Q3 2025 commission – 11 enrolments (list of student reference numbers: MLI-25-3310 to MLI-25-3320)
Total: CAD 14,382.50
Beneficiary: Horizon Study Abroad Centre Co., Ltd. / Tokyo Central Bank, Shibuya Branch / 0417283 / SWIFT TCBKJPJT
""")]))

MAILS.append(mail(
    "E-p3", "pass", "benign.masked_card",
    "Refund confirmation to a school: the card is shown masked (last four digits only).",
    "takumi", None, TAKUMI,
    ["Auckland Grammar Language Centre – Finance <finance@aglc.example.co.nz>"],
    "Re: Refund of deposit – cancelled booking AGLC-25-1187",
    """Dear Ms Patel,

Thank you for processing the refund so quickly.
I have let the family know that NZD 500.00 was refunded on 23 October to the card ending in 0764
(shown on your receipt as **** **** **** 0764). They will check their statement next week.

For our records, could you also send the updated invoice showing a zero balance?

> Dear Takumi,
> The deposit for booking AGLC-25-1187 has been refunded to the original card (Visa, **** **** **** 0764).
> Please allow 5–10 working days.
> Priya Patel | Finance Officer | AGLC
""" + SIG_TAKUMI))

MAILS.append(mail(
    "E-p4", "pass", "benign.self",
    "Offer and orientation invitation sent to the student herself, with her own student ID and date of birth to check.",
    "takumi", None, TAKUMI,
    ["Nanami Fujita <nanami.fujita.0611@gmail.com>"],
    "Your offer from Pacific Rim University & pre-departure orientation / 合格のお知らせ",
    """藤田 七海 様 / Dear Nanami,

Congratulations! Pacific Rim University has issued your offer for the Spring 2026 intake.
おめでとうございます！以下、内容をご確認ください。

Programme: Bachelor of Business (Year 1 entry with Foundation credit)
Student ID: PRU2026-55173
Name on file: FUJITA Nanami
Date of birth on file: 11 June 2006
Start: 2 March 2026

氏名のスペル・生年月日に誤りがあれば、今週中にお知らせください（パスポートと一致している必要があります）。

Pre-departure orientation / 出発前オリエンテーション
  Date: Saturday 17 January 2026, 14:00–16:30
  Place: Horizon Tokyo office (7F) or online (Zoom link will be sent on 15 Jan)
  Please bring: your passport, offer letter, and questions for current students!

We're so happy for you. See you in January.
""" + SIG_TAKUMI))

MAILS.append(mail(
    "E-p5", "pass", "benign.aggregate_health",
    "Vaccination requirements discussed for a whole cohort with counts only; no student named.",
    "rena", None, RENA,
    ["Pacific Rim University – Student Health Services <health@pacificrim-u.example.edu>"],
    "Immunization requirements for our Spring 2026 cohort",
    """Dear Student Health team,

We are preparing 26 students from Japan for the Spring 2026 intake and would like to confirm the
immunization requirements before they book appointments in Japan.

Based on the documents collected so far:
- MMR (2 doses): 21 of 26 students have records; 5 need a second dose or titer test
- Meningococcal ACWY: none have received it yet (it is not routine in Japan)
- Tuberculosis screening: all are from Japan – is a TB questionnaire enough, or is an IGRA test required?
- COVID-19: we understand this is no longer required – please confirm

Could you also confirm whether vaccination records translated and certified by a Japanese clinic
are acceptable, or whether you need the WHO "yellow card" format?

Many thanks for your help.
""" + SIG_RENA))

MAILS.append(mail(
    "E-p6", "pass", "benign.project_recipients",
    "Project mail with six visible addresses from two organisations (the agency and one school).",
    "daniel", None, DANIEL,
    ["Ridgeview Academy – Jennifer Moss <j.moss@ridgeview-academy.example.org>",
     "Ridgeview Academy – Tom Hale <t.hale@ridgeview-academy.example.org>",
     "Ridgeview Academy – Admissions <admissions@ridgeview-academy.example.org>",
     "Ridgeview Academy – Residential Life <reslife@ridgeview-academy.example.org>"],
    "Summer 2026 Japan group – planning call notes",
    """Hi all,

Thanks for the call this morning. Quick notes so we're all on the same page:

1. Dates: group arrives Sun 12 July, departs Sat 1 August 2026 (3 weeks).
2. Size: 24–30 students (age 14–17) + 2 chaperones from Horizon.
3. Programme: ESL mornings, STEM project afternoons, 2 weekend trips (Boston, Cape Cod).
4. Housing: dorm rooms in Hale House; chaperones in the staff apartment.
5. Next steps:
   - Tom: draft timetable and trip costs by 14 Nov
   - Jennifer: updated price per student (incl. insurance) by 14 Nov
   - Rena: parent information evening in Tokyo on 6 Dec
   - Takumi: visa/ESTA checklist for parents

Next call: Thursday 20 November, 8am Boston / 10pm Tokyo.
""" + SIG_DANIEL,
    cc=["Rena Morimoto <r.morimoto@horizon-ryugaku.example.jp>",
        "Takumi Ishikawa <t.ishikawa@horizon-ryugaku.example.jp>"]))

MAILS.append(mail(
    "E-p7", "pass", "benign.public_figure",
    "A public figure (Olympic medallist) and an embassy official as guest speakers at a fair; public roles only.",
    "rena", None, RENA,
    ["Dublin Liberties School of English – Events <events@libertiesenglish.example.ie>"],
    "Guest speakers at the Tokyo fair (14 Feb)",
    """Hi Ciara,

Good news for the February fair in Tokyo!

We've confirmed two guest talks on the main stage:
- 11:00  Mr Brendan Keane, Education Attaché, Embassy of Ireland in Tokyo – "Why Ireland?"
- 14:00  Ms Ayaka Morishita, Olympic bronze medallist (swimming, 2016) – talking about her year
         training and studying English in Dublin

Ms Morishita's agency has approved the use of her name and official photo in our fair flyer.
Would your school like a short slot (5 minutes) after her talk to introduce your junior programme?

Flyer deadline is 28 November.
""" + SIG_RENA))

MAILS.append(mail(
    "E-p8", "pass", "benign.plain_zip",
    "Brochure images and logo sent as an ordinary (unencrypted) zip to a print vendor.",
    "daniel", None, DANIEL,
    ["Sakura Print Works – Design <design@sakura-printworks.example.jp>"],
    "Fair brochure 2026 – image files",
    """Hi Mr Kuroda,

Attached are the image files for the 2026 fair brochure (ordinary zip, about 24 MB).

- cover_vancouver_skyline.jpg
- dublin_campus.jpg, brisbane_river.jpg, auckland_harbour.jpg
- horizon_logo_cmyk.ai, horizon_logo_white.png

All photos are stock images or school-supplied; no students appear in them.
Please use the CMYK logo for print. We'd like the first proof by 21 November if possible.
""" + SIG_DANIEL,
    attachments=[att("brochure2026_images.zip", "application/zip",
        "cover_vancouver_skyline.jpg\ndublin_campus.jpg\nbrisbane_river.jpg\nauckland_harbour.jpg\nhorizon_logo_cmyk.ai\nhorizon_logo_white.png\n")]))

MAILS.append(mail(
    "E-p9", "pass", "benign.test_card",
    "Development minutes for the online payment page: Luhn-valid public test card numbers, and 'outage', 'infection', 'quarantine' used about IT.",
    "takumi", None, TAKUMI,
    ["Nexa Web Solutions – Project team <proj-horizon@nexaweb.example.co.jp>"],
    "Minutes – payment page UAT meeting (27 Oct)",
    """Hi all,

Minutes from today's UAT meeting for the new deposit payment page.

Attendees: Nexa – Ms Ueda (PM), Mr Lin (dev); Horizon – Takumi Ishikawa, Yoko Hara (accounts)

1. Test results (staging only)
   - Visa test card 4111 1111 1111 1111 (any future expiry, CVV 123): payment OK
   - Mastercard test card 5555 5555 5555 4444: payment OK, but the receipt e-mail was not sent
   - 3-D Secure challenge page shows in English only – Japanese label needed
2. Last week's staging outage (22 Oct, approx. 40 min)
   - Cause: expired TLS certificate on the staging API, not a malware infection
   - The suspicious file flagged by the scanner on the build server was a false positive and has been
     released from quarantine
3. Open items
   - Nexa: fix receipt e-mail, add Japanese labels (by 31 Oct)
   - Horizon: final wording of the refund policy (by 31 Oct)
   - Go-live target: 10 November

Please let me know if I missed anything.
""" + SIG_TAKUMI))

MAILS.append(mail(
    "E-p10", "pass", "benign.lookalike_number",
    "Provider codes (CRICOS), ABN, course codes, invoice numbers and a courier tracking number – none of them personal identifiers.",
    "takumi", None, TAKUMI,
    ["Brisbane Bay English College – Admissions <admissions@bbec.example.com.au>"],
    "Course codes & documents for the 2026 agent agreement",
    """Dear Admissions Team,

To update our 2026 agent agreement and price list, could you please confirm the following details?

- Provider: Brisbane Bay English College Pty Ltd
- CRICOS Provider Code: 03124K
- ABN: 51 824 753 556
- Courses:
   General English – CRICOS course code 098765J
   IELTS Preparation – 098766G
   Cambridge B2 First – 101442F
- Our agent code with you: AG-JP-0417

The signed agreement (2 originals) was sent by DHL Express on 24 October,
waybill no. 7734 5529 10. It should arrive tomorrow.
Your invoice INV-BBEC-25-08841 has been paid today.
""" + SIG_TAKUMI))
