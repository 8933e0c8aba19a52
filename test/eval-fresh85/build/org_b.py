"""(B) 中古車販売・オートローン — 株式会社カーステーション北斗 住之江店 (大阪市住之江区).

Writers
  tamura : 田村 翔太, 営業 — casual, dashed signature with mobile and closing days
  sasaki : 佐々木 恵, ローン・保険課 — heavy signature with 古物商許可番号 and memberships
  onishi : 大西 剛, 店長 — three-line signature with URL
"""
from common import t, quote, csv_text, att, enc_zip, P, hold, ok, group4

ORG = "B"
DOM = "hokuto-cars.example.co.jp"

TAM = "田村 翔太 <s-tamura@%s>" % DOM
SAS = "佐々木 恵 <m-sasaki@%s>" % DOM
ONI = "大西 剛 <t-onishi@%s>" % DOM

SIG_TAM = t("""
    -------------------------
    カーステーション北斗 住之江店
    営業　田村 翔太
    携帯 090-0000-2215 ／ 店舗 06-0000-3150
    定休日：毎週水曜・第2火曜
    -------------------------
""")

SIG_SAS = t("""
    ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
    株式会社カーステーション北斗 住之江店
    ローン・保険課　佐々木 恵（ささき めぐみ）
    〒559-0000 大阪府大阪市住之江区南港東4-2-18
    TEL 06-0000-3150 ／ FAX 06-0000-3151
    E-mail m-sasaki@hokuto-cars.example.co.jp
    大阪府公安委員会 古物商許可 第621110000123号
    自動車公正取引協議会会員／損害保険代理店
    ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
""")

SIG_ONI = t("""
    株式会社カーステーション北斗
    住之江店 店長　大西 剛
    TEL 06-0000-3150　https://www.hokuto-cars.example.co.jp/
""")

CARD = "4539012045320568"          # Luhn-valid, synthetic
MYNUM = "391533759369"             # valid check digit, synthetic

MAILS = []
add = MAILS.append

# ============================================================ HOLDS
# ---- body 1: loan application to a credit company with licence number
add(hold(ORG, "sasaki", "body", "id.drivers_licence",
    "An auto-loan application sent to the credit company carries the applicant's driver's licence number, birth date, address and income.",
    SAS, ["ホクセイクレジット 大阪審査センター <shinsa-osaka@hokusei-credit.example.co.jp>"],
    "オートローン審査のお願い（加盟店コード 27-5518）",
    t("""
    ホクセイクレジット株式会社
    大阪審査センター ご担当者様

    いつもお世話になっております。カーステーション北斗 住之江店の佐々木です。
    下記のお客様について、オートローンの仮審査をお願いいたします。
    申込書の原本は本日夕方の集荷でお送りします。

    ■申込者
    　氏名：小池 大輔（コイケ ダイスケ）
    　生年月日：1989年7月22日
    　住所：大阪府堺市北区中百舌鳥町5-118-3 メゾン中百舌鳥 402
    　携帯：080-0000-5127
    　運転免許証番号：622103458871（ゴールド、2027年8月22日まで有効）
    　勤務先：株式会社泉北物流 堺営業所（勤続6年）
    　税込年収：420万円　住居：賃貸　家族：妻・子1人

    ■お車
    　日産 セレナ e-POWER ハイウェイスター V（2021年式・走行 3.2万km）
    　車両本体 2,380,000円　諸費用 186,400円　頭金 300,000円
    　ご希望：84回払い、ボーナス併用なし

    お手数ですが、本日中にご回答いただけますと助かります。

    """) + SIG_SAS,
    personal=[P("name", "小池 大輔"), P("dob", "1989年7月22日"),
              P("address", "大阪府堺市北区中百舌鳥町5-118-3 メゾン中百舌鳥 402"),
              P("drivers_licence", "622103458871"), P("phone", "080-0000-5127")]))

