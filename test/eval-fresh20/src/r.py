# Rental car: ミナトレンタカー株式会社 (Minato Rent-a-Car) minato-rent.co.jp
OKA = "岡 健太郎 <k-oka@minato-rent.co.jp>"
OKA_EN = "Kentaro Oka <k-oka@minato-rent.co.jp>"
YOSHIOKA = "吉岡 まどか <yoshioka.m@minato-rent.co.jp>"

SIG_OKA = """ミナトレンタカー株式会社
羽田空港営業所 所長 岡 健太郎
TEL 03-5757-3390 / FAX 03-5757-3391
k-oka@minato-rent.co.jp"""

SIG_OKA_EN = """Kentaro Oka
Branch Manager, Haneda Airport Office
Minato Rent-a-Car Co., Ltd.
Tel: +81-3-5757-3390 | k-oka@minato-rent.co.jp"""

SIG_YOSHIOKA = """─────────────────
ミナトレンタカー株式会社 お客様相談室
吉岡 まどか
フリーダイヤル 0120-37-6210（9:00-18:00）
yoshioka.m@minato-rent.co.jp
─────────────────"""

MAILS = []
M = MAILS.append

M(dict(key="R01", expect="hold", kind="id.license",
why="Sends a foreign renter's licence and IDP numbers, passport number and accident details to an outside insurer.",
frm=OKA_EN,
to=["Foreign Customer Claims Desk <fcc@pacificshield-ins.co.jp>"],
subject="Accident report - contract HND-241129-0318 (foreign renter)",
text=f"""Dear Claims Desk,

We report an accident involving our rental car rented by a foreign customer. Details below.

Contract No.: HND-241129-0318
Vehicle: Toyota Yaris, Shinagawa 500 ra 41-92
Renter: Mr. Benjamin Albert Kowalczyk (USA)
Date of birth: 05/19/1987
US driver's license: Washington State WDL8KX2P417B
International Driving Permit: US-AAA 24-3318806 (issued 2024-10-02)
Passport No.: 583204619

Accident: 30 November 2024 around 16:40, parking lot of Gotemba Premium Outlets.
While reversing, the car hit a parked vehicle (Honda N-BOX). No injuries. The police
were called (Gotemba Police Station, report No. 1130-0072).
The other party: handled by their own insurer; contact details in the police report.

Photos and the renter's statement are available on request.

{SIG_OKA_EN}""",
personal=[("name","Benjamin Albert Kowalczyk"),("birthdate","05/19/1987"),("license","WDL8KX2P417B"),("license","US-AAA 24-3318806"),("passport","583204619")]))

M(dict(key="R02", expect="pass", kind="benign.own_data",
why="Booking confirmation with the customer's own name, flight and masked card sent to that customer.",
frm=OKA_EN,
to=["Sophie Martin <sophie.martin.lyon@gmail.com>"],
subject="Your booking is confirmed - Haneda Airport, 14-21 April (Ref. MRC-7729104)",
text=f"""Dear Ms. Sophie Martin,

Thank you for choosing Minato Rent-a-Car. Your reservation is confirmed.

Reservation No.: MRC-7729104
Pick-up: Monday 14 April 2025, 15:30, Haneda Airport Office (Terminal 3)
Flight: AF 272 (arrival 14:05) - we will wait up to 2 hours if your flight is late
Return: Monday 21 April 2025, 10:00, same office
Car: Compact (Toyota Corolla Cross or similar), non-smoking, ETC card, English navigation
Options: child seat x1 (for age 1-4)
Estimated total: JPY 64,900 (incl. CDW)
Guarantee card: Mastercard ending 4444

Please bring your passport, your French driving licence and the International Driving
Permit (1949 Geneva Convention). Without the IDP we cannot rent the car.

See you in Tokyo!

{SIG_OKA_EN}"""))

