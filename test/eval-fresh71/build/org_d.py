"""Org D: judicial scrivener's office あおば司法書士事務所 (registrations, debt consolidation, guardianship)."""
from common import mail, att, enc_zip, tsv, csv_text, mynumber, XLSX, DOCX, PDF, CSV, TXT

ORG = "D"
DOM = "aoba-shiho.example.jp"

HAYAKAWA = f"早川 誠司 <hayakawa@{DOM}>"
MATSUI = f"松井 里奈 <matsui@{DOM}>"
NAITO = f"内藤 紀子 <naito@{DOM}>"

SIG_HAYAKAWA = """
────────────────────────────
あおば司法書士事務所
代表司法書士　早川 誠司
（神奈川県司法書士会所属 登録番号 第1587号／簡裁訴訟代理等関係業務 認定番号 第501234号）
〒231-0011 横浜市中区太田町2-31 関内アオバビル3階
TEL 045-000-8801　FAX 045-000-8802　営業時間 平日9:30～18:00
────────────────────────────
本メールは守秘義務の対象となる情報を含む場合があります。
宛先に心当たりのない方は、恐れ入りますが直ちに削除し、当事務所までご連絡ください。
""".strip("\n")

SIG_MATSUI = """
あおば司法書士事務所
司法書士補助者　松井 里奈
TEL 045-000-8801（代表）／FAX 045-000-8802
""".strip("\n")

SIG_NAITO = """
━━━━━━━━━━━━━━━━━━
あおば司法書士事務所
司法書士　内藤 紀子（成年後見・相続担当）
公益社団法人成年後見センター・リーガルサポート会員
TEL 045-000-8805（直通）
━━━━━━━━━━━━━━━━━━
""".strip("\n")

MN_HEIR1 = mynumber("40271985362")
MN_HEIR2 = mynumber("83016249570")
MN_HEIR3 = mynumber("29548031176")
DL_SELLER = mynumber("45071823946")

NISHIKAWA = "西川 拓也 <nishikawa@kannai-fudosan.example.co.jp>"
YAMADA = "山田 健吾 <k.yamada@yamada-fudosan.example.co.jp>"
OKADA = "岡田 玲子 <okada@okada-tax.example.jp>"

MAILS = []

# ---------------------------------------------------------------- holds
MAILS.append(mail(
    "hold", "personal.debt_referral",
    "Refers a debtor to a lawyer with his full profile (birth date, address, phone, employer, income, every debt) in the body.",
    "早川", "body", HAYAKAWA, ["桜木 修平 <sakuragi@sakuragi-law.example.jp>"],
    "債務整理案件のご紹介（140万円超のため）",
    f"""
桜木法律事務所
桜木先生

いつも大変お世話になっております。あおば司法書士事務所の早川です。
当事務所にご相談のあった任意整理の案件ですが、1社あたりの債権額が140万円を超えるものがあり、
当職の代理権の範囲外となるため、先生にご依頼をお引き受けいただけないかと存じ、ご連絡いたしました。

【ご相談者】
　氏名：村上 大輔（むらかみ だいすけ）
　生年月日：昭和60年4月12日（40歳）
　住所：横浜市鶴見区鶴見中央3-14-8 コーポ鶴見201
　電話：090-0000-3317
　勤務先：株式会社東洋ロジテック（倉庫管理、正社員）　月収手取り約26万円
　家族：妻、子2名（小学生）

【債務一覧（ご本人申告）】
　1. アーク信販　　　約182万円（カードローン、2016年～）
　2. ミドリカード　　約 96万円（リボ払い）
　3. スマイルローン　約 58万円
　4. 親族（兄）　　　約 50万円
　合計　約386万円

住宅ローンはありません。ご本人は自己破産ではなく任意整理を希望されています。
ご面談の候補日をいただければ、ご本人にお伝えいたします。

{SIG_HAYAKAWA}
""",
    personal=[("name", "村上 大輔"), ("birthdate", "昭和60年4月12日"),
              ("address", "横浜市鶴見区鶴見中央3-14-8 コーポ鶴見201"), ("phone", "090-0000-3317"),
              ("debt", "合計　約386万円")],
))