# ---- body 2: full card number sent to the payment agent
add(hold(ORG, "tamura", "body", "id.card",
    "A salesman mails a customer's full card number, expiry and name to the payment agent for a manual charge.",
    TAM, ["ペイゲート株式会社 加盟店サポート <merchant-support@paygate.example.co.jp>"],
    "端末エラーのため手入力決済のお願い",
    t("""
    ペイゲート株式会社
    加盟店サポート ご担当者様

    お世話になっております。カーステーション北斗 住之江店の田村です。
    本日、店頭の決済端末（端末番号 PG-77214）がエラー E-31 で使えず、
    お客様の頭金をカードで決済できておりません。
    電話で伺った手入力決済の件、下記でお願いできますでしょうか。

    　加盟店番号：0098-551-204
    　金額：300,000円（一括）
    　カード番号：%s
    　有効期限：08/28
    　名義：KENJI ARAKAWA
    　お客様控えの送付先：店舗宛て

    お客様は今週末の納車を待っておられますので、
    本日中に処理いただけると助かります。

    """ % group4(CARD)) + SIG_TAM,
    personal=[P("card", group4(CARD)), P("name", "KENJI ARAKAWA")]))

# ---- body 3: list of delinquent borrowers to a servicer
add(hold(ORG, "sasaki", "body", "list.delinquent_borrowers",
    "The body lists five named borrowers with phones and overdue amounts and goes to a debt-collection company.",
    SAS, ["さくら債権回収株式会社 大阪支店 森川様 <morikawa@sakura-servicer.example.co.jp>"],
    "自社ローン 延滞先の回収委託について（10月末時点）",
    t("""
    さくら債権回収株式会社
    大阪支店　森川 様

    いつもお世話になっております。カーステーション北斗の佐々木です。
    先日ご相談しました自社ローン（社内割賦）の延滞先について、
    10月末時点の状況を以下にまとめました。委託のご検討をお願いいたします。

    No 氏名　　　　 電話　　　　　　延滞月数　延滞額　　　 残債
    1　河野 拓也　　090-0000-4471　 4か月　　 148,000円　　 912,000円
    2　北川 美穂　　080-0000-2093　 3か月　　  96,600円　　 640,300円
    3　前田 浩二　　090-0000-7758　 6か月　　 231,000円　 1,104,000円
    4　村上 竜也　　070-0000-3316　 3か月　　 112,500円　　 488,000円
    5　吉岡 勝　　　06-0000-8842　　5か月　　 175,000円　　 702,500円

    いずれも督促状は2回送付済み、電話にも出ていただけない状況です。
    契約書の写しは別途お送りいたします。

    """) + SIG_SAS,
    personal=[P("name", "河野 拓也"), P("phone", "090-0000-4471"),
              P("name", "前田 浩二"), P("debt", "231,000円")]))

# ---- attachment 1: 住民票 with マイナンバー to the registration agent
add(hold(ORG, "tamura", "attachment", "id.mynumber_juminhyo",
    "The cover note is routine, but the attached 住民票 carries the customer's 個人番号, which a registration agent does not need.",
    TAM, ["はやせ行政書士事務所 早瀬先生 <hayase@hayase-gyosei.example.jp>"],
    "名義変更書類一式の送付（中村様 セレナ）",
    t("""
    はやせ行政書士事務所
    早瀬 先生

    いつもありがとうございます。北斗の田村です。
    中村様の名義変更・車庫証明の件、お客様からいただいた書類を
    スキャンして添付しますのでご確認ください。
    原本は明日の午前中にお持ちします。

    よろしくお願いします！

    """) + SIG_TAM,
    attachments=[att("住民票_中村様.pdf", "application/pdf", t("""
    住民票の写し
    大阪市住之江区長
    住所：大阪府大阪市住之江区北加賀屋3-7-21
    世帯主：中村 隆
    氏名：中村 隆　　生年月日：昭和57年11月3日　性別：男　続柄：世帯主
    住民となった年月日：平成26年4月1日
    個人番号：%s
    住民票コード：40918273645
    前住所：大阪府東大阪市小阪2-14-6
    この写しは、住民票の原本と相違ないことを証明する。
    令和7年10月28日　大阪市住之江区長
    """ % MYNUM))],
    personal=[P("mynumber", MYNUM), P("name", "中村 隆"),
              P("address", "大阪府大阪市住之江区北加賀屋3-7-21")]))

