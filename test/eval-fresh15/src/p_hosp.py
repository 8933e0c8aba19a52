from common import *
PRIYA = "Priya Raman <priya.raman@meridian-cr.com>"

M("th_h1", "hold", "sensitive.medical",
  "SAE report to an overseas CRO that carries the subject's initials, full date of birth and hospital ID together with diagnoses, making the patient identifiable.",
  NONOMURA, [PRIYA], 
  "SAE initial report - Site 012 / MCR-ONC-2207 / Subject 012-007",
  f"""Dear Priya,

This is the initial notification of an SAE at Site 012 (Tohto Medical University Hospital).
The signed SAE form will follow within 24 hours via the EDC.

Subject: 012-007 (initials K.S., DOB 1958-02-19, hospital ID 0048812573)
Event: febrile neutropenia, CTCAE Grade 4
Onset: 2 September 2024 / admitted the same day
Study drug: last dose C3D1 (28 Aug); held since onset
Relevant history: chronic hepatitis C (SVR after DAA in 2019), type 2 diabetes on metformin
Treatment: cefepime IV, G-CSF
Causality (PI, Dr. Todo): possibly related
Outcome: ongoing, ANC recovering (0.4 → 0.9 x10^9/L on 4 Sep)

Please let me know if the sponsor needs the lab printouts before the form.

Best regards,
Misaki Nonomura

{S_NONOMURA}""",
  personal=[("birthdate", "DOB 1958-02-19"), ("idnumber", "hospital ID 0048812573"), ("health", "febrile neutropenia, CTCAE Grade 4"),
            ("health", "chronic hepatitis C")])

M("th_h2", "hold", "roster.patients",
  "スクリーニングログのXLSXに候補患者の氏名・年齢・診断名・検査値・電話が並び、外部SMOへ送られる。",
  NONOMURA, ["佐藤 様 <sato.ayaka@caretrial.co.jp>"],
  "スクリーニングログ更新（TT-DM-301）9/13時点",
  f"""株式会社ケアトライアル
佐藤 様

お世話になっております。東都医大病院 臨床研究支援センターの野々村です。
TT-DM-301 のスクリーニングログを9/13時点で更新しました。
今週は外来から5名ピックアップし、2名が同意取得済みです。
残り3名の声かけは、来週の外来日にあわせて佐藤さんにもご同席いただけると助かります。

{S_NONOMURA}""",
  att=[A("ScreeningLog_TT-DM-301_20240913.xlsx", XLSX, """No\t氏名\t年齢\t性別\t診断名\tHbA1c\teGFR\t電話\t状況
S-031\t吉岡 正志\t58\t男\t2型糖尿病・高血圧症\t8.4\t62\t03-3941-2087\t同意取得 9/10
S-032\t森田 加代子\t64\t女\t2型糖尿病・脂質異常症\t7.9\t71\t090-6630-4418\t同意取得 9/12
S-033\t長島 誠\t49\t男\t2型糖尿病・うつ病（服薬中）\t9.1\t88\t080-2214-7759\t要PI判断（除外基準7）
S-034\t増井 由紀\t61\t女\t2型糖尿病\t8.0\t54\t03-5396-1142\t声かけ予定 9/18
S-035\t花田 健一\t55\t男\t2型糖尿病・慢性腎臓病G3a\t8.7\t48\t070-3358-0926\t不適格（eGFR）""")],
  personal=[("name", "吉岡 正志"), ("phone", "03-3941-2087"), ("name", "森田 加代子"), ("name", "長島 誠"),
            ("health", "2型糖尿病・うつ病（服薬中）"), ("name", "増井 由紀"), ("name", "花田 健一")])

