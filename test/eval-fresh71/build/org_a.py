"""Org A: insurance agency 株式会社みらい保険サービス (life and non-life, claims support)."""
from common import mail, att, enc_zip, tsv, csv_text, mynumber, XLSX, PDF, CSV, TXT

ORG = "A"
DOM = "mirai-hoken.example.co.jp"

SAEKI = f"佐伯 健一 <k.saeki@{DOM}>"
ONODERA = f"小野寺 美咲 <m.onodera@{DOM}>"
TODO = f"藤堂 修 <o.todo@{DOM}>"

SIG_SAEKI = """
━━━━━━━━━━━━━━━━━━━━━━━━
株式会社みらい保険サービス
営業部 課長　佐伯 健一（さえき けんいち）
〒220-0012 神奈川県横浜市西区みなとみらい4-6-2 みなとみらいグランドビル8F
TEL 045-000-3121 / FAX 045-000-3122 / 携帯 080-0000-4417
Mail: k.saeki@mirai-hoken.example.co.jp
損害保険代理店・生命保険募集代理店
【取扱保険会社】東和損害保険株式会社／青葉生命保険株式会社 ほか
━━━━━━━━━━━━━━━━━━━━━━━━
本メールは指定された宛先の方のみに送信しております。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ削除をお願いいたします。
弊社は保険会社との委託契約に基づき保険契約締結の媒介を行う代理店であり、告知受領権はございません。
""".strip("\n")

SIG_ONODERA = """
--
みらい保険サービス　損害サポート課
小野寺 美咲（おのでら みさき）
TEL：045-000-3125（直通）　受付時間 平日9:00～17:30
※事故のご連絡は24時間受付の東和損保 事故受付センター（0120-000-512）へお願いいたします。
m.onodera@mirai-hoken.example.co.jp
""".strip("\n")

SIG_TODO = """
株式会社みらい保険サービス
代表取締役　藤堂 修
045-000-3120（代表）
""".strip("\n")

AOBA_KYUFU = "青葉生命 給付審査課 <kyufu-shinsa@aoba-life.example.co.jp>"
TOWA_UNO = "宇野 裕之 <h.uno@towa-sonpo.example.co.jp>"

MN_INOUE = mynumber("58203174926")
DL_HASEGAWA = mynumber("45160923817")  # 12-digit licence number, invented

MAILS = []

# ---------------------------------------------------------------- holds
MAILS.append(mail(
    "hold", "sensitive.medical_claim",
    "Sends a named insured's breast-cancer diagnosis, surgery and address to the insurer in the body; legitimate claim purpose but 要配慮個人情報 leaves the agency.",
    "小野寺", "body", ONODERA, [AOBA_KYUFU],
    "入院・手術給付金のご請求について（証券番号 AL-2038-556120）",
    f"""
青葉生命保険株式会社
保険金部 給付審査課 ご担当者様

いつも大変お世話になっております。
みらい保険サービスの小野寺でございます。

標記契約につきまして、ご契約者様より入院・手術給付金のご請求のご連絡をいただきましたので、
診断書原本の到着に先立ち、概要をお知らせいたします。

■被保険者　三浦 由紀子 様（昭和52年8月14日生）
■ご住所　横浜市港北区日吉本町3-21-7 サンライズ日吉205
■傷病名　右乳がん（浸潤性乳管がん・ステージⅡA）
■入院期間　令和7年4月8日～4月21日（14日間）　港北総合医療センター 乳腺外科
■手術　4月9日 乳房部分切除術＋センチネルリンパ節生検
■今後の予定　5月中旬より術後補助化学療法（外来）

がん診断給付金（一時金）のお支払い対象となるかにつきましても、あわせてご確認いただけますと幸いです。
診断書（貴社所定様式）は本日ご契約者様から弊社に届きましたので、明日付の簡易書留にて送付いたします。

何卒よろしくお願い申し上げます。

{SIG_ONODERA}
""",
    personal=[("name", "三浦 由紀子"), ("birthdate", "昭和52年8月14日"),
              ("address", "横浜市港北区日吉本町3-21-7 サンライズ日吉205"),
              ("diagnosis", "右乳がん（浸潤性乳管がん・ステージⅡA）")],
))

