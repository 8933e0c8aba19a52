"""Org B: かすみ野市役所 財務部 税務課 (city hall tax section)."""
from common import Writer, mail, att, csv_text, quote, mynumber, spaced4

ORG = "B"
DOMAIN = "city.kasumino.example.lg.jp"

SAEKI = Writer("saeki", "かすみ野市 税務課 佐伯 <t-saeki@city.kasumino.example.lg.jp>", """
****************************************************
かすみ野市 財務部 税務課 市民税係
主査　佐伯　隆（さえき たかし）
〒350-0000 埼玉県かすみ野市本町一丁目1番1号 市役所本庁舎2階
TEL 049-0000-2311（直通）　FAX 049-0000-2399
E-mail t-saeki@city.kasumino.example.lg.jp
****************************************************
""")

NAGAI = Writer("nagai", "永井 真理子（かすみ野市資産税係） <m-nagai@city.kasumino.example.lg.jp>", """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
かすみ野市役所 財務部 税務課 資産税係（土地担当）
主任　永井 真理子
電話 049-0000-2300（代表）内線 2327
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
※本メールは、かすみ野市の業務として送信しています。
""")

OSHIRO = Writer("oshiro", "大城 健太 <k-oshiro@city.kasumino.example.lg.jp>", """
--
税務課 収納係　大城（内線 2341／直通 049-0000-2341）
""")


