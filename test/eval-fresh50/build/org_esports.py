# Org C: Kestrel Gaming Inc. (Team Kestrel) - e-sports team and management company
D = "kestrel-gg.example.com"
PARK = f"Daniel Park <daniel.park@{D}>"
SAEKI = f"Rina Saeki <rina.saeki@{D}>"
HUGHES = f"Tom Hughes <tom.hughes@{D}>"

SIG_P = """
--
Daniel Park | General Manager
Kestrel Gaming Inc. / Team Kestrel
3F Jingumae Square, 6-12-4 Jingumae, Shibuya-ku, Tokyo 150-0001
+81 3-6450-8812 | daniel.park@kestrel-gg.example.com"""
SIG_S = """
--
Rina Saeki 佐伯 リナ
Team Manager, Team Kestrel
Kestrel Gaming Inc. | +81 90-0000-1234 (team phone)
rina.saeki@kestrel-gg.example.com"""
SIG_H = """
Best,
Tom Hughes
Partnerships Lead | Kestrel Gaming Inc.
tom.hughes@kestrel-gg.example.com | kestrel-gg.example.com"""
SIG_S_JA = """
――――――――――
株式会社ケストレルゲーミング
チームマネージャー 佐伯 リナ
TEL 03-6450-8812 rina.saeki@kestrel-gg.example.com
――――――――――"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="id.passport", loc="body",
 why="A player's passport number and birth date are sent to the tournament organiser for a visa letter.",
 frm=SAEKI, to=["Player Services <players@apex-circuit.example.com>"],
 subject="Visa invitation letter - Team Kestrel sub player",
 text="""Hi Player Services team,

Following up on our call: we are adding a substitute to the roster for the Singapore Major and
need an updated invitation letter for his visa application.

  Full name: HASEGAWA Ren
  Nationality: Japan
  Date of birth: 14 February 2005
  Passport no.: TR8830147
  Passport expiry: 09 June 2031
  Role: Substitute (in-game name "renzo")

Could you send the letter by Friday? The embassy appointment is next Tuesday.

Thanks a lot,
""" + SIG_S,
 personal=[("name","HASEGAWA Ren"),("passport","TR8830147"),("dob","14 February 2005")]),

dict(expect="hold", kind="list.travel_roster", loc="attachment",
 why="The attached travel sheet lists players' birth dates and passport numbers for the agency.",
 frm=SAEKI, to=["Ji-woo Han <jiwoo.han@bluewave-travel.example.kr>"],
 subject="Busan trip - booking file",
 text="""Hi Ji-woo,

Attached is the file for the Busan trip (Aug 22-26). Same hotel as last time if possible,
5 twin rooms. Let me know if anything is missing.

Thanks!
""" + SIG_S,
 attachments=[dict(filename="busan_travel_0822.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", text="""[Travellers]
Name	IGN	Date of birth	Passport No.	Expiry	Seat pref
SATO Haruki	hrk	2003-07-30	TK4418203	2029-03-11	Aisle
KIM Min-seo	minnie	2002-11-02	M71820554	2030-08-19	Window
NAKAGAWA Sho	shogun	2004-01-17	TR2095518	2032-01-05	Aisle
OKADA Yuto	yut0	2001-05-25	TS6637201	2028-12-20	Any
Rina SAEKI	(staff)	1991-10-08	TZ1190486	2033-04-02	Aisle""")],
 personal=[("name","SATO Haruki"),("passport","TK4418203"),("name","KIM Min-seo"),("passport","M71820554"),("dob","2004-01-17")]),

dict(expect="hold", kind="sensitive.health", loc="body",
 why="A named player's anxiety-disorder diagnosis and treatment are explained to a sponsor.",
 frm=PARK, to=["Megan Choi <megan.choi@voltedge-energy.example.com>"],
 subject="Re: Kaito's absence from the launch event",
 text="""Hi Megan,

Thanks for your patience, and sorry for the late notice. I wanted to give you the full picture
so your team doesn't hear it second-hand.

