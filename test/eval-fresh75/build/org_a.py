"""Org A: fitness club chain 株式会社ライズフィット (RISE FIT)."""
from common import mail, att, enc_zip, t, XLSX, DOCX, PDF, CSV, ZIP

ORG = "A"
DOM = "risefit.example.co.jp"

SAEKI = "佐伯 拓海 <saeki.t@risefit.example.co.jp>"
ONODERA = "小野寺 真由 <m.onodera@risefit.example.co.jp>"
KURI = "栗林 健吾 <kuribayashi.k@risefit.example.co.jp>"

SIG_SAEKI = t("""
━━━━━━━━━━━━━━━━━━━━━━
RISE FIT 渋谷神南店
店舗マネージャー　佐伯 拓海（さえき たくみ）
〒150-0041 東京都渋谷区神南1-20-7 神南スクエアビル3F
TEL 03-5428-3190 ／ FAX 03-5428-3191
携帯 080-4417-2290
saeki.t@risefit.example.co.jp
営業時間 平日7:00-23:00 土日祝9:00-20:00
━━━━━━━━━━━━━━━━━━━━━━
""")

SIG_ONODERA = t("""
--
株式会社ライズフィット 本部 会員サービス部
小野寺 真由　Mayu Onodera
〒105-0013 東京都港区浜松町2-9-3 浜松町トラストビル8F
TEL：03-6809-4471（直通）　FAX：03-6809-4400
Mail：m.onodera@risefit.example.co.jp
https://www.risefit.example.co.jp/
※本メールは送信者が指定した宛先の方のみに送信しております。
　誤って受信された場合は、お手数ですが送信者までご連絡のうえ削除をお願いいたします。
""")

SIG_KURI = t("""
――――――――――
ライズフィット本部 施設管理課
栗林 健吾
TEL 03-6809-4485 ／ 携帯 090-6638-1142
――――――――――
""")

MAILS = []
add = MAILS.append

# ---------------------------------------------------------------- holds
add(mail("hold", "sensitive.injury_report_insurer",
    "A named member's diagnosis (ACL tear) and birth date go to the insurer; health data about an identifiable person leaving the company.",
    "saeki", "body", SAEKI,
    ["あおば損害保険 事故受付センター 木嶋様 <jiko-uketsuke@aoba-sonpo.example.co.jp>"],
    "【事故報告】3/14 渋谷神南店 トレッドミル転倒事故の件（施設賠償責任保険）",
    """
あおば損害保険株式会社
事故受付センター　木嶋様

いつもお世話になっております。
ライズフィット渋谷神南店の佐伯でございます。

先日お電話でご報告いたしました、当店での会員様の転倒事故について、
事故報告書の提出に先立ち、概要を下記のとおりお送りいたします。

■証券番号：AB-2204-118374（施設賠償責任保険）
■発生日時：2024年3月14日（木）19時40分頃
■発生場所：渋谷神南店 2Fマシンエリア トレッドミル7番
■被害者：西田 光太郎 様（会員番号 SJ-208817）
　生年月日：1979年6月2日
　ご連絡先：090-3382-7714
■事故状況：
　インターバル走行中に速度変更ボタンが反応せず、ベルトが急加速したとの
　お申し出。バランスを崩して後方に転倒、右膝を強く打たれました。
　スタッフ2名が駆けつけ、アイシングの上、ご本人の希望でタクシーにて受診。
■受診先：渋谷中央整形外科クリニック
■診断名：右膝前十字靱帯損傷（ご本人より3/18にご連絡）
　4月上旬に再建手術の予定、全治約6か月の見込みとのことです。
■機器の状況：メーカー（ジムテック社）点検済、制御基板の不具合を確認中

ご本人様からは治療費と休業補償についてご相談をいただいております。
今後の手続きと必要書類についてご教示いただけますと幸いです。

何卒よろしくお願い申し上げます。

""" + SIG_SAEKI,
    personal=[("name", "西田 光太郎"), ("birthdate", "1979年6月2日"), ("phone", "090-3382-7714"),
              ("diagnosis", "右膝前十字靱帯損傷")]))

