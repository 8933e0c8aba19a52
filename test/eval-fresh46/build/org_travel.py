# Horizon Business Travel K.K. -- corporate travel desk
ORG = "Horizon Business Travel K.K. (corporate travel desk)"

AYA = "Aya Hasegawa <aya.hasegawa@horizon-bt.example.jp>"
ISHIDA = "石田 亮 <ryo.ishida@horizon-bt.example.jp>"
KINO = "木下 恵 <megumi.kinoshita@horizon-bt.example.jp>"

SIG_AYA = """
Kind regards,

Aya Hasegawa (長谷川 絢)
Senior Travel Consultant – International Desk
Horizon Business Travel K.K.
Shiba 5-22-1, Minato-ku, Tokyo 108-0014 | +81-3-6453-2270
24h emergency line: +81-3-6453-2299"""

SIG_ISHIDA = """
――――――――――――――――――――
ホライズン・ビジネストラベル株式会社
国内出張デスク　石田 亮
TEL 03-6453-2260（平日 9:00～18:00）
緊急時 03-6453-2299（24時間）
――――――――――――――――――――"""

SIG_KINO = """
ホライズン・ビジネストラベル株式会社
渡航手続サポート課　木下 恵（きのした めぐみ）
TEL 03-6453-2275 / megumi.kinoshita@horizon-bt.example.jp"""

