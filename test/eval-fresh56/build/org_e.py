# -*- coding: utf-8 -*-
"""Org E: BridgeLink Language Services（ブリッジリンク翻訳株式会社）— translation and interpreting."""

ORG = "E ブリッジリンク翻訳株式会社 / BridgeLink Language Services（翻訳・通訳）"
DOM = "bridgelink.example.com"

EMILY = "Emily Carter <emily.carter@bridgelink.example.com>"
OKAMOTO = "岡本 沙織 <okamoto.saori@bridgelink.example.com>"
RAHUL = "Rahul Mehta <rahul.mehta@bridgelink.example.com>"

SIG_EMILY = """Emily Carter
Senior Project Manager | Conference & Legal Division
BridgeLink Language Services (ブリッジリンク翻訳株式会社)
4-8-2 Kojimachi, Chiyoda-ku, Tokyo 102-0083, Japan
T: +81-3-6256-4410 | M: +81-80-2113-5560 (business)
emily.carter@bridgelink.example.com | www.bridgelink.example.com
ISO 17100 certified translation services
CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

SIG_OKAMOTO = """――――――――――――――――
ブリッジリンク翻訳株式会社
通訳事業部 コーディネーター
岡本 沙織（Saori Okamoto）
TEL 03-6256-4420 ／ FAX 03-6256-4429
okamoto.saori@bridgelink.example.com
――――――――――――――――"""

SIG_RAHUL = """Rahul Mehta
Vendor Management | BridgeLink Language Services
+81-3-6256-4435 | rahul.mehta@bridgelink.example.com"""

MAILS = []
def add(**kw):
    MAILS.append(kw)

# ---------------------------------------------------------------- holds
add(key="E-H1", expect="hold", kind="id.bank_account", writer="Rahul", loc="body",
    why="A freelance translator's personal bank account (bank, branch, number, holder) sent to the outsourced accounting firm.",
    frm=RAHUL,
    to=["Sunrise Accounting Partners - Payables <payables@sunrise-ap.example.jp>"],
    subject="Change of bank details - freelance translator (vendor ID FL-0482)",
    text=f"""Dear Payables team,

Please update the payment details for one of our freelance translators from
the July payment run onwards. She closed her old account when she moved.

  Vendor ID    : FL-0482
  Name         : Lucia Ferraro
  Bank         : Hibari Bank, Kichijoji Branch (branch code 341)
  Account type : Ordinary (futsu)
  Account no.  : 6620418
  Account name : FERRARO LUCIA

Her June invoice (JPY 212,300) is already scheduled, so it should still go
to the old account if the run has started. Please let me know if you need the
signed change form - I can scan it.

Thanks,
{SIG_RAHUL}""",
    personal=[("name", "Lucia Ferraro"), ("bank_account", "6620418"), ("name", "FERRARO LUCIA")])

add(key="E-H2", expect="hold", kind="personal.resume", writer="Emily", loc="attachment",
    why="An interpreter's full CV (home address, mobile, date of birth, visa status) sent to a client; body only introduces the proposal.",
    frm=EMILY,
    to=["Dr. Naomi Fischer <naomi.fischer@veridian-pharma.example.com>"],
    cc=["Kenji Abe <kenji.abe@veridian-pharma.example.com>"],
    subject="Proposed interpreter for the GMP audit in Toyama (8-10 July)",
    text=f"""Dear Dr. Fischer,

Thank you for confirming the audit dates. For the GMP audit at the Toyama site
we propose one of our senior pharmaceutical interpreters. Her CV is attached
for your approval. She has interpreted at more than 30 GMP and GCP audits.

If you approve, we will send the confidentiality undertaking for her signature
and arrange her travel to Toyama on 7 July.

Kind regards,

{SIG_EMILY}""",
    attachments=[{"filename": "CV_Ishizuka_Mao.docx", "contentType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "text": """CURRICULUM VITAE

Name: Mao Ishizuka
Date of birth: 3 May 1982
Nationality: Japanese
Address: 2-11-6 Nishi-Ogikubo, Suginami-ku, Tokyo 167-0053
Mobile: +81-90-3371-8840
E-mail: mao.ishizuka.interp@gmail.com

