from common import *

MAILS = []
def m(**kw):
    MAILS.append(kw)

m(expect="hold", kind="id.residence_card",
  why="Sends a worker's residence card and passport numbers to the employing facility.",
  **{"from": F_HAYASHI}, to=["特別養護老人ホーム ひだまりの郷 事務長 千葉様 <chiba@hidamari-sato.example.or.jp>"],
  subject="特定技能職員 入職手続き情報（Ms. Reyes）",
  text=f"""ひだまりの郷
事務長 千葉 様

いつもお世話になっております。アジアケアブリッジの林です。
10月1日入職予定の特定技能（介護）職員について、社会保険・雇用保険の手続きに必要な情報をお送りします。

　氏名：REYES, Kristine Joy（レイエス クリスティン ジョイ）
　国籍：フィリピン
　生年月日：1998年7月22日
　在留カード番号：RT73920148KA
　旅券番号：P6613027B
　在留期限：2026年9月30日

雇用保険の届出では在留カード番号の記載が必要ですので、ご注意ください。
住居（職員寮 202号室）の鍵の受け渡しは9月29日に私が立ち会います。

{SIG_HAYASHI}
""",
  personal=[{"type": "residence_card", "value": "RT73920148KA"}, {"type": "passport", "value": "P6613027B"}, {"type": "name", "value": "REYES, Kristine Joy"}])

m(expect="hold", kind="sensitive.health",
  why="The attached medical certificate shows a candidate's TB finding and reactive hepatitis B test; the body only says documents are attached.",
  **{"from": F_SANTOS}, to=["Ms. Yoko Arai <arai@aozora-care.example.jp>"],
  subject="Pre-arrival documents – Ms. Jocelyn Ramos",
  text=f"""Dear Ms. Arai,

Please find attached the pre-arrival documents for Ms. Jocelyn Ramos, who is scheduled to join Aozora Care Home in December.

Her flight details will follow once the visa is issued. Let me know if you need anything else for the preparation of her room.

Best regards,

{SIG_SANTOS}
""",
  attachments=[{"filename": "Ramos_J_medical_certificate.pdf", "contentType": "application/pdf",
    "text": "ST. LUKE'S PARTNER DIAGNOSTICS – QUEZON CITY\nMEDICAL CERTIFICATE FOR OVERSEAS EMPLOYMENT\n\nName: RAMOS, JOCELYN M.    Age/Sex: 27/F    Date of exam: 14 Aug 2024\n\nChest X-ray (PA): Fibrotic densities, right upper lobe – suggestive of old pulmonary tuberculosis. Sputum GeneXpert: pending.\nHepatitis B surface antigen: REACTIVE\nHIV: Non-reactive\nUrinalysis: Normal\nBlood pressure: 110/70\n\nRemarks: Fit to work subject to clearance of sputum test.\nExamining physician: Dr. Ronaldo P. Villanueva, Lic. No. 0098421"}],
  personal=[{"type": "health", "value": "suggestive of old pulmonary tuberculosis"}, {"type": "health", "value": "Hepatitis B surface antigen: REACTIVE"}, {"type": "name", "value": "RAMOS, JOCELYN M."}])

