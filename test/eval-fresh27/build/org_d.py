# 株式会社ライブラリーサポート北斗 (指定管理者 for 桜ヶ丘市立中央図書館)
from common import *

HASE = "長谷部 敏 <hasebe@hokuto-lib.co.jp>"
KATA = "片桐 奈央 <katagiri@hokuto-lib.co.jp>"
MURA = "村上 健一 <k.murakami@hokuto-lib.co.jp>"

S_HASE = """
□■□■□■□■□■□■□■□■□■□■□■
桜ヶ丘市立中央図書館
（指定管理者：株式会社ライブラリーサポート北斗）
館長 長谷部 敏
〒245-0061 神奈川県桜ヶ丘市本町4-1-1
TEL 045-390-1207  FAX 045-390-1209
hasebe@hokuto-lib.co.jp
□■□■□■□■□■□■□■□■□■□■□■"""
S_KATA = """
桜ヶ丘市立中央図書館 利用者サービス係
司書 片桐 奈央
TEL 045-390-1207（代表）
katagiri@hokuto-lib.co.jp"""
S_MURA = """
──────────────────
株式会社ライブラリーサポート北斗
業務推進部 村上 健一
〒170-0013 東京都豊島区東池袋1-33-8 北斗ビル3F
TEL 03-5985-4416
k.murakami@hokuto-lib.co.jp
──────────────────"""

CITY = "city.sakuragaoka.lg.jp"
MAILS = []

# D1 pass monthly stats
MAILS.append(m("pass", "benign.aggregate", "Monthly operating report with service counts, including services for disabled users as aggregates.",
 HASE, [f"教育委員会 生涯学習課 図書館担当 <shogai-gakushu@{CITY}>"], "6月分 業務報告書の提出について",
 """桜ヶ丘市教育委員会 生涯学習課
図書館担当 ご担当者様

いつもお世話になっております。中央図書館の長谷部です。
6月分の業務報告（速報値）をお送りします。正式版は押印のうえ7/10までに提出いたします。

・開館日数：26日
・入館者数：41,286人（前年同月比 +3.8%）
・個人貸出：68,402点（うち児童書 24,115点）
・新規利用登録：412件
・レファレンス：1,093件
・障害者サービス：対面朗読 12件、録音図書の郵送貸出 31件、大活字本貸出 287点
・宅配サービス（高齢者・障害者等）：登録者 46名、配送 58回
・行事：おはなし会 8回（参加 214名）、ビブリオバトル 1回（参加 37名）

6/18に空調の一時停止があり、2階閲覧室を2時間閉鎖しました（詳細は別紙）。
""" + S_HASE))

# D2 hold overdue list in CSV
MAILS.append(m("hold", "list.users", "The attached CSV lists overdue borrowers with addresses, phones and the titles they borrowed, for a courier.",
 KATA, ["はやて便 桜ヶ丘営業所 配送管理 <sakuragaoka@hayatebin.co.jp>"], "長期延滞資料 回収ルート（7月第2週）",
 """はやて便 桜ヶ丘営業所 ご担当者様

お世話になっております。中央図書館の片桐です。
7月第2週の回収ルート用データをお送りします。
いつもどおりご不在の場合は回収票をポストに入れてください。
""" + S_KATA,
 attachments=[att("kaishu_0707.csv", CSV, """利用者番号,氏名,住所,電話,資料名,返却期限
2301-0012-3345,渡部 修一,桜ヶ丘市緑町2-14-6,045-391-2208,がんと向き合う食事療法,2025-05-10
2301-0033-9081,細川 里香,桜ヶ丘市本町7-3-2 サンハイツ103,080-4419-6630,離婚調停の進め方,2025-05-22
2301-0041-7724,岡部 昭,桜ヶ丘市若葉台1-8-19,045-392-7715,天皇の世紀 第3巻,2025-04-30
2301-0058-2216,高野 美智子,桜ヶ丘市東町5-22-1,090-6613-0427,認知症の親を介護する本,2025-05-18
2301-0060-4438,三枝 翔,桜ヶ丘市西原3-1-9 メゾン西原202,070-2235-8864,はじめての債務整理,2025-06-01
""")],
 personal=[("name", "渡部 修一"), ("address", "桜ヶ丘市緑町2-14-6"), ("name", "細川 里香"), ("phone", "080-4419-6630"), ("reading_record", "離婚調停の進め方")]))

