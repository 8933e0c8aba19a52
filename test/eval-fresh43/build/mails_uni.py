from common import *

MAILS = []
def m(**kw):
    MAILS.append(kw)

# U1 hold: passport in body (English)
m(expect="hold", kind="id.passport",
  why="Gives an applicant's passport number and date of birth to an overseas agent.",
  **{"from": F_REILLY}, to=["Pham Thu Trang <trang.pham@brightfuture-edu.example.vn>"],
  subject="Re: CoE application – Tran Quoc Bao (April intake)",
  text=f"""Dear Ms. Pham,

Thank you for sending the corrected application form for Mr. Tran yesterday.

Before we file his Certificate of Eligibility application with the Immigration Services Agency next week, could you check the passport details below against the original? The number on the scanned copy was partly cut off at the edge, so I typed it from the application form.

  Name:            TRAN QUOC BAO
  Date of birth:   14 March 2005
  Passport No.:    C7294816
  Date of expiry:  02 August 2033

If anything differs from the original, please reply by Friday 12 July (JST). If it is all correct, a one-line "confirmed" is fine.

Kind regards,

{SIG_REILLY}
""",
  personal=[{"type": "passport", "value": "C7294816"}, {"type": "name", "value": "TRAN QUOC BAO"}, {"type": "birthdate", "value": "14 March 2005"}])

# U2 hold: roster with scores only in attachment
m(expect="hold", kind="list.scores",
  why="The attached sheet lists applicants' names, birth dates, phones, e-mails and test scores; the body only talks about the room.",
  **{"from": F_MURAI}, to=["Rajesh Shrestha <rajesh@himalayan-gateway.example.com.np>"],
  subject="Kathmandu session next week",
  text=f"""Dear Mr. Shrestha,

Thank you for the call this morning. As discussed, the file for next week's session in Kathmandu is attached.

Could you confirm that the seminar room on the 3rd floor of your office can be used from 9:00 on Tuesday? Thomas and I will arrive on Monday evening and stay at the Hotel Yak & Yeti area, so we can come early if setup is needed.

Best regards,

{SIG_MURAI}
""",
  attachments=[{"filename": "KTM_interviews_0716.xlsx", "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text": "[Interviews]\nSlot\tApplicant\tDate of birth\tMobile\tE-mail\tJLPT\tWritten test (100)\n09:00\tSuman Adhikari\t2004-02-11\t+977-980-000-1123\tsuman.adh04@gmail.com\tN3\t72\n09:30\tPratima Gurung\t2005-06-29\t+977-981-000-4410\tpratima.gurung29@gmail.com\tN4\t58\n10:00\tBikash Thapa Magar\t2003-11-03\t+977-984-000-7765\tbikash.tm@yahoo.com\tN3\t81\n10:30\tAnjali Karki\t2005-01-17\t+977-980-000-3398\tanjali.karki17@gmail.com\tN2\t88\n11:00\tRoshan Bhandari\t2004-08-08\t+977-986-000-2254\troshanb0808@hotmail.com\tN4\t49"}],
  personal=[{"type": "name", "value": "Pratima Gurung"}, {"type": "birthdate", "value": "2005-06-29"}, {"type": "phone", "value": "+977-981-000-4410"}, {"type": "score", "value": "Anjali Karki\t2005-01-17\t+977-980-000-3398\tanjali.karki17@gmail.com\tN2\t88"}])

# U3 hold: diagnosis only in forwarded part
m(expect="hold", kind="sensitive.health",
  why="The forwarded applicant message names her epilepsy and medication and goes to an outside test centre.",
  **{"from": F_REILLY}, to=["Rina Kusuma <rina.kusuma@globaltesthub.example.co.id>"],
  subject="Fwd: Accommodation request for the essay test",
  text=f"""Hi Rina,

Forwarding the message below so your team can prepare the room for the essay test on 21 September. Could you confirm you can provide a separate room and 20 minutes of extra time for this candidate? We will cover any additional invigilator cost.

Thanks,
Tom

{SIG_REILLY}

---------- Forwarded message ---------
From: Putri Anggraini <putri.anggraini03@gmail.com>
Date: Mon, 2 Sep 2024 at 22:14
Subject: Accommodation request for the essay test
To: Thomas Reilly <t.reilly@sakuragaoka-u.example.jp>

Dear Mr. Reilly,

My name is Putri Anggraini (applicant no. SIU-25-03152). I was diagnosed with epilepsy in 2021 and take levetiracetam every day. My seizures are mostly controlled, but bright flickering lights and stress can trigger one. Would it be possible to sit the essay test in a quiet room, with a short break if I feel an aura coming?

I attach a letter from my neurologist at RS Siloam Kebon Jeruk.

Thank you very much,
Putri
""",
  personal=[{"type": "health", "value": "I was diagnosed with epilepsy in 2021 and take levetiracetam every day"}, {"type": "name", "value": "Putri Anggraini"}])

