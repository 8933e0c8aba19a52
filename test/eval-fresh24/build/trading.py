from common import *

# ============================================================ HOLDS (trading)

M("hold", "id.passport",
  "Three engineers' names, birth dates and passport numbers sent to a Vietnamese partner for a visa sponsor letter.",
  KASHIWAGI, ["Nguyen Thi Lan <lan.nt@saigonhullparts.vn>"],
  "RE: Sponsor letter for commissioning team – Vung Tau, June",
  """Dear Ms. Lan,

Thank you very much for offering to arrange the sponsor letter on your side. That will save us at least a week.
As requested, here are the details of the three engineers for the business visa (DN1) application. They will stay in Ba Ria - Vung Tau from 9 to 27 June, hotel booking to follow.

1. OKABE Shunsuke   / DOB 14 Mar 1986 / Passport TR4829173 (exp. 19 May 2031)
2. NAKAJIMA Ryo     / DOB 02 Nov 1991 / Passport TZ1057624 (exp. 03 Aug 2029)
3. FUJIMORI Kazuki  / DOB 27 Jul 1979 / Passport MU7730418 (exp. 11 Jan 2033)

Nationality: Japanese (all three)
Purpose of visit: installation and commissioning of ballast water pumps, hull no. SH-2417
Port of entry: Tan Son Nhat (SGN)

If the immigration portal needs scans of the passport bio pages, Ms. Hayase can send them separately.
Could you let us know the approval code by 23 May? Our flights are on hold until then.

Best regards,

""" + SIG_KASHIWAGI_EN + """

-----Original Message-----
From: Nguyen Thi Lan <lan.nt@saigonhullparts.vn>
Sent: Tuesday, May 13, 2025 6:02 PM
To: Takayuki Kashiwagi
Subject: Sponsor letter for commissioning team – Vung Tau, June

Dear Mr. Kashiwagi,
Our admin team can apply the visa approval via our company as sponsor. Please send full name, date of birth, passport number and expiry of each engineer.
Best regards,
Lan
""",
  personal=[("name", "OKABE Shunsuke"), ("birthdate", "14 Mar 1986"), ("passport", "TR4829173"),
            ("name", "NAKAJIMA Ryo"), ("birthdate", "02 Nov 1991"), ("passport", "TZ1057624"),
            ("name", "FUJIMORI Kazuki"), ("birthdate", "27 Jul 1979"), ("passport", "MU7730418")],
  lang="en")

M("hold", "id.passport",
  "The body is harmless but the attached rooming list gives six travellers' birth dates and passport numbers to a hotel abroad.",
  HAYASE, ["Reservations <reservations@riversidehaiphong.vn>"],
  "Group booking TMT-0611 – rooming list",
  """Dear Reservations team,

Thank you for holding the 6 rooms for our group (ref. TMT-0611).
Please find attached the rooming list. Two guests arrive on the early flight (VN 311, arr. 07:05) – if early check-in is possible for rooms 1 and 2 we would be grateful.

Invoice to be addressed to:
Toho Maritech Trading Co., Ltd., 3-14-2 Shibaura, Minato-ku, Tokyo, Japan
Payment: bank transfer before arrival (please send proforma).

Kindly confirm receipt.

""" + SIG_HAYASE_EN,
  att=[A("rooming_list_TMT0611.xlsx", """
Toho Maritech Trading - Haiphong shipyard visit - Rooming list
No.\tGuest name\tSex\tDate of birth\tNationality\tPassport No.\tPassport expiry\tCheck-in\tCheck-out\tRoom
1\tKASHIWAGI TAKAYUKI\tM\t1976-09-30\tJPN\tTS6024187\t2030-02-14\t2025-06-11\t2025-06-14\tDeluxe King
2\tHAYASE MIO\tF\t1995-04-08\tJPN\tTK2259310\t2032-07-21\t2025-06-11\t2025-06-14\tDeluxe King
3\tOTSUKI KENGO\tM\t1988-12-01\tJPN\tMZ4418862\t2028-11-03\t2025-06-11\t2025-06-13\tDeluxe Twin
4\tARAI YUSUKE\tM\t1990-06-17\tJPN\tTR9930246\t2034-01-09\t2025-06-11\t2025-06-13\tDeluxe Twin
5\tLIM WEI JIE\tM\t1983-02-25\tSGP\tK1847205M\t2029-05-30\t2025-06-12\t2025-06-14\tDeluxe King
6\tFUJIMORI KAZUKI\tM\t1979-07-27\tJPN\tMU7730418\t2033-01-11\t2025-06-12\t2025-06-14\tDeluxe King
""")],
  personal=[("name", "HAYASE MIO"), ("birthdate", "1995-04-08"), ("passport", "TK2259310"),
            ("name", "LIM WEI JIE"), ("passport", "K1847205M"), ("passport", "TS6024187"),
            ("passport", "MZ4418862"), ("passport", "TR9930246"), ("passport", "MU7730418")],
  lang="en")

