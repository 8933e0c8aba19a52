"""(C) 医療法人社団 青葉会 青葉台中央病院 — 医事課（未収金担当・入院係）"""
from common import M, att, enc_zip, make_mynumber, corp_number, jan13, g4, quote

ORG = "C"
DOM = "aobadai-chuo.example.or.jp"

ONODERA = "小野寺 恵 <m.onodera@aobadai-chuo.example.or.jp>"
MURAKAMI = "村上 哲也（青葉台中央病院 医事課長） <t.murakami@aobadai-chuo.example.or.jp>"
NOGUCHI = "医事課 野口 <s.noguchi@aobadai-chuo.example.or.jp>"

SIG_ONODERA = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
医療法人社団 青葉会　青葉台中央病院
医事課　未収金担当　小野寺 恵（おのでら めぐみ）
〒227-0000 神奈川県横浜市青葉区青葉台5-0-1
TEL 045-0000-2111（代表）内線1254　FAX 045-0000-2119
受付時間：平日 8:30〜17:00
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
本メールの内容に心当たりのない方は、お手数ですが削除のうえ
上記までご連絡くださいますようお願いいたします。
"""

SIG_MURAKAMI = """
-------------------------------------------------
医療法人社団青葉会 青葉台中央病院
医事課長　村上 哲也
〒227-0000 横浜市青葉区青葉台5-0-1
代表 045-0000-2111 / 医事課直通 045-0000-2150
https://www.aobadai-chuo.example.or.jp/
-------------------------------------------------
【ご注意】このメールは送信者が意図した方のみを対象としています。
誤って受信された場合は、送信者にご連絡のうえ削除してください。
無断での転載・転送・複製を禁じます。
"""

SIG_NOGUCHI = """
青葉台中央病院 医事課 入院係
野口 さやか
内線 1261 ／ 045-0000-2111（代表）
"""

MN_PATIENT = make_mynumber("60219483357")
HOUJIN = corp_number("402051188374")


def mails():
    out = []

    def add(*a, **k):
        out.append(M(ORG, *a, **k))

    # ------------------------------------------------------------ holds: body
    add("onodera", "body", "hold", "sensitive.unpaid_psych_admission",
        "A debt referral to the lawyer names the patient, his address and phone, and his involuntary psychiatric admission.",
        ONODERA, ["高畑 先生 <takahata@minato-law.example.jp>"],
        "未収金案件 法的手続のご依頼（患者ID 00731845）",
        f"""
みなと法律事務所
弁護士 高畑 先生

いつも大変お世話になっております。青葉台中央病院 医事課の小野寺です。
先日ご相談した未収金案件について、支払督促の手続をお願いしたく、概要をお送りします。

　患者ID　：00731845
　氏名　　：石黒 誠一 様（48歳）
　住所　　：横浜市緑区長津田みなみ台3-0-7 ハイム長津田202
　電話　　：090-0000-5563（ほぼ不通）
　入院期間：2024年11月5日〜2025年1月20日
　病棟　　：精神科病棟（医療保護入院）
　未収額　：412,380円（入院医療費 自己負担分・食事療養費を含む）
　督促状況：文書督促3回（2月・4月・6月）、自宅訪問1回（5月、不在）

同意者であるお兄様（石黒 正和 様）にも連絡を試みましたが、現在は疎遠とのことでした。
診療費請求書・督促状の控えは本日郵送いたします。
ご不明な点がございましたらご連絡ください。
{SIG_ONODERA}""",
        personal=[("name", "石黒 誠一"), ("address", "横浜市緑区長津田みなみ台3-0-7 ハイム長津田202"),
                  ("phone", "090-0000-5563"), ("health", "精神科病棟（医療保護入院）"), ("debt", "412,380円")])

    add("onodera", "body", "hold", "id.private_bank_refund",
        "A refund instruction gives a patient's private bank account (bank, branch, number, holder) to the outside accounting office.",
        ONODERA, ["あおば会計事務所 出納代行 <suitou@aoba-kaikei.example.jp>"],
        "過払い金返金のお振込み依頼（8月第2回）",
        f"""