# U4 hold: 14 visible agents
_agents = ["info@brightfuture-edu.example.vn", "rajesh@himalayan-gateway.example.com.np", "admissions@lotus-study.example.lk",
           "zhou.wei@eastbridge-consult.example.cn", "contact@seoul-japan-edu.example.kr", "kim.minji@hanil-academy.example.kr",
           "ops@manila-kizuna.example.ph", "tanya@bangkok-studyjp.example.co.th", "hello@ulaanbaatar-nihongo.example.mn",
           "aditya@jakarta-jpcenter.example.co.id", "n.rahman@dhaka-gateway.example.com.bd", "study@hcmc-sakura.example.vn",
           "lin.yuting.agent@taipei-liuxue.example.tw", "farid.agency@gmail.com"]
m(expect="hold", kind="recipients.visible",
  why="Fourteen agents from different countries and companies are all visible in To, so every agent sees the others' addresses.",
  **{"from": F_REILLY}, to=_agents,
  subject="Updated deadlines – October 2025 intake",
  text=f"""Dear partner agents,

Please note the updated deadlines for the October 2025 intake (undergraduate, English-track programmes):

  - Online application closes:        16 May 2025, 17:00 JST
  - Document upload (transcripts):    23 May 2025
  - Online interviews:                2–13 June 2025
  - Results released:                 27 June 2025
  - Enrolment fee due:                11 July 2025

The Japanese-track deadline is unchanged (see the guide on our website). Please share these dates with your students and let me know if any applicant needs a change of interview slot.

Best wishes,

{SIG_REILLY}
""")

# U5 hold: encrypted zip
m(expect="hold", kind="attachment.encrypted_zip",
  why="Sends a password-protected zip (PPAP) to an overseas agent.",
  **{"from": F_MURAI}, to=["Zhou Wei <zhou.wei@eastbridge-consult.example.cn>"],
  subject="Admission documents (3 students)",
  text=f"""Dear Mr. Zhou,

As promised on WeChat, I attach the admission documents for the three students we discussed. The password will follow in a separate email in a few minutes.

Please let me know once the students have received the originals by EMS.

Best regards,

{SIG_MURAI}
""",
  attachments=[{"filename": "admission_docs_3students.zip", "contentType": "application/zip", "encrypted": True}])

# U6 hold: one student's full profile to dorm operator (Japanese)
m(expect="hold", kind="personal.profile",
  why="Passes one incoming student's birth date, home address, phone, e-mail and emergency contact to an outside dormitory company.",
  **{"from": F_TAKAHATA}, to=["株式会社ユニライフ 寮事業部 岡本様 <okamoto@unilife-dorm.example.co.jp>"],
  subject="4月入居予定の留学生について（1名追加）",
  text=f"""株式会社ユニライフ
寮事業部 岡本様

いつもお世話になっております。桜ヶ丘国際大学の高畑です。

先日お送りした入居予定者に加え、1名追加でお願いしたく、ご連絡いたしました。
入居契約書の作成にあたり必要とのことでしたので、本人情報を以下にお送りします。

　氏名：SOK Dara（ソク ダラ）
　生年月日：2006年1月9日
　国籍：カンボジア
　本国住所：No. 47, Street 271, Sangkat Tuol Tumpung, Phnom Penh
　携帯：+855-12-000-481
　メール：dara.sok2006@gmail.com
　緊急連絡先：SOK Chanthou（母）+855-16-000-932

来日は3月28日（成田着）の予定です。空港からの送迎もあわせてご相談できれば幸いです。

よろしくお願いいたします。

{SIG_TAKAHATA}
""",
  personal=[{"type": "name", "value": "SOK Dara"}, {"type": "birthdate", "value": "2006年1月9日"}, {"type": "address", "value": "No. 47, Street 271, Sangkat Tuol Tumpung, Phnom Penh"}, {"type": "phone", "value": "+855-12-000-481"}])

