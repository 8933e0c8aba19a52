# -*- coding: utf-8 -*-
"""Org C: 株式会社ネクサスブリッジ（ITアウトソーシング：サービスデスク・人事・SES営業）"""

ORG = "C"
DOM = "nexusbridge.example.co.jp"

OKAMOTO = "岡本 真理子 <okamoto.mariko@nexusbridge.example.co.jp>"
MORITA = "森田 拓海 <morita.takumi@nexusbridge.example.co.jp>"
HASEGAWA = "長谷川 光 <hasegawa.hikaru@nexusbridge.example.co.jp>"

SIG_OKAMOTO = """
────────────────────────────
株式会社ネクサスブリッジ
マネージドサービス本部 サービスデスク部
リーダー　岡本 真理子 (Mariko Okamoto)
〒220-0012 横浜市西区みなとみらい四丁目5番2号 MMテラス12F
Tel: 045-555-3810 / ServiceDesk: 0120-555-381（24h）
────────────────────────────
This e-mail may contain confidential information.
If you are not the intended recipient, please delete it."""

SIG_MORITA = """
--
株式会社ネクサスブリッジ 人事部 採用・労務グループ
森田 拓海（もりた たくみ）
045-555-3802 / morita.takumi@nexusbridge.example.co.jp
採用サイト：https://recruit.nexusbridge.example.co.jp/"""

SIG_HASEGAWA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
株式会社ネクサスブリッジ
SES営業部 第二グループ　長谷川 光
携帯：080-3390-6125　TEL：045-555-3830
〒220-0012 横浜市西区みなとみらい4-5-2 MMテラス12F
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

MAILS = []

# ---------------------------------------------------------------- holds
MAILS.append(dict(
    writer="hasegawa", loc="body", expect="hold",
    kind="personal.skill_sheet_in_body",
    why="要員提案として、エンジニア1名の氏名・生年月日・自宅住所・私用携帯・経歴を本文で顧客に送っている。",
    **{"from": HASEGAWA},
    to=["東和リテール 情報システム部 村井 健 <k.murai@towa-retail.example.co.jp>"],
    subject="【要員ご提案】店舗POS保守（6月～）",
    text="""東和リテール株式会社
情報システム部 村井様

いつもお世話になっております。ネクサスブリッジの長谷川です。
先日ご相談いただいた店舗POS保守の増員について、1名ご提案させてください。
急ぎとのことでしたので、スキルシートの内容を本文に貼り付けます。

━━━━━━━━━━━━━━━━━━━━━━━━
氏名：小西 健太（こにし けんた）
生年月日：1993年4月17日（32歳）
住所：神奈川県横浜市港北区新羽町1620-3 ルミエール新羽205
携帯：080-2917-5543（私用）
最寄駅：ブルーライン 新羽駅
経験：
　2016-2020 小売業向けPOSベンダーにて導入・保守（Windows Embedded、SQL Server）
　2020-現在 当社にてコンビニチェーンのPOSリプレイス（全国1,200店舗）、夜間障害対応
資格：基本情報技術者、LPIC-1
稼働開始：6/2～可、単価はご相談
━━━━━━━━━━━━━━━━━━━━━━━━

面談は今週木・金の午後でしたら調整可能です。
""" + SIG_HASEGAWA,
    personal=[
        {"type": "name", "value": "小西 健太"},
        {"type": "birthdate", "value": "1993年4月17日"},
        {"type": "address", "value": "神奈川県横浜市港北区新羽町1620-3 ルミエール新羽205"},
        {"type": "phone", "value": "080-2917-5543"},
    ],
))

