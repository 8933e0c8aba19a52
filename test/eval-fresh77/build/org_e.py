"""(E) 株式会社三和エコサービス — industrial-waste collection and disposal, Nagoya."""
from common import (mail, addr, att, enc_zip, P, csv_text, quote,
                    yamato_that_passes_mynumber, yamato_that_fails_mynumber, grp4)

ORG = "E"
NAME = "株式会社三和エコサービス"
DOMAIN = "sanwa-eco.example.co.jp"

NAKANO = addr("中野 隆之", "nakano@" + DOMAIN)
KATO = addr("加藤 美咲", "kato.m@" + DOMAIN)
YOSHIDA = addr("吉田 誠", "yoshida@" + DOMAIN)

SIG_NAKANO = """
====================================
株式会社三和エコサービス
営業部 主任　中野 隆之
〒455-0099 愛知県名古屋市港区潮凪町9番地9
TEL 052-0000-8800　FAX 052-0000-8801　携帯 090-0000-6612
nakano@sanwa-eco.example.co.jp
産業廃棄物収集運搬業許可 愛知県 第02312345678号
産業廃棄物処分業許可 名古屋市 第06612345678号
====================================
"""

SIG_KATO = """
三和エコサービス 業務課（配車・マニフェスト担当）
加藤 美咲
TEL 052-0000-8810 ／ FAX 052-0000-8811
kato.m@sanwa-eco.example.co.jp
"""

SIG_YOSHIDA = """
┌──────────────────────────────
│ 株式会社三和エコサービス 総務部長
│ 吉田 誠（よしだ まこと）
│ 〒455-0099 名古屋市港区潮凪町9番地9
│ TEL 052-0000-8800（代）　直通 052-0000-8820
│ yoshida@sanwa-eco.example.co.jp
└──────────────────────────────
この電子メールおよび添付ファイルは、名宛人のみを対象とした機密情報を含む場合があります。
名宛人以外の方による閲覧、複製、配布、転送は固く禁じられています。
誤って受信された場合は、直ちに送信者へご連絡のうえ、本メールを削除してください。
"""

MAILS = []
add = MAILS.append

# ====================================================================== HOLDS
# ---- body 1: driver's sleep apnoea diagnosis to the labour consultant
add(mail(
    "yoshida", "body", "hold", "sensitive.sleep_apnoea_driver",
    "Gives a named driver's sleep-apnoea diagnosis, severity and treatment to an outside 社労士.",
    YOSHIDA, [addr("なごや港社会保険労務士事務所 堀田 先生", "hotta@nagoyako-sr.example.jp")],
    "運転業務の制限と配置転換についてのご相談",
    """
堀田先生

いつもお世話になっております。三和エコサービスの吉田です。
ドライバー1名の配置についてご相談させてください。

対象：収集運搬課 今井 健二（46歳、10tダンプ担当、勤続12年）

4月の定期健診の問診で日中の強い眠気の申告があり、会社負担で精密検査を受けさせたところ、
「重症の睡眠時無呼吸症候群（AHI 42）」との診断で、5月からCPAP治療を開始しています。
主治医からは「治療効果が確認できるまで（概ね3か月）長距離・夜間の運転は控えること」
との意見書が出ています。

当面、構内のフォークリフト作業と選別ラインに配置転換する予定ですが、
・運転手当（月3万円）がなくなることの扱い
・本人の同意書の取り方
・就業規則上、配置転換に伴う賃金変更の根拠
について、ご意見をいただけますでしょうか。

本人は「早く運転に戻りたい」と話しており、治療には前向きです。
""" + SIG_YOSHIDA,
    personal=[P("name", "今井 健二"), P("health", "重症の睡眠時無呼吸症候群（AHI 42）"), P("health", "CPAP治療")],
))