# U7 hold: residence card number only in the subject
m(expect="hold", kind="id.residence_card",
  why="A student's residence card number and name appear in the subject line; the body has neither.",
  **{"from": F_MURAI}, to=["吉川行政書士事務所 吉川先生 <yoshikawa@yoshikawa-gyosei.example.jp>"],
  subject="Re: 在留カード UQ48213975VN（Nguyen Thi Hoa さん）資格変更のタイミング",
  text=f"""吉川先生

お世話になっております。桜ヶ丘国際大学の村井です。

標記の件、ご回答ありがとうございました。
本人は現在語学学校在籍中のため、合格通知（2月中旬発行予定）が出た時点で変更申請を行う、という理解でよろしいでしょうか。

The student also asked (in English) whether she can keep working part-time at her current job during the processing period. Could you advise on this as well?

必要書類のリストを頂ければ、こちらで本人に案内いたします。

{SIG_MURAI}
""",
  personal=[{"type": "residence_card", "value": "UQ48213975VN"}, {"type": "name", "value": "Nguyen Thi Hoa"}])

# U8 hold: arrest of a named applicant sent to agent
m(expect="hold", kind="sensitive.criminal",
  why="Tells an agent that a named applicant was arrested on suspicion of theft.",
  **{"from": F_REILLY}, to=["Nabin Rai <nabin.rai@everest-link.example.com.np>"],
  subject="Application of Mr. Sandeep Karki – on hold",
  text=f"""Dear Mr. Rai,

I am writing about Mr. Sandeep Karki (applicant no. SIU-25-02876), who is currently studying at Naniwa Japanese Language Institute in Osaka.

The language school has informed us that Mr. Karki was arrested by Osaka Prefectural Police on 18 May on suspicion of theft at a convenience store where he worked part-time, and that he was released on 29 May without indictment so far. Because of this, the admissions committee has put his application on hold.

Before the committee meets again on 20 June, could you ask him to send us a written statement of what happened, in Japanese or English? We will not make a final decision until we have read it.

Kind regards,

{SIG_REILLY}
""",
  personal=[{"type": "criminal", "value": "was arrested by Osaka Prefectural Police on 18 May on suspicion of theft"}, {"type": "name", "value": "Sandeep Karki"}])

# U9 hold: scores of named applicants to a high school
m(expect="hold", kind="list.scores",
  why="Sends named applicants' exam numbers with essay and interview scores to their high school.",
  **{"from": F_TAKAHATA}, to=["県立北浜西高等学校 進路指導部 近藤先生 <kondo-t@kitahama-nishi-hs.example.ed.jp>"],
  subject="指定校推薦 選考結果のご連絡（北浜西高校）",
  text=f"""北浜西高等学校
進路指導部　近藤先生

平素より本学の学生募集にご協力いただき、誠にありがとうございます。
11月16日に実施した指定校推薦入試の結果を、ご依頼に基づき下記のとおりお知らせいたします。

| 受験番号 | 氏名 | 小論文（50） | 面接（50） | 合否 |
|---|---|---|---|---|
| S-1021 | 松下 陽菜 | 41 | 44 | 合格 |
| S-1022 | 石川 悠斗 | 36 | 39 | 合格 |
| S-1023 | 藤原 美桜 | 22 | 31 | 不合格 |

不合格となった藤原さんについては、一般選抜への出願も可能です。ご本人への伝え方についてご相談があれば、お電話でも承ります。
正式な通知書は12月1日付で本人宛に郵送いたします。

{SIG_TAKAHATA}
""",
  personal=[{"type": "score", "value": "| S-1023 | 藤原 美桜 | 22 | 31 | 不合格 |"}, {"type": "name", "value": "松下 陽菜"}])

# U10 hold: applicant's private bank account for refund
m(expect="hold", kind="id.bank_account",
  why="Gives an applicant's personal bank account to an outside accounting contractor for a refund.",
  **{"from": F_TAKAHATA}, to=["みらい経理サービス 返金担当 <henkin@mirai-keiri.example.co.jp>"],
  subject="検定料返還のお願い（1件）",
  text=f"""みらい経理サービス株式会社
返金ご担当者様

お世話になっております。桜ヶ丘国際大学 入試課の高畑です。

出願書類の不備により受理できなかった志願者1名について、入学検定料の返還をお願いいたします。

　返還額：35,000円（振込手数料は本学負担）
　振込先：北浜みなと銀行　港町支店（店番 214）
　　　　　普通預金　口座番号 4827193
　　　　　口座名義　ハセガワ　ユウマ
　志願者番号：2025-G-08841

振込予定日が決まりましたら、ご一報いただけますと幸いです。

{SIG_TAKAHATA}
""",
  personal=[{"type": "bank_account", "value": "普通預金　口座番号 4827193"}, {"type": "name", "value": "ハセガワ　ユウマ"}])