Kaito (Kaito Mizuno) was diagnosed with generalized anxiety disorder last month and his doctor
has asked him to avoid crowds and live stage appearances for at least six weeks while he
adjusts to medication. He is still practising with the team at a reduced schedule.

For the VoltEdge launch we'd like to propose Sho and Haruki in his place, plus a pre-recorded
message from Kaito. Happy to jump on a call tomorrow.

Best regards,
""" + SIG_P,
 personal=[("name","Kaito Mizuno"),("health","diagnosed with generalized anxiety disorder")]),

dict(expect="hold", kind="sensitive.health", loc="quoted",
 why="The quoted internal note gives a player's ADHD medication, and the reply goes to an apparel sponsor.",
 frm=PARK, to=["Alex Moreno <alex.moreno@northline-apparel.example.com>"],
 subject="Re: Fw: Photo shoot line-up change",
 text="""Hi Alex,

Yes, let's swap him out for Shogun on the 30th. Same jersey sizes, so no changes on your end.
See Rina's note below for context.

Cheers,
Daniel

-----Original Message-----
From: Rina Saeki <rina.saeki@kestrel-gg.example.com>
Sent: Monday, July 15, 2024 10:02 AM
To: Daniel Park <daniel.park@kestrel-gg.example.com>
Subject: Photo shoot line-up change

Daniel,
Yuto asked to skip the Northline shoot. His psychiatrist changed his ADHD medication
(switching from Concerta to Strattera) and he's been having bad side effects, nausea and
no sleep. He'd rather not be on camera for a couple of weeks.
Can you let Alex know? Maybe Shogun can replace him.
Rina
""",
 personal=[("name","Yuto"),("health","ADHD medication")]),

dict(expect="hold", kind="sensitive.criminal", loc="subject",
 why="The subject line states that a named player has a juvenile court hearing.",
 frm=SAEKI, to=["Media Ops <media@apex-circuit.example.com>"],
 subject="Re: Lee Jun-ho - family court (juvenile) hearing on 3/14, cannot attend media day",
 text="""Hi Media Ops,

Noted, thank you for understanding. We'll send Haruki and Min-seo for the media day
instead and reschedule the solo shoot to the following week.

Best,
""" + SIG_S,
 personal=[("name","Lee Jun-ho"),("criminal","family court (juvenile) hearing")]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="encrypted_zip",
 why="Player contracts are sent in a password-protected zip (PPAP).",
 frm=HUGHES, to=["Legal <legal@voltedge-energy.example.com>"],
 subject="Player appearance agreements (password to follow)",
 text="""Hi VoltEdge Legal,

As requested, please find the signed player appearance agreements attached.
The archive is password protected; I'll send the password in a separate email.

""" + SIG_H,
 attachments=[dict(filename="kestrel_player_agreements_2024.zip", contentType="application/zip", encrypted=True)]),

dict(expect="hold", kind="id.bank_account", loc="body",
 why="A player's personal bank account for prize money is sent to the tax accountant.",
 frm=SAEKI, to=["宮本税理士事務所 <office@miyamoto-tax.example.jp>"],
 subject="賞金分配の振込先について",
 text="""宮本税理士事務所
宮本先生

いつもお世話になっております。ケストレルゲーミングの佐伯です。
先日ご相談した大会賞金の選手分配について、振込先が揃いましたのでお送りします。
源泉徴収の計算をお願いできますでしょうか。

 選手:中川 翔(プロ契約・個人事業主)
 分配額:1,250,000円
 振込先:楽天銀行 第二営業支店 普通 7294018 ナカガワ シヨウ

残り2名分は来週お送りします。
""" + SIG_S_JA,
 personal=[("name","中川 翔"),("bank_account","楽天銀行 第二営業支店 普通 7294018 ナカガワ シヨウ")]),

dict(expect="hold", kind="personal.inquiry", loc="body",
 why="A fan's complaint with full name, address and phone is forwarded to the fulfilment vendor.",
 frm=HUGHES, to=["CS Desk <cs@packright-logistics.example.jp>"],
 subject="Fw: Wrong jersey size delivered - please handle",
 text="""Hi PackRight team,

