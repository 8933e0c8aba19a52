# Org A: Kestrel Harbour Securities Co., Ltd., Tokyo Branch (investment bank). Mostly English.
from common import M, A, XLSX, PDF, CSV, ZIP, DOCX

DAN = "Daniel Ashford <daniel.ashford@kestrelharbour.example.jp>"
MAR = "Mariko Sugawara <mariko.sugawara@kestrelharbour.example.jp>"
KEN = "Kenji Oyama <kenji.oyama@kestrelharbour.example.jp>"

SIG_DAN = """--
Daniel Ashford
Head of Human Resources, Japan
Kestrel Harbour Securities Co., Ltd., Tokyo Branch
Marunouchi Kestrel Tower 21F, 2-9-4 Marunouchi, Chiyoda-ku, Tokyo 100-0005
T +81-3-6800-4410 | daniel.ashford@kestrelharbour.example.jp"""

SIG_MAR = """--
Mariko Sugawara / 菅原 真理子
Client Services & Operations
Kestrel Harbour Securities Co., Ltd., Tokyo Branch
T +81-3-6800-4532 | mariko.sugawara@kestrelharbour.example.jp"""

SIG_KEN = """--
Kenji Oyama / 大山 健二
Compliance Officer, Tokyo Branch
Kestrel Harbour Securities Co., Ltd.
T +81-3-6800-4177 | kenji.oyama@kestrelharbour.example.jp
This e-mail may contain confidential information. If received in error, please delete it."""

