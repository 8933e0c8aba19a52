# -*- coding: utf-8 -*-
"""Org E: 丸越商事株式会社 グローバル人事部 海外人事グループ（海外赴任）"""

ORG = "E"
DOM = "marukoshi.example.co.jp"

MATSUDA = "Keiko Matsuda 松田 恵子 <keiko.matsuda@marukoshi.example.co.jp>"
SAEKI = "佐伯 隆 <takashi.saeki@marukoshi.example.co.jp>"
YAMAUCHI = "Haruka Yamauchi <haruka.yamauchi@marukoshi.example.co.jp>"

SIG_MATSUDA = """
--------------------------------------------------
Keiko Matsuda (松田 恵子)
Assistant Manager, International HR Group
Global Human Resources Dept.
Marukoshi Corporation (丸越商事株式会社)
2-7-1 Nihonbashi-Muromachi, Chuo-ku, Tokyo 103-0022, Japan
Tel: +81-3-5555-2871 / Mobile: +81-90-4418-2235
--------------------------------------------------
CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended
solely for the addressee(s). If you received it in error, please notify
the sender and delete it."""

SIG_SAEKI = """
――――――――――――――――――――
丸越商事株式会社
人事総務本部 グローバル人事部
海外人事グループ長　佐伯 隆
〒103-0022 東京都中央区日本橋室町2-7-1 丸越ビル14F
TEL 03-5555-2870（代）
――――――――――――――――――――"""

SIG_YAMAUCHI = """
Best regards,
Haruka Yamauchi（山内 遥）
International HR Group, Marukoshi Corporation
Tel: +81-3-5555-2874
haruka.yamauchi@marukoshi.example.co.jp"""

RELO_JP = "Global Relo Japan 小野 晴香 <h.ono@global-relo.example.jp>"
RELO_SG = "Global Relo Asia – Rachel Tan <rachel.tan@global-relo.example.com>"

MAILS = []

# ---------------------------------------------------------------- holds
MAILS.append(dict(
    writer="yamauchi", loc="body", expect="hold",
    kind="id.passport_numbers_for_visa",
    why="ビザ代行業者へ、赴任者と帯同家族のパスポート番号・生年月日を本文に並べて送っている。",
    **{"from": YAMAUCHI},
    to=["Visa Link Singapore – Jason Lim <jason.lim@visa-link.example.sg>"],
    cc=["Marukoshi Singapore HR – Mei Ling Goh <meiling.goh@marukoshi.example.com.sg>"],
    subject="EP / DP application – Mr. Shota Otsuka and family",
    text="""Dear Jason,

Thank you for your support as always.
Please proceed with the Employment Pass and Dependant's Pass applications for the following.
Scanned passport copies will follow via your portal.

Main applicant
  Name: OTSUKA SHOTA
  Date of birth: 14 Mar 1986
  Passport No.: TS4418207 (expiry 09 Jan 2032)
  Position: Deputy General Manager, Chemicals Division, Marukoshi Singapore Pte. Ltd.
  Monthly salary: SGD 14,500

Dependants
  Spouse: OTSUKA MIKI, DOB 02 Aug 1988, Passport No. TR7730194
  Child:  OTSUKA RIN, DOB 21 Nov 2019, Passport No. TK2208815

Target arrival date is 1 September. Please let me know if anything else is needed
(e.g. marriage certificate translation).
""" + SIG_YAMAUCHI,
    personal=[
        {"type": "name", "value": "OTSUKA SHOTA"},
        {"type": "birthdate", "value": "14 Mar 1986"},
        {"type": "passport", "value": "TS4418207"},
        {"type": "passport", "value": "TR7730194"},
        {"type": "passport", "value": "TK2208815"},
    ],
))

