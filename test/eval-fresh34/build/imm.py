from common import *

MAILS = []
A = MAILS.append

# I1 pass: COE status update to sponsoring employer
A(M("pass", "benign.case_status", "Status update on certificate-of-eligibility applications to the sponsoring employer; names only, no ID numbers or sensitive data.",
OKABE, ["Haruka Nishimura <h.nishimura@sakuragi-robotics.co.jp>"],
"COE applications – status as of 12 Nov (Nguyen / Raman / Okonkwo)",
f"""Dear Ms. Nishimura,

Thank you for your call this morning. Here is where the three engineering hires stand.

1. Mr. Nguyen Van An (Control Systems) – COE issued on 8 November. The original will be
   couriered to your office today; tracking no. 4417-2290-6631 (Yamato). Please scan it and
   send it to him so he can book his visa appointment in Hanoi.
2. Ms. Priya Raman (Embedded Software) – still under examination at the Tokyo Regional
   Immigration Services Bureau. No request for additional documents so far. Typical processing
   for Category 2 companies is currently 4–6 weeks, so we expect a result by early December.
3. Mr. Chidi Okonkwo (QA) – we submitted on 5 November. One small point: his university
   transcript shows the degree title as "B.Eng (Hons)"; the diploma says "Bachelor of
   Engineering". This is fine, but if the bureau asks, we will explain with a one-line note.

Our internal file references are SIV-24-0881, SIV-24-0882 and SIV-24-0890 if you need to
quote them to your finance team for the invoice.

I will also copy Mr. Tsuchiya (Engineering Manager) next time if that is useful – just let me know.

Best regards,

{SIG_OKABE}"""))

# I2 pass: own residence card details sent to the data subject himself
A(M("pass", "benign.own_data", "Renewal reminder sent to the foreign client himself quoting his own residence card number and expiry (data subject's own data).",
FUJISAKI, ["Daniel Whitford <dan.whitford82@gmail.com>"],
"Your residence card expires in 90 days – renewal reminder",
f"""Hi Dan,

Quick reminder from our side: according to our records your residence card
(No. TK48213907EN, status "Engineer/Specialist in Humanities/International Services")
expires on 14 March next year. You can apply for the extension from 14 December onwards.

If you would like us to handle it again, please send:
- a copy of your latest Certificate of Tax Payment (納税証明書) and Tax Certificate (課税証明書)
  from Setagaya City Office,
- your employer's updated employment certificate (Ms. Kobayashi in HR prepared it last time),
- a photo 4cm x 3cm taken within the last 3 months.

Our fee is the same as last time (JPY 44,000 incl. tax). No rush – replying within the next
couple of weeks is fine.

Best,
Aya

{SIG_FUJISAKI}"""))

# I3 hold: passport + residence card numbers to employer HR
A(M("hold", "id.passport", "Sends a dependant family's passport and residence card numbers to the employer's HR outside the office.",
FUJISAKI, ["Tomoko Hayashi <t.hayashi@kaiun-logistics.co.jp>"],
"Dependent visa – family details for the employer's guarantee letter",
f"""Dear Ms. Hayashi,

For the guarantee letter (身元保証書) that Kaiun Logistics will sign for Mr. Arjun Mehta's family,
please use the details below exactly as written:

Spouse: Ms. Kavya Mehta, born 03/07/1991
  Passport No. Z4417823 (Republic of India), expires 22/05/2031
Child: Master Rohan Mehta, born 19/11/2018
  Passport No. Z5092216 (Republic of India), expires 04/01/2029

Mr. Mehta himself:
  Residence Card No. UH70314562FA, valid until 30/09/2026

Once the letter is signed and stamped, a PDF is enough for now; we will collect the original
when we visit on Thursday.

Kind regards,
Aya Fujisaki

{SIG_FUJISAKI}""",
personal=[("passport_number", "Z4417823"), ("passport_number", "Z5092216"), ("residence_card_number", "UH70314562FA"), ("birth_date", "03/07/1991")]))

