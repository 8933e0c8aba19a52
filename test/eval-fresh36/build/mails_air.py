from common import *

MAILS = []
A = MAILS.append

# ---------------- PASS ----------------
A(m(_key="air_crewbus", expect="pass", kind="benign.crew_roster",
  why="Operating crew names and positions for a crew bus pickup; no personal data beyond names and duty roles.",
  frm=LINDQVIST, to=["Skyport Handling NRT Ops <nrt-ops@skyport-handling.co.jp>"],
  cc=["Daniel Hartmann <daniel.hartmann@aureliapacific-air.com>"],
  subject="AP 782 NRT-SYD charter 14 Dec - operating crew for crew bus & ramp pass list",
  text=f"""Dear NRT Ops team,

Please find below the operating crew for the AP 782 charter (NRT 09:55 / SYD 21:10 local) on 14 December, for the crew bus and the ramp access list.

Flight deck
  CPT  Marcus Ellery
  FO   Priya Raman
  SO   Tomasz Wieczorek

Cabin
  PUR  Hannah O'Donoghue
  FA   Kenji Arata
  FA   Lucia Ferraro
  FA   Ngaio Whitfield
  FA   Siosaia Tonga
  FA   Elodie Marchand
  FA   Jun Takemura

Crew bus pick-up: 07:10 at Hotel Narita Bayview main lobby (10 crew + 1 engineer, Mr. Ravi Chandrasekar, Pacific Aero Technics).
Aircraft: A330-900, registration VH-APQ, stand 27 planned.

Crew ID cards will be shown at the staff gate as usual. If the bus needs to go earlier because of the Route 295 works, just let me know.

{SIG_LINDQVIST}"""))

A(m(_key="air_ownbooking", expect="pass", kind="benign.own_data",
  why="Itinerary, ticket and membership numbers sent to the passenger herself.",
  frm=SAEKI, to=["Clara Jensen <clara.jensen82@gmail.com>"],
  subject="Your booking QX7M2R - Tokyo Narita to Auckland, 19 Jan (changed itinerary)",
  text=f"""Dear Ms. Jensen,

Thank you for calling our Tokyo office this morning. As discussed, we have rebooked you onto the earlier flight at no extra charge. Your updated itinerary:

  Booking reference : QX7M2R
  E-ticket          : 742-2318845501
  Aurelia Club no.  : AP 80 4417 2290 (Silver)

  19 JAN  AP 785  NRT 18:40 -> AKL 08:15 (+1)  Premium Economy  Seat 23A
  02 FEB  AP 786  AKL 10:30 -> NRT 17:55       Premium Economy  Seat 23A

Your baggage allowance remains 2 x 23 kg. Since you mentioned you are renewing your passport before the trip, please update the passport details in "Manage Booking" once the new one arrives; the details we hold end in ...4471 and will otherwise be used for the advance passenger information.

Have a wonderful trip, and please do not hesitate to contact me directly if anything changes.

{SIG_SAEKI}"""))

A(m(_key="air_outage", expect="pass", kind="benign.it_outage",
  why="Check-in system outage (システム障害) notice to travel agents via Bcc; no personal data.",
  frm=HARTMANN, to=[HARTMANN], bcc=["ticketing@kirintravel.co.jp", "nrt-counter@hiraku-tours.co.jp", "ops@jet-bridge-travel.jp", "desk@sakura-corporate-travel.co.jp", "air@tokai-ryoko.co.jp", "info@blue-lagoon-travel.jp", "narita@kansai-globe.co.jp", "corporate@meiji-travel.co.jp", "booking@southern-cross-tours.jp", "nrt@fujimi-travel.co.jp", "air-sales@hokuto-ryokou.co.jp", "ops@wings-and-co.jp"],
  subject="[Aurelia Pacific] Check-in system outage at NRT, 3 Dec / 成田空港チェックインシステム障害のお知らせ",
  text=f"""Dear Travel Partners,
(日本語は下記をご覧ください)

Between 05:50 and 08:25 JST today, 3 December, our departure control system at Tokyo Narita experienced an outage. Check-in for AP 781 (NRT-SYD) was handled manually and the flight departed 54 minutes late. AP 785 to Auckland was not affected.

The root cause was a failed network switch at the airport data room; it was isolated and replaced by 08:10. No booking data was lost and no action is needed on PNRs. Passengers who missed connections in Sydney have been reaccommodated automatically.

旅行会社各位

本日12月3日 05:50〜08:25、成田空港における当社チェックインシステムに障害が発生し、AP 781便(成田→シドニー)は手作業でのチェックイン対応となり、54分遅れで出発いたしました。原因は空港内データルームのネットワーク機器の故障で、当該機器を隔離・交換し復旧済みです。予約データへの影響はございません。

ご迷惑をおかけしましたことをお詫び申し上げます。

{SIG_HARTMANN}"""))