MAILS.append(dict(
    writer="yamauchi", loc="attachment", expect="hold",
    kind="personal.family_data_for_company_housing",
    why="本文は添付の案内だけだが、添付の社宅申請書に赴任者家族全員の氏名・生年月日・子の学校・持病まで載っている。",
    **{"from": YAMAUCHI},
    to=[RELO_SG],
    subject="Housing request – Kondo family (Bangkok)",
    text="""Dear Rachel,

Please find attached the housing request form for our assignee to Bangkok.
The family would like to start viewing from the week of 14 July.

Thank you.
""" + SIG_YAMAUCHI,
    attachments=[dict(
        filename="Housing_Request_Kondo.pdf", contentType="application/pdf",
        text="""HOUSING REQUEST FORM – Marukoshi (Thailand) Co., Ltd.

Assignee: KONDO Yusuke (近藤 祐介)   DOB: 1981-05-27   Grade: M2
Current address (Japan): 2-14-8 Kugayama, Suginami-ku, Tokyo
Mobile: +81-80-5562-3190
Family members:
  Spouse  KONDO Asami   DOB 1983-12-04
  Son     KONDO Haruto  DOB 2014-02-19  School: Thai-Japanese Association School (Gr.6)
  Daughter KONDO Sana   DOB 2018-09-30  School: Kindergarten TBD
Budget: THB 85,000 / month (company rule Grade M2)
Preferences: Sukhumvit Soi 33-49, 3BR, near school bus route
Special notes: Daughter has severe asthma – no carpet, air purifier required, hospital within 15 min.
""")],
    personal=[
        {"type": "name", "value": "KONDO Yusuke"},
        {"type": "birthdate", "value": "1981-05-27"},
        {"type": "address", "value": "2-14-8 Kugayama, Suginami-ku, Tokyo"},
        {"type": "name", "value": "KONDO Sana"},
        {"type": "health", "value": "Daughter has severe asthma"},
    ],
))

MAILS.append(dict(
    writer="matsuda", loc="quoted", expect="hold",
    kind="sensitive.spouse_pregnancy_condition_quoted",
    why="リロケーション会社への転送で、引用部分に赴任者の妻の妊娠と妊娠糖尿病の診断が氏名付きで書かれている。",
    **{"from": MATSUDA},
    to=[RELO_SG],
    cc=["Marukoshi Vietnam HR <hr@marukoshi-vn.example.com>"],
    subject="FW: Hanoi housing – request from Mr. Ito",
    text="""Hi Rachel,

Please see Mr. Ito's message below. Could you re-prioritise the Hanoi listings
so that the apartment is within 10-15 minutes of a hospital with an obstetrics department?
Ideally Tay Ho or Ba Dinh district.

Many thanks,
Keiko
""" + SIG_MATSUDA + """

From: 伊藤 大輔 <daisuke.ito@marukoshi-vn.example.com>
Sent: Wednesday, June 11, 2025 6:12 PM
To: 松田 恵子 <keiko.matsuda@marukoshi.example.co.jp>
Subject: ハノイの住居について

松田さん

お世話になっております。ハノイ赴任予定の伊藤です。
住居の件で1点ご相談させてください。

妻（伊藤 真奈）が現在妊娠6か月で、先週の健診で妊娠糖尿病と診断されました。
インスリン治療が必要になる可能性があるとのことで、
出産はハノイの日系対応病院で考えています。
そのため、住居はできるだけ病院に近いところを希望します。
リロケーション会社さんにもお伝えいただけますでしょうか。

伊藤
""",
    personal=[
        {"type": "name", "value": "伊藤 真奈"},
        {"type": "health", "value": "妊娠6か月"},
        {"type": "diagnosis", "value": "妊娠糖尿病と診断"},
    ],
))