あおば会計事務所
出納代行ご担当 様

お世話になっております。青葉台中央病院 医事課の小野寺です。
限度額適用認定証の提出が退院後となった患者様について、過払い分の返金をお願いいたします。

　返金額　　：96,540円
　返金理由　：限度額適用認定証（区分ウ）の遡及適用による差額
　振込先　　：はまかぜ銀行 青葉台支店 普通 4417029
　口座名義　：ヤマモト ミチコ
　振込希望日：8月20日（水）

返金通知書はこちらから患者様へ郵送済みです。
振込手数料は当院負担でお願いします。
{SIG_ONODERA}""",
        personal=[("bank_account", "はまかぜ銀行 青葉台支店 普通 4417029"), ("name", "ヤマモト ミチコ")])

    add("murakami", "body", "hold", "sensitive.diagnosis_to_insurer",
        "A reply to a life insurer's inquiry gives the patient's name, birth date, breast-cancer stage and surgery, even though she consented.",
        MURAKAMI, ["ひかり生命 保険金部 医療照会担当 <shokai@hikari-life.example.co.jp>"],
        "医療照会へのご回答（貴社照会番号 HL-25-118204）",
        f"""
ひかり生命保険株式会社
保険金部 医療照会担当 御中

平素より大変お世話になっております。青葉台中央病院 医事課長の村上でございます。
7月28日付でご依頼のありました医療照会について、被保険者様の同意書を確認のうえ、以下のとおりご回答いたします。

　照会番号：HL-25-118204
　被保険者：森 恵理子 様（1976年4月9日生）
　傷病名　：左乳癌（浸潤性乳管癌）pT2N0M0 StageⅡA
　初診日　：2025年5月12日（乳腺外科）
　入院期間：2025年6月3日〜2025年6月11日（9日間）
　手術　　：2025年6月4日 左乳房部分切除術＋センチネルリンパ節生検
　今後の治療：術後放射線療法（外来）、ホルモン療法を予定

所定の照会書式（原本）は本日簡易書留にて返送いたしました。
文書料（5,500円）のご請求書を同封しておりますので、よろしくお願いいたします。
{SIG_MURAKAMI}""",
        personal=[("name", "森 恵理子"), ("birthdate", "1976年4月9日"),
                  ("diagnosis", "左乳癌（浸潤性乳管癌）pT2N0M0 StageⅡA"),
                  ("surgery", "左乳房部分切除術＋センチネルリンパ節生検")])

    # ------------------------------------------------------ holds: attachment
    unpaid = """
患者ID,氏名,生年月日,住所,電話番号,診療科,入外,未収額,最終督促日,備考
00512207,岡野 健太郎,1982/03/11,横浜市青葉区藤が丘1-0-3,090-0000-1288,整形外科,入院,184200,2025/06/10,分納約束不履行
00588130,菊池 由美,1967/07/29,川崎市宮前区宮崎4-0-18,080-0000-7731,消化器内科,入院,256780,2025/05/22,
00601942,佐野 大輔,1990/12/02,横浜市都筑区中川2-0-9-305,070-0000-4410,救急科,外来,38900,2025/06/10,転居先不明
00623318,ジョン・アダムス,1985/05/17,横浜市青葉区美しが丘3-0-1,090-0000-6602,救急科,外来,121500,2025/04/30,無保険（短期滞在）
00655071,野田 美千代,1949/01/25,町田市南つくし野2-0-14,042-0000-3387,循環器内科,入院,97340,2025/06/10,
00702215,松浦 翔,1999/08/08,横浜市緑区十日市場町0-22,080-0000-5154,形成外科,外来,22600,2025/05/22,
00731845,石黒 誠一,1977/02/14,横浜市緑区長津田みなみ台3-0-7,090-0000-5563,精神科,入院,412380,2025/06/10,弁護士対応中
00748803,平井 さとみ,1988/10/30,横浜市青葉区桂台1-0-6,090-0000-2275,産婦人科,入院,143000,2025/06/10,
"""
    add("onodera", "attachment", "hold", "list.unpaid_patients",
        "The attached spreadsheet lists eight patients with birth dates, addresses, phones, departments and unpaid amounts for a collection agency.",
        ONODERA, ["メディカル債権サービス 受託担当 <jutaku@medical-saiken.example.co.jp>"],
        "未収金回収業務委託（2025年7月委託分）のリスト送付",
        f"""