MAILS.append(mail(
    "hold", "id.mynumber_heirs",
    "The body lists three heirs' マイナンバー for the inheritance-tax filing and sends them to the tax accountant by plain mail.",
    "内藤", "body", NAITO, [OKADA],
    "故 石原 康夫様 相続税申告 相続人の個人番号について",
    f"""
岡田税理士事務所
岡田先生

いつもお世話になっております。あおば司法書士事務所の内藤です。
故 石原 康夫様の相続の件、相続税申告書に記載する相続人の個人番号を、ご本人方から預かりましたのでお知らせします。

　・長男　石原 浩一 様　　個人番号 {MN_HEIR1}
　・長女　相田 恵子 様　　個人番号 {MN_HEIR2}
　・次男　石原 達也 様　　個人番号 {MN_HEIR3}

本人確認書類の写しは、来週の打ち合わせの際に原本確認のうえお渡しします。
遺産分割協議書は全員の押印が揃いましたので、不動産の相続登記は今月中に申請予定です。

{SIG_NAITO}
""",
    personal=[("name", "石原 浩一"), ("mynumber", MN_HEIR1), ("name", "相田 恵子"), ("mynumber", MN_HEIR2),
              ("name", "石原 達也"), ("mynumber", MN_HEIR3)],
))

MAILS.append(mail(
    "hold", "sensitive.guardianship_disability",
    "Tells a real-estate agent a named ward's dementia score, psychiatric admission and disability certificate in the body.",
    "内藤", "body", NAITO, [NISHIKAWA],
    "成年被後見人所有の居住用不動産売却について",
    f"""
関内不動産株式会社
西川様

お世話になっております。あおば司法書士事務所の内藤です。
先日ご相談した、当職が成年後見人を務めている方のご自宅売却の件です。

　ご本人：大西 シズ 様（昭和9年生）
　物件：横浜市南区六ツ川3丁目 土地約45坪・木造2階建
　ご本人の状況：アルツハイマー型認知症（長谷川式スケール9点）で、昨年11月から精神科病院（みなみ野病院）に入院中。
　　精神障害者保健福祉手帳2級を取得しています。ご自宅に戻れる見込みはないと主治医の意見が出ています。

居住用不動産の処分ですので、売買契約は家庭裁判所の許可を停止条件とする形でお願いします。
査定書を2社分そろえて裁判所に提出する予定ですので、7月上旬までに査定をいただけますと助かります。
ご近所には事情を伏せていただけますよう、お願いいたします。

{SIG_NAITO}
""",
    personal=[("name", "大西 シズ"), ("diagnosis", "アルツハイマー型認知症（長谷川式スケール9点）"),
              ("disability", "精神障害者保健福祉手帳2級")],
))