MAILS = [
dict(expect="hold", kind="id.passport", loc="body",
 why="Three travellers' passport numbers with birth dates are written in the body to an overseas visa agent.",
 frm=AYA, to=["Saigon Visa Services <ops@saigonvisa.example.vn>"],
 subject="Business visa approval letters – Toho Seiki group (3 pax)",
 text="""Dear Ms. Linh,

Please arrange visa approval letters (single entry, 30 days, business) for the following travellers from our client Toho Seiki Co., Ltd. They enter via Tan Son Nhat on 14 July.

1. KATO Hiroshi – born 12 AUG 1971 – passport TR4471902 – exp 03 MAR 2031
2. NISHIMURA Kaoru – born 29 JAN 1984 – passport TZ1183460 – exp 17 NOV 2029
3. SUGIYAMA Jun – born 05 MAY 1992 – passport TK8820571 – exp 22 JUN 2033

Inviting company: Toho Seiki Vietnam Co., Ltd., Lot C4, Tan Thuan EPZ, District 7.
Please invoice Horizon Business Travel as usual.
""" + SIG_AYA,
 personal=[{"type":"passport","value":"TR4471902"},{"type":"passport","value":"TZ1183460"},{"type":"passport","value":"TK8820571"},{"type":"birthdate","value":"12 AUG 1971"}]),

dict(expect="hold", kind="list.travellers", loc="attachment",
 why="The attached rooming list gives named travellers with birth dates, passport numbers and mobile numbers; the body does not mention them.",
 frm=AYA, to=["Siam Ground Handling <groups@siamgh.example.co.th>"],
 subject="Rooming list – Toho Seiki dealer incentive, Bangkok 22–25 Aug",
 text="""Dear Khun Pim,

Attached is the updated rooming list for the Toho Seiki dealer incentive. Two rooms changed from twin to single since version 2.

Please reconfirm the block with the Riverside hotel and send the revised allocation by Friday.
""" + SIG_AYA,
 attachments=[{"filename":"TohoSeiki_BKK_rooming_v3.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text":"""[Rooming]
Room\tName\tDOB\tPassport\tMobile\tRoom type
1\tKATO Hiroshi\t1971-08-12\tTR4471902\t+81-90-5521-3318\tSGL
2\tOTA Manabu\t1968-03-30\tTS2290173\t+81-80-4107-6682\tSGL
3\tMURAKAMI Eri / MURAKAMI Shin\t1979-10-02 / 1977-06-18\tTM5519034 / TM5519035\t+81-90-3398-0045\tDBL
4\tHIRATA Koji\t1986-01-09\tTZ7740128\t+81-70-2214-8870\tSGL
"""}],
 personal=[{"type":"name","value":"OTA Manabu"},{"type":"passport","value":"TS2290173"},{"type":"phone","value":"+81-80-4107-6682"},{"type":"birthdate","value":"1971-08-12"}]),

dict(expect="hold", kind="sensitive.religion", loc="body",
 why="Tells a hotel that a named traveller is a practising Muslim and that another named traveller uses a wheelchair after a spinal injury.",
 frm=AYA, to=["Reservations – Harbour Grand Jakarta <reservations@harbourgrand-jkt.example.id>"],
 subject="Special requests – booking HBT-JKT-77810",
 text="""Dear Reservations team,

Regarding booking HBT-JKT-77810 (3 rooms, 8–11 September), please note the following requests:

- Mr. Faisal Rahman is a practising Muslim and will observe prayer times; please assign a room with the qibla direction marked and make sure the welcome amenity contains no alcohol.
- Ms. Naomi Nakai uses a wheelchair following a spinal cord injury; she needs an accessible room with a roll-in shower, close to the lift.
- Mr. Yusuke Ono – late check-out until 15:00 if possible.

Kindly confirm these arrangements in writing.
""" + SIG_AYA,
 personal=[{"type":"name","value":"Mr. Faisal Rahman"},{"type":"religion","value":"practising Muslim"},{"type":"name","value":"Ms. Naomi Nakai"},{"type":"disability","value":"wheelchair following a spinal cord injury"}]),

dict(expect="hold", kind="id.card", loc="body",
 why="A traveller's full personal card number, expiry and CVV are sent to a hotel by e-mail.",
 frm=AYA, to=["The Kensington Crown – Front Office <frontoffice@kensingtoncrown.example.co.uk>"],
 subject="Guarantee for late arrival – conf. KC-4410297",
 text="""Dear Front Office,

Our traveller Mr. Tatsuya Mori (conf. KC-4410297, 2 nights from 3 July) will arrive after midnight. Our corporate lodge card is not accepted for this rate, so he asked us to guarantee the room with his own card:

Card: VISA 4012 8888 8888 1881
Name on card: TATSUYA MORI
Expiry: 11/27
CVV: 582

Please do not release the room. Thank you.
""" + SIG_AYA,
 personal=[{"type":"card","value":"4012 8888 8888 1881"},{"type":"name","value":"Mr. Tatsuya Mori"}]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Password-protected zip of passport copies sent with the password to follow (PPAP).",
 frm=KINO, to=["グローバルビザセンター 申請受付 <uketsuke@globalvisa-center.example.jp>"],
 subject="インド業務ビザ申請書類（東邦精機様 2名分）",
 text="""グローバルビザセンター
申請受付ご担当者様

いつもお世話になっております。ホライズン・ビジネストラベルの木下です。
インド業務ビザの申請書類一式を送付いたします。
ZIPファイルにパスワードを設定しておりますので、別途メールにてお知らせいたします。

申請希望日：7月2日
受領希望日：7月9日

よろしくお願いいたします。
""" + SIG_KINO,
 attachments=[{"filename":"India_BV_TohoSeiki_2pax.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="recipients.visible", loc="recipients",
 why="Travel coordinators at twelve different client companies are visible to each other in To.",
 frm=ISHIDA,
 to=["総務部 出張手配担当 <soumu@tohoseiki.example.co.jp>","kanri@aoba-chemical.example.co.jp","travel@minatomirai-soft.example.jp","somu@kitakami-denki.example.co.jp",
     "shuccho@daiichi-shoji.example.jp","ga@nexaro-japan.example.com","soumu@hoshizora-foods.example.co.jp","jinji@tsubasa-logi.example.jp",
     "admin@blueharbor-consult.example.jp","soumu@yamabiko-kogyo.example.co.jp","travel-desk@sakuragawa-pharma.example.jp","kanri@ginrei-kensetsu.example.co.jp"],
 subject="【重要】7月1日発券分からの国内線運賃・手数料改定のお知らせ",
 text="""お取引先各位

平素より弊社出張手配サービスをご利用いただき、誠にありがとうございます。
7月1日発券分より、国内航空券の一部運賃および弊社手配手数料を下記のとおり改定いたします。

1. 航空会社の運賃体系変更に伴い、「ビジネスきっぷ」が廃止され「フレックス運賃」に統合
2. 弊社手配手数料：国内線 1区間 550円 → 660円（税込）
3. 新幹線・ホテル手配手数料は据え置き

詳細は添付の改定表をご確認ください。ご不明点は各社担当までお問い合わせください。
""" + SIG_ISHIDA),

dict(expect="hold", kind="sensitive.health", loc="quoted",
 why="The quoted HR message names a traveller who is 31 weeks pregnant with gestational diabetes; the covering note only asks about MEDIF.",
 frm=AYA, to=["Pacific Star Airlines – Special Assistance <special.assist@pacificstar-air.example.com>"],
 subject="Fw: Singapore trip – medical clearance?",
 text="""Dear Special Assistance team,

Please see the message from our client below and advise whether a MEDIF is needed for the flights on PNR 6KQ2ZP (NRT–SIN 15 July, SIN–NRT 19 July), and by when it must be submitted.

Thank you.

---------- Forwarded message ---------
From: 人事部 安全衛生担当 <anzen@aoba-chemical.example.co.jp>
Date: Tue, 17 Jun 2025 10:21
Subject: Singapore trip – medical clearance?
To: Aya Hasegawa <aya.hasegawa@horizon-bt.example.jp>

Hasegawa-san,
Ms. Eri Kondo (R&D, traveling to Singapore on 15 July) is 31 weeks pregnant and was diagnosed with gestational diabetes last month. Her doctor has approved the trip. Could you check with the airline whether any medical form is required, and request an aisle seat near the lavatory?
Regards, HR Safety & Health
""" + SIG_AYA,
 personal=[{"type":"name","value":"Ms. Eri Kondo"},{"type":"diagnosis","value":"31 weeks pregnant and was diagnosed with gestational diabetes"}]),

dict(expect="hold", kind="id.passport", loc="subject",
 why="The subject line pairs a traveller's name with his passport number; the body only refers to 'the application in the subject line'.",
 frm=KINO, to=["UK Visa Application Centre – Premium Desk <premium@ukvac-tokyo.example.jp>"],
 subject="Appointment change: Mr. Takeshi Arai, passport TZ3308416",
 text="""Dear Premium Desk,

I am writing about the application referenced in the subject line (Standard Visitor, business).
Could the biometrics appointment currently booked for 8 July 10:30 be moved to 14 July, any time in the morning? The traveller has an urgent internal meeting on the 8th.

Thank you for your help.

Megumi Kinoshita
Horizon Business Travel K.K. – Travel Documentation Support
+81-3-6453-2275""",
 personal=[{"type":"name","value":"Mr. Takeshi Arai"},{"type":"passport","value":"TZ3308416"}]),

dict(expect="hold", kind="personal.profile", loc="body",
 why="A traveller's full private profile (home address, birth date, private phone and e-mail) goes to a car-rental company.",
 frm=ISHIDA, to=["ハーバーレンタカー 法人予約センター <hojin@harbor-rentacar.example.jp>"],
 subject="法人契約 個人会員登録の依頼（青葉ケミカル様）",
 text="""ハーバーレンタカー 法人予約センター 御中

いつもお世話になっております。ホライズン・ビジネストラベルの石田です。
青葉ケミカル様の法人契約に、下記の方の個人会員登録をお願いいたします。

　氏名：岡田 涼介（オカダ リョウスケ）
　生年月日：1987年9月14日
　自宅住所：埼玉県川口市並木3-21-6 リバーサイド並木 1102
　携帯電話：090-2247-6315
　個人メール：ryo.okada.0914@gmail.com
　勤務先：青葉ケミカル株式会社 営業本部

登録完了後、会員番号をご連絡ください。
""" + SIG_ISHIDA,
 personal=[{"type":"name","value":"岡田 涼介"},{"type":"address","value":"埼玉県川口市並木3-21-6 リバーサイド並木 1102"},{"type":"birthdate","value":"1987年9月14日"},{"type":"phone","value":"090-2247-6315"}]),

dict(expect="hold", kind="id.residence_card", loc="body",
 why="A foreign employee's residence card number is sent in the body to an outside immigration scrivener.",
 frm=KINO, to=["みなと行政書士事務所 <info@minato-gyosei.example.jp>"],
 subject="再入国許可の確認のお願い（ネクサロ・ジャパン様 社員）",
 text="""みなと行政書士事務所
桑原 先生

お世話になっております。ホライズン・ビジネストラベルの木下です。
ネクサロ・ジャパン様の社員の方が8月に約14か月の海外赴任予定のため、みなし再入国では足りず再入国許可が必要か確認いただきたくご連絡しました。

　氏名：NGUYEN VAN THANH
　国籍：ベトナム
　在留資格：技術・人文知識・国際業務
　在留カード番号：UH48203917EA
　在留期間満了日：2026年4月30日

ご多忙のところ恐縮ですが、よろしくお願いいたします。
""" + SIG_KINO,
 personal=[{"type":"residence_card","value":"UH48203917EA"},{"type":"name","value":"NGUYEN VAN THANH"}]),

# ---------------- passes
dict(expect="pass", kind="benign.own_itinerary",
 why="Itinerary sent to the traveller himself at his corporate address, with booking references and a masked passport number.",
 frm=AYA, to=["Hiroshi Kato <h.kato@tohoseiki.example.co.jp>"],
 subject="Your itinerary – Ho Chi Minh City 14–18 July (PNR 5XWQ3M)",
 text="""Dear Mr. Kato,

Your trip is confirmed. Please check the details below.

FLIGHTS (PNR 5XWQ3M, e-ticket 131-2418830572)
 14 JUL  NRT 09:30 → SGN 13:55   JL759  Business  seat 7A
 18 JUL  SGN 23:50 → NRT 07:40+1 JL750  Business  seat 7A

HOTEL
 Riverside Saigon, conf. RS-882014, 4 nights, breakfast included

DOCUMENTS
 Visa approval letter: issued (ref. VN-2025-0714-003)
 Passport on file: TR****902, valid until 03 MAR 2031

Mileage number added to the booking. Have a good trip!
""" + SIG_AYA),

dict(expect="pass", kind="benign.booking_refs",
 why="Domestic booking confirmation with reservation, order and ticket numbers that look like IDs but are booking references.",
 frm=ISHIDA, to=["東邦精機株式会社 総務部 出張手配担当 <soumu@tohoseiki.example.co.jp>"],
 subject="手配完了：6/26-27 名古屋出張（営業部 3名様）",
 text="""東邦精機株式会社 総務部 ご担当者様

いつもお世話になっております。国内出張デスクの石田です。
ご依頼の名古屋出張の手配が完了しました。

■新幹線（EX予約番号 2506-1148-3397）
　6/26 のぞみ 215号 東京 8:30 → 名古屋 10:06　7号車 12～14番 A/B/C
　6/27 のぞみ 246号 名古屋 17:40 → 東京 19:13　8号車 5番 A/B/C
■ホテル（予約番号 NGY-0626-55821）
　ルートイン名駅 シングル3室 1泊朝食付
■弊社オーダー番号：HBT-D-2025-061187

ご出張者様：加藤様、西村様、杉山様
請求は月末締めにてまとめてご請求いたします。
""" + SIG_ISHIDA),

dict(expect="pass", kind="benign.corp_invoice_swift",
 why="Payment advice to an overseas ground handler with corporate bank accounts and SWIFT codes.",
 frm=AYA, to=["Siam Ground Handling – Accounts <accounts@siamgh.example.co.th>"],
 subject="Remittance advice – INV SGH-25-0781",
 text="""Dear Accounts team,

We have remitted the deposit for the Toho Seiki incentive today.

Invoice: SGH-25-0781
Amount: THB 412,500.00 (50% deposit)
Value date: 20 June 2025
Beneficiary: Siam Ground Handling Co., Ltd.
Beneficiary bank: Chao Phraya Commercial Bank, Silom Branch, A/C 101-3-77820-4
SWIFT: CPCBTHBK
Remitter: Horizon Business Travel K.K., Minato Trust Bank Shiba Branch, A/C 2210458, SWIFT MNTBJPJT

Please confirm receipt when the funds arrive.
""" + SIG_AYA),

dict(expect="pass", kind="benign.test_card_dev",
 why="Development meeting minutes with a booking-tool vendor that use a public Luhn-valid test card number in the sandbox.",
 frm=ISHIDA, to=["TripFlow Systems – Integration Team <integration@tripflow.example.com>"],
 cc=[AYA],
 subject="Minutes: payment gateway sandbox test (18 June)",
 text="""Hi team,

Thanks for the call. Minutes from our side:

1. Sandbox booking flow tested end to end on staging.horizon-bt.example.jp.
2. Test card 4111 1111 1111 1111 (exp 12/30, CVV 123) → approved as expected.
   Test card 4000 0000 0000 0002 → declined, but the error message shown to the user is the raw gateway code "05". TripFlow to map this to a friendly message.
3. 3-D Secure challenge screen does not render in the Japanese UI (ticket TF-2291).
4. Webhook retries: TripFlow confirmed 3 retries with exponential backoff.

Next test session: 25 June 16:00 JST. No production card data is to be used in staging.

石田 亮 / Ryo Ishida
Horizon Business Travel K.K. – Domestic Desk"""),

dict(expect="pass", kind="benign.airline_outage",
 why="Airline system outage ('システム障害') and rebooking notice to a client; no traveller data beyond booking counts.",
 frm=ISHIDA, to=["青葉ケミカル株式会社 管理部 <kanri@aoba-chemical.example.co.jp>"],
 subject="【速報】航空会社システム障害による欠航・遅延について",
 text="""青葉ケミカル株式会社 管理部 御中

いつもお世話になっております。石田です。
本日午前、航空会社の搭乗手続システムで障害が発生し、羽田発の一部便に欠航・遅延が出ております。

貴社の本日出張予定の方は 5名（うち羽田発 3名）で、いずれも欠航便には該当しておりません。
ただし保安検査場が混雑しているため、通常より30分早めに空港到着いただくようご案内ください。

振替が必要になった場合は、弊社から直接ご出張者様の携帯へご連絡いたします。
""" + SIG_ISHIDA),

dict(expect="pass", kind="benign.project_six_addresses",
 why="Offsite-planning mail with six visible addresses from two companies only.",
 frm=AYA,
 to=["Mark Ellison <mark.ellison@nexaro.example.com>","Yumi Sato <yumi.sato@nexaro.example.com>","Ken Watanabe <ken.watanabe@nexaro.example.com>"],
 cc=[ISHIDA, KINO, "Ryohei Ueda <ryohei.ueda@horizon-bt.example.jp>"],
 subject="Nexaro APAC leadership offsite, Okinawa – planning call recap",
 text="""Hi Mark, Yumi, Ken,

Thanks for the call this morning. Recap:

- Dates: 6–9 October, 42 participants (Japan 18, overseas 24)
- Venue shortlist: two resorts in Onna village; site inspection 10 July (Ueda + Yumi)
- Flights: overseas participants book via our international desk (me); Japan participants via Ishida-san's domestic desk
- Visas: Kinoshita-san will check requirements for the India and Vietnam participants once the list is final
- Budget: JPY 380,000 per head all-in target

Next step: Nexaro to send the participant list template back (names and departure cities only for now) by 27 June.
""" + SIG_AYA),

dict(expect="pass", kind="benign.travel_advisory",
 why="General travel-health advisory with vaccination recommendations and outbreak statistics; no individual named.",
 frm=AYA, to=["HR Safety & Health <anzen@aoba-chemical.example.co.jp>"],
 subject="Travel health advisory – South-East Asia, July–September",
 text="""Dear HR Safety & Health team,

Ahead of the summer travel season, here is our quarterly health advisory for your travellers to South-East Asia.

Dengue: Case numbers in Vietnam and the Philippines are running about 30% above last year. Recommend repellent, long sleeves, and accommodation with air-conditioning.
Measles: Outbreaks reported in Indonesia (over 1,200 confirmed cases this year). Travellers born between 1972 and 1990 should check they have had two doses.
Recommended vaccinations for long-term assignees: hepatitis A, typhoid, Japanese encephalitis (rural stays), rabies (pre-exposure) – start at least 6 weeks before departure.

The travel clinic list in Tokyo and Osaka is attached. This advisory contains no traveller-specific information.
""" + SIG_AYA),

dict(expect="pass", kind="benign.plain_zip",
 why="Unencrypted zip of negotiated hotel rate sheets for a client.",
 frm=KINO, to=["ネクサロ・ジャパン 総務 <ga@nexaro-japan.example.com>"],
 subject="2025年下期 法人契約ホテルレート表の送付",
 text="""ネクサロ・ジャパン株式会社
総務ご担当者様

お世話になっております。木下です。
下期の法人契約ホテルレート表をお送りします。ZIPにまとめておりますが、パスワードはかけておりません。

・国内主要12都市 38ホテル
・海外（シンガポール、バンコク、ホーチミン、ベンガルール）
・10月以降の繁忙期の追加料金を各シートに記載

社内ポータルへの掲載にご利用ください。
""" + SIG_KINO,
 attachments=[{"filename":"hotel_rates_2025H2.zip","contentType":"application/zip",
  "text":"rates_domestic_2025H2.xlsx\nrates_overseas_2025H2.xlsx\nblackout_dates.pdf\nREADME.txt"}]),

dict(expect="pass", kind="benign.successor",
 why="Account-manager successor introduction to a client, business contact details only.",
 frm=AYA, to=["Mark Ellison <mark.ellison@nexaro.example.com>"],
 cc=["Ryohei Ueda <ryohei.ueda@horizon-bt.example.jp>"],
 subject="Introducing your new account manager",
 text="""Dear Mark,

I wanted to let you know personally that from 1 August I will be moving to our Osaka office to set up the new Kansai international desk. Your account will be taken over by my colleague Ryohei Ueda, who is copied here.

Ryohei has been with Horizon for eight years and has handled several large MICE programmes, including last year's 300-person dealer convention in Kyoto. He already knows the Okinawa offsite file well.

It has been a real pleasure working with you and the Nexaro team. I will stay involved in the offsite until the site inspection.

Ryohei's direct line: +81-3-6453-2281
""" + SIG_AYA),
]
