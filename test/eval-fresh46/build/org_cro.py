# Meridian Clinical Research Japan K.K. -- CRO monitoring clinical trials for a US sponsor
ORG = "Meridian Clinical Research Japan K.K. (CRO)"

SAEKI = "Mari Saeki <mari.saeki@meridian-cr.example.jp>"
MORIOKA = "Kenji Morioka <kenji.morioka@meridian-cr.example.jp>"
TAKA = "高橋 優子 <yuko.takahashi@meridian-cr.example.jp>"

SIG_SAEKI = """
--
Mari Saeki (佐伯 真理)
Senior Clinical Research Associate
Meridian Clinical Research Japan K.K.
3-8-2 Nihonbashi Muromachi, Chuo-ku, Tokyo 103-0022
Tel +81-3-5201-7740 | mari.saeki@meridian-cr.example.jp"""

SIG_MORIOKA = """
Best regards,
Kenji Morioka
Project Manager, Dermatology & Immunology
Meridian Clinical Research Japan K.K.
Direct +81-3-5201-7712 / Mobile +81-90-4410-2291 (business)
CONFIDENTIALITY: This e-mail may contain confidential information intended for the addressee only."""

SIG_TAKA = """
━━━━━━━━━━━━━━━━━━━━
メリディアン・クリニカルリサーチ・ジャパン株式会社
品質保証・契約管理部　高橋 優子（Yuko Takahashi）
〒103-0022 東京都中央区日本橋室町3-8-2
TEL 03-5201-7755　FAX 03-5201-7799
━━━━━━━━━━━━━━━━━━━━"""

