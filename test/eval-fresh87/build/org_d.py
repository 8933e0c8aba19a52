"""(D) 製薬会社 安全性情報部: 北斗製薬株式会社 安全性情報部 (invented).

Writers
  okamoto  岡本 修    安全性情報部 課長                 formal, long JP/EN confidentiality signature
  ishida   石田 玲奈  安全性情報部 症例管理グループ     medium signature
  miura    三浦 拓海  Global PV Liaison                 English mail to the licensor, English signature
"""
from common import t, q, addr, att, enc_zip, mail

ORG = "D"
DOM = "hokuto-pharma.example.co.jp"

OKAMOTO = addr("岡本 修", f"o.okamoto@{DOM}")
ISHIDA = addr("石田 玲奈", f"r.ishida@{DOM}")
MIURA = addr("Takumi Miura", f"t.miura@{DOM}")

SIG_OKAMOTO = t("""
    ==================================================
    北斗製薬株式会社
    信頼性保証本部 安全性情報部 安全管理課 課長
    岡本 修（Osamu Okamoto）
    〒103-0000 東京都中央区日本橋本町0-0-0 北斗製薬本社ビル
    TEL：03-0000-7420　FAX：03-0000-7429
    E-mail：o.okamoto@hokuto-pharma.example.co.jp
    ==================================================
    【機密保持に関するお願い】本メールには機密情報が含まれている可能性があります。
    宛先以外の方が受信された場合は、直ちに破棄のうえ送信者にご連絡ください。
    CONFIDENTIALITY NOTICE: This message may contain confidential information.
""")

SIG_ISHIDA = t("""
    --------------------------------------------
    北斗製薬株式会社 安全性情報部
    症例管理グループ　石田 玲奈
    TEL 03-0000-7435（直通）
    r.ishida@hokuto-pharma.example.co.jp
    --------------------------------------------
""")

SIG_MIURA = t("""
    Kind regards,
    Takumi Miura
    Global PV Liaison, Drug Safety Department
    Hokuto Pharmaceutical Co., Ltd.
    0-0-0 Nihonbashi-Honcho, Chuo-ku, Tokyo 103-0000, Japan
    Phone: +81-3-0000-7448
    This e-mail and any attachments are confidential and intended solely for the addressee.
""")

CRO = "medicross-cro.example.co.jp"
ARDEN = "arden-tx.example.com"

MAILS = []
add = MAILS.append

# ======================================================================= HOLDS

add(mail(ORG, "ishida", "body", "hold", "sensitive.adverse_event_named",
    "An adverse-event report to the CRO gives the patient's full name, date of birth and hospital ID with his interstitial pneumonia.",
    ISHIDA, [addr("メディクロス株式会社 PV事業部 川上様", f"kawakami@{CRO}")],
    "【新規症例】ヴァルトラン錠 間質性肺炎（MR入手 6/13）",
    t("""
    メディクロス PV事業部
    川上様

    お世話になっております。北斗製薬 安全性情報部の石田です。
    本日MRが入手した新規症例について、症例登録をお願いいたします。

    　製品：ヴァルトラン錠 15mg
    　報告者：東都医科大学病院 呼吸器内科 松下 正人 先生
    　患者：佐藤 和夫（男性、1951年4月3日生、73歳）
    　病院ID：0048213377
    　原疾患：非弁膜症性心房細動
    　有害事象：間質性肺炎（重篤：入院）
    　経過：2024/04/22 投与開始。5/30 乾性咳嗽、6/3 呼吸困難で受診、CTでびまん性すりガラス影。
    　　　　6/4 入院、投与中止。ステロイドパルス療法により改善傾向。
    　併用薬：アムロジピン、ランソプラゾール

    報告医からは追加情報の提供にご協力いただけるとのことです。
    15日報告の起算日は6/13となります。

    """) + SIG_ISHIDA,
    personal=[("name", "佐藤 和夫"), ("birthdate", "1951年4月3日"), ("patient_id", "0048213377"),
              ("diagnosis", "間質性肺炎")]))

