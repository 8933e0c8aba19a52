# Event staffing: 株式会社イベントクルー東海 (EventCrew Tokai) eventcrew-tokai.co.jp
ISHIGURO = "石黒 大輔 <ishiguro@eventcrew-tokai.co.jp>"
ISHIGURO_EN = "Daisuke Ishiguro <ishiguro@eventcrew-tokai.co.jp>"
KOMATSU = "小松 あや <komatsu.a@eventcrew-tokai.co.jp>"

SIG_ISHIGURO = """＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
株式会社イベントクルー東海
営業部 チーフ 石黒 大輔
〒460-0008 名古屋市中区栄5-19-3 栄センタービル4F
TEL 052-262-4470 携帯 080-3391-6620
ishiguro@eventcrew-tokai.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_ISHIGURO_EN = """Best regards,
Daisuke Ishiguro
Chief, Sales Dept.
EventCrew Tokai Co., Ltd.
4F Sakae Center Bldg, 5-19-3 Sakae, Naka-ku, Nagoya 460-0008, Japan
Tel +81-52-262-4470 / Mob +81-80-3391-6620"""

SIG_KOMATSU = """--
イベントクルー東海 スタッフ管理課
小松 あや
052-262-4471（スタッフ窓口）"""

MAILS = []
M = MAILS.append

M(dict(key="E01", expect="hold", kind="list.roster",
why="Staff roster with names, dates of birth and mobile numbers of 8 people sent to an overseas event organiser (only in the CSV).",
frm=ISHIGURO_EN,
to=["Registration Team <registration@apmts-events.com>"],
cc=["Melissa Tan <melissa.tan@apmts-events.com>"],
subject="Staff list for badges - APMTS 2025 Nagoya (Hall 2 registration desk)",
text=f"""Dear Melissa and Registration Team,

Please find attached the staff list for the accreditation badges (registration desk and
cloakroom, 3-5 June). Photos will be uploaded to your portal by each staff member.

Two more staff will be added next week; I will send the update by 23 May.

{SIG_ISHIGURO_EN}""",
attachments=[dict(filename="ECT_staff_APMTS2025.csv", contentType="text/csv",
text="""No,Surname,Given name,Role,Date of birth,Mobile,Language
1,OKAMURA,Shiori,Desk leader,1996-02-19,090-5523-1874,JA/EN
2,FUJITA,Kaito,Registration,2001-07-03,080-6640-2291,JA/EN
3,NAKANO,Mei,Registration,2002-11-28,090-3318-7745,JA/EN/ZH
4,LE,Thi Hoa,Registration,1999-05-12,070-4481-9032,VI/EN/JA
5,HAYASHI,Ren,Cloakroom,2003-01-07,080-9912-3356,JA
6,SUGIMOTO,Yuna,Cloakroom,2002-04-22,090-1176-4408,JA/EN
7,ONO,Takeru,Runner,2000-09-15,080-2035-6617,JA
8,BAKER,Chloe,Registration,1998-12-30,090-8873-2210,EN/JA""")],
personal=[("name","OKAMURA,Shiori"),("birthdate","1996-02-19"),("phone","090-5523-1874"),("name","LE,Thi Hoa"),("phone","070-4481-9032"),("name","BAKER,Chloe"),("birthdate","1998-12-30")]))

M(dict(key="E02", expect="pass", kind="benign.internal_many",
why="28名宛だが全員が自社ドメインの社員で、内容も研修の案内のみ。",
frm=KOMATSU,
to=[f"{n} <{a}@eventcrew-tokai.co.jp>" for n,a in [
("石黒 大輔","ishiguro"),("岡村 栞","okamura.s"),("藤田 海斗","fujita.k"),("中野 芽衣","nakano.m"),("林 蓮","hayashi.r"),
("杉本 優奈","sugimoto.y"),("小野 武","ono.t"),("内田 翔","uchida.s"),("加藤 健二","kato.k"),("山岸 亮","yamagishi.r"),
("佐々木 茜","sasaki.a"),("長尾 純","nagao.j"),("平松 咲","hiramatsu.s"),("丸山 大地","maruyama.d"),("三浦 玲奈","miura.r"),
("村田 拓","murata.t"),("森川 千夏","morikawa.c"),("安田 剛","yasuda.g"),("矢野 詩織","yano.s"),("吉田 光","yoshida.h"),
("渡部 彩","watanabe.a"),("今井 陸","imai.r"),("上野 楓","ueno.k"),("江藤 智也","eto.t"),("大橋 瑞希","ohashi.m"),
("片山 俊","katayama.s"),("木村 葵","kimura.a"),("黒田 隼","kuroda.h")]],
subject="【全員】3/8 接客・防災研修のお知らせ（リーダー層は必須）",
text=f"""スタッフの皆さん

