# Org E: Kizuna Global Relocation K.K. (relocation services for foreign assignees) -- mails in English
ORG = "E"
DOM = "kizuna-relo.example.com"

EMILY = "Emily Carter <emily.carter@kizuna-relo.example.com>"
SHO = "Sho Kitamura <sho.kitamura@kizuna-relo.example.com>"
PRIYA = "Priya Raman <priya.raman@kizuna-relo.example.com>"

SIG_EMILY = """
Kind regards,

Emily Carter
Senior Relocation Consultant | Destination Services
Kizuna Global Relocation K.K.
Shiba Park Tower 12F, 9-9-9 Shibakoen, Minato-ku, Tokyo 105-0099, Japan
T +81 3 5400 0000 | M +81 80 0000 3371
emily.carter@kizuna-relo.example.com | www.kizuna-relo.example.com
Office hours: Mon-Fri 9:00-18:00 JST

This e-mail and any attachments are confidential and intended solely for the addressee.
If you have received it in error, please notify the sender and delete it."""

SIG_SHO = """
Best regards,
Sho Kitamura（北村 翔）
Immigration & Visa Coordinator
Kizuna Global Relocation K.K.
T +81 3 5400 0012"""

SIG_PRIYA = """
Thanks,
Priya Raman | Move Coordinator
Kizuna Global Relocation K.K. | +81 3 5400 0025"""

MAILS = []
def add(**kw):
    MAILS.append(kw)

# ---------------- HOLDS ----------------
add(_writer="Kitamura", _loc="body", expect="hold", kind="id.passport",
    why="Sends an assignee's passport number, nationality, date of birth and expiry to a real estate agent in the body. A passport number is a personal identity number.",
    **{"from": SHO},
    to=["Aoyama Home Realty - Leasing <leasing@aoyama-home.example.jp>"],
    subject="Lease application – Azabu Court 803 – tenant details",
    text="""Dear Ms. Ishida,

Thank you for sending the application form for Azabu Court #803.
As requested, here are the tenant details for the guarantor company's screening:

  Tenant: Mr. Lukas Schneider
  Nationality: Germany
  Date of birth: 14 March 1986
  Passport no.: C4RT72X91 (issued 02 Jun 2021, expires 01 Jun 2031)
  Employer: Rheinwerk Japan K.K. (assignment from 1 December 2024)
  Annual salary: JPY 18,500,000

The residence card will be issued at Haneda on arrival (28 Nov), so we will send a copy then.
Could you let me know whether the landlord can accept a move-in on 3 December?
""" + SIG_SHO,
    personal=[{"type": "name", "value": "Lukas Schneider"}, {"type": "birthdate", "value": "14 March 1986"},
              {"type": "passport", "value": "C4RT72X91"}])

add(_writer="Carter", _loc="body", expect="hold", kind="sensitive.disability",
    why="Tells an international school a named child's autism diagnosis, therapy and support plan in the body. Disability and health data of an identifiable child sent outside.",
    **{"from": EMILY},
    to=["Bayview International School – Admissions <admissions@bayview-is.example.jp>"],
    subject="Enquiry – Grade 3 place from January, learning support",
    text="""Dear Admissions Team,

I am writing on behalf of the Whitfield family, who are relocating from Sydney to Tokyo in December
with Harbor Pharma Japan.

Their son Noah Whitfield (8, currently Grade 2) was diagnosed with autism spectrum disorder (level 1)
at age 5. He has an Individual Education Plan at his current school, attends speech therapy once a week
and does best with a visual timetable and a quiet space for breaks. He is academically on track,
especially in maths.

The family would like to know:
 - whether you have a Grade 3 place from the January term,
 - what learning support staffing you have (full-time SEN coordinator?),
 - whether an additional learning support fee applies.

Could we arrange a call with your learning support coordinator next week?
""" + SIG_EMILY,
    personal=[{"type": "name", "value": "Noah Whitfield"}, {"type": "diagnosis", "value": "autism spectrum disorder (level 1)"},
              {"type": "treatment", "value": "speech therapy once a week"}])

