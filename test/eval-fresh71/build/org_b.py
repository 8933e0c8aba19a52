"""Org B: care home with nursing 介護付有料老人ホーム さくらの杜 港南 (株式会社さくらケアパートナーズ)."""
from common import mail, att, enc_zip, tsv, csv_text, mynumber, XLSX, DOCX, PDF, CSV, TXT

ORG = "B"
DOM = "sakura-care.example.co.jp"

ISHIKAWA = f"石川 隆之 <t.ishikawa@{DOM}>"
MIYAMOTO = f"宮本 直子 <n.miyamoto@{DOM}>"
NAKANISHI = f"中西 翔太 <s.nakanishi@{DOM}>"

SIG_ISHIKAWA = """
──────────────────────────
介護付有料老人ホーム さくらの杜 港南
施設長　石川 隆之
〒233-0003 神奈川県横浜市港南区港南5-2-10
TEL 045-000-7710　FAX 045-000-7711
運営：株式会社さくらケアパートナーズ
──────────────────────────
※本メールには個人情報が含まれる場合があります。誤って届いた場合は破棄のうえご一報ください。
""".strip("\n")

SIG_MIYAMOTO = """
さくらの杜 港南　看護主任
宮本 直子（看護師）
医務室直通 045-000-7715／夜間オンコール 080-0000-2291
""".strip("\n")

SIG_NAKANISHI = """
*********************************
さくらの杜 港南　生活相談員
中西 翔太（社会福祉士・介護支援専門員）
TEL 045-000-7710（代表）　受付 9:00～18:00
s.nakanishi@sakura-care.example.co.jp
*********************************
""".strip("\n")

MN_OGAWA = mynumber("73019264851")

MAILS = []

# ---------------------------------------------------------------- holds
MAILS.append(mail(
    "hold", "sensitive.resident_medical",
    "Gives a named resident's diagnoses, paralysis, insulin use and dementia to a newly contracted massage vendor in the body.",
    "宮本", "body", MIYAMOTO, ["田島 康平 <tajima@hogushi-massage.example.jp>"],
    "新規施術対象の入居者様について（7月開始分）",
    f"""
ほぐし訪問マッサージ 横浜南
田島先生

お世話になっております。さくらの杜 港南 看護の宮本です。
先日ご説明いただいた訪問マッサージですが、ご家族の同意がとれましたので7月から1名お願いしたいと思います。
施術前に知っておいていただきたい点をまとめました。

　お名前：田村 キヨ 様（302号室）
　生年月日：昭和11年3月2日（89歳）
　要介護度：要介護3
　既往歴・現病：
　　・脳梗塞後遺症（左片麻痺）　平成30年発症
　　・2型糖尿病（インスリン自己注射は不可のため看護師が実施、朝夕）
　　・アルツハイマー型認知症（短期記憶の低下あり、日によって不穏）
　　・骨粗鬆症（昨年 右橈骨遠位端骨折）
　注意点：左肩の亜脱臼あり、強い牽引は避けてください。血糖が70以下の時は施術中止です。

訪問の曜日は火・金の14時以降でご調整いただけると助かります。
同意書の原本は次回来設時にお渡しします。

{SIG_MIYAMOTO}
""",
    personal=[("name", "田村 キヨ"), ("birthdate", "昭和11年3月2日"),
              ("diagnosis", "脳梗塞後遺症（左片麻痺）"), ("diagnosis", "アルツハイマー型認知症")],
))

MAILS.append(mail(
    "hold", "sensitive.third_party_infection",
    "A reply to one resident's daughter names another resident who tested positive for norovirus.",
    "中西", "body", NAKANISHI, ["野口 恵 <megumi.noguchi.77@gmail.com>"],
    "Re: 週末の面会について",
    f"""
野口様

いつもお世話になっております。さくらの杜 港南の中西です。
お問い合わせいただいた今週末の面会の件ですが、申し訳ございません、2階ユニットは当面ご遠慮いただいております。

実は同じユニットの205号室の加藤 正一様が、昨日の検査でノロウイルス陽性となりました。
加藤様は現在お部屋で療養されており、職員も防護具を着けて対応しております。
お母様（野口 ミツ様）は今のところ嘔吐・下痢などの症状はなく、お食事も普段どおり召し上がっています。

潜伏期間を考慮し、来週水曜（18日）までは2階の面会を中止させていただく予定です。
その間はオンライン面会（タブレット）をご利用いただけますので、ご希望の日時をお知らせください。

ご不便をおかけして申し訳ございません。

{SIG_NAKANISHI}

> 中西様
> 母がお世話になっております。野口です。
> 今週の土曜日の午後に、孫を連れて面会に伺いたいのですが大丈夫でしょうか。
> よろしくお願いいたします。
""",
    personal=[("name", "加藤 正一"), ("infection", "ノロウイルス陽性")],
))

