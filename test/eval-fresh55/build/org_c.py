# Org C: Brightleaf Partners K.K. / 株式会社ブライトリーフ・パートナーズ (executive search)
from common import mail, att, enc_zip, PDF, CSV, XLSX, DOCX

ORG = "C"
D = "brightleaf-partners.example.com"
MARIKO = f"Mariko Katsuragi <mariko.katsuragi@{D}>"
DANIEL = f"Daniel Whitmore <daniel.whitmore@{D}>"
TSUCHIYA = f"土屋 瑞希 <mizuki.tsuchiya@{D}>"

SIG_MARIKO = f"""
Mariko Katsuragi | 葛城 真理子
Managing Partner
Brightleaf Partners K.K.
Marunouchi Trust Tower N 18F, 1-8-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005
T +81 3 6268 4410 | M +81 90 7712 3058
mariko.katsuragi@{D} | www.{D}
有料職業紹介事業 許可番号 13-ユ-318806
This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error, please notify the sender and delete it.
"""

SIG_DANIEL = f"""
Best regards,
Daniel Whitmore
Principal, Technology & Industrial Practice
Brightleaf Partners K.K.
T +81 3 6268 4415 | M +81 80 3390 1174
daniel.whitmore@{D}
"""

SIG_TSUCHIYA = f"""
――――――
土屋 瑞希（Mizuki Tsuchiya）
リサーチアソシエイト
株式会社ブライトリーフ・パートナーズ
〒100-0005 東京都千代田区丸の内1-8-1 丸の内トラストタワーN館18F
TEL 03-6268-4418
mizuki.tsuchiya@{D}
――――――
"""