お疲れさまです。スタッフ管理課の小松です。
春のイベントシーズン前に、接客・防災研修を行います。

日時：3月8日（土）10:00〜16:00（昼食は各自）
場所：本社 4F 研修室＋1F ロビー（避難誘導訓練）
対象：リーダー・サブリーダーは必須。それ以外の方も参加推奨（時給支給）
内容：
　午前　クレーム対応ロールプレイ／多言語案内の基本フレーズ
　午後　AED・心肺蘇生（中消防署の方が来られます）／避難誘導訓練

持ち物：筆記用具、動きやすい靴
参加可否は3月1日までにシフトアプリの「研修」欄で回答してください。

{SIG_KOMATSU}"""))

M(dict(key="E03", expect="hold", kind="id.my_number",
why="社労士事務所へ新規アルバイトの氏名・生年月日・住所・マイナンバーを本文で送っている。",
frm=KOMATSU,
to=["社会保険労務士法人 栄パートナーズ 手続担当 <tetsuzuki@sakae-sr.jp>"],
subject="資格取得手続のお願い（2/1入社 1名）",
text=f"""栄パートナーズ
手続ご担当 様

いつもお世話になっております。イベントクルー東海の小松です。
2月1日付で入社した契約スタッフ1名の、雇用保険・社会保険の資格取得手続をお願いします。

氏名：長尾 純（ナガオ ジュン）
生年月日：平成12年6月9日
住所：愛知県名古屋市千種区今池3-11-4 サンハイツ今池402
雇用形態：契約社員（週30時間）、月給 215,000円
マイナンバー：3538 7163 7571

扶養家族なし、前職は派遣社員（雇用保険番号は本人が確認中）です。
よろしくお願いいたします。

{SIG_KOMATSU}""",
personal=[("name","長尾 純"),("birthdate","平成12年6月9日"),("address","愛知県名古屋市千種区今池3-11-4 サンハイツ今池402"),("mynumber","3538 7163 7571"),("pay","月給 215,000円")]))

M(dict(key="E04", expect="pass", kind="benign.lookalike_number",
why="車両ナンバー（自社トラック）・入館証番号・警備業認定番号など事業上の番号のみ。",
frm=ISHIGURO,
to=["名港イベントホール 運営課 <unei@meiko-hall.jp>"],
subject="搬入車両・入館証の申請（4/12-13 ガーデンフェア）",
text=f"""名港イベントホール 運営課 御中

お世話になっております。イベントクルー東海の石黒です。
4/12-13「なごやガーデンフェア2025」の搬入車両と入館証の申請をお送りします。

■搬入車両（すべて当社所有）
　1. 名古屋 400 は 12-34　2tトラック　4/11 17:00〜19:00 搬入
　2. 名古屋 400 は 56-78　2tトラック　4/11 17:00〜19:00 搬入
　3. 尾張小牧 300 せ 90-12　ハイエース　4/12 7:00 スタッフ送迎

■入館証
　番号 EC-0041 〜 EC-0066（26枚）、うち警備スタッフ 6枚（EC-0061〜66）
■警備業認定番号：愛知県公安委員会 第54001728号
■発注書番号：MH-2025-0312（主催者様経由で受領済み）

