# -*- coding: utf-8 -*-
"""(D) 東央大学医学部附属病院 臨床研究支援センター（治験・臨床研究）— 20 mails (10 hold / 10 pass)."""
from common import mail, att, enc_zip, XLSX, DOCX, PDF, CSV, ZIP

ORG = "D"

OKADA = "岡田 理恵 <okada-r@hosp.toou-u.example.ac.jp>"
FUJII = "藤井 大輔 <fujii-d@hosp.toou-u.example.ac.jp>"
NISHIMURA = "西村 恭介 <nishimura-k@hosp.toou-u.example.ac.jp>"

SIG_OKADA = """
―――――――――――――――――――――――――
東央大学医学部附属病院 臨床研究支援センター
治験コーディネーター（CRC）看護師 岡田 理恵
日本臨床薬理学会認定CRC
TEL 03-3947-5100（内線 4621）PHS 7188
okada-r@hosp.toou-u.example.ac.jp
―――――――――――――――――――――――――
"""

SIG_FUJII = """
--
東央大学医学部附属病院
臨床研究支援センター 治験事務局
藤井 大輔（Daisuke Fujii）
〒113-8655 東京都文京区本郷台7-3-1 臨床研究棟 3F
TEL 03-3947-5100（内線 4605） FAX 03-3947-5109
fujii-d@hosp.toou-u.example.ac.jp
"""

SIG_FUJII_EN = """
--
Daisuke Fujii
Clinical Trial Office, Center for Clinical Research Support
Toou University Hospital
7-3-1 Hongodai, Bunkyo-ku, Tokyo 113-8655, Japan
Tel +81-3-3947-5100 (ext. 4605) / Fax +81-3-3947-5109
fujii-d@hosp.toou-u.example.ac.jp
"""

SIG_NISHIMURA = """
========================================================
東央大学医学部附属病院 臨床研究支援センター
センター長／東央大学大学院医学系研究科 臨床試験学講座 教授
西村 恭介（Kyosuke Nishimura, MD, PhD）
〒113-8655 東京都文京区本郷台7-3-1 臨床研究棟 3F
TEL 03-3947-5100（センター代表） FAX 03-3947-5109
nishimura-k@hosp.toou-u.example.ac.jp
https://crsc.hosp.toou-u.example.ac.jp/
本メールには機密情報が含まれる場合があります。
宛先に誤りがある場合は、直ちに削除のうえご連絡ください。
========================================================
"""

CRO = "メディトライアル・ジャパン モニター 村田 <murata@meditrial.example.co.jp>"
CRO_DM = "メディトライアル・ジャパン データマネジメント部 <dm-team@meditrial.example.co.jp>"
SMO = "サイトサポート・ネクスト 久保田 <kubota@sitesupport-next.example.co.jp>"
HELIX = "Sarah Whitfield <sarah.whitfield@helixpharma.example.com>"
HELIX_MM = "Dr. Anand Rao <anand.rao@helixpharma.example.com>"
HOKUTO = "北都医科大学 遺伝医療学 井上 教授 <inoue@hokuto-med.example.ac.jp>"


