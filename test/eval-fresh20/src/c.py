# Clinic: 医療法人社団青葉会 あおば台整形外科クリニック aobadai-seikei.jp
NISHIMURA = "西村 奈緒 <nishimura@aobadai-seikei.jp>"
KUWABARA = "桑原 拓海 <kuwabara.t@aobadai-seikei.jp>"

SIG_NISHIMURA = """----------------------------------------
医療法人社団青葉会
あおば台整形外科クリニック 事務長
西村 奈緒
〒227-0062 横浜市青葉区青葉台3-8-21 青葉台メディカルビル2F
TEL 045-983-7710 FAX 045-983-7711
----------------------------------------"""

SIG_NISHIMURA_EN = """Nao Nishimura
Office Manager
Aobadai Orthopaedic Clinic (Aobakai Medical Corporation)
2F Aobadai Medical Bldg, 3-8-21 Aobadai, Aoba-ku, Yokohama 227-0062, Japan
Tel +81-45-983-7710 / Fax +81-45-983-7711"""

SIG_KUWABARA = """あおば台整形外科クリニック リハビリテーション科
理学療法士 桑原 拓海 (Takumi Kuwabara, PT)
045-983-7710（代表）"""

MAILS = []
M = MAILS.append

M(dict(key="C01", expect="hold", kind="sensitive.medical",
why="他院への診療情報提供書（PDF）に患者の氏名・生年月日・診断・服薬が記載され、添付の中だけにある。",
frm=NISHIMURA,
to=["地域医療連携室 <renkei@yokohama-minato-hp.jp>"],
subject="診療情報提供書の送付（12/18 ご紹介分）",
text=f"""横浜みなと総合病院
地域医療連携室 御中

いつも大変お世話になっております。
あおば台整形外科クリニック 事務の西村でございます。

本日お電話にてご予約をお取りいただいた患者様の診療情報提供書を、
先行してPDFでお送りいたします。原本とCD-R（画像）は患者様ご本人がご持参されます。

ご査収のほど、よろしくお願い申し上げます。

{SIG_NISHIMURA}""",
attachments=[dict(filename="診療情報提供書_20241218.pdf", contentType="application/pdf",
text="""診療情報提供書
令和6年12月18日
横浜みなと総合病院 整形外科 御侍史
紹介元：あおば台整形外科クリニック 院長 青山 修一

患者氏名：高畑 美千代 様（女性）
生年月日：昭和21年5月3日（78歳）
住所：横浜市青葉区しらとり台41-7
傷病名：左大腿骨頸部骨折の疑い、骨粗鬆症
既往歴：心房細動（ワーファリン内服中）、2型糖尿病
経過：12月17日自宅で転倒。左股関節痛と歩行困難あり。単純X線で明らかな転位を認めず、
　　　不顕性骨折を疑います。MRI精査および手術適応のご判断をお願い申し上げます。
処方：ワーファリン錠1mg 3錠 分1、メトホルミン塩酸塩錠250mg 2錠 分2""")],
personal=[("name","高畑 美千代"),("birthdate","昭和21年5月3日"),("address","横浜市青葉区しらとり台41-7"),("health","左大腿骨頸部骨折の疑い、骨粗鬆症"),("health","心房細動（ワーファリン内服中）、2型糖尿病")]))

M(dict(key="C02", expect="pass", kind="benign.it_incident",
why="「ウイルス感染」「隔離」「障害」はIT端末のことで、患者情報は含まない。",
frm=NISHIMURA,
to=["メディコネクト サポートセンター <support@mediconnect.co.jp>"],
cc=["院長 青山 <aoyama@aobadai-seikei.jp>"],
subject="【至急】受付端末のウイルス感染疑い・電子カルテ連携障害（顧客番号 MC-20417）",
text=f"""株式会社メディコネクト サポートセンター御中

あおば台整形外科クリニック（顧客番号 MC-20417）の西村です。

本日8:40頃、受付端末2台（資産番号 AOB-PC-03、AOB-PC-04）で、セキュリティソフトが
「Trojan:Win32/Wacatac」を検知しました。ウイルス感染の疑いがあるため、
LANケーブルを抜いて当該2台をネットワークから隔離しています。

その影響か、9:00以降 レセコンと電子カルテの連携に障害が出ており、
会計データが電子カルテ側に反映されません（エラーコード E-3021）。
診察室の端末4台は今のところ正常に動いています。

・隔離した端末の調査
・連携障害の復旧手順
について、本日中にリモートまたは訪問でご対応いただけますでしょうか。
午後の診療は14:30から再開します。

{SIG_NISHIMURA}"""))

