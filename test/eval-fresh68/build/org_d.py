"""Org D: 学校法人みなと学園 港ビジネス専門学校 (vocational college)."""
from common import mail, att, enc_zip, XLSX, DOCX, PDF, CSV, ZIP

ORG = "D"
DOM = "minato-bc.example.ac.jp"
YOSHIOKA = f"吉岡 真理子 <m.yoshioka@{DOM}>"
ONISHI = f"大西 亮 <career-onishi@{DOM}>"
SANO = f"佐野 和也 <k-sano@{DOM}>"

SIG_YOSHIOKA = """┏━━━━━━━━━━━━━━━━━━━━━━━━┓
　学校法人みなと学園 港ビジネス専門学校
　教務課 課長　吉岡 真理子（よしおか まりこ）
　〒135-0016 東京都江東区東陽7-2-18
　TEL 03-5634-8801（教務課）FAX 03-5634-8809
　m.yoshioka@minato-bc.example.ac.jp
┗━━━━━━━━━━━━━━━━━━━━━━━━┛"""

SIG_ONISHI = """-------------------------------------------
港ビジネス専門学校 キャリアセンター
大西 亮（おおにし りょう）
TEL 03-5634-8820 ／ 携帯 080-0000-2261
「学んだその日から、仕事につながる。」
-------------------------------------------"""

SIG_SANO = """佐野 和也 / Kazuya Sano
港ビジネス専門学校 留学生支援室
International Student Office, Minato Business College
TEL 03-5634-8830"""


