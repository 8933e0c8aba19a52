from common import *

MAILS = []
def add(**k): MAILS.append(k)

# NH1 passport + family for COE
add(key="NH1", expect="hold", kind="id.passport",
why="新入社員本人と家族のパスポート番号・生年月日・住所・私用連絡先を社外のリロケーション業者へ送っている。",
frm=PRIYA, to=["Kenji Hara <k.hara@globalmove-relo.com>"], cc=[DANIEL],
subject="Relocation case initiation – new joiner from Bangalore (start 1 Oct)",
text="""Hi Hara-san,

Hope you are doing well. As discussed on call last week, we want to initiate relocation + COE application for our new joiner in Platform Engineering. Hiring manager is Tomoko Ishii, I will loop her in once case is opened on your side.

Employee name: Arjun Mehta
Date of birth: 14 March 1991
Nationality: Indian
Passport no.: Z4918273 (issued Bengaluru, expiry 22 Jan 2032)
Current address: #402, 3rd Cross, HSR Layout Sector 2, Bengaluru 560102
Mobile: +91 98450 63127
Personal email: arjun.mehta91@gmail.com

Accompanying family:
- Spouse: Kavya Mehta, DOB 02 Aug 1993, passport no. W2207615
- Daughter: Anika Mehta, DOB 19 Nov 2020, passport no. Y0835512

Planned start date is 1 Oct, so we kindly need COE filing latest by mid-June. Title is Senior Site Reliability Engineer, annual base JPY 11,400,000 — signed offer I will upload through your portal separately.

Could you please confirm which documents you need additionally from his side (degree certificate, experience letters etc.)? He is little anxious about school for the daughter also, so if your team can share international preschool options near Shinagawa it will be very helpful.

Thanks a lot!
""" + SIG_PRIYA,
personal=[P("name","Arjun Mehta"),P("birthdate","14 March 1991"),P("passport","Z4918273"),
P("address","#402, 3rd Cross, HSR Layout Sector 2, Bengaluru 560102"),P("phone","+91 98450 63127"),
P("email","arjun.mehta91@gmail.com"),P("name","Kavya Mehta"),P("passport","W2207615"),
P("name","Anika Mehta"),P("passport","Y0835512"),P("pay","JPY 11,400,000")])

# NH2 HRIS auto bank account
add(key="NH2", expect="hold", kind="id.bank_account",
why="HRISの自動通知が社員個人の給与振込口座（銀行・支店・口座番号・名義）を社外の給与計算代行会社へ送っている。",
frm=HRIS, to=["Sakura Payroll Service Norvance team <norvance-team@sakura-ps.co.jp>"],
subject="[People Hub] Change event: Payment Election updated (Worker 100482) – effective 2024-07-25",
text="""This is an automated notification from Norvance People Hub. Please do not reply to this message.

Event type      : Payment Election Change
Initiated by    : Employee self-service
Approved by     : HR Operations (m.saeki)
Effective date  : 2024-07-25 (July payroll)
Integration     : PAYJP-07 (outbound to payroll provider)

Payload:
{
  "worker_id": "100482",
  "legal_name": "KOBAYASHI, Ryota",
  "legal_name_local": "小林 亮太",
  "cost_center": "JP-ENG-310",
  "payment_elections": [
    {
      "order": 1,
      "bank_name": "みずほ銀行",
      "bank_code": "0001",
      "branch_name": "大森支店",
      "branch_code": "259",
      "account_type": "普通",
      "account_number": "3184726",
      "account_holder_kana": "コバヤシ リョウタ",
      "distribution": "BALANCE"
    }
  ],
  "previous_account_last4": "0915"
}

If this change was not expected, contact HR Operations at hr-ops@norvance.co.jp.

--
Norvance People Hub | Automated message | Ref EVT-2024-0718-55213""",
personal=[P("name","小林 亮太"),P("account","3184726")])

