"""(D) 株式会社スカイゲート・グランドサービス — 空港グランドハンドリング会社 (invented)."""
from common import SIG, Writer, addr, mail, att, enc_zip

ORG = "D"
ORG_NAME = "株式会社スカイゲート・グランドサービス"
DOMAIN = "skygate-gs.example.co.jp"

TACHIBANA = Writer("tachibana", "Kenji Tachibana", "k.tachibana@" + DOMAIN, """
Best regards,

Kenji Tachibana (立花 健二)
Station Operations Manager
SkyGate Ground Services Co., Ltd.
Kitahama International Airport (KHX), Terminal 2, Ops Office
Tel: +81-3-0000-7710 | Mobile: +81-90-0000-3381
k.tachibana@skygate-gs.example.co.jp
""")

MIURA = Writer("miura", "三浦 由佳", "y.miura@" + DOMAIN, """
********************************
株式会社スカイゲート・グランドサービス
人事総務部 人事課　三浦 由佳
TEL 03-0000-7700（代表）
y.miura@skygate-gs.example.co.jp
********************************
""")

HAYASHI = Writer("hayashi", "林 颯太", "s.hayashi@" + DOMAIN, """
林 颯太 / Sota Hayashi
手荷物サービス課 Baggage Services
SkyGate Ground Services / 北浜国際空港
TEL 03-0000-7725  lostfound@skygate-gs.example.co.jp
""")

WRITERS = [TACHIBANA, MIURA, HAYASHI]

POA = "pacificocean-air.example.com"