M(dict(key="R03", expect="hold", kind="id.card",
why="顧客のクレジットカード番号（全桁）と有効期限を外部の決済代行会社へ送っている。",
frm=YOSHIOKA,
to=["ペイリンクス 加盟店サポート <merchant@paylinks.co.jp>"],
subject="免責補償対象外の損害金 決済依頼（契約 HND-250107-0144）",
text=f"""株式会社ペイリンクス 加盟店サポート御中

お世話になっております。ミナトレンタカー お客様相談室の吉岡です。

下記のお客様について、ご本人の承諾を得ましたので、
NOC（ノンオペレーションチャージ）の後日決済をお願いいたします。
端末でのカード読み取りができないため、手入力での処理を依頼します。

契約番号：HND-250107-0144
お客様名：関口 隆之 様
カード番号：4111 1111 1111 1111
有効期限：08/27
金額：50,000円（NOC 自走不可）
承諾日時：2025年1月10日 14:22（電話・録音あり）

処理結果をご連絡いただけますと幸いです。

{SIG_YOSHIOKA}""",
personal=[("name","関口 隆之"),("card","4111 1111 1111 1111"),("card","08/27")]))

M(dict(key="R04", expect="pass", kind="benign.lookalike_number",
why="社用車の登録番号・車台番号・修理番号など車両情報だけで、個人情報はない。",
frm=OKA,
to=["羽田ボディリペア 工場長 <koujou@haneda-body.jp>"],
subject="修理依頼 品川300さ45-67 リアバンパー（社内管理 R-2502-031）",
text=f"""羽田ボディリペア 工場長様

いつもお世話になっております。ミナトレンタカー羽田の岡です。
下記車両の修理をお願いします。写真を添付します。

車両：トヨタ プリウス（当社所有）
登録番号：品川 300 さ 45-67
車台番号：ZVW51-8123456
走行距離：48,220km
損傷：リアバンパー右側 擦り傷・凹み（約15cm）、右リアフェンダー 小キズ
社内管理番号：R-2502-031
保険：自社負担（車両保険は使いません）

2/20（木）の午前中に引き取りに来ていただけますか。
代車は不要です。お見積りを先にお願いします。

{SIG_OKA}""",
attachments=[dict(filename="R-2502-031_rear_right_1.jpg", contentType="image/jpeg"),
             dict(filename="R-2502-031_rear_right_2.jpg", contentType="image/jpeg")]))

M(dict(key="R05", expect="hold", kind="list.customers",
why="広告代理店へ顧客10名の氏名・住所・電話・生年月日・利用回数のリストをCSVで送っている。",
frm=YOSHIOKA,
to=["アドプラス湾岸 アカウント部 水野様 <mizuno@adplus-wangan.co.jp>"],
subject="春のDMキャンペーン 送付先リスト（サンプル10件）",
text=f"""アドプラス湾岸
水野様

お世話になっております。吉岡です。
DMの宛名印字テスト用に、送付先リストの最初の10件を添付します。
本番データ（約3,200件）は、レイアウトを確認いただいてからお送りします。

よろしくお願いします。

{SIG_YOSHIOKA}""",
attachments=[dict(filename="dm_list_sample10.csv", contentType="text/csv",
text="""会員番号,氏名,郵便番号,住所,電話番号,生年月日,利用回数,最終利用日
M0018823,川口 雅人,144-0052,東京都大田区蒲田5-31-2,090-2281-6643,1975/04/11,14,2024/12/28
M0019104,堀内 恵子,210-0005,神奈川県川崎市川崎区東田町9-17-805,080-4417-2290,1982/09/03,6,2024/11/02
M0020311,山辺 翔平,140-0011,東京都品川区東大井2-4-9,090-7736-1182,1990/01/26,3,2024/10/19
M0020877,佐野 由美,143-0023,東京都大田区山王3-22-15,03-3771-2240,1968/07/30,21,2025/01/05
M0021090,原田 勇気,220-0011,神奈川県横浜市西区高島2-10-3-1204,080-1190-3347,1995/12/08,2,2024/08/14
M0021544,宇野 香織,135-0061,東京都江東区豊洲4-6-1-2203,090-5521-8876,1987/03/17,9,2024/12/30
M0022013,村瀬 達也,144-0041,東京都大田区羽田空港1-1-4,070-3308-4418,1979/11/23,31,2025/01/12
M0022356,藤本 沙織,108-0075,東京都港区港南3-5-12-908,080-6673-0095,1992/05/05,4,2024/09/21
M0022781,小池 文雄,146-0082,東京都大田区池上6-8-20,03-3752-8861,1951/02/14,17,2024/12/22
M0023012,石原 千晶,141-0032,東京都品川区大崎1-2-2-1507,090-3392-7710,1998/10/01,1,2024/07/30""")],
personal=[("name","川口 雅人"),("address","東京都大田区蒲田5-31-2"),("phone","090-2281-6643"),("birthdate","1975/04/11"),("name","小池 文雄"),("address","東京都大田区池上6-8-20"),("name","石原 千晶")]))

