from common import *

MAILS = []
A = MAILS.append

# ---------------- PASS ----------------
A(m(_key="car_quote_own", expect="pass", kind="benign.own_data",
  why="Quotation with the customer's own trade-in chassis number sent to the customer himself.",
  frm=FUJITA, to=["岡本 俊介 様 <shun.okamoto@gmail.com>"],
  subject="お見積りのご送付(アルデア・リオ ハイブリッド Z)",
  text=f"""岡本 俊介 様

先日はご来店いただき、誠にありがとうございました。アルデア藤沢店の藤田です。
ご要望いただいた内容でお見積りを作成しましたので、お送りします。

■ ご購入予定車
 アルデア・リオ ハイブリッド Z(2WD)ボディカラー:ミストグレー
 車両本体価格 3,418,000円
 メーカーオプション(パノラマルーフ) 132,000円
 付属品(フロアマット・ドラレコ前後) 118,800円
 諸費用 241,560円
■ 下取り車
 現在お乗りのお車(車台番号 ZVW50-8123456、走行 68,200km)
 下取り査定額 1,050,000円(12月末までのご成約の場合)
■ お支払総額 2,860,360円

納期は現時点で約2.5か月です。ローンのシミュレーション(60回・ボーナス併用なし)も添付しましたので、ご検討ください。

{SIG_FUJITA}""",
  attachments=[{"filename": "mitsumori_okamoto_rio_Z.pdf", "contentType": "application/pdf",
    "text": "御見積書 No. SF-24-3391\n岡本 俊介 様\nアルデア・リオ ハイブリッド Z 2WD ミストグレー\n車両本体 3,418,000 / OP 132,000 / 付属品 118,800 / 諸費用 241,560\n下取り ZVW50-8123456 ▲1,050,000\nお支払総額 2,860,360円\n有効期限 2024年12月31日\n湘南モータース株式会社 アルデア藤沢店 担当 藤田"}]))

A(m(_key="car_recall", expect="pass", kind="benign.recall_notice",
  why="Recall notice via Bcc with model codes and chassis number ranges; no personal data.",
  frm=ONODERA, to=[ONODERA], bcc=["shun.okamoto@gmail.com", "megumi.yoko@ezweb.ne.jp", "k-ishikawa@nifty.com", "fleet@kamakura-catering.co.jp", "hiro.t1977@icloud.com", "m.sakurai@outlook.jp"],
  subject="【重要】リコールのお知らせ(アルデア・リオ 燃料ポンプ)",
  text=f"""アルデア・リオをご愛用のお客様へ

平素は湘南モータースをご利用いただき誠にありがとうございます。
メーカーより下記のリコールが国土交通省に届け出られましたので、お知らせいたします。

 リコール届出番号:外-4321
 対象車:アルデア・リオ 型式 6AA-ARD21
     車台番号 ARD21-0010001 〜 ARD21-0035870(製作期間 2021年6月〜2022年11月)
 不具合の内容:燃料ポンプのインペラが変形し、最悪の場合エンストに至るおそれ
 改善の内容:燃料ポンプを対策品に交換(作業時間 約2時間、無料)

対象かどうかは車検証の車台番号でご確認いただくか、当店サービスまでお問い合わせください。
ご予約はお電話(0466-35-7712)またはこのメールへの返信で承ります。

{SIG_ONODERA}"""))

A(m(_key="car_fleet_invoice", expect="pass", kind="benign.corporate_bank",
  why="Fleet invoice to a company with corporate numbers, registration plates and the dealer's corporate account.",
  frm=MURAKAMI, to=["株式会社鎌倉ケータリング 総務部 <soumu@kamakura-catering.co.jp>"],
  subject="請求書送付(配送車 3台 12月点検・整備分)",
  text=f"""株式会社鎌倉ケータリング 総務部 御中

いつもお世話になっております。12月実施の法定点検・整備分の請求書をお送りします。

 請求書番号:SM-2412-0577
 対象車両:湘南 400 す 12-07 / 湘南 400 す 12-08 / 湘南 480 あ 33-91
 ご請求金額:286,770円(税込)
 お支払期限:2025年1月31日

 お振込先:湘南信用金庫 辻堂支店 当座 0081245 湘南モータース(カ
 適格請求書発行事業者登録番号:T2021001048816(当社法人番号 2021001048816)

{SIG_MURAKAMI}"""))