# ---- body 2: pension and employment-insurance numbers of new drivers
add(mail(
    "yoshida", "body", "hold", "id.pension_employment_insurance",
    "Two new drivers' basic pension numbers, employment-insurance numbers and birth dates are listed in the body.",
    YOSHIDA, [addr("なごや港社会保険労務士事務所 手続担当 野田様", "noda@nagoyako-sr.example.jp")],
    "7月1日入社 ドライバー2名の資格取得手続き",
    """
野田様

お世話になっております。三和エコサービス総務部の吉田です。
7月1日付で入社するドライバー2名の社会保険・雇用保険の資格取得手続きをお願いします。

(1) 森 拓郎（もり たくろう）
　　生年月日：1987年12月4日
　　基礎年金番号：2301-774218
　　雇用保険被保険者番号：2307-118564-3
　　月額：基本給 260,000円＋運転手当 30,000円
　　扶養：妻、長女

(2) 安田 和真（やすだ かずま）
　　生年月日：2001年5月19日
　　基礎年金番号：2301-905532
　　雇用保険被保険者番号：未加入（前職はアルバイトのため、番号なしと本人申告）
　　月額：基本給 235,000円＋運転手当 30,000円
　　扶養：なし

扶養家族の書類は、揃い次第お送りします。
""" + SIG_YOSHIDA,
    personal=[P("name", "森 拓郎"), P("pension_number", "2301-774218"),
              P("employment_insurance_number", "2307-118564-3"), P("name", "安田 和真"),
              P("pension_number", "2301-905532"), P("birthdate", "1987年12月4日")],
))

# ---- body 3: neighbour's complaint with full contact passed to the client
add(mail(
    "nakano", "body", "hold", "personal.neighbour_complaint_to_client",
    "Passes a neighbouring resident's name, address, phone and complaint details to the client company.",
    NAKANO, [addr("東海プレス工業 総務課 環境担当 水野様", "mizuno@tokai-press.example.co.jp")],
    "収集車両の待機に関する近隣の方からの苦情について",
    """
東海プレス工業株式会社
総務課 環境担当 水野様

いつもお世話になっております。三和エコサービスの中野です。
貴社第二工場での回収について、近隣の方から当社に苦情のお電話がありましたのでご報告します。

お電話をくださった方：
　笠井 良一 様（第二工場 北門向かいのお宅）
　住所：愛知県東海市荒尾町9-3-18
　電話：052-0000-4471（ご自宅）
　内容：「朝6時台から北門前の道路にパッカー車がエンジンをかけたまま止まっている。
　　　　寝室が道路側なのでうるさい。排気ガスも入ってくる。前にも言ったが改善されない」
　　　　（笠井様は夜勤のお仕事で、朝から昼まで休まれているとのことです）

当社としては、
・回収時間を7:30以降に変更
・到着が早い場合は、工場手前のコンビニ駐車場ではなく当社指定の待機場所で待つ
・アイドリングストップの徹底
を考えております。

北門の開門時間を7:30に合わせていただけるかご検討いただけますでしょうか。
笠井様へは、双方で対応を決めたうえで、私からお電話で回答する予定です。
""" + SIG_NAKANO,
    personal=[P("name", "笠井 良一"), P("address", "愛知県東海市荒尾町9-3-18"), P("phone", "052-0000-4471")],
))

