# -*- coding: utf-8 -*-
"""Org E: あすか航空 客室乗務員スケジューリング室 (Asuka Airways Cabin Crew Scheduling)."""
from common import att, enc_zip, P, XLSX, DOCX, PDF, CSV, ZIP

ORG = "E: あすか航空 客室乗務員スケジューリング室"
DOM = "asuka-air.example.com"

WRITERS = {
    "takami": "Saori Takami 高見 沙織 <saori.takami@asuka-air.example.com>",
    "hartley": "Daniel Hartley <daniel.hartley@asuka-air.example.com>",
    "hayase": "早瀬 航 <w.hayase@asuka-air.example.com>",
}

SIG_TAKAMI = """------------------------------------------------------------
Saori Takami（高見 沙織）
Supervisor, Cabin Crew Scheduling
あすか航空株式会社 客室本部 乗務スケジューリング室 スーパーバイザー
Asuka Airways Co., Ltd.
Narita Operations Center 3F, 1-1 Furugome, Narita, Chiba 282-0011, Japan
Tel +81-476-33-5120 (24h crew control +81-476-33-5100)
saori.takami@asuka-air.example.com
------------------------------------------------------------"""

SIG_HARTLEY = """Daniel Hartley
Crew Resource Manager | Cabin Crew Scheduling
Asuka Airways Co., Ltd. – Narita Operations Center
T +81-476-33-5134 | M +81-80-4471-9920
daniel.hartley@asuka-air.example.com"""

SIG_HAYASE = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
あすか航空株式会社 客室本部
乗務スケジューリング室 ロスター担当
早瀬 航（はやせ わたる）
TEL 0476-33-5126（内線 5126）
w.hayase@asuka-air.example.com
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

MAILS = []

# ---------------------------------------------------------------- HOLDS
MAILS.append(dict(
    expect="hold", kind="list.crew_roster", writer="hartley", loc="attachment",
    why="添付のルーミングリストに乗員8名の氏名・国籍・生年月日・旅券番号。本文は到着案内のみ。",
    to=["Kensington Crest Hotel – Crew Desk <crewdesk@kensingtoncrest.example.co.uk>"],
    subject="Rooming list – AS211/212 crew, 12–14 July",
    text=f"""Dear Crew Desk team,

Please find attached the rooming list for our AS211/212 crew staying with you
from 12 to 14 July. The crew bus is scheduled to arrive at approx. 16:40 local time.

As usual, we would appreciate early access to at least four rooms, and a 03:15
wake-up call on 14 July for the return sector. Billing is under our master account
ASK-LHR-001.

Kind regards,

{SIG_HARTLEY}
""",
    attachments=[att("AS211_rooming_0712.xlsx", XLSX,
"""[Rooming]
Rank	Surname	Given name	Nationality	Date of birth	Passport No.	Room
CP	NAKAGAWA	Yuji	JPN	1978-04-02	TK5521987	King
SP	BRENNAN	Liam	IRL	1984-10-17	PX8803142	King
CA	FUKUDA	Megumi	JPN	1986-01-25	TS3398102	Queen
FA	OGAWA	Minami	JPN	1995-06-30	TZ7741256	Queen
FA	KIM	Soyeon	KOR	1993-09-12	M42781196	Queen
FA	TANAKA	Yui	JPN	1997-12-08	TR6620345	Queen
FA	SRISAWAT	Ploy	THA	1994-03-19	AC2214785	Queen
FA	MORI	Kana	JPN	1998-07-21	TM9034417	Queen""")],
    personal=[P("name", "NAKAGAWA\tYuji"), P("passport", "TK5521987"), P("birthdate", "1978-04-02"),
              P("name", "OGAWA\tMinami"), P("passport", "TZ7741256"), P("passport", "M42781196")],
))

MAILS.append(dict(
    expect="hold", kind="sensitive.health", writer="takami", loc="body",
    why="乗務員の病名（メニエール病）・症状・服薬を氏名付きで外部の医療機関へ。正当な目的でも要配慮個人情報の外部提供。",
    to=["Dr. Helen Lewis, Skyhealth Aeromedical Clinic <ame@skyhealth-clinic.example.jp>"],
    subject="Fitness-to-fly assessment request – FA Rika Nakajima",
    text=f"""Dear Dr. Lewis,

I hope you are well. I would like to request a fitness-to-fly assessment for one of
our flight attendants before we return her to the long-haul roster.

  Crew member: Rika Nakajima (FA, staff no. AS-40718), 31
  Background: She was diagnosed with Meniere's disease by her ENT specialist in May.
  She had two vertigo episodes on duty (AS611 on 4 May, AS803 on 21 May) and is
  currently taking betahistine. She has been on ground duties since 22 May.
  Requested: Assessment of suitability for duties involving pressurisation changes,
  and any roster restrictions you would recommend (e.g. no ultra-long-haul).

She is available any weekday afternoon from 14 July. Her ENT letter will be brought
to the appointment by the crew member herself.

Best regards,

{SIG_TAKAMI}
""",
    personal=[P("name", "Rika Nakajima"), P("health", "diagnosed with Meniere's disease"),
              P("health", "currently taking betahistine")],
))