A(m(_key="air_invoice", expect="pass", kind="benign.corporate_bank",
  why="Group fare invoice with the airline's own corporate bank account and SWIFT code.",
  frm=SAEKI, to=["Hoshizora Pharma Travel Desk <travel-desk@hoshizora-pharma.co.jp>"],
  cc=["経理部 田村様 <tamura.k@hoshizora-pharma.co.jp>"],
  subject="Invoice INV-JP-24-11873 - Group fare, Sydney incentive trip (42 pax)",
  text=f"""Dear Travel Desk team,
Dear Mr. Tamura,

Thank you for choosing Aurelia Pacific for your Sydney incentive trip in February. Please find the invoice details below; the PDF is attached.

  Invoice no.    : INV-JP-24-11873
  Group PNR      : GRP5TK / 42 passengers
  Fare total     : JPY 6,804,000 (incl. fuel surcharge and taxes)
  Due date       : 20 December 2024

Payment to:
  Bank           : Tokai Pacific Bank, Ltd., Shiba Branch (Branch code 214)
  Account        : Ordinary 3058126
  Account name   : Aurelia Pacific Airways Ltd. Japan Branch
  SWIFT          : TPBKJPJT
  Qualified invoice issuer no.: T8010401123457

Names for the group can be submitted until 45 days before departure. Please use the name-list template I sent in October.

{SIG_SAEKI}""",
  attachments=[{"filename": "INV-JP-24-11873.pdf", "contentType": "application/pdf",
    "text": "AURELIA PACIFIC AIRWAYS LTD. JAPAN BRANCH\nINVOICE INV-JP-24-11873\nBill to: Hoshizora Pharma Co., Ltd. Travel Desk\nGroup PNR GRP5TK  Pax 42  NRT-SYD-NRT 08FEB-13FEB\nFare JPY 5,880,000  Fuel surcharge JPY 546,000  Taxes JPY 378,000\nTotal JPY 6,804,000\nBank: Tokai Pacific Bank, Shiba Branch 214, Ordinary 3058126, Aurelia Pacific Airways Ltd. Japan Branch, SWIFT TPBKJPJT\nRegistration no. T8010401123457"}]))

A(m(_key="air_successor", expect="pass", kind="benign.successor_intro",
  why="Introduction of a successor station manager with business signatures only.",
  frm=HARTMANN, to=["Mr. Hiroshi Kanda <h.kanda@nto-terminal.co.jp>"],
  cc=["Rebecca Olufemi <rebecca.olufemi@aureliapacific-air.com>", "Skyport Handling NRT GM <k.matsuoka@skyport-handling.co.jp>"],
  subject="Farewell and introduction of my successor, Ms. Rebecca Olufemi",
  text=f"""Dear Kanda-san,

After four wonderful years in Narita I will be returning to our Brisbane head office at the end of January to take up the role of Head of Airport Services, Asia.

I am delighted to introduce my successor, Ms. Rebecca Olufemi (cc), who is currently Station Manager in Auckland. Rebecca will arrive in Tokyo on 13 January and we will overlap for two weeks. I would be grateful if we could visit you together during the week of 20 January for a short courtesy call; my assistant will contact your office for a convenient time.

Thank you for all the support from Terminal Operations, especially during the runway closure last spring and the typhoon diversions. It has been a privilege working with you and your team.

With warm regards,
Daniel

{SIG_HARTMANN}

--
Rebecca Olufemi
Station Manager Auckland (AKL) / Station Manager designate Tokyo Narita
Aurelia Pacific Airways
rebecca.olufemi@aureliapacific-air.com | T +64-9-256-0417"""))