MAILS.append(mail(
    "hold", "id.mynumber",
    "The body gives a resident's マイナンバー and care-insurance/medical-insurance numbers to the ward office by plain mail.",
    "中西", "body", NAKANISHI, ["港南区役所 介護保険係 <kaigo-hoken@konan-ward.example.lg.jp>"],
    "負担限度額認定申請（代理提出）の件",
    f"""
港南区役所 高齢・障害支援課 介護保険係 ご担当者様

いつもお世話になっております。さくらの杜 港南 生活相談員の中西です。
先ほどお電話でお伺いした、入居者様の介護保険負担限度額認定の更新申請について、
申請書の記載内容を先にお送りしておきます。原本はご家族の署名をいただき、明日窓口へ持参いたします。

　被保険者氏名：小川 トシ子（オガワ トシコ）
　生年月日：昭和8年10月21日
　介護保険被保険者番号：0001829374
　後期高齢者医療被保険者番号：31720548
　個人番号：{MN_OGAWA}
　預貯金等の額：約410万円（通帳写し添付予定）
　配偶者：なし（平成27年死別）

個人番号の確認書類（マイナンバーカード写し）も持参いたします。
不足があればご指示ください。よろしくお願いいたします。

{SIG_NAKANISHI}
""",
    personal=[("name", "小川 トシ子"), ("birthdate", "昭和8年10月21日"),
              ("care_insurance_number", "0001829374"), ("health_insurance_number", "31720548"),
              ("mynumber", MN_OGAWA)],
))

rx = [
    ["居室", "氏名", "生年月日", "主病名", "定期処方", "用法", "備考"],
    ["201", "石井 ハナ", "1932/04/09", "高血圧症・慢性心不全", "アムロジピン5mg / フロセミド20mg", "朝食後", "嚥下やや不良、粉砕可"],
    ["203", "福田 勝", "1938/11/30", "パーキンソン病", "レボドパ・カルビドパ100mg", "毎食後", "服薬時間厳守"],
    ["205", "加藤 正一", "1935/06/17", "2型糖尿病・慢性腎臓病", "リナグリプチン5mg", "朝食後", "eGFR 38"],
    ["207", "原 フミエ", "1930/01/25", "アルツハイマー型認知症", "ドネペジル5mg / 抑肝散2.5g", "朝食後／夕食前", "拒薬あり"],
    ["302", "田村 キヨ", "1936/03/02", "2型糖尿病・脳梗塞後遺症", "インスリン グラルギン 8単位 / クロピドグレル75mg", "朝／朝食後", "インスリンは看護師管理"],
    ["305", "安藤 清", "1940/08/12", "統合失調症", "リスペリドン1mg", "夕食後", "精神科主治医：みなみ心療クリニック"],
    ["308", "森 ハル", "1934/12/03", "大腸がん（緩和ケア）", "オキシコドン徐放5mg", "12時間毎", "麻薬、残数管理"],
]
MAILS.append(mail(
    "hold", "list.resident_medication",
    "The attached sheet lists seven residents with birth dates, diagnoses (including schizophrenia and cancer) and medications, sent outside to the pharmacy; the body is bland.",
    "宮本", "attachment", MIYAMOTO, ["山内 慎吾 <yamauchi@hikari-pharmacy.example.co.jp>"],
    "7月定期処方の確認表",
    f"""
ひかり薬局 港南店
山内先生

いつもお世話になっております。さくらの杜の宮本です。
7月分の定期処方の確認表を添付します。
変更点は黄色にしてあります（202号の方は6月末で退去のため削除しています）。
一包化の締切は6/25でお願いできますでしょうか。

よろしくお願いします。

{SIG_MIYAMOTO}
""",
    attachments=[att("7月定期処方確認表.xlsx", XLSX, tsv(rx, "2F・3F"))],
    personal=[("name", "石井 ハナ"), ("birthdate", "1932/04/09"), ("name", "安藤 清"),
              ("diagnosis", "統合失調症"), ("name", "森 ハル"), ("diagnosis", "大腸がん（緩和ケア）")],
))

