# -*- coding: utf-8 -*-
"""Org B: 医療法人社団 清明会 みどりが丘眼科病院 (eye hospital)."""
from common import M, att, zip_enc, XLSX, PDF, CSV, ZIP, DOCX

ORG = "B"
DOM = "midorigaoka-eye.example.jp"

HASEGAWA = "長谷川 由美 <renkei-hasegawa@midorigaoka-eye.example.jp>"
ONISHI = "大西 健太 <k-onishi@midorigaoka-eye.example.jp>"
MURATA = "村田 沙織 <s-murata@midorigaoka-eye.example.jp>"

SIG_HASEGAWA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
医療法人社団 清明会　みどりが丘眼科病院
地域医療連携室　看護師長　長谷川 由美
〒194-0000 東京都町田市みどりが丘0-3-1
TEL 042-000-7100（代表）／042-000-7135（連携室直通）
FAX 042-000-7136
受付：月～金 8:30～17:00、土 8:30～12:30
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_ONISHI = """
--
みどりが丘眼科病院 医事課
主任　大西 健太
TEL 042-000-7100（内線 212）
"""

SIG_MURATA = """
──────────────────────
みどりが丘眼科病院　総務課／国際患者支援担当
村田 沙織　Saori Murata
Midorigaoka Eye Hospital, General Affairs / International Patient Support
0-3-1 Midorigaoka, Machida, Tokyo 194-0000 Japan
TEL 042-000-7100 ／ +81-42-000-7100
──────────────────────
"""

MAILS = []
add = MAILS.append

# 21 P benign.meeting
add(M("村田", None, "pass", "benign.meeting",
      "医療機器メーカーとのデモ・打合せ日程調整。出てくるのは双方の担当者と署名のみ。",
      MURATA, ["青木 亮介 <r-aoki@lumina-medical.example.jp>"],
      "Re: 新型OCT（光干渉断層計）デモ機のご説明日程について",
      """
ルミナメディカル株式会社
青木様

お世話になっております。みどりが丘眼科病院 総務課の村田でございます。
ご提案いただいた日程のうち、12月4日（水）の午後でお願いできますでしょうか。

当院の出席予定者は以下のとおりです。
　・副院長（網膜硝子体担当）　　高木医師
　・視能訓練士長　　　　　　　　渡部
　・検査室主任　　　　　　　　　石井
　・総務課　　　　　　　　　　　村田

外来終了後の 14:30 から、2階検査室の隣の小会議室を確保いたしました。
搬入は通用口（北側）からお願いいたします。エレベーターは業務用をお使いください。
駐車場は職員用の区画を1台分ご用意しておきます。

当日、既存機との画像データの互換性（DICOM出力）についてもご説明いただけますと助かります。
よろしくお願いいたします。
""" + SIG_MURATA + """

-----Original Message-----
From: 青木 亮介 <r-aoki@lumina-medical.example.jp>
Sent: Friday, November 15, 2024 10:21 AM
To: 村田 沙織 <s-murata@midorigaoka-eye.example.jp>
Subject: 新型OCT（光干渉断層計）デモ機のご説明日程について

みどりが丘眼科病院
総務課 村田様

いつもお世話になっております。ルミナメディカルの青木です。
先日お話しした新型OCTのデモ機ですが、12月上旬に貸出可能となりました。
以下の日程でご都合いかがでしょうか。
　12/3（火）午後、12/4（水）午後、12/6（金）終日
当日は弊社アプリケーション担当の柳田も同行いたします。

ルミナメディカル株式会社 東京営業所
眼科領域営業グループ　青木 亮介
携帯 080-0000-2319
"""))

