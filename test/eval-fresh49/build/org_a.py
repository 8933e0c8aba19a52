# Org A: Nordhaven Lines Japan K.K. (shipping line's Japan agency: crew & cargo). English mails.
ARAI = "Kenji Arai <k.arai@nordhaven.example.jp>"
WHIT = "Sarah Whitfield <s.whitfield@nordhaven.example.jp>"
MATS = "Yuko Matsuda <y.matsuda@nordhaven.example.jp>"

SIG_ARAI = """--
Kenji Arai
Crew Manager, Marine Personnel Dept.
Nordhaven Lines Japan K.K.
3-9 Kaigan-dori, Naka-ku, Yokohama 231-0002
Tel +81-45-000-4410 | Mobile +81-90-0000-1187
k.arai@nordhaven.example.jp"""

SIG_WHIT = """Best regards,
Sarah Whitfield
Cargo Operations Manager
Nordhaven Lines Japan K.K. | Yokohama Head Office
T: +81-45-000-4420  E: s.whitfield@nordhaven.example.jp
-- This e-mail and any attachment are intended for the addressee only. --"""

SIG_MATS = """Kind regards,
Yuko Matsuda (松田 優子)
Port Agency & Husbandry
Nordhaven Lines Japan K.K. - Kobe Branch
Tel +81-78-000-2230 / 24h duty phone +81-80-0000-5521"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="id.passport",
 why="Crew members' passport numbers, nationalities and birth dates are sent to an outside travel agency in the body.",
 **{"from": ARAI}, to=["Reservations Desk <crew@bluewave-travel.example.com>"],
 subject="MV NORDIC TERN - crew change Yokohama 14 Nov, flight bookings for 3 off-signers",
 text="""Dear Ms. Okabe,

Please book the following off-signers from Narita to Manila on 15 Nov (PR 431 or similar, economy, 2x23kg seaman's fare).
They will be released from the vessel at Daikoku C-3 around 18:00 on 14 Nov and need one night at a hotel near NRT.

1) ARCEO, Ramon Villanueva  - Bosun   - Filipino - DOB 12 Mar 1979 - Passport P3319847B (exp 2031-06-02)
2) DELA CRUZ, Jomar Santos  - AB       - Filipino - DOB 04 Sep 1991 - Passport P5520173A (exp 2029-11-18)
3) TAN, Wilfredo Bautista   - Oiler    - Filipino - DOB 27 Jan 1985 - Passport P7048826C (exp 2030-02-09)

Seaman's books and OKTB letters will follow from the manning agent. Please invoice Nordhaven Lines Japan under PO CRW-2411-0087.

Thank you for your help as always.

""" + SIG_ARAI,
 personal=[{"type":"passport","value":"P3319847B"},{"type":"passport","value":"P5520173A"},{"type":"passport","value":"P7048826C"},{"type":"name","value":"ARCEO, Ramon Villanueva"}]),

dict(expect="hold", kind="sensitive.health",
 why="A named seafarer's injury diagnosis and treatment are reported to the P&I correspondent in the body.",
 **{"from": MATS}, to=["Capt. Hiroshi Noda <claims@kansai-pandi.example.co.jp>"], cc=["Master MV NORDIC TERN <master.nordictern@fleetmail.example.net>"],
 subject="MV NORDIC TERN / Kobe / crew injury - 2nd Engineer",
 text="""Dear Capt. Noda,

Further to my call this morning, please note the following for your file.

Crew member: Mr. Andrius Kalnins, 2nd Engineer, Latvian national
Event: slipped on the engine room ladder during bunkering, 03 Nov approx. 21:40 LT
Treatment: taken by ambulance to Kobe Minato Central Hospital (fictional). X-ray shows a displaced fracture of the left distal radius; surgery (plate fixation) planned for 05 Nov. Doctor estimates unfit for duty for 8-10 weeks.
He also has type 2 diabetes on medication, which the surgeon says may slow healing.

The owners have asked us to arrange repatriation to Riga after discharge. We will send the hospital guarantee letter for your signature shortly.