kabarai = [
    ["管理番号", "依頼者氏名", "生年月日", "住所", "電話", "貸金業者", "取引開始", "取引終了", "推定過払額", "受任日"],
    ["K-2025-031", "小島 英樹", "1971/09/08", "横浜市神奈川区六角橋5-2-10", "090-0000-5124", "アーク信販", "2001/04", "2015/11", "約1,240,000円", "2025/05/20"],
    ["K-2025-032", "宮田 美紀", "1966/03/15", "横浜市港北区大豆戸町311-4", "080-0000-1776", "スマイルローン", "1998/10", "2012/03", "約860,000円", "2025/05/22"],
    ["K-2025-033", "田中 義男", "1958/12/01", "川崎市幸区南幸町2-33-7", "045-000-2049", "ミドリカード", "2003/06", "2019/08", "約420,000円", "2025/05/27"],
    ["K-2025-034", "野田 真由美", "1975/06/30", "横浜市磯子区森3-9-18", "070-0000-8830", "アーク信販", "2000/01", "2010/12", "約1,530,000円", "2025/06/02"],
    ["K-2025-035", "東 健一郎", "1969/01/22", "横浜市青葉区美しが丘1-7-2", "090-0000-6693", "ひかりファイナンス", "2004/08", "2016/04", "約310,000円", "2025/06/04"],
]
MAILS.append(mail(
    "hold", "list.debt_clients",
    "The attached spreadsheet lists five debt clients with birth dates, addresses, phones, lenders and expected refunds, sent to an outside calculation service.",
    "松井", "attachment", MATSUI, ["リーガル計算サポート 受付 <uketsuke@legal-keisan.example.co.jp>"],
    "引き直し計算のご依頼（5件）",
    f"""
リーガル計算サポート株式会社
受付ご担当者様

いつもお世話になっております。あおば司法書士事務所の松井です。
引き直し計算を5件お願いいたします。
取引履歴は各社から届いた分をFAXでお送りしますので、一覧と照合してください。
納期は通常どおり（1週間）で問題ありません。

よろしくお願いいたします。

{SIG_MATSUI}
""",
    attachments=[att("引き直し計算依頼_202506.xlsx", XLSX, tsv(kabarai, "依頼一覧"))],
    personal=[("name", "小島 英樹"), ("birthdate", "1971/09/08"), ("address", "横浜市神奈川区六角橋5-2-10"),
              ("name", "野田 真由美"), ("phone", "070-0000-8830"), ("name", "東 健一郎")],
))

MAILS.append(mail(
    "hold", "id.drivers_license",
    "The attached identity-confirmation record gives the seller's birth date, address and full driving-licence number to the buyer's agent; the body is a routine cover note.",
    "早川", "attachment", HAYAKAWA, [YAMADA],
    "6/27決済 永田北の件 資料送付",
    f"""
株式会社山田不動産
山田様

お世話になっております。あおば司法書士事務所の早川です。
6月27日決済予定の永田北の物件について、当職作成の資料を添付いたします。
登記識別情報が見当たらないとのことで、本人確認情報で対応いたします。

決済当日は、売主様ご本人と10時に銀行2階の応接室でお待ちしております。

{SIG_HAYAKAWA}
""",
    attachments=[att("本人確認情報_永田北.pdf", PDF, f"""
本人確認情報
横浜地方法務局 御中
登記の目的：所有権移転
不動産：横浜市南区永田北二丁目123番4の土地、同所所在 家屋番号123番4の建物
登記義務者：
　住所　横浜市南区永田北二丁目15番7号
　氏名　中川 久美子
　生年月日　昭和38年5月21日
面談の日時・場所：令和7年6月10日 午後2時　当事務所
本人であることを確認した方法：運転免許証（番号 第{DL_SELLER}号、有効期限 令和10年6月21日）の提示を受け、写真と本人の容貌を照合
登記識別情報を提供できない理由：失念
上記のとおり、登記義務者本人であることを確認した。
司法書士 早川 誠司
""")],
    personal=[("name", "中川 久美子"), ("birthdate", "昭和38年5月21日"), ("address", "横浜市南区永田北二丁目15番7号"),
              ("drivers_license", DL_SELLER)],
))

MAILS.append(mail(
    "hold", "sensitive.criminal_record",
    "The quoted client mail reveals her brother's assault conviction and parole, forwarded to the real-estate agent.",
    "松井", "quoted", MATSUI, [NISHIKAWA],
    "Fw: 実家の売却について（増田様）",
    f"""
関内不動産 西川様

お世話になっております。あおば司法書士事務所の松井です。
増田様のご実家売却の件、ご本人から下記のメールがありましたので共有いたします。
相続人のお一人と連絡がつきにくいため、決済日程は余裕をもって組んでいただけますと幸いです。

{SIG_MATSUI}

-----Original Message-----
From: 増田 由香 <yuka.masuda.0420@gmail.com>
Sent: Monday, June 16, 2025 10:02 PM
To: 松井 里奈 <matsui@aoba-shiho.example.jp>
Subject: 実家の売却について

> 松井様
>
> いつもありがとうございます。増田です。
> 遺産分割協議書の件、弟の健二の署名がまだもらえていません。
> 正直にお話しすると、健二は以前傷害事件を起こして実刑判決を受け、今年3月に仮釈放されたばかりです。
> 今は保護観察中で、更生保護施設（横浜市内）にいると聞いています。連絡は保護司の先生を通してしか取れません。
> 書類は私から保護司の先生経由で送ってみますが、時間がかかると思います。
>
> 増田 由香
""",
    personal=[("name", "健二"), ("criminal_record", "傷害事件を起こして実刑判決を受け、今年3月に仮釈放"),
              ("name", "増田 由香")],
))

