"""Org D: 潮見マリンマネジメント株式会社 乗組員管理部 (shipping company crew management; English and Japanese)."""
from common import mail, addr, att, P, quote, csv, mynumber

ORG = "D"
DOM = "shiomi-marine.example.co.jp"

W = {
    "ishida": {
        "key": "ishida", "name": "石田 亮 (Ryo Ishida)", "email": f"r.ishida@{DOM}",
        "sig": """Best regards / よろしくお願いいたします。
_____________________________________
Ryo ISHIDA（石田 亮）
Crew Manager, Crew Management Dept.
潮見マリンマネジメント株式会社 乗組員管理部 課長
Shiomi Marine Management Co., Ltd.
9-9 Kaigan-dori, Chuo-ku, Kobe 650-0000 Japan
Tel +81-78-0000-6120 / Mobile +81-90-0000-4418
24h Emergency +81-78-0000-6199
https://www.shiomi-marine.example.co.jp/
_____________________________________""",
    },
    "nakajima": {
        "key": "nakajima", "name": "Eri Nakajima", "email": f"crewing@{DOM}",
        "sig": """Kind regards,
Eri Nakajima
Crewing Coordinator | Shiomi Marine Management Co., Ltd.
Direct +81-78-0000-6124 | crewing@shiomi-marine.example.co.jp""",
    },
    "kubo": {
        "key": "kubo", "name": "久保 信也", "email": f"kubo@{DOM}",
        "sig": """------------------------------
潮見マリンマネジメント株式会社
乗組員管理部 労務グループ　久保 信也
TEL 078-0000-6130　FAX 078-0000-6139
------------------------------""",
    },
}