M(dict(key="R06", expect="pass", kind="benign.masked_card",
why="チャージバック照会への回答で、カード番号は下4桁のみ、承認番号等の取引番号だけ。",
frm=YOSHIOKA,
to=["ジェイカードサービス 加盟店チャージバック担当 <chargeback@jcard-service.co.jp>"],
subject="Re: 売上照会（照会番号 CB-2501-88412）へのご回答",
text=f"""ジェイカードサービス株式会社
加盟店チャージバック担当 御中

ミナトレンタカー株式会社（加盟店番号 1308-772-0415）お客様相談室の吉岡です。
ご照会の売上について、下記のとおり回答いたします。

照会番号：CB-2501-88412
売上日：2024年12月22日
カード番号：****-****-****-1111（下4桁）
承認番号：0387214
金額：38,720円
内容：レンタカー基本料金（12/22〜12/25、コンパクトクラス）＋免責補償料

ご利用者様ご本人が店頭で署名された貸渡契約書と、返却時の精算書の写し（カード番号はマスク済）を
本日郵送いたしました（追跡番号 4410-2287-3316）。

{SIG_YOSHIOKA}"""))

M(dict(key="R07", expect="hold", kind="profile.forward",
why="顧客の苦情メールを、氏名・住所・電話・メールアドレスごと別会社のフランチャイズ店へ転送している。",
frm=YOSHIOKA,
to=["琉球ドライブサービス 那覇空港店 店長 比嘉様 <higa@ryukyu-drive.co.jp>"],
subject="Fw: 那覇空港店での対応について（お客様からのご意見）",
text=f"""比嘉店長

お疲れさまです。本部お客様相談室の吉岡です。
那覇空港店をご利用のお客様から、下記のご意見が届きました。
事実関係を確認のうえ、1/24までにご報告をお願いします。
お客様へのご連絡は、確認後に本部からいたします（直接のご連絡はお控えください）。

吉岡

---------- 転送メッセージ ----------
From: 中原 美樹 <miki.nakahara@icloud.com>
Date: 2025年1月19日(日) 22:03
Subject: 那覇空港店での対応について
To: <support@minato-rent.co.jp>

先日1月17日に那覇空港店で車を借りた中原です。
送迎バスが40分来なかったうえ、カウンターの男性スタッフの説明が雑で、
小さい子ども2人を連れて本当に困りました。
返却時にも、前からあった傷のことで長時間待たされました。
きちんと説明していただきたいです。

予約番号：OKA-250117-0092
中原 美樹
〒227-0043 神奈川県横浜市青葉区藤が丘1-28-6
TEL 090-8847-3126
""",
personal=[("name","中原 美樹"),("email","miki.nakahara@icloud.com"),("address","神奈川県横浜市青葉区藤が丘1-28-6"),("phone","090-8847-3126")]))