MAILS.append(dict(
    expect="hold", kind="id.passport", writer="hartley", loc="quoted",
    why="本文は査証手配の依頼のみ。引用された乗務員本人のメールに旅券番号・生年月日・出生地・有効期限。",
    to=["Indus Ground Services – Crew Visa Desk <crewvisa@indus-ground.example.in>"],
    subject="Fwd: Crew visa – FA Minami Ogawa (DEL layover, 28 July)",
    text=f"""Dear Crew Visa Desk,

Please process a crew visa / landing permit for the crew member below, who has been
added to the AS281 DEL pairing on 28 July at short notice. Her details are in her
message below. The rest of the crew were submitted last week (your ref. IGS-CV-7730).

Thanks in advance,

{SIG_HARTLEY}

-----Original Message-----
From: Minami Ogawa <m.ogawa@asuka-air.example.com>
Sent: Tuesday, July 15, 2025 10:02
To: Daniel Hartley <daniel.hartley@asuka-air.example.com>
Subject: RE: DEL pairing – passport details

Hi Daniel,

Here are my details for the visa application:
  Full name: OGAWA MINAMI
  Passport no.: TZ7741256
  Date of birth: 30 June 1995
  Place of birth: Shizuoka, Japan
  Date of issue / expiry: 11 Mar 2021 / 11 Mar 2031

Let me know if you need a scan.
Minami
""",
    personal=[P("name", "OGAWA MINAMI"), P("passport", "TZ7741256"), P("birthdate", "30 June 1995"),
              P("birthplace", "Shizuoka, Japan")],
))

MAILS.append(dict(
    expect="hold", kind="sensitive.health", writer="hartley", loc="subject",
    why="件名にだけ乗務員の感染症（COVID-19陽性）と氏名。本文は交代の事務連絡のみ。",
    to=["Lion City Ground Handling – Crew Ops <crewops@lioncity-gh.example.com.sg>"],
    subject="AS801 NRT-SIN 14 Jun – crew change: FA Yui Tanaka (COVID-19 positive) replaced by FA Kana Mori",
    text=f"""Dear Crew Ops team,

Please note the crew change for AS801 NRT-SIN on 14 June and the return AS802 on 16 June.
FA Yui Tanaka is removed from the pairing and FA Kana Mori has been assigned instead.

The total crew count stays at 11. Please update the General Declaration and pass the
change to the hotel so that the room is registered under the new name.

Regards,

{SIG_HARTLEY}
""",
    personal=[P("name", "FA Yui Tanaka"), P("health", "COVID-19 positive")],
))

MAILS.append(dict(
    expect="hold", kind="attachment.encrypted_zip", writer="hayase", loc="zip",
    why="パスワード付きZIP（PPAP）。",
    to=["成田スカイメディカルクリニック 航空身体検査係 <kensa@skyhealth-clinic.example.jp>"],
    subject="航空身体検査 受検予定者の問診票送付（8月分）",
    text=f"""成田スカイメディカルクリニック
航空身体検査係 御中

いつもお世話になっております。あすか航空 乗務スケジューリング室の早瀬です。
8月に受検予定の客室乗務員の問診票を、パスワード付きZIPでお送りいたします。
パスワードは別メールにてお送りします。

受検日程は先日ご連絡の一覧から変更ございません。

{SIG_HAYASE}
""",
    attachments=[enc_zip("8月受検者_問診票.zip")],
))

