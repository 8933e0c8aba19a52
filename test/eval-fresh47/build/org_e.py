# Org E: Harbourview Hotels & Resorts - revenue and guest relations (mostly English, overseas agents)
ORG = "Harbourview Hotels & Resorts 株式会社ハーバービュー・ホテルズ (revenue / guest relations)"
ARAI = "Kenji Arai <k.arai@harbourview-hotels.example.jp>"
OKABE = "Mina Okabe <m.okabe@harbourview-hotels.example.jp>"
SHIMI = "Rina Shimizu <r.shimizu@harbourview-hotels.example.jp>"
WRITERS = {ARAI: "Kenji Arai, Director of Revenue", OKABE: "Mina Okabe, Guest Relations Manager", SHIMI: "Rina Shimizu, Group Sales Manager (Overseas)"}

SIG_A = """
Best regards,
Kenji Arai | Director of Revenue
Harbourview Hotels & Resorts
1-8-2 Kaigan-dori, Kobe-Minato 650-0024, Japan
T +81 78 000 5510 | k.arai@harbourview-hotels.example.jp
"""
SIG_O = """
Warm regards,

Mina Okabe
Guest Relations Manager
Harbourview Hotel Kobe-Minato
T +81 78 000 5530 | m.okabe@harbourview-hotels.example.jp
"""
SIG_S = """
Kind regards,
Rina Shimizu
Group Sales Manager, Overseas Markets
Harbourview Hotels & Resorts
T +81 78 000 5520 | M +81 80 0000 3318
"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="list.rooming_list_passports", where="body",
 why="A rooming list with several guests' passport numbers and birth dates sent to an overseas agent.",
 frm=SHIMI, to=["Priya Nair <priya.nair@lotus-journeys.example.in>"],
 subject="RE: Lotus Journeys Kansai Autumn Tour - rooming list check",
 text="""Dear Priya,

Thank you for the updated list. Before we upload it to the police registration system, could you please double-check the entries below? Two passport numbers look shorter than the others.

Room  Guest                 Passport    DOB
1204  MEHTA, Rohan          Z4418273    1971-03-14
1204  MEHTA, Anjali         Z4418274    1974-08-02
1206  IYER, Suresh          T0092156    1965-11-27
1207  KAPOOR, Neha          V551827     1990-06-19
1208  DESAI, Vikram         P117340     1982-01-05

Arrival 25 Nov, 3 nights, breakfast included.
""" + SIG_S,
 personal=[{"type":"passport","value":"Z4418273"},{"type":"passport","value":"T0092156"},{"type":"birth_date","value":"1965-11-27"},{"type":"name","value":"IYER, Suresh"}]),

dict(expect="hold", kind="list.rooming_list_passports", where="attachment",
 why="The attached CSV lists tour guests with passport numbers, nationalities and birth dates for a coach company.",
 frm=SHIMI, to=["Kansai Coach Lines Dispatch <dispatch@kansai-coach.example.jp>"],
 subject="Transfer manifest - Golden Maple Travel group (HVH-G-24118)",
 text="""Dear Dispatch team,

Please find the manifest for the airport transfer on 2 December (KIX arrival CX596, 13:40).
One 45-seat coach is enough; the group has 31 pax plus the tour leader.

Thank you for your support.
""" + SIG_S,
 attachments=[{"filename":"manifest_HVH-G-24118.csv","contentType":"text/csv","text":
"""seat,surname,given_name,nationality,passport_no,date_of_birth
1,CHAN,Wing Yee,HKG,K82716534,1958-02-11
2,CHAN,Ka Ho,HKG,K82716542,1956-09-30
3,LEUNG,Mei Ling,HKG,H11928703,1969-12-04
4,WONG,Siu Fai,HKG,K70031869,1961-05-22
5,HO,Pui Shan,HKG,KJ0448127,1988-07-15"""}],
 personal=[{"type":"passport","value":"K82716534"},{"type":"name","value":"LEUNG,Mei Ling"},{"type":"birth_date","value":"1969-12-04"}]),

dict(expect="hold", kind="id.card_number", where="body",
 why="Quotes a guest's full credit card number for a no-show charge to the travel agent.",
 frm=ARAI, to=["Reservations Desk <resa@blueline-tours.example.com.au>"],
 subject="No-show charge declined - booking HVK-558213",
 text="""Hi team,