# ---- attachment 1: driver roster with licence numbers to the partner hauler
DRIVER_ROWS = [
    ["今井 健二", "1978/08/11", "中型・大型", "第530120456781号", "2027/09/11", "090-0000-1845"],
    ["大野 勝", "1969/02/27", "大型・けん引", "第530098112340号", "2026/03/27", "080-0000-2276"],
    ["桑原 翔太", "1995/10/03", "中型", "第530170334509号", "2028/11/03", "090-0000-6031"],
    ["森 拓郎", "1987/12/04", "大型", "第530140778216号", "2029/01/04", "070-0000-4482"],
    ["安田 和真", "2001/05/19", "準中型", "第530210556732号", "2027/06/19", "080-0000-9920"],
]
add(mail(
    "kato", "attachment", "hold", "list.driver_roster_licences",
    "The attachment lists five drivers with birth dates, driver's-licence numbers and mobile phones.",
    KATO, [addr("知多運輸 配車係 早川様", "hayakawa@chita-unyu.example.co.jp")],
    "7月 共同配車の乗務員名簿",
    """
知多運輸株式会社
配車係 早川様

お世話になっております。三和エコサービス業務課の加藤です。
7月の共同配車（中部臨空の搬入）で当社から乗務する者の名簿を添付します。
入構証の申請にお使いください。

車両は前回と同じ3台です。
よろしくお願いいたします。
""" + SIG_KATO,
    attachments=[att("乗務員名簿_202507.xlsx", csv_text(
        ["氏名", "生年月日", "免許種別", "運転免許証番号", "有効期限", "携帯"], DRIVER_ROWS))],
    personal=[P("name", "大野 勝"), P("licence", "第530098112340号"), P("birthdate", "1969/02/27"),
              P("name", "桑原 翔太"), P("licence", "第530170334509号"), P("phone", "090-0000-6031")],
))

# ---- attachment 2: passport and residence card numbers of trainees for site entry
TRAINEE_ROWS = [
    ["TRAN VAN HUNG", "ベトナム", "1998/03/14", "C4918273", "RV38127409EF", "技能実習2号"],
    ["NGUYEN THI LAN", "ベトナム", "2000/07/22", "C6023514", "RV49201736AB", "技能実習1号"],
    ["BUDI SANTOSO", "インドネシア", "1996/11/05", "X2388104", "RV51003287CD", "特定技能1号"],
    ["AUNG KYAW MIN", "ミャンマー", "1999/01/30", "MF602931", "RV60718254GH", "特定技能1号"],
]
add(mail(
    "yoshida", "attachment", "hold", "id.passport_residence_list",
    "The attachment lists four foreign workers' passport and residence-card numbers, nationalities and birth dates.",
    YOSHIDA, [addr("中部臨空エネルギー 安全環境課 入構受付", "nyuko@chubu-rinku-energy.example.co.jp")],
    "入構申請書類の送付（7月 定期点検工事 廃材搬出）",
    """
中部臨空エネルギー株式会社
安全環境課 入構受付ご担当者様

いつもお世話になっております。三和エコサービス総務部の吉田です。
7月の定期点検工事に伴う廃材搬出作業の入構申請書類をお送りします。
ご指定の様式に記入のうえ添付しております。

ご確認のほどよろしくお願いいたします。
""" + SIG_YOSHIDA,
    attachments=[att("入構申請_外国籍作業員.xlsx", csv_text(
        ["氏名（ローマ字）", "国籍", "生年月日", "旅券番号", "在留カード番号", "在留資格"], TRAINEE_ROWS))],
    personal=[P("name", "TRAN VAN HUNG"), P("passport", "C4918273"), P("residence_card", "RV38127409EF"),
              P("name", "AUNG KYAW MIN"), P("passport", "MF602931"), P("residence_card", "RV60718254GH")],
))

# ---- quoted 1: homeowner's house-clearing inquiry forwarded to the demolition partner
add(mail(
    "nakano", "quoted", "hold", "personal.homeowner_inquiry_forward",
    "A private person's inquiry with her address, phone and family circumstances is forwarded to a partner contractor.",
    NAKANO, [addr("丸八解体 営業 丹羽様", "niwa@maruhachi-kaitai.example.co.jp")],
    "Fw: 実家の片付けと解体のご相談",
    """
丹羽さん

お世話になってます。中野です。
一般のお客様から下記の相談がありました。家屋の解体はうちではできないので、
現地確認と見積もりをお願いできますか。
家財の処分は当社で引き受けるつもりです。

""" + SIG_NAKANO + """

> 件名: 実家の片付けと解体のご相談
> 差出人: 近藤 久美子 <kumiko.kondo.1962@yahoo.co.jp>
> 日時: 2025/06/16 (月) 10:27
>
> 三和エコサービス 様
>
> 突然のメールで失礼いたします。
> 3月に父が亡くなり、空き家になった実家を片付けて解体したいと考えております。
> 母は施設に入所しており、私は東京に住んでいるため、なかなか現地に行けません。
>
> 実家：愛知県名古屋市南区豊田9-21-4（木造2階建て、築48年）
> 連絡先：近藤 久美子　携帯 090-0000-3786
> 父の名前：竹中 義男（家の名義はまだ父のままです）
>
> 家財がかなり残っており、仏壇もあります。
> 7月中に一度現地に行きますので、その時に見ていただけると助かります。
""",
    personal=[P("name", "近藤 久美子"), P("address", "愛知県名古屋市南区豊田9-21-4"), P("phone", "090-0000-3786"),
              P("email", "kumiko.kondo.1962@yahoo.co.jp"), P("name", "竹中 義男")],
))