add(mail("hold", "id.freelance_instructor_bank_accounts",
    "The attached CSV carries five freelance instructors' personal bank accounts, sent to an outside payroll bureau.",
    "onodera", "attachment", ONODERA,
    ["ペイロールワークス 受託チーム <itaku@payrollworks.example.co.jp>"],
    "3月分 業務委託報酬の振込データ送付",
    """
株式会社ペイロールワークス
受託チーム ご担当者様

お世話になっております。ライズフィット会員サービス部の小野寺です。

3月分の業務委託インストラクター報酬につきまして、振込データをお送りします。
対象は追加契約分の5名です（既存の方は先週お送りした分で全てです）。

振込指定日：4月10日（水）
源泉徴収：いずれも10.21%で計算済みです。

ご確認のほどよろしくお願いいたします。

""" + SIG_ONODERA,
    attachments=[att("業務委託報酬_202403_追加分.csv", "text/csv", """
氏名,フリガナ,金融機関,支店,種別,口座番号,口座名義,支払額(税引後)
桐谷 玲奈,キリタニ レイナ,みずなみ銀行,渋谷支店,普通,3318207,キリタニ レイナ,128470
大庭 純平,オオバ ジュンペイ,さくら台信用金庫,三軒茶屋支店,普通,0842219,オオバ ジュンペイ,96210
Lisa Hoffmann,リサ ホフマン,東都銀行,恵比寿支店,普通,5571034,ホフマン リサ,74830
安西 ひかり,アンザイ ヒカリ,ゆうちょ銀行,〇一八店,普通,2294718,アンザイ ヒカリ,152300
松浦 航,マツウラ ワタル,みずなみ銀行,目黒支店,普通,6003381,マツウラ ワタル,88940
""")],
    personal=[("name", "桐谷 玲奈"), ("bank_account", "渋谷支店,普通,3318207"),
              ("bank_account", "〇一八店,普通,2294718"), ("name", "安西 ひかり")]))

add(mail("hold", "personal.member_inquiry_forward",
    "The forwarded web-form inquiry gives a member's full name, home address, phone and e-mail to an equipment vendor.",
    "kuribayashi", "quoted", KURI,
    ["ジムテック株式会社 営業部 水野様 <mizuno@gymtech.example.co.jp>"],
    "Fw: 【お問い合わせ】エアロバイク個人購入について",
    """
水野様

お世話になっております。施設管理課の栗林です。
会員様から、店舗で使っているバイクを自宅用に購入したいとの問い合わせが
本部に届きました。当社では個人向け販売はしていないため、
恐れ入りますが貴社から直接ご連絡いただけますでしょうか。

よろしくお願いします。

""" + SIG_KURI + """
-------- Forwarded Message --------
From: RISE FIT お問い合わせフォーム <noreply@risefit.example.co.jp>
Subject: 【お問い合わせ】その他
Date: 2024/04/02 22:17

お名前：宇野 沙織（ウノ サオリ）
会員番号：MG-114052（目黒店）
ご住所：〒152-0034 東京都目黒区緑が丘2-11-6 グリーンヒル緑が丘203
電話番号：080-6627-1945
メールアドレス：saori.uno88@gmail.com
お問い合わせ内容：
目黒店の2階にある緑色のエアロバイク（画面が大きいもの）がとても使いやすいので、
自宅用に同じものを購入したいです。メーカーや価格を教えてください。
できれば平日夜に電話で連絡いただけると助かります。
""",
    personal=[("name", "宇野 沙織"), ("address", "東京都目黒区緑が丘2-11-6 グリーンヒル緑が丘203"),
              ("phone", "080-6627-1945"), ("email", "saori.uno88@gmail.com")]))

add(mail("hold", "sensitive.pregnancy_risk_subject",
    "The subject names a member with her pregnancy week and a history of threatened premature labour, sent to an outside clinic.",
    "saeki", "subject", SAEKI,
    ["渋谷メディカルスポーツクリニック 秋山先生 <akiyama@shibuya-msc.example.jp>"],
    "会員 森下彩花様（妊娠24週・切迫早産歴あり）のレッスン参加可否についてご相談",
    """
秋山先生

いつも大変お世話になっております。RISE FIT渋谷神南店の佐伯です。
先週お電話で少しお話しした件、改めてメールでご相談させてください。

件名の会員様が、マタニティヨガ（火・木 10:30〜11:30）への参加を希望されています。
ご本人は「主治医から軽い運動はOKと言われている」とのことですが、
当店としてどこまで受け入れてよいか判断に迷っております。

・参加前に主治医の同意書をいただくべきか
・インストラクターが注意すべき姿勢・動き
・当日の体調確認で見るべきポイント

あたりについて、先生のご意見を伺えれば幸いです。
お忙しいところ恐縮ですが、お手すきの際にご返信いただけますと助かります。

""" + SIG_SAEKI,
    personal=[("name", "森下彩花"), ("health", "妊娠24週・切迫早産歴あり")]))