メディカル債権サービス株式会社
受託担当 ご担当者様

お世話になっております。青葉台中央病院 医事課の小野寺です。
7月委託分の対象リストを添付いたします。件数は8件、委託総額は1,276,700円です。
契約書第5条に基づき、弁護士対応中の案件は対象から外していただくようお願いします（備考欄参照）。
受領のご連絡をお待ちしております。
{SIG_ONODERA}""",
        attachments=[att("未収金委託リスト_202507.xlsx", unpaid)],
        personal=[("name", "岡野 健太郎"), ("phone", "090-0000-1288"), ("name", "菊池 由美"),
                  ("birthdate", "1967/07/29"), ("name", "平井 さとみ"), ("address", "横浜市青葉区桂台1-0-6")])

    inquiry = """
国民健康保険 被保険者資格照会書
照会元：医療法人社団青葉会 青葉台中央病院（保険医療機関コード 14-0000123）
照会日：2025年8月6日

被保険者氏名：丸山 浩二（まるやま こうじ）
生年月日　　：1971年6月18日
住所　　　　：横浜市青葉区奈良町0-15-3
保険者番号　：138107
被保険者証　記号 青葉 番号 0412875
受診日　　　：2025年7月14日（内科 外来）
照会理由　　：オンライン資格確認で「資格喪失」と表示。本人は継続加入と申告。
　　　　　　　退職に伴う社保からの切替時期の確認をお願いしたい。
"""
    add("noguchi", "attachment", "hold", "id.health_insurance_inquiry",
        "The attached inquiry gives a patient's national-health-insurance insurer number, symbol/number, birth date and address.",
        NOGUCHI, ["青葉区 保険年金課 国保係 <kokuho-aoba@city-yokohama.example.lg.jp>"],
        "被保険者資格の照会について（青葉台中央病院）",
        f"""
青葉区役所 保険年金課 国保係 ご担当者様

お世話になっております。青葉台中央病院 医事課 入院係の野口です。
先ほどお電話でご相談した件、照会書を添付いたします。
お手数ですが、資格の状況をご確認のうえご回答いただけますでしょうか。
回答はFAX（045-0000-2119）でも構いません。
{SIG_NOGUCHI}""",
        attachments=[att("資格照会書_20250806.pdf", inquiry)],
        personal=[("name", "丸山 浩二"), ("birthdate", "1971年6月18日"),
                  ("health_insurance", "記号 青葉 番号 0412875"), ("address", "横浜市青葉区奈良町0-15-3")])

    # ---------------------------------------------------------- holds: quoted
    msw = """
小野寺さん
お疲れさまです。医療福祉相談室の須藤です。
6階東病棟の坂口 茂さん（61歳、ID 00768112）の件です。
アルコール依存症と肝硬変の悪化で7/2から入院中です。
現在無職で、ご家族（元妻・長女）とは10年以上連絡を取っていないとのこと。
入院費の支払いは難しく、本人も生活保護の申請を希望しています。
退院後は依存症の専門病院への転院を主治医が検討中です。
区のケースワーカーさんに医療扶助の遡及の可否を確認していただけますか。
"""
    add("onodera", "quoted", "hold", "sensitive.alcohol_dependence_forward",
        "The quoted social-worker note names an inpatient with alcohol dependence, cirrhosis, family estrangement and a welfare application.",
        ONODERA, ["青葉区 生活支援課 岩田 様 <iwata-k@city-yokohama.example.lg.jp>"],
        "医療扶助の遡及適用についてのご相談",
        f"""
