# Org B: 株式会社ヴァイタルパーク (fitness club chain "VITAL PARK 24")
from common import mail, att, enc_zip, PDF, CSV, XLSX, ZIP, DOCX

ORG = "B"
D = "vitalpark.example.jp"
MORISHITA = f"森下 彩花 <morishita@{D}>"
OGINO = f"荻野 剛 <ogino@{D}>"
KITAGAWA = f"北川 拓真 <kitagawa@{D}>"

SIG_MORISHITA = f"""
――――――――――――――――
株式会社ヴァイタルパーク　会員サービス部
森下 彩花（Ayaka Morishita）
〒150-0043 東京都渋谷区道玄坂1-20-8 VPビル5F
TEL 03-5459-7710／FAX 03-5459-7719
morishita@{D}
VITAL PARK 24 ― 24時間、あなたのペースで。
――――――――――――――――
"""

SIG_OGINO = f"""
*************************************
株式会社ヴァイタルパーク
パーソナルトレーニング事業部 マネージャー
荻野 剛（Tsuyoshi Ogino）
NSCA-CSCS／JATI-ATI／健康運動指導士
〒150-0043 東京都渋谷区道玄坂1-20-8 VPビル5F
TEL 03-5459-7712（直通）　携帯 070-2281-6630
ogino@{D}
パーソナルトレーニングのご予約：https://pt.{D}/
*************************************
"""

SIG_KITAGAWA = f"""
--
VITAL PARK 24 新宿御苑店
店長　北川 拓真
〒160-0022 東京都新宿区新宿1-9-4 御苑前スクエアB1F
TEL 03-6380-4121
kitagawa@{D}
"""


