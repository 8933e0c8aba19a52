from common import *

MAILS = []

# ---------------------------------------------------------------- HH1
MAILS.append(dict(
    key="HH1", expect="hold", kind="roster.guests",
    why="招待状の宛名印刷用として、ゲスト10名の氏名・郵便番号・自宅住所を並べたCSVを外部の印刷会社へ送っている。",
    **{"from": SAEKI}, to=["野田 千尋 <noda@paper-atelier.jp>"],
    subject="10/12 梶原家・桑田家 招待状宛名データ送付",
    text="""ペーパーアトリエ横浜
野田様

いつもお世話になっております。ホテル ベルクール横浜の佐伯です。
10月12日ご披露宴の梶原家・桑田家さまの招待状宛名データをお送りします。

・宛名印刷：毛筆体、縦書き
・差出人：新郎新婦連名
・投函代行あり（9月1日投函希望）

全部で68件ありますが、まず新郎側ご友人分の10件を先行でお送りします。
残りは新婦様のリスト確定後（今週末予定）にお送りします。
連名の書き方が特殊なもの（No.7）がありますので、ご確認をお願いいたします。
""" + SIG_SAEKI,
    attachments=[att("梶原桑田_宛名_新郎友人.csv", CSV,
"""No,区分,氏名,敬称,郵便番号,住所1,住所2
1,新郎友人,坂上 大輔,様,221-0835,神奈川県横浜市神奈川区鶴屋町2-19-4,ベイシティ鶴屋町1203
2,新郎友人,宇野 拓也,様,230-0062,神奈川県横浜市鶴見区豊岡町11-8,
3,新郎友人,柳 健太郎,様,211-0004,神奈川県川崎市中原区新丸子東3-1105-2,
4,新郎友人,内藤 翔,様,252-0303,神奈川県相模原市南区相模大野7-22-5,グランメゾン相模大野402
5,新郎友人,大江 俊,様,150-0002,東京都渋谷区渋谷3-6-18,
6,新郎友人,堀 慎之介,様,240-0005,神奈川県横浜市保土ケ谷区神戸町134,
7,新郎友人,飯田 亮・飯田 美帆,様,236-0021,神奈川県横浜市金沢区泥亀1-27-3,
8,新郎友人,岩本 直樹,様,232-0024,神奈川県横浜市南区浦舟町4-47,
9,新郎友人,瀬戸 一真,様,247-0056,神奈川県鎌倉市大船1-9-12,
10,新郎友人,国分 雅也,様,224-0003,神奈川県横浜市都筑区中川中央1-31-1,センター北レジデンス905
""")],
    personal=P(("name", "坂上 大輔"), ("address", "神奈川県横浜市神奈川区鶴屋町2-19-4"), ("name", "内藤 翔"),
               ("address", "神奈川県相模原市南区相模大野7-22-5"), ("name", "飯田 亮・飯田 美帆"), ("name", "国分 雅也")),
))

# ---------------------------------------------------------------- HH2
MAILS.append(dict(
    key="HH2", expect="hold", kind="sensitive.medical",
    why="ゲスト個人名と、アナフィラキシー既往・糖尿病・妊娠中といった健康情報を外部のパティスリーへ伝えている。",
    **{"from": SAEKI}, to=["岡田 シェフ <okada@atelier-sorbet.jp>"],
    subject="11/3 ご披露宴 アレルギー対応ゲスト様について",
    text="""アトリエ・ソルベ
岡田シェフ

お世話になっております。ベルクール横浜の佐伯です。
11月3日 関・北条家さまのウエディングケーキとデザートビュッフェについて、
食事面で配慮が必要なゲスト様が確定しましたのでお知らせします。

①新婦ご友人　三浦 沙耶 様（卓D）
　卵アレルギー。過去にアナフィラキシーを起こしたことがあり、エピペンを携帯されています。
　ケーキ・デザートとも卵を一切使わないもの、調理器具も分けていただけると安心です。
②新郎ご祖母　関 ヨシエ 様（親族卓）
　糖尿病で通院中のため、甘さ控えめのものを少量で。フルーツ中心でも結構です。
③新婦ご友人　北条 麻衣 様（卓B）
　現在妊娠中のため、生クリームは問題ないものの、非加熱のチーズ類は避けたいとのこと。

宴会サービス側でも同じ情報を共有済みです。
ご対応可能かどうか、今週中にご返信いただけますと助かります。
""" + SIG_SAEKI,
    personal=P(("name", "三浦 沙耶"), ("health", "過去にアナフィラキシーを起こしたことがあり"), ("name", "関 ヨシエ"),
               ("health", "糖尿病で通院中"), ("name", "北条 麻衣"), ("health", "現在妊娠中")),
))