M(dict(key="C03", expect="hold", kind="id.insurance",
why="レセプト点検業者へ患者3名の氏名・生年月日・保険者番号・記号番号を送っている。",
frm=NISHIMURA,
to=["レセプトワン 点検課 <tenken@receipt-one.jp>"],
subject="10月診療分 返戻3件の再請求について",
text=f"""株式会社レセプトワン 点検課
ご担当者様

お世話になっております。あおば台整形外科の西村です。
10月診療分で返戻が3件ありましたので、再請求の点検をお願いいたします。
資格確認の結果、下記のとおり保険証情報を訂正しています。

氏名　　　　　生年月日　　　保険者番号　記号・番号　　　　　返戻理由
飯田 聡　　　 1968/02/11　 06139025　 記号 4102 番号 88　　資格喪失後受診
戸川 奈々子　 1991/09/30　 138065　　 記号 横浜 番号 5527　 記号番号相違
清水 剛志　　 1955/12/24　 39141017　 記号 無 番号 0031207　後期高齢へ移行

いずれも11月末の再請求に間に合わせたいので、11/25までにご確認いただけると助かります。

{SIG_NISHIMURA}""",
personal=[("name","飯田 聡"),("birthdate","1968/02/11"),("insurance","06139025　 記号 4102 番号 88"),("name","戸川 奈々子"),("insurance","138065　　 記号 横浜 番号 5527"),("name","清水 剛志"),("insurance","39141017　 記号 無 番号 0031207")]))

M(dict(key="C04", expect="pass", kind="benign.aggregate_health",
why="Injury statistics for a youth academy of about 120 players as counts only; no player is named or identifiable.",
frm=KUWABARA,
to=["Paulo Mendes <p.mendes@aoba-fc-academy.jp>"],
cc=["Aoba FC Academy Office <academy@aoba-fc-academy.jp>"],
subject="Season injury summary & prevention program proposal",
text=f"""Dear Coach Mendes,

Thank you for the meeting last week. As promised, here is a short summary of the injuries we
saw from your academy this season (April-November, U-12 to U-18, about 120 players).
I only used counts, no player names.

Injury type                      U-12  U-15  U-18  Total
Ankle sprain                        4     9     7     20
Osgood-Schlatter / knee pain        3     8     2     13
Hamstring strain                    0     3     6      9
Lumbar spondylolysis (low back)     0     4     3      7
Fracture (any)                      2     2     1      5
Concussion (referred)               0     1     1      2

Observations:
- Osgood-Schlatter peaks in U-15, during the growth spurt.
- Most hamstring strains happened in the last 15 min of matches.
- Low back cases were mostly players with high training volume and poor hip flexibility.

Proposal: 20-minute warm-up program (FIFA 11+ based) twice a week, and a screening day
in February for U-13/U-15 (hip flexibility, single-leg squat, jump landing).
I can come to the training ground on a Saturday morning to explain it to the coaches.

Best regards,
Takumi Kuwabara, PT
Rehabilitation Dept., Aobadai Orthopaedic Clinic
Tel +81-45-983-7710"""))