# 22 H body sensitive.health
add(M("長谷川", "body", "hold", "sensitive.health",
      "介護施設への連絡に、入所者の手術内容・緑内障の併存・眼圧・点眼内容を氏名付きで記載。ケア上の必要があっても要配慮個人情報の外部提供。",
      HASEGAWA, ["生活相談員 森本様 <soudan@sakura-en.example.jp>"],
      "入所者様の退院後の点眼と通院について",
      """
特別養護老人ホーム さくら苑
生活相談員　森本 様

いつもお世話になっております。みどりが丘眼科病院 地域医療連携室の長谷川です。

本日退院されました 野村 フミ子 様（昭和14年生）について、施設でのケアのお願いをお送りします。

■手術
　11月19日　左眼 白内障手術（水晶体再建術）
　※右眼は12月上旬に予定しています。

■併存疾患
　両眼の緑内障（正常眼圧緑内障）があり、本日の眼圧は右14・左17でした。
　緑内障の点眼は術後も継続が必要です。

■点眼（左眼）
　・抗菌薬点眼　1日4回（朝・昼・夕・寝る前）
　・ステロイド点眼　1日4回
　・緑内障点眼（両眼）　1日1回 夜
　※点眼と点眼の間は5分以上あけてください。

■注意
　・術後1週間は洗顔・洗髪を控え、眼をこすらないようにしてください。
　・保護用眼鏡は日中も着用をお願いします（夜は眼帯）。
　・急な見えにくさ、強い痛み、充血の悪化があれば当院へご連絡ください。

次回受診は 11月26日（火）10:30 です。送迎のご手配をお願いいたします。
""" + SIG_HASEGAWA,
      personal=[("name", "野村 フミ子"), ("birthdate", "昭和14年生"),
                ("diagnosis", "左眼 白内障手術（水晶体再建術）"), ("diagnosis", "両眼の緑内障（正常眼圧緑内障）")]))

# 23 P benign.it_outage
add(M("大西", None, "pass", "benign.it_outage",
      "電子カルテの「障害」、端末の「感染」「隔離」はITの話。患者情報には触れていない。",
      ONISHI, ["保守窓口 <support@medisys-solutions.example.jp>"],
      "【至急】電子カルテ端末の障害と不審ファイル検知について",
      """
メディシス・ソリューションズ株式会社
保守窓口 ご担当者様

いつもお世話になっております。みどりが丘眼科病院 医事課の大西です。
本日発生した事象について、保守対応をお願いいたします。

■事象
　1．9:15ごろから、外来受付の電子カルテ端末（端末名 OPD-RCP-03）で患者一覧の表示が極端に遅くなる障害が発生。
　2．同端末でウイルス対策ソフトが不審ファイル（invoice_1119.js）を検知し、「感染の可能性あり」と表示。

■当院での対応
　・10:02 該当端末のLANケーブルを抜いて院内ネットワークから隔離済み。
　・同じセグメントの他端末（OPD-RCP-01、02、04）はフルスキャンで検知なし。
　・受付業務は予備端末に切り替えて継続中。

■お願い
　・本日中のオンサイト点検
　・ログ（ウイルス対策ソフト、サーバーアクセスログ）の解析
　・他端末への横展開の有無の確認

院内の情報システム委員会への報告が必要なため、15時ごろまでに一次所見をいただけますと大変助かります。
""" + SIG_ONISHI))

# 24 H attachment list.roster
add(M("長谷川", "attachment", "hold", "list.roster",
      "本文は送迎依頼のみだが、添付CSVに手術予定患者9名の氏名・年齢・住所・電話と術眼が並んでいる。外部の送迎業者への患者リスト。",
      HASEGAWA, ["配車センター <haisha@machida-kotsu.example.jp>"],
      "12月第1週 送迎バスのご依頼",
      """
町田ふれあい交通株式会社
配車センター ご担当者様

いつもお世話になっております。みどりが丘眼科病院 地域医療連携室の長谷川です。
12月第1週（12/2～12/6）の手術日の送迎をお願いいたします。
対象の方の一覧を添付いたします。

車椅子の方は今回はいらっしゃいません。
帰りは術後の診察が終わり次第、病棟からお電話します。

ご確認のほど、よろしくお願いいたします。
""" + SIG_HASEGAWA,
      attachments=[att("送迎予定_1202-1206.csv", CSV, """
手術日,氏名,年齢,住所,電話,術眼,迎え時刻
12/2,市川 トシ,81,東京都町田市木曽東0-12-4,042-000-1187,右,7:40
12/2,井上 義春,77,東京都町田市山崎町0-2155-3,042-000-6623,左,7:50
12/3,岡田 久美子,74,神奈川県相模原市南区上鶴間0-7-16,042-000-3308,右,7:30
12/3,坂本 勲,83,東京都町田市鶴川0-22-1-405,090-0000-7714,左,8:00
12/4,佐藤 キヨ,88,東京都町田市金森東0-3-9,042-000-9940,右,7:45
12/4,田口 正人,69,神奈川県大和市中央林間0-15-2,046-000-2251,右,7:20
12/5,中川 洋子,72,東京都町田市成瀬台0-31-7,042-000-4479,左,7:50
12/6,星野 辰雄,79,東京都町田市小山町0-410,080-0000-5536,左,7:35
12/6,渡辺 春江,85,東京都町田市原町田0-8-2-1102,042-000-2016,右,8:05
""")],
      personal=[("name", "市川 トシ"), ("address", "東京都町田市木曽東0-12-4"), ("phone", "042-000-1187"),
                ("name", "坂本 勲"), ("phone", "090-0000-7714"), ("name", "渡辺 春江"),
                ("address", "東京都町田市原町田0-8-2-1102")]))

