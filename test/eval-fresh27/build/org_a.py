# あおばでんき株式会社 お客さまセンター (electricity retailer)
from common import *

NAKA = "中川 美咲 <m.nakagawa@aoba-denki.co.jp>"
TAKE = "竹内 浩二 <k.takeuchi@aoba-denki.co.jp>"
OTSU = "大槻 亮 <r.otsuki@aoba-denki.co.jp>"

S_NAKA = """
――――――――――――――――――――
あおばでんき株式会社
お客さまセンター 主任 中川 美咲
〒980-0811 宮城県仙台市青葉区一番町2-4-15 あおばスクエア6F
TEL 0120-38-5510（受付 9:00～18:00）／直通 022-215-7731
m.nakagawa@aoba-denki.co.jp
――――――――――――――――――――"""
S_TAKE = """
--
あおばでんき株式会社 料金・契約グループ
竹内 浩二（たけうち こうじ）
TEL 022-215-7740  FAX 022-215-7749
k.takeuchi@aoba-denki.co.jp"""
S_OTSU = """
====================================
大槻 亮 / Ryo Otsuki
法人営業部 課長
あおばでんき株式会社 (Aoba Denki Co., Ltd.)
Tel: +81-22-215-7760  Mobile: 090-4471-2286
r.otsuki@aoba-denki.co.jp
===================================="""
S_OTSU_EN = """
Best regards,

Ryo Otsuki
Manager, Corporate Sales
Aoba Denki Co., Ltd.
2-4-15 Ichibancho, Aoba-ku, Sendai, Miyagi 980-0811, Japan
Tel: +81-22-215-7760  Mobile: +81-90-4471-2286
r.otsuki@aoba-denki.co.jp"""

MAILS = []

# A1
MAILS.append(m("pass", "benign.own_data", "Confirmation of a plan change sent to the contract holder herself; the supply-point and customer numbers are her own.",
 NAKA, ["佐々木 朋美 様 <tomomi.sasaki88@gmail.com>"],
 "【あおばでんき】料金プラン変更お手続き完了のお知らせ（お客さま番号 7400-2281-5536）",
 """佐々木 朋美 様

このたびは、あおばでんきをご利用いただき誠にありがとうございます。
お客さまセンターの中川でございます。
6月24日にお電話でお申し込みいただきました料金プランの変更につきまして、
お手続きが完了いたしましたのでお知らせいたします。

■ご契約内容
　ご契約者名　　：佐々木 朋美 様
　お客さま番号　：7400-2281-5536
　供給地点特定番号：04 0012 3456 7890 1234 5678
　ご使用場所　　：宮城県仙台市泉区将監7丁目12-8
　変更前プラン　：あおばスタンダードS（30A）
　変更後プラン　：あおば夜トクプラン（40A）
　適用開始　　　：2025年7月分の検針日（7月9日予定）から

アンペア変更に伴う工事は、送配電事業者が7月3日（木）午前中に
スマートメーターの設定変更で対応いたします。立ち会いは不要です。

ご不明な点がございましたら、上記お客さま番号をお手元にご用意のうえ
お客さまセンターまでお問い合わせください。
""" + S_NAKA))

# A2 hold - bank account only in forwarded internal message
MAILS.append(m("hold", "id.bank_account", "Forwards an internal note containing a private customer's direct-debit bank account number to the collection agent.",
 TAKE, ["井上 様 <inoue@payflow-s.co.jp>"],
 "FW: 口座振替依頼書 不備再提出分（1件）",
 """株式会社ペイフロー 口座振替チーム
井上様

いつもお世話になっております。あおばでんきの竹内です。
先月返戻となった1件、お客さまから訂正済みの内容をいただきましたので
下記のとおり金融機関への再送をお願いできますでしょうか。
届出印は今回お客さまが押し直したものを原本で郵送しております（6/27発送）。

よろしくお願いいたします。
""" + S_TAKE + """

-------- Forwarded Message --------
From: 中川 美咲 <m.nakagawa@aoba-denki.co.jp>
To: 竹内 浩二 <k.takeuchi@aoba-denki.co.jp>
Subject: 口座振替依頼書 返戻分の訂正

竹内さん

返戻になっていた村井様の件、本日お電話で確認が取れました。
口座番号が1桁違っていたようです。正しくは以下とのことです。

　お客さま番号：7400-1187-2093
　契約者　　　：村井 恒夫 様
　金融機関　　：みちのく中央銀行 八幡町支店（店番 214）
　預金種目　　：普通
　口座番号　　：3081446
　口座名義　　：ムライ ツネオ

ペイフローさんへの再依頼をお願いします。
中川
""", personal=[("name", "村井 恒夫"), ("bank_account", "3081446"), ("account_holder", "ムライ ツネオ")]))