add(mail("hold", "attachment.encrypted_zip",
    "Encrypted zip with the password to follow (PPAP); the content cannot be inspected.",
    "onodera", "zip", ONODERA,
    ["クラウドメンバーズ 導入支援 堤様 <tsutsumi@cloudmembers.example.com>"],
    "会員データ移行用ファイル（第2回テスト分）送付の件",
    """
株式会社クラウドメンバーズ
導入支援グループ　堤様

お世話になっております。ライズフィットの小野寺でございます。

新会員管理システムへの移行テスト（第2回）用のファイルをお送りします。
前回ご指摘いただいた文字コードと日付形式は修正済みです。

解凍用パスワードは、この後別メールにてお送りいたします。
ご確認のほどよろしくお願い申し上げます。

""" + SIG_ONODERA,
    attachments=[enc_zip("移行テスト2_会員データ_0412.zip")]))

trainers = [
    "宮下 涼 <ryo.miyashita.fit@gmail.com>",
    "Kaito Brown <kaito.brown.pt@gmail.com>",
    "河村 みなみ <minami_kawamura@yahoo.co.jp>",
    "杉本 大地 <daichi.sugimoto@outlook.com>",
    "原田 葵 <aoi.harada.yoga@gmail.com>",
    "中條 友香 <yuka.nakajo@yahoo.co.jp>",
    "石黒 修 <osamu.ishiguro.trainer@gmail.com>",
    "小峰 さやか <sayaka.komine@outlook.com>",
    "吉岡 蓮 <ren_yoshioka@gmail.com>",
    "Ana Souza <ana.souza.pilates@gmail.com>",
    "橋爪 匠 <hashizume.takumi@yahoo.co.jp>",
    "野口 まりえ <marie.noguchi.dance@gmail.com>",
]
add(mail("hold", "recipients.freelance_trainers_to",
    "Twelve freelance trainers' private addresses are visible to each other in To instead of BCC.",
    "saeki", "recipients", SAEKI, trainers,
    "【渋谷神南店】5月スタジオスケジュール確定のお知らせ",
    """
インストラクターの皆さま

いつもありがとうございます。渋谷神南店の佐伯です。
5月のスタジオスケジュールが確定しましたのでお知らせします。

主な変更点
・毎週水曜 20:00「HIIT 30」→ 20:15開始に変更（前枠の延長のため）
・土曜 11:00 のピラティスを2枠に増枠（11:00／12:15）
・GW期間（5/3〜5/6）は祝日ダイヤルで運営します

代行の募集は従来どおりシフトアプリで出します。
確定表は店舗のバックヤードにも掲示しています。

不明点があれば佐伯まで気軽にご連絡ください。
よろしくお願いします！

""" + SIG_SAEKI))

add(mail("hold", "list.unpaid_dues_collection",
    "A text table of six members with names, phone numbers and unpaid amounts goes to a collection agency.",
    "onodera", "body", ONODERA,
    ["ミライ債権サービス 受託管理課 江藤様 <eto@mirai-saiken.example.co.jp>"],
    "月会費未納者（3か月以上）回収委託分のご連絡",
    """
ミライ債権サービス株式会社
受託管理課　江藤様

いつもお世話になっております。
ライズフィット会員サービス部の小野寺でございます。

3か月以上月会費が未納となっている休会・退会扱いの会員様について、
契約に基づき回収業務を委託させていただきます。今回は下記6名です。

会員番号   | 氏名         | 電話番号       | 未納額   | 最終来館
-----------+--------------+----------------+----------+-----------
SJ-201744  | 村瀬 健太    | 090-5521-0387  | 33,000円 | 2023/11/20
SJ-206318  | 北島 由美子  | 080-2214-9963  | 22,000円 | 2023/12/02
MG-110295  | 荻野 拓也    | 070-6683-1208  | 44,000円 | 2023/10/15
MG-112877  | 田辺 愛      | 090-7730-4456  | 33,000円 | 2023/12/28
EB-305521  | 丸山 聡      | 080-9102-3374  | 27,500円 | 2024/01/04
EB-307046  | 佐久間 瑠衣  | 090-1846-5520  | 33,000円 | 2023/11/09

督促状の送付履歴は別途郵送でお送りいたします。
ご不明点がございましたらご連絡ください。

""" + SIG_ONODERA,
    personal=[("name", "村瀬 健太"), ("phone", "090-5521-0387"), ("name", "荻野 拓也"),
              ("phone", "070-6683-1208"), ("name", "佐久間 瑠衣")]))