MAILS.append(dict(
    writer="saeki", loc="body", expect="hold",
    kind="sensitive.pre_assignment_health_result",
    why="医療アシスタンス会社へ、赴任予定者本人の健診結果と糖尿病・高血圧の治療状況を本文で伝えている。",
    **{"from": SAEKI},
    to=["メドアシスト ジャパンデスク 看護師 河野 沙織 <s.kono@medassist.example.com>"],
    subject="ハノイ赴任予定者の服薬継続について（ご相談）",
    text="""メドアシスト ジャパンデスク
河野様

いつもお世話になっております。丸越商事 海外人事グループの佐伯です。
8月にハノイへ赴任予定の社員について、現地での治療継続をご相談させてください。

　氏名：藤原 健（48歳）
　赴任前健診（6/3実施）の主な結果
　　・HbA1c 8.2%、空腹時血糖 168 → 2型糖尿病、現在インスリン（持効型）使用中
　　・血圧 152/98 → 高血圧、降圧剤 2剤服用中
　　・産業医所見：「就業可（条件付き）。定期通院必須」

お伺いしたいのは、
1. ハノイでインスリン（同一製剤）を継続入手できる医療機関
2. 赴任時に持ち込める薬の量（英文診断書の要否）
3. 3か月ごとの通院先として推奨できる日系クリニック
の3点です。

ご本人には、アシスタンス会社に相談することを了承いただいています。
""" + SIG_SAEKI,
    personal=[
        {"type": "name", "value": "藤原 健"},
        {"type": "health", "value": "HbA1c 8.2%"},
        {"type": "diagnosis", "value": "2型糖尿病"},
        {"type": "diagnosis", "value": "高血圧、降圧剤 2剤服用中"},
    ],
))

MAILS.append(dict(
    writer="matsuda", loc="subject", expect="hold",
    kind="id.residence_card_in_subject",
    why="本文は短い依頼だけだが、件名に来日社員の氏名と在留カード番号が入っている。",
    **{"from": MATSUDA},
    to=[RELO_JP],
    subject="Inpatriate NGUYEN Van Minh – Residence Card No. UH48213759EN – bank account opening",
    text="""小野さん

お世話になっております。松田です。
件名の件、先日お話ししたとおり銀行口座開設の同行をお願いします。
候補日は6/23（月）午後か6/24（火）午前です。

よろしくお願いいたします。
""" + SIG_MATSUDA,
    personal=[
        {"type": "name", "value": "NGUYEN Van Minh"},
        {"type": "residence_card", "value": "UH48213759EN"},
    ],
))

MAILS.append(dict(
    writer="yamauchi", loc="zip", expect="hold",
    kind="list.zip_assignee_list_for_rfp",
    why="引越業者の見積依頼に付けたzip内に、赴任者の氏名・生年月日・自宅住所・家族人数の一覧が入っている。",
    **{"from": YAMAUCHI},
    to=["ワールドムーバーズ 法人営業部 中野 悟 <s.nakano@world-movers.example.co.jp>"],
    subject="2025年下期 海外引越 見積依頼（RFP）",
    text="""ワールドムーバーズ株式会社
法人営業部 中野様

いつもお世話になっております。丸越商事 海外人事グループの山内です。
2025年下期の海外引越について、見積をお願いしたくご連絡しました。

対象者の一覧をzipでお送りします（パスワードはかけていません）。
訪問見積の日程は各赴任者と直接調整いただいて構いません。
ご回答は7月18日までにお願いいたします。
""" + SIG_YAMAUCHI,
    attachments=[dict(
        filename="RFP_2025H2.zip/assignees_2025H2.csv", contentType="text/csv",
        text="""name,birth_date,destination,departure,home_address,mobile,family_size
近藤 祐介,1981-05-27,Bangkok,2025-08-18,東京都杉並区久我山2-14-8,080-5562-3190,4
伊藤 大輔,1984-01-09,Hanoi,2025-08-25,神奈川県川崎市中原区小杉町3-264-2-1705,090-2281-4406,2
藤原 健,1977-03-15,Hanoi,2025-08-04,埼玉県さいたま市浦和区高砂4-1-7,080-7735-1182,1
大塚 翔太,1986-03-14,Singapore,2025-09-01,東京都江東区豊洲5-6-36-3302,070-1194-8820,3
""")],
    personal=[
        {"type": "name", "value": "伊藤 大輔"},
        {"type": "birthdate", "value": "1984-01-09"},
        {"type": "address", "value": "神奈川県川崎市中原区小杉町3-264-2-1705"},
        {"type": "phone", "value": "090-2281-4406"},
        {"type": "name", "value": "藤原 健"},
    ],
))