# ---- attachment 2: customer list for a direct-mail printer
CUST = [
    ("岡田 雅人", "559-0000", "大阪市住之江区粉浜1-8-4", "090-0000-1187", "トヨタ シエンタ", "2026/01/14"),
    ("藤本 千春", "558-0000", "大阪市住吉区長居東3-2-19", "080-0000-6632", "ホンダ フィット", "2026/01/22"),
    ("西村 和樹", "590-0000", "堺市堺区大町西2-1-7", "090-0000-9045", "スズキ ハスラー", "2026/02/03"),
    ("松田 ひとみ", "559-0000", "大阪市住之江区安立4-11-2", "06-0000-2719", "ダイハツ タント", "2026/02/09"),
    ("坂口 誠", "557-0000", "大阪市西成区玉出中1-5-30", "090-0000-3358", "日産 ノート", "2026/02/17"),
    ("山内 亮", "591-0000", "堺市北区百舌鳥梅町1-22-8", "070-0000-8201", "マツダ CX-5", "2026/02/25"),
    ("小西 理恵", "559-0000", "大阪市住之江区御崎6-3-14", "080-0000-4476", "日産 サクラ", "2026/03/04"),
]
add(hold(ORG, "onishi", "attachment", "list.customer_csv",
    "The cover note is a routine print order, but the attachment lists customers with addresses, phones, cars and inspection dates for an outside printer.",
    ONI, ["株式会社なにわDM企画 制作部 <seisaku@naniwa-dm.example.co.jp>"],
    "車検案内DM 1〜3月満了分 データ送付",
    t("""
    なにわDM企画 制作部 御中

    お世話になります。北斗の大西です。
    1〜3月車検満了分の案内ハガキ、宛名データを添付します。
    デザインは前回（秋の点検キャンペーン）と同じで、
    「早期予約で代車無料」の文言だけ差し替えをお願いします。

    発送は12月10日頃を希望です。校正は店舗宛てにPDFでください。

    """) + SIG_ONI,
    attachments=[att("shaken_2026Q1.csv", "text/csv", csv_text(
        ["氏名", "郵便番号", "住所", "電話", "車種", "車検満了日"], CUST))],
    personal=[P("name", "岡田 雅人"), P("address", "大阪市住之江区粉浜1-8-4"),
              P("phone", "080-0000-6632")]))

# ---- quoted 1: customer inquiry forwarded to a body shop
add(hold(ORG, "tamura", "quoted", "personal.inquiry_forward",
    "The top is a one-line request; the forwarded web inquiry gives a customer's full name, address, phone and e-mail to an outside body shop.",
    TAM, ["南港オートボディ 工場長 辻様 <tsuji@nanko-autobody.example.jp>"],
    "Fw: 【お問い合わせ】板金修理の見積り希望",
    t("""
    辻さん

    お疲れさまです、田村です。
    下のお客様、うちで去年セレナを買っていただいた方です。
    見積りの段取りだけ、直接ご連絡してもらえますか？

    よろしくお願いします。

    ----- 転送メッセージ -----
    差出人: カーステーション北斗 お問い合わせフォーム <form@hokuto-cars.example.co.jp>
    送信日時: 2025年11月5日 9:14
    件名: 【お問い合わせ】板金修理の見積り希望

    お名前：長尾 真由美（ナガオ マユミ）
    ご住所：〒590-0000 大阪府堺市堺区向陵中町4-6-22
    電話番号：090-0000-6318
    メール：mayumi.nagao.1985@gmail.com
    車種：日産 セレナ（2020年式）
    お問い合わせ内容：
    スーパーの駐車場で左後ろのドアをこすってしまいました。
    へこみは手のひらくらいです。保険を使うか迷っているので、
    まず概算の見積りをお願いしたいです。平日の夕方以降なら電話に出られます。
    """),
    personal=[P("name", "長尾 真由美"), P("address", "大阪府堺市堺区向陵中町4-6-22"),
              P("phone", "090-0000-6318"), P("email", "mayumi.nagao.1985@gmail.com")]))

