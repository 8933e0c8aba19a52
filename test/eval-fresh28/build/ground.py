from common import *

ASHIDA = "芦田 翔 <s.ashida@skyport-gs.co.jp>"
ONO = "小野寺 恵 <m.onodera@skyport-gs.co.jp>"
MIYO = "三好 紗英 <s.miyoshi@skyport-gs.co.jp>"

SIG_ASHIDA = """==============================
SkyPort Ground Services Co., Ltd.
スカイポート・グランドサービス株式会社
オペレーション管理部 ステーションコントロール
芦田 翔 / Sho ASHIDA
関西国際空港 第1ターミナル 4F 事務所
TEL 072-455-3380 (24h) / SITA KIXOPXH
=============================="""

SIG_ONO = """――――――――――――――――――――
スカイポート・グランドサービス株式会社
人事総務部 労務課　小野寺 恵
〒549-0001 大阪府泉佐野市泉州空港北1番地
TEL 072-455-3301
――――――――――――――――――――"""

SIG_MIYO = """--
三好 紗英 / Sae MIYOSHI
旅客サービス部 スーパーバイザー
SkyPort Ground Services Co., Ltd. (KIX)
TEL 072-455-3392"""

# ---------------- HOLDS ----------------
mail("G-H1", "hold", "list.passengers",
 "A passenger list with names, booking references and mobile numbers is sent to a hotel for a cancelled flight.",
 MIYO, ["ホテル りんくうベイ 宿泊予約 <reservation@rinku-bay-hotel.jp>"],
 "【至急】5Q 822便欠航 宿泊手配 追加分リスト",
 """ホテル りんくうベイ 宿泊予約ご担当者様

先ほどお電話した三好です。5Q822便（関西→ホノルル）欠航に伴う宿泊手配、追加分のリストを添付します。
本日チェックイン、明朝 7:30 発のシャトルでお願いします。費用はオーロラパシフィック航空への請求です。

""" + SIG_MIYO,
 attachments=[att("5Q822_hotel_add.csv", CSV, """PNR,氏名,人数,部屋,携帯電話
K7XQ2M,MATSUDA/KOHEI MR,2,TWN,090-5518-2047
K8AL0P,TANIGUCHI/EMIKO MS,1,SGL,080-3364-7791
L2RM9C,OKAFOR/CHIDI MR,3,TRP,+1-808-555-0143
L3BN4T,NISHIKAWA/RYOKO MRS,2,TWN,070-6690-1128
L4HH7W,KAMEI/SHUN MSTR,1,SGL,090-2203-5574""")],
 personal=[("name", "MATSUDA/KOHEI MR"), ("phone", "090-5518-2047"), ("name", "TANIGUCHI/EMIKO MS"),
           ("phone", "080-3364-7791"), ("name", "NISHIKAWA/RYOKO MRS")])

mail("G-H2", "hold", "id.passport",
 "Passport numbers and birth dates of two passengers are sent in plain mail to a partner handler abroad.",
 ASHIDA, ["Manila Station Control <mnlstn@islaground.ph>"],
 "5Q 731 KIX-MNL 14NOV - APIS correction for 2 PAX",
 """Dear MNL Station,

Please see the corrected APIS data for two passengers on 5Q731 today. Their documents were rescanned at the gate after a DCS mismatch; please update on your side before arrival.

1. SANTOS/MARIA LUISA MS  DOB 19MAR1986  PHL  Passport P7384012B  Exp 22AUG2030
2. YAMAMOTO/HIDEKI MR     DOB 02OCT1971  JPN  Passport TZ1093847  Exp 11JAN2032

Thank you for your cooperation.

""" + SIG_ASHIDA,
 personal=[("name", "SANTOS/MARIA LUISA MS"), ("passport", "P7384012B"), ("birthdate", "19MAR1986"),
           ("name", "YAMAMOTO/HIDEKI MR"), ("passport", "TZ1093847"), ("birthdate", "02OCT1971")])

mail("G-H3", "hold", "sensitive.health",
 "A named passenger's stroke history and oxygen need are sent to the destination handler.",
 MIYO, ["Taipei Passenger Services <pax-tpe@formosa-gh.com.tw>"],
 "5Q 604 KIX-TPE 15NOV  WCHC / MEDA passenger",
 """Dear TPE Passenger Services team,

Please arrange the following assistance on arrival of 5Q604 (ETA 11:35 local).

Passenger: ISHIKURA/TERUO MR (seat 3A), PNR M4KD8Q
Condition: after-effects of a cerebral infarction (left hemiplegia), cannot walk, WCHC + aisle chair required
Medical: uses portable oxygen concentrator (POC, 2L/min) approved via MEDIF, also has type 2 diabetes (insulin on board)
Escort: daughter ISHIKURA/NAOKO MS (seat 3B)
Onward: private ambulance to Taipei Veterans hospital arranged by family

Thank you.

""" + SIG_MIYO,
 personal=[("name", "ISHIKURA/TERUO MR"), ("health", "after-effects of a cerebral infarction (left hemiplegia)"),
           ("health", "type 2 diabetes")])