_EXPATS = [
    "大塚 翔太 <shota.otsuka@marukoshi.example.com.sg>",
    "Mei Ling Goh <meiling.goh@marukoshi.example.com.sg>",
    "伊藤 大輔 <daisuke.ito@marukoshi-vn.example.com>",
    "藤原 健 <ken.fujiwara@marukoshi-vn.example.com>",
    "近藤 祐介 <yusuke.kondo@marukoshi.example.co.th>",
    "岡田 浩二 <koji.okada@marukoshi.example.co.th>",
    "吉田 美紀 <miki.yoshida@marukoshi-usa.example.com>",
    "Brian Walsh <brian.walsh@marukoshi-usa.example.com>",
    "原 智之 <tomoyuki.hara@marukoshi-de.example.de>",
    "小林 正人 <masato.kobayashi@marukoshi-mx.example.com.mx>",
    "村井 恵美 <emi.murai.home@gmail.com>",
    "山崎 亮 <ryo.yamazaki.1979@yahoo.co.jp>",
    "Global Relo Asia – Rachel Tan <rachel.tan@global-relo.example.com>",
    "ABC Tax Advisory – Tokyo <tokyo@abc-tax.example.jp>",
]

MAILS.append(dict(
    writer="saeki", loc="recipients", expect="hold",
    kind="recipients.expat_tax_notice_in_to",
    why="海外子会社の赴任者、私用アドレス、外部の税理士・リロケーション会社など14の外部アドレスをToに並べて一斉送信している。",
    **{"from": SAEKI},
    to=_EXPATS,
    subject="【海外赴任者各位】2025年分 日本の住民税・確定申告に関するご案内",
    text="""海外赴任者の皆様
関係各社ご担当者様

丸越商事 海外人事グループの佐伯です。
2025年分の日本の税務手続きについてご案内します。

1. 出国年に日本で確定申告が必要な方
　　不動産収入がある方、年の途中で出国した方は、納税管理人（ABC Tax Advisory）経由で申告します。
2. 住民税
　　1月1日時点で日本に住所がない方は、2026年度の住民税は課税されません。
3. 必要書類の提出
　　源泉徴収票、不動産収支の資料等を 2026年1月31日 までに各自アップロードしてください。

ご質問は海外人事グループ（03-5555-2870）までお寄せください。
""" + SIG_SAEKI,
))

MAILS.append(dict(
    writer="matsuda", loc="zip", expect="hold",
    kind="attachment.encrypted_zip",
    why="パスワード付きzipを添付しており、PPAPとして保留対象。",
    **{"from": MATSUDA},
    to=["Marukoshi (Thailand) HR – Siriporn K. <siriporn.k@marukoshi.example.co.th>"],
    subject="Assignment terms – Mr. Kondo (effective 1 Sep 2025)",
    text="""Dear Siriporn,

Please find attached the assignment terms for Mr. Kondo.
The file is password-protected; I will send the password in a separate e-mail.

Best regards,
Keiko
""" + SIG_MATSUDA,
    attachments=[dict(filename="Assignment_Terms_Kondo_2025.zip", contentType="application/zip", encrypted=True)],
))

