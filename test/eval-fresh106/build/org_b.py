"""Org B: 株式会社みなと損害調査 (自動車保険の損害調査・アジャスター会社)."""
from common import (A, q, mail, att, FWD, ORIG, CSV, TXT, PDF, XLSX,
                    yamato_mynumber_like, yamato_plain)

ORG = "B"
DOM = "minato-chousa.example.co.jp"

KITAMURA = A("北村 大輔", f"d.kitamura@{DOM}")
MIYASHITA = A("宮下 沙織", f"s.miyashita@{DOM}")
OKA = A("岡 隆之", f"t.oka@{DOM}")

SIG_KITAMURA = """
━━━━━━━━━━━━━━━━━━━━━━
株式会社みなと損害調査 東京第一事業所
技術アジャスター（物損）　北村 大輔
〒105-0000 東京都港区芝浦9-8-7 みなとビル5F
TEL 03-0000-4810　携帯 080-0000-2291
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_MIYASHITA = """
----------------------------------------
みなと損害調査 人身調査課
宮下 沙織（Saori Miyashita）
03-0000-4822 ／ s.miyashita@minato-chousa.example.co.jp
※本メールは調査業務のため送信しています
----------------------------------------
"""

SIG_OKA = """
以上、よろしくお願い申し上げます。

株式会社みなと損害調査
業務管理課 課長　岡 隆之
TEL：03-0000-4800（代表）　FAX：03-0000-4801
https://www.minato-chousa.example.co.jp
"""

NOMURA = A("野村 美香", "nomura-m@aoba-sonpo.example.co.jp")
AOBA_PAY = A("あおば損保 保険金支払課", "shiharai@aoba-sonpo.example.co.jp")
AOBA_SYS = A("あおば損保 損害サービス企画", "ss-kikaku@aoba-sonpo.example.co.jp")
OMORI = A("大森 光一", "omori@omori-law.example.jp")
MURATA = A("村田 千晶", "murata@omori-law.example.jp")
SEARCH = A("サーチワン調査 調査部 小西", "konishi@searchone.example.co.jp")
JONAN = A("城南オートサービス 堀", "hori@jonan-auto.example.co.jp")
JONAN_MGR = A("城南オートサービス 工場長 菅原", "sugawara@jonan-auto.example.co.jp")
MEDRES = A("メディカルリサーチ 医療調査担当", "iryo@medresearch.example.co.jp")
HAYATE = A("はやてレンタリース 法人窓口", "hojin@hayate-rent.example.co.jp")
WANGAN = A("湾岸ボデー工業 総務 岩田", "iwata@wangan-body.example.co.jp")
GRANT = A("Oliver Grant", "oliver.grant.tokyo@gmail.com")

PARTNERS = [
    A("城南オートサービス", "hori@jonan-auto.example.co.jp"),
    A("湾岸ボデー工業", "iwata@wangan-body.example.co.jp"),
    A("大田モータース", "service@ota-motors.example.co.jp"),
    A("品川自動車整備", "front@shinagawa-seibi.example.co.jp"),
    A("目黒オートリペア", "info@meguro-repair.example.jp"),
    A("川崎ボディワークス", "desk@kawasaki-bw.example.co.jp"),
    A("世田谷カーサービス", "contact@setagaya-car.example.jp"),
    A("多摩川保険サービス（代理店）", "jiko@tamagawa-hoken.example.co.jp"),
    A("ひまわり保険事務所（代理店）", "office@himawari-hoken.example.jp"),
    A("蒲田オートボデー", "kamata@kamata-ab.example.co.jp"),
    A("臨海レッカーサービス", "dispatch@rinkai-wrecker.example.co.jp"),
    A("港南インシュアランス（代理店）", "claims@konan-ins.example.co.jp"),
    A("横浜ベイ整備", "bay@yokohama-bay-seibi.example.co.jp"),
]


def mails():
    out = []

    # ---------------- HOLDS ----------------
    # H1 body: 被害者の診断名・通院・心療内科を弁護士へ
    out.append(mail(
        expect="hold", kind="sensitive.injury_diagnosis", writer="宮下", loc="body",
        why="被害者の氏名と診断名・通院日数・心療内科受診を本文に書いて弁護士事務所へ送っている（要配慮個人情報）。",
        from_=MIYASHITA, to=[OMORI], cc=[MURATA],
        subject="事故受付 AS-24-118832 人身損害の現況について",
        text="""
