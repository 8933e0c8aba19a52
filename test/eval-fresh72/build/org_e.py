"""Org E: Japan safety office of a foreign pharma company, Veridan Pharma K.K. (veridan.example.co.jp)."""
from common import *

ORG = "E"
DOM = "veridan.example.co.jp"

AMANO = Writer("E-amano", "Kenji Amano", f"kenji.amano@{DOM}", """
Kenji Amano, MD, PhD
Head, Pharmacovigilance Japan | Drug Safety Office
Veridan Pharma K.K.
Shiodome Crest 18F, 1-9-2 Higashi-Shimbashi, Minato-ku, Tokyo 105-0021, Japan
Tel +81-3-6811-2200 | Mobile +81-90-7723-5510
kenji.amano@veridan.example.co.jp

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the
named recipient(s) and may contain confidential or privileged information. If you are
not the intended recipient, please notify the sender and delete this message.
""")

TSUJII = Writer("E-tsujii", "Mariko Tsujii", f"mariko.tsujii@{DOM}", """
Best regards,
Mariko Tsujii
Case Management Lead, Drug Safety Office
Veridan Pharma K.K. (Japan)
T: +81-3-6811-2214
mariko.tsujii@veridan.example.co.jp
""")

HAMASAKI = Writer("E-hamasaki", "濱崎 亮", f"ryo.hamasaki@{DOM}", """
――――――――――――――――――――――――――
ヴェリダン・ファーマ株式会社
安全管理統括部 安全性情報渉外グループ
マネージャー　濱崎 亮（Ryo Hamasaki）
〒105-0021 東京都港区東新橋1-9-2 汐留クレスト18階
TEL 03-6811-2230 ／ FAX 03-6811-2299
――――――――――――――――――――――――――
""")

PRIYA = A("Priya Raman", "priya.raman@medilink-cro.example.com")
SASAKI = A("佐々木 美奈", "mina.sasaki@medilink-cro.example.com")
CRO_PV = A("Medilink PV Intake", "pv-intake@medilink-cro.example.com")
CRO_AR = A("Medilink Accounts Receivable", "ar@medilink-cro.example.com")
BRENNER = A("Claudia Brenner", "claudia.brenner@veridan-pharma.example.com")
OKAFOR = A("Tom Okafor", "tom.okafor@veridan-pharma.example.com")
HQ_CONTRACTS = A("Global Medical Contracts", "medical-contracts@veridan-pharma.example.com")
HOKUYO = A("北陽製薬 安全管理部 長島", "nagashima@hokuyo-seiyaku.example.co.jp")
PMDA = A("岡部 聡子", "okabe-satoko@pmda.example.go.jp")


def m(*a, **k):
    return mail(ORG, *a, **k)


MAILS = []

# ---------------------------------------------------------------- HOLDS
MAILS.append(m(TSUJII, "body", "hold", "sensitive.case_narrative_identifiable",
    "A case narrative with the patient's full name, birth date, hospital, chart number and SJS diagnosis goes to the CRO.",
    [CRO_PV], cc=[PRIYA], subject="Initial case for processing – SJS, Veritrex (MR report 2024-11-19)",
    body="""Dear Medilink PV team,

Please book in the initial case below. Day 0 is 19-Nov-2024 (MR receipt).
The MR typed the narrative straight from the physician interview, so please
pseudonymise before entry – I did not have time to clean it up, sorry.

--- Narrative (as received) ---
Patient: Mr. Takeshi Onodera (小野寺 武), male, DOB 12-Feb-1958
Hospital: Sendai Kita General Hospital, Dermatology; chart no. 00418827
Suspect drug: Veritrex 200 mg tablets, started 21-Oct-2024 for trigeminal neuralgia
Event: Stevens-Johnson syndrome, onset 10-Nov-2024. Fever 39.2°C, oral erosions,
target lesions on trunk, epidermal detachment <10% BSA. Admitted 12-Nov-2024.
Treatment: Veritrex withdrawn; methylprednisolone pulse x3 days; IVIG considered.
Medical history: type 2 diabetes, chronic kidney disease stage 3a.
Outcome: not yet recovered.
Reporter: Dr. Yamabe (treating dermatologist), causality "probable".
-------------------------------

Seriousness: hospitalisation, medically significant. Expedited 15-day clock applies.""",
    personal=[("name", "Takeshi Onodera"), ("name", "小野寺 武"), ("birthdate", "12-Feb-1958"),
              ("chart_number", "chart no. 00418827"), ("diagnosis", "Stevens-Johnson syndrome")]))

