"""Org E: Bayside Sports Medicine & Physiotherapy Centre（ベイサイド・スポーツメディカル&フィジオセンター, 横浜）.
About 15 of the 20 mails are in English (foreign athletes, clubs and agents)."""

ORG = "E: Bayside Sports Medicine & Physiotherapy Centre（スポーツ医学・理学療法）"
DOM = "bayside-smpc.example.jp"

W_NISHIZONO = "Dr. Aki Nishizono 西園 亜希（Medical Director）"
W_LIAM = "Liam O'Connor（Senior Physiotherapist）"
W_ANDO = "安藤 さやか Sayaka Ando（International Patient Coordinator）"

F_NISHIZONO = "Dr. Aki Nishizono <a.nishizono@bayside-smpc.example.jp>"
F_LIAM = "Liam O'Connor <liam.oconnor@bayside-smpc.example.jp>"
F_ANDO = "Sayaka Ando（安藤） <coordinator@bayside-smpc.example.jp>"

SIG_NISHIZONO = """
--
Aki Nishizono, MD, PhD（西園 亜希）
Medical Director / Sports Medicine Physician
Bayside Sports Medicine & Physiotherapy Centre
ベイサイド・スポーツメディカル&フィジオセンター
3-6-1 Minatomirai, Nishi-ku, Yokohama 220-0000, Japan
Tel +81-45-000-8800 | Fax +81-45-000-8801
https://bayside-smpc.example.jp
CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for
the addressee and may contain privileged information. If you received it in
error, please notify the sender and delete it."""

SIG_LIAM = """
Liam O'Connor MISCP
Senior Physiotherapist | Bayside SMPC
+81-45-000-8812 (clinic) | Mon-Fri 8:30-19:00, Sat 9:00-13:00"""

SIG_ANDO = """
────────────────
Sayaka Ando（安藤 さやか）
International Patient Coordinator
Bayside Sports Medicine & Physiotherapy Centre
TEL 045-000-8800 / coordinator@bayside-smpc.example.jp
English / 日本語 / Español
────────────────"""

MAILS = []

def add(**m):
    MAILS.append(m)

# ---------------------------------------------------------------- holds
add(key="E01", writer=W_LIAM, loc="body", expect="hold", kind="sensitive.health",
    why="選手のMRI所見（前十字靱帯完全断裂・半月板損傷）と手術予定・復帰見込みを、契約交渉中の代理人へ英文で送っている。要配慮情報の第三者提供。",
    **{"from": F_LIAM},
    to=["Rafael Costa <rafael@costa-sportsmgmt.example.com>"],
    subject="Update on Diego after yesterday's scan",
    text="""Hi Rafael,

Thanks for your patience. As promised on the phone, here is where we are with Diego.

Player: Diego Fernández (Minato United FC, #9)
MRI left knee, 27 Nov:
- Complete (grade III) rupture of the anterior cruciate ligament
- Bucket-handle tear of the medial meniscus, displaced
- Bone bruising of the lateral femoral condyle

Dr Nishizono has recommended ACL reconstruction with meniscal repair. Surgery is
pencilled in for 4 December at Minatomirai General. Realistic return to play is
9 to 12 months, so he will miss the rest of this season and probably the start of the next.

I understand this matters for the contract talks with the club, but please keep it
to yourself until the club has made its own announcement.

Cheers,
Liam
""" + SIG_LIAM,
    personal=[
        {"type": "name", "value": "Diego Fernández"},
        {"type": "diagnosis", "value": "Complete (grade III) rupture of the anterior cruciate ligament"},
        {"type": "diagnosis", "value": "Bucket-handle tear of the medial meniscus"},
        {"type": "health", "value": "ACL reconstruction with meniscal repair"},
    ])

