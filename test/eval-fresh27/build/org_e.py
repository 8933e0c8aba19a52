# 株式会社匠リフォーム工房 (home renovation)
from common import *

OKAD = "岡田 隆 <okada@takumi-koubou.co.jp>"
YOSH = "吉村 沙織 <yoshimura@takumi-koubou.co.jp>"
TAJI = "田島 恵 <tajima@takumi-koubou.co.jp>"

S_OKAD = """
■株式会社匠リフォーム工房 工事部
　現場監督　岡田 隆（おかだ たかし）
　携帯 080-6612-3390
　〒273-0005 千葉県船橋市本町6-2-10
　TEL 047-433-8120 ／ FAX 047-433-8121
　okada@takumi-koubou.co.jp
　一級建築施工管理技士／建設業許可 千葉県知事許可（般-5）第48213号"""
S_YOSH = """
～～～～～～～～～～～～～～～～～～～～
住まいのリフォーム相談窓口
株式会社匠リフォーム工房
リフォームアドバイザー　吉村 沙織
フリーダイヤル 0120-48-3921
yoshimura@takumi-koubou.co.jp
ショールーム：船橋市本町6-2-10 1F（水曜定休）
～～～～～～～～～～～～～～～～～～～～"""
S_TAJI = """
--
株式会社匠リフォーム工房 業務課
田島 恵
TEL 047-433-8120
tajima@takumi-koubou.co.jp"""

MAILS = []

# E1 pass own quote
MAILS.append(m("pass", "benign.own_data", "Quotation for the customer's own bathroom renovation, sent to the customer.",
 YOSH, ["横山 典子 様 <noriko.yokoyama@icloud.com>"], "浴室リフォームのお見積書（横山様邸）",
 """横山 典子 様

先日は現地調査のお時間をいただき、ありがとうございました。
匠リフォーム工房の吉村です。
ご依頼の浴室リフォームについて、お見積りをお送りします。

　工事場所：船橋市習志野台4-18-2 横山様邸
　工事内容：在来浴室 → システムバス（1616サイズ）への交換
　　　　　　浴室暖房乾燥機・手すり2か所・段差解消
　お見積り金額：1,386,000円（税込）
　工期：5日間（うち浴室が使えない期間 4日間）
　見積番号：Q-25-0714

手すりの位置は、お母さまに実際に立っていただいて決めましょう。
介護保険の住宅改修（手すり・段差解消分）が使える可能性がありますので、
ケアマネジャーさんにご相談いただければ、申請書類はこちらでご用意します。
""" + S_YOSH))

# E2 hold inquiry forwarded to loan company
MAILS.append(m("hold", "personal.inquiry_forward", "Forwards a customer's inquiry with birth date, address, phone, employer and income to a loan company.",
 YOSH, ["ハウジングクレジット 提携営業部 森様 <mori@housing-credit.co.jp>"], "リフォームローン 事前審査のお願い（1件）",
 """株式会社ハウジングクレジット
提携営業部 森様

お世話になっております。匠リフォーム工房の吉村です。
ショールームにご来店のお客様から、ローンのご相談がありました。
お問い合わせ時の内容をそのままお送りしますので、事前審査の可否をご確認いただけますか。

---- お問い合わせフォーム ----
お名前：　　中井 雅之（ナカイ マサユキ）
生年月日：　1971年1月28日
ご住所：　　千葉県船橋市前原西2-33-14
電話：　　　090-5518-3024
メール：　　nakai.masa@gmail.com
ご勤務先：　株式会社京葉精密 製造部 課長（勤続22年）
年収：　　　780万円
ご相談内容：キッチンと外壁の同時リフォーム、概算600万円。
　　　　　　住宅ローン残債 約1,100万円（あと12年）。
---------------------------
""" + S_YOSH,
 personal=[("name", "中井 雅之"), ("birth_date", "1971年1月28日"), ("address", "千葉県船橋市前原西2-33-14"), ("phone", "090-5518-3024"), ("income", "780万円")]))