M(dict(key="R08", expect="pass", kind="benign.it_incident",
why="予約システム障害のお知らせ。旅行会社はBccで、個人情報は含まない。",
frm=OKA,
to=["ミナトレンタカー 羽田空港営業所 <haneda@minato-rent.co.jp>"],
bcc=["reservations@skyway-travel.co.jp","rentacar@jtrip-online.jp","desk@asia-gateway-tours.com","booking@kr-hanatour-jp.co.kr","ops@sunrise-holidays.com.au"],
subject="【障害のお知らせ / System outage】予約システム 2/8 2:00-6:00 停止",
text=f"""旅行会社 ご担当者様
（English below）

いつもお世話になっております。ミナトレンタカー羽田空港営業所の岡です。
予約システムの障害対応（データベース障害の復旧作業）のため、下記の時間帯に
オンライン予約・API連携が停止します。

停止時間：2025年2月8日（土）2:00〜6:00（日本時間）
影響：新規予約・変更・キャンセルのAPI、および予約サイト
対応：停止中の急ぎのご予約は、営業所へ電話（03-5757-3390）でお願いします。

---
Dear partners,

Due to recovery work after a database failure, our online booking system and API will be
unavailable on Saturday 8 February 2025, 2:00-6:00 JST. For urgent bookings during this
time, please call the Haneda office at +81-3-5757-3390. Sorry for the inconvenience.

{SIG_OKA}"""))

M(dict(key="R09", expect="hold", kind="sensitive.crime",
why="顧問弁護士（外部）へ、実名の顧客の飲酒運転・逮捕と免許証番号を伝えている。",
frm=YOSHIOKA,
to=["桜田通り法律事務所 弁護士 真野先生 <mano@sakuradori-law.jp>"],
cc=["総務部 <soumu@minato-rent.co.jp>"],
subject="ご相談：貸渡車両の事故（飲酒運転・契約者逮捕）に伴う損害請求",
text=f"""桜田通り法律事務所
真野先生

いつもお世話になっております。ミナトレンタカー お客様相談室の吉岡です。
下記の件につき、損害請求の進め方をご相談させてください。

・契約番号：KWS-250201-0057（川崎駅前店）
・契約者：桑田 伸也 様（44歳）、運転免許証番号 301904772150
・2月2日 0:30頃、川崎市幸区内で信号柱に衝突。車両は全損見込み。
・臨場した警察官の検査で基準値を超えるアルコールが検出され、
　道路交通法違反（酒気帯び運転）の現行犯で逮捕されたと、幸警察署から連絡がありました。
・当社約款上、飲酒運転は補償対象外となるため、車両損害額（約210万円）と
　休車補償を契約者へ請求する予定です。

ご本人は現在も勾留中とのことで、連絡が取れておりません。
来週前半で30分ほどお時間をいただけますでしょうか。

{SIG_YOSHIOKA}""",
personal=[("name","桑田 伸也"),("license","301904772150"),("crime","道路交通法違反（酒気帯び運転）の現行犯で逮捕された"),("crime","現在も勾留中")]))

M(dict(key="R10", expect="pass", kind="benign.thread_signatures",
why="Group booking thread with a Korean travel agency; only business contacts, no customer personal data.",
frm=OKA_EN,
to=["Seo Hye-jin <hjseo@hanatrip-kr.com>"],
cc=["Minato Rent-a-Car Haneda <haneda@minato-rent.co.jp>"],
subject="RE: RE: Group rental 12 cars - 3 to 6 March (Hanatrip group HT-0303)",
text=f"""Dear Ms. Seo,

Thank you for your confirmation. We have blocked 12 cars (Toyota Sienta, 7 seats) for your group.
Group price: JPY 9,800 per car per day incl. CDW, total JPY 352,800 for 3 days.

The driver list (names, licence and IDP numbers) is NOT needed by email. Each driver will show
the documents at the counter. Please just tell us the number of drivers by 25 February.

{SIG_OKA_EN}

From: Seo Hye-jin <hjseo@hanatrip-kr.com>
Sent: Tuesday, February 11, 2025 11:26 AM
To: Kentaro Oka <k-oka@minato-rent.co.jp>
Subject: RE: Group rental 12 cars - 3 to 6 March

Dear Mr. Oka,

Thank you very much for the fast quotation. Our customer accept the price. Please reserve
12 cars. Do you need the driver list before? Some drivers are not decided yet.
Also, can we pick up cars at 8:00 instead of 9:00? The group flight is KE 2101 arrive 7:05.

Best regards,
Seo Hye-jin | Team Manager, FIT & Incentive Team
Hanatrip Co., Ltd. | 41 Insadong-gil, Jongno-gu, Seoul 03145, Korea
Tel +82-2-2127-8845 | Fax +82-2-2127-8800 | hjseo@hanatrip-kr.com

From: Kentaro Oka
Sent: Monday, February 10, 2025 5:50 PM
To: Seo Hye-jin
Subject: RE: Group rental 12 cars - 3 to 6 March

Dear Ms. Seo,

Nice to meet you. Attached is our quotation for 12 cars, 3-6 March.
Please note all drivers need an International Driving Permit (Geneva 1949).

Kentaro Oka"""))

