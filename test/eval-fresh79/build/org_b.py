"""(B) 株式会社 北斗ライン運輸 運行管理・労務 — all data synthetic."""
from common import (mail, att, P, quote, csv_text, mynumber, not_mynumber)

ORG = "B"
DOM = "hokuto-line.example.co.jp"

SASAKI = f"佐々木 健一 <k-sasaki@{DOM}>"
MURAKAMI = f"北斗ライン運輸 総務労務課 村上 <e-murakami@{DOM}>"
ONO = f"大野 浩 <h-ono@{DOM}>"

SIG_SASAKI = """
―――――――――――――
北斗ライン運輸㈱ 習志野営業所
運行管理者 配車課長　佐々木 健一
営業所 047-0000-3301 ／ 携帯 090-0000-8812
―――――――――――――
"""

SIG_MURAKAMI = f"""
******************************************
株式会社 北斗ライン運輸
総務部 総務労務課　村上 恵美（むらかみ えみ）
〒275-0000 千葉県習志野市茜浜3-0-5
TEL 047-0000-3300（代）　FAX 047-0000-3309
E-mail e-murakami@{DOM}
******************************************
このメールには機密情報が含まれている場合があります。
宛先に心当たりのない方は、削除のうえ送信者までご連絡ください。
"""

SIG_ONO = """
==============================
株式会社 北斗ライン運輸
安全推進室 室長　大野 浩
（運行管理者・整備管理者）
〒275-0000 千葉県習志野市茜浜3-0-5
TEL 047-0000-3305　携帯 080-0000-4471
==============================
"""

TAKEDA = "武田産業医事務所 武田 先生 <takeda@takeda-sangyoi.example.jp>"
KOUNAI = "ベイサイド物流センター 入構管理 <nyuko@bayside-dc.example.co.jp>"
BENGOSHI = "京葉総合法律事務所 弁護士 西村 <nishimura@keiyo-law.example.jp>"
MOTOUKE = "東洋ロジスティクス 協力会社管理課 森 <mori-kyoryoku@toyo-logi.example.co.jp>"
SHAROUSHI = "あかね社労士法人 担当 内田 <uchida@akane-sr.example.jp>"
NINUSHI_QA = "ミナトフーズ 品質保証部 岡田 <okada-qa@minato-foods.example.co.jp>"
SHATAKU = "茜浜住宅管理 賃貸課 平野 <hirano@akanehama-jutaku.example.co.jp>"
YOSHA_HAISHA = "東関東エクスプレス 配車 吉村 <haisha@higashikanto-exp.example.co.jp>"
KINTAI = "タイムワークス 導入支援 斎藤 <saito-onboard@timeworks.example.com>"
EC_NINUSHI = "ルミエール通販 出荷管理 杉山 <sugiyama@lumiere-shop.example.jp>"
DIGITACO = "ドライブレコ サポート <support@driverec.example.co.jp>"