add(mail(ORG, "miura", "body", "hold", "sensitive.genome_result",
    "A named patient's HLA-B*15:02 pharmacogenomic result is sent to the licensor; genome results about an identifiable person.",
    MIURA, [addr("Rachel Morgan", f"rachel.morgan@{ARDEN}")],
    cc=[addr("Arden Drug Safety Mailbox", f"drugsafety@{ARDEN}")],
    subject="Carbelin case JP-HKT-2024-00277 - HLA test result received",
    text=t("""
    Dear Rachel,

    Further to our call yesterday, we have received the pharmacogenomic test result
    for the Carbelin SJS case from the treating dermatologist.

      Patient         : Mr. Hiroshi Tanaka (DOB 1978-11-02), Minato Medical Center
      Test            : HLA-B genotyping (performed 2024-06-05)
      Result          : HLA-B*15:02 positive (heterozygous); HLA-A*31:01 negative
      Event           : Stevens-Johnson syndrome, onset day 18 of Carbelin 200 mg/day
      Outcome         : recovering

    The physician considers the HLA-B*15:02 carrier status relevant to the causality
    assessment. We will submit the follow-up report to PMDA within the 15-day timeline
    and send you the translated lab report by Friday.

    """) + SIG_MIURA,
    personal=[("name", "Hiroshi Tanaka"), ("birthdate", "1978-11-02"),
              ("genome", "HLA-B*15:02 positive")]))

add(mail(ORG, "ishida", "body", "hold", "sensitive.patient_inquiry_escalation",
    "A patient's name, phone and rheumatoid arthritis with pregnancy plans are sent to the outsourced call centre.",
    ISHIDA, [addr("ケアラインBPO株式会社 くすり相談センター SV 上原様", "uehara@careline-bpo.example.co.jp")],
    "エスカレーション案件の折り返し対応について（受付 K-240614-022）",
    t("""
    ケアラインBPO 上原様

    お世話になっております。北斗製薬 安全性情報部の石田です。
    本日エスカレーションいただいた案件について、当部で確認した内容をお伝えします。
    折り返しのお電話をセンターからお願いできますでしょうか。

    　受付番号：K-240614-022
    　お名前：平井 真由子 様（36歳）
    　お電話：080-0000-4157（平日18時以降希望）
    　ご相談：関節リウマチでホクトマブ皮下注を使用中。妊娠を希望しており、
    　　　　　いつ中止すべきか、胎児への影響を知りたい。
    　回答方針：添付文書の「妊婦」の項の範囲でご説明し、中止時期は必ず主治医と
    　　　　　相談するようお伝えください。個別の判断はしないこと。

    また、会話の中で「注射部位が2週間ほど赤く腫れた」とのお話がありましたので、
    副作用としての詳細（時期・程度）も聴取いただけますと助かります。

    """) + SIG_ISHIDA,
    personal=[("name", "平井 真由子"), ("phone", "080-0000-4157"), ("diagnosis", "関節リウマチ")]))

add(mail(ORG, "ishida", "attachment", "hold", "list.ae_line_listing",
    "The cover note is routine, but the attached line listing has patients' full names, birth dates and hospital IDs with their events.",
    ISHIDA, [addr("メディクロス株式会社 PV事業部 川上様", f"kawakami@{CRO}")],
    cc=[addr("メディクロス株式会社 PV事業部 野村様", f"nomura@{CRO}")],
    subject="5月度 ラインリスト（照合用）",
    text=t("""
    川上様、野村様

    お世話になっております。北斗製薬の石田です。
    5月度の照合用ラインリストをお送りします。
    御社DBとの件数突合をお願いいたします（当社集計：非重篤 34件、重篤 9件）。

    6/21（金）の定例で差異を確認させてください。

    """) + SIG_ISHIDA,
    attachments=[att("LL_202405_照合用.csv", t("""
        管理番号,入手日,製品,患者氏名,性別,生年月日,医療機関,病院ID,事象名,重篤性,転帰
        HKT-2024-00251,2024/05/02,ヴァルトラン錠,小池 昭二,M,1944/07/19,みなと総合病院,M-220418,消化管出血,重篤,回復
        HKT-2024-00256,2024/05/07,カルベリン錠,森 陽子,F,1989/01/25,東都医科大学病院,0048199021,薬疹,非重篤,軽快
        HKT-2024-00263,2024/05/13,ヴァルトラン錠,長谷部 隆,M,1950/12/02,北町クリニック,K-00871,鼻出血,非重篤,回復
        HKT-2024-00270,2024/05/20,ホクトマブ皮下注,藤原 由紀子,F,1976/05/30,中央リウマチセンター,R-55102,帯状疱疹,重篤,軽快
        HKT-2024-00274,2024/05/28,カルベリン錠,田口 翔太,M,2006/09/14,みなと総合病院,M-231177,肝機能障害,非重篤,未回復
    """))],
    personal=[("name", "小池 昭二"), ("birthdate", "1944/07/19"), ("name", "藤原 由紀子"),
              ("patient_id", "0048199021"), ("name", "田口 翔太")]))