MAILS.append(dict(
    writer="hasegawa", loc="attachment", expect="hold",
    kind="personal.skill_sheet_attachment",
    why="本文は送付の一文だが、添付のスキルシートにエンジニアのフルネーム・生年月日・現住所・家族構成が載っている。",
    **{"from": HASEGAWA},
    to=["川崎精機 IT推進室 大川 亜希子 <a.okawa@kawasaki-seiki.example.co.jp>"],
    subject="ご提案要員のスキルシート送付",
    text="""川崎精機株式会社
IT推進室 大川様

お世話になっております。ネクサスブリッジの長谷川です。
昨日お話ししたネットワーク更改案件のご提案要員について、スキルシートをお送りします。
ご検討のほど、よろしくお願いいたします。
""" + SIG_HASEGAWA,
    attachments=[dict(
        filename="スキルシート_YN.xlsx",
        contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        text="""[基本情報]
氏名\t野村 由紀
フリガナ\tノムラ ユキ
生年月日\t1988/11/02
性別\t女
現住所\t東京都大田区西蒲田7-29-4 蒲田コート608
家族構成\t夫、長男（4歳）※保育園送迎のため18時退社希望
最寄駅\tJR蒲田
[経歴]
期間\t案件\t役割\t環境
2019/04-2022/03\t製造業 工場ネットワーク更改\tSE\tCisco Catalyst, FortiGate
2022/04-現在\t物流業 拠点間VPN再構築\tリーダー（4名）\tYAMAHA RTX, Aruba
[資格]
CCNP Enterprise、情報処理安全確保支援士（登録番号 第021874号）
""")],
    personal=[
        {"type": "name", "value": "野村 由紀"},
        {"type": "birthdate", "value": "1988/11/02"},
        {"type": "address", "value": "東京都大田区西蒲田7-29-4 蒲田コート608"},
        {"type": "family", "value": "夫、長男（4歳）"},
    ],
))

MAILS.append(dict(
    writer="okamoto", loc="quoted", expect="hold",
    kind="personal.user_inquiry_forward_to_vendor",
    why="保守業者への依頼で、引用された問い合わせに顧客企業の社員1名の自宅住所・私用携帯がそのまま含まれている。",
    **{"from": OKAMOTO},
    to=["PCサポートサービス 手配センター <tehai@pc-support.example.co.jp>"],
    subject="Fw: ノートPC故障（テレワーク中）交換機発送のお願い INC0048213",
    text="""PCサポートサービス 手配センター御中

いつもお世話になっております。ネクサスブリッジ サービスデスクの岡本です。
川崎精機様のユーザーからの申告です。下記のとおり、ご自宅宛てに交換機の発送をお願いします。
（保守契約 KS-2024-011、機種 LIFEBOOK U9313）

旧機の回収キットも同梱でお願いします。

-----Original Message-----
From: 松尾 隆之 <t.matsuo@kawasaki-seiki.example.co.jp>
Sent: Tuesday, May 20, 2025 8:47 AM
To: ServiceDesk <servicedesk@nexusbridge.example.co.jp>
Subject: PCが起動しません

サービスデスク御中

川崎精機 生産管理部の松尾です。
今朝からノートPCの電源が入りません（ランプも点きません）。
今週はテレワークのため、交換機は自宅に送っていただけると助かります。

　送付先：〒252-0303 神奈川県相模原市南区相模大野5-11-8 グリーンヒル相模大野403
　氏名：松尾 隆之
　携帯：090-7742-1068（私用です。日中はこちらに）
　受取希望：5/21 午前

よろしくお願いいたします。
""" + SIG_OKAMOTO,
    personal=[
        {"type": "name", "value": "松尾 隆之"},
        {"type": "address", "value": "神奈川県相模原市南区相模大野5-11-8 グリーンヒル相模大野403"},
        {"type": "phone", "value": "090-7742-1068"},
    ],
))