""" + SIG_MATS,
 personal=[{"type":"name","value":"Andrius Kalnins"},{"type":"diagnosis","value":"displaced fracture of the left distal radius"},{"type":"diagnosis","value":"type 2 diabetes"}]),

dict(expect="hold", kind="attachment.encrypted_zip",
 why="Crew documents are sent as a password-protected zip (PPAP) to an outside broker.",
 **{"from": ARAI}, to=["Immigration Team <imm@harbourline-brokers.example.jp>"],
 subject="NORDIC TERN crew docs for landing permission",
 text="""Dear Mr. Sugita,

Attached are the documents for the shore pass applications for NORDIC TERN (ETA Yokohama 14 Nov).
The password will be sent in a separate mail.

""" + SIG_ARAI,
 attachments=[{"filename":"NORDICTERN_crewdocs_1114.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="list.crew_roster",
 why="The attached crew list gives 8 crew members' names, birth dates, nationalities and passport numbers to a hotel; the body gives no hint.",
 **{"from": MATS}, to=["Front Office <groups@portside-hotel-kobe.example.jp>"],
 subject="Group booking - 8 rooms 21-22 Nov",
 text="""Dear Front Office team,

Thank you for confirming the 8 single rooms for the night of 21 Nov (check-out 22 Nov, 06:00 shuttle to KIX).
The rooming list is attached as requested. Breakfast boxes would be appreciated as they leave early.

Billing: Nordhaven Lines Japan K.K., Kobe Branch (please quote ref. KB-HUS-1121).

""" + SIG_MATS,
 attachments=[{"filename":"rooming_list_NORDICTERN.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text":"""[Rooming]
No	Surname	Given names	Rank	Nationality	Date of birth	Passport No.
1	PETROV	Dmitri	Chief Officer	Bulgarian	1982-07-19	382146557
2	NOWAK	Tomasz	3rd Officer	Polish	1996-01-30	EK4471920
3	SANTOS	Rizaldy	Cook	Filipino	1988-05-06	P4827361A
4	MERCADO	Jayson	OS	Filipino	1999-12-11	P6610925B
5	AUNG	Kyaw Min	Fitter	Myanmar	1990-03-22	MH219874
6	REYES	Noel	AB	Filipino	1986-08-14	P2093318C
7	IVANENKO	Oleh	2nd Officer	Ukrainian	1993-10-02	FB552107
8	BALTAZAR	Edwin	Wiper	Filipino	1994-06-27	P8801456A"""}],
 personal=[{"type":"name","value":"PETROV\tDmitri"},{"type":"passport","value":"P4827361A"},{"type":"birth_date","value":"1988-05-06"}]),

dict(expect="hold", kind="sensitive.health",
 why="The reply itself is about flights, but the forwarded master's report names the cook and his suspected tuberculosis.",
 **{"from": ARAI}, to=["Ms. Okabe <crew@bluewave-travel.example.com>"],
 subject="FW: NORDIC TERN - urgent sign-off of cook",
 text="""Dear Ms. Okabe,

One more passenger for the 15 Nov flight, please - details in the master's message below. Medical escort is not required per the port doctor, but please request an aisle seat near the rear.

""" + SIG_ARAI + """

---------- Forwarded message ----------
From: Master MV NORDIC TERN <master.nordictern@fleetmail.example.net>
Date: 11 Nov 2024 07:12
To: Kenji Arai <k.arai@nordhaven.example.jp>
Subject: NORDIC TERN - urgent sign-off of cook

