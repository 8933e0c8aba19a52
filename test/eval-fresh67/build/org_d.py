# -*- coding: utf-8 -*-
"""Org D: 株式会社ブリッジヘルプデスク (IT helpdesk outsourcing)."""
from common import att, enc_zip, P, XLSX, DOCX, PDF, CSV, ZIP

ORG = "D: 株式会社ブリッジヘルプデスク"
DOM = "bridge-hd.example.co.jp"

WRITERS = {
    "kubota": "久保田 直樹 <n.kubota@bridge-hd.example.co.jp>",
    "todo": "藤堂 咲 <s.todo@bridge-hd.example.co.jp>",
    "araki": "荒木 潤 <j.araki@bridge-hd.example.co.jp>",
}

SIG_KUBOTA = """―――――――――――――――――――――
株式会社ブリッジヘルプデスク
札幌サービスデスクセンター センター長（SV）
久保田 直樹
〒060-0807 札幌市北区北7条西4-5-1 北7ビル5F
TEL 011-708-4410 / n.kubota@bridge-hd.example.co.jp
―――――――――――――――――――――"""

SIG_TODO = """■□■□■□■□■□■□■□■□■□■□■□■□■□■□■□
株式会社ブリッジヘルプデスク
営業本部 アカウントマネジメント部
アカウントマネージャー　藤堂 咲（とうどう さき）
Saki Todo, Account Manager

本社　〒105-0013 東京都港区浜松町2-7-19 浜松町トラストビル9F
TEL 03-5403-2281（代表）／ 03-5403-2290（直通）
携帯 080-9912-4405
s.todo@bridge-hd.example.co.jp
https://www.bridge-hd.example.co.jp

ISO/IEC 27001（ISMS）認証取得　／　プライバシーマーク取得事業者
本メールには機密情報が含まれる場合があります。誤って受信された場合は
送信者にご連絡のうえ削除してください。
■□■□■□■□■□■□■□■□■□■□■□■□■□■□■□"""

SIG_ARAKI = """--
荒木 潤 / Jun Araki
Technical Lead, Bridge Helpdesk Co., Ltd.
j.araki@bridge-hd.example.co.jp | 03-5403-2295"""

MAILS = []

# ---------------------------------------------------------------- HOLDS
MAILS.append(dict(
    expect="hold", kind="list.call_log", writer="kubota", loc="attachment",
    why="添付の受付ログCSVに利用者6名の氏名・所属・内線・携帯番号。二次委託先へ送付。本文は引継ぎ依頼のみ。",
    to=["オンサイトワークス 夜間対応窓口 <yakan@onsite-works.example.jp>"],
    subject="夜間帯エスカレーション対象チケットの引継ぎ（7/7分）",
    text=f"""オンサイトワークス 夜間対応窓口 御中

お疲れさまです。ブリッジヘルプデスク札幌の久保田です。
本日日中に受け付けたうち、夜間帯に折り返しが必要なチケットを添付で引き継ぎます。
東和ロジスティクス様の倉庫部門は夜勤があるため、22時以降の連絡で問題ありません。

対応結果は明朝8:30までにチケットへ記入をお願いします。

{SIG_KUBOTA}
""",
    attachments=[att("escalation_20250707.csv", CSV,
"""受付日時,チケットNo,氏名,所属,内線,携帯,症状
2025/07/07 09:42,TW-24-18802,村田 光一,厚木倉庫 出荷課,3312,090-4455-1208,ハンディ端末がWi-Fiにつながらない
2025/07/07 10:15,TW-24-18806,岸本 沙耶,厚木倉庫 入荷課,3320,080-2219-7741,ラベルプリンタ印字かすれ
2025/07/07 11:03,TW-24-18811,上田 浩,本社 経理部,2105,070-6630-1184,VPN接続エラー 809
2025/07/07 13:27,TW-24-18820,マルティネス ホセ,厚木倉庫 夜勤,3340,090-8871-2236,WMSログイン不可
2025/07/07 14:55,TW-24-18829,竹内 優子,本社 人事部,2210,080-5514-3390,Outlook起動しない
2025/07/07 16:12,TW-24-18833,吉野 拓海,横浜DC,4102,090-1276-8854,PCが頻繁にフリーズ""")],
    personal=[P("name", "村田 光一"), P("phone", "090-4455-1208"), P("name", "マルティネス ホセ"),
              P("phone", "090-8871-2236"), P("name", "吉野 拓海")],
))

