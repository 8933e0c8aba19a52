# Org B: 北陸メディカルサプライ株式会社 (pharmaceutical wholesaler)
MORIMOTO = "森本 健二 <k.morimoto@hokuriku-medsupply.example.jp>"
ISHIGURO = "石黒 さやか <s.ishiguro@hokuriku-medsupply.example.jp>"
HASEBE = "長谷部 洋平 <y.hasebe@hokuriku-medsupply.example.jp>"

SIG_MORIMOTO = """
*******************************************
北陸メディカルサプライ株式会社
金沢支店 営業二課 課長
森本 健二（もりもと けんじ）
〒920-0024 石川県金沢市西念3-8-21
TEL 076-000-2261 FAX 076-000-2269
k.morimoto@hokuriku-medsupply.example.jp
*******************************************"""

SIG_ISHIGURO = """
-----
北陸メディカルサプライ株式会社
管理本部 総務人事課
石黒 さやか
TEL 076-000-2210（代表）
s.ishiguro@hokuriku-medsupply.example.jp"""

SIG_HASEBE = """
======================================
北陸メディカルサプライ株式会社
白山物流センター 配送管理グループ
長谷部 洋平
TEL 076-000-7730
y.hasebe@hokuriku-medsupply.example.jp
======================================"""

MAILS = []
def add(**k): MAILS.append(k)

# ---------------- HOLDS ----------------
add(org="B", expect="hold", kind="sensitive.health", loc="body",
    why="Names a patient with haemophilia and her treating hospital in a supply-allocation mail to the manufacturer.",
    frm=MORIMOTO, to=["流通管理部 寺田様 <terada@kairos-pharma.example.jp>"],
    subject="血液凝固因子製剤 追加割当のお願い",
    text="""カイロス製薬株式会社
流通管理部 寺田 様

お世話になっております。北陸メディカルサプライの森本です。

金沢中央病院様より、下記患者様の定期補充療法分として、
11月納品分の追加割当の要望をいただいております。

　患者：浜田 咲良 様（14歳・女性）
　疾患：血友病A（重症型）、インヒビター陰性
　主治医：小児科 前川先生
　必要量：週3回投与分 × 4週

患者登録番号の照合が必要であれば、病院薬剤部へ確認いたします。
ご検討のほどよろしくお願いいたします。
""" + SIG_MORIMOTO,
    personal=[{"type":"name","value":"浜田 咲良"},{"type":"diagnosis","value":"血友病A（重症型）"}])

add(org="B", expect="hold", kind="sensitive.health", loc="body",
    why="Sends named employees' abnormal health-check results to an outside occupational physician's office.",
    frm=ISHIGURO, to=["産業医 北条 先生 <hojo@kaga-sangyoi.example.jp>"],
    subject="定期健診 要精密検査者のご相談",
    text="""加賀産業医事務所
北条 先生

いつもお世話になっております。北陸メディカルサプライ 総務人事課の石黒です。
今年度の定期健康診断で「要精密検査」となった社員について、就業上の配慮のご意見をいただきたくご連絡いたしました。

・配送管理G 村井 誠（38）：空腹時血糖 186 mg/dL、HbA1c 8.1%（糖尿病の疑い）
・金沢支店 営業一課 吉村 梨沙（29）：心電図 QT延長、要循環器受診
・白山物流C 坪田 勝（55）：血圧 172/104、運転業務あり

特に坪田さんは配送車の運転がありますので、乗務継続の可否をご相談させてください。
面談は11月7日（木）午後を予定しております。
""" + SIG_ISHIGURO,
    personal=[{"type":"name","value":"村井 誠"},{"type":"health","value":"HbA1c 8.1%（糖尿病の疑い）"},{"type":"name","value":"坪田 勝"}])

add(org="B", expect="hold", kind="id.mynumber", loc="body",
    why="Sends an employee's individual number (マイナンバー) to an outside 社労士 office, even though the purpose is legitimate.",
    frm=ISHIGURO, to=["社会保険労務士法人 さくら総合 松下様 <matsushita@sakura-sr.example.jp>"],
    subject="新入社員の資格取得届について",
    text="""社会保険労務士法人さくら総合
松下様

お世話になっております。石黒です。
10月16日入社の社員につき、雇用保険・社会保険の資格取得手続きをお願いいたします。

　氏名：小松 陽斗（こまつ はると）
　生年月日：2001年6月22日
　個人番号：735209461820
　基礎年金番号：届出書に記載のとおり（別送）

扶養家族はおりません。
よろしくお願いいたします。
""" + SIG_ISHIGURO,
    personal=[{"type":"name","value":"小松 陽斗"},{"type":"mynumber","value":"735209461820"}])

