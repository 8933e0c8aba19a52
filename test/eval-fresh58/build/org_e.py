# -*- coding: utf-8 -*-
"""Org E: Brightwave Software Japan G.K. – HR team in Tokyo (foreign-owned IT company)."""
from common import M, att, zip_enc, XLSX, PDF, CSV, ZIP, DOCX

ORG = "E"
DOM = "brightwave.example.com"

CARTER = "Emily Carter <emily.carter@brightwave.example.com>"
TAKAHASHI = "高橋 奈央 <nao.takahashi@brightwave.example.com>"
MEHTA = "Raj Mehta <raj.mehta@brightwave.example.com>"

SIG_CARTER = """
Emily Carter
HR Business Partner, Japan｜人事ビジネスパートナー
Brightwave Software Japan G.K.（ブライトウェーブ・ソフトウェア・ジャパン合同会社）
Shiodome Tower 21F, 1-0-2 Higashi-Shimbashi, Minato-ku, Tokyo 105-0000
M: +81-80-0000-4471 | emily.carter@brightwave.example.com
Pronouns: she/her
--
CONFIDENTIALITY: This email and any attachments are intended only for the named
recipient(s). If you have received it in error, please notify the sender and delete it.
"""

SIG_TAKAHASHI = """
――――――――――――――――――――――――
ブライトウェーブ・ソフトウェア・ジャパン合同会社
People Operations（労務・給与）
高橋 奈央｜Nao Takahashi
TEL 03-0000-7720 ／ nao.takahashi@brightwave.example.com
――――――――――――――――――――――――
"""

SIG_MEHTA = """
Best,
Raj

Raj Mehta | Talent Acquisition Lead, Japan
Brightwave Software Japan G.K.
raj.mehta@brightwave.example.com | +81-3-0000-7731
We're hiring! careers.brightwave.example.com/japan
"""

MAILS = []
add = MAILS.append

# 81 H body id.mynumber (+ pension, employment insurance)
add(M("高橋", "body", "hold", "id.mynumber",
      "社労士事務所への資格取得届の依頼で、新入社員のマイナンバー・基礎年金番号・雇用保険被保険者番号を本文に平文で記載。",
      TAKAHASHI, ["社会保険労務士法人 みなと労務パートナーズ 岡田様 <okada@minato-roumu.example.jp>"],
      "12月1日入社者の資格取得手続きのお願い",
      """
社会保険労務士法人 みなと労務パートナーズ
岡田 様

いつもお世話になっております。ブライトウェーブの高橋です。
12月1日付の中途入社者1名について、社会保険・雇用保険の資格取得手続きをお願いいたします。

　氏名　　　　　　　：小川 拓真（オガワ タクマ）
　生年月日　　　　　：1988年5月30日
　住所　　　　　　　：東京都江東区豊洲0-4-9-2104
　個人番号　　　　　：7964 9107 3712
　基礎年金番号　　　：4120-385617
　雇用保険被保険者番号：5103-229847-6
　報酬月額　　　　　：780,000円（基本給のみ、通勤手当は実費精算）
　扶養家族　　　　　：なし

前職の離職票は本人が来週持参予定です。
健康保険証は資格確認書の発行で問題ないと本人から了承を得ています。

よろしくお願いいたします。
""" + SIG_TAKAHASHI,
      personal=[("name", "小川 拓真"), ("birthdate", "1988年5月30日"), ("address", "東京都江東区豊洲0-4-9-2104"),
                ("mynumber", "7964 9107 3712"), ("pension", "4120-385617"),
                ("employment_insurance", "5103-229847-6"), ("salary", "780,000円")]))

