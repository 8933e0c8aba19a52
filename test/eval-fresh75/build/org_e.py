"""Org E: hotel chain group sales and guest relations, ホテルグランシエル東京ベイ."""
from common import mail, att, enc_zip, t, XLSX, DOCX, PDF, CSV, ZIP

ORG = "E"
DOM = "grandciel-hotels.example.com"

MAKINO = "槙野 恭平 <makino.k@grandciel-hotels.example.com>"
MIYASAKA = "宮坂 玲奈 <miyasaka.r@grandciel-hotels.example.com>"
HUGHES = "Daniel Hughes <daniel.hughes@grandciel-hotels.example.com>"

SIG_MAKINO = t("""
――――――――――――――――――――――――
Kyohei Makino　槙野 恭平
Group Sales Manager ／ 団体営業課 マネージャー
HOTEL GRAND CIEL TOKYO BAY ／ ホテルグランシエル東京ベイ
〒135-0063 東京都江東区有明2-3-1
T: 03-6457-1180　F: 03-6457-1181　M: 090-7721-3046
makino.k@grandciel-hotels.example.com
――――――――――――――――――――――――
""")

SIG_MIYASAKA = t("""
ホテルグランシエル東京ベイ
ゲストリレーションズ　宮坂 玲奈
Rena Miyasaka, Guest Relations
〒135-0063 東京都江東区有明2-3-1
TEL 03-6457-1100（代表）内線 2215
""")

SIG_HUGHES = t("""
Best regards,

Daniel Hughes
International Sales Coordinator
Hotel Grand Ciel Tokyo Bay | Grand Ciel Hotels Co., Ltd.
2-3-1 Ariake, Koto-ku, Tokyo 135-0063, Japan
Direct: +81-3-6457-1186
daniel.hughes@grandciel-hotels.example.com
This message may contain confidential information intended only for the addressee.
""")

MAILS = []
add = MAILS.append

# ---------------------------------------------------------------- holds
add(mail("hold", "list.rooming_list_bus",
    "The attached boarding list gives a tour group's names, nationalities and passport numbers to a bus company.",
    "makino", "attachment", MAKINO,
    ["湾岸観光バス株式会社 配車センター 小松様 <haisha@wangan-kanko-bus.example.co.jp>"],
    "6/18 空港送迎（Sunrise Travel様 団体）乗車名簿",
    """
湾岸観光バス株式会社
配車センター　小松様

いつもお世話になっております。ホテルグランシエル東京ベイの槙野です。
6/18（火）羽田空港→当ホテルの団体送迎について、乗車名簿をお送りします。

・団体名：Sunrise Travel（シンガポール）インセンティブツアー
・便名：SQ634 羽田 6:30着予定
・人数：28名＋添乗員1名、大型バス1台
・ホテル到着後、荷物はベルがお預かりします

空港での名簿照合にお使いください。
変更が出ましたら、前日17時までにご連絡いたします。

""" + SIG_MAKINO,
    attachments=[att("0618_SunriseTravel_乗車名簿.csv", "text/csv", """
No,Surname,Given name,Nationality,Passport No.,Room
1,TAN,Wei Ming,SGP,K2281736B,1812
2,TAN,Mei Ling,SGP,K2281737C,1812
3,LIM,Kok Wah,SGP,K3019472D,1814
4,RAHMAN,Siti Nur,SGP,K4427105F,1815
5,KUMAR,Raj,IND,Z5538294,1816
6,WONG,Hui Shan,MYS,A40372918,1817
7,ONG,Jia Hui,SGP,K3392810A,1818
""")],
    personal=[("name", "TAN,Wei Ming"), ("passport", "K2281736B"), ("passport", "Z5538294"),
              ("passport", "A40372918")]))