add(key="E02", writer=W_ANDO, loc="body", expect="hold", kind="id.passport",
    why="選手2名と理学療法士の旅券番号・生年月日・国籍・有効期限を本文で旅行会社へ送っている。",
    **{"from": F_ANDO},
    to=["Pacific Sports Travel - Groups <groups@pacific-sportstravel.example.com>"],
    subject="Okinawa rehab camp - traveller details for flight booking",
    text="""Dear Ms Tanabe,

Thank you for holding the seats on the 2 March flight to Naha.
Please find below the details for the three travellers, exactly as in their passports.

1) SILVA, MARCO ANTONIO
   Nationality: Brazil | Date of birth: 14 Feb 1997
   Passport No.: FX482117 | Expiry: 09 Aug 2030

2) DEMIR, YUSUF
   Nationality: Türkiye | Date of birth: 03 Jun 1999
   Passport No.: U28461935 | Expiry: 21 Jan 2029

3) O'CONNOR, LIAM PATRICK (staff)
   Nationality: Ireland | Date of birth: 30 Oct 1988
   Passport No.: PD7731048 | Expiry: 12 May 2031

Mr Silva would prefer an aisle seat (knee). Extra legroom if available, please.
Could you send the itinerary by Friday?

Kind regards,
""" + SIG_ANDO,
    personal=[
        {"type": "name", "value": "SILVA, MARCO ANTONIO"},
        {"type": "birthdate", "value": "14 Feb 1997"},
        {"type": "passport", "value": "FX482117"},
        {"type": "name", "value": "DEMIR, YUSUF"},
        {"type": "passport", "value": "U28461935"},
        {"type": "passport", "value": "PD7731048"},
    ])

add(key="E03", writer=W_ANDO, loc="body", expect="hold", kind="id.health_insurance",
    why="実業団選手の健康保険証の保険者番号・記号・番号を、所属企業の陸上部マネージャーへ本文で送っている。同僚・所属先でも被保険者番号は要確認。",
    **{"from": F_ANDO},
    to=["湘南電機 陸上競技部 大野様 <ohno.track@shonan-denki.example.jp>"],
    subject="受診費用の精算について（11月分）",
    text="""株式会社湘南電機 陸上競技部
マネージャー　大野 様

いつもお世話になっております。ベイサイド・スポーツメディカル&フィジオセンターの安藤です。
11月分の受診費用の精算について、ご確認をお願いいたします。

選手：小田切 美咲 さん
　保険者番号：06139824
　被保険者証 記号：5102　番号：847　枝番：00
　11月の受診：4回（保険診療分 自己負担 計 8,420円）
　　　　　　　リカバリー・ケア（自費）2回 計 13,200円

先月、保険証の記号番号が変わったとのことで、窓口で新しい番号を登録いたしました。
自費分は、これまでどおり部の法人口座からのお支払いでよろしいでしょうか。
""" + SIG_ANDO,
    personal=[
        {"type": "name", "value": "小田切 美咲"},
        {"type": "health_insurance", "value": "06139824"},
        {"type": "health_insurance", "value": "記号：5102　番号：847　枝番：00"},
    ])

add(key="E04", writer=W_NISHIZONO, loc="body", expect="hold", kind="sensitive.mental_health",
    why="選手のうつ病とADHDの診断・処方薬をリーグの医務担当へ英文で送っている。TUE（治療使用特例）のためでも精神疾患の情報で要配慮。",
    **{"from": F_NISHIZONO},
    to=["Dr Helen Whitaker <medical@pbl-league.example.com>"],
    subject="TUE support - request for guidance on stimulant medication",
    text="""Dear Dr Whitaker,

I am writing on behalf of one of our patients, Jamal Richardson (Kanagawa Harbors, #23),
to ask for guidance before we submit a formal TUE application.

Mr Richardson was diagnosed with major depressive disorder in 2022 and has been stable on
sertraline 100 mg daily. In September he was also diagnosed with ADHD (combined presentation)
by a psychiatrist in Tokyo, who has recommended methylphenidate (extended release, 36 mg).
As methylphenidate falls under S6 stimulants, we understand a TUE is required before he can start.

Could you tell me:
1. whether the league accepts the psychiatrist's report in Japanese with a certified translation, and
2. whether he can play while the application is being reviewed if he remains off the medication?

He has asked us to keep this strictly within the medical staff.

Kind regards,
""" + SIG_NISHIZONO,
    personal=[
        {"type": "name", "value": "Jamal Richardson"},
        {"type": "diagnosis", "value": "major depressive disorder"},
        {"type": "health", "value": "sertraline 100 mg daily"},
        {"type": "diagnosis", "value": "ADHD (combined presentation)"},
    ])

