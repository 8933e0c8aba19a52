from common import *
ORG = "saas"
MIS = "Misaki Saeki <misaki.saeki@sorairo.co.jp>"
DAN = "Daniel Whitford <daniel.whitford@sorairo.co.jp>"
KAW = "Takuma Kawai <takuma.kawai@sorairo.co.jp>"
SIG_MIS = """--
Misaki Saeki 佐伯 美咲
Customer Success Manager | Sorairo Systems Inc.
Sorairo Works – HR, attendance & payroll cloud
T: +81-3-6555-0142 | https://sorairo.co.jp
6F Kanda Square Annex, 2-8 Kanda Nishikicho, Chiyoda-ku, Tokyo 101-0054"""
SIG_DAN = """Daniel Whitford
Senior Customer Success Manager, APAC
Sorairo Systems Inc. | Sorairo Works
M: +81-80-5555-2231 | daniel.whitford@sorairo.co.jp
Book time with me: https://sorairo.co.jp/meet/dwhitford"""
SIG_KAW = """Takuma Kawai (河合 拓真)
Support Engineering | Sorairo Systems Inc.
Support portal: https://help.sorairo.co.jp  (24/7 status: status.sorairo.co.jp)"""
SIG_KAW_JA = """----------------------------------------
ソライロシステムズ株式会社
サポートエンジニアリング部　河合 拓真
TEL 03-6555-0150（サポート窓口 平日9:00-18:00）
https://help.sorairo.co.jp
----------------------------------------"""
SIG_MIS_JA = """━━━━━━━━━━━━━━━━━━━━━━
ソライロシステムズ株式会社
カスタマーサクセス部　佐伯 美咲
〒101-0054 東京都千代田区神田錦町2-8 神田スクエアアネックス6F
TEL 03-6555-0142 / https://sorairo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

MAILS = []
add = MAILS.append

# S1 pass: QBR meeting, many partner names
add(M(ORG, "pass", "benign.meeting", "Scheduling a business review with named customer staff; no personal data beyond business contacts.",
  DAN, ["Grace Lim <grace.lim@meridianfreight.sg>"], "Q3 business review – proposed agenda and slots",
  cc=["Arjun Menon <arjun.menon@meridianfreight.sg>", MIS],
  text=f"""Hi Grace,

Thanks again for the quick call on Monday. As promised, here is a proposed agenda for the Q3 business review, plus three slots that work on our side (all times SGT):

  - Tue 17 Sep, 10:00–11:30
  - Wed 18 Sep, 14:00–15:30
  - Fri 20 Sep, 09:30–11:00

Agenda
1. Adoption since go-live (Singapore and Penang entities) – 412 of 430 seats active
2. Payroll cut-over lessons learned – Arjun, could you walk us through the March run?
3. Roadmap: multi-currency expense claims, leave-balance API (v2)
4. Open tickets: #48213 (shift import), #48377 (SSO timeout)
5. Renewal timeline and the Malaysia expansion

From our side it will be me, Misaki Saeki (your day-to-day CSM), and Kenta Hoshino from Product for item 3. If Wei Ling from your finance team can join for item 5 that would be ideal, but no pressure.

Let me know which slot suits and I will send a Teams invite.

Best regards,
{SIG_DAN}
""", tag="heavy signatures, partner names"))

# S2 pass: support ticket with logs
add(M(ORG, "pass", "benign.support_log", "Ticket reply with request IDs, hashes and server IPs; no personal data.",
  KAW, ["it-admin@hokuto-logi.co.jp"], "[Ticket #48377] SSO login timeout – findings",
  text=f"""Hello Hokuto Logistics IT team,

We looked into the SSO timeouts you reported on 3 September. The IdP response is arriving after our 10-second assertion window. Relevant excerpt from our edge logs (tenant t_hk7731):

2024-09-03T01:14:22.418Z WARN  saml.acs  req=9f2c1e0a-44b7-4d1e-9b0e-1a3c5d7e8f90 tenant=t_hk7731 idp=adfs.hokuto-logi.co.jp latency_ms=11842 status=TIMEOUT
2024-09-03T01:14:22.419Z INFO  saml.acs  req=9f2c1e0a-44b7-4d1e-9b0e-1a3c5d7e8f90 retry=1 upstream=10.42.8.17:8443
2024-09-03T01:14:24.003Z INFO  saml.acs  req=9f2c1e0a-44b7-4d1e-9b0e-1a3c5d7e8f90 status=OK latency_ms=1581 assertion_sha256=4be1c09a7f3d22e8b1a0c55f6e9d3b7a0c2f18e4d6b9a3c1e5f7a9b2c4d6e8f0

Your ADFS server clock also appears to be 38 s ahead of NTP, which makes some assertions look "not yet valid".

Suggested actions:
1. Re-sync the ADFS host to ntp.nict.jp.
2. Check the ADFS farm's load balancer health probe; the slow responses cluster between 08:00 and 08:20 JST.

If the timeouts continue after that, reply with a HAR file (with cookies removed, please) and we'll dig further.

Best regards,
{SIG_KAW}
""", tag="logs with ids"))

# S3 hold: user import CSV sent to third-party integrator (attachment only)
add(M(ORG, "hold", "list.customers", "Customer's employee list with names, personal phones and birth dates attached and sent to an outside integration partner.",
  KAW, ["Rahul Iyer <rahul@bridgepoint-integrations.com>"], "Import failing for Kiyomizu Foods – sample file",
  text=f"""Hi Rahul,

