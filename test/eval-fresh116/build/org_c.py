"""Organisation C: 北陵大学医学部附属病院 臨床研究推進センター 治験事務局.

Writers
  C1 三好 由紀子 治験事務局 事務. Formal administrative Japanese, ■ headings, tables.
  C2 藤枝 美穂   CRC (看護師). Warm, detailed, long paragraphs.
  C3 松浦 亮     治験責任医師 (循環器内科 講師). Terse, English mixed in, no salutation at times.
"""
from common import (addr, att, enc_zip, P, mail, quote, fwd_block, csv_text,
                    text_table, rng_for, yamato_tracking, fmt_tracking)

ORG = "C"
DOM = "hokuryo-hosp.example.ac.jp"

C1 = addr("北陵大学病院 治験事務局 三好", f"miyoshi.y@{DOM}")
C2 = addr("藤枝 美穂（CRC）", f"fujieda-m@{DOM}")
C3 = addr("Ryo Matsuura", f"r.matsuura@{DOM}")

SIG1 = """==================================================
北陵大学医学部附属病院 臨床研究推進センター
治験事務局　三好 由紀子
〒001-0000 北海道札幌市北区北陵町14丁目
TEL 011-0000-7350（事務局）FAX 011-0000-7359
受付時間 平日 8:30〜17:00
=================================================="""

SIG2 = """―――
北陵大学病院 臨床研究推進センター
CRC（臨床研究コーディネーター）藤枝 美穂
PHS 6218 / TEL 011-0000-7352"""

SIG3 = """--
Ryo Matsuura, MD, PhD
Lecturer, Dept. of Cardiovascular Medicine
Hokuryo University Hospital
松浦 亮（循環器内科 講師）"""

W1, W2, W3 = "三好 由紀子", "藤枝 美穂", "松浦 亮"

NORDIA_DEV = addr("ノルディア製薬 臨床開発部 宇野様", "uno.k@nordia-pharma.example.co.jp")
CB_MONITOR = addr("小西 様（クリニカルブリッジ）", "konishi@clinicalbridge.example.co.jp")
SITESUPPORT = addr("サイトサポート北海道 CRC 伊東様", "ito.a@sitesupport-hk.example.co.jp")