スタッフ氏名の一覧は、主催者様のポータルに登録済みですので、こちらでは割愛します。
貴館指定の申請書（Excel）に同じ内容を入力して添付しています。

{SIG_ISHIGURO}""",
attachments=[dict(filename="搬入車両・入館証申請書_イベントクルー東海.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
text="""申請者	株式会社イベントクルー東海（担当 石黒）	警備業認定	第54001728号
No	車両登録番号	車種	搬入日時	搬出日時
1	名古屋 400 は 12-34	2tトラック	4/11 17:00	4/13 20:00
2	名古屋 400 は 56-78	2tトラック	4/11 17:00	4/13 20:00
3	尾張小牧 300 せ 90-12	ハイエース	4/12 7:00	4/13 21:00
入館証番号	EC-0041〜EC-0066	枚数	26""")]))

M(dict(key="E05", expect="hold", kind="sensitive.medical",
why="取引先へのインシデント報告に、実名のスタッフの熱中症による救急搬送・治療内容・持病（喘息）が書かれている。",
frm=KOMATSU,
to=["中部フェス企画 制作部 伊東様 <ito@chubu-fes.co.jp>"],
cc=["石黒 大輔 <ishiguro@eventcrew-tokai.co.jp>"],
subject="【ご報告】8/3 駐車場誘導スタッフの救急搬送について",
text=f"""中部フェス企画
伊東様

いつもお世話になっております。イベントクルー東海 スタッフ管理課の小松です。
昨日の件、経過をご報告します。

8月3日 14:20頃、第3駐車場で誘導をしていた当社スタッフ 内田 翔（20歳）が
めまいと吐き気を訴え、救護所で休ませた後、意識がもうろうとしてきたため救急車を要請しました。
名古屋港中央病院に搬送され、熱中症（II度）と診断、点滴を受けて当日19時に帰宅しています。
本人には軽い喘息の持病があり、吸入薬を持参していなかったことも分かりました。

本日は自宅で休養させ、今週のシフトからは外しています。
当日は最高気温37℃で、休憩のローテーションが守られていなかった時間帯があったため、
次回から休憩管理表を現場リーダーが15分ごとに確認する運用に変更いたします。

ご迷惑をおかけし申し訳ございませんでした。

{SIG_KOMATSU}""",
personal=[("name","内田 翔"),("health","熱中症（II度）と診断、点滴を受けて"),("health","軽い喘息の持病")]))

M(dict(key="E06", expect="pass", kind="benign.aggregate_health",
why="Post-event report with counts of heat-related cases; no one is named or identifiable.",
frm=ISHIGURO_EN,
to=["Vivian Lo <vivian.lo@pacificexpo-hk.com>"],
subject="Post-event staffing report - Nagoya Food & Beverage Expo (1-3 Aug)",
text=f"""Dear Vivian,

Thank you again for choosing EventCrew Tokai. Here is the short staffing report.

Staff deployed: 64 (3 days, 1,496 hours in total)
  Registration 18 / Hall guidance 22 / Parking 14 / Cloakroom 6 / Leaders 4
No-shows: 1 (replaced within 40 min)

Health & safety:
- 3 staff members felt unwell due to the heat on day 2 (outdoor parking area). All rested
  in the first-aid room and recovered the same day; none needed hospital treatment.
- First aid for visitors: 11 cases (mostly heat and minor cuts), 1 visitor taken to hospital
  by ambulance (handled by the venue first-aid team).
- We will propose shorter outdoor shifts (max. 45 min) and cooling vests for next year.

Lost & found: 23 items handed to the venue office.

Invoice will follow by 15 August.

{SIG_ISHIGURO_EN}"""))

M(dict(key="E07", expect="hold", kind="id.license",
why="外部のレンタカー会社へ、スタッフの運転免許証番号・生年月日・住所と免許証画像を送っている。",
frm=ISHIGURO,
to=["中京レンタリース 法人営業 <houjin@chukyo-lease.co.jp>"],
subject="Re: 追加運転者の登録（契約番号 CL-88214）",
text=f"""中京レンタリース 法人営業 ご担当者様