Dear Arai-san,
Ch/Cook Mr. Rizaldy SANTOS has had fever and persistent cough for 3 weeks. Port doctor at Busan took chest X-ray and suspects pulmonary tuberculosis; sputum test result pending. He is isolated in the hospital cabin. Owners agree to sign him off at Yokohama and send him home for treatment.
Replacement cook is arranged by the manning agent.
Rgds, Capt. M. Haugen""",
 personal=[{"type":"name","value":"Mr. Rizaldy SANTOS"},{"type":"diagnosis","value":"suspects pulmonary tuberculosis"}]),

dict(expect="hold", kind="recipients.visible",
 why="A schedule notice goes to 13 consignees from different companies all visible in To/Cc instead of Bcc.",
 **{"from": WHIT},
 to=["import@tokai-foods.example.co.jp","logistics@marugen-trading.example.jp","cs@hokuyo-paper.example.co.jp","imports@sunbright-furniture.example.com","shipping@kaneda-steel.example.co.jp","ops@greenleaf-organics.example.jp","scm@daiwa-chemix.example.co.jp"],
 cc=["impdesk@orient-apparel.example.jp","buying@yamabiko-sports.example.jp","tomoko.h@fujimi-wine.example.co.jp","cargo@kitaura-machinery.example.jp","import.team@lumina-lighting.example.com","dept3@nankai-tsusho.example.co.jp"],
 subject="Schedule change: MV NORDIC TERN V.2411E - Yokohama ETA now 16 Nov",
 text="""Dear Valued Customers,

Due to congestion at Busan New Port, MV NORDIC TERN voyage 2411E will arrive Yokohama (Daikoku C-3) on 16 Nov instead of 14 Nov.
Revised estimated schedule:
  Yokohama  ETA 16 Nov 06:00 / ETD 17 Nov 01:00
  Nagoya    ETA 18 Nov 08:00
  Kobe      ETA 19 Nov 14:00
Free time will be counted from the actual discharge date. Arrival notices will be reissued on 14 Nov.

We apologise for any inconvenience.

""" + SIG_WHIT),

dict(expect="hold", kind="id.bank_account",
 why="A seafarer's private allotment bank account and his wife's name are sent to a remittance company.",
 **{"from": ARAI}, to=["Allotment Desk <allot@pacific-remit.example.com>"],
 subject="Allotment set-up - new joiner NORDIC TERN",
 text="""Hello Allotment Desk,

Please register the following monthly allotment from December payroll:

Seafarer: Jayson MERCADO, OS, MV NORDIC TERN (joined 14 Nov)
Allottee: Marites P. Mercado (wife)
Bank: BDO Unibank, Batangas City Branch
Account name: MARITES P MERCADO
Account no.: 0041-2290-8817
Amount: USD 650 per month

Signed allotment slip is with the manning agent. Thank you.

""" + SIG_ARAI,
 personal=[{"type":"bank_account","value":"0041-2290-8817"},{"type":"name","value":"Marites P. Mercado"}]),

dict(expect="hold", kind="sensitive.criminal",
 why="A named crew member's arrest and police investigation are reported to the manning agency.",
 **{"from": MATS}, to=["Ops Manager <ops@visayas-manning.example.ph>"], cc=["Kenji Arai <k.arai@nordhaven.example.jp>"],
 subject="Re: NORDIC TERN - crew member detained in Kobe",
 text="""Dear Mr. Villareal,

Update as of 16:00 JST:

AB Noel REYES remains in custody at Kobe Mizujo Police Station (fictional). Police told us he is being investigated for assault after a fight at a bar in Sannomiya on the night of 20 Nov; the other party has a broken nose. He may be held up to 20 more days before the prosecutor decides on indictment.
The vessel must sail on 22 Nov without him. We have appointed a local lawyer (Mr. Tsuji) through the P&I club.

Please inform his family as you think fit and advise on a replacement AB.

""" + SIG_MATS,
 personal=[{"type":"name","value":"AB Noel REYES"},{"type":"criminal","value":"investigated for assault"}]),

dict(expect="hold", kind="id.passport",
 why="Only the subject line carries a named seafarer's passport number; the body says nothing personal.",
 **{"from": ARAI}, to=["Visa Section <visa@harbourline-brokers.example.jp>"],
 subject="Guarantee letter: Mr. Oleh IVANENKO, passport FB552107, sign-on 21 Nov",
 text="""Sugita-san,

As discussed on the phone, please go ahead with the application. Our guarantee letter (signed) will reach your office by courier tomorrow morning.