A(m(_key="car_parts_order", expect="pass", kind="benign.technical_ids",
  why="Parts order with part numbers, JAN codes and a chassis number; no personal data.",
  frm=ONODERA, to=["アルデア部品販売 神奈川営業所 <kanagawa@ardea-parts.co.jp>"],
  subject="部品発注(RO-24-12-0133)",
  text=f"""アルデア部品販売 神奈川営業所 ご担当者様

下記の部品を発注します。12/12(木)午前着でお願いします。

 作業指示書番号:RO-24-12-0133
 車台番号:ARD21-0028817(リコール外-4321 対象)
 1) 燃料ポンプASSY 品番 23220-ARD21-A  数量1
 2) ガスケット     品番 77169-AR010    数量1
 3) エンジンオイル 0W-16 4L(JAN 4901234567894) 数量6
 4) ワイパーブレード 650mm(JAN 4549876543216) 数量4

バックオーダーの場合は代替品番をご提示ください。

{SIG_ONODERA}"""))

A(m(_key="car_event_driver", expect="pass", kind="benign.public_figure",
  why="Test-drive event with a professional racing driver as a public figure; no private data.",
  frm=MURAKAMI, to=["FMしょうなん 営業部 大塚様 <otsuka@fm-shonan.jp>"],
  subject="1/18 新春試乗会 番組告知のお願い(ゲスト 片桐 隼人選手)",
  text=f"""FMしょうなん 営業部 大塚様

いつもお世話になっております。
1月18日(土)の新春試乗会の告知について、ご提案ありがとうございました。下記内容でお願いします。

 イベント名:アルデア藤沢 New Year Drive Fes 2025
 日時:1月18日(土)10:00〜17:00
 会場:アルデア藤沢店 および 辻堂海浜公園 第2駐車場
 ゲスト:スーパーフォーミュラ参戦中の 片桐 隼人 選手(13:00〜トークショー、14:00〜同乗試乗)
 目玉:新型「アルデア・ハルカ」EV の展示・試乗

片桐選手の所属チーム広報(チーム・オーシャンブルー 栗田様)より、写真・プロフィールの使用許可をいただいております。

{SIG_MURAKAMI}"""))

A(m(_key="car_successor", expect="pass", kind="benign.successor_intro",
  why="Successor introduction to a corporate customer with business signatures.",
  frm=MURAKAMI, to=["株式会社鎌倉ケータリング 総務部 久保田様 <kubota@kamakura-catering.co.jp>"],
  cc=["藤田 翔太 <fujita.s@shonan-motors.co.jp>", "桑原 大樹 <kuwabara.d@shonan-motors.co.jp>"],
  subject="担当者変更のご挨拶",
  text=f"""株式会社鎌倉ケータリング
総務部 久保田様

平素は格別のお引き立てをいただき、誠にありがとうございます。
このたび、貴社を担当しておりました藤田 翔太が1月1日付で法人営業部へ異動となり、後任として桑原 大樹が担当させていただくことになりました。

桑原は入社8年目、前任の平塚店でも法人のお客様を多く担当してまいりました。
年明けに藤田とともにご挨拶に伺いたく存じますので、ご都合のよい日時をお知らせいただければ幸いです。

今後とも変わらぬご愛顧のほど、よろしくお願い申し上げます。

{SIG_MURAKAMI}

--
湘南モータース株式会社 アルデア藤沢店
営業課 桑原 大樹
TEL 0466-35-7710 / kuwabara.d@shonan-motors.co.jp"""))