MAILS = [
M("a01", "hold", "sensitive.health", "body",
  "HR tells the external occupational physician an analyst's psychiatric diagnosis and medication by name.",
  DAN, ["Dr. Noriko Hattori <n.hattori@sangyoi-partners.example.jp>"],
  "Return-to-work review – Equity Research analyst",
  """Dear Dr. Hattori,

Thank you for making time on Thursday. Ahead of the review, here is the background you asked for.

Mr. Shota Kambara (Equity Research, Associate, employee no. KH-20931) has been on leave since 6 January. His treating psychiatrist at Yotsuya Mental Clinic diagnosed major depressive disorder with insomnia and he is currently on sertraline 50 mg. The clinic's latest note (dated 14 March) says he may resume at 50% hours from April, with no client calls for the first month.

His line manager, Ms. Wakabayashi, would like to know whether earnings-season overtime can be capped at 20 hours a month for him, and whether you see any issue with him covering the Osaka roadshow in May.

I will bring the clinic note in hard copy.

Best regards,
""" + SIG_DAN,
  personal=[{"type": "name", "value": "Shota Kambara"},
            {"type": "diagnosis", "value": "major depressive disorder with insomnia"}]),

M("a02", "pass", "benign.employment_verification", "",
  "Employment verification to a mortgage lender gives only dates and title and cites the employee's written consent.",
  DAN, ["Loan Desk <mortgage-desk@shinonome-trustbank.example.jp>"],
  "Employment verification – your ref. MTG-24-118806",
  """Dear Sir or Madam,

Further to your request of 2 April and the signed consent form you enclosed, we confirm the following:

  Name:              Ms. Haruka Izumi
  Employer:          Kestrel Harbour Securities Co., Ltd., Tokyo Branch
  Employment start:  1 October 2019
  Current title:     Vice President
  Employment status: Full-time, permanent

In line with our policy we do not disclose compensation or other personnel information by e-mail. If you need salary confirmation, please ask Ms. Izumi to provide her own 源泉徴収票.

Kind regards,
""" + SIG_DAN),

M("a03", "hold", "id.passport", "body",
  "Passport and residence-card numbers of an incoming expat and his spouse sent to an outside immigration lawyer.",
  DAN, ["Atsushi Kirino <kirino@kirino-gyosei.example.jp>"],
  "COE application – Mr. Lachlan Pryce",
  """Kirino-sensei,

Please find the details for the Certificate of Eligibility application for our incoming Managing Director. He starts on 1 July.

- Lachlan James Pryce, born 11 Feb 1981, Australian
  Passport no. PA4471920 (issued 2019, expires 2029)
- Spouse: Emily Rose Pryce, born 3 Sep 1983
  Passport no. PB0827713
  She held a Japanese residence card during a previous posting: TK58302194EA (expired)

Employer documents (登記事項証明書, financial statements) will follow from our legal entity team. Please let me know if you also need the children's passports at this stage.

Many thanks,
""" + SIG_DAN,
  personal=[{"type": "passport", "value": "PA4471920"},
            {"type": "passport", "value": "PB0827713"},
            {"type": "residence_card", "value": "TK58302194EA"}]),

M("a04", "hold", "list.roster", "attachment",
  "Offsite rooming list sent to a hotel carries names, birth dates, passport numbers and mobiles of 8 staff, only in the CSV.",
  MAR, ["Groups & Events <groups@hakone-kaisei-hotel.example.jp>"],
  "Rooming list – Kestrel Harbour offsite 23–24 May",
  """Dear Ms. Uchida,

Thank you for holding the block. Attached is the rooming list for our group. Check-in will be around 16:00 on the 23rd; the bus arrives from Tokyo Station.

Could you confirm the meeting room (Fuji) is set classroom-style for 24 with one projector?

Best regards,
""" + SIG_MAR,
  attachments=[A("rooming_list_0523.csv", "text/csv",
"""room_type,guest_name,date_of_birth,nationality,passport_no,mobile
Twin,Marcus Heller,1979-04-02,DE,C4KL82Y91,090-4418-2203
Twin,Tatsuya Noguchi,1986-11-19,JP,TZ1148302,080-7710-5561
Single,Priya Raman,1990-07-27,IN,R5528173,070-3321-9084
Single,Olivia Brandt,1984-01-08,GB,552183940,090-2276-4410
Twin,Yusuke Aramaki,1992-05-30,JP,TR8830215,080-1184-6630
Twin,Kaito Shimura,1994-12-14,JP,TS0042917,090-6603-7725
Single,Chen Wei-Lin,1988-03-03,TW,318822047,070-5519-0382
Single,Reina Kubota,1991-09-22,JP,TK7719046,080-2047-3319""")],
  personal=[{"type": "name", "value": "Tatsuya Noguchi"},
            {"type": "passport", "value": "TZ1148302"},
            {"type": "phone", "value": "080-7710-5561"}]),

M("a05", "pass", "benign.corporate_account", "",
  "Settlement instructions give the branch's own corporate accounts and SWIFT code to a counterparty.",
  MAR, ["Settlements <settlements@aomine-am.example.jp>"],
  "Standing settlement instructions – updated JPY / USD",
  """Dear Settlements team,

Please update your static data with our standing settlement instructions effective 1 June. The JPY account has not changed; the USD correspondent has.

JPY
  Beneficiary:  Kestrel Harbour Securities Co., Ltd., Tokyo Branch
  Bank:         Mizuhara Bank, Ltd., Head Office (SWIFT MZHBJPJT)
  Account:      普通 0458812

USD
  Intermediary: Hudson First National, New York (SWIFT HFNBUS33)
  Beneficiary bank: Mizuhara Bank, Ltd., Tokyo (SWIFT MZHBJPJT)
  Account:      1290-448-70213
  Beneficiary:  Kestrel Harbour Securities Co., Ltd., Tokyo Branch

Please call back on our recorded line (+81-3-6800-4500) to verify before any change takes effect; we will never change SSIs by e-mail alone.

Regards,
""" + SIG_MAR),

M("a06", "pass", "benign.dev_minutes_test_card", "",
  "UAT minutes for the client portal quote a Stripe-style test card number used in the sandbox.",
  KEN, ["Hiroki Sakane <h.sakane@tsurugi-systems.example.jp>", "Amelia Ford <amelia.ford@tsurugi-systems.example.jp>"],
  "Minutes – client portal UAT round 3 (fees payment module)",
  """Hiroki-san, Amelia,

Minutes from today's UAT session, for your records. Please correct anything I misheard.

1. Fee payment module
   - Sandbox payment with test card 4242 4242 4242 4242 (exp 12/34, CVC 123) succeeded; receipt e-mail arrived after ~40 s, target is 10 s.
   - Declined-card path (test card ending 0002) shows the raw gateway error. Tsurugi to map it to a friendly message.
   - Compliance requirement: production must never log the PAN. Please confirm that the sandbox log masking (first 6 / last 4) is also on in prod config.
2. Session timeout: agreed 15 minutes, warning at 13.
3. Next round: 18 June, 14:00, room 21B.

Action items
  [Tsurugi] error mapping, receipt latency  – 14 June
  [KH Compliance] sign-off checklist v2      – 12 June

""" + SIG_KEN),

M("a07", "hold", "id.card", "body",
  "Asks a conference organiser to charge a named banker's personal card, giving the full number and expiry.",
  MAR, ["Registration <register@asiafin-forum.example.com>"],
  "Registration – Asia Fixed Income Forum, Singapore",
  """Hello,

I am registering one delegate on behalf of our Tokyo office; your online form keeps timing out.

Delegate: Mr. Ryota Fujikake, Director, Rates Trading
Pass: Full conference + gala dinner (USD 2,450)

He would like to pay with his own card and claim it later:
  Visa 4111 1111 1111 1111, exp 08/27, name on card RYOTA FUJIKAKE
  CVV he will give by phone if needed.

Please send the invoice and receipt to me.

Thank you,
""" + SIG_MAR,
  personal=[{"type": "card", "value": "4111 1111 1111 1111"},
            {"type": "name", "value": "Ryota Fujikake"}]),

M("a08", "hold", "recipients.visible", "recipients",
  "Seminar invitation puts 13 external investors from different firms in To instead of Bcc.",
  KEN, ["yuki.arai@aomine-am.example.jp", "t.mochizuki@kasumi-life.example.jp", "sarah.lim@pacificbridge-cap.example.com",
        "h.ozaki@hokuriku-shinkin.example.jp", "k.tanabe@miyabi-pension.example.jp", "d.okafor@northgate-im.example.com",
        "m.sekiguchi@asahigaoka-bank.example.jp", "r.hinata@tokai-mutual.example.jp", "j.petersen@fjordcap.example.no",
        "a.kuwahara@seto-trust.example.jp", "emma.choi@lionrock-am.example.com", "s.yokoyama@kumo-ventures.example.jp",
        "n.funaki@minato-univ-endowment.example.ac.jp"],
  "Invitation: Japan Credit Outlook breakfast, 12 September",
  """Dear all,

We are pleased to invite you to our Japan Credit Outlook breakfast briefing.

  Date:   Thursday 12 September, 7:45–9:00
  Venue:  Marunouchi Kestrel Tower 22F, Seminar Room
  Speakers: Tomoko Hayami (Head of Credit Research), Alan Price (Chief Economist, APAC)

Please RSVP by 5 September. Compliance note: this event is for institutional investors only and no hospitality beyond breakfast will be provided.

""" + SIG_KEN),

M("a09", "pass", "benign.bcc_mass_invite", "",
  "The same kind of investor invitation with all external addresses in Bcc and only the sender in To.",
  KEN, [KEN], "Invitation: Yen Rates Mid-Year Review (webinar), 3 July",
  """Dear investors,

You are invited to our Yen Rates Mid-Year Review webinar.

  Wednesday 3 July, 16:00–17:00 JST (Teams link will be sent on registration)
  Speakers: Koichi Nagase, Head of JGB Strategy; Alan Price, Chief Economist, APAC

Topics: BOJ policy path after the June meeting, super-long JGB supply, swap spreads.

Registration: reply to this e-mail or contact your coverage salesperson.

This invitation has been sent to institutional clients in blind copy.

""" + SIG_KEN,
  bcc=["yuki.arai@aomine-am.example.jp", "t.mochizuki@kasumi-life.example.jp", "sarah.lim@pacificbridge-cap.example.com",
       "h.ozaki@hokuriku-shinkin.example.jp", "k.tanabe@miyabi-pension.example.jp", "d.okafor@northgate-im.example.com",
       "m.sekiguchi@asahigaoka-bank.example.jp", "r.hinata@tokai-mutual.example.jp", "j.petersen@fjordcap.example.no",
       "a.kuwahara@seto-trust.example.jp", "emma.choi@lionrock-am.example.com", "s.yokoyama@kumo-ventures.example.jp",
       "n.funaki@minato-univ-endowment.example.ac.jp", "p.ganesh@indigo-capital.example.com"]),

M("a10", "pass", "benign.project_two_companies", "",
  "Deal-team logistics with six visible addresses from the bank and one law firm.",
  KEN, ["Takeshi Minowa <t.minowa@minowa-kurata-law.example.jp>", "Lisa Kurata <l.kurata@minowa-kurata-law.example.jp>",
        "Jun Aoyagi <j.aoyagi@minowa-kurata-law.example.jp>"],
  "Project Heron – disclosure schedule review, Friday",
  """Minowa-sensei, Kurata-sensei, Aoyagi-san,

Thank you for the marked-up disclosure schedules. Could we walk through sections 4.7 (material contracts) and 4.12 (litigation) on Friday?

Proposed: Friday 21 June, 10:00–11:30, your Toranomon office. From our side: Marcus Heller, Reina Kubota and myself.

Outstanding items on our list:
  - Target's licence under 金商法 (関東財務局長(金商)第3391号) – confirm no conditions attached
  - Data room index v14 vs v15 differences
  - Wording of the MAC clause

Project code names only in calendar invites, please.

""" + SIG_KEN,
  cc=["Marcus Heller <marcus.heller@kestrelharbour.example.jp>", "Reina Kubota <reina.kubota@kestrelharbour.example.jp>"]),

M("a11", "hold", "id.mynumber", "quoted",
  "A short thank-you to the payroll vendor quotes the earlier thread that carries a new hire's My Number and personal bank account.",
  DAN, ["Payroll Support <support@sakura-payroll.example.jp>"],
  "Re: New joiner setup – June payroll",
  """Thanks, Ogino-san – received with thanks. We will send the signed 扶養控除等申告書 next week.

Daniel

""" + SIG_DAN + """

> From: Ogino Kaori <support@sakura-payroll.example.jp>
> Sent: Tuesday, 28 May 10:12
> Subject: Re: New joiner setup – June payroll
>
> Ashford様
> 登録が完了しました。6月25日支給分から反映されます。
>
>> From: Daniel Ashford
>> Sent: Monday, 27 May 18:40
>> Please set up the following new joiner for June payroll:
>>   Name: 三枝 拓海 (Takumi Saegusa), Operations Analyst, start 1 June
>>   個人番号: 6209 6654 2878
>>   Salary account: 東都銀行 神田支店 普通 3378102 名義 サエグサ タクミ
>>   Monthly base: per offer letter sent separately
""",
  personal=[{"type": "mynumber", "value": "6209 6654 2878"},
            {"type": "bank_account", "value": "普通 3378102"},
            {"type": "name", "value": "三枝 拓海"}]),

M("a12", "hold", "sensitive.health", "subject",
  "Only the subject line names the employee and his diagnosis; the body talks about forms.",
  DAN, ["Claims Team <claims@kinugawa-life.example.jp>"],
  "Group income protection claim – Tomoya Hirano (bipolar disorder, hospitalised 2 May)",
  """Dear Claims Team,

Please find below our answers to your checklist for the claim referenced in the subject.

1. Employer statement (Form E-2): signed and posted today.
2. Salary history for the last 12 months: will be provided by our payroll vendor directly.
3. Attending physician statement: the employee will arrange this himself.

Please let me know the expected timeline for the first benefit payment.

Kind regards,
""" + SIG_DAN,
  personal=[{"type": "name", "value": "Tomoya Hirano"},
            {"type": "diagnosis", "value": "bipolar disorder"}]),

M("a13", "hold", "attachment.encrypted_zip", "encrypted_zip",
  "Password-protected zip to the external auditor (PPAP), with the password to follow by separate mail.",
  KEN, ["Audit Team <kh-audit@aoba-audit.example.jp>"],
  "FY audit – PBC items 14 to 22",
  """Dear Aoba Audit team,

Please find attached PBC items 14 to 22 (trade confirmations sample and the cash reconciliation for March).
The password will be sent in a separate e-mail.

Best regards,
""" + SIG_KEN,
  attachments=[A("PBC_14-22.zip", ZIP, encrypted=True)]),

M("a14", "hold", "id.pension", "body",
  "Sends a new hire's basic pension number and employment-insurance number to the outside labour consultant.",
  DAN, ["社会保険労務士 今泉事務所 <office@imaizumi-sr.example.jp>"],
  "資格取得届の件 / Social insurance enrolment – new joiner",
  """今泉先生

いつもお世話になっております。Kestrel Harbour の Ashford です。
(English below)

6月1日入社の社員について、健康保険・厚生年金・雇用保険の資格取得手続きをお願いいたします。

  氏名: 宮城 綾乃（ミヤギ アヤノ）
  生年月日: 1995年8月17日
  基礎年金番号: 4521-603877
  雇用保険被保険者番号: 5019-447215-3（前職: 株式会社ノースブリッジ）
  月額報酬: 別途給与ベンダーより連絡

Please handle the enrolment for the above joiner. Let me know if you need her previous employer's 離職票.

よろしくお願いいたします。

""" + SIG_DAN,
  personal=[{"type": "pension_no", "value": "4521-603877"},
            {"type": "employment_insurance_no", "value": "5019-447215-3"},
            {"type": "name", "value": "宮城 綾乃"}]),

M("a15", "pass", "benign.plain_zip", "",
  "Unencrypted zip of a public-information pitch book sent to a client.",
  KEN, ["Shinichi Kuze <s.kuze@tamagawa-holdings.example.jp>"],
  "Discussion materials – capital policy (zip)",
  """Kuze-sama,

Ahead of Monday's meeting, attached are our discussion materials on capital policy. The zip is not password-protected; all contents are based on public information and our own market views.

Contents: main deck, appendix with peer buyback statistics, and the TSE guidance summary.

We look forward to seeing you and Mr. Hanazono on Monday.

""" + SIG_KEN,
  attachments=[A("Tamagawa_capital_policy_June.zip", ZIP,
"""Tamagawa_capital_policy_June/01_Discussion_Materials.pdf
Tamagawa_capital_policy_June/02_Appendix_Peer_Buybacks.xlsx
Tamagawa_capital_policy_June/03_TSE_PBR_Guidance_Summary.pdf""")]),

M("a16", "pass", "benign.it_outage", "",
  "Incident notice about a trading-system 障害 and a malware-infected laptop placed in 隔離.",
  KEN, ["Client Connectivity <connectivity@shiomi-am.example.jp>"],
  "【障害報告】FIX order routing outage 10:02–10:37 / Incident report",
  """Shiomi Asset Management 御中

本日 10:02〜10:37 に発生したFIX発注経路の障害についてご報告します。

- 事象: 当社FIXゲートウェイからの約定通知遅延（最大35分）
- 原因: ゲートウェイサーバー1台のマルウェア感染検知により、EDRが自動的にネットワーク隔離を実施。フェイルオーバーが想定どおり動作しなかったため。
- 影響: 貴社発注 14件の約定通知遅延。発注自体は全て正常に執行済み。
- 顧客情報の漏えい: 調査の結果、なし（感染端末は社内検証用で顧客データ非保持）

English summary: order acknowledgements were delayed up to 35 minutes after one gateway host was isolated by our EDR following a malware alert. All orders executed normally; no client data was affected.

""" + SIG_KEN),

M("a17", "pass", "benign.successor_intro", "",
  "Coverage handover introducing a successor banker, names and heavy signatures only.",
  MAR, ["Fumiko Tachibana <f.tachibana@kasumi-life.example.jp>"],
  "Introduction – your new coverage contact",
  """Dear Tachibana-san,

After six wonderful years covering Kasumi Life, I am moving to our Singapore office in August. I am delighted to introduce my successor, Mr. Yusuke Aramaki (cc'd), who has worked alongside me on your account since 2022.

Yusuke will contact you to arrange a short meeting in July so that I can introduce him in person. Nothing changes in your settlement arrangements.

Thank you for your trust and friendship over the years.

Warm regards,
""" + SIG_MAR + """

Yusuke Aramaki / 荒牧 祐介
Client Services & Operations
Kestrel Harbour Securities Co., Ltd., Tokyo Branch
T +81-3-6800-4539 | yusuke.aramaki@kestrelharbour.example.jp""",
  cc=["Yusuke Aramaki <yusuke.aramaki@kestrelharbour.example.jp>"]),

M("a18", "pass", "benign.condolence", "",
  "Condolence letter to a client company on the death of its founder, a well-known public figure.",
  KEN, ["Secretariat <hisho@kanzaki-kogyo.example.jp>"],
  "ご弔意 / Our condolences",
  """神崎工業株式会社
秘書室 御中

創業者 神崎 宗一郎 名誉会長のご逝去の報に接し、謹んでお悔やみ申し上げます。
戦後の日本の製造業を牽引された故人のご功績は、当社の多くの社員にとっても大きな目標でございました。

Our branch CEO, Mr. Richard Hale, joins me in extending our deepest sympathies. We will refrain from sending flowers in line with the family's wishes announced in the press.

心よりご冥福をお祈り申し上げます。

""" + SIG_KEN),

M("a19", "hold", "personal.resume", "quoted",
  "A one-line forward to an outside headhunter carries a candidate's full application with address, phone and birth date.",
  DAN, ["Graham Lo <graham.lo@talentbridge-search.example.com>"],
  "Fw: Application – Credit Analyst (ref. TKY-CR-07)",
  """Graham – FYI, came in directly to us. Is she already on your books? We don't want to pay a fee twice.

D.

""" + SIG_DAN + """

---------- Forwarded message ----------
From: 千早 莉子 <riko.chihaya1993@gmail.com>
Date: 3 June 2024 22:41
Subject: Application – Credit Analyst (ref. TKY-CR-07)
To: careers-tokyo@kestrelharbour.example.jp

Dear Hiring Team,

I would like to apply for the Credit Analyst role. My details:
  Name: Riko Chihaya (千早 莉子), born 19 March 1993
  Address: 東京都目黒区中町1-22-8 ヴェルデ中町 302
  Mobile: 090-3816-2275
  Current: Credit analyst, Hakuryu Asset Management (since 2019), current salary JPY 11.2m
  Education: Keio University, Faculty of Economics (2015)

I am currently on maternity leave until August and would be available from September.
CV attached.

Riko Chihaya
""",
  personal=[{"type": "name", "value": "千早 莉子"},
            {"type": "address", "value": "東京都目黒区中町1-22-8 ヴェルデ中町 302"},
            {"type": "phone", "value": "090-3816-2275"}]),

M("a20", "pass", "benign.public_figures", "",
  "Research morning note naming the BOJ governor, ministers and election candidates.",
  KEN, ["Research Distribution <research-dist@kumo-ventures.example.jp>"],
  "Morning note – BOJ, LDP leadership race",
  """Morning note (for professional investors only)

- BOJ: Governor Ueda's remarks at the Diet yesterday were read as hawkish; 2y JGB +3bp.
- LDP leadership race: candidates so far are Ms. Takaichi and Mr. Koizumi; a third, Mr. Kono, is expected to declare on Friday. Our politics team sees fiscal stance differences as the main market driver.
- US: Chair Powell speaks at Jackson Hole on Friday.

Compliance: this note contains no material non-public information. Distribution to retail clients is not permitted.

""" + SIG_KEN),

M("a21", "pass", "benign.aggregate_wellness", "",
  "Health-management (健康経営) statistics to the health insurer, aggregates only.",
  DAN, ["保健事業課 <hokenjigyo@kinyu-kenpo.example.jp>"],
  "健康経営優良法人 申請用データ / Wellness statistics FY2023",
  """金融業健康保険組合 保健事業課 御中

健康経営優良法人の申請に向け、当支店の集計値を共有いたします（個人を特定できるデータは含みません）。

  在籍者数: 412名
  定期健康診断受診率: 99.3%
  ストレスチェック受検率: 92.1%（高ストレス者割合 11.4%）
  特定保健指導 実施率: 58%
  月平均残業時間: 21.6時間
  障害者雇用率: 2.6%

Please let us know if the 集団分析 results should also be submitted in aggregated form.

""" + SIG_DAN),

M("a22", "hold", "sensitive.criminal", "body",
  "Compliance tells outside counsel that a named nominee director has a prior fraud conviction.",
  KEN, ["Eri Takasago <e.takasago@minowa-kurata-law.example.jp>"],
  "KYC escalation – Oriole Trading / nominee director",
  """Takasago-sensei,

We need your view on an onboarding case before Friday.

Our screening vendor returned a hit on the nominee director of Oriole Trading K.K., Mr. Masaaki Kurebayashi (born 1971). According to the vendor report he was convicted of fraud (詐欺罪) by the Osaka District Court in 2014 and received a suspended sentence of 3 years. He is not on any sanctions list.

Questions:
1. Does a spent suspended sentence affect our 犯収法 risk rating obligations?
2. Can we onboard if the UBO is a different person with a clean record?

Vendor report available in our file room on request.

""" + SIG_KEN,
  personal=[{"type": "name", "value": "Masaaki Kurebayashi"},
            {"type": "criminal_record", "value": "convicted of fraud (詐欺罪) by the Osaka District Court in 2014"}]),

M("a23", "pass", "benign.kyc_corporate", "",
  "Corporate KYC document request quoting 法人番号 and an LEI, numbers that look like IDs.",
  MAR, ["経理部 <keiri@tamagawa-holdings.example.jp>"],
  "KYC refresh – document request (法人番号 5010401088735)",
  """玉川ホールディングス株式会社 経理部 御中

定期的な取引時確認（KYC）の更新にあたり、下記書類のご提出をお願いいたします。

  法人番号: 5010401088735
  LEI: 353800KX7R2JQ9DW1V48
  口座番号（当社取引口座）: 70-0218845

  1. 履歴事項全部証明書（発行後6か月以内）
  2. 実質的支配者リスト（法務局の写し可）
  3. 取引担当者の委任状

We do not need any individual's identity documents this time.

""" + SIG_MAR),

M("a24", "pass", "benign.meeting", "",
  "Meeting arrangement with a client's treasury team, names and phone numbers of business contacts only.",
  MAR, ["Kana Hoshino <k.hoshino@shiomi-am.example.jp>"],
  "Re: Visit on 10 July – agenda",
  """Hoshino-san,

Thank you – 10 July, 15:00 at your office works well. Attendees from our side: Yusuke Aramaki, Priya Raman (Fixed Income Sales) and myself.

Agenda as you suggested:
  1. Repo facility renewal
  2. New reporting format (T+1)
  3. AOB

My mobile on the day: 080-4471-2290.

Best regards,
""" + SIG_MAR + """

> From: Kana Hoshino
> Could you come to our office on 10 July? 15:00 would suit our treasurer, Mr. Ishigami.
"""),

M("a25", "hold", "list.roster", "attachment",
  "Expat housing list to a relocation agent holds names, family members, home addresses and school details, only in the XLSX.",
  DAN, ["Relocation Desk <tokyo@globemove-relo.example.com>"],
  "Lease renewals – Q3 list",
  """Hi Sophie,

As discussed, attached is the list for the Q3 lease renewals. Could you start negotiations with the landlords and come back to us with proposed rents by 15 July?

Thanks,
""" + SIG_DAN,
  attachments=[A("Q3_lease_renewals.xlsx", XLSX,
"""[Renewals]
Employee	Family	Home address	Lease end	Rent (JPY)	Children's school
Marcus Heller	Spouse Anja, son Leon (9)	港区南麻布4-11-3 アリスガワテラス 501	2024-09-30	980000	German School Tokyo
Olivia Brandt	Partner Tom Reyes	渋谷区広尾2-6-18 広尾ガーデンフォレスト 1203	2024-08-31	760000	-
Lachlan Pryce	Spouse Emily, daughters Maisie (7), Isla (5)	港区元麻布3-2-21 パークコート元麻布 302	2024-09-15	1150000	British School in Tokyo
Chen Wei-Lin	Spouse Hsu Mei-Ling	中央区月島1-9-14 ブランズ月島 2401	2024-07-31	520000	-""")],
  personal=[{"type": "name", "value": "Marcus Heller"},
            {"type": "address", "value": "港区南麻布4-11-3 アリスガワテラス 501"},
            {"type": "address", "value": "渋谷区広尾2-6-18 広尾ガーデンフォレスト 1203"}]),
]
