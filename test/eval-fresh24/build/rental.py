from common import *

# ============================================================ HOLDS (rental)

M("hold", "id.license",
  "Rental applicant's profile (birth date, phone, income, employer) and driver's licence number sent to a rent-guarantee company.",
  IIZUKA, ["あんしん家賃保証 審査部 <shinsa@anshin-yachin.co.jp>"],
  "保証審査のお願い（パークサイド高砂 302号室）",
  """株式会社あんしん家賃保証
審査部　ご担当者様

いつもお世話になっております。すみれ不動産の飯塚です。
下記の方の保証審査をお願いいたします。申込書原本は本日FAXいたしました。

【物件】パークサイド高砂 302号室（1LDK）賃料 92,000円＋共益費 4,000円
【申込者】
　氏名：前川 亜美（マエカワ アミ）
　生年月日：1996年2月11日（29歳）
　現住所：東京都板橋区成増2-14-6 コーポ成増101
　携帯：080-4471-9035
　勤務先：株式会社ノースブリッジ（事務職・正社員、勤続4年）
　年収：約 380万円
　本人確認：運転免許証 第 302105487120 号（写しを添付します）
【緊急連絡先】前川 誠（父）048-772-3310

入居希望日が 7/1 のため、できれば今週中に結果をいただけると助かります。

""" + SIG_IIZUKA_JA,
  att=[A("免許証_表.jpg"), A("免許証_裏.jpg")],
  personal=[("name", "前川 亜美"), ("birthdate", "1996年2月11日"), ("address", "東京都板橋区成増2-14-6 コーポ成増101"),
            ("phone", "080-4471-9035"), ("license", "302105487120"), ("pay", "約 380万円"), ("name", "前川 誠")])

M("hold", "id.residence_card",
  "Foreign applicant's residence card number, status and income sent to a private landlord abroad, with a scan of the card.",
  IIZUKA_EN, ["David Lau <davidlau.hk@gmail.com>"],
  "Rental application for your unit – Urawa Central Tower 1105",
  """Dear Mr. Lau,

Good news – we have received an application for your unit 1105 at Urawa Central Tower (rent JPY 128,000 + management fee JPY 8,000, 2LDK).

Applicant: Mr. Nguyen Van Hieu
Nationality: Vietnam
Residence card no.: EK47291836HD
Status of residence: Engineer/Specialist in Humanities/International Services, valid until 15 March 2027
Employer: Nishiura Electronics Co., Ltd. (Saitama), system engineer, 4 years
Annual income: approx. JPY 4.6 million
Household: applicant and his wife
Desired move-in: 1 August

The guarantee company has pre-approved him. A copy of the front of his residence card is attached for your reference.
May we proceed with the contract? Please reply by Friday if possible, as he is also considering another unit.

Best regards,
""" + SIG_IIZUKA_EN,
  att=[A("residence_card_front_NguyenVH.jpg")],
  personal=[("name", "Mr. Nguyen Van Hieu"), ("idnumber", "EK47291836HD"), ("pay", "approx. JPY 4.6 million")],
  lang="en")

M("hold", "roster.tenants",
  "The attached CSV lists all tenants of a building with names and phone numbers, sent to a plumbing contractor.",
  SUGIURA, ["ミズタ設備 水田様 <mizuta@mizuta-setsubi.co.jp>"],
  "排水管高圧洗浄（ヴェルデ浦和）入居者様連絡先リスト",
  """有限会社ミズタ設備
水田様

いつもお世話になっております。すみれ不動産 管理課の杉浦です。
6/21（土）・22（日）の排水管高圧洗浄について、各戸への立会い日時の調整は
今回は御社から直接お電話いただく形でお願いできればと思います。

入居者様の連絡先と在宅の希望時間帯を添付にまとめましたのでご利用ください。
作業完了後はリストの破棄をお願いいたします。

""" + SIG_SUGIURA_JA,
  att=[A("ヴェルデ浦和_入居者連絡先.csv", """
号室,氏名,電話番号,希望日,希望時間帯,備考
101,佐々木 浩之,090-3318-2274,6/21,午前,
102,ジョナサン・リード,080-9904-1175,6/22,午後,英語対応希望
103,長谷部 真理,070-2218-4406,6/21,午後,
201,川上 慎也,090-6615-8841,どちらでも,午前,犬あり
202,大塚 美奈子,048-862-4473,6/22,午前,高齢のため娘さん立会い
203,坂本 拓真,080-7732-0159,6/21,夕方,
301,野口 恵子,090-4427-6630,6/22,午後,
302,空室,,,,鍵は管理課で対応
""")],
  personal=[("name", "佐々木 浩之"), ("phone", "090-3318-2274"), ("name", "長谷部 真理"), ("phone", "070-2218-4406"),
            ("name", "大塚 美奈子"), ("phone", "048-862-4473"), ("name", "野口 恵子")])

