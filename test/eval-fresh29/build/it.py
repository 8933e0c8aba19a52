from common import M, A

TH = "高畑 誠 <m-takahata@nextbridge-sp.co.jp>"
YY = "吉岡 美穂 <y-yoshioka@nextbridge-sp.co.jp>"
MS = "森本 翔 <s-morimoto@nextbridge-sp.co.jp>"

SIG_TH = """─────────────────────────────
株式会社ネクストブリッジ・サポート
マネージドサービス事業部　サービスデスク　リーダー
高畑 誠（Makoto Takahata）
〒541-0053 大阪市中央区本町2-3-9 本町NBビル8F
TEL 06-5555-3300 / サービスデスク 0120-555-781（24h）
─────────────────────────────"""

SIG_YY = """--
ネクストブリッジ・サポート　サービスデスク
吉岡 美穂
TEL 06-5555-3300（内線 214）"""

SIG_MS = """森本 翔 / Sho Morimoto
株式会社ネクストブリッジ・サポート インフラソリューション部
Mobile 070-5555-6128 | s-morimoto@nextbridge-sp.co.jp"""

# ---------------- PASS ----------------
M("I-P1", "pass", "benign.it_outage",
  "IT outage report (障害) with incident numbers and impact; no personal data.",
  TH, ["丸菱物流 情報システム部 岩田様 <iwata@marubishi-logi.co.jp>"],
  "【障害報告・第2報】メールサーバ送受信遅延（INC0048213）",
  f"""
丸菱物流株式会社 情報システム部
岩田様、小池様

お世話になっております。ネクストブリッジ・サポートの高畑です。
本日発生したメール送受信遅延障害について、第2報をご報告いたします。

■障害番号：INC0048213
■発生日時：2025/06/03 08:42 頃
■復旧日時：2025/06/03 10:17（暫定復旧）
■影響範囲：本社・関西センターの全ユーザー（約640名）、外部宛メール送信が最大95分遅延
■原因：メールゲートウェイ（MGW-02）のキュー領域枯渇。ディスク使用率監視の閾値設定漏れ
■暫定対応：キュー領域拡張、滞留メール（約11,800通）の再送完了
■恒久対応：監視閾値の見直し（6/6まで）、MGW-01/02の冗長構成確認

最終報告書は6月10日までに提出いたします。
ご迷惑をおかけし、誠に申し訳ございませんでした。

{SIG_TH}
""", cc=["小池 様 <koike@marubishi-logi.co.jp>"])

M("I-P2", "pass", "benign.malware_quarantine",
  "Malware infection and network isolation of a PC; user named only as device owner, hashes listed.",
  MS, ["いろは食品 総務部 IT担当 野口様 <noguchi@iroha-foods.co.jp>"],
  "Emotet感染疑い端末の隔離について（PC-IRH-0457）",
  f"""
株式会社いろは食品
野口様

お世話になっております。ネクストブリッジ・サポートの森本です。
EDRのアラートを受けて調査した結果、下記端末でEmotetの感染が疑われるため、本日14:05にネットワークから隔離しました。

　端末名：PC-IRH-0457（資産番号 IRH-A-2021-0457）
　利用者：経理課 佐藤様
　検知ファイル：請求書_0603.docm
　SHA-256：3f9a1c27e04b8d56a2f1e0c4b7d98a0e1c2b3d4e5f60718293a4b5c6d7e8f901
　通信先：185.220.xx.xx:8080（ブロック済み）

他端末への横展開は現時点で確認されていません。
佐藤様には代替PC（PC-IRH-0612）をお渡し済みです。駆除・再イメージ化は明日午前に実施予定です。

取引先から届いた添付ファイル付きメールが起点と思われますので、全社への注意喚起をご検討ください。

{SIG_MS}
""")

