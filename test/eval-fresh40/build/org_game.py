# Luminagate Studio Inc. (株式会社ルミナゲート) - video-game studio, mostly English mail
TAJIMA = "Kei Tajima <k.tajima@luminagate.jp>"
KOMIYA = "Saori Komiya <s.komiya@luminagate.jp>"
HASEBE = "Ritsu Hasebe <r.hasebe@luminagate.jp>"
S_TAJIMA = """--
Kei Tajima
Producer | Luminagate Studio Inc.
3-14-2 Kanda-Sudacho, Chiyoda-ku, Tokyo 101-0041, Japan
+81-3-5298-4410 | k.tajima@luminagate.jp"""
S_KOMIYA = """--
Saori Komiya / 小宮 沙織
Business Affairs & People | Luminagate Studio Inc.
+81-3-5298-4412 | s.komiya@luminagate.jp"""
S_HASEBE = """--
Ritsu Hasebe
Technical Director | Luminagate Studio Inc.
r.hasebe@luminagate.jp"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="id.passport", loc="body",
 why="Passport numbers and birth dates of two staff members are sent to an overseas travel agency.",
 **{"from": KOMIYA}, to=["Danielle Ortiz <d.ortiz@bayline-travel.example.com>"],
 subject="GDC trip - traveller details for hotel and ESTA",
 text="""Hi Danielle,

Thanks for holding the rooms at the Marriott. As requested, here are the traveller details for the two staff flying to San Francisco on March 15 (NH 8, HND-SFO).

1) TAJIMA Kei - male - DOB 1986-07-21 - Passport TZ1184532 (exp. 2031-04-09)
2) HASEBE Ritsu - male - DOB 1990-02-03 - Passport TR6620917 (exp. 2029-11-30)

Both names exactly as in the passports. Could you file the ESTA applications for them too? Corporate card on file as before.

Best,
Saori

""" + S_KOMIYA,
 personal=[{"type":"passport","value":"TZ1184532"},{"type":"passport","value":"TR6620917"},{"type":"birthdate","value":"1986-07-21"}]),

dict(expect="hold", kind="sensitive.health", loc="body",
 why="Tells an overseas publisher that a named animator has been diagnosed with depression and is on medical leave.",
 **{"from": TAJIMA}, to=["Marcus Feld <marcus.feld@northwindgames.example.com>"],
 subject="Re: M4 art delivery slip",
 text="""Hi Marcus,

Sorry for the late answer. I owe you a straight explanation of why the character sheets for M4 slipped.

Our lead animator, Yuki Morimoto, was diagnosed with major depression last month and her doctor has put her on leave until at least the end of May. She is receiving treatment and we are not expecting her back on the project before June. I have moved Shun Aoki onto the rigging work, but he needs about two extra weeks to catch up.

Revised date for the M4 art package: April 26. I will send an updated burn-down on Friday.

Kei

> On Tue, Mar 4, 2025, Marcus Feld wrote:
> Kei, we noticed the animation set for M4 is missing from the drop. Is there
> anything we should know about? Our marketing beat depends on it.

""" + S_TAJIMA,
 personal=[{"type":"name","value":"Yuki Morimoto"},{"type":"diagnosis","value":"diagnosed with major depression"}]),

dict(expect="hold", kind="list.contacts", loc="attachment",
 why="The attached CSV lists playtest participants with names, birth dates, phones and home e-mails, sent to an outside QA vendor.",
 **{"from": HASEBE}, to=["Nguyen Thi Lan <lan.nguyen@brightqa.example.vn>"],
 subject="Playtest session next Thursday",
 text="""Hi Lan,

Attached is the file for next Thursday's remote session. Please set up the accounts on the staging realm by Wednesday noon JST, and use build 0.9.14-rc2.

Thanks,
Ritsu