# ---- quoted 2: driver's drink-driving case in the forwarded report, sent to the lawyer
add(mail(
    "yoshida", "quoted", "hold", "sensitive.criminal_dui_quoted",
    "The forwarded report names a driver caught drink-driving and his fine, sent to the outside lawyer.",
    YOSHIDA, [addr("名港綜合法律事務所 弁護士 杉浦 先生", "sugiura@meiko-sogo-law.example.jp")],
    "Fw: 乗務員の酒気帯び運転検挙について",
    """
杉浦先生

いつもお世話になっております。三和エコサービスの吉田です。
先日ご相談した件、所長からの報告を下に転送いたします。
懲戒処分の程度と、取引先（特に官公庁）への報告の要否についてご意見をお願いします。

""" + SIG_YOSHIDA + """

---------- 転送メッセージ ----------
From: 港営業所 所長 小野寺
Date: 2025年6月23日 9:02
Subject: 乗務員の酒気帯び運転検挙について

吉田部長

桑原 翔太（収集運搬課）の件、本人から聞き取った内容を報告します。

・6月21日（土）23時頃、私用車で帰宅中に港区内の検問で呼気検査、0.20mg/Lで検挙。
・業務外、休日中。事故はなし。
・6月22日に本人から電話で報告あり。免許は違反点数13点で90日の停止となる見込み。
・略式起訴で罰金（30万円前後）になるだろうと本人は言っています。
・業務用車両の運転はさせていません。当面は構内作業に回します。

本人は深く反省しており、退職も口にしていますが、まずは会社の判断を伝えるまで待つよう話しています。

小野寺
""",
    personal=[P("name", "桑原 翔太"), P("criminal", "0.20mg/Lで検挙"), P("criminal", "略式起訴で罰金")],
))

# ---- subject only: a private bank account in the subject
add(mail(
    "yoshida", "subject", "hold", "id.bank_account_subject",
    "The subject gives a named driver's personal bank account for salary; the body is neutral.",
    YOSHIDA, [addr("なごや港社会保険労務士事務所 給与計算担当 野田様", "noda@nagoyako-sr.example.jp")],
    "【給与振込先変更】村上 大輔：東海みらい銀行 港支店 普通 4412876",
    """
野田様

お世話になっております。吉田です。
標記の通り、7月支給分からの変更をお願いいたします。
本人の届出書原本は月末の書類便でお送りします。
""" + SIG_YOSHIDA,
    personal=[P("name", "村上 大輔"), P("bank_account", "東海みらい銀行 港支店 普通 4412876")],
))

# ---- zip: encrypted zip, harmless body
add(mail(
    "kato", "zip", "hold", "attachment.encrypted_zip",
    "A password-protected zip (PPAP) is attached; it is held whatever the body says.",
    KATO, [addr("東海プレス工業 総務課 水野様", "mizuno@tokai-press.example.co.jp")],
    "5月分 マニフェスト（E票）写し送付",
    """
東海プレス工業株式会社
総務課 水野様

いつもお世話になっております。三和エコサービス業務課の加藤です。
5月分のマニフェストE票の写しをお送りします。
貴社のご依頼により、パスワード付きで圧縮しております。
パスワードは別途お送りいたします。
""" + SIG_KATO,
    attachments=[enc_zip("マニフェストE票_202505.zip")],
))