大森法律事務所
大森 先生
（cc：村田様）

いつもお世話になっております。みなと損害調査の宮下です。
標記事故の人身損害について、現時点での状況をご報告いたします。

被害者：中島 美咲 様（34歳・会社員）
診断名：頸椎捻挫、腰椎捻挫、右手関節骨折（橈骨遠位端骨折）
通院：整形外科 実通院62日（9/2〜1/20）
その他：11月より心療内科でPTSDの診断を受け、月2回通院中

休業損害は勤務先の休業損害証明書ベースで約84万円を見込んでいます。
先方から後遺障害の申請を検討しているとの話があり、
主張の見通しについて先生のご意見を伺えれば幸いです。
""" + SIG_MIYASHITA,
        personal=[("name", "中島 美咲"), ("diagnosis", "頸椎捻挫、腰椎捻挫、右手関節骨折（橈骨遠位端骨折）"),
                  ("diagnosis", "心療内科でPTSDの診断")],
    ))

    # H2 body: 運転者の免許証番号・住所を調査会社へ
    out.append(mail(
        expect="hold", kind="id.drivers_license", writer="北村", loc="body",
        why="運転者の運転免許証番号・生年月日・住所を本文に書いて外部の調査会社へ送っている。",
        from_=KITAMURA, to=[SEARCH],
        subject="現場調査のご依頼（AS-24-120415）",
        text="""
サーチワン調査 調査部
小西 様

お世話になっております。みなと損害調査の北村です。
下記事故について、事故現場の調査（信号サイクル、見通し確認）をお願いします。

事故日時：2025年1月11日（土）18:40頃
場所：東京都大田区東六郷の交差点（環八側）
当方運転者：平井 涼介 様
　生年月日 1979年8月3日
　住所 東京都大田区南蒲田5-21-8
　運転免許証番号 第301234567890号（ゴールド、有効期限2027年）
相手方：タクシー（法人）

運転者本人への聞き取りは当方で済ませていますので、現場の確認のみで結構です。
報告書は2月7日までにいただけると助かります。
""" + SIG_KITAMURA,
        personal=[("name", "平井 涼介"), ("birthdate", "1979年8月3日"), ("address", "東京都大田区南蒲田5-21-8"),
                  ("drivers_license", "第301234567890号")],
    ))

    # H3 body: 被害者個人の振込口座
    out.append(mail(
        expect="hold", kind="id.private_bank_account", writer="岡", loc="body",
        why="示談金の受取人である個人の銀行口座を本文に書いて外部へ送っている。",
        from_=OKA, to=[AOBA_PAY], cc=[NOMURA],
        subject="示談成立に伴う保険金支払依頼（AS-24-109977）",
        text="""
あおば損害保険株式会社
保険金支払課 御中

いつもお世話になっております。みなと損害調査の岡でございます。
標記事案につき、本日示談が成立いたしましたので、下記のとおり支払手続きをお願いいたします。

受取人：山内 由美 様（被害者ご本人）
支払金額：1,283,400円（治療費既払分を除く）
振込先：みらい中央銀行 港南支店 普通預金 3456789
口座名義：ヤマウチ ユミ

免責証書の原本は本日付で郵送いたしました。
""" + SIG_OKA,
        personal=[("name", "山内 由美"), ("bank_account", "みらい中央銀行 港南支店 普通預金 3456789"),
                  ("account_holder", "ヤマウチ ユミ")],
    ))

    # H4 attachment: 立会い依頼一覧（契約者名・電話・住所）
    out.append(mail(
        expect="hold", kind="list.claim_roster", writer="北村", loc="attachment",
        why="添付CSVに契約者6名の氏名・電話・住所・事故内容が並んでおり、外部の調査会社へ送っている。",
        from_=KITAMURA, to=[SEARCH],
        subject="今週分の立会い依頼一覧",
        text="""
小西様