# A3 pass IT outage
MAILS.append(m("pass", "benign.it_outage", "IT incident report: 障害, 感染 and 隔離 refer to a PC and a portal, no person's data.",
 OTSU, ["エコライフ販売 営業推進部 御中 <eigyo@ecolife-hanbai.co.jp>", "株式会社みやぎホームサービス 代理店窓口 <agency@miyagi-homeservice.co.jp>", "有限会社杜の都プロパン 佐藤様 <sato@morinomiyako-propane.co.jp>"],
 "【復旧報告】代理店ポータル障害（6/30発生）について",
 """代理店各位

平素よりあおばでんきの販売にご尽力いただき、ありがとうございます。
6月30日（月）10時40分頃から発生しておりました代理店ポータルの障害について、
本日7月1日 8時15分に復旧いたしましたのでご報告いたします。

【概要】
・事象：代理店ポータルへのログイン不可、申込データのアップロード不可
・原因：弊社内の業務端末1台がマルウェアに感染し、不審な通信を検知したため、
　　　　ポータルサーバーを含むセグメントを予防的にネットワークから隔離しました。
・影響：お客さま情報の外部流出は、現時点の調査で確認されておりません。
　　　　感染端末は初期化済みで、ポータルサーバーへの感染はありませんでした。
・対応：隔離解除前に全サーバーのスキャンを実施、パスワードを一斉リセット

障害中に受付できなかった申込書は、本日中にアップロードいただければ
6月受付分として取り扱います。
ご迷惑をおかけしましたことをお詫び申し上げます。
""" + S_OTSU))

# A4 hold medical
MAILS.append(m("hold", "sensitive.medical", "Tells the city welfare section and the grid operator that a named customer is on home oxygen therapy for COPD.",
 NAKA, ["清水台市 障害福祉課 相談係 <shogai-fukushi@city.shimizudai.lg.jp>"],
 "電気料金未払いによる供給停止予定のお客さまについて（ご相談）",
 """清水台市 障害福祉課 相談係
ご担当者様

突然のご連絡失礼いたします。あおばでんきお客さまセンターの中川と申します。
6月に民生委員の方を通じてご相談のあった件で、市のご担当者様と情報共有を
させていただきたくご連絡しました。

　お客さま：千葉 義男 様（78歳、お一人暮らし）
　ご住所　：清水台市北町3丁目8-21 コーポ北町102
　電話　　：0224-55-3187

千葉様はCOPD（慢性閉塞性肺疾患）で在宅酸素療法を受けておられ、
酸素濃縮器を24時間使用されています。4月から5月にかけて入院されていた間の
電気料金（3か月分、計21,480円）が未払いとなっており、
通常の手続きでは7月22日に供給停止の予定となっております。

弊社としては停止を保留し、分割でのお支払いをご提案する方向ですが、
ご本人との連絡が取りにくいため、ケースワーカーの方から
お声がけいただくことは可能でしょうか。

お忙しいところ恐縮ですが、ご検討いただけますと幸いです。
""" + S_NAKA, cc=["みなみ送配電 宮城支社 業務グループ <gyomu-miyagi@minami-td.co.jp>"],
 personal=[("name", "千葉 義男"), ("address", "清水台市北町3丁目8-21 コーポ北町102"), ("phone", "0224-55-3187"), ("diagnosis", "COPD（慢性閉塞性肺疾患）"), ("medical", "在宅酸素療法")]))