add(mail(ORG, "miura", "attachment", "hold", "sensitive.cioms_named",
    "The cover note is routine, but the attached CIOMS form names the patient in full with her psychiatric history and suicide attempt.",
    MIURA, [addr("Arden Drug Safety Mailbox", f"drugsafety@{ARDEN}")],
    cc=[addr("Rachel Morgan", f"rachel.morgan@{ARDEN}")],
    subject="CIOMS I - JP-HKT-2024-00289 (initial, serious)",
    text=t("""
    Dear Arden Drug Safety team,

    Please find attached the CIOMS I form for case JP-HKT-2024-00289
    (initial report, serious, received 10 June 2024). Day 0 for the exchange
    timeline under the SDEA is 10 June.

    Please acknowledge receipt.

    """) + SIG_MIURA,
    attachments=[att("CIOMS_JP-HKT-2024-00289.pdf", t("""
        CIOMS FORM - SUSPECT ADVERSE REACTION REPORT
        1. PATIENT INITIALS (first, last): Emiko Hayashi
        1a. COUNTRY: JAPAN   2. DATE OF BIRTH: 1985-08-12   2a. AGE: 38   3. SEX: F
        7+13 DESCRIBE REACTION(S): Patient took an overdose of Carbelin (approx. 40 tablets)
        with suicidal intent on 2024-06-07. Admitted to ICU, Kanda University Hospital.
        Seizure and hyponatraemia. Recovered 2024-06-12.
        14. SUSPECT DRUG: Carbelin tablets 200 mg
        22. CONCOMITANT DRUGS: quetiapine, lorazepam
        23. OTHER RELEVANT HISTORY: schizophrenia since 2009; previous suicide attempt 2019;
        alcohol use disorder.
        24b. REPORT SOURCE: health professional (psychiatrist)
        MFR CONTROL NO.: JP-HKT-2024-00289
    """))],
    personal=[("name", "Emiko Hayashi"), ("birthdate", "1985-08-12"),
              ("diagnosis", "schizophrenia"), ("sensitive", "previous suicide attempt")]))

add(mail(ORG, "ishida", "quoted", "hold", "sensitive.hiv_case_quoted",
    "The top only confirms a translation deadline, but the quoted source text names a patient under HIV treatment.",
    ISHIDA, [addr("リンガメッド翻訳 プロジェクトマネージャー 中川様", "nakagawa@linguamed.example.co.jp")],
    "Re: 症例経過の英訳ご依頼（納期のご確認）",
    t("""
    中川様

    ご連絡ありがとうございます。北斗製薬の石田です。
    納期は来週水曜（6/19）正午で問題ございません。
    用語集は前回のもの（v3.2）をご使用ください。

    よろしくお願いいたします。

    """) + SIG_ISHIDA + "\n" + t("""
    On 2024/06/13 10:22, 中川 智子 wrote:
    """) + q(t("""
    石田様
    ご依頼ありがとうございます。分量を拝見し、納期は6/19（水）正午でいかがでしょうか。
    リンガメッド翻訳 中川
    """)) + q(q(t("""
    中川様
    下記の症例経過の英訳をお願いします（約1,800字）。

    ---原文---
    患者は小松 誠（42歳男性、会社員）。2016年にHIV感染症と診断され、
    新宿東クリニックにて抗HIV療法を継続中。2024年3月より当社ヴァルトラン錠を
    併用開始したところ、4月下旬に鼻出血および歯肉出血が出現。
    抗HIV薬との相互作用による血中濃度上昇が疑われ……
    """))),
    personal=[("name", "小松 誠"), ("diagnosis", "HIV感染症")]))