Languages: Japanese (native), English (C2), German (B2)

Experience
2014-present  Freelance conference and audit interpreter (pharmaceuticals, medical devices)
2008-2014     In-house translator, Kanto Biologics Co., Ltd., Quality Assurance
2005-2008     Research assistant, Tokyo University of Pharmacy

Education
2005  M.Sc. Pharmaceutical Sciences, Tokyo University of Pharmacy

Selected assignments
- FDA pre-approval inspection, Shizuoka (2024), 4 days
- EU GMP audit of API supplier, Toyama (2023), 3 days
"""}],
    personal=[("name", "Mao Ishizuka"), ("birthdate", "3 May 1982"),
              ("address", "2-11-6 Nishi-Ogikubo, Suginami-ku, Tokyo 167-0053"), ("phone", "+81-90-3371-8840"),
              ("email", "mao.ishizuka.interp@gmail.com")])

add(key="E-H3", expect="hold", kind="sensitive.health", writer="岡本", loc="quoted",
    why="Forwards a hospital's request naming a patient and his gastric cancer to a freelance medical interpreter; the diagnosis is only in the forwarded part.",
    frm=OKAMOTO,
    to=["Farid Nazari <farid.nazari.interp@gmail.com>"],
    subject="Fw: 医療通訳のご依頼（7/9 ペルシャ語）",
    text=f"""Hi Farid,

Could you cover the Persian medical interpreting job below on 9 July, 14:00-16:00?
It is an informed-consent session before surgery, so the doctor will go through
risks and options in detail. The hospital's request is forwarded below.
Please let me know by tomorrow noon.

Thanks,
Saori

{SIG_OKAMOTO}

-----Original Message-----
From: 国際医療支援室 渡部 <watabe@shonan-kokusai-hp.example.jp>
Sent: Thursday, June 26, 2025 3:28 PM
To: 岡本 沙織 <okamoto.saori@bridgelink.example.com>
Subject: 医療通訳のご依頼（7/9 ペルシャ語）

ブリッジリンク翻訳 岡本様

いつもお世話になっております。湘南国際病院 国際医療支援室の渡部です。
下記のとおり通訳をお願いしたく、ご手配をお願いいたします。

　患者：ハミド・カリミ 様（58歳男性、イラン国籍）
　診断：胃がん（ステージIII）、術前化学療法後
　内容：手術（腹腔鏡下胃全摘術）の説明と同意取得、ご家族同席
　日時：7月9日（水）14:00～16:00　消化器外科 外来
""",
    personal=[("name", "ハミド・カリミ"), ("diagnosis", "胃がん（ステージIII）")])

add(key="E-H4", expect="hold", kind="sensitive.criminal", writer="岡本", loc="subject",
    why="The subject names a defendant and his drug charge (criminal proceedings); the body only gives logistics.",
    frm=OKAMOTO,
    to=["宮城 ロドリゴ様 <rodrigo.miyagi.tradutor@gmail.com>"],
    subject="法廷通訳のご依頼：被告人 アルバレス・ディエゴ（覚醒剤取締法違反）7/15 横浜地裁",
    text=f"""宮城さん

いつもありがとうございます。ブリッジリンクの岡本です。

件名の件、スペイン語の法廷通訳をお願いできますでしょうか。
裁判所から直接ご連絡が行く前に、ご都合だけ確認させてください。

　日時：7月15日（火）13:30～（第2回公判、2時間程度の見込み）
　場所：横浜地方裁判所 本庁 402号法廷
　報酬：裁判所規定による（当社手数料なしのご紹介案件です）

起訴状の写しは、お引き受けいただける場合に裁判所書記官から受け取る形になります。
お返事お待ちしております。

