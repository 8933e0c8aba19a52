"""Org B: 中古車販売店・オートローン窓口 — 株式会社瀬戸モータース（オートプラザ瀬戸）."""
from common import P, att, enc_zip, M

ORG = "B"
DOM = "seto-motors.example.co.jp"

NOMURA = P("野村 拓真", f"t.nomura@{DOM}")
HIROSE = P("広瀬 千尋", f"c.hirose@{DOM}")
OSHIMA = P("大島 健一", f"k.oshima@{DOM}")

SIG_NOMURA = """
-------------------------------
オートプラザ瀬戸 浜松初生店
販売課　野村 拓真（のむら たくま）
TEL 053-437-5120 ／ 携帯 090-6621-4058
t.nomura@seto-motors.example.co.jp
-------------------------------
"""

SIG_HIROSE = """
==================================
株式会社瀬戸モータース　業務課（オートローン・保険窓口）
広瀬 千尋　Chihiro Hirose
〒433-8112 静岡県浜松市中央区初生町1288-4
TEL 053-437-5122　FAX 053-437-5129
c.hirose@seto-motors.example.co.jp
古物商許可 静岡県公安委員会 第491130006632号
自動車公正取引協議会会員
==================================
このメールおよび添付ファイルは、宛先に記載された方のみを対象としています。
誤って受信された場合は、お手数ですが削除のうえご連絡ください。
"""

SIG_OSHIMA = """
瀬戸モータース 店長 大島
053-437-5120（店）
"""

MIRAI = P("ミライクレジット 浜松支店 佐々木 剛", "t.sasaki@mirai-credit.example.co.jp")