Forwarding a customer complaint from our merch store. Could you ship the correct size
and arrange a pickup for the wrong one?

""" + SIG_H + """

---------- Forwarded message ----------
From: Kenji Watanabe <kenji.w.1987@gmail.example.com>
Subject: Wrong jersey size delivered
To: shop@kestrel-gg.example.com

Hello, I ordered the 2024 home jersey in XL (order #KS-20931) but received a size M.
I'd like an exchange. My details:
Kenji Watanabe
2-8-15-402 Kamimeguro, Meguro-ku, Tokyo 153-0051
Phone: 090-6628-1473
I'm home on weekday evenings. Thanks.
""",
 personal=[("name","Kenji Watanabe"),("address","2-8-15-402 Kamimeguro, Meguro-ku, Tokyo 153-0051"),("phone","090-6628-1473")]),

dict(expect="hold", kind="recipients.visible", loc="recipients",
 why="A scrim league invitation shows twelve other teams' managers in To.",
 frm=PARK, to=[
  "manager@crimsonfox.example.gg","ops@nightowls-esports.example.com","team@sakura-rising.example.jp",
  "gm@ironpeak.example.gg","contact@ventus-gaming.example.com","k.tanaka@zenith-esports.example.jp",
  "scrims@polarwolves.example.gg","manager@blueharbor.example.jp","hello@phantom-reign.example.com",
  "team.mgr@kurogane-gg.example.jp","lead@stormline.example.gg","yuki.ops@outlook.example.com"],
 subject="Kestrel Summer Scrim League - invitation & schedule",
 text="""Hi all,

We're organising a 4-week scrim league ahead of the regional qualifiers and would love your
teams to join. Format:

  - Weeks: Jul 29 - Aug 23, Mon/Wed/Fri, 19:00-23:00 JST
  - 12 teams, round robin, Bo3, standard tournament ruleset
  - Server: Tokyo, lobby codes posted in the shared Discord 30 min before start
  - No fees. VOD sharing optional.

Please reply by July 24 with your confirmed roster and a contact on Discord.

Thanks and see you on the server,
""" + SIG_P),

dict(expect="hold", kind="id.mynumber", loc="body",
 why="A player's 12-digit My Number is sent without a label to the tax accountant.",
 frm=SAEKI, to=["宮本税理士事務所 <office@miyamoto-tax.example.jp>"],
 subject="Re: 支払調書の作成に必要な情報",
 text="""宮本先生

お世話になっております。佐伯です。
ご依頼の件、本人から番号をもらいましたので取り急ぎお送りします。

 岡田 悠斗(おかだ ゆうと)
 東京都杉並区高円寺南3-41-9 コーポ高円寺105
 1251 5533 1590  ※本人確認書類の写しは郵送します

ほかの選手分はまとまり次第お送りします。
""" + SIG_S_JA,
 personal=[("name","岡田 悠斗"),("mynumber","1251 5533 1590"),("address","東京都杉並区高円寺南3-41-9 コーポ高円寺105")]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.test_card_dev",
 why="Development minutes mention a public test card number for the merch store sandbox.",
 frm=HUGHES, to=["Priya Nair <priya@cobaltcode.example.com>","Marco Rossi <marco@cobaltcode.example.com>"],
 cc=[SAEKI],
 subject="Minutes - merch store checkout sprint review (Jul 16)",
 text="""Hi Priya, Marco,

Thanks for today. Minutes below, please correct anything I got wrong.

1. Checkout flow
   - Sandbox payments working end to end with the provider's test card
     4111 1111 1111 1111 (any future expiry, CVC 123). Decline path tested with
     4000 0000 0000 0002.
   - 3DS challenge screen still shows English only -> Marco to add JA strings.
2. Order numbers
   - New format KS-YYYY-NNNNN from Aug 1. Old orders keep KS-NNNNN.
3. Shipping
   - Label API returns 12-digit tracking numbers; show them on the order page.
4. Next review: Jul 30, same time.

""" + SIG_H),

dict(expect="pass", kind="benign.project_two_companies",
 why="A project mail with six visible addresses from the team and one sponsor.",
 frm=HUGHES, to=["Megan Choi <megan.choi@voltedge-energy.example.com>","Jason Lim <jason.lim@voltedge-energy.example.com>",
  "Aiko Shimizu <aiko.shimizu@voltedge-energy.example.com>"],
 cc=[PARK, SAEKI, "Kenta Mori <kenta.mori@kestrel-gg.example.com>"],
 subject="VoltEdge x Kestrel - content calendar kickoff",
 text="""Hi Megan, Jason, Aiko,

Great to finally have everyone on one thread. Looping in Daniel (GM), Rina (team manager)
and Kenta (our video lead).

Proposed kickoff: Thursday Jul 25, 15:00 JST, on your Teams link.
Agenda:
  1. Q3 content calendar (2 YouTube videos/month + 4 shorts)
  2. Product placement rules for streams
  3. Approval flow and turnaround times
  4. Launch event run-of-show

Let me know if that time works.

""" + SIG_H),

dict(expect="pass", kind="benign.congratulations",
 why="Congratulations to a rival organisation on a public win.",
 frm=PARK, to=["Sophie Tran <sophie@crimsonfox.example.gg>"],
 subject="Congrats on the title!",
 text="""Hi Sophie,

Huge congratulations to you and the whole Crimson Fox roster on winning the Spring Split.
That game 5 comeback on Harbor was unreal; our guys were screaming at the screen.

Let's grab dinner when you're in Tokyo next month. Drinks are on us (this time).

Cheers,
""" + SIG_P),

dict(expect="pass", kind="benign.unwell_no_diagnosis",
 why="A player is said to be unwell, with no diagnosis or condition.",
 frm=SAEKI, to=["Stream Partnerships <partners@streamhub.example.com>"],
 subject="Tonight's sponsored stream - swap",
 text="""Hi StreamHub team,

Quick heads-up: Haruki is feeling unwell today, so we'll move tonight's sponsored stream
(20:00 JST) to Thursday same time. Min-seo will do a regular (non-sponsored) stream tonight
on the team channel instead.

Sorry for the short notice. The campaign tracking links stay the same.

""" + SIG_S),

dict(expect="pass", kind="benign.public_figure",
 why="Discusses a well-known public personality as an event guest, using public information only.",
 frm=HUGHES, to=["Events <events@makuhari-expo.example.jp>"],
 subject="Guest line-up for the Kestrel fan fest",
 text="""Hi Events team,

For the fan fest on Sep 14, we have confirmed our guest line-up and want to check stage needs:

  - Legends panel: we've invited retired pro Yamato "Blitz" Koga (ex-World
    Champion 2016, now a commentator on national TV)
  - Comedian duo Hanabi Knights (via their agency, Yoshitake Productions)
  - Our full roster for the meet & greet