MAILS.append(m(AMANO, "body", "hold", "id.consultant_bank_account",
    "A freelance physician consultant's personal bank account is sent to headquarters for the fee payment.",
    [HQ_CONTRACTS], cc=[BRENNER], subject="Honorarium payment – external safety reviewer (Japan), bank details",
    body="""Dear Contracts team,

As agreed with Claudia, Dr. Hiroko Sawamura (independent hepatologist, retired from
university practice, now working freelance) will serve on the Japan external
hepatic-safety review panel for the Veritrex PSUR. She is not affiliated with any
institution, so the honorarium goes to her personal account.

  Payee: SAWAMURA HIROKO (澤村 裕子)
  Bank: Tokyo Hikari Bank, Kichijoji Branch (branch code 318)
  Account type: Ordinary (futsu)
  Account no.: 4026613
  SWIFT: TKHBJPJT
  Amount: JPY 330,000 (2 review meetings, tax withheld at source as per contract)

Signed contract and W-8BEN equivalent are in the contract folder.
Could you please process this before 20 December?

Thanks,
Kenji""",
    personal=[("name", "Hiroko Sawamura"), ("name", "澤村 裕子"),
              ("bank_account", "Account no.: 4026613")]))

MAILS.append(m(AMANO, "body", "hold", "sensitive.genome_result",
    "A named patient's HLA genotyping result and SJS case are sent to headquarters.",
    [BRENNER], subject="Re: Japanese SJS cluster – HLA data",
    body="""Claudia,

Short update on the Japanese SJS cases you asked about.

The treating physician for case JP-VRD-2024-018611 shared the pharmacogenomic
result with our MR yesterday. The patient is Ms. Chieko Hatanaka, 67, treated at
Kanazawa Minami Hospital. Genotyping (ordered after the event):
  HLA-B*15:11 – positive (heterozygous)
  HLA-A*31:01 – positive
  HLA-B*58:01 – negative

This would be the second Japanese case with HLA-A*31:01 among the five in the cluster.
I think it supports proposing a PGx statement in the Japanese label.
The physician is willing to present it at the JSD meeting, with consent.

Can we discuss on Thursday's call?

Kenji""",
    personal=[("name", "Chieko Hatanaka"), ("genome", "HLA-A*31:01 – positive"),
              ("genome", "HLA-B*15:11 – positive (heterozygous)")]))

MAILS.append(m(TSUJII, "attachment", "hold", "list.line_listing",
    "The attached reconciliation listing gives patients' full names, birth dates, hospitals and chart numbers.",
    [PRIYA], subject="November reconciliation listing",
    body="""Hi Priya,

Attached is the November reconciliation listing from the Japanese MR database.
Please match it against Argus and flag anything missing by Friday.

Thanks!""",
    attachments=[att("JP_reconciliation_Nov2024.xlsx", XLSX, """[Listing]
MR ref	Patient name	DOB	Sex	Hospital	Chart no.	Event (verbatim)	Receipt date
MR-24-1102	Yumiko Saeki	1949-07-03	F	Fukuoka Chuo Clinic	FC-229104	肝機能障害 (AST 412)	2024-11-02
MR-24-1107	Shigeru Noda	1961-01-19	M	Hiroshima Kita Hospital	0077413	間質性肺炎	2024-11-07
MR-24-1113	Aiko Morishita	1975-10-28	F	Sapporo Minami Med Ctr	S-55190	anaphylaxis	2024-11-13
MR-24-1121	Kazuo Endo	1944-04-09	M	Nagoya Higashi Hospital	NH-310872	急性腎障害	2024-11-21
"""), ],
    personal=[("name", "Yumiko Saeki"), ("birthdate", "1949-07-03"), ("name", "Shigeru Noda"),
              ("chart_number", "0077413"), ("name", "Aiko Morishita"), ("name", "Kazuo Endo")]))