add(_writer="Carter", _loc="body", expect="hold", kind="sensitive.religion",
    why="Tells a housing agent that a named family is practising Muslim, with details of their religious observance, to filter landlords. Religion of identifiable persons sent outside; it can also lead to discrimination.",
    **{"from": EMILY},
    to=["Ken Sugiura (Roppongi Residential) <sugiura@roppongi-residential.example.jp>"],
    subject="House hunting for the Haddad family – 2nd viewing day",
    text="""Hi Ken-san,

Thanks again for the first viewing day. The Haddads liked the Hiroo and Shirokane options,
but before we book the second day, a few points I should have mentioned earlier:

 - Mr. Omar Haddad and his wife are practising Muslims. They pray five times a day and
   would like a room they can keep as a prayer room (ideally with a known qibla direction).
 - During Ramadan (from around late February) they will be cooking before dawn, so they are
   worried about kitchen noise complaints in older wooden buildings.
 - Mrs. Haddad wears a hijab; she asked me whether some landlords refuse foreign tenants
   "for religious reasons". Could you quietly check with the owners before the viewing?

Candidate dates: 19 or 21 November, 10:00-15:00.
""" + SIG_EMILY,
    personal=[{"type": "name", "value": "Omar Haddad"}, {"type": "religion", "value": "practising Muslims"},
              {"type": "religion", "value": "Mrs. Haddad wears a hijab"}])

add(_writer="Raman", _loc="attachment", expect="hold", kind="list.customers",
    why="Body is a short scheduling note, but the attached CSV lists several assignees with names, home addresses, mobile numbers and family sizes. Customer list sent to a subcontracted mover.",
    **{"from": PRIYA},
    to=["Sakura Movers – Dispatch <dispatch@sakura-movers.example.jp>"],
    subject="December inbound deliveries – schedule",
    text="""Hi Dispatch team,

Please find the December inbound delivery schedule attached.
Two of the shipments are still at Yokohama customs; I'll confirm the dates for those by Friday.
Let me know if any slot doesn't work for your crews.
""" + SIG_PRIYA,
    attachments=[{"filename": "dec_inbound_deliveries.csv", "contentType": "text/csv",
                  "text": """delivery_date,assignee,delivery_address,mobile,family,volume_m3,notes
2024-12-03,Lukas Schneider,"Azabu Court 803, 4-9-2 Nishiazabu, Minato-ku",080-4471-2039,single,18,piano stool only
2024-12-05,Sarah Whitfield,"Park Hill Meguro 2F, 3-21-7 Kamimeguro, Meguro-ku",090-6618-7702,2 adults 1 child,46,
2024-12-09,Omar Haddad,"Shirokane Terrace 501, 5-3-11 Shirokane, Minato-ku",070-2395-8861,2 adults 3 children,58,customs pending
2024-12-12,Daniel Okafor,"Maison Ebisu 302, 1-8-4 Ebisu, Shibuya-ku",080-9924-0157,2 adults,31,
2024-12-16,Chen Wei-Lin,"Harumi Flag Tower 2104, 5-2-3 Harumi, Chuo-ku",090-3381-6640,2 adults 2 children,52,customs pending
"""}],
    personal=[{"type": "name", "value": "Sarah Whitfield"}, {"type": "address", "value": "3-21-7 Kamimeguro, Meguro-ku"},
              {"type": "phone", "value": "070-2395-8861"}, {"type": "name", "value": "Chen Wei-Lin"}])