add(mail("hold", "id.guest_card_passport_agent",
    "A guest's full card number and passport number are written out to an overseas travel agent.",
    "hughes", "body", HUGHES,
    ["Priya Nair, Horizon Journeys <priya.nair@horizon-journeys.example.com>"],
    "No-show charge dispute - Mr. Karthik Raman (Conf. GC-240511-083)",
    """
Dear Priya,

Thank you for your message regarding the no-show charge for your client.
Our records for the booking are as follows:

  Guest: Mr. Karthik Raman
  Confirmation: GC-240511-083, Deluxe Twin, 11-14 May (3 nights)
  Guarantee card: VISA 4539 8765 1234 0121, exp. 08/27
  Passport No. (provided at booking): N4829173
  No-show charge: JPY 48,600 (first night, per our cancellation policy)

The reservation was not cancelled before 18:00 local time on the arrival date,
and no call was received at the front desk. As the card belongs to the guest,
the cardholder would need to contact his issuing bank if he wishes to dispute it.

If your agency would like to settle the charge on his behalf instead,
please let me know and I will issue an invoice.

""" + SIG_HUGHES,
    personal=[("name", "Karthik Raman"), ("card", "4539 8765 1234 0121"), ("passport", "N4829173")]))

add(mail("hold", "personal.guest_complaint_vendor",
    "The forwarded guest complaint gives her full name, home address, phone and e-mail to an outside laundry company.",
    "miyasaka", "quoted", MIYASAKA,
    ["東京リネンサプライ株式会社 お客様窓口 木村様 <kimura@tokyo-linen.example.co.jp>"],
    "Fw: ドレスのクリーニング事故について",
    """
木村様

いつもお世話になっております。ホテルグランシエル東京ベイの宮坂です。
先日ランドリーサービスでお預かりしたお客様のドレスについて、
下記のとおりお申し出がありました。
貴社での補償のご判断のため、お客様へ直接ご連絡いただけますでしょうか。

""" + SIG_MIYASAKA + """
-------- 転送メッセージ --------
差出人: 吉村 京香 <kyoka.yoshimura@gmail.com>
件名: ドレスのクリーニング事故について
日付: 2024年6月3日 10:48

ホテルグランシエル東京ベイ ご担当者様

5月30日から1泊した吉村です（2105号室）。
友人の結婚式で着たシルクのドレスをランドリーに出したところ、
裾が縮んで色もまだらになって戻ってきました。購入価格は8万円ほどです。
補償についてご連絡ください。

吉村 京香
〒231-0023 神奈川県横浜市中区山下町22-5 パークハイム山下1203
TEL 090-8815-2207
""",
    personal=[("name", "吉村 京香"), ("email", "kyoka.yoshimura@gmail.com"),
              ("address", "神奈川県横浜市中区山下町22-5 パークハイム山下1203"), ("phone", "090-8815-2207")]))

add(mail("hold", "sensitive.religion_in_subject",
    "The subject names a guest as Muslim with prayer and halal needs, sent to an outside caterer; religion of an identifiable person.",
    "miyasaka", "subject", MIYASAKA,
    ["ベイサイドケータリング 営業部 森様 <mori@bayside-catering.example.co.jp>"],
    "6/20〜 ご宿泊 Khalid Al-Mansouri様（ムスリム・礼拝／ハラール対応）の件",
    """
森様

いつもお世話になっております。ホテルグランシエル東京ベイの宮坂です。
件名の件、先日お電話でお話ししたとおり、ルームサービスと
6/21の会食のお食事について、貴社にご対応をお願いできればと思います。

・ご滞在：6/20〜6/24（4泊）、お付きの方2名を含め計3名
・ルームサービス：朝食・夕食（毎日）
・6/21（金）19:00 会食 8名様（個室「潮」）

メニュー案と、調理・搬入の手順書をいただけますでしょうか。
来週前半に一度打合せができれば幸いです。

""" + SIG_MIYASAKA,
    personal=[("name", "Khalid Al-Mansouri"), ("religion", "ムスリム・礼拝／ハラール対応")]))

add(mail("hold", "attachment.encrypted_zip",
    "Participant list sent as an encrypted zip with the password to follow (PPAP).",
    "makino", "zip", MAKINO,
    ["株式会社ノースゲート・ジャパン 総務部 広瀬様 <hirose@northgate-jp.example.co.jp>"],
    "7/5 販売代理店会議 参加者名簿・部屋割り（最終版）",
    """
株式会社ノースゲート・ジャパン
総務部　広瀬様

いつもお世話になっております。ホテルグランシエル東京ベイの槙野です。
7/5（金）の販売代理店会議について、参加者名簿と部屋割りの最終版をお送りします。
前回からの変更箇所は黄色で表示しています。

ファイルはパスワード付きzipです。パスワードは別メールでお送りいたします。

ご確認のほどよろしくお願い申し上げます。

""" + SIG_MAKINO,
    attachments=[enc_zip("0705_代理店会議_名簿部屋割り_最終.zip")]))

