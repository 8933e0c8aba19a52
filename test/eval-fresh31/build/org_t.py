# Sakura Compass Travel Co., Ltd. (株式会社さくらコンパストラベル)
SIG_NAKAMURA = """
--
Kenji Nakamura
Tour Operations Manager
Sakura Compass Travel Co., Ltd.
3F Kanda Square Bldg, 2-5 Kanda-Nishikicho, Chiyoda-ku, Tokyo 101-0054, Japan
Tel +81-3-5283-7710 | Mobile +81-90-6418-2275
k.nakamura@sakuracompass-travel.jp | www.sakuracompass-travel.jp
Japan Tourism Agency Registered Travel Agency No. 2-8142"""
SIG_FUJIMOTO = """
Best regards,
Aya Fujimoto
Overseas Sales | Sakura Compass Travel Co., Ltd.
Tel +81-3-5283-7712
a.fujimoto@sakuracompass-travel.jp"""
SIG_WALSH = """
Warm regards,
Liam Walsh
Guest Relations
Sakura Compass Travel Co., Ltd.
24h emergency line: +81-3-5283-7799
l.walsh@sakuracompass-travel.jp"""
F_NAK = "Kenji Nakamura <k.nakamura@sakuracompass-travel.jp>"
F_FUJ = "Aya Fujimoto <a.fujimoto@sakuracompass-travel.jp>"
F_WAL = "Liam Walsh <l.walsh@sakuracompass-travel.jp>"

MAILS = []
def add(**k): MAILS.append(k)

add(expect="pass", kind="benign.data_subject_booking",
    why="Booking confirmation sent to the traveller herself, including her own passport number as registered for the rail pass (own data to the data subject).",
    **{"from": F_WAL}, to=["Sophie Laurent <sophie.laurent84@gmail.com>"],
    subject="Your booking is confirmed – Kyoto & Kanazawa 7 days (Ref. SCT-25-08841)",
    text="""Dear Ms Laurent,

Thank you for booking with Sakura Compass Travel! Your trip is confirmed.

Booking reference: SCT-25-08841
Tour: Kyoto & Kanazawa Slow Travel, 7 days
Dates: 14–20 October 2025
Travellers: 2 adults (Sophie Laurent, Antoine Laurent)
Room: 1 twin, non-smoking, ryokan nights on 16 and 17 Oct

For the JR Pass exchange, we have registered the passport details you sent us:
  Sophie Laurent – passport 21FR48302
Please check this carefully, as the name and number must match your passport exactly
when you exchange the voucher at Kyoto Station.

Your guide on 15 October will be Ms Yuki Harada; she will meet you in the lobby of
Hotel Kamogawa Terrace at 9:00.

We look forward to welcoming you to Japan.
""" + SIG_WALSH)

add(expect="pass", kind="benign.agent_quotation",
    why="Group quotation to an overseas agent with tour codes and hotel names only.",
    **{"from": F_FUJ}, to=["Grace Lim <grace.lim@orchid-journeys.com.sg>"],
    subject="RE: Quotation request – Hokkaido winter group (20 pax), Feb 2026",
    text="""Dear Grace,

Thank you for your request. Please find our quotation below.

Tour code: SCT-HKD-W26-020
Dates: 7–12 February 2026 (5 nights)
Group size: 20 pax + 1 tour leader (FOC)
Route: New Chitose – Otaru – Sapporo (Snow Festival) – Asahiyama Zoo – Noboribetsu
Hotels: Hotel Otaru Canal View (1N), Sapporo Grand Park Hotel (2N), Noboribetsu Onsen Kiyotaki (2N)

Land price per person (twin share): JPY 248,000
Single supplement: JPY 62,000
Includes: private coach, English-speaking guide, 5 breakfasts, 4 dinners, entrance fees

Hotel space during the Snow Festival is tight, so we recommend confirming by 31 August.
Option held until 15 August under our file no. OPT-2508-117.
""" + SIG_FUJIMOTO)