add(mail("hold", "list.trial_participants_partner",
    "The attached sheet lists trial-event participants with addresses, phones, ages and body-fat figures for a supplement maker's mailing.",
    "saeki", "attachment", SAEKI,
    ["ヘルシーネイチャー株式会社 販促課 今井様 <imai@healthy-nature.example.co.jp>"],
    "4/6 体験会の件（サンプル発送先）",
    """
今井様

お世話になっております。RISE FIT渋谷神南店の佐伯です。
先日の体験会ではプロテインの試飲ブースを出していただき、ありがとうございました。
参加者の方からも「飲みやすい」と好評でした。

お約束していたサンプル発送先の一覧を添付します。
アンケートで「サンプル希望」に丸をつけた方のみ抜き出しています。

発送のタイミングが決まりましたら教えてください。
引き続きよろしくお願いします。

""" + SIG_SAEKI,
    attachments=[att("体験会0406_サンプル希望者.xlsx", XLSX, """
[サンプル希望]
氏名	年齢	住所	電話番号	体脂肪率(測定)	入会意向
岩田 美咲	31	東京都渋谷区富ヶ谷1-38-2-402	090-4471-2083	28.4%	検討中
Tom Riley	42	東京都港区南青山6-7-14 青山ハイツ3F	080-3310-7729	24.1%	入会済
須藤 恵理	27	東京都世田谷区池尻3-19-8	070-2295-8134	26.9%	検討中
堀内 孝	55	東京都目黒区青葉台4-2-11-105	090-8823-0416	31.2%	なし
久保 なつき	36	東京都渋谷区上原2-44-7 上原コート201	080-5567-3390	29.8%	入会済
""")],
    personal=[("name", "岩田 美咲"), ("address", "東京都渋谷区富ヶ谷1-38-2-402"), ("phone", "090-4471-2083"),
              ("name", "堀内 孝"), ("phone", "090-8823-0416")]))

add(mail("hold", "id.mynumber_forward_tax",
    "The forwarded instructor mail carries her My Number and address, passed on to the tax accountant.",
    "onodera", "quoted", ONODERA,
    ["さくら通り税理士法人 佐野様 <sano@sakuradori-tax.example.jp>"],
    "Fw: マイナンバーの件（桐谷）",
    """
さくら通り税理士法人
佐野様

お世話になっております。ライズフィットの小野寺です。
支払調書作成用に、新規業務委託インストラクター1名分の個人番号を転送いたします。
残りの2名は回収でき次第お送りします。

よろしくお願いいたします。

""" + SIG_ONODERA + """
---------- 転送メッセージ ----------
差出人: 桐谷 玲奈 <reina.kiritani@gmail.com>
日付: 2024年4月3日 13:02
件名: マイナンバーの件
宛先: 小野寺 真由 <m.onodera@risefit.example.co.jp>

小野寺さま

お世話になっております。ヨガ担当の桐谷です。
ご依頼いただいたマイナンバーをお送りします。
通知カードを紛失してしまい、写真ではなく手入力で失礼します。

氏名：桐谷 玲奈
個人番号：3847 2915 0633
住所：東京都杉並区高円寺南4-27-3 メゾン高円寺102

よろしくお願いいたします。
桐谷
""",
    personal=[("name", "桐谷 玲奈"), ("mynumber", "3847 2915 0633"),
              ("address", "東京都杉並区高円寺南4-27-3 メゾン高円寺102")]))