MAILS.append(dict(
    writer="yamauchi", loc="attachment", expect="hold",
    kind="personal.payslip_to_wrong_party",
    why="住宅手当の確認書類のつもりで、赴任者本人の給与明細（支給額・控除額・振込口座）をリロケーション会社に送っている。",
    **{"from": YAMAUCHI},
    to=[RELO_SG],
    subject="Housing allowance confirmation – Mr. Okada",
    text="""Dear Rachel,

As requested, attached is the document for the housing allowance confirmation for Mr. Okada.
Please let me know if you need anything else for the lease renewal.
""" + SIG_YAMAUCHI,
    attachments=[dict(
        filename="Payslip_2025-05_Okada.pdf", contentType="application/pdf",
        text="""丸越商事株式会社 給与明細書 2025年5月分
社員番号 M-008714　氏名 岡田 浩二　所属 Marukoshi (Thailand) 出向

支給：基本給 512,000 / 海外勤務手当 180,000 / 住宅手当（現地）THB 95,000相当 / 家族手当 30,000
控除：健康保険 31,878 / 厚生年金 59,475 / 所得税 0（非居住者）/ 住民税 0 / 社宅使用料 20,000
差引支給額 610,647円
振込先：みなと銀行 日本橋支店 普通 3385902
""")],
    personal=[
        {"type": "name", "value": "岡田 浩二"},
        {"type": "salary", "value": "差引支給額 610,647円"},
        {"type": "bank_account", "value": "みなと銀行 日本橋支店 普通 3385902"},
    ],
))

MAILS.append(dict(
    writer="matsuda", loc="body", expect="hold",
    kind="sensitive.inpatriate_religion",
    why="来日社員の家族の宗教（イスラム教）と礼拝・食事の配慮事項を、氏名付きで外部のリロケーション会社に伝えている。",
    **{"from": MATSUDA},
    to=[RELO_JP],
    subject="マレーシアからの来日社員 住居探しの条件について",
    text="""Global Relo Japan
小野さん

お世話になっております。松田です。
9月にクアラルンプールから東京本社へ着任する AHMAD Faizal bin Hassan さん（ご家族4名）の
住居探しについて、条件を追加でお伝えします。

ご本人から伺った内容です。
・ご家族全員がイスラム教徒で、1日5回の礼拝があるため、
　西向き（キブラ方向）に礼拝スペースが取れる部屋を希望
・ハラール食材店と、可能であれば徒歩圏にモスク（代々木上原・大塚あたり）
・奥様（Nurul Aina さん）はヒジャブを着用しているので、
　大家さんが外国人・ムスリムの入居に理解のある物件を優先したい

予算は月 38万円（会社規程上限）です。
9月第1週に内見できるよう、候補を3件ほど挙げていただけますか。
""" + SIG_MATSUDA,
    personal=[
        {"type": "name", "value": "AHMAD Faizal bin Hassan"},
        {"type": "religion", "value": "ご家族全員がイスラム教徒"},
        {"type": "name", "value": "Nurul Aina"},
    ],
))

# ---------------------------------------------------------------- passes
MAILS.append(dict(
    writer="matsuda", loc="quoted", expect="pass",
    kind="benign.relocation_kickoff_chain",
    why="リロケーション会社との打合せ日程の英文のやりとりで、担当者名と長い署名が並ぶだけ。",
    **{"from": MATSUDA},
    to=[RELO_SG],
    cc=["Global Relo Asia – Kevin Ong <kevin.ong@global-relo.example.com>", RELO_JP],
    subject="RE: Quarterly review meeting – July",
    text="""Hi Rachel,

Thursday 17 July, 10:00 SGT (11:00 JST) works for us.
From our side, Mr. Saeki (Head of International HR) and I will join.
Could you send the Teams invite and the Q2 service report beforehand?

Agenda from our side:
- Q2 KPIs (home search lead time, move-in satisfaction)
- Hanoi and Bangkok volume forecast for H2 (about 9 families)
- Invoice consolidation for Japan and Singapore entities

Best regards,
Keiko
""" + SIG_MATSUDA + """

From: Rachel Tan <rachel.tan@global-relo.example.com>
Sent: Monday, June 30, 2025 4:05 PM
Subject: Quarterly review meeting – July

Dear Keiko-san,

Hope you are well. We would like to schedule our Q2 quarterly review.
Would any of the following work for you?
 - Tue 15 July, 14:00 SGT
 - Thu 17 July, 10:00 SGT
 - Fri 18 July, 15:00 SGT

Kevin Ong (our new Account Director, Japan & ASEAN) will also join to introduce himself.

Kind regards,
Rachel Tan | Senior Client Services Manager
Global Relo Asia Pte. Ltd.
8 Marina View, #21-02, Singapore 018960
T +65 6555 0193 | M +65 9555 7741
""",
))