お世話になっております。イベントクルー東海の石黒です。
ハイエース2台（契約番号 CL-88214）の追加運転者として、下記1名の登録をお願いします。

氏名：加藤 健二（カトウ ケンジ）
生年月日：1988年10月27日
住所：愛知県春日井市高蔵寺町北2-57-3
運転免許証番号：第 543309881460 号（中型8t限定、有効期限 2027年11月27日）

免許証の表裏の画像を添付します。
貸出は4/11夕方からで、当日は加藤が受け取りに伺います。

{SIG_ISHIGURO}

> 2025/04/03 11:05 中京レンタリース 法人営業:
> 追加運転者の方の氏名・生年月日・免許証番号と、免許証の写しをお送りください。""",
attachments=[dict(filename="免許証_加藤健二_表.jpg", contentType="image/jpeg"),
             dict(filename="免許証_加藤健二_裏.jpg", contentType="image/jpeg")],
personal=[("name","加藤 健二"),("birthdate","1988年10月27日"),("address","愛知県春日井市高蔵寺町北2-57-3"),("license","543309881460")]))

BCC60 = []
import random as _r
_r.seed(7)
_fam = ["sato","suzuki","takahashi","tanaka","watanabe","ito","yamamoto","nakamura","kobayashi","kato","yoshida","yamada","sasaki","yamaguchi","matsumoto","inoue","kimura","hayashi","shimizu","yamazaki","mori","abe","ikeda","hashimoto","ishikawa","ogawa","maeda","okada","hasegawa","fujii"]
_giv = ["yuki","haruto","sora","mio","riku","aoi","hina","kaito","rin","sakura","yuto","mei","ren","koharu","daiki","nana","sho","ema","takumi","yua"]
_dom = ["gmail.com","yahoo.co.jp","icloud.com","docomo.ne.jp","ezweb.ne.jp","softbank.ne.jp","outlook.jp"]
while len(BCC60) < 60:
    a = f"{_r.choice(_giv)}.{_r.choice(_fam)}{_r.randint(1,99)}@{_r.choice(_dom)}"
    if a not in BCC60: BCC60.append(a)

M(dict(key="E08", expect="pass", kind="benign.bcc_many",
why="登録スタッフ60名の個人アドレスはすべてBccで、Toは自社アドレス。",
frm=KOMATSU,
to=["イベントクルー東海 スタッフ窓口 <staff@eventcrew-tokai.co.jp>"],
bcc=BCC60,
subject="【募集】12月 週末イベントスタッフ（名古屋・岐阜）",
text=f"""登録スタッフの皆さん

※このメールは登録スタッフの皆さんへBccで一斉送信しています。返信は担当の小松だけに届きます。

12月の週末案件の募集です。シフトアプリから応募してください（先着順）。

日程　　　　会場　　　　　　　　　　　業務　　　　　　　時給
12/7-8　　 名港イベントホール　　　 物販・会場案内　　1,250円
12/14　　　岐阜メモリアル体育館　　 入場整理・誘導　　1,300円
12/21-22　 オアシス栄 特設ステージ　クローク・受付　　1,250円（英語対応+100円）
12/24　　　名古屋港ガーデン埠頭　　 駐車場誘導（屋外）1,400円

・交通費は上限1,500円まで支給
・初めての方は前週の平日に30分の事前説明（オンライン可）があります

{SIG_KOMATSU}"""))

M(dict(key="E09", expect="hold", kind="sensitive.crime",
why="取引先へ、実名のスタッフが窃盗容疑で逮捕されたことを伝えている（犯罪・刑事手続の情報）。",
frm=ISHIGURO,
to=["中部フェス企画 制作部 伊東様 <ito@chubu-fes.co.jp>"],
subject="11/16 物販スタッフ交代のご連絡（山岸の件）",
text=f"""伊東様

いつもお世話になっております。石黒です。
大変申し上げにくいのですが、11/16の物販リーダーで予定していた山岸 亮について、
交代させていただくことになりました。