add(mail("hold", "sensitive.member_cardiac_event_employer",
    "Tells a corporate member's HR that a named employee was taken to hospital with a suspected heart attack; health data about an identifiable person to his employer.",
    "saeki", "body", SAEKI,
    ["東都システム株式会社 人事部 健康推進G 坂口様 <sakaguchi.h@toto-system.example.co.jp>"],
    "法人会員ご利用者様の救急搬送について（ご報告）",
    """
東都システム株式会社
人事部 健康推進グループ
坂口様

いつも法人会員プランをご利用いただき、誠にありがとうございます。
RISE FIT渋谷神南店の佐伯でございます。

本日、貴社の法人会員カードでご利用中の方について、
ご報告すべき事案が発生いたしましたのでご連絡いたします。

・ご利用者：貴社 開発本部 高松 昭彦 様（法人会員番号 C-TS-0047）
・日時：4月9日（火）7時20分頃
・状況：ランニングマシン使用後、更衣室で胸の痛みを訴えられ座り込まれました。
　スタッフがAEDを準備し119番通報、7時35分に救急搬送されました。
　AEDは装着しましたが、電気ショックは不要との判定でした。
・搬送先：広尾記念病院
・その後：ご家族からのお電話で、急性心筋梗塞と診断され
　カテーテル治療を受けられたと伺っております。

ご家族様には当店からも状況をご説明済みです。
ご本人の私物（スーツ、鞄）は店舗でお預かりしております。
何かご不明な点がございましたら、佐伯の携帯までご連絡ください。

""" + SIG_SAEKI,
    personal=[("name", "高松 昭彦"), ("diagnosis", "急性心筋梗塞")]))

# ---------------------------------------------------------------- passes
add(mail("pass", "benign.gate_outage_report",
    "An IT outage report: 障害, 感染 and 隔離 refer to the gate system and malware checks, and the hash is a log value; no person is named.",
    "kuribayashi", "body", KURI,
    ["セキュアゲート株式会社 サポートセンター <support@securegate.example.co.jp>"],
    "【障害報告依頼】入館ゲート認証障害（4/3 6:00〜7:40 全12店舗）",
    """
セキュアゲート株式会社
サポートセンター ご担当者様

お世話になっております。ライズフィット本部 施設管理課の栗林です。
本日早朝に発生した入館ゲートの認証障害について、報告書の提出をお願いします。

1. 障害概要
 ・発生：4/3（水）6:00頃（開店直後）
 ・復旧：同日 7:40（手動で認証サーバーを再起動）
 ・影響：全12店舗で会員証QRの読み取り不可。スタッフが手動入館対応。
2. こちらで確認済みの事項
 ・ゲート端末のウイルス対策ソフトでスキャン済み、マルウェア感染の痕跡なし
 ・念のため渋谷神南店の端末1台はネットワークから隔離中
 ・サーバーログ該当行のハッシュ：
   sha256 9f3c1e77a2d04b58c61e0f92ab37d4e5c8a1f0263b9d7e45a6c2b18f0d3e9a74
3. ご回答いただきたい事項
 ・原因（証明書更新との関連の有無）
 ・再発防止策
 ・隔離中の端末を戻してよいかの判断

一次報告は4/5（金）までにいただけますと助かります。
よろしくお願いいたします。

""" + SIG_KURI))

add(mail("pass", "benign.equipment_order_serials",
    "Order and delivery confirmation with PO numbers, machine serials, JAN codes and the vendor's own corporate account; nothing personal.",
    "kuribayashi", "body", KURI,
    ["ジムテック株式会社 営業部 水野様 <mizuno@gymtech.example.co.jp>"],
    "Re: 恵比寿店 入替機器のお見積り（PO-2024-0318）",
    """
水野様

お世話になっております。栗林です。
お見積りの件、社内決裁が下りましたので正式に発注いたします。

発注番号：PO-2024-0318
納品先：RISE FIT恵比寿店（搬入は5/13 休館日 8:00〜）

品名                         数量  シリアル（旧機・引取）
トレッドミル TM-8 Pro         4    TM8-2207-004512 / 004513 / 004519 / 004520
エアロバイク AB-5             2    AB5-1911-000882 / 000884
ストレッチポール（JAN 4580312648127） 10
フォームローラー（JAN 4580312648134） 10

旧機4台の引取り・リサイクル証明書の発行もお願いします。

お支払いは請求書記載の口座
（みずなみ銀行 本店営業部 当座 0823144 ジムテック（カ））へ
5月末締め翌月末払いでお振込みいたします。

引き続きよろしくお願いいたします。

""" + SIG_KURI,
    cc=["ジムテック株式会社 業務課 <gyomu@gymtech.example.co.jp>"]))