add(key="E05", writer=W_ANDO, loc="body", expect="hold", kind="sensitive.religion",
    why="合宿先ホテルへの食事手配で、選手の実名とムスリムであること・断食、別の選手のヒンドゥー教の信仰を伝えている。信条・宗教は要配慮情報。",
    **{"from": F_ANDO},
    to=["Hotel Seaside Okinawa - Banquet & Catering <catering@hotel-seaside-okinawa.example.jp>"],
    subject="Dietary requirements - Bayside rehab camp, 3-10 March",
    text="""Dear Catering Team,

Thank you for the draft menu for our rehabilitation camp (3-10 March, 12 guests).
Please note the following individual requirements.

- Yusuf Demir: practising Muslim. He will be fasting for Ramadan during the whole camp.
  Halal meals only, please, with a pre-dawn meal (suhoor) delivered to his room at 4:45 am
  and iftar at sunset. Could you also let us know if a quiet room is available for prayers?
- Priya Nair: vegetarian for religious reasons (Hindu), no beef, no egg.
- Marco Silva: no special requirements, but high-protein portions at lunch.

All other guests can follow the standard menu.

Best regards,
""" + SIG_ANDO,
    personal=[
        {"type": "name", "value": "Yusuf Demir"},
        {"type": "religion", "value": "practising Muslim"},
        {"type": "religion", "value": "fasting for Ramadan"},
        {"type": "name", "value": "Priya Nair"},
        {"type": "religion", "value": "vegetarian for religious reasons (Hindu)"},
    ])

add(key="E06", writer=W_LIAM, loc="attachment", expect="hold", kind="list.injury_report",
    why="本文は送付の一言だけだが、添付XLSXに選手8名の実名と負傷名・状態・復帰見込みが並ぶ。競技団体への提供でも健康情報の一覧。",
    **{"from": F_LIAM},
    to=["Kanto Rugby Union HPU <hpu@kanto-rugby.example.jp>"],
    subject="Monthly squad availability report - November",
    text="""Hi all,

Please find attached the November availability report for the academy squad, as agreed
at the start of the season. Same format as last month.

Let me know if you'd like anything added before the selection meeting on the 10th.

Thanks,
Liam
""" + SIG_LIAM,
    attachments=[{
        "filename": "availability_report_2024-11.xlsx",
        "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text": """[November]
Player\tPosition\tInjury / condition\tDate\tStatus\tExpected RTP\tNotes
Kaito Shimizu\tHooker\tAC joint sprain (grade II), right\t2024-11-02\tModified training\t2024-12-01\t
Sione Tupou\tProp\tHamstring strain (grade I), left\t2024-11-09\tRehab\t2024-11-30\t
Ren Aoki\tLock\tConcussion (2nd this season)\t2024-11-16\tGRTP stage 3\t2024-12-07\tNeurology review booked
Ethan Walsh\tFlanker\tAnkle syndesmosis injury\t2024-10-19\tRehab\t2025-01-10\tPost-op
Haruto Kikuchi\tScrum-half\tLumbar stress fracture (L5)\t2024-09-28\tOut\t2025-02-15\tBone density test pending
Tevita Fifita\tCentre\tFully fit\t-\tAvailable\t-\t
Yuma Sato\tWing\tPatellar tendinopathy\t2024-11-12\tLoad managed\t-\t
Daniel Okafor\tFullback\tShoulder dislocation, left\t2024-11-23\tOut\t2025-03-01\tSurgery 3 Dec
""",
    }],
    personal=[
        {"type": "name", "value": "Ren Aoki"},
        {"type": "diagnosis", "value": "Concussion (2nd this season)"},
        {"type": "name", "value": "Haruto Kikuchi"},
        {"type": "diagnosis", "value": "Lumbar stress fracture (L5)"},
        {"type": "name", "value": "Daniel Okafor"},
        {"type": "diagnosis", "value": "Shoulder dislocation, left"},
    ])

