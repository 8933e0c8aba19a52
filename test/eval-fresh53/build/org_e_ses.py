"""Org E: 株式会社ネクストリンク・テクノロジーズ (IT staffing / SES)."""
from common import (M, addr, att, enc_zip, XLSX, CSV, PDF, DOCX, mynumber, fmt4)

ORG = "E"
DOM = "nextlink-tech.example.jp"

MIURA = addr("三浦 大輔（ネクストリンク・テクノロジーズ）", f"d-miura@{DOM}")
TAKADA = addr("高田 結衣", f"y-takada@{DOM}")
ISHIHARA = addr("Sho Ishihara / 石原 翔", f"s-ishihara@{DOM}")

SIG_MIURA = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社ネクストリンク・テクノロジーズ
営業本部 第二営業部 アカウントマネージャー
三浦 大輔（Daisuke Miura）
〒105-0014 東京都港区芝2-28-8 芝NTビル7F
TEL：03-5555-3380　携帯：080-5555-3381
Mail：d-miura@nextlink-tech.example.jp
労働者派遣事業 許可番号 派13-318842／有料職業紹介事業 許可番号 13-ユ-318843
━━━━━━━━━━━━━━━━━━━━━━━━━━━
※SES案件・要員情報の第三者への転載はご遠慮ください。
"""

SIG_TAKADA = """
--------------------------------------------------
株式会社ネクストリンク・テクノロジーズ
管理部 人事労務グループ
高田 結衣（たかだ ゆい）
TEL 03-5555-3390（直通）
--------------------------------------------------
"""

SIG_TAKADA_EN = """
Yui Takada
HR & Labour Affairs, Administration Division
NextLink Technologies Inc.
Tel: +81-3-5555-3390
"""

SIG_ISHIHARA = """
--
石原 翔 / Sho Ishihara
Project Leader, Delivery Division
NextLink Technologies Inc.（株式会社ネクストリンク・テクノロジーズ）
Mobile: 080-5555-3402
"""

MN_KUDO = mynumber("51937402816")
MN_HOSHI = mynumber("30482716593")
MN_LEE = mynumber("62715038429")


def mails():
    out = []

    # ---------------- HOLDS ----------------
    out.append(M(
        "E-h1", "hold", "personal.skill_sheet", "body", "三浦 大輔",
        "An engineer proposal to a client with full name, birth date, home address, private mobile and career; a profile sent to a third party.",
        MIURA, [addr("株式会社東邦フィナンシャルシステムズ 調達部 岡野 様", "okano@toho-fs.example.co.jp")],
        "【要員ご提案】勘定系リプレース案件（Java/Spring）佐野",
        f"""
株式会社東邦フィナンシャルシステムズ
調達部　岡野 様

いつも大変お世話になっております。ネクストリンクの三浦でございます。
先日ご共有いただいた勘定系リプレース案件につきまして、弊社プロパーの要員をご提案いたします。

━━━━━━━━━━━━━━━━━━━━
■氏名：佐野 大樹（さの だいき）
■生年月日：1991年7月23日（33歳）男性
■住所：東京都江東区大島6-14-2 サンライズ大島504
■連絡先：090-4871-2264（本人携帯）
■最寄駅：都営新宿線 大島駅
■最終学歴：2014年 東京工科大学 コンピュータサイエンス学部 卒
■経験：Java 9年、Spring Boot 5年、Oracle 7年
■直近案件：地方銀行 融資システム更改（2022/04〜2025/06、詳細設計〜結合試験、チーム5名のサブリーダー）
■資格：応用情報技術者、Oracle Master Gold
■稼働：2025年8月1日〜　■単価：78万円（140-180h 精算）
━━━━━━━━━━━━━━━━━━━━