# NH3 attachment-only medical
add(key="NH3", expect="hold", kind="sensitive.medical",
why="本文は事務連絡だが、添付PDFに社員の氏名・生年月日・傷病名（双極性障害）・服薬内容が記載され社外へ出る。",
frm=SAEKI, to=["松永 聡 <matsunaga@matsunaga-sr.jp>"], cc=[PRIYA],
subject="傷病手当金支給申請書（事業主記入欄）の送付について",
text="""松永先生

いつも大変お世話になっております。ノーヴァンスの佐伯です。

先日お電話でご相談した件、傷病手当金の申請書一式をお送りいたします。
事業主記入欄（勤務状況・賃金支払状況）は当方で記入済みです。
療養担当者記入欄は本人から受け取った写しをPDFにまとめております。

健保組合への提出は、いつもどおり先生の事務所経由でお願いできれば幸いです。
不備などございましたらご指摘ください。

よろしくお願いいたします。
""" + SIG_SAEKI,
attachments=[{"filename":"傷病手当金申請書_202406.pdf","contentType":PDF,"text":"""健康保険 傷病手当金 支給申請書（第1回）
被保険者氏名 森川 恵美　生年月日 昭和63年5月21日
被保険者証 記号 3101 番号 482
申請期間 令和6年5月7日 ～ 令和6年6月6日（31日間）
【療養担当者記入用】
傷病名 (1) 双極性障害（躁うつ病）　初診日 令和6年4月26日
療養のため労務不能と認めた期間 令和6年5月7日～令和6年6月6日
主たる症状及び経過 抑うつ気分、不眠、意欲低下。炭酸リチウム600mg/日 内服中。
医療機関 医療法人さくら会 品川駅前メンタルクリニック　担当医師 浅野 正
【事業主記入用】
勤務状況 5月 出勤0日 / 6月 出勤0日
賃金 基本給 月額 385,000円　通勤手当 12,480円　期間中の支給 なし
事業所名称 ノーヴァンス・システムズ・ジャパン合同会社　事業主氏名 代表社員 職務執行者 M. Albrecht"""}],
personal=[P("name","森川 恵美"),P("birthdate","昭和63年5月21日"),P("insurance","記号 3101 番号 482"),
P("health","双極性障害（躁うつ病）"),P("health","炭酸リチウム600mg/日"),P("pay","385,000円")])

# NH4 candidate roster TSV to assessment vendor
add(key="NH4", expect="hold", kind="roster.candidates",
why="候補者6名の氏名・私用メール・携帯・現年収の一覧を社外のアセスメント会社に貼り付けている。",
frm=DANIEL, to=["Yuka Morimoto <y.morimoto@kestrel-assess.jp>"],
subject="Assessment day 12 Jul – candidate list for your assessors",
text="""Hi Morimoto-san,

Thanks for confirming the slots for the 12th. Below is the list pulled from our ATS — please pass it to your assessors so they can send the Zoom links and the pre-read directly to the candidates. Current base is there because your team asked for it for the compensation section of the report.

Candidate	Email	Mobile	Current employer	Current base (JPY)	Slot
Haruto Nishida	h.nishida.work@gmail.com	090-3381-7742	Fintelligent KK	9,200,000	10:00
Aiko Fujimura	aiko.fujimura@outlook.jp	080-6624-1907	Sunbeam Logistics	7,850,000	11:00
Ravi Shankar Iyer	ravi.iyer.jp@gmail.com	070-2218-4453	Orbitex Japan	10,500,000	13:00
Yuna Kato	katoyuna.0315@icloud.com	090-7710-2286	Kitanomori Bank	8,400,000	14:00
Marco Bellini	m.bellini@proton.me	080-3055-9187	(freelance)	n/a	15:00
Shiori Takeda	shiori.t.1992@yahoo.co.jp	090-4492-6630	Nexus Retail Tech	8,900,000	16:00

Let me know if any slot needs to move, I'll update the candidates' calendars.
""" + SIG_DANIEL,
personal=[P("name","Haruto Nishida"),P("email","h.nishida.work@gmail.com"),P("phone","090-3381-7742"),
P("name","Aiko Fujimura"),P("phone","080-6624-1907"),P("name","Ravi Shankar Iyer"),P("email","ravi.iyer.jp@gmail.com"),
P("name","Yuna Kato"),P("phone","090-7710-2286"),P("name","Shiori Takeda"),P("email","shiori.t.1992@yahoo.co.jp"),P("pay","9,200,000")])

# NH5 my number in xlsx
add(key="NH5", expect="hold", kind="id.my_number",
why="添付Excelに社員本人・配偶者・子のマイナンバーと住所が入っており社労士事務所へメール送付している。",
frm=SAEKI, to=["宮内 遥 <miyauchi@matsunaga-sr.jp>"],
subject="年末調整の件（追加分）",
text="""宮内様

お世話になっております。ノーヴァンスの佐伯です。

年末調整で漏れておりました12月中途入社者1名分につき、扶養控除等申告書の内容をExcelにまとめてお送りします。
個人番号は別ルートでと思っておりましたが、御事務所のシステム登録に必要とのことでしたので、シートに記載しております。

源泉徴収票の再作成が必要になるかと存じますが、スケジュール感を教えていただけますと助かります。
""" + SIG_SAEKI,
attachments=[{"filename":"扶養控除申告_追加_2023.xlsx","contentType":XLSX,"text":"""社員番号	氏名	フリガナ	生年月日	個人番号	続柄	同居	住所
100517	長谷川 拓也	ハセガワ タクヤ	1989/09/03	952494252555	本人		東京都大田区南馬込4-18-6 ハイツ馬込203
	長谷川 美穂	ハセガワ ミホ	1990/12/11	753769729885	配偶者	○	同上
	長谷川 陽向	ハセガワ ヒナタ	2019/06/30	289831436280	子	○	同上
備考：配偶者の給与収入 年間 1,020,000円（見込）"""}],
personal=[P("name","長谷川 拓也"),P("birthdate","1989/09/03"),P("mynumber","952494252555"),P("address","東京都大田区南馬込4-18-6 ハイツ馬込203"),
P("name","長谷川 美穂"),P("mynumber","753769729885"),P("name","長谷川 陽向"),P("mynumber","289831436280")])