add(expect="pass", kind="benign.invoice_swift",
    why="Invoice to an overseas agent with the company's corporate bank account and SWIFT code.",
    **{"from": F_FUJ}, to=["Accounts Payable <ap@kangaroo-trails.com.au>"],
    cc=["Mitchell Hayes <mitchell@kangaroo-trails.com.au>"],
    subject="Invoice SCT-INV-2507-044 – Group KT-JP-0925",
    text="""Dear Accounts team,

Please find attached our invoice for group KT-JP-0925 (Tokyo–Hakone–Kyoto, 18 pax, 2–9 Sept).

Invoice no.: SCT-INV-2507-044
Amount due: JPY 6,912,000
Due date: 15 August 2025

Bank details:
  Beneficiary: Sakura Compass Travel Co., Ltd.
  Bank: MUFG Bank, Ltd., Kanda Branch
  Account no.: 0432 (branch) – 1187362 (ordinary)
  SWIFT/BIC: BOTKJPJT
  Bank address: 2-7-1 Marunouchi, Chiyoda-ku, Tokyo

Please quote the invoice number on your remittance. Bank charges outside Japan are for the
remitter's account.
""" + SIG_FUJIMOTO,
    attachments=[{"filename": "SCT-INV-2507-044.pdf", "contentType": "application/pdf",
                  "text": """INVOICE  SCT-INV-2507-044
Bill to: Kangaroo Trails Pty Ltd, Level 4, 88 Pitt Street, Sydney NSW 2000
Group: KT-JP-0925  Tokyo-Hakone-Kyoto 2-9 Sep 2025  18 pax + 1 TL
Land package 18 x JPY 372,000 = JPY 6,696,000
Single supplement 3 x JPY 72,000 = JPY 216,000
Total JPY 6,912,000
Beneficiary Sakura Compass Travel Co., Ltd.  MUFG Bank Kanda Branch 0432-1187362  SWIFT BOTKJPJT
Corporate Number 3010001187426"""}])

add(expect="pass", kind="benign.accessible_tour_programme",
    why="Describes an accessible-tour product (wheelchair-friendly routes) to an agent; disability is about the service, not a person.",
    **{"from": F_NAK}, to=["Hannah Becker <h.becker@reisewelt-barrierefrei.de>"],
    subject="Accessible Tokyo & Nikko – programme details",
    text="""Dear Ms Becker,

Thank you for your interest in our accessible travel programme. Here is an overview.

"Accessible Tokyo & Nikko" – 6 days
- All hotels have at least two universal rooms (roll-in shower, 80 cm doors).
- Vehicle: lift-equipped coach (Hino Liesse, 2 wheelchair positions) or UD taxis.
- Routes checked by our staff in 2025: Asakusa (Senso-ji via the east gate ramp),
  Meiji Shrine (gravel areas avoided), Nikko Toshogu (accessible route up to Yomeimon).
- Guides trained in assisting guests with mobility, visual or hearing impairments.
- Optional: rental of manual or electric wheelchairs (JPY 3,300/day).

We do not need any medical details in advance. It is enough to tell us, about two weeks
before arrival, how many wheelchair users will travel and whether they can transfer
to a seat on their own.

I attach sample photos of the rooms and vehicle in a separate mail.
""" + SIG_NAKAMURA)

add(expect="pass", kind="benign.service_disruption",
    why="Notice about a booking-system outage and a typhoon-related area isolation; no personal data.",
    **{"from": F_NAK}, to=["partners@sakuracompass-travel.jp"],
    bcc=["ops@orchid-journeys.com.sg", "mitchell@kangaroo-trails.com.au", "h.becker@reisewelt-barrierefrei.de",
         "tours@maplewaytravel.ca", "jp-desk@goldengatetours-ex.com"],
    subject="Service notice: booking portal outage & Typhoon No. 9 update (22 July)",
    text="""Dear partners,

1) Booking portal outage
Our B2B booking portal was unavailable from 02:10 to 05:45 JST today because of a server
failure at our hosting provider. No data was lost and there is no sign of a malware infection.
Bookings made during this window may not have been received; please re-send them or
contact us by e-mail.

2) Typhoon No. 9
Parts of the Kiso Valley (Tsumago/Magome) are temporarily isolated after a landslide closed
National Route 19. Tours scheduled for 23–25 July will be rerouted to Takayama.
Affected agents have been contacted individually.

We apologise for the inconvenience.
""" + SIG_NAKAMURA)