M(dict(key="C05", expect="hold", kind="sensitive.medical",
why="Sends a named patient's diagnosis, treatment, date of birth and policy number to an overseas travel insurer.",
frm=NISHIMURA,
to=["Claims Department <claims@alliedglobalassist.com>"],
subject="Claim ref. AGA-7730215 - Mr. Lucas Moreau - medical report and invoice",
text=f"""Dear Claims Team,

Please find below the medical summary for your insured, as requested for direct billing.

Patient: Mr. Lucas Moreau
Date of birth: 22/07/1990
Nationality: France
Policy No.: AGA-FR-0048823917
Date of first visit: 9 January 2025

Diagnosis: Right distal radius fracture (Colles type), closed; contusion of right hip.
Cause: fall while skiing at Hakuba on 7 January 2025 (first treated at a local clinic).
Treatment: closed reduction, short arm cast; follow-up X-rays on 16 Jan and 23 Jan.
Medication: loxoprofen 60 mg three times daily, rebamipide 100 mg.
Expected cast removal: 6 February 2025, then about 4 weeks of physiotherapy.

Invoice total to date: JPY 48,260 (itemised invoice attached).
Payment to our clinic's corporate account, as per the invoice.

Please let me know if you need the X-ray images.

Kind regards,

{SIG_NISHIMURA_EN}""",
attachments=[dict(filename="Invoice_AOB-2025-0113.pdf", contentType="application/pdf",
text="""INVOICE No. AOB-2025-0113
Aobadai Orthopaedic Clinic
Patient: Lucas Moreau / Claim ref. AGA-7730215
09/01/2025 Initial consultation, X-ray (3 views), closed reduction, cast  JPY 31,420
16/01/2025 Follow-up, X-ray  JPY 8,420
23/01/2025 Follow-up, X-ray  JPY 8,420
Total JPY 48,260
Bank: Yokohama Minato Bank, Aobadai Branch, Ordinary 2207741, Aobakai Medical Corporation""")],
personal=[("name","Lucas Moreau"),("birthdate","22/07/1990"),("insurance","AGA-FR-0048823917"),("health","Right distal radius fracture (Colles type), closed; contusion of right hip.")]))

M(dict(key="C06", expect="pass", kind="benign.own_data",
why="The patient's own receipt and follow-up appointment sent only to her own address, at her request.",
frm=NISHIMURA,
to=["Hannah Schmidt <hannah.schmidt84@gmx.de>"],
subject="Your receipt and next appointment - Aobadai Orthopaedic Clinic",
text=f"""Dear Ms. Schmidt,

Thank you for visiting us today. As you asked at the reception, here is a copy of your receipt
for your insurance in Germany, and the date of your next visit.

Receipt No. R-250214-0087 (14 February 2025)
  Consultation and X-ray, left wrist      JPY 9,680
  Paid by credit card (VISA **** 4410)
Next appointment: Friday 28 February, 10:30 - follow-up X-ray of your left wrist.
Please bring the wrist splint with you.

If you need a medical certificate in English for your employer, please tell us at the next
visit. It takes about one week and costs JPY 3,300.

Kind regards,

{SIG_NISHIMURA_EN}"""))

M(dict(key="C07", expect="hold", kind="list.customers",
why="コールセンター業者へ患者8名の氏名・電話・生年月日・受診内容のリストをCSVで渡している。",
frm=NISHIMURA,
to=["ベルコール 医療チーム 奥田様 <okuda@bellcall.co.jp>"],
subject="予約リマインドコール 12/9分 対象リスト",
text=f"""株式会社ベルコール 奥田様

お世話になっております。西村です。
12月9日（月）分のリマインドコール対象者リストを添付します。
いつもどおり前日17時までの架電をお願いします。留守電の場合はメッセージなしで結構です。

{SIG_NISHIMURA}""",
attachments=[dict(filename="remind_20241209.csv", contentType="text/csv",
text="""予約日時,患者ID,氏名,フリガナ,生年月日,電話番号,予約内容
2024/12/09 09:00,A10452,久保 純一,クボ ジュンイチ,1959/03/18,090-4471-2308,腰痛 リハビリ
2024/12/09 09:20,A11873,松永 里香,マツナガ リカ,1987/11/02,080-2298-6611,右肩 注射
2024/12/09 09:40,A09921,大西 文子,オオニシ フミコ,1941/06/25,045-972-3381,骨密度検査
2024/12/09 10:00,A12204,内藤 翼,ナイトウ ツバサ,2009/08/14,090-6612-0455,膝 術後リハビリ
2024/12/09 10:30,A08816,田辺 誠,タナベ マコト,1966/01/30,070-1183-9924,頚椎 MRI結果説明
2024/12/09 11:00,A12377,岸本 恵美,キシモト エミ,1978/04/09,080-5530-7716,外反母趾 装具
2024/12/09 14:30,A10098,桜井 重雄,サクライ シゲオ,1949/12/12,045-981-6627,変形性膝関節症 ヒアルロン酸
2024/12/09 15:00,A12412,森 さくら,モリ サクラ,2012/05/21,090-7781-3340,側弯症 経過観察""")],
personal=[("name","久保 純一"),("phone","090-4471-2308"),("birthdate","1959/03/18"),("name","大西 文子"),("phone","045-972-3381"),("name","森 さくら"),("health","側弯症 経過観察")]))