# ---------------- passes ----------------
m(expect="pass", kind="benign.offer_to_self",
  why="The offer holder's own invitation, sent to the applicant herself.",
  **{"from": F_MURAI}, to=["Lin Yu-Ting <linyuting.tw@gmail.com>"],
  subject="Your Offer of Admission and Welcome Day invitation",
  text=f"""Dear Ms. Lin Yu-Ting,

Congratulations again on your offer of admission to the Faculty of Global Business (applicant no. SIU-25-04817). We are delighted that you have accepted.

We would like to invite you to our online Welcome Day:

  Date:   Saturday 8 March 2025, 10:00–12:00 (JST) / 09:00–11:00 (Taipei)
  Format: Zoom (the link will be sent on 5 March)
  Programme:
    1. Welcome from the Dean
    2. Course registration walkthrough
    3. Housing and part-time work Q&A with current students

Your next steps:
  - Pay the enrolment fee by 14 March (invoice in your applicant portal)
  - Upload a passport-size photo for your student ID card
  - Complete the housing preference form

If you have any questions, just reply to this email.

Warm regards,

{SIG_MURAI}
""")

m(expect="pass", kind="benign.meeting_arrangement",
  why="Visit arrangement with an agent; only staff names, titles and signatures.",
  **{"from": F_REILLY}, to=["Kim Min-ji <kim.minji@hanil-academy.example.kr>"], cc=["Naoko Murai <n.murai@sakuragaoka-u.example.jp>"],
  subject="Re: Re: Seoul visit in November",
  text=f"""Dear Ms. Kim,

Wonderful – Wednesday 13 November at 14:00 works for both of us. Naoko Murai (cc'd) will join me. We will bring 60 copies of the English-track brochure and the new scholarship leaflet.

Could you also ask Mr. Park Jun-ho whether the parents' session at 18:00 could be held in the larger room? Last year it was quite crowded.

See you in Seoul,
Tom

{SIG_REILLY}

On Tue, 8 Oct 2024 at 11:02, Kim Min-ji <kim.minji@hanil-academy.example.kr> wrote:
> Dear Mr. Reilly,
>
> Thank you for your mail. Our director Mr. Park Jun-ho and our counsellor Ms. Lee Soo-yeon will be
> available on 13 or 14 November. We can host a student seminar at 14:00 and a parents' session at 18:00.
>
> Best regards,
> Kim Min-ji
> Overseas Programs Manager, Hanil Academy
> 4F, 221 Teheran-ro, Gangnam-gu, Seoul | +82-2-0000-5512
>
>> On Fri, 4 Oct 2024, Thomas Reilly wrote:
>> Dear Ms. Kim, we are planning a recruitment trip to Seoul in mid-November and would love to visit Hanil again.
""")

m(expect="pass", kind="benign.bcc_newsletter",
  why="Mass newsletter to agents with all recipients in Bcc.",
  **{"from": F_MURAI}, to=["Naoko Murai <n.murai@sakuragaoka-u.example.jp>"],
  bcc=["info@brightfuture-edu.example.vn", "rajesh@himalayan-gateway.example.com.np", "admissions@lotus-study.example.lk",
       "zhou.wei@eastbridge-consult.example.cn", "contact@seoul-japan-edu.example.kr", "kim.minji@hanil-academy.example.kr",
       "ops@manila-kizuna.example.ph", "tanya@bangkok-studyjp.example.co.th", "hello@ulaanbaatar-nihongo.example.mn",
       "aditya@jakarta-jpcenter.example.co.id", "n.rahman@dhaka-gateway.example.com.bd", "study@hcmc-sakura.example.vn",
       "nabin.rai@everest-link.example.com.np", "farid.agency@gmail.com", "pham.trang@brightfuture-edu.example.vn"],
  subject="SIU Agent Newsletter – January 2025",
  text=f"""Dear partner agents,

Happy New Year from Hachioji! Here is our January update.

1) New scholarship: Sakura Global Scholarship
   - 30% tuition reduction for four years, 40 places
   - Eligibility: JLPT N2 or IELTS 6.0, GPA 3.0/4.0 or above
   - Applied automatically at the admission stage – no separate form

2) Campus tours in Tokyo
   Students already in Japan can join a campus tour every Saturday in February. Booking link: https://www.sakuragaoka-u.example.jp/tour

3) Agent webinar
   Thursday 23 January, 16:00 JST. Topic: "Writing a strong statement of purpose". Recording will be shared.

Thank you for your continued support.

{SIG_MURAI}
""")