M("th_h3", "hold", "attachment.encrypted_zip",
  "Password-protected zip attached (PPAP); held regardless of what the body says.",
  KAWAI, ["Contracts Team <contracts-apac@meridian-cr.com>"],
  "Executed CTA and site budget - MCR-ONC-2207 (password to follow)",
  f"""Dear Contracts Team,

Please find attached the fully executed Clinical Trial Agreement and the final site budget
for MCR-ONC-2207, Site 012. Per our hospital's IT policy the file is a password-protected zip;
the password will be sent in a separate email.

The original hard copies were posted to your Singapore office today by EMS
(tracking EJ448120937JP).

Best regards,

{S_KAWAI}""",
  att=[A("MCR-ONC-2207_Site012_CTA_executed.zip", ZIP, encrypted=True)])

M("th_h4", "hold", "id.bank_account",
  "治験参加者4名の個人口座と氏名・負担軽減費の一覧を外部の経理代行会社へ送付。",
  KAWAI, ["菅野 様 <kanno.r@accountworks.co.jp>"],
  "負担軽減費 振込依頼（9月来院分）",
  f"""株式会社アカウントワークス
支払業務担当 菅野 様

いつもお世話になっております。東都医大病院 臨床研究支援センターの河合です。
9月来院分の負担軽減費の振込依頼一覧を添付いたします。
振込日は10/10（木）でお願いいたします。

1件、口座変更の届出がありました（No.3）ので、マスタの更新もお願いします。

{S_KAWAI}""",
  att=[A("負担軽減費振込依頼_202409.xlsx", XLSX, """No\t試験\t氏名（カナ）\t金融機関\t支店\t種別\t口座番号\t来院回数\t金額
1\tTT-DM-301\tヨシオカ マサシ\tみなと信用金庫\t巣鴨支店\t普通\t0483317\t2\t14,000
2\tTT-DM-301\tモリタ カヨコ\t東京第一銀行\t駒込支店\t普通\t6120948\t1\t7,000
3\tMCR-ONC-2207\tサイトウ ケイコ\tゆうちょ銀行\t〇一八店\t普通\t7741026\t3\t21,000
4\tTT-RA-115\tクボタ ノリヒロ\t東京第一銀行\t千石支店\t普通\t3305871\t1\t7,000""")],
  personal=[("name", "ヨシオカ マサシ"), ("account", "0483317"), ("name", "モリタ カヨコ"), ("account", "6120948"),
            ("name", "サイトウ ケイコ"), ("account", "7741026"), ("name", "クボタ ノリヒロ")])

M("th_h5", "hold", "personal.contact_to_vendor",
  "研究参加者1名の氏名・自宅住所・電話と歩行状態を外部のタクシー会社へ送っている。",
  NONOMURA, ["東都交通 配車係 <haisha@tohto-kotsu.co.jp>"],
  "Re: 9/20 送迎予約",
  f"""承知しました。
お迎え先は 吉村 フミ 様 のご自宅、板橋区前野町4-38-11 です。
電話 03-3965-2278（ご本人）。9時15分のお迎えでお願いします。
車椅子は不要ですが杖歩行なので、玄関まで声かけをお願いします。
野々村

> 野々村様
> 東都交通です。20日の送迎、お迎え先とご連絡先をお知らせください。""",
  personal=[("name", "吉村 フミ"), ("address", "板橋区前野町4-38-11"), ("phone", "03-3965-2278")])

M("th_h6", "hold", "id.passport",
  "Visiting researcher's passport number, date of birth and a passport scan sent to an outside visa agent.",
  KAWAI, ["Funmi Adeyemi <f.adeyemi@globalvisitpartners.com>"],
  "Invitation documents - Dr. Chinedu Okafor (visiting fellow, Jan-Mar 2025)",
  f"""Dear Ms. Adeyemi,

Thank you for handling the visa application for our incoming visiting fellow.
As requested, below are his details for the Certificate of Eligibility and the invitation letter.

  Name: Dr. Chinedu Emeka OKAFOR
  Date of birth: 22 May 1987
  Passport No.: A09284571 (Federal Republic of Nigeria, issued 2021-11-03, expires 2031-11-02)
  Home address: 14 Adebayo Street, Ikeja, Lagos
  Period of stay: 6 January - 28 March 2025
  Host: Prof. Ryosuke Todo, Clinical Research Support Center

A scan of the passport data page is attached. The signed invitation letter from Prof. Todo
will be sent by courier next week.

Kind regards,

{S_KAWAI}""",
  att=[A("Okafor_passport_datapage.jpg", JPG)],
  personal=[("name", "Chinedu Emeka OKAFOR"), ("birthdate", "22 May 1987"), ("passport", "A09284571"),
            ("address", "14 Adebayo Street, Ikeja, Lagos")])