# A5 hold list in CSV attachment only
MAILS.append(m("hold", "list.customers", "The attached CSV lists named customers with addresses, phone numbers and unpaid amounts for an outside sales agency.",
 TAKE, ["エコライフ販売 営業推進部 今野様 <konno@ecolife-hanbai.co.jp>"],
 "6月度 フォロー対象リスト",
 """今野様

お世話になっております。竹内です。
6月度のフォロー対象リストを添付いたします。
訪問の際にご活用いただき、結果は従来どおり月末に報告シートでお願いします。

竹内
""" + S_TAKE,
 attachments=[att("follow_list_202506.csv", CSV, """お客さま番号,氏名,住所,電話番号,未収額,状態
7400-3310-0421,遠藤 和宏,宮城県名取市増田5-3-14,022-384-7712,18640,督促2回
7400-3310-0877,菅原 千恵,宮城県名取市飯野坂2-19-6,090-2281-6094,9310,督促1回
7400-3311-2046,阿部 大輔,宮城県岩沼市桜2-4-30 グランメゾン桜205,080-5520-1938,27550,解約申出
7400-3312-5503,高橋 ミツ,宮城県名取市閖上東3-7-2,022-385-4406,6120,督促1回
7400-3312-9981,小野寺 光,宮城県岩沼市藤浪1-12-9,070-6613-2270,14880,督促2回
7400-3313-0159,及川 智子,宮城県亘理郡亘理町逢隈鹿島字西45,0223-34-8815,31200,解約申出
""")],
 personal=[("name", "遠藤 和宏"), ("address", "宮城県名取市増田5-3-14"), ("phone", "090-2281-6094"), ("name", "阿部 大輔"), ("debt", "31200")]))

# A6 pass English PPA
MAILS.append(m("pass", "benign.english_corporate", "Corporate PPA correspondence with company bank details and contract numbers only.",
 OTSU, ["Priya Raman <priya.raman@sungrid-solutions.sg>"],
 "RE: Rooftop PPA - Natori Distribution Center / payment details",
 """Dear Priya,

Thank you for the revised term sheet. We have reviewed it internally and can accept the 20-year term with the 1.5% escalation cap, subject to legal review of clause 14 (early termination).

A few points before we sign:

1. Site: Natori Distribution Center, 4-2-1 Shimomasuda, Natori, Miyagi. The building owner (Tohoku Land Partners Inc.) has given written consent to the rooftop installation; I will forward the consent letter separately.
2. Capacity: 1,240 kW-DC as per your layout drawing rev.C.
3. Reference numbers: our contract ID is PPA-2025-0147 and the supply point ID for the site is 04 0031 7702 5518 0042 1100. Please quote PPA-2025-0147 on all invoices.
4. Payments to Aoba Denki (for the wheeling and balancing fee) should be made to our corporate account:
   Bank: Sendai Kita Bank, Ltd., Head Office
   SWIFT: SKBKJPJS
   Account No.: 1208846 (Ordinary)
   Account Name: Aoba Denki Co., Ltd.

Could we have a call on Thursday, 10 July at 4 pm Singapore time? My colleague Ms. Misaki Nakagawa from our customer centre will also join for the metering part.
""" + S_OTSU_EN + """

On Mon, 30 Jun 2025 at 18:22, Priya Raman <priya.raman@sungrid-solutions.sg> wrote:
> Dear Otsuki-san,
> Please find our revised term sheet attached. Main changes: term extended to 20 years, escalation capped at 1.5% p.a.
> Best,
> Priya Raman | Business Development Director | SunGrid Solutions Pte. Ltd.
"""))

# A7 hold personal - customer inquiry forwarded to contractor
MAILS.append(m("hold", "personal.inquiry_forward", "Forwards a customer's complete web inquiry (name, birth date, address, phone, e-mail, employer) to an electrical contractor.",
 NAKA, ["北辰電設株式会社 工事受付 <uketsuke@hokushin-densetsu.co.jp>"],
 "FW: 【Webお問い合わせ】分電盤・EVコンセント設置について",
 """北辰電設株式会社 工事受付 ご担当者様

いつもお世話になっております。あおばでんきの中川です。
EVコンセント設置のお問い合わせがありましたので、下記のとおり転送いたします。
お客さまへ直接ご連絡いただき、現地調査の日程調整をお願いできますでしょうか。

中川
""" + S_NAKA + """

---------- 転送メッセージ ----------
送信元：あおばでんき お問い合わせフォーム <form@aoba-denki.co.jp>
件名：【Webお問い合わせ】受付番号 W-250701-0388

お名前：　　　　　三浦 健太郎（ミウラ ケンタロウ）
生年月日：　　　　1986年11月3日
ご住所：　　　　　〒981-3133 宮城県仙台市泉区泉中央2-14-7
電話番号：　　　　080-7731-4425
メールアドレス：　k.miura1103@yahoo.co.jp
お客さま番号：　　7400-2290-6617
ご勤務先：　　　　東北メディカル物流株式会社（平日は18時以降連絡希望）
お問い合わせ内容：
　8月に電気自動車が納車予定のため、駐車場にEV用200Vコンセントを設置したい。
　分電盤が古いので交換が必要か見てほしい。土日の午前中なら在宅しています。
""", personal=[("name", "三浦 健太郎"), ("birth_date", "1986年11月3日"), ("address", "宮城県仙台市泉区泉中央2-14-7"), ("phone", "080-7731-4425"), ("email", "k.miura1103@yahoo.co.jp")]))