add(expect="pass", kind="benign.masked_card_refund",
    why="Refund confirmation sent to the cardholder herself, card masked to the last 4 digits.",
    **{"from": F_WAL}, to=["Emily Carter <emily.carter.nyc@icloud.com>"],
    subject="Refund processed – Mt Fuji day tour (Ref. SCT-25-07712)",
    text="""Dear Ms Carter,

We're sorry the Mt Fuji day tour on 18 July was cancelled due to weather.
Your refund has been processed today:

  Booking ref.: SCT-25-07712
  Amount: JPY 36,000 (2 adults)
  Card: Visa ending 1881 (**** **** **** 1881)

It usually appears on your statement within 5–10 business days.
If you'd like to rebook for another date, just reply to this e-mail and we'll hold seats for you.
""" + SIG_WALSH)

add(expect="pass", kind="benign.successor_introduction",
    why="Introduces a successor to an overseas agent; business contact details only.",
    **{"from": F_FUJ}, to=["David Chen <david.chen@goldengatetours-ex.com>"],
    cc=["Ryo Matsuda <r.matsuda@sakuracompass-travel.jp>"],
    subject="Personal news – introducing my successor Ryo Matsuda",
    text="""Dear David,

I wanted to let you know personally that I will be moving to our Osaka office on 1 September
to set up our new Kansai desk. It has been a real pleasure working with you on the
Golden Gate Tours series over the last four years.

From September, your account will be handled by my colleague Ryo Matsuda (cc'd).
Ryo has been with us for six years, most recently running our FIT desk, and he knows your
programmes well. His direct line is +81-3-5283-7718.

Ryo and I will join your call on 20 August together so that the handover is smooth.

Thank you again for your trust, and I hope to see you at ITB Asia in October!
""" + SIG_FUJIMOTO)

add(expect="pass", kind="benign.halal_restaurant_list",
    why="List of halal-certified restaurants for an agent's product; religion is about a service category, not a person.",
    **{"from": F_NAK}, to=["Nur Aisyah <aisyah@barakah-tours.com.my>"],
    subject="Halal-friendly restaurants for your Tokyo–Osaka series",
    text="""Dear Aisyah,

As promised, here are the restaurants we use for Muslim-friendly groups.
All have halal certification or a dedicated halal menu, and prayer space is noted.

Tokyo
- Sekai Ramen Asakusa – halal ramen, prayer room on 2F, seats 40
- Gyumon Shinjuku – halal wagyu yakiniku, groups up to 30
Kyoto
- Kamo Halal Kitchen – obanzai set, no alcohol served
Osaka
- Naniwa Halal Okonomiyaki – Dotonbori, prayer mats available

We also include Qibla direction cards in every hotel room for your groups, and schedule
Friday sightseeing around Jumu'ah at Tokyo Camii or Kobe Mosque.
""" + SIG_NAKAMURA)

add(expect="pass", kind="benign.short_thanks",
    why="Short thank-you to a guest for a review.",
    **{"from": F_WAL}, to=["tom.higgins@btinternet.com"],
    subject="Thank you for your lovely review!",
    text="""Hi Tom,

Thank you so much for the 5-star review – our guide Kaito was thrilled to read it.
Hope the jet lag wasn't too bad, and see you next time in Japan!

Liam""")

