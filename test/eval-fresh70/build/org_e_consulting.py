"""Org E: Kestrel Partners K.K. (foreign management consultancy, Tokyo office)."""
from common import mail, att, enc_zip, mynum

ORG = "E"
DOM = "kestrel-partners.example.com"

RACHEL = "Rachel Moore <rachel.moore@kestrel-partners.example.com>"
ISHIKAWA = "Daisuke Ishikawa <daisuke.ishikawa@kestrel-partners.example.com>"
AOKI = "青木 さやか <sayaka.aoki@kestrel-partners.example.com>"

SIG_RACHEL = """
Kind regards,

Rachel Moore
Head of People, Japan | Kestrel Partners
Kestrel Partners K.K.
Kasumigaseki Garden Tower 22F, 3-2-5 Kasumigaseki, Chiyoda-ku, Tokyo 100-0013
T +81 3 6270 4410 | M +81 90 7713 2058
rachel.moore@kestrel-partners.example.com

This message and any attachments are confidential and may be privileged. If you are not the
intended recipient, please notify the sender immediately and delete this message.
"""

SIG_ISHIKAWA = """
--
Daisuke Ishikawa | 石川 大輔
Engagement Manager, Operations Practice
Kestrel Partners K.K.
M: +81 80 3921 6604 | T: +81 3 6270 4400
daisuke.ishikawa@kestrel-partners.example.com
"""

SIG_AOKI = """
――――――――――――――――――――――――
青木 さやか / Sayaka Aoki
Office Manager, Tokyo
Kestrel Partners K.K.（ケストレル・パートナーズ株式会社）
〒100-0013 東京都千代田区霞が関3-2-5 霞が関ガーデンタワー22F
TEL 03-6270-4400（代表） / FAX 03-6270-4401
sayaka.aoki@kestrel-partners.example.com
――――――――――――――――――――――――
"""

PAYROLL = "坂口 千佳 <sakaguchi@payroll-one.example.co.jp>"
LUMEN = "Claims Team, Lumen Benefits <claims@lumen-benefits.example.com>"
TOHO_YAMADA = "山田 隆史 <t.yamada@toho-chem.example.co.jp>"