As discussed on Slack, Kiyomizu Foods' nightly import from your connector keeps failing at row 3 with "E_DATE_FORMAT". I've attached the file they uploaded so you can reproduce it on your side.

I suspect your mapper is sending birth dates as YYYY/MM/DD while the spec (v3.2, section 4.1) expects ISO 8601.

Thanks,
{SIG_KAW}
""",
  attachments=[A("kiyomizu_employees_upload_0909.csv", CSV, """employee_code,last_name,first_name,birth_date,mobile,home_address,dept
KF-00112,Yamaguchi,Haruka,1988/04/17,090-5512-3307,"3-14-2 Higashi-Oi, Shinagawa-ku, Tokyo",Production
KF-00118,Ishida,Sota,1993/11/02,080-6623-9041,"1-5-9 Nishi-Kasai, Edogawa-ku, Tokyo",Logistics
KF-00131,Nakagawa,Mio,1979/07/30,070-3318-2250,"2-2-21 Honcho, Funabashi-shi, Chiba",QA
KF-00137,Okabe,Ryota,2000/01/09,090-7741-1186,"4-8-3 Minami-Urawa, Saitama-shi",Production
KF-00142,Fujisawa,Naomi,1985/12/24,080-2290-6674,"6-1-11 Kamata, Ota-ku, Tokyo",Office""")],
  personal=[("name", "Yamaguchi,Haruka"), ("birth_date", "1988/04/17"), ("phone", "090-5512-3307"), ("address", "3-14-2 Higashi-Oi, Shinagawa-ku, Tokyo"), ("name", "Ishida,Sota"), ("phone", "080-6623-9041")],
  tag="attachment-only"))

# S4 pass: invoice with corporate bank/SWIFT
add(M(ORG, "pass", "benign.invoice", "Invoice with the company's own corporate bank account and SWIFT code.",
  MIS, ["accounts.payable@lindqvist-marine.se"], "Invoice INV-2024-0917 – Sorairo Works annual subscription",
  cc=["Erik Sandberg <erik.sandberg@lindqvist-marine.se>"],
  text=f"""Dear Accounts Payable team,

Please find attached invoice INV-2024-0917 for the Sorairo Works annual subscription (Oct 2024 – Sep 2025), 85 seats, Professional plan.

Amount due: JPY 2,346,000 (incl. JP consumption tax where applicable; reverse charge for EU recipient)
Due date: 31 October 2024
PO reference: LM-PO-55821

Remittance details
Beneficiary: Sorairo Systems Inc.
Bank: Mizuho Bank, Ltd., Kanda Branch
Account no.: 1234567 (ordinary)
SWIFT/BIC: MHCBJPJT
Bank address: 1-5-5 Otemachi, Chiyoda-ku, Tokyo

Please quote the invoice number in the payment reference. Erik, I've copied you as the contract owner.

Kind regards,
{SIG_MIS}
""",
  attachments=[A("INV-2024-0917.pdf", PDF, """INVOICE INV-2024-0917
Sorairo Systems Inc. (Corporate No. 8010001234567 / Registration No. T8010001234567)
Bill to: Lindqvist Marine AB, Hamngatan 12, 411 14 Göteborg, Sweden (VAT SE556123456701)
Sorairo Works Professional – 85 seats x 12 months ... JPY 2,346,000
Payment: Mizuho Bank Kanda Branch, Acct 1234567, SWIFT MHCBJPJT""")]))

# S5 hold: refund to private person's account to outsourced accounting
add(M(ORG, "hold", "id.bank_account", "A freelancer customer's personal bank account details sent to the outsourced accounting firm.",
  MIS, ["Yuki Ando <y.ando@kitamura-accounting.jp>"], "Refund request – sole proprietor account (double charge)",
  text=f"""Hi Ando-san,

Could you process a refund for a double charge on our self-serve plan? The customer is a sole proprietor who pays from his own account, so please refund directly to the account below (he confirmed by phone this morning).

Customer: Marco Bellini (design studio, self-employed)
Refund amount: JPY 13,200 (August charge taken twice)
Bank: Sumitomo Mitsui Banking Corporation, Ebisu Branch (branch code 633)
Account type: ordinary
Account number: 7048215
Account holder: BELLINI MARCO

Our internal reference is RF-0412. Thanks as always!

Best,
{SIG_MIS}
""",
  personal=[("name", "Marco Bellini"), ("bank_account", "7048215"), ("account_holder", "BELLINI MARCO")]))

# S6 pass: dev notes with Luhn test card
add(M(ORG, "pass", "benign.test_card", "Payment sandbox instructions with a public Luhn-valid test card number in development notes.",
  KAW, ["dev-team@meridianfreight.sg"], "Sandbox: testing expense reimbursement card payouts",
  cc=["Arjun Menon <arjun.menon@meridianfreight.sg>"],
  text=f"""Hi all,

Notes from today's integration session, for anyone who couldn't make it:

- Sandbox base URL: https://sandbox.api.sorairo.co.jp/v2
- The sandbox only accepts the processor's published test cards. Use 4242 4242 4242 4242, any future expiry (e.g. 12/34), any 3-digit CVC. Card 4000 0000 0000 0002 always returns "card_declined", which is handy for the failure path.
- Webhook signatures: HMAC-SHA256 over the raw body; header X-Sorairo-Signature. Sample secret whsec_test_7f3a9c is sandbox-only.
- Idempotency keys must be unique per payout (we saw 409s on retries yesterday).