def mails():
    out = []
    add = out.append

    # ---------------- HOLDS ----------------
    add(M(ORG, "hirose", "body", "hold", "id.loan_application_licence_income",
          "A loan applicant's licence number, birth date, home address, employer and income are written into the mail body to the credit company.",
          HIROSE, [MIRAI], "オートローン仮審査のお願い（No.0412 ／ 申込者 青木様）",
          """
ミライクレジット株式会社 浜松支店
佐々木様

いつもお世話になっております。瀬戸モータースの広瀬です。
Web申込画面がタイムアウトしてしまうため、恐れ入りますがメールにて仮審査をお願いいたします。

【申込者】
　氏名　　　　：青木 亮介（アオキ リョウスケ）
　生年月日　　：1991年8月22日
　住所　　　　：静岡県浜松市中央区葵東2-15-7 グランシャリオ葵305
　携帯　　　　：090-5183-2276
　運転免許証　：第520981599270号（ゴールド）
　勤務先　　　：浜名湖精密株式会社（勤続7年・正社員）
　税込年収　　：468万円
　住居　　　　：賃貸（家賃7.2万円）
　他社借入　　：なし（本人申告）

【車両・条件】
　2019年式 トヨタ ノア Si／車両本体 2,380,000円
　頭金 300,000円／60回払い／ボーナス併用なし

本日中に仮のご回答をいただけますと、週末の納車準備に間に合います。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_HIROSE,
          personal=[("name", "青木 亮介"), ("birth_date", "1991年8月22日"),
                    ("address", "静岡県浜松市中央区葵東2-15-7 グランシャリオ葵305"),
                    ("phone", "090-5183-2276"), ("drivers_licence", "520981599270"), ("income", "468万円")]))

    add(M(ORG, "hirose", "body", "hold", "id.card_number_phone_order",
          "A customer's full card number and expiry taken over the phone are mailed to the payment agent.",
          HIROSE, [P("ペイゲート 加盟店サポート", "support@pay-gate.example.com")],
          "手付金 決済処理のお願い（電話受付分）",
          """
ペイゲート株式会社
加盟店サポートご担当者様

お世話になっております。加盟店番号 PG-331207 瀬戸モータースの広瀬です。
店頭端末が故障中のため、お電話で承りました手付金のカード決済を代行でお願いできますでしょうか。

　ご利用者　：藤川 沙耶 様
　カード番号：4980-7011-4878-1353
　有効期限　：09/27
　金額　　　：50,000円（一括）
　摘要　　　：車両手付金（管理番号 S-24-1187 ハスラー）

処理が完了しましたら、承認番号をご返信いただけますと幸いです。
端末の修理は来週火曜の予定です。
""" + SIG_HIROSE,
          personal=[("name", "藤川 沙耶"), ("card_number", "4980-7011-4878-1353"), ("card_expiry", "09/27")]))

    add(M(ORG, "hirose", "attachment", "hold", "list.delinquency_xlsx_to_servicer",
          "The attached sheet lists delinquent borrowers with addresses, phones and outstanding balances for a collection agency.",
          HIROSE, [P("東海債権回収 管理部 石井", "ishii@tokai-servicer.example.co.jp")],
          "委託案件の件（11月分）",
          """
東海債権回収株式会社
管理部 石井様

お世話になっております。瀬戸モータースの広瀬です。
先日お電話でお話しした11月分の委託案件について、一覧をお送りします。
前回同様、督促状の発送から着手いただければと存じます。

委託契約書の覚書は、押印後に郵送いたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_HIROSE,
          attachments=[att("委託一覧_202411.xlsx", """
[委託一覧]
管理No	氏名	住所	電話	車両	残債（円）	延滞月数
L-2107	岡本 直樹	静岡県浜松市浜名区貴布祢313-2	090-2210-6673	ワゴンR	412,300	4
L-2244	宮崎 香織	静岡県磐田市見付2881-5	080-7719-3041	フィット	688,500	3
L-2301	西田 雄一	静岡県浜松市中央区高丘西1-28-9	090-4462-0815	プリウス	1,024,000	5
L-2356	荒木 美穂	静岡県湖西市新居町浜名1470	070-3158-2290	N-BOX	295,800	3
L-2419	菅原 健太	静岡県浜松市中央区佐鳴台6-4-12	080-5530-1967	セレナ	1,356,200	6
""")],
          personal=[("name", "岡本 直樹"), ("address", "静岡県浜松市浜名区貴布祢313-2"), ("phone", "090-2210-6673"),
                    ("debt", "1,024,000"), ("name", "菅原 健太"), ("debt", "1,356,200")]))

    add(M(ORG, "nomura", "attachment", "hold", "id.licence_copy_to_insurer",
          "The attached OCR of a customer's driving licence (number, birth date, address) is sent to an insurance agency.",
          NOMURA, [P("保険ひかり 小野寺", "onodera@hoken-hikari.example.co.jp")],
          "新規見積の件（納車予定 12/3）",
          """
保険ひかり 小野寺さん

お世話になってます。瀬戸モータース野村です。
12/3納車予定のお客様、任意保険の新規見積をお願いします。
車両はN-BOXカスタム（2021年式）、車両入替ではなく新規です。
免許証のコピーを添付しますので、等級・年齢条件の確認をお願いします。

急ぎではないですが、今週中にいただけると助かります。
""" + SIG_NOMURA,
          attachments=[att("免許証写し_OCR.pdf", """
運転免許証
氏名 丸山 葵　平成10年2月14日生
住所 静岡県浜松市中央区曳馬5丁目21番3号
交付 令和4年03月10日 12345
2027年(令和09年)03月14日まで有効
免許の条件等 眼鏡等
番号 第300931711419号
二・小・原 他 ／ 普通
静岡県公安委員会
""")],
          personal=[("name", "丸山 葵"), ("birth_date", "平成10年2月14日生"),
                    ("address", "静岡県浜松市中央区曳馬5丁目21番3号"), ("drivers_licence", "300931711419")]))

    add(M(ORG, "nomura", "quoted", "hold", "sensitive.quoted_child_disability",
          "The customer's quoted message about her son's cerebral palsy and disability certificate grade is forwarded to an outside body shop.",
          NOMURA, [P("浜名モータース工業 架装課 堀内", "horiuchi@hamana-kogyo.example.co.jp")],
          "Fwd: 福祉車両のご相談（スロープ車）",
          """
浜名モータース工業
堀内さん

お世話になってます。野村です。
スロープ付きの福祉車両のご相談が来ています。お客様のメールをそのまま転送しますので、
車椅子の固定方法とリクライニング対応の可否を見ていただけますか。
ベース車はシエンタかフリードで考えています。
""" + SIG_NOMURA + """

-----Original Message-----
From: 坂井 由紀子 <yukiko.sakai.hm@gmail.com>
Sent: Monday, November 11, 2024 8:15 PM
To: t.nomura@seto-motors.example.co.jp
Subject: 福祉車両のご相談

野村様

先日はありがとうございました。坂井です。
息子（坂井 陽向、12歳）は脳性麻痺で、身体障害者手帳1級を持っています。
体幹が弱いのでリクライニングできる車椅子ごと乗れる車を探しています。
手帳があると自動車税の減免が使えると聞いたので、その手続きもご相談したいです。
通院（浜松医療センター、週2回）で使うので、できれば年内に納車してほしいです。

坂井 由紀子
090-8837-4105
""",
          personal=[("name", "坂井 陽向"), ("disability", "脳性麻痺で、身体障害者手帳1級"),
                    ("name", "坂井 由紀子"), ("phone", "090-8837-4105")]))

    add(M(ORG, "oshima", "quoted", "hold", "sensitive.quoted_drunk_driving_arrest",
          "A forwarded sales note states that a named customer was arrested for drunk driving, and it goes to the credit company.",
          OSHIMA, [MIRAI], "Fwd: 小池様 ローン再申込の件",
          """
佐々木さん

お世話になります。大島です。
先月否決になった小池様、再申込したいとのことです。
担当の野村からのメモを付けておきますので、参考にしてください。
保証人付きなら通りそうか、感触だけでも教えてもらえると助かります。
""" + SIG_OSHIMA + """

-------- 転送メッセージ --------
From: 野村 拓真 <t.nomura@seto-motors.example.co.jp>
To: 大島 健一 <k.oshima@seto-motors.example.co.jp>
Subject: 小池様 ローン再申込の件

店長

小池 大地様（1988年生、浜松市浜名区在住）の件です。
本人いわく、去年の6月に飲酒運転で逮捕されて免許取消になり、今年の9月に免許を再取得したそうです。
罰金刑で済んだので前科はあるけど仕事（運送業）は続けている、とのこと。
前回の否決はたぶんそのあたりの空白期間が原因だと思います。
父親が保証人になれるそうです。

野村
""",
          personal=[("name", "小池 大地"), ("criminal_record", "飲酒運転で逮捕されて免許取消"),
                    ("criminal_record", "罰金刑で済んだので前科はある")]))

    add(M(ORG, "nomura", "subject", "hold", "sensitive.subject_customer_stroke",
          "Only the subject line tells the transport company that a named customer is in hospital after a stroke.",
          NOMURA, [P("遠州陸送 配車係", "haisha@rikuso-enshu.example.jp")],
          "納車日変更のお願い（高木 誠一様 脳梗塞で入院中のため）",
          """
遠州陸送
配車ご担当者様

いつもお世話になっております。瀬戸モータースの野村です。
11/16（土）に予定していた磐田市内への陸送（管理番号 S-24-1152 カローラフィールダー）ですが、
お客様のご都合により延期となりました。
新しい日程は決まり次第ご連絡いたします。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_NOMURA,
          personal=[("name", "高木 誠一"), ("health", "脳梗塞で入院中")]))

    add(M(ORG, "oshima", "zip", "hold", "list.zip_customer_export",
          "The zip for the system migration contains a customer master with names, addresses, phones and birth dates.",
          OSHIMA, [P("DMSクラウド 導入支援 川端", "kawabata@dms-cloud.example.com")],
          "データ移行用ファイル",
          """
川端様

お世話になります。瀬戸モータースの大島です。
来月の切替に向けて、旧システムから書き出したデータをお送りします。
zipの中に顧客と車両の2ファイルが入っています。
文字化けがあれば教えてください。
""" + SIG_OSHIMA,
          attachments=[
              att("seto_export_20241112.zip/customers.csv", """
cust_id,name,kana,zip,address,tel,birth,last_purchase
C000812,村上 和也,ムラカミ カズヤ,430-0852,静岡県浜松市中央区領家2-9-14,090-6218-3370,1979-04-03,2022-06-18
C000955,桑原 恵,クワハラ メグミ,435-0042,静岡県浜松市中央区篠ケ瀬町880,080-1147-5526,1985-10-27,2023-02-04
C001021,池谷 勉,イケガヤ ツトム,438-0078,静岡県磐田市中泉1-6-31,0538-32-9014,1962-01-15,2021-11-30
C001088,戸田 千晶,トダ チアキ,431-3125,静岡県浜松市中央区半田山4-12-7,090-3396-8042,1993-07-09,2024-03-22
C001130,望月 秀樹,モチヅキ ヒデキ,434-0038,静岡県浜松市浜名区貴布祢92-1,070-4471-2208,1970-12-01,2023-09-09
"""),
              att("seto_export_20241112.zip/vehicles.csv", """
stock_no,maker,model,year,mileage_km,status
S-24-1152,トヨタ,カローラフィールダー,2018,61200,売約
S-24-1187,スズキ,ハスラー,2020,28400,売約
S-24-1203,ホンダ,N-BOX,2021,19800,在庫
"""),
          ],
          personal=[("name", "村上 和也"), ("address", "静岡県浜松市中央区領家2-9-14"), ("phone", "090-6218-3370"),
                    ("birth_date", "1979-04-03"), ("name", "戸田 千晶")]))

    add(M(ORG, "hirose", "zip", "hold", "attachment.encrypted_zip",
          "A password-protected zip (PPAP) is attached.",
          HIROSE, [MIRAI], "本審査書類の送付（No.0412）",
          """
ミライクレジット株式会社 浜松支店
佐々木様

お世話になっております。瀬戸モータースの広瀬です。
No.0412の本審査書類一式を送付いたします。
添付ファイルはパスワード付きzipです。パスワードは追ってお送りします。

よろしくお願いいたします。
""" + SIG_HIROSE,
          attachments=[enc_zip("本審査書類_0412.zip")]))

    custs = [
        ("山田 大輔", "daisuke.yamada.hm@gmail.com"), ("斎藤 優子", "yuko_saito77@yahoo.co.jp"),
        ("松本 隼人", "hayato.matsumoto@outlook.com"), ("井上 恵理", "eri.inoue.0302@gmail.com"),
        ("木村 剛", "tsuyoshi.kimura.hamamatsu@gmail.com"), ("清水 美紀", "miki.shimizu@yahoo.co.jp"),
        ("山口 颯", "hayate.yamaguchi@gmail.com"), ("中川 理沙", "risa.nakagawa.r@outlook.com"),
        ("原田 慎吾", "shingo.harada.5@gmail.com"), ("小川 奈々", "nana_ogawa@yahoo.co.jp"),
        ("石田 浩二", "koji.ishida.hm@gmail.com"), ("前川 さくら", "sakura.maekawa@gmail.com"),
    ]
    add(M(ORG, "nomura", "recipients", "hold", "recipients.customers_visible_in_to",
          "Twelve customers' private addresses are put visibly in To for a stock announcement.",
          NOMURA, [P(n, e) for n, e in custs],
          "【オートプラザ瀬戸】ご希望条件に合う車両が入荷しました",
          """
お客様各位

いつもオートプラザ瀬戸をご利用いただきありがとうございます。販売課の野村です。
以前「条件に合う車が入ったら教えてほしい」とお声がけいただいた皆様に、入荷のお知らせです。

・ホンダ フリード ハイブリッド G（2020年式／3.1万km）　車両本体 1,890,000円
・スズキ スペーシア ギア（2021年式／1.8万km）　車両本体 1,380,000円
・トヨタ ヤリスクロス Z（2021年式／2.6万km）　車両本体 2,450,000円

いずれも週末には店頭に並びます。ご来店の際は事前にご連絡いただければ、
試乗の準備をしてお待ちしております。
""" + SIG_NOMURA))

    # ---------------- PASSES ----------------
    add(M(ORG, "hirose", "body", "pass", "benign.corporate_invoice_account",
          "An invoice to a business customer quoting the dealer's own corporate bank account.",
          HIROSE, [P("有限会社遠鉄設備 経理 杉本", "sugimoto@entetsu-setsubi.example.co.jp")],
          "ご請求書送付のご案内（営業車2台分）",
          """
有限会社遠鉄設備
経理ご担当 杉本様

いつもお世話になっております。瀬戸モータースの広瀬でございます。
このたびは営業車2台をご用命いただき、誠にありがとうございました。
下記のとおりご請求申し上げます。請求書原本は本日郵送いたしました。

　請求番号：SM-2411-0088
　品目　　：2020年式 トヨタ プロボックス GL ×2台（諸費用・登録費用込み）
　金額　　：2,486,000円（税込）
　お振込先：遠州中央銀行 初生支店 普通 1302875
　　　　　　カ）セトモータース
　お支払期日：11月30日

振込手数料は恐れ入りますが貴社ご負担にてお願いいたします。
今後ともよろしくお願い申し上げます。
""" + SIG_HIROSE))

    add(M(ORG, "oshima", "body", "pass", "benign.auction_listing_vehicle_ids",
          "Registration plates, chassis numbers and lot numbers for auction vehicles look like IDs but identify cars, not people.",
          OSHIMA, [P("中部オートオークション 出品受付", "shuppin@chubu-aa.example.jp")],
          "11/20開催 出品申込（3台）",
          """
中部オートオークション
出品受付ご担当者様

会員番号 CA-05527 瀬戸モータースの大島です。
11/20（水）開催分の出品を以下の3台でお願いします。

1) トヨタ アクア S　2016年式　走行 84,300km
   車台番号 NHP10-2517384　登録番号 浜松 500 ひ 41-07
   最低落札希望 380,000円／修復歴なし
2) 日産 セレナ ハイウェイスター　2015年式　走行 102,600km
   車台番号 HFC26-281946　登録番号 浜松 330 ち 86-12
   最低落札希望 520,000円／修復歴なし・左スライドドア不調