Blitz's agency will send their own rider; they mentioned a green room and 2 handheld mics.
Could you confirm the stage size and whether we can use the smaller hall for signings?

""" + SIG_H),

dict(expect="pass", kind="benign.corporate_account_swift",
 why="Prize-money invoice with the company's own SWIFT and corporate account.",
 frm=PARK, to=["Finance <finance@apex-circuit.example.com>"],
 subject="Invoice KG-2024-0719 - Spring Split prize money",
 text="""Dear Finance team,

Please find attached our invoice for the Spring Split prize money (3rd place).

  Amount: USD 40,000.00
  Beneficiary: Kestrel Gaming Inc.
  Bank: Mizuho Bank, Ltd., Shibuya Branch
  Account no.: 1234567 (ordinary)
  SWIFT: MHCBJPJT

Payment terms: 30 days. Please let us know if you need a W-8BEN-E or a tax residency
certificate.

Kind regards,
""" + SIG_P,
 attachments=[dict(filename="Invoice_KG-2024-0719.pdf", contentType="application/pdf", text="""INVOICE KG-2024-0719
Bill to: Apex Circuit Ltd.
Description: Spring Split 2024 prize money - 3rd place  USD 40,000.00
Remit to: Kestrel Gaming Inc., Mizuho Bank Shibuya Branch, A/C 1234567, SWIFT MHCBJPJT""")]),

dict(expect="pass", kind="benign.it_malware",
 why="Infection, quarantine and outage refer to servers and malware.",
 frm=SAEKI, to=["Ops <ops@apex-circuit.example.com>"],
 subject="Incident: practice server infected, quarantined",
 text="""Hi Ops,

