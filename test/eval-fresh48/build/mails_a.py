# Org A: Kestrel Systems Japan K.K. - HR & payroll team (25 mails)
from common import *

MAILS = [
M(expect="hold", kind="id.mynumber", where="body",
  why="A new hire's My Number and dependants are typed into the body of a mail to the outsourced payroll vendor.",
  **{"from": A_TAMURA}, to=["大野 健 <t.ohno@paybridge-os.example.jp>"],
  subject="4月入社者の給与マスタ登録依頼（新井様）",
  text=f"""ペイブリッジ・アウトソーシング
大野様

いつもお世話になっております。キャストレル・システムズ・ジャパンの田村です。
4月1日入社の社員1名について、給与マスタへの登録をお願いいたします。

・社員番号：KSJ-20418
・氏名：新井 健司（アライ ケンジ）
・生年月日：1991年7月14日
・個人番号：852884836227
・扶養：配偶者（新井 優花）あり、16歳未満1名
・住民税：特別徴収（川崎市中原区）

ポータルのアップロード機能が本日メンテナンス中とのことでしたので、取り急ぎメールでお送りしております。
登録が済みましたらご一報ください。

{SIG_TAMURA}""",
  personal=[{"type":"mynumber","value":"852884836227"},{"type":"name","value":"新井 健司"}]),

M(expect="pass", kind="benign.aggregate_hr_metrics", where="none",
  why="Monthly HR dashboard to regional HQ carries only aggregates (disability employment ratio, sick-leave days, stress-check rate).",
  **{"from": A_EMILY}, to=["Priya Raman <priya.raman@kestrelsys.example.com>"], cc=["Daniel Koh <daniel.koh@kestrelsys.example.com>"],
  subject="Japan HR dashboard - March close",
  text=f"""Hi Priya,

Please find the March numbers for Japan below. All figures are as of 31 March.

  Headcount (regular)            214  (+3 MoM)
  Contractors                     27
  Voluntary attrition (TTM)     8.9%
  Disability employment ratio   2.34%  (statutory 2.5% from July 2026 - plan attached last month)
  Sick-leave days, total         61   (all teams, no single team above 15)
  Stress-check participation    91%   (high-stress share 9%, below APAC average)
  Paid-leave usage              68%

The 健康経営 (Health & Productivity) certification application goes in on 20 May; I will share the
draft once Legal has reviewed it. Nothing on the risk register has changed since February.

Best,
Emily

{SIG_EMILY}"""),

M(expect="hold", kind="sensitive.health", where="quoted",
  why="The forwarded occupational-physician note below names an employee's adjustment-disorder diagnosis; the top note only talks about headcount.",
  **{"from": A_EMILY}, to=["Priya Raman <priya.raman@kestrelsys.example.com>"],
  subject="FW: 復職判定について / return-to-work timing",
  text=f"""Priya,

Forwarding the thread below for your headcount planning for Q3 - short version: we should not count
on this backfill being released before August. Happy to discuss on Thursday's call.

Emily

-----Original Message-----
From: 川口 涼子 <r.kawaguchi@sangyo-clinic.example.jp>
Sent: Monday, April 14, 2025 6:12 PM
To: Emily Hart <emily.hart@kestrelsys.example.jp>
Subject: 復職判定について

Emily Hart 様

産業医の川口です。本日、プラットフォーム開発部の 大原 拓真 さんと面談しました。
主治医の診断書どおり「適応障害」で、睡眠の改善は見られるものの、現時点では
フルタイムでの復職は時期尚早と判断します。6月末に再面談し、7月から短時間勤務
（1日4時間）での試し出社を検討するのが妥当と考えます。

川口 涼子
産業医／川口産業保健クリニック

{SIG_EMILY}""",
  personal=[{"type":"name","value":"大原 拓真"},{"type":"diagnosis","value":"適応障害"}]),

M(expect="pass", kind="benign.offer_to_subject", where="none",
  why="An offer holder receives her own start date, salary and onboarding invitation at her own private address.",
  **{"from": A_SAEKI}, to=["Haruka Ueda <haruka.ueda1996@gmail.com>"],
  subject="Welcome to Kestrel - your onboarding on 2 June",
  text=f"""Dear Haruka,

Congratulations again on accepting our offer - the whole Cloud Runtime team is looking forward to working with you.

Here is a summary for your own records:

- Position: Software Engineer II, Cloud Runtime
- Start date: Monday, 2 June 2025, 9:30 at our Shiodome office, 18F reception
- Annual base salary: JPY 8,400,000 (paid monthly on the 25th)
- Probation: 3 months

Please bring your pension handbook (年金手帳) or a note of your basic pension number, and your bank
book for salary payment - you will enter these yourself in the HR portal on day one, so please
do not send them by e-mail.

If anything changes on your side, just reply here or call me on my mobile.

Kind regards,
Sho

{SIG_SAEKI}"""),

M(expect="hold", kind="sensitive.health", where="subject",
  why="The subject line names an employee and says he is on leave for depression; the body is only scheduling.",
  **{"from": A_SAEKI}, to=["川口 涼子 <r.kawaguchi@sangyo-clinic.example.jp>"],
  subject="Re: 面談日程 ― 中川 大輔さん（うつ病休職中）の復職前面談",
  text=f"""川口先生

お世話になっております。佐伯です。
ご提示いただいた候補のうち、5月22日（木）15:00〜 でお願いできますでしょうか。
場所は前回と同じ18階の小会議室「Tsukiji」を押さえております。

本人には私から日時のみ連絡いたします。
どうぞよろしくお願いいたします。

{SIG_SAEKI}""",
  personal=[{"type":"name","value":"中川 大輔"},{"type":"diagnosis","value":"うつ病休職中"}]),

M(expect="pass", kind="benign.corporate_bank", where="none",
  why="Payment confirmation to the payroll vendor quotes the vendor's own corporate account and invoice number.",
  **{"from": A_TAMURA}, to=["ペイブリッジ 経理部 <billing@paybridge-os.example.jp>"], cc=["大野 健 <t.ohno@paybridge-os.example.jp>"],
  subject="請求書 PB-2025-0331-118 お支払い完了のご連絡",
  text=f"""ペイブリッジ・アウトソーシング株式会社
経理部 御中

3月分給与計算業務委託料（請求書番号 PB-2025-0331-118、金額 1,287,000円 税込）につきまして、
本日、下記口座へお振込みいたしました。

　振込先：みずほ銀行 浜松町支店（支店番号 045）
　普通預金 2206418
　口座名義：ペイブリッジ・アウトソーシング（カ

なお、4月分より請求書のPDF送付先を ap-japan@kestrelsys.example.jp に変更いただけますと幸いです。

{SIG_TAMURA}"""),

M(expect="hold", kind="attachment.encrypted_zip", where="zip",
  why="Password-protected zip (PPAP) sent to the labour and social security consultant.",
  **{"from": A_TAMURA}, to=["青山 博 <aoyama@aoyama-sr.example.jp>"],
  subject="算定基礎届 資料送付の件",
  text=f"""青山社会保険労務士事務所
青山先生

いつもお世話になっております。田村です。
今年の算定基礎届の作成資料（4〜6月の報酬月額一覧）をお送りします。
パスワードは別メールにてお知らせいたします。

ご確認のほど、よろしくお願いいたします。

{SIG_TAMURA}""",
  attachments=[{"filename":"santei_2025_KSJ.zip","contentType":"application/zip","encrypted":True}]),

M(expect="pass", kind="benign.employment_verification", where="none",
  why="Employment verification with the employee's written consent gives only dates of employment and job title to the bank.",
  **{"from": A_EMILY}, to=["住宅ローンセンター 審査担当 <loan-center@tokai-shinkin.example.jp>"],
  subject="在籍確認のご回答（ご本人同意書受領済み）",
  text=f"""東海信用金庫 住宅ローンセンター
ご担当者様

お問い合わせいただいた在籍確認につき、ご本人から書面での同意をいただいておりますので、
下記のとおりご回答いたします。

　氏名：石田 航 様
　入社日：2019年10月1日
　現在の職位：Senior Solutions Architect（正社員）
　在籍状況：在籍中

年収その他の情報は、ご本人から源泉徴収票等を直接ご提出いただくようお願いいたします。

Kestrel Systems Japan K.K.
人事部 Emily Hart
{SIG_EMILY}"""),

M(expect="hold", kind="recipients.visible", where="recipients",
  why="Hiring-priorities briefing sent with 12 recruitment agencies from different firms visible in To.",
  **{"from": A_EMILY},
  to=["consultant@tokyo-tech-talent.example.jp","k.yamane@brightpath-agent.example.jp","jp-tech@hunterline.example.com",
      "a.sato@career-bridge.example.jp","recruit@nextgate-partners.example.jp","m.ikeda@itsearch-japan.example.jp",
      "hello@kaizen-recruit.example.jp","s.watanabe@globalhire-asia.example.com","tech@sakurasearch.example.jp",
      "y.endo@pioneer-career.example.jp","japan@stackhunt.example.com","r.kondo@engineers-link.example.jp"],
  subject="Kestrel Japan - H2 2025 hiring priorities & agency briefing (6 June)",
  text=f"""Dear agency partners,

Thank you for your support in the first half. For H2 we are opening 14 roles in Tokyo:

  * Cloud Runtime: Senior SWE x3, SRE x2
  * Data Platform: Staff Engineer x1, Data Engineer x3
  * Customer Success (bilingual): x3
  * HR Japan: HRBP x1, Payroll Analyst x1

We will hold an online briefing on Friday 6 June, 10:00-11:00 JST. The Teams link will follow.
Fee terms remain as per the 2025 master agreement.

Best regards,
Emily

{SIG_EMILY}"""),

M(expect="hold", kind="id.passport", where="body",
  why="A foreign engineer's passport and residence card numbers are written into the body for the immigration lawyer.",
  **{"from": A_SAEKI}, to=["藤井 啓子 <k.fujii@mil-law.example.jp>"],
  subject="Visa renewal - Mr. Arjun Mehta (Engineer/Specialist in Humanities)",
  text=f"""Dear Ms. Fujii,

Thank you for taking on Arjun's renewal. His current status expires on 30 June, so we would like
to file by the end of May. Details as requested:

  Name (as in passport): MEHTA ARJUN VIKRAM
  Date of birth: 1989-11-03
  Passport No.: Z4471092 (India, valid to 2031-02-17)
  Residence card No.: AB38271946EF
  Address: 2-14-6-302 Kamimeguro, Meguro-ku, Tokyo

His certificate of employment and the last two withholding slips will follow from Keiko Tamura
in payroll. Please let me know if you need the company registration documents again.

Best regards,
Sho

{SIG_SAEKI}""",
  personal=[{"type":"passport","value":"Z4471092"},{"type":"residence_card","value":"AB38271946EF"},{"type":"name","value":"MEHTA ARJUN VIKRAM"}]),

M(expect="pass", kind="benign.it_outage", where="none",
  why="'障害' means an outage of the payroll system; the report lists ticket numbers and log hashes only.",
  **{"from": A_TAMURA}, to=["Daniel Koh <daniel.koh@kestrelsys.example.com>"], cc=["大野 健 <t.ohno@paybridge-os.example.jp>"],
  subject="[Incident] PayBridge portal 障害 on 18 Apr - summary",
  text=f"""Hi Daniel,

Quick summary of yesterday's portal incident (給与システム障害) for your APAC report:

- Ticket: INC-2025-04417 (PayBridge), our ref KSJ-HR-0912
- Impact: 09:40-13:15 JST, timesheet upload failed for all Japan users
- Cause: expired TLS certificate on the vendor's SFTP relay
- Data impact: none. File integrity checked; SHA-256 of the re-sent batch
  7f3c9a01e4b2d6c85a0f19e37b4d2c60a8e15f93c7b2d4e6a1f0c9b8d7e6f5a4 matches the original.
- Payroll cut-off unaffected (25 April payment on schedule)

Ohno-san will send the formal RCA by 25 April.

Thanks,
Keiko

{SIG_TAMURA}"""),

M(expect="hold", kind="personal.resume", where="body",
  why="A candidate's full profile (home address, phone, birth date, education, prior salary) is pasted into a mail to a background-check vendor.",
  **{"from": A_SAEKI}, to=["VeriCheck Asia - Japan Desk <japan@vericheck-asia.example.com>"],
  subject="Background screening request - Staff Data Engineer candidate",
  text=f"""Hello VeriCheck team,

Please start the standard Tier-2 screening for the candidate below (consent form signed 12 May).

  Full name: 小池 紗英 (Sae Koike)
  DOB: 1986-02-27
  Home: 〒260-0013 千葉県千葉市中央区中央3-11-8 ライオンズ中央604
  Mobile: 090-3517-8842
  Private e-mail: sae.koike86@yahoo.co.jp
  Education: 東北大学大学院 情報科学研究科 修了 (2011)
  Employment: 株式会社ミナトデータ (2011-2018), Lumiq Japan (2018-present)
  Current salary (self-declared): JPY 11.2M

Target completion: 30 May.

Thanks,
Sho

{SIG_SAEKI}""",
  personal=[{"type":"name","value":"小池 紗英"},{"type":"address","value":"千葉県千葉市中央区中央3-11-8 ライオンズ中央604"},{"type":"phone","value":"090-3517-8842"},{"type":"birthdate","value":"1986-02-27"}]),

M(expect="pass", kind="benign.successor_intro", where="none",
  why="Successor introduction to vendors with names, titles and heavy signatures only.",
  **{"from": A_EMILY}, to=["大野 健 <t.ohno@paybridge-os.example.jp>","青山 博 <aoyama@aoyama-sr.example.jp>","川口 涼子 <r.kawaguchi@sangyo-clinic.example.jp>"],
  cc=[A_SAEKI],
  subject="担当交代のご挨拶 / Change of HR contact from July",
  text=f"""大野様、青山先生、川口先生

いつも大変お世話になっております。Emily Hartです。
私事で恐縮ですが、7月1日付でシンガポールのAPAC本部へ異動することになりました。
7月以降、日本の人事窓口は HR Business Partner の佐伯 翔 が引き継ぎます（本メールCCに入っております）。

佐伯は2021年入社で、これまでエンジニア部門の採用・労務を担当してまいりました。
6月中に一度、佐伯と二人でご挨拶に伺えればと存じます。

在任中のご支援に心より御礼申し上げます。

Emily Hart / エミリー・ハート

{SIG_EMILY}"""),

M(expect="hold", kind="list.payroll", where="attachment",
  why="The attached payroll input sheet lists employees' names with their private bank accounts; the body only says the file is attached.",
  **{"from": A_TAMURA}, to=["大野 健 <t.ohno@paybridge-os.example.jp>"],
  subject="5月度 給与変動データ送付",
  text=f"""大野様

お世話になっております。田村です。
5月度の変動データを添付にてお送りします。締切前ぎりぎりとなり申し訳ございません。
不明点があれば明日午前中にご連絡ください。

{SIG_TAMURA}""",
  attachments=[{"filename":"KSJ_payroll_input_2025-05.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
   "text":"""[変動・口座変更]
社員番号	氏名	区分	金額	振込銀行	支店	種別	口座番号
KSJ-20133	早川 美緒	残業(22.5h)	68,420	三菱UFJ銀行	武蔵小杉支店	普通	3381027
KSJ-20207	ロペス ダニエル	口座変更	-	楽天銀行	第一営業支店	普通	7710452
KSJ-20311	杉本 亮介	通勤手当変更	14,860	ゆうちょ銀行	〇一八店	普通	2294417
KSJ-20418	新井 健司	新規	-	住信SBIネット銀行	法人第一支店	普通	5002186"""}],
  personal=[{"type":"name","value":"早川 美緒"},{"type":"bank_account","value":"3381027"},{"type":"bank_account","value":"7710452"},{"type":"bank_account","value":"2294417"}]),

M(expect="pass", kind="benign.project_thread", where="none",
  why="HRIS migration project mail with 6 visible addresses from two companies (Kestrel and the implementer).",
  **{"from": A_SAEKI},
  to=["Yuto Shimizu <y.shimizu@lumen-consulting.example.jp>","Rachel Ng <r.ng@lumen-consulting.example.jp>","Kenta Mori <k.mori@lumen-consulting.example.jp>"],
  cc=[A_EMILY, A_TAMURA, "Wei Lin Tan <weilin.tan@kestrelsys.example.jp>"],
  subject="Re: HRIS migration - sprint 4 review & data-mapping sign-off",
  text=f"""Hi Yuto, Rachel, Kenta,

Thanks for the demo today. Decisions from our side:

1. Field mapping v0.9: approved, except "commute_route" - please keep it free text.
2. Test load (dummy data set DS-07, 250 synthetic employees) on 28 May is fine.
3. Cut-over rehearsal moves to 16 June; Keiko will confirm the payroll freeze window.
4. Open item JIRA HRIS-311 (leave balance rounding) stays with Kenta.

Next review: Wednesday 4 June, 14:00 JST, Teams.

Best,
Sho

> On 21 May 2025, Yuto Shimizu wrote:
> Please find the sprint 4 demo recording and the mapping sheet on the shared SharePoint.
> Regards, Yuto Shimizu / Lumen Consulting

{SIG_SAEKI}"""),

M(expect="hold", kind="id.mynumber", where="attachment",
  why="The attached dependant-deduction form carries the employee's and family members' My Numbers; the body gives no hint.",
  **{"from": A_TAMURA}, to=["大野 健 <t.ohno@paybridge-os.example.jp>"],
  subject="扶養控除等申告書（中途入社者分）",
  text=f"""大野様

中途入社者1名分の申告書をお送りします。
原本は社内で保管いたします。

{SIG_TAMURA}""",
  attachments=[{"filename":"fuyou_shinkoku_KSJ-20422.pdf","contentType":"application/pdf",
   "text":"""令和7年分 給与所得者の扶養控除等（異動）申告書
給与の支払者の名称　Kestrel Systems Japan K.K.
あなたの氏名　松井 貴之　　個人番号　173388827302
生年月日　昭和63年3月9日　住所　東京都江東区豊洲5-2-18-1104
源泉控除対象配偶者　松井 友美　個人番号 161272208453　所得の見積額 0円
控除対象扶養親族　（16歳未満）松井 蒼　続柄 長男"""}],
  personal=[{"type":"mynumber","value":"173388827302"},{"type":"mynumber","value":"161272208453"},{"type":"name","value":"松井 貴之"}]),

M(expect="pass", kind="benign.process_schedule", where="none",
  why="Year-end adjustment timeline mentions My Number collection as a process, with no numbers and no named person.",
  **{"from": A_TAMURA}, to=["大野 健 <t.ohno@paybridge-os.example.jp>"], cc=["青山 博 <aoyama@aoyama-sr.example.jp>"],
  subject="2025年 年末調整スケジュール（案）",
  text=f"""大野様
（CC：青山先生）

今年の年末調整スケジュール案を共有します。

| 時期 | 内容 | 担当 |
|---|---|---|
| 10/20 | 社員向け案内（英日） | KSJ人事 |
| 10/27〜11/14 | 申告書Web入力・マイナンバー未登録者の回収（ポータル経由） | 社員／PB |
| 11/21 | 不備リスト返送 | PB |
| 12/10 | 12月給与で精算 | PB |
| 1/31 | 源泉徴収票・法定調書提出 | PB／青山事務所 |

昨年は外国籍社員の英語問い合わせが集中したため、今年は11/5にQ&Aセッションを予定しています。
マイナンバーはポータル以外（メール・紙）では受け付けない方針を改めて周知します。

{SIG_TAMURA}"""),

M(expect="hold", kind="sensitive.health", where="body",
  why="Group income-protection claim gives a named employee's cancer diagnosis and treatment to the insurer.",
  **{"from": A_EMILY}, to=["Claims Team <gip-claims@meridian-life.example.jp>"],
  subject="GIP claim - policy GIP-KSJ-0042 / employee notification",
  text=f"""Dear Claims Team,

I am notifying a new claim under our group income protection policy GIP-KSJ-0042.

  Employee: Takahiro Nishio (西尾 孝弘), Employee ID KSJ-19876
  Absence from: 3 March 2025
  Reason: diagnosed with stage II colorectal cancer (大腸がん), surgery on 12 March at
          Toranomon-area hospital, currently on adjuvant chemotherapy until September
  Monthly salary: JPY 742,000

The claim form signed by Mr. Nishio and the attending physician's statement will be sent by post.
Please confirm the waiting period and the documents you need from the employer.

Kind regards,
Emily Hart

{SIG_EMILY}""",
  personal=[{"type":"name","value":"Takahiro Nishio"},{"type":"diagnosis","value":"stage II colorectal cancer"}]),

M(expect="pass", kind="benign.interview_scheduling", where="none",
  why="Interview slots for a candidate the agency itself introduced; name and times only.",
  **{"from": A_SAEKI}, to=["山根 和也 <k.yamane@brightpath-agent.example.jp>"],
  subject="Re: 坂本 遼 様 二次面接日程のご連絡",
  text=f"""ブライトパス・エージェント
山根様

お世話になっております。佐伯です。
坂本様の二次面接につき、以下いずれかでご調整いただけますでしょうか。

　① 6/3（火）16:00〜17:00
　② 6/5（木）10:00〜11:00
　③ 6/6（金）13:30〜14:30

面接官はEngineering DirectorのMarcus Boyd（英語）と、チームリードの北川です。
オンライン（Teams）、所要60分、うち20分はシステムデザインの演習です。

> 山根 wrote:
> 一次面接の結果ご連絡ありがとうございます。坂本様も大変前向きです。

{SIG_SAEKI}"""),

M(expect="hold", kind="id.pension", where="body",
  why="The new hire's basic pension number and employment-insurance number are given in the body to the labour consultant.",
  **{"from": A_TAMURA}, to=["青山 博 <aoyama@aoyama-sr.example.jp>"],
  subject="資格取得届の作成依頼（6/2入社 上田様）",
  text=f"""青山先生

6月2日入社予定の社員について、社会保険・雇用保険の資格取得届の作成をお願いいたします。

・氏名：上田 遥（ウエダ ハルカ）
・生年月日：1996年9月30日
・基礎年金番号：4127-603859
・雇用保険被保険者番号：5012-384716-2
・標準報酬月額（見込）：71万円
・前職の離職日：2025年5月31日

ご本人から年金手帳の写しを受領しておりますので、必要であれば郵送いたします。

{SIG_TAMURA}""",
  personal=[{"type":"pension","value":"4127-603859"},{"type":"employment_insurance","value":"5012-384716-2"},{"type":"name","value":"上田 遥"}]),

M(expect="pass", kind="benign.condolence", where="none",
  why="Condolence note to a vendor contact about their late colleague; no sensitive data about a client person.",
  **{"from": A_EMILY}, to=["大野 健 <t.ohno@paybridge-os.example.jp>"],
  subject="お悔やみ申し上げます",
  text=f"""大野様

本日、御社の前任ご担当であった 村瀬 様のご逝去を伺い、大変驚いております。
弊社の給与アウトソーシング導入時には、村瀬様に何度も遅くまでご対応いただきました。
謹んでお悔やみ申し上げますとともに、心よりご冥福をお祈りいたします。

ご葬儀の日程などご迷惑でなければお知らせいただけますと幸いです。
弊社として弔電をお送りしたく存じます。

Emily Hart

{SIG_EMILY}"""),

M(expect="hold", kind="sensitive.criminal", where="body",
  why="A named candidate's disclosed prior conviction is described to outside counsel.",
  **{"from": A_EMILY}, to=["Kenji Watari <k.watari@shiodome-law.example.jp>"],
  subject="Advice needed - offer to candidate with prior conviction",
  text=f"""Dear Watari-sensei,

We would appreciate your advice on the following before we finalise an offer.

Our candidate for Senior Account Executive, Mr. Yusuke Hamada (浜田 祐介), disclosed during the
final interview that he was convicted in 2019 of drunk driving causing injury
(過失運転致傷, suspended sentence of 2 years, now expired). The role includes a company car.

Questions:
 1. May we ask for documentary evidence of the sentence having expired?
 2. Can we lawfully withdraw the company-car element only?

Could we have a 30-minute call this week?

Best regards,
Emily Hart

{SIG_EMILY}""",
  personal=[{"type":"name","value":"Yusuke Hamada"},{"type":"criminal","value":"過失運転致傷"}]),

M(expect="pass", kind="benign.plain_zip", where="none",
  why="A plain (unencrypted) zip of blank enrolment templates goes to the benefits vendor.",
  **{"from": A_TAMURA}, to=["Benefit One Desk <kigyou@fukuri-plus.example.jp>"],
  subject="2025年度 福利厚生加入フォーム（ブランク）送付",
  text=f"""フクリプラス株式会社
法人窓口 ご担当者様

来年度の福利厚生サービス加入手続き用に、弊社版に修正したブランクフォーム一式をzipでお送りします。
（英語版・日本語版、いずれも記入前の様式です）

内容：
- enrollment_form_EN.docx
- enrollment_form_JP.docx
- FAQ_2025.pdf

{SIG_TAMURA}""",
  attachments=[{"filename":"benefit_forms_blank_2025.zip","contentType":"application/zip",
   "text":"enrollment_form_EN.docx\nenrollment_form_JP.docx\nFAQ_2025.pdf"}]),

M(expect="pass", kind="benign.vaccination_schedule", where="none",
  why="On-site flu-vaccination schedule with head counts only, no named participants.",
  **{"from": A_EMILY}, to=["Priya Raman <priya.raman@kestrelsys.example.com>"], cc=["川口 涼子 <r.kawaguchi@sangyo-clinic.example.jp>"],
  subject="Tokyo office flu vaccination 2025 - schedule",
  text=f"""Hi Priya,

For your APAC wellbeing tracker - the Tokyo on-site flu vaccination is booked with Kawaguchi Clinic:

  Day 1: Tue 21 Oct, 10:00-16:00 - 58 sign-ups
  Day 2: Thu 23 Oct, 10:00-16:00 - 44 sign-ups
  Family members (external clinic voucher): 31 vouchers requested

Cost is JPY 3,300 per shot, fully covered under the wellbeing budget. Sign-up closes 10 Oct.
Dr. Kawaguchi (cc) will bring two nurses; no individual records leave the clinic.

Emily

{SIG_EMILY}"""),

M(expect="pass", kind="benign.vendor_contract", where="none",
  why="Stress-check vendor contract renewal with quote numbers and aggregate scope; no individual data.",
  **{"from": A_SAEKI}, to=["営業部 杉浦 <sugiura@mindcheck.example.jp>"],
  subject="ストレスチェック業務委託 更新見積の件（見積No. MC-25-0719）",
  text=f"""マインドチェック株式会社
杉浦様

お世話になっております。佐伯です。
見積No. MC-25-0719（対象 約240名、Web受検＋集団分析レポート、高ストレス者面談の調整代行）
の内容で社内承認が下りました。注文書（PO-KSJ-2025-0088）は経理から別途お送りします。

1点だけ、集団分析の最小単位を10名以上とする条件を契約書に明記いただけますでしょうか。
個人結果は従来どおり御社と産業医のみが保持し、当社人事には提供されない運用で問題ありません。

{SIG_SAEKI}"""),
]