# E3 hold medical / care level to care manager
MAILS.append(m("hold", "sensitive.medical", "Gives a named elderly customer's care level and stroke after-effects to a care-plan office.",
 OKAD, ["ケアプランセンターふなばし ケアマネジャー 西田様 <nishida@careplan-funabashi.jp>"], "住宅改修 理由書の件（横山 スミ様）",
 """ケアプランセンターふなばし
西田様

お世話になっております。匠リフォーム工房の岡田です。
横山 スミ様（船橋市習志野台4-18-2）の住宅改修の件で、理由書作成に必要な内容を整理しました。

・要介護度：要介護2（令和7年3月認定）
・主な疾患：脳梗塞後遺症（右片麻痺）、軽度の認知症
・現状：浴室の出入りで右足が上がらず、またぎ動作に介助が必要
・改修内容：浴室出入口の段差解消（100mm→10mm）、L型手すり（左側）、
　　　　　　廊下 手すり 3.6m、トイレ 縦手すり
・見積額（介護保険対象分）：186,000円

理由書の作成をお願いできますでしょうか。
着工は市の事前申請の承認後、8月上旬を予定しております。
""" + S_OKAD, cc=[YOSH],
 personal=[("name", "横山 スミ"), ("address", "船橋市習志野台4-18-2"), ("care_level", "要介護2"), ("diagnosis", "脳梗塞後遺症（右片麻痺）、軽度の認知症")]))

# E4 pass general barrier-free advertorial
MAILS.append(m("pass", "benign.programme_info", "Magazine copy about care-insurance and disability home-modification subsidies in general terms.",
 YOSH, ["月刊ふなばしライフ 編集部 柴田様 <shibata@funabashi-life.jp>"], "9月号 広告記事の原稿",
 """柴田様

お世話になっております。匠リフォーム工房の吉村です。
9月号の記事広告の原稿をお送りします。

---
【見出し】介護が必要になる前に。補助金でできる「やさしい住まい」

介護保険の「住宅改修費」を使えば、手すりの取付けや段差の解消など
最大20万円までの工事について、費用の7～9割が支給されます（要支援・要介護の認定が必要です）。
また船橋市では、身体障害者手帳をお持ちの方を対象とした住宅改造費の助成制度もあります。

匠リフォーム工房では、ケアマネジャーさんとの打合せから申請書類の作成まで
まとめてお手伝いします。昨年度は市内で87件の介護リフォームを施工しました。
お気軽にショールームへお越しください。
---

写真は手すり施工例を2点送ります。
""" + S_YOSH))

# E5 hold customer list in plain zip
MAILS.append(m("hold", "list.customers", "A plain zip holds a CSV of past customers with addresses, phones and contract amounts for a leaflet distributor.",
 YOSH, ["チラシ便 企画部 大谷様 <otani@chirashibin.co.jp>"], "DM発送用データ（OB顧客）",
 """大谷様

お世話になっております。吉村です。
秋のOB様向けDM（外壁塗装キャンペーン）の宛名データをお送りします。
宛名印字後、8/20着で発送をお願いします。
""" + S_YOSH,
 attachments=[att("DM_OB_202508.zip", ZIP, """--- ob_customers.csv ---
顧客番号,氏名,郵便番号,住所,電話,前回工事,工事金額,工事年
C-1021,松本 誠一,274-0063,船橋市習志野台6-2-8,047-466-2290,キッチン交換,1820000,2019
C-1088,内田 洋子,273-0045,船橋市山手2-14-3,090-2204-6617,浴室リフォーム,1240000,2020
C-1107,金子 昌平,274-0825,船橋市前原西5-9-12,047-472-8804,屋根葺き替え,2650000,2020
C-1254,藤原 幸恵,273-0866,船橋市夏見台1-20-5,080-4471-1123,トイレ交換,386000,2021
C-1302,島田 浩,274-0077,船橋市薬円台3-7-22,047-464-5518,外壁塗装,1480000,2018
--- readme.txt ---
文字コード UTF-8、ヘッダー行あり
""")],
 personal=[("name", "松本 誠一"), ("address", "船橋市習志野台6-2-8"), ("phone", "047-466-2290"), ("name", "内田 洋子"), ("phone", "090-2204-6617")]))

# E6 pass shop addresses
MAILS.append(m("pass", "benign.business_addresses", "Shop refit schedule with shop names and building addresses only.",
 OKAD, ["東邦内装建材 船橋営業所 田中様 <tanaka@toho-naiso.co.jp>"], "7月後半 店舗改装の資材手配",
 """東邦内装建材
田中様

いつもお世話になっております。匠リフォーム工房の岡田です。
7月後半の店舗改装3件について、資材の手配をお願いします。

1) 7/22～24　居酒屋 とり吉 本町店
　船橋市本町4-5-18 山本ビル1F　床：長尺シート 48㎡（品番 NS-2210）
2) 7/25～26　ヘアサロン ミナ
　船橋市湊町1-3-2 マリンハイツ1F　壁：クロス 120㎡（SP-5531）
3) 7/28～31　高橋整骨院
　船橋市宮本2-12-7 宮本ビル2F　床：クッションフロア 32㎡、天井ボード 20枚

納品はいずれも初日の8:00、現場に職人がおります。
高橋整骨院様は診療中のため、搬入は裏口からお願いします。
""" + S_OKAD))