先週、本人が別の現場（当社とは無関係の私的な場所）で窃盗の容疑により逮捕されたと
家族から連絡がありました。現在も勾留中で、処分がどうなるかはまだ分かりません。
当社の業務中の事案ではございませんが、念のためご報告いたします。

代わりのリーダーには、昨年も御社案件を担当した岡村 栞を入れます。
お手数ですが、入館申請の名前の差し替えをお願いできますでしょうか。

{SIG_ISHIGURO}""",
personal=[("name","山岸 亮"),("crime","窃盗の容疑により逮捕された"),("crime","現在も勾留中")]))

M(dict(key="E10", expect="pass", kind="benign.meeting",
why="Staffing arrangements with an overseas organiser; only business contacts in a quoted thread.",
frm=ISHIGURO_EN,
to=["Kevin Huang <kevin.huang@formosa-expo.com.tw>"],
cc=["Amber Lin <amber.lin@formosa-expo.com.tw>"],
subject="Re: Taiwan Pavilion at Nagoya Travel Expo - staff request",
text=f"""Dear Kevin,

Thank you for the details. We can provide:
- 4 staff for the pavilion reception (2 of them speak Mandarin)
- 2 staff for sampling booth (food hygiene training done)
- 1 leader who speaks English and will be your contact on site

We suggest a short online briefing on 9 May, 16:00 Taiwan time (17:00 Japan).
Quotation will follow tomorrow.

{SIG_ISHIGURO_EN}

-----Original Message-----
From: Kevin Huang <kevin.huang@formosa-expo.com.tw>
Sent: Monday, April 28, 2025 3:12 PM
To: Daisuke Ishiguro
Cc: Amber Lin
Subject: Taiwan Pavilion at Nagoya Travel Expo - staff request

Dear Mr. Ishiguro,

Nice to meet you. I get your contact from Mr. Ito of Chubu Fes Planning.
We will have the Taiwan Pavilion (booth 2-A-14, 54 sqm) at Nagoya Travel Expo 23-25 May.
We are need about 6 staffs for reception and sampling bubble tea, and 1 person who can
speak English or Chinese for lead. Is it possible? Please tell us also the price per day.

Best regards,
Kevin Huang 黃凱文
Project Manager | Formosa Expo Services Co., Ltd.
9F, No. 128, Sec. 2, Nanjing E. Rd., Zhongshan Dist., Taipei 104, Taiwan
Tel +886-2-2517-3380 ext. 215"""))

SUBCON13 = [
"東海セキュリティ 配置課 <haichi@tokai-security.co.jp>",
"ナゴヤ警備保障 <info@nagoya-keibi.jp>",
"株式会社ステージテック中部 <office@stagetech-chubu.co.jp>",
"有限会社サウンドワークス名古屋 <sw@soundworks-nagoya.jp>",
"株式会社ライトアップ東海 <info@lightup-tokai.co.jp>",
"中部ケータリングサービス <catering@chubu-catering.jp>",
"株式会社クリーンスタッフ愛知 <staff@clean-aichi.co.jp>",
"テント&ステージ三河 <mikawa@tent-stage.jp>",
"株式会社グッドリンク人材 <dispatch@goodlink-jinzai.co.jp>",
"岐阜イベントサポート <gifu-es@gifu-eventsupport.jp>",
"三重フェスサービス 吉村 <yoshimura@mie-festa.co.jp>",
"株式会社ユニバーサル通訳センター <booking@universal-tsuyaku.jp>",
"名古屋車両サービス 配車係 <haisha@nagoya-sharyo-s.co.jp>",
]
M(dict(key="E11", expect="hold", kind="recipients.many",
why="13社の協力会社のアドレスがToに並んでおり、Bccにすべきだった。",
frm=ISHIGURO,
to=SUBCON13,
subject="【協力会社各位】2025年度 単価改定と請求書様式変更のお知らせ",
text=f"""協力会社 各位

平素より大変お世話になっております。イベントクルー東海の石黒です。

4月1日以降にご発注する案件から、下記のとおり取扱いが変わりますのでお知らせいたします。