# ---- quoted 2: thread quotes a private refund account to the tax accountant
add(hold(ORG, "sasaki", "quoted", "id.private_bank_refund",
    "The top line only says thanks; the quoted earlier mail gives a customer's personal bank account for a refund to an outside accounting office.",
    SAS, ["みなと会計事務所 記帳代行 坪井様 <tsuboi@minato-kaikei.example.jp>"],
    "Re: 10月分 返金処理の仕訳について",
    t("""
    坪井様

    ご確認ありがとうございます。
    ご指摘の勘定科目（前受金→未払金）で問題ございません。
    11月分も同様に処理をお願いいたします。

    """) + SIG_SAS + "\n" + quote(t("""
    -----Original Message-----
    From: 佐々木 恵
    Sent: Friday, October 31, 2025 5:48 PM
    To: 坪井様
    Subject: 10月分 返金処理の仕訳について

    坪井様
    10月の返金は1件です。ご成約キャンセルに伴う申込金の返金となります。

    　お客様：藤原 健一 様
    　返金額：50,000円（申込金全額）
    　振込先：関西みらい信用金庫 住之江支店 普通 4418207 フジワラ ケンイチ
    　振込日：10月30日

    振込控えは月末の資料と一緒にお送りします。
    """)),
    personal=[P("name", "藤原 健一"), P("bank_account", "普通 4418207 フジワラ ケンイチ")]))

# ---- subject only: licence number in subject
add(hold(ORG, "onishi", "subject", "id.drivers_licence_subject",
    "The subject line carries a customer's name and driver's licence number; the body itself is neutral.",
    ONI, ["あおば保険サービス 鶴田様 <tsuruta@aoba-hoken.example.co.jp>"],
    "小池様 免許証番号 622103458871 の件（任意保険切替）",
    t("""
    鶴田さん

    お世話になっております。北斗の大西です。
    件名の件、先ほどお電話でお伝えしたとおりです。
    納車が11/15(土)なので、その日から補償開始でお願いできますか。
    見積書は佐々木から改めてお送りします。

    """) + SIG_ONI,
    personal=[P("name", "小池"), P("drivers_licence", "622103458871")]))

# ---- zip: password-protected zip of screening documents
add(hold(ORG, "sasaki", "zip", "attachment.encrypted_zip",
    "Screening documents are sent to the credit company as a password-protected zip, with the password to follow by mail (PPAP).",
    SAS, ["ホクセイクレジット 大阪審査センター <shinsa-osaka@hokusei-credit.example.co.jp>"],
    "本審査書類の送付（受付番号 HK-25-110372）",
    t("""
    ホクセイクレジット株式会社
    大阪審査センター ご担当者様

    いつもお世話になっております。カーステーション北斗の佐々木です。
    受付番号 HK-25-110372 の本審査書類（免許証・収入証明の写し）を
    ZIPファイルにてお送りいたします。
    パスワードは別メールにてお知らせいたします。

    よろしくお願いいたします。

    """) + SIG_SAS,
    attachments=[enc_zip("HK-25-110372_審査書類.zip")],
    personal=[]))

# ---- recipients: customers in visible To
CUSTS = [
    "岡田 雅人 <masato.okada.osaka@gmail.com>",
    "藤本 千春 <chiharu_fujimoto@yahoo.co.jp>",
    "西村 和樹 <kazuki.n.sakai@gmail.com>",
    "松田 ひとみ <hitomi.matsuda@outlook.com>",
    "坂口 誠 <makoto-sakaguchi@yahoo.co.jp>",
    "山内 亮 <ryo.yamauchi.cx5@gmail.com>",
    "小西 理恵 <rie.konishi.sakura@gmail.com>",
    "長尾 真由美 <mayumi.nagao.1985@gmail.com>",
    "中村 隆 <takashi.nakamura.kaga@yahoo.co.jp>",
    "北野 晴美 <harumi.kitano@outlook.com>",
    "石原 大樹 <daiki.ishihara@gmail.com>",
    "若林 奈々 <nana.wakabayashi@yahoo.co.jp>",
]
add(hold(ORG, "onishi", "recipients", "recipients.customers_visible_to",
    "A service-campaign mail puts twelve customers' private addresses in To where every recipient can see them; it should have gone BCC.",
    ONI, CUSTS,
    "【カーステーション北斗】ご成約のお客様限定 冬の無料点検のご案内",
    t("""
    お客様各位

    いつもカーステーション北斗をご利用いただき、ありがとうございます。
    住之江店 店長の大西でございます。

    これから冬本番を迎えるにあたり、当店でお車をご購入いただいたお客様を対象に
    無料点検（バッテリー・タイヤ・ワイパー・冷却水の4項目）を実施いたします。

    期間：2025年12月1日(月)〜12月20日(土)　※水曜定休
    所要時間：約30分
    ご予約：店舗 06-0000-3150 またはこのメールにご返信ください

    ご来店の際はお気軽にお声がけください。スタッフ一同お待ちしております。

    """) + SIG_ONI,
    personal=[]))

