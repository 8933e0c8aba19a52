"""Org D: 瑞光製薬株式会社 (Zuiko Pharmaceutical) — medical information and clinical development."""
from common import Writer, A, M, P, T, att, body, enc_zip, mynumber

ORG = "D"
DOM = "zuiko-pharma.example.co.jp"

NAGAI = Writer("nagai", "永井 沙織", f"saori.nagai@{DOM}", """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
瑞光製薬株式会社 メディカルアフェアーズ本部
メディカルインフォメーションセンター（くすり相談室）
薬剤師　永井 沙織
TEL 03-0000-6610（受付 9:00〜17:30 土日祝除く）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
""")

KITAMURA = Writer("kitamura", "北村 拓也", f"takuya.kitamura@{DOM}", """
北村 拓也 (Takuya Kitamura)
瑞光製薬株式会社 臨床開発部 臨床開発モニター（CRA）
〒103-0000 東京都湾岸区瑞光町4-2-9
TEL 03-0000-6720 / Mobile 080-0000-4415
""")

TODO = Writer("todo", "藤堂 直樹", f"naoki.todo@{DOM}", """
Naoki Todo, PhD
Manager, Clinical Operations & Pharmacovigilance Liaison
Zuiko Pharmaceutical Co., Ltd.
4-2-9 Zuiko-cho, Wangan-ku, Tokyo 103-0000, Japan
Tel: +81-3-0000-6730 | naoki.todo@zuiko-pharma.example.co.jp
CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the addressee.
""")

BENNETT = A("Laura Bennett", "laura.bennett@northbridge-tx.example.com")
VERITAS = A("Michael Chen", "michael.chen@veritas-cr.example.com")
MEDITRIAL = A("メディトライアル 臨床開発事業部 小島 様", "kojima.y@meditrial.example.co.jp")