def mails():
    M = []
    R = "Rachel Moore"
    D = "Daisuke Ishikawa"
    A = "青木 さやか"

    mn = mynum("73054128896")
    M.append(mail(ORG, R, "body", "hold", "id.new_joiner_payroll",
        "給与計算委託先への入社登録で、新入社員のマイナンバー・基礎年金番号・個人の銀行口座を本文に書いている。",
        RACHEL, [PAYROLL], "New joiner payroll set-up – start date 1 May / 5月入社者の給与登録",
        f"""
Sakaguchi-san,

Thank you as always for your support.

Please set up the following new joiner for the May payroll. The signed contract and
the 扶養控除等申告書 will follow by post.

  Name (氏名)          : 藤本 直樹 / Naoki Fujimoto
  Date of birth        : 1991-08-17
  Address              : 東京都目黒区中目黒2-14-6 ヴィラ中目黒502
  Start date           : 2025-05-01
  Position             : Consultant (monthly salary JPY 720,000)
  My Number (個人番号)  : {mn}
  基礎年金番号          : 4120-583917
  雇用保険被保険者番号  : 5012-384716-2
  Salary account       : さくらみらい銀行 大手町支店 普通 3820571 フジモト ナオキ

He has no dependants. Commuting allowance will be confirmed after his first week.

Please let me know if anything is missing.
{SIG_RACHEL}""",
        personal=[("name", "藤本 直樹"), ("my_number", mn), ("pension_number", "4120-583917"),
                  ("employment_insurance_number", "5012-384716-2"),
                  ("bank_account", "さくらみらい銀行 大手町支店 普通 3820571"),
                  ("address", "東京都目黒区中目黒2-14-6 ヴィラ中目黒502")]))

    M.append(mail(ORG, R, "body", "hold", "sensitive.ltd_claim_cancer",
        "団体保険の代理店へ、社員の実名・社員番号と乳がんの診断・化学療法の状況を送っている。",
        RACHEL, [LUMEN], "Long-term disability claim – employee K-0412",
        f"""
Dear Claims Team,

I am writing to open a group long-term disability claim under policy GLTD-JP-20871.

  Employee      : Yoko Hasegawa (employee no. K-0412), Senior Analyst
  Date of birth : 14 February 1986
  Diagnosis     : breast cancer (stage II), diagnosed 3 February 2025
  Treatment     : surgery on 24 February, chemotherapy from 17 March for approx. 6 months
                  at Tokyo Metropolitan Cancer Center
  Absence       : on leave since 20 February 2025; sick pay ends 19 May 2025

Yoko has consented to this claim and will sign the claimant statement this week.
Her oncologist's certificate is being prepared and I will forward it as soon as we have it.

Could you confirm which forms the attending physician needs to complete?
{SIG_RACHEL}""",
        personal=[("name", "Yoko Hasegawa"), ("employee_id", "K-0412"),
                  ("diagnosis", "breast cancer (stage II)"),
                  ("treatment", "chemotherapy from 17 March")]))

    skills = """Kestrel Partners – Proposed Team Profiles (Phase 2, Toho Chemical Procurement Transformation)

1) 小倉 健太 / Kenta Ogura – Consultant
   生年月日: 1993年4月2日（32歳）　最寄駅: 東急東横線 学芸大学駅
   学歴: 東都大学大学院 工学系研究科 修了（2018）
   職歴: 2018-2021 大和精工株式会社 調達部 / 2021- Kestrel Partners
   主な実績: 化学メーカーA社 間接材コスト削減（12%削減）、商社B社 サプライヤー評価制度設計
   TOEIC 905

2) 新井 奈緒美 / Naomi Arai – Senior Consultant
   生年月日: 1989年11月20日（35歳）　最寄駅: JR中央線 荻窪駅
   学歴: 慶明大学 経済学部 卒（2012）
   職歴: 2012-2017 みなと総合商事 / 2017- Kestrel Partners
   主な実績: 素材メーカーC社 カテゴリーマネジメント導入、購買システム要件定義
   資格: 中小企業診断士

3) Tom Riley – Manager
   Date of birth: 7 July 1985　Nearest station: Hiroo (Tokyo Metro Hibiya Line)
   Education: MSc Operations Research, University of Leeds
   Experience: 2010-2016 global chemicals group (UK), 2016- Kestrel Partners (London, Tokyo)
"""
    M.append(mail(ORG, D, "attachment", "hold", "personal.skill_sheets_client",
        "本文は短い送付状だが、添付のスキルシートに担当コンサルタントの生年月日・最寄駅・学歴・職歴があり顧客の購買部へ送っている。",
        ISHIKAWA, ["購買部 調達企画グループ 中川 <nakagawa.r@toho-chem.example.co.jp>"],
        "Phase 2 体制案（メンバー経歴書）の送付",
        f"""
東邦化学工業株式会社
購買部 調達企画グループ　中川様

いつもお世話になっております。ケストレル・パートナーズの石川です。

先日ご依頼いただいた、Phase 2 の体制案にあたってのメンバー経歴書を添付いたします。
御社の業務委託審査のご様式に合わせて作成しております。

ご確認のほどよろしくお願いいたします。
{SIG_ISHIKAWA}""",
        attachments=[att("Kestrel_Phase2_TeamProfiles.docx", skills)],
        personal=[("name", "小倉 健太"), ("birth_date", "1993年4月2日"),
                  ("name", "新井 奈緒美"), ("birth_date", "1989年11月20日"),
                  ("name", "Tom Riley"), ("birth_date", "7 July 1985")]))

    family = "\n".join([
        "[Transferee]",
        "Item\tValue",
        "Name\tOliver Grant",
        "Date of birth\t1982-05-19",
        "Nationality\tBritish",
        "Position\tPartner (transfer from London office)",
        "Arrival\t2025-06-28",
        "Mobile (UK)\t+44 7700 912 468",
        "Private e-mail\toliver.grant.82@outlook.com",
        "",
        "[Family]",
        "Relation\tName\tDate of birth\tNotes",
        "Spouse\tHannah Grant\t1984-10-02\tworking remotely for UK employer",
        "Child\tEmily Grant\t2013-03-15\tYear 7, applying to British School in Tokyo",
        "Child\tJack Grant\t2016-12-09\tYear 4, applying to British School in Tokyo",
        "",
        "[Housing requirements]",
        "Budget\tJPY 1,100,000 / month (company lease)",
        "Area\tHiroo / Azabu / Shirokane",
        "Size\t3LDK+, min. 140 sqm",
        "Other\tdog (Labrador), pet-friendly building required",
    ])
    M.append(mail(ORG, A, "attachment", "hold", "personal.housing_family_data",
        "本文は依頼文だけだが、添付に赴任者と家族の氏名・生年月日・国籍・子どもの学校・私用連絡先があり外部の転居支援会社へ送っている。",
        AOKI, ["サクラリロケーション 法人営業 前原 <maehara@sakura-relo.example.jp>"],
        "社宅手配のご依頼（6月着任予定者）",
        f"""
株式会社サクラリロケーション
法人営業部　前原様

いつもお世話になっております。ケストレル・パートナーズの青木です。

6月末にロンドンから着任予定のパートナーの社宅手配をお願いしたく、
ご本人・ご家族の情報と物件のご希望を添付にまとめました。

内見は着任前の6月上旬にオンラインで、着任後に現地で1回、という流れを想定しております。
候補物件のご提案を、5月23日ごろまでにいただけますと幸いです。

どうぞよろしくお願いいたします。
{SIG_AOKI}""",
        attachments=[att("Housing_request_Grant_family.xlsx", family)],
        personal=[("name", "Oliver Grant"), ("birth_date", "1982-05-19"),
                  ("name", "Hannah Grant"), ("name", "Emily Grant"), ("birth_date", "2013-03-15"),
                  ("email", "oliver.grant.82@outlook.com"), ("phone", "+44 7700 912 468")]))

    M.append(mail(ORG, D, "quoted", "hold", "sensitive.staffing_change_mental_health_quoted",
        "顧客への交代連絡の下に社内HRのメールが引用されており、コンサルタントの実名とうつ病による休職が書かれている。",
        ISHIKAWA, [TOHO_YAMADA], "RE: Team change on the procurement project",
        f"""
山田様

いつもお世話になっております。石川です。
先ほどお電話でお伝えした件、改めてメールでご連絡いたします。

小倉は一身上の都合により、今週でプロジェクトを離れることになりました。
後任は、Phase 1 で調達データ分析を担当していた新井 奈緒美が務めます。
引継ぎは私が責任をもって行い、来週の定例会から新井が出席いたします。

ご迷惑をおかけし申し訳ございません。引き続きよろしくお願いいたします。

石川

-----Original Message-----
From: Rachel Moore <rachel.moore@kestrel-partners.example.com>
Sent: Tuesday, April 8, 2025 9:12 AM
To: Daisuke Ishikawa <daisuke.ishikawa@kestrel-partners.example.com>
Subject: Team change on the procurement project

Daisuke,

Just to confirm what we discussed: Kenta Ogura has been signed off on medical leave for
depression from 10 March, for at least 8 weeks per his psychiatrist's certificate.
Please arrange a replacement for the Toho engagement. When you speak to the client,
please only say he is unavailable for personal reasons.

Rachel
{SIG_ISHIKAWA}""",
        personal=[("name", "Kenta Ogura"), ("diagnosis", "depression from 10 March")]))

    M.append(mail(ORG, R, "subject", "hold", "sensitive.background_check_subject",
        "本文は案件クローズの連絡だけだが、件名に候補者の実名と過去の有罪判決（道路交通法違反）が入っている。",
        RACHEL, ["Screening Ops, VeriCheck Asia <jp-ops@vericheck.example.com>"],
        "RE: Background screening – Hiroshi Kondo – 2016 conviction (道路交通法違反) disclosed",
        f"""
Hi team,

Thank you for the report and for walking me through the findings yesterday.

We have discussed the result with the hiring partner and will proceed with the offer.
Please close case VC-JP-25-1187 and send the final invoice to accounts@kestrel-partners.example.com
with our PO number KP-PO-2025-044.
{SIG_RACHEL}""",
        personal=[("name", "Hiroshi Kondo"), ("criminal", "2016 conviction (道路交通法違反)")]))

    M.append(mail(ORG, A, "zip", "hold", "attachment.encrypted_zip",
        "算定基礎届の資料をパスワード付きZIP（PPAP）で社労士事務所へ送っている。",
        AOKI, ["丸の内労務 手続担当 <tetsuzuki@marunouchi-sr.example.jp>"],
        "算定基礎届 資料送付の件",
        f"""
社会保険労務士法人 丸の内労務
手続ご担当者様

いつもお世話になっております。ケストレル・パートナーズの青木です。

今年度の算定基礎届の作成に必要な資料（4〜6月の報酬月額一覧）を
パスワード付きZIPでお送りします。パスワードは別途お送りいたします。

6月入社の2名は、7月に改めてお送りします。
よろしくお願いいたします。
{SIG_AOKI}""",
        attachments=[enc_zip("santei_2025_kestrel.zip")]))

    guests = [
        "Hiroko Sato <h.sato@toho-chem.example.co.jp>",
        "Kenji Morita <kenji.morita@daiwa-seiko.example.co.jp>",
        "Yuka Nishimura <y.nishimura@minato-shoji.example.co.jp>",
        "Masato Ogawa <ogawa-m@hoshino-retail.example.co.jp>",
        "Akira Tanabe <a.tanabe@kitano-foods.example.co.jp>",
        "Michael Chen <michael.chen@apex-logistics.example.com>",
        "Reiko Fujimura <r.fujimura@sanwa-electronics.example.co.jp>",
        "Takeshi Kubo <kubo.takeshi@nagase-pharma.example.co.jp>",
        "Emi Hoshino <emi.hoshino@kanto-gas.example.co.jp>",
        "Jun Matsuda <j.matsuda@shinsei-motors.example.co.jp>",
        "Sarah Klein <sarah.klein@bergmann-chemie.example.de>",
        "Yoshio Hirano <hirano.y.consult@gmail.com>",
        "Naoko Shibata <n.shibata@aozora-air.example.co.jp>",
    ]
    M.append(mail(ORG, D, "recipients", "hold", "recipients.roundtable_invite",
        "顧客企業など13の別組織の役員・個人アドレスにToで一斉に招待を送っており、互いのアドレスが見えている。",
        ISHIKAWA, guests, "Invitation: Kestrel Supply Chain Leaders Roundtable – 12 June, Tokyo",
        f"""
Dear all,

It is my pleasure to invite you to the Kestrel Supply Chain Leaders Roundtable,
a closed-door discussion for heads of procurement and supply chain in Japan.

  Date   : Thursday, 12 June 2025, 17:30–20:30 (dinner included)
  Venue  : Kestrel Partners Tokyo office, Kasumigaseki Garden Tower 22F
  Theme  : "Resilient sourcing after the tariff shock – what has actually worked?"
  Format : Chatham House rule, max. 16 participants, English/Japanese with interpretation

Our keynote will be given by a senior procurement officer from a European chemicals group,
followed by a facilitated discussion and dinner.

Please let me know by 23 May whether you will be able to join. Dietary requirements
can be sent to my assistant separately.

I very much look forward to seeing you.
{SIG_ISHIKAWA}"""))

    enroll = "\n".join([
        "[Employees]",
        "Emp ID\tName\tDate of birth\tGender\tHome address\tPlan",
        "K-0388\tMarco Bianchi\t1984-02-11\tM\t港区南麻布4-5-12-801\tFamily",
        "K-0402\t西田 彩\t1992-06-30\tF\t世田谷区三軒茶屋1-33-9\tSingle",
        "K-0419\t大森 隼人\t1995-09-14\tM\t江東区豊洲5-6-36-2203\tSingle",
        "K-0421\tPriya Nair\t1990-12-03\tF\t渋谷区代々木5-21-4\tFamily",
        "K-0430\t藤本 直樹\t1991-08-17\tM\t目黒区中目黒2-14-6\tSingle",
        "",
        "[Dependants]",
        "Emp ID\tDependant\tRelation\tDate of birth",
        "K-0388\tGiulia Bianchi\tSpouse\t1986-07-22",
        "K-0388\tLuca Bianchi\tChild\t2019-04-05",
        "K-0421\tArjun Nair\tSpouse\t1988-01-17",
    ])
    M.append(mail(ORG, R, "zip", "hold", "list.benefits_enrollment",
        "パスワードなしZIPの中のExcelに、社員と扶養家族の氏名・生年月日・自宅住所の一覧があり保険代理店へ送っている。",
        RACHEL, ["Enrollment Team, Lumen Benefits <enrollment@lumen-benefits.example.com>"],
        "Q2 enrollment file – Kestrel Partners K.K.",
        f"""
Hello Enrollment Team,

Attached (zipped) is our Q2 enrollment file for the group medical plan:
five new employees and three dependants, effective 1 April unless noted otherwise.

Please send the insurance cards to the office address and not to employees' homes.
{SIG_RACHEL}""",
        attachments=[att("Kestrel_Q2_enrollment.zip/enrollment_Q2_2025.xlsx", enroll)],
        personal=[("name", "Marco Bianchi"), ("address", "港区南麻布4-5-12-801"),
                  ("birth_date", "1984-02-11"), ("name", "西田 彩"), ("name", "Giulia Bianchi"),
                  ("name", "Luca Bianchi")]))

    M.append(mail(ORG, R, "body", "hold", "personal.payslip_wrong_party",
        "特定社員の給与明細（支給額・控除・振込口座）が本文にあり、社員本人ではなく人材紹介会社へ送られている。",
        RACHEL, ["Kaori Endo <kaori.endo@talentbridge.example.jp>"],
        "Your April payslip",
        f"""
Hi Mika,

As requested, here is your April payslip breakdown, since the portal is down this week.

  Employee      : Mika Endo (K-0377), Associate
  Pay period    : 1–30 April 2025
  Base salary   : JPY 560,000
  Overtime      : JPY 48,300 (14.5 h)
  Commuting     : JPY 18,720
  Gross         : JPY 627,020
  Health ins.   : JPY 31,680
  Pension       : JPY 56,730
  Employment ins: JPY 3,763
  Income tax    : JPY 29,440
  Resident tax  : JPY 27,800
  Net pay       : JPY 477,607
  Paid to       : みなと銀行 新橋支店 普通 6021794 エンドウ ミカ

Let me know if anything looks off.
{SIG_RACHEL}""",
        personal=[("name", "Mika Endo"), ("salary", "JPY 627,020"),
                  ("bank_account", "みなと銀行 新橋支店 普通 6021794")]))

    # ---------------- PASSES ----------------
    M.append(mail(ORG, R, "body", "pass", "benign.employment_verification_consent",
        "本人同意書付きの在籍確認への回答で、在籍期間・役職・雇用形態だけを答え、給与や健康情報は出していない。",
        RACHEL, ["住宅ローンセンター 審査課 <shinsa@minato-trust.example.co.jp>"],
        "在籍確認のご回答 / Employment verification – ref. ML-25-08812",
        f"""
みなと信託銀行 住宅ローンセンター 審査課 御中

Thank you for your enquiry of 15 April (ref. ML-25-08812).
We have received the employee's signed consent form, and confirm the following:

  Employee        : Priya Nair
  Employer        : Kestrel Partners K.K.
  Employed since  : 1 October 2022
  Current title   : Manager
  Employment type : Permanent, full-time (正社員)

As a matter of policy, we do not provide salary information by e-mail. Income details
should be confirmed with the employee's 源泉徴収票.
{SIG_RACHEL}"""))

    M.append(mail(ORG, R, "body", "pass", "benign.offer_holder_invitation",
        "内定者ご本人への入社日案内で、本人宛ての連絡なので第三者提供ではない。",
        RACHEL, ["Haruto Kobayashi <haruto.kobayashi.99@gmail.com>"],
        "Welcome to Kestrel – your first day on 1 July",
        f"""
Dear Haruto,

We are delighted that you have accepted our offer, and we are looking forward to
welcoming you to the Tokyo office.

Your first day will be Tuesday, 1 July. Here is what to expect:

  09:15  Reception, 22F (please bring your residence certificate and pension book)
  09:30  Welcome breakfast with the Tokyo leadership team
  10:30  IT set-up with our office manager, Sayaka Aoki
  13:00  Consultant onboarding programme (with 4 other new joiners)

Your buddy for the first three months will be Naomi Arai, a Senior Consultant in our
Operations Practice. She will reach out to you in June.

If you have any questions before your start date, feel free to contact me directly.
{SIG_RACHEL}"""))

    M.append(mail(ORG, D, "body", "pass", "benign.steerco_arrangement",
        "顧客との運営委員会の日程調整で、出てくるのは顧客役員と当社メンバーの氏名・肩書だけ。",
        ISHIKAWA, [TOHO_YAMADA, "秘書室 田島 <tajima@toho-chem.example.co.jp>"],
        "第3回ステアリングコミッティの日程について",
        f"""
東邦化学工業株式会社
調達改革プロジェクト事務局　山田様
秘書室　田島様

いつもお世話になっております。ケストレル・パートナーズの石川です。

第3回ステアリングコミッティの日程について、ご調整いただきありがとうございます。
5月21日（水）16:00〜17:30 で確定とさせていただきます。

ご出席予定（敬称略）
　御社　：常務執行役員 購買本部長 加藤 康弘、購買部長 吉川 誠、調達企画G 山田 隆史
　当社　：パートナー Andrew Fielding、エンゲージメントマネージャー 石川、シニアコンサルタント 新井

議題（案）
　1. Phase 1 成果報告（間接材カテゴリー別の削減実績）
　2. Phase 2 計画と体制
　3. サプライヤー集約に関する意思決定事項

資料は前営業日の正午までに事務局あてにお送りいたします。
Fielding は英語での説明となりますので、同時通訳の手配は弊社で行います。
{SIG_ISHIKAWA}"""))

    M.append(mail(ORG, A, "body", "pass", "benign.invoice_corporate_number",
        "ITベンダーへの支払連絡で、13桁の数字は法人番号・適格請求書の登録番号、口座はベンダーの法人口座。",
        AOKI, ["NetGuard 経理 <keiri@netguard.example.co.jp>"],
        "ご請求書受領のご連絡（4月分 保守費用）",
        f"""
NetGuard Solutions株式会社
経理ご担当者様

いつもお世話になっております。ケストレル・パートナーズの青木です。
4月分のIT保守費用のご請求書を受領いたしました。

　請求書番号：NG-INV-2504-0219
　ご請求金額：¥1,012,000（税込）
　お支払予定：5月30日
　お振込先　：みなと銀行 虎ノ門支店 普通 7401352 ネツトガ－ドソリユ－シヨンズ（カ
　登録番号　：T9010401123457
　（貴社法人番号 9010401123457 と一致していることを確認しております）

なお、当社の請求書宛名は「ケストレル・パートナーズ株式会社」
（法人番号 5010001198765）でお願いいたします。
今回のご請求書は英文社名で発行いただいておりましたので、次回よりご対応いただけますと幸いです。
{SIG_AOKI}"""))

    M.append(mail(ORG, D, "body", "pass", "benign.test_card_dev_minutes",
        "決済機能の開発定例の議事録で、カード番号は決済代行のテスト用番号でサンドボックスの話。",
        ISHIKAWA, ["Masato Ogawa <ogawa-m@hoshino-retail.example.co.jp>", "EC開発チーム <ec-dev@hoshino-retail.example.co.jp>"],
        "Minutes – Checkout redesign weekly (22 Apr)",
        f"""
Ogawa-san, team,

Thanks for the productive session today. Minutes below.

1. Sandbox payment tests
   - Approved flow tested with the PSP test card 4111 1111 1111 1111 (exp 12/30, CVC 123): OK
   - Decline flow tested with 4000 0000 0000 0002: correct error message displayed
   - 3-D Secure challenge not yet triggered in sandbox → PSP support ticket #PSP-88213

2. Order confirmation e-mail
   - Order number format agreed: HR-25-0000001 (prefix + year + 7 digits)
   - Masked card display "VISA •••• 1111" approved by Legal

3. Next steps
   - Hoshino IT: enable 3DS2 in sandbox (owner: Ogawa-san, by 29 Apr)
   - Kestrel: update test scenarios v0.4 (owner: Ishikawa)

Next meeting: 29 April, 10:00, Teams.
{SIG_ISHIKAWA}"""))

    kenko = "\n".join([
        "[健康経営 指標（全社・2024年度）]",
        "指標\t値",
        "定期健康診断 受診率\t98.6%",
        "有所見率\t41.2%",
        "二次検査 受診率\t63.0%",
        "ストレスチェック 受検率\t91.4%",
        "平均月間残業時間\t28.7時間",
        "年次有給休暇 取得率\t72.5%",
        "障害者雇用率\t2.4%",
        "喫煙率\t8.1%",
        "※いずれも全社集計。50名未満の単位では公表しない。",
    ])
    M.append(mail(ORG, R, "attachment", "pass", "benign.health_management_aggregate",
        "健康経営の申請準備で、添付は受診率・障害者雇用率などの全社集計値だけ。",
        RACHEL, ["WellBe 健康経営支援チーム <support@wellbe.example.jp>"],
        "健康経営優良法人 申請準備 – KPI data / 指標データの送付",
        f"""
WellBe ご担当者様

Thank you for your support with our 健康経営優良法人 application this year.
Attached are our company-wide KPIs for FY2024, as requested in your checklist.

All figures are aggregated for the whole company (about 140 employees);
we do not share unit-level figures below 50 people.

Could you let us know by early May whether the 二次検査 rate (63%) is likely
to be an issue for certification, and what measures other firms have used to raise it?
{SIG_RACHEL}""",
        attachments=[att("Kestrel_KenkoKeiei_KPI_FY2024.xlsx", kenko)]))

    M.append(mail(ORG, D, "body", "pass", "benign.public_figures_surname_companies",
        "イベント登壇者の相談で、出てくるのは元大臣などの公人、歴史上の人物、人名を含む社名だけ。",
        ISHIKAWA, [TOHO_YAMADA], "社内イベント 基調講演者の候補について",
        f"""
山田様

お世話になっております。石川です。
先日ご相談いただいた、御社の「調達改革キックオフ」での基調講演者の候補をお送りします。

1. 元経済産業大臣　宮沢 啓一 氏
   　サプライチェーン強靭化法の立案に関わられた方で、政策面からのお話が可能です。
2. 鈴木製作所 代表取締役社長　鈴木 孝 氏
   　部品サプライヤー側から見た「選ばれるバイヤー」の条件について。
3. 田中紙工株式会社 取締役　田中 美和 氏
   　中小企業の立場で取り組んだ価格転嫁交渉の事例。

冒頭のご挨拶で、御社の創業者と渋沢栄一の交流のエピソードに触れると
社内の方々にも響くのではないか、という加藤常務のご提案も承知しました。
スピーチ原稿の案に反映いたします。

講演料の目安は、候補1の方が最も高くなる見込みです。
ご意向を伺えましたら、弊社から打診いたします。
{SIG_ISHIKAWA}"""))

    M.append(mail(ORG, A, "body", "pass", "benign.laptop_malware_isolation",
        "「感染」「隔離」「障害」はノートPCのマルウェアと社内システム障害の話で、個人情報はない。",
        AOKI, ["NetGuard ヘルプデスク <helpdesk@netguard.example.co.jp>"],
        "【至急】ノートPC マルウェア感染の疑い（資産番号 KP-NB-0147）",
        f"""
NetGuard Solutions
ヘルプデスク ご担当者様

お世話になっております。ケストレル・パートナーズの青木です。

本日10時ごろ、社員のノートPC（資産番号 KP-NB-0147）で
EDRからマルウェア感染のアラートが上がりました。
EDRの機能でネットワークから自動的に隔離されていることを確認済みです。

　検知時刻：2025-04-23 10:04:37 JST
　検知名　：Trojan:Win32/Qakbot.RPX!MTB
　ファイル：C:\\Users\\kp0147\\AppData\\Local\\Temp\\inv_0423.js
　SHA256　：5d2a8f1e7c3b90a4f6e21d8c7b5a3f09e4c1d2b8a6f7e3c5d90b1a2f4e6c8d37

また、同じ時間帯から社内の経費精算システムにログインできない障害が出ています。
関連があるかどうか含め、調査をお願いできますでしょうか。
PCは本人から回収し、私の席で電源を入れたまま保管しております。
{SIG_AOKI}"""))

    M.append(mail(ORG, D, "recipients", "pass", "benign.kickoff_six_addresses",
        "プロジェクトのキックオフ連絡で、見えている外部アドレスは顧客とデータ提供会社の2社6件だけ。",
        ISHIKAWA,
        [TOHO_YAMADA, "吉川 誠 <m.yoshikawa@toho-chem.example.co.jp>",
         "中川 涼 <nakagawa.r@toho-chem.example.co.jp>", "佐藤 裕子 <h.sato@toho-chem.example.co.jp>",
         "Data Services <data-services@spendscope.example.com>", "Lena Fischer <lena.fischer@spendscope.example.com>"],
        "RE: Phase 2 キックオフ（5/8）のご案内 / Kick-off logistics",
        f"""
皆様

ケストレル・パートナーズの石川です。ご返信ありがとうございます。
Phase 2 キックオフの最終案内をお送りします。

　日時：5月8日（木）10:00〜12:00
　場所：東邦化学工業 本社 15階 大会議室（オンライン併用）
　参加：東邦化学 4名、SpendScope 2名、ケストレル 4名

SpendScope の Lena Fischer さんからは、支出データの分類モデル（v2）のデモをいただきます。
Lena, the session will be in Japanese with English support; please plan for 20 minutes.

事前に、購買実績データ（2023年4月〜2025年3月、取引先コード単位）の
最新版をSpendScopeさんの共有フォルダにアップロードいただけますと幸いです。

> 石川様
> キックオフの件、承知しました。当社からは吉川、山田、中川、佐藤の4名が参加します。
> 会議室は15階の大会議室を押さえております。
> 東邦化学工業 調達企画G 山田
{SIG_ISHIKAWA}""",
        cc=["Andrew Fielding <andrew.fielding@kestrel-partners.example.com>", AOKI]))

    market = "\n".join([
        "category,supplier_count_2023,supplier_count_2025,spend_jpy_m_2023,spend_jpy_m_2025,saving_rate",
        "Logistics,142,88,3820,3410,10.7%",
        "MRO,611,295,2140,1905,11.0%",
        "IT hardware,58,21,1275,1133,11.1%",
        "Facilities,96,54,980,902,8.0%",
        "Packaging,77,40,1630,1502,7.9%",
    ])
    deck = """Phase 1 Final Report – Executive Summary (Toho Chemical)

- Indirect spend in scope: JPY 9.8bn across 984 suppliers (FY2023)
- Supplier base reduced by 48% in the five pilot categories
- Annualised savings: JPY 0.93bn (9.5%), validated with Finance on 14 April
- Next: extend category management to raw-material-adjacent spend in Phase 2
"""
    M.append(mail(ORG, D, "zip", "pass", "benign.plain_zip_deliverables",
        "パスワードなしZIPの成果物で、中身はカテゴリー別の支出・サプライヤー数の集計と要旨のみ。",
        ISHIKAWA, [TOHO_YAMADA, "吉川 誠 <m.yoshikawa@toho-chem.example.co.jp>"],
        "Phase 1 最終報告書（確定版）の送付",
        f"""
吉川部長、山田様

いつもお世話になっております。石川です。
Phase 1 の最終報告書（確定版）とデータ集をZIPにまとめてお送りいたします。
14日の経理部とのレビューで確定した削減額に差し替えております。

役員会資料への転用の際、グラフのデータが必要でしたら
同梱のCSVをご利用ください。
{SIG_ISHIKAWA}""",
        attachments=[att("Toho_Phase1_Final.zip/Executive_Summary.docx", deck),
                     att("Toho_Phase1_Final.zip/category_summary.csv", market)]))

    return M