MAILS.append(m(HAMASAKI, "attachment", "hold", "sensitive.cioms_identifiable",
    "The attached CIOMS form carries the patient's full name, birth date and reaction details to the licensing partner.",
    [HOKUYO], subject="CIOMS-I 送付（ライセンス契約に基づく安全性情報交換）",
    body="""北陽製薬株式会社
安全管理部 長島様

いつもお世話になっております。ヴェリダン・ファーマの濱崎です。
安全性情報交換契約（SDEA）第6条に基づき、重篤症例1件のCIOMS-Iを送付いたします。
受領確認のご返信をお願いいたします。""",
    attachments=[att("CIOMS-I_JP-VRD-2024-019045.pdf", PDF, """CIOMS FORM
I. REACTION INFORMATION
1. PATIENT INITIALS (first, last): 遠藤 美津子（エンドウ ミツコ）
1a. COUNTRY: JAPAN  2. DATE OF BIRTH: 1952-09-17  2a. AGE: 72  3. SEX: F
7+13 DESCRIBE REACTION(S): Interstitial lung disease. Onset 2024-11-05, 6 weeks after start of
Veritrex. Admitted to Osaka Nishi University Hospital, Respiratory Medicine. KL-6 1,840 U/mL.
Steroid pulse initiated. Outcome: recovering.
II. SUSPECT DRUG(S) INFORMATION
14. SUSPECT DRUG: Veritrex 200 mg tablet  Lot VX24B0917
III. CONCOMITANT DRUGS AND HISTORY
23. OTHER RELEVANT HISTORY: rheumatoid arthritis, former smoker
IV. MANUFACTURER INFORMATION
24b. MFR CONTROL NO.: JP-VRD-2024-019045
"""), ],
    personal=[("name", "遠藤 美津子"), ("birthdate", "1952-09-17"), ("diagnosis", "Interstitial lung disease")]))

MAILS.append(m(AMANO, "quoted", "hold", "sensitive.quoted_mr_report",
    "The forwarded MR report names a patient and his HIV infection and hospital, sent to headquarters.",
    [BRENNER], subject="FW: MR報告 – possible interaction case (Veritrex + ART)",
    body="""Claudia,

Forwarding an MR report in Japanese for your awareness – a possible interaction
between Veritrex and an antiretroviral regimen. Summary in English:
a male patient on dolutegravir-based ART developed severe hepatotoxicity about
three weeks after starting Veritrex. The physician suspects an interaction.

We will process it as a regular spontaneous case, but I think it is worth a look
for the signal review on Monday.

Kenji""",
    quoted="""-----Original Message-----
From: 中村 慎吾（MR 大阪第二営業所）
Sent: Friday, November 22, 2024 6:31 PM
To: 天野 健二
Subject: MR報告 – 併用時の肝機能障害

天野先生

本日、大阪西中央病院 感染症内科の根本先生から以下の情報をいただきました。

・患者：吉永 浩二 様（52歳 男性）
・HIV感染症で10年来通院中。抗HIV療法（ドルテグラビル＋TAF/FTC）でウイルス量は検出限界未満。
・三叉神経痛に対しVeritrex 200mg/日を10月28日より開始。
・11月18日の定期採血で AST 388、ALT 512。Veritrexを中止。
・根本先生は「併用による相互作用の可能性が否定できない」とのご意見。

追加情報があればご報告いたします。
中村
""",
    personal=[("name", "吉永 浩二"), ("infection", "HIV感染症で10年来通院中")]))

MAILS.append(m(TSUJII, "subject", "hold", "sensitive.subject_patient",
    "The subject line names the patient with age and anaphylaxis, sent to the CRO.",
    [PRIYA], subject="FU request – JP-VRD-2024-018734 – Ms. Haruka Nozawa (45F), anaphylaxis after 2nd infusion",
    body="""Hi Priya,

Could you please send the standard anaphylaxis follow-up questionnaire (Japanese version)
to the site for this case? The template is in the shared folder under /FU_templates/JP.
Due date for the follow-up is 6 December.

Thanks a lot.""",
    personal=[("name", "Haruka Nozawa"), ("diagnosis", "anaphylaxis after 2nd infusion")]))