{SIG_OKAMOTO}""",
    personal=[("name", "アルバレス・ディエゴ"), ("criminal", "覚醒剤取締法違反")])

add(key="E-H5", expect="hold", kind="attachment.encrypted_zip", writer="Emily", loc="zip",
    why="Password-protected zip (PPAP) of translated contracts sent to a client.",
    frm=EMILY,
    to=["Legal Department <legal@kestrel-energy.example.com>"],
    cc=["Tomoko Hayashi <t.hayashi@kestrel-energy.example.com>"],
    subject="Delivery: JA>EN translation of JV agreement and side letters (Job BL-25-3391)",
    text=f"""Dear Ms. Hayashi,

Please find attached the English translations of the joint venture agreement
and the two side letters (Job BL-25-3391). The file is password-protected;
I will send the password in a separate email.

The defined terms follow the glossary you approved on 12 June. Two places
where the Japanese text seemed ambiguous are marked with translator's notes.

Best regards,

{SIG_EMILY}""",
    attachments=[{"filename": "BL-25-3391_delivery.zip", "contentType": "application/zip", "encrypted": True}],
    personal=None)

_freelancers = [
    "Ana Souza <ana.souza.interp@gmail.com>", "Carlos Medina <cmedina.tradutor@gmail.com>",
    "宮城 ロドリゴ <rodrigo.miyagi.tradutor@gmail.com>", "Beatriz Ortega <beatriz.ortega.jp@yahoo.co.jp>",
    "Hiroshi Kaneda <kaneda.es.interp@outlook.jp>", "Lucía Romero <lucia.romero.tokyo@gmail.com>",
    "Paulo Nakamura <paulo.nakamura@icloud.com>", "Marina Costa <marina.costa.jp@gmail.com>",
    "Sofia Vargas <sofia.vargas.interpreter@gmail.com>", "Takumi Ono <takumi.ono.pt@gmail.com>",
    "Diego Fernandes <diego.fernandes.yokohama@gmail.com>", "Yuka Morales <yuka.morales@nifty.example.ne.jp>",
    "Javier Ruiz <jruiz.conf@protonmail.example.com>", "Renata Sato <renata.sato.br@gmail.com>",
]
add(key="E-H6", expect="hold", kind="recipients.many_external", writer="Rahul", loc="recipients",
    why="Fourteen freelancers' private addresses all visible in To; should have been BCC.",
    frm=RAHUL,
    to=_freelancers,
    subject="Availability check: Spanish/Portuguese interpreters, Osaka, 18-22 August",
    text=f"""Dear all,

We have a request for a Latin American trade delegation visiting Osaka from
18 to 22 August and need 4 Spanish and 2 Portuguese interpreters.

  - Assignments: factory visits, business matching sessions, one dinner reception
  - Mode: consecutive, some whispered interpreting during site tours
  - Travel: Shinkansen from Tokyo and hotel in Osaka arranged by us
  - Rate: our standard full-day conference rate + per diem

If you are available for all or part of the period, please reply by Friday
with the dates you can cover. Priority will be given to those who can do all five days.

Thank you,
{SIG_RAHUL}""",
    personal=None)

add(key="E-H7", expect="hold", kind="list.interpreters", writer="岡本", loc="body",
    why="Roster of five named interpreters with private mobile numbers, home stations and rates sent to an event company.",
    frm=OKAMOTO,
    to=["株式会社イベントクルー 制作部 西田様 <nishida@eventcrew.example.co.jp>"],
    subject="国際展示会（8/27-29）アテンド通訳者のご連絡",
    text=f"""株式会社イベントクルー
西田様

お世話になっております。ブリッジリンク翻訳の岡本です。
国際展示会のアテンド通訳者が確定しましたので、ご連絡いたします。
当日の緊急連絡用に、各通訳者の携帯番号も記載しております。

 氏名           言語       携帯             最寄り駅      日当（税別）
 ------------------------------------------------------------------
 桐山 真央      英語       090-2215-7734    西荻窪        45,000円
 チャン・ミン   中国語     080-4471-2296    錦糸町        45,000円
 朴 ソヨン      韓国語     070-6628-1103    新大久保      40,000円
 Thomas Berger  ドイツ語   080-1189-5520    三軒茶屋      50,000円
 小野寺 結      英語       090-8802-6417    武蔵小杉      40,000円