# ---- recipients: seminar invitation with 13 client addresses visible
SEMINAR_TO = [
    addr("東海プレス工業 水野様", "mizuno@tokai-press.example.co.jp"),
    addr("中部臨空エネルギー 安全環境課", "kankyo@chubu-rinku-energy.example.co.jp"),
    addr("名港化成 環境管理室 坪内様", "tsubouchi@meiko-kasei.example.co.jp"),
    addr("あつた電機 総務部", "soumu@atsuta-denki.example.co.jp"),
    addr("大府メタル工業 工場長 荒川様", "arakawa@obu-metal.example.co.jp"),
    addr("知多ケミカル 総務課", "soumu@chita-chemical.example.co.jp"),
    addr("港区総合病院 施設管理課", "shisetsu@minatoku-sogo-hp.example.jp"),
    addr("東海変電設備 保安課", "hoan@tokai-henden.example.co.jp"),
    addr("半田ゴム工業 環境担当 間瀬様", "mase@handa-gomu.example.co.jp"),
    addr("中川運河ビル管理", "kanri@nakagawa-unga-bm.example.co.jp"),
    addr("名古屋ベイ冷蔵 総務", "soumu@nagoya-bay-reizo.example.co.jp"),
    addr("碧南プラスチック 山内様", "yamauchi@hekinan-plastic.example.co.jp"),
]
add(mail(
    "nakano", "recipients", "hold", "recipients.clients_seminar_in_to",
    "Twelve client organisations are visible in To plus one more in CC, instead of BCC.",
    NAKANO, SEMINAR_TO,
    cc=[addr("安城電子 設備課", "setsubi@anjo-denshi.example.co.jp")],
    subject="【ご案内】PCB廃棄物の処分期限と手続きに関する説明会（7月25日）",
    text="""
お取引先 ご担当者様

平素より格別のお引き立てを賜り、誠にありがとうございます。
株式会社三和エコサービス 営業部の中野でございます。

低濃度PCB廃棄物の処分期限（2027年3月31日）が近づいていることを受け、
排出事業者様向けの説明会を下記のとおり開催いたします。

　日時：2025年7月25日（金）14:00〜15:30
　会場：当社 潮凪事業所 2階研修室（オンライン参加も可）
　内容：
　　1. 低濃度PCB含有の可能性がある機器（トランス・コンデンサ・安定器）の見分け方
　　2. 分析の依頼方法と費用の目安
　　3. 保管事業者の届出と収集運搬の手配
　　4. 質疑応答

参加ご希望の方は、7月18日（金）までに本メールにご返信ください。
""" + SIG_NAKANO,
))

# ====================================================================== PASSES
MANIFEST_ROWS = [
    ["2025/05/07", "11827364091", "廃プラスチック類", "3.42t", "終了"],
    ["2025/05/14", "11827401558", "金属くず", "5.10t", "終了"],
    ["2025/05/14", "11827401563", "汚泥", "2.88t", "処分終了報告待ち"],
    ["2025/05/21", "11827459906", "廃油", "1,200L", "終了"],
    ["2025/05/28", "11827513244", "廃プラスチック類", "3.05t", "運搬終了"],
]
add(mail(
    "kato", "attachment", "pass", "benign.manifest_numbers",
    "Electronic manifest numbers and tonnages for the client; the long numbers are waste-tracking IDs.",
    KATO, [addr("東海プレス工業 総務課 水野様", "mizuno@tokai-press.example.co.jp")],
    "5月分 電子マニフェスト 処理状況のご報告",
    """
水野様

お世話になっております。三和エコサービスの加藤です。
5月分の電子マニフェストの処理状況をまとめました。
5/14の汚泥（交付番号 11827401563）のみ、最終処分業者からの終了報告待ちです。
6月10日頃には完了の見込みです。

JWNETでもご確認いただけます。
""" + SIG_KATO,
    attachments=[att("マニフェスト処理状況_202505.csv", csv_text(
        ["引渡日", "マニフェスト交付番号", "廃棄物の種類", "数量", "状況"], MANIFEST_ROWS))],
))