# A8 pass meter numbers of shops
MAILS.append(m("pass", "benign.business_meters", "Meter replacement schedule for shop tenants of a building; shop names and meter numbers are business data, not personal.",
 TAKE, ["東和ビルマネジメント株式会社 仙台営業所 鈴木様 <suzuki.m@towa-bm.co.jp>"],
 "一番町フォレストビル 計器取替作業日程のご連絡",
 """東和ビルマネジメント株式会社
仙台営業所 鈴木様

お世話になっております。あおばでんきの竹内です。
先日ご相談しておりました、一番町フォレストビル（仙台市青葉区一番町3-7-1）の
テナント様向け計器（スマートメーター）取替の日程が確定しましたのでお知らせします。

日時：7月15日（火）6:00～8:30（各区画 停電約10分）
作業：みなみ送配電株式会社（立会い：弊社 竹内）

区画／テナント名／計器番号／供給地点特定番号
1F-A　カフェ・ド・ミナミ　　　　　　　No. 21-884017　04 0012 5501 2230 0101 0000
1F-B　佐藤珈琲店 一番町店　　　　　　No. 21-884018　04 0012 5501 2230 0102 0000
2F　　山田歯科クリニック　　　　　　　No. 21-884019　04 0012 5501 2230 0201 0000
3F　　ひまわり訪問看護ステーション　　No. 21-884020　04 0012 5501 2230 0301 0000
4F　　株式会社高橋設計事務所　　　　　No. 21-884021　04 0012 5501 2230 0401 0000
共用　ビル共用部（動力）　　　　　　　No. 21-884022　04 0012 5501 2230 9901 0000

山田歯科クリニック様は医療機器（滅菌器）の再起動が必要とのことで、
作業順を最後に回しております。
各テナント様への周知文（A4・1枚）は明日郵送いたします。掲示をお願いできれば幸いです。
""" + S_TAKE))

# A9 hold full card number
MAILS.append(m("hold", "id.card_number", "A customer's full credit card number and expiry are typed into mail to the payment processor.",
 NAKA, ["クレディアゲート 加盟店サポート <support@crediagate.jp>"],
 "カード払い登録のお願い（電話受付分）",
 """株式会社クレディアゲート 加盟店サポートご担当者様

いつもお世話になっております。あおばでんき（加盟店ID：AD-300481）の中川です。
高齢のお客さまで、Webでのカード登録が難しいとのことでお電話にて承りました。
お手数ですが、下記のカードで継続課金の登録をお願いいたします。

　お客さま番号：7400-3310-0421
　ご契約者　　：遠藤 和宏 様
　カード番号　：4111 1111 1111 1111
　有効期限　　：09/28
　カード名義　：KAZUHIRO ENDO

登録完了後、登録番号をご返信いただけますと助かります。
""" + S_NAKA,
 personal=[("name", "遠藤 和宏"), ("card_number", "4111 1111 1111 1111"), ("card_expiry", "09/28")]))

# A10 pass one-line reply
MAILS.append(m("pass", "benign.short_reply", "One-line confirmation of a site visit, quoting the contractor's scheduling mail.",
 OTSU, ["北辰電設 工事課 熊谷 <kumagai@hokushin-densetsu.co.jp>"],
 "Re: 名取DC 受変電設備 現地確認の件",
 """承知しました。明日10時に現地で。

大槻

> 大槻様
> 北辰電設の熊谷です。
> 名取DCの受変電設備（キュービクル）の現地確認、明日7/2（水）10:00からでいかがでしょうか。
> 弊社からは熊谷と電気主任技術者の星（ほし）が伺います。
> 入館は守衛所で「北辰電設」とお伝えいただければ大丈夫と管理会社の方から聞いています。
> ――
> 北辰電設株式会社 工事課 熊谷 和也
> 〒984-0015 仙台市若林区卸町2-9-3  TEL 022-236-5870  携帯 090-8842-1106
"""))

