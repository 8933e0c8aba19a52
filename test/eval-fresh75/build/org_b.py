"""Org B: condominium developer 株式会社ミナトレジデンス (sales centre and after-sales)."""
from common import mail, att, enc_zip, t, XLSX, DOCX, PDF, CSV, ZIP

ORG = "B"
DOM = "minato-res.example.co.jp"

KAWABATA = "川端 誠 <kawabata.m@minato-res.example.co.jp>"
TAKAMINE = "高峰 由紀 <takamine.y@minato-res.example.co.jp>"
MATSUNAGA = "松永 葵 <matsunaga.a@minato-res.example.co.jp>"

SIG_KAWABATA = t("""
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
株式会社ミナトレジデンス　販売センター
「ミナトレジデンス横浜ベイテラス」マンションギャラリー
主任　川端 誠（宅地建物取引士　神奈川 第041873号）
〒220-0012 神奈川県横浜市西区みなとみらい4-3-8
フリーダイヤル 0120-38-7410（10:00〜18:00　水・木定休）
直通 045-228-5532　kawabata.m@minato-res.example.co.jp
宅地建物取引業者免許　国土交通大臣(4)第07215号
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
""")

SIG_TAKAMINE = t("""
────────────────────────
株式会社ミナトレジデンス
カスタマーサービス部　アフターサービス課
高峰 由紀（たかみね ゆき）
〒105-0001 東京都港区虎ノ門3-6-2 ミナト虎ノ門ビル5F
アフターサービス専用ダイヤル 0120-66-3021（9:00〜17:30 土日祝休）
TEL 03-5776-8830 ／ FAX 03-5776-8839
────────────────────────
本メールの内容には機密情報が含まれる場合があります。
宛先に心当たりのない場合は、破棄のうえご一報ください。
""")

SIG_MATSUNAGA = t("""
ミナトレジデンス 販売センター 契約事務
松永 葵（まつなが あおい）
TEL 045-228-5530 ／ matsunaga.a@minato-res.example.co.jp
""")

MAILS = []
add = MAILS.append

# ---------------------------------------------------------------- holds
add(mail("hold", "id.loan_applicant_ids",
    "A buyer's driver's-licence and health-insurance numbers are typed into the body for the bank's loan screening.",
    "matsunaga", "body", MATSUNAGA,
    ["みずなみ銀行 住宅ローンセンター 岡部様 <okabe@mizunami-bank.example.co.jp>"],
    "【事前審査】横浜ベイテラス 1507号室 佐々木様 追加書類の件",
    """
みずなみ銀行 住宅ローンセンター
岡部様

いつもお世話になっております。
ミナトレジデンス販売センターの松永でございます。

先日お申込みいただいた事前審査の件で、ご指摘の本人確認書類について、
お客様から写しが届きましたので番号を下記に記載いたします。
（原本確認は本審査時にお客様ご来店の際に行う予定です）

　申込人：佐々木 亮介 様（1507号室）
　運転免許証番号：第301912345670号（有効期限 2027年8月5日）
　健康保険被保険者証：記号 2184　番号 563（本人）
　勤務先：株式会社港北精機（勤続9年）

年収証明（源泉徴収票）は昨日郵送いたしましたので、
明日には到着するかと存じます。
ご確認のほどよろしくお願いいたします。

""" + SIG_MATSUNAGA,
    personal=[("name", "佐々木 亮介"), ("drivers_license", "301912345670"),
              ("health_insurance", "記号 2184　番号 563")]))