add(mail(
    "nakano", "attachment", "pass", "benign.permit_corporate_numbers",
    "Company permits, licence numbers and corporate number sent for vendor registration.",
    NAKANO, [addr("名港化成 購買部 取引先登録係", "torihiki@meiko-kasei.example.co.jp")],
    "取引先登録書類の提出（株式会社三和エコサービス）",
    """
名港化成株式会社
購買部 取引先登録係 御中

お世話になっております。三和エコサービス営業部の中野です。
新規取引先登録に必要な書類を添付にてお送りいたします。

・取引先登録申請書
・許可証の写し（収集運搬：愛知県・岐阜県・三重県、処分：名古屋市）
・会社概要
""" + SIG_NAKANO,
    attachments=[att("取引先登録申請書_三和エコサービス.pdf", """
取引先登録申請書
商号：株式会社三和エコサービス
法人番号：3180001066241
適格請求書発行事業者登録番号：T3180001066241
代表者：代表取締役 三輪 和彦
本店所在地：愛知県名古屋市港区潮凪町9番地9
資本金：4,800万円　従業員数：87名

許可
産業廃棄物収集運搬業　愛知県 第02312345678号（有効期限 2029年8月31日）
産業廃棄物収集運搬業　岐阜県 第02112345678号（有効期限 2027年3月31日）
産業廃棄物収集運搬業　三重県 第02412345678号（有効期限 2028年1月31日）
産業廃棄物処分業　　　名古屋市 第06612345678号（破砕・圧縮・選別）
優良産廃処理業者認定　有

取引銀行：東海みらい銀行 港支店 当座 0082214
""")],
))

YAMATO_1 = yamato_that_passes_mynumber("40817726510")
YAMATO_2 = yamato_that_fails_mynumber("40817726590")
add(mail(
    "kato", "body", "pass", "benign.tracking_numbers",
    "Sample shipments with 12-digit Yamato tracking numbers; one happens to satisfy the My Number check digit but is a parcel number.",
    KATO, [addr("東海環境分析センター 受付 浅井様", "uketsuke@tokai-kankyo-bunseki.example.co.jp")],
    "検体発送のご連絡（溶出試験 2件）",
    """
東海環境分析センター
受付 浅井様

お世話になっております。三和エコサービスの加藤です。
本日、溶出試験用の検体を2件発送しました。

　① 焼却灰（潮凪事業所 6月分）　ヤマト運輸 送り状番号 %s
　② 汚泥（東海プレス工業様 第二工場）　ヤマト運輸 送り状番号 %s

いずれも明日午前着の予定です。
試験項目は前回と同じ（埋立判定基準 全項目）でお願いします。
お見積番号：TKB-Q-25-0388
""" % (grp4(YAMATO_1), grp4(YAMATO_2)) + SIG_KATO,
))

add(mail(
    "kato", "body", "pass", "benign.infectious_waste_schedule",
    "A collection-schedule change for a hospital's infectious medical waste (感染性廃棄物); no patient is involved.",
    KATO, [addr("港区総合病院 施設管理課 坂井様", "sakai@minatoku-sogo-hp.example.jp")],
    "感染性廃棄物の回収日変更について（お盆期間）",
    """
港区総合病院
施設管理課 坂井様

いつもお世話になっております。三和エコサービス業務課の加藤です。
お盆期間中の感染性廃棄物の回収日を、下記のとおり変更させていただきます。

　通常：月・水・金
　8月11日（月・祝）→ 8月12日（火）に振替
　8月13日（水）→ 通常どおり
　8月15日（金）→ 8月16日（土）に振替

専用容器（50Lペール・20Lダンボール）の在庫が少なくなっているとのことでしたので、
8月8日（金）の回収時に、50Lペール 40個・20L 60箱をお持ちします。
バイオハザードマークの色分け（赤・橙・黄）は従来どおりでお願いします。

ご不明な点があればご連絡ください。
""" + SIG_KATO,
))

