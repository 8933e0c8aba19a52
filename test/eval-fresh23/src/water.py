from common import *

SAKAGUCHI = "坂口 隆 <t-sakaguchi@city.minatogawa.lg.jp>"
ONODERA = "小野寺 真由美 <m-onodera@city.minatogawa.lg.jp>"

MAILS = []

# ---------------------------------------------------------------- WH1
MAILS.append(dict(
    key="WH1", expect="hold", kind="roster.debtors",
    why="滞納者7名の氏名・住所・電話・滞納額のCSVを委託元（市上下水道局＝社外ドメイン）へ送付しており、顧客リストに該当する。",
    **{"from": OTSUKI}, to=[ONODERA], cc=[SAKAGUCHI],
    subject="給水停止予告対象者リスト（8月分）の送付",
    text="""小野寺主査

お疲れさまです。センターの大槻です。
8月分の給水停止予告対象者リストを添付します。
前回ご指摘いただいた「分納誓約中のお客さま」は除外済みです。

・対象件数：7件（前月比 -2件）
・予告書発送予定日：9月5日（金）
・停止執行予定日：9月26日（金）

局側で除外すべき案件（福祉部局と調整中のものなど）がありましたら、
9月3日（水）までにお知らせください。

よろしくお願いいたします。
""" + SIG_OTSUKI,
    attachments=[att("停止予告対象_202508.csv", CSV,
"""お客さま番号,氏名,給水場所,電話番号,滞納期数,滞納額(円),最終納付日,備考
0412-05518-3,宮下 勝利,港川市大池町3-18-7,0537-62-4418,3,38520,2025/01/27,
0412-07731-0,安藤 かおり,港川市大池町6-2-1 メゾン大池201,090-6128-3305,3,21344,2025/02/10,督促状返戻なし
0519-00284-6,浜口 慎吾,港川市緑ヶ丘1-5-30,0537-64-2271,4,45012,2024/12/26,
0519-11902-2,山室 典子,港川市緑ヶ丘3-9-4,080-3361-9027,3,18906,2025/02/27,電話不通
0603-04417-8,チョウ・ハオラン,港川市本町5-3-2 コーポ本町305,070-2294-6618,3,16280,2025/02/05,英語対応可
0603-08825-5,北村 和也,港川市本町8-11-6,0537-61-9954,5,62770,2024/11/28,前回停止歴あり
0708-02196-9,須田 正美,港川市汐見町3-3-12,0537-63-5580,3,24118,2025/01/30,
""")],
    personal=P(("name", "宮下 勝利"), ("address", "港川市大池町3-18-7"), ("phone", "0537-62-4418"),
               ("name", "安藤 かおり"), ("phone", "090-6128-3305"), ("name", "浜口 慎吾"),
               ("name", "北村 和也"), ("address", "港川市本町8-11-6"), ("pay", "62770")),
))

# ---------------------------------------------------------------- WH2
MAILS.append(dict(
    key="WH2", expect="hold", kind="sensitive.social",
    why="3世帯の氏名・生年月日・住所とともに生活保護の受給状況（社会的身分・要配慮）を市福祉事務所へ照会しており、外部送信の前に確認が必要。",
    **{"from": MURASE}, to=["吉永 康平 <k-yoshinaga@city.minatogawa.lg.jp>"], cc=[SAKAGUCHI],
    subject="水道料金福祉減免に係る受給状況の確認について（照会）",
    text="""港川市福祉事務所 保護課
吉永 様

平素より大変お世話になっております。
港川市水道料金お客さまセンターの村瀬でございます。

上下水道局より依頼を受け、令和7年度 水道料金福祉減免の継続審査を行っております。
下記3世帯について、生活保護の受給が現在も継続しているかご確認いただけますでしょうか。
（局お客さまサービス課 坂口課長より、貴課へ直接照会する旨ご了解をいただいております。）

No. 世帯主氏名　　　　　　生年月日　　　　給水場所　　　　　　　　　　　保護開始日（申請書記載）
1　 田村 ミツ子　　　　　昭和19年3月8日　 港川市汐見町2-6-11　　　　　 平成28年4月1日
2　 ブイ・ヴァン・ロン　 1988年10月2日　 港川市本町5-3-2 コーポ本町203 令和4年11月1日
3　 加賀谷 修　　　　　　昭和37年7月21日　港川市大池町1-20-4　　　　　 令和2年6月15日

ご回答は9月12日（金）までに、受給継続の有無のみお知らせいただければ幸いです。
お手数をおかけしますが、何卒よろしくお願い申し上げます。
""" + SIG_MURASE,
    personal=P(("name", "田村 ミツ子"), ("birthdate", "昭和19年3月8日"), ("address", "港川市汐見町2-6-11"),
               ("name", "ブイ・ヴァン・ロン"), ("name", "加賀谷 修"), ("birthdate", "昭和37年7月21日"),
               ("social", "生活保護の受給が現在も継続しているか")),
))