Your guest Mr Liam O'Connor (booking HVK-558213, 14-16 Nov, Harbour Deluxe King) did not arrive. We tried to post the one-night no-show fee of JPY 38,500 to the guarantee card on file, but it was declined:

VISA 4111 1111 1111 1111, exp 09/26, name on card LIAM O CONNOR

Could you please ask the guest for an alternative card, or confirm that Blueline will settle by invoice?
""" + SIG_A,
 personal=[{"type":"card_number","value":"4111 1111 1111 1111"},{"type":"name","value":"Liam O'Connor"}]),

dict(expect="hold", kind="sensitive.health", where="quoted",
 why="The forwarded agent mail gives a named guest's diabetes, insulin and wheelchair use; it goes to an outside tour operator.",
 frm=OKABE, to=["Setouchi Day Tours Operations <ops@setouchi-daytours.example.jp>"],
 subject="FW: Special assistance - Mr & Mrs Schneider, 20 Nov",
 text="""Dear Operations team,

Please see the agent's note below for the Naoshima day tour on 20 November. Could you confirm that the vehicle and the ferry transfer can handle this?
""" + SIG_O + """

---------- Forwarded message ---------
From: Katrin Vogel <k.vogel@alpenblick-reisen.example.de>
Date: Wed, 13 Nov 2024 09:12
Subject: Special assistance - Mr & Mrs Schneider, 20 Nov

Dear Mina,
Mr Helmut Schneider (78) has type 1 diabetes and must inject insulin before lunch; he needs a cool box for his insulin pens during the tour. Since his stroke last year he uses a folding wheelchair and cannot manage stairs. Mrs Ursula Schneider will accompany him.
Many thanks,
Katrin
""",
 personal=[{"type":"name","value":"Mr Helmut Schneider (78)"},{"type":"diagnosis","value":"type 1 diabetes"},{"type":"health","value":"Since his stroke last year he uses a folding wheelchair"}]),

dict(expect="hold", kind="attachment.encrypted_zip", where="encrypted_zip",
 why="Contracted rates sent to an overseas agent in a password-protected zip.",
 frm=ARAI, to=["Contracting <contracting@sakura-voyages.example.fr>"],
 subject="2025 contract rates - Harbourview Kobe & Kyoto",
 text="""Dear Contracting team,

Please find attached our 2025 net rates for Harbourview Kobe-Minato and Harbourview Kyoto Gion.
The password will follow in a separate e-mail.

Rates are valid 1 Jan - 31 Dec 2025, excluding blackout dates listed on page 3.
""" + SIG_A,
 attachments=[{"filename":"HVH_2025_rates_SakuraVoyages.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="sensitive.criminal_proceedings", where="body",
 why="Tells an agent that a named guest was arrested for assault and is in police custody.",
 frm=OKABE, to=["Duty Manager <duty@pacific-star-travel.example.sg>"],
 subject="Urgent: guest incident - Mr Daniel Tan (booking PST-77120)",
 text="""Dear Duty Manager,

I am writing about your guest Mr Daniel Tan (room 1512, booking PST-77120).

Last night at around 23:30 Mr Tan was involved in a fight with another guest in our lobby bar and struck him in the face. Hyogo Prefectural Police arrested Mr Tan on suspicion of assault, and he is currently held at Kobe-Minato Police Station. The other guest was treated at hospital for a broken nose.

Mr Tan's luggage remains in his room. Please let us know who will collect it and whether the remaining two nights should be cancelled.
""" + SIG_O,
 personal=[{"type":"name","value":"Mr Daniel Tan"},{"type":"criminal","value":"arrested Mr Tan on suspicion of assault"}]),

dict(expect="hold", kind="personal.customer_profile_forward", where="body",
 why="Forwards one guest's full contact details and complaint to an outside laundry vendor.",
 frm=OKABE, to=["Customer Care <care@kobe-royal-laundry.example.jp>"],
 subject="Damaged garment claim - please contact the guest directly",
 text="""Dear Customer Care team,

One of our guests has reported that a silk dress was damaged during dry cleaning on 8 November (your ticket KRL-1108-0442). She has asked for compensation. Please contact her directly:

Name: Ms Sophie Laurent
Home address: 14 Rue des Tanneurs, 69002 Lyon, France
Mobile: +33 6 12 48 90 37
E-mail: sophie.laurent@orange.example.fr
Stayed: 5-9 Nov, room 2108