A(m(_key="air_devminutes", expect="pass", kind="benign.test_card_dev",
  why="UAT minutes for the booking engine using a well-known Luhn-valid test card number and dummy PNRs.",
  _border="4111 1111 1111 1111 appears here as a payment-gateway test card in development minutes (pass); the same number is a hold in the phone-booking mail.",
  frm=SAEKI, to=["Nexus Web Solutions 開発チーム <jp-booking-dev@nexusweb.co.jp>"],
  cc=["Taku Ishizuka <t.ishizuka@nexusweb.co.jp>"],
  subject="Minutes - JP booking engine UAT round 3 (28 Nov)",
  text=f"""Hi Ishizuka-san, hi team,

Minutes from today's UAT session, please correct me if I missed anything.

Attendees: Aurelia - Miwa Saeki, Ken Otsubo (Revenue Mgmt); Nexus - Taku Ishizuka, Yui Hamada, Rohan Mehta

1. Card payment (3-D Secure)
   - Test card 4111 1111 1111 1111, exp 12/30, CVV 123 -> approved, but confirmation page shows the amount without the fuel surcharge. Bug UAT-214.
   - Test card 4000 0000 0000 0002 -> declined correctly, but error text is English only on the JP site. Bug UAT-215.
2. PNR display
   - Dummy PNRs ZZTEST1 to ZZTEST9 are still visible in production search logs; Rohan to purge.
3. Japanese name fields
   - Katakana-to-romaji conversion fails for "ヴ" (test passenger "ヴァレンタイン タロウ"). Yui to fix.
4. Go-live
   - Target moved from 9 Dec to 16 Dec pending UAT-214.

Next session: 5 Dec 14:00, Shiba Park Tower 9F meeting room B.

{SIG_SAEKI}"""))

A(m(_key="air_condolence", expect="pass", kind="benign.condolence",
  why="Condolence to a partner company on the passing of its founder; deceased person in an ordinary condolence.",
  frm=HARTMANN, to=["松岡 啓介 社長 <k.matsuoka@skyport-handling.co.jp>"],
  subject="With deepest sympathy / 松岡義男 名誉会長のご逝去を悼み",
  text=f"""Dear Matsuoka-san,

It was with great sadness that we learned of the passing of your father, Mr. Yoshio Matsuoka, Honorary Chairman and founder of Skyport Handling.

When Aurelia Pacific opened its Narita station in 1998, it was Mr. Matsuoka who personally walked our first station manager through the apron and promised that "every Aurelia aircraft will be treated like our own." Many of us have heard that story, and your teams have lived up to it every day since.

On behalf of everyone at Aurelia Pacific Airways, and of our CEO Mr. Graham Whitlock, please accept our heartfelt condolences. We will send flowers to the farewell ceremony on 7 December.

謹んでお悔やみ申し上げます。

Daniel Hartmann

{SIG_HARTMANN}"""))

A(m(_key="air_specialmeals", expect="pass", kind="benign.aggregate_health",
  why="Special-meal counts per flight only (including diabetic meals), no passenger names.",
  frm=HARTMANN, to=["Orion Flight Kitchen Narita <nrt-orders@orion-fk.co.jp>"],
  subject="Special meal forecast w/c 9 Dec - AP 781/782/785/786",
  text=f"""Hi Orion team,

Special meal forecast for next week (final numbers via the usual 24h SITA message):

Flight    Date     VGML MOML DBML GFML BBML KSML LFML
AP 781    09-Dec    6    4    2    3    1    0    1
AP 785    09-Dec    3    2    1    1    0    1    0
AP 781    11-Dec    5    6    3    2    2    0    0
AP 785    12-Dec    4    1    0    2    1    0    2
AP 781    14-Dec    7    3    2    4    0    1    1

Also a reminder that from 1 January the DBML (diabetic) and LFML (low fat) menus change to the new cycle B recipes approved in October.

Thanks!
Daniel

{SIG_HARTMANN}"""))

A(m(_key="air_lostbag", expect="pass", kind="benign.own_data",
  why="Delayed-baggage update sent to the passenger himself using the delivery address he provided.",
  frm=HARTMANN, to=["Tobias Reinholt <t.reinholt@icloud.com>"],
  subject="Re: Delayed bag - file NRTAP12345 - found, delivery tomorrow",
  text=f"""Dear Mr. Reinholt,

Good news: your suitcase (black Rimowa, tag AP 412877) has been located in Sydney and arrived on this morning's AP 782. It will be delivered tomorrow, 6 Dec, between 14:00 and 18:00 by Yamato Transport to the address you gave us:

  Hotel Sunroute Plaza Shinjuku, 2-3-1 Yoyogi, Shibuya-ku - front desk, guest Mr. T. Reinholt

Your interim expense claim (JPY 18,400 for toiletries and a shirt) has been approved; please send the receipts to this address.

Again, our apologies for the inconvenience.

{SIG_HARTMANN}

-----Original Message-----
From: Tobias Reinholt <t.reinholt@icloud.com>
Sent: Wednesday, 4 December 2024 22:13
Subject: Delayed bag - file NRTAP12345

Hello, any news about my bag? I'm at the Sunroute Shinjuku until the 10th. Thanks, Tobias"""))

