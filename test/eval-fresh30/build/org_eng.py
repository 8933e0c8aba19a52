from common import M, A
O = "eng"
DAN = "Daniel Whitcombe <d.whitcombe@brightway-eikaiwa.jp>"
SAR = "Sarah Kowalski <s.kowalski@brightway-eikaiwa.jp>"
KAW = "川端 恵 <kawabata@brightway-eikaiwa.jp>"
SIG_DAN = """
--
Daniel Whitcombe
Head Teacher / Director of Studies
Brightway English School Kichijoji
3F Sunrise Bldg, 2-8-5 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004
Tel: 0422-28-7716 | www.brightway-eikaiwa.jp"""
SIG_SAR = """
Best,
Sarah

Sarah Kowalski
Senior Teacher, Kids & Corporate Programs
Brightway English School Kichijoji
Tel: 0422-28-7716"""
SIG_KAW = """
----------------------------------------
ブライトウェイ英会話スクール 吉祥寺校
スクール事務　川端 恵（かわばた めぐみ）
〒180-0004 東京都武蔵野市吉祥寺本町2-8-5 サンライズビル3F
TEL 0422-28-7716（火～土 11:00-20:00）
kawabata@brightway-eikaiwa.jp
----------------------------------------"""

MAILS = []
add = MAILS.append

add(M("hold", "id.passport", "Sends a new teacher's passport number and residence card number to an outside visa office in the body.",
  DAN, ["Ms. Tachibana <info@tachibana-gyosei.jp>"],
  "Visa extension for Liam O'Connor",
  """
Dear Ms. Tachibana,

Thank you for handling our teachers' visa paperwork again this year.
Here are the details you asked for on the phone for Liam's extension:

  Name: Liam Patrick O'CONNOR
  Nationality: United Kingdom
  Date of birth: 17 May 1994
  Passport No.: 547219386 (expires 02 Sep 2031)
  Residence card No.: AB48219637CD
  Current status: Instructor, valid until 30 April 2025

His employment contract for the next year is signed; I'll bring the original
and the tax certificate to your office on Friday afternoon.

Many thanks,
Daniel
""" + SIG_DAN,
  personal=[("name", "Liam Patrick O'CONNOR"), ("birth_date", "17 May 1994"), ("passport", "547219386"), ("residence_card", "AB48219637CD")],
  org=O, lang="en", risk_at="body"))

add(M("hold", "list.scores", "The attached CSV lists students' names, e-mail addresses, ages and placement scores and goes to an outside publisher.",
  SAR, ["Hiroshi Endo <h.endo@kestrelpress.co.jp>"],
  "Autumn placement data for the level-mapping study",
  """
Hi Hiroshi,

Great to see you at JALT last weekend. As promised, here's our autumn placement
data for the CEFR level-mapping study. Let me know if you need it in a different
format - I pulled it straight out of our booking system.

Looking forward to seeing the draft of the new Level 3 unit!
""" + SIG_SAR,
  attachments=[A("placement_autumn2024.csv", "text/csv", """
student_name,email,age,listening,reading,speaking,total,placed_level
Yuki Matsuda,yuki.matsuda22@gmail.com,34,38,41,6,85,B1
Kenta Hoshino,k.hoshino@icloud.com,27,29,33,4,66,A2
Mariko Ando,mariko.a@yahoo.co.jp,52,22,30,3,55,A2
Ryo Tsuchiya,ryotsuchiya@gmail.com,19,45,44,8,97,B2
Naomi Fukuda,naomi-f@docomo.ne.jp,41,31,36,5,72,B1
Shun Ikeda,s.ikeda.1988@outlook.jp,36,18,21,2,41,A1
""")],
  personal=[("name", "Yuki Matsuda"), ("email", "yuki.matsuda22@gmail.com"), ("name", "Shun Ikeda"), ("email", "s.ikeda.1988@outlook.jp")],
  org=O, lang="en", risk_at="attachment"))

