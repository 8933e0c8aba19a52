from common import *

MAILS = []
A = MAILS.append

# O1 hold: full card number in quoted customer inquiry, forwarded to payment processor
A(m("hold", "id.card",
    "二重決済の調査依頼に、顧客が問い合わせに書いたカード番号全桁（有効期限付き）が引用されたまま決済代行会社へ送られている。",
    SAKUMA, ["株式会社ペイゲート 加盟店サポート <merchant-support@paygate.co.jp>"],
    "【調査依頼】二重決済の取消について（加盟店ID HK-00417）",
    """株式会社ペイゲート
加盟店サポート ご担当者様

いつもお世話になっております。
Harmonia Kitchen（加盟店ID：HK-00417）カスタマーサポートの佐久間です。

お客様から、1回の注文で2回請求されているとのお問い合わせがありました。
管理画面では注文 HK-260411-0931 の決済が1件のみ表示されていますが、
オーソリが2件残っている可能性があります。
お客様のお問い合わせ内容を下に貼りますので、ご調査のうえ、
不要な1件の取消をお願いできますでしょうか。

""" + SIG_SAKUMA + """

----- お問い合わせフォームより（4/11 22:18受付）-----
お名前：長谷川 遥
メール：haruka.hsgw@gmail.com
ご注文番号：HK-260411-0931
お問い合わせ内容：
本日注文した鋳物ホーロー鍋（22cm）の代金 16,500円 が、カード会社のアプリで2回引き落とし予定になっています。
使ったカードは 3530 1113 3330 0000（有効期限 09/28）です。
1回分を取り消してください。
""",
    personal=[("name", "長谷川 遥"), ("email", "haruka.hsgw@gmail.com"), ("card", "3530 1113 3330 0000")],
    key="O1"))

# O2 hold: customer list to DM printing company
A(m("hold", "roster.customers",
    "DM発送用に顧客リスト（氏名・住所・電話・購入額）をCSVで社外の印刷会社に渡している。",
    KOIKE, ["プリントパル 営業部 千葉様 <chiba@printpal.co.jp>"],
    "夏のカタログDM 宛名データ送付（2,318件）",
    """プリントパル
千葉様

お世話になっております。ハルモニアの小池です。
先日お見積りいただいた夏のカタログDMの宛名データをお送りします。
件数は2,318件です（過去1年以内に2回以上購入のお客様）。

・宛名ラベルは「氏名＋様」でお願いします
・購入額の列は印字不要です（セグメント確認用に残しています）
・発送完了後、データは削除のうえ削除報告書をお願いします

発送予定日は6月5日で変更ありません。
よろしくお願いいたします。

""" + SIG_KOIKE,
    att=[{"filename": "summer_dm_list_2318.csv", "contentType": "text/csv",
          "text": """顧客ID,氏名,郵便番号,住所,電話番号,年間購入額
C0012841,長谷川 遥,156-0043,東京都世田谷区松原4-18-2 メゾン松原305,090-8271-4406,48200
C0013377,北村 絵里香,227-0062,神奈川県横浜市青葉区青葉台1-24-7,090-6624-1187,31900
C0015102,川島 直子,330-0071,埼玉県さいたま市浦和区上木崎2-9-11,048-824-6613,27600
C0016620,田口 雅人,460-0012,愛知県名古屋市中区千代田3-4-20-1102,080-2913-5570,62400
C0017094,大谷 みゆき,811-1302,福岡県福岡市南区井尻5-1-33,092-574-2281,19800
C0018235,森本 健,531-0072,大阪府大阪市北区豊崎6-7-14 プラウド豊崎801,070-5531-8820,35100
C0019470,吉田 佳奈,980-0011,宮城県仙台市青葉区上杉3-2-9,022-261-7734,22700
(以下 2,311件 略)"""}],
    personal=[("name", "長谷川 遥"), ("address", "東京都世田谷区松原4-18-2 メゾン松原305"), ("phone", "090-8271-4406"),
              ("name", "北村 絵里香"), ("address", "神奈川県横浜市青葉区青葉台1-24-7"), ("phone", "090-6624-1187"),
              ("name", "川島 直子"), ("name", "田口 雅人"), ("name", "森本 健")],
    key="O2"))