A(m(_key="air_fluclinic", expect="pass", kind="benign.aggregate_health",
  why="Crew vaccination programme booking with aggregate uptake figures only.",
  frm=LINDQVIST, to=["Shiba Travel Clinic <booking@shiba-travelclinic.jp>"],
  subject="Flu vaccination sessions for Tokyo-based crew - Jan dates",
  text=f"""Dear Clinic team,

Thank you again for running our autumn flu clinic. 31 of our 42 Tokyo-based crew were vaccinated in the two sessions in October (74%), and the remaining crew were flying at the time.

Could we book two additional walk-in sessions in January for the rest of the crew and the new joiners? Preferred dates: 14 Jan or 16 Jan, 10:00-13:00, in your Shibakoen clinic. We expect around 15 people in total. Invoicing to Aurelia Pacific Airways Japan Branch as before (PO 24-HR-0312).

{SIG_LINDQVIST}"""))

A(m(_key="air_minutes_handling", expect="pass", kind="benign.minutes",
  why="Quarterly service review minutes naming staff of two companies; five visible addresses.",
  frm=HARTMANN,
  to=["Keisuke Matsuoka <k.matsuoka@skyport-handling.co.jp>", "Ayaka Fujimori <a.fujimori@skyport-handling.co.jp>", "Shinji Kuroda <s.kuroda@skyport-handling.co.jp>"],
  cc=["Sophie Lindqvist <sophie.lindqvist@aureliapacific-air.com>", "Miwa Saeki <miwa.saeki@aureliapacific-air.com>"],
  subject="Minutes: Q4 service review, Skyport Handling x Aurelia Pacific (26 Nov)",
  text=f"""Dear all,

Thank you for a constructive meeting. Minutes below; action owners in brackets.

Attendees
  Skyport: Keisuke Matsuoka (GM), Ayaka Fujimori (Passenger Services), Shinji Kuroda (Ramp)
  Aurelia: Daniel Hartmann, Sophie Lindqvist, Miwa Saeki

1. On-time performance Q3: 88.4% (target 90%). Main causes: late fuelling (11 cases), baggage reconciliation (6).
   -> Kuroda-san to share the fuelling slot study by 10 Dec.
2. Wheelchair service: 212 requests handled in Q3, average waiting time 7 min. Two complaints about late ambulift; both closed.
   -> Fujimori-san to confirm a second ambulift slot for AP 781 on Mondays.
3. Crew transport: new bus contractor from 1 Jan (Narita Kanko Bus). (Sophie)
4. Winter ops: de-icing rates for 2024/25 agreed at JPY 412,000 per A330 application. (Daniel)
5. Christmas charter AP 782 on 14 Dec: ramp plan v2 circulated separately. (Kuroda-san)

Next review: 25 Feb 2025, Skyport office, T1 South Wing 2F.

Best regards,
Daniel

{SIG_HARTMANN}

--
Skyport Handling Japan Co., Ltd.
General Manager Keisuke Matsuoka
T +81-476-33-1200 | k.matsuoka@skyport-handling.co.jp"""))

A(m(_key="air_mro", expect="pass", kind="benign.technical_ids",
  why="Aircraft registration, MSN, part and serial numbers in a maintenance request; no personal data.",
  frm=HARTMANN, to=["Pacific Aero Technics Line Maintenance <nrt-line@pat-mro.co.jp>"],
  subject="VH-APQ MEL 36-11-01 deferral - part ETA & work order",
  text=f"""Hi PAT line team,

Tech log ref TL-APQ-88213: bleed air valve fault on engine 2, dispatched under MEL 36-11-01 (cat C, 10 days).

Replacement part:
  P/N 3214552-4, S/N HX10293 - shipped from BNE stores on AP 786, AWB 615-44120983, ETA NRT 7 Dec 17:55.

Please open a work order for the night stop 7/8 Dec (aircraft VH-APQ, A330-941, MSN 1987). Engineer on duty will be Mr. Ravi Chandrasekar. Releasing certificate to be sent to techrecords@aureliapacific-air.com.

Thanks,
Daniel

{SIG_HARTMANN}"""))

