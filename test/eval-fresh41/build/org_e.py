# Org E: Global Estate Partners Inc. (株式会社グローバルエステート・パートナーズ) - overseas property for Japanese buyers
TAKANASHI = "Ken Takanashi <k.takanashi@gep-realty.example.jp>"
EBINA = "Mariko Ebina <m.ebina@gep-realty.example.jp>"

SIG_TAKANASHI = """
Best regards,

Ken Takanashi | 高梨 健
Senior Advisor, International Residential
Global Estate Partners Inc.（株式会社グローバルエステート・パートナーズ）
Real Estate Brokerage Licence: Governor of Tokyo (3) No. 098765 / 東京都知事(3)第098765号
3-2-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan
T +81-3-0000-6620  |  k.takanashi@gep-realty.example.jp"""

SIG_EBINA = """
Kind regards,
Mariko Ebina
Client Services Manager | Global Estate Partners Inc.
+81-3-0000-6624 | m.ebina@gep-realty.example.jp
(Licensed real estate broker: Tokyo Governor (3) No. 098765)"""

SIG_EBINA_JA = """
――――――――――――――――
株式会社グローバルエステート・パートナーズ
クライアントサービス部 マネージャー
海老名 真理子
宅地建物取引業 東京都知事(3)第098765号
TEL 03-0000-6624 / m.ebina@gep-realty.example.jp
――――――――――――――――"""

MAILS = []
def add(**k): MAILS.append(k)

# ---------------- HOLDS ----------------
add(org="E", expect="hold", kind="id.passport", loc="body",
    why="Gives a US escrow officer a named client's passport number, birth date and home address.",
    frm=EBINA, to=["Rachel Gomez <rgomez@pacificcoast-escrow.example.com>"],
    subject="Escrow #PCE-24-11873 - buyer identification",
    text="""Hi Rachel,

Thank you for opening escrow on 418 Ocean View Drive. As requested, here are our buyer's identification details for the title company:

Buyer: Mr. Hiroshi Kanda
Date of birth: 12 March 1968
Passport (Japan): TR8830417, expires 2031-05-19
Residential address: 2-14-6 Shirokane, Minato-ku, Tokyo 108-0072

The notarised signature page will be couriered from the US Embassy in Tokyo next week.
""" + SIG_EBINA,
    personal=[{"type":"name","value":"Hiroshi Kanda"},{"type":"passport","value":"TR8830417"},{"type":"address","value":"2-14-6 Shirokane, Minato-ku, Tokyo 108-0072"}])