MAILS.append(dict(
    expect="hold", kind="sensitive.health", writer="todo", loc="body",
    why="ライセンス停止依頼に不要な、顧客社員の病名（適応障害）と休職の事実を氏名付きでSaaSベンダーへ伝えている。",
    to=["KintaiCloud サポートデスク <support@kintaicloud.example.com>"],
    subject="ライセンス一時停止のご依頼（東和ロジスティクス様）",
    text=f"""KintaiCloud サポートデスク ご担当者様

いつもお世話になっております。
東和ロジスティクス株式会社様の運用代行をしております、ブリッジヘルプデスクの藤堂です。
（契約ID：TWL-KC-00921）

下記ユーザーのライセンスを一時停止いただけますでしょうか。

　対象者：経理部 吉岡 智子 様（社員番号 TW-20871）
　理由：適応障害のため8月末まで休職されることになったため
　停止開始日：2025年7月14日
　再開予定：2025年9月1日（復職日が決まり次第ご連絡します）

停止期間中の打刻データは保持のままでお願いします。

{SIG_TODO}
""",
    personal=[P("name", "吉岡 智子"), P("health", "適応障害のため8月末まで休職")],
))

MAILS.append(dict(
    expect="hold", kind="id.card", writer="araki", loc="quoted",
    why="英文の本文は調査依頼のみだが、転送したチケット部分に利用者の完全なカード番号・有効期限・氏名が残っている。",
    to=["Vendora Billing Support <billing@vendora.example.com>"],
    subject="Fwd: [Ticket #HD-58231] Subscription charged twice – NorthRiver Trading",
    text=f"""Hello Vendora Billing team,

One of the users we support at NorthRiver Trading reports that the monthly
Vendora Pro subscription was charged twice on 1 July. Could you check the
payment records and refund the duplicate charge? The original ticket is below.

Account: northriver-sales (tenant ID nr-3f82a1)
Amount: JPY 4,950 x 2

Thanks,
{SIG_ARAKI}

---------- Forwarded message ----------
From: ServiceDesk Portal <portal@bridge-hd.example.co.jp>
Date: Wed, 2 Jul 2025 09:14
Subject: [Ticket #HD-58231] 有料プランの二重請求

申請者：ノースリバー物産 営業企画部 桜井 美里
内容：
Vendora Proの月額料金が7/1に2回引き落とされています。
登録しているカードは会社のコーポレートカードではなく、私個人のカードです。
　カード番号 5354 1298 7654 3214
　有効期限 11/27
早めに返金してもらえるよう、ベンダーへの問い合わせをお願いします。
""",
    personal=[P("name", "桜井 美里"), P("card", "5354 1298 7654 3214"), P("card_expiry", "11/27")],
))

MAILS.append(dict(
    expect="hold", kind="id.drivers_license", writer="kubota", loc="subject",
    why="件名に利用者の運転免許証番号と姓。本文は本人確認完了の事務連絡のみ。",
    to=["東和ロジスティクス 情報システム課 岡部様 <okabe@towa-logi.example.jp>"],
    subject="【完了】パスワード再発行（本人確認：運転免許証番号 301234567890 西岡 様）",
    text=f"""東和ロジスティクス株式会社
情報システム課 岡部様

お世話になっております。ブリッジヘルプデスクの久保田です。
標記の件、ご本人へ折り返しのお電話で本人確認を行い、
パスワードを再発行いたしました。仮パスワードはSMSで送付済みです。

手順上、社員証をお持ちでない日の本人確認は公的身分証の番号で行っております。
次回ログイン時にパスワード変更を求められる設定になっています。

チケット番号：TW-24-18840

{SIG_KUBOTA}
""",
    personal=[P("drivers_license", "301234567890"), P("name", "西岡 様")],
))