add(org="B", expect="hold", kind="list.roster", loc="attachment",
    why="The attached CSV lists drivers' names, licence numbers and phones for an outside carrier; the body only says 'roster as requested'.",
    frm=HASEBE, to=["運行管理 <unkou@hakusan-unyu.example.jp>"],
    subject="11月 乗務予定表",
    text="""白山運輸株式会社 運行管理ご担当様

北陸メディカルサプライ 白山物流センターの長谷部です。
ご依頼いただいていた11月分の資料を添付します。
変更があれば都度お知らせいたします。
""" + SIG_HASEBE,
    attachments=[{"filename":"jomu_202411.csv","contentType":"text/csv",
      "text":"""氏名,免許証番号,携帯電話,担当ルート,車両
西田 慎吾,461904127735,090-0000-5521,金沢北部,石川 400 あ 12-07
川端 由紀,461809331240,080-0000-9013,能登,石川 400 あ 88-15
前田 拓海,462203554018,090-0000-2247,小松・加賀,石川 480 さ 30-61
島 誠一郎,461511207896,070-0000-3382,白山・野々市,石川 400 あ 45-90"""}],
    personal=[{"type":"name","value":"西田 慎吾"},{"type":"drivers_licence","value":"461904127735"},{"type":"phone","value":"080-0000-9013"}])