# 25 H body English id.passport + health
add(M("村田", "body", "hold", "id.passport",
      "海外旅行保険会社への英文連絡で、外国人患者の旅券番号・生年月日と診断名（網膜剥離）・手術内容を本文に記載。",
      MURATA, ["Claims Team <claims@pacificguard-travel.example.com>"],
      "Guarantee of payment request – Policy PGT-88120475",
      """
Dear Claims Team,

We are writing on behalf of our patient, who is currently admitted to Midorigaoka Eye Hospital, to request a guarantee of payment under the travel insurance policy below.

Patient name:      Mr. Daniel Reeves
Date of birth:     14 March 1978
Nationality:       Australian
Passport number:   PA4417826
Policy number:     PGT-88120475

Diagnosis:         Rhegmatogenous retinal detachment, right eye (macula-on)
Planned treatment: Vitrectomy with gas tamponade, scheduled for 21 November 2024
Expected stay:     5 nights, followed by outpatient review; the patient must not fly for at least 2 weeks after surgery because of the intraocular gas.

Estimated cost:    JPY 1,480,000 (surgery, anaesthesia, ward, medication)

Please send the guarantee of payment letter to this address by 20 November, Japan time, if possible. The attending surgeon's medical report can be provided on request once the patient's signed consent form has been received.

Kind regards,
""" + SIG_MURATA,
      personal=[("name", "Daniel Reeves"), ("birthdate", "14 March 1978"), ("passport", "PA4417826"),
                ("diagnosis", "Rhegmatogenous retinal detachment, right eye")]))

# 26 P English benign general inquiry reply
add(M("村田", None, "pass", "benign.inquiry_reply",
      "外国人旅行者からの一般的な問い合わせへの返信（英語）。診療時間・予約方法・支払方法の案内で、症状や個人情報は扱っていない。",
      MURATA, ["Laura Bennett <laura.bennett.travels@gmail.com>"],
      "Re: Question about consultation hours and English support",
      """
Dear Ms. Bennett,

Thank you for contacting Midorigaoka Eye Hospital.

Our outpatient clinic is open Monday to Friday, 8:30–11:30 and 13:30–16:30, and Saturday 8:30–11:30. We are closed on Sundays and national holidays.

- Appointments: Walk-in patients are seen on the same day, but waiting times can be long. If you would like a booking, please reply with your preferred date and we will suggest a time.
- English support: Several of our doctors speak English, and our international patient desk can help with registration and payment.
- Payment: Patients without Japanese national health insurance pay the full cost. We accept cash and major credit cards. Please bring your passport and, if you have one, your travel insurance certificate.
- Emergencies: If you have sudden loss of vision or severe eye pain outside our hours, please call 119 or go to the nearest emergency hospital.

Access: 7 minutes on foot from Midorigaoka Station (south exit).

We hope you enjoy the rest of your stay in Japan.

Best regards,
""" + SIG_MURATA + """

> Hello, I am visiting Tokyo for three weeks. Do you have doctors who speak English, and can I just walk in? What should I bring?
> Laura
"""))