A(m(_key="car_shaken_own", expect="pass", kind="benign.own_data",
  why="Inspection reminder with the registration plate sent to the car owner herself.",
  frm=ONODERA, to=["横山 恵 様 <megumi.yoko@ezweb.ne.jp>"],
  subject="車検のご案内(湘南 300 さ 12-34)",
  text=f"""横山 恵 様

いつもご利用いただきありがとうございます。サービスの小野寺です。
お客様のお車の車検満了日が近づいてまいりましたのでご案内いたします。

 お車:アルデア・ミラ(湘南 300 さ 12-34)
 車検満了日:2025年2月9日
 前回入庫時の走行距離:41,280km
 お見積り目安:98,000円〜(法定費用込み、部品交換は別途)

1月中にご入庫いただくと、早期予約割引(基本料金10%OFF)が適用されます。
代車(軽自動車)もご用意できますので、ご希望の日時を返信でお知らせください。

{SIG_ONODERA}"""))

A(m(_key="car_dms_outage", expect="pass", kind="benign.it_outage",
  why="Dealer management system outage (システム障害) notice to a leasing partner.",
  frm=ONODERA, to=["かながわオートリース 業務課 <gyomu@kanagawa-autolease.co.jp>"],
  subject="基幹システム障害による整備見積回答遅延のお詫び",
  text=f"""かながわオートリース 業務課 ご担当者様

いつもお世話になっております。
12月10日(火)朝より当社の基幹システム(DMS)に障害が発生しており、整備見積の作成・送付が遅れております。

 影響:12/10受付分の見積回答(リース車両 7件)
 復旧見込み:12/11(水)午前
 原因:サーバーのストレージ障害(外部からの攻撃ではございません)

復旧後、受付順に順次ご回答いたします。ご迷惑をおかけし申し訳ございません。

{SIG_ONODERA}"""))

A(m(_key="car_insurance_project", expect="pass", kind="benign.project_mail",
  why="Joint campaign planning among a handful of staff from two companies.",
  frm=MURAKAMI, to=["みなと保険サービス 石田様 <ishida@minato-hoken.co.jp>", "みなと保険サービス 野々村様 <nonomura@minato-hoken.co.jp>"],
  cc=["藤田 翔太 <fujita.s@shonan-motors.co.jp>", "小野寺 真理 <onodera.m@shonan-motors.co.jp>"],
  subject="Re: 新車購入者向け 自動車保険同時加入キャンペーン(2月)の件",
  text=f"""石田様、野々村様

お打ち合わせありがとうございました。決定事項をまとめます。

 ・期間:2025年2月1日〜3月31日
 ・対象:期間中に新車をご成約いただいたお客様
 ・特典:保険同時加入でドライブレコーダー取付工賃無料(当社負担)
 ・店頭POP・チラシ:みなと保険様で作成、1/20までに初稿
 ・研修:当社営業スタッフ向けの募集人研修を1/25(土)9:00〜 当店2階で実施(講師 野々村様)

当社側の窓口は営業が藤田、サービスが小野寺です。

{SIG_MURAKAMI}

> 村上様
> 本日はありがとうございました。キャンペーン案の修正版を送付します。
> みなと保険サービス株式会社 藤沢支店 石田 誠一
> TEL 0466-22-4410 / ishida@minato-hoken.co.jp"""))

A(m(_key="car_bodyshop", expect="pass", kind="benign.company_surname",
  why="Subcontract order to a body shop whose company name contains a surname, about a model with a given-name-like name.",
  frm=FUJITA, to=["有限会社佐藤板金 佐藤社長 <info@sato-bankin.co.jp>"],
  subject="ハルカ展示車 コーティング・ラッピングのお願い",
  text=f"""有限会社佐藤板金
佐藤社長

いつもありがとうございます。藤田です。
1月の試乗会で使う展示車の作業をお願いします。

 車両:アルデア・ハルカ EV(試乗車、湘南 330 ち 55-01)
 作業:ボディガラスコーティング、ボンネットとドアのラッピング(デザインデータは別送)
 引取:1/6(月)午前 当店
 納車:1/15(水)まで

鈴木塗装さんへの外注部分があれば、いつもどおりまとめて請求してください。

{SIG_FUJITA}"""))

