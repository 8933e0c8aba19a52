# -*- coding: utf-8 -*-
"""(E) Asahi Airport Services (ground handling / baggage services for Asahi Pacific Airways, Narita)
— 20 mails (10 hold / 10 pass), most of them in English."""
from common import mail, att, enc_zip, XLSX, DOCX, PDF, CSV, ZIP

ORG = "E"

WATANABE = "Kenji Watanabe <k.watanabe@asahi-as.example.co.jp>"
SATO = "Emily Sato <e.sato@asahi-as.example.co.jp>"
MEHTA = "Rahul Mehta <r.mehta@asahi-as.example.co.jp>"

SIG_WATANABE = """
--
Kenji Watanabe（渡辺 健二）
Supervisor, Baggage Services - Narita Terminal 1
Asahi Airport Services Co., Ltd. / 株式会社あさひエアポートサービス
Ground handling agent for Asahi Pacific Airways (AP)
Tel +81-476-32-8840 / SITA NRTLLAP
Baggage Services Office, Arrivals Hall South, Narita International Airport T1
k.watanabe@asahi-as.example.co.jp
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete it.
"""

SIG_SATO = """
Best regards,
Emily Sato
Baggage Services Agent | Asahi Airport Services, Narita T1
+81-476-32-8841 | e.sato@asahi-as.example.co.jp
"""

SIG_MEHTA = """
-----------------------------------------------------------------
Rahul Mehta
Duty Manager, Passenger & Ramp Services
Asahi Airport Services Co., Ltd. (株式会社あさひエアポートサービス)
Narita International Airport Terminal 1, Chiba 282-0004, Japan
Duty phone +81-476-32-8800 | Mobile +81-80-4471-2096
r.mehta@asahi-as.example.co.jp
-----------------------------------------------------------------
"""

COURIER = "Skyline Delivery Dispatch <dispatch@skyline-delivery.example.com>"
PCREST_CLAIMS = "Pacific Crest Airlines Central Baggage Claims <claims@pcrest-air.example.com>"
PCREST_STN = "Maria Gonzales <m.gonzales@pcrest-air.example.com>"
ASSIST = "Narita Assist Services Ops <ops@nrt-assist.example.co.jp>"
BAGDOC = "Bag Doctor Tokyo <repair@bagdoctor.example.jp>"
LUZON = "Luzon Ground Handling - MNL Station Control <stationcontrol@luzon-gh.example.com>"
AP_STN = "Hiroko Kimura <h.kimura@apair.example.com>"
MERIDIAN = "Meridian Claims Services <nrt@meridian-claims.example.com>"

PAX = [
    "Oliver Bennett <oliver.bennett82@gmail.com>",
    "Chen Wei <chenwei.travel@outlook.com>",
    "Sophie Laurent <sophie.laurent@orange.fr>",
    "Takumi Hasegawa <takumi.h.0615@gmail.com>",
    "Priya Raman <priya.raman@yahoo.com>",
    "Lucas Silva <lucas.silva.br@gmail.com>",
    "Anna Kowalski <anna.kowalski@wp.pl>",
    "James O'Connor <jim.oconnor@icloud.com>",
    "Kim Soo-jin <soojin.kim@naver.com>",
    "Mateo Rossi <mateo.rossi@libero.it>",
    "Hannah Fischer <hannah.fischer@gmx.de>",
    "Nguyen Thi Lan <lan.nguyen.vn@gmail.com>",
]


