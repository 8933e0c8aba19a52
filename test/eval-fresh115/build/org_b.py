"""Org B: 潮見マリンエージェンシー株式会社 (Shiomi Marine Agency, Kobe) — a shipping
agent that looks after foreign crews. Writers: 岸本 航 (crew change coordinator,
bilingual, tidy), Marco Villanueva (operations manager, English only, clipped
"pls"/"Br" style), 浜田 さおり (経理課, formal Japanese, careful English)."""
from common import P, addr, att, enc_zip, group4, iso6346, luhn_complete, mail

ORG = "B"
DOM = "shiomi-marine.example.co.jp"

KISHIMOTO = addr("Wataru Kishimoto（岸本 航）", f"w.kishimoto@{DOM}")
MARCO = addr("Marco Villanueva", f"m.villanueva@{DOM}")
HAMADA = addr("浜田 さおり", f"s.hamada@{DOM}")

SIG_K = """
Best regards,
Wataru Kishimoto（岸本 航）
Crew Change Coordinator
Shiomi Marine Agency Co., Ltd. / 潮見マリンエージェンシー株式会社
Kobe Branch, 4-2 Shinko-cho, Chuo-ku, Kobe 650-0041
Tel: +81-78-0000-2250 / Mob: +81-90-0000-7731
24h Ops: ops-kobe@shiomi-marine.example.co.jp"""

SIG_K_JA = """
――
潮見マリンエージェンシー株式会社 神戸支店
クルーチェンジ担当　岸本 航
TEL 078-0000-2250 / 携帯 090-0000-7731"""

SIG_M = """
Br,
Marco
--
Marco Villanueva | Operations Manager
Shiomi Marine Agency Co., Ltd. (Kobe)
M: +81-80-0000-5142 | ops-kobe@shiomi-marine.example.co.jp"""

SIG_H = """
――――――――――
潮見マリンエージェンシー株式会社
管理部 経理課　浜田 さおり
TEL 078-0000-2256 / FAX 078-0000-2259
――――――――――"""

HOTEL_RES = addr("Hotel Harborview Kobe – Reservations", "reservations@harborview-kobe.example.jp")

CARD = luhn_complete("453914880343646")
CONT1 = iso6346("TGHU884120")
CONT2 = iso6346("MSKU662094")


