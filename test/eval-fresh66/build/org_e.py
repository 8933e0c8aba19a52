"""Org E: Northbridge Bank, N.A., Tokyo Branch - Compliance & KYC team (mostly English)."""
from common import mail, att, enc_zip, XLSX, CSV

ORG = "E"
DOM = "northbridgebank.example.com"

WATANABE = "Kenji Watanabe <kenji.watanabe@northbridgebank.example.com>"
CARTER = "Emily Carter <emily.carter@northbridgebank.example.com>"
YAMAGUCHI = "Rina Yamaguchi <rina.yamaguchi@northbridgebank.example.com>"
YAMAGUCHI_JA = "山口 里奈 <rina.yamaguchi@northbridgebank.example.com>"

SIG_WATANABE = """
Kenji Watanabe
Head of Compliance, Japan
Chief Compliance Officer, Tokyo Branch
Northbridge Bank, N.A., Tokyo Branch
Marunouchi Terrace 21F, 1-3-2 Marunouchi, Chiyoda-ku, Tokyo 100-0005
T +81-3-5555-8100 | M +81-90-5555-8100
kenji.watanabe@northbridgebank.example.com

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the
addressee(s) and may contain confidential or privileged information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
本メールは機密情報を含む場合があります。誤って受信された場合は削除のうえご連絡ください。
"""

SIG_CARTER = """
Best regards,
Emily Carter
Senior Analyst, KYC & Client Onboarding
Compliance Department | Northbridge Bank, N.A., Tokyo Branch
T +81-3-5555-8134
emily.carter@northbridgebank.example.com
"""

SIG_YAMAGUCHI = """
山口 里奈 / Rina Yamaguchi
AML Officer, Financial Crime Compliance
Northbridge Bank, N.A. 東京支店 コンプライアンス部
TEL 03-5555-8152
rina.yamaguchi@northbridgebank.example.com
"""

MAILS = []
add = MAILS.append

# 81 pass: meeting with outside counsel, long chain with heavy signatures
add(mail("pass", "benign.meeting",
    "外部法律事務所との打合せ日程の確定。弁護士・行員の氏名と長い署名が並ぶが、個人に関する情報はない。",
    WATANABE, ["Aya Sakurada <a.sakurada@sakurada-law.example.jp>",
               "Shun Mochizuki <s.mochizuki@sakurada-law.example.jp>"],
    "RE: RE: APPI / AML advisory session – March",
    f"""
Sakurada-sensei, Mochizuki-sensei,

Thank you both. Confirming Thursday 13 March, 15:00–16:30, at your office
(Toranomon Hills Business Tower 28F). Rina and Emily will join from our side.

Agenda as agreed:
 1. Cross-border transfer of KYC records to our Singapore hub – APPI Art. 28 consent wording
 2. Record-keeping periods under the Act on Prevention of Transfer of Criminal Proceeds
 3. Update on the FSA AML/CFT guidelines FAQ (revised February)

We will send our draft consent wording by Monday.

Best regards,
Kenji
{SIG_WATANABE}
-----Original Message-----
From: Shun Mochizuki <s.mochizuki@sakurada-law.example.jp>
Sent: Friday, February 28, 2025 7:02 PM
To: Kenji Watanabe <kenji.watanabe@northbridgebank.example.com>
Cc: Aya Sakurada <a.sakurada@sakurada-law.example.jp>
Subject: RE: APPI / AML advisory session – March

Dear Watanabe-san,

Sakurada is available on 13 March (15:00 onwards) or 18 March (morning).
We are happy to host the meeting at our office.

Shun Mochizuki
Associate | Sakurada & Partners Law Office
Toranomon Hills Business Tower 28F, 1-17-1 Toranomon, Minato-ku, Tokyo 105-6428
T +81-3-5555-2210 | s.mochizuki@sakurada-law.example.jp
This message may contain privileged and confidential information.

-----Original Message-----
From: Kenji Watanabe
Sent: Thursday, February 27, 2025 10:15 AM
To: Aya Sakurada
Subject: APPI / AML advisory session – March

Dear Sakurada-sensei,
Could we schedule our quarterly advisory session in mid-March? Three topics this time.
Kenji
""", "Watanabe",
    cc=["Rina Yamaguchi <rina.yamaguchi@northbridgebank.example.com>",
        "Emily Carter <emily.carter@northbridgebank.example.com>"]))

