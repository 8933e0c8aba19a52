# Org A: Toho Plasmatech Co., Ltd. - overseas field service team (semiconductor equipment)
from common import M, A, XLSX, PDF, CSV, ZIP, DOCX
ORG = "A"
ARAKAWA = "Kenji Arakawa <k.arakawa@toho-plasmatech.example.jp>"
TANABE = "Mio Tanabe <m.tanabe@toho-plasmatech.example.jp>"
SAKUMA = "Ryo Sakuma <r.sakuma@toho-plasmatech.example.jp>"
SIG_ARAKAWA = """--
Kenji Arakawa
Manager, Global Field Service
Toho Plasmatech Co., Ltd.
2-14-8 Shin-Yokohama, Kohoku-ku, Yokohama 222-0033, Japan
Tel +81-45-555-0187 / Mobile +81-90-5550-2231"""
SIG_TANABE = """Best regards,
Mio Tanabe (田辺 美緒)
Service Coordinator, Asia & Americas
Toho Plasmatech Co., Ltd. | Global Field Service
Tel +81-45-555-0192"""
SIG_SAKUMA = """Ryo Sakuma
Senior Field Engineer, Etch Products
Toho Plasmatech Co., Ltd.
Mobile (JP) +81-80-5550-7714 / WhatsApp same"""