M("I-P3", "pass", "benign.test_card_dev",
  "Development minutes list public Luhn-valid test card numbers for payment testing.",
  MS, ["ハルカ通販 EC事業部 三浦様 <miura@haruka-tsuhan.co.jp>"],
  "議事録：決済モジュール結合テスト打合せ（6/5）",
  f"""
ハルカ通販 三浦様

本日はありがとうございました。議事録を送付します。

■日時：2025/6/5 15:00-16:00（Teams）
■出席：ハルカ通販 三浦様、坂口様／NBS 森本、吉岡
■決定事項
1. 結合テストはステージング環境（stg-pay.haruka-tsuhan.example）で実施
2. テストカードはPSP提供の下記を使用（本番カードは使用禁止）
   ・VISA 4111 1111 1111 1111（有効期限 12/30、CVC 123）→ 承認
   ・Mastercard 5555 5555 5555 4444 → 承認
   ・VISA 4000 0000 0000 0002 → 与信NG
3. 3Dセキュア2.0のチャレンジフローは6/12に別途確認
■宿題
・NBS：テストケース表 v0.3 の更新（6/9）
・ハルカ通販様：PSP管理画面のテスト用アカウント発行（6/9）

{SIG_MS}
""", cc=["坂口 様 <sakaguchi@haruka-tsuhan.co.jp>", YY])

M("I-P4", "pass", "benign.own_data",
  "Password-reset notice to the account owner himself.",
  YY, ["中村 翔太 様 <nakamura.s@marubishi-logi.co.jp>"],
  "パスワードリセット完了のお知らせ（受付番号 REQ0193377）",
  f"""
丸菱物流株式会社
中村 翔太 様

サービスデスクの吉岡です。
ご依頼いただいたパスワードリセットが完了しました。

　受付番号：REQ0193377
　アカウントID：mb-nakamura.s
　仮パスワード：ご登録の携帯電話番号あてにSMSで送信済みです

初回ログイン時にパスワードの変更を求められます。12文字以上で設定してください。
お心当たりのない場合は、至急サービスデスク（0120-555-781）までご連絡ください。

{SIG_YY}
""")

M("I-P5", "pass", "benign.serials_hashes",
  "Lease return with serial numbers, asset numbers and wipe-certificate hashes.",
  TH, ["オリオンリース 返却センター <henkyaku@orion-lease.co.jp>"],
  "リース満了PC返却のご連絡（契約番号 OL-2020-118832）",
  f"""
オリオンリース株式会社 返却センター御中

いつもお世話になっております。ネクストブリッジ・サポートの高畑です。
いろは食品様のリース満了PCを下記のとおり返却いたします。

契約番号：OL-2020-118832
台数：4台（データ消去済み、消去証明書添付）

機種 / シリアル / 資産番号 / 消去証明ハッシュ（SHA-1）
ThinkPad L14 / PF2K8X3A / IRH-A-2020-0311 / 9c1e5d7a0b4f2e83c6a1d09f7e2b4c6a8d0e1f23
ThinkPad L14 / PF2K8X4C / IRH-A-2020-0312 / 4b8a2c6e1d3f5a7b9c0e2d4f6a8b0c1d3e5f7a9b
ThinkPad L14 / PF2K8Y1F / IRH-A-2020-0318 / e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5
ThinkPad L14 / PF2K8Y2G / IRH-A-2020-0319 / 0a2c4e6b8d0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c

引取希望日：6月17日（火）午後、集荷先：大阪市淀川区西中島5-6-1 いろは食品 本社2F

{SIG_TH}
""")

M("I-P6", "pass", "benign.monthly_report",
  "Monthly help-desk report with ticket statistics and staff names.",
  TH, ["いろは食品 総務部 野口様 <noguchi@iroha-foods.co.jp>"],
  "2025年5月度 サービスデスク月次報告",
  f"""
いろは食品 野口様
（cc：総務部長 長瀬様）

お世話になっております。高畑です。
5月度の月次報告をお送りします。定例会（6/11）でご説明いたします。

・受付件数：412件（前月比 +8%）
・一次解決率：78.4%（目標 75%）
・平均応答時間：21秒
・上位カテゴリ：パスワード・アカウント（31%）、Outlook（18%）、複合機（12%）
・重大インシデント：1件（5/22 基幹システムVPN障害、INC0047730、復旧まで52分）
・改善提案：新入社員向けMFA登録マニュアルの配布（吉岡が作成中）

担当体制は変わらず、高畑・吉岡・内田の3名で対応いたします。

{SIG_TH}
""", cc=["長瀬 様 <nagase@iroha-foods.co.jp>"])