# 27 P benign.product_name + JAN
add(M("大西", None, "pass", "benign.product_name",
      "カタカナの製品名（人名風）とJANコード、ロット番号が並ぶ発注メール。患者情報はない。",
      ONISHI, ["受注センター <order@kyoei-iryou.example.jp>"],
      "12月分 眼内レンズ・消耗品 発注のお願い",
      """
協栄医療商事株式会社
受注センター ご担当者様

いつもお世話になっております。みどりが丘眼科病院 医事課の大西です。
12月分の定期発注をお願いいたします。

品名　　　　　　　　　　　　　　　　　JANコード　　　　数量
アイリーン トーリック IOL（各度数）　4580000123453　　12枚
クラリス プレミアム 単焦点 IOL　　　4580000123460　　30枚
ハルカ 粘弾性物質 0.85mL　　　　　　4580000456784　　40本
ソフィア 点眼用生理食塩液 5mL　　　4987000789011　　200本
マリア アイシールド（眼帯）　　　　　4987000321457　　300枚

・アイリーン トーリックは度数表を別途FAXいたします。
・ハルカは前回納品分のロット（L24-0917）が残り少ないため、12/2までに先行で10本お願いします。
・納品先は中央材料室（地下1階）です。

よろしくお願いいたします。
""" + SIG_ONISHI))

