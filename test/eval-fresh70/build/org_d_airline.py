"""Org D: あおぞら航空 客室乗員部・羽田空港所 (airline cabin crew and airport office)."""
from common import mail, att, enc_zip, mynum

ORG = "D"
DOM = "aozora-air.example.co.jp"

WATANABE = "渡辺 千尋 <c.watanabe@aozora-air.example.co.jp>"
OKADA = "Ken Okada <k.okada@aozora-air.example.co.jp>"
HAYASHI = "Saori Hayashi <s.hayashi@aozora-air.example.co.jp>"

SIG_WATANABE = """
――――――――――――――――――――――――――――――――
あおぞら航空株式会社　客室乗員部 乗員業務課
課長　渡辺 千尋 ／ Chihiro Watanabe, Manager, Cabin Crew Administration
〒144-0041 東京都大田区羽田空港3-5-10 あおぞら航空 オペレーションセンター4F
TEL 03-5757-3120（直通）　携帯 080-4471-2095
c.watanabe@aozora-air.example.co.jp
――――――――――――――――――――――――――――――――
本メールおよび添付ファイルには、あおぞら航空の機密情報が含まれる場合があります。
This e-mail may contain confidential information of Aozora Airways.
"""

SIG_OKADA = """
Ken Okada / 岡田 健
Duty Manager, Passenger Services
Aozora Airways Haneda Airport Office (HND)｜羽田空港所 旅客サービス課
Tel +81-3-5757-3300 (24h ops desk)  SITA: HNDKKAZ
k.okada@aozora-air.example.co.jp
"""

SIG_HAYASHI = """
Best regards,
Saori Hayashi 林 沙織
Crew Logistics (Hotel & Transport)
Cabin Crew Department, Aozora Airways
T: +81-3-5757-3128 | M: +81-80-6620-1147
s.hayashi@aozora-air.example.co.jp
"""

HOTEL = "Crew Desk, Harbourview Hotel <crewdesk@harbourview-hotel.example.sg>"
HOTEL_LIM = "Grace Lim <grace.lim@harbourview-hotel.example.sg>"
SKYH = "スカイハンドリング ステーションコントロール <stationcontrol@skyhandling.example.co.jp>"
PSA = "Pacific Star Airlines <inflight.training@pacstar.example.com>"
CLINIC = "羽田航空クリニック 事務 <jimu@haneda-aeroclinic.example.jp>"