# I4 hold: criminal record to employer
A(M("hold", "sensitive.criminal_record", "Discloses an employee's foreign drink-driving conviction to the employer's HR manager.",
OKABE, ["Mark Ellison <m.ellison@bluepeak-systems.com>"],
"Permanent residence – Mr. Sokolov: declaration item 5",
f"""Dear Mark,

Following our call, one point for the permanent residence application of Mr. Pavel Sokolov
needs your attention before we file.

In the questionnaire he confirmed that in 2019 he was convicted in Novosibirsk of driving under
the influence and fined 30,000 roubles, with his licence suspended for 18 months. It is a
foreign conviction, but it must be declared; non-disclosure is treated far more severely than the
offence itself. We will attach the court decision with a certified translation and a short
statement of remorse.

Because the company's letter of support will also be filed, I wanted you to be aware of this so
that nothing in that letter contradicts it (please avoid wording such as "no record of any
offence").

Happy to discuss.

Kenji

{SIG_OKABE}""",
personal=[("criminal_record", "convicted in Novosibirsk of driving under\nthe influence")]))

# I5 hold: diagnosis to hospital international office
A(M("hold", "sensitive.medical", "Gives a named client's cancer diagnosis and treatment plan to a hospital coordinator for a medical-stay visa.",
FUJISAKI, ["International Patient Services <ips@kitashinagawa-med.or.jp>"],
"Medical stay visa – Ms. Lin Meihua, request for treatment plan letter",
f"""Dear International Patient Services team,

We are preparing the change of status to "Designated Activities (Medical Stay)" for Ms. Lin Meihua
(DOB 1975-06-11), who is currently in Japan as a temporary visitor.

According to the referral from her doctor in Taichung, she was diagnosed with stage II breast
cancer (HER2-positive) in August and is scheduled for surgery at your hospital, followed by
adjuvant chemotherapy for about six months.

For the application we need a letter from the treating physician (Dr. Ishizuka, Breast Surgery)
stating:
 - the expected treatment period,
 - that inpatient/outpatient treatment in Japan is required,
 - the estimated cost.

A template in English is attached to this mail for your convenience. Could you let us know
roughly how long it takes to issue such a letter?

Best regards,
Aya Fujisaki

{SIG_FUJISAKI}""",
attachments=[att("Letter_template_medical_stay.docx", DOCX, "LETTER OF TREATMENT PLAN (template)\nPatient name: ____\nDiagnosis: ____\nExpected treatment period: from ____ to ____\nPhysician: ____ Department: ____\nEstimated cost (JPY): ____\nSignature / Seal")],
personal=[("diagnosis", "stage II breast\ncancer (HER2-positive)"), ("birth_date", "1975-06-11")]))

# I6 pass: successor introduction
A(M("pass", "benign.successor_intro", "Introduces a new case handler to a client company; names and contact details of staff only.",
OKABE, ["Keiichi Morohashi <morohashi@tokai-precision.co.jp>"], 
"Introducing your new case handler – Ms. Aya Fujisaki",
f"""Dear Mr. Morohashi,

I hope all is well at Tokai Precision.

From December, Ms. Aya Fujisaki will take over the day-to-day handling of your company's visa
matters from Mr. Ryota Enomoto, who is moving to our Osaka branch. Aya has been with us for seven
years and is a certified application agent; she already knows your file, including the
Specified Skilled Worker (i) hires from last spring.

Mr. Enomoto will stay copied on mails until the end of the year. I will remain the partner in
charge, so please feel free to contact me directly at any time.

Aya will propose a short online meeting in the second week of December to introduce herself to
you and to Ms. Umeda and Mr. Tran from your Admin team.

With best regards,
Kenji Okabe

{SIG_OKABE}""", cc=[FUJISAKI, "Ryota Enomoto <r.enomoto@shirakaba-visa.jp>"]))

