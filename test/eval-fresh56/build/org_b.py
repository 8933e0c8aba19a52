# -*- coding: utf-8 -*-
"""Org B: 港南通関株式会社 — 横浜の通関業者."""

ORG = "B 港南通関株式会社（通関業者・横浜）"
DOM = "konan-tsukan.example.jp"

MATSUURA = "松浦 健司 <matsuura@konan-tsukan.example.jp>"
KONO = "Misaki Kono <kono.misaki@konan-tsukan.example.jp>"
OISHI = "大石 恵 <oishi.megumi@konan-tsukan.example.jp>"

SIG_MATSUURA = """――――――――――――――――――――――――――
港南通関株式会社　横浜本社 通関部
通関士　松浦 健司（まつうら けんじ）
〒231-0801 神奈川県横浜市中区新山下五丁目12番4号 港南ロジセンター3F
TEL：045-628-3310　FAX：045-628-3319
Mobile：080-4192-7735（業務用）
E-mail：matsuura@konan-tsukan.example.jp
URL：https://www.konan-tsukan.example.jp
【夏季休業のお知らせ】8月13日（水）～8月15日（金）
――――――――――――――――――――――――――"""

SIG_KONO = """Best regards,
Misaki Kono (河野 美咲)
International Operations / 国際業務課
KONAN TSUKAN CO., LTD. | Licensed Customs Broker, Yokohama
5-12-4 Shin-Yamashita, Naka-ku, Yokohama 231-0801 Japan
Tel +81-45-628-3325 | kono.misaki@konan-tsukan.example.jp"""

SIG_OISHI = """管理部 総務・人事課
大石 恵
港南通関株式会社　TEL 045-628-3300（代表）"""

MAILS = []
def add(**kw):
    MAILS.append(kw)

# ---------------------------------------------------------------- holds
add(key="B-H1", expect="hold", kind="id.passport", writer="河野", loc="body",
    why="Returning resident's name, passport number, date of birth and entry date sent to an overseas relocation company in the body.",
    frm=KONO,
    to=["Lionstar Relocations - Import Desk <import@lionstar-relo.example.com>"],
    subject="Unaccompanied baggage - customs clearance requirements (HBL LSR-SIN-250611)",
    text=f"""Dear Mr. Tan,

Thank you for the pre-alert. To file the declaration for unaccompanied baggage
(別送品申告) we have matched the shipment with the traveller's details below:

  Traveller   : Ms. SHIMAZAKI AYANO
  Passport no.: TR4471825 (Japan)
  Date of birth: 14 Feb 1986
  Arrived     : NRT, 2 June 2025, flight SQ 638
  Form C5360  : copy stamped by Narita Customs received from the traveller

As the goods are household effects used for more than one year overseas,
they should be duty-free, except the two cases of wine listed in the inventory.
We will pay the duty on those and add it to our invoice.

Please confirm that the container will be devanned at your Honmoku CFS on 30 June.

{SIG_KONO}""",
    personal=[("name", "SHIMAZAKI AYANO"), ("passport", "TR4471825"), ("birthdate", "14 Feb 1986")])

