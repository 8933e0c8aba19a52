from common import *

M = []

# ---------------- HOLDS ----------------

M.append(dict(
    key="T-H1", expect="hold", kind="id.passport",
    why="The rooming list attachment carries every participant's passport number and date of birth, sent to an overseas hotel.",
    frm=BROOKS,
    to=["Reservations <group.rsvn@grandformosa-riverside.com.tw>"],
    cc=["Vivian Lin <vivian.lin@grandformosa-riverside.com.tw>"],
    subject="Rooming list - MCT-TPE-1128 (Nagoya Chamber of Commerce study tour), 28-30 Nov",
    text=body("""
Dear Vivian and reservations team,

Please find attached the final rooming list for our group MCT-TPE-1128 arriving on
28 November (CI 151, ETA 13:35). The hotel asked us to include passport details for the
police registration, so they are in the sheet.

Room summary: 6 twins + 4 singles = 10 rooms, 16 pax (incl. 1 tour leader).
Special requests:
- Room for Mr. Kato and Mrs. Kato: high floor, away from elevator if possible.
- Tour leader Mr. Hirose needs a room near the group.

Please reconfirm by reply.

Thank you,
""", "brooks"),
    attachments=[dict(filename="RoomingList_MCT-TPE-1128.xlsx", contentType=XLSX, text=
"Group\tMCT-TPE-1128\tHotel\tGrand Formosa Riverside\tCheck-in\t2024-11-28\tCheck-out\t2024-11-30\n"
"Room\tType\tSurname\tGiven name\tSex\tDate of birth\tNationality\tPassport No.\tExpiry\n"
"1\tTWN\tKATO\tMASAHIRO\tM\t1957-02-11\tJPN\tTS4418270\t2031-06-14\n"
"1\tTWN\tKATO\tYOSHIE\tF\t1960-08-29\tJPN\tTS4418271\t2031-06-14\n"
"2\tTWN\tOGAWA\tTETSUYA\tM\t1968-12-03\tJPN\tTR9037126\t2029-03-22\n"
"2\tTWN\tSUGIMOTO\tHIDEKI\tM\t1972-05-17\tJPN\tTK2260584\t2027-10-08\n"
"3\tSGL\tMORIWAKI\tCHIHARU\tF\t1981-09-09\tJPN\tTZ1175309\t2033-01-30\n"
"10\tSGL\tHIROSE\tDAISUKE\tM\t1985-04-21\tJPN\tTR6629841\t2030-07-12\t(Tour leader)\n")],
    personal=[("name", "KATO"), ("birthdate", "1957-02-11"), ("passport", "TS4418270"),
              ("name", "SUGIMOTO"), ("passport", "TR9037126"), ("name", "MORIWAKI"), ("passport", "TZ1175309")],
))

M.append(dict(
    key="T-H2", expect="hold", kind="sensitive.medical",
    why="Names individual guests with coeliac disease, an anaphylactic allergy and their religion, sent to a restaurant abroad.",
    frm=BROOKS,
    to=["Trattoria Il Chiostro - Bookings <prenotazioni@ilchiostro-firenze.it>"],
    subject="Group dinner 14 Nov - dietary requirements by name (Michikusa Travel, 22 pax)",
    text=body("""
Dear Ms. Bellini,

Thank you for confirming our group dinner on Thursday 14 November at 19:30 for 22 guests.
As you asked for names so that the waiters can serve the right plates, here are the
guests with special requirements:

1. Mrs. Keiko Hattori - coeliac disease, strictly gluten-free (including no shared fryer)
2. Mr. Yusuf Tanaka - Muslim, halal meat only or fish; no alcohol in sauces
3. Ms. Rie Ogino - severe shellfish allergy, she carries an EpiPen; please no prawns or
   mussels on her table at all
4. Mr. and Mrs. Saito - vegetarian (eggs and dairy are fine)

All others: standard set menu, as agreed.

Our tour conductor, Ms. Nakai, will introduce the guests to your head waiter on arrival.

Kind regards,
""", "brooks"),
    personal=[("name", "Keiko Hattori"), ("health", "coeliac disease"), ("name", "Yusuf Tanaka"),
              ("religion", "Muslim, halal meat only"), ("name", "Rie Ogino"), ("health", "severe shellfish allergy")],
))