m(expect="hold", kind="personal.resume",
  why="Forwards a candidate's full résumé with address, birth date, phone, e-mail and family to a new facility.",
  **{"from": F_SAEKI}, to=["介護老人保健施設 みさき 人事担当 佐野様 <sano@rouken-misaki.example.or.jp>"],
  subject="ご紹介候補者の履歴書（介護・特定技能）",
  text=f"""みさき 人事ご担当 佐野様

お世話になっております。アジアケアブリッジの佐伯です。
先日お話しした転職希望の特定技能外国人について、ご本人の履歴書を以下にお送りします。面接をご検討ください。

━━ 履歴書 ━━
氏名：NGUYEN VAN MINH（グエン ヴァン ミン）
生年月日：1996年4月3日（29歳）　男性
現住所：〒590-0000 北浜市潮見台2-17-8 コーポ潮見 105
電話：080-0000-6174
メール：minh.nguyen.jp96@gmail.com
学歴：2014年 ナムディン医療短期大学 看護科 入学　2017年 卒業
職歴：2019年〜 社会福祉法人 緑風会 特養みどり（技能実習→特定技能）
資格：日本語能力試験 N2（2023年）、介護福祉士実務者研修 修了
家族：妻（ベトナム在住）、長女（3歳）
希望：夜勤可、月収 23万円以上
━━━━━━━━

面接日程は、ご本人は火曜・金曜が休みとのことです。

{SIG_SAEKI}
""",
  personal=[{"type": "name", "value": "NGUYEN VAN MINH"}, {"type": "birthdate", "value": "1996年4月3日"}, {"type": "address", "value": "北浜市潮見台2-17-8 コーポ潮見 105"}, {"type": "phone", "value": "080-0000-6174"}])

m(expect="hold", kind="list.scores",
  why="Lists six named candidates with birth dates and test scores in the body.",
  **{"from": F_SANTOS}, to=["Mr. Hideo Kubo <kubo@sunrise-kaigo.example.co.jp>"], cc=["佐伯 健太 <k.saeki@asiacarebridge.example.jp>"],
  subject="Candidate shortlist for Sunrise Kaigo (Jan 2025 batch)",
  text=f"""Dear Mr. Kubo,

Here is the shortlist from our Cebu training centre. All six passed the Nursing Care Skills Evaluation Test.

 Name                     DOB          JLPT   Care skills test   Japanese (JFT-Basic)
 Angelica Dela Cruz       2000-03-15   N3     88/100             231
 Mark Anthony Bautista    1997-10-02   N4     74/100             208
 Rhea Mae Villanueva      2001-06-27   N4     69/100             203
 John Paul Mendoza        1999-12-11   N3     81/100             225
 Shiela Marie Torres      2002-01-30   N4     62/100             201
 Christian Aquino Lopez   1998-05-19   N3     77/100             219

Mr. Saeki suggests interviewing the top four first. Please tell us your preferred dates.

Best regards,

{SIG_SANTOS}
""",
  personal=[{"type": "name", "value": "Angelica Dela Cruz"}, {"type": "score", "value": "Shiela Marie Torres      2002-01-30   N4     62/100             201"}])

m(expect="hold", kind="sensitive.religion",
  why="States the religion of two named workers to their employer.",
  **{"from": F_SANTOS}, to=["施設長 長谷部様 <hasebe@kokoro-no-mori.example.or.jp>"],
  subject="Arrival of Mr. Fauzi and Mr. Pratama / 受入準備のお願い",
  text=f"""長谷部施設長

いつもお世話になっております。Asia Care Bridge の Maria Santos です。

Next week Mr. Ahmad Fauzi and Mr. Rizky Pratama (from Bandung) will start at Kokoro no Mori. Both are practising Muslims, so I would like to ask for a few arrangements:

 1. お祈りの時間：1日5回。勤務中は昼と午後の2回、各10分程度、空いている部屋を使わせてください。
 2. 食事：職員食堂では豚肉・アルコールを含まないメニューを。難しければお弁当持参にします。
 3. Ramadan（来年3月ごろ）：日中は断食するため、夜勤シフトを希望するかもしれません。

Mr. Fauzi prays on a small mat and will bring his own. Thank you for your understanding.

Best regards,

{SIG_SANTOS}
""",
  personal=[{"type": "religion", "value": "Both are practising Muslims"}, {"type": "name", "value": "Ahmad Fauzi"}, {"type": "name", "value": "Rizky Pratama"}])