# 82 hold: UBO passport numbers to the screening vendor
add(mail("hold", "id.passport",
    "実質的支配者2名の氏名・生年月日・国籍・旅券番号・住所を外部のスクリーニング会社に本文で送っている。",
    CARTER, ["RiskScreen Asia – Case Desk <casedesk@riskscreen.example.com>"],
    "Enhanced screening request – UBOs of Kaito Trading G.K. (our ref KYC-25-0311)",
    f"""
Dear Case Desk team,

Please run enhanced screening (sanctions, PEP, adverse media in EN/ZH/JA) on the two
ultimate beneficial owners below. Standard turnaround (5 business days) is fine.

Client: Kaito Trading G.K. (corporate account onboarding)

UBO 1
  Name: Chen Wei-Lun
  Date of birth: 22 March 1979
  Nationality: Taiwan (ROC)
  Passport no.: 312845671
  Address: 7F, No. 15, Lane 120, Section 4, Ren'ai Road, Da'an District, Taipei
  Ownership: 60%

UBO 2
  Name: Yuka Arai
  Date of birth: 5 November 1984
  Nationality: Japan
  Passport no.: TR6620148
  Address: 3-8-11-1204 Shibaura, Minato-ku, Tokyo
  Ownership: 40%

Please reference KYC-25-0311 in your report.
{SIG_CARTER}""", "Carter", "body",
    personal=[("name", "Chen Wei-Lun"), ("passport", "312845671"), ("birthdate", "22 March 1979"),
              ("name", "Yuka Arai"), ("passport", "TR6620148"),
              ("address", "3-8-11-1204 Shibaura, Minato-ku, Tokyo")]))

# 83 hold: residence card numbers in the attached batch file
add(mail("hold", "id.residence_card",
    "本文はバッチ送付の連絡だけだが、添付XLSXに顧客の氏名・国籍・在留カード番号・在留資格・期限が入っている。",
    CARTER, ["Kizuna Operations – KYC Review <kyc-review@kizuna-ops.example.jp>"],
    "Periodic review batch 2025-03-B",
    f"""
Hello team,

Attached is periodic review batch 2025-03-B (6 retail clients, residence status expiring
within 90 days). Please follow the usual checklist and return the completed review sheets
by 21 March.

Two reminders from last month's QA:
- Please record the date of the client's last login to online banking in column K.
- Where the client has already uploaded a renewed card, do not send the reminder letter.

Thanks,
Emily
{SIG_CARTER}""", "Carter", "attachment",
    attachments=[att("PR_batch_2025-03-B.xlsx", XLSX, """
[Batch 2025-03-B]
client_id	name	nationality	date_of_birth	residence_card_no	status_of_residence	card_expiry
R-118042	Nguyen Thi Lan	Vietnam	1992-07-14	UH48217305AB	Engineer/Specialist in Humanities	2025-05-31
R-120377	Michael O'Brien	Ireland	1985-02-03	EK93015582CD	Intra-company Transferee	2025-06-12
R-121905	Priya Raghunathan	India	1990-10-21	RA20476618EF	Dependent	2025-06-02
R-123660	Kim Min-jun	Korea	1988-12-09	KM66120934GH	Business Manager	2025-05-20
R-124718	Sofia Martinez	Spain	1994-04-27	SP31178806JK	Professor	2025-06-30
R-125034	Wang Hao	China	1983-08-16	WH50742281LM	Highly Skilled Professional (i)(b)	2025-06-18
""")],
    personal=[("name", "Nguyen Thi Lan"), ("residence_card", "UH48217305AB"),
              ("name", "Kim Min-jun"), ("residence_card", "KM66120934GH"),
              ("birthdate", "1990-10-21")]))