MAILS.append(dict(
    expect="hold", kind="attachment.encrypted_zip", writer="todo", loc="zip",
    why="パスワード付きZIP（PPAP）。",
    to=["ノースリバー物産 情報システム部 前田様 <maeda.t@northriver.example.co.jp>"],
    subject="6月分 VPNアクセスログのご提出",
    text=f"""ノースリバー物産株式会社
情報システム部 前田様

いつもお世話になっております。ブリッジヘルプデスクの藤堂です。
月次のVPNアクセスログ（6月分）をお送りいたします。
ファイルはパスワード付きZIPにしております。パスワードは次のメールでお送りします。

ご確認のほど、よろしくお願いいたします。

{SIG_TODO}
""",
    attachments=[enc_zip("NR_VPN_accesslog_202506.zip")],
))

MAILS.append(dict(
    expect="hold", kind="recipients.overexposed", writer="kubota", loc="recipients",
    why="複数の顧客企業の担当者15名をToに並べた一斉通知。取引先どうしに互いの担当者と取引関係が見える。",
    to=["前田 拓也 <maeda.t@northriver.example.co.jp>",
        "岡部 綾 <okabe@towa-logi.example.jp>",
        "情報システム室 <it-admin@hokuyo-foods.example.co.jp>",
        "西川 亮 <nishikawa@sapporo-kensetsu.example.jp>",
        "総務部 IT担当 <soumu-it@ishikari-denki.example.co.jp>",
        "小笠原 恵 <ogasawara.m@tokai-medical.example.jp>",
        "藤井 俊 <s-fujii@miyabi-hotels.example.com>",
        "IT推進課 <it-suishin@kita-shinkin.example.jp>",
        "山内 陽介 <yamauchi@kanto-chemical.example.co.jp>",
        "情報管理部 <jouhou@daiichi-pharm.example.jp>",
        "大野 修 <o.ono@hakodate-gyogyo.example.jp>",
        "システム部 <sys@chuo-unyu.example.co.jp>",
        "松本 理沙 <r.matsumoto@asahi-clinic.example.jp>",
        "IT窓口 <it-desk@obihiro-agri.example.jp>",
        "野村 健 <k.nomura@north-apparel.example.com>"],
    subject="【重要】7/19(土) サービスデスク電話システム計画メンテナンスのお知らせ",
    text=f"""お客様各位

平素よりブリッジヘルプデスクをご利用いただき、誠にありがとうございます。
下記の日程で、サービスデスクの電話システム（IVR・通話録音）の計画メンテナンスを実施いたします。

　日時：2025年7月19日（土）22:00 〜 7月20日（日）4:00
　影響：上記時間帯は電話での受付ができません
　代替手段：受付ポータル（https://portal.bridge-hd.example.co.jp）およびメール

緊急のセキュリティインシデントについては、メンテナンス中もエスカレーション用携帯
（080-9912-4400）で受け付けます。

ご不便をおかけしますが、何卒ご理解のほどお願い申し上げます。

{SIG_KUBOTA}
""",
))

MAILS.append(dict(
    expect="hold", kind="id.mynumber", writer="kubota", loc="body",
    why="新入社員2名のマイナンバー・基礎年金番号・雇用保険被保険者番号を本文に書いて社労士へ送付（同僚の番号でも対象）。",
    to=["社会保険労務士法人 北斗 手続担当 <tetsuzuki@hokuto-sr.example.jp>"],
    subject="札幌センター 7月入社者の資格取得手続きのお願い",
    text=f"""社会保険労務士法人 北斗
手続ご担当 様

お世話になっております。ブリッジヘルプデスク札幌センターの久保田です。
7月1日付で入社したオペレーター2名の資格取得手続きをお願いいたします。

1. 氏名：三浦 千夏（みうら ちなつ）
　生年月日：2001年10月6日
　個人番号：160497238800
　基礎年金番号：4102-338917
　雇用保険被保険者番号：0125-441802-3（前職あり）

2. 氏名：ラナ・シュレスタ（Rana Shrestha）
　生年月日：1997年3月22日
　個人番号：648161476307
　基礎年金番号：4107-662054
　雇用保険：新規取得

雇用契約書の写しは本社人事から別途郵送いたします。

{SIG_KUBOTA}
""",
    personal=[P("name", "三浦 千夏"), P("mynumber", "160497238800"), P("pension", "4102-338917"),
              P("employment_insurance", "0125-441802-3"), P("name", "ラナ・シュレスタ"),
              P("mynumber", "648161476307")],
))