M("th_h7", "hold", "sensitive.genome",
  "Named patient's and sibling's germline variant (genetic information) sent to an external lab abroad.",
  TODO, ["Dr. Lena Brandt <l.brandt@nordgen-analytics.de>"],
  "Re: Re-analysis request - family case TMU-FH-03",
  f"""Dear Dr. Brandt,

Thank you for the quick turnaround on the first panel.

As discussed, we would like to request a re-analysis of the family case TMU-FH-03.
The proband, Mr. Takeshi Araki (44), carries the BRCA2 c.5946delT (p.Ser1982fs) pathogenic variant
reported in your first run. His sister, Ms. Yumi Araki (47), was diagnosed with ovarian cancer
last year and has now consented to testing; her sample (tube ID FH03-02) will ship on 24 September.

Could you also re-evaluate the VUS in PALB2 found in the proband in light of the sister's phenotype?
The consent forms permit sharing with your laboratory for this purpose.

With best regards,

{S_TODO_EN}""",
  personal=[("name", "Takeshi Araki"), ("genome", "BRCA2 c.5946delT"), ("name", "Yumi Araki"), ("health", "diagnosed with ovarian cancer")])

M("th_h8", "hold", "sensitive.medical",
  "件名に被験者の姓とHIV陽性が書かれ、外部のSMO・治験依頼者へ送られる（本文は識別コードのみ）。",
  KAWAI, ["佐藤 様 <sato.ayaka@caretrial.co.jp>", "臨床開発部 モニター 前川 様 <maekawa.t@kowa-pharma-dev.co.jp>"],
  "Fwd: 佐野様 HIV陽性判明に伴う治験中止の件",
  f"""佐藤様、前川様

東都医大病院 臨床研究支援センターの河合です。
下記、担当CRCからの連絡を転送いたします。
中止報告書（被験者識別コード 301-015）を添付しますので、ご確認ください。
中止日は9月19日付です。

{S_KAWAI}

---------- Forwarded message ---------
From: 野々村 美咲
Date: 2024年9月19日(木) 16:02
Subject: 中止報告

河合さん
301-015の方、スクリーニング後の追加検査で除外基準に該当したため本日付で中止です。
PIサイン済みの中止報告書をスキャンしました。依頼者とSMOへの連絡をお願いします。
野々村""",
  att=[A("中止報告書_301-015.pdf", PDF, """治験中止報告書
治験課題名 TT-DM-301　被験者識別コード 301-015
中止日 2024年9月19日　中止理由 除外基準第4項に該当
治験責任医師 藤堂 亮介""")],
  personal=[("name", "佐野様"), ("health", "HIV陽性判明")])

M("th_h9", "hold", "id.health_insurance",
  "被験者1名の氏名・生年月日と健康保険証の保険者番号・記号番号を外部の医事委託会社へ送付。",
  KAWAI, ["請求チーム <seikyu@medical-clerk-tokyo.co.jp>"],
  "治験 保険外併用療養費 請求用情報（TT-RA-115）",
  f"""株式会社メディカルクラーク東京
請求チーム ご担当者様

東都医大病院 臨床研究支援センターの河合です。
10月分の請求処理にあたり、新規組入れの被験者情報をお送りします。

試験：TT-RA-115（関節リウマチ）
氏名：久保田 典弘（クボタ ノリヒロ）
生年月日：1971年6月30日
保険者番号：06131285
被保険者証 記号：1204　番号：3381（本人）
組入日：2024年9月26日
治験期間中の検査・画像は依頼者負担となりますので、レセプトの分離をお願いいたします。

{S_KAWAI}""",
  personal=[("name", "久保田 典弘"), ("birthdate", "1971年6月30日"), ("insurance", "06131285"), ("insurance", "記号：1204　番号：3381")])