def mails():
    out = []

    # ------------------------------------------------------------ holds
    out.append(mail(
        TACHIBANA, expect="hold", kind="id.passport", loc="body",
        why="入国拒否（INAD）旅客の氏名・生年月日・国籍・旅券番号を航空会社へ本文で送っている。",
        to=[addr("Pacific Ocean Airways – Station Control MNL", "stationcontrol.mnl@" + POA)],
        cc=[addr("POA KHX Station Manager", "khx.station@" + POA)],
        subject="INAD passenger on PO 432 KHX-MNL 19JUN – return arrangements",
        text=f"""
Dear Station Control,

Please be advised that the following passenger arrived on PO 431 MNL-KHX today and
was refused entry by Japanese immigration (no valid return ticket / insufficient funds).
She will be returned on PO 432 KHX-MNL departing 19JUN at 15:40.

  Name: SANTOS / MARIA CLARA MS
  Date of birth: 14 MAR 1993
  Nationality: Philippines
  Passport No.: P4418207B (exp. 02 NOV 2031)
  Seat: 38C (escort not required)

Travel documents will be handed to the purser in a sealed envelope.
Kindly arrange for your staff to meet the aircraft on arrival at MNL.

{SIG}
""",
        personal=[("name", "SANTOS / MARIA CLARA MS"), ("birth_date", "14 MAR 1993"),
                  ("passport", "P4418207B")]))

    out.append(mail(
        MIURA, expect="hold", kind="id.residence_card", loc="body",
        why="新入社員の氏名・生年月日・国籍・在留カード番号を空港管理会社へ本文で送っている。",
        to=[addr("北浜空港ターミナル株式会社 保安部 入構証担当", "nyukosho@kitahama-airport.example.co.jp")],
        subject="制限区域立入承認申請（7月入社 2名）",
        text=f"""
北浜空港ターミナル株式会社
保安部 入構証ご担当者様

いつもお世話になっております。スカイゲート・グランドサービス 人事課の三浦です。
7月1日入社予定のランプスタッフ2名について、制限区域立入承認の申請をお願いいたします。
申請書原本と顔写真は、本日社内便でお届けします。

1) 氏名：チャン・ヴァン・ミン（TRAN VAN MINH）
　 生年月日：1998年5月27日　国籍：ベトナム
　 在留カード番号：AB38271946CD　在留期限：2027年9月14日
　 在留資格：特定技能1号（空港グランドハンドリング）

2) 氏名：酒井 大和
　 生年月日：2003年1月9日　国籍：日本
　 運転免許証番号：第304021985517号（ランプ内運転許可の申請あり）

保安講習は7月2日の回に2名とも参加予定です。

{SIG}
""",
        personal=[("name", "TRAN VAN MINH"), ("birth_date", "1998年5月27日"),
                  ("residence_card", "AB38271946CD"), ("name", "酒井 大和"),
                  ("birth_date", "2003年1月9日"), ("drivers_license", "第304021985517号")]))

    out.append(mail(
        TACHIBANA, expect="hold", kind="sensitive.medical_passenger", loc="body",
        why="乗継先の航空会社へ、旅客の氏名と病歴（脳卒中後の片麻痺・酸素吸入）を本文で伝えている。",
        to=[addr("Lotus Air – Special Handling Desk", "special.handling@lotusair.example.com")],
        subject="MEDA transfer pax – LT 815 KHX-BKK 21JUN",
        text=f"""
Dear Special Handling Desk,

We would like to pre-advise a MEDA passenger transferring from PO 210 to your
LT 815 KHX-BKK on 21JUN.

  Pax: ARIMURA / KEIKO MRS (age 74)
  PNR: 6QX2LM
  Condition: recovering from a stroke in April, right-side hemiplegia,
             requires supplementary oxygen 2 L/min during flight (own POC, approved model)
  Service: WCHC, aisle chair at boarding, lift vehicle at BKK
  Escort: daughter, ARIMURA / YUI MS

The MEDIF was approved by your medical department on 17JUN (ref. MD-5521).
Please confirm that the lift vehicle is booked at BKK.

{SIG}
""",
        personal=[("name", "ARIMURA / KEIKO MRS"),
                  ("diagnosis", "recovering from a stroke in April, right-side hemiplegia"),
                  ("health", "requires supplementary oxygen 2 L/min")]))

    out.append(mail(
        HAYASHI, expect="hold", kind="list.lost_property_delivery", loc="attachment",
        why="遺失物の配送依頼として、旅客の氏名・住所・電話番号の一覧を外部の宅配業者へ添付で送っている。",
        to=[addr("スカイ宅配株式会社 空港営業所", "kuko@sky-takuhai.example.co.jp")],
        subject="遺失物配送依頼（6/18 受付分）",
        text=f"""
スカイ宅配株式会社 空港営業所 御中

いつもお世話になっております。スカイゲート手荷物サービス課の林です。
6月18日受付分の遺失物配送依頼リストを添付いたします。
本日16時の集荷でお願いいたします。着払い・元払いの区分はリストのとおりです。

{SIG}
""",
        attachments=[att("haiso_irai_0618.csv", """
受付番号,氏名,郵便番号,住所,電話番号,品名,支払区分
LF-0618-003,三好 亜紀,153-0000,東京都目黒区碑文谷4-2-11,090-0000-2714,ノートPC（黒）,着払い
LF-0618-007,Daniel Brooks,106-0000,東京都港区六本木3-1-8 ホテルリバーサイド602,080-0000-7351,カメラバッグ,元払い
LF-0618-011,小西 康弘,330-0000,さいたま市浦和区常盤9-27-3,048-0000-1186,折りたたみ傘・帽子,着払い
LF-0618-014,桑田 美咲,260-0000,千葉市中央区登戸1-16-5-304,070-0000-6692,子ども用リュック,着払い
""")],
        personal=[("name", "三好 亜紀"), ("address", "東京都目黒区碑文谷4-2-11"), ("phone", "090-0000-2714"),
                  ("name", "Daniel Brooks"), ("name", "小西 康弘"), ("name", "桑田 美咲"),
                  ("phone", "070-0000-6692")]))

    out.append(mail(
        TACHIBANA, expect="hold", kind="id.passport_list", loc="attachment",
        why="海外研修センターへ、社員の氏名・生年月日・旅券番号を並べた一覧を添付で送っている。",
        to=[addr("Aviation Training Academy – Registrar", "registrar@ata-sg.example.com")],
        subject="Trainee registration – Load Control course (Aug intake)",
        text=f"""
Dear Registrar,

Please find attached the registration sheet for our four trainees for the
IATA Load Control course starting on 4 August.

Visa support letters are not required for Japanese passport holders, but we would
appreciate a confirmation letter for our internal approval.

{SIG}
""",
        attachments=[att("ATA_registration_SkyGate_Aug.xlsx", """
Sheet1: Trainees
Surname | Given name | Date of birth | Nationality | Passport No. | Expiry
HIRANO | Takuya | 1991-07-02 | JPN | TZ1843027 | 2030-05-18
OKAMURA | Rina | 1995-12-19 | JPN | TR5520964 | 2029-08-01
KOBAYASHI | Shun | 1989-03-30 | JPN | TK2270815 | 2032-01-11
MORI | Aya | 1997-10-06 | JPN | TS9034471 | 2028-11-25
""")],
        personal=[("name", "HIRANO | Takuya"), ("passport", "TZ1843027"), ("name", "OKAMURA | Rina"),
                  ("birth_date", "1995-12-19"), ("passport", "TR5520964"), ("passport", "TK2270815"),
                  ("passport", "TS9034471")]))

    out.append(mail(
        HAYASHI, expect="hold", kind="personal.complaint_forward", loc="quoted",
        why="旅客の苦情メール（氏名・住所・電話・視覚障害）をそのまま車いす介助の委託先へ転送している。",
        to=[addr("アシストエアサービス 品質管理 井口様", "iguchi@assist-air.example.co.jp")],
        subject="Fw: Complaint – assistance at arrival on 14 June",
        text=f"""
アシストエアサービス株式会社
品質管理 井口様

お世話になっております。スカイゲートの林です。
6月14日到着便の介助について、お客様から下記のご意見が届きました。
当日の担当者と状況を確認のうえ、今週中に経緯をご報告いただけますでしょうか。

{SIG}

-----Original Message-----
From: Helen Whitfield <helen.whitfield@outlook.com>
Sent: Sunday, June 15, 2025 10:48 AM
To: customer@skygate-gs.example.co.jp
Subject: Complaint – assistance at arrival on 14 June

To whom it may concern,

I arrived at Kitahama on PO 108 on 14 June. I am registered blind and had
requested meet-and-assist in advance. Nobody was waiting at the gate and I was left
alone for 40 minutes before a staff member found me.

I expect a written explanation. You can reach me at:
Helen Whitfield
Flat 3, 12 Rowan Terrace, Bristol BS6 7XX, United Kingdom
+44 7700 900123
""",
        personal=[("name", "Helen Whitfield"), ("disability", "I am registered blind"),
                  ("address", "Flat 3, 12 Rowan Terrace, Bristol BS6 7XX, United Kingdom"),
                  ("phone", "+44 7700 900123"), ("email", "helen.whitfield@outlook.com")]))

    out.append(mail(
        MIURA, expect="hold", kind="sensitive.work_injury_forward", loc="quoted",
        why="転送部分に社員の氏名と労災事故による診断名（腰椎椎間板ヘルニア）があり、外部の社労士へ送られている。",
        to=[addr("東雲社会保険労務士事務所 大石先生", "oishi@shinonome-sr.example.jp")],
        subject="Fw: 業務中の負傷について（ランプ課）",
        text=f"""
大石先生

いつもお世話になっております。スカイゲート 人事課の三浦です。
現場から下記の報告がありました。労災の休業補償給付の申請について、
必要書類と今後の流れをご教示いただけますでしょうか。

{SIG}

-----Original Message-----
From: 中原 剛（ランプ課 課長）
Sent: Wednesday, June 18, 2025 9:05 AM
To: 三浦 由佳
Subject: 業務中の負傷について（ランプ課）

三浦さん

6月16日の夜勤で、ランプ課の 坂口 亮（社員番号 SG-20417）が
バルク貨物室で手荷物を積み付け中に腰を痛めました。
翌日受診した北浜中央病院で、腰椎椎間板ヘルニアと診断され、
医師から約6週間の休業が必要と言われています。

本人は労災で申請したいとのことです。手続きをお願いします。

中原
""",
        personal=[("name", "坂口 亮"), ("employee_id", "SG-20417"), ("diagnosis", "腰椎椎間板ヘルニア")]))

    out.append(mail(
        HAYASHI, expect="hold", kind="id.passport_subject", loc="subject",
        why="件名に旅客の氏名と旅券番号が書かれ、外部の航空会社へ送られている。",
        to=[addr("Pacific Ocean Airways – Central Baggage Tracing", "baggage.tracing@" + POA)],
        subject="AHL KHXPO40718 – NAKAGAWA/RYOKO MS – passport TK8842197 – customs clearance",
        text=f"""
Dear Baggage Tracing team,

Regarding the file in the subject line, the delayed bag has now arrived on PO 102
and is being held at KHX customs.

Customs requires the passenger's passport details for clearance on her behalf, which we
have noted as above. Could you please confirm that the passenger has authorised
delivery to her hotel, so that we can proceed today?

  Bag tag: PO 482913
  Description: BK-22-X, black hard-side, TSA lock
  Arrived: PO 102 / 18JUN

Thank you for your cooperation.

{SIG}
""",
        personal=[("name", "NAKAGAWA/RYOKO MS"), ("passport", "TK8842197")]))

    out.append(mail(
        TACHIBANA, expect="hold", kind="attachment.encrypted_zip", loc="zip",
        why="パスワード付きZIP（PPAP）を航空会社へ送っており、中身を検査できない。",
        to=[addr("Pacific Ocean Airways – Crew Scheduling", "crew.scheduling@" + POA)],
        subject="GD / crew list for PO 9901 charter 24JUN",
        text=f"""
Dear Crew Scheduling,

Please find attached the General Declaration and the crew documents for the
PO 9901 charter on 24JUN, as required by KHX immigration.
The file is password protected; the password will follow in a separate e-mail.

{SIG}
""",
        attachments=[enc_zip("PO9901_GD_crew_24JUN.zip")]))

    stations = [
        ("Pacific Ocean Airways KHX", "khx.station@pacificocean-air.example.com"),
        ("Lotus Air KHX", "khx@lotusair.example.com"),
        ("Northern Star Airlines", "ops.khx@northernstar-air.example.com"),
        ("Aurora Jet", "station.khx@aurorajet.example.net"),
        ("Sakura Wings Airlines", "khx-ops@sakurawings.example.co.jp"),
        ("Blue Pelican Cargo", "khx@bluepelican-cargo.example.com"),
        ("Han River Air", "khx.airport@hanriver-air.example.kr"),
        ("Silk Road Airways", "ops-khx@silkroad-airways.example.com"),
        ("Coral Bay Airlines", "khxsm@coralbay-air.example.com"),
        ("Mekong Airways", "khx@mekong-airways.example.vn"),
        ("Meridian Air Cargo", "japan.ops@meridian-cargo.example.com"),
        ("Tasman Pacific", "khx.station@tasmanpacific.example.com.au"),
        ("Polar Route Airlines", "khx@polarroute.example.com"),
    ]
    out.append(mail(
        TACHIBANA, expect="hold", kind="recipients.airline_notice_visible", loc="recipients",
        why="13社の航空会社の担当アドレスを宛先（To）に並べて送っており、BCCにすべきだった。",
        to=[addr(n, e) for n, e in stations],
        subject="Winter operations 2025/26 – de-icing slot procedure briefing",
        text=f"""
Dear Station Managers,

As winter approaches, we would like to invite you to our annual briefing on the
de-icing slot procedure at KHX for the 2025/26 season.

  Date: Thursday, 16 October 2025, 14:00-15:30 (JST)
  Venue: SkyGate Ops Office, Terminal 2, 4F Briefing Room (also on video call)
  Agenda:
    1. Changes to the de-icing pad allocation (pads D3/D4 added)
    2. Slot request cut-off times and the new request form
    3. Fluid types and holdover time tables
    4. Q&A

Please let us know the names of attendees by 9 October.

{SIG}
"""))

    # ------------------------------------------------------------ passes
    out.append(mail(
        HAYASHI, expect="pass", kind="benign.bag_tag_numbers", loc="none",
        why="手荷物タグ番号とファイル番号の一覧で、旅客の氏名や連絡先は含まれない。",
        to=[addr("Pacific Ocean Airways – Central Baggage Tracing", "baggage.tracing@" + POA)],
        subject="Delivered bags – KHX 17JUN",
        text=f"""
Dear Baggage Tracing team,

Please close the following files. All bags were delivered on 17JUN.

  File ref.       Bag tag (licence plate)   Delivered
  KHXPO40702      0131 482877               17JUN 11:20
  KHXPO40705      0131 482901               17JUN 13:05
  KHXPO40709      0131 483015               17JUN 16:40
  KHXPO40711      0131 483022               17JUN 18:15

Delivery receipts are available in WorldTracer under each file.

{SIG}
"""))

    out.append(mail(
        TACHIBANA, expect="pass", kind="benign.it_outage", loc="none",
        why="チェックインシステムの障害（outage）に関する連絡で、人の健康や障害の情報ではない。",
        to=[addr("Pacific Ocean Airways KHX", "khx.station@" + POA),
            addr("Lotus Air KHX", "khx@lotusair.example.com")],
        cc=[addr("SkyGate Duty Managers", "duty@" + DOMAIN)],
        subject="DCS outage at T2 check-in – 18JUN 05:40-06:55 (incident report)",
        text=f"""
Dear colleagues,

This is to report the departure control system outage at Terminal 2 this morning.

  Time: 05:40-06:55 JST (75 minutes)
  Impact: all CUTE workstations at counters C01-C24 unable to connect to DCS
  Fallback: manual check-in with pre-printed boarding passes for PO 101 and LT 811
  Delays: PO 101 departed 25 min late; LT 811 on time
  Cause (preliminary): failure of a core network switch in the terminal IT room
                       (障害票 INC-250618-003 raised with the airport IT vendor)

The final root-cause report will be shared once we receive it from the vendor.

{SIG}
"""))

    out.append(mail(
        MIURA, expect="pass", kind="benign.malware_quarantine", loc="none",
        why="「感染」「隔離」はパソコンのマルウェア対応のことで、人の感染症ではない。",
        to=[addr("北浜ITソリューションズ ヘルプデスク", "helpdesk@kitahama-its.example.co.jp")],
        subject="【報告】事務所PCのマルウェア感染疑いと隔離対応",
        text=f"""
北浜ITソリューションズ ヘルプデスク御中

スカイゲート・グランドサービス 人事総務部の三浦です。
本日10時ごろ、人事課の共用PC（資産番号 SG-PC-0142）で、
ウイルス対策ソフトが「Trojan.GenericKD」の感染を検知しました。

・対応済み：LANケーブルを抜いてネットワークから隔離し、電源は入れたままにしています
・検知ファイル：C:\\Users\\Public\\Downloads\\invoice_0617.zip 内の実行ファイル
・受信元：取引先を装ったメール（件名「請求書の件」）
・ハッシュ（SHA-256 先頭）：3b9f0c7e1a2d4f68…

調査とクリーンアップのため、本日中に来訪いただけますでしょうか。

{SIG}
"""))

    out.append(mail(
        MIURA, expect="pass", kind="benign.disability_employment_rate", loc="none",
        why="障害者雇用率の集計値だけを親会社に報告しており、個人は特定されない。",
        to=[addr("スカイゲートホールディングス 人事部 大谷様", "otani@skygate-hd.example.co.jp")],
        subject="障害者雇用状況報告（6月1日現在）の集計値",
        text=f"""
スカイゲートホールディングス 人事部
大谷様

お世話になっております。スカイゲート・グランドサービス 人事課の三浦です。
グループ算定用の障害者雇用状況（6月1日現在）をお送りします。

　常用労働者数：612名（短時間労働者 0.5換算後 588.5）
　障害者雇用数：15.5名（重度ダブルカウント・短時間換算後）
　実雇用率：2.63％（法定 2.5％）
　前年同月比：+0.18pt

今年度は手荷物仕分け補助と事務センターで計3名の採用を予定しています。
詳細な内訳（障害種別の人数）は、社内規程により別途紙でお渡しします。

{SIG}
"""))

    out.append(mail(
        TACHIBANA, expect="pass", kind="benign.successor_introduction", loc="none",
        why="後任者の紹介メールで、業務上の氏名・連絡先と経歴だけが書かれている。",
        to=[addr("Mr. David Reyes (POA)", "d.reyes@" + POA),
            addr("Ms. Supaporn K. (Lotus Air)", "supaporn.k@lotusair.example.com"),
            addr("Mr. Lee Jun-ho (Han River Air)", "junho.lee@hanriver-air.example.kr")],
        cc=[addr("Aya Kuroda", "a.kuroda@" + DOMAIN)],
        subject="Introducing my successor – Ms. Aya Kuroda",
        text=f"""
Dear David, Supaporn and Jun-ho,

I am writing to let you know that I will be transferring to our Osaka office as of
1 August. It has been a great pleasure working with all of you over the past five years.

My successor as Station Operations Manager will be Ms. Aya Kuroda, currently our
Load Control supervisor. Aya has been with SkyGate for 12 years and many of you
already know her from the turnaround coordination meetings.

  Aya Kuroda
  a.kuroda@skygate-gs.example.co.jp
  +81-3-0000-7712

We will visit your offices together in July for a proper handover.
Thank you again for your support and friendship.

{SIG}
"""))

    out.append(mail(
        TACHIBANA, expect="pass", kind="benign.swift_invoice_en", loc="none",
        why="航空会社へのハンドリング料金の請求で、SWIFT付きの振込先は当社の法人口座である。",
        to=[addr("Lotus Air – Accounts Payable", "ap@lotusair.example.com")],
        cc=[addr("SkyGate Finance", "finance@" + DOMAIN)],
        subject="Ground handling invoice – May 2025 (SG-INV-2505-LT)",
        text=f"""
Dear Accounts Payable team,

Please find attached our invoice for ground handling services provided at KHX
in May 2025 (62 turnarounds).

  Invoice: SG-INV-2505-LT
  Amount: USD 148,260.00
  Payment terms: 30 days
  Beneficiary: SkyGate Ground Services Co., Ltd.
  Bank: Kitahama Bank, Airport Branch
  SWIFT: KTHBJPJTXXX
  Account: 0072-1180456 (USD current account)

Kindly quote the invoice number in your remittance advice.

{SIG}
""",
        attachments=[att("SG-INV-2505-LT.pdf", """
INVOICE SG-INV-2505-LT
To: Lotus Air Co., Ltd.
Ground handling services KHX, May 2025: 62 turnarounds x USD 2,340.00 = 145,080.00
Additional GPU hours: 53 x USD 60.00 = 3,180.00
TOTAL USD 148,260.00
Bank: Kitahama Bank, Airport Branch / SWIFT KTHBJPJTXXX / A/C 0072-1180456 / SkyGate Ground Services Co., Ltd.
""")]))

    out.append(mail(
        HAYASHI, expect="pass", kind="benign.test_card_dev_minutes", loc="none",
        why="開発定例の議事録にあるカード番号は決済テスト用の番号で、実在の顧客のカードではない。",
        to=[addr("株式会社ウェブクラフト 開発部 福井様", "fukui@webcraft.example.co.jp"),
            addr("株式会社ウェブクラフト PM 小島様", "kojima@webcraft.example.co.jp")],
        subject="手荷物当日配送 予約サイト 開発定例（第7回）議事録",
        text=f"""
ウェブクラフト 福井様、小島様

お疲れさまです。スカイゲート手荷物サービス課の林です。
第7回開発定例の議事録を共有します。

■日時：6月17日（火）16:00〜17:00（オンライン）
■出席：ウェブクラフト 福井様、小島様／スカイゲート 林、鈴木

1. 決済画面
　・ステージング環境で、テスト用カード 4111 1111 1111 1111（有効期限 12/30、CVC 123）
　　による決済が成功することを確認（福井様）
　・3Dセキュア認証のテストは、決済代行のテストカードで来週実施
　・本番環境ではカード番号を当社側で保持しない（トークン化）方針を再確認
2. 配送可能エリア：東京23区＋川崎市・横浜市の一部。郵便番号マスタは7月版を使用
3. 次回：6月24日（火）16:00〜

{SIG}
"""))

    out.append(mail(
        TACHIBANA, expect="pass", kind="benign.gse_serials", loc="none",
        why="地上支援機材のシリアル番号と構内車両番号の一覧で、個人データではない。",
        to=[addr("東和GSEサービス 整備課 佐々木様", "sasaki@towa-gse.example.co.jp")],
        subject="GSE 定期点検の依頼（7月分）",
        text=f"""
東和GSEサービス
佐々木様

（Japanese follows English）
Please find below the GSE units due for periodic inspection in July.

  Unit                 Serial No.        Apron reg. No.   Due
  Towing tractor TT-6  TLD-TT6-19A0457   KHX-構内 31      07/08
  Towing tractor TT-6  TLD-TT6-19A0462   KHX-構内 32      07/08
  Belt loader BL-3     FMC-BL3-2207731   KHX-構内 58      07/15
  GPU 90kVA            HBT-GPU90-10338   KHX-構内 77      07/22

いつもお世話になっております。7月の定期点検対象は上記4台です。
日程は運航の少ない火曜日の午前でお願いできると助かります。

{SIG}
"""))

    out.append(mail(
        MIURA, expect="pass", kind="benign.health_programme_aggregate", loc="none",
        why="健康経営の申請に使う健診受診率などの集計値だけで、個人の健康情報は含まれない。",
        to=[addr("北浜空港健康保険組合 保健事業課", "hokenjigyo@kitahama-kenpo.example.or.jp")],
        subject="健康経営優良法人2026 申請に関するご相談",
        text=f"""
北浜空港健康保険組合 保健事業課 御中

いつもお世話になっております。スカイゲート・グランドサービス 人事課の三浦です。
健康経営優良法人2026の申請にあたり、貴組合の「健康宣言」事業への参加証明を
お願いしたくご連絡いたしました。

参考までに、当社の2024年度の実績（集計値）をお知らせします。
　定期健診受診率：98.4％
　特定保健指導実施率：61.2％
　喫煙率：27.5％（前年比 -2.1pt）
　ストレスチェック受検率：93.0％
　夜勤者向け睡眠セミナー：年4回開催、延べ186名参加

申請締切が8月下旬のため、7月中に証明書をいただけますと幸いです。

{SIG}
"""))

    out.append(mail(
        TACHIBANA, expect="pass", kind="benign.meeting_reply_chain_en", loc="none",
        why="SLAレビュー会議の日程調整の長い返信チェーンで、相手方担当者の氏名と署名が並ぶだけである。",
        to=[addr("David Reyes", "d.reyes@" + POA)],
        cc=[addr("Maricel Dizon", "m.dizon@" + POA), addr("Aya Kuroda", "a.kuroda@" + DOMAIN)],
        subject="RE: RE: RE: Quarterly SLA review – Q2 2025",
        text=f"""
Dear David,

Thursday 3 July at 10:00 works well for us. I have booked the 4F meeting room
and will send a video link for Maricel.

Agenda as discussed:
  1. On-time performance Q2 (ground-handling-caused delays: 0.8%)
  2. Baggage mishandling rate (2.1 per 1,000 pax)
  3. Ramp safety events (2 minor, no injuries)
  4. Winter readiness

{SIG}

-----Original Message-----
From: David Reyes <d.reyes@pacificocean-air.example.com>
Sent: Wednesday, June 18, 2025 4:12 PM
To: Kenji Tachibana
Cc: Maricel Dizon
Subject: RE: RE: Quarterly SLA review – Q2 2025

Hi Kenji,
Maricel from our Manila HQ would like to join remotely. Could we move it to
3 July, 10:00 your time?
Regards,
David Reyes | Station Manager KHX | Pacific Ocean Airways
Tel +81-3-0000-7801

-----Original Message-----
From: Kenji Tachibana
Sent: Tuesday, June 17, 2025 11:30 AM
Subject: RE: Quarterly SLA review – Q2 2025

David, how about 2 July at 14:00? Best, Kenji
"""))
    return out
