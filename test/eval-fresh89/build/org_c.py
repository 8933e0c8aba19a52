"""(C) 株式会社ひかり調剤 本部 (dispensing pharmacy chain, head office).

Writers: 藤井 真由美 (薬剤部 在宅医療推進課, warm, long signature),
         長谷川 亮 (店舗運営部 店舗サポート・システム課, brisk, short signature; English too),
         石原 奈緒 (人事総務部, formal, boxed signature).
"""
from common import (addr, mail, att, enc_zip, P, mynumber, csv_text, luhn_complete,
                     group4, yamato_number, jan13, CT_CSV, CT_TXT, CT_XLSX, CT_PDF, CT_DOCX)

ORG = "C"
D = "hikari-chozai.example.co.jp"

FUJII = addr("藤井 真由美", f"m-fujii@{D}")
HASE = addr("長谷川 亮（ひかり調剤 店舗運営部）", f"r.hasegawa@{D}")
ISHI = addr("石原 奈緒", f"n-ishihara@{D}")

SIG_FUJII = """――――――――――――――――――――――――――
株式会社ひかり調剤 本部
薬剤部 在宅医療推進課　薬剤師　藤井 真由美
〒330-0000 埼玉県さいたま市大宮区桜木町9-9-9 ひかりビル3F
TEL 048-0000-3301（代表）　048-0000-3320（直通）
FAX 048-0000-3399
m-fujii@hikari-chozai.example.co.jp
――――――――――――――――――――――――――
※在宅訪問中は電話に出られないことがあります。"""

SIG_HASE = """--
ひかり調剤 店舗運営部 店舗サポート・システム課
長谷川 亮 / 048-0000-3341"""

SIG_HASE_EN = """Ryo Hasegawa
Store Operations Dept., Hikari Chozai Co., Ltd.
+81-48-0000-3341 | r.hasegawa@hikari-chozai.example.co.jp"""

SIG_ISHI = """┌─────────────────────┐
　株式会社ひかり調剤 人事総務部
　石原 奈緒（いしはら なお）
　TEL 048-0000-3310 ／ FAX 048-0000-3398
　n-ishihara@hikari-chozai.example.co.jp
└─────────────────────┘"""


