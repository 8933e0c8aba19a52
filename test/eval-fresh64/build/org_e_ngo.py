"""Org E: Bridgeway Relief International – Tokyo Office (international NGO). bl081-bl100.
All mails are written in English (a few carry Japanese lines where natural)."""
from common import mail, att, enc_zip, addr, XLSX, DOCX, PDF, CSV, ZIP

ORG = "E: Bridgeway Relief International, Tokyo Office"
D = "bridgeway-intl.example.com"

HANNAH = addr("Hannah Morrison", f"hannah.morrison@{D}")
RENA = addr("Rena Nishimura", f"rena.nishimura@{D}")
DANIEL = addr("Daniel Okafor", f"daniel.okafor@{D}")

SIG_HANNAH = """
--
Hannah Morrison (she/her)
Programme Officer – Refugee & Migrant Support
Bridgeway Relief International | Tokyo Office
3F Kanda Ogawamachi Bldg., 2-4-11 Kanda Ogawamachi, Chiyoda-ku, Tokyo 101-0052, Japan
T: +81 3 5217 4410 | M: +81 80 3391 2276
hannah.morrison@bridgeway-intl.example.com | www.bridgeway-intl.example.com
Please consider the environment before printing this email.
"""

SIG_RENA = """
Rena Nishimura 西村 玲奈
Finance & Administration Manager
Bridgeway Relief International – Tokyo Office
T: +81 3 5217 4412
rena.nishimura@bridgeway-intl.example.com
________________________________
CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the
named recipient(s) and may contain confidential information. If you have received
it in error, please notify the sender and delete it.
"""

SIG_DANIEL = """
Daniel Okafor
Partnerships & Communications Officer
Bridgeway Relief International (Tokyo)
+81 3 5217 4415 | daniel.okafor@bridgeway-intl.example.com
X: @BridgewayTokyo
"""