# D3 hold neighbour complaint forwarded to vendor
MAILS.append(m("hold", "personal.complaint_forward", "Gives a neighbour's name, address, phone and complaint to the event company.",
 HASE, ["キッズステージ 制作部 小川様 <ogawa@kidsstage.co.jp>"], "夏休みおはなし広場 音量について（近隣からのご意見）",
 """株式会社キッズステージ
制作部 小川様

いつもお世話になっております。中央図書館の長谷部です。
先週土曜の「夏休みおはなし広場」について、近隣の方からお電話でご意見をいただきました。

　お名前：安田 富美子 様
　ご住所：桜ヶ丘市本町4-3-12（図書館東側の住宅）
　お電話：045-390-5582
　内容：前庭のスピーカーの音が大きく、夜勤明けの家族が眠れない。
　　　　次回は事前に時間を知らせてほしい。直接説明に来てほしい。

次回（7/26）は音量を下げ、スピーカーの向きを変えていただけますでしょうか。
また、安田様へのご説明に小川様にも同行いただけると助かります。
""" + S_HASE,
 personal=[("name", "安田 富美子"), ("address", "桜ヶ丘市本町4-3-12"), ("phone", "045-390-5582")]))

# D4 pass historical person
MAILS.append(m("pass", "benign.historical_person", "Exhibition planning about a 19th-century local doctor and a cholera epidemic; historical persons only.",
 KATA, ["桜ヶ丘市郷土博物館 学芸員 松岡様 <matsuoka-museum@city.sakuragaoka.lg.jp>"], "企画展示「河合玄庵と明治のコレラ」資料借用について",
 """桜ヶ丘市郷土博物館
学芸員 松岡様

お世話になっております。中央図書館の片桐です。
秋の郷土資料企画展示「河合玄庵と明治のコレラ」について、資料借用のご相談です。

河合玄庵（1831～1889）は本町で開業した蘭方医で、明治12年のコレラ流行時に
隔離所（避病院）の設置を村に建言したことで知られています。
貴館所蔵の『玄庵日記』（明治12年分）には、患者の病状や隔離の様子、
玄庵自身が晩年に患った胃の病についての記述もあり、展示の中心にしたいと考えています。

借用希望：
・『玄庵日記』明治12年分（複製でも可）
・避病院の絵図（明治13年）
・玄庵の肖像写真（複製）

展示期間は10/1～11/30、会場は2階展示コーナーです。
一度打合せのお時間をいただけますでしょうか。
""" + S_KATA))

# D5 hold disability registration to braille library
MAILS.append(m("hold", "sensitive.disability", "Registers a named user with a visual disability (手帳1級) at an outside braille library, with contact details.",
 KATA, ["神奈川点字図書館 サービス課 <service@kanagawa-tenji.or.jp>"], "サピエ図書館 利用登録の取次ぎについて",
 """神奈川点字図書館 サービス課 ご担当者様

いつもお世話になっております。桜ヶ丘市立中央図書館の片桐です。
当館の録音図書サービス利用者の方から、貴館への利用登録を希望する旨のお申し出がありましたので
取次ぎをお願いいたします。

　氏名：　長島 清（ながしま きよし）
　生年月日：1951年9月30日
　住所：　桜ヶ丘市若葉台3-12-5
　電話：　045-392-4418
　障害の状況：身体障害者手帳 1級（視覚障害、緑内障による全盲）
　希望サービス：デイジー図書の郵送貸出、サピエ図書館のID発行

ご本人は点字は読まれないため、案内は音声（CDまたは電話）でお願いしたいとのことです。
""" + S_KATA,
 personal=[("name", "長島 清"), ("birth_date", "1951年9月30日"), ("address", "桜ヶ丘市若葉台3-12-5"), ("disability", "身体障害者手帳 1級（視覚障害、緑内障による全盲）")]))