def build():
    M = []

    # ------------------------------------------------------------ HOLD body
    M.append(mail(ORG, "murakami", "body", "hold", "sensitive.health_check_results",
        "A named driver's blood pressure, HbA1c and sleep-apnoea test results are sent to an outside occupational physician.",
        MURAKAMI, [TAKEDA],
        "健診結果に基づく就業判定のお願い（習志野営業所 乗務員1名）",
        f"""
武田先生

いつも大変お世話になっております。北斗ライン運輸の村上でございます。

先月の定期健康診断の結果、至急ご判断をいただきたい乗務員が1名おりますので
ご相談させてください。

氏名：中村 竜也（なかむら たつや）　47歳　大型トラック乗務員（長距離便）
血圧：186/112 mmHg（再測定 178/108）
HbA1c：8.9%　空腹時血糖 212 mg/dL
SAS簡易検査：AHI 38（重症疑い）、本人より「信号待ちで眠くなることがある」との申告あり
既往：高血圧（3年前に服薬中断）

運行管理者とも相談し、現在は近距離の日勤便のみに乗務させております。
長距離便への復帰の可否と、精密検査（PSG）の受診について
ご意見をいただけますでしょうか。

来週水曜日の訪問日にご面談いただけると助かります。
よろしくお願いいたします。
{SIG_MURAKAMI}""",
        personal=[P("name", "中村 竜也"), P("health_check", "血圧：186/112 mmHg"),
                  P("health_check", "HbA1c：8.9%"), P("diagnosis", "AHI 38（重症疑い）")]))

    M.append(mail(ORG, "sasaki", "body", "hold", "id.drivers_license",
        "Two drivers' licence numbers, birth dates and phones are written in the body to a shipper's gate office.",
        SASAKI, [KOUNAI],
        "入構証発行申請（北斗ライン運輸 乗務員追加2名）",
        f"""
ベイサイド物流センター
入構管理ご担当者様

お世話になります。北斗ライン運輸 習志野営業所の佐々木です。
4月から定期便の乗務員が2名増えますので、入構証の発行をお願いします。

①氏名：小松 翔（こまつ しょう）
　生年月日：1993年2月11日
　運転免許証番号：第401900234560号（大型、有効期限 2027年3月11日）
　携帯：090-0000-6128

②氏名：遠山 大地（とおやま だいち）
　生年月日：1988年10月30日
　運転免許証番号：第401500871230号（中型、有効期限 2026年11月30日）
　携帯：080-0000-2045

車両：習志野 100 か 23-45 ／ 習志野 130 あ 8-81
顔写真データは本日中に別途お送りします。
よろしくお願いします。
{SIG_SASAKI}""",
        personal=[P("name", "小松 翔"), P("drivers_license", "第401900234560号"),
                  P("drivers_license", "第401500871230号"), P("birth_date", "1993年2月11日"),
                  P("phone", "080-0000-2045")]))

    M.append(mail(ORG, "murakami", "body", "hold", "sensitive.criminal_proceedings",
        "A named driver's arrest for drink-driving and expected prosecution are described to the company's outside lawyer.",
        MURAKAMI, [BENGOSHI], cc=[ONO],
        subject="乗務員の私生活上の飲酒運転と懲戒処分についてのご相談",
        text=f"""
京葉総合法律事務所
西村先生

お世話になっております。北斗ライン運輸 総務労務課の村上です。
急ぎご相談したい件があり、ご連絡いたしました。

当社の乗務員 石川 正人（42歳、入社9年目）が、3月9日（日）の休日に
自家用車を運転中、船橋市内の検問で酒気帯び運転（呼気0.35mg/L）により
現行犯逮捕されました。翌日釈放され、現在は在宅で捜査中です。
本人からは、略式起訴で罰金になる見込みと弁護人から説明を受けたと聞いています。
免許は停止ではなく取消しになる可能性が高いとのことです。

当社の就業規則では「職務外であっても飲酒運転をした場合は懲戒解雇とすることがある」
と定めていますが、業務中の事故ではないこと、本人がこれまで無事故であることから、
懲戒解雇まで行うべきか、諭旨解雇や降格（乗務職から倉庫作業へ）にとどめるべきか
社内でも意見が分かれております。

処分の重さと手続き（弁明の機会、処分時期を刑事処分の確定後にすべきか）について
ご助言をいただけますでしょうか。来週中にお打ち合わせの時間を頂戴できれば幸いです。

何卒よろしくお願いいたします。
{SIG_MURAKAMI}""",
        personal=[P("name", "石川 正人"), P("criminal", "酒気帯び運転（呼気0.35mg/L）により"),
                  P("criminal", "現行犯逮捕")]))

    # ------------------------------------------------------------ HOLD attachment
    roster = csv_text(
        ["社員番号", "氏名", "生年月日", "携帯電話", "免許種類", "免許有効期限", "雇入日", "初任診断受診日"],
        [
            ["H0412", "中村 竜也", "1977/08/03", "090-0000-1187", "大型", "2026/09/03", "2016/04/01", "2016/03/22"],
            ["H0533", "小松 翔", "1993/02/11", "090-0000-6128", "大型", "2027/03/11", "2025/04/01", "2025/03/18"],
            ["H0534", "遠山 大地", "1988/10/30", "080-0000-2045", "中型", "2026/11/30", "2025/04/01", "2025/03/18"],
            ["H0298", "岡部 昭", "1966/05/25", "090-0000-7762", "大型・けん引", "2025/06/25", "2009/10/01", "2009/09/14"],
            ["H0451", "北川 由香里", "1990/12/08", "080-0000-3390", "中型", "2027/01/08", "2019/07/01", "2019/06/20"],
            ["H0377", "千葉 一馬", "1982/04/17", "090-0000-5503", "大型", "2026/05/17", "2013/02/01", "2013/01/21"],
            ["H0490", "宮下 拓", "1995/07/29", "070-0000-8841", "準中型", "2025/08/29", "2021/04/01", "2021/03/15"],
        ])
    M.append(mail(ORG, "sasaki", "attachment", "hold", "list.driver_roster",
        "The attached roster gives seven drivers' birth dates, mobile numbers and licence data to the prime contractor.",
        SASAKI, [MOTOUKE],
        "協力会社 乗務員名簿（4月更新分）",
        f"""
東洋ロジスティクス
協力会社管理課 森様

お世話になります。北斗ライン運輸の佐々木です。
年度替わりの名簿更新の件、添付のとおりお送りします。
新人2名が4/1から入ります。

ご確認よろしくお願いします。
{SIG_SASAKI}""",
        attachments=[att("乗務員名簿_北斗ライン運輸_202504.xlsx", roster)],
        personal=[P("name", "岡部 昭"), P("birth_date", "1966/05/25"),
                  P("phone", "090-0000-7762"), P("name", "北川 由香里"),
                  P("phone", "080-0000-3390")]))

    rishoku = """
離職証明書 作成用資料（北斗ライン運輸 総務労務課）

被保険者氏名：宮下 拓（みやした たく）
生年月日：1995年7月29日
住所：千葉県八千代市緑が丘西2-0-9 グリーンハイツ105
雇用保険被保険者番号：1203-552871-4
基礎年金番号：2107-468315
資格取得日：2021年4月1日
離職日：2025年3月31日
離職理由：自己都合（本人申出：腰椎椎間板ヘルニアの悪化により荷役作業が困難なため）
　※主治医の診断書あり（ならしの整形外科 令和7年2月20日付）

賃金支払状況（直近6か月）
　2024年10月　312,480円
　2024年11月　298,110円
　2024年12月　305,720円
　2025年1月　 221,400円（休業 8日）
　2025年2月　 184,060円（休業 12日）
　2025年3月　 176,300円（休業 13日）
"""
    M.append(mail(ORG, "murakami", "attachment", "hold", "id.employment_insurance",
        "The attachment gives a leaver's employment-insurance and pension numbers, address, wages and herniated-disc diagnosis to the labour consultant.",
        MURAKAMI, [SHAROUSHI],
        "3月末退職者の手続き資料送付",
        f"""
あかね社労士法人
内田様

いつもお世話になっております。北斗ライン運輸の村上です。
3月末の退職者1名について、手続き用の資料を添付にてお送りいたします。
離職票の交付はご本人が急いでいるため、可能であれば4月第2週までに
お願いできますと幸いです。

よろしくお願いいたします。
{SIG_MURAKAMI}""",
        attachments=[att("離職証明書作成資料_宮下.docx", rishoku)],
        personal=[P("name", "宮下 拓"), P("employment_insurance_number", "1203-552871-4"),
                  P("pension_number", "2107-468315"), P("diagnosis", "腰椎椎間板ヘルニア")]))

    # ------------------------------------------------------------ HOLD quoted
    jiko = f"""
From: 佐々木 健一
Sent: Thursday, February 20, 2025 7:55 PM
To: 大野 浩; 村上 恵美
Subject: 【事故速報】2/20 ミナトフーズ便 接触事故

大野室長、村上さん

本日16:40頃、千葉市美浜区高洲の交差点で、当社車両（習志野 100 か 23-45、
乗務員 小松 翔）が左折時に自転車と接触しました。

・相手方：藤井 美奈子さん（58歳）、千葉市美浜区高洲4-0-12-501、携帯 090-0000-9054
　右足首骨折の疑いで、千葉みなと総合病院に救急搬送。入院の見込み。
・小松：転倒した自転車を避けようとして運転席ドアで右手首を強打、同病院で
　右橈骨遠位端骨折の診断、全治6週間。
・警察：千葉西警察署 交通課 清水巡査部長が実況見分済み。
・積荷：冷蔵品 12パレット、うち2パレット荷崩れ。

損保（東京海原 事故受付番号 NR-250220-0418）へは連絡済みです。

佐々木
"""
    M.append(mail(ORG, "ono", "quoted", "hold", "sensitive.accident_report_forward",
        "The cover note is routine, but the forwarded internal accident report gives the victim's name, address, phone and injuries and the driver's fracture to the shipper.",
        ONO, [NINUSHI_QA],
        "Fw: 【事故速報】2/20 ミナトフーズ便 接触事故",
        f"""
ミナトフーズ株式会社
品質保証部 岡田様

いつもお世話になっております。北斗ライン運輸 安全推進室の大野です。

2月20日の配送遅延の件、社内で共有した速報をご参考までに転送いたします。
荷崩れした2パレットの商品については、別途、報告書と写真をお送りします。
再発防止策は3月7日までに書面でご報告いたします。

このたびはご迷惑をおかけし、誠に申し訳ございません。
{SIG_ONO}
---------- 転送メッセージ ----------
{quote(jiko)}""",
        personal=[P("name", "藤井 美奈子"), P("address", "千葉市美浜区高洲4-0-12-501"),
                  P("phone", "090-0000-9054"), P("injury", "右足首骨折の疑い"),
                  P("injury", "右橈骨遠位端骨折")]))

    naibu = """
From: 村上 恵美
To: 社宅担当 青山
Subject: 特定技能ドライバー 入寮者情報

青山さん

5月入社の特定技能の方、入寮手続きに必要な情報です。

氏名：NGUYEN VAN HUNG（グエン・ヴァン・フン）
国籍：ベトナム　生年月日：1996年4月18日
在留カード番号：UH38104527VN
在留資格：特定技能1号（自動車運送業）　在留期限：2026年4月30日
旅券番号：C4829173
携帯：080-0000-6617

管理会社さんへの申込書はこちらで記入しておきます。
"""
    M.append(mail(ORG, "murakami", "quoted", "hold", "id.residence_card_quoted",
        "The reply to the housing agent is routine, but the quoted internal mail gives a foreign driver's residence-card and passport numbers.",
        MURAKAMI, [SHATAKU],
        "Re: 茜浜第2寮 203号室 入居日のご確認",
        f"""
茜浜住宅管理
平野様

お世話になっております。北斗ライン運輸の村上です。
入居日は4月28日（月）で承知いたしました。
鍵のお受け取りは当日10時に弊社の青山が伺います。

申込書に記入した内容は、下記の社内連絡のとおりです。
よろしくお願いいたします。
{SIG_MURAKAMI}
{quote(naibu)}
>
> -----Original Message-----
> From: 平野 <hirano@akanehama-jutaku.example.co.jp>
> Subject: 茜浜第2寮 203号室 入居日のご確認
>
> 北斗ライン運輸 村上様
> 203号室の清掃が4月25日に完了します。入居日のご希望をお知らせください。
""",
        personal=[P("name", "NGUYEN VAN HUNG"), P("residence_card", "UH38104527VN"),
                  P("passport", "C4829173"), P("birth_date", "1996年4月18日"),
                  P("nationality", "国籍：ベトナム")]))

    # ------------------------------------------------------------ HOLD subject only
    M.append(mail(ORG, "sasaki", "subject", "hold", "sensitive.subject_health",
        "The subject names a driver together with a suspected sleep-apnoea diagnosis, sent to a subcontractor; the body itself is neutral.",
        SASAKI, [YOSHA_HAISHA],
        "平田 剛 乗務停止（睡眠時無呼吸症候群 精密検査待ち）の件",
        f"""
東関東エクスプレス
吉村さん

お世話になります。北斗ライン運輸の佐々木です。
標記の件で、来週月〜水の千葉→仙台便（2運行）を
御社で代わりに走っていただけないでしょうか。
車格は10t ウイング、運賃は前回と同じ条件でお願いできればと思います。

詳細はお電話でご相談させてください。
{SIG_SASAKI}""",
        personal=[P("name", "平田 剛"), P("diagnosis", "睡眠時無呼吸症候群")]))

    # ------------------------------------------------------------ HOLD zip (plain zip with register)
    daicho = csv_text(
        ["社員番号", "氏名", "住所", "生年月日", "電話", "運転免許証番号", "免許種類"],
        [
            ["H0412", "中村 竜也", "千葉県習志野市袖ケ浦1-0-3", "1977/08/03", "090-0000-1187", "401000512340", "大型"],
            ["H0298", "岡部 昭", "千葉県船橋市本中山6-0-21", "1966/05/25", "090-0000-7762", "400500298770", "大型・けん引"],
            ["H0377", "千葉 一馬", "千葉県千葉市花見川区幕張町2-0-8", "1982/04/17", "090-0000-5503", "401100663120", "大型"],
            ["H0451", "北川 由香里", "千葉県八千代市大和田新田4-0-30", "1990/12/08", "080-0000-3390", "401300418850", "中型"],
            ["H0490", "宮下 拓", "千葉県八千代市緑が丘西2-0-9", "1995/07/29", "070-0000-8841", "401600093310", "準中型"],
        ])
    sharyo = csv_text(
        ["車両番号", "車種", "最大積載量", "初度登録", "デジタコ機番"],
        [["習志野 100 か 23-45", "大型ウイング", "13,600kg", "2019/05", "DT-77120431"],
         ["習志野 130 あ 8-81", "中型冷凍", "3,950kg", "2021/02", "DT-77120588"],
         ["習志野 100 か 41-02", "大型冷凍", "12,900kg", "2017/11", "DT-77119823"]])
    M.append(mail(ORG, "murakami", "zip", "hold", "list.zip_register",
        "A plain zip carries the driver register with addresses, birth dates, phones and licence numbers to the attendance-system vendor.",
        MURAKAMI, [KINTAI],
        "データ移行用ファイルの送付（北斗ライン運輸）",
        f"""
タイムワークス株式会社
導入支援 斎藤様

お世話になっております。北斗ライン運輸の村上です。
先日のお打ち合わせでご依頼いただいた移行用データをお送りいたします。
zipの中に乗務員台帳と車両台帳が入っております。

文字コードはShift_JISで出力しておりますが、UTF-8が必要でしたら
お申し付けください。
{SIG_MURAKAMI}""",
        attachments=[
            att("移行データ_0401.zip/乗務員台帳.csv", daicho),
            att("移行データ_0401.zip/車両台帳.csv", sharyo),
        ],
        personal=[P("name", "千葉 一馬"), P("address", "千葉県千葉市花見川区幕張町2-0-8"),
                  P("birth_date", "1982/04/17"), P("drivers_license", "401100663120")]))

    # ------------------------------------------------------------ HOLD recipients
    gw_to = [
        NINUSHI_QA, EC_NINUSHI, MOTOUKE,
        "ミナトフーズ 物流部 坂本 <sakamoto-logi@minato-foods.example.co.jp>",
        "ベイサイド物流センター センター長 高木 <takagi@bayside-dc.example.co.jp>",
        "千葉青果 出荷担当 菅原 <sugawara@chiba-seika.example.co.jp>",
        "湾岸製紙 物流課 今井 <imai@wangan-paper.example.co.jp>",
        "ケイヨー化成 業務部 河野 <kono@keiyo-kasei.example.co.jp>",
        "房総ミルク 配送管理 新井 <arai-haiso@boso-milk.example.co.jp>",
        "東京ベイ飲料 物流企画 松田 <matsuda@tokyobay-drink.example.co.jp>",
        "マルヤマ建材 工務 丸山 <maruyama@maruyama-kenzai.example.co.jp>",
        "シーサイド家具 出荷 大塚 <otsuka@seaside-kagu.example.jp>",
        "習志野精機 資材部 堀 <hori@narashino-seiki.example.co.jp>",
    ]
    M.append(mail(ORG, "sasaki", "recipients", "hold", "recipients.visible_to",
        "Thirteen contacts at different shipper companies are put in To, exposing each customer to the others.",
        SASAKI, gw_to,
        "ゴールデンウィーク期間中の配送体制について（北斗ライン運輸）",
        f"""
荷主各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
ゴールデンウィーク期間中の配送体制について、下記のとおりご案内いたします。

■ 通常どおり運行
　4月26日（土）〜4月29日（火・祝）、5月2日（金）

■ 減便（定期便のみ運行・スポット便はお受けできません）
　4月30日（水）〜5月1日（木）

■ 全便休業
　5月3日（土）〜5月6日（火・振休）

※5月7日（水）は休み明けの集中が予想されるため、
　前日15時までにご依頼いただけますようお願いいたします。

高速道路の渋滞により、到着時刻が前後する場合がございます。
何卒ご理解のほどよろしくお願い申し上げます。
{SIG_SASAKI}"""))

    # ------------------------------------------------------------ PASSES
    M.append(mail(ORG, "sasaki", "none", "pass", "benign.dispatch_vehicle_numbers",
        "A dispatch confirmation with vehicle numbers, trip numbers and the driver's company phone; ordinary operational data.",
        SASAKI, [NINUSHI_QA, "ミナトフーズ 物流部 坂本 <sakamoto-logi@minato-foods.example.co.jp>"],
        "Re: 3/14 臨時便のお願い",
        f"""
坂本様

お世話になります。北斗ライン運輸の佐々木です。
3/14の臨時便、下記で手配しました。

・便番号：MF-0314-T2
・車両：習志野 100 か 41-02（大型冷凍、-20℃設定）
・乗務員：千葉（会社携帯 080-0000-1123）
・積地：ミナトフーズ様 市川工場 5番バース 13:00着
・卸地：仙台 東洋ロジ岩沼DC 翌6:00着指定
・パレット：18枚（帰り便で空パレ回収します）

バース予約番号が出たら教えてください。
よろしくお願いします。
{SIG_SASAKI}
-----Original Message-----
From: 坂本 <sakamoto-logi@minato-foods.example.co.jp>
Subject: 3/14 臨時便のお願い

北斗ライン運輸 佐々木様
急で申し訳ありませんが、3/14に仙台向けの臨時便を1台お願いできますでしょうか。
冷凍品18パレットです。
"""))

    t_ok1 = mynumber("43218876502")
    t_ok2 = mynumber("50327714986")
    t_bad = [not_mynumber(x) for x in ("43218876519", "43218876527", "43218876535", "43218876543")]
    rows = [t_bad[0], t_ok1, t_bad[1], t_bad[2], t_ok2, t_bad[3]]
    lines = "\n".join(
        f"{i+1}. 注文番号 LM-25031{i+2}  お問い合わせ伝票番号 {r[:4]}-{r[4:8]}-{r[8:]}"
        for i, r in enumerate(rows))
    M.append(mail(ORG, "sasaki", "none", "pass", "benign.tracking_numbers",
        "A list of twelve-digit parcel tracking numbers for re-delivered orders; they are tracking numbers, not individual numbers.",
        SASAKI, [EC_NINUSHI],
        "返品再配送分の伝票番号について",
        f"""
ルミエール通販
出荷管理 杉山様

お世話になります。北斗ライン運輸の佐々木です。
昨日お預かりした返品再配送分、幹線の引き継ぎが完了しましたので
宅配便の伝票番号をお知らせします。

{lines}

いずれも明日午前着の予定です。
配達状況は宅配便会社のサイトで伝票番号からご確認いただけます。
{SIG_SASAKI}"""))

    M.append(mail(ORG, "murakami", "none", "pass", "benign.payment_notice_corporate",
        "A payment notice to a subcontracting carrier with that company's corporate bank account.",
        MURAKAMI, ["東関東エクスプレス 経理 吉村 <keiri@higashikanto-exp.example.co.jp>"],
        "3月分 傭車料お支払いのご案内",
        f"""
有限会社東関東エクスプレス
経理ご担当 吉村様

いつもお世話になっております。北斗ライン運輸の村上です。
3月分の傭車料について、下記のとおりお支払いいたします。

支払通知番号：HL-PAY-2503-066
対象運行：3月1日〜3月31日 計14運行
支払金額：1,184,700円（税込）
支払日：4月25日（金）
振込先：京葉銀行 習志野支店 当座 0041872
　　　　ユ）ヒガシカントウエクスプレス

振込手数料は弊社負担です。支払明細書はPDFで添付いたします。
{SIG_MURAKAMI}""",
        attachments=[att("支払明細書_HL-PAY-2503-066.pdf",
            """支払明細書　有限会社東関東エクスプレス 御中
支払通知番号 HL-PAY-2503-066
3/03 千葉→仙台 10tウイング 98,000円 / 3/05 千葉→郡山 10t 76,000円 / ほか12運行
小計 1,077,000円　消費税 107,700円　合計 1,184,700円
振込先 京葉銀行 習志野支店 当座 0041872 ユ）ヒガシカントウエクスプレス
""")]))

    M.append(mail(ORG, "ono", "none", "pass", "benign.system_outage",
        "'障害', '感染' and '隔離' refer to a telematics outage and malware on an office PC; no personal data.",
        ONO, [DIGITACO],
        "クラウド運行管理の障害とPCのウイルス感染について",
        f"""
ドライブレコ株式会社
サポートご担当者様

お世話になっております。北斗ライン運輸 安全推進室の大野です。
2点ご相談させてください。

1. クラウド運行管理の障害について
　昨日（3/11）22時頃から本日6時頃まで、デジタコ（DT-77120431、DT-77119823 ほか5台）の
　データがクラウドに上がってこない障害がありました。現在は復旧していますが、
　その間の運行データ（速度・休憩記録）が欠損していないか確認をお願いします。
　契約番号：DR-0082214

2. 配車室PCのウイルス感染について
　配車室のPC1台（資産番号 HL-PC-017）でウイルス感染の警告が出たため、
　LANケーブルを抜いて隔離しています。このPCには運行管理ソフトの
　クライアントが入っているため、再インストールの手順を教えてください。

ご多忙のところ恐れ入りますが、よろしくお願いいたします。
{SIG_ONO}"""))

    M.append(mail(ORG, "ono", "none", "pass", "benign.aggregate_health",
        "Safety-meeting material for a shipper giving only aggregate health-management figures.",
        ONO, [NINUSHI_QA, "ミナトフーズ 物流部 坂本 <sakamoto-logi@minato-foods.example.co.jp>"],
        "安全連絡会議 資料（健康起因事故防止の取組み）",
        f"""
ミナトフーズ株式会社
品質保証部 岡田様
物流部 坂本様

お世話になっております。北斗ライン運輸の大野です。
来週の安全連絡会議でご説明する資料の概要を先にお送りいたします。

■ 健康起因事故防止の取組み（2024年度）
・定期健康診断受診率：100%（乗務員 64名）
・SAS（睡眠時無呼吸症候群）スクリーニング受診：59名（92%）
　うち要精密検査 8名、CPAP治療開始 5名
・脳MRI健診（45歳以上・希望制）受診：21名
・点呼時の血圧測定：全営業所で実施、基準超過による乗務交代 年間11件
・健康起因の事故・ヒヤリハット：0件（前年度 2件）

■ 2025年度の計画
・Gマーク更新に向けた健康管理規程の改訂
・全乗務員へのウェアラブル端末（疲労度計測）の試験導入

個人別のデータは含まれておりません。
ご不明点があれば会議の場でお尋ねください。
{SIG_ONO}"""))

    M.append(mail(ORG, "sasaki", "none", "pass", "benign.successor_intro",
        "A successor introduction to a shipper with heavy signatures and staff names only.",
        SASAKI, ["ベイサイド物流センター センター長 高木 <takagi@bayside-dc.example.co.jp>"],
        cc=[f"須藤 健太 <k-sudo@{DOM}>"],
        subject="担当交代のご挨拶（北斗ライン運輸 習志野営業所）",
        text=f"""
ベイサイド物流センター
センター長 高木様

いつも大変お世話になっております。北斗ライン運輸の佐々木です。

私事で恐縮ですが、4月1日付で本社 安全推進室へ異動することになりました。
後任の配車担当は、須藤 健太が務めます。須藤は入社12年目、
これまで市川営業所で食品の定期便を担当しておりました。

3月24日（月）の午後に、須藤と一緒にご挨拶に伺えればと存じますが、
ご都合はいかがでしょうか。

在任中は、夜間の急な増便にも柔軟にご対応いただき、本当に助かりました。
異動後も安全推進室として関わりますので、引き続きよろしくお願いいたします。
{SIG_SASAKI}
―――――――――――――
北斗ライン運輸㈱ 市川営業所（4/1〜習志野営業所）
配車係長　須藤 健太
営業所 047-0000-3301 ／ 携帯 090-0000-2267
―――――――――――――
"""))

    M.append(mail(ORG, "sasaki", "none", "pass", "benign.delay_notice",
        "A delay notice to a shipper explaining a traffic jam; no personal data about anyone.",
        SASAKI, [EC_NINUSHI],
        "【遅延連絡】本日 仙台向け幹線便",
        f"""
杉山様

お世話になります。北斗ライン運輸の佐々木です。
本日の仙台向け幹線便（便番号 LM-0312-S1）ですが、
東北道 矢板付近の多重事故（当社車両は関係ありません）による通行止めの影響で、
到着が3時間ほど遅れる見込みです。

・当初：19:00 岩沼DC着
・見込：22:00前後

荷物・車両とも異常はありません。
センター側には私から受付時間の延長をお願い済みです。
状況が変わり次第、またご連絡します。
{SIG_SASAKI}"""))

    M.append(mail(ORG, "murakami", "none", "pass", "benign.to_data_subject",
        "Sent to the driver himself about his own leave balance and his own health-check follow-up; no third party.",
        MURAKAMI, ["千葉 一馬 <kazuma.chiba.0417@gmail.com>"],
        "有給休暇の残日数と健診の再検査について",
        f"""
千葉 一馬さん

お疲れさまです。総務労務課の村上です。
先日お問い合わせいただいた件、ご本人あてにお知らせします。

・年次有給休暇の残日数：14日（うち3日は6月30日で時効）
・夏季休暇：7月〜9月の間に3日取得可能です

それから、今年の健康診断で血圧の項目が「要再検査」になっていました。
会社の費用で受けられますので、4月中にどこかの内科で再検査を受けて、
結果の写しを総務に提出してください。受診日は出勤扱いにできます。

何かあれば内線 202 までどうぞ。
{SIG_MURAKAMI}"""))

    M.append(mail(ORG, "ono", "none", "pass", "benign.project_six_addresses",
        "A joint-delivery project mail with six visible addresses from two companies; ordinary meeting logistics.",
        ONO, [NINUSHI_QA, "ミナトフーズ 物流部 坂本 <sakamoto-logi@minato-foods.example.co.jp>",
              "ミナトフーズ 物流部 長尾 <nagao-logi@minato-foods.example.co.jp>"],
        cc=[SASAKI, f"須藤 健太 <k-sudo@{DOM}>", MURAKAMI],
        subject="共同配送プロジェクト 第3回定例の日程について",
        text=f"""
ミナトフーズ株式会社
岡田様、坂本様、長尾様

お世話になっております。北斗ライン運輸の大野です。
共同配送プロジェクト 第3回定例の日程を下記のとおりご提案いたします。

日時：4月9日（水）15:00〜16:30
場所：ミナトフーズ様 市川工場 2階会議室（オンライン併用）
議題：
　1. 3月試行運行の実績（積載率 68%→81%）
　2. 千葉青果様との混載ルート案
　3. 2024年問題への対応（中継輸送の検討）
　4. 次回以降のスケジュール

弊社からは私と佐々木、須藤、村上（労務）の4名が出席します。
ご都合が悪い場合はお知らせください。
{SIG_ONO}"""))

    M.append(mail(ORG, "ono", "none", "pass", "benign.condolence",
        "A condolence and arrangement for a wreath for a shipper's manager's father; an ordinary courtesy with no sensitive data.",
        ONO, ["ベイサイド物流センター 総務 三浦 <miura@bayside-dc.example.co.jp>"],
        "高木センター長 ご尊父様ご逝去のお悔やみ",
        f"""
ベイサイド物流センター
総務 三浦様

お世話になっております。北斗ライン運輸の大野です。
高木センター長のご尊父様ご逝去の報に接し、謹んでお悔やみ申し上げます。

通夜・告別式のご案内をいただきありがとうございました。
弊社からは、通夜に社長の北村と私が参列させていただきます。
供花を1基お送りしたいのですが、葬儀社様の連絡先を
お教えいただけますでしょうか。
ご辞退の意向でしたら、その旨お知らせください。

取り急ぎ、お悔やみ申し上げます。
{SIG_ONO}"""))

    return M