MAILS.append(mail(
    "hold", "sensitive.fall_incident_report",
    "The attached accident report names a resident with a hip fracture and dementia and is sent to the city; a legitimate report, but 要配慮 data leaves the home.",
    "石川", "attachment", ISHIKAWA, ["横浜市 高齢施設課 <koreishisetsu@city-yokohama.example.lg.jp>"],
    "事故報告書（第一報）の提出について",
    f"""
横浜市健康福祉局 高齢施設課 ご担当者様

いつもお世話になっております。
介護付有料老人ホーム さくらの杜 港南 施設長の石川でございます。

6月8日に当施設で発生した入居者様の転倒事故につきまして、事故報告書（第一報）を添付にて提出いたします。
ご家族様には発生当日にご説明し、ご了承をいただいております。
再発防止策を含めた最終報告は、7月上旬に提出いたします。

何卒よろしくお願い申し上げます。

{SIG_ISHIKAWA}
""",
    attachments=[att("事故報告書_第一報_20250608.docx", DOCX, """
介護保険施設等 事故報告書（第一報）

事業所名：介護付有料老人ホーム さくらの杜 港南（事業所番号 1471200000）
報告者：施設長 石川 隆之
対象者：吉田 和子 様（女性・91歳・要介護4）　居室 310号
認知症の有無：あり（血管性認知症、日常生活自立度Ⅲa）
発生日時：2025年6月8日（日）午前3時40分頃
発生場所：居室内（ベッドとトイレの間）
事故の種別：転倒
状況：夜間巡視時、床に座り込んでいるところを発見。右股関節の痛みを訴えたため救急搬送。
受診結果：横浜南部総合病院にて右大腿骨頸部骨折と診断、6月10日に人工骨頭置換術の予定。
家族への連絡：長男 吉田 誠様へ6月8日 4時15分に電話連絡
""")],
    personal=[("name", "吉田 和子"), ("diagnosis", "右大腿骨頸部骨折"), ("diagnosis", "血管性認知症")],
))

MAILS.append(mail(
    "hold", "id.bank_account_direct_debit",
    "The quoted family mail contains a private person's bank account for direct debit, forwarded to the billing agent.",
    "中西", "quoted", NAKANISHI, ["ケアビリング 口座振替センター <furikae@ks-billing.example.co.jp>"],
    "Fw: 利用料の口座振替について（311号 佐藤様）",
    f"""
株式会社ケアビリング 口座振替センター ご担当者様

いつもお世話になっております。さくらの杜 港南の中西です。
7月入居の佐藤 トメ様の利用料について、ご家族から引落口座のご連絡がありましたので、下記のとおり転送します。
依頼書の原本は本日郵送しました。8月引落分からの登録をお願いいたします。

{SIG_NAKANISHI}

---------- Forwarded message ---------
From: 佐藤 道子 <michiko.sato.yokohama@yahoo.co.jp>
Date: 2025年6月27日(金) 20:41
Subject: 口座振替の件
To: 中西 翔太 <s.nakanishi@sakura-care.example.co.jp>

> 中西様
>
> 先日はありがとうございました。母の利用料の引落口座は、私の口座でお願いします。
>
> 　横浜みなと銀行　上大岡支店
> 　普通　3456782
> 　名義　サトウ ミチコ
>
> 届出印は書類に押してお送りします。
> 母は新しいお部屋にも少しずつ慣れてきたようで安心しました。
> 佐藤道子
""",
    personal=[("bank_account", "普通　3456782"), ("account_holder", "サトウ ミチコ"),
              ("email", "michiko.sato.yokohama@yahoo.co.jp")],
))

MAILS.append(mail(
    "hold", "sensitive.diagnosis_subject",
    "Only the subject carries the risk: a named resident's terminal colon cancer, sent to a hospital's liaison office.",
    "宮本", "subject", MIYAMOTO, ["横浜南部総合病院 地域医療連携室 <renkei@yokohama-nanbu-hp.example.or.jp>"],
    "Re: 森 ハル様（308号）大腸がん末期 緩和ケア病棟への転院相談",
    f"""
横浜南部総合病院 地域医療連携室
ソーシャルワーカー 杉本様

ご連絡ありがとうございます。さくらの杜の宮本です。
面談の日程、6月17日（火）14時で承知いたしました。
当日はご家族1名と、当施設から私が同席いたします。
看護サマリーは面談当日にお持ちします。

どうぞよろしくお願いいたします。

{SIG_MIYAMOTO}
""",
    personal=[("name", "森 ハル"), ("diagnosis", "大腸がん末期")],
))

