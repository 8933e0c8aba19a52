# Org D: 株式会社ひだまりホームズ販売 (new-house sales agency, 住宅販売)
from common import M, A, XLSX, PDF, CSV, ZIP, DOCX

FUJ = "藤崎 航 <w.fujisaki@hidamari-homes.example.jp>"
HIB = "日比野 真央 <m.hibino@hidamari-homes.example.jp>"
SAK = "坂井 典子 <n.sakai@hidamari-homes.example.jp>"

SIG_FUJ = """━━━━━━━━━━━━━━━━━━━━
株式会社ひだまりホームズ販売
営業部 新築戸建課　藤崎 航（ふじさき わたる）
〒330-0063 埼玉県さいたま市浦和区高砂2-8-5
TEL 048-822-6610 / 携帯 090-6120-7734
宅地建物取引業 埼玉県知事(3)第21874号
━━━━━━━━━━━━━━━━━━━━"""

SIG_HIB = """――――――――――――――――
株式会社ひだまりホームズ販売
契約管理課　宅地建物取引士　日比野 真央
宅地建物取引士登録番号 埼玉 第041772号
TEL 048-822-6615
――――――――――――――――"""

SIG_SAK = """------------------------------
株式会社ひだまりホームズ販売　管理部
坂井 典子
TEL 048-822-6600（代表）
------------------------------"""