""" + SIG_ARAI,
 personal=[{"type":"passport","value":"FB552107"},{"type":"name","value":"Mr. Oleh IVANENKO"}]),

dict(expect="hold", kind="personal.resume",
 why="A candidate officer's full CV with home address, phone and birth date is forwarded to an outside ship manager.",
 **{"from": ARAI}, to=["Fleet Personnel <personnel@aegir-shipmgmt.example.no>"],
 subject="Candidate for 2nd Officer - CV attached",
 text="""Dear Ingrid,

Following your request for a Japanese-speaking 2nd Officer for the car-carrier pool, we received the attached CV via our website. He looks suitable; shall I arrange a video interview next week?

""" + SIG_ARAI,
 attachments=[{"filename":"CV_Takumi_Hirose.pdf","contentType":"application/pdf","text":"""CURRICULUM VITAE
Name: Takumi HIROSE (廣瀬 拓海)
Date of birth: 9 February 1994
Address: 2-14-6 Higashi-Terao, Tsurumi-ku, Yokohama 230-0077
Mobile: 090-0000-6634   E-mail: t.hirose94@freemail.example.com
Certificate: STCW II/1 Officer in Charge of a Navigational Watch (Japan)
Sea service:
 2019-2021  3rd Officer, PCTC "Sakura Highway" (fictional)
 2021-2024  2nd Officer, bulk carrier "Kisaragi Star" (fictional)
Marital status: married, 1 child
Reason for leaving: wish to work for a European owner"""}],
 personal=[{"type":"name","value":"Takumi HIROSE"},{"type":"address","value":"2-14-6 Higashi-Terao, Tsurumi-ku, Yokohama 230-0077"},{"type":"phone","value":"090-0000-6634"}]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.arrival_notice",
 why="B/L, container and booking numbers look like IDs but identify cargo, sent to the consignee company.",
 **{"from": WHIT}, to=["Import Dept. <import@tokai-foods.example.co.jp>"],
 subject="Arrival Notice - B/L NHVL2411YK00473 / MV NORDIC TERN V.2411E",
 text="""Dear Tokai Foods Import Team,

Please find arrival details for your shipment below.

Vessel/Voyage : NORDIC TERN / 2411E
B/L No.       : NHVL2411YK00473
Containers    : NHLU 482190-6 (40'RF), NHLU 482207-1 (40'RF)
Commodity     : Frozen chicken parts, 2,400 cartons
Port of disch.: Yokohama Daikoku C-3, ETA 16 Nov
Free time     : 5 days (reefer)
Ocean freight : prepaid / THC JPY 61,000 per box collect

D/O will be released upon receipt of the original B/L or surrender confirmation. Plug-in monitoring is active; current set temperature -18.0C, no alarms.

""" + SIG_WHIT),

dict(expect="pass", kind="benign.corporate_invoice",
 why="Corporate SWIFT and account details of the agency itself on a disbursement account to the shipowner.",
 **{"from": MATS}, to=["Accounts Payable <ap@aegir-shipmgmt.example.no>"],
 subject="Final Disbursement Account - NORDIC TERN Kobe call 19-22 Nov",
 text="""Dear Accounts Payable,

Attached please find our FDA for the Kobe call. Balance due to us: JPY 1,284,500 (after PDA advance of JPY 3,000,000).

Remittance details:
Beneficiary : NORDHAVEN LINES JAPAN K.K.
Bank        : Sanko Trust Bank, Kobe Branch (fictional)
SWIFT       : SNKTJPJTXXX
Account     : 4021-0088817 (current account)

Main items: port dues, pilotage (in/out), tugs 2x2, launch hire, crew change transport, fresh water 80 mt, garbage removal.
Please quote invoice KB-FDA-24-1197 on payment.

""" + SIG_MATS,
 attachments=[{"filename":"FDA_KB-FDA-24-1197.pdf","contentType":"application/pdf","text":"""FINAL DISBURSEMENT ACCOUNT  KB-FDA-24-1197