add(org="B", expect="hold", kind="id.employment_insurance", loc="subject",
    why="The subject line names a former employee with his employment-insurance number; the body is neutral.",
    frm=ISHIGURO, to=["松下様 <matsushita@sakura-sr.example.jp>"],
    subject="離職票の件：北野 武志 雇用保険被保険者番号 1708-431926-3",
    text="""松下様

お世話になっております。石黒です。
標記の件、必要書類がそろいましたので、明日郵送いたします。
届きましたらご連絡いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_ISHIGURO,
    personal=[{"type":"name","value":"北野 武志"},{"type":"employment_insurance","value":"1708-431926-3"}])

add(org="B", expect="hold", kind="sensitive.health", loc="quoted",
    why="The reply is about a deadline, but the quoted internal note says a named employee is on leave for depression, sent to an outside training vendor.",
    frm=ISHIGURO, to=["研修事業部 安田様 <yasuda@hokushin-kenshu.example.jp>"],
    subject="Re: 新任管理職研修 受講者変更のお願い",
    text="""安田様

お世話になっております。石黒です。
受講者変更の締切は10/25とのこと、承知しました。代わりの受講者は来週早々にご連絡いたします。

以下、経緯を共有いたします。

-----Original Message-----
From: 森本 健二
Sent: Monday, October 14, 2024 8:51 AM
To: 石黒 さやか
Subject: 新任管理職研修の件

石黒さん
うちの課の 中谷 亜美 さんですが、先週から うつ病 の診断で3か月休職に入りました。
研修は受講できないので、代わりを検討してください。
本人の体調のことは課内でも伏せています。
""" + SIG_ISHIGURO,
    personal=[{"type":"name","value":"中谷 亜美"},{"type":"diagnosis","value":"うつ病 の診断で3か月休職"}])

add(org="B", expect="hold", kind="attachment.encrypted_zip", loc="zip",
    why="Carries a password-protected zip (PPAP) of statements to a pharmacy chain.",
    frm=MORIMOTO, to=["経理部 <keiri@nonoichi-pharmacy.example.jp>"],
    subject="9月度 請求明細書の送付",
    text="""ののいち調剤薬局グループ
経理部 ご担当者様

いつもお引き立ていただき、ありがとうございます。
9月度の請求明細書を送付いたします。
解凍用パスワードは別途お送りいたします。
""" + SIG_MORIMOTO,
    attachments=[{"filename":"請求明細_202409_ののいち.zip","contentType":"application/zip","encrypted":True}])

add(org="B", expect="hold", kind="recipients.visible_many", loc="recipients",
    why="A supply-shortage notice with thirteen separate pharmacies and clinics visible in To and Cc.",
    frm=MORIMOTO,
    to=["info@ekimae-ph.example.jp","yakkyoku@kanazawa-aoba.example.jp","order@tsubaki-pharmacy.example.jp","nomi-clinic@example.ne.jp",
        "kanri@hikari-ph.example.jp","uketsuke@sunrise-clinic.example.jp","tanaka.yakkyoku@gmail.com","order@minato-drug.example.jp",
        "info@ishikawa-naika.example.jp","ph@kaga-chuo.example.jp"],
    cc=["order@uchinada-ph.example.jp","yakkyoku@tsurugi-iin.example.jp","info@hakui-pharmacy.example.jp"],
    subject="【出荷調整のお知らせ】去痰薬の一部製品について",
    text="""お取引先 各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
北陸メディカルサプライの森本でございます。

メーカーからの通知により、下記製品が当面の間、出荷調整（前年同月実績の80%まで）となります。

　・カルボシステイン錠500mg「KRS」　JAN 4987000112348
　・アンブロキソール塩酸塩錠15mg「KRS」　JAN 4987000112355

代替品のご提案も可能ですので、担当MSまでご相談ください。
ご迷惑をおかけいたしますが、何卒ご理解のほどお願い申し上げます。
""" + SIG_MORIMOTO)

add(org="B", expect="hold", kind="personal.customer_inquiry", loc="body",
    why="Forwards a private patient's complaint with her name, address, phone and her own condition to the manufacturer.",
    frm=MORIMOTO, to=["お客様相談室 <soudan@kairos-pharma.example.jp>"],
    subject="FW: 製品に関するお問い合わせ（異物混入の疑い）",
    text="""カイロス製薬 お客様相談室 御中

北陸メディカルサプライの森本です。
当社の問い合わせ窓口に一般の方から連絡があり、貴社製品の件ですので転送いたします。
ご本人へのご連絡をお願いできますでしょうか。

>>> 受付内容 >>>
お名前：杉本 加奈子 様
ご住所：石川県野々市市本町4-11-23 ハイツ本町202
お電話：076-000-8847／携帯 090-0000-1175
内容：処方されたカイロス錠10mgのPTPシートの中に黒い粒が入っていた。
　　　妊娠中で服用には気を使っているので、飲んでよいか不安。
　　　購入先：ののいち調剤薬局 本町店
　　　ロット：KX4N207
<<<<<<<<<<<<<<<<<
""" + SIG_MORIMOTO,
    personal=[{"type":"name","value":"杉本 加奈子"},{"type":"address","value":"石川県野々市市本町4-11-23 ハイツ本町202"},{"type":"phone","value":"090-0000-1175"}])

add(org="B", expect="hold", kind="id.bank_account", loc="body",
    why="Sends a new employee's personal salary account to an outside payroll bureau.",
    frm=ISHIGURO, to=["給与計算センター 堀様 <hori@hokuriku-payroll.example.jp>"],
    subject="給与振込口座の登録依頼（10月入社者）",
    text="""北陸ペイロールサービス
堀様

いつもお世話になっております。石黒です。
10月入社の 小松 陽斗 さんの給与振込口座を下記のとおり登録願います。

　銀行：北國みらい銀行（0149）
　支店：西念支店（122）
　種別：普通
　口座番号：3318052
　名義：コマツ ハルト

10月25日支給分から反映をお願いいたします。
""" + SIG_ISHIGURO,
    personal=[{"type":"name","value":"小松 陽斗"},{"type":"bank_account","value":"口座番号：3318052"}])

# ---------------- PASSES ----------------
add(org="B", expect="pass", kind="benign.infection_supply_notice",
    why="Bcc notice about influenza-season stock; 感染 describes an epidemic in general and no patient is named.",
    frm=MORIMOTO, to=["北陸メディカルサプライ 金沢支店 <kanazawa@hokuriku-medsupply.example.jp>"],
    bcc=["info@ekimae-ph.example.jp","yakkyoku@kanazawa-aoba.example.jp","order@tsubaki-pharmacy.example.jp","nomi-clinic@example.ne.jp",
         "kanri@hikari-ph.example.jp","uketsuke@sunrise-clinic.example.jp","order@minato-drug.example.jp","info@ishikawa-naika.example.jp",
         "ph@kaga-chuo.example.jp","order@uchinada-ph.example.jp","info@hakui-pharmacy.example.jp"],
    subject="インフルエンザ流行期に向けた抗ウイルス薬の在庫について",
    text="""お取引先 各位（BCCにて失礼いたします）

石川県の感染症発生動向調査では、第41週の定点当たり報告数が1.2となり、
例年より早く流行期入りが見込まれております。

当社では以下の製品について、前年比130%の在庫を確保いたしました。
　・オセルタミビルカプセル75mg
　・バロキサビル マルボキシル錠20mg
　・迅速診断キット（インフルエンザA/B、COVID-19同時検出）

感染拡大時は配送ルートの臨時便も運行いたします。ご発注は通常どおりEDIにてお願いいたします。
""" + SIG_MORIMOTO)

add(org="B", expect="pass", kind="benign.product_codes",
    why="A quote with JAN codes, GS1 codes and lot numbers that look like ID numbers but are product codes.",
    frm=MORIMOTO, to=["薬剤部 購買担当 <kobai@kanazawa-chuo-hp.example.jp>"],
    subject="見積書送付：輸液・注射剤 11月分",
    text="""金沢中央病院 薬剤部 購買ご担当者様

お世話になっております。森本です。
ご依頼の見積を以下に記載いたします（PDF正本は添付）。
""" + SIG_MORIMOTO,
    attachments=[{"filename":"見積書_Q24-10-0388.pdf","contentType":"application/pdf",
      "text":"""御見積書　No. Q24-10-0388
金沢中央病院 御中　　　　　　　　2024年10月15日

品名	規格	JANコード	GS1	数量	単価
生理食塩液「KRS」	100mL×20袋	4987000210341	(01)14987000210348	30	2,180
ブドウ糖注射液5%	500mL×20袋	4987000210419	(01)14987000210416	12	3,460
ヘパリンNaロック用シリンジ	10単位/mL 10mL×10本	4987000330872	(01)14987000330879	20	4,950

有効期限：すべて2026年3月以降ロット
北陸メディカルサプライ株式会社　金沢支店"""}])

add(org="B", expect="pass", kind="benign.it_outage_notice",
    why="Reports an EDI outage; 障害 means a system failure.",
    frm=HASEBE, to=["購買部 <kobai@tsubaki-pharmacy.example.jp>"],
    subject="EDI受注システム障害のお詫びと復旧のご報告",
    text="""つばき薬局 購買部 御中

白山物流センターの長谷部です。
10月17日 7:30〜9:10 の間、EDI受注システムに障害が発生し、
この時間帯の発注データが当社に届いておりませんでした。

現在は復旧しており、該当時間帯の発注は再送いただいた分を含め
すべて午後便で出荷いたします。

【障害の概要】
・原因：VAN接続ルーターのファームウェア不具合
・影響：発注データ 27件の受信遅延（二重受注なし）

大変ご迷惑をおかけいたしました。
""" + SIG_HASEBE)

add(org="B", expect="pass", kind="benign.tracking_numbers",
    why="Shipping notice with 12-digit Yamato tracking numbers; one happens to pass the マイナンバー check digit but it is a parcel number.",
    frm=HASEBE, to=["受付 <uketsuke@sunrise-clinic.example.jp>"],
    subject="発送のご連絡（注文番号 HMS-2410-55712）",
    text="""サンライズクリニック 受付ご担当者様

いつもありがとうございます。北陸メディカルサプライ 白山物流センターです。
ご注文の商品を本日発送いたしました。

　注文番号：HMS-2410-55712
　宅急便 伝票番号：902573188644（冷蔵）
　　　　　　　　　 481937266055（常温）
　お届け予定：10月19日（土）午前中

冷蔵品は到着後すぐに2〜8℃で保管をお願いいたします。
""" + SIG_HASEBE)

add(org="B", expect="pass", kind="benign.aggregate_health_programme",
    why="A 健康経営 report to the health-insurance society that only gives aggregate rates.",
    frm=ISHIGURO, to=["保健事業課 <hoken@hokuriku-iyaku-kenpo.example.jp>"],
    subject="健康経営優良法人 申請に係る実績データ",
    text="""北陸医薬品健康保険組合
保健事業課 ご担当者様

北陸メディカルサプライ 総務人事課の石黒です。
健康経営優良法人の申請にあたり、当社の実績を以下にまとめました（全社集計、個人の情報は含みません）。

・定期健診受診率：100%（従業員 286名）
・精密検査受診率：71.4%（前年 58.0%）
・ストレスチェック受検率：94.1%、高ストレス者割合 8.7%
・喫煙率：19.2%（前年比 -3.1pt）
・障害者雇用率：2.45%（法定 2.5%、採用活動中）

ご確認のほど、よろしくお願いいたします。
""" + SIG_ISHIGURO)

add(org="B", expect="pass", kind="benign.product_name_like_given_name",
    why="An order about products with katakana brand names (ハルカ, ミサキ) that read like given names.",
    frm=MORIMOTO, to=["営業部 西川様 <nishikawa@sakura-ophth.example.jp>"],
    subject="ハルカ点眼液・ミサキ洗眼液 年末商戦向け発注",
    text="""さくら眼科製薬 営業部 西川様

お世話になっております。森本です。
年末のドラッグストア向け販促に合わせ、下記のとおり発注いたします。

　ハルカ点眼液クール 12mL　……　2,400本
　ハルカ点眼液マイルド 12mL　……　1,800本
　ミサキ洗眼液 500mL　……　960本

ハルカは例年12月に欠品が出ますので、納品を11/20と12/4の2回に分けていただけると助かります。
""" + SIG_MORIMOTO)

add(org="B", expect="pass", kind="benign.reply_chain_signatures",
    why="A long price-negotiation reply chain that names partner staff and has heavy signatures, with no personal data.",
    frm=MORIMOTO, to=["購買課 宮本様 <miyamoto@kanazawa-aoba.example.jp>"], cc=["薬局長 岡野様 <okano@kanazawa-aoba.example.jp>"],
    subject="Re: Re: Re: 下期 価格改定のご相談",
    text="""宮本様、岡野薬局長

ご回答ありがとうございます。森本です。
ご提示の条件（後発品全体で納入価 -1.5%、先発品は据置）で社内決裁が下りました。
正式な覚書は来週持参いたします。

> 宮本様 (10/11):
> 森本さん
> 先日の件、薬局長とも相談しました。後発品については -1.5% であれば
> 年間の購入計画を現行どおり維持できます。先発品は据置で問題ありません。
>
> ――――――――
> あおば調剤薬局 購買課 宮本 亮太
> 〒920-0901 金沢市彦三町1-2-3 TEL 076-000-1456
> ――――――――
>
>> 森本 (10/08):
>> 宮本様
>> 下期の価格改定について、当社案をお送りします。
>> 後発品 -1.0%、先発品 据置、配送回数は週6回を維持いたします。
""" + SIG_MORIMOTO)

add(org="B", expect="pass", kind="benign.vaccination_schedule",
    why="A vaccine delivery schedule for a clinic; no patients are named.",
    frm=HASEBE, to=["事務長 <jimu@ishikawa-naika.example.jp>"],
    subject="秋冬ワクチン 納品スケジュール",
    text="""いしかわ内科クリニック 事務長様

白山物流センター 長谷部です。秋冬の予防接種用ワクチンの納品予定をお知らせします。

| 納品日 | 品目 | 数量 |
|---|---|---|
| 10/21(月) | インフルエンザHAワクチン 0.5mL | 100本 |
| 10/28(月) | インフルエンザHAワクチン 0.5mL | 100本 |
| 11/05(火) | 肺炎球菌ワクチン(PPSV23) | 20本 |
| 11/11(月) | 新型コロナワクチン（定期接種用） | 60回分 |

高齢者の定期接種は10/15開始と伺っております。追加のご要望は前週木曜までにお知らせください。
""" + SIG_HASEBE)

add(org="B", expect="pass", kind="benign.plain_zip",
    why="Sends an unencrypted zip of product catalogue PDFs.",
    frm=MORIMOTO, to=["薬局長 <yakkyoku@tsurugi-iin.example.jp>"],
    subject="OTC・衛生材料カタログ一式の送付",
    text="""つるぎ医院 薬局長様

お世話になっております。森本です。
先日ご依頼いただいたカタログ一式をZIPにまとめてお送りします（パスワードはかけておりません）。

・OTC医薬品 総合カタログ 2024秋冬
・衛生材料・介護用品カタログ
・在宅医療向け 輸液ポンプ レンタル案内
""" + SIG_MORIMOTO,
    attachments=[{"filename":"catalog_2024AW.zip","contentType":"application/zip","text":"OTC_2024AW.pdf\neisei_zairyo_2024.pdf\nzaitaku_pump_rental.pdf"}])

add(org="B", expect="pass", kind="benign.company_name_with_surname",
    why="Invoice matter with a company whose name contains a surname (株式会社小林薬品); no personal data.",
    frm=ISHIGURO, to=["経理課 <keiri@kobayashi-yakuhin.example.jp>"],
    subject="株式会社小林薬品様 お支払い条件変更のご確認",
    text="""株式会社小林薬品
経理課 御中

北陸メディカルサプライ 管理本部の石黒です。
11月締め分より、お支払い条件を下記のとおり変更させていただきます。

　変更前：月末締め 翌々月10日払い
　変更後：月末締め 翌月末払い
　振込先：北國みらい銀行 本店営業部 当座 0087712 カ）コバヤシヤクヒン

ご不明点がございましたらお知らせください。
""" + SIG_ISHIGURO)