staff = [
    ["職員番号", "氏名", "生年月日", "住所", "電話", "職種", "資格", "資格登録番号", "入職日", "雇用形態"],
    ["S021", "石川 隆之", "1974/08/03", "横浜市港南区日野2-11-5", "090-0000-1120", "施設長", "介護支援専門員", "14012345", "2018/04/01", "常勤"],
    ["S034", "宮本 直子", "1979/02/16", "横浜市栄区笠間3-4-22", "080-0000-7741", "看護職員", "看護師", "第1234567号", "2019/10/01", "常勤"],
    ["S047", "中西 翔太", "1990/06/28", "横浜市南区六ツ川1-30-8-402", "070-0000-3390", "生活相談員", "社会福祉士", "第98765号", "2020/04/01", "常勤"],
    ["S052", "Nguyen Thi Lan", "1996/11/07", "横浜市港南区丸山台4-2-1-203", "080-0000-6615", "介護職員", "介護福祉士", "第B-220918号", "2021/07/01", "常勤"],
    ["S058", "小松 由香", "1985/03/21", "横浜市磯子区洋光台5-6-9", "090-0000-2257", "介護職員", "介護福祉士", "第B-198877号", "2022/01/16", "常勤"],
    ["S063", "荒木 健", "1968/09/14", "横浜市港南区野庭町612-3", "045-000-8812", "機能訓練指導員", "理学療法士", "第77012号", "2023/04/01", "非常勤"],
]
MAILS.append(mail(
    "hold", "list.staff_roster",
    "A plain zip for an inspection contains a staff roster with home addresses, phone numbers and birth dates; the inspection does not need them.",
    "石川", "zip", ISHIKAWA, ["横浜市 高齢施設課 指導担当 <shido-koreishisetsu@city-yokohama.example.lg.jp>"],
    "運営指導 事前提出資料の送付（さくらの杜 港南）",
    f"""
横浜市健康福祉局 高齢施設課 指導担当
岡部様

お世話になっております。さくらの杜 港南 施設長の石川でございます。
7月3日の運営指導に向けて、ご指示のありました事前提出資料をzipファイルにまとめて送付いたします。

　・職員一覧（資格・入職日）
　・勤務形態一覧表（6月分）
　・運営規程（2025年4月改定版）

紙の資料（研修記録、身体拘束適正化委員会の議事録）は当日ご用意いたします。
不足等ございましたらご連絡ください。

{SIG_ISHIKAWA}
""",
    attachments=[
        att("運営指導_事前提出資料.zip/職員一覧.csv", CSV, csv_text(staff)),
        att("運営指導_事前提出資料.zip/勤務形態一覧表_6月.csv", CSV, csv_text([
            ["職種", "常勤換算", "夜勤回数/月", "備考"],
            ["看護職員", "4.2", "0", "オンコール体制"],
            ["介護職員", "21.6", "48", "3:1基準を充足"],
            ["機能訓練指導員", "0.8", "0", ""],
        ])),
        att("運営指導_事前提出資料.zip/運営規程_2025改定.txt", TXT, """
介護付有料老人ホーム さくらの杜 港南 運営規程（抜粋）
第1条（目的）本規程は、株式会社さくらケアパートナーズが運営する特定施設入居者生活介護の適正な運営を確保するため……
第5条（利用定員）54名
"""),
    ],
    personal=[("name", "Nguyen Thi Lan"), ("address", "横浜市港南区丸山台4-2-1-203"), ("birthdate", "1996/11/07"),
              ("name", "小松 由香"), ("phone", "090-0000-2257"), ("address", "横浜市磯子区洋光台5-6-9")],
))

MAILS.append(mail(
    "hold", "attachment.encrypted_zip",
    "Password-protected zip of application papers (PPAP); held whatever the body says.",
    "中西", "zip", NAKANISHI, ["浅野 真弓 <asano@kyotaku-hinata.example.jp>"],
    "入居申込書類一式の送付",
    f"""
居宅介護支援事業所ひなた
浅野様

いつもお世話になっております。さくらの杜 港南の中西です。
先日ご紹介いただいた方の入居申込書類一式を、パスワード付きのzipでお送りします。
パスワードはこの後、別のメールでお送りします。

入居判定会議は6月20日の予定です。結果はすぐにご連絡いたします。
よろしくお願いいたします。

{SIG_NAKANISHI}
""",
    attachments=[enc_zip("入居申込書類_0613.zip")],
))