M("hold", "sensitive.religion",
  "Dinner guest notes tell a German partner that named guests are Muslim or Hindu; religious belief of identifiable people leaves the company.",
  OTSUKI, ["Jonas Brenner <j.brenner@nordhafen-technik.de>"], 
  "SMM Hamburg – dinner on 3 Sept: guest list & dietary notes",
  """Hi Jonas,

Great that the Fischereihafen restaurant worked out – thanks for booking.
Here is our side of the guest list. Total 11 persons incl. your three.

From TMT / our agents:
- Takayuki Kashiwagi (TMT, Manager) – no restrictions
- Kengo Otsuki (me) – no restrictions
- Arif Rahman (PT Samudra Teknik, our Jakarta agent) – he is a practising Muslim: halal only, no alcohol in sauces please. He will skip the beer garden part afterwards.
- Kavya Iyer (Marinetech Solutions, Chennai) – strictly vegetarian for religious reasons (Hindu), no beef, no eggs
- Hiroshi Okamoto (Okamoto Kaiun) – no raw oysters, just preference
- Dimitris Papadakis (Aegean Ship Supply) – Orthodox, it will be a fasting day for him? He said he'll tell us on the day
- Sanne de Vries (Kaag Marine) – gluten-free

Could you pass these to the restaurant? Maybe better they prepare a separate halal set for Arif rather than adjusting the menu.

""" + SIG_OTSUKI_EN,
  personal=[("name", "Arif Rahman"), ("religion", "he is a practising Muslim"), ("name", "Kavya Iyer"),
            ("religion", "strictly vegetarian for religious reasons (Hindu)"), ("name", "Dimitris Papadakis"), ("religion", "Orthodox")],
  lang="en")

M("hold", "sensitive.medical",
  "An engineer's diagnosis, lab values and hospital stay are reported by name to a Thai partner company.",
  KASHIWAGI, ["Somchai Rattanakul <somchai@chaophraya-eng.co.th>"],
  "Re: Mr. Yoshioka – hospital update",
  """Dear Khun Somchai,

Thank you for taking him to the hospital last night and staying with him – we really appreciate it.

Update from our side: Mr. Daisuke Yoshioka has been diagnosed with dengue hemorrhagic fever (grade II). His platelet count this morning was 38,000, so the doctors at Samitivej Sriracha want to keep him at least 4-5 more days. He is on IV fluids and is stable. His wife will fly in from Osaka on Friday.

Obviously he cannot supervise the pump alignment next week. We will send Mr. Nakajima as replacement, arriving Sunday. Could you kindly inform the shipyard (Khun Wanchai) and adjust the site pass?

Our insurance company (Tokio Marine) will contact the hospital directly for the guarantee of payment, so no need for your company to advance anything.

Best regards,
""" + SIG_KASHIWAGI_EN + """

On Wed, 21 May 2025 at 23:40, Somchai Rattanakul wrote:
> Dear Kashiwagi-san,
> Mr. Yoshioka had high fever 39.8 and we brought him to Samitivej Sriracha ER at 21:00.
> Doctor suspect dengue, result tomorrow morning. I will keep you informed.
> Somchai
""",
  personal=[("name", "Daisuke Yoshioka"), ("health", "dengue hemorrhagic fever (grade II)"), ("health", "platelet count this morning was 38,000")],
  lang="en")

M("hold", "attachment.encrypted_zip",
  "Password-protected zip (PPAP) with passport copies sent to a travel agency.",
  HAYASE_J, ["松永 様 <matsunaga@across-travel.co.jp>"],
  "ハノイ出張　航空券手配の件（パスポート写し送付）",
  """株式会社アクロス・トラベル
法人営業部　松永様

いつもお世話になっております。東邦マリテック商事の早瀬です。

先日お見積りいただいたハノイ出張（6/11発・6/14帰着）の航空券、
こちらの内容で正式に手配をお願いいたします。

・VN301 成田10:00発 → ハノイ 14:30着（4名）
・VN310 ハノイ 00:20発 → 成田 07:15着（4名）

搭乗者4名分のパスポート写しを添付のZIPファイルに格納しております。
パスワードは別メールにてお送りいたします。

ご確認のほどよろしくお願いいたします。

""" + SIG_HAYASE_JA,
  att=[A("passport_copies_0611.zip", encrypted=True)])