M("th_h10", "hold", "sensitive.medical",
  "派遣スタッフ（同僚）個人の健診結果（貧血・抗体陰性）を外部の派遣会社へ送っている。",
  KAWAI, ["伊藤 様 <ito.k@medstaff-tokyo.co.jp>"],
  "派遣CRC 岡田様の配置について",
  f"""株式会社メディカルスタッフ東京
伊藤 様

いつもお世話になっております。東都医大病院の河合です。
10月から派遣いただいている岡田 沙織 さんの件でご相談です。

当院の雇入時健康診断の結果、HBs抗体陰性、Hb 9.8 g/dL の貧血で要再検となっており、
産業医から「ワクチン接種完了までは採血・検体処理の業務に就かせないこと」との指示が出ています。
このため当面は外来の同意説明補助と事務作業を中心にお願いすることになります。
業務範囲の変更について、貴社側の契約上問題がないかご確認いただけますでしょうか。

ご本人には産業医から直接説明済みです。

{S_KAWAI}""",
  personal=[("name", "岡田 沙織"), ("health", "HBs抗体陰性、Hb 9.8 g/dL の貧血で要再検")])

M("th_h11", "hold", "sensitive.medical",
  "The reply itself is harmless, but the quoted internal note names a subject with full name, hospital record number and cancer recurrence.",
  KAWAI, [PRIYA],
  "RE: Query 0142 - missing Visit 6 date, Subject 012-004",
  f"""Dear Priya,

Regarding query 0142, please see the note from our CRC below. In short, the subject missed
Visit 6 because of a hospitalization elsewhere; we will record it as a protocol deviation
and report the hospitalization as an SAE once we obtain the discharge summary.

Best regards,

{S_KAWAI}

> From: 野々村 美咲
> Sent: Wednesday, September 25, 2024 9:48
> To: 河合 健吾
> Subject: 012-004 V6
>
> 河合さん
> 012-004の長尾 恵美子さん（カルテ 0051238840）ですが、乳がんの再発（骨転移）で
> 9/11から埼玉の病院に入院中とのこと、娘さんから電話がありました。V6は実施不可です。
> 退院サマリーは先方の病院に依頼中です。
> 野々村""",
  personal=[("name", "長尾 恵美子"), ("idnumber", "カルテ 0051238840"), ("health", "乳がんの再発（骨転移）")])

# ---------- passes ----------
M("th_p1", "pass", "benign.minutes",
  "Site initiation visit minutes: many staff names and signatures, no patient data.",
  KAWAI, [PRIYA, "Kevin Chen <kevin.chen@meridian-cr.com>", "前川 拓也 <maekawa.t@kowa-pharma-dev.co.jp>"],
  "Minutes - Site Initiation Visit, MCR-ONC-2207 Site 012 (26 Aug 2024)",
  f"""Dear all,

Please find the minutes of the SIV held on 26 August. Comments by 6 September, please.

Attendees
  Tohto Medical University Hospital: Prof. Ryosuke Todo (PI), Dr. Haruka Mizuno (Sub-I),
    Misaki Nonomura (CRC), Yoko Ishii (pharmacy), Kengo Kawai (admin)
  Meridian Clinical Research: Priya Raman (CRA), Kevin Chen (Lead CRA)
  Kowa Pharma Development: Takuya Maekawa (study manager, by web)

1. Protocol overview (v3.0) - presented by K. Chen. No site questions outstanding.
2. IP handling - pharmacy to use the validated fridge in room B-214; temperature logger S/N TL-88231-04.
3. EDC accounts - issued to Dr. Todo, Dr. Mizuno and Ms. Nonomura; training certificates filed.
4. Recruitment target - 6 subjects by March 2025. Site expects 2 candidates from the outpatient clinic in September.
5. Safety reporting - SAE to Meridian within 24h (priya.raman@meridian-cr.com, fax +65-6220-4418).

Action items
  - Site: send updated delegation log (owner: Nonomura) by 30 Aug
  - Meridian: ship lab kits (owner: Chen) by 2 Sep

Best regards,

{S_KAWAI}""",
  cc=[NONOMURA, TODO])

