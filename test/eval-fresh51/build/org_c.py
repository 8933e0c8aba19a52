# Org C: 白峰高原リゾート＆ホテル (ski resort and hotel, Nagano)
ONODERA = "小野寺 真理 <m.onodera@shiramine-resort.jp>"
KITAMURA = "北村 大輔 <d.kitamura@shiramine-resort.jp>"
RYAN = "Ryan Mitchell <r.mitchell@shiramine-resort.jp>"
SIG_O = """――――――――――――――――――――
白峰高原リゾート＆ホテル　宿泊予約課
小野寺 真理（おのでら まり）
〒399-9301 長野県北安曇郡白峰村大字白峰4410
TEL 0261-71-3300　FAX 0261-71-3309
――――――――――――――――――――"""
SIG_K = """_____________________________
白峰高原リゾート　スキースクール＆レンタル
マネージャー　北村 大輔
TEL 0261-71-3345 / 090-7731-5802
_____________________________"""
SIG_R = """Kind regards,
Ryan Mitchell
International Guest Relations
Shiramine Kogen Resort & Hotel
4410 Shiramine, Hakuba area, Nagano 399-9301, Japan
+81-261-71-3300 | www.shiramine-resort.jp"""

MAILS = [
dict(k="C1", expect="hold", kind="id.passport", loc="body",
 why="Sends a family's passport numbers and birth dates to a travel agent.",
 frm=RYAN, to=["Bookings <bookings@snowtrails-travel.example.com.au>"],
 subject="Re: Booking SHK-24-0871 – guest registration details",
 text="""Hi Jess,

Thanks for sending the registration details. Before the family arrives, could you double-check the passport numbers below? Two of them look like they have a digit missing compared to the format we usually see, and under Japanese law we must copy every foreign guest's passport at check-in.

Booking SHK-24-0871, Deluxe Family Room, 2–9 Feb
1. Matthew HARRIS, DOB 12/04/1981, Passport PA1847203
2. Sophie HARRIS, DOB 30/09/1983, Passport PA184911
3. Oliver HARRIS, DOB 05/06/2012, Passport PB027736
4. Ella HARRIS, DOB 21/01/2015, Passport PB0277390

If the numbers are correct as they are, no worries – we'll sort it out at the front desk.

""" + SIG_R,
 personal=[{"type":"passport","value":"PA1847203"},{"type":"passport","value":"PB0277390"},{"type":"birthdate","value":"DOB 12/04/1981"}]),

dict(k="C2", expect="hold", kind="id.card", loc="body",
 why="Gives a guest's full card number and expiry to the online travel agency.",
 frm=RYAN, to=["Partner Support <partner-support@alpinestay.example.com>"],
 subject="Declined guarantee – reservation AS-77201934",
 text="""Hello Partner Support team,

The card you passed to us for reservation AS-77201934 (guest: Mr. Daniel Cho, 3 nights from 14 Feb) was declined when we tried the pre-authorisation this morning.

Card as received: 5555 5555 5555 4444, exp 08/27, name DANIEL CHO

Could you ask the guest for an alternative card through your platform? If we do not have a valid guarantee by 18:00 JST on 10 Feb, the room will be released according to our policy.

""" + SIG_R,
 personal=[{"type":"card","value":"5555 5555 5555 4444"}]),

dict(k="C3", expect="hold", kind="sensitive.health", loc="quoted",
 why="The new text books a taxi, but the quoted ski-patrol report names an injured guest and his fracture.",
 frm=RYAN, to=["Hakuba Alps Taxi <dispatch@alps-taxi.example.jp>"],
 subject="Fwd: Patrol report 0211 – transfer needed",
 text="""Hello,

Could you please send a wheelchair-accessible taxi to the hotel main entrance on 13 Feb at 10:00 for a transfer to Matsumoto station? One adult guest plus one companion, with luggage for two. Please charge it to the hotel account (SKR-0042).

Thank you,
Ryan

---------- Forwarded message ---------
From: Ski Patrol Office <patrol@shiramine-resort.jp>
Date: Sun, 11 Feb 2024 at 16:20
Subject: Patrol report 0211

Ryan, FYI for guest relations.
14:05 – Liam O'Connor (Room 512, Irish, 34) fell on the Kamosh course. Suspected fracture of the right tibia.
Taken by ambulance to Shiramine Municipal Hospital, confirmed tibial plateau fracture, surgery tomorrow.
He will need a wheelchair and will leave on the 13th. Wife Aoife is staying with him.
""",
 personal=[{"type":"name","value":"Liam O'Connor (Room 512, Irish, 34)"},{"type":"health","value":"confirmed tibial plateau fracture, surgery tomorrow"}]),

dict(k="C4", expect="pass", kind="benign.own_data", loc="",
 why="Booking confirmation sent to the guest herself, card masked.",
 frm=RYAN, to=["emma.whitfield@outlook.com"],
 subject="Your booking is confirmed – SHK-24-1102",
 text="""Dear Ms. Whitfield,

Thank you for choosing Shiramine Kogen Resort & Hotel. We are delighted to confirm your reservation.

Booking number: SHK-24-1102
Guest: Emma Whitfield + 1
Stay: 22 Feb – 27 Feb 2024 (5 nights)
Room: Mountain View Twin, breakfast and dinner included
Lift passes: 2 adults x 5 days (to be collected at the front desk)
Guarantee: Visa ending 1111
Total: JPY 412,500 (tax incl.)

Free cancellation until 8 Feb. Our shuttle meets the Nagano Snow Shuttle at Hakuba station at 15:10 and 17:40.

We look forward to welcoming you!

""" + SIG_R),

dict(k="C5", expect="pass", kind="benign.project_mail", loc="",
 why="Group-booking thread with six visible addresses from two companies.",
 frm=RYAN, to=["Jess Morgan <jess@snowtrails-travel.example.com.au>","Tom Reilly <tom@snowtrails-travel.example.com.au>","Groups Desk <groups@snowtrails-travel.example.com.au>"],
 cc=["小野寺 真理 <m.onodera@shiramine-resort.jp>","北村 大輔 <d.kitamura@shiramine-resort.jp>","Front Office <front@shiramine-resort.jp>"],
 subject="Snowtrails school group, 6–13 Jan 2025 – room block and lessons",
 text="""Hi Jess, Tom and the Groups Desk,

Good news – we can hold the block for the Melbourne school trip:

- 18 Quad rooms, 6–13 Jan 2025 (7 nights), half board
- 2 Twin rooms for teachers (complimentary as per the 1:15 policy)
- Ski lessons: 4 groups x 5 mornings with English-speaking instructors (Daisuke in cc will arrange)
- Rental: full sets, sizes to be sent by 1 Nov

Deposit 20% by 15 Aug to our corporate account (details on the quote). Rooming list by 1 Dec, please – only names and room split, no need for passport data at this stage.

""" + SIG_R),

dict(k="C6", expect="hold", kind="sensitive.health", loc="subject",
 why="The subject names a child guest and her epileptic seizure; the body is about instructor rosters.",
 frm=RYAN, to=["Operations <ops@hakuba-snowpro.example.jp>"],
 subject="Incident – Chloe Bennett (9), epileptic seizure on gondola, 14 Feb",
 text="""Hi team,

Following our call: could you confirm the instructor change for tomorrow's kids' programme? We'd like Aki instead of Shun for group 3, and a start at 9:30 instead of 9:00.

Thanks,
Ryan
""" + SIG_R,
 personal=[{"type":"health","value":"Chloe Bennett (9), epileptic seizure on gondola"}]),

dict(k="C7", expect="pass", kind="benign.dev_test_card", loc="",
 why="Booking-engine development minutes with a Luhn-valid Stripe test card and an IT outage.",
 frm=RYAN, to=["Nick Fairlie <nick@peakcode.example.io>","Hana Ueda <hana@peakcode.example.io>"], cc=["小野寺 真理 <m.onodera@shiramine-resort.jp>"],
 subject="Minutes – booking engine sprint review 7 March",
 text="""Hi Nick, Hana,

Minutes from today's sprint review:

1. Payment page
   - Tested in staging with Stripe test card 4242 4242 4242 4242 (any future expiry, CVC 123). 3-D Secure test card 4000 0027 6000 3184 also passed.
   - Masking in the confirmation e-mail now shows only the last 4 digits. OK.
2. Outage on 5 March (障害 #112)
   - The availability API timed out for 47 minutes after the PMS patch. Root cause: connection pool size. Fix deployed 6 March.
3. Japanese/English switch
   - Ryokan-style room names still show in Japanese on the English page.
4. Next review 21 March, 14:00 JST.

""" + SIG_R),

dict(k="C8", expect="hold", kind="recipients.visible", loc="recipients",
 why="Photo-link mail to 13 guests with all private addresses visible in To.",
 frm=RYAN,
 to=["emma.whitfield@outlook.com","m.harris81@bigpond.com","danielcho.sg@gmail.com","aoife.oconnor@eircom.net","kwong.family@yahoo.com.hk","jbrennan@gmail.com","lisa.tran88@hotmail.com","olaf.nyberg@telia.com","sarah.k.lim@gmail.com","ben.fletcher@xtra.co.nz","c.rossi74@libero.it","ajpatel@outlook.com","mike.dunn@icloud.com"],
 subject="Powder Week photos are ready!",
 text="""Dear Powder Week guests,

Thank you all for joining our Powder Week (5–11 Feb)! What a week – 140 cm of fresh snow.

Photos from the guided tours and the farewell party are now online:
https://photos.shiramine-resort.jp/powderweek2024 (password: snow2024)

Feel free to download and share. We'd love to see you again next season – returning guests get 10% off with code PW25.

""" + SIG_R),

dict(k="C9", expect="pass", kind="benign.bcc_mass", loc="",
 why="Newsletter to past guests sent with everyone in Bcc.",
 frm=RYAN, to=["newsletter@shiramine-resort.jp"],
 bcc=["emma.whitfield@outlook.com","m.harris81@bigpond.com","danielcho.sg@gmail.com","kwong.family@yahoo.com.hk","jbrennan@gmail.com","lisa.tran88@hotmail.com","olaf.nyberg@telia.com","sarah.k.lim@gmail.com","ben.fletcher@xtra.co.nz","c.rossi74@libero.it","ajpatel@outlook.com","mike.dunn@icloud.com","p.walsh@gmail.com","yuki.anderson@gmail.com"],
 subject="Shiramine news – spring skiing and early-bird 2024/25",
 text="""Hello from Shiramine!

(You are receiving this because you stayed with us. Unsubscribe: reply with "STOP".)

• Spring skiing until 6 May – the top lifts stay open, and the onsen has a new outdoor bath.
• Early-bird 2024/25: book by 30 June and save 15% on stays of 5 nights or more.
• Green season: e-bike tours and the Shiramine Trail Run (8 September).

See you on the mountain!

""" + SIG_R),

dict(k="C10", expect="hold", kind="list.roster", loc="attachment",
 why="The attached CSV lists guests with nationalities, birth dates and passport numbers; the body gives no hint.",
 frm=RYAN, to=["Ops Japan <ops-japan@orient-snowtours.example.com>"],
 subject="Updated list for your records",
 text="""Hi Kenji,

Attached is the updated file for your records, as of this morning. Let me know if anything is off.

""" + SIG_R,
 attachments=[{"filename":"OST_feb_wk2.csv","contentType":"text/csv","text":"""name,nationality,dob,passport,room,checkin,checkout
KWONG Wai Man,HKG,1975-03-02,K40918827,308,2024-02-10,2024-02-15
KWONG Chi Ho,HKG,2009-11-19,K51277304,308,2024-02-10,2024-02-15
LIM Sarah Kaiyun,SGP,1990-07-14,K1184032B,415,2024-02-11,2024-02-16
TAN Wei Jie,SGP,1988-01-08,K0937718M,415,2024-02-11,2024-02-16"""}],
 personal=[{"type":"roster_row","value":"LIM Sarah Kaiyun,SGP,1990-07-14,K1184032B"},{"type":"passport","value":"K40918827"}]),

dict(k="C11", expect="hold", kind="sensitive.health", loc="body",
 why="Accident report to the insurance agent gives a named guest's address and injury details.",
 frm=KITAMURA, to=["信州損保サービス 事故受付 小松 様 <komatsu@shinshu-sonpo.example.jp>"],
 subject="スクールレッスン中の事故報告（2/18）",
 text="""信州損保サービス
事故受付ご担当　小松 様

お世話になっております。白峰高原リゾート スキースクールの北村です。
2月18日のレッスン中に発生した事故について、施設賠償責任保険の事故報告をいたします。

被害者：原田 聡子 様（46歳）
住所：東京都世田谷区桜新町2-14-9
電話：080-2264-7719
状況：初級レッスン中、リフト降り場で後続の受講生と接触し転倒
傷病：左膝前十字靭帯損傷（白峰村立病院にて診断）、3月に手術予定
担当インストラクター：山本 駿（当スクール所属）

診断書の写しはご本人から届き次第お送りいたします。

""" + SIG_K,
 personal=[{"type":"health","value":"左膝前十字靭帯損傷（白峰村立病院にて診断）、3月に手術予定"},{"type":"address","value":"東京都世田谷区桜新町2-14-9"}]),

dict(k="C12", expect="pass", kind="benign.serials", loc="",
 why="Rental equipment order with JAN codes, model and serial numbers.",
 frm=KITAMURA, to=["アルペン商事 法人営業部 大橋 様 <ohashi@alpen-shoji.example.co.jp>"],
 subject="来季レンタル用品 発注書（第1回）",
 text="""大橋様

お世話になっております。北村です。
来季のレンタル用品、第1回分を以下のとおり発注いたします。

| 品名 | JAN | 数量 |
| ROSSIGNOL Experience 80 160cm | 3607683251190 | 20 |
| ROSSIGNOL Experience 80 170cm | 3607683251206 | 25 |
| SALOMON S/Pro 80 ブーツ 26.5 | 0195751324182 | 30 |
| キッズヘルメット S | 4942723118855 | 40 |

返却予定の旧品（シリアル RS-1922-00481〜RS-1922-00530）は9月に引取りをお願いします。
納期は10月20日、請求は従来どおり月末締めでお願いいたします。

""" + SIG_K),

dict(k="C13", expect="hold", kind="personal.inquiry", loc="body",
 why="Forwards a guest complaint with name, address and phone to an outside cleaning contractor.",
 frm=ONODERA, to=["北アルプス美装 現場責任者 宮崎 様 <miyazaki@kita-alps-bisou.example.jp>"],
 subject="Fw: 客室清掃についてのお客様からのご意見",
 text="""宮崎様

お世話になっております。小野寺です。
下記のご意見が届きました。402号室の清掃について、状況の確認と再発防止策のご報告をお願いいたします。

-------- 転送メッセージ --------
差出人：宇野 真司 <shinji.uno.0725@gmail.com>
件名：清掃について

2月24日から2泊した宇野です（東京都練馬区石神井台5-3-20、電話 090-1184-6652）。
チェックイン時、402号室の浴室に前の客の髪の毛が残っていました。2日目もタオルの交換がありませんでした。
子どもがアトピーなので衛生面が心配です。返金を検討してください。
--------------------------------

ご返信はお客様には直接されず、当課経由でお願いいたします。

""" + SIG_O,
 personal=[{"type":"address","value":"東京都練馬区石神井台5-3-20"},{"type":"phone","value":"090-1184-6652"}]),

dict(k="C14", expect="pass", kind="benign.corporate_bank", loc="",
 why="Notice of a change of the resort's corporate bank account to travel agencies.",
 frm=ONODERA, to=["東信トラベル 仕入課 御中 <shiire@toshin-travel.example.co.jp>"],
 subject="【重要】お振込先口座変更のお知らせ",
 text="""東信トラベル株式会社
仕入課 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
このたび、メインバンクの統合に伴い、4月1日以降のお振込先を下記に変更させていただきます。

新口座：八十二銀行 白馬支店 普通 0613820
口座名義：カ）シラミネコウゲンリゾート
旧口座（3月末まで有効）：長野信用金庫 白馬支店 普通 1028847

法人番号：5100001029394
なお、本件について電話等で口座変更をお願いすることはございません。不審な連絡にはご注意ください。

""" + SIG_O),

dict(k="C15", expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Password-protected zip of a guest list sent to a travel agency.",
 frm=ONODERA, to=["日本周遊ツアーズ 手配課 <tehai@nihon-shuyu.example.co.jp>"],
 subject="2月宿泊者名簿の送付",
 text="""日本周遊ツアーズ
手配課 ご担当者様

いつもお世話になっております。白峰高原リゾートの小野寺です。
2月分の宿泊者名簿をお送りします。ファイルにはパスワードを設定しております。パスワードは追ってお送りします。

""" + SIG_O,
 attachments=[{"filename":"shukuhakusha_2024-02.zip","contentType":"application/zip","encrypted":True}]),

dict(k="C16", expect="pass", kind="benign.disability_programme", loc="",
 why="Adaptive-ski event for people with disabilities described without naming any participant.",
 frm=KITAMURA, to=["長野県障がい者スポーツ協会 事務局 <jimukyoku@nagano-parasports.example.or.jp>"],
 subject="チェアスキー体験会（3/9）の実施について",
 text="""長野県障がい者スポーツ協会
事務局 ご担当者様

お世話になっております。白峰高原リゾート スキースクールの北村です。
3月9日のチェアスキー・パラスキー体験会について、当方の準備状況をお知らせします。

・対象：下肢に障害のある方、視覚障害のある方（ガイドスキーヤー付き）
・定員：12名（現在の申込 9名）
・用具：チェアスキー4台、アウトリガー8組を用意
・スタッフ：障がい者スキー指導員資格を持つインストラクター5名
・会場：ファミリーゲレンデ（第2リフトを優先乗車）

参加者の詳細は当日受付で確認いたしますので、事前にお送りいただく必要はございません。

""" + SIG_K),

dict(k="C17", expect="hold", kind="id.employment_insurance", loc="body",
 why="Sends seasonal staff's employment-insurance and pension numbers to an outside labour consultant.",
 frm=KITAMURA, to=["大町社労士事務所 倉田 様 <kurata@omachi-sr.example.jp>"],
 subject="シーズンスタッフ 資格喪失手続きのお願い",
 text="""倉田先生

お世話になっております。北村です。
3月末で契約満了となるシーズンスタッフ3名の資格喪失手続きをお願いいたします。

1. 山本 駿　雇用保険被保険者番号 2014-603118-4　基礎年金番号 1234-567890
2. 吉川 みなみ　雇用保険被保険者番号 2014-603122-9　基礎年金番号 4402-118273
3. Jake Turner　雇用保険被保険者番号 2014-603130-1　基礎年金番号 7120-550381

離職票は3名とも希望ありです。最終出勤日は3月31日です。

""" + SIG_K,
 personal=[{"type":"employment_insurance","value":"2014-603118-4"},{"type":"pension","value":"4402-118273"}]),

dict(k="C18", expect="pass", kind="benign.public_figure", loc="",
 why="Talk-show arrangements with a well-known former Olympic skier via her agency.",
 frm=ONODERA, to=["スノーエージェンシー 林 様 <hayashi@snow-agency.example.co.jp>"],
 subject="RE: 3/2 トークショー 進行表",
 text="""林様

進行表ありがとうございます。以下で確定とさせてください。

3/2（土）
 13:00　会場入り（ホテル1F ラウンジ「雪明り」）
 13:45　トークショー「オリンピックと白峰の雪」（30分）― 元五輪代表 星野 玲奈 さん、聞き手：当ホテル支配人
 14:15　サイン会（先着100名）
 15:00　ファミリーゲレンデで子ども向けワンポイントレッスン

控室・昼食は当方でご用意します。ポスターには星野さんの公式プロフィール写真を使用いたします。

""" + SIG_O + """

> 小野寺様
> 星野のトークショー進行表をお送りします。ご確認ください。
> スノーエージェンシー　林"""),

dict(k="C19", expect="pass", kind="benign.infection_aggregate", loc="",
 why="Tells a guest about gastroenteritis precautions without naming or counting identifiable guests.",
 frm=RYAN, to=["Ben Fletcher <ben.fletcher@xtra.co.nz>"],
 subject="Re: Question about the kids' club",
 text="""Dear Mr. Fletcher,

Thank you for your question. Yes, the kids' club is open during your stay. As a precaution after a few cases of gastroenteritis in the area last week, we have:

- increased cleaning of the play room to three times a day,
- closed the shared toy box and ball pit until 29 February,
- asked children with a fever or stomach symptoms to skip the club for 48 hours.

Everything else runs normally, including the indoor climbing wall. Please let us know if you'd like to book the kids' club now – places fill up fast in school holidays.

""" + SIG_R + """

> Hi, we arrive on the 24th with two kids (4 and 7). Is the kids' club open? We heard there was a bug going around.
> Ben"""),

dict(k="C20", expect="pass", kind="benign.company_surname", loc="",
 why="Supply order to local shops whose company names contain surnames.",
 frm=ONODERA, to=["有限会社 山田屋商店 山田 様 <info@yamadaya-shoten.example.jp>"], cc=["丸山酒造 営業部 <eigyo@maruyama-shuzo.example.jp>"],
 subject="3月分 売店仕入れのお願い",
 text="""有限会社 山田屋商店
山田 様

いつもお世話になっております。白峰高原リゾートの小野寺です。
3月分の売店用仕入れを以下のとおりお願いいたします。

・野沢菜漬（300g）　60袋
・おやき 詰め合わせ（5個入）　40箱
・りんごジュース 1L　36本

また、丸山酒造さんの「白峰の雪」純米吟醸720mlは、丸山酒造さんへ直接24本お願いしております（ccにてご連絡）。
納品は3月4日午前、裏口の搬入口までお願いいたします。

""" + SIG_O),
]
