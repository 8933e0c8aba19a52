from common import *

M = []

# ---------------- HOLDS ----------------

M.append(dict(
    key="S-H1", expect="hold", kind="sensitive.medical",
    why="在宅患者の氏名・住所・病名・麻薬を含む処方内容を、社外の訪問看護ステーションに送っている。",
    frm=SAWATARI,
    to=["はかた訪問看護ステーション 管理者 <kanri@hakata-houmon.jp>"],
    cc=["さくら草薬局 千代店 <chiyo@sakurasou-ph.co.jp>"],
    subject="処方変更のお知らせ（11/15〜）在宅患者様",
    text=body("""
はかた訪問看護ステーション
管理者　吉武様

いつもお世話になっております。さくら草薬局（千代店担当）の沢渡です。
在宅で訪問している患者様の処方が本日から変更になりましたので、情報共有いたします。

患者様：有村 正之 様（78歳）
ご住所：福岡市博多区千代4-18-6
病名　：膵臓がん（ステージⅣ）、がん性疼痛
変更内容：
　・オキシコンチンTR錠 10mg 1日2回 → 20mg 1日2回に増量
　・オキノーム散 5mg（レスキュー）1日4回まで → 変更なし
　・マグミット錠 330mg 1日3回 追加（便秘対策）
処方医：はかた在宅クリニック 中尾先生

ご家族（奥様）には服薬カレンダーを新しくお渡ししています。
レスキューの使用回数が1日3回を超える日が続くようでしたらお知らせください。
""", "sawatari"),
    personal=[("name", "有村 正之"), ("address", "福岡市博多区千代4-18-6"), ("health", "膵臓がん（ステージⅣ）"),
              ("health", "オキシコンチンTR錠 10mg")],
))

M.append(dict(
    key="S-H2", expect="hold", kind="sensitive.medical",
    why="調剤過誤の報告として、患者の氏名・生年月日・服薬内容・入院の経過を社外の保険会社に送っている。",
    frm=SAWATARI,
    to=["ひまわり損害保険 医療賠償センター <iryo-baisho@himawari-sonpo.co.jp>"],
    subject="薬剤師賠償責任保険　事故報告（第一報）",
    text=body("""
ひまわり損害保険株式会社
医療賠償センター ご担当者様

いつもお世話になっております。株式会社さくらそう 薬事・品質管理部の沢渡です。
当社店舗で発生した調剤過誤について、薬剤師賠償責任保険の事故報告（第一報）をいたします。

証券番号：PL-2024-0087315
発生店舗：さくら草薬局 姪浜店
患者様　：古川 澄子 様（1949年2月14日生、75歳）
内容　　：ワーファリン錠1mg 1日2錠の処方に対し、5mg錠を2錠で調剤・交付（10/31）
経過　　：11/6 鼻出血と皮下出血で受診、PT-INR 6.8 のため福岡西部病院に入院（11/6〜11/12）
　　　　　現在は退院され、通院で経過観察中
対応　　：11/7 店舗責任者と私でご自宅に伺い謝罪、入院費用等は当社負担とお伝え済み

ご家族から今後の賠償についてのご相談がありそうです。
詳細な報告書は来週中にお送りします。
""", "sawatari"),
    personal=[("name", "古川 澄子"), ("birthdate", "1949年2月14日"), ("health", "PT-INR 6.8 のため福岡西部病院に入院")],
))

M.append(dict(
    key="S-H3", expect="hold", kind="id.my_number",
    why="新規採用薬剤師のマイナンバー・基礎年金番号・生年月日・住所を社外の社労士事務所に送っている。",
    frm=TODO,
    to=["博多中央社労士事務所 手続課 <tetsuzuki@hakata-sr.jp>"],
    subject="社会保険・雇用保険　資格取得手続きのお願い（12/1入社）",
    text=body("""
博多中央社労士事務所
手続課　ご担当者様

いつもお世話になっております。さくらそう 総務人事部の藤堂です。
12月1日入社の薬剤師1名について、社会保険・雇用保険の資格取得手続きをお願いします。

氏名　　　　：城戸 美優（きど みゆ）
生年月日　　：1997年10月5日
住所　　　　：福岡市東区香椎駅前2-11-8-1104
個人番号　　：362750498115
基礎年金番号：4102-386519
配属　　　　：さくら草薬局 香椎店（薬剤師・正社員）
報酬月額　　：380,000円（通勤手当 8,200円含む）

前職の雇用保険被保険者証は郵送します。
""", "todo"),
    personal=[("name", "城戸 美優"), ("birthdate", "1997年10月5日"), ("address", "福岡市東区香椎駅前2-11-8-1104"),
              ("mynumber", "362750498115"), ("insurance", "4102-386519")],
))