M.append(dict(
    key="T-H3", expect="hold", kind="roster.customers",
    why="ツアー参加者の氏名・年齢・住所・電話の一覧CSVを社外のバス会社に送っている。",
    frm=MIYATAKE,
    to=["中部観光バス 配車センター <haisha@chubu-kankobus.co.jp>"],
    subject="11/23 飛騨高山・白川郷日帰り　乗車名簿",
    text=body("""
中部観光バス株式会社
配車センター　水野様

いつもお世話になっております。みちくさトラベルの宮武です。
11月23日（土・祝）の飛騨高山・白川郷日帰りツアー（コースNo. HT-1123）の乗車名簿を送ります。
乗車地ごとに並べてあります。

乗車地：
　①名古屋駅 太閤通口 7:30
　②栄 オアシス21 7:50
　③一宮IC 8:20

当日の緊急連絡は添乗員の携帯（090-6634-1120）までお願いします。
""", "miyatake"),
    attachments=[dict(filename="乗車名簿_HT-1123.csv", contentType=CSV, text=
"乗車地,氏名,性別,年齢,住所,電話番号,座席希望\n"
"名古屋駅,岡田 秀樹,男,67,名古屋市千種区覚王山通8-12-5,052-751-3382,前方\n"
"名古屋駅,岡田 節子,女,65,名古屋市千種区覚王山通8-12-5,052-751-3382,前方\n"
"名古屋駅,水谷 里美,女,42,名古屋市西区城西4-21-7-805,090-8871-5220,\n"
"栄,服部 亮,男,38,名古屋市中区大須2-30-14,080-3390-6618,\n"
"栄,近藤 由美子,女,71,名古屋市昭和区川名山町112-3,052-831-9047,酔いやすいので前方\n"
"一宮IC,鷲見 勝也,男,55,愛知県一宮市真清田1-6-3,0586-72-5519,\n")],
    personal=[("name", "岡田 秀樹"), ("address", "名古屋市千種区覚王山通8-12-5"), ("phone", "052-751-3382"),
              ("name", "水谷 里美"), ("phone", "090-8871-5220"), ("name", "近藤 由美子"), ("address", "愛知県一宮市真清田1-6-3")],
))

M.append(dict(
    key="T-H4", expect="hold", kind="attach.encrypted_zip",
    why="パスワード付きZIP（PPAP）で名簿を社外のランドオペレーターへ送っているため。",
    frm=MORISHITA,
    to=["北海道ランドサービス 手配部 <tehai@hokkaido-land.co.jp>"],
    subject="12/14〜 道東ﾂｱｰ 名簿送ります",
    text=body("""
北海道ﾗﾝﾄﾞｻｰﾋﾞｽ 手配部 御中

おせわになっております、みちくさﾄﾗﾍﾞﾙ森下です。
12/14発 道東流氷ﾂｱｰ（ｺｰｽ DT-1214）の名簿をお送りします。
いつもどおりﾊﾟｽﾜｰﾄﾞかけてますので、ﾊﾟｽﾜｰﾄﾞは次のﾒｰﾙで送りまｓ。

人数は前回連絡から1名増えて 28名 になりました（ｷｬﾝｾﾙ待ちの方が繰り上がり）
ﾎﾃﾙの部屋割りもｴｸｾﾙの2ｼｰﾄ目に入れてます。
よろしくおねがいします
""", "morishita"),
    attachments=[dict(filename="DT-1214_meibo.zip", contentType=ZIP, encrypted=True)],
    personal=[],
))