# O3 hold: complaint forwarded to maker with full contact
A(m("hold", "profile.forward",
    "商品不良の苦情を、顧客の氏名・住所・電話・メールごとメーカーへ転送している。",
    KOIKE, ["燕三条工房 品質保証部 今村様 <imamura@tsubame-kobo.co.jp>"],
    "Fw: フライパンの不具合について（直接ご連絡をご希望のお客様）",
    """今村様

いつもお世話になっております。ハルモニアの小池です。
貴社製フライパン（TK-26 鉄打出し）について、下記のお問い合わせがありました。
お客様が製造元から直接説明を受けたいとのことですので、
恐れ入りますが、お客様へ直接ご連絡いただけますでしょうか。
交換品の手配は当社で行います。

""" + SIG_KOIKE + """

> -------- Original Message --------
> From: 田口 雅人 <m.taguchi.nagoya@gmail.com>
> To: support@harmonia-kitchen.jp
> Date: 2026/05/02 9:15
> Subject: フライパンの柄がぐらつきます
>
> 4月に購入した鉄のフライパン（注文番号 HK-260418-1120）ですが、
> 3回目の使用で柄の付け根がぐらつくようになりました。
> 調理中に外れたら危ないので、メーカーの方から原因を説明してほしいです。
> 平日は19時以降なら電話に出られます。
>
> 田口 雅人
> 〒460-0012 名古屋市中区千代田3-4-20-1102
> TEL 080-2913-5570
""",
    personal=[("name", "田口 雅人"), ("email", "m.taguchi.nagoya@gmail.com"),
              ("address", "名古屋市中区千代田3-4-20-1102"), ("phone", "080-2913-5570")],
    key="O3"))

# O4 hold: refund accounts of COD customers to outside accounting firm
A(m("hold", "id.account",
    "代引き返金のため、個人顧客3名の振込先口座（銀行・支店・口座番号・名義）を社外の経理代行会社に送っている。",
    SAKUMA, ["アカウンティングサポート株式会社 振込代行チーム <furikomi@acct-support.co.jp>"],
    "5月分 代引き返金の振込依頼（3件）",
    """アカウンティングサポート 振込代行チーム 御中

お世話になっております。Harmonia Kitchen の佐久間です。
5月分の代引き返金について、下記3件の振込をお願いいたします。
振込手数料は当社負担でお願いします。

No.1　注文 HK-260503-0212　返金額 4,980円
　　　みずほ銀行 渋谷支店 普通 2718834　オオタニ ミユキ
No.2　注文 HK-260507-0877　返金額 12,100円
　　　三井住友銀行 仙台支店 普通 9043316　ヨシダ カナ
No.3　注文 HK-260512-1045　返金額 2,640円
　　　ゆうちょ銀行 〇一八店 普通 4417296　モリモト ケン

5月29日（金）の振込でお願いいたします。

""" + SIG_SAKUMA,
    personal=[("account", "みずほ銀行 渋谷支店 普通 2718834"), ("name", "オオタニ ミユキ"),
              ("account", "三井住友銀行 仙台支店 普通 9043316"), ("name", "ヨシダ カナ"),
              ("account", "ゆうちょ銀行 〇一八店 普通 4417296"), ("name", "モリモト ケン")],
    cc=["小池 まどか <m.koike@harmonia.co.jp>"],
    key="O4"))

# O5 hold: encrypted zip to 3PL
A(m("hold", "zip.encrypted",
    "出荷データをパスワード付きzipで社外の物流倉庫へ送っている（PPAP）。",
    KOIKE, ["ロジスパーク 市川センター 出荷管理 <shukka-ichikawa@logispark.co.jp>"],
    "【Harmonia】GW明け 出荷データ（5/7分）",
    """ロジスパーク 市川センター
出荷管理ご担当者様

お世話になっております。ハルモニアの小池です。
システム連携の不具合のため、5/7分の出荷データを手動でお送りします。
パスワード付きzipです。パスワードは続けて別メールでお送りします。

件数：412件（うち ギフト包装 37件、のし 9件）
出荷締め：本日15時

お手数をおかけしますが、よろしくお願いいたします。

""" + SIG_KOIKE,
    att=[{"filename": "shukka_20260507.zip", "contentType": "application/zip", "encrypted": True}],
    key="O5"))