M.append(dict(
    key="S-H4", expect="hold", kind="sensitive.social",
    why="生活保護受給者（医療扶助）の氏名・受給者番号・処方内容の一覧を社外の請求代行会社に送っている。",
    frm=SAWATARI,
    to=["九州レセプトサポート 請求管理課 <seikyu@q-receipt.co.jp>"],
    subject="11月分 医療扶助（生活保護）調剤券 未着分の一覧",
    text=body("""
九州レセプトサポート
請求管理課　中島様

お世話になっております。さくらそう 薬事・品質管理部の沢渡です。
11月分の調剤券（医療扶助）がまだ福祉事務所から届いていない患者様の一覧を送ります。
請求の保留処理をお願いします。
""", "sawatari"),
    attachments=[dict(filename="医療扶助_調剤券未着_202411.xlsx", contentType=XLSX, text=
"店舗\t患者氏名\t生年月日\t福祉事務所\t受給者番号\t主な処方\t調剤日\n"
"千代店\t村田 義男\t1952/07/30\t博多区保護課\t40135-0827\tアムロジピン、メトホルミン\t2024/11/05\n"
"千代店\t黒木 恵子\t1961/03/11\t博多区保護課\t40135-1192\tエチゾラム、スルピリド\t2024/11/08\n"
"姪浜店\t宮原 勇\t1946/12/02\t西区保護課\t40138-0411\tフロセミド、カルベジロール\t2024/11/12\n"
"香椎店\t今村 直美\t1975/05/24\t東区保護課\t40131-2268\tプレガバリン\t2024/11/14\n")],
    personal=[("name", "村田 義男"), ("idnumber", "40135-0827"), ("name", "黒木 恵子"), ("health", "エチゾラム、スルピリド"),
              ("name", "宮原 勇"), ("name", "今村 直美")],
))

M.append(dict(
    key="S-H5", expect="hold", kind="roster.customers",
    why="ポイント会員の氏名・生年月日・住所・電話のCSVを社外のDM発送業者に送っている。",
    frm=TODO,
    to=["九州ダイレクトメール 制作部 <seisaku@kyushu-dm.co.jp>"],
    subject="インフルエンザ予防接種DM　宛名データ（香椎エリア）",
    text=body("""
九州ダイレクトメール株式会社
制作部　木村様

お世話になっております。さくらそうの藤堂です。
12月発送の「予防接種のご案内」ハガキの宛名データ（香椎エリア分）をお送りします。
全体で2,140件ありますが、まずテスト印刷用に先頭の数件を抜き出したCSVを添付します。
本データは来週、御社のファイル共有サービスにアップします。
""", "todo"),
    attachments=[dict(filename="dm_test_kashii.csv", contentType=CSV, text=
"会員番号,氏名,フリガナ,生年月日,郵便番号,住所,電話番号,最終来店日\n"
"SK0048213,江藤 正和,エトウ マサカズ,1958/04/19,813-0013,福岡市東区香椎駅前1-4-22,092-671-4830,2024/10/28\n"
"SK0051177,安武 典子,ヤスタケ ノリコ,1963/11/02,813-0011,福岡市東区香椎2-8-31,090-9318-2256,2024/11/02\n"
"SK0062905,松藤 拓也,マツフジ タクヤ,1987/06/25,813-0014,福岡市東区香椎照葉5-3-7-1203,080-2271-6694,2024/09/17\n"
"SK0070348,坂本 恵美,サカモト エミ,1971/01/08,813-0003,福岡市東区香住ヶ丘6-12-19,092-681-7752,2024/11/11\n")],
    personal=[("name", "江藤 正和"), ("birthdate", "1958/04/19"), ("address", "福岡市東区香椎駅前1-4-22"),
              ("name", "安武 典子"), ("phone", "090-9318-2256"), ("name", "坂本 恵美")],
))