add(expect="pass", kind="benign.dev_test_card",
    why="Development meeting notes for the web vendor; the card number is a public Luhn-valid test number in a sandbox.",
    **{"from": F_NAK}, to=["Shota Mori <mori@brightpixel-dev.jp>"],
    cc=["Liam Walsh <l.walsh@sakuracompass-travel.jp>"],
    subject="Minutes – payment page renewal sprint review (23 July)",
    text="""Hi Mori-san,

Minutes from today's sprint review:

1. Checkout on staging passed with the Stripe test card 4242 4242 4242 4242
   (exp 12/34, CVC 123). 3-D Secure flow tested with the 4000 0027 6000 3184 test card.
2. Currency display: show JPY only, with approximate USD/EUR in brackets (rate updated daily).
3. Booking reference format stays SCT-YY-NNNNN; the hash in the confirmation URL
   (e.g. 9f2c1e7ab04d) must not be guessable – please use 128-bit tokens instead.
4. Go-live: 4 September, after the load test.

Action items: Mori-san – fix the double-submit bug; Liam – update the FAQ wording.
""" + SIG_NAKAMURA)

# ---------- HOLD ----------
add(expect="hold", kind="list.rooming_passports",
    why="Rooming list attachment with guests' passport numbers and dates of birth sent to a ryokan (body has no data).",
    **{"from": F_NAK}, to=["Ryokan Kiyotaki Front Desk <front@kiyotaki-onsen.jp>"],
    subject="Rooming list – Group KT-JP-0925 (arr. 6 Sept)",
    text="""Dear Front Desk,

Please find attached the rooming list for group KT-JP-0925 arriving 6 September.
Dinner at 18:30 please. Thank you!
""" + SIG_NAKAMURA,
    attachments=[{"filename": "KT-JP-0925_rooming.csv", "contentType": "text/csv",
                  "text": """Room,Name,Nationality,Date of birth,Passport no.
1,HAYES Mitchell,AUS,1979-04-22,PA4418273
1,HAYES Karen,AUS,1981-09-03,PA4418291
2,O'BRIEN Sean,AUS,1966-12-14,PB0927716
3,NGUYEN Linh,AUS,1990-07-08,PC3381520
3,NGUYEN Minh,AUS,1988-02-27,PC3381547
4,WALKER Jessica,AUS,1972-11-30,PA9902164
"""}],
    personal=[{"type": "passport", "value": "PA4418273"}, {"type": "name", "value": "NGUYEN Linh"},
              {"type": "birthdate", "value": "1990-07-08"}, {"type": "passport", "value": "PC3381520"}])

add(expect="hold", kind="sensitive.medical",
    why="Tells a coach company a named guest's diagnosis (multiple sclerosis) and medication needs.",
    **{"from": F_NAK}, to=["Fuji Kanko Bus Operations <ops@fujikanko-bus.co.jp>"],
    subject="Group MW-1010: passenger needing assistance",
    text="""Dear Operations team,

For group MW-1010 (Maple Way Travel, 10–16 October), please note one passenger needs
extra assistance:

  Mrs. Patricia Gordon (seat 1A please)
  She has multiple sclerosis and uses a folding wheelchair. She can walk a few steps with
  a cane but gets fatigued quickly in heat. She carries injectable medication that must be
  kept in the coach's cool box.

Please make sure the driver allows extra time at each stop. Thank you!
""" + SIG_NAKAMURA,
    personal=[{"type": "name", "value": "Mrs. Patricia Gordon"}, {"type": "diagnosis", "value": "multiple sclerosis"}])

add(expect="hold", kind="id.card_number",
    why="Forwards a guest's full card number, expiry and CVC (taken by phone) to a hotel for a guarantee.",
    **{"from": F_WAL}, to=["Reservations <reservations@hakone-mistral-hotel.jp>"],
    subject="Late arrival guarantee – Mr. Brandon Lee, 2 Aug",
    text="""Dear Reservations,

Mr. Brandon Lee (our ref. SCT-25-09016) will arrive late on 2 August, around 23:30.
He called us from the airport and asked us to guarantee the room with his card:

  Card: VISA 4111 1111 1111 1111
  Name on card: BRANDON J LEE
  Expiry: 09/27  CVC: 738

Please keep the room until his arrival. Thank you.
""" + SIG_WALSH,
    personal=[{"type": "card_number", "value": "4111 1111 1111 1111"}, {"type": "name", "value": "Mr. Brandon Lee"},
              {"type": "cvc", "value": "CVC: 738"}])