M(dict(key="C08", expect="pass", kind="benign.meeting",
why="医療機器メーカーとのデモ日程調整。出てくる名前は双方の職員のみ。",
frm=KUWABARA,
to=["ジーエムメディカル 営業 矢野様 <yano@gm-medical.co.jp>"],
subject="Re: 拡散型体外衝撃波装置 デモ機のご案内",
text=f"""ジーエムメディカル
矢野様

ご連絡ありがとうございます。桑原です。
デモ機の件、院長の青山と相談し、下記でお願いできればと思います。

日時：1月20日（月）13:00〜14:30（昼休み中）
場所：当院 リハビリ室（搬入は12:45以降、ビル裏の搬入口から）
参加：院長 青山、理学療法士 桑原・小田切・村瀬、看護師 1名

当日、足底腱膜炎やテニス肘での使用例と、照射条件の目安について
ご説明いただけると助かります。実際に職員同士で試し打ちもさせてください。
見積りはデモ後にいただければ結構です。

よろしくお願いします。

{SIG_KUWABARA}

> 2025/01/08 18:02 矢野 <yano@gm-medical.co.jp>:
> あおば台整形外科クリニック 桑原様
> 先日の学会展示ではありがとうございました。
> お話しした体外衝撃波装置「ShockWave RX-5」のデモ機が1月下旬に空いております。
> ご都合のよい日時をお知らせいただけますでしょうか。
> ――――
> 株式会社ジーエムメディカル 横浜営業所 矢野 健司
> TEL 045-620-3318 / 携帯 090-3381-7752"""))

M(dict(key="C09", expect="hold", kind="attachment.encrypted_zip",
why="労災関係書類をパスワード付きzipで外部企業へ送付（PPAP）。",
frm=NISHIMURA,
to=["相模ロジテック 総務部 <soumu@sagami-logitech.co.jp>"],
subject="労災関係書類の送付（パスワードは別送します）",
text=f"""株式会社相模ロジテック 総務部 御中

お世話になっております。あおば台整形外科クリニックの西村です。
お問い合わせいただいた件の書類一式をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせいたします。

{SIG_NISHIMURA}""",
attachments=[dict(filename="書類一式_20250206.zip", contentType="application/zip", encrypted=True)]))

