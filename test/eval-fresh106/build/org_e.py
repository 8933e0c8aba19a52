"""Org E: 株式会社ノースブリッジ・テクノロジーズ 人事部（人事・採用）."""
from common import (A, q, mail, att, enc_zip, FWD, ORIG, CSV, TXT, PDF, DOCX, XLSX,
                    mynumber, fmt4)

ORG = "E"
DOM = "northbridge.example.co.jp"

SAKURAI = A("桜井 亮", f"ryo.sakurai@{DOM}")
HAYAKAWA = A("早川 千尋", f"chihiro.hayakawa@{DOM}")
MATSUMOTO = A("松本 エミリ", f"emily.matsumoto@{DOM}")
RECRUIT = A("ノースブリッジ 採用チーム", f"recruit@{DOM}")

SIG_SAKURAI = """
--
株式会社ノースブリッジ・テクノロジーズ
人事部 採用グループ　桜井 亮（Ryo Sakurai）
〒150-0000 東京都渋谷区道玄坂9-9-9 ノースブリッジタワー12F
Tel: 03-0000-9100 / Mobile: 080-0000-7715
採用サイト https://careers.northbridge.example.co.jp/
"""

SIG_HAYAKAWA = """
========================================
株式会社ノースブリッジ・テクノロジーズ
人事部 労務グループ
早川 千尋（はやかわ ちひろ）
TEL 03-0000-9120（直通）
========================================
"""

SIG_MATSUMOTO = """
Emily Matsumoto（松本 エミリ）
HR Business Partner, People Team
NorthBridge Technologies, Inc.
+81-3-0000-9130 | emily.matsumoto@northbridge.example.co.jp
"""

SANO = A("佐野社会保険労務士法人 佐野", "sano@sano-sr.example.jp")
NEXTWAVE = A("ネクストウェーブ 人事部 原", "hara@nextwave.example.com")
HIKARI = A("ひかり不動産 法人営業部 藤本", "fujimoto@hikari-fudosan.example.co.jp")
KOUYOU = A("光陽システムズ 購買部 大川", "okawa@kouyou-sys.example.co.jp")
CLINIC = A("みなと産業保健クリニック 産業医 石田", "ishida@sangyo-clinic.example.jp")
INTERVIEWER = A("遠藤 真一", "shinichi.endo.dev@outlook.com")
PAYROLL = A("ペイロールパートナーズ 給与計算チーム", "team-nb@payroll-partners.example.co.jp")
CAREERB = A("キャリアブリッジ 法人担当 河合", "kawai@careerbridge.example.co.jp")
CAREERB2 = A("キャリアブリッジ 法人担当 片岡", "kataoka@careerbridge.example.co.jp")
OFFER = A("山本 彩花", "ayaka.yamamoto.2025@gmail.com")
VERIFY = A("トラストチェック 在籍確認担当", "verify@trustcheck.example.co.jp")
HD = A("ノースブリッジHD 人事企画 本田", "honda@northbridge-hd.example.co.jp")
KENPO = A("IT産業健康保険組合 保健事業課", "hoken@it-kenpo.example.or.jp")
PORTAL = A("ベネフィットポータル 開発 PM 安藤", "ando@benefit-portal.example.co.jp")
LECTURER = A("青山 ゆかり", "yukari.aoyama.coach@gmail.com")
ATS = A("リクルーティングクラウド サポート", "support@recruiting-cloud.example.com")
UNIV = A("Career Services, Westbrook University", "careers@westbrook.example.edu")

OFFER_HOLDERS = [
    A("山本 彩花", "ayaka.yamamoto.2025@gmail.com"),
    A("佐々木 翔太", "shota.sasaki.0715@gmail.com"),
    A("Li Wei", "liwei.tokyo@outlook.com"),
    A("高橋 美咲", "misaki_takahashi@yahoo.co.jp"),
    A("渡辺 拓海", "takumi.w.dev@gmail.com"),
    A("伊藤 陽菜", "hina.ito.0303@gmail.com"),
    A("中村 大和", "yamato.nakamura@outlook.com"),
    A("小林 咲", "saki.kobayashi.k@yahoo.co.jp"),
    A("加藤 蓮", "ren.kato.eng@gmail.com"),
    A("吉田 葵", "aoi.yoshida22@gmail.com"),
    A("Priya Nair", "priya.nair.jp@gmail.com"),
    A("松田 悠真", "yuma.matsuda@outlook.com"),
]