M("I-P7", "pass", "benign.plain_zip",
  "Plain zip of system logs (hostnames, error codes) for a vendor.",
  MS, ["ストレージテック サポート <support@storagetech-jp.co.jp>"],
  "Re: [Case 02284417] NASコントローラ再起動の件 ログ送付",
  f"""
ストレージテック サポート ご担当者様

ネクストブリッジ・サポートの森本です。
ご依頼のログ一式をzipで添付します（パスワードなし）。
ケース番号 02284417、筐体シリアル ST4N-22A0918 です。

{SIG_MS}
""", attachments=[A("ST4N-22A0918_logs_20250604.zip", "application/zip", """
[controller_a.log]
2025-06-04T02:13:55+09:00 ctrl-a WARN  NVRAM battery voltage low (3.41V)
2025-06-04T02:14:02+09:00 ctrl-a ERROR heartbeat lost from ctrl-b (code 0x1F04)
2025-06-04T02:14:09+09:00 ctrl-a INFO  takeover started, volumes vol01..vol06
[controller_b.log]
2025-06-04T02:13:58+09:00 ctrl-b PANIC watchdog timeout, rebooting (code 0x0E21)
[config_summary.txt]
model=ST4N-2200 firmware=9.8.3P2 hostname=mb-nas01 ip=10.20.4.11
""")])

M("I-P8", "pass", "benign.project_two_orgs",
  "Kick-off notice with seven visible addresses from two companies.",
  TH, ["三ツ星建設 情報システム課 堀様 <hori@mitsuboshi-kensetsu.co.jp>",
       "三ツ星建設 工藤様 <kudo@mitsuboshi-kensetsu.co.jp>", "三ツ星建設 杉山様 <sugiyama@mitsuboshi-kensetsu.co.jp>"],
  "M365移行プロジェクト キックオフのご案内（6/18）",
  f"""
三ツ星建設 堀様、工藤様、杉山様

お世話になっております。ネクストブリッジ・サポートの高畑です。
Microsoft 365移行プロジェクトのキックオフを下記のとおり開催いたします。

日時：6月18日（水）10:00～11:30
場所：三ツ星建設様 本社 5F 第2会議室（Teams併用）
議題：体制・スケジュール確認、現行環境ヒアリング、リスクと課題

弊社からは、PM 高畑、SE 森本、サービスデスク 吉岡、営業 大野が出席いたします。
資料は前日までに共有フォルダにアップロードします。

{SIG_TH}
""", cc=[MS, YY, "大野 達也 <t-ono@nextbridge-sp.co.jp>", "三ツ星建設 部長 石田様 <ishida@mitsuboshi-kensetsu.co.jp>"])

M("I-P9", "pass", "benign.successor",
  "Hand-over of the account contact to a successor.",
  YY, ["丸菱物流 情報システム部 岩田様 <iwata@marubishi-logi.co.jp>"],
  "担当者変更のご挨拶",
  f"""
丸菱物流株式会社 情報システム部
岩田様

いつも大変お世話になっております。ネクストブリッジ・サポートの吉岡です。

私事で恐縮ですが、7月1日より社内の品質管理チームへ異動することになりました。
後任は同じサービスデスクの内田 沙織（cc）が担当いたします。
内田はサービスデスク歴6年で、丸菱物流様の倉庫端末（ハンディターミナル）対応にも何度か入っておりますので、ご安心いただけるかと存じます。

3年間、本当にありがとうございました。引き続きよろしくお願いいたします。

{SIG_YY}
""", cc=["内田 沙織 <s-uchida@nextbridge-sp.co.jp>"])