add(org="E", expect="hold", kind="list.customers", loc="attachment",
    why="The attached XLSX lists buyers with birth dates, addresses and deposit amounts for the developer; the body calls it only an 'allocation sheet'.",
    frm=TAKANASHI, to=["Sophie Turner <sophie.turner@harbourline-dev.example.com.au>"],
    subject="Harbourline Residences - allocation sheet, Tokyo launch",
    text="""Dear Sophie,

Great result from the Tokyo launch weekend. Please find our allocation sheet attached so your sales admin can prepare the contracts.

Let me know if anything is missing.
""" + SIG_TAKANASHI,
    attachments=[{"filename":"Harbourline_Tokyo_allocation.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "text":"""[Allocations]
Unit	Purchaser	DOB	Address	Mobile	Deposit (AUD)
1204	Yuki Matsuda	1979-07-22	5-3-8 Jiyugaoka, Meguro-ku, Tokyo	+81-90-0000-3318	98,000
1507	Takeshi & Naomi Hara	1971-02-03	1-22-4 Hon-cho, Naka-ku, Yokohama	+81-80-0000-2271	112,500
2203	Ayumi Kondo	1985-10-30	3-9-17 Tenjin, Chuo-ku, Fukuoka	+81-70-0000-9904	76,000
2601	Shinji Okabe	1966-04-11	4-1-2 Kitahama, Chuo-ku, Osaka	+81-90-0000-5127	145,000"""}],
    personal=[{"type":"name","value":"Yuki Matsuda"},{"type":"birth_date","value":"1985-10-30"},{"type":"address","value":"4-1-2 Kitahama, Chuo-ku, Osaka"}])

add(org="E", expect="hold", kind="id.bank_account", loc="body",
    why="Gives a Malaysian law firm a private client's personal Japanese bank account for a refund.",
    frm=EBINA, to=["Lim Wei Ling <weiling.lim@tanlim-law.example.com.my>"],
    subject="Refund of booking fee - Unit B-23-05, The Ampang Crest",
    text="""Dear Ms Lim,

Further to the developer's confirmation that the SPA will not proceed, our client would like the booking fee (MYR 10,000) refunded to her personal account in Japan:

Beneficiary: Keiko Arakawa
Bank: Sakura Mirai Bank, Ebisu Branch (SWIFT SMBKJPJT)
Account type: Ordinary (futsu)
Account no.: 6084213

Please let me know if your client account requires a signed refund request form from her.
""" + SIG_EBINA,
    personal=[{"type":"name","value":"Keiko Arakawa"},{"type":"bank_account","value":"Account no.: 6084213"}])

add(org="E", expect="hold", kind="sensitive.health", loc="quoted",
    why="The reply is about pricing, but the quoted client mail says his wife has pancreatic cancer and is in treatment, sent to a Hawaii agent.",
    frm=TAKANASHI, to=["Kalani Akana <kalani@islandkey-realty.example.com>"],
    subject="Re: Listing strategy for 1910 Kalakaua Ave #1804",
    text="""Hi Kalani,

Thanks for the CMA. I agree with listing at $1.295M and reviewing after 21 days. The owners would prefer a quick sale over the top price, and the background is below (please keep it between us).

> From: Masao Tsujimoto
> Sent: Tuesday, October 15, 2024 7:02 AM
> To: Ken Takanashi
> Subject: ハワイの部屋の売却
>
> 高梨さん
> 妻の 智子 が膵臓がんと診断され、いま抗がん剤治療中です。
> もうハワイに行くことはないと思うので、年内に売却したいです。
> 値段よりスピード優先でお願いします。
> 辻本 正雄
""" + SIG_TAKANASHI,
    personal=[{"type":"name","value":"辻本 正雄"},{"type":"diagnosis","value":"膵臓がんと診断され、いま抗がん剤治療中"}])

add(org="E", expect="hold", kind="id.passport", loc="subject",
    why="The subject line carries a named buyer's passport number; the body is a routine scheduling note.",
    frm=EBINA, to=["Priya Nair <priya@marinaone-conveyancing.example.com.sg>"],
    subject="Buyer KYC: Mr Kenji Oda, Passport TK5092816",
    text="""Dear Priya,

Mr Oda will be in Singapore on 6 November and can sign the Option to Purchase at your office at 3pm.
Could you confirm the meeting room and whether he should bring the original documents?

Many thanks.
""" + SIG_EBINA,
    personal=[{"type":"name","value":"Kenji Oda"},{"type":"passport","value":"TK5092816"}])

add(org="E", expect="hold", kind="attachment.encrypted_zip", loc="zip",
    why="Carries a password-protected zip (PPAP) to a Thai law firm.",
    frm=TAKANASHI, to=["Somchai Prasert <somchai@bkk-legal.example.co.th>"],
    subject="Documents for foreign-quota transfer - Sukhumvit 39 condo",
    text="""Dear Khun Somchai,

Please find attached the documents for the foreign-quota ownership transfer, as discussed.
The password will follow in a separate email.
""" + SIG_TAKANASHI,
    attachments=[{"filename":"Sukhumvit39_transfer_docs.zip","contentType":"application/zip","encrypted":True}])

add(org="E", expect="hold", kind="recipients.visible_many", loc="recipients",
    why="A market update with twelve partner agents from different firms all visible in To.",
    frm=TAKANASHI,
    to=["kalani@islandkey-realty.example.com","sophie.turner@harbourline-dev.example.com.au","d.wong@vanpoint-realty.example.ca",
        "priya@marinaone-conveyancing.example.com.sg","j.brooks@nakamura-brooks.example.com","somchai@bkk-legal.example.co.th",
        "lina@dubaicrest-properties.example.ae","mark.evans@londonkey-estates.example.co.uk","weiling.lim@tanlim-law.example.com.my",
        "tony.cheng@hkbay-realty.example.com.hk","sarah.kim@seattle-nw-homes.example.com","isabelle@cote-azur-immo.example.fr"],
    subject="Q4 Japanese buyer sentiment - partner update",
    text="""Dear partners,

Here is our quarterly read on Japanese outbound buyers:

- Enquiries up 14% QoQ, driven by Honolulu, Melbourne and Vancouver.
- Yen weakness remains the main brake: average budget fell to JPY 78M (from 85M).
- Strong interest in rental-managed units with yields above 4%.
- Our Tokyo seminar on 23 November expects ~150 attendees; tell me if you want a slot.

Thank you for your continued support.
""" + SIG_TAKANASHI)

add(org="E", expect="hold", kind="sensitive.criminal", loc="body",
    why="Tells a US immigration attorney a named client's DUI conviction and sentence.",
    frm=TAKANASHI, to=["Laura Chen, Esq. <lchen@chen-immigration.example.com>"],
    subject="E-2 visa question for a property investor client",
    text="""Dear Ms Chen,

One of our clients, Mr. Ryota Fujisaki (52), plans to buy and operate a small motel in Oregon and apply for an E-2 visa.

Before we go further, he told us he was convicted of drunk driving in Japan in 2019 and received a suspended sentence (1 year, 3 years' probation), and his licence was revoked.

Could this conviction make him inadmissible, or affect the E-2 application? If a waiver is needed, what would the timeline look like?

We would be happy to arrange a paid consultation by video.
""" + SIG_TAKANASHI,
    personal=[{"type":"name","value":"Ryota Fujisaki"},{"type":"criminal","value":"convicted of drunk driving in Japan in 2019"}])

add(org="E", expect="hold", kind="personal.customer_inquiry", loc="body",
    why="Forwards a private enquirer's full contact details, income and family situation to a partner in Dubai.",
    frm=EBINA, to=["Lina Haddad <lina@dubaicrest-properties.example.ae>"],
    subject="FW: New enquiry - Dubai Marina 2BR",
    text="""Hi Lina,

Forwarding a fresh enquiry from our website. Could you call her directly? She prefers English or Japanese, morning Tokyo time.

---------- Forwarded message ----------
Name: Aoi Shibata
Email: aoi.shibata.88@gmail.com
Phone: +81-90-0000-6634
Address: 1-7-3 Nishi-Azabu, Minato-ku, Tokyo
Annual income: approx. JPY 24M (physician)
Message: Recently divorced, looking for a 2BR in Dubai Marina for myself and my 8-year-old son, budget AED 3M, cash purchase. Want Golden Visa eligibility.
""" + SIG_EBINA,
    personal=[{"type":"name","value":"Aoi Shibata"},{"type":"phone","value":"+81-90-0000-6634"},{"type":"address","value":"1-7-3 Nishi-Azabu, Minato-ku, Tokyo"}])

add(org="E", expect="hold", kind="id.mynumber", loc="body",
    why="Sends a client's マイナンバー to an outside tax accountant without a label other than 番号.",
    frm=EBINA, to=["税理士 宮田 聡 <miyata@miyata-tax.example.jp>"],
    subject="国外財産調書・不動産所得の申告ご依頼（佐伯様）",
    text="""宮田先生

いつもお世話になっております。グローバルエステート・パートナーズの海老名です。
ご紹介いただいた 佐伯 隆 様（ホノルルのコンドミニアム所有）の確定申告の件、
ご本人から書類がそろいましたので概要をお送りします。

・氏名：佐伯 隆
・番号：610938274501
・物件：Waikiki, 1BR（2022年取得、USD 640,000）
・2024年 賃料収入：USD 31,800、管理費・固都税 USD 9,450

原本は明日レターパックでお送りいたします。
""" + SIG_EBINA_JA,
    personal=[{"type":"name","value":"佐伯 隆"},{"type":"mynumber","value":"610938274501"}])

# ---------------- PASSES ----------------
add(org="E", expect="pass", kind="benign.meeting_arrangement",
    why="Schedules a video call with a Vancouver partner; only business names appear.",
    frm=TAKANASHI, to=["David Wong <d.wong@vanpoint-realty.example.ca>"], cc=["Mariko Ebina <m.ebina@gep-realty.example.jp>"],
    subject="Call next week - presale pipeline",
    text="""Hi David,

Hope the fall market is treating you well. Could we do a 45-minute call next week to go through the presale pipeline?

Options (Vancouver time):
- Tue 22 Oct, 4:00pm
- Wed 23 Oct, 5:30pm
- Thu 24 Oct, 4:30pm

Mariko from our client-services team will join. I'll send a Zoom link once you pick a slot.
""" + SIG_TAKANASHI)

add(org="E", expect="pass", kind="benign.corporate_swift",
    why="Wire instructions for the company's corporate client-trust account with SWIFT; no private account.",
    frm=EBINA, to=["Sarah Kim <sarah.kim@seattle-nw-homes.example.com>"],
    subject="Referral fee - wire instructions (Invoice GEP-INV-2024-0917)",
    text="""Hi Sarah,

Thanks for closing 2215 Queen Anne Ave so smoothly. For the 25% referral fee (USD 9,375.00), our wire details are:

Beneficiary: Global Estate Partners Inc.
Bank: Marunouchi Trust Bank, Head Office
SWIFT: MTBKJPJT
Account: 0198765 (corporate current account)
Reference: GEP-INV-2024-0917

Please note our bank details have not changed; if you ever receive a message saying otherwise, call me before sending anything.
""" + SIG_EBINA)

add(org="E", expect="pass", kind="benign.listing_numbers",
    why="Listing details with MLS, APN and permit numbers that look like IDs but identify property.",
    frm=TAKANASHI, to=["James Brooks <j.brooks@nakamura-brooks.example.com>"],
    subject="Re: Two Irvine listings for our Osaka client",
    text="""Hi James,

Thanks - both look promising. To confirm the details on our side:

1) 58 Sandpiper Lane, Irvine CA 92618
   MLS# OC24183572, APN 580-271-14, list USD 1,648,000, HOA USD 412/mo
2) 117 Fieldstone, Irvine CA 92620
   MLS# OC24190418, APN 527-093-36, list USD 1,399,000, Mello-Roos approx. USD 3,900/yr

Our client will view by video on Saturday 9am Pacific. Please pass my thanks to Mr. Nakamura for the introduction.
""" + SIG_TAKANASHI)

add(org="E", expect="pass", kind="benign.to_data_subject",
    why="Sends a client his own offer summary; the only personal data is his own.",
    frm=TAKANASHI, to=["Daisuke Morikawa <d.morikawa.sg@gmail.com>"],
    subject="Your offer on Marina Bay Residences #28-04 - summary",
    text="""Dear Morikawa-san,

As discussed, here is a summary of the offer we will submit on your behalf tomorrow:

- Property: Marina Bay Residences #28-04 (2BR, 1,227 sq ft)
- Offer price: SGD 3,080,000
- Option fee: 1% (SGD 30,800), payable from your DBS account ending **17
- Completion: within 10 weeks
- ABSD: 60% applies to foreign purchasers; we have confirmed you understand this cost.

Please reply "approved" and I will send it to the seller's agent.
""" + SIG_TAKANASHI)

add(org="E", expect="pass", kind="benign.project_mail_two_companies",
    why="A project mail with six visible addresses from one developer and the brokerage.",
    frm=TAKANASHI, to=["Sophie Turner <sophie.turner@harbourline-dev.example.com.au>","Ben Walsh <ben.walsh@harbourline-dev.example.com.au>","Grace Lee <grace.lee@harbourline-dev.example.com.au>"],
    cc=["Mariko Ebina <m.ebina@gep-realty.example.jp>","Daniel Ono <d.ono@gep-realty.example.jp>","Marketing <marketing@gep-realty.example.jp>"],
    subject="Harbourline Tokyo seminar - run sheet v3",
    text="""Hi all,

Attached the run sheet v3 for the Tokyo seminar on 23 Nov (Marunouchi Hall, Room B).

13:00 Doors / coffee
13:30 Welcome - Ken Takanashi
13:40 Melbourne market overview - Ben Walsh
14:10 Harbourline Residences - Sophie Turner
14:40 Tax & FIRB for Japanese buyers - Grace Lee
15:10 Q&A, individual consultations (Mariko, Daniel)

Marketing will send the final Japanese slides by 15 Nov.
""" + SIG_TAKANASHI)

add(org="E", expect="pass", kind="benign.bcc_newsletter",
    why="A client newsletter sent to many private addresses in Bcc only.",
    frm=EBINA, to=["Global Estate Partners <newsletter@gep-realty.example.jp>"],
    bcc=["d.morikawa.sg@gmail.com","h.kanda.1968@yahoo.co.jp","yuki.matsuda@icloud.com","shinji.okabe@outlook.jp","aoi.shibata.88@gmail.com",
         "t.saeki@nifty.com","k.arakawa@gmail.com","naomi.hara@docomo.ne.jp","ayumi.kondo.fk@gmail.com","k.oda.jp@gmail.com","m.tsujimoto@biglobe.ne.jp"],
    subject="GEP Newsletter November: Melbourne, Honolulu and the new US FinCEN rule",
    text="""Dear clients,

This month's highlights:

1. Melbourne apartments: prices flat, rental vacancy at 1.4% - good for yield buyers.
2. Honolulu: new short-term rental limits in Waikiki; check before you buy.
3. US: from 1 Dec 2025, all-cash purchases through LLCs must be reported (FinCEN). We'll explain at our seminar.

Seminar registration: https://www.gep-realty.example.jp/seminar
You receive this because you subscribed; reply "unsubscribe" to stop.
""" + SIG_EBINA)

add(org="E", expect="pass", kind="benign.historical_figure",
    why="A listing description mentioning a historical public figure linked to the house.",
    frm=TAKANASHI, to=["Isabelle Martin <isabelle@cote-azur-immo.example.fr>"],
    subject="Villa Les Pins - Japanese brochure draft",
    text="""Dear Isabelle,

Our Japanese brochure draft for Villa Les Pins is ready. Could you check the history paragraph?

"Built in 1926, the villa hosted the painter Tsuguharu Foujita (藤田嗣治) during the summer of 1929, and Henri Matisse is said to have visited for lunch. The original terrazzo floor and the studio with north light have been preserved."

If the Matisse anecdote cannot be documented, we'll remove it. Asking price EUR 4.2M, cadastral reference AB 0231.
""" + SIG_TAKANASHI)

add(org="E", expect="pass", kind="benign.plain_zip",
    why="Sends an unencrypted zip of floor plans and photos to a partner.",
    frm=EBINA, to=["Tony Cheng <tony.cheng@hkbay-realty.example.com.hk>"],
    subject="Floor plans - Azabu residence for your HK buyer",
    text="""Hi Tony,

As promised, floor plans and photos for the Azabu residence (3LDK, 112 sqm) are in the attached zip (no password).
The seller is open to offers around JPY 268M. Viewing slots available on 2 and 3 November.
""" + SIG_EBINA,
    attachments=[{"filename":"Azabu_3LDK_plans_photos.zip","contentType":"application/zip","text":"floorplan_3LDK.pdf\nphoto_living.jpg\nphoto_view_night.jpg\nbuilding_spec_EN.pdf"}])

add(org="E", expect="pass", kind="benign.condolence",
    why="A condolence message to a partner firm on a colleague's death; no sensitive detail.",
    frm=TAKANASHI, to=["Mark Evans <mark.evans@londonkey-estates.example.co.uk>"],
    subject="With deepest sympathy",
    text="""Dear Mark,

I was so sorry to hear of Peter Hollis's passing. Peter welcomed our first group of Japanese buyers to London in 2015 and was a generous mentor to everyone on our team.

Please pass our condolences to his family and to your colleagues. We have sent flowers to the office.

With warm regards and sympathy,
Ken
""" + SIG_TAKANASHI)

add(org="E", expect="pass", kind="benign.malware_infection_it",
    why="Warns a partner about wire fraud after a mailbox compromise; infection and quarantine refer to IT.",
    frm=EBINA, to=["Kalani Akana <kalani@islandkey-realty.example.com>"], cc=["Ken Takanashi <k.takanashi@gep-realty.example.jp>"],
    subject="Re: Urgent - your mailbox compromised?",
    text="""Hi Kalani,

Thanks for the heads-up. We received the email from "your" address asking us to send the deposit to a new account in Nevada - we did NOT act on it.

On our side, our IT checked all laptops: one PC was infected with an info-stealer last month and was quarantined and wiped; no client data left the network.

Going forward, any change of wire instructions will be confirmed by phone with you personally. Stay safe.
""" + SIG_EBINA)