Vessel NORDIC TERN  IMO 9731145  Port Kobe  Arr 19 Nov  Dep 22 Nov
Port dues 412,300 / Pilotage 388,000 / Tugs 1,640,000 / Launch 96,000 / Crew transport 182,400 / FW 215,800 / Garbage 48,000 / Agency fee 302,000
Total 4,284,500  Less advance 3,000,000  Balance JPY 1,284,500"""}]),

dict(expect="pass", kind="benign.meeting",
 why="Meeting arrangement naming terminal staff with heavy signatures; no personal data beyond business contacts.",
 **{"from": WHIT}, to=["Mr. Daisuke Kamei <kamei@daikoku-terminal.example.co.jp>"], cc=["Ms. Rie Oshiro <oshiro@daikoku-terminal.example.co.jp>"],
 subject="Re: Meeting on 2025 berth windows",
 text="""Dear Kamei-san,

Thank you for your quick reply. Tuesday 3 Dec at 14:00 at your office works for us. From our side: myself and Mr. Lindqvist (our Regional Director, visiting from Singapore).

Agenda as you proposed:
 - berth window for the weekly NEX service from April
 - reefer plug capacity during the summer peak
 - gate appointment system trial

Could Oshiro-san please register two visitors at the security gate?

""" + SIG_WHIT + """

> -----Original Message-----
> From: Daisuke Kamei
> Sent: Wednesday, November 20, 2024 10:03 AM
> Subject: Meeting on 2025 berth windows
>
> Whitfield-san, could we meet early December to discuss next year's windows?
> Tue 3 Dec or Thu 5 Dec afternoon would suit us.
> --
> Daisuke Kamei, Planning Section, Daikoku Container Terminal Co. (fictional)
> Tel 045-000-7719"""),

dict(expect="pass", kind="benign.it_outage",
 why="'Outage', 'infected' and 'quarantined' refer to the booking system and malware, not people.",
 **{"from": WHIT}, bcc=["customer-list@nordhaven.example.jp"], to=["Nordhaven Japan Customers <noreply@nordhaven.example.jp>"],
 subject="Service notice: e-booking portal outage 25 Nov",
 text="""Dear Customers,

Our e-booking portal was unavailable from 02:10 to 09:45 JST on 25 Nov. A server at our hosting provider was infected with malware; the affected machine was quarantined and services were restored from a clean backup. No customer data was accessed according to the provider's forensic review.

Bookings submitted during the outage were not received. Please resubmit them or send them to booking@nordhaven.example.jp and we will give them priority.

""" + SIG_WHIT),

dict(expect="pass", kind="benign.successor",
 why="A successor introduction naming staff and giving business contacts only.",
 **{"from": ARAI}, to=["Ops Manager <ops@visayas-manning.example.ph>"], cc=["Yuko Matsuda <y.matsuda@nordhaven.example.jp>","Tetsuya Shimizu <t.shimizu@nordhaven.example.jp>"],
 subject="Change of crew manager from 1 January",
 text="""Dear Mr. Villareal,

I am writing to let you know that I will move to our Tokyo office as Head of Marine HR on 1 January. From that date, crew matters for the Japan calls will be handled by Mr. Tetsuya Shimizu (cc), who has been with our Kobe branch for six years and knows your team well from the Kobe crew changes.

Tetsuya Shimizu
Crew Manager (from 1 Jan)
Direct +81-45-000-4413 / t.shimizu@nordhaven.example.jp

It has been a great pleasure to work with you and your colleagues in Cebu over the last five years. Thank you for all your support.

""" + SIG_ARAI),

dict(expect="pass", kind="benign.project_two_companies",
 why="Dry-dock coordination with six visible addresses from two companies (agency and shipyard).",
 **{"from": MATS},
 to=["Mr. Goro Hayakawa <hayakawa@setonaikai-dock.example.co.jp>","Ms. Emi Kondo <kondo@setonaikai-dock.example.co.jp>","Docking Office <dock@setonaikai-dock.example.co.jp>"],
 cc=["Sarah Whitfield <s.whitfield@nordhaven.example.jp>","Kenji Arai <k.arai@nordhaven.example.jp>"],
 subject="NORDIC PUFFIN special survey docking - kick-off",
 text="""Dear Hayakawa-san, Kondo-san,