青葉区役所 生活支援課
岩田 様

いつもお世話になっております。青葉台中央病院 医事課の小野寺です。
医療扶助の遡及適用についてご相談させてください。
院内の医療ソーシャルワーカーからの連絡を下に付けます。
申請の受付日と、入院日までさかのぼれるかどうかを教えていただけますと助かります。
{SIG_ONODERA}
----- Original Message -----
From: 須藤 綾子（医療福祉相談室）
To: 小野寺 恵
Date: 2025/07/18 10:42
Subject: 坂口さん 生活保護申請の件
{quote(msw)}""",
        personal=[("name", "坂口 茂"), ("diagnosis", "アルコール依存症と肝硬変"),
                  ("welfare", "生活保護の申請")])

    patient_mail = f"""
青葉台中央病院 医事課 御中

本日内科を受診した西岡 由紀子（1958年9月3日生）です。
マイナ保険証がカードリーダーで読み取れず、受付で「次回までに保険証の情報をメールで」と言われました。
保険証は持っていないので、マイナンバーをお伝えします。
個人番号：{g4(MN_PATIENT)}
加入しているのは横浜市の国民健康保険です。
電話は 090-0000-8136 です。よろしくお願いします。
"""
    add("noguchi", "quoted", "hold", "id.mynumber_patient_forward",
        "The quoted patient mail contains her マイナンバー, birth date and phone, forwarded to the outsourced reception company.",
        NOGUCHI, ["ケアメディック 青葉台チーム <aobadai-team@caremedic.example.co.jp>"],
        "Fw: 保険証の件（内科 8/5 受診分）",
        f"""
ケアメディック 青葉台チーム 各位

お疲れさまです。医事課の野口です。
患者様から下記の問い合わせが代表アドレスに届いていました。
次回受診時（8/19 内科）の受付で、資格確認の対応をお願いします。
{SIG_NOGUCHI}
-------- 転送されたメッセージ --------
差出人: 西岡 由紀子 <yukiko.nishioka58@yahoo.co.jp>
日付: 2025年8月5日 19:26
件名: 保険証の件
宛先: info@aobadai-chuo.example.or.jp
{quote(patient_mail)}""",
        personal=[("name", "西岡 由紀子"), ("mynumber", g4(MN_PATIENT)),
                  ("birthdate", "1958年9月3日"), ("phone", "090-0000-8136")])

    # --------------------------------------------------------- holds: subject
    add("onodera", "subject", "hold", "sensitive.subject_dialysis",
        "The subject names a patient and his dialysis to the social welfare council; the body says only that a date will follow.",
        ONODERA, ["青葉区社会福祉協議会 生活福祉資金担当 <shikin@aoba-shakyo.example.or.jp>"],
        "【分納相談】田村 正志 様（人工透析・週3回）医療費のお支払いについて",
        f"""
青葉区社会福祉協議会
生活福祉資金ご担当 様

お世話になっております。青葉台中央病院 医事課の小野寺です。
先日お電話でご相談した件、ご本人の来院日が決まりましたら改めてご連絡いたします。
必要な書類の一覧をお送りいただけますと助かります。
{SIG_ONODERA}""",
        personal=[("name", "田村 正志"), ("diagnosis", "人工透析")])

    # ------------------------------------------------------------- holds: zip
    add("noguchi", "zip", "hold", "attachment.encrypted_zip",
        "A password-protected zip (PPAP) of returned claims is sent to the outsourcing company; its contents cannot be inspected.",
        NOGUCHI, ["ケアメディック 青葉台チーム <aobadai-team@caremedic.example.co.jp>"],
        "6月診療分 返戻レセプト一覧",
        f"""
ケアメディック 青葉台チーム
リーダー 片山様