M.append(dict(
    key="S-H6", expect="hold", kind="sensitive.medical",
    why="The adverse event report sent abroad includes the patient's full name, date of birth and medical history.",
    frm=SAWATARI,
    to=["Pharmacovigilance <pv.asia@meridian-pharma.com>"],
    subject="Adverse event report - suspected rash after Meridozine 50 mg (Sakurasou ref. AE-24-019)",
    text=body("""
Dear Pharmacovigilance team,

We would like to report a suspected adverse reaction to one of your products imported
through your Japanese distributor.

Product: Meridozine 50 mg tablets, lot MZ4071B
Patient: Mrs. Tomoko Nagata, female, date of birth 21 March 1958
Medical history: type 2 diabetes, hypertension; previous penicillin allergy
Concomitant drugs: metformin 500 mg, amlodipine 5 mg
Event: widespread itchy rash on the trunk and arms, starting 3 days after the first dose
(onset 4 November 2024). The prescribing clinic stopped Meridozine on 6 November; the rash
improved within a week with an antihistamine.
Reporter: Nana Sawatari, pharmacist (contact details below)

We have also reported this to PMDA in Japan. Please let us know if you need any further
information.

Best regards,
""", "sawatari_en"),
    personal=[("name", "Tomoko Nagata"), ("birthdate", "21 March 1958"), ("health", "type 2 diabetes, hypertension")],
))

M.append(dict(
    key="S-H7", expect="hold", kind="id.insurance",
    why="返戻レセプトの確認のため、患者の氏名と健康保険の保険者番号・記号番号を社外の代行業者に送っている。",
    frm=SAWATARI,
    to=["九州レセプトサポート 点検課 <tenken@q-receipt.co.jp>"],
    subject="返戻レセプトの再請求について（10月分 2件）",
    text=body("""
九州レセプトサポート
点検課　ご担当者様

お世話になっております。さくらそうの沢渡です。
10月分の返戻2件について、保険資格を確認しましたので再請求をお願いします。

1）患者：池田 茂 様
　 返戻理由：資格喪失後の受診
　 新しい保険：保険者番号 06401827　記号 7102　番号 3345（枝番 01）
　 ※10/1付で協会けんぽから組合健保に変更

2）患者：田上 梨花 様
　 返戻理由：記号番号誤り
　 正しい保険：保険者番号 01400016　記号 11-405　番号 228（枝番 00）

店舗での入力ミスが続いているので、店舗側にも注意喚起します。
""", "sawatari"),
    personal=[("name", "池田 茂"), ("insurance", "保険者番号 06401827　記号 7102　番号 3345"),
              ("name", "田上 梨花"), ("insurance", "保険者番号 01400016　記号 11-405　番号 228")],
))

M.append(dict(
    key="S-H8", expect="hold", kind="profile.forward",
    why="お客様の氏名・住所・電話と服用中の薬を含む苦情を、そのまま社外のメーカーに転送している。",
    frm=SAWATARI,
    to=["東和ファーマ お客様相談室 <soudan@towa-pharma.co.jp>"],
    subject="FW: 湿布薬についてのお問い合わせ（店舗受付分）",
    text="""東和ファーマ株式会社
お客様相談室 御中

いつもお世話になっております。さくら草薬局 薬事・品質管理部の沢渡です。
御社の貼付剤について、当社店舗にお客様から下記のお申し出がありました。
製品の品質に関するものと思われますので、ご確認と、お客様への直接のご連絡をお願いできますでしょうか。

""" + SIG["sawatari"] + """

-------- Forwarded Message --------
From: さくら草薬局 大橋店 <ohashi@sakurasou-ph.co.jp>
Subject: お客様の声（11/18 受付）

受付日：11/18　受付者：薬剤師 樋口
お客様：荒木 千鶴子 様（69歳）
住所：福岡市南区大橋3-15-2
電話：092-553-0718
服用中：リウマトレックス、プレドニン（関節リウマチで通院中）
内容：
ロキソプロフェンテープを貼ったら、いつもより強いかぶれが出た。
箱のロット番号（LX2408C）が前回と違うので、成分が変わったのではないか心配。
メーカーから説明してほしい。
""",
    personal=[("name", "荒木 千鶴子"), ("address", "福岡市南区大橋3-15-2"), ("phone", "092-553-0718"),
              ("health", "関節リウマチで通院中")],
))