add(mail(
    "kato", "body", "pass", "benign.weighbridge_system_outage",
    "Reports an outage (障害) of the truck-scale system with error codes and serials; no personal data.",
    KATO, [addr("中部計量システム サービス部 鬼頭様", "kito@chubu-keiryo.example.co.jp")],
    cc=[NAKANO],
    subject="トラックスケール計量システム 障害発生のご連絡（至急）",
    text="""
中部計量システム株式会社
サービス部 鬼頭様

お世話になっております。三和エコサービスの加藤です。
本日、潮凪事業所のトラックスケールで障害が発生しましたのでご連絡します。

・発生：6月27日 8:15頃
・症状：計量端末（WS-2 / S/N KS30-2207-0118）で「E-07 ロードセル通信異常」が表示され、
　　　　入口側の計量ができない。出口側（WS-1）は正常。
・再起動2回実施、改善なし。
・影響：搬入車両を出口側でまとめて計量しているため、待ち時間が最大40分。

本日中の来場は可能でしょうか。
計量証明書の発行にも影響が出ているため、至急の対応をお願いします。
""" + SIG_KATO,
))

add(mail(
    "nakano", "attachment", "pass", "benign.swift_invoice_english",
    "An English invoice to an overseas scrap buyer with the company's corporate account and SWIFT code.",
    NAKANO, [addr("Le Minh Tuan (VietMetal Recycling)", "tuan.le@vietmetal.example.com.vn")],
    "Invoice SE-EX-2506-07 / Copper scrap shipment (Container TGHU 801234-5)",
    """
Dear Mr. Tuan,

Thank you for your continued business.
Please find attached our invoice for the copper scrap shipment that left Nagoya Port on 24 June.

Invoice No.: SE-EX-2506-07
Container No.: TGHU 801234-5 / B/L No.: NGOHPH2506118
Amount: USD 48,360.00 (CIF Hai Phong)
Payment terms: T/T within 30 days after B/L date

Bank details (corporate account):
Beneficiary: SANWA ECO SERVICE CO., LTD.
Bank: Tokai Mirai Bank, Ltd., Minato Branch
Account No.: 0082214 (current)
SWIFT: TMBKJPJT

Please let me know if you need the weight certificate or the photos of loading.

Best regards,
Takayuki Nakano
""" + SIG_NAKANO,
    attachments=[att("Invoice_SE-EX-2506-07.pdf", """
COMMERCIAL INVOICE  No. SE-EX-2506-07  Date: 24 June 2025
Seller: SANWA ECO SERVICE CO., LTD., 9-9 Shionagi-cho, Minato-ku, Nagoya, Japan
Buyer: VietMetal Recycling JSC, Hai Phong, Viet Nam
Description: Copper scrap (Birch/Cliff), HS 7404.00
Net weight: 6,200 kg  Unit price: USD 7.80/kg  Amount: USD 48,360.00
Beneficiary bank: Tokai Mirai Bank, Minato Branch, A/C 0082214, SWIFT TMBKJPJT
""")],
))