# 82 P benign.successor (Japanese)
add(M("高橋", None, "pass", "benign.successor",
      "社労士事務所への後任紹介。社内外の担当者名と署名のみ。",
      TAKAHASHI, ["社会保険労務士法人 みなと労務パートナーズ 岡田様 <okada@minato-roumu.example.jp>"],
      "給与担当の交代について（後任のご紹介）",
      """
みなと労務パートナーズ
岡田 様、山本 様

いつも大変お世話になっております。ブライトウェーブの高橋です。

私事で恐縮ですが、2025年1月より産休・育休をいただくことになりました。
休業中の給与計算・社会保険手続きの窓口は、12月に入社した 西川 翼 が担当いたします。

西川は前職で外資系企業の給与担当を5年経験しており、英語でのHQとのやり取りも問題ありません。
12月中は私と二人体制で引き継ぎを行い、12月分の給与から西川がメインで対応する予定です。

つきましては、12月10日（火）か11日（水）の午後に、オンラインで30分ほどご挨拶のお時間をいただけますでしょうか。

復職は2026年春を予定しております。
その間も、どうぞよろしくお願いいたします。
""" + SIG_TAKAHASHI,
      cc=["山本 沙織 <yamamoto@minato-roumu.example.jp>", "西川 翼 <tsubasa.nishikawa@brightwave.example.com>"]))

# 83 H body English sensitive.health
add(M("Carter", "body", "hold", "sensitive.health",
      "団体所得補償保険のブローカーへの英文連絡で、社員の氏名・社員番号と精神科の診断名（適応障害・うつ病エピソード）・休職期間を記載。",
      CARTER, ["Sophie Lambert <sophie.lambert@meridian-benefits.example.com>"],
      "GLTD claim notification – Brightwave Japan",
      """
Hi Sophie,

I hope you're well. I'd like to notify a potential claim under our Group Long-Term Disability policy (policy no. GLTD-JP-20417).

Employee:       Kenta Ito (employee ID BW-J-0312)
Role:           Senior Backend Engineer
Absence from:   9 September 2024 (continuous)
Reason:         Diagnosed by his psychiatrist with adjustment disorder with a depressive episode; currently on medical leave, with a doctor's note until 31 January 2025.
Pay status:     Full pay until 8 December under our sick leave policy, then unpaid leave (he will apply for shobyo teate from the health insurance society).

The elimination period under the policy ends on 8 December, so I'd like to start the claim paperwork now. Could you let me know which forms you need from the employer and from the employee, and whether the attending physician's statement must be in English?

Kenta has agreed that I can share the claim with you, but he's asked that any contact with him goes through me for now.

Thanks,
""" + SIG_CARTER,
      personal=[("name", "Kenta Ito"), ("employee_id", "BW-J-0312"),
                ("diagnosis", "adjustment disorder with a depressive episode")]))

# 84 H attachment English list.roster
add(M("Carter", "attachment", "hold", "list.roster",
      "本文は報酬ベンチマークの依頼だけだが、添付CSVに社員8名の氏名・生年月日・等級・基本給・賞与が入っている。外部コンサルには匿名化データで足りる。",
      CARTER, ["Daniel Brooks <d.brooks@northstar-reward.example.com>"],
      "Japan engineering comp data for benchmarking",
      """
Hi Daniel,

As discussed on Tuesday's call, attached is the current data for our Japan engineering team so you can start the market benchmarking against the Tokyo tech panel.

A few notes:
- Base salary is annual, in JPY, as of 1 November 2024.
- Bonus is the FY24 target (not actual).
- Grades follow the global Brightwave ladder (E3–E7).

We'd love to see a first cut of the analysis by 13 December, ahead of the FY25 merit planning.

Thanks!
""" + SIG_CARTER,
      attachments=[att("JP_Engineering_Comp_Nov2024.csv", CSV, """
Employee ID,Name,Date of Birth,Title,Grade,Base Salary (JPY),Target Bonus (JPY)
BW-J-0108,Haruka Yamada,1985-03-12,Engineering Manager,E7,14800000,2960000
BW-J-0154,Shota Kimura,1991-07-28,Senior Backend Engineer,E5,10200000,1020000
BW-J-0201,Priya Nair,1993-11-02,Senior Frontend Engineer,E5,9800000,980000
BW-J-0233,Takeshi Mori,1979-01-19,Staff Engineer,E6,12600000,1890000
BW-J-0287,Yui Hasegawa,1996-05-06,Backend Engineer,E4,7600000,570000
BW-J-0312,Kenta Ito,1990-09-23,Senior Backend Engineer,E5,10400000,1040000
BW-J-0340,Lucas Martin,1994-02-15,SRE,E4,8100000,610000
BW-J-0366,Aoi Fujimoto,1998-08-30,Associate Engineer,E3,5900000,300000
""")],
      personal=[("name", "Haruka Yamada"), ("birthdate", "1985-03-12"), ("salary", "14800000"),
                ("name", "Takeshi Mori"), ("birthdate", "1979-01-19"), ("name", "Aoi Fujimoto"), ("salary", "5900000")]))