add(key="E07", writer=W_NISHIZONO, loc="attachment", expect="hold", kind="sensitive.genome",
    why="本文は「添付します」だけだが、添付PDFは選手個人の遺伝子検査結果（ACTN3・APOE等）。ゲノム情報をコーチへ送っている。",
    **{"from": F_NISHIZONO},
    to=["Daniel Price <dprice@minato-utd.example.com>"],
    subject="The report you asked about",
    text="""Dear Daniel,

As discussed after Tuesday's meeting, attached is the report.
Please keep it within the performance staff and do not use it for selection decisions;
I'd be happy to go through what it does and does not mean.

Best wishes,
Aki
""" + SIG_NISHIZONO,
    attachments=[{
        "filename": "genetic_profile_KM_2024.pdf",
        "contentType": "application/pdf",
        "text": """GENETIC PERFORMANCE & INJURY-RISK PROFILE
Athlete: Kenta Morishima    DOB: 22 Jul 2001    Sample ID: GX-24-00917
Laboratory: Helix Sport Genomics (accredited)    Report date: 15 Nov 2024
Gene / variant      Genotype    Interpretation
ACTN3 R577X         XX          No functional alpha-actinin-3; endurance-leaning profile
ACE I/D             II          Endurance-associated genotype
COL5A1 rs12722      TT          Elevated risk of Achilles tendinopathy
COL1A1 Sp1          GT          Moderate soft-tissue injury risk
APOE                e3/e4       One e4 allele: consider in concussion management; counselling recommended
Comment: results should be interpreted by a clinician with genetic counselling.
""",
    }],
    personal=[
        {"type": "name", "value": "Kenta Morishima"},
        {"type": "birthdate", "value": "22 Jul 2001"},
        {"type": "genome", "value": "ACTN3 R577X         XX"},
        {"type": "genome", "value": "APOE                e3/e4"},
    ])

add(key="E08", writer=W_LIAM, loc="quoted", expect="hold", kind="sensitive.health",
    why="本文はクリアランスを出せないと断るだけだが、下に貼った医師メモに選手の心電図異常（WPW）と脳振盪の既往が実名で書かれている。移籍交渉中の代理人への送付。",
    **{"from": F_LIAM},
    to=["Sophie Laurent <sophie@laurent-agency.example.com>"],
    subject="Re: Tomás - medical clearance for the transfer?",
    text="""Hi Sophie,

I'm afraid I can't give you a clearance myself; that has to come from the receiving
club's doctor after their own medical. I've put Dr Nishizono's note below so you know
where things stand and why we can't sign anything off this week.

Happy to talk to the club's medical team directly if they get in touch.

Liam
""" + SIG_LIAM + """

-----Original Message-----
From: Aki Nishizono
Sent: Monday, 25 November 2024 18:22
To: Liam O'Connor
Subject: Tomás H. - pre-transfer screening

Liam,
Summary for Tomás Herrera's file:
- Resting ECG shows a WPW pattern (short PR, delta wave). Asymptomatic so far.
  Referred to cardiology for an EP study; he must not be cleared for full contact until then.
- Three concussions in the last 18 months; the most recent (August) had symptoms for 5 weeks.
  Neuropsychological baseline is below his 2022 result.
I'd rather we say nothing to the agent until cardiology has seen him.
Aki
""",
    personal=[
        {"type": "name", "value": "Tomás Herrera"},
        {"type": "diagnosis", "value": "Resting ECG shows a WPW pattern"},
        {"type": "health", "value": "Three concussions in the last 18 months"},
    ])

