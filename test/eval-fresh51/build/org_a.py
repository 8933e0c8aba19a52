# Org A: Norvane Medical Japan K.K. - Clinical Support (pacing / ICD devices); HQ in Minneapolis
SAEKI = "Tomoko Saeki <t.saeki@norvane-medical.co.jp>"
MURASE = "Kengo Murase <k.murase@norvane-medical.co.jp>"
SIG_SAEKI_EN = """--
Tomoko Saeki (佐伯 智子)
Clinical Support Specialist, Kanto Region
Norvane Medical Japan K.K.
Shiba Park Bldg 7F, 2-4-1 Shibakoen, Minato-ku, Tokyo
Tel +81-3-6810-2241 / Mobile +81-90-4417-2203"""
SIG_SAEKI_JA = """──────────────────
ノーヴェイン・メディカル・ジャパン株式会社
臨床サポート部 関東グループ
佐伯 智子（Tomoko Saeki）
〒105-0011 東京都港区芝公園2-4-1 芝パークビル7F
TEL 03-6810-2241 / 携帯 090-4417-2203
──────────────────"""
SIG_MURASE_EN = """Best regards,
Kengo Murase
Manager, Clinical Support
Norvane Medical Japan K.K.
Tel +81-3-6810-2200"""
SIG_MURASE_JA = """――――――――――――――――
ノーヴェイン・メディカル・ジャパン株式会社
臨床サポート部 部長　村瀬 健吾
TEL 03-6810-2200（代表）
k.murase@norvane-medical.co.jp
――――――――――――――――"""