# 84 pass: minimal employment verification with consent
add(mail("pass", "benign.employment_verification",
    "本人の同意書に基づく在籍確認に、在籍期間と職位だけを回答。方針どおり最小限で、健康や退職理由には触れていない。",
    WATANABE, ["HireCheck Japan – Verification <verify@hirecheck.example.jp>"],
    "RE: Employment verification – request HC-58821",
    f"""
Dear Mr. Ishida,

Thank you for your request and for the copy of the signed consent form (HC-58821).

In line with our policy, we can confirm the following only:

  Name: Sayaka Mori
  Period of employment: 1 April 2018 – 30 September 2023
  Last position held: Vice President, KYC & Client Onboarding

We do not provide information on compensation, performance or reasons for leaving.
Please contact our HR department (hr-tokyo@northbridgebank.example.com) if you need a
formal certificate on letterhead.
{SIG_WATANABE}""", "Watanabe"))

# 85 hold: informal reference that mentions a depression-related medical leave
add(mail("hold", "sensitive.health",
    "元部下についての非公式な推薦で、うつ病（適応障害）による休職の事実を氏名付きで転職先の会社に伝えている。",
    WATANABE, ["Laura Kim <laura.kim@pacificcrown.example.com>"],
    "RE: Quick reference – Daisuke Ono",
    f"""
Hi Laura,

Happy to give you an informal view on Daisuke, off the record.

He worked in my team for almost five years and was one of our most reliable analysts on
transaction monitoring. Very good with regulators and strong on documentation.

For full transparency: he was on medical leave for about six months in 2022 (depression,
diagnosed as adjustment disorder) after a very heavy remediation project. He came back in
good shape, worked reduced hours for a couple of months and then returned to full duties
without any issues. I would not see this as a concern, but you may want to avoid putting
him straight onto a lookback project.

I would hire him again. Call me if you want to talk it through.

Kenji
{SIG_WATANABE}
> Kenji – we are close to an offer for Daisuke Ono for our AML team.
> Anything I should know? Happy to keep this between us.
> Laura
""", "Watanabe", "body",
    personal=[("name", "Daisuke Ono"), ("diagnosis", "depression"), ("diagnosis", "adjustment disorder"),
              ("health", "medical leave for about six months in 2022")]))

# 86 pass: corporate SSI with SWIFT codes
add(mail("pass", "benign.corporate_account",
    "法人顧客向けの標準決済指図（SSI）。SWIFTコードと法人口座の番号で、個人の口座ではない。",
    CARTER, ["Sanko Chemical Treasury <treasury@sanko-chemical.example.jp>"],
    "Standard settlement instructions – USD and EUR accounts",
    f"""
Dear Mr. Hirose,

As requested, please find below our standard settlement instructions for your company's
accounts with our Tokyo Branch, effective 1 April 2025.

USD
  Beneficiary bank: Northbridge Bank, N.A., Tokyo Branch (SWIFT NBNKJPJT)
  Intermediary: Northbridge Bank, N.A., New York (SWIFT NBNKUS33), ABA 026005517
  Beneficiary: Sanko Chemical Co., Ltd.
  Account no.: 3016-448812-001

EUR
  Beneficiary bank: Northbridge Bank, N.A., Tokyo Branch (SWIFT NBNKJPJT)
  Intermediary: Northbridge Bank Europe SE, Frankfurt (SWIFT NBNKDEFF)
  Beneficiary: Sanko Chemical Co., Ltd.
  Account no.: 3016-448812-002

Please note that the previous intermediary for EUR (via Amsterdam) will be closed on
31 March. Any payments routed there after that date will be returned.
{SIG_CARTER}""", "Carter"))

