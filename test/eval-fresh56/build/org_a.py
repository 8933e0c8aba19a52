# -*- coding: utf-8 -*-
"""Org A: さくらカード株式会社 — 債権管理部（回収）と不正利用対策室."""

ORG = "A さくらカード株式会社（債権管理部・不正利用対策室）"
DOM = "sakura-card.example.jp"

TANABE = "田辺 由紀子 <tanabe.yukiko@sakura-card.example.jp>"
KUBOTA = "久保田 亮 <kubota.ryo@sakura-card.example.jp>"
MIWA = "三輪 聡 <miwa.satoshi@sakura-card.example.jp>"

SIG_TANABE = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
さくらカード株式会社
債権管理部 回収第二グループ 主任
田辺 由紀子（Yukiko Tanabe）
〒104-0061 東京都中央区銀座九丁目3番8号 さくらカードビル7F
TEL 03-5412-7730（直通）／FAX 03-5412-7739
E-mail tanabe.yukiko@sakura-card.example.jp
※本メールには機密情報が含まれる場合があります。誤って受信された場合は
　お手数ですが送信者までご連絡のうえ、削除をお願いいたします。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KUBOTA = """--
久保田 亮 / Ryo Kubota
さくらカード株式会社 不正利用対策室 モニタリング課
Fraud Monitoring Desk, Sakura Card Co., Ltd.
Tel: +81-3-5412-7810 (24h desk: +81-3-5412-7800)
kubota.ryo@sakura-card.example.jp"""

SIG_MIWA = """三輪 聡
さくらカード（株）債権管理部 部長代理
03-5412-7701"""

MAILS = []
def add(**kw):
    MAILS.append(kw)

# ---------------------------------------------------------------- holds
add(key="A-H1", expect="hold", kind="id.card_number", writer="久保田", loc="body",
    why="Full card number and cardholder name of a private member sent to an overseas acquirer in the body.",
    frm=KUBOTA,
    to=["Chargeback Team <chargebacks@harbourpay.example.com>"],
    cc=["Fraud Desk <fraud-desk@sakura-card.example.jp>"],
    subject="Request for transaction records - suspected counterfeit use (our ref. FR-25-06118)",
    text=f"""Dear HarbourPay Chargeback Team,

We are investigating a series of transactions that our cardholder disputes as
not authorised. According to our authorisation log, all of them were routed
through merchants acquired by your company.

  Card number : 4980 3177 6204 5189
  Cardholder  : HOSHINO KAZUMA
  Expiry      : 09/27
  Disputed    : 3 transactions, 2025-06-14 to 2025-06-15, total USD 2,847.60

  Date        Merchant                      MCC   Amount (USD)
  2025-06-14  NORTHGATE ELECTRONICS #221    5732       1,499.00
  2025-06-14  NORTHGATE ELECTRONICS #221    5732         899.00
  2025-06-15  QUICKFUEL 0093                5542         449.60

The physical card is still in the cardholder's possession in Japan, so we
suspect skimming. Could you please provide the terminal data (POS entry mode,
chip/fallback indicator) and, if available, CCTV timestamps for the first two
transactions?

We would appreciate a reply by 27 June (JST).

Best regards,

{SIG_KUBOTA}""",
    personal=[("card_number", "4980 3177 6204 5189"), ("name", "HOSHINO KAZUMA")])

