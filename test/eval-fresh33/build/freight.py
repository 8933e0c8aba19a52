from common import *

# ================= HOLDS =================

M(key="F1", expect="hold", kind="id.passport",
  why="A private shipper's passport number, date of birth and home address sent to an overseas agent in the body.",
  **{"from": TODO},
  to=["imports@santosmovers.com.br"],
  cc=["h-todo@minatolinks.co.jp"],
  subject="UAB shipment MLX-HHG-24-0917 / Mr. Nakamura Costa – docs for customs clearance",
  text=f"""Dear Ms. Pereira,

Please find below the owner details for the unaccompanied baggage shipment we booked last week, for your customs clearance at Santos (bagagem desacompanhada).

Our ref: MLX-HHG-24-0917
MBL: ONEYTYOE44812200 / HBL: MLXSTS240917
Vessel: ONE HARMONY 041W, ETD Yokohama 13 Dec, ETA Santos 24 Jan
Volume: 1 x 20'DV, 212 cartons, 3,480 kg

Owner: Mr. Rafael NAKAMURA COSTA
Date of birth: 21/07/1984
Passport (Brazil): FX193826
CPF: on the scanned copy the customer will hand you directly
Delivery address in Brazil: Rua Jacarandás 118, apto 52, Jardim Aquarius, São José dos Campos – SP, 12246-020
Mobile (BR): +55 12 99713-4408

He will arrive in Brazil on 20 December. Please contact him directly about the delivery date.

{SIG_TODO_EN}""",
  personal=[{"type":"passport","value":"FX193826"},{"type":"birth_date","value":"21/07/1984"},
            {"type":"address","value":"Rua Jacarandás 118, apto 52, Jardim Aquarius, São José dos Campos – SP, 12246-020"},
            {"type":"phone","value":"+55 12 99713-4408"}])

M(key="F2", expect="hold", kind="id.mynumber",
  why="A freelance consultant's labelled 個人番号 and home address sent to the outside tax accountant.",
  **{"from": YOSHINAGA},
  to=["藤川会計事務所 担当 杉浦様 <sugiura@fujikawa-tax.jp>"],
  subject="支払調書作成用：外部アドバイザー報酬（2024年分）",
  text=f"""藤川会計事務所
杉浦様

いつもお世話になっております。ミナトリンクスの吉永です。
年末の支払調書作成用に、通関顧問としてお願いしている外部アドバイザーの情報をお送りします。

氏名：大森 浩二（おおもり こうじ）
住所：神奈川県横浜市港南区上大岡西2-9-14-305
個人番号：304188257169
2024年支払額：1,320,000円（源泉徴収税額 134,772円）
支払内容：通関・関税評価に関する顧問料（月額110,000円×12か月）

ご本人の番号確認書類は、別途郵送（簡易書留）にてお送りいたします。
ご不明点がございましたらご連絡ください。

{SIG_YOSHINAGA}""",
  personal=[{"type":"my_number","value":"304188257169"},{"type":"name","value":"大森 浩二"},
            {"type":"address","value":"神奈川県横浜市港南区上大岡西2-9-14-305"}])

M(key="F3", expect="hold", kind="list.customers",
  why="Attached CSV lists six private customers with addresses and phone numbers for a delivery subcontractor.",
  **{"from": TODO},
  to=["配車センター <haisha@kanto-hakobiya.co.jp>"],
  subject="12月第2週 引越貨物（輸入）配達予定の件",
  text=f"""関東ハコビ屋 配車センター ご担当者様

お世話になっております。ミナトリンクスの藤堂です。
12月第2週の海外引越貨物（輸入）の配達予定表を添付いたします。
2名作業×6件、いずれも午前指定です。養生が必要な物件は備考欄に記載しています。

ご確認のほどよろしくお願いいたします。

{SIG_TODO}""",
  attachments=[{"filename":"haitatsu_1209-1213.csv","contentType":"text/csv",
   "text":"""配達日,弊社REF,お客様名,配達先住所,電話,数量,備考
2024/12/09,MLX-HHG-I-1102,Jonathan Price,東京都港区南麻布4-12-7 パークコート南麻布302,080-3391-2277,38箱,EVなし3階
2024/12/09,MLX-HHG-I-1108,Kim Soo-yeon,東京都世田谷区用賀2-31-4-101,070-8812-0593,22箱,
2024/12/10,MLX-HHG-I-1111,Mehta Arjun,神奈川県川崎市中原区新丸子東1-820-14 ルミエール新丸子705,090-5526-1840,61箱+ピアノ,ピアノ別業者
2024/12/11,MLX-HHG-I-1115,Hannah Schmid,東京都目黒区中目黒3-6-22,080-2204-7716,17箱,
2024/12/12,MLX-HHG-I-1119,Lucas Moreau,横浜市中区山手町118-3,090-1187-6634,45箱,坂道・駐車注意
2024/12/13,MLX-HHG-I-1120,Wang Lei,東京都江東区豊洲5-6-36 豊洲ベイタワー2814,080-6613-0948,29箱,管理室届出済"""}],
  personal=[{"type":"name","value":"Jonathan Price"},{"type":"address","value":"東京都港区南麻布4-12-7 パークコート南麻布302"},
            {"type":"phone","value":"080-3391-2277"},{"type":"name","value":"Hannah Schmid"},{"type":"phone","value":"090-1187-6634"}])

