# Org A: Kirishima Audit LLC (霧島監査法人) - engagement team, mostly English
HART = """--
Daniel Hart
Senior Manager, Assurance
Kirishima Audit LLC (霧島監査法人)
Marunouchi Kirishima Bldg. 12F, 2-4-1 Marunouchi, Chiyoda-ku, Tokyo
Tel +81-3-5555-0142 | d.hart@kirishima-audit.example.jp"""
MIURA = """--
Mariko Miura (三浦 真理子)
Manager, Assurance
Kirishima Audit LLC (霧島監査法人)
Tel +81-3-5555-0187 | m.miura@kirishima-audit.example.jp"""
OKA = """--
Yuto Oka (岡 悠斗)
Associate, Assurance
Kirishima Audit LLC
Tel +81-3-5555-0219 | y.oka@kirishima-audit.example.jp"""
F_HART = "Daniel Hart <d.hart@kirishima-audit.example.jp>"
F_MIURA = "Mariko Miura <m.miura@kirishima-audit.example.jp>"
F_OKA = "Yuto Oka <y.oka@kirishima-audit.example.jp>"

MAILS = [
dict(key="a_payroll_att", expect="hold", kind="list.roster", loc="attachment",
 why="The attached payroll sample lists eight named employees with birth dates and personal bank accounts and goes to a component auditor abroad.",
 frm=F_OKA, to=["Mei Ling Tan <meiling.tan@tanlim-cpa.example.sg>"], cc=[F_MIURA],
 subject="Nordlicht Japan FY24 - payroll testing selection",
 text="""Hi Mei Ling,

Following our call on Tuesday, please find attached our sample selection for the payroll
testing of the Japanese subsidiary (group instruction section 7.3).

We would appreciate it if your team could reconcile the selection to the group payroll
register before the fieldwork starts on 18 November.

Thanks and best regards,
Yuto

""" + OKA,
 attachments=[dict(filename="Payroll_sample_selection_FY24.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text="""[Selection]
No\tEmployee ID\tName\tDate of birth\tBank\tBranch\tAccount type\tAccount no.\tGross Oct (JPY)
1\tNJ-0112\t上野 智也\t1984-03-09\t三菱UFJ銀行\t新宿支店\t普通\t3318204\t512,400
2\tNJ-0147\t細川 由香\t1991-11-22\tみずほ銀行\t横浜駅前支店\t普通\t1092877\t398,000
3\tNJ-0203\t吉岡 大輔\t1979-06-30\tりそな銀行\t池袋支店\t普通\t5520931\t684,150
4\tNJ-0251\t中西 明日香\t1995-01-14\tゆうちょ銀行\t〇一八店\t普通\t2284410\t301,900
5\tNJ-0288\t原 健太郎\t1988-08-02\t三井住友銀行\t渋谷支店\t普通\t7732016\t455,300
6\tNJ-0310\tStefan Krause\t1976-12-19\tSMBC Trust\tTokyo\tSavings\t0048812\t1,120,000
7\tNJ-0344\t大森 千尋\t1993-04-27\t楽天銀行\t第一営業支店\t普通\t7001942\t287,600
8\tNJ-0372\t村田 浩二\t1982-09-05\t横浜銀行\t本厚木支店\t普通\t6120388\t472,800""")],
 personal=[dict(type="name", value="細川 由香"), dict(type="birth_date", value="1991-11-22"), dict(type="bank_account", value="3318204")]),

dict(key="a_fraud_body", expect="hold", kind="sensitive.criminal", loc="body",
 why="Names a client employee who was arrested and is under police investigation, sent to the client's outside counsel.",
 frm=F_HART, to=["Atty. Ryo Nakagawa <r.nakagawa@nakagawa-law.example.jp>"], cc=["Hiroshi Kondo <h.kondo@sakuragawa-foods.example.jp>"],
 subject="Sakuragawa Foods - status of the Kobe warehouse matter",
 text="""Dear Nakagawa-sensei,

Thank you for the update this morning. For our file, I summarise what we understood:

- Mr. Takeshi Ishizaki (warehouse supervisor, Kobe) was arrested by Hyogo Prefectural Police on
  3 October on suspicion of embezzlement of inventory (approx. JPY 18 million over 2 years).
- He remains in detention; the prosecutors are expected to decide on indictment by late October.
- The company has suspended him and has not yet made a public disclosure.

For the audit we need to conclude on (1) whether the loss is fully reflected in Q2, and
(2) whether other staff were involved. Could you let us know when the internal investigation
report is expected? We would like to read it before the audit committee on 7 November.

Kind regards,
Daniel

""" + HART,
 personal=[dict(type="name", value="Takeshi Ishizaki"), dict(type="criminal", value="arrested by Hyogo Prefectural Police on\n  3 October on suspicion of embezzlement")]),

dict(key="a_sickleave_quoted", expect="hold", kind="sensitive.health", loc="quoted",
 why="The quoted HR message names the plant manager and his depression-related sick leave; the reply is forwarded to an outside party.",
 frm=F_MIURA, to=["Kevin Lim <kevin.lim@tanlim-cpa.example.sg>"],
 subject="FW: RE: Restructuring provision - Oita plant",
 text="""Kevin-san,

Forwarding the client's answer on the restructuring provision for your component file.
Our view: the provision of JPY 240m is supportable; we will send the memo by Friday.

Best,
Mariko

""" + MIURA + """

-----Original Message-----
From: 久保 直美 <n.kubo@sakuragawa-foods.example.jp>
Sent: Monday, October 14, 2024 10:12
To: Mariko Miura
Subject: RE: Restructuring provision - Oita plant

三浦様

ご質問の件、回答いたします。
1. 大分工場の閉鎖決定は9月27日の取締役会で承認済みです。
2. 工場長の新井 健二さんは3月からうつ病で休職中のため、閉鎖計画は副工場長が担当しています。
   休職は来年2月まで延長の見込みで、復職は未定です。
3. 退職勧奨の対象者数は42名です。

よろしくお願いいたします。
久保
""",
 personal=[dict(type="name", value="新井 健二"), dict(type="health", value="3月からうつ病で休職中")]),

dict(key="a_passport_subject", expect="hold", kind="id.passport", loc="subject",
 why="The subject line carries the auditor's passport number for site registration; the body gives no detail.",
 frm=F_HART, to=["Security Desk <security@nordlicht-sg.example.com>"],
 subject="Site visit 12 Nov - HART Daniel James, UK passport 548213907, exp 2031-05",
 text="""Hello,

For the visitor registration at the Jurong site, my details are in the subject line as requested
by your reception team. I will arrive around 9:00 with my colleague, who will register separately.

Many thanks,
Daniel

""" + HART,
 personal=[dict(type="passport", value="548213907")]),

dict(key="a_zip", expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Encrypted zip (PPAP) of bank confirmation letters.",
 frm=F_OKA, to=["経理部 木下様 <kinoshita@sakuragawa-foods.example.jp>"],
 subject="銀行確認状の控え（パスワードは別送）",
 text="""木下様

いつもお世話になっております。霧島監査法人の岡です。
銀行残高確認状の控え一式をお送りします。パスワードは別メールでお知らせします。

ご査収のほどよろしくお願いいたします。

""" + OKA,
 attachments=[dict(filename="bank_confirmations_FY24.zip", contentType="application/zip", encrypted=True)]),

dict(key="a_recipients", expect="hold", kind="recipients.visible", loc="recipients",
 why="Invitation goes to twelve CFOs of different client companies with all addresses visible in To.",
 frm=F_HART, to=["y.sakamoto@sakuragawa-foods.example.jp", "cfo@nordlicht.example.jp", "t.hamada@hamada-kogyo.example.jp",
   "k.ishii@aoba-pharma.example.jp", "finance.head@minatomirai-retail.example.jp", "s.fujimoto@fujimoto-denki.example.jp",
   "m.watanabe@tohoku-cement.example.jp", "cfo-office@greenpeak-energy.example.jp", "a.noguchi@noguchi-shoji.example.jp",
   "r.yoshida@kaiun-lines.example.jp", "h.matsuda@matsuda-textile.example.jp", "j.ohara@oharahd.example.jp"],
 subject="Invitation: Audit Committee Roundtable 2024 - Sustainability disclosure (SSBJ)",
 text="""Dear CFOs,

We are pleased to invite you to our annual Audit Committee Roundtable.

Date: Thursday, 28 November 2024, 15:00-17:30 (reception from 17:30)
Venue: Kirishima Audit LLC, Marunouchi, 14F Seminar Room
Topic: Preparing for SSBJ sustainability disclosure - first-year lessons

Please reply by 15 November. Feel free to bring one member of your team.

Kind regards,
Daniel Hart

""" + HART),

dict(key="a_mynumber_body", expect="hold", kind="id.mynumber", loc="body",
 why="Sends a new colleague's My Number to the outside labour consultant.",
 frm=F_MIURA, to=["社会保険労務士法人ひまわり 担当 青木様 <aoki@himawari-sr.example.jp>"],
 subject="10月入所者の資格取得手続きについて",
 text="""青木様

いつもお世話になっております。霧島監査法人 総務担当を兼務している三浦です。
10月1日付で入所したアソシエイトの資格取得手続きをお願いいたします。

氏名：大谷 翔真（おおたに しょうま）
生年月日：2000年7月18日
個人番号：4087 5602 2627
基本給：285,000円

扶養はありません。雇用契約書の写しは郵送いたしました。

""" + MIURA,
 personal=[dict(type="mynumber", value="4087 5602 2627"), dict(type="name", value="大谷 翔真")]),

dict(key="a_confirm_att", expect="hold", kind="list.customers", loc="attachment",
 why="The attached confirmation population lists named individual customers with home addresses and outstanding balances.",
 frm=F_OKA, to=["ConfirmLink Support <support@confirmlink.example.com>"],
 subject="Upload - Aoba Home Credit receivables population Q3",
 text="""Hello ConfirmLink team,

Please find attached the population file for the Q3 confirmation run (engagement code KAL-2024-0331).
The sender authorisation form was uploaded last week.

Regards,
Yuto Oka

""" + OKA,
 attachments=[dict(filename="Q3_confirmation_population.csv", contentType="text/csv",
  text="""contract_no,customer_name,postal_code,address,phone,balance_jpy
AH-22-01193,佐野 康弘,231-0012,神奈川県横浜市中区相生町3-41-2,090-4418-2290,1284000
AH-22-01207,河合 美咲,260-0013,千葉県千葉市中央区中央2-8-15-402,080-3321-7714,642500
AH-23-00031,宮崎 隆之,330-0063,埼玉県さいたま市浦和区高砂1-19-7,070-5512-0938,2210000
AH-23-00088,田島 里奈,182-0022,東京都調布市国領町4-2-11,090-8861-4402,318000
AH-23-00142,金子 誠,211-0004,神奈川県川崎市中原区新丸子東2-905,080-6620-1185,1875300""")],
 personal=[dict(type="name", value="河合 美咲"), dict(type="address", value="千葉県千葉市中央区中央2-8-15-402"), dict(type="phone", value="090-4418-2290")]),

dict(key="a_card_body", expect="hold", kind="id.card", loc="body",
 why="Quotes a director's full card number from a T&E sample to the client.",
 frm=F_OKA, to=["Hiroshi Kondo <h.kondo@sakuragawa-foods.example.jp>"],
 subject="T&E testing - two exceptions",
 text="""Kondo-san,

During our T&E testing we found two items we could not vouch:

1. Statement of card 5555 5555 5555 4444 (holder: Director Yoshiaki Sakamoto), 12 Aug,
   "Hotel Granvia Osaka" JPY 186,400 - no approval form attached.
2. Expense claim EC-24-0917, taxi JPY 23,800 - receipt missing.

Could you provide the supporting documents by 25 October?

Best regards,
Yuto

""" + OKA,
 personal=[dict(type="card", value="5555 5555 5555 4444")]),

dict(key="a_dismissal_fwd", expect="hold", kind="sensitive.criminal", loc="quoted",
 why="The forwarded HR note names an employee dismissed after a drunk-driving conviction, sent on to the component auditor.",
 frm=F_MIURA, to=["Kevin Lim <kevin.lim@tanlim-cpa.example.sg>", "Mei Ling Tan <meiling.tan@tanlim-cpa.example.sg>"],
 subject="FW: Litigation and claims - Japan",
 text="""Kevin-san, Mei Ling-san,

For your litigation and claims procedures, see the client's reply below. The unfair dismissal
claim is the only open item; we consider the JPY 5m estimate reasonable.

Mariko

""" + MIURA + """

---------- Forwarded message ---------
From: Legal Affairs <legal@nordlicht.example.jp>
Date: 2024/10/09 16:40
Subject: Litigation and claims - Japan

Miura-san,

Open claims as of 30 Sep:
- Unfair dismissal claim by Mr. Shunsuke Aoyama (former driver, Nagoya depot). He was dismissed
  in May after his conviction for drunk driving (fine of JPY 500,000, Nagoya Summary Court).
  He claims the dismissal was excessive. Labour tribunal hearing on 19 Nov. Estimate JPY 5m.
- No other claims.

Regards,
Legal Affairs, Nordlicht Japan K.K.
""",
 personal=[dict(type="name", value="Mr. Shunsuke Aoyama"), dict(type="criminal", value="conviction for drunk driving")]),

# ---------------- passes ----------------
dict(key="a_kickoff", expect="pass", kind="benign.project_thread",
 why="Kick-off scheduling between the audit team and client finance with six visible addresses from two companies.",
 frm=F_HART, to=["Hiroshi Kondo <h.kondo@sakuragawa-foods.example.jp>", "Naomi Kubo <n.kubo@sakuragawa-foods.example.jp>", "Sho Kinoshita <kinoshita@sakuragawa-foods.example.jp>"],
 cc=[F_MIURA, F_OKA, "Keiko Arimura <k.arimura@kirishima-audit.example.jp>"],
 subject="RE: RE: Year-end audit kick-off - proposed dates",
 text="""Kondo-san, Kubo-san, Kinoshita-san,

Thank you - 21 January at 14:00 works for all of us. We will come to your Shinagawa office.
Arimura-san (our IT audit partner) will join for the first 30 minutes.

Draft agenda:
1. Timeline and PBC list
2. Key audit matters (inventory valuation, Oita restructuring)
3. IT general controls - changes to the SAP environment
4. Interim findings follow-up

Best regards,
Daniel

""" + HART + """

> From: Hiroshi Kondo
> Sent: Friday, January 10, 2025 18:03
> Dear Daniel-san,
> Either 21 or 23 January is fine with us. Kubo and Kinoshita will also attend.
> Best regards,
> Hiroshi Kondo
> General Manager, Accounting Dept. | Sakuragawa Foods Co., Ltd.
> 2-15-8 Konan, Minato-ku, Tokyo | Tel 03-6555-2301
"""),

dict(key="a_invoice", expect="pass", kind="benign.corporate_bank",
 why="Audit fee invoice with the firm's corporate bank account and SWIFT code.",
 frm=F_MIURA, to=["Accounts Payable <ap@nordlicht.example.jp>"],
 subject="Invoice KAL-INV-2024-1187 - interim audit fee",
 text="""Dear Accounts Payable team,

Please find below our invoice for the interim audit fee (FY2024).

Invoice no.: KAL-INV-2024-1187
Amount: JPY 6,600,000 (incl. consumption tax JPY 600,000)
Registration no. (適格請求書発行事業者): T7010405019921
Due date: 30 November 2024

Bank: MUFG Bank, Ltd., Marunouchi Branch (001)
Account: Ordinary 0819264
Account name: Kirishima Audit LLC (キリシマカンサホウジン)
SWIFT: BOTKJPJT

For payment from Germany please quote the invoice number in the reference field.

Kind regards,
Mariko Miura

""" + MIURA),

dict(key="a_successor", expect="pass", kind="benign.successor",
 why="Introduces the senior manager's successor on the engagement with names and contact details of staff only.",
 frm=F_HART, to=["Yoshiaki Sakamoto <y.sakamoto@sakuragawa-foods.example.jp>"], cc=["Hiroshi Kondo <h.kondo@sakuragawa-foods.example.jp>", F_MIURA],
 subject="Change of senior manager on your engagement",
 text="""Dear Sakamoto-san,

I am writing to let you know that from 1 April I will move to our Osaka office to lead the
manufacturing practice there. It has been a pleasure working with you and your team for five
audit cycles.

My successor will be Ms. Mariko Miura, who has been the manager on your engagement for the last
two years and knows your business well. For continuity, I will remain available until the
Q1 review and will attend the handover meeting on 18 March.

With sincere thanks,
Daniel Hart

""" + HART),

dict(key="a_itgc", expect="pass", kind="benign.it_outage",
 why="ITGC follow-up where 障害 and incident numbers refer to a system outage only.",
 frm=F_OKA, to=["情報システム部 平野様 <hirano@sakuragawa-foods.example.jp>"],
 subject="ITGC: 9月のシステム障害に関する確認事項",
 text="""平野様

お世話になっております。霧島監査法人の岡です。
9月12日に発生した販売管理システムの障害について、以下の資料をご提供ください。

- インシデント記録 INC-2024-00871（障害発生 02:14、復旧 06:40）
- 障害報告書および再発防止策
- 復旧時に実施したデータ整合性チェックの結果
- 緊急変更 CHG-2024-1132 の承認記録

Please note our IT specialist, Ms. Arimura, may ask follow-up questions in English.

""" + OKA),

dict(key="a_invoice_samples", expect="pass", kind="benign.invoice_samples",
 why="Sales cut-off sample with invoice numbers and corporate customers whose names contain surnames.",
 frm=F_OKA, to=["Naomi Kubo <n.kubo@sakuragawa-foods.example.jp>"],
 subject="Cut-off testing - sample list",
 text="""Kubo-san,

Please prepare delivery notes and customer acceptance for the following cut-off samples:

Invoice no.   Customer                 Amount (JPY)   Date
SF-2403-8812  株式会社山田商事          4,218,000      2024-03-29
SF-2403-8830  鈴木トレーディング株式会社  1,090,500      2024-03-30
SF-2403-8841  有限会社佐藤青果          612,480        2024-03-31
SF-2404-0007  Tanaka Foods Ltd.        2,870,000      2024-04-01
SF-2404-0019  株式会社高橋フレッシュ     935,200        2024-04-01

JAN codes for the top SKU are not needed this time.

Thanks,
Yuto

""" + OKA),

dict(key="a_disability_levy", expect="pass", kind="benign.aggregate_disability",
 why="Reviews the disabled-employment levy accrual using only aggregate headcounts.",
 frm=F_MIURA, to=["Naomi Kubo <n.kubo@sakuragawa-foods.example.jp>"],
 subject="障害者雇用納付金の引当について / Disability employment levy accrual",
 text="""久保様

障害者雇用納付金の未払計上について確認しました。

- 常用労働者数：1,284名（月平均）
- 雇用障害者数（カウント後）：26.5名
- 実雇用率：2.06%（法定雇用率 2.5%）
- 不足数 5.6名 × 50,000円 × 12か月 ＝ 約3,360千円

計算は妥当と考えます。なお来期は法定雇用率の引上げがあるため、注記の要否を別途ご相談させてください。

In short: the accrual is reasonable; no adjustment proposed.

""" + MIURA),

dict(key="a_condolence", expect="pass", kind="benign.condolence",
 why="Condolences on the death of the client's founder, a publicly known figure.",
 frm=F_HART, to=["Yoshiaki Sakamoto <y.sakamoto@sakuragawa-foods.example.jp>"],
 subject="With deepest sympathy",
 text="""Dear Sakamoto-san,

I was deeply saddened to read in the Nikkei this morning of the passing of Mr. Genzo Sakuragawa,
the founder of your company. His vision of bringing regional foods to the national market is
something many of us in the team admired.

On behalf of everyone at Kirishima Audit, please accept our heartfelt condolences and convey them
to the Sakuragawa family. Please do not worry about our meeting next week; we will reschedule at
your convenience.

With sympathy,
Daniel Hart

""" + HART),

dict(key="a_newsletter", expect="pass", kind="benign.bcc_newsletter",
 why="Technical newsletter to clients with all recipients in Bcc.",
 frm=F_MIURA, to=[F_MIURA],
 bcc=["y.sakamoto@sakuragawa-foods.example.jp", "cfo@nordlicht.example.jp", "t.hamada@hamada-kogyo.example.jp", "k.ishii@aoba-pharma.example.jp",
  "finance.head@minatomirai-retail.example.jp", "s.fujimoto@fujimoto-denki.example.jp", "m.watanabe@tohoku-cement.example.jp",
  "cfo-office@greenpeak-energy.example.jp", "a.noguchi@noguchi-shoji.example.jp", "r.yoshida@kaiun-lines.example.jp", "h.matsuda@matsuda-textile.example.jp"],
 subject="[Kirishima Accounting Update] New lease standard (ASBJ Statement No. 34)",
 text="""Dear clients,

This issue covers the new Japanese lease accounting standard published in September:

* Effective for fiscal years beginning on or after 1 April 2027 (early adoption permitted)
* All leases on balance sheet for lessees, with short-term and low-value exemptions
* Practical expedients on transition

Our 60-minute webinar on 5 December will walk through a worked example. Registration:
https://kirishima-audit.example.jp/seminars/2024-lease

You receive this mail because you are a contact of an engagement team. To unsubscribe, reply "stop".

""" + MIURA),

dict(key="a_plainzip", expect="pass", kind="benign.plain_zip",
 why="Unencrypted zip with PBC trial balance files; nothing personal.",
 frm=F_OKA, to=["Sho Kinoshita <kinoshita@sakuragawa-foods.example.jp>"],
 subject="PBC round 2 - returned files with tick marks",
 text="""Kinoshita-san,

Attached (plain zip, no password) are the trial balance and fixed asset roll-forward with our
tick marks. Three items are marked in yellow where we need explanations.

Thanks,
Yuto

""" + OKA,
 attachments=[dict(filename="PBC_round2_returned.zip", contentType="application/zip",
  text="""TB_FY24_Q3_ticked.xlsx
FA_rollforward_FY24.xlsx
Open_items_list.docx""")]),

dict(key="a_verification", expect="pass", kind="benign.employment_verification",
 why="Minimal employment verification with the former employee's written consent: dates and title only.",
 frm=F_MIURA, to=["Background Checks <verify@trustline-screening.example.com>"],
 subject="Re: Employment verification request #TV-55821",
 text="""Dear TrustLine team,

With reference to your request #TV-55821 and the signed consent form you provided, we confirm:

Name: Aya Kurosawa
Position: Senior Associate, Assurance
Employment period: 1 April 2018 - 31 August 2023

In line with our policy we do not provide information on compensation, performance or the reason
for leaving.

Regards,
Mariko Miura
on behalf of HR, Kirishima Audit LLC

""" + MIURA),
]