# I7 pass: seminar with Bcc
A(M("pass", "benign.seminar", "Seminar invitation sent with recipients in Bcc; speakers are named professionals and a public official's published remarks.",
RSATO, ["seminar@shirakaba-visa.jp"],
"[Invitation] Seminar: What the new 'Employment for Skill Development' system means for your company (28 Jan)",
f"""Dear clients and friends of Shirakaba International Visa Office,

We are pleased to invite you to our winter seminar.

Date: Tuesday, 28 January, 15:00–17:00 (doors open 14:30)
Venue: Shiba Park Conference Center, Room B / online (Zoom)
Fee: free for clients, JPY 3,000 for others

Programme
15:00  Opening – Kenji Okabe (Representative, Gyoseishoshi Lawyer)
15:10  "From Technical Intern Training to Employment for Skill Development" – Aya Fujisaki
15:50  Panel: "Hiring and keeping foreign talent" with
         Ms. Yuko Arakawa (HR Director, Minami Foods Co., Ltd.)
         Mr. Bilal Qureshi (Founder, Qureshi Trading K.K.)
         Prof. Hiroshi Kanda (Labour Law, Meisei University)
16:50  Q&A

The panel will also discuss the points the Minister of Justice made in the Diet in June on the
transition schedule.

Please register by 20 January here: https://www.shirakaba-visa.jp/seminar/2501

Best regards,
Lina Sato

{SIG_RSATO}""",
bcc=["t.hayashi@kaiun-logistics.co.jp", "morohashi@tokai-precision.co.jp", "h.nishimura@sakuragi-robotics.co.jp", "m.ellison@bluepeak-systems.com", "hr@minami-foods.co.jp", "info@qureshi-trading.jp", "soumu@orihara-kensetsu.co.jp", "jinji@kotobuki-care.or.jp", "admin@harborview-it.com", "recruit@yamabiko-hotel.co.jp", "info@sunrise-bento.jp", "d.kim@gmail.com"]))

# I8 hold: seminar reminder with 12 visible external recipients
rcpts8 = ["t.hayashi@kaiun-logistics.co.jp", "morohashi@tokai-precision.co.jp", "h.nishimura@sakuragi-robotics.co.jp", "m.ellison@bluepeak-systems.com", "hr@minami-foods.co.jp", "info@qureshi-trading.jp", "soumu@orihara-kensetsu.co.jp", "jinji@kotobuki-care.or.jp", "admin@harborview-it.com", "recruit@yamabiko-hotel.co.jp", "info@sunrise-bento.jp", "minjun.kim88@gmail.com", "s.fernandes@yahoo.co.jp"]
A(M("hold", "recipients.visible_external", "Seminar reminder with 13 client and private addresses from different organisations visible in To.",
RSATO, rcpts8,
"Reminder: Seminar tomorrow 15:00 – room changed to Room C",
f"""Dear all,

Thank you for registering for tomorrow's seminar. Please note the room has changed:

  Shiba Park Conference Center, Room C (3rd floor) – not Room B.

Online participants: the Zoom link is unchanged.
Meeting ID 884 2210 5531 / Passcode 0128

See you tomorrow.

Lina Sato

{SIG_RSATO}"""))

# I9 hold: encrypted zip
A(M("hold", "attachment.encrypted_zip", "Sends application documents as a password-protected zip (PPAP).",
RSATO, ["Farhan Ahmed <farhan.ahmed.tokyo@gmail.com>"],
"Documents for your signature (Extension of Period of Stay)",
f"""Dear Mr. Ahmed,

Please find attached the application form and the letter of explanation for your extension.
Please print, sign page 2 and page 4, and bring them to our office or post them back.

The password for the attached file will be sent in a separate e-mail.

Kind regards,
Lina Sato

{SIG_RSATO}""",
attachments=[att("Ahmed_extension_docs.zip", ZIP, encrypted=True)]))

# I10 pass: invoice with corporate account
A(M("pass", "benign.invoice", "Invoice to a corporate client with the firm's own corporate bank account and SWIFT code.",
RSATO, ["Accounts Payable <ap@harborview-it.com>"],
"Invoice SIV-INV-2411-037 – Harborview IT K.K.",
f"""Dear Accounts Payable team,

Please find attached our invoice for the change-of-status applications completed in October
(2 persons).

Invoice no.: SIV-INV-2411-037
Amount: JPY 176,000 (incl. consumption tax JPY 16,000)
Due date: 30 November
Qualified invoice issuer registration no.: T8010405019932

Bank details (for overseas remittance):
  Bank: Mizuho Bank, Ltd., Hamamatsucho Branch (Branch code 165)
  Account name: Gyoseishoshi Hojin Shirakaba Kokusai Homu Jimusho
  Account no.: Ordinary 2281907
  SWIFT: MHCBJPJT

Thank you for your continued business.

{SIG_RSATO}""",
attachments=[att("SIV-INV-2411-037.pdf", PDF, "INVOICE\nInvoice No. SIV-INV-2411-037\nBill to: Harborview IT K.K.\nChange of Status of Residence (Engineer/Specialist in Humanities/International Services) x 2  160,000\nConsumption tax (10%)  16,000\nTotal JPY 176,000\nRegistration No. T8010405019932")]))