# 85 P benign.employment_verification (Japanese, with consent)
add(M("高橋", None, "pass", "benign.employment_verification",
      "本人同意書の提出を受けた住宅ローンの在籍確認に、入社日・雇用形態・役職だけを回答。年収や健康情報は出していない。",
      TAKAHASHI, ["ローンセンター 審査課 <shinsa-loan@sakuranami-bank.example.jp>"],
      "Re: 在籍確認のご依頼（受付番号 HL-24-55871）",
      """
さくらなみ銀行 ローンセンター
審査課 ご担当者様

お世話になっております。ブライトウェーブ・ソフトウェア・ジャパン合同会社 人事部の高橋でございます。
ご依頼の在籍確認につきまして、ご本人の同意書（11月18日付、貴行書式）を確認のうえ、下記のとおりご回答いたします。

　氏名　　　：前田 涼介 様
　在籍　　　：在籍しております
　入社年月日：2019年4月1日
　雇用形態　：正社員（期間の定めなし）
　役職　　　：Senior Product Manager

なお、当社の規程により、年収等の給与情報については、ご本人から源泉徴収票等を直接ご提出いただくようお願いしております。
以上、よろしくお願いいたします。
""" + SIG_TAKAHASHI + """

> ブライトウェーブ・ソフトウェア・ジャパン合同会社 人事ご担当者様
> 住宅ローンのお申込みにあたり、前田 涼介 様の在籍確認をお願いいたします。
> ご本人の同意書を添付いたします。
> さくらなみ銀行 ローンセンター 審査課
"""))

# 86 P English benign.aggregate_health
add(M("Carter", None, "pass", "benign.aggregate_health",
      "HQへの四半期レポート（英語）。健康経営・ストレスチェック受検率・障害者雇用率などすべて集計値で、個人は特定できない。",
      CARTER, ["Megan O'Neill <megan.oneill@brightwave-global.example.com>"],
      "Japan People Report – Q3 FY24 (wellbeing & compliance)",
      """
Hi Megan,

Here's the Japan section for the Q3 People Report.

Headcount
- 146 employees (+9 QoQ), of which 38% women, 21% non-Japanese nationals
- Voluntary attrition (rolling 12 months): 11.2%

Wellbeing
- Annual health check completion: 100% (required by law)
- Stress check participation: 92% (last year 87%). Results are held by the external provider and our occupational physician; HR only receives group-level analysis, which showed no team above the high-stress threshold this year.
- We were certified again under METI's "Health & Productivity Management" (Kenko Keiei) programme for SMEs.
- Flu vaccination programme: 71 employees used the on-site clinic day on 6 November.

Disability employment
- Legal quota for 2024: 2.5%. Our rate as of 1 June: 2.7% (4 employees, counting rules applied). No levy payable.
- Next year's quota rises to 2.7% (July 2026), so we are working with a specialist agency on two additional roles.

Overtime
- Average monthly overtime: 14.6 hours; no employee exceeded the 45-hour limit in Q3.

Let me know if you need the slide version.

Cheers,
""" + SIG_CARTER))