_par = ["nakamura.family@gmail.com", "aya.kobayashi@yahoo.co.jp", "t-ishida@icloud.com", "mama.rina0612@docomo.ne.jp",
        "k.sato@musashino-dental.jp", "watanabe.h@gmail.com", "yoshida_miho@ezweb.ne.jp", "kimura.ken@nifty.com",
        "yamazaki-y@softbank.ne.jp", "m.okamoto@kichijoji-law.jp", "hana.suzuki1985@gmail.com", "goto.family@icloud.com",
        "ueno.satomi@yahoo.co.jp"]
add(M("hold", "recipients.visible_to", "Thirteen parents' private and work addresses are all visible in To instead of Bcc.",
  DAN, _par,
  "Halloween Party 2024 - Saturday 26 October!",
  """
Dear Parents,

It's that spooky time of year again! Our Kids Halloween Party will be held on

  Saturday 26 October, 14:00-16:00
  Brightway English School, 3F (both classrooms)

Children are welcome to come in costume. We'll have trick-or-treating around the
school, a costume parade, and a short English quiz with prizes. Brothers and sisters
are welcome too (500 yen per guest child, snacks included).

Please reply to this e-mail by 19 October so we can prepare enough goodie bags.
If your child has any food allergies, please let us know.

Happy Halloween!
Daniel and the Brightway team
""" + SIG_DAN,
  org=O, lang="en", risk_at="header"))

add(M("hold", "sensitive.medical", "Sends a named child's ADHD diagnosis, medication and severe allergy to an outside camp operator.",
  DAN, ["Pinewood Adventure Camp <office@pinewood-camp.jp>"],
  "English Summer Camp - notes on one of our students",
  """
Hi Mark,

Thanks again for partnering with us for the summer camp in Yamanashi. We have 18
kids confirmed. There's one student I wanted to flag to your staff in advance:

Haruto Ishida (age 10) has ADHD and takes methylphenidate (Concerta 18mg) every
morning - his mother will hand the week's supply to our staff leader. He also has a
severe peanut allergy and carries an EpiPen. He does best with clear routines and
a quiet corner when he gets overwhelmed.

Could you make sure the kitchen and the activity leaders are aware?

Cheers,
Daniel
""" + SIG_DAN,
  personal=[("name", "Haruto Ishida"), ("diagnosis", "ADHD"), ("medication", "methylphenidate (Concerta 18mg)"), ("allergy", "severe peanut allergy")],
  org=O, lang="en", risk_at="body"))

add(M("hold", "attachment.encrypted_zip", "受講者の成績表をパスワード付きZIP（PPAP）で法人顧客へ送っている。",
  KAW, ["三光ロジスティクス 人材開発課 山根様 <yamane.c@sanko-logi.co.jp>"],
  "【成績表送付】2024年度下期 法人英語研修",
  """
三光ロジスティクス株式会社
人材開発課　山根様

いつも大変お世話になっております。
ブライトウェイ英会話スクールの川端でございます。

2024年度下期の法人英語研修の成績表をお送りいたします。
セキュリティのため、ファイルにはパスワードを設定しております。
パスワードは別途メールにてお送りいたします。

ご不明な点がございましたら、お気軽にお問い合わせくださいませ。
""" + SIG_KAW,
  attachments=[A("成績表_2024下期.zip", "application/zip", encrypted=True)],
  org=O, risk_at="attachment"))

add(M("hold", "id.bank_account", "退会した受講者の個人口座（返金先）を経理代行会社へ本文で送っている。",
  KAW, ["みどり会計サービス 佐藤様 <sato@midori-kaikei.jp>"],
  "退会者への返金処理のお願い",
  """
みどり会計サービス
佐藤様

お世話になっております。ブライトウェイの川端です。
先月末で退会された生徒さん1名の前受金返金をお願いします。

　氏名：飯田 千尋 様
　返金額：24,200円（チケット残り4回分）
　振込先：ゆうちょ銀行　〇一八（ゼロイチハチ）店　普通 4527103
　名義：イイダ チヒロ

今月25日の振込に含めていただけると助かります。
""" + SIG_KAW,
  personal=[("name", "飯田 千尋"), ("bank_account", "4527103"), ("account_holder", "イイダ チヒロ")],
  org=O, risk_at="body"))