add(key="A-H2", expect="hold", kind="list.debtors", writer="田辺", loc="body",
    why="List of five delinquent members with names, phone numbers, towns and overdue amounts sent to an outside law firm in the body.",
    frm=TANABE,
    to=["弁護士法人みなと総合法律事務所 債権回収チーム 木島様 <kijima@minato-law.example.jp>"],
    subject="受任通知発送対象者（6月第4週分）のご連絡",
    text=f"""弁護士法人みなと総合法律事務所
債権回収チーム　木島様

いつもお世話になっております。さくらカードの田辺でございます。

標記の件、今週分の受任通知発送対象者をお知らせいたします。
いずれも延滞90日超・督促状2回送付済みで、当社からの架電にも応答のない会員様です。

 No | 会員氏名     | 所在（市区町村） | 電話番号       | 延滞額（円）
----+--------------+------------------+----------------+-----------
 1  | 長谷部 浩二  | 千葉県船橋市     | 090-3318-4402  |   486,210
 2  | 桑原 真由美  | 埼玉県川口市     | 080-7720-1936  |   128,540
 3  | 西條 拓也    | 東京都足立区     | 070-4415-8863  |   912,003
 4  | 小池 さおり  | 神奈川県平塚市   | 090-6107-2254  |    77,980
 5  | 蔦谷 啓介    | 東京都八王子市   | 080-2293-5578  |   305,400

住所の詳細は別途システム連携分でご確認いただけるかと存じます。
5番の蔦谷様は先月転居のご連絡があったため、新住所での発送をお願いいたします。

ご不明点がございましたらお知らせください。
よろしくお願い申し上げます。

{SIG_TANABE}""",
    personal=[("name", "長谷部 浩二"), ("phone", "090-3318-4402"), ("name", "桑原 真由美"),
              ("phone", "080-7720-1936"), ("name", "西條 拓也"), ("debt", "912,003"),
              ("name", "蔦谷 啓介")])

add(key="A-H3", expect="hold", kind="list.debtors", writer="三輪", loc="attachment",
    why="CSV attachment lists members with birth dates, addresses, phones and balances for a debt-collection servicer; body is harmless.",
    frm=MIWA,
    to=["みらい債権回収株式会社 業務部 加納様 <kanou@mirai-servicer.example.jp>"],
    subject="7月委託分 明細送付の件",
    text=f"""加納様

お世話になっております。さくらカードの三輪です。
7月委託分の明細を添付いたしますので、受領確認のご連絡をお願いします。
件数は前月より若干少なめです。

{SIG_MIWA}""",
    attachments=[{"filename": "itaku_202507.csv", "contentType": "text/csv",
                  "text": """会員番号,氏名,生年月日,住所,電話番号,残高
SC-0088120,吉永 和樹,1979-03-14,大阪府堺市北区長曽根町1212-3,090-5501-3327,642300
SC-0091547,沼田 恵子,1985-11-02,兵庫県尼崎市武庫之荘2-8-14-301,080-3102-7746,88150
SC-0102236,岩城 翔,1992-07-28,京都府宇治市小倉町新田島18-5,070-2219-0581,1204770
SC-0107713,大平 美紀,1968-01-19,奈良県生駒市谷田町903,090-8824-1163,231900
SC-0110982,辰巳 健太郎,1990-05-06,大阪府東大阪市小阪3-11-9,080-6630-4410,57420
"""}],
    personal=[("name", "吉永 和樹"), ("birthdate", "1979-03-14"),
              ("address", "大阪府堺市北区長曽根町1212-3"), ("phone", "090-5501-3327"),
              ("name", "岩城 翔"), ("debt", "1204770")])

add(key="A-H4", expect="hold", kind="personal.customer_inquiry", writer="久保田", loc="quoted",
    why="Forwards a cardholder's own inquiry with full name, home address, mobile and e-mail to an EC merchant; the personal data sits only in the forwarded part.",
    frm=KUBOTA,
    to=["株式会社ルミナスEC カスタマーサポート 安西様 <support@luminous-ec.example.com>"],
    subject="Fw: 身に覚えのない請求について（ルミナスEC様ご利用分）",
    text=f"""株式会社ルミナスEC
カスタマーサポート 安西様

いつもお世話になっております。さくらカード不正利用対策室の久保田です。
下記、当社会員様からのお問い合わせを転送いたします。
貴サイトでの注文内容（配送先・注文時IPアドレス）をご確認いただけますでしょうか。

よろしくお願いいたします。

{SIG_KUBOTA}

-------- Forwarded Message --------
From: 真鍋 理沙 <risa.manabe1988@gmail.com>
To: さくらカード お問い合わせ窓口 <info@sakura-card.example.jp>
Date: 2025/06/18 22:41
Subject: 身に覚えのない請求について

さくらカード ご担当者様

6月分のご利用明細に「ルミナスEC」で 38,500円 の請求がありますが、
このサイトで買い物をしたことはありません。
商品も届いていません。調べていただけますでしょうか。

真鍋 理沙（まなべ りさ）
〒330-0844 埼玉県さいたま市大宮区下町4-27-6 メゾン大宮502
携帯 090-2746-8135
メール risa.manabe1988@gmail.com
""",
    personal=[("name", "真鍋 理沙"), ("address", "埼玉県さいたま市大宮区下町4-27-6 メゾン大宮502"),
              ("phone", "090-2746-8135"), ("email", "risa.manabe1988@gmail.com")])