# O6 hold: customer's disease forwarded to product development at maker
A(m("hold", "sensitive.medical",
    "顧客の関節リウマチ・握力低下という病状を、氏名と結びついたまま社外メーカーの商品開発部に伝えている。",
    SAKUMA, ["燕三条工房 商品開発部 小林様 <kobayashi@tsubame-kobo.co.jp>"],
    "お客様からの商品改善のご要望（持ちやすい片手鍋）",
    """燕三条工房
商品開発部 小林様

お世話になっております。Harmonia Kitchen の佐久間です。
お客様から商品改善について熱心なご要望をいただきましたので、共有いたします。

お客様：川島 直子 様（リピーター、埼玉県さいたま市在住）
ご要望の要旨：
・関節リウマチで手指の変形があり、右手の握力が8kg程度しかない
・現行の片手鍋（KH-18）は柄が細く、お湯を入れると持ち上げられない
・柄を太く、滑りにくい素材にした軽量モデルがあれば必ず買う
・同じ病気の患者会の仲間にも紹介したい

ユニバーサルデザイン品の企画の参考になればと思います。
お客様は、製品化の際にモニターとして協力してもよいとおっしゃっています。

""" + SIG_SAKUMA,
    personal=[("name", "川島 直子"), ("health", "関節リウマチで手指の変形があり"), ("health", "右手の握力が8kg程度しかない")],
    key="O6"))

# O7 hold (EN): customer's passport details to freight forwarder
A(m("hold", "id.passport",
    "English: a private customer's passport number, date of birth and home address are sent to an outside freight forwarder.",
    BROOKS, ["Kevin Lim <kevin.lim@bluewave-forwarding.com.sg>"],
    "Re: Shipment HK-EXP-0588 held at customs - consignee documents",
    """Hi Kevin,

Thanks for the heads-up. I have now heard back from the customer, and she has
given us the details your broker asked for. Please pass them on so the parcel
can be released.

  Consignee:        Ms. Huang Mei-Ling
  Passport No.:     E31048275
  Nationality:      Republic of China (Taiwan)
  Date of birth:    14 March 1987
  Delivery address: No. 18, Lane 52, Section 3, Minsheng East Road, Zhongshan District, Taipei 104
  Mobile:           +886 912 338 705

The contents are personal-use kitchenware (2 cast-iron pots, total JPY 38,400),
as per the commercial invoice attached to the original booking.

""" + SIG_BROOKS + """

On Mon, 18 May 2026 at 11:02, Kevin Lim <kevin.lim@bluewave-forwarding.com.sg> wrote:
> Hi Daniel,
> HK-EXP-0588 is on hold at Taoyuan customs. The broker needs the consignee's
> passport number and DOB for the personal-import declaration, plus a contact number.
> Could you get these from your customer?
> Regards,
> Kevin Lim | Export Operations | BlueWave Forwarding Pte Ltd
""",
    personal=[("name", "Huang Mei-Ling"), ("passport", "E31048275"), ("birthdate", "14 March 1987"),
              ("address", "No. 18, Lane 52, Section 3, Minsheng East Road, Zhongshan District, Taipei 104"),
              ("phone", "+886 912 338 705")],
    key="O7"))

# O8 hold: many outside recipients in To
O8_TO = [
    "あやのキッチン日記 <ayano.kitchen.diary@gmail.com>",
    "mogumogu_mama <mogumogu.mama.2020@yahoo.co.jp>",
    "料理研究家 相沢 由紀 <info@aizawa-yuki-cooking.com>",
    "キャンプめし部 <campmeshi.bu@gmail.com>",
    "株式会社インフルエンスラボ 水島様 <mizushima@influencelab.co.jp>",
    "Hana's Table <hanas.table.tokyo@icloud.com>",
    "おうちカフェ ゆうこ <yuko.ouchicafe@outlook.jp>",
    "ひとり暮らし自炊ログ <jisui.log.k@gmail.com>",
    "株式会社クックメディア 編集部 高野様 <takano@cookmedia.jp>",
    "pan_and_pot <panandpot.jp@gmail.com>",
    "北欧ぐらし 佐倉 <sakura.hokuou@nifty.com>",
    "Kitchen Lab 小田 <oda@kitchen-lab.tokyo>",
]
A(m("hold", "recipients.many",
    "新商品モニターの案内を、12名の社外ブロガー・企業（私用Gmail等を含む）のアドレスを宛先に並べて一斉送信しており、Bccにすべきだった。",
    KOIKE, O8_TO,
    "【ご案内】新作 鋳物ホーロー鍋 モニターキャンペーンのお願い",
    """いつもHarmonia Kitchen を応援いただき、ありがとうございます。
株式会社ハルモニア EC事業部の小池です。

このたび、新作の鋳物ホーロー鍋「HARMONIA Cocotte 20cm」の発売（6月10日予定）にあわせ、
日頃お世話になっている皆さまにモニターをお願いしたく、ご連絡いたしました。

・商品（定価 15,400円）を無償でお送りします
・6月中にSNSまたはブログでご紹介いただける方を募集します（PR表記をお願いします）
・ご協力いただける方は、5月22日までに本メールへご返信ください
　（送付先は返信いただいた方に個別に伺います）

ご検討のほど、どうぞよろしくお願いいたします。

""" + SIG_KOIKE,
    key="O8"))