# NH6 FYI forward with quoted health check
add(key="NH6", expect="hold", kind="sensitive.medical",
why="本文は「FYI」だけだが、引用された社内メールに社員の実名と健診結果（HbA1c・糖尿病の疑い）があり、社外の保険ブローカーへ転送している。",
frm=PRIYA, to=["Sophie Tan <sophie.tan@meridian-benefits.com>"],
subject="FW: Health check follow-up – 2nd exam coverage",
text="""FYI

Priya Raman | HRBP Japan | Norvance Systems Japan G.K.

-----Original Message-----
From: 佐伯 真理子 <m.saeki@norvance.co.jp>
Sent: Tuesday, June 18, 2024 4:12 PM
To: Priya Raman <priya.raman@norvance.co.jp>
Subject: Health check follow-up – 2nd exam coverage

Priya-san

定期健診の結果、Sales の太田 慎吾さん（社員番号 100233）が要精密検査になっています。
- HbA1c 8.1%、空腹時血糖 162 mg/dL →「糖尿病の疑い」で要受診
- 本人は7月に二次検査予定、産業医面談も設定済み

二次検査の費用補助が団体保険でカバーされるか、ブローカーさんに確認していただけますか？
先方には本人の名前は出さなくて大丈夫です。

佐伯""",
personal=[P("name","太田 慎吾"),P("health","HbA1c 8.1%"),P("health","糖尿病の疑い")])

# NH7 encrypted zip offer
add(key="NH7", expect="hold", kind="ppap.encrypted_zip",
why="パスワード付きZIP（PPAP）の添付であり、中身を検査できない。",
frm=DANIEL, to=["Sara Lindqvist <sara.lindqvist@outlook.com>"],
subject="Your offer documents – Norvance Systems Japan",
text="""Hi Sara,

Great speaking with you this afternoon — the whole panel was genuinely excited.

As promised, attached are your offer letter and the draft employment contract (Japanese + English). The zip is password-protected; you'll get the password in a separate email from our system within a few minutes.

Could you review and let me know of any questions by Friday 28 June? Happy to jump on a call with you and the hiring manager if easier.

Welcome (almost) aboard!
""" + SIG_DANIEL,
attachments=[{"filename":"Offer_Norvance_SLindqvist.zip","contentType":ZIP,"encrypted":True}])

# NH8 residence card to gyoseishoshi
add(key="NH8", expect="hold", kind="id.residence_card",
why="社員の在留カード番号・旅券番号・自宅住所を行政書士事務所へ送っている（正当な手続きでも本人識別番号の社外送付）。",
frm=PRIYA, to=["伊藤 直樹 <n.ito@aoba-gyosei.jp>"], cc=[SAEKI],
subject="Visa extension request – 在留期間更新 (Engineer/Specialist in Humanities)",
text="""Dear Ito-sensei,

Thank you always for your support. We would like to request the visa extension for one of our employees, her current period is ending in September.

Name: CHEN WEI-LING（陳 薇伶）
Residence card no.: RK50713962TE
Status: 技術・人文知識・国際業務 / 3 years, expiry 2024/09/14
Passport no.: 315527804 (Taiwan)
Home address: 東京都品川区東五反田3-7-12 グランコート五反田705
Position: Product Manager (no change from last application)

Employment certificate is attached, 課税証明書 she will get from the ward office next week. Please let me know if company documents like 登記簿 or 決算書 copy are needed again or the ones from last year are OK.

Many thanks,
""" + SIG_PRIYA,
attachments=[{"filename":"Employment_certificate_CHEN.pdf","contentType":PDF,"text":"""在職証明書
氏名 陳 薇伶（CHEN WEI-LING）
生年月日 1990年11月2日
入社年月日 2019年10月1日
所属・職位 Product Management / Product Manager
年収 7,850,000円（2023年実績）
上記の者は当社に在職していることを証明します。
2024年6月20日
ノーヴァンス・システムズ・ジャパン合同会社 人事部長 山口 敦"""}],
personal=[P("name","CHEN WEI-LING"),P("name","陳 薇伶"),P("idnumber","RK50713962TE"),P("passport","315527804"),
P("address","東京都品川区東五反田3-7-12 グランコート五反田705"),P("birthdate","1990年11月2日"),P("pay","7,850,000円")])