guests = [
    "吉村 京香 <kyoka.yoshimura@gmail.com>", "Sophie Martin <sophie.martin.paris@gmail.com>",
    "田口 健一 <kenichi.taguchi@yahoo.co.jp>", "Michael Brown <mbrown.travel@outlook.com>",
    "西田 恵 <megumi.nishida@gmail.com>", "Chen Jie <chenjie.sh@gmail.com>",
    "大野 翔 <sho_ono@yahoo.co.jp>", "Laura Rossi <laura.rossi.it@gmail.com>",
    "小島 美紀 <miki.kojima@outlook.com>", "Hans Weber <hans.weber.de@gmail.com>",
    "竹内 彩 <aya.takeuchi.0912@gmail.com>", "Park Jiwoo <jiwoo.park@gmail.com>",
]
add(mail("hold", "recipients.guest_apology_to",
    "Twelve guests' private addresses are exposed to each other in To instead of BCC.",
    "miyasaka", "recipients", MIYASAKA, guests,
    "ご宿泊日の外壁工事に関するお詫び / Apology regarding exterior works",
    """
ご宿泊予定のお客様へ

ホテルグランシエル東京ベイ ゲストリレーションズの宮坂でございます。
6月14日（金）〜16日（日）にご宿泊予定のお客様にご連絡申し上げます。

当該期間中、外壁の緊急補修工事のため、日中（9:00〜17:00）に
一部客室で作業音が聞こえる可能性がございます。
お詫びとして、ご滞在中のラウンジドリンクを無料でご用意いたします。
ご希望の方には、工事区画から離れたお部屋への変更も承ります。

Dear valued guests,
Due to urgent exterior repair works from 14 to 16 June, some noise may be heard
between 9:00 and 17:00. As an apology, complimentary lounge drinks will be offered,
and room changes are available on request.

ご不便をおかけし、誠に申し訳ございません。

""" + SIG_MIYASAKA))

add(mail("hold", "sensitive.lost_item_medication_police",
    "A lost-property report to the police lists a named guest's HIV medication; health data about an identifiable person.",
    "miyasaka", "body", MIYASAKA,
    ["東京湾岸警察署 会計課 遺失物係 <ishitsubutsu@tokyo-wangan-ps.police.example.jp>"],
    "拾得物の届出について（ホテルグランシエル東京ベイ）",
    """
東京湾岸警察署 会計課 遺失物係 ご担当者様

いつもお世話になっております。
ホテルグランシエル東京ベイ ゲストリレーションズの宮坂でございます。

当館で保管期間（1週間）を経過した拾得物について、
明日午前にお届けに伺いますので、事前に内容をお知らせいたします。

【拾得物 No.240527-04】
・拾得日時：2024年5月27日 11時頃（客室清掃時、1603号室）
・品名：黒色ポーチ（中身：お薬手帳1冊、処方薬1袋）
・お薬手帳の記載：氏名 浅井 智也 様、昭和60年2月3日生
　処方内容：ビクタルビ配合錠（抗HIV薬）30日分、
　　　　　　処方元 湾岸総合病院 感染症内科
・ご宿泊者への連絡：登録の電話番号が不通、メールにも返信なし

その他の拾得物（傘3本、充電器2個）は一覧表を持参いたします。
よろしくお願いいたします。

""" + SIG_MIYASAKA,
    personal=[("name", "浅井 智也"), ("birthdate", "昭和60年2月3日生"),
              ("medication", "ビクタルビ配合錠（抗HIV薬）")]))