MAILS.append(mail(
    "hold", "id.passport_subject",
    "Only the subject carries the risk: a named buyer's passport number and residence-card number, sent to the bank.",
    "松井", "subject", MATSUI, ["はまかぜ銀行 住宅ローンセンター <loan-center@hamakaze-bank.example.co.jp>"],
    "【必要書類】買主 ウィリアム・ブラウン様 旅券番号 TK4827193／在留カード番号 AB12345678CD",
    f"""
はまかぜ銀行 住宅ローンセンター
ご担当者様

いつもお世話になっております。あおば司法書士事務所の松井です。
標記の件、先ほどお電話でお話しした書類の件です。
住所証明情報として宣誓供述書を使用する予定ですので、貴行の抵当権設定のご準備に影響がないかご確認ください。

決済は7月4日（金）の予定です。
よろしくお願いいたします。

{SIG_MATSUI}
""",
    personal=[("name", "ウィリアム・ブラウン"), ("passport_number", "TK4827193"),
              ("residence_card_number", "AB12345678CD")],
))

heirs = [
    ["続柄", "氏名", "生年月日", "住所", "電話", "法定相続分", "取得財産（協議書案）"],
    ["被相続人", "故 内山 正雄", "1938/02/14", "横浜市保土ケ谷区峰岡町1-22-3（最後の住所）", "", "", ""],
    ["妻", "内山 キミ子", "1941/07/03", "横浜市保土ケ谷区峰岡町1-22-3", "045-000-4471", "1/2", "自宅土地建物"],
    ["長男", "内山 孝", "1964/10/19", "東京都町田市原町田4-8-12", "090-0000-2385", "1/4", "預金の1/2"],
    ["長女", "柴田 裕子", "1967/05/26", "横浜市旭区二俣川1-45-6-304", "080-0000-7012", "1/4", "預金の1/2"],
]
MAILS.append(mail(
    "hold", "list.heirs",
    "A plain zip for a property sale contains a list of heirs with birth dates, addresses and phones, sent to the real-estate agent.",
    "内藤", "zip", NAITO, [NISHIKAWA],
    "内山様 相続物件 関係資料（zip）",
    f"""
西川様

お世話になっております。内藤です。
内山様の峰岡町の物件について、相続登記完了後の売却に向けて、関係資料をzipでお送りします。
相続人の皆さまとも、売却の方向で合意ができています。
査定の際の参考にしてください。

{SIG_NAITO}
""",
    attachments=[
        att("内山様_関係資料.zip/相続人一覧.csv", CSV, csv_text(heirs)),
        att("内山様_関係資料.zip/物件概要.txt", TXT, """
物件概要（内山様）
所在：横浜市保土ケ谷区峰岡町一丁目 地番 22番3
地目：宅地　地積：168.42㎡
建物：木造瓦葺2階建 居宅　床面積 1階 62.10㎡ 2階 41.40㎡（昭和52年新築）
相続登記：6月末申請予定
"""),
    ],
    personal=[("name", "内山 キミ子"), ("birthdate", "1941/07/03"), ("name", "内山 孝"),
              ("address", "東京都町田市原町田4-8-12"), ("name", "柴田 裕子"), ("phone", "080-0000-7012")],
))