# ---------------------------------------------------------------- HH3
MAILS.append(dict(
    key="HH3", expect="hold", kind="id.passport",
    why="Passport numbers, nationalities and dates of birth of five named delegates are sent to an outside travel agency.",
    **{"from": FURUKAWA}, to=["Lena Hoffmann <lena.hoffmann@pacificbridge-travel.com>"],
    subject="Rooming list – APAC Dental Forum delegates (Oct 20–23)",
    text="""Dear Lena,

Thank you for sending the delegate details. Please find below the rooming list as we have entered it
in our system. Could you check the spelling and passport numbers once more? Our front desk will
match them against the passports at check-in, and any mismatch slows things down.

Name                 | Nationality | Passport No. | DOB        | Room        | Nights
---------------------+-------------+--------------+------------+-------------+-------
Dr. Markus Brandt    | Germany     | C4J7X2K91    | 1968-03-14 | Deluxe King | 3
Dr. Priya Raghavan   | India       | Z5548217     | 1979-11-02 | Deluxe Twin | 3
Dr. Wei Ling Tan     | Singapore   | E7183920K    | 1985-06-27 | Deluxe King | 3
Prof. Ian McAllister | Australia   | PA4827193    | 1961-09-08 | Junior Suite| 3
Dr. Soo-jin Park     | Korea       | M82736154    | 1990-01-19 | Deluxe Twin | 2

All rooms are on the 18th floor as requested. Early check-in from 11:00 is confirmed for Prof. McAllister.

Best regards,
Kengo
""" + SIG_FURUKAWA,
    personal=P(("name", "Markus Brandt"), ("passport", "C4J7X2K91"), ("birthdate", "1968-03-14"),
               ("name", "Priya Raghavan"), ("passport", "Z5548217"), ("name", "Wei Ling Tan"), ("passport", "E7183920K"),
               ("name", "Ian McAllister"), ("passport", "PA4827193"), ("name", "Soo-jin Park"), ("passport", "M82736154")),
))

# ---------------------------------------------------------------- HH4
MAILS.append(dict(
    key="HH4", expect="hold", kind="id.card",
    why="A guest's full credit card number with expiry is forwarded in plain text to another hotel to guarantee an overflow booking.",
    **{"from": FURUKAWA}, to=["Reservations <reservations@harborcrest-hotel.jp>"], cc=["Yoko Minami <y.minami@harborcrest-hotel.jp>"],
    subject="Overflow booking – 2 rooms, Oct 21–23 (guarantee details)",
    text="""Dear Harbor Crest Reservations team,
(Minami-san, thank you for your help on the phone earlier.)

As discussed, we would like to confirm two rooms at your hotel for guests of the APAC Dental Forum
who could not be accommodated at Bellecour due to full occupancy.

  Guest 1: Mr. Kevin O'Neill – Superior Double – Oct 21 to Oct 23 (2 nights)
  Guest 2: Ms. Hannah O'Neill – same room (sharing)
  Guest 3: Mr. Rafael Costa – Superior Single – Oct 21 to Oct 23 (2 nights)

Guarantee: Mr. O'Neill asked us to pass on his card for both rooms.
  VISA 4012 8888 8888 1881, exp. 09/27, cardholder KEVIN ONEILL

Please send the confirmation numbers to me. Our bell staff will bring the guests over by taxi
around 16:00 on the 21st.

Thank you very much for accommodating us.

Best regards,
Kengo Furukawa
""" + SIG_FURUKAWA,
    personal=P(("name", "Kevin O'Neill"), ("card", "4012 8888 8888 1881"), ("name", "KEVIN ONEILL"), ("name", "Rafael Costa")),
))