add(M("hold", "personal.resume", "Forwards a job applicant's full CV (home address, phone, date of birth, visa status) to another school.",
  DAN, ["Greg Thompson <greg@mapleleaf-lc.jp>"],
  "Fw: Application - English Instructor (Emily Nguyen)",
  """
Hi Greg,

We've filled our April position, but this applicant looked strong and she said she'd
be open to part-time work in Tachikawa. Passing her CV on in case you're still looking.

Daniel

---------- Forwarded message ---------
From: Emily Nguyen <emily.nguyen.tokyo@gmail.com>
Subject: Application - English Instructor

CURRICULUM VITAE
Emily Thi NGUYEN
Date of birth: 9 February 1997
Address: 4-12-3-201 Nishi-Kokubunji, Kokubunji-shi, Tokyo 185-0013
Mobile: 080-6612-4839
Email: emily.nguyen.tokyo@gmail.com
Nationality: Australian
Visa: Working Holiday (valid until 11/2025), applying for Instructor visa

Education: B.A. Linguistics, University of Queensland (2019)
CELTA (2021)
Experience: ALT, Saitama Prefecture JET (2021-2024)
""" + SIG_DAN,
  personal=[("name", "Emily Thi NGUYEN"), ("birth_date", "9 February 1997"), ("address", "4-12-3-201 Nishi-Kokubunji, Kokubunji-shi, Tokyo 185-0013"), ("phone", "080-6612-4839")],
  org=O, lang="en", risk_at="quote"))

add(M("hold", "sensitive.mental_health", "The subject line alone names a client employee and her panic disorder; the body is only scheduling.",
  SAR, ["Ms. Chie Yamane <yamane.c@sanko-logi.co.jp>"],
  "Re: Aiko Tanaka - panic disorder and missed lessons",
  """
Dear Ms. Yamane,

Thank you for letting me know. Let's talk it over on Thursday at 3pm as you suggested.
I'll bring her attendance record.
""" + SIG_SAR,
  personal=[("name", "Aiko Tanaka"), ("diagnosis", "panic disorder")],
  org=O, lang="en", risk_at="subject"))

add(M("hold", "personal.inquiry_forward", "体験レッスンの問い合わせ（保護者の住所・電話、子どもの氏名・学校）を提携先へそのまま転送している。",
  KAW, ["キッズアカデミー三鷹 <info@kidsacademy-mitaka.jp>"],
  "Fw: 体験レッスンのお問い合わせ",
  """
キッズアカデミー三鷹
中村様

お世話になっております。ブライトウェイの川端です。
当校は土曜のキッズクラスが満席のため、御校のほうが合うかと思い転送いたします。
ご連絡いただけますと幸いです。

------- 転送メッセージ -------
差出人: 岡 真由美 <mayumi.oka@ezweb.ne.jp>
件名: 体験レッスンのお問い合わせ

はじめまして。小学2年の娘（岡 ひなた、三鷹市立第四小学校）の英会話を検討しています。
土曜日の午前中に体験レッスンを受けられますか。
住所：三鷹市下連雀6-3-21　電話：090-2276-5518
""" + SIG_KAW,
  personal=[("name", "岡 真由美"), ("name", "岡 ひなた"), ("address", "三鷹市下連雀6-3-21"), ("phone", "090-2276-5518")],
  org=O, risk_at="quote"))