Thank you for the docking slot 10-31 January for NORDIC PUFFIN (IMO 9698824).
Proposed kick-off call: Thursday 5 Dec, 10:00 JST (Teams link to follow).

Points to cover:
1. Repair specification rev.2 (hull blasting 1,850 m2, propeller polishing, stern tube seal renewal)
2. Class attendance (DNV surveyor Mr. Bergstrom)
3. Crew accommodation ashore for 14 persons - Arai-san will coordinate
4. Waste and sludge disposal certificates

Kindly confirm who else from the yard will attend.

""" + SIG_MATS),

dict(expect="pass", kind="benign.data_subject_self",
 why="A seafarer's own flight itinerary and e-ticket number are sent to himself.",
 **{"from": ARAI}, to=["Takeshi Ogura <ogura.takeshi.sea@freemail.example.com>"],
 subject="Your travel to join NORDIC PUFFIN - e-ticket",
 text="""Dear Ogura-san,

Here is your itinerary for joining NORDIC PUFFIN in Singapore:

 02 Dec  NH 841  Haneda 10:50 -> Singapore 17:35
 Booking reference: 7KQ4ZD  / E-ticket: 205-2418837761
 Port agent on arrival: Mr. Lim, +65-0000-1122 (meets you at Arrival Hall, Gate 3)

Please bring your passport, seaman's book and the original of your COC. Your sign-on date will be 03 Dec. Have a safe trip.

""" + SIG_ARAI),

dict(expect="pass", kind="benign.plain_zip",
 why="Unencrypted zip with stowage and lashing plans sent to the terminal.",
 **{"from": WHIT}, to=["Vessel Planning <vplan@daikoku-terminal.example.co.jp>"],
 subject="NORDIC TERN 2411E - BAPLIE & lashing plan",
 text="""Dear Vessel Planning,

Attached (zip, no password) are the departure BAPLIE from Busan, the lashing plan and the DG manifest for NORDIC TERN 2411E.
Total onboard: 1,146 units / 1,902 TEU; Yokohama discharge 214 units, load 188 units (fcst).
Two OOG flat racks in bay 34 - please see the notes in the lashing plan.

""" + SIG_WHIT,
 attachments=[{"filename":"NORDICTERN_2411E_plans.zip","contentType":"application/zip","text":"NORDICTERN_2411E_BAPLIE.edi\nLashing_plan_2411E.pdf\nDG_manifest_2411E.xlsx"}]),

dict(expect="pass", kind="benign.condolence",
 why="Condolence on the death of a partner company's former chairman, a public business figure.",
 **{"from": ARAI}, to=["Mr. Kazuo Ishiguro <president@harbourline-brokers.example.jp>"],
 subject="Our condolences",
 text="""Dear Mr. Ishiguro,

We were deeply saddened to learn of the passing of Mr. Shigeru Harada, founder and former Chairman of Harbourline Brokers. His decades of work for the port community of Yokohama are well known to all of us, and many of our colleagues remember his kindness during our early years in Japan.

On behalf of everyone at Nordhaven Lines Japan, please accept our sincere condolences and convey them to his family and to your staff.

""" + SIG_ARAI),

dict(expect="pass", kind="benign.plant_quarantine",
 why="'Quarantine' and 'fumigation' concern a timber cargo inspection, not people.",
 **{"from": WHIT}, to=["Mr. Koji Natsume <natsume@hokuyo-paper.example.co.jp>"],
 subject="Plant quarantine inspection - log cargo, B/L NHVL2411NG00128",
 text="""Dear Natsume-san,

The plant quarantine inspection of your radiata pine logs (B/L NHVL2411NG00128, 3,200 m3) at Nagoya found bark beetles in two sample bundles. The station has ordered methyl bromide fumigation under tarpaulin before release. The fumigation contractor can start on 19 Nov; the quarantine officer will re-inspect on 21 Nov.

Estimated extra cost (fumigation + 2 days' storage): JPY 486,000 - we will bill at cost.

""" + SIG_WHIT),
]