MAILS.append(dict(
    expect="hold", kind="recipients.overexposed", writer="hartley", loc="recipients",
    why="契約客室乗務員12名の私用アドレスをToに並べた一斉送信。BCCにすべきもの。",
    to=["Aiko Suzuki <aiko.suzuki.fa@gmail.com>",
        "Jessica Lam <jess.lam88@outlook.com>",
        "Haruna Endo <haruna.endo@yahoo.co.jp>",
        "Nattaya Chai <nattaya.c@hotmail.com>",
        "Mei Lin Goh <meilin.goh@gmail.com>",
        "Rina Kobayashi <rina.k.sky@icloud.com>",
        "Sarah O'Neill <sarah.oneill.crew@gmail.com>",
        "Yuka Ishii <yuka.ishii.0901@gmail.com>",
        "Priya Raman <priya.raman@outlook.com>",
        "Mayu Takeda <mayu.takeda@docomo.ne.jp>",
        "Hye-jin Park <hyejin.park.fa@gmail.com>",
        "Erika Sato <erika.sato.home@yahoo.co.jp>"],
    subject="August standby roster – contract cabin crew (please confirm by 20 July)",
    text=f"""Dear all,

The August standby roster for contract cabin crew is now published on CrewLink.
Please log in, check your home-standby and airport-standby days, and confirm
by 20 July. Swap requests must be submitted through CrewLink, not by e-mail.

Reminders:
- Airport standby report time is 60 minutes before the earliest departure of the block.
- Home standby: you must be reachable and able to report within 90 minutes.
- Summer peak (8–17 Aug): no leave requests can be approved for standby days.

Thank you for your flexibility over the summer.

{SIG_HARTLEY}
""",
))

MAILS.append(dict(
    expect="hold", kind="id.health_insurance", writer="hayase", loc="body",
    why="新人乗務員2名の健康保険被保険者証の記号番号と基礎年金番号を本文で社労士へ送付。",
    to=["社会保険労務士法人 青空 <sr@aozora-sr.example.jp>"],
    subject="新入客室乗務員の資格取得届について（追加分）",
    text=f"""社会保険労務士法人 青空
ご担当 様

お世話になっております。あすか航空 乗務スケジューリング室の早瀬です。
人事からの依頼で、7月入社の客室乗務員のうち届出に不足があった2名分の情報をお送りします。

・中島 玲奈（なかじま れな）1999年11月3日生
　前職の健康保険被保険者証：記号 3210 番号 4476
　基礎年金番号：1052-448913

・小西 陽菜（こにし ひな）2002年5月19日生
　健康保険：新規（前職なし、被扶養者からの切替）
　基礎年金番号：1098-227365

資格取得日はいずれも2025年7月1日です。
ご確認よろしくお願いいたします。

{SIG_HAYASE}
""",
    personal=[P("name", "中島 玲奈"), P("health_insurance", "記号 3210 番号 4476"), P("pension", "1052-448913"),
              P("name", "小西 陽菜"), P("pension", "1098-227365")],
))

MAILS.append(dict(
    expect="hold", kind="sensitive.criminal", writer="takami", loc="attachment",
    why="添付メモに契約乗務員の逮捕（飲酒運転容疑）と処分見込みを氏名付きで記載。本文は無害。",
    to=["SkyStaff Partners – Operations <ops@skystaff-partners.example.com>"],
    subject="Contract FA – removal from roster (memo attached)",
    text=f"""Dear SkyStaff Operations team,

Please find our memo attached regarding one of your contract flight attendants.
We have removed the crew member from all July pairings with immediate effect.
We would like to discuss a replacement at our regular call on Thursday.

Best regards,

{SIG_TAKAMI}
""",
    attachments=[att("Memo_contract_FA_20250705.pdf", PDF,
"""ASUKA AIRWAYS – CABIN CREW SCHEDULING
CONFIDENTIAL MEMO
Date: 5 July 2025
To: SkyStaff Partners (contract crew provider)
Subject: Contract FA Ryo Kimura (SkyStaff ID SSP-2291)

1. On 2 July 2025, FA Ryo Kimura was arrested by Chiba Prefectural Police on suspicion
   of drink-driving (violation of the Road Traffic Act) near Narita.
2. He was released on 4 July; the case is pending a decision on indictment.
3. Under clause 12.3 of the service agreement, he is removed from all Asuka Airways
   pairings until further notice. Affected pairings: AS611/612 (9 Jul), AS803/804 (15 Jul).
4. Please confirm his status and propose a replacement by 10 July.

Saori Takami, Supervisor, Cabin Crew Scheduling""")],
    personal=[P("name", "Ryo Kimura"), P("criminal", "arrested by Chiba Prefectural Police"), P("criminal", "drink-driving (violation of the Road Traffic Act)")],
))