def mails():
    out = []
    add = out.append

    mn1 = mynumber("42179380516")
    mn2 = mynumber("73041628835")
    mn_zip = [mynumber(x) for x in ("20518837462", "61193027450", "38820416673")]

    # ------------------------------------------------------------ HOLDS
    # body 1: My Number inquiry to an employer
    add(mail(ORG, SAEKI, "hold", "id.mynumber",
             "An employee's name, birth date, address and 12-digit My Number are written in an e-mail to the employer.",
             "body",
             ["株式会社ハヤセ物流 総務部 給与担当 <kyuyo@hayase-butsuryu.example.co.jp>"],
             "給与支払報告書（令和7年度）の記載内容について",
             f"""
株式会社ハヤセ物流
総務部 給与ご担当者様

いつもお世話になっております。
かすみ野市役所 税務課 市民税係の佐伯と申します。

貴社よりご提出いただいた令和7年度 給与支払報告書（個人別明細書）のうち、
下記の方について、1月1日現在の住所地が当市の住民記録で確認できませんでした。
転居前住所で提出されている可能性がありますので、貴社の人事記録と照合のうえ、
ご教示いただけますでしょうか。

　受給者氏名：田村 浩二 様（昭和63年11月4日生）
　個人番号：{spaced4(mn1)}
　報告書記載住所：かすみ野市若宮3丁目14番地の2 ハイツ若宮105
　支払金額：4,218,400円

住所地が他市町村の場合は、当市から回送いたしますので、転居先をお知らせください。
お手数をおかけしますが、11月28日（金）までにご回答をお願いいたします。

{SAEKI.sig}
""",
             personal=[("name", "田村 浩二"), ("mynumber", spaced4(mn1)), ("birth_date", "昭和63年11月4日"),
                       ("address", "かすみ野市若宮3丁目14番地の2 ハイツ若宮105")]))

    # body 2: delinquent taxpayers table to a call-centre contractor
    add(mail(ORG, OSHIRO, "hold", "list.delinquent_taxpayers",
             "A table of delinquent taxpayers' names, phones and amounts owed is pasted into a mail to the call-centre contractor.",
             "body",
             ["テレコムサポート東日本 かすみ野市納付案内センター <kasumino-center@telecom-support-e.example.co.jp>"],
             "追加架電対象の件（11/17分）",
             f"""
納付案内センター 小島様

お疲れさまです。収納係 大城です。
今週分の追加対象です。システム連携が間に合わないため、こちらで手入力をお願いします。

宛名番号　　氏名　　　　　電話番号　　　　税目　　　　　 滞納額
0107735　　 宮崎 慎也　　 090-0000-4182　 市県民税(普徴) 　 87,400円
0211068　　 川口 ゆかり　 080-0000-9057　 固定資産税　　　142,300円
0093315　　 内藤 勝　　　 049-0000-6631　 軽自動車税　　　 10,800円
0240872　　 チャン ティ ホア 070-0000-2278 市県民税(普徴)　 56,900円
0188146　　 森 剛士　　　 090-0000-7340　 国保税　　　　　231,600円
0150529　　 青木 晴美　　 080-0000-1194　 市県民税(普徴)　 33,100円

宮崎様は日中つながりにくいので、19時以降の架電でお願いします。
チャン様はベトナム語対応の方でお願いできればと思います。

{OSHIRO.sig}
""",
             personal=[("name", "宮崎 慎也"), ("phone", "090-0000-4182"), ("name", "川口 ゆかり"),
                       ("phone", "080-0000-9057"), ("name", "森 剛士")]))

    # body 3: private person's refund account to a tax accountant
    add(mail(ORG, OSHIRO, "hold", "id.bank_account_refund",
             "A private taxpayer's personal bank account for a tax refund is confirmed by e-mail to his accountant.",
             "body",
             ["窪田税理士事務所 <office@kubota-zeirishi.example.jp>"],
             "過誤納金の還付について（久保田 稔 様分）",
             f"""
窪田税理士事務所
窪田 先生

いつもお世話になっております。かすみ野市 税務課 収納係の大城です。

先日更正の請求をいただきました久保田 稔 様の令和6年度 市県民税について、
還付額が確定しましたのでご連絡いたします。

　還付額：68,200円（うち還付加算金 1,200円）
　還付先：かすみ野信用金庫 本店営業部 普通預金 4418027
　口座名義：クボタ ミノル

上記の口座は、委任状に記載のご本人口座で間違いないでしょうか。
ご確認いただけましたら、12月5日（金）に振込の予定です。
「過誤納金還付通知書」はご本人様宛てに郵送いたします。

{OSHIRO.sig}
""",
             personal=[("name", "久保田 稔"), ("bank_account", "かすみ野信用金庫 本店営業部 普通預金 4418027")]))

    # attachment 1: landowner CSV to the appraisal contractor
    owners = [
        ("若宮3丁目1204-3", "宅地", "182.45", "関根 幸雄", "かすみ野市若宮3-8-11", "1950/02/17"),
        ("若宮3丁目1204-4", "宅地", "165.20", "関根 幸雄", "かすみ野市若宮3-8-11", "1950/02/17"),
        ("若宮3丁目1210", "畑", "812.00", "小池 富子", "かすみ野市若宮2-27-5", "1943/09/30"),
        ("若宮3丁目1211-1", "宅地", "204.88", "長谷川 誠", "東京都練馬区早宮2-19-7-301", "1971/06/12"),
        ("若宮3丁目1215", "雑種地", "430.51", "有限会社 関根商店", "かすみ野市若宮3-8-11", ""),
        ("若宮3丁目1218-2", "宅地", "148.63", "石川 千代", "かすみ野市本町4-2-18", "1938/12/01"),
        ("若宮3丁目1220", "田", "1,023.00", "小池 富子", "かすみ野市若宮2-27-5", "1943/09/30"),
    ]
    add(mail(ORG, NAGAI, "hold", "list.landowners",
             "The attached CSV lists private landowners' names, addresses and birth dates for parcels sent to the appraisal contractor.",
             "attachment",
             ["株式会社関東不動産鑑定 評価部 日野様 <hino@kanto-kantei.example.co.jp>"],
             "令和9年度評価替え 標準宅地（若宮地区）の資料送付",
             f"""
株式会社関東不動産鑑定
評価部　日野 様

いつも大変お世話になっております。かすみ野市 資産税係の永井です。
先日の打合せでご依頼のあった、若宮地区の状況類似地域に関する資料をお送りします。
現地調査の際の参考にしてください。
地番図（PDF）は容量が大きいため、後ほどファイル交換サービスでお送りします。

引き続きよろしくお願いいたします。

{NAGAI.sig}
""",
             attachments=[att("若宮地区_土地課税台帳抽出.csv",
                              csv_text(["地番", "地目", "地積(㎡)", "所有者", "所有者住所", "生年月日"], owners))],
             personal=[("name", "関根 幸雄"), ("address", "かすみ野市若宮3-8-11"), ("name", "小池 富子"),
                       ("name", "長谷川 誠"), ("address", "東京都練馬区早宮2-19-7-301"), ("birth_date", "1938/12/01")]))

    # attachment 2: disability-deduction certificate to a tax accountant
    add(mail(ORG, SAEKI, "hold", "sensitive.disability_certificate",
             "The attached certificate states a named resident's dementia and care level to the family's tax accountant.",
             "attachment",
             ["浅見会計事務所 浅見様 <asami@asami-kaikei.example.jp>"],
             "障害者控除対象者認定書の写しの送付",
             f"""
浅見会計事務所
浅見 様

お世話になっております。かすみ野市 税務課の佐伯です。
お電話でご依頼いただいた認定書の写しを、PDFにてお送りいたします。
原本はご本人様宛てに本日発送しております。確定申告の際にご利用ください。

{SAEKI.sig}
""",
             attachments=[att("障害者控除対象者認定書_写.pdf", """
かす高福第 2025-0418 号
令和7年11月10日

障害者控除対象者認定書

かすみ野市長　沢渡 正樹

下記の者は、所得税法施行令第10条及び地方税法施行令第7条に規定する障害者に準ずる者と認定します。

対象者氏名　　青山 トシ子
生年月日　　　昭和12年4月25日
住所　　　　　かすみ野市緑町2丁目6番8号
認定区分　　　特別障害者に準ずる者
認定の根拠　　要介護4（主治医意見書：アルツハイマー型認知症、日常生活自立度 IIIb）
有効期間　　　令和7年1月1日から令和7年12月31日まで
申請者　　　　青山 浩（長男）
"""),],
             personal=[("name", "青山 トシ子"), ("address", "かすみ野市緑町2丁目6番8号"),
                       ("diagnosis", "アルツハイマー型認知症"), ("disability", "要介護4")]))

    # quoted 1: internal delinquency memo forwarded to a bankruptcy trustee
    memo = """
----- 転送メッセージ -----
差出人: 大城 健太 <k-oshiro@city.kasumino.example.lg.jp>
宛先: 税務課 収納係 <shuno@city.kasumino.example.lg.jp>
日付: 2025/11/13 16:20
件名: 【滞納整理メモ】宛名 0172904 増田 和也

係内共有です。
・増田 和也（昭和52年7月19日生）かすみ野市東町5-3-20 携帯 090-0000-5521
・勤務先：有限会社マスダ塗装（代表＝本人）、妻 増田 奈緒美（パート：スーパーいなほ東町店）
・滞納：市県民税 R4～R6 計 1,184,300円、国保税 R5～R6 計 402,700円
・差押済：かすみ野信用金庫 東町支店 普通預金（R7.6 取立 38,117円）、軽自動車1台
・11/10 本人来庁。「会社を畳む、自己破産の申立てを弁護士に依頼した」とのこと。
　長女が来春大学進学予定で学費の工面も厳しいと話す。かなり感情的になっていた。
・管財人決定後、交付要求の予定。
"""
    add(mail(ORG, OSHIRO, "hold", "personal.delinquent_profile_forward",
             "The forwarded internal memo gives a taxpayer's birth date, address, phone, family, debts and seized accounts to an outside lawyer.",
             "quoted",
             ["弁護士 岡村 智子（岡村総合法律事務所） <okamura@okamura-law.example.jp>"],
             "Fw: 増田和也氏 破産管財事件（交付要求の件）",
             f"""
岡村総合法律事務所
弁護士 岡村 智子 先生

お世話になっております。かすみ野市 税務課 収納係の大城です。
本日お電話でお話しした件です。当市の滞納額と差押の状況は、下記のメモのとおりです。
交付要求書は正式な文書で別途郵送いたします。

{OSHIRO.sig}

{memo}
""",
             personal=[("name", "増田 和也"), ("birth_date", "昭和52年7月19日"), ("address", "かすみ野市東町5-3-20"),
                       ("phone", "090-0000-5521"), ("name", "増田 奈緒美")]))

    # quoted 2: family member's e-mail about imprisonment forwarded to the call centre
    family = """
差出人: 須田 加奈子 <kanako.suda0302@yahoo.co.jp>
送信日時: 2025年11月11日 22:05
宛先: かすみ野市 税務課 収納係 <shuno@city.kasumino.example.lg.jp>
件名: 須田 雅人の市民税の督促について

夜分に失礼します。須田 雅人の妻です。
夫あての市民税の督促のお電話が、毎日のように私の携帯（080-0000-3376）にかかってきます。
夫は今年3月から詐欺の罪で府中刑務所に服役しており、出所は再来年の予定です。
私も働いていますが子ども二人を抱えて生活が精一杯で、夫の税金までは払えません。
このことは近所にも子どもの学校にも知られたくないので、
どうか家に電話をかけないでください。分納の相談が必要なら私が窓口に行きます。
かすみ野市中央2-11-4 須田 加奈子
"""
    add(mail(ORG, OSHIRO, "hold", "sensitive.incarceration_quoted",
             "The quoted message from a wife tells the call-centre contractor that her named husband is serving a fraud sentence.",
             "quoted",
             ["テレコムサポート東日本 かすみ野市納付案内センター <kasumino-center@telecom-support-e.example.co.jp>"],
             "架電対象の除外について",
             f"""
納付案内センター 小島様

お疲れさまです。収納係 大城です。
下記の件、ご家族から申出がありましたので、今後の架電はいったん止めてください。
対応は収納係で引き取ります。センターのシステム上のメモにも「架電停止（収納係対応）」と
入れておいていただけると助かります。

{OSHIRO.sig}

{quote(family)}
""",
             personal=[("name", "須田 雅人"), ("criminal_record", "詐欺の罪で府中刑務所に服役"),
                       ("phone", "080-0000-3376"), ("address", "かすみ野市中央2-11-4")]))

    # subject only: My Number in the subject line
    add(mail(ORG, SAEKI, "hold", "id.mynumber_subject",
             "The subject line carries an employee's name and 12-digit My Number; the body is neutral.",
             "subject",
             ["三協テクノ株式会社 人事総務課 <jinji@sankyo-techno.example.co.jp>"],
             f"個人番号の確認（渡部 真由美 様 {mn2}）",
             f"""
三協テクノ株式会社
人事総務課 ご担当者様

お世話になっております。かすみ野市 市民税係の佐伯です。
標記の件、先ほどお電話でお伝えした内容のとおりです。
貴社の記録をご確認のうえ、訂正の要否をご連絡いただけますでしょうか。

よろしくお願いいたします。

{SAEKI.sig}
""",
             personal=[("name", "渡部 真由美"), ("mynumber", mn2)]))

    # zip: plain zip with a real tax register inside sent to a system vendor
    ledger = [
        ("0031207", "関根 幸雄", "セキネ ユキオ", "1950-02-17", "かすみ野市若宮3-8-11", mn_zip[0], "185,400"),
        ("0044518", "小池 富子", "コイケ トミコ", "1943-09-30", "かすみ野市若宮2-27-5", mn_zip[1], "62,800"),
        ("0102773", "宇野 陽介", "ウノ ヨウスケ", "1982-05-08", "かすみ野市緑町1-3-9-205", mn_zip[2], "114,900"),
        ("0118842", "石川 千代", "イシカワ チヨ", "1938-12-01", "かすみ野市本町4-2-18", "", "97,300"),
    ]
    add(mail(ORG, NAGAI, "hold", "list.tax_ledger_zip",
             "A plain zip sent to the system vendor contains real taxpayers' names, birth dates, addresses and My Numbers as 'test data'.",
             "zip",
             ["北関東システム開発 税務システム移行PJ <zeimu-pj@kitakanto-sys.example.co.jp>"],
             "移行テスト用データの送付（資産税）",
             f"""
北関東システム開発株式会社
税務システム移行プロジェクト ご担当者様

お世話になっております。かすみ野市 資産税係の永井です。
先日ご依頼のあった移行テスト用のデータを送付します。
本番データから抽出したもので、件数を絞っています。テスト完了後は削除をお願いします。

　testdata_shisan_1118.zip
　　├ nozeigimusha.csv（納税義務者）
　　└ readme.txt

ご確認のほどよろしくお願いいたします。

{NAGAI.sig}
""",
             attachments=[att("testdata_shisan_1118.zip/nozeigimusha.csv",
                              csv_text(["宛名番号", "氏名", "カナ", "生年月日", "住所", "個人番号", "R7税額"], ledger), "csv"),
                          att("testdata_shisan_1118.zip/readme.txt",
                              "抽出条件：若宮・緑町・本町 地区の納税義務者から抽出\n文字コード：UTF-8\n作成：資産税係 永井\n", "txt")],
             personal=[("name", "宇野 陽介"), ("mynumber", mn_zip[2]), ("address", "かすみ野市緑町1-3-9-205"),
                       ("name", "関根 幸雄"), ("mynumber", mn_zip[0])]))

    # recipients: briefing invitation to 12 tax-accountant offices in To
    offices = [
        "窪田税理士事務所 <office@kubota-zeirishi.example.jp>",
        "浅見会計事務所 <asami@asami-kaikei.example.jp>",
        "税理士法人みらいパートナーズ <info@mirai-partners-tax.example.jp>",
        "本町会計事務所 <honmachi@honmachi-kaikei.example.jp>",
        "税理士 坂上 直人 事務所 <sakagami.tax@sakagami-tax.example.jp>",
        "かすみ野中央税理士法人 <contact@kasumino-chuo-tax.example.jp>",
        "緑町税務会計 <midori@midorimachi-zeimu.example.jp>",
        "税理士法人 東和会計 <towa@towa-kaikei.example.co.jp>",
        "若宮会計事務所 <wakamiya.office@wakamiya-kaikei.example.jp>",
        "森下税理士事務所 <morishita@morishita-zeirishi.example.jp>",
        "税理士 大橋 玲子 <ohashi.reiko@gmail.com>",
        "関東税理士会 かすみ野支部 事務局 <kasumino@kanto-zeirishikai.example.or.jp>",
    ]
    add(mail(ORG, SAEKI, "hold", "recipients.visible_to",
             "Twelve tax-accountant offices, including a private address, are visible to each other in To.",
             "recipients",
             offices,
             "【ご案内】令和8年度 市民税・県民税 申告相談に関する説明会",
             f"""
税理士の先生方

平素より本市の税務行政にご協力を賜り、厚く御礼申し上げます。
かすみ野市 税務課 市民税係でございます。

令和8年度の市民税・県民税申告相談の実施にあたり、下記のとおり説明会を開催いたします。
ご多忙のところ恐縮ですが、ご出席くださいますようお願い申し上げます。

　日時：令和8年1月15日（木）14:00～15:30
　会場：かすみ野市役所 本庁舎5階 501会議室
　内容：令和8年度 税制改正の概要（定額減税の終了に伴う変更点 等）
　　　　申告相談会場の予約方法の変更について
　　　　eLTAXによる給与支払報告書提出の状況

出欠は1月9日（金）までに、本メールへの返信でお知らせください。

{SAEKI.sig}
"""))

    # ------------------------------------------------------------ PASSES
    # aggregate statistics to the prefecture
    add(mail(ORG, SAEKI, "pass", "benign.tax_statistics",
             "A return of aggregate tax statistics to the prefecture with totals only.",
             "pass",
             ["埼玉県 総務部 税務課 市町村税担当 <shichosonzei@pref.saitama.example.lg.jp>"],
             "令和7年度 市町村税課税状況等の調（かすみ野市）の提出",
             f"""
埼玉県 総務部 税務課
市町村税担当 ご担当者様

お世話になっております。かすみ野市 税務課 市民税係の佐伯です。
標記の調査票を提出いたします。

主な数値（所得割）
　納税義務者数　　　　　　 58,214人（前年度比 +0.8%）
　総所得金額等　　　　　　 2,016億4,380万円
　所得割額（市民税分）　　 82億1,762万円
　うち給与所得者　　　　　 47,905人
　定額減税による減収額　　 4億3,018万円

第11表の寄附金税額控除（ふるさと納税分）について、前年比 +21%と増加が大きいため、
備考欄に内訳を記載しております。
ご不明な点がありましたら、ご連絡ください。

{SAEKI.sig}
""",
             attachments=[att("R7_課税状況調_かすみ野市.xlsx", "表番号,項目,人数,金額(千円)\n第1表,総所得金額等,58214,201643800\n第2表,所得割額,58214,8217620\n第11表,寄附金税額控除(ふるさと納税),6402,318450\n")]))

    # corporate number / declaration numbers
    add(mail(ORG, SAEKI, "pass", "benign.corporate_number",
             "A corporate resident-tax filing confirmation; the 13-digit number is a public 法人番号 and the others are receipt numbers.",
             "pass",
             ["株式会社ヨシダ精工 経理部 <keiri@yoshida-seiko.example.co.jp>"],
             "法人市民税 確定申告書の受付について",
             f"""
株式会社ヨシダ精工
経理部 ご担当者様

お世話になっております。かすみ野市 税務課 市民税係の佐伯です。
eLTAXにて提出いただいた下記申告書を受け付けましたので、お知らせします。

　法人名：株式会社ヨシダ精工
　法人番号：7030001098214
　事業年度：令和6年9月1日～令和7年8月31日
　申告区分：確定申告
　受付番号：20251031-0153-4472
　法人税割：1,238,700円　均等割：410,000円（従業者数 82人）

なお、かすみ野第二工場（若宮）の従業者数の記載が前期から大きく減っていますが、
分割基準の記載誤りではないかご確認いただけますでしょうか。誤りでなければご返信は不要です。

{SAEKI.sig}
"""))

    # convenience-store payment outage
    add(mail(ORG, OSHIRO, "pass", "benign.it_outage",
             "\"障害\" refers to a payment-data transfer outage; only aggregate counts and file names appear.",
             "pass",
             ["ちばぎん収納サービス 運用センター <unyo@cb-shuno-service.example.co.jp>"],
             "Re: 【障害報告】11/14 コンビニ収納速報データの配信遅延について",
             f"""
運用センター 野沢様

ご報告ありがとうございます。かすみ野市 収納係の大城です。
当市分の影響件数（速報 1,284件／1,902,550円）、確認しました。
督促状の発送処理を11/17に予定していたため、念のため延期しました。

確報データ（KSM_20251114_K.dat）の再配信が11/18 9時とのこと、承知しました。
再発防止策は報告書でいただければ結構です。

{OSHIRO.sig}

> かすみ野市 税務課 収納係 御中
> 11月14日（金）夜間、弊社データセンターのネットワーク機器障害により、
> 同日分の速報データの配信が約9時間遅延しました。
> 収納金の入金自体には影響はございません。
> 大変ご迷惑をおかけし、申し訳ございません。
"""))

    # press inquiry about the mayor's statement (public figure)
    add(mail(ORG, SAEKI, "pass", "benign.public_figure",
             "An answer to a newspaper's inquiry about the mayor's public statement and published revenue figures.",
             "pass",
             ["北斗日報 社会部 森川様 <morikawa.a@hokuto-nippo.example.co.jp>"],
             cc=["かすみ野市 秘書広報課 <hisho@city.kasumino.example.lg.jp>"],
             subject="Re: 市長会見での市税収入見込みについて（取材）",
             text=f"""
北斗日報 社会部
森川 様

お世話になっております。かすみ野市 税務課の佐伯です。
昨日お問い合わせいただいた件、回答いたします。

沢渡市長が11月12日の定例記者会見で述べた「今年度の市税収入は過去最高の見込み」は、
9月補正後の予算額（市税 198億4,200万円）に対し、10月末時点の調定額から推計したものです。
内訳は、個人市民税が給与所得の伸びにより前年比 +3.1%、固定資産税が新築家屋の増加により +1.9%です。
法人市民税は、一部大規模法人の業績によって変動が大きいため、会見では触れていません。

数値は市ホームページの「財政状況の公表」でもご確認いただけます。
記事にされる際は、引用部分を広報課にも共有いただけますと幸いです。

{SAEKI.sig}
"""))

    # corporate account of the contractor, city's invoice details
    add(mail(ORG, NAGAI, "pass", "benign.corporate_account",
             "A contract-payment note quoting the contractor's corporate bank account and invoice numbers.",
             "pass",
             ["株式会社関東不動産鑑定 経理課 <keiri@kanto-kantei.example.co.jp>"],
             "委託料のお支払いについて（標準宅地鑑定評価業務 第2回）",
             f"""
株式会社関東不動産鑑定
経理課 ご担当者様

お世話になっております。かすみ野市 資産税係の永井です。
標記業務の第2回部分払いについて、ご請求書（No. KKK-2025-1107）を受理しました。
支払予定は下記のとおりです。

　支払予定日：令和7年12月10日（水）
　金額：3,762,000円（税込）
　振込先：むさし中央銀行 かすみ野支店 当座 0284511　株式会社関東不動産鑑定

請求書の日付欄が空欄でしたので、恐れ入りますが、訂正印のうえ再送いただくか、
日付を記入したものをPDFでお送りください。

{NAGAI.sig}
"""))

    # reply to the taxpayer himself about his instalment plan
    add(mail(ORG, OSHIRO, "pass", "benign.mail_to_data_subject",
             "A reply to the taxpayer himself about his own instalment plan.",
             "pass",
             ["野村 大輔 <d.nomura_0611@yahoo.co.jp>"],
             "Re: 分納の相談について",
             f"""
野村 大輔 様

メールありがとうございます。かすみ野市 税務課 収納係の大城です。
先日窓口でご相談いただいた分割納付について、下記の内容で承りました。

　対象：令和7年度 市県民税（普通徴収）第3期・第4期 計 96,400円
　納付計画：12月から毎月末に 24,100円 × 4回
　納付方法：お送りする納付書（4枚）でコンビニまたは金融機関にて

期日までの納付が難しくなった場合は、事前にご連絡ください。
延滞金の扱いについては、完納後に改めてお知らせします。

{OSHIRO.sig}

> かすみ野市役所 税務課 大城様
> 先日はありがとうございました。
> 相談した分納の件、月いくらでどの納付書を使えばいいか、もう一度教えていただけますか。
> 野村
"""))

    # religious corporation as taxpayer
    add(mail(ORG, NAGAI, "pass", "benign.religious_corporation",
             "A property-tax exemption inquiry to a temple; the religious corporation is a taxpayer, not an individual's belief.",
             "pass",
             ["宗教法人 正覚寺 寺務所 <jimusho@shokakuji.example.or.jp>"],
             "固定資産税 非課税申告書のご提出について（境内地の一部駐車場利用）",
             f"""
宗教法人 正覚寺
寺務所 ご担当者様

いつもお世話になっております。かすみ野市役所 資産税係の永井です。
先日、現地確認にお伺いした際はご対応ありがとうございました。

境内地のうち、南側（地番 本町5丁目402-1の一部、約320㎡）を月極駐車場として
貸し出されている部分については、宗教の用に供する土地に当たらないため、
令和8年度から課税となる見込みです。
つきましては、利用面積を示した図面を添えて、「固定資産税非課税申告書（異動）」を
令和8年1月31日までにご提出ください。様式は添付のとおりです。

本堂・庫裏・墓地部分は従来どおり非課税です。
ご不明な点は、お気軽に永井までお問い合わせください。

{NAGAI.sig}
""",
             attachments=[att("非課税申告書_異動_様式.docx", "固定資産税非課税申告書（異動）\n申告者（所有者）：\n所在地番：\n地目・面積：\n用途：\n異動年月日：\n異動の内容：\n")]))

    # meeting with the tax accountants' association (6 addresses, 2 organisations)
    add(mail(ORG, SAEKI, "pass", "benign.meeting_arrangement",
             "Arranging a liaison meeting; six visible addresses from two organisations.",
             "pass",
             ["関東税理士会 かすみ野支部 支部長 窪田様 <kubota@kanto-zeirishikai.example.or.jp>",
              "関東税理士会 かすみ野支部 事務局 <kasumino@kanto-zeirishikai.example.or.jp>",
              "関東税理士会 かすみ野支部 浅見様 <asami@kanto-zeirishikai.example.or.jp>"],
             cc=["かすみ野市 税務課長 <zeimu-kacho@city.kasumino.example.lg.jp>",
                 "永井 真理子 <m-nagai@city.kasumino.example.lg.jp>",
                 "大城 健太 <k-oshiro@city.kasumino.example.lg.jp>"],
             subject="RE: 税務連絡協議会（12月）の日程について",
             text=f"""
関東税理士会 かすみ野支部
窪田支部長、浅見先生、事務局ご担当者様

お世話になっております。かすみ野市 市民税係の佐伯です。
日程調整ありがとうございました。税務連絡協議会は下記で確定とさせてください。

　日時：12月11日（木）15:00～16:30
　場所：かすみ野市役所 本庁舎5階 502会議室
　市側出席：税務課長 新井、資産税係 永井、収納係 大城、市民税係 佐伯

議題案は来週中にお送りします。支部からの議題がありましたら、12月3日までにお知らせください。

{SAEKI.sig}
"""))

    # successor introduction to the aerial-photo contractor
    add(mail(ORG, NAGAI, "pass", "benign.successor_introduction",
             "A personnel-change greeting introducing a successor, with staff names and contacts only.",
             "pass",
             ["株式会社ジオフォト測量 営業部 丸岡様 <maruoka@geophoto-survey.example.co.jp>"],
             cc=["高野 拓海 <t-takano@city.kasumino.example.lg.jp>"],
             subject="担当者変更のご挨拶（かすみ野市 資産税係）",
             text=f"""
株式会社ジオフォト測量
営業部　丸岡 様

いつもお世話になっております。かすみ野市 資産税係の永井です。
私事で恐縮ですが、12月1日付で福祉部 介護保険課へ異動することになりました。
航空写真撮影・家屋異動判読業務では大変お世話になりました。

後任は同じ資産税係の高野 拓海（たかの たくみ）が務めます。
本メールのCCに入れておりますので、今後はこちらにご連絡ください。
　高野 拓海　内線 2329　t-takano@city.kasumino.example.lg.jp

引継ぎは今月中に済ませる予定です。
後任ともども、引き続きどうぞよろしくお願いいたします。

{NAGAI.sig}
"""))

    # plain zip with blank forms
    add(mail(ORG, SAEKI, "pass", "benign.plain_zip_forms",
             "A plain zip of blank tax forms for the chamber of commerce; it holds no personal data.",
             "pass",
             ["かすみ野市商工会 経営支援課 <shien@kasumino-shokokai.example.or.jp>"],
             "年末調整・給与支払報告書 関係様式の送付",
             f"""
かすみ野市商工会
経営支援課 ご担当者様

お世話になっております。かすみ野市 市民税係の佐伯です。
12月の記帳指導会で配布いただく様式一式をお送りします。
zipファイルにまとめていますので、展開してご利用ください（パスワードはかけていません）。

なお、給与支払報告書の提出期限は令和8年2月2日（月）です（1月31日が土曜日のため）。
会報への掲載もあわせてお願いできれば幸いです。

{SAEKI.sig}
""",
             attachments=[att("kyuyo_shiharai_yoshiki_R8.zip",
                              "kyuyo_shiharai_yoshiki_R8.zip の内容:\n01_給与支払報告書_総括表.pdf\n02_給与支払報告書_個人別明細書_記入例.pdf\n03_普通徴収切替理由書.pdf\n04_特別徴収_異動届出書.xlsx\n05_提出方法のご案内.pdf\n", "zip")]))

    return out