# ---------------------------------------------------------------- WH3
MAILS.append(dict(
    key="WH3", expect="hold", kind="id.account",
    why="転送の下に引用されたお客さま本人のメールに個人の還付先口座番号・携帯番号が含まれ、それを局の経理係（社外）へ送っている。",
    **{"from": OTSUKI}, to=["浅野 俊介 <s-asano@city.minatogawa.lg.jp>"],
    subject="Fw: 二重納付分の還付について",
    text="""経理係 浅野様

お世話になっております。センター大槻です。
二重納付の還付案件、お客さまから振込先のご連絡がありましたので転送します。
還付決議の起票をお願いできますでしょうか。
お客さま番号 0318-22047-1、還付額 6,842円です。

よろしくお願いします。
""" + SIG_OTSUKI + """

-----Original Message-----
From: 高橋 光男 <mitsuo.takahashi58@ocn.ne.jp>
Sent: Monday, August 25, 2025 9:14 PM
To: 港川市水道料金お客さまセンター <info@suikan-bs.co.jp>
Subject: 二重納付分の還付について

水道料金センター 大槻様

先日お電話した高橋です。口座振替とコンビニで二重に払ってしまった件、
返金先は下記でお願いします。

港川信用金庫 駅南支店
普通預金 3068142
名義 タカハシ ミツオ

日中は仕事で家にいないので、何かあれば携帯（090-3317-5826）に連絡ください。
高橋 光男
""",
    personal=P(("name", "高橋 光男"), ("account", "普通預金 3068142"), ("name", "タカハシ ミツオ"),
               ("phone", "090-3317-5826"), ("email", "mitsuo.takahashi58@ocn.ne.jp")),
))

# ---------------------------------------------------------------- WH4
MAILS.append(dict(
    key="WH4", expect="hold", kind="profile.complaint",
    why="苦情を申し出た個人（高齢・独居）の氏名・住所・自宅/携帯電話・メールを外部の設備業者へ転送しており、一個人の連絡先一式の第三者提供にあたる。",
    **{"from": MURASE}, to=["丸岡 正人 <maruoka@maruoka-setsubi.co.jp>"], cc=[ONODERA],
    subject="【至急】漏水調査のお願い（汐見町・お申し出案件）",
    text="""有限会社丸岡設備
丸岡 社長

いつもお世話になっております。料金センターの村瀬です。
局からの依頼で、下記のお客さま宅の漏水調査をお願いできないでしょうか。
使用水量が前回比で約4倍になっており、お客さまからかなり強いお申し出
（請求額に納得できない、メーターが壊れているのではないか）をいただいております。

お客さま：佐々木 英明 様（72歳・お一人暮らし）
住所　　：港川市汐見町4-9-15
電話　　：0537-63-2719（ご自宅）／080-6621-4403（携帯・日中はこちら）
メール　：h.sasaki.shiomi@docomo.ne.jp
ご在宅　：平日午前中なら概ねご在宅とのこと

「市の職員ではなく業者さんが来るなら事前に電話がほしい」とのことですので、
訪問前に一度お電話をお願いいたします。検針票の写真を添付します。
調査結果は局の小野寺主査とセンター（村瀬）宛にいただけますと助かります。

以上、よろしくお願いいたします。
""" + SIG_MURASE,
    attachments=[att("検針票_汐見町4-9-15.jpg", JPG)],
    personal=P(("name", "佐々木 英明"), ("address", "港川市汐見町4-9-15"), ("phone", "0537-63-2719"),
               ("phone", "080-6621-4403"), ("email", "h.sasaki.shiomi@docomo.ne.jp")),
))