# O9 hold: name/phone/address in the subject line to courier
A(m("hold", "profile.forward",
    "本文は問い合わせ番号だけだが、件名に個人客の氏名・携帯番号・住所を入れたまま社外の配送会社へ送っている。",
    SAKUMA, ["ひばり急便 港北営業所 <kohoku@hibari-express.co.jp>"],
    "再配達のお願い 北村 絵里香様 090-6624-1187 横浜市青葉区青葉台1-24-7",
    """ひばり急便 港北営業所 御中

いつもお世話になっております。Harmonia Kitchen の佐久間です。
下記のお荷物について、お客様から再配達のご希望をいただきました。

　お問い合わせ番号：4418-2290-1173
　ご希望日時：5月14日（木） 19時〜21時

お客様のご不在票の番号が読み取れないとのことで、当社からご連絡しております。
よろしくお願いいたします。

""" + SIG_SAKUMA,
    personal=[("name", "北村 絵里香"), ("phone", "090-6624-1187"), ("address", "横浜市青葉区青葉台1-24-7")],
    key="O9"))

# O10 hold (EN): burn injury + customer contact in older quoted internal message, sent to supplier
A(m("hold", "sensitive.medical",
    "English thread to an overseas supplier: the older quoted internal note still contains the customer's name, address, e-mail and burn injury treated at a clinic.",
    BROOKS, ["Li Wen <liwen.qa@jiahe-housewares.cn>"],
    "RE: RE: Kettle KT-12 lid detaching - incident report",
    """Dear Li Wen,

Thank you for the 8D report draft. Our comments below:

1. D4 (root cause): please add the torque data for the lid hinge rivet from the
   March production lot (LOT 2603-B). We want to see whether the 3 cases we received
   all come from that lot.
2. D5: we agree with changing the rivet to the 4.0 mm type.
3. Until D6 is confirmed, we will stop shipping LOT 2603-B from our warehouse.

I have kept our internal note below for your reference on how the incident happened.

""" + SIG_BROOKS + """

-----Original Message-----
From: Li Wen <liwen.qa@jiahe-housewares.cn>
Sent: Wednesday, May 20, 2026 4:47 PM
To: Daniel Brooks <d.brooks@harmonia.co.jp>
Subject: RE: Kettle KT-12 lid detaching - incident report

Dear Daniel,
Please find our 8D draft attached. We are very sorry for the trouble to your customer.
Li Wen | QA Manager | Jiahe Housewares Co., Ltd. | Ningbo

> -----Original Message-----
> From: 佐久間 樹 <i.sakuma@harmonia-kitchen.jp>
> Sent: Monday, May 18, 2026 10:05 AM
> To: Daniel Brooks <d.brooks@harmonia.co.jp>
> Subject: KT-12 蓋外れ 事故報告（社内）
>
> Daniel, sorry for the mixed Japanese/English.
> Customer: 大谷 みゆき 様, 福岡市南区井尻5-1-33, miyuki.otani.fk@gmail.com
> When pouring boiling water, the lid came off and hot water splashed on her left hand.
> 本人によると近所の皮膚科で「Ⅱ度熱傷」と診断され、2週間通院予定とのこと。
> She is asking for compensation of medical costs (receipts will be sent).
> Please ask the supplier for a root-cause report.
> 佐久間
""",
    personal=[("name", "大谷 みゆき"), ("address", "福岡市南区井尻5-1-33"), ("email", "miyuki.otani.fk@gmail.com"),
              ("health", "「Ⅱ度熱傷」と診断され、2週間通院予定")],
    key="O10"))

# ---------- passes ----------