# ---------------- HOLD ----------------
A(m(_key="car_licence_pdf", expect="hold", kind="id.drivers_license",
  why="The attached loan application carries the customer's driver's licence number, birth date and address; the body only says documents are attached.",
  _where="attachment only",
  frm=FUJITA, to=["アルデア・ファイナンス 審査センター <shinsa@ardea-finance.co.jp>"],
  subject="オートローン審査書類の送付(SF-24-3402)",
  text=f"""アルデア・ファイナンス 審査センター ご担当者様

いつもお世話になっております。オートローンの審査書類を送付します。
よろしくお願いいたします。

{SIG_FUJITA}""",
  attachments=[{"filename": "loan_application_SF-24-3402.pdf", "contentType": "application/pdf",
    "text": "オートローン申込書 受付番号 SF-24-3402\n申込者:荒木 拓海(アラキ タクミ)\n生年月日:1989年7月3日\n住所:神奈川県藤沢市鵠沼海岸3-7-21\n電話:080-5126-9043\n勤務先:株式会社湘南ロジテック 年収 520万円\n本人確認書類:運転免許証 第 452013378210 号(有効期限 2027年08月03日)\n借入希望額:2,400,000円 60回"}],
  personal=[{"type": "name", "value": "荒木 拓海"}, {"type": "date_of_birth", "value": "1989年7月3日"}, {"type": "address", "value": "神奈川県藤沢市鵠沼海岸3-7-21"}, {"type": "drivers_license", "value": "452013378210"}]))

A(m(_key="car_dm_list", expect="hold", kind="list.customers",
  why="Customer list with names, addresses, phones and inspection dates sent to a printing vendor.",
  frm=MURAKAMI, to=["湘南プリント 制作部 <seisaku@shonan-print.co.jp>"],
  subject="2月車検DM 宛名データ",
  text=f"""湘南プリント 制作部 ご担当者様

2月満了分の車検DMの宛名データをお送りします。1/10発送でお願いします。
全142件のうち先頭の数件を確認用に本文にも貼ります。

顧客番号,氏名,郵便番号,住所,電話,車種,車検満了日
C-10221,石川 和夫,251-0052,藤沢市藤沢1-4-9,0466-23-5591,アルデア・ミラ,2025/02/03
C-10488,堤 早苗,253-0041,茅ヶ崎市茅ヶ崎2-11-3-402,090-8815-2047,アルデア・リオ,2025/02/07
C-10512,横山 恵,251-0047,藤沢市辻堂4-6-18,080-6620-4139,アルデア・ミラ,2025/02/09
C-10877,ハワード 健太,251-0024,藤沢市鵠沼橘1-9-2,070-3397-8812,アルデア・ハルカ,2025/02/14

{SIG_MURAKAMI}""",
  attachments=[{"filename": "shaken_DM_202502.csv", "contentType": "text/csv",
    "text": "顧客番号,氏名,郵便番号,住所,電話,車種,車検満了日\nC-10221,石川 和夫,251-0052,藤沢市藤沢1-4-9,0466-23-5591,アルデア・ミラ,2025/02/03\nC-10488,堤 早苗,253-0041,茅ヶ崎市茅ヶ崎2-11-3-402,090-8815-2047,アルデア・リオ,2025/02/07\nC-10512,横山 恵,251-0047,藤沢市辻堂4-6-18,080-6620-4139,アルデア・ミラ,2025/02/09\nC-10877,ハワード 健太,251-0024,藤沢市鵠沼橘1-9-2,070-3397-8812,アルデア・ハルカ,2025/02/14\n"}],
  personal=[{"type": "name", "value": "石川 和夫"}, {"type": "address", "value": "藤沢市藤沢1-4-9"}, {"type": "phone", "value": "0466-23-5591"}, {"type": "name", "value": "堤 早苗"}, {"type": "phone", "value": "090-8815-2047"}, {"type": "address", "value": "茅ヶ崎市茅ヶ崎2-11-3-402"}]))