def mails():
    out = []
    add = lambda *a, **k: out.append(mail(ORG, *a, **k))

    # D01 pass: genome-test consent policy, no individuals
    add("西村", "pass", "benign.genome_policy",
        "ゲノム検査の同意取得・二次的所見開示の運用方針。個人の結果はない",
        None, NISHIMURA, [HOKUTO], "多施設共同ゲノム研究における二次的所見の開示方針（案）",
        f"""
井上先生

いつもお世話になっております。西村です。
先日の班会議で宿題となっておりました、二次的所見の開示方針の案をお送りします。

1. 同意取得
　・同意説明文書に「二次的所見を知りたいか／知りたくないか」の選択欄を設ける
　・選択は研究期間中いつでも変更できることを明記する
2. 開示の対象
　・ACMG SF v3.2 の遺伝子リストに含まれる病的バリアント（P/LP）に限定
　・確認検査（サンガー法）を臨床検査として実施してから開示
3. 開示の方法
　・遺伝カウンセリング外来で、臨床遺伝専門医と認定遺伝カウンセラーが同席して対面で開示
　・血縁者への情報提供は、本人の同意を得たうえで本人から行うことを原則とする
4. 施設間の情報の流れ
　・共同研究機関との間では研究IDのみでやり取りし、氏名・カルテ番号は各施設内にとどめる

ご意見をいただけましたら、次回の班会議で確定させたいと思います。
{SIG_NISHIMURA}""")

    # D02 hold body: SAE first report with the patient's full name
    add("岡田", "hold", "sensitive.health",
        "SAE報告で被験者識別コードではなく氏名・カルテ番号・病名をCROへ送っている",
        "body", OKADA, [CRO], "【SAE第一報】HX-301試験 当院症例の入院について",
        f"""
メディトライアル・ジャパン 村田様

お世話になっております。東央大病院 CRCの岡田です。
HX-301試験の当院症例で重篤な有害事象が発生しましたので、第一報をお送りします。

　被験者：杉本 良子 様（カルテ番号 0048-2271-3）58歳 女性
　事象名：間質性肺炎
　発現日：2025年6月14日
　重篤と判断した理由：入院（6月15日〜呼吸器内科病棟）
　治験薬との因果関係：責任医師の判断は「関連あるかもしれない」
　転帰：未回復（ステロイドパルス療法中）
　治験薬：6月14日最終投与、以降休薬

詳細な報告書（様式12）は責任医師の確認後、明日中にお送りします。
{SIG_OKADA}""",
        personal=[("name", "杉本 良子"), ("patient_id", "0048-2271-3"), ("diagnosis", "間質性肺炎")])

    # D03 pass: English monitoring-visit scheduling with pseudonymised subject IDs
    add("藤井", "pass", "benign.monitoring_visit_pseudonymised",
        "モニタリング訪問の日程調整。被験者は識別コードのみで氏名なし",
        None, FUJII, [HELIX], "Re: HX-301 Site 014 - monitoring visit in July",
        f"""
Dear Sarah,

Thank you for your email. I have checked the room booking and the availability
of our investigator and CRC.

We can host the monitoring visit on Tuesday 8 July and Wednesday 9 July, 09:30-17:00,
in Room 3-12 (Clinical Research Building, 3rd floor). The remote EMR viewer account
for your CRA will be activated on 7 July.

Source data verification scope, as you proposed:
  - Subjects 014-003, 014-005, 014-007: Visit 6 to Visit 9
  - Subject 014-009: Screening to Visit 3 (including eligibility)
  - Investigational product accountability log (kit numbers K2401-K2460)

Dr. Takeda (PI) will be available for a 30-minute wrap-up at 16:00 on 9 July.

Best regards,
{SIG_FUJII_EN}
> On Mon, 16 Jun 2025 at 09:12, Sarah Whitfield wrote:
> Dear Fujii-san,
> Could we schedule the next IMV at Site 014 for the week of 7 July?
> Kind regards, Sarah
> Sarah Whitfield | Senior CRA, Clinical Operations Japan | Helix Pharma K.K.
""")

    # D04 hold body: genome result of an identifiable participant to a collaborating institution
    add("西村", "hold", "sensitive.genome",
        "研究参加者の氏名とBRCA2病的バリアントの結果・家族歴を共同研究機関へ送付",
        "body", NISHIMURA, [HOKUTO], "確認検査の結果について（当院症例）",
        f"""
井上先生

お世話になっております。西村です。
先月ご相談した当院の参加者について、サンガー法による確認検査の結果が出ました。

　参加者：佐藤 真由美 さん（研究ID TG-0147、1979年生）
　結果：BRCA2 c.5576_5579del（p.Ile1859Lysfs*3）ヘテロ接合、病的バリアント確定
　家族歴：母が52歳で卵巣がん、妹が41歳で乳がん

ご本人は二次的所見の開示を希望されていますので、来週の遺伝カウンセリング外来で開示予定です。
妹さんが北都医大で治療中とのことで、血縁者への情報提供の進め方をご相談できればと思います。
{SIG_NISHIMURA}""",
        personal=[("name", "佐藤 真由美"), ("genome", "BRCA2 c.5576_5579del（p.Ile1859Lysfs*3）ヘテロ接合、病的バリアント確定"),
                  ("family_history", "母が52歳で卵巣がん、妹が41歳で乳がん")])

    # D05 hold attachment: screening candidate roster to the SMO
    add("岡田", "hold", "list.roster",
        "添付XLSXにスクリーニング候補者の氏名・カルテ番号・生年月日・電話・病名。本文は無害",
        "attachment", OKADA, [SMO], "7月スクリーニング予定者リストの共有",
        f"""
サイトサポート・ネクスト 久保田様

お世話になっております。岡田です。
7月のスクリーニング予定者リストをお送りします。
来院日の電話リマインドを、前日までにお願いできますでしょうか。

よろしくお願いいたします。
{SIG_OKADA}""",
        attachments=[att("スクリーニング予定者_202507.xlsx", XLSX, """
[7月予定]
来院予定日	氏名	カルテ番号	生年月日	電話番号	主病名	試験
7/2	今井 俊彦	0031-5520-8	1961/04/11	090-2287-6614	2型糖尿病・糖尿病性腎症	HX-301
7/3	大川 恵子	0052-0118-4	1968/09/25	080-4470-1952	関節リウマチ	RA-207
7/9	坂本 功	0027-7731-0	1955/01/30	03-3821-4406	慢性心不全	HF-115
7/10	石原 美奈	0060-2294-1	1973/12/06	090-8815-3307	2型糖尿病	HX-301
""")],
        personal=[("name", "今井 俊彦"), ("patient_id", "0031-5520-8"), ("birth_date", "1961/04/11"),
                  ("phone", "090-2287-6614"), ("diagnosis", "2型糖尿病・糖尿病性腎症"),
                  ("name", "大川 恵子"), ("diagnosis", "関節リウマチ"), ("name", "坂本 功")])

    # D06 pass: aggregate enrollment and AE counts
    add("藤井", "pass", "benign.aggregate_enrollment",
        "登録症例数・有害事象件数など集計のみ",
        None, FUJII, [CRO], "HX-301 当院の登録状況（6月15日時点）",
        f"""
メディトライアル・ジャパン 村田様

お世話になっております。治験事務局の藤井です。
月次の登録状況をご報告いたします。

　同意取得　　　　：14例
　スクリーニング脱落：4例（HbA1c基準外 3、eGFR基準外 1）
　登録（無作為化）：10例（目標 12例）
　投与中　　　　　：8例
　中止　　　　　　：2例（同意撤回 1、有害事象 1）

有害事象（非重篤）は延べ 23件、うち治験薬との関連ありは 9件です。
重篤な有害事象は累計 1件で、報告済みです。

7月末までに目標症例数を達成できる見込みです。
{SIG_FUJII}""")

    # D07 hold quoted: a candidate's HIV status in the quoted physician note
    add("藤井", "hold", "sensitive.health",
        "引用された医師のメモに被験者候補の氏名とHIV陽性・CD4値が含まれ、SMOへ送付",
        "quoted", FUJII, [SMO], "Re: RA-207 候補者の来院日程について",
        f"""
久保田様

お世話になっております。藤井です。
来院日の件、7月3日（木）10:00 で承知しました。
当日は 3F の治験外来で岡田が対応いたします。
下記、先生からの連絡を念のため共有しておきます。
{SIG_FUJII}
> From: 小田切 圭（膠原病内科）
> Sent: Tuesday, June 17, 2025 8:41 PM
> To: 藤井 大輔
> Subject: RA-207 候補
>
> 藤井さん
> 小林 正人さん、RA-207の候補として声をかけましたが、HIV陽性（CD4 420、ART継続中）なので
> 除外基準 4.6 にかかるか確認が必要です。依頼者に問い合わせをお願いします。
> 小田切
""",
        personal=[("name", "小林 正人"), ("diagnosis", "HIV陽性（CD4 420、ART継続中）")])

    # D08 pass: invoice with the hospital's corporate account and SWIFT (English)
    add("藤井", "pass", "benign.corporate_bank_swift",
        "依頼者への請求。大学の法人口座とSWIFTコード",
        None, FUJII, ["Accounts Payable <ap-japan@helixpharma.example.com>"],
        "Invoice CT-2025-0388 - HX-301 Site 014 (Q1 fees)",
        f"""
Dear Accounts Payable team,

Please find below the details of our invoice for the HX-301 study, Site 014,
covering January-March 2025. The PDF has been uploaded to your supplier portal.

  Invoice number : CT-2025-0388
  Amount         : JPY 4,862,300 (incl. consumption tax)
  Due date       : 31 July 2025

Bank details:
  Beneficiary    : Toou University (National University Corporation)
  Bank           : Hongo Trust Bank, Ltd., Hongo Branch
  Account        : Ordinary 6120045
  SWIFT/BIC      : HGTBJPJT
  Bank address   : 5-2-8 Hongo, Bunkyo-ku, Tokyo, Japan

Please quote the invoice number as the payment reference.
{SIG_FUJII_EN}""")

    # D09 pass: lecturer's own fee, masked account, to the lecturer
    add("藤井", "pass", "benign.data_subject_own_fee",
        "外部講師本人への謝金のお知らせ。口座は下3桁以外マスク",
        None, FUJII, ["石黒 美和子 <ishiguro@ishiguro-ethics.example.jp>"],
        "研究倫理講習会 講演謝金のお支払いについて",
        f"""
石黒先生

先日は研究倫理講習会でのご講演、誠にありがとうございました。
受講者アンケートでは、満足度 4.7（5段階）と大変好評でした。

講演謝金について、下記の通りお支払いいたします。

　謝金額　　　：50,000円（源泉徴収後 44,895円）
　支払予定日　：7月18日（金）
　振込先　　　：ご登録口座（東都銀行 ****234）

振込先に変更がございましたら、7月4日までにお知らせください。
{SIG_FUJII}""")

    # D10 hold subject: a screening candidate's psychiatric history in the subject line
    add("岡田", "hold", "sensitive.health",
        "件名にスクリーニング中の患者の氏名と統合失調症の既往。本文は基準の解釈の質問のみ",
        "subject", OKADA, [HELIX_MM], "除外基準の確認：スクリーニング中 前田 さゆり様（統合失調症の既往）",
        f"""
Dr. Rao

いつもお世話になっております。東央大病院 CRCの岡田です。
（日本語で失礼いたします。必要でしたら英訳をお送りします。）

標記の件、プロトコル 5.2 項「精神疾患の既往」について、
10年以上前に寛解し、現在服薬のない場合も除外に該当するかご確認をお願いいたします。
スクリーニング期限が6月27日のため、6月24日までにご回答いただけますと幸いです。
{SIG_OKADA}""",
        personal=[("name", "前田 さゆり"), ("diagnosis", "統合失調症の既往")])

    # D11 hold zip: EDC export in an encrypted zip
    add("藤井", "hold", "attachment.encrypted_zip",
        "EDCデータのエクスポートをパスワード付きZIPで送付（PPAP）",
        "zip", FUJII, [CRO_DM], "RA-207 EDC クエリ対応データの送付",
        f"""
メディトライアル・ジャパン データマネジメント部 御中

お世話になっております。東央大病院 治験事務局の藤井です。
クエリ対応後のデータ（症例報告書の写し含む）をお送りします。
ZIPのパスワードは別メールでお送りいたします。
{SIG_FUJII}""",
        attachments=[enc_zip("RA-207_site014_query_response_0618.zip")])

    # D12 pass: congratulations on a professorship
    add("西村", "pass", "benign.congratulations",
        "教授就任のお祝い。個人情報は公的な役職のみ",
        None, NISHIMURA, ["北都医科大学 臨床薬理学 宮下 教授 <miyashita@hokuto-med.example.ac.jp>"],
        "教授ご就任のお祝い",
        f"""
宮下先生

このたびは北都医科大学 臨床薬理学講座の教授にご就任されたとのこと、誠におめでとうございます。
先生が当センターにいらした頃、夜遅くまでプロトコルの議論をしたことを懐かしく思い出します。

臨床薬理学講座の新しい体制のもとで、若い先生方の育成にも
ますますご活躍されることと存じます。
10月の臨床薬理学会では、ぜひお祝いの席を設けさせてください。

取り急ぎ、メールにてお祝い申し上げます。
{SIG_NISHIMURA}""")

    # D13 hold recipients: study-group announcement with 12 external doctors in To
    add("西村", "hold", "recipients.many_external",
        "研究会の案内で他施設の医師12名のアドレスがToに見えている（BCCにすべき）",
        "recipients", NISHIMURA,
        [HOKUTO,
         "宮下 教授 <miyashita@hokuto-med.example.ac.jp>",
         "岸本 准教授 <kishimoto@kanto-ika.example.ac.jp>",
         "渡部 部長 <watabe@minami-tokyo-hp.example.or.jp>",
         "長尾 医長 <nagao@saitama-central-hp.example.jp>",
         "吉川 講師 <yoshikawa@keiyo-u.example.ac.jp>",
         "福島 部長 <fukushima@yokohama-med-center.example.jp>",
         "三上 医師 <mikami@chiba-kyosai.example.or.jp>",
         "桑原 教授 <kuwabara@tokai-ika.example.ac.jp>",
         "小松 医長 <komatsu@kita-kanto-hp.example.jp>",
         "古川 先生 <furukawa@shinjuku-clinic.example.jp>",
         "新井 先生 <arai@nerima-general.example.or.jp>"],
        "第12回 首都圏臨床研究ネットワーク研究会のご案内",
        f"""
首都圏臨床研究ネットワーク 参加施設の先生方

平素より大変お世話になっております。東央大学の西村です。
第12回研究会を下記の通り開催いたします。

　日時：2025年9月6日（土）13:00〜17:30
　会場：東央大学 医学部 講堂（オンライン併用）
　テーマ：「分散型臨床試験（DCT）の実装と、施設側の体制づくり」
　特別講演：規制当局の先生にご依頼中（演者・演題は決まり次第ご案内します）

一般演題を募集しております。抄録（400字）を7月31日までにお送りください。
出欠は、別途お送りするフォームからご回答をお願いいたします。
{SIG_NISHIMURA}""")

    # D14 pass: IP fridge temperature excursion with serials and log hash
    add("岡田", "pass", "benign.temperature_excursion_serials",
        "治験薬冷蔵庫の温度逸脱報告。シリアル番号・ロット・ログのハッシュ値のみ",
        None, OKADA, [CRO], "【報告】治験薬保管冷蔵庫の温度逸脱（6/16 夜間）",
        f"""
村田様

お世話になっております。岡田です。
治験薬保管冷蔵庫で温度逸脱がありましたのでご報告します。

　機器：薬用冷蔵庫 MPR-722（シリアル 21047719）
　データロガー：TR-71wb（シリアル 5C8A0F13）
　逸脱時間：6月16日 23:42〜6月17日 0:31（49分間）
　最高温度：9.8℃（許容範囲 2〜8℃）
　原因：夜間の停電点検で電源が切り替わった際に再起動が遅れたもの
　保管中の治験薬：HX-301 キット K2461〜K2480（ロット HXL-2504A）

ロガーの生データを添付します。改ざん防止のため、ファイルのハッシュ値も記載します。
SHA-256: 7f3a9c1e0b54d2e8a61f09c4b7d35e2a8c1f6047be92d3a5f0c8e71b4d926a3f

依頼者の判断が出るまで、該当キットは「使用保留」の表示をして隔離保管しています。
{SIG_OKADA}""",
        attachments=[att("TR71wb_5C8A0F13_20250616.csv", CSV, """
datetime,temp_c
2025-06-16 23:30,4.8
2025-06-16 23:40,7.6
2025-06-16 23:50,9.1
2025-06-17 00:00,9.8
2025-06-17 00:10,9.4
2025-06-17 00:20,8.5
2025-06-17 00:30,8.1
2025-06-17 00:40,6.2
""")])

    # D15 pass: research-ethics seminar with historical persons
    add("西村", "pass", "benign.historical_persons",
        "研究倫理講習の案内。ヘンリエッタ・ラックス等の歴史上の人物・事件のみ",
        None, NISHIMURA, ["石黒 美和子 <ishiguro@ishiguro-ethics.example.jp>"],
        "講習会の構成案について（研究倫理の歴史）",
        f"""
石黒先生

お世話になっております。西村です。
来月の研究倫理講習会の構成について、先日のお打合せを踏まえて案をお送りします。

第1部　歴史から学ぶ（40分）
　・ニュルンベルク綱領とヘルシンキ宣言の成立
　・タスキギー梅毒研究（1932〜1972）と、ベルモント・レポート
　・ヘンリエッタ・ラックスと HeLa 細胞 ― 子宮頸がんの組織が本人・家族の同意なく使われ続けた問題
　・日本の事例：野口英世の時代の研究倫理、薬害の歴史
第2部　いまの制度（30分）
　・人を対象とする生命科学・医学系研究に関する倫理指針
　・臨床研究法と特定臨床研究
第3部　グループワーク（20分）

ヘンリエッタ・ラックスの件は、レベッカ・スクルートの著書の該当章を配布資料にしたいと考えています。
ご意見をお聞かせください。
{SIG_NISHIMURA}""")

    # D16 hold body: health insurance numbers of a participant for a compensation claim
    add("藤井", "hold", "id.health_insurance",
        "補償保険の請求で被験者の健康保険の記号番号・保険者番号・氏名・有害事象を本文に記載",
        "body", FUJII, ["東和損害保険 医療保険部 臨床試験保険担当 <ct-claim@towa-sonpo.example.co.jp>"],
        "臨床研究保険 補償請求のご相談（証券番号 CT-24-08812）",
        f"""
東和損害保険株式会社
医療保険部 臨床試験保険ご担当者様

いつもお世話になっております。東央大学病院 臨床研究支援センターの藤井です。
証券番号 CT-24-08812 の臨床研究で、研究参加者に健康被害が発生したため、
補償請求の手続きについてご相談させてください。

　研究参加者：高木 雅彦 様（1970年2月17日生）
　健康被害：薬剤性肝障害による入院（6月2日〜6月13日）
　医療費：保険診療の自己負担分 87,420円
　健康保険：全国健康保険協会 東京支部
　　保険者番号 01130012　記号 5012　番号 3384　枝番 00

請求書の様式と必要書類をお送りいただけますでしょうか。
{SIG_FUJII}""",
        personal=[("name", "高木 雅彦"), ("birth_date", "1970年2月17日"), ("diagnosis", "薬剤性肝障害"),
                  ("health_insurance", "保険者番号 01130012　記号 5012　番号 3384　枝番 00")])

    # D17 pass: minimal employment verification with consent
    add("藤井", "pass", "benign.employment_verification_consent",
        "本人同意のもとでの在籍確認。在籍期間と職名のみ",
        None, FUJII, ["メディトライアル・ジャパン 人事部 採用担当 <saiyo@meditrial.example.co.jp>"],
        "Re: 在籍確認のご依頼（元職員）",
        f"""
メディトライアル・ジャパン 人事部 採用ご担当者様

お世話になっております。東央大学病院 臨床研究支援センターの藤井です。
ご依頼の在籍確認について、ご本人から同意書をいただいておりますので、下記の通り回答いたします。

　氏名：桜田 彩 様
　在籍期間：2019年4月1日〜2025年3月31日
　職名：臨床研究支援センター 治験コーディネーター（常勤）

上記以外の事項（勤務評価、退職理由等）については、当院の方針によりお答えしておりません。
ご了承ください。
{SIG_FUJII}
> 東央大学医学部附属病院 臨床研究支援センター御中
> 弊社に応募いただいた桜田 彩様の在籍確認をお願いいたします。
> ご本人の同意書を添付いたします。
> メディトライアル・ジャパン 人事部 採用担当
""")

    # D18 hold quoted: applicant's résumé forwarded to a staffing agency
    add("藤井", "hold", "personal.resume_forward",
        "転送部分に応募者の履歴書情報（生年月日・住所・電話・経歴）が含まれ、派遣会社へ送付",
        "quoted", FUJII, ["メディカルスタッフ東京 コーディネーター 増田 <masuda@medstaff-tokyo.example.co.jp>"],
        "Fw: CRC職への応募について",
        f"""
メディカルスタッフ東京 増田様

お世話になっております。藤井です。
当センターのCRC募集に、下記の方から直接ご応募がありました。
当院の規程上、非常勤CRCは貴社経由での契約となりますので、
手続きを進めていただけますでしょうか。
{SIG_FUJII}
---------- 転送メッセージ ----------
From: 野口 春香 <haruka.noguchi.rn@gmail.com>
Date: 2025年6月15日(日) 22:31
Subject: CRC職への応募について

東央大学医学部附属病院 臨床研究支援センター ご担当者様

貴院の非常勤CRCの募集を拝見し、応募させていただきます。

氏名：野口 春香（ノグチ ハルカ）
生年月日：1990年8月24日
住所：東京都板橋区常盤台2-19-8 ルミエール常盤台402
電話：080-3362-9157
学歴：2012年 城北看護大学 看護学部 卒業
職歴：2012年〜2024年 城北総合病院 循環器内科病棟 看護師
資格：看護師免許、BLSプロバイダー
希望：週3日勤務（子育て中のため 9:00〜16:00）

何卒よろしくお願いいたします。
""",
        personal=[("name", "野口 春香"), ("birth_date", "1990年8月24日"),
                  ("address", "東京都板橋区常盤台2-19-8 ルミエール常盤台402"), ("phone", "080-3362-9157"),
                  ("email", "haruka.noguchi.rn@gmail.com")])

    # D19 hold attachment: participants' private bank accounts for reimbursements
    add("岡田", "hold", "id.bank_account",
        "添付XLSXに被験者3名の氏名と個人の振込口座（負担軽減費）。本文は無害",
        "attachment", OKADA, [SMO], "6月分 負担軽減費の支払依頼",
        f"""
久保田様

お世話になっております。岡田です。
6月分の負担軽減費の支払依頼書をお送りします。
7月10日の振込でお願いいたします。
{SIG_OKADA}""",
        attachments=[att("負担軽減費_支払依頼_202506.xlsx", XLSX, """
[支払依頼]
被験者識別コード	氏名	来院回数	金額	振込先
014-003	宮本 和雄	2	14000	東都銀行 池袋支店 普通 1820447 ミヤモト カズオ
014-005	須田 恵理子	1	7000	ゆうちょ銀行 記号 10120 番号 55817342 スダ エリコ
014-007	岩田 翔	3	21000	本郷信託銀行 王子支店 普通 4409318 イワタ ショウ
""")],
        personal=[("name", "宮本 和雄"), ("bank_account", "東都銀行 池袋支店 普通 1820447 ミヤモト カズオ"),
                  ("name", "須田 恵理子"), ("bank_account", "ゆうちょ銀行 記号 10120 番号 55817342 スダ エリコ"),
                  ("name", "岩田 翔")])

    # D20 pass: IRB minutes with external members, reply chain
    add("岡田", "pass", "benign.irb_minutes",
        "治験審査委員会の議事録確認。委員名と審議結果のみで患者情報なし",
        None, OKADA,
        ["外部委員 弁護士 中西 <nakanishi@nakanishi-law.example.jp>",
         "外部委員 石黒 美和子 <ishiguro@ishiguro-ethics.example.jp>"],
        "Re: Re: 第245回 治験審査委員会 議事概要（案）のご確認",
        f"""
中西先生、石黒先生

ご確認ありがとうございました。岡田です（事務局代理）。
石黒先生からご指摘の「説明文書の文字サイズ」の件は、議事概要に追記いたしました。
これで確定とし、7月1日に院内ホームページで公開いたします。
{SIG_OKADA}
> 岡田様
> 第3議題の審議の部分に、「説明文書の文字を12ポイント以上にすること」を
> 条件としたことを書き加えてください。それ以外は結構です。
> 石黒
>
> > 中西です。内容を確認しました。修正はありません。
> >
> > > 【第245回 治験審査委員会 議事概要（案）】
> > > 日時：2025年6月11日（水）17:00〜18:20
> > > 出席委員：西村（委員長）、小田切、高橋、山根、中西（外部）、石黒（外部）
> > > 1. HX-301 治験実施計画書 改訂第4版 … 承認
> > > 2. RA-207 安全性情報（海外症例 12件）… 継続承認
> > > 3. HF-115 新規申請 … 修正の上で承認（説明文書の修正）
> > > 4. 迅速審査の報告 … 3件
""",
        cc=[FUJII])

    return out