集合時間・入館証の受け渡し方法が決まりましたら、お知らせいただけますと幸いです。

{SIG_OKAMOTO}""",
    personal=[("name", "桐山 真央"), ("phone", "090-2215-7734"), ("name", "チャン・ミン"), ("phone", "080-4471-2296"),
              ("name", "朴 ソヨン"), ("name", "Thomas Berger"), ("phone", "080-1189-5520")])

add(key="E-H8", expect="hold", kind="id.passport", writer="Emily", loc="body",
    why="An interpreter's passport number, date of birth and expiry sent to a travel agency in the body.",
    frm=EMILY,
    to=["Corporate Travel Desk <corporate@skyway-travel.example.jp>"],
    subject="Flight booking request - interpreter to Frankfurt (1-6 September)",
    text=f"""Hello,

Please book the following flights and hotel for our interpreter travelling to
the Automechanika trade fair.

  Passenger (as in passport): MORITA / KANAE MS
  Passport no.  : TZ1187642 (Japan), expiry 19 Nov 2031
  Date of birth : 27 Aug 1979
  Outbound      : HND-FRA, 1 Sep, LH 717 or NH 223, economy
  Return        : FRA-HND, 6 Sep, LH 716, economy
  Hotel         : near Messe Frankfurt, 1-6 Sep (5 nights), single, breakfast incl.

Please charge to our corporate account (client code BLS-0021) and send the
itinerary to me. The client reimburses us, so please itemise the fares.

Many thanks,

{SIG_EMILY}""",
    personal=[("name", "MORITA / KANAE MS"), ("passport", "TZ1187642"), ("birthdate", "27 Aug 1979")])

add(key="E-H9", expect="hold", kind="sensitive.belief", writer="Rahul", loc="attachment",
    why="Source file is an asylum seeker's statement naming him and his religion, ethnicity and detention, sent to a freelance translator; body only gives job logistics.",
    frm=RAHUL,
    to=["Imran Qureshi <imran.qureshi.translations@gmail.com>"],
    subject="Job BL-25-3517 - EN>JA, 2,100 words, due Fri 4 July",
    text=f"""Hi Imran,

Thanks for accepting this one. The source file is attached (extracted text;
the scanned original has handwritten notes in Urdu on page 2, which you can
leave untranslated - just mark them [handwritten note]).

  Client     : law office (refugee support)
  Direction  : English > Japanese
  Volume     : approx. 2,100 words
  Deadline   : Friday 4 July, 12:00 JST
  Rate       : JPY 14 / word

Please use the attached glossary terms for place names.

{SIG_RAHUL}""",
    attachments=[{"filename": "BL-25-3517_source.docx", "contentType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "text": """STATEMENT OF THE APPLICANT

I, Bilal Ahmad Chaudhry, born 12 March 1990 in Rabwah, Punjab, make this
statement in support of my application for refugee status in Japan.

1. I am a member of the Ahmadiyya Muslim community. Because of my faith I was
   not allowed to call myself a Muslim and was threatened by local groups.
2. In October 2022 I was detained by police for eleven days after leading
   Friday prayers at our community hall. During detention I was beaten.
3. My brother was attacked in 2023. After that I left the country and arrived
   at Narita on 8 May 2024.
"""}],
    personal=[("name", "Bilal Ahmad Chaudhry"), ("religion", "member of the Ahmadiyya Muslim community"),
              ("detention", "detained by police for eleven days")])

add(key="E-H10", expect="hold", kind="id.mynumber", writer="岡本", loc="body",
    why="A freelance interpreter's マイナンバー given without a label, with her name, to the outside tax office.",
    frm=OKAMOTO,
    to=["ことのは税理士事務所 担当 飯塚様 <iizuka@kotonoha-tax.example.jp>"],
    subject="Re: 支払調書の未回収分について",
    text=f"""飯塚様

お世話になっております。ブリッジリンク翻訳の岡本です。
ご指摘いただいた未回収の1名分、ご本人から回答がありました。

　桐山 真央（721294939538）

こちらで支払調書の作成をお願いいたします。
他の方の分は、前回お送りしたとおりで変更ございません。