A(m(_key="car_card", expect="hold", kind="id.card",
  why="A customer's full card number and expiry taken by phone sent to a payment agency.",
  frm=FUJITA, to=["ペイネクスト 加盟店サポート <support@paynext.co.jp>"],
  subject="手入力決済のお願い(頭金)",
  text=f"""ペイネクスト 加盟店サポート ご担当者様

加盟店番号 PN-0048812 の湘南モータースです。
端末故障のため、お電話でお客様から伺ったカード情報で決済をお願いできますでしょうか。

 カード番号:3530 1113 3330 0000(JCB)
 有効期限:03/28
 名義:TAKUMI ARAKI
 金額:300,000円(頭金)

{SIG_FUJITA}""",
  personal=[{"type": "card_number", "value": "3530 1113 3330 0000"}, {"type": "name", "value": "TAKUMI ARAKI"}]))

A(m(_key="car_dui", expect="hold", kind="sensitive.criminal",
  why="Tells an insurance agency that a named customer was arrested for drunk driving.",
  frm=ONODERA, to=["みなと保険サービス 事故受付 <jiko@minato-hoken.co.jp>"],
  subject="事故入庫の件(早川様 アルデア・リオ)",
  text=f"""みなと保険サービス 事故受付 ご担当者様

12/7深夜の単独事故で入庫しているお車の件です。
ご契約者の 早川 大輔 様(証券番号 MH-7730218)ですが、警察の方の話では酒気帯び運転で現行犯逮捕され、現在も藤沢北警察署に勾留中とのことです。
車両保険の適用可否を確認したく、修理着手を保留しております。

 車両:アルデア・リオ(湘南 300 ほ 88-12)
 損傷:フロント大破、エアバッグ展開
 概算修理費:1,480,000円

{SIG_ONODERA}""",
  personal=[{"type": "name", "value": "早川 大輔"}, {"type": "criminal", "value": "酒気帯び運転で現行犯逮捕"}]))

A(m(_key="car_welfare", expect="hold", kind="sensitive.disability",
  why="A named customer's spinal injury and disability certificate grade sent to a conversion vendor.",
  frm=FUJITA, to=["ハートフル架装 設計課 <sekkei@heartful-kaso.co.jp>"],
  subject="福祉車両 架装仕様のご相談(手動運転装置)",
  text=f"""ハートフル架装 設計課 ご担当者様

お世話になっております。藤田です。
下記お客様の福祉車両(アルデア・ミラ ベース)の架装についてご相談です。

 使用者:野口 由香里 様(34歳)
 身体の状況:交通事故による脊髄損傷(第12胸髄)、両下肢機能全廃
 身体障害者手帳:1級
 ご希望:手動運転装置(アクセル・ブレーキ)、車いす積載用ルーフボックス、回転シート

来週、ご本人にご来店いただく予定ですので、それまでに概算をいただけると助かります。

{SIG_FUJITA}""",
  personal=[{"type": "name", "value": "野口 由香里"}, {"type": "disability", "value": "両下肢機能全廃"}, {"type": "disability", "value": "身体障害者手帳:1級"}]))

A(m(_key="car_owners_club", expect="hold", kind="recipients.visible",
  why="Owners' club mail with 12 private customer addresses visible in To.",
  frm=FUJITA,
  to=["shun.okamoto@gmail.com", "k-ishikawa@nifty.com", "sanae.tsutsumi@yahoo.co.jp", "megumi.yoko@ezweb.ne.jp", "kenta.howard@gmail.com", "hiro.t1977@icloud.com", "m.sakurai@outlook.jp", "ryo_nakai@docomo.ne.jp", "yuki.fujinami@softbank.ne.jp", "daisuke.h@biglobe.ne.jp", "a-kondo@jcom.home.ne.jp", "takumi.araki@gmail.com"],
  subject="【アルデア湘南オーナーズクラブ】2月 富士スピードウェイ走行会のご案内",
  text=f"""オーナーズクラブ会員の皆様

毎度ありがとうございます。藤田です。
恒例の走行会を今年も開催します!

 日時:2025年2月22日(土)8:00集合
 場所:富士スピードウェイ ショートサーキット
 参加費:1台 12,000円(昼食付き)
 内容:プロドライバーによる同乗走行、ジムカーナ体験
 申込締切:1/31

参加ご希望の方はこのメールにご返信ください。

{SIG_FUJITA}"""))

