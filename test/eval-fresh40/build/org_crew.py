# Ocean Bridge Crewing Co., Ltd. (オーシャンブリッジ・クルーイング株式会社) - ship-crew manning agency
FUJIMOTO = "Daisuke Fujimoto <d.fujimoto@oceanbridge-crew.jp>"
REYES = "Maricel Reyes <m.reyes@oceanbridge-crew.jp>"
INOUE = "井上 沙耶 <s.inoue@oceanbridge-crew.jp>"
S_FUJIMOTO = """Best regards,
Daisuke Fujimoto (藤本 大輔)
Crew Manager | Ocean Bridge Crewing Co., Ltd.
5F Kaigan Bldg., 2-1-7 Kaigan-dori, Chuo-ku, Kobe 650-0024, Japan
T +81-78-335-2190 | M +81-90-2218-4471 | d.fujimoto@oceanbridge-crew.jp"""
S_REYES = """Thanks and regards,
Maricel Reyes
Crewing Coordinator (Philippines / Indonesia desk)
Ocean Bridge Crewing Co., Ltd. - Kobe
T +81-78-335-2193 | m.reyes@oceanbridge-crew.jp"""
S_INOUE = """――――――――――――――――
オーシャンブリッジ・クルーイング株式会社
業務部 書類管理課　井上 沙耶
TEL 078-335-2195 / s.inoue@oceanbridge-crew.jp
――――――――――――――――"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="list.crew_passports", loc="attachment",
 why="The attached crew list carries names, birth dates, passport and seaman's book numbers, sent to a port agent.",
 **{"from": REYES}, to=["Ops Desk <ops@straitsport-agency.example.sg>"],
 subject="MV Pacific Laurel - joining crew, Singapore 24 Mar",
 text="""Dear Ops Desk,

Good day. Please find attached for your arrangement at Singapore on 24 March. Hotel 1 night, transfer to Jurong anchorage by launch on 25 March AM.

Flights: PR 509 MNL-SIN (4 pax), GA 828 CGK-SIN (2 pax).

""" + S_REYES,
 attachments=[{"filename":"PacificLaurel_on-signers.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet","text":
"""[On-signers]
Rank\tSurname\tGiven names\tNationality\tDate of birth\tPassport no.\tSeaman's book
2/O\tVILLANUEVA\tMark Anthony\tPhilippine\t1990-04-17\tP4471829B\tC0482217
AB\tDELA CRUZ\tJerome\tPhilippine\t1994-09-02\tP6630154A\tC0771903
AB\tMANALO\tRicardo Jr.\tPhilippine\t1987-12-25\tP2208813C\tC0339641
OS\tBAUTISTA\tKevin\tPhilippine\t1999-03-30\tP8812047A\tC1120588
Oiler\tSETIAWAN\tAgus\tIndonesian\t1991-07-08\tC7381520\tF 112387
Cook\tPRATAMA\tRizky\tIndonesian\t1996-01-19\tC9920471\tF 208842
"""}],
 personal=[{"type":"passport","value":"P4471829B"},{"type":"birthdate","value":"1990-04-17"},{"type":"passport","value":"C7381520"}]),

dict(expect="hold", kind="sensitive.health", loc="body",
 why="A named seafarer's pre-employment medical findings (unfit, hepatitis B, hypertension) are sent to the shipowner.",
 **{"from": FUJIMOTO}, to=["Capt. Henrik Dahl <h.dahl@nordstar-shipping.example.no>"],
 subject="PEME result - replacement for C/E on MV Nordic Bay",
 text="""Dear Capt. Dahl,

Regarding the Chief Engineer we nominated for MV Nordic Bay: I am sorry to report that Mr. Roberto Salonga was declared UNFIT at his pre-employment medical in Manila on 6 March. The clinic found uncontrolled hypertension (BP 178/112) and a positive hepatitis B surface antigen test.

We are withdrawing his nomination. Two alternative C/E candidates will be sent to you tomorrow, both with valid PEME.

The planned crew change in Rotterdam (28 March) should not be affected.

""" + S_FUJIMOTO,
 personal=[{"type":"name","value":"Roberto Salonga"},{"type":"diagnosis","value":"positive hepatitis B surface antigen test"}]),

dict(expect="hold", kind="sensitive.religion", loc="body",
 why="Names individual crew members as Muslim when ordering provisions; religion of identifiable persons goes to a ship chandler.",
 **{"from": REYES}, to=["Provisions <provisions@harbourline-chandlers.example.sg>"],
 subject="MV Pacific Laurel - provisions order, halal requirement",
 text="""Dear Harbourline team,

Please add a halal line to the provisions order for MV Pacific Laurel (delivery Jurong anchorage, 25 March).