add(mail(ORG, "okamoto", "quoted", "hold", "sensitive.pregnancy_case_quoted",
    "The top asks an outside expert for an opinion, but the quoted MR report names a pregnant patient with epilepsy and a fetal heart defect.",
    OKAMOTO, [addr("東都医科大学 産婦人科 教授 宮田 圭介先生", "miyata@toto-med.example.ac.jp")],
    "【ご意見のお願い】カルベリン錠 妊娠中曝露症例について",
    t("""
    宮田先生

    いつも大変お世話になっております。北斗製薬 安全性情報部の岡本でございます。
    安全性評価委員会の外部委員として、先生にご意見を賜りたい症例がございます。

    MRからの第一報を下記に転記いたします。因果関係の評価と、追加で確認すべき
    事項についてご教示いただけますと幸いです。
    6月24日（月）の委員会までにご意見を頂戴できれば大変ありがたく存じます。

    ご多忙のところ誠に恐縮ですが、何卒よろしくお願い申し上げます。

    """) + SIG_OKAMOTO + "\n" + t("""
    -----Original Message-----
    From: 北斗製薬 名古屋営業所 MR 杉浦
    Sent: Tuesday, June 11, 2024 7:48 PM
    Subject: 妊娠中曝露の報告

    """) + q(t("""
    安全性情報部 御中
    名古屋営業所の杉浦です。本日、中部産科クリニックの今西先生より報告を受けました。

    患者：村井 早紀さん（31歳）
    既往：てんかん（10代から カルベリン錠 400mg/日 服用中）
    妊娠経過：現在妊娠22週。胎児超音波で心室中隔欠損が疑われる。
    服用状況：妊娠判明後も自己判断で継続。葉酸の服用なし。
    先生のコメント：出生後に小児循環器でフォローする予定。
    """)),
    personal=[("name", "村井 早紀"), ("diagnosis", "てんかん"), ("health", "妊娠22週"),
              ("diagnosis", "心室中隔欠損")]))

add(mail(ORG, "ishida", "subject", "hold", "sensitive.adverse_event_in_subject",
    "The body is a neutral processing note, but the subject names the patient, her age and Stevens-Johnson syndrome.",
    ISHIDA, [addr("メディクロス株式会社 PV事業部 川上様", f"kawakami@{CRO}")],
    "【重篤・追加報告】佐々木 良子様（58歳）スティーブンス・ジョンソン症候群 HKT-2024-00298",
    t("""
    川上様

    お世話になっております。石田です。
    標記の件、報告医から追加情報を入手しました。詳細は本日中にポータルへ登録します。
    E2Bの取り込みは明日午前を予定していますので、QCのご手配をお願いします。

    """) + SIG_ISHIDA,
    personal=[("name", "佐々木 良子"), ("diagnosis", "スティーブンス・ジョンソン症候群")]))

add(mail(ORG, "ishida", "zip", "hold", "attachment.encrypted_zip",
    "A password-protected zip of source documents is attached (PPAP).",
    ISHIDA, [addr("メディクロス株式会社 PV事業部 野村様", f"nomura@{CRO}")],
    "原資料送付（HKT-2024-00298 追加情報）",
    t("""
    野村様

    お世話になっております。北斗製薬の石田です。
    HKT-2024-00298の原資料（調査票、検査値、皮膚科所見）を送付します。
    ファイルにはパスワードを設定しています。パスワードは別途お送りします。

    よろしくお願いいたします。

    """) + SIG_ISHIDA,
    attachments=[enc_zip("HKT-2024-00298_原資料.zip")]))