# E7 hold freelancer bank account
MAILS.append(m("hold", "id.bank_account", "A sole-trader carpenter's personal bank account and home address sent to an outsourced bookkeeping firm.",
 TAJI, ["ベイ経理サポート 担当 須藤様 <sudo@bay-keiri.co.jp>"], "新規外注先の登録（一人親方 1名）",
 """ベイ経理サポート
須藤様

お世話になっております。匠リフォーム工房の田島です。
7月から外注でお願いする大工さん1名の支払先登録をお願いします。

　氏名：　　　関口 勇（大工・一人親方）
　住所：　　　千葉県八千代市大和田新田412-6
　電話：　　　090-7713-2258
　インボイス：未登録（免税事業者）
　振込先：　　ちば湾岸信用金庫 八千代支店 普通 0628174 セキグチ イサム
　支払条件：　月末締め翌月25日払い

初回の支払は8/25の予定です。
""" + S_TAJI,
 personal=[("name", "関口 勇"), ("address", "千葉県八千代市大和田新田412-6"), ("bank_account", "普通 0628174")]))

# E8 hold neighbour recipients 12
neigh = ["ishikawa.family@gmail.com", "k-hirose@yahoo.co.jp", "m.ogura1962@icloud.com", "tsukamoto.h@docomo.ne.jp", "yamane.home@gmail.com",
 "kubo-yasuko@ezweb.ne.jp", "shin.mochizuki@outlook.jp", "a.noguchi.funabashi@gmail.com", "hayashi-t@nifty.com", "erika.kono@icloud.com",
 "sugawara1955@yahoo.co.jp", "ryota.imai@softbank.ne.jp"]
MAILS.append(m("hold", "recipients.visible", "Construction notice to 12 neighbours' private addresses visible in To.",
 OKAD, neigh, "外壁塗装工事のお知らせ（前原西2丁目 中井様邸）",
 """近隣の皆さま

いつもお世話になっております。匠リフォーム工房の岡田と申します。
このたび、前原西2丁目の中井様邸にて外壁塗装工事を行うことになりました。

　工期：7月22日（火）～8月9日（土）（日曜・雨天は休工）
　作業時間：8:30～17:30
　内容：足場設置（7/22）、高圧洗浄（7/23）、塗装、足場解体（8/8）

足場の設置・解体時に音が出ます。また、塗料の臭いでご迷惑をおかけする場合がございます。
お車の塗料飛散防止カバーが必要な方は、お気軽にお申し付けください。

ご不明な点は、現場監督 岡田（080-6612-3390）までご連絡ください。
ご理解とご協力をお願い申し上げます。
""" + S_OKAD))

# E9 pass English tile order
MAILS.append(m("pass", "benign.english_corporate", "Tile order with lot numbers, incoterms and corporate IBAN/SWIFT.",
 OKAD, ["Giulia Ferri <g.ferri@valdarno-ceramiche.it>"], "PO TK-2507-11 / Cotto tiles - lot confirmation",
 """Dear Giulia,

Thank you for the samples, the client loved the "Cotto Toscano 30x30".

Please accept our purchase order TK-2507-11:
- Cotto Toscano 30x30, natural, code CT3030N, 64 m2 (lot 2507-B, same lot for all boxes please)
- Bullnose CT-BN30, 22 pcs
- Incoterms: FOB La Spezia
- Requested shipment: by 15 August

Please note that our payment will come from our account at Chiba Kogyo Bank, Funabashi Branch (SWIFT: CKBKJPJT) to your IBAN IT60 X054 2811 1010 0000 0123 456 as on your proforma PF-4471.

The tiles are for a restaurant kitchen at 4-5-18 Honcho, Funabashi (Toriyoshi), so they must be the anti-slip R11 grade. Could you confirm?

Best regards,
Takashi Okada
Site Manager, Takumi Reform Kobo Co., Ltd.
6-2-10 Honcho, Funabashi, Chiba 273-0005, Japan
Mobile +81-80-6612-3390
okada@takumi-koubou.co.jp"""))