families = [
    "野口 恵 <megumi.noguchi.77@gmail.com>",
    "佐藤 道子 <michiko.sato.yokohama@yahoo.co.jp>",
    "吉田 誠 <makoto.yoshida.k@gmail.com>",
    "田村 隆 <takashi.tamura@outlook.com>",
    "森 洋一 <y.mori@morikoumuten.example.co.jp>",
    "石井 典子 <noriko-ishii@yahoo.co.jp>",
    "福田 亜希子 <akiko.fukuda.h@gmail.com>",
    "原 健太郎 <kentaro.hara1965@gmail.com>",
    "安藤 さとみ <s-ando@outlook.com>",
    "小川 浩 <hiroshi.ogawa@ogawa-zeirishi.example.jp>",
    "加藤 由美 <yumi.kato.0915@yahoo.co.jp>",
    "熊谷 伸也 <kumagai.shinya@gmail.com>",
    "内田 美穂 <miho.uchida@uchida-clinic.example.jp>",
]
MAILS.append(mail(
    "hold", "recipients.family_mass_mail",
    "Thirteen families' private and company addresses are visible in To; the invitation should have used BCC.",
    "中西", "recipients", NAKANISHI, families,
    "【さくらの杜 港南】敬老会のご案内",
    f"""
ご家族の皆さま

いつも大変お世話になっております。さくらの杜 港南 生活相談員の中西です。
今年も9月の敬老会を下記のとおり開催いたします。
入居者様と一緒にお楽しみいただければ幸いです。

　日時：9月13日（土）13:30～15:00
　場所：1階 多目的ホール
　内容：長寿のお祝い、地元の小学生による合唱、ハーモニカ演奏、お茶会
　※ご家族の参加は1入居者様につき2名様までとさせていただきます。

ご参加の可否を8月29日（金）までにご返信ください。
当日は駐車場が混み合いますので、できるだけ公共交通機関をご利用ください。

{SIG_NAKANISHI}
""",
))

# ---------------------------------------------------------------- passes
MAILS.append(mail(
    "pass", "benign.visiting_restriction",
    "An influenza visiting restriction sent to families in BCC with only aggregate case counts; 感染/隔離 appear but no one is named.",
    "石川", "body", ISHIKAWA, [f"さくらの杜 港南 <info@{DOM}>"],
    "【重要】インフルエンザ感染拡大に伴う面会制限のお知らせ",
    f"""
ご家族の皆さま

平素より当施設の運営にご理解とご協力を賜り、誠にありがとうございます。

このたび、当施設内でインフルエンザA型の感染が確認されました（1月20日現在：入居者様3名、職員1名）。
協力医療機関の指導のもと、該当の方は居室での隔離対応とし、症状のない方も含め健康観察を強化しております。

つきましては、下記のとおり面会を制限させていただきます。

　期間：1月21日（火）～1月31日（金）（状況により延長または短縮）
　対象：全フロア（看取り期の方のご家族はご相談ください）
　代替：オンライン面会（平日14:00～16:00、要予約）

お届け物は1階受付でお預かりいたします。
ご不便をおかけいたしますが、入居者様の健康を守るため、ご理解のほどお願い申し上げます。

{SIG_ISHIKAWA}
""",
    bcc=["野口 恵 <megumi.noguchi.77@gmail.com>", "佐藤 道子 <michiko.sato.yokohama@yahoo.co.jp>",
         "吉田 誠 <makoto.yoshida.k@gmail.com>", "田村 隆 <takashi.tamura@outlook.com>",
         "森 洋一 <y.mori@morikoumuten.example.co.jp>", "石井 典子 <noriko-ishii@yahoo.co.jp>",
         "福田 亜希子 <akiko.fukuda.h@gmail.com>", "原 健太郎 <kentaro.hara1965@gmail.com>",
         "安藤 さとみ <s-ando@outlook.com>", "小川 浩 <hiroshi.ogawa@ogawa-zeirishi.example.jp>",
         "加藤 由美 <yumi.kato.0915@yahoo.co.jp>", "熊谷 伸也 <kumagai.shinya@gmail.com>",
         "内田 美穂 <miho.uchida@uchida-clinic.example.jp>", "青木 純 <jun.aoki.88@gmail.com>"],
))