add(mail(ORG, "okamoto", "recipients", "hold", "recipients.visible_to",
    "A safety notice is sent to twelve hospitals' drug-information staff with all addresses visible in To.",
    OKAMOTO, [
        addr("みなと総合病院 薬剤部 DI室", "di@minato-gh.example.jp"),
        addr("東都医科大学病院 薬剤部", "yakuzai@toto-med-hp.example.ac.jp"),
        addr("中央リウマチセンター 薬剤科", "pharm@chuo-rheuma.example.or.jp"),
        addr("北町クリニック 院長", "info@kitamachi-cl.example.jp"),
        addr("神田大学病院 薬剤部 医薬品情報室", "dinfo@kanda-u-hp.example.ac.jp"),
        addr("城東記念病院 薬剤科", "yakuzai@joto-kinen.example.or.jp"),
        addr("湾岸医療センター 薬剤部", "di-room@wangan-mc.example.jp"),
        addr("日本橋循環器クリニック", "contact@nihonbashi-heart.example.jp"),
        addr("西新宿メディカルセンター 薬剤部", "pharmacy@nishishinjuku-mc.example.jp"),
        addr("江東中央病院 薬剤科", "di@koto-chuo.example.or.jp"),
        addr("多摩総合医療センター 薬剤部", "di@tama-gmc.example.jp"),
        addr("さくら調剤薬局 本部 学術課", "gakujutsu@sakura-chozai.example.co.jp"),
    ],
    "【適正使用のお願い】ヴァルトラン錠 出血性副作用に関するご案内",
    t("""
    医療機関 医薬品情報ご担当者 各位

    平素より弊社製品の適正使用にご協力を賜り、厚く御礼申し上げます。
    北斗製薬株式会社 安全性情報部の岡本でございます。

    ヴァルトラン錠において、腎機能低下患者での減量基準を遵守されずに投与された症例で
    重篤な出血性副作用の報告が続いております。つきましては、添付の
    「適正使用のお願い」をご確認いただき、院内での周知にご協力をお願いいたします。

    　・クレアチニンクリアランス 15〜50mL/min の患者では 10mg 1日1回へ減量
    　・75歳以上、体重 50kg 以下の患者では特に慎重に投与
    　・抗血小板薬との併用時は出血徴候に注意

    詳細は担当MRよりご説明に伺います。

    """) + SIG_OKAMOTO,
    attachments=[att("適正使用のお願い_ヴァルトラン錠_2024年6月.pdf", t("""
        適正使用のお願い　ヴァルトラン錠 10mg・15mg
        2024年6月　北斗製薬株式会社
        国内で2024年1月〜5月に報告された重篤な出血性副作用 27例のうち、19例で
        腎機能に応じた減量が行われていませんでした。
        （消化管出血 14例、頭蓋内出血 5例、その他 8例）
    """))]))

# ======================================================================= PASSES

add(mail(ORG, "miura", "none", "pass", "benign.icsr_initials_only",
    "A routine ICSR exchange under the SDEA with only initials, age band and sex; the patient is not identifiable.",
    MIURA, [addr("Arden Drug Safety Mailbox", f"drugsafety@{ARDEN}")],
    subject="ICSR exchange - JP-HKT-2024-00301 (non-serious, initial)",
    text=t("""
    Dear Arden Drug Safety team,

    Please find below the summary of a non-serious initial case for your
    records. The full E2B(R3) file has been sent through the gateway
    (message ID HKT-E2B-240614-0031).

      Case ID        : JP-HKT-2024-00301
      Patient        : K.S., male, 70s
      Suspect drug   : Valtrapin tablets 15 mg
      Event (MedDRA) : Epistaxis (PT)
      Seriousness    : non-serious
      Outcome        : recovered
      Reporter       : physician (cardiology)
      Causality      : possibly related (reporter and company)

    No follow-up is expected.

    """) + SIG_MIURA))