3) ダイハツ ムーヴ X　2013年式　走行 121,000km
   車台番号 LA100S-0234519　登録番号 浜松 580 う 22-48
   最低落札希望 なし（流し）

陸送は22日（月）午前に店へ引取りに来てもらう予定です。
よろしくお願いします。
""" + SIG_OSHIMA))

    add(M(ORG, "hirose", "body", "pass", "benign.masked_card_receipt_to_customer",
          "A receipt to the customer herself shows only a masked card number.",
          HIROSE, [P("藤川 沙耶", "saya.fujikawa@gmail.com")],
          "手付金決済完了のお知らせ（オートプラザ瀬戸）",
          """
藤川 沙耶 様

このたびはオートプラザ瀬戸をご利用いただき、誠にありがとうございます。
業務課の広瀬でございます。
お電話でお申込みいただきました手付金の決済が完了いたしましたので、お知らせいたします。

　ご利用カード：VISA ****-****-****-1353
　ご利用金額　：50,000円（一括払い）
　承認番号　　：0284417
　対象車両　　：スズキ ハスラー（管理番号 S-24-1187）

ご納車日は担当の野村より改めてご連絡いたします。
ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_HIROSE))

    add(M(ORG, "hirose", "subject", "pass", "benign.loan_system_outage",
          "障害 refers to a web-system outage; only application numbers are mentioned.",
          HIROSE, [MIRAI], "【障害】ローン申込Webシステム 接続障害について（本日分の申込対応）",
          """
ミライクレジット株式会社 浜松支店
佐々木様

お世話になっております。瀬戸モータースの広瀬です。
本日10時ごろから、貴社のローン申込Webシステムに当店からログインできない状態が続いております。
エラー表示は「E-5031 認証サーバー応答なし」です。
社内のネットワークは正常で、他のサイトには接続できております。

本日中に申込予定の案件が2件（当店管理No.0415、0416）ございます。
復旧見込みをお知らせいただけますでしょうか。
長引くようでしたら、申込書原本をFAXでお送りする形でもよろしいでしょうか。
""" + SIG_HIROSE))

    add(M(ORG, "hirose", "quoted", "pass", "benign.merchant_contract_renewal_chain",
          "A long reply chain with credit-company staff about the dealer's merchant contract; the numbers are merchant and contract codes.",
          HIROSE, [P("東海オートファイナンス 加盟店管理課 吉川 真一", "yoshikawa@tokai-af.example.co.jp")],
          "Re: Re: Re: 加盟店契約更新のご案内",
          """
吉川様

ご丁寧にありがとうございます。広瀬です。
更新契約書2部、押印のうえ本日返送いたしました（レターパックライト 3481-5520-6634）。
また、振込手数料の改定についても承知いたしました。
来月の勉強会は野村と2名で参加させていただきます。

引き続きよろしくお願いいたします。
""" + SIG_HIROSE + """

> 広瀬様
>
> 東海オートファイナンスの吉川です。早速ご確認いただきありがとうございます。
> 加盟店番号 TAF-22-04418 の契約期間は、更新後 2025年1月1日～2027年12月31日となります。
> 契約書はお手数ですが12月13日までにご返送ください。
> また、12月から立替金振込時の手数料が1件330円に改定となります。
>
> 吉川 真一（東海オートファイナンス株式会社 加盟店管理課）
> TEL 053-412-8860
>
>> 吉川様
>>
>> いつもお世話になっております。瀬戸モータースの広瀬です。
>> 加盟店契約更新のご案内、拝受いたしました。
>> 契約書の返送期限と、変更点があれば教えていただけますでしょうか。
>>
>>> 瀬戸モータース 業務課 広瀬様
>>> 平素より格別のお引き立てを賜り、厚く御礼申し上げます。
>>> 貴社との加盟店契約が本年12月31日をもって満了となりますので、更新のご案内をお送りいたします。
>>> 東海オートファイナンス株式会社 加盟店管理課 吉川 真一
"""))

    add(M(ORG, "nomura", "zip", "pass", "benign.plain_zip_vehicle_records",
          "An unencrypted zip with a vehicle's maintenance history and photos list; no personal data.",
          NOMURA, [P("浜名モータース工業 整備課 大石", "oishi@hamana-kogyo.example.co.jp")],
          "S-24-1203 N-BOX 納車前点検の資料",
          """
大石さん

お疲れ様です。野村です。
S-24-1203 のN-BOX、納車前点検をお願いしたいので資料を送ります。
前オーナー時代の整備記録と、気になる箇所の写真リストをzipにまとめました（パスワードなし）。
エアコンの効きが弱い気がするので、ガス量も見ておいてください。
""" + SIG_NOMURA,
          attachments=[
              att("S-24-1203_資料.zip/整備記録.txt", """
2021/06 新車登録
2022/06 12か月点検 オイル交換
2023/06 車検前点検 ブレーキパッド前 交換
2024/06 車検 ワイパーゴム交換 バッテリー 交換推奨（未実施）
"""),
              att("S-24-1203_資料.zip/写真リスト.csv", """
file,part,note
IMG_4410.jpg,右リアバンパー,擦り傷 5cm
IMG_4411.jpg,運転席シート,座面スレ
IMG_4413.jpg,エアコン吹出口,送風弱い
"""),
          ]))

    add(M(ORG, "oshima", "body", "pass", "benign.election_campaign_car_rental",
          "A campaign-car rental for a publicly announced mayoral candidate; his name is public.",
          OSHIMA, [P("内山 のぶひろ 後援会事務所", "jimusho@uchiyama-nobuhiro.example.jp")],
          "選挙カー（ハイエース）貸出の件",
          """
内山のぶひろ後援会 事務所
ご担当 鈴木様

お世話になります。瀬戸モータースの大島です。
浜松市議会議員選挙の期間中の車両貸出につきまして、下記で手配いたしました。

　車両　　：トヨタ ハイエース ワゴン（2019年式）
　貸出期間：告示日前日の夕方～投票日前日の20時まで
　料金　　：税込 187,000円（スピーカー・看板取付は看板業者様にてお願いします）
　引渡し　：当店にて。任意保険は選挙用の特約を付保済みです。

看板の取付寸法が分かる資料は、別途FAXいたします。
内山候補にもよろしくお伝えください。
""" + SIG_OSHIMA))

    add(M(ORG, "nomura", "body", "pass", "benign.stock_list_katakana_model_names",
          "A stock list for a partner dealer; ノア, セレナ, ルーミー, ティアナ are car models, not people.",
          NOMURA, [P("カーショップ湖西 渡部", "watabe@carshop-kosai.example.jp")],
          "業販リスト（11月第2週）",
          """
渡部さん

お世話になってます。瀬戸モータースの野村です。
今週の業販リストです。気になる車があれば声をかけてください。

・ノア Si（2017）　7.8万km　業販 118万
・セレナ ハイウェイスター（2016）　9.1万km　業販 86万
・ルーミー カスタムG（2019）　4.4万km　業販 112万
・ティアナ XL（2014）　6.2万km　業販 49万
・アルト（2018）　3.0万km　業販 58万
・ミラ ジーノ（2009）　11.3万km　業販 15万 ※現状

ティアナは内装きれいです。ジーノは車検切れなので積車でお願いします。
""" + SIG_NOMURA))

    add(M(ORG, "hirose", "attachment", "pass", "benign.vendor_registration_licence_numbers",
          "The registration form carries the dealer's antique-dealer licence, 法人番号 and a Letter Pack tracking number, not a person's ID.",
          HIROSE, [P("東海ユーズドカーオークション 会員登録係", "touroku@tokai-uca.example.jp")],
          "新規会員登録申請書の送付について",
          """
東海ユーズドカーオークション
会員登録係 御中

お世話になっております。株式会社瀬戸モータースの広瀬でございます。
先日ご案内いただきました新規会員登録につきまして、申請書を添付にてお送りいたします。
原本（登記簿謄本・古物商許可証の写しを含む）は、本日レターパックプラスにて発送いたしました。
お問い合わせ番号は 491130092334 です。

審査に必要な書類に不足がございましたら、ご連絡くださいませ。
""" + SIG_HIROSE,
          attachments=[att("新規会員登録申請書_瀬戸モータース.pdf", """
新規会員登録申請書
商号：株式会社瀬戸モータース（屋号 オートプラザ瀬戸）
法人番号：3080401019876
所在地：静岡県浜松市中央区初生町1288-4
代表者：代表取締役 瀬戸 義明
古物商許可：静岡県公安委員会 第491130006632号（自動車商）
取引銀行：遠州中央銀行 初生支店
年間販売台数：約420台（小売 310／業販 110）
参加予定者：大島 健一（店長）、野村 拓真（販売課）
""")]))

    add(M(ORG, "hirose", "recipients", "pass", "benign.meeting_two_companies",
          "A meeting arrangement with six visible addresses from two partner companies.",
          HIROSE, [MIRAI, P("東海オートファイナンス 吉川 真一", "yoshikawa@tokai-af.example.co.jp")],
          "年末商戦に向けた合同打合せの日程について",
          """
ミライクレジット株式会社 佐々木様、宮本様、上田様
東海オートファイナンス株式会社 吉川様、森田様、三宅様

いつもお世話になっております。瀬戸モータースの広瀬です。
年末の初売り・決算フェアに向けた金利キャンペーンの件で、合同打合せの日程をご相談させてください。

候補日：
　① 11月26日（火）14:00～15:30
　② 11月27日（水）10:00～11:30
　③ 11月28日（木）16:00～17:30
場所：当店2階 商談ルーム（駐車場あり）

当店からは大島（店長）、野村、広瀬の3名が出席いたします。
ご都合のよい候補を、22日（金）までにお知らせいただけますと幸いです。
""" + SIG_HIROSE,
          cc=[P("宮本 玲子", "r.miyamoto@mirai-credit.example.co.jp"),
              P("上田 航平", "k.ueda@mirai-credit.example.co.jp"),
              P("森田 亜希", "morita@tokai-af.example.co.jp"),
              P("三宅 隆", "miyake@tokai-af.example.co.jp"),
              OSHIMA, NOMURA]))

    return out