MAILS.append(mail(
    "hold", "attachment.encrypted_zip",
    "Password-protected zip (PPAP) of documents for the tax accountant; held whatever the body says.",
    "早川", "zip", HAYAKAWA, [OKADA],
    "株式会社佐藤工務店 増資関係資料の送付",
    f"""
岡田先生

お世話になっております。あおば司法書士事務所の早川です。
佐藤工務店様の増資の件、登記関係の資料一式をお送りします。
パスワードは、いつものとおり別メールにてお知らせいたします。

ご確認のほど、よろしくお願いいたします。

{SIG_HAYAKAWA}
""",
    attachments=[enc_zip("佐藤工務店_増資資料.zip")],
))

seminar_to = [
    NISHIKAWA, YAMADA, OKADA,
    "桜木 修平 <sakuragi@sakuragi-law.example.jp>",
    "はまかぜ銀行 鶴見支店 森永 <morinaga@hamakaze-bank.example.co.jp>",
    "中村 聡 <nakamura@minato-realty.example.co.jp>",
    "藤井 雅子 <fujii@fujii-tax.example.jp>",
    "大谷 俊 <s.otani@otani-kenchiku.example.co.jp>",
    "宮内 朋美 <miyauchi@yokohama-shinkin.example.co.jp>",
    "北条 浩 <hojo.hiroshi@gmail.com>",
    "青山 由紀 <aoyama@aoyama-gyosei.example.jp>",
    "林 光男 <hayashi@hayashi-hudousan.example.co.jp>",
]
MAILS.append(mail(
    "hold", "recipients.seminar_cohost",
    "Twelve partners from different firms (and one private address) are addressed openly in To; should have been BCC.",
    "早川", "recipients", HAYAKAWA, seminar_to,
    "相続登記義務化セミナー（9/20）共催のお願い",
    f"""
日頃お世話になっている皆さま

いつも大変お世話になっております。あおば司法書士事務所の早川でございます。
昨年4月に相続登記の申請が義務化されてから1年余りが経ちましたが、
まだ一般の方への周知が十分でないと感じております。

そこで、地域の専門家・金融機関の皆さまと共催で、市民向けのセミナーを企画いたしました。

　日時：2025年9月20日（土）14:00～16:30
　会場：関内ホール 小ホール（定員120名）
　内容：①相続登記義務化と過料（早川）②相続税の基礎（税理士）③空き家の売却・活用（不動産会社）
　　　　④個別相談会
　費用：会場費・広告費を共催者で按分（1者あたり2万円程度の見込み）

ご賛同いただける場合は、7月11日（金）までにご返信ください。
初回打ち合わせは7月下旬を予定しております。

{SIG_HAYAKAWA}
""",
))

# ---------------------------------------------------------------- passes
MAILS.append(mail(
    "pass", "benign.license_numbers",
    "Settlement arrangements quoting a 宅建業者 licence number and a 宅建士 registration number; these are public business licences.",
    "松井", "body", MATSUI, [YAMADA],
    "6/27決済の段取りについて",
    f"""
株式会社山田不動産
山田様

お世話になっております。あおば司法書士事務所の松井です。
6月27日（金）の決済について、段取りを確認させてください。

　時間：10:00　はまかぜ銀行 鶴見支店 2階応接室
　出席：売主様、買主様、貴社（山田様）、関内不動産様（西川様）、当事務所（早川）
　当事務所で準備するもの：登記申請書類一式、登録免許税・報酬の精算書

重要事項説明書の記載につきまして、下記のとおり確認しました。
　宅地建物取引業者：株式会社山田不動産　免許証番号 神奈川県知事（4）第23456号
　説明をする宅地建物取引士：山田 健吾　登録番号（神奈川）第045678号
　供託所：東京法務局

固定資産税の精算書は前日までにお送りいただけますでしょうか。
よろしくお願いいたします。

{SIG_MATSUI}
""",
))