MAILS.append(dict(
    expect="hold", kind="personal.skill_sheet", writer="todo", loc="attachment",
    why="添付スキルシートに要員の氏名（フルネーム）・生年月日・現住所・携帯番号。本文は提案文のみ。",
    to=["東和ロジスティクス 情報システム課 岡部様 <okabe@towa-logi.example.jp>"],
    subject="常駐ヘルプデスク要員のご提案（スキルシート送付）",
    text=f"""東和ロジスティクス株式会社
情報システム課 岡部様

いつもお世話になっております。ブリッジヘルプデスクの藤堂です。
先日ご相談いただいた横浜DCへの常駐要員（9月〜）について、
1名ご提案させていただきます。スキルシートを添付いたしますのでご確認ください。

WMSの一次切り分け経験があり、倉庫系の端末にも慣れております。
面談は8月第1週でご都合のよい日時をお知らせいただけますでしょうか。

{SIG_TODO}
""",
    attachments=[att("スキルシート_本田圭吾.xlsx", XLSX,
"""[スキルシート]
氏名	本田 圭吾
フリガナ	ホンダ ケイゴ
生年月日	1990/08/14（34歳）
現住所	神奈川県横浜市鶴見区市場大和町5-22 リバーサイド鶴見405
最寄駅	京急線 鶴見市場駅 徒歩6分
携帯	090-3147-6628
資格	ITIL Foundation、MOS Excel Expert、基本情報技術者
[経歴]
期間	案件	役割	環境
2019/04-2022/03	物流会社 社内ヘルプデスク	一次受付・PCキッティング	Windows10, AD, Exchange
2022/04-2024/12	小売チェーン 店舗サポート	二次対応・手順書作成	POS, WMS, Intune
2025/01-現在	製造業 サービスデスク	リーダー（5名）	ServiceNow, M365""")],
    personal=[P("name", "本田 圭吾"), P("birthdate", "1990/08/14"),
              P("address", "神奈川県横浜市鶴見区市場大和町5-22 リバーサイド鶴見405"), P("phone", "090-3147-6628")],
))

MAILS.append(dict(
    expect="hold", kind="id.residence_card", writer="araki", loc="body",
    why="入館証申請のために在留カード番号・国籍・在留期限を本文で顧客の施設管理部門へ送付。",
    to=["ノースリバー物産 総務部 施設管理 <shisetsu@northriver.example.co.jp>"],
    cc=["ノースリバー物産 情報システム部 前田様 <maeda.t@northriver.example.co.jp>"],
    subject="常駐メンバー追加に伴う入館証発行申請",
    text=f"""ノースリバー物産株式会社
総務部 施設管理ご担当 様

お世話になっております。ブリッジヘルプデスクの荒木です。
7月22日から情報システム部様フロアに常駐メンバーが1名追加となりますので、
入館証の発行をお願いいたします。

　氏名：グエン・ヴァン・ミン（NGUYEN VAN MINH）
　国籍：ベトナム
　在留カード番号：AB12345678CD
　在留期限：2027年3月31日（技術・人文知識・国際業務）
　勤務時間：平日 9:00〜18:00

写真データは前田様経由でお送りします。

{SIG_ARAKI}
""",
    personal=[P("name", "グエン・ヴァン・ミン"), P("residence_card", "AB12345678CD"), P("nationality", "国籍：ベトナム")],
))

MAILS.append(dict(
    expect="hold", kind="personal.customer_inquiry", writer="kubota", loc="quoted",
    why="本文は訪問手配の依頼のみ。転送部分に利用者の自宅住所・私用携帯・私用メール・家庭の事情が入ったまま二次委託先へ。",
    to=["オンサイトワークス 訪問修理受付 <houmon@onsite-works.example.jp>"],
    subject="Fw: 在宅勤務PCの訪問修理依頼（東和ロジスティクス様）",
    text=f"""オンサイトワークス 訪問修理受付 御中

ブリッジヘルプデスク札幌の久保田です。
東和ロジスティクス様の在宅勤務者から下記の依頼がありました。
キーボード交換（部品は手配済み）で訪問対応をお願いします。

{SIG_KUBOTA}

-------- 転送メッセージ --------
差出人: 松下 亜希子 <akiko.matsushita.home@gmail.com>
日時: 2025年7月8日 8:05
宛先: servicedesk@bridge-hd.example.co.jp
件名: 在宅PCのキーボードが反応しません

東和ロジスティクス 人事部の松下です。
在宅勤務用のノートPCのキーボードの一部（A、S、D）が反応しません。
会社に持って行くのが難しいので、自宅に来ていただけますか。

自宅：札幌市豊平区月寒東3条11丁目4-7
私用携帯：080-6671-0935
訪問希望：平日の午前中（下の子が保育園に行っている間だとありがたいです）
""",
    personal=[P("name", "松下 亜希子"), P("email", "akiko.matsushita.home@gmail.com"),
              P("address", "札幌市豊平区月寒東3条11丁目4-7"), P("phone", "080-6671-0935")],
))