The following crew are Muslim and observe Ramadan this month, so please also include dates and extra rice for iftar/suhoor:
- Oiler Agus Setiawan
- Cook Rizky Pratama
- Wiper Dimas Saputra

Halal certificate copies for meat please. Everything else as per order no. HL-PO-55120.

""" + S_REYES,
 personal=[{"type":"name","value":"Agus Setiawan"},{"type":"religion","value":"The following crew are Muslim"}]),

dict(expect="hold", kind="id.bank_account", loc="body",
 why="A seafarer's wife's personal bank account for salary allotment is sent to the remittance company.",
 **{"from": INOUE}, to=["Remittance Ops <ops@bayanihan-remit.example.ph>"],
 subject="New allotment instruction - 2/O Mark Anthony Villanueva",
 text="""Dear Remittance Ops,

Please register the following monthly allotment from April 2025 payroll.

Seafarer: 2/O Mark Anthony VILLANUEVA (crew code OB-PH-04418)
Vessel: MV Pacific Laurel
Allottee: Jennifer R. Villanueva (wife)
Bank: BDO Unibank, Batangas City branch
Account no.: 0081-2294-7716 (savings, personal)
Amount: USD 1,450.00 monthly

Kindly confirm once set up.

Saya Inoue

""" + S_INOUE,
 personal=[{"type":"name","value":"Jennifer R. Villanueva"},{"type":"bank_account","value":"0081-2294-7716"}]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="encrypted_zip",
 why="Password-protected zip attached (PPAP) to the shipowner.",
 **{"from": FUJIMOTO}, to=["Crewing Dept <crewing@nordstar-shipping.example.no>"],
 subject="Signed SEA contracts - MV Nordic Bay crew change 28 Mar",
 text="""Dear Crewing Dept,

Attached please find the signed POEA-SEC employment contracts for the 7 on-signers for MV Nordic Bay.
The archive is password protected; password follows in a separate mail.

""" + S_FUJIMOTO,
 attachments=[{"filename":"NordicBay_SEA_contracts_0328.zip","contentType":"application/zip","encrypted":True}],
 personal=[]),

dict(expect="hold", kind="sensitive.health", loc="quoted",
 why="The quoted earlier message gives a named crew member's injury diagnosis and hospital treatment, sent on to the P&I correspondent.",
 **{"from": FUJIMOTO}, to=["Claims <claims@pandi-kobe-corr.example.jp>"],
 subject="Re: FW: MV Pacific Laurel - crew injury, Kaohsiung",
 text="""Dear Claims team,

Thank you. Please open the file under the owner's P&I entry; the master's statement is on its way.

Daisuke

> -----Original Message-----
> From: Daisuke Fujimoto
> Sent: Monday, March 10, 2025 18:05
> Subject: FW: MV Pacific Laurel - crew injury, Kaohsiung
>
> For your information, below is the master's first report.
>
> > AB Jerome Dela Cruz (DOB 1994-09-02) fell from the accommodation ladder on 9 March.
> > Taken to Kaohsiung Veterans General Hospital: fracture of the left tibia and
> > concussion. Operated on 10 March, expected unfit for duty 8-10 weeks.
> > Repatriation to Manila to be arranged once fit to fly.

""" + S_FUJIMOTO,
 personal=[{"type":"name","value":"Jerome Dela Cruz"},{"type":"diagnosis","value":"fracture of the left tibia"}]),

dict(expect="hold", kind="id.passport", loc="subject",
 why="A seafarer's passport number appears in the subject line.",
 **{"from": REYES}, to=["Visa Section <visa@harbourgate-agency.example.nl>"],
 subject="Schengen visa - Oiler Agus Setiawan, passport C7381520, expiry Sep 2025",
 text="""Dear Visa Section,

Please advise whether the seafarer's Schengen visa for the Rotterdam joining can still be issued given the passport validity (expires in September). If not, we will arrange a passport renewal in Jakarta first.

Letter of guarantee from the owner will be provided.

""" + S_REYES,
 personal=[{"type":"passport","value":"C7381520"}]),

dict(expect="hold", kind="sensitive.criminal", loc="body",
 why="Discloses a named seafarer's past drug conviction to the shipowner.",
 **{"from": FUJIMOTO}, to=["Capt. Henrik Dahl <h.dahl@nordstar-shipping.example.no>"],
 subject="Candidate screening - Oiler for MV Nordic Bay",
 text="""Dear Capt. Dahl,

One matter before you approve the oiler candidate. During our document check we found that Mr. Budi Hartono was convicted in Surabaya in 2017 for possession of methamphetamine and served 14 months. He has sailed clean with two other principals since 2020 and passed all D&A tests.

Under your drug and alcohol policy I think the decision is yours. Please let me know by Friday; otherwise we will propose Mr. Eko Susanto instead.