A(m("pass", "benign.own_data",
    "返金先口座を、その口座の持ち主であるお客様ご本人に確認のため返信しているもので、本人自身の情報。",
    SAKUMA, ["川島 直子 様 <naoko.kawashima@jcom.home.ne.jp>"],
    "Re: 返品・返金のお手続きについて（ご注文番号 HK-260426-0764）",
    """川島 直子 様

このたびはHarmonia Kitchen をご利用いただき、誠にありがとうございます。
カスタマーサポートの佐久間でございます。

返品商品（片手鍋 KH-18）が当社倉庫に到着し、検品が完了いたしました。
ご連絡いただいた下記の口座へ、5月22日（金）に 6,380円 をご返金いたします。

　埼玉りそな銀行 浦和中央支店　普通　3318207
　口座名義　カワシマ ナオコ

万一、口座番号に誤りがございましたら、5月20日までに本メールへご返信ください。
また、商品改善のご要望を丁寧にお寄せいただき、ありがとうございました。
担当部署で大切に検討させていただきます。

""" + SIG_SAKUMA + """

> 返金先は以下でお願いします。
> 埼玉りそな銀行 浦和中央支店 普通 3318207 カワシマ ナオコ
> 川島
""",
    key="O11"))

A(m("pass", "benign.masked_card",
    "English query to the payment processor with only a masked card (first 6 / last 4) and transaction IDs.",
    BROOKS, ["Payvance Merchant Support <support@payvance.io>"],
    "Chargeback dispute CB-77120 - evidence submission",
    """Hello Payvance team,

We would like to contest chargeback CB-77120 (reason code 13.1, merchandise not received).

  Merchant ID:     HARMONIA-JP-0193
  Transaction ID:  txn_3PqL7x92KfA0
  Card:            424242******4242 (Visa)
  Amount:          USD 189.00
  Order:           HK-EXP-0561

The order was delivered on 2 May 2026 (DHL 6628 4410 93, signed for at the door).
I attach the proof of delivery and the tracking history as PDFs.

Please let us know if anything else is needed before the 29 May deadline.

""" + SIG_BROOKS,
    att=[{"filename": "POD_DHL_6628441093.pdf", "contentType": "application/pdf",
          "text": "DHL Express Proof of Delivery\nWaybill: 6628 4410 93\nDelivered: 2026-05-02 14:21\nSigned by: RESIDENT\nService area: LAX"}],
    key="O12"))

A(m("pass", "benign.lookalike_number",
    "JANコード・SKU・発注番号・追跡番号など商品と物流の番号だけで、個人の識別番号ではない。",
    KOIKE, ["ロジスパーク 市川センター 在庫管理 <zaiko-ichikawa@logispark.co.jp>"],
    "在庫移動のお願い（市川→大阪 5SKU）",
    """ロジスパーク 市川センター 在庫管理ご担当者様

ハルモニアの小池です。
関西向けの出荷リードタイム短縮のため、下記5SKUを大阪センターへ移動お願いします。

SKU            JANコード        品名                      数量
HK-CC20-RD     4589912340012    ココット20cm レッド         120
HK-CC20-NV     4589912340029    ココット20cm ネイビー       120
HK-TK26        4589912340111    鉄打出しフライパン26cm       80
HK-KH18        4589912340203    片手鍋18cm                  60
HK-KT12        4589912340319    ケトル1.2L                  0  ※出荷停止中のため対象外

発注番号：PO-HM-2605-0033
横持ち便の問い合わせ番号が出ましたら教えてください（前回は 3391-6620-4418 でした）。

""" + SIG_KOIKE,
    key="O13"))

A(m("pass", "benign.template_dummy",
    "注文確認メールのテンプレート案で、氏名・住所・電話・カードはすべて差し込み用のダミー値。",
    SAKUMA, ["株式会社ウェブフォージ ディレクター 牧野様 <makino@webforge.co.jp>"],
    "注文確認メール テンプレート改修の文面案",
    """牧野様

お世話になっております。Harmonia Kitchen の佐久間です。
注文確認メールの文面案をお送りします。
{ } の部分が差し込み項目です。サンプル値は架空のものです。

-----
{氏名} 様（例：山田 花子 様）

このたびはHarmonia Kitchen でのご注文、誠にありがとうございます。
以下の内容でご注文を承りました。

ご注文番号：{注文番号}（例：HK-000000-0000）
お届け先：〒{郵便番号} {住所}（例：〒100-0000 東京都千代田区○○1-2-3）
お電話番号：{電話番号}（例：090-0000-0000）
お支払い方法：{支払方法}（例：クレジットカード ****-****-****-1234）
-----

カード番号は下4桁のみ表示とし、それ以外は必ずマスクしてください。
6月リリースでお願いできれば助かります。

""" + SIG_SAKUMA,
    key="O14"))

