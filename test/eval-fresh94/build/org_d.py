"""Org D: 株式会社ブリッジワークス (software outsourcing, offshore teams in Da Nang / partner in Pune)."""
from common import addr, att, mail, P, luhn_ok

ORG = "D"
DOM = "bridgeworks.example.co.jp"

MURAKAMI = addr("Daisuke Murakami / 村上 大輔", f"d.murakami@{DOM}")
LAN = addr("Nguyen Thi Lan", f"lan.nguyen@{DOM}")
KAWAGUCHI = addr("川口 さおり", f"s.kawaguchi@{DOM}")

SIG_MURAKAMI = """
--
Daisuke Murakami / 村上 大輔
Project Manager, Delivery Division
BridgeWorks Inc.（株式会社ブリッジワークス）
Tel: +81-3-0000-4410 / Mobile: +81-90-0000-2286"""

SIG_LAN = """
Best regards,
Nguyen Thi Lan (Lan) | Bridge SE
BridgeWorks Inc. - Offshore Delivery Center
lan.nguyen@bridgeworks.example.co.jp"""

SIG_KAWAGUCHI = """
株式会社ブリッジワークス 人事総務部
川口 さおり
〒000-0451 青葉県東雲市駅前テクノパーク7F
TEL 03-0000-4400（代表）"""

# client: 東雲ロジスティクス (delivery app)
HARA = addr("原 智之（東雲ロジスティクス 情報システム部）", "t-hara@shinonome-logi.example.co.jp")
KOBA = addr("小早川 綾", "a-kobayakawa@shinonome-logi.example.co.jp")
LOGI_PMO = addr("東雲ロジ PMO", "pmo@shinonome-logi.example.co.jp")
LOGI_BUY = addr("東雲ロジスティクス 調達部 今村", "imamura@shinonome-logi.example.co.jp")
# offshore
VN = "bridgeworks-vn.example.com"
HUNG = addr("Tran Quoc Hung", f"hung.tran@{VN}")
THAO = addr("Le Phuong Thao", f"thao.le@{VN}")
VN_QA = addr("BWV QA Team", f"qa@{VN}")
VN_ACC = addr("BWV Accounting", f"accounting@{VN}")
VN_IT = addr("BWV IT Support", f"it-support@{VN}")
PRIYA = addr("Priya Raman (Kaveri Softech)", "priya.raman@kaveri-softech.example.in")
KAVERI_HR = addr("Kaveri Softech Talent Team", "talent@kaveri-softech.example.in")
GYOSEI = addr("行政書士 杉本法務事務所", "info@sugimoto-gyosei.example.jp")
SHAROSHI = addr("社会保険労務士法人 青葉労務 担当 井口", "iguchi@aoba-roumu.example.jp")

CARD1 = "4532017700123451"
CARD2 = "5356120000987656"
assert luhn_ok(CARD1) and luhn_ok(CARD2)