M.append(dict(
    key="S-H9", expect="hold", kind="sensitive.medical",
    why="従業員の健診の要再検査所見と妊娠中であることを、氏名付きで社外の産業医クリニックに送っている。",
    frm=TODO,
    to=["天神産業医クリニック 産業医 原田 <harada@tenjin-sangyoui.jp>"],
    subject="就業上の措置についてのご相談（姪浜店 1名）",
    text=body("""
天神産業医クリニック
原田先生

いつもお世話になっております。さくらそう 総務人事部の藤堂です。
姪浜店の従業員1名について、就業上の措置のご意見をいただきたくご相談します。

氏名：福島 瑞穂（登録販売者、31歳）
状況：
・10月の定期健診で、ヘモグロビン 9.2 g/dL（貧血・要精密検査）
・本人から、現在妊娠14週であるとの申し出あり（出産予定 2025年5月）
・立ち仕事と品出し（重量物）が多く、本人も不安を訴えています

母性健康管理指導事項連絡カードは本人がかかりつけ医に依頼中です。
来週の面談日程のご都合をお知らせください。
""", "todo"),
    personal=[("name", "福島 瑞穂"), ("health", "ヘモグロビン 9.2 g/dL（貧血・要精密検査）"), ("health", "現在妊娠14週")],
))

M.append(dict(
    key="S-H10", expect="hold", kind="sensitive.medical",
    why="本文は卸への納品確認だが、引用された社内のやりとりに患者の氏名とHIV治療薬の服用が残ったまま社外に送られている。",
    frm=SAWATARI,
    to=["九州メディカル卸 博多営業所 MS 田代 <tashiro@kyushu-medical.co.jp>"],
    subject="Re: ビクタルビ配合錠の納品について",
    text="""田代さん

お世話になっております。沢渡です。
ご確認ありがとうございます。11/21（木）午前の便で千代店に1箱（30錠）納品でお願いします。
次回以降は月初に定期で1箱ずつお願いできれば助かります。

""" + SIG["sawatari"] + """

> -----Original Message-----
> From: 田代 <tashiro@kyushu-medical.co.jp>
> Subject: RE: ビクタルビ配合錠の納品について
> 沢渡様　千代店様への納品は21日午前でいかがでしょうか。九州メディカル卸 田代
>
>> -----Original Message-----
>> From: さくら草薬局 千代店 <chiyo@sakurasou-ph.co.jp>
>> To: 沢渡 奈々
>> Subject: ビクタルビ配合錠の納品について
>> 沢渡さん
>> 新規で大学病院の処方箋が来ました。患者さんは 坂口 大輔 様（42）、HIV感染症でビクタルビ配合錠を
>> 今後も当店で継続したいとのこと。ご本人は近所の人に知られたくないので、受け取りは閉店間際を希望されてます。
>> 在庫がないので卸に手配してもらえますか。千代店 薬局長 野中
""",
    personal=[("name", "坂口 大輔"), ("health", "HIV感染症でビクタルビ配合錠を")],
))

# ---------------- PASSES ----------------