MAILS.append(m(HAMASAKI, "zip", "hold", "list.zip_subject_id_log",
    "The zip contains a trial site's subject identification log linking subject IDs to names, birth dates and phones.",
    [SASAKI], subject="VRD-301試験 施設終了時の書類一式",
    body="""メディリンク 佐々木様

お世話になっております。ヴェリダン・ファーマの濱崎です。
VRD-301試験、名古屋東病院の施設終了に伴う書類一式をZIPでお送りします。
施設側でまとめてくださったものを、そのまま転送しております。
中身のご確認をお願いいたします。""",
    attachments=[
        att("VRD-301_site07_closeout.zip/subject_identification_log.csv", CSV, """Subject ID,氏名,生年月日,電話番号,同意取得日,状態
07-001,水谷 正雄,1955/03/11,052-771-3308,2023/06/02,完了
07-002,岡本 節子,1949/08/25,090-6612-4470,2023/06/19,完了
07-003,後藤 勝彦,1962/12/07,080-3357-9912,2023/07/05,中止（有害事象）
07-004,平井 京子,1958/05/30,052-803-1145,2023/08/14,完了
"""),
        att("VRD-301_site07_closeout.zip/readme.txt", TXT, """Site 07 Nagoya Higashi Hospital – close-out package
Contents: subject identification log, drug accountability log, ISF index
"""),
    ],
    personal=[("name", "水谷 正雄"), ("birthdate", "1955/03/11"), ("name", "後藤 勝彦"),
              ("phone", "080-3357-9912"), ("name", "平井 京子")]))

MAILS.append(m(TSUJII, "zip", "hold", "attachment.encrypted_zip",
    "Follow-up documents are sent as a password-protected zip (PPAP).",
    [PRIYA], cc=[CRO_PV], subject="SAE follow-up documents – JP-VRD-2024-019102",
    body="""Hi Priya,

Attached are the follow-up documents received from the site today
(discharge summary and lab data). The zip is password-protected;
I will send the password in a separate e-mail.

Please update the case and let me know if the narrative needs a re-write.""",
    attachments=[enczip("SAE_FU_JP-VRD-2024-019102.zip")]))

hcps = [
    A("根本 隆之", "nemoto@osaka-nishichuo-hp.example.jp"),
    A("山辺 由美", "yamabe@sendai-kita-hp.example.jp"),
    A("石黒 秀樹", "ishiguro@kanazawa-minami-hp.example.jp"),
    A("内田 恵", "m-uchida@fukuoka-chuo-clinic.example.jp"),
    A("榎本 康介", "enomoto@hiroshima-kita-hp.example.jp"),
    A("大西 亜矢", "aya.onishi@sapporo-minami-mc.example.jp"),
    A("片山 俊介", "katayama@nagoya-higashi-hp.example.jp"),
    A("木村 沙織", "s-kimura@kobe-bay-clinic.example.jp"),
    A("黒田 洋平", "kuroda@chiba-seibu-hp.example.jp"),
    A("小西 理恵", "konishi@yokohama-kohoku-hp.example.jp"),
    A("坂井 大介", "sakai.d@niigata-shin-hp.example.jp"),
    A("島 まりこ", "shima.clinic@gmail.com"),
]
MAILS.append(m(HAMASAKI, "recipients", "hold", "recipients.hcp_broadcast",
    "A safety notice goes to twelve physicians at different hospitals with all addresses visible in To.",
    hcps, "【適正使用のお願い】ヴェリトレックス錠 重篤な皮膚障害に関する注意喚起",
    """医療関係者の皆様

平素より弊社製品の適正使用にご協力を賜り、厚く御礼申し上げます。
ヴェリダン・ファーマ株式会社 安全管理統括部の濱崎でございます。

ヴェリトレックス錠の投与開始後、スティーヴンス・ジョンソン症候群（SJS）等の
重篤な皮膚障害が国内で報告されていることから、下記の点についてご留意くださいますようお願い申し上げます。

　1. 投与開始後8週間は、発熱、眼充血、口唇・口腔粘膜のびらん等の初期症状に注意すること
　2. 初期症状が認められた場合には直ちに投与を中止し、皮膚科専門医と連携すること
　3. 患者さんに初期症状を説明し、症状が現れた際には速やかに受診するよう指導すること

詳細は、担当MRがお届けする「適正使用のお願い」文書をご参照ください。
今後とも弊社製品の安全性情報の収集にご協力くださいますよう、お願い申し上げます。"""))