{SIG_OKAMOTO}

> 岡本様
> 報酬の支払調書作成にあたり、通訳者の方1名分の番号が未回収です。
> お手数ですがご確認をお願いいたします。
> ことのは税理士事務所 飯塚""",
    personal=[("name", "桐山 真央"), ("mynumber", "721294939538")])

# ---------------------------------------------------------------- passes
add(key="E-P1", expect="pass", kind="benign.to_data_subject", writer="Emily", loc=None,
    why="Onboarding invitation sent to the offer holder herself; asks her to bring her own documents, contains no ID numbers.",
    frm=EMILY,
    to=["Chloe Martin <chloe.martin.jp@gmail.com>"],
    cc=["HR <hr@bridgelink.example.com>"],
    subject="Welcome to BridgeLink - your first day on 1 August",
    text=f"""Dear Chloe,

We are delighted that you have accepted our offer of the position of
Project Coordinator in the Conference & Legal Division. Welcome aboard!

Your first day
  Date   : Friday 1 August 2025, 9:30
  Place  : 4-8-2 Kojimachi, 6F reception (ask for Emily Carter)
  Dress  : business casual

Please bring
  - your residence card (for our copy of the work permission)
  - your My Number card or notification (HR will record it in person - please
    do not send the number by email)
  - bank account details for salary (a form will be provided)

Your annual salary and the probation terms are as stated in the offer letter
you signed on 20 June. After lunch with the team, Rahul will take you through
our vendor database.

We look forward to working with you.

{SIG_EMILY}""",
    personal=None)

add(key="E-P2", expect="pass", kind="benign.to_data_subject", writer="岡本", loc=None,
    why="Lecturer's own fee statement sent to herself, with her bank account masked.",
    frm=OKAMOTO,
    to=["水谷 玲子 <reiko.mizutani.interp@gmail.com>"],
    subject="通訳者養成講座 講師謝礼のお支払いについて（6月分）",
    text=f"""水谷先生

いつも大変お世話になっております。ブリッジリンク翻訳の岡本です。
6月の通訳者養成講座（全4回）の講師謝礼につきまして、お支払い内容をお知らせいたします。

　講師謝礼　　　　：4回 × 30,000円 = 120,000円
　源泉所得税　　　：▲12,252円
　差引お支払額　　：107,748円
　お支払日　　　　：7月25日（金）
　お振込先　　　　：ご登録口座（つばさ銀行 ****支店 普通 ****312）

ご登録口座から変更がある場合は、7月15日までにお知らせください。
7月からの後期講座も、引き続きどうぞよろしくお願いいたします。

{SIG_OKAMOTO}""",
    personal=None)

add(key="E-P3", expect="pass", kind="benign.employment_verification", writer="Emily", loc=None,
    why="Minimal employment verification (dates and title only) given with the former employee's signed consent.",
    frm=EMILY,
    to=["Verification Services <verify@trustcheck-screening.example.com>"],
    subject="Re: Employment verification request #TC-884210",
    text=f"""Dear Verification Services team,

With reference to your request #TC-884210 and the signed authorisation from
the candidate dated 18 June 2025, we confirm the following:

  Name           : Kenta Ishii
  Employer       : BridgeLink Language Services (ブリッジリンク翻訳株式会社)
  Position       : Project Coordinator, later Project Manager (from April 2022)
  Employment     : 1 April 2019 - 31 March 2025 (full-time)

In line with our policy, we do not provide information on salary, performance
or reasons for leaving.

Kind regards,

{SIG_EMILY}""",
    personal=None)

add(key="E-P4", expect="pass", kind="benign.meeting", writer="Emily", loc=None,
    why="Meeting arrangement with a client in a reply chain, heavy signatures; no personal data beyond business contacts.",
    frm=EMILY,
    to=["Dr. Naomi Fischer <naomi.fischer@veridian-pharma.example.com>"],
    cc=["Kenji Abe <kenji.abe@veridian-pharma.example.com>"],
    subject="Re: Kick-off call for the Q3 regulatory translation programme",
    text=f"""Dear Dr. Fischer,