お疲れさまです。医事課の野口です。
6月診療分の返戻一覧を送ります。再請求分の点検を8/25までにお願いします。
パスワードはいつもの方法で別途お知らせします。
{SIG_NOGUCHI}""",
        attachments=[enc_zip("返戻レセプト一覧_2025年6月.zip")])

    # ------------------------------------------------------ holds: recipients
    clinics = [
        "青葉台ファミリークリニック 院長 <director@aobadai-family.example.jp>",
        "藤が丘内科 事務長 <jimu@fujigaoka-naika.example.jp>",
        "たまプラーザ整形外科 <info@tamaplaza-seikei.example.jp>",
        "あざみ野こどもクリニック <office@azamino-kids.example.jp>",
        "市が尾駅前眼科 <contact@ichigao-eye.example.jp>",
        "江田ハートクリニック <info@eda-heart.example.jp>",
        "長津田在宅診療所 <zaitaku@nagatsuta-home.example.jp>",
        "すすき野皮膚科 <skin@susukino-hifuka.example.jp>",
        "恩田の森クリニック 佐藤先生 <sato.dr@ondanomori.example.jp>",
        "奈良町内科胃腸科 <naramachi@naramachi-ic.example.jp>",
        "こどもの国メンタルクリニック 受付 <reception@kodomonokuni-mc.example.jp>",
        "桂台レディースクリニック <lady@katsuradai-lc.example.jp>",
    ]
    add("murakami", "recipients", "hold", "recipients.clinics_visible",
        "Twelve clinics of different organisations are put in visible To, exposing each other's addresses; it should have been BCC.",
        MURAKAMI, clinics,
        "【ご案内】第14回 青葉地域医療連携勉強会（9/18）",
        f"""
地域の医療機関の皆様

平素より当院との医療連携に格別のご高配を賜り、厚く御礼申し上げます。
青葉台中央病院 医事課長の村上でございます。
第14回 青葉地域医療連携勉強会を下記のとおり開催いたします。

　日時：2025年9月18日（木）19:00〜20:30
　会場：青葉台中央病院 本館5階 講堂（オンライン併用）
　テーマ：「医療費の未収金を防ぐ　〜限度額適用認定とオンライン資格確認の活用〜」
　講師：当院 医事課長 村上 哲也／医療福祉相談室 須藤 綾子

ご参加いただける場合は、9月10日までに本メールへのご返信にてお知らせください。
オンライン参加のURLは前日にお送りいたします。
{SIG_MURAKAMI}""")

    # ------------------------------------------------------------------ passes
    add("murakami", "none", "pass", "benign.visit_restriction_notice",
        "A visiting-restriction notice to a partner care home explains rules for infection control without naming any patient.",
        MURAKAMI, ["特別養護老人ホーム さくらの杜 生活相談員 <soudan@sakuranomori.example.or.jp>"],
        "面会制限の継続について（9月以降）",
        f"""
特別養護老人ホーム さくらの杜
生活相談員 ご担当者様

平素よりお世話になっております。青葉台中央病院 医事課長の村上です。
地域で新型コロナウイルス感染症とインフルエンザの感染者が増えていることから、
当院では9月以降も以下の面会制限を継続いたします。
貴施設からご入院中の入居者様のご家族への周知にご協力いただけますと幸いです。

　・面会は予約制、1回15分・2名まで
　・面会時間：平日14:00〜16:00（土日祝は休止）
　・発熱や咳などの症状がある方、中学生以下のお子様はご遠慮ください
　・洗濯物の受け渡しは1階 総合受付で随時可能です
　・オンライン面会（タブレット）は引き続きご利用いただけます

退院調整のカンファレンスは、これまでどおり来院での参加も可能です。
変更があれば改めてお知らせいたします。
{SIG_MURAKAMI}""")

    add("murakami", "none", "pass", "benign.staff_vaccination_aggregate",
        "An order and schedule for staff influenza vaccination given as counts by department; no one is named.",
        MURAKAMI, ["メディ・サプライ 横浜営業所 松岡 様 <matsuoka@medi-supply.example.co.jp>"],
        "職員インフルエンザ予防接種 ワクチン発注数と納品日程",
        f"""