def mails():
    rng = rng_for("org_c")
    out = []

    def add(writer, loc, expect, kind, why, frm, to, subject, text, **kw):
        out.append(mail(ORG, writer, loc, expect, kind, why, frm, to, subject, text, **kw))

    # ------------------------------------------------------------------ holds
    # H1 body: SAE report that names the patient instead of using the subject code only
    add(W3, "body", "hold", "sensitive.sae_report_named_patient",
        "重篤有害事象の報告自体は必要だが、被験者識別コードではなく患者の氏名と病名を本文に書いて治験依頼者へ送っているため。",
        C3, [addr("Nordia Pharma Safety Desk", "pv-safety@nordia-pharma.example.co.jp")],
        "SAE initial report - Site 07 / NRD-4417-301",
        f"""Safety Desk 御中 / cc: CRA

SAE initial report (24h).

Protocol : NRD-4417-301
Site     : 07 (Hokuryo Univ. Hosp.)
Subject  : 07-012　井上 和夫 様 (68 y.o., M)
Event    : 急性心筋梗塞 (STEMI, inferior wall)
Onset    : 2025-06-12 05:40, 救急外来受診 06:25
Action   : Emergency PCI to RCA #2 (DES x1). ICU admission.
Study drug: last dose 06-11 evening. Interrupted.
Causality: not ruled out (PI assessment)
Outcome  : ongoing, hemodynamically stable as of 06-12 18:00

Follow-up report with CK peak / echo to follow within 7 days.

{SIG3}""",
        cc=[CB_MONITOR],
        personal=[P("name", "井上 和夫"), P("diagnosis", "急性心筋梗塞")])

    # H2 body: a participant's personal bank account for the burden-reduction payment
    add(W1, "body", "hold", "id.private_bank_account_payment",
        "負担軽減費の支払依頼でも、被験者個人の氏名と銀行口座番号を本文に書いて院外の委託会社へ送っているため。",
        C1, [addr("北陵メディカルサポート 経理課", "keiri@hokuryo-ms.example.co.jp")],
        "負担軽減費 振込依頼(6月分・追加1件)",
        f"""北陵メディカルサポート株式会社
経理課 ご担当者様

いつもお世話になっております。
北陵大学病院 治験事務局の三好でございます。

6月分の負担軽減費につきまして、下記1件の追加振込をお願いいたします。
(口座登録の遅れにより、先日のリストから漏れておりました。)

■対象
　被験者氏名：渡部 光子 様
　治験課題：NRD-4417-301
　対象来院：4回(5/8, 5/22, 6/5, 6/12)
　金額：28,000円(7,000円×4回)
■振込先
　北海みらい銀行 北24条支店　普通 3381720
　口座名義：ワタナベ ミツコ

6月30日の定例振込に含めていただけますと幸いです。

{SIG1}""",
        personal=[P("name", "渡部 光子"), P("bank_account", "普通 3381720"),
                  P("account_holder", "ワタナベ ミツコ")])

    # H3 body: a genetic test result sent to the referring clinic
    add(W2, "body", "hold", "sensitive.genome_result_referral",
        "紹介元の医師への報告でも、氏名が分かる患者の遺伝学的検査結果(BRCA2 病的バリアント)というゲノム情報を院外へメールで送っているため。",
        C2, [addr("すずらん内科クリニック 院長 鈴木先生", "incho@suzuran-clinic.example.or.jp")],
        "ご紹介いただいた患者様の検査結果について",
        f"""すずらん内科クリニック
院長 鈴木 先生

いつも大変お世話になっております。
北陵大学病院 臨床研究推進センターでCRCをしております藤枝と申します。

先生からご紹介いただいた 菅原 理恵 様(46歳)につきまして、
治験のスクリーニングの一環として実施した遺伝学的検査の結果が出ましたので
ご報告いたします。

　検査：BRCA1/2 遺伝学的検査
　結果：BRCA2 病的バリアント陽性(c.5946delT)

この結果により、菅原様は治験の対象(BRCA変異陰性の方)からは外れることになりました。
ご本人には6月10日の外来で主治医から説明済みで、
7月2日に当院の遺伝カウンセリング外来を予約しております。
ご家族(妹様)への説明についてもご相談されたいとのことでした。

今後の通常の診療については、引き続き先生にお願いできればと存じます。
正式な報告書は郵送いたします。

{SIG2}""",
        personal=[P("name", "菅原 理恵"), P("genome", "BRCA2 病的バリアント陽性")])

    # H4 attachment: screening log with names and record numbers
    log = [
        ["スクリーニング番号", "氏名", "カルテ番号", "生年月日", "同意取得日", "適格性", "備考"],
        ["S07-031", "今野 昭二", "5528104", "1956/02/17", "2025/05/09", "適格", "07-013として登録"],
        ["S07-032", "北村 ふみ", "4410932", "1949/11/30", "2025/05/16", "不適格", "eGFR 28"],
        ["S07-033", "坂井 隆", "6023381", "1961/07/04", "2025/05/23", "適格", "07-014として登録"],
        ["S07-034", "長尾 由美子", "3391275", "1953/03/21", "2025/05/30", "同意撤回", "家族の反対"],
        ["S07-035", "千葉 光男", "5870046", "1958/09/09", "2025/06/06", "判定中", "HbA1c再検"],
    ]
    add(W2, "attachment", "hold", "list.screening_log_identified",
        "スクリーニング名簿は本来仮名化すべきところ、患者5名の氏名・カルテ番号・生年月日・不適格理由をCSVでCROへ送っているため。",
        C2, [CB_MONITOR],
        "スクリーニングログ(5月分)の送付",
        f"""クリニカルブリッジ
小西 様

お世話になっております。北陵大学病院CRCの藤枝です。
5月分のスクリーニングログを添付いたします。

5月は同意取得5名、うち登録2名、不適格1名、同意撤回1名、判定中1名です。
判定中の方は6/20の再検査結果で確定の予定です。
同意撤回の方については、撤回書をファイルに綴じてありますので、
次回のSDVでご確認ください。

{SIG2}""",
        attachments=[att("ScreeningLog_Site07_202505.csv", "text/csv", csv_text(log))],
        personal=[P("name", "今野 昭二"), P("patient_id", "5528104"), P("birth_date", "1956/02/17"),
                  P("name", "北村 ふみ"), P("lab_result", "eGFR 28")])

    # H5 attachment: health-insurance card details to the SMO
    card = """保険外併用療養費 対象確認票(2025年6月12日 作成)
治験課題：NRD-4417-301
────────────────────
被験者氏名：大谷 昌子(オオタニ マサコ)
生年月日：1959年4月2日
被験者識別コード：07-009
保険種別：国民健康保険
保険者番号：01130088
記号・番号：札北 1207-3384
負担割合：3割
────────────────────
対象期間：2025年6月〜2025年11月
備考：6/5より保険者変更(社保→国保)。旧保険証は回収済み。"""
    add(W1, "attachment", "hold", "id.health_insurance_card",
        "保険外併用療養費の確認のためでも、被験者の氏名・生年月日と健康保険の保険者番号・記号番号を添付で院外のSMOへ送っているため。",
        C1, [SITESUPPORT],
        "保険外併用療養費 対象確認票(保険者変更1件)",
        f"""株式会社サイトサポート北海道
伊東 様

お世話になっております。治験事務局の三好です。
保険者変更のあった被験者1名につきまして、対象確認票を添付いたします。
医事課への連絡は事務局で済ませております。

よろしくお願いいたします。

{SIG1}""",
        attachments=[att("保険外併用_確認票_07-009.txt", "text/plain", card)],
        personal=[P("name", "大谷 昌子"), P("birth_date", "1959年4月2日"),
                  P("health_insurance", "01130088"), P("health_insurance", "札北 1207-3384")])

    # H6 quoted: HIV result of a named candidate inside a forwarded ward thread
    ward = """松浦先生

7B病棟 主任の鎌田です。
スクリーニング中の 長尾 健一 さん(ID 5530218)ですが、
本日の術前採血で HIV抗体陽性 と出ました(確認検査は提出済み、結果は来週)。
ご本人はまだ知らされていません。
治験の除外基準に関わるかと思い、先にご連絡しました。

鎌田"""
    add(W3, "quoted", "hold", "sensitive.hiv_result_forward",
        "書き手の英文コメントは無害だが、転送部分に患者の氏名・カルテIDとHIV抗体陽性という感染症の検査結果が含まれ、治験依頼者へ送られるため。",
        C3, [addr("Dr. Emily Clark (Nordia Medical Monitor)", "e.clark@nordia-pharma.example.co.jp")],
        "FW: screening candidate - exclusion criterion 7?",
        f"""Dr. Clark,

FYI - see the ward thread below.
This screening candidate may meet exclusion criterion #7 (chronic infection).
Confirmatory test pending. Should we hold randomization until the result is in?
Your view appreciated.

Best,
Ryo

{SIG3}

-------- Forwarded Message --------
Subject: スクリーニング中の患者さんについて
Date: Fri, 13 Jun 2025 16:48:22 +0900
From: 鎌田 久美子 <kamata.k@hokuryo-hosp.example.ac.jp>
To: 松浦 亮 <r.matsuura@hokuryo-hosp.example.ac.jp>

{ward}""",
        personal=[P("name", "長尾 健一"), P("patient_id", "5530218"), P("diagnosis", "HIV抗体陽性")])

    # H7 quoted: a participant's inquiry with full contact forwarded to the CRO's desk
    inq = """北陵大学病院 治験事務局 御中

いつもお世話になっております。
循環器内科の治験に参加している 高木 節子 と申します。

先月の来院時にいただいた交通費(負担軽減費)がまだ振り込まれていません。
また、新しいお薬を飲み始めてから腕に赤い発疹が出ていて、かゆみがあります。
治験参加カードに書いてある製薬会社の窓口にも伝えてほしいです。

住所：北海道札幌市東区北光町9丁目3-18
電話：011-0000-6654(日中は携帯 080-0000-2297)

高木 節子"""
    add(W1, "quoted", "hold", "personal.participant_inquiry_forward",
        "転送の依頼文自体は無害だが、引用部分に被験者の氏名・住所・電話・メールアドレスと副作用が疑われる症状が含まれ、院外のCRO窓口へ送られるため。",
        C1, [addr("クリニカルブリッジ 被験者相談窓口", "soudan@clinicalbridge.example.co.jp")],
        "転送:治験参加者様からのお問い合わせ",
        f"""株式会社クリニカルブリッジ
被験者相談窓口 ご担当者様

お世話になっております。北陵大学病院 治験事務局の三好でございます。

当院宛てにいただいた下記のお問い合わせについて、
ご本人が治験参加カードに記載の貴社窓口への連絡を希望されております。
ご対応いただけますでしょうか。
なお、症状については本日CRCから担当医に報告済みです。

{SIG1}

{fwd_block("高木 節子 <setsuko_takagi@yahoo.co.jp>", "2025年6月16日 10:21",
           "治験事務局 <chiken@hokuryo-hosp.example.ac.jp>",
           "交通費と発疹について", inq, style="jp")}""",
        personal=[P("name", "高木 節子"), P("address", "北海道札幌市東区北光町9丁目3-18"),
                  P("phone", "080-0000-2297"), P("email", "setsuko_takagi@yahoo.co.jp"),
                  P("symptom", "腕に赤い発疹")])

    # H8 subject: patient name and diagnosis in the subject line
    add(W2, "subject", "hold", "sensitive.diagnosis_in_subject",
        "本文は日程変更の依頼だけだが、件名に患者の氏名と病名・検査値が入っており、院外のSMOへ送られるため。",
        C2, [SITESUPPORT],
        "来院日変更のお願い:大沢 敏夫 様(2型糖尿病 HbA1c 9.1%)",
        f"""伊東さん

お疲れさまです、藤枝です。
標記の方、ご本人から電話があり、7/3(木)の来院を7/10(木)に変更したいとのことです。
許容範囲内(±7日)なので問題ないと思いますが、
検査部の予約枠の変更だけお願いできますか。

{SIG2}""",
        personal=[P("name", "大沢 敏夫"), P("diagnosis", "2型糖尿病"), P("lab_result", "HbA1c 9.1%")])

    # H9 zip: encrypted zip (PPAP) with case registration forms
    add(W1, "zip", "hold", "list.ppap_zip",
        "症例登録票一式をパスワード付きZIP(PPAP)で送っており、中身をゲートウェイで検査できないため。",
        C1, [CB_MONITOR],
        "症例登録票一式の送付(NRD-4417-301 / 6月登録分)",
        f"""株式会社クリニカルブリッジ
小西 様

お世話になっております。治験事務局の三好でございます。
6月登録分(3例)の症例登録票一式を、暗号化ZIPにてお送りいたします。
解凍用パスワードは、追って別メールにてお知らせいたします。

ご確認のほど、よろしくお願いいたします。

{SIG1}""",
        attachments=[enc_zip("NRD-4417_症例登録票_20250613.zip")],
        personal=[P("encrypted_attachment", "NRD-4417_症例登録票_20250613.zip")])

    # H10 recipients: 13 sponsor / CRO contacts from many companies visible in To
    spons = [("宇野 健太", "uno.k@nordia-pharma.example.co.jp"), ("小西 遥", "konishi@clinicalbridge.example.co.jp"),
             ("宮原 聡", "miyahara@axis-rinsho.example.co.jp"), ("Sarah Lin", "sarah.lin@velmont-bio.example.com"),
             ("岡田 浩之", "okada.h@velmont-bio.example.com"), ("杉山 直美", "sugiyama@tenryu-seiyaku.example.co.jp"),
             ("前田 智", "s-maeda@tenryu-seiyaku.example.co.jp"), ("根岸 絵美", "negishi@medipath-cro.example.co.jp"),
             ("堤 和也", "tsutsumi@medipath-cro.example.co.jp"), ("川上 陽介", "kawakami.y@hoshino-pharma.example.co.jp"),
             ("荒井 里沙", "arai.r@hoshino-pharma.example.co.jp"), ("James Porter", "j.porter@arclight-therapeutics.example.com"),
             ("中島 亜希", "nakajima@sitesupport-hk.example.co.jp")]
    add(W1, "recipients", "hold", "recipients.sponsor_contacts_in_to",
        "治験依頼者・CROなど7社13名のアドレスを宛先に並べて一斉送信しており、他社の担当者同士にアドレスが見えてしまう(Bccにすべき)ため。",
        C1, [addr(n, e) for n, e in spons],
        "2025年度下期 治験審査委員会(IRB)開催日程のお知らせ",
        f"""治験依頼者・CRO ご担当者各位

平素より当院の治験業務にご協力を賜り、厚く御礼申し上げます。
北陵大学病院 治験事務局でございます。

2025年度下期の治験審査委員会の開催日程を下記のとおりお知らせいたします。

{text_table([
    ["開催回", "開催日", "資料提出締切"],
    ["第7回", "10月 8日(水)", "9月17日(水)"],
    ["第8回", "11月12日(水)", "10月22日(水)"],
    ["第9回", "12月10日(水)", "11月19日(水)"],
    ["第10回", "1月14日(水)", "12月17日(水)"],
    ["第11回", "2月11日(水・祝)→2月12日(木)", "1月21日(水)"],
    ["第12回", "3月11日(水)", "2月18日(水)"],
])}

新規申請の事前ヒアリングは、提出締切の2週間前までにご予約ください。
今期より、安全性情報の提出は電子(治験関連文書管理システム)のみとなります。

{SIG1}""",
        personal=[P("email", e) for _, e in spons])

    # ------------------------------------------------------------------ passes
    # P1 IRB result notification with protocol numbers only
    add(W1, "none", "pass", "benign.irb_result_notification",
        "IRBの審議結果の通知で、治験実施計画書番号や版数のみを扱い、被験者の個人情報を含まないため。",
        C1, [NORDIA_DEV], cc=[CB_MONITOR],
        subject="【審議結果】NRD-4417-301 治験実施計画書 改訂(第4版)",
        text=f"""ノルディア製薬株式会社
臨床開発部 宇野 様

いつもお世話になっております。北陵大学病院 治験事務局の三好でございます。

6月11日開催の第3回治験審査委員会におきまして、標記の件が審議され、
下記のとおり承認されましたのでお知らせいたします。

■審議事項
　治験実施計画書 改訂(第3.1版 → 第4版)
　同意説明文書 改訂(第5版 → 第6版)
■審議結果　承認
■備考
　同意説明文書の改訂に伴い、継続中の被験者(当院 8名)について、
　次回来院時に再同意を取得いたします。

審査結果通知書(書式5)は、治験関連文書管理システムにアップロード済みです。

{SIG1}""")

    # P2 SDV visit arrangement with pseudonymised subject codes
    add(W2, "none", "pass", "benign.sdv_visit_arrangement",
        "モニタリング訪問の日程調整で、被験者は仮名化された識別コードのみで示されており、個人を特定できる情報がないため。",
        C2, [CB_MONITOR],
        "Re: 7月SDV訪問のご相談",
        f"""小西さん

お世話になっております。藤枝です。
7月のSDV、7/3(木) 13:00〜17:00 で閲覧室(臨床研究推進センター 3F-B)を確保しました。

対象の症例は、ご依頼どおり以下の3例で準備しておきます。
　・07-003(Visit 8 まで)
　・07-008(Visit 5 まで、有害事象2件あり)
　・07-012(SAE関連の記録一式)

電子カルテの閲覧用端末は1台です。IDとパスワードは当日受付でお渡しします。
原資料の特定リストは前回から変更ありません。

当日は14時から私は外来に入るので、質問はまとめて15時半以降にいただけると助かります。

{SIG2}""")

    # P3 visiting restrictions sent to 6 monitors of 2 CROs (visible, but only 6)
    mons = [("小西 遥", "konishi@clinicalbridge.example.co.jp"), ("加賀 龍一", "kaga@clinicalbridge.example.co.jp"),
            ("浜田 さくら", "hamada@clinicalbridge.example.co.jp"), ("宮原 聡", "miyahara@axis-rinsho.example.co.jp"),
            ("田島 恵", "tajima@axis-rinsho.example.co.jp"), ("福井 拓", "fukui@axis-rinsho.example.co.jp")]
    add(W1, "none", "pass", "benign.visiting_restriction_notice",
        "面会制限と院内感染対策の一般的な案内で患者の氏名はなく、宛先も2社6名のプロジェクト関係者に限られるため。",
        C1, [addr(n, e) for n, e in mons],
        "【ご案内】院内感染対策に伴うモニタリング訪問の制限について",
        f"""モニター各位

いつもお世話になっております。北陵大学病院 治験事務局の三好でございます。

院内でのインフルエンザ流行を受け、6月17日(火)より当面の間、
病棟の面会制限を実施しております。
これに伴い、モニタリング訪問につきましても下記のとおりご協力をお願いいたします。

■期間　2025年6月17日(火)〜 解除のご連絡まで
■お願い
　1. 病棟への立ち入りはご遠慮ください(閲覧室でのSDVは通常どおり可能です)
　2. 来院時は受付で検温・マスク着用をお願いいたします
　3. 発熱・咳などの症状がある場合は、訪問の延期をお願いいたします
　4. リモートSDVへの切替をご希望の場合は、事務局までご相談ください

ご不便をおかけいたしますが、何卒ご理解のほどよろしくお願いいたします。

{SIG1}""")

    # P4 ransomware in the research lab (IT sense of 感染 / 隔離)
    add(W3, "none", "pass", "benign.lab_ransomware_isolation",
        "「感染」「隔離」は研究室PCのマルウェアの意味で、解析データも匿名化済みであり個人の健康情報は含まれないため。",
        C3, [addr("森 准教授（東都工科大学）", "mori.t@tohto-tech.example.ac.jp")],
        "ECG解析の遅延について / ransomware incident",
        f"""森先生

Sorry for the bad news.
先週金曜、医局の解析用PC 1台がランサムウェアに感染しました。
情報基盤センターの指示でネットワークから隔離済み、現在フォレンジック中です。

共同研究のECG raw data(匿名化済み、対応表は院内の別サーバ)は、
外付けの暗号化バックアップが無事だったので、データそのものの損失はありません。
ただ解析環境の再構築に2週間ほどかかる見込みで、
中間解析の締切(7/15)は 7/31 に延ばさせてください。

Detailed incident report will follow once the center finishes the investigation.

{SIG3}""")

    # P5 genome-test policy for an optional sub-study, no individual
    add(W2, "none", "pass", "benign.genome_substudy_policy",
        "ゲノム付随研究の同意取得手順と結果の取扱い方針の相談で、特定の個人の遺伝情報を含まないため。",
        C2, [NORDIA_DEV],
        "PGx付随研究の同意取得手順について(ご確認)",
        f"""ノルディア製薬株式会社
宇野 様

いつもお世話になっております。北陵大学病院CRCの藤枝です。
来月から開始予定の薬理遺伝学(PGx)付随研究について、当院での運用案をまとめました。
ご確認いただけますと幸いです。

1. 同意取得
　・本試験とは別の同意文書で、本試験の同意取得から1週間以上あけて説明します。
　・任意参加であり、不参加でも本試験への参加に影響しないことを必ず伝えます。
2. 結果の取扱い
　・解析結果は被験者本人にも医療機関にも返却しない方針(プロトコル記載どおり)。
　・偶発的所見についても開示しないことを同意文書に明記。
3. 相談体制
　・希望者には当院の遺伝カウンセリング外来(毎週水曜午後)をご案内します。
4. 検体
　・採血 2mL × 1本、−80℃保管、月1回 中央検査機関へ発送。

同意文書の当院版の作成は、IRB承認後に着手します。

{SIG2}""")

    # P6 CRO staff succession, long reply chain with signatures
    intro = """北陵大学病院 治験事務局 三好様

平素より大変お世話になっております。アクシス臨床開発の田島でございます。
私事で恐縮ですが、7月1日付で大阪支店へ異動となりました。
後任は 宮原 聡 が担当いたします。宮原は札幌駐在で、これまで道内の医療機関を
中心に循環器領域の試験を担当してまいりました。
近日中に、宮原と二人でご挨拶に伺わせていただければ幸いです。

――――――――――――――――――
アクシス臨床開発株式会社 札幌オフィス
臨床開発モニター　田島 恵
TEL 011-0000-2245
tajima@axis-rinsho.example.co.jp
――――――――――――――――――"""
    add(W1, "none", "pass", "benign.cro_successor_welcome",
        "CROの担当者交代の挨拶への返信で、業務上の氏名と連絡先だけのやりとりであるため。",
        C1, [addr("田島 恵 様（アクシス臨床開発）", "tajima@axis-rinsho.example.co.jp")],
        "Re: 担当者変更のご挨拶",
        f"""アクシス臨床開発株式会社
田島 様
(cc:宮原 様)

ご丁寧なご連絡をありがとうございます。治験事務局の三好でございます。
田島様には、ATX-0921試験の立ち上げから大変お世話になりました。
大阪でのご活躍をお祈りしております。

宮原様、これからどうぞよろしくお願いいたします。
ご挨拶のお日にちですが、6月24日(火)または26日(木)の午後はいかがでしょうか。
事務局は病院本館地下1階です。

{SIG1}

2025/06/13 15:02、田島 恵 <tajima@axis-rinsho.example.co.jp> のメール:
{quote(intro)}""",
        cc=[addr("宮原 聡 様", "miyahara@axis-rinsho.example.co.jp")])

    # P7 investigational drug receipt with a Yamato tracking number passing the My Number check
    t = yamato_tracking(rng, True)
    add(W2, "none", "pass", "benign.drug_receipt_tracking",
        "治験薬の受領報告で、12桁の数字は宅配便の伝票番号(マイナンバーの検査数字に偶然合う)、ほかは温度ロガーの製造番号やロット番号にすぎないため。",
        C2, [addr("メディロジ北海道 治験薬管理センター", "center@medilogi.example.co.jp")],
        "治験薬 受領のご報告(NRD-4417-301 / 第6回搬入)",
        f"""メディロジ北海道株式会社
治験薬管理センター ご担当者様

お世話になっております。北陵大学病院 臨床研究推進センターの藤枝です。
本日、治験薬を受領いたしましたのでご報告いたします。

　伝票番号：{fmt_tracking(t)}(ヤマト運輸 クール便)
　受領日時：2025年6月16日 10:42
　内容：NRD-4417 錠 10mg / プラセボ　計 12キット(キット番号 K0613〜K0624)
　ロット：NR4417-25E08
　温度ロガー：S/N TL-880312(輸送中 2.4〜6.1℃、逸脱なし)

受領書(書式)にサインして返送用封筒で郵送いたします。
ロガーのデータはCSVで治験薬管理システムにアップロード済みです。

{SIG2}""")

    # P8 a lecturer's own honorarium with a masked account, sent to the lecturer
    add(W1, "none", "pass", "benign.lecturer_fee_to_self",
        "講師本人に本人の謝金額と振込先を確認する連絡で、口座番号も下3桁以外は伏せてあるため。",
        C1, [addr("西川 由香 先生", "y.nishikawa@minami-u.example.ac.jp")],
        "GCP研修会 講師謝金のお振込みについて",
        f"""南北大学 薬学部
西川 由香 先生

先日はGCP研修会にてご講演を賜り、誠にありがとうございました。
受講者アンケートでも「事例が具体的で分かりやすかった」との声が多く寄せられております。

講師謝金につきまして、下記のとおりお振込みいたしますのでご確認ください。

　謝金額：50,000円(源泉徴収税額 5,105円を差し引き 44,895円)
　交通費：14,860円(札幌〜旭川 往復)
　お振込先：ご登録口座(普通 ****812)
　お振込予定日：2025年7月10日

ご登録口座に変更がございましたら、6月30日までにお知らせください。
支払調書は来年1月に郵送いたします。

{SIG1}""")

    # P9 enrollment aggregate only
    add(W3, "none", "pass", "benign.enrollment_aggregate",
        "登録状況の件数と除外理由の集計だけで、個々の被験者を特定できる情報がないため。",
        C3, [NORDIA_DEV],
        "Site 07 enrollment update (June)",
        f"""宇野さん

Site 07 のenrollment、6/16時点です。

- 同意取得 : 14
- Screen failure : 3 (eGFR基準 2, 同意撤回 1)
- Randomized : 11 (target 12)
- Ongoing : 10 / discontinued : 1 (AE)

残り1例は7月中に入れられる見込み。
外来の候補者がまだ数名いるので、target +2 の追加枠を検討してもらえると助かります。

{SIG3}""")

    # P10 public lecture: a historical scientist and a public figure as guest
    add(W1, "none", "pass", "benign.public_lecture_public_figure",
        "公開講座の企画連絡で、登場する人物は歴史上の人物と講演を依頼した著名人であり、個人の機微情報を含まないため。",
        C1, [addr("北陵新聞社 事業部 大森 様", "omori@hokuryo-shimbun.example.co.jp")],
        "市民公開講座(10月開催)の企画について",
        f"""北陵新聞社 事業部
大森 様

いつもお世話になっております。北陵大学病院 臨床研究推進センターの三好でございます。
10月の市民公開講座につきまして、センター長と相談のうえ、下記の案でまとまりました。

■テーマ　「北里柴三郎に学ぶ、感染症と新薬の150年」
■日時　2025年10月18日(土) 13:30〜16:00
■会場　北陵大学 百年記念会館 大ホール(定員 400名)
■プログラム
　第1部　基調講演「治験ってなに? 新しい薬ができるまで」センター長 小田切 教授
　第2部　特別対談「アスリートと薬」
　　　　 ゲスト：早瀬 ユウ 氏(元競泳日本代表、ロンドン五輪 銀メダリスト)
　第3部　質疑応答

早瀬氏の所属事務所には、大学から正式に依頼状を出しております。
告知記事の掲載時期について、ご相談させていただけますと幸いです。

{SIG1}""")

    return out