# ---------------------------------------------------------------- WH5
MAILS.append(dict(
    key="WH5", expect="hold", kind="profile.misdirected",
    why="差し込み印刷のずれで、野々村様宛のメールに別のお客さま（中川様）の氏名・住所・振替口座番号が入っており、第三者への誤送信になる。",
    **{"from": OTSUKI}, to=["野々村 和也 <nonomura.kazuya@gmail.com>"],
    subject="【港川市水道料金お客さまセンター】口座振替不能のお知らせ",
    text="""中川 由香里 様

いつも港川市の水道をご利用いただきありがとうございます。
港川市水道料金お客さまセンターです。

令和7年8月27日にお引き落としを予定しておりました水道料金・下水道使用料について、
ご指定の口座から振替ができませんでしたのでお知らせいたします。

━━━━━━━━━━━━━━━━━━━━
お客さま番号　：0527-10836-4
ご使用場所　　：港川市緑ヶ丘2-11-8 グリーンハイツ102
ご請求額　　　：7,128円（7月・8月検針分）
振替口座　　　：みなと銀行 港川支店 普通 4471829
振替不能理由　：残高不足
━━━━━━━━━━━━━━━━━━━━

9月26日（金）に同じ口座から再振替を行いますので、前日までにご入金をお願いいたします。
再振替もできなかった場合は、コンビニエンスストアでお支払いいただける納付書を郵送いたします。

すでにお支払い済みの場合は、行き違いですのでご容赦ください。
ご不明な点は下記までお問い合わせください。
""" + SIG_OTSUKI,
    personal=P(("name", "中川 由香里"), ("address", "港川市緑ヶ丘2-11-8 グリーンハイツ102"),
               ("account", "みなと銀行 港川支店 普通 4471829")),
))

# ---------------------------------------------------------------- WH6
MAILS.append(dict(
    key="WH6", expect="hold", kind="attachment.encrypted_zip",
    why="パスワード付きZIP（PPAP）を外部の法律事務所へ送っており、中身を検査できないため保留対象。",
    **{"from": OTSUKI}, to=["神田 はるか <kanda@minato-law.jp>"],
    subject="滞納債権 回収委託案件の資料送付（9月分）",
    text="""弁護士法人みなと総合法律事務所
神田様

お世話になっております。水環ビジネスサービスの大槻です。
9月分の回収委託案件（閉栓後未納 12件）の資料を送付いたします。
ファイルにはパスワードを設定しております。パスワードは別途メールにてお送りします。

【内容】
・案件一覧
・各案件の請求明細
・督促経過記録（電話・訪問・文書）

なお、うち2件は転居先不明のため、住民票の職務上請求をお願いすることになるかと思います。
ご確認のほど、よろしくお願いいたします。
""" + SIG_OTSUKI,
    attachments=[att("回収委託_202509.zip", ZIP, encrypted=True)],
))

# ---------------------------------------------------------------- WH7
MAILS.append(dict(
    key="WH7", expect="hold", kind="id.residence_card",
    why="An individual tenant's residence card number, date of birth, address and mobile are echoed back to an outside property-management company.",
    **{"from": MURASE}, to=["Emily Carter <e.carter@harborliving.co.jp>"],
    subject="Water service start for your tenant – one item missing",
    text="""Dear Ms. Carter,

Thank you for your email regarding the water service start for your tenant at Minatogawa Riverside 805.
We have processed the application as below. The service start date is September 1.

  Customer name     : NGUYEN THI HOA（グエン・ティ・ホア）
  Date of birth     : 1996/04/17
  Service address   : Minatogawa Riverside 805, 1-7-3 Kawabata-cho, Minatogawa-shi
  Phone             : 080-4829-1173
  Residence card No.: UH48201937FA (valid until 2027/03/15)

One item is still missing: the bank account for automatic payment. If Ms. Nguyen prefers to pay
at convenience stores, we will mail the payment slips to the service address instead.
Could you please confirm with her which option she prefers?

Please note that your company will be registered only as the "contact" on our record, not as the payer.

Kind regards,
Tetsuya Murase
""" + SIG_MURASE,
    personal=P(("name", "NGUYEN THI HOA"), ("birthdate", "1996/04/17"), ("phone", "080-4829-1173"),
               ("idnumber", "UH48201937FA"), ("address", "Minatogawa Riverside 805, 1-7-3 Kawabata-cho")),
))