北村です。今週分の立会い依頼をまとめて送ります。
6件です。アポ取りからお願いできますでしょうか。
急ぎは2件目と5件目です（どちらもお客様が週末に車を使いたいとのこと）。

よろしくお願いします。
""" + SIG_KITAMURA,
        attachments=[att("立会い依頼_0127週.csv", CSV, """
受付番号,契約者名,電話,住所,事故日,内容,立会場所
AS-24-120501,須藤 健,090-0000-1834,東京都品川区大井3-4-5,2025/01/20,駐車場で接触,自宅
AS-24-120533,岩崎 麻衣,080-0000-6620,東京都大田区西糀谷2-9-14,2025/01/21,追突（被害）,城南オートサービス
AS-24-120547,大野 昌平,070-0000-4471,神奈川県川崎市幸区南幸町1-30-2,2025/01/22,単独（ガードレール）,自宅
AS-24-120559,清水 理恵,090-0000-9902,東京都目黒区碑文谷6-1-3,2025/01/22,ドア開放時の接触,勤務先駐車場
AS-24-120560,長尾 隆,080-0000-3117,東京都品川区戸越1-18-6,2025/01/23,出会い頭,湾岸ボデー工業
AS-24-120571,坂本 かおり,090-0000-5548,東京都港区高輪4-2-19,2025/01/24,当て逃げ被害,自宅
""")],
        personal=[("name", "須藤 健"), ("phone", "090-0000-1834"), ("address", "東京都品川区大井3-4-5"),
                  ("name", "岩崎 麻衣"), ("phone", "080-0000-6620")],
    ))

    # H5 attachment: 相手方運転者の刑事処分・前歴
    out.append(mail(
        expect="hold", kind="sensitive.criminal_record", writer="岡", loc="attachment",
        why="添付の調査報告書に相手方運転者の逮捕・略式命令・前歴が書かれており、外部の弁護士へ送っている。",
        from_=OKA, to=[OMORI],
        subject="AS-24-098120 相手方運転者に関する調査報告書",
        text="""
大森法律事務所
大森 先生

平素より大変お世話になっております。みなと損害調査の岡でございます。
先日ご依頼いただいた相手方運転者に関する調査報告書を添付いたします。
過失割合の主張にあたってご活用ください。

ご不明な点は担当の宮下までお問い合わせください。
""" + SIG_OKA,
        attachments=[att("調査報告書_AS-24-098120.pdf", PDF, """
調査報告書（相手方運転者）
事案番号：AS-24-098120
1. 相手方運転者　矢島 剛（やじま つよし）　昭和58年6月14日生
2. 事故当日の状況　呼気検査で0.25mg/lのアルコールが検出され、酒気帯び運転で現行犯逮捕。
3. 刑事処分　令和6年11月、略式命令により罰金50万円。
4. 前歴　令和2年に速度超過（30km/h以上）で免許停止処分の前歴あり。
5. 所見　事故直前の速度についても過大であった可能性が高い。
作成：株式会社みなと損害調査 人身調査課 宮下
""")],
        personal=[("name", "矢島 剛"), ("criminal", "酒気帯び運転で現行犯逮捕"), ("criminal", "略式命令により罰金50万円"),
                  ("criminal", "免許停止処分の前歴")],
    ))

    # H6 quoted: 契約者からの問い合わせ（住所・電話・娘のけが）を修理工場へ転送
    out.append(mail(
        expect="hold", kind="personal.forwarded_customer_inquiry", writer="北村", loc="quoted",
        why="契約者からのメール（住所・電話・娘の受傷と通院先）をそのまま修理工場へ転送している。",
        from_=KITAMURA, to=[JONAN],
        subject="Fw: 事故車の修理と代車について",
        text="""
城南オートサービス 堀様

お世話になっております。北村です。
下記のお客様の件、車の引取りと代車の手配をお願いできますか。
損害確認は入庫後に私が伺います。

""" + SIG_KITAMURA + f"""

{FWD}
From: 桑原 直樹 <naoki.kuwabara@gmail.com>
Date: 2025年1月28日(火) 22:31
Subject: 事故車の修理と代車について
To: 北村 大輔 <d.kitamura@minato-chousa.example.co.jp>

北村様