# I11 hold: roster of foreign employees in attachment only
A(M("hold", "list.roster", "Attachment lists foreign employees with birth dates, nationalities and residence card numbers, sent to an outsourced HR vendor.",
FUJISAKI, ["Kenta Ikegami <ikegami@peoplebridge-hr.jp>"],
"Handover list for the renewal calendar",
f"""Ikegami-san,

As agreed with Orihara Kensetsu, we are handing over the renewal calendar to your team from
January. The current list is attached. Please check that it imports into your system.

Thanks,
Aya Fujisaki

{SIG_FUJISAKI}""",
attachments=[att("orihara_renewals_2025.csv", CSV,
"name,nationality,date_of_birth,status,residence_card_no,expiry\n"
"NGUYEN THI HOA,Vietnam,1998-02-14,Specified Skilled Worker (i),AB27719403CD,2025-02-28\n"
"TRAN DUC MINH,Vietnam,1996-10-03,Specified Skilled Worker (i),EF50182736GH,2025-04-15\n"
"SANTOS MARK ANTHONY,Philippines,1993-07-21,Specified Skilled Worker (ii),JK61038247LM,2025-06-30\n"
"BUDI SANTOSO,Indonesia,2000-12-09,Specified Skilled Worker (i),NP83920175QR,2025-09-01\n")],
personal=[("residence_card_number", "AB27719403CD"), ("residence_card_number", "EF50182736GH"), ("residence_card_number", "JK61038247LM"), ("birth_date", "1998-02-14")]))

# I12 pass: scheduling reply chain with heavy signatures
A(M("pass", "benign.reply_chain", "Meeting scheduling chain with an employer naming several staff, company registration numbers and the office's agent registration; no personal identifiers.",
OKABE, ["Yuko Arakawa <y.arakawa@minami-foods.co.jp>"],
"RE: RE: Site visit and document check – Minami Foods Kumagaya plant",
f"""Dear Ms. Arakawa,

Tuesday 3 December at 10:30 works well for us. Ms. Fujisaki and I will come by car; could you
reserve one visitor parking space (vehicle: 品川 300 さ 41-07)?

For your reception desk: our office's notification number as a certified application agent
is 東京(行)第18-2204号, in case they need it.

Best regards,
Kenji

{SIG_OKABE}

-----Original Message-----
From: Yuko Arakawa <y.arakawa@minami-foods.co.jp>
Sent: Monday, November 18, 2024 4:12 PM
To: Kenji Okabe
Cc: Shingo Abe; Nomura Michiko
Subject: RE: Site visit and document check – Minami Foods Kumagaya plant

Dear Mr. Okabe,

Thank you. Either 3 Dec (morning) or 5 Dec (afternoon) would suit us. Mr. Abe (Plant Manager)
and Ms. Nomura (Labour Affairs) will join. We will prepare the dormitory floor plans and the
support plan for the seven Specified Skilled Workers as you asked.

For your records, our corporate number is 3030001104478 and the registered support
organisation we use is Kizuna Support Co-op (登録番号 19登-001284).

Best regards,
Yuko Arakawa
HR Director | Minami Foods Co., Ltd.
Head Office: 1-2-8 Kita-Urawa, Urawa-ku, Saitama 330-0074
Tel 048-811-2200 | Mobile 080-4417-2259
"The taste of home, every day."

-----Original Message-----
From: Kenji Okabe
Sent: Friday, November 15, 2024 11:03 AM
To: Yuko Arakawa
Subject: Site visit and document check – Minami Foods Kumagaya plant

Dear Ms. Arakawa,

Before the renewal season we would like to visit the Kumagaya plant and check the
accommodation and the support records. Could you propose two or three dates in early December?

Kenji Okabe"""))