MAILS = [
dict(expect="hold", kind="sensitive.health", loc="body",
 why="Gives the real name, age and hospital ID of a trial subject together with the SAE diagnosis to the overseas sponsor instead of the pseudonymised subject code.",
 frm=SAEKI, to=["Laura Chen <laura.chen@norvalis.example.com>"],
 cc=["Raj Patel <raj.patel@norvalis.example.com>"],
 subject="NVT-207 Site 02 – initial SAE notification (24h)",
 text="""Hi Laura,

This is the 24-hour heads-up for a new SAE at Site 02 (Toto University Hospital, Dr. Okabe). The formal CIOMS will follow from Argus once the site signs the form.

- Subject: 0207-011 – Ms. Fumiko Ishiguro, 72 y/o female (hospital ID 00438815)
- Event: acute pancreatitis, hospitalised 11 June via ER
- Onset: 10 June evening, severe epigastric pain; lipase 1,840 U/L
- Last dose of IP: 9 June (Week 14)
- Investigator causality: possibly related; IP interrupted
- Outcome: ongoing, patient stable on IV fluids

The CRC told me Ms. Ishiguro's daughter called the site first, so the site may also have a family contact record – I have asked them not to put that into the EDC.

I will update you after tomorrow's call with Dr. Okabe.
""" + SIG_SAEKI,
 personal=[{"type":"name","value":"Ms. Fumiko Ishiguro"},{"type":"diagnosis","value":"acute pancreatitis"},{"type":"patient_id","value":"00438815"}]),

dict(expect="hold", kind="list.patients", loc="attachment",
 why="The attached screening log lists named patients with birth dates, diagnoses and screen-failure reasons; the body gives no hint.",
 frm=SAEKI, to=["Raj Patel <raj.patel@norvalis.example.com>"],
 subject="Site 03 screening log as of 31 May",
 text="""Dear Raj,

As discussed on Tuesday's enrolment call, please find the Site 03 screening log as of 31 May attached. You should be able to reconcile it against the IWRS screening numbers for the forecast model.

Site 03 is now at 9 randomised against a target of 14. I expect two more in June.

Thanks,
Mari
""" + SIG_SAEKI,
 attachments=[{"filename":"NVT207_Site03_screening_log_20250531.csv","contentType":"text/csv",
  "text":"""screening_no,patient_name,date_of_birth,sex,primary_diagnosis,EASI_baseline,status,reason
S03-021,Nagano Ritsuko,1961-02-17,F,Atopic dermatitis (severe),31.2,Randomised,
S03-022,Hamada Shotaro,1979-09-03,M,Atopic dermatitis; type 2 diabetes,24.8,Screen fail,HbA1c 9.1% exceeds limit
S03-023,Kubota Aiko,1988-12-22,F,Atopic dermatitis; depression (on SSRI),27.0,Screen fail,Excluded psychiatric condition
S03-024,Fujimoto Ren,1995-05-30,M,Atopic dermatitis (moderate),18.4,Randomised,
S03-025,Oshiro Keiko,1970-07-11,F,Atopic dermatitis; hepatitis B carrier,22.6,Screen fail,HBsAg positive
"""}],
 personal=[{"type":"name","value":"Kubota Aiko"},{"type":"birthdate","value":"1988-12-22"},{"type":"diagnosis","value":"depression (on SSRI)"},{"type":"diagnosis","value":"hepatitis B carrier"}]),

dict(expect="hold", kind="sensitive.health", loc="quoted",
 why="The forwarded coordinator message names a subject and his psychiatric admission for depression; the covering text only asks about a protocol deviation.",
 frm=MORIOKA, to=["Dr. Helen Whitcombe <helen.whitcombe@norvalis.example.com>"],
 subject="Fwd: 1103-012 の来院について / PD question",
 text="""Helen,

Forwarding the CRC's note from Site 11 below (in Japanese – short version: the subject will miss the Week 16 window). Can you advise whether medical monitoring wants this classified as a major PD or handled as a missed visit? The site would like an answer before Friday.

Kenji

-------- Forwarded Message --------
From: 湘南中央病院 治験管理室 CRC 西田 <nishida-crc@shonan-chuo-hp.example.jp>
Date: 2025/06/16 14:02
To: kenji.morioka@meridian-cr.example.jp
Subject: 1103-012 の来院について

森岡様

いつもお世話になっております。治験管理室の西田です。
被験者 1103-012 の宮下 俊介 様（58歳）ですが、先週 うつ病の悪化により当院精神科に入院されました。
主治医からは少なくとも3週間は入院が必要と聞いており、Week16 の来院は許容範囲内に実施できない見込みです。
治験薬は入院時に病棟で預かっております。今後の対応をご指示いただけますでしょうか。

湘南中央病院 治験管理室　西田 朋美
""" + SIG_MORIOKA,
 personal=[{"type":"name","value":"宮下 俊介"},{"type":"diagnosis","value":"うつ病の悪化により当院精神科に入院"}]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Password-protected zip of source-document copies sent by mail with the password to follow (PPAP).",
 frm=TAKA, to=["Gregory Hall <gregory.hall@norvalis.example.com>"],
 subject="NVT-207 Site 05 audit – requested source document copies",
 text="""Dear Mr. Hall,

Thank you for your time during the Site 05 audit last week.
As requested, please find attached the redacted source document copies for the three subjects you selected (certified copies, 42 pages in total).

The file is password-protected. I will send the password in a separate e-mail in a few minutes.

If any page is illegible, please let me know and I will ask the site to rescan it.

Kind regards,
Yuko Takahashi
Quality Assurance & Contracts
Meridian Clinical Research Japan K.K.
Tel +81-3-5201-7755""",
 attachments=[{"filename":"Site05_certified_copies_20250612.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="sensitive.health", loc="subject",
 why="The subject line carries the subject's full name with his ICU admission for sepsis; the body only refers to the Argus case.",
 frm=SAEKI, to=["Laura Chen <laura.chen@norvalis.example.com>"],
 subject="SAE follow-up #2: Kazuo Hirano (0207-004) – ICU admission, sepsis",
 text="""Laura,

Follow-up #2 has been entered in Argus this morning (case NV-JP-2025-00163). Changes since FU#1:

1. Blood cultures came back positive – the site updated the event term.
2. Discharge from ICU expected early next week; outcome still "not recovered".
3. Concomitant meds page updated (meropenem added 13 June).

The site will send the discharge summary once available.

Best,
Mari
""" + SIG_SAEKI,
 personal=[{"type":"name","value":"Kazuo Hirano"},{"type":"diagnosis","value":"ICU admission, sepsis"}]),

dict(expect="hold", kind="id.mynumber", loc="body",
 why="An investigator's 12-digit My Number is written in plain text to an outside accounting office.",
 frm=TAKA, to=["青山会計事務所 斉藤様 <saito@aoyama-kaikei.example.jp>"],
 subject="アドバイザリーボード謝金の支払調書について（岡部先生分）",
 text="""青山会計事務所
斉藤 様

いつもお世話になっております。メリディアン・クリニカルリサーチの高橋です。

5月24日開催のアドバイザリーボードの謝金につき、支払調書作成のため岡部先生の個人番号をご本人から取得いたしましたのでお知らせいたします。

　氏名：岡部 隆之（おかべ たかゆき）
　住所：東京都文京区本駒込2-14-9-502
　個人番号：675277178912
　支払金額：220,000円（源泉徴収税額 22,462円）

ご不明点がございましたらご連絡ください。
よろしくお願いいたします。
""" + SIG_TAKA,
 personal=[{"type":"mynumber","value":"675277178912"},{"type":"name","value":"岡部 隆之"},{"type":"address","value":"東京都文京区本駒込2-14-9-502"}]),

dict(expect="hold", kind="personal.skill_sheet", loc="body",
 why="A CRA candidate's full profile with home address, birth date, private mobile and family situation goes to the sponsor.",
 frm=MORIOKA, to=["Raj Patel <raj.patel@norvalis.example.com>"],
 subject="Proposed CRA for Site 05 – profile",
 text="""Hi Raj,

Following our resourcing discussion, here is the profile of the CRA we propose to take over Site 05 from August. She is currently contracted through our partner agency.

Name: Sayaka Oda (小田 さやか)
Date of birth: 14 March 1990 (35)
Home: 2-7-15 Kamiyoga, Setagaya-ku, Tokyo
Private mobile: 080-3317-6524
Private e-mail: sayaka.oda.0314@gmail.com
Experience: 6 years monitoring (oncology, dermatology), 2 years CRC
Family: married, one child (2 y/o); prefers sites reachable within 90 min
Languages: Japanese (native), English (TOEIC 860)

If you want an interview, she is available on 24 or 25 June.
""" + SIG_MORIOKA,
 personal=[{"type":"name","value":"Sayaka Oda"},{"type":"address","value":"2-7-15 Kamiyoga, Setagaya-ku, Tokyo"},{"type":"phone","value":"080-3317-6524"},{"type":"birthdate","value":"14 March 1990"}]),

dict(expect="hold", kind="sensitive.genome", loc="body",
 why="A named subject's pharmacogenomic genotype result is sent to the sponsor.",
 frm=SAEKI, to=["Dr. Helen Whitcombe <helen.whitcombe@norvalis.example.com>"],
 subject="PGx substudy – result query from Site 02",
 text="""Dear Dr. Whitcombe,

Dr. Okabe asked me to pass on a question about the PGx substudy. The central lab report for Tomoko Arakawa (subject 0207-018, Site 02) shows her as a CYP2C19 *2/*3 poor metaboliser, and she is also HLA-A*31:01 positive.

Dr. Okabe would like to know whether this result should be disclosed to her under section 9.4 of the ICF, given that she ticked "wish to be informed of clinically actionable findings".

Could medical monitoring provide guidance? I will relay the answer to the site.

Best regards,
Mari
""" + SIG_SAEKI,
 personal=[{"type":"name","value":"Tomoko Arakawa"},{"type":"genome","value":"CYP2C19 *2/*3 poor metaboliser"}]),

dict(expect="hold", kind="id.bank_account", loc="body",
 why="A trial subject's personal bank account for travel-cost reimbursement is sent in plain text to an outside payment vendor.",
 frm=TAKA, to=["ペイサポート株式会社 経理代行チーム <keiri@paysupport.example.co.jp>"],
 subject="負担軽減費 振込先変更のご連絡（NVT-207）",
 text="""ペイサポート株式会社
経理代行チーム ご担当者様

お世話になっております。メリディアン・クリニカルリサーチの高橋でございます。

NVT-207試験の負担軽減費につきまして、下記被験者より振込先口座の変更依頼がございました。
7月支払分から変更をお願いいたします。

　被験者番号：0311-006
　口座名義：ハマグチ ヨシエ
　金融機関：みずなみ銀行　藤沢支店（店番 274）
　種別・番号：普通 4418207

変更前の口座への振込はすでに停止済みです。
お手数ですがよろしくお願いいたします。
""" + SIG_TAKA,
 personal=[{"type":"bank_account","value":"普通 4418207"},{"type":"name","value":"ハマグチ ヨシエ"}]),

dict(expect="hold", kind="personal.inquiry", loc="body",
 why="Forwards a member of the public's full contact details and her son's condition to the sponsor's medical-information vendor.",
 frm=SAEKI, to=["MedInfo Partners Japan <inquiry@medinfo-partners.example.jp>"],
 cc=["Raj Patel <raj.patel@norvalis.example.com>"],
 subject="Inquiry received at Meridian – please handle (NVT-207 participation)",
 text="""Dear MedInfo team,

Our Tokyo office received the following phone inquiry yesterday. As agreed in the communication plan, all public inquiries about NVT-207 should be answered by your call centre, so I am passing it on.

Caller: Ms. Junko Terada
Address: 4-11-3 Minami-Urawa, Minami-ku, Saitama-shi
Phone: 048-882-5106 / mobile 090-6127-3380
Request: her son Yuto (17) has severe atopic dermatitis and has not responded to dupilumab; she asks whether he can join the study and which hospital near Saitama is recruiting.

Please call her back by Thursday if possible – she said afternoons are best.

Thanks,
Mari
""" + SIG_SAEKI,
 personal=[{"type":"name","value":"Ms. Junko Terada"},{"type":"address","value":"4-11-3 Minami-Urawa, Minami-ku, Saitama-shi"},{"type":"phone","value":"090-6127-3380"}]),

# ---------------- passes
dict(expect="pass", kind="benign.visit_schedule",
 why="Monitoring-visit arrangements naming site staff and sponsor staff, with heavy signatures; no patient data.",
 frm=SAEKI, to=["湘南中央病院 治験管理室 西田様 <nishida-crc@shonan-chuo-hp.example.jp>"],
 cc=["Raj Patel <raj.patel@norvalis.example.com>"],
 subject="NVT-207 Site 11 モニタリング訪問日程のご相談 / monitoring visit dates",
 text="""西田様

いつもお世話になっております。メリディアンの佐伯です。
次回のモニタリング訪問ですが、以下の候補日でご都合はいかがでしょうか。

　① 7月 8日（火）10:00–17:00
　② 7月10日（木）13:00–17:00
　③ 7月15日（火）10:00–15:00

当日はスポンサーのRaj Patel様が同行（co-monitoring）される予定です。治験責任医師の松井先生には、終了前に15分ほどお時間をいただけますと幸いです。

Raj – I have proposed 8, 10 or 15 July for the co-monitoring visit at Site 11. I will confirm once Ms. Nishida replies. Dr. Matsui (PI) should be available for a short debrief at the end.

よろしくお願いいたします。
""" + SIG_SAEKI),

dict(expect="pass", kind="benign.aggregate_safety",
 why="Aggregate safety counts for the DSMB, including infections, with no individual subject identifiable.",
 frm=MORIOKA, to=["Dr. Helen Whitcombe <helen.whitcombe@norvalis.example.com>"],
 cc=["Laura Chen <laura.chen@norvalis.example.com>"],
 subject="Japan cohort – aggregate safety figures for the DSMB pack",
 text="""Helen, Laura,

For the July DSMB pack, here are the Japan-cohort aggregates as of the 15 June data cut (blinded, all arms pooled):

| Category                         | Subjects | Events |
|----------------------------------|----------|--------|
| Randomised                       | 118      | –      |
| Any TEAE                         | 71       | 203    |
| SAEs                             | 9        | 12     |
|   of which serious infections    | 3        | 3      |
|   (pneumonia 2, cellulitis 1)    |          |        |
| Discontinued due to AE           | 4        | –      |
| Deaths                           | 0        | 0      |

Conjunctivitis remains the most frequent TEAE (14 subjects). No new safety signal identified by the Japan medical monitor.

Line listings will go directly from the CRO biostatistics group to the unblinded statistician, not via e-mail.
""" + SIG_MORIOKA),

dict(expect="pass", kind="benign.pseudonymised_log",
 why="Protocol-deviation log with pseudonymised subject codes and visit-window issues only; codes look like IDs but identify no one outside the site.",
 frm=SAEKI, to=["Raj Patel <raj.patel@norvalis.example.com>"],
 subject="PD log update – Sites 02/03/11 (June)",
 text="""Hi Raj,

Attached is the updated protocol deviation log for my three sites. Four new entries this month, all minor except the IP temperature excursion at Site 03, which the site has already reported to the IRB.

Let me know if you need the CAPA from Site 03 before the quality review.

Mari
""" + SIG_SAEKI,
 attachments=[{"filename":"NVT207_PD_log_2025-06.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text":"""[PD_log]
PD_ID\tSite\tSubject\tVisit\tCategory\tDescription\tClass\tReported_IRB
PD-0207-031\t02\t0207-009\tW12\tVisit window\tVisit done Day +6 outside window (±3)\tMinor\tNo
PD-0207-032\t02\t0207-014\tW8\tProcedure\tEASI photo not taken\tMinor\tNo
PD-0311-017\t03\t0311-002\tW16\tIP handling\tIP stored at 11.2°C for 3 h (range 2–8°C)\tMajor\tYes
PD-1103-008\t11\t1103-005\tW4\tVisit window\tVisit done Day -4\tMinor\tNo
"""}]),

dict(expect="pass", kind="benign.invoice_swift",
 why="Invoice to the sponsor's accounts payable with the CRO's corporate bank account and SWIFT code.",
 frm=TAKA, to=["Norvalis Accounts Payable <ap@norvalis.example.com>"],
 cc=["Raj Patel <raj.patel@norvalis.example.com>"],
 subject="Invoice MCRJ-INV-2025-0614 – NVT-207 monitoring fees Q2",
 text="""Dear Accounts Payable team,

Please find below the details of our invoice for Q2 monitoring services under Work Order NVT-207-WO3.

Invoice no.: MCRJ-INV-2025-0614
PO no.: 4500871236
Amount: USD 184,320.00 (incl. pass-through costs USD 12,940.00)
Due date: 31 July 2025 (Net 45)

Bank details (unchanged):
Beneficiary: Meridian Clinical Research Japan K.K.
Bank: Sakura Trust Bank, Ltd., Nihonbashi Branch
Account no.: 0219384 (ordinary)
SWIFT/BIC: SKTBJPJT
Corporate number (法人番号): 4010001187326

The PDF invoice is attached for your records.

Kind regards,
Yuko Takahashi
Quality Assurance & Contracts
Meridian Clinical Research Japan K.K.""",
 attachments=[{"filename":"MCRJ-INV-2025-0614.pdf","contentType":"application/pdf",
  "text":"INVOICE MCRJ-INV-2025-0614\nBill to: Norvalis Therapeutics Inc., 200 Fulton Park Drive, Boston MA\nService period: Apr–Jun 2025\nMonitoring visits (42) USD 151,200.00\nSite management fees USD 20,180.00\nPass-through (travel) USD 12,940.00\nTotal USD 184,320.00\nPay to: Sakura Trust Bank, Nihonbashi Br., A/C 0219384, SWIFT SKTBJPJT"}]),

dict(expect="pass", kind="benign.tracking_outage",
 why="EDC outage ('障害') notice with 12-digit Yamato tracking numbers for drug shipments; two numbers happen to pass the My Number check digit.",
 frm=MORIOKA, to=["東都大学病院 治験事務局 <chiken@toto-univ-hp.example.jp>","湘南中央病院 治験管理室 <chiken@shonan-chuo-hp.example.jp>"],
 cc=[SAEKI],
 subject="【NVT-207】EDCシステム障害のお知らせ および 治験薬発送追跡番号",
 text="""各施設 治験事務局 ご担当者様

いつもお世話になっております。メリディアンの森岡です。

■ EDCシステム障害について
本日 6/18 9:40頃から、EDC（Medirix）にログインできない障害が発生しております。ベンダーによると、認証サーバの障害で 15:00 頃の復旧見込みとのことです。入力期限については、本障害分を考慮いたしますのでご安心ください。

■ 治験薬の発送
昨日、以下のとおり治験薬を発送しております（ヤマト運輸・クール便）。

　東都大学病院　　送り状番号 4123-4500-4455　（キット No. 207-K-1181～1186）
　湘南中央病院　　送り状番号 412345004820　（キット No. 207-K-1187～1190）

到着後、温度ロガーのデータをIWRSにアップロードしてください。

よろしくお願いいたします。
""" + SIG_MORIOKA),

dict(expect="pass", kind="benign.successor",
 why="Successor introduction to a site investigator; names and business contacts only.",
 frm=SAEKI, to=["松井 誠一 先生 <matsui.seiichi@shonan-chuo-hp.example.jp>"],
 cc=["Sho Kaneda <sho.kaneda@meridian-cr.example.jp>"],
 subject="担当CRA交代のご挨拶（NVT-207）",
 text="""松井 誠一 先生

いつも大変お世話になっております。メリディアン・クリニカルリサーチの佐伯でございます。

私事で恐縮ですが、8月1日付で社内の別プロジェクトへ異動することとなり、NVT-207における貴院の担当を金田 翔（かねだ しょう）に引き継ぐことになりました。
金田はこれまで皮膚科領域の試験を4本担当しており、来週7月10日の訪問に同行させていただきます。

これまで先生と治験管理室の皆様には、登録促進の面で本当にお力添えをいただきました。心より御礼申し上げます。
引き続き変わらぬご指導のほど、よろしくお願い申し上げます。

金田の連絡先：sho.kaneda@meridian-cr.example.jp ／ 03-5201-7748
""" + SIG_SAEKI),

dict(expect="pass", kind="benign.congratulations",
 why="Congratulations on an investigator's publicly announced professorship; no personal data beyond the public appointment.",
 frm=MORIOKA, to=["Prof. Takayuki Okabe <t.okabe@toto-univ-hp.example.jp>"],
 subject="Congratulations on your appointment",
 text="""Dear Professor Okabe,

I read in the university's press release this morning that you have been appointed Professor and Chair of the Department of Dermatology from 1 July. On behalf of everyone at Meridian – and, I am sure, the whole Norvalis team – congratulations!

Dr. Whitcombe asked me to pass on her personal congratulations too; she hopes to see you at the EADV congress in Paris this autumn.

We look forward to continuing our work together on NVT-207.
""" + SIG_MORIOKA),

dict(expect="pass", kind="benign.project_six_addresses",
 why="Kick-off minutes to six visible addresses from only two companies (CRO and sponsor).",
 frm=MORIOKA,
 to=["Dr. Helen Whitcombe <helen.whitcombe@norvalis.example.com>","Raj Patel <raj.patel@norvalis.example.com>","Laura Chen <laura.chen@norvalis.example.com>"],
 cc=[SAEKI, TAKA, "Sho Kaneda <sho.kaneda@meridian-cr.example.jp>"],
 subject="NVT-209 Japan extension – kick-off minutes (17 June)",
 text="""All,

Thank you for joining the kick-off for the Japan extension study NVT-209. Minutes below; please send corrections by Friday.

Attendees: H. Whitcombe, R. Patel, L. Chen (Norvalis); K. Morioka, M. Saeki, Y. Takahashi, S. Kaneda (Meridian)

1. Timeline – PMDA consultation slot requested for September; FPI target January 2026.
2. Sites – 8 sites proposed; feasibility questionnaires go out 1 July (owner: Saeki).
3. Safety – SAE reporting workflow same as NVT-207; Laura to confirm if Argus case series can be reused.
4. Contracts – template CTA in Japanese to be sent to Norvalis legal by 27 June (owner: Takahashi).
5. Budget – Raj to share updated pass-through assumptions.

Action items
- [Saeki] Feasibility list and questionnaire – 1 Jul
- [Takahashi] Japanese CTA template – 27 Jun
- [Patel] Budget assumptions – 24 Jun
- [Chen] Argus configuration check – 30 Jun

Next call: 1 July, 08:30 JST / 19:30 EDT (30 June).
""" + SIG_MORIOKA),

dict(expect="pass", kind="benign.plain_zip",
 why="Unencrypted zip of blank CRF completion guidelines and templates sent to a site.",
 frm=SAEKI, to=["東都大学病院 治験事務局 <chiken@toto-univ-hp.example.jp>"],
 subject="NVT-207 CRF記入の手引き v3.0 ほか一式",
 text="""東都大学病院 治験事務局 御中

お世話になっております。メリディアンの佐伯です。

CRF記入の手引きが v3.0 に改訂されましたので、関連様式と併せてお送りします（ZIP、パスワードなし）。
主な変更点は以下のとおりです。

・Week 20 来院の採血項目に IgE を追加
・併用薬ページの記載例を差し替え
・ブランク様式（来院記録、有害事象記録）を最新版に更新

お手数ですが、CRC の皆様への周知をお願いいたします。
""" + SIG_SAEKI,
 attachments=[{"filename":"NVT207_CRF_guidelines_v3.0.zip","contentType":"application/zip",
  "text":"NVT207_CRF_Completion_Guidelines_v3.0.pdf\nNVT207_Blank_Visit_Record_v3.0.docx\nNVT207_Blank_AE_Form_v3.0.docx\nChangeLog_v2.1_to_v3.0.txt"}]),

dict(expect="pass", kind="benign.genome_policy",
 why="Genome-testing policy and ICF template for a PGx substudy sent to an IRB office; no individual results.",
 frm=TAKA, to=["東都大学病院 倫理審査委員会事務局 <irb-office@toto-univ-hp.example.jp>"],
 subject="NVT-207 ゲノム付随研究 審査資料の提出について",
 text="""東都大学病院 倫理審査委員会事務局 御中

お世話になっております。メリディアン・クリニカルリサーチの高橋です。

NVT-207 ゲノム付随研究（PGx サブスタディ）の審査資料を提出いたします。

1. 研究計画書 補遺 v2.0（遺伝子解析の対象：CYP2C19、HLA-A/B 領域に限定）
2. 説明文書・同意書 雛形（偶発的所見の開示方針を第9.4項に追記）
3. 試料・情報の保管および廃棄に関する手順書（保管期間：最終報告後10年）
4. 海外（米国）中央検査機関への提供に関する記載

個人の解析結果は本資料には一切含まれておりません。
7月の委員会にて審議いただけますと幸いです。
""" + SIG_TAKA),
]
