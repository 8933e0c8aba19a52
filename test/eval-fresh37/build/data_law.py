# Org 1: Whitcombe Arata LLP, Tokyo Office (international law firm). All mails in English.
CW = "Claire Whitfield <c.whitfield@whitcombe-arata.example>"
RN = "Ryo Nakagawa <r.nakagawa@whitcombe-arata.example>"
MH = "Megumi Hoshino <m.hoshino@whitcombe-arata.example>"

SIG_CW = """--
Claire Whitfield
Partner
Whitcombe Arata LLP – Tokyo Office
Marunouchi Eight Tower 21F, 2-8-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005
T +81 3 6205 4410 | c.whitfield@whitcombe-arata.example
This e-mail is confidential and may be privileged. If you are not the intended recipient, please delete it and notify us."""

SIG_RN = """Best regards,
Ryo Nakagawa
Senior Associate | Corporate & Employment
Whitcombe Arata LLP – Tokyo Office
T +81 3 6205 4437 | M +81 90 4418 2207
r.nakagawa@whitcombe-arata.example"""

SIG_MH = """Kind regards,

Megumi Hoshino
Paralegal
Whitcombe Arata LLP – Tokyo Office
T +81 3 6205 4452
m.hoshino@whitcombe-arata.example"""

MAILS = [
# ---------------- HOLDS ----------------
dict(expect="hold", kind="id.passport", loc="body",
 why="A named assignee's passport number and date of birth go to an outside immigration scrivener.",
 frm=RN, to=["Gyoseishoshi Office Kanda <visa@kanda-gyosei.example.jp>"],
 cc=["Laura Benning <l.benning@norvale-systems.example>"],
 subject="Certificate of Eligibility – Norvale Systems assignee (Engineer/Specialist in Humanities)",
 text="""Dear Kanda-sensei,

Thank you for taking on the COE application for our client Norvale Systems K.K. As discussed on the phone, the assignee's details are below so that you can start filling in the application form.

  Name (as in passport): HARGREAVE, Thomas Edward
  Nationality: United Kingdom
  Date of birth: 14 March 1988
  Passport No.: 552189034, issued 02 Feb 2021, expires 02 Feb 2031
  Intended position: Senior Solutions Architect, monthly salary JPY 780,000

Norvale's HR (Laura, in copy) will courier the signed employment contract and the company's latest 決算書 to your office by Friday. Could you let us know if you also need the registration certificate of the Japanese entity, or whether the 法人番号 is enough?

""" + SIG_RN,
 personal=[("passport","552189034"),("name","HARGREAVE, Thomas Edward"),("birthdate","14 March 1988")]),

dict(expect="hold", kind="sensitive.health", loc="body",
 why="An employee's depression diagnosis and leave history are sent by name to the client's overseas head office counsel.",
 frm=CW, to=["Daniel Okafor <dokafor@brightwell-group.example.com>"],
 subject="Japan – proposed termination: legal risk summary",
 text="""Daniel,

Following our call yesterday, here is the short version of our advice on the proposed dismissal at Brightwell Japan.

1. Facts as we understand them. Mr Kenta Sugimura (Sales Manager, Osaka) was diagnosed with major depressive disorder by his psychiatrist in June and has been on sick leave since 3 July. His doctor's note states he may return on reduced hours from October. The regional VP wants to end his employment at the end of the leave period citing performance in Q1.

2. Risk. Under Article 19 of the Labour Standards Act, if the illness is found to be work-related (he has alleged 120+ hours of monthly overtime in the spring) a dismissal during the leave and 30 days thereafter is void. Even if it is private illness, a dismissal immediately after a mental-health leave would very likely fail the reasonableness test under Article 16 of the Labour Contract Act.

3. Recommendation. Do not issue any notice now. Let the return-to-work process run with the 産業医 and document performance objectively for at least six months after return.

Happy to walk your HR director through this on Monday.

""" + SIG_CW,
 personal=[("name","Mr Kenta Sugimura"),("health","diagnosed with major depressive disorder")]),

dict(expect="hold", kind="sensitive.criminal", loc="body",
 why="Due-diligence findings name a target company director and his criminal conviction to the buyer's counsel abroad.",
 frm=RN, to=["Priya Raman <praman@halcourt-legal.example.sg>"],
 cc=["Claire Whitfield <c.whitfield@whitcombe-arata.example>"],
 subject="Project Heron – red flag items from management interviews",
 text="""Hi Priya,

Two items came out of the management interviews at Sakuragawa Precision this week that your client should see before the price call on Thursday.

(a) Key-man risk. The founder's son, Mr Yoshiaki Sakuragawa (Representative Director since 2019), told us that he was convicted in 2016 by the Chiba District Court of bodily injury (傷害) after a bar fight and received a suspended sentence of one year and six months. This was not disclosed in the management questionnaire. It does not disqualify him as a director under the Companies Act, but two of the target's bank facilities contain a "no criminal record of officers" representation.

(b) The Kawaguchi plant lease expires in March 2026 and the landlord has refused to confirm renewal in writing.

We suggest a specific indemnity for (a) and a CP for (b). Let me know how your client wants to handle it.

""" + SIG_RN,
 personal=[("name","Mr Yoshiaki Sakuragawa"),("criminal","convicted in 2016 by the Chiba District Court of bodily injury")]),

dict(expect="hold", kind="sensitive.victim", loc="body",
 why="The name of a sexual-harassment complainant and details of the incident go to an outside HR consultancy.",
 frm=CW, to=["Sophie Lindqvist <sophie@fairworkpartners.example.com>"],
 subject="Investigation support – Kestrel Pharma Japan",
 text="""Dear Sophie,

Thank you for agreeing at short notice to run the interviews at Kestrel Pharma Japan alongside us.

Background for your preparation (please keep this within your team of two):
- Complainant: Ms Arisa Fujinami, Medical Science Liaison, Tokyo office.
- She reports that at the team dinner on 12 September her line manager touched her repeatedly and later sent her messages at night asking to meet at a hotel. She has screenshots and has seen the company's EAP counsellor twice since.
- Respondent: her line manager (name in the interview pack, not in this e-mail).

We would like to interview the complainant first on 2 October at 10:00 in our offices, Room 21B, and the three witnesses on 3 October. I will send the interview plan on Friday.

Best,
Claire

""" + SIG_CW,
 personal=[("name","Ms Arisa Fujinami"),("victim","She reports that at the team dinner on 12 September her line manager touched her repeatedly")]),

dict(expect="hold", kind="sensitive.religion", loc="body",
 why="A named employee's religion and prayer needs are passed to the client's regional HR outside Japan.",
 frm=RN, to=["Marcus Hale <marcus.hale@orrinfoods.example.com>"],
 subject="Accommodation request – Tokyo R&D lab",
 text="""Dear Marcus,

You asked whether the Tokyo lab can refuse the request made last week. Short answer: it should not refuse outright.

The employee, Mr Farid Rahmanov (research technician, joined April), is a practising Muslim. He has asked for (i) a quiet room for the midday and afternoon prayers, about ten minutes each, and (ii) to leave at 17:00 on Fridays during Ramadan, making up the hours on other days. He also asked not to be placed on the night-shift rota that month.

There is no explicit statutory duty in Japan to accommodate religious practice, but refusal without discussion would expose the company to claims of abuse of rights and would sit badly with your global policy. We recommend offering the small meeting room on the 4th floor and a flexible schedule for the month.

""" + SIG_RN,
 personal=[("name","Mr Farid Rahmanov"),("religion","is a practising Muslim")]),

dict(expect="hold", kind="sensitive.genome", loc="subject",
 why="The subject line ties a named person to a BRCA1 genetic test result; the body is only scheduling.",
 frm=MH, to=["Grace Whitaker <gwhitaker@lyndon-insurance.example.com>"],
 subject="Tanaka Haruko – BRCA1 positive result / policy rescission dispute – call times",
 text="""Dear Ms Whitaker,

Ms Whitfield would like to set up a 30-minute call with you and your claims counsel next week. She is available at the following times (Japan time):

  - Tue 15 Oct, 09:00–10:30
  - Wed 16 Oct, 17:00–18:30
  - Fri 18 Oct, 08:30–09:30

Please let me know which slot suits you and I will send a Teams invitation.

""" + SIG_MH,
 personal=[("name","Tanaka Haruko"),("genome","BRCA1 positive result")]),

dict(expect="hold", kind="list.roster", loc="attachment",
 why="The attached workbook lists transferring employees with birth dates, home addresses and salaries; the body gives no hint.",
 frm=RN, to=["Hannah Cole <hcole@meridianbio.example.com>"],
 subject="Project Willow – business transfer: draft schedule for your review",
 text="""Hannah,

Please find attached the draft Schedule 4 for the business transfer agreement. We'd appreciate your comments by Wednesday so that we can circulate a revised draft to the seller's counsel.

Thanks,
Ryo

""" + SIG_RN,
 attachments=[dict(filename="Willow_Schedule4_draft_v2.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text="""[Schedule 4 – Transferring Employees]
No.\tName\tDate of birth\tHome address\tPosition\tAnnual base salary (JPY)
1\t大川 誠一\t1979-05-22\t神奈川県川崎市中原区今井南町12-8-302\tPlant Manager\t11,400,000
2\t宮坂 理沙\t1986-11-03\t東京都大田区下丸子2-14-6\tQA Lead\t7,850,000
3\t久保田 航\t1991-01-17\t神奈川県横浜市港北区日吉本町4-21-9\tProcess Engineer\t6,200,000
4\t遠藤 さやか\t1994-08-29\t東京都品川区西大井5-3-11-205\tLab Technician\t4,900,000
5\t比嘉 竜也\t1983-04-10\t神奈川県川崎市幸区南加瀬3-7-1\tMaintenance\t5,300,000
""")],
 personal=[("name","大川 誠一"),("birthdate","1979-05-22"),("address","神奈川県川崎市中原区今井南町12-8-302"),("name","宮坂 理沙"),("address","東京都大田区下丸子2-14-6")]),

dict(expect="hold", kind="personal.profile", loc="attachment",
 why="The attached housing form gives a seconded employee's family members, birth dates and children's school to an outside relocation agent.",
 frm=MH, to=["Relocation Desk <desk@sakura-relo.example.jp>"],
 subject="Corporate housing – Ashdown Capital secondee (arrival 1 Nov)",
 text="""Dear Relocation Desk,

On behalf of our client Ashdown Capital Japan, please find attached the housing request form for their incoming secondee. The client would like three to four viewings in Minato-ku or Shibuya-ku during the week of 4 November.

Budget and lease terms are set out in the form. Please reply to me with any questions.

""" + SIG_MH,
 attachments=[dict(filename="Housing_request_Ashdown.pdf", contentType="application/pdf",
  text="""CORPORATE HOUSING REQUEST
Company: Ashdown Capital Japan G.K.
Employee: Oliver James Pemberton   DOB: 09/07/1985
Current address: 14 Elmwood Road, Harrogate HG2 8PL, United Kingdom
Personal mobile: +44 7700 914 382
Family moving with employee:
  Spouse – Naomi Pemberton, DOB 21/02/1987
  Child – Isla Pemberton, DOB 30/05/2016 (to attend British School in Tokyo, Year 4)
  Child – Finn Pemberton, DOB 11/12/2019
Requirements: 3LDK, min. 110 sqm, near international school bus route
Monthly budget: JPY 850,000 (company lease)
""")],
 personal=[("name","Oliver James Pemberton"),("birthdate","09/07/1985"),("address","14 Elmwood Road, Harrogate HG2 8PL"),("phone","+44 7700 914 382"),("family","Naomi Pemberton, DOB 21/02/1987")]),

dict(expect="hold", kind="id.mynumber", loc="quoted",
 why="The forwarded client e-mail below the short cover note carries an employee's My Number and private bank account for the severance payment.",
 frm=RN, to=["Yuki Sato <y.sato@sato-sharoushi.example.jp>"],
 subject="FW: Settlement payment – Mr Ishikawa",
 text="""Sato-sensei,

Forwarding the client's note below as discussed. Could you check the withholding treatment of the settlement sum and whether it should be split into 退職所得 and a separate solatium?

Thanks,
Ryo

""" + SIG_RN + """

-----Original Message-----
From: Jennifer Moss <jmoss@cadenza-retail.example.com>
Sent: Monday, September 30, 2024 6:12 PM
To: Ryo Nakagawa <r.nakagawa@whitcombe-arata.example>
Subject: Settlement payment – Mr Ishikawa

Ryo,

Finance needs the following to process the payment under the settlement agreement signed last week:

  Employee: 石川 雅人 (Masato Ishikawa)
  My Number: 284710935627
  Payment account: 三葉銀行 錦糸町支店 普通 4418297 イシカワ マサト
  Amount: JPY 6,500,000 (gross)

Please confirm the tax treatment with your labour consultant before we pay on 15 October.

Jennifer
""",
 personal=[("mynumber","284710935627"),("bank_account","三葉銀行 錦糸町支店 普通 4418297 イシカワ マサト"),("name","石川 雅人")]),

dict(expect="hold", kind="personal.profile", loc="quoted",
 why="The forward to a forensic vendor quotes a whistleblower's name, home address and private mobile.",
 frm=CW, to=["Aaron Mistry <amistry@clearline-forensics.example.com>"],
 subject="FW: Hotline report #0917 – please scope",
 text="""Aaron,

Could your team scope an e-mail review and device imaging for the matter below? We'd need a proposal by Tuesday. The client wants to keep this to the Tokyo finance team only.

Claire

""" + SIG_CW + """

> From: Compliance Hotline <hotline@veltrax-japan.example.jp>
> Date: 24 September 2024 09:41
> To: Claire Whitfield
> Subject: Hotline report #0917
>
> Reporter: 野口 真一 (Accounts Payable, agreed to be identified to counsel)
> Home: 埼玉県さいたま市浦和区岸町6-2-15
> Private mobile: 080-3391-7264 (please do not call the office line)
>
> Allegation: the Finance Director has approved at least 14 invoices from a consulting
> company owned by his brother-in-law since 2022, totalling about JPY 38m, without
> any deliverables. The reporter fears retaliation.
""",
 personal=[("name","野口 真一"),("address","埼玉県さいたま市浦和区岸町6-2-15"),("phone","080-3391-7264")]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="An encrypted zip is sent to the counterparty with the password to follow (PPAP).",
 frm=MH, to=["Kevin Tran <ktran@pinecrest-law.example.com>"],
 subject="Project Heron – SPA mark-up (password to follow)",
 text="""Dear Mr Tran,

Attached please find our mark-up of the Share Purchase Agreement and the disclosure letter, in a password-protected zip file as requested by our client. The password will be sent in a separate e-mail.

""" + SIG_MH,
 attachments=[dict(filename="Heron_SPA_markup_WA_20241002.zip", contentType="application/zip", encrypted=True)]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="An encrypted zip of board minutes goes outside; the contents cannot be checked.",
 frm=RN, to=["Hiroshi Oda <h.oda@oda-shiho.example.jp>"],
 subject="Kestrel Pharma Japan – documents for registration of director change",
 text="""Dear Oda-sensei,

As discussed, attached are the board minutes, the shareholder resolution and the new director's acceptance of office for the registration filing. The file is encrypted; I will phone you with the password.

We would be grateful if the filing could be made by 18 October.

""" + SIG_RN,
 attachments=[dict(filename="KPJ_director_change_docs.zip", contentType="application/zip", encrypted=True)]),

dict(expect="hold", kind="recipients.visible", loc="recipients",
 why="A webinar follow-up is sent with twelve attendees from different companies visible in To/CC instead of Bcc.",
 frm=MH, to=["a.morton@linkfield-energy.example.com","j.park@seoulbridge-trading.example.kr","kwatanabe@hoshino-denki.example.jp","r.silva@aurora-medtech.example.com","t.ng@harbourview-cap.example.hk","s.ito@nipponvale.example.jp","mlee@crestline-games.example.com","y.kobayashi@kobayashi-seimitsu.example.jp","d.fischer@rheinmetric.example.de","elena.rossi@tessera-design.example.it"],
 cc=["p.omalley@greenquay-fund.example.ie","h.yamada@yamada-shoji.example.jp"],
 subject="Thank you for attending: Japan Employment Law Update 2024 – slides and recording",
 text="""Dear all,

Thank you for joining our webinar "Japan Employment Law Update 2024" on 8 October. As promised, the slides are available at the link below together with the recording (available until 8 November).

  https://events.whitcombe-arata.example/japan-employment-2024

Topics covered: the April 2024 changes to working-condition disclosure, the overtime cap for drivers and doctors, and recent case law on fixed-term conversion.

If you have any follow-up questions, please reply to this e-mail or contact Claire Whitfield directly.

""" + SIG_MH),

# ---------------- PASSES ----------------
dict(expect="pass", kind="benign.meeting", loc=None,
 why="Meeting arrangements with the client's counsel; only business names and signatures appear.",
 frm=CW, to=["Rebecca Strand <rstrand@norvale-systems.example.com>"],
 cc=["Ryo Nakagawa <r.nakagawa@whitcombe-arata.example>"],
 subject="Re: Tokyo visit – Thursday 17 October",
 text="""Rebecca,

Thursday works well. Ryo and I will meet you and Mr Hiroshi Kato at your Otemachi office at 14:00, and we have booked a table at Tsukiji Tamura for 18:30 afterwards, if Mr Kato's schedule allows.

Agenda we suggest:
  1. Status of the Osaka subsidiary merger (registration timeline)
  2. Revised template employment contract (April 2024 disclosure items)
  3. Data transfer arrangements with the Singapore service centre

Looking forward to seeing you.

Claire

""" + SIG_CW + """

On Tue, 8 Oct 2024 at 11:02, Rebecca Strand <rstrand@norvale-systems.example.com> wrote:
> Claire, I'll be in Tokyo 16–18 October with our Japan country manager Hiroshi Kato.
> Could we meet on the Thursday afternoon? Happy to come to you or host at our office.
> Rebecca Strand | Deputy General Counsel, APAC | Norvale Systems
> +65 6812 3340 | 8 Marina View, #31-02, Singapore 018960
"""),

dict(expect="pass", kind="benign.invoice_corporate_account", loc=None,
 why="An invoice cover mail with the firm's own corporate bank account and SWIFT code.",
 frm=MH, to=["Accounts Payable <ap@brightwell-group.example.com>"],
 cc=["Daniel Okafor <dokafor@brightwell-group.example.com>"],
 subject="Invoice WA-TKY-2024-0913 – Brightwell Japan employment matter",
 text="""Dear Accounts Payable team,

Please find attached our invoice WA-TKY-2024-0913 for professional services rendered in September 2024 (matter no. 20871-004).

Amount due: JPY 2,486,000 (incl. consumption tax 10%)
Due date: 31 October 2024

Payment details:
  Beneficiary: Whitcombe Arata LLP Tokyo Office
  Bank: Kanto Trust Bank, Marunouchi Branch (example)
  Account: 0123456 (ordinary)
  SWIFT: MTBKJPJTXXX
  Qualified invoice issuer registration no.: T4010405019221

Please quote the invoice number in the payment reference.

""" + SIG_MH,
 attachments=[dict(filename="WA-TKY-2024-0913.pdf", contentType="application/pdf",
  text="""INVOICE WA-TKY-2024-0913
To: Brightwell Japan K.K. – Attn. Daniel Okafor
Matter 20871-004: Employment advisory
Professional fees (Sept 2024)  JPY 2,260,000
Consumption tax 10%  JPY 226,000
Total  JPY 2,486,000
Bank: Kanto Trust Bank, Marunouchi Branch, Acct 0123456, SWIFT MTBKJPJTXXX
Registration no. T4010405019221""")]),

dict(expect="pass", kind="benign.successor", loc=None,
 why="A successor introduction naming staff of both sides; no personal data beyond business contacts.",
 frm=RN, to=["Takeshi Mori <t.mori@hoshino-denki.example.jp>"],
 cc=["Emma Caldwell <e.caldwell@whitcombe-arata.example>"],
 subject="Handover of your matters – introduction of Emma Caldwell",
 text="""Dear Mori-san,

I wanted to let you know personally that I will be seconded to our London office from 1 December for one year.

From that date my colleague Emma Caldwell, Senior Associate (admitted in England & Wales and registered as a foreign lawyer in Japan), will take over the day-to-day handling of Hoshino Denki's matters, including the supply agreement with the German distributor and the licence renegotiation. Emma has worked with me on both files since spring and is fully up to speed. Claire Whitfield remains the responsible partner.

Emma's details:
  e.caldwell@whitcombe-arata.example / +81 3 6205 4461

It has been a pleasure working with you and your team. I will make sure we have a three-way call before I leave.

""" + SIG_RN),

dict(expect="pass", kind="benign.employment_verification", loc=None,
 why="A minimal employment verification with the former employee's written consent, giving only dates and title.",
 frm=MH, to=["Background Screening Team <verify@truecheck-screening.example.com>"],
 subject="Re: Employment verification request – ref. TC-558120",
 text="""Dear Background Screening Team,

With reference to your request TC-558120 and the signed authorisation from the candidate attached to it, we confirm the following:

  Name: Daisuke Arakawa
  Employer: Whitcombe Arata LLP – Tokyo Office
  Position: Associate (Corporate)
  Dates of employment: 1 April 2019 – 31 March 2023

In line with our policy we do not provide information on compensation, performance or reasons for leaving.

""" + SIG_MH),

dict(expect="pass", kind="benign.project_thread", loc=None,
 why="A closing checklist thread with six visible addresses from two organisations (client and firm).",
 frm=RN, to=["Hannah Cole <hcole@meridianbio.example.com>","Victor Lange <vlange@meridianbio.example.com>","Aiko Murata <a.murata@meridianbio.example.com>"],
 cc=["Claire Whitfield <c.whitfield@whitcombe-arata.example>","Megumi Hoshino <m.hoshino@whitcombe-arata.example>","Emma Caldwell <e.caldwell@whitcombe-arata.example>"],
 subject="Project Willow – closing checklist v7 (open items)",
 text="""All,

Updated closing checklist below. Items marked * are on Meridian's side.

| # | Item | Owner | Status |
|---|------|-------|--------|
| 3 | Board approval of seller (Yamane Kogyo K.K.) | Seller counsel | Received 4 Oct |
| 7 | Landlord consent – Kawasaki warehouse | WA (Ryo) | Chased 7 Oct |
| 11* | Signed side letter on transitional IT services | Victor | Pending |
| 12* | Wire instructions confirmation (call-back done) | Aiko | Done |
| 15 | Notification to Fair Trade Commission | WA (Emma) | Filed; no. 2024-KT-0418 |
| 19 | Bring-down certificate | Seller counsel | Draft received |

Target closing remains 31 October. Call on Thursday at 16:00 JST as usual.

""" + SIG_RN),

dict(expect="pass", kind="benign.condolence", loc=None,
 why="A condolence note on the death of a client's former chairman, a public business figure.",
 frm=CW, to=["Kazuhiro Yamane <k.yamane@yamane-kogyo.example.jp>"],
 subject="With our deepest sympathy",
 text="""Dear Mr Yamane,

I was very sorry to read in the Nikkei this morning of the passing of your father, Mr Shozo Yamane, Chairman Emeritus of Yamane Kogyo.

Those of us who had the privilege of working with him on the company's first overseas acquisition in 2008 remember his calm judgment and his kindness to the young lawyers on our team. He built something remarkable.

Please accept the heartfelt condolences of everyone at Whitcombe Arata's Tokyo office. We will not trouble you with work matters this week; Ryo will coordinate with Ms Ono in your legal department.

With warm regards,
Claire

""" + SIG_CW),

dict(expect="pass", kind="benign.public_figures", loc=None,
 why="A client alert discussing election candidates and a minister by their public roles, not private data.",
 frm=CW, to=["Sebastian Hurst <shurst@greenquay-fund.example.ie>"],
 subject="Re: Upper House election – impact on the renewable FIT review?",
 text="""Sebastian,

Short answer: probably not before spring.

The two candidates leading the Tokyo district polls, Ms Reiko Shimabara (LDP, former Deputy Minister of Economy) and Mr Jun Asakawa (CDP), have both said publicly that they support keeping the FIP premium for offshore wind. Minister Takuma Ebihara confirmed at his press conference on 4 October that the METI working group will not report until March regardless of the result.

For your Akita project the more immediate point is the grid-connection queue rule, which is unaffected. Happy to discuss.

Claire

""" + SIG_CW + """

> From: Sebastian Hurst
> Is there any risk that the election changes the FIT/FIP review timetable?
"""),

dict(expect="pass", kind="benign.corporate_numbers", loc=None,
 why="A company-formation checklist with corporate numbers, a registration number and share figures; no personal identifiers.",
 frm=MH, to=["Laura Benning <l.benning@norvale-systems.example.com>"],
 subject="Norvale Systems Osaka G.K. – incorporation checklist",
 text="""Dear Laura,

Below is the status of the incorporation of the Osaka subsidiary.

- Parent: Norvale Systems K.K., 法人番号 4010401159887
- New entity: Norvale Systems Osaka G.K. (合同会社)
- Capital: JPY 10,000,000
- Registered office: Umeda Gate Tower 12F, 3-1-3 Umeda, Kita-ku, Osaka
- Registration filed with the Osaka Legal Affairs Bureau on 2 October, acceptance no. 第41022号
- Expected completion: 11 October; the 法人番号 of the new entity will be issued about one week later
- Tax office notifications (法人設立届出書, 青色申告承認申請書): prepared, to be filed once registered
- Bank account opening: 3 to 4 weeks after registration

I'll send the certified copy of the register (履歴事項全部証明書) once available.

""" + SIG_MH),

dict(expect="pass", kind="benign.plain_zip", loc=None,
 why="A plain (unencrypted) zip of executed signature pages to the client.",
 frm=MH, to=["Victor Lange <vlange@meridianbio.example.com>"],
 subject="Project Willow – executed signature pages",
 text="""Dear Victor,

Attached is a zip file containing the PDF scans of all executed signature pages (BTA, TSA, disclosure letter, side letter). Originals will be couriered to your Boston office tomorrow by DHL, AWB 7731 4402 9916.

""" + SIG_MH,
 attachments=[dict(filename="Willow_executed_signature_pages.zip", contentType="application/zip",
  text="""Willow_BTA_signature_pages.pdf
Willow_TSA_signature_pages.pdf
Willow_Disclosure_Letter_signed.pdf
Willow_Side_Letter_signed.pdf""")]),

dict(expect="pass", kind="benign.aggregate_health", loc=None,
 why="Disability-employment rate and health-programme figures given only as aggregates.",
 frm=RN, to=["Marcus Hale <marcus.hale@orrinfoods.example.com>"],
 subject="Orrin Foods Japan – disability employment quota and health & productivity filing",
 text="""Dear Marcus,

Quick update on the two compliance points for the Japan entity:

1. Disability employment rate. As of 1 June the entity had 412 regular employees and 8.5 counted employees with disabilities, a rate of 2.06% against the statutory 2.5%. The shortfall is about 1.8 persons, so the levy of JPY 50,000 per person per month applies. The rate rises to 2.7% in July 2026.

2. Health & Productivity Management (健康経営) certification. The 2024 survey data show a 94% health-check uptake, 31% of employees with a re-examination recommendation, and 71% stress-check participation. No individual data are needed for the application.

We'd suggest a call with the Japan HR director on both.

""" + SIG_RN),

dict(expect="pass", kind="benign.own_data", loc=None,
 why="Onboarding details sent to the offer holder himself at his own address.",
 frm=MH, to=["Shun Takeda <shun.takeda88@gmail.com>"],
 subject="Welcome to Whitcombe Arata – your first day on 1 November",
 text="""Dear Mr Takeda,

Congratulations again on accepting our offer of the position of Associate (Disputes). We look forward to welcoming you on Friday, 1 November.

Your first day:
  09:30  Reception, 21F Marunouchi Eight Tower (please bring your 在籍証明 from your previous firm and a photo for your security pass)
  10:00  IT set-up with our support team
  12:00  Lunch with Claire Whitfield and the disputes team
  14:00  Conflicts and confidentiality training

Your annual salary as set out in the offer letter (JPY 14,000,000) will be paid on the 25th of each month. HR will send you the payroll forms via our secure portal next week; please do not send any ID documents by e-mail.

""" + SIG_MH),

dict(expect="pass", kind="benign.bcc_newsletter", loc=None,
 why="A client alert mass mail with recipients in Bcc; company names contain surnames.",
 frm=CW, to=["Whitcombe Arata Tokyo <tokyo-alerts@whitcombe-arata.example>"],
 bcc=["gc@tanaka-holdings.example.jp","legal@suzuki-kikai.example.jp","counsel@matsumoto-foods.example.jp","legal@orrinfoods.example.com","ktran@pinecrest-law.example.com","legal@harbourview-cap.example.hk"],
 subject="Client Alert: Japan's new Act on Promotion of Smartphone Software Competition",
 text="""Dear Clients and Friends,

The Mobile Software Competition Act was fully enforced on 18 December 2025. In this alert we summarise the obligations for designated providers and what app developers and payment providers should expect.

Key points
  - Designated providers may not prevent third-party app stores or alternative in-app payment.
  - Anti-steering restrictions are prohibited.
  - Annual compliance reports to the JFTC.

Case study: how Tanaka Holdings, Suzuki Kikai and Matsumoto Foods updated their app distribution contracts (published with their permission).

To unsubscribe, reply with "unsubscribe" in the subject line.

""" + SIG_CW),
]