MAILS.append(mail(
    "pass", "benign.houjin_bangou",
    "A company-formation completion notice with the 会社法人等番号 and 法人番号; corporate identifiers, and the company name only contains a surname.",
    "早川", "body", HAYAKAWA, ["佐藤 浩二 <koji.sato@sato-koumuten.example.co.jp>"],
    "株式会社佐藤工務店 設立登記完了のご報告",
    f"""
株式会社佐藤工務店
代表取締役　佐藤 浩二 様

お世話になっております。あおば司法書士事務所の早川です。
6月2日に申請した設立登記が、本日完了いたしました。誠におめでとうございます。

　商号：株式会社佐藤工務店
　本店：横浜市戸塚区戸塚町3210番地5
　会社成立の日：令和7年6月2日
　会社法人等番号：0200-01-123456
　法人番号：9020001123456（国税庁から通知書が届きます）
　資本金：500万円

履歴事項全部証明書を3通取得しましたので、本日郵送いたします。
銀行口座の開設、税務署・県税事務所への届出にご利用ください。
今後ともどうぞよろしくお願い申し上げます。

{SIG_HAYAKAWA}
""",
))

MAILS.append(mail(
    "pass", "benign.corporate_invoice",
    "A fee invoice to a corporate client with the office's own business account and invoice registration number.",
    "松井", "attachment", MATSUI, ["佐藤工務店 経理 <keiri@sato-koumuten.example.co.jp>"],
    "設立登記 報酬・実費のご請求",
    f"""
株式会社佐藤工務店
経理ご担当者様

お世話になっております。あおば司法書士事務所の松井です。
設立登記の報酬および実費につきまして、請求書を添付いたします。
お手数ですが、7月10日までにお振込みくださいますようお願いいたします。

{SIG_MATSUI}
""",
    attachments=[att("請求書_2025-0611.pdf", PDF, """
請求書　No.2025-0611　　令和7年6月11日
株式会社佐藤工務店 御中
あおば司法書士事務所　代表司法書士 早川 誠司
適格請求書発行事業者登録番号 T1234567890123

件名：株式会社設立登記
報酬（課税）　　　　88,000円（うち消費税 8,000円）
登録免許税（非課税）150,000円
定款認証手数料　　　 52,000円
謄本代等実費　　　　  3,600円
ご請求金額　　　　　293,600円

お振込先：はまかぜ銀行 関内支店 普通 7654321
　　　　　口座名義 アオバシホウショシジムショ
""")],
))

MAILS.append(mail(
    "pass", "benign.religious_corp",
    "A change-of-representative registration for a 宗教法人 temple; the corporation is the client and no one's belief is revealed.",
    "早川", "body", HAYAKAWA, ["浄念寺 寺務所 <jimusho@jonenji.example.or.jp>"],
    "代表役員変更登記の必要書類について",
    f"""
宗教法人 浄念寺
責任役員 各位（寺務所 ご担当 様）

お世話になっております。あおば司法書士事務所の早川でございます。
先日ご連絡いただいた、ご住職の交代に伴う代表役員変更登記について、ご準備いただく書類をご案内いたします。

　1. 責任役員会の議事録（新代表役員の選定）
　2. 包括宗教法人の承認書（規則上必要な場合）
　3. 新代表役員の就任承諾書
　4. 前代表役員の辞任届
　5. 規則の写し（任期・選定方法の確認のため）

変更の日から2週間以内の申請が必要です。
議事録のひな形は、こちらで規則を拝見したうえで作成いたします。
晋山式の前後でお忙しい時期かと存じますが、よろしくお願いいたします。

{SIG_HAYAKAWA}
""",
))