# I13 hold: religion/ethnicity of refugee applicant to NPO
A(M("hold", "sensitive.belief", "Describes a named asylum seeker's religion, ethnicity and persecution to an outside NPO.",
OKABE, ["Case Desk <casedesk@sanctuary-support.or.jp>"],
"Referral: Mr. Abdul Rahman Hussaini – shelter and legal aid",
f"""Dear colleagues at Sanctuary Support,

I would like to refer Mr. Abdul Rahman Hussaini (Afghan national, 34) to your shelter programme.

He is ethnically Hazara and a Shia Muslim, and states that he was detained twice by local
authorities in Ghazni province because of his religious activities at a community mosque. He
arrived at Narita on 2 October and has filed a refugee application; his current status is
"Designated Activities" for 6 months.

He is living in a net café in Ikebukuro and has no income. He speaks Dari and basic English.
Phone: 080-6631-2094.

Would you be able to interview him next week? I can accompany him.

Best regards,
Kenji Okabe

{SIG_OKABE}""",
personal=[("ethnicity", "ethnically Hazara"), ("religion", "Shia Muslim"), ("phone", "080-6631-2094")]))

# I14 hold: résumé forwarded to recruitment agency
A(M("hold", "personal.resume", "Forwards a client's full résumé with address, birth date and family details to a recruitment agency.",
RSATO, ["Jun Kurosawa <kurosawa@nextgate-career.co.jp>"],
"Fwd: CV – Ms. Sofia Marquez",
f"""Kurosawa-san,

As mentioned by Mr. Okabe, here is Ms. Marquez's CV. She is looking for a position that fits
her current status (Engineer/Specialist in Humanities/International Services).

Lina

{SIG_RSATO}

---------- Forwarded message ---------
From: Sofia Marquez <sofi.marquez.jp@gmail.com>
Date: Wed, 6 Nov 2024 at 21:40
Subject: CV

CURRICULUM VITAE
Sofia Isabel Marquez Ortega
Date of birth: 2 April 1994 (30)
Address: 3-11-5-402 Kamiikebukuro, Toshima-ku, Tokyo 170-0012
Mobile: 090-3381-5527
Marital status: married, one daughter (age 3)

Education
2012–2016  Universidad de Guadalajara, B.A. International Business
Experience
2019–now   Aoyama Trading K.K., Export coordinator (Spanish/English/Japanese)
Languages: Spanish (native), English (C1), Japanese (JLPT N2)
Expected salary: JPY 4.5 million""",
personal=[("name", "Sofia Isabel Marquez Ortega"), ("birth_date", "2 April 1994"), ("address", "3-11-5-402 Kamiikebukuro, Toshima-ku, Tokyo 170-0012"), ("phone", "090-3381-5527")]))

# I15 pass: condolence on death of client's founder
A(M("pass", "benign.condolence", "Condolence to a client company on the death of its founder; the deceased is named in an ordinary condolence.",
OKABE, ["Bilal Qureshi <bilal@qureshi-trading.jp>"],
"With deepest sympathy",
f"""Dear Bilal,

I was very sorry to hear of the passing of your father, Mr. Tariq Qureshi. When I started this
office fifteen years ago, he was one of my first clients, and I still remember him telling me
about arriving in Yokohama in 1983 with one suitcase of carpets. He built something remarkable.

Please accept my sincere condolences, and convey them to your mother and the whole family.
If there is anything we can do for the company's paperwork in the coming weeks, please don't
hesitate to ask – it can all wait until you are ready.

With heartfelt sympathy,
Kenji

{SIG_OKABE}"""))

# I16 hold: quoted message containing residence card & passport numbers, forwarded to employer
A(M("hold", "id.residence_card", "The quoted message from the employee, forwarded to his employer, contains his residence card and passport numbers.",
FUJISAKI, ["Shingo Abe <s.abe@minami-foods.co.jp>"],
"RE: Contract start date for Mr. Reyes",
f"""Dear Mr. Abe,

Thank you. As you can see below, Mr. Reyes is fine with starting on 6 January, so please issue
the employment contract with that date. We will then file the notification within 14 days.

Best regards,
Aya

{SIG_FUJISAKI}

> From: Joel Reyes <joel.reyes1999@yahoo.com>
> Sent: 19 Nov 2024 22:05
> Subject: Re: Contract start date
>
> Hello Ms. Fujisaki,
> Jan 6 is OK for me. For the contract here are my details again:
> Residence card: PQ38104925RS (valid until 2027/01/31)
> Passport: P7712048B
> Thank you very much!
> Joel""",
personal=[("residence_card_number", "PQ38104925RS"), ("passport_number", "P7712048B")]))

