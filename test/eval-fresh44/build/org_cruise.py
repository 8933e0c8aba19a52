"""Aurora Meridian Cruises Japan K.K. -- cruise line's Japan office (English mails)."""
from common import M, A, XLSX, PDF, CSV, ZIP, DOCX

EMILY = "Emily Hartwell <emily.hartwell@amc-japan.example.com>"
KENJI = "Kenji Morioka <kenji.morioka@amc-japan.example.com>"
PRIYA = "Priya Natarajan <priya.natarajan@amc-japan.example.com>"

SIG_EMILY = """--
Emily Hartwell
Guest Services Manager
Aurora Meridian Cruises Japan K.K.
Toranomon Riverside Bldg. 9F, 1-8-3 Toranomon, Minato-ku, Tokyo 105-0001
Tel +81-3-5555-0182 | emily.hartwell@amc-japan.example.com"""

SIG_KENJI = """--
Kenji Morioka (森岡 健二)
Trade Sales Manager, Japan
Aurora Meridian Cruises Japan K.K.
Tel +81-3-5555-0190 | Mobile +81-90-5555-3127
kenji.morioka@amc-japan.example.com"""

SIG_PRIYA = """--
Priya Natarajan
Shore Operations Coordinator - Japan & Korea ports
Aurora Meridian Cruises Japan K.K.
Tel +81-78-555-0144 (Kobe desk)
priya.natarajan@amc-japan.example.com"""