FYI, one of our practice PCs (BOOT-CAMP-07) got infected by a credential-stealing trojan via a
fake overlay tool. We quarantined it, rotated all team account passwords and enabled 2FA on
the remaining accounts. No tournament accounts were affected.

We had about 40 min of network outage during cleanup, which is why we dropped from the
scrim lobby last night. Apologies to the other teams.

Hash of the dropper for your blocklist:
  SHA-256 9f2c41a7d0b3e8c5a61f7e29b4d08c3f55e1a9d27c6b04e8f3a2d1c9b7e6f5a4

""" + SIG_S),

dict(expect="pass", kind="benign.data_subject",
 why="A contract offer sent to the player himself, including his own salary.",
 frm=PARK, to=["Lucas Ferreira <lucas.ferreira.gg@gmail.example.com>"],
 subject="Offer - Team Kestrel 2025 roster",
 text="""Hi Lucas,

Thanks again for the trial week. The staff and players were really impressed, and we'd like to
offer you a spot on the 2025 roster.

Key terms:
  - Term: Jan 1 - Dec 31, 2025, with a team option for 2026
  - Base salary: JPY 450,000 / month
  - Housing: team house in Setagaya, fully covered
  - Prize share: 70% to players, split evenly

The full draft contract will follow from our lawyer. Take your time, and feel free to have
your agent contact me directly.

""" + SIG_P),

dict(expect="pass", kind="benign.fiction",
 why="A fictional character's illness in a promotional video script.",
 frm=HUGHES, to=["Studio Kumo <hello@studiokumo.example.jp>"],
 subject="Script v3 - \"Respawn\" short film",
 text="""Hi Studio Kumo,

Here's v3 of the script for the short film. Main changes are in scene 4.

SCENE 4 - HOSPITAL ROOF, NIGHT
REN (17), the fictional rookie, sits alone. He has just learned his older brother SORA has
leukemia. He opens his phone: a message from the team captain, AOI.
  AOI (V.O.): "We play for him on Saturday. Together."
Ren puts on his headset. Cut to the arena lights.

All characters are fictional; no real players appear in scenes 1-5.
Deadline for storyboards is Aug 2.

""" + SIG_H),

dict(expect="pass", kind="benign.plain_zip",
 why="A plain zip of logo files to a printer.",
 frm=SAEKI, to=["入稿窓口 <nyuko@print-nishiki.example.jp>"],
 subject="ユニフォーム用ロゴデータ入稿",
 text="""錦印刷株式会社 入稿窓口ご担当者様

お世話になっております。ケストレルゲーミングの佐伯です。
ユニフォーム胸・袖用のロゴデータをzipでお送りします(パスワードなし)。

 - kestrel_logo_main.ai
 - kestrel_logo_sleeve.ai
 - sponsor_voltedge_white.eps
 - 色指定.pdf(DIC 番号記載)

色校正は8/5までに拝見できると助かります。
""" + SIG_S_JA,
 attachments=[dict(filename="kestrel_logo_202408.zip", contentType="application/zip", text="kestrel_logo_main.ai\nkestrel_logo_sleeve.ai\nsponsor_voltedge_white.eps\n色指定.pdf")]),
]