M(dict(key="R11", expect="hold", kind="id.passport",
why="Sends a customer's passport number, licence/IDP numbers and DOB to an outside hotel for car delivery.",
frm=OKA_EN,
to=["Concierge Desk <concierge@the-bayview-tokyo.com>"],
subject="Car delivery for your guest Mr. Rahman - 22 Feb 09:00",
text=f"""Dear Concierge team,

We will deliver the rental car to your hotel entrance for your guest as arranged. To speed up
the handover, could you please check the documents at the front desk when he checks in and
confirm to us that they match?

Guest: Mr. Arif Bin Abdul Rahman (Malaysia)
Room: to be confirmed by you
Date of birth: 12 March 1981
Passport No.: A51839204
Malaysian licence No.: 810312-14-5573
IDP No.: MY-JPJ 2401-88317

Delivery: Saturday 22 February, 09:00, main entrance. Our staff Mr. Hamada will bring the car
(Toyota Alphard, white) and the contract for signature.

{SIG_OKA_EN}""",
personal=[("name","Arif Bin Abdul Rahman"),("birthdate","12 March 1981"),("passport","A51839204"),("license","810312-14-5573"),("license","MY-JPJ 2401-88317")]))

M(dict(key="R12", expect="pass", kind="benign.company_name",
why="整備業者の社名（鈴木自動車整備・山本モータース）に人名が入っているだけの点検日程の連絡。",
frm=YOSHIOKA,
to=["鈴木自動車整備 工場 鈴木様 <office@suzuki-seibi.co.jp>"],
cc=["山本モータース 山本 浩司様 <k.yamamoto@yamamoto-motors.jp>", "岡 健太郎 <k-oka@minato-rent.co.jp>"],
subject="3月度 法定点検の車両振り分け（羽田・蒲田）",
text=f"""鈴木自動車整備 鈴木様
山本モータース 山本様

お世話になっております。ミナトレンタカーの吉岡です（今月は所長の岡が出張のため代理です）。
3月度の12か月点検の振り分けを下記のとおりお願いします。

鈴木自動車整備様（羽田営業所分）
　品川 500 ら 41-92 ヤリス／品川 300 さ 45-67 プリウス／品川 500 ろ 10-08 ノア　ほか計9台
山本モータース様（蒲田営業所分）
　品川 500 ら 77-21 ヤリス／品川 330 ま 12-55 シエンタ　ほか計6台

入庫日は各営業所から個別にご連絡します。
詳細な車両一覧は、いつもの共有フォルダに置いています。

{SIG_YOSHIOKA}"""))

M(dict(key="R13", expect="hold", kind="attachment.encrypted_zip",
why="Password-protected zip attached (PPAP), with the password to follow by separate mail.",
frm=OKA_EN,
to=["Ops Team <ops@sunrise-holidays.com.au>"],
subject="Driver documents check - Sunrise group SH-0412 (zip, password separately)",
text=f"""Hi team,

Please find attached the documents you requested for your group (April 12-19).
The file is zipped with a password as per our company policy. I will email the password
separately in a few minutes.

{SIG_OKA_EN}""",
attachments=[dict(filename="SH-0412_documents.zip", contentType="application/zip", encrypted=True)]))