MAILS = [
# ---------------- holds ----------------
M("hold", "id.passport",
  "Passport numbers and birth dates of a named family are sent in the body to a Busan ground handler.",
  "body", EMILY, ["Jiwoo Han <jw.han@haeundae-ground.example.kr>"],
  "Busan call 12 Oct - guests needing K-ETA check",
  f"""Dear Jiwoo,

Following our call this morning, below are the three guests on the Aurora Serenade who booked the independent Busan city day and whose K-ETA status we could not confirm from our side. Could your team run the check with the immigration liaison before Friday?

1) HOLLOWAY, Mark Andrew  - passport (AUS) PA4471926, DOB 14 Mar 1968
2) HOLLOWAY, Susan Claire - passport (AUS) PA4471927, DOB 02 Sep 1970
3) HOLLOWAY, Grace        - passport (AUS) PB0935512, DOB 21 Jan 2009

They are in cabin 9217. If any of them needs to apply on board we will arrange Wi-Fi vouchers.

Many thanks, and see you on the pier.

Best regards,
Emily

{SIG_EMILY}""",
  personal=[{"type": "passport", "value": "PA4471926"}, {"type": "passport", "value": "PA4471927"},
            {"type": "passport", "value": "PB0935512"}, {"type": "name", "value": "HOLLOWAY, Mark Andrew"}]),

M("hold", "list.customers",
  "The attached excursion manifest lists guests' names, birth dates and mobile numbers; the body gives no hint.",
  "attachment", PRIYA, ["Operations <ops@setouchi-kanko-bus.example.jp>"],
  "KOB-07 Himeji Castle tour - manifest for 18 Nov",
  f"""Hello Setouchi Kanko team,

Please find attached the manifest for tomorrow's KOB-07 tour (2 coaches, departure 08:40 from Kobe Port Terminal, bay 3).
Guides: Ms. Ueno (coach 1) and Mr. Hiraga (coach 2), as agreed.

Let me know if the coach numbers change.

Kind regards,
Priya

{SIG_PRIYA}""",
  attachments=[A("KOB-07_manifest_1118.xlsx", XLSX,
"""[Coach1]
Tour\tCoach\tGuest name\tCabin\tDate of birth\tMobile\tNotes
KOB-07\t1\tBRENNAN Patrick\t6104\t1951-07-22\t+1-617-555-0148\t
KOB-07\t1\tBRENNAN Maureen\t6104\t1953-11-03\t+1-617-555-0149\t
KOB-07\t1\tTAKAHASHI Yumiko\t7310\t1962-04-18\t080-5555-2741\t
KOB-07\t1\tNGUYEN Thi Lan\t8022\t1979-09-30\t+61-4-5555-0193\t
KOB-07\t1\tSCHULTE Dieter\t8115\t1948-12-01\t+49-171-5550-336\tslow walker
[Coach2]
Tour\tCoach\tGuest name\tCabin\tDate of birth\tMobile\tNotes
KOB-07\t2\tOKAFOR Chidi\t5033\t1985-02-14\t+44-7700-900512\t
KOB-07\t2\tOKAFOR Ada\t5033\t1987-06-25\t+44-7700-900513\t
KOB-07\t2\tMIYAZAWA Hiroto\t9402\t1990-10-10\t090-5555-6618\t""")],
  personal=[{"type": "name", "value": "BRENNAN Patrick"}, {"type": "birthdate", "value": "1951-07-22"},
            {"type": "phone", "value": "080-5555-2741"}]),

M("hold", "sensitive.health",
  "Tells a travel agency that a named guest was disembarked with a suspected stroke and hospitalised.",
  "body", EMILY, ["Naoko Sekiguchi <n.sekiguchi@kaiyo-travel.example.jp>"],
  "Your client Mr. Arimura - disembarked at Naha",
  f"""Dear Ms. Sekiguchi,

I am writing to let you know that your client Mr. Takeshi Arimura (booking AMC-7734081, cabin 10240) was disembarked in Naha yesterday afternoon. Our ship's doctor suspected a stroke after he showed slurred speech at lunch, and he was transferred by ambulance to Naha Minato General Hospital, where he has been admitted to the neurology ward.

Mrs. Arimura stayed with him ashore. Our port agent is helping with her hotel, and we will refund the unused portion of the cruise to the original form of payment. Could you please contact the family's travel insurer on your side?

I am very sorry to bring this news.

Kind regards,
Emily

{SIG_EMILY}""",
  personal=[{"type": "name", "value": "Mr. Takeshi Arimura"}, {"type": "health", "value": "suspected a stroke"}]),

M("hold", "sensitive.health",
  "The reply itself is about cabins, but the quoted earlier message names a guest who needs dialysis three times a week.",
  "quoted", KENJI, ["Ryo Kanbara <kanbara@sakura-group-tours.example.jp>"],
  "Re: Group SGT-0412 / cabin block confirmation",
  f"""Kanbara-san,

Thank you. Confirming the block of 22 cabins on the 3 April sailing as per your list; the deposit deadline is 10 January. I will send the contract tomorrow.

Best,
Kenji

{SIG_KENJI}

-----Original Message-----
From: Emily Hartwell <emily.hartwell@amc-japan.example.com>
Sent: Tuesday, December 2, 2025 16:12
To: Kenji Morioka <kenji.morioka@amc-japan.example.com>
Subject: RE: Group SGT-0412 / cabin block confirmation

Kenji, before you confirm - one of Sakura's guests, Mrs. Fumiko Iwashita (78), is on haemodialysis three times a week for chronic kidney failure. The medical centre can't do dialysis on board, so we must arrange shore-side sessions in Keelung and Naha, and she needs a cabin close to the midship lift. Please hold 8031 for her.
Emily

-----Original Message-----
From: Ryo Kanbara <kanbara@sakura-group-tours.example.jp>
Sent: Tuesday, December 2, 2025 11:05
Subject: Group SGT-0412 / cabin block confirmation

Dear Morioka-san, could you confirm the 22-cabin block for our April group? Kanbara
""",
  personal=[{"type": "name", "value": "Mrs. Fumiko Iwashita"}, {"type": "health", "value": "haemodialysis three times a week for chronic kidney failure"}]),

M("hold", "attachment.encrypted_zip",
  "Commission statement sent as a password-protected zip with the password to follow (PPAP).",
  "zip", KENJI, ["Accounts <accounts@orion-voyages.example.jp>"],
  "Q3 commission statement (password to follow)",
  f"""Dear Orion Voyages accounts team,

Please find attached your Q3 2025 commission statement. For security the file is password protected; I will send the password in a separate e-mail.

Payment will be made on 25 November.

Best regards,
Kenji

{SIG_KENJI}""",
  attachments=[A("AMC_commission_Q3_2025_OrionVoyages.zip", ZIP, encrypted=True)]),

M("hold", "recipients.visible",
  "Fam-trip invitation addressed to 13 agents of different agencies in To, so every address is visible to all.",
  "recipients", KENJI,
  ["Yuki Asano <y.asano@orion-voyages.example.jp>",
   "Ryo Kanbara <kanbara@sakura-group-tours.example.jp>",
   "Naoko Sekiguchi <n.sekiguchi@kaiyo-travel.example.jp>",
   "hiroshi.tamai@tabi-no-mado.example.jp",
   "Mai Kudo <kudo.mai@kitanoshima-travel.example.jp>",
   "Daisuke Ogura <ogura@shonan-cruise-desk.example.jp>",
   "Chie Nomura <c.nomura@nagoya-world-tours.example.jp>",
   "m-ishida@fukuoka-ryoko.example.jp",
   "Kaori Sugimoto <sugimoto@hokuriku-travel.example.jp>",
   "Tatsuya Endo <t.endo@premium-seas.example.jp>",
   "Satomi Hara <hara.satomi@gmail.com>",
   "Ken Ueda <ueda@kansai-leisure.example.jp>",
   "Aya Morimoto <a.morimoto@sendai-tourist.example.jp>"],
  "Invitation: Aurora Serenade agent fam trip, Yokohama 14-16 Jan",
  f"""Dear partners,

We are delighted to invite you to a 2-night familiarisation cruise on the Aurora Serenade, Yokohama - Shimizu - Yokohama, 14-16 January 2026.

- One cabin per agency (balcony), meals and ship tour included
- Product update session with our Vice President Sales Asia, 15 Jan 10:00
- Please reply by 12 December with the name of the attending colleague

We look forward to welcoming you on board.

Best regards,
Kenji

{SIG_KENJI}"""),

M("hold", "id.card",
  "A guest's full card number and expiry, taken over the phone, are passed to an agency to charge a deposit.",
  "body", EMILY, ["Bookings <bookings@tabi-no-mado.example.jp>"],
  "Deposit for booking AMC-7801557 (guest called us directly)",
  f"""Hello Tabi no Mado bookings,

Your client Ms. Laura Pennington called our guest line because she could not reach your office over the weekend. She wants to secure cabin 7128 on the 22 March sailing before the promotion ends, and asked us to pass on her card so you can charge the deposit of JPY 60,000 through your agency account:

Card: 5555 5555 5555 4444 (Mastercard), exp 09/28, name L PENNINGTON

Please confirm to her directly at l.pennington@outlook.com once done.

Best regards,
Emily

{SIG_EMILY}""",
  personal=[{"type": "card", "value": "5555 5555 5555 4444"}, {"type": "name", "value": "Ms. Laura Pennington"}]),

M("hold", "sensitive.health",
  "Only the subject names the guest and her COPD oxygen approval; the body is a neutral form reminder.",
  "subject", PRIYA, ["Terminal Services <services@osanbashi-terminal.example.jp>"],
  "Ms. Aiko Fujinami, cabin 8142 - oxygen concentrator boarding (COPD) on 7 Feb",
  f"""Dear Terminal Services,

Thank you for your quick reply. We will send the completed special-assistance form by Friday and ask that a porter with a trolley meets the guest at the taxi bay at 12:30.

Kind regards,
Priya

{SIG_PRIYA}""",
  personal=[{"type": "name", "value": "Ms. Aiko Fujinami"}, {"type": "health", "value": "oxygen concentrator boarding (COPD)"}]),

M("hold", "personal.inquiry",
  "Forwards a guest's complaint with home address, phone and e-mail to the tour vendor.",
  "forwarded", PRIYA, ["Ryuji Kase <kase@hakata-yatai-tours.example.jp>"],
  "Fw: Complaint - food tour on 3 Sept",
  f"""Kase-san,

Please see the guest feedback below about the Hakata night food tour. Could you send me your guide's account of what happened by Wednesday? We'd like to reply to the guest this week.

Thanks,
Priya

{SIG_PRIYA}

---------- Forwarded message ---------
From: Daniel Whitcombe <dwhitcombe62@yahoo.com>
Date: Sat, 6 Sep 2025 at 21:44
Subject: Complaint - food tour on 3 Sept
To: guestrelations@amc-japan.example.com

To whom it may concern,
We paid USD 189 each for the "Hakata Yatai Night" tour and were left waiting 50 minutes at the second stall while the guide took phone calls. Two of the promised stalls were skipped.
I expect a partial refund.

Daniel Whitcombe
1187 Larkspur Lane, Eugene, OR 97401, USA
Tel +1-541-555-0162
Booking AMC-7623390, cabin 11208
""",
  personal=[{"type": "name", "value": "Daniel Whitcombe"}, {"type": "address", "value": "1187 Larkspur Lane, Eugene, OR 97401, USA"},
            {"type": "phone", "value": "+1-541-555-0162"}]),

M("hold", "sensitive.criminal",
  "Reports to the P&I insurer that a named guest was arrested for assault on board.",
  "body", EMILY, ["Claims Desk <claims.asia@northstar-pandi.example.com>"],
  "Incident report - Aurora Serenade voyage S2541, Keelung",
  f"""Dear Claims Desk,

As requested, a short account for your file ahead of the master's full report.

On 19 October at about 23:30 a guest, Mr. Gregory Lindqvist (cabin 9330, Swedish national, born 1979), struck a bartender in the Horizon Lounge after being refused service. Ship security detained him in his cabin overnight. On arrival in Keelung he was arrested by the Keelung Harbour Police on an assault charge and did not re-board. The bartender (crew) received stitches in the medical centre.

CCTV footage is preserved. Please let me know which documents you need from us.

Kind regards,
Emily

{SIG_EMILY}""",
  personal=[{"type": "name", "value": "Mr. Gregory Lindqvist"}, {"type": "criminal", "value": "arrested by the Keelung Harbour Police on an assault charge"}]),

# ---------------- passes ----------------
M("pass", "benign.bcc_itinerary_change",
  "Typhoon itinerary change sent to agents in Bcc, with no guest data.",
  "-", KENJI, ["Kenji Morioka <kenji.morioka@amc-japan.example.com>"],
  "[Itinerary change] Aurora Serenade 28 Aug sailing - Ishigaki replaced by Kagoshima",
  f"""Dear travel partners,

Due to Typhoon No. 11 forecast to pass near the Sakishima Islands, the Aurora Serenade sailing of 28 August will call at Kagoshima (30 Aug, 08:00-17:00) instead of Ishigaki.

- Pre-booked Ishigaki excursions will be refunded automatically to guests' onboard accounts.
- Port charges difference: JPY 2,400 per guest, credited to onboard accounts.
- No change to embarkation or disembarkation times in Kobe.

Please share this with your clients. A guest letter in Japanese and English is available on the agent portal.

Best regards,
Kenji

{SIG_KENJI}""",
  bcc=["y.asano@orion-voyages.example.jp", "kanbara@sakura-group-tours.example.jp",
       "n.sekiguchi@kaiyo-travel.example.jp", "hiroshi.tamai@tabi-no-mado.example.jp",
       "kudo.mai@kitanoshima-travel.example.jp", "ogura@shonan-cruise-desk.example.jp",
       "c.nomura@nagoya-world-tours.example.jp", "m-ishida@fukuoka-ryoko.example.jp",
       "sugimoto@hokuriku-travel.example.jp", "t.endo@premium-seas.example.jp",
       "ueda@kansai-leisure.example.jp", "a.morimoto@sendai-tourist.example.jp"]),

M("pass", "benign.corporate_bank_swift",
  "Invoice to a Korean operator with the company's own corporate account and SWIFT code.",
  "-", KENJI, ["Minseo Park <minseo.park@hanbit-tours.example.kr>"],
  "Invoice AMC-INV-25-1187 - charter deposit",
  f"""Dear Ms. Park,

Please find below the payment details for the 30% deposit on the partial charter (Busan - Fukuoka - Busan, 9-12 May 2026).

Invoice no.: AMC-INV-25-1187
Amount: USD 148,500.00
Due: 15 January 2026

Beneficiary: Aurora Meridian Cruises Japan K.K.
Bank: Minato Pacific Bank, Toranomon Branch
Account no.: 0412-1093847 (USD current account)
SWIFT: MPBKJPJT
Bank address: 2-4-1 Toranomon, Minato-ku, Tokyo

Please quote the invoice number in the remittance.

Best regards,
Kenji

{SIG_KENJI}""",
  attachments=[A("AMC-INV-25-1187.pdf", PDF,
"""INVOICE AMC-INV-25-1187
Bill to: Hanbit Tours Co., Ltd., 45 Jungang-daero, Jung-gu, Busan
Description: Partial charter deposit (30%), 240 cabins, 9-12 May 2026
Amount due: USD 148,500.00
Beneficiary: Aurora Meridian Cruises Japan K.K. / Minato Pacific Bank, Toranomon Branch / A/C 0412-1093847 / SWIFT MPBKJPJT""")]),

M("pass", "benign.outbreak_aggregate",
  "Norovirus report to the port health office gives only counts of infected and isolated guests, no names.",
  "-", EMILY, ["Quarantine Section <kenneki@kobe-port-health.example.go.jp>"],
  "Pre-arrival GI illness report - Aurora Serenade, arriving Kobe 21 Nov 07:00",
  f"""Dear Sir or Madam,

In line with the pre-arrival reporting requirement, please find our gastrointestinal illness summary for voyage S2547.

- Guests on board: 2,214 / crew: 968
- Guests reporting GI symptoms since 16 Nov: 14 (0.63%)
- Crew reporting GI symptoms: 3
- Suspected norovirus infection; all symptomatic persons isolated in their cabins for 48 hours after last symptoms
- Enhanced sanitation (level 2) in place since 17 Nov; self-service buffets suspended

The medical log (anonymised) is attached. Our ship's doctor can be reached on the bridge line during arrival.

Kind regards,
Emily

{SIG_EMILY}""",
  attachments=[A("S2547_GI_log_anonymised.csv", CSV,
"""date,new_guest_cases,new_crew_cases,cumulative,isolated_now
2025-11-16,3,0,3,3
2025-11-17,6,1,10,10
2025-11-18,4,2,16,13
2025-11-19,1,0,17,7
2025-11-20,0,0,17,4""")]),

M("pass", "benign.data_subject_self",
  "Booking confirmation sent to the guest herself, with her own details and her own dietary note.",
  "-", EMILY, ["Margaret Ellery <m.ellery@btinternet.com>"],
  "Your booking AMC-7790214 - Spring Blossom Japan, 24 March",
  f"""Dear Mrs. Ellery,

Thank you for booking directly with us. Here is a summary of your reservation - please check the details against your passport:

Guest: Mrs. Margaret Ann Ellery
Booking: AMC-7790214
Ship / sailing: Aurora Serenade, Yokohama round trip, 24 March - 3 April 2026
Cabin: 8206 (balcony)
Passport on file: ending ...3381 (please update if you renew before travel)
Dining note: gluten-free meals - the galley has been informed

Your final payment of GBP 2,140 is due on 23 January. Your card on file ends in 1881.

Warm regards,
Emily

{SIG_EMILY}"""),

M("pass", "benign.project_six_addresses",
  "Pier-side project mail with six visible addresses from two companies (AMC and the terminal operator).",
  "-", PRIYA,
  ["Shingo Aramaki <aramaki@osanbashi-terminal.example.jp>",
   "Megumi Toda <toda@osanbashi-terminal.example.jp>",
   "Takuro Iizuka <iizuka@osanbashi-terminal.example.jp>"],
  "Re: Turnaround day 24 March - luggage flow and shuttle bays",
  f"""Aramaki-san, Toda-san, Iizuka-san,

Thanks for the walk-through yesterday. Summary of what we agreed:

1. Luggage drop moves to bays 5-7; porters from 09:00 (Toda-san to confirm headcount: 24)
2. Shuttle buses to Yokohama Station from bay 2 every 15 minutes, 08:30-11:30
3. Wheelchair assistance desk next to check-in row A (we provide 6 wheelchairs)
4. Emily will brief the guest services team; Kenji informs the agents by 10 March

Next check-in call: 3 March, 14:00.

Best regards,
Priya

{SIG_PRIYA}""",
  cc=["Emily Hartwell <emily.hartwell@amc-japan.example.com>", "Kenji Morioka <kenji.morioka@amc-japan.example.com>"]),

M("pass", "benign.masked_card_refund",
  "Refund notice to an agency with only a masked card number and reference codes.",
  "-", EMILY, ["Mai Kudo <kudo.mai@kitanoshima-travel.example.jp>"],
  "Refund processed - booking AMC-7655120",
  f"""Dear Kudo-san,

The cancellation refund for booking AMC-7655120 has been processed today.

Amount: JPY 184,600
Card: Visa **** **** **** 0931
Refund reference: RF-25-0044718
Expected to appear within 5-10 business days.

Could you kindly let your client know? No further action needed.

Best regards,
Emily

{SIG_EMILY}"""),

M("pass", "benign.tracking_numbers",
  "Brochure shipment notice with Yamato tracking numbers; one 12-digit number happens to pass the My Number check.",
  "-", PRIYA, ["Kayo Hamada <hamada@sunrise-print.example.jp>"],
  "2026 brochures received - and the remaining parcels",
  f"""Hamada-san,

The first lot of 2026 brochures arrived at the Kobe desk this morning, thank you. Two parcels are still showing "in transit" - could you check with Yamato?

- 459361551390 (Kobe desk, 4 boxes) - delivered
- 340025664683 (Tokyo office, 6 boxes) - in transit
- 314063176781 (Fukuoka sales, 2 boxes) - in transit

Also, on page 34 the deck plan shows cabin 8206 as an inside cabin - it is a balcony. Please fix for the reprint.

Thanks,
Priya

{SIG_PRIYA}"""),

M("pass", "benign.successor_intro",
  "Successor introduction to a partner agency, naming staff of both sides with signatures.",
  "-", KENJI, ["Tatsuya Endo <t.endo@premium-seas.example.jp>"],
  "Handover of your account - introducing Ms. Risa Onodera",
  f"""Endo-san,

I hope all is well. From 1 February I will move to our Singapore office to look after South-East Asia trade sales. Your account will be handled by my colleague Ms. Risa Onodera, who joined us from a ferry operator and knows the Seto Inland Sea ports very well.

Risa's contact: risa.onodera@amc-japan.example.com / +81-3-5555-0193

I would like to bring her to your office for a short introduction - would 20 or 21 January, 15:00, suit you?

Thank you for eight wonderful years of working together.

Best regards,
Kenji

{SIG_KENJI}"""),

M("pass", "benign.dev_minutes_test_card",
  "Minutes of a booking-engine integration meeting; the Luhn-valid card number is a sandbox test card.",
  "-", KENJI, ["Shota Maruyama <maruyama@nextwave-systems.example.jp>"],
  "Minutes: agent portal payment integration, sprint review 12",
  f"""Maruyama-san,

Thank you for the review today. Minutes below; please correct anything I missed.

Attendees: Maruyama, Kimura (NextWave); Morioka, Onodera (AMC)

1. 3-D Secure flow on the sandbox: OK. Test card 4111 1111 1111 1111, exp 12/30, CVC 123 succeeds; 4000 0000 0000 0002 is declined as expected.
2. Currency rounding for JPY deposits: NextWave to fix (ticket NW-482).
3. Commission field in agent statement export: add column "gross_fare_ex_tax".
4. Go-live target: 2 March; production keys will be exchanged via the vendor portal only, not by e-mail.

Next review: 26 January 16:00 (online).

Best regards,
Kenji

{SIG_KENJI}"""),

M("pass", "benign.historical_figure_lecture",
  "Enrichment-lecture arrangement about Lafcadio Hearn, a historical person, with a named lecturer.",
  "-", PRIYA, ["Prof. Sachiko Imaizumi <imaizumi@matsue-humanities.example.ac.jp>"],
  "Onboard lecture on Lafcadio Hearn - Sakaiminato call, 9 May",
  f"""Dear Professor Imaizumi,

Thank you for agreeing to give an onboard lecture on the sailing that calls at Sakaiminato on 9 May.

Proposed title: "Lafcadio Hearn (Koizumi Yakumo) and the ghosts of Matsue"
Time: 8 May, 16:00-16:45, Starlight Theatre (capacity 900), with English/Japanese slides
We will arrange your boarding in Maizuru on 8 May and disembarkation in Sakaiminato on 9 May.

Could you send a short biography and a photo for the daily programme by 10 April?

With kind regards,
Priya

{SIG_PRIYA}"""),
]
