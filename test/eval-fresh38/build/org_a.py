# Org A: 協同組合グローバル技能ネット (技能実習 監理団体). Mostly English / mixed.
from common import *

MAILS = [
# ---------------- holds ----------------
M("hold", "sensitive.health",
  "Names an intern and gives his tuberculosis diagnosis and treatment plan to the employer's HR.",
  LAN, ["総務課 小林様 <kobayashi.hr@hamana-seiki.example.co.jp>"],
  "Re: Mr. Tran Van Hung – hospital result / 今後の勤務について",
  """小林様

いつもお世話になっております。グローバル技能ネットのランです。
Thank you for taking Hung to the hospital yesterday.

I received the explanation from the doctor at 浜松中央呼吸器クリニック this morning:
- Name: TRAN VAN HUNG (実習2号, 溶接)
- Diagnosis: 肺結核 (pulmonary tuberculosis), 排菌あり
- He must stay in hospital for about 6–8 weeks and take medicine for 6 months.
- 保健所 will contact your company about the coworkers' contact check (接触者健診).

Hung is very worried about his job and his family in Nghe An. Please tell him that
he will not be sent home because of this illness. I will visit him on Friday with
a Vietnamese dictionary and his phone charger.

Best regards,
""" + SIG_LAN, loc="body",
  personal=[{"type": "name", "value": "TRAN VAN HUNG"},
            {"type": "diagnosis", "value": "肺結核 (pulmonary tuberculosis), 排菌あり"}]),

M("hold", "id.residence_card",
  "Sends an intern's residence card and passport numbers to an outside immigration scrivener.",
  MURAI, ["行政書士 野口先生 <noguchi@noguchi-gyosei.example.jp>"],
  "在留期間更新 申請書類の件（Putri Ayu Lestari）",
  """野口先生

お世話になっております。グローバル技能ネットの村井です。
来月で在留期限を迎える実習生の更新申請について、申請書の記入に必要な情報をお送りします。

氏名：PUTRI AYU LESTARI（インドネシア）
生年月日：2001年9月14日
在留カード番号：UH48210377JA
旅券番号：C7731940
在留期限：2025年7月22日
実習実施者：株式会社浜名精機 第二工場

技能検定随時3級の合格証コピーは本日郵送しました。
不足書類がありましたらお知らせください。

""" + SIG_MURAI, loc="body",
  personal=[{"type": "residence_card", "value": "UH48210377JA"},
            {"type": "passport", "value": "C7731940"},
            {"type": "birthdate", "value": "2001年9月14日"}]),

M("hold", "list.roster",
  "The attached CSV lists incoming interns with birth dates and passport numbers; the body gives no hint.",
  MIYOSHI, ["受入担当 大塚様 <otsuka@enshu-foods.example.co.jp>"],
  "10月入国予定者の件",
  """大塚様

お世話になっております。グローバル技能ネット事務局の三好です。
先日お電話でお話しした件、ファイルをお送りします。
ご確認のほどよろしくお願いいたします。

""" + SIG_MIYOSHI, loc="attachment",
  attachments=[A("arrivals_oct.csv", CSV,
"""no,name,nationality,sex,date_of_birth,passport_no,hometown,job
1,DELA CRUZ JOHN PAUL,Philippines,M,1999-03-08,P4417206B,Iloilo,food processing
2,REYES MARICEL,Philippines,F,2000-11-21,P5082913A,Cebu,food processing
3,BAUTISTA RONALD,Philippines,M,1998-07-30,P3920047C,Davao,food processing
4,GARCIA ANGELICA,Philippines,F,2002-01-17,P6634510A,Quezon City,food processing
""")],
  personal=[{"type": "name", "value": "REYES MARICEL"},
            {"type": "passport", "value": "P5082913A"},
            {"type": "birthdate", "value": "1998-07-30"}]),

M("hold", "sensitive.health",
  "Forwards a sending organisation's mail whose quoted part gives a named candidate's hepatitis B result.",
  MURAI, ["生産管理部 岡田様 <okada@tenryu-kogyo.example.co.jp>"],
  "Fw: Pre-departure medical check – Batch 14",
  """岡田様

お世話になっております。村井です。
インドネシア送出機関から下記の連絡がありました。入国時期について一度ご相談させてください。
来週火曜の午後はいかがでしょうか。

村井

-------- Forwarded Message --------
From: Dewi Anggraini <dewi@sinar-karya-lpk.example.co.id>
Date: Mon, 12 May 2025 10:14 +0700
Subject: Pre-departure medical check – Batch 14

Dear Mr. Murai,

All 6 candidates for Tenryu Kogyo finished the medical check on 9 May.
5 candidates are fit. However, candidate MUHAMMAD RIZKY PRATAMA (born 2003-02-11)
was found HBsAg positive (hepatitis B carrier). The doctor says he can work,
but he needs another test in 3 months. Please let us know if the company still
accepts him in this batch.

Best regards,
Dewi Anggraini
LPK Sinar Karya, Bekasi

""" + SIG_MURAI, loc="quoted",
  personal=[{"type": "name", "value": "MUHAMMAD RIZKY PRATAMA"},
            {"type": "diagnosis", "value": "HBsAg positive (hepatitis B carrier)"}]),

M("hold", "id.passport",
  "The subject line carries an intern's name and passport number; the body only asks for a call.",
  MIYOSHI, ["Leonora Santos <l.santos@bayanihan-manpower.example.ph>"],
  "URGENT: SANTOS MARK ANTHONY passport P2208816C expired – renewal at embassy",
  """Dear Ms. Santos,

Please see the subject. Could you call me today after 3 pm (Japan time)?
We need to arrange the embassy visit in Tokyo.

Thank you.
""" + SIG_MIYOSHI, loc="subject",
  personal=[{"type": "passport", "value": "P2208816C"},
            {"type": "name", "value": "SANTOS MARK ANTHONY"}]),

M("hold", "attachment.encrypted_zip",
  "Carries a password-protected zip to the sending organisation (PPAP).",
  MURAI, ["Mr. Pham Quoc Bao <bao.pq@hanoi-hrx.example.vn>"],
  "Documents for the 3rd inspection / 定期監査資料",
  """Dear Mr. Bao,

Attached are the documents for the joint inspection next month.
The password will be sent in a separate e-mail.
パスワードは別メールでお送りします。

Best regards,
""" + SIG_MURAI, loc="encrypted_zip",
  attachments=[A("inspection_docs_2025Q2.zip", ZIP, encrypted=True)]),

M("hold", "recipients.visible_outside",
  "Sends a seminar notice to 12 outside employer companies all visible in To.",
  MIYOSHI,
  ["kobayashi.hr@hamana-seiki.example.co.jp", "otsuka@enshu-foods.example.co.jp",
   "okada@tenryu-kogyo.example.co.jp", "soumu@kosai-plastic.example.jp",
   "h.kimura@iwata-denso.example.co.jp", "jinji@makinohara-agri.example.jp",
   "t.sugiura@fukuroi-textile.example.co.jp", "info@kakegawa-metal.example.jp",
   "suzuki.a@shimada-print.example.co.jp", "hr@yaizu-seafood.example.jp",
   "k.ito@kikugawa-parts.example.co.jp", "somu@mori-wood.example.jp"],
  "【ご案内】育成就労制度に関する説明会（6月20日）",
  """実習実施者各位

いつも大変お世話になっております。グローバル技能ネット事務局です。
2027年の育成就労制度開始に向け、組合員企業様向けの説明会を下記のとおり開催いたします。

日時：2025年6月20日（金）14:00〜16:00
会場：浜松市地域情報センター 2階ホール（オンライン併用）
内容：制度概要／転籍ルール／日本語要件／質疑応答

お手数ですが6月13日までに出欠をご返信ください。

""" + SIG_MIYOSHI, loc="recipients"),

M("hold", "personal.profile",
  "Forwards one intern's full profile (address, phone, birth date, family) to a prospective new employer for a transfer.",
  LAN, ["Mr. Hiroshi Sakai <sakai@kosai-plastic.example.jp>"],
  "転籍候補者のプロフィール / Candidate profile – Le Thi Thu",
  """酒井様

Thank you for considering the transfer (転籍). Here is the information about the candidate.

Name: LE THI THU（レ・ティ・トゥー）
Date of birth: 1998-05-26
Current address: 静岡県湖西市鷲津 2210-4 ハイツ鷲津 203
Phone: 080-0000-3562 (her own)
Hometown: Thai Binh, Vietnam
Family: mother, two younger brothers (she sends money every month)
Japanese level: JLPT N3 (2024)
Current employer: 株式会社浜名精機 – leaving because the line will close in August.

She is hard-working and very good at plastic moulding. Please call me if you want
an interview; she is free on Sundays.

""" + SIG_LAN, loc="body",
  personal=[{"type": "address", "value": "静岡県湖西市鷲津 2210-4 ハイツ鷲津 203"},
            {"type": "phone", "value": "080-0000-3562"},
            {"type": "birthdate", "value": "1998-05-26"}]),

M("hold", "sensitive.criminal",
  "Reports a named intern's arrest and detention to the overseas sending organisation.",
  MURAI, ["Ms. Dewi Anggraini <dewi@sinar-karya-lpk.example.co.id>"],
  "Incident report – intern ANDI SAPUTRA",
  """Dear Ms. Dewi,

I am sorry to inform you of a serious matter.

On 3 June, intern ANDI SAPUTRA (Batch 11, Tenryu Kogyo) was arrested by Iwata Police
on suspicion of theft (shoplifting at a drug store, about 8,000 yen). He is now
detained at the police station. He admitted it in the interview with me through the
interpreter. The company will decide after the investigation whether his training
continues.

Please inform his family carefully. We will send a written report next week.

""" + SIG_MURAI, loc="body",
  personal=[{"type": "name", "value": "ANDI SAPUTRA"},
            {"type": "criminal", "value": "on suspicion of theft (shoplifting at a drug store"}]),

M("hold", "sensitive.religion",
  "Gives a catering company named interns' religion and prayer needs.",
  MIYOSHI, ["給食センター 長田様 <nagata@hamamatsu-catering.example.jp>"],
  "寮の食事について（ハラール対応）",
  """長田様

お世話になっております。グローバル技能ネットの三好です。
7月から寮に入る実習生のうち、下記の4名がイスラム教徒のため、豚肉・アルコールを
使わないハラール食をお願いしたく存じます。ラマダン期間（来年2月頃）は夕食の時間を
日没後にずらしていただけると助かります。

・SITI NURHALIZA（女性、1日5回礼拝のため休憩室を使用）
・AHMAD FAUZI
・RINA MARLIANA（ヒジャブ着用）
・YUSUF HIDAYAT

残りの8名（ベトナム・フィリピン）は通常メニューで問題ありません。

""" + SIG_MIYOSHI, loc="body",
  personal=[{"type": "name", "value": "SITI NURHALIZA"},
            {"type": "religion", "value": "イスラム教徒"}]),

# ---------------- passes ----------------
M("pass", "benign.schedule",
  "Japanese class timetable for the training centre with teachers' names only.",
  LAN, ["Ms. Vu Thi Hoa <hoa.vt@hanoi-hrx.example.vn>"],
  "Lich hoc tieng Nhat / Japanese class schedule – July intake",
  """Chi Hoa than mến,

Here is the schedule for the 1-month 入国後講習 in July. Could you share it with the
students before departure?

| Week | Topic                        | Teacher            |
|------|------------------------------|--------------------|
| 1    | 日本の生活ルール / garbage    | 鈴木 恵子 先生     |
| 2    | 交通ルール・自転車            | 浜松中央警察署 講師 |
| 3    | 労働法・相談窓口              | 社労士 武田 先生   |
| 4    | 防災・救急 / review           | 鈴木 恵子 先生     |

Class hours: 9:00–16:00, Mon–Fri. Lunch is provided.

Cảm ơn chị!
""" + SIG_LAN),

M("pass", "benign.aggregate_stats",
  "Annual intern numbers by nationality and trade sent to the city; aggregates only.",
  MURAI, ["浜松市 産業振興課 国際担当 <kokusai-shinko@city.hamamatsu.example.lg.jp>"],
  "技能実習生受入状況（2024年度）のご報告",
  """浜松市 産業振興課 御中

標記について、当組合の2024年度末時点の受入状況をご報告いたします。

国籍別：ベトナム 42名／インドネシア 18名／フィリピン 11名（計71名）
職種別：溶接 14、プラスチック成形 12、食品製造 25、縫製 9、農業 11
失踪者：0名　途中帰国：3名（うち家庭の事情 2、本人希望 1）
技能検定 随時3級 合格率：96.2%

詳細な内訳が必要でしたらお申し付けください。

""" + SIG_MURAI),

M("pass", "benign.to_data_subject",
  "Reminds an intern of his own immigration appointment, sent to his own address.",
  LAN, ["Joel Villanueva <joelvilla.ph@gmail.example.com>"],
  "Reminder: your visa renewal appointment on 18 June",
  """Hi Joel,

Just a reminder about your own appointment:

- Date: Wednesday 18 June, 10:00
- Place: 名古屋出入国在留管理局 浜松出張所
- Bring: your residence card, passport, 2 photos (4cm x 3cm), and the envelope I gave you.

I will meet you at the station at 9:30. Your company already approved the day off.
If you feel sick or miss the train, call me at the office number below.

Ingat! (Take care!)
""" + SIG_LAN),

M("pass", "benign.health_programme_aggregate",
  "Influenza vaccination schedule for all interns with numbers only; 感染 used generically.",
  MIYOSHI, ["総務課 小林様 <kobayashi.hr@hamana-seiki.example.co.jp>"],
  "インフルエンザ予防接種の日程（寮生）",
  """小林様

いつもお世話になっております。三好です。
今年も寮生の集団予防接種を下記の日程で実施します。

日時：11月8日（土）9:30〜12:00
場所：組合2階会議室（協力医療機関の医師・看護師が来訪）
対象：御社寮生 9名（希望者のみ。費用は組合負担）

冬場は寮内で感染が広がりやすいため、手洗い・換気の掲示物を英語・ベトナム語・
インドネシア語で用意しました。寮の玄関に貼っていただけますと幸いです。

""" + SIG_MIYOSHI),

M("pass", "benign.bcc_newsletter",
  "Monthly newsletter to all member companies, recipients in Bcc.",
  MIYOSHI, ["miyoshi@ggnet-coop.example.jp"],
  "組合だより 2025年6月号",
  """組合員各位

（本メールはBCCにて一斉送信しております）

■ 今月の話題
・最低賃金改定の見通し（静岡県）
・熱中症対策：実習生向け多言語ポスターを配布します
・送出機関との合同監査（ベトナム・ハノイ）を7月に実施予定

■ 行事予定
6/20 育成就労制度説明会（ご案内済み）
7/27 実習生交流バーベキュー（佐鳴湖公園）

ご不明点は事務局までお問い合わせください。

""" + SIG_MIYOSHI,
  bcc=["kobayashi.hr@hamana-seiki.example.co.jp", "otsuka@enshu-foods.example.co.jp",
       "okada@tenryu-kogyo.example.co.jp", "soumu@kosai-plastic.example.jp",
       "h.kimura@iwata-denso.example.co.jp", "jinji@makinohara-agri.example.jp",
       "t.sugiura@fukuroi-textile.example.co.jp", "info@kakegawa-metal.example.jp",
       "suzuki.a@shimada-print.example.co.jp", "hr@yaizu-seafood.example.jp",
       "k.ito@kikugawa-parts.example.co.jp", "somu@mori-wood.example.jp",
       "nishi@tenryu-kogyo.example.co.jp", "f.hara@hamakita-kasei.example.jp"]),

M("pass", "benign.corporate_account",
  "Confirms the sending organisation's corporate bank account and SWIFT code for fee payment.",
  MURAI, ["Accounting <accounting@hanoi-hrx.example.vn>"],
  "Re: Change of bank account for management fee",
  """Dear Accounting Team,

Thank you for the notice. We have registered your new account as follows and will
use it from the July payment:

Beneficiary: HANOI HR EXCHANGE JOINT STOCK COMPANY
Bank: Vietcombank, Hoan Kiem Branch
Account No.: 0011004438216
SWIFT: BFTVVNVX
Amount (July): USD 4,200 (14 interns x USD 300)

Please send us the invoice with your company stamp by 25 June.

> From: Accounting <accounting@hanoi-hrx.example.vn>
> We would like to inform you that our company bank account has changed...

""" + SIG_MURAI),

M("pass", "benign.project_mail",
  "Airport pickup logistics with 6 visible addresses from the cooperative and one employer.",
  LAN, ["otsuka@enshu-foods.example.co.jp", "m.shimizu@enshu-foods.example.co.jp",
        "driver-team@enshu-foods.example.co.jp"],
  "Pickup plan – arrival 14 Oct (NH 830 / 中部国際空港)",
  """大塚様、清水様、ドライバーチームの皆様

10月14日の入国者4名の送迎計画です。

- 到着便：VN 346 ハノイ発 → 中部国際空港 06:20着（予定）
- 集合：第1ターミナル 国際線到着ロビー Bゲート前 06:00
- 車両：御社マイクロバス1台（運転：ドライバーチーム）
- 組合側：ランと三好が同乗し、そのまま講習センターへ向かいます
- 荷物：1人23kg×1個＋手荷物

遅延時は私の携帯（下記署名）に連絡をください。

""" + SIG_LAN,
  cc=["murai@ggnet-coop.example.jp", "miyoshi@ggnet-coop.example.jp"]),

M("pass", "benign.thanks_visit",
  "Thank-you mail after a Philippine government delegation visit; names officials only.",
  MURAI, ["Atty. Ramon de Guzman <rdeguzman@dmw-labatt.example.gov.ph>"],
  "Thank you for your visit to Hamamatsu",
  """Dear Atty. de Guzman,

On behalf of Global Ginou Net Cooperative, thank you very much for visiting our
training centre and Enshu Foods on 28 May together with Ms. Cristina Lopez and
Mr. Paolo Reyes of your office.

Your speech to the interns about the new welfare desk was very encouraging.
Our president, Mr. Tetsuo Hirano, asked me to convey his best regards.
We look forward to welcoming your team again next year.

Sincerely,
""" + SIG_MURAI),

M("pass", "benign.plain_zip",
  "Unencrypted zip of dormitory photos and a floor plan for the sending organisation.",
  LAN, ["Ms. Vu Thi Hoa <hoa.vt@hanoi-hrx.example.vn>"],
  "Photos of the new dormitory (Kosai)",
  """Chi Hoa,

As promised, I attach the photos of the new dormitory in Kosai so the students can see
where they will live. 4 rooms, 2 people per room, Wi-Fi free, bicycle parking.
No password – just unzip.

""" + SIG_LAN,
  attachments=[A("kosai_dormitory_photos.zip", ZIP,
"""kosai_dormitory_photos/
  01_entrance.jpg
  02_kitchen.jpg
  03_room_A.jpg
  04_bathroom.jpg
  05_bicycle_parking.jpg
  floor_plan.pdf
""")]),

M("pass", "benign.public_event",
  "Invites members to a public embassy seminar with named public officials as speakers.",
  MURAI, ["Mr. Hendra Wijaya <hendra.w@sinar-karya-lpk.example.co.id>"],
  "Seminar at the Embassy of Indonesia – 5 September",
  """Dear Mr. Hendra,

FYI. The Embassy of the Republic of Indonesia in Tokyo will hold a public seminar
on worker protection on 5 September. Speakers announced on the embassy website:

- H.E. Ambassador (keynote)
- Labour Attaché Mr. Agus Santoso
- Prof. 川添 直樹 (静岡県立大学) – "多文化共生と地域社会"

Our cooperative will send two staff. If your director plans to be in Japan that week,
we would be happy to accompany him.

Regards,
""" + SIG_MURAI),
]