add(mail("pass", "benign.corporate_usage_aggregate",
    "Monthly usage report for a corporate member's 健康経営 programme, aggregated by department and age band with no names.",
    "onodera", "attachment", ONODERA,
    ["東都システム株式会社 人事部 健康推進G 坂口様 <sakaguchi.h@toto-system.example.co.jp>"],
    "法人会員プラン 3月度ご利用状況レポート",
    """
東都システム株式会社
人事部 健康推進グループ　坂口様

いつもお世話になっております。ライズフィットの小野寺でございます。
3月度の法人会員プランご利用状況をお送りいたします。

今月は「健康経営優良法人」の申請資料にお使いいただけるよう、
部署別・年代別の集計を追加しております。個人別の利用履歴は含めておりません。

・登録者数：142名（前月比＋6名）
・月1回以上利用者：88名（利用率62.0%）
・平均利用回数：月5.3回

来期の補助制度のご検討にお役立ていただければ幸いです。

""" + SIG_ONODERA,
    attachments=[att("東都システム様_202403_利用集計.csv", "text/csv", """
区分,項目,登録者数,利用者数,利用率,延べ利用回数
部署,開発本部,61,39,63.9%,214
部署,営業本部,38,21,55.3%,96
部署,管理本部,27,19,70.4%,113
部署,その他,16,9,56.3%,43
年代,20代,34,25,73.5%,151
年代,30代,47,30,63.8%,162
年代,40代,39,21,53.8%,98
年代,50代以上,22,12,54.5%,55
合計,,142,88,62.0%,466
""")]))

add(mail("pass", "benign.successor_introduction",
    "A successor introduction to a vendor with names, titles and a long signature; business contact data only.",
    "saeki", "body", SAEKI,
    ["ジムテック株式会社 営業部 水野様 <mizuno@gymtech.example.co.jp>"],
    "副店長交代のご挨拶（渋谷神南店）",
    """
ジムテック株式会社
営業部　水野様

いつも大変お世話になっております。RISE FIT渋谷神南店の佐伯です。

4月1日付の人事異動で、副店長の長尾が横浜みなとみらい店の店長に着任し、
後任として大宮店から来た岡崎 遼が渋谷神南店の副店長になりました。
機器の日常点検や故障連絡は、今後は主に岡崎から差し上げることになります。

岡崎はフリーウエイトの知識が豊富で、大宮店ではラックの入替も担当していました。
近々、店舗で一度ご挨拶させていただければと思います。
水野様のご都合のよい日時をいくつかいただけますでしょうか。

長尾には在任中、大変お世話になりました。引き続き横浜でもよろしくお願いいたします。

（CCに岡崎を入れております）

""" + SIG_SAEKI,
    cc=["岡崎 遼 <okazaki.r@risefit.example.co.jp>"]))

add(mail("pass", "benign.instructor_own_fee_statement",
    "A freelance instructor's own fee statement sent to herself, with the bank account masked.",
    "onodera", "body", ONODERA,
    ["安西 ひかり <hikari.anzai.yoga@gmail.com>"],
    "3月分 業務委託報酬のお支払いについて",
    """
安西 ひかり様

いつもレッスンをご担当いただきありがとうございます。
ライズフィット会員サービス部の小野寺です。

3月分の報酬が確定しましたのでご連絡いたします。

　担当本数：28本（渋谷神南店 16本／恵比寿店 12本）
　報酬額（税込）：169,620円
　源泉徴収税額：17,320円
　お振込額：152,300円
　お振込予定日：4月10日（水）
　お振込先：ゆうちょ銀行 〇一八店 普通 ****718

ご登録の口座から変更がある場合は、4月5日までにお知らせください。
支払明細書（PDF）はインストラクター用マイページにも掲載しております。

今後ともよろしくお願いいたします。

""" + SIG_ONODERA))