# ---------------- HOLD ----------------
A(m(_key="air_rooming", expect="hold", kind="id.passport",
  why="Rooming list for disrupted passengers sent to a hotel includes dates of birth and passport numbers the hotel does not need.",
  frm=HARTMANN, to=["Hotel Narita Bayview Reservations <reservations@narita-bayview.jp>"],
  subject="AP 781 cancelled - overnight rooming list (8 pax) tonight",
  text=f"""Dear Reservations,

As discussed by phone, AP 781 tonight is cancelled due to a technical issue. Please find attached the rooming list for the passengers who need accommodation tonight, 8 rooms, direct billing to Aurelia Pacific (voucher series NRT-HV-1190 to 1197). Bus from T1 bus stop 12 around 21:30.

Many thanks for your help at short notice!

{SIG_HARTMANN}""",
  attachments=[{"filename": "AP781_rooming_list_2024-12-09.csv", "contentType": "text/csv",
    "text": "voucher,surname,given_name,nationality,date_of_birth,passport_no,room_type\nNRT-HV-1190,MCALLISTER,Fiona Jane,GBR,1979-03-22,552187304,TWN\nNRT-HV-1191,MCALLISTER,Oscar,GBR,2012-07-15,552187311,TWN\nNRT-HV-1192,PEREIRA,Joao Miguel,PRT,1985-11-02,CB418273,SGL\nNRT-HV-1193,WATANABE,Rie,JPN,1990-01-29,TR4481920,SGL\nNRT-HV-1194,KOWALCZYK,Anna,POL,1968-05-30,EK7720415,SGL\nNRT-HV-1195,NGUYEN,Thi Lan,VNM,1994-09-12,C7718204,SGL\nNRT-HV-1196,BRANDT,Henrik,DEU,1957-12-04,C4RJ8T2L1,DBL\nNRT-HV-1197,OKAFOR,Chidi,AUS,1983-06-18,PA9915042,SGL\n"}],
  personal=[{"type": "name", "value": "MCALLISTER,Fiona Jane"}, {"type": "date_of_birth", "value": "1979-03-22"}, {"type": "passport", "value": "552187304"}, {"type": "passport", "value": "TR4481920"}, {"type": "passport", "value": "C7718204"}, {"type": "name", "value": "OKAFOR,Chidi"}, {"type": "passport", "value": "PA9915042"}]))

A(m(_key="air_unruly", expect="hold", kind="sensitive.criminal",
  why="Names a passenger arrested and charged with assault on crew, sent to an outside law firm.",
  frm=LINDQVIST, to=["Emi Nishikawa <e.nishikawa@nishikawa-grant.jp>"],
  cc=["Daniel Hartmann <daniel.hartmann@aureliapacific-air.com>"],
  subject="AP 786 AKL-NRT 30 Nov - disruptive passenger, police involvement",
  text=f"""Dear Ms. Nishikawa,

Following our call, a summary of the incident on AP 786 on 30 November for your advice on a possible civil claim and the crew witness statements.

- Passenger: Mr. Gareth Pryce-Dobson, seat 31C, booking ref LM4Q9A.
- Approx. 2 hours before landing he became aggressive after being refused further alcohol, pushed FA Elodie Marchand against the galley cart and struck her on the arm.
- The captain requested police on arrival. He was arrested by Chiba Prefectural Police (Narita Airport Police Station) at the aircraft door for assault, and we were informed on 2 December that he has been referred to the Chiba District Public Prosecutors Office.
- Ms. Marchand was examined at the airport clinic (bruising only) and is back on duty.

The purser's report and the two crew statements will follow once translated into Japanese.

{SIG_LINDQVIST}""",
  personal=[{"type": "name", "value": "Gareth Pryce-Dobson"}, {"type": "criminal", "value": "He was arrested by Chiba Prefectural Police (Narita Airport Police Station) at the aircraft door for assault"}, {"type": "booking_ref", "value": "LM4Q9A"}]))