MAILS = [
dict(k="A1", expect="hold", kind="sensitive.health", loc="body",
 why="Adverse-event report to HQ gives a patient's initials, birth date, hospital and diagnoses, enough to identify her.",
 frm=SAEKI, to=["Rachel Kim <rachel.kim@norvane-med.com>"], cc=["Kengo Murase <k.murase@norvane-medical.co.jp>"],
 subject="Complaint PSR-2291 – early battery depletion, SERENA DR (SN NVS884120)",
 text="""Hi Rachel,

Following up on this morning's call, here are the clinical details for PSR-2291 that you asked for before the 30-day MDR clock runs out.

Patient: K.M., female, DOB 1949-03-17
Hospital: Yokohama Minato Heart Center (Dr. Hayato Ishizaki, cardiology)
Implant date: 2021-06-02, SERENA DR, SN NVS884120, leads NVL-52 x2
Indication: sick sinus syndrome with paroxysmal AF; also on dialysis for chronic kidney disease (stage 5) since 2019
Event: ERI reached at 38 months at the routine check on 4 March. Device replaced on 7 March without complication. She had two syncopal episodes at home in February, which Dr. Ishizaki thinks may be related.

The explanted device is being shipped to Minneapolis via the usual courier (AWB will follow). The hospital has agreed that we share the interrogation report, which I will upload to the complaint file.

Let me know if Product Surveillance needs anything else.

""" + SIG_SAEKI_EN,
 personal=[{"type":"health","value":"sick sinus syndrome with paroxysmal AF; also on dialysis for chronic kidney disease (stage 5)"},{"type":"birthdate","value":"DOB 1949-03-17"}]),

dict(k="A2", expect="pass", kind="benign.aggregate_report", loc="",
 why="Monthly field-action summary with device counts and serial numbers only, no patient data.",
 frm=MURASE, to=["Greg Hollis <greg.hollis@norvane-med.com>"], cc=["Rachel Kim <rachel.kim@norvane-med.com>"],
 subject="Japan FSCA-0317 status – February close",
 text="""Greg,

February close for the Japan portion of FSCA-0317 (lead adaptor recall):

- Affected units shipped to Japan: 214
- Units located and quarantined at distributors: 171
- Units implanted (physician letters sent): 37
- Hospitals reached: 29 of 29
- Open: 6 units at Tohoku Logistics still to be returned (SN NVA-20331 to NVA-20336)

No new adverse events reported in Japan in February. The PMDA report (No. 2024-M-01182) was updated on 28 Feb.

Next update at the March close.

""" + SIG_MURASE_EN),

dict(k="A3", expect="hold", kind="list.roster", loc="attachment",
 why="The attached tracker lists named patients with birth dates, devices and alert diagnoses; the body gives no hint.",
 frm=SAEKI, to=["Mark Delaney <mark.delaney@norvane-med.com>"],
 subject="Q1 remote monitoring tracker",
 text="""Hi Mark,

Attached is the tracker as discussed on Tuesday. Tab 2 is still being filled in by Osaka.

Thanks,
Tomoko
""" + SIG_SAEKI_EN,
 attachments=[{"filename":"RM_tracker_Q1_Kanto.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
 "text":"""[Kanto]
Patient	DOB	Hospital	Device	Alert	Clinical note
Yamauchi Setsuko	1944-11-02	Saitama East General	SERENA DR	AT/AF burden >6h	persistent AF, anticoagulation started
Ogura Tetsuya	1958-07-19	Chiba Bayside Univ.	VALOR ICD	VT episode, ATP success	ischemic cardiomyopathy, EF 28%
Nishino Aiko	1972-01-30	Yokohama Minato Heart Ctr	SERENA SR	Lead impedance high	none
Fukuhara Goro	1939-05-08	Tokyo Kita Medical	VALOR CRT-D	Shock delivered x2	heart failure NYHA III, admitted 2/18
[Osaka]
Patient	DOB	Hospital	Device	Alert	Clinical note"""}],
 personal=[{"type":"roster_row","value":"Ogura Tetsuya\t1958-07-19\tChiba Bayside Univ.\tVALOR ICD"},{"type":"health","value":"ischemic cardiomyopathy, EF 28%"}]),

dict(k="A4", expect="hold", kind="sensitive.health", loc="quoted",
 why="The new text is a firmware question, but the quoted hospital mail names a patient and her shock history and depression.",
 frm=SAEKI, to=["Mark Delaney <mark.delaney@norvane-med.com>"],
 subject="RE: FW: VALOR ICD – inappropriate shock? firmware 4.2.1",
 text="""Mark,

Thanks. So to confirm: the SVT discriminator in 4.2.1 does not use the onset criterion when the device is in DDD mode? If so I will explain that to the hospital on Friday. Could you also send me the slide you showed at the Singapore meeting?

Tomoko

-----Original Message-----
From: Tomoko Saeki
Sent: Monday, March 11, 2024 6:02 PM
To: Mark Delaney
Subject: FW: VALOR ICD – inappropriate shock? firmware 4.2.1

Mark, forwarding the ME's mail below (my translation). Could you take a look?

> From: 臨床工学科 松永 (Chiba Bayside University Hospital)
> Ms. Saeki, the patient Ms. Reiko Tanabe (61), VALOR ICD SN NVI330718, received a 35 J shock on 9 March
> while climbing stairs. The EGM looks like sinus tachycardia to us. Since the shock she has had
> panic attacks and was started on medication for depression by psychiatry. The family is very anxious.
> Please ask the manufacturer whether the detection settings were appropriate.
""" ,
 personal=[{"type":"health","value":"started on medication for depression by psychiatry"},{"type":"name","value":"Ms. Reiko Tanabe (61)"}]),

dict(k="A5", expect="pass", kind="benign.meeting", loc="",
 why="Visit arrangements naming physicians and HQ staff in a business context, nothing personal.",
 frm=MURASE, to=["Susan Ortiz <susan.ortiz@norvane-med.com>"], cc=["Tomoko Saeki <t.saeki@norvane-medical.co.jp>","David Brenner <david.brenner@norvane-med.com>"],
 subject="Your Tokyo visit 15–17 April – draft agenda",
 text="""Hi Susan,

Great news that you and David can come. Here is the draft agenda; please shout if anything needs to move.

Mon 15 Apr
 10:00  Office, team introductions (Saeki, Takagi, Ono)
 14:00  Tokyo Kita Medical Center – meeting with Prof. Masaharu Iida (EP lab) and the ME team
Tue 16 Apr
 09:30  Observe two implants at Yokohama Minato Heart Center (Dr. Ishizaki has kindly agreed; case details will not be shared in advance)
 18:30  Dinner with Dr. Ishizaki and Dr. Kaori Endo – Kozue, Park Hyatt (booked for 6)
Wed 17 Apr
 10:00  Training curriculum workshop, our office
 15:00  Departure to Haneda

Hotel: Shiba Park Hotel, 3 nights, confirmation 88412-SP (paid by Japan).
Please bring the new VALOR programmer demo unit if customs allows; Tomoko can send the ATA carnet details.

""" + SIG_MURASE_EN + """

-----Original Message-----
From: Susan Ortiz <susan.ortiz@norvane-med.com>
Subject: Tokyo visit
Kengo, David and I are confirmed for April. Looking forward to meeting Prof. Iida again!
Susan Ortiz | Director, Global Clinical Education | Norvane Medical Inc. | 7600 France Ave S, Minneapolis, MN"""),

dict(k="A6", expect="pass", kind="benign.it_incident", loc="",
 why="IT incident note: 'infection' and 'isolated' refer to malware on a laptop, not to a person.",
 frm=MURASE, to=["IT Service Desk <servicedesk@norvane-med.com>"], cc=["Tomoko Saeki <t.saeki@norvane-medical.co.jp>"],
 subject="INC0448217 – Japan programmer laptop infected, isolated from network",
 text="""Hello Service Desk,

Reporting a security incident for the Japan office.

- Asset: NVJ-LT-0194 (Latitude 5440), used with the VALOR programmer in hospital visits
- At 09:12 JST Defender flagged a trojan (Trojan:Win32/Wacatac) from a USB stick handed over at a congress booth
- The laptop was isolated from the network at 09:20 and the USB stick is sealed in my drawer
- No patient data is stored on this laptop (programmer sessions are saved to the encrypted programmer only)
- The infection did not spread; the other 11 laptops were scanned clean

We also had a 40-minute outage of the remote monitoring portal in Japan this morning (08:05–08:45 JST). I assume that is unrelated but please link the tickets if it is not.

""" + SIG_MURASE_EN),

dict(k="A7", expect="hold", kind="id.passport", loc="body",
 why="Gives a colleague's passport number, birth date and expiry for a visa invitation letter.",
 frm=MURASE, to=["Global Mobility <mobility@norvane-med.com>"],
 subject="Invitation letter for Minneapolis training – Tomoko Saeki",
 text="""Dear Global Mobility team,

Please prepare a business invitation letter for Tomoko Saeki, who will attend the VALOR advanced course in Minneapolis, 20–31 May.

Full name (as in passport): SAEKI TOMOKO
Date of birth: 14 August 1988
Passport No.: TK4820157 (Japan), expires 03 Feb 2031
Position: Clinical Support Specialist, Norvane Medical Japan K.K.

She will travel on ESTA, but the hotel and the hospital visit in Rochester ask for a letter. Thank you.

""" + SIG_MURASE_EN,
 personal=[{"type":"passport","value":"TK4820157"},{"type":"birthdate","value":"14 August 1988"}]),

dict(k="A8", expect="pass", kind="benign.corporate_bank", loc="",
 why="Intercompany recharge with the Japanese subsidiary's corporate bank account and SWIFT code.",
 frm=MURASE, to=["Priya Nair <priya.nair@norvane-med.com>"],
 subject="Intercompany invoice NVJ-IC-2403 – training recharge",
 text="""Hi Priya,

Attached is invoice NVJ-IC-2403 for the Q1 clinical training recharge (JPY 4,860,000). Our bank details have not changed, but for your new vendor set-up:

Beneficiary: Norvane Medical Japan K.K.
Bank: Mizuho Bank, Shimbashi Branch
Account: 1843276 (ordinary)
SWIFT: MHCBJPJT
Corporate number (法人番号): 4010401187215

Payment terms are net 45 as per the intercompany agreement.

""" + SIG_MURASE_EN,
 attachments=[{"filename":"NVJ-IC-2403.pdf","contentType":"application/pdf","text":"INVOICE NVJ-IC-2403\nBill to: Norvane Medical Inc., Minneapolis\nDescription: Clinical training recharge Q1 FY24 (3 trainers x 18 days)\nAmount: JPY 4,860,000\nBank: Mizuho Bank Shimbashi Br. Ordinary 1843276 / SWIFT MHCBJPJT"}]),

dict(k="A9", expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Password-protected zip sent to HQ; contents cannot be inspected.",
 frm=SAEKI, to=["Rachel Kim <rachel.kim@norvane-med.com>"],
 subject="PSR-2291 supporting documents",
 text="""Rachel,

The supporting documents for PSR-2291 are in the attached zip. I will send the password in a separate mail, as our local policy asks.

Regards,
Tomoko
""" + SIG_SAEKI_EN,
 attachments=[{"filename":"PSR-2291_docs.zip","contentType":"application/zip","encrypted":True}]),

dict(k="A10", expect="pass", kind="benign.plain_zip", loc="",
 why="Unencrypted zip of IFU translation drafts; no personal data.",
 frm=SAEKI, to=["Greg Hollis <greg.hollis@norvane-med.com>"],
 subject="IFU Japanese translation drafts v3 (plain zip)",
 text="""Hi Greg,

Please find the v3 Japanese IFU drafts for SERENA and VALOR in the zip (not password protected – nothing confidential, they are going to PMDA anyway).

Changes from v2:
1. MRI conditional section aligned with the 1.5T/3T labelling
2. 'Patients with implanted neurostimulators' warning moved to section 5
3. Symbols table updated per ISO 15223-1:2021

Could you sign off by 22 March?

Tomoko
""" + SIG_SAEKI_EN,
 attachments=[{"filename":"IFU_JP_v3.zip","contentType":"application/zip","text":"IFU_SERENA_JP_v3.docx\nIFU_VALOR_JP_v3.docx\nchange_log_v2_v3.xlsx"}]),

dict(k="A11", expect="hold", kind="sensitive.health", loc="subject",
 why="The subject line names a patient with his age, diagnosis and hospital; the body is neutral.",
 frm=SAEKI, to=["Rachel Kim <rachel.kim@norvane-med.com>"],
 subject="MDR follow-up: Mr. Shigeru Aoyama (72) – VT storm after lead fracture, Kanto Central Hospital",
 text="""Hi Rachel,

I have updated the CAPA record with the engineering feedback from Mark. Could you check whether the 30-day report can now be closed, or whether you still need the analysis from the lab?

Thanks,
Tomoko
""" + SIG_SAEKI_EN,
 personal=[{"type":"health","value":"Mr. Shigeru Aoyama (72) – VT storm after lead fracture"}]),

dict(k="A12", expect="pass", kind="benign.successor", loc="",
 why="Successor introduction naming colleagues and hospital contacts, nothing sensitive.",
 frm=SAEKI, to=["Mark Delaney <mark.delaney@norvane-med.com>","Rachel Kim <rachel.kim@norvane-med.com>"], cc=["Kengo Murase <k.murase@norvane-medical.co.jp>","Yuta Takagi <y.takagi@norvane-medical.co.jp>"],
 subject="Handover: Kanto complaints contact from 1 April",
 text="""Dear Mark, dear Rachel,

From 1 April I will move to the Global Training role (yes, Minneapolis for two years!). My successor for Kanto complaints and field engineering questions is Yuta Takagi, in copy. Yuta has been in clinical support for six years, most recently in Kyushu, and knows the VALOR family very well.

Main hospital contacts he will take over:
- Yokohama Minato Heart Center – Dr. Hayato Ishizaki, ME Mr. Kusunoki
- Chiba Bayside University Hospital – ME Ms. Matsunaga
- Tokyo Kita Medical Center – Prof. Iida's team

It has been a pleasure working with you both. See you in the summer!

Tomoko
""" + SIG_SAEKI_EN),

dict(k="A13", expect="pass", kind="benign.product_medical_terms", loc="",
 why="Labelling discussion: heart failure, arrhythmia and disability words describe indications, not persons.",
 frm=MURASE, to=["Greg Hollis <greg.hollis@norvane-med.com>"],
 subject="RE: Japan labelling – CRT-D indication wording",
 text="""Greg,

On the Japanese indication text for VALOR CRT-D: PMDA asked us to keep "patients with moderate to severe heart failure (NYHA III/IV) and QRS ≥130 ms" rather than the US wording. They also want the warning about patients with cognitive disabilities who may not be able to use the home monitor to stay in section 7.

I think we can accept both. The hospitals we asked (n=12) did not see a problem either.

""" + SIG_MURASE_EN + """

> From: Greg Hollis
> Kengo, any feedback from PMDA on the indication wording? We need to lock the text by end of March.
> Greg Hollis | Regulatory Affairs Director | Norvane Medical Inc."""),

dict(k="A14", expect="hold", kind="sensitive.health", loc="body",
 why="Tells HQ that a named colleague is on sick leave after surgery for a herniated disc.",
 frm=MURASE, to=["Susan Ortiz <susan.ortiz@norvane-med.com>"],
 subject="Yuta Takagi – cannot attend the May course",
 text="""Hi Susan,

Sorry to give you late notice: Yuta Takagi will not be able to join the May VALOR course. He had surgery for a lumbar disc herniation last week and his doctor has put him on sick leave until the end of May, with no long-haul flights for three months.

Could we move his seat to the October course? In the meantime Tomoko will cover his hospitals.

""" + SIG_MURASE_EN,
 personal=[{"type":"health","value":"He had surgery for a lumbar disc herniation last week and his doctor has put him on sick leave"}]),

dict(k="A15", expect="pass", kind="benign.absence_unwell", loc="",
 why="Says only that a colleague is unwell and will join remotely; no diagnosis.",
 frm=MURASE, to=["Susan Ortiz <susan.ortiz@norvane-med.com>"],
 subject="Ono-san will join Thursday's session remotely",
 text="""Hi Susan,

Quick note: Mai Ono is feeling unwell today and will join Thursday's train-the-trainer session from home via Teams instead of coming to the office. She has the slides and will still present the Japan case-study section.

Thanks for your flexibility!

""" + SIG_MURASE_EN),

dict(k="A16", expect="hold", kind="sensitive.health", loc="body",
 why="Remote-monitoring alert sent to a hospital names the patient with patient ID and AF/heart-failure findings.",
 frm=SAEKI, to=["臨床工学科 楠 様 <kusunoki-me@minato-heart.example.jp>"],
 subject="リモートモニタリング アラートのご連絡（3/12受信分）",
 text="""横浜みなと心臓センター
臨床工学科　楠 様

いつもお世話になっております。ノーヴェイン・メディカルの佐伯です。
3月12日深夜に受信したリモートモニタリングのアラートについて、取り急ぎご連絡いたします。

患者様：大河内 文代 様（患者ID 0048217、78歳）
デバイス：VALOR CRT-D（SN NVC551904）
内容：
 ・AT/AF持続時間 14時間（3/11 22:40〜）
 ・胸郭インピーダンス低下（OptiVol相当指標 閾値超過）→心不全増悪の可能性
 ・両室ペーシング率 88%に低下

石崎先生へのご報告をお願いできますでしょうか。必要であれば明日午前に伺い、設定確認をいたします。

""" + SIG_SAEKI_JA,
 personal=[{"type":"name","value":"大河内 文代 様（患者ID 0048217、78歳）"},{"type":"health","value":"心不全増悪の可能性"}]),

dict(k="A17", expect="pass", kind="benign.case_schedule", loc="",
 why="Implant support schedule with anonymous case labels and device types only.",
 frm=SAEKI, to=["手術室 ME 各位 <ope-me@kita-medical.example.jp>"],
 subject="3月第3週 植込み立会いスケジュール（ご確認）",
 text="""東京北医療センター
手術室 ME 各位

いつもお世話になっております。ノーヴェイン・メディカル 佐伯です。
来週の植込み立会い予定を以下のとおり確認させてください。

| 日付 | 時間 | 症例 | デバイス | 担当 |
| 3/18(月) | 9:00 | 症例A（新規） | SERENA DR＋リード2本 | 佐伯 |
| 3/18(月) | 13:30 | 症例B（交換） | SERENA SR | 高木 |
| 3/20(水) | 10:00 | 症例C（新規） | VALOR ICD | 佐伯 |
| 3/21(木) | 9:00 | 症例D（アップグレード） | VALOR CRT-D | 佐伯・高木 |

プログラマ（NVP-300）は前日夕方に搬入いたします。MRI対応リードの在庫は院内預託分で足りております。
変更がございましたらご連絡ください。

""" + SIG_SAEKI_JA),

dict(k="A18", expect="hold", kind="id.mynumber", loc="body",
 why="Sends a new hire's My Number and employment-insurance number to the outside 社労士.",
 frm=MURASE, to=["服部社会保険労務士事務所 服部 様 <hattori@hattori-sr.example.jp>"],
 subject="4月入社者の資格取得手続きのお願い",
 text="""服部先生

いつもお世話になっております。ノーヴェイン・メディカル・ジャパン 村瀬です。
4月1日入社予定の臨床サポート職1名について、社会保険・雇用保険の資格取得手続きをお願いいたします。

氏名：小野 舞（おの まい）
生年月日：1995年6月23日
住所：東京都大田区西蒲田4-18-7 コーポ蒲田302
個人番号：3882 3384 6870
雇用保険被保険者番号：5012-483920-6（前職より引継ぎ）
標準報酬見込み：月額 410,000円

扶養家族はおりません。ご不明点はご連絡ください。

""" + SIG_MURASE_JA,
 personal=[{"type":"mynumber","value":"3882 3384 6870"},{"type":"employment_insurance","value":"5012-483920-6"}]),

dict(k="A19", expect="pass", kind="benign.serials", loc="",
 why="Recall notice listing lot numbers, serials and JAN codes; no personal data.",
 frm=MURASE, to=["SPD管理室 御中 <spd@saitama-east.example.jp>"],
 subject="【重要】自主回収のお知らせ（NVA-LA2 リードアダプタ）",
 text="""埼玉東総合病院
SPD管理室 御中

平素は格別のご高配を賜り厚く御礼申し上げます。
弊社製品「NVA-LA2 リードアダプタ」の一部ロットについて、クラスII自主回収を実施いたします。

対象ロット：L23A0412、L23A0419、L23A0426
JANコード：4580123450217
貴院納入分シリアル：NVA-20331、NVA-20332、NVA-20340
回収理由：包装シール不良により滅菌性が担保できない可能性

既に植込みに使用された製品についての健康被害の報告はございません。担当者（佐伯）が3月15日に回収に伺います。
ご迷惑をおかけし誠に申し訳ございません。

""" + SIG_MURASE_JA),

dict(k="A20", expect="hold", kind="recipients.visible", loc="recipients",
 why="Seminar invitation with 14 hospital and private addresses visible in To.",
 frm=MURASE,
 to=["kusunoki-me@minato-heart.example.jp","matsunaga.r@bayside-univ.example.ac.jp","ope-me@kita-medical.example.jp","me-room@saitama-east.example.jp","t-hirose@kanto-central.example.jp","ce-dept@shonan-rehab.example.jp","yoshida.me@gmail.com","k.arakawa@chiba-medical.example.or.jp","heart-center@tsukuba-gen.example.jp","n.fujimaki@yahoo.co.jp","ce@gunma-cardio.example.jp","me_sato@ocn.ne.jp","tanigawa@utsunomiya-hp.example.jp","cardio-me@kawagoe-med.example.jp"],
 subject="【ご案内】デバイス管理セミナー（4/20 横浜）",
 text="""臨床工学技士の皆様

いつもお世話になっております。ノーヴェイン・メディカル・ジャパン 臨床サポート部の村瀬です。
下記のとおり、植込み型デバイス管理セミナーを開催いたします。

日時：2024年4月20日（土）13:30〜17:00
会場：横浜ランドマークタワー 会議室B
内容：
 1. リモートモニタリング運用の実際（横浜みなと心臓センター 臨床工学科）
 2. MRI検査時のデバイス設定
 3. ハンズオン：NVP-300 プログラマ
定員：40名（先着順）

参加ご希望の方は4月5日までに本メールにご返信ください。

""" + SIG_MURASE_JA),
]