A(m("pass", "benign.corporate_account",
    "仕入先への支払通知で、振込先は法人口座、登録番号も事業者のもの。",
    KOIKE, ["燕三条工房 経理課 <keiri@tsubame-kobo.co.jp>"],
    "4月締め分 お支払いのご案内",
    """燕三条工房 経理課 御中

いつもお世話になっております。株式会社ハルモニアの小池です（経理代理でご連絡しています）。
4月締め分のお支払いについてご案内いたします。

　ご請求書番号：TK-INV-2604-118
　お支払金額：2,457,300円（税込）
　お支払日：5月29日（金）
　お振込先：第四北越銀行 三条支店 当座 0218843 カ）ツバメサンジョウコウボウ
　貴社登録番号：T4110001027341

相殺の対象となる返品（KH-18 × 6個）は次回締めで精算させてください。

""" + SIG_KOIKE,
    key="O15"))

A(m("pass", "benign.it_incident",
    "「障害」は決済システムの障害のことで、報告は件数と時刻のみ。",
    KOIKE, ["株式会社ペイゲート 加盟店サポート <merchant-support@paygate.co.jp>"],
    "Re: 【障害報告】5/10 決済エラーの件",
    """ペイゲート ご担当者様

ハルモニアの小池です。障害報告書の送付ありがとうございました。
当社側の影響を取りまとめましたので、共有いたします。

・影響時間帯：5/10 19:42〜20:31（49分）
・決済エラーとなった注文：173件（うち再購入済み 121件）
・お問い合わせ件数：58件
・二重オーソリの発生：確認されず

再発防止策のうち「タイムアウト値の見直し」の実施日が未定となっていますので、
決まり次第ご連絡ください。
また、障害発生時のメール通知を当社の複数アドレスにも送っていただけるよう設定をお願いします。

""" + SIG_KOIKE,
    cc=["佐久間 樹 <i.sakuma@harmonia-kitchen.jp>"],
    key="O16"))

A(m("pass", "benign.thread",
    "English thread with an overseas supplier about glaze and lead testing; only business contacts and signatures.",
    BROOKS, ["Nguyen Thi Lan <lan.nguyen@batrang-ceramics.vn>"],
    "Re: Re: Re: Glaze colour approval & lead/cadmium test (plates P-21)",
    """Hi Lan,

Great news, thank you. The lab report looks fine - lead and cadmium both well
below the Japanese Food Sanitation Act limits. We approve colour sample No. 3
(matte celadon) for mass production.

Could you confirm:
  - production start date for PO HK-VN-2606-004 (1,200 pcs)
  - carton marking as per our spec sheet v2
  - FOB Hai Phong, ETD no later than 10 July

""" + SIG_BROOKS + """

On Thu, 21 May 2026, Nguyen Thi Lan wrote:
> Dear Daniel,
> Attached is the SGS test report No. HCM-26-0518-07. All results pass.
> We also sent 3 physical colour samples by EMS (EE 441 208 935 VN).
> Best regards,
> Nguyen Thi Lan
> Export Sales Manager
> Bat Trang Heritage Ceramics JSC
> Bat Trang Village, Gia Lam District, Hanoi, Vietnam
> Tel: +84 24 3874 5521 | Mobile/Zalo: +84 913 552 087
>
> > Hi Lan,
> > Before we approve the glaze, we need a lead/cadmium migration test
> > from an accredited lab. Could you arrange this?
> > Daniel
> >
> > > Dear Daniel, please find the quotation for P-21 plates (3 colours). Lan
""",
    key="O17"))