def build():
    out = []

    # 1 hold attachment personal.resume (EN)
    out.append(mail(ORG, "daniel", "hold", "personal.resume",
        "The body only mentions an attached CV. The CV text gives a candidate's full name, home address, mobile, birth date and current pay.",
        DANIEL, ["Hiroshi Kanon <h.kanon@kanon-robotics.example.co.jp>"],
        "VP Engineering search - candidate profile for Thursday",
        f"""
Dear Kanon-san,

Thank you for your time on Monday.
As promised, please find attached the CV of the candidate we discussed for the VP Engineering role.
I think his background in motion control and his experience scaling a team from 20 to 90 engineers map well to your brief.

I'd be happy to walk you through his motivations and the points we still need to test on our call on Thursday at 10:00.
{SIG_DANIEL}""",
        loc="attachment",
        attachments=[att("CV_BL-3107.docx", DOCX, """
CURRICULUM VITAE - CONFIDENTIAL
Name: Takuya Morioka (森岡 拓也)
Date of birth: 17 February 1979
Address: 2-14-5 Jiyugaoka, Meguro-ku, Tokyo 152-0035
Mobile: +81 90 4126 7738
Email: t.morioka.1979@gmail.com
Current position: Head of Engineering, Servo Systems Division, a listed industrial automation company (2016-present)
Current compensation: base JPY 19.5m + bonus approx. JPY 4m
Previous: Senior Engineer / Team Lead, motion control, a major electronics company (2003-2016)
Education: M.Eng., Mechanical Engineering, Tohoku University (2003)
Languages: Japanese (native), English (business)
Notice period: 3 months
""")],
        personal=[("name", "Takuya Morioka"), ("birthdate", "17 February 1979"),
                  ("address", "2-14-5 Jiyugaoka, Meguro-ku, Tokyo 152-0035"),
                  ("phone", "+81 90 4126 7738"), ("email", "t.morioka.1979@gmail.com"),
                  ("salary", "base JPY 19.5m")]))

    # 2 pass offer holder's own invitation (EN)
    out.append(mail(ORG, "daniel", "pass", "benign.data_subject",
        "An invitation to the final interview sent to the candidate himself; the pay figures are his own.",
        DANIEL, ["Takuya Morioka <t.morioka.1979@gmail.com>"],
        "Final interview with Kanon Robotics - 21 June",
        f"""
Dear Morioka-san,

Good news - Kanon Robotics would like to invite you to a final interview with their CEO and CTO.

  Date: Friday 21 June, 16:00-17:30
  Place: Kanon Robotics HQ, 3F Board Room (Kawasaki)
  Interviewers: Hiroshi Kanon (CEO), Dr. Aya Sumida (CTO)
  Format: 45-minute discussion + 30-minute presentation of your 100-day plan

On compensation, I have shared your expectation that the package should be no lower than your current base of JPY 19.5m plus bonus.
They indicated they can work with that, and we will discuss the details once the interview is done.

Could you confirm the slot by Tuesday? Let's also have a 30-minute prep call - I can do Wednesday evening after 19:00.
{SIG_DANIEL}"""))

    # 3 hold body sensitive.health (EN)
    out.append(mail(ORG, "mariko", "hold", "sensitive.health",
        "A reference summary sent to the client mentions a named candidate's medical leave for depression.",
        MARIKO, ["Sarah Lindqvist <sarah.lindqvist@northhaven-pharma.example.com>"],
        "Reference summary - CFO Japan search",
        f"""
Dear Sarah,

I completed the two references for our CFO candidate, Ms. Naomi Fujikawa, this week. A short summary:

Reference 1 - former CEO (direct manager, 2017-2022)
- "The best finance partner I have worked with." Strong on investor relations and on building the FP&A function.
- Areas to develop: can be reluctant to delegate during closing periods.

Reference 2 - former Audit Committee chair
- Very positive on integrity and on how she handled the 2020 restatement.
- Mentioned that Naomi took a six-month medical leave in 2021 for depression after the restatement period, came back fully and has performed strongly since.

Overall, both references support moving to offer. Happy to discuss by phone before your committee meets on Friday.
{SIG_MARIKO}""",
        loc="body",
        personal=[("name", "Naomi Fujikawa"),
                  ("diagnosis", "six-month medical leave in 2021 for depression")]))

    # 4 pass invoice with SWIFT (EN)
    out.append(mail(ORG, "daniel", "pass", "benign.corporate_account",
        "Retainer invoice to an overseas client with the firm's corporate account and SWIFT code.",
        DANIEL, ["Accounts Payable <ap@meridian-comp.example.com>"],
        "Invoice BLP-2024-0147 - second retainer, Country Manager Japan search",
        f"""
Dear Accounts Payable team,

Please find attached our invoice for the second retainer instalment of the Country Manager Japan search.

  Invoice no.: BLP-2024-0147
  Amount: JPY 4,400,000 (incl. 10% consumption tax)
  Due date: 15 July 2024

Bank details (also on the invoice):
  Beneficiary: Brightleaf Partners K.K.
  Bank: Marunouchi Global Bank, Head Office Branch
  Account: Current 1056832
  SWIFT/BIC: MGBKJPJT
  Bank address: 1-3-2 Otemachi, Chiyoda-ku, Tokyo

Please quote the invoice number as the payment reference. Let me know if you need a W-8BEN-E or any vendor form.
{SIG_DANIEL}""",
        attachments=[att("Invoice_BLP-2024-0147.pdf", PDF, """
INVOICE BLP-2024-0147    Date: 14 June 2024
Bill to: Meridian Components Pte. Ltd., 80 Robinson Road, Singapore
Description: Executive search - Country Manager Japan - 2nd retainer (1/3 of estimated fee)
Fee: JPY 4,000,000  Consumption tax 10%: JPY 400,000  Total: JPY 4,400,000
Pay to: Brightleaf Partners K.K., Marunouchi Global Bank, Head Office Branch, Current 1056832, SWIFT MGBKJPJT
Registration No. T9010001183374
""")]))

    # 5 pass successor introduction (JP)
    out.append(mail(ORG, "mariko", "pass", "benign.successor",
        "Introduces a new consultant to a client's HR head; only business contact details of staff.",
        MARIKO, ["人事部長 小田切 昌也 <m.odagiri@sanko-chemical.example.co.jp>"],
        "新任コンサルタントのご紹介",
        f"""
三光ケミカル株式会社
人事部長　小田切 昌也 様

いつも大変お世話になっております。ブライトリーフ・パートナーズの葛城でございます。

このたび、弊社の化学・素材領域の体制強化のため、コンサルタントとして新たに 早瀬 健一 が入社いたしました。
早瀬は大手総合商社の化学品部門で15年、その後外資系サーチファームで8年、素材業界の経営人材の紹介に携わってまいりました。
今後、貴社の研究開発本部長の案件につきましては、私と早瀬の二名体制でご支援させていただきます。

来週以降、早瀬よりご挨拶のお時間を頂戴したくご連絡差し上げます。
引き続きどうぞよろしくお願い申し上げます。

早瀬の連絡先：
　早瀬 健一（Kenichi Hayase）
　TEL 03-6268-4421／kenichi.hayase@{D}
{SIG_MARIKO}""",
        cc=[f"Kenichi Hayase <kenichi.hayase@{D}>"]))

    # 6 hold body id.passport (EN)
    out.append(mail(ORG, "daniel", "hold", "id.passport",
        "A placed candidate's passport number, birth date and nationality are sent in the body to a relocation firm.",
        DANIEL, ["Visa Team <visa@globalmove.example.com>"],
        "Work visa application - incoming Country Manager (Meridian Components)",
        f"""
Dear Visa Team,

Meridian Components has asked us to coordinate the first steps of the visa process for their incoming Country Manager, who starts on 1 October.
Details for the Certificate of Eligibility application:

  Full name: Rahul Mehta Srinivasan
  Nationality: Indian
  Date of birth: 03 May 1982
  Passport no.: Z4471930
  Passport expiry: 11 January 2031
  Current address: 14 Marine Parade Road, #09-22, Singapore 449283
  Position / salary: Country Manager Japan / JPY 26m p.a.

Meridian's HR (cc'd) will send the employment contract directly.
Please let me know which documents you need from the candidate and the expected timeline.
{SIG_DANIEL}""",
        cc=["Li Wen Tan <liwen.tan@meridian-comp.example.com>"],
        loc="body",
        personal=[("name", "Rahul Mehta Srinivasan"), ("birthdate", "03 May 1982"),
                  ("passport", "Z4471930"),
                  ("address", "14 Marine Parade Road, #09-22, Singapore 449283")]))

    # 7 hold quoted list.candidates (JP)
    out.append(mail(ORG, "tsuchiya", "hold", "list.candidates",
        "The cover text is harmless. The forwarded internal mail holds a candidate longlist with names, employers, ages, pay and phone numbers.",
        TSUCHIYA, ["採用担当 西村 彩花 <a.nishimura@sanko-chemical.example.co.jp>"],
        "Fw: 研究開発本部長 ロングリストの件",
        f"""
三光ケミカル株式会社
人事部　西村 様

お世話になっております。ブライトリーフ・パートナーズの土屋です。
先日のお打合せでご依頼いただいた件、葛城からの共有内容を下記に転送いたします。
優先的にアプローチすべき候補者について、ご意見をいただけますと幸いです。
{SIG_TSUCHIYA}
---------- 転送メッセージ ----------
From: Mariko Katsuragi <mariko.katsuragi@{D}>
To: 土屋 瑞希 <mizuki.tsuchiya@{D}>
Subject: 三光ケミカル R&D本部長 ロングリスト（内部用）

土屋さん
ロングリストを整理しました。現時点での接触状況も入れています。

No 氏名　　　　 現職　　　　　　　　　　　　　　年齢 推定年収　 携帯　　　　　　 状況
1 河合 俊介　　大洋化学 機能材料研究所長　　　　 52　1,800万円 090-2217-6630　面談済・前向き
2 倉田 由紀子　東邦ファインケム R&D部長　　　　 48　1,500万円 080-4471-0958　初回連絡済
3 関口 達彦　　ニッシン素材 執行役員CTO　　　　 56　2,300万円 090-6608-3142　転職意向低
4 永瀬 誠　　　外資系化学 日本R&Dセンター長　　 50　2,100万円 070-3315-7720　面談予定6/20
5 矢野 美帆　　国立研究開発法人 主任研究員　　　 45　1,100万円 080-9920-4418　未接触

河合さんは現職に知られると困るとのことなので、取り扱い注意で。
葛城
""",
        loc="quoted",
        personal=[("name", "河合 俊介"), ("phone", "090-2217-6630"), ("salary", "1,800万円"),
                  ("name", "倉田 由紀子"), ("name", "永瀬 誠"), ("phone", "070-3315-7720")]))

    # 8 pass employment verification with consent (EN)
    out.append(mail(ORG, "mariko", "pass", "benign.employment_verification",
        "A minimal employment verification (dates and title only) for a former employee, made with her signed consent.",
        MARIKO, ["Verification Desk <verify@verityscreen.example.com>"],
        "RE: Employment verification request #VS-558210",
        f"""
Dear Verification Desk,

In response to your request #VS-558210, and based on the signed consent form you provided, we confirm the following:

  Former employee: Ms. Erika Shimomura
  Position held: Research Associate
  Employment period: 1 April 2019 - 31 March 2022
  Employment type: Full-time

In line with our policy we do not disclose compensation, performance or reasons for leaving.
Please contact me directly if anything further is needed.
{SIG_MARIKO}
> From: Verification Desk <verify@verityscreen.example.com>
> Sent: 12 June 2024 15:02
> Subject: Employment verification request #VS-558210
>
> Dear Brightleaf Partners,
> We are conducting a pre-employment screening on behalf of our client. Attached is the
> candidate's signed authorisation. Please confirm position and dates of employment only.
> Verity Screening Asia - Verification Desk
"""))

    # 9 hold subject sensitive.criminal (EN)
    out.append(mail(ORG, "daniel", "hold", "sensitive.criminal",
        "Only the subject carries the risk: a named candidate and his criminal conviction. The body and quoted text are neutral.",
        DANIEL, ["Hiroshi Kanon <h.kanon@kanon-robotics.example.co.jp>"],
        "Re: Background check - Kenji Arima - DUI conviction (2019)",
        f"""
Dear Kanon-san,

Thank you, noted. I agree we should talk it through before deciding on next steps.
I have blocked 30 minutes tomorrow at 9:30 - I'll call your mobile.
{SIG_DANIEL}
> Daniel-san,
> I received the screening report this morning. Let's discuss tomorrow.
> Hiroshi
""",
        loc="subject",
        personal=[("name", "Kenji Arima"), ("criminal", "DUI conviction (2019)")]))

    # 10 pass congratulations to a newly appointed CEO (EN)
    out.append(mail(ORG, "mariko", "pass", "benign.congratulations",
        "Congratulations on a publicly announced appointment, sent to the appointee himself.",
        MARIKO, ["Takeshi Oyama <t.oyama@northhaven-pharma.example.com>"],
        "Congratulations on your appointment",
        f"""
Dear Oyama-san,

I read this morning's announcement that you will become President and CEO of Northhaven Pharma Japan from 1 July. Warmest congratulations!

It has been a pleasure working with you on the leadership team over the past three years, and I cannot think of anyone better placed to lead the next chapter.
Please don't feel obliged to reply in what must be a very busy week. When things settle down, I would love to take you to lunch to celebrate.

With best wishes,
{SIG_MARIKO}"""))

    # 11 hold encrypted zip (EN)
    out.append(mail(ORG, "mariko", "hold", "attachment.encrypted_zip",
        "A password-protected zip of the shortlist pack with the password promised in a separate mail (PPAP).",
        MARIKO, ["Sarah Lindqvist <sarah.lindqvist@northhaven-pharma.example.com>"],
        "CFO Japan - final shortlist pack",
        f"""
Dear Sarah,

Attached is the final shortlist pack for the committee on Friday (three candidates, assessment reports and interview notes).
The file is password-protected; I will send the password in a separate email.

Please let me know if the committee would like a briefing call beforehand.
{SIG_MARIKO}""",
        loc="zip",
        attachments=[enc_zip("CFO_Japan_shortlist_pack.zip")]))

    # 12 hold too many visible recipients (EN)
    to12 = [
        "Yuko Matsuda <y.matsuda@sanko-chemical.example.co.jp>",
        "Sarah Lindqvist <sarah.lindqvist@northhaven-pharma.example.com>",
        "Li Wen Tan <liwen.tan@meridian-comp.example.com>",
        "Hiroshi Kanon <h.kanon@kanon-robotics.example.co.jp>",
        "Emma Clarke <emma.clarke@harborline-logistics.example.com>",
        "Kazuhiro Ide <k.ide@ide-pharma.example.co.jp>",
        "Michael Brandt <m.brandt@rheinwerk-japan.example.com>",
        "Akiko Nomura <a.nomura@tokai-instruments.example.co.jp>",
        "Priya Raman <priya.raman@asterix-semis.example.com>",
        "Shota Kurihara <kurihara@kurihara-holdings.example.co.jp>",
        "Olivia Chen <olivia.chen@bluecrest-medtech.example.com>",
        "Tomoko Hirose <t.hirose@hirose-foods.example.co.jp>",
        "James O'Neill <james.oneill@greenfield-energy.example.com>",
    ]
    out.append(mail(ORG, "daniel", "hold", "recipients.too_many_visible",
        "A roundtable invitation to 13 HR leaders at 13 different companies, all visible in To.",
        DANIEL, to12,
        "Invitation: HR Leaders Roundtable - 'Hiring leaders in a tight market' (9 July)",
        f"""
Dear colleagues,

Brightleaf Partners is delighted to invite you to our summer HR Leaders Roundtable.

  Date: Tuesday 9 July, 18:30-21:00
  Venue: The Marunouchi Club, 7F Private Room
  Topic: Hiring leaders in a tight market - what actually works in 2024
  Speakers: Mariko Katsuragi (Managing Partner) and a guest CHRO from a global medtech company

The format is an informal discussion under Chatham House rules, followed by dinner.
Seats are limited to 16. Please RSVP by 28 June by replying to this email.

We look forward to seeing you.
{SIG_DANIEL}""",
        loc="recipients"))

    # 13 pass company names with surnames (EN)
    out.append(mail(ORG, "daniel", "pass", "benign.meeting",
        "Meeting logistics where the client and the law firm names contain surnames; only business contacts appear.",
        DANIEL, ["Akiko Nomura <a.nomura@tokai-instruments.example.co.jp>"],
        "Kick-off for the General Counsel search - agenda and venue",
        f"""
Dear Nomura-san,

Thank you for confirming the kick-off for the General Counsel search on Wednesday 26 June at 14:00.

Venue: Fujimoto & Hale LLP, 22F Conference Room B (Toranomon). Mr. Ishikawa of Fujimoto & Hale kindly offered the room, as their partners will join the first half to share their view of the legal team's needs.

Proposed agenda:
  1. Role scope and reporting line (30 min)
  2. Profile: must-haves vs nice-to-haves (30 min)
  3. Target companies - incl. whether Ishikawa Seiki and Morimoto Industries should be off-limits as key customers (20 min)
  4. Timeline and interview process (10 min)

From our side: Mariko Katsuragi, myself and Mizuki Tsuchiya (research).
Please let me know if anyone else from Tokai Instruments will join, so that I can register them at reception.
{SIG_DANIEL}""",
        cc=[MARIKO, TSUCHIYA]))

    # 14 pass market report aggregates (EN)
    out.append(mail(ORG, "daniel", "pass", "benign.market_report",
        "Compensation and diversity benchmarks given as aggregates over anonymised samples.",
        DANIEL, ["Emma Clarke <emma.clarke@harborline-logistics.example.com>"],
        "Compensation benchmark - Head of Supply Chain, Japan",
        f"""
Hi Emma,

As discussed, here is the quick benchmark for a Head of Supply Chain role in Japan (logistics and manufacturing sectors, Q1-Q2 2024).

Sample: 38 incumbents, anonymised, from our searches and market mapping
  Base salary     P25 JPY 16.0m | median JPY 18.5m | P75 JPY 22.0m
  Target bonus    median 25% of base
  LTI eligible    61% of sample
  Women in role   13% (5 of 38)
  Non-Japanese    18%
  Median age      49

Two observations:
- Candidates moving from Japanese manufacturers typically expect a 15-20% uplift on total cash.
- English-fluent profiles with ERP transformation experience command the top quartile.

Happy to walk you through the full slide deck next week.
{SIG_DANIEL}"""))

    # 15 hold attachment personal.payslip (JP)
    out.append(mail(ORG, "tsuchiya", "hold", "personal.payslip",
        "The body is a short cover note. The attached withholding slip shows the candidate's address, income, tax and dependants.",
        TSUCHIYA, ["採用担当 西村 彩花 <a.nishimura@sanko-chemical.example.co.jp>"],
        "年収確認資料のご送付（河合様）",
        f"""
三光ケミカル株式会社
人事部　西村 様

お世話になっております。ブライトリーフ・パートナーズの土屋です。
オファー条件のご検討にあたりご依頼いただいていた年収確認資料を、ご本人よりお預かりしましたので添付いたします。

ご確認のほどよろしくお願いいたします。
{SIG_TSUCHIYA}""",
        loc="attachment",
        attachments=[att("源泉徴収票_2023.pdf", PDF, """
令和5年分 給与所得の源泉徴収票
支払を受ける者　住所：千葉県市川市八幡3-22-14　氏名：河合 俊介
種別：給料・賞与
支払金額：17,860,000円
給与所得控除後の金額：15,910,000円
所得控除の額の合計額：2,384,500円
源泉徴収税額：2,702,100円
控除対象配偶者：有　扶養親族の数：特定1人　その他1人
社会保険料等の金額：2,016,300円
支払者：大洋化学株式会社
""")],
        personal=[("name", "河合 俊介"), ("address", "千葉県市川市八幡3-22-14"),
                  ("income", "17,860,000円")]))

    # 16 pass public figures (EN)
    out.append(mail(ORG, "mariko", "pass", "benign.public_figure",
        "Outside-director ideas drawn from public figures and their public records only.",
        MARIKO, ["Board Secretariat <board-office@tokai-instruments.example.co.jp>"],
        "Outside director candidates - initial ideas (public profiles only)",
        f"""
Dear Board Secretariat,

Further to the Nomination Committee's request, here are some initial names for the two outside-director seats.
At this stage we have used public information only and have not approached anyone.

1. Former Minister of State for Digital Transformation, Ms. Reiko Amamiya
   - Member of the House of Councillors until 2022; led the national data-strategy review
2. Mr. Gordon Pike, former CEO of a FTSE 100 industrial group
   - Currently chairs two listed boards in Europe; well known for his turnaround of the company in 2012-2018
3. Prof. Haruki Sonoda, Olympic silver medallist (rowing, 1996) and now professor of sports science
   - Frequent commentator on governance in sports organisations

If the committee would like to pursue any of them, we will prepare a full assessment and check for conflicts.
{SIG_MARIKO}"""))

    # 17 hold quoted sensitive.religion (EN)
    out.append(mail(ORG, "daniel", "hold", "sensitive.religion",
        "The body only asks for a new slot. The forwarded candidate mail discloses his religion, which the client does not need to know.",
        DANIEL, ["Recruiting <recruiting@harborline-logistics.example.com>"],
        "FW: Interview timing",
        f"""
Hi team,

Could we move Mr. Karimov's second interview from Friday 13:00 to any time on Thursday, or Friday after 15:00?
His message is below for context.

Thanks,
Daniel
{SIG_DANIEL}
-----Original Message-----
From: Farid Karimov <farid.karimov.jp@gmail.com>
Sent: Monday, June 10, 2024 8:41 AM
To: Daniel Whitmore <daniel.whitmore@{D}>
Subject: Interview timing

Hi Daniel,

Thank you for arranging the second interview. As a practising Muslim I attend Friday prayers at the Tokyo Camii from 12:15 to about 13:45, so 13:00 on Friday is difficult for me.
Any other time that week would be fine. Sorry for the trouble.

Best,
Farid
""",
        loc="quoted",
        personal=[("name", "Farid Karimov"), ("religion", "practising Muslim"),
                  ("email", "farid.karimov.jp@gmail.com")]))

    # 18 pass long scheduling chain, candidates by code only (JP)
    out.append(mail(ORG, "tsuchiya", "pass", "benign.reply_chain",
        "A long scheduling chain that names client staff only; candidates appear by code.",
        TSUCHIYA, ["採用担当 西村 彩花 <a.nishimura@sanko-chemical.example.co.jp>"],
        "Re: Re: Re: 一次面接の日程調整（研究開発本部長）",
        f"""
西村様

お世話になっております。土屋です。
候補者お二人とも、ご提示いただいた日程で調整がつきました。

　6月24日（月）10:00～11:00　候補者 BL-2291（オンライン）
　6月26日（水）15:00～16:00　候補者 BL-2307（貴社本社 12F 応接室）

面接官は小田切部長、研究企画部の大塚様とのことで承知しました。
オンライン分のTeamsリンクのご送付をお願いできますでしょうか。
{SIG_TSUCHIYA}
> 土屋様
> 候補日ありがとうございます。面接官は小田切と研究企画部の大塚の2名です。
> 6/24午前、6/26午後でいかがでしょうか。
> 西村
>
>> 西村様
>> 候補者2名の一次面接日程の候補をお送りします。BL-2291様：6/24、6/25、BL-2307様：6/26、6/27
>> 土屋
>>
>>> 土屋様
>>> 書類選考の結果、BL-2291、BL-2307のお二人に面接をお願いしたく存じます。
>>> 三光ケミカル 人事部 西村 彩花（TEL 03-5220-1187）
"""))

    # 19 hold body personal.family (JP)
    out.append(mail(ORG, "tsuchiya", "hold", "personal.family",
        "A placed candidate's family data (spouse, children, ages, schools) with home address and phone go to a housing agent.",
        TSUCHIYA, ["法人営業部 竹中 <takenaka@nippon-shataku.example.co.jp>"],
        "社宅手配のご依頼（三光ケミカル様 10月入社予定者）",
        f"""
ニッポン社宅サービス株式会社
法人営業部　竹中 様

お世話になっております。ブライトリーフ・パートナーズの土屋です。
三光ケミカル様より、10月入社予定の方の社宅手配を当社経由でお願いするよう依頼を受けました。
物件探しに必要な情報は以下のとおりです。

■入居者
　本人：河合 俊介 様（52歳）
　配偶者：河合 真弓 様（49歳・パート勤務）
　長女：河合 詩織 様（17歳・高校2年、市川市の私立高校に在学中）
　長男：河合 蒼 様（13歳・中学1年）
■現住所：千葉県市川市八幡3-22-14
■連絡先：090-2217-6630
■ご希望
　・通勤：三光ケミカル 川崎研究所まで1時間以内
　・長女の通学のため、市川方面からも通える場所
　・3LDK以上、家賃上限 25万円（会社規定）

ご本人との直接のやりとりは、9月以降にお願いできれば幸いです。
{SIG_TSUCHIYA}""",
        loc="body",
        personal=[("name", "河合 俊介"), ("family", "河合 真弓"), ("family", "河合 詩織"),
                  ("family", "河合 蒼"), ("address", "千葉県市川市八幡3-22-14"),
                  ("phone", "090-2217-6630")]))

    # 20 pass vendor registration numbers (EN)
    out.append(mail(ORG, "mariko", "pass", "benign.registration_numbers",
        "A vendor registration form with the corporate number, the recruitment-business licence and a corporate bank account.",
        MARIKO, ["Vendor Management <vendor@bluecrest-medtech.example.com>"],
        "Vendor registration - Brightleaf Partners K.K.",
        f"""
Dear Vendor Management team,

Thank you for sending the vendor registration form. Please find our details below.

  Legal name: Brightleaf Partners K.K. (株式会社ブライトリーフ・パートナーズ)
  Corporate number (法人番号): 9010001183374
  Qualified invoice issuer no.: T9010001183374
  Fee-charging employment placement business licence: 13-ユ-318806 (Minister of Health, Labour and Welfare)
  Registered address: Marunouchi Trust Tower N 18F, 1-8-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005
  Representative Director: Mariko Katsuragi
  Bank: Marunouchi Global Bank, Head Office Branch, Current 1056832 (SWIFT MGBKJPJT)

Our signed NDA and certificate of registered matters will follow by courier.
{SIG_MARIKO}"""))

    return out