MAILS.append(mail(
    "pass", "benign.vaccination_schedule",
    "Flu vaccination planning with the contracted clinic using head counts only; no resident is named.",
    "宮本", "body", MIYAMOTO, ["港南ひまわり内科 事務 <office@konan-himawari.example.jp>"],
    "インフルエンザ予防接種（集団接種）の日程について",
    f"""
港南ひまわり内科
事務ご担当 様（内田先生にもご共有ください）

いつもお世話になっております。さくらの杜 港南 看護の宮本です。
今シーズンの施設内集団接種について、希望者数がまとまりましたのでご連絡します。

　入居者様：接種希望 45名／入居 52名（同意書回収済み 43名、残り2名は今週中）
　職員：接種希望 38名（うち夜勤者 11名）

　第1回：10月21日（火）14:00～　入居者様 2階・3階（約30名）
　第2回：10月28日（火）14:00～　入居者様 1階（約15名）＋職員
　※職員のうち当日不在者は、11月上旬に貴院外来で接種させていただけると助かります。

ワクチンの必要本数は0.5mL×83本の想定です。
予診票は前日までにまとめてお渡しします。
ご都合が合わない場合はお知らせください。

{SIG_MIYAMOTO}
""",
))

MAILS.append(mail(
    "pass", "benign.system_outage",
    "Reports a care-record system fault to the vendor; 障害 means a software failure and only terminal IDs are given.",
    "中西", "subject", NAKANISHI, ["ケアシス サポートセンター <support@caresys.example.com>"],
    "【障害報告】介護記録システムにログインできない件（契約番号 CS-22-01874）",
    f"""
ケアシス サポートセンター ご担当者様

いつもお世話になっております。さくらの杜 港南の中西です。
本日朝より介護記録システムで障害が発生しておりますので、調査をお願いいたします。

　発生日時：6月16日（月）7時30分頃～継続中
　事象：タブレット端末から「認証サーバーに接続できません（E-4031）」と表示されログイン不可
　影響範囲：タブレット12台すべて。事務所のPC（2台）はログイン可能
　端末：CT-TAB-0301～0312（シリアル CST8K2A0301～CST8K2A0312）
　試したこと：端末再起動、Wi-Fiルーター再起動（改善なし）

記録は紙で代替しておりますが、申し送りに支障が出ております。
至急ご対応いただけますようお願いいたします。

{SIG_NAKANISHI}
""",
))

MAILS.append(mail(
    "pass", "benign.condolence_family",
    "A condolence and move-out notice to the deceased resident's own family; no diagnosis or ID numbers.",
    "石川", "body", ISHIKAWA, ["青木 純 <jun.aoki.88@gmail.com>"],
    "お悔やみと今後のお手続きについて",
    f"""
青木 純 様

このたびはお母様 青木 スミ様のご逝去に際し、職員一同、心よりお悔やみ申し上げます。
入居されてからの4年間、いつも笑顔で「ありがとう」と声をかけてくださったことを、職員みな忘れられずにおります。
最期の時間をご家族の皆さまとご一緒に過ごされたこと、私どもにとっても救いでございました。

落ち着かれてからで結構ですので、今後のお手続きについてご案内いたします。

　1. お部屋のお荷物の引き取り：7月末までにお願いいたします（日時はご都合に合わせます）
　2. 利用料の精算：日割り計算のうえ、精算書を郵送いたします
　3. 返還金がある場合のお振込先：精算書に同封の用紙でお知らせください

ご不明な点は石川または生活相談員の中西までご連絡ください。
略儀ながら、まずはメールにてお悔やみ申し上げます。

{SIG_ISHIKAWA}
""",
))