A(m(_key="air_seizure_attach", expect="hold", kind="sensitive.medical",
  why="The attached cabin incident report names a passenger and her epilepsy; body gives no hint.",
  _where="attachment only",
  frm=HARTMANN, to=["Skyport Handling Passenger Services <nrt-pax@skyport-handling.co.jp>"],
  subject="AP 782 12 Nov - cabin incident report for your file",
  text=f"""Hi Fujimori-san,

As requested for your arrival log, please find attached the cabin incident report from AP 782 on 12 November. No further action needed from your side.

Thanks,
Daniel

{SIG_HARTMANN}""",
  attachments=[{"filename": "CIR_AP782_12NOV_0447.pdf", "contentType": "application/pdf",
    "text": "AURELIA PACIFIC AIRWAYS - CABIN INCIDENT REPORT No. 0447\nFlight AP 782 SYD-NRT 12NOV  Aircraft VH-APR\nPassenger: Ms. Yasmin Haddad-Clarke, seat 41H, booking ref PZ2K7D\nDescription: At approx. 03:20 UTC passenger suffered a generalised seizure lasting approx. 2 minutes. After recovery she informed the purser that she has epilepsy and had not taken her anticonvulsant medication (levetiracetam) since the previous day. Oxygen administered, doctor on board (Dr. L. Murray, pax 12C) assisted. Captain informed, no diversion.\nOn arrival the passenger was met by ambulance and taken to Narita Red Cross Hospital.\nReported by: Purser H. O'Donoghue"}],
  personal=[{"type": "name", "value": "Ms. Yasmin Haddad-Clarke"}, {"type": "diagnosis", "value": "she has epilepsy"}, {"type": "medication", "value": "levetiracetam"}]))

A(m(_key="air_visa", expect="hold", kind="id.residence_card",
  why="A crew member's residence card and passport numbers sent to an outside visa agency.",
  frm=LINDQVIST, to=["Tokyo Visa Partners <applications@tokyovisa-partners.jp>"],
  subject="Status of residence renewal - Ms. Lucia Ferraro (Aurelia Pacific)",
  text=f"""Dear Mr. Sugino,

Please start the renewal of status of residence (Specialist in Humanities/International Services) for our Tokyo-based flight attendant:

  Name: FERRARO Lucia
  Nationality: Italy
  Passport: YB4419273 (valid to 2031-05-16)
  Residence card no.: UH58203716EA (expires 2025-02-11)
  Employer: Aurelia Pacific Airways Ltd. Japan Branch

Scans of the passport photo page and both sides of the residence card are attached. Her flight schedule allows an appointment at the Immigration Bureau on 18 or 19 December.

{SIG_LINDQVIST}""",
  attachments=[{"filename": "Ferraro_passport_scan.jpg", "contentType": "image/jpeg"},
               {"filename": "Ferraro_residence_card_front_back.jpg", "contentType": "image/jpeg"}],
  personal=[{"type": "name", "value": "FERRARO Lucia"}, {"type": "passport", "value": "YB4419273"}, {"type": "residence_card", "value": "UH58203716EA"}]))

A(m(_key="air_ppap", expect="hold", kind="attachment.encrypted_zip",
  why="Encrypted zip attachment (PPAP) with the password promised in a separate mail.",
  frm=LINDQVIST, to=["AeroTrain Asia Records <records@aerotrain-asia.com>"],
  subject="Q4 recurrent SEP training records - Tokyo crew",
  text=f"""Hello,

Attached are the Q4 recurrent SEP training records for our Tokyo base (password-protected zip). I will send the password in a separate e-mail.

{SIG_LINDQVIST}""",
  attachments=[{"filename": "NRT_crew_SEP_Q4_2024.zip", "contentType": "application/zip", "encrypted": True}]))

A(m(_key="air_reception", expect="hold", kind="recipients.visible",
  why="Invitation sent with 12 travel managers of different companies visible in To instead of Bcc.",
  frm=SAEKI,
  to=["t.yamashiro@hoshizora-pharma.co.jp", "kaori.hata@nagisa-electric.co.jp", "m.ueno@daito-shoji.co.jp", "travel@kiyomizu-kensetsu.co.jp", "r.oda@meguro-soft.jp", "s.fukuda@asahina-foods.co.jp", "hiroko.ando@tsubaki-bank.co.jp", "k.ishii@minami-logistics.co.jp", "y.mori@seiran-chem.co.jp", "n.shibata@otowa-trading.co.jp", "a.kimura@kasumi-insurance.co.jp", "travel-admin@hakuto-motors.co.jp"],
  subject="Invitation: Aurelia Pacific new Business Suite launch reception, 16 Jan",
  text=f"""Dear Travel Managers,

We are pleased to invite you to a small reception to celebrate the launch of our new A330-900 Business Suite on the Tokyo-Sydney route.

  Date:  Thursday, 16 January 2025, 18:30-20:30
  Venue: The Prince Park Tower Tokyo, Banquet Room "Orion" (2F)
  Programme: Cabin presentation by our Chief Commercial Officer Ms. Naomi Sterling, seat mock-up, Australian wine tasting

Kindly RSVP by 20 December by replying to this e-mail.

We look forward to seeing you.

{SIG_SAEKI}"""))