# ---------------------------------------------------------------- WH8
MAILS.append(dict(
    key="WH8", expect="hold", kind="roster.customers",
    why="検針委託先へ貼り付けた一覧に5名の氏名・住所・電話と、認知症・難聴・車椅子使用などの健康/障害情報が含まれる。",
    **{"from": MURASE}, to=["平松 健 <hiramatsu@tokai-meter.co.jp>"],
    subject="検針時ご注意先一覧（9月更新版）",
    text="""東海メーターサービス株式会社 港川事業所
平松 所長

お世話になっております。村瀬です。
検針員さんから要望のありました「訪問時に注意が必要なお客さま」の一覧を更新しました。
下記のとおり貼り付けますので、各地区担当の方へ共有をお願いします。
（紙に印刷して持ち歩くのは控えていただくよう、念のため申し添えます。）

地区	氏名	住所	電話	注意事項
大池	宮内 艶子	大池町2-4-9	0537-62-1185	認知症あり。ご家族（長男 090-5512-8830）へ連絡のこと
大池	戸川 信吾	大池町5-1-22	0537-62-7740	大型犬（放し飼い）。門扉内に入らない
汐見	稲垣 ハル	汐見町1-13-5	0537-63-0926	難聴のため呼び鈴に気づかない。裏口をノック
本町	木下 隆弘	本町7-2-18	090-2281-6657	過去に検針員へ暴言。必ず2名で訪問
緑ヶ丘	柏木 澄江	緑ヶ丘4-6-1	0537-64-3358	車椅子使用。メーターボックス前に物置あり要声かけ

変更点は、稲垣様・柏木様の追加と、岡野様（転居）の削除です。
よろしくお願いします。
""" + SIG_MURASE,
    personal=P(("name", "宮内 艶子"), ("health", "認知症あり"), ("phone", "090-5512-8830"),
               ("name", "稲垣 ハル"), ("health", "難聴"), ("name", "柏木 澄江"), ("disability", "車椅子使用"),
               ("name", "木下 隆弘"), ("phone", "090-2281-6657")),
))

# ---------------------------------------------------------------- WH9
MAILS.append(dict(
    key="WH9", expect="hold", kind="sensitive.medical",
    why="本文は短いが、件名に特定のお客さまの氏名と「人工透析通院中」という病歴が入っており、社外（局）宛に送られる。",
    **{"from": OTSUKI}, to=[ONODERA],
    subject="Re: 給水停止の保留について（山岸 清子様・人工透析通院中）",
    text="""小野寺主査

承知しました。表題の件、今回の停止執行対象から外し、保留で処理しました。
分納のご相談は来週こちらからご本人にお電話します。

大槻
""" + SIG_OTSUKI + """

> 大槻さん
> 緑ヶ丘の山岸様の件、ご家族から事情の連絡がありましたので、今回は停止を見送ってください。
> 詳細は表題のとおりです。
> 小野寺
""",
    personal=P(("name", "山岸 清子"), ("health", "人工透析通院中")),
))