M("hold", "recipients.many",
  "Service bulletin itself is harmless, but 13 addresses of different outside companies are visible in To.",
  OTSUKI,
  ["Jonas Brenner <j.brenner@nordhafen-technik.de>",
   "Sanne de Vries <s.devries@kaagmarine.nl>",
   "Marco Bellini <m.bellini@ligurianavale.it>",
   "Dimitris Papadakis <d.papadakis@aegeanshipsupply.gr>",
   "Ole Fredriksen <ole@fredriksen-marine.no>",
   "Anna Kowalska <a.kowalska@baltservice.pl>",
   "service@kielpumpen.de",
   "Thomas Lefevre <t.lefevre@atlantique-equipement.fr>",
   "Javier Ortega <jortega@navaltec-vigo.es>",
   "Mikael Lindqvist <mikael.lindqvist@gotamarin.se>",
   "Peter Hansen <ph@nordsoe-teknik.dk>",
   "Luca Ferraro <luca.ferraro@adriamarine.it>",
   "Emma Clarke <emma.clarke@solentmarine.co.uk>"],
  "Service Bulletin SB-2025-07: impeller nut re-torque, TMP-80/TMP-100 series",
  """Dear partners,

Please find below Service Bulletin SB-2025-07 from the manufacturer, which applies to TMP-80 and TMP-100 series pumps shipped between November 2024 and March 2025 (serial numbers 24K-110000 to 25C-104999).

Issue: the impeller lock nut may loosen after the first 300 running hours due to insufficient initial torque at the factory.
Action: re-torque the impeller nut to 180 Nm (TMP-80) / 240 Nm (TMP-100) at the next planned stop, and apply Loctite 243. No parts replacement is required.
Warranty: labour cost for the re-torque is covered under warranty; please claim using form WC-02 with the pump serial number.

A PDF version with drawings will follow from the factory next week.
If you have units in stock, please carry out the re-torque before delivery to the end user.

Any questions, please contact me or your usual TMT contact.

""" + SIG_OTSUKI_EN,
  lang="en")

M("hold", "id.bank_account",
  "Forwarded thread carries a colleague's personal bank account (quoted HR message) to a Hong Kong partner.",
  KASHIWAGI, ["Alice Cheung <alice.cheung@victoriaship.com.hk>"],
  "Fw: per diem for Mr. Sakaguchi during dry-dock supervision",
  """Hi Alice,

As discussed on the phone, VSM will pay Mr. Sakaguchi's per diem directly during the dry-dock period (3 weeks, USD 85/day) and we will net it off against our next invoice.
Our HR colleague sent me his account details below – he prefers it paid into his Japanese account rather than cash in Zhoushan.

Please let me know if your accounts team needs anything else (a SWIFT code for the bank is SMBCJPJT).

Thanks,
Takayuki

""" + SIG_KASHIWAGI_EN + """

-----Original Message-----
From: 宇野 陽子 <uno@tohomaritech.co.jp>
Sent: Monday, June 2, 2025 10:14 AM
To: 柏木 隆之 <kashiwagi@tohomaritech.co.jp>
Subject: RE: 坂口さん 日当の件

柏木さん

坂口さんの日当振込先は、給与口座と同じで問題ないとのことです。
　三井住友銀行　田町支店（店番 648）　普通　7429015
　口座名義　サカグチ マサト
先方（VSM）からの送金手数料は先方負担でお願いします。

総務人事部　宇野
""",
  personal=[("name", "サカグチ マサト"), ("account", "普通　7429015"), ("name", "Mr. Sakaguchi")],
  lang="en")

