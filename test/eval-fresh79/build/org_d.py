"""(D) The Harbourline Tokyo — Human Resources (Japanese / English) — all data synthetic."""
from common import (mail, att, enc_zip, P, quote, csv_text)

ORG = "D"
DOM = "harbourline-tokyo.example.com"

MATSUMOTO = f"Reina Matsumoto <reina.matsumoto@{DOM}>"
WHITFIELD = f"James Whitfield <james.whitfield@{DOM}>"
ISHII = f"人事部 石井 翼 <tsubasa.ishii@{DOM}>"

SIG_MATSUMOTO = f"""
Best regards / よろしくお願いいたします。

Reina Matsumoto 松本 玲奈
Human Resources Manager 人事部 マネージャー
THE HARBOURLINE TOKYO
1-0-8 Kaigan, Minato-ku, Tokyo 105-0000, Japan
〒105-0000 東京都港区海岸1-0-8
T: +81 3-0000-7100 (Main) | D: +81 3-0000-7142 | M: +81 90-0000-5538
reina.matsumoto@{DOM}
"""

SIG_WHITFIELD = f"""
Kind regards,

James Whitfield
Director of Human Resources
THE HARBOURLINE TOKYO | Harbourline Hotels & Resorts
1-0-8 Kaigan, Minato-ku, Tokyo 105-0000, Japan
T +81 3-0000-7100 | D +81 3-0000-7140
james.whitfield@{DOM}

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for
the addressee(s) and may contain confidential information. If you have received
this e-mail in error, please notify the sender and delete it immediately.
"""

SIG_ISHII = f"""
--------------------------------------------
ザ・ハーバーライン東京　人事部
石井 翼（Tsubasa Ishii）HR Coordinator
TEL 03-0000-7145（人事部直通）
tsubasa.ishii@{DOM}
--------------------------------------------
"""

GYOSEI = "行政書士 ひまわり国際法務事務所 佐藤 <sato@himawari-visa.example.jp>"
OTHER_HOTEL = "Laura Chen <laura.chen@meridian-bay-osaka.example.com>"
SHATAKU = "港南レジデンス管理 法人契約課 増田 <masuda@konan-residence.example.co.jp>"
PAYROLL = "ペイロールパートナーズ 給与計算センター <hl-tokyo@payroll-partners.example.co.jp>"
CONCESSION = "Trattoria Marea 運営 株式会社マレアダイニング 人事 上野 <ueno@marea-dining.example.co.jp>"
CATERING = "グリーンキッチンサービス 社員食堂担当 坂井 <sakai@green-kitchen.example.co.jp>"
AGENCY = "Kenji Ota <k.ota@bluepeak-recruit.example.com>"
KENSHIN = "芝浦健診センター 企業健診予約 <yoyaku@shibaura-kenshin.example.or.jp>"
SHAROUSHI = "みなと社労士事務所 高田 <takada@minato-sr.example.jp>"
HQ = "Priya Raman <priya.raman@harbourline-group.example.com>"
SANGYOI = "産業医 河合 先生 <kawai@kawai-oh-clinic.example.jp>"
IT = "テックリンク ヘルプデスク <helpdesk@techlink-it.example.co.jp>"