M.append(dict(
    key="T-H5", expect="hold", kind="sensitive.disability",
    why="参加者1名の障害の等級と人工透析の予定を、氏名付きで社外の旅館に送っている。",
    frm=MIYATAKE,
    to=["下呂温泉 翠山荘 予約係 <yoyaku@suizanso-gero.jp>"],
    subject="12/7-8 ご宿泊　団体（みちくさトラベル）お一人様の配慮のお願い",
    text=body("""
下呂温泉 翠山荘
予約係　坂口様

お世話になっております。みちくさトラベルの宮武です。
12月7日〜8日でご予約いただいている団体（紅葉と下呂温泉の旅 20名様）のうち、
お一人について事前にご相談させてください。

お客様：野々山 隆 様（72歳）
・身体障害者手帳1級（下肢）をお持ちで、車椅子を使用されています。
・週3回（火・木・土）人工透析を受けておられ、12/7（土）は出発前に
　名古屋市内の病院で透析を済ませてから合流されます。
・到着が他のお客様より1時間ほど遅れ、お疲れのため夕食はお部屋食を希望されています。

バリアフリールーム（「桔梗」）の確保と、大浴場の貸切時間を30分いただけるか
ご確認いただけますでしょうか。
""", "miyatake"),
    personal=[("name", "野々山 隆"), ("disability", "身体障害者手帳1級（下肢）"), ("health", "週3回（火・木・土）人工透析")],
))

M.append(dict(
    key="T-H6", expect="hold", kind="id.card",
    why="A customer's full credit card number with expiry and holder name is sent by e-mail to an overseas hotel.",
    frm=BROOKS,
    to=["Réservations <reservations@hotel-lumiere-paris.fr>"],
    subject="Guarantee for booking HLP-77219 (Matsukawa, 3 nights)",
    text=body("""
Bonjour,

Regarding booking HLP-77219 (Superior Double, 19-22 December, guest name Matsukawa),
your team asked for a credit card guarantee because the guest will arrive after 23:00.
The guest has authorised us to pass his card details:

  Card: Visa 4532 0118 7765 4323
  Expiry: 09/27
  Cardholder: HIROSHI MATSUKAWA

Please do not charge the card before arrival; the room is prepaid by us except for
incidentals. Kindly confirm the late arrival guarantee by return.

Merci et bonne journée,
""", "brooks"),
    personal=[("card", "4532 0118 7765 4323"), ("name", "HIROSHI MATSUKAWA")],
))

M.append(dict(
    key="T-H7", expect="hold", kind="id.account",
    why="キャンセル返金のため、お客様の氏名と個人の銀行口座を外部の精算代行会社に送っている。",
    frm=MORISHITA,
    to=["トラベル精算センター 返金担当 <henkin@travel-seisan.co.jp>"],
    subject="返金依頼 1件（ｷｬﾝｾﾙ分）",
    text=body("""
ﾄﾗﾍﾞﾙ精算ｾﾝﾀｰ 返金ご担当様

おつかれさまです、みちくさﾄﾗﾍﾞﾙ森下です。
下記お客様のｷｬﾝｾﾙ返金お願いします

予約番号：MT-24-108842
お客様名：杉浦 千夏 様
ｺｰｽ：12/14発 道東流氷ﾂｱｰ
ｷｬﾝｾﾙ日：11/18（取消料 20%）
返金額：¥38,400
返金先：東海ひかり銀行 金山支店 普通 7702195 ｽｷﾞｳﾗ ﾁﾅﾂ

お客様には11月中に振込と伝えてしまってます…すみません、急ぎでおねがいします
""", "morishita"),
    personal=[("name", "杉浦 千夏"), ("account", "東海ひかり銀行 金山支店 普通 7702195 ｽｷﾞｳﾗ ﾁﾅﾂ")],
))