Next session: Thursday 15:00 SGT. Arjun will demo the approval flow.

Cheers,
{SIG_KAW}
"""))

# S7 hold: full card number from phone order to billing partner
add(M(ORG, "hold", "id.card", "A customer's full card number with expiry taken by phone is forwarded in plain text to the billing partner.",
  MIS, ["billing-ops@payvantage.jp"], "Manual charge – customer paid by phone",
  text=f"""Hello PayVantage billing team,

One of our small customers can't log in to update the card on file, so she read out her card details on the phone. Could you please run a manual charge of JPY 39,600 against it for the annual renewal?

Cardholder: Sarah O'Connell (O'Connell Translation Services)
Card number: 5555 5555 5555 4444
Expiry: 08/27
Billing postcode: 150-0012

Please confirm once done and I'll close the ticket (#48502).

Thanks,
{SIG_MIS}
""",
  personal=[("name", "Sarah O'Connell"), ("card_number", "5555 5555 5555 4444"), ("card_expiry", "08/27")]))

# S8 pass: outage postmortem with isolation/quarantine words
add(M(ORG, "pass", "benign.it_incident", "Incident postmortem using isolate/quarantine/infected for servers and malware; no person involved.",
  DAN, ["Grace Lim <grace.lim@meridianfreight.sg>", "it-admin@hokuto-logi.co.jp"], "Post-incident report: degraded payroll exports on 11 Sep",
  text=f"""Hello,

As promised, here is the summary of last Wednesday's incident affecting payroll exports for a subset of APAC tenants.

What happened
At 09:12 JST a batch worker node in our Tokyo region was flagged by endpoint protection: a dependency in a build image had been infected with a known crypto-miner (detection: Trojan.Linux.Miner.gen). The node was automatically isolated and the image quarantined. While the pool scaled back up, export jobs queued for up to 47 minutes.

Impact
- No customer data was accessed or exfiltrated (confirmed by our forensics partner; hash of the malicious binary: 3f79bb7b435b05321651daefd374cd21).
- 212 export jobs delayed; all completed by 10:05 JST.

What we're changing
1. Pinning base images by digest and scanning at build time.
2. Adding a warm standby pool so isolation of one node doesn't cause queueing.

I'm happy to go through this on a call. Apologies for the disruption.

Regards,
{SIG_DAN}
"""))

# S9 hold: subject-only medical
add(M(ORG, "hold", "sensitive.medical", "The subject line states that a named staff member is on leave for depression; body is neutral.",
  MIS, ["Hiroshi Tanabe <h.tanabe@tanabe-print.co.jp>"], "Account manager change – Kenji Ota on sick leave (depression) until further notice",
  text=f"""Dear Tanabe-san,

Thank you for your continued business. From today I will be your main contact for Sorairo Works, including next week's payroll-setting review. Nothing changes in your contract or support plan.

Could we keep the Thursday 14:00 slot for the review? I'll bring the year-end adjustment checklist.

Best regards,
{SIG_MIS}
""",
  personal=[("name", "Kenji Ota"), ("health", "sick leave (depression)")], tag="subject-only"))

# S10 pass: successor introduction
add(M(ORG, "pass", "benign.introduction", "Handover introduction of a successor; business contact details only.",
  DAN, ["Liam Fraser <liam.fraser@clearwaterdental.com.au>"], "Introducing Priya, your new CSM from 1 October",
  cc=["Priya Raman <priya.raman@sorairo.co.jp>"],
  text=f"""Hi Liam,

I wanted to let you know personally that from 1 October I'm moving to our new partner programme, and Priya Raman will take over as your Customer Success Manager. Priya has run onboarding for several multi-clinic groups in Australia and New Zealand, so she already knows the award-interpretation quirks you've been wrestling with.

Priya and I will do a joint call in the next two weeks so nothing falls through the cracks — she'll reach out with a couple of times. Your open items (the Brisbane clinic cost-centre mapping and the rostering API) are in our handover notes.

It's been a pleasure working with you and the Clearwater team these two years. Say hi to Megan and Tom for me.

All the best,
{SIG_DAN}
"""))

# S11 pass: one-liner
add(M(ORG, "pass", "benign.short_reply", "One-line scheduling confirmation.",
  MIS, ["Grace Lim <grace.lim@meridianfreight.sg>"], "Re: Q3 business review – proposed agenda and slots",
  text="""Wednesday 14:00 SGT works, invite on its way. – Misaki

> Wed 18 Sep works best for us. Arjun and Wei Ling will join.
> Grace"""))

# S12 hold: webinar invitation with >10 outside recipients in To
rec12 = ["grace.lim@meridianfreight.sg", "liam.fraser@clearwaterdental.com.au", "h.tanabe@tanabe-print.co.jp", "erik.sandberg@lindqvist-marine.se",
  "it-admin@hokuto-logi.co.jp", "m.kondo@kiyomizu-foods.co.jp", "sophie.martin@atelier-rivage.fr", "jkwon@hanbit-semicon.kr",
  "nora.baker@baker-vet.co.nz", "t.suzuki@suzuki-kensetsu.co.jp", "amelia.chan@harbourline.hk", "ben.ortiz@ortiz-coffee.com", "hr@palmleaf-resorts.my"]
add(M(ORG, "hold", "recipients.exposed", "Webinar invitation with 13 customer addresses from different companies visible in To.",
  DAN, rec12, "Invitation: Year-end adjustment webinar for APAC customers (26 Sep)",
  text=f"""Hi everyone,

