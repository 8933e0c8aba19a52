"""Org A: 三笠物産株式会社 人事部 グローバルモビリティ課（海外赴任デスク）.

Trading company; writes Japanese and English.
Writers: takahashi (desk staff, formal JP), ogawa (bilingual, EN signature),
morita (section manager, terse).
"""
from common import (Org, addr, mynumber, yamato_also_mynumber, g4, houjin_bangou, quote, att,
                    enc_zip, pv, csv_text, CT_CSV, CT_TXT, CT_PDF, CT_DOCX)

DOM = "mikasa-bussan.example.co.jp"

WRITERS = {
    "takahashi": {
        "name": "高橋 美咲",
        "email": f"misaki.takahashi@{DOM}",
        "sig": f"""――――――――――――――――――――――――
三笠物産株式会社
人事部 グローバルモビリティ課（海外赴任デスク）
高橋 美咲（Misaki Takahashi）
〒100-0000 東京都千代田区丸の内0-0-0 三笠ビル12F
TEL: 03-0000-4512 / FAX: 03-0000-4599
E-mail: misaki.takahashi@{DOM}
――――――――――――――――――――――――""",
    },
    "ogawa": {
        "name": "Kenji Ogawa",
        "email": f"kenji.ogawa@{DOM}",
        "sig": """--
Kenji Ogawa (小川 健司)
Global Mobility Section, Human Resources Dept.
Mikasa Bussan Co., Ltd.
Mikasa Bldg. 12F, 0-0-0 Marunouchi, Chiyoda-ku, Tokyo 100-0000, Japan
Tel: +81-3-0000-4518 | Mobile: +81-90-0000-3381
https://www.mikasa-bussan.example.co.jp/""",
    },
    "morita": {
        "name": "森田 修",
        "email": f"osamu.morita@{DOM}",
        "sig": """三笠物産（株） 人事部 グローバルモビリティ課長
森田 修　03-0000-4501（直通）""",
    },
}

GM_SAKAMOTO = addr("坂本 大輔", "sakamoto@globalmove.example.com")
GM_NAITO = addr("内藤 彩", "naito@globalmove.example.com")
GM_SUPPORT = addr("MoveNavi サポート", "support@globalmove.example.com")
MURASE = addr("村瀬 和也", "murase.k@kaikyo-anshin.example.co.jp")
WHITFIELD = addr("Sarah Whitfield", "swhitfield@whitfieldcrane.example.com")
MGRANT = addr("Melissa Grant", "mgrant@mikasa-us.example.com")
KAKEHASHI = addr("鈴木 恭平", "suzuki@kakehashi-gyosei.example.jp")