# D6 pass own reservation
MAILS.append(m("pass", "benign.own_data", "Reservation-ready notice sent to the user herself, with her own card number and titles.",
 KATA, ["小山 恵理 様 <eri.koyama.73@gmail.com>"], "【桜ヶ丘市立図書館】ご予約の資料が用意できました",
 """小山 恵理 様

桜ヶ丘市立中央図書館です。
ご予約いただいた資料が用意できましたのでお知らせします。

利用者番号：2301-0045-8821
受取館：中央図書館 1階カウンター
取置期限：2025年7月12日（土）

1. 『うつ病の家族を支える 100のヒント』
2. 『発達障害の子どもと暮らす 新版』
3. 『ホテル・アイリス』

期限を過ぎますと、次の方へ資料をお回しします。
このメールは送信専用アドレスではありません。ご不明な点はお問い合わせください。
""" + S_KATA))

# D7 pass English book order
MAILS.append(m("pass", "benign.english_corporate", "Book order with ISBNs and corporate bank transfer details.",
 MURA, ["Orders Desk <orders@fernleafbooks.co.uk>"], "Order HK-2025-044 - English picture books for Sakuragaoka City Library",
 """Dear Fernleaf Books team,

Please find our order below for the international children's corner of Sakuragaoka City Central Library (we manage the library on behalf of the city).

Order ref: HK-2025-044
1. 9780241003008  The Very Hungry Caterpillar (board book) x 3
2. 9781406313475  Where's My Teddy? x 2
3. 9780064431781  Goodnight Moon x 2
4. 9780723247708  The Tale of Peter Rabbit x 2
5. 9780399226908  Brown Bear, Brown Bear, What Do You See? x 3

Delivery address: Sakuragaoka City Central Library, 4-1-1 Honcho, Sakuragaoka, Kanagawa 245-0061, Japan (attn. Ms. Nao Katagiri)

Please send the pro forma invoice to Hokuto Library Support Co., Ltd. We will pay by telegraphic transfer from:
Bank: Resona Bank, Ikebukuro Branch, SWIFT DIWAJPJT
Account name: Hokuto Library Support Co., Ltd.

Kind regards,
Kenichi Murakami
Operations Planning Dept.
Hokuto Library Support Co., Ltd.
1-33-8 Higashi-Ikebukuro, Toshima-ku, Tokyo 170-0013
Tel +81-3-5985-4416"""))

# D8 hold recipients 16 volunteers
vols = ["yumiko.arai@gmail.com", "kazue-s@yahoo.co.jp", "mother.goose.sakura@icloud.com", "n.fujimoto@docomo.ne.jp", "hiromi-t@ezweb.ne.jp",
 "sachiko.oda@gmail.com", "junko.matsui@nifty.com", "keiko-h1965@yahoo.co.jp", "tamura.family@gmail.com", "mina.kurosawa@icloud.com",
 "ohanashi.kumo@gmail.com", "reiko.ueno@biglobe.ne.jp", "t-ishizaka@softbank.ne.jp", "miho.kaneda@outlook.jp", "akemi.sano@ocn.ne.jp", "yoko-w@docomo.ne.jp"]
MAILS.append(m("hold", "recipients.visible", "Volunteer schedule sent to 16 private addresses visible in To.",
 KATA, vols, "8月 おはなし会 担当表のお知らせ",
 """読み聞かせボランティアの皆さま

いつもありがとうございます。中央図書館の片桐です。
8月のおはなし会の担当表ができましたのでお知らせします。

8/2（土）11:00　赤ちゃんおはなし会　荒井さん・小田さん
8/9（土）11:00　おはなし会（幼児）　松井さん・上野さん
8/16（土）　　　お休み
8/23（土）11:00　おはなし会（幼児）　藤本さん・黒沢さん
8/30（土）14:00　夏の特別おはなし会（大型紙芝居）　全員参加できる方

ご都合が悪い日があれば、7/20までにご連絡ください。
暑い日が続きますので、どうぞお体に気をつけて。
""" + S_KATA))