# ---------------------------------------------------------------- HH5
MAILS.append(dict(
    key="HH5", expect="hold", kind="sensitive.religion",
    why="新郎家族の氏名とともに、ムスリムであること（信条）と出身国を外部の食材業者へ伝えている。",
    **{"from": SAEKI}, to=["ハラルフーズジャパン 営業部 アリ <sales@halalfoods-jp.com>"],
    subject="12/14 ご披露宴 ハラール対応料理のご相談",
    text="""ハラルフーズジャパン株式会社
営業部 アリ様

はじめてご連絡いたします。ホテル ベルクール横浜 婚礼・宴会部の佐伯と申します。
横浜市の食品衛生課の方から御社をご紹介いただきました。

12月14日にご披露宴をされる新郎 ラフマン・アフマド様（バングラデシュご出身）と
ご両親・ご兄弟の計6名様がムスリムで、ハラール認証の食材でのお料理をご希望されています。
新郎様のお父様（ラフマン・カリム様）は特に戒律に厳格で、
アルコールを使ったソース・調味料も含めて避けたいとのことです。

当ホテルの厨房で、御社の認証食材を使って調理する形は可能でしょうか。
また、ハラール対応の乾杯用ドリンクのご提案があればお願いしたいです。

人数：6名（大人6名）
日時：12月14日（日）12:30開宴

お手数ですがご検討のほど、よろしくお願いいたします。
""" + SIG_SAEKI,
    personal=P(("name", "ラフマン・アフマド"), ("race", "バングラデシュご出身"), ("religion", "ムスリム"),
               ("name", "ラフマン・カリム")),
))

# ---------------------------------------------------------------- HH6
MAILS.append(dict(
    key="HH6", expect="hold", kind="sensitive.disability",
    why="ゲストの病歴（脳梗塞後遺症）・身体障害者手帳の等級・自宅住所・家族の電話を外部の送迎会社へ伝えている。",
    **{"from": SAEKI}, to=["湘南リムジン交通 配車係 <haisha@shonan-limo.co.jp>"],
    subject="10/26 今井家 送迎のご依頼（車椅子ゲスト様1名）",
    text="""湘南リムジン交通株式会社
配車係 ご担当者様

いつもお世話になっております。ホテル ベルクール横浜の佐伯です。
10月26日（日）の今井家・早瀬家さまご披露宴で、送迎を1件お願いしたく存じます。

■ご乗車のゲスト様
　新婦ご祖父 今井 正造 様（84歳）
　脳梗塞の後遺症で左半身に麻痺があり、身体障害者手帳2級をお持ちです。
　車椅子のままご乗車できるリフト付き車両をお願いします。付き添いのご家族1名同乗。
■お迎え先
　横浜市旭区二俣川2-48-11（ご自宅）
　当日連絡先：今井 孝之 様（ご長男）090-4471-2086
■時間
　往路：10:15 ご自宅発 → 11:00 ホテル着
　復路：15:30 ホテル発 → ご自宅

お見積りと車両の可否をご連絡いただけますでしょうか。
""" + SIG_SAEKI,
    personal=P(("name", "今井 正造"), ("health", "脳梗塞の後遺症で左半身に麻痺"), ("disability", "身体障害者手帳2級"),
               ("address", "横浜市旭区二俣川2-48-11"), ("name", "今井 孝之"), ("phone", "090-4471-2086")),
))

# ---------------------------------------------------------------- HH7
MAILS.append(dict(
    key="HH7", expect="hold", kind="attachment.encrypted_zip",
    why="A password-protected zip (PPAP) goes to an overseas event company; its contents cannot be inspected.",
    **{"from": FURUKAWA}, to=["Grace Koh <grace.koh@meridian-events.sg>"],
    subject="Final attendee list & dietary sheet (password-protected)",
    text="""Hi Grace,

As promised, attached is the final attendee list with the dietary requirement sheet for the
gala dinner on Oct 22. In line with our hotel policy the file is password-protected;
I will send the password in a separate email in a few minutes.

Changes since the last version:
 - 4 cancellations, 2 additions (total 186 pax)
 - Table 14 and 15 merged
 - 3 more vegetarian meals

Please let me know by Friday if there are any further changes. After that we will print the
escort cards.

Best,
Kengo
""" + SIG_FURUKAWA,
    attachments=[att("APAC_gala_attendees_final.zip", ZIP, encrypted=True)],
))