add(key="E09", writer=W_LIAM, loc="subject", expect="hold", kind="sensitive.health",
    why="件名に選手の実名と「ACL再建術後6週」という手術・病状が入っている。本文は予定の確認だけ。外部（クラブのS&Cコーチ）への送信。",
    **{"from": F_LIAM},
    to=["Tom Reilly <strength@minato-utd.example.com>"],
    subject="Marco Silva - ACL reconstruction, week 6 review & gym plan",
    text="""Hi Tom,

Quick one ahead of Thursday. The gym plan isn't finished yet - I'll send it over by
Wednesday evening once I've seen the latest numbers.

Can we keep Thursday 10:00 at your place? I'll bring the portable force plates.

Cheers,
Liam
""" + SIG_LIAM,
    personal=[
        {"type": "name", "value": "Marco Silva"},
        {"type": "health", "value": "ACL reconstruction, week 6"},
    ])

add(key="E10", writer=W_NISHIZONO, loc="zip", expect="hold", kind="attachment.encrypted_zip",
    why="画像と診療メモをパスワード付きZIPでクラブドクターへ送り、パスワードは別送（PPAP）。",
    **{"from": F_NISHIZONO},
    to=["Dr Kenji Hara <k.hara@minato-utd.example.com>"],
    subject="Imaging and clinic notes - as requested",
    text="""Dear Dr Hara,

As requested, please find attached the imaging reports and my clinic notes from this week.
The file is password-protected; I will send the password in a separate e-mail.

Let's speak on Friday about the surgical plan.

Best wishes,
Aki
""" + SIG_NISHIZONO,
    attachments=[{"filename": "clinic_notes_imaging_wk48.zip", "contentType": "application/zip", "encrypted": True}])

# ---------------------------------------------------------------- passes
add(key="E11", writer=W_ANDO, loc=None, expect="pass", kind="benign.vaccination_schedule",
    why="遠征前の予防接種の日程と種類を、チーム全体向けに案内。個人の接種歴や健康状態は含まない。",
    **{"from": F_ANDO},
    to=["Kanagawa Harbors - Team Manager <manager@kanagawa-harbors.example.com>"],
    subject="Travel vaccinations before the Manila tournament",
    text="""Dear Mr Brooks,

Following your request, here is the vaccination plan for the squad and staff before the
Manila tournament (departure 20 January).

Recommended for everyone:
- Hepatitis A (1st dose at least 2 weeks before departure)
- Typhoid
- Influenza (this season's vaccine, if not already done)
To consider, depending on the itinerary:
- Japanese encephalitis (only if the side trip to rural areas goes ahead)

Clinic slots reserved for the team:
- Tue 17 Dec, 14:00-17:00 (up to 15 people)
- Sat 21 Dec, 9:00-12:00 (up to 15 people)

We will speak to each player privately about their own records at the appointment,
so there is no need to send us any medical details in advance. Please just let me know
roughly how many people will come to each slot.

Kind regards,
""" + SIG_ANDO)

add(key="E12", writer=W_NISHIZONO, loc=None, expect="pass", kind="benign.genome_policy",
    why="遺伝子検査についての方針の説明。特定の選手の結果は一切含まず、方針だけ。",
    **{"from": F_NISHIZONO},
    to=["Minato United FC - Medical <medical@minato-utd.example.com>",
        "Kanagawa Harbors - Medical <medical@kanagawa-harbors.example.com>"],
    subject="Our position on genetic testing in talent identification",
    text="""Dear colleagues,

Several clubs have asked us whether we offer "DNA performance tests" for young players.
To save everyone time, here is our position.

1. We do not offer direct-to-consumer genetic tests for talent identification or selection.
   The evidence that single variants (e.g. ACTN3) predict performance is weak.
2. Genetic testing is done only when there is a clinical reason (e.g. suspected inherited
   cardiac conditions), after genetic counselling and with written consent.
3. Results belong to the athlete. We do not share them with coaches, agents or clubs
   unless the athlete asks us to in writing, and even then only the clinical conclusion.
4. Minors are tested only for conditions where early knowledge changes their care.

We are happy to give a short talk on this to your staff in the new year.

Best wishes,
""" + SIG_NISHIZONO)