""" + S_FUJIMOTO,
 personal=[{"type":"name","value":"Budi Hartono"},{"type":"criminal_record","value":"convicted in Surabaya in 2017 for possession of methamphetamine"}]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.crew_change_schedule", loc="",
 why="Crew-change logistics with ranks, flights and vessel data; crew named only by rank and surname, no IDs.",
 **{"from": REYES}, to=["Capt. Henrik Dahl <h.dahl@nordstar-shipping.example.no>"], cc=[FUJIMOTO],
 subject="MV Nordic Bay - crew change plan Rotterdam 28 Mar",
 text="""Dear Capt. Dahl,

Good day. Crew change plan for MV Nordic Bay at Rotterdam:

On-signers (7): C/E Ramos, 3/E Gunawan, AB Santos, AB Lim, OS Wijaya, Oiler Susanto, Messman Reyes
Off-signers (7): same ranks, repatriation KL 807 AMS-MNL and KL 809 AMS-CGK on 29 Mar

ETA Rotterdam: 28 Mar 06:00 LT, berth Waalhaven
Agent: Harbourgate Agency (Mr. Visser)

Travel docs and visas confirmed for all. Contracts will follow separately.

""" + S_REYES),

dict(expect="pass", kind="benign.invoice_corporate_account", loc="",
 why="Manning-fee invoice with the agency's own corporate account and SWIFT code.",
 **{"from": INOUE}, to=["Accounts <accounts@nordstar-shipping.example.no>"],
 subject="Invoice OBC-2503-114 - manning fee March 2025",
 text="""Dear Accounts,

Please find our invoice for March manning fees.

Invoice: OBC-2503-114
Vessels: MV Nordic Bay, MV Nordic Crest, MV Pacific Laurel
Amount: USD 38,600.00
Due date: 10 April 2025

Bank details:
 Beneficiary: Ocean Bridge Crewing Co., Ltd.
 Bank: MUFG Bank, Kobe Branch
 Account: 0417728 (USD current)
 SWIFT: BOTKJPJT
 Intermediary: MUFG Bank New York (BOTKUS33)

Saya Inoue

""" + S_INOUE),

dict(expect="pass", kind="benign.vessel_numbers", loc="",
 why="IMO number, MMSI, call sign and official number identify a ship, not a person.",
 **{"from": INOUE}, to=["船員職業安定担当 <senin@kinki-unyu.example.go.jp>"],
 subject="船員派遣 事業報告書の添付資料について",
 text="""近畿運輸局 海事振興部
船員職業安定担当 御中

お世話になっております。オーシャンブリッジ・クルーイングの井上です。
事業報告書の別紙に記載の派遣先船舶について、船舶情報を下記のとおり補足いたします。

| 船名              | IMO番号   | MMSI      | 信号符字 | 船籍    |
|-------------------|-----------|-----------|---------|---------|
| NORDIC BAY        | 9732418   | 257118940 | LAVQ7   | ノルウェー |
| PACIFIC LAUREL    | 9658021   | 351882000 | 3FUK4   | パナマ   |
| SHOYO MARU No.8   | 9801452   | 431402817 | JD4412  | 日本（船舶番号 142977） |

許可番号：船員派遣事業 近船派第 28-004 号
ご確認のほどよろしくお願いいたします。

""" + S_INOUE),

dict(expect="pass", kind="benign.quarantine_policy", loc="",
 why="Port health and quarantine requirements as general rules; no named crew.",
 **{"from": FUJIMOTO}, to=["Masters & Crewing <crewing@nordstar-shipping.example.no>"],
 subject="Port health requirements - Indonesia and Philippines (update)",
 text="""Dear all,

Summary of current port health rules affecting our Indonesian and Filipino crew:

1. Philippines: no quarantine for arriving seafarers; yellow fever certificate only if coming from listed countries.
2. Indonesia: crew signing off at Tanjung Priok need a health declaration via SATUSEHAT; no isolation required.
3. Dengue season advisory for Manila (Jun-Oct): repellent in medicine chest.
4. Vaccination: we continue to recommend MMR, tetanus and hepatitis A/B for all new hires; records kept in the crew file, not circulated.

Let me know if any port requires more.

""" + S_FUJIMOTO),

dict(expect="pass", kind="benign.own_contract_to_seafarer", loc="",
 why="Contract terms sent to the seafarer himself at his own address.",
 **{"from": REYES}, to=["Kevin Bautista <kevin.bautista.os@gmail.com>"],
 subject="Your contract details - OS, MV Pacific Laurel",
 text="""Dear Kevin,

Congratulations on your first contract with us! Here are your terms so you can review them before signing at our Manila partner office on 18 March.

- Rank: Ordinary Seaman
- Vessel: MV Pacific Laurel (Panama flag)
- Contract: 9 months +/- 1
- Basic wage: USD 640 / month, fixed OT USD 312, leave pay 4 days/month
- Joining: Singapore, 24 March