M.append(dict(
    key="S-P1", expect="pass", kind="benign.aggregate_stats",
    why="在宅訪問件数や後発品使用率などの店舗別集計値のみで、個人は特定できない。",
    frm=SAWATARI,
    to=["福岡県薬剤師会 地域医療委員会 <chiiki@fukuoka-yakuzaishikai.or.jp>"],
    subject="在宅医療への取組状況調査　回答（株式会社さくらそう）",
    text=body("""
福岡県薬剤師会
地域医療委員会 御中

お世話になっております。株式会社さくらそう 薬事・品質管理部の沢渡です。
標記調査の回答を添付のとおり提出いたします。

概要（2024年4〜9月、全12店舗）
・在宅患者訪問薬剤管理指導 算定件数：1,846件（前年同期比 +14%）
・麻薬を含む在宅患者数：延べ 63名
・無菌調製の実施：2店舗で計 41件
・後発医薬品調剤割合：平均 88.7%（最低 84.1%〜最高 92.6%）

人材面では在宅担当薬剤師の不足が課題で、回答欄に記載しています。
""", "sawatari"),
    attachments=[dict(filename="在宅取組調査_回答_さくらそう.xlsx", contentType=XLSX, text=
"店舗\t在宅訪問件数\t麻薬患者(延べ)\t無菌調製\t後発品割合\n"
"千代店\t412\t18\t27\t90.2%\n姪浜店\t288\t9\t0\t86.4%\n香椎店\t305\t11\t14\t92.6%\n"
"大橋店\t197\t6\t0\t84.1%\nその他8店舗計\t644\t19\t0\t88.3%\n合計\t1,846\t63\t41\t88.7%\n")],
))

M.append(dict(
    key="S-P2", expect="pass", kind="benign.lookalike_numbers",
    why="自主回収のロット番号・GS1コードなど製品情報のみ。宛先も自社店舗とメーカー1社。",
    frm=SAWATARI,
    to=["さくら草薬局 全店 <all-stores@sakurasou-ph.co.jp>"],
    cc=["東和ファーマ 品質保証部 <qa@towa-pharma.co.jp>"],
    subject="【至急】自主回収（クラスⅡ）ロキソプロフェンNaテープ100mg 対象ロットの確認",
    text=body("""
各店 薬局長 様

お疲れさまです。薬事・品質管理部の沢渡です。
東和ファーマより、下記製品の自主回収（クラスⅡ）の連絡がありました。
本日中に在庫を確認し、該当ロットは販売・調剤を停止して隔離保管してください。

製品名：ロキソプロフェンNaテープ100mg「トーワファーマ」 7枚×10袋
GS1（調剤包装単位）：(01)14987123456783
対象ロット：LX2408C、LX2409A（使用期限 2027.07）
回収理由：一部製品で粘着力不足の可能性

在庫数は 11/20 12:00 までに社内フォームで報告をお願いします。
患者様から問い合わせがあった場合の説明文書は、追ってメーカーから届きます。
（東和ファーマ品質保証部様をCCに入れています）
""", "sawatari"),
))

M.append(dict(
    key="S-P3", expect="pass", kind="benign.own_data",
    why="患者本人の依頼で、本人の調剤明細を本人の登録アドレスに送っているもの。",
    frm=SAWATARI,
    to=["中原 聡子 <satoko.nakahara@gmail.com>"],
    subject="調剤明細（2024年分）の送付について",
    text=body("""
中原 聡子 様

いつもさくら草薬局をご利用いただきありがとうございます。
先日、香椎店の窓口でご依頼いただいた2024年1月〜10月分の調剤明細（医療費控除用）を
PDFでお送りします。ご本人様からのご依頼のため、ご登録いただいているこちらのアドレスへお送りしています。

・対象期間：2024年1月〜10月
・お支払い合計：48,620円（10回分）
・お薬の内容：ご依頼どおり薬剤名も記載しています（レボチロキシン、ロスバスタチン 等）

11月・12月分は年明けにまとめてお送りします。
ご不明点は香椎店（092-671-3301）までお問い合わせください。
""", "sawatari"),
    attachments=[dict(filename="調剤明細_中原聡子様_2024.pdf", contentType=PDF, text=
"調剤明細書（医療費控除用）　中原 聡子 様\n"
"期間：2024/01〜2024/10　発行：さくら草薬局 香椎店\n"
"2024/01/12 チラーヂンS錠50μg 28日分 ロスバスタチン錠2.5mg 28日分 自己負担 4,870円\n"
"2024/02/09 同上 4,870円 … 合計 48,620円\n")],
))