add(key="E13", writer=W_ANDO, loc=None, expect="pass", kind="benign.visitor_restriction",
    why="入院リハビリ病床の面会制限のお知らせ。人数も氏名も出さない一般的な告知。",
    **{"from": F_ANDO},
    to=["横浜ユースアカデミー 事務局 <office@yokohama-youth-academy.example.jp>"],
    subject="【ご案内】12月の面会制限について",
    text="""横浜ユースアカデミー
事務局 ご担当者さま

いつもお世話になっております。ベイサイド・スポーツメディカル&フィジオセンターの安藤です。
インフルエンザと新型コロナウイルス感染症の流行を受けて、12月2日（月）から当面の間、
入院リハビリ病棟（3階）の面会を次のとおり制限いたします。

・面会は1日1回、15分以内、1回につき2名まで
・中学生以下の方の面会はご遠慮ください
・発熱・咳などの症状がある方は面会できません
・外来（1階・2階）のご利用は、これまでどおりです

アカデミーの選手のご家族の皆さまにも、お知らせいただけますと幸いです。
ご不便をおかけしますが、ご理解とご協力をお願いいたします。
""" + SIG_ANDO)

add(key="E14", writer=W_LIAM, loc=None, expect="pass", kind="benign.reply_chain",
    why="シーズン前のスクリーニング日の運営調整。クラブ側スタッフの名前と重い署名が何度も引用されるが、選手個人の健康情報はない。",
    **{"from": F_LIAM},
    to=["Kenji Hara <k.hara@minato-utd.example.com>"],
    cc=["Tom Reilly <strength@minato-utd.example.com>", "Yuki Sakamoto <ops@minato-utd.example.com>", F_ANDO],
    subject="Re: Re: Re: Pre-season screening day - logistics",
    text="""Hi all,

Great, that works. Final plan for Monday 13 January:

- 08:00 Our team arrives, set-up in the gym hall
- 08:30-12:00 First-team squad in groups of 6 (Yuki to send the group list the Friday before)
- 12:00-13:00 Lunch
- 13:00-15:30 Academy players
- Stations: ECG, movement screen, isokinetic knee test, hop tests, nutrition questionnaire

We'll bring two physios, one doctor and a sports scientist. The results go into each
player's file at the clinic as usual and Dr Hara gets the summary the same week.

Cheers,
Liam
""" + SIG_LIAM + """

On Tue, 19 Nov 2024 at 17:40, Yuki Sakamoto <ops@minato-utd.example.com> wrote:
> Hi Liam,
> The gym hall is free all day on the 13th. We can give you the small meeting room for the ECGs.
> Parking for two cars at the back gate - please send me the plate numbers nearer the time.
> Yuki
> --
> Yuki Sakamoto | Team Operations Manager
> Minato United FC | 1-1 Kaigan-dori, Naka-ku, Yokohama
> Tel +81-45-000-4400 | Mobile (club) +81-80-0000-1122
> www.minato-utd.example.com
>
> On Mon, 18 Nov 2024 at 09:12, Kenji Hara <k.hara@minato-utd.example.com> wrote:
>> Liam, Monday 13 Jan suits us. Tom would like the hop tests done after the isokinetic test, not before.
>> Kenji
>> --
>> Kenji Hara, MD | Team Physician | Minato United FC
>>
>> On Fri, 15 Nov 2024 at 16:05, Liam O'Connor <liam.oconnor@bayside-smpc.example.jp> wrote:
>>> Hi Kenji, Tom,
>>> Could we fix the pre-season screening for either 13 or 14 January? We need the whole day.
>>> Liam
""")