M(dict(key="C10", expect="pass", kind="benign.lookalike_number",
why="JANコード・ロット番号・保険医療機関コード・発注番号など事業上の番号だけの発注書。",
frm=NISHIMURA,
to=["湘南メディカルサプライ 受注センター <juchu@shonan-ms.co.jp>"],
subject="発注書（発注番号 AOB-PO-250117）",
text=f"""湘南メディカルサプライ株式会社 受注センター御中

いつもお世話になっております。下記のとおり発注いたします。

発注番号：AOB-PO-250117
医療機関コード：1410912345（あおば台整形外科クリニック）
得意先コード：SMS-08813

品名　　　　　　　　　　　　　　JANコード　　　　数量　備考
キャスト材 3号（7.5cm）　　　　 4987350412286　　 2箱
キャスト材 4号（10cm）　　　　　4987350412293　　 2箱
ストッキネット 5cm　　　　　　　4560123904417　　 3巻
ロキソプロフェンNaテープ100mg　 4987188166241　　 10袋　前回ロット（LT-2411A）の在庫が残り少
膝関節固定装具 M　　　　　　　　4549541087712　　 2本
ディスポ注射針 23G　　　　　　　4987350100114　　 1箱

納品希望日：1月21日（火）午前
※前回納品分（伝票番号 D-88120734）で、ストッキネットが1巻不足していました。
　今回分でのご調整をお願いします。

{SIG_NISHIMURA}"""))

M(dict(key="C11", expect="hold", kind="sensitive.medical",
why="件名に患者の実名と術後の診断名があり、本文の運動制限と合わせて外部のジムに出る（本文には名前がない）。",
frm=KUWABARA,
to=["Studio KINETIC 上野様 <ueno@studio-kinetic.jp>"],
subject="佐伯 真一様 腰椎椎間板ヘルニア術後 トレーニング再開時の注意点",
text=f"""Studio KINETIC
上野様

先日はお電話ありがとうございました。桑原です。
ご本人の了承をいただいておりますので、リハビリ側からの注意点をお送りします。

・術後3か月（4月上旬）までは体幹の強い回旋・前屈での負荷は避けてください
・デッドリフト、ケトルベルスイングは当面禁止
・エアロバイク、プランク（30秒程度）、ヒップリフトはOK
・下肢のしびれが再び出たら中止して当院へ連絡するよう、お伝えください

次回の当院での評価は2月26日です。その後あらためてご連絡します。

{SIG_KUWABARA}""",
personal=[("name","佐伯 真一"),("health","腰椎椎間板ヘルニア術後")]))

M(dict(key="C12", expect="pass", kind="benign.condolence",
why="取引先会長の逝去に対するお悔やみ。公表された訃報で、機微情報ではない。",
frm=NISHIMURA,
to=["株式会社高橋義肢製作所 営業部 鈴木様 <suzuki.k@takahashi-gishi.co.jp>"],
subject="会長様ご逝去のお悔やみ",
text=f"""株式会社高橋義肢製作所
営業部 鈴木 和也 様

このたびは、貴社 代表取締役会長 高橋 正雄 様のご逝去の報に接し、
謹んでお悔やみ申し上げます。

開院以来、装具の製作で大変お世話になりました。
院長の青山も、会長様に直接ご相談に乗っていただいたことを懐かしく話しておりました。

ご葬儀は近親者のみで執り行われたと伺いましたので、当院からは弔電のみとさせていただきます。
皆様どうかご自愛くださいませ。

あおば台整形外科クリニック
院長 青山 修一
事務長 西村 奈緒"""))

M(dict(key="C13", expect="hold", kind="profile.forward",
why="患者の苦情を外部のビル管理会社へ転送しており、患者の住所・電話・メールと膝の手術歴が含まれる。",
frm=NISHIMURA,
to=["青葉台ビルマネジメント 管理課 <kanri@aobadai-bm.co.jp>"],
subject="Fw: 駐車場とエレベーターについて（ご意見）",
text=f"""青葉台ビルマネジメント 管理課 御中

お世話になっております。2F あおば台整形外科の西村です。
当院の患者様から下記のご意見が届きました。
駐車場の段差とエレベーターの件はビル側の管理範囲かと思いますので、ご対応をご検討ください。
ご本人への回答は当院からいたしますので、結果だけご連絡いただければ結構です。

西村

----- 転送メッセージ -----
差出人: 永井 和子 <kazuko.nagai55@yahoo.co.jp>
宛先: info@aobadai-seikei.jp
件名: 駐車場とエレベーターについて
日付: 2025年2月3日 21:48

あおば台整形外科クリニック 御中

いつもお世話になっております。昨年10月に右膝の人工関節の手術を受け、
今はそちらでリハビリに通っている永井と申します。
杖をついて通っておりますが、ビルの駐車場から入口までの段差が高く、
先日つまずいて転びそうになりました。またエレベーターが点検中で止まっている日が多く、
階段を使わざるを得ないことがありました。どうにかならないでしょうか。

永井 和子
〒227-0036 横浜市青葉区奈良町2417-9
電話 045-962-4408
""",
personal=[("name","永井 和子"),("email","kazuko.nagai55@yahoo.co.jp"),("address","横浜市青葉区奈良町2417-9"),("phone","045-962-4408"),("health","右膝の人工関節の手術")]))