add(_writer="Carter", _loc="attachment", expect="hold", kind="personal.family",
    why="Body only says the form is attached; the form carries an assignee family's full data (names, dates of birth, relationships, schools, current address, mobile) for company housing. One family's full profile sent to a housing management company.",
    **{"from": EMILY},
    to=["Tokyo Corporate Housing – Applications <apply@tokyo-corp-housing.example.jp>"],
    subject="Company housing application – Okafor household",
    text="""Dear Applications Team,

Please find the completed company housing application for the Okafor household attached.
The client (Meridian Energy Japan) will sign the master lease addendum this week.

Please let me know if anything is missing.
""" + SIG_EMILY,
    attachments=[{"filename": "housing_application_okafor.pdf", "contentType": "application/pdf",
                  "text": """COMPANY HOUSING APPLICATION
Client company: Meridian Energy Japan G.K.
Main occupant: Daniel Chukwuemeka Okafor   DOB: 22/07/1981   Nationality: Nigeria / UK
Position: Head of Offshore Engineering      Mobile: 080-9924-0157
Current address (until 30 Nov): 14 Rosewood Avenue, Aberdeen AB15 9XX, United Kingdom

Household members
 1. Adaeze Okafor    spouse     DOB 03/02/1984   occupation: none (dependent visa)
 2. Chidi Okafor     son        DOB 11/09/2015   school: Bayview International School, Grade 4
 3. Amara Okafor     daughter   DOB 29/04/2019   kindergarten: TBC

Pets: none     Vehicles: 1 (parking required)
Emergency contact (overseas): Ngozi Okafor (mother), +44 7700 900 412
"""}],
    personal=[{"type": "name", "value": "Daniel Chukwuemeka Okafor"}, {"type": "birthdate", "value": "22/07/1981"},
              {"type": "name", "value": "Chidi Okafor"}, {"type": "birthdate", "value": "11/09/2015"},
              {"type": "address", "value": "14 Rosewood Avenue, Aberdeen AB15 9XX"}])

add(_writer="Raman", _loc="quoted", expect="hold", kind="id.card",
    why="The body only asks to process a deposit; the forwarded assignee mail contains his full card number (Luhn-valid), expiry and CVV. A full payment card number sent to a serviced-apartment operator.",
    **{"from": PRIYA},
    to=["Oakwood-style Residences Front Desk <frontdesk@shiba-residences.example.jp>"],
    subject="Fwd: Deposit for temporary apartment – Mr. Mehta",
    text="""Hello Front Desk team,

Please process the security deposit (JPY 150,000) for Mr. Mehta's 30-night stay from 25 Nov
using the card details below, and send the receipt to me.

Priya

---------- Forwarded message ---------
From: Rahul Mehta <rahul.mehta.bom@gmail.com>
Date: Tue, 12 Nov 2024 at 07:41
Subject: Deposit for temporary apartment
To: Priya Raman <priya.raman@kizuna-relo.example.com>

Hi Priya,
As discussed, please use my personal card for the deposit, as my corporate card isn't issued yet:
Visa 4929 9506 1746 6392, exp 08/27, CVV 311, name on card RAHUL S MEHTA.
Thanks!
Rahul
""" + SIG_PRIYA,
    personal=[{"type": "name", "value": "Rahul Mehta"}, {"type": "card", "value": "4929 9506 1746 6392"},
              {"type": "card", "value": "CVV 311"}])

add(_writer="Carter", _loc="quoted", expect="hold", kind="sensitive.health",
    why="The reply body is a harmless viewing update, but it quotes the assignee's mail about his wife's pregnancy, gestational diabetes and specialist care, and it goes to the landlord's agent.",
    **{"from": EMILY},
    to=["Ken Sugiura (Roppongi Residential) <sugiura@roppongi-residential.example.jp>"],
    subject="Re: Fw: Ground-floor options near Hiroo",
    text="""Ken-san,

Thanks for the three new listings. The Hiroo Garden unit looks ideal – could we see it on Thursday at 11:00?
Please see Mr. Novak's note below; it explains why ground floor / elevator access matters so much.

Emily

> From: Tomas Novak <tomas.novak.cz@gmail.com>
> Sent: 13 November 2024 22:05
> To: Emily Carter
> Subject: Ground floor please
>
> Hi Emily,
> One more thing for the search. My wife Klara is six months pregnant and was diagnosed with
> gestational diabetes last week. Her doctor wants her to be seen at the perinatal centre
> at Hiroo Red Cross Hospital every two weeks until delivery, so we really need something within
> walking distance, ground floor or with a lift – no stairs.
> Thanks,
> Tomas
""" + SIG_EMILY,
    personal=[{"type": "name", "value": "Klara"}, {"type": "health", "value": "six months pregnant"},
              {"type": "diagnosis", "value": "gestational diabetes"}])