M("hold", "roster.business_cards",
  "Trade-show business-card list (names, direct phones, mobiles, e-mails) handed to an outside marketing agency.",
  HAYASE_J, ["伊東 様 <ito@linknote.jp>"],
  "展示会名刺データ送付の件（ニュースレター配信用）",
  """株式会社リンクノート
伊東様

お世話になっております。東邦マリテック商事の早瀬です。

先月の Sea Japan 2025 で頂戴した名刺のうち、配信許諾の確認が取れた分を
CSVにまとめましたので、ニュースレター配信リストへの登録をお願いいたします。
（残り約40枚は入力中です。来週中にお送りします）

配信開始は7月号からで問題ございません。
よろしくお願いいたします。

""" + SIG_HAYASE_JA,
  att=[A("seajapan2025_meishi_part1.csv", """
会社名,部署,役職,氏名,メール,電話,携帯
丸善海運株式会社,工務部,課長,高木 誠,m.takagi@maruzen-kaiun.co.jp,03-3552-7781,090-2231-8840
株式会社瀬戸内ドック,設計課,,村井 彩花,a-murai@setouchi-dock.co.jp,0865-44-2210,080-1187-3302
大洋マリンサービス,営業,部長,岸本 浩一,kishimoto@taiyo-ms.jp,078-331-0087,090-7741-5128
Hanbada Engineering,Procurement,Manager,Lee Sang-woo,swlee@hanbadaeng.co.kr,+82-51-740-2231,+82-10-3381-5520
五洋船舶工業株式会社,資材部,,野口 健太,noguchi@goyo-senpaku.co.jp,0898-32-4410,070-4410-2895
北斗マリン株式会社,技術部,主任,吉岡 沙織,s.yoshioka@hokuto-marine.jp,011-261-3307,090-5506-6913
株式会社ニッカイ,購買,,田村 和也,tamura.k@nikkai.co.jp,045-671-2204,080-9932-0471
""")],
  personal=[("name", "高木 誠"), ("phone", "090-2231-8840"), ("name", "村井 彩花"), ("phone", "080-1187-3302"),
            ("name", "岸本 浩一"), ("phone", "090-7741-5128"), ("email", "s.yoshioka@hokuto-marine.jp")])

M("hold", "profile.forward",
  "A job applicant's full CV (home address, private phone, birth date, salary) forwarded to an outside recruitment agent.",
  KASHIWAGI, ["Choi Eun-ji <ej.choi@seoultalent.co.kr>"],
  "Candidate for Busan liaison position – CV attached",
  """Dear Ms. Choi,

Thank you for the call yesterday. As mentioned, we received the attached CV directly from a candidate who saw our LinkedIn post for the Busan liaison position.
Since your firm handles the rest of our search, could you please do the reference check and salary benchmarking for her as well, under the same fee terms?

She is available for an interview in Busan on 24 or 25 July.

Best regards,
""" + SIG_KASHIWAGI_EN,
  att=[A("CV_Kang_Hyejin_2025.docx", """
CURRICULUM VITAE

KANG HYE-JIN
Date of birth: 19 October 1992
Address: 1203-702, 45 Haeundae-ro 570beon-gil, Haeundae-gu, Busan 48099, Korea
Mobile: +82-10-4827-1936
E-mail: hyejin.kang92@naver.com

WORK EXPERIENCE
2019 - present  Daesung Shipping Agency, Busan - Operations coordinator (Japan desk)
  - Port agency for Japanese owners' vessels, crew change, spare parts clearance
  - Current annual salary KRW 46,000,000
2016 - 2019     Lotte Hotel Busan - Front office (Japanese guest relations)

EDUCATION
2016  B.A. Japanese Language and Literature, Pukyong National University
2014-2015 Exchange student, Kansai Gaidai University

LANGUAGES  Korean (native), Japanese (JLPT N1), English (TOEIC 905)
""")],
  personal=[("name", "KANG HYE-JIN"), ("birthdate", "19 October 1992"),
            ("address", "1203-702, 45 Haeundae-ro 570beon-gil, Haeundae-gu, Busan 48099, Korea"),
            ("phone", "+82-10-4827-1936"), ("email", "hyejin.kang92@naver.com"), ("pay", "KRW 46,000,000")],
  lang="en")

M("hold", "id.residence_card",
  "The subject line carries an employee's name and residence card number to an outside administrative scrivener; the body is harmless.",
  HAYASE_J, ["久保田 先生 <kubota@kubota-gyosei.jp>"],
  "在留期間更新　チャン・ヴァン・ドゥック様（在留カード番号 UH38207514FA）",
  """久保田行政書士事務所
久保田先生

いつも大変お世話になっております。東邦マリテック商事の早瀬です。

標記の件、必要書類リストをありがとうございました。
当社で用意する書類のうち、
　・雇用契約書の写し
　・会社案内（最新版）
　・前年分の法定調書合計表の写し
は今週中にレターパックでお送りします。

ご本人が区役所で取得する課税・納税証明書は、来週水曜に揃う予定です。
申請は 7月上旬でお願いできれば助かります（在留期限は 8/20 です）。

引き続きよろしくお願いいたします。

""" + SIG_HAYASE_JA,
  personal=[("name", "チャン・ヴァン・ドゥック"), ("idnumber", "UH38207514FA")])