先日はありがとうございました。桑原です。
車の修理について、自宅まで引取りに来ていただくことは可能でしょうか。
住所：東京都大田区池上7-3-22 グリーンコート池上101
電話：090-0000-2874（日中はつながりにくいです）

また、同乗していた娘（小学4年）が首を痛めて、
池上整形外科にむち打ちで通院しています。
通院の送迎があるので、代車はなるべく早くお願いしたいです。

車：プリウス　品川 300 ほ 22-19
""",
        personal=[("name", "桑原 直樹"), ("address", "東京都大田区池上7-3-22 グリーンコート池上101"),
                  ("phone", "090-0000-2874"), ("health", "池上整形外科にむち打ちで通院")],
    ))

    # H7 quoted: 医療機関の回答（診療情報）を医療調査会社へ転送
    out.append(mail(
        expect="hold", kind="sensitive.medical_quoted", writer="宮下", loc="quoted",
        why="転送部分に被害者の診断名・既往歴・検査所見が含まれており、外部の医療調査会社へ送っている。",
        from_=MIYASHITA, to=[MEDRES],
        subject="Fw: 医療照会への回答（AS-24-101262）",
        text="""
メディカルリサーチ 医療調査ご担当者様

いつもお世話になっております。みなと損害調査の宮下です。
医療機関から医療照会の回答が届きましたので転送いたします。
後遺障害の見込みと、既往症の寄与について意見書をお願いできますでしょうか。
納期は2月末で問題ございません。

""" + SIG_MIYASHITA + f"""

{ORIG}
From: 東湾岸総合病院 医療相談室 <soudan@higashiwangan-hp.example.jp>
Sent: Friday, January 31, 2025 11:20 AM
To: 宮下 沙織
Subject: 医療照会への回答（AS-24-101262）

みなと損害調査 宮下様

ご照会の件、主治医の回答をお送りします。

患者氏名：小池 健二 様（昭和44年3月2日生）
傷病名：第一腰椎圧迫骨折
既往歴：2型糖尿病（HbA1c 8.1%）、10年前に腰椎椎間板ヘルニアの手術歴
所見：骨癒合は得られているが、腰部痛と可動域制限が残存。症状固定は3月頃の見込み。

東湾岸総合病院 医療相談室
""",
        personal=[("name", "小池 健二"), ("diagnosis", "第一腰椎圧迫骨折"), ("medical_history", "2型糖尿病（HbA1c 8.1%）"),
                  ("medical_history", "腰椎椎間板ヘルニアの手術歴")],
    ))

    # H8 subject: 件名に被害者名と傷病
    out.append(mail(
        expect="hold", kind="sensitive.injury_subject", writer="宮下", loc="subject",
        why="件名に被害者の氏名・傷病名・通院日数が書かれたまま外部の弁護士へ送られている。",
        from_=MIYASHITA, to=[MURATA],
        subject="示談案の件（松井 由紀子様・頸椎捻挫 通院120日）",
        text="""
大森法律事務所
村田 様

お世話になっております。宮下です。
件名の件、示談案の素案を来週水曜までにお送りいたします。
大森先生のご都合のよい時間に、一度お電話で方針を確認させていただけますでしょうか。

よろしくお願いいたします。
""" + SIG_MIYASHITA,
        personal=[("name", "松井 由紀子"), ("diagnosis", "頸椎捻挫 通院120日")],
    ))

    # H9 zip (plain): 支払依頼一覧（個人の口座）
    out.append(mail(
        expect="hold", kind="list.payee_accounts_zip", writer="岡", loc="zip",
        why="パスワードなしZIPの中のCSVに、受取人（個人）5名の氏名と銀行口座が並んでいる。",
        from_=OKA, to=[AOBA_PAY],
        subject="2月分 支払依頼一覧の送付",
        text="""
あおば損害保険株式会社
保険金支払課 御中

お世話になっております。みなと損害調査の岡でございます。
2月前半分の支払依頼一覧をZIPファイルにてお送りいたします。
件数は5件、合計金額は3,912,600円です。

ご確認のほど、よろしくお願いいたします。
""" + SIG_OKA,
        attachments=[att("支払依頼_2025年2月前半.zip/支払依頼一覧.csv", CSV, """