Thursday 3 July at 16:00 JST / 9:00 CEST works well for us. I will send a
Teams invitation shortly. From our side, I will join with Rahul Mehta
(vendor management) and our lead medical reviewer, Dr. Yusuke Hara.

Proposed agenda:
  1. Volumes and timelines for CTD Module 2 summaries
  2. Terminology: use of the 2024 client glossary vs. new MedDRA version
  3. Review cycle and query handling
  4. Invoicing per batch

Best regards,

{SIG_EMILY}

-----Original Message-----
From: Naomi Fischer <naomi.fischer@veridian-pharma.example.com>
Sent: Friday, June 27, 2025 10:02 AM
Subject: Kick-off call for the Q3 regulatory translation programme

Dear Emily,
Could we have a short kick-off call next week? Thursday afternoon your time would suit us.
Best, Naomi
--
Dr. Naomi Fischer | Head of Regulatory Operations APAC
Veridian Pharma AG | Basel / Tokyo
T +41 61 555 0192 | M +41 79 555 4471""",
    personal=None)

add(key="E-P5", expect="pass", kind="benign.successor", writer="岡本", loc=None,
    why="Successor introduction to a client, business contacts only.",
    frm=OKAMOTO,
    to=["株式会社イベントクルー 制作部 西田様 <nishida@eventcrew.example.co.jp>"],
    cc=["大西 <onishi.kaho@bridgelink.example.com>"],
    subject="担当者変更のご挨拶",
    text=f"""株式会社イベントクルー
西田様

いつも大変お世話になっております。ブリッジリンク翻訳の岡本でございます。

私事で恐縮ですが、8月1日付で大阪オフィスへ異動となり、御社のご担当を
通訳事業部の大西 果穂（おおにし かほ）に引き継ぐこととなりました。
大西はこれまで展示会・国際会議の通訳手配を中心に担当しており、
8月末の国際展示会も、引き続き滞りなく進められるよう準備しております。

　新担当：通訳事業部　大西 果穂
　TEL：03-6256-4422
　E-mail：onishi.kaho@bridgelink.example.com

在任中のご厚情に心より感謝申し上げますとともに、
今後とも変わらぬお引き立てを賜りますようお願い申し上げます。

{SIG_OKAMOTO}""",
    personal=None)

add(key="E-P6", expect="pass", kind="benign.corporate_account", writer="Emily", loc=None,
    why="Invoice to an overseas client with the agency's own corporate account and SWIFT.",
    frm=EMILY,
    to=["Accounts Payable <ap@kestrel-energy.example.com>"],
    subject="Invoice BL-INV-25-0712 (Job BL-25-3391)",
    text=f"""Dear Accounts Payable,

Please find below the invoice details for Job BL-25-3391 (JV agreement translation).
The signed PDF invoice is attached.

  Invoice no. : BL-INV-25-0712
  Amount      : JPY 1,386,000 (incl. consumption tax JPY 126,000)
  Terms       : 30 days net

Bank details
  Beneficiary : BRIDGELINK LANGUAGE SERVICES K.K.
  Bank        : Tsubasa Bank, Ltd., Kojimachi Branch
  SWIFT       : TSBAJPJTXXX
  Account no. : 2214907 (ordinary)

Thank you for your business.

{SIG_EMILY}""",
    attachments=[{"filename": "BL-INV-25-0712.pdf", "contentType": "application/pdf",
                  "text": """INVOICE  BL-INV-25-0712
BridgeLink Language Services K.K.  Registration No. T8010401154873
Bill to: Kestrel Energy Ltd., Legal Department
Job BL-25-3391  JA>EN JV agreement + 2 side letters  42,000 chars  JPY 1,260,000
Consumption tax 10%  JPY 126,000
Total  JPY 1,386,000
"""}],
    personal=None)

add(key="E-P7", expect="pass", kind="benign.public_figure", writer="岡本", loc=None,
    why="Translation brief for a governor's public speech; names public office holders and a historical person.",
    frm=OKAMOTO,
    to=["Graham Wells <graham.wells.translator@gmail.com>"],
    subject="JA>EN speech translation - Governor's address at the sister-state ceremony",
    text=f"""Hi Graham,