add(M("hold", "sensitive.mental_health", "The reply itself is a cover request, but the quoted internal note names a teacher's depression and psychiatric treatment.",
  SAR, ["TeachLink Tokyo <dispatch@teachlink.jp>"],
  "Re: Cover teacher needed - Feb/March",
  """
Hi Jess,

Thanks for getting back to me so fast. Tuesday and Thursday evenings (18:30-21:00)
are the ones we need covered, from 4 Feb until the end of March. Adult classes,
mostly B1. I'll send the course books over this week.

Sarah

> Hi Sarah, happy to help - which days exactly? Jess (TeachLink)
>
> ---------- Forwarded message ---------
> From: Daniel Whitcombe <d.whitcombe@brightway-eikaiwa.jp>
> To: Sarah Kowalski <s.kowalski@brightway-eikaiwa.jp>
> Subject: Tom
>
> Sarah - Tom Reilly will be off until at least the end of March. He's been diagnosed
> with depression and his psychiatrist has advised complete rest. Please don't mention
> it to the students. Can you sort out cover through TeachLink?
> D
""",
  personal=[("name", "Tom Reilly"), ("diagnosis", "depression")],
  org=O, lang="en", risk_at="quote"))

# ---------------- passes ----------------
add(M("pass", "benign.own_data", "Sends a student his own bookings, member number and mock-test score.",
  SAR, ["Kenji Moriyama <kenji.moriyama@gmail.com>"],
  "Your lesson bookings & TOEIC mock result",
  """
Hi Kenji,

Here's a quick summary of your bookings for February (member no. BW-20431):

  Tue 4 Feb  19:30  Business Discussion (Sarah)
  Tue 11 Feb 19:30  Business Discussion (Sarah)
  Sat 15 Feb 10:00  TOEIC Prep (Daniel)
  Tue 18 Feb 19:30  Business Discussion (Sarah)

Your TOEIC mock test on 25 January came out at 785 (L 420 / R 365) - up 70 points
from October! Reading Part 7 is still the biggest time sink, so let's work on
skimming strategies next month.

You have 6 tickets left, valid until 31 May.
""" + SIG_SAR,
  org=O, lang="en"))

add(M("pass", "benign.condolence", "A condolence note to a client contact whose mother passed away; no sensitive details.",
  DAN, ["Ms. Chie Yamane <yamane.c@sanko-logi.co.jp>"],
  "With our deepest sympathy",
  """
Dear Ms. Yamane,

Sarah told me this morning about the passing of your mother. On behalf of all of us
at Brightway, please accept our deepest condolences.

Please don't worry about the training schedule at all - we'll keep everything running
as planned and sort out any details when you're back. Take all the time you need
with your family.

With warm regards,
Daniel Whitcombe
""" + SIG_DAN,
  org=O, lang="en"))

add(M("pass", "benign.successor", "Introduces a new corporate program coordinator to a client, inside a reply chain with full signatures.",
  DAN, ["Takeshi Hamada <t.hamada@oriental-pharma.co.jp>"],
  "Re: Spring term schedule / introducing our new coordinator",
  """
Dear Mr. Hamada,

Thank you for the updated headcount (22 participants across the two Osaka-bound groups).

I'd also like to introduce Sarah Kowalski, who takes over as coordinator for your
programme from April, as I'm moving to a more academic role within the school.
Sarah has taught your Tuesday group since 2022, so many of your staff already know
her. I'll stay in copy for the first few months to make sure the handover is smooth.

Best regards,
Daniel
""" + SIG_DAN + """

On Tue, 11 Mar 2025 at 10:02, Takeshi Hamada <t.hamada@oriental-pharma.co.jp> wrote:
> Dear Mr. Whitcombe,
>
> Please find our updated list of groups for the spring term. We now have 22 people
> in total. Our Director, Ms. Kaori Fujisawa, will also join the opening session on
> 8 April and would like to say a few words.
>
> Best regards,
> ------------------------------------------------
> Takeshi Hamada (浜田 武)
> Manager, Global HR Development
> Oriental Pharma Co., Ltd.
> 1-6-2 Nihonbashi-Honcho, Chuo-ku, Tokyo 103-0023
> Tel: +81-3-5201-8870 / Mobile: +81-90-4412-6035
> t.hamada@oriental-pharma.co.jp
> ------------------------------------------------
""",
  cc=[SAR],
  org=O, lang="en"))