You're invited to our year-end adjustment webinar on Thursday 26 September, 15:00–16:00 JST (14:00 SGT / 16:00 AEST).

We'll cover:
- New withholding tables and how Sorairo Works applies them automatically
- Common mistakes in multi-entity payroll close
- Live Q&A with our payroll specialists

Register here: https://sorairo.co.jp/events/yea-2024

Feel free to forward to colleagues who run payroll.

See you there,
{SIG_DAN}
"""))

# S13 pass: project mail with a handful of addresses from two companies
add(M(ORG, "pass", "benign.project_cc", "Project kickoff with six visible addresses from two organisations.",
  MIS, ["Masato Kondo <m.kondo@kiyomizu-foods.co.jp>", "Ayaka Hirose <a.hirose@kiyomizu-foods.co.jp>", "Shun Ueno <s.ueno@kiyomizu-foods.co.jp>"],
  cc=[KAW, "Kenta Hoshino <kenta.hoshino@sorairo.co.jp>", DAN],
  subject="Kickoff recap – Kiyomizu Foods attendance module rollout",
  text=f"""Dear Kondo-san, Hirose-san, Ueno-san,

Thank you for hosting the kickoff at your Shizuoka plant yesterday. A short recap:

Decisions
- Go-live for the attendance module: 1 December (plant), 1 January (head office)
- Clock-in via IC cards at the plant gates (existing FeliCa cards, reader model TR-450), smartphone app for office staff
- Overtime approval: two-step (section chief → plant manager)

Action items
- Kiyomizu (Ueno-san): export of shift patterns from the current system by 27 Sep
- Sorairo (Kawai): IC reader compatibility test on site, week of 7 Oct
- Sorairo (Hoshino): confirm support for split shifts crossing midnight

Next meeting: 10 Oct, 10:00, online.

Best regards,
{SIG_MIS}
"""))

# S14 hold: encrypted zip
add(M(ORG, "hold", "attachment.encrypted_zip", "Password-protected zip attachment (PPAP) sent outside.",
  KAW, ["Ayaka Hirose <a.hirose@kiyomizu-foods.co.jp>"], "Migration file – shift master",
  text=f"""Hirose-san,

Attached is the converted shift master for your review. As per your security policy, the file is zipped with a password; I'll send the password in a separate email.

Please check the night-shift patterns (N1–N4) in particular.

Best regards,
{SIG_KAW}
""",
  attachments=[A("kiyomizu_shift_master_converted.zip", ZIP, encrypted=True)]))

# S15 pass: plain zip of logs
add(M(ORG, "pass", "benign.plain_zip", "Plain zip of configuration and system logs without personal data.",
  KAW, ["it-admin@hokuto-logi.co.jp"], "[Ticket #48213] Shift import – config and parser logs",
  text=f"""Hello,

Attached are the parser configuration and logs from our staging reproduction of the shift import issue (zip, no password). Row numbers refer to your template, not to any employee.

The root cause is the CSV encoding: the file arrives as Shift_JIS but the header declares UTF-8. Setting "encoding": "cp932" in the connector config fixes it in staging.

Regards,
{SIG_KAW}
""",
  attachments=[A("ticket48213_repro.zip", ZIP, """== parser_config.json ==
{"tenant":"t_hk7731","source":"sftp://files.hokuto-logi.co.jp/shift/","encoding":"utf-8","delimiter":",","header_row":1}
== parser.log ==
2024-09-05T16:02:11Z ERROR parse row=2 col=3 UnicodeDecodeError: 'utf-8' codec can't decode byte 0x93
2024-09-05T16:02:11Z ERROR parse row=3 col=3 UnicodeDecodeError: 'utf-8' codec can't decode byte 0x8c
2024-09-05T16:05:40Z INFO  parse encoding override=cp932 rows_ok=1184 rows_failed=0
== checksums.txt ==
shift_template_v4.csv  sha1=2fd4e1c67a2d28fced849ee1bb76e7391b93eb12""")]))

# S16 pass: DSAR sent to the data subject themself
add(M(ORG, "pass", "benign.self_data", "Response to a data access request sent to the requester's own address with his own data.",
  MIS, ["Tomasz Nowak <tomasz.nowak82@gmail.com>"], "Your data access request (ref. DSR-2024-031)",
  text=f"""Dear Mr Nowak,

Thank you for your request under the GDPR and Japan's APPI for a copy of the personal data Sorairo Systems holds about you as a user of our trial account. We verified your identity via the sign-in link sent to this address on 9 September.

The data we hold:
- Name: Tomasz Nowak
- Email: tomasz.nowak82@gmail.com
- Phone (optional field): +48 601 234 567
- Account created: 2024-06-02, trial expired 2024-07-02
- Last sign-ins: 2024-06-28 from 83.24.117.9 (Kraków), 2024-06-30 from 83.24.117.9
- Marketing consent: withdrawn 2024-07-05

We hold no payroll or employee data about you, since your trial tenant was empty. If you'd like us to delete the account entirely, just reply to this email.