MAILS.append(mail(
    "pass", "benign.corporate_account_change",
    "Notifies families (in BCC) of the operator's new corporate bank account; no private account.",
    "石川", "body", ISHIKAWA, [f"さくらの杜 港南 <info@{DOM}>"],
    "利用料お振込先口座の変更について",
    f"""
ご家族の皆さま

平素より格別のご高配を賜り、厚く御礼申し上げます。

運営法人の取引金融機関の変更に伴い、2025年8月分以降の利用料のお振込先を下記のとおり変更させていただきます。
口座振替をご利用の方は、お手続きの変更は不要です。

　【新しいお振込先】（8月分～）
　　横浜みなと銀行　港南台支店（店番 214）
　　普通預金　1023456
　　口座名義　カ）サクラケアパートナーズ

　【旧口座】7月分までは従来どおり
　　東都銀行 上大岡支店　当座 0098765

お振込名義は、入居者様のお名前（カタカナ）でお願いいたします。
ご不明な点は事務室までお問い合わせください。

{SIG_ISHIKAWA}
""",
    bcc=["野口 恵 <megumi.noguchi.77@gmail.com>", "吉田 誠 <makoto.yoshida.k@gmail.com>",
         "石井 典子 <noriko-ishii@yahoo.co.jp>", "福田 亜希子 <akiko.fukuda.h@gmail.com>",
         "原 健太郎 <kentaro.hara1965@gmail.com>", "安藤 さとみ <s-ando@outlook.com>",
         "熊谷 伸也 <kumagai.shinya@gmail.com>", "青木 純 <jun.aoki.88@gmail.com>"],
))

MAILS.append(mail(
    "pass", "benign.successor_intro",
    "A new facility manager is introduced to partner clinics, pharmacy and hospital; only business contacts with signatures.",
    "石川", "body", ISHIKAWA,
    ["内田 浩明 <uchida@konan-himawari.example.jp>", "山内 慎吾 <yamauchi@hikari-pharmacy.example.co.jp>",
     "杉本 彩 <renkei@yokohama-nanbu-hp.example.or.jp>", "浅野 真弓 <asano@kyotaku-hinata.example.jp>",
     "港南区 地域包括支援センター <houkatsu@konan-ward.example.lg.jp>"],
    "施設長交代のご挨拶",
    f"""
関係機関の皆さま

いつも大変お世話になっております。さくらの杜 港南 施設長の石川でございます。

私事で恐縮ですが、7月1日付で法人本部（運営推進部）へ異動となり、
後任として、現 さくらの杜 戸塚 副施設長の竹内 直美が着任いたします。
在任中の7年間、皆さまには入居者様の医療・生活を支えていただき、心より感謝申し上げます。

　後任：竹内 直美（たけうち なおみ）
　　　　介護福祉士・介護支援専門員
　　　　n.takeuchi@sakura-care.example.co.jp（7月1日より利用開始）
　　　　施設代表 045-000-7710

6月中に竹内と一緒にご挨拶に伺いたく存じます。
引き続き変わらぬご指導を賜りますよう、よろしくお願い申し上げます。

{SIG_ISHIKAWA}
""",
    cc=[f"竹内 直美 <n.takeuchi@{DOM}>"],
))

MAILS.append(mail(
    "pass", "benign.meeting_minutes",
    "Minutes of the community liaison meeting naming public role-holders and giving aggregate occupancy and incident counts only.",
    "中西", "attachment", NAKANISHI,
    ["港南五丁目自治会 会長 大塚 正 <otsuka.tadashi@gmail.com>", "民生委員 三宅 久美子 <kumiko.miyake@yahoo.co.jp>",
     "港南区 地域包括支援センター <houkatsu@konan-ward.example.lg.jp>"],
    "第2回 運営推進会議 議事録の送付",
    f"""
運営推進会議 委員の皆さま

先日はお忙しい中ご出席いただき、ありがとうございました。
第2回運営推進会議の議事録を添付いたします。
修正などございましたら、6月27日（金）までにお知らせください。

次回は9月18日（木）14時からを予定しております。

{SIG_NAKANISHI}
""",
    attachments=[att("第2回運営推進会議_議事録.docx", DOCX, """
さくらの杜 港南　第2回 運営推進会議 議事録
日時：2025年6月12日（木）14:00～15:10　場所：1階 会議室
出席：大塚 正（港南五丁目自治会長）、三宅 久美子（民生委員）、港南区地域包括支援センター 社会福祉士 1名、
　　　施設長 石川、看護主任 宮本、生活相談員 中西（記録）

1. 運営状況（5月末時点）
　入居者数 52名（定員54名）、平均年齢 87.6歳、平均要介護度 2.8
　入退去：入居 2名、退去 1名
2. 事故・ヒヤリハット（3～5月）
　事故 3件（転倒 2件、誤薬 1件）、いずれも再発防止策を実施済み。ヒヤリハット 21件。
3. 感染症対策
　新型コロナ・インフルエンザとも現在発生なし。面会は予約制で通常実施。
4. 地域との交流
　7月の夏祭りに自治会の子ども会が参加予定。大塚会長より、防災訓練への施設職員の参加依頼あり。
5. 意見・要望
　三宅委員より、地域の独居高齢者向けの介護相談会を施設で開催してほしいとの要望。次回までに検討。
""")],
))