MAILS.append(dict(
    writer="saeki", loc="body", expect="pass",
    kind="benign.swift_corporate_remittance",
    why="海外子会社の法人口座（SWIFTコード付き）への増資送金の確認で、個人の口座ではない。",
    **{"from": SAEKI},
    to=["Marukoshi Vietnam Finance – Tran Thi Lan <lan.tran@marukoshi-vn.example.com>"],
    cc=["丸越商事 財務部 為替課 <kawase@marukoshi.example.co.jp>"],
    subject="赴任準備金の送金について / Remittance for relocation advance",
    text="""Dear Ms. Lan,

丸越商事 海外人事グループの佐伯です。
8月赴任者2名分の赴任準備金（立替分）を、下記の法人口座へ送金します。
Please confirm that the following account details are still correct.

  Beneficiary: MARUKOSHI VIETNAM CO., LTD.
  Bank: Vietcombank, Hanoi Branch
  SWIFT: BFTVVNVX002
  Account No.: 0021000457731 (USD)
  Amount: USD 18,400
  Value date: 28 July 2025

送金依頼は財務部為替課から7月24日に出します。
If the account has changed, please let us know by 22 July.
""" + SIG_SAEKI,
))

MAILS.append(dict(
    writer="yamauchi", loc="body", expect="pass",
    kind="benign.vaccination_schedule_general",
    why="赴任地別の推奨予防接種と接種スケジュールの一般的な案内で、特定の個人の健康情報はない。",
    **{"from": YAMAUCHI},
    to=["Marukoshi Vietnam HR <hr@marukoshi-vn.example.com>"],
    cc=["東京トラベルクリニック 予約センター <yoyaku@tokyo-travel-clinic.example.jp>"],
    subject="ベトナム赴任者向け 予防接種スケジュール（2025年下期）",
    text="""Marukoshi Vietnam HR 御中
東京トラベルクリニック 予約センター御中

海外人事グループの山内です。
下期のベトナム赴任者向けに、出国前の予防接種スケジュールを下記で案内する予定です。
クリニック様には、集団予約枠の確保をお願いできればと思います。

■推奨ワクチン（会社負担）
　A型肝炎（2回）／B型肝炎（3回）／破傷風（1回）／日本脳炎（追加1回）
　狂犬病（曝露前 3回）※地方出張の多い方
■標準スケジュール
　出国8週前：A型肝炎①・B型肝炎①・狂犬病①
　出国7週前：狂犬病②
　出国4週前：A型肝炎②・B型肝炎②・狂犬病③・破傷風
　B型肝炎③は現地（日系クリニック）で接種
■集団予約枠（案）
　7月8日（火）、8月5日（火） 各10名

人数は赴任者・帯同家族あわせて9名程度の見込みです。個別の問診票は各自が持参します。
""" + SIG_YAMAUCHI,
))

MAILS.append(dict(
    writer="yamauchi", loc="body", expect="pass",
    kind="benign.visa_document_checklist",
    why="ビザ申請に必要な書類の一般的なチェックリストで、パスポート番号など個人の番号は入っていない。",
    **{"from": YAMAUCHI},
    to=["VN Visa Partners – Hoang Minh <minh.hoang@vn-visa.example.vn>"],
    subject="Work permit checklist for H2 assignees",
    text="""Dear Mr. Minh,

Thank you for the call yesterday. To make sure our assignees prepare the right documents,
could you confirm the checklist below for the Vietnamese work permit and TRC?

For each assignee:
 1. Passport copy (all pages, valid for at least 12 months)
 2. Health certificate issued within 12 months (by an approved hospital)
 3. Criminal record certificate (Japanese police certificate), legalised
 4. Degree certificate + proof of at least 3 years' experience, legalised
 5. 2 photos 4x6 cm, white background
For dependants:
 6. Marriage certificate / birth certificate (translated and legalised)

Is the police certificate still accepted if it was issued more than 6 months before submission?
We will share individual documents via your secure portal only, not by e-mail.
""" + SIG_YAMAUCHI,
))