BULK_PAX = [
    "岡田 秀樹 <h.okada.kakuozan@gmail.com>",
    "水谷 里美 <satomi.mizutani@docomo.ne.jp>",
    "服部 亮 <ryo.hattori0714@icloud.com>",
    "近藤 由美子 <kondo-yumiko@ccnet-ai.ne.jp>",
    "鷲見 勝也 <sumi.katsuya@yahoo.co.jp>",
    "大野 恵理 <eri.ohno@outlook.jp>",
    "倉田 浩一 <kurata.k@na.commufa.jp>",
    "平松 美和 <miwa.hiramatsu@gmail.com>",
    "石原 啓介 <k-ishihara@nagoya-shokai.co.jp>",
    "横井 千尋 <chihiro.yokoi@au.com>",
    "丹羽 正則 <niwa.masanori@gmail.com>",
    "早川 春香 <haruka.hayakawa@softbank.ne.jp>",
]
M.append(dict(
    key="T-H8", expect="hold", kind="bulk.recipients",
    why="12名のお客様の個人アドレスをTo欄に並べて一斉送信しており、参加者同士にアドレスが見える（Bccにすべき）。",
    frm=MIYATAKE,
    to=BULK_PAX,
    subject="【最終のご案内】11/23 飛騨高山・白川郷日帰りツアー",
    text=body("""
ツアーにお申し込みのお客様へ

このたびは「飛騨高山・白川郷日帰りツアー」にお申し込みいただき、誠にありがとうございます。
ご出発が近づいてまいりましたので、最終のご案内をお送りします。

■集合時間・場所（お申込み時の乗車地にお越しください）
　名古屋駅 太閤通口 7:30／栄 オアシス21 7:50／一宮IC 8:20
■持ち物　歩きやすい靴、防寒着（白川郷は名古屋より5度ほど低くなります）
■昼食　　高山市内にて飛騨牛朴葉味噌定食
■添乗員　中井（当日連絡先 090-6634-1120）

雨天でも催行いたします。お気をつけてお越しください。
""", "miyatake"),
    personal=[],
))

M.append(dict(
    key="T-H9", expect="hold", kind="sensitive.medical",
    why="件名にお客様の氏名とペースメーカー・酸素ボンベという健康情報が入ったまま、社外の航空会社に送っている。",
    frm=MORISHITA,
    to=["ｾﾝﾄﾚｱ航空 団体ﾃﾞｽｸ <group-desk@centrair-air.co.jp>"],
    subject="佐野 和子様　ﾍﾟｰｽﾒｰｶｰ装着・酸素ﾎﾞﾝﾍﾞ持込みの件（12/14 CA102便）",
    text=body("""
団体ﾃﾞｽｸ ご担当様

いつもお世話になっております みちくさﾄﾗﾍﾞﾙ森下です
標記の件、先日お電話で伺った申請書（MEDIF）の様式をお送りいただけますでしょうか。
団体予約番号は GRP-CA-24-0318 です。

診断書は主治医に依頼済みで、12/2ごろ届く予定です。
よろしくおねがいします
""", "morishita"),
    personal=[("name", "佐野 和子"), ("health", "ﾍﾟｰｽﾒｰｶｰ装着・酸素ﾎﾞﾝﾍﾞ持込み")],
))

M.append(dict(
    key="T-H10", expect="hold", kind="id.passport",
    why="Visa application: names, dates of birth and passport numbers of customers, with passport scans, sent to an outside visa agency.",
    frm=BROOKS,
    to=["Delhi Visa Facilitation Services <applications@delhivisafs.in>"],
    subject="e-Visa applications - 2 pax travelling 8 Jan (Michikusa ref. IN-0108)",
    text=body("""
Dear team,

Please proceed with the Indian e-Tourist Visa applications for the following two
travellers, as discussed with Mr. Sharma on the phone.

1. Surname: TAKEDA / Given name: MINORU
   Date of birth: 03 Oct 1963 / Passport No.: TR3381902 (exp. 2030-05-19)
   Occupation: retired (former company employee)
2. Surname: TAKEDA / Given name: AKEMI
   Date of birth: 27 Jul 1966 / Passport No.: TR3381903 (exp. 2030-05-19)
   Occupation: housewife

Passport bio pages and photos are attached as scans. Home address (same for both):
2-8-15 Yagoto-honmachi, Showa-ku, Nagoya 466-0825.

Please invoice Michikusa Travel as usual.

Regards,
""", "brooks"),
    attachments=[dict(filename="TAKEDA_MINORU_passport.jpg", contentType=JPG),
                 dict(filename="TAKEDA_AKEMI_passport.jpg", contentType=JPG)],
    personal=[("name", "TAKEDA"), ("birthdate", "03 Oct 1963"), ("passport", "TR3381902"),
              ("passport", "TR3381903"), ("address", "2-8-15 Yagoto-honmachi, Showa-ku, Nagoya 466-0825")],
))

# ---------------- PASSES ----------------