add(key="A-H5", expect="hold", kind="id.card_number", writer="久保田", loc="subject",
    why="A full card number is written in the subject line; the body only refers to 'the card in the subject'.",
    frm=KUBOTA,
    to=["ホテル・ベイサイド横浜 フロント支配人 井上様 <inoue.fm@bayside-hotel.example.jp>"],
    subject="【至急・調査依頼】カード番号 5358 2710 4466 0318 の不正オーソリについて",
    text=f"""ホテル・ベイサイド横浜
フロント支配人 井上様

夜分に失礼いたします。さくらカード不正利用対策室の久保田でございます。

件名のカードにつきまして、昨夜から本日未明にかけて貴ホテルでのオーソリが
3件連続して発生しており、カード会員様より「利用していない」とのお申し出を
いただいております。

お手数ですが、以下についてご確認をお願いできますでしょうか。
　・チェックイン時の署名控え、宿泊者名簿の記載内容
　・カード提示の有無（対面／事前決済サイト経由の別）
　・ご宿泊中のお客様であれば、現在の在室状況

承認番号は、お電話でお伝えいたします。
本日中に一度お電話を差し上げますので、どうぞよろしくお願いいたします。

{SIG_KUBOTA}""",
    personal=[("card_number", "5358 2710 4466 0318")])

add(key="A-H6", expect="hold", kind="attachment.encrypted_zip", writer="田辺", loc="zip",
    why="Password-protected zip (PPAP) sent to a law firm; content cannot be inspected.",
    frm=TANABE,
    to=["弁護士法人みなと総合法律事務所 弁護士 榊原 透様 <sakakibara@minato-law.example.jp>"],
    cc=["木島様 <kijima@minato-law.example.jp>"],
    subject="訴訟提起予定案件（3件）資料ご送付",
    text=f"""榊原先生

いつも大変お世話になっております。さくらカードの田辺でございます。

先日のお打合せでご相談いたしました訴訟提起予定の3件につき、
契約書写し・利用明細・督促経過表をまとめてお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別メールにて
お送りいたしますので、ご確認のほどよろしくお願いいたします。

{SIG_TANABE}""",
    attachments=[{"filename": "soshou_shiryo_202506.zip", "contentType": "application/zip", "encrypted": True}],
    personal=None)