MAILS.append(mail(
    "pass", "benign.employment_verification_consent",
    "A minimal employment verification with the former staff member's written consent: dates and job title only.",
    "早川", "body", HAYAKAWA, ["みなと総合司法書士法人 人事 <jinji@minato-sogo-shiho.example.jp>"],
    "Re: 在籍確認のご依頼（本人同意書添付）",
    f"""
みなと総合司法書士法人
人事ご担当 様

お世話になっております。あおば司法書士事務所の早川でございます。
ご依頼の件、ご本人の同意書を拝見しましたので、下記の範囲でご回答いたします。

　氏名：青木 奈々 様
　在籍期間：2019年4月1日～2025年3月31日
　職名：司法書士補助者（不動産登記担当）

上記以外の事項（勤務評価、退職理由等）については、当事務所の方針によりお答えしておりません。
ご了承くださいますようお願い申し上げます。

{SIG_HAYAKAWA}

> あおば司法書士事務所 早川先生
> 貴事務所に在籍されていた青木 奈々様の在籍期間と職名について、確認させていただけますでしょうか。
> ご本人の同意書をPDFで添付いたします。
> みなと総合司法書士法人 人事部
""",
))

MAILS.append(mail(
    "pass", "benign.client_self_plan",
    "Settlement results and the repayment plan sent to the client himself; his own debts go only to him.",
    "松井", "body", MATSUI, ["村井 誠 <makoto.murai.1980@gmail.com>"],
    "和解成立のご報告と今後のお支払いについて",
    f"""
村井 誠 様

いつもお世話になっております。あおば司法書士事務所の松井です。
ご依頼いただいていた任意整理について、3社すべてと和解が成立しましたのでご報告いたします。

　┌───────────┬─────────┬──────────┬────────┐
　│債権者　　　　　│和解額　　　│お支払い　　　　│開始月　　│
　├───────────┼─────────┼──────────┼────────┤
　│アーク信販　　　│612,000円　 │月10,200円×60回 │2025年8月 │
　│ミドリカード　　│288,000円　 │月 6,000円×48回 │2025年8月 │
　│ひかりファイナンス│150,000円　│月 5,000円×30回 │2025年8月 │
　└───────────┴─────────┴──────────┴────────┘
　毎月のお支払い合計：21,200円（各社への振込は毎月27日まで）

各社のお振込先は、和解書の写しと一緒に郵送いたします。
お支払いが難しくなりそうな場合は、遅れる前に必ずご連絡ください。
早川からも「ここまでよく頑張られました」とのことです。

{SIG_MATSUI}
""",
))

MAILS.append(mail(
    "pass", "benign.settlement_meeting",
    "Settlement-day coordination with eight visible outside addresses from three companies; under the threshold and only business contacts.",
    "早川", "recipients", HAYAKAWA,
    [YAMADA, "山田不動産 事務 <jimu@yamada-fudosan.example.co.jp>", NISHIKAWA,
     "関内不動産 営業部 <eigyo@kannai-fudosan.example.co.jp>",
     "はまかぜ銀行 鶴見支店 森永 <morinaga@hamakaze-bank.example.co.jp>"],
    "6/27決済 最終確認（永田北）",
    f"""
関係者各位

お世話になっております。あおば司法書士事務所の早川です。
6月27日（金）の決済について、最終確認をお送りします。

　10:00　はまかぜ銀行 鶴見支店 2階 応接室 集合
　10:05　書類確認（当職）
　10:30　融資実行・残代金支払（森永様）
　11:00　鍵の引渡し、固定資産税等の精算（山田不動産様・関内不動産様）
　11:30　解散予定

当日の連絡先：早川 携帯 080-0000-6610
銀行側の担当は森永様に加え、融資課の吉岡様・小西様にもご対応いただきます（CCにお入れしています）。

{SIG_HAYAKAWA}
""",
    cc=["吉岡 直樹 <yoshioka@hamakaze-bank.example.co.jp>", "小西 香 <konishi@hamakaze-bank.example.co.jp>",
        "はまかぜ銀行 鶴見支店 融資課 <yushi-tsurumi@hamakaze-bank.example.co.jp>", f"松井 里奈 <matsui@{DOM}>"],
))