1. 単価
　・人件費上昇に伴い、警備・誘導系の単価を平均4%引き上げます（個別にご相談します）
2. 請求書
　・インボイス制度対応の様式（適格請求書発行事業者の登録番号の記載）に統一をお願いします
　・締め：毎月末、支払：翌月末（変更なし）
3. 現場でのルール
　・スタッフの個人情報（名簿等）の現場での紙配布を禁止し、シフトアプリ経由に統一します

ご不明な点は石黒までご連絡ください。

{SIG_ISHIGURO}""",
))

M(dict(key="E12", expect="pass", kind="benign.own_data",
why="スタッフ本人の給与明細を本人の個人アドレスへ送っているだけ（本人の依頼）。",
frm=KOMATSU,
to=["林 蓮 <ren.hayashi0107@gmail.com>"],
subject="Re: 10月分の給与明細の再送",
text=f"""林さん

お疲れさまです。小松です。
アプリで明細が開けないとのことなので、10月分の内容をこちらに貼ります。
（アプリ側の不具合は調査中です）

■2024年10月分 給与明細（支給日 11/15）
氏名：林 蓮
勤務日数 12日／労働時間 86.5時間
基本給（時給1,250円）　108,125円
深夜手当　　　　　　　　　2,813円
交通費　　　　　　　　　　9,600円
総支給額　　　　　　　　120,538円
雇用保険　　　　　　　　　　663円
所得税　　　　　　　　　　1,240円
差引支給額　　　　　　　118,635円

振込先は登録済みの口座（末尾 ***4408）です。
何かおかしなところがあれば言ってください。

{SIG_KOMATSU}

> 2024/11/18 22:41 林 蓮 <ren.hayashi0107@gmail.com>:
> 小松さん、お疲れさまです。アプリで10月の明細が真っ白で見られないので、
> メールで送ってもらえませんか？家賃の審査で使いたくて。"""))

M(dict(key="E13", expect="hold", kind="profile.forward",
why="スタッフ本人ではなく外部の不動産会社へ、在籍・給与額・生年月日・現住所を送っている。",
frm=KOMATSU,
to=["ハウスメイト栄 賃貸審査係 <shinsa@housemate-sakae.jp>"],
subject="在籍・収入確認のご回答（林 蓮 様 入居審査）",
text=f"""ハウスメイト栄 賃貸審査係 御中

お世話になっております。株式会社イベントクルー東海 スタッフ管理課の小松です。
お電話いただいた在籍確認の件、書面でのご回答をとのことでしたので、下記のとおりお送りします。

対象者：林 蓮（ハヤシ レン）
生年月日：2003年1月7日
現住所：名古屋市昭和区御器所3-8-22 メゾン御器所105
雇用形態：アルバイト（2022年4月〜、登録スタッフ）
直近3か月の総支給額：8月 142,300円／9月 98,750円／10月 120,538円

本人から回答の同意は口頭でいただいております。

{SIG_KOMATSU}""",
personal=[("name","林 蓮"),("birthdate","2003年1月7日"),("address","名古屋市昭和区御器所3-8-22 メゾン御器所105"),("pay","8月 142,300円／9月 98,750円／10月 120,538円")]))

M(dict(key="E14", expect="pass", kind="benign.it_incident",
why="シフト管理アプリの「障害」に関する取引先への連絡で、個人情報は含まない。",
frm=ISHIGURO,
to=["中部フェス企画 制作部 伊東様 <ito@chubu-fes.co.jp>", "名港イベントホール 運営課 <unei@meiko-hall.jp>"],
subject="【お詫び】シフト管理システム障害による人員確定の遅れについて",
text=f"""関係各位

いつもお世話になっております。イベントクルー東海の石黒です。

11月20日夜から、当社が利用しているシフト管理システム（クラウドサービス）に障害が発生し、
スタッフの応募・確定処理が止まっております。提供元の発表では、データセンター側の
ストレージ障害とのことで、個人情報の流出等はないと報告を受けています。