She mentioned the dress was a gift from her late mother and she is very upset.
""" + SIG_O,
 personal=[{"type":"name","value":"Ms Sophie Laurent"},{"type":"address","value":"14 Rue des Tanneurs, 69002 Lyon, France"},{"type":"phone","value":"+33 6 12 48 90 37"},{"type":"email","value":"sophie.laurent@orange.example.fr"}]),

dict(expect="hold", kind="sensitive.religion", where="body",
 why="Tells a tour partner a named guest's religion and his refusal of blood transfusion.",
 frm=OKABE, to=["Kumano Kodo Trek Support <support@kumano-trek.example.jp>"],
 subject="Medical emergency note for your guide - Mr Andrew Collins",
 text="""Dear Support team,

For your guide's emergency card on the 3-day trek starting 26 November:

Mr Andrew Collins (room 906) asked us to pass on that he is a Jehovah's Witness and will refuse a blood transfusion in any emergency. He carries an advance directive card in his wallet. His emergency contact is his wife, Mrs Helen Collins, +44 7700 900 418.

Please make sure the guide knows this before departure.
""" + SIG_O,
 personal=[{"type":"name","value":"Mr Andrew Collins"},{"type":"religion","value":"he is a Jehovah's Witness"},{"type":"phone","value":"+44 7700 900 418"}]),

dict(expect="hold", kind="id.bank_account", where="body",
 why="Sends a private guest's personal bank account (IBAN) to the outsourced accounting firm for a refund.",
 frm=ARAI, to=["経理代行 ミナト会計サービス <accounts@minato-kaikei.example.jp>"],
 subject="Refund request - overpayment, guest Mr Thomas Berg",
 text="""ミナト会計サービス ご担当者様 / Dear Accounts team,

Please process an overseas refund for a double payment (folio 2024-11-0381).

Guest: Mr Thomas Berg (private stay, paid by bank transfer twice)
Amount: JPY 96,800
Beneficiary bank: Nordbank Hamburg
IBAN: DE89 3704 0044 0532 0130 00
BIC: NORDDEHHXXX
Account holder: Thomas Berg

Charges: OUR. Please send the remittance advice to me once done.
""" + SIG_A,
 personal=[{"type":"bank_account","value":"DE89 3704 0044 0532 0130 00"},{"type":"name","value":"Mr Thomas Berg"}]),

dict(expect="hold", kind="list.vip_guests", where="attachment",
 why="The attached sheet lists VIP guests with phones, birthdays and spend for an outside spa partner.",
 frm=OKABE, to=["Ayumi Kondo <a.kondo@seirin-spa.example.jp>"],
 subject="Christmas VIP amenity - list for your team",
 text="""Dear Ayumi-san,

As discussed, here is the list for the Christmas spa amenity. Please prepare the vouchers by 18 December.

Thank you again for the lovely partnership this year.
""" + SIG_O,
 attachments=[{"filename":"VIP_Xmas_2024.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet","text":
"""[VIP]
Guest	Mobile	Birthday	Stays 2024	Spend (JPY)	Note
Mr Richard Hale	+1 415 555 0172	1966-12-22	9	4,820,000	prefers deep tissue
Ms Grace Lim	+65 9123 4470	1979-04-08	6	2,115,000	allergic to lavender oil
Mrs Yuko Stein	+49 151 2233 8041	1972-12-25	5	1,960,000	
Mr Kwame Mensah	+44 7911 123 884	1984-10-17	4	1,402,500	"""}],
 personal=[{"type":"name","value":"Mr Richard Hale"},{"type":"phone","value":"+65 9123 4470"},{"type":"birth_date","value":"1972-12-25"}]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.reply_chain", where="",
 why="A long rate-negotiation reply chain naming agent staff, with heavy signatures and no personal data.",
 frm=ARAI, to=["Marco Bellini <m.bellini@viaggi-oriente.example.it>"], cc=["Rina Shimizu <r.shimizu@harbourview-hotels.example.jp>"],
 subject="Re: Re: Re: Spring 2025 series - rate proposal",
 text="""Dear Marco,

Thank you for your patience. We can accept the revised proposal:
- 12 series departures, Mar-May 2025, 15 twin rooms each
- JPY 24,000 per room per night net, breakfast included
- Release 21 days prior; 10% attrition without penalty

Rina will send the allotment contract by Friday.
""" + SIG_A + """