MAILS.append(dict(
    writer="saeki", loc="body", expect="pass",
    kind="benign.congratulations_on_appointment",
    why="現地法人社長就任のお祝いで、名前と役職が出るだけの儀礼的な連絡。",
    **{"from": SAEKI},
    to=["吉田 美紀 <miki.yoshida@marukoshi-usa.example.com>"],
    subject="社長ご就任おめでとうございます",
    text="""吉田さん

海外人事の佐伯です。
このたびは Marukoshi America, Inc. 社長へのご就任、誠におめでとうございます。
当社グループの海外現地法人で初の女性社長ということで、人事部一同、大変うれしく思っております。

2019年にヒューストンへ赴任されて以来、化学品部門の立て直しから
現地スタッフの育成まで、本当にご尽力いただきました。
前任の Walsh さんからの引継ぎもスムーズだったと伺っています。

10月の本社出張の際には、ぜひお時間をいただき、
現地の人事制度の見直しについてもご相談させてください。
ますますのご活躍をお祈りしております。
""" + SIG_SAEKI,
))

MAILS.append(dict(
    writer="matsuda", loc="body", expect="pass",
    kind="benign.takken_licence_numbers",
    why="社宅仲介業者の宅建業免許番号と宅建士の登録番号は業者の資格番号であり、個人を識別する番号の送信ではない。",
    **{"from": MATSUDA},
    to=["いちご不動産 法人営業部 野田 崇 <t.noda@ichigo-fudosan.example.co.jp>"],
    cc=[RELO_JP],
    subject="Re: 借上社宅（AHMAD様）の重要事項説明について",
    text="""いちご不動産
野田様

丸越商事の松田です。重要事項説明の日程、ありがとうございます。
7月9日（水）15時、当社14F会議室でお願いします。

社内の契約審査のため、下記の記載で稟議を上げます。誤りがあればご指摘ください。

　仲介業者：いちご不動産株式会社
　宅地建物取引業免許：東京都知事（4）第81247号
　説明を行う宅地建物取引士：野田 崇（登録番号 東京 第231884号）
　物件：パークハイツ代々木上原 502号室（3LDK）
　月額賃料：365,000円、管理費 15,000円

入居者ご本人は英語での説明を希望されています。
Global Relo の小野さんに通訳として同席いただく予定です。
""" + SIG_MATSUDA,
))

MAILS.append(dict(
    writer="saeki", loc="body", expect="pass",
    kind="benign.own_allowance_to_expat",
    why="赴任者本人に自分の手当の内訳を知らせるもので、本人への通知であり第三者への提供ではない。",
    **{"from": SAEKI},
    to=["近藤 祐介 <yusuke.kondo@marukoshi.example.co.th>"],
    subject="赴任条件（手当）の最終確認について",
    text="""近藤さん

海外人事の佐伯です。バンコク赴任の準備、お疲れさまです。
先日の面談でご質問のあった手当について、確定した内容をお知らせします。

　海外勤務手当：月 180,000円（M2・タイ）
　家族帯同手当：月 60,000円（配偶者・子2名）
　住宅：会社借上（上限 THB 85,000）
　子女教育手当：日本人学校の授業料・入学金は全額会社負担
　赴任支度金：400,000円（8月給与で支給）

正式な辞令と赴任条件通知書は、8月1日付でお渡しします。
ご家族のご質問もあれば、いつでも私か松田までご連絡ください。
""" + SIG_SAEKI,
))