_merchants = [
    ("丸栄百貨店 外商セキュリティ 佐伯様", "saeki@maruei-dept.example.jp"),
    ("ネオライフ家電 EC事業部 石橋様", "ishibashi@neolife-denki.example.com"),
    ("株式会社トラベルポート 決済担当 神田様", "kanda@travelport-jp.example.com"),
    ("グランツ時計店 本店 水野様", "mizuno@grantz-watch.example.jp"),
    ("ミヤコ家具 通販部 岡部様", "okabe@miyako-kagu.example.jp"),
    ("アーバンスポーツ株式会社 経理 原様", "hara@urban-sports.example.com"),
    ("ホテル・ベイサイド横浜 井上様", "inoue.fm@bayside-hotel.example.jp"),
    ("株式会社ゲームボックス 決済運用 高津様", "takatsu@gamebox.example.com"),
    ("フラワーギフト花音 オンラインショップ 片桐様", "katagiri@kanon-flower.example.jp"),
    ("東洋チケットサービス 不正対策 宇野様", "uno@toyo-ticket.example.co.jp"),
    ("ブランドリユース銀座 本部 松永様", "matsunaga@brand-reuse.example.jp"),
    ("株式会社デジタルギフトジャパン 村瀬様", "murase@digitalgift.example.jp"),
]
add(key="A-H7", expect="hold", kind="recipients.many_external", writer="久保田", loc="recipients",
    why="Twelve contacts at twelve different merchants are all visible in To; should have been BCC.",
    frm=KUBOTA,
    to=[f"{n} <{a}>" for n, a in _merchants],
    subject="年末商戦期における不正利用警戒のお願い（加盟店各位）",
    text=f"""加盟店ご担当者各位

平素より格別のお引き立てを賜り、誠にありがとうございます。
さくらカード株式会社 不正利用対策室でございます。

例年11月～12月は、転売目的の高額商品購入やギフトカード購入による
不正利用が増加する傾向にございます。つきましては、以下の点にご留意
いただけますようお願い申し上げます。

　１．配送先がお届け先住所と異なる高額注文（特に営業所止め）
　２．短時間に同一端末から複数カードでの決済試行
　３．電子ギフト・プリペイド商品の大量購入
　４．3-Dセキュア認証のスキップを求めるお問い合わせ

不審な取引を確認された際は、24時間窓口（03-5412-7800）までご連絡ください。
今後ともよろしくお願い申し上げます。

{SIG_KUBOTA}""",
    personal=None)

add(key="A-H8", expect="hold", kind="sensitive.health", writer="田辺", loc="body",
    why="Names a member and states he is hospitalised with pancreatic cancer, sent to an outside servicer to stop collection calls.",
    frm=TANABE,
    to=["みらい債権回収株式会社 業務部 加納様 <kanou@mirai-servicer.example.jp>"],
    subject="Re: 架電停止のお願い（委託案件 SC-0079431）",
    text=f"""加納様

お世話になっております。さくらカードの田辺です。
お問い合わせいただいた委託案件 SC-0079431 の件、ご報告が遅くなり失礼しました。

昨日、会員の大河内 正明様の奥様から当社窓口にお電話があり、
大河内様ご本人は膵臓がんのため5月末から県立がんセンターに入院中で、
抗がん剤治療のため当面お支払いが難しいとのお申し出でした。
退院の目処が立った段階で、奥様から分割のご相談をいただけるとのことです。

つきましては、本件は一旦架電・訪問を停止していただけますでしょうか。
書面の送付も、8月末までは見合わせをお願いいたします。

お手数をおかけしますが、どうぞよろしくお願いいたします。

> 田辺様
> SC-0079431 の件、先週から電話が全くつながらなくなっております。
> 当社としては訪問督促に切り替えるべきか判断に迷っておりますので、
> 御社で何か情報をお持ちでしたらご教示ください。
> 加納

{SIG_TANABE}""",
    personal=[("name", "大河内 正明"), ("diagnosis", "膵臓がん"), ("hospital", "県立がんセンターに入院中")])

add(key="A-H9", expect="hold", kind="id.bank_account", writer="三輪", loc="body",
    why="A private member's personal bank account (bank, branch, number, holder) sent to an outside BPO for a refund transfer.",
    frm=MIWA,
    to=["株式会社ネクストオペレーション 送金センター 菅野様 <kanno@nextop-bpo.example.jp>"],
    subject="過入金返金の振込依頼（1件）",
    text=f"""菅野様

お世話になっております。三輪です。
過入金が発生した会員様への返金1件、振込手続きをお願いいたします。

　返金額　　：23,418円
　振込先　　：ひばり銀行 多摩センター支店（店番 218）
　口座種別　：普通
　口座番号　：4471903
　口座名義　：ヨコミゾ　チヒロ
　振込予定日：6月30日（月）

振込手数料は当社負担でお願いします。
完了後、いつもの報告フォーマットでご連絡ください。

{SIG_MIWA}""",
    personal=[("bank_account", "4471903"), ("name", "ヨコミゾ　チヒロ"), ("bank_branch", "ひばり銀行 多摩センター支店")])