# ---------------------------------------------------------------- WH10
contractors = [
    "丸岡 正人 <maruoka@maruoka-setsubi.co.jp>",
    "河村工業 <info@kawamura-kogyo.jp>",
    "杉浦設備工業 <sugiura-setsubi@nifty.com>",
    "港南管工 工務部 <koumu@konan-kanko.co.jp>",
    "水野 <mizuno.plumbing@gmail.com>",
    "有限会社タケダ住設 <takeda-jyusetsu@minatogawa-net.jp>",
    "大池水道工事店 <oike-suido@ybb.ne.jp>",
    "東海アクア設備 総務 <soumu@tokai-aqua.co.jp>",
    "松永 <matsunaga-setsubi@outlook.jp>",
    "汐見設備 <shiomi.setsubi@biglobe.ne.jp>",
    "三輪管工 <miwa-kanko@miwa-kk.jp>",
    "ライフライン静岡 港川営業所 <minatogawa@lifeline-shizuoka.co.jp>",
    "日比野 <hibino.suido@yahoo.co.jp>",
    "フジ住宅設備 <info@fuji-jusetsu.com>",
]
MAILS.append(dict(
    key="WH10", expect="hold", kind="recipients.many",
    why="14の別々の事業者・個人アドレスがTo欄に並んでおり、Bccにすべきところを相互に見える形で送っている。",
    **{"from": MURASE}, to=contractors,
    subject="【ご案内】令和7年度 指定給水装置工事事業者 研修会・料金手続き説明会",
    text="""指定給水装置工事事業者 各位

平素より港川市の水道事業にご協力いただき、誠にありがとうございます。
本メールは港川市上下水道局の依頼により、料金センターからお送りしております。

標記の研修会を下記のとおり開催いたします。今年度は開閉栓届のオンライン化に伴い、
料金手続き（使用開始・中止の届出、メーター番号の記入方法）についての説明を追加しております。

　日時：令和7年10月8日（水）14:00〜16:30（受付13:30〜）
　会場：港川市民会館 2階 大会議室
　内容：1. 給水装置工事の審査基準の変更点（上下水道局 給水課）
　　　　2. 開閉栓届オンライン受付の操作説明（料金センター）
　　　　3. 質疑応答
　持ち物：事業者証、筆記用具

出欠は9月30日（火）までに、本メールへの返信にてお知らせください。
各事業者1〜2名でのご参加をお願いいたします。
""" + SIG_MURASE,
))

# ================================================================ passes
# ---------------------------------------------------------------- WP1
MAILS.append(dict(
    key="WP1", expect="pass", kind="benign.self_data",
    why="還付先口座をその口座名義人本人のアドレスへ確認として返信しているだけで、第三者提供ではない。",
    **{"from": OTSUKI}, to=["石川 健二 <kenji.ishikawa.0811@gmail.com>"],
    subject="Re: 還付金の振込日について",
    text="""石川 健二 様

港川市水道料金お客さまセンターの大槻でございます。
お問い合わせいただいた還付金について、振込日が決まりましたのでご連絡いたします。

　還付額　　：3,960円（6月分 基本料金の重複請求分）
　振込予定日：令和7年9月10日（水）
　振込先　　：港川信用金庫 本店 普通 5570913 イシカワ ケンジ 様
　　　　　　　（先日お申し出いただいた口座です）

通帳には「ミナトガワシ スイドウキヨク」と表示されます。
このたびはご迷惑をおかけし、誠に申し訳ございませんでした。
""" + SIG_OTSUKI + """

> 大槻様
> 先日はありがとうございました。振込はいつ頃になりますか。
> 石川
""",
    personal=P(("name", "石川 健二"), ("account", "普通 5570913")),
))

# ---------------------------------------------------------------- WP2
MAILS.append(dict(
    key="WP2", expect="pass", kind="benign.self_data",
    why="生活保護に基づく減免の承認結果を、申請者ご本人のアドレスへ通知しているもので、本人への返送にあたる。",
    **{"from": MURASE}, to=["佐野 美千代 <michiyo.sano@ezweb.ne.jp>"],
    subject="水道料金 福祉減免の承認について",
    text="""佐野 美千代 様

港川市水道料金お客さまセンターの村瀬でございます。
先日お電話でお問い合わせいただいた件につきまして、ご案内いたします。

8月にご申請いただきました水道料金の福祉減免（生活保護受給世帯を対象とする基本料金の免除）は、
上下水道局にて承認されました。

　適用開始：令和7年10月検針分から
　減免内容：水道・下水道の基本料金 全額免除（従量料金はこれまでどおりご請求します）
　次回更新：令和8年9月（更新時期が近づきましたら、あらためてご案内をお送りします）

郵送でも「減免承認通知書」をお送りしておりますので、あわせてご確認ください。
ご不明な点がございましたら、センター（0537-61-2280）までお気軽にお問い合わせください。
""" + SIG_MURASE,
    personal=P(("name", "佐野 美千代")),
))

