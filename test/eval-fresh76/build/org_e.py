"""Org E: Bridgeline Talent K.K. (bilingual recruitment agency, mostly English)."""
from common import mail, att, mynumber, g4

ORG = "E"
DOM = "bridgeline-talent.example.com"

HANNAH = f"Hannah Whitford <hannah.whitford@{DOM}>"
OKAMOTO = f"岡本 健人 Kento Okamoto <kento.okamoto@{DOM}>"
PRIYA = f"Priya Raman <priya.raman@{DOM}>"

SIG_HANNAH = """
Best regards,
Hannah

Hannah Whitford
Senior Consultant | Legal & Compliance
Bridgeline Talent K.K.
Level 14, Toranomon Crest Tower, 3-7-2 Toranomon, Minato-ku, Tokyo 105-0001
D: +81-3-0000-8841 | M: +81-90-0000-2214
hannah.whitford@bridgeline-talent.example.com | www.bridgeline-talent.example.com
Licensed employment agency: 13-ユ-301234 (Minister of Health, Labour and Welfare)
This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error, please notify the sender and delete it.
"""

SIG_OKAMOTO = """
Kind regards / よろしくお願いいたします。

岡本 健人 | Kento Okamoto
Consultant, Finance & Accounting
Bridgeline Talent K.K.（ブリッジライン・タレント株式会社）
T: +81-3-0000-8846 | M: +81-80-0000-5173
kento.okamoto@bridgeline-talent.example.com
厚生労働大臣許可 有料職業紹介事業 13-ユ-301234
"""

SIG_PRIYA = """
Thanks,
Priya

Priya Raman
Candidate Care Coordinator
Bridgeline Talent K.K.
T: +81-3-0000-8850
priya.raman@bridgeline-talent.example.com
Please consider the environment before printing this email.
"""

RACHEL = "Rachel Kim <rachel.kim@harbourview-capital.example.com>"
JANSEN = "Mark Jansen <mark.jansen@nordlicht-pharma.example.co.jp>"
SATO = "佐藤 恵美 Emi Sato <emi.sato@nordlicht-pharma.example.co.jp>"
TANAKA = "田中 修平 <s-tanaka@mitsuishi-seiko.example.co.jp>"
PPJ = "Payroll Partners Japan – Onboarding <onboarding@ppj.example.co.jp>"

MAILS = []


def add(**kw):
    MAILS.append(mail(ORG, **kw))


# ---------------------------------------------------------------- holds
add(writer="hannah", loc="body", expect="hold", kind="personal.candidate_profile",
    why="A candidate's full profile (date of birth, home address, private mobile and e-mail, salary, visa) is pasted into the body to a client.",
    frm=HANNAH, to=[RACHEL],
    subject="Candidate submission – Head of Compliance (Req. HC-0412)",
    text=f"""
Hi Rachel,

Following our call on Tuesday, I'm pleased to submit the candidate below for the
Head of Compliance role. She has confirmed her interest and is available to
interview from next week.

Name: Sophie Tanaka-Moreau
Date of birth: 9 May 1984
Home address: 2-14-7-1203 Shirokane, Minato-ku, Tokyo 108-0072
Mobile: +81-90-0000-6384
Personal email: sophie.tanakamoreau@gmail.com
Current role: Deputy Head of Compliance, a European private bank (Tokyo branch)
Current package: JPY 21.5m base + 20% bonus; expecting JPY 24–26m base
Languages: English (native), French (native), Japanese (JLPT N1)
Visa: Permanent resident
Notice period: 3 months

Highlights:
- Led the branch's response to the 2023 FSA on-site inspection (AML/CFT)
- Built a 6-person monitoring team from scratch
- Strong relationships with regional compliance in Singapore and Zurich

Her CV will follow once she has made a couple of updates.
Let me know which slots work for a first interview with you and Tom.
{SIG_HANNAH}""",
    personal=[("name", "Sophie Tanaka-Moreau"), ("birth_date", "9 May 1984"),
              ("address", "2-14-7-1203 Shirokane, Minato-ku, Tokyo 108-0072"), ("phone", "+81-90-0000-6384"),
              ("email", "sophie.tanakamoreau@gmail.com"), ("salary", "JPY 21.5m base + 20% bonus")])