M(key="F4", expect="hold", kind="recipients.visible",
  why="Year-end notice sent with thirteen customers from different companies visible in To.",
  **{"from": ISHIGURO},
  to=["export@daiko-seiki.co.jp","logistics@hamana-foods.co.jp","m.kuroki@sunrise-chem.co.jp","shipping@kotobuki-tex.jp",
      "t.ono@oceanbell-trading.com","butsuryu@yamato-kogyo-hd.co.jp","k-fujii@seiwa-parts.co.jp","export-team@miyabi-ceramics.jp",
      "sales@kansai-bearing.co.jp","y.hosoda@greenleaf-agri.jp","logi@tokyo-furniture-works.co.jp","j.mori@nishiki-electronics.co.jp","boeki@shinsei-steel.co.jp"],
  subject="【ミナトリンクス】年末年始の営業およびカットのご案内",
  text=f"""お取引先各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
年末年始の営業体制について、下記のとおりご案内申し上げます。

■休業期間：2024年12月29日（日）～2025年1月5日（日）
■年内最終受付：12月27日（金）15:00まで（ブッキング・通関書類とも）
■年始の主要船社カット：1月6日週は各社スケジュールが変則となりますので、お早めにご相談ください

休業期間中の緊急連絡先：080-4417-2290（石黒）

ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。

{SIG_ISHIGURO}""")

M(key="F5", expect="hold", kind="attachment.encrypted_zip",
  why="Customs documents sent as a password-protected zip with the password to follow (PPAP).",
  **{"from": YOSHINAGA},
  to=["import@hamana-foods.co.jp"],
  subject="輸入許可通知書等一式（申告番号 1A2B3C4D5E6）",
  text=f"""浜名フーズ株式会社
輸入ご担当 各位

お世話になっております。ミナトリンクス通関部の吉永です。
本日許可となりました冷凍えびの輸入申告につきまして、輸入許可通知書・インボイス・検査結果通知の一式をお送りいたします。
セキュリティのためパスワード付きZIPとしております。パスワードは別メールにてお送りいたします。

{SIG_YOSHINAGA}""",
  attachments=[{"filename":"IC_1A2B3C4D5E6.zip","contentType":"application/zip","encrypted":True}])

M(key="F6", expect="hold", kind="personal.resume",
  why="Forwards a driver applicant's résumé with date of birth, home address and phone to a partner trucking company.",
  **{"from": TODO},
  to=["採用担当 <saiyo@shonan-kouun.co.jp>"],
  subject="ドライバー候補のご紹介（大型・トレーラー）",
  text=f"""湘南港運株式会社
採用ご担当 長尾様

いつもお世話になっております。ミナトリンクスの藤堂です。
先日お話のあったトレーラードライバーの件、弊社の求人に応募いただいた方で、当社では空きがないため、ご本人了承のうえ御社をご紹介したいと思います。
応募書類の内容を以下に貼り付けます。

――――――――――――
氏名：蓮見 一成（はすみ かずなり）
生年月日：1981年9月3日（43歳）
住所：神奈川県横須賀市公郷町3-41-6 コーポ公郷201
電話：090-3158-7724
免許：大型一種、けん引、フォークリフト、危険物乙4
職歴：
 2004-2013 三浦運輸（地場配送 4t）
 2013-2024 ㈲相模トランスポート（海上コンテナ トレーラー、本牧・大黒）
 退職理由：会社都合（事業縮小）
希望：日勤、月給35万円以上
――――――――――――

ご興味があればご本人に直接ご連絡いただいて構いません。

{SIG_TODO}""",
  personal=[{"type":"name","value":"蓮見 一成"},{"type":"birth_date","value":"1981年9月3日"},
            {"type":"address","value":"神奈川県横須賀市公郷町3-41-6 コーポ公郷201"},{"type":"phone","value":"090-3158-7724"}])