add(key="E15", writer=W_ANDO, loc=None, expect="pass", kind="benign.swift",
    why="クラブへの請求書の海外送金用に、センターの法人口座とSWIFTを案内。個人の口座ではない。",
    **{"from": F_ANDO},
    to=["Accounts Payable - Pacific Basketball Club Manila <ap@pbc-manila.example.com>"],
    subject="Invoice BSMPC-2024-1187 - bank details for overseas remittance",
    text="""Dear Accounts Payable team,

Thank you for your e-mail. Please find below our bank details for invoice BSMPC-2024-1187
(rehabilitation programme, 4-22 November, JPY 1,386,000).

Beneficiary name : BAYSIDE SPORTS MEDICINE CO., LTD.
Account number   : 0418826 (ordinary account)
Bank             : THE YOKOHAMA HARBOUR BANK, LTD., MINATOMIRAI BRANCH
SWIFT/BIC        : YHBKJPJY
Bank address     : 2-2-1 Minatomirai, Nishi-ku, Yokohama, Japan
Reference        : BSMPC-2024-1187

Please make sure that all bank charges outside Japan are paid by the sender (OUR),
so that the full amount reaches us. A remittance advice by e-mail would be appreciated.

Kind regards,
""" + SIG_ANDO)

add(key="E16", writer=W_LIAM, loc=None, expect="pass", kind="benign.to_data_subject",
    why="選手本人の私用アドレスへ、本人のリハビリ計画を送付。自分の膝の話を本人に送るもので、第三者提供ではない。",
    **{"from": F_LIAM},
    to=["Marco Silva <marco.silva.9@gmail.com>"],
    subject="Your home programme - weeks 7 to 9",
    text="""Hi Marco,

Great session today - your knee flexion is now at 125 degrees and the swelling has
settled nicely. Here is your home programme for weeks 7 to 9 after the ACL reconstruction.

Daily:
- Quad sets and straight leg raises, 3 x 15
- Stationary bike, 20 minutes, light resistance
Three times a week:
- Single-leg press (operated leg), 3 x 10 at the weight we used today
- Step-downs from a 15 cm box, 3 x 10, slow and controlled
- Single-leg balance on a cushion, 3 x 45 s

No running yet. We'll test your quad strength on 9 January and decide then.
If the knee gets hot or swollen, drop back to the bike only and message me.

See you on Thursday,
Liam
""" + SIG_LIAM)

add(key="E17", writer=W_NISHIZONO, loc=None, expect="pass", kind="benign.public_figure",
    why="講演会の登壇調整。嘉納治五郎（歴史上の人物）や元オリンピック代表（公人）の名前が出るが、公開の経歴のみ。",
    **{"from": F_NISHIZONO},
    to=["横浜スポーツ振興財団 事業課 <jigyo@yokohama-sports-fdn.example.jp>"],
    subject="市民公開講座「嘉納治五郎とスポーツ医学の百年」登壇について",
    text="""公益財団法人 横浜スポーツ振興財団
事業課 ご担当者さま

お世話になっております。ベイサイド・スポーツメディカル&フィジオセンターの西園です。
2月の市民公開講座の件、登壇をお引き受けいたします。

演題案：「嘉納治五郎とスポーツ医学の百年 ― 柔道から始まった『安全に強くなる』考え方」
　・嘉納治五郎が講道館で重視した受け身と、現代の頭部外傷予防
　・1964年東京大会で始まった選手の医事サポート

対談のお相手として、元オリンピック柔道代表で現在は財団理事の岸本 剛 さんのお名前を挙げていただいていた件、
ぜひお願いしたいと思います。岸本さんが現役時代に公表されているご経験を中心に伺えればと存じます。

スライドは1月末までにお送りします。
""" + SIG_NISHIZONO)