add(M("pass", "benign.corporate_account", "An invoice to a corporate client quoting the school's corporate bank account and SWIFT code.",
  DAN, ["Accounts Payable <ap@oriental-pharma.co.jp>"],
  "Invoice BW-INV-2503-014 - Corporate English Program (March)",
  """
Dear Accounts Payable team,

Please find below the invoice details for the March sessions of the corporate English
programme (20 sessions x 2 groups).

  Invoice no.: BW-INV-2503-014
  Amount: JPY 660,000 (incl. 10% consumption tax)
  Due date: 30 April 2025
  Registration no. (invoice system): T8012401032219

Bank details:
  Bank: Musashino Central Bank, Kichijoji Branch (Branch code 312)
  Account type: Ordinary
  Account no.: 2080457
  Account name: Brightway Gakuin K.K. (カ）ブライトウェイガクイン)
  SWIFT/BIC: MUSCJPJT

A PDF copy will follow by post. Thank you for your continued business.
""" + SIG_DAN,
  org=O, lang="en"))

add(M("pass", "benign.test_card", "Development minutes with the web vendor quoting the public Stripe test card number for a sandbox.",
  SAR, ["Pixelgarden dev team <dev@pixelgarden.jp>"],
  "Minutes - online booking & payment test (14 Jan)",
  """
Hi Kota, hi Yuna,

Thanks for the session today. Quick minutes:

1. Payment flow (Stripe, test mode)
   - Test card 4242 4242 4242 4242, any future expiry, any CVC -> success
   - Test card 4000 0000 0000 0002 -> decline message shows in English only; Yuna to add Japanese
2. Booking calendar
   - Double-booking bug (ticket #218) fixed on staging, confirmed by Sarah
   - Cancellation deadline should be 24h, not 12h (Kota)
3. Go-live
   - Target 3 Feb. Daniel to approve the final pricing page by 27 Jan.

No real student data on staging - we only used the dummy accounts (test01-test05).
""" + SIG_SAR,
  cc=[DAN],
  org=O, lang="en"))

add(M("pass", "benign.fiction", "A role-play script for a medical English course; the patient and symptoms are fictional.",
  SAR, ["Kyoko Maeda <k.maeda@musashino-general.or.jp>"],
  "Role-play script for Week 3 - At the reception desk",
  """
Dear Ms. Maeda,

Here's the role-play for next week's Medical English session for your reception staff.
The characters are invented, so feel free to change names.

---
Receptionist: Good morning. How can I help you?
Mr. Brown: Hi, I've had a bad cough and a fever since Monday. I think it might be the flu.
Receptionist: I'm sorry to hear that. Is this your first visit to our hospital?
Mr. Brown: Yes. I'm visiting from Canada. I have travel insurance.
Receptionist: Could you fill in this questionnaire? Do you have any allergies or take any regular medication?
Mr. Brown: I'm allergic to penicillin, and I take something for high blood pressure.
Receptionist: Thank you. Please put on this mask and take a seat in the waiting area.
---

Vocabulary focus: symptoms (cough, fever, rash, dizziness), "allergic to", "regular medication".
""" + SIG_SAR,
  org=O, lang="en"))

add(M("pass", "benign.reference_consent", "An employment verification for a former teacher, with his written consent, giving only dates and job title.",
  DAN, ["HR Department <hr@sakura-intl-school.ac.jp>"],
  "Employment verification - Mr. Oliver Bennett",
  """
Dear HR team,

In response to your request of 3 March, and with Mr. Bennett's signed consent
(attached to your letter), I confirm the following:

  Name: Oliver James Bennett
  Position: Full-time English Instructor
  Employment period: 1 April 2019 - 31 March 2024
  Reason for leaving: End of contract (he chose not to renew)

Oliver was a reliable and popular member of our team, and we'd happily re-hire him.
Please contact me if you need anything further.

Kind regards,
""" + SIG_DAN,
  org=O, lang="en"))