# I17 pass: Japanese explanation with a 記入例 using fictitious data
A(M("pass", "benign.form_example", "General explanation of an application form with a filled-in example (記入例) using the standard fictitious name.",
OKABE, ["総務部 織原様 <soumu@orihara-kensetsu.co.jp>"],
"所属機関等に関する届出の書き方（記入例つき）",
f"""織原建設株式会社
総務部 織原 恵美 様

いつもお世話になっております。しらかば国際法務事務所の岡部です。

先日ご質問いただいた「所属機関等に関する届出（契約機関）」について、記入例をお送りします。
外国人従業員ご本人が退職・入社した日から14日以内に、ご本人が出入国在留管理庁へ届け出るものです
（会社側の「中長期在留者の受入れに関する届出」とは別物ですのでご注意ください）。

――― 記入例 ―――
氏名：YAMADA TARO（山田 太郎）※記入例
生年月日：1990年1月1日
国籍：○○
在留カード番号：AB12345678CD ※カード右上の番号を記入
契約終了日：令和6年12月31日
新たな契約機関：株式会社△△（法人番号 1234567890123）
―――――――――

オンライン（電子届出システム）でも提出できます。ご本人がマイナンバーカードをお持ちでない場合は
窓口または郵送になります。

ご不明点があればお電話ください。

{SIG_OKABE_JA}"""))

# I18 hold: criminal arrest in subject line only
A(M("hold", "sensitive.criminal_record", "The subject line alone reveals a named client's prior arrest, sent to his employer.",
OKABE, ["Mark Ellison <m.ellison@bluepeak-systems.com>"],
"Kumar Rajesh – 2021 arrest in Osaka (assault, not indicted): disclosure for PR application",
f"""Mark,

As discussed on the phone just now – please see the points we went through. I'll send the
draft statement for your review tomorrow.

Kenji

{SIG_OKABE}""",
personal=[("criminal_record", "2021 arrest in Osaka (assault, not indicted)")]))

# I19 pass: outage notice
A(M("pass", "benign.it_outage", "Notice about the immigration online system outage and a malware quarantine on an office PC; no personal data.",
RSATO, ["Tomoko Hayashi <t.hayashi@kaiun-logistics.co.jp>"],
"Delay notice: Online Residence Application System outage / 在留申請オンラインシステム障害",
f"""Dear Ms. Hayashi,

Please note that the Immigration Services Agency's Online Residence Application System has been
down since Friday evening (system failure – 障害 – announced on the ISA website). We could not
file the two renewals scheduled for Monday. As soon as the system is back we will submit them;
both applicants are still well within their application window, so there is no risk.

Separately, for transparency: one of our office PCs flagged a malware infection (感染) from a
spam attachment last week. It was isolated (隔離) immediately, and our IT vendor confirmed that no
client files were accessed. No action is needed on your side.

Best regards,
Lina Sato

{SIG_RSATO}"""))

# I20 hold: private person's bank account for refund to bookkeeping vendor
A(M("hold", "id.bank_account", "Sends a private client's personal bank account details for a refund to an outside bookkeeping vendor.",
FUJISAKI, ["経理代行 本間様 <honma@aoba-keiri.co.jp>"],
"返金処理のお願い（ガルシア様 申請取下げ分）",
f"""本間様

お世話になっております。しらかば国際法務事務所の藤崎です。
申請取下げに伴い、下記のお客様へ着手金の一部を返金いたします。今月25日の振込でお願いいたします。

返金額：33,000円
振込先：三井住友銀行 恵比寿支店（店番 657）
普通預金 4418273
口座名義：ガルシア マリア エレナ

領収書の再発行は不要とのことです。

藤崎 彩

{SIG_FUJISAKI}""",
personal=[("bank_account", "普通預金 4418273"), ("name", "ガルシア マリア エレナ")]))