MAILS = [
M("hold", "id.passport", "A field engineer's passport number and birth date are sent to a customer's fab security office for badge issue.",
  TANABE, ["Fab 12 Security Desk <security.f12@fasc.example.com.tw>"], "Visitor pre-registration – TP-7200 PM visit, 14–18 April",
  """Dear Security Desk team,

Following Ms. Chen's request, I would like to pre-register our engineer for the preventive maintenance visit to Fab 12 (Hsinchu).

  Name (as in passport): SAKUMA RYO
  Nationality: Japan
  Passport No.: TZ8841273
  Date of birth: 1986-09-03
  Visit dates: 2025-04-14 to 2025-04-18
  Host: Ms. Chen Yi-ting, Equipment Engineering, ext. 6621
  Tools carried: torque wrench set, helium leak detector (S/N HLD-22-0417)

Please let me know if anything else is needed for the clean-room badge.

""" + SIG_TANABE,
  personal=[{"type": "passport", "value": "TZ8841273"}, {"type": "birthdate", "value": "1986-09-03"}], org=ORG),

M("pass", "benign.meeting_arrangement", "Arranging a PM review meeting with named customer engineers and heavy signatures; no personal data beyond business contacts.",
  ARAKAWA, ["Chen Yi-ting <yiting.chen@fasc.example.com.tw>"], "Re: Q2 PM review meeting – proposed agenda",
  """Dear Ms. Chen,

Thank you for the quick reply. Tuesday 22 April, 10:00–11:30 (TW time) works for us. We will join from Yokohama via Teams; Mr. Sakuma will be on site in Hsinchu that week and can join in person.

Proposed agenda:
 1. PM interval results for TP-7200 #3 and #5 (chamber wet-clean at 1,800 RF hours)
 2. ESC replacement lead time
 3. Spare parts consignment stock – Q3 forecast
 4. AOB

Could you forward the invitation to Mr. Lin Chia-hao and Mr. Huang Po-wei as well?

Best regards,
Kenji

""" + SIG_ARAKAWA + """

-----Original Message-----
From: Chen Yi-ting <yiting.chen@fasc.example.com.tw>
Sent: Thursday, April 3, 2025 6:12 PM
Subject: Q2 PM review meeting

Dear Arakawa-san,
Could we have the quarterly review in the week of 21 April? Tuesday or Wednesday morning would be best.

Chen Yi-ting 陳怡婷
Equipment Engineering Dept. | Formosa Advanced Semiconductor Corp.
No. 8, Li-Hsin Rd., Hsinchu Science Park | Tel +886-3-555-6621
""", org=ORG),

M("hold", "sensitive.health", "Tells a customer the specific diagnosis and hospitalisation of a named field engineer.",
  ARAKAWA, ["Park Ji-hoon <jihoon.park@hanul-dev.example.co.kr>"], "Change of engineer for Line 2 chamber upgrade",
  """Dear Mr. Park,

I am sorry to inform you that Mr. Daisuke Minami, who was scheduled to lead the chamber upgrade on Line 2 next week, was admitted to hospital in Pyeongtaek last night. He has been diagnosed with acute pancreatitis and the doctor expects at least ten days of in-patient treatment, so he cannot continue the job.

We will send Mr. Ryo Sakuma as replacement. He arrives at Incheon on Sunday evening and can start on Monday 08:00 as planned. The schedule and scope remain unchanged.

Our apologies for the inconvenience.

""" + SIG_ARAKAWA,
  personal=[{"type": "health", "value": "diagnosed with acute pancreatitis"}, {"type": "name", "value": "Mr. Daisuke Minami"}], org=ORG),

M("pass", "benign.it_outage", "Equipment fault report using 'failure', 'down' and serial numbers; only tool data.",
  SAKUMA, ["Kim Min-seo <minseo.kim@hanul-dev.example.co.kr>"], "Incident report: TP-7200 #2 down – RF generator failure (Alarm E-4471)",
  """Hi Min-seo,

Summary of yesterday's down event on TP-7200 #2 (S/N 72A-1190-0332):

- 02:14  Alarm E-4471 "RF reflected power high" on PM-B
- 02:15  Tool auto-paused, 3 wafers in chamber (lot HD52731.1) – moved to cassette, no scrap
- 09:30  RF generator (P/N 0190-44721, S/N RG19-88012) swapped with consignment spare
- 13:05  Seasoning + qualification wafers OK, ER uniformity 1.8 % (spec < 3 %)
- 13:40  Tool released to production

Root cause: failed output capacitor in the generator. The failed unit goes back to Yokohama for failure analysis; RMA no. RMA-25-0412.
Log bundle hash (SHA-256): 9f2c4e1a7b03d5e8c6a1f0b9e2d47c3a8b51e6f0d9c2a7b4e3f18d6c05a9b2e7

Thanks,
""" + SIG_SAKUMA, org=ORG),

M("hold", "list.visitor_roster", "The attachment lists several engineers with birth dates, passport numbers and nationality; the body gives no hint.",
  TANABE, ["Site Access Office <siteaccess@drmicro.example.com>"], "Shutdown support team – documents",
  """Hello Site Access team,

As requested by Mr. Whitfield, please find the attached file for the July shutdown support.
We will send the updated version if anything changes.

""" + SIG_TANABE,
  attachments=[A("DRM_shutdown_team_July.csv", CSV, """name,company,nationality,date_of_birth,passport_no,passport_expiry,arrival,departure
Ryo Sakuma,Toho Plasmatech,JP,1986-09-03,TZ8841273,2031-05-20,2025-07-06,2025-07-19
Takuya Ebisawa,Toho Plasmatech,JP,1990-02-17,TR5530981,2029-11-02,2025-07-06,2025-07-19
Nao Kirishima,Toho Plasmatech,JP,1993-12-08,TS0927746,2033-01-15,2025-07-06,2025-07-13
Lim Wei Jie,TP Service Malaysia (contractor),MY,1988-06-25,A41937720,2030-03-30,2025-07-08,2025-07-19
""")],
  personal=[{"type": "passport", "value": "TR5530981"}, {"type": "birthdate", "value": "1993-12-08"}, {"type": "passport", "value": "A41937720"}],
  loc="attachment", org=ORG),

M("pass", "benign.corporate_bank_swift", "Invoice cover mail with the company's own bank account and SWIFT code.",
  TANABE, ["Accounts Payable <ap@lcfoundry.example.sg>"], "Invoice TP-INV-25-0781 – on-site service March 2025",
  """Dear Accounts Payable team,

Please find below the details for our invoice TP-INV-25-0781 (PO 4500338127) for on-site service in March 2025.

  Amount: USD 48,260.00 (net 60 days)
  Beneficiary: Toho Plasmatech Co., Ltd.
  Bank: Minato Trust Bank, Shin-Yokohama Branch
  Account no.: 0417-2286531 (USD current account)
  SWIFT/BIC: MNTBJPJTXXX
  Bank address: 3-1-1 Shin-Yokohama, Kohoku-ku, Yokohama, Japan

Please note that the account is a corporate account and has not changed. We never ask for changes of bank details by e-mail only; if you receive such a request, please call us at +81-45-555-0192.

""" + SIG_TANABE, org=ORG),

M("hold", "attachment.encrypted_zip", "Field service report sent as a password-protected zip (PPAP).",
  SAKUMA, ["Lee Hui Min <huimin.lee@lcfoundry.example.sg>"], "Field service report FSR-25-1184 (password in next mail)",
  """Hi Hui Min,

Attached is the field service report for the ESC replacement on PM-A, including the leak-check data.
As per your IT policy the file is zipped with a password; I will send the password in a separate mail.

Cheers,
""" + SIG_SAKUMA,
  attachments=[A("FSR-25-1184.zip", ZIP, encrypted=True)], loc="zip", org=ORG),

M("pass", "benign.project_mail_two_companies", "Project mail with six visible addresses from the customer and the sender's company only.",
  ARAKAWA, ["Markus Vogel <m.vogel@elbewafer.example.de>", "Anja Richter <a.richter@elbewafer.example.de>", "Jonas Keller <j.keller@elbewafer.example.de>"],
  "Tool move-in Fab 2 – weekly status #7",
  """Dear Markus, Anja, Jonas,

Weekly status for the TP-7200 move-in (3 tools):

| Item                      | Status       | Owner          |
|---------------------------|--------------|----------------|
| Tool #1 hook-up           | done         | Elbe facilities|
| Tool #2 hook-up           | 80 %         | Elbe facilities|
| Tool #3 crate arrival     | ETA 19 May   | Toho logistics |
| Facility sign-off #1      | 14 May       | A. Richter     |
| SAT (site acceptance) #1  | 26–30 May    | R. Sakuma      |

Open point: the exhaust duct on #2 needs a 15 cm offset – Jonas, can your contractor confirm by Friday?

Next call Wednesday 15:00 CEST.

Best regards,
Kenji

""" + SIG_ARAKAWA,
  cc=["Ryo Sakuma <r.sakuma@toho-plasmatech.example.jp>", "Mio Tanabe <m.tanabe@toho-plasmatech.example.jp>", "Hiroshi Okabe <h.okabe@toho-plasmatech.example.jp>"], org=ORG),

M("hold", "recipients.visible", "Seminar invitation to 12 engineers of different customer companies placed openly in To.",
  TANABE, ["yiting.chen@fasc.example.com.tw", "chiahao.lin@fasc.example.com.tw", "jihoon.park@hanul-dev.example.co.kr", "minseo.kim@hanul-dev.example.co.kr",
           "d.whitfield@drmicro.example.com", "s.ortega@drmicro.example.com", "m.vogel@elbewafer.example.de", "a.richter@elbewafer.example.de",
           "huimin.lee@lcfoundry.example.sg", "rajesh.nair@lcfoundry.example.sg", "t.nguyen@saigonchip.example.vn", "k.tan@penangsemi.example.my"],
  "Invitation: TP-7200 Users' Technical Seminar 2025 (online, 10 June)",
  """Dear valued customers,

We are pleased to invite you to our annual TP-7200 Users' Technical Seminar, held online on 10 June 2025, 14:00–16:30 JST.

Programme
 - New chamber liner coating: 30 % longer wet-clean interval
 - Software release 7.4: predictive maintenance dashboard
 - Q&A with our field service team

Registration: please reply to this mail by 30 May with the names of participants.

""" + SIG_TANABE, loc="recipients", org=ORG),

M("pass", "benign.successor_introduction", "Successor introduction by a retiring engineer's manager; names and business contacts only.",
  ARAKAWA, ["Daniel Whitfield <d.whitfield@drmicro.example.com>"], "Introducing your new field service lead – Mr. Takuya Ebisawa",
  """Dear Dan,

As you may have heard, Mr. Shigeru Nozawa, who has supported Desert Ridge since the first tool installation in 2014, retires at the end of June. On behalf of all of us, thank you for the trust you have placed in him over the years.

From 1 July, Mr. Takuya Ebisawa will be your field service lead. Takuya has nine years on the TP-7000 series, including two years resident at our Oregon office, and he will visit Chandler with Mr. Nozawa on 17 June for a handover.

Takuya Ebisawa
Field Service Lead, Americas
t.ebisawa@toho-plasmatech.example.jp / +1-503-555-0148

Best regards,
Kenji

""" + SIG_ARAKAWA,
  cc=["Takuya Ebisawa <t.ebisawa@toho-plasmatech.example.jp>", "Shigeru Nozawa <s.nozawa@toho-plasmatech.example.jp>"], org=ORG),

M("hold", "sensitive.health", "The forwarded part carries an internal note that a named engineer is on treatment for an adjustment disorder; sent to a customer.",
  ARAKAWA, ["Rajesh Nair <rajesh.nair@lcfoundry.example.sg>"], "Fwd: Resident engineer plan H2",
  """Dear Rajesh,

Please see below our plan for the resident engineer position from July. In short: the rotation continues, with Mr. Kirishima covering August instead of Mr. Hirano.
Happy to discuss on Thursday.

Kenji

""" + SIG_ARAKAWA + """

---------- Forwarded message ----------
From: Yuki Honda <y.honda@toho-plasmatech.example.jp>
Date: Mon, 12 May 2025 09:41
Subject: Resident engineer plan H2
To: Kenji Arakawa <k.arakawa@toho-plasmatech.example.jp>

Arakawa-san,

Resident rotation Singapore H2:
 Jul  Ebisawa
 Aug  Kirishima (replacing Hirano)
 Sep  Sakuma
 Oct  Ebisawa

Tomoya Hirano: not fit for overseas assignment until further notice. He is under treatment for an adjustment disorder (適応障害) and the occupational physician recommends no travel for at least 3 months. Please do not share outside.

Yuki Honda / HR
""",
  personal=[{"type": "health", "value": "He is under treatment for an adjustment disorder (適応障害)"}, {"type": "name", "value": "Tomoya Hirano"}],
  loc="quoted", org=ORG),

M("pass", "benign.plain_zip_logs", "Plain (unencrypted) zip of tool logs sent to a customer.",
  SAKUMA, ["Sofia Ortega <s.ortega@drmicro.example.com>"], "Tool logs for particle excursion – TP-7200 #4",
  """Hi Sofia,

Attached are the event and sensor logs (06–09 May) for TP-7200 #4 as a normal zip (no password, ~18 MB). They include the FDC trace for the throttle valve, which I think explains the particle spikes on slot 25.
Let me know if the upload to your SharePoint is preferred next time.

Ryo

""" + SIG_SAKUMA,
  attachments=[A("TP7200-4_logs_0506-0509.zip", ZIP, "event_log_0506.csv\nevent_log_0507.csv\nevent_log_0508.csv\nevent_log_0509.csv\nfdc_throttle_valve_PM-C.csv\nREADME.txt")], org=ORG),

M("hold", "id.passport", "The subject line alone carries an engineer's name and passport number.",
  TANABE, ["Visa Support <visa@saigonchip.example.vn>"], "Invitation letter request – Nao Kirishima, passport TS0927746, entry 2 June",
  """Dear Visa Support team,

Could you kindly issue the business visa invitation letter for our engineer as discussed with Mr. Nguyen last week?
The visit is for the installation of two TP-5100 tools. We would appreciate receiving the letter by 23 May.

""" + SIG_TANABE,
  personal=[{"type": "passport", "value": "TS0927746"}, {"type": "name", "value": "Nao Kirishima"}], loc="subject", org=ORG),

M("pass", "benign.condolences", "Condolence message on the passing of a customer's former executive.",
  ARAKAWA, ["Chen Yi-ting <yiting.chen@fasc.example.com.tw>"], "Condolences",
  """Dear Ms. Chen,

We were deeply saddened to learn of the passing of Mr. Wu Chien-ming, the founding president of Formosa Advanced Semiconductor. Many of us remember his visit to Yokohama in 2009, when he personally signed the first order for our TP-5000.

Please convey our sincere condolences to his family and to all your colleagues.

With respect,
Kenji Arakawa, on behalf of the Global Field Service team

""" + SIG_ARAKAWA, org=ORG),

M("hold", "id.bank_account", "A contractor's personal bank account is sent to an outside payroll agent.",
  ARAKAWA, ["Payroll Services <payroll@kl-payroll.example.my>"], "Per-diem payment – contractor Lim Wei Jie (June)",
  """Dear Payroll Services,

Please process the June per-diem and overtime for our contract field engineer:

  Name: Lim Wei Jie
  Period: 1–30 June 2025 (Penang + Singapore)
  Per-diem: 22 days x MYR 260 = MYR 5,720
  Overtime: 14 h x MYR 95 = MYR 1,330
  Total: MYR 7,050

  Pay to (personal account):
  Bank: Maybank, Bayan Lepas branch
  Account no.: 1570 4412 8836
  Account name: LIM WEI JIE

Please send the payslip directly to him and the invoice to us.

""" + SIG_ARAKAWA,
  personal=[{"type": "bank_account", "value": "1570 4412 8836"}, {"type": "name", "value": "LIM WEI JIE"}], org=ORG),

M("pass", "benign.bcc_bulletin", "Service bulletin to all customers with recipients in Bcc.",
  TANABE, ["Mio Tanabe <m.tanabe@toho-plasmatech.example.jp>"], "Service Bulletin SB-2025-07: O-ring material change on gas box valves",
  """Dear customers,

(This message is sent to all TP-7200 users in Bcc.)

Service Bulletin SB-2025-07
Affected: TP-7200 gas box, valve assembly P/N 0230-11875 rev C and earlier
Change: O-ring material changed from FKM to FFKM (P/N 0840-02291) to reduce particle generation in NF3 service.
Action: replace at the next scheduled PM. Parts will be supplied free of charge until 31 December 2025.

Your field service contact will plan the work with you.

""" + SIG_TANABE,
  bcc=["yiting.chen@fasc.example.com.tw", "jihoon.park@hanul-dev.example.co.kr", "d.whitfield@drmicro.example.com", "m.vogel@elbewafer.example.de", "huimin.lee@lcfoundry.example.sg",
       "t.nguyen@saigonchip.example.vn", "k.tan@penangsemi.example.my", "s.ortega@drmicro.example.com", "a.richter@elbewafer.example.de", "rajesh.nair@lcfoundry.example.sg", "minseo.kim@hanul-dev.example.co.kr", "chiahao.lin@fasc.example.com.tw"], org=ORG),

M("hold", "personal.skill_sheet", "Engineer profile with home address, private phone and birth date sent to a customer; only in the attachment.",
  TANABE, ["Thomas Nguyen <t.nguyen@saigonchip.example.vn>"], "Proposed engineer for resident support",
  """Dear Mr. Nguyen,

Thank you for considering our resident support proposal. As requested, attached is the profile of the engineer we propose for Q3.

""" + SIG_TANABE,
  attachments=[A("Engineer_profile_Ebisawa.docx", DOCX, """ENGINEER PROFILE

Name: Takuya Ebisawa (海老沢 拓也)
Date of birth: 17 February 1990 (35)
Home address: 3-22-5 Tsunashima-higashi, Kohoku-ku, Yokohama 223-0052
Private mobile: +81-90-5550-3318
Private e-mail: ebi.taku90@freemail.example.ne.jp

Experience
2016–now  Toho Plasmatech, field service (TP-7000 / TP-7200)
2021–2023 resident engineer, Oregon, USA
Certifications: SEMI S2 training, high-voltage safety, Lockout/Tagout
Languages: Japanese (native), English (TOEIC 885)
""")],
  personal=[{"type": "address", "value": "3-22-5 Tsunashima-higashi, Kohoku-ku, Yokohama 223-0052"}, {"type": "phone", "value": "+81-90-5550-3318"}, {"type": "birthdate", "value": "17 February 1990"}],
  loc="attachment", org=ORG),

M("pass", "benign.dev_minutes_test_card", "Development minutes for a spare-parts web shop mention a Luhn-valid test card used in the sandbox.",
  SAKUMA, ["Priya Raman <priya@webforge.example.in>"], "Minutes – parts portal payment integration sprint review (v0.9)",
  """Hi Priya,

Minutes from today's sprint review of the spare-parts portal (parts.toho-plasmatech.example.jp), staging only.

Attendees: Priya Raman, Arjun Mehta (WebForge), Ryo Sakuma, Mio Tanabe (TP)

1. Checkout flow on staging
   - Sandbox payment with the gateway test card 4111 1111 1111 1111 (exp 12/30, CVV 123) succeeded.
   - Declined-card path tested with 4000 0000 0000 0002 – error message text needs a fix (ticket WF-212).
2. Quote-to-order for consignment customers – postponed to sprint 11.
3. Part number search: fuzzy match for revisions ("0190-44721 rev B") – done.

Reminder: no real card data on staging; production keys stay with TP IT.

Ryo
""" + SIG_SAKUMA, org=ORG),

M("hold", "list.rooming", "Hotel rooming list with several engineers' passport numbers and birth dates in the body.",
  SAKUMA, ["Reservations <reservations@hotel-elbblick.example.de>"], "Group booking TOHO PLASMATECH 25–31 May – rooming list",
  """Dear Reservations team,

Please find our rooming list for booking ref. EB-77120 (5 single rooms, 25–31 May). The German hotel registration form needs passport data, so I include it here:

  1. SAKUMA Ryo        – JP passport TZ8841273 – born 03.09.1986
  2. EBISAWA Takuya    – JP passport TR5530981 – born 17.02.1990
  3. KIRISHIMA Nao     – JP passport TS0927746 – born 08.12.1993
  4. OKABE Hiroshi     – JP passport TK2206418 – born 29.04.1979
  5. MORIYAMA Shun     – JP passport TR7781052 – born 11.01.1995

Late check-in on the 25th (around 23:30). Invoice to the company please, ref. PO-DE-2505.

Thank you,
""" + SIG_SAKUMA,
  personal=[{"type": "passport", "value": "TK2206418"}, {"type": "passport", "value": "TR7781052"}, {"type": "birthdate", "value": "29.04.1979"}], org=ORG),

M("pass", "benign.shipment_tracking", "Shipping notice full of part numbers, AWB and HS codes; no person data.",
  TANABE, ["Warehouse <warehouse@penangsemi.example.my>"], "Shipment notice – consignment replenishment CS-MY-0521",
  """Dear Warehouse team,

The following consignment parts were shipped today:

Part no.       Description                    Qty  HS code     Serial
0190-44721     RF generator 13.56 MHz         1    8543.70     RG19-90155
0840-02291     O-ring FFKM, 230 mm            40   4016.93     –
0021-33018     Edge ring, SiC                 6    6903.90     –
0452-77310     ESC, 300 mm                    1    8486.90     ESC-2503-0088

AWB: 205-48817362 (MH Cargo), ETA Penang 23 May
Commercial invoice: CI-25-05-0521

Please confirm receipt on arrival.

""" + SIG_TANABE, org=ORG),

M("hold", "sensitive.criminal_record", "Discloses a named engineer's past drink-driving conviction to a customer's security office.",
  ARAKAWA, ["Daniel Whitfield <d.whitfield@drmicro.example.com>"], "Re: Background screening result – contractor badge",
  """Dear Dan,

Thank you for letting us know. To be transparent: the flag on the screening for Mr. Shun Moriyama relates to a drink-driving conviction in Japan in 2019 (fined, licence suspended for 90 days). He has had no further incidents and does not drive on site.

If your policy allows, we would like him to keep the badge for the July shutdown; otherwise we will replace him with Mr. Okabe.

Kind regards,
Kenji

""" + SIG_ARAKAWA + """

> From: Daniel Whitfield
> Our third-party screening returned a flag for one of your contractors. Can you advise before we issue the badge?
""",
  personal=[{"type": "criminal_record", "value": "a drink-driving conviction in Japan in 2019"}, {"type": "name", "value": "Mr. Shun Moriyama"}], org=ORG),

M("pass", "benign.malware_quarantine", "Malware 'infection' and 'quarantine' on a tool PC; IT context only.",
  SAKUMA, ["Markus Vogel <m.vogel@elbewafer.example.de>"], "Re: Virus alert on tool controller PC – TP-7200 #1",
  """Hi Markus,

Checked with our software team. The alert from your endpoint scanner on the tool controller PC (host TP72-01-CTRL) was a real infection: a USB-borne worm (W32/Autorun-variant) in D:\\temp, most likely from a service laptop of another vendor. The file was quarantined by the scanner before execution.

Recommended actions:
 - keep the PC isolated from the fab network until a full offline scan is done (we can do it Thursday)
 - disable USB mass storage via our BIOS lock kit (part 0999-10042)
 - recipe and log data are not affected (read-only partition)

Best,
Ryo
""" + SIG_SAKUMA, org=ORG),

M("hold", "id.card_number", "A hotel card authorisation form with the engineer's full corporate card number and expiry; only in the attachment.",
  TANABE, ["Front Office <frontoffice@marinabayinn.example.sg>"], "Credit card authorisation – booking MB-30418",
  """Dear Front Office,

For booking MB-30418 (guest: Mr. Ryo Sakuma, 2–13 June), please find the signed authorisation form attached.

""" + SIG_TANABE,
  attachments=[A("CC_authorisation_MB-30418.pdf", PDF, """CREDIT CARD AUTHORISATION FORM
Hotel: Marina Bay Inn, Singapore    Booking: MB-30418
Guest name: SAKUMA RYO   Arrival: 02 Jun 2025   Departure: 13 Jun 2025
Charges authorised: room and tax only
Card type: Mastercard
Card number: 5555 5555 5555 4444
Expiry: 08/27
Cardholder: MIO TANABE (corporate card, Toho Plasmatech Co., Ltd.)
Signature: M. Tanabe   Date: 20 May 2025
""")],
  personal=[{"type": "card_number", "value": "5555 5555 5555 4444"}], loc="attachment", org=ORG),

M("pass", "benign.offer_holder_own_invitation", "Interview logistics sent to the candidate himself at his own address.",
  TANABE, ["Kevin Ho <kevinho.eng@freemail.example.com>"], "Your on-site interview in Yokohama – schedule and travel",
  """Dear Mr. Ho,

Thank you for accepting our invitation. Here is your schedule for the final interview for the Field Service Engineer (Singapore-based) position:

  Date: Wednesday 4 June 2025
  09:30  Reception, 1F lobby (ask for Mio Tanabe)
  10:00  Technical interview – Kenji Arakawa, Ryo Sakuma
  11:30  Tour of the training centre
  12:30  Lunch with the team

Your flight SQ 638 (3 June) and hotel (Shin-Yokohama Grand, 3–5 June) are booked; the e-tickets follow separately. Please bring your passport for building entry.

We look forward to meeting you.

""" + SIG_TANABE, org=ORG),

M("pass", "benign.aggregate_safety_compliance", "Reply to a fab safety questionnaire with aggregate training and health-declaration figures, no names.",
  ARAKAWA, ["EHS Office <ehs@hanul-dev.example.co.kr>"], "Re: Contractor EHS questionnaire 2025",
  """Dear EHS team,

Our answers to the 2025 contractor questionnaire:

 Q1. Number of field engineers assigned to your site: 7
 Q2. SEMI S2 / LOTO training completed: 7 of 7 (100 %)
 Q3. Annual health check completed by company occupational health: yes, all engineers (the individual results are kept by our occupational physician and are not shared)
 Q4. Lost-time injuries in 2024 (global field service, 212 engineers): 0
 Q5. Heat-stress policy: attached procedure TP-EHS-014 rev 3

Please let me know if individual health declarations are required; in that case each engineer would submit them directly via your contractor portal.

""" + SIG_ARAKAWA, org=ORG),
]