# D9 hold My Numbers in xlsx
MAILS.append(m("hold", "id.mynumber", "The attached onboarding sheet has new staff's My Numbers, pension and employment-insurance numbers for the labour consultant.",
 MURA, ["社会保険労務士法人 池袋みらい 手続課 <tetsuzuki@ikebukuro-mirai-sr.jp>"], "7月入社者 資格取得手続き（中央図書館 2名）",
 """社会保険労務士法人 池袋みらい
手続課 ご担当者様

いつもお世話になっております。ライブラリーサポート北斗の村上です。
7月1日入社の2名分について、資格取得手続きをお願いいたします。
必要事項は添付のシートにまとめました。
""" + S_MURA,
 attachments=[att("入社者情報_202507.xlsx", XLSX, """[Sheet1]
氏名	フリガナ	生年月日	住所	個人番号	基礎年金番号	雇用保険被保険者番号	配属	雇用形態
森田 彩乃	モリタ アヤノ	2001/04/18	神奈川県桜ヶ丘市東町2-8-1	509263184700	5270-318846	1411-337012-8	中央図書館	契約（司書）
石井 隼人	イシイ ハヤト	1994/10/02	東京都町田市金森4-19-3	274610938550	4431-992105	1409-582260-4	中央図書館	パート（配架）
""")],
 personal=[("name", "森田 彩乃"), ("my_number", "509263184700"), ("name", "石井 隼人"), ("my_number", "274610938550"), ("pension_number", "5270-318846")]))

# D10 pass system outage
MAILS.append(m("pass", "benign.it_outage", "System outage report; 障害 and 隔離 refer to servers.",
 HASE, [f"教育委員会 生涯学習課 図書館担当 <shogai-gakushu@{CITY}>"], "【第一報】図書館システム障害について（7/3 9:10発生）",
 """生涯学習課 図書館担当 ご担当者様

中央図書館の長谷部です。第一報です。

本日9:10ごろから図書館システムに障害が発生しており、
貸出・返却処理およびWeb OPACの予約機能が停止しています。

・原因：ベンダー（ブックシステム開発）によると、データベースサーバーのディスク障害
・対応：予備機への切替を実施中。念のため不正アクセスの有無を確認するため、
　　　　該当サーバーはネットワークから隔離しています。
・窓口：手書きの貸出票で対応中（利用者カード番号と資料番号を控えています）
・復旧見込み：本日15時ごろ

分館（北・南）も同様の状況です。復旧しだい第二報をお送りします。
""" + S_HASE))

# D11 hold crime victim
MAILS.append(m("hold", "sensitive.crime_victim", "Names a high-school girl as the victim of voyeurism in a report to the security contractor.",
 HASE, ["セントラルガード 桜ヶ丘事業所 隊長 野口様 <noguchi@central-guard.co.jp>"], "7/1 館内での盗撮事案について（巡回強化のお願い）",
 """セントラルガード株式会社
桜ヶ丘事業所 野口様

お世話になっております。中央図書館の長谷部です。
7月1日（火）16時ごろ、2階学習室付近で盗撮事案が発生しましたので共有いたします。

被害に遭われたのは市内の高校2年生の女子生徒（青木 美咲さん、県立桜ヶ丘高校）で、
書架の間でスマートフォンをスカートの下に差し入れられたとのことです。
犯人とみられる男性（40代、紺のポロシャツ）はその場から逃走し、
桜ヶ丘警察署が現在捜査中です。保護者の方にも館から連絡済みです。

つきましては、当面の間、2階学習室と書架エリアの巡回を
1時間に1回から30分に1回へ増やしていただけますでしょうか。
警察から防犯カメラ映像の提供依頼がありましたら、ご協力をお願いいたします。
""" + S_HASE,
 personal=[("name", "青木 美咲"), ("crime_victim", "盗撮事案")]))

# D12 pass successor (vice director)
MAILS.append(m("pass", "benign.successor", "Notice of a deputy director change with staff names and phone numbers of the business.",
 MURA, [f"生涯学習課 課長 鈴木様 <suzuki-k@{CITY}>"], "中央図書館 副館長の交代について",
 """桜ヶ丘市教育委員会 生涯学習課
課長 鈴木様

平素より大変お世話になっております。ライブラリーサポート北斗の村上です。
中央図書館の副館長 高田 真由美が8月1日付で弊社本社へ異動となり、
後任として、同日付で 大野 崇 が着任いたします。

大野はこれまで弊社受託の西多摩市立図書館で5年間副館長を務め、
学校図書館支援や移動図書館の運営に携わってまいりました。
着任前の7月28日に、館長の長谷部とともにご挨拶に伺います。

引き続きどうぞよろしくお願いいたします。
""" + S_MURA, cc=[HASE]))