# ============================================================ PASSES (trading)

M("pass", "benign.meeting_thread",
  "Visit agenda with partner staff names and business mobile numbers in signatures; ordinary business contact.",
  KASHIWAGI, ["Lim Wei Jie <weijie.lim@straitsmarine.com.sg>"],
  "Re: Visit to Singapore, 17-18 July – agenda",
  """Dear Wei Jie,

Thanks for the draft agenda – it looks good. Two small changes from our side:

Day 1 (Thu 17 July)
 09:30  Meeting at your office (Jurong) – sales review H1, forecast H2
 12:00  Lunch
 14:00  Visit to Sembawang yard – TMP-100 retrofit on MV Ocean Lark (if the yard can give us a pass for 4 persons)
Day 2 (Fri 18 July)
 10:00  Joint call with Mr. Tan of PSA Marine about the tug fleet project
 13:00  Free / flight back SQ 638 at 23:55

Attendees from TMT: myself, Mr. Otsuki and Ms. Hayase. Mr. Arai may join Day 1 only.
Could you also invite Ms. Ong from your service team for the retrofit discussion?

Best regards,
Takayuki

""" + SIG_KASHIWAGI_EN + """

From: Lim Wei Jie <weijie.lim@straitsmarine.com.sg>
Sent: Friday, June 20, 2025 4:47 PM
To: Takayuki Kashiwagi <kashiwagi@tohomaritech.co.jp>
Cc: Ong Hui Min <huimin.ong@straitsmarine.com.sg>
Subject: Visit to Singapore, 17-18 July – agenda

Dear Kashiwagi-san,

Please see the draft agenda for your visit. Hotel: we have reserved 3 rooms at Park Royal on Kitchener at our corporate rate, confirmation to follow.

Best regards,

Lim Wei Jie
Sales Director
Straits Marine Supplies Pte Ltd
21 Tuas Avenue 7, Singapore 639283
DID +65 6861 2047 | HP +65 9177 4032
weijie.lim@straitsmarine.com.sg
""",
  lang="en")

M("pass", "benign.lookalike_number",
  "Shipping thread full of PO, container, B/L and HS code numbers; no personal data.",
  OTSUKI, ["Sanne de Vries <s.devries@kaagmarine.nl>"],
  "RE: PO 4500187263 – ETA Rotterdam / container MSKU7731046",
  """Hi Sanne,

Apologies for the delay. Update from the forwarder this morning:

  Vessel:        MAERSK EMDEN  V.524W
  Container:     MSKU7731046 (40' HC)
  B/L no.:       MAEU 251338406
  ETD Yokohama:  02 Jul (departed)
  ETA Rotterdam: 14 Aug -> revised 19 Aug (Red Sea diversion via Cape)

Commercial invoice TMT-INV-25-0633 and packing list went out with the original documents by DHL, AWB 4417 2290 63.
HS code for the pumps is 8413.70 and for the spare kits 8413.91 – same as last shipment, so no change for your customs broker.

I know the delay hurts your installation schedule for the dredger; if it helps, we can airfreight the two mechanical seal kits (item 3 and 4, total 38 kg) separately at our cost. Let me know by Thursday.

""" + SIG_OTSUKI_EN + """

-----Original Message-----
From: Sanne de Vries <s.devries@kaagmarine.nl>
Sent: Monday, 7 July 2025 09:12
To: Kengo Otsuki <k-otsuki@tohomaritech.co.jp>
Subject: PO 4500187263 – ETA Rotterdam?

Hi Kengo,
Our PO 4500187263 – do you have the current ETA? Our customer's installation window is week 35.
Kind regards,
Sanne de Vries | Purchasing | Kaag Marine B.V. | +31 252 547 810
""",
  lang="en")