Kind regards,
{SIG_MIS}
Privacy contact: privacy@sorairo.co.jp
"""))

# S17 hold: end user's complaint with contact details forwarded to customer's outsourced call centre
add(M(ORG, "hold", "personal.inquiry_forward", "A private person's complaint with full name, home address and phone forwarded to an outsourced call centre.",
  DAN, ["escalations@brightcall-bpo.ph"], "Fwd: Complaint from a Palmleaf Resorts job applicant",
  text=f"""Hi Brightcall team,

Palmleaf Resorts asked us to route applicant complaints from their careers portal (built on Sorairo Works) to you as their contact centre. Please call this person back today — details below.

Daniel

---------- Forwarded message ----------
From: Sorairo Works web form <noreply@sorairo.co.jp>
Date: Mon, 16 Sep 2024 08:41 +0900
Subject: Careers portal – complaint

Name: Nurul Aisyah binti Hamzah
Address: No. 14, Jalan SS2/75, 47300 Petaling Jaya, Selangor
Phone: +60 12-338 4721
Email: nurul.aisyah.h@yahoo.com
Message: I applied for the front-desk role three weeks ago and uploaded my documents twice. Nobody has replied and the portal now says my application doesn't exist. Please call me.

{SIG_DAN}
""",
  personal=[("name", "Nurul Aisyah binti Hamzah"), ("address", "No. 14, Jalan SS2/75, 47300 Petaling Jaya, Selangor"), ("phone", "+60 12-338 4721"), ("email", "nurul.aisyah.h@yahoo.com")]))

# S18 pass: approved case-study quote
add(M(ORG, "pass", "benign.consent_reference", "Customer-approved case study quote with the quoted person's name and title, sent to the marketing agency.",
  MIS, ["Chloe Ward <chloe@inkwell-content.com>"], "Approved quote for the Clearwater case study",
  text=f"""Hi Chloe,

Good news — Clearwater signed off on the quote (approval email from their legal team is on file, ref. CW-MKT-07). Final wording:

"Moving 14 clinics onto one payroll in six weeks felt impossible. With Sorairo Works we closed our first consolidated pay run without a single manual correction."
— Liam Fraser, Head of People Operations, Clearwater Dental Group

They'd like the photo from their website rather than a new one. Please use "Clearwater Dental Group" in full on first mention.

Thanks!
{SIG_MIS}
"""))

# S19 hold: passport number in quoted message only
add(M(ORG, "hold", "id.passport", "The quoted colleague's message includes a staff member's passport number and date of birth, forwarded to building security.",
  KAW, ["security-desk@hanbit-semicon.kr"], "Re: Visitor registration for onsite support, 24 Sep",
  text=f"""Dear Security team,

Please find the visitor details for our onsite visit below. Our engineer will arrive at the main gate at 09:30.

Kind regards,
{SIG_KAW}

-----Original Message-----
From: Misaki Saeki <misaki.saeki@sorairo.co.jp>
Sent: Thursday, September 19, 2024 6:02 PM
To: Takuma Kawai <takuma.kawai@sorairo.co.jp>
Subject: Hanbit visit – details they asked for

Kawai-san, Hanbit's security desk needs these for the gate pass, please pass them on:
Visitor: Takuma Kawai
Nationality: Japan
Passport no.: TZ1048377
Date of birth: 1991-03-08
Purpose: Sorairo Works onsite support
""",
  personal=[("name", "Takuma Kawai"), ("passport_number", "TZ1048377"), ("birth_date", "1991-03-08")], tag="quoted-only"))

# S20 pass: condolence
add(M(ORG, "pass", "benign.condolence", "Ordinary condolences on the death of a customer's founder.",
  DAN, ["Sophie Martin <sophie.martin@atelier-rivage.fr>"], "Our condolences",
  text=f"""Dear Sophie,

We were very sad to read of the passing of Jean-Luc Martin, who founded Atelier Rivage. Everyone here who met him during the rollout remembers his warmth and the tour of the workshop he insisted on giving us.

Please pass our sincere condolences to your family and the whole team. There's nothing you need from us right now; we'll hold the renewal conversation until whenever suits you.

With deepest sympathy,
Daniel Whitford, on behalf of everyone at Sorairo Systems
"""))

# S21 pass: accessibility features, disability without a person
add(M(ORG, "pass", "benign.accessibility", "Describes accessibility features for blind and low-vision users in general; no individual.",
  MIS, ["Nora Baker <nora.baker@baker-vet.co.nz>"], "Re: Screen reader support in the employee app",
  text=f"""Hi Nora,

Good question. The employee app (iOS/Android) and the web portal are tested against WCAG 2.1 AA. In practice that means:
- Full VoiceOver and TalkBack support for payslips, leave requests and clock-in
- High-contrast theme and text scaling up to 200% for low-vision users
- No colour-only status indicators (helpful for colour-blind staff)
- Keyboard-only navigation in the web portal

We had an external audit by an accessibility consultancy whose testers include blind and deaf users; I can share the summary report under NDA if useful for your disability inclusion plan.

Best,
{SIG_MIS}
"""))

# S22 hold: named user's glaucoma/visual impairment to customer admin
add(M(ORG, "hold", "sensitive.disability", "Tells the customer's HR admin that a named employee has glaucoma and uses a screen reader.",
  KAW, ["m.kondo@kiyomizu-foods.co.jp"], "Re: Employee cannot read payslip screen",
  text=f"""Kondo-san,