m(expect="hold", kind="attachment.encrypted_zip",
  why="Sends a password-protected zip (PPAP) to an administrative scrivener.",
  **{"from": F_HAYASHI}, to=["みなみ行政書士法人 申請担当 <shinsei@minami-gyosei.example.jp>"],
  subject="在留資格変更許可申請 書類一式",
  text=f"""みなみ行政書士法人
申請ご担当者様

お世話になっております。アジアケアブリッジの林です。
来週申請予定の3名分の書類一式を添付いたします。
解凍用パスワードは、この後別メールでお送りします。

{SIG_HAYASHI}
""",
  attachments=[{"filename": "henko_shinsei_3mei.zip", "contentType": "application/zip", "encrypted": True}])

m(expect="hold", kind="sensitive.health",
  why="The forwarded facility message names a worker's depression diagnosis and sick leave, sent to the sending agency abroad.",
  **{"from": F_SANTOS}, to=["Ms. Grace Ocampo <grace.ocampo@pinoycare-manila.example.ph>"],
  subject="Fwd: Ms. Lorna Padilla – sick leave",
  text=f"""Hi Grace,

See the message below from the facility. I will call Lorna this weekend. Could your team contact her family in Iloilo gently, so they are not surprised? Please do not share the details with the other workers.

Maria

{SIG_SANTOS}

-----Original Message-----
From: 介護付有料老人ホーム はなみずき 看護主任 岩田 <iwata@hanamizuki-home.example.jp>
Sent: Thursday, October 17, 2024 16:40
To: Maria Santos <m.santos@asiacarebridge.example.jp>
Subject: Lorna Padilla さんについて

Maria さん

Lorna Padilla さんですが、今週心療内科を受診し、うつ病と診断されました。
医師の指示で10月18日から1か月休職となります。睡眠薬と抗うつ薬が処方されています。
寮で一人になる時間が長いので、ご家族との連絡をサポートしていただけると助かります。

岩田
""",
  personal=[{"type": "health", "value": "うつ病と診断されました"}, {"type": "name", "value": "Lorna Padilla"}])

m(expect="hold", kind="id.bank_account",
  why="Gives a worker's personal Japan Post Bank account to the facility for payroll.",
  **{"from": F_HAYASHI}, to=["ひだまりの郷 経理 <keiri@hidamari-sato.example.or.jp>"],
  subject="給与振込口座の変更（特定技能職員）",
  text=f"""ひだまりの郷 経理ご担当者様

お世話になっております。アジアケアブリッジの林です。
貴施設で勤務中のティン・ティン・エーさん（ミャンマー）から、給与振込口座を変更したいと相談がありました。
本人の依頼により、新しい口座をお知らせします。11月支給分からの変更をお願いいたします。

　氏名：TIN TIN AYE
　新口座：ゆうちょ銀行　〇二八店（ゼロニハチ）普通 5539214
　口座名義：ティン ティン エー

旧口座（北浜みなと銀行）は解約予定とのことです。

{SIG_HAYASHI}
""",
  personal=[{"type": "bank_account", "value": "普通 5539214"}, {"type": "name", "value": "TIN TIN AYE"}])

_fac = ["chiba@hidamari-sato.example.or.jp", "arai@aozora-care.example.jp", "sano@rouken-misaki.example.or.jp",
        "kubo@sunrise-kaigo.example.co.jp", "hasebe@kokoro-no-mori.example.or.jp", "iwata@hanamizuki-home.example.jp",
        "soumu@midori-fukushi.example.or.jp", "jinji@seaside-care.example.co.jp", "office@gh-yasuragi.example.jp",
        "kaigo.tanaka@nifty.example.com", "info@sakura-day.example.jp", "hr@tsubasa-kaigo.example.co.jp"]
m(expect="hold", kind="recipients.visible",
  why="Twelve facility contacts from different employers (one private ISP address) are visible in To.",
  **{"from": F_SAEKI}, to=_fac,
  subject="【ご案内】特定技能職員 合同フォローアップ研修（12/7）",
  text=f"""受入施設ご担当者の皆様

いつも大変お世話になっております。アジアケアブリッジの佐伯です。
年末恒例の合同フォローアップ研修を、下記のとおり開催いたします。

　日時：12月7日（土）10:00〜15:00
　会場：北浜市民会館 第3会議室
　内容：介護記録の書き方／冬の感染対策／日本の年末年始の習慣
　対象：各施設の特定技能職員（交通費は弊社負担）

Participants may join in English or Japanese; our coordinator Maria Santos will interpret.
出席者数を11月22日までにご返信ください。

{SIG_SAEKI}
""")