add(mail("hold", "list.buyer_roster_contractor",
    "The attached schedule lists buyers' names and mobile numbers by unit for the builder's inspection days.",
    "takamine", "attachment", TAKAMINE,
    ["大興建設 横浜ベイテラス作業所 工藤所長 <kudo@daiko-kensetsu.example.co.jp>"],
    "内覧会スケジュール（5/25・26）送付の件",
    """
大興建設株式会社
横浜ベイテラス作業所　工藤所長

お世話になっております。ミナトレジデンス アフターサービス課の高峰です。
5/25（土）・26（日）の内覧会スケジュールが固まりましたので、添付にてお送りします。

・各枠60分、同時最大6組
・指摘事項は当社フォーマットの「内覧会チェックシート」に記入
・再内覧は6/15（土）を予定

当日、お客様への連絡が必要な場合は添付の携帯番号にお願いします。
施工側の立会い人数のご確認をお願いいたします。

""" + SIG_TAKAMINE,
    attachments=[att("内覧会スケジュール_0525-26.xlsx", XLSX, """
[5月25日]
時間	部屋番号	契約者名	携帯電話	同行者
10:00	302	中井 慎吾	090-2281-6640	奥様
10:00	415	Liu Mei	080-5539-1027	ご主人・お子様
11:30	508	森本 敦子	070-4418-2293	なし
11:30	611	平田 大輔	090-6672-0081	建築士（ご友人）
13:30	1105	石川 由美	080-9930-4452	ご両親
[5月26日]
時間	部屋番号	契約者名	携帯電話	同行者
10:00	1203	鈴木 正樹	090-1147-3382	奥様
11:30	1507	佐々木 亮介	080-3360-7719	奥様
""")],
    personal=[("name", "中井 慎吾"), ("phone", "090-2281-6640"), ("name", "森本 敦子"),
              ("phone", "070-4418-2293"), ("name", "佐々木 亮介")]))

add(mail("hold", "personal.neighbor_complaint_forward",
    "The forwarded complaint gives the complaining resident's name, unit, phone and e-mail to the management company.",
    "takamine", "quoted", TAKAMINE,
    ["湾岸コミュニティ管理 横浜支店 フロント担当 長田様 <nagata@wangan-kanri.example.co.jp>"],
    "Fw: 上階からの騒音について（805号室）",
    """
長田様

お世話になっております。アフターサービス課の高峰です。
下記、805号室のお客様から当課宛てにご相談がありました。
建物の遮音性能の問題ではなく生活音の問題と思われますので、
管理会社様から905号室への注意喚起をご検討いただけますでしょうか。

なお、お客様は「自分が言ったと分からないようにしてほしい」とのご希望です。

""" + SIG_TAKAMINE + """
-----Original Message-----
From: 大塚 麻衣 <mai.otsuka.0803@yahoo.co.jp>
Sent: Monday, April 15, 2024 8:52 AM
To: アフターサービス課
Subject: 上階からの騒音について

ミナトレジデンス アフターサービス ご担当者様

横浜ベイテラス805号室の大塚です。
3月に入居して以来、上の階（905号室と思います）から夜11時過ぎに
ドスンドスンと走り回るような音が続いていて、子どもが眠れません。
構造上の問題なのか、確認していただけないでしょうか。

大塚 麻衣
横浜市西区みなとみらい6-2-1 ミナトレジデンス横浜ベイテラス805
携帯 080-2714-3396
""",
    personal=[("name", "大塚 麻衣"), ("email", "mai.otsuka.0803@yahoo.co.jp"),
              ("address", "横浜市西区みなとみらい6-2-1 ミナトレジデンス横浜ベイテラス805"),
              ("phone", "080-2714-3396")]))

add(mail("hold", "sensitive.disability_in_subject",
    "The subject names a buyer with his spinal-cord injury and wheelchair use, sent to an outside interior contractor.",
    "kawabata", "subject", KAWABATA,
    ["リビングアーク株式会社 設計担当 西尾様 <nishio@living-arc.example.co.jp>"],
    "1203号室 鈴木正樹様（脊髄損傷・車椅子ご使用）バリアフリー仕様変更のお見積り依頼",
    """
リビングアーク株式会社
設計担当　西尾様

いつもお世話になっております。ミナトレジデンス販売センターの川端です。

標記の件、オプション変更の締切（6/7）が迫っておりますので、
下記の変更内容でお見積りをお願いできますでしょうか。

1. 玄関框の段差解消（スロープ化）および上がり框の撤去
2. 洗面室・トイレの開き戸を引き戸（有効開口850mm以上）へ変更
3. キッチンカウンター高さ 850mm → 750mm、下部オープン化
4. 浴室出入口の段差解消、手すり3か所追加
5. 各室スイッチ高さを床上900mmに変更

図面は先日お渡ししたAタイプ（3LDK・78.42㎡）の最新版をご利用ください。
来週水曜に現地で打合せができればと思います。

""" + SIG_KAWABATA,
    personal=[("name", "鈴木正樹"), ("disability", "脊髄損傷・車椅子ご使用")]))