# 87 H quoted English personal.resume
add(M("Mehta", "quoted", "hold", "personal.resume",
      "候補者本人のメール（氏名・生年月日・住所・電話・現年収・職歴）を、本人に無断で別の人材紹介会社に転送している。",
      MEHTA, ["Chris Ward <chris.ward@apex-search.example.com>"],
      "Fwd: Application – Platform Engineer (Ref. JP-ENG-118)",
      """
Hi Chris,

We closed the Platform Engineer role last week, but this applicant looks strong. I thought he might be a fit for one of your other clients. See his mail below.

Cheers,
""" + SIG_MEHTA + """

---------- Forwarded message ---------
From: Hiroshi Nakamura <hiroshi.nakamura.dev@gmail.com>
Date: Mon, 18 Nov 2024 at 08:12
Subject: Application – Platform Engineer (Ref. JP-ENG-118)
To: careers@brightwave.example.com

Dear Hiring Team,

I would like to apply for the Platform Engineer position.

Name: Hiroshi Nakamura
Date of birth: 4 June 1987
Address: 0-12-3 Kichijoji-Honcho, Musashino-shi, Tokyo 180-0000
Mobile: 090-0000-4193
Current salary: JPY 9.2M (base) at Kumo Data Inc.

Experience:
- 2019–present: Kumo Data Inc., Senior Infrastructure Engineer (Kubernetes, Terraform, AWS)
- 2014–2019: Tokai Systems Co., Ltd., Systems Engineer

I'm currently employed, so I would appreciate discretion.

Best regards,
Hiroshi Nakamura
""",
      personal=[("name", "Hiroshi Nakamura"), ("birthdate", "4 June 1987"),
                ("address", "0-12-3 Kichijoji-Honcho, Musashino-shi, Tokyo 180-0000"),
                ("phone", "090-0000-4193"), ("email", "hiroshi.nakamura.dev@gmail.com"),
                ("salary", "JPY 9.2M (base)")]))

# 88 P English benign.self_subject (offer holder's own invitation)
add(M("Mehta", None, "pass", "benign.self_subject",
      "内定者本人への入社前オリエンテーション案内（英語）。本人の入社日などを本人にだけ送っている。",
      MEHTA, ["Yuna Shibata <yuna.shibata.2025@gmail.com>"],
      "Welcome to Brightwave! Your pre-joining orientation on 18 January",
      """
Hi Yuna,

Congratulations again on accepting our offer for the Associate Product Designer role! We're all really looking forward to working with you.

Before your start date on 1 April 2025, we'd like to invite you to a pre-joining orientation:

Date:    Saturday, 18 January 2025, 13:00–16:00
Place:   Brightwave Tokyo office, Shiodome Tower 21F (reception on 21F)
Agenda:  Office tour, meet your team (Design & Research), lunch with this year's new graduates, Q&A with HR

Please bring:
- Your signed employment contract (if you haven't returned it yet)
- A photo for your ID badge (or we can take one on the day)

Travel costs will be reimbursed. Just keep your receipts.

Could you let me know by 20 December if you can join? If the date doesn't work, we can arrange a separate online session.

See you soon!
""" + SIG_MEHTA))

# 89 H subject English sensitive.criminal
add(M("Mehta", "subject", "hold", "sensitive.criminal",
      "本文は電話依頼だけだが、件名に候補者の氏名と前科（飲酒運転の有罪判決）が入っている。",
      MEHTA, ["Chris Ward <chris.ward@apex-search.example.com>"],
      "Background check – Sarah Lin – prior conviction (DUI, 2019) flagged",
      """
Hi Chris,

Could you ask the candidate to give me a call tomorrow (Thu) between 10:00 and 12:00? There's one item from the screening report I need to discuss with her directly before we can finalise the offer.

Please don't share the report itself with her; I'll go through it on the phone.

Thanks,
""" + SIG_MEHTA,
      personal=[("name", "Sarah Lin"), ("criminal", "prior conviction (DUI, 2019)")]))