A(m(_key="car_inquiry_fwd", expect="hold", kind="personal.forward_inquiry",
  why="Forwards a prospect's web inquiry with address, phone and birth date to another dealer; the data is only in the quoted message.",
  _where="quoted message only",
  frm=MURAKAMI, to=["北関東アルデア 宇都宮店 店長 <utsunomiya@kitakanto-ardea.co.jp>"],
  subject="Fw: 【WEB問い合わせ】試乗予約",
  text=f"""北関東アルデア 宇都宮店 店長様

お世話になっております。湘南モータースの村上です。
下記のお客様、来月そちらに転居されるとのことで、貴店でのご対応をお願いできればと思います。

{SIG_MURAKAMI}

-----Original Message-----
From: webform@shonan-motors.co.jp
Sent: 2024/12/08 21:14
Subject: 【WEB問い合わせ】試乗予約

お名前:小川 紗也加
フリガナ:オガワ サヤカ
生年月日:1992/03/15
ご住所:神奈川県藤沢市本町2-8-4 メゾン本町305(1月より 栃木県宇都宮市東宿郷5-1-10)
電話番号:090-2274-6618
メール:sayaka.ogawa92@gmail.com
検討車種:アルデア・ハルカ EV
ご要望:1月に宇都宮へ転勤になるため、向こうでも購入できるか知りたいです。""",
  personal=[{"type": "name", "value": "小川 紗也加"}, {"type": "date_of_birth", "value": "1992/03/15"}, {"type": "address", "value": "神奈川県藤沢市本町2-8-4 メゾン本町305"}, {"type": "phone", "value": "090-2274-6618"}, {"type": "email", "value": "sayaka.ogawa92@gmail.com"}]))

A(m(_key="car_ppap", expect="hold", kind="attachment.encrypted_zip",
  why="Order documents sent as an encrypted zip (PPAP).",
  frm=MURAKAMI, to=["かながわオートリース 営業課 <eigyo@kanagawa-autolease.co.jp>"],
  subject="注文書一式の送付(鎌倉ケータリング様 増車分)",
  text=f"""かながわオートリース 営業課 ご担当者様

鎌倉ケータリング様 増車2台分の注文書一式をお送りします。
添付ファイルはパスワード付きです。パスワードは後ほど別メールにてお送りします。

{SIG_MURAKAMI}""",
  attachments=[{"filename": "chumonsho_kamakura_catering_2dai.zip", "contentType": "application/zip", "encrypted": True}]))

A(m(_key="car_residence", expect="hold", kind="id.residence_card",
  why="A foreign customer's residence card number and period of stay sent to the loan company.",
  frm=FUJITA, to=["アルデア・ファイナンス 審査センター <shinsa@ardea-finance.co.jp>"],
  subject="Re: 審査追加確認(SF-24-3419)",
  text=f"""アルデア・ファイナンス 審査センター ご担当者様

ご照会の件、お客様に確認しました。

 申込者:グエン ヴァン ミン(NGUYEN VAN MINH)様
 在留カード番号:RK48102277AB
 在留資格:技術・人文知識・国際業務
 在留期間満了日:2026年9月30日
 勤務先:株式会社ミナトテクノ(勤続3年)

在留期限がローン期間(48回)より短いですが、更新予定とのことです。

{SIG_FUJITA}

> 湘南モータース 藤田様
> SF-24-3419 について、在留カード番号と在留期間の満了日をお知らせください。
> アルデア・ファイナンス 審査センター 高木""",
  personal=[{"type": "name", "value": "NGUYEN VAN MINH"}, {"type": "residence_card", "value": "RK48102277AB"}]))