add(mail("hold", "attachment.encrypted_zip",
    "Settlement documents sent as a password-protected zip with the password in a separate mail (PPAP).",
    "matsunaga", "zip", MATSUNAGA,
    ["みなと司法書士事務所 川口先生 <kawaguchi@minato-shihoshoshi.example.jp>"],
    "6/28決済分 登記関係書類一式の送付",
    """
みなと司法書士事務所
川口先生

いつもお世話になっております。ミナトレジデンスの松永でございます。

6月28日決済予定の第1期9戸分について、登記関係書類をお送りします。
買主様の住民票・印鑑証明書の写し、売買契約書の写しをまとめております。

ファイルはパスワード付きzipとなっております。
パスワードは続けて別メールにてお送りいたします。

原本は明日、レターパックにて発送いたします。
よろしくお願い申し上げます。

""" + SIG_MATSUNAGA,
    attachments=[enc_zip("0628決済_登記書類一式.zip")]))

buyers = [
    "中井 慎吾 <shingo.nakai@gmail.com>", "Liu Mei <liumei.yokohama@gmail.com>",
    "森本 敦子 <atsuko_morimoto@yahoo.co.jp>", "平田 大輔 <daisuke.hirata@outlook.com>",
    "石川 由美 <yumi.ishikawa1105@gmail.com>", "鈴木 正樹 <masaki.suzuki.1203@gmail.com>",
    "佐々木 亮介 <ryosuke.sasaki@yahoo.co.jp>", "大塚 麻衣 <mai.otsuka.0803@yahoo.co.jp>",
    "高野 博之 <hiroyuki.takano@gmail.com>", "吉川 聡子 <satoko.yoshikawa@outlook.com>",
    "小山 勇気 <yuki_koyama@yahoo.co.jp>", "Daniel Park <dpark.yokohama@gmail.com>",
    "内藤 千春 <chiharu.naito@gmail.com>", "宮本 浩一 <koichi.miyamoto@gmail.com>",
]
add(mail("hold", "recipients.buyers_to_visible",
    "Fourteen buyers' private addresses are exposed to each other in To instead of BCC.",
    "kawabata", "recipients", KAWABATA, buyers,
    "【ミナトレジデンス横浜ベイテラス】内覧会のご案内",
    """
ミナトレジデンス横浜ベイテラス
ご契約者様各位

平素は格別のお引き立てを賜り、誠にありがとうございます。
販売センターの川端でございます。

建物の竣工に先立ち、下記のとおり内覧会を開催いたします。

　日程：2024年5月25日（土）・26日（日）
　受付：現地1階エントランスホール
　持ち物：本メール、筆記用具、メジャー（家具配置の確認用）
　所要時間：約60分

ご希望の時間帯を、5月10日（金）までに本メールへの返信にてお知らせください。
追ってご来場時間の確定をご連絡いたします。

ご不明な点は販売センターまでお気軽にお問い合わせください。

""" + SIG_KAWABATA))

