"""Org B: 株式会社フローリンク (Flowlink K.K.) — workflow SaaS; much of the mail is in English."""
from common import Writer, mail, addr, att, CT_CSV, CT_TXT, CT_PDF

ORG = "B"
NAME = "株式会社フローリンク（Flowlink K.K., 業務ワークフローSaaS）"
DOM = "flowlink.example.com"

B1 = Writer("B1", ORG, "佐伯 拓海 Takumi Saeki（Customer Success Manager）",
            "Takumi Saeki (Flowlink)", f"t.saeki@{DOM}", """
--
Takumi Saeki (佐伯 拓海)
Customer Success Manager | Flowlink K.K.
t.saeki@flowlink.example.com | +81 3-0000-6612
https://www.flowlink.example.com
""")

B2 = Writer("B2", ORG, "Priya Raman（Support Engineering Lead）",
            "Priya Raman", f"priya.raman@{DOM}", """
Best,
Priya

--
Priya Raman | Support Engineering Lead
Flowlink K.K. | Shibuya, Tokyo
priya.raman@flowlink.example.com
Status page: https://status.flowlink.example.com
""")

B3 = Writer("B3", ORG, "小野寺 遥 Haruka Onodera（People & Operations）",
            "小野寺 遥 / Haruka Onodera", f"h.onodera@{DOM}", """
――
小野寺 遥 / Haruka Onodera
People & Operations｜株式会社フローリンク
〒150-0000 東京都渋谷区神南9-9-9 神南スクエア7F
h.onodera@flowlink.example.com ／ 03-0000-6620
""")

WRITERS = [B1, B2, B3]

CUSTOMERS_13 = [
    addr("Yuki Matsuda (Midori Logistics)", "y.matsuda@midori-logi.example.co.jp"),
    addr("Ken Arakawa (Sankei Foods)", "arakawa@sankei-foods.example.co.jp"),
    addr("Emily Chen (Harbor Retail SG)", "emily.chen@harbor-retail.example.com"),
    addr("大塚 亮 (Otsuka Dental Supply)", "r.otsuka@otsuka-dental.example.jp"),
    addr("Naoko Ishida (Kitaguni Insurance Agency)", "ishida@kitaguni-ins.example.co.jp"),
    addr("Marco Rossi (Tokyo Design Lab)", "marco@tokyo-designlab.example.com"),
    addr("Satoshi Kaneda (Minato Print)", "kaneda@minato-print.example.jp"),
    addr("Jun Hirose (Hirose Accounting)", "jun.hirose.cpa@gmail.com"),
    addr("Aiko Fukuda (Fukuda Clinic Group)", "fukuda.a@fukuda-cg.example.jp"),
    addr("Daniel Park (Seoul-Tokyo Trading)", "dpark@st-trading.example.com"),
    addr("Rie Kondo (Kondo Construction)", "kondo.rie@kondo-kensetsu.example.co.jp"),
    addr("Takeshi Honda (Aozora Software)", "honda@aozora-soft.example.jp"),
    addr("Mei Tanaka (Wakaba Nursery Group)", "tanaka@wakaba-hoiku.example.or.jp"),
]