# NH9 subject-only medical
add(key="NH9", expect="hold", kind="sensitive.medical",
why="本文は日程調整のみだが、件名に社員の部署・氏名と病名（適応障害）・休職が書かれて社外の産業医事務所へ送られる。",
frm=SAEKI, to=["高瀬 先生 <takase@shinagawa-sangyoui.jp>"],
subject="【ご相談】開発部 田村様 適応障害による休職の延長について",
text="""高瀬先生

お世話になっております。ノーヴァンス人事の佐伯です。

件名の件、来週の面談の前に一度お電話でご相談させていただけますでしょうか。
水曜午後、または木曜午前でご都合のよい時間帯を教えていただけますと幸いです。

どうぞよろしくお願いいたします。
""" + SIG_SAEKI,
personal=[P("name","開発部 田村様"),P("health","適応障害")])

# NH10 crime
add(key="NH10", expect="hold", kind="sensitive.crime",
why="社員の実名と逮捕（傷害容疑）・勾留という刑事手続の情報を社外の法律事務所へ送っている。",
frm=SAEKI, to=["新井 亮 <arai@kanda-law.jp>"], cc=[PRIYA],
subject="従業員の逮捕に関するご相談（至急）",
text="""新井先生

いつもお世話になっております。ノーヴァンス・システムズ・ジャパン人事の佐伯です。
急ぎでご相談させてください。

当社従業員の営業部 野口 和也（38歳、2017年入社）について、6月22日（土）の夜、渋谷区内の飲食店で他の客に怪我を負わせたとして、傷害の容疑で渋谷警察署に逮捕されたと、本日午前に本人の配偶者から電話がありました。
現在も勾留中とのことで、担当の弁護士はまだついていないようです。

ご相談したい点：
1. 勾留中の欠勤の扱い（年休の申請を配偶者経由で受けてよいか）
2. 就業規則第58条（懲戒）との関係、起訴・不起訴が決まるまでの対応
3. 取引先・報道への対応（現時点で社外には一切出していません）

本日17時以降でしたら、いつでもお電話可能です。
""" + SIG_SAEKI,
personal=[P("name","野口 和也"),P("crime","傷害の容疑で渋谷警察署に逮捕"),P("crime","勾留中")])

# NH11 many external recipients
UNIS = ["Career Center 松田 様 <matsuda@career.tokai-kogyo.ac.jp>",
"Kaori Hirano <k.hirano@intl.minamisawa-u.ac.jp>",
"就職支援課 <shushoku@kansai-joho.ac.jp>",
"Dr. Lee Min-jun <mj.lee@gsis.hokuto-u.ac.jp>",
"留学生センター 北村 <kitamura-isc@sakuragaoka-u.ac.jp>",
"Career Office <career@aoi-inst-tech.ac.jp>",
"野田 祐介 <noda.y@tsurumi-gakuin.ac.jp>",
"International Student Support <iss@nishikaze-u.ac.jp>",
"山下 恵 <m.yamashita@career.chubu-kougei.ac.jp>",
"Anna Schulz <a.schulz@global.kitaura-u.ac.jp>",
"キャリア支援室 <career-support@shinonome-u.ac.jp>",
"佐藤 智子 <tsato@ofc.hakuyo-gaidai.ac.jp>"]
add(key="NH11", expect="hold", kind="recipients.many_external",
why="12の異なる大学の担当者アドレスがToに並んでおり、互いのアドレスが見える（Bccにすべき）。",
frm=PRIYA, to=UNIS,
subject="Invitation: Norvance Tech Career Night for International Students (24 July, Shinagawa)",
text="""Dear Career Center colleagues,

Thank you for your continuous support to our campus recruiting.
We are happy to invite your international students to our Tech Career Night.

Date: Wednesday 24 July 2024, 18:30–20:30 (doors 18:00)
Venue: Norvance Systems Japan, Konan Crest Tower 18F (Shinagawa Sta. 5 min)
Language: English (Japanese support available)
Program: talk from our engineers, office tour, casual networking with pizza
Target: Master/PhD students graduating 2025–2026 in CS, EE, Math
Registration: careers.norvance.com/japan/events (deadline 17 July)

We can also support visa-related questions from students in general at the Q&A booth (Engineer/Specialist in Humanities, Designated Activities for job seekers etc.).
If you could share with your students via your mailing list or portal, we would be very grateful. A poster PDF is available on request.
""" + SIG_PRIYA)