add(_writer="Kitamura", _loc="subject", expect="hold", kind="sensitive.criminal",
    why="The subject line names the assignee and his prior conviction (DUI 2015). The body only asks for advice on the COE application, but the subject alone discloses a criminal record to an outside office.",
    **{"from": SHO},
    to=["Gyoseishoshi Office Nakano – Visa Desk <visa@nakano-gyosei.example.jp>"],
    subject="COE application – Rahul Mehta – prior conviction (DUI, 2015) disclosure question",
    text="""Dear Nakano-sensei,

Thank you for taking on this Certificate of Eligibility application.
Before we file, the client HR would like your advice on how the answer to the
"criminal record (in Japan or overseas)" question on the application form should be handled,
and whether a police clearance certificate from India should be attached.

Could we have a 30-minute call this week? Wednesday or Thursday afternoon would suit us.
""" + SIG_SHO,
    personal=[{"type": "name", "value": "Rahul Mehta"}, {"type": "criminal", "value": "prior conviction (DUI, 2015)"}])

add(_writer="Kitamura", _loc="zip", expect="hold", kind="attachment.encrypted_zip",
    why="Visa documents sent as a password-protected ZIP (PPAP) to client HR; the content cannot be inspected, so the mail is held whatever the body says.",
    **{"from": SHO},
    to=["Harbor Pharma Japan – Global Mobility <mobility@harbor-pharma.example.co.jp>"],
    subject="Whitfield family – visa documents for signature",
    text="""Dear Global Mobility team,

Attached are the visa application documents for the Whitfield family (3 persons) for your signature
(company seal on pages 2 and 5 of the employer's letter).
The file is password-protected. I will send the password in a separate e-mail.

We would like to submit at the Tokyo Immigration Bureau on 20 November.
""" + SIG_SHO,
    attachments=[{"filename": "Whitfield_visa_docs.zip", "contentType": "application/zip", "encrypted": True}])

_assignees = [
    "Lukas Schneider <lukas.schneider86@gmail.com>",
    "Sarah Whitfield <sarah.whitfield.syd@gmail.com>",
    "Omar Haddad <omar.haddad@outlook.example.com>",
    "Daniel Okafor <d.okafor@meridian-energy.example.com>",
    "Chen Wei-Lin <weilin.chen@harbor-pharma.example.com>",
    "Tomas Novak <tomas.novak.cz@gmail.com>",
    "Rahul Mehta <rahul.mehta.bom@gmail.com>",
    "Aisha Bello <aisha.bello@yahoo.example.com>",
    "Mateo Alvarez <mateo.alvarez@rheinwerk.example.de>",
    "Hannah Kowalski <hannah.kowalski@icloud.example.com>",
    "Jean-Luc Moreau <jl.moreau@orange.example.fr>",
    "Grace Lim <grace.lim.sg@gmail.com>",
]
add(_writer="Raman", _loc="recipients", expect="hold", kind="recipients.visible_outside",
    why="Twelve assignees (private and corporate addresses of different clients) are all in To, so every recipient sees the others' personal addresses. Should have been BCC.",
    **{"from": PRIYA},
    to=_assignees,
    subject="Welcome to Tokyo – Newcomers' Orientation on 7 December",
    text="""Dear all,

Welcome to Tokyo! As part of your relocation package, we would like to invite you and your
families to our Newcomers' Orientation.

  Date: Saturday, 7 December 2024, 10:00-13:00
  Venue: Kizuna Global Relocation, Shiba Park Tower 12F (Onarimon Station, exit A1)
  Programme:
    - Living in Tokyo: garbage sorting, earthquakes, health insurance basics
    - Banking and mobile phones – Q&A with our partners
    - Japanese for the first week (mini lesson)
    - Light lunch and kids' corner

Please reply by 29 November with the number of adults and children attending.
Looking forward to meeting you!
""" + SIG_PRIYA)