M("hold", "roster.debt",
  "List of tenants in rent arrears with names, amounts owed and mobile numbers sent to the guarantee company.",
  SUGIURA, ["あんしん家賃保証 代位弁済課 <daiben@anshin-yachin.co.jp>"],
  "5月分 代位弁済請求（3件）",
  """株式会社あんしん家賃保証
代位弁済課　ご担当者様

お世話になっております。すみれ不動産の杉浦です。
5月分の滞納につき、下記3件の代位弁済請求をいたします。
督促の経過は各物件の管理記録のとおりで、いずれも本人と連絡がついておりません。

物件／号室／契約者名／保証番号／滞納額／滞納月数／携帯
メゾン高砂 203／金子 悠真／AY-2023-0417782／148,000円／2か月／090-2284-7716
ヴェルデ浦和 201／川上 慎也／AY-2022-0390155／71,500円／1か月／090-6615-8841
コーポ岸町 105／渡部 さやか／AY-2024-0502931／216,000円／3か月／080-5539-0027

渡部様の件は、7月に明渡し請求の検討に入りたいと考えておりますので、
今後の進め方についてご相談させてください。

""" + SIG_SUGIURA_JA,
  personal=[("name", "金子 悠真"), ("debt", "148,000円"), ("phone", "090-2284-7716"), ("name", "川上 慎也"),
            ("name", "渡部 さやか"), ("phone", "080-5539-0027")])

M("hold", "sensitive.crime",
  "Tells a private landlord that a named tenant was arrested on suspicion of theft.",
  SUGIURA, ["笠原 俊夫 様 <t.kasahara.1952@yahoo.co.jp>"],
  "ご報告：メゾン高砂 105号室の入居者様について",
  """笠原様

いつもお世話になっております。すみれ不動産の杉浦です。
お電話がつながらなかったため、メールにてご報告いたします。

本日午前、浦和警察署の方から当社に連絡があり、
105号室の入居者 小松 翼 様（28歳）が、先週、窃盗の容疑で逮捕されたとのことでした。
警察からは、お部屋の捜索は済んでおり、今後の対応はご家族と相談するよう言われております。

現時点で6月分の賃料は入金済みです。
契約解除が可能かどうか、また今後の明渡しについては、当社の顧問弁護士にも確認のうえ、
改めてご相談させてください。他の入居者様にはお伝えしておりません。

""" + SIG_SUGIURA_JA,
  personal=[("name", "小松 翼"), ("crime", "窃盗の容疑で逮捕された")])

M("hold", "sensitive.medical",
  "Elderly tenant's stroke and hospitalisation, plus her son's mobile number, reported to the building owner.",
  SUGIURA, ["遠藤興産 遠藤様 <endo@endo-kousan.co.jp>"],
  "コーポ岸町 201号室　長尾様ご入院の件",
  """有限会社遠藤興産
遠藤様

お世話になっております。すみれ不動産の杉浦です。
201号室の件でご報告です。

入居者の 長尾 キヨ 様（84歳）が 5月28日にお部屋で倒れているのを、訪問介護のヘルパーさんが発見し、
脳梗塞で さいたま市立病院 に入院されました。右半身に麻痺が残る見込みで、
退院後は施設への入所を検討されているとのことです。

ご長男の 長尾 浩 様（携帯 090-8837-2140）から、解約の手続きについてご相談がありました。
お部屋の片付けは7月中にご家族で行うとのことです。
解約日や原状回復の扱いについて、オーナー様のご意向をお聞かせください。

""" + SIG_SUGIURA_JA,
  personal=[("name", "長尾 キヨ"), ("health", "脳梗塞で さいたま市立病院 に入院"), ("name", "長尾 浩"), ("phone", "090-8837-2140")])