事案番号,受取人,銀行,支店,種別,口座番号,口座名義,金額
AS-24-110245,高野 美奈子,みらい中央銀行,大森支店,普通,2233445,タカノ ミナコ,482000
AS-24-111530,加藤 誠司,ひかり信用金庫,蒲田支店,普通,0098712,カトウ セイジ,1250000
AS-24-112004,林田 陽菜,さくら中央銀行,品川支店,普通,5567120,ハヤシダ ヒナ,216600
AS-24-113388,森本 孝,ゆうちょ銀行,〇一八店,普通,1234561,モリモト タカシ,1730000
AS-24-114902,岡野 結衣,みらい中央銀行,川崎支店,普通,7781234,オカノ ユイ,234000
"""), att("支払依頼_2025年2月前半.zip/送付状.txt", TXT, "支払依頼一覧（2月前半）　5件　合計3,912,600円　株式会社みなと損害調査 業務管理課")],
        personal=[("name", "高野 美奈子"), ("bank_account", "2233445"), ("name", "加藤 誠司"), ("bank_account", "0098712")],
    ))

    # H10 recipients: 修理工場・代理店13社を To に
    out.append(mail(
        expect="hold", kind="recipients.partners_to_visible", writer="岡", loc="recipients",
        why="13社の取引先アドレスを To に並べた一斉送信で、互いのアドレスが見えてしまう。",
        from_=OKA, to=PARTNERS,
        subject="【ご連絡】大雪に伴う事故受付・立会い体制について",
        text="""
お取引先各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
株式会社みなと損害調査の岡でございます。

気象庁の予報によれば、2月5日（水）から6日（木）にかけて
関東南部で大雪となるおそれがあります。
降雪時は事故の集中が予想されるため、弊社では下記の体制をとります。

・2月5日〜7日は立会い担当を通常の1.5倍に増員
・レッカー入庫車両の損害確認は、原則として写真による確認を優先
・緊急のご連絡は 03-0000-4800（代表）まで

ご不便をおかけしますが、ご協力のほどお願い申し上げます。
""" + SIG_OKA,
    ))

    # ---------------- PASSES ----------------
    yt1 = yamato_mynumber_like("47382915046")
    yt2 = yamato_plain("47382917713")

    # P1 法人番号・インボイス番号での取引先登録
    out.append(mail(
        expect="pass", kind="benign.corporate_number", writer="岡", loc="none",
        why="取引先の法人番号・インボイス登録番号で、個人の番号ではない。",
        from_=OKA, to=[WANGAN],
        subject="取引先登録のお願い（ご確認）",
        text="""
湾岸ボデー工業株式会社
総務ご担当 岩田 様

このたびはお取引を開始させていただき、ありがとうございます。
株式会社みなと損害調査の岡でございます。
取引先登録にあたり、いただいた情報を下記のとおり登録いたしました。
相違がございましたらお知らせください。

商号：湾岸ボデー工業株式会社
法人番号：4010401234567
適格請求書発行事業者登録番号：T4010401234567
所在地：東京都大田区京浜島2-10-5
支払条件：月末締め翌月末払い（銀行振込）

今後ともよろしくお願い申し上げます。
""" + SIG_OKA,
    ))

    # P2 車両番号・車台番号での損害確認
    out.append(mail(
        expect="pass", kind="benign.vehicle_number", writer="北村", loc="none",
        why="車両の登録番号・車台番号と修理見積の話で、個人情報は含まれない。",
        from_=KITAMURA, to=[JONAN], cc=[JONAN_MGR],
        subject="RE: 損害確認の結果（横浜 330 に 45-67）",
        text="""
堀様、菅原工場長

北村です。本日はありがとうございました。
損害確認の結果、下記で協定させてください。

受付番号：AS-24-120533
登録番号：横浜 330 に 45-67
車台番号：ZVW50-8123456
協定金額：468,350円（税込）
　リアバンパー取替、バックドア板金、リアフェンダー（左）板金・塗装
　部品番号 52159-47903 ほか

バックドアの内側の歪みは修正範囲内と判断しました。
追加が出た場合は写真を送ってください。
""" + SIG_KITAMURA + """