add(mail(ORG, "okamoto", "none", "pass", "benign.periodic_report_aggregate",
    "A periodic safety summary for the co-promotion partner with counts by event category only (感染症 as a MedDRA category).",
    OKAMOTO, [addr("東洋ファーマ株式会社 安全管理部 佐野様", "sano@toyo-pharma.example.co.jp")],
    "ホクトマブ皮下注 定期報告（第4回）集計結果の共有",
    t("""
    東洋ファーマ株式会社 安全管理部
    佐野様

    いつもお世話になっております。北斗製薬 安全性情報部の岡本です。
    共同販促契約に基づき、ホクトマブ皮下注の定期報告（第4回、調査単位期間
    2023年10月〜2024年3月）の集計結果を共有いたします。

    　推定使用患者数：約 4,800人
    　副作用報告数：186件（重篤 41件）
    　器官別大分類（上位）
    　　感染症および寄生虫症：52件（うち重篤 23件：肺炎 9、帯状疱疹 6、敗血症 3 ほか）
    　　一般・全身障害および投与部位の状態：47件（注射部位反応 38）
    　　皮膚および皮下組織障害：21件
    　新たな安全性上の懸念：なし（結核の再活性化は既知の範囲内）

    PMDAへの提出は7月5日を予定しております。
    ご質問があれば、6月28日までにお知らせください。

    """) + SIG_OKAMOTO))

add(mail(ORG, "ishida", "none", "pass", "benign.quality_complaint_lot",
    "A product quality complaint to the contract manufacturer with lot numbers and GTIN; no patient details.",
    ISHIDA, [addr("関東ファインケミカル 品質保証部 石原様", "ishihara@kanto-finechem.example.co.jp")],
    cc=[addr("北斗製薬 品質保証部 山内", f"q.yamauchi@{DOM}")],
    subject="品質苦情の調査依頼（カルベリン錠200mg ロット 4C0718）",
    text=t("""
    関東ファインケミカル 品質保証部
    石原様

    お世話になっております。北斗製薬 安全性情報部の石田です。
    薬局から下記の品質苦情が入りましたので、調査をお願いいたします。
    健康被害の報告はありません。

    　製品：カルベリン錠200mg PTP 100錠（10錠×10）
    　GTIN（販売包装単位）：14987000123457
    　製造番号（ロット）：4C0718　使用期限：2027.02
    　苦情内容：PTPシート1枚に錠剤の欠け（1錠）
    　入手日：2024/06/12　苦情管理番号：QC-24-0193

    現品は本日、当社品質保証部の山内より発送いたします（ヤマト運輸 3523-6032-5240）。
    調査結果は7月12日までにご回答いただけますと幸いです。

    """) + SIG_ISHIDA))

add(mail(ORG, "ishida", "none", "pass", "benign.literature_search_authors",
    "A literature search request naming published authors in their public role; no patient data.",
    ISHIDA, [addr("メディカルリサーチ情報 文献調査課 浅野様", "asano@med-research-info.example.co.jp")],
    "6月度 文献検索結果の確認とフルテキスト依頼",
    t("""
    浅野様

    お世話になっております。北斗製薬の石田です。
    6月度の文献検索結果（ヒット 63報）を確認しました。
    うち下記4報について、フルテキストの取り寄せをお願いいたします。

    　1. Nakamura K, Lee J, et al. Bleeding risk of factor Xa inhibitors in elderly
    　　 Japanese patients with renal impairment. J Clin Pharmacol Jpn. 2024;52(3):211-219.
    　2. 小田切 聡, 服部 美奈子. カルベリン錠投与中に発現した低ナトリウム血症の2例.
    　　 日本てんかん学会誌. 2024;41(2):88-92.
    　3. Goldberg R, Hoshino T. HLA-B*15:02 screening before carbamazepine-like agents:
    　　 a cost-effectiveness analysis. Pharmacogenomics Asia. 2024;9:e113.
    　4. 吉川 裕, ほか. 生物学的製剤使用中の帯状疱疹の発現状況. リウマチ科. 2024;71(5).

    2は症例報告のため、個別症例として評価が必要になる見込みです。

    """) + SIG_ISHIDA))