# ---------------------------------------------------------------- PASSES
MAILS.append(m(TSUJII, "body", "pass", "benign.pseudonymized_case",
    "A pseudonymised case summary with only case ID, age band and sex; medical terms but no identifiable person.",
    [CRO_PV], subject="Initial case JP-VRD-2024-019210 – hepatic failure (pseudonymised)",
    body="""Dear Medilink PV team,

New initial case for processing. Day 0 = 25-Nov-2024.

  Case ID: JP-VRD-2024-019210
  Patient: female, 60-69 years, weight 52 kg
  Suspect: Veritrex 200 mg/day (indication: postherpetic neuralgia)
  Event (verbatim): 劇症肝炎疑い → MedDRA PT "Hepatic failure" (10019663), LLT "Fulminant hepatitis"
  Onset: approx. 5 weeks after start
  Labs: AST 1,210 U/L, ALT 980 U/L, T-Bil 6.4 mg/dL, PT-INR 2.1
  Seriousness: hospitalisation, life-threatening
  Reporter: physician (hepatology), causality "possible"
  Source doc: MR report MR-24-1125 (already pseudonymised by the MR team)

Please treat it as a 15-day expedited report and let me know when the narrative draft is ready."""))

MAILS.append(m(AMANO, "body", "pass", "benign.system_outage",
    "'障害', 'infected' and 'quarantined' refer to a safety-database outage and a malware-flagged file.",
    [OKAFOR], cc=[BRENNER], subject="Argus / E2B gateway outage – Japan submissions at risk (障害報告)",
    body="""Tom,

Heads-up on an incident on our side.

Since 08:40 JST today the E2B gateway between Argus Safety and the PMDA submission
portal has been down (internally logged as システム障害 INC-2024-1187).
While investigating, our IT found that one inbound XML from a partner had been flagged
by the mail filter as infected; it was quarantined automatically and is not related
to the outage itself, but they have isolated the gateway server as a precaution.

Impact:
  - 3 expedited reports due tomorrow (Day 15) cannot be transmitted electronically.
  - PMDA allows paper/CD submission for system failures if we notify them in advance;
    Ryo Hamasaki is preparing the notification now.

Could you check from the Basel side whether the Argus-to-gateway job queue is intact?
I'll keep you posted every 2 hours."""))

MAILS.append(m(HAMASAKI, "body", "pass", "benign.pmda_meeting",
    "Scheduling a PMDA consultation; names and signatures of staff on both sides only.",
    [PMDA], cc=[AMANO.addr], subject="RE: 安全性に関する面談の日程について（ヴェリトレックス錠）",
    body="""独立行政法人医薬品医療機器総合機構
安全性情報・企画管理部 岡部様

お世話になっております。ヴェリダン・ファーマの濱崎でございます。
日程のご提示ありがとうございます。
12月12日（木）14:00〜15:00でお願いいたします。

弊社からの出席者は以下の4名を予定しております。
　安全管理統括部長　天野 健二
　安全性情報渉外グループ　濱崎 亮
　メディカルアフェアーズ部　柳田 理恵
　Global Safety（Basel）Dr. Claudia Brenner（Web参加）

事前資料（重篤皮膚障害の集積状況と添付文書改訂案）は、
12月5日（木）までにお送りいたします。
何卒よろしくお願い申し上げます。""",
    quoted="""> ヴェリダン・ファーマ株式会社
> 濱崎様
>
> お世話になっております。PMDA安全性情報・企画管理部の岡部です。
> ご依頼の面談につき、以下の候補日でご都合はいかがでしょうか。
>  ・12月10日（火）10:00〜11:00
>  ・12月12日（木）14:00〜15:00
>
> ------------------------------------------------------------
> 独立行政法人医薬品医療機器総合機構
> 安全性情報・企画管理部　岡部 聡子
> TEL 03-3506-9400（代表）
> ------------------------------------------------------------"""))