M("hold", "attachment.encrypted_zip",
  "Password-protected zip (PPAP) of application documents sent to the guarantee company.",
  IIZUKA, ["あんしん家賃保証 審査部 <shinsa@anshin-yachin.co.jp>"],
  "申込書類一式送付（ヴェルデ浦和 302号室）※パスワード別送",
  """あんしん家賃保証
審査部　ご担当者様

いつもお世話になっております。すみれ不動産の飯塚です。
ヴェルデ浦和 302号室の保証申込書類一式をお送りします。
（申込書、本人確認書類、収入証明、在籍確認先）

ファイルはパスワード付きZIPです。パスワードは追ってお送りします。
よろしくお願いいたします。

""" + SIG_IIZUKA_JA,
  att=[A("申込書類_ヴェルデ浦和302.zip", encrypted=True)])

M("hold", "id.bank_account",
  "A departing tenant's personal bank account for the deposit refund sent to his relocation company (a third party).",
  IIZUKA_EN, ["Sarah Mitchell <s.mitchell@pacific-relo.jp>"],
  "Deposit refund – Mr. Lukas Weber, Urawa Residence 701",
  """Dear Sarah,

Thank you for coordinating Mr. Weber's move-out on 30 May. The final inspection is done and the owner has agreed to the settlement below.

Security deposit                          JPY 360,000
less: cleaning (fixed, per contract)      JPY  49,500
less: wallpaper repair, living room       JPY  71,280
less: June rent pro rata (1 day)          JPY   4,200
Refund                                    JPY 234,020  (your earlier figure of 186,300 did not include the owner's discount)

We will transfer the refund on 20 June to the account Mr. Weber gave us at move-out:
  SMBC Trust Bank (PRESTIA), Shinjuku Branch (branch 230)
  Savings account 6704219
  Account holder: LUKAS WEBER

As he has already left Japan, could you please double-check with him that this account will remain open until the end of June?

Best regards,
""" + SIG_IIZUKA_EN,
  personal=[("name", "LUKAS WEBER"), ("account", "Savings account 6704219")],
  lang="en")

_tenants = ["佐々木 浩之 様 <h.sasaki1979@gmail.com>", "Jonathan Reid <jreid.saitama@gmail.com>",
            "長谷部 真理 様 <mari.hasebe@icloud.com>", "川上 慎也 様 <kawakami.s@docomo.ne.jp>",
            "大塚 美奈子 様 <otsuka-minako@jcom.home.ne.jp>", "坂本 拓真 様 <takuma.sakamoto@outlook.jp>",
            "野口 恵子 様 <k-noguchi@yahoo.co.jp>", "山内 智 様 <satoshi.yamauchi@nifty.com>",
            "吉村 綾香 様 <ayaka.y0815@gmail.com>", "Chen Mei <chenmei.jp@gmail.com>",
            "藤田 大樹 様 <d.fujita@ezweb.ne.jp>", "西 恵理子 様 <nishi.eriko@gmail.com>",
            "菊池 健司 様 <kenji-kikuchi@biglobe.ne.jp>", "松本 ゆり 様 <yuri.matsumoto@icloud.com>"]
M("hold", "recipients.many",
  "Water-outage notice is harmless, but 14 tenants' private e-mail addresses are all visible in To.",
  SUGIURA, _tenants,
  "【ヴェルデ浦和】6月10日（火）断水のお知らせ",
  """ヴェルデ浦和　入居者の皆様

いつもお世話になっております。管理会社のすみれ不動産です。
受水槽の定期清掃のため、下記の時間帯に断水いたします。ご不便をおかけしますが、ご協力をお願いいたします。

　日時：2025年6月10日（火）9:00～13:00（作業状況により前後します）
　対象：全戸（トイレ・台所・浴室・洗濯機の給水）

・断水前に、飲料水・トイレ用の水のくみ置きをお願いします。
・再開直後は濁り水が出ることがあります。しばらく流してからご使用ください。
・給湯器のエラーが出た場合は、電源を入れ直してください。

ご不明な点は管理課（048-833-2520）までお問い合わせください。

""" + SIG_SUGIURA_JA)

M("hold", "id.card",
  "Forwarded tenant mail (quoted part) carries a full credit card number with expiry and name, sent to the payment processor.",
  IIZUKA, ["ペイフロント 加盟店サポート <support@payfront.co.jp>"],
  "Fw: 初期費用のカード払いについて（加盟店ID SM-20931）",
  """ペイフロント 加盟店サポートご担当者様

いつもお世話になっております。すみれ不動産（加盟店ID SM-20931）の飯塚です。

下記のお客様から、初期費用をクレジットカードで支払いたいとのご依頼があり、
メールでカード情報が送られてきました。
来店が難しいとのことで、管理画面からの手入力決済（MOTO）で処理してもよいか、
また上限金額があるか、ご教示いただけますでしょうか。

金額は 412,600円（一括）です。

""" + SIG_IIZUKA_JA + """

---------- 転送メッセージ ----------
From: 岡本 隼人 <hayato.okamoto.23@gmail.com>
Date: 2025年6月12日(木) 22:18
Subject: 初期費用のカード払いについて
To: 飯塚 翔太 <iizuka@sumire-fudosan.co.jp>

飯塚さん
お世話になってます。岡本です。
初期費用はカードで払いたいです。来店は難しいので、下記で決済してください。

カード番号：3530 1113 3330 0000
有効期限：08/28
名義：HAYATO OKAMOTO
セキュリティコード：418

よろしくお願いします。
""",
  personal=[("name", "岡本 隼人"), ("card", "3530 1113 3330 0000"), ("email", "hayato.okamoto.23@gmail.com")])