def mails():
    out = []

    # ---------------- holds ----------------
    out.append(mail(
        "D-h1", "hold", "personal.resume",
        "Body only says recommendation papers are attached; the attached résumé carries the student's birth date, home address, mobile and e-mail.",
        "onishi", ONISHI,
        ["株式会社ベイエリアホテルズ 人事部 採用担当 久保 様 <saiyo@bayarea-hotels.example.co.jp>"],
        "学校推薦応募書類の送付（ホテル・ブライダル科 1名）",
        f"""株式会社ベイエリアホテルズ
人事部 採用担当　久保様

いつもお世話になっております。港ビジネス専門学校 キャリアセンターの大西です。
先日ご案内いただいた学校推薦枠（フロントスタッフ職）につきまして、
本校から1名を推薦させていただきます。履歴書と推薦書を添付いたします。

本人は3月の面接日程（3/11・3/13）のどちらでも伺えるとのことです。
原本は本日郵送いたしました。ご査収のほど、よろしくお願いいたします。

{SIG_ONISHI}
""",
        attachments=[att("履歴書_推薦_ホテルブライダル科.docx", DOCX,
"""履 歴 書　　　　　　　　　　　2025年2月20日現在
ふりがな　ひがしの まな
氏名　　　東野 真菜
生年月日　2004年10月5日生（満20歳）
現住所　　〒136-0072 東京都江東区大島6-11-3 グリーンコート大島508
電話　　　090-7741-3068
E-mail　　mana.higashino1005@gmail.com
学歴
　2020年4月　都立深川南高等学校 入学
　2023年3月　同校 卒業
　2023年4月　港ビジネス専門学校 ホテル・ブライダル科 入学
　2025年3月　同校 卒業見込み
資格
　2023年11月　TOEIC Listening & Reading 635点
　2024年6月　ホテルビジネス実務検定 ベーシック
志望動機
　ホテル実習で、海外からのお客様に地域の飲食店をご案内して喜ばれたことが…""")],
        personal=[("name", "東野 真菜"), ("birthdate", "2004年10月5日"),
                  ("address", "東京都江東区大島6-11-3 グリーンコート大島508"),
                  ("phone", "090-7741-3068"), ("email", "mana.higashino1005@gmail.com")],
        loc="attachment"))

    out.append(mail(
        "D-h2", "hold", "list.scores",
        "Internship matching mail to an accounting firm lists students by name with GPA, attendance and exam results in a text table.",
        "yoshioka", YOSHIOKA,
        ["税理士法人みらいパートナーズ 総務 岩田 様 <iwata@mirai-partners.example.jp>"],
        "春季インターンシップ 候補学生のご案内",
        f"""税理士法人みらいパートナーズ
総務　岩田様

いつもお世話になっております。港ビジネス専門学校 教務課の吉岡です。
3月の春季インターンシップ（2週間）の候補学生をご案内いたします。
貴法人のご希望（日商簿記2級以上、出席率95％以上）を満たす学生を成績順に並べております。

学籍番号 | 氏名        | 学科       | GPA  | 出席率 | 日商簿記 | 備考
---------|-------------|------------|------|--------|----------|-------------------
B23-014  | 宮内 翔太   | 会計ビジネス | 3.82 | 99.1%  | 1級      |
B23-027  | 本間 彩乃   | 会計ビジネス | 3.64 | 98.4%  | 2級      | 税理士志望
B23-031  | 吉川 蓮     | 会計ビジネス | 3.41 | 96.0%  | 2級      |
B23-045  | 長尾 美咲   | 会計ビジネス | 3.02 | 95.2%  | 2級      | 再試験1科目あり
B23-052  | 原 拓実     | 会計ビジネス | 2.88 | 97.7%  | 2級      |

受入れ人数（2～3名）が決まりましたらお知らせください。
面談日程は本校で調整いたします。

{SIG_YOSHIOKA}
""",
        personal=[("name", "宮内 翔太"), ("score", "3.82"), ("name", "本間 彩乃"),
                  ("name", "長尾 美咲"), ("score", "再試験1科目あり")],
        loc="body"))

    out.append(mail(
        "D-h3", "hold", "id.residence_card",
        "Request to an immigration scrivener gives an international student's residence-card number, passport number and expiry in the body.",
        "sano", SANO,
        ["行政書士 丸山国際法務事務所 丸山 様 <maruyama@maruyama-gyosei.example.jp>"],
        "在留期間更新許可申請のご依頼（留学生 1名）",
        f"""丸山国際法務事務所
丸山先生

いつもお世話になっております。港ビジネス専門学校 留学生支援室の佐野です。
在留期間の更新申請を1名分、お願いしたくご連絡しました。

　氏名：LE MINH TUAN（レー・ミン・トゥアン）
　国籍：ベトナム
　学籍番号：IT24-108（情報処理科 1年）
　在留カード番号：TK59301846BE
　在留期間満了日：2025年4月20日
　旅券番号：C4812739

出席率（2024年度）は93.6％、成績証明書と出席証明書は学校で準備済みです。
本人は3月上旬に事務所へ伺えるとのことです。
ご都合のよい日時をいくつかいただけますでしょうか。

{SIG_SANO}
""",
        personal=[("name", "LE MINH TUAN"), ("residence_card", "TK59301846BE"),
                  ("passport", "C4812739")],
        loc="body"))

    out.append(mail(
        "D-h4", "hold", "sensitive.health",
        "Reply to the internship host is careful, but the quoted counsellor note below names the student with adjustment disorder and doctor's rest order.",
        "onishi", ONISHI,
        ["株式会社トラストフード 人事課 野村 様 <nomura@trustfood.example.co.jp>"],
        "Re: インターン生の欠席について",
        f"""株式会社トラストフード
人事課　野村様

ご連絡ありがとうございます。港ビジネス専門学校の大西です。
インターン期間中に連絡なく欠席が続き、ご迷惑をおかけし申し訳ございません。

本人と面談し、現在は体調を整えているところです。
残りの実習日程については、来週中に本人・学校で相談のうえ改めてご相談させてください。
取り急ぎ学内での状況を共有いたします。

{SIG_ONISHI}

-----Original Message-----
From: 学生相談室 カウンセラー 中井 <nakai-soudan@minato-bc.example.ac.jp>
Sent: Tuesday, February 18, 2025 5:32 PM
To: キャリアセンター 大西
Subject: 森さんの件

大西さん
国際ビジネス科2年の 森 優花 さん、本日面談しました。
クリニックで適応障害と診断されて通院中で、主治医から2週間の休養指示が出ています。
インターン先での人間関係が主な要因のようです。
本人は先方には「体調不良」とだけ伝えてほしいとの希望です。
中井

> 野村様からの元メール：
> 森さんが2月14日から3日連続で無断欠席されています。状況をご確認いただけますか。
""",
        personal=[("name", "森 優花"), ("diagnosis", "適応障害と診断されて通院中")],
        loc="quoted"))

    out.append(mail(
        "D-h5", "hold", "sensitive.criminal",
        "Body only proposes discussing at a meeting; the subject line names the student and an unauthorised-work (immigration law) violation.",
        "sano", SANO,
        ["行政書士 丸山国際法務事務所 丸山 様 <maruyama@maruyama-gyosei.example.jp>"],
        "留学生 グエン・ヴァン・ナム君 資格外活動違反（不法就労）の件",
        f"""丸山先生

お世話になっております。佐野です。
標記の件、明日14時のお打合せの際にご相談させてください。
学校としての対応方針案（出席状況と面談記録の概要）を持参いたします。

お忙しいところ恐縮ですが、よろしくお願いいたします。

{SIG_SANO}
""",
        personal=[("name", "グエン・ヴァン・ナム"), ("criminal", "資格外活動違反（不法就労）")],
        loc="subject"))

    out.append(mail(
        "D-h6", "hold", "attachment.encrypted_zip",
        "Graduate directory data to the album printer sent as a password-protected ZIP (PPAP).",
        "yoshioka", YOSHIOKA,
        ["株式会社アルバム工房さくら 制作部 大塚 様 <otsuka@album-sakura.example.co.jp>"],
        "卒業アルバム 名簿データの送付（2025年3月卒業生）",
        f"""アルバム工房さくら
制作部　大塚様

お世話になっております。港ビジネス専門学校 教務課の吉岡です。
卒業アルバム掲載用の名簿データをお送りします。
パスワード付きZIPにしておりますので、パスワードは別途お送りします。

　・対象：2025年3月卒業予定 6学科 計312名
　・掲載項目：学科・氏名・ふりがな（住所・電話は掲載なしで確定済み）

校正刷りは3月3日ごろにいただけるとのことで、承知いたしました。

{SIG_YOSHIOKA}
""",
        attachments=[enc_zip("卒業生名簿_2025.zip")],
        loc="zip"))

    recruiters = [
        "株式会社ベイエリアホテルズ 久保 様 <saiyo@bayarea-hotels.example.co.jp>",
        "株式会社トラストフード 野村 様 <nomura@trustfood.example.co.jp>",
        "税理士法人みらいパートナーズ 岩田 様 <iwata@mirai-partners.example.jp>",
        "東洋システム開発株式会社 人事 小野 様 <ono.h@toyo-sysdev.example.co.jp>",
        "株式会社ミライエ不動産 採用 清水 様 <shimizu@miraie-fudosan.example.co.jp>",
        "グローバルロジ株式会社 人事部 坂田 様 <sakata@global-logi.example.co.jp>",
        "医療法人社団 東陽会 事務局 福島 様 <fukushima@toyokai.example.or.jp>",
        "株式会社ブライトウェディング 人事 安藤 様 <ando@bright-wedding.example.jp>",
        "江東信用金庫 人事部 内藤 様 <naito@koto-shinkin.example.jp>",
        "株式会社サクラテック 採用担当 北村 様 <kitamura@sakuratech.example.co.jp>",
        "株式会社オーシャンツアーズ 人事 桜井 様 <sakurai@ocean-tours.example.co.jp>",
        "アイリス会計事務所 所長 栗田 様 <kurita@iris-kaikei.example.jp>",
    ]
    out.append(mail(
        "D-h7", "hold", "recipients.visible_outside",
        "Job-fair invitation sent with 12 recruiters of 12 different employers visible in To.",
        "onishi", ONISHI, recruiters,
        "【ご案内】2026年卒 学内合同企業説明会（4月24日）出展のお願い",
        f"""採用ご担当者様

平素より本校の学生の就職活動にご理解・ご協力を賜り、誠にありがとうございます。
港ビジネス専門学校 キャリアセンターの大西でございます。

昨年度も多くの企業様にご出展いただいた学内合同企業説明会を、今年度も下記のとおり開催いたします。
ぜひご出展をご検討いただけますと幸いです。

　日時：2025年4月24日（木）13:00～17:00
　会場：本校 1号館 体育館・2階講義室
　対象：2026年3月卒業予定者 約300名（全6学科）
　形式：ブース形式（1社1ブース、机・椅子・電源をご用意します）
　出展料：無料
　お申込み：4月4日（金）までに本メールへのご返信、または申込フォームより

昨年度は延べ412名の学生が参加し、出展企業様からの内定者は38名でした。
皆様のご出展を心よりお待ちしております。

{SIG_ONISHI}
""",
        loc="recipients"))

    out.append(mail(
        "D-h8", "hold", "sensitive.belief",
        "Accommodation request to an internship hotel names a student and states her religion, prayer times and Ramadan fasting.",
        "sano", SANO,
        ["ホテルシーサイド東雲 人事総務課 木下 様 <kinoshita@seaside-shinonome.example.jp>"],
        "インターン受入れにあたってのご配慮のお願い",
        f"""ホテルシーサイド東雲
人事総務課　木下様

お世話になっております。港ビジネス専門学校 留学生支援室の佐野です。
3月3日から受け入れていただくインターン生について、事前にご相談させてください。

ホテル・ブライダル科1年の PUTRI AYU LESTARI さん（インドネシア出身）は
イスラム教徒で、勤務中に1回（10分程度）の礼拝の時間と場所が必要です。
また、ちょうど実習期間がラマダン（断食月）と重なるため、
日中は飲食をしない予定です。体力面で配慮をいただけると助かります。

　・礼拝：更衣室の一角など、静かな場所があれば十分とのことです
　・まかない：豚肉・アルコールを含まないメニュー、難しければ持参します
　・ヒジャブ：制服の帽子の下に着用させていただけるか、ご確認ください

ご不明な点がございましたら、いつでもご連絡ください。

{SIG_SANO}
""",
        personal=[("name", "PUTRI AYU LESTARI"), ("religion", "イスラム教徒"),
                  ("religion", "ラマダン（断食月）")],
        loc="body"))

    out.append(mail(
        "D-h9", "hold", "id.mynumber",
        "Year-end payment-record data for the outside tax accountant: the attached sheet lists three lecturers' addresses and My Numbers.",
        "yoshioka", YOSHIOKA,
        ["浜口税理士事務所 担当 小山 様 <koyama@hamaguchi-tax.example.jp>"],
        "報酬・料金の支払調書 作成用データ（非常勤講師分）",
        f"""浜口税理士事務所
小山様

いつもお世話になっております。みなと学園 教務課の吉岡です。
2024年分の報酬の支払調書作成に必要な、非常勤講師分のデータを添付いたします。
今年度から外部講師の方が3名増えましたので、その分のみお送りします
（継続の方は昨年のデータから変更ありません）。

提出期限の1月31日に間に合うよう、ご対応をお願いいたします。

{SIG_YOSHIOKA}
""",
        attachments=[att("支払調書データ_2024_新規講師.xlsx", XLSX,
"""[新規講師]
氏名\t住所\t個人番号\t区分\t支払金額\t源泉徴収税額
川端 修\t東京都墨田区緑4-22-5\t382910475568\t講演料\t486,000\t49,620
野々村 貴子\t千葉県市川市八幡2-9-14-303\t528460319778\t講演料\t324,000\t33,080
ベイカー ジェームズ\t東京都江東区亀戸1-40-2\t716302948157\t原稿料・講演料\t612,000\t62,485""")],
        personal=[("name", "川端 修"), ("mynumber", "382910475568"),
                  ("name", "野々村 貴子"), ("mynumber", "528460319778"),
                  ("name", "ベイカー ジェームズ"), ("mynumber", "716302948157")],
        loc="attachment"))

    out.append(mail(
        "D-h10", "hold", "sensitive.criminal",
        "Answer to an employer's reference question volunteers that the named student went through juvenile proceedings and is on probation.",
        "onishi", ONISHI,
        ["株式会社グローバルロジ 人事部 坂田 様 <sakata@global-logi.example.co.jp>"],
        "Re: 内定者の入社前確認について",
        f"""グローバルロジ株式会社
人事部　坂田様

お世話になっております。港ビジネス専門学校の大西です。
ご質問いただいた 川島 大輝 さんの件について、学校として把握していることをお伝えします。

本人は入学前の高校在学中に家庭裁判所で少年審判を受けており、
現在も保護観察中（2025年9月まで）です。
ただ、本校入学後は無遅刻・無欠席で、物流管理の資格も2つ取得しており、
担任・キャリアセンターとしては安心して推薦できる学生だと考えております。

入社後に保護司の方との面談で月1回程度、平日夕方に時間が必要になる可能性がありますので、
その点だけご配慮いただけますと幸いです。

{SIG_ONISHI}

> 内定者の川島さんについて、前の担任の先生から「家庭の事情で配慮が必要」と伺いました。
> 入社前に把握しておくべきことがあれば教えてください。
> グローバルロジ 坂田
""",
        personal=[("name", "川島 大輝"), ("criminal", "家庭裁判所で少年審判"),
                  ("criminal", "保護観察中")],
        loc="body"))

    # ---------------- passes ----------------
    out.append(mail(
        "D-p1", "pass", "benign.data_subject",
        "Invitation to a pre-enrolment session sent to the admitted student herself, with her own exam number and name.",
        "sano", SANO,
        ["TRAN THI HOA 様 <tranthihoa.2005@gmail.com>"],
        "【港ビジネス専門学校】入学前オリエンテーションのご案内 / Pre-enrolment orientation",
        f"""TRAN THI HOA 様

合格おめでとうございます。港ビジネス専門学校 留学生支援室の佐野です。
入学前オリエンテーションを下記のとおり行いますので、ご案内します。
Congratulations on your admission. Please join our orientation below.

　日時 / Date：2025年3月22日（土）10:00～12:30
　場所 / Place：本校 2号館 3階 301教室
　受験番号 / Exam No.：R25-0417
　持ち物 / Bring：在留カード、パスポート、筆記用具、この案内（画面でも可）

内容は、時間割の説明、日本語クラスのレベルチェック、学生寮の案内です。
都合が悪い場合は、3月15日までにこのメールに返信してください。
If you cannot attend, please reply to this e-mail by 15 March.

{SIG_SANO}
"""))

    out.append(mail(
        "D-p2", "pass", "benign.data_subject",
        "Fee notice sent to the lecturer himself: his own fee, withholding and his bank account shown only as masked digits.",
        "yoshioka", YOSHIOKA,
        ["川端 修 先生 <osamu.kawabata.lec@gmail.com>"],
        "2月分 講師料のお支払いについて",
        f"""川端 修 先生

いつも本校の授業をご担当いただき、誠にありがとうございます。
みなと学園 教務課の吉岡でございます。
2月分の講師料につきまして、下記のとおりお支払いいたしますのでご確認ください。

　授業回数：8コマ（2/3～2/24、ビジネス実務演習）
　講師料：54,000円（6,750円×8コマ）
　源泉徴収税額：5,513円
　お振込額：48,487円
　お振込予定日：3月10日（月）
　お振込先：ご登録の口座（江東信用金庫 ****支店 普通 ****567）

口座を変更される場合は、3月3日までにお知らせください。
引き続きどうぞよろしくお願いいたします。

{SIG_YOSHIOKA}
"""))

    out.append(mail(
        "D-p3", "pass", "benign.verification",
        "Employment verification for a former instructor, made with her signed consent, giving only dates and job title.",
        "yoshioka", YOSHIOKA,
        ["リサーチバンク株式会社 経歴確認サービス 担当 水野 様 <verify@researchbank.example.co.jp>"],
        "Re: 在籍確認のご依頼（受付番号 RB-25-03317）",
        f"""リサーチバンク株式会社
経歴確認サービス　水野様

お世話になっております。学校法人みなと学園 教務課の吉岡です。
ご本人の同意書（2025年2月10日付、署名入り）を受領いたしましたので、
ご照会の範囲で下記のとおり回答いたします。

　氏名：藤原 玲奈 様
　在籍期間：2019年4月1日～2024年3月31日
　職位：専任教員（ビジネス情報科）
　雇用形態：正職員（期間の定めなし）

上記以外の事項（給与、評価、退職理由等）については、
本学園の規程により回答いたしかねますのでご了承ください。

{SIG_YOSHIOKA}

> 学校法人みなと学園 ご担当者様
> 弊社は藤原玲奈様の転職先企業より依頼を受け、経歴確認を行っております。
> ご本人の同意書を添付いたしますので、在籍期間と職位のご確認をお願いいたします。
> リサーチバンク株式会社 水野
"""))

    out.append(mail(
        "D-p4", "pass", "benign.aggregate",
        "Association survey: placement rates, the school's 障害者雇用率, health-check rate and number of accommodation requests — all aggregates.",
        "onishi", ONISHI,
        ["東京都専修学校協会 調査委員会 <chosa@tokyo-senshu.example.or.jp>"],
        "2024年度 就職・学生支援状況調査 回答",
        f"""東京都専修学校協会 調査委員会 御中

いつもお世話になっております。港ビジネス専門学校 キャリアセンターの大西です。
標記調査につき、本校の回答をお送りします。

【就職】（2025年2月末時点）
　就職希望者 286名／内定者 271名　内定率 94.8％
　うち留学生 希望者 64名／内定者 55名　内定率 85.9％
【学生支援】
　定期健康診断 受診率 97.3％
　合理的配慮の申請件数 14件（学科別の内訳は公表不可のため総数のみ）
　学生相談室 利用延べ件数 523件
【教職員】
　障害者雇用率 2.8％（法定雇用率 2.5％）
　ストレスチェック受検率 88％

個人が特定される情報は含んでおりません。

{SIG_ONISHI}
"""))

    out.append(mail(
        "D-p5", "pass", "benign.historical",
        "Confirmation with a guest lecturer about a lecture on 渋沢栄一 and 岩崎弥太郎 — historical persons only.",
        "yoshioka", YOSHIOKA,
        ["東都大学 経済学部 教授 柳田 様 <yanagida@toto-univ.example.ac.jp>"],
        "特別講義「渋沢栄一と近代日本の企業家たち」のご確認",
        f"""東都大学 経済学部
柳田 先生

先日はご快諾いただき、誠にありがとうございました。
港ビジネス専門学校 教務課の吉岡でございます。
特別講義の内容について、いただいたメモをもとに学生向けの告知文を作りましたので、ご確認ください。

――――――――――――――――
特別講義「渋沢栄一と近代日本の企業家たち」
講師：柳田 先生（東都大学 経済学部 教授）
日時：5月16日（金）13:00～14:30　本校1号館 大講義室
内容：新一万円札の顔となった渋沢栄一は、生涯に約500の企業の設立に関わりました。
　　　同時代の岩崎弥太郎（三菱）や五代友厚（大阪商法会議所）との比較を通して、
　　　「合本主義」と「論語と算盤」が現代のビジネスに問いかけるものを考えます。
――――――――――――――――

謝金は規程により30,000円（税込）、交通費は実費でお支払いいたします。
修正がございましたら、お知らせいただけますと幸いです。

{SIG_YOSHIOKA}
"""))

    out.append(mail(
        "D-p6", "pass", "benign.licence_numbers",
        "Brochure profile of a 宅建 course lecturer: the firm's 宅建業免許番号 and the lecturer's 宅建士 registration number are public professional credentials.",
        "yoshioka", YOSHIOKA,
        ["株式会社ミライエ不動産 取締役 清水 様 <shimizu@miraie-fudosan.example.co.jp>"],
        "宅建講座パンフレット 講師紹介欄のご確認",
        f"""株式会社ミライエ不動産
清水 様

いつもお世話になっております。港ビジネス専門学校 教務課の吉岡です。
来年度の宅建士試験対策講座のパンフレットに掲載する講師紹介欄の原稿をお送りします。
掲載内容に問題がないかご確認をお願いいたします。

――――――――――――――――
講師：清水 健太郎（株式会社ミライエ不動産 取締役）
　宅地建物取引士（東京 第241587号）
　所属：株式会社ミライエ不動産　宅地建物取引業 免許番号 国土交通大臣（3）第7812号
　経歴：賃貸仲介・売買仲介の現場で20年。
　　　　「試験に出る条文は、現場で毎日使う条文」をモットーに、実例で解説します。
――――――――――――――――

写真は先日撮影したものを使用する予定です。
3月7日（金）までにご返信いただけますと助かります。

{SIG_YOSHIOKA}
"""))

    out.append(mail(
        "D-p7", "pass", "benign.vaccination_schedule",
        "Practicum hospital gets the vaccination / antibody-test schedule for medical-office students as counts and dates only.",
        "sano", SANO,
        ["医療法人社団 東陽会 東陽記念病院 事務局 福島 様 <fukushima@toyokai.example.or.jp>"],
        "医療事務科 病院実習前の予防接種・抗体検査スケジュール",
        f"""東陽記念病院
事務局　福島様

お世話になっております。港ビジネス専門学校の佐野です。
（医療事務科の実習担当が不在のため、代わりにご連絡いたします）

5月からの病院実習に向けて、学生の予防接種・抗体検査の予定をお知らせします。

　4月 8日（火）麻疹・風疹・水痘・ムンプス 抗体検査（学内、対象 32名）
　4月22日（火）抗体価不足者へのワクチン接種（提携クリニックにて）
　5月 2日（金）インフルエンザは時期外のため対象外、B型肝炎は任意
　5月 9日（金）結果一覧（接種済/抗体陽性の別のみ）を貴院へご提出

実習開始（5月12日）までに全員の条件が揃う見込みです。
個人ごとの検査値の提出が必要でしたら、本人同意の取得方法をご相談させてください。

{SIG_SANO}
"""))

    out.append(mail(
        "D-p8", "pass", "benign.corporate_ids",
        "Grant application details for the ward office: 法人番号, school code and authorisation number of the school corporation.",
        "yoshioka", YOSHIOKA,
        ["江東区 地域振興部 産業振興課 人材育成係 <jinzai@city-koto.example.lg.jp>"],
        "地域人材育成事業補助金 申請書類の事前確認のお願い",
        f"""江東区 産業振興課 人材育成係 御中

お世話になっております。学校法人みなと学園 教務課の吉岡です。
標記補助金の申請にあたり、申請者情報欄の記載内容を事前にご確認いただけますでしょうか。

　申請者：学校法人みなと学園　理事長 青山 宏
　法人番号：3010605002468
　設置校：港ビジネス専門学校（専修学校 専門課程）
　学校コード：H113310000197
　設置認可：東京都知事認可 第2-1187号（1988年）
　所在地：東京都江東区東陽7-2-18
　事業名：区内中小企業向け「はじめてのDX」社会人講座（全6回）
　事業費：1,840,000円（うち補助申請額 920,000円）

事業計画書と収支予算書は、3月14日の締切までに窓口へ持参いたします。
どうぞよろしくお願いいたします。

{SIG_YOSHIOKA}
"""))

    out.append(mail(
        "D-p9", "pass", "benign.reply_chain",
        "Long reply chain with an internship company about dates and rooms; many staff names and signatures, no student data.",
        "onishi", ONISHI,
        ["東洋システム開発株式会社 人事 小野 様 <ono.h@toyo-sysdev.example.co.jp>"],
        "Re: Re: Re: 夏季インターンシップ 説明会日程の件",
        f"""小野様

ご確認ありがとうございます。大西です。
それでは 6月5日（木）16:30～17:30、本校2号館 204教室で確定とさせてください。
プロジェクター・マイクはこちらでご用意します。
当日は受付に私か、キャリアセンターの田中がおります。

{SIG_ONISHI}

> 大西様
> 6月5日で問題ございません。当日は私と、開発部の山岸、入社2年目の小川の3名で伺います。
> 東洋システム開発 人事 小野 弘美
>
>> 小野様
>> 6月3日は学内行事と重なっておりました。6月5日（木）16:30～ではいかがでしょうか。
>> 大西
>>
>>> 港ビジネス専門学校 大西様
>>> 昨年に続き、夏季インターンシップの学内説明会をお願いできればと思います。
>>> 6月3日（火）か5日（木）の夕方でご検討ください。
>>> --
>>> 東洋システム開発株式会社 人事部 採用グループ
>>> 小野 弘美　TEL 03-6890-1174
>>> 〒104-0033 東京都中央区新川1-28-6 東洋新川ビル
"""))

    out.append(mail(
        "D-p10", "pass", "benign.congratulations",
        "Congratulations to an employer on a public award, naming the company's HR director and his published appointment.",
        "onishi", ONISHI,
        ["株式会社オーシャンツアーズ 人事部長 桜井 様 <sakurai@ocean-tours.example.co.jp>"],
        "「ホワイト物流・観光大賞」ご受賞のお祝い",
        f"""株式会社オーシャンツアーズ
人事部長　桜井 様

このたびは「ホワイト物流・観光大賞 2025」のご受賞、誠におめでとうございます。
新聞で拝見し、キャリアセンター一同、大変うれしく思っております。
また、桜井様が4月から取締役人事部長にご就任されるとのプレスリリースも拝見しました。
重ねてお祝い申し上げます。

毎年、本校の卒業生を温かく迎えていただいていることに、あらためて感謝申し上げます。
卒業生からも「研修が丁寧で働きやすい」との声を聞いております。

今後ともどうぞよろしくお願いいたします。

{SIG_ONISHI}
"""))

    return out