def mails():
    out = []

    # ------------------------------------------------------------ holds
    out.append(M(
        TODO, "hold", "sensitive.adverse_event_named",
        "Names an identifiable patient with a serious adverse event (SJS) and hospitalisation in the body, sent to an overseas partner.",
        "body",
        [BENNETT],
        cc=[A("Northbridge PV Intake", "pv-intake@northbridge-tx.example.com")],
        subject="Serious adverse event – ZK-201 – initial notification",
        text=body(TODO, """
        Dear Laura,

        Please find below the initial information on a serious adverse event
        reported to our Medical Information Center yesterday (12 June 2025).

        - Patient: Mr. Hiroshi Kondo, 67 years old, male, resident of Saitama
        - Suspect drug: ZK-201 (tablets 50 mg), started 20 May 2025
        - Event: Stevens-Johnson syndrome, onset 8 June 2025
        - Hospitalised at Kita-Saitama General Hospital, dermatology ward, since 10 June
        - Concomitant: allopurinol 100 mg, amlodipine 5 mg
        - Reporter: treating dermatologist (consent for follow-up obtained)

        We will send the CIOMS form within the 15-day timeline.
        Please let me know if you need anything further for your safety database.

        Best regards,
        """),
        personal=[P("name", "Hiroshi Kondo"), P("diagnosis", "Stevens-Johnson syndrome"),
                  P("hospital", "Kita-Saitama General Hospital")],
    ))

    out.append(M(
        NAGAI, "hold", "sensitive.patient_inquiry",
        "相談者の氏名・電話番号と統合失調症の治療・妊娠希望を本文に書いて、コ・プロモーション先の他社へ送っているため。",
        "body",
        [A("明星ファーマ 学術情報部 桑田 様", "kuwata@myojo-pharma.example.co.jp")],
        "くすり相談室への問い合わせの取次ぎ（レクサリド錠）",
        body(NAGAI, """
        明星ファーマ株式会社
        学術情報部 桑田 様

        いつもお世話になっております。瑞光製薬 くすり相談室の永井です。
        コ・プロモーション品目の件で、当社に下記の患者様からお問い合わせがありました。
        貴社併売品の添付文書改訂に関わる内容のため、回答をお願いできますでしょうか。

        ・相談者：吉村 真由美 様（32歳）
        ・連絡先：080-0000-2291（平日18時以降希望）
        ・内容：統合失調症で3年前からレクサリド錠 4mg を服用中。
          近く妊娠を希望しており、服用を続けてよいか、胎児への影響を知りたい。
          主治医には相談しづらいとのこと。

        なお、ご本人には他社から連絡が入る旨をまだお伝えしていません。
        """),
        personal=[P("name", "吉村 真由美"), P("phone", "080-0000-2291"),
                  P("diagnosis", "統合失調症"), P("health", "近く妊娠を希望")],
    ))

    out.append(M(
        KITAMURA, "hold", "id.passport",
        "治験責任医師と自社社員の旅券番号・生年月日を本文に書いて旅行会社へ送っているため（同僚であっても対象）。",
        "body",
        [A("グローバルトラベル 法人営業部 今井 様", "imai@globaltravel.example.co.jp")],
        "Investigator Meeting（シンガポール）航空券手配のお願い",
        body(KITAMURA, """
        グローバルトラベル株式会社
        法人営業部 今井 様

        お世話になっております。瑞光製薬 臨床開発部の北村です。
        ZK-201 第III相試験の Investigator Meeting（9月4〜5日、シンガポール）について、
        下記2名分の航空券とホテルの手配をお願いいたします。

        1) MATSUDA KEIKO 様（東都医科大学病院 糖尿病内科 治験責任医師）
           旅券番号：TZ4819273　生年月日：1971年4月22日　有効期限：2031年3月
        2) KITAMURA TAKUYA（当社 臨床開発部）
           旅券番号：TR0652841　生年月日：1988年11月2日　有効期限：2029年8月

        往路 9月3日 羽田発、復路 9月6日 シンガポール発でお願いします。
        座席はビジネスクラス（医師）、エコノミー（当社）です。
        """),
        personal=[P("name", "MATSUDA KEIKO"), P("passport", "TZ4819273"), P("birth_date", "1971年4月22日"),
                  P("passport", "TR0652841"), P("birth_date", "1988年11月2日")],
    ))

    out.append(M(
        KITAMURA, "hold", "list.trial_subjects",
        "添付のスクリーニングログに被験者の実名・生年月日・カルテ番号・検査値が並び、CROへ送っているため。",
        "attachment",
        [MEDITRIAL],
        "ZK201-03 サイト12 スクリーニングログ（6月分）",
        body(KITAMURA, """
        小島様

        お世話になっております。北村です。
        ZK201-03 試験 サイト12（東都医科大学病院）の6月分スクリーニングログを
        添付します。症例登録の進捗会議の資料にお使いください。

        今月は5名スクリーニング、うち3名が登録、2名が脱落です。
        よろしくお願いします。
        """),
        attachments=[att("ScreeningLog_ZK201-03_site12_202506.csv", """
        ScreeningNo,氏名,生年月日,カルテ番号,診断,HbA1c(%),eGFR,判定
        S12-021,大塚 和彦,1958-07-19,00482271,2型糖尿病,8.4,62,登録
        S12-022,黒木 典子,1964-01-05,00519930,2型糖尿病・脂質異常症,7.9,71,登録
        S12-023,三宅 啓介,1949-10-30,00233817,2型糖尿病・慢性腎臓病,9.1,38,脱落（eGFR基準外）
        S12-024,土屋 悦子,1972-03-14,00601245,2型糖尿病,8.8,80,登録
        S12-025,菊地 昇,1955-12-02,00355108,2型糖尿病・うつ病,7.6,66,脱落（除外基準：精神疾患）
        """)],
        personal=[P("name", "大塚 和彦"), P("birth_date", "1958-07-19"), P("medical_record_no", "00482271"),
                  P("name", "三宅 啓介"), P("diagnosis", "2型糖尿病・慢性腎臓病"),
                  P("name", "菊地 昇"), P("diagnosis", "2型糖尿病・うつ病")],
    ))

    mn1 = mynumber("52840173916")
    mn2 = mynumber("30917562248")
    mn3 = mynumber("71365029484")
    out.append(M(
        NAGAI, "hold", "id.mynumber_lecturer",
        "添付の支払調書データに講師個人のマイナンバー・住所・金額があり、社外の経理委託先へ送っているため。",
        "attachment",
        [A("アカウントワークス 給与・支払調書チーム", "shiharai@accountworks.example.jp")],
        "講演会講師謝金 支払調書作成用データ（2025年1〜3月）",
        body(NAGAI, """
        株式会社アカウントワークス
        給与・支払調書チーム ご担当者様

        いつもお世話になっております。瑞光製薬 メディカルアフェアーズ本部の永井です。
        1〜3月に開催した医療関係者向け講演会の講師謝金について、
        支払調書作成用のデータを添付いたします。

        源泉徴収額は当社で計算済みです。
        内容をご確認のうえ、作成をお願いいたします。
        """),
        attachments=[att("講師謝金_支払調書データ_2025Q1.csv", f"""
        講師氏名,所属,住所,個人番号,支払金額,源泉徴収税額
        杉山 隆之,杉山内科クリニック,東京都湾岸区潮見台5-12-3,{mn1},110000,11231
        原田 美穂子,城南大学病院 薬剤部,神奈川県浜川市中原町2-8-14,{mn2},55000,5615
        戸田 伸一,とだ糖尿病内科,埼玉県北浦市高砂町4-1-20,{mn3},110000,11231
        """)],
        personal=[P("name", "杉山 隆之"), P("mynumber", mn1), P("address", "東京都湾岸区潮見台5-12-3"),
                  P("name", "原田 美穂子"), P("mynumber", mn2), P("mynumber", mn3)],
    ))

    out.append(M(
        TODO, "hold", "sensitive.trial_patient_hiv",
        "The forwarded part names a trial participant and his positive HIV test; it is forwarded to an overseas CRO.",
        "quoted",
        [VERITAS],
        "FW: 【逸脱報告】サイト07 スクリーニング検査結果について",
        body(TODO, """
        Hi Michael,

        Forwarding the thread below from Site 07 for your awareness regarding the
        protocol deviation (screening lab result received after randomisation).
        Could your medical monitor confirm whether the participant must be withdrawn?
        A short English summary: the central-lab result came back after the first dose.

        Thanks,
        """, """
        -----Original Message-----
        From: 東邦中央病院 治験管理室 CRC 野村 <nomura-crc@toho-chuo-hp.example.or.jp>
        Sent: Monday, June 16, 2025 6:42 PM
        To: 藤堂 直樹 <naoki.todo@zuiko-pharma.example.co.jp>
        Subject: 【逸脱報告】サイト07 スクリーニング検査結果について

        藤堂様

        東邦中央病院 治験管理室の野村です。
        被験者 佐伯 智史 様（登録番号 07-004）について、スクリーニング時の
        中央検査でHIV抗体陽性と判明しました。結果の到着が遅れ、
        既に6月12日に初回投与を行っています。
        ご本人には主治医から本日告知済みで、当院感染症内科へ紹介しています。

        野村
        """),
        personal=[P("name", "佐伯 智史"), P("infection", "HIV抗体陽性"),
                  P("subject_id", "07-004")],
    ))

    out.append(M(
        KITAMURA, "hold", "sensitive.genome_result",
        "転送部分に参加者の実名・生年月日と遺伝子型（CYP2C19）の結果があり、社外の大学研究室へ送っているため。",
        "quoted",
        [A("東都大学 薬理ゲノム研究室 岸本 准教授", "kishimoto@toto-u.example.ac.jp")],
        "Fw: PGxサブスタディ 初回解析結果の件",
        body(KITAMURA, """
        岸本先生

        いつもお世話になっております。瑞光製薬の北村です。
        先日お話しした件、社内のやり取りを下記に転送いたします。
        解析計画書の改訂の参考にしていただければ幸いです。
        """, """
        -------- 転送メッセージ --------
        差出人: 臨床薬理グループ 大森 <omori.t@zuiko-pharma.example.co.jp>
        日付: 2025年6月17日 11:26
        宛先: 北村 拓也 <takuya.kitamura@zuiko-pharma.example.co.jp>
        件名: PGxサブスタディ 初回解析結果の件

        北村さん

        PGxサブスタディの初回解析で、参加者 石田 和也 さん（1972年3月14日生）が
        CYP2C19 *2/*3（poor metabolizer）と判定されました。
        血中濃度が他の参加者の約3倍で推移しており、用量調整の要否を
        治験責任医師と相談する必要があります。

        大森
        """),
        personal=[P("name", "石田 和也"), P("birth_date", "1972年3月14日"),
                  P("genome", "CYP2C19 *2/*3（poor metabolizer）")],
    ))

    out.append(M(
        TODO, "hold", "sensitive.sae_subject",
        "The subject line names the patient with her serious adverse event; the body itself holds no personal data.",
        "subject",
        [BENNETT],
        "SAE follow-up: 山崎 弘子 様 (72F) – interstitial lung disease, hospitalised",
        body(TODO, """
        Dear Laura,

        Further to the case in the subject line, the follow-up CIOMS form
        (follow-up no. 2) will be uploaded to the shared safety portal today.

        There is no new information on outcome yet; the reporting physician expects
        to provide an update after the next CT scan at the end of this month.
        Causality assessment by the reporter remains "possibly related".

        Kind regards,
        """),
        personal=[P("name", "山崎 弘子"), P("diagnosis", "interstitial lung disease")],
    ))

    out.append(M(
        KITAMURA, "hold", "list.participant_payments_zip",
        "暗号化なしZIPの中のCSVに治験参加者の氏名と個人の銀行口座が並び、社外の支払代行会社へ送っているため。",
        "zip",
        [A("トライアルペイ 業務部 坂本 様", "sakamoto@trialpay.example.co.jp")],
        "6月分 負担軽減費 振込データ送付",
        body(KITAMURA, """
        株式会社トライアルペイ
        業務部 坂本 様

        お世話になっております。瑞光製薬 臨床開発部の北村です。
        ZK201-03 試験の6月分 負担軽減費の振込データをZIPでお送りします。
        振込日は7月10日でお願いいたします。
        """),
        attachments=[att("負担軽減費_202506.zip/振込一覧_202506.csv", """
        被験者番号,氏名,金融機関,支店,種別,口座番号,口座名義,金額
        12-021,大塚 和彦,みずなみ銀行,日本橋支店,普通,4417265,オオツカ カズヒコ,14000
        12-022,黒木 典子,ちば湾岸銀行,市川支店,普通,0938152,クロキ ノリコ,7000
        07-004,佐伯 智史,ゆうちょ銀行,〇一八店,普通,7721904,サエキ サトシ,7000
        """)],
        personal=[P("name", "大塚 和彦"), P("bank_account", "4417265"), P("name", "黒木 典子"),
                  P("bank_account", "0938152"), P("account_holder", "サエキ サトシ")],
    ))

    many = [
        A("杉山内科クリニック 杉山 先生", "sugiyama@sugiyama-naika.example.jp"),
        A("城南大学病院 糖尿病内科 松浦 先生", "matsuura@jonan-u-hp.example.ac.jp"),
        A("とだ糖尿病内科 戸田 先生", "toda@toda-dm.example.jp"),
        A("東都医科大学病院 松田 先生", "k-matsuda@toto-med.example.ac.jp"),
        A("北さいたま総合病院 内科 野口 先生", "noguchi-m@kitasaitama-hp.example.or.jp"),
        A("あおば内科 青葉 先生", "aoba.clinic@gmail.com"),
        A("東邦中央病院 内分泌内科 西岡 先生", "nishioka@toho-chuo-hp.example.or.jp"),
        A("みなと循環器クリニック 港 先生", "minato@minato-junkanki.example.jp"),
        A("川崎南病院 腎臓内科 石塚 先生", "ishizuka@kawasaki-minami-hp.example.or.jp"),
        A("ふじみ野内科 藤見 先生", "fujimi.naika@yahoo.co.jp"),
        A("湘南ベイ病院 薬剤部 中山 先生", "nakayama-ph@shonan-bay-hp.example.or.jp"),
        A("千葉北総合病院 糖尿病センター 鶴田 先生", "tsuruta@chibakita-hp.example.or.jp"),
        A("さくら通り内科 佐倉 先生", "sakura.dori.naika@outlook.com"),
    ]
    out.append(M(
        NAGAI, "hold", "recipients.doctors_visible",
        "異なる医療機関の医師13名のアドレスがToに見える状態で送られているため（BCCにすべき）。",
        "recipients",
        many,
        "【ご案内】Web講演会「2型糖尿病治療の最新エビデンス」7月24日",
        body(NAGAI, """
        先生方

        平素より格別のご高配を賜り、厚く御礼申し上げます。
        瑞光製薬 メディカルインフォメーションセンターの永井でございます。

        下記のとおりWeb講演会を開催いたします。ご多用中とは存じますが、
        ご視聴いただけますと幸いです。

        ■日時：2025年7月24日（木）19:00〜20:00
        ■演題：「2型糖尿病治療の最新エビデンス ― 腎保護の観点から」
        ■座長：城南大学病院 糖尿病内科 教授
        ■視聴登録：https://seminar.zuiko-pharma.example.co.jp/dm0724

        本講演会は日本糖尿病協会の単位取得対象ではございません。
        """),
    ))

    # ------------------------------------------------------------ passes
    out.append(M(
        TODO, "pass", "benign.aggregate_safety_report",
        "Periodic safety figures as counts only; no individual patient can be identified.",
        "none",
        [BENNETT],
        "ZK-201 PSUR data lock point – cumulative Japanese figures",
        body(TODO, """
        Dear Laura,

        Ahead of the PSUR data lock point (30 June), here are the cumulative
        Japanese post-marketing figures for ZK-201:

        - Estimated patient exposure: approx. 48,200 patient-years
        - Spontaneous reports received: 312 (serious: 41)
        - Serious skin reactions (SJS/TEN): 3 cases, all recovered or recovering
        - Interstitial lung disease: 2 cases
        - Fatal outcomes: 0

        Line listings will be provided through the safety portal as usual, with
        patient identifiers removed. Please let me know if the format should change.

        Best regards,
        """),
    ))

    out.append(M(
        KITAMURA, "pass", "benign.genome_policy",
        "ゲノム検査の取扱い方針（手順）の共有で、個人の検査結果は含まない。",
        "none",
        [A("東都大学 薬理ゲノム研究室 岸本 准教授", "kishimoto@toto-u.example.ac.jp")],
        "PGxサブスタディ 試料・ゲノムデータ取扱方針（案）の送付",
        body(KITAMURA, """
        岸本先生

        お世話になっております。瑞光製薬の北村です。
        PGxサブスタディのゲノムデータ取扱方針（案）の主なポイントをお送りします。

        1. 試料は施設で匿名化番号に置き換えてから検査機関へ送付する。
        2. 対応表は各施設の個人情報管理者のみが保管し、当社・貴研究室は保持しない。
        3. 遺伝子型の結果は、用量調整に必要な場合のみ治験責任医師へ返却する。
        4. 二次利用は同意書で同意が得られた範囲に限る。
        5. 研究終了後10年でデータを廃棄する。

        来週の打合せでご意見を伺えますと幸いです。
        """),
    ))

    out.append(M(
        NAGAI, "pass", "benign.test_card_dev_minutes",
        "開発環境のテスト用カード番号（4111…）が議事録にあるだけで、実在の顧客のカードではない。",
        "none",
        [A("デジタルメディカ 開発部 浜口 様", "hamaguchi@digitalmedica.example.co.jp")],
        cc=[A("デジタルメディカ PM 岡本 様", "okamoto@digitalmedica.example.co.jp")],
        subject="医療関係者向けサイト改修 第5回定例 議事録",
        text=body(NAGAI, """
        デジタルメディカ 浜口様、岡本様

        本日はありがとうございました。第5回定例の議事録をお送りします。
        修正点がありましたら、6月25日までにご連絡ください。

        ■日時：2025年6月20日（金）15:00〜16:00（オンライン）
        ■出席：デジタルメディカ 岡本様・浜口様／当社 永井・システム部 木下

        1. 資材有償頒布（学会抄録集）の決済画面
           ・ステージング環境でテストカード 4111 1111 1111 1111（有効期限 12/30、CVC 123）
             を使い、正常系の決済を確認済み。
           ・3Dセキュア認証のエラー時の画面遷移が仕様と異なる → デジタルメディカ様で修正。
        2. 問い合わせフォーム
           ・「くすり相談室」宛ての自動返信文面を当社で7/2までに確定。
        3. 次回：7月4日（金）15:00
        """),
    ))

    out.append(M(
        NAGAI, "pass", "benign.lot_serial_quality",
        "ロット番号・GS1コード・JANコードは製品の識別子で、個人情報ではない。",
        "none",
        [A("セントラル薬品 品質管理課 森永 様", "morinaga@central-yakuhin.example.co.jp")],
        "Re: 外箱印字不鮮明のお問い合わせ（レクサリド錠4mg）",
        body(NAGAI, """
        セントラル薬品株式会社
        品質管理課 森永 様

        お問い合わせいただいた外箱の印字不鮮明の件、確認結果をご連絡いたします。

        ・製品：レクサリド錠4mg 100錠PTP
        ・GS1コード：(01)14987654321018
        ・JANコード：4987654321011
        ・製造番号（ロット）：LX4-25031　使用期限：2028.02

        同ロットの保存品を確認したところ、印字機のインク供給不良による
        一部の外箱の不鮮明と判明しました。中身の品質には影響ございません。
        代替品を6月24日着で手配いたしますので、返品伝票番号 RT-250619-07 で
        ご返送ください。
        """),
    ))

    out.append(M(
        TODO, "pass", "benign.swift_invoice",
        "Corporate bank details (SWIFT, company accounts) on a CRO invoice; no private person's account.",
        "none",
        [A("Veritas Clinical Research Accounts Receivable", "ar@veritas-cr.example.com")],
        cc=[VERITAS],
        subject="Invoice VCR-2025-0412 – payment scheduled",
        text=body(TODO, """
        Dear Accounts Receivable team,

        Thank you for invoice VCR-2025-0412 (USD 184,350.00, monitoring services Q2).
        Payment has been scheduled for 30 June 2025 by telegraphic transfer to the account
        stated on the invoice:

        Beneficiary: Veritas Clinical Research Pte. Ltd.
        Bank: Straits Commerce Bank, Singapore
        SWIFT/BIC: SCBKSGSGXXX
        Account no.: 0123-456789-001

        Remitting bank: Mizunami Bank, Nihonbashi Branch (SWIFT: MZNBJPJTXXX),
        on behalf of Zuiko Pharmaceutical Co., Ltd.
        Bank charges are shared (SHA).

        Best regards,
        """),
    ))

    out.append(M(
        TODO, "pass", "benign.meeting_english",
        "An English meeting arrangement naming partner staff, with heavy signatures; no personal data.",
        "none",
        [BENNETT],
        cc=[A("Robert Hayes", "robert.hayes@northbridge-tx.example.com"),
            A("北村 拓也", f"takuya.kitamura@{DOM}")],
        subject="RE: Joint Steering Committee – agenda for 9 July",
        text=body(TODO, """
        Dear Laura,

        Thank you for the draft agenda. We are fine with 9 July, 08:00 Boston / 21:00 Tokyo.
        From our side, Takuya Kitamura (clinical development) and I will attend.

        We would like to add one item: "Enrolment status of ZK201-03 in Japan"
        (10 minutes, presented by Takuya).

        Looking forward to speaking with you and Robert.

        Best regards,
        """, """
        From: Laura Bennett <laura.bennett@northbridge-tx.example.com>
        Sent: Wednesday, June 18, 2025 9:02 AM
        To: Naoki Todo <naoki.todo@zuiko-pharma.example.co.jp>
        Cc: Robert Hayes <robert.hayes@northbridge-tx.example.com>
        Subject: Joint Steering Committee – agenda for 9 July

        Dear Naoki,
        Please find the proposed agenda: (1) safety update, (2) CMC timelines,
        (3) publication plan. Does 9 July work for your team?
        Laura

        Laura Bennett, MD | VP Drug Safety | Northbridge Therapeutics Inc.
        200 Harbor Street, Boston, MA 02110 | +1 617 555 0142
        """),
    ))

    out.append(M(
        KITAMURA, "pass", "benign.corporate_number_contract",
        "13桁の法人番号は会社の公開識別子で、個人の番号ではない。",
        "none",
        [MEDITRIAL],
        "業務委託契約書（ZK201-04）ドラフト確認のお願い",
        body(KITAMURA, """
        小島様

        お世話になっております。北村です。
        ZK201-04 試験のモニタリング業務委託契約書ドラフトについて、
        当事者欄を以下のとおり修正しました。ご確認をお願いします。

        委託者：瑞光製薬株式会社（法人番号 4010001098765）
        受託者：株式会社メディトライアル（法人番号 7010401123456）
        契約期間：2025年8月1日〜2028年3月31日

        押印は電子契約サービスで行う予定です。
        当社法務の確認は7月初旬に完了する見込みです。
        """),
    ))

    out.append(M(
        KITAMURA, "pass", "benign.successor_intro",
        "担当CRA交代の挨拶で、社員と医療機関担当者の氏名・業務連絡のみ。",
        "none",
        [A("東都医科大学病院 治験事務局 福田 様", "chiken@toto-med.example.ac.jp")],
        cc=[A("今野 雄介", f"yusuke.konno@{DOM}")],
        subject="ZK201-03 担当モニター交代のご挨拶",
        text=body(KITAMURA, """
        東都医科大学病院 治験事務局
        福田 様

        いつも大変お世話になっております。瑞光製薬の北村でございます。

        ZK201-03 試験の貴院担当モニターを、8月1日より今野 雄介に交代いたします。
        今野は当社で5年間、糖尿病領域の試験を担当してまいりました。
        本メールのCCに入れております。

        7月中は私と今野の2名体制で訪問し、引継ぎを行います。
        松田先生へのご挨拶の日程についても、ご相談させてください。
        """),
    ))

    out.append(M(
        NAGAI, "pass", "benign.medical_info_general",
        "薬剤師からの一般的な製剤安定性の質問への回答で、患者個人の情報は含まない。",
        "none",
        [A("さくら調剤薬局 管理薬剤師 本田 様", "honda@sakura-chozai.example.jp")],
        "Re: レクサリド錠の粉砕・一包化について",
        body(NAGAI, """
        さくら調剤薬局
        本田 先生

        お問い合わせありがとうございます。瑞光製薬 くすり相談室の永井です。

        レクサリド錠4mgの粉砕後の安定性について、社内データをご案内します。
        ・粉砕後、25℃・60%RH・遮光で30日間、含量・類縁物質に変化なし
        ・曝光条件（白色蛍光灯 1,000 lx）では14日で含量が約4%低下
        ・一包化は可能ですが、遮光保存を推奨します

        インタビューフォーム（第7版）p.18にも記載がございます。
        ほかにご不明な点がございましたら、お気軽にお問い合わせください。
        """, """
        > 瑞光製薬 くすり相談室 御中
        > レクサリド錠4mgの粉砕・一包化は可能でしょうか。安定性データがあれば教えてください。
        > さくら調剤薬局 本田
        """),
    ))

    out.append(M(
        KITAMURA, "pass", "benign.project_mail_six_addresses",
        "2社6名の宛先が見えるプロジェクト連絡で、10件を超えず個人情報もない。",
        "none",
        [MEDITRIAL, A("メディトライアル データマネジメント 桜井 様", "sakurai@meditrial.example.co.jp"),
         A("メディトライアル 統計解析 前川 様", "maekawa@meditrial.example.co.jp")],
        cc=[A("メディトライアル PM 相良 様", "sagara@meditrial.example.co.jp"),
            A("今野 雄介", f"yusuke.konno@{DOM}"),
            A("大森 敏弘", f"omori.t@{DOM}")],
        subject="ZK201-03 DBロックまでのスケジュール確認",
        text=body(KITAMURA, """
        メディトライアル 各位

        お世話になっております。瑞光製薬の北村です。
        ZK201-03 のDBロックまでのスケジュールを確認させてください。

        ・最終症例の最終来院：8月29日
        ・クエリ発行締切：9月12日
        ・医学的レビュー会議：9月26日（当社 大森 出席）
        ・DBロック：10月10日
        ・統計解析（TLF初版）：10月31日

        桜井様にはクエリ対応状況の週次レポート、前川様には解析計画書の
        最終版のご確認をお願いいたします。
        """),
    ))

    return out