M("pass", "benign.corporate_account",
  "Company's own corporate bank account for a T/T remittance; no private person's data.",
  HAYASE, ["Nguyen Thi Lan <lan.nt@saigonhullparts.vn>"],
  "Bank details for T/T remittance – Proforma PI-25-0419",
  """Dear Ms. Lan,

Thank you for your order. Please find our bank details for the 30% advance payment on Proforma Invoice PI-25-0419 (USD 18,420.00).

Beneficiary:      TOHO MARITECH TRADING CO., LTD.
Address:          3-14-2 Shibaura, Minato-ku, Tokyo 108-0023, Japan
Bank:             MUFG Bank, Ltd. – Tamachi Branch
Account no.:      USD Current 0318842
SWIFT:            BOTKJPJT
Corporate no.:    4010401087734

Please state "PI-25-0419" in the remittance information. Bank charges outside Japan are for the remitter's account.
Note: we never change our bank details by e-mail. If you ever receive a message saying our account has changed, please call us before paying.

""" + SIG_HAYASE_EN,
  lang="en")

M("pass", "benign.condolence",
  "Condolence to a partner on the death of its founder; mentions illness of a deceased public business figure only in general terms.",
  OTSUKI, ["Sanne de Vries <s.devries@kaagmarine.nl>"],
  "Our condolences – Mr. Pieter Kaag",
  """Dear Sanne,

We were very saddened to hear this morning that Mr. Pieter Kaag passed away last weekend after a long illness.

Many of us at TMT remember his visits to Tokyo – and the famous dinner in Kobe in 2016 when he insisted on learning the shipyard songs. He built Kaag Marine from a two-person workshop into what it is today, and he was always fair and generous with us, even when we were the smaller partner.

Please convey our deepest sympathy to his family and to everyone at Kaag Marine. Mr. Kashiwagi and our President, Mr. Toyoda, would like to send flowers to the funeral; could you let me know the address and date when it is decided, or whether the family prefers a donation instead?

With heartfelt condolences,

Kengo Otsuki
Toho Maritech Trading Co., Ltd.
""",
  lang="en")

M("pass", "benign.it_incident",
  "'Outage', 'infected' and 'quarantined' refer to IT systems, not to people.",
  KASHIWAGI, ["Park Ji-hoon <jhpark@hanbadaeng.co.kr>"],
  "Please resend POs sent on 14-15 July (mail system outage)",
  """Dear Mr. Park,

I am sorry for the inconvenience. Our company mail system had an outage (システム障害) from Monday evening to Tuesday noon.
One laptop in our office was infected with malware, so our IT team quarantined it and shut down the mail server as a precaution. According to IT no data was leaked, and the server has been back since Tuesday 13:00 JST.

However, some incoming mails from 14-15 July may not have arrived. Could you please resend any POs or drawings you sent during that time? I see PO HB-25-0712 but not the revision for the seal kit quantities you mentioned on the phone.

Also, if you received any strange mail "from" us with a ZIP or an invoice link in those two days, please delete it without opening.

Best regards,
""" + SIG_KASHIWAGI_EN,
  lang="en")

M("pass", "benign.own_data",
  "A colleague's own e-ticket sent to his own private address at his request; no one else's data.",
  HAYASE_J, ["Kengo Otsuki <kengo.otsuki.88@gmail.com>"],
  cc=[OTSUKI],
  subject="e-ticket（ハンブルク出張）個人アドレスへの転送",
  text="""大槻さん

お疲れさまです。早瀬です。
ご依頼のとおり、現地でスマホから見られるように個人アドレスにもお送りします。
会社アドレスにもCCしています。

------------------------------------------------
ELECTRONIC TICKET RECEIPT
Passenger:   OTSUKI/KENGO MR
Booking ref: 6QXH2L
Ticket no.:  131-2418853307
Flight   Date    From           To             Dep    Arr
JL 407   31AUG   TOKYO HND      FRANKFURT FRA  11:25  18:10
LH 10    31AUG   FRANKFURT FRA  HAMBURG HAM    20:45  21:50
LH 7     06SEP   HAMBURG HAM    FRANKFURT FRA  07:00  08:05
JL 408   06SEP   FRANKFURT FRA  TOKYO HND      20:30  16:20+1
Baggage: 2PC
------------------------------------------------

ホテル（Hotel Hafen Hamburg）の予約番号は 88213574 です。
SMM の出展者パスは現地受付で受け取りになります。

""" + SIG_HAYASE_JA,
  personal=[("name", "OTSUKI/KENGO MR")])