MAILS.append(mail(
    "pass", "benign.plain_zip_templates",
    "A plain zip of blank minutes and articles templates for a corporate client; no personal data.",
    "松井", "zip", MATSUI, ["ミナトデザイン 総務 <soumu@minato-design.example.co.jp>"],
    "役員変更・定款変更の書式一式（zip）",
    f"""
株式会社ミナトデザイン
総務ご担当者様

お世話になっております。あおば司法書士事務所の松井です。
定時株主総会に向けて、議事録等の書式一式をzipでお送りします（パスワードはかけておりません）。
黄色の箇所をご記入のうえ、総会後にご返送ください。押印は原本でお願いします。

{SIG_MATSUI}
""",
    attachments=[
        att("ミナトデザイン_書式一式.zip/株主総会議事録_ひな形.docx", DOCX, """
定時株主総会議事録
1. 日時　令和7年　月　日　午前　時
2. 場所　当会社本店
3. 議決権を有する株主の数　　名　議決権の数　　個
第1号議案　計算書類承認の件
第2号議案　取締役選任の件　議長は、取締役全員が本総会の終結をもって任期満了となるので……
"""),
        att("ミナトデザイン_書式一式.zip/就任承諾書_ひな形.docx", DOCX, """
就任承諾書
私は、令和7年　月　日開催の貴社定時株主総会において取締役に選任されたので、その就任を承諾します。
令和7年　月　日
住所
氏名　　　　　　　　　　印
株式会社ミナトデザイン 御中
"""),
    ],
))

MAILS.append(mail(
    "pass", "benign.condolence_general",
    "A condolence to the client's family with a general outline of inheritance steps; a death is not a sensitive category and no IDs are given.",
    "内藤", "body", NAITO, ["石原 浩一 <koichi.ishihara@outlook.com>"],
    "お悔やみと今後の相続手続きの流れについて",
    f"""
石原 浩一 様

このたびはお父様 石原 康夫様のご逝去に際し、心よりお悔やみ申し上げます。
生前は当事務所にも何度もお越しいただき、いつも穏やかにお話しくださったことを思い出しております。

ご葬儀でお疲れのことと存じますので、今後の流れを簡単にご案内いたします。
急ぐものは多くありませんので、どうぞご無理のないようお進めください。

　・3か月以内：相続放棄・限定承認の検討（今回は不要と伺っております）
　・4か月以内：準確定申告（岡田税理士にご依頼済み）
　・10か月以内：相続税の申告・納付
　・3年以内：不動産の相続登記（義務化されています）

戸籍の収集は当事務所で代行いたします。
次回のお打ち合わせは、四十九日の法要が終わってからで結構です。

{SIG_NAITO}
""",
))

MAILS.append(mail(
    "pass", "benign.anonymised_case",
    "A training case study on guardianship with the person anonymised (A氏, 80代); the diagnosis cannot be tied to anyone.",
    "内藤", "attachment", NAITO, ["リーガルサポート神奈川 研修委員会 <kenshu@ls-kanagawa.example.or.jp>"],
    "7月研修 事例検討の資料（匿名化済み）",
    f"""
リーガルサポート神奈川支部 研修委員会 御中

お世話になっております。内藤です。
7月研修の事例検討で使う資料をお送りします。
個人が特定されないよう、年代・地域・家族構成を変更し、固有名詞はすべて伏せております。
配布前にもう一度委員会でもご確認いただけますと幸いです。

{SIG_NAITO}
""",
    attachments=[att("事例検討_居住用不動産の処分.docx", DOCX, """
事例検討：居住用不動産の処分と本人意思の尊重
【事例】A氏（80代・女性）。アルツハイマー型認知症。県内の病院に長期入院中。
　後見人は専門職（司法書士）。自宅は空き家となり、維持費と老朽化が課題。
　親族B（遠方在住）は売却に反対、親族Cは賛成。
【論点】
　1. 民法859条の3の許可申立てにおける「必要性」の判断
　2. 本人の意向の確認方法（意思決定支援ガイドライン）
　3. 親族間の意見対立への対応
【グループ討議】15分×2回
""")],
))