def mails():
    M = []

    def add(*a, **k):
        k["org"] = ORG
        M.append(mail(*a, **k))

    # bl081 P SWIFT corporate accounts
    add("bl081", "pass", "benign.corporate_account",
        "Grant transfer notice to a partner organisation. Only organisational bank accounts and SWIFT codes; no private account.",
        "Rena", None, RENA,
        [addr("Grace Wanjiru", "grace.wanjiru@amani-trust.example.com")],
        "Grant tranche 2 – transfer confirmation (BRI-KE-2024-07)",
        """Dear Grace,

I hope this finds you well. I am writing to confirm that the second tranche of the
community livelihoods grant (ref. BRI-KE-2024-07) was released from Tokyo today.

  Amount:            USD 48,500.00
  Value date:        24 February 2025
  Ordering account:  Bridgeway Relief International, MUFG Bank Kanda Branch
                     SWIFT BOTKJPJT, account 0342117 (organisational)
  Beneficiary:       Amani Community Trust
                     Coastline Bank Kenya, Mombasa Road Branch
                     SWIFT CLBKKENA, account 01120458830200 (organisational)
  Our reference:     BRI/TKY/2025/0219

Intermediary bank charges may apply; please let me know the exact amount credited so
that we can reconcile. The financial report for tranche 1 is due on 31 March.

Thank you again for the excellent progress report last month.

Best regards,
""" + SIG_RENA,
        cc=[addr("Finance Team", f"finance@{D}")])

    # bl082 H body ethnicity/religion/health
    add("bl082", "hold", "sensitive.ethnicity",
        "Referral to a lawyer that names a refugee applicant with date of birth, ethnicity (Rohingya), religion, detention history and PTSD diagnosis in the body.",
        "Hannah", "body", HANNAH,
        [addr("弁護士 宮田 真一", "miyata@kasumi-law.example.jp")],
        "Referral for refugee status appeal – new client",
        """Dear Miyata-sensei,

Thank you for agreeing last week to take on pro bono referrals from us again this year.
I would like to refer the following client, who received a negative first-instance
decision on 7 February and has until early March to file an objection.

  Name: Mohammed Salim ULLAH
  Date of birth: 3 August 1994
  Nationality: Myanmar (stateless in practice)
  Ethnicity: Rohingya
  Religion: Sunni Muslim
  Address: c/o our shelter in Kawaguchi (address shared by phone)

Background: Mr Ullah was detained by the military in Rakhine State in 2017 for
about two months and reports torture during detention. He was diagnosed with PTSD
by Dr Ono at Tokyo Bay Clinic in November 2024 and is currently on medication.
The refusal letter states that his account lacked credibility, but we believe the
medical report was not considered.

He speaks Rohingya and some English; our volunteer interpreter can attend meetings.
Could you let me know a few possible dates for a first consultation?

Many thanks,
""" + SIG_HANNAH,
        personal=[("name", "Mohammed Salim ULLAH"), ("birthdate", "3 August 1994"),
                  ("ethnicity", "Rohingya"), ("religion", "Sunni Muslim"),
                  ("diagnosis", "PTSD"), ("criminal", "detained by the military in Rakhine State")])

    # bl083 P public figures
    add("bl083", "pass", "benign.public_figure",
        "Logistics for a visit by an ambassador and a Diet member (public figures in their official roles). No private data.",
        "Daniel", None, DANIEL,
        [addr("Kawaguchi Community Centre – Ms Sato", "sato@kawaguchi-cc.example.jp")],
        "Visit of Ambassador Lindqvist and Rep. Hayashi – 12 March",
        """Dear Ms Sato,

Thank you for confirming the use of the multipurpose hall on 12 March.
Here are the details of the visit as agreed with both offices:

  10:00  Arrival of H.E. Ms Ingrid Lindqvist, Ambassador of Sweden to Japan,
         and Mr Takeshi Hayashi, Member of the House of Representatives
  10:10  Welcome remarks by our Country Director, Dr Aisha Rahman
  10:20  Tour of the Japanese language classroom (no photos of learners)
  10:50  Round-table with community volunteers
  11:30  Short press availability outside the main entrance
  11:45  Departure

The Embassy will send two security officers; Mr Hayashi will be accompanied by one
secretary. Media will be limited to the pool photographer and two newspapers.
Please keep the learners' area off-limits to cameras, as we discussed.

Best wishes,
""" + SIG_DANIEL)

    # bl084 H attachment donor CSV
    add("bl084", "hold", "list.donors",
        "Donor list CSV with names, home addresses, phone numbers and donation amounts sent to an external mailing house. Body only gives counts.",
        "Daniel", "attachment", DANIEL,
        [addr("DM Japan – Mr Kudo", "kudo@dmjapan.example.jp")],
        "Spring appeal mailing – address data",
        """Dear Kudo-san,

As discussed, please find attached the address file for our spring appeal mailing.

  - Records: 1,846 (individual donors, Japan only)
  - Format: as last year (UTF-8 CSV)
  - Leaflet: final PDF will follow on Friday
  - Drop date: 10 March

Please use the "amount_last_gift" column only to choose between letter versions A and B.

Thanks for your help as always,
""" + SIG_DANIEL,
        attachments=[att("spring_appeal_2025_donors.csv", CSV,
                         """donor_id,name,postcode,address,phone,amount_last_gift,letter_version
D-10022,Kenji Arakawa,154-0004,Taishido 3-12-8 Setagaya-ku Tokyo,03-3411-2084,50000,A
D-10057,Margaret Ellis,106-0047,Minami-Azabu 4-2-15-301 Minato-ku Tokyo,090-4418-2270,10000,B
D-10113,Yumiko Fujisawa,330-0063,Takasago 2-7-1 Urawa-ku Saitama,048-822-6619,30000,A
D-10208,Hiroshi Nagase,222-0033,Shin-Yokohama 1-4-20-1204 Kohoku-ku Yokohama,080-7721-3305,5000,B
D-10255,Priya Raman,135-0061,Toyosu 5-6-36-2208 Koto-ku Tokyo,070-2290-8814,100000,A
... (1,841 more rows)
""")],
        personal=[("name", "Kenji Arakawa"), ("address", "Taishido 3-12-8 Setagaya-ku Tokyo"),
                  ("name", "Margaret Ellis"), ("phone", "090-4418-2270"), ("name", "Yumiko Fujisawa"),
                  ("name", "Hiroshi Nagase"), ("name", "Priya Raman"), ("donation", "100000")])

    # bl085 H body residence card
    add("bl085", "hold", "id.residence_card",
        "Beneficiary's residence card number and passport number, with name and date of birth, sent in the body to a housing agency.",
        "Hannah", "body", HANNAH,
        [addr("Sakura Share House – Leasing", "leasing@sakura-sharehouse.example.jp")],
        "Tenancy application for Ms Amina Hassan",
        """Dear Leasing Team,

Thank you for holding the room in your Nishi-Kawaguchi house (Room 204) for our client.
As requested, here are her details for the tenancy screening:

  Name: Amina Yusuf HASSAN
  Date of birth: 19 January 1998
  Nationality: Somalia
  Residence card no.: AB48271936EF
  Status: Designated Activities (6 months), expiry 30 June 2025
  Passport no.: P00731845
  Mobile: 080-6623-1940

Bridgeway will act as her emergency contact and will pay the first three months'
rent directly. Please send the contract to me and I will go through it with her
with an interpreter.

Kind regards,
""" + SIG_HANNAH,
        personal=[("name", "Amina Yusuf HASSAN"), ("birthdate", "19 January 1998"),
                  ("residence_card", "AB48271936EF"), ("passport", "P00731845"),
                  ("phone", "080-6623-1940")])

    # bl086 P minimal employment verification with consent
    add("bl086", "pass", "benign.employment_verification",
        "Employment verification with the former employee's written consent, confirming only dates and job title.",
        "Rena", None, RENA,
        [addr("Verification Desk, GlobalCheck KK", "verify@globalcheck.example.com")],
        "Re: Employment verification request – ref GC-77120",
        """Dear Verification Desk,

Thank you for your request. We have received the signed consent form from the
individual concerned (dated 14 February 2025), and can confirm the following:

  Name: Kenta Mori
  Position: Programme Assistant
  Employment period: 1 April 2021 – 31 January 2025

In line with our policy, we do not provide information on salary, performance or
reasons for leaving. Please contact me if you need this confirmation on letterhead.

Kind regards,
""" + SIG_RENA + """

> Dear Bridgeway Relief International,
> We are conducting a pre-employment check for Mr Kenta Mori on behalf of our client.
> Please confirm his position and dates of employment. The candidate's signed
> authorisation is attached.
> GlobalCheck KK – Verification Desk
""")

    # bl087 P condolence
    add("bl087", "pass", "benign.condolence",
        "Condolence message on the death of a partner organisation's founder (a public figure in the sector).",
        "Daniel", None, DANIEL,
        [addr("Kenji Watanabe", "k.watanabe@hope-asia.example.jp")],
        "With deepest sympathy",
        """Dear Watanabe-san,

All of us at Bridgeway Tokyo were deeply saddened to learn of the passing of
Mr Shoichi Kuroda, founder of Hope Asia Network.

Mr Kuroda welcomed us when we first opened our Tokyo office in 2011 and generously
shared his network and experience. His vision of communities helping communities
continues to inspire our work. Please convey our heartfelt condolences to his family
and to all your colleagues.

If there is a memorial gathering that partners may attend, we would be grateful to
know the details. Our Country Director, Dr Aisha Rahman, would like to attend in person.

With deepest sympathy,
""" + SIG_DANIEL)

    # bl088 H quoted HIV status
    add("bl088", "hold", "sensitive.health",
        "The covering note is harmless, but the forwarded caseworker message names a beneficiary and gives HIV-positive status and treatment details.",
        "Hannah", "quoted", HANNAH,
        [addr("Tokyo Bay Clinic – Patient Coordinator", "coordinator@tokyobay-clinic.example.jp")],
        "Fwd: Appointment request",
        """Dear Coordinator,

Could you help us arrange an appointment for the client mentioned below?
Any weekday afternoon in the first week of March would work; our volunteer can
accompany him. Please reply to me directly with possible slots.

Thank you,
""" + SIG_HANNAH + """

---------- Forwarded message ---------
From: Jun Takeda <jun.takeda@bridgeway-intl.example.com>
Date: Tue, 18 Feb 2025 at 16:02
Subject: Appointment request

Hi Hannah,

Mr Joseph Mensah (Ghana, DOB 11/05/1987) from the Saitama shelter tested HIV-positive
at the public health centre last month. He started ART in Ghana but ran out of
medication in December. He needs a clinic that can restart treatment and accepts
patients without national health insurance. Could you ask Tokyo Bay Clinic?

Jun
""",
        personal=[("name", "Joseph Mensah"), ("birthdate", "11/05/1987"),
                  ("health", "tested HIV-positive"), ("health", "started ART")])

    # bl089 P meeting
    add("bl089", "pass", "benign.meeting",
        "Coordination meeting arrangements with partner agencies; names and long signatures only.",
        "Hannah", None, HANNAH,
        [addr("Yuki Tanabe", "tanabe@refugee-liaison.example.com"),
         addr("Ahmed Karimi", "a.karimi@japan-refugee-net.example.jp")],
        "Re: Quarterly shelter coordination meeting – agenda",
        """Dear Yuki and Ahmed,

Thanks both. Let's go with Thursday 6 March, 14:00–16:00 at our office (3F meeting room).
Draft agenda:

  1. Shelter capacity update (aggregate figures only)
  2. Winter support fund – lessons learned
  3. Interpreter pool: sharing arrangements
  4. AOB

Individual cases will not be discussed at this meeting; please raise any urgent
case through the usual bilateral channel.

I'll circulate the Teams link for colleagues joining from Osaka.
""" + SIG_HANNAH + """

On Mon, 17 Feb 2025, Ahmed Karimi wrote:
> Hi Hannah, 6 March works for JRN. I'll bring our new shelter coordinator, Noriko Abe.
> --
> Ahmed Karimi | Programme Manager | Japan Refugee Network
> 2-8-3 Yotsuya, Shinjuku-ku, Tokyo | +81 3 3351 0620
>
> On Fri, 14 Feb 2025, Yuki Tanabe wrote:
>> Dear all, could we fix the Q1 coordination meeting? I'm free 5 or 6 March afternoon.
>> Yuki Tanabe, Liaison Officer
""")

    # bl090 H subject full card number
    add("bl090", "hold", "id.card",
        "A donor's full card number and expiry date appear in the forwarded subject line; the body is a harmless query.",
        "Rena", "subject", RENA,
        [addr("PayBridge Merchant Support", "merchant-support@paybridge.example.com")],
        "Fwd: Recurring donation failed – card 4892 4515 0079 0835 exp 11/27",
        """Hello,

Could you please check why this monthly donation was declined on 17 February?
Our merchant ID is BRI-TKY-0091 and the donor reference is D-20931.
The donor has asked us whether she needs to re-register.

Thank you,
""" + SIG_RENA,
        personal=[("card", "4892 4515 0079 0835"), ("card_expiry", "exp 11/27")])

    # bl091 P offer letter to candidate herself
    add("bl091", "pass", "benign.to_data_subject",
        "Offer letter sent to the successful candidate herself, containing only her own terms.",
        "Rena", None, RENA,
        [addr("Sofia Marin", "sofia.marin.jp@gmail.com")],
        "Offer of employment – Programme Officer (Education)",
        """Dear Sofia,

Following your interviews, I am delighted to offer you the position of Programme Officer
(Education) at Bridgeway Relief International, Tokyo Office.

  Start date: 1 April 2025
  Contract: fixed-term, 2 years (renewable)
  Annual salary: JPY 5,400,000, paid monthly
  Working hours: 9:30–18:00, Monday to Friday (flexible arrangements available)
  Probation: 3 months
  Location: Tokyo office, with occasional travel to Saitama and Osaka

The formal contract and the onboarding checklist are attached. We will ask for your
residence card and bank details separately on your first day, through our HR system.

Please let me know by 7 March whether you accept this offer. We very much look forward
to welcoming you to the team!

Warm regards,
""" + SIG_RENA,
        attachments=[att("Offer_Letter_SMarin.pdf", PDF,
                         """Bridgeway Relief International – Tokyo Office
OFFER OF EMPLOYMENT
To: Ms Sofia Marin
Position: Programme Officer (Education)
Start date: 1 April 2025 | Salary: JPY 5,400,000 per annum
Signed: Dr Aisha Rahman, Country Director
""")])

    # bl092 P vaccination schedule, aggregate
    add("bl092", "pass", "benign.aggregate",
        "Vaccination requirements and clinic schedule for a field deployment; no individual's health data.",
        "Hannah", None, HANNAH,
        [addr("Field Operations – Cox's Bazar", "ops-cxb@bridgeway-bd.example.com")],
        "Deployment health requirements – April rotation",
        """Dear Field Ops team,

Ahead of the April rotation from Tokyo, here is the health preparation plan we are
using for the team. No individual records are shared outside HR.

Required / recommended vaccinations:
  - Hepatitis A and B (2–3 doses; course must start by 3 March)
  - Typhoid (single dose, at least 2 weeks before departure)
  - Tetanus–diphtheria booster (if >10 years)
  - Rabies pre-exposure (recommended)
  - Japanese encephalitis (recommended for stays over 1 month)

Group clinic sessions at Kanda Travel Clinic: 3 March, 17 March, 31 March (14:00–17:00).
Malaria prophylaxis will be prescribed at the last session.

The team size is six. Please confirm accommodation in Block C by 20 March.
""" + SIG_HANNAH)

    # bl093 H encrypted zip
    add("bl093", "hold", "attachment.encrypted_zip",
        "Payroll workbook sent to the external auditor as a password-protected ZIP (PPAP).",
        "Rena", "zip", RENA,
        [addr("Aoyama Audit – Ms Tsuchiya", "tsuchiya@aoyama-audit.example.jp")],
        "FY2024 audit – payroll workbook",
        """Dear Tsuchiya-san,

As requested for the FY2024 audit, please find the payroll workbook attached.
The file is password-protected; I will send the password in a separate email.

Please let me know if you need the supporting payslips as well.

Best regards,
""" + SIG_RENA,
        attachments=[enc_zip("Payroll_FY2024.zip")])

    # bl094 H attachment private bank accounts
    add("bl094", "hold", "id.bankaccount",
        "XLSX of freelance interpreters' fees with their personal bank accounts sent to an accounting firm. Body only gives the total.",
        "Rena", "attachment", RENA,
        [addr("Hoshino Tax Accountants – Mr Hoshino", "hoshino@hoshino-tax.example.jp")],
        "February interpreter fees – payment file",
        """Dear Hoshino-san,

Please find attached the payment file for February interpreter fees (9 interpreters,
total JPY 612,400 before withholding). Could you prepare the bank transfer data and the
withholding tax calculation by 5 March?

Many thanks,
""" + SIG_RENA,
        attachments=[att("interpreter_fees_2025-02.xlsx", XLSX,
                         """[Feb2025]
Name	Language	Hours	Fee (JPY)	Bank	Branch	Type	Account No.	Account holder
Fatima Noori	Dari	22	88,000	Mizuho Bank	Ikebukuro	Ordinary	2214703	ヌーリ フアテイマ
Tran Van Long	Vietnamese	18	72,000	Japan Post Bank	10180	Ordinary	38811261	チヤン バン ロン
Aye Chan Myint	Burmese	25	100,000	MUFG Bank	Takadanobaba	Ordinary	0937714	アエ チヤン ミン
Carlos Mendoza	Spanish	12	48,000	Resona Bank	Kawaguchi	Ordinary	5520186	メンドーサ カルロス
Leila Ahmadi	Farsi	15	60,000	SMBC	Shinjuku	Ordinary	7043392	アハマデイ レイラ
... (4 more)
""")],
        personal=[("name", "Fatima Noori"), ("bank_account", "2214703"), ("name", "Tran Van Long"),
                  ("bank_account", "38811261"), ("name", "Aye Chan Myint"), ("bank_account", "0937714"),
                  ("name", "Carlos Mendoza"), ("name", "Leila Ahmadi"), ("bank_account", "7043392")])

    # bl095 P religious corporation as venue
    add("bl095", "pass", "benign.religious_corp",
        "Booking a parish hall owned by a religious corporation for a charity bazaar. The church is a business counterpart; no one's belief is disclosed.",
        "Daniel", None, DANIEL,
        [addr("宗教法人 カトリック聖ヨセフ教会 事務室", "office@st-joseph-kanda.example.jp")],
        "Charity bazaar – parish hall booking / チャリティバザー会場のお願い",
        """宗教法人 カトリック聖ヨセフ教会
事務室 ご担当者様

Thank you very much for kindly offering your parish hall again this year.
（昨年に引き続き、ホールをお貸しいただけるとのこと、誠にありがとうございます。）

  Event: Bridgeway Spring Charity Bazaar
  Date: Saturday 19 April 2025, 10:00–16:00 (set-up from 8:30)
  Expected visitors: about 300
  Items: second-hand books and clothes, crafts made by refugee women's groups, coffee stand

We will make a donation of JPY 50,000 to the church as a venue contribution, and
will of course follow the hall rules (no alcohol, quiet during the 12:00 Mass).
Could you send us the usage form? We will return it by post.

（ご不明点は日本語でも結構です。担当：Okafor、または西村までご連絡ください。）

With warm regards,
""" + SIG_DANIEL)

    # bl096 H quoted volunteer CV
    add("bl096", "hold", "personal.profile",
        "The note to an event partner is harmless, but the forwarded volunteer application below includes name, date of birth, home address, phone, nationality, employer and emergency contact.",
        "Daniel", "quoted", DANIEL,
        [addr("Tokyo Run for Refugees – Volunteer Desk", "volunteers@runforrefugees.example.jp")],
        "Fwd: Volunteer application – Tokyo Run for Refugees",
        """Hi Volunteer Desk,

We received the application below for your event (it came to us by mistake).
Could you take it from here? The applicant is happy to help on the water stations.

Cheers,
""" + SIG_DANIEL + """

-------- Forwarded Message --------
Subject: Volunteer application – Tokyo Run for Refugees
Date: Sun, 16 Feb 2025 21:37:12 +0900
From: Lucas Almeida <lucas.almeida.tokyo@gmail.com>

Full name: Lucas Henrique ALMEIDA
Date of birth: 27 October 1990
Nationality: Brazil
Address: 5-14-2-402 Kamata, Ota-ku, Tokyo 144-0052
Mobile: 090-2784-5531
Occupation: Software engineer, Shinagawa Systems KK
Languages: Portuguese (native), English, Japanese (JLPT N2)
Experience: Volunteer at Tokyo Marathon 2023 and 2024 (water station leader)
Emergency contact: Mariana Almeida (spouse), 090-6631-2057
""",
        personal=[("name", "Lucas Henrique ALMEIDA"), ("birthdate", "27 October 1990"),
                  ("address", "5-14-2-402 Kamata, Ota-ku, Tokyo 144-0052"),
                  ("phone", "090-2784-5531"), ("name", "Mariana Almeida"),
                  ("phone", "090-6631-2057")])

    # bl097 P plain zip press kit
    add("bl097", "pass", "benign.plain_zip",
        "Press kit sent as an ordinary (unencrypted) ZIP; contents are logos, a fact sheet and consented photos without captions naming beneficiaries.",
        "Daniel", None, DANIEL,
        [addr("Mainichi Global desk – Ms Kobayashi", "kobayashi@mainichi-global.example.jp")],
        "Press kit – World Refugee Day event",
        """Dear Kobayashi-san,

Thank you for your interest in our World Refugee Day event on 20 June.
Attached is our press kit as a ZIP file (no password).

It contains our logo, a one-page fact sheet with 2024 programme figures, and five
photos from last year's event. All people shown in the photos have given written
consent for media use.

Please let me know if you'd like to arrange an interview with our Country Director.
""" + SIG_DANIEL,
        attachments=[att("BRI_press_kit_2025.zip", ZIP,
                         """BRI_press_kit_2025/
  logo_BRI_colour.png
  logo_BRI_mono.png
  factsheet_2024_EN.pdf
  factsheet_2024_JA.pdf
  photos/WRD2024_01.jpg ... WRD2024_05.jpg
  photo_credits.txt
""")])

    # bl098 H body passports (colleagues)
    add("bl098", "hold", "id.passport",
        "Staff members' passport numbers, dates of birth and expiry dates written in the body to a travel agency. Colleagues' ID numbers count.",
        "Rena", "body", RENA,
        [addr("Horizon Travel – Corporate desk", "corporate@horizon-travel.example.jp")],
        "Booking request: Tokyo–Dhaka–Cox's Bazar, 6 April",
        """Dear Corporate Desk,

Please book the following staff on the April rotation:

  Outbound: 6 April, HND → DAC (via BKK), then DAC → CXB domestic on 7 April
  Return: 4 May, CXB → DAC → HND

  1. MORRISON Hannah Jane, DOB 12 Sep 1988, British passport 548812307, exp. 2031-02-14
  2. TAKEDA Jun, DOB 3 Jan 1992, Japanese passport TS4472018, exp. 2030-08-21
  3. OKAFOR Daniel Chukwuemeka, DOB 29 May 1986, Nigerian passport B01934572, exp. 2028-11-03

Economy class, NGO fares if available. Please hold the seats until 28 February and send
the quote to me. Visa support letters will be arranged by our Dhaka office.

Best regards,
""" + SIG_RENA,
        personal=[("name", "MORRISON Hannah Jane"), ("passport", "548812307"), ("name", "TAKEDA Jun"),
                  ("passport", "TS4472018"), ("name", "OKAFOR Daniel Chukwuemeka"),
                  ("passport", "B01934572"), ("birthdate", "DOB 12 Sep 1988")])

    # bl099 H recipients
    to99 = [
        addr("Japan Refugee Network", "info@japan-refugee-net.example.jp"),
        addr("Hope Asia Network", "k.watanabe@hope-asia.example.jp"),
        addr("Amani Community Trust", "grace.wanjiru@amani-trust.example.com"),
        addr("Kawaguchi Community Centre", "sato@kawaguchi-cc.example.jp"),
        addr("Sakura Share House", "leasing@sakura-sharehouse.example.jp"),
        addr("Tokyo Run for Refugees", "volunteers@runforrefugees.example.jp"),
        addr("Children First Japan", "contact@childrenfirst-jp.example.jp"),
        addr("Open Kitchen Tokyo", "hello@openkitchen-tokyo.example.com"),
        addr("Minato Legal Aid", "office@minato-legalaid.example.jp"),
        addr("Migrants Health Forum", "mhf.secretariat@gmail.com"),
        addr("Kansai Refugee Support", "info@kansai-refugee.example.jp"),
        addr("Ms Emily Carter (independent consultant)", "emily.carter.consult@gmail.com"),
    ]
    add("bl099", "hold", "recipients.visible",
        "Invitation sent to 12 external partner organisations and private consultants, all visible in To instead of BCC.",
        "Daniel", "recipients", DANIEL, to99,
        "Invitation: Partners' networking evening, 27 March",
        """Dear partners and friends,

To mark the start of our new three-year strategy, we are hosting a small networking
evening and would be delighted if you could join us.

  Date: Thursday 27 March 2025, 18:30–20:30
  Venue: Bridgeway Tokyo office, 3F, Kanda Ogawamachi
  Light refreshments provided (halal and vegetarian options)

Please RSVP by 20 March. Feel free to bring one colleague.

We look forward to seeing you!
""" + SIG_DANIEL)

    # bl100 P successor introduction
    add("bl100", "pass", "benign.successor",
        "Handover and successor introduction to partners; staff names and signatures only.",
        "Hannah", None, HANNAH,
        [addr("Ahmed Karimi", "a.karimi@japan-refugee-net.example.jp"),
         addr("Yuki Tanabe", "tanabe@refugee-liaison.example.com")],
        "Handover – I'm moving to our Dhaka office",
        """Dear Ahmed and Yuki,

I wanted to let you know personally that from 1 May I will be moving to our Dhaka office
as Protection Coordinator. It has been a real privilege to work with you both over the
past four years.

From 14 April, my responsibilities in Tokyo will be taken over by Jun Takeda (cc'd),
who many of you already know from the shelter coordination meetings. Jun will also
represent Bridgeway at the quarterly meetings from June.

I'll be in Tokyo until 30 April, and Jun and I would love to visit you together before
then to make sure nothing falls through the cracks.

Thank you for everything,
""" + SIG_HANNAH,
        cc=[addr("Jun Takeda", f"jun.takeda@{D}")])

    return M