# NH12 CV forwarded to external agency
add(key="NH12", expect="hold", kind="profile.forward",
why="社員紹介で受け取った個人の履歴書（生年月日・住所・携帯・年収・家族）を社外の人材紹介会社に転送している。",
frm=DANIEL, to=["Ken Ogawa <k.ogawa@bridgepoint-search.jp>"],
subject="Fwd: CV – referral for Data Platform role",
text="""Ken,

This came in as an employee referral but the Data Platform req is frozen until Q4 on our side. Not sure if you have something for him in your client pipeline — feel free to reach out directly, my colleague said he's open to it.

Daniel

---------- Forwarded message ---------
From: 木下 拓海 <t.kinoshita@norvance.co.jp>
Date: Mon, Jun 10, 2024 at 9:41 AM
Subject: CV – referral for Data Platform role
To: Daniel Whitfield <daniel.whitfield@norvance.co.jp>

Hi Daniel,
My friend from university is looking for a change, attaching his CV. He's strong in Spark/Kafka. Thanks!
Takumi
""",
attachments=[{"filename":"CV_Shota_Uemura.docx","contentType":DOCX,"text":"""職務経歴書 / Curriculum Vitae
氏名：上村 翔太（Shota Uemura）
生年月日：1994年2月8日（30歳）
住所：神奈川県川崎市中原区小杉町1-403 パークハウス武蔵小杉1204
携帯：080-2297-4410
Email：shota.uemura0208@icloud.com
家族：妻、長男（2歳）
現年収：8,600,000円　希望年収：10,000,000円以上
職務経歴：
2017/4–2021/3 株式会社ミナトデータ データエンジニア
2021/4–現在 アークライン株式会社 シニアデータエンジニア（Spark, Kafka, Airflow, GCP）
資格：AWS Certified Data Analytics、TOEIC 865"""}],
personal=[P("name","上村 翔太"),P("birthdate","1994年2月8日"),P("address","神奈川県川崎市中原区小杉町1-403 パークハウス武蔵小杉1204"),
P("phone","080-2297-4410"),P("email","shota.uemura0208@icloud.com"),P("pay","8,600,000円")])

# ---------------- passes ----------------

add(key="NP1", expect="pass", kind="benign.aggregate_health",
why="ストレスチェックの部門別集団分析（10名未満は非表示）のみで個人が特定できない。",
frm=PRIYA, to=["中島 美咲 <misaki.nakajima@kokoro-partners.jp>"],
subject="Stress check 2024 – group analysis summary & manager training request",
text="""Hi Nakajima-san,

Thank you for the report last week. As agreed, I share only the group analysis (集団分析) numbers, no individual results. Groups under 10 people are not shown as per our policy.

Division	Respondents	Response rate	High-stress ratio	Total health risk
Engineering	212	91%	8.5%	96
Sales	88	84%	14.8%	112
Corporate	41	95%	6.1%	88
Total	341	89%	9.7%	98

Sales is clearly above benchmark (workload + relationship with supervisor items). We want to request "line care" training for Sales managers (about 11 people) in September, 2 hours, onsite Shinagawa. Could you please propose 2-3 dates and the fee?

Also, is it possible your counselor does one open "self-care" webinar for all staff in English? Many of our engineers are not comfortable with Japanese.
""" + SIG_PRIYA)

add(key="NP2", expect="pass", kind="benign.candidate_reference",
why="紹介会社との面接日程調整で、候補者は姓と紹介会社の管理番号のみ。連絡先や経歴はなく、相手は候補者を紹介した当の会社。",
frm=DANIEL, to=["Emi Kawaguchi <e.kawaguchi@tokyo-talentlink.jp>"],
subject="RE: 2nd interview – Sato-san (your ref TTL-88412)",
text="""Hi Emi,

Thanks for the quick turnaround. Hiring manager can do Thu 4 Jul 15:00 or Fri 5 Jul 10:30 JST, onsite in Shinagawa (90 min). Panel will be Tomoko Ishii (Eng Manager) and Raj Patel (Principal SRE).

Let me know which works for Sato-san and I'll send the calendar invite to you to forward. Also FYI the band for REQ-2291 moved up slightly, so the number you mentioned on the phone should be fine.

Daniel

-----Original Message-----
From: Emi Kawaguchi <e.kawaguchi@tokyo-talentlink.jp>
Sent: Monday, July 1, 2024 11:02 AM
To: Daniel Whitfield <daniel.whitfield@norvance.co.jp>
Subject: 2nd interview – Sato-san (your ref TTL-88412)

Hi Daniel,

Great news on the first round! Sato-san is keen to proceed and is available Thursday or Friday this week, ideally in person.
Please let me know some options.

Best,
Emi Kawaguchi
Senior Consultant, Technology Practice
Tokyo TalentLink K.K. | 東京タレントリンク株式会社
Ebisu Garden Square 12F, 4-20-3 Ebisu, Shibuya-ku, Tokyo
T: 03-5791-2280 | M: 090-1234-8871
e.kawaguchi@tokyo-talentlink.jp
厚生労働大臣許可番号 13-ユ-309876""" )