# 28 H quoted sensitive.disability
add(M("長谷川", "quoted", "hold", "sensitive.disability",
      "送迎可否の確認依頼だが、引用したご家族のメールに患者の視覚障害（2級）・疾患名・住所・電話が入ったまま福祉タクシー会社へ転送している。",
      HASEGAWA, ["福祉タクシー ひまわり <info@himawari-care-taxi.example.jp>"],
      "Fw: 通院の送迎について（ご家族より）",
      """
ひまわり介護タクシー ご担当者様

いつもお世話になっております。みどりが丘眼科病院の長谷川です。
当院に通院中の患者様のご家族から、下記のご相談がありました。
12月の通院日（12/10・12/24、いずれも9:30予約）の送迎が可能か、ご家族へ直接ご連絡いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_HASEGAWA + """

---------- Forwarded message ---------
From: 小池 美和 <miwa.koike.home@gmail.com>
Date: 2024年11月18日(月) 20:03
Subject: 通院の送迎について
To: renkei-hasegawa@midorigaoka-eye.example.jp

みどりが丘眼科病院 地域医療連携室 長谷川様

いつも母がお世話になっております。小池 節子の娘の美和です。
母は網膜色素変性症で視力がかなり落ちており、今年の夏に視覚障害2級の手帳を取りました。
白杖は使っていますが、一人でバスに乗るのは難しくなってきました。
私も仕事で毎回付き添えないため、送迎してくれるタクシーを紹介していただけないでしょうか。

住所：東京都町田市忠生0-18-6
電話：090-0000-3372（美和）

よろしくお願いいたします。
""",
      personal=[("name", "小池 節子"), ("diagnosis", "網膜色素変性症"), ("disability", "視覚障害2級"),
                ("name", "小池 美和"), ("address", "東京都町田市忠生0-18-6"), ("phone", "090-0000-3372")]))

# 29 P benign.aggregate_health (visiting restriction)
add(M("長谷川", None, "pass", "benign.aggregate_health",
      "面会制限のお知らせ。院内の感染状況は件数も名前も出さず、一般的な制限内容だけ。",
      HASEGAWA, ["連携先 ご担当者様 <renkei@midorigaoka-eye.example.jp>"],
      "【ご案内】12月1日からの入院患者様への面会制限について",
      """
連携医療機関・介護施設 ご担当者様
（本メールはBCCにて一斉にお送りしております）

平素より大変お世話になっております。
みどりが丘眼科病院 地域医療連携室の長谷川でございます。

地域でインフルエンザおよび新型コロナウイルス感染症の流行がみられることから、当院では12月1日（日）より下記のとおり面会を制限いたします。

■面会制限の内容
　・面会は原則として、ご家族の方1回1名・15分以内とさせていただきます。
　・中学生以下の方のご面会はご遠慮ください。
　・発熱や咳などの症状がある方はご来院をお控えください。
　・面会時はマスクの着用と手指消毒をお願いいたします。

■入退院時の付き添い
　これまでどおり可能です（1名まで）。

■期間
　当面の間（解除の際は改めてご案内いたします）

ご不便をおかけいたしますが、患者様の安全のため、ご理解とご協力をお願い申し上げます。
""" + SIG_HASEGAWA,
      bcc=["ひろせ眼科クリニック <info@hirose-ganka.example.jp>", "生活相談員 森本様 <soudan@sakura-en.example.jp>",
           "訪問看護ステーション あおぞら <aozora-houkan@example-care.jp>", "つくし野眼科 <clinic@tsukushino-eye.example.jp>",
           "成瀬内科クリニック <naruse-naika@example-clinic.jp>", "グループホーム なごみ <nagomi@example-gh.jp>",
           "小山田内科 <oyamada-naika@example-iin.jp>", "居宅介護支援事業所 ゆずりは <yuzuriha@example-kaigo.jp>"]))

# 30 H subject sensitive.health
add(M("長谷川", "subject", "hold", "sensitive.health",
      "本文は送迎時間の連絡だけだが、件名に患者の氏名と病名・手術名（網膜剥離・硝子体手術）が入っている。件名は暗号化されず一覧にも残る。",
      HASEGAWA, ["訪問看護ステーション あおぞら <aozora-houkan@example-care.jp>"],
      "【術後通院】田村 正義様 網膜剥離（硝子体手術後）の通院送迎について",
      """
訪問看護ステーション あおぞら
ご担当者様

いつもお世話になっております。みどりが丘眼科病院の長谷川です。
件名の方の次回通院は 11/29（金）10:00 となりました。
ご自宅へのお迎えは 9:15 でお願いできますでしょうか。

当日はうつむき姿勢の継続状況を外来で確認いたします。
ご不明点がございましたら連携室までお電話ください。
""" + SIG_HASEGAWA,
      personal=[("name", "田村 正義"), ("diagnosis", "網膜剥離（硝子体手術後）")]))

# 31 H zip English
add(M("村田", "zip", "hold", "attachment.encrypted_zip",
      "臨床研究のCROへパスワード付きZIPを送付（PPAP）。中身を検査できない。",
      MURATA, ["Helen Park <helen.park@orbis-cro.example.com>"],
      "Site 014 – CRF pages for monitoring visit (encrypted)",
      """
Dear Helen,

Please find attached the CRF pages requested for next week's monitoring visit at Site 014 (Midorigaoka Eye Hospital).

The file is password-protected. I will send the password in a separate email, as agreed.

Dr. Takagi will be available for the investigator meeting on 27 November from 16:00. Please let me know if you need any of the source documents prepared in advance.

Best regards,
""" + SIG_MURATA,
      attachments=[zip_enc("Site014_CRF_Nov2024.zip")]))

# 32 P benign.self_subject
add(M("長谷川", None, "pass", "benign.self_subject",
      "患者本人からの予約変更依頼への返信。本人の検査予定を本人に伝えているだけ。",
      HASEGAWA, ["上田 和彦 <k.ueda.1962@example-mail.jp>"],
      "Re: 術前検査の日程変更のお願い",
      """
上田 和彦 様

みどりが丘眼科病院 地域医療連携室の長谷川でございます。
ご連絡いただきありがとうございます。

術前検査の日程を、ご希望どおり下記に変更いたしました。

　変更前：11月27日（水）9:30
　変更後：12月 4日（水）9:30

手術日（12月18日）の変更はございません。
当日は、現在お使いの眼鏡とお薬手帳をお持ちください。
検査で瞳孔を開く目薬を使いますので、お車でのご来院はお控えくださいますようお願いいたします。

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_HASEGAWA + """

> みどりが丘眼科病院 御中
> 27日の術前検査ですが、仕事の都合で行けなくなってしまいました。
> 翌週の同じ曜日に変更していただくことはできますか。
> 上田 和彦
"""))