def mails():
    out = []
    add = lambda *a, **k: out.append(mail(ORG, *a, **k))

    # E01 hold body: passenger's passport number to the courier
    add("Sato", "hold", "id.passport",
        "Passenger's passport number, name and hotel room sent to the delivery courier in the body",
        "body", SATO, [COURIER], "Delivery request - NRTAP40388 - Hotel delivery today",
        f"""
Hello Skyline team,

Please add the following delayed bag to today's afternoon run.

  File ref   : NRTAP40388
  Bag tag    : AP 512877 (black Samsonite hard case, 28 inch)
  Passenger  : Mr. Daniel HOFFMANN
  Passport   : C4TK82J19 (Germany)
  Deliver to : Hotel Mirador Shinjuku, room 1718, by 20:00 at the latest

The passenger asked that the bag be handed to him in person and not left with the
concierge, so please ask your driver to check the passport at the door.

Thank you,
{SIG_SATO}""",
        personal=[("name", "Daniel HOFFMANN"), ("passport", "C4TK82J19"), ("address", "Hotel Mirador Shinjuku, room 1718")])

    # E02 pass: bag tag numbers and file references only
    add("Watanabe", "pass", "benign.bag_tags_file_refs",
        "Bag tag numbers, WorldTracer file references and flight numbers; no passenger data",
        None, WATANABE, [PCREST_STN], "Rush bags forwarded on PC 804 / 17JUN",
        f"""
Dear Maria,

Please be advised that the following rush bags have been forwarded to MNL today.
All files are updated in WorldTracer with the new routing.

  Rush tag      Orig. tag    File ref      Routing
  NRT 881204    PC 330781    MNLPC11872    NRT-MNL PC 804 / 17JUN
  NRT 881205    PC 330915    MNLPC11880    NRT-MNL PC 804 / 17JUN
  NRT 881206    AP 512644    MNLPC11883    NRT-MNL PC 804 / 17JUN

Reason: short connection from AP 7 (SFO-NRT), arrived 55 min late.
Please confirm receipt on arrival.

Regards,
{SIG_WATANABE}""")

    # E03 hold body: PRM passenger's medical conditions to the wheelchair contractor
    add("Mehta", "hold", "sensitive.health",
        "Named PRM passenger's epilepsy, dementia and oxygen use sent to the external assistance contractor",
        "body", MEHTA, [ASSIST], "WCHC arrival AP 12 / 18JUN - special briefing",
        f"""
Dear Narita Assist team,

For tomorrow's AP 12 from LAX (STA 15:40, gate 26), please prepare a WCHC with two agents.

  Passenger : Mrs. Margaret CHOW, 81
  Seat      : 3A
  Condition : early-stage dementia, history of epileptic seizures, uses portable oxygen
              concentrator (Inogen One G5) on board
  Escort    : travelling alone; daughter will meet her at the arrivals gate

If she becomes confused, please do not leave her alone at any point, including the
immigration queue. Her neurologist's letter says seizures may be triggered by stress.

Please confirm the agents' names by 10:00 tomorrow.

Thanks,
{SIG_MEHTA}""",
        personal=[("name", "Margaret CHOW"),
                  ("diagnosis", "early-stage dementia, history of epileptic seizures, uses portable oxygen")])

    # E04 pass: system outage (障害) bilingual
    add("Mehta", "pass", "benign.it_outage",
        "「障害」 is an outage of the baggage reconciliation system; no passenger data",
        None, MEHTA, ["BRS Support Desk <support@bagtrack-systems.example.com>"],
        "【障害報告】BRS scanner outage at make-up area B / 手荷物照合システム障害",
        f"""
BRS Support Desk 御中 / Dear Support team,

（日本語の後に英語が続きます）

本日 05:10 より、メイクアップエリアB のハンドスキャナー 6台すべてで
「SERVER TIMEOUT」が表示され、手荷物照合ができない障害が発生しています。
現在は紙のロードシートで照合を行っており、AP 5 / AP 21 の出発に影響が出ています。

Since 05:10 today, all six hand scanners in make-up area B show "SERVER TIMEOUT"
and we cannot reconcile bags. We are using manual load sheets, which is delaying
AP 5 and AP 21.

  Site ID          : NRT-T1-MUB
  Scanner serials  : HS-7720-0411 to HS-7720-0416
  Last successful  : 05:07:42 JST (transaction hash 9c4e1a7b)

Please treat this as Priority 1 and call the duty phone.

{SIG_MEHTA}""")

    # E05 pass: delayed bag status to the passenger themself
    add("Sato", "pass", "benign.data_subject_own",
        "Status mail to the passenger herself, confirming her own delivery address",
        None, SATO, ["Sophie Laurent <sophie.laurent@orange.fr>"], "Your delayed bag - file NRTAP40412",
        f"""
Dear Ms. Laurent,

Good news: your bag (tag AP 513002, navy blue soft case) arrived this morning on AP 902
from Paris and has passed customs.

We will deliver it to the address you gave us:
  Ryokan Hanamizuki, 2-14-3 Asakusa, Taito-ku, Tokyo
Expected delivery: today between 16:00 and 19:00.

If you will not be at the ryokan, just reply to this email and we will arrange another time.
Please keep the receipts for the toiletries you bought; you can claim up to JPY 10,000
per day of delay through the AP website.

We are very sorry for the inconvenience.
{SIG_SATO}""")

    # E06 hold attachment: delivery manifest CSV
    add("Sato", "hold", "list.customers",
        "Attached CSV lists several passengers with phone numbers and delivery addresses; body is harmless",
        "attachment", SATO, [COURIER], "Delivery manifest - 18JUN - evening run",
        f"""
Hi team,

Attached is the manifest for the evening run (6 bags). Two of them are large
golf bags, so please send the van rather than the car.

Cheers,
{SIG_SATO}""",
        attachments=[att("manifest_18JUN_evening.csv", CSV, """
file_ref,tag,passenger,phone,delivery_address,window
NRTAP40420,AP 513040,Mr Oliver BENNETT,+44 7700 918244,Park Hotel Tokyo rm 2410,17-20
NRTAP40421,AP 513041,Mrs Priya RAMAN,+1 408 555 0162,"3-7-1 Nishi-Shinjuku, Keio Plaza rm 1622",17-20
NRTAP40425,PC 331102,Ms Hannah FISCHER,+49 151 2290 4471,"Airbnb, 1-22-5 Kichijoji-Honcho, Musashino",18-21
NRTAP40427,AP 513077,Mr Takumi HASEGAWA,090-5518-2034,"千葉県船橋市本町4-31-9",18-21
NRTAP40429,AP 513081,Mr Lucas SILVA,+55 11 98841 2276,Hotel Gracery Shinjuku rm 807,19-22
NRTAP40430,AP 513082,Mr Lucas SILVA,+55 11 98841 2276,Hotel Gracery Shinjuku rm 807,19-22
""")],
        personal=[("name", "Oliver BENNETT"), ("phone", "+44 7700 918244"), ("name", "Priya RAMAN"),
                  ("name", "Hannah FISCHER"), ("address", "1-22-5 Kichijoji-Honcho, Musashino"),
                  ("name", "Takumi HASEGAWA"), ("address", "千葉県船橋市本町4-31-9")])

    # E07 hold quoted: passenger complaint with full contact details forwarded to the repair shop
    add("Watanabe", "hold", "personal.complaint_forward",
        "Forwarded passenger complaint carries full name, home address, phone and email; sent to a repair vendor",
        "quoted", WATANABE, [BAGDOC], "FW: Damaged suitcase - AP 8 / 12JUN",
        f"""
Dear Bag Doctor team,

Could you please give us a repair estimate for the suitcase described below?
The bag will be brought to your Shinagawa shop by our courier on Friday.
Please send the estimate to me, not to the passenger.

Many thanks,
{SIG_WATANABE}
-----Original Message-----
From: Robert Mitchell <rob.mitchell.sea@gmail.com>
Sent: Friday, June 13, 2025 11:52 PM
To: AP Customer Relations <customer@apair.example.com>
Subject: Damaged suitcase - AP 8 / 12JUN

Hello,
My suitcase arrived with a broken wheel and a cracked shell on flight AP 8 from
Seattle on 12 June (PIR NRTAP40361).
Name: Robert MITCHELL
Home address: 4418 Fremont Ave N, Seattle, WA 98103, USA
Phone: +1 206 555 0147
Email: rob.mitchell.sea@gmail.com
I am staying in Japan until 30 June. I want it repaired or replaced before I fly home.
Rob
""",
        personal=[("name", "Robert MITCHELL"), ("address", "4418 Fremont Ave N, Seattle, WA 98103, USA"),
                  ("phone", "+1 206 555 0147"), ("email", "rob.mitchell.sea@gmail.com")])

    # E08 pass: handling invoice with corporate account and SWIFT
    add("Mehta", "pass", "benign.corporate_bank_swift",
        "Invoice for handling services with the company's corporate account and SWIFT code",
        None, MEHTA, ["Pacific Crest Airlines Accounts Payable <ap@pcrest-air.example.com>"],
        "Invoice AAS-NRT-2505-117 - ground handling May 2025",
        f"""
Dear Accounts Payable team,

Please find our invoice for ground handling services at NRT for May 2025.

  Invoice no.   : AAS-NRT-2505-117
  Flights       : 62 turnarounds (PC 803/804)
  Amount        : JPY 18,604,000
  Payment terms : 30 days

Remittance details:
  Beneficiary   : Asahi Airport Services Co., Ltd.
  Bank          : Boso Commercial Bank, Narita Airport Branch
  Account no.   : 0450172 (current account)
  SWIFT         : BOSOJPJT
  IBAN          : not applicable (Japan)

Kindly note that our bank details have NOT changed. If you ever receive a request to
change them, please call us on +81-476-32-8800 to verify.

Kind regards,
{SIG_MEHTA}""")

    # E09 pass: station handover / successor introduction with heavy signatures
    add("Watanabe", "pass", "benign.successor_meeting",
        "Successor introduction and handover meeting; names and signatures only",
        None, WATANABE, [PCREST_STN, "Jun Reyes <j.reyes@luzon-gh.example.com>"],
        "Introducing my successor at NRT Baggage Services",
        f"""
Dear Maria, dear Jun,

I would like to introduce Ms. Emily Sato (in copy), who will take over as your main
contact for baggage matters at NRT from 1 July, when I move to our Haneda office.

Emily has been with our Baggage Services team for five years and knows the PC and AP
procedures very well. She will also join the monthly irregularity call on the first
Tuesday of each month.

Could we have a short handover call next week? I suggest Wednesday 25 June,
10:00 Tokyo / 09:00 Manila, on Teams. I will send the invitation.

It has been a real pleasure working with both of you.

Warm regards,
{SIG_WATANABE}""",
        cc=[SATO])

    # E10 hold subject: passenger name + type 1 diabetes in the subject line
    add("Sato", "hold", "sensitive.health",
        "Subject line names a passenger and his type 1 diabetes; body only asks for a priority run",
        "subject", SATO, [COURIER], "URGENT - insulin in delayed bag - pax NAKAMURA Hiroshi (Type 1 diabetic) - NRTAP40433",
        f"""
Hi,

Please put this file on the first run this afternoon. The bag is at our counter,
ready for collection from 13:00. It is a small grey carry-on with a cool pouch inside;
please keep it out of direct sun.

Delivery address is in the manifest as usual.

Thanks a lot,
{SIG_SATO}""",
        personal=[("name", "NAKAMURA Hiroshi"), ("diagnosis", "Type 1 diabetic")])

    # E11 pass: Yamato tracking numbers (one passes the MyNumber check digit)
    add("Sato", "pass", "benign.yamato_tracking",
        "Yamato tracking numbers (one of them happens to pass the MyNumber check digit) and file references only",
        None, SATO, [PCREST_CLAIMS], "Delivered bags - Yamato tracking numbers / 宅急便 伝票番号",
        f"""
Dear Central Baggage Claims,

The following bags for PC passengers were sent via Yamato Transport (宅急便) yesterday.
Please update your files.

  File ref      Yamato tracking no.   Delivered
  NRTPC20981    4124-1748-0532        17JUN 14:20
  NRTPC20984    3193-7094-5703        17JUN 18:05
  NRTPC20990    3688-2575-2982        in transit (ETA 18JUN AM)

Tracking can be checked on the Yamato website (English available).
Proof-of-delivery copies are available on request.

{SIG_SATO}""")

    # E12 hold zip: PIR export in an encrypted zip
    add("Watanabe", "hold", "attachment.encrypted_zip",
        "PIR export sent as a password-protected zip (PPAP)",
        "zip", WATANABE, [MERIDIAN], "PIR export May 2025 (password to follow)",
        f"""
Dear Meridian team,

Attached is the PIR export for May 2025 for your monthly claims reconciliation.
The zip file is password-protected; I will send the password in a separate email.

Regards,
{SIG_WATANABE}""",
        attachments=[enc_zip("PIR_export_NRT_AP_202505.zip")])

    # E13 hold quoted: passenger's card number in the quoted mail to the repair shop
    add("Watanabe", "hold", "id.card",
        "Quoted passenger email contains a full card number and expiry; forwarded to the repair vendor",
        "quoted", WATANABE, [BAGDOC], "Re: FW: Upgrade option for repair - NRTAP40361",
        f"""
Dear Bag Doctor team,

The passenger has agreed to pay the difference for the wheel upgrade himself.
Please go ahead with the upgraded repair (estimate BD-25-0611, option B).
AP will pay the standard repair part as usual.

Regards,
{SIG_WATANABE}
> From: Robert Mitchell <rob.mitchell.sea@gmail.com>
> Sent: Tuesday, June 17, 2025 8:14 AM
> To: Kenji Watanabe
> Subject: Re: Upgrade option for repair
>
> Hi Kenji,
> Yes please, go for option B. You can charge the extra JPY 6,800 to my card:
> Mastercard 5412 7387 2795 8452, exp 11/27, name ROBERT J MITCHELL.
> Thanks, Rob
""",
        personal=[("name", "ROBERT J MITCHELL"), ("card_number", "5412 7387 2795 8452"), ("card_expiry", "exp 11/27")])

    # E14 pass: monthly baggage KPIs (aggregates)
    add("Mehta", "pass", "benign.aggregate_stats",
        "Monthly mishandled-baggage statistics; aggregates only",
        None, MEHTA, [AP_STN], "NRT baggage KPIs - May 2025",
        f"""
Dear Kimura-san,

Here are the NRT baggage KPIs for May 2025.

  Passengers handled          : 88,412
  Bags checked                : 104,930
  Mishandled bags (total)     : 412  (3.93 per 1,000 pax; target 4.50)
    - delayed                 : 371
    - damaged                 : 36
    - pilfered                : 5
  Average delivery time       : 26.4 h (target < 36 h)
  First-bag / last-bag on time: 96.2% / 91.8%

The main driver of delayed bags was short connections from AP 7 (SFO) on 9 days.
We propose a 75-minute minimum connection time for interline transfers to PC 804.

Happy to go through the figures at Thursday's station meeting.

Best regards,
{SIG_MEHTA}""")

    # E15 pass: sports team charter (public figure named)
    add("Mehta", "pass", "benign.public_figure",
        "Charter handling for a national team; the head coach named is a public figure, no private data",
        None, MEHTA, ["Team Logistics - Blue Wave Sports Management <logistics@bluewave-sm.example.com>"],
        "Charter AP 9801 / 02JUL - equipment and arrival plan",
        f"""
Dear Team Logistics,

Thank you for the call this morning. Here is our plan for the national rugby squad's
charter AP 9801 (NRT-SYD) on 2 July.

  Check-in       : group counter L, 07:30-08:30 (closed to the public)
  Party          : 33 players, 14 staff incl. head coach Ian Fletcher
  Equipment      : 62 pieces, approx. 1,450 kg (includes 4 ice baths, 2 video cases)
  Oversize       : via OOG belt 2, screened in advance on 01 JUL 16:00
  Media          : photo spot at the bag drop approved by the airport company

Press are expected at the terminal; our security team will keep the path from the bus
bay to the counter clear. Please send the final equipment list by 30 June.

Regards,
{SIG_MEHTA}""")

    # E16 hold body: passenger's private IBAN to a partner airline's claims department
    add("Watanabe", "hold", "id.bank_account",
        "Passenger's private bank account (IBAN) and name sent in the body to another airline's claims department",
        "body", WATANABE, [PCREST_CLAIMS], "Interim expenses - interline pax - NRTAP40377",
        f"""
Dear Central Baggage Claims,

For file NRTAP40377 (interline PC 803 / AP 21, final carrier AP), the passenger has
submitted receipts for interim expenses totalling EUR 212.40. As agreed in our
interline pro-rate, PC will reimburse the passenger directly.

  Passenger : Ms. Anna KOWALSKI
  Account   : IBAN PL61109010140000071219812874 (Santander Bank Polska)
  Amount    : EUR 212.40

Receipts are in the WorldTracer file. Please confirm once payment is made.

Regards,
{SIG_WATANABE}""",
        personal=[("name", "Anna KOWALSKI"), ("bank_account", "PL61109010140000071219812874")])

    # E17 pass: plain zip with SOPs
    add("Watanabe", "pass", "benign.plain_zip",
        "Plain (unencrypted) zip of SOP documents",
        None, WATANABE, ["Jun Reyes <j.reyes@luzon-gh.example.com>"], "Updated baggage SOPs (zip)",
        f"""
Dear Jun,

As promised, attached are the updated AP baggage SOPs in one zip file (no password).
The main change is chapter 4, lithium batteries in checked bags.

Regards,
{SIG_WATANABE}""",
        attachments=[att("AP_baggage_SOP_rev12.zip", ZIP, """
AP_baggage_SOP_rev12/
  01_General_rev12.pdf
  02_Rush_tags_and_forwarding_rev12.pdf
  03_Damaged_bags_rev11.pdf
  04_Dangerous_goods_lithium_rev12.pdf
  05_WorldTracer_quick_guide.pdf
""")])

    # E18 hold attachment: deportee notice with conviction details
    add("Mehta", "hold", "sensitive.criminal",
        "Attached special-handling notice names a deportee and his fraud conviction; body is harmless",
        "attachment", MEHTA, [LUZON], "DEPA notification - AP 31 / 20JUN",
        f"""
Dear MNL Station Control,

Please find attached the special-handling notification for AP 31 on 20 June.
Kindly acknowledge receipt and confirm the meeting point for the escorts on arrival.

Regards,
{SIG_MEHTA}""",
        attachments=[att("DEPA_notification_AP31_20JUN.pdf", PDF, """
SPECIAL HANDLING NOTIFICATION - DEPORTEE ACCOMPANIED (DEPA)
Flight: AP 31 NRT-MNL, 20 JUN 2025, STD 09:45
Deportee: SANTOS, Ramon Dela Cruz, male, born 14 MAR 1984
Nationality: Philippines
Reason: deportation order after completing a prison sentence in Japan for fraud
  (Tokyo District Court, 2 years 6 months)
Escorts: 2 officers, Immigration Services Agency (seats 44A, 44C)
Deportee seat: 44B, last row, boarded first, disembarks last
Risk assessment: low, no history of violence
""")],
        personal=[("name", "SANTOS, Ramon Dela Cruz"), ("birth_date", "14 MAR 1984"),
                  ("criminal", "prison sentence in Japan for fraud")])

    # E19 pass: unclaimed found items to the airport police (no owner data)
    add("Sato", "pass", "benign.lost_property_no_owner",
        "Monthly handover of unclaimed found items; only item descriptions, no owner data",
        None, SATO, ["成田国際空港警察署 会計課 遺失物係 <ishitsubutsu@naritaairport-ps.example.lg.jp>"],
        "拾得物の引渡しについて（5月分）/ Found property handover - May",
        f"""
成田国際空港警察署 会計課 遺失物係 御中

いつもお世話になっております。あさひエアポートサービス 手荷物サービスの佐藤です。
5月に機内・到着ロビーで拾得し、保管期間内に持ち主が判明しなかった物品を下記の通りお引き渡しします。

  管理番号      品名                    特徴                        拾得場所
  LF-2505-014   スマートフォン          黒、ケースなし、画面割れ    AP 902 座席 23C
  LF-2505-021   ノートPC                銀色 13インチ               到着ロビー South
  LF-2505-033   財布                    茶色革、現金 3,200円        AP 12 座席 41H
  LF-2505-040   腕時計                  金属ベルト                  Baggage claim belt 4
  LF-2505-047   ぬいぐるみ              クマ、青いリボン            AP 8 座席 18B

持ち主の手がかり（名刺・カード等）があった物品は、すでに個別にご連絡済みです。
引渡しは 6月20日（金）14:00 に当社職員2名でお伺いします。

(English: five unclaimed items from May will be handed over on 20 June at 14:00.)

{SIG_SATO}""")

    # E20 hold recipients: 12 passengers' private addresses in To
    add("Sato", "hold", "recipients.many_external",
        "Notice to 12 passengers with their private addresses visible in To (should have been BCC)",
        "recipients", SATO, PAX, "Your delayed baggage from AP 908 has arrived",
        f"""
Dear passengers,

We are pleased to inform you that the bags delayed on AP 908 (Frankfurt-Narita, 16 June)
have now arrived in Narita and cleared customs.

They will be delivered to the addresses you gave at the Baggage Services counter
within the next 24 hours. Our courier will call you before delivery.

If your delivery address has changed, please reply to this email with your file
reference number (NRTAP…).

Once again, we apologise for the inconvenience.
{SIG_SATO}""")

    return out