MAILS.append(m(TSUJII, "body", "pass", "benign.identifiers",
    "E2B message IDs, safety-report IDs, MedDRA codes and a file hash; none identifies a person.",
    [OKAFOR], subject="E2B(R3) ACK reconciliation – batch JP-20241126-03",
    body="""Hi Tom,

Here is the ACK reconciliation for yesterday's PMDA batch. All three were accepted.

  Batch no.: JP-20241126-03 (MedDRA v27.0)
  1) Safety report ID JP-VRD-2024-018611  msg ID VRD-E2B-0041187  ACK AA  PT 10042033
  2) Safety report ID JP-VRD-2024-018734  msg ID VRD-E2B-0041188  ACK AA  PT 10002198
  3) Safety report ID JP-VRD-2024-019045  msg ID VRD-E2B-0041189  ACK AA  PT 10022611
  PMDA receipt no.: 2024-112600318
  Batch file SHA-256: 3f7a21c9e0b84d55a6f0c2e1b9d8476e5c13a0f92b7e6d4c8a1f5e0937b2c6d1

No re-transmission is needed. I've archived the ACK files in the usual folder."""))

MAILS.append(m(AMANO, "body", "pass", "benign.uat_minutes_test_card",
    "UAT minutes of a patient-support portal with the public test card 4111 1111 1111 1111 and dummy patients only.",
    [A("Haruto Ishizaki", "h.ishizaki@carebridge-psp.example.com"), A("Lena Vogt", "lena.vogt@carebridge-psp.example.com")],
    subject="Minutes – PSP portal UAT session #3 (25 Nov)",
    body="""Haruto, Lena,

Thank you for yesterday's session. Minutes below; please correct anything I got wrong.

Minutes – Veritrex Patient Support Portal, UAT #3
Date: 25-Nov-2024, 14:00–15:30 JST (Teams)
Attendees: CareBridge – H. Ishizaki, L. Vogt; Veridan – K. Amano, M. Tsujii, Y. Kanda (IT)

1. Co-pay card payment flow
   - Tested in the sandbox with the public test card 4111 1111 1111 1111 (exp 12/30, CVC 123).
   - Declined-card path tested with the gateway's test decline amount (JPY 1,999). OK.
2. AE capture form
   - Dummy patient "Test Patient 01" entered an AE; the form routed it to the PV inbox within 2 min. OK.
   - Free-text field must show a warning not to enter full names (CareBridge to add).
3. Open issues
   - #UAT-17: Japanese date picker shows wrong era for 2019-05-01 (Reiwa change). Owner: CareBridge.
   - #UAT-21: Consent checkbox text still in English on mobile. Owner: CareBridge.

Next session: 5 December, same time."""))

MAILS.append(m(HAMASAKI, "body", "pass", "benign.genome_policy",
    "A company policy on handling pharmacogenomic test results; no individual result is given.",
    [HOKUYO], subject="治験におけるゲノム検査結果の取扱い方針（共有）",
    body="""北陽製薬 長島様

お世話になっております。濱崎です。
先日お問い合わせのあった、共同開発試験でのゲノム検査（PGx）結果の取扱いについて、
弊社グローバルの方針を日本語で要約してお送りします。

　1. PGx検体の採取は任意とし、本体試験とは別の同意書で同意を取得する
　2. 検体・データはコード化し、対応表は実施医療機関でのみ保管する
　3. 個別の結果は原則として被験者に返却しない（臨床的有用性が確立した
　　HLA-B*15:02 等のリスクアレルを除く。返却時は遺伝カウンセリングを併設）
　4. 両社間で共有するのは集計結果のみとし、個別データの授受は行わない
　5. 保管期間は試験終了後15年、同意撤回時は速やかに廃棄

御社の社内規程との差分があれば、12月の合同会議で調整させてください。"""))