add(key="B-H2", expect="hold", kind="id.mynumber", writer="大石", loc="attachment",
    why="XLSX attachment for the outside labour/tax office contains employees' and dependents' マイナンバー; the body is harmless.",
    frm=OISHI,
    to=["しおかぜ社会保険労務士事務所 担当 東様 <azuma@shiokaze-sr.example.jp>"],
    subject="扶養異動のご連絡（7月分）",
    text=f"""東様

いつもお世話になっております。港南通関の大石です。
7月に扶養の異動があった社員2名分の情報を添付いたします。
健康保険の被扶養者異動届と、年末調整用の控除申告の更新をお願いいたします。

ご不明点はお電話でも構いませんので、よろしくお願いいたします。

{SIG_OISHI}""",
    attachments=[{"filename": "fuyou_idou_202507.xlsx", "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "text": """[扶養異動]
社員番号\t社員氏名\t区分\t対象者氏名\t続柄\t生年月日\t個人番号\t異動日
K-0217\t青柳 大輔\t追加\t青柳 結衣\t長女\t2025/06/28\t124041333511\t2025/06/28
K-0341\t三好 里奈\t削除\t三好 孝\t父\t1952/09/03\t979337511925\t2025/07/01
"""}],
    personal=[("mynumber", "124041333511"), ("mynumber", "979337511925"),
              ("name", "青柳 結衣"), ("name", "三好 孝")])

add(key="B-H3", expect="hold", kind="sensitive.health", writer="松浦", loc="body",
    why="Names a patient and his diagnosis (multiple sclerosis) and treating hospital, sent to an import agent for a 薬監 (personal-use medicine) clearance.",
    frm=MATSUURA,
    to=["株式会社メディブリッジ 輸入代行部 北条様 <hojo@medibridge.example.jp>"],
    subject="Re: 医薬品 輸入確認（薬監）必要書類について",
    text=f"""北条様

お世話になっております。港南通関の松浦です。

お問い合わせの件、厚生局への輸入確認申請には、医師が患者の治療に使うことを
示す書類が必要です。いただいた情報で申請書の下書きを作成しましたので、
記載内容に誤りがないかご確認ください。

　患者氏名：日下部 修一 様（52歳）
　傷病名　：多発性硬化症（再発寛解型）
　担当医　：東都医科大学附属病院 脳神経内科　園田 医師
　品名・数量：Ofatumumab 20mg ペン × 12本（国内未承認用量）
　使用目的：患者本人の治療のため（医師の管理下で使用）

必要理由書には、担当医の署名と、国内で代替品がない理由の記載が必要です。
園田先生への依頼は御社からお願いできますでしょうか。

書類が揃い次第、申請から概ね1週間で確認済証が発行される見込みです。

{SIG_MATSUURA}

> 松浦様
> 先日ご相談した未承認薬の件、患者様のご家族から情報をいただきました。
> 薬監の手続きに何が必要か、ご教示いただけますでしょうか。
> メディブリッジ 北条""",
    personal=[("name", "日下部 修一"), ("diagnosis", "多発性硬化症"), ("hospital", "東都医科大学附属病院 脳神経内科")])

add(key="B-H4", expect="hold", kind="list.consignees", writer="河野", loc="quoted",
    why="Forwarded overseas mail lists four expatriate families with home addresses and mobile numbers; passed on to a domestic trucking company. Personal data only in the forwarded part.",
    frm=KONO,
    to=["株式会社ハマ陸送 配車係 吉岡様 <haisha@hama-rikuso.example.jp>"],
    subject="Fw: Delivery schedule - household goods ex Houston (4 families)",
    text=f"""吉岡様

いつもお世話になっております。港南通関の河野です。
下記、米国の引越業者から届いた配達先情報を転送いたします。
通関は7/3に4件とも許可予定ですので、7/4以降の配達手配をお願いできますでしょうか。
2t車×2台、作業員は各3名を想定しています。

河野

---------- Forwarded message ---------
From: Carla Moreno <cmoreno@texstar-movers.example.com>
Date: Wed, Jun 25, 2025 at 9:14 AM
Subject: Delivery schedule - household goods ex Houston (4 families)
To: Misaki Kono <kono.misaki@konan-tsukan.example.jp>

Hi Misaki,

Here are the delivery addresses for the four families (all relocating for
Gulfline Energy Japan). Please share with your trucker.

1. PATEL, Arjun & Meera - 3-14-7 Motomachi, Naka-ku, Yokohama, Grand Hill 801 - +81-80-6612-3390
2. NGUYEN, Thomas - 2-5-21 Aobadai, Aoba-ku, Yokohama - +81-90-4478-1025
3. WALKER, Jennifer & Sam - 1-9-3 Yamate-cho, Naka-ku, Yokohama, Bluff Court 2F - +81-70-3345-9902
4. OKONKWO, Daniel - 4-2-18 Minatomirai, Nishi-ku, Yokohama, #1512 - +81-80-9021-7764

The Walkers have a piano (upright) - please note.

Thanks,
Carla
Texstar Movers International | Houston, TX""",
    personal=[("name", "PATEL, Arjun & Meera"), ("address", "3-14-7 Motomachi, Naka-ku, Yokohama, Grand Hill 801"),
              ("phone", "+81-80-6612-3390"), ("name", "NGUYEN, Thomas"), ("phone", "+81-90-4478-1025"),
              ("name", "OKONKWO, Daniel"), ("phone", "+81-80-9021-7764")])

add(key="B-H5", expect="hold", kind="id.residence_card", writer="松浦", loc="subject",
    why="A foreign resident's residence card number and name appear in the subject; the body is an ordinary request.",
    frm=MATSUURA,
    to=["アクロス引越センター 国際課 芦田様 <ashida@across-hikkoshi.example.jp>"],
    subject="在留カード番号 UH48213906TA の確認について（グエン・ヴァン・ミン様 別送品）",
    text=f"""芦田様

お世話になっております。港南通関の松浦です。

件名の件、いただいた在留カードの写しで番号の一部が読み取りにくく、
申告書の記載と照合ができておりません。
お手数ですが、鮮明な写しを改めてお送りいただけますでしょうか。
（スマートフォンで撮影した画像でも構いません）

本船の入港が7月2日ですので、6月30日までにいただけると助かります。

{SIG_MATSUURA}""",
    personal=[("residence_card", "UH48213906TA"), ("name", "グエン・ヴァン・ミン")])

add(key="B-H6", expect="hold", kind="attachment.encrypted_zip", writer="松浦", loc="zip",
    why="Encrypted zip (PPAP) of permits and duty calculations sent to a client.",
    frm=MATSUURA,
    to=["株式会社オーシャンフーズ 物流部 平井様 <hirai@oceanfoods.example.co.jp>"],
    subject="輸入許可通知書・関税計算書の送付（6月第4週分）",
    text=f"""株式会社オーシャンフーズ
物流部 平井様

いつもお世話になっております。港南通関の松浦です。

6月第4週に許可となりました輸入申告7件分の許可通知書および関税計算書を
パスワード付きZIPにてお送りいたします。パスワードは追ってお送りします。

冷凍えび（HS 0306.17）の1件は、検査のため許可が1日遅れております。
詳細は明細をご確認ください。

{SIG_MATSUURA}""",
    attachments=[{"filename": "kyoka_2025W26.zip", "contentType": "application/zip", "encrypted": True}],
    personal=None)

_clients = [
    ("オーシャンフーズ 平井様", "hirai@oceanfoods.example.co.jp"),
    ("丸和トレーディング 物流課 戸田様", "toda@maruwa-trading.example.jp"),
    ("株式会社ベルデ 輸入チーム 小川様", "ogawa@verde-import.example.com"),
    ("東邦機工 資材部 杉浦様", "sugiura@toho-kiko.example.co.jp"),
    ("サンライズ家具 仕入部 福田様", "fukuda@sunrise-kagu.example.jp"),
    ("株式会社ミナトワイン 物流 坂口様", "sakaguchi@minato-wine.example.jp"),
    ("グローバルテキスタイル 今村様", "imamura@globaltextile.example.com"),
    ("日新ケミカル 購買部 岸様", "kishi@nisshin-chem.example.co.jp"),
    ("ファーイースト雑貨 代表 森下様", "morishita@fareast-zakka.example.jp"),
    ("株式会社アオイ電子 調達 竹内様", "takeuchi@aoi-denshi.example.co.jp"),
    ("湘南ペットサプライ 物流 野口様", "noguchi@shonan-pet.example.jp"),
    ("ケイズ・インターナショナル 荒木様", "araki@kays-intl.example.com"),
    ("横浜フレッシュ青果 輸入担当 松田様", "matsuda@yokohama-fresh.example.jp"),
]
add(key="B-H7", expect="hold", kind="recipients.many_external", writer="松浦", loc="recipients",
    why="Thirteen contacts at thirteen client companies visible in To; should have been BCC.",
    frm=MATSUURA,
    to=[f"{n} <{a}>" for n, a in _clients],
    subject="【重要】台風6号接近に伴う本牧・大黒ふ頭ゲートクローズの見込みについて",
    text=f"""荷主各位

いつもお世話になっております。港南通関の松浦でございます。

台風6号の接近に伴い、7月9日（水）午後から10日（木）午前にかけて、
本牧ふ頭・大黒ふ頭の各ターミナルでゲートクローズが見込まれております。

　・9日（水）12時以降の搬出入予約は、ターミナル側で順次キャンセルとなる可能性があります
　・税関の検査は9日午前中まで実施予定（開披検査は8日までの申告を優先）
　・10日（木）午後からの再開を想定していますが、風況により変更となります

フリータイムの延長につきましては、船会社ごとに対応が異なりますので、
個別にご案内いたします。急ぎの貨物がございましたら、8日（火）中にご連絡ください。

{SIG_MATSUURA}""",
    personal=None)

add(key="B-H8", expect="hold", kind="personal.customer_profile", writer="松浦", loc="body",
    why="A private importer's full contact profile (name, home address, mobile, e-mail, birth date) handed to a trucking vendor.",
    frm=MATSUURA,
    to=["株式会社ハマ陸送 配車係 吉岡様 <haisha@hama-rikuso.example.jp>"],
    subject="個人輸入 バイク1台 配送手配のお願い",
    text=f"""吉岡様

お世話になっております。港南通関の松浦です。

個人のお客様が英国から輸入されたクラシックバイク1台について、
7月7日（月）に通関許可の見込みとなりました。配送の手配をお願いいたします。

　お客様：都築 圭吾 様（生年月日 1971年10月5日）
　配送先：〒252-0303 神奈川県相模原市南区相模大野6-3-19
　携帯　：090-8173-2264
　メール：keigo.tsuzuki.vintage@gmail.com
　貨物　：1965年式 TRIUMPH 単車1台（木枠梱包、約280kg）
　搬出　：大黒ふ頭 ○○CFS（搬出予約は当社で取得します）

ご本人は平日日中は不在がちとのことですので、事前にお電話のうえ
土曜配達でご調整いただけますと助かります。

{SIG_MATSUURA}""",
    personal=[("name", "都築 圭吾"), ("birthdate", "1971年10月5日"), ("address", "神奈川県相模原市南区相模大野6-3-19"),
              ("phone", "090-8173-2264"), ("email", "keigo.tsuzuki.vintage@gmail.com")])

add(key="B-H9", expect="hold", kind="list.consignees", writer="河野", loc="attachment",
    why="CSV attachment lists private EC buyers with names, home addresses and phones for a last-mile courier; body harmless.",
    frm=KONO,
    to=["スカイライン宅配 法人営業 宮田様 <miyata@skyline-takuhai.example.jp>"],
    subject="越境EC小口貨物 配達先データ（ULD 3件分）",
    text=f"""宮田様

お世話になっております。港南通関の河野です。
本日許可となった越境EC小口貨物の配達先データをお送りします。
明日午前の引取りでお願いいたします。

件数：5件（本日許可分の全件です）

河野
港南通関株式会社 国際業務課 045-628-3325""",
    attachments=[{"filename": "delivery_20250626.csv", "contentType": "text/csv",
                  "text": """HAWB,氏名,郵便番号,住所,電話,品名
HK88120341,村井 美咲,157-0062,東京都世田谷区南烏山5-21-8-203,080-4412-9036,化粧品
HK88120342,遠藤 拓海,330-0063,埼玉県さいたま市浦和区高砂2-9-11,090-1178-6624,スマートフォンケース
HK88120343,高野 ひとみ,273-0005,千葉県船橋市本町3-30-2-701,070-5590-1873,衣類
HK88120344,周 静,169-0073,東京都新宿区百人町1-18-6-402,080-2267-4418,健康食品
HK88120345,森田 悠真,214-0014,神奈川県川崎市多摩区登戸2781-5,090-3349-0752,イヤホン
"""}],
    personal=[("name", "村井 美咲"), ("address", "東京都世田谷区南烏山5-21-8-203"), ("phone", "080-4412-9036"),
              ("name", "周 静"), ("phone", "080-2267-4418")])

add(key="B-H10", expect="hold", kind="sensitive.criminal", writer="河野", loc="body",
    why="Tells an overseas shipper that a named employee of the consignee was referred to prosecutors for a Customs Act violation (criminal proceedings).",
    frm=KONO,
    to=["Export Compliance <compliance@greenleaf-tools.example.com>"],
    subject="Re: Status of shipments to Daiei Hardware",
    text=f"""Dear Mr. Hoffmann,

Thank you for your patience. I can now share what we know.

Yokohama Customs completed its investigation into the undervalued invoices.
Mr. Ryota Kanazawa, the purchasing manager of Daiei Hardware who arranged
the second set of invoices, was referred to the public prosecutors last week
on suspicion of violating the Customs Act (false declaration). Daiei Hardware
itself has not been charged so far.

Until the case is closed we are not able to file new declarations for Daiei
Hardware as the importer of record. The two containers now at Honmoku will
stay under customs control. Please hold any further shipments for the time being.

I will update you as soon as we hear more from Customs.

{SIG_KONO}

> Misaki,
> We still have no news about the two containers. Can you please tell us what is going on?
> Jens Hoffmann, Export Compliance, Greenleaf Tools GmbH""",
    personal=[("name", "Mr. Ryota Kanazawa"), ("criminal", "referred to the public prosecutors")])

# ---------------------------------------------------------------- passes
add(key="B-P1", expect="pass", kind="benign.tracking_numbers", writer="松浦", loc=None,
    why="Two 12-digit Yamato tracking numbers (one of them happens to pass the マイナンバー check digit); ordinary shipping notice.",
    frm=MATSUURA,
    to=["株式会社ベルデ 輸入チーム 小川様 <ogawa@verde-import.example.com>"],
    subject="見本品・原産地証明書原本の発送について",
    text=f"""株式会社ベルデ
小川様

お世話になっております。港南通関の松浦です。

昨日お電話でお話ししました件、下記のとおり宅急便で発送いたしました。

　① 見本品（オリーブオイル 250ml×2本）
　　送り状番号：3709-0709-5845
　② 原産地証明書（EUR.1）原本・インボイス原本
　　送り状番号：8218-7499-8313

いずれも明日午前中の到着予定です。②は EPA 税率適用の事後確認で
税関から提出を求められる可能性がありますので、5年間保管をお願いいたします。

{SIG_MATSUURA}""",
    personal=None)

add(key="B-P2", expect="pass", kind="benign.tracking_numbers", writer="大石", loc=None,
    why="12-digit Yamato tracking numbers for returned documents; one passes the マイナンバー check digit by chance. Not an ID.",
    frm=OISHI,
    to=["しおかぜ社会保険労務士事務所 東様 <azuma@shiokaze-sr.example.jp>"],
    subject="書類返送のご連絡",
    text=f"""東様

お世話になっております。港南通関の大石です。
お預かりしていた算定基礎届の控えと、労働保険の申告書控えを返送いたしました。

　宅急便　387509772403（算定基礎届 控え一式）
　宅急便　451864975796（労働保険 年度更新 控え）

明後日の午前着の予定です。到着しましたらご一報いただけますと幸いです。

{SIG_OISHI}""",
    personal=None)

add(key="B-P3", expect="pass", kind="benign.corporate_number", writer="松浦", loc=None,
    why="法人番号, 輸入者コード and NACCS codes of a corporate client; no personal identifiers.",
    frm=MATSUURA,
    to=["株式会社ミナトワイン 管理部 坂口様 <sakaguchi@minato-wine.example.jp>"],
    subject="Re: 輸入者コード取得の件",
    text=f"""坂口様

ご連絡ありがとうございます。港南通関の松浦です。

輸入者コードの申請にあたり、いただいた情報を以下のとおり整理しました。
内容に相違がなければ、当社で代理申請いたします。

　法人名　　　：株式会社ミナトワイン
　法人番号　　：6020001078342
　所在地　　　：横浜市中区海岸通三丁目9番 みなとビル5F
　代表電話　　：045-211-6040
　希望輸入者コード：法人番号を使用（新規の輸入者符号は不要）
　酒類販売業免許：横浜中税務署 第10-214号

なお、酒税の納税申告は輸入申告と同時に行いますので、
輸入者の方で別途の手続きは不要です。

{SIG_MATSUURA}

> 松浦様
> 来月から自社名義での輸入を始めたいと考えております。
> 輸入者コードの取得について教えてください。
> 株式会社ミナトワイン 坂口""",
    personal=None)

add(key="B-P4", expect="pass", kind="benign.corporate_account", writer="河野", loc=None,
    why="Invoice mail to an overseas agent with the broker's own corporate account and SWIFT code.",
    frm=KONO,
    to=["Accounts Payable <ap@pacifica-logistics.example.com>"],
    subject="Invoice KT-INV-2506-0418 - clearance charges (MBL PCFL25060077)",
    text=f"""Dear Accounts Payable team,

Please find our invoice details for the clearance of MBL PCFL25060077 below.
The PDF invoice was sent by post as well.

  Invoice no. : KT-INV-2506-0418
  Amount      : JPY 184,250 (customs clearance, duty advance, handling)
  Due date    : 31 July 2025

Remittance details (new bank from 1 July 2025):
  Beneficiary : KONAN TSUKAN CO., LTD.
  Bank        : Mizunami Bank, Ltd., Yokohama Branch
  SWIFT       : MZNAJPJTXXX
  Account no. : 0713325 (current account)
  Bank address: 1-1 Honcho, Naka-ku, Yokohama, Japan

Please make sure that all bank charges outside Japan are borne by the remitter.

{SIG_KONO}""",
    personal=None)

add(key="B-P5", expect="pass", kind="benign.quarantine_terms", writer="松浦", loc=None,
    why="'隔離' and 'ウイルス感染' refer to plant quarantine of imported bulbs; no person involved.",
    frm=MATSUURA,
    to=["横浜フレッシュ青果 輸入担当 松田様 <matsuda@yokohama-fresh.example.jp>"],
    subject="チューリップ球根の隔離栽培検疫について",
    text=f"""松田様

いつもお世話になっております。港南通関の松浦です。

ご相談のありましたオランダ産チューリップ球根ですが、横浜植物防疫所に確認したところ、
今回の品種は輸入時の検査に加えて「隔離栽培」が必要となる対象でした。

　・隔離栽培の期間：植付けから約1年間（指定の隔離圃場で栽培）
　・確認対象：ウイルス感染の有無（特に TBV 等）
　・圃場の指定：国の隔離圃場または、要件を満たす自社圃場
　・手続き：輸入前に隔離栽培の申請が必要（約1か月前まで）

感染が確認された場合は、その株は廃棄となります。
切り花用の球根として輸入する場合の取扱いも含め、来週一度ご説明に伺えればと思います。

{SIG_MATSUURA}""",
    personal=None)

add(key="B-P6", expect="pass", kind="benign.plain_zip", writer="河野", loc=None,
    why="Ordinary unencrypted zip of shipping documents (B/L, invoice, packing list) for a corporate shipment.",
    frm=KONO,
    to=["Sarah Lindqvist <slindqvist@nordic-interiors.example.com>"],
    subject="Shipping documents for your review - INV NI-25-0347",
    text=f"""Dear Sarah,

Attached is a zip with the draft documents for the next shipment (no password).
Please check in particular the HS codes on the packing list; we suggest
9403.60 for the oak sideboards instead of 9403.90.

Container: TGHU8834120 (40'HC), vessel ONE HARMONY V.025E, ETA Yokohama 14 July.

{SIG_KONO}""",
    attachments=[{"filename": "NI-25-0347_docs.zip", "contentType": "application/zip",
                  "text": """NI-25-0347_docs.zip
├ BL_draft_NIDK250347.pdf : Shipper NORDIC INTERIORS A/S, Consignee SUNRISE KAGU CO., LTD., Container TGHU8834120, 42 packages
├ Invoice_NI-25-0347.pdf  : 24 oak sideboards, 18 dining tables, EUR 38,460.00 FOB Aarhus
└ PackingList_NI-25-0347.xlsx : item, HS code, qty, gross weight (kg)
    SB-OAK-180  9403.60  24  1,920
    DT-OAK-220  9403.60  18  1,530
"""}],
    personal=None)

add(key="B-P7", expect="pass", kind="benign.it_malware", writer="松浦", loc=None,
    why="'感染' and '隔離' refer to a malware-infected PC; warning to one client, no personal data.",
    frm=MATSUURA,
    to=["丸和トレーディング 物流課 戸田様 <toda@maruwa-trading.example.jp>"],
    subject="【注意喚起】当社を装った不審メールについて",
    text=f"""戸田様

いつもお世話になっております。港南通関の松浦です。

本日午前、当社の業務用PC 1台がマルウェア（Emotet 亜種）に感染した疑いがあり、
直ちにネットワークから隔離いたしました。現在、外部の専門業者が調査中です。

感染したPCのメールソフトから取引先のアドレスが抜き取られた可能性があり、
当社の担当者名をかたった「請求書送付」「関税納付のお願い」等の件名のメールが
届くおそれがございます。

　・送信元アドレスのドメインが konan-tsukan.example.jp でないもの
　・パスワード付きZIPやOffice文書のマクロ有効化を求めるもの
はいずれも開封せず、削除していただきますようお願いいたします。

ご迷惑をおかけし、誠に申し訳ございません。調査結果は改めてご報告いたします。

{SIG_MATSUURA}""",
    personal=None)

add(key="B-P8", expect="pass", kind="benign.successor", writer="河野", loc=None,
    why="Successor introduction to an overseas agent; business contact details only.",
    frm=KONO,
    to=["Daniel Wong <daniel.wong@pacifica-logistics.example.com>"],
    cc=["Kaito Sugimoto <sugimoto.kaito@konan-tsukan.example.jp>"],
    subject="Introducing my successor - Kaito Sugimoto",
    text=f"""Dear Daniel,

I hope this email finds you well.

I am writing to let you know that I will be transferring to our Kobe office
from 1 August, where I will help set up our new air-freight team.

From that date, your account will be handled by my colleague Kaito Sugimoto
(cc'd). Kaito has been with our international team for five years and has
worked on most of your Yokohama imports behind the scenes, so the handover
should be smooth.

  Kaito Sugimoto
  International Operations, Yokohama
  Tel +81-45-628-3327
  sugimoto.kaito@konan-tsukan.example.jp

It has been a real pleasure working with you over the past four years -
especially during the port congestion in 2022. I hope we can meet again
when you next visit Japan.

Warm regards,
Misaki

{SIG_KONO}""",
    personal=None)

add(key="B-P9", expect="pass", kind="benign.lookalike_names", writer="松浦", loc=None,
    why="Katakana wine names (ソフィア, イザベル, ハルナ) and company names containing surnames, with JAN codes; no persons.",
    frm=MATSUURA,
    to=["株式会社ミナトワイン 物流 坂口様 <sakaguchi@minato-wine.example.jp>"],
    subject="食品届 品目リストの確認（7月入港分）",
    text=f"""坂口様

お世話になっております。港南通関の松浦です。
7月入港分の食品等輸入届出に載せる品目を、下記のとおり整理しました。
前回の届出と同一の品目は、継続届出として扱います。

　品名（日本語表示名）　　　　　　　 製造者　　　　　　　　　JAN
　ソフィア ロゼ 2023　　　　　　　　 Bodegas Herrera S.L.　　4901234567894
　イザベル シャルドネ 2022　　　　　 Domaine Lefèvre　　　　 4562108433211
　ハルナ スパークリング（新規）　　　 Cantina Rossi S.r.l.　 4902788015541

販売先として記載いただいた「株式会社田村酒店」「佐々木酒販株式会社」は、
届出には不要ですので削除しております。
ハルナ スパークリングは新規のため、原材料表と製造工程表をお送りください。

{SIG_MATSUURA}""",
    personal=None)

add(key="B-P10", expect="pass", kind="benign.project_cc", writer="松浦", loc=None,
    why="Inspection scheduling with six visible addresses from two organisations (client and own company); no personal data.",
    frm=MATSUURA,
    to=["東邦機工 資材部 杉浦様 <sugiura@toho-kiko.example.co.jp>",
        "東邦機工 品質保証部 大塚様 <otsuka@toho-kiko.example.co.jp>",
        "東邦機工 物流 内田様 <uchida@toho-kiko.example.co.jp>"],
    cc=["通関部 石原 <ishihara@konan-tsukan.example.jp>", "営業部 堀内 <horiuchi@konan-tsukan.example.jp>",
        "通関部 大橋 <ohashi@konan-tsukan.example.jp>"],
    subject="税関検査（開披検査）立会いの日程について",
    text=f"""東邦機工株式会社
杉浦様、大塚様、内田様

お世話になっております。港南通関の松浦です。

先週申告した工作機械部品（コンテナ MSKU6041276）について、
税関から開披検査の指示がありました。
下記の日程で立会いをお願いできますでしょうか。

　日時：7月2日（水）10:00～（所要約2時間）
　場所：本牧ふ頭 D-5 税関検査場
　持参：カタログ、図面（部品番号 TK-4410 系）、技術資料

当社からは石原と私が立ち会います。
技術的な質問が出る可能性がありますので、可能であれば品質保証部の大塚様にも
お越しいただけますと助かります。

{SIG_MATSUURA}""",
    personal=None)