# 87 pass: PEP training with historical and public figures
add(mail("pass", "benign.public_figures",
    "研修教材の構成案。歴史上の人物や、立候補者・公人という公開情報の例で、顧客の情報ではない。",
    YAMAGUCHI, ["Compliance Academy – Content Team <content@compliance-academy.example.jp>"],
    "PEP module – outline for the April e-learning",
    f"""
Dear content team,

Here is our outline for the April e-learning module on politically exposed persons.
Target audience: relationship managers and operations staff (approx. 140 people).

1. Why PEPs matter (5 min)
   - Short history: how Shibusawa Eiichi's banking reforms shaped Japanese banking
     governance (just as an opening, no more than one slide)
2. Who is a PEP in Japan (10 min)
   - Members of the Diet, ministers, governors, senior judges, executives of state-owned
     enterprises; family members and close associates
   - Worked example: a publicly announced candidate in a Tokyo by-election (use the
     fictional "Taro Hoshino" from last year's module, with public campaign information only)
3. Domestic vs. foreign PEPs under the revised FSA guidelines (10 min)
4. Red flags and escalation (10 min)
5. Quiz – 8 questions

Please keep all case studies fictional or based on public information.
Draft storyboard by 21 March would be great.
{SIG_YAMAGUCHI}""", "Yamaguchi"))

# 88 hold: customer's My Number only in the quoted Japanese chain, forwarded to the vendor
add(mail("hold", "id.mynumber",
    "本文はシステム不具合の調査依頼だが、引用した支店とのやり取りに顧客の氏名と個人番号（検査数字正）が残ったまま外部ベンダーに送られている。",
    YAMAGUCHI, ["FSJ Support <support@fsj-support.example.jp>"],
    "FW: 国外送金 個人番号登録エラー / validation error on My Number field",
    f"""
Dear FSJ Support,

We are seeing a validation error when operations staff register a customer's My Number
for the overseas remittance report (国外送金等調書). The number passes the check-digit
rule when we test it manually, so we suspect a problem in the field validation after the
February release (v8.4.2).

Screen: CIF maintenance > Tax information
Error: "ERR-TX-114 Invalid individual number format"
First occurrence: 3 March 2025, 11:20 JST

Please see the exchange with our operations team below. Could you check this with priority?
Remittances for the customer are on hold until the number is registered.

Thanks,
Rina
{SIG_YAMAGUCHI}
-----Original Message-----
From: 大野 美紀 <miki.ohno@northbridgebank.example.com>
Sent: Monday, March 3, 2025 11:34 AM
To: Rina Yamaguchi
Subject: 個人番号の登録でエラーになります

山口さん

お疲れさまです。業務部の大野です。
お客様 松井 直樹 様（CIF 00482215）の個人番号 162500379359 を登録しようとすると、
「ERR-TX-114」が出て保存できません。通知カードの写しと番号は一致しています。
送金の依頼が来ているので、至急確認いただけますか。

大野
""", "Yamaguchi", "quoted",
    personal=[("mynumber", "162500379359"), ("name", "松井 直樹")]))

# 89 pass: screening outage and phishing quarantine, hashes
add(mail("pass", "benign.it_outage",
    "スクリーニングのバッチ障害とフィッシングメールの隔離の報告。ログのハッシュと件数のみで、顧客の情報はない。",
    YAMAGUCHI, ["RiskScreen Asia – Technical Support <techsupport@riskscreen.example.com>"],
    "Incident: overnight screening batch failed (4 Mar) + phishing attempt quarantined",
    f"""
Dear Technical Support,

Two items from last night.

1) Batch failure
   The overnight customer re-screening batch (job NB-TKY-RS-NIGHTLY) failed at 02:14 JST
   with "Upstream list service timeout". 0 of 18,420 records were processed. We re-ran the
   job manually at 08:30 and it completed at 09:12. Please provide the root cause.
   Job log SHA-256: 71c4e0f9a2b83d56e1f07a94c2d8b36e50a9f1c7d4e2b8a63f0c5d91e7b4a2f8

2) Phishing
   One of our analysts received an e-mail pretending to come from your support desk
   ("Your RiskScreen licence expires today"). Our mail gateway quarantined it; nobody
   clicked the link. Sender domain: riskscreen-support-login.example.net
   Message hash (SHA-1): 0b9e2d7c41f6a3e85d20c9b7f1a4e6d3c8b5a072
   You may want to alert other clients.
{SIG_YAMAGUCHI}""", "Yamaguchi"))