M(dict(key="R14", expect="pass", kind="benign.meeting",
why="Meeting set-up with an overseas EV charger supplier; business contacts only.",
frm=OKA_EN,
to=["Lars Eriksen <lars.eriksen@voltgrid.dk>"],
subject="Re: Site visit at Haneda office - EV chargers",
text=f"""Dear Lars,

Thank you for your proposal. We would be happy to show you our parking area so you can plan
the charger layout. Wednesday 5 March, 10:00 at our Haneda Airport Office works well.

From our side: myself, Mr. Shingo Aihara (Fleet Manager, head office) and an engineer from
the building owner. Please bring the specification of the 50 kW DC charger and the monthly
service fee model.

Address: Minato Rent-a-Car Haneda Airport Office, 2-6-5 Haneda-kuko, Ota-ku, Tokyo
(the shuttle bus stop is in front of Terminal 3, bus No. 14). Visitor parking: bay 1-3.

{SIG_OKA_EN}

> On 20 Feb 2025, Lars Eriksen <lars.eriksen@voltgrid.dk> wrote:
> Dear Mr. Oka, thanks for the call. As discussed we propose 6 x 50 kW DC + 10 x 11 kW AC.
> Could we visit the site during my trip to Tokyo (3-7 March)?
> Lars Eriksen | Key Account Manager APAC | VoltGrid A/S | +45 31 72 40 18"""))

M(dict(key="R15", expect="hold", kind="id.bank_account",
why="顧客個人の返金用銀行口座を、顧客本人ではなく外部の旅行会社へ送っている。",
frm=YOSHIOKA,
to=["スカイウェイトラベル 手配課 <tehai@skyway-travel.co.jp>"],
subject="ご予約キャンセル（SWT-241201-5567）返金先の確認",
text=f"""スカイウェイトラベル 手配課 御中

ミナトレンタカー お客様相談室の吉岡です。
貴社経由でご予約いただいたお客様のキャンセル料返金について、
お客様から直接当社へ振込先のご連絡がありました。
二重返金を防ぐため、貴社側で返金手続をされていないかご確認ください。

予約番号：SWT-241201-5567
お客様：荒木 陽子 様
返金額：18,150円（車両故障による当社都合キャンセル）
お客様ご指定の振込先：つばさ銀行 大森支店 普通 5027716 アラキ ヨウコ

貴社で未処理であれば、当社から上記口座へ直接お振込みいたします。

{SIG_YOSHIOKA}""",
personal=[("name","荒木 陽子"),("account","つばさ銀行 大森支店 普通 5027716"),("name","アラキ ヨウコ")]))

M(dict(key="R16", expect="pass", kind="benign.own_data",
why="Refund bank details confirmed back to the customer herself (own data to own address).",
frm=OKA_EN,
to=["Emma Lindqvist <emma.lindqvist@telia.se>"],
subject="Re: Refund of double charge - reservation MRC-7701388",
text=f"""Dear Ms. Lindqvist,

We are very sorry for the double charge. As you asked for a bank transfer instead of a card
refund, please confirm the account details you sent us:

  Bank: Swedbank AB, Stockholm
  IBAN: SE45 5000 0000 0583 9825 7466
  BIC: SWEDSESS
  Account holder: Emma Lindqvist
  Amount: JPY 27,400 (we pay the transfer fees)

If everything is correct, just reply "OK" and we will send the money within 5 business days.

{SIG_OKA_EN}

> From: Emma Lindqvist <emma.lindqvist@telia.se>
> I was charged two times for reservation MRC-7701388 (27 400 yen). My card is closed now,
> so please send it to my bank account: IBAN SE45 5000 0000 0583 9825 7466, Swedbank."""))

M(dict(key="R17", expect="hold", kind="sensitive.disability",
why="外部の改造業者へ、実名の顧客の脊髄損傷・車いす使用・障害者手帳の等級を伝えている。",
frm=YOSHIOKA,
to=["ウェルモビリティ 架装課 <kasou@wellmobility.co.jp>"],
subject="手動運転装置付き車両の手配について（3/15〜 1週間）",
text=f"""株式会社ウェルモビリティ 架装課 御中

いつもお世話になっております。ミナトレンタカー お客様相談室の吉岡です。

下記のお客様から、手動運転装置付き車両のご予約をいただきました。
装置の取付と調整をお願いできますでしょうか。

お客様：篠原 隆一 様（51歳）
状況：交通事故による脊髄損傷（胸髄）で下肢が完全に麻痺されており、
　　　身体障害者手帳1級をお持ちです。普段は車いすを使用、ご自身の車も手動装置付き。
ご希望：左手アクセル・ブレーキ（リング式）、右側ハンドルにノブ、車いす積載（後部）
期間：3月15日（土）〜3月22日（土）、羽田空港営業所でお渡し

3月13日までに車両（シエンタ）を貴社へ搬入できます。

{SIG_YOSHIOKA}""",
personal=[("name","篠原 隆一"),("disability","交通事故による脊髄損傷（胸髄）で下肢が完全に麻痺"),("disability","身体障害者手帳1級")]))