> 北村様
> 本日入庫の車両、見積をお送りします。バックドアは取替で見ています。
> 城南オートサービス 堀
""",
    ))

    # P3 修理工場（法人）の振込先確認
    out.append(mail(
        expect="pass", kind="benign.corporate_bank_account", writer="北村", loc="none",
        why="修理代金の振込先は修理工場の法人口座で、個人の口座ではない。",
        from_=KITAMURA, to=[JONAN],
        subject="修理代金のお支払先について",
        text="""
堀様

お世話になっております。北村です。
AS-24-120533 の修理代金ですが、保険会社から直接お支払いする形になります。
念のため振込先を確認させてください。

　ひかり信用金庫 大森支店 当座 0012345
　カ）ジョウナンオートサービス

請求書の宛名は「あおば損害保険株式会社」でお願いします。
""" + SIG_KITAMURA,
    ))

    # P4 代車費用の精算（マスクされたカード番号）
    out.append(mail(
        expect="pass", kind="benign.masked_card", writer="宮下", loc="none",
        why="カード番号は下4桁以外マスクされた法人カードで、個人のカード情報ではない。",
        from_=MIYASHITA, to=[HAYATE],
        subject="代車費用のご精算について（1月分）",
        text="""
はやてレンタリース 法人窓口 御中

お世話になっております。みなと損害調査の宮下です。
1月分の代車費用のご請求を確認いたしました。
ご請求書番号 HR-250131-0042、11件、合計 392,700円 で相違ございません。

お支払いは前月と同じく弊社の法人カード（VISA ****-****-****-4021）で
決済をお願いいたします。
明細の一部（AS-24-118832 分）に延長料金が入っておりますが、
保険会社の承認済みですのでそのままで結構です。
""" + SIG_MIYASHITA,
    ))

    # P5 弁護士事務所との面談日程（長い返信チェーン）
    out.append(mail(
        expect="pass", kind="benign.meeting_reply_chain", writer="宮下", loc="none",
        why="弁護士・事務員の氏名と署名が並ぶ面談日程の調整で、事案は受付番号でしか触れていない。",
        from_=MIYASHITA, to=[MURATA], cc=[OMORI, NOMURA],
        subject="Re: Re: Re: 打合せ日程のご相談（AS-24-118832）",
        text="""
村田様

宮下です。ご調整ありがとうございます。
では2月13日（木）15時から、貴事務所にて伺います。
弊社からは宮下と北村の2名、あおば損保様からは野村様がご参加です。

資料は前日までにお送りします。

""" + SIG_MIYASHITA + """

2025年2月4日(火) 17:05 村田 千晶 <murata@omori-law.example.jp>:
> 宮下様
> 大森の予定ですが、13日（木）15時以降であれば対応可能です。
> 会議室を押さえておきます。
>
> 大森法律事務所 事務局 村田 千晶
> TEL 03-0000-7733
>
> 2025年2月4日(火) 11:40 宮下 沙織 <s.miyashita@minato-chousa.example.co.jp>:
>> 村田様
>> 来週か再来週で、大森先生と1時間ほど打合せのお時間をいただけますでしょうか。
>> あおば損保の野村様も同席を希望されています。
>>
>> 2025年2月3日(月) 9:15 野村 美香 <nomura-m@aoba-sonpo.example.co.jp>:
>>> 宮下さん
>>> 先生との打合せ、私も同席させてください。
>>> あおば損害保険 首都圏損害サービス第二課 野村
""",
    ))

    # P6 ヤマトの伝票番号（12桁）
    out.append(mail(
        expect="pass", kind="benign.tracking_number", writer="北村", loc="none",
        why="12桁の数字はヤマト運輸の伝票番号で、マイナンバーではない。",
        from_=KITAMURA, to=[JONAN],
        subject="書類送付のご連絡（宅急便）",
        text=f"""
堀様

北村です。
協定書と見積書の原本、本日宅急便で発送しました。
念のため伝票番号をお知らせします。

　{yt1}（協定書 3件分）
　{yt2}（部品の返却品・小箱）