# 90 hold: 12 banks' compliance contacts visible in To
BANKS = [
    "Hana Suzuki <h.suzuki@eastgate-bank.example.jp>",
    "Mark Whitfield <mark.whitfield@atlantic-trust.example.com>",
    "Yoko Tanabe <yoko.tanabe@kyowa-ginko.example.jp>",
    "Pierre Laurent <p.laurent@banque-lumiere.example.com>",
    "Takeshi Morita <t.morita@shinsei-capital.example.jp>",
    "Anna Becker <anna.becker@rheinbank.example.com>",
    "Kaori Endo <k.endo@minato-trust.example.jp>",
    "David Cho <david.cho@pacific-han-bank.example.com>",
    "Satoshi Nagai <s.nagai@daiichi-shinkin.example.jp>",
    "Olivia Grant <olivia.grant@thames-merchant.example.com>",
    "Ryo Kimura <r.kimura@sakura-net-bank.example.jp>",
    "Lucas Ferreira <l.ferreira@banco-atlantico.example.com>",
]
add(mail("hold", "recipients.visible_outside",
    "業界の勉強会メンバー12名（12行）のアドレスを宛先（To）に並べて送信。別々の銀行の担当者なのでBCCにすべき。",
    YAMAGUCHI, BANKS,
    "AML working group – next session 10 April / 次回勉強会のご案内",
    f"""
Dear members of the AML/CFT working group,
AML/CFT勉強会 メンバーの皆さま

Our next session will be hosted at Northbridge Bank, Tokyo Branch.
次回は当行で開催いたします。

  Date: Thursday, 10 April 2025, 16:00–18:00
  Venue: Marunouchi Terrace 21F, Conference Room "Sakura"
  Topic: Lessons from the FSA's 2024 AML/CFT thematic review
         (speaker: Takeshi Morita-san)

Please reply by 28 March if you will attend, and let us know of any guests.
No client-specific information will be discussed, as usual (Chatham House Rule).
{SIG_YAMAGUCHI}""", "Yamaguchi", "recipients"))

# 91 hold: EDD memo disclosing a customer's religious affiliation to an outside consultant
add(mail("hold", "sensitive.religion",
    "顧客の取引審査で、氏名・年齢とともに特定の宗教団体の信者・役職であることを外部のコンサルタントに伝えている。信条は要配慮個人情報。",
    YAMAGUCHI, ["Daniel Reyes <d.reyes@graniterisk.example.com>"],
    "EDD second opinion – cash deposits (client ref C-311902)",
    f"""
Dear Daniel,

As discussed, we would like your second opinion on an enhanced due diligence case before
it goes to the committee on 19 March.

Client: Ms. Keiko Shimada (age 63), retail client since 2011
Pattern: 14 cash deposits between JPY 800,000 and 1,900,000 since November 2024, each
followed within two days by a transfer to a religious corporation.

Her explanation: she is a long-standing believer and a regional leader (women's division)
of Seimei no Hikari Kyodan, and collects offerings from members in her area before
forwarding them to the headquarters. The amounts are consistent with the group's seasonal
offering events.

Our questions:
 1. Is the explanation plausible enough to close the alert with enhanced monitoring?
 2. Should we request documentation from the religious corporation directly?

Happy to walk you through the transaction data on a call.
{SIG_YAMAGUCHI}""", "Yamaguchi", "body",
    personal=[("name", "Keiko Shimada"),
              ("religion", "long-standing believer"), ("religion", "Seimei no Hikari Kyodan")]))