add(writer="priya", loc="body", expect="hold", kind="sensitive.reference_health",
    why="The reference summary tells the client that the named candidate took a four-month leave for depression.",
    frm=PRIYA, to=[JANSEN], cc=[OKAMOTO],
    subject="Reference check summary – Takeshi Morimoto",
    text=f"""
Hi Mark,

Please find below the summary of the two references we took for Takeshi Morimoto
(Senior Financial Analyst). Both referees agreed to be quoted.

Referee 1 – former line manager (FP&A Director, 2019–2024)
- "Very strong modeller, reliable under month-end pressure."
- Would re-hire: Yes.
- Development area: could delegate more.

Referee 2 – former peer (Finance Manager)
- "Calm, collaborative, the go-to person for the budgeting system."
- Mentioned that Takeshi took about four months of leave in 2022 for depression
  and came back on reduced hours for a while, but performed well after returning.

Overall both references are positive. Happy to discuss by phone.
{SIG_PRIYA}""",
    personal=[("name", "Takeshi Morimoto"), ("health", "took about four months of leave in 2022 for depression")])

MN_E = mynumber("56093317842")

add(writer="okamoto", loc="body", expect="hold", kind="id.passport_residence_card",
    why="A candidate's passport number, residence-card number and individual number are typed into the body for the client's HR.",
    frm=OKAMOTO, to=[SATO],
    subject="内定者 Chen様 入社手続き情報 / Onboarding details for Ms. Chen",
    text=f"""
佐藤様

お世話になっております。Bridgeline Talent の岡本です。
11月1日入社予定の Chen 様の入社手続きに必要な情報を、ご本人から受領しましたのでお送りします。

　氏名：CHEN Yu-Ting（陳 郁婷）
　国籍：台湾
　旅券番号：317648295
　在留カード番号：UH40729186QA（在留資格：技術・人文知識・国際業務、在留期限 2027/03/31）
　個人番号：{g4(MN_E)}

在留資格の変更（所属機関の変更届）は、入社後 14日以内にご本人が提出予定です。
ご不明点がございましたらお知らせください。

Emi-san, the English version of the onboarding checklist will follow separately.
{SIG_OKAMOTO}""",
    personal=[("name", "CHEN Yu-Ting"), ("passport", "317648295"), ("residence_card", "UH40729186QA"),
              ("mynumber", g4(MN_E)), ("nationality", "国籍：台湾")])

CV = """職務経歴書

2025年10月20日現在
氏名：小野寺 彩花（おのでら あやか）
生年月日：1990年7月16日（35歳）
住所：神奈川県川崎市中原区小杉町3-264-2 パークタワー武蔵小杉 1708
電話：080-0000-9342
E-mail：ayaka.onodera.cpa@outlook.com

【職務要約】
米国公認会計士（USCPA）。外資系製造業の日本法人にて連結決算・US GAAP 報告を 8年担当。
2023年よりアシスタントマネージャーとして 4名のチームを統括。

【職務経歴】
2017年4月～現在　ゲルトナー・インダストリーズ・ジャパン株式会社　経理部
　・月次・四半期連結決算（US GAAP）、本社レポーティング
　・J-SOX 対応、外部監査対応
2013年4月～2017年3月　株式会社ミナト電子　経理部
　・売掛金管理、固定資産管理

【現年収】780万円（賞与込み）
【希望年収】900万円以上
"""

add(writer="okamoto", loc="attachment", expect="hold", kind="personal.cv",
    why="The attached CV gives the candidate's birth date, home address, private phone and e-mail and salary to the client; the body is a one-line cover note.",
    frm=OKAMOTO, to=[TANAKA],
    subject="経理マネージャー候補者のご紹介",
    text=f"""
株式会社ミツイシ精工
人事部 田中様

いつもお世話になっております。Bridgeline Talent の岡本です。
先日ご依頼いただいた経理マネージャーのポジションについて、
候補者の職務経歴書を添付いたします。

ご検討のうえ、面接をご希望の場合は候補日をいくつかお知らせください。
{SIG_OKAMOTO}""",
    attachments=[att("職務経歴書_候補者A.docx", CV)],
    personal=[("name", "小野寺 彩花"), ("birth_date", "1990年7月16日"),
              ("address", "神奈川県川崎市中原区小杉町3-264-2 パークタワー武蔵小杉 1708"),
              ("phone", "080-0000-9342"), ("email", "ayaka.onodera.cpa@outlook.com")])