members_bcc = [
    "平野 さくら <sakura.hirano0721@gmail.com>", "山口 健 <ken_yamaguchi@yahoo.co.jp>",
    "Olivia Chen <olivia.chen.tokyo@outlook.com>", "田上 美穂 <miho.tagami@gmail.com>",
    "遠藤 紗希 <saki.endo.1990@gmail.com>", "木下 智子 <tomoko_kinoshita@yahoo.co.jp>",
    "長谷川 舞 <mai.hasegawa.run@gmail.com>", "藤井 恵 <megumi.fujii@outlook.com>",
    "石原 由香 <yuka.ishihara.shibuya@gmail.com>", "菅野 理恵 <rie_kanno@yahoo.co.jp>",
    "大塚 花 <hana.otsuka.yoga@gmail.com>", "三宅 結衣 <yui.miyake@gmail.com>",
    "Emma Wilson <emma.wilson.jp@outlook.com>", "浜田 千夏 <chinatsu_hamada@yahoo.co.jp>",
    "桑原 綾 <aya.kuwabara@gmail.com>", "秋元 瞳 <hitomi.akimoto@gmail.com>",
    "今村 彩 <aya_imamura@yahoo.co.jp>", "小池 真央 <mao.koike@gmail.com>",
    "川上 優子 <yuko.kawakami@outlook.com>", "樋口 七海 <nanami.higuchi@gmail.com>",
    "野村 加奈 <kana.nomura.fit@gmail.com>", "森 恭子 <kyoko_mori@yahoo.co.jp>",
]
add(mail("pass", "benign.class_cancel_bcc",
    "Class-cancellation notice to 22 members placed correctly in BCC; the instructor is only said to be 体調不良, with no diagnosis.",
    "saeki", "recipients", SAEKI,
    ["RISE FIT 渋谷神南店 <shibuya-jinnan@risefit.example.co.jp>"],
    "【休講のお知らせ】4/11（木）10:30 ヨガベーシック",
    """
会員の皆さま

いつもRISE FIT渋谷神南店をご利用いただき、ありがとうございます。
4/11（木）10:30〜のヨガベーシックにご予約いただいている皆さまへのご連絡です。

担当インストラクターの体調不良により、代行の手配がつかなかったため、
誠に申し訳ございませんが当該クラスは休講とさせていただきます。

・ご予約は自動でキャンセル扱いとなります（ペナルティはかかりません）
・同日 12:00〜のストレッチ＆リラックスは通常どおり開講します
・振替受講チケットを1枚、会員アプリに付与いたしました（5月末まで有効）

直前のご連絡となり、ご迷惑をおかけして申し訳ございません。
今後ともRISE FITをよろしくお願いいたします。

""" + SIG_SAEKI,
    bcc=members_bcc))

add(mail("pass", "benign.product_names_katakana",
    "A supplement order whose product names (サクラ, ハルカ, ケンタ) and the supplier's surname-based company name look like people but are products.",
    "saeki", "body", SAEKI,
    ["株式会社松岡フーズ 営業部 大谷様 <otani@matsuoka-foods.example.co.jp>"],
    "5月分 店頭販売用プロテイン発注（渋谷神南店）",
    """
株式会社松岡フーズ
営業部　大谷様

いつもお世話になっております。RISE FIT渋谷神南店の佐伯です。
5月分の店頭販売用商品を下記のとおり発注いたします。

・ホエイプロテイン「サクラ」いちごミルク味 1kg ×12
・ソイプロテイン「ハルカ」抹茶味 1kg ×8
・プロテインバー「ケンタ」チョコ（24本入）×6
・BCAA「ミナト」グレープ 500g ×5

「ハルカ」は先月ほぼ完売しましたので、2ケース増やしています。
「ケンタ」の新フレーバー（キャラメル）が出たらサンプルをいただけますか。

納品は5/1（水）午前中希望です。
請求書はいつもどおり本部経理宛てにお願いします。

""" + SIG_SAEKI))

add(mail("pass", "benign.insurance_renewal_policy",
    "Renewal of the club's facility-liability policy with policy and 法人番号 numbers and store addresses; company data only.",
    "kuribayashi", "body", KURI,
    ["あおば損害保険 法人営業第三課 森川様 <morikawa@aoba-sonpo.example.co.jp>"],
    "施設賠償責任保険 更新手続きについて（証券番号 AB-2204-118374）",
    """
あおば損害保険株式会社
法人営業第三課　森川様

お世話になっております。ライズフィット施設管理課の栗林です。
標記保険の更新について、ご依頼の情報をお送りします。

■契約者：株式会社ライズフィット（法人番号 6010401098765）
■証券番号：AB-2204-118374（満期 2024/5/31）
■対象施設：12店舗 → 13店舗（6月に新店追加）
　新店：RISE FIT 中目黒店
　所在地：東京都目黒区上目黒2-5-18 中目黒テラス2F
　延床面積：1,120㎡　開業予定：2024/6/15
■昨年度の事故件数：4件（うち保険金請求 2件）

新店分の追加保険料と、免責金額を5万円→10万円に変更した場合の
保険料差額もあわせてお見積りいただけますでしょうか。

5/10頃までにいただけると社内稟議に間に合います。
よろしくお願いいたします。

""" + SIG_KURI))