# 90 P English benign.test_card (UAT minutes)
add(M("Carter", None, "pass", "benign.test_card",
      "経費精算システムのUAT議事録。Luhn的には有効な4111…は公知のテストカード番号で、テスト環境でのみ使用。",
      CARTER, ["Kevin Cho <kevin.cho@expensio.example.com>"],
      "Minutes – Expensio UAT session #3 (corporate card feed)",
      """
Hi Kevin,

Thanks for running today's session. Minutes below. Please correct anything I got wrong.

Expensio UAT #3 – corporate card feed
Date: 21 Nov 2024, 15:00–16:00 JST (Zoom)
Attendees: Kevin Cho, Anna Petrova (Expensio); Emily Carter, Nao Takahashi, Ryo Ishida (Brightwave)

1. Card feed import
   - Test transactions posted with the standard Visa test card 4111 1111 1111 1111 in the UAT tenant imported correctly (12/12).
   - Masking in the UI shows **** 1111 as expected. Full numbers never appear in exports.
2. Receipt matching
   - JPY receipts OK. USD receipts show rounding differences of 1 yen on 2 of 9 tests (Expensio to check, ticket EXP-4471).
3. Approval routing
   - Second-level approval for amounts over JPY 100,000 works. Delegation during leave not yet configured (Brightwave to send the rules).
4. Next steps
   - Regression test after the EXP-4471 fix: 28 Nov.
   - Go/no-go for production: 5 Dec.

Reminder: no real card numbers in UAT. Production card data comes only via the issuer's secure feed.

Best,
""" + SIG_CARTER,
      cc=["Anna Petrova <anna.petrova@expensio.example.com>", TAKAHASHI]))

# 91 P English benign.it_outage (malware, quarantine)
add(M("高橋", None, "pass", "benign.it_outage",
      "委託先への英文注意喚起。「infected」「quarantined」「障害」はPCのマルウェアとシステムの話で、人の健康情報ではない。",
      TAKAHASHI, ["PayNest Support <support@paynest.example.jp>"],
      "Security notice: phishing mails from a compromised HR laptop (21 Nov)",
      """
Dear PayNest Support team,

This is a short notice from Brightwave Japan People Operations.

On 21 November, between about 09:40 and 11:05 JST, one HR laptop was infected with malware after a phishing attachment was opened. Our IT security team has quarantined the device and reset the affected account. So far we have no evidence that payroll data was accessed.

During that window, the compromised mailbox may have sent mails titled "Updated payroll calendar" with a link to an external site. If any of your staff received such a mail from our domain, please do not click the link and simply delete it.

Note: this also caused a short outage (障害) of our HR shared mailbox. If you sent anything to people-ops@brightwave.example.com between 10:00 and 13:00 on 21 November, please resend it.

The November payroll schedule is unchanged.

Thank you for your understanding.
""" + SIG_TAKAHASHI))

# 92 H body English id.bank_account
add(M("高橋", "body", "hold", "id.bank_account",
      "給与計算代行会社への英文依頼で、フリーランス講師（個人）の銀行口座番号・名義を本文に記載。",
      TAKAHASHI, ["PayNest Support <support@paynest.example.jp>"],
      "Off-cycle payment request – freelance trainer fee (November)",
      """
Dear PayNest team,

Could you please add the following payment to the off-cycle run on 29 November?

Payee:          Mika Sato (freelance trainer, individual)
Purpose:        Leadership workshop fee, 2 sessions (12 and 19 November)
Amount:         JPY 330,000 (before withholding tax of 10.21% = JPY 33,693)
Net payment:    JPY 296,307
Bank:           Mizuho-dori Bank, Ebisu Branch (branch code 641)
Account type:   Ordinary (futsu)
Account number: 4073318
Account name:   SATO MIKA

The invoice and the approval from our HR Director are in the shared folder under /Nov2024/offcycle/.

Many thanks,
""" + SIG_TAKAHASHI,
      personal=[("name", "Mika Sato"), ("bank_branch", "Mizuho-dori Bank, Ebisu Branch"),
                ("bank_account", "4073318"), ("account_holder", "SATO MIKA")]))