MAILS.append(dict(
    expect="hold", kind="personal.housing_profile", writer="hartley", loc="body",
    why="社宅手配のため、乗務員本人の生年月日・国籍・現住所・私用携帯・私用メールと、配偶者・子の氏名や学校まで本文で不動産業者へ。",
    to=["Tokyo Expat Housing K.K. – Corporate Leasing <leasing@tokyo-expat-housing.example.jp>"],
    subject="Company housing application – new Narita-based FA (family relocation)",
    text=f"""Dear Corporate Leasing team,

We would like to request a company-leased apartment near Narita for a flight attendant
transferring from our Bangkok base from 1 September. Her details and family situation
are below so that you can shortlist suitable units.

  Employee: Ploy Srisawat (FA, staff no. AS-51132)
  Date of birth: 19 March 1994 / Nationality: Thai
  Current address: 88/14 Soi Sukhumvit 39, Khlong Tan Nuea, Watthana, Bangkok 10110
  Mobile: +66 81 442 9175 / personal e-mail: ploy.srisawat94@gmail.com
  Spouse: Anan Srisawat (will look for work in Japan, currently on dependant visa application)
  Child: Mali Srisawat, 6, will attend Narita International School (Year 2)
  Pet: one small dog (7 kg)

Budget: up to JPY 160,000/month, 2LDK, within 30 minutes of Narita Airport.

Kind regards,

{SIG_HARTLEY}
""",
    personal=[P("name", "Ploy Srisawat"), P("birthdate", "19 March 1994"),
              P("address", "88/14 Soi Sukhumvit 39, Khlong Tan Nuea, Watthana, Bangkok 10110"),
              P("phone", "+66 81 442 9175"), P("email", "ploy.srisawat94@gmail.com"),
              P("name", "Anan Srisawat"), P("name", "Mali Srisawat, 6")],
))

MAILS.append(dict(
    expect="hold", kind="sensitive.religion", writer="takami", loc="quoted",
    why="本文は対応依頼のみ。転送部分に乗務員本人の信仰（ムスリム・ラマダン・礼拝）が氏名付きで書かれ、ホテルへ送っている。",
    to=["Hotel Sakura Jakarta フロント <frontdesk@hotelsakura-jkt.example.co.id>"],
    subject="Fw: 7月ジャカルタ滞在時の食事について",
    text=f"""Hotel Sakura Jakarta
フロント 御中

いつもお世話になっております。あすか航空 乗務スケジューリング室の高見です。
7月のAS725クルーのうち1名から下記の依頼がありましたので、
ご対応いただけますでしょうか。

{SIG_TAKAMI}

> From: 佐藤 アイシャ <a.sato@asuka-air.example.com>
> Sent: 2025年7月3日 18:40
> To: 高見 沙織
> Subject: 7月ジャカルタ滞在時の食事について
>
> 高見さん
> 客室乗務員の佐藤アイシャです。私はムスリムで、豚肉とアルコールを使った料理は食べられません。
> 7/18-20のジャカルタ滞在時、朝食をハラールで用意してもらえるか、
> またお祈りの方角（キブラ）がわかる部屋にしてもらえるか、ホテルに聞いていただけますか。
> よろしくお願いします。
""",
    personal=[P("name", "佐藤 アイシャ"), P("religion", "私はムスリムで")],
))