m(expect="pass", kind="benign.aggregate_stats",
  why="Enrolment statistics by country are aggregates only; no individual is identifiable.",
  **{"from": F_REILLY}, to=["Dr. Le Van Hung <hung.lv@hanoi-univ-lang.example.edu.vn>"],
  subject="Figures for your report: Vietnamese students at SIU",
  text=f"""Dear Dr. Le,

As requested for your ministry report, here are our figures for international undergraduates (as of 1 May 2024):

  Country        Enrolled   New in 2024   Avg. JLPT at entry
  Vietnam           142          42             N2.6
  Nepal              97          31             N3.1
  China              88          28             N2.1
  Sri Lanka          35          11             N3.0
  Indonesia          24           9             N2.9
  Others             61          19             –
  Total             447         140

Retention from year 1 to year 2 for Vietnamese students was 94.2% (all international students: 91.8%).

Please feel free to quote these figures with "Source: Sakuragaoka International University".

Best regards,

{SIG_REILLY}
""")

m(expect="pass", kind="benign.disability_support_general",
  why="Describes the university's disability support services in general; no student is named.",
  **{"from": F_REILLY}, to=["Ms. Tan Mei Ling <tanml@sri-cempaka-intl.example.edu.my>"],
  subject="Re: Support for students with disabilities",
  text=f"""Dear Ms. Tan,

Thank you for your question. We are happy to explain how we support students with disabilities or chronic health conditions.

- Accessibility Support Office: two full-time coordinators; consultations in English and Japanese.
- Exam accommodations: extra time (usually 1.3x), separate rooms, large-print papers, rest breaks.
- Campus: all lecture buildings have lifts and accessible toilets; a quiet room is available in the library.
- Entrance exams: applicants can request accommodations on the application form. Requests are reviewed by a panel that is separate from the admissions committee, so they do not affect the admission decision.

If one of your students wants to ask about their own situation, they are welcome to email accessibility@sakuragaoka-u.example.jp directly; the office keeps these consultations confidential.

Best regards,

{SIG_REILLY}

> Dear Mr. Reilly, some of our students considering Japan have asked whether universities there support students
> with disabilities (e.g. hearing impairment, learning difficulties). Could you tell us what SIU offers?
> Tan Mei Ling, University Counsellor
""")

m(expect="pass", kind="benign.corporate_swift",
  why="Commission payment to an agency's corporate account with SWIFT details.",
  **{"from": F_MURAI}, to=["Accounts – Himalayan Gateway <accounts@himalayan-gateway.example.com.np>"], cc=["Rajesh Shrestha <rajesh@himalayan-gateway.example.com.np>"],
  subject="Commission payment – Invoice HG-2024-117",
  text=f"""Dear Accounts team,

We have processed payment for your invoice HG-2024-117 (commission for 9 enrolled students, April 2024 intake).

  Amount:          JPY 1,215,000
  Value date:      25 October 2024
  Beneficiary:     Himalayan Gateway Education Consultancy Pvt. Ltd.
  Bank:            Nabil Bank Ltd., Putalisadak Branch
  Account No.:     0310017500842
  SWIFT:           NARBNPKA
  Our reference:   SIU-AP-24-10-0331

Bank charges on our side are borne by us; intermediary bank charges may apply. Please let me know if the amount received differs.

Best regards,

{SIG_MURAI}
""")