SHORTLIST = """[Shortlist]
#\tName\tAge\tCurrent employer\tCurrent title\tBase (JPY m)\tMobile\tNotice
1\tAkira Fujimoto\t41\tHelvion Pharma K.K.\tRegulatory Affairs Manager\t14.0\t090-0000-1276\t2 months
2\tNatalie Osei\t38\tBrightwell Biotech Japan\tSenior RA Specialist\t12.5\t080-0000-4458\t1 month
3\tYusuke Kanda\t45\tKanto Medical Devices\tRA Section Chief\t13.2\t090-0000-8803\t3 months
4\tMegumi Larsen\t36\tfreelance consultant\tRA Consultant\t11.0 (day rate)\t070-0000-3391\timmediate
5\tHiroshi Watari\t50\tAsterion Japan\tHead of RA (interim)\t16.8\t090-0000-5514\t3 months
"""

add(writer="hannah", loc="attachment", expect="hold", kind="list.shortlist",
    why="The attached shortlist gives five candidates' names, ages, employers, salaries and mobile numbers to the client.",
    frm=HANNAH, to=[JANSEN],
    subject="Regulatory Affairs Manager – shortlist",
    text=f"""
Hi Mark,

As promised, attached is the shortlist for the Regulatory Affairs Manager role.
All five have been screened by phone and are open to a conversation.
My personal pick would be #2 and #4, for the reasons we discussed.

Could you let me know by Thursday which ones you would like to meet?
{SIG_HANNAH}""",
    attachments=[att("RA_Manager_shortlist_Oct2025.xlsx", SHORTLIST)],
    personal=[("name", "Akira Fujimoto"), ("phone", "090-0000-1276"), ("name", "Natalie Osei"),
              ("salary", "Senior RA Specialist\t12.5"), ("name", "Hiroshi Watari")])

add(writer="hannah", loc="quoted", expect="hold", kind="sensitive.religion",
    why="The quoted candidate mail tells the client her name, that she is a practising Muslim and her prayer and fasting needs.",
    frm=HANNAH, to=[RACHEL],
    subject="Re: Final interview arrangements – Head of Compliance",
    text=f"""
Hi Rachel,

Thanks for pulling the final round together so quickly. Noor's reply is below;
could the panel start at 13:30 instead of 13:00, and would a quiet room be
available for a few minutes beforehand? Otherwise the date works.
{SIG_HANNAH}
-----Original Message-----
From: Noor Al-Hashimi <noor.alhashimi@outlook.com>
Sent: Wednesday, October 22, 2025 9:05 AM
To: Hannah Whitford <hannah.whitford@bridgeline-talent.example.com>
Subject: Re: Final interview arrangements – Head of Compliance

Dear Hannah,

Thank you, 30 October is fine. As I'm a practising Muslim, I usually pray around
the early afternoon, so a start at 13:30 would be ideal, and if there is a quiet
room I could use for five minutes that would be very kind. Also, for future
reference, I fast during Ramadan, so a lunch interview would be difficult then.

Best,
Noor
""",
    personal=[("name", "Noor Al-Hashimi"), ("religion", "I'm a practising Muslim"),
              ("religion", "I fast during Ramadan")])

MN_CONTRACTOR = mynumber("72185530196")