# ---------------------------------------------------------------- HH8
MAILS.append(dict(
    key="HH8", expect="hold", kind="profile.customer",
    why="転送の下に残ったフェア予約フォームに、新婦の生年月日・自宅住所・携帯・メールなど一個人のプロフィールがそのまま含まれ、外部のフォトスタジオへ送られる。",
    **{"from": SAEKI}, to=["安藤 理沙 <ando@studio-lumiere.jp>"],
    subject="Fw: 【ブライダルフェア予約】前撮りのご相談",
    text="""Studio Lumière
安藤様

お世話になっております。ベルクール横浜の佐伯です。
前撮りプランのご相談が入りましたので、共有いたします。
新婦様に「フォトスタジオさんから直接ご連絡していただいて大丈夫」と確認済みです。
詳細は下のフォーム内容をご確認ください。

ロケーション（山下公園・赤レンガ）をご希望とのことなので、
11月の平日で候補日を2〜3いただけると助かります。
""" + SIG_SAEKI + """

---------- Forwarded message ---------
From: ベルクール横浜 ウエディングサイト <no-reply@bellecour-yokohama.jp>
Date: 2025年9月14日(日) 22:41
Subject: 【ブライダルフェア予約】新規受付 No.F250914-022

■お名前：杉本 彩花
■ふりがな：すぎもと あやか
■生年月日：1997年5月22日
■ご住所：〒222-0033 神奈川県横浜市港北区新横浜2-7-19 ルミナス新横浜608
■電話番号：080-2917-6634
■メールアドレス：ayaka.sgmt0522@gmail.com
■お相手のお名前：高野 圭
■ご希望フェア：9/21（日）10:00〜 前撮り相談会＋試食
■ご予算：250万円〜300万円
■ご要望：挙式は来年5月頃を考えています。前撮りは紅葉の時期に屋外で撮りたいです。
""",
    personal=P(("name", "杉本 彩花"), ("birthdate", "1997年5月22日"),
               ("address", "神奈川県横浜市港北区新横浜2-7-19 ルミナス新横浜608"),
               ("phone", "080-2917-6634"), ("email", "ayaka.sgmt0522@gmail.com"), ("name", "高野 圭")),
))

# ---------------------------------------------------------------- HH9
assoc = [
    "横浜ポートロジ 総務部 安西 <anzai@yokohama-portlogi.co.jp>",
    "三ツ沢倉庫 管理課 <kanri@mitsuzawa-soko.co.jp>",
    "本牧ユニオン運輸 秘書室 <hisho@honmoku-union.co.jp>",
    "大黒埠頭サービス 宮原 <miyahara@daikoku-fs.jp>",
    "相原ロジスティクス 高梨 <takanashi@aihara-logi.co.jp>",
    "瀬谷冷蔵 代表 <info@seya-reizo.co.jp>",
    "港北エクスプレス 森 <mori@kohoku-express.co.jp>",
    "丸和トランスポート 総務 <soumu@maruwa-trans.jp>",
    "金沢シーバース 業務部 <gyomu@kanazawa-seaberth.co.jp>",
    "新山下物流 小西 <konishi.shinyamashita@gmail.com>",
    "鶴見臨港倉庫 広報 <pr@tsurumi-rinko.co.jp>",
    "川崎ベイ運輸 竹中 <takenaka@kawasaki-bay.co.jp>",
]
MAILS.append(dict(
    key="HH9", expect="hold", kind="recipients.many",
    why="12の異なる会社・個人アドレスがTo欄で相互に見える状態の一斉送信で、Bccにすべきもの。",
    **{"from": FURUKAWA}, to=assoc,
    subject="【神奈川港湾物流協会】秋季懇親会 会場・ご案内（11/13）",
    text="""神奈川港湾物流協会 会員各社 ご担当者様

いつもお世話になっております。ホテル ベルクール横浜 宴会セールスの古川でございます。
協会事務局の安西様よりご依頼をいただき、秋季懇親会の会場のご案内をお送りいたします。

　日時：11月13日（木）18:30〜20:30（受付18:00〜）
　会場：ホテル ベルクール横浜 3階「ルミエール」
　形式：立食ビュッフェ（約120名）
　ご駐車：地下駐車場を3時間まで無料でご利用いただけます（受付で駐車券をご提示ください）

ご出席者のお名前は、事務局の安西様あてに11月5日（水）までにお知らせください。
お車でお越しの方は、乾杯時のノンアルコール飲料をご用意いたします。

当日、皆さまのお越しをお待ちしております。
""" + SIG_FURUKAWA,
))