# 92 pass: corporate KYC refresh with LEI and corporate number
add(mail("pass", "benign.corporate_kyc",
    "法人顧客への定期確認の依頼。LEI・法人番号・登記上の代表者名は公開された法人情報で、個人の番号ではない。",
    CARTER, ["Midori Logistics – Finance <finance@midori-logi.example.jp>"],
    "KYC refresh 2025 – documents requested (Midori Logistics Co., Ltd.)",
    f"""
Dear Ms. Sugita,

As part of our periodic KYC review, we would be grateful if you could provide the
documents below by 31 March 2025.

Entity details on file:
  Legal name: Midori Logistics Co., Ltd.
  Corporate number (法人番号): 7010001203387
  LEI: 5493001KJTIIGC8Y1R12 (renewal due 14 May 2025)
  Representative director (per registry): Mr. Hiroyuki Kanda

Documents requested:
  1. Certificate of registered matters (履歴事項全部証明書), issued within 3 months
  2. Latest audited financial statements (FY2024)
  3. Updated shareholder register, if changed since 2023
  4. Confirmation that no shareholder holds 25% or more other than Midori Holdings

Documents can be uploaded through our secure client portal.
{SIG_CARTER}""", "Carter"))

# 93 pass: KYC refresh sent to the customer himself
add(mail("pass", "benign.data_subject",
    "顧客本人へのKYC更新のお願い。本人の口座（下4桁）と在留期限を本人に知らせるだけで、第三者提供ではない。",
    CARTER, ["Thomas Becker <t.becker.tokyo@gmail.com>"],
    "Action required: please update your residence card",
    f"""
Dear Mr. Becker,

Our records show that the residence card you provided when opening your account
(account ending 4471) expires on 30 April 2025.

To keep your account fully active, please upload a copy of your renewed residence card
(front and back) via the secure upload function in Northbridge Online, under
"Profile > Identity documents". Please do not send images by e-mail.

If your renewal is still being processed, a copy of the application receipt stamp on the
back of the card is sufficient for now.

If you have any questions, please call our client service desk at +81-3-5555-8000
(weekdays 9:00–17:00).
{SIG_CARTER}""", "Carter"))

# 94 hold: arrest and STR mentioned only in the subject
add(mail("hold", "sensitive.criminal",
    "本文は会議参加の返事だけだが、件名に顧客の氏名・顧客番号と、詐欺容疑での逮捕・疑わしい取引の届出の事実が入っている。",
    WATANABE, ["Aya Sakurada <a.sakurada@sakurada-law.example.jp>"],
    "RE: Hiroshi Tanaka (client C-204417) – arrested on fraud charges / STR filed",
    f"""
Sakurada-sensei,

Thank you. We will join the call at 16:00 today. Rina will share the account timeline
on screen; we will not circulate it by e-mail.

Kenji
{SIG_WATANABE}
> Watanabe-san,
> Could we have a short call this afternoon to discuss next steps on the account closure?
> Aya Sakurada
""", "Watanabe", "subject",
    personal=[("name", "Hiroshi Tanaka"), ("criminal", "arrested on fraud charges")]))

# 95 pass: aggregate STR statistics for an industry survey
add(mail("pass", "benign.aggregate",
    "業界団体の調査への回答で、疑わしい取引の届出件数などを集計値でのみ報告。顧客名はない。",
    WATANABE, ["FBAJ Secretariat – Survey <survey@fba-japan.example.jp>"],
    "FBAJ AML survey 2024 – Northbridge Bank Tokyo Branch response",
    f"""
Dear Secretariat,

Please find below our response to the 2024 AML survey (questions 3 to 7).

Q3 Number of STRs filed with the FSA in 2024: 46 (2023: 39)
Q4 Breakdown by typology:
     Suspected fraud / scam proceeds          17
     Unusual cash activity                     9
     Trade-based concerns                      8
     Sanctions-related                         4
     Other                                     8
Q5 Average time from alert to STR decision: 19 business days
Q6 Share of alerts closed as false positive: 93.8%
Q7 Headcount in financial crime compliance (Tokyo): 11 FTE

We are happy for the figures to be used in the aggregated report without attribution.
{SIG_WATANABE}""", "Watanabe"))