add(writer="priya", loc="quoted", expect="hold", kind="id.bank_account",
    why="A contractor's personal bank account and individual number, quoted from his mail, are forwarded to the outside payroll vendor.",
    frm=PRIYA, to=[PPJ],
    subject="Fwd: Bank details for contract payments – Daniel Brooks",
    text=f"""
Hi team,

Please set up Daniel for the November payroll run (contractor, monthly invoice).
His details are below. Start date was 6 October; first payment due 25 November.
{SIG_PRIYA}
---------- Forwarded message ---------
From: Daniel Brooks <dan.brooks.tokyo@gmail.com>
Date: Mon, 20 Oct 2025 at 22:41
Subject: Bank details for contract payments
To: Priya Raman <priya.raman@bridgeline-talent.example.com>

Hi Priya,

Sorry for the delay. Here are my bank details for the contract payments:

Bank: Sumitomo Mitsui Banking Corporation, Ebisu Branch (Branch no. 658)
Account type: Futsu (ordinary)
Account number: 7394021
Account holder: BROOKS DANIEL JAMES

You also asked for my My Number for the 支払調書 – it's {g4(MN_CONTRACTOR)}.

Cheers,
Dan
""",
    personal=[("name", "Daniel Brooks"), ("bank_account", "Account number: 7394021"),
              ("account_holder", "BROOKS DANIEL JAMES"), ("mynumber", g4(MN_CONTRACTOR))])

add(writer="okamoto", loc="subject", expect="hold", kind="sensitive.health_subject",
    why="The subject line names the candidate and says he is undergoing cancer treatment; the body is a neutral withdrawal note.",
    frm=OKAMOTO, to=[SATO],
    subject="Candidate withdrawal – 松田 恭平様 (undergoing cancer treatment)",
    text=f"""
佐藤様

お世話になっております。岡本です。
標記の候補者について、ご本人の事情により選考を辞退したいとの連絡がありました。
二次面接のご調整をいただいていたところ、大変申し訳ございません。

Financial Controller のポジションについては、引き続き候補者を探索いたします。
来週前半に新たに 2名ご紹介できる見込みです。
{SIG_OKAMOTO}""",
    personal=[("name", "松田 恭平"), ("health", "undergoing cancer treatment")])

add(writer="okamoto", loc="zip", expect="hold", kind="attachment.encrypted_zip",
    why="Password-protected zip of candidate documents sent to a client (PPAP).",
    frm=OKAMOTO, to=[TANAKA],
    subject="候補者書類一式の送付（パスワード別送）",
    text=f"""
株式会社ミツイシ精工
人事部 田中様

お世話になっております。Bridgeline Talent の岡本です。
一次面接を通過された 2名の候補者について、
推薦状・職務経歴書・成績証明書の一式を zip ファイルでお送りいたします。
パスワードは別メールにてお送りします。

二次面接の日程は、ご本人の候補日を本日中にお知らせします。
{SIG_OKAMOTO}""",
    attachments=[att("候補者書類一式_1022.zip", encrypted=True)])

CANDIDATES = [
    "Yuki Arakawa <yuki.arakawa.cpa@gmail.com>",
    "James O'Connell <jamesoconnell.tokyo@outlook.com>",
    "Mariko Stein <mariko.stein@gmail.com>",
    "Ravi Menon <ravi.menon.jp@gmail.com>",
    "Aiko Bernard <aiko.bernard@yahoo.co.jp>",
    "Tomás Herrera <tomas.herrera.tyo@gmail.com>",
    "Kana Whitfield <kana.whitfield@outlook.com>",
    "Shun Takeuchi <shun.takeuchi.fin@gmail.com>",
    "Li Wen <liwen.tokyo@outlook.com>",
    "Erika Nakashima <erika.nakashima@yahoo.co.jp>",
    "Daniel Brooks <dan.brooks.tokyo@gmail.com>",
    "Hana Lindqvist <hana.lindqvist@gmail.com>",
]

add(writer="priya", loc="recipients", expect="hold", kind="recipients.candidates",
    why="Twelve candidates' private addresses are put openly in To, disclosing to each that the others are job-hunting.",
    frm=PRIYA, to=CANDIDATES,
    subject="Invitation: Bilingual Finance & Legal Networking Night – 13 Nov",
    text=f"""
Hi all,

We'd love to see you at our autumn networking evening for bilingual
professionals in finance, legal and compliance.

When: Thursday 13 November, 19:00–21:00
Where: The Lounge, Toranomon Crest Tower 3F (2 min from Toranomon Hills Station)
What: Short panel on "Moving from Big Four to in-house in Japan",
      followed by drinks and canapés. Several of our client HR leads will attend.

Spaces are limited to 40, so please RSVP by replying to this email by 7 November.
Feel free to bring a colleague who might be interested.
{SIG_PRIYA}""")