M("pass", "benign.introduction",
  "Introducing a new colleague to a partner with his business background; normal business contact.",
  KASHIWAGI, ["Marco Bellini <m.bellini@ligurianavale.it>"],
  "Introducing Mr. Yusuke Arai – your new contact at TMT",
  """Dear Marco,

I hope you had a good summer break.

I would like to introduce Mr. Yusuke Arai (in cc), who joined our Europe desk on 1 September from our Kobe branch. He spent five years handling ferry and RoPax projects in western Japan and knows the TMP-100 retrofit package better than I do. From October he will be your first contact for quotations and technical questions, with Mr. Otsuki as back-up. I will of course remain involved in the framework agreement.

Yusuke will be at SMM Hamburg with us – maybe we can have a coffee together on Wednesday 3 Sept at your stand?

Yusuke's details:
Yusuke Arai, Europe Desk
y-arai@tohomaritech.co.jp / +81-3-5443-7824

Best regards,
Takayuki

""" + SIG_KASHIWAGI_EN,
  cc=["Yusuke Arai <y-arai@tohomaritech.co.jp>", OTSUKI],
  lang="en")

_bcc_dist = ["j.brenner@nordhafen-technik.de", "s.devries@kaagmarine.nl", "m.bellini@ligurianavale.it",
             "d.papadakis@aegeanshipsupply.gr", "ole@fredriksen-marine.no", "a.kowalska@baltservice.pl",
             "service@kielpumpen.de", "t.lefevre@atlantique-equipement.fr", "jortega@navaltec-vigo.es",
             "mikael.lindqvist@gotamarin.se", "ph@nordsoe-teknik.dk", "luca.ferraro@adriamarine.it",
             "emma.clarke@solentmarine.co.uk", "purchasing@dublinmarine.ie", "info@tallinn-shiptech.ee",
             "kontakt@rostock-marine.de", "orders@antwerpmarinesupply.be", "r.silva@lisboanaval.pt",
             "sales@helsinki-marinetech.fi", "m.novak@adriashipyard.hr"]
M("pass", "benign.bcc_many",
  "Price notice to 20 European distributors, all of them in Bcc; only the sender's own address is visible.",
  OTSUKI, [OTSUKI], bcc=_bcc_dist,
  subject="Price adjustment notice – effective 1 October 2025",
  text="""Dear valued partners,

Due to continued increases in stainless steel and logistics costs, our manufacturer has informed us of a price adjustment for the following product groups, effective for orders received on or after 1 October 2025:

  TMP-80 / TMP-100 series pumps ....... +4.5%
  Mechanical seal kits (all) .......... +6.0%
  Ballast water pump packages ......... no change
  Spare impellers ..................... +3.0%

Orders placed before 30 September will be honoured at current prices, provided delivery is requested before 31 December 2025.
The updated price list (PL-2025-10) will be sent individually to each of you by your TMT contact.

Thank you for your understanding and continued support.

""" + SIG_OTSUKI_EN,
  lang="en")

_internal = ["kashiwagi@tohomaritech.co.jp", "k-otsuki@tohomaritech.co.jp", "y-arai@tohomaritech.co.jp",
             "uno@tohomaritech.co.jp", "toyoda@tohomaritech.co.jp", "s-okabe@tohomaritech.co.jp",
             "r-nakajima@tohomaritech.co.jp", "k-fujimori@tohomaritech.co.jp", "d-yoshioka@tohomaritech.co.jp",
             "m-sakaguchi@tohomaritech.co.jp", "tran.vd@tohomaritech.co.jp", "h-ikeda@tohomaritech.co.jp",
             "a-morishita@tohomaritech.co.jp", "kobe-sales@tohomaritech.co.jp", "n-kitamura@tohomaritech.co.jp"]
M("pass", "benign.internal_many",
  "Party invitation to 15 addresses, all on the company's own domain.",
  HAYASE_J, _internal,
  "【海外営業部】暑気払いのご案内（7/25 金）",
  """海外営業部の皆さま

お疲れさまです。幹事の早瀬です。
今年も暑気払いを下記のとおり開催します。出欠を 7/18（金）までにご返信ください。

　日時：7月25日（金）18:30～20:30
　場所：ビアテラス芝浦（田町駅東口 徒歩4分）
　会費：4,000円（部長・課長は別途ご協力をお願いします…！）

神戸営業所の方でオンライン参加希望があれば、Teams のリンクをお送りします。
当日の連絡先は私の社用携帯 070-3318-4402 までお願いします。

""" + SIG_HAYASE_JA)