def mails():
    out = []
    mn1 = mynumber("72018395516")
    mn2 = mynumber("38405126973")

    # ---------------- HOLDS ----------------
    # H1 body: 新入社員のマイナンバーを社労士へ
    out.append(mail(
        expect="hold", kind="id.mynumber_new_hire", writer="早川", loc="body",
        why="新入社員2名のマイナンバーと基礎年金番号を本文に書いて社労士へ送っている（同僚であっても識別番号）。",
        from_=HAYAKAWA, to=[SANO],
        subject="4月入社 中途2名の資格取得手続きについて",
        text=f"""
佐野社会保険労務士法人
佐野 先生

いつもお世話になっております。ノースブリッジ・テクノロジーズの早川です。
4月1日入社の中途社員2名について、社会保険・雇用保険の資格取得をお願いいたします。

1) 西村 智也（にしむら ともや）1990年6月18日生
　マイナンバー：{fmt4(mn1, '-')}
　基礎年金番号：4321-098765
　標準報酬月額算定用の月給：520,000円

2) 川上 玲奈（かわかみ れいな）1995年1月9日生
　マイナンバー：{fmt4(mn2, '-')}
　基礎年金番号：5678-123409
　月給：410,000円

扶養家族の情報は別途ご連絡いたします。
""" + SIG_HAYAKAWA,
        personal=[("name", "西村 智也"), ("mynumber", fmt4(mn1, '-')), ("pension_number", "4321-098765"),
                  ("name", "川上 玲奈"), ("mynumber", fmt4(mn2, '-'))],
    ))

    # H2 body: リファレンスで休職（メンタル不調）に触れる
    out.append(mail(
        expect="hold", kind="sensitive.mental_health_reference", writer="松本", loc="body",
        why="他社からのリファレンス照会に、元社員の適応障害による休職を答えている（要配慮個人情報）。",
        from_=MATSUMOTO, to=[NEXTWAVE],
        subject="Re: リファレンスチェックのお願い（岡部様）",
        text="""
ネクストウェーブ株式会社
人事部 原 様

お世話になっております。ノースブリッジ・テクノロジーズの松本です。
ご本人の同意書を拝受しましたので、ご質問にお答えします。

岡部 翔さんは2019年4月から2024年9月まで在籍し、
インフラチームでクラウド移行のリーダーを務めていました。
技術力とチームへの貢献は高く評価されていました。

ただ、2023年の夏に適応障害と診断され、3か月間休職しています。
復職後は残業を月20時間以内に制限して勤務していましたので、
配属の際はご配慮いただいたほうがよいかと思います。

""" + SIG_MATSUMOTO + """

> ノースブリッジ・テクノロジーズ 人事ご担当者様
> 弊社の最終面接に進まれている岡部 翔様について、リファレンスをお願いできますでしょうか。
> ご本人の同意書を添付いたします。
> ネクストウェーブ株式会社 人事部 原
""",
        personal=[("name", "岡部 翔"), ("diagnosis", "適応障害と診断され、3か月間休職"),
                  ("health", "残業を月20時間以内に制限")],
    ))

    # H3 body: 社宅入居者の家族情報を不動産会社へ
    out.append(mail(
        expect="hold", kind="personal.company_housing_family", writer="早川", loc="body",
        why="社宅入居のため社員の家族の氏名・生年月日・現住所・携帯番号を本文に書いて不動産会社へ送っている。",
        from_=HAYAKAWA, to=[HIKARI],
        subject="社宅入居者情報のご連絡（大阪からの転勤者）",
        text="""
ひかり不動産 法人営業部
藤本 様

お世話になっております。ノースブリッジ・テクノロジーズの早川です。
先日内見させていただいた物件（パークサイド代々木 605号室）について、
入居者情報をお送りします。入居審査をお願いいたします。

契約者：株式会社ノースブリッジ・テクノロジーズ
入居者：森川 大輔（1986年2月27日生）携帯 090-0000-6158
同居人：森川 あゆみ（妻・1988年10月4日生）
　　　　森川 湊（長男・2016年5月20日生）
　　　　森川 ひまり（長女・2020年8月11日生）
現住所：大阪府大阪市北区天満9-8-7 ロイヤル天満1102
入居希望日：4月5日

長男は4月から代々木の小学校へ転入予定です。
""" + SIG_HAYAKAWA,
        personal=[("name", "森川 大輔"), ("phone", "090-0000-6158"), ("family", "森川 あゆみ（妻・1988年10月4日生）"),
                  ("family", "森川 湊（長男・2016年5月20日生）"), ("address", "大阪府大阪市北区天満9-8-7 ロイヤル天満1102")],
    ))

    # H4 attachment: スキルシート（氏名・生年月日・住所）を客先へ
    out.append(mail(
        expect="hold", kind="personal.skill_sheet", writer="桜井", loc="attachment",
        why="添付のスキルシートに氏名・生年月日・住所・最寄駅まで書かれており、客先へ送っている。",
        from_=SAKURAI, to=[KOUYOU],
        subject="要員ご提案（Java/Spring・4月参画）",
        text="""
光陽システムズ株式会社
購買部 大川 様

いつもお世話になっております。ノースブリッジ・テクノロジーズの桜井です。
先日お問い合わせいただいた4月からの案件について、
弊社エンジニア1名をご提案いたします。スキルシートを添付しますのでご確認ください。

・Java/Spring Boot 8年、AWS 3年
・金融系の大規模案件でのリード経験あり
・単価：ご相談

面談は3月10日の週でしたら調整可能です。
""" + SIG_SAKURAI,
        attachments=[att("スキルシート_提案.xlsx", XLSX, """
スキルシート
氏名　高田 健一（タカダ ケンイチ）
生年月日　1988年12月3日（36歳）　性別　男
現住所　東京都世田谷区三軒茶屋8-7-6 パレス三茶203
最寄駅　東急田園都市線 三軒茶屋駅
資格　AWS Solutions Architect Associate、応用情報技術者
経歴
2017/04-2021/03 ネット銀行 勘定系API開発（Java、Spring Boot）リーダー
2021/04-現在 保険会社 契約管理システム刷新（AWS、Kotlin）
""")],
        personal=[("name", "高田 健一"), ("birthdate", "1988年12月3日"), ("address", "東京都世田谷区三軒茶屋8-7-6 パレス三茶203")],
    ))

    # H5 attachment: 健診の有所見者一覧を産業医クリニックへ
    out.append(mail(
        expect="hold", kind="sensitive.health_check_list", writer="早川", loc="attachment",
        why="添付CSVに社員5名の氏名と健診の所見・判定が並んでおり、外部のクリニックへ送っている（要配慮個人情報）。",
        from_=HAYAKAWA, to=[CLINIC],
        subject="定期健診 有所見者の就業判定のお願い",
        text="""
みなと産業保健クリニック
産業医 石田 先生

いつもお世話になっております。ノースブリッジ・テクノロジーズの早川です。
2024年度定期健康診断の有所見者リストを添付いたします。
就業判定と、面談が必要な方のご指示をいただけますでしょうか。

次回の訪問日（3月18日）に面談を設定できればと考えております。
""" + SIG_HAYAKAWA,
        attachments=[att("有所見者一覧_2024.csv", CSV, """
社員番号,氏名,部署,所見,判定
NB-10234,大橋 亮介,開発1部,血圧 168/102,要治療
NB-10458,三宅 真由,営業部,HbA1c 7.4% 空腹時血糖 152,要精密検査
NB-10721,石原 拓也,インフラ部,ALT 98 γ-GTP 210,要再検査
NB-11003,野口 遥,人事部,心電図 完全右脚ブロック,経過観察
NB-11290,杉本 洋平,開発2部,BMI 31.2 中性脂肪 388,要再検査
""")],
        personal=[("name", "大橋 亮介"), ("health", "血圧 168/102"), ("name", "三宅 真由"),
                  ("health", "HbA1c 7.4% 空腹時血糖 152")],
    ))

    # H6 quoted: 応募者のメール（連絡先・現年収・退職理由）を外部面接官へ転送
    out.append(mail(
        expect="hold", kind="personal.forwarded_applicant", writer="桜井", loc="quoted",
        why="転送部分に応募者の住所・電話・現年収・通院中であることが含まれ、個人アドレスの外部面接官へ送っている。",
        from_=SAKURAI, to=[INTERVIEWER],
        subject="Fw: 応募書類の送付（Webエンジニア職）",
        text="""
遠藤さん

いつもありがとうございます。桜井です。
来週の技術面接をお願いしたい候補者のメールを転送します。
GitHubのリポジトリも見ていただけると助かります。
面接は3月12日（水）19時〜、オンラインで設定済みです。

""" + SIG_SAKURAI + f"""

{FWD}
From: 川村 美月 <mizuki.kawamura.dev@gmail.com>
Date: 2025年3月2日(日) 23:12
Subject: 応募書類の送付（Webエンジニア職）
To: <recruit@northbridge.example.co.jp>

ノースブリッジ・テクノロジーズ 採用ご担当者様

Webエンジニア職に応募いたします、川村 美月と申します。
履歴書と職務経歴書をお送りします。

住所：神奈川県横浜市港北区日吉本町7-3-2
電話：080-0000-4627
現年収：610万円（希望 700万円）
退職理由：前職で長時間労働が続き、現在は心療内科に通院しながら療養中のため。
　　　　　主治医からは4月以降の就労に問題ないと言われています。

よろしくお願いいたします。
""",
        personal=[("name", "川村 美月"), ("address", "神奈川県横浜市港北区日吉本町7-3-2"), ("phone", "080-0000-4627"),
                  ("salary", "現年収：610万円"), ("health", "心療内科に通院しながら療養中")],
    ))

    # H7 quoted: 社員からの口座変更依頼を給与計算会社へ転送
    out.append(mail(
        expect="hold", kind="id.payroll_bank_quoted", writer="早川", loc="quoted",
        why="転送部分に社員個人の給与振込口座が含まれ、外部の給与計算会社へ送っている。",
        from_=HAYAKAWA, to=[PAYROLL],
        subject="Fw: 給与振込口座の変更",
        text="""
ペイロールパートナーズ 給与計算チーム御中

お世話になっております。ノースブリッジの早川です。
社員から給与振込口座の変更依頼がありましたので転送いたします。
3月25日支給分から反映をお願いいたします。

""" + SIG_HAYAKAWA + f"""

{ORIG}
From: 田辺 亮 <ryo.tanabe@northbridge.example.co.jp>
Sent: Wednesday, March 5, 2025 10:41 AM
To: 早川 千尋 <chihiro.hayakawa@northbridge.example.co.jp>
Subject: 給与振込口座の変更

早川さん

お疲れさまです。開発2部の田辺です（社員番号 NB-10877）。
給与の振込口座を下記に変更したいです。

銀行：さくら中央銀行 渋谷支店
種別：普通
口座番号：4455667
名義：タナベ リョウ

よろしくお願いします。
""",
        personal=[("name", "田辺 亮"), ("bank_account", "4455667"), ("account_holder", "タナベ リョウ")],
    ))

    # H8 subject: 件名に雇用保険被保険者番号と氏名
    out.append(mail(
        expect="hold", kind="id.employment_insurance_subject", writer="早川", loc="subject",
        why="件名に社員の氏名と雇用保険被保険者番号が書かれたまま外部へ送られている。",
        from_=HAYAKAWA, to=[SANO],
        subject="雇用保険被保険者番号 5012-345678-1（中野 陽介さん）の照会",
        text="""
佐野先生

早川です。いつもありがとうございます。
件名の方について、前職での資格喪失が反映されているか確認をお願いできますでしょうか。
本人は2月中旬に入社しており、離職票は手元にあるとのことです。

お手数ですがよろしくお願いいたします。
""" + SIG_HAYAKAWA,
        personal=[("employment_insurance_number", "5012-345678-1"), ("name", "中野 陽介")],
    ))

    # H9 zip (encrypted): 内定者情報
    out.append(mail(
        expect="hold", kind="attachment.encrypted_zip", writer="桜井", loc="zip",
        why="パスワード付きZIP（PPAP）の添付で、中身を検査できない。",
        from_=SAKURAI, to=[CAREERB],
        subject="内定承諾者の入社書類について",
        text="""
キャリアブリッジ株式会社
河合 様

いつもお世話になっております。ノースブリッジ・テクノロジーズの桜井です。
ご紹介いただいた方の内定承諾に伴い、入社書類一式をZIPでお送りします。
パスワードは別途お送りいたします。

成功報酬のご請求は入社日以降にお願いいたします。
""" + SIG_SAKURAI,
        attachments=[enc_zip("入社書類一式_0401.zip")],
    ))

    # H10 recipients: 内定者12名を To に
    out.append(mail(
        expect="hold", kind="recipients.offer_holders_to_visible", writer="桜井", loc="recipients",
        why="内定者12名の個人アドレスを To に並べて送っており、BCCにすべきだった。",
        from_=SAKURAI, to=OFFER_HOLDERS,
        subject="【ご案内】内定者懇親会（2月22日）",
        text="""
内定者の皆さま

こんにちは。ノースブリッジ・テクノロジーズ 採用チームの桜井です。
4月の入社に先立ち、内定者懇親会を開催します。同期の皆さんと顔を合わせる初めての機会です。

日時：2月22日（土）14:00〜17:00
場所：本社12F カフェテリア（渋谷区道玄坂9-9-9）
内容：会社紹介、先輩社員との座談会、オフィスツアー、軽食

交通費は実費をお支払いします（領収書をお持ちください）。
出欠を2月14日までにフォームからご回答ください。
https://careers.northbridge.example.co.jp/events/naitei-2025

皆さんにお会いできるのを楽しみにしています。
""" + SIG_SAKURAI,
    ))

    # ---------------- PASSES ----------------
    # P1 内定者本人への案内
    out.append(mail(
        expect="pass", kind="benign.to_data_subject_offer", writer="桜井", loc="none",
        why="内定者本人に、本人の入社手続きの案内を送っているだけ。",
        from_=SAKURAI, to=[OFFER],
        subject="入社前研修のご案内と書類のご返送について",
        text="""
山本 彩花 様

こんにちは。ノースブリッジ・テクノロジーズ採用チームの桜井です。
先日は内定承諾のご連絡をありがとうございました。

入社前研修を下記のとおり実施します。
日時：3月15日（土）10:00〜16:00
場所：本社12F 研修室A
持ち物：筆記用具、ノートPC（お持ちでない方は貸し出します）

また、入社書類（雇用契約書、身元保証書など）をご登録の住所にレターパックでお送りしました。
マイナンバーなどの提出は入社後に社内システムから行っていただきますので、
メールでは送らないようお願いいたします。

ご不明な点があれば、お気軽にご連絡ください。
""" + SIG_SAKURAI,
    ))

    # P2 同意のある最小限の在籍確認
    out.append(mail(
        expect="pass", kind="benign.employment_verification_consent", writer="松本", loc="none",
        why="本人の同意書に基づき在籍期間と職位だけを回答した最小限の在籍確認。",
        from_=MATSUMOTO, to=[VERIFY],
        subject="Re: 在籍確認のご依頼（照会番号 TC-250304-118）",
        text="""
トラストチェック株式会社
在籍確認ご担当者様

お世話になっております。ノースブリッジ・テクノロジーズ人事部の松本です。
ご本人の同意書（2025年3月3日付）を確認いたしましたので、下記のとおり回答いたします。

対象者：吉村 大樹 様
在籍期間：2018年10月1日〜2024年12月31日
最終職位：シニアエンジニア

上記以外の事項（退職理由、給与、評価等）についての回答は控えさせていただきます。
""" + SIG_MATSUMOTO + """

> ノースブリッジ・テクノロジーズ 人事部御中
> 照会番号 TC-250304-118 について、在籍期間と最終職位のご確認をお願いいたします。
> ご本人の同意書を添付いたします。
> トラストチェック株式会社 在籍確認センター
""",
    ))

    # P3 障害者雇用率（集計）
    out.append(mail(
        expect="pass", kind="benign.disability_employment_rate", writer="早川", loc="none",
        why="障害者雇用率と人数の集計だけで、個人は特定されない。",
        from_=HAYAKAWA, to=[HD],
        subject="障害者雇用状況（6月1日現在）のご報告",
        text="""
ノースブリッジHD 人事企画
本田 様

お疲れさまです。ノースブリッジ・テクノロジーズ人事部の早川です。
6月1日現在の障害者雇用状況をご報告します。

常用労働者数：1,184名
雇用障害者数（カウント）：30.5
実雇用率：2.58%（法定雇用率 2.5%）
前年からの増減：+3名（うち2名は在宅勤務制度の利用）

グループ全体の報告書への反映をお願いいたします。
社長室からご質問のあった職域拡大の取り組みは、別途資料にまとめます。
""" + SIG_HAYAKAWA,
    ))

    # P4 健康経営（集計）
    out.append(mail(
        expect="pass", kind="benign.health_management_aggregate", writer="早川", loc="none",
        why="健康経営の受診率・ストレスチェック受検率などの集計値だけ。",
        from_=HAYAKAWA, to=[KENPO],
        subject="健康経営優良法人 申請用データのご確認",
        text="""
IT産業健康保険組合
保健事業課 御中

いつもお世話になっております。ノースブリッジ・テクノロジーズの早川です。
健康経営優良法人2025の申請にあたり、下記の数値で相違ないかご確認をお願いいたします。

・定期健診受診率：99.2%（2024年度）
・特定保健指導 実施率：61.5%
・ストレスチェック受検率：94.8%、高ストレス者割合：11.3%
・喫煙率：14.1%（前年比 -2.0pt）
・インフルエンザ予防接種（社内実施）：接種者 612名

個人単位のデータはお送りしておりません。
""" + SIG_HAYAKAWA,
    ))

    # P5 開発会議の議事録（テストカード番号）
    out.append(mail(
        expect="pass", kind="benign.test_card_dev_minutes", writer="松本", loc="none",
        why="カード番号は決済テスト用の公開テスト番号で、開発環境の議事録に出ているだけ。",
        from_=MATSUMOTO, to=[PORTAL], cc=[HAYAKAWA],
        subject="【議事録】福利厚生ポータル 決済機能 定例（3/6）",
        text="""
ベネフィットポータル 安藤様

お世話になっております。ノースブリッジの松本です。
本日の定例の議事録をお送りします。

日時：3月6日（木）16:00〜17:00（オンライン）
出席：ベネフィットポータル 安藤様、中川様／弊社 松本、早川、情報システム部 菅
1. ステージング環境の決済テスト
　- テストカード 4111 1111 1111 1111（有効期限 12/30、CVC 123）で与信・売上・取消を確認済み
　- 3Dセキュア2.0のチャレンジ画面で文言の崩れあり → ベンダー側で修正（3/13）
2. 本番切替：4月1日 2:00〜4:00 メンテナンス枠
3. 社員への周知：3月21日に社内ポータルで告知

次回：3月13日（木）16:00
""" + SIG_MATSUMOTO,
    ))

    # P6 講師本人への謝金連絡（口座マスク）
    out.append(mail(
        expect="pass", kind="benign.lecturer_fee_masked", writer="桜井", loc="none",
        why="講師本人への謝金の連絡で、口座番号もマスクされている。",
        from_=SAKURAI, to=[LECTURER],
        subject="面接官研修の謝金お振込みについて",
        text="""
青山 ゆかり 様

先日は面接官研修にご登壇いただき、誠にありがとうございました。
参加者アンケートでも「すぐに使える」と大変好評でした。

謝金につきまして、下記のとおりお振込みいたします。
金額：165,000円（源泉徴収後 148,155円）
お振込予定日：3月31日
お振込先：ご登録の口座（みらい中央銀行 ****支店 普通 ****567）

変更がございましたらご連絡ください。
今後ともどうぞよろしくお願いいたします。
""" + SIG_SAKURAI,
    ))

    # P7 採用管理システムの障害（ログのハッシュ）
    out.append(mail(
        expect="pass", kind="benign.it_outage_hashes", writer="桜井", loc="none",
        why="「障害」はシステム障害のことで、ログのハッシュ値やリクエストIDは個人情報ではない。",
        from_=SAKURAI, to=[ATS],
        subject="【障害】応募者一覧のCSVエクスポートが失敗する（テナント nb-prod）",
        text="""
リクルーティングクラウド サポート御中

ノースブリッジ・テクノロジーズの桜井です（テナントID: nb-prod）。
本日10:20頃から、応募者一覧のCSVエクスポートが失敗する障害が起きています。

・エラー：HTTP 502（Request ID: 7c1e9a42-5b3d-4f0e-9a61-2d8b0c7f3e15）
・ログファイルのSHA-256：9b2f4e6a8c0d1e3f5a7b9c1d3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f
・発生頻度：5回中5回
・ブラウザ：Chrome 122 / Edge 122 で再現

明日の選考会議で使うため、回避策があれば教えてください。
""" + SIG_SAKURAI,
    ))

    # P8 担当交代のご挨拶（人材紹介会社）
    out.append(mail(
        expect="pass", kind="benign.successor_intro", writer="桜井", loc="none",
        why="採用担当の交代挨拶で、社員と取引先担当者の氏名・署名があるだけ。",
        from_=SAKURAI, to=[CAREERB, CAREERB2], cc=[MATSUMOTO],
        subject="採用担当交代のご挨拶",
        text="""
キャリアブリッジ株式会社
河合様、片岡様

いつも大変お世話になっております。ノースブリッジ・テクノロジーズの桜井です。
4月1日付で私がエンジニア採用の専任となるため、
ビジネス職の採用窓口は人事部 HRBP の松本 エミリが引き継ぎます。

松本は外資系SaaS企業での採用経験があり、英語での面接にも対応できます。
今後のご推薦は、松本宛にお送りいただけますと幸いです。
これまで本当にありがとうございました。引き続きよろしくお願いいたします。

後任：松本 エミリ（emily.matsumoto@northbridge.example.co.jp）
""" + SIG_SAKURAI,
    ))

    # P9 English: 海外大学へのインターン案内
    out.append(mail(
        expect="pass", kind="benign.english_partner", writer="松本", loc="none",
        why="海外大学のキャリアセンターへのインターン募集の案内で、個人情報は含まれない。",
        from_=MATSUMOTO, to=[UNIV],
        subject="Summer 2025 Software Engineering Internship in Tokyo",
        text="""
Dear Career Services team,

I hope this message finds you well. My name is Emily Matsumoto, and I work
in the People Team at NorthBridge Technologies in Tokyo.

We are pleased to invite applications from your students for our
Summer 2025 Software Engineering Internship:

- Period: June 16 - August 22, 2025 (10 weeks)
- Location: Shibuya, Tokyo (hybrid)
- Stipend: JPY 350,000 per month, plus housing support
- Language: English; Japanese is a plus but not required
- Application deadline: April 11, 2025
- Details: https://careers.northbridge.example.co.jp/intern/summer-2025

Last year, four students from Westbrook joined the program, and two of them
received full-time offers. We would be grateful if you could share this
opportunity with your students.

Kind regards,
""" + SIG_MATSUMOTO,
    ))

    # P10 社宅仲介（宅建業者の免許番号）
    out.append(mail(
        expect="pass", kind="benign.housing_agent_licence", writer="早川", loc="none",
        why="免許番号・登録番号は宅建業者と宅建士のもので、個人の識別番号には当たらない。",
        from_=HAYAKAWA, to=[HIKARI],
        subject="Re: 社宅の法人契約条件について",
        text="""
ひかり不動産 藤本 様

お世話になっております。ノースブリッジの早川です。
法人契約の条件について、下記で社内決裁が下りました。

・賃料の上限：月額 180,000円（管理費込み）
・敷金 1か月、礼金 0〜1か月、仲介手数料 0.5か月＋税
・契約者：株式会社ノースブリッジ・テクノロジーズ（法人番号 7011001234567）
・更新料：会社負担

重要事項説明は藤本様（宅建士）からオンラインでお願いできればと思います。

""" + SIG_HAYAKAWA + """

> 早川様
> 法人契約の条件案をお送りします。
> --
> ひかり不動産株式会社 法人営業部 藤本 恭子
> 宅地建物取引業 東京都知事(3)第00000号
> 宅地建物取引士 登録番号 東京 第000000号
> TEL 03-0000-5510
""",
    ))

    for m in out:
        m["_org"] = ORG
    return out