add(mail(ORG, "okamoto", "none", "pass", "benign.safety_db_outage",
    "A safety-database outage and malware quarantine reported to the vendor; 障害・感染・隔離 in the IT sense.",
    OKAMOTO, [addr("セーフティシステムズ株式会社 カスタマーサポート", "support@safety-systems.example.co.jp")],
    "【障害報告】安全性DB 本番環境 ログイン不可（6/14 08:50〜）",
    t("""
    セーフティシステムズ カスタマーサポート御中

    北斗製薬 安全性情報部の岡本です。
    本日8時50分ごろより、安全性データベース本番環境にログインできない障害が
    発生しています。至急ご確認をお願いいたします。

    　・事象：ログイン画面で「認証サーバに接続できません」と表示
    　・影響：全ユーザー（約40名）。15日報告の期限が6/17の症例が3件あります
    　・当社側の状況：昨夜、社内PC 1台でマルウェア感染が検知され、情報システム部が
    　　当該端末をネットワークから隔離しています。今回の障害との関係は不明です。
    　・エラーログ：auth-gw-02 のイベントID 4625 が多数（ハッシュ値 9f2c4e1a7b…は別途送付）

    本日中の復旧見込みについて、11時までに一報いただけますと幸いです。

    """) + SIG_OKAMOTO))

add(mail(ORG, "miura", "none", "pass", "benign.pv_agreement_meeting_en",
    "An English meeting arrangement with the licensor on the PV agreement; staff names and signatures only.",
    MIURA, [addr("Rachel Morgan", f"rachel.morgan@{ARDEN}")],
    cc=[addr("Michael Brandt", f"michael.brandt@{ARDEN}"), OKAMOTO],
    subject="SDEA annual review - Tokyo, 17-18 September",
    text=t("""
    Dear Rachel,

    Thank you for confirming the dates. We are pleased to host the annual SDEA
    review in Tokyo on 17-18 September.

    Draft agenda
      Day 1  10:00  Opening - Osamu Okamoto (Head, Safety Management)
             10:30  Case exchange KPIs (timeliness 98.7% in H1)
             13:30  Reconciliation process and CIOMS formats
             15:30  Signal management - Valtrapin renal dosing
      Day 2  09:30  Audit follow-up (CAPA-2023-07, -08)
             11:00  SDEA Annex 3 revision

    Hotel: we have reserved rooms for you and Michael at the Nihonbashi Grand
    Hotel for 16-18 September. Our office is a five-minute walk away.

    Please let me know if you would like to add any topics.

    """) + SIG_MIURA))

add(mail(ORG, "okamoto", "none", "pass", "benign.cro_invoice_corporate",
    "A CRO invoice query with the vendor's corporate bank account; no personal data.",
    OKAMOTO, [addr("メディクロス株式会社 経理部 請求担当", f"seikyu@{CRO}")],
    cc=[addr("メディクロス株式会社 PV事業部 川上様", f"kawakami@{CRO}")],
    subject="Re: 5月分 PV業務委託料 ご請求書（INV-MC-2405-118）",
    text=t("""
    メディクロス株式会社 経理部 ご担当者様

    いつもお世話になっております。北斗製薬の岡本です。
    5月分の請求書を拝受しました。内容を確認し、社内承認を回しております。

    　請求番号：INV-MC-2405-118
    　金額：3,872,000円（税込）
    　お支払予定日：7月31日
    　お振込先：東京中央銀行 日本橋支店 当座 0219843 メディクロス（カ

    なお、明細のうち「文献評価 追加分（12件）」は、6月分の請求に計上予定と
    伺っておりましたので、川上様（cc）にご確認いただけますでしょうか。

    """) + SIG_OKAMOTO))