add(mail("hold", "id.refund_bank_account",
    "A private buyer's bank account for a deposit refund is sent to the outside accounting office.",
    "matsunaga", "body", MATSUNAGA,
    ["中央みらい会計 記帳代行チーム 福田様 <fukuda@chuo-mirai-kaikei.example.jp>"],
    "申込証拠金の返金依頼（第2期 キャンセル1件）",
    """
中央みらい会計事務所
記帳代行チーム　福田様

お世話になっております。ミナトレジデンスの松永です。
第2期でお申込みをいただいたお客様のうち1名が、ローン審査の結果を受けて
お申込みを撤回されましたので、申込証拠金の返金をお願いいたします。

　返金額：100,000円
　返金先：横浜みなと信用金庫 戸部支店 普通 4418203
　口座名義：ヒラオカ ジュン
　返金期限：4月26日（金）まで

受領済みの証拠金預り証（No.2-0137）は回収済みです。
振込完了後、控えをお送りいただけますと助かります。

""" + SIG_MATSUNAGA,
    personal=[("bank_account", "横浜みなと信用金庫 戸部支店 普通 4418203"), ("name", "ヒラオカ ジュン")]))

add(mail("hold", "sensitive.group_credit_life_health",
    "A buyer's diabetes treatment and HbA1c value are passed to the bank for the mortgage life-insurance decision.",
    "kawabata", "body", KAWABATA,
    ["みずなみ銀行 住宅ローンセンター 岡部様 <okabe@mizunami-bank.example.co.jp>"],
    "Re: 1801号室 高野様 団信の告知について",
    """
岡部様

お世話になっております。ミナトレジデンスの川端です。
お電話でご相談した1801号室 高野 博之様の団信の件、詳細をお送りします。

高野様より、告知書の記載にあたって以下のご申告がありました。
・2型糖尿病で2019年から通院中（内服治療、インスリンは未使用）
・直近の検査でHbA1c 7.8%
・その他の既往歴なし

一般団信での加入が難しい場合、ワイド団信（金利+0.3%）への切替か、
奥様を主債務者とするペアローンへの変更も検討したいとのことです。
いずれのパターンで進めるのが早いか、ご意見をいただけますでしょうか。

なお、本審査の申込期限は5/17と伺っております。

""" + SIG_KAWABATA + """
> 川端様
> 高野様の件、告知事項があるとのことで承知しました。
> 内容を確認したうえで保険会社に事前照会いたしますので、概要をお送りください。
> みずなみ銀行 岡部
""",
    personal=[("name", "高野 博之"), ("diagnosis", "2型糖尿病で2019年から通院中"), ("health", "HbA1c 7.8%")]))

add(mail("hold", "list.applicant_income_zip",
    "A plain zip holds a CSV of unsuccessful applicants with phones, employers and incomes, handed to a partner broker.",
    "kawabata", "zip", KAWABATA,
    ["ベイエリア不動産 仲介営業部 斉藤様 <saito.k@bayarea-fudosan.example.co.jp>"],
    "第1期抽選 落選者様のご紹介の件",
    """
斉藤様

お世話になっております。ミナトレジデンスの川端です。
先日お話しした件、第1期の抽選で落選されたお客様のリストをお送りします。
中古物件もご検討いただけるとおっしゃっていた方を中心にまとめています。

zipにCSVを入れていますので、ご確認のうえ順次ご連絡いただけますでしょうか。
紹介料の件は先日の覚書どおりでお願いいたします。

""" + SIG_KAWABATA,
    attachments=[att("落選者リスト.zip/第1期抽選_落選者.csv", "text/csv", """
No,氏名,電話番号,勤務先,年収(万円),希望間取り,予算(万円),備考
1,岡本 隆之,090-3381-2207,株式会社ヨコハマ電装,820,3LDK,6500,中古も可
2,三輪 明日香,080-1192-6648,神奈川県立病院機構,640,2LDK,5200,駅徒歩10分以内
3,Chen Wei,070-5524-3310,東洋商船株式会社,1150,3LDK,8000,眺望重視
4,上田 浩二,090-7738-0952,自営業（飲食店）,700,3LDK,6000,ペット可物件
5,浅野 里美,080-6643-2218,株式会社みらいソフト,560,2LDK,4800,中古リノベ希望
""")],
    personal=[("name", "岡本 隆之"), ("phone", "090-3381-2207"), ("income", "株式会社ヨコハマ電装,820"),
              ("name", "浅野 里美"), ("phone", "080-6643-2218")]))