def mails():
    M = []
    Wa = "渡辺 千尋"
    Ok = "Ken Okada"
    Ha = "Saori Hayashi"

    M.append(mail(ORG, Ha, "body", "hold", "id.crew_passport_hotel",
        "ホテルへの事前登録依頼で、乗員3名の氏名・生年月日・国籍・旅券番号を本文に書いている。",
        HAYASHI, [HOTEL], "Early check-in & pre-registration – AZ713 crew, 14 Apr",
        f"""
Dear Crew Desk team,

Good afternoon from Tokyo.

Three additional crew members will be positioning on AZ713 (HND 10:45 – SIN 17:05) on 14 April
to operate the SIN-MNL charter on 16 April. Could you please add them to our block and
arrange early check-in on arrival (approx. 18:00 local)?

As requested by your front office for pre-registration, their details are below:

  1. KOBAYASHI Yui    F  DOB 11 MAR 1994  JPN  Passport TR6284017  exp 02 SEP 2031
  2. NAKAMURA Ryo     M  DOB 27 OCT 1989  JPN  Passport TK1953308  exp 18 JAN 2029
  3. SANTOS Maria Lourdes  F  DOB 05 JUL 1991  PHL  Passport P4417265B  exp 30 NOV 2030

Room type: single, non-smoking, 2 nights (check-out 16 April, pick-up 06:15).
Please bill to our crew account AZ-SIN-0041 as usual.

Many thanks for your help.
{SIG_HAYASHI}""",
        personal=[("name", "KOBAYASHI Yui"), ("passport", "TR6284017"), ("birth_date", "11 MAR 1994"),
                  ("name", "NAKAMURA Ryo"), ("passport", "TK1953308"),
                  ("name", "SANTOS Maria Lourdes"), ("passport", "P4417265B")]))

    M.append(mail(ORG, Ok, "body", "hold", "sensitive.meda_passenger",
        "到着地のハンドリング会社に、旅客の実名・予約番号とてんかん・脳卒中後の片麻痺などの病状を送っている。",
        OKADA, ["MNL Station Ops <ops@mnl-groundservices.example.ph>"],
        "MEDA PAX on AZ731 HND-MNL 18APR – WCHC / oxygen",
        f"""
Dear MNL Station team,

Please be advised of a passenger requiring medical assistance on today's AZ731 (ETA MNL 14:20L).

  Name     : MR TAKEDA/SHIGERU  (age 74)
  PNR      : K7Q2XM
  Seat     : 2A (bulkhead), companion MRS TAKEDA/KIMIKO in 2C
  SSR      : WCHC, MEDA, OXYG
  Condition: hemiplegia (left side) after a stroke in 2023; history of epilepsy, last seizure
             Jan 2025, on anticonvulsant medication. Cleared to fly by our medical desk (MEDIF ref MD-0418-07).
  Equipment: own POC (Inogen One G5), 2 spare batteries

Request:
  - Aisle chair and ambulift at the aircraft door
  - Meet & assist through immigration to the arrival hall (family pick-up)
  - In case of a seizure on arrival, please call airport medical before moving the passenger

Please acknowledge by reply.

Thank you,
{SIG_OKADA}""",
        personal=[("name", "MR TAKEDA/SHIGERU"), ("booking", "K7Q2XM"),
                  ("diagnosis", "hemiplegia (left side) after a stroke in 2023"),
                  ("diagnosis", "history of epilepsy")]))

    saiken = "\n".join([
        "社員番号\t氏名\t所属\t検査日\t項目\t所見\t判定",
        "C20871\t佐野 美香\t第2客室乗員室\t2025/03/04\t血圧\t152/98 mmHg（高血圧II度）\t要再検",
        "C21334\t田口 健人\t第1客室乗員室\t2025/03/06\t心電図\t完全右脚ブロック\t要精査",
        "C19902\t堀江 真理\t第3客室乗員室\t2025/03/11\t聴力\t左4000Hz 45dB低下\t要再検",
        "C22418\t宮本 彩花\t第2客室乗員室\t2025/03/12\t血液\tヘモグロビン 9.1 g/dL（鉄欠乏性貧血疑い）\t要精査",
        "C20045\t清水 大樹\t第1客室乗員室\t2025/03/18\t視力\t矯正右0.6\t要再検",
        "C23107\t井上 結衣\t第3客室乗員室\t2025/03/19\t尿検査\t尿糖（2+）\t要再検",
    ])
    M.append(mail(ORG, Wa, "attachment", "hold", "sensitive.crew_medical_recheck",
        "本文は再検日程の依頼だけだが、添付に乗員6名の実名と血圧・心電図・貧血などの検査所見があり外部クリニックへ送っている。",
        WATANABE, [CLINIC], "第4四半期 航空身体検査 要再検者の日程調整について",
        f"""
羽田航空クリニック
事務ご担当者様

いつも大変お世話になっております。
あおぞら航空 客室乗員部の渡辺でございます。

3月実施分の定期検査で要再検・要精査となった乗員の一覧を添付いたします。
乗務スケジュールとの兼ね合いがございますので、4月14日〜25日の間で
再検の枠をお取りいただけますでしょうか。
各乗員の乗務予定は、枠をいただいた後にこちらで調整いたします。

どうぞよろしくお願いいたします。
{SIG_WATANABE}""",
        attachments=[att("要再検者一覧_2025Q4.xlsx", saiken)],
        personal=[("name", "佐野 美香"), ("health_result", "152/98 mmHg（高血圧II度）"),
                  ("name", "田口 健人"), ("health_result", "完全右脚ブロック"),
                  ("name", "宮本 彩花"), ("health_result", "鉄欠乏性貧血疑い")]))

    report = """STATION INCIDENT REPORT – UNRULY PASSENGER
Ref: HND-SIR-2025-0311
Flight: AZ102 SIN-HND (codeshare PS5102), 11 MAR 2025, arr. HND 06:35

Passenger: MR HOLLOWAY/GARETH JAMES
Nationality: GBR   Passport: 553817294   DOB: 22 JUN 1979
Seat: 34C   PNR: R4W9LD   Frequent flyer: PS Star Club 70018842

Summary:
- Passenger consumed own duty-free alcohol after being refused further service.
- At 04:50 (approx. 2 hrs before arrival) he pushed CA Ms. S. Kondo against the galley cart,
  causing bruising to her left arm. Restrained with assistance of two passengers; PIC informed.
- On arrival, handed over to Tokyo Airport Police Station at gate 112.
- Police informed the station at 10:20 that the passenger was arrested on suspicion of
  assault causing injury (傷害容疑) and remains in custody.

Actions:
- Crew member examined by airport clinic; minor injury, released.
- Passenger's onward booking cancelled. Checked baggage held by police.

Prepared by: K. Okada, Duty Manager HND
"""
    M.append(mail(ORG, Ok, "attachment", "hold", "sensitive.unruly_passenger_arrest",
        "本文は送付連絡だけだが、添付報告書に旅客の実名・旅券番号と傷害容疑での逮捕が書かれ提携航空会社へ送っている。",
        OKADA, ["Corporate Security <security@pacstar.example.com>"],
        "Station incident report – AZ102/PS5102 11MAR",
        f"""
Dear PS Corporate Security team,

As the marketing carrier for PS5102, please find attached our station incident report
for the disruptive passenger case on 11 March, for your records.

Our crew member is fine and has returned to duty.
Let us know if you need anything further for your own follow-up.

Regards,
{SIG_OKADA}""",
        attachments=[att("HND-SIR-2025-0311.pdf", report)],
        personal=[("name", "MR HOLLOWAY/GARETH JAMES"), ("passport", "553817294"),
                  ("criminal", "assault causing injury (傷害容疑)"),
                  ("birth_date", "22 JUN 1979")]))

    M.append(mail(ORG, Wa, "quoted", "hold", "sensitive.crew_pregnancy_quoted",
        "制服業者への発注の下に、社内メールが残っており、乗員の実名と妊娠・妊娠高血圧症候群の診断が書かれている。",
        WATANABE, ["ユニフォームワークス 営業 村田 <murata@uniformworks.example.co.jp>"],
        "Fw: マタニティ制服の追加手配",
        f"""
株式会社ユニフォームワークス
村田様

いつもお世話になっております。あおぞら航空 客室乗員部の渡辺です。
マタニティ制服（地上勤務用）を、下記のとおり追加でお願いいたします。

　・ジャケット（マタニティ）L　1着
　・ワンピース（マタニティ）L　2着
　・納品先：オペレーションセンター4F 客室乗員部
　・納期：4月21日（月）までにお願いできれば幸いです

社内で経緯を回したメールをそのまま転送しておりますので、サイズ感の参考にしてください。

-----Original Message-----
From: 松井 奈々 <n.matsui@aozora-air.example.co.jp>
Sent: Monday, April 7, 2025 18:05
To: 渡辺 千尋 <c.watanabe@aozora-air.example.co.jp>
Subject: マタニティ制服の件

渡辺課長

お疲れさまです。第2客室乗員室の松井です。
木下 遥さん（羽田ベース、入社7年目）ですが、現在妊娠20週で、
先週の妊婦健診で「妊娠高血圧症候群」と診断されたとのことです。
主治医から乗務は控えるよう指示があり、本日から地上勤務（乗員室の事務補助）に切り替えています。
普段は9号ですが、お腹まわりを考えてLでお願いしたいそうです。

制服メーカーへの手配をお願いできますでしょうか。

松井
{SIG_WATANABE}""",
        personal=[("name", "木下 遥"), ("health", "妊娠20週"), ("diagnosis", "妊娠高血圧症候群")]))

    M.append(mail(ORG, Ha, "subject", "hold", "sensitive.crew_covid_subject",
        "本文は部屋の清掃と延泊の依頼だけだが、件名に乗員の実名とCOVID-19陽性が書かれホテルへ送っている。",
        HAYASHI, [HOTEL_LIM], "Crew member Ms. Aya Kimura (AZ713 crew) – COVID-19 positive, room 1418",
        f"""
Dear Grace,

Thank you for taking my call this morning.

As discussed, could you please arrange the following:

  - Extend room 1418 by 5 nights (new check-out 22 April), billed to crew account AZ-SIN-0041
  - Meals delivered to the room door three times a day (please charge to the same account)
  - Deep cleaning of the room after check-out, before it is released to other guests

The rest of the crew will check out as planned on 17 April.
Our SIN station manager, Mr. Tan, will be the local contact while she remains at the hotel.

I really appreciate your flexibility.
{SIG_HAYASHI}""",
        personal=[("name", "Ms. Aya Kimura"), ("health", "COVID-19 positive")]))

    M.append(mail(ORG, Ha, "zip", "hold", "attachment.encrypted_zip",
        "乗員のビザ申請書類をパスワード付きZIP（PPAP）で旅行会社へ送っている。",
        HAYASHI, ["トラベルスクエア 法人営業 川原 <kawahara@travelsq.example.co.jp>"],
        "クルービザ申請書類の送付（5月 北京線新規乗務者）",
        f"""
株式会社トラベルスクエア
法人営業部　川原様

いつもお世話になっております。
あおぞら航空 客室乗員部 乗務手配担当の林です。

5月から北京線に乗務する客室乗員4名分のクルービザ申請書類を、
パスワード付きZIPでお送りいたします。パスワードは別メールでお送りします。

申請書の原本と写真は、本日中に社内便でお届けします。
申請のスケジュール感が分かりましたら、ご連絡いただけますと幸いです。

よろしくお願いいたします。
{SIG_HAYASHI}""",
        attachments=[enc_zip("CrewVisa_PEK_May2025.zip")]))

    partners = [
        SKYH,
        "Tokyo Flight Kitchen Dispatch <dispatch@tokyo-flightkitchen.example.co.jp>",
        "Haneda Fuel Services Ops <ops@haneda-fuel.example.co.jp>",
        "Keihin Airport Bus Dispatch <dispatch@keihin-airportbus.example.co.jp>",
        "PS HND Station <hndstation@pacstar.example.com>",
        "Orient Cargo Handling <hnd-ops@orient-cargo.example.co.jp>",
        "Bay Ground Engineering MCC <mcc@baygroundeng.example.co.jp>",
        "Tokyo Wheelchair Assist Service <dispatch@tokyo-pra.example.jp>",
        "Skyline Cleaning HND <hnd@skyline-cleaning.example.co.jp>",
        "Airport Security Japan HND <hnd-supervisor@asj-security.example.co.jp>",
        "Cathay Lounge Services <hnd-lounge@cl-services.example.com>",
        "HND Crew Transport (Hinode Taxi) <haisha@hinode-taxi.example.co.jp>",
    ]
    M.append(mail(ORG, Ok, "recipients", "hold", "recipients.irrops_notice",
        "イレギュラー運航の連絡を12社の外部アドレスにToで一斉送信しており、BCCにすべきアドレスが互いに見えている。",
        OKADA, partners, "IRREG NOTICE: HND RWY 34R closure 0730-0930L 19APR – revised schedule",
        f"""
To all HND service partners,

Due to the temporary closure of runway 34R (NOTAM J0412/25) tomorrow, 19 April, between
07:30 and 09:30 local, the following Aozora departures are retimed:

  Flight  Route    STD    New ETD  Gate   Remarks
  AZ101   HND-SIN  08:00  09:50    112    crew report 08:35
  AZ201   HND-BKK  08:25  10:05    114
  AZ731   HND-MNL  09:10  10:30    110    WCHR x3
  AZ301   HND-TPE  09:30  10:45    108    catering reload not required

Please adjust your manpower plans accordingly:
  - Catering: hold loading until 60 min before new ETD
  - Fuel: fuelling from 75 min before new ETD
  - Bus/transport: crew pick-up at Aozora Ops Center 30 min later than planned
  - Wheelchair service: 3 WCHR on AZ731, meet at counter L

Next update will be issued at 05:00L tomorrow or earlier if the NOTAM changes.

Regards,
{SIG_OKADA}"""))

    rooming = "\n".join([
        "flight,rank,surname,given_name,gender,dob,nationality,passport_no,passport_exp,check_in,check_out",
        "AZ713,PUR,OGAWA,Mayumi,F,1982-01-15,JPN,TS5520164,2030-04-11,2025-05-02,2025-05-04",
        "AZ713,SCA,FUJITA,Kenji,M,1987-09-03,JPN,TR2093381,2029-12-20,2025-05-02,2025-05-04",
        "AZ713,CA,ISHIDA,Nanami,F,1995-06-22,JPN,TZ7731425,2032-08-01,2025-05-02,2025-05-04",
        "AZ713,CA,HARA,Shun,M,1996-03-08,JPN,TK8840572,2031-02-14,2025-05-02,2025-05-04",
        "AZ713,CA,LEE,Ji-woo,F,1993-11-30,KOR,M58201947,2029-07-05,2025-05-02,2025-05-04",
        "AZ713,CA,MORI,Akane,F,1998-02-19,JPN,TS1187604,2033-01-09,2025-05-02,2025-05-04",
        "AZ713,CA,SUZUKI,Haruka,F,1997-12-07,JPN,TR6623018,2030-10-26,2025-05-02,2025-05-04",
    ])
    M.append(mail(ORG, Ha, "zip", "hold", "list.crew_rooming_list",
        "パスワードなしZIPのCSVに、乗員7名の氏名・生年月日・国籍・旅券番号のルーミングリストがあり海外ホテルへ送っている。",
        HAYASHI, [HOTEL], "Rooming list – AZ713 crew 02-04 May",
        f"""
Dear Crew Desk team,

Please find attached the rooming list for the AZ713 crew arriving on 2 May
(7 rooms, 2 nights). The file is zipped as your system only accepts one attachment.

Same arrangements as usual: late check-out until 14:00 on 4 May, pick-up at 15:10.
Golden Week is a busy period for us, so please let me know early if there is any
issue with the block.

Thank you!
{SIG_HAYASHI}""",
        attachments=[att("rooming_AZ713_0502.zip/rooming_list.csv", rooming)],
        personal=[("name", "OGAWA,Mayumi"), ("passport", "TS5520164"), ("birth_date", "1982-01-15"),
                  ("name", "LEE,Ji-woo"), ("passport", "M58201947")]))

    M.append(mail(ORG, Ok, "body", "hold", "personal.complaint_forward",
        "旅客の苦情を、氏名・住所・電話・メール・予約番号ごと外部のハンドリング会社へ転送している。",
        OKADA, ["CS推進室 西本 <nishimoto@skyhandling.example.co.jp>"],
        "【要回答】お客様からのご意見（4/5 AZ301 搭乗口対応）",
        f"""
スカイハンドリング株式会社
CS推進室　西本様

お世話になっております。あおぞら航空 羽田空港所の岡田です。

4月5日のAZ301（羽田→台北）の搭乗口対応について、お客様から下記のご意見をいただきました。
当日の搭乗口は貴社スタッフのご担当でしたので、事実関係をご確認のうえ、
お客様へ直接お電話でご説明をお願いできますでしょうか。

　お名前　：野田 由美子 様
　ご住所　：千葉県船橋市本町6-12-3 ベルメゾン本町405
　お電話　：090-2245-8870
　メール　：yumiko.noda.fn@yahoo.co.jp
　予約番号：M3KQ7T　あおぞらクラブ会員番号 AZ 4410 2789

　ご意見（原文）：
　「ベビーカーを機内持ち込みできるか搭乗口で尋ねたところ、係員の方に面倒そうに
　『カウンターで聞いてください』と言われ、結局預けることになった。
　子どもが泣いている中、説明もなく待たされ非常に不快だった。」

お客様には「ハンドリング会社から改めてご連絡する」とお伝えしています。
4月15日までに、ご対応結果をご報告ください。
{SIG_OKADA}""",
        personal=[("name", "野田 由美子"), ("address", "千葉県船橋市本町6-12-3 ベルメゾン本町405"),
                  ("phone", "090-2245-8870"), ("email", "yumiko.noda.fn@yahoo.co.jp"),
                  ("booking", "M3KQ7T")]))

    # ---------------- PASSES ----------------
    M.append(mail(ORG, Ok, "body", "pass", "benign.ops_report_numbers",
        "日次の運航報告で、数字は便名・機体記号・手荷物タグ・ULD番号などで個人情報はない。",
        OKADA, [SKYH], "Daily ops summary HND 16APR / 日次運航サマリー",
        f"""
スカイハンドリング ステーションコントロール各位

お疲れさまです。羽田空港所の岡田です。4月16日の日次サマリーです。

■On-time performance
  Departures 14/16 on time (87.5%), arrivals 15/16

■Delays
  AZ201 HND-BKK  JA73AZ  +24min  code 32 (loading, late bags from T3 transfer)
  AZ731 HND-MNL  JA81AZ  +11min  code 93 (aircraft rotation)

■Baggage
  Mishandled: 2 bags
    tag AZ 205117 (AZ201, left behind) → rush tag AZ 900428, forwarded on AZ203
    tag AZ 731662 (AZ731, damaged handle) → PIR HNDAZ10773
  ULD AKE21704AZ: lock damaged, removed from service

■Notes
  Belt 7 conveyor stopped 13:12-13:40 (equipment fault, no impact on departures).
  明日から T3 北側ゲートの工事で、バス待機位置が変更になります（別紙の通り）。

Thanks for your support today.
{SIG_OKADA}"""))

    tr = mynum("44028813596")
    tracking = f"{tr[:4]} {tr[4:8]} {tr[8:]}"
    M.append(mail(ORG, Ok, "body", "pass", "benign.baggage_delivery_to_owner",
        "紛失手荷物の持ち主ご本人への配送連絡で、12桁の数字は宅配便の追跡番号。",
        OKADA, ["Daniel Becker <daniel.becker.ffm@gmail.com>"],
        "Your delayed baggage – delivery arranged / 手荷物配送のご案内 (PIR HNDAZ10768)",
        f"""
Dear Mr. Becker,

We are pleased to let you know that your suitcase (black Rimowa, tag AZ 205094) has arrived
at Haneda on today's AZ203 and has been handed over to our courier for delivery
to your hotel in Shinjuku.

  File reference : HNDAZ10768
  Courier        : Yamato Transport (TA-Q-BIN)
  Tracking no.   : {tracking}
  Estimated      : tomorrow, 17 April, 14:00–16:00

You can follow the delivery on the courier's website with the tracking number above.
Please keep your receipts for essential purchases made while waiting; you may claim them
through the form in our previous e-mail.

We sincerely apologise for the inconvenience.
{SIG_OKADA}"""))

    vaccine = "\n".join([
        "[接種日程（案）]",
        "日付\t時間\t会場\t対象ベース\t予定人数",
        "2025/10/14\t10:00-16:00\tオペレーションセンター4F 会議室A\t羽田\t120",
        "2025/10/15\t10:00-16:00\tオペレーションセンター4F 会議室A\t羽田\t120",
        "2025/10/21\t13:00-17:00\t関西ベース 乗員室\t関西\t60",
        "2025/10/28\t10:00-16:00\tオペレーションセンター4F 会議室A\t羽田（追加）\t80",
        "",
        "[前年度実績]",
        "区分\t対象者\t接種者\t接種率",
        "客室乗員\t1,240\t1,018\t82.1%",
        "地上職（空港所）\t410\t297\t72.4%",
        "※インフルエンザ感染による乗務欠勤（延べ日数）前年度 612日",
    ])
    M.append(mail(ORG, Wa, "attachment", "pass", "benign.flu_vaccination_schedule",
        "インフルエンザ予防接種の日程と人数の相談で、添付は会場・日程と接種率などの集計値だけ。",
        WATANABE, [CLINIC], "2025年度 インフルエンザ予防接種（社内接種）のご相談",
        f"""
羽田航空クリニック
事務ご担当者様

いつもお世話になっております。あおぞら航空 客室乗員部の渡辺です。

今年度も社内での集団接種をお願いしたく、日程と予定人数の案をお送りいたします。
冬季の感染による欠勤が乗務編成に大きく影響するため、
今年は接種率85%を目標に、羽田での追加日を1日設けたいと考えております。

医師・看護師の派遣人数とワクチンの確保について、
ご対応可能な範囲をお知らせいただけますでしょうか。
{SIG_WATANABE}""",
        attachments=[att("2025インフルエンザ社内接種_日程案.xlsx", vaccine)]))

    M.append(mail(ORG, Ha, "body", "pass", "benign.crew_change_unwell",
        "乗員交代に伴う部屋割り変更の連絡で、理由は「体調不良」とだけ書き病名はない。",
        HAYASHI, [HOTEL], "Crew change AZ713 14 APR – rooming update",
        f"""
Dear Crew Desk team,

A small change to tonight's AZ713 crew:

  - OUT: Ms. Rie TANAKA (CA) – not operating, feeling unwell (体調不良) and staying in Tokyo
  - IN : Mr. Daichi ONO (CA) – replacement, same flight

Please transfer the reservation under Ms. Tanaka to Mr. Ono (single room, 2 nights).
No other changes to the rooming list; the total remains 11 rooms.

Sorry for the late notice, and thank you as always.
{SIG_HAYASHI}"""))

    M.append(mail(ORG, Ha, "body", "pass", "benign.successor_introduction",
        "ホテル担当者への後任紹介の挨拶で、業務用の連絡先と署名のみ。",
        HAYASHI, [HOTEL_LIM, HOTEL, "Joseph Reyes <joseph.reyes@manila-bayhotel.example.ph>"],
        "Introducing my successor – Crew Logistics, Aozora Airways",
        f"""
Dear Grace, Dear Joseph, and the Crew Desk teams,

I hope this finds you well.

I would like to let you know that from 1 June I will be moving to our Cabin Crew Training
Centre, and my colleague Mr. Takumi Sasaki will take over crew hotel and transport
arrangements for Singapore and Manila.

  Takumi Sasaki 佐々木 拓海
  Crew Logistics, Cabin Crew Department
  T: +81-3-5757-3129
  t.sasaki@aozora-air.example.co.jp

Takumi has been working with me on the Bangkok and Taipei contracts for the past year,
so he already knows our procedures well. I will copy him on all correspondence during May
for a smooth handover.

It has been a real pleasure working with you both – especially during the typhoon season
last year, when your teams found rooms for our stranded crews at midnight.
Thank you for everything.

Warm regards,
Saori

-- 
Saori Hayashi 林 沙織
Crew Logistics (Hotel & Transport)
Cabin Crew Department, Aozora Airways
T: +81-3-5757-3128 | M: +81-80-6620-1147
s.hayashi@aozora-air.example.co.jp""",
        cc=["Takumi Sasaki <t.sasaki@aozora-air.example.co.jp>"]))

    M.append(mail(ORG, Ha, "body", "pass", "benign.swift_invoice_payment",
        "ホテルへの請求書支払の連絡で、口座はホテル運営会社の法人口座とSWIFTコード。",
        HAYASHI, ["Accounts Receivable <ar@harbourview-hotel.example.sg>"],
        "Remittance advice – Invoice HV-CR-2503 (March crew accommodation)",
        f"""
Dear Accounts team,

Please be informed that payment for the March crew accommodation has been released today.

  Invoice no.   : HV-CR-2503
  Amount        : SGD 48,362.40
  Value date    : 25 April 2025
  Beneficiary   : Harbourview Hospitality Pte. Ltd.
  Bank          : Straits Commerce Bank, Marina Branch
  Account no.   : 012-345678-9
  SWIFT         : SCBKSGSGXXX
  Our reference : AZ-PAY-250425-017

Bank charges at our side are borne by Aozora Airways; intermediary charges, if any,
by the beneficiary as per our agreement.

Could you kindly confirm once the funds are received?
{SIG_HAYASHI}"""))

    M.append(mail(ORG, Ok, "body", "pass", "benign.masked_card_refund",
        "超過手荷物料金の返金依頼で、カード番号は下4桁以外マスク、取引番号と承認番号のみ。",
        OKADA, ["Merchant Support <merchant-support@payment-gw.example.com>"],
        "Refund request – excess baggage fee charged twice (HND counter, 12APR)",
        f"""
Dear Merchant Support,

Our check-in counter at HND charged an excess baggage fee twice for the same passenger
on 12 April. Please refund the duplicate transaction.

  Merchant ID     : AZHND-00317
  Terminal        : HND-CKI-L04
  Card            : VISA ****-****-****-4471
  Original txn    : TXN 88120451  JPY 15,000  auth 604118  12APR 07:41
  Duplicate txn   : TXN 88120452  JPY 15,000  auth 604119  12APR 07:41

Please refund TXN 88120452 in full. The passenger has been informed by our counter staff.

Thank you,
{SIG_OKADA}"""))

    M.append(mail(ORG, Ok, "body", "pass", "benign.dcs_outage_isolation",
        "「障害」「感染」「隔離」はチェックイン端末のシステム障害とマルウェアの話で、旅客情報はない。",
        OKADA, [SKYH, "NetGuard Airport IT <airport-it@netguard.example.co.jp>"],
        "【障害報告】チェックイン端末（Lカウンター）障害とマルウェア感染疑い端末の隔離",
        f"""
スカイハンドリング ステーションコントロール各位
NetGuard 空港IT ご担当者様

お疲れさまです。羽田空港所の岡田です。
本日発生したチェックイン端末の障害について、第一報です。

■発生：2025/04/14 05:42〜06:55
■影響：Lカウンター端末 L01〜L06 で DCS にログインできず、手作業チェックインで対応
　　　　（AZ101・AZ201 とも定刻出発、遅延なし）
■原因（暫定）：端末 L03（資産番号 HND-CKI-L03）でマルウェア感染の疑い。
　　　　ウイルス対策ソフトのアラートを受け、L03 をネットワークから隔離済み。
　　　　他端末は再起動後に正常化。
■検知ログ
　2025-04-14T05:41:58Z alert=Backdoor.Agent.AZX host=HND-CKI-L03
　sha256=1c7e0b94f2a3d6e85b0f4c19a7d2e3b6f8a9c05d7e41b2f6a3c8d90e1f2b4a57

NetGuardさまには、L03 のフォレンジック調査と、同型端末への影響確認をお願いいたします。
スカイハンドリングさまは、L03 が復旧するまで L07 を予備としてご使用ください。
{SIG_OKADA}"""))

    M.append(mail(ORG, Wa, "quoted", "pass", "benign.joint_training_chain",
        "提携航空会社との合同保安訓練の調整の往復で、引用部分も先方訓練担当者の名前と日程だけ。",
        WATANABE, [PSA, "Melissa Cho <melissa.cho@pacstar.example.com>"],
        "RE: RE: Joint cabin safety drill – June 2025",
        f"""
Dear Melissa,

Thank you for the confirmation. We are happy with 10–11 June at your Haneda training
facility, and will send 16 cabin crew (two groups of eight) plus two instructors,
Ms. Yoko Arai and Mr. Takeshi Ueno.

Could your team prepare the B787 door trainer for the ditching and evacuation modules?
We will bring our own smoke hoods for the firefighting session.

Best regards,
Chihiro

> Dear Chihiro-san,
>
> Thanks for your proposal. 10–11 June works well for us.
> Our instructors will be Mr. Brian Walsh and Ms. Nur Aisyah.
> We can accommodate up to 20 participants per day.
>
> Kind regards,
> Melissa Cho | Inflight Training Manager | Pacific Star Airlines
> +852 2700 4412
>
>> Dear Melissa,
>>
>> Following our codeshare safety review, we would like to propose a joint cabin
>> safety drill in June. Would the week of 9 June suit your team?
>>
>> Chihiro Watanabe
{SIG_WATANABE}"""))

    spec = "\n".join([
        "route,class,service,main_dish,allergen_note,count_per_flight",
        "HND-SIN,Business,Dinner,Grilled salmon teriyaki,fish/soy/wheat,24",
        "HND-SIN,Economy,Dinner,Chicken curry with rice,wheat/milk,246",
        "HND-SIN,Crew,Dinner,Beef sukiyaki bowl,soy/wheat/egg,12",
        "HND-MNL,Economy,Lunch,Pork ginger with rice,soy/wheat,188",
    ])
    spml = """Special meal forecast – May 2025 (totals only)

  AVML 31 / VGML 44 / MOML 58 / GFML 17 / CHML 62 / DBML 9
  Figures are monthly totals across all departures and are not linked to passengers.
  Passenger-level SSR lists continue to be sent by the departure control system only.
"""
    M.append(mail(ORG, Wa, "zip", "pass", "benign.plain_zip_catering_spec",
        "パスワードなしZIPの中身は機内食の仕様と特別食の月間合計で、旅客個人には紐づかない。",
        WATANABE, ["Tokyo Flight Kitchen Menu Planning <menu@tokyo-flightkitchen.example.co.jp>"],
        "5月 機内食仕様・特別食見込みの送付",
        f"""
東京フライトキッチン
メニュー企画 ご担当者様

いつもお世話になっております。あおぞら航空 客室乗員部の渡辺です。

5月1日からのメニュー切り替えに伴い、仕様書と特別食の見込み数をZIPでお送りします。
乗員食（Crew）の牛すき丼は、乗員からの要望で量を少し減らしていただけると助かります。

特別食の数はあくまで月間の見込み合計です。便ごとの確定数は、従来どおり
DCSからの自動送信でお届けします。
{SIG_WATANABE}""",
        attachments=[att("catering_May2025.zip/menu_spec.csv", spec),
                     att("catering_May2025.zip/spml_forecast.txt", spml)]))

    return M