このため、11/23-24 案件の人員確定のご連絡が、当初予定の11/21から11/22（金）正午に遅れます。
必要人数は電話・紙で確保を進めており、現時点で欠員の見込みはありません。

ご迷惑をおかけし申し訳ございません。復旧しましたら改めてご連絡いたします。

{SIG_ISHIGURO}"""))

M(dict(key="E15", expect="hold", kind="sensitive.disability",
why="Tells an outside client that a named staff member uses a wheelchair and holds a disability certificate (grade 2).",
frm=ISHIGURO_EN,
to=["Sarah Whitfield <s.whitfield@globalmeet-events.com>"],
subject="Accessible post for one registration staff member (28-29 Oct)",
text=f"""Dear Sarah,

One request for the conference on 28-29 October.

One of our experienced registration staff, Ms. Akane Sasaki, uses a wheelchair (she has a
physical disability certificate, grade 2, due to a spinal cord injury). She has worked many
international conferences with us and is excellent with the badge printing system.

Could you assign her to the main registration desk on the ground floor (not the 3F satellite
desk), and allow her to use the staff elevator behind the cloakroom? She will also need the
accessible restroom near the desk and a parking space for her car (hand-control vehicle).

Please let me know if this is possible so we can finalise the roster.

{SIG_ISHIGURO_EN}""",
personal=[("name","Akane Sasaki"),("disability","physical disability certificate, grade 2, due to a spinal cord injury"),("disability","uses a wheelchair")]))

M(dict(key="E16", expect="pass", kind="benign.minutes",
why="取引先との打合せ議事録で、関係会社の担当者名と業務内容のみ。",
frm=ISHIGURO,
to=["中部フェス企画 制作部 伊東様 <ito@chubu-fes.co.jp>"],
cc=["東海セキュリティ 配置課 野崎様 <haichi@tokai-security.co.jp>", "小松 あや <komatsu.a@eventcrew-tokai.co.jp>"],
subject="【議事録】7/26-27 みなとサマーフェス 警備・誘導打合せ（6/18）",
text=f"""伊東様、野崎様

本日はありがとうございました。議事録をお送りします。

日時：6月18日（火）14:00〜15:30　場所：中部フェス企画 会議室B
出席：中部フェス企画 伊東様・清水様／東海セキュリティ 野崎様／当社 石黒・小松

1. 配置人数（確定）
　・当社：入場整理 24名、場内案内 12名、リーダー 3名（各日）
　・東海セキュリティ：交通誘導・雑踏警備 30名（各日）
2. 熱中症対策
　・屋外ポジションは45分交代。給水所を2か所追加（主催者手配）
　・スタッフ向け経口補水液は当社で準備
3. 緊急時の連絡系統
　・本部（伊東様）→各社リーダー（無線 ch3）。救護所は看護師2名常駐（主催者手配）
4. 宿題
　・当社：配置図案を7/5までに提出
　・東海セキュリティ：駐車場動線案を7/5までに提出

以上

{SIG_ISHIGURO}"""))

M(dict(key="E17", expect="hold", kind="id.pension",
why="転籍先の取引先へ、スタッフの基礎年金番号と雇用保険被保険者番号を生年月日付きで送っている。",
frm=KOMATSU,
to=["株式会社オアシスプロモーション 人事 柳田様 <yanagida@oasis-promo.co.jp>"],
subject="Re: 岡村さん 直接雇用への切替に伴う書類",
text=f"""柳田様

お世話になっております。イベントクルー東海の小松です。
岡村さんの4月からの御社直接雇用の件、必要とのことでしたので、
当社で把握している番号をお知らせします。

氏名：岡村 栞
生年月日：1996年2月19日
基礎年金番号：4106-382915
雇用保険被保険者番号：2306-418827-5
当社での資格喪失日：2025年3月31日

離職票と雇用保険被保険者証の原本は、本人に直接郵送します。

{SIG_KOMATSU}