M(dict(key="C14", expect="pass", kind="benign.minutes",
why="地域連携会議の議事録。出席した医療機関職員の氏名と統計値のみで、患者情報はない。",
frm=NISHIMURA,
to=["横浜みなと総合病院 地域医療連携室 <renkei@yokohama-minato-hp.jp>",
    "すすき野リハビリテーション病院 医療相談室 <soudan@susukino-reha.jp>",
    "青葉区医師会 事務局 <jimu@aoba-med.or.jp>",
    "たまプラーザ訪問看護ステーション <info@tamaplaza-houkan.jp>",
    "横浜北部 地域包括支援センター <houkatsu-hokubu@yokohama-care.jp>"],
cc=["院長 青山 <aoyama@aobadai-seikei.jp>"],
subject="第4回 青葉北部 運動器地域連携会議 議事録",
text=f"""関係各位

先日はご出席いただき、ありがとうございました。議事録を送付いたします。
修正がございましたら2月21日までにご連絡ください。

━━━━━━━━━━━━━━━━━━━━━━━━
第4回 青葉北部 運動器地域連携会議 議事録
日時：2025年2月12日（水）19:00〜20:30
場所：あおば台整形外科クリニック 待合室／Zoom
出席：
　横浜みなと総合病院　整形外科部長 藤岡 達也、連携室 MSW 中村 真由
　すすき野リハビリテーション病院　リハ科長 吉村 健、医療相談室 平野 美香
　青葉区医師会　理事 久米 洋一
　たまプラーザ訪問看護ステーション　所長 江口 恵子
　横浜北部地域包括支援センター　社会福祉士 大塚 亮
　あおば台整形外科クリニック　院長 青山 修一、理学療法士 桑原 拓海、事務長 西村 奈緒（記録）

1. 大腿骨近位部骨折 地域連携パス 運用状況（2024年）
　・パス適用 58件（前年 51件）、回復期転院までの平均日数 16.2日
　・退院時ADLの情報提供書の様式を統一することで合意
2. 骨粗鬆症リエゾンサービス
　・二次骨折予防の投薬継続率 68%（目標 80%）。かかりつけ医への逆紹介時の文面を見直す
3. 次回：6月11日（水）19:00〜 すすき野リハビリテーション病院
━━━━━━━━━━━━━━━━━━━━━━━━

{SIG_NISHIMURA}"""))

M(dict(key="C15", expect="hold", kind="id.bank_account",
why="患者個人への返金のため、患者名と個人の銀行口座番号を外部の会計事務所へ送っている。",
frm=NISHIMURA,
to=["みどり会計 担当 早川様 <hayakawa@midori-tax.jp>"],
subject="患者様への返金（過誤徴収）振込のお願い",
text=f"""税理士法人みどり会計
早川様

いつもお世話になっております。あおば台整形外科 西村です。

自己負担割合の登録誤り（3割→正しくは1割）により、下記患者様から
多くいただいていた窓口負担金を返金することになりました。
月末の振込処理に含めていただけますでしょうか。

返金先：
　患者氏名：宮坂 トシ子 様
　返金額　：12,740円（2024年10月〜12月受診分 計9回）
　振込先　：横浜青葉信用金庫 藤が丘支店 普通 1047726
　名義　　：ミヤサカ トシコ

ご本人には1月31日（金）着金予定とお伝えしております。
振込手数料は当院負担でお願いします。

{SIG_NISHIMURA}""",
personal=[("name","宮坂 トシ子"),("account","横浜青葉信用金庫 藤が丘支店 普通 1047726"),("name","ミヤサカ トシコ")]))