# A11 hold recipients
owners = ["大泉 修 <osamu.oizumi@gmail.com>", "hiroko-k@yahoo.co.jp", "丹野不動産 丹野様 <tanno@tanno-fudosan.co.jp>", "kikuchi.apart@icloud.com",
          "有限会社あさひ管理 <info@asahi-kanri.jp>", "斎藤 義雄 <y-saito55@ezweb.ne.jp>", "m.watanabe.home@gmail.com", "株式会社杜ハウジング 賃貸管理部 <chintai@mori-housing.co.jp>",
          "takeda-syoten@nifty.com", "佐久間 和子 <kazuko.sakuma@docomo.ne.jp>", "伊達コーポ 管理人 <date-corpo@yahoo.co.jp>", "青葉エステート株式会社 <contact@aoba-estate.jp>", "kon.tetsuya@outlook.jp"]
MAILS.append(m("hold", "recipients.visible", "Seminar invitation sent with 13 landlords and property companies visible in To instead of Bcc.",
 TAKE, owners,
 "【ご案内】賃貸オーナー様向け 料金改定・一括受電プラン説明会（7/24）",
 """賃貸物件オーナー様・管理会社様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
あおばでんき 料金・契約グループの竹内でございます。

10月からの料金改定に伴い、共用部・空室の電気料金の取扱いと、
新しい「一括受電プラン」についてご説明する会を下記のとおり開催いたします。

　日時：2025年7月24日（木）14:00～15:30
　会場：あおばスクエア 6F 会議室（仙台市青葉区一番町2-4-15）
　内容：1. 料金改定の概要　2. 空室時の基本料金の扱い　3. 一括受電プランの試算例
　申込：7月17日までに本メールへご返信ください（駐車場はございません）

ご多用中とは存じますが、ぜひご参加ください。
""" + S_TAKE))

# A12 pass aggregate welfare discount
MAILS.append(m("pass", "benign.aggregate", "Monthly counts of welfare-discount applications (障害者手帳, 生活保護) without any individual.",
 OTSU, ["あおばホールディングス 経営企画部 小林様 <kobayashi@aoba-hd.co.jp>"],
 "福祉割引の申込状況（4～6月）",
 """小林さん

お疲れさまです。大槻です。
取締役会資料用に依頼のあった福祉割引の申込状況をまとめました。

　　　　　　　　　　　4月　　5月　　6月　　計
障害者手帳の提示による割引　42件　38件　51件　131件
生活保護受給世帯割引　　　　17件　21件　19件　 57件
医療用機器使用世帯割引　　　 6件　 4件　 9件　 19件
合計　　　　　　　　　　　　65件　63件　79件　207件

・6月は清水台市の広報誌掲載の効果で障害者手帳の提示分が増えています。
・医療用機器使用世帯（在宅酸素、人工呼吸器など）は停電時の優先連絡リストと
　連動しているので、送配電側と件数の突合を7月中に行う予定です。
・個別のお客さま情報は含めていません。必要な場合はセンター側で閲覧してください。

以上、よろしくお願いします。
""" + S_OTSU))

# A13 hold sensitive in subject only
MAILS.append(m("hold", "sensitive.medical", "The subject line alone names a customer and says she is on dialysis at home.",
 NAKA, ["みなみ送配電 宮城支社 業務グループ <gyomu-miyagi@minami-td.co.jp>"],
 "【停止保留依頼】大河原 静江様（在宅人工透析）供給地点 04 0012 8871 2290 0415 3300",
 """みなみ送配電 宮城支社 業務グループ ご担当者様

いつもお世話になっております。あおばでんきの中川です。
件名の件、7月18日予定の供給停止作業の保留をお願いいたします。
保留依頼票は本日中にシステムから登録いたします。

取り急ぎご連絡まで。
""" + S_NAKA,
 personal=[("name", "大河原 静江"), ("medical", "在宅人工透析")]))