add(expect="hold", kind="attachment.encrypted_zip",
    why="Passenger manifest sent as a password-protected zip (PPAP).",
    **{"from": F_FUJ}, to=["Grace Lim <grace.lim@orchid-journeys.com.sg>"],
    subject="Manifest for OJ-SAP-1102",
    text="""Dear Grace,

Attached is the final manifest for OJ-SAP-1102. I'll send the password in a separate e-mail.
""" + SIG_FUJIMOTO,
    attachments=[{"filename": "OJ-SAP-1102_manifest.zip", "contentType": "application/zip", "encrypted": True}])

add(expect="hold", kind="recipients.visible_agents",
    why="Newsletter sent with 15 overseas agents from different companies visible in To.",
    **{"from": F_FUJ},
    to=["grace.lim@orchid-journeys.com.sg", "mitchell@kangaroo-trails.com.au", "h.becker@reisewelt-barrierefrei.de",
        "tours@maplewaytravel.ca", "david.chen@goldengatetours-ex.com", "aisyah@barakah-tours.com.my",
        "info@nordic-wanderlust.se", "sales@bluelotus-travel.co.th", "jpn@andes-viajes.cl",
        "contact@voyages-etoile.fr", "reservations@emerald-isle-tours.ie", "ops@kiwi-compass.co.nz",
        "asia@tulip-reizen.nl", "booking@saffron-trails.in", "team@pacificdream-tours.ph"],
    subject="Sakura Compass – Autumn 2025 partner update",
    text="""Dear partners,

Autumn leaves season is just around the corner! A few updates:

- New product: "Koyo Express" 4-day Nikko & Karuizawa mini-tour, from JPY 158,000.
- Kyoto hotel rates will rise by about 8% from 1 November due to the new accommodation tax.
- Our 2026 brochure (PDF) will be ready on 1 September.
- Meet us at ITB Asia, Singapore, 22–24 October – booth J-12.

As always, thank you for your partnership.
""" + SIG_FUJIMOTO)

add(expect="hold", kind="sensitive.medical_subject",
    why="The subject line alone names a guest and his HIV medication; the body is a routine customs question.",
    **{"from": F_WAL}, to=["Kanda Pharmacy <info@kanda-yakkyoku.jp>"],
    subject="Question re Mr. Daniel Okoro's HIV medication (antiretrovirals) – import quantity",
    text="""Dear Pharmacist,

One of our guests will stay in Japan for 45 days and is bringing his regular prescription
medicine. Could you tell us whether he needs a "Yakkan Shoumei" import certificate if the
quantity exceeds a one-month supply, or whether the prescription and a doctor's letter in
English are enough?

Thank you for your help.
""" + SIG_WALSH,
    personal=[{"type": "name", "value": "Mr. Daniel Okoro"}, {"type": "medical", "value": "HIV medication (antiretrovirals)"}])

add(expect="hold", kind="id.passport_quoted",
    why="Only the quoted guest e-mail contains her passport number, date of birth and home address; it is forwarded to a hotel.",
    **{"from": F_WAL}, to=["Front Office <front@hotel-kamogawa-terrace.jp>"],
    subject="Fwd: Late check-in on 14 Oct",
    text="""Dear Front Office,

Our guest Ms Sophie Laurent will check in late on 14 October (around 22:00). Please see below.
Could you also arrange a taxi card to Kyoto Station for the morning of 15 Oct?

Many thanks,
Liam

---------- Forwarded message ---------
From: Sophie Laurent <sophie.laurent84@gmail.com>
Date: Mon, 21 Jul 2025 at 19:02
Subject: Late check-in on 14 Oct

Hi Liam,
Our flight AF276 lands at 17:20, so we will be at the hotel around 22:00.
In case the hotel needs it for the guest register: passport 21FR48302, born 03/05/1984,
home address 14 rue des Tanneurs, 69002 Lyon, France.
Thanks! Sophie
""" + SIG_WALSH,
    personal=[{"type": "passport", "value": "21FR48302"}, {"type": "birthdate", "value": "03/05/1984"},
              {"type": "address", "value": "14 rue des Tanneurs, 69002 Lyon, France"}])