# 93 H zip
add(M("高橋", "zip", "hold", "attachment.encrypted_zip",
      "給与データをパスワード付きZIPで社労士事務所へ送付（PPAP）。",
      TAKAHASHI, ["社会保険労務士法人 みなと労務パートナーズ 山本様 <yamamoto@minato-roumu.example.jp>"],
      "11月分 勤怠・給与変動データの送付",
      """
みなと労務パートナーズ
山本 様

いつもお世話になっております。ブライトウェーブの高橋です。
11月分の勤怠データと給与変動データをお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールでお送りします。

今月は中途入社1名、退職者なしです。
よろしくお願いいたします。
""" + SIG_TAKAHASHI,
      attachments=[zip_enc("BW_給与変動_202411.zip")]))

# 94 P English benign.project_small_group (6 visible addresses, 2 companies)
add(M("Carter", None, "pass", "benign.project_small_group",
      "HRIS導入プロジェクトの連絡。見えている宛先は2社の6アドレスのみで、社外は1社3名。",
      CARTER, ["Tom Keller <tom.keller@peoplegrid.example.com>", "Aya Kobayashi <aya.kobayashi@peoplegrid.example.com>"],
      "PeopleGrid rollout – cut-over plan and open items (week 47)",
      """
Hi Tom, Aya,

Thanks for the updated cut-over plan. A few points from our side:

1. Data migration
   - We'll freeze changes in the old system on 13 December, 18:00 JST.
   - Employee master data will be exported by Nao as agreed; please confirm the SFTP folder is ready by 11 December.
2. Japanese-specific fields
   - We still need the "furigana" fields on the profile screen and on the org chart export. Aya, can you confirm this is in release 24.12?
   - Commuting allowance (通勤手当) should stay in payroll only, not in PeopleGrid.
3. Training
   - Manager training sessions: 7 and 8 January, 30 minutes each, English with Japanese Q&A.
4. Hypercare
   - 2 weeks after go-live, daily 15-minute stand-up at 09:30.

Raj will own the recruiting module configuration from our side.

Best,
""" + SIG_CARTER,
      cc=["Lena Fischer <lena.fischer@peoplegrid.example.com>", TAKAHASHI, MEHTA]))

# 95 H quoted English id.residence_card
add(M("Mehta", "quoted", "hold", "id.residence_card",
      "行政書士への依頼だが、引用された社員本人のメールに在留カード番号・旅券番号・生年月日が入っている。",
      MEHTA, ["Ms. Harada, Immigration Lawyer <harada@harada-gyosei.example.jp>"],
      "Fwd: Visa renewal – documents",
      """
Dear Harada-sensei,

Please see below the information from our engineer for his visa renewal (Engineer/Specialist in Humanities/International Services). His current period of stay ends on 14 February 2025, so we'd like to file in December if possible.

We'll courier the company documents (registry certificate, financial statements, and the employment certificate) to your office this week.

Thank you for your help.
""" + SIG_MEHTA + """

---------- Forwarded message ---------
From: Arjun Reddy <arjun.reddy@brightwave.example.com>
Date: Wed, 20 Nov 2024 at 17:25
Subject: Visa renewal – documents
To: Raj Mehta <raj.mehta@brightwave.example.com>

Hi Raj,

Here are my details for the renewal:

Full name: Arjun Reddy
Date of birth: 22 October 1991
Nationality: India
Passport no.: Z7741936 (valid until 2031)
Residence card no.: RK58203716JA
Current address: 0-8-15 Nishi-Kasai, Edogawa-ku, Tokyo

My wife's dependent visa renewal is due at the same time. Should I send her details as well?

Thanks,
Arjun
""",
      personal=[("name", "Arjun Reddy"), ("birthdate", "22 October 1991"), ("passport", "Z7741936"),
                ("residence_card", "RK58203716JA"), ("address", "0-8-15 Nishi-Kasai, Edogawa-ku, Tokyo")]))