# 96 hold: screening hits list (attachment) to the vendor
add(mail("hold", "list.customers",
    "本文はチューニングの相談だけだが、添付CSVに顧客の氏名・生年月日・国籍・住所とヒットしたリストの一覧が入っている。",
    CARTER, ["RiskScreen Asia – Tuning <tuning@riskscreen.example.com>"],
    "False-positive tuning – sample of February alerts",
    f"""
Hi team,

Following our call, attached is a sample of February alerts that we closed as false
positives. Most of them are driven by common surnames matched against the same two list
entries. Could you suggest rule changes (e.g. requiring a DOB match for these entries)?

We would like to discuss your proposal in the monthly service review on 25 March.

Thanks,
Emily
{SIG_CARTER}""", "Carter", "attachment",
    attachments=[att("FP_sample_2025-02.csv", CSV, """
alert_id,client_id,client_name,date_of_birth,nationality,address,matched_list,matched_entry,score,disposition
A-250203-0117,R-102288,Ali Hassan,1986-01-19,Japan,"2-4-6 Kita-Aoyama, Minato-ku, Tokyo",OFAC SDN,HASSAN Ali (entry 28871),86,False positive - DOB and nationality mismatch
A-250205-0342,R-110954,Maria Santos,1979-09-02,Philippines,"1-19-3 Kameido, Koto-ku, Tokyo",UN Consolidated,SANTOS Maria (QDi.301),83,False positive - DOB mismatch
A-250211-0098,R-097731,Kenta Yamashita,1991-05-30,Japan,"5-12-8 Nishi-Kasai, Edogawa-ku, Tokyo",Local PEP list,YAMASHITA Kenta (city councillor),79,False positive - different person
A-250214-0251,R-113406,Ahmed Khan,1983-11-11,Pakistan,"3-2-1-707 Toyosu, Koto-ku, Tokyo",OFAC SDN,KHAN Ahmed (entry 31450),88,False positive - DOB mismatch
A-250219-0404,R-121160,Li Na,1995-03-07,China,"2-30-5 Takadanobaba, Shinjuku-ku, Tokyo",EU Consolidated,LI Na (EU.4411.12),81,False positive - DOB mismatch
""")],
    personal=[("name", "Ali Hassan"), ("birthdate", "1986-01-19"),
              ("address", "2-4-6 Kita-Aoyama, Minato-ku, Tokyo"), ("name", "Maria Santos"),
              ("name", "Ahmed Khan"), ("address", "3-2-1-707 Toyosu, Koto-ku, Tokyo")]))

# 97 pass: Japanese successor introduction to the audit firm
add(mail("pass", "benign.successor",
    "監査法人への担当交代の挨拶（日本語）。行員の氏名と職位のみ。",
    YAMAGUCHI_JA, ["あおば監査法人 金融部 小松様 <komatsu@aoba-audit.example.jp>"],
    "担当者交代のご挨拶（コンプライアンス部）",
    f"""
有限責任 あおば監査法人
金融事業部　小松様

いつも大変お世話になっております。
Northbridge Bank 東京支店 コンプライアンス部の山口です。

当部で貴法人との窓口を務めておりました石川 拓真が、
4月1日付でシンガポールのアジア地域統括拠点へ異動することとなりました。
後任は、同じく当部の今井 彩が担当いたします。

今井はこれまで取引モニタリングを担当しており、
今年度の内部統制監査（マネロン対策関連）の資料準備にも関わっております。
4月の期中手続きの打合せから、今井が出席いたします。

石川在任中のご厚情に心より御礼申し上げるとともに、
今後とも変わらぬご指導を賜りますようお願い申し上げます。
{SIG_YAMAGUCHI}""", "Yamaguchi",
    cc=["今井 彩 <aya.imai@northbridgebank.example.com>",
        "石川 拓真 <takuma.ishikawa@northbridgebank.example.com>"]))

# 98 hold: encrypted zip to the auditor
add(mail("hold", "attachment.encrypted_zip",
    "監査用のサンプル資料をパスワード付きZIPで送り、パスワードを別送するPPAP。",
    WATANABE, ["Kenta Komatsu <komatsu@aoba-audit.example.jp>"],
    "Sample testing – KYC files (request list item 14)",
    f"""
Dear Komatsu-san,

Please find attached the KYC files for the 25 samples selected under request list
item 14. The password will follow in a separate e-mail.

Two samples (No. 9 and No. 17) are accounts closed in 2024; for those we have included
the closure memo instead of the latest periodic review.

Please let us know if anything is missing.

Best regards,
Kenji
{SIG_WATANABE}""", "Watanabe", "zip",
    attachments=[enc_zip("KYC_samples_item14.zip")]))