# E10 hold PPAP
MAILS.append(m("hold", "attachment.encrypted_zip", "Drawings sent as an encrypted zip with the password in a separate mail.",
 OKAD, ["アトリエ環 設計事務所 宇野様 <uno@atelier-tamaki.jp>"], "中井様邸 現況図・改修図",
 """宇野様

お世話になっております。岡田です。
中井様邸の現況図と改修図（CAD・PDF）をお送りします。
パスワードは別メールでお知らせします。
""" + S_OKAD, attachments=[att("中井様邸_図面一式.zip", ZIP, encrypted=True)]))

# E11 pass one-line with long quote
MAILS.append(m("pass", "benign.short_reply", "One-line yes to a management company, quoting their long scheduling mail with staff names.",
 OKAD, ["日栄コミュニティ 船橋支店 フロント 長田様 <osada@nichiei-community.co.jp>"], "Re: 【パークハウス船橋本町】専有部工事の作業日程について",
 """はい、その日程で大丈夫です。

岡田

-----Original Message-----
From: 長田 <osada@nichiei-community.co.jp>
Sent: Thursday, July 3, 2025 5:48 PM
To: 岡田 隆 <okada@takumi-koubou.co.jp>
Cc: 管理員室 <parkhouse-funabashi@nichiei-community.co.jp>
Subject: 【パークハウス船橋本町】専有部工事の作業日程について

匠リフォーム工房
岡田様

いつもお世話になっております。日栄コミュニティの長田です。
703号室の専有部工事（キッチン・洗面）について、理事会の承認が下りました。
つきましては、下記の日程で作業をお願いいたします。

・搬入：7/14（月）9:00～10:00　エレベーター養生は管理員の小西が立ち会います
・作業：7/14～7/19　9:00～17:00（騒音作業は10:00～16:00）
・駐車：来客用駐車場 No.3 を1台分確保（工事車両届は提出済み）
・掲示：7/7までに工事のお知らせをエントランスに掲示

上記でよろしければご返信をお願いいたします。

日栄コミュニティ株式会社 船橋支店 フロント担当
長田 真一
TEL 047-424-6680 ／ FAX 047-424-6681
"""))

# E12 hold neighbour's details only in forwarded internal memo
MAILS.append(m("hold", "personal.complaint_forward", "The forwarded internal memo gives a complaining neighbour's name, address and phone to the customer.",
 OKAD, ["中井 雅之 様 <nakai.masa@gmail.com>"], "近隣の方からのご意見について",
 """中井 雅之 様

いつもお世話になっております。匠リフォーム工房の岡田です。
工事中のことで、近隣の方からご意見をいただきましたので共有いたします。
詳細は下記の社内メモのとおりです。こちらで対応いたしますので、
中井様からは特にご対応いただかなくて大丈夫です。
""" + S_OKAD + """

-------- 転送メッセージ --------
From: 吉村 沙織
To: 岡田 隆
件名: 【クレーム】中井様邸 近隣

岡田さん
本日14時ごろ、中井様邸の裏のお宅の方からお電話がありました。

・お名前：広瀬 和子様（前原西2-33-9）
・携帯：080-2231-5546
・内容：足場のシートが強風でばたついて夜眠れない。
　洗濯物に塗料の粉が付いた、弁償してほしい。
　「施主さんにも一言言ってほしい」とのこと。
明日の朝、一緒に伺えますか。
吉村
""", personal=[("name", "広瀬 和子"), ("address", "前原西2-33-9"), ("phone", "080-2231-5546")]))

# E13 pass condolence
MAILS.append(m("pass", "benign.condolence", "Condolence to a customer's family on the death of the customer's father.",
 YOSH, ["島田 浩 様 <hiroshi.shimada@biglobe.ne.jp>"], "お悔やみ申し上げます",
 """島田 浩 様

匠リフォーム工房の吉村でございます。
お父さまの島田 正三様がご逝去されたと伺い、謹んでお悔やみ申し上げます。

2018年の外壁塗装の際には、毎日のように現場に顔を出してくださり、
職人たちにお茶を出してくださったことを、今でもよく覚えております。

ご家族の皆さまも、どうぞご自愛くださいませ。
お住まいのことで何かございましたら、いつでもご連絡ください。

心よりご冥福をお祈り申し上げます。

株式会社匠リフォーム工房
吉村 沙織"""))