def mails():
    M = []

    # ------------------------------------------------------------ holds
    M.append(mail(
        "b_hire_mynumber", "hold", "id.mynumber",
        "新入社員のマイナンバー・基礎年金番号・雇用保険番号・住所を本文に書いて社労士事務所へ送っているため（同僚の情報でも保留）。",
        B3, "body",
        [addr("ひかり社会保険労務士事務所 長谷川先生", "hasegawa@hikari-sr.example.jp")],
        "入社手続きのお願い（7/1入社 1名）",
        """
ひかり社会保険労務士事務所
長谷川 先生

いつもお世話になっております。フローリンクの小野寺です。
7月1日入社の社員1名について、社会保険・雇用保険の資格取得手続きをお願いいたします。

　氏名：森下 健太（モリシタ ケンタ）
　生年月日：1996年4月18日
　住所：東京都世田谷区桜新町9-14-3 コーポ桜202
　個人番号：6120 7394 5823
　基礎年金番号：1234-567890
　雇用保険被保険者番号：5012-345678-9（前職：株式会社ネクストウェーブ）
　職種：バックエンドエンジニア（正社員）
　月額給与：520,000円（通勤手当 月12,300円）
　扶養：なし

前職の離職票は本人から後日受け取る予定です。
ほかに必要な書類がございましたらご指示ください。

よろしくお願いいたします。
""",
        personal=[("name", "森下 健太"), ("birth_date", "1996年4月18日"),
                  ("address", "東京都世田谷区桜新町9-14-3 コーポ桜202"),
                  ("mynumber", "6120 7394 5823"), ("pension_number", "1234-567890"),
                  ("employment_insurance_number", "5012-345678-9"), ("salary", "520,000円")]))

    M.append(mail(
        "b_leave_adjustment", "hold", "sensitive.mental_health",
        "社員の氏名と主治医の診断（適応障害）・服薬・休職期間を社外の産業医クリニックへ送っているため。",
        B3, "body",
        [addr("Dr. Kenji Yamane (Yamane Occupational Health Clinic)", "k.yamane@yamane-ohc.example.jp")],
        "Return-to-work interview – request for 2 July",
        """
Dear Dr. Yamane,

Thank you for your continued support as our occupational physician.

I would like to ask you to hold a return-to-work interview with one of our employees on Wednesday 2 July (online is fine).

- Employee: Lucas Bernard (Backend Engineer, employee ID FL-0342)
- Leave: sick leave since 12 May 2025
- His psychiatrist at Ebisu Mental Clinic diagnosed him with adjustment disorder (適応障害) with depressed mood; he is taking sertraline 50 mg.
- According to the latest certificate (dated 20 June), he may return to work from 7 July with reduced hours (6 h/day) for one month and no on-call duty.

His manager is concerned about the release schedule in July, so your opinion on whether on-call can restart in August would be very helpful.
I will send the certificate itself by post.

Best regards,
""",
        personal=[("name", "Lucas Bernard"), ("employee_id", "FL-0342"),
                  ("diagnosis", "adjustment disorder (適応障害) with depressed mood"),
                  ("medication", "sertraline 50 mg")]))

    M.append(mail(
        "b_freelancer_account", "hold", "id.bank_account_personal",
        "個人事業主の翻訳者の個人口座（銀行・支店・口座番号・名義）を外部会計事務所へ送っているため。",
        B2, "body",
        [addr("Aoba Accounting – Payables team", "payables@aoba-kaikei.example.jp")],
        "Payment request – localisation invoice (June)",
        """
Hi Aoba team,

Could you please add the following payment to the 30 June transfer batch?

Payee: Aya Nakamura (freelance Japanese localisation translator, sole proprietor)
Invoice: AN-2025-06, dated 20 June, JPY 180,000 + consumption tax
Note: she is not a qualified invoice issuer, so please apply the transitional 80% input-tax rule.

Bank details (her personal account):
 Bank: Sakura Namiki Bank (さくら並木銀行), Shibuya branch (店番 123)
 Account type: Ordinary (普通)
 Account no.: 7654321
 Account holder: ナカムラ アヤ

Her address for the payment notice is 3-9-12-405 Kamimeguro, Meguro-ku, Tokyo 153-0000.
Withholding tax applies (10.21%).

Thanks a lot,
""",
        personal=[("name", "Aya Nakamura"), ("bank_account", "Account no.: 7654321"),
                  ("account_holder", "ナカムラ アヤ"),
                  ("address", "3-9-12-405 Kamimeguro, Meguro-ku, Tokyo 153-0000")]))

    log = """
2025-06-17T02:14:07.311Z INFO  webhook.dispatch tenant=t_8841 form=f_contact_v2 attempt=1
2025-06-17T02:14:07.498Z WARN  webhook.dispatch status=502 target=https://hooks.sankei-foods.example.co.jp/intake retry_in=30s
2025-06-17T02:14:07.499Z DEBUG payload={"submission_id":"s_90211","name":"高田 美帆","email":"miho.takada@yahoo.co.jp","phone":"090-0000-3381","address":"千葉県船橋市本町9-2-11","message":"定期便の解約方法を教えてください"}
2025-06-17T02:14:37.512Z INFO  webhook.dispatch tenant=t_8841 form=f_contact_v2 attempt=2
2025-06-17T02:14:37.690Z WARN  webhook.dispatch status=502 retry_in=60s
2025-06-17T02:15:02.004Z DEBUG payload={"submission_id":"s_90212","name":"Brian O'NEILL","email":"brian.oneill@outlook.com","phone":"080-0000-1904","address":"東京都江東区豊洲9-5-1-2203","message":"アレルギー表示について質問があります"}
2025-06-17T02:15:37.702Z INFO  webhook.dispatch tenant=t_8841 form=f_contact_v2 attempt=3
2025-06-17T02:15:37.915Z ERROR webhook.dispatch status=502 giving_up=false queue=dlq-2
2025-06-17T02:16:11.880Z DEBUG payload={"submission_id":"s_90215","name":"松井 文子","email":"fumiko.matsui55@gmail.com","phone":"070-0000-6620","address":"埼玉県川口市栄町9-18","message":"注文番号 SK-77120 が届いていません"}
2025-06-17T02:17:37.930Z ERROR webhook.dispatch status=502 moved_to_dlq=true count=3
"""
    M.append(mail(
        "b_debug_log", "hold", "list.log_with_personal_data",
        "添付ログに顧客のエンドユーザー3名の氏名・メール・電話・住所がペイロードとして残ったまま外部委託先へ送っているため。",
        B2, "attachment",
        [addr("Jonas Berg (Nordvik Labs)", "jonas@nordvik.example.com")],
        "Ticket #4471 – webhook retries end in DLQ (logs attached)",
        """
Hi Jonas,

As discussed in the stand-up, here are the raw dispatcher logs for ticket #4471 (tenant t_8841).
All three submissions hit a 502 from the customer's endpoint and ended in dlq-2 after the third attempt, although our retry policy says five attempts with exponential back-off.

Could your team check whether the retry counter is reset when the worker is rescheduled (we deployed v4.11.3 at 02:10 UTC that night)?
The customer wants an answer by Friday, so a first analysis by Thursday noon JST would be great.
""",
        attachments=[att("ticket-4471-dispatcher.log", CT_TXT, log)],
        personal=[("name", "高田 美帆"), ("email", "miho.takada@yahoo.co.jp"),
                  ("phone", "090-0000-3381"), ("address", "千葉県船橋市本町9-2-11"),
                  ("name", "Brian O'NEILL"), ("email", "brian.oneill@outlook.com"),
                  ("name", "松井 文子"), ("email", "fumiko.matsui55@gmail.com"),
                  ("phone", "070-0000-6620")]))

    cv = """
CURRICULUM VITAE
Name: Mina Sato（佐藤 美奈）
Date of birth: 14 November 1989
Address: 2-9-7-1203 Nakameguro, Meguro-ku, Tokyo 153-0000
Phone: 090-0000-8134 / E-mail: mina.sato.sre@gmail.com

Summary
Site reliability engineer with 9 years of experience in payment and e-commerce platforms.

Experience
2021–present  Senior SRE, PayWave K.K. – Kubernetes, Terraform, on-call lead (team of 6)
2017–2021     Infrastructure Engineer, Shopline Japan – AWS migration, cost reduction 35%
2015–2017     Systems Engineer, Nichiyo Systems

Education
2015  M.Eng., Information Science, Tokyo Institute of Engineering

Current compensation: JPY 11,800,000 / year
Expected: JPY 13,000,000 or more; notice period 2 months
"""
    M.append(mail(
        "b_cv_consultant", "hold", "personal.resume",
        "応募者の履歴書（氏名・生年月日・住所・連絡先・現年収）を社外の採用コンサルタントへ添付で共有しているため（本文には個人情報なし）。",
        B3, "attachment",
        [addr("Rachel Kim (Bridge Talent Partners)", "rachel.kim@bridge-talent.example.com")],
        "Senior SRE – candidate CV for benchmark discussion",
        """
Hi Rachel,

Thank you for the market report last week.
As mentioned on our call, I'm attaching the CV of the candidate who passed our second interview for the Senior SRE role.
Could you tell us whether her expectation is in line with the market for this profile, and what sign-on bonus range would be realistic?

We'd like to make an offer decision by 4 July.

Thanks,
""",
        attachments=[att("CV_SeniorSRE_candidate.pdf", CT_PDF, cv)],
        personal=[("name", "Mina Sato（佐藤 美奈）"), ("birth_date", "14 November 1989"),
                  ("address", "2-9-7-1203 Nakameguro, Meguro-ku, Tokyo 153-0000"),
                  ("phone", "090-0000-8134"), ("email", "mina.sato.sre@gmail.com"),
                  ("salary", "JPY 11,800,000 / year")]))

    M.append(mail(
        "b_trial_inquiry_fwd", "hold", "personal.inquiry_forward",
        "個人事業主の問い合わせ（氏名・自宅住所・携帯・メール）を転送部分にそのまま残して販売パートナーへ送っているため。",
        B1, "quoted",
        [addr("テックブリッジ株式会社 大野様", "ohno@techbridge.example.co.jp")],
        "Fw: 【資料請求・導入相談】小規模事務所での利用について",
        """
テックブリッジ株式会社
大野 様

いつもお世話になっております。フローリンクの佐伯です。

下記、小規模の事務所様からの導入相談です。
弊社からの直販対象外の規模のため、御社の「導入支援ライトパック」でご対応いただけないでしょうか。
ご対応可能でしたら、直接ご連絡いただいて構いません。

よろしくお願いいたします。
""",
        quoted="""
-------- Forwarded Message --------
Subject: 【資料請求・導入相談】小規模事務所での利用について
Date: Mon, 16 Jun 2025 21:48:10 +0900
From: Flowlink Webフォーム <no-reply@flowlink.example.com>
To: sales@flowlink.example.com

お名前：市川 直子
事務所名：いちかわ税務会計（個人事業）
ご住所：神奈川県川崎市中原区小杉町9-3-15-801（自宅兼事務所）
電話番号：080-0000-2716
メール：naoko.ichikawa.tax@gmail.com
従業員数：3名
ご相談内容：
顧問先からの書類回収と、経費精算の承認フローを電子化したいです。
予算は月1万円以内、9月の繁忙期前に導入したいと考えています。
平日の日中は電話に出られないことが多いので、メールでご連絡ください。
""",
        personal=[("name", "市川 直子"), ("address", "神奈川県川崎市中原区小杉町9-3-15-801"),
                  ("phone", "080-0000-2716"), ("email", "naoko.ichikawa.tax@gmail.com")]))

    M.append(mail(
        "b_residence_card_fwd", "hold", "id.residence_card",
        "社員の在留カード番号・旅券番号・生年月日を含む社内メールを転送部分に残したまま行政書士へ送っているため。",
        B3, "quoted",
        [addr("グローバル行政書士事務所 中島先生", "nakajima@global-gyosei.example.jp")],
        "Fw: 在留期間更新の件（エンジニア1名）",
        """
グローバル行政書士事務所
中島 先生

お世話になっております。フローリンクの小野寺です。
先日お電話でご相談した在留期間更新の件、本人から届いた内容を下に転送いたします。
こちらの情報で申請書類のドラフトを作成いただけますでしょうか。
会社側の書類（登記事項証明書、決算書のコピー）は今週中に郵送いたします。

よろしくお願いいたします。
""",
        quoted="""
-----Original Message-----
From: Nguyen Van Minh <minh.nguyen@flowlink.example.com>
Sent: Thursday, June 12, 2025 6:41 PM
To: Haruka Onodera <h.onodera@flowlink.example.com>
Subject: My residence card info for the renewal

Hi Haruka-san,

Here is the information you asked for:
- Full name: NGUYEN VAN MINH
- Date of birth: 1993-08-02
- Residence card No.: AB12345678CD
- Status: 技術・人文知識・国際業務, period of stay expires 2025-09-30
- Passport No.: C4417829 (Viet Nam)
- Address: 東京都中野区中央9-1-4 メゾン中野303

Please let me know if the lawyer needs anything else.
Thanks!
Minh
""",
        personal=[("name", "NGUYEN VAN MINH"), ("birth_date", "1993-08-02"),
                  ("residence_card_number", "AB12345678CD"), ("passport_number", "C4417829"),
                  ("address", "東京都中野区中央9-1-4 メゾン中野303")]))

    M.append(mail(
        "b_chargeback_subject", "hold", "id.card_number",
        "件名にカード番号が全桁で書かれたまま決済代行会社へ送られているため（本文には記載なし）。",
        B2, "subject",
        [addr("PayCore Merchant Support", "merchant-support@paycore.example.com")],
        "Re: Chargeback dispute – card 5398 2214 0067 1237",
        """
Hello PayCore team,

Following up on the dispute referenced in the subject line (case CB-2025-06-3391, amount JPY 39,600).

Our records show the charge was for the annual "Team" plan renewal on 2 June. The customer's admin user logged in on 4 and 11 June after the renewal, and the renewal reminder was sent 30 days in advance. I have attached nothing sensitive here; the access logs are available in the merchant portal under the case.

Please let us know if you need any further evidence before the 27 June deadline.
""",
        personal=[("card_number", "5398 2214 0067 1237")]))

    cand_csv = """
name,company,email,phone,plan,nps_score,last_login
Kenji Watanabe,Midori Logistics,k.watanabe@midori-logi.example.co.jp,080-0000-1187,Business,9,2025-06-15
Sara Lindqvist,Harbor Retail SG,sara.l@harbor-retail.example.com,,Enterprise,3,2025-06-12
Hiroko Shimada,Shimada Tax Office,hiroko.shimada@yahoo.co.jp,090-0000-7729,Team,10,2025-06-16
Akira Nozaki,Kondo Construction,nozaki@kondo-kensetsu.example.co.jp,070-0000-3145,Business,2,2025-05-30
Mariko Ueda,Wakaba Nursery Group,ueda.mariko@gmail.com,090-0000-6608,Team,6,2025-06-10
Tetsuya Ogura,Aozora Software,ogura@aozora-soft.example.jp,080-0000-9921,Business,8,2025-06-17
"""
    M.append(mail(
        "b_interview_zip", "hold", "list.user_export",
        "ZIP内のCSVに利用者6名の氏名・メール・電話・NPSスコアが入っており、外部の調査会社へ送っているため。",
        B1, "zip",
        [addr("ほしぞらマーケティング 青山様", "aoyama@hoshizora-mk.example.co.jp")],
        "ユーザーインタビュー候補者リストの送付",
        """
株式会社ほしぞらマーケティング
青山 様

お世話になっております。フローリンクの佐伯です。
7月実施のユーザーインタビューについて、候補者リストをZIPでお送りします（社内ツールの都合でZIPにしています）。
NPSの高い方・低い方の両方を入れておりますので、バランスを見てリクルーティングしていただけますと幸いです。

謝礼の金額とご案内文のドラフトは、来週のお打ち合わせで確認させてください。
よろしくお願いいたします。
""",
        attachments=[att("interview_candidates_2025Q3.zip/candidates.csv", CT_CSV, cand_csv)],
        personal=[("name", "Kenji Watanabe"), ("phone", "080-0000-1187"),
                  ("name", "Hiroko Shimada"), ("email", "hiroko.shimada@yahoo.co.jp"),
                  ("name", "Mariko Ueda"), ("email", "ueda.mariko@gmail.com")]))

    M.append(mail(
        "b_roundtable_to13", "hold", "recipients.open_to",
        "13社・個人の顧客アドレスがToに並んで相互に見える状態の一斉案内で、BCCにすべきだったため。",
        B1, "recipients",
        CUSTOMERS_13,
        "Invitation: Flowlink Customer Roundtable – Thursday 24 July",
        """
Dear Flowlink customers,

We are delighted to invite you to our first Customer Roundtable in Tokyo.

Date: Thursday 24 July 2025, 16:00–18:30 (networking from 18:30)
Venue: Shibuya Hikarie-area event space (details after registration)
Agenda:
 - Product roadmap H2 2025 (approval analytics, e-signature integration)
 - Customer talk: "Paperless month-end closing in 90 days"
 - Open discussion with our product team

Registration: https://events.flowlink.example.com/roundtable-0724
Seats are limited to 40. Please register by 11 July.

We look forward to seeing you there.
"""))

    # ------------------------------------------------------------ passes
    M.append(mail(
        "b_dev_minutes_testcard", "pass", "benign.test_card_in_dev_minutes",
        "開発会議の議事録で、4111 1111 1111 1111 は決済サンドボックス用の公開テストカード番号であり実在顧客のカードではないため。",
        B2, "none",
        [addr("Jonas Berg (Nordvik Labs)", "jonas@nordvik.example.com"),
         addr("Elin Sund (Nordvik Labs)", "elin@nordvik.example.com")],
        "Minutes – Sprint 23 sync (billing module)",
        """
Hi Jonas, Elin,

Minutes from today's sync below. Shout if I missed anything.

1. Billing module – checkout E2E tests
   - Staging uses the PayCore sandbox. Test card 4111 1111 1111 1111, expiry any future date, CVC 123.
   - 3-D Secure flow: use the sandbox "challenge" card listed in the PayCore docs; Elin will add it to the fixtures.
   - Never put real card data into fixtures or screenshots (reminder from the security review).
2. Webhook retries (#4471) – root cause analysis due Thursday (Jonas).
3. Release v4.12.0 – code freeze Monday 23 June, release Wednesday 25 June.
4. Next sync: Thursday 26 June, 17:00 JST / 10:00 CEST.

Action items
 - Elin: update checkout fixtures, remove the old expired sandbox token
 - Jonas: RCA for #4471
 - Priya: confirm release window with Customer Success
"""))

    M.append(mail(
        "b_incident_report", "pass", "benign.it_outage",
        "「障害報告」はサービスの通知遅延に関するもので、個人の障害や健康とは無関係なため。",
        B1, "none",
        [addr("株式会社ミドリ物流 情報システム部 松田様", "y.matsuda@midori-logi.example.co.jp")],
        "【障害報告】6/3 承認通知メールの遅延について / Incident report",
        """
株式会社ミドリ物流
情報システム部 松田 様

いつもFlowlinkをご利用いただきありがとうございます。カスタマーサクセスの佐伯です。
6月3日に発生した承認通知メールの遅延につきまして、障害報告をお送りいたします。
ご不便をおかけし、誠に申し訳ございませんでした。

■発生日時：2025年6月3日 9:12〜11:47（JST）
■影響：承認依頼・差戻し通知メールが最大2時間35分遅延（全テナントの約18％）
■原因：メール配信キューのワーカーが、設定変更後に1台しか起動していなかったため
■対応：11:30 ワーカー台数を復旧、11:47 滞留分の送信完了
■再発防止：設定変更時の自動チェックを追加（6/10リリース済み）、キュー滞留の監視閾値を15分に短縮

English summary: On 3 June, approval notification e-mails were delayed by up to 2 h 35 min due to a misconfigured mail-queue worker pool. The issue has been fixed and additional monitoring is in place.

ご不明な点がございましたら、お気軽にお問い合わせください。
"""))

    M.append(mail(
        "b_malware_quarantine", "pass", "benign.malware_infection",
        "「感染」「隔離」は社用端末のマルウェア対応を指し、人の健康情報ではないため。",
        B2, "none",
        [addr("SecureOps SOC 窓口", "soc@secureops.example.jp")],
        "端末1台のマルウェア感染と隔離対応のご報告（INC-0619）",
        """
SecureOps SOC ご担当者様

お世話になっております。Flowlink の Priya Raman です。
6月19日未明にアラートをいただいた件の社内対応結果をご報告します。

- 対象端末：FL-MBP-0217（営業部、macOS 14.5）
- 検知：EDRにより情報窃取型マルウェアへの感染を検知（6/19 02:41）
- 対応：02:55 ネットワークから隔離、09:30 ディスク全体を保全のうえ再イメージ
- 影響調査：同端末からのSSO認証トークンはすべて失効済み。社内SaaSへの不審なアクセスは確認されていません
- IoC：SHA-256 9f2c4e81d0a7b6c35e1f8a9d2b4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f2a4b6c8d
- 感染経路：偽のブラウザ更新ページからのダウンロードと推定

追加で確認すべきログがあれば、ご指示いただけますと助かります。
"""))

    M.append(mail(
        "b_release_hashes", "pass", "benign.log_hashes_serials",
        "リリース通知に並ぶ英数字はビルド番号とSHA-256ハッシュであり、個人の識別番号ではないため。",
        B2, "none",
        [addr("Integration Partners – Release list", "release-notes@partners.flowlink-community.example.com")],
        "Flowlink v4.12.0 – on-prem connector release and checksums",
        """
Hello partners,

Flowlink v4.12.0 is scheduled for Wednesday 25 June 2025, 10:00 JST.
The on-prem connector packages are available now on the partner portal.

Packages and SHA-256 checksums:
 flowlink-connector-4.12.0-linux-amd64.tar.gz
   3b1f0c9e7d2a4b6c8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d
 flowlink-connector-4.12.0-windows-x64.msi
   c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9
 Build: 20250618.3 (serial FLC-2025-061803)

Breaking change: TLS 1.1 is no longer accepted by the connector.
Full notes: https://docs.flowlink.example.com/release/4-12-0
"""))

    kickoff_to = [
        addr("松田 由紀（ミドリ物流）", "y.matsuda@midori-logi.example.co.jp"),
        addr("石井 徹（ミドリ物流）", "t.ishii@midori-logi.example.co.jp"),
        addr("Wang Lei (Midori Logistics)", "wang.lei@midori-logi.example.co.jp"),
        addr("田村 さおり（ミドリ物流 経理）", "s.tamura@midori-logi.example.co.jp"),
    ]
    M.append(mail(
        "b_kickoff_six", "pass", "benign.project_mail_few_recipients",
        "2社6名の見えるアドレスでのプロジェクト連絡であり、関係者間の通常のやり取りのため。",
        B1, "none",
        kickoff_to,
        "Kickoff: 経費精算ワークフロー移行プロジェクト / Agenda for 1 July",
        """
ミドリ物流 ご担当者の皆様 / Dear all,

お世話になっております。フローリンクの佐伯です。
7月1日（火）のキックオフミーティングのアジェンダをお送りします。

日時：7月1日（火）14:00〜15:30
場所：ミドリ物流様 本社 5階 会議室A（オンライン参加：Teams）

1. プロジェクト体制と役割（佐伯）
2. 現行の経費精算フローのヒアリング（田村様）
3. 移行スケジュール案：7月 設計／8月 設定・テスト／9月 本番
4. 英語UIの要否（Wang様のチーム）

Attendees from Flowlink: Takumi Saeki (CSM), Kazuki Mori (Solutions Engineer), Yui Hamada (Onboarding).
資料は前日までに共有フォルダに格納します。
""",
        cc=[addr("森 一樹 (Flowlink SE)", f"k.mori@{DOM}"), addr("濱田 結衣 (Flowlink Onboarding)", f"y.hamada@{DOM}")]))

    M.append(mail(
        "b_offer_welcome", "pass", "benign.mail_to_data_subject",
        "内定者本人に入社日と初日の案内を送るもので、第三者への提供ではないため。",
        B3, "none",
        [addr("Kaito Fujimoto", "kaito.fujimoto.dev@gmail.com")],
        "Welcome to Flowlink! / 入社初日のご案内（8月1日）",
        """
藤本 海斗 様 / Dear Kaito,

このたびは内定をご承諾いただき、ありがとうございます。Flowlinkの小野寺です。
8月1日（金）の入社初日についてご案内いたします。

■集合：9:30 渋谷オフィス 7F受付（神南スクエア）
■持ち物：
 ・年金手帳または基礎年金番号通知書
 ・マイナンバーカード（番号確認のため。コピーは当日こちらで取ります）
 ・給与振込口座のわかるもの
■当日の流れ：オリエンテーション → PCセットアップ → チームランチ

The orientation will be in Japanese and English. Your buddy will be Priya Raman from Support Engineering.

ご不明な点があれば、このメールにご返信ください。お会いできるのを楽しみにしています。
"""))

    M.append(mail(
        "b_swift_invoice", "pass", "benign.corporate_bank_account",
        "海外顧客への請求で、SWIFTコードと口座は当社の法人口座であり個人情報ではないため。",
        B1, "none",
        [addr("Emily Chen (Harbor Retail SG)", "emily.chen@harbor-retail.example.com")],
        "Invoice FL-INV-2025-0712 – Enterprise plan (Jul 2025 – Jun 2026)",
        """
Dear Emily,

Thank you for renewing your Enterprise subscription.
Please find attached invoice FL-INV-2025-0712 for the period July 2025 – June 2026.

Amount: JPY 4,320,000 (no Japanese consumption tax – export of services)
Due date: 31 July 2025

Bank details for international transfer:
 Beneficiary: Flowlink K.K.
 Bank: Sakura Namiki Bank, Ltd., Shibuya Branch
 SWIFT/BIC: SKNMJPJT
 Account No.: 0123456 (ordinary)
 Bank address: 1-9-9 Dogenzaka, Shibuya-ku, Tokyo 150-0000, Japan

Please quote the invoice number in the payment reference. Bank charges outside Japan are borne by the remitter.
""",
        attachments=[att("FL-INV-2025-0712.pdf", CT_PDF, """
INVOICE FL-INV-2025-0712
Bill to: Harbor Retail Pte. Ltd., Singapore
Flowlink Enterprise plan, 150 seats, 1 Jul 2025 – 30 Jun 2026
Total JPY 4,320,000
Beneficiary: Flowlink K.K. / Sakura Namiki Bank, Shibuya Branch / SWIFT SKNMJPJT / A/C 0123456
Flowlink K.K. Corporate Number 9011101098765
""")]))

    M.append(mail(
        "b_product_names", "pass", "benign.product_names",
        "「ハルカ」「ソウタ」「ミオ」はAIアシスタント機能の製品名であり、実在の人物ではないため。",
        B1, "none",
        [addr("株式会社ソリューションワン 販売推進部 平田様", "hirata@solution-one.example.co.jp")],
        "新機能「ハルカ」「ソウタ」「ミオ」販売開始のご案内（販売パートナー様向け）",
        """
株式会社ソリューションワン
販売推進部 平田 様

いつもFlowlinkの販売にご協力いただき、ありがとうございます。佐伯です。
7月から提供を開始するAIアシスタント機能3種の概要をお送りします。

・「ハルカ」… 申請書の記入漏れを自動チェックし、差戻し前に申請者へ注意を出します
・「ソウタ」… 経費の勘定科目を推定し、承認者に根拠を表示します
・「ミオ」… 英語・中国語の申請を日本語に要約して承認者に表示します

価格：Businessプラン以上で、1テナントあたり月額15,000円（3機能セット）
パートナー様仕切り：定価の70％

販売用デモ環境（ハルカ・ソウタは体験可、ミオは8月公開）のURLは来週お送りします。
"""))

    M.append(mail(
        "b_health_mgmt_stats", "pass", "benign.health_aggregate",
        "健康経営の申請に使う受診率・ストレスチェック受検率などの集計値のみで、個人を特定できないため。",
        B3, "none",
        [addr("ウェルネスデザイン研究所 杉山様", "sugiyama@wellness-design.example.jp")],
        "健康経営優良法人2026 申請用データ（集計値）のご送付",
        """
ウェルネスデザイン研究所
杉山 様

お世話になっております。フローリンクの小野寺です。
健康経営優良法人2026の申請準備として、2024年度の集計値をお送りします。

・従業員数：142名（2025年3月末）
・定期健康診断 受診率：100％
・有所見者の精密検査受診率：78.4％
・ストレスチェック受検率：91.5％、高ストレス者の割合：9.2％（部署別は5名未満の部署を除外）
・喫煙率：8.5％
・長時間労働（月45時間超）該当者：のべ11名／年
・メンタルヘルス不調による休職者：2名（個人が特定されないよう、部署・時期は記載しません）

いずれも集計値のみで、個票はお渡ししない方針です。
来週のお打ち合わせで、評価項目の不足がないかご確認いただけますと幸いです。
"""))

    M.append(mail(
        "b_renewal_chain", "pass", "benign.reply_chain_partner_staff",
        "契約更新の日程調整の返信チェーンで、取引先担当者の氏名・署名以外に個人情報を含まないため。",
        B1, "none",
        [addr("Ken Arakawa (Sankei Foods)", "arakawa@sankei-foods.example.co.jp")],
        "Re: Re: Contract renewal meeting – Sankei Foods",
        """
Arakawa-san,

Thanks for checking with Ms. Yoshino. 10 July at 15:00 works for us.
I will bring our Head of Sales, Ryo Tachibana, and send a Teams link for Mr. Gupta in Singapore.

Agenda (draft):
1) Usage review FY2024 (seats 85 → 112)
2) Renewal terms and the new AI add-on
3) SSO migration to your new IdP

See you then,
""",
        cc=[addr("吉野 真理 (Sankei Foods)", "m.yoshino@sankei-foods.example.co.jp"),
            addr("Ryo Tachibana (Flowlink)", f"r.tachibana@{DOM}")],
        quoted="""
On Tue, 17 Jun 2025 at 11:05, Ken Arakawa <arakawa@sankei-foods.example.co.jp> wrote:
> Saeki-san,
> Ms. Yoshino (our procurement manager) can join on 10 July afternoon. Would 15:00 work?
> Our regional IT lead, Mr. Anil Gupta, would like to join online from Singapore.
> Best regards,
> Ken Arakawa
> Sankei Foods Co., Ltd. | IT Planning Dept.
> Tel 03-0000-4471 | arakawa@sankei-foods.example.co.jp
>
> On Mon, 16 Jun 2025 at 18:20, Takumi Saeki <t.saeki@flowlink.example.com> wrote:
>> Arakawa-san,
>> Your contract renews on 31 August. Could we meet in early July to review usage and the renewal terms?
>> Takumi
"""))

    return M