# 96 P English benign.log_hash
add(M("Carter", None, "pass", "benign.log_hash",
      "SSO監査ログのハッシュ値とイベントIDだけを送った問い合わせ（英語）。長い16進文字列は人の識別子ではない。",
      CARTER, ["PeopleGrid Security <security@peoplegrid.example.com>"],
      "Audit log integrity check – export batch 2024-11-20",
      """
Hello PeopleGrid Security team,

As part of our quarterly access review, we compared the SHA-256 hashes of the SSO audit log exports with the values shown in the admin console. Two batches do not match:

Batch ID          Console value (SHA-256)
AL-20241120-03    9f2c4e7a1b0d83f5c6e2a9b4d7f10e3c58a6b2d9e4f7013c8a5d6e2b9f4c7a10
AL-20241120-07    3b8e0f6d2c9a47e1b5d8f3a0c6e9b2d7f4a1c8e5b0d3f6a9c2e7b4d1f8a5c0e3

Our local hashes (same files, downloaded twice on 21 Nov):
AL-20241120-03    e1a7c3f9b5d2e8a4c0f6b3d9e5a1c7f2b8d4e0a6c3f9b5d1e7a2c8f4b0d6e3a9
AL-20241120-07    3b8e0f6d2c9a47e1b5d8f3a0c6e9b2d7f4a1c8e5b0d3f6a9c2e7b4d1f8a5c0e3 (matches after re-download)

Could you check whether batch 03 was regenerated on your side after the export? The event IDs in question are evt_7Hq2LkP9 to evt_7Hq2Lz41.

No user data is needed for this check, so we haven't attached the log files.

Thanks,
""" + SIG_CARTER))

# 97 P English benign.self_subject (lecturer's own fee, masked account)
add(M("Mehta", None, "pass", "benign.self_subject",
      "外部講師本人への謝礼支払の案内（英語）。口座番号は末尾以外マスク済みで、本人の情報を本人に送っている。",
      MEHTA, ["Dr. Laura Kim <laura.kim.speaks@gmail.com>"],
      "Thank you – speaker fee for the Women in Tech panel",
      """
Dear Dr. Kim,

Thank you so much for joining our Women in Tech panel last Friday. The feedback from the audience was wonderful. Several of our interns said it was the highlight of their programme.

As agreed, we will pay your speaker fee as follows:

Amount:   JPY 150,000 (withholding tax deducted as required; a payment statement will follow in January)
Date:     6 December 2024
Account:  the account you registered with us (Ordinary, ending ***8821)

If you have changed your bank details since you filled in the form, please let us know by 29 November.

Thank you again, and we'd love to invite you back next year.

Warm regards,
""" + SIG_MEHTA))

# 98 H attachment personal.family
add(M("高橋", "attachment", "hold", "personal.family",
      "本文は物件探しの依頼だけだが、添付の社宅申請書に社員の配偶者・子どもの氏名・生年月日・学校・現住所が入っている。",
      TAKAHASHI, ["Relocation Desk <desk@tokyo-reloc.example.jp>"],
      "社宅物件のご紹介依頼 / Company housing request (new hire from Singapore)",
      """
東京リロケーションサービス
Relocation Desk ご担当者様

いつもお世話になっております。ブライトウェーブの高橋です。
来年1月に転勤で着任する社員の社宅探しをお願いいたします。
詳細は添付の申請書をご確認ください。

- Budget: up to JPY 450,000/month
- Preferred area: 港区・目黒区（通勤45分以内）
- Move-in: around 6 January 2025

よろしくお願いいたします。
""" + SIG_TAKAHASHI,
      attachments=[att("社宅申請書_Company_Housing_Application.docx", DOCX, """
社宅申請書 / Company Housing Application

Employee:          Marcus Tan Wei Ming (Director, Solutions Engineering)
Current address:   0-21 Holland Grove Road, #08-14, Singapore 270000
Start date in JP:  6 January 2025

Family members moving to Japan:
  Spouse:    Tan Li Ying, born 11 March 1984
  Child 1:   Ethan Tan, born 2 July 2014 (Grade 5, will attend an international school in Minato-ku)
  Child 2:   Chloe Tan, born 19 September 2018 (Kindergarten K3)

Pets: 1 small dog
Special requests: 3LDK or larger, near an international school, parking for 1 car
""")],
      personal=[("name", "Marcus Tan Wei Ming"), ("address", "0-21 Holland Grove Road, #08-14, Singapore 270000"),
                ("name", "Tan Li Ying"), ("birthdate", "11 March 1984"), ("name", "Ethan Tan"),
                ("birthdate", "2 July 2014"), ("name", "Chloe Tan"), ("birthdate", "19 September 2018")]))