add(key="E18", writer=W_ANDO, loc=None, expect="pass", kind="benign.lecturer_fee",
    why="外部講師本人へ、本人の謝金額と振込先（口座番号は下3桁のみ表示）を確認。マイナンバーはメールで送らないよう案内している。",
    **{"from": F_ANDO},
    to=["村岡 聡 <satoshi.muraoka.pt@gmail.com>"],
    subject="12/14 院内勉強会の講師謝金について",
    text="""村岡 聡 先生

先日はご多用のところ、院内勉強会「投球障害肩の評価」のご講演をいただき、ありがとうございました。
スタッフからも「明日から使える内容だった」と好評でした。

講師謝金のお支払いについて、ご確認をお願いいたします。

　謝金：33,000円
　源泉徴収税額：3,370円
　お振込額：29,630円
　お振込先：ご登録いただいた口座（はまかぜ銀行 本店 普通 ****321）
　お振込予定日：12月25日（水）

支払調書の作成のため、マイナンバーの確認をお願いしております。
同封の専用書類（簡易書留でお送りします）にご記入のうえ、返信用封筒でお送りください。
メールやお電話でお知らせいただく必要はありません。
""" + SIG_ANDO)

add(key="E19", writer=W_ANDO, loc=None, expect="pass", kind="benign.serial_number",
    why="測定装置の点検依頼と消耗品の注文。シリアル番号・管理番号・JANコード・注文番号が並ぶが機器の番号。",
    **{"from": F_ANDO},
    to=["メディカルギア東日本 サービス課 <service@medicalgear-east.example.jp>"],
    subject="等速性筋力測定装置の定期点検のご依頼（S/N BX4-2207-1183）",
    text="""メディカルギア東日本株式会社
サービス課 ご担当者さま

いつもお世話になっております。ベイサイド・スポーツメディカル&フィジオセンターの安藤です。
下記の装置について、年次点検をお願いいたします。

　装置：等速性筋力測定装置 BIODEX System 4 相当機
　シリアル番号：BX4-2207-1183
　院内管理番号：BSMPC-EQ-0042
　設置場所：2階 測定室
　前回点検：2023年12月12日
　希望日：12月16日（月）〜18日（水）のいずれか、外来終了後の19時以降

あわせて、消耗品の注文をお願いします（注文番号 PO-2024-1129-03）。
　・EMS用電極パッド 5cm角（JAN 4987654321098）×20袋
　・ダイナモメーター用ストラップ（品番 ST-220）×4本

お見積書は法人宛てでお願いいたします。
""" + SIG_ANDO)

add(key="E20", writer=W_LIAM, loc=None, expect="pass", kind="benign.plain_zip",
    why="ハムストリング損傷予防プログラムの資料。パスワードなしの通常ZIPで、中身は一般的な運動メニューだけ。",
    **{"from": F_LIAM},
    to=["Tom Reilly <strength@minato-utd.example.com>"],
    subject="Hamstring injury prevention programme - files",
    text="""Hi Tom,

As promised, here are the files for the hamstring programme we talked about.
It's a normal zip, no password. Feel free to share it with the academy coaches.

The progression table is the key bit - please don't jump straight to week 6 volumes.

Cheers,
Liam
""" + SIG_LIAM,
    attachments=[{
        "filename": "hamstring_programme_v3.zip",
        "contentType": "application/zip",
        "text": """hamstring_programme_v3/
  01_nordic_progression.pdf
  02_exercise_videos_links.txt
  03_readme.txt

[01_nordic_progression.pdf]
Nordic Hamstring Exercise - 10-week progression (squad-wide)
Week 1: 2 sets x 5 reps, 1 session/week
Weeks 2-3: 2 x 6 / 3 x 6, 2 sessions/week
Weeks 4-6: 3 x 8 to 3 x 12, 3 sessions/week
Weeks 7-10: maintenance, 3 x 10, 1-2 sessions/week, not within 48 h before a match
[02_exercise_videos_links.txt]
Nordic (assisted): https://bayside-smpc.example.jp/videos/nordic-assisted
Single-leg RDL: https://bayside-smpc.example.jp/videos/sl-rdl
[03_readme.txt]
Programme for healthy players. Anyone with a current injury should follow their own rehab plan.
""",
    }])