add(mail("hold", "sensitive.dv_victim_quoted",
    "The quoted buyer mail says she is hiding from an abusive ex-husband; a crime victim's situation and name go to the contractor.",
    "takamine", "quoted", TAKAMINE,
    ["大興建設 アフターサービス部 石井様 <ishii.t@daiko-kensetsu.example.co.jp>"],
    "Fw: 1105号室 補修日程のご相談",
    """
石井様

お世話になっております。ミナトレジデンスの高峰です。
1105号室（石川様）のクロス補修の件、お客様からご連絡がありましたので転送します。
訪問時の対応について、作業員の方にも周知をお願いできますでしょうか。

・訪問は平日日中のみ、お客様立会い
・玄関での社名の名乗りは控え、インターホンでは「ミナトのアフター」と名乗る
・作業車両は来客用駐車場ではなく近隣コインパーキングへ

候補日は下記のとおりです。ご調整をお願いします。

""" + SIG_TAKAMINE + """
---------- Forwarded message ---------
From: 石川 由美 <yumi.ishikawa1105@gmail.com>
Date: 2024年4月18日(木) 21:40
Subject: 1105号室 補修日程のご相談

高峰様

いつもお世話になっております。1105号室の石川です。
内覧会で指摘したクロスの補修、5/8〜5/10の日中でお願いできればと思います。

前にもお話ししましたが、元夫からのDVで今は子どもと避難している状況で、
裁判所から保護命令も出ています。こちらの住所が元夫に知られないよう、
業者さんの出入りや郵便物には本当に気をつけていただきたいです。
よろしくお願いいたします。

石川 由美
""",
    personal=[("name", "石川 由美"), ("crime_victim", "元夫からのDVで今は子どもと避難している状況"),
              ("email", "yumi.ishikawa1105@gmail.com")]))

# ---------------------------------------------------------------- passes
add(mail("pass", "benign.jyusetsu_schedule_license_numbers",
    "Scheduling the 重要事項説明 with the buyer himself; the numbers are the broker's licence and the 宅建士 registration.",
    "kawabata", "body", KAWABATA,
    ["宮本 浩一 <koichi.miyamoto@gmail.com>"],
    "重要事項説明・ご契約日のご案内（横浜ベイテラス 902号室）",
    """
宮本 浩一 様

いつもお世話になっております。ミナトレジデンス販売センターの川端です。
先日はモデルルームにお越しいただき、誠にありがとうございました。

ご契約に先立つ重要事項説明の日程を、下記のとおりご案内いたします。

　日時：5月12日（日）13:00〜（重要事項説明 約90分、その後ご契約 約60分）
　場所：マンションギャラリー 2F 商談室
　説明担当：宅地建物取引士　川端 誠（神奈川 第041873号）
　売主：株式会社ミナトレジデンス（国土交通大臣(4)第07215号）

【お持ちいただくもの】
・ご実印、印鑑証明書（発行後3か月以内）1通
・手付金（売買代金の10％）のお振込控え
・収入印紙（当社でご用意も可能です）

重要事項説明書の案は、事前にお読みいただけるよう郵送いたします。
ご不明点があれば、どんなことでもお気軽にご連絡ください。

""" + SIG_KAWABATA))

add(mail("pass", "benign.option_invoice_corporate_account",
    "An option-work invoice to the buyer with the developer's own corporate bank account.",
    "matsunaga", "body", MATSUNAGA,
    ["中井 慎吾 <shingo.nakai@gmail.com>"],
    "オプション工事代金のご請求（302号室）",
    """
中井 慎吾 様

いつもお世話になっております。ミナトレジデンス販売センターの松永です。
先日ご契約いただいたオプション工事の代金について、ご請求をお送りいたします。

　請求番号：OP-302-0412
　内容：食器棚（カップボード）、浴室乾燥機グレードアップ、玄関ミラー
　ご請求額：684,200円（税込）
　お支払期限：5月31日（金）

【お振込先】
　みずなみ銀行 横浜支店 普通 1052278
　口座名義：カ）ミナトレジデンス

※振込手数料はお客様のご負担でお願いいたします。
※ご依頼人名の前に部屋番号「302」を入れてください。

請求書の原本は本日郵送いたしました。
よろしくお願い申し上げます。

""" + SIG_MATSUNAGA))