def build():
    out = []

    # ------------------------------------------------------------ HOLDS
    # body 1: HIV diagnosis and prescription shared with a home-care nurse station
    out.append(mail(
        ORG, "fujii", "body", "hold", "sensitive.prescription_hiv",
        "患者一名の氏名・生年月日とHIV感染症の病名・処方薬を本文に書いて社外の訪問看護ステーションへ送っているため。",
        FUJII, [addr("訪問看護ステーションあおば 須藤", "sudo@aoba-houkan.example.jp")],
        "訪問開始予定の患者様の情報共有（ひかり調剤 大宮東口店）",
        f"""
訪問看護ステーションあおば
管理者 須藤 様

いつもお世話になっております。
ひかり調剤 本部 在宅医療推進課の藤井です。

来週から当社 大宮東口店が訪問薬剤管理指導を開始する患者様について、
事前に情報を共有させていただきます。

　氏名：大塚 義明 様（1961年4月9日生）
　主病名：HIV感染症（さいたま中央総合病院 感染症内科で治療中）
　処方：ビクタルビ配合錠 1日1回1錠、ほか降圧薬2剤
　服薬状況：飲み忘れが月に数回あり。お薬カレンダーを導入予定
　ご留意点：ご本人は近隣に病名を知られることを強く気にされています。
　　　　　　訪問時は社名入りの車両・バッグを避けるようお願いいたします。

初回訪問は6月24日（火）14時を予定しております。
須藤様の訪問日と重なる場合は、ご一緒できればと思います。

{SIG_FUJII}
""",
        personal=[P("name", "大塚 義明"), P("birthdate", "1961年4月9日"),
                  P("diagnosis", "HIV感染症"), P("medication", "ビクタルビ配合錠")]))

    # body 2: full credit card number from a phone order
    card = group4(luhn_complete("498035261107743"))
    out.append(mail(
        ORG, "hasegawa", "body", "hold", "id.credit_card_phone_order",
        "電話注文で聞き取った顧客のカード番号（全桁）と有効期限を本文に書いて決済代行会社へ送っているため。",
        HASE, [addr("ペイゲート 加盟店サポート", "merchant-support@paygate.example.jp")],
        "決済エラーの確認依頼（加盟店ID: HK-20417）",
        f"""
株式会社ペイゲート
加盟店サポート ご担当者様

お世話になっております。ひかり調剤 店舗運営部の長谷川です。

当社オンラインショップで、お電話で受け付けた注文の決済がエラーとなっております。
お客様には再度お手続きいただく前に原因を確認したいので、以下についてお調べいただけますか。

　注文番号：HK-EC-2506-00877
　お客様名：小野 和美 様
　カード番号：{card}
　有効期限：09/27
　金額：8,640円（一般用医薬品・衛生用品）
　エラーコード：G12（与信判定）

お客様へは明日中に折り返しのご連絡をする予定です。
よろしくお願いいたします。

{SIG_HASE}
""",
        personal=[P("name", "小野 和美"), P("card_number", card)]))

    # body 3: patient health-insurance numbers to an insurer
    out.append(mail(
        ORG, "hasegawa", "body", "hold", "id.health_insurance_number",
        "患者の氏名・生年月日と健康保険証の記号・番号を本文に書いて健康保険組合へ送っているため。",
        HASE, [addr("東邦電機健康保険組合 適用課", "tekiyo@toho-kenpo.example.or.jp")],
        "資格確認エラーについてのお問い合わせ（ひかり調剤 浦和駅前店）",
        f"""
東邦電機健康保険組合
適用課 ご担当者様

突然のご連絡失礼いたします。
株式会社ひかり調剤 店舗運営部の長谷川と申します。

当社 浦和駅前店でオンライン資格確認を行ったところ、
下記の患者様が「資格なし」と表示され、窓口でお困りの状況です。
ご本人は4月に転居されたものの、勤務先・保険証は変わっていないとのことです。

　氏名：森本 さくら 様
　生年月日：1988年12月2日
　保険者番号：06139876
　被保険者証：記号 81 番号 10457（枝番 01）

資格喪失の処理が行われていないか、ご確認いただけますでしょうか。
お手数をおかけしますが、よろしくお願いいたします。

{SIG_HASE}
""",
        personal=[P("name", "森本 さくら"), P("birthdate", "1988年12月2日"),
                  P("health_insurance", "記号 81 番号 10457")]))

    # attachment 1: home-care patient delivery list
    plist = csv_text(
        ["患者名", "住所", "電話", "配送希望", "薬剤区分", "備考"],
        [["青木 ハル", "さいたま市大宮区大門町9-9-9", "048-0000-7120", "火・金 午前", "一般", "耳が遠いのでインターホン長押し"],
         ["内藤 昭二", "さいたま市北区日進町9-9-9 日進ハイツ305", "090-0000-4418", "月 午後", "冷所（インスリン）", "保冷バッグで手渡し"],
         ["菅野 美代子", "さいたま市見沼区東大宮9-9-9", "048-0000-2263", "水 午前", "医療用麻薬", "必ずご家族（長女）に手渡し・受領印"],
         ["矢島 進", "上尾市仲町9-9-9", "048-0000-9054", "木 午後", "一般", "透析日（月水金）は不在"],
         ["白石 トシ子", "さいたま市大宮区高鼻町9-9-9", "080-0000-6632", "金 午後", "一般", "認知症あり。鍵は隣の長男宅"]])
    out.append(mail(
        ORG, "fujii", "attachment", "hold", "list.home_care_patients",
        "添付CSVに在宅患者5名の氏名・住所・電話と薬剤区分や病状の備考が並んでいるため。",
        FUJII, [addr("メディロジ 配送企画課 浜田", "hamada@medilogi.example.co.jp")],
        "7月開始分 配送先リストの送付",
        f"""
株式会社メディロジ
配送企画課 浜田 様

いつもお世話になっております。ひかり調剤の藤井です。

先日ご契約いただいた在宅患者様向けのお薬配送について、
7月1日から委託を開始する配送先のリストを添付いたします。
まずは大宮エリアの5件からスタートさせてください。

冷所品と医療用麻薬は、先日お打合せした手順書どおりの取扱いをお願いいたします。
初回配送には当社の薬剤師も同行いたします。

{SIG_FUJII}
""",
        attachments=[att("配送先リスト_大宮エリア_7月.csv", CT_CSV, plist)],
        personal=[P("name", "内藤 昭二"), P("address", "さいたま市北区日進町9-9-9 日進ハイツ305"),
                  P("phone", "090-0000-4418"), P("name", "菅野 美代子"), P("name", "白石 トシ子")]))

    # attachment 2: My Numbers of a new employee and dependants
    mn_self = mynumber("73019264805")
    mn_wife = mynumber("28460931172")
    mn_child = mynumber("61827390544")
    dep = csv_text(
        ["区分", "氏名", "続柄", "生年月日", "個人番号", "住所"],
        [["本人", "吉川 拓也", "本人", "1993/06/25", mn_self, "さいたま市浦和区高砂9-9-9"],
         ["控除対象配偶者", "吉川 詩織", "妻", "1994/10/11", mn_wife, "同上"],
         ["16歳未満扶養親族", "吉川 陽向", "長男", "2021/03/14", mn_child, "同上"]])
    out.append(mail(
        ORG, "ishihara", "attachment", "hold", "id.mynumber_dependents",
        "添付ファイルに社員本人と家族のマイナンバーが入っており、社外の社労士事務所へ送っているため。",
        ISHI, [addr("たちばな社会保険労務士事務所 三好", "miyoshi@tachibana-sr.example.jp")],
        "7月入社者の扶養控除等申告書データ送付",
        f"""
たちばな社会保険労務士事務所
三好 様

いつも大変お世話になっております。
ひかり調剤 人事総務部の石原です。

7月1日入社の薬剤師1名について、扶養控除等申告書の内容をデータ化したものを添付いたします。
社会保険の資格取得届（被扶養者異動届を含む）の作成をお願いできますでしょうか。

原本は本日、レターパックにて発送しております。
ご不明な点がございましたらご連絡ください。

{SIG_ISHI}
""",
        attachments=[att("扶養控除等申告書_7月入社.csv", CT_CSV, dep)],
        personal=[P("name", "吉川 拓也"), P("mynumber", mn_self), P("mynumber", mn_wife),
                  P("name", "吉川 陽向")]))

    # quoted 1: reply to a patient's daughter quoting an internal note on another patient's TB
    out.append(mail(
        ORG, "hasegawa", "quoted", "hold", "sensitive.third_party_infection_quoted",
        "患者家族への返信の引用部分に、別の患者の氏名と結核の診断が社内報告として残っているため。",
        HASE, [addr("岡部 恵美", "emi.okabe.0722@gmail.com")],
        "RE: 待ち時間と待合室の感染対策について",
        f"""
岡部 恵美 様

ひかり調剤 本部 店舗運営部の長谷川でございます。
このたびは大宮東口店をご利用いただいた際、長時間お待たせしたうえ、
待合室の環境についてご不安な思いをおかけしましたこと、心よりお詫び申し上げます。

お母様が咳の続く方のお近くでお待ちになっていたとのご指摘を受け、
同店では以下の対応を始めております。

・発熱や咳のある方には、別室または車内でお待ちいただくようご案内
・待合室の座席間隔を広げ、換気の回数を増やす
・混雑時は番号札の配布とお呼び出しの電話サービスを案内

お母様のご体調に変わりがないことを願っております。
ご心配な点があれば、どうぞ私まで直接ご連絡ください。

{SIG_HASE}

-----Original Message-----
From: 大宮東口店 薬局長 三上 <mikami-omiyae@hikari-chozai.example.co.jp>
Sent: Friday, June 13, 2025 6:48 PM
To: 長谷川 亮 <r.hasegawa@hikari-chozai.example.co.jp>
Subject: RE: FW: 待ち時間と待合室の感染対策について

長谷川さん

お疲れさまです。大宮東口店の三上です。ご指摘の件、状況を報告します。

6月10日の夕方、岡部様のお母様と同じ時間帯に待合にいらした
大谷 修 様（当店かかりつけ、70代）が、その後の検査で結核と診断され、
昨日、保健所から接触者の確認の電話がありました。
岡部様のお母様も接触者の候補として保健所に伝えています。

お客様への回答では、保健所の件はまだ伏せておいてください。

三上
""",
        personal=[P("name", "大谷 修"), P("diagnosis", "結核と診断")]))

    # quoted 2: customer's complaint with contact + diagnosis forwarded to the lawyer
    out.append(mail(
        ORG, "ishihara", "quoted", "hold", "personal.customer_complaint_to_lawyer",
        "転送部分に顧客の氏名・住所・電話と糖尿病の治療中であることが含まれ、社外の弁護士へ送っているため。",
        ISHI, [addr("さくら通り法律事務所 真田 弁護士", "sanada@sakuradori-law.example.jp")],
        "FW: 調剤ミスに関するお客様からのご連絡（ご相談）",
        f"""
さくら通り法律事務所
弁護士 真田 先生

いつもお世話になっております。ひかり調剤 人事総務部の石原でございます。

先週、当社の店舗で発生した一包化の誤りについて、
お客様から損害賠償を求める内容のメールが届きました。
経緯は下記のとおりです。当社としての回答方針をご相談させていただきたく、
今週中に30分ほどお時間をいただけませんでしょうか。

{SIG_ISHI}

---------- Forwarded message ---------
From: 早川 昌平 <shohei.hayakawa@yahoo.co.jp>
Date: 2025年6月14日(土) 21:10
Subject: 調剤ミスについて
To: <info@hikari-chozai.example.co.jp>

ひかり調剤 御中

6月9日に与野本町店で受け取った薬の一包化に、別の薬が混ざっていました。
私は2型糖尿病で治療中で、血糖を下げる薬の量が多くなったせいで、
6月11日の朝に低血糖で倒れ、救急車で運ばれました。

治療費と仕事を休んだ分の補償を求めます。誠意ある回答がなければ、
消費者センターと保健所に相談します。

早川 昌平
住所：さいたま市中央区本町西9-9-9
電話：090-0000-5893
""",
        personal=[P("name", "早川 昌平"), P("address", "さいたま市中央区本町西9-9-9"),
                  P("phone", "090-0000-5893"), P("diagnosis", "2型糖尿病")]))

    # subject only: patient name + psychiatric diagnosis in the subject
    out.append(mail(
        ORG, "fujii", "subject", "hold", "sensitive.diagnosis_in_subject",
        "件名に患者の氏名と統合失調症の病名が書かれているため（本文には記載なし）。",
        FUJII, [addr("みなみ台メンタルクリニック 受付", "uketsuke@minamidai-mental.example.jp")],
        "疑義照会のお願い（高田 和夫 様／統合失調症 リスペリドン増量の件）",
        f"""
みなみ台メンタルクリニック
院長 先生

いつもお世話になっております。
ひかり調剤 本部 薬剤部の藤井です（大宮東口店の代理でご連絡いたします）。

標記の患者様の6月17日付処方箋について、確認させていただきたい点がございます。

・リスペリドン錠：前回 1回1mg 1日2回 → 今回 1回3mg 1日2回
　増量幅が大きいため、ご指示どおりでよろしいでしょうか。
・一包化の指示が今回からなくなっておりますが、継続でよろしいでしょうか。

お手数ですが、折り返しお電話（048-0000-3320）またはFAXにてご回答いただけますと幸いです。
患者様には店舗でお待ちいただいております。

{SIG_FUJII}
""",
        personal=[P("name", "高田 和夫"), P("diagnosis", "統合失調症")]))

    # zip: encrypted zip of an incident report
    out.append(mail(
        ORG, "ishihara", "zip", "hold", "attachment.encrypted_zip",
        "パスワード付きZIPファイル（PPAP）を添付しているため。",
        ISHI, [addr("日の本損害保険 医療賠償サービス課", "iryo-baisho@hinomoto-sonpo.example.co.jp")],
        "薬剤師賠償責任保険 事故報告書の送付（与野本町店）",
        f"""
日の本損害保険株式会社
医療賠償サービス課 ご担当者様

いつもお世話になっております。ひかり調剤 人事総務部の石原です。

先日お電話でご報告いたしました与野本町店の調剤事故について、
事故報告書・調剤録の写し・店舗の改善報告書を ZIP ファイルにてお送りします。
パスワードは別途メールにてお知らせいたします。

ご確認のほど、よろしくお願いいたします。

{SIG_ISHI}
""",
        attachments=[enc_zip("事故報告書_与野本町店_20250609.zip")]))

    # recipients: 13 partners from different organisations visible
    partners = [
        ("訪問看護ステーションあおば 須藤", "sudo@aoba-houkan.example.jp"),
        ("みなみ台メンタルクリニック", "uketsuke@minamidai-mental.example.jp"),
        ("大宮さくら在宅クリニック 事務長 水野", "mizuno@sakura-zaitaku.example.jp"),
        ("ケアプランセンターひだまり 太田", "ota@hidamari-care.example.jp"),
        ("訪問看護ステーションみどり 山内", "yamauchi@midori-nurse.example.jp"),
        ("見沼ファミリークリニック", "info@minuma-fc.example.jp"),
        ("居宅介護支援事業所ゆずの里 片岡", "kataoka@yuzunosato.example.jp"),
        ("上尾中央訪問看護 杉本", "sugimoto@ageo-houkan.example.jp"),
        ("北大宮内科 松下", "matsushita@kitaomiya-naika.example.jp"),
        ("さいたま東地域包括支援センター 堤", "tsutsumi@saitama-higashi-hokatsu.example.jp"),
        ("訪問歯科ほほえみ 田口", "taguchi@hohoemi-dental.example.jp"),
        ("ケアマネ 野村 美紀（個人事業）", "miki.nomura.cm@gmail.com"),
        ("日進リハビリ訪問看護 桜井", "sakurai@nisshin-reha.example.jp"),
    ]
    out.append(mail(
        ORG, "fujii", "recipients", "hold", "recipients.visible_care_partners",
        "13の医療・介護事業所と個人のアドレスが To に並び、互いに見える状態で送っているため。",
        FUJII, [addr(n, e) for n, e in partners],
        "【ご案内】第4回 大宮地域 多職種連携勉強会（7/17）",
        f"""
地域の医療・介護関係者の皆様

いつもお世話になっております。
ひかり調剤 在宅医療推進課の藤井でございます。

第4回 大宮地域 多職種連携勉強会を下記のとおり開催いたします。

　日時：2025年7月17日（木）19:00〜20:30
　会場：ひかりビル 4階 セミナールーム（オンライン参加も可）
　テーマ：「退院時カンファレンスから始める服薬支援」
　講師：大宮さくら在宅クリニック 院長 先生

参加ご希望の方は、7月10日（木）までに本メールへのご返信でお知らせください。
軽食をご用意する都合上、人数のご連絡にご協力いただけますと幸いです。

{SIG_FUJII}
"""))

    # ------------------------------------------------------------ PASSES
    # ransomware / outage wording, no persons
    out.append(mail(
        ORG, "hasegawa", "none", "pass", "benign.it_outage_ransomware",
        "「障害」「感染」「隔離」は電子薬歴システムとマルウェアの話で、個人の健康情報は含まないため。",
        HASE, [addr("メディシステム サポートセンター", "support@medisystem.example.co.jp")],
        cc=[addr("情報システム 柴田", f"shibata@{D}")],
        subject="【至急】電子薬歴システム障害（3店舗）とランサムウェア感染疑いの件",
        text=f"""
株式会社メディシステム
サポートセンター ご担当者様

ひかり調剤 店舗運営部の長谷川です。
本日発生した電子薬歴システムの障害について、状況と依頼事項をお送りします。

■ 事象
・9:15頃から、浦和駅前店・与野本町店・大宮東口店の3店舗で電子薬歴が起動しない
・浦和駅前店の受付PC 1台で、ファイル名が「.lockx」に変わる現象を確認
・ランサムウェア感染の疑いがあるため、当該PCは LAN ケーブルを抜いて隔離済み

■ 検知情報
・EDR 検知名：Ransom.Win64.Generic
・ファイルハッシュ（SHA-256）：
　e4d909c290d0fb1ca068ffaddf22cbd0c6a1f4b8e2d7a9035b6c8e1f4a7d2093

■ 依頼
・サーバ側でのバックアップ状態の確認
・隔離した端末以外を復旧させる手順のご案内

店舗では現在、紙の薬歴で対応しています。
14時に状況確認のお電話をいただけますと助かります。

{SIG_HASE}
"""))

    # katakana product names that look like given names, with JAN codes
    jans = [jan13("458012340001"), jan13("458012340002"), jan13("458012340015"), jan13("458012340023")]
    out.append(mail(
        ORG, "hasegawa", "none", "pass", "benign.katakana_products_jan",
        "人名のように見えるのはカタカナの商品名で、番号はJANコードのため。",
        HASE, [addr("関東メディカル卸 OTC部 川島", "kawashima@kanto-medi.example.co.jp")],
        subject="8月導入 新商品4品目の発注について",
        text=f"""
関東メディカル卸株式会社
OTC部 川島 様

お世話になっております。ひかり調剤 店舗運営部の長谷川です。
8月の棚替えに合わせて、以下の4品目を全店で導入することになりました。

| 商品名 | JAN | 入数 | 初回発注 |
| ハルカ ビタミンC 1000 60粒 | {jans[0]} | 6 | 120 |
| ハルカ マルチミネラル 30日分 | {jans[1]} | 6 | 90 |
| ミズキ 目薬クール 12ml | {jans[2]} | 10 | 200 |
| ユウト 薬用ハンドジェル 300ml | {jans[3]} | 12 | 144 |

「ハルカ」「ミズキ」シリーズはメーカーの新ブランドで、店頭POPはメーカーから直送されます。
納品は7月28日（月）までに各店着でお願いいたします。

{SIG_HASE}
"""))

    # Yamato tracking numbers (two of them happen to pass the My Number check digit)
    y1 = yamato_number("43920175518", True)
    y2 = yamato_number("52718830041", True)
    y3 = yamato_number("39104662870", False)
    out.append(mail(
        ORG, "hasegawa", "none", "pass", "benign.yamato_tracking_numbers",
        "12桁の番号は返品商品の宅急便伝票番号で、個人番号ではないため。",
        HASE, [addr("関東メディカル卸 物流センター 返品係", "henpin@kanto-medi.example.co.jp")],
        subject="返品商品の発送連絡（期限切迫品・3店舗分）",
        text=f"""
関東メディカル卸 物流センター
返品係 ご担当者様

お世話になっております。ひかり調剤 店舗運営部の長谷川です。
事前承認をいただいた期限切迫品の返品を、本日ヤマト運輸で発送しました。

・浦和駅前店　2箱　伝票番号 {y1}
・与野本町店　1箱　伝票番号 {y2}
・大宮東口店　3箱　伝票番号 {y3}

返品承認番号：RT-2506-0193
同梱の返品伝票の控えは各店で保管しています。
到着後、検品結果をお知らせいただけますと幸いです。

{SIG_HASE}
"""))

    # MR meeting chain
    out.append(mail(
        ORG, "fujii", "none", "pass", "benign.mr_meeting_chain",
        "製薬会社MRとの勉強会の日程調整で、担当者名と署名のみのため。",
        FUJII, [addr("三星製薬 埼玉営業所 MR 根本", "nemoto.k@mitsuboshi-pharma.example.co.jp")],
        cc=[addr("大宮東口店 薬局長 三上", f"mikami-omiyae@{D}")],
        subject="Re: Re: 吸入指導の社内勉強会について",
        text=f"""
三星製薬株式会社
埼玉営業所 根本 様

ご調整ありがとうございます。ひかり調剤の藤井です。

それでは、7月8日（火）19:00〜20:00、ひかりビル4階セミナールームで確定とさせてください。
参加は当社薬剤師 約25名（うちオンライン10名）の予定です。
練習用の吸入デバイス（ディスカス・エリプタ）を10セットずつお持ちいただけますと助かります。

当日は大宮東口店の三上も進行を手伝います。

{SIG_FUJII}

> 藤井 様
>
> いつもお世話になっております。三星製薬の根本です。
> 7月8日（火）の夜であれば、弊社の呼吸器領域担当の学術（松永）も同行可能です。
> 資料は「吸入手技の評価とよくあるエラー」を予定しております。
>
> ◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆
> 三星製薬株式会社 埼玉営業所
> 医薬情報担当者（MR）　根本 和也
> 〒330-0000 さいたま市大宮区錦町9-9-9
> TEL 048-0000-6610　携帯 090-0000-6610
> ◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆
>
>> 根本 様
>> 吸入指導の勉強会を7月上旬に開催したく、ご都合を伺えますでしょうか。
>> 候補：7/1（火）、7/8（火）、7/10（木）いずれも19時〜
>> ひかり調剤 藤井
"""))

    # visiting restrictions at a care home, no names
    out.append(mail(
        ORG, "fujii", "none", "pass", "benign.visit_restriction_no_names",
        "施設の面会制限に合わせた訪問方法の調整で、入居者個人の名前や病状は含まないため。",
        FUJII, [addr("グループホームけやき 施設長 大橋", "ohashi@keyaki-gh.example.jp")],
        subject="Re: 面会制限期間中のお薬のお届けについて",
        text=f"""
グループホームけやき
施設長 大橋 様

ご連絡ありがとうございます。ひかり調剤の藤井です。

面会制限（6月20日〜7月4日）の期間中は、ご提案いただいたとおり
以下の方法で対応させていただきます。

・定期処方のお薬：玄関の受け渡しボックスでお渡し（職員の方が受領サイン）
・服薬状況の確認：毎週水曜 15時に電話で職員の方から聞き取り
・臨時処方：当日中に玄関でお渡し、説明は電話で実施
・訪問時の検温・マスク着用：継続いたします

入居者様の個別の状況は、制限解除後の訪問時に改めて確認させてください。
期間が延長になる場合はご一報いただけますと幸いです。

{SIG_FUJII}

2025年6月18日(水) 10:05 グループホームけやき 大橋 <ohashi@keyaki-gh.example.jp>:
> ひかり調剤 藤井様
> 施設内で感染症の発生があり、6月20日から2週間、外部の方の面会・立入りを制限します。
> お薬のお届け方法についてご相談させてください。
> グループホームけやき 大橋
"""))

    # English to an overseas supplier, corporate account with SWIFT
    out.append(mail(
        ORG, "hasegawa", "none", "pass", "benign.english_supplier_swift",
        "海外メーカーへの送金連絡で、口座は相手企業の法人口座（SWIFT付き）、番号はロット番号のため。",
        HASE, [addr("Ji-won Park", "jiwon.park@hanbit-bio.example.co.kr")],
        subject="Payment for PO HK-2505-031 and lot numbers for the July shipment",
        text=f"""
Dear Ms. Park,

Thank you for your quick reply.

We have remitted USD 18,420.00 for PO HK-2505-031 today to the account stated on
your invoice INV-HB-25-0612:

  Beneficiary: Hanbit Bio Co., Ltd.
  Bank: Hanbit Commerce Bank, Gangnam Corporate Branch
  Account No.: 301-0000-4471-09
  SWIFT: HCBKKRSEXXX

For the July shipment, could you confirm that the following lots will be shipped?

  - Hanbit Collagen Jelly 14 sticks: lot HBCJ-250528, best before 2027-05
  - Hanbit Probiotic 30 caps: lot HBPR-250601, best before 2027-06

Please also send the certificate of analysis for each lot before shipment.

Best regards,

{SIG_HASE_EN}
"""))

    # dev minutes with a Luhn-valid test card number
    out.append(mail(
        ORG, "hasegawa", "none", "pass", "benign.test_card_dev_minutes",
        "カード番号は開発環境で使う公開テストカード番号で、実在の顧客のものではないため。",
        HASE, [addr("ウェブクラフト 開発部 中野", "nakano@webcraft.example.jp")],
        cc=[addr("ウェブクラフト 開発部 野田", "noda@webcraft.example.jp"),
            addr("情報システム 柴田", f"shibata@{D}")],
        subject="【議事録】EC サイト改修 定例（第7回）",
        text=f"""
ウェブクラフト 中野様、野田様
（CC：当社 柴田）

ひかり調剤の長谷川です。本日の定例の議事録を共有します。

■ 日時：2025年6月19日（木）10:00〜11:00（オンライン）
■ 出席：ウェブクラフト 中野、野田／ひかり調剤 長谷川、柴田

1. 決済モジュールの差し替え
　・ステージング環境で 3Dセキュア 2.0 のテストを実施
　・テストカード 4111 1111 1111 1111（有効期限 12/30、CVC 123）で
　　認証成功・失敗の両パターンを確認済み
　・本番用 API キーは当社から 6/26 に発行（共有はパスワード管理ツール経由）

2. 要指導医薬品のカート制限
　・1注文あたり1個の制限をフロントとサーバの両方で実装 → 6/30 完了予定

3. 次回：6月26日（木）10:00〜

{SIG_HASE}
"""))

    # plain zip of training material
    tr1 = ("新人薬剤師研修 第2回 カリキュラム\n"
           "1. 調剤過誤防止の基本（90分）\n2. 疑義照会の進め方（60分）\n"
           "3. 服薬指導ロールプレイ（120分）\n4. 在宅訪問の同行準備（30分）\n")
    tr2 = csv_text(["日付", "時間", "会場", "講師"],
                   [["2025/07/02", "9:30-17:00", "ひかりビル4F セミナールーム", "薬剤部 教育担当"],
                    ["2025/07/03", "9:30-17:00", "ひかりビル4F セミナールーム", "外部講師（ファーマラーニング社）"]])
    out.append(mail(
        ORG, "ishihara", "none", "pass", "benign.plain_zip_training",
        "暗号化されていないZIPで、中身は研修カリキュラムと日程表だけのため。",
        ISHI, [addr("ファーマラーニング 研修企画部 小池", "koike@pharmalearning.example.co.jp")],
        subject="7月新人研修の資料一式（ZIP）",
        text=f"""
株式会社ファーマラーニング
研修企画部 小池 様

お世話になっております。ひかり調剤 人事総務部の石原でございます。

7月2日・3日の新人薬剤師研修について、カリキュラムと日程表を
ZIP にまとめてお送りいたします（パスワードは設定しておりません）。
受講者は7名の予定です。3日目の講義資料は6月27日までにご共有いただけますと幸いです。

{SIG_ISHI}
""",
        attachments=[att("新人研修_2025_07.zip/カリキュラム.txt", CT_TXT, tr1),
                     att("新人研修_2025_07.zip/日程表.csv", CT_CSV, tr2)]))

    # masked corporate card number
    out.append(mail(
        ORG, "ishihara", "none", "pass", "benign.masked_corporate_card",
        "法人カードの番号は下4桁以外マスクされており、個人の識別番号は含まないため。",
        ISHI, [addr("ケイヒクラウド カスタマーサクセス", "cs@keihi-cloud.example.jp")],
        subject="法人カード明細の取込エラーについて",
        text=f"""
株式会社ケイヒクラウド
カスタマーサクセス ご担当者様

お世話になっております。ひかり調剤 人事総務部の石原です。

経費精算システムへの法人カード明細の自動取込が、6月分から止まっております。
対象のカードは以下の1枚です。

　カード種別：コーポレートカード（総務部 共用）
　カード番号：**** **** **** 4821
　明細の最終取込日：2025年5月31日

カード会社側では利用明細が確定していることを確認しています。
連携設定の再認証が必要でしょうか。手順をご教示いただけますと幸いです。

{SIG_ISHI}
"""))

    # genome-test policy, no individual results
    out.append(mail(
        ORG, "fujii", "none", "pass", "benign.genome_test_policy",
        "遺伝子検査キットの取扱方針の説明で、個人の検査結果は一切含まないため。",
        FUJII, [addr("ジーンライフ 営業企画部 桐生", "kiryu@genelife.example.co.jp")],
        subject="店頭での遺伝子検査キット取扱いに関する当社方針",
        text=f"""
ジーンライフ株式会社
営業企画部 桐生 様

お世話になっております。ひかり調剤の藤井です。
先日ご提案いただいた遺伝子検査キットの店頭販売について、社内で検討した結果、
下記の方針で取扱いを開始することになりましたのでお知らせいたします。

1. 販売は薬剤師が常駐する時間帯のみとし、検査の限界について説明した上で販売する
2. 検体の受付・返送は購入者ご本人が行い、店舗では検体・結果を一切預からない
3. 検査結果について店舗で相談を受けた場合は、医療機関の遺伝カウンセリングを案内する
4. 当社の会員データと検査結果を紐づけることは行わない

販促物に「病気が分かる」と誤解される表現がないか、事前に確認させていただけますと幸いです。

{SIG_FUJII}
"""))

    return out