# ---------------------------------------------------------------- PASSES
MAILS.append(dict(
    expect="pass", kind="benign.system_outage", writer="araki", loc=None,
    why="「障害」はメール配信のシステム障害。影響ユーザー数は集計値、ハッシュはログの識別子。",
    to=["ノースリバー物産 情報システム部 前田様 <maeda.t@northriver.example.co.jp>"],
    subject="【障害報告】メール配信遅延（7/3 10:12〜11:47）について",
    text=f"""ノースリバー物産株式会社
情報システム部 前田様

お世話になっております。ブリッジヘルプデスクの荒木です。
本日発生したメール配信遅延の障害について、第一報をご報告いたします。

■障害概要
　発生：2025/07/03 10:12　復旧：11:47
　事象：社外宛メールが最大95分遅延（社内宛は影響なし）
　影響：約430ユーザー、滞留メール 2,118通（すべて配信済み）

■原因（暫定）
　送信ゲートウェイのTLS証明書更新後、中継先の一部で証明書チェーン検証に失敗し再送が滞留。

■証跡
　gw01 /var/log/maillog 抜粋 SHA-256:
　9f2c4e81a7d03b55e6c1f0a2d84b7c93e15f60a8b2d47c19e0f3a6b8d25c71e4

再発防止策は7/7（月）の定例でご説明いたします。

{SIG_ARAKI}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.malware_infection", writer="araki", loc=None,
    why="「感染」「隔離」はマルウェアの話。端末は資産番号で特定し、利用者個人の情報はない。",
    to=["東和ロジスティクス 情報システム課 岡部様 <okabe@towa-logi.example.jp>"],
    subject="【続報】PC1台のマルウェア感染と隔離対応について",
    text=f"""岡部様

荒木です。本日午前にご連絡した件の続報です。

■対象端末：TWL-NB-0412（営業二課 共用ノートPC）
■検知：7/8 09:31 EDRにて不審なPowerShell実行を検知
■対応：
　09:35 EDRからネットワーク隔離を実施
　10:20 フォレンジック用にメモリダンプを取得
　13:00 感染経路を特定（6/30受信の請求書偽装メールの添付マクロ）
■影響範囲：横展開の痕跡なし。同じメールを受信した他の7台もスキャン済みで陰性。
■今後：端末は初期化のうえ返却予定。利用者の方には代替機を貸与済みです。

IOC（ハッシュ・通信先ドメイン）は別紙でお送りします。

{SIG_ARAKI}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.test_card_dev_minutes", writer="araki", loc=None,
    why="開発定例の議事録で、4111 1111 1111 1111 はサンドボックス用の公開テストカード。実在の顧客のカードではない。",
    to=["ノースリバー物産 EC推進室 <ec-suishin@northriver.example.co.jp>"],
    cc=["ノースリバー物産 情報システム部 前田様 <maeda.t@northriver.example.co.jp>",
        "藤堂 咲 <s.todo@bridge-hd.example.co.jp>"],
    subject="【議事録】ECサイト決済改修 定例（第4回）",
    text=f"""関係者各位

荒木です。本日の定例の議事録を共有します。

日時：2025/07/09 15:00-16:00（Teams）
出席：EC推進室 河合様・大塚様、情シス 前田様、当社 藤堂・荒木

1. 3Dセキュア2.0対応のテスト状況
　・ステージング環境でテストカード 4111 1111 1111 1111（有効期限 12/30、CVC 123）を使用し、
　　認証成功・失敗・タイムアウトの3パターンを確認済み。
　・本番カードでの疎通確認はリリース当日に河合様の社用コーポレートカードで1件のみ実施（番号は共有しない）。
2. エラーメッセージ文言
　・「カード会社の認証に失敗しました」に統一（大塚様案）。
3. リリース判定
　・7/23 定例で判定、7/28 深夜リリース予定。

次回：7/16（水）15:00

{SIG_ARAKI}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.serial_numbers", writer="araki", loc=None,
    why="資産番号・シリアル・MACアドレスの一覧。機器の識別子で個人情報ではない。",
    to=["株式会社テクノメンテ RMA受付 <rma@technomente.example.co.jp>"],
    subject="故障機の交換依頼（3台）",
    text=f"""テクノメンテ RMA受付 御中

お世話になっております。ブリッジヘルプデスクの荒木です。
保守契約（契約番号 TM-HW-2023-0871）に基づき、下記3台の交換をお願いします。

資産番号      機種               シリアル        MAC                症状
NRB-PC-0388   ThinkBook 14 G4    PF3KX7R2        3C:52:82:1A:7F:04  起動時にビープ音3回
NRB-PC-0412   ThinkBook 14 G4    PF3KX9D8        3C:52:82:1A:9B:E2  液晶に縦線
NRB-PC-0455   ThinkPad E14 Gen5  PW0A2C61        F4:A4:75:0C:33:18  バッテリー膨張

引取先：ノースリバー物産 本社 8F 情報システム部（前田様）
希望日：7/15（火）午後

{SIG_ARAKI}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.swift_invoice", writer="todo", loc=None,
    why="海外委託先との請求・支払条件の英文メール。両社の法人口座とSWIFTコードのみ。",
    to=["Pacific Contact Solutions – Accounts Receivable <ar@pacific-contact.example.com>"],
    cc=["Maria Santos <m.santos@pacific-contact.example.com>"],
    subject="Re: Invoice PCS-2025-0614 – payment schedule",
    text=f"""Dear Ms. Santos,

Thank you for your invoice PCS-2025-0614 (overflow English-language support, June 2025,
USD 18,420.00). We have approved it and will remit on 25 July 2025.

For your records, the payment will be sent from:
  Bridge Helpdesk Co., Ltd.
  Minato Commerce Bank, Hamamatsucho Branch, SWIFT MCBKJPJT
  Corporate current account 0041187

to the beneficiary account stated on your invoice:
  Pacific Contact Solutions Inc.
  Harbor Union Bank, Makati Main Branch, SWIFT HUBKPHMM
  Account no. 1020-3344-5566

Bank charges are shared (SHA) as per our master agreement. Please let me know if your
remittance details have changed since the last quarter.

Best regards,

{SIG_TODO}

> On 30 Jun 2025, Maria Santos wrote:
> Dear Ms. Todo, please find attached our invoice for June. Kindly confirm the payment date.
> Maria Santos | Finance Manager | Pacific Contact Solutions Inc.
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.project_mail", writer="araki", loc=None,
    why="2社6アドレスのプロジェクト定例の案内。社外は3名のみで、業務上の連絡先。",
    to=["前田 拓也 <maeda.t@northriver.example.co.jp>",
        "河合 美穂 <kawai.m@northriver.example.co.jp>",
        "大塚 陸 <otsuka.r@northriver.example.co.jp>"],
    cc=["藤堂 咲 <s.todo@bridge-hd.example.co.jp>",
        "久保田 直樹 <n.kubota@bridge-hd.example.co.jp>"],
    subject="Teams電話移行プロジェクト 第2回定例のアジェンダ",
    text=f"""前田様、河合様、大塚様
（cc: 藤堂、久保田）

荒木です。明日の第2回定例のアジェンダをお送りします。

日時：7/10（木）10:00-11:00
場所：ノースリバー物産様 本社8F 会議室C ／ Teams併用

1. 前回宿題の確認（内線番号体系の棚卸し：河合様）
2. 移行対象の拠点と台数（本社 180、札幌支店 42、仙台営業所 15）
3. 代表番号・IVRの移行方式（当社案の説明）
4. ヘルプデスクの問い合わせ想定（久保田）
5. 次回日程

資料は開始30分前にTeamsのチャネルに格納します。

{SIG_ARAKI}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.successor_introduction", writer="todo", loc=None,
    why="担当交代のあいさつ。後任者の業務上の連絡先と署名のみ。",
    to=["ノースリバー物産 情報システム部 前田様 <maeda.t@northriver.example.co.jp>"],
    cc=["小林 航平 <k.kobayashi@bridge-hd.example.co.jp>"],
    subject="担当者交代のご挨拶",
    text=f"""ノースリバー物産株式会社
情報システム部 部長 前田 拓也 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
ブリッジヘルプデスクの藤堂でございます。

私事で恐縮ですが、8月1日付の社内異動により、貴社の担当を
同部の小林 航平（こばやし こうへい）に引き継ぐこととなりました。
小林はこれまで製造業のお客様を中心に5年間サービスデスクの運用設計を担当しており、
貴社の運用にもすぐにお役に立てるものと存じます。

7月中は二人体制で対応し、7月24日（木）の月次報告会で改めてご挨拶に伺います。

　後任：小林 航平
　TEL 03-5403-2293　携帯 080-9912-4418
　k.kobayashi@bridge-hd.example.co.jp

在任中は大変お世話になり、誠にありがとうございました。
今後とも変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。

{SIG_TODO}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.employment_verification_consent", writer="kubota", loc=None,
    why="本人の同意書に基づく在籍確認で、在籍期間と職位のみを回答。年収などは答えていない。",
    to=["株式会社みらい住宅管理 入居審査課 <shinsa@mirai-jutaku.example.jp>"],
    subject="在籍確認のご回答",
    text=f"""株式会社みらい住宅管理
入居審査課 ご担当 様

お世話になっております。株式会社ブリッジヘルプデスク札幌センターの久保田です。
7月2日付でいただいた在籍確認のご依頼について、
ご本人の同意書（同日付、ご本人署名）を確認いたしましたので、下記のとおり回答いたします。

　氏名：川口 大輔
　在籍：2021年4月1日から現在まで在籍
　職位：サービスデスク オペレーター（正社員）

給与・勤務状況等については、当社規程によりお答えしておりません。
ご了承のほどお願いいたします。

{SIG_KUBOTA}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.product_names", writer="araki", loc=None,
    why="「ハルカ」「サクラ」「ミサキ」はチャットボット・RPA・IVRの製品名で人名ではない。",
    to=["ノースリバー物産 情報システム部 前田様 <maeda.t@northriver.example.co.jp>"],
    subject="FAQチャットボット「ハルカ」回答精度改善のご報告（6月）",
    text=f"""前田様

荒木です。6月のチャットボット改善結果をご報告します。

■ハルカ（社内FAQボット）
　・月間質問数 3,412件、自己解決率 61.8%（5月 55.2%）
　・「VPN」「パスワード」系の回答を見直し、誤誘導が減りました
■サクラ（RPA：アカウント発行ロボ）
　・処理件数 118件、エラー 2件（人事データの入社日空欄）
■ミサキ（音声IVR）
　・音声認識の言い直し率が 14% → 9% に改善

ハルカの回答ログのうち、個人名を含む質問はマスキングしたうえで集計しています。
来月は「経費精算」カテゴリの拡充を予定しています。

{SIG_ARAKI}
""",
))

MAILS.append(dict(
    expect="pass", kind="benign.plain_zip", writer="kubota", loc=None,
    why="パスワードなしZIPで手順書一式を送付。個人情報なし。",
    to=["東和ロジスティクス 情報システム課 岡部様 <okabe@towa-logi.example.jp>"],
    subject="手順書一式（Teams初期設定）のご送付",
    text=f"""岡部様

お世話になっております。ブリッジヘルプデスク札幌の久保田です。
ご依頼いただいたTeams初期設定の利用者向け手順書をZIPでお送りします。
社内ポータルへの掲載はそのままで問題ございません。

{SIG_KUBOTA}
""",
    attachments=[att("Teams_setup_manuals_v1.2.zip", ZIP,
"""Teams_setup_manuals_v1.2/
  01_サインインと初期設定.pdf
  02_チャットとチームの使い方.pdf
  03_会議の開始と参加.pdf
  04_スマートフォンアプリの設定.pdf
  05_よくある質問.pdf""")],
))