面談は7月第1週であれば調整可能です。ご検討のほど、よろしくお願いいたします。
{SIG_MIURA}""",
        personal=[("name", "佐野 大樹"), ("birthdate", "1991年7月23日"),
                  ("address", "東京都江東区大島6-14-2 サンライズ大島504"),
                  ("phone", "090-4871-2264")]))

    out.append(M(
        "E-h2", "hold", "sensitive.health", "body", "高田 結衣",
        "A reference to a prospective employer abroad discloses the former engineer's leave for depression (mental-health information beyond what a reference needs).",
        TAKADA, [addr("Grace Lim, Talent Acquisition", "grace.lim@meridiantech.example.sg")],
        "Re: Reference check – Kenji Arai",
        f"""
Dear Ms. Lim,

Thank you for your email. Mr. Arai has given us written consent to respond to your reference request, so I am happy to confirm the following.

- Name: Kenji Arai
- Employment: 1 April 2019 – 31 March 2025
- Last position: Senior Engineer (cloud infrastructure), assigned to client projects in the financial sector
- Reason for leaving: voluntary resignation

In terms of performance, Kenji was consistently rated "exceeds expectations" and led the migration of a payment platform to AWS in 2024.

For completeness, he took a four-month leave of absence for depression in 2023 (May–August). He returned to full duties afterwards without any further issues.

Please let me know if you need anything else.

Best regards,
{SIG_TAKADA_EN}
> Dear HR team, we are considering Mr. Kenji Arai for a Senior Cloud Engineer role in Singapore.
> Could you confirm his dates of employment and position, and share any comments on his performance?
> Grace Lim, Meridian Tech Pte. Ltd.""",
        personal=[("name", "Kenji Arai"),
                  ("diagnosis", "four-month leave of absence for depression")]))

    out.append(M(
        "E-h3", "hold", "id.residence_card", "body", "高田 結衣",
        "A foreign engineer's residence card number, nationality, residence-period end and birth date are sent to the client's security office.",
        TAKADA, [addr("株式会社オリオン証券 総務部 入館管理担当", "nyukan@orion-sec.example.co.jp")],
        "常駐者の入館証発行申請（7/1〜 グエン）",
        f"""
株式会社オリオン証券
総務部 入館管理ご担当者様

いつもお世話になっております。
株式会社ネクストリンク・テクノロジーズ 管理部の高田でございます。

7月1日より貴社システム部様の案件に参画する弊社社員について、入館証の発行をお願いいたします。
外国籍のため、貴社規定に基づき在留資格の情報を記載いたします。

　氏名：NGUYEN VAN MINH（グエン・ヴァン・ミン）
　国籍：ベトナム
　生年月日：1994年2月17日
　在留資格：技術・人文知識・国際業務
　在留カード番号：UH48213675EA
　在留期間満了日：2027年3月31日
　入館期間：2025年7月1日〜2025年12月31日（更新予定）

写真データは別途、貴社指定のアップロードフォームから提出いたします。
{SIG_TAKADA}""",
        personal=[("name", "NGUYEN VAN MINH"), ("birthdate", "1994年2月17日"),
                  ("residence_card", "UH48213675EA"), ("nationality", "国籍：ベトナム")]))

    out.append(M(
        "E-h4", "hold", "list.roster", "attachment", "三浦 大輔",
        "Bench list of seven engineers with full names, ages, private mobiles and rates goes to a partner company; the body is harmless.",
        MIURA, [addr("株式会社アークスリンク 営業部 竹中 様", "takenaka@arcslink.example.co.jp")],
        "弊社 7月〜稼働可能要員のご共有",
        f"""
アークスリンク
竹中 様

お世話になっております。ネクストリンクの三浦です。
先日お話しした件、7月以降に稼働可能な弊社要員の一覧をお送りします。
御社エンド様の案件でマッチしそうなものがあれば、ぜひご紹介ください。

商流はいつもどおり弊社→御社の二次までとさせてください。
{SIG_MIURA}""",
        attachments=[att("稼働可能要員一覧_202507.xlsx", XLSX, """