M(dict(key="C16", expect="pass", kind="benign.template_dummy",
why="問診票の校正依頼で、記入欄の見本は明らかなダミー（青葉 花子 等）のみ。",
frm=NISHIMURA,
to=["たまプラ印刷 制作担当 <seisaku@tamapla-print.co.jp>"],
subject="問診票（初診用）改訂版 校正戻し",
text=f"""たまプラ印刷 ご担当者様

お世話になっております。あおば台整形外科の西村です。
問診票の初校を確認しました。修正点は下記のとおりです。

p.1
・記入例の欄「氏名：青葉 花子」「生年月日：昭和○○年○月○日」「電話：045-XXX-XXXX」は
  このままで結構です（グレー文字）。
・「現在治療中の病気」の選択肢に「骨粗しょう症」「関節リウマチ」を追加
  （□高血圧 □糖尿病 □心臓病 □腎臓病 □骨粗しょう症 □関節リウマチ □その他（　　））
・「お薬手帳をお持ちですか」の行を太字に

p.2
・人体図（前・後）の線を少し濃く
・「妊娠の可能性」欄は女性のみ記入の注記を入れてください

再校は2部、2月14日までにお願いします。
修正指示を入れたWordファイルも添付します。

{SIG_NISHIMURA}""",
attachments=[dict(filename="問診票_初診_v2_修正指示.docx", contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
text="""問診票（初診用）v2 修正指示
【記入例】（グレー文字・このまま）
　氏名：青葉 花子（あおば はなこ）　生年月日：昭和○○年○月○日　電話：045-XXX-XXXX
　ご住所：横浜市青葉区○○町○-○
1. 本日はどうされましたか（部位に○をつけてください）→ 人体図の線を濃く
2. 現在治療中の病気 → 選択肢に「骨粗しょう症」「関節リウマチ」を追加
3. お薬手帳をお持ちですか → 太字
4. 妊娠の可能性 → 「女性の方のみご記入ください」を追記""")]))

M(dict(key="C17", expect="hold", kind="sensitive.medical",
why="Treatment summary (surgery, range of motion, status) of a named patient sent to an overseas physiotherapist.",
frm=KUWABARA,
to=["Olivia Grant <olivia@baysidephysio.com.au>"],
subject="Handover: Aiko Fraser - post-op ACL rehab (moved to Melbourne)",
text=f"""Dear Olivia,

Thank you for agreeing to continue Aiko's rehabilitation. With her consent, here is a short handover.

Patient: Aiko Fraser (F, DOB 03/04/1998)
Surgery: Left ACL reconstruction (hamstring autograft) + partial medial meniscectomy,
         10 October 2024, Yokohama Minato General Hospital
Status at last visit (24 Jan 2025, post-op week 15):
  - ROM: flexion 135°, extension 0° (symmetrical)
  - Quad LSI (isokinetic 60°/s): 72%
  - Single-leg hop LSI: not tested yet
  - Occasional medial joint line pain after running >20 min
Plan: running progression; return to netball not before 9 months post-op and LSI >90%.

She has a copy of the full operative note and our rehab records (in English) with her.
Please let me know if you need anything else.

Best regards,
Takumi Kuwabara, PT
Rehabilitation Dept., Aobadai Orthopaedic Clinic, Yokohama
Tel +81-45-983-7710""",
personal=[("name","Aiko Fraser"),("birthdate","03/04/1998"),("health","Left ACL reconstruction (hamstring autograft) + partial medial meniscectomy")]))