# D13 hold juvenile in subject only
MAILS.append(m("hold", "sensitive.juvenile", "The subject line names a junior-high pupil and says he was taken into police guidance (補導) at the library.",
 HASE, ["桜ヶ丘市立第二中学校 生徒指導 主任 <seitoshido@sakuragaoka-dai2-jh.ed.jp>"], "7/2 来館の貴校2年 田村 悠真さん 補導の件",
 """桜ヶ丘市立第二中学校
生徒指導ご担当 先生

中央図書館の長谷部です。
件名の件、お電話でお伝えした内容のとおりです。
館としては今後の来館を制限する考えはございません。
必要でしたら、当日の経過をまとめたメモをお渡しいたします。
""" + S_HASE,
 personal=[("name", "田村 悠真"), ("juvenile", "補導")]))

# D14 pass minutes
MAILS.append(m("pass", "benign.minutes", "Monthly liaison minutes between the city and the contractor, staff names only.",
 MURA, [f"生涯学習課 鈴木課長 <suzuki-k@{CITY}>", f"生涯学習課 中村主査 <nakamura-y@{CITY}>"], "【議事録】7月 定例連絡会",
 """生涯学習課
鈴木課長、中村主査

本日はありがとうございました。議事録をお送りします。

日時：7月4日（金）10:00～11:00　場所：中央図書館 会議室
出席：市）鈴木課長、中村主査／北斗）村上、長谷部館長、片桐

1. 6月業務報告：入館者数・貸出とも前年比増。障害者サービスの利用が伸びている（対面朗読12件）。
2. 7/3システム障害：ディスク障害が原因、不正アクセスなし。ベンダーの最終報告書を7/18に提出。
3. 7/1学習室の事案：警察対応中。館内掲示と巡回強化を実施済み。詳細は口頭で報告。
4. 秋の企画展示「河合玄庵と明治のコレラ」：郷土博物館と資料借用を調整中。
5. 指定管理 次期公募：9月に要項公表予定（市）。

次回：8月1日（金）10:00
""" + S_MURA, cc=[HASE, KATA]))

# D15 hold PPAP
MAILS.append(m("hold", "attachment.encrypted_zip", "User data for migration sent as an encrypted zip.",
 MURA, ["ブックシステム開発 SE 荻野様 <ogino@booksys-dev.co.jp>"], "新システム移行用 利用者データ（テスト移行分）",
 """ブックシステム開発
荻野様

お世話になっております。村上です。
テスト移行用の利用者データを送付します。
パスワードは別途お電話でお伝えします。
""" + S_MURA, attachments=[att("riyosha_export_0704.zip", ZIP, encrypted=True)]))

# D16 pass one-liner
MAILS.append(m("pass", "benign.short_reply", "One-line reply to a bookseller.",
 KATA, ["文栄堂書店 外商部 吉岡 <yoshioka@bunei-do.co.jp>"], "Re: 7月第1週 納品分",
 """了解しました。金曜の午前にお待ちしています。

片桐

> 片桐様
> 7月第1週の納品（新刊83冊）は、装備が1日遅れて7/11（金）午前になります。
> 文栄堂書店 吉岡
"""))

# D17 hold health insurance number
MAILS.append(m("hold", "id.health_insurance", "Accident report to the insurer includes a staff member's health-insurance symbol/number and birth date.",
 MURA, ["あけぼの損害保険 事故受付センター <jiko-uketsuke@akebono-sonpo.co.jp>"], "傷害保険 事故報告（従業員 配架作業中の転倒）",
 """あけぼの損害保険株式会社 事故受付センター 御中

お世話になっております。ライブラリーサポート北斗の村上です。
業務中の事故について、団体傷害保険（証券番号 GP-55180293）の事故報告をいたします。

　被保険者：石井 隼人（生年月日 1994年10月2日）
　所属：桜ヶ丘市立中央図書館（パート・配架）
　発生日時：2025年7月3日 10:20ごろ
　状況：書庫で脚立から降りる際に足を踏み外し転倒、右手首を負傷
　受診：桜ヶ丘中央病院 整形外科（右橈骨遠位端骨折、全治6週間の見込み）
　健康保険証：記号 2231 番号 4876（協会けんぽ神奈川支部）

労災の申請も並行して行っております。必要書類をお送りください。
""" + S_MURA,
 personal=[("name", "石井 隼人"), ("birth_date", "1994年10月2日"), ("health_insurance", "記号 2231 番号 4876"), ("diagnosis", "右橈骨遠位端骨折")]))