On Tue, 12 Nov 2024 at 18:05, Marco Bellini wrote:
> Dear Kenji,
> Our product team (Giulia Rossi and Paolo Conti) can live with 21 days release if the rate is 24,000.
> Best, Marco
> Marco Bellini | Head of Asia Product | Viaggi Oriente S.r.l. | Via Tornabuoni 7, Firenze
>
> On Mon, 11 Nov 2024 at 10:20, Kenji Arai wrote:
>> Dear Marco, 25,500 is our best for cherry-blossom weeks, but we could discuss 24,000 with a longer release.
>> Kenji
"""),

dict(expect="pass", kind="benign.booking_reference_numbers", where="",
 why="A group block confirmation with booking references and allotment codes that look like IDs.",
 frm=SHIMI, to=["Groups Desk <groups@dragonwing-travel.example.com.tw>"],
 subject="Group block confirmed - DW-TPE-250318 / HVH-G-25031",
 text="""Dear Groups Desk,

We are pleased to confirm the following block:

Agent ref: DW-TPE-250318
Hotel ref: HVH-G-25031 (PMS block code 8827 1043 5561)
Dates: 18-21 March 2025 (3 nights)
Rooms: 20 twins, 1 single (tour leader, complimentary)
Rate: JPY 21,500 net per room per night incl. breakfast
Rooming list due: 18 February 2025

Deposit invoice INV-HVH-2025-00412 will follow.
""" + SIG_S),

dict(expect="pass", kind="benign.masked_card", where="",
 why="Confirms a guarantee with a masked card number only.",
 frm=ARAI, to=["Reservations <bookings@northernlights-travel.example.no>"],
 subject="Guarantee received - booking HVK-560044",
 text="""Dear Reservations team,

Thank you. We have received the guarantee for booking HVK-560044 (2 rooms, 28-31 Dec).

Card: VISA **** **** **** 1111 (tokenised, last four digits only)
Cancellation: free until 14 December 2024, 23:59 JST

We look forward to welcoming your guests for the New Year.
""" + SIG_A),

dict(expect="pass", kind="benign.corporate_bank_swift", where="",
 why="Notifies agents of the hotel company's own new corporate bank account and SWIFT code, via Bcc.",
 frm=ARAI, to=["Harbourview Accounts <accounts@harbourview-hotels.example.jp>"], bcc=["finance@sakura-voyages.example.fr","accounts@blueline-tours.example.com.au","ap@dragonwing-travel.example.com.tw","finance@lotus-journeys.example.in","acct@pacific-star-travel.example.sg","amministrazione@viaggi-oriente.example.it"],
 subject="Change of bank account for remittances from 1 January 2025",
 text="""Dear Partners,

Please note that from 1 January 2025 our remittance account will change as follows:

Beneficiary: Harbourview Hotels & Resorts Co., Ltd.
Bank: Kobe Minato Bank, Head Office
Account: Current 7710254
SWIFT/BIC: KMBKJPJK
Bank address: 3-1 Sakaemachi-dori, Kobe, Japan

Payments made to the old account until 31 March 2025 will still be accepted. Please verify any change by phone (+81 78 000 5500) before paying, as invoice fraud is on the rise.
""" + SIG_A),

dict(expect="pass", kind="benign.accessible_rooms_product", where="",
 why="Describes the hotel's accessible rooms and facilities; disability words about a product, no guest.",
 frm=OKABE, to=["Accessible Travel Desk <access@openroads-travel.example.co.uk>"],
 subject="Re: Accessible room specifications - Harbourview Kobe-Minato",
 text="""Dear Accessible Travel Desk,

Thank you for your interest. Here are the details you asked for:

- 6 accessible rooms (Harbour Twin Accessible), 36 m2, roll-in shower with fold-down seat
- Door width 90 cm, bed height adjustable 45-60 cm
- Visual fire alarm and vibrating pillow alert available on request for guests with hearing impairment
- Wheelchairs (2) available at the front desk; step-free route from the Port Liner station
- Guide dogs welcome

Our team has completed the Japan Tourism Agency's universal-service training this year.
""" + SIG_O),

dict(expect="pass", kind="benign.plain_zip", where="",
 why="Sends marketing photos and fact sheets in a plain, unencrypted zip.",
 frm=SHIMI, to=["Marketing <marketing@lotus-journeys.example.in>"],
 subject="Brochure assets - Harbourview Kyoto Gion",
 text="""Dear Marketing team,