# ---------------- HOLD ----------------
M("I-H1", "hold", "list.customers",
  "Attachment is a ticket export with callers' names, phones and e-mails sent to another vendor.",
  YY, ["テレコネクト 運用チーム <ops@teleconnect-cc.co.jp>"],
  "6月分 一次受付 引継ぎデータ",
  f"""
テレコネクト 運用チーム御中

ネクストブリッジ・サポートの吉岡です。
6月からの夜間一次受付の委託に伴い、直近1か月分の問い合わせ履歴を添付します。
対応の参考にしてください。

{SIG_YY}
""", attachments=[A("tickets_202505.csv", "text/csv", """
ticket,date,company,caller,phone,email,summary
REQ0192004,2025-05-02,丸菱物流,中村 翔太,090-3318-7742,shota.nakamura.mb@gmail.com,自宅PCからVPN接続不可
REQ0192118,2025-05-07,いろは食品,佐藤 恵理子,080-2264-9015,eriko.s@iroha-foods.co.jp,Outlookが起動しない
REQ0192571,2025-05-15,三ツ星建設,工藤 達也,070-6627-3041,kudo@mitsuboshi-kensetsu.co.jp,現場タブレット紛失
REQ0192930,2025-05-23,丸菱物流,岡田 真理,090-7713-2258,mari.okada77@yahoo.co.jp,給与明細サイトにログインできない
""")], personal=[("name", "中村 翔太"), ("phone", "090-3318-7742"), ("email", "shota.nakamura.mb@gmail.com"),
                 ("phone", "090-7713-2258"), ("email", "mari.okada77@yahoo.co.jp")])

M("I-H2", "hold", "id.drivers_license",
  "A driver's licence number, birth date and licence scan sent to an outside fleet-management company.",
  TH, ["ドライブナビ管理 登録窓口 <touroku@drivenavi-kanri.co.jp>"],
  "運転者登録のお願い（丸菱物流様 新任ドライバー）",
  f"""
ドライブナビ管理 登録窓口 御中

お世話になっております。ネクストブリッジ・サポートの高畑です。
丸菱物流様より依頼を受け、安全運転管理アプリへの運転者登録をお願いいたします。

　氏名：久保田 大地
　生年月日：1996年4月12日
　運転免許証番号：第 622104583910 号
　免許の種類：中型・準中型・普通
　有効期限：2027年5月12日
　所属：丸菱物流 関西センター 配送二課

免許証の表面画像を添付します。

{SIG_TH}
""", attachments=[A("menkyo_kubota_front.jpg", "image/jpeg")],
  personal=[("name", "久保田 大地"), ("date_of_birth", "1996年4月12日"), ("drivers_license", "622104583910")])

M("I-H3", "hold", "attachment.encrypted_zip",
  "VPN configuration sent as a password-protected zip (PPAP).",
  MS, ["三ツ星建設 堀様 <hori@mitsuboshi-kensetsu.co.jp>"],
  "VPN接続設定ファイル送付",
  f"""
堀様

お世話になっております。森本です。
現場事務所用のVPN接続設定ファイルをお送りします。
解凍用のパスワードは、この後別メールでお送りします。

{SIG_MS}
""", attachments=[A("vpn_config_genba.zip", "application/zip", encrypted=True)])

OUT = ["岩田様 <iwata@marubishi-logi.co.jp>", "小池様 <koike@marubishi-logi.co.jp>", "野口様 <noguchi@iroha-foods.co.jp>",
       "長瀬様 <nagase@iroha-foods.co.jp>", "堀様 <hori@mitsuboshi-kensetsu.co.jp>", "石田様 <ishida@mitsuboshi-kensetsu.co.jp>",
       "三浦様 <miura@haruka-tsuhan.co.jp>", "坂口様 <sakaguchi@haruka-tsuhan.co.jp>", "情報システム室 <it@kansai-denko.co.jp>",
       "佐久間様 <sakuma@nishiki-shoji.co.jp>", "総務課 <soumu@sakura-dental.or.jp>", "西岡様 <nishioka@tenma-unyu.co.jp>",
       "システム担当 <sys@osaka-kogyo-kumiai.or.jp>"]
M("I-H4", "hold", "recipients.over10",
  "Outage notice with thirteen contacts of different client companies visible in To.",
  TH, OUT,
  "【障害のお知らせ】リモートサポートツール接続不可",
  f"""
お客様各位

ネクストブリッジ・サポートの高畑です。
本日9:10頃より、リモートサポートツール（NB Remote）に接続できない障害が発生しております。
現在、ツール提供元と復旧作業中です。復旧までの間、リモート操作を伴うお問い合わせは電話でのご案内となります。

復旧次第、改めてご連絡いたします。

{SIG_TH}
""")