M.append(dict(
    key="T-P1", expect="pass", kind="benign.aggregate_stats",
    why="部屋割りは部屋タイプごとの数だけで、参加者の氏名はない。",
    frm=MIYATAKE,
    to=["下呂温泉 翠山荘 予約係 <yoyaku@suizanso-gero.jp>"],
    subject="12/7-8 団体ご予約　部屋数の確定",
    text=body("""
下呂温泉 翠山荘
予約係　坂口様

お世話になっております。みちくさトラベルの宮武です。
12/7〜8の団体（紅葉と下呂温泉の旅）の部屋数が確定しましたのでお知らせします。

　和室（4名）　　　2室
　和室（3名）　　　1室
　和洋室ツイン　　 3室
　和室シングル利用 1室
　バリアフリールーム（桔梗）1室 ※別メールでご相談の件
　乗務員室（運転手・添乗員） 2室
　───────────
　計 10室　お客様20名＋乗務員2名

夕食は18:30から宴会場「松風」でお願いします。
部屋割り（お名前入り）は前日までにFAXでお送りします。
""", "miyatake"),
))

M.append(dict(
    key="T-P2", expect="pass", kind="benign.own_data",
    why="お客様本人の予約内容（本人の旅券番号を含む）を、本人のアドレスに確認のため送っているもの。",
    frm=MORISHITA,
    to=["杉浦 千夏 <chinatsu.sugiura@gmail.com>"],
    subject="【ご返金のご連絡】予約番号 MT-24-108842",
    text=body("""
杉浦 千夏 様

このたびはお問い合わせいただきありがとうございます、みちくさﾄﾗﾍﾞﾙの森下です。
ご返金の手続きについて、ご登録内容とあわせてご連絡いたします。

予約番号：MT-24-108842
ｺｰｽ：12/14発 道東流氷ﾂｱｰ（ｷｬﾝｾﾙ受付日 11/18）
ご旅行代金：¥192,000　取消料（20%）：¥38,400　→ ご返金額：¥153,600
ご返金先（お客様ご指定）：東海ひかり銀行 金山支店 普通 7702195 ｽｷﾞｳﾗ ﾁﾅﾂ
お振込予定：11月29日（金）

※上記の口座に誤りがございましたら、お手数ですが11/22までにご返信ください。
※先日お預かりした旅券（番号 TR5528103）のコピーは、当社規定により破棄いたしました。

またのご利用を心よりお待ちしております。
""", "morishita"),
))

M.append(dict(
    key="T-P3", expect="pass", kind="benign.lookalike_numbers",
    why="Itinerary with group code, flight numbers and booking references; no passenger personal data.",
    frm=BROOKS,
    to=["Operations <ops@formosa-ground.com.tw>"],
    subject="Final itinerary - MCT-TPE-1128 (16 pax)",
    text=body("""
Dear Formosa Ground Services,

Here is the final itinerary for group MCT-TPE-1128. Passenger names will be given to the
guide on arrival; you only need the numbers for the coach and the restaurants.

28 Nov  CI 151  NGO 10:55 - TPE 13:35  /  coach to hotel, welcome dinner (Din Tai Fung,
        Xinyi branch, booking ref. DTF-2811-0436)
29 Nov  Factory visit (TSMC museum of innovation, reservation No. 2024112903),
        afternoon Jiufen, dinner at hotel
30 Nov  Free morning, CI 150  TPE 14:40 - NGO 18:20

Pax: 15 + 1 tour leader. Coach: 25-seater is enough.
Guide: Japanese-speaking, same as last time if possible.

Thank you,
""", "brooks"),
))

M.append(dict(
    key="T-P4", expect="pass", kind="benign.aggregate_stats",
    why="Dietary needs are given as counts only, with no names attached.",
    frm=BROOKS,
    to=["Trattoria Il Chiostro - Bookings <prenotazioni@ilchiostro-firenze.it>"],
    subject="Group lunch 16 Nov - menu and dietary counts",
    text=body("""
Dear Ms. Bellini,

Thank you for the lunch proposal for Saturday 16 November (22 pax, 12:30).
We are happy with menu B (ribollita, pappardelle al cinghiale, cantucci).

Dietary counts for this meal:
  - Gluten-free: 1
  - Halal / no pork and no alcohol in cooking: 1
  - No shellfish (allergy): 1
  - Vegetarian: 2
  - Standard: 17

The tour conductor will point out the guests at the table, so no names are needed.
Please let me know if menu B can be adapted for the gluten-free and vegetarian guests.

Grazie mille,
""", "brooks"),
))