[要員一覧]
No	氏名	年齢	携帯	最寄駅	スキル	稼働開始	希望単価(万円)
1	佐野 大樹	33	090-4871-2264	大島	Java/Spring, Oracle	8/1	78
2	工藤 亜美	28	080-3390-1176	川崎	React, TypeScript	7/1	65
3	星 拓郎	41	070-2215-8843	北千住	PM, PMO, 金融	7/15	95
4	李 明哲	30	090-6652-0398	新大久保	AWS, Terraform	7/1	75
5	細川 諒	25	080-7718-2045	武蔵小杉	テスト, Python	即日	48
6	根本 ゆかり	36	090-1184-6672	所沢	SAP FI/CO	9/1	90
7	大竹 修平	45	080-4409-3321	千葉	COBOL, JCL	8/1	72
""")],
        personal=[("name", "工藤 亜美"), ("phone", "080-3390-1176"),
                  ("name", "星 拓郎"), ("phone", "070-2215-8843"),
                  ("name", "細川 諒"), ("phone", "080-7718-2045")]))

    out.append(M(
        "E-h5", "hold", "id.mynumber", "attachment", "高田 結衣",
        "New-hire CSV for the 社労士 contains three people's マイナンバー, basic pension numbers and employment-insurance numbers.",
        TAKADA, [addr("しおさい社会保険労務士事務所 高村 様", "takamura@shiosai-sr.example.jp")],
        "7月1日入社者 資格取得届用データ",
        f"""
しおさい社会保険労務士事務所
高村 様

いつもお世話になっております。ネクストリンクの高田です。
7月1日入社の3名について、社会保険・雇用保険の資格取得届用データを添付いたします。
標準報酬月額の算定根拠（雇用契約書の写し）は、来週郵送いたします。

よろしくお願いいたします。
{SIG_TAKADA}""",
        attachments=[att("資格取得_20250701.csv", CSV, f"""
氏名,フリガナ,生年月日,個人番号,基礎年金番号,雇用保険被保険者番号,月額給与
工藤 亜美,クドウ アミ,1997/02/09,{MN_KUDO},1234-567801,5012-345678-9,360000
星 拓郎,ホシ タクロウ,1983/11/27,{MN_HOSHI},2345-678912,5023-456789-1,620000
李 明哲,イ ミョンチョル,1995/05/14,{MN_LEE},3456-789023,5034-567890-2,480000
""")],
        personal=[("name", "工藤 亜美"), ("mynumber", MN_KUDO),
                  ("name", "星 拓郎"), ("mynumber", MN_HOSHI),
                  ("name", "李 明哲"), ("mynumber", MN_LEE),
                  ("pension_number", "2345-678912"),
                  ("employment_insurance_number", "5034-567890-2")]))

    out.append(M(
        "E-h6", "hold", "sensitive.criminal", "quoted", "三浦 大輔",
        "The reply to the client sits on top of an internal thread stating an engineer's past conviction (unauthorised-access fine); only the quoted part holds it.",
        MIURA, [addr("株式会社東邦フィナンシャルシステムズ システム開発部 桜井 様", "sakurai@toho-fs.example.co.jp")],
        "Re: Fw: 柴田さん 参画可否の件",
        f"""
桜井様

ご確認いただきありがとうございます。
それでは柴田は予定どおり7月1日からの参画とさせていただきます。
初日は9:30に1階受付で、入館手続きの後、桜井様のチームにご挨拶に伺います。

PC貸与とアカウント申請の書類は、本日中に高田から送付いたします。
引き続きよろしくお願いいたします。
{SIG_MIURA}
-----Original Message-----
From: 高田 結衣 <y-takada@nextlink-tech.example.jp>
Sent: Tuesday, June 17, 2025 10:02 AM
To: 三浦 大輔
Subject: Fw: 柴田さん 参画可否の件

三浦さん