M("th_p2", "pass", "benign.aggregate_statistics",
  "院内感染サーベイランスの集計値（件数・率）のみ。「感染」「隔離」の語はあるが個人は特定できない。",
  TODO, ["事務局 <office@kanto-ipc-net.jp>"],
  "多施設院内感染サーベイランス 2024年度第1四半期データ提出",
  f"""関東感染対策ネットワーク 事務局 御中

平素よりお世話になっております。
東都医科大学附属病院の藤堂でございます。

標記サーベイランスの当院データ（2024年4月〜6月、集計値）を下記のとおり提出いたします。

　延べ入院患者日数　　　　　　　　 61,842 日
　MRSA 新規検出　　　　　　　　　　 12 件（1,000患者日あたり 0.19）
　CDI（C. difficile 感染症）　　　　  5 件
　CLABSI　　　　　　　　　　　　　　 3 件（1,000カテーテル日あたり 0.9）
　接触予防策による個室隔離 延べ日数 418 日
　手指衛生遵守率（直接観察）　　　 78.4%

前四半期と比べCDIが2件増加しており、現在ICTで抗菌薬使用状況を確認中です。
個票データは規約に基づき匿名化のうえ、別途システムからアップロード済みです。

何卒よろしくお願い申し上げます。

{S_TODO}""")

M("th_p3", "pass", "benign.coded_trial_data",
  "Query responses using only coded subject IDs and lab values; no name, DOB or hospital ID (standard pseudonymised practice).",
  NONOMURA, [PRIYA],
  "Query responses - Subjects 012-003 and 012-005",
  f"""Hi Priya,

I have answered the open queries in the EDC. Summary:

- Q0131 (012-003, Visit 4): ALT was transcribed as 24 U/L; source shows 42 U/L. Corrected.
- Q0133 (012-003): concomitant medication start date corrected to 2024-07-11 per source.
- Q0137 (012-005, Visit 2): ECG time entered in 12h format; corrected to 14:20.
- Q0138 (012-005): weight 61.4 kg confirmed against source, no change.

All four should be ready for re-review. Let me know if anything else is needed before your visit on 3 October.

Misaki

{S_NONOMURA}""")

M("th_p4", "pass", "benign.condolence",
  "学会関係者への弔意の書状。故人は公的に知られた名誉教授で、職務上の情報のみ。",
  TODO, ["日本臨床試験学会 事務局 <jimukyoku@jsct-society.jp>"],
  "故 長谷川 昭彦 名誉教授のご逝去に際して",
  f"""日本臨床試験学会 事務局 御中
理事長 杉原 正人 先生

このたびは、本学会名誉会員 長谷川 昭彦 先生のご逝去の報に接し、
謹んで哀悼の意を表します。

先生には、当院臨床研究支援センター設立時（2006年）に外部評価委員として
ご指導を賜り、我が国におけるCRC制度の確立にも多大なご尽力をいただきました。
ご葬儀はご家族のみで執り行われると伺いましたので、略儀ながらメールにて
お悔やみを申し上げます。偲ぶ会の予定が決まりましたら、お知らせいただけますと幸いです。

心よりご冥福をお祈り申し上げます。

{S_TODO}""")