# ============================================================ PASSES (rental)

M("pass", "benign.own_data",
  "Application details confirmed back to the applicant herself at her own address.",
  IIZUKA, ["前川 亜美 様 <ami.maekawa.0211@gmail.com>"],
  "お申込み内容のご確認（パークサイド高砂 302号室）",
  """前川 亜美 様

先日はご来店ありがとうございました。すみれ不動産の飯塚です。
お申込みいただいた内容を下記のとおり保証会社へ提出しました。
念のため、内容に誤りがないかご確認ください。

　物件：パークサイド高砂 302号室
　入居希望日：2025年7月1日
　お名前：前川 亜美 様
　ご連絡先：080-4471-9035
　ご勤務先：株式会社ノースブリッジ
　緊急連絡先：前川 誠 様（お父様）

保証会社から、ご勤務先への在籍確認のお電話（会社名は名乗りません）と、
ご本人様への確認のお電話があります。審査は通常2～3営業日です。

結果が出ましたらご連絡いたします。

""" + SIG_IIZUKA_JA,
  personal=[("name", "前川 亜美"), ("phone", "080-4471-9035")])

M("pass", "benign.own_data",
  "Deposit refund and the tenant's own bank account confirmed to the tenant himself.",
  IIZUKA_EN, ["Lukas Weber <lukas.weber.mail@gmx.de>"],
  "Your deposit refund – Urawa Residence 701",
  """Dear Mr. Weber,

I hope you have settled in well in Munich.
This is to confirm your deposit refund from Urawa Residence 701:

Security deposit JPY 360,000 – deductions JPY 125,980 = refund JPY 234,020

We will transfer it on 20 June to the account you gave us:
  SMBC Trust Bank (PRESTIA), Shinjuku Branch (230), Savings account 6704219, LUKAS WEBER

Please make sure the account stays open until the end of June. If you would prefer a transfer to your German account instead, let me know – in that case the international transfer fee (JPY 4,000) would be deducted.

The itemised settlement sheet is attached.

Best regards,
""" + SIG_IIZUKA_EN,
  att=[A("Settlement_UrawaResidence701.pdf", """
Move-out settlement / 退去精算書
Tenant: Lukas Weber   Unit: Urawa Residence 701   Move-out: 2025-05-30
Deposit 360,000 / Cleaning 49,500 / Wallpaper (living) 71,280 / Rent 1 day 4,200 / Refund 234,020
""")],
  personal=[("name", "LUKAS WEBER"), ("account", "Savings account 6704219")],
  lang="en")

_bcc_tenants = ["h.sasaki1979@gmail.com", "jreid.saitama@gmail.com", "mari.hasebe@icloud.com", "kawakami.s@docomo.ne.jp",
                "otsuka-minako@jcom.home.ne.jp", "takuma.sakamoto@outlook.jp", "k-noguchi@yahoo.co.jp",
                "satoshi.yamauchi@nifty.com", "ayaka.y0815@gmail.com", "chenmei.jp@gmail.com", "d.fujita@ezweb.ne.jp",
                "nishi.eriko@gmail.com", "kenji-kikuchi@biglobe.ne.jp", "yuri.matsumoto@icloud.com",
                "taro.ikeda.saitama@gmail.com", "m.kondo@au.com", "shiori.aoki@gmail.com", "r.hamada@yahoo.co.jp",
                "tomoko-ueno@nifty.com", "park.jiyeon.jp@gmail.com", "h.morita1990@outlook.jp", "kei.shimizu@icloud.com",
                "yoshida-fam@jcom.home.ne.jp", "n.takeuchi@gmail.com", "rina.oishi@docomo.ne.jp"]