東邦FS様の件、念のため共有です。
柴田 恭平さんは入社時の申告で、2019年に不正アクセス禁止法違反で罰金刑を受けたことがあると本人から聞いています。
金融案件なので、先方のセキュリティ審査で聞かれた場合の回答は相談させてください。
本人には口外しない約束をしています。

高田
""",
        personal=[("name", "柴田 恭平"),
                  ("criminal", "2019年に不正アクセス禁止法違反で罰金刑を受けた")]))

    out.append(M(
        "E-h7", "hold", "id.bank_account", "quoted", "三浦 大輔",
        "A freelancer's personal bank account change is forwarded to the partner company's accounting in the quoted mail.",
        MIURA, [addr("株式会社アークスリンク 経理部 御中", "keiri@arcslink.example.co.jp")],
        "Fw: 振込先変更のお願い（森）",
        f"""
アークスリンク 経理部 御中

お世話になっております。ネクストリンクの三浦です。
御社経由で参画いただいている森さんから、弊社にも下記の連絡がありました。
7月末支払分から、変更後の口座でお手続きいただけますでしょうか。
{SIG_MIURA}
---------- Forwarded message ----------
From: 森 隼人 <hayato.mori.dev@gmail.com>
Date: 2025/06/16 (月) 19:25
Subject: 振込先変更のお願い

お世話になっております。フリーランスの森です。
メインバンクを変更したため、7月以降の報酬は下記にお振込みをお願いします。

　楽天みらい銀行 第一営業支店（251）普通 7204918
　口座名義：モリ ハヤト

よろしくお願いします。
森 隼人
""",
        personal=[("name", "森 隼人"),
                  ("bank_account", "楽天みらい銀行 第一営業支店（251）普通 7204918"),
                  ("email", "hayato.mori.dev@gmail.com")]))

    out.append(M(
        "E-h8", "hold", "sensitive.health", "subject", "高田 結衣",
        "The subject names an engineer and his adjustment-disorder sick leave; the body only lists successor candidates.",
        TAKADA, [addr("株式会社オリオン証券 システム部 長谷 様", "hase@orion-sec.example.co.jp")],
        "山根 慎吾の休職（適応障害）に伴う後任体制について",
        f"""
株式会社オリオン証券
システム部　長谷 様

いつも大変お世話になっております。ネクストリンクの高田でございます。
先日はお時間をいただき、ありがとうございました。

標記の件、後任候補2名の面談候補日を以下にお送りします。
　・T.M.（38歳、.NET/C# 12年、証券バックオフィス経験あり）
　　面談候補：6/24（火）16:00、6/25（水）10:00
　・K.O.（31歳、.NET/C# 6年、Azure経験あり）
　　面談候補：6/24（火）17:00、6/26（木）13:00

引き継ぎ期間は2週間を想定しております。
ご都合のよい日時をお知らせいただけますと幸いです。
{SIG_TAKADA}""",
        personal=[("name", "山根 慎吾"), ("diagnosis", "休職（適応障害）")]))

    out.append(M(
        "E-h9", "hold", "attachment.encrypted_zip", "zip", "三浦 大輔",
        "Skill sheets and the order acknowledgment sent as a password ZIP with the password 'in the next mail' (PPAP).",
        MIURA, [addr("株式会社東邦フィナンシャルシステムズ 調達部 岡野 様", "okano@toho-fs.example.co.jp")],
        "注文請書・スキルシート送付の件",
        f"""
岡野様

お世話になっております。ネクストリンクの三浦です。
8月参画分の注文請書およびスキルシートをお送りいたします。
ファイルはパスワード付きZIPとなっております。パスワードは次のメールでお送りします。