# ============================================================ PASSES
# ---- invoice to a corporate customer with corporate account and numbers
add(ok(ORG, "sasaki", "attachment", "benign.invoice_corporate",
    "An invoice to a corporate buyer with the dealer's corporate account, 法人番号 and invoice registration number; nothing personal.",
    SAS, ["株式会社南海設備工業 総務部 杉山様 <sugiyama@nankai-setsubi.example.co.jp>"],
    "社用車2台 ご請求書送付のご案内",
    t("""
    株式会社南海設備工業
    総務部　杉山 様

    このたびは社用車2台をご成約いただき、誠にありがとうございました。
    ご請求書をPDFにてお送りいたします。

    　請求番号：INV-2511-0027
    　ご請求額：4,628,900円（税込）
    　お支払期日：2025年11月28日(金)
    　お振込先：大阪中央銀行 南港支店 当座 0071253
    　　　　　　カ）カーステーションホクト

    納車は11月18日(火)午前、御社駐車場にて予定しております。
    ご不明点は佐々木までお気軽にお問い合わせください。

    """) + SIG_SAS,
    attachments=[att("請求書_INV-2511-0027.pdf", "application/pdf", t("""
    御請求書　　　　　請求番号 INV-2511-0027　　発行日 2025年11月6日
    株式会社南海設備工業 御中
    1 トヨタ プロボックス GL（2022年式）車台番号 NCP160-0123456　1,398,000円
    2 トヨタ ハイエース DX（2020年式）　車台番号 GDH201-1045678　2,760,000円
    　諸費用（登録・車庫証明代行・リサイクル料）　　　　　　　　　　　  49,900円
    小計 4,207,900円　消費税(10%) 421,000円　合計 4,628,900円
    振込先 大阪中央銀行 南港支店 当座 0071253 カ）カーステーションホクト
    株式会社カーステーション北斗　法人番号 4120001123456
    適格請求書発行事業者 登録番号 T4120001123456
    """))]))

# ---- vehicle numbers for a transport company
add(ok(ORG, "tamura", "body", "benign.vehicle_numbers",
    "Asks a car carrier to move stock cars; registration plates and chassis numbers identify the dealer's own vehicles, not people.",
    TAM, ["関西陸送サービス 配車係 <haisha@kansai-rikuso.example.co.jp>"],
    "オークション仕入れ車両 陸送のお願い（11/12引取）",
    t("""
    関西陸送サービス 配車係 御中

    いつもお世話になってます。北斗の田村です。
    先週のオークションで落札した3台、下記で陸送お願いします。

    引取：KAA大阪会場（11/12(水) 10時以降）
    納入：当店 住之江店（11/13(木) 午前希望）

    1. 日産 サクラ X　　 なにわ 580 あ 12-34　車台番号 B6AW-0012345　出品番号 3157
    2. ホンダ N-BOX L　　和泉 581 け 77-08　車台番号 JF5-1098765　 出品番号 3322
    3. トヨタ アクア Z　 大阪 330 ち 46-19　車台番号 MXPK11-2034567　出品番号 4018

    2番はスマートキーが1本のみです。
    受領書は3台まとめて店舗宛てにFAXください。

    """) + SIG_TAM))

# ---- to the customer herself: her own loan contract
add(ok(ORG, "sasaki", "body", "benign.to_customer_self",
    "Confirms a loan contract to the borrower herself with her own schedule and a masked debit account.",
    SAS, ["北野 晴美 <harumi.kitano@outlook.com>"],
    "ご契約内容のご確認（オートローン）",
    t("""
    北野 晴美 様

    このたびはカーステーション北斗でお車をお選びいただき、誠にありがとうございます。
    ローン・保険課の佐々木でございます。
    ホクセイクレジットでのオートローンのご契約内容をお知らせいたします。

    　契約番号：HK-25-109884
    　お借入額：1,720,000円（実質年率 4.9%）
    　お支払回数：60回
    　初回：2025年12月27日 33,520円／2回目以降：毎月27日 32,380円
    　口座振替：ご指定の口座（****739）

    後日、ホクセイクレジットから契約書の控えが郵送されますので、
    大切に保管してください。
    納車は11月22日(土)の予定です。当日を楽しみにお待ちください。

    """) + SIG_SAS))