add(key="NP3", expect="pass", kind="benign.visa_vocab",
why="高度専門職ポイントや資格外活動など在留資格の一般的な質問のみで、個人のデータは含まれない。",
frm=PRIYA, to=["Kenji Hara <k.hara@globalmove-relo.com>"],
subject="Quick questions – HSP visa points & dependent work permission",
text="""Hi Hara-san,

Some general questions before we start next batch. We have around 3 overseas hires in Q4, details will come through your portal as usual.

1. For Highly Skilled Professional (高度専門職1号ロ) points, is the annual salary counted with or without the performance bonus? Our bonus is variable, target 15%.
2. What is current COE processing time at Tokyo Immigration in your experience? Last year it was 1–1.5 months, I heard now it is longer.
3. If the spouse is on Dependent visa (家族滞在), with 資格外活動許可 she can work up to 28 hours/week — correct? If she wants full-time, she needs to change status herself, right?
4. Under HSP, can parents come to take care of a child under 7? Some candidates are asking this.
5. After arrival, do you still accompany for 住民登録 at the ward office, or is it optional service now?

No urgency, end of next week is fine. Thank you!
""" + SIG_PRIYA)

add(key="NP4", expect="pass", kind="benign.it_incident",
why="勤怠連携バッチの「障害」報告（システム障害）と再送ファイルの件数のみで、個人データは本文にない。",
frm=SAEKI, to=["桜井 亜紀 <a.sakurai@sakura-ps.co.jp>"], cc=["Sakura Payroll Service Norvance team <norvance-team@sakura-ps.co.jp>"],
subject="FW: [People Hub] 障害報告：勤怠連携バッチ停止（復旧済）",
text="""桜井様

お世話になっております。ノーヴァンスの佐伯です。
下記のとおり勤怠連携に障害が発生しておりました。
7/1〜7/3分の打刻データが昨夜の連携に含まれていなかったため、本日12時にSFTPへ再送済みです。
　ファイル名：ATT_20240704_resend.csv（1,284行）
お手数ですが、7月度の取込前に差分の反映をお願いいたします。

---------- Forwarded message ----------
From: Norvance People Hub <hris-noreply@norvance.co.jp>
Date: 2024-07-04 11:52 JST
Subject: [People Hub] 障害報告：勤怠連携バッチ停止（復旧済）

[Incident] INC0048817
Severity     : P3
Service      : Time & Attendance → Payroll integration (ATT-DAILY-02)
Status       : Resolved
Start        : 2024-07-01 02:00 JST
Resolved     : 2024-07-04 11:48 JST
Impact       : 打刻データの連携遅延（給与計算前のため支払への影響なし）
Root cause   : SFTP接続用クライアント証明書の期限切れ
Action       : 証明書更新、期限監視アラートを追加
This is an automated message.
""" + SIG_SAEKI)

add(key="NP5", expect="pass", kind="benign.self_data",
why="本人の依頼により、本人の源泉徴収票（個人番号欄なし）を本人の私用アドレスへ送っている。",
frm=SAEKI, to=["江藤 さやか <sayaka.eto.88@gmail.com>"],
subject="源泉徴収票（2023年分）再発行のご送付",
text="""江藤さん

お疲れさまです。人事の佐伯です。
ご依頼いただいた2023年分の源泉徴収票を再発行しましたので、PDFでお送りします。
休業中で社用メールが見られないとのことでしたので、ご指定のこちらのアドレス宛にしています。

住宅ローンの審査用とのこと、原本（押印版）が必要な場合はご自宅へ郵送しますので、お知らせください。
どうぞお大事にお過ごしください。
""" + SIG_SAEKI,
attachments=[{"filename":"源泉徴収票_2023_江藤さやか.pdf","contentType":PDF,"text":"""令和5年分 給与所得の源泉徴収票
支払を受ける者　住所 東京都世田谷区上用賀2-14-5　氏名 江藤 さやか
種別 給与・賞与　支払金額 6,420,000　給与所得控除後の金額 4,644,000
所得控除の額の合計額 1,312,400　源泉徴収税額 163,700
社会保険料等の金額 968,400
支払者　住所 東京都港区港南2-16-1　氏名又は名称 ノーヴァンス・システムズ・ジャパン合同会社
法人番号 6010403021875　電話 03-6718-4420"""}])