> 2025/03/10 柳田 <yanagida@oasis-promo.co.jp>:
> 入社手続きのため、基礎年金番号と雇用保険の被保険者番号を教えていただけますか。""",
personal=[("name","岡村 栞"),("birthdate","1996年2月19日"),("pension","4106-382915"),("insurance","2306-418827-5")]))

M(dict(key="E18", expect="pass", kind="benign.introduction",
why="Business introduction between two partner companies; business contact details only.",
frm=ISHIGURO_EN,
to=["Kevin Huang <kevin.huang@formosa-expo.com.tw>"],
cc=["Risa Fukunaga <r.fukunaga@transcope.co.jp>"],
subject="Introduction: interpreters for your Tokyo seminar (TransCope)",
text=f"""Dear Kevin,

You asked me about Mandarin-Japanese interpreters for your tourism seminar in Tokyo in July.
That is not our business, but I would like to introduce Ms. Risa Fukunaga of TransCope
Language Services (cc). We have worked together on several conferences in Nagoya and
their interpreters are very reliable.

Risa, Kevin is Project Manager at Formosa Expo Services in Taipei. They organise the Taiwan
pavilions at travel fairs in Japan. I leave the details to you both.

{SIG_ISHIGURO_EN}"""))

M(dict(key="E19", expect="hold", kind="list.roster",
why="Top of the mail is a short handover, but the quoted older message contains names and private mobile numbers of 6 staff, forwarded to a new outside contact.",
frm=ISHIGURO_EN,
to=["Daniel Cho <daniel.cho@globalmeet-events.com>"],
cc=["Sarah Whitfield <s.whitfield@globalmeet-events.com>"],
subject="FW: Onsite contacts - Medical Devices Forum 28-29 Oct",
text=f"""Dear Daniel,

Sarah told me you will take over the onsite coordination from her. Welcome!
I forward our previous exchange so you have the whole picture. Nothing has changed.

{SIG_ISHIGURO_EN}

-----Original Message-----
From: Daisuke Ishiguro
Sent: Friday, October 18, 2024 5:47 PM
To: Sarah Whitfield
Subject: Onsite contacts - Medical Devices Forum 28-29 Oct

Dear Sarah,

Here are the onsite mobile numbers of our team leaders and key staff. Please use them only
during the event days.

Name              Position                 Mobile
Shiori Okamura    Overall leader           090-5523-1874
Kaito Fujita      Registration leader      080-6640-2291
Akane Sasaki      Badge printing           090-2276-5519
Takeru Ono        Cloakroom / runner       080-2035-6617
Thi Hoa Le        Vietnamese/English desk  070-4481-9032
Jun Nagao         Sub-leader, hall B       080-7718-3094

Best regards,
Daisuke""",
personal=[("name","Shiori Okamura"),("phone","090-5523-1874"),("name","Akane Sasaki"),("phone","090-2276-5519"),("name","Jun Nagao"),("phone","080-7718-3094")]))

M(dict(key="E20", expect="pass", kind="benign.lost_and_found",
why="会場の遺失物の引継ぎ連絡で、持ち主は不明・警察の受理番号のみ。個人情報はない。",
frm=ISHIGURO,
to=["名港イベントホール 運営課 <unei@meiko-hall.jp>"],
subject="遺失物の引継ぎ（12/8 物販エリア）と警察届出番号",
text=f"""名港イベントホール 運営課 御中

お世話になっております。イベントクルー東海の石黒です。
12/8（日）物販エリアでの拾得物について、下記のとおり処理しましたのでご報告します。

1. 黒の長財布（現金・カード類あり）
　 18:35 物販レジ横で当社スタッフが拾得。持ち主の呼び出し放送を2回実施、名乗り出なし。
　 20:10 港警察署へ届出済み　受理番号 第2412080317号
　 ※中身は警察立ち会いで確認し、当社では記録を残していません。
2. 子ども用の水色の傘、白いタオル（キャラクター柄）
　 貴館の遺失物保管庫へ引渡し済み（管理番号 L-1208-04、L-1208-05）

問い合わせがありましたら、1は港警察署 会計課へご案内いただけますでしょうか。

{SIG_ISHIGURO}"""))