明日午前中に届く予定です。
受領印を押して1部ご返送ください。
""" + SIG_KITAMURA,
    ))

    # P7 システム障害の報告
    out.append(mail(
        expect="pass", kind="benign.it_outage", writer="岡", loc="none",
        why="「障害」はシステム障害のことで、件数だけを報告している。",
        from_=OKA, to=[AOBA_SYS], cc=[NOMURA],
        subject="【障害報告】調査報告書アップロード機能の不具合（2/6発生・復旧済み）",
        text="""
あおば損害保険株式会社
損害サービス企画 御中

みなと損害調査の岡でございます。
2月6日に発生した調査報告書アップロード機能の障害について、ご報告いたします。

発生：2月6日（木）9:12〜11:47
影響：報告書のアップロード 23件が失敗（再送により全件完了）
原因：弊社側プロキシ証明書の更新漏れ
対策：証明書の期限監視をジョブに追加し、30日前に通知する設定としました

ご迷惑をおかけしましたことをお詫び申し上げます。
""" + SIG_OKA,
    ))

    # P8 担当交代のご挨拶
    out.append(mail(
        expect="pass", kind="benign.successor_intro", writer="北村", loc="none",
        why="担当者交代の挨拶で、社員と取引先担当者の氏名・署名があるだけ。",
        from_=KITAMURA, to=[JONAN, WANGAN], cc=[OKA],
        subject="担当交代のご挨拶",
        text="""
城南オートサービス 堀様
湾岸ボデー工業 岩田様

いつも大変お世話になっております。みなと損害調査の北村です。
私事ですが、3月1日付で横浜事業所へ異動することになりました。
後任は同じ東京第一事業所の技術アジャスター 坂口 翼（さかぐち つばさ）が担当いたします。

坂口は物損調査の経験が10年あり、輸入車の損害確認にも詳しい者です。
2月中に一度、坂口と一緒にご挨拶に伺います。
これまで本当にありがとうございました。

後任：坂口 翼　tsubasa.sakaguchi@minato-chousa.example.co.jp　080-0000-5530
""" + SIG_KITAMURA,
    ))

    # P9 English: 被害者本人への連絡
    out.append(mail(
        expect="pass", kind="benign.to_data_subject_en", writer="宮下", loc="none",
        why="請求者本人に本人の請求状況を伝えるメールで、第三者への提供ではない。",
        from_=MIYASHITA, to=[GRANT],
        subject="Your claim AS-24-121007 - next steps",
        text="""
Dear Mr. Grant,

Thank you for your call yesterday. My name is Saori Miyashita, and I am the
claims investigator assigned to your claim (AS-24-121007) on behalf of
Aoba General Insurance.

As discussed, here are the next steps:
1. Please keep the receipts for your physiotherapy sessions and taxi rides
   to the clinic. You can send photos of them to this address.
2. The repair shop will contact you to arrange the return of your car,
   probably in the week of February 17.
3. Once your treatment is finished, we will send you a settlement proposal
   in both English and Japanese.

If anything is unclear, please do not hesitate to contact me.
I hope you feel better soon.

Best regards,
Saori Miyashita
Bodily Injury Claims Team, Minato Claims Adjusting Co., Ltd.
Tel: +81-3-0000-4822
""",
    ))

    # P10 事故統計（集計値のみ）
    out.append(mail(
        expect="pass", kind="benign.statistics_aggregate", writer="岡", loc="none",
        why="代理店研修用の事故統計で、件数・割合などの集計値だけ。",
        from_=OKA, to=[NOMURA],
        subject="代理店研修用 事故統計データ（2024年度上期）",
        text="""
野村様

お世話になっております。岡です。
代理店研修でお使いになる事故統計をまとめましたのでお送りします。

2024年度上期（4〜9月）弊社受託分
・受託件数：1,842件（前年同期比 +6.3%）
・うち人身事故：312件（16.9%）
・後遺障害申請：41件、認定 27件
・平均解決日数：物損 38日、人身 142日
・事故類型の上位：追突 31%、出会い頭 18%、駐車場内 15%

個別の事案はすべて除いております。
スライドに貼る際はグラフ化したものもご用意できますのでお申し付けください。
""" + SIG_OKA,
    ))

    for m in out:
        m["_org"] = ORG
    return out