INTERNAL = ["eng-managers@norvance.co.jp","sales-jp@norvance.co.jp","Tomoko Ishii <t.ishii@norvance.co.jp>",
"Raj Patel <r.patel@norvance.co.jp>","山口 敦 <a.yamaguchi@norvance.co.jp>","Kenta Mori <k.mori@norvance.co.jp>",
"Linh Pham <linh.pham@norvance.co.jp>","木下 拓海 <t.kinoshita@norvance.co.jp>","佐々木 玲奈 <r.sasaki@norvance.co.jp>",
"Oliver Grant <o.grant@norvance.co.jp>","中村 健 <k.nakamura@norvance.co.jp>","Ayesha Khan <a.khan@norvance.co.jp>",
"吉田 航 <w.yoshida@norvance.co.jp>","Hiroshi Tanabe <h.tanabe@norvance.co.jp>","Elena Petrova <e.petrova@norvance.co.jp>",
"小松 葵 <a.komatsu@norvance.co.jp>","Jun Park <j.park@norvance.co.jp>","石川 大輔 <d.ishikawa@norvance.co.jp>",
"Wei Zhang <w.zhang@norvance.co.jp>","藤井 沙織 <s.fujii@norvance.co.jp>","Marco Rossi <m.rossi@norvance.co.jp>",
"堀 悠人 <y.hori@norvance.co.jp>","corporate-jp@norvance.co.jp","Nadia Haddad <n.haddad@norvance.co.jp>",
"村上 翼 <t.murakami@norvance.co.jp>"]
add(key="NP6", expect="pass", kind="benign.internal_many",
why="宛先は多いがすべて自社ドメイン（社内）で、内容も福利厚生の締切リマインドのみ。",
frm=PRIYA, to=INTERNAL, cc=[SAEKI],
subject="Reminder: 2024 benefit enrollment closes Friday / 福利厚生プラン選択の締切（金曜）",
text="""Hi all,

Friendly reminder that the 2024 benefit enrollment window closes this Friday 12 July, 18:00 JST.
If you don't make a selection, last year's plan will roll over automatically.

- Cafeteria plan points: 60,000 pt (unused points do not carry over)
- New this year: dental check-up subsidy and fertility treatment support (details in People Hub > Benefits)
- Spouse/dependent coverage changes need proof documents — please upload in People Hub, not by email

マネージャーの皆さま：チームメンバーへのリマインドをお願いします。日本語の案内はPeople Hubにあります。

Questions → hr-ops@norvance.co.jp
""" + SIG_PRIYA)

add(key="NP7", expect="pass", kind="benign.condolence",
why="取引先（社労士）のご尊父逝去へのお悔やみ。故人の氏名と葬儀日程はあるが、要配慮情報や識別番号はない。",
frm=SAEKI, to=["松永 聡 <matsunaga@matsunaga-sr.jp>"],
subject="お悔やみ申し上げます",
text="""松永先生

宮内様より、ご尊父 松永 重雄 様がご逝去されたと伺いました。
謹んでお悔やみ申し上げます。

生前には、当社の設立時に先代の先生として大変お力添えをいただいたと、前任の者からも聞いております。
本来であれば直接お伺いすべきところ、略儀ながらメールにて失礼いたします。
通夜・告別式のご案内（7月9日・10日、品川区内の斎場）も拝受いたしました。弊社からは人事部長の山口と私とで弔問させていただく予定です。

ご多用の折とは存じますが、どうかご無理なさいませんよう。
当面の手続きのご連絡は宮内様へさせていただきます。

心より故人のご冥福をお祈り申し上げます。
""" + SIG_SAEKI)

add(key="NP8", expect="pass", kind="benign.self_data",
why="ATSの自動受付メールで、応募者本人が入力した内容を本人のアドレスにだけ返している。",
frm=ATS, to=["Rohan Kulkarni <rohan.kulkarni@protonmail.com>"],
subject="We've received your application – Senior Backend Engineer (REQ-2307)",
text="""Hi Rohan,

Thank you for applying to Norvance Systems Japan! This is an automated confirmation — please keep it for your records.

Position: Senior Backend Engineer (REQ-2307), Tokyo
Application ID: APP-7731840
Submitted: 2024-07-08 22:14 JST

Here is a copy of the information you submitted:
  Name: Rohan Kulkarni
  Email: rohan.kulkarni@protonmail.com
  Phone: +81 70-1182-5530
  Current location: Osaka, Japan
  Work authorization in Japan: I currently hold a Japanese work visa (Engineer/Specialist in Humanities)
  Notice period: 2 months
  Expected annual salary: JPY 9–10M
  Resume: Rohan_Kulkarni_Resume_2024.pdf (uploaded)

What happens next: our Talent Acquisition team reviews every application. If your profile matches, a recruiter will contact you within 10 business days.
You can update or withdraw your application any time: https://careers.norvance.com/japan/candidate/APP-7731840

Norvance Careers
This mailbox is not monitored. Privacy notice: https://careers.norvance.com/privacy""")