m(expect="hold", kind="id.passport",
  why="The subject line carries a worker's passport number and name; the body has neither.",
  **{"from": F_SANTOS}, to=["Yuki Hoshino <hoshino@skybridge-travel.example.co.jp>"],
  subject="Ticket request – LESTARI/DEWI MS, passport B4829173, CGK-NRT 3 Nov",
  text=f"""Hi Yuki-san,

Could you please hold one seat as in the subject line? Economy, one-way, checked baggage 30 kg if possible. Please invoice Asia Care Bridge as usual (PO 24-118).

She will be met at Narita Terminal 2 by our staff, so an arrival before 17:00 would be ideal.

Thank you!

{SIG_SANTOS}
""",
  personal=[{"type": "passport", "value": "B4829173"}, {"type": "name", "value": "LESTARI/DEWI"}])

# ---------------- passes ----------------
m(expect="pass", kind="benign.interview_arrangement",
  why="Interview times with candidates' first names only; no contact data, dates of birth or scores.",
  **{"from": F_SANTOS}, to=["Ms. Yoko Arai <arai@aozora-care.example.jp>"],
  subject="Online interviews on Thursday – schedule",
  text=f"""Dear Ms. Arai,

Thank you for agreeing to interview three candidates from our Davao class. Proposed schedule (JST):

  13:00  Candidate A – Princess
  13:40  Candidate B – Jerome
  14:20  Candidate C – Mylene

Zoom: https://zoom.example.com/j/8312004471  (passcode sent by SMS to your office phone)

Each interview is about 30 minutes; I will join to interpret if needed. Their profiles are in the facility portal as usual.

Best regards,

{SIG_SANTOS}
""")

m(expect="pass", kind="benign.aggregate_report",
  why="Aggregate retention statistics by nationality; no one identifiable.",
  **{"from": F_SAEKI}, to=["一般社団法人 介護人材国際協議会 事務局 <jimu@kaigo-global.example.or.jp>"],
  subject="会員アンケート回答（2024年度 定着状況）",
  text=f"""介護人材国際協議会 事務局 御中

アンケートへの回答をお送りします。

1. 紹介実績（2024年4月〜2025年3月）：計 63名
   フィリピン 24 / インドネシア 17 / ベトナム 12 / ミャンマー 7 / ネパール 3
2. 1年後定着率：88.9%（前年度 84.2%）
3. 転職理由（複数回答）：給与 9件、人間関係 5件、家族の事情 4件、健康上の理由 2件
4. 支援上の課題：夜勤帯の日本語記録、地方での住居確保

個別の事例は含めておりません。

{SIG_SAEKI}
""")

m(expect="pass", kind="benign.bcc_exam_info",
  why="Public exam schedule sent to candidates with all addresses in Bcc.",
  **{"from": F_HAYASHI}, to=["林 美咲 <m.hayashi@asiacarebridge.example.jp>"],
  bcc=["princess.dl2001@gmail.com", "jerome.santos.ph@yahoo.com", "mylene.cabrera@gmail.com", "ardi.pratama99@gmail.com",
       "thu.ha.nguyen22@gmail.com", "zawminhtet.mm@gmail.com", "sita.lama98@gmail.com", "r.hidayat.id@outlook.com"],
  subject="Care Skills Test schedule / 介護技能評価試験の日程",
  text=f"""Dear candidates / 受験予定の皆さんへ

The next Nursing Care Skills Evaluation Tests in Japan are as follows (public schedule):
次回の介護技能評価試験・介護日本語評価試験の日程です。

  - Registration opens / 申込開始：1 February
  - Test period / 試験期間：2 March – 20 March
  - Test centres near us / 近くの会場：Kitahama, Osaka-Namba, Wakayama

How to register: use the official Prometric site. If you need help, come to our office on Saturday 8 February, 13:00–16:00.
申込の方法がわからない人は、2月8日（土）13時〜16時に事務所へ来てください。

Good luck! / がんばりましょう！

{SIG_HAYASHI}
""")