add(mail("pass", "benign.plain_zip_layout",
    "A plain, unencrypted zip with the new store's machine layout; equipment positions only.",
    "kuribayashi", "zip", KURI,
    ["株式会社アトリエ内装 設計部 坂井様 <sakai@atelier-naiso.example.co.jp>"],
    "中目黒店 マシン配置図（最新版）",
    """
坂井様

お世話になっております。栗林です。
先日の打合せで修正した中目黒店のマシン配置をお送りします。
zipにCSVと配置図のメモを入れています（パスワードはかけていません）。

主な変更：
・トレッドミルを窓側に1列（8台）に変更
・フリーウエイトエリアのラバー床を+12㎡
・ストレッチエリアの柱まわりに鏡を追加

床補強が必要な箇所（パワーラック周り）をご確認いただけますと幸いです。

""" + SIG_KURI,
    attachments=[
        att("中目黒店_配置.zip/machine_layout.csv", "text/csv", """
エリア,機器,型番,台数,X(mm),Y(mm),重量(kg),電源
カーディオ,トレッドミル,TM-8 Pro,8,1200,600,180,200V
カーディオ,エアロバイク,AB-5,6,1200,5200,65,100V
ウエイト,パワーラック,PR-300,3,9800,800,240,なし
ウエイト,ダンベルラック,DR-12,2,9800,4200,310,なし
ストレッチ,マット,—,10,14500,1000,2,なし
"""),
        att("中目黒店_配置.zip/memo.txt", "text/plain", """
中目黒店 配置メモ 2024/04/08 栗林
・パワーラック下は床補強要確認（積載 500kg/㎡ 目標）
・トレッドミル列の後方クリアランス2,000mm確保
・200V電源は窓側に8口
"""),
    ]))

add(mail("pass", "benign.campaign_meeting_chain",
    "A reply chain on a spring campaign among six visible addresses from two companies, heavy with staff names and signatures but no customer data.",
    "onodera", "quoted", ONODERA,
    ["株式会社プランニングハウス 杉浦様 <sugiura@planning-house.example.co.jp>",
     "株式会社プランニングハウス 和田様 <wada.k@planning-house.example.co.jp>",
     "株式会社プランニングハウス 大森様 <omori@planning-house.example.co.jp>"],
    "Re: Re: 夏の入会キャンペーン 打合せ日程",
    """
杉浦様、和田様、大森様

お世話になっております。小野寺です。
日程のご調整ありがとうございます。4/17（水）15:00〜で確定とさせてください。
場所は弊社本部8F会議室、当社からは私と佐伯、栗林の3名が出席します。

佐伯からは店頭POPの掲出スペース、栗林からは館内サイネージの仕様を
ご説明する予定です。

""" + SIG_ONODERA + """
> 2024/04/09 11:20 杉浦 <sugiura@planning-house.example.co.jp>:
> 小野寺様
> 先ほどの候補のうち、弊社は17日15時、18日10時のどちらも可能です。
> 和田がクリエイティブ、大森がWeb広告を担当いたします。
> ----
> 株式会社プランニングハウス 第二営業部 杉浦 雅人
> TEL 03-3561-2207
>
>> 2024/04/08 18:05 小野寺 真由 <m.onodera@risefit.example.co.jp>:
>> 杉浦様
>> 夏の入会キャンペーン（6/1〜7/31）のキックオフを下記いずれかでお願いできますか。
>> ・4/17（水）15:00〜 ・4/18（木）10:00〜
>> 昨年の実績（入会数 1,240件、CPA 8,900円）は当日資料でお持ちします。
""",
    cc=["佐伯 拓海 <saeki.t@risefit.example.co.jp>", "栗林 健吾 <kuribayashi.k@risefit.example.co.jp>"]))