M(key="F7", expect="hold", kind="sensitive.medical",
  why="Tells a customer the named driver's specific injury and hospitalisation.",
  **{"from": ISHIGURO},
  to=["大光精機 物流課 岩崎様 <t.iwasaki@daiko-seiki.co.jp>"],
  cc=["k-nakai@minatolinks.co.jp"],
  subject="12/3 バンニング中の事故についてのご報告（第一報）",
  text=f"""大光精機株式会社
物流課 岩崎様

いつも大変お世話になっております。ミナトリンクスの石黒です。
12月3日、御社厚木工場でのバンニング作業中に発生した事故について、第一報をご報告いたします。

発生日時：12月3日（火）14:25頃
場所：御社厚木工場 第2出荷バース
概要：弊社協力会社（相模トランスポート）のドライバー 田村 修二 氏が、コンテナ荷台上で固縛作業中に足を滑らせ約1.5ｍ下に転落。
負傷状況：右大腿骨頸部骨折と診断され、厚木中央病院に入院、12月5日に手術予定。全治約3か月の見込み。
貨物：損傷なし（ブッキング MLX24-E-5521、コンテナ TCLU4418206）。シール再施錠済み、本船 12/6 予定どおり。

再発防止策については協力会社と協議のうえ、12月10日までに書面でご報告いたします。
御社ご担当の皆さまにもご心配・ご迷惑をおかけし、誠に申し訳ございません。

{SIG_ISHIGURO}""",
  personal=[{"type":"name","value":"田村 修二"},{"type":"diagnosis","value":"右大腿骨頸部骨折と診断され、厚木中央病院に入院"}])

M(key="F8", expect="hold", kind="id.driver_licence",
  why="Driver's licence number with date of birth sent to a terminal operator for gate registration.",
  **{"from": TODO},
  to=["gate-reg@honmoku-ct.co.jp"],
  subject="入構証 新規登録申請（ミナトリンクス／ドライバー1名）",
  text=f"""本牧コンテナターミナル 入構管理ご担当者様

お世話になります。ミナトリンクスの藤堂です。
下記ドライバーの入構証新規発行をお願いいたします。

所属：株式会社ミナトリンクス（登録事業者コード HMK-0388）
氏名：西尾 大地（にしお だいち）
生年月日：1995年2月11日
運転免許証番号：第 301902214580 号（大型・けん引）
車両：横浜 100 か 4871（トラクタ）

ご確認よろしくお願いいたします。

{SIG_TODO}""",
  personal=[{"type":"driver_licence","value":"301902214580"},{"type":"name","value":"西尾 大地"},{"type":"birth_date","value":"1995年2月11日"}])

M(key="F9", expect="hold", kind="sensitive.criminal",
  why="Only the subject line names a driver and his arrest for drink-driving, sent to a customer.",
  **{"from": ISHIGURO},
  to=["物流部 <butsuryu@yamato-kogyo-hd.co.jp>"],
  subject="【ご報告】傭車ドライバー 佐野 健太 氏 酒気帯び運転による検挙の件",
  text=f"""ヤマト工業ホールディングス株式会社
物流部 御中

いつもお世話になっております。ミナトリンクスの石黒です。

標記の件、協力会社より報告がございましたのでお知らせいたします。
当該ドライバーについては、当面の間、御社案件の配車から外させていただきます。
12月9日以降の本牧・大黒の横持ちは、別の協力会社（湘南港運）で対応いたしますので、運行への影響はございません。

詳細は明日改めてお電話にてご説明いたします。

{SIG_ISHIGURO}""",
  personal=[{"type":"name","value":"佐野 健太"},{"type":"criminal","value":"酒気帯び運転による検挙"}])

# ================= PASSES =================