# 99 P English benign.plain_zip
add(M("Mehta", None, "pass", "benign.plain_zip",
      "就職イベント用のブース資料を通常のZIP（暗号化なし）で送付。中身はロゴやパンフレットだけ。",
      MEHTA, ["Yoko Hirano <y.hirano@campus-events.example.jp>"],
      "Booth materials for the Tech Career Fair (7 Dec)",
      """
Hi Hirano-san,

Attached are our booth materials for the Tech Career Fair on 7 December. It's a normal zip file (no password).

- Banner artwork (print-ready PDF, 2000 x 850 mm)
- Company logo (SVG and PNG)
- Brochure (Japanese and English)
- Slide deck for the 15-minute company presentation

Our team on the day: Raj Mehta, Haruka Yamada (Engineering Manager), and two engineers. We'll arrive at 08:30 for setup.

Please let me know if the banner size needs adjusting.
""" + SIG_MEHTA,
      attachments=[att("Brightwave_booth_TechCareerFair_2024.zip", ZIP, """
Brightwave_booth_TechCareerFair_2024/
  banner_2000x850_print.pdf
  logo/brightwave_logo.svg
  logo/brightwave_logo_white.png
  brochure_JP.pdf
  brochure_EN.pdf
  company_presentation_15min.pptx
  README.txt
""")]))

# 100 H recipients English
add(M("Mehta", "recipients", "hold", "recipients.visible_outside",
      "内定者12名の個人アドレスをToに並べた一斉案内。互いの氏名・アドレスが見えてしまう。",
      MEHTA,
      ["Yuna Shibata <yuna.shibata.2025@gmail.com>",
       "Sota Kaneko <sota.kaneko@example-univ.ac.jp>",
       "Mei Tanaka <mei.tanaka.0704@gmail.com>",
       "Ren Ogawa <ren-ogawa@example-mail.jp>",
       "Hina Matsumoto <hina.m@yahoo.example.jp>",
       "Kaito Suzuki <kaito.suzuki@example-tech.ac.jp>",
       "Jiwoo Park <jiwoo.park.dev@gmail.com>",
       "Riko Endo <riko.endo@outlook.example.com>",
       "Daichi Inoue <daichi.inoue99@gmail.com>",
       "Sakura Ito <sakura-ito@example-univ.ac.jp>",
       "Minh Tran <minh.tran.tokyo@gmail.com>",
       "Kenta Yoshida <kenta.yoshida@example-mail.jp>"],
      "2025 New Graduate Onboarding – save the date (1 April)",
      """
Hi everyone,

Congratulations once more on joining Brightwave Japan as part of our 2025 new graduate cohort! There are twelve of you this year, our biggest group yet.

Please save the date:

Onboarding Day
Tuesday, 1 April 2025, 09:30–17:30
Brightwave Tokyo office, Shiodome Tower 21F

We'll send the detailed agenda, laptop setup instructions, and the documents you need to bring (for payroll and social insurance) in early March.

In the meantime, we've created a Slack channel for the cohort. You'll get an invitation later this week.

See you in April!
""" + SIG_MEHTA))