MAILS.append(dict(
    writer="matsuda", loc="body", expect="pass",
    kind="benign.embassy_reception_public_figures",
    why="大使館のレセプション出席の連絡で、出てくるのは大使や会長など公人・役職者の名前だけ。",
    **{"from": MATSUDA},
    to=["在日ベトナム大使館 商務部 <commerce@vn-embassy.example.jp>"],
    subject="Reception on 2 September – attendance from Marukoshi Corporation",
    text="""Dear Sir/Madam,

Thank you very much for the kind invitation from H.E. Ambassador Pham Quang Hieu
to the reception celebrating the National Day of Viet Nam on 2 September 2025.

The following will attend on behalf of Marukoshi Corporation:
  - Mr. Hiroshi Marukoshi, Chairman
  - Mr. Takashi Saeki, Head of International HR Group
  - Ms. Keiko Matsuda, Assistant Manager, International HR Group

Mr. Marukoshi will also be pleased to greet Mr. Nguyen Van Thanh, Vice Minister,
if the schedule permits. Please let us know if a car registration is required.

We look forward to the occasion.
""" + SIG_MATSUDA,
))

MAILS.append(dict(
    writer="yamauchi", loc="body", expect="pass",
    kind="benign.mental_health_programme_info",
    why="赴任者向けメンタルヘルス相談窓口の一般的な案内で、個人の健康情報は含まない。",
    **{"from": YAMAUCHI},
    to=["Marukoshi Singapore HR – Mei Ling Goh <meiling.goh@marukoshi.example.com.sg>"],
    cc=["Marukoshi (Thailand) HR – Siriporn K. <siriporn.k@marukoshi.example.co.th>",
        "Marukoshi Vietnam HR <hr@marukoshi-vn.example.com>"],
    subject="EAP (counselling service) for assignees and families – FY2025",
    text="""Dear HR colleagues,

From August, our Employee Assistance Programme will be extended to assignees' spouses and children.
Please share the following with your Japanese assignees at your next orientation.

 - 24/7 counselling in Japanese and English (phone, video, chat)
 - Up to 6 free sessions per person per year
 - Completely confidential: HQ and local HR receive only aggregate usage statistics
   (number of consultations by region, no names)
 - Access code and QR card will be distributed by HQ

For reference, FY2024 usage across ASEAN was 41 consultations in total.
Posters in English, Thai and Vietnamese are attached to the intranet page.
""" + SIG_YAMAUCHI,
))

MAILS.append(dict(
    writer="yamauchi", loc="body", expect="pass",
    kind="benign.shipping_tracking_numbers",
    why="引越貨物のB/L番号・コンテナ番号・宅配の12桁の伝票番号と法人番号で、個人の識別番号ではない。",
    **{"from": YAMAUCHI},
    to=["ワールドムーバーズ 国際輸送課 西島 大 <d.nishijima@world-movers.example.co.jp>"],
    subject="Re: 大塚様 シンガポール向け引越貨物の状況",
    text="""ワールドムーバーズ
西島様

山内です。状況のご連絡ありがとうございます。整理すると下記の理解でよろしいでしょうか。

　船便：B/L No. WMJP25-SIN-04471、コンテナ TGHU 8841207（20ft 混載）
　　　　東京港 9/3 出港 → シンガポール 9/12 着予定
　航空便：AWB 131-4477 2056、9/2 成田発
　先送りの書類一式（宅急便）：伝票番号 7500-4743-9573（9/1 着指定）

請求書の宛名は「丸越商事株式会社（法人番号 3010001047751）海外人事グループ」でお願いします。
現地での荷受けは、Global Relo Asia の Rachel Tan さんが立ち会います。

> 大塚様の船便、9/3出港のブッキングが取れました。B/Lは出港後に発行されます。
> ワールドムーバーズ 国際輸送課 西島
""" + SIG_YAMAUCHI,
))