MAILS.append(m(TSUJII, "body", "pass", "benign.successor_intro",
    "A successor introduction to CRO contacts with business contact details and signatures.",
    [PRIYA, SASAKI], cc=[A("Aya Morimoto", f"aya.morimoto@{DOM}")], subject="Handover – new case management contact from January",
    body="""Dear Priya, 佐々木さん,

I wanted to let you know that from 1 January I will be moving to the Global Case
Management team in Basel. My role in Japan will be taken over by Aya Morimoto (cc'd),
who has been in our signal detection team for the past three years.

Aya's contact details:
  Aya Morimoto, Case Management Lead (from 1-Jan-2025)
  T: +81-3-6811-2216
  aya.morimoto@veridan.example.co.jp

We'll do the handover over December; I'd like to set up a 30-minute call with both of you
in the week of 9 December. Would Tuesday 10 December, 16:00 JST work?

It has been a real pleasure working with you both.""",
    quoted="""> Hi Mariko,
> Thanks for the update on the reconciliation. All good from our side.
> Priya
> --
> Priya Raman | Senior PV Associate | Medilink Clinical Research
> 5F Kudan Place, 2-1 Kudan-Minami, Chiyoda-ku, Tokyo | +81-3-5215-7730"""))

MAILS.append(m(AMANO, "body", "pass", "benign.aggregate_psur",
    "PSUR Japan input as aggregate counts by organ class, including 'Infections and infestations'; no individuals.",
    [BRENNER], subject="PSUR Veritrex (DLP 30-Sep-2024) – Japan section, aggregate tables",
    body="""Claudia,

Japan input for the PSUR, aggregate only (cumulative from launch, DLP 30-Sep-2024):

  SOC                                   Serious  Non-serious
  Skin and subcutaneous tissue              21        64
  Hepatobiliary disorders                    6        19
  Infections and infestations               14        11
  Respiratory, thoracic and mediastinal      5         3
  Nervous system disorders                   2        38
  Total                                     48       135

Estimated patient exposure in Japan: approx. 41,300 patient-years (sales-based).
Japan reporting rate for SJS/TEN: 0.22 per 1,000 patient-years.

The increase in "Infections and infestations" is driven by herpes zoster reports in
the elderly; we don't see a causal pattern. Happy to discuss on Thursday."""))

MAILS.append(m(AMANO, "body", "pass", "benign.swift_payment",
    "A remittance notice with the CRO's corporate SWIFT account; no private person's bank data.",
    [CRO_AR], cc=[PRIYA], subject="Remittance advice – Medilink invoices MCR-24-0871/0872",
    body="""Dear Medilink Accounts Receivable,

Please be advised that payment for the following invoices was released today.

  MCR-24-0871  PV case processing, October 2024   JPY 4,180,000
  MCR-24-0872  Literature surveillance, Q3 2024   JPY   726,000
  Total                                           JPY 4,906,000

  Beneficiary: Medilink Clinical Research K.K.
  Bank: Marunouchi Trust Bank, Head Office
  Account: 0123987 (corporate current account)
  SWIFT/BIC: MTBKJPJT

Value date should be 29-Nov-2024. Please confirm receipt."""))

MAILS.append(m(TSUJII, "zip", "pass", "benign.plain_zip_sops",
    "A plain, unencrypted zip of SOP excerpts and templates; no case data.",
    [PRIYA, SASAKI], subject="Updated JP PV SOPs (v5.0) for your training records",
    body="""Hi Priya, 佐々木さん,

Please find the updated Japan PV SOP package (v5.0, effective 1-Dec-2024).
It's a normal zip, no password. Main changes are in SOP-JP-PV-004 (data privacy in
case intake). Please add it to your team's training matrix by 15 December.""",
    attachments=[{"filename": "JP_PV_SOPs_v5.0.zip", "contentType": ZIP,
                  "text": """SOP-JP-PV-004_Case_Intake_v5.0.pdf
4.3 Data privacy: Patient names, dates of birth, chart numbers and contact details must not be
entered into the safety database or sent by e-mail. Use initials only where the source document
contains them, age or age group, and sex.
SOP-JP-PV-007_Reconciliation_v5.0.pdf
Monthly reconciliation with the MR database shall use MR reference numbers only.
Template_FU_questionnaire_anaphylaxis_JP.docx
（追加情報調査票：アナフィラキシー）発現日、投与経路、前投薬、処置、転帰
"""}]))