add(mail("hold", "sensitive.guest_illness_travel_agent",
    "Tells an overseas agent that a named tour member had a stroke, with hospital and prognosis; health data sent abroad.",
    "hughes", "body", HUGHES,
    ["Graham Lee, Pacific Star Tours <graham.lee@pacificstar-tours.example.com>"],
    "Urgent: hospitalisation of tour member Mrs. Linda Carver (Group PST-0612)",
    """
Dear Graham,

I am writing to update you on Mrs. Linda Carver from your group PST-0612 (room 1207).

At around 06:40 this morning her husband called the front desk as she was unable
to speak clearly and had weakness on her right side. Our duty manager called an
ambulance and she was taken to Ariake Central Hospital at 07:05.

The hospital has confirmed that she suffered an ischaemic stroke (cerebral infarction)
and received thrombolytic treatment. She is now in the stroke care unit and is
expected to stay for at least two weeks. The attending doctor says she has a history
of atrial fibrillation, which her husband confirmed.

Mr. Carver would like to extend their stay. We have held room 1207 until 30 June
at the group rate. Could you please advise on the travel-insurance procedure
and whether your Tokyo office can assist with interpreting at the hospital?

""" + SIG_HUGHES,
    personal=[("name", "Linda Carver"), ("diagnosis", "ischaemic stroke (cerebral infarction)"),
              ("diagnosis", "atrial fibrillation")]))

add(mail("hold", "list.attendee_zip_vendor",
    "A plain zip holds an attendee list with names, mobiles, e-mails and dietary/allergy needs, handed to a photo vendor.",
    "makino", "zip", MAKINO,
    ["フォトスタジオ・ルーチェ 撮影部 河野様 <kono@studio-luce.example.co.jp>"],
    "7/5 代理店会議 受付・撮影用データ",
    """
河野様

お世話になっております。槙野です。
7/5の代理店会議の撮影の件、受付での名札照合と表彰式の撮影用に
主催者様からいただいた参加者データをお送りします。
zipの中にCSVが入っています。

表彰対象の方は「表彰」列に○をつけています。
当日は10:30に宴会場「オリオン」の控室へお越しください。

""" + SIG_MAKINO,
    attachments=[att("0705_参加者データ.zip/attendees.csv", "text/csv", """
No,氏名,会社名,携帯電話,メール,食事制限,表彰
1,石井 拓馬,株式会社北陸ノースゲート販売,090-3318-2240,t.ishii.hokuriku@gmail.com,なし,○
2,James Clark,Northgate Trading Asia,080-6612-0953,jclark.asia@outlook.com,ベジタリアン,
3,平松 由香,株式会社九州エンジニアリング,070-2209-5581,yuka.hiramatsu@yahoo.co.jp,甲殻類アレルギー,○
4,Nur Aisyah,Northgate Malaysia,080-4471-3362,nur.aisyah.my@gmail.com,ハラール,
5,三上 浩,有限会社三上設備,090-8824-1176,hiroshi.mikami@gmail.com,なし,
""")],
    personal=[("name", "石井 拓馬"), ("phone", "090-3318-2240"), ("email", "t.ishii.hokuriku@gmail.com"),
              ("name", "平松 由香"), ("health", "甲殻類アレルギー")]))

add(mail("hold", "id.card_number_quoted",
    "The forwarded guest mail carries her full card number and expiry, sent on to a travel agent.",
    "makino", "quoted", MAKINO,
    ["株式会社たびのわ 法人営業部 三宅様 <miyake@tabinowa.example.co.jp>"],
    "Fw: 宿泊予約の保証について",
    """
三宅様

お世話になっております。ホテルグランシエル東京ベイの槙野です。
貴社経由でご予約いただいている小田様から、当館へ直接下記のメールが届きました。
貴社の手配分ですので、保証と精算方法についてご本人と調整いただけますでしょうか。

""" + SIG_MAKINO + """
> From: 小田 真理子 <mariko.oda@yahoo.co.jp>
> Sent: 2024/06/05 9:12
> Subject: 宿泊予約の保証について
>
> ホテルグランシエル東京ベイ 御中
>
> 7/12から2泊、たびのわさん経由で予約している小田です。
> 到着が深夜になりそうなので、カードで保証をお願いします。
> カード番号：5412 7531 0986 4319（有効期限 11/26）
> 名義：MARIKO ODA
> よろしくお願いします。
""",
    personal=[("name", "小田 真理子"), ("card", "5412 7531 0986 4319"), ("email", "mariko.oda@yahoo.co.jp")]))