mail("G-H4", "hold", "sensitive.criminal",
 "A deportee notification names a passenger and his drug conviction to the airline station.",
 ASHIDA, ["Aurora Pacific KIX Station Manager <kixstm@aurora-pacific.com>"],
 "DEPA 搭乗 事前通知（11/18 5Q 731）",
 """オーロラパシフィック航空 関西空港所
ステーションマネージャー 様

お世話になっております。オペレーション管理部の芦田です。
大阪出入国在留管理局より、下記の退去強制者（護送付き）の搭乗について連絡がありましたので共有いたします。

便名：5Q731 KIX-MNL 11/18
対象者：DELA CRUZ/RAMON MR（1979年生、フィリピン国籍）
経緯：覚醒剤取締法違反で有罪判決、刑期満了後の退去強制
護送：入管職員2名同行（座席 42A-C 確保済み）
地上動線：一般客より先に事前搭乗、ゲート 9 使用

機長への通知はNOTOC/特記事項としてお願いいたします。

""" + SIG_ASHIDA,
 personal=[("name", "DELA CRUZ/RAMON MR"), ("criminal", "覚醒剤取締法違反で有罪判決")])

mail("G-H5", "hold", "personal.complaint",
 "A passenger complaint is forwarded to a contractor with the passenger's full name, home address and phone.",
 MIYO, ["関空クリーンサービス 品質管理 <qc@kix-cleanservice.co.jp>"],
 "お客様からのご指摘（T1 4F 授乳室）について",
 """関空クリーンサービス株式会社
品質管理ご担当者様

お世話になっております。旅客サービス部の三好です。
昨日、弊社カウンターに下記のお客様からご指摘がありました。清掃範囲に関わる内容のため転送いたします。
ご本人は結果を書面で知りたいとのことですので、直接ご回答いただけますでしょうか。

お名前：西田 真由美 様
ご住所：〒590-0026 堺市堺区向陽町1-3-22
お電話：072-233-5109 ／ 携帯 080-1142-9035
内容：11/13 13時頃、T1 4F 授乳室のおむつ交換台に汚れが残っていた。子どもを寝かせられなかった。

よろしくお願いいたします。

""" + SIG_MIYO,
 personal=[("name", "西田 真由美"), ("address", "堺市堺区向陽町1-3-22"), ("phone", "080-1142-9035")])

mail("G-H6", "hold", "id.driver_licence",
 "Ramp drivers' licence numbers and birth dates are sent to the airport authority in a spreadsheet.",
 ONO, ["関西エアポート 制限区域管理課 <ramp-permit@kansai-apt-ops.jp>"],
 "制限区域内車両運転許可（ランプパス）申請 12月新任者分",
 """関西エアポート株式会社
制限区域管理課 御中

いつもお世話になっております。スカイポート・グランドサービス 人事総務部の小野寺です。
12月配属の新任者3名分の制限区域内運転許可申請データを添付いたします。
講習は12/3（水）午後の回を希望いたします。

""" + SIG_ONO,
 attachments=[att("ランプパス申請_202512.xlsx", XLSX, """[Sheet1]
社員番号	氏名	生年月日	運転免許証番号	免許種類	有効期限
SG-2291	北村 大輝	2001/05/14	622104038815	中型	2028/06/14
SG-2294	上原 彩花	1999/08/27	621903472206	普通	2027/09/27
SG-2297	ロペス ダニエル	1994/12/02	622309918140	大型	2029/01/02""")],
 personal=[("name", "北村 大輝"), ("driver_licence", "622104038815"), ("name", "上原 彩花"),
           ("driver_licence", "621903472206"), ("birthdate", "1999/08/27")])