def build():
    M = []

    # ------------------------------------------------------------ HOLD body
    M.append(mail(ORG, "matsumoto", "body", "hold", "id.residence_card",
        "An employee's passport number, residence-card number, nationality and birth date are written to an outside visa scrivener.",
        MATSUMOTO, [GYOSEI],
        "在留期間更新申請のご依頼（フロント Nguyen Van Minh）",
        f"""
ひまわり国際法務事務所
佐藤先生

いつもお世話になっております。ザ・ハーバーライン東京 人事部の松本です。
フロントオフィス所属の社員1名について、在留期間更新許可申請をお願いしたく
ご連絡いたしました。

氏名：NGUYEN VAN MINH（グエン・ヴァン・ミン）
国籍：ベトナム
生年月日：1995年12月2日
旅券番号：C7301845
在留カード番号：AB52718364CD
在留資格：技術・人文知識・国際業務　在留期限：2025年6月15日
住所：東京都江東区東雲1-0-9-1204
職務：フロントオフィス スーパーバイザー（年収 4,320,000円）

必要書類（雇用契約書、源泉徴収票、会社カテゴリー証明）は
来週中に揃えてお送りいたします。
お見積りと申請予定日を教えていただけますと幸いです。
{SIG_MATSUMOTO}""",
        personal=[P("name", "NGUYEN VAN MINH"), P("passport", "C7301845"),
                  P("residence_card", "AB52718364CD"), P("birth_date", "1995年12月2日"),
                  P("nationality", "国籍：ベトナム")]))

    M.append(mail(ORG, "whitfield", "body", "hold", "sensitive.reference_mental_health",
        "An employment reference to another hotel discloses a former employee's medical leave for adjustment disorder.",
        WHITFIELD, [OTHER_HOTEL],
        "Reference: Ms. Haruka Mori (former Guest Relations Supervisor)",
        f"""
Dear Laura,

Thank you for your call yesterday. As requested, here is a reference for
Ms. Haruka Mori, who worked with us from April 2019 to January 2025.

Haruka joined us as a Guest Relations Agent and was promoted to Supervisor in
2022. She was consistently rated "exceeds expectations" and handled our VIP
arrivals with real care. Guests frequently mentioned her by name in reviews.

To be transparent, she took three months of medical leave in 2023 after being
diagnosed with adjustment disorder (適応障害), and after her return we reduced
her night shifts on the advice of our occupational physician. She performed well
after returning, but you may want to keep the schedule in mind.

She left us for personal reasons and would be eligible for rehire.
Please feel free to call me if you need anything else.
{SIG_WHITFIELD}""",
        personal=[P("name", "Haruka Mori"), P("diagnosis", "adjustment disorder (適応障害)"),
                  P("medical_leave", "three months of medical leave")]))

    M.append(mail(ORG, "ishii", "body", "hold", "personal.housing_family",
        "A new manager's family details (spouse and children's names, birth dates, nationality, phone) are sent to the housing agency.",
        ISHII, [SHATAKU],
        "法人契約 入居申込（料飲部 新任マネージャー）",
        f"""
港南レジデンス管理
法人契約課 増田様

いつもお世話になっております。ザ・ハーバーライン東京 人事部の石井です。
5月に着任する料飲部マネージャーの社宅について、入居申込をお願いいたします。

【契約者】株式会社ハーバーラインホテルズ・ジャパン
【入居者】
　本人：Marco Bellini（マルコ・ベリーニ）　1982年3月5日生　イタリア国籍
　配偶者：Bellini Sofia（ソフィア）　1984年9月21日生　イタリア国籍
　長女：Bellini Giulia　2014年6月11日生
　長男：Bellini Luca　2018年1月30日生
【入居希望日】2025年5月1日
【希望物件】港南レジデンス 3LDK（1502号室）
【緊急連絡先】本人携帯 090-0000-8356／配偶者 080-0000-8357
【ペット】小型犬 1匹

お子様2名は港区内のインターナショナルスクールに通学予定です。
申込書の原本は郵送いたします。
{SIG_ISHII}""",
        personal=[P("name", "Marco Bellini"), P("name", "Bellini Sofia"),
                  P("birth_date", "2014年6月11日"), P("phone", "090-0000-8356"),
                  P("name", "Bellini Luca")]))

    # ------------------------------------------------------------ HOLD attachment
    payroll = csv_text(
        ["社員番号", "氏名", "銀行名", "支店名", "口座種別", "口座番号", "口座名義", "3月支給額"],
        [
            ["HT1042", "遠藤 美和", "みずなみ銀行", "田町支店", "普通", "4418207", "エンドウ ミワ", "286,400"],
            ["HT1108", "Nguyen Van Minh", "ゆうちょ銀行", "〇一八店", "普通", "7720391", "グエン ヴアン ミン", "301,250"],
            ["HT1133", "岡田 隼人", "東京スター銀行", "本店", "普通", "1185024", "オカダ ハヤト", "245,900"],
            ["HT1176", "Rahul Sharma", "三つ葉銀行", "浜松町支店", "普通", "3096631", "シヤルマ ラフル", "352,800"],
            ["HT1201", "小島 さくら", "みずなみ銀行", "芝支店", "普通", "6652118", "コジマ サクラ", "228,600"],
            ["HT1219", "田中 健", "りそな銀行", "新橋支店", "普通", "0937745", "タナカ ケン", "264,300"],
        ])
    M.append(mail(ORG, "ishii", "attachment", "hold", "list.payroll_bank_accounts",
        "The attached file lists employees' personal bank accounts and net pay for an outside payroll contractor.",
        ISHII, [PAYROLL],
        "3月度 給与振込データ（新規・変更分）",
        f"""
ペイロールパートナーズ
給与計算センター ご担当者様

お世話になっております。ザ・ハーバーライン東京 人事部の石井です。
3月度の新規登録・口座変更分のデータを添付いたします。
締切に間に合わず申し訳ありません。ご確認をお願いいたします。
{SIG_ISHII}""",
        attachments=[att("給与振込_新規変更_2025-03.xlsx", payroll)],
        personal=[P("name", "遠藤 美和"), P("bank_account", "4418207"),
                  P("name", "Rahul Sharma"), P("bank_account", "3096631")]))

    cv = """
履 歴 書　　　　　　　　　　　　　2025年2月20日現在
氏名：北村 涼介（きたむら りょうすけ）
生年月日：1994年8月17日（満30歳）　男
現住所：〒135-0000 東京都江東区豊洲4-0-3 パークサイド豊洲 805
電話：090-0000-2794　E-mail：ryosuke.kitamura94@gmail.com

学歴
2013年4月　辻堂調理師専門学校 イタリア料理科 入学
2015年3月　同 卒業

職歴
2015年4月　ホテル・ベイサイド横浜 入社（イタリアンレストラン コミ）
2019年4月　同 デミシェフ
2021年6月　リストランテ・ソーレ（銀座）スーシェフ
2025年3月　同 退職予定（店舗閉店のため）

資格：調理師免許（第 218843 号）、食品衛生責任者
希望年収：480万円　通勤：約25分
家族：配偶者あり、子1名（扶養2名）
"""
    M.append(mail(ORG, "matsumoto", "attachment", "hold", "personal.resume_forward",
        "A candidate's full résumé with address, phone, birth date and family is forwarded to a separate company operating a restaurant in the hotel.",
        MATSUMOTO, [CONCESSION],
        "Sous Chef 候補のご紹介",
        f"""
株式会社マレアダイニング
人事 上野様

お世話になっております。ハーバーライン東京 人事部の松本です。
先日お話ししていたスーシェフ候補の方、当ホテルの料飲部では
ポジションが合わなかったため、Marea様でいかがかと思いご紹介します。
書類を添付しますので、ご確認いただけますでしょうか。
{SIG_MATSUMOTO}""",
        attachments=[att("履歴書_北村.pdf", cv)],
        personal=[P("name", "北村 涼介"), P("birth_date", "1994年8月17日"),
                  P("address", "東京都江東区豊洲4-0-3 パークサイド豊洲 805"),
                  P("phone", "090-0000-2794"), P("email", "ryosuke.kitamura94@gmail.com")]))

    # ------------------------------------------------------------ HOLD quoted
    req = """
From: Aisha Rahman (Housekeeping)
Sent: Monday, February 24, 2025 10:12 AM
To: HR Tokyo
Subject: Prayer room and Ramadan

Dear HR team,

I am Aisha Rahman from Housekeeping (employee no. HT1157). As a Muslim, I pray five
times a day and from 1 March I will be fasting for Ramadan. Could I use the small
storage room on B2 for prayer during my breaks, and could the staff canteen offer
halal meals? My colleague Yusuf Karim (Engineering) is also Muslim and would
appreciate the same. During Ramadan I would like to take my meal break after sunset.

Thank you very much,
Aisha
"""
    M.append(mail(ORG, "ishii", "quoted", "hold", "sensitive.religion_forward",
        "The request to the canteen caterer is harmless on top, but the quoted employee mail names two employees' religion and fasting to an outside vendor.",
        ISHII, [CATERING],
        "Fw: Prayer room and Ramadan（社員食堂メニューのご相談）",
        f"""
グリーンキッチンサービス
坂井様

いつもお世話になっております。ハーバーライン東京 人事部の石井です。
社員食堂のメニューについてご相談です。
3月から、ハラール対応のメニューを1品追加することは可能でしょうか。
また、3月中は夕方18時以降の食事提供を少し延長できるか
ご検討いただけますと助かります。

背景は下記のとおりです。よろしくお願いいたします。
{SIG_ISHII}
{quote(req)}""",
        personal=[P("name", "Aisha Rahman"), P("religion", "As a Muslim"),
                  P("name", "Yusuf Karim"), P("religion", "is also Muslim")]))

    bg = """
From: Reina Matsumoto
Sent: Wednesday, March 5, 2025 6:20 PM
To: James Whitfield
Subject: Background check result - Night Manager candidate

James,

The background screening for Mr. Takuya Hoshino (Night Manager candidate, DOB 1986-04-02)
came back today. Employment history is fine, but the report shows a conviction in 2019
for theft at his former employer (業務上横領, suspended sentence of 2 years, 執行猶予3年).
He did not disclose this in the interview.
I suggest we do not proceed. Let me know if you want to discuss.

Reina
"""
    M.append(mail(ORG, "whitfield", "quoted", "hold", "sensitive.criminal_background",
        "The reply to the recruitment agency is harmless on top, but the quoted internal note discloses the candidate's criminal conviction.",
        WHITFIELD, [AGENCY],
        "Re: Night Manager – next steps",
        f"""
Dear Kenji-san,

Thank you for following up. After careful consideration we have decided not to
proceed with this candidate. Could you please send us two or three more profiles
by the end of next week? We would like to fill the role before Golden Week.

For context, please see Reina's note below.
{SIG_WHITFIELD}
{quote(bg)}
>
> -----Original Message-----
> From: Kenji Ota <k.ota@bluepeak-recruit.example.com>
> Subject: Night Manager – next steps
>
> Dear James, could you let me know how you would like to proceed with Mr. Hoshino?
""",
        personal=[P("name", "Takuya Hoshino"), P("birth_date", "1986-04-02"),
                  P("criminal", "業務上横領, suspended sentence of 2 years, 執行猶予3年")]))

    # ------------------------------------------------------------ HOLD subject only
    M.append(mail(ORG, "ishii", "subject", "hold", "sensitive.subject_health_check",
        "The subject names an employee together with an abnormal ECG finding sent to the health-check centre; the body is neutral.",
        ISHII, [KENSHIN],
        "再検査予約のお願い（客室課 遠藤 美和：心電図 要精密検査・心房細動疑い）",
        f"""
芝浦健診センター
企業健診予約ご担当者様

いつもお世話になっております。ザ・ハーバーライン東京 人事部の石井です。
標記の件、4月第1週または第2週の平日午前で
予約枠のご調整をお願いできますでしょうか。

請求は通常どおり会社宛てでお願いいたします。
{SIG_ISHII}""",
        personal=[P("name", "遠藤 美和"), P("health_check", "心電図 要精密検査・心房細動疑い")]))

    # ------------------------------------------------------------ HOLD zip (encrypted)
    M.append(mail(ORG, "matsumoto", "zip", "hold", "attachment.encrypted_zip",
        "A password-protected zip of year-end adjustment forms is attached (PPAP).",
        MATSUMOTO, [SHAROUSHI],
        "年末調整 追加提出分の送付",
        f"""
みなと社労士事務所
高田様

お世話になっております。ハーバーライン東京の松本です。
年末調整の追加提出分（3名）をお送りします。
パスワードは別途お電話でお伝えします。
{SIG_MATSUMOTO}""",
        attachments=[enc_zip("年末調整_追加提出分_2024.zip")]))

    # ------------------------------------------------------------ HOLD recipients
    schools = [
        "東京観光専門学校 キャリアセンター 中野 <career@tokyo-kanko.example.ac.jp>",
        "日本ホテルスクール 就職課 小山 <shushoku@nihon-hotel-school.example.ac.jp>",
        "湘南国際ビジネス専門学校 就職指導 村田 <murata@shonan-ibc.example.ac.jp>",
        "東都外語大学 キャリア支援課 <career@toto-gaigo.example.ac.jp>",
        "Daniel Brooks <d.brooks@tokyo-intl-college.example.edu>",
        "関東ブライダル＆ホテル専門学校 長谷部 <hasebe@kanto-bridal.example.ac.jp>",
        "横浜ツーリズム専門学校 キャリア室 <career-office@yokohama-tourism.example.ac.jp>",
        "さいたまホスピタリティカレッジ 進路指導 岩田 <iwata@saitama-hc.example.ac.jp>",
        "千葉国際大学 就職課 森本 <morimoto@chiba-kokusai.example.ac.jp>",
        "Grace Lim <grace.lim@apac-hospitality.example.edu>",
        "新宿調理師専門学校 就職担当 小松 <komatsu@shinjuku-chori.example.ac.jp>",
        "東京YMCA国際ホテル専門学校 キャリア支援 杉浦 <sugiura@ymca-hotel.example.ac.jp>",
    ]
    M.append(mail(ORG, "matsumoto", "recipients", "hold", "recipients.visible_to",
        "Twelve career officers at different schools are visible in To instead of BCC.",
        MATSUMOTO, schools,
        "Thank you for visiting our Job Fair / 合同企業説明会ご来場のお礼",
        f"""
各校 キャリアご担当者様
Dear Career Office colleagues,

先日は、ザ・ハーバーライン東京の合同企業説明会にご来場いただき、
誠にありがとうございました。
Thank you for joining our Hospitality Job Fair on 14 March.

2026年度新卒採用のスケジュールは下記のとおりです。
・エントリー受付：4月1日〜5月31日（当社採用サイトより）
・ホテル見学会：4月19日（土）、5月10日（土）各回30名
・一次面接（オンライン）：5月中旬〜

Internship opportunities for international students (Front Office, F&B, Housekeeping)
will open on 1 May. Details will be posted on our careers page.

学生の皆さまへのご案内にご活用いただけますと幸いです。
We look forward to welcoming your students.
{SIG_MATSUMOTO}"""))

    # ------------------------------------------------------------ PASSES
    M.append(mail(ORG, "matsumoto", "none", "pass", "benign.offer_holder_self",
        "An invitation sent to the offer holder herself about her own start date and documents.",
        MATSUMOTO, ["小島 さくら <sakura.kojima.0905@gmail.com>"],
        "【ザ・ハーバーライン東京】入社前オリエンテーションのご案内",
        f"""
小島 さくら 様

このたびは内定をご承諾いただき、誠にありがとうございます。
人事部の松本です。入社前オリエンテーションについてご案内いたします。

日時：3月26日（水）10:00〜16:00（昼食をご用意します）
場所：ザ・ハーバーライン東京 B1F 研修室（従業員通用口からお入りください）
持ち物：
・入社書類一式（雇用契約書、身元保証書、給与振込口座届、扶養控除等申告書）
・年金手帳または基礎年金番号がわかるもの
・制服採寸のため、動きやすい服装でお越しください

配属予定：客室部 ハウスキーピング課
初任給：月給 236,000円（2025年4月1日入社）

ご不明な点があれば、お気軽にご連絡ください。
当日お会いできることを楽しみにしております。
{SIG_MATSUMOTO}"""))

    M.append(mail(ORG, "whitfield", "none", "pass", "benign.employment_verification",
        "A minimal employment verification with the employee's written consent giving only dates, title and status.",
        WHITFIELD, ["Verification Team <verify@sakura-trust-bank.example.co.jp>"],
        "Employment Verification – Ref. STB-HL-25-0877",
        f"""
Dear Verification Team,

In response to your request (Ref. STB-HL-25-0877) and with the signed consent form
of the employee that you attached, we confirm the following:

Employee name: Rahul Sharma
Position: Assistant Director of Revenue Management
Employment status: Full-time, permanent
Date of hire: 1 October 2021
Currently employed: Yes

In line with our policy, we do not disclose salary or other details by e-mail.
If you require further verification, please contact our HR office by telephone.
{SIG_WHITFIELD}"""))

    M.append(mail(ORG, "whitfield", "none", "pass", "benign.successor_intro",
        "A new HR director introduces himself to partner firms; only business contacts with heavy signatures.",
        WHITFIELD, [SHAROUSHI, "Kenji Ota <k.ota@bluepeak-recruit.example.com>", SANGYOI],
        cc=[MATSUMOTO],
        subject="Introduction – new Director of Human Resources / 人事部長着任のご挨拶",
        text=f"""
Dear partners,

I am pleased to introduce myself as the new Director of Human Resources at
The Harbourline Tokyo, effective 1 March. I succeed Ms. Yoko Shibata, who has moved
to our regional office in Singapore as Regional HR Director.

I have spent the past six years with Harbourline in Sydney and Bangkok and am
looking forward to working with you. Reina Matsumoto (cc) will remain your
day-to-day contact.

関係者の皆さま
3月1日付で人事部長に着任いたしましたジェームズ・ウィットフィールドです。
前任の柴田 陽子はシンガポールの地域本部へ異動いたしました。
日常のご連絡は、引き続き人事部マネージャーの松本が窓口を務めます。
今後ともどうぞよろしくお願い申し上げます。
{SIG_WHITFIELD}"""))

    M.append(mail(ORG, "matsumoto", "none", "pass", "benign.reply_chain_meeting",
        "A long reply chain arranging a meeting on work-rule revisions; only staff names and signatures.",
        MATSUMOTO, [SHAROUSHI], cc=[WHITFIELD],
        subject="Re: Re: Re: 就業規則（育児・介護休業規程）改定のお打合せ",
        text=f"""
高田先生

ありがとうございます。では4月2日（水）14時から、当ホテル3階の
会議室Bでお願いいたします。Whitfieldも同席いたします。
英訳版のドラフトは前日までにお送りします。
{SIG_MATSUMOTO}
-----Original Message-----
From: 高田 <takada@minato-sr.example.jp>
Sent: Friday, March 21, 2025 11:03 AM
To: Reina Matsumoto
Cc: James Whitfield
Subject: Re: Re: 就業規則（育児・介護休業規程）改定のお打合せ

松本様

4月2日（水）午後、または4月4日（金）午前であれば伺えます。
改正育児・介護休業法の4月施行分（子の看護等休暇の対象拡大、
残業免除の対象拡大）と、10月施行分（柔軟な働き方の措置）を
分けてご説明する予定です。

――――――――――――――――――
みなと社労士事務所
特定社会保険労務士　高田 恵子
〒105-0000 東京都港区芝浦3-0-14 芝浦ビル6F
TEL 03-0000-2281　FAX 03-0000-2282
――――――――――――――――――

-----Original Message-----
From: Reina Matsumoto
Sent: Thursday, March 20, 2025 5:40 PM
To: 高田
Subject: Re: 就業規則（育児・介護休業規程）改定のお打合せ

高田先生

ドラフトのご送付ありがとうございました。
本社（シンガポール）への説明もあるため、Whitfieldも交えて
一度お打合せをお願いできますでしょうか。
来週または再来週でご都合のよい日時をお知らせください。

-----Original Message-----
From: 高田 <takada@minato-sr.example.jp>
Sent: Tuesday, March 18, 2025 9:15 AM
To: Reina Matsumoto
Subject: 就業規則（育児・介護休業規程）改定のお打合せ

松本様
改定案のドラフトを添付いたします。ご確認ください。
"""))

    M.append(mail(ORG, "matsumoto", "none", "pass", "benign.stress_check_aggregate",
        "Stress-check group analysis sent to the occupational physician by department only; no individual results.",
        MATSUMOTO, [SANGYOI],
        "ストレスチェック集団分析結果のご報告と衛生委員会について",
        f"""
河合先生

いつもお世話になっております。ハーバーライン東京 人事部の松本です。
2024年度ストレスチェックの集団分析結果（実施機関からの報告）をお送りします。
個人の結果は含まれておりません。

受検率：91.3%（対象 402名中 367名）
高ストレス者の割合：全体 11.2%（前年度 12.8%）

部署別 総合健康リスク（全国平均=100、10名以上の部署のみ）
・フロントオフィス（48名）　118
・ハウスキーピング（76名）　104
・料飲（F&B）（112名）　121
・調理（64名）　109
・管理部門（38名）　92

F&Bとフロントのリスクが高く、夜勤シフトとの関連を疑っております。
4月の衛生委員会で、職場環境改善の進め方についてご助言いただけますでしょうか。
{SIG_MATSUMOTO}"""))

    M.append(mail(ORG, "whitfield", "none", "pass", "benign.disability_employment_rate",
        "A report to regional HQ on the statutory disability employment rate, aggregated with no names.",
        WHITFIELD, [HQ],
        "Japan statutory disability employment rate – FY2024 update",
        f"""
Hi Priya,

As requested for the APAC compliance dashboard, here is the FY2024 position for
The Harbourline Tokyo under Japan's Act on Employment Promotion of Persons with
Disabilities (障害者雇用促進法).

- Regular workforce (as counted under the Act): 402
- Employees with disabilities (weighted count): 10.5
- Actual rate: 2.61% (statutory rate: 2.5%, rising to 2.7% from July 2026)
- Levy/adjustment: none payable this year

We plan two additional hires in Housekeeping and Laundry through our partnership with
a local employment-support agency, to stay ahead of the 2026 increase.
Individual data stays with HR Tokyo and is not included here.

Happy to walk you through it on Thursday's call.
{SIG_WHITFIELD}"""))

    M.append(mail(ORG, "ishii", "none", "pass", "benign.religious_corporation_vendor",
        "A booking with a temple (宗教法人) as a training venue; the religious body is a vendor, not a person's belief.",
        ISHII, ["宗教法人 高輪山 雲海寺 寺務所 <jimusho@unkaiji.example.or.jp>"],
        "新入社員研修（坐禅体験）のお申込み",
        f"""
宗教法人 高輪山 雲海寺
寺務所 ご担当者様

初めてご連絡いたします。ザ・ハーバーライン東京 人事部の石井と申します。
新入社員研修の一環として、貴寺の坐禅体験と精進料理の昼食を
お願いしたくご連絡いたしました。

日時：4月10日（木）9:30〜13:00
人数：新入社員 32名＋引率 3名（外国籍社員 6名を含むため、英語でのご説明が
　　　一部可能であれば大変ありがたく存じます）
ご請求先：株式会社ハーバーラインホテルズ・ジャパン 人事部

志納金（お一人様 3,500円）は、当日一括でお納めする形でよろしいでしょうか。
ご検討のほど、よろしくお願い申し上げます。
{SIG_ISHII}"""))

    M.append(mail(ORG, "matsumoto", "none", "pass", "benign.malware_isolation",
        "'感染' and '隔離' refer to a malware-infected HR laptop; the mail asks IT support for help with no personal data.",
        MATSUMOTO, [IT],
        "人事部PCのマルウェア感染と隔離について / Malware on HR laptop",
        f"""
テックリンク ヘルプデスク 御中

ハーバーライン東京 人事部の松本です。
本日午前、人事部のノートPC（資産番号 HLT-NB-0233）で、
Microsoft Defender がマルウェアの感染を検知しました。

・検知名：Trojan:Win32/Wacatac.B!ml
・検知時刻：10:42
・対応：Wi-Fiをオフにし、有線LANも抜いて隔離済み
・直前の操作：求人媒体からの「応募者一覧」を名乗るメールのリンクをクリック

他の端末への感染拡大がないか、ログの調査をお願いできますでしょうか。
Whitfield（英語対応希望）にも状況を共有しております。
{SIG_MATSUMOTO}"""))

    M.append(mail(ORG, "whitfield", "none", "pass", "benign.swift_corporate",
        "A payment instruction to regional HQ with corporate bank details and SWIFT code; no private account.",
        WHITFIELD, [HQ, "APAC Finance <apac-finance@harbourline-group.example.com>"],
        "Recharge invoice – regional training programme (INV-SG-25-0142)",
        f"""
Hi Priya, hi Finance team,

Please find below the payment details for the recharge of the Leadership Essentials
programme (Tokyo participants: 8). We will pay from our corporate account once the
invoice is approved locally.

Invoice: INV-SG-25-0142  Amount: SGD 12,480.00
Payer: Harbourline Hotels Japan K.K.
Payee: Harbourline Hotels & Resorts Pte. Ltd.
Bank: Straits Commerce Bank, Raffles Place Branch
Account no.: 072-418830-1 (SGD corporate current account)
SWIFT: STCBSGSGXXX
Reference: HLT-TRN-2503

Could you confirm whether withholding tax applies to this recharge under the
Japan–Singapore treaty, or whether it is treated as a pure cost reimbursement?
{SIG_WHITFIELD}"""))

    M.append(mail(ORG, "ishii", "none", "pass", "benign.plain_zip_materials",
        "A plain zip of training materials for a vendor; the files contain no personal data.",
        ISHII, ["ホスピタリティ研修所 講師 今村 <imamura@hospitality-kenshu.example.co.jp>"],
        "OJT研修資料の送付（ザ・ハーバーライン東京）",
        f"""
ホスピタリティ研修所
今村様

お世話になっております。人事部の石井です。
4月の新入社員OJT研修でお使いいただく当ホテルの資料をお送りします。
ブランドスタンダードは社外秘のため、研修終了後に破棄をお願いいたします。
{SIG_ISHII}""",
        attachments=[att("OJT_materials_2025.zip",
            """Archive: OJT_materials_2025.zip
  Brand_Standards_FrontOffice_v3.pdf
  Grooming_Guide_JP_EN.pdf
  Phone_Etiquette_Scripts.docx
  Hotel_Floor_Map_B1-3F.pdf
  OJT_Schedule_April2025.xlsx
""")]))

    return M