I spoke with Ms Sachiko Imai from your Shizuoka plant directly, as you asked. She explained that she has advanced glaucoma and is now registered as visually impaired, so she uses the phone's screen reader and the large-text setting.

The issue was that her app was two versions behind. After updating, VoiceOver reads the payslip correctly. I also switched her account (employee code KF-00207) to the high-contrast theme.

Please let me know if other staff need the same setting.

Best regards,
{SIG_KAW}
""",
  personal=[("name", "Sachiko Imai"), ("health", "advanced glaucoma"), ("disability", "registered as visually impaired"), ("employee_code", "KF-00207")]))

# S23 pass: API doc example with fictional persons
add(M(ORG, "pass", "benign.form_example", "API documentation sample with obviously fictional example employees.",
  KAW, ["dev-team@meridianfreight.sg"], "Leave-balance API v2 – example payloads",
  text=f"""Hi team,

Here are example payloads for the new leave-balance endpoint, taken from our public docs (the people are fictional):

POST /v2/leave-balances/query
{{
  "employee_ids": ["emp_000001", "emp_000002"],
  "as_of": "2024-12-31"
}}

200 OK
{{
  "results": [
    {{"employee_id": "emp_000001", "display_name": "Jane Example", "annual_leave_days": 12.5, "sick_leave_days": 5}},
    {{"employee_id": "emp_000002", "display_name": "Taro Sample (見本 太郎)", "annual_leave_days": 20, "sick_leave_days": 3}}
  ]
}}

Note "sick_leave_days" is a balance only; the API never returns reasons for absence.

Cheers,
{SIG_KAW}
"""))

# S24 hold: churn-risk list with personal mobiles to reseller
add(M(ORG, "hold", "list.customers", "Table of customer contacts with personal mobile numbers and home e-mails sent to a reseller.",
  DAN, ["Marcus Teo <marcus.teo@lionbridge-partners.sg>"], "Renewal risk accounts – please call this week",
  text=f"""Hi Marcus,

As agreed, here are the sole-trader and micro accounts in your territory that haven't logged in for 60+ days. Most of them gave us their personal mobiles at sign-up, so that's the best way to reach them.

Name                | Business            | Mobile          | Email                          | Seats | Renewal
Kelvin Ong          | Ong Bros Aircon     | +65 9123 4476   | kelvinong77@gmail.com          | 6     | 31 Oct
Siti Rahmah Yusof   | Rahmah Catering     | +65 8765 2210   | sitirahmah.catering@yahoo.com  | 4     | 15 Nov
Daniel Koh          | Koh Physio          | +65 9012 7783   | dkoh.physio@icloud.com         | 3     | 30 Nov
Priscilla Tan       | PT Bridal Studio    | +65 8331 0942   | priscillatan.pt@gmail.com      | 2     | 2 Dec
Ravi Shankar        | Shankar Motors      | +65 9456 1128   | ravi.shankar.sg@gmail.com      | 8     | 19 Dec

Let me know how the calls go.

{SIG_DAN}
""",
  personal=[("name", "Kelvin Ong"), ("phone", "+65 9123 4476"), ("email", "kelvinong77@gmail.com"), ("name", "Siti Rahmah Yusof"), ("phone", "+65 8765 2210"), ("name", "Daniel Koh"), ("email", "dkoh.physio@icloud.com")]))

# S25 pass: renewal quote with ID-like numbers
add(M(ORG, "pass", "benign.id_lookalike", "Renewal quote full of contract, order and corporate numbers; no personal data.",
  MIS, ["Erik Sandberg <erik.sandberg@lindqvist-marine.se>"], "Renewal quote Q-20241002-0448",
  text=f"""Hi Erik,

Ahead of your renewal, here's quote Q-20241002-0448:

Contract no.: SW-CT-000381-2
Tenant ID: t_lm0215
Plan: Professional, 85 → 95 seats
Unit price: JPY 2,300/seat/month (locked for 24 months if signed by 31 Oct)
Order ref. for your procurement system: 4500129873
Our corporate number (法人番号): 8010001234567
DUNS: 69-481-2270

Licence keys for the on-prem time clocks (serials TC-4S-00918 to TC-4S-00923) carry over automatically.

Best,
{SIG_MIS}
"""))

# S26 hold: CV in attachment to another company
add(M(ORG, "hold", "personal.profile", "Forwards a job candidate's CV with home address, birth date and phone to a customer.",
  DAN, ["Amelia Chan <amelia.chan@harbourline.hk>"], "Someone for your payroll admin role",
  text=f"""Hi Amelia,

You mentioned you're struggling to fill the payroll administrator role. We interviewed a very strong candidate last month but didn't have headcount in the end — CV attached. She's already certified on Sorairo Works, so onboarding would be quick.

Happy to make an intro if you're interested.

Daniel
{SIG_DAN}
""",
  attachments=[A("CV_Wong_Mei_Ling_2024.pdf", PDF, """WONG MEI LING
Flat 12B, Block 3, Laguna City, 28 Cha Kwo Ling Road, Kwun Tong, Kowloon
Mobile: +852 9478 3316 | Email: meiling.wong.hk@gmail.com
Date of birth: 14 February 1990 | Marital status: Married, 1 child