M.append(dict(
    key="T-P5", expect="pass", kind="benign.corporate_account",
    why="添乗員派遣会社との請求確認で、振込先は法人口座、個人番号等はない。",
    frm=MIYATAKE,
    to=["東海ツアーコンダクターズ 経理 <keiri@tokai-tc.co.jp>"],
    subject="10月分 添乗員派遣料のご請求について",
    text=body("""
東海ツアーコンダクターズ株式会社
経理ご担当者様

お世話になっております。みちくさトラベル団体旅行営業部の宮武です。
10月分のご請求書（請求書番号 TTC-2410-0582）を受領しました。

派遣実績：延べ 23日（日帰り 11本、1泊2日 6本）
ご請求額：1,012,000円（税込）

1点だけ、10/19 HT-1019 は雨天で行程短縮のため半日扱いとお聞きしていますので、
修正版をお送りいただけますでしょうか。
お支払いは11月末、ご指定の口座（中京中央銀行 栄支店 当座 1129046
カ）トウカイツアーコンダクターズ）へお振込みいたします。
""", "miyatake"),
))

M.append(dict(
    key="T-P6", expect="pass", kind="benign.it_incident",
    why="'Infection' and 'isolated' refer to an IT malware incident, not anyone's health.",
    frm=BROOKS,
    to=["Vivian Lin <vivian.lin@grandformosa-riverside.com.tw>"],
    subject="Our booking system outage - please use e-mail for changes until Monday",
    text=body("""
Dear Vivian,

Just a quick note: since this morning our reservation system has been offline. One of our
office PCs was found to have a malware infection, so our IT team has isolated the network
segment and is checking all servers. No customer data has been affected as far as we know.

Until the system is back (expected Monday 18 Nov), the channel manager will not send
updates. If there are any changes to MCT-TPE-1128 or our December allotments, please
e-mail me directly and I will update manually.

Sorry for the inconvenience.

Best,
""", "brooks"),
))

M.append(dict(
    key="T-P7", expect="pass", kind="benign.plain_zip",
    why="パスワードなしのZIPにパンフレットPDFを入れて送っているだけで、個人情報はない。",
    frm=MIYATAKE,
    to=["ツーリストみずほ 企画課 <kikaku@tourist-mizuho.co.jp>"],
    subject="2025年春 募集型企画旅行パンフレット（販売用データ）",
    text=body("""
ツーリストみずほ
企画課　山内様

いつもお世話になっております。みちくさトラベルの宮武です。
受託販売いただいている2025年春の募集型企画旅行のパンフレットデータを送ります。
ファイルが多いのでZIPにまとめました（パスワードはかけていません）。

中身：
　・表紙〜P16 本誌（PDF、印刷用）
　・Web掲載用の軽量版PDF
　・旅行条件書（2025年1月改定版）

販売開始は12月16日です。店頭用のチラシは別途郵送します。
""", "miyatake"),
    attachments=[dict(filename="2025spring_pamphlet.zip", contentType=ZIP)],
))

M.append(dict(
    key="T-P8", expect="pass", kind="benign.template_dummy",
    why="海外旅行保険の申込書の記入例で、氏名・生年月日・旅券番号はすべて見本のダミー値。",
    frm=MORISHITA,
    to=["あおい保険サービス 代理店担当 <dairiten@aoi-hoken.co.jp>"],
    subject="申込書の記入見本　チェックおねがいします",
    text=body("""
あおい保険ｻｰﾋﾞｽ 代理店ご担当様

おつかれさまです みちくさﾄﾗﾍﾞﾙ森下です
海外旅行保険の申込書にお客様向けの記入見本をつけたいので、内容を確認いただけますか。

【記入見本】
　被保険者氏名：旅行 太郎（りょこう たろう）
　生年月日　　：1980年1月1日
　旅券番号　　：TK0000000
　住所　　　　：名古屋市中区栄0-0-0
　電話　　　　：052-000-0000
　告知事項　　：「現在治療中の病気・ケガ」→ はい・いいえ に〇
　　　　　　　　（例）いいえ

告知欄の例を「いいえ」にしておいてよいか、それとも空欄がいいのか迷ってます。
ﾁｪｯｸよろしくおねがいします
""", "morishita"),
))