add(mail("pass", "benign.religious_corp_tenant",
    "A 宗教法人 enquiring about buying the ground-floor unit as an office is an ordinary corporate customer.",
    "kawabata", "body", KAWABATA,
    ["宗教法人 浄光寺 寺務所 <jimusho@jokoji.example.or.jp>"],
    "1階店舗区画（101区画）ご購入のご検討について",
    """
宗教法人 浄光寺
寺務長　小西様

先日はお忙しいところ、マンションギャラリーまでお越しいただき
誠にありがとうございました。ミナトレジデンスの川端でございます。

ご検討いただいている1階店舗区画（101区画）について、ご質問の点をまとめます。

1. 用途：事務所・集会所としてのご利用は管理規約上可能です。
   ただし、夜21時以降の集会や、鐘・太鼓など音の出る行事はご遠慮いただく規定です。
2. 区画面積：専有面積 86.20㎡（天井高 3.2m）
3. 価格：5,980万円（非課税部分含む、詳細は別紙）
4. 駐車場：区画付帯で2台分を優先してお申込み可能です。
5. ご契約名義：宗教法人様名義でのご契約となります。登記事項証明書と
   代表役員様の資格証明書をご用意ください。

責任役員会でのご審議に必要な資料があれば、追ってお送りいたします。
引き続きよろしくお願い申し上げます。

""" + SIG_KAWABATA))

add(mail("pass", "benign.own_contract_summary",
    "The buyer receives a summary of her own contract and loan; the data subject is the recipient.",
    "matsunaga", "body", MATSUNAGA,
    ["吉川 聡子 <satoko.yoshikawa@outlook.com>"],
    "ご契約内容の確認とお引渡しまでのスケジュール",
    """
吉川 聡子 様

先日はご契約いただき、誠にありがとうございました。
ミナトレジデンス販売センター契約事務の松永でございます。
ご依頼いただいた、ご契約内容の要約をお送りいたします。

　物件：ミナトレジデンス横浜ベイテラス 1009号室（2LDK・62.15㎡）
　売買代金：5,480万円（うち消費税相当額 212万円）
　手付金：548万円（4/20 受領済）
　残代金：4,932万円（お引渡し時）
　住宅ローン：みずなみ銀行 借入額 4,900万円／35年／変動金利
　お引渡し予定：2024年6月28日（金）

今後のスケジュール
　5月下旬　　内覧会（別途ご案内）
　6月上旬　　金銭消費貸借契約（銀行にて）
　6月28日　　残代金決済・お引渡し

ご不明点やご変更があれば、遠慮なくお知らせください。

""" + SIG_MATSUNAGA))

add(mail("pass", "benign.construction_meeting_minutes",
    "Weekly site-meeting minutes to six visible addresses from two companies; staff names only.",
    "takamine", "recipients", TAKAMINE,
    ["大興建設 工藤所長 <kudo@daiko-kensetsu.example.co.jp>",
     "大興建設 石井様 <ishii.t@daiko-kensetsu.example.co.jp>",
     "大興建設 設備担当 村上様 <murakami.s@daiko-kensetsu.example.co.jp>"],
    "第32回 工程会議 議事録（4/17）",
    """
関係者各位

お世話になっております。ミナトレジデンスの高峰です。
4/17（水）の工程会議の議事録をお送りします。修正があれば4/22までにご連絡ください。

■出席：大興建設 工藤所長、石井様、村上様／ミナト 川端、松永、高峰
■工程
 ・外構工事：植栽は5/10完了予定（雨天2日分の予備あり）
 ・11F〜15F 内装仕上げ：クロス貼り 予定通り
 ・エレベーター検査：5/14 実施
■アフター関連
 ・内覧会の指摘対応体制：各日 施工側4名、当社3名
 ・再内覧 6/15（土）
■宿題
 ・村上様：給湯器リモコン型番変更の影響確認（4/24まで）
 ・川端：オプション変更の最終リスト共有（4/26まで）

次回：4/24（水）14:00 現地事務所

""" + SIG_TAKAMINE,
    cc=["川端 誠 <kawabata.m@minato-res.example.co.jp>", "松永 葵 <matsunaga.a@minato-res.example.co.jp>"]))