Attached are the images and fact sheet for your 2025 brochure. It is a normal zip (no password). Please credit "Harbourview Hotels & Resorts".
""" + SIG_S,
 attachments=[{"filename":"HVH_Kyoto_Gion_media_kit.zip","contentType":"application/zip","text":"factsheet_EN.pdf\nlobby_01.jpg\nguestroom_deluxe_twin.jpg\nrooftop_bar_night.jpg\nlogo_usage_guide.pdf"}]),

dict(expect="pass", kind="benign.data_subject_self", where="",
 why="Confirms a reservation to the guest herself, repeating only her own details.",
 frm=OKABE, to=["Emily Clarke <emily.clarke@gmail.example.com>"],
 subject="Your stay at Harbourview Kobe-Minato - confirmation HVK-561702",
 text="""Dear Ms Clarke,

Thank you for choosing Harbourview Kobe-Minato. Your reservation is confirmed:

Confirmation: HVK-561702
Dates: 2-5 December 2024
Room: Harbour View King, non-smoking
Contact on file: +61 412 555 019 (please tell us if this changes)

We noted your anniversary on 3 December and will arrange a small cake in the room. Airport limousine bus tickets can be bought at KIX Terminal 1, stop no. 6.
""" + SIG_O),

dict(expect="pass", kind="benign.historical_figure", where="",
 why="Heritage marketing copy about historical visitors to the port; no private persons.",
 frm=SHIMI, to=["Editorial <editor@wanderlust-asia-mag.example.com>"],
 subject="Feature text - 'Kobe: a port of first encounters'",
 text="""Dear Editor,

As promised, here is our draft paragraph for the advertorial:

"When the port of Kobe opened in 1868, merchants and diplomats arrived from across the world. The British traveller Isabella Bird passed through in 1878, and the writer Lafcadio Hearn worked here as a journalist in the 1890s. Our Harbourview Kobe-Minato stands on the site of a former foreign trading house, and the lobby displays a reproduction of the 1870 settlement map."

Please let me know if you need a shorter version (max 80 words).
""" + SIG_S),

dict(expect="pass", kind="benign.project_mail_two_companies", where="",
 why="A familiarisation-trip project mail to six addresses from the hotel and one agent.",
 frm=SHIMI, to=["Priya Nair <priya.nair@lotus-journeys.example.in>","Arjun Rao <arjun.rao@lotus-journeys.example.in>","Meera Pillai <meera.pillai@lotus-journeys.example.in>"], cc=["Kenji Arai <k.arai@harbourview-hotels.example.jp>","Mina Okabe <m.okabe@harbourview-hotels.example.jp>","Kyoto Sales <sales.kyoto@harbourview-hotels.example.jp>"],
 subject="FAM trip 10-13 February - draft itinerary",
 text="""Dear Priya, Arjun and Meera,

Here is the draft itinerary for your familiarisation trip:

Day 1 (10 Feb): Arrive KIX, transfer to Kobe-Minato, welcome dinner with Kenji and Mina
Day 2 (11 Feb): Site inspection, Kobe beef lunch, transfer to Kyoto
Day 3 (12 Feb): Harbourview Kyoto Gion site inspection, Fushimi Inari, tea ceremony
Day 4 (13 Feb): Free morning, transfer to KIX

Please send your flight details when ticketed. Dietary needs can be sent to me directly.
""" + SIG_S),

dict(expect="pass", kind="benign.it_outage_aggregate", where="",
 why="A revenue update with aggregate figures and a channel-manager outage ('障害'); no personal data.",
 frm=ARAI, to=["佐野 健 <sano@channel-link.example.jp>"], cc=["Rina Shimizu <r.shimizu@harbourview-hotels.example.jp>"],
 subject="チャネルマネージャー障害の影響と10月実績（ご参考）",
 text="""チャネルリンク 佐野様

ハーバービュー・ホテルズの荒井です。
10/28のチャネルマネージャー障害（在庫同期停止 14:10〜17:45）の影響をまとめました。

・オーバーブッキング：3室（いずれも近隣ホテルへ手配済み）
・OTA経由の販売停止による機会損失：推計 1,240,000円
・10月実績（神戸みなと）：OCC 87.4%、ADR 28,930円、RevPAR 25,285円

再発防止策のご報告を、11月末までにお願いいたします。
""" + SIG_A),
]