def mails():
    m = []

    # ------------------------------------------------------------ holds
    m.append(mail(
        ORG, "villanueva", "body", "hold", "id.passport_numbers",
        "船員3名の氏名・生年月日・国籍・旅券番号を本文に書いてホテルへ送っており、個人の識別番号にあたるため。",
        MARCO, [HOTEL_RES],
        "Crew booking – MV OCEAN LARK – 3 on-signers arriving 18 Jun",
        f"""
Dear Reservations team,

Good day. Pls book 3 single rooms for on-signing crew of MV OCEAN LARK.
Check-in 18 Jun (late, approx 23:30 — they land at KIX 21:05 on PR412), check-out 20 Jun morning.
Billing to Shiomi Marine Agency as usual (room + breakfast only, no incidentals).

For your guest registration:
1. DELA CRUZ, Ariel Mendoza – 2/E – Filipino – DOB 14 Feb 1988 – Passport P4821937B
2. SANTOS, Kevin Reyes – AB – Filipino – DOB 02 Sep 1995 – Passport P7719204A
3. NGUYEN Van Thanh – Oiler – Vietnamese – DOB 11 Nov 1991 – Passport C3358120

Transport from airport will be arranged by us (taxi).
Kindly confirm by return.
{SIG_M}
""",
        personal=[P("name", "DELA CRUZ, Ariel Mendoza"), P("passport", "P4821937B"),
                  P("passport", "P7719204A"), P("passport", "C3358120"),
                  P("birth_date", "14 Feb 1988"), P("nationality", "Vietnamese")],
    ))

    m.append(mail(
        ORG, "kishimoto", "body", "hold", "sensitive.crew_diagnosis",
        "船員の氏名と診断名・入院先をP&I代理店へ送っており、正当な業務でも病歴という要配慮個人情報にあたるため。",
        KISHIMOTO,
        [addr("瀬戸内P&Iサービス 神戸事務所 安藤", "kobe@setouchi-pandi.example.co.jp")],
        "MV OCEAN LARK 乗組員入院の件（続報）",
        f"""
瀬戸内P&Iサービス
安藤様

お世話になっております。潮見マリンの岸本です。
昨日ご連絡した OCEAN LARK の乗組員の件、続報です。

・氏名：REYES, Jonathan Bautista（Cook、フィリピン国籍、41歳）
・6/16 夜に腹痛を訴え、神戸港湾病院へ救急搬送
・診断：急性膵炎（アルコール性の疑い）、本日から絶食・点滴治療
・入院見込み：2週間程度、その後は下船・送還の可能性が高い

船主側（Manila の manning agent）には本船船長から連絡済みです。
入院保証金（10万円）は弊社で立て替えていますので、後ほど請求させてください。
通訳の手配が必要になりそうなら、またご相談します。
{SIG_K_JA}
""",
        cc=[addr("Shiomi Kobe Ops", f"ops-kobe@{DOM}")],
        personal=[P("name", "REYES, Jonathan Bautista"), P("diagnosis", "急性膵炎"),
                  P("hospital", "神戸港湾病院")],
    ))

    m.append(mail(
        ORG, "villanueva", "body", "hold", "id.card_number",
        "船長個人のクレジットカード番号（全桁）と有効期限を本文に書いてホテルへ送っているため。",
        MARCO,
        [addr("Yuko Okada – Front Office, Hotel Harborview Kobe", "frontoffice@harborview-kobe.example.jp")],
        "Re: Early check-in / incidentals guarantee – Capt. Lindqvist",
        f"""
Hi Ms. Okada,

Thanks for the quick reply. Capt. Lindqvist is ok to put his own card for incidentals,
he asked me to pass it on since he is still on board and has no signal:

  Name on card: ERIK J LINDQVIST
  Visa {group4(CARD)}
  Exp 09/27

He says pls don't charge the room to it, only minibar / laundry etc.
Early check-in from 10:00 on 22 Jun is fine for him.
{SIG_M}

> Dear Mr. Villanueva,
> Early check-in can be arranged for JPY 5,000. For incidentals we would need
> a credit card guarantee from the guest.
> Best regards, Yuko Okada / Front Office
""",
        personal=[P("card_number", group4(CARD)), P("name", "ERIK J LINDQVIST"),
                  P("card_expiry", "Exp 09/27")],
    ))

    crew = """
No,Surname,Given names,Rank,Nationality,Date of birth,Passport No,Seaman's Book No
1,GARCIA,Rommel Tan,Master,PHILIPPINES,1979-06-03,P2298471A,SB0483921
2,AQUINO,Danilo Cruz,C/O,PHILIPPINES,1984-01-22,P5531098B,SB0519927
3,MENDOZA,Jerome Lim,3/O,PHILIPPINES,1996-08-15,P6610345A,SB0720014
4,TRAN,Quoc Huy,2/E,VIETNAM,1989-12-01,C4472019,VN2019-55821
5,PHAM,Minh Duc,Oiler,VIETNAM,1993-04-27,C5190382,VN2021-10477
6,SINGH,Harpreet,Bosun,INDIA,1981-10-09,V8842716,MUM-118204
7,BAUTISTA,Ronald Sy,AB,PHILIPPINES,1998-02-18,P8823005A,SB0811362
8,LOPEZ,Carlo Medina,Messman,PHILIPPINES,2000-07-30,P9012247B,SB0902758
"""
    m.append(mail(
        ORG, "kishimoto", "attachment", "hold", "list.crew_list_csv",
        "8名分の氏名・生年月日・旅券番号・船員手帳番号の名簿を、送迎には不要なタクシー会社へ送っているため。",
        KISHIMOTO,
        [addr("神戸ハーバー交通 配車センター", "haisha@kobe-harbor-kotsu.example.co.jp")],
        "6/20 乗組員送迎（KIX→新港第4突堤）のご依頼",
        f"""
神戸ハーバー交通 配車センター御中

いつもお世話になっております。潮見マリンの岸本です。
下記のとおりジャンボタクシーの手配をお願いします。

日時：6/20(金) 関空着 PR426 14:40 予定
区間：関西国際空港 第1ターミナル → 神戸新港第4突堤（MV KESTREL BAY）
人数：8名＋荷物（大型スーツケース8個）
ネームボード：「KESTREL BAY / SHIOMI」

乗員名簿を添付しますので、ドライバーさんの確認用にお使いください。
{SIG_K_JA}
""",
        attachments=[att("CrewList_KESTREL_BAY_onsigners.csv", crew)],
        personal=[P("name", "GARCIA,Rommel Tan"), P("passport", "P2298471A"), P("passport", "C4472019"),
                  P("birth_date", "1979-06-03"), P("seamans_book", "SB0483921")],
    ))

    report = """
MEDICAL REPORT (unofficial English translation by Shiomi Marine Agency)
Hospital : Kobe Port Island General Hospital, Dept. of Orthopaedics
Patient  : CASTILLO, Alvin Ramos   Male   DOB 1990-03-19   Nationality: Philippines
Rank     : 2nd Officer, MV PACIFIC WREN
Date of visit: 2025-06-19

Diagnosis:
  1. Distal radius fracture, right (fall on deck stairs 2025-06-18)
  2. Type 2 diabetes mellitus (pre-existing, on metformin; HbA1c 8.4%)

Treatment: closed reduction, cast applied. Analgesics prescribed.
Opinion  : Unfit for duty for approx. 6 weeks. Fit to travel as passenger from 2025-06-26.
Doctor   : Dr. Kenji Morimoto (orthopaedic surgeon)
"""
    m.append(mail(
        ORG, "villanueva", "attachment", "hold", "sensitive.medical_report",
        "船員の氏名・生年月日と骨折・糖尿病の診断が書かれた診療報告書を添付しており、要配慮個人情報にあたるため。",
        MARCO,
        [addr("Rachel Tan – Crewing, Halcyon Ship Management", "r.tan@halcyon-shipmgmt.example.com.sg")],
        "PACIFIC WREN – 2/O hospital visit – doctor's report attached",
        f"""
Hi Ms. Tan,

As discussed on the phone, attached the doctor's report for 2/O of PACIFIC WREN
(translated from Japanese by our office, unofficial).
Doctor says fit to travel after 7 days w/ arm cast, so we are looking at sign-off +
repatriation on 27 Jun via MNL. Pls advise if you want a second opinion before we book the ticket.

Hospital invoice will follow separately (approx JPY 186,000, not incl. the follow-up visit).
{SIG_M}
""",
        cc=[addr("Capt. Daniel Lim – Marine Superintendent", "d.lim@halcyon-shipmgmt.example.com.sg")],
        attachments=[att("MedicalReport_PACIFIC_WREN_2O_translation.txt", report)],
        personal=[P("name", "CASTILLO, Alvin Ramos"), P("diagnosis", "Distal radius fracture"),
                  P("diagnosis", "Type 2 diabetes mellitus"), P("birth_date", "1990-03-19")],
    ))

    m.append(mail(
        ORG, "kishimoto", "quoted", "hold", "sensitive.crew_arrest",
        "転送部分に特定の船員が逮捕・勾留された事実が書かれており、刑事手続に関する要配慮個人情報にあたるため。",
        KISHIMOTO,
        [addr("Capt. Ramon Aguilar – Crewing Manager, Bluefin Manning", "r.aguilar@bluefin-manning.example.com.ph")],
        "FW: KESTREL BAY – incident ashore last night",
        f"""
Dear Capt. Aguilar,

Good morning. Please see below message from the Master for your information.
We are in contact with the police station and will attend the interview at 14:00 today
with an interpreter. I will update you once we know the next steps.
{SIG_K}

-------- Forwarded Message --------
Subject: incident ashore last night
Date: Sun, 22 Jun 2025 07:58:12 +0900
From: Master KESTREL BAY <master.kestrelbay@bluefin-fleet.example.com>
To: ops-kobe@shiomi-marine.example.co.jp

Dear Agent,

Pls be informed that AB BAUTISTA, Ronald Sy was arrested by Kobe Ikuta police station
around 01:30 this morning after a fight at a bar in Sannomiya. According to the police
he hit a local man (the man has minor injury). He is now in custody.
Pls assist to contact the police and arrange a lawyer if needed.
Vessel is scheduled to sail 24 Jun 18:00.

Rgds
Capt. Rommel Garcia
Master MV KESTREL BAY
""",
        personal=[P("name", "BAUTISTA, Ronald Sy"),
                  P("criminal_proceedings", "was arrested by Kobe Ikuta police station"),
                  P("criminal_proceedings", "He is now in custody")],
    ))

    m.append(mail(
        ORG, "hamada", "quoted", "hold", "id.seafarer_family_bank_account",
        "転送部分に船員家族（個人）の銀行口座番号と住所が含まれており、個人の口座情報にあたるため。",
        HAMADA,
        [addr("グローバルペイ・レミット 法人営業部 柴田", "corporate@globalpay-remit.example.co.jp")],
        "Fw: 家族送金の依頼（KESTREL BAY 乗組員）",
        f"""
株式会社グローバルペイ・レミット
柴田様

いつもお世話になっております。
潮見マリンエージェンシー経理課の浜田でございます。

船主様より、下記の送金依頼を受けております。
いつもの法人契約（手数料は弊社負担）で手続きをお願いできますでしょうか。
送金額の原資は、本日中に貴社指定口座へ入金いたします。

何卒よろしくお願い申し上げます。
{SIG_H}

-----Original Message-----
From: Accounts – Bluefin Manning <accounts@bluefin-manning.example.com.ph>
Sent: Monday, June 23, 2025 11:20 AM
To: Hamada Saori
Subject: Family allotment – KESTREL BAY

Dear Ms. Hamada,

Kindly arrange the following allotment from the crew cash advance:

Crew        : MENDOZA, Jerome Lim (3/O)
Amount      : USD 1,500.00
Beneficiary : MENDOZA, Liza Ocampo (spouse)
Bank        : BDO Unibank, Inc. – Batangas City Branch
Account No. : 0041 2287 6630
SWIFT       : BNORPHMM
Address     : 27 Rizal St., Brgy. Kumintang Ilaya, Batangas City

Thank you.
Accounts Dept.
""",
        personal=[P("name", "MENDOZA, Liza Ocampo"), P("bank_account", "0041 2287 6630"),
                  P("address", "27 Rizal St., Brgy. Kumintang Ilaya, Batangas City")],
    ))

    m.append(mail(
        ORG, "kishimoto", "subject", "hold", "sensitive.covid_positive",
        "件名に船員の氏名と新型コロナ陽性であることが書かれ、交通船業者とホテルへ送られるため。",
        KISHIMOTO,
        [addr("神戸ランチサービス 運航係", "unkou@kobe-launch.example.co.jp")],
        "下船延期：OS Jomar Bautista Cruz コロナ陽性（6/24予定分）",
        """
神戸ランチサービス 運航係 様
（cc: ハーバービュー 予約係 様）

潮見マリン 岸本です。
6/24 10:00 沖待ち本船からの下船1名分、交通船はキャンセルでお願いします。
ホテルも1泊分（6/24 IN）キャンセルで。
新しい日程が決まり次第、改めて手配します。

ほかの7名の乗下船は予定どおりです。

岸本（潮見マリン）
090-0000-7731
""",
        cc=[HOTEL_RES],
        personal=[P("name", "Jomar Bautista Cruz"), P("infection", "コロナ陽性")],
    ))

    m.append(mail(
        ORG, "hamada", "zip", "hold", "id.ppap_zip",
        "パスワード付きZIP（PPAP）の添付で、6名分の旅券写しなど本人確認書類を含むため。",
        HAMADA,
        [addr("行政書士法人みなと国際手続センター 北川", "info@minato-gyosei.example.jp")],
        "乗員上陸許可申請用書類の送付（PACIFIC WREN）",
        f"""
行政書士法人みなと国際手続センター
北川先生

いつも大変お世話になっております。
潮見マリンエージェンシーの浜田でございます。

PACIFIC WREN 交代要員の上陸許可申請に必要な書類
（旅券写し・船員手帳写し 計6名分）を、パスワード付きZIPにてお送りいたします。
パスワードは別途メールにてご連絡いたします。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。
{SIG_H}
""",
        attachments=[enc_zip("PACIFIC_WREN_crew_docs_0625.zip")],
        personal=[P("passport_copies", "旅券写し・船員手帳写し 計6名分（暗号化ZIP）")],
    ))

    principals = [
        addr("Ops – Halcyon Ship Management", "ops@halcyon-shipmgmt.example.com.sg"),
        addr("Crewing – Bluefin Manning", "crewing@bluefin-manning.example.com.ph"),
        addr("Marine Ops – Nordkap Tankers", "marineops@nordkap-tankers.example.no"),
        addr("Ops Desk – Seacrest Bulk Carriers", "opsdesk@seacrest-bulk.example.com"),
        addr("Husbandry – Aurora Reefer Lines", "husbandry@aurora-reefer.example.com"),
        addr("Capt. Lee Jae-won", "jw.lee@hanbit-marine.example.co.kr"),
        addr("Crew Dept – Meridian Crew Services", "crew@meridian-crew.example.com.cy"),
        addr("Ops – Taiyo Kisen", "ops@taiyo-kisen.example.co.jp"),
        addr("Chartering – Pelican Shipping", "chartering@pelican-shipping.example.gr"),
        addr("Anna Petrova", "a.petrova@baltic-crew.example.lv"),
        addr("Ops – Greenwave Car Carriers", "ops@greenwave-cc.example.com"),
        addr("Capt. Suresh Nair", "sureshnair.capt@gmail.com"),
        addr("Fleet Personnel – Kaiun Shoji", "fleet-personnel@kaiun-shoji.example.co.jp"),
    ]
    m.append(mail(
        ORG, "villanueva", "recipients", "hold", "recipients.visible_to",
        "13の取引先・個人の外部アドレスがToに並び、各社の担当者アドレスを互いに開示してしまうため（BCCにすべき）。",
        MARCO, principals,
        "Kobe port – Obon holiday working hours (13–16 Aug) / cut-off for crew change requests",
        f"""
Dear Principals,

Good day from Kobe.
Pls note the Obon holidays in Japan: 13–16 Aug 2025.

- Immigration / Customs / Quarantine: operating, but with limited staff —
  landing permission for crew change takes longer than usual.
- Hotels near Sannomiya are very busy. For crew change 12–17 Aug pls send requests
  (with flight details) at least 7 days before.
- Our 24h ops line stays open: +81-78-0000-2250 / ops-kobe@shiomi-marine.example.co.jp
- Banks closed 16 Aug (Sat), so cash to master (CTM) pls arrange by 12 Aug.

Thanks for your continued support.
{SIG_M}
""",
        personal=[P("email", "sureshnair.capt@gmail.com"), P("email", "a.petrova@baltic-crew.example.lv"),
                  P("email", "jw.lee@hanbit-marine.example.co.kr")],
    ))

    # ------------------------------------------------------------ passes
    m.append(mail(
        ORG, "villanueva", "none", "pass", "benign.port_call_eta",
        "本船の入港予定・バース・貨物量などの運航情報のみで、IMO番号は船舶の識別番号であり個人情報ではないため。",
        MARCO,
        [addr("Ops Desk – Seacrest Bulk Carriers", "opsdesk@seacrest-bulk.example.com")],
        "SEACREST DAWN / Kobe – ETA, berth & pilot",
        f"""
Dear Sirs,

Good day. Pls find latest line-up for MV SEACREST DAWN (IMO 9481276):

ETA Kobe pilot stn : 26 Jun 0600 LT
Pilot on board     : 0630 LT (2 tugs ordered)
ETB                : 0800 LT, Rokko Island RC-6
Cargo ops          : discharge 42,500 mt steel coils, approx 3 days
ETD                : 29 Jun PM, subject to cargo ops

Pls ask Master to send pre-arrival docs (ISPS, MDH, crew list) 24 hrs before arrival as usual —
via the port portal, not by email.
Fresh water: 150 mt ordered for 27 Jun.
{SIG_M}
""",
        cc=[addr("Master MV SEACREST DAWN", "master.dawn@seacrest-fleet.example.com")],
    ))

    m.append(mail(
        ORG, "hamada", "none", "pass", "benign.disbursement_account",
        "代理店自身の法人口座と請求明細の連絡で、個人の口座や個人情報を含まないため。",
        HAMADA,
        [addr("Accounts Payable – Halcyon Ship Management", "ap@halcyon-shipmgmt.example.com.sg")],
        "Final Disbursement Account – MV PACIFIC WREN / Kobe (Voy. 2519)",
        """
Dear Sir or Madam,

Please find below our final disbursement account for MV PACIFIC WREN,
Kobe call 16–19 June 2025.

  Port dues / tonnage dues      JPY   412,300
  Pilotage (in/out)             JPY   688,000
  Towage (2 tugs x 2)           JPY 1,240,000
  Berth hire                    JPY   215,600
  Agency fee                    JPY   350,000
  Crew transportation / hotel   JPY   286,400
  ------------------------------------------
  Total                         JPY 3,192,300
  Less advance received         JPY 3,000,000
  Balance due                   JPY   192,300

Kindly remit the balance to our account below:
  Beneficiary : SHIOMI MARINE AGENCY CO., LTD.
  Bank        : Sakaemachi Bank, Ltd., Kobe Main Office
  Account No. : 1208845 (Current)
  SWIFT       : SKMBJPJT
  Reference   : PWREN-2519

Original invoices with supporting vouchers will follow by courier (DHL AWB 7741 2098 6630).

Best regards,
Saori Hamada
Accounts Dept.
Shiomi Marine Agency Co., Ltd.
Tel +81-78-0000-2256
""",
    ))

    m.append(mail(
        ORG, "kishimoto", "none", "pass", "benign.crew_change_plan",
        "乗下船の人数と便名・移動計画のみで、乗組員個人の氏名や旅券情報を含まないため。",
        KISHIMOTO,
        [addr("大洋汽船株式会社 船員グループ 小野寺", "senin@taiyo-kisen.example.co.jp")],
        "RE: 【TAIYO MARU No.8】神戸での乗組員交代 計画",
        f"""
大洋汽船 船員グループ
小野寺様

潮見マリンの岸本です。
交代計画、下記で進めます。

乗船 5名（マニラ発 PR412、6/28 21:05 KIX着）
 → 6/28 ホテル泊、6/29 08:00 ホテル発、10:00頃 乗船
下船 5名（6/29 本船から直接 KIX、PR411 18:35発）
 → 移動はジャンボタクシー1台ずつ

上陸許可・乗員手帳の手続きは、名簿を受領後こちらで進めます。
名簿は従来どおり御社の共有フォルダ経由でお願いします（メール添付はご遠慮ください）。

ご不明点があればご連絡ください。
{SIG_K_JA}

> 岸本様
> TAIYO MARU No.8 の神戸寄港時の交代について、乗下船各5名で計画しています。
> 手配をお願いできますでしょうか。
> 大洋汽船 小野寺
""",
    ))

    m.append(mail(
        ORG, "kishimoto", "none", "pass", "benign.free_pratique",
        "検疫手続きの一般的な案内で、quarantineや感染症の語はあるが特定の乗組員の健康情報を含まないため。",
        KISHIMOTO,
        [addr("Master MV AURORA FROST", "master.aurorafrost@aurora-reefer.example.com")],
        "Kobe arrival – quarantine (free pratique) & health declaration",
        f"""
Dear Captain,

Good day. For your arrival at Kobe on 1 Jul, Japan Quarantine requires the following
by 24 hrs before arrival:

1. Maritime Declaration of Health (MDH) – all questions answered, signed by Master
2. Ship Sanitation Control (Exemption) Certificate – copy (valid until 14 Nov 2025 per your last docs)
3. List of last 10 ports of call

If there is no sick person on board and no infectious disease is suspected, radio pratique
will be granted and no quarantine inspection is needed on arrival.
If any crew develops fever (37.5°C or above), diarrhoea or rash before arrival, pls inform us
immediately by phone — do not put names in a group email, just call the 24h line and we will advise.
{SIG_K}
""",
    ))

    m.append(mail(
        ORG, "hamada", "none", "pass", "benign.container_tracking",
        "B/L番号・コンテナ番号・シール番号などの貨物識別番号のみで、個人情報を含まないため。",
        HAMADA,
        [addr("ベイサイドロジ 輸入課 村上", "yunyu@bayside-logi.example.co.jp")],
        "船用品（スペアパーツ）コンテナの搬出について",
        f"""
株式会社ベイサイドロジ 輸入課
村上様

いつもお世話になっております。潮見マリンの浜田です。
AURORA FROST 向けのスペアパーツ、下記2本の搬出手配をお願いいたします。

　B/L No.：HLCUSIN2506018833
　コンテナ：{CONT1}（20'DV）シール 0918274
　　　　　　{CONT2}（20'DV）シール 0918275
　搬入先：六甲アイランド RC-5 岸壁（本船横付け時）
　搬出希望日：7月1日（火）午前

インボイス番号 INV-AUR-25-0611 の通関は済んでいる旨、通関業者さんから連絡をいただいております。
ドレージ料金は、いつもの単価表でご請求ください。
{SIG_H}
""",
    ))

    m.append(mail(
        ORG, "villanueva", "none", "pass", "benign.condolence",
        "取引先の元会長の逝去に対するお悔やみで、業務上知られた情報のみであり要配慮情報を含まないため。",
        MARCO,
        [addr("Lars Henriksen – Managing Director, Nordkap Tankers", "l.henriksen@nordkap-tankers.example.no")],
        "Our condolences",
        """
Dear Mr. Henriksen,

We were very sorry to learn of the passing of Capt. Olav Brekke, founder and former chairman
of Nordkap Tankers.

Many of us in Kobe remember his visits to our office and the long dinners by the port after
difficult cargo operations. He always had time for our younger staff.

On behalf of everyone at Shiomi Marine Agency, please convey our deepest sympathy to his
family and to all your colleagues in Bergen.

With sincere condolences,

Marco Villanueva
Operations Manager
Shiomi Marine Agency Co., Ltd.
""",
    ))

    m.append(mail(
        ORG, "hamada", "none", "pass", "benign.masked_corporate_card",
        "法人カードの下4桁のみのマスク表示で、カード番号の全桁や個人のカード情報を含まないため。",
        HAMADA,
        [addr("ホテルハーバービュー神戸 会計係", "accounting@harborview-kobe.example.jp")],
        "6月分 乗組員宿泊代のお支払いについて",
        f"""
ホテルハーバービュー神戸
会計ご担当者様

いつもお世話になっております。潮見マリンエージェンシー経理課の浜田です。
6月分のご請求（17泊・計 ¥263,500）につきまして、
前回同様、弊社の法人カードで決済いただけますでしょうか。

　カード：弊社法人カード（VISA　**** **** **** 4821）
　名義：SHIOMI MARINE AGENCY CO LTD

カード情報は貴ホテルにご登録済みのものをご利用ください（メールではお送りいたしません）。
領収書は宛名「潮見マリンエージェンシー株式会社」で、船名ごとの内訳を付けていただけますと助かります。
{SIG_H}
""",
    ))

    berth = """
Berth,Vessel,IMO,Type,ETA,ETD,Agent
PC-14,GREENWAVE ORION,9712384,PCTC,2025-07-02 07:00,2025-07-03 05:00,SHIOMI
PC-15,HOKUTO ACE,9650912,PCTC,2025-07-01 16:00,2025-07-02 20:00,OTHER
RC-5,AURORA FROST,9588210,REEFER,2025-07-01 08:00,2025-07-03 17:00,SHIOMI
RC-6,SEACREST DAWN,9481276,BULK,2025-06-26 08:00,2025-06-29 15:00,SHIOMI
"""
    rules = """
Kobe – Port Island PCTC berths: tug / pilot notes (July 2025)

- Pilot: compulsory for vessels of 10,000 GT and above. Order 24 hrs before ETA, confirm 3 hrs before.
- Tugs: 2 tugs for PCTC over 50,000 GT; 3 tugs if wind over 10 m/s.
- PC-14: max draft 10.5 m this month (dredging work, until 31 Jul).
- Night berthing allowed; unberthing after 22:00 needs harbour master approval.
- Ramp landing: check tide table; stern ramp limit 1.8 m freeboard difference.
"""
    m.append(mail(
        ORG, "kishimoto", "none", "pass", "benign.plain_zip_port_info",
        "暗号化されていない通常のzipで、中身はバース予定や港のルールなど運航情報のみのため。",
        KISHIMOTO,
        [addr("Giulia Rossi – Ops, Greenwave Car Carriers", "ops@greenwave-cc.example.com")],
        "Kobe port info pack (berth, tugs, restrictions) – GREENWAVE ORION",
        f"""
Dear Ms. Rossi,

As requested, attached is our Kobe port information pack (zip, not password protected).
It includes the berth line-up for next week and the tug/pilot booking rules for PCTCs
at Port Island.

Note: draft restriction at PC-14 is 10.5 m this month due to dredging work.
{SIG_K}
""",
        attachments=[att("Kobe_port_info_0627.zip/berth_lineup_w27.csv", berth),
                     att("Kobe_port_info_0627.zip/tug_pilot_rules.txt", rules)],
    ))

    team = [
        addr("Capt. Daniel Lim", "d.lim@halcyon-shipmgmt.example.com.sg"),
        addr("Rachel Tan", "r.tan@halcyon-shipmgmt.example.com.sg"),
        addr("Ops – Halcyon Ship Management", "ops@halcyon-shipmgmt.example.com.sg"),
        addr("Yusuke Hirano", "y.hirano@kobe-marine-eng.example.co.jp"),
        addr("Mai Fujita", "m.fujita@kobe-marine-eng.example.co.jp"),
        addr("Docking Dept – Kobe Marine Engineering", "docking@kobe-marine-eng.example.co.jp"),
    ]
    m.append(mail(
        ORG, "villanueva", "none", "pass", "benign.drydock_project",
        "2社6名の業務関係者へのプロジェクト連絡で、宛先数も少なく個人情報を含まないため。",
        MARCO, team,
        "PACIFIC WREN – dry dock Kobe Marine Engineering (15–29 Jul): kick-off call",
        f"""
All,

To keep everyone on the same thread: kick-off call for PACIFIC WREN docking is confirmed
Wed 2 Jul, 15:00 JST / 14:00 SGT. Teams link will be sent by Ms. Fujita.

Agenda (draft):
1. Arrival / docking plan – 15 Jul AM, Dock No.2
2. Accommodation during docking (crew stay on board, riding squad to hotel)
3. Gas-free certificate & hot work permit
4. Waste / sludge disposal – quotes from 2 contractors
5. Shore power & fresh water

Pls add anything I missed. Daniel, can you confirm if the riding squad is 6 or 8 pax?
{SIG_M}
""",
    ))

    m.append(mail(
        ORG, "kishimoto", "none", "pass", "benign.vessel_particulars",
        "船舶のIMO番号・MMSI・呼出符号など船の識別番号のみで、個人を識別する番号ではないため。",
        KISHIMOTO,
        [addr("みなとバンカー 営業課 坂井", "eigyo@minato-bunker.example.co.jp")],
        "補油手配：GREENWAVE ORION（7/2 PC-14）",
        """
みなとバンカー 営業課
坂井様

潮見マリン 岸本です。補油の手配をお願いします。

船名：GREENWAVE ORION
IMO：9712384 ／ MMSI：636019847 ／ 呼出符号：D5QX7
船籍：リベリア　総トン数：59,217
場所・日時：ポートアイランド PC-14、7/2 10:00～
油種・数量：VLSFO 850MT、MGO 60MT
本船連絡：チーフエンジニア（VHF 16ch→12ch）

BDN（重油受領書）のコピーは本船と弊社オペ宛てにお願いします。
単価は先週の見積り（No.QB-25-0418）どおりで。

岸本
""",
    ))
    return m
