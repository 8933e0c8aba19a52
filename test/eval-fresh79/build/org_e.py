"""(E) みどり野農業協同組合（JAみどり野） — all data synthetic."""
from common import (mail, att, P, quote, csv_text, mynumber, houjin_bangou, ean13)

ORG = "E"
DOM = "ja-midorino.example.or.jp"

SEKIGUCHI = f"JAみどり野 営農指導課 関口 <m-sekiguchi@{DOM}>"
HOSHINO = f"星野 由紀子 <y-hoshino@{DOM}>"
ARAI = f"新井 健太郎 <k-arai@{DOM}>"

SIG_SEKIGUCHI = """
---
JAみどり野 営農部 営農指導課
関口 誠（営農指導員）
営農センター 0270-0000-3412
携帯 090-0000-6604（圃場に出ていることが多いので携帯へどうぞ）
"""

SIG_HOSHINO = f"""
◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇
みどり野農業協同組合（JAみどり野）
金融共済部 融資課 課長代理　星野 由紀子
〒379-0000 群馬県みどり野市本町1-0-1
TEL 0270-0000-3300（代表）／ 0270-0000-3321（融資課）
FAX 0270-0000-3329　Mail y-hoshino@{DOM}
◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇
本メールは、宛先に記載された方のみを対象としております。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ削除願います。
"""

SIG_ARAI = f"""
――――――――――――――――――――――
みどり野農業協同組合　総務部 組合員課
新井 健太郎
〒379-0000 群馬県みどり野市本町1-0-1
TEL 0270-0000-3310　FAX 0270-0000-3319
k-arai@{DOM}
――――――――――――――――――――――
"""

KIKIN = "群馬県農業信用基金協会 保証審査課 <shinsa@gunma-nogyo-kikin.example.or.jp>"
CHOSA = "共済損害調査センター 北関東事務所 小林 <kobayashi@kyosai-chosa.example.co.jp>"
DENSAN = "アグリ情報サービス 受託業務課 松井 <matsui-jutaku@agri-joho.example.co.jp>"
SHIZAI = "北関東アグロケミカル 営業推進部 石橋 <ishibashi@kita-agrochem.example.co.jp>"
LAWYER = "前橋中央法律事務所 弁護士 大塚 <otsuka@maebashi-chuo-law.example.jp>"
CITY = "みどり野市 農政課 農地係 田島 <tajima-nosei@city-midorino.example.lg.jp>"
KANRI = "北関東国際交流協同組合 監理担当 片山 <katayama@kitakanto-kyodo.example.or.jp>"
SHINREN = "群馬県信連 事務集中センター <jimu-center@gunma-shinren.example.or.jp>"
POS = "レジテック 導入サポート 藤原 <fujiwara@regitec.example.co.jp>"
MARKET = "前橋中央青果 野菜部 担当 森田 <morita-yasai@maebashi-seika.example.co.jp>"