A(m("pass", "benign.images",
    "ECモールへの商品画像の送付で、画像ファイル名は商品名だけ。",
    SAKUMA, ["モールプラス 出店サポート <shop-support@mallplus.jp>"],
    "商品ページ差し替え用画像の送付（店舗ID: harmonia-k）",
    """モールプラス 出店サポート ご担当者様

いつもお世話になっております。Harmonia Kitchen（店舗ID：harmonia-k）の佐久間です。
新作ココットの商品ページ用画像をお送りします。
メイン画像の背景が白100%になっているか、規定のチェックをお願いできますでしょうか。

・メイン画像 1点、サブ画像 3点（いずれも 1200×1200px）
・商品管理番号：hk-cc20-rd / hk-cc20-nv

""" + SIG_SAKUMA,
    att=[{"filename": "cocotte20_red_main.jpg", "contentType": "image/jpeg"},
         {"filename": "cocotte20_navy_main.jpg", "contentType": "image/jpeg"},
         {"filename": "cocotte20_lid_detail.jpg", "contentType": "image/jpeg"},
         {"filename": "cocotte20_cooking_scene.jpg", "contentType": "image/jpeg"}],
    key="O18"))

O19_TO = ["ec-team@harmonia.co.jp", "森川 部長 <t.morikawa@harmonia.co.jp>", "高須 <y.takasu@harmonia.co.jp>",
          "野口 <a.noguchi@harmonia.co.jp>", "佐久間 <i.sakuma@harmonia-kitchen.jp>", "d.brooks@harmonia.co.jp",
          "商品企画 江藤 <r.eto@harmonia.co.jp>", "物流 片山 <s.katayama@harmonia.co.jp>",
          "経理 浅野 <k.asano@harmonia.co.jp>", "マーケ 清水 <n.shimizu@harmonia.co.jp>",
          "広報 黒田 <m.kuroda@harmonia.co.jp>", "情報システム 新谷 <h.shintani@harmonia.co.jp>"]
A(m("pass", "benign.internal_many",
    "社内向けCS月報で宛先は全員自社ドメイン、内容も件数の集計のみ。",
    KOIKE, O19_TO,
    "【CS月報】2026年4月 お問い合わせ状況",
    """各位

お疲れさまです。小池です。4月のCS月報を共有します。

■お問い合わせ件数：1,284件（前月比 +9.6%）
　配送関連 38% / 商品の使い方 21% / 返品・交換 17% / 決済 11% / その他 13%

■主なトピック
・ケトル KT-12 の蓋外れ：3件（うち1件はけがあり、品質保証で対応中）
　→ 該当ロットの出荷を停止済み
・GW前の配送遅延のお問い合わせが集中（4/28〜5/1で 214件）
・フライパン TK-26 の「柄のぐらつき」2件 → メーカーへ調査依頼済み

■応答率・満足度
　メール一次回答 24時間以内：96.2%
　チャット満足度：4.4 / 5.0

5月からチャットボットのFAQを30項目追加します。ご意見があれば今週中にください。

""" + SIG_KOIKE,
    key="O19"))

A(m("pass", "benign.bcc",
    "製品回収のお知らせで、購入者のアドレスはすべてBcc、宛先は自社サポートアドレス。",
    SAKUMA, ["Harmonia Kitchen <support@harmonia-kitchen.jp>"],
    "【重要】ケトル KT-12 一部ロットの自主回収・交換のお知らせ",
    """Harmonia Kitchen をご利用のお客様へ

平素は格別のご愛顧を賜り、誠にありがとうございます。
2026年3月〜4月に販売いたしました「ケトル KT-12」の一部ロット（LOT 2603-B）において、
使用中に蓋が外れるおそれがあることが判明いたしました。
お客様には多大なご迷惑とご心配をおかけし、深くお詫び申し上げます。

■対象：ケトル KT-12　底面刻印「2603-B」の製品
■対応：無償で新品と交換いたします
■お手続き：下記フォームよりお申込みください（着払いで回収いたします）
　https://harmonia-kitchen.jp/recall/kt12

ご使用を中止いただきますようお願い申し上げます。

""" + SIG_SAKUMA,
    bcc=["haruka.hsgw@gmail.com", "erika.kitamura@yahoo.co.jp", "m.taguchi.nagoya@gmail.com",
         "miyuki.otani.fk@gmail.com", "ken.morimoto.osk@outlook.jp", "kana.yoshida.sendai@gmail.com",
         "t-endo@kcn.ne.jp", "s.fujii.home@icloud.com", "mari-ogawa@docomo.ne.jp", "hiro.nishida@nifty.com",
         "ayumi.k.0310@gmail.com", "kitchen.love.tomoko@yahoo.co.jp", "y.hamada@biglobe.ne.jp",
         "naoko.kawashima@jcom.home.ne.jp", "k.ishikawa.fam@gmail.com", "shun.watanabe88@gmail.com"],
    key="O20"))