add(key="A-H10", expect="hold", kind="id.drivers_license", writer="久保田", loc="attachment",
    why="Attachment is a transcription of an applicant's driver's licence (number, name, birth date, address) sent to a partner bank; the body says only 'see attachment'.",
    frm=KUBOTA,
    to=["しらさぎ銀行 カード企画部 与田様 <yoda@shirasagi-bank.example.jp>"],
    subject="提携カード申込 なりすまし疑義案件のご共有",
    text=f"""しらさぎ銀行 カード企画部
与田様

お世話になっております。さくらカードの久保田です。

昨日お電話でお話しした提携カード申込の件、当社審査で確認した本人確認書類の
記載内容を添付にまとめました。貴行の口座開設時の登録内容との突合をお願いできますと幸いです。
疑義の根拠（顔写真の不一致・IPアドレスの所在地など）はお電話でご説明いたします。

{SIG_KUBOTA}""",
    attachments=[{"filename": "kakunin_memo_0619.pdf", "contentType": "application/pdf",
                  "text": """本人確認書類 記載事項確認メモ（申込番号 AP-2506-44871）

書類種別：運転免許証
氏名：的場 俊介
生年月日：昭和63年4月22日
住所：東京都江戸川区西葛西7丁目18番2-1104号
免許証番号：第301225114703号
交付：令和5年5月10日　有効期限：令和10年05月22日まで

確認者所見：
・申込時の自撮り画像と免許証の顔写真に相違あり
・申込時の接続元IPが海外VPNサービス
"""}],
    personal=[("drivers_license", "301225114703"), ("name", "的場 俊介"),
              ("address", "東京都江戸川区西葛西7丁目18番2-1104号"), ("birthdate", "昭和63年4月22日")])

# ---------------------------------------------------------------- passes
add(key="A-P1", expect="pass", kind="benign.masked_card", writer="久保田", loc=None,
    why="Chargeback representment to an overseas merchant: card shown masked (first 6 / last 4), no cardholder contact data.",
    frm=KUBOTA,
    to=["Disputes <disputes@alpineoutfitters.example.com>"],
    subject="Re: Chargeback case CB-558204 - additional documents",
    text=f"""Hello Ms. Reinholt,

Thank you for sending the delivery confirmation. I have attached it to the case file.

For your reference, the case details on our side are:

  Case no.      : CB-558204
  Card          : 498031******5189
  Transaction   : 2025-05-03, USD 612.00, order AO-7781-2290
  Reason code   : 13.1 (Merchandise not received)

The carrier's proof shows delivery to a parcel locker, while the cardholder
states that nothing arrived. If you have the locker pickup log with a timestamp,
please send it by 4 July. Otherwise we will proceed based on the documents
already provided.

Kind regards,

{SIG_KUBOTA}

-----Original Message-----
From: Hanna Reinholt <disputes@alpineoutfitters.example.com>
Sent: Tuesday, June 24, 2025 6:12 PM
Subject: Chargeback case CB-558204

Please find the carrier's proof of delivery attached. Let me know if anything else is needed.
Hanna Reinholt | Payments & Disputes | Alpine Outfitters GmbH""",
    personal=None)