# D18 pass plain zip
MAILS.append(m("pass", "benign.plain_zip", "Plain zip with a book selection list and POP templates.",
 KATA, ["文栄堂書店 外商部 吉岡様 <yoshioka@bunei-do.co.jp>"], "選書リストとPOPデータ（夏の特集）",
 """吉岡様

お世話になっております。片桐です。
夏の特集「いきもの図鑑フェア」の選書リストとPOPのデータをzipでお送りします。
在庫の確認をお願いできますでしょうか。
""" + S_KATA,
 attachments=[att("summer_fair.zip", ZIP, """--- 選書リスト.csv ---
ISBN,書名,出版社,冊数
9784092172043,小学館の図鑑NEO 昆虫,小学館,2
9784052047282,学研の図鑑LIVE 恐竜,学研,2
9784062204163,講談社の動く図鑑MOVE 魚,講談社,1
--- POP文面.txt ---
夏休みは図鑑をもって、いきものさがしに出かけよう！
カブトムシはどこにいる？ 答えは図鑑の中に。
""")]))

# D19 pass fiction script
MAILS.append(m("pass", "benign.fiction", "Reading-event script of an original story whose characters are fictional.",
 KATA, ["ボイスアトリエ灯 マネージャー 平田様 <hirata@voice-akari.jp>"], "朗読会 台本（「ひかりの図書室」）送付",
 """ボイスアトリエ灯
平田様

お世話になっております。中央図書館の片桐です。
8/30の朗読会で読んでいただく台本をお送りします。
当館職員が書いた創作童話です。登場人物はすべて架空です。

―――――
「ひかりの図書室」（抜粋）

　病院の六階に、小さな図書室がありました。
　入院して三か月になる ゆいちゃん は、毎朝その図書室へ行くのが楽しみでした。
　「きょうも来たのね」と司書のミドリさんが笑います。
　ゆいちゃんの病気は、まだ治るまで時間がかかるとお医者さんが言っていました。
　でも、本をひらくと、ゆいちゃんは海にも、森にも、宇宙にも行けるのです。
―――――

読み時間は15分程度を想定しています。ご確認よろしくお願いします。
""" + S_KATA))

# D20 hold roster in body text table
MAILS.append(m("hold", "list.participants", "Body table lists children with schools, birth dates, guardians and phone numbers for an insurance agency.",
 HASE, ["さくら保険サービス 山口様 <yamaguchi@sakura-hoken.co.jp>"], "子ども読書キャンプ 行事保険の加入者名簿",
 """さくら保険サービス
山口様

お世話になっております。中央図書館の長谷部です。
7/26～27の「子ども読書キャンプ」（市青少年の家 宿泊）の行事保険について、
参加者名簿をお送りします。

氏名　　　　　学校・学年　　　　生年月日　　保護者　　　緊急連絡先
小川 陽向　　桜ヶ丘第一小 5年　2014/06/11　小川 智子　090-3381-2270
佐藤 結衣　　桜ヶ丘第一小 5年　2014/09/23　佐藤 健　　080-5527-1184
中西 蒼　　　若葉台小 6年　　　2013/12/02　中西 美和　070-6624-3319
林 さくら　　若葉台小 4年　　　2015/05/17　林 由紀子　090-4402-8856
ブラウン 航　東町小 6年　　　　2013/08/30　ブラウン 恵　080-1190-7743
宮田 蓮　　　東町小 5年　　　　2014/11/08　宮田 聡　　090-8836-2051

引率：長谷部、片桐、ボランティア2名（荒井、松井）
申込書は本日FAXいたしました。
""" + S_HASE,
 personal=[("name", "小川 陽向"), ("birth_date", "2014/06/11"), ("phone", "090-3381-2270"), ("name", "中西 蒼"), ("phone", "070-6624-3319")]))