def build():
    ish, nak, kub = W["ishida"], W["nakajima"], W["kubo"]
    out = []

    def m(writer, *a, **k):
        out.append(mail(ORG, writer, *a, **k))

    # ------------------------------------------------------------ holds: body
    m(nak, "hold", "id.passport_and_seamans_book",
      "Passport and seaman's book numbers with date of birth of a named seafarer are sent in the body to a manning agency.",
      "body",
      [addr("Bayanihan Crew Services – Documentation", "docs@bayanihan-crew.example.ph")],
      "MV Shiomi Star – visa application for joining crew (Busan, 18 July)",
      f"""Dear Documentation Team,

Good day.

For the crew change at Busan on 18 July, the Korean agent needs the following details
for the C-1 crew visa application. Please double-check against the original documents
and confirm by return.

Name: DELA CRUZ, Mark Anthony Reyes
Rank: 3rd Engineer
Date of birth: 14 February 1992
Passport No.: P4471026B (expiry 03 Mar 2031)
Seaman's Book No.: C0298814 (expiry 11 Nov 2028)

The flight booking (Manila – Busan, 16 July) will follow from our travel desk.

{nak['sig']}""",
      personal=[P("name", "DELA CRUZ, Mark Anthony Reyes"), P("birthdate", "14 February 1992"),
                P("passport_no", "P4471026B"), P("seamans_book_no", "C0298814")])

    m(ish, "hold", "sensitive.crew_injury_to_pandi",
      "A named crew member's injury, diagnosis and hospital admission are reported in the body to the P&I correspondent.",
      "body",
      [addr("Formosa P&I Correspondents – Claims", "claims@formosa-pandi.example.com.tw")],
      cc=[addr("Eri Nakajima", f"crewing@{DOM}")],
      subject="MV Shiomi Breeze – crew injury at Kaohsiung / P&I notification",
      text=f"""Dear Sirs,

We are the managers of MV Shiomi Breeze (IMO 9783412), entered with Kobe Mutual P&I.
Please note the following crew injury and kindly assist the Master and the local agent.

Crew member: Oiler Jomar B. VILLANUEVA (Filipino, 34)
Date/time: 2 July 2024, approx. 14:20 LT, at Kaohsiung berth 68
Circumstances: slipped on the engine-room ladder while carrying spare parts.
Diagnosis (Kaohsiung Harbour Hospital): fractures of the 6th and 7th left ribs with a small
pneumothorax; admitted for observation, expected 5–7 days.

The vessel is scheduled to sail on 3 July. Please arrange a guarantee of payment to the
hospital and a hotel for the crew member after discharge, pending repatriation.

{ish['sig']}""",
      personal=[P("name", "Jomar B. VILLANUEVA"),
                P("diagnosis", "fractures of the 6th and 7th left ribs")])

    mn1 = mynumber("27461590383")
    mn2 = mynumber("60195837214")
    m(kub, "hold", "id.mynumber_seafarer_insurance",
      "船員保険の資格取得手続のため、日本人船員2名のマイナンバーと基礎年金番号を社労士事務所に本文で送っている。",
      "body",
      [addr("みなと社会保険労務士事務所 藤本様", "fujimoto@minato-sr.example.jp")],
      "船員保険 資格取得届の作成依頼（7月乗船 2名）",
      f"""みなと社会保険労務士事務所
藤本 様

いつもお世話になっております。潮見マリンマネジメントの久保です。
7月から雇入れとなる日本人船員2名について、船員保険・厚生年金の資格取得届の作成をお願いいたします。

1. 中村 航平（なかむら こうへい）
　生年月日：1998年5月21日
　職名：二等航海士　雇入日：2024年7月8日
　個人番号：{mn1}
　基礎年金番号：1234-567890

2. 坂本 陸（さかもと りく）
　生年月日：2001年10月3日
　職名：機関員　雇入日：2024年7月8日
　個人番号：{mn2}
　基礎年金番号：2345-678901

給与額（報酬月額）は、雇入契約書の写しと一緒に明日郵送いたします。
どうぞよろしくお願いいたします。

{kub['sig']}""",
      personal=[P("name", "中村 航平"), P("mynumber", mn1), P("pension_no", "1234-567890"),
                P("name", "坂本 陸"), P("mynumber", mn2), P("pension_no", "2345-678901")])

    # ------------------------------------------------------------ holds: attachment only
    crewlist = csv([
        ["No", "Family name", "Given names", "Rank", "Nationality", "Date of birth", "Place of birth", "Passport No", "Passport expiry"],
        [1, "YAMAGUCHI", "Tetsuya", "Master", "Japanese", "1969-08-12", "Imabari", "TZ1048827", "2029-04-30"],
        [2, "SANTOS", "Rodel Manalo", "Chief Officer", "Filipino", "1981-03-05", "Iloilo", "P3381920A", "2030-09-14"],
        [3, "REYES", "Christopher Dizon", "2nd Officer", "Filipino", "1988-11-22", "Cebu", "P5902214B", "2031-01-08"],
        [4, "NGUYEN", "Van Hai", "Chief Engineer", "Vietnamese", "1976-06-30", "Hai Phong", "C7734512", "2028-12-02"],
        [5, "BAUTISTA", "Jerome Cruz", "Bosun", "Filipino", "1984-01-17", "Batangas", "P2210487A", "2029-07-21"],
        [6, "TRAN", "Minh Duc", "Oiler", "Vietnamese", "1995-09-09", "Nam Dinh", "C8820931", "2030-03-15"],
    ])
    m(nak, "hold", "list.crew_list_to_port_agent",
      "The attached crew list gives each crew member's name, date and place of birth and passport number to a port agent.",
      "attachment",
      [addr("Straits Maritime Agency – Husbandry", "husbandry@straits-maritime.example.sg")],
      "MV Shiomi Star – crew list for Singapore arrival (ETA 24 July)",
      f"""Dear Husbandry Team,

Please find attached the crew list (FAL Form 5 data) for MV Shiomi Star, ETA Singapore
24 July 0600 LT, for your pre-arrival submission to the MPA and ICA.

Please note:
- No crew change is planned at this call.
- Two crew members will need shore leave passes for a dental appointment; the Master
  will contact you directly with the details.
- Provisions and fresh water as per the Master's requisition sent yesterday.

Please acknowledge receipt.

{nak['sig']}""",
      attachments=[att("ShiomiStar_CrewList_SGP_0724.csv", crewlist)],
      personal=[P("name", "SANTOS,Rodel Manalo"), P("passport_no", "P3381920A"), P("birthdate", "1981-03-05"),
                P("name", "NGUYEN,Van Hai"), P("passport_no", "C7734512"), P("passport_no", "P2210487A")])

    medical = """船員健康証明書（船員法第83条）　写し

氏名：西村 大地　　生年月日：1987年2月9日（37歳）
職名：一等機関士
検査実施日：2024年6月18日　指定医：神戸みなと海員診療所 医師 小林 正

判定：合格（条件付き）
所見：
・血圧 162/104 mmHg（高血圧症、降圧薬内服中）
・HbA1c 7.8%（2型糖尿病、経口血糖降下薬の内服継続を要す）
・視力・色覚・聴力：異常なし
条件：航海中も服薬を継続し、6か月後に再検査を受けること。
"""
    m(ish, "hold", "sensitive.seafarer_medical_certificate_attachment",
      "船主に、船員の健康証明書（高血圧・糖尿病の所見と条件付き合格）の写しを添付で送っている。",
      "attachment",
      [addr("瀬戸内汽船 海務部 岡本様", "okamoto@setouchi-kisen.example.co.jp")],
      "一等機関士 交代要員の健康証明書（写し）",
      f"""瀬戸内汽船株式会社
海務部　岡本 様

いつもお世話になっております。潮見マリンマネジメントの石田です。
MV Shiomi Breezeの一等機関士の交代要員について、貴社の配乗基準に基づき、
健康証明書の写しを添付にてお送りします。

判定は合格ですが、条件が付いておりますので内容をご確認ください。
問題がなければ、7月20日の高雄での乗船で手配を進めます。

{ish['sig']}""",
      attachments=[att("健康証明書_1E交代要員.pdf", medical)],
      personal=[P("name", "西村 大地"), P("birthdate", "1987年2月9日"),
                P("health", "高血圧症、降圧薬内服中"), P("health", "2型糖尿病")])

    # ------------------------------------------------------------ holds: quoted / forwarded
    master = """From: Master MV Shiomi Star <master.shiomistar@shiomi-marine.example.co.jp>
Sent: 11 July 2024 02:47
To: Crew Management Dept.
Subject: Incident report – AB ashore Busan

Good day Sir,

Regret to inform that AB Renato C. SALAZAR did not return from shore leave last night.
At 0130 LT the agent informed that he was arrested by Busan police after a fight in a bar
near the port and has been charged with assault causing injury.
He remains in police custody. The vessel is scheduled to sail at 1800 LT today.

Capt. T. Yamaguchi
Master, MV Shiomi Star"""
    m(ish, "hold", "sensitive.crew_arrest_in_quote",
      "The reply quotes the Master's report naming a seafarer who was arrested and charged with assault, and sends it to the manning agency.",
      "quoted",
      [addr("Bayanihan Crew Services – Operations", "ops@bayanihan-crew.example.ph")],
      "Fw: Incident report – AB ashore Busan / urgent replacement",
      f"""Dear Ops Team,

Please see the Master's report below.
We need a replacement AB to join MV Shiomi Star at Busan before 1700 LT today if at all
possible; otherwise at the next port (Ulsan, 13 July).

Our P&I correspondent in Busan is following the matter with the local lawyer.
Please do not contact the family until we have spoken with you by phone.

{ish['sig']}

-----Original Message-----
{master}""",
      personal=[P("name", "Renato C. SALAZAR"), P("criminal", "arrested by Busan police"),
                P("criminal", "charged with assault causing injury")])

    family = """----- Forwarded Message -----
差出人：高橋 誠 <makoto.takahashi.ce@gmail.com>
送信日時：2024年6月24日 20:15
件名：社宅入居の件

久保さん

お世話になっております。機関長の高橋です。
下船後の社宅入居について、家族の情報をお送りします。

入居者：
・高橋 誠（本人）1972年8月5日生
・高橋 由紀子（妻）1975年12月19日生　パート勤務
・高橋 陽向（長男）2010年4月2日生　中学2年
・高橋 美羽（長女）2014年9月28日生　小学4年
現住所：兵庫県明石市大久保町0-12-3
緊急連絡先（妻携帯）：090-0000-8154

長女に軽い喘息があるので、できれば日当たりのよい部屋を希望します。"""
    m(kub, "hold", "personal.family_data_for_housing_forward",
      "社宅の手配で、船員本人と家族全員の氏名・生年月日・住所・電話を含むメールを不動産管理会社に転送している。",
      "quoted",
      [addr("ハーバー不動産管理 法人営業部 今井様", "imai@harbor-fudosan.example.co.jp")],
      "Fwd: 社宅入居の件（7月下旬入居希望）",
      f"""ハーバー不動産管理株式会社
法人営業部　今井 様

いつもお世話になっております。潮見マリンマネジメントの久保です。
社宅の入居希望が1件ありましたので、下記のとおり転送いたします。
7月下旬入居で、3LDKの空き物件をご提案いただけますでしょうか。
契約は法人契約（借上げ社宅）で、従来どおりの条件でお願いします。

{kub['sig']}

{family}""",
      personal=[P("name", "高橋 誠"), P("email", "makoto.takahashi.ce@gmail.com"), P("name", "高橋 由紀子"),
                P("birthdate", "2010年4月2日生"), P("address", "兵庫県明石市大久保町0-12-3"),
                P("phone", "090-0000-8154"), P("health", "長女に軽い喘息")])

    # ------------------------------------------------------------ hold: subject only
    m(nak, "hold", "sensitive.tuberculosis_in_subject",
      "The subject names a seafarer and states he tested positive for tuberculosis; the body avoids the name but the subject carries it.",
      "subject",
      [addr("Straits Maritime Agency – Crew Change", "crewchange@straits-maritime.example.sg")],
      "Crew change – AB Reynaldo M. Dizon positive for tuberculosis, sign-off at Singapore",
      f"""Dear Crew Change Team,

Further to the subject, the company doctor has advised that the crew member should sign
off at Singapore on arrival (MV Shiomi Star, ETA 24 July) and be repatriated to Manila.

Please arrange:
- medical escort from the vessel to the clinic appointed by the P&I club
- isolation room at the clinic until the fitness-to-travel assessment
- repatriation flight after clearance

A relief AB will join from Manila on 25 July; details will follow from our office.

{nak['sig']}""",
      personal=[P("name", "Reynaldo M. Dizon"), P("health", "positive for tuberculosis")])

    # ------------------------------------------------------------ hold: zip (plain, data inside)
    certs = csv([
        ["Name", "Rank", "Date of birth", "Passport No", "Seaman's Book No", "CoC No", "CoC expiry"],
        ["SANTOS Rodel Manalo", "C/O", "1981-03-05", "P3381920A", "C0187734", "COC-CO-0048812", "2027-05-31"],
        ["REYES Christopher Dizon", "2/O", "1988-11-22", "P5902214B", "C0220918", "COC-OO-0071254", "2026-10-15"],
        ["NGUYEN Van Hai", "C/E", "1976-06-30", "C7734512", "VN-SB-338120", "COC-CE-VN-2211", "2028-02-28"],
        ["TRAN Minh Duc", "Oiler", "1995-09-09", "C8820931", "VN-SB-401876", "-", "-"],
    ])
    m(ish, "hold", "id.passports_in_plain_zip",
      "The unencrypted zip contains a CSV with crew members' passport and seaman's book numbers and dates of birth, sent to an outside inspector.",
      "zip",
      [addr("Capt. Liam O'Connell – Vetting Inspector", "l.oconnell@bluewater-vetting.example.com")],
      "MV Shiomi Star – crew certificates for SIRE inspection (zip)",
      f"""Dear Capt. O'Connell,

Thank you for confirming the SIRE inspection on board MV Shiomi Star at Singapore anchorage
on 25 July.

As requested, please find the crew certificate matrix in the attached zip file, so that
you can check the officers' certificates of competency before boarding.

The vessel's particulars questionnaire (VPQ) has been updated on the OCIMF portal.

{ish['sig']}""",
      attachments=[att("ShiomiStar_crew_docs.zip/crew_certificates.csv", certs)],
      personal=[P("name", "SANTOS Rodel Manalo"), P("passport_no", "P5902214B"), P("seamans_book_no", "C0187734"),
                P("birthdate", "1995-09-09")])

    # ------------------------------------------------------------ hold: recipients
    agencies = [
        addr("Bayanihan Crew Services", "ops@bayanihan-crew.example.ph"),
        addr("Visayas Maritime Manning", "crewing@visayas-manning.example.ph"),
        addr("Haiphong Seafarers JSC", "crew@haiphong-seafarers.example.vn"),
        addr("Straits Maritime Agency", "crewchange@straits-maritime.example.sg"),
        addr("Busan Port Agency", "ops@busan-portagency.example.kr"),
        addr("Formosa Shipping Agency", "agency@formosa-shipping.example.com.tw"),
        addr("Gulf Harbour Agencies", "ops@gulf-harbour.example.ae"),
        addr("Rotterdam Crew Logistics", "crew@rtm-crewlogistics.example.nl"),
        addr("Santos Port Services", "agency@santos-portservices.example.com.br"),
        addr("Mumbai Marine Manning", "manning@mumbai-marine.example.in"),
        addr("Pacific Travel Desk", "marine@pacific-traveldesk.example.com"),
        addr("Kobe Seamen's Clinic", "info@kobe-seamens-clinic.example.jp"),
    ]
    m(ish, "hold", "recipients.agencies_visible_in_to",
      "A circular is sent with 12 outside agencies and partners from different companies all visible in To instead of BCC.",
      "recipients",
      agencies,
      "Circular 2024-07: updated crew change procedure (effective 1 August)",
      f"""Dear Partners,

Please note that our crew change procedure will be updated from 1 August 2024.

1. Crew change requests must be sent at least 10 days before ETA (previously 7 days).
2. Joining crew must carry a negative PCR result only where the port state requires it;
   please check the latest port requirements.
3. All travel bookings are to be made through our travel desk only.
4. Invoices must quote the vessel name and our PO number.

The revised procedure (CMD-PR-07 Rev.5) is available on our partner portal:
https://partners.shiomi-marine.example.co.jp/docs/

Thank you for your continued support.

{ish['sig']}""")

    # ------------------------------------------------------------ passes
    m(nak, "pass", "benign.crew_change_plan_imo_numbers",
      "Crew change planning with vessel names, IMO numbers and PO numbers only; no personal data of crew.",
      None,
      [addr("Busan Port Agency – Ops", "ops@busan-portagency.example.kr")],
      "MV Shiomi Star (IMO 9791045) – crew change plan Busan 18 July",
      f"""Dear Ops Team,

Please find the crew change plan for MV Shiomi Star (IMO 9791045), Voy. 24-07E.

ETA Busan: 18 July 0700 LT / ETD: 19 July 1600 LT
Berth: Sinseondae Terminal, berth 3 (tbc)
Off-signers: 4 (2 officers, 2 ratings) – flights to Manila on 19 July
On-signers: 4 – arriving Gimhae Airport on 17 July, hotel 1 night
PO number: SMM-PO-240712-031

Names and documents will be sent via the agency portal, not by email.
Please confirm the launch boat schedule and the immigration appointment time.

{nak['sig']}

> Dear Eri,
> Noted the vessel's ETA. Please advise the number of on/off signers and the PO no.
> Busan Port Agency – Ops""")

    m(ish, "pass", "benign.successor_introduction_owner",
      "担当交代の挨拶で、社員の氏名と会社の連絡先のみ。",
      None,
      [addr("瀬戸内汽船 海務部 岡本様", "okamoto@setouchi-kisen.example.co.jp")],
      "担当者交代のご挨拶（乗組員管理部）",
      f"""瀬戸内汽船株式会社
海務部　岡本 様

いつも大変お世話になっております。潮見マリンマネジメントの石田です。
このたび、8月1日付で私がシンガポール事務所へ赴任することとなり、
貴社船の配乗ご担当を、後任の松田 健太郎に引き継ぐことになりました。

　後任：乗組員管理部 主任　松田 健太郎
　メール：k.matsuda@shiomi-marine.example.co.jp
　電話：078-0000-6126

松田は一等航海士として乗船経験があり、貴社船にも2019年に乗船しておりました。
7月中に松田と一緒にご挨拶に伺いたく存じます。ご都合のよい日時をお知らせください。

{ish['sig']}""",
      cc=[addr("松田 健太郎", f"k.matsuda@{DOM}")])

    m(kub, "pass", "benign.corporate_swift_remittance",
      "配乗代理店の法人口座（SWIFT付き）への送金連絡で、個人の口座ではない。",
      None,
      [addr("Bayanihan Crew Services – Accounts", "accounts@bayanihan-crew.example.ph")],
      "Remittance advice – June manning fee / 6月分 配乗手数料の送金",
      f"""Dear Accounts Team,

Please be advised that we have remitted the June manning fee today.

Invoice No.: BCS-INV-2406-118
Amount: USD 18,450.00
Beneficiary: Bayanihan Crew Services Inc.
Bank: Metro Pacific Bank, Ermita Branch
Account No.: 0123-4567-89
SWIFT: MPBKPHMMXXX
Value date: 28 June 2024

Kindly confirm receipt.

（社内用メモ：6月分の配乗手数料、法人口座宛て。経理課に控え送付済み）

{kub['sig']}""")

    m(nak, "pass", "benign.vaccination_schedule_aggregate",
      "Yellow-fever vaccination requirements and clinic schedule for a port call, without naming any crew member.",
      None,
      [addr("Visayas Maritime Manning – Medical", "medical@visayas-manning.example.ph")],
      "Yellow fever vaccination for joining crew – Santos call in September",
      f"""Dear Medical Team,

MV Shiomi Breeze will call at Santos, Brazil in mid-September. For the crew joining in
Manila in August, please ensure the following:

- Yellow fever vaccination at least 10 days before departure (ICV booklet required)
- Current status on board: 14 of 20 crew already hold valid certificates;
  6 joining crew will need vaccination
- Suggested clinic dates: 5, 7 or 12 August at your accredited clinic

Please send us only the number of crew vaccinated and the dates; the certificates
themselves should be carried by each crew member and checked by the Master.

{nak['sig']}""")

    m(ish, "pass", "benign.malware_ship_office_pc",
      "「感染」「隔離」は船内事務用PCのランサムウェアの話で、人の健康情報ではない。",
      None,
      [addr("オーシャンネット保守センター", "support@oceannet-it.example.co.jp")],
      "【至急】MV Shiomi Breeze 船内事務PC ランサムウェア感染の疑い",
      f"""オーシャンネット保守センター 御中

潮見マリンマネジメントの石田です。
本日、MV Shiomi Breezeの船長より、船内事務用PC（資産番号 SB-OFF-02）の画面に
身代金要求のメッセージが表示されたとの連絡がありました。

・発生：2024年7月9日 08:40（船内時間）
・対応：船長の判断でLANケーブルを抜き、船内ネットワークから隔離済み
・影響：航海計器・ECDISは別ネットワークのため影響なし（船長確認済み）
・VSAT経由の陸上との通信は、ブリッジのPCのみで継続中

感染経路の調査と復旧手順について、本日中にリモートでご支援いただけますでしょうか。
船長への連絡は私経由でお願いします。

{ish['sig']}""")

    m(ish, "pass", "benign.condolence_agency_founder",
      "Condolences on the publicly announced passing of a partner company's founder; no sensitive data about a private person is shared.",
      None,
      [addr("Visayas Maritime Manning – President", "president@visayas-manning.example.ph")],
      "Our deepest condolences",
      f"""Dear Mr. Aquino,

We were deeply saddened to learn of the passing of Capt. Ramon Aquino Sr., founder of
Visayas Maritime Manning.

Capt. Aquino was a respected figure in our industry, and our cooperation over the last
twenty years was built on the trust he established. Many of our senior officers began
their careers under his guidance.

On behalf of everyone at Shiomi Marine Management, please accept our heartfelt condolences.
Our Managing Director will attend the memorial service in Iloilo on 20 July.

{ish['sig']}""")

    m(kub, "pass", "benign.congratulations_new_vessel",
      "新造船の竣工祝いで、個人情報は含まれない。",
      None,
      [addr("瀬戸内汽船 代表取締役 村上様", "murakami@setouchi-kisen.example.co.jp")],
      "新造船「瀬戸内ひかり」竣工のお祝い",
      f"""瀬戸内汽船株式会社
代表取締役社長　村上 様

このたびは、新造船「瀬戸内ひかり」（IMO 9912047）の竣工、誠におめでとうございます。
7月5日の命名・引渡式には弊社からも役員2名が出席させていただき、
晴天のもと、立派な船体が進水する様子に一同感激しておりました。

乗組員の配乗につきましては、弊社が責任をもって務めさせていただきます。
本船の安全運航と、貴社のますますのご発展をお祈り申し上げます。

{kub['sig']}""")

    m(ish, "pass", "benign.drydock_project_six_recipients",
      "The drydock project mail has 6 visible addresses from 2 companies (shipyard and owner), below the recipients threshold.",
      None,
      [addr("Mr. Park – Project Manager", "park@hanbada-shipyard.example.kr"),
       addr("Ms. Choi – Docking Planner", "choi@hanbada-shipyard.example.kr"),
       addr("Mr. Lee – Hull Section", "lee@hanbada-shipyard.example.kr")],
      cc=[addr("岡本 (Setouchi Kisen)", "okamoto@setouchi-kisen.example.co.jp"),
          addr("藤田 (Setouchi Kisen)", "fujita@setouchi-kisen.example.co.jp"),
          addr("吉川 (Setouchi Kisen)", "yoshikawa@setouchi-kisen.example.co.jp")],
      subject="MV Shiomi Breeze – special survey drydock, crew arrangements",
      text=f"""Dear Mr. Park, Ms. Choi, Mr. Lee,
(cc: Setouchi Kisen – Mr. Okamoto, Mr. Fujita, Mr. Yoshikawa)

Thank you for the kick-off meeting yesterday. Regarding crew arrangements during the
special survey drydock (4–22 September):

1. Crew remaining on board: 12 (the rest will be repatriated on arrival)
2. Accommodation: crew will stay on board; please provide shore power from day 1
3. Galley: closed from 6 to 15 September – we will need meal service from the yard canteen
4. Safety: yard induction for all crew on 4 September, 1400 LT

Please confirm items 2 and 3 in the next progress meeting.

{ish['sig']}""")

    m(nak, "pass", "benign.contract_offer_to_self",
      "The contract offer is sent to the seafarer himself; his own data going to him is not a disclosure to a third party.",
      None,
      [addr("Joel P. Mendoza", "joel.mendoza.2e@gmail.com")],
      "Contract offer – 2nd Engineer, MV Shiomi Breeze",
      f"""Dear Mr. Mendoza,

Congratulations! Following your interview on 28 June, we are pleased to offer you the
position of 2nd Engineer on MV Shiomi Breeze.

- Contract period: 9 months (+/- 1 month)
- Expected joining: Kaohsiung, around 20 August 2024
- Basic wage: USD 2,850 per month, plus fixed overtime and leave pay as per the CBA
- Pre-joining medical: at our accredited clinic in Manila (Bayanihan will arrange)

Please reply to confirm your acceptance by 12 July. Your documents will be handled by
Bayanihan Crew Services; please do not send copies of your passport by email.

We look forward to having you on board.

{nak['sig']}""")

    m(kub, "pass", "benign.employment_verification_with_consent",
      "An employment verification with the seafarer's written consent that gives only dates of service and rank.",
      None,
      [addr("Loan Processing – Harbour Savings Bank", "loans@harbour-savings.example.ph")],
      "Employment verification – Mr. Arnel S. Castillo (with consent)",
      f"""Dear Sir/Madam,

At the request of Mr. Arnel S. Castillo, and with his written consent dated 1 July 2024
(copy held on file), we confirm the following:

- Mr. Castillo has served on vessels managed by Shiomi Marine Management Co., Ltd.
  since March 2016.
- His current rank is Chief Officer.
- His current contract runs until December 2024.

In accordance with our policy, we do not disclose salary or other personal details.
For any further information, please obtain a separate consent from Mr. Castillo.

Yours faithfully,

Shinya Kubo
Labour Affairs Group, Crew Management Dept.
Shiomi Marine Management Co., Ltd.
Tel +81-78-0000-6130""")

    return out