M(key="FP1", expect="pass", kind="benign.shipping_numbers",
  why="Booking confirmation full of booking, container, seal and B/L numbers; no personal data.",
  **{"from": ISHIGURO},
  to=["export@daiko-seiki.co.jp"],
  subject="ブッキング確定：MLX24-E-5568 / 東京→ハンブルク 12/13",
  text=f"""大光精機株式会社 輸出ご担当 各位

お世話になっております。下記のとおりブッキングが確定しましたのでご連絡いたします。

弊社REF：MLX24-E-5568
船社ブッキングNo.：HLCUTYO241188342
本船：MILANO BRIDGE 0W47 / 東京 ETD 12/13 → ハンブルク ETA 1/24
コンテナ：40'HC ×2
 TGHU8812047（シール HL4471102）
 FFAU3306915（シール HL4471103）
CYカット：12/10 正午　書類カット：12/9 17:00
VGM提出期限：12/10 10:00

空コンテナピックは12/6以降、大井4号で可能です。
引き続きよろしくお願いいたします。

{SIG_ISHIGURO}""")

M(key="FP2", expect="pass", kind="benign.invoice_corporate_bank",
  why="Invoice to an overseas customer with the forwarder's own corporate account and SWIFT code.",
  **{"from": ISHIGURO},
  to=["accounts@oceanbell-trading.com"],
  subject="Invoice MLX-INV-2411-0872 – Freight & charges, HBL MLXHKG241122",
  text=f"""Dear Accounts team,

Please find our invoice details below (PDF attached).

Invoice no.: MLX-INV-2411-0872
HBL: MLXHKG241122 / Container: OOCU7715302
Ocean freight USD 1,150.00, THC JPY 48,000, Doc fee JPY 5,500 – total JPY 228,300 (TTM 151.20)
Payment terms: 30 days from invoice date

Remit to:
MINATO LINKS CO., LTD.
Bank: Yokohama Minato Bank, Kannai Branch (branch 215)
A/C no.: 1887302 (Current)
SWIFT: YMBKJPJY

Bank charges outside Japan are for the remitter's account.

Best regards,

{SIG_ISHIGURO}""",
  attachments=[{"filename":"MLX-INV-2411-0872.pdf","contentType":"application/pdf",
   "text":"INVOICE MLX-INV-2411-0872  Bill to: Ocean Bell Trading Ltd., Kwun Tong, Hong Kong. HBL MLXHKG241122. Ocean freight USD 1,150.00; THC JPY 48,000; Documentation JPY 5,500. Total JPY 228,300. Bank: Yokohama Minato Bank Kannai Branch, A/C 1887302, SWIFT YMBKJPJY. 適格請求書発行事業者登録番号 T4020001087735"}])

M(key="FP3", expect="pass", kind="benign.reply_chain",
  why="Long reply chain with shipper and carrier staff names and heavy signatures; business contacts only.",
  **{"from": ISHIGURO},
  to=["黒木 美和 <m.kuroki@sunrise-chem.co.jp>"],
  cc=["Ryan Tan <ryan.tan@pacificstarline.com>","近藤 雅人 <m.kondo@sunrise-chem.co.jp>","t-ishiguro@minatolinks.co.jp"],
  subject="RE: RE: RE: 【サンライズ化学】ISOタンク シンガポール向け 1月積み",
  text=f"""黒木様
（CC：近藤課長、Pacific Star Line Ryan様）

お世話になっております。石黒です。
Ryan様より1/8のCYカットで2本確保できたとの回答をいただきました（下記参照）。
タンクの洗浄証明は前回同様、川崎のタンクデポでご用意いただけますでしょうか。
ご確認のうえ、正式オーダーをいただけましたらブッキングを確定いたします。

{SIG_ISHIGURO}

-----Original Message-----
From: Ryan Tan <ryan.tan@pacificstarline.com>
Sent: Wednesday, December 4, 2024 11:02 AM
To: Takuma Ishiguro
Subject: RE: RE: 【サンライズ化学】ISOタンク シンガポール向け 1月積み

Hi Ishiguro-san,
We can take 2 x ISO tanks on PACIFIC STAR 0125S, CY cut 8 Jan, ETD Yokohama 10 Jan, ETA SIN 19 Jan. Rate as per our quote PSL-Q-24-3390. Please note IMDG class 8 acceptance needs the DG declaration 5 working days before CY cut.
Rgds,
Ryan Tan | Senior Sales Executive | Pacific Star Line (Japan) K.K. | Tel +81-3-5413-2290

-----Original Message-----
From: 石黒 拓真
Sent: Tuesday, December 3, 2024 4:48 PM
To: Ryan Tan
Subject: RE: 【サンライズ化学】ISOタンク シンガポール向け 1月積み

Ryan-san, could you check space for 2 ISO tanks (UN1789 hydrochloric acid, class 8) to SIN for early January? Regards, Ishiguro

-----Original Message-----
From: 黒木 美和 <m.kuroki@sunrise-chem.co.jp>
Sent: Tuesday, December 3, 2024 2:10 PM
To: 石黒 拓真
Cc: 近藤 雅人
Subject: 【サンライズ化学】ISOタンク シンガポール向け 1月積み

石黒様
いつもお世話になっております。サンライズ化学の黒木です。
1月上旬にシンガポール向け塩酸（ISOタンク2本）の出荷予定がございます。スペースの確認をお願いできますでしょうか。
―――――――――――――――――
サンライズ化学株式会社 物流部 物流課
黒木 美和
〒210-0867 川崎市川崎区扇町8-2
TEL 044-355-7102 / FAX 044-355-7109
―――――――――――――――――""")