M(dict(key="C18", expect="pass", kind="benign.company_name",
why="取引先の社名（高橋義肢製作所・佐藤医科器械）に人名が入っているだけの価格改定の連絡。",
frm=NISHIMURA,
to=["株式会社高橋義肢製作所 営業部 鈴木様 <suzuki.k@takahashi-gishi.co.jp>"],
cc=["佐藤医科器械株式会社 渡辺様 <watanabe@sato-ika.co.jp>"],
subject="Re: 4月からの装具価格改定について",
text=f"""高橋義肢製作所 鈴木様
（cc: 佐藤医科器械 渡辺様）

ご案内ありがとうございました。西村です。
4月1日受注分からの改定、承知しました。

一点確認させてください。
軟性コルセット（TK-LS200）の採寸を、これまでどおり佐藤医科器械さんの担当者さん経由で
お願いする場合、手数料の扱いは変わりますでしょうか。
変更がある場合は、両社で取り決めた内容を書面でいただけますと助かります。

また、新カタログを3部お送りください（受付・リハビリ室・診察室用）。

{SIG_NISHIMURA}

> -----Original Message-----
> From: 鈴木 和也 <suzuki.k@takahashi-gishi.co.jp>
> Sent: Monday, March 3, 2025 11:20 AM
> Subject: 4月からの装具価格改定について
>
> あおば台整形外科クリニック 西村様
> 平素より格別のお引き立てを賜り、誠にありがとうございます。
> 原材料費高騰のため、誠に勝手ながら4月1日受注分より一部製品の価格を改定させていただきます。
> 　膝装具（硬性）　　　　　　  改定率 +6%
> 　軟性コルセット TK-LS200　   改定率 +4%
> 　足底板（オーダー）　　　　  据え置き
> 株式会社高橋義肢製作所 営業部 鈴木 和也
> 〒231-0023 横浜市中区山下町88-3 TEL 045-651-7702"""))

M(dict(key="C19", expect="hold", kind="id.insurance",
why="保険証の表裏スキャン画像（ファイル名に氏名）と交通事故による頚椎捻挫の受診内容を損保会社へ送っている。",
frm=NISHIMURA,
to=["東和損害保険 横浜損害サービス課 <yokohama-sc@towa-sonpo.co.jp>"],
subject="交通事故受診者 木下様の件（事故受付番号 TW-24-1173552）",
text=f"""東和損害保険株式会社 横浜損害サービス課
ご担当 柏木様

お世話になっております。あおば台整形外科クリニックの西村です。

事故受付番号 TW-24-1173552 の木下 翔太様について、一括対応のための書類をお送りします。
・健康保険証（表裏）のスキャン
・同意書（ご本人署名済み）のスキャン

傷病名は頚椎捻挫・腰部打撲で、12月2日初診、現在週2回リハビリ通院中です。
診断書と診療報酬明細書は月末締めで郵送いたします。

{SIG_NISHIMURA}""",
attachments=[dict(filename="保険証_木下翔太様_表裏.jpg", contentType="image/jpeg"),
             dict(filename="同意書_木下様_20241202.jpg", contentType="image/jpeg")],
personal=[("name","木下 翔太"),("health","頚椎捻挫・腰部打撲"),("insurance","健康保険証（表裏）のスキャン")]))

M(dict(key="C20", expect="pass", kind="benign.masked_card",
why="Asks the card terminal provider to reverse a duplicate charge; the card number is masked and only terminal/auth codes appear.",
frm=NISHIMURA,
to=["CardLink Asia Merchant Support <merchant.support@cardlink-asia.com>"],
subject="Duplicate transaction - Merchant ID 8800417723 / TID 0088123",
text=f"""Dear Merchant Support,

We found a duplicate transaction on our terminal and would like to ask for a reversal.

Merchant ID: 8800417723 (Aobadai Orthopaedic Clinic)
Terminal ID: 0088123
Date/time: 12 November 2024, 11:42 and 11:43
Card: VISA **** **** **** 0005 (the same card for both)
Amount: JPY 6,820 each
Auth codes: 482913 / 482977 (the second one is the duplicate)

The cardholder is a foreign visitor and has already left Japan, so we hope the reversal can
be done from your side without the card. Please tell me if you need a signed form.

Kind regards,

{SIG_NISHIMURA_EN}"""))