# E14 hold English medical to overseas manufacturer
MAILS.append(m("hold", "sensitive.medical", "Gives an overseas stairlift maker a named customer's Parkinson's diagnosis, weight and address.",
 YOSH, ["Tom Hargreaves <t.hargreaves@helixlift.co.uk>"], "Curved stairlift quote - customer details",
 """Dear Tom,

Thank you for the quick reply. Here are the details you asked for to configure the curved stairlift.

Customer: Mr. Shohei Kaneko, 74
Address: 5-9-12 Maebara-nishi, Funabashi, Chiba
Condition: Parkinson's disease (diagnosed 2019), unsteady on stairs, occasional freezing of gait; uses a cane indoors
Weight: 68 kg, height 165 cm
Staircase: 14 steps, one 180-degree turn at the top, width 780 mm

Given his condition, his daughter would like the swivel seat to be powered and a seat belt with a simple clip. Could you include both in the quote?

Best regards,
Saori Yoshimura
Reform Advisor, Takumi Reform Kobo Co., Ltd.
Tel +81-120-48-3921
yoshimura@takumi-koubou.co.jp""",
 personal=[("name", "Shohei Kaneko"), ("address", "5-9-12 Maebara-nishi, Funabashi, Chiba"), ("diagnosis", "Parkinson's disease (diagnosed 2019)")]))

# E15 pass vehicle numbers, permits
MAILS.append(m("pass", "benign.id_like_numbers", "Work-vehicle registration with plate numbers, construction licence and corporate number.",
 TAJI, ["日栄コミュニティ 船橋支店 <funabashi@nichiei-community.co.jp>"], "工事車両届・施工業者届の提出（703号室）",
 """日栄コミュニティ株式会社 船橋支店 御中

お世話になっております。匠リフォーム工房 業務課の田島です。
パークハウス船橋本町 703号室の工事に関する届出内容をお送りします。

■施工業者
　株式会社匠リフォーム工房（法人番号 6040001082217）
　建設業許可：千葉県知事許可（般-5）第48213号
　適格請求書発行事業者登録番号：T6040001082217
■工事車両
　1. 軽バン　習志野 480 く 11-62（岡田 使用）
　2. 2tトラック　習志野 400 せ 72-09（搬入日のみ）
■作業責任者：岡田 隆（携帯 080-6612-3390）

損害保険の付保証明書（PDF）は原本を郵送いたします。
""" + S_TAJI))

# E16 hold unlabelled My Number of landlord
MAILS.append(m("hold", "id.mynumber", "An individual landlord's 12-digit individual number (not called マイナンバー) sent to the tax accountant.",
 TAJI, ["船橋中央税理士事務所 山岸先生 <yamagishi@funachu-tax.jp>"], "支払調書の件（資材置場の地代）",
 """山岸先生

いつもお世話になっております。匠リフォーム工房の田島です。
資材置場の地代の支払調書について、地主さんから番号をいただきました。

　支払先：荒木 喜代治 様
　住所：千葉県船橋市高根町1844
　番号：613840277196（通知カードの写しで確認済み）
　年間支払額：1,080,000円（月90,000円）

通知カードの写しは郵送でお送りします。
""" + S_TAJI,
 personal=[("name", "荒木 喜代治"), ("address", "千葉県船橋市高根町1844"), ("my_number", "613840277196")]))

# E17 pass minutes, two companies
MAILS.append(m("pass", "benign.minutes", "Design meeting minutes between two companies with five visible addresses.",
 OKAD, ["アトリエ環 宇野様 <uno@atelier-tamaki.jp>", "アトリエ環 川村様 <kawamura@atelier-tamaki.jp>", "アトリエ環 <info@atelier-tamaki.jp>"],
 "【打合せ記録】中井様邸 改修 第2回（7/4）",
 """アトリエ環 宇野様、川村様

本日はありがとうございました。打合せ記録をお送りします。

日時：7/4（金）10:00～11:30　場所：中井様邸
出席：中井様ご夫妻、アトリエ環 宇野様・川村様、匠 岡田・吉村

1. キッチン：I型2550 → ペニンシュラ型に変更。換気扇の位置は外壁側で確定
2. 外壁：サイディング上塗り、色はSW-1120（ウォームグレー）
3. 床：リビング 無垢フローリング（オーク）、床暖房は見送り
4. 工程：外壁 7/22～8/9、内装 8/18～9/12
5. ご予算：本日時点 612万円（税込）、追加分は別途見積

次回：7/18（金）10:00 ショールームにてキッチン仕様確認
""" + S_OKAD, cc=[YOSH]))