# ---------------------------------------------------------------- passes
add(mail("pass", "benign.agent_invoice_swift",
    "A group invoice to an overseas agent with the hotel's corporate account and SWIFT code.",
    "hughes", "body", HUGHES,
    ["Accounts, Pacific Star Tours <accounts@pacificstar-tours.example.com>"],
    "Invoice GC-GRP-2406-117 - Group PST-0612",
    """
Dear Accounts team,

Please find below the invoice details for group PST-0612 (12-16 June, 22 rooms).

  Invoice No.: GC-GRP-2406-117
  Rooms: 22 rooms x 4 nights x JPY 24,000 = JPY 2,112,000
  Group dinner (13 June): JPY 396,000
  Accommodation tax: JPY 17,600
  Total: JPY 2,525,600
  Deposit received: JPY 500,000
  Balance due: JPY 2,025,600 by 15 July 2024

  Beneficiary: Grand Ciel Hotels Co., Ltd.
  Bank: Tozai Bank, Ltd., Ariake Branch
  SWIFT/BIC: TOZAJPJT
  Account No.: 0048217 (ordinary)

Please quote the invoice number in the payment reference.

""" + SIG_HUGHES))

add(mail("pass", "benign.masked_card_guarantee",
    "A corporate client's guarantee card is shown masked; only the last four digits appear.",
    "makino", "body", MAKINO,
    ["株式会社ノースゲート・ジャパン 総務部 広瀬様 <hirose@northgate-jp.example.co.jp>"],
    "Re: 7/5 代理店会議 ご請求・お支払い方法について",
    """
広瀬様

いつもお世話になっております。槙野です。
お支払い方法の件、承知いたしました。

・宿泊分（7/4〜7/6、42室）：貴社法人カードにて事前決済
　ご登録カード：VISA ****-****-****-4821（有効期限 03/27）
・会議室・宴会分：会議終了後に請求書払い（月末締め翌月末払い）

カード決済は7/3（水）に行い、領収書は当日フロントでお渡しします。
キャンセル規定は先日お送りした契約書の第7条のとおりです。

引き続きよろしくお願いいたします。

""" + SIG_MAKINO))

add(mail("pass", "benign.lost_item_reply_owner",
    "Tells a guest that her own lost item was found and shipped; the 12-digit tracking number passes the My Number check digit but is a ヤマト number.",
    "miyasaka", "body", MIYASAKA,
    ["竹内 彩 <aya.takeuchi.0912@gmail.com>"],
    "お忘れ物の発送のご連絡",
    """
竹内 彩 様

このたびはホテルグランシエル東京ベイをご利用いただき、
誠にありがとうございました。ゲストリレーションズの宮坂でございます。

お問い合わせいただいたお忘れ物について、客室清掃時に見つかりましたので
ご指定のご住所へ着払いにて発送いたしました。

　お忘れ物管理番号：LF-240602-11
　品名：ネックレス（ゴールド、ケース入り）、充電ケーブル 1本
　発送：ヤマト運輸 宅急便（着払い）
　伝票番号：3671-8204-5935
　お届け予定：6月6日（木）午前中

お手元に届きましたら、念のため内容をご確認くださいませ。
またのお越しを心よりお待ち申し上げております。

""" + SIG_MIYASAKA))

add(mail("pass", "benign.religious_corp_banquet",
    "A banquet contract with a 宗教法人 as a corporate customer; no individual's belief is at issue.",
    "makino", "body", MAKINO,
    ["宗教法人 明和教団 本部事務局 桑田様 <kuwata@meiwa-kyodan.example.or.jp>"],
    "秋季大会 懇親会のお見積り（10/19）",
    """
宗教法人 明和教団
本部事務局　桑田様

先日はご来館いただき、誠にありがとうございました。
ホテルグランシエル東京ベイの槙野でございます。
10/19（土）の秋季大会 懇親会について、お見積りをお送りいたします。

　会場：宴会場「オリオン」（着席 260名）
　時間：17:30〜20:00
　お料理：和洋折衷コース 12,000円 × 250名
　お飲物：フリードリンク（ソフトドリンクのみ）2,500円 × 250名
　会場費：450,000円
　合計：4,075,000円（税・サービス料別）

ご契約は宗教法人様名義で承ります。
ご宿泊の団体ブロック（60室）も仮押さえしておりますので、
8月末までに室数をご確定いただけますと幸いです。

""" + SIG_MAKINO))

