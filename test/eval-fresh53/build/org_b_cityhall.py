"""Org B: 青葉台市役所 市民部 税務課・納税課 (fictional city)."""
from common import (M, addr, att, enc_zip, XLSX, CSV, PDF, mynumber, fmt4,
                    yamato_like_mynumber)

ORG = "B"
DOM = "city.aobadai.example.jp"

ONODERA = addr("青葉台市 税務課 小野寺 健一", f"onodera-k@{DOM}")
KAWABATA = addr("青葉台市 納税課 川端 由美", f"kawabata-y@{DOM}")
NISHIMURA = addr("青葉台市 税務課 西村 拓也", f"nishimura-t@{DOM}")

SIG_ONODERA = """
――――――――――――――――――――――――――――
青葉台市 市民部 税務課 市民税係
主査　小野寺 健一（おのでら けんいち）
〒241-8501 神奈川県青葉台市本町1-1 市役所本庁舎3階
TEL 045-555-2231（直通）　FAX 045-555-2299　内線 3215
開庁時間 平日 8:30～17:15
※本メールの内容に関するお問い合わせは、上記直通電話へお願いいたします。
――――――――――――――――――――――――――――
"""

SIG_KAWABATA = """
------------------------------------------
青葉台市役所 市民部 納税課 滞納整理係
主任　川端 由美
TEL 045-555-2240（直通）　内線 3241
FAX 045-555-2298
------------------------------------------
"""

SIG_NISHIMURA = """
--
青葉台市 市民部 税務課 資産税係（家屋担当）
技師　西村 拓也
TEL：045-555-2235　FAX：045-555-2299
E-mail：nishimura-t@city.aobadai.example.jp
"""

MYNUM_MIYAHARA = mynumber("48207159362")
MYNUM_NEW1 = mynumber("73015826491")
MYNUM_NEW2 = mynumber("26948310575")
YAMATO1 = yamato_like_mynumber(40278153016)
YAMATO2 = yamato_like_mynumber(40278153977)