# ---------------- PASSES ----------------
add(_writer="Carter", _loc=None, expect="pass", kind="benign.corporate_account",
    why="Invoice to the client's accounts payable with the relocation company's own corporate bank account and SWIFT code. No personal account.",
    **{"from": EMILY},
    to=["Rheinwerk Japan K.K. – Accounts Payable <ap@rheinwerk.example.co.jp>"],
    subject="Invoice KGR-2024-1187 – Destination services (November)",
    text="""Dear Accounts Payable team,

Please find below the details of invoice KGR-2024-1187 for November destination services.

  Services: home search (1 family), school search, settling-in support
  Amount: JPY 1,089,000 (incl. consumption tax 10%)
  Due date: 31 December 2024

Payment details (Kizuna Global Relocation K.K.):
  Bank: Minato Trust Bank, Shiba Branch (branch code 412)
  Account type: Ordinary   Account no.: 6620481
  Account name: Kizuna Global Relocation K.K.
  SWIFT/BIC: MNTBJPJT (for payments from the head office in Germany)
  Qualified invoice registration no.: T5030005017726

Please quote the invoice number in the payment reference.
""" + SIG_EMILY)

add(_writer="Raman", _loc=None, expect="pass", kind="benign.lookalike_number",
    why="Tracking a document shipment: a 12-digit Yamato tracking number, an air waybill and a customs entry number. None is a personal ID number.",
    **{"from": PRIYA},
    to=["Harbor Pharma Japan – Global Mobility <mobility@harbor-pharma.example.co.jp>"],
    subject="Signed documents sent back + shipment status",
    text="""Hi team,

Two quick updates:

1) The signed lease documents went out today by Yamato TA-Q-BIN,
   tracking no. 8579-7353-4983 (expected delivery tomorrow morning).

2) The household goods air shipment for your second assignee arrived at Narita:
   AWB 176-48213390, customs entry no. 4021-77815-3. Clearance is expected by Friday.

No action needed from your side for now.
""" + SIG_PRIYA)

add(_writer="Carter", _loc=None, expect="pass", kind="benign.lookalike_number",
    why="Property shortlist with the agency's 宅建業者 licence number and the agent's 宅建士 registration number. These are public business licence numbers, not personal identity numbers.",
    **{"from": EMILY},
    to=["Lukas Schneider <lukas.schneider86@gmail.com>"],
    subject="Your shortlist for Saturday's viewings",
    text="""Hi Lukas,

Here's the shortlist for Saturday. I'll pick you up at your hotel lobby at 9:30.

1. Azabu Court #803 – 1LDK, 62 m2, JPY 385,000/month, Nishiazabu
2. Park Axis Roppongi #1204 – 1LDK, 58 m2, JPY 340,000/month, Roppongi 1-chome
3. Hiroo Garden #105 – 2LDK, 71 m2, JPY 420,000/month, Hiroo (ground floor, small garden)

Listing agent for all three:
  Aoyama Home Realty Co., Ltd. – Real estate brokerage licence: Governor of Tokyo (3) No. 98765
  Agent: Ms. Yuki Ishida, licensed real estate transaction specialist (宅地建物取引士) Tokyo No. 123456

Remember to bring your passport (no copies needed on the day).
""" + SIG_EMILY)