""" + S_HASEBE,
 attachments=[{"filename":"playtest_0314.csv","contentType":"text/csv","text":
"""name,birth_date,email,phone,platform
Haruto Ishii,2001-05-12,haruto.ishii88@gmail.com,090-4412-7781,PC
Mio Takeda,1998-11-03,mio_t@yahoo.co.jp,080-2290-3315,PS5
Kenta Ogura,2003-02-27,ogura.kenta@outlook.jp,070-6654-0192,PC
Rina Fujisawa,1995-08-19,rinaf@docomo.ne.jp,090-7781-2246,Switch
Takumi Endo,2000-12-01,t.endo.game@gmail.com,080-5521-9930,PC
Aoi Nakamura,1999-04-08,aoi.nkmr@icloud.com,090-3348-6604,PS5
"""}],
 personal=[{"type":"name","value":"Haruto Ishii"},{"type":"phone","value":"090-4412-7781"},{"type":"email","value":"mio_t@yahoo.co.jp"}]),

dict(expect="hold", kind="id.bank_account", loc="body",
 why="A freelance composer's personal bank account is sent to the tax accountant's office.",
 **{"from": KOMIYA}, to=["税理士法人みなと会計 北村様 <kitamura@minato-kaikei.example.jp>"],
 subject="外注費の支払先登録のお願い（作曲家 個人）",
 text="""みなと会計
北村様

いつもお世話になっております。ルミナゲートの小宮です。

今月から BGM 制作をお願いしている個人の作曲家の方について、支払先の登録をお願いいたします。
源泉徴収の対象になりますので、あわせてご確認ください。

  氏名：朝倉 蓮（アサクラ レン）
  住所：神奈川県川崎市中原区今井南町 18-6-302
  振込先：ゆうちょ銀行 〇一八店（ゼロイチハチ） 普通 7731520
  口座名義：アサクラ レン
  契約額：1曲あたり 180,000円（税別）

初回の支払は 4月末締め・5月末払いの予定です。
よろしくお願いいたします。

""" + S_KOMIYA,
 personal=[{"type":"name","value":"朝倉 蓮"},{"type":"bank_account","value":"普通 7731520"},{"type":"address","value":"神奈川県川崎市中原区今井南町 18-6-302"}]),

dict(expect="hold", kind="personal.skill_sheet", loc="attachment",
 why="A contractor's full skill sheet with home address, phone and birth date is forwarded to a publisher.",
 **{"from": TAJIMA}, to=["Priya Raman <priya.raman@northwindgames.example.com>"],
 cc=[HASEBE],
 subject="Proposed network engineer for the co-op feature",
 text="""Hi Priya,

As discussed on the call, we would like to bring in one more engineer for the co-op netcode. His profile is attached; he has shipped two rollback titles before.

If Northwind is OK with it, we can start him on May 1 under our contract, billed as part of the M5 budget.

Cheers,
Kei

""" + S_TAJIMA,
 attachments=[{"filename":"skillsheet_sugawara.pdf","contentType":"application/pdf","text":
"""SKILL SHEET
Name: Daichi Sugawara (菅原 大地)
Date of birth: 1988-09-14 (36)
Address: 2-7-11-405 Kamiosaki, Shinagawa-ku, Tokyo
Mobile: 080-3317-6628
Private e-mail: daichi.sgwr@gmail.com
Nearest station: Meguro (JR Yamanote)

Summary: 11 years in game networking. C++, Rust, Unreal 5, GGPO-style rollback.
2019-2024  Stormvale Games - Senior Network Engineer (Blade Circuit, Night Rally)
2014-2019  Kuroiwa Soft - Programmer
Desired rate: JPY 950,000 / month
"""}],
 personal=[{"type":"name","value":"Daichi Sugawara"},{"type":"address","value":"2-7-11-405 Kamiosaki, Shinagawa-ku, Tokyo"},{"type":"phone","value":"080-3317-6628"}]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="encrypted_zip",
 why="Password-protected zip sent to the publisher (PPAP).",
 **{"from": KOMIYA}, to=["Legal Ops <legal-ops@northwindgames.example.com>"],
 subject="Countersigned amendment No.3 (password in separate mail)",
 text="""Dear Northwind Legal team,

Please find attached the countersigned Amendment No.3 to the Development Agreement together with the updated milestone schedule.

The file is password protected. I will send the password in a separate e-mail.

Kind regards,
Saori Komiya