# ---------------------------------------------------------------- PASSES
MAILS.append(dict(
    expect="pass", kind="benign.hotel_block_booking", writer="hartley", loc=None,
    why="ホテルの部屋ブロック予約。部屋数・料金のみで乗員の個人情報はない。",
    to=["Harbourview Hotel Singapore – Sales <sales@harbourview-sg.example.com>"],
    subject="Crew room block – August (AS801/802)",
    text=f"""Dear Ms. Lim,

Following our contract renewal, please set up the crew room block for August:

  Flights: AS801 (arr. 18:05) / AS802 (dep. 23:55), daily
  Block: 11 rooms per night, 1–31 August (341 room nights)
  Rate: SGD 168 net per room night incl. breakfast, as per contract ASK-SIN-2025
  Late checkout: until 20:00 for all crew rooms (complimentary, per clause 4.2)

Individual rooming lists will be sent by the station 24 hours before arrival, as usual.

Many thanks,

{SIG_HARTLEY}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.vehicle_numbers", writer="hayase", loc=None,
    why="車両番号・便名・人数だけの送迎手配。乗員の氏名や住所はない。",
    to=["株式会社成田クルーライン 配車センター <haisha@narita-crewline.example.jp>"],
    subject="7月第3週 クルー送迎 配車依頼",
    text=f"""成田クルーライン 配車センター 御中

いつもお世話になっております。あすか航空の早瀬です。
7月第3週のクルー送迎を下記のとおり依頼いたします。

日付    便名    集合        人数  車両（指定）
7/14(月) AS611  06:10 OPC前  9名  成田 200 か 12-34（マイクロ）
7/14(月) AS803  13:40 OPC前  11名 成田 200 か 12-35（マイクロ）
7/15(火) AS211  08:20 OPC前  14名 成田 230 あ 56-78（中型）
7/16(水) AS725  10:05 OPC前  12名 成田 200 か 12-34（マイクロ）
7/17(木) AS281  21:30 OPC前  13名 成田 230 あ 56-78（中型）

※OPC＝成田オペレーションセンター正面玄関
人数の変更は前日17時までにご連絡いたします。

{SIG_HAYASE}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.swift_invoice", writer="takami", loc=None,
    why="ハンドリング会社との請求照合。法人口座とSWIFTのみで個人の情報はない。",
    to=["Indus Ground Services – Accounts <accounts@indus-ground.example.in>"],
    subject="Re: Invoice IGS/24-25/0831 – crew handling charges (June)",
    text=f"""Dear Mr. Mehta,

Thank you for invoice IGS/24-25/0831. We have reconciled it against our June crew
movements and found one difference: the crew transport on 19 June (AS281) was
cancelled with more than 24 hours' notice and should not be charged (INR 14,500).

We will therefore pay the corrected amount of INR 412,300 on 31 July to your
account on file:
  Indus Ground Services Pvt. Ltd.
  Capital Commerce Bank, Connaught Place Branch
  SWIFT CCBKINBB, A/C 50200031184427

Please issue a credit note for the difference when convenient.

Best regards,

{SIG_TAKAMI}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.aggregate_health_stats", writer="takami", loc=None,
    why="病欠率・疲労報告件数などの集計値のみ。個人が特定される記述はない。",
    to=["Pacifica Airlines – Crew Fatigue Working Group <fatigue-wg@pacifica-air.example.com>"],
    subject="Q2 crew fatigue and sick-call figures for the joint working group",
    text=f"""Dear colleagues,

Ahead of our joint working group meeting on 24 July, here are Asuka Airways' Q2 figures
for the codeshare routes (cabin crew only):

  Scheduled duties: 18,420
  Sick calls: 592 (3.2%; Q1 3.6%)
  Fatigue reports filed: 47 (of which 31 on the NRT–SIN back-to-back night pattern)
  Duties extended beyond planned FDP: 128 (0.7%)
  Unfit-to-fly removals after reporting: 9

We would like to propose reviewing the NRT–SIN night pattern first. No individual
data are included; crew-level data stay with each airline's safety office.

Best regards,

{SIG_TAKAMI}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.vaccination_schedule", writer="takami", loc=None,
    why="新路線に向けた黄熱ワクチン接種の日程と人数枠の調整。氏名はなく集計のみ。",
    to=["Narita Travel Clinic – Corporate Vaccination <corporate@narita-travelclinic.example.jp>"],
    subject="Yellow fever vaccination sessions for Nairobi route launch",
    text=f"""Dear Clinic Coordinator,

As discussed by phone, Asuka Airways will start flights to Nairobi (AS951/952) on
1 November. We expect around 60 cabin crew to require yellow fever vaccination
before the first rotations.

Could you hold the following group sessions at your clinic?
  - 2 September (Tue) 14:00–17:00: 20 slots
  - 9 September (Tue) 14:00–17:00: 20 slots
  - 18 September (Thu) 14:00–17:00: 20 slots

Crew will book individual slots through our internal system; we will send you only the
number of bookings per session one week in advance. Invoices should be addressed to
Asuka Airways, Cabin Crew Administration.

Kind regards,

{SIG_TAKAMI}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.successor_introduction", writer="hartley", loc=None,
    why="後任の紹介。業務上の連絡先と署名のみ。",
    to=["Kensington Crest Hotel – Crew Desk <crewdesk@kensingtoncrest.example.co.uk>"],
    cc=["Tom Whitfield <tom.whitfield@kensingtoncrest.example.co.uk>",
        "Haruka Inoue <haruka.inoue@asuka-air.example.com>"],
    subject="Introducing my successor – crew accommodation contact from 1 September",
    text=f"""Dear Tom and the Crew Desk team,

I wanted to let you know that I will be moving to our Operations Control Centre on
1 September. From that date, Haruka Inoue (copied) will be your main contact for crew
accommodation at Asuka Airways.

Haruka has been with our scheduling team for six years and has handled our Singapore
and Bangkok hotels, so she knows the routine well. Her details:
  Haruka Inoue, Crew Accommodation Coordinator
  T +81-476-33-5137 | haruka.inoue@asuka-air.example.com

Thank you for the excellent cooperation over the past four years – the crew have always
felt very welcome at the Kensington Crest.

Warm regards,

{SIG_HARTLEY}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.congratulations", writer="takami", loc=None,
    why="取引先担当者の昇進祝い。個人情報の持ち出しはない。",
    to=["Grace Lim <grace.lim@harbourview-sg.example.com>"],
    subject="Congratulations on your new role!",
    text=f"""Dear Grace,

I have just heard from Daniel that you have been appointed Director of Sales –
congratulations! It is very well deserved. Our crew still talk about how smoothly
everything went during the typhoon diversions last September, thanks to you.

I hope we will still have the chance to see you at the annual contract meeting.
Please let me know who will be taking over our account day to day.

With best wishes,

{SIG_TAKAMI}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.data_subject_self", writer="hartley", loc=None,
    why="内定者本人の私用アドレス宛ての研修案内。本人の情報を本人に送っているだけ。",
    to=["Emily Watanabe <emily.watanabe92@outlook.com>"],
    subject="Welcome to Asuka Airways – initial cabin crew training invitation",
    text=f"""Dear Emily,

Congratulations again on your offer, and welcome to Asuka Airways!

Your initial cabin crew training details are as follows:
  Trainee: Emily Watanabe (candidate no. AC-2025-0317)
  Course: Initial Cabin Crew Course, Class 25-09
  Dates: 1 September – 24 October 2025 (Mon–Fri, 08:30–17:30)
  Venue: Asuka Airways Training Centre, 2-5 Sanrizuka, Narita

Your uniform will be delivered to the address you gave in your application
(Funabashi, Chiba) around 20 August. Please bring your passport and the signed
health declaration on day 1.

If anything is unclear, just reply to this e-mail.

Best regards,

{SIG_HARTLEY}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.meeting_minutes", writer="takami", loc=None,
    why="提携航空会社との会議議事録。双方の担当者名と署名のみで個人情報はない。",
    to=["Marco Reyes <marco.reyes@pacifica-air.example.com>",
        "Jenny Koh <jenny.koh@pacifica-air.example.com>"],
    cc=["Daniel Hartley <daniel.hartley@asuka-air.example.com>"],
    subject="Minutes – codeshare crew operations meeting, 8 July",
    text=f"""Dear Marco, dear Jenny,

Thank you for your time yesterday. Minutes below; please let me know of any corrections
by Friday.

Attendees: Marco Reyes, Jenny Koh (Pacifica Airlines); Saori Takami, Daniel Hartley (Asuka)

1. Crew rest facilities at SIN
   - Pacifica will share its crew rest room at T3 with Asuka crew from 1 Sept.
     Access list to be managed by each airline (no names exchanged).
2. Irregular operations
   - In case of a diversion, the operating airline's crew control leads; the other
     side is informed within 30 minutes via the joint hotline.
3. Uniform and announcements
   - Bilingual welcome announcement script: Jenny to circulate draft by 18 July.
4. Next meeting: 9 September, Narita (Asuka hosts).

Best regards,

{SIG_TAKAMI}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.system_outage", writer="hayase", loc=None,
    why="「障害」「隔離」はシステム障害とサーバの切り離し。個人情報はない。",
    to=["株式会社エアロシステムズ サポートセンター <support@aerosystems.example.jp>"],
    subject="乗務割当システム 障害の件（7/8 05:20頃発生）",
    text=f"""エアロシステムズ サポートセンター 御中

いつもお世話になっております。あすか航空 乗務スケジューリング室の早瀬です。
本日05:20頃から、乗務割当システム（CrewPlan）でロスター公開処理がタイムアウトする障害が発生しています。

・事象：ロスター公開ボタン押下後、約120秒でエラー「E-CP-0417」
・影響：8月ロスターの公開作業が止まっています（乗務への影響はなし）
・当社対応：06:05 に バッチサーバ cp-batch02 をロードバランサから隔離し、cp-batch01 のみで再実行 → 同じエラー
・ログ：/opt/crewplan/log/publish_20250708.log を本メール後にポータルへアップロードします

本日中に8月ロスターを公開する必要がありますので、至急ご確認をお願いします。

{SIG_HAYASE}
""",
))