# ---------------------------------------------------------------- passes
OFFER = """OFFER OF EMPLOYMENT (copy for candidate)

Date: 21 October 2025
To: Ms. Sophie Tanaka-Moreau
2-14-7-1203 Shirokane, Minato-ku, Tokyo 108-0072

Harbourview Capital Japan is pleased to offer you the position of Head of Compliance.

Start date: 1 February 2026
Base salary: JPY 25,000,000 per annum, paid in 12 monthly instalments
Bonus: discretionary, target 25% of base
Probation: 3 months
Benefits: social insurance, housing allowance JPY 100,000/month, 20 days annual leave

Please sign and return by 31 October 2025.
Rachel Kim, Head of HR, Harbourview Capital Japan
"""

add(writer="hannah", loc="attachment", expect="pass", kind="benign.to_data_subject",
    why="The offer letter with salary and home address goes only to the candidate herself.",
    frm=HANNAH, to=["Sophie Tanaka-Moreau <sophie.tanakamoreau@gmail.com>"],
    subject="Your offer from Harbourview Capital – congratulations!",
    text=f"""
Dear Sophie,

Congratulations! As discussed on the phone this afternoon, Harbourview Capital
has made you a formal offer for the Head of Compliance role. Rachel has asked me
to pass on the attached copy while the signed original is couriered to you.

A few points worth checking before you sign:
- The housing allowance is paid on top of base, not included in it.
- Bonus is discretionary but the target is 25%, above what we'd discussed.
- The start date of 1 February works with your 3-month notice if you resign
  by the end of October.

Happy to go through it together tomorrow – just let me know a time.
{SIG_HANNAH}""",
    attachments=[att("Offer_Letter_Harbourview_copy.pdf", OFFER)])

add(writer="priya", loc="body", expect="pass", kind="benign.employment_verification",
    why="A minimal employment verification (dates and title only) given with the former employee's signed consent.",
    frm=PRIYA, to=["Verification Desk <verify@clearcheck-screening.example.com>"],
    subject="Re: Employment verification request – Ref. CC-55821",
    text=f"""
Dear Verification Desk,

Thank you for your request and for attaching the candidate's signed consent form.
In line with our policy, we can confirm the following only:

Name: Laura Inoue
Employer: Bridgeline Talent K.K.
Position held: Associate Consultant
Dates of employment: 1 April 2021 – 31 March 2024

We do not provide information on salary, performance or reasons for leaving.
{SIG_PRIYA}
> Dear Bridgeline Talent,
> Please verify the employment of Laura Inoue (consent form attached).
> ClearCheck Screening – Verification Desk
""")

INV = """TAX INVOICE  No. BT-INV-2025-1047

Bill to: Nordlicht Pharma K.K., Accounts Payable, 1-5-3 Nihonbashi-Honcho, Chuo-ku, Tokyo
Attention: Mark Jansen, Talent Acquisition

Description: Placement fee – Senior Financial Analyst (Req. NP-FIN-0219)
Start date: 1 October 2025
Fee: 35% of first-year base salary as per agreement dated 12 January 2024
Amount: JPY 3,850,000
Consumption tax (10%): JPY 385,000
Total: JPY 4,235,000

Payment within 30 days to:
Bank: MUFG Bank, Ltd., Toranomon Branch (Branch no. 041)
Account: Ordinary 0831572
Account name: Bridgeline Talent K.K.
SWIFT: BOTKJPJT
Qualified invoice issuer no.: T8010401154326
"""