""" + S_KOMIYA,
 attachments=[{"filename":"Amendment3_signed.zip","contentType":"application/zip","encrypted":True}],
 personal=[]),

dict(expect="hold", kind="recipients.over10", loc="recipients",
 why="Thirteen private playtesters' addresses are visible to each other in To/CC.",
 **{"from": HASEBE},
 to=["haruto.ishii88@gmail.com","mio_t@yahoo.co.jp","ogura.kenta@outlook.jp","rinaf@docomo.ne.jp","t.endo.game@gmail.com","aoi.nkmr@icloud.com","sora.kw2000@gmail.com","yamane.r@nifty.com","kaito-game@ezweb.ne.jp"],
 cc=["n.hoshino77@gmail.com","miyu.shirai@yahoo.co.jp","tetsu.oba@biglobe.ne.jp","ken1.matsu@outlook.com"],
 subject="[Project Ember] Closed playtest - your access keys and NDA reminder",
 text="""Hi everyone,

Thank you for signing up for the Project Ember closed playtest!

- Dates: March 14 (Fri) 19:00 - March 16 (Sun) 23:59 JST
- Client download: the Steam key will arrive in a separate message from Steam
- Feedback form: https://forms.luminagate.jp/ember-cpt
- Discord: invite link in the form confirmation

Please remember the NDA you signed: no streaming, no screenshots on social media.

Have fun and break things,
Ritsu

""" + S_HASEBE, personal=[]),

dict(expect="hold", kind="id.card", loc="subject",
 why="A customer's full card number appears in the subject line of a mail to the payment processor.",
 **{"from": KOMIYA}, to=["Merchant Support <support@paycrest.example.com>"],
 subject="Refund request - card 4242 4242 4242 4242 charged twice (order LG-STORE-228417)",
 text="""Hello Paycrest support,

One of our web-store customers was charged twice for the same Collector's Edition pre-order on March 2. Our store log shows only one fulfilled order. Could you reverse the duplicate capture?

Merchant ID: LUMG-JP-0042
Amount: JPY 14,800
Capture time: 2025-03-02 21:14:09 JST and 21:14:11 JST

Please let me know once the refund has been issued so we can tell the customer.

Regards,
Saori Komiya

""" + S_KOMIYA,
 personal=[{"type":"card_number","value":"4242 4242 4242 4242"}]),

dict(expect="hold", kind="personal.inquiry", loc="quoted",
 why="A player's full name, home address and phone in the forwarded support ticket go to an outsourced support desk.",
 **{"from": KOMIYA}, to=["Escalations <escalation@helixsupport.example.ph>"],
 subject="Fwd: Physical edition never arrived",
 text="""Hi team,

Could you take this one over and contact the customer directly? Please arrange a replacement shipment through the usual warehouse.

Thanks,
Saori