m(expect="pass", kind="benign.corporate_invoice",
  why="Placement-fee invoice with the agency's corporate account and licence numbers.",
  **{"from": F_SAEKI}, to=["介護老人保健施設 みさき 経理課 <keiri@rouken-misaki.example.or.jp>"],
  subject="ご請求書送付のご案内（請求番号 ACB-2411-052）",
  text=f"""介護老人保健施設 みさき
経理課 御中

平素より格別のご高配を賜り、厚く御礼申し上げます。
11月分の紹介手数料につき、請求書をPDFにてお送りいたします。

　請求番号：ACB-2411-052
　金額：660,000円（税込）
　お支払期限：12月27日
　お振込先：北浜みなと銀行 神田支店　普通 3107782
　　　　　　カ）アジアケアブリッジ
　登録番号（インボイス）：T5010001234567

ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_SAEKI}
""",
  attachments=[{"filename": "請求書_ACB-2411-052.pdf", "contentType": "application/pdf", "text": "請求書\n請求番号 ACB-2411-052\n介護老人保健施設 みさき 御中\n件名 有料職業紹介手数料（2024年11月分）\n金額 600,000円 消費税 60,000円 合計 660,000円\n株式会社アジアケアブリッジ 法人番号 5010001234567 登録番号 T5010001234567"}])

m(expect="pass", kind="benign.congratulations",
  why="Congratulations on a new unit opening; staff names in a friendly context only.",
  **{"from": F_SAEKI}, to=["特別養護老人ホーム ひだまりの郷 施設長 笹本様 <sasamoto@hidamari-sato.example.or.jp>"],
  subject="新ユニット開設のお祝い",
  text=f"""ひだまりの郷
施設長 笹本 様

新ユニット「こもれび」の開設、誠におめでとうございます。
内覧会では、明るいリビングと広い浴室を拝見し、入居者の皆様の笑顔が目に浮かぶようでした。

弊社からご紹介したクリスティンさん、アナさんも、新ユニットで働けることを大変楽しみにしていると聞いております。
事務長の千葉様、主任の北村様にもよろしくお伝えください。

心ばかりですが、お祝いのお花をお送りいたしました。
今後ともどうぞよろしくお願い申し上げます。

{SIG_SAEKI}
""")

m(expect="pass", kind="benign.to_data_subject",
  why="A worker's own orientation schedule sent to the worker herself.",
  **{"from": F_SANTOS}, to=["Kristine Joy Reyes <kjreyes.1998@gmail.com>"],
  subject="Your first week in Kitahama – schedule and checklist",
  text=f"""Hi Kristine,

Welcome to Japan (almost)! Here is your schedule for your first week.

  Sun 29 Sep  Arrive Kansai Airport 14:05 – I will meet you at the arrival gate
  Mon 30 Sep  City Hall: resident registration (bring your residence card and passport)
              Bank account opening, SIM card
  Tue 1 Oct   First day at Hidamari no Sato – orientation with Mr. Chiba at 9:00
  Thu 3 Oct   Japanese class at our office 18:30

Checklist: residence card, passport, 2 ID photos (3 x 2.4 cm), your diploma copy, and comfortable shoes for work.

Message me on Viber anytime!
Maria

{SIG_SANTOS}
""")