m(expect="pass", kind="benign.public_figure",
  why="Arranges a speech by a consul general acting in his public role.",
  **{"from": F_REILLY}, to=["Ms. Siriporn Chaiyasit <siriporn.c@thaiconsulate-osaka.example.go.th>"],
  subject="Entrance ceremony address – H.E. the Consul-General",
  text=f"""Dear Ms. Siriporn,

Thank you for confirming that H.E. Mr. Thanawat Srisuk, Consul-General of Thailand in Osaka, will kindly give a short address at our entrance ceremony for international students.

  Date:      Thursday 3 April 2025
  Time:      10:30 arrival, address at approx. 11:05 (5–7 minutes)
  Venue:     Sakuragaoka Memorial Hall, main campus
  Audience:  about 450 new students and families

President Dr. Keiko Hanamura will greet the Consul-General on arrival. We will reserve parking for two official cars; could you send us the vehicle numbers closer to the date?

With respect and best regards,

{SIG_REILLY}
""")

m(expect="pass", kind="benign.plain_zip",
  why="Brochures in an ordinary, unencrypted zip for a high school.",
  **{"from": F_TAKAHATA}, to=["私立みなと学園高等学校 進路指導室 <shinro@minato-gakuen.example.ed.jp>"],
  subject="2025年度 大学案内・入試ガイド（PDF）送付の件",
  text=f"""みなと学園高等学校
進路指導室 ご担当者様

いつもお世話になっております。桜ヶ丘国際大学の高畑でございます。

先日ご依頼いただきました2025年度の大学案内および入試ガイドのPDFを、zipファイルにまとめてお送りします。
パスワードは設定しておりませんので、そのまま展開してご利用ください。

　・大学案内2025.pdf（32ページ）
　・入試ガイド2025.pdf（16ページ）
　・オープンキャンパス日程.pdf

冊子版（各50部）は別途宅配便にて発送しております。

{SIG_TAKAHATA}
""",
  attachments=[{"filename": "SIU_guide_2025.zip", "contentType": "application/zip", "text": "大学案内2025.pdf\n入試ガイド2025.pdf\nオープンキャンパス日程.pdf"}])

m(expect="pass", kind="benign.project_six",
  why="Project mail with six visible addresses from two universities.",
  **{"from": F_REILLY},
  to=["Prof. Ananya Rao <ananya.rao@pune-global.example.ac.in>", "Vikram Desai <vikram.desai@pune-global.example.ac.in>", "Sneha Kulkarni <sneha.k@pune-global.example.ac.in>"],
  cc=["Naoko Murai <n.murai@sakuragaoka-u.example.jp>", "高畑 亮 <r.takahata@sakuragaoka-u.example.jp>", "Meera Iyer <meera.iyer@pune-global.example.ac.in>"],
  subject="Joint Summer Programme 2025 – action items from today's call",
  text=f"""Dear all,

Thank you for a productive call today. Action items:

  #  Item                                          Owner           Due
  1  Draft 3-week timetable (Tokyo + Kyoto)         Tom / Vikram    31 Jan
  2  Budget per student incl. rail pass             Naoko           7 Feb
  3  Credit transfer note (2 credits, PGU side)     Prof. Rao       14 Feb
  4  Host family vs. dormitory options              Sneha           14 Feb
  5  Promotion poster for PGU campus                Meera           28 Feb
  6  Sign MoU addendum                              Mr. Takahata    March

Next call: Thursday 6 February, 13:30 IST / 17:00 JST.

Best,
Tom

{SIG_REILLY}
""")

m(expect="pass", kind="benign.condolence",
  why="Condolence to a partner school on the death of its founder; only public funeral arrangements.",
  **{"from": F_TAKAHATA}, to=["学校法人北浜日本語学院 事務局 <jimu@kitahama-nihongo.example.ac.jp>"],
  subject="ご逝去の報に接し（北浜日本語学院 前理事長 三宅 誠一先生）",
  text=f"""学校法人北浜日本語学院
事務局 御中

前理事長 三宅 誠一先生のご逝去の報に接し、謹んでお悔やみ申し上げます。

三宅先生には、本学が留学生の受け入れを始めた2008年以来、多くの学生をご送り出しいただき、本学の国際化に多大なるご尽力を賜りました。ここに生前のご厚情に深く感謝申し上げますとともに、心よりご冥福をお祈りいたします。

ご案内いただいたお別れの会（12月7日 13時〜 北浜グランドホテル 鳳凰の間）には、学長の花村 恵子と私が参列させていただく予定です。
供花につきましては、ご指示のとおり辞退と承知いたしました。

取り急ぎメールにて失礼いたします。

{SIG_TAKAHATA}
""")