add(mail("pass", "benign.title_registration_numbers",
    "Building registration numbers, 法人番号 and 不動産番号 for the title registration; property and company data only.",
    "matsunaga", "body", MATSUNAGA,
    ["みなと司法書士事務所 川口先生 <kawaguchi@minato-shihoshoshi.example.jp>"],
    "表題登記 完了のご連絡ありがとうございます（横浜ベイテラス）",
    """
川口先生

お世話になっております。ミナトレジデンスの松永です。
表題登記完了のご連絡、ありがとうございました。
社内の物件台帳に登録するため、番号を下記のとおり確認させてください。

　所有権保存登記 申請人：株式会社ミナトレジデンス
　法人番号：4010401087236
　一棟の建物の不動産番号：2001000348712
　家屋番号（例）：みなとみらい六丁目 2番1の302
　　　　　　　　　　みなとみらい六丁目 2番1の1105
　敷地権の種類：所有権（割合 各戸 専有面積比）

第1期9戸の保存登記と抵当権設定は、6/28決済日に同時申請の予定で
変わりございません。買主様の書類は別途お送りいたします。

""" + SIG_MATSUNAGA))

residents_bcc = [
    "中井 慎吾 <shingo.nakai@gmail.com>", "Liu Mei <liumei.yokohama@gmail.com>",
    "森本 敦子 <atsuko_morimoto@yahoo.co.jp>", "平田 大輔 <daisuke.hirata@outlook.com>",
    "石川 由美 <yumi.ishikawa1105@gmail.com>", "鈴木 正樹 <masaki.suzuki.1203@gmail.com>",
    "佐々木 亮介 <ryosuke.sasaki@yahoo.co.jp>", "大塚 麻衣 <mai.otsuka.0803@yahoo.co.jp>",
    "高野 博之 <hiroyuki.takano@gmail.com>", "吉川 聡子 <satoko.yoshikawa@outlook.com>",
    "小山 勇気 <yuki_koyama@yahoo.co.jp>", "Daniel Park <dpark.yokohama@gmail.com>",
    "内藤 千春 <chiharu.naito@gmail.com>", "宮本 浩一 <koichi.miyamoto@gmail.com>",
    "岡田 静香 <shizuka.okada@gmail.com>", "西村 亮 <ryo_nishimura@yahoo.co.jp>",
    "Sarah Kim <sarah.kim.jp@gmail.com>", "野田 晴美 <harumi.noda@outlook.com>",
    "加藤 陽介 <yosuke.kato.bay@gmail.com>", "福島 えり <eri.fukushima@gmail.com>",
]
add(mail("pass", "benign.elevator_fault_bcc",
    "An elevator fault notice to twenty residents correctly placed in BCC; 障害 means equipment failure.",
    "takamine", "recipients", TAKAMINE,
    ["ミナトレジデンス アフターサービス課 <after@minato-res.example.co.jp>"],
    "【横浜ベイテラス】東側エレベーター 障害発生と復旧見込みについて",
    """
ミナトレジデンス横浜ベイテラス
ご入居者の皆様

平素より大変お世話になっております。
株式会社ミナトレジデンス アフターサービス課の高峰でございます。

本日7時頃より、東側エレベーター（2号機）において制御盤の障害が発生し、
現在運転を停止しております。閉じ込め等の人的被害はございません。

・西側エレベーター（1号機）は通常どおりご利用いただけます
・部品交換のため、復旧は明日4/20（土）午後を見込んでおります
・大型のお荷物の搬入を予定されている方は、管理事務所にご相談ください

ご不便をおかけし誠に申し訳ございません。
復旧いたしましたら、改めてご連絡いたします。

""" + SIG_TAKAMINE,
    bcc=residents_bcc))