M("pass", "benign.bcc_many",
  "Notice to 25 tenants with every private address in Bcc; nothing personal visible.",
  SUGIURA, [SUGIURA], bcc=_bcc_tenants,
  subject="【メゾン高砂・ヴェルデ浦和】消防設備点検のお知らせ（7/8・7/9）",
  text="""入居者の皆様

いつもお世話になっております。管理会社のすみれ不動産です。
消防法に基づく消防設備点検を下記の日程で実施いたします。
室内の感知器の点検のため、各戸への立入りが必要です。ご協力をお願いいたします。

　7月8日（火）メゾン高砂　10:00～16:00
　7月9日（水）ヴェルデ浦和　10:00～16:00

・点検時間は1戸あたり5分程度です。
・ご不在の場合は、点検業者（東和防災）が不在票を投函しますので、再訪日時をご連絡ください。
・点検中、非常ベルが数秒鳴ることがあります。

※本メールは一斉送信のため、他の入居者様のアドレスは表示されない設定でお送りしています。

""" + SIG_SUGIURA_JA)

M("pass", "benign.vendor",
  "Repair request to a contractor identified by room number only; the tenant's contact is not passed on.",
  SUGIURA, ["ミズタ設備 水田様 <mizuta@mizuta-setsubi.co.jp>"],
  "給湯器故障の修理依頼（ヴェルデ浦和 305号室）",
  """水田様

お世話になっております。すみれ不動産の杉浦です。
ヴェルデ浦和 305号室で給湯器が故障し、お湯が出ないとの連絡がありました。
至急、点検・修理をお願いできますでしょうか。

　機種：リンナイ RUF-A2005SAW（2014年製）
　症状：エラーコード 111（点火不良）、リセットしても復旧せず
　写真：入居者様から送っていただいた銘板・リモコン画面の写真を添付します

訪問日時の調整は、当社から入居者様に連絡しますので、候補日を2～3ついただけますか。
交換になる場合は、オーナー様の承認が必要なので、事前にお見積りをお願いします。

""" + SIG_SUGIURA_JA,
  att=[A("305_給湯器_銘板.jpg"), A("305_リモコン_エラー111.jpg")])

M("pass", "benign.report",
  "Monthly owner report by room number with occupancy and totals; no tenant names or contacts.",
  SUGIURA, ["遠藤興産 遠藤様 <endo@endo-kousan.co.jp>"],
  "5月度 管理報告書（コーポ岸町）",
  """遠藤様

お世話になっております。すみれ不動産の杉浦です。
コーポ岸町の5月度管理報告をお送りします。

■入居状況（全12戸）
　入居中 10戸／空室 2戸（103号室：募集中、201号室：7月解約予定）
■賃料等の入金
　請求額合計 694,000円／入金額 622,000円／未入金 1件（72,000円、保証会社へ代位弁済請求済み）
■送金額
　622,000円 − 管理手数料（5%）31,100円 − 共用部電気代 8,412円 = 582,488円
　6/10 に ご指定の 埼玉りそな銀行 浦和支店 遠藤興産（有）名義口座 へ送金済み
■修繕・対応
　・5/14 共用廊下の照明交換（LED 3灯、12,100円）
　・5/22 駐輪場の放置自転車2台に警告札を貼付
■募集状況
　103号室：内見 3件、賃料 62,000円で募集中

ご不明な点がございましたらご連絡ください。

""" + SIG_SUGIURA_JA)

M("pass", "benign.plain_zip",
  "Floor plans and photos of a vacant unit in an ordinary unencrypted zip to a broker.",
  IIZUKA, ["ハウスポート北浦和店 賃貸担当 <kitaurawa@houseport.co.jp>"],
  "物件資料送付（コーポ岸町 103号室）",
  """ハウスポート北浦和店
賃貸ご担当者様

お世話になっております。すみれ不動産の飯塚です。
お問い合わせいただいたコーポ岸町 103号室の物件資料をお送りします。
（募集図面、間取り図、室内写真 14枚、周辺地図）

　賃料 62,000円／共益費 3,000円／敷金1・礼金0
　広告料 100%、内見は現地キーボックス（番号はお電話でお伝えします）
　レインズ物件番号：100128843071

ご紹介のほどよろしくお願いいたします。

""" + SIG_IIZUKA_JA,
  att=[A("コーポ岸町103_物件資料.zip")])