add(mail("pass", "benign.candidate_event_booking",
    "A banquet booking for an election candidate's supporters' meeting; a public figure, and the vehicle numbers are guests' cars for parking.",
    "makino", "body", MAKINO,
    ["大橋たけし後援会 事務局 <koenkai@ohashi-takeshi.example.jp>"],
    "7/20 大橋たけし君を励ます会 会場手配の確認",
    """
大橋たけし後援会
事務局ご担当者様

お世話になっております。ホテルグランシエル東京ベイの槙野です。
7/20（土）の「大橋たけし君を励ます会」の手配内容を確認させてください。

・会場：宴会場「シリウス」立食 400名
・時間：18:00開場／18:30開会〜20:30
・演台・マイク2本・プロジェクター
・来賓控室：「潮」（17:00〜）

来賓のお車の駐車場は地下2階に5台分確保しました。
ご連絡いただいた車両番号で入庫登録しております。
　品川 330 さ 45-12／練馬 300 ぬ 18-03／足立 500 そ 77-61
　江東 331 た 20-08／品川 300 ま 61-19

なお、ホテルの規定により、館内での政治資金パーティー券の販売は
受付テーブルでの引換のみとさせていただいております。

""" + SIG_MAKINO))

staff = [
    "フロントオフィス 岡本 <okamoto.f@grandciel-hotels.example.com>",
    "ハウスキーピング 村田 <murata.h@grandciel-hotels.example.com>",
    "宿泊予約課 清水 <shimizu.y@grandciel-hotels.example.com>",
    "宴会サービス課 荒井 <arai.b@grandciel-hotels.example.com>",
    "料飲部 小林 <kobayashi.fb@grandciel-hotels.example.com>",
    "施設管理課 佐野 <sano.e@grandciel-hotels.example.com>",
    "セキュリティ 福田 <fukuda.s@grandciel-hotels.example.com>",
    "ベルデスク 石田 <ishida.b@grandciel-hotels.example.com>",
    "コンシェルジュ 上野 <ueno.c@grandciel-hotels.example.com>",
    "客室管理 高橋 <takahashi.r@grandciel-hotels.example.com>",
    "総支配人室 長谷川 <hasegawa.gm@grandciel-hotels.example.com>",
    "IT担当 森本 <morimoto.it@grandciel-hotels.example.com>",
    "人事総務 島田 <shimada.hr@grandciel-hotels.example.com>",
    "団体営業課 槙野 <makino.k@grandciel-hotels.example.com>",
]
add(mail("pass", "benign.internal_many_recipients",
    "A network-maintenance notice to fourteen colleagues, all on the hotel's own domain; 障害 is an IT outage.",
    "miyasaka", "recipients", MIYASAKA, staff,
    "【館内周知】6/11 深夜 客室Wi-Fi 障害対応メンテナンスについて",
    """
各部署の皆さま

お疲れさまです。ゲストリレーションズの宮坂です。
IT担当の森本さんから依頼があり、代理で周知いたします。

先週から発生している客室Wi-Fiの接続障害について、
下記の日程でアクセスポイントの入替を行います。

　日時：6/11（火）1:00〜4:00
　影響：12F〜21Fの客室Wi-Fiが断続的に切断（有線LANは利用可）
　お客様対応：チェックイン時に案内文をお渡し、苦情はGR（内線2215）へ

フロントの皆さまは、6/10チェックインのお客様への案内文配布を
お願いいたします（案内文はフロント共有フォルダにあります）。

""" + SIG_MIYASAKA))

add(mail("pass", "benign.booking_engine_test_card",
    "Development minutes with a booking-engine vendor: 4111 1111 1111 1111 is the public test card used in staging.",
    "hughes", "body", HUGHES,
    ["Yuto Sakamoto, StayLink Systems <y.sakamoto@staylink.example.com>"],
    "Minutes: booking engine 3DS2 migration test (11 June)",
    """
Hi Sakamoto-san,

Thanks for the session today. Minutes below - please correct anything I missed.

1. Staging tests (3-D Secure 2)
   - Test card 4111 1111 1111 1111, exp 12/30, CVV 123: authorisation OK,
     frictionless flow OK.
   - Challenge flow with the issuer simulator: OK on desktop, timeout on iOS Safari.
2. Open issues
   - iOS timeout after 30 s on the challenge page (StayLink to investigate).
   - Confirmation e-mail still shows the old cancellation policy text (GC to send new text).
3. Go-live
   - Tentatively 25 June, 02:00 JST, with rollback plan.
   - No real guest card data is to be used in staging.

Next check-in: 18 June, 15:00 (Teams).

""" + SIG_HUGHES))