add(key="A-P2", expect="pass", kind="benign.test_card", writer="久保田", loc=None,
    why="Development meeting minutes with the scheme's public test card numbers used in a staging environment; no real cardholder.",
    frm=KUBOTA,
    to=["株式会社テクノブリッジ 開発PM 沢村様 <sawamura@technobridge.example.co.jp>"],
    cc=["大森 <omori@technobridge.example.co.jp>", "情報システム部 関 <seki.jun@sakura-card.example.jp>"],
    subject="【議事録】不正検知ルール改修 結合テスト打合せ（6/20）",
    text=f"""沢村様、大森様

本日はありがとうございました。議事録を送付します。修正があればご指摘ください。

■日時：2025年6月20日（金）14:00-15:30
■場所：オンライン（Teams）
■出席：テクノブリッジ 沢村様・大森様／当社 久保田・関

■決定事項
1. 結合テストは ST2 環境で 7/1～7/11 に実施。
2. テストカードはブランド公開のテスト番号を使用する。
   - Visa：4242 4242 4242 4242（有効期限は未来日付なら任意）
   - Mastercard：5555 5555 5555 4444
   本番会員データのマスキングコピーは今回使用しない。
3. ルールR-117（短時間多頻度）の閾値を 5回/10分 → 4回/10分 に変更し検証。
4. 検知ログのハッシュ（SHA-256）は先頭8桁のみ画面表示とする。
   例：9f2c41ab…（ログ全文はS3バケットに保存）

■宿題
- テクノブリッジ：テストケース一覧 v0.3 を 6/26 までに共有
- 当社：ST2 のオーソリスタブ設定を 6/27 までに完了（関）

以上

{SIG_KUBOTA}""",
    personal=None)

add(key="A-P3", expect="pass", kind="benign.corporate_account", writer="三輪", loc=None,
    why="Notice of the company's own corporate collection account (当座, company name) to a servicer; no private account.",
    frm=MIWA,
    to=["みらい債権回収株式会社 経理部 堀様 <hori@mirai-servicer.example.jp>"],
    cc=["加納様 <kanou@mirai-servicer.example.jp>"],
    subject="回収金送金先口座変更のお知らせ（8月送金分より）",
    text=f"""みらい債権回収株式会社
経理部 堀様

いつもお世話になっております。さくらカード債権管理部の三輪です。

当社のメインバンク統合に伴い、回収金の送金先口座を下記のとおり変更いたします。
8月15日送金分から新口座へのお振込みをお願いいたします。

【旧】しらさぎ銀行 銀座支店　当座 0081127　サクラカード（カ
【新】みずなみ銀行 本店営業部（店番 001）当座 1204456
　　　口座名義：サクラカード（カ　サイケンカンリブ

なお、新口座の確認書（銀行発行）は郵送でもお送りします。
送金明細データの形式に変更はございません。

お手数をおかけしますが、よろしくお願いいたします。

{SIG_MIWA}""",
    personal=None)

add(key="A-P4", expect="pass", kind="benign.reply_chain", writer="田辺", loc=None,
    why="Scheduling thread with a law firm naming partner staff and heavy signatures; no member data.",
    frm=TANABE,
    to=["木島様 <kijima@minato-law.example.jp>"],
    cc=["榊原先生 <sakakibara@minato-law.example.jp>", MIWA],
    subject="Re: Re: Re: 7月定例打合せの日程について",
    text=f"""木島様

ご調整ありがとうございます。
それでは 7月9日（水）15:00～16:00、貴事務所の会議室にてお願いいたします。
当社からは三輪と田辺の2名で伺います。

議題は前回どおり、①受任案件の進捗、②和解条件の目安の見直し、③8月以降の委託件数見込み、
の3点で考えております。追加がございましたらお知らせください。

{SIG_TANABE}

> 田辺様
> 榊原が7/8は終日期日のため、7/9(水)15時または7/10(木)10時ではいかがでしょうか。
> 木島
>
>> 木島様
>> 7月の定例ですが、7/8(火)午後はいかがでしょうか。
>> 田辺
>>
>>> 田辺様、三輪様
>>> いつもお世話になっております。7月の定例打合せの候補日をお知らせください。
>>> ――――――――――――――――――
>>> 弁護士法人みなと総合法律事務所
>>> 債権回収チーム　パラリーガル　木島 静香
>>> 〒105-0001 東京都港区虎ノ門八丁目2番1号 虎ノ門グリーンビル12F
>>> TEL 03-6809-2240　FAX 03-6809-2241
>>> ――――――――――――――――――""",
    personal=None)