mail("G-H7", "hold", "recipients.visible",
 "A training notice goes to eleven part-time staff at private addresses, all visible in To and Cc.",
 ONO, ["daiki.k.0514@gmail.com", "ayaka.uehara@icloud.com", "lopez.daniel.jp@gmail.com",
       "yamane-t@ezweb.ne.jp", "risa.hamada@docomo.ne.jp", "kouki_sakai@yahoo.co.jp",
       "m.inagaki.rinku@gmail.com", "shiori-okabe@softbank.ne.jp"],
 "冬季 除雪・防除氷 講習のご案内（アルバイトの皆さま）",
 """アルバイトスタッフの皆さま

お疲れさまです。人事総務部の小野寺です。
冬季に向けた防除氷作業の安全講習を下記のとおり実施します。受講は必須です。

日時：①12/2(火) 10:00-12:00　②12/4(木) 15:00-17:00（どちらか1回）
場所：第1ターミナル 北側 GSE整備棟 2F 研修室
持ち物：ランプパス、安全靴、防寒着

受講希望日を11/21までにこのメールへの返信でお知らせください。
講習時間分の時給は通常どおり支給します。

""" + SIG_ONO,
 cc=["taro.fukui1990@gmail.com", "nana.mizutani@icloud.com", "h.oshiro.kix@gmail.com"])

mail("G-H8", "hold", "attachment.encrypted_zip",
 "An incident report is sent to the airline as a password-protected zip.",
 ASHIDA, ["Aurora Pacific Safety Dept <safety.jp@aurora-pacific.com>"],
 "GSE接触事案 報告書送付（11/12 JA61AP spot 14）",
 """オーロラパシフィック航空
安全推進部 御中

お世話になっております。芦田です。
11月12日に発生した、ベルトローダーと機体の接触事案の報告書一式（報告書、写真、ドライブレコーダー映像）を送付いたします。
ファイルはパスワード付きzipです。パスワードは別途お送りいたします。

""" + SIG_ASHIDA,
 attachments=[att("GSE_incident_20251112.zip", ZIP, encrypted=True)])

mail("G-H9", "hold", "sensitive.health",
 "A one-line forward to a wheelchair-assist contractor carries, only in the quoted airline message, a passenger's dialysis and visual impairment.",
 MIYO, ["りんくうアシストサービス 手配係 <tehai@rinku-assist.co.jp>"],
 "FW: SSR 11/20 5Q 605 TPE-KIX 到着時アシスト",
 """手配係 ご担当者様
下記の件、ご対応お願いします。　三好

----- Forwarded message -----
From: TPE Passenger Services <pax-tpe@formosa-gh.com.tw>
Date: Fri, 14 Nov 2025 16:20 +0800
Subject: SSR 11/20 5Q 605 TPE-KIX

Dear KIX,
Please meet on arrival:
PAX: CHEN/MEI HUA MS, PNR N6PT2R, mobile +886-912-345-078
SSR: BLND (totally blind, no guide dog), WCHR
Remarks: passenger on haemodialysis three times a week, scheduled at Izumisano Central Hospital the morning after arrival. Please assist to taxi stand.
Thank you,
Formosa Ground Handling TPE
""",
 personal=[("name", "CHEN/MEI HUA MS"), ("health", "on haemodialysis three times a week"),
           ("disability", "totally blind"), ("phone", "+886-912-345-078")])

mail("G-H10", "hold", "id.health_insurance",
 "An injured employee's health-insurance and basic-pension numbers are sent to the outside labour consultant.",
 ONO, ["泉州労務管理事務所 奥野先生 <okuno@senshu-roumu.jp>"],
 "労災申請（様式第5号）の作成依頼",
 """奥野先生

お世話になっております。小野寺です。
11月10日にランプで発生した負傷事故について、労災（療養補償給付）の書類作成をお願いいたします。

被災者：平松 拓海（ヒラマツ タクミ）
生年月日：1998年3月9日
所属：ランプ第2課
傷病：右足関節捻挫（全治3週間、泉佐野中央病院受診）
健康保険証：記号 4108 番号 2273
基礎年金番号：4512-068739
事故状況：コンテナドーリー連結作業中、濡れた路面で足を滑らせ転倒

事故報告書は明日郵送いたします。

""" + SIG_ONO,
 personal=[("name", "平松 拓海"), ("health_insurance", "記号 4108 番号 2273"), ("pension_number", "4512-068739"),
           ("birthdate", "1998年3月9日"), ("health", "右足関節捻挫")])

# ---------------- PASSES ----------------
mail("G-P1", "pass", "benign.flight_ops",
 "A delay message with flight numbers, aircraft registration and ULD numbers, no personal data.",
 ASHIDA, ["Aurora Pacific OCC <occ@aurora-pacific.com>"],
 "DL 5Q 822/14NOV KIX-HNL",
 """5Q822/14 JA61AP
ETD 2130 ATD 2318
DL 41/0050 (AIRCRAFT DEFECT - HYD QTY IND)
DL 93/0058 (CONNECTING BAGGAGE FROM 5Q604)
PAX 246/002 (C12 Y234 INF2)
BAG 281 PCS / 4,312 KG
ULD AKE 24113 5Q, AKE 31750 5Q, PMC 77120 5Q
SI CARGO OFFLOAD 2 PCS AWB 741-2280 1934 DUE WEIGHT RESTRICTION

""" + SIG_ASHIDA)