add(mail("pass", "benign.beo_allergy_counts",
    "The attached banquet event order gives dietary needs as head counts only; no guest is named.",
    "makino", "attachment", MAKINO,
    ["株式会社ノースゲート・ジャパン 総務部 広瀬様 <hirose@northgate-jp.example.co.jp>"],
    "7/5 代理店会議 宴会進行表（BEO）ご確認のお願い",
    """
広瀬様

お世話になっております。槙野です。
7/5の懇親会の宴会進行表（BEO）をお送りします。
お食事制限は、いただいた集計の人数のみで手配しております。
お名前はお席札の段階で主催者様側で照合いただく形となります。

内容に問題がなければ、6/28（金）までにご返信ください。

""" + SIG_MAKINO,
    attachments=[att("BEO_0705_NorthgateJapan.pdf", PDF, """
BANQUET EVENT ORDER  No. B-240705-02
主催：株式会社ノースゲート・ジャパン　会場：オリオン（円卓 14卓）
18:00 開宴・主催者挨拶　18:15 乾杯　19:00 表彰式　20:00 中締め
料理：洋食コース「エトワール」 13,000円 × 120名
特別対応（人数のみ）：ベジタリアン 4名／ハラール 3名／甲殻類アレルギー 2名／乳アレルギー 1名
飲物：フリードリンク（ビール・ワイン・ソフト）
備品：演台、ワイヤレスマイク3、スクリーン2面
""")]))

add(mail("pass", "benign.hygiene_measures_aggregate",
    "Tells an event client the hotel's infection-control measures in general terms; nobody is named or said to be ill.",
    "makino", "body", MAKINO,
    ["株式会社メディコンファレンス 運営事務局 中川様 <nakagawa@mediconf.example.co.jp>"],
    "Re: 学術集会開催時の感染症対策について",
    """
中川様

お世話になっております。ホテルグランシエル東京ベイの槙野です。
学会事務局様からご質問いただいた感染症対策について、当館の対応をまとめます。

1. 会場の換気：各宴会場とも CO2濃度を常時モニタリングし、1,000ppm以下を維持
2. 手指消毒：会場入口・ホワイエに計12か所設置
3. 体調不良者への対応：救護室（2F）を確保し、必要に応じて近隣の医療機関を案内
4. 隔離が必要な方が出た場合：客室フロアの一部を一時待機用として確保可能（有料）
5. ビュッフェ：取り分けはスタッフが行い、トングの共用はいたしません

昨年度の学会でも同様の体制で実施し、特段の問題はございませんでした。
ご不明点は遠慮なくお問い合わせください。

""" + SIG_MAKINO))

add(mail("pass", "benign.plain_zip_floorplan",
    "A plain, unencrypted zip with the venue floor plan and timetable for an event client.",
    "makino", "zip", MAKINO,
    ["株式会社メディコンファレンス 運営事務局 中川様 <nakagawa@mediconf.example.co.jp>"],
    "学術集会 会場レイアウト・タイムテーブル（第2版）",
    """
中川様

お世話になっております。槙野です。
会場レイアウトとタイムテーブルの第2版をzipでお送りします（パスワードなし）。

変更点：
・ポスター会場をホワイエ東側に移動（パネル60枚）
・企業展示ブースを14→18小間に増設
・2日目のランチョンセミナーを「シリウスA/B」の2会場に分割

ご確認後、修正があれば赤字でお戻しください。

""" + SIG_MAKINO,
    attachments=[
        att("学術集会_会場資料_v2.zip/timetable.csv", "text/csv", """
日,時間,会場,内容
1日目,9:00-9:15,オリオン,開会式
1日目,9:15-12:00,オリオン,シンポジウム1
1日目,12:10-13:00,シリウスA/B,ランチョンセミナー1・2
1日目,13:30-17:00,ホワイエ東,ポスターセッション
2日目,9:00-11:30,オリオン,教育講演
2日目,12:10-13:00,シリウスA/B,ランチョンセミナー3・4
"""),
        att("学術集会_会場資料_v2.zip/layout_notes.txt", "text/plain", """
オリオン：シアター形式 480席、演台上手、PC卓下手
ホワイエ東：ポスターパネル 60枚（W900×H2100）
企業展示：18小間（1小間 W1800×D900）、電源1口/小間
"""),
    ]))