# ---------------------------------------------------------------- WP3
MAILS.append(dict(
    key="WP3", expect="pass", kind="benign.it_incident",
    why="「障害」「隔離」「感染」はシステム障害・サーバの話で、件数の集計だけで個人は特定されない。",
    **{"from": MURASE}, to=[SAKAGUCHI, ONODERA], cc=[OTSUKI],
    subject="【第2報】料金システム障害に伴う口座振替データ作成遅延について",
    text="""上下水道局 お客さまサービス課
坂口課長、小野寺主査

お世話になっております。村瀬です。
9月1日（月）夜間に発生した料金システムの障害について、第2報をお送りします。

■概要
　口座振替データ作成バッチが異常終了し、9月分の振替依頼データの作成が約14時間遅延しました。
■原因
　バッチサーバのディスク容量逼迫（ログ肥大化）。ウイルス感染や不正アクセスの痕跡はありません。
　念のため当該サーバはネットワークから隔離した上で調査し、9月2日15時に復旧・再接続済みです。
■影響
　対象：約18,400件の振替依頼データ
　金融機関への提出期限（9月3日）には間に合っており、9月12日の振替日に変更はありません。
■再発防止
　ログローテーション設定の見直し、容量監視アラートの閾値変更（85%→70%）

詳細は添付の障害報告書をご確認ください。ご迷惑をおかけし申し訳ございません。
""" + SIG_MURASE,
    attachments=[att("障害報告書_第2報_20250903.pdf", PDF,
"""障害報告書（第2報）
報告日：令和7年9月3日
報告者：株式会社水環ビジネスサービス 港川市水道料金お客さまセンター
件名：料金システム 口座振替データ作成バッチ異常終了
発生日時：2025/09/01 23:42
復旧日時：2025/09/02 15:10
影響範囲：9月振替分 18,412件（データ作成遅延のみ。データ欠損なし）
原因：バッチサーバ /var 領域の容量不足
対応：不要ログ削除、サーバ隔離のうえ整合性チェック、再実行
再発防止策：ログローテーション設定変更、監視閾値変更
""")],
))

# ---------------------------------------------------------------- WP4
MAILS.append(dict(
    key="WP4", expect="pass", kind="benign.lookalike_number",
    why="並んでいる長い数字は収納機関番号・払込票番号・バーコード・適格請求書番号で、個人の識別番号ではなく氏名もない。",
    **{"from": OTSUKI}, to=["原田 亮 <harada@paynext.co.jp>"],
    subject="払込票バーコード読取エラーの件（収納機関番号 58213）",
    text="""ペイネクスト株式会社
収納代行サービス部 原田様

お世話になっております。港川市水道料金お客さまセンターの大槻です。
コンビニ店頭でバーコードが読み取れないという連絡が、今週に入って3件ありました。
いずれも9月発行分の払込票です。

　収納機関番号：58213
　払込票番号　：9180-2250-8310（9月発行分の先頭番号）
　バーコード　：(91)9158213020509180225083100000712820250930
　受付番号　　：202509-3317-6624（店舗からの問い合わせ番号）

印字側の問題なのか、データ側（支払期限の桁）なのか切り分けをお願いできますでしょうか。
印刷会社には同じ内容で確認を依頼しています。

ご参考までに、当社の適格請求書発行事業者登録番号は T1080401023517 です
（先日の請求書の件でお問い合わせいただいたため）。

よろしくお願いいたします。
""" + SIG_OTSUKI,
))

# ---------------------------------------------------------------- WP5
MAILS.append(dict(
    key="WP5", expect="pass", kind="benign.corporate_account",
    why="取引先印刷会社の法人口座（当座・法人名義）の確認で、個人の口座ではない。",
    **{"from": MURASE}, to=["港川印刷 経理 小田 <oda@minatogawa-print.co.jp>"],
    subject="Re: 振込先口座変更のお知らせ（確認）",
    text="""港川印刷株式会社
経理課 小田様

いつもお世話になっております。水環ビジネスサービスの村瀬です。
振込先口座変更のご連絡ありがとうございました。

念のため、いただいた内容を下記のとおり復唱いたします。
最近、取引先を装って口座変更を依頼する詐欺メールが増えているため、
本日午後、御社代表番号（0537-62-0101）へお電話でも確認させていただきました。

　変更前：しずおか中央銀行 港川支店 当座 0048211
　変更後：みなと銀行 本店営業部 当座 0091234
　口座名義：ミナトガワインサツ（カ
　適用：10月末お支払い分（9月納品分）から

内容に相違がなければ、ご返信は不要です。
今後ともよろしくお願いいたします。
""" + SIG_MURASE,
))