M("th_p5", "pass", "benign.own_data",
  "研究参加者本人の希望により、本人の検査結果を本人の個人アドレスへ送付。本人自身のデータ。",
  NONOMURA, ["今井 和也 様 <kazuya.imai.77@gmail.com>"],
  "【東都医大病院】研究参加時の検査結果のお知らせ（ご本人様）",
  f"""今井 和也 様

先日は臨床研究（TT-DM-301 事前検査）にご協力いただき、ありがとうございました。
ご希望のありましたご本人様の検査結果を、以下のとおりお知らせいたします。

　検査日：2024年9月9日
　HbA1c　　　 6.9 %（基準 4.6〜6.2）
　空腹時血糖　132 mg/dL
　LDLコレステロール 148 mg/dL
　eGFR　　　　 76 mL/min/1.73m2

今回の結果により、研究の参加基準には該当しませんでしたが、
HbA1cがやや高めですので、かかりつけの先生にこの結果をお見せのうえご相談ください。
紙の結果票は郵送でもお送りしております。

ご不明点は下記までお気軽にお問い合わせください。

{S_NONOMURA}""")

M("th_p6", "pass", "benign.introduction",
  "CRC担当交代の挨拶。職員の氏名・直通番号のみで、患者情報なし。",
  NONOMURA, ["佐藤 様 <sato.ayaka@caretrial.co.jp>", "前川 様 <maekawa.t@kowa-pharma-dev.co.jp>", PRIYA],
  "CRC担当交代のご挨拶（TT-DM-301／MCR-ONC-2207）",
  f"""関係者各位
（English below）

いつもお世話になっております。東都医大病院 臨床研究支援センターの野々村です。
11月1日より、TT-DM-301 の担当CRCが私から北川に交代いたします。
MCR-ONC-2207 は引き続き私が担当いたします。

　新担当：北川 朋美（きたがわ ともみ）
　直通：03-5832-4419　メール：kitagawa.tomomi@tohto-med.ac.jp

10月中は二人体制で引継ぎを行います。今後ともよろしくお願いいたします。

---
Dear all,
From 1 November, the CRC for TT-DM-301 will change from me to Ms. Tomomi Kitagawa
(direct line +81-3-5832-4419). I will remain the CRC for MCR-ONC-2207.

{S_NONOMURA}""")

M("th_p7", "pass", "benign.corporate_account",
  "Invoice to the sponsor with the hospital's own institutional bank account; no private person's account.",
  KAWAI, ["Accounts Payable <ap@meridian-cr.com>"],
  "Invoice TMU-CRSC-2024-0412 - MCR-ONC-2207 start-up fees",
  f"""Dear Accounts Payable team,

Please find attached our invoice for the start-up fees of MCR-ONC-2207, Site 012.

  Invoice no.: TMU-CRSC-2024-0412
  Amount: JPY 1,650,000 (incl. consumption tax 150,000)
  Due date: 31 October 2024

Remittance details
  Bank: Kanto Metropolitan Bank, Honkomagome Branch
  SWIFT: KMBKJPJT
  Account no.: 1408832 (ordinary)
  Account name: Tohto Medical University (Gakko Hojin Tohto Ika Daigaku)

Please quote the invoice number in the payment reference.

Kind regards,

{S_KAWAI}""",
  att=[A("Invoice_TMU-CRSC-2024-0412.pdf", PDF, """INVOICE TMU-CRSC-2024-0412
Bill to: Meridian Clinical Research Pte. Ltd., 80 Robinson Road, Singapore
Description: MCR-ONC-2207 site start-up fee (IRB review, pharmacy set-up, archiving)
Amount JPY 1,500,000 / Tax JPY 150,000 / Total JPY 1,650,000
Registration No. (Qualified Invoice) T6010005003391""")])