# ---------------------------------------------------------------- HH10
MAILS.append(dict(
    key="HH10", expect="hold", kind="sensitive.medical",
    why="本文はぼかしているが、件名に新婦の姓と「切迫早産で入院中」という健康情報が入っており、外部の衣装店へ送られる。",
    **{"from": SAEKI}, to=["渡辺 由紀子 <watanabe@mimosa-bridal.jp>"],
    subject="Re: 倉持様 挙式延期の件（切迫早産で入院中のため）",
    text="""ブライダルハウス ミモザ
渡辺様

ご連絡ありがとうございます。佐伯です。
表題の件、新婦様の体調が落ち着くまで日程は未定となりました。
ドレスとタキシードのお取り置きを、いったん来年3月末まで延長していただくことは可能でしょうか。
延長料金がかかる場合は、金額をお知らせください。新郎様にご確認いたします。

新しい日取りが決まり次第、あらためてご連絡いたします。
""" + SIG_SAEKI + """

> 佐伯様
> 倉持様の11/30のご衣装の件、延期になったと伺いました。
> お取り置きの期限をどういたしましょうか。
> ミモザ 渡辺
""",
    personal=P(("name", "倉持"), ("health", "切迫早産で入院中")),
))

# ================================================================ passes
# ---------------------------------------------------------------- HP1
MAILS.append(dict(
    key="HP1", expect="pass", kind="benign.self_data",
    why="ご成約内容（本人の住所・電話・内金）を、そのご本人である新婦のアドレスへ確認として送っている。",
    **{"from": SAEKI}, to=["中村 優香 <yuka.nakamura.1993@gmail.com>"],
    subject="ご成約内容のご確認（2026年4月18日 ご挙式・ご披露宴）",
    text="""中村 優香 様

このたびはホテル ベルクール横浜をお選びいただき、誠にありがとうございます。
担当プランナーの佐伯でございます。
先日ご署名いただいたご成約内容を、念のためお送りいたします。

■ご登録内容（ご契約者様）
　お名前　：中村 優香 様
　ご住所　：神奈川県横浜市西区みなとみらい4-3-8 ブリーズタワー1507
　お電話　：090-6618-2274
■ご挙式・ご披露宴
　日時　　：2026年4月18日（土）11:00 挙式／12:30 ご披露宴
　会場　　：チャペル「ルミエール」／宴会場「ソレイユ」
　ご人数　：70名様（予定）
■お見積り：3,286,400円（税・サービス料込）
■ご内金　：100,000円（9月20日 お支払い済み）

ご登録内容に誤りがございましたら、お手数ですがご返信にてお知らせください。
次回のお打合せは、12月頃にドレス選びからスタートいたします。
""" + SIG_SAEKI,
    attachments=[att("お見積書_中村様_20260418.pdf", PDF,
"""御見積書　No. W26-0418-01
中村 優香 様
挙式日：2026年4月18日（土）　ご人数：70名
挙式料 220,000 / 料理（フランス料理 Bコース）70名 1,386,000 / 飲物 70名 385,000
会場費 330,000 / 装花 280,000 / 衣装 420,000 / 写真・映像 265,400
合計（税・サービス料込）3,286,400円
ご内金 100,000円（2025/09/20 受領）
""")],
    personal=P(("name", "中村 優香"), ("address", "神奈川県横浜市西区みなとみらい4-3-8 ブリーズタワー1507"),
               ("phone", "090-6618-2274")),
))