# ---------------------------------------------------------------- WP6
bcc_customers = [
    "kobayashi.h1962@gmail.com", "y-ueda@ezweb.ne.jp", "tanimoto.family@icloud.com", "sato_kazu@yahoo.co.jp",
    "m.ogura@ocn.ne.jp", "hanako.n@docomo.ne.jp", "r.fujimoto@outlook.jp", "kitagawa.t@nifty.com",
    "akiyama.yuko@gmail.com", "hirose-ken@biglobe.ne.jp", "e.morris@gmail.com", "tsuji.m@softbank.ne.jp",
    "nakao.ryo@gmail.com", "k.iida@ybb.ne.jp", "shimizu.aki@icloud.com", "j.tanabe@au.com",
    "okamura.s@yahoo.co.jp", "c.endo@gmail.com", "m.hattori@ocn.ne.jp", "nishino.f@outlook.jp",
    "hoshino.t@gmail.com", "kameda-n@ezweb.ne.jp",
]
MAILS.append(dict(
    key="WP6", expect="pass", kind="benign.bcc_many",
    why="メール配信を希望したお客さま22名への一斉案内で、宛先はすべてBccに入っており相互に見えない。内容も一般的な料金改定のお知らせ。",
    **{"from": MURASE}, to=["港川市水道料金お客さまセンター <info@suikan-bs.co.jp>"], bcc=bcc_customers,
    subject="【港川市上下水道局】令和7年10月検針分からの水道料金改定のお知らせ",
    text="""お客さま各位

いつも港川市の水道をご利用いただき、ありがとうございます。
本メールは、検針のお知らせのメール配信にご登録いただいたお客さまにお送りしています。

港川市では、老朽化した水道管の更新や浄水場の耐震化を進めるため、
令和7年10月検針分から水道料金を改定いたします。

■改定の概要（税込・2か月分）
　一般家庭（口径20mm・使用水量40㎥）の場合
　改定前 9,086円 → 改定後 9,944円（+858円、約9.4%）

■改定後の料金表・詳しい説明
　港川市上下水道局ホームページ「水道料金の改定について」をご覧ください。

ご負担をおかけしますが、ご理解とご協力をお願い申し上げます。

※本メールは送信専用です。お問い合わせは下記の料金センターまでお電話でお願いいたします。
""" + SIG_MURASE,
))

# ---------------------------------------------------------------- WP7
MAILS.append(dict(
    key="WP7", expect="pass", kind="benign.self_data",
    why="A reply to the customer himself about his own bill and service address; nothing goes to a third party.",
    **{"from": OTSUKI}, to=["David Mercer <d.mercer@outlook.com>"],
    subject="Re: Question about my water bill (Customer No. 0611-30418-2)",
    text="""Dear Mr. Mercer,

Thank you for contacting the Minatogawa City Water Bill Customer Center.
My name is Saori Otsuki and I am in charge of your inquiry.

In Minatogawa City, water meters are read every two months, so the bill you received covers
July and August. Here is the breakdown for your account:

  Customer No.   : 0611-30418-2
  Service address: 2-5-9 Hon-machi, Minatogawa-shi, Sun Terrace 401
  Usage          : 42 m3 (2 months)
  Water          : 5,214 yen
  Sewerage       : 4,070 yen
  Total          : 9,284 yen (tax included)

Your usage is almost the same as the same period last year (40 m3), so we do not think there is a leak.
If you would like to pay by automatic bank transfer instead of at a convenience store, we can mail you
the application form. Just reply to this email.

Best regards,
Saori Otsuki
""" + SIG_OTSUKI + """

> Hello, I received a water bill for 9,284 yen. Is this for one month? It seems high.
> David Mercer
""",
    personal=P(("name", "David Mercer"), ("address", "2-5-9 Hon-machi, Minatogawa-shi, Sun Terrace 401")),
))