add(key="NP9", expect="pass", kind="benign.template_dummy",
why="入社書類テンプレートの記入例で、氏名・個人番号・口座はすべて「山田太郎」「1234…」のダミー値（個人番号も検査数字不一致）。",
frm=SAEKI, to=["宮内 遥 <miyauchi@matsunaga-sr.jp>"],
subject="入社時提出書類テンプレート（改訂版）ご確認のお願い",
text="""宮内様

お世話になっております。ノーヴァンスの佐伯です。
入社時の提出書類テンプレートを改訂しましたので、記載項目に過不足がないかご確認いただけますでしょうか。
記入例欄の値はすべてダミーです。個人番号は今後このシートでは回収せず、専用の収集フォームに切り替える予定です。

特に、外国籍社員向けに「在留カード番号」「在留期限」欄を追加した点、雇用保険の資格取得に足りているかご意見をいただけると助かります。
""" + SIG_SAEKI,
attachments=[{"filename":"入社手続き書類_記入例_v3.xlsx","contentType":XLSX,"text":"""項目	記入例	備考
氏名	山田 太郎	戸籍上の氏名
フリガナ	ヤマダ タロウ	
生年月日	1990/01/01	
個人番号	1234 5678 9012	※記入例。実際の番号は収集フォームで回収（このシートには記入しない）
基礎年金番号	1234-567890	
雇用保険被保険者番号	1234-567890-1	前職がある場合
在留カード番号	AB12345678CD	外国籍の方のみ
在留期限	20XX/XX/XX	
住所	東京都千代田区霞が関1-1-1	
給与振込口座	○○銀行 ○○支店 普通 1234567	本人名義に限る"""}])

add(key="NP10", expect="pass", kind="benign.fyi_forward",
why="「FYI」で自社の公開プレスリリースを紹介会社へ転送しただけ。人名は広報・役員のみ。",
frm=DANIEL, to=["Ken Ogawa <k.ogawa@bridgepoint-search.jp>"],
subject="FW: [Press] Norvance opens Osaka Development Center, plans 80 engineering hires",
text="""FYI — goes public at 10:00 today, feel free to use in your candidate conversations after that.

D.

-----Original Message-----
From: Norvance Japan Communications <press-jp@norvance.co.jp>
Sent: Wednesday, July 10, 2024 9:30 AM
Subject: [Press] Norvance opens Osaka Development Center, plans 80 engineering hires

FOR IMMEDIATE RELEASE
Osaka, July 10, 2024 — Norvance Systems Japan G.K. today announced the opening of its Osaka Development Center in Umeda, its second engineering hub in Japan. The center will focus on payments infrastructure and reliability engineering, with plans to grow to 80 engineers by the end of 2025.
"Osaka has a deep pool of engineering talent and great universities," said Markus Albrecht, Representative of Norvance Systems Japan.
Media contact: Japan Communications, press-jp@norvance.co.jp""")

add(key="NP11", expect="pass", kind="benign.minutes",
why="人材紹介会社との定例議事録で、出席者（各社担当者）の名前と件数の集計のみ。候補者個人の情報はない。",
frm=DANIEL, to=["Emi Kawaguchi <e.kawaguchi@tokyo-talentlink.jp>","Ken Ogawa <k.ogawa@bridgepoint-search.jp>","Yuka Morimoto <y.morimoto@kestrel-assess.jp>"],
cc=[PRIYA,"Tomoko Ishii <t.ishii@norvance.co.jp>"],
subject="Minutes – Q2 agency partner review (3 Jul)",
text="""Hi all,

Thanks for joining on Wednesday. Minutes below — shout if I missed anything.

Attendees
- Norvance: Daniel Whitfield, Priya Raman, Tomoko Ishii (Eng Manager, first 30 min)
- Tokyo TalentLink: Emi Kawaguchi, Shun Aoyama
- Bridgepoint Search: Ken Ogawa
- Kestrel Assessment: Yuka Morimoto (assessment topics only)

Q2 numbers (all agencies)
- Submissions 46 / first interviews 19 / final 8 / offers 5 / accepted 4
- Time to fill (median): 61 days (Q1: 74)
- Offer decline reasons: counter-offer (1)

Agreed
1. Agencies submit via the ATS portal only — no CVs by email from now on (privacy + tracking).
2. For overseas candidates please flag visa sponsorship need at submission; relocation vendor is engaged only after final round.
3. Kestrel to share anonymised assessment benchmarks quarterly.
4. Next review: early October, in person.

Actions
- Daniel: share Q3 hiring plan (headcount by team) by 19 Jul
- Emi / Ken: update portal contact lists
- Yuka: send revised assessment pricing
""" + SIG_DANIEL)