def build():
    M = []

    # ------------------------------------------------------------ HOLD body
    M.append(mail(ORG, "hoshino", "body", "hold", "id.bank_account_private",
        "A member's personal account number, birth date, address and arrears history are sent to the outside guarantee association.",
        HOSHINO, [KIKIN],
        "債務保証のご相談（農業近代化資金 1件）",
        f"""
群馬県農業信用基金協会
保証審査課 ご担当者様

いつも大変お世話になっております。
JAみどり野 融資課の星野でございます。

下記の案件につきまして、正式申込の前に事前相談をお願いいたします。

借入申込人：茂木 正治（もてぎ まさはる）
生年月日：1968年11月4日（56歳）
住所：群馬県みどり野市下川田町1128-0
営農類型：施設野菜（きゅうり 35a、なす 20a）
資金使途：パイプハウス 2棟 新設（2,600万円）
借入希望額：2,000万円（15年、うち据置 2年）
返済口座：JAみどり野 川田支店 普通 0724418
既存借入：農機具ローン 残高 3,180,000円
備考：令和5年の雹害により、同ローンで2か月の延滞あり（現在は解消済み）

決算書3期分と営農計画書は、明日郵送いたします。
ご意見をいただけますと幸いです。
{SIG_HOSHINO}""",
        personal=[P("name", "茂木 正治"), P("birth_date", "1968年11月4日"),
                  P("bank_account", "普通 0724418"), P("debt", "残高 3,180,000円"),
                  P("address", "群馬県みどり野市下川田町1128-0")]))

    M.append(mail(ORG, "hoshino", "body", "hold", "sensitive.diagnosis_claim",
        "A member's stroke diagnosis, hospitalisation and after-effects are described to an outside claims investigator.",
        HOSHINO, [CHOSA],
        "入院共済金請求案件の調査依頼について",
        f"""
共済損害調査センター 北関東事務所
小林 様

お世話になっております。JAみどり野 金融共済部の星野です。
下記の請求案件について、医療機関への確認調査をお願いいたします。

契約者・被共済者：小野里 和夫 様（71歳）
証書番号：医療共済 第 24-0881375 号
病名：脳梗塞（左中大脳動脈領域）
入院：みどり野総合病院 令和7年1月8日〜2月20日（44日間）
　　　その後 はるな回復期リハビリ病院 へ転院、現在も入院中
後遺症：右半身まひ、失語症。ご本人による手続きが困難なため、
　　　　長男の小野里 浩之様が代理で請求されています。
既往：糖尿病（加入時に告知あり）

告知内容との関係で、加入前の通院歴の確認をお願いできますでしょうか。
同意書の写しは別途FAXいたします。
{SIG_HOSHINO}""",
        personal=[P("name", "小野里 和夫"), P("diagnosis", "脳梗塞（左中大脳動脈領域）"),
                  P("disability", "右半身まひ、失語症"), P("diagnosis", "糖尿病")]))

    mn = [mynumber("61829374051"), mynumber("70318264925"), mynumber("52846103917")]
    M.append(mail(ORG, "arai", "body", "hold", "id.mynumber",
        "Three members' individual numbers are written in the body to the outside data-processing contractor.",
        ARAI, [DENSAN],
        "出資配当金 支払調書データの修正依頼",
        f"""
アグリ情報サービス株式会社
受託業務課 松井様

いつもお世話になっております。JAみどり野 組合員課の新井です。
令和6年分の出資配当金の支払調書について、個人番号の未登録・誤りが
3件見つかりましたので、下記のとおり修正をお願いいたします。

組合員番号　氏名　　　　　個人番号
0012-4471　 関根 トシ子　 {mn[0]}
0031-0928　 茂木 正治　　 {mn[1]}
0048-5562　 萩原 勇　　　 {mn[2]}

※萩原様は昨年12月に相続による名義変更があり、旧名義（萩原 清）の
　登録が残っておりました。
修正後のデータで、1月24日（金）までに再作成をお願いできますでしょうか。
{SIG_ARAI}""",
        personal=[P("mynumber", mn[0]), P("mynumber", mn[1]), P("mynumber", mn[2]),
                  P("name", "関根 トシ子"), P("name", "萩原 勇")]))

    # ------------------------------------------------------------ HOLD attachment
    bukai = csv_text(
        ["氏名", "住所", "電話", "携帯", "作付品目", "作付面積(a)", "生年月日"],
        [
            ["茂木 正治", "みどり野市下川田町1128-0", "0270-0000-5521", "090-0000-3377", "きゅうり・なす", 55, "1968/11/04"],
            ["関根 隆之", "みどり野市上原町402-0", "0270-0000-6140", "080-0000-9012", "きゅうり", 40, "1975/02/18"],
            ["高橋 美代子", "みどり野市中島1-0-77", "0270-0000-1836", "", "なす", 18, "1957/07/30"],
            ["萩原 勇", "みどり野市北原2061-0", "0270-0000-7729", "090-0000-4458", "きゅうり", 62, "1980/09/12"],
            ["井上 聡", "みどり野市西野599-0", "", "070-0000-3101", "ミニトマト", 30, "1991/05/06"],
            ["松村 光雄", "みどり野市川田町887-0", "0270-0000-2214", "", "きゅうり", 35, "1949/12/21"],
        ])
    M.append(mail(ORG, "sekiguchi", "attachment", "hold", "list.member_roster",
        "The attached growers' list with addresses, phones and birth dates is given to a chemical maker for its own mailing.",
        SEKIGUCHI, [SHIZAI],
        "Re: 新剤の現地説明会のご案内先について",
        f"""
北関東アグロケミカル
石橋 様

お世話になってます。JAみどり野の関口です。
説明会の案内先の件、施設きゅうり部会の名簿を付けておきますので
案内状の発送に使ってください。部会長には話を通してあります。

会場は営農センター2階で押さえました。
{SIG_SEKIGUCHI}
> 関口様
> 先日はありがとうございました。新しい殺菌剤の現地説明会について、
> 部会員の皆様に弊社から直接ご案内状をお送りしたいと考えております。
""",
        attachments=[att("施設きゅうり部会_名簿_R7.xlsx", bukai)],
        personal=[P("name", "関根 隆之"), P("address", "みどり野市上原町402-0"),
                  P("phone", "080-0000-9012"), P("birth_date", "1957/07/30")]))

    arrears = csv_text(
        ["組合員番号", "氏名", "住所", "電話", "債権種類", "未収金額", "最終入金日", "督促状況"],
        [
            ["0019-3308", "根岸 健二", "みどり野市南町3-0-14", "090-0000-7715", "購買未収（肥料・農薬）", "864,210", "2023/08/31", "内容証明送付済"],
            ["0027-1146", "桑原 順子", "みどり野市東原1702-0", "0270-0000-4490", "購買未収（燃料）", "312,880", "2024/03/29", "分割約定不履行"],
            ["0035-8821", "清水 勝", "みどり野市北原1889-0", "080-0000-5506", "農機修理代", "1,120,000", "2023/12/15", "連絡不通"],
            ["0042-0073", "大澤 和男", "みどり野市川田町231-0", "0270-0000-8837", "購買未収（資材）", "498,650", "2024/05/31", "本人死亡・相続人調査中"],
        ])
    M.append(mail(ORG, "hoshino", "attachment", "hold", "list.debt_list",
        "The attached list gives four members' names, addresses, phones and unpaid debts to an outside lawyer.",
        HOSHINO, [LAWYER],
        "長期未収金の回収に関するご相談資料",
        f"""
前橋中央法律事務所
大塚先生

いつもお世話になっております。JAみどり野の星野です。
来週のご相談に先立ち、資料を添付にてお送りいたします。
当日は、管理部長の宮川と二名で伺います。

どうぞよろしくお願いいたします。
{SIG_HOSHINO}""",
        attachments=[att("長期未収金一覧_R7.02.xlsx", arrears)],
        personal=[P("name", "根岸 健二"), P("debt", "864,210"),
                  P("name", "清水 勝"), P("phone", "080-0000-5506")]))

    # ------------------------------------------------------------ HOLD quoted
    complaint = """
From: 組合員課 受付
To: 営農指導課 関口
Subject: 【苦情】農薬散布について（電話受付 3/18）

関口さん

本日、以下の方からお電話がありました。対応をお願いします。

お名前：長谷部 直美 様（非組合員）
ご住所：みどり野市西野612-0（西野団地 ハイツ緑 2-105）
電話：090-0000-8126
内容：隣の井上さんのミニトマトのハウスで、窓を開けたまま農薬を散布していて、
　　　洗濯物に臭いがついた。子どもに喘息があり、散布のたびに発作が出るので
　　　事前に知らせてほしい。改善がなければ市と保健所に通報する。
"""
    M.append(mail(ORG, "sekiguchi", "quoted", "hold", "personal.neighbour_complaint_forward",
        "The top only asks the city to coordinate, but the forwarded complaint gives the complainant's name, address, phone and her child's asthma.",
        SEKIGUCHI, [CITY],
        "Fw: 【苦情】農薬散布について（電話受付 3/18）",
        f"""
みどり野市 農政課
田島 様

お世話になってます。JAみどり野の関口です。
西野地区のハウスの件で、市にも同じ連絡が入る可能性があるので
情報共有します。JAとしては、生産者に散布前の声かけと
ドリフト対策の指導をしておきます。

一度、現地で一緒に状況を見ていただけると助かります。
{SIG_SEKIGUCHI}
{quote(complaint)}""",
        personal=[P("name", "長谷部 直美"), P("address", "みどり野市西野612-0（西野団地 ハイツ緑 2-105）"),
                  P("phone", "090-0000-8126"), P("diagnosis", "子どもに喘息があり")]))

    farm = """
From: 萩原 勇 <hagiwara.farm@yahoo.co.jp>
Sent: Tuesday, February 25, 2025 7:31 PM
To: 新井 健太郎
Subject: 実習生のこと

新井さん

いつもお世話になっています。萩原です。
うちで受け入れている実習生のトラン・ティ・ハー（在留カード番号 RT90418273KX）が
先週から咳と熱が続いていて、みどり野総合病院で検査したら肺結核と言われ、
昨日から県立病院の結核病棟に入院しています。
保健所から、一緒に住んでいるもう一人の実習生と私たち家族も検査を受けるように
言われました。監理団体にどう連絡したらいいか分からないので、相談に乗ってください。
"""
    M.append(mail(ORG, "arai", "quoted", "hold", "sensitive.trainee_tuberculosis_quoted",
        "The reply to the supervising organisation is routine on top, but the quoted farmer's mail names a trainee's tuberculosis and residence-card number.",
        ARAI, [KANRI],
        "Fw: 実習生のこと（萩原農園）",
        f"""
北関東国際交流協同組合
片山様

お世話になっております。JAみどり野 組合員課の新井です。
来週の巡回訪問の件、3月5日（水）10時で承知いたしました。
当日は萩原農園さんにもお立ち寄りいただけますでしょうか。

萩原さんからのご相談を下に付けております。
よろしくお願いいたします。
{SIG_ARAI}
{quote(farm)}""",
        personal=[P("name", "トラン・ティ・ハー"), P("residence_card", "RT90418273KX"),
                  P("infection", "肺結核")]))

    # ------------------------------------------------------------ HOLD subject only
    M.append(mail(ORG, "hoshino", "subject", "hold", "id.bank_account_subject",
        "The subject line carries a member's name with her personal savings account number; the body is neutral.",
        HOSHINO, [SHINREN],
        "出資金払戻の振込処理（組合員 木村 文子様 みどり野支店 普通 3108824）",
        f"""
群馬県信連 事務集中センター
ご担当者様

いつもお世話になっております。JAみどり野 融資課の星野です。
標記の件、本日付の処理分として依頼書をFAXいたしましたので、
ご処理のほどよろしくお願いいたします。

ご不明点がございましたら、融資課（0270-0000-3321）までご連絡ください。
{SIG_HOSHINO}""",
        personal=[P("name", "木村 文子"), P("bank_account", "普通 3108824")]))

    # ------------------------------------------------------------ HOLD zip (plain with register)
    shukka = csv_text(
        ["出荷者番号", "氏名", "住所", "電話", "振込口座", "主な出荷品"],
        [
            ["CH-0101", "高橋 美代子", "みどり野市中島1-0-77", "0270-0000-1836", "JAみどり野 本店 普通 0033158", "なす・漬物"],
            ["CH-0102", "井上 聡", "みどり野市西野599-0", "070-0000-3101", "JAみどり野 西野支店 普通 0418862", "ミニトマト"],
            ["CH-0107", "松村 光雄", "みどり野市川田町887-0", "0270-0000-2214", "JAみどり野 川田支店 普通 0225071", "こんにゃく・いも"],
            ["CH-0115", "星 ふさ江", "みどり野市上原町77-0", "0270-0000-9063", "JAみどり野 本店 普通 0051774", "花・切り枝"],
            ["CH-0122", "田村 和樹", "みどり野市北原2230-0", "090-0000-1412", "JAみどり野 北原支店 普通 0339025", "いちご"],
        ])
    M.append(mail(ORG, "sekiguchi", "zip", "hold", "list.zip_register",
        "A plain zip carries the direct-sales growers' register with addresses, phones and personal bank accounts to a POS vendor.",
        SEKIGUCHI, [POS],
        "直売所POS入替 出荷者マスタの件",
        f"""
レジテック
藤原 様

お世話になってます。JAみどり野の関口です。
直売所「みどりの里」のPOS入替の件、出荷者マスタと商品マスタを
zipでまとめて送ります。旧システムから出したままなので、
項目の並びが合わなければ言ってください。
{SIG_SEKIGUCHI}""",
        attachments=[
            att("みどりの里_マスタ.zip/出荷者マスタ.csv", shukka),
            att("みどりの里_マスタ.zip/商品マスタ.csv",
                "商品コード,品名,単価\n" + f"{ean13('200000101013')},なす（袋）,150\n"
                + f"{ean13('200000101020')},ミニトマト アイコ,250\n"),
        ],
        personal=[P("name", "星 ふさ江"), P("bank_account", "普通 0051774"),
                  P("address", "みどり野市上原町77-0"), P("phone", "090-0000-1412")]))

    # ------------------------------------------------------------ HOLD recipients
    taiken = [
        "佐藤 裕子 <hiroko.sato.mama@gmail.com>", "中村 健太 <kenta-nakamura@yahoo.co.jp>", "岡部 由美 <yumi.okabe.0520@outlook.com>",
        "渡辺 拓也 <t.watanabe.family@gmail.com>", "鈴木 亜紀 <aki-suzuki1985@yahoo.co.jp>", "堀 誠 <makoto.hori@gmail.com>",
        "伊藤 千春 <chiharu.ito.kids@outlook.com>", "加藤 里奈 <rina_kato_0815@gmail.com>", "山崎 伸 <shin.yamazaki@yahoo.co.jp>",
        "藤本 舞 <mai.fujimoto.home@gmail.com>", "小倉 大輔 <daisuke.ogura@outlook.com>",
        "みどり野小学校 PTA 体験部 <taiken@midorino-sho-pta.example.jp>",
    ]
    M.append(mail(ORG, "sekiguchi", "recipients", "hold", "recipients.private_visible",
        "Eleven private addresses and a PTA address of farm-experience participants are visible to each other in To.",
        SEKIGUCHI, taiken,
        "親子農業体験（じゃがいも掘り）ご参加のお礼と写真のご案内",
        f"""
親子農業体験にご参加の皆さま

先日は「親子じゃがいも掘り体験」にご参加いただき、ありがとうございました。
お天気にも恵まれ、キタアカリとメークインを合わせて約320kg収穫できました。

当日の写真を下記の共有フォルダに掲載しました（5月末まで）。
　URL：https://share.ja-midorino.example.or.jp/taiken2025
　閲覧パスワードは当日お配りしたチラシの裏面をご覧ください。

秋には「さつまいも掘り」と「新米のおにぎり作り」を予定しています。
案内は8月頃にお送りします。またのご参加をお待ちしています。
{SIG_SEKIGUCHI}"""))

    # ------------------------------------------------------------ PASSES
    M.append(mail(ORG, "sekiguchi", "none", "pass", "benign.market_shipment",
        "A shipment notice to a wholesale market with variety names (アイコ, キタアカリ) that look like given names and lot numbers.",
        SEKIGUCHI, [MARKET],
        "明日の出荷予定（JAみどり野 野菜）",
        f"""
前橋中央青果
森田様

お世話になってます。JAみどり野の関口です。
明日（6/12）の出荷予定です。

・ミニトマト「アイコ」　　 2L 4kg箱　 180ケース（ロット MD-0612-T1）
・ミニトマト「千果」　　　 M 4kg箱　　 95ケース（ロット MD-0612-T2）
・ばれいしょ「キタアカリ」 L 10kg箱　 240ケース（ロット MD-0612-P1）
・ばれいしょ「メークイン」 L 10kg箱　 120ケース（ロット MD-0612-P2）
・なす「千両二号」　　　　 L 5kg箱　　 150ケース

アイコは先週の高温で少し着色が早いです。
キタアカリは今週から本格的に出てきますので、来週は300ケース前後の見込みです。
{SIG_SEKIGUCHI}"""))

    hb = houjin_bangou("070005001182")
    M.append(mail(ORG, "arai", "none", "pass", "benign.invoice_corporate_account",
        "An invoice cover with the cooperative's own corporate account and invoice registration number.",
        ARAI, ["みどり野給食センター 事務 長島 <nagashima@midorino-kyushoku.example.lg.jp>"],
        "5月分 学校給食用野菜の請求書送付について",
        f"""
みどり野市学校給食センター
事務ご担当 長島様

いつもお世話になっております。JAみどり野 総務部の新井です。
5月分の学校給食用野菜の請求書をお送りいたします。

請求番号：KS-2505-014
請求金額：1,372,860円（うち軽減税率8%対象）
お支払期限：6月30日（月）
振込先：JAみどり野 本店 当座 0000912　みどり野農業協同組合
登録番号：T{hb}

原本は本日、庁内便にてお届けいたします。
{SIG_ARAI}""",
        attachments=[att("請求書_KS-2505-014.pdf",
            f"""請求書　みどり野市学校給食センター 御中
請求番号 KS-2505-014　みどり野農業協同組合　登録番号 T{hb}
じゃがいも 1,240kg / たまねぎ 980kg / にんじん 760kg / キャベツ 1,110kg ほか
合計 1,372,860円（8%対象）
振込先 JAみどり野 本店 当座 0000912 みどり野農業協同組合
""")]))

    M.append(mail(ORG, "sekiguchi", "none", "pass", "benign.livestock_infection",
        "'感染' and '隔離' refer to avian influenza in poultry and farm biosecurity; no person is named with a health condition.",
        SEKIGUCHI, ["群馬県 西部家畜保健衛生所 防疫課 <boeki@pref-gunma-kaho.example.lg.jp>"],
        cc=[CITY],
        subject="鳥インフルエンザ発生に伴う管内養鶏農家への周知について",
        text=f"""
西部家畜保健衛生所 防疫課 御中

お世話になっております。JAみどり野 営農指導課の関口です。
隣県での高病原性鳥インフルエンザの感染確認を受け、
JA管内の養鶏農家（採卵鶏 7戸、肉用鶏 3戸）へ次の内容で周知を行いました。

1. 鶏舎への野鳥・小動物の侵入防止（防鳥ネットの破れ点検）
2. 農場出入口での車両消毒・踏み込み消毒槽の設置
3. 死亡羽数の増加など異状があった場合は、直ちに家保へ通報
4. 発生農場から半径10km以内に入った車両は、JAの資材配送でも
　消毒ポイントを経由する

また、JAの飼料配送車は当面、養鶏農家専用車として他の畜産農家と分け、
隔離運用とします。県からの消石灰の配布日程が決まりましたら
お知らせください。JAでも配布の手伝いをいたします。
{SIG_SEKIGUCHI}"""))

    M.append(mail(ORG, "sekiguchi", "none", "pass", "benign.crop_disease",
        "A pest and disease alert for growers sent in BCC; '感染' refers to a plant disease.",
        SEKIGUCHI, [f"営農指導課 <einou@{DOM}>"],
        bcc=["萩原 勇 <hagiwara.farm@yahoo.co.jp>", "関根 隆之 <sekine.takayuki@gmail.com>", "井上 聡 <inoue.tomato.farm@outlook.com>",
             "松村 光雄 <matsumura.mitsuo@yahoo.co.jp>", "茂木 正治 <motegi-farm@gmail.com>"],
        subject="【営農情報】きゅうり べと病の多発について（6月第2週）",
        text=f"""
施設きゅうり部会の皆さま

お疲れさまです。営農指導課の関口です。
県の病害虫防除所から、べと病の注意報（第2号）が出ました。

・管内の巡回でも、下位葉から黄色の角斑が出ているハウスが増えています。
・曇雨天が続き、夜間の湿度が高いと感染が一気に広がります。
・発病葉はハウスの外に持ち出して処分してください。

防除のポイント
1. 予防散布：マンゼブ水和剤 600倍 など（収穫前日数に注意）
2. 発病後：アミスルブロム水和剤 2,000倍（系統の違う薬剤でローテーション）
3. 換気と循環扇で、夜間の結露を減らす

部会の現地検討会を6月18日（水）9時から、萩原さんのハウスで行います。
{SIG_SEKIGUCHI}"""))

    M.append(mail(ORG, "arai", "none", "pass", "benign.public_figure_visit",
        "A visit by the mayor and a Diet member is arranged; public officials in their public role only.",
        ARAI, ["みどり野市 秘書課 青木 <aoki-hisho@city-midorino.example.lg.jp>"],
        "市長・国会議員の直売所視察について（行程案）",
        f"""
みどり野市 秘書課
青木様

お世話になっております。JAみどり野 総務部の新井です。
7月3日（木）の視察について、行程案をお送りいたします。

9:30　直売所「みどりの里」到着（市長、衆議院議員 中里 誠一 先生、県議 2名）
9:35　組合長 原田よりご挨拶、直売所の概要説明（売上 年間 8.2億円）
9:50　店内視察、出荷者との懇談（出荷者 3名が同席予定）
10:20　選果場へ移動、光センサー選果機の視察
10:50　質疑・記者対応（地元紙 2社）
11:00　終了

報道対応の窓口は市の広報課様でお願いできますでしょうか。
駐車場は職員用の一角を空けておきます。
{SIG_ARAI}"""))

    M.append(mail(ORG, "arai", "none", "pass", "benign.religious_tenant",
        "A rent revision notice to a temple (宗教法人) that leases a JA parking lot; the tenant is an organisation.",
        ARAI, ["宗教法人 長楽寺 寺務所 <jimu@choraku-ji.example.or.jp>"],
        "駐車場賃料改定のお知らせ（旧川田支店跡地）",
        f"""
宗教法人 長楽寺
責任役員 様

平素より大変お世話になっております。
みどり野農業協同組合 総務部の新井でございます。

貴寺にお借りいただいております旧川田支店跡地の駐車場（約 620㎡、28台分）について、
固定資産税の評価替えに伴い、令和7年4月分より賃料を下記のとおり
改定させていただきたく、ご案内申し上げます。

現行：月額 46,000円（税込）
改定後：月額 49,500円（税込）

お盆・お彼岸の時期の臨時駐車場としてのご利用は、これまでどおり
追加料金なしでご利用いただけます。
改定の覚書をお持ちしたいので、ご都合のよい日時をお知らせください。
{SIG_ARAI}"""))

    M.append(mail(ORG, "hoshino", "none", "pass", "benign.to_member_self",
        "Sent to the member himself about his own settlement and his own account (masked); no third party.",
        HOSHINO, ["井上 聡 <inoue.tomato.farm@outlook.com>"],
        "5月分 出荷精算のお知らせ（井上 聡 様）",
        f"""
井上 聡 様

いつもJAみどり野をご利用いただきありがとうございます。
融資課の星野でございます。5月分の出荷精算が確定しましたのでお知らせします。

出荷金額：1,286,400円
手数料・運賃・箱代：△ 214,580円
差引精算額：1,071,820円
振込日：6月10日（火）
振込口座：西野支店 普通 ****862（ご登録口座）

また、先月ご相談いただいたハウス増設の資金（農業近代化資金）について、
営農計画書の様式をお送りしますので、関口とご相談のうえご記入ください。
ご不明な点は、お気軽にお問い合わせください。
{SIG_HOSHINO}"""))

    M.append(mail(ORG, "sekiguchi", "none", "pass", "benign.surname_companies",
        "An order to suppliers whose company names contain surnames; no personal data.",
        SEKIGUCHI, ["株式会社田中種苗 営業部 <eigyo@tanaka-shubyo.example.co.jp>"],
        cc=["山本農機株式会社 サービス課 <service@yamamoto-noki.example.co.jp>"],
        subject="秋作の種子発注と選果機点検の件",
        text=f"""
株式会社田中種苗 営業部 御中
（cc：山本農機株式会社 サービス課 御中）

お世話になってます。JAみどり野の関口です。

■ 田中種苗さんへ（種子の発注）
・ブロッコリー「おはよう」　 20dl×15袋
・キャベツ「初恋」　　　　　 20dl×12袋
・はくさい「黄ごころ85」　　 20ml×30袋
8月5日までに営農センター着でお願いします。

■ 山本農機さんへ（点検）
選果場の光センサー選果機（型式 YS-800、製造番号 YS8-1904-0021）の
秋作前点検を7月第4週でお願いします。
昨年交換したコンベアベルトの張りも見てください。
{SIG_SEKIGUCHI}"""))

    M.append(mail(ORG, "sekiguchi", "none", "pass", "benign.agri_welfare_aggregate",
        "A report on the farm-welfare programme with only aggregate figures on participants with disabilities.",
        SEKIGUCHI, ["みどり野市 障害福祉課 就労支援担当 <shuro@city-midorino.example.lg.jp>"],
        "農福連携事業 令和6年度実績のご報告",
        f"""
みどり野市 障害福祉課
就労支援ご担当者様

お世話になっております。JAみどり野 営農指導課の関口です。
令和6年度の農福連携事業の実績がまとまりましたので、ご報告いたします。

・参加事業所：就労継続支援B型 4事業所、就労移行支援 1事業所
・作業に参加した利用者数：延べ 1,126人日（実人数 38名）
・主な作業：玉ねぎの調製、ミニトマトの収穫・パック詰め、直売所の品出し
・受入農家：9戸（うち新規 3戸）
・作業委託料の総額：4,870,000円

利用者の方が継続して来られることで、受入農家の人手不足が大きく改善した
との声が多く聞かれました。令和7年度は、冬場の作業（こんにゃく芋の選別）
への拡大を検討しております。
{SIG_SEKIGUCHI}"""))

    M.append(mail(ORG, "arai", "none", "pass", "benign.meeting_minutes",
        "Minutes of a growers' association general meeting naming officers by role only; no private contact data.",
        ARAI, ["前橋中央青果 野菜部 部長 岡本 <okamoto-yasai@maebashi-seika.example.co.jp>", MARKET],
        cc=[SEKIGUCHI],
        subject="施設きゅうり部会 通常総会 議事録（要旨）の送付",
        text=f"""
前橋中央青果 野菜部
岡本部長、森田様

先日は部会の通常総会にご出席いただき、ありがとうございました。
議事録（要旨）をお送りいたします。

日時：令和7年2月21日（金）13:30〜15:40
場所：JAみどり野 営農センター 大会議室
出席：部会員 31名中 27名（委任状 3名）、来賓 前橋中央青果 岡本部長・森田様

第1号議案 令和6年度事業報告・収支決算　　承認
　出荷量 1,842t（前年比 104%）、販売額 6億1,200万円
第2号議案 令和7年度事業計画・収支予算　　承認
第3号議案 役員改選
　部会長 茂木 正治、副部会長 関根 隆之、会計 萩原 勇、監事 松村 光雄（再任）
第4号議案 その他
　市場より、夏秋の安定出荷と規格の統一についてご要望あり。

次回役員会は4月11日（金）の予定です。
{SIG_ARAI}"""))

    return M