M.append(dict(
    key="S-P4", expect="pass", kind="benign.lookalike_numbers",
    why="Order with JAN/GTIN codes and PO numbers; no personal data.",
    frm=SAWATARI,
    to=["Asia Sales <asia.sales@nordicskinlab.com>"],
    subject="PO SKP-24-1187 - OTC skincare reorder",
    text=body("""
Dear Asia Sales team,

Please find our reorder for December delivery below (PO SKP-24-1187):

  JAN 7350112480214  Nordic Barrier Cream 50 ml       qty 240
  JAN 7350112480337  Nordic Barrier Cream 100 ml      qty 120
  JAN 7350112481129  Sensitive Lip Balm SPF15         qty 480
  GTIN (case) 17350112480211 - 24 units per case

Delivery to our Fukuoka distribution centre (same as last time) by 6 December, please.
Could you also send the updated Japanese labelling file (quasi-drug registration
No. 30500BZX00412000) so we can check the new ingredient list before it goes on shelf?

Best regards,
""", "sawatari_en"),
))

M.append(dict(
    key="S-P5", expect="pass", kind="benign.aggregate_stats",
    why="禁煙サポートなど健康施策の参加人数・成功率の集計のみで、個人名はない。",
    frm=TODO,
    to=["九州薬業健康保険組合 保健事業課 <hoken-jigyo@kyushu-yakugyo-kenpo.or.jp>"],
    subject="2024年度 健康づくり事業の実施報告（さくらそう）",
    text=body("""
九州薬業健康保険組合
保健事業課 御中

お世話になっております。さくらそう 総務人事部の藤堂です。
2024年度上期の健康づくり事業の実施状況を報告いたします。

■禁煙サポートプログラム
　参加者 14名／6か月後の禁煙継続 9名（継続率 64%）
■特定保健指導
　対象者 37名／初回面談実施 31名（実施率 84%）
■メンタルヘルス研修（ラインケア）
　店長・薬局長 24名受講
■ストレスチェック
　受検率 93%、高ストレス者の割合 11%（面接指導の申出 2名）

補助金の申請書は別途郵送いたします。
""", "todo"),
))

M.append(dict(
    key="S-P6", expect="pass", kind="benign.it_incident",
    why="「ウイルス感染」「隔離」「障害」はPOS端末の話で、個人の健康情報ではない。",
    frm=TODO,
    to=["九州リテールシステムズ サポート <support@q-retail-sys.co.jp>"],
    subject="【障害報告】大橋店 POS2号機 ウイルス感染の疑い",
    text=body("""
九州リテールシステムズ
サポートご担当者様

お世話になっております。さくらそう総務人事部（システム兼務）の藤堂です。
本日10時ごろ、大橋店のPOS2号機でウイルス対策ソフトの警告が表示され、
感染の疑いがあるため店舗のネットワークから隔離しました。

・端末：POS2号機（シリアル QRS-T820-004417）
・警告内容：Trojan.GenericKD（検疫済みと表示）
・影響：2号機のみ停止中、1号機とレセコンは通常稼働

至急、現地調査と代替機の手配をお願いできますでしょうか。
店舗の連絡先は大橋店 092-553-2210（薬局長 樋口）です。
""", "todo"),
))

M.append(dict(
    key="S-P7", expect="pass", kind="benign.masked_card",
    why="カード番号は下4桁以外マスクされており、承認番号・取引番号のみで個人のカード情報は出ていない。",
    frm=TODO,
    to=["ペイネクスト 加盟店サポート <merchant-support@paynext.co.jp>"],
    subject="売上取消（返品）処理の確認について",
    text=body("""
ペイネクスト株式会社
加盟店サポートご担当者様

お世話になっております。さくら草薬局（加盟店番号 8801-2045-33）の藤堂です。
11月9日の返品に伴う売上取消が、利用明細に反映されていないとお客様からお問い合わせがありました。
以下の取引について、処理状況をご確認いただけますでしょうか。

　店舗　　　：さくら草薬局 香椎店（端末ID T0448812）
　取引日時　：2024/11/09 16:42
　カード　　：VISA ************7718
　金額　　　：8,470円
　承認番号　：0482716
　取消伝票番号：00918

よろしくお願いいたします。
""", "todo"),
))