# 99 pass: minutes with a long reply chain naming partner staff
add(mail("pass", "benign.minutes",
    "監査法人との定例会議の議事録と返信の連鎖。双方の担当者名と署名が並ぶが、顧客や個人に関する情報はない。",
    WATANABE, ["Kenta Komatsu <komatsu@aoba-audit.example.jp>",
               "Mei Hoshino <hoshino@aoba-audit.example.jp>"],
    "RE: RE: Minutes – quarterly meeting with Aoba Audit (5 March)",
    f"""
Komatsu-san, Hoshino-san,

Thank you for the comments. Final version below, with your edits in item 3 accepted.

Minutes – Quarterly meeting, 5 March 2025, 10:00–11:30, Northbridge Tokyo 21F
Attendees: Aoba Audit – K. Komatsu, M. Hoshino
           Northbridge – K. Watanabe, R. Yamaguchi, T. Ishikawa, A. Imai

1. Status of FY2024 findings: 4 of 5 closed; finding #3 (alert backlog) to close by June.
2. Transaction monitoring scenario review: model validation report shared on 28 Feb.
3. Sample testing: 25 KYC files (item 14) to be provided by 12 March via the data room.
4. Handover: A. Imai to replace T. Ishikawa as audit contact from 1 April.
Next meeting: early June (date TBC).

Best regards,
Kenji
{SIG_WATANABE}
-----Original Message-----
From: Mei Hoshino <hoshino@aoba-audit.example.jp>
Sent: Thursday, March 6, 2025 5:48 PM
To: Kenji Watanabe
Cc: Kenta Komatsu
Subject: RE: Minutes – quarterly meeting with Aoba Audit (5 March)

Dear Watanabe-san,
Thank you for the draft. One change on item 3: please say "via the data room" rather
than "by e-mail". Otherwise fine.
Mei Hoshino | Senior Associate | Aoba Audit LLC, Financial Services
Kasumigaseki Common Gate West 18F, 3-2-1 Kasumigaseki, Chiyoda-ku, Tokyo | +81-3-5555-3300

-----Original Message-----
From: Kenji Watanabe
Sent: Wednesday, March 5, 2025 6:10 PM
To: Kenta Komatsu; Mei Hoshino
Subject: Minutes – quarterly meeting with Aoba Audit (5 March)

Please find the draft minutes below. Comments welcome by Friday.
Kenji
""", "Watanabe",
    cc=["Rina Yamaguchi <rina.yamaguchi@northbridgebank.example.com>"]))

# 100 hold: colleague's private bank account to the payroll vendor
add(mail("hold", "id.bank_account",
    "同僚の経費精算の振込先変更として、本人の個人口座（銀行・支店・口座番号・名義）と社員番号を外部の給与計算会社に送っている。同僚のものでも個人の口座。",
    YAMAGUCHI, ["PayWell Japan – Client Service <client.service@paywell.example.jp>"],
    "Expense reimbursement – bank account change for one employee",
    f"""
Dear Client Service team,

One of our team members, Ms. Natsuki Hara (employee no. NB-T-0644), has changed her
salary and reimbursement account. She is on a business trip this week and asked me to
pass the details on so that the March expense reimbursement is not returned.

  New account: Sakura Minato Bank, Ebisu Branch (214), Ordinary 5083316, HARA NATSUKI
  Effective: March 2025 payroll cycle

The signed change form will be sent by HR in the usual monthly batch.
Please confirm once updated.

Thank you,
Rina
{SIG_YAMAGUCHI}""", "Yamaguchi", "body",
    personal=[("name", "Natsuki Hara"),
              ("bank_account", "Sakura Minato Bank, Ebisu Branch (214), Ordinary 5083316, HARA NATSUKI")]))