ご査収のほど、よろしくお願いいたします。
{SIG_MIURA}""",
        attachments=[enc_zip("注文請書_スキルシート_202508.zip")]))

    bp_to = [
        addr("株式会社アークスリンク 竹中 様", "takenaka@arcslink.example.co.jp"),
        addr("株式会社ブルーシステムズ 営業部", "sales@blue-systems.example.co.jp"),
        addr("テクノフォース株式会社 山内 様", "yamauchi@technoforce.example.co.jp"),
        addr("株式会社コードライン 要員担当", "ses@codeline.example.jp"),
        addr("合同会社ビットブリッジ 代表 川原 様", "kawahara@bitbridge.example.jp"),
        addr("株式会社サンクロス 営業 野々村 様", "nonomura@suncross.example.co.jp"),
        addr("株式会社ミライエンジニアリング 営業", "eigyo@mirai-eng.example.co.jp"),
        addr("インフィニット・ソリューションズ株式会社 坂上 様", "sakagami@infinit-sol.example.co.jp"),
        addr("株式会社エルテック 片桐 様", "katagiri@eltech.example.co.jp"),
        addr("株式会社ゼットワークス 要員調整", "bp@zworks.example.jp"),
        addr("株式会社ノースゲート 営業 須田 様", "suda@northgate-it.example.co.jp"),
        addr("株式会社フロンティアテック 大塚 様", "otsuka@frontier-tech.example.co.jp"),
        addr("株式会社リンクス 三宅 様", "miyake@links-it.example.jp"),
        addr("株式会社ウェーブシステム 営業推進部", "sales@wave-system.example.co.jp"),
    ]
    out.append(M(
        "E-h10", "hold", "recipients.visible_external", "recipients", "三浦 大輔",
        "Weekly bench information sent to 14 partner companies with every address visible in To (competitors see each other).",
        MIURA, bp_to,
        "【ネクストリンク】今週の稼働可能要員情報（6/16週）",
        f"""
パートナー各位

いつもお世話になっております。ネクストリンクの三浦です。
今週の弊社稼働可能要員をご案内いたします。案件のご紹介をお待ちしております。

　①T.K.（28歳・女性）React/TypeScript 5年　7月〜　65万円
　②T.H.（41歳・男性）PM/PMO 金融 15年　7月中旬〜　95万円
　③M.L.（30歳・男性）AWS/Terraform 6年　7月〜　75万円
　④R.H.（25歳・男性）テスト/Python 2年　即日〜　48万円

※スキルシートはお問い合わせいただいた案件ごとにお送りします。
※商流制限：弊社→貴社→エンド様の二次までとさせてください。
{SIG_MIURA}""",
    ))

    # ---------------- PASSES ----------------
    out.append(M(
        "E-p1", "pass", "benign.anonymized_profile", None, "三浦 大輔",
        "Engineer proposal with initials, age, nearest station and skills only; no name, address or contact, so not an identifiable profile.",
        MIURA, [addr("株式会社オリオン証券 システム部 長谷 様", "hase@orion-sec.example.co.jp")],
        "【要員ご提案】証券バックオフィス保守（.NET）T.M.",
        f"""
株式会社オリオン証券
システム部　長谷 様

いつもお世話になっております。ネクストリンクの三浦です。
高田からご連絡している件とは別に、保守案件向けに1名ご提案いたします。

　イニシャル：T.M.（38歳・男性）
　最寄駅：東急田園都市線 たまプラーザ
　スキル：C#/.NET 12年、SQL Server 10年、VB.NET（移行経験あり）
　業務知識：証券バックオフィス（約定・受渡・残高管理）6年
　直近：ネット証券 受渡システム保守（2021〜2025、リーダー）
　稼働：7月1日〜／単価：82万円（140-180h）

スキルシート（イニシャル版）を添付いたします。
面談をご希望の場合は候補日をお知らせください。
{SIG_MIURA}""",
        attachments=[att("スキルシート_TM.xlsx", XLSX, """