_bcc = ["kenji.moriyama@gmail.com", "yuki.matsuda22@gmail.com", "k.hoshino@icloud.com", "mariko.a@yahoo.co.jp",
        "ryotsuchiya@gmail.com", "naomi-f@docomo.ne.jp", "s.ikeda.1988@outlook.jp", "chihiro.tk@gmail.com",
        "a.morita@nifty.com", "hrt.maeda@ezweb.ne.jp", "noriko.s@yahoo.co.jp", "takuya-o@icloud.com",
        "miwa.kojima@gmail.com", "fumi.t@softbank.ne.jp", "ken.aoki@biglobe.ne.jp", "rie.nishida@gmail.com"]
add(M("pass", "benign.it_outage", "オンラインレッスン基盤の障害のお知らせ。受講生はBccで、個人情報なし。",
  KAW, [KAW],
  "【お詫び】1/18（土）オンラインレッスンのシステム障害について",
  """
受講生の皆さま

いつもブライトウェイ英会話スクールをご利用いただきありがとうございます。
1月18日（土）10:00～12:40の間、オンラインレッスン用システムに障害が発生し、
一部のレッスンに接続できない状態となりました。ご迷惑をおかけし、誠に申し訳ございません。

・原因：配信サービス側のサーバ障害（ウイルス感染や情報漏えいではありません）
・該当時間のレッスンチケットは自動で返却済みです
・振替レッスンは通常どおりマイページからご予約いただけます

今後ともどうぞよろしくお願いいたします。
""" + SIG_KAW,
  bcc=_bcc,
  org=O))

add(M("pass", "benign.proposal", "法人研修の提案。2社数名のアドレスのみで、番号は法人番号・インボイス番号。",
  KAW, ["浜田 武 <t.hamada@oriental-pharma.co.jp>", "藤沢 香織 <k.fujisawa@oriental-pharma.co.jp>"],
  "2025年度 グローバル人材研修のご提案",
  """
オリエンタルファーマ株式会社
グローバル人材開発部　藤沢部長、浜田課長

いつもお世話になっております。ブライトウェイ英会話の川端です。
先日ご相談いただいた2025年度研修について、ご提案をお送りします。

　・期間：2025年4月～2026年3月（年間40回）
　・形式：対面（貴社日本橋本社会議室）／オンライン併用
　・レベル別3クラス（各8名まで）、担当講師：Sarah Kowalski、Daniel Whitcombe
　・費用：1クラス年間 1,320,000円（税込）

お取引先登録用に弊社情報を記載します。
　法人名：株式会社ブライトウェイ学院
　法人番号：8012401032219　登録番号：T8012401032219

ご検討のほどよろしくお願いいたします。
""" + SIG_KAW,
  cc=[DAN, SAR],
  org=O))

add(M("pass", "benign.newsletter_pet", "Kids newsletter about the class hamster sent to parents in Bcc; no personal data.",
  SAR, [SAR],
  "Brightway Kids News - February",
  """
Dear Parents,

Here's what's been happening in Kids class this month!

* Biscuit, our class hamster, turned two! The Saturday kids made him a birthday card
  and learned how to say "whiskers", "cage" and "sunflower seeds".
* We started our "Show and Tell" unit. Children can bring one thing from home
  (a toy, a photo of a pet, a souvenir) and talk about it for one minute in English.
* Reminder: no classes on Tuesday 11 February (National Foundation Day).

Thank you for your support!
""" + SIG_SAR,
  bcc=["nakamura.family@gmail.com", "aya.kobayashi@yahoo.co.jp", "t-ishida@icloud.com", "mama.rina0612@docomo.ne.jp",
       "watanabe.h@gmail.com", "yoshida_miho@ezweb.ne.jp", "kimura.ken@nifty.com", "hana.suzuki1985@gmail.com",
       "goto.family@icloud.com", "ueno.satomi@yahoo.co.jp", "mayumi.sakai@gmail.com", "ito.kazuya@docomo.ne.jp"],
  org=O, lang="en"))