# ---------------------------------------------------------------- WP8
MAILS.append(dict(
    key="WP8", expect="pass", kind="benign.template_dummy",
    why="口座振替依頼書の記入例で、氏名・口座番号・電話はすべて「港川 太郎」「1234567」などのダミー値。",
    **{"from": MURASE}, to=[ONODERA],
    subject="口座振替依頼書（ネット受付版）記入例の案について",
    text="""小野寺主査

お世話になっております。村瀬です。
先日の打合せで話の出た、ネット受付ページに掲載する「記入例」の案を作成しました。
添付のWordをご確認いただき、表現などご指摘があればお知らせください。

特に以下の2点についてご意見をいただけると助かります。
1. お客さま番号の記入例を「0000-00000-0」とするか、実在しない番号の例にするか
2. ゆうちょ銀行の記号・番号の記入例を別枠で載せるかどうか

10月1日の公開に間に合わせたいので、9月19日頃までにご返信いただけると幸いです。
""" + SIG_MURASE,
    attachments=[att("記入例_口座振替依頼書_案.docx", DOCX,
"""口座振替依頼書　記入例（ネット受付用）

【ご使用者】
お客さま番号：0000-00000-0（検針票の右上に記載されています）
ご使用者氏名：港川 太郎（ミナトガワ タロウ）
ご使用場所：港川市本町1丁目1番1号
電話番号：0537-00-0000

【引落口座】
金融機関名：○○銀行　△△支店
預金種目：普通
口座番号：1234567
口座名義（カナ）：ミナトガワ タロウ

※記入例の氏名・番号は架空のものです。
※口座名義は通帳に記載されている名義を正確にご記入ください。
""")],
))

# ---------------------------------------------------------------- WP9
MAILS.append(dict(
    key="WP9", expect="pass", kind="benign.minutes",
    why="定例会議事録で、出てくる氏名は出席した局・センター職員のみ、滞納や停止は件数の集計だけ。",
    **{"from": MURASE}, to=[SAKAGUCHI, ONODERA], cc=[OTSUKI],
    subject="8月度 定例連絡会 議事録（案）",
    text="""坂口課長、小野寺主査

先日はありがとうございました。8月度定例連絡会の議事録（案）をお送りします。
修正があれば9月5日までにお知らせください。

━━━━━━━━━━━━━━━━━━━━
港川市水道料金等徴収業務　8月度定例連絡会 議事録（案）
日時：令和7年8月28日（木）10:00〜11:20
場所：上下水道局 3階 第2会議室
出席：（局）坂口課長、小野寺主査、藤堂主任
　　　（センター）村瀬、大槻
━━━━━━━━━━━━━━━━━━━━
1. 7月実績
　・現年度収納率 97.8%（前年同月 97.5%）
　・コールセンター応答率 92.1%（目標 90%）
　・給水停止執行 3件、うち2件は執行当日に納付
2. 料金改定の周知
　・10月検針分からの改定について、検針票裏面への案内印字を9月検針分から開始
　・問い合わせ増に備え、9〜10月はオペレーター2名増員
3. システム
　・開閉栓届オンライン受付の試験運用を9月16日から開始（局・センター職員のみ）
4. その他
　・次回：9月25日（木）10:00〜
━━━━━━━━━━━━━━━━━━━━
以上
""" + SIG_MURASE,
))

# ---------------------------------------------------------------- WP10
MAILS.append(dict(
    key="WP10", expect="pass", kind="benign.condolence",
    why="取引先課長へのお悔やみと業務調整の連絡で、病名・個人の連絡先などは含まれない。",
    **{"from": MURASE}, to=[SAKAGUCHI],
    subject="お悔やみ申し上げます",
    text="""坂口課長

小野寺主査より、ご尊父様がご逝去された旨を伺いました。
謹んでお悔やみ申し上げます。
ご生前のご厚情に感謝するとともに、心よりご冥福をお祈りいたします。

来週予定しておりました料金改定の進捗確認は、小野寺主査と相談のうえ
翌週以降に延期させていただきますので、どうぞ業務のことはお気になさらず、
ご家族の皆さまとお過ごしください。

ご返信には及びません。
""" + SIG_MURASE,
))