M("pass", "benign.template_dummy",
  "Draft lease template for an owner with placeholder party data (甲・乙, 山田太郎); no real tenant.",
  SUGIURA, ["笠原 俊夫 様 <t.kasahara.1952@yahoo.co.jp>"],
  "定期借家契約書のひな形（ご確認用）",
  """笠原様

お世話になっております。すみれ不動産の杉浦です。
先日お話しした、メゾン高砂の空室を定期借家で募集する件、契約書のひな形をお送りします。
特約条項（第18条）に、ご要望のあった「ペット不可」「楽器演奏不可」を入れています。

　　　　定期建物賃貸借契約書（ひな形）
　賃貸人（甲）：笠原 俊夫
　賃借人（乙）：山田 太郎（見本）　住所：埼玉県さいたま市〇〇区〇〇1-2-3
　連帯保証人：なし（保証会社利用）
　物件：メゾン高砂 〇〇〇号室
　契約期間：2025年〇月〇日から 2年間（更新なし）
　賃料：月額 〇〇,〇〇〇円

契約前に、乙へ「更新がなく期間満了で終了する」旨の書面交付と説明が必要ですので、
その書面のひな形も別途お送りします。

""" + SIG_SUGIURA_JA)

M("pass", "benign.corporate_account",
  "Brokerage invoice to a relocation company with the agency's corporate bank account.",
  IIZUKA_EN, ["Sarah Mitchell <s.mitchell@pacific-relo.jp>"],
  "Invoice – brokerage fee, Urawa Central Tower 1105",
  """Dear Sarah,

Thank you for introducing your assignee to us. The lease for Urawa Central Tower 1105 was signed yesterday.
Please find attached our invoice for the brokerage fee.

Invoice no.:     SF-2025-0718
Amount:          JPY 140,800 (JPY 128,000 + consumption tax 10%)
Due date:        31 July 2025
Bank:            Saitama Resona Bank, Urawa Branch
Account:         Ordinary 1203348
Account name:    Sumire Fudosan Co., Ltd. (カ）スミレフドウサン)
Registration no. (qualified invoice): T6030001092284

We look forward to working with you on the next assignees.

Best regards,
""" + SIG_IIZUKA_EN,
  att=[A("Invoice_SF-2025-0718.pdf", """
INVOICE  SF-2025-0718   Date: 2025-07-03
To: Pacific Relocation Japan K.K.
Brokerage fee - Urawa Central Tower 1105 - JPY 128,000 / Tax 12,800 / Total 140,800
Bank: Saitama Resona Bank, Urawa Branch, Ordinary 1203348, Sumire Fudosan Co., Ltd.
""")],
  lang="en")

M("pass", "benign.company_name",
  "List of partner contractors whose company names contain surnames, with company phone numbers; no private persons.",
  SUGIURA, ["遠藤興産 遠藤様 <endo@endo-kousan.co.jp>"],
  "緊急時の協力業者一覧（コーポ岸町）",
  """遠藤様

お世話になっております。杉浦です。
夜間・休日の緊急対応について、当社の協力業者一覧をお送りします。
当社が休みの水曜日に入居者様から直接ご連絡があった場合など、ご参考にしてください。

　水漏れ・排水詰まり：ミズタ設備（有）　　　　　048-861-3345（24時間）
　電気・照明：　　　　田中電気工事（株）　　　　048-822-7710
　鍵の交換・開錠：　　佐藤ロックサービス　　　　0120-48-2291
　外壁・塗装：　　　　鈴木塗装工業（株）　　　　048-853-0068
　ガス（プロパン）：　埼玉高橋ガス（株）　　　　048-831-5502
　ガラス・サッシ：　　渡辺硝子店　　　　　　　　048-862-1187

どの業者も当社の管理物件であることを伝えていただければ対応してくれます。
費用は原則として当社経由でご請求いたします。

""" + SIG_SUGIURA_JA)

M("pass", "benign.contract_reference",
  "Cancellation notice to the guarantor naming one tenant by contract number only; no contact, ID or financial detail.",
  IIZUKA, ["あんしん家賃保証 契約管理課 <keiyaku@anshin-yachin.co.jp>"],
  "保証契約の解約通知（AY-2023-0398124）",
  """あんしん家賃保証
契約管理課　ご担当者様

お世話になっております。すみれ不動産の飯塚です。
下記の保証契約につき、賃貸借契約が終了しましたので解約のご通知をいたします。

　保証番号：AY-2023-0398124
　物件：メゾン高砂 304号室
　契約者：鳥居 健太郎 様
　退去日：2025年6月15日
　未払い賃料：なし（精算済み）

解約の受付完了のご連絡をいただけますと幸いです。

""" + SIG_IIZUKA_JA)