def mails():
    out = []

    # ---------------- HOLDS ----------------
    out.append(M(
        "B-h1", "hold", "id.mynumber", "body", "小野寺 健一",
        "The city sends an employee's correct マイナンバー, birth date and address to a payroll outsourcing company in plain mail.",
        ONODERA, [addr("株式会社ペイロール・サポート 田島 様", "tajima@payroll-support.example.co.jp")],
        "給与支払報告書の個人番号相違について（株式会社港北精機様分）",
        f"""
株式会社ペイロール・サポート
給与計算センター　田島 様

いつもお世話になっております。
青葉台市税務課市民税係の小野寺です。

御社で作成・提出いただいた令和7年度 給与支払報告書（特別徴収義務者：株式会社港北精機、
指定番号 0012345）のうち、下記1名について個人番号が住民基本台帳の記録と一致しませんでした。

　従業員氏名：宮原 直樹 様（昭和58年4月12日生）
　住所　　　：青葉台市緑町3-8-15
　提出された個人番号の下4桁：…{MYNUM_MIYAHARA[-4:][::-1]}
　当市で確認した個人番号　　：{fmt4(MYNUM_MIYAHARA)}

お手数ですが、御社システム上の登録内容をご確認のうえ、訂正分の給与支払報告書
（個人別明細書）を6月27日（金）までにeLTAXにてご提出ください。
特別徴収税額の決定通知は既に送付済みのため、税額に変更はございません。
{SIG_ONODERA}""",
        personal=[("name", "宮原 直樹"), ("birthdate", "昭和58年4月12日"),
                  ("address", "青葉台市緑町3-8-15"), ("mynumber", fmt4(MYNUM_MIYAHARA))]))

    out.append(M(
        "B-h2", "hold", "sensitive.criminal", "body", "川端 由美",
        "In a wage-garnishment notice to the employer, the tax office mentions that the delinquent taxpayer is under arrest and in custody.",
        KAWABATA, [addr("株式会社大和田運送 総務部 給与担当", "kyuyo@owada-unso.example.co.jp")],
        "給与差押えに係る債権差押通知書送付のご連絡",
        f"""
株式会社大和田運送
総務部 給与ご担当者様

平素より市税行政にご協力いただき、ありがとうございます。
青葉台市納税課の川端でございます。

先ほどお電話でお伝えしたとおり、貴社従業員 梶原 和也 様（青葉台市若葉台2丁目在住）の
市県民税の滞納につきまして、本日付で給与債権の差押えを執行いたしました。
債権差押通知書は本日、配達証明郵便にて発送しております。

なお、ご本人につきましては、警察からの照会により、先月窃盗の容疑で逮捕され現在も勾留中であることを
当課でも把握しております。休職扱いで給与の支給がない月は、その旨を「支払不能の届出」でご回答ください。

【ご対応いただきたい事項】
1. 差押通知書到達後、最初の給与支払日から差押可能額を当市指定口座へお振込み
2. 毎月の支払額を「取立報告書」にてご報告
3. 退職された場合は速やかにご連絡

ご不明な点は下記までお問い合わせください。
{SIG_KAWABATA}""",
        personal=[("name", "梶原 和也"), ("criminal", "窃盗の容疑で逮捕され現在も勾留中")]))

    out.append(M(
        "B-h3", "hold", "id.bank_account", "body", "小野寺 健一",
        "A private taxpayer's refund account (bank, branch, number, holder name) is written out in a mail to her tax accountant.",
        ONODERA, [addr("辻本税理士事務所 辻本 様", "tsujimoto@tsujimoto-tax.example.jp")],
        "過誤納金の還付について（森下 芳江 様）",
        f"""
辻本税理士事務所
税理士　辻本 様

いつもお世話になっております。青葉台市税務課の小野寺です。

ご依頼者 森下 芳江 様の令和6年度市県民税について、更正の結果、
過誤納金が発生いたしましたので、還付の手続きを進めております。

　還付金額：48,600円（還付加算金 300円を含む）
　還付先口座：港北みらい信用金庫 青葉台支店 普通 4417203　名義 モリシタ ヨシエ
　振込予定日：令和7年7月4日（金）

上記口座は、ご本人が提出された還付請求書の記載に基づいております。
口座に誤りがある場合は、6月30日までにお知らせください。
{SIG_ONODERA}""",
        personal=[("name", "森下 芳江"),
                  ("bank_account", "港北みらい信用金庫 青葉台支店 普通 4417203　名義 モリシタ ヨシエ")]))

    out.append(M(
        "B-h4", "hold", "list.delinquent_taxpayers", "attachment", "川端 由美",
        "The call-centre contractor receives a spreadsheet of delinquent taxpayers with names, addresses, phones and arrears; the body is a routine cover note.",
        KAWABATA, [addr("株式会社コールリンク 納付案内センター 市川 様", "ichikawa@call-link.example.co.jp")],
        "7月分 電話催告対象データの送付",
        f"""
株式会社コールリンク
納付案内センター　市川 様

お世話になっております。青葉台市納税課の川端です。

7月分の架電対象データを添付いたします。
受託仕様書第5条に基づき、作業完了後はデータの消去報告書のご提出をお願いいたします。

架電期間：7月7日（月）〜7月18日（金）
架電時間：平日 9:00〜20:00（土曜は10:00〜17:00）

よろしくお願いいたします。
{SIG_KAWABATA}""",
        attachments=[att("電話催告対象_202507.xlsx", XLSX, """
[催告対象]
宛名番号	氏名	電話番号	住所	税目	年度	滞納額（円）
0030118472	佐野 健太郎	090-4412-7781	青葉台市若葉台1-12-5	市県民税	R5	182,400
0030221905	村上 美紀	080-2276-3390	青葉台市緑町5-2-11-204	軽自動車税	R6	10,800
0030309466	遠藤 勝	045-555-9182	青葉台市本町4-7-3	固定資産税	R5-R6	396,700
0030412870	小池 由紀子	070-5531-0284	青葉台市さくら台2-19-8	市県民税	R6	74,900
0030588134	ファム・ヴァン・ロン	080-6648-2257	青葉台市港南3-3-21	市県民税	R6	58,300
0030610352	高山 大輔	090-7120-5518	青葉台市中央6-1-1-1105	国民健康保険税	R5-R6	241,200
""")],
        personal=[("name", "佐野 健太郎"), ("phone", "090-4412-7781"),
                  ("address", "青葉台市若葉台1-12-5"), ("debt", "182,400"),
                  ("name", "村上 美紀"), ("phone", "080-2276-3390"),
                  ("name", "高山 大輔"), ("debt", "241,200")]))

    out.append(M(
        "B-h5", "hold", "sensitive.disability", "attachment", "小野寺 健一",
        "The PDF copy of a 障害者控除対象者認定書 names an elderly resident with her care level and dementia grade; sent to a tax accountant, body neutral.",
        ONODERA, [addr("みなと会計事務所 岡部 様", "okabe@minato-kaikei.example.jp")],
        "障害者控除対象者認定書（写し）の送付",
        f"""
みなと会計事務所
岡部 様

お世話になっております。青葉台市税務課の小野寺です。
ご依頼いただいておりました認定書の写しをPDFにてお送りいたします。

原本はご家族様宛てに本日郵送いたしました。
確定申告（更正の請求）にご利用ください。
{SIG_ONODERA}""",
        attachments=[att("認定書写し_R7-0156.pdf", PDF, """
障害者控除対象者認定書
青福介第R7-0156号　令和7年6月16日
青葉台市長

下記の者は、所得税法施行令第10条及び地方税法施行令第7条に規定する障害者に準ずる者として認定します。

対象者氏名　大場 トシ子
生年月日　　昭和10年11月3日
住所　　　　青葉台市さくら台4-6-2
認定区分　　特別障害者に準ずる者
認定の根拠　要介護4（令和7年3月認定）、認知症高齢者の日常生活自立度 Ⅲa
認定期間　　令和6年1月1日から
""")],
        personal=[("name", "大場 トシ子"), ("birthdate", "昭和10年11月3日"),
                  ("address", "青葉台市さくら台4-6-2"),
                  ("disability", "認知症高齢者の日常生活自立度 Ⅲa"), ("diagnosis", "要介護4")]))

    out.append(M(
        "B-h6", "hold", "personal.contact", "quoted", "西村 拓也",
        "A resident's tip-off about a neighbour's unreported extension is forwarded with the tipster's name, address, phone and e-mail to the outside survey contractor.",
        NISHIMURA, [addr("株式会社日建アセスメント 調査部 堀 様", "hori@nikken-assess.example.co.jp")],
        "Fw: 【市民の声】緑町2丁目の増築について",
        f"""
日建アセスメント　堀様

お世話になっております。資産税係の西村です。
来週の家屋調査（緑町2丁目エリア）の参考として、下記の投書を転送いたします。
対象家屋は緑町2-14付近の木造2階建てで、課税台帳上は平成8年新築・増築履歴なしです。
外観調査のみで結構ですので、増築部分の有無と概算床面積をご確認ください。
{SIG_NISHIMURA}
-------- Forwarded Message --------
件名: 【市民の声】緑町2丁目の増築について
差出人: 市民の声 受付システム <koe@city.aobadai.example.jp>
日時: 2025年6月9日 9:14

投稿者氏名：長尾 久美子
住所：青葉台市緑町2-11-6
電話：080-3345-6621
メール：kumiko.nagao.0721@gmail.com

内容：
うちの向かいのお宅が去年の秋ごろ2階部分を大きく増築しています。
固定資産税の申告をしていないと近所で噂になっています。
調べてもらえますか。私が連絡したことは向こうに言わないでください。
""",
        personal=[("name", "長尾 久美子"), ("address", "青葉台市緑町2-11-6"),
                  ("phone", "080-3345-6621"), ("email", "kumiko.nagao.0721@gmail.com")]))

    out.append(M(
        "B-h7", "hold", "sensitive.health", "quoted", "小野寺 健一",
        "Answering an employer about switching collection methods, the reply quotes the employee's own mail to the city stating his bipolar disorder and treatment.",
        ONODERA, [addr("株式会社サンライズ食品 総務課 片岡 様", "kataoka@sunrise-foods.example.co.jp")],
        "Re: 退職者の特別徴収から普通徴収への切替について",
        f"""
株式会社サンライズ食品
総務課　片岡 様

お問い合わせありがとうございます。青葉台市税務課の小野寺です。

6月末で退職される方の切替につきましては、「給与所得者異動届出書」を7月10日までに
ご提出いただければ、7月分以降を普通徴収（ご本人納付）に切り替えます。
一括徴収をご希望の場合は、届出書の該当欄にチェックをお願いします。

ご本人様にも当課から別途ご案内いたします。
{SIG_ONODERA}
> -----Original Message-----
> From: 石川 亮 <ryo.ishikawa.aoba@gmail.com>
> Sent: Friday, June 13, 2025 8:02 PM
> To: 税務課 市民税係
> Subject: 住民税の支払いについて相談
>
> 青葉台市 税務課 御中
> 株式会社サンライズ食品に勤めている石川 亮と申します。
> 双極性障害で2年前から通院しており、症状が悪化したため6月末で退職することになりました。
> しばらく収入がなくなるので、住民税の減免か分割ができないか相談させてください。
> 会社にはまだ病名を伝えていません。
""",
        personal=[("name", "石川 亮"), ("diagnosis", "双極性障害で2年前から通院"),
                  ("email", "ryo.ishikawa.aoba@gmail.com")]))

    out.append(M(
        "B-h8", "hold", "id.pension", "subject", "小野寺 健一",
        "The subject line carries a named pensioner's 基礎年金番号; the body is a neutral follow-up to a phone call.",
        ONODERA, [addr("日本年金機構 港北年金事務所 お客様相談室", "kohoku-soudan@nenkin-office.example.go.jp")],
        "公的年金からの特別徴収停止の件（基礎年金番号 4321-765098／佐久間 昭 様）",
        f"""
港北年金事務所
お客様相談室 ご担当者様

いつもお世話になっております。
青葉台市税務課市民税係の小野寺でございます。

標記の件、本日午前にお電話でご相談した内容の確認のためご連絡いたしました。
当市からの停止依頼通知は6月20日付で経由機関あて送付予定です。

10月支給分から停止が反映されるかどうか、処理の時期についてご教示いただけますと幸いです。
お忙しいところ恐縮ですが、よろしくお願いいたします。
{SIG_ONODERA}""",
        personal=[("pension_number", "4321-765098"), ("name", "佐久間 昭")]))

    out.append(M(
        "B-h9", "hold", "attachment.encrypted_zip", "zip", "西村 拓也",
        "Property-assessment data for another city's inquiry sent as a password ZIP with the password to be phoned (PPAP).",
        NISHIMURA, [addr("南里市 資産税課 家屋係 大森 様", "omori@city.nanri.example.jp")],
        "家屋評価資料（照会回答）の送付について",
        f"""
南里市 資産税課 家屋係
大森 様

お世話になっております。青葉台市資産税係の西村です。
6月5日付でご照会いただいた件につき、回答資料をパスワード付きZIPにてお送りします。
パスワードは、のちほどお電話でお伝えいたします。

ご確認のほど、よろしくお願いいたします。
{SIG_NISHIMURA}""",
        attachments=[enc_zip("照会回答_家屋評価資料_R7-0605.zip")]))

    banks = [
        ("横浜みなと銀行 青葉台支店 渉外課", "aobadai-shogai@yokohama-minato-bank.example.jp"),
        ("港北みらい信用金庫 本店営業部", "honten@kohoku-mirai-shinkin.example.jp"),
        ("みずほ第一銀行 青葉台駅前支店", "aobadai-ekimae@mizuho-daiichi.example.co.jp"),
        ("さくら中央銀行 青葉台支店", "aobadai@sakura-chuo-bank.example.co.jp"),
        ("ゆうちょ銀行 青葉台店", "aobadai-ten@jp-yucho.example.jp"),
        ("JA青葉台 本店 金融課", "kinyu@ja-aobadai.example.jp"),
        ("東海りそな銀行 青葉台支店", "aobadai@tokai-resona.example.co.jp"),
        ("神奈川労働金庫 青葉台支店", "aobadai@kanagawa-rokin.example.jp"),
        ("湘南信用組合 青葉台支店", "aobadai@shonan-shinkumi.example.jp"),
        ("横浜第一銀行 若葉台支店", "wakabadai@yokohama-daiichi.example.co.jp"),
        ("三井住友第二銀行 青葉台支店", "aobadai@smbc2.example.co.jp"),
        ("きらぼし相互銀行 青葉台出張所", "aobadai@kiraboshi-sogo.example.co.jp"),
    ]
    out.append(M(
        "B-h10", "hold", "recipients.visible_external", "recipients", "川端 由美",
        "A request to 12 different financial institutions is sent with all bank contacts visible in To instead of BCC.",
        KAWABATA, [addr(n + " ご担当者様", e) for n, e in banks],
        "【ご協力のお願い】市税口座振替 加入促進キャンペーン（7月〜9月）",
        f"""
市税収納取扱金融機関 ご担当者様

平素より青葉台市の市税収納事務にご協力を賜り、厚く御礼申し上げます。
納税課の川端でございます。

本年も7月から9月にかけて、市税の口座振替加入促進キャンペーンを実施いたします。
つきましては、各店舗窓口でのポスター掲示とチラシ配布にご協力をお願いいたします。

　・ポスター（B2）各店2枚、チラシ各店200部を6月30日までにお届けします
　・口座振替依頼書は従来の様式（令和5年改訂版）をご使用ください
　・Web口座振替受付サービスのQRコードをチラシ裏面に掲載しています

ご不明な点がございましたら、下記までご連絡ください。
{SIG_KAWABATA}""",
    ))

    # ---------------- PASSES ----------------
    out.append(M(
        "B-p1", "pass", "benign.lookalike_number", None, "小野寺 健一",
        "A 13-digit 法人番号 and a 管理番号 in a corporate tax filing reminder; no person's ID.",
        ONODERA, [addr("株式会社ミナトデザイン 経理部 石田 様", "ishida@minato-design.example.co.jp")],
        "法人市民税 確定申告書の記載事項について（ご確認のお願い）",
        f"""
株式会社ミナトデザイン
経理部　石田 様

いつもお世話になっております。青葉台市税務課の小野寺です。

5月30日に受け付けた令和6年度分の法人市民税確定申告書（第20号様式）につきまして、
法人番号欄が空欄となっておりました。
当課で国税庁法人番号公表サイトにより確認したところ、貴社の法人番号は
4012301009876 と思われますので、差し支えなければ、この番号でよいかメールでご回答ください。

　当市管理番号：H-2025-00871
　事業年度：令和6年4月1日〜令和7年3月31日
　法人税割額：1,284,300円　均等割額：130,000円

申告書の再提出は不要です。お手数をおかけしますが、よろしくお願いいたします。
{SIG_ONODERA}"""))

    out.append(M(
        "B-p2", "pass", "benign.it_outage", None, "小野寺 健一",
        "\"障害\" is a batch failure in the tax system; job IDs and record counts only.",
        ONODERA, [addr("株式会社東日本行政システム 保守サポート 松井 様", "matsui@higashinihon-gs.example.co.jp")],
        "【至急】税務システム 当初課税バッチ異常終了（障害報告のお願い）",
        f"""
株式会社東日本行政システム
保守サポート　松井 様

お世話になっております。青葉台市税務課の小野寺です。
本日未明の夜間バッチにおいて、以下の障害が発生しましたのでご連絡いたします。

■発生日時：2025/06/05 02:13
■ジョブ：JZMK0410（特別徴収税額通知書 作成）
■エラー：ABEND S0C7（データ例外） STEP020
■処理件数：41,882件中 17,305件で停止
■影響：本日予定していた特別徴収税額通知書の印刷が実行できず

再実行の可否、および原因の切り分けについて、本日15時までに一次回答をいただけますでしょうか。
発送スケジュール（6月10日発送）に影響が出るかどうかの判断が必要です。

ジョブログ（JZMK0410_20250605.log、MD5: 9e107d9d372bb6826bd81d3542a419d6）は
いつもの保守用ファイル共有に格納しました。
{SIG_ONODERA}"""))

    out.append(M(
        "B-p3", "pass", "benign.religious_corp", None, "西村 拓也",
        "A 宗教法人 is the taxpayer (固定資産税 非課税申告); the temple's denomination and its 代表役員 are corporate/public facts, not an individual's belief.",
        NISHIMURA, [addr("宗教法人 浄光寺 寺務所", "jimusho@jokoji-aobadai.example.jp")],
        "境内建物の固定資産税 非課税申告について",
        f"""
宗教法人 浄光寺
代表役員　大谷 慈照 様
（寺務所ご担当者様）

いつもお世話になっております。
青葉台市税務課資産税係の西村でございます。

先日ご相談いただいた、昨年新築された客殿（木造平屋、約180㎡）の件について、
地方税法第348条第2項第3号（宗教法人が専ら本来の用に供する境内建物）に
該当するかどうかを確認するため、下記の書類をご提出ください。

　1. 固定資産税非課税申告書（当市様式第12号）
　2. 宗教法人の規則の写し
　3. 建物の利用状況がわかる資料（行事予定表、写真など）

客殿の一部を地域の方向けの有料教室等に貸し出している場合は、その部分は課税対象となります。
7月中旬に現地確認に伺いたく、ご都合のよい日時をお知らせください。
{SIG_NISHIMURA}"""))

    out.append(M(
        "B-p4", "pass", "benign.corporate_bank", None, "川端 由美",
        "The city's own collection account (指定金融機関, 名義 青葉台市会計管理者) is given to a company; no private account.",
        KAWABATA, [addr("有限会社ホシノ商店 経理 星野 様", "keiri@hoshino-shoten.example.jp")],
        "Re: 法人市民税の納付先口座について",
        f"""
有限会社ホシノ商店
星野 様

お問い合わせいただきありがとうございます。納税課の川端です。
納付書を紛失された場合でも、下記の市の口座へのお振込みで納付いただけます。

　金融機関：横浜みなと銀行 市役所内支店（店番 701）
　口座：当座預金 0012345
　名義：青葉台市会計管理者（アオバダイシカイケイカンリシャ）

お振込みの際は、依頼人名の前に「ホウジンシミン」と、法人番号の下4桁を入れてください。
振込手数料はご負担いただくことになりますので、ご了承ください。

なお、納付書の再発行をご希望の場合は、ご連絡いただければ本日中に発送いたします。
{SIG_KAWABATA}

> 納付書をなくしてしまいました。振込で払えますか？
> 有限会社ホシノ商店 星野"""))

    out.append(M(
        "B-p5", "pass", "benign.meeting", None, "小野寺 健一",
        "Reply chain arranging the 確定申告 free consultation with the tax accountants' association; names partner staff and heavy signatures only.",
        ONODERA, [addr("東湘税理士会 青葉台支部 事務局 中川 様", "nakagawa@tosho-zeirishi.example.or.jp")],
        "Re: Re: 令和8年 確定申告無料相談会の打合せについて",
        f"""
中川様

ご返信ありがとうございます。
それでは7月15日（火）15:30から、市役所本庁舎3階 第2会議室にてお待ちしております。
当市からは、市民税係長の今井と私（小野寺）の2名が出席いたします。

議題案（修正版）を以下にお送りしますので、追加がございましたらお知らせください。

　1. 会場・日程（2/16〜3/16、本庁舎1階 市民ホール）
　2. 相談員のシフト（1日あたり税理士6名体制）
　3. スマホ申告コーナーの設置（国税庁のe-Taxサポート要員との連携）
　4. 混雑緩和策（整理券の配布時刻）

どうぞよろしくお願いいたします。
{SIG_ONODERA}
-----Original Message-----
From: 中川 早苗 <nakagawa@tosho-zeirishi.example.or.jp>
Sent: Wednesday, June 18, 2025 11:06 AM
To: 小野寺 健一
Cc: 支部長 三宅 <miyake@miyake-tax.example.jp>
Subject: Re: 令和8年 確定申告無料相談会の打合せについて

小野寺様

お世話になっております。東湘税理士会 青葉台支部 事務局の中川でございます。
打合せの日程につきまして、支部長の三宅と相談のうえ、以下のいずれかでお願いできればと存じます。

　・7月14日（月）10:00〜
　・7月15日（火）15:30〜

支部からは三宅と、相談会担当理事の大橋税理士が出席予定です。

＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
東湘税理士会 青葉台支部 事務局
中川 早苗
〒241-0821 青葉台市本町3-5-1 税理士会館2階
TEL 045-555-4102 FAX 045-555-4103
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
""",
        cc=[addr("三宅 支部長", "miyake@miyake-tax.example.jp"),
            addr("今井 市民税係長", f"imai-s@{DOM}")]))

    out.append(M(
        "B-p6", "pass", "benign.public_figure", None, "川端 由美",
        "Award ceremony planning naming the mayor and award-winning companies: public office holders and corporate names only.",
        KAWABATA, [addr("青葉台法人会 事務局 森 様", "jimukyoku@aobadai-hojinkai.example.or.jp")],
        "令和7年度 納税表彰式の次第について",
        f"""
青葉台法人会 事務局
森 様

いつもお世話になっております。納税課の川端です。
11月の納税表彰式の次第（案）がまとまりましたので、ご確認をお願いいたします。

　日時：令和7年11月14日（金）14:00〜15:30
　会場：青葉台市民文化センター 小ホール

　14:00 開会
　14:05 市長あいさつ（大河内 誠 市長）
　14:15 表彰状授与（納税功労法人 3社）
　　　　・株式会社港北精機
　　　　・青葉台交通株式会社
　　　　・有限会社あさひ米穀店
　14:40 来賓祝辞（青葉台税務署長、県議会議員 宮坂 恭子 様）
　15:00 記念講演「中小企業とインボイス制度」

市長の出席は秘書課で確定済みです。県議会議員の宮坂様への依頼状は、
例年どおり法人会様からお出しいただけますでしょうか。
{SIG_KAWABATA}"""))

    out.append(M(
        "B-p7", "pass", "benign.aggregate_stats", None, "川端 由美",
        "Collection-rate and seizure statistics to the prefecture: totals by tax item, no taxpayer named.",
        KAWABATA, [addr("神奈川県 総務局 税務指導課 市町村税担当", "shichoson-zei@pref.kanagawa.example.jp")],
        "令和6年度 市町村税 収納状況調査の回答（青葉台市）",
        f"""
神奈川県 総務局 税務指導課
市町村税担当 ご担当者様

お世話になっております。青葉台市納税課の川端です。
標記調査について、下記のとおり回答いたします。（回答様式も添付しております）

　税目　　　　　　調定額（千円）　収入額（千円）　収納率（現年）
　市民税（個人）　　18,420,115　　 18,163,027　　　99.42%
　市民税（法人）　　 2,631,408　　  2,627,914　　　99.87%
　固定資産税　　　　14,977,302　　 14,801,560　　　99.36%
　軽自動車税　　　　   412,880　　    403,117　　　98.21%

　滞納処分の状況：差押件数 1,124件（うち給与 211件、預貯金 748件、不動産 37件）
　執行停止件数：263件

前年度比で預貯金差押が約12%増加しております。詳細は添付の様式をご参照ください。
{SIG_KAWABATA}""",
        attachments=[att("R6_収納状況調査_青葉台市.xlsx", XLSX, """
[様式1]
区分	調定額(千円)	収入額(千円)	収納率(%)
現年課税分合計	36,441,705	35,995,618	98.78
滞納繰越分合計	1,208,334	352,417	29.17
[様式2]
処分種別	件数	前年度
給与	211	198
預貯金	748	667
不動産	37	41
その他	128	109
""")]))

    out.append(M(
        "B-p8", "pass", "benign.lookalike_number", None, "西村 拓也",
        "Two 12-digit ヤマト tracking numbers (both also satisfy the マイナンバー check digit) for documents sent to an appraiser; they are parcel numbers, not IDs.",
        NISHIMURA, [addr("高畑不動産鑑定事務所 高畑 様", "takahata@takahata-kantei.example.jp")],
        "標準宅地の鑑定評価資料 発送のご連絡（宅急便2個口）",
        f"""
高畑不動産鑑定事務所
不動産鑑定士　高畑 様

いつもお世話になっております。
青葉台市資産税係の西村です。

令和9基準年度評価替えに係る標準宅地の資料一式を、本日ヤマト運輸の宅急便で発送いたしました。
2個口になっておりますので、お受け取りの際にご確認ください。

　1個目（路線価図・地番図 A1判 筒）：お問い合わせ伝票番号 {fmt4(YAMATO1, '-')}
　2個目（標準宅地調書 ファイル3冊）：お問い合わせ伝票番号 {fmt4(YAMATO2, '-')}
　お届け予定：6月20日（金）午前中

ご査収のほど、よろしくお願いいたします。
なお、調書は7月末の鑑定評価書ご提出時にあわせてご返却ください。
{SIG_NISHIMURA}"""))

    out.append(M(
        "B-p9", "pass", "benign.data_subject", None, "小野寺 健一",
        "A foreign resident's own income and deductions explained to himself in English; mail to the data subject.",
        ONODERA, [addr("James Whitfield", "j.whitfield.yokohama@gmail.com")],
        "Re: Question about my 2025 resident tax amount",
        f"""
Dear Mr. Whitfield,

Thank you for your email. I am Onodera from the Municipal Tax Section of Aobadai City.

You asked why your resident tax for fiscal 2025 is higher than last year. Based on the salary payment report submitted by your employer, the calculation is as follows:

  Salary income (2024): JPY 7,800,000
  Employment income deduction: JPY 1,900,000
  Social insurance deduction: JPY 1,132,000
  Basic deduction: JPY 430,000
  Taxable income: JPY 4,338,000
  Income-based tax (10%): JPY 433,800
  Per-capita levy: JPY 5,000 (+ forest environment tax JPY 1,000)
  Annual total: JPY 439,800 (rounded to JPY 100)

The main reason for the increase is that the dependant deduction for your spouse no longer applies, because her 2024 income exceeded JPY 480,000. If this is not correct, please visit our counter with her 2024 withholding slip (源泉徴収票) and we will recalculate.

Your taxpayer reference number is 0041-228793. Please quote it if you call us.

Kind regards,
Kenichi Onodera
Municipal Tax Section, Aobadai City Hall
Tel: +81-45-555-2231 (Japanese / English, weekdays 8:30–17:15)

> Hello, my resident tax notice shows 439,800 yen, which is much more than last year.
> Could you explain the calculation? James Whitfield"""))

    out.append(M(
        "B-p10", "pass", "benign.lookalike_number", None, "西村 拓也",
        "A 宅建業者 licence number, a 宅建士 registration number and a vehicle number in a property-certificate request by an estate agent; these identify a business and a professional role, not private IDs.",
        NISHIMURA, [addr("株式会社あおば住宅販売 営業部 新井 様", "arai@aoba-jutaku.example.co.jp")],
        "Re: 固定資産評価証明書の交付請求（代理）について",
        f"""
株式会社あおば住宅販売
営業部　新井 様

お問い合わせありがとうございます。資産税係の西村です。

売買の仲介に伴う評価証明書の代理請求の件、下記をお持ちいただければ窓口で交付できます。

　・所有者ご本人の委任状（原本）
　・貴社の宅地建物取引業者免許証の写し
　　（ご記載いただいた 神奈川県知事(4)第23456号 で確認いたしました）
　・ご来庁される方の従業者証明書（宅建士 登録番号 神奈川 第012345号 の記載があるもの）
　・手数料 1通300円

なお、明日は現地調査で来庁者用駐車場の一部が使えません。お車の場合は、公用車
（横浜 500 さ 12-34）が止まっている第2駐車場の奥をご利用ください。
{SIG_NISHIMURA}

> 売主様の委任で、緑町3丁目の土地・建物の評価証明書を取得したいのですが、
> 必要書類を教えてください。
> 株式会社あおば住宅販売 新井"""))

    return out