MAILS.append(dict(
    writer="morita", loc="body", expect="hold",
    kind="id.mynumber_pension_to_sharoushi",
    why="社労士事務所へ、新入社員と扶養配偶者のマイナンバーと基礎年金番号を本文に書いて送っている。",
    **{"from": MORITA},
    to=["あおき社会保険労務士事務所 青木 直美 <aoki@sr-office-aoki.example.jp>"],
    subject="6月1日入社 資格取得手続きのお願い（1名）",
    text="""あおき社労士事務所
青木先生

いつもお世話になっております。ネクサスブリッジ人事の森田です。
6月1日入社の中途社員1名について、社会保険・雇用保険の資格取得手続きをお願いいたします。

　氏名：村瀬 圭吾（ムラセ ケイゴ）
　生年月日：1987年2月9日
　個人番号：301661318600
　基礎年金番号：4410-382917
　報酬月額：420,000円
　被扶養者：妻 村瀬 美穂（1989年7月30日生、無収入）
　　　　　　個人番号 913909960300

雇用保険は前職の被保険者証が届き次第お送りします。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MORITA,
    personal=[
        {"type": "name", "value": "村瀬 圭吾"},
        {"type": "mynumber", "value": "301661318600"},
        {"type": "pension", "value": "4410-382917"},
        {"type": "name", "value": "村瀬 美穂"},
        {"type": "mynumber", "value": "913909960300"},
    ],
))

MAILS.append(dict(
    writer="morita", loc="subject", expect="hold",
    kind="sensitive.candidate_health_in_subject",
    why="本文は一般的な相談だが、件名に内定者の氏名と適応障害で療養中という健康情報が書かれている。",
    **{"from": MORITA},
    to=["キャリアリンク 法人営業部 田島 亮太 <r.tajima@career-link.example.jp>"],
    subject="内定辞退のご連絡（中川 彩花 様／適応障害のため療養）",
    text="""キャリアリンク株式会社
田島様

いつもお世話になっております。ネクサスブリッジの森田です。
件名の件、ご本人から本日お電話で連絡がありました。
当社としては残念ですが、ご本人の意向を尊重したいと思います。

紹介手数料の返金規定の適用について、一度お電話でご相談させてください。
明日の午前中はいかがでしょうか。
""" + SIG_MORITA,
    personal=[
        {"type": "name", "value": "中川 彩花"},
        {"type": "diagnosis", "value": "適応障害のため療養"},
    ],
))

MAILS.append(dict(
    writer="okamoto", loc="zip", expect="hold",
    kind="list.zip_user_migration_data",
    why="zip内のCSVに利用者の氏名・生年月日・私用携帯番号などが一覧で入っており、SaaS事業者に送っている。",
    **{"from": OKAMOTO},
    to=["クラウドHR カスタマーサクセス 平井 智子 <t.hirai@cloudhr.example.com>"],
    cc=["東和リテール 情報システム部 村井 健 <k.murai@towa-retail.example.co.jp>"],
    subject="東和リテール様 勤怠SaaS移行データ（第1弾）",
    text="""クラウドHR
平井様

お世話になっております。ネクサスブリッジの岡本です。
東和リテール様の移行データ（本部スタッフ分）をお送りします。
SSO未設定のユーザーはSMS認証になるため、携帯番号も入れています。

ファイルはzipにまとめただけです（パスワードなし）。
取り込みエラーが出たら行番号を教えてください。
""" + SIG_OKAMOTO,
    attachments=[
        dict(filename="towa_migration_01.zip/users_honbu.csv", contentType="text/csv",
             text="""emp_no,name,name_kana,birth_date,dept,mobile,email
T10021,佐藤 信也,サトウ シンヤ,1975-06-14,経営企画部,090-1184-2267,s.sato@towa-retail.example.co.jp
T10045,鈴木 絵美,スズキ エミ,1983-02-28,人事部,080-4420-7719,e.suzuki@towa-retail.example.co.jp
T10102,高橋 航,タカハシ ワタル,1991-09-03,情報システム部,070-6631-2084,w.takahashi@towa-retail.example.co.jp
T10117,田中 直子,タナカ ナオコ,1979-12-11,経理部,090-5502-3316,n.tanaka@towa-retail.example.co.jp
T10160,伊藤 大地,イトウ ダイチ,1996-04-25,店舗運営部,080-2278-9043,d.ito@towa-retail.example.co.jp
"""),
        dict(filename="towa_migration_01.zip/README.txt", contentType="text/plain",
             text="文字コード UTF-8、改行 LF。部署コード表は別紙。\n"),
    ],
    personal=[
        {"type": "name", "value": "佐藤 信也"},
        {"type": "birthdate", "value": "1975-06-14"},
        {"type": "phone", "value": "090-1184-2267"},
        {"type": "name", "value": "田中 直子"},
        {"type": "phone", "value": "090-5502-3316"},
    ],
))

_AGENCIES = [
    "キャリアリンク 田島 亮太 <r.tajima@career-link.example.jp>",
    "テックエージェント 採用支援部 <rps@tech-agent.example.co.jp>",
    "ITキャリアプラス 西尾 <nishio@itcareer-plus.example.jp>",
    "リクルートパートナーズ横浜 <yokohama@rp-yokohama.example.co.jp>",
    "エンジニアブリッジ 法人担当 <corp@engineer-bridge.example.com>",
    "ネクストステージ人材 中井 <nakai@nextstage-hr.example.jp>",
    "みらいキャリア 菅野 <kanno@mirai-career.example.co.jp>",
    "デジタル人材バンク <info@digital-jinzai.example.jp>",
    "アイティ転職ナビ 営業部 <sales@it-tenshoku.example.jp>",
    "湘南キャリアサポート 小田 <oda@shonan-career.example.jp>",
    "クロスリンク・リクルーティング <recruit@crosslink-r.example.co.jp>",
    "フリーランスエージェント 大森 健 <ken.omori.agent@gmail.com>",
    "グローバルテック人材 <jp@globaltech-talent.example.com>",
]

MAILS.append(dict(
    writer="morita", loc="recipients", expect="hold",
    kind="recipients.agencies_in_to",
    why="人材紹介会社13社（個人アドレスを含む）のアドレスをToに並べたまま一斉送信しており、BCCにすべきだった。",
    **{"from": MORITA},
    to=_AGENCIES,
    subject="【ネクサスブリッジ】2025年度下期 中途採用説明会のご案内（エージェント様向け）",
    text="""人材紹介会社 ご担当者様

平素より当社の採用活動にご協力いただき、誠にありがとうございます。
ネクサスブリッジ人事部の森田です。

2025年度下期の中途採用計画について、エージェント様向けの説明会を開催いたします。

　日時：7月10日（木）16:00～17:00（オンライン／Teams）
　内容：募集職種（サービスデスク、インフラ、PMO）と求める人物像
　　　　選考フローの変更点（一次面接のオンライン化）
　　　　紹介手数料・返金規定の改定について

参加URLは、7月7日までにお申込みいただいた方へ個別にお送りします。
本メールへのご返信でお申込みください。
""" + SIG_MORITA,
))

MAILS.append(dict(
    writer="hasegawa", loc="zip", expect="hold",
    kind="attachment.encrypted_zip",
    why="パスワード付きzipを添付しており、PPAPとして保留対象。",
    **{"from": HASEGAWA},
    to=["東和リテール 情報システム部 村井 健 <k.murai@towa-retail.example.co.jp>"],
    subject="お見積書と体制図の送付（店舗POS保守）",
    text="""村井様

お世話になっております。ネクサスブリッジの長谷川です。
店舗POS保守の増員分について、お見積書と体制図をお送りします。
ファイルにはパスワードを設定しています。パスワードは別メールでお送りします。

ご査収のほど、よろしくお願いいたします。
""" + SIG_HASEGAWA,
    attachments=[dict(filename="見積書_体制図_20250527.zip", contentType="application/zip", encrypted=True)],
))

MAILS.append(dict(
    writer="morita", loc="attachment", expect="hold",
    kind="list.interview_scores_to_agency",
    why="本文は結果送付の連絡だけだが、添付PDFに複数の応募者の氏名・年齢・面接評価点と評価コメントが並んでいる。",
    **{"from": MORITA},
    to=["テックエージェント 採用支援部 伊東 沙也加 <s.ito@tech-agent.example.co.jp>"],
    subject="一次面接の結果について（5/26-5/28実施分）",
    text="""テックエージェント株式会社
伊東様

いつもお世話になっております。ネクサスブリッジの森田です。
先週実施した一次面接の結果をまとめましたので、添付にてお送りします。
二次面接に進む方の日程調整をお願いできますでしょうか。
""" + SIG_MORITA,
    attachments=[dict(
        filename="一次面接結果_0526-0528.pdf", contentType="application/pdf",
        text="""一次面接結果（サービスデスク・インフラ職）
実施日：2025年5月26日～28日　面接官：森田、岡本

応募者 / 年齢 / 応募職種 / 技術 / コミュ / 意欲 / 合計 / 結果
桜井 大輔 / 34 / インフラ / 4 / 3 / 4 / 11 / 二次へ
上村 麻衣 / 27 / サービスデスク / 2 / 5 / 4 / 11 / 二次へ
浜田 勝 / 45 / インフラ / 3 / 2 / 2 / 7 / 見送り（前職の退職理由の説明が曖昧）
小野寺 怜 / 24 / サービスデスク / 1 / 3 / 3 / 7 / 見送り
吉岡 智史 / 39 / インフラ / 5 / 4 / 3 / 12 / 二次へ（年収希望 650万 要調整）

評価基準：各5点満点。合計10点以上を二次面接へ。
""")],
    personal=[
        {"type": "name", "value": "桜井 大輔"},
        {"type": "name", "value": "浜田 勝"},
        {"type": "score", "value": "浜田 勝 / 45 / インフラ / 3 / 2 / 2 / 7 / 見送り"},
        {"type": "name", "value": "吉岡 智史"},
    ],
))

MAILS.append(dict(
    writer="morita", loc="body", expect="hold",
    kind="sensitive.reference_mentions_mental_leave",
    why="転職先からの在籍照会への回答で、元社員のうつ病による休職歴という健康情報まで本文に書いている。",
    **{"from": MORITA},
    to=["ブルーオーシャンシステムズ 人事部 金子 優 <y.kaneko@blueocean-sys.example.co.jp>"],
    subject="Re: 在籍確認のお願い（清水 亮 様）",
    text="""ブルーオーシャンシステムズ株式会社
人事部 金子様

お世話になっております。ネクサスブリッジ人事部の森田です。
清水 亮 様の在籍確認について、ご本人の同意書を確認しましたので回答いたします。

　在籍期間：2018年4月1日～2025年3月31日
　最終所属：マネージドサービス本部 インフラ運用部
　最終職位：主任

なお、2023年9月から2024年1月まで、うつ病により約4か月休職しておりました。
復職後は残業を月20時間以内に制限しておりましたが、業務上の問題は特にありませんでした。
ご参考まで。

> ネクサスブリッジ 人事部 御中
> 弊社に応募いただいている清水 亮様（1990年生）の在籍確認をお願いできますでしょうか。
> ご本人の同意書を添付いたします。
> ブルーオーシャンシステムズ 人事部 金子
""" + SIG_MORITA,
    personal=[
        {"type": "name", "value": "清水 亮"},
        {"type": "diagnosis", "value": "うつ病により約4か月休職"},
    ],
))

# ---------------------------------------------------------------- passes
MAILS.append(dict(
    writer="okamoto", loc="body", expect="pass",
    kind="benign.system_outage_report",
    why="顧客向けのシステム障害の第2報で、「障害」はITの障害を指し、個人情報は含まない。",
    **{"from": OKAMOTO},
    to=["川崎精機 IT推進室 大川 亜希子 <a.okawa@kawasaki-seiki.example.co.jp>"],
    cc=["川崎精機 IT推進室 <it-suishin@kawasaki-seiki.example.co.jp>"],
    subject="【第2報】ファイルサーバ接続障害について（INC0048377）",
    text="""川崎精機株式会社
IT推進室 大川様

ネクサスブリッジ サービスデスクの岡本です。
本日発生しているファイルサーバ接続障害について、第2報をお送りします。

■障害概要
　発生時刻：2025/05/22 08:55頃
　事象：本社・厚木工場から \\\\ks-fs02 へ接続できない（一部ユーザーで共有ドライブが切断）
　影響：約240ユーザー（ユーザー申告 57件受付済み）
■原因（調査中・暫定）
　ks-fs02 のストレージコントローラ冗長構成で片系障害が発生、
　フェイルオーバー時にSMBセッションが切断された可能性
■対応状況
　10:20 保守ベンダー（ストレージ）オンサイト到着
　10:45 コントローラ交換完了、11:05 接続回復を確認
■今後
　ユーザーへの復旧アナウンス文案を別途お送りします。
　障害報告書（確定版）は5/27までに提出いたします。
""" + SIG_OKAMOTO,
))

MAILS.append(dict(
    writer="okamoto", loc="body", expect="pass",
    kind="benign.malware_infection_isolation",
    why="端末のマルウェア「感染」と「隔離」の報告で、ホスト名・IP・ハッシュ値だけが並び個人情報ではない。",
    **{"from": OKAMOTO},
    to=["東和リテール 情報システム部 村井 健 <k.murai@towa-retail.example.co.jp>"],
    subject="【セキュリティ】EDR検知：端末1台のマルウェア感染と隔離について",
    text="""東和リテール
村井様

ネクサスブリッジSOC連携窓口の岡本です。
本日未明にEDRで検知した件についてご報告します。

■検知概要
　検知日時：2025/06/03 03:12
　端末：TW-PC-0417（店舗運営部 共用PC / Windows 11 23H2）
　IP：10.20.14.117
　検知名：Trojan:Win32/AgentTesla
　ファイル：C:\\Users\\Public\\Downloads\\invoice_0603.exe
　SHA256：4f1c2b9e07a3d6e58c1f0b7a29d44e6f8135c02a9be7d3f16c0d58e2a7b91f34

■対応
　03:14 EDRにより端末をネットワークから自動隔離
　08:30 当社にてフォレンジック用メモリ取得
　外部への通信は C2 候補（185.0.2.44）への接続試行1件のみ、ブロック済み

■お願い
　当該端末は感染駆除後に再イメージ化します。店舗運営部への一報をお願いします。
　同様の添付メールが他の店舗にも届いている可能性があるため、注意喚起文案を添えます。
""" + SIG_OKAMOTO,
))

MAILS.append(dict(
    writer="hasegawa", loc="attachment", expect="pass",
    kind="benign.test_card_in_dev_minutes",
    why="開発定例の議事録で、カード番号は決済代行の公開テストカード（4111 1111 1111 1111）でありステージング環境の検証用。",
    **{"from": HASEGAWA},
    to=["東和リテール EC推進室 岸本 愛 <a.kishimoto@towa-retail.example.co.jp>"],
    cc=["ネクサスブリッジ 開発 PM 中村 大 <nakamura.dai@nexusbridge.example.co.jp>"],
    subject="ECリニューアル 第8回定例 議事録",
    text="""岸本様

お世話になっております。ネクサスブリッジの長谷川です。
本日の第8回定例の議事録を添付します。ご確認をお願いいたします。
修正があれば金曜までにお知らせください。
""" + SIG_HASEGAWA,
    attachments=[dict(
        filename="議事録_EC定例_第8回.docx",
        contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        text="""東和リテール様 ECサイトリニューアル 第8回定例 議事録
日時：2025年6月5日（木）10:00-11:00　場所：Teams
出席：東和リテール 岸本様、大谷様／ネクサスブリッジ 中村、長谷川、ベトナム開発チーム 2名

1. 決済結合テストの状況
 ・ステージング環境でクレジット決済のテストを実施。
 ・テストカード 4111 1111 1111 1111（有効期限 12/30、CVC 123）で正常系 48件OK。
 ・3Dセキュア2.0の認証失敗ケースは決済代行のテスト番号を使って次回実施。
 ・本番カードは絶対に使わないこと（再確認）。
2. 障害票
 ・BUG-221 カート画面でクーポン併用時に送料が二重計上 → 修正済み、再テスト待ち
3. 次回
 ・6月12日（木）10:00～
""")],
))

MAILS.append(dict(
    writer="hasegawa", loc="recipients", expect="pass",
    kind="benign.project_kickoff_six_addresses",
    why="2社6名が見える宛先のキックオフ日程調整で、プロジェクト関係者間の通常の連絡。",
    **{"from": HASEGAWA},
    to=["川崎精機 IT推進室 大川 亜希子 <a.okawa@kawasaki-seiki.example.co.jp>",
        "川崎精機 IT推進室 石田 隼 <h.ishida@kawasaki-seiki.example.co.jp>",
        "川崎精機 厚木工場 情報課 今井 誠 <m.imai@kawasaki-seiki.example.co.jp>",
        "川崎精機 厚木工場 施設課 小田 啓介 <k.oda@kawasaki-seiki.example.co.jp>"],
    cc=["野村 由紀 <nomura.yuki@nexusbridge.example.co.jp>",
        "中村 大 <nakamura.dai@nexusbridge.example.co.jp>"],
    subject="ネットワーク更改プロジェクト キックオフ日程のご相談",
    text="""川崎精機株式会社
大川様、石田様、今井様、小田様

お世話になっております。ネクサスブリッジの長谷川です。
ご契約いただきありがとうございます。プロジェクトのキックオフを下記で調整させてください。

候補：6/16（月）14:00、6/17（火）10:00、6/18（水）15:00
場所：厚木工場 会議室（工場側の配線状況も見せていただければ）
当社出席：長谷川、中村（PM）、野村（リーダー）

アジェンダ案
1. 体制と連絡ルート（定例：隔週火曜）
2. 現行構成のヒアリング（L3スイッチ、FortiGate）
3. スケジュール（切替は11月の連休を想定）

ご都合の良い日時をお知らせください。
""" + SIG_HASEGAWA,
))

MAILS.append(dict(
    writer="morita", loc="body", expect="pass",
    kind="benign.offer_holder_own_invitation",
    why="内定者本人の私用アドレスへ本人の懇親会案内を送るもので、第三者への提供ではない。",
    **{"from": MORITA},
    to=["田辺 萌 <moe.tanabe.2026@gmail.com>"],
    subject="【ネクサスブリッジ】内定者懇親会のご案内",
    text="""田辺 萌 様

こんにちは。ネクサスブリッジ人事部の森田です。
先日は内定承諾書をご提出いただき、ありがとうございました。
改めまして、入社を心より歓迎いたします。

2026年度入社の内定者懇親会を下記のとおり開催します。
同期になる皆さんや、若手社員と話せる機会ですので、ぜひご参加ください。

　日時：8月9日（土）13:00～16:00
　場所：本社 12F カフェテリア（みなとみらい駅 徒歩3分）
　内容：会社紹介、先輩社員との座談会、オフィスツアー
　交通費：全額支給（領収書または経路をお知らせください）

出欠を7月25日までに、このメールへの返信でお知らせください。
遠方の場合はオンライン参加も可能です。

田辺さんとお会いできるのを楽しみにしております。
""" + SIG_MORITA,
))

MAILS.append(dict(
    writer="morita", loc="body", expect="pass",
    kind="benign.minimal_employment_verification",
    why="本人の同意書を確認したうえで、在籍期間と職位だけを回答する最小限の在籍確認。",
    **{"from": MORITA},
    to=["グリーンフィールド 人事部 採用担当 <saiyo@greenfield.example.co.jp>"],
    subject="Re: 在籍確認のご依頼について",
    text="""グリーンフィールド株式会社
人事部 採用ご担当者様

お世話になっております。ネクサスブリッジ人事部の森田です。
ご依頼の在籍確認について、ご本人の同意書（6月2日付）を確認しましたので、
当社規程に基づき下記の範囲で回答いたします。

　対象者：山下 隼人 様
　在籍期間：2020年10月1日～2025年5月31日
　最終職位：サービスデスク部 シニアアナリスト

上記以外の事項（評価、給与、退職理由等）については回答しておりませんので、
ご了承ください。

> 弊社へ応募いただいている山下 隼人様の在籍確認をお願いします。
> ご本人の同意書を添付いたします。
""" + SIG_MORITA,
))

MAILS.append(dict(
    writer="okamoto", loc="attachment", expect="pass",
    kind="benign.asset_serial_list",
    why="PC入替の資産一覧で、シリアル番号・MACアドレス・資産番号と部署だけが並び、個人は特定されない。",
    **{"from": OKAMOTO},
    to=["PCサポートサービス 手配センター <tehai@pc-support.example.co.jp>"],
    subject="川崎精機様 6月入替分 資産一覧",
    text="""手配センター御中

ネクサスブリッジの岡本です。
川崎精機様 6月入替分（第3バッチ 8台）の資産一覧を添付します。
回収はキッティング済み機の設置と同日でお願いします。
""" + SIG_OKAMOTO,
    attachments=[dict(
        filename="KS_入替_第3バッチ.xlsx",
        contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        text="""[第3バッチ]
資産番号\t設置部署\t旧機シリアル\t旧機MAC\t新機シリアル\t設置日
KS-NB-20417\t厚木工場 品質保証課\tR3X04417\t00:1B:44:11:3A:B7\tR5Z10982\t6/24
KS-NB-20418\t厚木工場 品質保証課\tR3X04418\t00:1B:44:11:3A:C2\tR5Z10983\t6/24
KS-NB-20451\t厚木工場 製造二課\tR3X04451\t00:1B:44:11:3B:09\tR5Z10984\t6/24
KS-NB-20452\t厚木工場 製造二課\tR3X04452\t00:1B:44:11:3B:0A\tR5Z10985\t6/24
KS-NB-20503\t本社 経理部\tR3X04503\t00:1B:44:11:3C:71\tR5Z10986\t6/25
KS-NB-20504\t本社 経理部\tR3X04504\t00:1B:44:11:3C:72\tR5Z10987\t6/25
KS-NB-20560\t本社 生産管理部\tR3X04560\t00:1B:44:11:3D:18\tR5Z10988\t6/25
KS-NB-20561\t本社 生産管理部\tR3X04561\t00:1B:44:11:3D:19\tR5Z10989\t6/25
""")],
))

MAILS.append(dict(
    writer="morita", loc="body", expect="pass",
    kind="benign.csr_survey_aggregates",
    why="取引先のCSR調査への回答で、障害者雇用率やストレスチェック受検率などの集計値だけを記載している。",
    **{"from": MORITA},
    to=["川崎精機 調達部 サステナビリティ調達担当 <sustainable@kawasaki-seiki.example.co.jp>"],
    subject="サプライヤーCSR調査票のご回答（ネクサスブリッジ）",
    text="""川崎精機株式会社
調達部 サステナビリティ調達ご担当者様

いつもお世話になっております。株式会社ネクサスブリッジ人事部の森田です。
ご依頼のCSR調査票について、人事関連項目の回答をお送りします。

Q12 障害者雇用：障害者雇用率 2.58%（2025年6月1日時点、法定 2.5%）
Q13 健康経営：健康経営優良法人2025（大規模法人部門）認定
Q14 ストレスチェック：受検率 94.1%、高ストレス者割合 9.8%（全社）
Q15 休職者の復職支援：産業医・保健師による復職面談、リワーク制度あり
Q16 女性管理職比率：17.3%
Q17 男性育休取得率：68.0%

個人を特定できる情報は記載しておりません。
その他の項目（環境・情報セキュリティ）は総務部から別途回答いたします。
""" + SIG_MORITA,
))

MAILS.append(dict(
    writer="okamoto", loc="body", expect="pass",
    kind="benign.product_names_like_given_names",
    why="「ハルカ」「サクラ」は勤怠・ワークフロー製品名で、「高橋製作所」は社名。人名のように見えるが個人情報はない。",
    **{"from": OKAMOTO},
    to=["高橋製作所 総務部 システム担当 <system@takahashi-ss.example.co.jp>"],
    subject="Re: ハルカとサクラの連携エラーについて",
    text="""株式会社高橋製作所
総務部 システムご担当者様

ネクサスブリッジ サービスデスクの岡本です。
お問い合わせの件、調査結果をご連絡します。

勤怠システム「ハルカ」から、ワークフロー「サクラ」への申請連携が
6/9以降エラーになっていた件は、ハルカ側の API トークンの期限切れが原因でした。
（ハルカ管理画面 → 外部連携 → サクラ連携 の「トークン再発行」で解消します）

本日14:10に再発行し、滞留していた申請 23件の再送も完了しています。
また、「ミライ」（経費精算）側は影響ありません。

再発防止として、トークン期限の30日前にサービスデスクへ通知が届くよう設定しました。

> 6/9からサクラに休暇申請が上がってこないと、各部署から問い合わせが来ています。
> ハルカの画面上は「申請済み」になっています。至急確認をお願いします。
> 高橋製作所 総務部
""" + SIG_OKAMOTO,
))

MAILS.append(dict(
    writer="okamoto", loc="zip", expect="pass",
    kind="benign.plain_zip_server_logs",
    why="暗号化されていないzipで、中身はホスト名・エラーコード・ハッシュ値からなるサーバログのみ。",
    **{"from": OKAMOTO},
    to=["クラウドHR テクニカルサポート <tech-support@cloudhr.example.com>"],
    subject="[Case 00219874] SSO連携エラーのログ送付",
    text="""クラウドHR テクニカルサポート御中

ネクサスブリッジの岡本です。Case 00219874 の件、ご依頼のログをお送りします。
zipはパスワードなしです。ユーザー名は社内IDのハッシュに置き換えています。

発生は 6/11 09:00-09:20 に集中しています。ご確認をお願いします。
""" + SIG_OKAMOTO,
    attachments=[dict(
        filename="case00219874_logs.zip/idp_saml_20250611.log", contentType="text/plain",
        text="""2025-06-11T09:01:12.441+09:00 idp-01 WARN  SAMLResponse rejected: NotOnOrAfter exceeded (skew=312s) user_hash=9c1e4f07
2025-06-11T09:01:13.002+09:00 idp-01 WARN  SAMLResponse rejected: NotOnOrAfter exceeded (skew=311s) user_hash=a27b55d0
2025-06-11T09:03:40.118+09:00 idp-02 INFO  NTP sync status=unsynchronised source=10.0.0.12
2025-06-11T09:18:55.730+09:00 idp-01 INFO  NTP sync status=synchronised offset=-0.004s
2025-06-11T09:19:02.914+09:00 idp-01 INFO  SAMLResponse accepted user_hash=9c1e4f07 sp=cloudhr-prod
""")],
))