M("th_p8", "pass", "attachment.plain_zip",
  "Unencrypted zip of regulatory documents (IRB approval, lab ranges); nothing personal.",
  KAWAI, [PRIYA],
  "ISF documents for MCR-ONC-2207 Site 012",
  f"""Dear Priya,

As requested, attached is a zip (not password protected) with the regulatory documents for the ISF.
The lab accreditation certificate is the renewed one valid until 2026.

Best regards,

{S_KAWAI}""",
  att=[A("Site012_ISF_docs_20240902.zip", ZIP, """[ZIP contents]
01_IRB_approval_letter_MCR-ONC-2207_20240819.pdf
02_Protocol_v3.0_signature_page_signed.pdf
03_Lab_normal_ranges_2024.xlsx
04_Lab_accreditation_ISO15189_certificate.pdf
05_Pharmacy_temperature_mapping_room_B-214.pdf""")])

M("th_p9", "pass", "benign.lookalike_number",
  "治験薬の受領確認。キット番号・ロット番号・温度ロガーのシリアルなど番号は多いが個人情報ではない。",
  NONOMURA, ["前川 様 <maekawa.t@kowa-pharma-dev.co.jp>"],
  "治験薬 受領のご報告（TT-DM-301 第2回納品）",
  f"""興和ファーマ開発株式会社
前川 様

お世話になっております。東都医大病院 臨床研究支援センターの野々村です。
本日、第2回納品分の治験薬を薬剤部にて受領しましたのでご報告いたします。

　受領日時：2024年9月24日 10:40
　キット番号：301-K-0045 〜 301-K-0056（12キット）
　ロット番号：TD301-24B017　使用期限：2026-02
　温度ロガー：S/N 7719-0483-22（輸送中の逸脱なし、最高 6.8℃）
　伝票番号：4418-2290-6713

受領書は薬剤部 石井より別途FAXいたします。

{S_NONOMURA}""")

M("th_p10", "pass", "benign.introduction",
  "Symposium programme with speakers' public professional affiliations; no private data.",
  TODO, ["Prof. Helen Marsh <h.marsh@southbridge.edu.au>"],
  "Joint symposium on decentralised trials - draft programme",
  f"""Dear Helen,

It was a pleasure to meet you in Melbourne. As promised, here is the draft programme for our
joint symposium (Tokyo, 14 February 2025, hybrid).

09:30 Opening - Prof. Ryosuke Todo (Tohto Medical University)
09:45 Keynote: "Remote monitoring in oncology trials" - Prof. Helen Marsh (Southbridge University)
10:45 "eConsent in Japanese hospitals: two years on" - Dr. Haruka Mizuno (Tohto)
11:30 Panel with PMDA and the Australian TGA (speakers to be confirmed)
13:30 Workshop for CRCs - Misaki Nonomura (Tohto) and Dr. Liam O'Connor (Southbridge)

Could you let me know whether the 45-minute keynote slot suits you? We will cover your travel and two nights
at the Hotel Komagome Garden.

With warm regards,
Ryosuke

{S_TODO_EN}""")

M("th_p11", "pass", "benign.lookalike_number",
  "研究者の職務上の識別子（e-Rad研究者番号・ORCID）の登録。公開されている研究者情報で、私的な個人情報ではない。",
  KAWAI, ["研究推進課 <kenkyu-suishin@jmrp.or.jp>"],
  "【課題番号 24ck0108713】研究分担者の追加登録について",
  f"""日本医療研究推進財団 研究推進課 御中

いつもお世話になっております。東都医科大学附属病院 臨床研究支援センターの河合です。
標記課題につき、研究分担者1名の追加をお願いしたく、必要事項をお送りします。

　氏名：水野 遥（みずの はるか）
　所属・職名：東都医科大学 腫瘍内科学講座 講師
　e-Rad 研究者番号：70812354
　ORCID：0000-0002-4817-3306
　分担内容：症例登録および安全性評価
　配分額（2024年度）：直接経費 1,200,000円

変更申請書（様式5）は研究代表者 藤堂の押印のうえ郵送いたします。
ご確認のほどよろしくお願いいたします。

{S_KAWAI}""")