EXPERIENCE
2019–present  Payroll Officer, Greenfield Logistics (HK) Ltd – monthly payroll for 640 staff; MPF filings
2014–2019     Accounts Assistant, K&W Trading Co.
EDUCATION
BBA (Accounting), Hong Kong Baptist University, 2012
Current salary: HKD 32,000/month; expected HKD 38,000""")],
  personal=[("name", "WONG MEI LING"), ("address", "Flat 12B, Block 3, Laguna City, 28 Cha Kwo Ling Road, Kwun Tong, Kowloon"), ("phone", "+852 9478 3316"), ("birth_date", "14 February 1990"), ("salary", "HKD 32,000/month")], tag="attachment-only"))

# S27 hold: log attachment with unmasked My Number to SI partner
add(M(ORG, "hold", "id.mynumber", "An API request log attached for debugging contains an employee's unmasked My Number and is sent to an outside SI partner.",
  KAW, ["Shota Murai <s.murai@nexus-si.co.jp>"], "Payroll API 422 errors – request log",
  text=f"""Murai-san,

Thanks for the details on the 422 errors from your payroll connector. I've attached the raw request log from our API gateway for the failing call so you can compare it with what your middleware sends. The problem looks like the "dependents" array: you send null instead of an empty array.

Best regards,
{SIG_KAW}
""",
  attachments=[A("api_gateway_req_7c1e.log", TXT, """2024-09-18T02:31:07.554Z POST /v2/employees/emp_009812/tax-profile tenant=t_hk7731 status=422
request_body={"employee_id":"emp_009812","name_kanji":"森田 大輔","name_kana":"モリタ ダイスケ","birth_date":"1984-05-21","my_number":"336980270988","address":"埼玉県川口市本町4-3-9","dependents":null}
response_body={"error":"validation_failed","field":"dependents","message":"must be array"}""")],
  personal=[("name", "森田 大輔"), ("my_number", "336980270988"), ("birth_date", "1984-05-21"), ("address", "埼玉県川口市本町4-3-9")], tag="attachment-only"))

# S28 pass: engineer unwell, reschedule
add(M(ORG, "pass", "benign.reschedule", "Reschedules training because the trainer is unwell, with no diagnosis.",
  KAW, ["Ayaka Hirose <a.hirose@kiyomizu-foods.co.jp>"], "Tomorrow's admin training – need to reschedule",
  text=f"""Hirose-san,

I'm very sorry, but our trainer Yuto Nishida is unwell today and we'd rather not send him to the plant tomorrow. Could we move the admin training to next Tuesday or Wednesday, same time? Everything else (room, projector, 8 participants) stays the same.

Apologies for the short notice.

{SIG_KAW}
"""))

# S29 hold: named colleague has COVID, to customer
add(M(ORG, "hold", "sensitive.medical", "Tells a customer that a named colleague tested positive for COVID-19.",
  DAN, ["Liam Fraser <liam.fraser@clearwaterdental.com.au>"], "Brisbane onsite postponed",
  text=f"""Hi Liam,

Bad news, I'm afraid — Priya tested positive for COVID-19 this morning, so we have to postpone Thursday's onsite session at the Brisbane clinic. She was at your Fortitude Valley office on Monday, so you may want to let the people she met know (mainly Megan and the front-desk team).

We can run the session remotely on Friday, or onsite the week after. Your call.

{SIG_DAN}
""",
  personal=[("name", "Priya"), ("health", "tested positive for COVID-19")]))

# S30 hold: payslip to the wrong party
add(M(ORG, "hold", "personal.payslip", "A named employee's payslip PDF is sent to the customer's payroll vendor rather than the employee/customer.",
  KAW, ["support@payroll-bureau-osaka.jp"], "Payslip rendering issue – example",
  text=f"""Hello,

Per your question about the rendering of the deduction column, attached is the payslip PDF as generated by Sorairo Works for one of Hokuto Logistics' employees (August). The column overflows when the 住民税 amount has 6 digits.

We'll ship a layout fix on 24 September.

Regards,
{SIG_KAW}
""",
  attachments=[A("payslip_2024-08_HL-3321.pdf", PDF, """給与明細書 2024年8月分
株式会社北斗ロジスティクス
社員番号 HL-3321　氏名 佐野 隆史 様
基本給 312,000　残業手当 48,750　通勤手当 14,200
健康保険 18,460　厚生年金 33,855　雇用保険 2,249　所得税 9,170　住民税 21,600
差引支給額 289,616
振込先 りそな銀行 川越支店 普通 4471029""")],
  personal=[("name", "佐野 隆史"), ("salary", "差引支給額 289,616"), ("bank_account", "普通 4471029")], tag="attachment-only"))

# S31 hold JA: inquiry forwarded to reseller
add(M(ORG, "hold", "personal.inquiry_forward", "個人の問い合わせ内容を氏名・住所・電話番号ごと販売代理店へ転送している。",
  MIS, ["営業部 坂口様 <sakaguchi@tokai-office-net.co.jp>"], "Fw: 【お問い合わせ】個人事業主向けプランについて",
  text=f"""東海オフィスネット株式会社
坂口様

いつもお世話になっております。ソライロシステムズの佐伯です。
御社エリアの方から下記お問い合わせがありましたので、ご対応をお願いできますでしょうか。
お電話を希望されています。