m(expect="pass", kind="benign.religion_general",
  why="General guidance on Ramadan for facilities; no worker is named.",
  **{"from": F_SANTOS}, to=["施設長 長谷部様 <hasebe@kokoro-no-mori.example.or.jp>"],
  subject="Ramadan 2025 – general guidance for facilities / ラマダンについて",
  text=f"""長谷部施設長

先日ご質問いただいたラマダンについて、一般的な情報をまとめました。ほかの施設にも同じ内容をお送りしています。

- 2025年のラマダンは3月1日ごろから3月30日ごろまで（月の観測により前後）
- 日の出から日没まで飲食をしません。水も飲まないため、夏場でなくても午後は疲れやすくなります
- 夜勤を希望する人、休憩時間をずらしたい人がいます。本人と相談して決めてください
- 終わりのお祝い（Eid al-Fitr）に1日休みを希望する人が多いです

Every person practises differently, so please ask each worker directly rather than assuming.

Best regards,

{SIG_SANTOS}
""")

m(expect="pass", kind="benign.plain_zip",
  why="Training materials in an ordinary, unencrypted zip.",
  **{"from": F_HAYASHI}, to=["介護付有料老人ホーム はなみずき 研修担当 <kenshu@hanamizuki-home.example.jp>"],
  subject="研修資料（やさしい日本語版）送付",
  text=f"""はなみずき 研修ご担当者様

お世話になっております。アジアケアブリッジの林です。
先日の打合せでお約束した、外国人職員向け研修資料（やさしい日本語版）をお送りします。
zipファイルにまとめていますが、パスワードはかけていません。

　01_移乗介助のポイント.pdf
　02_申し送りでよく使うことば.pdf
　03_記録の書き方_例文集.docx

ご自由に印刷してお使いください。

{SIG_HAYASHI}
""",
  attachments=[{"filename": "kenshu_yasashii_nihongo.zip", "contentType": "application/zip", "text": "01_移乗介助のポイント.pdf\n02_申し送りでよく使うことば.pdf\n03_記録の書き方_例文集.docx"}])

m(expect="pass", kind="benign.project_six",
  why="Project mail with six visible addresses from two organisations.",
  **{"from": F_SAEKI},
  to=["Budi Santoso <budi.santoso@nusantara-lpk.example.co.id>", "Dewi Anggraeni <dewi.a@nusantara-lpk.example.co.id>", "Hendra Wijaya <hendra.w@nusantara-lpk.example.co.id>"],
  cc=["Maria Santos <m.santos@asiacarebridge.example.jp>", "林 美咲 <m.hayashi@asiacarebridge.example.jp>", "Agus Setiawan <agus.s@nusantara-lpk.example.co.id>"],
  subject="Bandung training centre – curriculum update (Phase 2)",
  text=f"""Dear Pak Budi, Bu Dewi, Pak Hendra,

Thank you for hosting us in Bandung last week. As agreed, Phase 2 of the joint curriculum will start in April.

  Module                                 Hours   Lead
  Japanese for care records (N4→N3)       120    Nusantara (Bu Dewi)
  Transfer and mobility practice           40    ACB trainer (online)
  Dementia care basics                     24    ACB – Maria
  Life in Japan: rules and customs         16    ACB – Ms. Hayashi
  Mock skills test                          8    Pak Agus

We will send the revised textbook PDFs by 15 March. Please confirm the classroom capacity (we expect 32 trainees).

Best regards,
Kenta Saeki

{SIG_SAEKI}
""")

m(expect="pass", kind="benign.employment_verification",
  why="Minimal employment verification (dates and job title) given with the person's written consent.",
  **{"from": F_SAEKI}, to=["北浜ハウジング株式会社 賃貸営業部 <chintai@kitahama-housing.example.co.jp>"],
  subject="在籍（就労）確認のご回答",
  text=f"""北浜ハウジング株式会社
賃貸営業部 ご担当者様

お問い合わせの件、ご本人から同意書（9月2日付）をいただいておりますので、下記の範囲でご回答いたします。

　対象者：グエン ヴァン ミン 様
　弊社による職業紹介：あり
　就労先での職種：介護職員（特定技能）
　就労開始日：2019年10月1日（現在も就労中）

給与額その他の詳細については、弊社からはお答えしておりません。必要な場合は、ご本人または就労先へご確認ください。

{SIG_SAEKI}
""")