# 33 P English benign.serial
add(M("村田", None, "pass", "benign.serial",
      "海外メーカーへの修理依頼（英語）。装置のシリアル番号・ソフトウェア版数・エラーコードのみ。",
      MURATA, ["Service Desk <service.apac@vistaoptix.example.com>"],
      "Repair request – Perimeter VX-300, S/N VX3-2201-5583-0147",
      """
Dear Service Desk,

We would like to request a repair visit for the following device.

Model:            VistaOptix Perimeter VX-300
Serial number:    VX3-2201-5583-0147
Software version: 4.2.1 (build 20230815)
Installed:        March 2022
Contract:         Full maintenance, contract no. SMC-JP-06231

Symptom:
Since 15 November, the fixation camera image freezes about 20 minutes after start-up and the unit shows error code E-217 ("Fixation monitor timeout"). Restarting helps only for a short time. We have tried cleaning the chin rest sensor and reseating the USB cable, without success.

The unit is used every weekday, so we would appreciate an engineer visit within this week. The local distributor, Lumina Medical (Mr. Aoki), is in copy.

Best regards,
""" + SIG_MURATA,
      cc=["青木 亮介 <r-aoki@lumina-medical.example.jp>"]))

# 34 H body id.health_insurance
add(M("大西", "body", "hold", "id.health_insurance",
      "レセプト点検の委託先に、患者の氏名・生年月日と健康保険の保険者番号・記号・番号を本文で送っている。",
      ONISHI, ["点検チーム <tenken@rezept-check.example.jp>"],
      "10月請求分 資格確認エラーの照会依頼",
      """
株式会社レセプトチェック
点検チーム ご担当者様

お世話になっております。みどりが丘眼科病院 医事課の大西です。
10月請求分のうち、返戻になった1件について照会をお願いいたします。

　患者氏名　　：宮崎 聡美 様（昭和58年7月2日生）
　保険者番号　：06139981
　記号・番号　：記号 5102　番号 318　枝番 01
　受診日　　　：10/8、10/22

返戻理由は「資格喪失後の受診」とのことですが、受付時にマイナ保険証で資格確認を行っており、その時点では有効と表示されていました。
転職に伴う保険の切替えの可能性がありますので、新しい保険者の確認方法を含めてご助言いただけますと助かります。

よろしくお願いいたします。
""" + SIG_ONISHI,
      personal=[("name", "宮崎 聡美"), ("birthdate", "昭和58年7月2日生"),
                ("health_insurance", "06139981"), ("health_insurance", "記号 5102　番号 318　枝番 01")]))

# 35 P benign.condolence
add(M("長谷川", None, "pass", "benign.condolence",
      "連携クリニックの名誉院長の逝去に対するお悔やみ。業務上の関係者への弔意で、病名などの記載はない。",
      HASEGAWA, ["事務長 本田様 <jimucho@hirose-ganka.example.jp>"],
      "お悔やみ申し上げます",
      """
ひろせ眼科クリニック
事務長　本田 様

このたびは、名誉院長 広瀬 昭一 先生のご逝去の報に接し、謹んでお悔やみ申し上げます。

広瀬先生には、当院開設以来三十年以上にわたり、地域の患者様を数多くご紹介いただき、また病診連携の会では常に温かいご助言を賜りました。
当院の職員一同、先生から教えていただいたことを胸に、これからも地域の眼科医療に努めてまいります。

ご葬儀には院長の中沢が参列させていただく予定です。
本来であれば直接お伺いすべきところ、略儀ながらメールにて失礼いたします。

心よりご冥福をお祈り申し上げます。
""" + SIG_HASEGAWA))