-------- 転送メッセージ --------
送信元: お問い合わせフォーム <form@sorairo.co.jp>
件名: 【お問い合わせ】個人事業主向けプランについて

お名前: 水野 千尋
ご住所: 愛知県豊橋市花田町字石塚23-5 コーポ花田201
電話番号: 080-4412-6093
メール: chihiro.mizuno@docomo.ne.jp
内容: 自宅でネイルサロンを開業し、パート2名を雇う予定です。給与計算だけ使いたいのですが、月額いくらになりますか。

{SIG_MIS_JA}
""",
  personal=[("name", "水野 千尋"), ("address", "愛知県豊橋市花田町字石塚23-5 コーポ花田201"), ("phone", "080-4412-6093"), ("email", "chihiro.mizuno@docomo.ne.jp")]))

# S32 pass JA: invoice with registration number and corporate account
add(M(ORG, "pass", "benign.invoice", "法人の振込先口座とインボイス登録番号を記載した請求書送付。",
  MIS, ["経理部 ご担当者様 <keiri@hokuto-logi.co.jp>"], "【ソライロシステムズ】2024年9月分 ご請求書送付のご案内",
  text=f"""株式会社北斗ロジスティクス
経理部 ご担当者様

平素より格別のご高配を賜り、厚く御礼申し上げます。
2024年9月分のご請求書をお送りいたします。

請求番号：SR-2409-00731
ご請求金額：¥1,287,000（税込）
お支払期限：2024年10月31日
適格請求書発行事業者登録番号：T8010001234567

【お振込先】
みずほ銀行 神田支店（店番号 030）普通預金 1234567
口座名義：ソライロシステムズ（カ

ご不明点がございましたら、お気軽にお問い合わせください。
今後ともよろしくお願い申し上げます。

{SIG_MIS_JA}
""",
  attachments=[A("請求書_SR-2409-00731.pdf", PDF, """御請求書　請求番号 SR-2409-00731
株式会社北斗ロジスティクス 御中
Sorairo Works Enterprise 利用料（2024年9月分）430ID × 2,500円 = 1,075,000円
オプション 勤怠打刻端末保守 95,000円
小計 1,170,000円　消費税(10%) 117,000円　合計 1,287,000円
登録番号 T8010001234567""")]))

# S33 hold JA: employee master with My Numbers forwarded to dev vendor
add(M(ORG, "hold", "id.mynumber", "顧客から受領したマイナンバー入りの従業員マスタを外部の開発委託先へ転送している（添付のみ）。",
  KAW, ["開発チーム 田島様 <tajima@kouyou-dev.co.jp>"], "【調査依頼】年末調整データ取込エラー（清水食品様）",
  text=f"""株式会社紅葉デベロップメント
田島様

お疲れ様です。ソライロシステムズ 河合です。
清水食品様の年末調整データ取込で、3行目以降が「扶養区分不正」で落ちる件の調査をお願いします。
お客様からお預かりした取込ファイルをそのまま添付しますので、再現確認をお願いできますか。

本日中に一次回答をお客様へ返したいので、15時頃に状況を教えてください。

{SIG_KAW_JA}
""",
  attachments=[A("清水食品_年調取込_202409.xlsx", XLSX, """[Sheet1]
社員番号	氏名	生年月日	個人番号	扶養区分	配偶者
S-0041	清水 亮介	1975/08/12	263630322392	1	有
S-0057	大野 真由美	1982/02/03	765390048811	0	無
S-0063	桑原 智也	1990/10/27	800798556637	2	有""")],
  personal=[("name", "清水 亮介"), ("my_number", "263630322392"), ("name", "大野 真由美"), ("my_number", "765390048811"), ("my_number", "800798556637")], tag="attachment-only"))

# S34 pass JA: maintenance / 障害 notice
add(M(ORG, "pass", "benign.it_incident", "システム障害の復旧報告。「障害」「感染」はITの意味で、個人情報なし。",
  KAW, ["support-notice@sorairo.co.jp"], "【復旧】Sorairo Works 一部機能の障害について（9/12 10:20〜11:05）",
  bcc=["it-admin@hokuto-logi.co.jp", "m.kondo@kiyomizu-foods.co.jp", "h.tanabe@tanabe-print.co.jp", "jinji@aozora-kensetsu.co.jp", "soumu@matsuba-clinic-group.jp", "admin@shirakawa-hotel.co.jp", "keiri@minato-shoji.co.jp", "hr@yotsuba-pharma.co.jp", "soumu@kawasemi-dc.jp", "jinji@fuji-kogyo.co.jp", "admin@kumo-design.jp", "soumu@hoshizora-kids.or.jp"],
  text=f"""お客様各位

平素はSorairo Worksをご利用いただき、誠にありがとうございます。
本日発生しておりました勤怠打刻APIの障害は、11:05に復旧いたしました。

■発生時間：2024年9月12日(木) 10:20〜11:05
■影響範囲：スマートフォンアプリからの打刻が失敗、またはエラー表示となる
■原因：認証サーバ1台のディスク障害。該当サーバは切り離し（隔離）済みで、マルウェア感染等のセキュリティ事象ではございません。
■お客様へのお願い：該当時間帯に打刻できなかった従業員の方は、管理画面の「打刻修正申請」から登録してください。

ご迷惑をおかけしましたことを深くお詫び申し上げます。

{SIG_KAW_JA}
"""))