MAILS.append(mail(
    "hold", "id.mynumber",
    "Gives a policyholder's マイナンバー in the mail body to the insurer for a 支払調書; an identity number should not travel by plain mail.",
    "佐伯", "body", SAEKI, ["森下 千春 <c.morishita@aoba-life.example.co.jp>"],
    "満期保険金お支払い手続き（個人番号のご提出）",
    f"""
青葉生命保険株式会社 横浜支社
契約サービス課　森下様

お世話になっております。みらい保険サービスの佐伯です。
先日お電話でご相談した、養老保険の満期保険金（6月1日満期）の件です。
支払調書作成のため個人番号の提出が必要とのことでしたので、ご契約者様にご記入いただいた内容を下記のとおりお知らせします。

　ご契約者：井上 正樹 様
　証券番号：AL-1995-203347
　個人番号：{MN_INOUE}
　番号確認：通知カード写しにて確認済み
　身元確認：運転免許証にて確認済み（弊社にて写しを保管）

なお、個人番号申告書の原本は、満期保険金請求書と一緒に本日発送いたしました。
お受取口座は請求書記載のとおりです。
お手数ですがご確認のほど、よろしくお願いいたします。

{SIG_SAEKI}
""",
    personal=[("name", "井上 正樹"), ("mynumber", MN_INOUE)],
))

MAILS.append(mail(
    "hold", "id.drivers_license",
    "The body gives a named driver's birth date and full driving-licence number to the insurer's adjuster.",
    "小野寺", "body", ONODERA, [TOWA_UNO],
    "事故受付番号 T25-0522-1184 運転者情報の追加連絡",
    f"""
東和損害保険株式会社
横浜損害サービス第二課　宇野様

いつもお世話になっております。みらい保険サービスの小野寺です。
5月22日受付の追突事故の件で、お問い合わせいただいていた運転者の情報が確認できましたのでお送りします。

　記名被保険者：株式会社ハセガワ設備（法人契約・証券番号 TM-7781-004512）
　事故時の運転者：長谷川 拓海 様（同社従業員）
　生年月日：平成6年11月3日
　運転免許証番号：第{DL_HASEGAWA}号
　免許の色：ブルー（有効期限 令和9年12月3日まで）
　免許の条件等：眼鏡等

運転者限定は「限定なし」のご契約ですので、補償の対象になるかと存じます。
相手方とのご連絡は、引き続き宇野様にお願いできますと助かります。

よろしくお願いいたします。

{SIG_ONODERA}
""",
    personal=[("name", "長谷川 拓海"), ("birthdate", "平成6年11月3日"), ("drivers_license", DL_HASEGAWA)],
))