M("pass", "benign.lookalike_number",
  "Quotation with part numbers, serial numbers, JAN codes and a corporate number; nothing about a person.",
  KASHIWAGI, ["Park Ji-hoon <jhpark@hanbadaeng.co.kr>"],
  "Quotation Q-25-1187 – spare parts for TMP-100 (S/N 24K-118903)",
  """Dear Mr. Park,

Please find our quotation for the spare parts you requested for pump S/N 24K-118903 (MV Hanbada Star).

Item  Part no.        Description                   JAN/EAN          Qty  Unit price (USD)
1     TMP100-IMP-07   Impeller, CF8M                4571234567892     1    3,860.00
2     TMP100-MS-22    Mechanical seal kit          4571234567908     2      912.00
3     TMP100-BRG-3    Bearing set (SKF 6312-2Z)    4571234567915     1      455.00
4     TMP100-GK-01    Gasket kit                   4571234567922     3       78.00

Total: USD 6,373.00 (FOB Yokohama)
Delivery: 3 weeks ARO
Validity: 60 days
HS code: 8413.91

Our registered details for your vendor master:
Toho Maritech Trading Co., Ltd. – Corporate number (法人番号) 4010401087734, Qualified invoice issuer no. T4010401087734.

Best regards,
""" + SIG_KASHIWAGI_EN,
  lang="en")

M("pass", "benign.masked_card",
  "Hotel payment by corporate card with only the last four digits shown.",
  HAYASE, ["Front Office <frontoffice@hotelhafen-hamburg.de>"],
  "Booking 88213574 – payment by company card / invoice details",
  """Dear Front Office team,

With reference to booking no. 88213574 (Mr. Kengo Otsuki, 31 Aug - 6 Sep, 1 single room), please charge the room and breakfast to our company card:

  Card:       Corporate Visa ending 4821 (**** **** **** 4821)
  Cardholder: TOHO MARITECH TRADING CO LTD
  The signed credit card authorisation form (card number masked) will be sent by your secure link as requested – please send us the link.

Incidentals (minibar, phone) are to be paid by the guest directly.
Invoice address: Toho Maritech Trading Co., Ltd., 3-14-2 Shibaura, Minato-ku, Tokyo 108-0023, Japan; VAT not applicable.

Thank you.

""" + SIG_HAYASE_EN,
  lang="en")

M("pass", "benign.plain_zip",
  "Ordinary unencrypted zip of product datasheets and 3D models.",
  OTSUKI, ["Jonas Brenner <j.brenner@nordhafen-technik.de>"],
  "Datasheets and STEP models – TMP-80 series",
  """Hi Jonas,

As promised, attached are the datasheets (PDF) and STEP models for the TMP-80 series, incl. the new 80-250 size.
The zip is about 18 MB, hopefully it gets through your mail filter – if not, I'll send a download link.

Contents:
- TMP80_datasheet_EN_rev4.pdf
- TMP80_curves_50Hz_60Hz.pdf
- TMP80-200_STEP.stp / TMP80-250_STEP.stp
- Installation manual (EN/DE)

""" + SIG_OTSUKI_EN,
  att=[A("TMP-80_datasheets_models.zip")],
  lang="en")

M("pass", "benign.minutes",
  "Meeting minutes naming partner attendees by business title; no private data.",
  KASHIWAGI, ["Park Ji-hoon <jhpark@hanbadaeng.co.kr>"],
  cc=["Lee Sang-woo <swlee@hanbadaeng.co.kr>", "Yoon Mi-rae <mryoon@hanbadaeng.co.kr>", OTSUKI, HAYASE],
  subject="Minutes – Busan meeting, 12 June 2025",
  text="""Dear Mr. Park,

Thank you again for your hospitality in Busan. Please find below the minutes of our meeting; kindly let me know by Friday if anything should be corrected.

MINUTES OF MEETING
Date / place: 12 June 2025, 10:00-12:30, Hanbada Engineering HQ, Busan
Attendees:
  Hanbada Engineering – Mr. Park Ji-hoon (General Manager, Sales), Mr. Lee Sang-woo (Manager, Procurement), Ms. Yoon Mi-rae (Engineer, Project)
  TMT – T. Kashiwagi, K. Otsuki, M. Hayase

1. 2025 H1 results: Hanbada orders USD 412k (87% of plan). Delay in the LNG carrier series explained by the yard.
2. Framework price 2026: TMT to present a proposal by 31 July. Hanbada asks for fixed prices for 12 months.
3. Stock of critical spares in Busan: TMT to propose a consignment stock (approx. USD 60k) – Action: Otsuki.
4. Technical training: 2-day training for Hanbada service engineers in Yokohama in October – Action: Ms. Yoon to confirm the number of participants by end of June.
5. Next meeting: October, Tokyo.

Best regards,
""" + SIG_KASHIWAGI_EN,
  lang="en")