add(_writer="Raman", _loc=None, expect="pass", kind="benign.masked_card",
    why="Confirms a deposit paid with the client's corporate card; the card number is masked except the last four digits.",
    **{"from": PRIYA},
    to=["Meridian Energy Japan – HR <hr@meridian-energy.example.co.jp>"],
    subject="Deposit paid – temporary apartment for Mr. Okafor",
    text="""Dear HR team,

The deposit for Mr. Okafor's temporary apartment has been charged as agreed:

  Amount: JPY 200,000 (refundable, minus cleaning fee JPY 33,000)
  Card: Meridian corporate card **** **** **** 5512
  Authorisation code: 04A7Q2
  Check-in: 28 November, 15:00

The receipt is saved in our shared folder under /Meridian/Okafor/Temp-housing.
""" + SIG_PRIYA)

add(_writer="Raman", _loc=None, expect="pass", kind="benign.self",
    why="Arrival itinerary sent to the assignee himself, with his own flight, hotel and pick-up details. Information about the recipient only.",
    **{"from": PRIYA},
    to=["Mateo Alvarez <mateo.alvarez@rheinwerk.example.de>"],
    subject="Your arrival in Tokyo – itinerary",
    text="""Dear Mateo,

Here is your arrival plan. Please keep this e-mail handy on your phone.

  Flight: LH 716, Munich → Haneda, arrives Sun 1 Dec 15:45
  Pick-up: our driver Mr. Ueda will wait at the arrival gate with a "Kizuna / Alvarez" sign
  Temporary housing: Shiba Park Serviced Apartments #1108, 2-9-9 Shibakoen, Minato-ku (30 nights)
  Mon 2 Dec: 10:00 city hall registration with Sho (bring your passport and residence card)
  Tue 3 Dec: 14:00 bank account opening

If your flight is delayed, just message me on WhatsApp (+81 80 0000 2025).
See you soon!
""" + SIG_PRIYA)

add(_writer="Carter", _loc=None, expect="pass", kind="benign.employment_verification",
    why="Minimal employment confirmation to a rent guarantor, made with the assignee's written consent and giving only employer, title and start date. No salary, ID numbers or family data.",
    **{"from": EMILY},
    to=["Japan Rent Guarantee Co. – Screening <screening@jrg-hosho.example.jp>"],
    subject="Employment confirmation – applicant ref. JRG-77120",
    text="""Dear Screening team,

With the applicant's written consent (signed consent form dated 8 November, copy held on file),
and on behalf of the client company, we confirm the following for your reference JRG-77120:

  Employer: Rheinwerk Japan K.K.
  Position: Director, Sales Engineering
  Employment start in Japan: 1 December 2024 (assignment of 3 years)

For any further information, please contact the employer's HR department directly.
""" + SIG_EMILY)

add(_writer="Carter", _loc=None, expect="pass", kind="benign.meeting",
    why="Long reply chain with the client's HR scheduling a destination programme kick-off. Partner staff names and heavy signatures, but no personal data about assignees beyond the meeting.",
    **{"from": EMILY},
    to=["Yuko Hamada (Harbor Pharma) <yuko.hamada@harbor-pharma.example.co.jp>"],
    cc=["Mark Ellison (Harbor Pharma) <mark.ellison@harbor-pharma.example.co.jp>",
        "Sho Kitamura <sho.kitamura@kizuna-relo.example.com>"],
    subject="RE: RE: 2025 relocation programme – kick-off meeting",
    text="""Hamada-san, Mark,

Thursday 5 December at 10:00 works for us. We'll come to your office in Nihonbashi.
Sho will join for the immigration part (about 20 minutes).

Draft agenda:
 1. 2025 volumes – expected 14 inbound families
 2. Policy tiers and the new lump-sum option
 3. Immigration timeline for the Q1 group
 4. Reporting (monthly dashboard)

I'll bring printed copies of the policy comparison.
""" + SIG_EMILY + """

-----Original Message-----
From: Yuko Hamada <yuko.hamada@harbor-pharma.example.co.jp>
Sent: Monday, November 18, 2024 4:02 PM
To: Emily Carter
Cc: Mark Ellison
Subject: RE: 2025 relocation programme – kick-off meeting

Emily-san,
Thank you. Mark is available on 5 Dec (morning) or 6 Dec (after 14:00).
Could you come to our office?

浜田 優子 / Yuko Hamada
Global Mobility Manager, Human Resources
Harbor Pharma Japan K.K.
Nihonbashi 9-chome, Chuo-ku, Tokyo | +81 3 0000 4455

-----Original Message-----
From: Emily Carter
Sent: Friday, November 15, 2024 11:20 AM
Subject: 2025 relocation programme – kick-off meeting

Hamada-san,
Now that the contract renewal is signed, could we schedule a kick-off for the 2025 programme?
Any morning in the first week of December would suit us.
""")