# 36 H attachment sensitive.health (company eye-check results)
add(M("大西", "attachment", "hold", "sensitive.health",
      "本文は結果送付の連絡のみ。添付XLSXに従業員ごとの氏名・社員番号と視力・眼圧・所見（緑内障疑い等）が入っており、企業の総務担当（産業医ではない）へ送っている。",
      ONISHI, ["総務部 松下様 <soumu-matsushita@tamagawa-denshi.example.jp>"],
      "眼科健診（10月実施分）結果のご送付",
      """
多摩川電子工業株式会社
総務部　松下 様

いつもお世話になっております。みどりが丘眼科病院 医事課の大西です。
10月に実施いたしました眼科健診の結果一覧をお送りいたします。
要精密検査の方には、個別に結果通知書と紹介状をお渡し済みです。

ご確認のほど、よろしくお願いいたします。
""" + SIG_ONISHI,
      attachments=[att("眼科健診結果_多摩川電子_202410.xlsx", XLSX, """
[結果一覧]
社員番号	氏名	視力(右)	視力(左)	眼圧(右)	眼圧(左)	所見	判定
T10231	吉川 大輝	1.2	1.0	15	16	異常なし	A
T10458	福田 さやか	0.7	0.8	22	24	緑内障疑い（視神経乳頭陥凹拡大）	要精密
T10502	中島 修	1.0	1.0	14	14	異常なし	A
T10677	原 直子	0.4	0.6	16	15	糖尿病網膜症（単純）	要治療
T10713	清水 亮	1.2	1.2	13	14	異常なし	A
T10890	長谷部 真	0.9	0.3	18	17	左 白内障（初期）	要経過観察
""")],
      personal=[("name", "福田 さやか"), ("diagnosis", "緑内障疑い（視神経乳頭陥凹拡大）"),
                ("name", "原 直子"), ("diagnosis", "糖尿病網膜症（単純）"), ("name", "長谷部 真")]))

# 37 P benign.public_figure
add(M("村田", None, "pass", "benign.public_figure",
      "市民公開講座の運営連絡。市長（公人）の来賓挨拶と、講演で触れる歴史上の人物（杉田玄白）だけが出てくる。",
      MURATA, ["小川 智恵 <c-ogawa@machida-kouhou.example.jp>"],
      "市民公開講座（1/25）チラシ原稿の修正について",
      """
まちだ広報企画
小川様

お世話になっております。みどりが丘眼科病院の村田です。
チラシ原稿の初校ありがとうございました。以下、修正をお願いいたします。

1．来賓挨拶
　「町田市長 ○○様」→「町田市長 石田 宏之 様（予定）」に差し替え
　※市役所秘書課から、ご出席は調整中のため「（予定）」を付けるよう依頼がありました。

2．講演タイトル
　院長講演：「杉田玄白も悩んだ？ 江戸から令和までの“見える”の歴史」
　（「玄白」の「玄」の字が誤変換になっていました）

3．申込方法
　電話（042-000-7100）に加えて、WEBフォームのQRコードを右下に入れてください。

4．注意書き
　「眼の症状についての個別相談は行いません」を追加してください。

2校は12/6（金）までにいただけますと助かります。
よろしくお願いいたします。
""" + SIG_MURATA))

# 38 P benign.aggregate_health (vaccination schedule)
add(M("大西", None, "pass", "benign.aggregate_health",
      "委託清掃会社へのワクチン接種の日程案内。対象者数の集計と日程だけで、個人の接種歴や健康状態はない。",
      ONISHI, ["現場責任者 中村様 <nakamura@seiketsu-service.example.jp>"],
      "院内常駐スタッフのインフルエンザ予防接種日程について",
      """
清潔サービス株式会社
中村 様

いつもお世話になっております。みどりが丘眼科病院の大西です。
今シーズンも、院内常駐の委託スタッフの皆様にインフルエンザ予防接種の機会をご用意いたしました。

■日程（いずれも職員食堂横の健康管理室）
　11月26日（火）13:30～15:00
　11月28日（木）13:30～15:00
　12月 3日（火）13:30～15:00

■対象
　清掃・リネン担当の常駐スタッフ 計14名（希望者のみ）
　※昨年度の接種者は11名でした。

■費用
　当院負担（貴社へのご請求はございません）

希望者の人数だけ、日程別に11/22（金）までにお知らせください。
お名前や既往歴の事前提出は不要です。当日の問診票は本人が記入し、当院で保管します。
""" + SIG_ONISHI))