# ---------------------------------------------------------------- HP2
MAILS.append(dict(
    key="HP2", expect="pass", kind="benign.masked_card",
    why="The card appears only masked (last four digits) and it is a corporate card, sent to the client contact who paid.",
    **{"from": FURUKAWA}, to=["Sarah Lim <sarah.lim@kestrel-analytics.com>"],
    subject="Deposit received – Kestrel Analytics Year-End Party (Dec 12)",
    text="""Dear Sarah,

Thank you for arranging the deposit so quickly.
This is to confirm that we have received the deposit for your year-end party.

  Event       : Kestrel Analytics Japan – Year-End Party
  Date        : Friday, December 12, 2025, 19:00–21:30
  Venue       : "Soleil" banquet room, 3F
  Guests      : 85 (guaranteed number due Dec 5)
  Deposit     : JPY 300,000
  Charged to  : Corporate VISA **** **** **** 4417 (approval code 40213Z)
  BEO No.     : 25-1212-03

The remaining balance will be invoiced to your Tokyo office after the event, as agreed.
I will send the draft menu and floor plan next week.

Best regards,
Kengo
""" + SIG_FURUKAWA,
))

# ---------------------------------------------------------------- HP3
MAILS.append(dict(
    key="HP3", expect="pass", kind="benign.public_figure",
    why="講演者は現職の衆議院議員（公人）で、公開予定の講演日程と警備体制の相談のみ。",
    **{"from": FURUKAWA}, to=["ベイサイド警備 営業課 石黒 <ishiguro@bayside-keibi.co.jp>"],
    subject="11/8 政経セミナー 警備体制のご相談",
    text="""ベイサイド警備株式会社
営業課 石黒様

いつもお世話になっております。ベルクール横浜の古川です。
11月8日（土）の「横浜経済人 政経セミナー」につきまして、警備のご相談です。

講師に衆議院議員の白石 隆之 先生（神奈川10区）がお見えになります。
先生の事務所からは、随行の秘書2名・SPの有無は未定と伺っています。

　日時　：11月8日（土）講演 14:00〜15:00、懇親会 15:30〜17:00
　会場　：3階「ソレイユ」（講演）、2階「アトリエ」（懇親会）
　参加者：約250名（主催者による事前登録制）

VIP動線（地下駐車場→業務用エレベーター→控室）への配置と、
受付付近の手荷物確認について、人数とお見積りをいただけますでしょうか。
主催者・先生の事務所との合同打合せは10月末を予定しています。
""" + SIG_FURUKAWA,
))

# ---------------------------------------------------------------- HP4
MAILS.append(dict(
    key="HP4", expect="pass", kind="benign.meeting",
    why="装花打合せの日程調整で、両家の姓と希望イメージのみ。添付画像も装花のイメージ写真。",
    **{"from": SAEKI}, to=["川口 美穂 <kawaguchi@fleur-de-miel.jp>"],
    subject="11/23 森田家・大野家 装花打合せの日程",
    text="""フルール・ド・ミエル
川口様

お世話になっております。佐伯です。
11月23日 森田家・大野家さまの装花打合せ、お二人のご都合を伺いました。

　第1希望：10月18日（土）14:00〜
　第2希望：10月19日（日）11:00〜
　第3希望：10月25日（土）15:00〜

場所はいつもどおりウエディングサロン2階のブースを押さえます。
新婦様から「こんな雰囲気にしたい」と画像をいただいたので添付します。
くすみブルーと白、グリーン多めのナチュラル系がお好みのようです。

ご都合のよい日時をお知らせください。
""" + SIG_SAEKI,
    attachments=[att("装花イメージ_森田様.jpg", JPG)],
))