株式会社メディ・サプライ 横浜営業所
松岡様

いつもお世話になっております。青葉台中央病院の村上です。
今季の職員インフルエンザ予防接種について、希望者の集計が出ましたのでご連絡いたします。

　医師　　　　　 42名
　看護部　　　　318名
　コメディカル　 96名
　医事課・事務　 57名
　委託職員　　　 61名
　合計　　　　　574名（1mLバイアルで 300本を予定）

接種日程は10/20（月）〜11/7（金）の平日、職員食堂横の会議室で行います。
納品は10/16（木）午前と10/30（木）午前の2回に分けてお願いできますでしょうか。
納品書・請求書は従来どおり用度課宛でお願いします。
{SIG_MURAKAMI}""")

    checkup = f"""
御請求書
株式会社グリーンテック 御中
請求日 2025年8月29日　請求番号 KS-2025-0871

件名：2025年度 定期健康診断（7月実施分）
受診者数　128名（うち生活習慣病健診 61名、一般健診 67名）
ご請求金額　1,582,900円（非課税）

お振込先：はまかぜ銀行 青葉台支店 普通 1209931
口座名義：医療法人社団青葉会
お支払期限：2025年9月30日

医療法人社団青葉会 青葉台中央病院
法人番号 {HOUJIN}
"""
    add("noguchi", "none", "pass", "benign.checkup_invoice_corporate",
        "A health-check invoice to a corporate client with head counts only, the hospital's corporate account and 法人番号.",
        NOGUCHI, ["グリーンテック 人事部 健康管理担当 <kenko@greentech.example.co.jp>"],
        "定期健康診断（7月実施分）ご請求書の送付",
        f"""
株式会社グリーンテック
人事部 健康管理ご担当 様

いつもお世話になっております。青葉台中央病院 医事課の野口です。
7月に実施いたしました定期健康診断の御請求書をお送りいたします。
個人別の結果票は、受診者様ご本人宛に簡易書留で送付済みです。
貴社の健康経営の取組みとして、集計データ（年代別の有所見率）をご希望の場合は、
別途お申し付けください。
{SIG_NOGUCHI}""",
        attachments=[att("御請求書_KS-2025-0871.pdf", checkup)])

    add("onodera", "none", "pass", "benign.patient_own_bill",
        "A reply to the patient himself about his own outstanding bill and an instalment plan, with the hospital's corporate account.",
        ONODERA, ["川端 秀樹 様 <hideki.kawabata@outlook.com>"],
        "Re: 入院費のお支払いについて",
        f"""
川端 秀樹 様

ご連絡いただきありがとうございます。青葉台中央病院 医事課の小野寺です。
ご相談の件、以下の分割払いで承りました。

　ご請求額：186,400円（6月23日〜7月4日 ご入院分）
　お支払い：9月から毎月末に 31,000円 × 5回、最終回 31,400円

お振込先：はまかぜ銀行 青葉台支店 普通 1209931
口座名義：医療法人社団青葉会
※お振込みの際は、お名前の前に患者番号「00774520」をご入力ください。

なお、高額療養費の限度額を超える部分については、ご加入の健康保険組合に申請いただくと
後日払い戻しを受けられる場合があります。申請に必要な領収書は、再発行も可能です。
ご不明な点がございましたら、お気軽にご連絡ください。
{SIG_ONODERA}
-----Original Message-----
From: 川端 秀樹 <hideki.kawabata@outlook.com>
Sent: Monday, August 18, 2025 9:15 PM
Subject: 入院費のお支払いについて

> 先日退院した川端です。請求書を拝見しましたが、一括での支払いが難しく、
> 分割にしていただくことは可能でしょうか。毎月3万円程度なら払えます。""")

    add("murakami", "none", "pass", "benign.ehr_outage_malware",
        "An IT incident mail: 障害, ウイルス感染 and 隔離 refer to terminals and malware, and no patient data is included.",
        MURAKAMI, ["メディネクスト システムサポート <support@medinext.example.co.jp>"],
        "【至急】電子カルテ参照系の障害と端末のウイルス感染疑いについて",
        f"""