# A14 pass English - own final bill
MAILS.append(m("pass", "benign.own_data", "Final bill details sent to the customer himself, in English.",
 NAKA, ["Daniel Whitfield <d.whitfield@outlook.com>"],
 "Your final electricity bill / Account 7400-2875-0113",
 """Dear Mr. Whitfield,

Thank you for contacting Aoba Denki. As requested on the phone this morning, here is a summary of your move-out and final bill.

Account number: 7400-2875-0113
Supply address: 1-6-22-503 Kamisugi, Aoba-ku, Sendai
Contract end date: 31 July 2025
Final meter reading: to be taken remotely by the smart meter at 00:00 on 1 August

Your final bill will be charged to the same card as usual (VISA ending in 4417). If you would like the final bill sent to your new address in Yokohama instead of by e-mail, please reply with the address and we will update it.

You do not need to be home on the move-out day. Please simply switch off the main breaker if the apartment will stay empty.

Thank you for using Aoba Denki for the past three years, and we wish you all the best in Yokohama.

Kind regards,

Misaki Nakagawa
Customer Centre, Aoba Denki Co., Ltd.
Tel: 0120-38-5510 (English support: Mon/Wed/Fri 10:00-16:00)
m.nakagawa@aoba-denki.co.jp"""))

# A15 hold My Number to labour consultant
MAILS.append(m("hold", "id.mynumber", "A new hire's My Number, basic pension number and employment insurance number sent to the outside labour consultant.",
 NAKA, ["社会保険労務士法人 杜の木 手続担当 <tetsuzuki@morinoki-sr.jp>"],
 "入社手続きのお願い（お客さまセンター 契約社員 1名）",
 """社会保険労務士法人 杜の木
手続担当 様

いつもお世話になっております。あおばでんきの中川です。
総務の遠藤が休暇中のため、代わりに私からお送りいたします。
7月1日付でお客さまセンターに入社した契約社員1名の資格取得手続きをお願いいたします。

　氏名　　　　　　：星 彩花（ほし あやか）
　生年月日　　　　：1998年2月14日
　住所　　　　　　：宮城県仙台市宮城野区榴岡4-2-9 パークサイド榴岡305
　個人番号　　　　：3817 5204 9622
　基礎年金番号　　：4102-583927
　雇用保険被保険者番号：0408-612743-5
　月額報酬　　　　：205,000円（時給換算なし）
　所定労働時間　　：週37.5時間

前職は離職票の写しを郵送で送ります。
不足があればご連絡ください。
""" + S_NAKA, cc=["総務 遠藤 <soumu@aoba-denki.co.jp>"],
 personal=[("name", "星 彩花"), ("birth_date", "1998年2月14日"), ("my_number", "3817 5204 9622"), ("pension_number", "4102-583927"), ("employment_insurance_number", "0408-612743-5")]))

# A16 pass condolence
MAILS.append(m("pass", "benign.condolence", "Ordinary condolence on the death of a partner company's former chairman.",
 OTSU, ["北辰電設株式会社 代表取締役 北村 浩一 様 <k.kitamura@hokushin-densetsu.co.jp>"],
 "お悔やみ申し上げます",
 """北辰電設株式会社
代表取締役 北村 浩一 様

ご尊父 北村 善次郎 様（前会長）のご逝去の報に接し、
謹んでお悔やみを申し上げます。

弊社創業時より、名取・岩沼エリアの工事で大変お世話になり、
私自身も入社当時、現場でたくさんのことを教えていただきました。
生前のご厚情に深く感謝するとともに、心よりご冥福をお祈り申し上げます。

ご葬儀には弊社より代表の阿部が参列させていただく予定です。
略儀ながらメールにてお悔やみ申し上げます。

あおばでんき株式会社 法人営業部
大槻 亮"""))

# A17 hold personal - full complaint forwarded to BPO (in quoted part)
MAILS.append(m("hold", "personal.complaint_forward", "The forwarded internal log gives a complaining customer's name, address, phone, e-mail and employer to the outsourced call centre.",
 TAKE, ["コールリンクス 斉藤様 <saito.r@calllinks.co.jp>"],
 "FW: 料金クレーム 二次対応の経緯",
 """コールリンクス 斉藤様

お疲れさまです。竹内です。
先週オペレーターの方が一次対応された件、下記のとおり社内で経緯をまとめましたので
今後の応対の参考に共有します。再入電があった場合はこちらに転送してください。

竹内
""" + S_TAKE + """

> From: 中川 美咲
> To: 竹内 浩二
> Subject: 料金クレーム 二次対応の経緯
>
> 竹内さん
> 本日の二次対応の記録です。
>
> ・お客さま：桑原 悟 様　お客さま番号 7400-1952-3308
> ・住所：仙台市太白区長町南3-21-4 ライオンズ長町南1104
> ・連絡先：090-6623-8817 / s.kuwabara.1975@gmail.com
> ・勤務先：宮城県立○○高校 教諭（本人談。職場への連絡は絶対しないでほしいとのこと）
> ・内容：6月請求額が前年同月比2.3倍。検針ミスではないかと強い口調で申出。
>   メーターの30分値を確認したところ、5/20以降夜間に2kW程度の連続使用あり。
>   エアコン暖房のつけっぱなしの可能性をお伝えしたが納得されず、
>   「消費者センターに相談する」とのこと。
> ・次回：7/3にメーター値のグラフを郵送予定
>
> 中川
""", personal=[("name", "桑原 悟"), ("address", "仙台市太白区長町南3-21-4 ライオンズ長町南1104"), ("phone", "090-6623-8817"), ("email", "s.kuwabara.1975@gmail.com")]))