# ---- masked card receipt to the customer himself
add(ok(ORG, "tamura", "body", "benign.masked_card_receipt",
    "A payment receipt to the paying customer himself; the card number is masked.",
    TAM, ["石原 大樹 <daiki.ishihara@gmail.com>"],
    "頭金ご入金のお礼と領収のご連絡",
    t("""
    石原 大樹 様

    先日はご来店ありがとうございました。北斗の田村です。
    頭金のカード決済が完了しましたので、ご連絡いたします。

    　金額：200,000円（一括）
    　カード：VISA **** **** **** 4021
    　承認番号：0815263
    　決済日：2025年11月4日

    領収書は納車の際にお渡しいたします。
    車庫証明が下りましたら、納車日のご相談でお電話しますね。

    """) + SIG_TAM))

# ---- web renewal minutes with a test card
add(ok(ORG, "onishi", "attachment", "benign.test_card_dev",
    "Minutes of a website project: the card number is the standard test card used on the staging site, not a customer's card.",
    ONI, ["ウェブクラフト株式会社 ディレクター 水野様 <mizuno@webcraft.example.co.jp>"],
    "Re: 定例MTG議事録（11/4）ご確認",
    t("""
    水野さん

    議事録ありがとうございます。大西です。
    1点だけ修正をお願いします。
    「申込金のオンライン決済」は12月ではなく、1月公開で社内合意しました。

    それ以外は内容問題ありません。次回もよろしくお願いします。

    """) + SIG_ONI,
    attachments=[att("議事録_20251104.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", t("""
    カーステーション北斗様 Webリニューアル 定例MTG 議事録
    日時：2025/11/4(火) 15:00-16:00　場所：オンライン
    出席：北斗 大西様、佐々木様／ウェブクラフト 水野、奥田
    1. ローンシミュレーター
       ・金利 4.9% / 6.9% の2パターン表示で確定
    2. 申込金オンライン決済（ステージング検証）
       ・テストカード 4111 1111 1111 1111（有効期限 12/30, CVC 123）で決済成功を確認
       ・3Dセキュア画面の文言を修正（奥田）
    3. 在庫連携
       ・在庫CSVの取込を1日4回に変更
    次回：11/18(火) 15:00
    """))]))

# ---- Yamato tracking numbers to another dealer
add(ok(ORG, "tamura", "body", "benign.tracking_numbers",
    "Gives another dealer the Yamato tracking numbers for documents and spare keys; 12-digit tracking numbers, not identity numbers.",
    TAM, ["オートギャラリー岸和田 業販担当 上野様 <ueno@ag-kishiwada.example.jp>"],
    "業販車両 書類・スペアキー発送のご連絡",
    t("""
    オートギャラリー岸和田
    上野 様

    お世話になっております。北斗の田村です。
    先日ご購入いただいた業販車両2台分の書類とスペアキーを、本日発送しました。

    ・アクア（在庫番号 H-2508）書類一式　　ヤマト 2003-6225-2414
    ・N-BOX（在庫番号 H-2513）スペアキー　 ヤマト 4758-7274-7324

    明日午前中の到着予定です。
    お手数ですが、到着しましたら受領のご連絡をお願いします。

    """) + SIG_TAM))

# ---- katakana model names and 障害物
add(ok(ORG, "tamura", "body", "benign.product_names",
    "Answers a company's fleet question; セレナ and サクラ are car models and 障害物 refers to obstacle detection.",
    TAM, ["有限会社ひまわり介護タクシー 代表 片山様 <katayama@himawari-taxi.example.jp>"],
    "Re: 送迎車の入替えについて",
    t("""
    片山社長

    お問い合わせありがとうございます。北斗の田村です。
    ご相談の送迎車の件、現在の在庫から2台ご提案します。

    ① 日産 セレナ e-POWER（2022年式・3.8万km）　2,590,000円
    　スライドドアが両側電動、車いす用スロープの後付けにも対応できます。
    ② 日産 サクラ G（2023年式・0.9万km）　1,980,000円
    　近距離の送迎用にぴったりです。軽なので維持費も抑えられます。

    2台とも衝突被害軽減ブレーキと、低速時の障害物検知（前後ソナー）付きです。
    サクラは駐車支援（プロパイロット パーキング）も付いているので、
    運転に慣れていないスタッフさんでも安心かと思います。

    試乗は平日でしたらいつでも大丈夫です。ご都合をお知らせください。

    """) + SIG_TAM + "\n" + quote(t("""
    田村さん
    いつもお世話になります。ひまわり介護タクシーの片山です。
    今の送迎車が10年を超えたので、入替えを考えています。
    7人乗りと軽を1台ずつ、300万以内で何かありますか。
    """))))