M("I-H5", "hold", "sensitive.medical",
  "The subject names a client employee and his depression-related leave; the body is a one-line confirmation.",
  YY, ["いろは食品 人事課 <jinji@iroha-foods.co.jp>"],
  "Re: 【アカウント停止依頼】経理課 中川 陽介様 休職（うつ病療養）に伴う",
  f"""
人事課 ご担当者様

承知いたしました。3月1日 0:00付でアカウントを停止し、メールボックスは保持いたします。
完了しましたらご連絡いたします。

{SIG_YY}
""", personal=[("name", "中川 陽介"), ("diagnosis", "うつ病療養")])

M("I-H6", "hold", "id.bank_account",
  "Only the quoted user ticket contains the employee's private bank account, forwarded outside.",
  YY, ["いろは食品 人事課 <jinji@iroha-foods.co.jp>"],
  "Fw: REQ0193104 給与振込口座の変更について",
  f"""
人事課 ご担当者様

サービスデスクの吉岡です。
給与口座の変更はサービスデスクでは承れないため、下記のお問い合わせを転送いたします。
ご本人には人事課へ転送した旨をお伝え済みです。

{SIG_YY}

-----Original Message-----
From: 佐藤 恵理子 <eriko.s@iroha-foods.co.jp>
Subject: 給与振込口座の変更について
お疲れさまです。経理課の佐藤です。
来月から給与の振込先を下記に変更したいのですが、どこで手続きすればいいですか？
ゆうちょ銀行 記号14160 番号38291571 名義 サトウ エリコ
よろしくお願いします。
""", personal=[("name", "佐藤 恵理子"), ("bank_account", "記号14160 番号38291571")])

M("I-H7", "hold", "id.card",
  "Application log excerpt with customers' full card numbers and names sent to a payment vendor.",
  MS, ["ペイゲートソリューションズ 技術サポート <tech@paygate-sol.co.jp>"],
  "本番環境 オーソリエラー（E-3021）調査依頼",
  f"""
ペイゲートソリューションズ 技術サポート御中

ハルカ通販様の本番環境で、昨夜から一部の決済がE-3021で失敗しています。
アプリケーションログの該当部分を貼り付けますので、原因をご調査ください。

2025-06-09 22:14:07 ERROR auth_req order=HT-20250609-88412 name="OKAMOTO YUKI" pan=4012888888881881 exp=0928 amount=12800 result=E-3021
2025-06-09 22:31:55 ERROR auth_req order=HT-20250609-88437 name="TAKEDA RYOTA" pan=5555555555554444 exp=0327 amount=4980 result=E-3021
2025-06-09 23:02:40 ERROR auth_req order=HT-20250609-88466 name="MORI CHIHARU" pan=3530111333300000 exp=1126 amount=21560 result=E-3021

マーチャントID：HRK-000281

{SIG_MS}
""", personal=[("card_number", "4012888888881881"), ("card_number", "5555555555554444"), ("card_number", "3530111333300000"),
               ("name", "OKAMOTO YUKI")])

M("I-H8", "hold", "personal.skill_sheet",
  "An engineer's skill sheet with birth date, home station and private contact sent to a client.",
  TH, ["三ツ星建設 情報システム課 堀様 <hori@mitsuboshi-kensetsu.co.jp>"],
  "常駐エンジニア候補のスキルシート",
  f"""
堀様

お世話になっております。高畑です。
7月からの常駐サポート要員の候補者のスキルシートを添付いたします。
面談のご都合をお聞かせください。

{SIG_TH}
""", attachments=[A("skillsheet_T.F.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", """
スキルシート
氏名：藤原 拓海（フジワラ タクミ）　性別：男　生年月日：1993年8月30日（31歳）
住所：大阪府吹田市千里山西3-7-22 / 最寄駅：阪急千里線 千里山駅
連絡先：090-6524-1187 / takumi.fujiwara.0830@gmail.com
資格：CCNA、LPIC-1、基本情報技術者
経歴：2016-2021 ○○システムズ ヘルプデスク、2021- 当社 サーバ運用
""")], personal=[("name", "藤原 拓海"), ("date_of_birth", "1993年8月30日"), ("address", "大阪府吹田市千里山西3-7-22"),
                 ("phone", "090-6524-1187"), ("email", "takumi.fujiwara.0830@gmail.com")])