# ---------------------------------------------------------------- HP5
MAILS.append(dict(
    key="HP5", expect="pass", kind="benign.company_surname",
    why="「小林商事」は法人名で、13桁の数字は法人番号、T付きの番号は当ホテルの適格請求書登録番号であり、個人情報ではない。",
    **{"from": FURUKAWA}, to=["株式会社小林商事 総務課 西田 <nishida@kobayashi-shoji.co.jp>"],
    subject="創立60周年記念パーティー お見積り（見積番号 BQ-2025-0917）",
    text="""株式会社小林商事
総務課 西田様

いつもお世話になっております。ベルクール横浜の古川です。
先日はご来館いただき、ありがとうございました。
創立60周年記念パーティーのお見積りをお送りします。

　日時　：2026年2月20日（金）18:00〜20:00
　会場　：3階「ソレイユ」全室
　人数　：200名（立食）
　お見積：5,720,000円（税・サービス料込）見積番号 BQ-2025-0917

ご請求書の宛名は「株式会社小林商事（法人番号 1020001089476）」でよろしいでしょうか。
当ホテルの適格請求書発行事業者登録番号は T8020001041257 です。

小林社長のご挨拶の際の演台・マイク、記念映像の上映（プロジェクター2台）も
お見積りに含めております。ご確認のほどお願いいたします。
""" + SIG_FURUKAWA,
))

# ---------------------------------------------------------------- HP6
MAILS.append(dict(
    key="HP6", expect="pass", kind="benign.plain_zip",
    why="パスワードなしの通常ZIPで、掲載用の会場写真（ゲストが写っていないもの）を媒体へ送るだけ。",
    **{"from": SAEKI}, to=["Wedding Days編集部 小川 <ogawa@weddingdays.jp>"],
    subject="会場写真（2025秋）データのご送付",
    text="""Wedding Days編集部
小川様

お世話になっております。ホテル ベルクール横浜の佐伯です。
12月号掲載用の会場写真をお送りします。パスワードはかけておりません。

・チャペル（昼・夜）各3点
・宴会場「ソレイユ」秋のコーディネート 4点
・ガーデン 2点

いずれもゲスト様の写っていない、撮影用にセッティングしたものです。
クレジットは「Photo: Hotel Bellecour Yokohama」でお願いいたします。
""" + SIG_SAEKI,
    attachments=[att("ベルクール横浜_会場写真_2025秋.zip", ZIP)],
))

# ---------------------------------------------------------------- HP7
MAILS.append(dict(
    key="HP7", expect="pass", kind="benign.condolence",
    why="企業の名誉会長のお別れの会の打合せで、故人は会社の公的な立場の人物、病名や遺族の連絡先などは含まれない。",
    **{"from": FURUKAWA}, to=["株式会社相模ケミカル 総務部 長谷部 <hasebe@sagami-chemical.co.jp>"],
    subject="故 相模 宗一郎 名誉会長 お別れの会について",
    text="""株式会社相模ケミカル
総務部 長谷部様

このたびは、相模 宗一郎 名誉会長のご逝去の報に接し、謹んでお悔やみ申し上げます。
当ホテルも長年にわたりご愛顧をいただき、スタッフ一同、感謝の念に堪えません。

お電話でご相談いただいた「お別れの会」につきまして、下記のとおり仮押さえをいたしました。

　日時：12月2日（火）13:00〜15:00（献花形式）
　会場：3階「ソレイユ」
　想定参列者：約400名

祭壇の生花、遺影のパネル、記帳台、返礼品のご手配についても承れますので、
ご都合のよろしい日に一度お打合せのお時間をいただけますでしょうか。
なお、新聞への告知文の文案も必要でしたらお手伝いいたします。
""" + SIG_FURUKAWA,
))