# 39 H quoted personal.resume
add(M("村田", "quoted", "hold", "personal.resume",
      "採用代行会社への転送に、応募者本人のメール（氏名・生年月日・住所・電話・職歴・資格）が全文引用されている。",
      MURATA, ["採用チーム <saiyo@hr-bridge.example.jp>"],
      "Fw: 視能訓練士 求人への応募（中途）",
      """
HRブリッジ株式会社
採用チーム ご担当者様

お世話になっております。みどりが丘眼科病院の村田です。
当院HPの採用フォームではなく、直接メールで応募がありましたので転送いたします。
今回の募集は貴社に一次選考をお願いしているため、貴社経由の応募として日程調整をお願いできますでしょうか。

よろしくお願いいたします。
""" + SIG_MURATA + """

-----Original Message-----
From: 藤井 彩花 <ayaka.fujii.orthoptist@gmail.com>
Sent: Sunday, November 17, 2024 11:48 PM
To: info@midorigaoka-eye.example.jp
Subject: 視能訓練士 求人への応募（中途）

みどりが丘眼科病院 採用ご担当者様

貴院ホームページの求人を拝見し、応募させていただきます。

氏名：藤井 彩花（ふじい あやか）
生年月日：1994年9月11日（30歳）
住所：神奈川県相模原市中央区淵野辺0-21-8 メゾン淵野辺203
電話：080-0000-9015

【職歴】
2017年4月～2021年3月　相模眼科クリニック（視能訓練士）
2021年4月～現在　　　　横浜しらゆり病院 眼科（視能訓練士、斜視弱視外来担当）

【資格】
視能訓練士免許（2017年取得）

現職は2025年2月末で退職予定です。
お忙しいところ恐縮ですが、ご検討のほどよろしくお願いいたします。
""",
      personal=[("name", "藤井 彩花"), ("birthdate", "1994年9月11日"),
                ("address", "神奈川県相模原市中央区淵野辺0-21-8 メゾン淵野辺203"),
                ("phone", "080-0000-9015"), ("email", "ayaka.fujii.orthoptist@gmail.com")]))

# 40 H recipients
add(M("長谷川", "recipients", "hold", "recipients.visible_outside",
      "病診連携の勉強会案内を、地域の開業医15件のアドレスをToに並べて送信。互いのアドレスが見える。",
      HASEGAWA,
      ["ひろせ眼科クリニック <info@hirose-ganka.example.jp>",
       "つくし野眼科 <clinic@tsukushino-eye.example.jp>",
       "成瀬内科クリニック <naruse-naika@example-clinic.jp>",
       "玉川学園前眼科 <tamagawa-gakuen-eye@example-med.jp>",
       "鶴川たかはし眼科 <takahashi@tsurukawa-ganka.example.jp>",
       "南町田アイクリニック <info@minamimachida-eye.example.jp>",
       "相模大野こばやし眼科 <kobayashi@sagamiono-eye.example.jp>",
       "小山田内科 <oyamada-naika@example-iin.jp>",
       "淵野辺さくら眼科 <sakura@fuchinobe-eye.example.jp>",
       "町田駅前糖尿病クリニック <dm-clinic@machida-ekimae.example.jp>"],
      "第12回 みどりが丘 病診連携勉強会のご案内（1月16日）",
      """
地域の先生方

日頃より大変お世話になっております。
みどりが丘眼科病院 地域医療連携室の長谷川でございます。

第12回 病診連携勉強会を下記のとおり開催いたします。
ご多忙中とは存じますが、ご参加いただけますと幸いです。

　日時：2025年1月16日（木）19:30～21:00
　会場：みどりが丘眼科病院 3階講堂（WEB併用）
　演題：
　　1．「糖尿病網膜症 ― 内科と眼科の連携で防ぐ失明」
　　　　当院 副院長 高木
　　2．「抗VEGF療法の最近の話題」
　　　　当院 網膜硝子体外来 医長 三宅
　参加費：無料（軽食をご用意いたします）

出欠は1月8日（水）までに、本メールへの返信でお知らせください。
""" + SIG_HASEGAWA,
      cc=["中谷内科医院 <nakatani@example-naika.jp>",
          "木曽眼科医院 <kiso-ganka@example-eyeclinic.jp>",
          "忠生ファミリークリニック <info@tadao-family.example.jp>",
          "金森眼科 <kanamori@kanamori-eye.example.jp>",
          "原町田内科 <haramachida@example-internal.jp>"]))