Thank you for taking this on. The job is the English version of the
Governor's address for the 40th anniversary of the sister-state relationship.

  - Speaker: Governor Kazuhiro Takamine (the speech will be published on the
    prefecture's website after the event)
  - Also mentioned: former Governor Akiyama, and Sakamoto Ryoma, whose letter
    to a Nagasaki merchant is quoted at the start - please use the established
    English translation if you can find one
  - Length: about 2,400 characters
  - Deadline: Wednesday 9 July, 10:00 JST

Tone: formal but warm; it will be read aloud, so please keep sentences short.

Thanks,
Saori

{SIG_OKAMOTO}""",
    personal=None)

add(key="E-P8", expect="pass", kind="benign.lookalike_names", writer="Rahul", loc=None,
    why="Glossary of katakana product names that look like given names and company names containing surnames; no persons.",
    frm=RAHUL,
    to=["Grace Liu <grace.liu.trans@gmail.com>"],
    subject="Glossary for the Haruka product catalogue (Job BL-25-3560)",
    text=f"""Hi Grace,

Here is the client-approved glossary for the catalogue. Please note that the
product names are not people's names, even though they look like them - keep
them in romaji as shown and do not add honorifics.

  Japanese            English (approved)        Note
  ハルカ シリーズ      HARUKA series             rice cookers
  アオイ 3.5L          AOI 3.5L                  electric kettle
  ユウト プロ          YUTO PRO                  cordless vacuum
  サクラ ミニ          SAKURA mini               compact oven
  鈴木精工株式会社     Suzuki Seiko Co., Ltd.    OEM supplier (not Suzuki Motor)
  田中電機販売         Tanaka Denki Hanbai       distributor

JAN codes in the tables must not be changed.

Cheers,
{SIG_RAHUL}""",
    personal=None)

add(key="E-P9", expect="pass", kind="benign.aggregate_health", writer="Emily", loc=None,
    why="Briefing for a health-management seminar with only company-wide aggregates (disability employment rate, stress-check rate).",
    frm=EMILY,
    to=["Ms. Aiko Tan <aiko.tan@lumen-insurance.example.com>"],
    subject="Interpreter briefing - Health & Productivity Management seminar (15 July)",
    text=f"""Dear Ms. Tan,

Thank you for the slides. To help our interpreters prepare, could you confirm
the figures below, which we took from the draft? They will be read out by the
speaker, so accuracy matters.

  - 健康経営優良法人 (White 500) certification: 4th consecutive year
  - Stress-check participation rate: 92.4% (FY2024)
  - Employment rate of persons with disabilities (障害者雇用率): 2.71%
  - Specific health-guidance completion rate: 38% -> 51%
  - Smoking rate among employees: 17.8%

We will use "Health and Productivity Management" for 健康経営, as in METI's
English materials. Please let us know if your company prefers another term.

Kind regards,

{SIG_EMILY}""",
    personal=None)

add(key="E-P10", expect="pass", kind="benign.plain_zip", writer="Rahul", loc=None,
    why="Ordinary unencrypted zip of reference materials for a translator.",
    frm=RAHUL,
    to=["Grace Liu <grace.liu.trans@gmail.com>"],
    subject="Reference files for Job BL-25-3560 (zip, no password)",
    text=f"""Hi Grace,

As promised, here are the reference files from last year's catalogue. They are
in a normal zip (no password). The 2024 EN catalogue is the best guide for style.

{SIG_RAHUL}""",
    attachments=[{"filename": "BL-25-3560_reference.zip", "contentType": "application/zip",
                  "text": """BL-25-3560_reference.zip
- Haruka_catalogue_2024_EN.pdf  (64 pages, client-approved English)
- Haruka_catalogue_2024_JA.pdf  (64 pages)
- style_sheet_v3.docx  : units (L, W, kg), capitalisation of product names, no exclamation marks
- TM_export_2024.tmx  : 3,812 segments
"""}],
    personal=None)