add(key="A-P5", expect="pass", kind="benign.it_outage", writer="久保田", loc=None,
    why="'障害' means an authorisation-system outage; merchants are in BCC; no personal data.",
    frm=KUBOTA,
    to=["不正利用対策室 <fraud-desk@sakura-card.example.jp>"],
    bcc=[f"{n} <{a}>" for n, a in _merchants if "bayside" not in a],
    subject="【復旧報告】オーソリゼーションシステム障害について（6/21 02:10～03:45）",
    text=f"""加盟店ご担当者各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。

6月21日（土）未明に発生いたしました当社オーソリゼーションシステムの障害につきまして、
下記のとおり復旧いたしましたのでご報告申し上げます。
ご不便とご迷惑をおかけしましたことを、深くお詫び申し上げます。

　発生日時：2025年6月21日 02:10頃
　復旧日時：2025年6月21日 03:45
　影響範囲：当社発行カードのオーソリ応答遅延・タイムアウト（約1,900件）
　原因　　：データベースサーバのストレージ障害によるフェイルオーバーの遅延
　再発防止：監視閾値の見直し、切替手順の自動化（7月中旬完了予定）

障害時間帯にタイムアウトとなった取引は、売上として計上されておりません。
二重決済等のお問い合わせがございましたら、加盟店サポートデスクまでご連絡ください。

{SIG_KUBOTA}""",
    personal=None)

add(key="A-P6", expect="pass", kind="benign.successor", writer="三輪", loc=None,
    why="Personnel-change greeting naming the writer and his successor with a business phone; ordinary courtesy mail.",
    frm=MIWA,
    to=["みらい債権回収株式会社 取締役業務部長 川端様 <kawabata@mirai-servicer.example.jp>"],
    cc=["野々村 <nonomura.ken@sakura-card.example.jp>"],
    subject="異動および後任のご挨拶",
    text="""みらい債権回収株式会社
取締役業務部長 川端様

いつも大変お世話になっております。さくらカードの三輪でございます。

私事で恐縮ですが、7月1日付で経営企画部へ異動することとなりました。
在任中は委託業務の立ち上げから、コールセンター移転の際のご対応まで、
川端様はじめ皆様に大変お世話になり、心より御礼申し上げます。

後任は、同じ債権管理部の野々村 健（ののむら けん）が務めます。
前職ではカードローンの回収企画を長く担当しており、委託先管理の経験も豊富です。
近日中に野々村と改めてご挨拶に伺いたく存じますので、ご都合のよい日時を
いくつかお知らせいただけますと幸いです。

　後任：債権管理部 部長代理　野々村 健
　TEL：03-5412-7702
　E-mail：nonomura.ken@sakura-card.example.jp

今後とも変わらぬご指導ご鞭撻を賜りますよう、お願い申し上げます。

三輪 聡
さくらカード（株）債権管理部 部長代理
03-5412-7701""",
    personal=None)

add(key="A-P7", expect="pass", kind="benign.aggregate_stats", writer="久保田", loc=None,
    why="Monthly fraud statistics to an industry council: counts of '偽造カード', '番号盗用' and 'なりすまし申込' as aggregates only, no person or card.",
    frm=KUBOTA,
    to=["クレジット不正対策協議会 事務局 <jimukyoku@credit-fraud-council.example.or.jp>"],
    subject="5月度 不正利用発生状況のご報告（さくらカード）",
    text=f"""クレジット不正対策協議会 事務局 御中

いつもお世話になっております。さくらカード不正利用対策室の久保田です。
5月度の不正利用発生状況を、所定の様式にてご報告いたします。

［5月度 発生件数・金額］
　区分　　　　　　　　　件数　　　金額（千円）
　番号盗用（EC）　　　　1,284　　　 61,920
　偽造カード　　　　　　　 37　　　  4,118
　紛失・盗難　　　　　　　 96　　　  5,460
　その他（なりすまし申込）　12　　　  2,075
　合計　　　　　　　　　1,429　　　 73,573

［前月比］件数 +6.2%、金額 +3.9%
［所見］フィッシングサイト経由の番号盗用が引き続き増加。宅配業者をかたる
　SMS の誘導先ドメインは5月中に新規 43 件を確認し、テイクダウン依頼済み。

個別案件の情報は含めておりません。ご不明点は久保田までお問い合わせください。

{SIG_KUBOTA}""",
    personal=None)