M.append(dict(
    key="S-P8", expect="pass", kind="benign.corporate_ids",
    why="薬局開設許可番号・保険薬局コード・法人番号・法人口座など事業者の番号のみ。",
    frm=TODO,
    to=["九州メディカル卸 与信管理課 <yoshin@kyushu-medical.co.jp>"],
    subject="新規出店（高宮店）の取引口座開設申請",
    text=body("""
九州メディカル卸株式会社
与信管理課 ご担当者様

お世話になっております。株式会社さくらそう 総務人事部の藤堂です。
12月開局予定の高宮店について、取引口座の開設に必要な情報をお知らせします。

店舗名　　　　：さくら草薬局 高宮店
所在地　　　　：福岡市南区高宮3-1-20
薬局開設許可番号：福岡市指令保衛第 24-0731 号
保険薬局コード：40,0412,3（福岡県）
管理薬剤師　　：宇治野 博之
法人番号　　　：1290001054321
支払口座　　　：西日本シティ銀行 博多駅前支店 当座 0087421 カ）サクラソウ

麻薬小売業者免許は申請中のため、取得次第お送りします。
""", "todo"),
))

M.append(dict(
    key="S-P9", expect="pass", kind="benign.thread_signatures",
    why="Meeting arrangements with an overseas partner; business contacts and signatures only.",
    frm=SAWATARI,
    to=["Linnea Holm <linnea.holm@nordicskinlab.com>"],
    cc=["Erik Sandberg <erik.sandberg@nordicskinlab.com>"],
    subject="Re: Your visit to Fukuoka on 3 December",
    text="""Dear Linnea,

We are very much looking forward to your visit. Here is the plan for 3 December:

10:00  Meeting at our head office (address below), with our buyer and QA manager
12:00  Lunch nearby (we will book)
13:30  Visit to Sakurasou Pharmacy Hakata-ekimae store to see the shelf layout
15:00  Finish - taxi to Fukuoka Airport is about 15 minutes

If Erik would like to discuss the Japanese labelling change, we can add 30 minutes.

Best regards,
Nana

""" + SIG["sawatari_en"] + """

On Tue, 12 Nov 2024, Linnea Holm wrote:
> Dear Nana,
> Erik and I will be in Japan from 1 to 5 December. Could we visit you in Fukuoka on the 3rd?
>
> Linnea Holm
> Export Manager, APAC
> Nordic Skin Lab AB | Kungsgatan 44, 111 35 Stockholm, Sweden
> +46 8 555 012 34 | linnea.holm@nordicskinlab.com
""",
))

STORES = ["chiyo@sakurasou-ph.co.jp", "meinohama@sakurasou-ph.co.jp", "kashii@sakurasou-ph.co.jp",
          "ohashi@sakurasou-ph.co.jp", "hakataekimae@sakurasou-ph.co.jp", "tenjin@sakurasou-ph.co.jp",
          "nishijin@sakurasou-ph.co.jp", "hakozaki@sakurasou-ph.co.jp", "zasshonokuma@sakurasou-ph.co.jp",
          "chihaya@sakurasou-ph.co.jp", "ropponmatsu@sakurasou-ph.co.jp", "takamiya@sakurasou-ph.co.jp",
          "sawatari@sakurasou-ph.co.jp"]
M.append(dict(
    key="S-P10", expect="pass", kind="benign.internal_bulk",
    why="宛先は多いがすべて自社ドメインの店舗アドレスで、内容も年末年始の営業連絡。",
    frm=TODO,
    to=STORES,
    subject="年末年始の営業体制と応援シフトについて",
    text=body("""
各店 薬局長 様

お疲れさまです。総務人事部の藤堂です。
年末年始の営業体制を以下のとおり決定しましたのでお知らせします。

・12/29（日）〜1/3（金）：千代店・博多駅前店・天神店のみ営業（9:00〜17:00）
・その他の店舗：12/29〜1/3 休業、1/4（土）から通常営業
・休日当番（地区薬剤師会の輪番）：1/1 千代店、1/2 香椎店（臨時開局）

営業店舗への応援シフトは、各店から1名ずつ出していただく予定です。
希望日の提出は12/6（金）までに勤怠システムの「応援希望」からお願いします。
体調不良等で応援が難しい方は、理由の記載は不要ですので「不可」のみ入力してください。
""", "todo"),
))