BCC_CUST = ["h.okada.kakuozan@gmail.com", "satomi.mizutani@docomo.ne.jp", "ryo.hattori0714@icloud.com",
            "kondo-yumiko@ccnet-ai.ne.jp", "sumi.katsuya@yahoo.co.jp", "eri.ohno@outlook.jp",
            "kurata.k@na.commufa.jp", "miwa.hiramatsu@gmail.com", "chihiro.yokoi@au.com",
            "niwa.masanori@gmail.com", "haruka.hayakawa@softbank.ne.jp", "chinatsu.sugiura@gmail.com",
            "t.nonoyama@ccnet-ai.ne.jp", "kazuko.sano@gmail.com"]
M.append(dict(
    key="T-P9", expect="pass", kind="benign.bcc_bulk",
    why="お客様への一斉案内だがアドレスはすべてBccで、内容もキャンペーン告知のみ。",
    frm=MIYATAKE,
    to=["みちくさトラベル 団体旅行営業部 <dantai@michikusa-travel.co.jp>"],
    bcc=BCC_CUST,
    subject="【みちくさトラベル】リピーター様限定　早春の旅 早割のご案内",
    text=body("""
いつもみちくさトラベルをご利用いただき、誠にありがとうございます。
（本メールは過去にご参加いただいたお客様へBccでお送りしております）

日頃のご愛顧に感謝して、2025年早春のツアーをリピーター様限定の早割価格でご案内します。

◆熱海・伊豆 河津桜と金目鯛の旅（2/22・3/1 出発）　早割 ▲3,000円
◆長崎ランタンフェスティバル 2泊3日（2/8 出発）　　早割 ▲5,000円
◆京都 冬の特別公開と湯豆腐（1/25 出発）　　　　　 早割 ▲2,000円

早割のお申込み締切は12月20日です。お電話（052-262-7015）または
当社ウェブサイトの「リピーター様専用ページ」からお申込みください。

配信停止をご希望の方は、このメールにその旨ご返信ください。
""", "miyatake"),
))

M.append(dict(
    key="T-P10", expect="pass", kind="benign.thread_signatures",
    why="Contract-rate meeting thread with hotel sales staff; only business contacts and signatures.",
    frm=BROOKS,
    to=["Jason Wu <jason.wu@grandformosa-riverside.com.tw>"],
    cc=["Vivian Lin <vivian.lin@grandformosa-riverside.com.tw>", MIYATAKE],
    subject="Re: 2025 group contract rates - meeting in Nagoya",
    text="""Dear Jason,

Thank you for offering to visit us. 10 December at 14:00 in our Nagoya office is fine.
My colleague Shota Miyatake (group sales) will also join, as most of the 2025 series
will be his study tours.

Items we would like to discuss:
- 2025 FIT and series rates (we expect about 40 groups, mainly Mar-May and Oct-Nov)
- Release period: can it be 21 days instead of 30 for series groups?
- Breakfast for early departures (before 06:30)

Our address is on my signature. The nearest station is Sakae, exit 13.

Best regards,

""" + SIG["brooks"] + """

-----Original Message-----
From: Jason Wu <jason.wu@grandformosa-riverside.com.tw>
Sent: Wednesday, November 13, 2024 4:12 PM
Subject: 2025 group contract rates - meeting in Nagoya

Dear Kenji,
I will be in Japan on our sales mission from 9 to 12 December and would love to visit your
office to discuss the 2025 contract. Would 10 or 11 December work?

Jason Wu
Director of Sales - Japan Market
Grand Formosa Riverside Hotel Taipei
No. 88, Section 2, Huanhe North Road, Datong District, Taipei 103, Taiwan
T +886 2 2555 8800 ext. 6120 | M +886 912 345 678
jason.wu@grandformosa-riverside.com.tw
""",
))