add(writer="okamoto", loc="attachment", expect="pass", kind="benign.placement_invoice",
    why="A placement-fee invoice with the agency's corporate account, SWIFT and invoice-registration number.",
    frm=OKAMOTO, to=["Nordlicht Pharma AP <ap@nordlicht-pharma.example.co.jp>"], cc=[JANSEN],
    subject="Invoice BT-INV-2025-1047 – placement fee (NP-FIN-0219)",
    text=f"""
Dear Accounts Payable team,

Please find attached our invoice for the Senior Financial Analyst placement
(requisition NP-FIN-0219), who started on 1 October.

Payment terms are 30 days as per our agreement. Please note our bank details
have not changed.

ご不明点がございましたらお気軽にお問い合わせください。
{SIG_OKAMOTO}""",
    attachments=[att("BT-INV-2025-1047.pdf", INV)])

add(writer="hannah", loc="body", expect="pass", kind="benign.interview_scheduling",
    why="Interview logistics between the agency and client interviewers; only business contacts appear.",
    frm=HANNAH, to=[RACHEL, "Tom Eriksen <tom.eriksen@harbourview-capital.example.com>"],
    cc=["Aya Morita <aya.morita@harbourview-capital.example.com>"],
    subject="Head of Compliance – final round logistics (30 Oct)",
    text=f"""
Hi Rachel, hi Tom,

Confirming the final-round logistics for Thursday 30 October:

13:30–14:15  Tom Eriksen (CEO)
14:15–15:00  Rachel Kim (Head of HR) and Aya Morita (General Counsel)
15:00–15:20  Office tour with Aya

Location: Harbourview Capital, 22F reception, Marunouchi Park Building.
The candidate will arrive at 13:15 and ask for Aya at reception.

Tom, the candidate asked whether the role reports to you directly or via the
regional CCO in Singapore – it would help if you could address that early on.

I'll call Rachel at 16:00 that day for feedback.
{SIG_HANNAH}""")

add(writer="okamoto", loc="body", expect="pass", kind="benign.public_figures",
    why="A market note naming public and historical figures in their public roles; no private person's data.",
    frm=OKAMOTO, to=[SATO, "Mark Jansen <mark.jansen@nordlicht-pharma.example.co.jp>"],
    subject="Q4 hiring market note / 第4四半期 採用市場レポート",
    text=f"""
佐藤様、Mark

お世話になっております。岡本です。
四半期ごとの採用市場レポートをお送りします。

1. Salaries for bilingual FP&A managers rose about 6% year on year.
   Demand is strongest in pharma and medical devices.

2. 金融庁の新長官（10月就任）が講演でサステナビリティ開示の人材不足に言及しており、
   開示・IR 系の求人が増えています。

3. 東京都知事選で各候補者が「外国人材の受け入れ環境整備」を公約に掲げたこともあり、
   在留資格の手続きサポートを付ける企業が増えています。

4. 余談ですが、先日の業界セミナーでは渋沢栄一の「合本主義」を引いて
   日本型ガバナンスの話をする講師がおり、好評でした。

ご質問があればお気軽にどうぞ。
{SIG_OKAMOTO}""")

add(writer="okamoto", loc="body", expect="pass", kind="benign.disability_employment_aggregate",
    why="Disability-employment figures are the client's aggregate rate and headcount, with no individual named.",
    frm=OKAMOTO, to=[TANAKA],
    subject="障害者雇用の採用支援についてのご提案",
    text=f"""
株式会社ミツイシ精工
人事部 田中様

お世話になっております。岡本です。
先日の打合せでお伺いした障害者雇用の件、ご提案をまとめました。

御社の現状（6月1日時点の報告ベース）
　・常用労働者数：1,240名
　・障害者雇用率：2.3%（法定雇用率 2.5%、2026年7月から 2.7%）
　・不足数：2～3名（2026年7月時点で 5名程度）

ご提案
　1. 経理・総務のバックオフィス業務での採用（在宅勤務可のポジション）
　2. 提携している就労移行支援事業所からの実習受入れ（1～2か月）
　3. 採用後の定着支援（ジョブコーチの活用）

個別の候補者情報は、ご本人の同意を得たうえで改めてご紹介いたします。
{SIG_OKAMOTO}""")