def build():
    out = []

    # 1 pass aggregate report
    out.append(mail(ORG, "morishita", "pass", "benign.aggregate_health",
        "Usage and health-programme results for a health-insurance society are aggregates only; no member can be identified.",
        MORISHITA, ["保健事業課 上野 恭子 <k.ueno@toto-it-kenpo.example.or.jp>"],
        "2023年度 法人契約ご利用実績のご報告",
        f"""
東都IT健康保険組合
保健事業課　上野 様

いつもお世話になっております。ヴァイタルパーク会員サービス部の森下です。
2023年度（2023年4月～2024年3月）の法人契約ご利用実績をまとめましたのでご報告いたします。

■ご利用状況（全店舗合計）
　登録被保険者数　　　　　1,284名
　期間中に1回以上利用　　　　742名（57.8%）
　月平均来館回数　　　　　　5.3回／人
　最多利用店舗　　　　　　　新宿御苑店（全体の31%）

■特定保健指導対象者向け「12週間リセットプログラム」
　参加者　　　　　37名
　完了者　　　　　31名（完了率 83.8%）
　平均体重変化　　-2.1kg
　平均腹囲変化　　-3.4cm
　※個人別の測定値は、ご本人の同意書の範囲内で各人にのみお返ししております。

詳細版（店舗別・月別）はPDFにて後日お送りします。
来年度の契約条件について、6月中にお打合せのお時間をいただけますと幸いです。
{SIG_MORISHITA}"""))

    # 2 hold body sensitive.health
    out.append(mail(ORG, "ogino", "hold", "sensitive.health",
        "A member's surgery history, diabetes, HbA1c and emergency contact go to an external freelance trainer's private address.",
        OGINO, ["中川 翔 <sho.nakagawa.trainer@gmail.com>"],
        "新規パーソナル担当のお願い（6月開始・新宿御苑店）",
        f"""
中川さん

お疲れさまです、荻野です。
6月から新宿御苑店で新しくパーソナルを担当してもらいたい会員さんがいます。
事前に以下を頭に入れておいてください。

【会員情報】
　高橋 美咲 様（42歳・女性）会員番号 VP-118402
　ご希望：週1回・火曜19時～、体力づくりと減量（-5kg）
【既往歴・注意事項（カウンセリングシートより）】
　・2023年2月に腰椎椎間板ヘルニア（L4/5）の手術。前屈・高重量のデッドリフトは当面NG
　・2型糖尿病で服薬中。前回健診で HbA1c 7.8%。低血糖に注意、補食のブドウ糖を必ず携帯
　・主治医（代々木スポーツ整形外科）の許可範囲：中強度まで
【緊急連絡先】
　夫：高橋 亮介 様　090-7204-5581

初回はカウンセリングと姿勢評価だけにして、負荷はかけないでください。
プログラム案ができたら、開始前に一度見せてもらえると助かります。
{SIG_OGINO}""",
        loc="body",
        personal=[("name", "高橋 美咲"), ("diagnosis", "腰椎椎間板ヘルニア"),
                  ("diagnosis", "2型糖尿病"), ("test_result", "HbA1c 7.8%"),
                  ("phone", "090-7204-5581")]))

    # 3 pass IT outage
    out.append(mail(ORG, "kitagawa", "pass", "benign.it_outage",
        "'障害', '感染' and '隔離' refer to an entry-gate outage and a network check; the log lines carry device IDs and hashes, not personal IDs.",
        KITAGAWA, ["ゲートテック サポートセンター <support@gatetech.example.co.jp>"],
        "【至急】新宿御苑店 入館ゲート障害の件（受付番号 GT-240604-017）",
        f"""
株式会社ゲートテック
サポートセンター ご担当者様

VITAL PARK 24 新宿御苑店の北川です。
本日 5:40 頃から、入館ゲート2台のうち1台（GATE-02）で会員証の読み取りができない障害が続いています。

■状況
　・GATE-01 は正常。GATE-02 のみ「ERR 31」を表示して開かない
　・再起動2回実施 → 改善なし
　・本部情シスの確認では、ウイルス感染の兆候はなし。念のため GATE-02 をネットワークから隔離しています
■コントローラのログ（抜粋）
　2024-06-04 05:41:12 GATE-02 READER_TIMEOUT dev=GT-RD-7730-0912
　2024-06-04 05:41:13 GATE-02 FW_CHECK sha1=9c2e71f04ab38d5e6610c7a2f93b1d8e04c57a21
　2024-06-04 05:43:57 GATE-02 ERR 31 (auth module not responding)

早朝・夜間の無人時間帯は1台運用だと混雑するため、本日中の訪問修理をお願いできますでしょうか。
店舗には 10:00～22:00 の間スタッフがおります。
{SIG_KITAGAWA}"""))

    # 4 hold attachment list.roster
    out.append(mail(ORG, "morishita", "hold", "list.roster",
        "The body is a short cover note. The XLSX roster lists participants with birth dates, mobile numbers and emergency contacts.",
        MORISHITA, ["運営事務局 和田 <wada@runwave.example.co.jp>"],
        "代々木ファンラン 参加者名簿の送付",
        f"""
株式会社ランウェーブ
運営事務局　和田 様

お世話になっております。ヴァイタルパークの森下です。
6月23日の「VITAL PARK × 代々木ファンラン」の参加者名簿（6月10日締め切り時点）をお送りします。
ゼッケンとTシャツの手配をお願いいたします。

追加申込みがあった場合は、前週の金曜までに差分をお送りします。
{SIG_MORISHITA}""",
        loc="attachment",
        attachments=[att("参加者名簿_代々木ファンラン_0610.xlsx", XLSX, """
[参加者]
No	氏名	フリガナ	生年月日	携帯電話	緊急連絡先（続柄・電話）	Tシャツ	距離
1	青木 瑞穂	アオキ ミズホ	1991/04/12	080-3318-2275	母・03-3712-0846	S	5km
2	井上 大輔	イノウエ ダイスケ	1983/11/02	090-6642-1903	妻・090-1187-3350	L	10km
3	遠藤 真由	エンドウ マユ	1996/07/28	070-2915-6604	父・048-932-1178	M	5km
4	岡田 悠真	オカダ ユウマ	1978/01/19	090-4480-7712	妻・080-5526-9031	XL	10km
5	片山 玲子	カタヤマ レイコ	1969/09/30	080-1209-4457	長男・090-3374-2218	M	5km
6	菊池 航	キクチ ワタル	2001/03/05	070-8823-1160	母・0466-23-5519	M	10km
7	佐藤 奈央	サトウ ナオ	1988/12/14	090-2756-0381	夫・090-6613-4725	S	5km
""")],
        personal=[("name", "青木 瑞穂"), ("birthdate", "1991/04/12"), ("phone", "080-3318-2275"),
                  ("name", "岡田 悠真"), ("phone", "090-4480-7712"), ("name", "片山 玲子")]))

    # 5 pass data subject
    out.append(mail(ORG, "ogino", "pass", "benign.data_subject",
        "A member's own body-composition figures and back-pain notes are sent only to the member himself.",
        OGINO, ["渡部 慎也 <shinya.watabe@gmail.com>"],
        "3か月目の測定結果と今後のプランについて",
        f"""
渡部 慎也 様

いつもトレーニングお疲れさまです。荻野です。
先週土曜の測定結果をお送りしますね。

　　　　　　　　開始時（3月）　→　今回（6月）
　体重　　　　　84.6kg　　　　→　79.9kg
　体脂肪率　　　27.8%　　　　 →　22.4%
　骨格筋量　　　33.1kg　　　　→　33.9kg
　安静時心拍　　78bpm　　　　 →　69bpm

3か月で-4.7kg、しかも筋肉量は増えています。本当に素晴らしいです！
気にされていた腰の張りも、最近はセッション中に出ていないとのことで安心しました。
引き続き、デッドリフトはトラップバーで、腰に違和感がある日は必ず教えてください。

次の3か月は「体脂肪率20%切り」と「ハーフマラソン完走」を目標にしましょう。
7月からは週2回のうち1回をランニングフォームの練習に充てる案を考えています。
次回セッション（6月15日 10:00）で詳しくご説明します。
{SIG_OGINO}"""))

    # 6 pass katakana product names + JAN codes
    out.append(mail(ORG, "ogino", "pass", "benign.product_codes",
        "Katakana product names that look like given names and 13-digit JAN codes in a supplement order.",
        OGINO, ["受注センター <order@nutriforce.example.co.jp>"],
        "7月納品分 プロテイン・サプリ発注書",
        f"""
株式会社ニュートリフォース
受注センター 御中

いつもお世話になっております。ヴァイタルパークの荻野です。
7月納品分を下記のとおり発注いたします。納品先は前回と同じく各店舗直送でお願いします。

品名　　　　　　　　　　　　　　JANコード　　　　ケース数
ミオ ホエイ チョコ 1kg　　　　　4580217360145　　12
ミオ ホエイ ストロベリー 1kg　　4580217360152　　 8
サクラ ソイプロテイン 900g　　　4580217360268　　10
レナ コラーゲンドリンク 30本入　4580217360374　　 6
カイ BCAA グレープ 500g　　　　4580217360480　　 5

・「レナ」は6月末で旧パッケージ終売と伺っていますので、新パッケージでお願いします
・「カイ」は新宿御苑店と中野店のみで結構です

納期が厳しいものがありましたらご連絡ください。
{SIG_OGINO}"""))

    # 7 hold quoted sensitive.health (incident report to insurer)
    out.append(mail(ORG, "kitagawa", "hold", "sensitive.health",
        "The body is a neutral cover to the liability insurer. The forwarded incident report names the member, the fracture and her epilepsy history.",
        KITAGAWA, ["東亜損害保険 事故受付 <jiko-uketsuke@toa-sonpo.example.co.jp>"],
        "Fw: 施設内事故報告（6/2 新宿御苑店）",
        f"""
東亜損害保険株式会社
事故受付センター ご担当者様

お世話になっております。ヴァイタルパーク新宿御苑店の北川です。
先日お電話でご相談した施設賠償責任保険の件、店舗スタッフが作成した事故報告を下記に転送いたします。
今後の手続きについてご案内いただけますと幸いです。
（証券番号：SB-5520931）
{SIG_KITAGAWA}
----- Forwarded message -----
From: 西田 光 <nishida@{D}>
To: 北川 拓真 <kitagawa@{D}>
Date: 2024/06/02 20:48
Subject: 事故報告

北川店長

本日の事故について報告します。

発生日時：6月2日（日）18:25頃
場所：フリーウェイトエリア、ストレッチマット付近
会員：松井 奈緒子 様（会員番号 VP-104977、36歳）
状況：ストレッチ中に急に意識を失って転倒、右手をついた際に手首を強打。
　　　意識は1分ほどで回復。ご本人によると、てんかんの持病があり、今日は薬を飲み忘れていたとのこと。
対応：救急要請、東京医大病院へ搬送。夜にご主人から連絡があり、右橈骨遠位端骨折で手術予定とのこと。
床の状態：濡れ・段差なし。マットのずれもなし。

西田
""",
        loc="quoted",
        personal=[("name", "松井 奈緒子"), ("diagnosis", "てんかん"),
                  ("diagnosis", "右橈骨遠位端骨折")]))

    # 8 hold subject id.card
    out.append(mail(ORG, "morishita", "hold", "id.card",
        "A member's name and full card number are in the subject line; the body says only that a retry is requested.",
        MORISHITA, ["加盟店サポート <merchant-support@paylink.example.co.jp>"],
        "会員 村田 俊之様 カード番号4917 8230 6415 5277 継続課金エラーの件",
        f"""
株式会社ペイリンク
加盟店サポート ご担当者様

いつもお世話になっております。ヴァイタルパーク会員サービス部の森下です。

標記の件、6月分の月会費の継続課金が「与信エラー（G12）」で通っておりません。
会員様ご本人からは「カード会社に確認したところ問題ない」とのご連絡をいただいております。
お手数ですが、本日中に再オーソリをお願いできますでしょうか。

加盟店ID：VP-MER-00417
対象取引：2024年6月1日 月会費 8,580円
{SIG_MORISHITA}""",
        loc="subject",
        personal=[("name", "村田 俊之"), ("card", "4917 8230 6415 5277")]))

    # 9 pass machine serial numbers
    out.append(mail(ORG, "kitagawa", "pass", "benign.serials",
        "Machine serial numbers and a repair request; '障害' refers to a display fault.",
        KITAGAWA, ["テクノフィット 保守窓口 <service@technofit.example.co.jp>"],
        "トレッドミル修理のご依頼（新宿御苑店）",
        f"""
テクノフィット株式会社
保守窓口 ご担当者様

VITAL PARK 24 新宿御苑店の北川です。
保守契約（契約番号 MF-2022-0381）に基づき、下記2台の修理をお願いいたします。

　① 機種 TF-T900　製造番号 TF-T900-2208114
　　症状：走行中にベルトが一瞬止まる（1日に数回）。エラー表示なし
　② 機種 TF-T900　製造番号 TF-T900-2208131
　　症状：表示パネルの障害。速度表示が欠ける、タッチが反応しない箇所あり

いずれも「使用中止」の貼り紙をして停止しています。
訪問可能な日程を2～3候補いただけますと助かります。
{SIG_KITAGAWA}"""))

    # 10 hold encrypted zip
    out.append(mail(ORG, "morishita", "hold", "attachment.encrypted_zip",
        "Member data for a system migration sent as a password-protected zip (PPAP).",
        MORISHITA, ["導入支援チーム 長谷部 <hasebe@cloudmembers.example.com>"],
        "会員データ移行用ファイルの送付（第2回テスト）",
        f"""
クラウドメンバーズ株式会社
導入支援チーム　長谷部 様

お世話になっております。ヴァイタルパークの森下です。
第2回移行テスト用の会員データを添付にてお送りします。
前回ご指摘いただいた文字コード（UTF-8 BOMなし）と日付形式は修正済みです。

ZIPのパスワードは、この後別メールでお送りします。
取込結果のレポートをお待ちしております。
{SIG_MORISHITA}""",
        loc="zip",
        attachments=[enc_zip("member_migration_test2.zip")]))

    # 11 hold too many visible recipients
    to11 = [
        "総務部 岡本 由香 <y.okamoto@shinjuku-denshi.example.co.jp>",
        "人事部 斎藤 隼人 <h.saito@gyoen-design.example.co.jp>",
        "福利厚生担当 小川 恵 <m.ogawa@yotsuya-kensetsu.example.co.jp>",
        "総務課 北村 学 <kitamura@s-medical-supply.example.co.jp>",
        "人事総務部 平野 千春 <c.hirano@newwave-soft.example.com>",
        "総務部 三浦 賢 <k.miura@tokyo-foods.example.co.jp>",
        "管理部 宇野 沙織 <uno@aoyama-pr.example.co.jp>",
        "総務 石田 圭 <k.ishida@shinjuku-law.example.jp>",
        "人事部 桑原 美紀 <kuwabara@metro-insurance-agency.example.co.jp>",
        "総務部 堤 浩一 <tsutsumi@nishishinjuku-trading.example.co.jp>",
        "人事課 村上 彩 <a.murakami@sendagaya-clinic.example.jp>",
        "管理本部 永井 大地 <d.nagai@gaien-holdings.example.co.jp>",
    ]
    out.append(mail(ORG, "kitagawa", "hold", "recipients.too_many_visible",
        "An invitation to 12 corporate-member contacts from 12 different companies, all visible in To instead of BCC.",
        KITAGAWA, to11,
        "【法人会員様ご招待】新宿御苑店リニューアル内覧会のご案内",
        f"""
法人会員ご担当者様

平素よりVITAL PARK 24をご利用いただき、誠にありがとうございます。
新宿御苑店 店長の北川でございます。

このたび新宿御苑店は、約1か月の改装工事を経て7月1日にリニューアルオープンいたします。
オープンに先立ち、法人会員ご担当者様向けの内覧会を下記のとおり開催いたします。

　日時：6月27日（木）17:00～20:00（入退場自由）
　会場：VITAL PARK 24 新宿御苑店
　内容：新設の暗闇バイクスタジオ・リカバリーゾーンの体験、法人向け新プランのご説明
　※軽食・ドリンクをご用意しております

ご出席の可否を6月20日までにご返信いただけますと幸いです。
皆様のお越しを心よりお待ちしております。
{SIG_KITAGAWA}""",
        loc="recipients"))

    # 12 pass invoice with corporate account and masked card
    out.append(mail(ORG, "morishita", "pass", "benign.corporate_account",
        "Corporate-member invoice with the club's own corporate account and a masked card; the client name contains a surname.",
        MORISHITA, ["経理部 杉本 <sugimoto@fujita-sekkei.example.co.jp>"],
        "法人会員費 7月分ご請求書の送付（株式会社フジタ設計様）",
        f"""
株式会社フジタ設計
経理部　杉本 様

いつもお世話になっております。ヴァイタルパーク会員サービス部の森下です。
7月分の法人会員費のご請求書をお送りいたします。

　ご請求金額：198,000円（税込）
　内訳　　　：法人プラン 30アカウント × 6,000円 ＋ 消費税
　お支払期限：2024年7月31日

【お振込先】
　渋谷みらい銀行　道玄坂支店　当座 0284419
　口座名義：カ）ヴァイタルパーク

なお、8月分からカード払いへの切替えをご希望と伺っております。
ご登録予定のコーポレートカード（**** **** **** 2019）の登録用フォームを後日お送りします。
{SIG_MORISHITA}""",
        attachments=[att("請求書_VP-INV-240701-088.pdf", PDF, """
請求書　VP-INV-240701-088
株式会社フジタ設計 御中
法人プラン（30アカウント）2024年7月分　180,000円
消費税（10%）　18,000円
合計　198,000円
振込先：渋谷みらい銀行 道玄坂支店 当座 0284419 カ）ヴァイタルパーク
株式会社ヴァイタルパーク　登録番号 T6011001077231
""")]))

    # 13 hold body id.bank_account
    out.append(mail(ORG, "ogino", "hold", "id.bank_account",
        "Two freelance trainers' private bank accounts and addresses are sent to an outside accounting firm.",
        OGINO, ["税理士法人みなと会計 給与計算チーム <payroll@minato-kaikei.example.jp>"],
        "業務委託トレーナー 報酬振込先の新規登録（2名）",
        f"""
税理士法人みなと会計
給与計算チーム ご担当者様

いつもお世話になっております。ヴァイタルパークの荻野です。
6月から業務委託契約を開始するトレーナー2名の報酬振込先をお知らせします。
6月末締め・7月10日払いの分から反映をお願いいたします。

① 中川 翔（ナカガワ ショウ）
　住所：東京都世田谷区太子堂3-27-9 ハイツ三軒茶屋202
　振込先：東京シティ信用金庫 三軒茶屋支店 普通 4471902

② 宮下 莉子（ミヤシタ リコ）
　住所：神奈川県川崎市中原区新丸子町741-5
　振込先：ゆうちょ銀行 〇一八店 普通 7236614

源泉徴収は両名とも「報酬・料金」区分での対応でお願いします。
{SIG_OGINO}""",
        loc="body",
        personal=[("name", "中川 翔"), ("address", "東京都世田谷区太子堂3-27-9 ハイツ三軒茶屋202"),
                  ("bank_account", "普通 4471902"), ("name", "宮下 莉子"),
                  ("bank_account", "普通 7236614")]))

    # 14 pass minutes with partner clinic
    out.append(mail(ORG, "ogino", "pass", "benign.minutes",
        "Minutes of a regular meeting with a partner clinic: staff names and referral counts only, no patient or member is identified.",
        OGINO, ["代々木スポーツ整形外科 事務長 原 <hara@yoyogi-sports-clinic.example.jp>"],
        "6月定例ミーティング 議事録の送付",
        f"""
代々木スポーツ整形外科
事務長　原 様
（cc：理学療法科 杉山先生）

先日はお時間をいただきありがとうございました。
6月定例ミーティングの議事録をお送りします。修正があればお知らせください。

＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日時：2024年6月6日（木）19:00～20:00
場所：代々木スポーツ整形外科 2F会議室
出席：
　［クリニック］原 事務長、杉山 理学療法士長、坂口 理学療法士
　［ヴァイタルパーク］荻野、北川（新宿御苑店）

1. 5月の連携実績
　・クリニック → VP（リハビリ後の運動継続）紹介：7件
　・VP → クリニック（受診勧奨）：3件
　・いずれも個人情報は紹介状（本人持参）のみで授受、メールでの送付なし を再確認
2. 7月の合同セミナー「膝を守るトレーニング」
　・7/20（土）14:00～、VP新宿御苑店スタジオ、定員20名
　・講師：杉山先生（座学30分）、荻野（実技45分）
3. 次回：7月4日（木）19:00～
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
{SIG_OGINO}""",
        cc=["杉山 大樹 <sugiyama@yoyogi-sports-clinic.example.jp>", KITAGAWA]))

    # 15 hold attachment personal.complaint
    out.append(mail(ORG, "kitagawa", "hold", "personal.complaint",
        "The body asks the cleaning contractor to check; the attached complaint form gives the member's full name, address, phone and email.",
        KITAGAWA, ["クリーンスター 新宿営業所 <shinjuku@cleanstar.example.co.jp>"],
        "女性更衣室の清掃についてのご確認",
        f"""
株式会社クリーンスター
新宿営業所 ご担当者様

いつもお世話になっております。VITAL PARK 24 新宿御苑店の北川です。
先週、女性更衣室の清掃状況について会員様からご意見をいただきました。
受付票を添付しますので、該当時間帯の作業状況をご確認いただけますでしょうか。
ご回答は今週中にいただけますと助かります。
{SIG_KITAGAWA}""",
        loc="attachment",
        attachments=[att("苦情受付票_20240605.docx", DOCX, """
ご意見・苦情受付票　　受付No. GY-2406-012
受付日時：2024年6月5日 21:10　受付者：西田
会員氏名：長尾 紗英 様（会員番号 VP-121558）
住所：東京都新宿区四谷4-31-2 グランシャリオ四谷608
電話：080-6019-2247
メール：sae.nagao.0718@gmail.com
内容：6/5 20時頃、女性更衣室のシャワーブース2か所の排水口に髪の毛が溜まっており、床も滑りやすかった。
　　　先月も同じことがあった。改善されない場合は退会も考えている。
　　　対応結果をメールで連絡してほしい。
""")],
        personal=[("name", "長尾 紗英"), ("address", "東京都新宿区四谷4-31-2 グランシャリオ四谷608"),
                  ("phone", "080-6019-2247"), ("email", "sae.nagao.0718@gmail.com")]))

    # 16 pass project mail with 6 visible addresses from 2 companies + plain zip
    out.append(mail(ORG, "ogino", "pass", "benign.project_small_group",
        "A photo-shoot project mail with 6 visible addresses from 2 partner companies and an unencrypted zip of location photos.",
        OGINO,
        ["白石 遥 <shiraishi@studio-lumen.example.co.jp>", "根本 拓 <nemoto@studio-lumen.example.co.jp>",
         "安田 里美 <yasuda@studio-lumen.example.co.jp>"],
        "7/9 パーソナルトレーニング広告撮影 ロケハン写真と香盤表",
        f"""
スタジオルーメン 白石様、根本様、安田様
アドブリッジ 松下様、増田様、小島様

お世話になっております。ヴァイタルパークの荻野です。
先日のロケハン写真と、当日の香盤表（案）をZIPでお送りします。
（パスワードはかけておりません）

・撮影場所：新宿御苑店 パーソナルエリア、ストレッチエリア
・モデル：アドブリッジ様手配のモデル2名＋当社トレーナー2名（荻野・宮下）
・営業中のため、会員様が写り込まないよう 7:00～10:00 で完了をお願いします

ご確認のうえ、修正点があればお知らせください。
{SIG_OGINO}""",
        cc=["松下 航平 <k.matsushita@adbridge.example.co.jp>", "増田 彩 <masuda@adbridge.example.co.jp>",
            "小島 直樹 <kojima@adbridge.example.co.jp>"],
        attachments=[att("location_0709.zip", ZIP, """
[zip contents]
01_personal_area_wide.jpg
02_personal_area_mirror.jpg
03_stretch_area.jpg
04_entrance_logo.jpg
香盤表_0709_v1.xlsx
""")]))

    # 17 hold quoted sensitive.health to partner clinic
    out.append(mail(ORG, "ogino", "hold", "sensitive.health",
        "The body asks a partner doctor a general question. The forwarded member mail names her pacemaker and heart condition with her contact details.",
        OGINO, ["杉山 大樹 <sugiyama@yoyogi-sports-clinic.example.jp>"],
        "Fw: EMSトレーニングの可否について（ご相談）",
        f"""
杉山先生

いつもお世話になっております。ヴァイタルパークの荻野です。
会員様から下記の問い合わせがありました。
当社の規定ではEMSは不可としているのですが、代替として推奨できる運動強度の目安について、先生のご意見をいただけますでしょうか。
{SIG_OGINO}
---------- Forwarded message ---------
From: 吉村 典子 <noriko.yoshimura55@gmail.com>
Date: 2024年6月8日(土) 9:12
Subject: EMSトレーニングについて
To: <info@{D}>

ヴァイタルパーク御中

中野店の会員の吉村典子（会員番号 VP-098213）です。
新しく始まったEMSトレーニングに興味があるのですが、私は2年前に洞不全症候群でペースメーカーを入れています。
かかりつけは東京循環器クリニックで、運動自体は医師から勧められています。
EMSは受けても大丈夫でしょうか。だめな場合、代わりにどんなメニューならよいか教えてください。
連絡は携帯 090-8837-1524 でもかまいません。
""",
        loc="quoted",
        personal=[("name", "吉村 典子"), ("diagnosis", "洞不全症候群"),
                  ("device", "ペースメーカー"), ("phone", "090-8837-1524")]))

    # 18 pass infection control aggregate
    out.append(mail(ORG, "morishita", "pass", "benign.infection_policy",
        "Infection-control measures for the building manager; '感染' and '隔離' are general, no person is named as ill.",
        MORISHITA, ["道玄坂VPビル 管理事務所 <kanri@dogenzaka-bm.example.co.jp>"],
        "夏季の感染症対策についてのご相談",
        f"""
道玄坂VPビル 管理事務所 御中

いつもお世話になっております。5Fテナントのヴァイタルパーク本部、森下です。
例年7～8月に各店舗で夏風邪・感染性胃腸炎が増えるため、本部の入る当ビルでも下記の対策を予定しています。
共用部に関わる点についてご確認をお願いいたします。

1. 5F入口・エレベーターホールへの手指消毒液の増設（2台）
2. 体調不良者が出た場合の休憩スペースとして、5F小会議室を一時的に隔離スペースとして使用
3. 空調の外気取入れ量の見直し（ビル側設定の確認をお願いしたい点）
4. 清掃業者による共用トイレのドアノブ消毒回数を 1日2回→4回 へ（費用は当社負担）

特に3.について、設定変更が可能かご教示いただけますと幸いです。
{SIG_MORISHITA}"""))

    # 19 hold body id.residence_card + mynumber
    out.append(mail(ORG, "kitagawa", "hold", "id.residence_card",
        "A new part-timer's residence card number, status of residence and マイナンバー are sent in the body to a labour consultant.",
        KITAGAWA, ["あおい社会保険労務士事務所 <info@aoi-sr.example.jp>"],
        "新規アルバイト入社手続きのお願い（新宿御苑店）",
        f"""
あおい社会保険労務士事務所
ご担当者様

いつもお世話になっております。VITAL PARK 24 新宿御苑店の北川です。
6月17日入社のアルバイト1名について、雇用保険の手続きをお願いいたします。

　氏名　　　：グエン・ヴァン・ミン（NGUYEN VAN MINH）
　生年月日　：2002年8月14日
　住所　　　：東京都新宿区大久保2-18-6 コーポ大久保301
　在留カード番号：AB73091542CD
　在留資格　：留学（資格外活動許可あり・週28時間以内）
　在留期間満了日：2025年10月1日
　個人番号　：520938174605
　勤務予定　：週20時間（フロント・清掃）

在留カードの表裏の写しは、店舗で保管しております。必要でしたらお送りします。
{SIG_KITAGAWA}""",
        loc="body",
        personal=[("name", "グエン・ヴァン・ミン"), ("birthdate", "2002年8月14日"),
                  ("residence_card", "AB73091542CD"), ("mynumber", "520938174605"),
                  ("address", "東京都新宿区大久保2-18-6 コーポ大久保301")]))

    # 20 pass public figure
    out.append(mail(ORG, "kitagawa", "pass", "benign.public_figure",
        "Event planning with a retired Olympic swimmer as public guest; only her public career is mentioned.",
        KITAGAWA, ["運営事務局 和田 <wada@runwave.example.co.jp>"],
        "Re: ファンラン当日のトークショー進行について",
        f"""
ランウェーブ 和田様

お世話になっております。北川です。
ゲストの件、ご手配ありがとうございます！
元競泳日本代表の水野 玲奈さんに来ていただけるとのこと、スタッフ一同とても喜んでいます。

進行案について、当社からの要望は以下のとおりです。
　・トーク（15分）：現役時代のトレーニング、引退後の健康づくり
　・質問コーナー（10分）：事前に会員から募集した質問を3つほど
　・写真撮影（10分）：参加者全員との集合写真のみ、個別撮影はなし

水野さんの所属事務所へのプロフィール確認（公式プロフィールの引用範囲）は、御社経由でお願いできますでしょうか。
{SIG_KITAGAWA}
> 北川様
> ゲストは元競泳日本代表の水野玲奈さん（2012年・2016年五輪出場）で確定しました。
> 事務所からは、トーク・撮影とも30分程度まで可と回答をもらっています。
> ランウェーブ　和田
"""))

    return out