add(_writer="Kitamura", _loc=None, expect="pass", kind="benign.it_outage",
    why="Notice of a portal outage after a malware infection on a server that was isolated. \"Infection\", \"isolated\" and \"outage\" refer to IT systems, not health.",
    **{"from": SHO},
    to=["Rheinwerk Japan K.K. – HR <hr@rheinwerk.example.co.jp>"],
    subject="Service notice: assignee portal unavailable until Tuesday",
    text="""Dear HR team,

Our assignee portal (portal.kizuna-relo.example.com) is currently unavailable.

On Saturday our monitoring detected a malware infection on one of the file-conversion servers.
The server was isolated from the network within 20 minutes and the portal was taken offline
as a precaution. Our investigation so far shows no access to the document storage.

  Expected restoration: Tuesday 26 November, 9:00 JST
  Incident reference: KGR-SEC-2024-017

In the meantime, please send documents to your consultant by e-mail (no password-protected ZIPs;
we will share a secure upload link if needed). We will send a full report once the review is complete.
""" + SIG_SHO)

add(_writer="Raman", _loc=None, expect="pass", kind="benign.plain_zip",
    why="Neighbourhood guides sent as an ordinary, unencrypted ZIP to the client's mobility team. General area information only.",
    **{"from": PRIYA},
    to=["Meridian Energy Japan – HR <hr@meridian-energy.example.co.jp>"],
    subject="Area guides for your 2025 newcomers",
    text="""Hi team,

As promised, here are our updated area guides (plain ZIP, no password).
Feel free to forward them to your incoming assignees.
""" + SIG_PRIYA,
    attachments=[{"filename": "Kizuna_Area_Guides_2025.zip", "contentType": "application/zip",
                  "text": """Kizuna_Area_Guides_2025/Azabu_Hiroo.pdf
  International supermarkets, parks, clinics with English-speaking staff, commute times.
Kizuna_Area_Guides_2025/Meguro_Ebisu.pdf
Kizuna_Area_Guides_2025/Harumi_Toyosu.pdf
Kizuna_Area_Guides_2025/Schools_overview.xlsx
Kizuna_Area_Guides_2025/Garbage_sorting_EN.pdf
"""}])

add(_writer="Carter", _loc=None, expect="pass", kind="benign.public_figure",
    why="Weekend culture tour suggestions for an assignee family: historical figures (Tokugawa Ieyasu), shop names containing surnames and katakana product names. No personal data.",
    **{"from": EMILY},
    to=["Sarah Whitfield <sarah.whitfield.syd@gmail.com>"],
    subject="Ideas for your first weekends in Tokyo",
    text="""Hi Sarah,

You asked for some family-friendly ideas – here are a few favourites:

 - Nikko day trip: Toshogu Shrine, where Tokugawa Ieyasu is enshrined. Kids love the "three wise
   monkeys" carving. Limited express from Asakusa, about 2 hours.
 - Edo-Tokyo area in Koganei: open-air museum with the house of Takahashi Korekiyo
   (a former prime minister) and an old public bath.
 - Kamakura: the Great Buddha and the Hachimangu shrine founded by Minamoto no Yoritomo.

Practical bits:
 - "Suzuki Bicycle" in Meguro rents kids' bikes by the month.
 - For the stroller, the "Hana" model from Takahashi Baby sells out fast – Akachan Honpo usually has it.
 - "Sato Pharmacy" near your building has an English-speaking pharmacist on weekdays.

Enjoy!
""" + SIG_EMILY)