add(mail("pass", "benign.key_tracking_number",
    "Tells the buyer her spare keys went by ヤマト; the 12-digit figure is a tracking number, not a My Number, though it passes the check digit.",
    "takamine", "body", TAKAMINE,
    ["内藤 千春 <chiharu.naito@gmail.com>"],
    "追加キー（ディンプルキー）発送のご連絡",
    """
内藤 千春 様

お世話になっております。ミナトレジデンス アフターサービス課の高峰です。
ご注文いただいておりました追加キー2本が、メーカーより届きましたので
本日、ヤマト運輸の宅急便でご自宅宛てに発送いたしました。

　お問い合わせ伝票番号：4821-0395-7626
　お届け予定：4月23日（火）午前中
　キー番号：MR-1411（登録カードと一致しているかご確認ください）

受取時にはご本人様のサインが必要となります。
ご不在の場合は、不在票からお届け日時をご指定ください。

お手元に届きましたら、念のため全ての扉で動作確認をお願いいたします。

""" + SIG_TAKAMINE))

add(mail("pass", "benign.price_list_attachment",
    "The attached second-phase price list is by unit number, layout and area; no buyer is named.",
    "kawabata", "attachment", KAWABATA,
    ["ベイエリア不動産 仲介営業部 斉藤様 <saito.k@bayarea-fudosan.example.co.jp>"],
    "第2期 販売価格表（確定版）",
    """
斉藤様

いつもお世話になっております。川端です。
第2期の販売価格表が確定しましたので、PDFでお送りします。
来週末のご案内にお使いください。

・登録受付：5/18（土）〜5/26（日）
・抽選：5/27（月）
・モデルルーム見学はご予約制です（当日枠も若干あり）

販売資料の部数が足りなければご連絡ください。

""" + SIG_KAWABATA,
    attachments=[att("横浜ベイテラス_第2期価格表.pdf", PDF, """
ミナトレジデンス横浜ベイテラス 第2期 販売価格表（2024年5月）
部屋番号 タイプ 間取り 専有面積 バルコニー 方位 価格（税込）
702 B 2LDK 62.15㎡ 11.20㎡ 南 5,280万円
806 A 3LDK 78.42㎡ 13.60㎡ 南東 6,690万円
1008 C 3LDK 81.05㎡ 14.10㎡ 南西 7,150万円
1310 D 4LDK 92.30㎡ 18.40㎡ 南西角 8,980万円
1612 PH 3LDK 110.62㎡ 32.00㎡ 南西角 1億2,800万円
管理費・修繕積立金は別紙をご参照ください。
売主：株式会社ミナトレジデンス 国土交通大臣(4)第07215号
""")]))

add(mail("pass", "benign.condolence_contractor",
    "A condolence note on the contractor's chairman's death; a named deceased business figure, no sensitive data.",
    "kawabata", "body", KAWABATA,
    ["大興建設 工藤所長 <kudo@daiko-kensetsu.example.co.jp>"],
    "お悔やみ申し上げます",
    """
工藤所長

このたびは、大興建設株式会社 代表取締役会長 大野 正治様のご逝去の報に接し、
謹んでお悔やみ申し上げます。

弊社創業当初より、数多くの物件で多大なるご尽力を賜りましたこと、
社員一同、心より感謝申し上げております。
横浜ベイテラスの着工式で、現場の安全について熱く語っておられた
お姿が今も目に浮かびます。

本来であれば直接お伺いすべきところ、略儀ながらメールにて失礼いたします。
ご葬儀の日程が決まりましたら、お知らせいただけますと幸いです。
弊社より代表の長谷川が参列させていただく予定です。

ご遺族の皆様ならびに貴社の皆様に、重ねてお悔やみ申し上げます。

""" + SIG_KAWABATA))