# ---------------------------------------------------------------- HP8
tohama = [
    "宮坂 浩一 <k-miyasaka@tohama-hd.co.jp>", "井口 智美 <t-iguchi@tohama-hd.co.jp>", "白井 学 <m-shirai@tohama-hd.co.jp>",
    "長田 悠 <y-osada@tohama-hd.co.jp>", "坪井 香織 <k-tsuboi@tohama-hd.co.jp>", "村岡 聡 <s-muraoka@tohama-hd.co.jp>",
    "黒田 えり <e-kuroda@tohama-hd.co.jp>", "工藤 誠 <m-kudo@tohama-hd.co.jp>", "荻野 彩 <a-ogino@tohama-hd.co.jp>",
    "松下 竜也 <t-matsushita@tohama-hd.co.jp>", "青柳 恵 <m-aoyagi@tohama-hd.co.jp>", "土屋 拓海 <t-tsuchiya@tohama-hd.co.jp>",
]
MAILS.append(dict(
    key="HP8", expect="pass", kind="benign.single_org_many",
    why="宛先は12名だが全員が同じ顧客企業（tohama-hd.co.jp）の実行委員で、互いに既知の社内メンバー。別組織・個人アドレスの混在はない。",
    **{"from": FURUKAWA}, to=tohama,
    subject="創立50周年記念式典 実行委員会 第3回打合せ資料",
    text="""株式会社東浜ホールディングス
創立50周年記念式典 実行委員の皆さま

いつもお世話になっております。ホテル ベルクール横浜の古川でございます。
10月7日（火）の第3回打合せに向けて、資料をお送りいたします。

■今回ご確認いただきたい事項
　1. 式典の進行表（第2稿）：来賓祝辞を2名→3名に変更
　2. 会場レイアウト：円卓26卓（1卓10名）、ステージ幅を8m→10mに拡張
　3. 記念品：候補3点のサンプルを当日お持ちします
　4. 控室：役員控室1、来賓控室2

■打合せ
　10月7日（火）15:00〜16:30　ホテル2階「サロン・ド・ボヌール」

資料は宮坂様より「委員全員に直接送ってほしい」とのご依頼をいただきましたので、
皆さまに一斉にお送りしております。
""" + SIG_FURUKAWA,
))

# ---------------------------------------------------------------- HP9
MAILS.append(dict(
    key="HP9", expect="pass", kind="benign.aggregate_health",
    why="アレルギー対応は卓記号と数量だけで、誰のものかは書かれておらず個人を特定できない。",
    **{"from": SAEKI}, to=["岡田 シェフ <okada@atelier-sorbet.jp>"],
    subject="12/6 ご披露宴 ケーキのアレルギー対応数",
    text="""アトリエ・ソルベ
岡田シェフ

お世話になっております。佐伯です。
12月6日 原田家・千葉家さまのケーキカット後のサーブ分について、
アレルギー対応の数量が確定しました。

　卵不使用　　：2カット（卓C・卓F 各1）
　ナッツ不使用：1カット（卓B）
　その他　　　：通常どおり 88カット

新郎新婦様から「ゲストのお名前までは不要」とのことでしたので、卓記号のみでお伝えします。
お皿の縁に小さくピックを立てて区別する形で、サービススタッフと共有済みです。
""" + SIG_SAEKI,
))

# ---------------------------------------------------------------- HP10
MAILS.append(dict(
    key="HP10", expect="pass", kind="benign.event_order",
    why="A banquet event order to the corporate client: menu, AV and timings, with BEO and PO numbers; no personal data.",
    **{"from": FURUKAWA}, to=["Thomas Reid <thomas.reid@halvorsen-marine.com>"], cc=["Aiko Sato <aiko.sato@halvorsen-marine.com>"],
    subject="BEO #24-1187 – Client Appreciation Dinner, Sept 26",
    text="""Dear Thomas,

Please find below the Banquet Event Order for your Client Appreciation Dinner.
Kindly review and sign off by Sept 19.

BEO #24-1187 / Your PO: HMJ-PO-55821
Date    : Friday, September 26, 2025
Room    : "Atelier" 2F (round tables, 8 x 8 pax)
Guests  : 60 (guarantee due Sept 22)

Timeline
 18:00  Reception drinks (sparkling wine, beer, soft drinks)
 18:30  Welcome speech by your Country Manager
 18:40  Dinner service
 20:30  Closing

Menu (French, 5 courses)
 Amuse-bouche / Lobster bisque / Sea bream with saffron sauce /
 Wagyu beef fillet / Chestnut mont-blanc, coffee
 Vegetarian option: 4 (as advised)

AV: 1 wireless mic, lectern, 120-inch screen with projector, HDMI at podium

Total estimate: JPY 1,584,000 (tax and service included)

Best regards,
Kengo
""" + SIG_FURUKAWA,
))