add(key="A-P8", expect="pass", kind="benign.lookalike_numbers", writer="久保田", loc=None,
    why="Order numbers, merchant ID, terminal ID and approval codes that look like personal numbers; no cardholder data.",
    frm=KUBOTA,
    to=["株式会社ネオライフ家電 EC事業部 石橋様 <ishibashi@neolife-denki.example.com>"],
    subject="Re: 売上取消処理の確認（加盟店番号 1108-772-045）",
    text=f"""石橋様

お世話になっております。さくらカードの久保田です。
ご依頼の売上取消3件、当社側での処理を確認いたしました。

　注文番号　　　　　　端末ID　　　　承認番号　取消日
　NL-202506-00381174　T0456-2217　　 A18842　6/23
　NL-202506-00381296　T0456-2217　　 A19007　6/23
　NL-202506-00382551　T0456-2218　　 A21563　6/24

返金は会員様の次回請求にマイナス計上されます。
なお、同一配送先への高額注文の件は引き続きモニタリング対象とさせていただきます。

{SIG_KUBOTA}

> 久保田様
> 加盟店番号 1108-772-045 で計上した売上のうち、下記3件を取消いたしました。
> 当社受注システムの出荷停止は完了しております。
> 石橋""",
    personal=None)

add(key="A-P9", expect="pass", kind="benign.to_data_subject", writer="田辺", loc=None,
    why="Repayment proposal sent to the member herself at her own address, with her own balance and a masked debit account; no third party receives it.",
    frm=TANABE,
    to=["坂巻 千夏 様 <chinatsu.sakamaki@gmail.com>"],
    subject="分割お支払いのご提案について（さくらカード）",
    text=f"""坂巻 千夏 様

いつもさくらカードをご利用いただき、ありがとうございます。
債権管理部の田辺でございます。先日はお電話にてご相談をいただき、ありがとうございました。

お電話でお話しした分割お支払いの内容を、以下のとおりご案内いたします。

　現在のご請求残高　　：184,600円
　お支払回数　　　　　：12回（初回 7月27日）
　毎月のお支払額　　　：初回 15,400円、2回目以降 15,380円
　お引落口座　　　　　：ご登録口座（口座番号 末尾 **58）

ご了承いただける場合は、このメールにご返信いただくか、
債権管理部（03-5412-7730、平日9時～18時）までお電話ください。
ご不明な点がございましたら、遠慮なくお問い合わせください。

{SIG_TANABE}""",
    personal=None)

add(key="A-P10", expect="pass", kind="benign.condolence", writer="田辺", loc=None,
    why="Condolence mail to a partner lawyer on the death of his father; no sensitive category in law, no identifiers.",
    frm=TANABE,
    to=["榊原先生 <sakakibara@minato-law.example.jp>"],
    subject="お悔やみ申し上げます",
    text=f"""榊原先生

木島様より、ご尊父様がご逝去されたと伺いました。
謹んでお悔やみ申し上げます。

ご生前のお姿を存じ上げず恐縮ではございますが、先生が以前、
お父様と毎年釣りに出かけるのが楽しみだとお話しくださったことを思い出しております。

ご多用の折と存じますので、ご返信には及びません。
7月の定例打合せは、ご無理のないよう日程の変更もご遠慮なくお申し付けください。

心よりご冥福をお祈り申し上げます。

さくらカード株式会社 債権管理部
田辺 由紀子""",
    personal=None)