Please bring your passport, seaman's book and the original of your BST certificate.

""" + S_REYES),

dict(expect="pass", kind="benign.project_mail_two_companies", loc="",
 why="Planning mail with six visible addresses from two companies (agency and owner).",
 **{"from": FUJIMOTO},
 to=["Capt. Henrik Dahl <h.dahl@nordstar-shipping.example.no>","Ingrid Sæther <i.saether@nordstar-shipping.example.no>","Accounts <accounts@nordstar-shipping.example.no>"],
 cc=[REYES, INOUE, "Kenji Ota <k.ota@oceanbridge-crew.jp>"],
 subject="Annual manning review 2025 - agenda",
 text="""Dear Henrik, Ingrid,

Ahead of our annual review in Oslo on 22 April, here is the proposed agenda:

1. Retention (2024: 87% officers, 81% ratings)
2. Training plan - LNG familiarisation for 12 engineers
3. Wage scale 2025-26 (ITF/IBF alignment)
4. Invoicing and payment terms (Saya / Accounts)
5. AOB

Kenji Ota from our Manila liaison office will join online.

""" + S_FUJIMOTO),

dict(expect="pass", kind="benign.training_schedule", loc="",
 why="Training course booking with course codes and certificate types; no personal IDs.",
 **{"from": REYES}, to=["Registrar <registrar@manila-maritime-tc.example.ph>"],
 subject="Course booking - April batch (ECDIS / BRM)",
 text="""Dear Registrar,

We would like to book the following courses for our April batch:

- Course ECD-G02 (ECDIS generic), 7-11 April: 4 seats
- Course BRM-214 (Bridge Resource Management), 14-16 April: 3 seats
- Course ERM-118 (Engine Resource Management), 14-16 April: 3 seats

Trainee names will follow with the enrolment forms. Please invoice Ocean Bridge Crewing (PO OBC-TR-0425).

""" + S_REYES),

dict(expect="pass", kind="benign.condolence", loc="",
 why="Condolence to a partner company on their former chairman's passing; no sensitive data.",
 **{"from": FUJIMOTO}, to=["PT Samudra Awak Nusantara <director@samudra-awak.example.co.id>"],
 subject="Condolences",
 text="""Dear Pak Hendra,

We were deeply saddened to learn of the passing of your founder and former chairman, Bapak Suryo Wibisono. He was the first person to welcome us in Jakarta twenty years ago, and much of what our two companies have built together began with his trust.

On behalf of everyone at Ocean Bridge Crewing, please accept our sincere condolences and convey them to his family. We have arranged for a wreath to be sent to the funeral home.

""" + S_FUJIMOTO),

dict(expect="pass", kind="benign.bcc_recruitment", loc="",
 why="Job-vacancy notice sent to many seafarers with all addresses in Bcc.",
 **{"from": REYES}, to=["recruitment@oceanbridge-crew.jp"],
 bcc=["jaysonm.seaman@gmail.com","r.delosreyes88@yahoo.com","arnel.quinto@gmail.com","budi.s.marine@gmail.com","eko.susanto.oiler@yahoo.co.id","mark.a.villanueva@gmail.com","jerome.dc94@gmail.com","rizkypratama.cook@gmail.com","agus.stwn@yahoo.co.id","ramon.lim.ab@gmail.com","d.saputra.wiper@gmail.com","kevin.bautista.os@gmail.com"],
 subject="Vacancies - 2/E and 3/E for LNG carriers (May joining)",
 text="""Dear seafarers,

We are hiring for our Norwegian principal's LNG fleet:

- Second Engineer: 2 positions, min. 12 months as 2/E on gas carriers
- Third Engineer: 3 positions, STCW III/1, IGF basic

Joining: May 2025, Singapore or Rotterdam. Competitive ITF wages.
Reply to this mail with your updated CV or visit our Manila partner office.

(This message was sent to you in Bcc.)

""" + S_REYES),

dict(expect="pass", kind="benign.plain_zip", loc="",
 why="Unencrypted zip of familiarisation manuals sent to the owner's technical office.",
 **{"from": INOUE}, to=["Technical Office <tech@nordstar-shipping.example.no>"],
 subject="Familiarisation checklists (revised) - zip",
 text="""Dear Technical Office,

Attached are our revised familiarisation checklists for on-signers (deck and engine), as a normal zip without password. Changes are highlighted in yellow.

Please comment by 31 March so we can print them for the April batch.

Saya Inoue

""" + S_INOUE,
 attachments=[{"filename":"familiarisation_checklists_rev5.zip","contentType":"application/zip","text":"familiarisation_rev5/deck_checklist.docx\nfamiliarisation_rev5/engine_checklist.docx\nfamiliarisation_rev5/change_log.txt"}]),
]