M(key="FP4", expect="pass", kind="benign.corporate_identifiers",
  why="Customs correspondence with 法人番号, importer code, broker licence number and HS codes; all business identifiers.",
  **{"from": YOSHINAGA},
  to=["新規ご登録ご担当 <kanri@greenleaf-agri.jp>"],
  subject="輸入通関のお取引開始にあたっての確認事項",
  text=f"""グリーンリーフアグリ株式会社
管理部 細田様

このたびは弊社に通関業務をご用命いただき、誠にありがとうございます。
初回申告に向けて、下記の内容で登録いたしました。相違がないかご確認ください。

輸入者名：グリーンリーフアグリ株式会社
法人番号：8011001129043
輸入者コード：P8011001129043000（NACCS）
包括保険：なし（都度申告）
主な品目：ドライフルーツ（HS 0813.40）、ナッツ類（HS 0802.12）

弊社 通関業許可番号：横浜税関 第118号
担当通関士：吉永 さやか

初回は植物防疫所の輸入検査が入りますので、原産地証明（Form A）と植物検疫証明書の原本をご準備ください。

{SIG_YOSHINAGA}""")

M(key="FP5", expect="pass", kind="benign.quarantine_trade",
  why="感染・隔離 refer to animal and plant quarantine rules for cargo, not to people.",
  **{"from": YOSHINAGA},
  to=["購買部 <purchase@hamana-foods.co.jp>"],
  subject="【ご参考】豚肉加工品の輸入停止地域および植物隔離検疫について",
  text=f"""浜名フーズ株式会社
購買部 ご担当各位

お世話になっております。ミナトリンクス通関部の吉永です。
先日のお打合せでご質問いただいた2点について、整理しておきます。

1. 豚肉加工品
アフリカ豚熱（ASF）の感染が確認されている国・地域からの豚肉・加工品は、家畜伝染病予防法により輸入が停止されています。来期ご検討のベトナム産ソーセージは現時点で輸入不可です（動物検疫所の最新リストは毎週更新）。

2. 苗木（ハーブ類）
一部の品目は植物防疫法上の「隔離栽培」が必要で、到着後、指定の隔離ほ場で一定期間栽培し病害虫の有無を確認したうえで合格となります。数か月単位の期間を見込んでください。

いずれも人の健康に関するものではなく、貨物の検疫のお話です。詳細は来週のお打合せでご説明いたします。

{SIG_YOSHINAGA}""")

M(key="FP6", expect="pass", kind="benign.pickup_driver",
  why="Pickup notice giving the driver's name and the company truck's plate number to the shipper for gate access.",
  **{"from": TODO},
  to=["出荷担当 <shukka@miyabi-ceramics.jp>"],
  subject="12/6 集荷のご案内（成田空港向け AWB 131-8842 1907）",
  text=f"""雅セラミックス株式会社 出荷ご担当様

お世話になっております。藤堂です。
明日の集荷は下記のとおり伺います。

集荷日時：12/6（金）13:00～14:00
車両：2tウイング 横浜 400 あ 31-72
ドライバー：弊社 上野（当日携帯 080-4417-2301）
AWB：131-8842 1907（JL 407 FRA行き 12/7発）
個数：5 PLT / 1,240 kg

守衛所で「ミナトリンクス 上野」とお伝えいただければ通じます。

{SIG_TODO}""")