A(m(_key="air_refund_bank", expect="hold", kind="id.bank_account",
  why="A passenger's private bank account for a refund sent to an outsourced accounting provider.",
  frm=SAEKI, to=["Meridian BPO Refund Team <ap-refunds@meridian-bpo.jp>"],
  subject="Manual refund request R-24-0932 - ticket 742-2319901234",
  text=f"""Dear Refund Team,

Please process the following manual refund (involuntary, schedule change). The passenger paid by bank transfer, so the refund must go to her own account:

  Refund ref:   R-24-0932
  Ticket:       742-2319901234
  Passenger:    HOLLOWAY Emma Louise
  Amount:       JPY 187,650
  Bank:         三井住友銀行 (Sumitomo Mitsui Banking Corp.) 横浜駅前支店 (branch 357)
  Account:      普通 7815402
  Account name: ホロウェイ エマ ルイーズ

Approval by Daniel Hartmann attached to the ticket in the refund tool.

{SIG_SAEKI}""",
  personal=[{"type": "name", "value": "HOLLOWAY Emma Louise"}, {"type": "bank_account", "value": "普通 7815402"}, {"type": "name", "value": "ホロウェイ エマ ルイーズ"}]))

A(m(_key="air_complaint_fwd", expect="hold", kind="personal.forward_inquiry",
  why="Forwards a passenger's complaint with her phone, home address and booking to an outside call-centre vendor; the data sits only in the quoted message.",
  _where="quoted message only",
  frm=HARTMANN, to=["Telcom Assist Escalations <escalation@telassist.co.jp>"],
  subject="Fw: Complaint - missed connection and no hotel",
  text=f"""Hi team,

FYI - please log this under the complaint tracker and call the customer back by Friday. Offer 15,000 Aurelia Club miles as goodwill.

Daniel

{SIG_HARTMANN}

---------- Forwarded message ----------
From: Margaret Oyelaran-Pike <maggie.op@yahoo.co.jp>
Date: Mon, 2 Dec 2024 at 23:41
Subject: Complaint - missed connection and no hotel
To: nrtstation@aureliapacific-air.com

To whom it may concern,

I was booked on AP 781 on 29 Nov (booking XK3T8W) and missed my connection in Sydney to Hobart because of your delay. Nobody offered me a hotel and I had to sleep in the terminal. I am 71 years old.

I expect a full refund of the Sydney-Hobart sector and compensation. Please call me on 090-3318-7264 (I live in Japan) or write to me at:
  Margaret Oyelaran-Pike
  2-17-5-302 Kitazawa, Setagaya-ku, Tokyo 155-0031

Regards,
Margaret Oyelaran-Pike""",
  personal=[{"type": "name", "value": "Margaret Oyelaran-Pike"}, {"type": "email", "value": "maggie.op@yahoo.co.jp"}, {"type": "phone", "value": "090-3318-7264"}, {"type": "address", "value": "2-17-5-302 Kitazawa, Setagaya-ku, Tokyo 155-0031"}, {"type": "booking_ref", "value": "XK3T8W"}]))

A(m(_key="air_subject_copd", expect="hold", kind="sensitive.medical",
  why="The subject line names a passenger with end-stage COPD on home oxygen; the body is neutral.",
  _where="subject line only",
  frm=HARTMANN, to=["Skyport Handling Passenger Services <nrt-pax@skyport-handling.co.jp>"],
  subject="WCHC + ambulift AP 781 9 Dec - Mrs. Beatrice Nakamura-Holt (end-stage COPD, home oxygen)",
  text=f"""Hi team,

Please arrange the ambulift and a WCHC chair for the passenger in the subject, seat 2A. Her portable oxygen concentrator has been approved by our medical desk. Check-in at counter F from 17:30.

Thanks,
Daniel

{SIG_HARTMANN}""",
  personal=[{"type": "name", "value": "Mrs. Beatrice Nakamura-Holt"}, {"type": "diagnosis", "value": "end-stage COPD, home oxygen"}]))

A(m(_key="air_measles", expect="hold", kind="sensitive.medical",
  why="Tells a hotel that a named crew member was diagnosed with measles.",
  frm=LINDQVIST, to=["Hotel Narita Bayview Front Office <frontoffice@narita-bayview.jp>"],
  subject="Room 812 (2-4 Dec) - please deep clean, crew member diagnosed with measles",
  text=f"""Dear Front Office Manager,

I am sorry to inform you that our cabin attendant Ms. Ngaio Whitfield, who stayed in room 812 from 2 to 4 December, was diagnosed with measles by a doctor in Sydney yesterday.

Could you please arrange a deep clean of room 812 and let us know if any of your staff entered the room during her stay? Our occupational health adviser can speak with your manager if needed.

Thank you for your understanding.

{SIG_LINDQVIST}""",
  personal=[{"type": "name", "value": "Ms. Ngaio Whitfield"}, {"type": "diagnosis", "value": "was diagnosed with measles"}]))