# A18 pass test card in dev minutes
MAILS.append(m("pass", "benign.test_card_dev", "Development minutes with a public Luhn-valid test card and a dummy test user.",
 TAKE, ["ネクストウェーブシステムズ 開発部 野口様 <noguchi@nextwave-sys.co.jp>", "ネクストウェーブシステムズ 浅野様 <asano@nextwave-sys.co.jp>"],
 "【議事録】マイページ カード登録画面 結合テスト打合せ（7/1）",
 """ネクストウェーブシステムズ
野口様、浅野様

本日はありがとうございました。議事録をお送りします。誤りがあればご指摘ください。

■日時：2025/7/1 13:00-14:00（Teams）
■出席：ネクストウェーブ 野口様、浅野様／あおばでんき 竹内、システム課 菊地

■決定事項
1. ステージング環境のテストカードは決済代行指定の以下を使用する。
   VISA：4242 4242 4242 4242（有効期限は未来日付なら任意、CVC 任意3桁）
   3Dセキュア認証成功パターン：4000 0000 0000 3220
2. テスト用会員は「テスト 太郎／お客さま番号 7400-0000-0001」を共用する。本番データは使わない。
3. カード番号は画面上 下4桁のみ表示（**** **** **** 4242）、ログにも残さない。
4. エラーコード E-402（カード有効期限切れ）の文言はセンター中川と調整のうえ7/4までに確定。

■宿題
・ネクストウェーブ：有効期限切れ時の再登録導線 画面案（7/8）
・あおばでんき：問い合わせ文言（7/4）、UAT参加者の選定（7/10）

以上
""" + S_TAKE))

# A19 hold PPAP
MAILS.append(m("hold", "attachment.encrypted_zip", "Sends an encrypted zip with the password promised in a separate mail (PPAP).",
 TAKE, ["エコライフ販売 経理部 <keiri@ecolife-hanbai.co.jp>"],
 "6月分 代理店手数料明細の送付",
 """エコライフ販売株式会社 経理部 御中

いつもお世話になっております。あおばでんきの竹内です。
6月分の代理店手数料明細をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

お支払予定日：7月31日（木）
""" + S_TAKE,
 attachments=[att("手数料明細_202506.zip", ZIP, encrypted=True)]))

# A20 pass successor
MAILS.append(m("pass", "benign.successor", "Introduction of a successor with names and heavy signatures; business contacts only.",
 OTSU, ["株式会社ミヤギ精工 総務部 部長 丹羽 様 <niwa@miyagi-seiko.co.jp>"],
 "担当者変更のご挨拶",
 """株式会社ミヤギ精工
総務部 部長 丹羽 様

平素は格別のご高配を賜り、厚く御礼申し上げます。
あおばでんき法人営業部の大槻でございます。

さて、私事で恐縮ですが、7月16日付で東京支社へ異動することとなり、
貴社のご担当を同じ法人営業部の佐々木 一真（ささき かずま）が引き継ぐことになりました。
佐々木は高圧受電のお客さまを5年担当しており、貴社の岩沼工場のデマンド管理についても
これまでの経緯を十分に共有しております。

後日、佐々木とともにご挨拶に伺いたく存じます。
在任中に賜りましたご厚情に心より御礼申し上げますとともに、
今後とも変わらぬご愛顧を賜りますようお願い申し上げます。

　後任：佐々木 一真（法人営業部 主任）
　　　　TEL 022-215-7763 ／ 携帯 090-5518-2047
　　　　k.sasaki@aoba-denki.co.jp
""" + S_OTSU, cc=["佐々木 一真 <k.sasaki@aoba-denki.co.jp>"]))