---------- Forwarded message ---------
From: Luminagate Web Store <store@luminagate.jp>
Date: Mon, Mar 10, 2025 at 9:02 AM
Subject: [Ticket #55318] Physical edition never arrived

Customer name: 大橋 美咲 (Misaki Ohashi)
Email: misaki.ohashi0422@gmail.com
Phone: 090-6671-3028
Shipping address: 〒330-0062 埼玉県さいたま市浦和区仲町 4-2-9 ハイツ仲町 201
Order: LG-STORE-227905 (Ember Collector's Edition)
Message: 発売日から10日経っても届きません。追跡番号も更新されていません。

""" + S_KOMIYA,
 personal=[{"type":"name","value":"大橋 美咲"},{"type":"phone","value":"090-6671-3028"},{"type":"address","value":"埼玉県さいたま市浦和区仲町 4-2-9 ハイツ仲町 201"}]),

dict(expect="hold", kind="sensitive.criminal", loc="body",
 why="Discloses a named candidate's prior criminal conviction to the publisher.",
 **{"from": TAJIMA}, to=["Marcus Feld <marcus.feld@northwindgames.example.com>"],
 subject="Staffing for the kids' edition - one concern",
 text="""Marcus,

Quick heads-up before your compliance review of the Junior Edition team.

The background check for the QA lead we proposed, Tomoya Hirano, came back yesterday: he was convicted in 2019 of a fraud offence (suspended sentence, Tokyo District Court). He disclosed it himself in the interview. Given your child-safety policy for the Junior line, I would rather you decide whether he can stay on that team or should move to the main SKU.

Happy to talk it through on Thursday.

Kei

""" + S_TAJIMA,
 personal=[{"type":"name","value":"Tomoya Hirano"},{"type":"criminal_record","value":"convicted in 2019 of a fraud offence"}]),

dict(expect="hold", kind="id.residence_card", loc="body",
 why="A foreign engineer's residence card number and passport number are sent to an outside immigration lawyer.",
 **{"from": KOMIYA}, to=["行政書士 原田事務所 原田様 <harada@harada-gyosei.example.jp>"],
 subject="在留期間更新の件（エンジニア Lucas Moreau）",
 text="""原田先生

お世話になっております。ルミナゲートの小宮です。
弊社エンジニアの在留期間更新の申請について、ご依頼させていただきます。

氏名：MOREAU Lucas（フランス国籍）
在留カード番号：AB12345678CD
在留資格：技術・人文知識・国際業務（期限 2025年6月18日）
旅券番号：21FR88413
住所：東京都目黒区中目黒 2-9-5-603

雇用契約書と直近の源泉徴収票は来週お送りします。
ご不明点があればご連絡ください。

""" + S_KOMIYA,
 personal=[{"type":"residence_card","value":"AB12345678CD"},{"type":"passport","value":"21FR88413"}]),

dict(expect="hold", kind="list.salary", loc="attachment",
 why="The attached spreadsheet lists employees with birth dates, addresses and salaries, sent to an outside 社労士.",
 **{"from": KOMIYA}, to=["社会保険労務士 西川事務所 <info@nishikawa-sr.example.jp>"],
 subject="算定基礎届の資料",
 text="""西川先生

いつもお世話になっております。
ご依頼の資料をお送りします。ご確認のほどよろしくお願いいたします。

小宮

""" + S_KOMIYA,
 attachments=[{"filename":"santei_2025.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet","text":
"""[4-6月報酬]
社員番号\t氏名\t生年月日\t住所\t4月\t5月\t6月
L-0012\t田島 圭\t1986/07/21\t東京都杉並区阿佐谷北 3-21-4\t520000\t520000\t535000
L-0019\t長谷部 律\t1990/02/03\t東京都中野区野方 5-2-18-201\t610000\t610000\t610000
L-0027\t森本 友紀\t1993/10/15\t東京都練馬区豊玉北 1-6-3\t410000\t380000\t0
L-0033\t青木 駿\t1997/06/30\t埼玉県和光市本町 22-8\t340000\t352000\t349000
L-0041\t小宮 沙織\t1989/12/09\t東京都文京区千石 4-40-7\t450000\t450000\t450000
"""}],
 personal=[{"type":"name","value":"青木 駿"},{"type":"birthdate","value":"1997/06/30"},{"type":"address","value":"埼玉県和光市本町 22-8"}]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.dev_minutes_test_card", loc="",
 why="Development minutes use a well-known Stripe-style test card number in the sandbox; no customer data.",
 **{"from": HASEBE}, to=["Arjun Mehta <arjun@codeforge.example.in>", "Ravi Kulkarni <ravi.k@codeforge.example.in>"],
 subject="Minutes - store integration sync #7",
 text="""Hi Arjun, Ravi,

Minutes from today's sync.

Attendees: Ritsu Hasebe, Shun Aoki (Luminagate); Arjun Mehta, Ravi Kulkarni (CodeForge)

1. Sandbox checkout
   - 3-D Secure flow works on staging. For regression use test card 4111 1111 1111 1111, any future expiry, CVC 123.
   - Decline path: 4000 0000 0000 0002 (sandbox "generic decline").
   - Nothing from production is used in QA; prod keys stay in the vault.
2. Receipts
   - Receipt IDs look like rcpt_7Hq2LmX91 - Ravi to trim the prefix in the UI.
3. Next steps
   - Arjun: webhook retry with exponential back-off (by 3/21)
   - Shun: localise the error strings (JP/KR/zh-Hant)

Next sync: March 20, 16:30 JST / 13:00 IST.

Ritsu

""" + S_HASEBE),

dict(expect="pass", kind="benign.it_incident", loc="",
 why="Post-mortem of a server outage and a malware-infected build machine; 'infection' and 'quarantine' refer to IT only.",
 **{"from": HASEBE}, to=["Marcus Feld <marcus.feld@northwindgames.example.com>"], cc=[TAJIMA],
 subject="Incident report: matchmaking outage on March 8 (障害報告)",
 text="""Marcus,

Here is the short post-mortem for Saturday's matchmaking outage.

Timeline (JST)
 20:42  Matchmaking queue latency > 30 s, alerts fire
 20:51  Root cause found: one build agent (BLD-07) infected with a crypto-miner via a poisoned npm package; it had pushed a bad config to the lobby service
 21:05  BLD-07 quarantined and taken off the network; config rolled back
 21:19  Service restored, queue normal

Impact: ~37 min of degraded matchmaking in JP/KR; no player data accessed, no credentials on that agent.
Follow-up: lock-file pinning, package allow-list, re-image of all agents (done Sunday).

SHA-256 of the malicious package tarball, for your security team:
 9f2c4e71b0a8d3365e1f7c0a2b9d48e51c6a7f0e3d2b1c98a4e7f6d5c3b2a190

Ritsu

""" + S_HASEBE),

dict(expect="pass", kind="benign.invoice_corporate_account", loc="",
 why="Milestone invoice with the studio's own corporate bank account and SWIFT code.",
 **{"from": KOMIYA}, to=["Accounts Payable <ap@northwindgames.example.com>"], cc=[TAJIMA],
 subject="Invoice LG-INV-2025-031 - Milestone 4 (Project Ember)",
 text="""Dear Accounts Payable,

Please find attached our invoice for Milestone 4, accepted by Marcus Feld on March 12.

Invoice no.: LG-INV-2025-031
Amount: USD 420,000.00
Due: April 30, 2025 (net 45)

Bank details (unchanged):
 Beneficiary: Luminagate Studio Inc.
 Bank: Mizuho Bank, Ltd., Kanda Branch (Branch 142)
 Account no.: 8812094 (ordinary)
 SWIFT: MHCBJPJT

Kind regards,
Saori Komiya

""" + S_KOMIYA,
 attachments=[{"filename":"LG-INV-2025-031.pdf","contentType":"application/pdf","text":
"""INVOICE LG-INV-2025-031
Bill to: Northwind Interactive LLC, 1200 Westlake Ave N, Seattle WA
Item: Project Ember - Milestone 4 (Vertical slice polish)  USD 420,000.00
Total due: USD 420,000.00
Luminagate Studio Inc. / 法人番号 7010001204418
"""}]),

dict(expect="pass", kind="benign.fiction", loc="",
 why="Character bios for voice casting: all names, ages, illnesses and crimes belong to fictional game characters.",
 **{"from": TAJIMA}, to=["Emi Kanzaki <kanzaki@voiceport-agency.example.jp>"],
 subject="Casting brief - Ember main cast (4 roles)",
 text="""Kanzaki-san,

Thank you for the quick turnaround last time. Here is the brief for the four main roles in Project Ember. Auditions in English and Japanese, please.

■ Ren Kisaragi (male, 17) - The hero. Born 12 April in the fictional port town of Sazanami. Quiet, suffers from post-traumatic nightmares after the fire that killed his sister.
■ Vera Holm (female, 34) - Ex-convict and smuggler, served eight years for a heist she didn't commit. Dry humour.
■ Dr. Ansel Grau (male, 60) - Doctor who hides his own terminal illness from the crew. Gentle, tired voice.
■ Pip (non-binary, ageless) - The ship's AI. Bright, fast, slightly glitchy.

Sides attached as a plain zip (no password): Ember_sides_v3.zip
Recording window: late May, Tokyo and LA.

Best,
Kei

""" + S_TAJIMA,
 attachments=[{"filename":"Ember_sides_v3.zip","contentType":"application/zip","text":"Ember_sides_v3/Ren_sc12.txt\nEmber_sides_v3/Vera_sc04.txt\nEmber_sides_v3/Grau_sc19.txt\nEmber_sides_v3/Pip_barks.txt"}]),

dict(expect="pass", kind="benign.project_mail_two_companies", loc="",
 why="Milestone review invitation with six visible addresses from two companies only.",
 **{"from": TAJIMA},
 to=["Marcus Feld <marcus.feld@northwindgames.example.com>","Priya Raman <priya.raman@northwindgames.example.com>","Jon Ebbesen <jon.ebbesen@northwindgames.example.com>"],
 cc=[HASEBE, KOMIYA, "Shun Aoki <s.aoki@luminagate.jp>"],
 subject="M5 review - agenda and build access",
 text="""Hi all,

Confirming the M5 review:

Date: Wed, April 9, 08:00 PDT / 00:00 JST (Thu)
Link: Teams, invite to follow from Priya

Agenda
1. Co-op netcode demo (Ritsu, Shun) - 20 min
2. Content lock status (Kei) - 15 min
3. Budget / change requests (Saori, Jon) - 15 min
4. Open questions - 10 min

Build: Ember_M5_0409 on the Northwind Perforce mirror, changelist 118204.

Thanks,
Kei

""" + S_TAJIMA),

dict(expect="pass", kind="benign.plain_zip", loc="",
 why="Unencrypted zip of environment concept art sent to an art outsourcer.",
 **{"from": HASEBE}, to=["Wei Chen <wei.chen@jadebrush-art.example.cn>"],
 subject="Reference pack for harbour district (batch 3)",
 text="""Hi Wei,

Reference pack for the harbour district is attached as a normal zip (about 18 MB). Texel density target 512 px/m, trim sheets as in batch 2.

Please send the blockouts by March 28.

Thanks,
Ritsu

""" + S_HASEBE,
 attachments=[{"filename":"harbour_refs_b3.zip","contentType":"application/zip","text":"harbour_refs_b3/pier_01.png\nharbour_refs_b3/warehouse_roof.png\nharbour_refs_b3/lighthouse_night.png\nharbour_refs_b3/README.txt"}]),

dict(expect="pass", kind="benign.accessibility_feature", loc="",
 why="Discusses accessibility options for players with disabilities as product features; no person is identified.",
 **{"from": TAJIMA}, to=["Hannah Lowe <h.lowe@ablegamers-consult.example.org>"],
 subject="Accessibility review request - colour-blind and motor options",
 text="""Dear Hannah,

We would like to book your team for an accessibility review of Project Ember before cert.

Current options:
- Colour-blind filters (protanopia, deuteranopia, tritanopia)
- Hold-to-toggle for all inputs, full remapping, one-handed preset
- Subtitles with speaker names and size up to 200%
- Reduced camera shake / motion-sickness setting
- Screen reader for menus (JP/EN)

We are especially unsure whether our QTEs are acceptable for players with limited hand mobility or tremor. Would a two-day review in late April be possible?

Kind regards,
Kei Tajima

""" + S_TAJIMA),

dict(expect="pass", kind="benign.bcc_press_release", loc="",
 why="Press release sent to media contacts in Bcc; nothing personal.",
 **{"from": TAJIMA}, to=["press@luminagate.jp"],
 bcc=["news@gamewire.example.com","editor@pixelpost.example.jp","tips@famitsu-like.example.jp","desk@indiegamer.example.co.uk","news@4gamer-like.example.jp","press@rpgsite.example.com","hello@checkpoint-media.example.com","japan@pcworld-like.example.com","info@playmag.example.de","news@gamerbrief.example.com","editor@nintendolife-like.example.com","news@siliconera-like.example.com"],
 subject="[Press Release] Project Ember is now \"Ember Tide\" - launching 2025 on PC and consoles",
 text="""FOR IMMEDIATE RELEASE

Tokyo, March 18, 2025 - Luminagate Studio Inc. and Northwind Interactive today announced that Project Ember will launch as "Ember Tide" in autumn 2025 for PC, PlayStation 5 and Xbox Series X|S.

Ember Tide is a co-op sea adventure for up to four players...

Press kit (logos, key art, trailer): https://luminagate.jp/press/embertide
Media contact: press@luminagate.jp

""" + S_TAJIMA),

dict(expect="pass", kind="benign.own_offer", loc="",
 why="An offer letter with salary and start date goes to the candidate herself.",
 **{"from": KOMIYA}, to=["Chloe Martin <chloe.martin.art@gmail.com>"],
 subject="Your offer from Luminagate Studio - Senior Environment Artist",
 text="""Dear Chloe,

It was a pleasure to meet you in Tokyo last week. We are delighted to offer you the position of Senior Environment Artist.

- Start date: July 1, 2025
- Annual salary: JPY 8,400,000 (paid monthly) plus project bonus
- Visa: we will sponsor your Certificate of Eligibility (Engineer/Specialist in Humanities)
- Relocation: up to JPY 500,000 and 30 days of serviced apartment

Please reply by April 11 if you accept, and we will start the visa paperwork. The formal contract is attached for your review.

Warm regards,
Saori Komiya

""" + S_KOMIYA,
 attachments=[{"filename":"Offer_ChloeMartin.pdf","contentType":"application/pdf","text":"EMPLOYMENT OFFER\nCandidate: Chloe Martin\nPosition: Senior Environment Artist\nSalary: JPY 8,400,000 per year\nStart: 2025-07-01\nProbation: 3 months\n"}]),

dict(expect="pass", kind="benign.product_codes", loc="",
 why="Retail order with JAN codes, SKUs and tracking numbers; none are personal IDs.",
 **{"from": KOMIYA}, to=["受注センター <order@hikari-distribution.example.jp>"],
 subject="Ember Tide パッケージ版 初回出荷分の確認",
 text="""ひかり流通 受注センター御中

お世話になっております。ルミナゲートの小宮です。
初回出荷分について、以下の内容でご確認ください。

品名　　　　　　　　　　　　JANコード　　　　数量
Ember Tide 通常版 PS5　　　4589971230148　　12,000
Ember Tide 通常版 Switch 2　4589971230155　　8,000
Ember Tide コレクターズ版　4589971230162　　1,500

サンプル品はヤマト便で発送済みです。
 送り状番号：3731 4769 4625 / 2209 3983 1674

発注番号：HD-PO-250318-07
よろしくお願いいたします。

""" + S_KOMIYA),

dict(expect="pass", kind="benign.historical_figures", loc="",
 why="Licensing question about historical figures (Date Masamune, Hasekura Tsunenaga) for a game; no living private person.",
 **{"from": TAJIMA}, to=["学芸課 <gakugei@sendai-citymuseum.example.jp>"],
 subject="史料画像の利用許諾について（支倉常長・伊達政宗）",
 text="""仙台市博物館 学芸課 御中

突然のご連絡失礼いたします。株式会社ルミナゲートの田島と申します。

現在開発中のゲーム「Ember Tide」の DLC で、慶長遣欧使節（支倉常長）と伊達政宗を題材にしたエピソードを制作しております。
館蔵の「支倉常長像」および「伊達政宗甲冑」の画像を、ゲーム内資料集に掲載させていただくことは可能でしょうか。

利用範囲：ゲーム内ギャラリー（全世界配信）、公式サイト
利用期間：2025年10月から5年間

手続きや使用料についてご教示いただけますと幸いです。

""" + S_TAJIMA),

dict(expect="pass", kind="benign.successor_intro", loc="",
 why="Successor introduction with names, titles and business contacts only.",
 **{"from": TAJIMA}, to=["Marcus Feld <marcus.feld@northwindgames.example.com>"], cc=["Shun Aoki <s.aoki@luminagate.jp>"],
 subject="Introducing Shun Aoki as your day-to-day contact",
 text="""Hi Marcus,

From April I will be spending most of my time on pre-production for our next title, so I'd like to introduce Shun Aoki (cc'd) as your day-to-day contact for Ember Tide. Shun has been on the project since the prototype and knows the build pipeline inside out.

I stay executive producer and will still join the monthly steering call.

Shun: Marcus is Northwind's Senior Producer; he is based in Seattle and usually online 08:00-17:00 PT.

Thanks for a great two years of working together so far.

Kei

""" + S_TAJIMA),

dict(expect="pass", kind="benign.employment_verification_consent", loc="",
 why="Minimal employment verification (dates and title only) given with the former employee's written consent.",
 **{"from": KOMIYA}, to=["Verification Desk <verify@clearcheck-screening.example.com>"],
 subject="Re: Employment verification request #CC-883120",
 text="""Dear Verification Desk,

With reference to your request #CC-883120 and the signed authorisation from the former employee that you attached, we confirm the following:

- Name: Julien Petit
- Position: Gameplay Programmer
- Employment period: 2021-04-01 to 2024-09-30

As a matter of policy we do not provide information on salary, performance or reasons for leaving.

Kind regards,
Saori Komiya

> Please confirm the dates and job title of Mr. Julien Petit. A signed consent
> form is attached.

""" + S_KOMIYA),
]