# E18 hold worker roster (body)
MAILS.append(m("hold", "list.workers", "Body roster of site workers with birth dates, addresses, blood types and emergency contacts to the main contractor.",
 OKAD, ["ベイサイド建設 工事課 安全担当 <anzen@bayside-kensetsu.co.jp>"], "作業員名簿の提出（船橋南口ビル 改修工事）",
 """ベイサイド建設株式会社
工事課 安全担当 ご担当者様

お世話になっております。二次下請の匠リフォーム工房 岡田です。
7/14からの内装工事に入場する作業員の名簿をお送りします。

氏名　　　　生年月日　　血液型　住所　　　　　　　　　　　　緊急連絡先
岡田 隆　　1978/04/09　A型　船橋市本町6-2-10（会社）　　　047-433-8120
関口 勇　　1969/11/21　O型　八千代市大和田新田412-6　　　　妻 090-7713-2260
森 大樹　　1991/02/14　B型　市川市行徳駅前2-8-3-501　　　母 047-356-1182
ウォン ジエ　1995/07/30　AB型　船橋市湊町2-4-11 第二コーポ湊102　兄 080-3320-5517
平井 和也　1987/05/05　A型　習志野市津田沼3-15-9　　　　　妻 090-2281-4473

健康診断の受診日と資格証の写しは、グリーンファイルの様式で別途郵送します。
""" + S_OKAD,
 personal=[("name", "森 大樹"), ("birth_date", "1991/02/14"), ("address", "市川市行徳駅前2-8-3-501"), ("name", "平井 和也"), ("phone", "090-2281-4473")]))

# E19 pass corporate invoice
MAILS.append(m("pass", "benign.invoice", "Invoice with the company's own bank account and invoice registration number.",
 TAJI, ["株式会社とり吉 経理部 <keiri@toriyoshi-group.co.jp>"], "請求書送付のご案内（本町店 改装工事）",
 """株式会社とり吉 経理部 御中

お世話になっております。匠リフォーム工房の田島です。
本町店 改装工事（7/22～24）の請求書をお送りします。

　請求番号：INV-2507-0382
　請求金額：2,948,000円（税込、うち消費税 268,000円）
　お支払期限：2025年8月31日
　お振込先：京葉中央銀行 船橋支店 当座 0118846
　　　　　　カ）タクミリフオームコウボウ
　登録番号：T6040001082217

請求書原本（PDF）は添付のとおりです。ご査収のほどお願いいたします。
""" + S_TAJI,
 attachments=[att("INV-2507-0382.pdf", PDF, """請求書
株式会社とり吉 御中
請求番号 INV-2507-0382　発行日 2025/07/31
件名：本町店 改装工事（船橋市本町4-5-18 山本ビル1F）
床 長尺シート張替 48㎡　1式　1,120,000
厨房 壁 タイル張替　1式　980,000
設備移設・諸経費　1式　580,000
小計 2,680,000　消費税(10%) 268,000　合計 2,948,000
振込先：京葉中央銀行 船橋支店 当座 0118846 カ）タクミリフオームコウボウ
株式会社匠リフォーム工房　登録番号 T6040001082217
""")]))

# E20 pass heatstroke notice
MAILS.append(m("pass", "benign.aggregate", "Heatstroke prevention notice to subcontractors (addresses in Bcc) with statistics only.",
 OKAD, [OKAD], "【協力業者各位】熱中症対策の徹底について",
 """協力業者の皆さま

いつもご協力ありがとうございます。匠リフォーム工房の岡田です。
連日35℃を超える日が続いています。現場での熱中症対策について改めてお願いします。

昨年、千葉県内の建設業では熱中症による休業4日以上の災害が19件発生し、
うち1件は死亡災害でした（千葉労働局まとめ）。

・WBGT 31以上の日は、14～16時の屋根上・足場上作業を中止
・1時間に1回の休憩と水分・塩分補給（塩タブレットは各現場に配備済み）
・体調不良を感じたら、我慢せずすぐに職長へ申し出てください
・6月改正の労働安全衛生規則により、報告体制と対応手順の掲示が義務化されています

よろしくお願いします。
""" + S_OKAD,
 bcc=["関口 勇 <sekiguchi.isamu@gmail.com>", "森塗装 <info@mori-tosou.jp>", "平井設備 <hirai-setsubi@yahoo.co.jp>", "ウォン電工 <wong-denko@gmail.com>", "東邦内装建材 <tanaka@toho-naiso.co.jp>"]))