[スキルシート]
イニシャル	T.M.	年齢	38	性別	男性
最寄駅	田園都市線 たまプラーザ	稼働	2025/07/01〜
期間	案件	役割	言語/環境
2021/04-2025/06	ネット証券 受渡システム保守	リーダー（4名）	C#, .NET 6, SQL Server 2019
2017/10-2021/03	証券会社 残高管理システム再構築	詳細設計〜試験	C#, VB.NET, Oracle 12c
2013/04-2017/09	保険会社 契約管理	製造・試験	VB.NET, SQL Server
""")]))

    out.append(M(
        "E-p2", "pass", "benign.it_outage", None, "石原 翔",
        "\"障害\" is a production incident report with server names, error counts and a log hash; no personal data.",
        ISHIHARA, [addr("株式会社東邦フィナンシャルシステムズ システム開発部 桜井 様", "sakurai@toho-fs.example.co.jp")],
        "【障害報告・第一報】オンラインバンキングAPI 応答遅延（6/18 09:12〜）",
        f"""
桜井様

お疲れさまです。ネクストリンクの石原です。
本日発生した障害について、第一報をお送りします。

■事象：オンラインバンキングAPI（/v2/transfer）の応答遅延・タイムアウト
■発生：2025/06/18 09:12　■暫定復旧：09:47
■影響：振込予約APIで約1,840件のタイムアウト（HTTP 504）、うち再送で成功 1,792件
■原因（調査中）：DBコネクションプールの枯渇。09:00のバッチ（TRF_RSV_0900）と競合した可能性
■暫定対処：APサーバ（ap-prd-03, ap-prd-04）再起動、プール上限を200→300に変更
■ログ：app-20250618.log.gz（SHA-256: 5d41402abc4b2a76b9719d911017c592e3b0c44298fc1c149afbf4c8996fb924 ※先頭部分）

恒久対策を含めた第二報は、明日17時までにお送りいたします。
{SIG_ISHIHARA}""",
        cc=[addr("三浦 大輔", f"d-miura@{DOM}")]))

    out.append(M(
        "E-p3", "pass", "benign.it_malware", None, "石原 翔",
        "\"感染\" and \"隔離\" refer to a laptop infected with malware; device serial, hash and process only.",
        ISHIHARA, [addr("株式会社オリオン証券 情報セキュリティ室 CSIRT", "csirt@orion-sec.example.co.jp")],
        "【報告】貸与端末のマルウェア感染疑いと隔離対応について",
        f"""
オリオン証券 情報セキュリティ室
CSIRT ご担当者様

ネクストリンク・テクノロジーズの石原です。
弊社常駐メンバーが使用している貴社貸与端末で、EDRのアラートが上がりましたのでご報告します。

■端末：貸与PC No. ORN-LT-04417（シリアル 5CG2381KQZ）
■検知日時：2025/06/17 14:26
■検知内容：Trojan:Win32/AgentTesla 疑い（C:\\Users\\Public\\invoice_0617.exe）
■SHA-256：2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae
■対応：14:31 ネットワークから隔離済み、利用者は予備機に切替済み
■感染経路：添付ファイル付きの不審メールを開封した可能性（調査中）

端末は現状保全のまま、貴社情報システム部様へお渡しいたします。
引き渡し時刻のご指示をお願いいたします。
{SIG_ISHIHARA}"""))

    test_card = "4111 1111 1111 1111"
    out.append(M(
        "E-p4", "pass", "benign.test_card", None, "石原 翔",
        "Development minutes mention the well-known Luhn-valid test card number for the staging payment gateway; no real customer.",
        ISHIHARA, [addr("株式会社ハルモニアEC 開発部 Alex Turner", "alex.turner@harmonia-ec.example.com"),
                   addr("株式会社ハルモニアEC 開発部 西 様", "nishi@harmonia-ec.example.com")],
        "Minutes – Payment module sprint review (Sprint 14) / 決済モジュール スプリントレビュー議事録",
        f"""
Alex-san, 西さん

Thanks for joining today's sprint review. Minutes below (JP/EN mixed, sorry).