add(expect="hold", kind="sensitive.religion",
    why="Tells a ryokan that a named family are Orthodox Jewish and their religious observance (belief about identifiable persons).",
    **{"from": F_NAK}, to=["Okami-san <okami@yumoto-shirasagi.jp>"],
    subject="Guests arriving 19 Sept – special requests",
    text="""Dear Okami-san,

Thank you for accepting our booking for the Levi family (4 guests) on 19–21 September.

Mr. Daniel Levi and his family are Orthodox Jewish and observe Shabbat from Friday sunset
to Saturday night. During that time they cannot use electric switches, elevators or key
cards, so could you please:
- give them a room on the ground floor with a traditional key,
- leave the room lights on from Friday afternoon,
- serve only the kosher meals they bring (we will deliver them on 19 Sept) – no hotel food.

Thank you very much for your understanding.
""" + SIG_NAKAMURA,
    personal=[{"type": "name", "value": "Mr. Daniel Levi"}, {"type": "religion", "value": "Orthodox Jewish"}])

add(expect="hold", kind="personal.complaint_forward",
    why="Forwards a guest's complaint with her full name, home address, phone and e-mail to a taxi company.",
    **{"from": F_WAL}, to=["Customer Service <cs@miyako-taxi.co.jp>"],
    subject="Complaint from our guest – overcharged fare on 16 July",
    text="""Dear Customer Service,

We received the following complaint from our guest and would appreciate your investigation.

Guest: Ms Rachel Whitmore
Home address: 2218 Maple Crest Drive, Austin, TX 78704, USA
Mobile: +1 512-408-7731 (WhatsApp)
E-mail: rachel.whitmore@yahoo.com
Ride: Kyoto Station Hachijo exit → Kiyomizu-dera, approx. 14:10 on 16 July, car no. 京都 500 あ 27-81

She says the driver took a long detour and charged JPY 6,800 (normally about JPY 2,500),
and refused to give a receipt. She would like a refund to her card.

Please contact her directly if needed.
""" + SIG_WALSH,
    personal=[{"type": "name", "value": "Ms Rachel Whitmore"}, {"type": "address", "value": "2218 Maple Crest Drive, Austin, TX 78704, USA"},
              {"type": "phone", "value": "+1 512-408-7731"}, {"type": "email", "value": "rachel.whitmore@yahoo.com"}])

add(expect="hold", kind="sensitive.medical_attachment",
    why="The attached hospital report gives a named guest's diagnoses (hip fracture, early dementia); the body only mentions the claim number.",
    **{"from": F_NAK}, to=["Claims Asia <claims.asia@globalcare-assist.com>"],
    cc=["Mitchell Hayes <mitchell@kangaroo-trails.com.au>"],
    subject="Claim GCA-JP-558120 – medical report",
    text="""Dear Claims team,

Further to our call, please find attached the hospital's English summary for claim
GCA-JP-558120. The guest remains in hospital in Kyoto; our staff visits daily.

Please let us know what else you need for the guarantee of payment.
""" + SIG_NAKAMURA,
    attachments=[{"filename": "Medical_summary_GCA-JP-558120.pdf", "contentType": "application/pdf",
                  "text": """Kyoto Rakuto General Hospital – Medical Summary (English)
Patient: Margaret O'SULLIVAN, female, DOB 1948-02-19, Australian
Admitted: 19 July 2025 via emergency
Diagnosis: Left femoral neck fracture after fall at Fushimi Inari; surgery (hemiarthroplasty) 21 July.
Comorbidities: early-stage Alzheimer's dementia (on donepezil), hypertension.
Expected length of stay: 14–18 days, then fit to fly with medical escort.
Attending: Dr. K. Tsujimura, Orthopaedics"""}],
    personal=[{"type": "name", "value": "Margaret O'SULLIVAN"}, {"type": "diagnosis", "value": "early-stage Alzheimer's dementia (on donepezil)"},
              {"type": "diagnosis", "value": "Left femoral neck fracture"}])