def build():
    o = Org("A", "三笠物産株式会社 海外赴任デスク", DOM, WRITERS)
    S = o.sig

    # ------------------------------------------------------------ holds
    o.hold(
        "ogawa", "body", "id.passport",
        "米国ビザ申請のため赴任者と帯同家族3名の旅券番号・生年月日を外部法律事務所に本文で送っている。",
        [WHITFIELD], "RE: L-1A petition for Houston transfer - passport details",
        f"""Dear Sarah,

Thank you for the checklist you sent on Monday. As requested, here are the
passport details for the principal applicant and the two dependants. The
scanned bio pages will follow through your client portal.

Principal applicant
  Name: Daisuke FUJIMOTO
  Date of birth: 12 June 1984
  Passport No.: TR0000481 (expires 9 March 2031)

Spouse (L-2)
  Name: Yuko FUJIMOTO
  Date of birth: 25 January 1986
  Passport No.: TR0000482 (expires 9 March 2031)

Child (L-2)
  Name: Haruto FUJIMOTO
  Date of birth: 3 September 2016
  Passport No.: TS0000917 (expires 14 August 2026)

Please note that Haruto's passport expires in less than a year. Unless you
advise otherwise, we will have it renewed at the Consulate-General in
Houston after arrival.

The target start date in Houston remains 5 January 2026. Melissa in our
Houston office is copied for the employer section of the I-129.

Best regards,
Kenji

{S("ogawa")}

-----Original Message-----
From: Sarah Whitfield <swhitfield@whitfieldcrane.example.com>
Sent: Monday, October 6, 2025 4:12 PM
To: Kenji Ogawa <kenji.ogawa@{DOM}>
Subject: L-1A petition for Houston transfer - document checklist

Kenji,

Attached is our checklist for the L-1A petition. For each applicant we
will need the full name as shown in the passport, date of birth, passport
number and expiry date. Please do not send scans by email; use the portal.

Kind regards,
Sarah Whitfield
Partner, Whitfield & Crane LLP
""",
        cc=[MGRANT],
        personal=pv(("name", "Daisuke FUJIMOTO"), ("birthdate", "12 June 1984"),
                    ("passport", "TR0000481"), ("name", "Yuko FUJIMOTO"),
                    ("passport", "TR0000482"), ("passport", "TS0000917")),
    )

    o.hold(
        "takahashi", "body", "sensitive.health_check",
        "赴任予定者の氏名・生年月日と健診結果（糖尿病・高血圧）を保険会社に本文で送っている（要配慮個人情報）。",
        [MURASE], "【ご相談】ジャカルタ赴任予定者の保険引受について",
        f"""海峡あんしん損害保険株式会社
海外医療サポートデスク 村瀬様

いつもお世話になっております。三笠物産 海外赴任デスクの高橋です。

12月にジャカルタ駐在員事務所へ赴任予定の社員について、赴任前健康診断で
所見がありましたので、長期海外旅行保険の引受可否と、現地での通院先について
ご相談させてください。

・氏名：佐野 亮介（さの りょうすけ）
・生年月日：1979年11月2日（45歳）
・赴任予定日：2025年12月15日
・健診結果（10月3日受診）
　HbA1c 7.9%　2型糖尿病（2022年より内服治療中）
　血圧 168/102 mmHg　要精密検査（二次健診予約済み）
　腹部エコー：脂肪肝
・産業医意見：インスリン導入の要否を確認のうえ赴任可。現地で月1回の受診を条件とする。

既往症の扱いについて約款上どのようになるか、また、ジャカルタで日本語対応が
可能な糖尿病専門医のいる提携クリニックがあれば、ご紹介いただけますと助かります。

お手数ですが、今週中にご回答いただけますと幸いです。
何卒よろしくお願いいたします。

{S("takahashi")}
""",
        personal=pv(("name", "佐野 亮介"), ("birthdate", "1979年11月2日"),
                    ("diagnosis", "2型糖尿病"), ("health_result", "HbA1c 7.9%"),
                    ("health_result", "血圧 168/102 mmHg")),
    )

    mn1 = mynumber("48170026391")
    mn2 = mynumber("73020558146")
    o.hold(
        "morita", "body", "id.mynumber",
        "出国時年末調整のため赴任者と配偶者のマイナンバーと住所を税理士法人に本文で送っている。",
        [addr("三浦 典子", "miura@minato-tax.example.jp")],
        "出国時年末調整・納税管理人の件（11月出国者）",
        f"""三浦先生

いつもお世話になっております。三笠物産 人事の森田です。

先日お電話でご相談した出国者1名について、出国時の年末調整と、
翌年度住民税の納税管理人の届出をお願いしたく、必要事項をお送りします。

赴任者：桑原 隆之（くわばら たかゆき）
　個人番号：{g4(mn1)}
　住所：東京都世田谷区奥沢0-0-0
　出国予定日：2025年11月28日（ロンドン）
配偶者：桑原 美穂（源泉控除対象配偶者）
　個人番号：{g4(mn2)}

源泉徴収票の写しと扶養控除等申告書は、本日経理から社内便で発送済みです。
納税管理人は本人の実父（同住所）となる予定です。
不明点があれば森田までご連絡ください。

{S("morita")}
""",
        personal=pv(("name", "桑原 隆之"), ("mynumber", g4(mn1)),
                    ("address", "東京都世田谷区奥沢0-0-0"),
                    ("name", "桑原 美穂"), ("mynumber", g4(mn2))),
    )

    o.hold(
        "takahashi", "attachment", "personal.family_data",
        "添付の住居手配依頼書に赴任者と帯同家族全員の氏名・生年月日・住所・携帯・私用メールが含まれ、リロケーション会社に送っている。",
        [GM_SAKAMOTO], "シンガポール赴任者 住居手配依頼書の送付",
        f"""グローバルムーブ・リロケーション株式会社
坂本様

いつもお世話になっております。三笠物産 海外赴任デスクの高橋です。

先日お打ち合わせした2026年1月のシンガポール赴任案件について、
住居手配依頼書を添付にてお送りします。
帯同家族ありのケースで、お子さまの通学を優先したいというのが本人の希望です。

現地での内見は1月第2週を想定しています。
候補物件がそろいましたらご連絡いただけますでしょうか。

よろしくお願いいたします。

{S("takahashi")}
""",
        attachments=[att("住居手配依頼書_SG_202601.docx", CT_DOCX, """住居手配依頼書（海外赴任用）
依頼日：2025年10月20日　依頼元：三笠物産株式会社 人事部 グローバルモビリティ課
赴任先：Mikasa Asia Pte. Ltd.（シンガポール）　赴任予定日：2026年1月6日

1. 赴任者
氏名：長尾 浩平（ナガオ コウヘイ）
生年月日：1982年4月17日
現住所：神奈川県川崎市中原区小杉町0-0-0-1503
携帯電話：090-0000-6218
私用メール：k.nagao.0417@gmail.com

2. 帯同家族
妻　長尾 真由美　1984年8月30日生
長女　長尾 凛　2016年5月11日生（小学3年）
長男　長尾 蒼太　2020年12月2日生（年中）

3. 希望条件
エリア：Bukit Timah / Novena
間取り：3ベッドルーム以上、メイドルーム不要
予算：月額 SGD 7,500 以内（会社規程上限）
その他：長女の通学先（日本人学校クレメンティ校）のスクールバス停に近いこと。
　　　　小型犬1匹（トイプードル）同伴のためペット可物件。

4. 備考
着任後2週間はサービスアパートメント利用（会社手配済み）。
""")],
        personal=pv(("name", "長尾 浩平"), ("birthdate", "1982年4月17日"),
                    ("address", "神奈川県川崎市中原区小杉町0-0-0-1503"),
                    ("phone", "090-0000-6218"), ("email", "k.nagao.0417@gmail.com"),
                    ("name", "長尾 真由美"), ("name", "長尾 凛")),
    )

    roster = csv_text(
        ["氏名", "フリガナ", "生年月日", "性別", "赴任先", "出発日", "旅券番号", "補償プラン"],
        [["平野 誠司", "ヒラノ セイジ", "1978-02-14", "男", "ロンドン", "2025-11-28", "TK0000315", "A"],
         ["平野 恵", "ヒラノ メグミ", "1980-07-09", "女", "ロンドン", "2025-12-20", "TK0000316", "A家族"],
         ["石橋 亜希", "イシバシ アキ", "1990-10-30", "女", "ドバイ", "2025-11-10", "TZ0000842", "A"],
         ["関口 大地", "セキグチ ダイチ", "1986-05-22", "男", "サンパウロ", "2025-11-17", "TR0000663", "B"],
         ["増田 孝", "マスダ タカシ", "1973-12-01", "男", "ヨハネスブルグ", "2025-11-24", "TK0000127", "B"],
         ["ファン・ミン・トゥアン", "ファン ミン トゥアン", "1991-03-15", "男", "ハノイ", "2025-11-03", "C0000451", "A"]])
    o.hold(
        "morita", "attachment", "list.assignee_roster",
        "添付CSVに赴任者6名の氏名・生年月日・旅券番号の一覧があり、保険会社に送っている。",
        [addr("団体契約担当", "dantai@kaikyo-anshin.example.co.jp")],
        "11月出発分 長期海外旅行保険 加入者リストの送付",
        f"""海峡あんしん損害保険 法人営業部
団体契約ご担当者様

お世話になっております。三笠物産の森田です。
11月出発分の加入者リストを添付します（帯同家族1名を含む計6名）。
補償開始日は各人の出発日でお願いします。

加入証の発行は人事部宛てにまとめて送付ください。

{S("morita")}
""",
        attachments=[att("2025年11月_長期海旅_加入者.csv", CT_CSV, roster)],
        personal=pv(("name", "平野 誠司"), ("birthdate", "1978-02-14"),
                    ("passport", "TK0000315"), ("name", "石橋 亜希"),
                    ("passport", "TZ0000842"), ("name", "増田 孝")),
    )

    o.hold(
        "takahashi", "quoted", "sensitive.disability",
        "転送部分に赴任者の子どもの発達障害の診断名と服薬が書かれており、それをリロケーション会社に転送している。",
        [GM_NAITO], "Fw: 子どもの学校について（バンコク赴任予定者）",
        f"""内藤様

いつもお世話になっております。三笠物産の高橋です。

バンコク赴任予定者の学校選びについて、ご本人から詳しい事情の連絡が
ありましたので、下記のとおり転送いたします。
候補校のご提案にあたっては、サポート体制のある学校を優先して
いただけますでしょうか。
ご本人への直接のご連絡は、11月以降でお願いしたいとのことです。

よろしくお願いいたします。

{S("takahashi")}

-------- Forwarded message --------
From: 西川 誠 <makoto.nishikawa@{DOM}>
Date: 2025年10月17日(金) 21:43
Subject: 子どもの学校について
To: 高橋 美咲 <misaki.takahashi@{DOM}>

高橋さん

お疲れさまです。化学品本部の西川です。
学校の件で、先にお伝えしておくべきことがあり連絡しました。

長男の湊（2017年3月生、小学2年）は、昨年 ADHD（注意欠如・多動症）と
限局性学習症の診断を受けており、現在は通級指導教室に週2回通っています。
服薬（コンサータ）も続けています。

バンコクでは、少人数クラスで Learning Support のあるインターナショナル
スクールを希望しています。日本人学校の場合は特別支援学級の有無を確認したいです。
主治医の意見書は英訳を準備中です。

リロケーション会社にどこまで伝えるべきか、正直迷っています。
ご相談させてください。

西川 誠
化学品本部 機能化学品部　内線 5832
""",
        cc=[GM_SAKAMOTO],
        personal=pv(("name", "西川 誠"), ("name", "長男の湊（2017年3月生、小学2年）"),
                    ("diagnosis", "ADHD（注意欠如・多動症）"), ("diagnosis", "限局性学習症"),
                    ("medication", "服薬（コンサータ）")),
    )

    o.hold(
        "ogawa", "quoted", "id.drivers_license",
        "Forwarded part carries an assignee's Japanese driver's licence number, IDP number and date of birth, sent to the overseas subsidiary.",
        [MGRANT], "FW: Driver's license info for company car",
        f"""Hi Melissa,

Forwarding the message below for the company car lease and the Texas
licence application. The assignee arrives on 5 January, so it would be
great if the lease company could have everything ready by then.

Let me know if anything else is needed.

Thanks,
Kenji

{S("ogawa")}

---------- Forwarded message ---------
From: Shota Kimura <shota.kimura@{DOM}>
Date: Tue, Oct 21, 2025 at 9:05 AM
Subject: Driver's license info for company car
To: Kenji Ogawa <kenji.ogawa@{DOM}>

Ogawa-san,

Here is my information for the car lease.

Full name: Shota KIMURA
Date of birth: 19 February 1988
Japanese driver's license No.: 301000512840
License expiry: 19 March 2028
International Driving Permit No.: IDP-T 0000778 (issued 14 Oct 2025)
Home address in Houston (from 5 Jan): 0000 Westheimer Rd, Apt 1207, Houston, TX 77000

Thank you,
Shota
""",
        personal=pv(("name", "Shota KIMURA"), ("birthdate", "19 February 1988"),
                    ("drivers_license", "301000512840"), ("idp", "IDP-T 0000778")),
    )

    o.hold(
        "morita", "subject", "id.residence_card",
        "件名に外国籍社員の氏名と在留カード番号が入っており、行政書士法人に送っている（本文には記載なし）。",
        [KAKEHASHI], "再入国許可申請のお願い（王 偉／在留カード AB00123456CD）",
        f"""行政書士法人かけはし国際
鈴木様

いつもお世話になっております。三笠物産 人事部の森田です。

件名の社員について、来月から上海の合弁会社へ約14か月の長期出張となるため、
みなし再入国許可の範囲（1年）を超える見込みです。
つきましては、再入国許可（数次）の申請代行をお願いできますでしょうか。

必要書類（申請書、旅券、在留カードの写し等）は本人から直接お送りするよう
伝えております。出国予定は11月25日です。
お見積りとあわせてご確認のほどお願いいたします。

{S("morita")}
""",
        personal=pv(("name", "王 偉"), ("residence_card", "AB00123456CD")),
    )

    o.hold(
        "takahashi", "zip", "attachment.encrypted_zip",
        "パスワード付きZIP（PPAP）を添付しており、中身を確認できない。",
        [addr("申請チーム", "apply@worldvisa.example.co.jp")],
        "ベトナム労働許可申請書類の送付（三笠物産）",
        f"""株式会社ワールドビザサポート
申請チーム ご担当者様

いつもお世話になっております。三笠物産 海外赴任デスクの高橋です。

ハノイ赴任予定者1名の労働許可（Work Permit）申請書類一式を
ZIPファイルにてお送りします。
解凍用パスワードは、別メールにてお送りいたします。

書類に不備がございましたら、ご指摘いただけますと幸いです。

{S("takahashi")}
""",
        attachments=[enc_zip("WP申請書類_三笠物産_20251022.zip")],
    )

    to_orient = [
        addr("長尾 真由美", "mayumi.nagao@gmail.com"),
        addr("平野 恵", "megumi.hirano@yahoo.co.jp"),
        addr("関口 玲奈", "rena.sekiguchi@outlook.com"),
        addr("増田 由美子", "yumiko.masuda55@gmail.com"),
        addr("藤本 裕子", "yuko.fujimoto.0125@gmail.com"),
        addr("桑原 美穂", "miho.kuwabara@yahoo.co.jp"),
        addr("木村 沙織", "saori.kmr@outlook.com"),
        GM_SAKAMOTO,
        MURASE,
        addr("Lingua Bridge 受付", "info@linguabridge.example.jp"),
        addr("丸の内トラベルクリニック", "yoyaku@marunouchi-tc.example.jp"),
        addr("海外子女教育相談室", "soudan@kaigai-kyoiku.example.or.jp"),
        addr("森本 京子", "morimoto@cross-culture.example.com"),
    ]
    o.hold(
        "takahashi", "recipients", "recipients.visible_external",
        "帯同家族の私用アドレスと外部講師・業者計13件がToに並んでおり、BCCにすべきだった。",
        to_orient, "【ご案内】帯同家族向け 赴任前オリエンテーション（11月8日）",
        f"""帯同ご家族の皆様
ならびに関係各社の皆様

三笠物産 海外赴任デスクの高橋です。
下記のとおり、帯同ご家族向けの赴任前オリエンテーションを開催いたします。
ご家族の皆様は、ご都合をお知らせください。講師・ご協力各社の皆様には
当日の段取りをあわせてご確認いただけますと幸いです。

日時：2025年11月8日（土）10:00〜15:30
会場：三笠ビル 2F 大会議室（オンライン同時配信あり）

プログラム
10:00 開会・会社の支援制度について（人事部）
10:30 海外での医療と保険（海峡あんしん損害保険 村瀬様）
11:15 予防接種と健康管理（丸の内トラベルクリニック）
12:00 昼食（お子さま連れ可、託児あり）
13:00 住まいと引越しの流れ（グローバルムーブ・リロケーション 坂本様）
13:45 子女教育の選択肢（海外子女教育相談室）
14:30 異文化適応ワークショップ（クロスカルチャー研究所 森本様）
15:15 語学研修のご案内（Lingua Bridge）

お申込み：11月4日（火）までに本メールへのご返信でお願いします。
オンライン参加用URLは前日にお送りします。

{S("takahashi")}
""",
    )

    # ------------------------------------------------------------ passes
    o.ok(
        "takahashi", "benign.meeting",
        "取引先担当者の氏名と署名が並ぶ会議日程調整の返信で、個人データの送付はない。",
        [GM_SAKAMOTO], "Re: 四半期レビュー会議の日程について",
        f"""坂本様

ご調整ありがとうございます。
それでは、11月12日（水）14:00〜15:30、弊社本社12階 第3会議室にて
お願いいたします。
弊社からは森田（課長）と私、高橋の2名が出席します。
受付で「人事部 高橋」とお申し付けください。

当日のアジェンダ案は前日までにお送りします。
Ms. Tan のオンライン参加用リンクは弊社のTeamsでご用意します。

{S("takahashi")}

2025年10月23日(木) 11:02 坂本 大輔 <sakamoto@globalmove.example.com>:
> 高橋様
>
> いつもお世話になっております。グローバルムーブの坂本です。
> 四半期レビューの日程につき、以下の候補をお送りします。
> ・11月11日（火）10:00〜
> ・11月12日（水）14:00〜
> ・11月14日（金）16:00〜
> 弊社からは私と教育コンサルティング担当の内藤、海外ネットワーク部の
> Ms. Tan（シンガポールからオンライン）が参加予定です。
>
> ――――――――――――――
> グローバルムーブ・リロケーション株式会社
> 法人営業部 シニアアカウントマネージャー
> 坂本 大輔
> TEL 03-0000-7720 / 携帯 080-0000-1942
> sakamoto@globalmove.example.com
> https://www.globalmove.example.com/
""",
        cc=[GM_NAITO, addr("森田 修", f"osamu.morita@{DOM}")],
    )

    o.ok(
        "ogawa", "benign.corporate_swift",
        "Recharge invoice to a group company with the corporate bank account and SWIFT code; no individual data.",
        [addr("Finance Team", "finance@mikasa-asia.example.com")],
        "Q3 relocation cost recharge - invoice MB-RC-2025-0931",
        f"""Dear Finance Team,

Please find attached our invoice for the Q3 recharge of relocation costs
(July to September 2025). The breakdown by service category is shown on
page 2; individual assignee details are kept in our HR system as usual.

Kindly remit the amount to our corporate account below by 30 November.

  Beneficiary : Mikasa Bussan Co., Ltd.
  Bank        : Kojimachi Bank, Ltd., Marunouchi Branch
  SWIFT/BIC   : KJMBJPJT
  Account No. : 0000417 (ordinary, JPY)
  Reference   : MB-RC-2025-0931
  Amount      : SGD 48,260.00 (JPY equivalent at TTM on the payment date)

Please note that bank charges outside Japan are for the remitter's account.

Best regards,
Kenji

{S("ogawa")}
""",
        cc=[addr("Rachel Lim", "rachel.lim@mikasa-asia.example.com")],
        attachments=[att("Invoice_MB-RC-2025-0931.pdf", CT_PDF, f"""INVOICE  No. MB-RC-2025-0931
Date: 24 October 2025
From: Mikasa Bussan Co., Ltd. (Corporate No. {houjin_bangou("010001042718")})
To: Mikasa Asia Pte. Ltd.

Recharge of relocation costs, Q3 2025
1. Household goods shipment (sea, 3 moves)        SGD 21,400.00
2. Temporary accommodation (serviced apartments)  SGD 14,880.00
3. Orientation and school search services         SGD  6,300.00
4. Immigration support (agency fees)              SGD  5,680.00
Total                                              SGD 48,260.00

Payment to: Kojimachi Bank, Ltd., Marunouchi Branch, SWIFT KJMBJPJT,
Account 0000417, Mikasa Bussan Co., Ltd.
""")],
    )

    o.ok(
        "ogawa", "benign.successor",
        "Successor introduction to group HR contacts with business contact details only.",
        [MGRANT, addr("Rachel Lim", "rachel.lim@mikasa-asia.example.com"),
         addr("Oliver Hughes", "o.hughes@mikasa-europe.example.com")],
        "Farewell and introduction of my successor",
        f"""Dear Melissa, Rachel and Oliver,

I am writing to let you know that as of 1 December I will be transferring
to Mikasa Europe in London, where I will join the regional HR team.

My successor on the Global Mobility desk will be Ms. Aya Fukuda, who has
worked in our payroll and international tax team for the past eight years.
Many of you may already know her from the tax equalisation calls.
Aya will take over all open assignments from 17 November, and we will hold
a joint handover call with each of you in the week of 24 November.

  Aya Fukuda
  Global Mobility Section, Human Resources Dept.
  aya.fukuda@{DOM} / +81-3-0000-4519

It has been a great pleasure working with all of you over the last four
years. Oliver, I look forward to seeing you in person soon!

Warm regards,
Kenji

{S("ogawa")}
""",
        cc=[addr("Aya Fukuda", f"aya.fukuda@{DOM}")],
    )

    yt = yamato_also_mynumber("47293801150")
    o.ok(
        "takahashi", "benign.tracking_number",
        "会社書類の原本発送の連絡で、12桁の数字は宅急便の伝票番号であり個人番号ではない。",
        [KAKEHASHI], "書類原本発送のご連絡（宅急便）",
        f"""行政書士法人かけはし国際
鈴木様

お世話になっております。三笠物産の高橋です。

本日、会社側で準備する書類の原本を宅急便にて発送いたしました。
明日午前中の到着予定です。

お問い合わせ伝票番号：{g4(yt, "-")}

同封書類
・登記事項証明書（履歴事項全部証明書）1通
・直近期の損益計算書（写し）1部
・招へい理由書（会社作成分）1部
・在籍証明書の書式（ご指定のもの）1部

ご査収のほど、よろしくお願いいたします。

{S("takahashi")}
""",
    )

    o.ok(
        "morita", "benign.vaccination_schedule",
        "アフリカ赴任予定者向け予防接種の日程と人数のみの相談で、氏名や健康情報はない。",
        [addr("予約担当", "yoyaku@marunouchi-tc.example.jp")],
        "赴任予定者の予防接種（団体）日程のご相談",
        f"""丸の内トラベルクリニック
予約ご担当者様

いつもお世話になっております。三笠物産 人事部の森田です。

来年1〜3月にアフリカ方面（ナイロビ、ラゴス、マプト）へ赴任予定の社員について、
昨年度と同様に団体での予防接種をお願いしたくご連絡しました。

対象：8名（帯同家族は別途個人で予約）
希望ワクチン：黄熱（1回）、A型肝炎（2回）、狂犬病（曝露前3回：0・7・21〜28日）、
　　　　　　　破傷風（追加1回）
希望日程：
　1回目 11月19日（水）午後
　2回目 11月26日（水）午後
　3回目 12月10日（水）午後
　A型肝炎2回目は各自、赴任直前に個別予約

氏名・生年月日などは、当日受付で各人が問診票に記入します。
黄熱の予防接種証明書（イエローカード）の発行についても、あわせてお願いします。

ご対応の可否と概算費用をお知らせください。

{S("morita")}
""",
    )

    o.ok(
        "takahashi", "benign.self_notice",
        "一時帰国時の健診予約を本人にだけ知らせるメールで、第三者への開示はない。",
        [addr("藤井 翔", "sho.fujii@mikasa-asia.example.com")],
        "一時帰国時の健康診断予約について",
        f"""藤井さん

お疲れさまです。海外赴任デスクの高橋です。

12月の一時帰国に合わせて、海外派遣者健診の予約をお取りしました。

日時：2025年12月18日（木）9:00 受付
会場：丸の内健診センター 5F（東京駅丸の内北口から徒歩3分）
内容：海外派遣者健診（帰国時）一式、胃部内視鏡を含む
注意：前日21時以降は絶食、水・お茶は当日朝7時まで可

検査結果は後日ご本人宛てに郵送されます。
日程変更が必要な場合は、12月5日までに私までご連絡ください。

帰国便が決まりましたら、航空券の精算方法もあわせてご案内します。

{S("takahashi")}
""",
    )

    o.ok(
        "morita", "benign.it_outage",
        "赴任者ポータルのシステム障害の報告で、「障害」はIT障害の意味。",
        [GM_SUPPORT], "【障害報告】赴任者ポータル（MoveNavi）ログイン障害について",
        f"""グローバルムーブ・リロケーション
MoveNavi サポートご担当者様

三笠物産 人事部の森田です。
本日9時頃から、赴任者ポータル（MoveNavi）にログインできない障害が発生しています。

・発生時刻：2025年10月28日 9:05頃〜（継続中）
・事象：ログイン後に「503 Service Unavailable」が表示される
・影響範囲：弊社の管理者アカウント・赴任者アカウントとも全件
・再現環境：社内PC（Edge / Chrome）、スマートフォンアプリとも同様

本日中に引越見積の承認期限が3件ありますので、復旧見込みと、期限の扱いを
至急お知らせください。障害の原因と再発防止策は後日書面でお願いします。

{S("morita")}
""",
        cc=[GM_SAKAMOTO],
    )

    o.ok(
        "takahashi", "benign.plain_zip",
        "暗号化されていないZIPで、中身は様式とチェックリストのみで個人データはない。",
        [GM_SAKAMOTO], "2026年度版 赴任手続き様式一式（更新版）",
        f"""坂本様

お世話になっております。三笠物産の高橋です。

2026年度版の赴任手続き様式を更新しましたので、ZIPでお送りします
（パスワードはかけていません）。
主な変更点は、荷物量の目安表に「単身・帯同2名」の区分を追加したことです。

貴社の赴任者向け案内資料にも反映いただけますと幸いです。

{S("takahashi")}
""",
        attachments=[
            att("赴任手続き様式_2026.zip/赴任準備チェックリスト.txt", CT_TXT, """赴任準備チェックリスト（2026年度版）
□ 内示後2週間以内：赴任前面談の予約（人事部）
□ 赴任3か月前：赴任前健診の受診
□ 赴任2か月前：予防接種の開始（赴任先により異なる）
□ 赴任2か月前：旅券の残存期間確認（6か月以上）
□ 赴任6週間前：引越見積（グローバルムーブ）
□ 赴任1か月前：住民票の海外転出届、納税管理人の選任
□ 赴任2週間前：オリエンテーション受講（帯同家族含む）
"""),
            att("赴任手続き様式_2026.zip/荷物量目安表.csv", CT_CSV, csv_text(
                ["家族構成", "航空便(kg)", "船便(m3)", "保管(m3)"],
                [["単身", 100, 10, 5], ["帯同1名", 150, 20, 8],
                 ["帯同2名", 200, 25, 10], ["帯同3名以上", 250, 30, 12]])),
        ],
    )

    o.ok(
        "ogawa", "benign.project_thread",
        "2社計6名の担当者が見える通常のプロジェクト連絡で、外部宛先は10件以下。",
        [GM_SAKAMOTO, GM_NAITO, addr("李 俊傑", "jj.lee@globalmove.example.com")],
        "赴任者管理システム移行プロジェクト キックオフのご連絡",
        f"""グローバルムーブ・リロケーション
坂本様、内藤様、李様

（CC：人事部 森田、高橋、福田）

三笠物産の小川です。
来年4月の赴任者管理システム移行について、キックオフを以下のとおり
開催させてください。

日時：11月6日（木）15:00〜16:30
場所：オンライン（Teams、招待は別途送付）
議題：
　1. 移行範囲とスケジュール（案）
　2. データ項目の棚卸し（項目定義のみ。実データは扱いません）
　3. テスト計画と役割分担
　4. 次回定例の日程

事前に、貴社側の体制図（ご担当者と役割）をご共有いただけますと助かります。
福田は12月以降、弊社側の窓口を引き継ぎます。

以上、よろしくお願いいたします。

{S("ogawa")}
""",
        cc=[addr("森田 修", f"osamu.morita@{DOM}"),
            addr("高橋 美咲", f"misaki.takahashi@{DOM}"),
            addr("福田 彩", f"aya.fukuda@{DOM}")],
    )

    o.ok(
        "morita", "benign.masked_card",
        "法人カードの限度額変更依頼で、カード番号は下4桁以外マスクされている。",
        [addr("法人カードデスク", "corp-desk@kojimachi-card.example.co.jp")],
        "法人カード利用限度額変更のお願い（海外赴任者用）",
        f"""麹町カード株式会社
法人カードデスク ご担当者様

いつもお世話になっております。三笠物産 人事部の森田です。

弊社契約（法人会員番号 C-0000-58214）の海外赴任者用カードのうち、
下記1枚の利用限度額を一時的に引き上げていただきたくご連絡しました。

・カード番号：****-****-****-4821
・現在の限度額：50万円
・希望限度額：150万円（2025年11月〜2026年1月の3か月間）
・理由：ヒューストン着任時の住居デポジット・家具購入の立替のため

必要な申請書式があればお送りください。

{S("morita")}
""",
    )
    return o