mail("G-P2", "pass", "benign.data_subject_copy",
 "A delayed-baggage file reference and the passenger's own contact details are sent to that passenger.",
 MIYO, ["Okafor Chidi <chidi.okafor@gmail.com>"],
 "Your delayed baggage report KIX5Q18842 / 関西空港 手荷物遅延のご案内",
 """Dear Mr. Okafor,

This is Sae Miyoshi from the baggage service counter at Kansai International Airport, on behalf of Aurora Pacific Airlines.
Here is a summary of the report we filed with you this morning. Please check that your details are correct.

File reference: KIX5Q18842
Bag tag: 5Q 418227
Description: black hard-shell suitcase, 28 inch, red strap
Delivery address (your hotel): Rinku Bay Hotel - room number to be confirmed by you
Contact: +1-808-555-0143 / chidi.okafor@gmail.com

You can track the status online at baggage.aurora-pacific.com with the file reference and your surname.
We are very sorry for the inconvenience.

""" + SIG_MIYO)

mail("G-P3", "pass", "benign.it_outage",
 "A departure-control system outage (システム障害) report, no people involved.",
 ASHIDA, ["ASC Systems サポートデスク <support@asc-dcs.jp>"],
 "【障害報告】チェックイン端末 DCS 接続不可（KIX T1 カウンター H）",
 """ASC Systems サポートデスク 御中

スカイポート・グランドサービスの芦田です。
本日 5:52 から 6:41 まで、T1 カウンターH 全12台で DCS への接続障害が発生しました。

・事象：ログイン後、PNR 検索でタイムアウト（エラー DCS-408）
・影響：5Q604、5Q731 の2便でマニュアルチェックイン、5Q604 は 18 分遅延
・復旧：6:41 に自然復旧、原因不明
・端末シリアル：CK-T1H-0301 ～ 0312

原因調査と再発防止策の報告をお願いいたします。

""" + SIG_ASHIDA)

mail("G-P4", "pass", "benign.quarantine_drill",
 "Quarantine-drill planning with isolation areas and infection scenarios, no real person.",
 ASHIDA, ["関西空港検疫所 訓練担当 <kunren@kix-kenekisho.go.jp>", "オーロラパシフィック航空 関西空港所 <kixstm@aurora-pacific.com>"],
 "12/9 感染症 合同対応訓練 役割分担（案）",
 """関西空港検疫所 訓練ご担当者様
オーロラパシフィック航空 関西空港所 ご担当者様

お世話になっております。芦田です。
12月9日の新興感染症 合同対応訓練について、弊社の役割分担案をお送りします。

想定：5Q604（TPE発）機内で発熱・咳症状の乗客1名（模擬患者）、周辺座席5名が濃厚接触者
1. 到着スポット：遠隔 No.24（ボーディングブリッジ不使用）
2. 弊社：ステップ車・ランプバス手配、一般旅客の降機誘導、手荷物の隔離保管
3. 隔離エリア：T1 1F 北側 旧団体待合室
4. 模擬患者役：弊社社員2名（ボランティア）

ご意見があれば11/28までにお願いいたします。

""" + SIG_ASHIDA)

mail("G-P5", "pass", "benign.equipment_maintenance",
 "GSE maintenance request with vehicle and serial numbers.",
 ASHIDA, ["関西GSEメンテナンス 整備受付 <seibi@kansai-gse-mt.co.jp>"],
 "整備依頼：ベルトローダー BL-07 ／ トーイングトラクター TT-15",
 """整備受付 ご担当者様

いつもお世話になっております。芦田です。
下記2台の整備をお願いいたします。

1. ベルトローダー BL-07（車体番号 TCM-BL2018-00647、構内ナンバー 関空 は 1507）
   症状：コンベア駆動音異常、ベルト片寄り
2. トーイングトラクター TT-15（シリアル TT-80E-11902、構内ナンバー 関空 は 2215）
   症状：ブレーキ警告灯点灯、11/12 接触事案後の点検を兼ねて

11/17(月) 夜間入庫を希望します。

""" + SIG_ASHIDA)