Date: 2025-06-19 (Thu) 15:00–16:00, Teams
Attendees: Harmonia EC – Alex Turner, 西; NextLink – 石原, 細川

1. Demo: 3-D Secure 2.0 flow on staging
   - Test card {test_card} (exp 12/30, CVC 123) → challenge flow OK
   - 失敗系：テストカード 4000 0000 0000 0002 で decline を確認
   - Sandbox merchant ID: HMN-STG-0042
2. Issues
   - #412 金額が0円のときに決済APIを呼んでしまう → fix in Sprint 15
   - #418 Retry after timeout creates duplicate order (order no. HM-20250619-00311 on staging)
3. Decisions
   - 本番カード情報は一切ログに出さない（PAN masking: first 6 / last 4）
   - Release to production: 7/8 (Tue) 22:00

Next review: 7/3 (Thu) 15:00.
{SIG_ISHIHARA}""",
        cc=[addr("細川 諒", f"r-hosokawa@{DOM}")]))

    out.append(M(
        "E-p5", "pass", "benign.employment_verification", None, "高田 結衣",
        "Employment verification with the former employee's written consent, giving only dates and title.",
        TAKADA, [addr("Background Screening Team", "verify@clearpath-screening.example.com")],
        "Employment verification – Ms. Mika Saito (Ref. CP-88213)",
        f"""
Dear Background Screening Team,

In response to your request (Ref. CP-88213), and on the basis of the signed authorisation from the candidate that you attached, we confirm the following:

  Name: Mika Saito
  Employer: NextLink Technologies Inc.
  Dates of employment: 1 October 2020 – 30 April 2025
  Position held at departure: Software Engineer (Grade S2)
  Employment type: Full-time, permanent

In line with our policy, we do not provide information on salary, performance or reasons for leaving.
{SIG_TAKADA_EN}"""))

    out.append(M(
        "E-p6", "pass", "benign.project_recipients", None, "石原 翔",
        "Kick-off scheduling with 6 visible addresses from 2 companies (client and one subcontractor); a normal project distribution.",
        ISHIHARA, [addr("株式会社ハルモニアEC Alex Turner", "alex.turner@harmonia-ec.example.com"),
                   addr("株式会社ハルモニアEC 西 様", "nishi@harmonia-ec.example.com"),
                   addr("株式会社ハルモニアEC 深田 様", "fukada@harmonia-ec.example.com")],
        "【日程確定】ポイント基盤刷新 キックオフ（7/2）",
        f"""
関係者各位

お疲れさまです。ネクストリンクの石原です。
ポイント基盤刷新プロジェクトのキックオフを下記のとおり実施します。

　日時：7月2日（水）10:00〜11:30
　場所：ハルモニアEC様 本社 12F 会議室「Aster」＋Teams
　議題：
　　1. プロジェクト概要・体制（深田様）
　　2. スケジュールとマイルストーン（石原）
　　3. 開発環境・ブランチ戦略（コードライン 大野様）
　　4. コミュニケーションルール（定例、Slack、課題管理）

資料は前日17時までにSharePointに格納します。
{SIG_ISHIHARA}""",
        cc=[addr("株式会社コードライン 大野 様", "ohno@codeline.example.jp"),
            addr("株式会社コードライン 杉浦 様", "sugiura@codeline.example.jp"),
            addr("株式会社コードライン 要員担当", "ses@codeline.example.jp"),
            addr("三浦 大輔", f"d-miura@{DOM}")]))

    out.append(M(
        "E-p7", "pass", "benign.corporate_bank", None, "三浦 大輔",
        "Payment instructions with SWIFT code for an offshore partner's corporate account.",
        MIURA, [addr("Tran Thi Thu Ha, Accounting", "ha.tran@saigon-devworks.example.vn")],
        "Re: Invoice SDW-2025-0611 – payment date",
        f"""
Dear Ms. Ha,

Thank you for invoice SDW-2025-0611 (offshore development, May 2025, USD 18,400).