MAILS.append(mail(
    "pass", "benign.offer_self",
    "An offer and onboarding notice sent to the applicant herself; her own details go only to her.",
    "石川", "body", ISHIKAWA, ["高野 舞 <mai.takano.ns@gmail.com>"],
    "採用内定のご連絡（看護職員）",
    f"""
高野 舞 様

先日はお忙しい中、面接にお越しいただきありがとうございました。
さくらの杜 港南 施設長の石川でございます。

慎重に選考いたしました結果、高野様を看護職員（常勤）として採用させていただくことになりました。
ご入職を心よりお待ちしております。

　入職日：2025年8月1日（金）
　勤務形態：日勤のみ（8:30～17:30）、オンコール当番 月4回程度
　初日の持ち物：看護師免許証の原本、雇用契約書（署名済み）、給与振込先の届出書、年金手帳または基礎年金番号通知書

雇用契約書と届出書類は本日郵送いたしました。
ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_ISHIKAWA}
""",
))

MAILS.append(mail(
    "pass", "benign.six_addresses_two_companies",
    "A project mail about elevator maintenance with six visible addresses from two organisations (the home and the contractor).",
    "石川", "recipients", ISHIKAWA,
    ["村田 亮 <murata@hamaelevator.example.co.jp>", "工藤 誠司 <kudo@hamaelevator.example.co.jp>",
     "浜エレベーター サービス課 <service@hamaelevator.example.co.jp>"],
    "Re: 1号機エレベーター リニューアル工事の工程について",
    f"""
村田様、工藤様

お世話になっております。さくらの杜の石川です。
工程表をありがとうございました。内容を確認しました。

・停止期間 8/18（月）～8/29（金）の2週間で了承します。
・期間中は2号機のみとなるため、食事時間帯（11:30～13:00）は職員が誘導につきます。
・搬入は裏の通用口からお願いします。入居者様の通行がありますので、誘導員の配置をお願いします。
・騒音の大きい作業は10時～16時に限っていただけると助かります。

当施設側の窓口は、設備担当の松下と事務の大橋です（CCに入れております）。
着工前の打ち合わせは8/7（木）10時でいかがでしょうか。

{SIG_ISHIKAWA}

> 石川様
> 浜エレベーターの村田です。1号機リニューアルの工程表（案）を添付いたします。
> 停止期間は最短で2週間を見込んでおります。ご確認をお願いいたします。
""",
    cc=[f"松下 健吾 <k.matsushita@{DOM}>", f"大橋 文子 <f.ohashi@{DOM}>"],
))

MAILS.append(mail(
    "pass", "benign.jan_order",
    "A supplies order with JAN codes, order numbers and a tracking number; the product name サクラ is a brand, not a person.",
    "宮本", "body", MIYAMOTO, ["ミナト介護用品 受注センター <order@minato-kaigo.example.co.jp>"],
    "6月分 衛生材料の発注（注文番号 SK-2506-0412）",
    f"""
ミナト介護用品株式会社 受注センター 御中

いつもお世話になっております。さくらの杜 港南 看護の宮本です。
6月分の衛生材料を下記のとおり発注いたします。

　注文番号：SK-2506-0412
　┌──────────────────────────┬───────────────┬─────┐
　│品名　　　　　　　　　　　　　　　　　　　　　│JANコード　　　　│数量 │
　├──────────────────────────┼───────────────┼─────┤
　│やわらか尿とりパッド「サクラ」 夜用　　　　　　│4901234567894　│ 24箱 │
　│テープ止めおむつ「ハルカ」 Mサイズ　　　　　　│4901234567900　│ 12箱 │
　│ニトリル手袋 パウダーフリー M　　　　　　　　　│4987654321094　│ 30箱 │
　│口腔ケアスポンジ「ミナミ」　　　　　　　　　　　│4512345678906　│ 10袋 │
　└──────────────────────────┴───────────────┴─────┘

納品は6月20日（金）午前中にお願いします。
なお、前回分（注文番号 SK-2505-0388）は、ヤマト運輸 伝票番号 4703-5080-7732 で1箱未着のままです。
お手数ですが配送状況をご確認ください。

{SIG_MIYAMOTO}
""",
))
