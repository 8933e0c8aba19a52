# Org C: つばめ引越センター株式会社 (19 mails)
from common import *

MAILS = [
M(expect="hold", kind="id.card", where="body",
  why="A private customer's full card number and expiry from a phone order are sent to the payment agent by mail.",
  **{"from": C_NAKANO}, to=["決済サポート窓口 <support@pay-relay.example.jp>"],
  subject="電話受付分の与信依頼（受付No. TB-250611-0442）",
  text=f"""ペイリレー株式会社
決済サポート窓口 ご担当者様

いつもお世話になっております。つばめ引越センターの中野です。
管理画面にログインできない状態のため、電話で承ったお客様のカード決済について与信をお願いいたします。

　受付No.：TB-250611-0442
　お客様名：ヒラタ ユウジ 様
　カード番号：5555 5555 5555 4444
　有効期限：09/28
　金額：148,500円（税込）一括

与信結果をこのメールにご返信ください。

{SIG_NAKANO}""",
  personal=[{"type":"card","value":"5555 5555 5555 4444"},{"type":"name","value":"ヒラタ ユウジ"}]),

M(expect="pass", kind="benign.corporate_swift", where="none",
  why="Shipment status to an overseas agent with container and B/L numbers and the company's own SWIFT details.",
  **{"from": C_KINOSHITA}, to=["Hannah Becker <h.becker@rheinmove-intl.example.de>"],
  subject="RE: Shipment TMC-INT-25-0318 / ETA Hamburg",
  text=f"""Dear Hannah,

Thank you for the update. Confirming the details on our side:

  Our ref:       TMC-INT-25-0318
  Container:     TGHU 482913-7 (20' DV)
  B/L No.:       ONEYTYOE41877300
  Vessel:        ONE HAMBURG EXPRESS V.042W, ETD Tokyo 2 June, ETA Hamburg 9 July

For your destination-service invoice, please remit to our company account:

  Beneficiary: Tsubame Moving Center Co., Ltd.
  Bank: MUFG Bank, Ltd., Omori Branch
  SWIFT: BOTKJPJT
  Account No.: 0412-2296581

Best regards,
Daiki

> From: Hannah Becker
> Could you confirm vessel and ETA so we can book the delivery crew in Düsseldorf?

{SIG_KINOSHITA}"""),

M(expect="hold", kind="list.transferees", where="attachment",
  why="The attached transferee roster lists employees' names, old and new addresses, phones and family sizes; the body gives no hint.",
  **{"from": C_NISHIMURA}, to=["株式会社ハマ運輸 配車課 <haisha@hama-unyu.example.jp>"],
  subject="4月第1週 応援便の件",
  text=f"""ハマ運輸
配車課 ご担当者様

いつもご協力ありがとうございます。つばめの西村です。
4月第1週の応援便について、資料を添付いたします。
トラックの手配状況を木曜までにお知らせください。

{SIG_NISHIMURA}""",
  attachments=[{"filename":"transfer_list_0401-0405.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
   "text":"""[4月第1週]
作業日	氏名	旧住所	新住所	電話	家族人数
4/1	岡部 誠一	大阪府吹田市江坂町2-3-15-801	東京都品川区大井4-9-2-302	090-2814-6637	3
4/2	三宅 由里	名古屋市千種区今池1-20-4	東京都大田区蒲田2-31-7-1205	080-5561-0928	1
4/3	藤原 直人	福岡市博多区博多駅南3-8-1-403	横浜市港北区新横浜2-6-13-710	070-3380-4471	4
4/4	高木 理沙	仙台市青葉区一番町1-5-9	東京都江東区東雲1-7-12-2004	090-8127-5530	2"""}],
  personal=[{"type":"name","value":"岡部 誠一"},{"type":"address","value":"大阪府吹田市江坂町2-3-15-801"},{"type":"phone","value":"090-2814-6637"},{"type":"name","value":"三宅 由里"}]),

M(expect="pass", kind="benign.own_data_to_subject", where="none",
  why="A private customer receives her own booking confirmation with her own addresses and phone.",
  **{"from": C_NAKANO}, to=["ayaka.mizuno@ezweb.example.ne.jp"],
  subject="【つばめ引越センター】お引越しご予約確定のご案内",
  text=f"""水野 彩花 様

このたびはつばめ引越センターをご利用いただき、誠にありがとうございます。
ご予約内容が確定いたしましたので、ご確認ください。

　ご予約番号：TB-250702-1187
　作業日：2025年7月19日（土）午前便（8:30〜9:00到着）
　お引越し元：世田谷区経堂3-14-2 メゾン経堂201
　お引越し先：杉並区阿佐谷南1-33-8 アーバン阿佐谷502
　ご連絡先：090-4418-2075
　お見積金額：58,300円（税込・当日現金またはカード）

ダンボールは7月10日にお届けします（追跡番号は発送後にご連絡いたします）。
内容に誤りがございましたら、お手数ですが本メールにご返信ください。

{SIG_NAKANO}"""),

M(expect="hold", kind="id.passport", where="body",
  why="A shipper's passport number and visa details are written in the body to the overseas destination agent for customs.",
  **{"from": C_KINOSHITA}, to=["Customs Team <customs@pacific-relo.example.com.au>"],
  subject="Customs docs - Mr. & Mrs. Kuroda / TMC-INT-25-0402",
  text=f"""Dear Customs Team,

Please find below the shipper details for the customs pre-lodgement of our ref TMC-INT-25-0402
(household goods, 40' HC, arriving Sydney 24 July).

  Shipper: KURODA MASAHIRO
  Passport No.: TR8840215 (Japan, expiry 2033-05-11)
  Visa: Subclass 482, grant no. 0917734286501
  Spouse: KURODA EMI, Passport No.: TS1027759
  Delivery address: Unit 12, 48 Ocean Street, Bondi NSW 2026

The signed B3 form and the packing inventory will follow by courier.

Best regards,
Daiki Kinoshita

{SIG_KINOSHITA}""",
  personal=[{"type":"passport","value":"TR8840215"},{"type":"passport","value":"TS1027759"},{"type":"name","value":"KURODA MASAHIRO"}]),

M(expect="pass", kind="benign.tracking_numbers", where="none",
  why="12-digit Yamato tracking numbers (two happen to pass the My Number check digit) for boxes sent to a corporate customer.",
  **{"from": C_NISHIMURA}, to=["総務部 上原 様 <uehara@shinwa-denki.example.co.jp>"],
  subject="資材発送のご連絡（伝票番号）",
  text=f"""伸和電機株式会社
総務部 上原様

お世話になっております。つばめの西村です。
本社移転用の梱包資材を、本日ヤマト運輸にて3個口で発送いたしました。

　① ダンボール（大）100枚　伝票番号 4224-9698-8690
　② ダンボール（中）150枚　伝票番号 4607-8401-0008
　③ ガムテープ・養生材　　　伝票番号 4551-9787-1792

明日午前中の到着予定です。追跡は 422496988690 のように数字のみでもご確認いただけます。

{SIG_NISHIMURA}"""),

M(expect="hold", kind="personal.inquiry", where="quoted",
  why="A customer's damage complaint with her full contact details sits only in the forwarded part sent to the insurer.",
  **{"from": C_NISHIMURA}, to=["東和損保 事故受付センター <jiko-uketsuke@towa-sonpo.example.jp>"],
  subject="Fw: 家具破損についての問い合わせ",
  text=f"""東和損害保険
事故受付センター ご担当者様

運送保険（証券番号 TW-KT-0087731）の事故として受付をお願いいたします。
経緯は下記のお客様からのメールのとおりです。

つばめ引越センター 西村

-------- 転送メッセージ --------
差出人: 小野寺 梓 <azusa.onodera@outlook.jp>
件名: 家具破損についての問い合わせ
日付: 2025/06/03 22:41

つばめ引越センター様

6月1日に引越しをお願いした小野寺です。
食器棚のガラス扉が割れていました。写真を添付します。
住所：横浜市都筑区中川1-4-3 センター北パークハウス707
電話：080-6620-1953
明日以降、平日の夜なら電話に出られます。

{SIG_NISHIMURA}""",
  personal=[{"type":"name","value":"小野寺 梓"},{"type":"address","value":"横浜市都筑区中川1-4-3 センター北パークハウス707"},{"type":"phone","value":"080-6620-1953"}]),

M(expect="pass", kind="benign.project_thread", where="none",
  why="Office-move project mail with 6 visible addresses from two companies (customer and mover).",
  **{"from": C_NISHIMURA},
  to=["上原 聡 <uehara@shinwa-denki.example.co.jp>","福田 絵美 <e.fukuda@shinwa-denki.example.co.jp>","IT課 荒木 <araki@shinwa-denki.example.co.jp>"],
  cc=[C_NAKANO, "現場責任者 吉村 <t.yoshimura@tsubame-move.example.jp>", "設計 宮本 <k.miyamoto@tsubame-move.example.jp>"],
  subject="Re: 本社移転 第3回定例 議事メモ",
  text=f"""伸和電機 上原様、福田様、荒木様

本日の定例ありがとうございました。決定事項をまとめます。

1. 搬出：8/9（土）18:00〜、搬入：8/10（日）8:00〜
2. サーバーラック2台は荒木様立会いのもと、専用車（4t エアサス）で先行輸送
3. 新オフィス（芝浦）の養生範囲は管理会社と吉村が8/1に現地確認
4. 什器の廃棄リスト（家具番号 F-001〜F-138）は福田様から7/25までにご送付

次回定例：7/28（月）15:00、御社会議室B

つばめ引越センター 西村

{SIG_NISHIMURA}"""),

M(expect="hold", kind="attachment.encrypted_zip", where="zip",
  why="Password-protected zip with a quote sent to a corporate customer's HR (PPAP).",
  **{"from": C_NISHIMURA}, to=["人事部 転勤担当 <tenkin@marusan-shoji.example.co.jp>"],
  subject="秋季転勤者 お見積書送付の件",
  text=f"""丸三商事株式会社
人事部 転勤ご担当者様

いつもお世話になっております。つばめの西村です。
9月発令分の転勤者様のお見積書を、パスワード付きファイルにてお送りいたします。
パスワードは追ってお送りします。

{SIG_NISHIMURA}""",
  attachments=[{"filename":"mitsumori_202509.zip","contentType":"application/zip","encrypted":True}]),

M(expect="pass", kind="benign.vehicle_and_licence_numbers", where="none",
  why="Building entry request lists truck plate numbers and the partner realtor's 宅建業 licence number, not personal IDs.",
  **{"from": C_NAKANO}, to=["パークタワー芝浦 防災センター <bousai@parktower-shibaura.example.jp>"],
  cc=["芝浦ハウジング 賃貸管理 <kanri@shibaura-housing.example.jp>"],
  subject="搬入車両届（8/10 伸和電機様 入居作業）",
  text=f"""パークタワー芝浦
防災センター 御中

8月10日の入居作業にあたり、下記のとおり車両を届け出いたします。

| No | 車両 | ナンバー | 到着予定 |
|---|---|---|---|
| 1 | 4t エアサス | 品川 130 あ 47-21 | 7:45 |
| 2 | 4t ウイング | 品川 130 あ 52-08 | 7:45 |
| 3 | 2t 平ボディ | 品川 400 さ 19-63 | 9:30 |

作業責任者：吉村（携帯は当日朝ご連絡します）
仲介：芝浦ハウジング株式会社（東京都知事(3)第98217号）

{SIG_NAKANO}"""),

M(expect="hold", kind="recipients.visible", where="recipients",
  why="Campaign notice sent to 14 private customers with all addresses visible in To.",
  **{"from": C_NAKANO},
  to=["t.aoki1988@gmail.com","hiromi_s@yahoo.co.jp","k-matsuda@nifty.example.com","yumi.kawai@icloud.com",
      "ogawa.family@gmail.com","nao.ishiguro@docomo.ne.jp","shinji.t77@outlook.jp","r.fujimoto@softbank.ne.jp",
      "mika.hoshino@gmail.com","takeshi-ueno@biglobe.ne.jp","a.sakai.home@gmail.com","kumiko.n@ezweb.ne.jp",
      "yoshida.ken2@yahoo.co.jp","midori.hayashi@gmail.com"],
  subject="【つばめ引越センター】年末お引越しご優待のご案内",
  text=f"""お客様各位

昨年お引越しをご利用いただいた皆様へ、年末年始のご優待をご案内いたします。

・12月1日〜1月31日のお引越し：基本料金 15％OFF
・エアコン移設：1台 9,800円（通常 13,200円）
・ご紹介特典：ご紹介で 3,000円分のQUOカード

お見積りはフリーダイヤルまたはWebからお申込みください。

{SIG_NAKANO}"""),

M(expect="pass", kind="benign.masked_card", where="none",
  why="Receipt to the customer herself shows only the masked card number.",
  **{"from": C_NAKANO}, to=["mika.hoshino@gmail.com"],
  subject="【領収書】ご予約番号 TB-250823-0561",
  text=f"""星野 美香 様

お引越しのご利用ありがとうございました。領収書を添付いたします。

　ご予約番号：TB-250823-0561
　お支払方法：クレジットカード（VISA ****-****-****-1881）
　承認番号：0917442
　金額：72,600円（税込）

今後ともつばめ引越センターをよろしくお願いいたします。

{SIG_NAKANO}""",
  attachments=[{"filename":"receipt_TB-250823-0561.pdf","contentType":"application/pdf",
   "text":"領収書\n星野 美香 様\n金額 ￥72,600-（税込）\n但し お引越し代金として\nカード払い VISA ****1881\nつばめ引越センター株式会社 登録番号 T5010801029384"}]),

M(expect="hold", kind="sensitive.health", where="subject",
  why="The subject names a customer as a dialysis patient using a wheelchair; the body covers only crew logistics.",
  **{"from": C_NISHIMURA}, to=["株式会社ハマ運輸 配車課 <haisha@hama-unyu.example.jp>"],
  subject="8/23 作業 大森 和夫様（人工透析中・車椅子）のお引越し当日の配慮",
  text=f"""ハマ運輸 配車課 ご担当者様

8/23の作業について、お客様は当日午後に外出のご予定があるため、
搬出は12時までに完了できるよう、作業員を1名増員していただけますでしょうか。
エレベーター養生は当社で手配済みです。

{SIG_NISHIMURA}""",
  personal=[{"type":"name","value":"大森 和夫"},{"type":"health","value":"人工透析中"}]),

M(expect="pass", kind="benign.dev_minutes_test_card", where="none",
  why="Development minutes for the booking site contain a Luhn-valid test card used in the staging environment.",
  **{"from": C_KINOSHITA}, to=["開発チーム 小松 <komatsu@nexus-webdev.example.jp>","高田 <takada@nexus-webdev.example.jp>"],
  subject="予約サイト改修 定例議事録（6/17）",
  text=f"""ネクサスウェブ開発 小松様、高田様

本日の定例議事録です。

■決定事項
1. 決済モジュールをPayRelay API v3へ移行（本番切替 9/1）
2. ステージング環境での結合テストは以下のテストカードで実施
   - 4242 4242 4242 4242（VISA、有効期限 12/34、CVC 123）→ 承認
   - 4000 0000 0000 0002 → 拒否シナリオ
3. 英語予約フォーム（国際引越向け）は10月リリースへ延期

■宿題
- 3Dセキュア2.0のリダイレクト画面 文言案（つばめ：木下）
- エラーログのマスキング仕様（ネクサス：高田）

次回：7/1（火）10:00

{SIG_KINOSHITA}"""),

M(expect="hold", kind="id.bank_account", where="body",
  why="A private customer's bank account for a deposit refund is typed into a mail to the outsourced accounting firm.",
  **{"from": C_NAKANO}, to=["経理代行 西川会計 <keiri@nishikawa-kaikei.example.jp>"],
  subject="キャンセル返金の振込依頼（TB-250629-0210）",
  text=f"""西川会計事務所
経理代行ご担当者様

いつもお世話になっております。つばめの中野です。
下記のお客様のキャンセルに伴い、内金の返金振込をお願いいたします。

　ご予約番号：TB-250629-0210
　返金額：20,000円
　振込先：三井住友銀行 鶴見支店 普通 4417720
　口座名義：タカハシ ミサキ

振込手数料は当社負担でお願いします。

{SIG_NAKANO}""",
  personal=[{"type":"bank_account","value":"三井住友銀行 鶴見支店 普通 4417720"},{"type":"name","value":"タカハシ ミサキ"}]),

M(expect="pass", kind="benign.religious_corp_customer", where="none",
  why="Quote to a temple (宗教法人) as the customer for moving Buddhist altar items; no personal data.",
  **{"from": C_NISHIMURA}, to=["宗教法人 妙蓮寺 寺務所 <info@myorenji.example.jp>"],
  subject="本堂改修に伴う仏具の一時保管 お見積りの件",
  text=f"""宗教法人 妙蓮寺
寺務所 御中

先日は本堂の下見をさせていただき、ありがとうございました。
ご依頼の仏具・美術品の搬出と一時保管につき、お見積りをお送りいたします。

　見積No.：TMC-Q-25-0788
　作業：本尊台座・須弥壇・仏具一式の梱包（美術品専用梱包）、搬出
　保管：当社平和島センター 定温倉庫、10月〜翌3月（6か月）
　金額：1,364,000円（税込）

ご住職のご都合のよい日に、改めてご説明に伺います。

{SIG_NISHIMURA}"""),

M(expect="hold", kind="personal.inquiry", where="body",
  why="A web inquiry with the customer's full name, address and phone is forwarded to a partner air-conditioner installer.",
  **{"from": C_NAKANO}, to=["エアコン工事 こばやし設備 <info@kobayashi-setsubi.example.jp>"],
  subject="エアコン移設のご紹介（Web問い合わせ分）",
  text=f"""こばやし設備 ご担当者様

いつもお世話になっております。つばめの中野です。
当社Webフォームに下記のお問い合わせがありましたので、エアコン移設の件、ご連絡をお願いできますでしょうか。

　お名前：安藤 誠 様
　ご住所：千葉県船橋市前原西2-19-6
　お電話：047-476-3318
　メール：makoto.ando@jcom.example.ne.jp
　内容：8月末の引越しで、リビングと寝室のエアコン2台を移設したい。
　　　　寝室のものは2015年製。

{SIG_NAKANO}""",
  personal=[{"type":"name","value":"安藤 誠"},{"type":"address","value":"千葉県船橋市前原西2-19-6"},{"type":"phone","value":"047-476-3318"}]),

M(expect="pass", kind="benign.bcc_newsletter", where="none",
  why="Seasonal price newsletter sent to corporate customers in Bcc.",
  **{"from": C_NISHIMURA}, to=["r.nishimura@tsubame-move.example.jp"],
  bcc=["tenkin@marusan-shoji.example.co.jp","uehara@shinwa-denki.example.co.jp","soumu@kita-pharma.example.co.jp",
       "hr@aster-foods.example.co.jp","jinji@daiko-kensetsu.example.co.jp","ga@blueline-logi.example.co.jp",
       "soumu@hoshizora-bank.example.co.jp","jinji@tohoku-seiki.example.co.jp","hr-japan@linden-pharma.example.com",
       "soumu@kaname-insurance.example.co.jp","ga@mirai-tsushin.example.co.jp","jinji@sansei-kogyo.example.co.jp"],
  subject="【法人様向け】2026年春 繁忙期料金と早期予約のご案内",
  text=f"""法人ご担当者様各位
（本メールはBCCにてお送りしております）

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
2026年3月〜4月の繁忙期につきまして、早期予約のご案内をお送りいたします。

・11月末までのご予約確定で、繁忙期料金から10％割引
・単身パック（2名作業＋2t車）：平日 48,000円〜
・転勤者様向け専用ダイヤルの開設（1月6日〜）

詳細は添付のパンフレットをご覧ください。

{SIG_NISHIMURA}""",
  attachments=[{"filename":"2026spring_corporate.pdf","contentType":"application/pdf",
   "text":"つばめ引越センター 法人様向け 2026年春 料金表\n単身パック 48,000円〜\n家族パック 128,000円〜\n早期予約割引 10%"}]),

M(expect="hold", kind="id.residence_card", where="body",
  why="A foreign customer's residence card number is sent to a storage partner for contract registration.",
  **{"from": C_KINOSHITA}, to=["トランクルーム平和島 契約係 <keiyaku@trunk-heiwajima.example.jp>"],
  subject="トランクルーム契約者登録のお願い（国際引越お客様）",
  text=f"""トランクルーム平和島
契約係 ご担当者様

お世話になっております。つばめの木下です。
帰国予定の海外赴任者のお客様について、荷物の一時保管（3か月）の契約登録をお願いいたします。

　契約者：NGUYEN THI LAN 様
　在留カード番号：UH47108253CA
　国籍：ベトナム
　現住所：東京都大田区蒲田本町1-3-8-402
　連絡先：070-2219-8460
　保管期間：2025/9/1〜2025/11/30

本人確認書類の写しは別途お送りいたします。

{SIG_KINOSHITA}""",
  personal=[{"type":"residence_card","value":"UH47108253CA"},{"type":"name","value":"NGUYEN THI LAN"},{"type":"phone","value":"070-2219-8460"}]),
]