def mails():
    M = []

    # ---------------------------------------------------------------- holds
    M.append(mail(
        "hold", "personal.skill_sheet",
        "要員提案として、エンジニア個人の氏名・生年月日・住所・携帯番号を含むスキルシートを本文で顧客へ送っている。",
        "murakami", "body", MURAKAMI, [LOGI_BUY],
        "【要員ご提案】配送アプリ保守 追加メンバー（Java/Spring）",
        f"""
        東雲ロジスティクス株式会社
        調達部　今村様

        いつもお世話になっております。ブリッジワークスの村上です。
        ご依頼いただいた配送アプリ保守の追加メンバーについて、1名ご提案いたします。

        ■氏名：前川 翔平（マエカワ ショウヘイ）
        ■生年月日：1994年1月9日（30歳）
        ■住所：東京都葛飾区架空町2-14-3 レジデンス架空402（最寄り：架空駅 徒歩6分）
        ■携帯：080-0000-3158
        ■経験：Java 8年／Spring Boot 5年／AWS（ECS, RDS）3年
        ■主な実績
        　・2021-2024 大手EC 受注管理システム刷新（詳細設計〜結合テスト、サブリーダー）
        　・2018-2021 物流WMS 保守開発（Java, Oracle）
        ■稼働開始：8月1日〜（フル稼働、週1日リモート希望）
        ■単価：月額 85万円（140-180h 精算）

        面談は7月17日・18日の午後で調整可能です。
        ご検討のほど、よろしくお願いいたします。
        {SIG_MURAKAMI}
        """,
        personal=[P("name", "前川 翔平"), P("birth_date", "1994年1月9日"),
                  P("address", "東京都葛飾区架空町2-14-3 レジデンス架空402"), P("phone", "080-0000-3158")]))

    M.append(mail(
        "hold", "id.passport",
        "在留資格の手続きのため、外国籍社員の旅券番号・在留カード番号・生年月日を本文に書いて行政書士へ送っている。",
        "kawaguchi", "body", KAWAGUCHI, [GYOSEI],
        "在留資格変更許可申請（技術・人文知識・国際業務）書類準備の件",
        f"""
        杉本法務事務所
        杉本先生

        いつもお世話になっております。ブリッジワークス人事総務部の川口です。
        8月入社予定のエンジニアについて、在留資格変更の申請書作成をお願いいたします。
        申請書に記入が必要な本人情報は下記のとおりです。

        　氏名：LE HOANG NAM（レ・ホアン・ナム）
        　国籍：ベトナム
        　生年月日：1998年3月12日
        　旅券番号：C4829173（有効期限 2031年5月20日）
        　在留カード番号：AB12345678CD（現在の在留資格：留学、期限 2024年9月30日）
        　住所：東京都大田区架空東1-7-22 架空ハイツ203

        卒業証明書・成績証明書の原本は本人から明日お送りする予定です。
        雇用契約書の写しは今週中にPDFでお送りします。
        {SIG_KAWAGUCHI}
        """,
        personal=[P("name", "LE HOANG NAM"), P("birth_date", "1998年3月12日"), P("passport", "C4829173"),
                  P("residence_card", "AB12345678CD"), P("address", "東京都大田区架空東1-7-22 架空ハイツ203")]))

    M.append(mail(
        "hold", "id.mynumber_body",
        "雇用保険の資格取得手続きのため、新入社員のマイナンバーを本文に書いて社労士事務所へ送っている。",
        "kawaguchi", "body", KAWAGUCHI, [SHAROSHI],
        "7月入社者 雇用保険・社会保険 資格取得のお願い",
        f"""
        青葉労務 井口様

        いつもお世話になっております。ブリッジワークスの川口です。
        7月16日入社の1名について、資格取得の手続きをお願いいたします。

        　氏名：岩崎 美帆（イワサキ ミホ）
        　生年月日：1999年9月27日
        　入社日：2024年7月16日（正社員、月給 320,000円）
        　マイナンバー：318472059165
        　前職：株式会社架空システム（2024年6月30日退職）

        雇用保険被保険者証は本人が紛失しているとのことですので、
        マイナンバーでの手続きをお願いできますでしょうか。
        扶養家族はいません。
        {SIG_KAWAGUCHI}
        """,
        personal=[P("name", "岩崎 美帆"), P("birth_date", "1999年9月27日"), P("mynumber", "318472059165")]))

    M.append(mail(
        "hold", "list.production_data_export",
        "不具合再現のため、本番の顧客データ（氏名・メール・電話・住所・カード番号）をCSVでオフショア拠点へ添付している。",
        "lan", "attachment", LAN, [HUNG, THAO],
        "[MiraiShop] Checkout error 502 - data for reproduction",
        f"""
        Hi Hung, Thao,

        As discussed in this morning's stand-up, the client reported that checkout fails
        with HTTP 502 for some customers since the 2.3.0 release.
        I exported the affected orders from the production DB so you can reproduce it
        on the staging environment. Please see the attached CSV.

        What we know so far:
        - Only orders with a saved card + coupon are affected
        - The payment gateway returns timeout after 30s
        - Rollback is not possible because of the DB migration in 2.3.0

        Please share your findings by 17:00 JST tomorrow.
        {SIG_LAN}
        """,
        cc=[MURAKAMI],
        attachments=[att("mirai_checkout_502_orders.csv", f"""
            order_id,customer_name,email,phone,shipping_address,card_number,coupon,error_at
            MS-2407-018823,Takeshi Ueno,takeshi.ueno.88@gmail.com,090-0000-6120,"青葉県東雲市旭町2-5-8",{CARD1},SUMMER10,2024-07-09 10:12:44
            MS-2407-018861,美作 加奈子,kanako.mimasaka@yahoo.co.jp,080-0000-2045,"青葉県みなと台市港町3-3-1",{CARD2},SUMMER10,2024-07-09 10:31:02
            MS-2407-019004,Rahul Verma,rahul.verma.jp@outlook.com,070-0000-9913,"青葉県若葉野市本町1-1-9 本町タワー1204",saved:****7781,NEWUSER,2024-07-09 11:05:37
            """)],
        personal=[P("name", "Takeshi Ueno"), P("email", "takeshi.ueno.88@gmail.com"), P("card", CARD1),
                  P("name", "美作 加奈子"), P("card", CARD2), P("name", "Rahul Verma"), P("phone", "070-0000-9913")]))

    M.append(mail(
        "hold", "sensitive.medical_certificate",
        "常駐メンバーの休養を説明するため、病名（適応障害）を記載した診断書の写しを添付して顧客へ送っている。",
        "kawaguchi", "attachment", KAWAGUCHI, [HARA],
        "弊社常駐メンバーの休養について",
        f"""
        東雲ロジスティクス株式会社
        情報システム部　原様

        いつもお世話になっております。ブリッジワークス人事総務部の川口です。
        先日村上からご連絡いたしました、貴社常駐メンバー1名の休養の件につきまして、
        医師の所見の写しを添付いたします。

        当面1か月は休養とし、その間の作業は村上のチームで引き継ぎます。
        体制図の更新版は村上より別途お送りいたします。
        ご迷惑をおかけし申し訳ございませんが、何卒よろしくお願いいたします。
        {SIG_KAWAGUCHI}
        """,
        cc=[MURAKAMI],
        attachments=[att("診断書_写し.pdf", """
            診　断　書
            氏名：坂口 亮太　　生年月日：1991年12月4日
            病名：適応障害
            上記の者、職場環境に起因する抑うつ気分・不眠を認め、
            2024年7月8日より約1か月間の休養を要する。
            2024年7月5日　架空メンタルクリニック　医師 （署名）
            """)],
        personal=[P("name", "坂口 亮太"), P("birth_date", "1991年12月4日"), P("diagnosis", "適応障害")]))

    M.append(mail(
        "hold", "personal.resume_forwarded",
        "人材紹介会社から届いた候補者の履歴（氏名・年齢・住所・電話・年収）を転送部分に含めてインドの協力会社へ送っている。",
        "murakami", "quoted", MURAKAMI, [PRIYA],
        "Fwd: 候補者ご紹介（フロントエンド／React）",
        f"""
        Hi Priya,

        Hope you are doing well.
        We received a candidate profile from a recruiting agency in Japan (forwarded below, in Japanese).
        Could your team run the same technical screening you did for the last two candidates?
        If he passes, we would like him to join the Pune-Tokyo joint team from September.

        Please let me know your available slots for an online interview next week.

        Thanks,
        {SIG_MURAKAMI}

        ---------- Forwarded message ---------
        From: 架空キャリア 紹介担当 <shokai@kaku-career.example.jp>
        Date: 2024年7月10日(水) 15:20
        Subject: 候補者ご紹介（フロントエンド／React）
        To: 村上 大輔 <d.murakami@bridgeworks.example.co.jp>

        村上様

        いつもお世話になっております。架空キャリアの紹介担当です。
        下記の候補者をご紹介いたします。

        　氏名：長谷川 拓真（34歳）
        　住所：神奈川県架空市中央3-2-10
        　電話：090-0000-8217
        　現年収：620万円／希望年収：700万円
        　経験：React 6年、TypeScript 5年、英語（TOEIC 865）
        　転職理由：現職の受託開発から自社サービス寄りの環境へ

        ご興味ございましたら、面接日程をご調整させてください。
        """,
        personal=[P("name", "長谷川 拓真"), P("address", "神奈川県架空市中央3-2-10"),
                  P("phone", "090-0000-8217"), P("salary", "現年収：620万円")]))

    M.append(mail(
        "hold", "sensitive.health_forwarded",
        "体制変更の説明として、社員のうつ病による休職を書いた社内メールを転送部分に含めて顧客へ送っている。",
        "murakami", "quoted", MURAKAMI, [HARA],
        "Fwd: Team change for Sprint 15",
        f"""
        東雲ロジスティクス 原様

        お世話になっております。村上です。
        Sprint 15 からのオフショア側の体制変更について、ご質問をいただいておりましたので、
        社内での経緯を下記に転送いたします。
        後任の Hung はすでにソースコードのレビューに入っており、
        ベロシティへの影響は1スプリント程度と見込んでおります。

        引き続きよろしくお願いいたします。
        {SIG_MURAKAMI}

        ---------- Forwarded message ---------
        From: Nguyen Thi Lan <lan.nguyen@bridgeworks.example.co.jp>
        Date: Wed, Jul 10, 2024 at 6:12 PM
        Subject: Team change for Sprint 15
        To: Daisuke Murakami <d.murakami@bridgeworks.example.co.jp>

        Hi Murakami-san,

        Sorry for the short notice. Tran Van Minh will be on sick leave from next Monday.
        He was diagnosed with depression last week, and the doctor recommended at least
        two months of rest. He asked us not to tell the whole team the details.
        Hung will take over his backend tasks. I will update the Jira board tonight.

        Lan
        """,
        personal=[P("name", "Tran Van Minh"), P("diagnosis", "diagnosed with depression")]))

    M.append(mail(
        "hold", "id.passport_subject",
        "件名に外国籍社員の氏名と旅券番号が入っており、本文にはそれらがない。",
        "kawaguchi", "subject", KAWAGUCHI, [GYOSEI],
        "在留期間更新：PHAM QUOC BAO（旅券番号 C7651204）期限 2025/03/02",
        f"""
        杉本先生

        お世話になっております。ブリッジワークスの川口です。
        標記の社員について、在留期間更新の申請準備をお願いいたします。
        期限まで半年以上ありますが、年末は本人が一時帰国する予定のため、
        10月中の申請を希望しております。

        在職証明書と直近の課税証明書は、今月中にこちらで取得いたします。
        本人との面談日程は、先生のご都合に合わせて調整いたします。
        {SIG_KAWAGUCHI}
        """,
        personal=[P("name", "PHAM QUOC BAO"), P("passport", "C7651204")]))

    M.append(mail(
        "hold", "list.log_in_zip",
        "暗号化なしZIP内のAPIアクセスログに、利用者の氏名・メール・電話番号が平文で残っている。",
        "lan", "zip", LAN, [PRIYA],
        "API latency logs for 12 Jul (zip)",
        f"""
        Hi Priya,

        As requested, here are the raw API access logs from the production gateway
        for 12 July, 09:00-10:00 JST, when the latency spike happened.
        The file is a normal zip (no password).

        Please check whether the slow requests are concentrated on /v2/members/profile.
        Our hypothesis is the N+1 query in the profile endpoint.
        {SIG_LAN}
        """,
        cc=[MURAKAMI],
        attachments=[att("api_logs_20240712.zip/gateway_access_0900-1000.log", """
            2024-07-12T09:00:03.114+09:00 GET /v2/members/profile 200 2310ms uid=88123 name="Kenji Oda" email=kenji.oda.1985@gmail.com tel=090-0000-1043 ip=192.0.2.41
            2024-07-12T09:00:03.920+09:00 GET /v2/orders?limit=20 200 180ms uid=88123 ip=192.0.2.41
            2024-07-12T09:00:04.551+09:00 GET /v2/members/profile 200 2877ms uid=90417 name="白井 舞" email=mai.shirai@yahoo.co.jp tel=080-0000-5570 ip=198.51.100.23
            2024-07-12T09:00:05.002+09:00 PUT /v2/members/profile 200 3105ms uid=90417 address="青葉県東雲市汐見台2-9-1" ip=198.51.100.23
            2024-07-12T09:00:06.730+09:00 GET /v2/members/profile 200 2466ms uid=91288 name="Sunita Rao" email=sunita.rao@outlook.com tel=070-0000-6692 ip=203.0.113.77
            2024-07-12T09:00:07.015+09:00 GET /v2/catalog?category=12 200 95ms uid=- ip=203.0.113.90
            """)],
        personal=[P("name", "Kenji Oda"), P("email", "kenji.oda.1985@gmail.com"), P("name", "白井 舞"),
                  P("address", "青葉県東雲市汐見台2-9-1"), P("name", "Sunita Rao")]))

    guests = [
        addr("原 智之", "t-hara@shinonome-logi.example.co.jp"),
        addr("今村 健", "imamura@mirai-tsuhan.example.jp"),
        addr("Kenichi Ito", "k.ito@aoba-denki.example.co.jp"),
        addr("西岡 美里", "m-nishioka@kaku-bank.example.co.jp"),
        addr("大谷 亮介", "r.otani@sakura-hoken-sys.example.jp"),
        addr("松田 剛", "matsuda@matsuda-ss.example.co.jp"),
        addr("Sarah Kim", "sarah.kim@harbor-retail.example.com"),
        addr("木下 友美", "tomomi.kinoshita@gmail.com"),
        addr("吉岡 翼", "t.yoshioka@minato-fintech.example.jp"),
        addr("増田 恵", "megumi.masuda@outlook.com"),
        addr("David Lee", "dlee@pacific-logix.example.com"),
        addr("藤本 聡", "s-fujimoto@wakaba-medical.example.or.jp"),
        addr("栗原 直人", "n-kurihara@kaku-career.example.jp"),
    ]
    M.append(mail(
        "hold", "recipients.to_exposed",
        "セミナーの案内を13社・個人の社外アドレスにToで一斉送信しており、取引先同士にアドレスが見えてしまう。",
        "murakami", "recipients", MURAKAMI, guests,
        "【ご招待】オフショア開発 実践セミナー 2024 Summer（7/31 オンライン）",
        f"""
        各位

        平素より大変お世話になっております。ブリッジワークスの村上です。
        このたび、弊社ダナン開発センターの事例を中心とした
        オンラインセミナーを開催いたしますので、ご案内申し上げます。

        　日時：2024年7月31日（水）16:00〜17:30
        　形式：オンライン（Zoom、参加URLはお申込み後にお送りします）
        　内容：
        　　1. ブリッジSEの役割と、仕様の伝え方（日本語／英語）
        　　2. ダナン開発センターのQA体制と品質指標
        　　3. パネルディスカッション「オフショアでの障害対応の実際」
        　お申込み：https://www.bridgeworks.example.co.jp/seminar/2024summer

        ご多忙のところ恐縮ですが、皆様のご参加をお待ちしております。
        {SIG_MURAKAMI}
        """))

    # ---------------------------------------------------------------- passes
    M.append(mail(
        "pass", "benign.test_card_dev_minutes",
        "開発環境の議事録で、Luhnを満たすカード番号は決済代行のテスト用番号であり、実在の顧客カードではない。",
        "lan", "none", LAN, [HUNG, THAO, VN_QA],
        "[MiraiShop] Minutes - payment integration sync (11 Jul)",
        f"""
        Hi all,

        Please find the minutes of today's payment integration sync below.

        Date: 11 Jul 2024, 14:00-14:45 JST / 12:00-12:45 ICT
        Attendees: Murakami, Lan (BW Tokyo), Hung, Thao, QA team (BWV)

        1. Staging payment gateway
           - Sandbox merchant ID: MSHOP-SBX-0042
           - Test cards (gateway sandbox only):
             Visa 4111 1111 1111 1111 / Mastercard 5555 5555 5555 4444
             expiry any future date, CVC 123
           - NEVER paste real customer card data into Jira or Slack.
             Use masked values (e.g. **** **** **** 1111) in bug reports.
        2. 3-D Secure
           - Challenge flow works on Chrome/Safari; Firefox still fails (BUG-2213)
        3. Release plan
           - 2.3.1 hotfix: code freeze 16 Jul, release 18 Jul 22:00 JST

        Action items:
        - Hung: fix BUG-2213 by 15 Jul
        - Thao: update regression suite with 3DS cases
        - Lan: confirm release window with the client
        {SIG_LAN}
        """,
        cc=[MURAKAMI]))

    M.append(mail(
        "pass", "benign.corporate_bank_swift",
        "子会社への送金連絡で、口座は法人口座、SWIFTコードも銀行の識別子である。",
        "murakami", "none", MURAKAMI, [VN_ACC],
        "Remittance for June service fee (Invoice BWV-2406-07)",
        f"""
        Dear BWV Accounting team,

        We have approved Invoice BWV-2406-07 (June 2024 offshore service fee)
        and will remit the payment on 25 July 2024.

        Amount: USD 84,320.00
        Beneficiary: BRIDGEWORKS VIETNAM CO., LTD.
        Bank: Fictional Commercial Bank, Da Nang Branch
        Account No.: 0071-000-482913 (USD corporate account)
        SWIFT: FCBKVNVX
        Remitter: BRIDGEWORKS INC. / Aoba Bank, Shinonome Branch (SWIFT: AOBAJPJT)

        Bank charges: OUR (paid by BridgeWorks Inc.)
        Please send the receipt to accounting@bridgeworks.example.co.jp once received.
        {SIG_MURAKAMI}
        """,
        cc=[addr("BridgeWorks 経理", f"accounting@{DOM}")]))

    M.append(mail(
        "pass", "benign.release_hashes",
        "リリースノートで、長い16進文字列はコミットハッシュとイメージダイジェストであり個人情報ではない。",
        "lan", "none", LAN, [HARA, KOBA],
        "【リリース完了】配送アプリ API v2.3.1（7/18）",
        f"""
        東雲ロジスティクス 原様、小早川様

        お世話になっております。ブリッジワークスのLanです。
        本日 22:00〜22:40 に API v2.3.1 のリリースを実施し、正常に完了しました。

        ■リリース内容
        　- BUG-2213：3Dセキュア認証（Firefox）の修正
        　- BUG-2230：配達完了通知の重複送信の修正
        ■バージョン情報
        　- Git tag: v2.3.1 (commit 7c4e2a91f0d3b85e6a17c2d94b0f3e8a51c6d207)
        　- Image: registry.bridgeworks.example.co.jp/logi/api@sha256:3b8f0e2c9a71d45e6b0c8f12a9d7e34c5b60f1a2e8d9c7b4a3f6e50d1c2b9a87
        　- Build No.: 2024.07.18-0412
        ■確認結果
        　- スモークテスト 42/42 件 OK、エラーレート 0.02%（通常範囲）

        明朝9時に再度メトリクスを確認し、ご報告いたします。
        {SIG_LAN}
        """,
        cc=[MURAKAMI, LOGI_PMO]))

    M.append(mail(
        "pass", "benign.project_six_addresses",
        "キックオフの連絡で、見えている社外アドレスは顧客とオフショア子会社の2社計6件、個人情報はない。",
        "murakami", "none", MURAKAMI, [HARA, KOBA, LOGI_PMO],
        "Kick-off: 配送アプリ フェーズ3 / Phase 3 kick-off (7/22)",
        f"""
        東雲ロジスティクス 原様、小早川様、PMOご担当者様
        Hung, Thao, QA team,

        お世話になっております。ブリッジワークスの村上です。
        フェーズ3のキックオフを下記のとおり開催いたします。
        (English below)

        　日時：7月22日（月）10:00〜11:30（ICT 8:00〜9:30）
        　場所：東雲ロジスティクス本社 5F 会議室 ＋ Teams
        　アジェンダ：スコープ確認／体制とコミュニケーションルール／スケジュール／リスク

        ---
        Phase 3 kick-off: Mon 22 Jul, 08:00-09:30 ICT (Teams).
        Please prepare a 5-minute self-introduction in Japanese or English.
        Interpretation will be provided by Lan.
        {SIG_MURAKAMI}
        """,
        cc=[HUNG, THAO, VN_QA, LAN]))

    M.append(mail(
        "pass", "benign.malware_isolation",
        "PCのマルウェア感染と隔離の報告で、「感染」「隔離」はITの意味、個人の機微情報はない。",
        "lan", "none", LAN, [VN_IT],
        "Re: [Security] Malware detected on DN-LT-0233 / マルウェア感染の件",
        f"""
        Hi IT Support team,

        Thank you for the quick response.
        For the Tokyo side, I have reported to our CISO as below (Japanese summary for the record).

        ・対象端末：DN-LT-0233（ダナン拠点の開発用ノートPC）
        ・事象：ブラウザ拡張機能経由のマルウェア感染（EDR 検知名 PUA.Win32.Adload）
        ・措置：7/12 10:05 ICT にネットワークから隔離、再イメージ化済み
        ・影響：顧客リポジトリへのアクセス痕跡なし、認証トークンはすべて失効・再発行済み

        Please keep DN-LT-0233 isolated until the re-image check is signed off,
        and share the final incident report (INC-0712) by Monday.
        {SIG_LAN}

        On Fri, Jul 12, 2024 at 11:20 AM BWV IT Support <it-support@bridgeworks-vn.example.com> wrote:
        > Dear Lan,
        > DN-LT-0233 was isolated from the network at 10:05 ICT. Re-imaging is done.
        > No access to client repositories was found in the proxy logs.
        > BWV IT Support
        """,
        cc=[MURAKAMI, addr("情報セキュリティ委員会", f"security@{DOM}")]))

    M.append(mail(
        "pass", "benign.offer_to_candidate",
        "内定者本人に本人の条件を知らせるオファーレターで、第三者への提供ではない。",
        "kawaguchi", "none", KAWAGUCHI, [addr("Le Hoang Nam", "lehoangnam.dev@gmail.com")],
        "Offer of Employment - BridgeWorks Inc. / 内定のご連絡",
        f"""
        Dear Mr. Le Hoang Nam,

        Congratulations! We are pleased to offer you the position of Software Engineer
        at BridgeWorks Inc. Please find the main conditions below.

        - Position: Software Engineer, Delivery Division
        - Start date: 1 August 2024 (subject to the change of your residence status)
        - Annual salary: JPY 4,800,000 (paid monthly, plus commuting allowance)
        - Work location: Shinonome office (hybrid, 2 days remote per week)
        - Probation: 3 months

        Please sign the attached offer letter and return it by 19 July.
        We will support your visa application together with our administrative scrivener.

        ナムさん、入社を心より楽しみにしております。
        {SIG_KAWAGUCHI}
        """,
        attachments=[att("Offer_Letter_LeHoangNam.pdf", """
            OFFER LETTER
            To: Mr. Le Hoang Nam
            Position: Software Engineer / Start: 1 August 2024
            Annual salary: JPY 4,800,000
            Please sign and return by 19 July 2024.
            BridgeWorks Inc., HR & General Affairs
            """)]))

    M.append(mail(
        "pass", "benign.employment_verification",
        "本人の同意を得た最小限の在籍確認で、在籍期間と職位のみを回答している。",
        "kawaguchi", "none", KAWAGUCHI, [addr("架空銀行 住宅ローンセンター 審査課", "loan-shinsa@kaku-bank.example.co.jp")],
        "Re: 在籍確認のお願い（照会番号 HL-240711-0093）",
        f"""
        架空銀行 住宅ローンセンター
        審査課 ご担当者様

        お世話になっております。株式会社ブリッジワークス 人事総務部の川口です。
        照会番号 HL-240711-0093 の在籍確認につきまして、
        ご本人から同意書の提出を受けておりますので、下記のとおり回答いたします。

        　在籍：あり
        　入社年月：2019年4月
        　雇用形態：正社員
        　職位：シニアエンジニア

        給与額その他の事項につきましては、弊社規程によりご本人経由での書類提出とさせていただきます。
        {SIG_KAWAGUCHI}

        > 2024/07/11 13:40 架空銀行 住宅ローンセンター <loan-shinsa@kaku-bank.example.co.jp>:
        > 株式会社ブリッジワークス 人事ご担当者様
        > 住宅ローンのお申込みに伴い、照会番号 HL-240711-0093 のお申込者について
        > 在籍の有無をご確認させていただきたくご連絡いたしました。
        > お申込者の同意書は別途ご本人より貴社へ提出されております。
        """))

    M.append(mail(
        "pass", "benign.health_policy_aggregate",
        "健康経営・障害者雇用率の集計と遺伝子検査に関する方針の説明で、個人は特定されない。",
        "kawaguchi", "none", KAWAGUCHI, [SHAROSHI],
        "健康経営の取組状況と福利厚生（遺伝子検査）の方針について",
        f"""
        青葉労務 井口様

        お世話になっております。ブリッジワークスの川口です。
        先日ご質問いただいた件について、社内の集計と方針をお送りします。

        1. 健康経営の取組状況（2024年6月末）
           ・定期健診受診率 100%／二次検査受診率 68%
           ・ストレスチェック受検率 91%（集団分析は部署単位、10名未満の部署は合算）
           ・障害者雇用率 2.7%（常用労働者 218名）
        2. 遺伝子検査サービスの福利厚生導入について
           ・一部の社員から要望がありましたが、導入は見送ることにしました
           ・理由：検査結果が会社に伝わるのではという懸念、および採用・配置への影響を避けるため
           ・今後導入を検討する場合も、結果は本人のみが受け取り、会社は一切取得しない方針とします

        就業規則の福利厚生の章に、上記の方針を追記する案文をご相談できればと思います。
        {SIG_KAWAGUCHI}
        """))

    M.append(mail(
        "pass", "benign.plain_zip",
        "納品物を暗号化なしのZIPで顧客へ送っており、中身はREADMEと変更履歴のみ。",
        "murakami", "none", MURAKAMI, [HARA],
        "配送アプリ API v2.3.1 納品物の送付",
        f"""
        原様

        お世話になっております。村上です。
        v2.3.1 の納品物一式を ZIP でお送りします（パスワードなし）。
        ソースコード本体は、いつもどおり貴社 GitLab の release/2.3 ブランチに反映済みです。

        検収書は7月末締めでお願いできれば幸いです。
        {SIG_MURAKAMI}
        """,
        attachments=[
            att("deliverables_v2.3.1.zip/README.md", """
                # Delivery App API v2.3.1
                Release date: 2024-07-18
                Deploy: see docs/deploy.md (blue-green, rollback within 5 min)
                Contact: BridgeWorks Inc. Delivery Division
                """),
            att("deliverables_v2.3.1.zip/CHANGELOG.md", """
                ## v2.3.1 (2024-07-18)
                - Fix: 3-D Secure challenge fails on Firefox (BUG-2213)
                - Fix: duplicate delivery-completed notifications (BUG-2230)
                ## v2.3.0 (2024-07-04)
                - Feat: coupon + saved card checkout
                """)]))

    M.append(mail(
        "pass", "benign.corporate_number_nda",
        "新規顧客とのNDA締結の連絡で、13桁の数字は法人番号、人名のような語は社名・製品名である。",
        "murakami", "none", MURAKAMI,
        [addr("松田 剛（松田精密システム 経営企画室）", "matsuda@matsuda-ss.example.co.jp")],
        "秘密保持契約書（案）の送付",
        f"""
        株式会社松田精密システム
        経営企画室　松田様

        先日はお時間をいただきありがとうございました。ブリッジワークスの村上です。
        在庫管理アプリ「サクラ」および IoT ゲートウェイ「ミライ」の
        リプレース検討にあたり、秘密保持契約書の案を添付いたします。

        契約当事者の表記は以下のとおりとしております。
        　甲：株式会社松田精密システム（法人番号 1000001118427）
        　乙：株式会社ブリッジワークス（法人番号 8000002073350）

        第5条（秘密情報の返還）と第9条（有効期間 3年）について、
        貴社法務部門のご意見をいただけますと幸いです。
        {SIG_MURAKAMI}
        """,
        attachments=[att("NDA_松田精密システム_ブリッジワークス_案.docx", """
            秘密保持契約書（案）
            株式会社松田精密システム（以下「甲」）と株式会社ブリッジワークス（以下「乙」）は、
            甲の在庫管理アプリ「サクラ」及びIoTゲートウェイ「ミライ」のリプレース検討に関し、
            次のとおり秘密保持契約を締結する。
            第1条（秘密情報）… 第5条（秘密情報の返還）… 第9条（有効期間）本契約の有効期間は3年とする。
            """)]))

    for m in M:
        m["_org"] = ORG
    return M