メディネクスト株式会社 システムサポート ご担当者様

お世話になっております。青葉台中央病院 医事課長の村上です。
本日 9:40頃から、電子カルテの参照系（過去カルテ・画像ビューア）が開けない障害が発生しています。
オーダ入力と会計は使用できています。

あわせて、医事課の端末1台（資産番号 AC-PC-0214）で、ウイルス対策ソフトが
不審なファイルを検知しました（検知名 Trojan.GenericKD.7315... ログ添付なし）。
当該端末は LAN ケーブルを抜いてネットワークから隔離済みです。
感染が広がっていないか、同じセグメントの端末（AC-PC-0201〜0220）の確認をお願いします。

　障害受付番号：MN-INC-2025-3391
　影響範囲：外来 医事課・外来受付（計22台）
　暫定対応：紙伝票での運用に切替済み

復旧の見込みと、検知ファイルの解析結果を分かり次第ご連絡ください。
{SIG_MURAKAMI}""",
        cc=["情報システム室 <system@aobadai-chuo.example.or.jp>"])

    add("noguchi", "none", "pass", "benign.receipt_system_minutes_6addr",
        "Project minutes for a billing-system replacement to six visible addresses from two organisations; only staff are named.",
        NOGUCHI,
        ["メディネクスト 河合 様 <kawai@medinext.example.co.jp>", "メディネクスト 沢田 様 <sawada@medinext.example.co.jp>",
         "メディネクスト 岡 様 <oka@medinext.example.co.jp>"],
        "【議事録】医事会計システム更新 第3回定例（8/21）",
        f"""
関係者各位

お疲れさまです。青葉台中央病院 医事課の野口です。
8/21の定例会の議事録を送付します。修正があれば8/27までにご連絡ください。

■出席
　メディネクスト：河合様（PM）、沢田様（SE）、岡様（導入支援）
　当院：村上（医事課長）、野口、情報システム室 田島

■決定事項
　1. 本番切替日は 2026年1月5日（月）で確定
　2. 旧システムからの移行データは 2025年4月以降の会計分とする
　3. 診療明細書の様式は現行レイアウトを踏襲（病院ロゴのみ差替え）
　4. 院内研修は 12月に3回（各90分）実施

■宿題
　・メディネクスト：マスタ差分一覧の提出（9/5）
　・当院：自費項目（文書料・個室料）の料金表の最新化（9/5）

■次回　9/18（木）15:00〜　本館3階 会議室B
{SIG_NOGUCHI}""",
        cc=["村上 哲也 <t.murakami@aobadai-chuo.example.or.jp>", "田島 <tajima@aobadai-chuo.example.or.jp>",
            "医事課 <iji@aobadai-chuo.example.or.jp>"])

    add("onodera", "none", "pass", "benign.ceiling_system_explanation",
        "A general explanation of the high-cost medical expense system to a community support centre, with no person named.",
        ONODERA, ["青葉台地域ケアプラザ 地域包括支援センター <houkatsu@aobadai-careplaza.example.or.jp>"],
        "限度額適用認定証のご案内資料について",
        f"""
青葉台地域ケアプラザ
地域包括支援センター ご担当者様

いつもお世話になっております。青葉台中央病院 医事課の小野寺です。
先日の地域ケア会議でご質問のあった、入院時の医療費負担の件です。
ご相談者様への説明にお使いいただけるよう、ポイントをまとめました。

・70歳未満の方は、入院前に加入している保険者から「限度額適用認定証」の交付を受けて提示すると、
　窓口での支払いが自己負担限度額までになります。
・マイナ保険証をお使いの方は、認定証がなくても限度額が適用されます（窓口で情報提供に同意）。
・70歳以上の方は、住民税非課税世帯を除き、原則として手続きは不要です。
・食事代・差額ベッド代・文書料は対象外です。