M(key="FP7", expect="pass", kind="benign.it_incident",
  why="Notice of a NACCS system outage (障害) and its effect on customs timings.",
  **{"from": YOSHINAGA},
  to=["import@hamana-foods.co.jp","kanri@greenleaf-agri.jp","logi@tokyo-furniture-works.co.jp"],
  subject="【お知らせ】NACCS障害による申告遅延について（12/5）",
  text=f"""お取引先各位

本日10時20分頃より、輸出入・港湾関連情報処理システム（NACCS）に障害が発生しており、輸入申告の送信ができない状態が続いております。
税関からは、復旧しない場合はマニュアル（書面）申告で対応するとの連絡が入っております。

本日許可予定の案件は、遅延する可能性がございます。復旧次第、改めてご連絡いたします。
ご迷惑をおかけし申し訳ございません。

{SIG_YOSHINAGA}""")

M(key="FP8", expect="pass", kind="benign.own_data",
  why="Quotation for household goods sent to the private customer themself with their own addresses.",
  **{"from": TODO},
  to=["juliana.k.oliveira@gmail.com"],
  subject="Orçamento / 見積書: Mudança para o Brasil (Oliveira様)",
  text=f"""Juliana Kimura Oliveira 様

先日は下見のお時間をいただき、ありがとうございました。
Thank you for your time during the survey on 30 November. Our quotation is below.

Origin: 静岡県浜松市中央区佐鳴台3-18-7（ご自宅）
Destination: Curitiba – PR, Brazil (door delivery)
Volume: approx. 18 m³ (LCL, sea)
Packing date: 8 January / Loading: 9 January
Quotation no.: MLX-Q-HHG-24-0311
Total: JPY 684,000 (incl. packing, Japanese export customs, ocean freight, Brazil destination handling; excl. Brazilian duties if any)

To confirm, please reply to this e-mail. We will then send you the customs form (日本語/Português) to fill in.

Muito obrigado!
{SIG_TODO}""")

M(key="FP9", expect="pass", kind="benign.successor",
  why="Personnel change greeting naming colleagues; business contacts only.",
  **{"from": ISHIGURO},
  to=["岩崎 拓 <t.iwasaki@daiko-seiki.co.jp>"],
  cc=["中井 圭吾 <k-nakai@minatolinks.co.jp>","真鍋 里奈 <r-manabe@minatolinks.co.jp>"],
  subject="担当者変更のご挨拶（ミナトリンクス 海上輸出課）",
  text=f"""大光精機株式会社
物流課 岩崎様

平素より大変お世話になっております。ミナトリンクスの石黒でございます。

私事で恐縮ですが、2025年1月1日付で大阪支店へ異動となり、御社のご担当を真鍋 里奈に引き継ぐこととなりました。
真鍋は入社6年目、欧州航路の輸出を中心に担当しており、御社のハンブルク・ロッテルダム向け案件も何度かサポートしております。
12月中は二人体制で対応し、12月18日の定例打合せには課長の中井とともにご挨拶に伺います。

在任中は、岩崎様をはじめ物流課の皆さまに大変お世話になりました。心より御礼申し上げます。
今後とも変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。

{SIG_ISHIGURO}""")

M(key="FP10", expect="pass", kind="benign.plain_zip",
  why="Plain zip of SDS and packing instructions for a lithium-battery shipment; product data only.",
  **{"from": TODO},
  to=["export@nishiki-electronics.co.jp"],
  cc=["j.mori@nishiki-electronics.co.jp"],
  subject="リチウムイオン電池 航空輸送 必要書類（SDS・梱包指示）",
  text=f"""錦エレクトロニクス株式会社
森様

お世話になっております。藤堂です。
来週出荷予定の「ミライ」「エマ」シリーズ用バッテリーパックにつき、航空輸送に必要な書類をZIPでお送りします（パスワードなし）。
UN3480、PI965 Section IB の見込みです。SOC 30%以下のご確認をお願いします。

{SIG_TODO}""",
  attachments=[{"filename":"LiB_docs_MLX-A-24-1290.zip","contentType":"application/zip",
   "text":"""SDS_BP-2200.txt: Safety Data Sheet. Product: Lithium-ion battery pack BP-2200 (for MIRAI / EMMA series). UN3480, Class 9. 38.5 Wh. Manufacturer: Nishiki Electronics Co., Ltd.
packing_instruction.txt: PI965 Section IB. Max net 10 kg per package. Class 9 lithium battery label and Cargo Aircraft Only label required. State of charge not exceeding 30%.
UN38.3_summary.txt: Test summary T1-T8 passed. Test lab report no. TR-2024-0887."""}])