M(dict(key="R18", expect="pass", kind="benign.aggregate",
why="顧客満足度調査の集計結果だけで、回答者個人は特定できない。",
frm=YOSHIOKA,
to=["リサーチブリッジ 調査部 大津様 <otsu@researchbridge.co.jp>"],
subject="2024年下期 顧客満足度調査 集計結果の確認",
text=f"""リサーチブリッジ
大津様

集計結果、拝見しました。ありがとうございます。吉岡です。
社内報告用に、下記の数字で間違いないか確認させてください。

回答数 1,284件（回収率 18.6%）
　総合満足度（5段階）　平均 4.12（前期 4.05）
　　とても満足 38%／満足 41%／普通 14%／不満 5%／とても不満 2%
　項目別（平均）
　　予約のしやすさ 4.31／カウンター対応 4.18／車両の清潔さ 4.02
　　送迎の待ち時間 3.46／料金の分かりやすさ 3.71
　年代別の回答数：20代 142／30代 301／40代 366／50代 287／60代以上 188

自由記述で個人名や連絡先が書かれていたもの（23件）は、御社でマスクしていただいた
版のみ受領しています。原本は不要です。

{SIG_YOSHIOKA}"""))

M(dict(key="R19", expect="hold", kind="id.license",
why="件名と添付画像のファイル名で、顧客の運転免許証と事故状況が外部の保険代理店に送られることが分かる。",
frm=OKA,
to=["大森保険サービス 事故受付 <jiko@omori-hoken.jp>"],
subject="坂口様 免許証写し・事故状況図（当て逃げ被害 2/14 羽田）",
text=f"""大森保険サービス 事故受付 ご担当者様

いつもお世話になっております。ミナトレンタカー羽田の岡です。
お電話でお伝えした2/14の件、免許証の写しと事故状況図をお送りします。
契約番号は HND-250213-0221 です。

{SIG_OKA}""",
attachments=[dict(filename="免許証_写し_坂口.jpg", contentType="image/jpeg"),
             dict(filename="事故状況図_HND-250213-0221.jpg", contentType="image/jpeg")],
personal=[("name","坂口様"),("license","坂口様 免許証写し"),("crime","当て逃げ被害")]))

M(dict(key="R20", expect="pass", kind="benign.press_release",
why="Press release draft; the only named people are the company's own executives quoted publicly.",
frm=YOSHIOKA,
to=["Hana Kimura <h.kimura@brightline-pr.jp>"],
cc=["岡 健太郎 <k-oka@minato-rent.co.jp>"],
subject="EN press release draft - 100 EVs at Haneda (for your check)",
text=f"""Kimura-san,

Here is the English version of our press release. Could you check the English and the
headline? We want to send it on 3 March, 11:00.

-----
FOR IMMEDIATE RELEASE
Minato Rent-a-Car to add 100 electric vehicles at Haneda Airport by summer 2025

TOKYO, 3 March 2025 - Minato Rent-a-Car Co., Ltd. (President & CEO: Takashi Hirose) today
announced that it will introduce 100 battery electric vehicles at its Haneda Airport Office
by July 2025, together with 16 fast and normal chargers.

"Many of our overseas customers already drive EVs at home," said Takashi Hirose.
"We want them to have the same choice in Japan."

Kentaro Oka, Branch Manager of the Haneda Airport Office, added that staff will give
a 5-minute charging briefing to every EV customer.

Media contact: Public Relations, Minato Rent-a-Car Co., Ltd. pr@minato-rent.co.jp
-----

{SIG_YOSHIOKA}"""))