当院では入院の説明時に医事課の職員がご案内しています。
ご本人・ご家族からのご相談は、医事課（内線1254）で承ります。
{SIG_ONODERA}""")

    add("murakami", "none", "pass", "benign.public_figure_ceremony",
        "Arranging the mayor's attendance at an anniversary ceremony; the mayor is a public figure in a public role.",
        MURAKAMI, ["横浜市 秘書課 日程担当 <hisho-nittei@city-yokohama.example.lg.jp>"],
        "開院30周年記念式典へのご臨席について（ご依頼）",
        f"""
横浜市 政策局 秘書課
日程ご担当 様

拝啓　時下ますますご清祥のこととお慶び申し上げます。
青葉台中央病院 医事課長の村上でございます。

当院は本年11月に開院30周年を迎えます。つきましては、下記の記念式典に
大橋 正人 市長にご臨席を賜り、ご祝辞をいただけましたら幸甚に存じます。

　日時：2025年11月8日（土）14:00〜15:30
　会場：ホテル青葉ガーデン 2階「桜の間」
　次第：開会、理事長挨拶、ご来賓祝辞、記念講演（名誉院長 小田島 博）、閉会
　出席予定：約180名（地域医師会、連携医療機関、職員）

ご多用のところ恐縮ですが、ご出席の可否を9月末日までにお知らせいただけますと幸いです。
正式な案内状は追って郵送いたします。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具
{SIG_MURAKAMI}""")

    add("murakami", "none", "pass", "benign.employment_verification_consent",
        "A minimal employment verification made with the employee's written consent, giving only enrolment, start date and title.",
        MURAKAMI, ["はまかぜ銀行 ローンセンター 審査担当 <loan-shinsa@hamakaze-bank.example.co.jp>"],
        "Re: 在籍確認のご依頼について（受付番号 HL-0825-1147）",
        f"""
はまかぜ銀行 ローンセンター
審査ご担当 様

お世話になっております。青葉台中央病院 医事課長の村上です。
受付番号 HL-0825-1147 の在籍確認について、ご本人の同意書を確認しましたので、以下のとおり回答いたします。

　氏名：佐野 健太
　在籍：あり（常勤職員）
　入職日：2016年4月1日
　所属・職名：医事課 主任

給与額その他の事項につきましては、当院の規程によりお答えしておりません。
ご本人から源泉徴収票等をご提出いただきますようお願いいたします。
{SIG_MURAKAMI}
> 青葉台中央病院 人事ご担当者様
> 住宅ローンのお申込みに際し、ご本人様の同意のもと、在籍のご確認をお願いしたく存じます。
> 同意書の写しを添付いたします。""")

    add("noguchi", "none", "pass", "benign.supplies_order_jan",
        "An order for billing-counter supplies with JAN codes, model numbers and a serial number; none is a personal ID.",
        NOGUCHI, ["オフィスネット青葉 受注センター <order@officenet-aoba.example.co.jp>"],
        "発注：医事課 消耗品（8月分）",
        f"""
オフィスネット青葉 受注センター 御中

いつもお世話になっております。青葉台中央病院 医事課の野口です。
下記のとおり発注いたします。納品は医事課（本館1階）まで、8/29までにお願いします。

　1. 感熱ロール紙 80mm×80m（明細書プリンタ用）　JAN {jan13('490123405518')}　20巻
　2. トナーカートリッジ TN-5120K　JAN {jan13('497123618820')}　4本
　3. 受付番号発券機用ロール紙 58mm　JAN {jan13('490123405702')}　10巻
　4. クリアファイル A4（青）100枚入　JAN {jan13('490247815036')}　3袋

また、会計窓口の自動精算機（シリアル No. APS-22-0091457）のレシート部の異音について、
保守の点検も併せて手配いただけますでしょうか。
{SIG_NOGUCHI}""")

    return out