MAILS = [
M("d01", "hold", "id.driver_license", "body",
  "Loan pre-screening request gives a named buyer's driver's licence number, income, employer and other debts to a bank.",
  FUJ, ["住宅ローンセンター 奥田 <okuda.loan@musashino-ginko.example.jp>"],
  "事前審査のお願い（浦和美園 3号棟）",
  """むさしの銀行 住宅ローンセンター
奥田様

いつもお世話になっております。ひだまりホームズ販売の藤崎です。
浦和美園3号棟のお客様について、事前審査をお願いいたします。

  申込人: 小早川 大樹 様（38歳）
  運転免許証番号: 第43 0711 5582 90号
  勤務先: 株式会社サンライズ電機（勤続11年）
  年収: 620万円
  他社借入: マイカーローン 残 148万円（月3.2万円）、カードローン 残 40万円
  家族: 妻（パート）、長男 6歳、長女 3歳
  希望借入額: 4,280万円（35年、変動）

申込書原本は本日郵送いたしました。

""" + SIG_FUJ,
  personal=[{"type": "name", "value": "小早川 大樹"},
            {"type": "driver_license", "value": "第43 0711 5582 90号"}]),

M("d02", "hold", "list.customers", "attachment",
  "Model-house visitor survey sent to an ad agency contains visitors' names, addresses and phones, only in the CSV.",
  FUJ, ["プランナー 松岡 <matsuoka@kirameki-ad.example.jp>"],
  "6月 来場アンケート集計データ",
  """キラメキ広告 松岡様

お世話になっております。藤崎です。
6月分の来場アンケートのデータをお送りします。
次回チラシのエリア選定にご活用ください。

""" + SIG_FUJ,
  attachments=[A("raijo_enquete_202406.csv", CSV,
"""来場日,氏名,住所,電話,家族構成,予算,きっかけ
2024-06-01,上田 智也,さいたま市緑区原山2-14-6,048-883-2207,夫婦+子1,4000万,チラシ
2024-06-02,今井 紗希,さいたま市見沼区東大宮4-9-1-305,090-4471-8830,夫婦,3500万,Web
2024-06-08,大谷 修,川口市戸塚東3-22-10,048-296-7714,夫婦+子2,4500万,看板
2024-06-09,中嶋 美樹,さいたま市岩槻区本町1-6-18,080-2285-0912,単身,3000万,紹介
2024-06-15,吉岡 翔,越谷市レイクタウン7-3-2,070-6630-1145,夫婦+子1,4200万,Web""")],
  personal=[{"type": "name", "value": "今井 紗希"},
            {"type": "address", "value": "さいたま市見沼区東大宮4-9-1-305"},
            {"type": "phone", "value": "090-4471-8830"}]),

M("d03", "pass", "benign.takken_license", "",
  "Scheduling the 重要事項説明 with the developer, citing 宅建業 licence and 宅建士 registration numbers.",
  HIB, ["契約課 <keiyaku@sunhill-kensetsu.example.jp>"],
  "重要事項説明の日程について（浦和美園 3号棟）",
  """サンヒル建設株式会社 契約課 御中

いつもお世話になっております。ひだまりホームズ販売の日比野です。

浦和美園3号棟の重要事項説明および売買契約を、下記日程で予定しております。

  日時: 7月6日（土）10:00〜12:00
  場所: 当社 浦和本店 2階 商談室
  説明担当 宅建士: 日比野 真央（埼玉 第041772号）
  売主: サンヒル建設株式会社（国土交通大臣(2)第9183号）
  媒介: 株式会社ひだまりホームズ販売（埼玉県知事(3)第21874号）

登記簿謄本と建築確認済証（第R05確認建築埼玉01234号）の写しを、前日までにお送りいただけますでしょうか。

""" + SIG_HIB),

M("d04", "pass", "benign.corporate_account", "",
  "Deposit payment instructions give the developer's corporate escrow account.",
  HIB, ["小早川 大樹 <daiki.kobayakawa@gmail.com>"],
  "手付金のお振込先について",
  """小早川 大樹 様

先日はありがとうございました。日比野です。
ご契約時の手付金のお振込先をご案内いたします。

  金額: 2,000,000円
  振込先: むさしの銀行 浦和支店 普通 1180045
  口座名義: サンヒル建設（カ）テツケキンホカンコウザ
  期限: 7月5日（金）

振込手数料はお客様のご負担となります。お振込み後、控えの写真をお送りいただけますと助かります。

""" + SIG_HIB),

M("d05", "hold", "id.bank_account", "body",
  "Asks the developer to refund a cancelled buyer's deposit to his personal bank account, given in full.",
  SAK, ["経理部 <keiri@sunhill-kensetsu.example.jp>"],
  "手付金返還のお願い（東浦和 5号棟 解約分）",
  """サンヒル建設株式会社 経理部 御中

いつもお世話になっております。ひだまりホームズ販売 管理部の坂井です。

ローン特約による解約となった東浦和5号棟について、手付金の返還をお願いいたします。

  買主: 三田村 悟 様
  返還額: 1,500,000円
  返還先: 埼玉りそな銀行 東浦和支店 普通 6627019 ミタムラ サトル

解約合意書の写しを添付いたします。

""" + SIG_SAK,
  attachments=[A("kaiyaku_goisho.pdf", PDF,
"""解約合意書
物件: 東浦和5号棟
売主 サンヒル建設株式会社と買主は、住宅ローン特約に基づき本契約を解除することに合意する。""")],
  personal=[{"type": "bank_account", "value": "普通 6627019 ミタムラ サトル"},
            {"type": "name", "value": "三田村 悟"}]),

M("d06", "hold", "sensitive.disability", "subject",
  "The subject gives a buyer's name and disability certificate grade; the body only discusses drawings.",
  FUJ, ["設計課 <sekkei@sunhill-kensetsu.example.jp>"],
  "仕様変更：大森様（車いす使用・身体障害者手帳1級）浦和美園 7号棟",
  """サンヒル建設 設計課 御中

お世話になっております。藤崎です。
件名の7号棟について、変更図面のご確認をお願いいたします。

  ・玄関アプローチをスロープに変更（勾配1/15）
  ・1階トイレを引き戸・幅広に変更
  ・浴室の段差解消

変更に伴う追加費用のお見積もりを、来週中にいただけますでしょうか。

""" + SIG_FUJ,
  personal=[{"type": "name", "value": "大森"},
            {"type": "disability", "value": "身体障害者手帳1級"}]),

M("d07", "hold", "attachment.encrypted_zip", "encrypted_zip",
  "Contract documents sent to the judicial scrivener as a password-protected zip.",
  HIB, ["司法書士 桑原事務所 <kuwabara@kuwabara-shihou.example.jp>"],
  "決済書類の送付（浦和美園 3号棟）",
  """桑原先生

いつもお世話になっております。日比野です。
8月2日決済予定の件、登記関係の書類を添付いたします。
パスワードは別途お送りいたします。

""" + SIG_HIB,
  attachments=[A("kessai_shorui_misono3.zip", ZIP, encrypted=True)]),

M("d08", "pass", "benign.plain_zip", "",
  "Unencrypted zip of floor plans sent to an exterior-works contractor.",
  FUJ, ["外構 グリーンワークス <info@greenworks-gaiko.example.jp>"],
  "浦和美園 全8棟 配置図・外構図",
  """グリーンワークス 様

お世話になっております。藤崎です。
浦和美園の分譲地全8棟の配置図と外構図をzipでお送りします（パスワードはかけておりません）。
カーポートとフェンスのお見積もりをお願いいたします。

""" + SIG_FUJ,
  attachments=[A("misono_gaiko_zumen.zip", ZIP,
"""misono_gaiko/haichizu_all.pdf
misono_gaiko/gaikozu_01-04.pdf
misono_gaiko/gaikozu_05-08.pdf
misono_gaiko/fence_spec.xlsx""")]),

M("d09", "pass", "benign.barrier_free_product", "",
  "Sales copy for a barrier-free plan that uses 障害, 車いす and 介護 about the product only.",
  FUJ, ["プランナー 松岡 <matsuoka@kirameki-ad.example.jp>"],
  "チラシ原稿：ユニバーサルデザイン住宅",
  """松岡様

次回チラシの原稿です。ご確認ください。

【見出し】親子三世代、ずっと安心の平屋
【本文】
・段差のないフラットな床で、つまずきの原因となる障害物をなくしました
・車いすでも通れる幅90cmの廊下と引き戸
・将来の介護を見据えた広めのトイレと浴室
・長期優良住宅・ZEH対応

※「障害者向け」という表現は使わず、「どなたにも暮らしやすい」でまとめてください。

""" + SIG_FUJ),

M("d10", "hold", "personal.inquiry", "quoted",
  "A short note to a moving company forwards a buyer's inquiry with his address, phone, family and move date in the quoted part.",
  SAK, ["引越センター 法人窓口 <hojin@tsubasa-hikkoshi.example.jp>"],
  "Fw: お引越しのご相談",
  """つばさ引越センター 御中

いつもお世話になっております。
当社のお客様からのご相談です。見積もりのご連絡をお願いできますでしょうか。

坂井

""" + SIG_SAK + """

> ----- Original Message -----
> From: 稲垣 拓郎 <takuro.inagaki@nifty.com>
> Subject: お引越しのご相談
>
> ひだまりホームズ販売 坂井様
> 8月10日に引渡しを受ける東浦和2号棟に引っ越す予定です。
> 現住所: 川口市芝新町7-15 芝ハイツ 402
> 携帯: 090-1837-5526
> 家族: 妻、長女（小2）、次女（4歳）、犬1匹
> 引越し業者を紹介していただけると助かります。
> 稲垣
""",
  personal=[{"type": "name", "value": "稲垣 拓郎"},
            {"type": "address", "value": "川口市芝新町7-15 芝ハイツ 402"},
            {"type": "phone", "value": "090-1837-5526"}]),

M("d11", "pass", "benign.project_two_companies", "",
  "Model-house opening logistics with six visible addresses from the agency and the developer.",
  FUJ, ["近藤 <kondo@sunhill-kensetsu.example.jp>", "設計課 <sekkei@sunhill-kensetsu.example.jp>",
        "現場 丸山 <maruyama@sunhill-kensetsu.example.jp>"],
  "浦和美園 モデルハウス オープン準備（7/13）",
  """サンヒル建設 近藤様、丸山様、設計課の皆様

7月13日（土）のモデルハウスオープンに向けた準備事項です。

  ・家具搬入: 7/10（水）13時〜 インテリアは当社手配
  ・のぼり・看板設置: 7/12（金）
  ・当日スタッフ: 当社 藤崎・日比野・坂井、貴社 丸山様
  ・駐車場: 分譲地内8区画を来場者用に確保

引渡し済み1号棟のお客様宅の前には車を停めないよう、案内をお願いします。

""" + SIG_FUJ,
  cc=["日比野 真央 <m.hibino@hidamari-homes.example.jp>", "坂井 典子 <n.sakai@hidamari-homes.example.jp>"]),

M("d12", "pass", "benign.tracking_numbers", "",
  "Document shipment notice with Yamato tracking numbers, one of which happens to pass the My Number check digit.",
  SAK, ["契約課 <keiyaku@sunhill-kensetsu.example.jp>"],
  "契約書類 発送のご連絡",
  """サンヒル建設 契約課 御中

本日、下記のとおり書類を発送いたしました。

  ① 浦和美園3号棟 売買契約書（売主控）… ヤマト運輸 4724-6382-3897
  ② 東浦和5号棟 解約合意書（原本）…… ヤマト運輸 4373-1976-8633
  ③ パンフレット 200部 ……………… ヤマト運輸 4538-6140-8316

明日午前中に到着予定です。

""" + SIG_SAK),

M("d13", "hold", "id.residence_card", "body",
  "Parking-contract request gives a buyer's residence card number and nationality to the management company.",
  SAK, ["管理課 <kanri@misono-parking.example.jp>"],
  "月極駐車場 契約申込について",
  """みその月極パーキング 管理課 御中

お世話になっております。ひだまりホームズ販売の坂井です。
当社でご購入のお客様が、近隣の貴社駐車場の契約を希望されています。

  契約者: グエン・ヴァン・ミン 様（ベトナム国籍）
  在留カード番号: UH48201937VN
  在留期限: 2026年11月
  勤務先: 株式会社浦和精密
  車両: 大宮 500 ら 33-08

審査に必要な書類があればお知らせください。

""" + SIG_SAK,
  personal=[{"type": "residence_card", "value": "UH48201937VN"},
            {"type": "name", "value": "グエン・ヴァン・ミン"}]),

M("d14", "pass", "benign.bcc_open_house", "",
  "Open-house invitation to registered prospects, all in Bcc.",
  FUJ, [FUJ], "【ご案内】浦和美園 完成見学会 7/13・14",
  """ひだまりホームズ販売 会員の皆様

いつもありがとうございます。
浦和美園の分譲地（全8棟）の完成見学会を開催いたします。

  日時: 7月13日（土）・14日（日）10:00〜17:00
  場所: さいたま市緑区美園（埼玉高速鉄道 浦和美園駅 徒歩9分）
  特典: ご来場の方にQUOカード1,000円分

ご予約はこちらのメールへのご返信か、お電話（048-822-6610）でどうぞ。
※本メールは会員の皆様にBCCでお送りしております。

""" + SIG_FUJ,
  bcc=["tomoya.ueda@gmail.com", "saki-imai@docomo.ne.jp", "o.otani@plala.or.jp", "miki.nakajima@yahoo.co.jp",
       "sho.yoshioka@icloud.com", "k.morinaga@au.com", "tkd-family@nifty.com", "h.asami@outlook.jp",
       "ryo.hashiba@gmail.com", "y.koiso@ocn.ne.jp", "aya.fukami@softbank.ne.jp", "ishikawa.home@gmail.com"]),

M("d15", "pass", "benign.to_data_subject", "",
  "Confirmation sent to the buyer himself about his own contract, address and masked account.",
  HIB, ["稲垣 拓郎 <takuro.inagaki@nifty.com>"],
  "ご契約内容の確認（東浦和 2号棟）",
  """稲垣 拓郎 様

このたびはご契約ありがとうございました。日比野です。
ご契約内容を確認のためお送りします。お手元の書類とご照合ください。

  物件: 東浦和2号棟（さいたま市緑区東浦和8-3-12）
  売買代金: 41,800,000円
  引渡し予定日: 8月10日
  住宅ローン: むさしの銀行 35年 変動
  引落口座: むさしの銀行 ****5526（ご本人名義）

登記後の新住所での住民票は、引渡し後に取得をお願いします。

""" + SIG_HIB),

M("d16", "hold", "list.customers", "body",
  "A list of six buyers with names, addresses and phone numbers typed into a mail to the exterior contractor.",
  SAK, ["外構 グリーンワークス <info@greenworks-gaiko.example.jp>"],
  "外構工事 お施主様連絡先一覧",
  """グリーンワークス 様

外構工事の日程調整のため、お施主様の連絡先をお送りします。直接ご連絡をお願いいたします。

  1号棟　上野 雄介 様　さいたま市緑区美園5-21-1　090-2218-4473
  2号棟　須藤 恵理 様　さいたま市緑区美園5-21-2　080-6614-2290
  4号棟　村井 健 様　　さいたま市緑区美園5-21-4　070-1127-3308
  5号棟　香川 洋子 様　さいたま市緑区美園5-21-5　090-7720-1865
  6号棟　岩渕 亮 様　　さいたま市緑区美園5-21-6　048-878-2213
  8号棟　杉浦 千夏 様　さいたま市緑区美園5-21-8　080-3345-6619

よろしくお願いいたします。

""" + SIG_SAK,
  personal=[{"type": "name", "value": "須藤 恵理"},
            {"type": "address", "value": "さいたま市緑区美園5-21-2"},
            {"type": "phone", "value": "080-6614-2290"}]),

M("d17", "pass", "benign.katakana_plans", "",
  "Floor-plan series named with katakana given names, sent to the ad agency.",
  FUJ, ["プランナー 松岡 <matsuoka@kirameki-ad.example.jp>"],
  "新プランのネーミング確定",
  """松岡様

新しい間取りプランの名前が社内で確定しました。

  「ハルカ」 … 3LDK 30坪、南面リビング
  「ソウタ」 … 4LDK 34坪、ガレージ付き
  「ミオ」   … 2LDK+S 26坪、平屋
  「ユイ」   … 二世帯 42坪

カタログの表紙は「ハルカ」の外観でお願いします。品番は HD-HK30、HD-ST34、HD-MO26、HD-YI42 です。

""" + SIG_FUJ),

M("d18", "hold", "personal.payslip", "attachment",
  "A staff member's payslip is attached to a mail to the outside advertising agency; the body is about flyers.",
  SAK, ["プランナー 松岡 <matsuoka@kirameki-ad.example.jp>"],
  "チラシ請求書の件",
  """キラメキ広告 松岡様

お世話になっております。管理部の坂井です。
6月分のチラシ代の請求書を確認いたしました。7月末にお支払いいたします。
関連資料を添付しますのでご確認ください。

""" + SIG_SAK,
  attachments=[A("kyuyo_meisai_202406_fujisaki.pdf", PDF,
"""給与明細書 2024年6月分
株式会社ひだまりホームズ販売
社員番号 0318　氏名 藤崎 航
基本給 285,000　営業手当 40,000　歩合給 162,000
健康保険 24,950　厚生年金 44,530　雇用保険 2,922　所得税 15,210　住民税 21,400
差引支給額 377,988
振込先 むさしの銀行 浦和支店 普通 2290315""")],
  personal=[{"type": "name", "value": "藤崎 航"},
            {"type": "bank_account", "value": "普通 2290315"}]),

M("d19", "hold", "sensitive.health", "body",
  "Tells the bank's group-credit-life insurer a named buyer's chronic illness and heart-attack history.",
  FUJ, ["団信窓口 <danshin@musashino-ginko.example.jp>"],
  "団信加入についてのご相談（小早川様）",
  """むさしの銀行 団信窓口 御中

お世話になっております。ひだまりホームズ販売の藤崎です。
事前審査中の小早川 大樹 様について、団体信用生命保険の加入可否をご相談させてください。

ご本人から伺ったところ、3年前に急性心筋梗塞で入院しステントを留置しており、現在も2型糖尿病でインスリン治療中とのことです。
一般団信が難しい場合、ワイド団信での検討は可能でしょうか。

告知書はご本人が直接記入のうえ提出されます。

""" + SIG_FUJ,
  personal=[{"type": "name", "value": "小早川 大樹"},
            {"type": "diagnosis", "value": "急性心筋梗塞で入院しステントを留置"}]),
]