# ---- successor introduction to the credit company
add(ok(ORG, "sasaki", "body", "benign.successor_intro",
    "A handover greeting to the credit company naming the new contact; staff names and signatures only.",
    SAS, ["ホクセイクレジット 大阪支店 営業課 栗田様 <kurita@hokusei-credit.example.co.jp>"],
    "担当変更のご挨拶",
    t("""
    ホクセイクレジット株式会社
    大阪支店 営業課　栗田 様

    平素より大変お世話になっております。カーステーション北斗の佐々木です。
    私事で恐縮ですが、12月より本社経理部へ異動することとなりました。
    後任は、同じローン・保険課の 森 裕介 が務めます。

    森は昨年まで堺店でローン業務を担当しており、
    御社のシステムにも慣れておりますのでご安心ください。
    11月中に一度、森と二人でご挨拶に伺えればと存じます。

    在任中は審査のご相談などで大変お世話になり、本当にありがとうございました。
    今後とも変わらぬお引き立てをお願い申し上げます。

    　後任：森 裕介（もり ゆうすけ）
    　メール：y-mori@hokuto-cars.example.co.jp
    　電話：06-0000-3150（店舗代表）

    """) + SIG_SAS,
    cc=["森 裕介 <y-mori@hokuto-cars.example.co.jp>"]))

# ---- project mail with six visible addresses from two companies
add(ok(ORG, "onishi", "recipients", "benign.project_6_addresses",
    "A showroom renovation schedule to six people at the builder and the design office; visible project recipients, far below the mass-mail threshold.",
    ONI, ["大和建工 工事部 野口 <noguchi@yamato-kenko.example.co.jp>",
          "大和建工 工事部 平野 <hirano@yamato-kenko.example.co.jp>",
          "大和建工 設備課 桑原 <kuwabara@yamato-kenko.example.co.jp>",
          "大和建工 営業部 三宅 <miyake@yamato-kenko.example.co.jp>"],
    "住之江店ショールーム改装 工程の件",
    t("""
    大和建工 野口様、平野様、桑原様、三宅様
    スタジオ・アーク 堀様、安藤様

    お世話になります。北斗の大西です。
    先日の打合せを受けて、店舗側の予定を共有します。

    ・12/1(月)〜12/6(土)：展示車を第2駐車場へ移動、店舗は仮設テントで営業
    ・12/8(月)〜12/20(土)：内装工事（床・照明・商談ブース）
    ・12/22(月)：引渡し、12/24(水)定休日に展示車の搬入

    電気容量の件は桑原様と東電さんの回答待ちと理解しています。
    照明の色温度はスタジオ・アークさんの案（4000K）で進めてください。

    次回の定例は11/19(水)14時、当店2階でお願いします。

    """) + SIG_ONI,
    cc=["スタジオ・アーク 堀 <hori@studio-ark.example.jp>",
        "スタジオ・アーク 安藤 <ando@studio-ark.example.jp>"]))

# ---- aggregate loan statistics
add(ok(ORG, "sasaki", "body", "benign.aggregate_loan_stats",
    "Monthly loan figures reported to the credit company as totals and rates; no applicant is identifiable.",
    SAS, ["ホクセイクレジット 大阪支店 営業課 栗田様 <kurita@hokusei-credit.example.co.jp>"],
    "10月度 オートローン取扱実績のご報告",
    t("""
    栗田 様

    お世話になっております。北斗の佐々木です。
    10月度の取扱実績をご報告いたします。

    　申込件数　　　　 41件（前月 36件）
    　承認件数　　　　 34件（承認率 82.9%）
    　成約件数　　　　 31件
    　取扱高　　　　　 5,214万円
    　平均借入額　　　 168万円／平均回数 68回
    　否決理由の内訳　 他社借入超過 4件、勤続年数 2件、その他 1件

    11月は決算セールで申込の増加を見込んでおります。
    審査のスピード対応を引き続きお願いいたします。

    """) + SIG_SAS))