roster = [
    ["顧客番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "生年月日", "種目", "満期日"],
    ["C-10233", "渡辺 恵美", "ワタナベ エミ", "221-0835", "横浜市神奈川区鶴屋町2-19-4", "045-000-1873", "1968/02/11", "火災", "2025/07/01"],
    ["C-10871", "山口 隆", "ヤマグチ タカシ", "224-0032", "横浜市都筑区茅ケ崎中央30-2-1103", "090-0000-2284", "1975/09/30", "自動車", "2025/07/03"],
    ["C-11052", "小林 早苗", "コバヤシ サナエ", "232-0063", "横浜市南区中里1-8-15", "080-0000-9910", "1959/12/05", "傷害", "2025/07/07"],
    ["C-11410", "斎藤 大地", "サイトウ ダイチ", "240-0005", "横浜市保土ケ谷区神戸町77-3", "070-0000-4456", "1991/06/22", "自動車", "2025/07/12"],
    ["C-11729", "加藤 洋子", "カトウ ヨウコ", "236-0042", "横浜市金沢区釜利谷東4-1-6", "045-000-7732", "1952/03/18", "火災", "2025/07/15"],
    ["C-12004", "吉田 直人", "ヨシダ ナオト", "226-0025", "横浜市緑区十日市場町801-12", "090-0000-5017", "1983/11/09", "自動車", "2025/07/20"],
    ["C-12266", "清水 香織", "シミズ カオリ", "244-0003", "横浜市戸塚区戸塚町4120-5", "080-0000-3361", "1979/04/27", "個人賠償", "2025/07/24"],
    ["C-12583", "森 勇気", "モリ ユウキ", "233-0002", "横浜市港南区上大岡西1-12-3", "090-0000-8842", "1996/08/14", "自動車", "2025/07/31"],
]
MAILS.append(mail(
    "hold", "list.customer_roster",
    "The attached spreadsheet lists eight customers with addresses, phone numbers, birth dates and policy types, sent to an outside DM printer; the body itself is harmless.",
    "佐伯", "attachment", SAEKI, ["大塚 望 <otsuka@yokohama-dm.example.jp>"],
    "7月満期分 ご案内状の宛名データ",
    f"""
大塚様

お世話になっております。みらい保険サービスの佐伯です。
7月満期分のご案内状について、宛名データを添付いたします。
レイアウトは前回（6月分）と同じで問題ありません。
6月20日（金）の発送でお願いできればと存じます。

校正はPDFでいただければ、当日中にお戻しします。
よろしくお願いいたします。

{SIG_SAEKI}
""",
    attachments=[att("7月満期_宛名データ.xlsx", XLSX, tsv(roster, "7月満期"))],
    personal=[("name", "渡辺 恵美"), ("address", "横浜市神奈川区鶴屋町2-19-4"), ("birthdate", "1968/02/11"),
              ("name", "山口 隆"), ("phone", "090-0000-2284"), ("name", "加藤 洋子")],
))

MAILS.append(mail(
    "hold", "sensitive.third_party_injury",
    "The attached accident sheet gives the other driver's name, address, phone, injuries and pregnancy to a repair shop that only needs the vehicle damage; the body is innocuous.",
    "小野寺", "attachment", ONODERA, ["石井 茂 <ishii@kanagawa-motors.example.co.jp>"],
    "本日入庫のお車について（東和損保 事故受付 T25-0604-0093）",
    f"""
石井様

いつもお世話になっております。みらい保険サービス小野寺です。
本日午後にレッカーで入庫予定の、西田様のお車の件です。
東和損保のアジャスター立会いは6/9(月)10時で調整中です。確定しましたらまたご連絡します。
事故受付票を添付しますので、損傷箇所などご確認ください。
代車をご用意いただけるとのこと、ありがとうございます。助かります。

{SIG_ONODERA}
""",
    attachments=[att("事故受付票_T25-0604-0093.pdf", PDF, """
事故受付票
受付番号：T25-0604-0093　受付日時：2025年6月4日 18:42　受付者：小野寺
契約者：西田 和也　証券番号：TM-5520-118734
被保険車両：トヨタ プリウス　横浜 330 ね 45-67
事故日時：2025年6月4日 17:55頃
事故場所：横浜市旭区今宿東町 今宿交差点付近
事故状況：信号待ちで停車中の相手車両に後方から追突

【当方車両 損傷】フロントバンパー、ボンネット、ラジエーター（自走不可）
【相手方】
　氏名：坂口 美穂（さかぐち みほ）
　住所：横浜市旭区鶴ケ峰2-14-9
　電話：090-0000-6612
　車両：ホンダ N-BOX　横浜 580 か 12-08
　負傷：頸椎捻挫・腰椎捻挫（今宿整形外科を受診、全治2週間の見込み）
　その他：妊娠5か月とのことで、念のため産婦人科も受診予定
【警察届出】旭警察署 交通課 届出済
【備考】相手方の対人対応は東和損保 宇野様が担当
""")],
    personal=[("name", "坂口 美穂"), ("address", "横浜市旭区鶴ケ峰2-14-9"), ("phone", "090-0000-6612"),
              ("injury", "頸椎捻挫・腰椎捻挫"), ("health", "妊娠5か月")],
))

MAILS.append(mail(
    "hold", "id.bank_account",
    "The quoted customer mail carries a private person's bank account for the claim payout, forwarded outside to the insurer.",
    "小野寺", "quoted", ONODERA, ["河野 学 <kono@towa-sonpo.example.co.jp>"],
    "Fw: 保険金のお振込先について（中村様 水濡れ事故）",
    f"""
河野様

お世話になっております。みらい保険サービスの小野寺です。
中村様の水濡れ事故（受付番号 T25-0511-0772）の件、お客様から保険金のお振込先についてご連絡がありましたので転送いたします。
お支払い手続きのほど、よろしくお願いいたします。

{SIG_ONODERA}

-----Original Message-----
From: 中村 彩香 <ayaka.nakamura.0817@gmail.com>
Sent: Tuesday, June 10, 2025 9:14 PM
To: 小野寺 美咲 <m.onodera@mirai-hoken.example.co.jp>
Subject: Re: 保険金のお振込先について

> 小野寺様
>
> お世話になっております。中村です。
> 先日は修理のお見積りの件でありがとうございました。
> 振込先は以下でお願いします。
>
> 銀行名：ゆうちょ銀行
> 店名：〇一八（ゼロイチハチ）店
> 種別：普通
> 口座番号：3841025
> 名義：ナカムラ アヤカ
>
> 天井のクロスは来週貼り替えてもらう予定です。
> よろしくお願いいたします。
""",
    personal=[("bank_account", "口座番号：3841025"), ("account_holder", "ナカムラ アヤカ"),
              ("email", "ayaka.nakamura.0817@gmail.com")],
))

MAILS.append(mail(
    "hold", "sensitive.mental_health_subject",
    "Only the subject carries the risk: a named insured's depression and inability to work, sent to the insurer.",
    "佐伯", "subject", SAEKI, [AOBA_KYUFU],
    "高橋 誠様（うつ病・就業不能）給付金請求書類 送付のご連絡",
    f"""
青葉生命保険株式会社
保険金部 給付審査課 御中

お世話になっております。みらい保険サービスの佐伯でございます。
標記の件、ご契約者様よりお預かりした請求書類一式を、本日レターパックプラスにて発送いたしました。

同封書類
・給付金請求書
・診断書（貴社所定様式）
・勤務先発行の証明書

不足書類等ございましたら、佐伯までご連絡ください。
よろしくお願いいたします。

{SIG_SAEKI}
""",
    personal=[("name", "高橋 誠"), ("diagnosis", "うつ病・就業不能")],
))

members = [
    ["社員番号", "氏名", "フリガナ", "生年月日", "性別", "所属", "職種級別", "死亡・後遺障害保険金額", "入院日額", "既往症申告"],
    ["T0112", "大野 健太", "オオノ ケンタ", "1981/05/14", "男", "製造一課", "B", "10,000,000", "5,000", "なし"],
    ["T0138", "川村 里美", "カワムラ サトミ", "1987/10/02", "女", "総務課", "A", "10,000,000", "5,000", "なし"],
    ["T0151", "菅原 亮介", "スガワラ リョウスケ", "1975/01/29", "男", "製造二課", "B", "10,000,000", "5,000", "糖尿病（服薬中）"],
    ["T0164", "平田 由美子", "ヒラタ ユミコ", "1969/07/18", "女", "品質管理課", "A", "10,000,000", "5,000", "なし"],
    ["T0203", "岩崎 翼", "イワサキ ツバサ", "1998/03/08", "男", "製造一課", "B", "10,000,000", "5,000", "なし"],
    ["T0219", "松尾 直樹", "マツオ ナオキ", "1972/12/24", "男", "物流課", "B", "10,000,000", "5,000", "腰椎椎間板ヘルニア（2022年手術）"],
    ["T0224", "堀 明日香", "ホリ アスカ", "2001/09/11", "女", "営業課", "A", "10,000,000", "5,000", "なし"],
    ["T0230", "永田 修平", "ナガタ シュウヘイ", "1990/04/03", "男", "製造二課", "B", "10,000,000", "5,000", "なし"],
]
MAILS.append(mail(
    "hold", "list.group_insurance_members",
    "A plain zip holds a CSV of a client company's staff with birth dates and declared illnesses, sent to the insurer.",
    "佐伯", "zip", SAEKI, ["桑原 亜紀 <kuwabara@towa-sonpo.example.co.jp>"],
    "大成ケミカル様 団体傷害保険（7/1更新）加入者データ",
    f"""
桑原様

お世話になっております。佐伯です。
先日ご相談した株式会社大成ケミカル様の団体傷害保険（7/1更新）ですが、
先方総務より加入者データが届きましたので、zipにまとめてお送りします。

・前年から加入者が6名増えています（全体の名簿はzip内のCSVのとおり）
・製造ライン・物流の方は職種級別Bでお願いします
・保険金額は前年同条件です

保険料の試算をいただけましたら、来週先方にお持ちします。
お忙しいところ恐縮ですが、よろしくお願いいたします。

{SIG_SAEKI}
""",
    attachments=[
        att("大成ケミカル_団体傷害_2025更新.zip/加入者名簿.csv", CSV, csv_text(members)),
        att("大成ケミカル_団体傷害_2025更新.zip/更新条件メモ.txt", TXT, """
更新条件メモ（佐伯）
・保険期間：2025/7/1～2026/7/1
・払込方法：一括（口座振替）
・特約：就業中のみ補償特約、天災危険補償特約
・前年損害率：18%（支払2件）
"""),
    ],
    personal=[("name", "大野 健太"), ("birthdate", "1981/05/14"), ("name", "菅原 亮介"),
              ("health", "糖尿病（服薬中）"), ("name", "松尾 直樹"), ("health", "腰椎椎間板ヘルニア（2022年手術）")],
))

MAILS.append(mail(
    "hold", "attachment.encrypted_zip",
    "Password-protected zip (PPAP) with the password promised in a separate mail.",
    "小野寺", "zip", ONODERA, [AOBA_KYUFU],
    "追加書類の送付（証券番号 AL-2038-556120）",
    f"""
青葉生命保険株式会社
保険金部 給付審査課 ご担当者様

お世話になっております。みらい保険サービスの小野寺です。
昨日お電話でご依頼のありました追加書類を、パスワード付きzipファイルにてお送りいたします。
パスワードは別途メールにてお知らせいたします。

ご確認のほど、よろしくお願いいたします。

{SIG_ONODERA}
""",
    attachments=[enc_zip("追加書類_AL-2038-556120.zip")],
))

seminar_to = [
    "松本 浩二 <koji.matsumoto1971@gmail.com>",
    "岡田 真理子 <mariko.okada@yahoo.co.jp>",
    "丸山 和夫 <k.maruyama@maruyama-unyu.example.co.jp>",
    "野村 沙織 <nomura@yamagishi-mfg.example.co.jp>",
    "西田 和也 <nishida.kazuya@outlook.com>",
    "長谷川 亮 <r.hasegawa@hasegawa-setsubi.example.co.jp>",
    "井上 正樹 <inoue.masaki55@gmail.com>",
    "清水 香織 <kaori.shimizu.y@yahoo.co.jp>",
    "大河内 誠 <okochi@okochi-dental.example.jp>",
    "石田 美香 <mika@cafe-ishida.example.com>",
    "前川 聡 <s.maekawa@maekawa-kensetsu.example.co.jp>",
    "渡辺 恵美 <emi.watanabe.1968@gmail.com>",
    "井口 慈信 <jikou-ji@jokoji.example.or.jp>",
]
MAILS.append(mail(
    "hold", "recipients.seminar_invite",
    "Thirteen customers (private addresses and different companies) are listed openly in To instead of BCC.",
    "藤堂", "recipients", TODO, seminar_to,
    "【ご案内】7/12(土)「相続と生命保険」無料セミナーのお知らせ",
    f"""
お客様各位

平素は格別のお引き立てを賜り、誠にありがとうございます。
みらい保険サービスの藤堂でございます。

日頃お世話になっているお客様への感謝を込めまして、下記のとおり無料セミナーを開催いたします。
相続税の基礎から、生命保険の非課税枠の活用、事業承継の注意点まで、税理士の先生をお招きしてわかりやすくお話しいただきます。

　日時：2025年7月12日（土）13:30～15:30（受付13:00～）
　会場：みなとみらいグランドビル 8F 会議室
　講師：税理士 高木 俊介 氏（高木税務会計事務所）
　定員：20名（先着順）
　参加費：無料

ご参加をご希望の方は、7月4日（金）までに本メールにご返信いただくか、お電話にてお申し込みください。
ご家族様とのご参加も歓迎いたします。

皆さまのお越しを心よりお待ちしております。

{SIG_TODO}
""",
))

# ---------------------------------------------------------------- passes
MAILS.append(mail(
    "pass", "benign.corporate_account",
    "A premium invoice to a corporate client with the agency's own corporate premium account; no private person's data.",
    "佐伯", "body", SAEKI, ["丸山運輸 経理課 <keiri@maruyama-unyu.example.co.jp>"],
    "【ご請求】フリート契約 7月分保険料のご案内",
    f"""
株式会社丸山運輸
総務部 経理課 ご担当者様

いつもお世話になっております。みらい保険サービスの佐伯でございます。
フリート契約（自動車保険）の7月分保険料につきまして、下記のとおりご案内申し上げます。

　証券番号　　：TF-3310-000812
　対象期間　　：2025年7月分（月払）
　保険料　　　：1,284,600円（車両42台分）
　異動精算　　：＋18,720円（7/1付 車両入替1台）
　ご請求額合計：1,303,320円
　お支払期日　：2025年7月25日（金）

【お振込先】
　横浜みなと銀行　本店営業部
　普通預金　2045816
　口座名義　カ）ミライホケンサービス　ホケンリョウグチ
　※保険料専用口座です。振込手数料はご負担をお願いいたします。

領収証が必要な場合はお申し付けください。
今後ともよろしくお願い申し上げます。

{SIG_SAEKI}
""",
))

MAILS.append(mail(
    "pass", "benign.masked_card_self",
    "Confirms a card change to the customer herself; the card number is masked.",
    "小野寺", "body", ONODERA, ["岡田 真理子 <mariko.okada@yahoo.co.jp>"],
    "お支払いカード変更のお手続き完了のお知らせ",
    f"""
岡田 真理子 様

いつもお世話になっております。みらい保険サービスの小野寺でございます。
先日ご依頼いただいた保険料お支払いカードの変更手続きが完了いたしましたので、お知らせいたします。

　対象契約：東和損害保険　自動車保険（証券番号 TM-6612-330419）
　変更後のカード：VISA　****-****-****-4821（有効期限 **/28）
　適用開始：2025年8月分保険料より

7月分までは旧カードでのご請求となりますので、ご了承ください。
ご不明な点がございましたら、お気軽に小野寺までお問い合わせください。

{SIG_ONODERA}
""",
))

MAILS.append(mail(
    "pass", "benign.successor_intro",
    "A successor introduction to insurer staff with business contacts and heavy signatures; nothing about private persons.",
    "佐伯", "quoted", SAEKI, ["吉村 健司 <yoshimura@towa-sonpo.example.co.jp>"],
    "Re: 担当者変更のご挨拶",
    f"""
吉村様

早速のご返信ありがとうございます。
後任の今井もCCに入れております。来週のご挨拶、7月2日（水）15時で承知いたしました。
当日は私も同行いたします。

今井の連絡先は以下のとおりです。
　今井 翔（いまい しょう）
　営業部 主任
　直通 045-000-3127／携帯 080-0000-5521
　s.imai@mirai-hoken.example.co.jp

引き続きよろしくお願いいたします。

{SIG_SAEKI}

> 佐伯様
>
> いつもお世話になっております。東和損保の吉村です。
> ご丁寧なご連絡をありがとうございます。佐伯様には長い間大変お世話になりました。
> 法人部門でのご活躍をお祈りしております。
> 今井様へのご挨拶ですが、7月2日（水）15時または3日（木）10時はいかがでしょうか。
> 弊社課長の宮田も同席させていただきます。
>
> ─────────────────
> 東和損害保険株式会社 横浜支店 営業第三課
> 吉村 健司
> 〒231-0023 横浜市中区山下町22-1 東和横浜ビル
> TEL 045-000-9230　携帯 090-0000-7714
> ─────────────────
>
>> 東和損害保険株式会社 横浜支店
>> 吉村様
>>
>> いつもお世話になっております。みらい保険サービスの佐伯でございます。
>> 私事で恐縮ですが、7月1日付で本社法人部門へ異動することとなり、
>> 貴社のご担当を今井 翔に引き継ぐことになりました。
>> 在任中は大変お世話になり、心より御礼申し上げます。
>> 改めて今井とご挨拶に伺いたく、ご都合をお聞かせいただけますと幸いです。
""",
    cc=[f"今井 翔 <s.imai@{DOM}>", "宮田 浩一 <miyata@towa-sonpo.example.co.jp>"],
))

MAILS.append(mail(
    "pass", "benign.malware_isolation",
    "Incident notice about a PC infected with malware and isolated from the LAN; 感染/隔離/障害 are IT terms and no personal data is sent.",
    "藤堂", "body", TODO,
    ["東和損保 代理店サポートデスク <agent-support@towa-sonpo.example.co.jp>",
     "青葉生命 代理店支援課 <dairiten@aoba-life.example.co.jp>"],
    "【第一報】弊社端末のマルウェア感染疑いについて",
    f"""
東和損害保険株式会社 代理店サポートデスク 御中
青葉生命保険株式会社 代理店支援課 御中

いつも大変お世話になっております。みらい保険サービスの藤堂でございます。
弊社にて端末1台のマルウェア感染の疑いが発生しましたので、第一報としてご報告いたします。

1. 発生日時：2025年6月12日（木）15時10分頃
2. 事象：事務用PC（1台）で取引先を装ったメールの添付ファイルを開封。EDRが不審な通信を検知。
3. 初動対応：
　・15時20分 当該PCを社内LANおよびインターネットから物理的に隔離
　・全社員の貴社代理店システム（代理店コード AGT-0451）パスワードを変更
　・当該PCからの貴社システム利用を停止
4. 影響：現時点で顧客情報の外部送信は確認されておりません。なお、社内ファイルサーバーに一時的な接続障害が発生しましたが、16時に復旧しております。
5. 今後：保守業者によるフォレンジック調査を6月13日に実施予定。結果は判明次第ご報告いたします。

ご心配をおかけし申し訳ございません。取り急ぎご報告申し上げます。

{SIG_TODO}
""",
))

MAILS.append(mail(
    "pass", "benign.health_aggregate",
    "A 健康経営 proposal quoting only company-wide health-check aggregates; no person is identifiable.",
    "佐伯", "body", SAEKI, ["野村 沙織 <nomura@yamagishi-mfg.example.co.jp>"],
    "健康経営の取り組みと団体医療保険のご提案について",
    f"""
株式会社山岸製作所
総務部 人事課　野村様

いつもお世話になっております。みらい保険サービスの佐伯です。
先日のお打ち合わせでいただいた集計資料をもとに、ご提案の骨子をまとめました。

【貴社の現状（2024年度 集計値）】
　・従業員数　312名（平均年齢 43.8歳）
　・定期健康診断 受診率　97.1%
　・有所見率　44.6%（前年 47.9%）
　・特定保健指導 対象者　38名（12.2%）
　・私傷病による休職者　年4名（前年6名）

【ご提案】
　1. 団体医療保険（任意加入・給与天引き）の導入
　2. 健康経営優良法人の認定取得に向けた、保健指導受診の勧奨キャンペーン
　3. 就業不能時の所得補償保険（GLTD）のご検討

個人の健診結果はお預かりしておりませんので、ご安心ください。
詳しいお見積りは次回お持ちします。ご意見をいただけますと幸いです。

{SIG_SAEKI}
""",
))

MAILS.append(mail(
    "pass", "benign.fleet_vehicle_numbers",
    "Registration and chassis numbers of company trucks in a fleet-policy change; vehicle numbers are not personal IDs.",
    "小野寺", "body", ONODERA, ["丸山 大輔 <d.maruyama@maruyama-unyu.example.co.jp>"],
    "フリート契約 車両入替のお手続きについて",
    f"""
株式会社丸山運輸
車両管理課　丸山 大輔様

お世話になっております。みらい保険サービスの小野寺です。
7月1日付の車両入替について、お手続き内容を確認させてください。

　証券番号：TF-3310-000812

　【入替前（除外）】
　　登録番号：横浜 100 あ 12-34
　　車台番号：FRR90-7012345
　　いすゞ フォワード（平成25年式）

　【入替後（追加）】
　　登録番号：横浜 100 い 56-78
　　車台番号：FRR90-7098765
　　いすゞ フォワード（令和7年式）
　　車両保険金額：9,800,000円

ノンフリート等級ではなくフリート契約のため、割引率は契約全体で据え置きとなります。
追加保険料（月額 18,720円）は7月分の請求に含めてご案内いたします。
内容に問題なければ、車検証の写しをお送りいただけますでしょうか。

{SIG_ONODERA}
""",
))

MAILS.append(mail(
    "pass", "benign.condolence",
    "A condolence mail to a corporate client's president; a death is not a sensitive category and no numbers or details are given.",
    "藤堂", "body", TODO, ["丸山 和夫 <k.maruyama@maruyama-unyu.example.co.jp>"],
    "お悔やみ申し上げます",
    f"""
株式会社丸山運輸
代表取締役　丸山 和夫 様

このたびはご尊父 丸山 源一郎様のご逝去の報に接し、心よりお悔やみ申し上げます。
創業者として長年ご尽力された源一郎様には、私も先代の頃より大変お世話になりました。
温かいお人柄を偲び、謹んでご冥福をお祈りいたします。

ご葬儀には佐伯とともに参列させていただく予定です。
なお、ご契約に関するお手続きにつきましては、落ち着かれてからで一向に差し支えございません。
必要書類はこちらでご用意いたしますので、どうかご無理なさいませんよう。

略儀ながらメールにてお悔やみ申し上げます。

{SIG_TODO}
""",
))

MAILS.append(mail(
    "pass", "benign.yamato_tracking",
    "Tells the customer himself the 12-digit Yamato tracking numbers of his documents; both happen to pass the マイナンバー check digit but are parcel numbers.",
    "小野寺", "body", ONODERA, ["松本 浩二 <koji.matsumoto1971@gmail.com>"],
    "ご契約書類の発送について（伝票番号のお知らせ）",
    f"""
松本 浩二 様

いつもお世話になっております。みらい保険サービスの小野寺です。
先日お手続きいただいた火災保険の更新について、書類を本日発送いたしましたのでお知らせします。

　① ご契約内容確認書（お客様控え）
　　ヤマト運輸 宅急便　伝票番号 8268-0832-4160
　② ご返送用の口座振替依頼書（返信用封筒同封）
　　ヤマト運輸 宅急便コンパクト　伝票番号 3534-4174-6512

明日（6/14）午前中にお届けの予定です。
②はご記入・ご捺印のうえ、同封の返信用封筒でご返送ください。

よろしくお願いいたします。

{SIG_ONODERA}
""",
))

MAILS.append(mail(
    "pass", "benign.religious_corp_customer",
    "A quoted underwriting chain about fire insurance for a 宗教法人 temple; a religious corporation as customer reveals no one's belief.",
    "佐伯", "quoted", SAEKI, ["石原 隆 <ishihara@towa-sonpo.example.co.jp>"],
    "Re: Re: 宗教法人浄光寺様 火災保険 引受条件の件",
    f"""
石原様

ご回答ありがとうございます。
文化財指定の有無は、先方に確認したところ「市の指定なし」とのことでした。
スプリンクラーは未設置ですが、本堂・庫裏とも自動火災報知設備は設置済みです（消防点検報告書の写しを入手済み）。
上記条件で再度ご検討いただけますでしょうか。

{SIG_SAEKI}

> 佐伯様
>
> お世話になっております。東和損保 企業商品部の石原です。
> 浄光寺様の件、確認させてください。
> 1) 本堂は木造・昭和38年築とのことですが、市・県の文化財指定はありますか。
> 2) 消火設備（スプリンクラー、自火報）の設置状況を教えてください。
> 評価額は本堂 1億2,000万円、庫裏 3,800万円、納骨堂 2,500万円で社内稟議にかけます。
>
> 東和損害保険株式会社 企業商品部 引受審査グループ
> 石原 隆　TEL 03-0000-4471
>
>> 石原様
>>
>> いつもお世話になっております。みらい保険サービスの佐伯です。
>> 宗教法人浄光寺様（代表役員 井口 慈信様）より、本堂・庫裏・納骨堂の火災保険について
>> 他社からの切替のご相談をいただいております。
>> 所在地は横浜市保土ケ谷区、境内地約1,200坪です。
>> 引受可否と概算保険料をご教示いただけますでしょうか。
""",
))

MAILS.append(mail(
    "pass", "benign.plain_zip",
    "An unencrypted zip of product brochures and a comparison table for a corporate client; no personal data inside.",
    "佐伯", "zip", SAEKI, ["野村 沙織 <nomura@yamagishi-mfg.example.co.jp>"],
    "団体医療保険 ご提案資料（パンフレット・比較表）",
    f"""
野村様

お世話になっております。みらい保険サービスの佐伯です。
本日はお時間をいただきありがとうございました。
お打ち合わせでご説明した資料一式をzipにまとめてお送りします（パスワードはかけておりません）。

・ご提案書（PDF）
・プラン比較表（CSV）

社内でご検討のうえ、ご質問などありましたらお気軽にご連絡ください。

{SIG_SAEKI}
""",
    attachments=[
        att("山岸製作所様_ご提案資料.zip/ご提案書.pdf", PDF, """
株式会社山岸製作所様　団体医療保険のご提案
2025年6月　株式会社みらい保険サービス

1. 制度の目的：従業員の入院・手術時の経済的負担の軽減と福利厚生の充実
2. 加入方法：任意加入、保険料は給与天引き（団体割引 20%適用）
3. 引受保険会社：青葉生命保険株式会社
4. 加入手続き：Web申込（告知は各人が保険会社に直接行います）
"""),
        att("山岸製作所様_ご提案資料.zip/プラン比較表.csv", CSV, csv_text([
            ["プラン", "入院日額", "手術給付", "がん一時金", "月額保険料（40歳男性）", "月額保険料（40歳女性）"],
            ["ライト", "5,000円", "5万円", "なし", "1,180円", "1,240円"],
            ["スタンダード", "10,000円", "10万円", "50万円", "2,560円", "2,710円"],
            ["プレミアム", "15,000円", "20万円", "100万円", "4,020円", "4,390円"],
        ])),
    ],
))