mail("G-P6", "pass", "benign.short_reply",
 "A one-line operational reply about a parking spot.",
 ASHIDA, ["Aurora Pacific KIX Station Manager <kixstm@aurora-pacific.com>"],
 "Re: 5Q 604 spot change",
 """了解です、14:30 着 spot 12 で準備します。芦田

> 5Q604 のスポットが 9 → 12 に変更になりました。ランプ各所への周知お願いします。
> Aurora Pacific KIX / 加藤
""")

mail("G-P7", "pass", "benign.invoice",
 "A monthly handling invoice with the company's corporate bank account and SWIFT.",
 ASHIDA, ["Aurora Pacific Accounts Payable <ap@aurora-pacific.com>"],
 "Invoice SPG-KIX-2510-5Q / Ground handling October 2025",
 """Dear Accounts Payable,

Please find attached our invoice for ground handling services at KIX, October 2025 (SGHA Annex B, 5Q).

Flights handled: 124 turnarounds
Amount: JPY 38,410,240 (incl. tax)
Payment terms: 30 days

Bank: Sumitomo Mitsui Banking Corporation, Kansai Airport Branch
Account: 0082314 (Current)
Beneficiary: SkyPort Ground Services Co., Ltd.
SWIFT: SMBCJPJT

""" + SIG_ASHIDA,
 attachments=[att("SPG-KIX-2510-5Q.pdf", PDF, """INVOICE SPG-KIX-2510-5Q
SkyPort Ground Services Co., Ltd. / Registration T3120101058826
To: Aurora Pacific Airlines
Period: 01-31 OCT 2025
Turnaround handling A321/B787: 124 x JPY 281,600 = JPY 34,918,400
Tax 10%: JPY 3,491,840
Total: JPY 38,410,240
SMBC Kansai Airport Branch, Current 0082314, SWIFT SMBCJPJT""")])

mail("G-P8", "pass", "benign.minutes",
 "Safety-meeting minutes naming partner staff with signatures; five visible addresses from two companies.",
 ASHIDA, ["加藤 健太 <k.kato@aurora-pacific.com>", "Lisa Tanaka <l.tanaka@aurora-pacific.com>", "safety.jp@aurora-pacific.com"],
 "11/13 ランプ安全会議 議事録",
 """関係者各位

11月13日のランプ安全会議の議事録を送付します。修正があれば11/19までにご連絡ください。

日時：11/13(木) 10:00-11:15　場所：T1 4F 会議室B
出席：オーロラパシフィック航空 加藤様（ステーションマネージャー）、Tanaka様（安全推進）
　　　弊社 芦田、小野寺、ランプ第2課 山根

1. 11/12 ベルトローダー接触事案（JA61AP、spot 14）
   ・原因：誘導員の配置位置とオペレーターの死角。ウイングウォーカー2名配置を徹底
   ・対策：BL-07 に後方カメラ追加（12月末まで）
2. 冬季の防除氷
   ・講習 12/2、12/4 実施予定（小野寺）
3. FOD ウォーク
   ・11/20 7:00 spot 10-16、両社から各4名

次回：12/11(木) 10:00

--
芦田 翔 / Sho ASHIDA  スカイポート・グランドサービス株式会社
""",
 cc=["小野寺 恵 <m.onodera@skyport-gs.co.jp>", "山根 達也 <t.yamane@skyport-gs.co.jp>"])

mail("G-P9", "pass", "benign.congratulations",
 "Congratulations to a partner station manager on his promotion.",
 ASHIDA, ["加藤 健太 <k.kato@aurora-pacific.com>"],
 "ご栄転おめでとうございます",
 """加藤様

本日、本社運航本部長へのご栄転を伺いました。誠におめでとうございます。
2019年の関西就航以来、ランプの安全文化づくりを一緒に進めていただき、弊社スタッフ一同たいへん心強く思っておりました。
東京でもますますのご活躍をお祈り申し上げます。
送別の席を設けたいと存じますので、ご都合をお聞かせいただけましたら幸いです。

芦田

""" + SIG_ASHIDA)

mail("G-P10", "pass", "benign.staff_change",
 "A notice that a staff member is off sick (体調不良) and who replaces him, without a diagnosis.",
 MIYO, ["Aurora Pacific KIX Station Manager <kixstm@aurora-pacific.com>"],
 "本日のカウンター責任者変更",
 """加藤様

お疲れさまです。三好です。
本日の 5Q604／5Q731 カウンター責任者の村井が体調不良のため欠勤となりました。
代わりに私、三好が両便を担当します。インチャージ無線は Ch.3 のままです。

""" + SIG_MIYO)