We have scheduled the remittance for 30 June 2025 to the account below, as confirmed in your letter of 2 April:

  Beneficiary: SAIGON DEVWORKS JOINT STOCK COMPANY
  Bank: Vietcombank, Ho Chi Minh City Branch
  Account no.: 0071001234567 (USD)
  SWIFT: BFTVVNVX

Bank charges: OUR for our side, SHA for intermediary fees, as per the master agreement. The MT103 copy will be sent once the transfer is executed.

Best regards,
Daisuke Miura
Account Manager, NextLink Technologies Inc.
Tel: +81-3-5555-3380

> Dear Mr. Miura, could you let us know the expected payment date for invoice SDW-2025-0611?
> Best regards, Ha"""))

    out.append(M(
        "E-p8", "pass", "benign.lookalike_number", None, "三浦 大輔",
        "Vendor registration with the company's 法人番号, invoice registration number and staffing licence numbers; all corporate identifiers.",
        MIURA, [addr("株式会社ハルモニアEC 購買部 取引先登録窓口", "vendor@harmonia-ec.example.com")],
        "新規取引先登録申請書の提出について",
        f"""
株式会社ハルモニアEC
購買部 取引先登録ご担当者様

お世話になっております。株式会社ネクストリンク・テクノロジーズの三浦です。
新規取引先登録に必要な情報を下記にまとめました。登記事項証明書の写しはPDFで添付いたします。

　商号：株式会社ネクストリンク・テクノロジーズ
　法人番号：6010401123456
　適格請求書発行事業者登録番号：T6010401123456
　労働者派遣事業 許可番号：派13-318842
　有料職業紹介事業 許可番号：13-ユ-318843
　ISMS認証：IS 712345（JIS Q 27001:2023）
　資本金：5,000万円　従業員数：214名
　代表者：代表取締役 石黒 真一

反社会的勢力排除の誓約書は、原本を郵送いたします。
{SIG_MIURA}"""))

    out.append(M(
        "E-p9", "pass", "benign.aggregate_health", None, "高田 結衣",
        "CSR questionnaire answered with aggregate figures (障害者雇用率, 健康経営, check-up rates); no individual.",
        TAKADA, [addr("株式会社東邦フィナンシャルシステムズ サステナビリティ推進室", "csr@toho-fs.example.co.jp")],
        "サプライヤー サステナビリティ調査票のご回答",
        f"""
東邦フィナンシャルシステムズ
サステナビリティ推進室 御中

お世話になっております。ネクストリンクの高田です。
ご依頼いただいた調査票について、人事労務分の回答を下記のとおりお送りします。

　Q12 障害者雇用率：2.52%（2025年6月1日時点、法定雇用率 2.5%）
　Q13 健康経営：健康経営優良法人2025（中小規模法人部門）認定
　Q14 定期健康診断 受診率：99.1%／ストレスチェック 受検率：91.4%
　Q15 メンタルヘルス不調による休職者数：開示対象外（5名未満のため非開示）
　Q16 平均残業時間：月18.6時間、有給休暇取得率：72%
　Q17 女性管理職比率：14%

残りの設問（環境・調達）は総務部から別途ご回答いたします。
{SIG_TAKADA}"""))

    out.append(M(
        "E-p10", "pass", "benign.absence_notice", None, "石原 翔",
        "Client told that an engineer is off today because of '体調不良' — no diagnosis.",
        ISHIHARA, [addr("株式会社ハルモニアEC 西 様", "nishi@harmonia-ec.example.com")],
        "本日の木下の勤務について",
        f"""
西さん

おはようございます。ネクストリンクの石原です。
弊社の木下ですが、体調不良のため本日お休みをいただきます。申し訳ありません。

本日予定していた #431 のレビューは細川が代わりに対応します。
11時の定例には私が出席します。明日の出社については、わかり次第ご連絡します。
{SIG_ISHIHARA}"""))

    return out