add(writer="hannah", loc="body", expect="pass", kind="benign.blind_profile",
    why="A blind profile with no name, employer or contact details; the candidate cannot be identified.",
    frm=HANNAH, to=["Grace Liu <grace.liu@ardentlaw.example.com>"],
    subject="Blind profile – bilingual senior associate (capital markets)",
    text=f"""
Hi Grace,

Good to catch up last week. As mentioned, here is a blind profile of a candidate
who may fit your capital markets team. No names until you confirm interest and
the candidate has agreed to be introduced.

- Bilingual (Japanese/English) senior associate, 8 years' PQE
- Currently at an international law firm in Tokyo
- Qualified in Japan and New York
- Practice: equity capital markets, some debt and structured finance
- Motivation: wants more client-facing responsibility and a clearer partnership track
- Salary expectations: in line with market for the level

If this looks interesting, I'll speak to the candidate and arrange a call.
{SIG_HANNAH}""")

add(writer="priya", loc="body", expect="pass", kind="benign.masked_card",
    why="The agency's own corporate card appears only masked in a venue booking.",
    frm=PRIYA, to=["Events Desk <events@crest-lounge.example.jp>"],
    subject="Booking confirmation – The Lounge, 13 November",
    text=f"""
Hello,

Thank you for holding The Lounge for us on Thursday 13 November, 18:30–21:30.
Please find our confirmation below:

Company: Bridgeline Talent K.K.
Guests: 40 (standing reception)
Package: Drinks Plan B + canapés (12 pieces per person)
Deposit: JPY 120,000 – please charge our corporate card on file
(Visa, XXXX-XXXX-XXXX-7781, cardholder BRIDGELINE TALENT KK)

Could you also confirm that a projector and two hand-held microphones are included?
{SIG_PRIYA}""")

add(writer="okamoto", loc="zip", expect="pass", kind="benign.plain_zip",
    why="An unencrypted zip of job descriptions and a company overview; no personal data.",
    frm=OKAMOTO, to=["Shun Takeuchi <shun.takeuchi.fin@gmail.com>"],
    subject="求人票と会社資料の送付 / JD pack",
    text=f"""
Takeuchi-san

先ほどはお電話ありがとうございました。岡本です。
お話しした 3社の求人票と会社紹介資料を zip にまとめてお送りします。
（パスワードはかけていません）

ご関心のあるポジションがあれば、今週中にお知らせください。
The English versions of the JDs are included as well.
{SIG_OKAMOTO}""",
    attachments=[att("JD_pack_Oct2025.zip", """JD_pack_Oct2025/
  JD_FP&A_Manager_NordlichtPharma_EN.pdf
  JD_FP&A_Manager_NordlichtPharma_JP.pdf
  JD_Accounting_Manager_MitsuishiSeiko_JP.pdf
  JD_Financial_Controller_HarbourviewCapital_EN.pdf
  Company_overview.txt

[Company_overview.txt]
Nordlicht Pharma K.K. – Japanese subsidiary of a German pharma group, 620 employees.
株式会社ミツイシ精工 – 精密部品メーカー、東証プライム上場、従業員 1,240名。
Harbourview Capital Japan – Asset manager, 85 employees, Marunouchi.
""", content_type="application/zip")])

add(writer="hannah", loc="body", expect="pass", kind="benign.congratulations",
    why="Congratulations on a client contact's promotion and an account-manager introduction; business contacts only.",
    frm=HANNAH, to=[RACHEL], cc=["Ken Ishida <ken.ishida@bridgeline-talent.example.com>"],
    subject="Congratulations – and an introduction",
    text=f"""
Hi Rachel,

I just saw the announcement – congratulations on your appointment as Head of HR
for Japan and Korea! Very well deserved after the year your team has had.

With your remit growing, I'd like to introduce my colleague Ken Ishida, who leads
our Seoul desk and will support your Korea hiring from January. Ken, Rachel has
been a great partner on the Tokyo side for three years.

Ken: +82-2-0000-4417 | ken.ishida@bridgeline-talent.example.com

Perhaps the three of us could grab a coffee when Ken is in Tokyo on 19 November?
{SIG_HANNAH}""")