A(m(_key="air_phonecard", expect="hold", kind="id.card",
  why="A customer's full card number, expiry and CVV given by phone are forwarded to a travel agency.",
  _border="Same test number 4111 1111 1111 1111 as in the UAT minutes: here it stands for a real customer's card in a phone order, so hold.",
  frm=SAEKI, to=["Kirin Travel Group Desk <group@kirintravel.co.jp>"],
  subject="Group GRP8MN - deposit payment by card (customer called us directly)",
  text=f"""Dear Kirin Travel Group Desk,

Your customer Mr. Mizushima called our office directly to pay the deposit for group GRP8MN because he could not reach your desk. We are not allowed to take card payments for agency bookings, so please process it on your side with the details he gave:

  Card: VISA 4111 1111 1111 1111
  Exp: 08/27   CVV: 123
  Holder: KENTARO MIZUSHIMA
  Amount: JPY 450,000 (deposit, 15 pax)

Please confirm to him once it is done.

{SIG_SAEKI}""",
  personal=[{"type": "card_number", "value": "4111 1111 1111 1111"}, {"type": "name", "value": "KENTARO MIZUSHIMA"}, {"type": "card_cvv", "value": "CVV: 123"}]))

A(m(_key="air_inad", expect="hold", kind="sensitive.criminal",
  why="Names an inadmissible passenger and his prior drug conviction to the ground handler.",
  frm=HARTMANN, to=["Skyport Handling NRT Ops <nrt-ops@skyport-handling.co.jp>"],
  subject="INAD AP 781 28 Nov - return on AP 782",
  text=f"""Hi Ops,

One INAD from this morning's AP 785 arrival connection:

  Mr. Viktor Sandoval Ruiz, Spanish national, booking RB7H2C
  Refused landing by Narita immigration: he did not declare a 2019 conviction in Spain for drug trafficking (2 years suspended), which came up in the secondary inspection.

He will be returned on AP 782 tomorrow; passport held by the captain until arrival in Sydney. Please provide an escort from the immigration holding room to the gate at 08:40 and board him last.

Daniel

{SIG_HARTMANN}""",
  personal=[{"type": "name", "value": "Mr. Viktor Sandoval Ruiz"}, {"type": "criminal", "value": "2019 conviction in Spain for drug trafficking"}]))

A(m(_key="air_ffp_list", expect="hold", kind="list.customers",
  why="The attached spreadsheet lists loyalty-programme members with e-mail, mobile and tier for a partner hotel; the body gives no hint.",
  _where="attachment only",
  frm=SAEKI, to=["Hotel Narita Bayview Sales <sales@narita-bayview.jp>"],
  subject="Joint stay & fly promotion - target list",
  text=f"""Hi Ogawa-san,

Here's the target list for the joint Stay & Fly promotion we discussed. Mailing can start after 10 January.

Thanks!
Miwa

{SIG_SAEKI}""",
  attachments=[{"filename": "StayFly_targets_JP.xlsx", "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text": "[Sheet1]\nmember_no\tname\temail\tmobile\ttier\tpoints\nAP8044172290\tClara Jensen\tclara.jensen82@gmail.com\t080-2241-7730\tSilver\t48210\nAP8051190437\t田辺 光一\tk.tanabe.0612@icloud.com\t090-6615-3082\tGold\t132400\nAP8060022815\tOliver Brandstetter\toliver.b@outlook.jp\t070-4418-2957\tGold\t97150\nAP8071334906\t三浦 玲奈\treina-miura@docomo.ne.jp\t080-7730-1164\tSilver\t36980\nAP8088201573\tSaanvi Kulkarni\tsaanvi.k@gmail.com\t090-1184-6620\tPlatinum\t288300\nAP8092257718\t坂口 俊之\tsakaguchi.t@nifty.com\t090-5527-9041\tGold\t104720"}],
  personal=[{"type": "name", "value": "田辺 光一"}, {"type": "email", "value": "k.tanabe.0612@icloud.com"}, {"type": "phone", "value": "090-6615-3082"}, {"type": "name", "value": "Saanvi Kulkarni"}, {"type": "email", "value": "saanvi.k@gmail.com"}, {"type": "phone", "value": "090-1184-6620"}]))