add(mail(
    "nakano", "body", "pass", "benign.religious_corp_customer",
    "A quotation for a temple (宗教法人) as a customer; religion here is a business party, not a person's belief.",
    NAKANO, [addr("宗教法人 浄福寺 寺務所", "jimusho@jofukuji.example.or.jp")],
    "本堂改修工事に伴う廃材処分のお見積り",
    """
宗教法人 浄福寺
寺務所 ご担当者様

いつもお世話になっております。三和エコサービスの中野でございます。
先日、現地を拝見させていただいた本堂改修工事の廃材について、お見積りをお送りします。

　・木くず（古材・建具）　約8㎥　　　　　　 96,000円
　・瓦・陶磁器くず　約4t　　　　　　　　　　120,000円
　・金属くず（銅板屋根の一部）　約0.6t　　 買取 ▲42,000円
　・収集運搬（4tダンプ 3台）　　　　　　　 105,000円
　　合計（税抜）　279,000円

銅板は相場により買取価格が変動しますので、搬出時の単価で精算させていただきます。
ご住職様より伺った「お盆前（8月10日まで）に片付けたい」とのご希望に合わせて、
7月下旬の搬出で手配いたします。

施主様（宗教法人様）名義でのマニフェスト交付となりますので、
工事業者の永田工務店様とも調整させていただきます。
""" + SIG_NAKANO,
))

add(mail(
    "yoshida", "body", "pass", "benign.health_management_aggregate",
    "Company health-management (健康経営) figures as aggregates only.",
    YOSHIDA, [addr("あいち健康経営推進協議会 事務局", "jimukyoku@aichi-kenkokeiei.example.or.jp")],
    "健康経営優良法人2026 申請に関する取組状況の報告",
    """
あいち健康経営推進協議会
事務局 ご担当者様

いつもお世話になっております。株式会社三和エコサービス総務部の吉田です。
標記の件、当社の取組状況を下記のとおりご報告いたします。

・定期健康診断受診率：100%（87名中87名）
・再検査・精密検査の受診率：78.6%（対象28名中22名）
・ストレスチェック受検率：95.4%
・特定保健指導 実施率：41%
・ドライバーの睡眠時無呼吸症候群スクリーニング：全ドライバー（34名）で実施
・喫煙率：前年 38% → 今年 31%（禁煙外来の費用補助を開始）
・平均年次有給休暇取得日数：12.8日

個人の健診結果は含めておりません。
申請書類は7月末までに提出いたします。
""" + SIG_YOSHIDA,
))

add(mail(
    "nakano", "body", "pass", "benign.transfer_greeting",
    "A personnel-transfer greeting introducing a successor, with staff names and signatures only.",
    NAKANO, [addr("あつた電機 総務部 宇佐美様", "usami@atsuta-denki.example.co.jp")],
    cc=[addr("三和エコサービス 営業部 河合", "kawai@" + DOMAIN)],
    subject="担当者変更のご挨拶（三和エコサービス 中野）",
    text="""
あつた電機株式会社
総務部 宇佐美様

いつも大変お世話になっております。三和エコサービスの中野でございます。

このたび、8月1日付で三重営業所へ異動することとなりました。
在任中は、工場移転時の大量搬出をはじめ、格別のご高配を賜り誠にありがとうございました。

後任は、同じ営業部の河合 由香が担当させていただきます。
河合は入社8年目で、金属くずの有価物買取にも詳しい者です。
7月中に一度、河合とともにご挨拶に伺えればと存じます。

今後とも、三和エコサービスをどうぞよろしくお願い申し上げます。
""" + SIG_NAKANO,
))

add(mail(
    "kato", "attachment", "pass", "benign.plain_zip_analysis",
    "A plain (unencrypted) zip of analysis reports sent to a client; no personal data inside.",
    KATO, [addr("名港化成 環境管理室 坪内様", "tsubouchi@meiko-kasei.example.co.jp")],
    "汚泥 溶出試験結果（2025年上期）の送付",
    """
坪内様

お世話になっております。三和エコサービスの加藤です。
上期分の溶出試験結果（計量証明書）を圧縮してお送りします。
すべての項目で埋立判定基準を満たしています。

年次の報告書作成にお使いください。
""" + SIG_KATO,
    attachments=[att("溶出試験結果_2025上期.zip", """溶出試験結果_2025上期.zip の内容:
計量証明書_TKB-25-0141_汚泥_1月.pdf
計量証明書_TKB-25-0302_汚泥_3月.pdf
計量証明書_TKB-25-0517_汚泥_5月.pdf
試験結果一覧_2025上期.xlsx
""")],
))