add(mail(ORG, "ishida", "none", "pass", "benign.hcp_followup_to_reporter",
    "A follow-up request to the reporting physician himself; the patient is referred to only by case number.",
    ISHIDA, [addr("東都医科大学病院 呼吸器内科 松下 正人先生", "matsushita@toto-med-hp.example.ac.jp")],
    "ご報告症例に関する追加情報のお願い（弊社管理番号 HKT-2024-00291）",
    t("""
    東都医科大学病院 呼吸器内科
    松下 正人 先生

    突然のご連絡失礼いたします。北斗製薬株式会社 安全性情報部の石田と申します。
    このたびは、弊社ヴァルトラン錠の副作用症例をご報告いただき、誠にありがとうございました。
    担当MRの関口より、先生からメールでのご連絡をご了承いただいたと伺っております。

    評価にあたり、以下の点について追加でお教えいただけますと幸いです。
    （患者さんのお名前などの個人情報は記載いただく必要はございません）

    　1．KL-6、SP-Dの推移（投与前・発現時・回復時）
    　2．気管支肺胞洗浄の実施有無と所見
    　3．ステロイド減量後の再燃の有無

    添付の調査票にご記入いただくか、MR訪問時にお渡しいただければ結構です。
    ご多忙のところ恐れ入りますが、よろしくお願い申し上げます。

    """) + SIG_ISHIDA,
    attachments=[att("追加調査票_HKT-2024-00291.docx", t("""
        副作用症例 追加調査票
        弊社管理番号：HKT-2024-00291　製品名：ヴァルトラン錠
        ※患者さんを特定できる情報（氏名・イニシャル・カルテ番号等）は記載しないでください。
        1．検査値の推移（KL-6／SP-D）：　投与前＿＿＿　発現時＿＿＿　回復時＿＿＿
        2．BAL実施：有・無　所見：＿＿＿＿＿＿
        3．再燃：有・無
        ご記入者：＿＿＿＿＿＿　ご記入日：＿＿＿＿＿＿
    """))]))

add(mail(ORG, "okamoto", "none", "pass", "benign.pgx_policy_no_individuals",
    "A policy note on HLA screening before Carbelin for medical institutions; genome testing is discussed only in general terms.",
    OKAMOTO, [addr("日本臨床薬理遺伝学会 事務局", "office@jscpg.example.or.jp")],
    "カルベリン錠 投与前HLA検査に関する弊社方針のご説明資料について",
    t("""
    日本臨床薬理遺伝学会 事務局 御中

    平素より大変お世話になっております。北斗製薬株式会社 安全性情報部の岡本でございます。
    先日ご依頼いただきました、カルベリン錠の投与前HLA検査に関する弊社の方針について、
    説明資料をお送りいたします。学会誌の特集でご紹介いただけるとのこと、御礼申し上げます。

    　・HLA-B*15:02 および HLA-A*31:01 の検査を、添付文書上「考慮すること」としています
    　・検査費用の一部を弊社が負担するプログラムを2024年10月から試行します
    　・検査結果は医療機関内で管理され、弊社は個々の結果を受け取りません
    　・集計値（陽性率など）は、学会の共同研究として匿名化して公表予定です

    ご不明な点がございましたらご連絡ください。

    """) + SIG_OKAMOTO))

add(mail(ORG, "okamoto", "none", "pass", "benign.training_six_addresses",
    "A GVP training notice to two contractors with six visible addresses; no personal data.",
    OKAMOTO, [
        addr("メディクロス 川上様", f"kawakami@{CRO}"),
        addr("メディクロス 野村様", f"nomura@{CRO}"),
        addr("メディクロス 品質管理 竹内様", f"takeuchi@{CRO}"),
        addr("ケアラインBPO 上原様", "uehara@careline-bpo.example.co.jp"),
        addr("ケアラインBPO 研修担当 坂本様", "sakamoto@careline-bpo.example.co.jp"),
        addr("ケアラインBPO センター長 福田様", "fukuda@careline-bpo.example.co.jp"),
    ],
    cc=[ISHIDA],
    subject="【ご案内】2024年度 GVP教育訓練（委託先向け）",
    text=t("""
    委託先ご担当者 各位

    いつもお世話になっております。北斗製薬 安全性情報部の岡本です。
    GVP省令に基づく委託先向け教育訓練を、下記のとおり実施いたします。

    　日時：2024年7月10日（水）14:00〜16:00（オンライン）
    　内容：1．副作用の定義と報告期限の再確認（15日・30日報告）
    　　　　2．コールセンターでの副作用の聴き取りのポイント（事例は架空のもの）
    　　　　3．個人情報の取扱い（原資料の送付方法の変更について）
    　　　　4．理解度テスト
    　対象：各社の安全管理業務従事者

    出席者のお名前を7月3日までに石田（cc）までお知らせください。
    当日の接続先URLは前日にお送りします。

    """) + SIG_OKAMOTO))
