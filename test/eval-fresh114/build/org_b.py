"""Org B: 株式会社クラウドリーフ カスタマーサポート (payroll SaaS support; some English)."""
import unicodedata

from common import M, P, addr, att, csv_text, group4, hojin_number, luhn_complete, mynumber, quote

D = "cloudleaf.example.co.jp"
ORG = "B"
SASAKI = addr("佐々木 翔太", f"sasaki.shota@{D}")
PRIYA = addr("Priya Nair", f"priya.nair@{D}")
MIYAMOTO = addr("宮本 綾", f"miyamoto.aya@{D}")

SIG_S = """-------------------------------------------
株式会社クラウドリーフ カスタマーサポート部
佐々木 翔太 / Shota Sasaki
サポート窓口：0120-000-482（平日 9:00-18:00）
https://support.cloudleaf.example.co.jp/
-------------------------------------------"""

SIG_P = """Best regards,
Priya Nair
Technical Support Engineer (Tier 2) | CloudLeaf Inc.
priya.nair@cloudleaf.example.co.jp | +81-3-0000-4820"""

SIG_MY = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
株式会社クラウドリーフ
カスタマーサクセス本部　サポートマネージャー
宮本 綾（Aya Miyamoto）
〒150-0000 東京都渋谷区道玄坂1-00-2 リーフタワー12F
TEL：03-0000-4800（代表）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

MINH = addr("Nguyen Van Minh", "minh.nguyen@lotusdev.example.vn")
THU = addr("Tran Thi Thu", "thu.tran@lotusdev.example.vn")


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def mails():
    out = []

    # ------------------------------------------------------------------ holds
    out.append(M(
        ORG, "priya", "body", "hold", "personal.end_user_record_to_vendor",
        "再現用として顧客企業の従業員1名の氏名・生年月日・新旧住所・携帯・私用メールを本文で海外委託先へ送っているため。",
        PRIYA, [MINH],
        "[LP-4471] Payslip PDF shows previous address - repro data",
        f"""Hi Minh,

Following up on LP-4471. The customer (Hoshino Foods, tenant t-58213) confirmed the issue again this morning,
so here is the actual record so you can reproduce it on staging:

  Employee code : E-10342
  Name          : 河合 美咲 (KAWAI MISAKI)
  Date of birth : 1990-04-17
  Current addr. : 神奈川県川崎市中原区小杉町3-000-12 パークコート小杉 804
  Previous addr.: 東京都大田区田園調布2-00-7
  Mobile        : 080-0000-5530
  Private email : misaki.kawai0417@yahoo.co.jp

She moved on 5/20 and HR updated the address on 5/22, but the June payslip PDF still prints the
previous address. The web view is correct, only the PDF is wrong. My guess is the PDF job reads the
address from the snapshot taken at payroll close (5/25?) instead of the employee master.

Could you check and give me an ETA by Friday? The customer wants to re-issue before the 6/25 payday.

{SIG_P}""",
        personal=[P("name", "河合 美咲"), P("birth_date", "1990-04-17"),
                  P("address", "神奈川県川崎市中原区小杉町3-000-12 パークコート小杉 804"),
                  P("phone", "080-0000-5530"), P("email_address", "misaki.kawai0417@yahoo.co.jp")],
    ))

    card = luhn_complete("498000001122334")
    out.append(M(
        ORG, "sasaki", "body", "hold", "id.card_number",
        "個人事業主のお客様のカード番号全桁と有効期限・名義を本文に書いて決済代行会社へメールしているため。",
        SASAKI, [addr("ペイゲート株式会社 加盟店サポート", "merchant-support@paygate.example.co.jp")],
        "カード情報変更のご依頼（契約ID CL-220871）",
        f"""ペイゲート株式会社
加盟店サポート ご担当者様

いつもお世話になっております。クラウドリーフ カスタマーサポートの佐々木です。

個人事業主のお客様より、お電話でお支払いカードの変更依頼を受けました。
管理画面から変更できないとのことで、代理での登録をお願いできますでしょうか。

　契約ID　：CL-220871
　ご契約者：遠藤 拓真 様（遠藤デザイン事務所）
　カード番号：{group4(card)}
　有効期限：09/28
　名義　　：TAKUMA ENDO

7月分の請求（7/1）から新しいカードでの決済を希望されています。
お手数ですが、よろしくお願いいたします。

{SIG_S}""",
        personal=[P("name", "遠藤 拓真"), P("card_number", group4(card)), P("card_expiry", "09/28")],
    ))

    out.append(M(
        ORG, "miyamoto", "body", "hold", "sensitive.criminal_record",
        "顧問弁護士への相談でも、特定の顧客の氏名・住所・電話と前科・執行猶予中という犯罪歴を本文に書いて外部へ送っているため。",
        MIYAMOTO, [addr("さくら坂法律事務所 弁護士 高木 様", "takagi@sakurazaka-law.example.jp")],
        "カスタマーハラスメント事案のご相談（継続）",
        f"""高木先生

いつも大変お世話になっております。クラウドリーフの宮本でございます。
先週お電話でご相談したお客様の件、経緯を整理いたしましたのでお送りいたします。

■お客様情報
　氏名：相沢 勝也 様（個人事業主「相沢商店」代表）
　住所：埼玉県所沢市東町00-14
　電話：090-0000-3378

■経緯
　・5/28～6/10の間に計23回の入電（1回あたり平均42分）
　・返金要求（年額プラン残期間分）を担当者が規約に沿ってお断りしたところ、
　　「俺は前に傷害で捕まったことがある、会社まで行くぞ」との発言あり（6/6 通話録音あり）
　・6/9には当社受付に来訪し、約1時間滞在
　・ご本人の話では、現在も執行猶予中とのこと

■ご相談事項
　1．今後の対応窓口を書面で一本化する旨の通知文案
　2．警察へ相談するタイミング
　3．規約第14条に基づく契約解除の可否

通話録音データは、ご指示いただければ別途お渡しいたします。
お忙しいところ恐縮ですが、ご助言のほどよろしくお願い申し上げます。

{SIG_MY}""",
        personal=[P("name", "相沢 勝也"), P("address", "埼玉県所沢市東町00-14"), P("phone", "090-0000-3378"),
                  P("criminal_record", "傷害で捕まったことがある"), P("criminal_record", "執行猶予中")],
    ))

    trial = csv_text([
        ["会社名", "部署", "氏名", "電話", "メールアドレス", "トライアル開始日"],
        ["株式会社たちばな製作所", "総務課", "立花 美由紀", "048-000-2210", "m.tachibana@tachibana-ss.example.co.jp", "2025-05-19"],
        ["有限会社つばめ運送", "経理", "川口 修", "0276-00-4418", "kawaguchi@tsubame-unso.example.jp", "2025-05-21"],
        ["ことり保育園", "事務長", "岡部 由香", "03-0000-7761", "okabe@kotori-hoiku.example.or.jp", "2025-05-26"],
        ["西田社労士事務所", "代表", "西田 浩二", "090-0000-1185", "koji.nishida.sr@gmail.com", "2025-05-28"],
        ["株式会社ベイサイド不動産", "管理部", "望月 彩", "045-000-3092", "mochizuki@bayside-re.example.co.jp", "2025-06-02"],
        ["医療法人 さかえ会", "人事課", "荒井 智之", "052-000-6647", "arai@sakae-kai.example.or.jp", "2025-06-03"],
        ["(個人) 料理教室 はな", "", "花田 久美子", "080-0000-9921", "hana.cooking.kumiko@outlook.com", "2025-06-05"],
        ["株式会社グリーンパス", "人事総務部", "村瀬 拓", "06-0000-5513", "murase@greenpath.example.co.jp", "2025-06-06"],
    ])
    out.append(M(
        ORG, "sasaki", "attachment", "hold", "list.trial_user_csv",
        "トライアル利用者8名の氏名・電話・メールアドレスの一覧CSVを外部の配信業者へ添付して送っているため。",
        SASAKI, [addr("メールリンク株式会社 配信オペレーション 堀 様", "hori@maillink.example.co.jp")],
        "ウェビナー案内 配信リストのご送付（6/26配信分）",
        f"""メールリンク株式会社
配信オペレーション 堀様

お世話になっております。クラウドリーフの佐々木です。
6/26（木）10:00配信分のリストを添付いたします。

・対象：5月中旬以降にトライアルを開始したお客様（8件）
・差込項目：会社名、氏名
・配信文面は昨日お送りした「v3_最終」版でお願いします

テスト配信は、私（sasaki.shota@cloudleaf.example.co.jp）宛てにお願いいたします。

{SIG_S}""",
        attachments=[att("webinar_list_0626.csv", trial)],
        personal=[P("name", "立花 美由紀"), P("name", "西田 浩二"), P("email_address", "koji.nishida.sr@gmail.com"),
                  P("name", "花田 久美子"), P("phone", "080-0000-9921")],
    ))

    mn1 = mynumber("30871552640")
    mn2 = mynumber("61294037718")
    mn3 = mynumber("84410296553")
    mn1_fw = fullwidth(mn1)
    log = f"""2025-06-11T02:14:07.118+09:00 INFO  [imp-88213] start tenant=t-40977 file=社員マスタ_202506.csv rows=412 encoding=UTF-8
2025-06-11T02:14:08.904+09:00 INFO  [imp-88213] header ok (31 columns)
2025-06-11T02:14:09.502+09:00 ERROR [imp-88213] row=57 E2207 invalid checksum: 個人番号="{mn1_fw}" 社員番号=K-0457 氏名="大西 隼人" 生年月日=1986-02-19
2025-06-11T02:14:09.733+09:00 ERROR [imp-88213] row=131 E2207 invalid checksum: 個人番号="{mn2} " 社員番号=K-1093 氏名="篠原 美里" 生年月日=1992-10-05
2025-06-11T02:14:10.016+09:00 ERROR [imp-88213] row=288 E2207 invalid checksum: 個人番号="{group4(mn3, '-')}" 社員番号=K-2271 氏名="小川 悠斗" 生年月日=1999-07-28
2025-06-11T02:14:12.440+09:00 WARN  [imp-88213] 3 rows rejected, 409 rows committed
2025-06-11T02:14:12.441+09:00 INFO  [imp-88213] done elapsed=5.32s
"""
    out.append(M(
        ORG, "priya", "attachment", "hold", "id.my_number_in_log",
        "添付のインポートログに従業員3名の氏名・生年月日とマイナンバー全桁が出力されたまま海外委託先へ送っているため。",
        PRIYA, [MINH], "[LP-4488] Nightly import rejects valid My Number values (Kanda Logistics)",
        f"""Hi Minh,

The nightly import for tenant t-40977 (Kanda Logistics) failed again last night. Log attached.
3 rows were rejected with E2207 "invalid checksum", but I checked them by hand and the check digits
are actually fine. It looks like the validator doesn't normalise the input first:

  - row 57 : full-width digits
  - row 131: trailing space
  - row 288: hyphens between groups

Can we strip/normalise before the checksum step? The customer re-runs the import every night,
so the same 3 rows will keep failing until this is fixed.

{SIG_P}""",
        cc=[THU],
        attachments=[att("import_error_0611.log", log, "text/plain")],
        personal=[P("name", "大西 隼人"), P("my_number", mn1_fw), P("name", "篠原 美里"), P("my_number", mn2),
                  P("name", "小川 悠斗"), P("my_number", group4(mn3, "-"))],
    ))

    ticket = """クラウドリーフ サポート御中

お世話になっております。ミナト精機 人事部の片山です。
従業員の 山岸 健太（社員番号 M-0712）について、特別障害者の設定をしていますが、
6月分の源泉徴収額が控除なしの金額で計算されています。

本人は身体障害者手帳1級（下肢機能障害）で、4月に手帳の写しを提出済みです。
扶養している長女も障害者（療育手帳B1）として登録しています。
設定画面のスクリーンショットを添付しますので、ご確認をお願いします。

支給日が6/25のため、6/20までにご回答いただけると助かります。

ミナト精機株式会社 人事部 片山"""
    out.append(M(
        ORG, "priya", "quoted", "hold", "sensitive.disability_in_ticket",
        "転送した顧客チケットに従業員の氏名と身体障害者手帳の等級・家族の療育手帳という要配慮情報が含まれ、海外委託先へ送っているため。",
        PRIYA, [THU], "FW: [LP-4502] Disability deduction not applied in June withholding",
        f"""Hi Thu,

Forwarding a ticket from Minato Seiki's HR (tenant t-31150). They report that the special disability
deduction for one employee (and a dependent) is not reflected in the June withholding calculation,
although the flags are set in the employee master.

Could you check whether the calc engine picks up the deduction after the 2025 table update?
Ticket below in Japanese, sorry - ping me if anything is unclear.

Priya

-----Original Message-----
From: ミナト精機 人事部 片山 <katayama@minato-seiki.example.co.jp>
Sent: Tuesday, June 10, 2025 16:22
To: CloudLeaf サポート <support@cloudleaf.example.co.jp>
Subject: 源泉徴収の控除が反映されない件

{ticket}""",
        personal=[P("name", "山岸 健太"), P("disability", "特別障害者"), P("disability", "身体障害者手帳1級"),
                  P("disability", "療育手帳B1")],
    ))

    hokuto = """いつもお世話になっております。北斗運輸の村上です。
6月分の振込データを作成したところ、下記2名が銀行側でエラーになりました。
口座情報は社員から提出された内容のまま登録しています。

　・杉本 大地　ひかり銀行 港北支店 普通 3318240
　・青木 里奈　ゆうちょ銀行 記号10130 番号28815061

どちらも先月入社の者です。支給日が6/25なので急ぎ確認をお願いします。

北斗運輸株式会社 総務部 村上 恭子
TEL 045-000-7120"""
    out.append(M(
        ORG, "sasaki", "quoted", "hold", "id.bank_account_forwarded",
        "引用部分に顧客企業の従業員2名の氏名と個人の給与振込口座が含まれ、それを外部の導入支援会社へ転送しているため。",
        SASAKI, [addr("株式会社ブリッジワークス 岡田 様", "okada@bridgeworks.example.co.jp")],
        "Fw: 給与振込データの件（北斗運輸様）",
        f"""ブリッジワークス 岡田様

お世話になっております。クラウドリーフの佐々木です。
北斗運輸様の導入支援、いつもありがとうございます。

下記お客様からのお問い合わせ、振込データ（全銀フォーマット）の設定まわりのため、
導入支援の範囲でご対応いただけますでしょうか。
ゆうちょ口座の変換ルールあたりが怪しい気がしています。

お手数ですがよろしくお願いいたします。
佐々木

________________________________
差出人: 北斗運輸株式会社 総務部 村上 <murakami@hokuto-unyu.example.co.jp>
送信日時: 2025年6月11日 10:05
宛先: support@cloudleaf.example.co.jp
件名: 給与振込データの件

{hokuto}""",
        personal=[P("name", "杉本 大地"), P("bank_account", "ひかり銀行 港北支店 普通 3318240"),
                  P("name", "青木 里奈"), P("bank_account", "記号10130 番号28815061")],
    ))

    out.append(M(
        ORG, "miyamoto", "subject", "hold", "id.refund_account_subject",
        "件名に返金先である個人の氏名と銀行口座番号が書かれたまま外部の経理代行会社へ送られているため。",
        MIYAMOTO, [addr("アカウンティング・パートナーズ 支払担当", "ap@accounting-partners.example.co.jp")],
        "【返金依頼】小野寺 誠 様 ことぶき信用金庫 渋谷支店 普通 4471920",
        """支払担当 ご担当者様

標記の件、解約に伴う日割り返金 13,200円（税込）のお振込をお願いいたします。
承認番号：RF-2025-0611-03

処理後、ご一報いただけますと幸いです。

宮本""",
        personal=[P("name", "小野寺 誠"), P("bank_account", "ことぶき信用金庫 渋谷支店 普通 4471920")],
    ))

    master = csv_text([
        ["社員番号", "氏名", "生年月日", "住所", "基礎年金番号", "雇用保険被保険者番号", "入社日"],
        ["H001", "野村 和夫", "1968/03/22", "千葉県船橋市本町4-00-6", "1234-560781", "5013-220418-3", "1991/04/01"],
        ["H014", "今井 恵美", "1981/12/09", "千葉県市川市八幡2-00-15", "4410-287735", "5013-418862-0", "2006/10/01"],
        ["H027", "桑原 翼", "1995/06/30", "東京都江戸川区西葛西5-00-1", "7702-119054", "5013-706231-7", "2018/04/01"],
        ["H033", "森 さくら", "2000/01/14", "千葉県浦安市猫実1-00-8", "8815-330642", "5013-901155-2", "2022/04/01"],
    ])
    memo = """ひばり食品様 移行メモ（2025/06/12 宮本）
- 旧システム：給与奉行系の独自カスタマイズ版からのCSV出力
- 文字コード：Shift_JIS → UTF-8 変換済み
- 退職者（2019年以前）は移行対象外
- 部門コードは新体系（3桁）へ変換表で置換すること
"""
    out.append(M(
        ORG, "miyamoto", "zip", "hold", "id.pension_number_zip",
        "zip内の社員マスタに従業員の氏名・生年月日・住所と基礎年金番号・雇用保険被保険者番号が含まれ、外部の移行業者へ送っているため。",
        MIYAMOTO, [addr("データシフト株式会社 松田 様", "matsuda@datashift.example.co.jp")],
        "移行データ一式の送付（ひばり食品様）",
        f"""データシフト株式会社
移行チーム　松田 様

いつもお世話になっております。クラウドリーフの宮本でございます。
ひばり食品様の旧システムから抽出した社員マスタと移行メモを、zipにまとめて添付いたします。

本番移行は6/28（土）を予定しております。
事前検証で不整合がございましたら、6/20（金）までにお知らせいただけますと幸いです。

よろしくお願いいたします。

{SIG_MY}""",
        attachments=[att("hibari_migration.zip/社員マスタ.csv", master),
                     att("hibari_migration.zip/移行メモ.txt", memo, "text/plain")],
        personal=[P("name", "野村 和夫"), P("pension_number", "1234-560781"), P("name", "今井 恵美"),
                  P("pension_number", "4410-287735"), P("employment_insurance_number", "5013-706231-7")],
    ))

    users = [
        addr("星野フーズ 人事部 三浦様", "miura@hoshino-foods.example.co.jp"),
        addr("ミナト精機 片山様", "katayama@minato-seiki.example.co.jp"),
        addr("北斗運輸 村上様", "murakami@hokuto-unyu.example.co.jp"),
        addr("神田ロジスティクス 総務 平田様", "hirata@kanda-logi.example.co.jp"),
        addr("ひばり食品 管理部 酒井様", "sakai@hibari-foods.example.co.jp"),
        addr("たちばな製作所 立花様", "m.tachibana@tachibana-ss.example.co.jp"),
        addr("ことり保育園 岡部様", "okabe@kotori-hoiku.example.or.jp"),
        addr("西田 浩二", "koji.nishida.sr@gmail.com"),
        addr("ベイサイド不動産 望月様", "mochizuki@bayside-re.example.co.jp"),
        addr("医療法人さかえ会 荒井様", "arai@sakae-kai.example.or.jp"),
        addr("グリーンパス 村瀬様", "murase@greenpath.example.co.jp"),
        addr("遠藤デザイン事務所 遠藤様", "endo.design.office@outlook.com"),
        addr("Nordvik Japan HR", "hr-japan@nordvik.example.com"),
        addr("吉野デザイン室 経理", "keiri@yoshino-design.example.jp"),
    ]
    out.append(M(
        ORG, "miyamoto", "recipients", "hold", "recipients.user_group_invite",
        "14件の顧客企業・個人事業主のアドレスをToに並べて送っており、顧客同士に連絡先と利用事実が見えてしまうため。",
        MIYAMOTO, users,
        "LeafPay ユーザー会 2025 夏（7/24開催）のご案内",
        f"""LeafPayをご利用の皆様

平素よりLeafPay給与をご利用いただき、誠にありがとうございます。
株式会社クラウドリーフの宮本でございます。

このたび、ユーザー会「LeafPay Meetup 2025 Summer」を下記のとおり開催いたします。

　日時：2025年7月24日（木）15:00～18:00（懇親会 18:15～）
　会場：リーフタワー12F イベントスペース
　内容：
　　・2025年度 年末調整機能のロードマップ
　　・ユーザー事例紹介（2社）
　　・サポート窓口との座談会
　参加費：無料

お申込みは、7月11日（金）までにこのメールへご返信ください。
皆様のご参加を心よりお待ちしております。

{SIG_MY}""",
        personal=[P("email_address", "koji.nishida.sr@gmail.com"),
                  P("email_address", "endo.design.office@outlook.com"),
                  P("email_address", "katayama@minato-seiki.example.co.jp")],
    ))

    # ----------------------------------------------------------------- passes
    out.append(M(
        ORG, "priya", "none", "pass", "benign.incident_report",
        "サービス障害の報告書で、障害はシステム停止の意味であり、ハッシュ値やIDも個人の情報ではないため。",
        PRIYA, [addr("Sarah Lindqvist", "sarah.lindqvist@nordvik.example.com")],
        "Incident report: LeafPay login failures on June 10 (障害報告)",
        f"""Dear Ms. Lindqvist,

Thank you for your patience yesterday. Please find below our incident report for the login failures
that affected your tenant (t-60218) and others on June 10.

Summary
  - Impact   : users could not log in to LeafPay web / mobile (HTTP 502)
  - Duration : 2025-06-10 09:12 - 10:47 JST (95 min)
  - Scope    : about 38% of tenants hosted in region ap-northeast-x
  - Data     : no data loss, no unauthorised access

Root cause
  A configuration change to the session store was rolled out with an incorrect connection limit.
  Config revision: 7f3c9a1e5b20d8c4e6f1a9b3c2d7e8f01a4b6c9d2e3f5a7b8c1d0e9f2a3b4c5d (SHA-256)

Corrective actions
  1. Rolled back at 10:41, full recovery confirmed 10:47
  2. Added a canary stage for session-store changes (done)
  3. Status page updates within 15 minutes of detection (from July)

日本語版の障害報告書は、本日中に人事部の皆様宛てにPDFでお送りします。
If you have any questions, please reply to this mail or call our support line.

{SIG_P}""",
    ))

    out.append(M(
        ORG, "sasaki", "none", "pass", "benign.masked_card_expiry",
        "カード有効期限切れの案内で、カード番号は下4桁以外マスクされており全桁を含まないため。",
        SASAKI, [addr("吉野デザイン室 経理ご担当者様", "keiri@yoshino-design.example.jp")],
        "【LeafPay】ご登録カードの有効期限についてのお知らせ",
        f"""有限会社 吉野デザイン室
経理ご担当者様

いつもLeafPayをご利用いただき、ありがとうございます。
クラウドリーフ カスタマーサポートの佐々木です。

お支払いにご登録のクレジットカードの有効期限が、まもなく切れる予定です。

　ご登録カード：VISA　****-****-****-4242
　有効期限　　：2025年7月
　次回請求日　：2025年8月1日

お手数ですが、管理画面の［契約情報］→［お支払い方法］から、
7月31日までに新しいカード情報へご更新をお願いいたします。
※セキュリティのため、カード番号はメールやお電話では承っておりません。

ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_S}""",
    ))

    out.append(M(
        ORG, "priya", "none", "pass", "benign.dev_minutes_test_card",
        "開発定例の議事録で、出てくるカード番号はテスト環境用の公開テスト番号であり実在顧客のものではないため。",
        PRIYA, [MINH, THU], "Minutes: weekly sync 2025-06-12 (billing sandbox)",
        f"""Hi both,

Minutes from today's sync. Please correct me if I missed anything.

Attendees: Minh, Thu (Lotus Dev), Priya, Kenji (CloudLeaf)

1. Billing sandbox
   - Paygate sandbox is back. Use the standard test card 4111 1111 1111 1111, exp 12/30, CVC 123.
   - 3-D Secure test: any amount ending in .07 triggers the challenge screen.
   - Reminder: never paste real customer cards into Jira, even masked ones with more than last 4.

2. LP-4471 (payslip PDF address)
   - Minh reproduced it. Fix in 4.12.1, target 6/19.

3. LP-4488 (import checksum)
   - Thu will add NFKC normalisation + strip before validation. Unit tests with 20 generated numbers.

4. Next sync: 6/19 (Thu) 16:00 JST / 14:00 ICT

Thanks,
Priya""",
        cc=[addr("Kenji Hayashi", f"hayashi.kenji@{D}")],
    ))

    out.append(M(
        ORG, "miyamoto", "none", "pass", "benign.swift_invoice",
        "海外再販パートナーへの請求案内で、SWIFTコード付きの振込先は当社の法人口座であり個人の口座ではないため。",
        MIYAMOTO, [addr("Michael Brennan", "m.brennan@harborline-systems.example.com")],
        "Invoice CL-INV-2025-0612 (Q2 reseller licence fees)",
        f"""Dear Michael,

I hope this finds you well. Please find attached our invoice for the Q2 reseller licence fees.

  Invoice no.  : CL-INV-2025-0612
  Amount       : USD 18,400.00
  Payment due  : July 31, 2025

Remittance details (corporate account):
  Beneficiary  : CloudLeaf Inc.
  Bank         : Kojimachi Global Bank, Shibuya Branch
  SWIFT/BIC    : KJGBJPJT
  Account no.  : 0000614  (ordinary)
  Bank address : 1-0-2 Dogenzaka, Shibuya-ku, Tokyo, Japan

Please note that our bank account has not changed. If you ever receive a mail asking you to pay
into a different account, please call me before making any transfer.

Kind regards,
Aya Miyamoto
Support Manager, Customer Success | CloudLeaf Inc.
TEL +81-3-0000-4800""",
    ))

    out.append(M(
        ORG, "sasaki", "none", "pass", "benign.license_keys",
        "追加ライセンスの発行通知で、並ぶ英数字はライセンスキーと注文番号であり個人の情報ではないため。",
        SASAKI, [addr("株式会社グリーンパス 村瀬 様", "murase@greenpath.example.co.jp")],
        "追加ライセンス発行のお知らせ（ご注文番号 ORD-2025-06-1187）",
        f"""株式会社グリーンパス
人事総務部　村瀬 様

いつもお世話になっております。クラウドリーフの佐々木です。
ご注文いただいた追加ライセンスを発行いたしましたので、お知らせします。

■ご注文番号：ORD-2025-06-1187
■内容：LeafPay 打刻端末オプション × 3台

　端末シリアル　　　　ライセンスキー
　LPT-2409-00318　　　7HQK-2M9X-PL4W-8TRD
　LPT-2409-00319　　　C3VN-6YJB-QE2S-5FGA
　LPT-2409-00320　　　R8WU-1DKZ-MH7C-4NEP

管理画面の［設定］→［端末管理］で、シリアルとキーを入力してください。
有効期間：2025年6月12日～2026年6月11日

{SIG_S}""",
    ))

    out.append(M(
        ORG, "miyamoto", "none", "pass", "benign.corporate_number",
        "取引先登録の回答で、記載の法人番号・インボイス登録番号は公開された法人の番号であり個人番号ではないため。",
        MIYAMOTO, [addr("株式会社たちばな製作所 購買課", "kobai@tachibana-ss.example.co.jp")],
        "取引先登録書類のご提出について",
        """株式会社たちばな製作所
購買課 ご担当者様

お世話になっております。株式会社クラウドリーフの宮本でございます。
このたびはLeafPayの本契約をいただき、誠にありがとうございます。
ご依頼の取引先登録につきまして、以下のとおりご回答いたします。

　商号　　　　　　：株式会社クラウドリーフ
　法人番号　　　　：{HOJIN}
　適格請求書発行事業者登録番号：T{HOJIN}
　所在地　　　　　：東京都渋谷区道玄坂1-00-2 リーフタワー12F
　代表者　　　　　：代表取締役 加藤 洋平
　取引銀行　　　　：麹町グローバル銀行 渋谷支店 普通 0000614（名義：カ）クラウドリーフ）
　ご請求窓口　　　：経理部 billing@cloudleaf.example.co.jp

登記事項証明書と反社会的勢力に関する誓約書は、本日原本を郵送いたしました。

{SIG_MY}""".replace("{HOJIN}", hojin_number("011000012345")).replace("{SIG_MY}", SIG_MY),
    ))

    out.append(M(
        ORG, "priya", "none", "pass", "benign.malware_quarantine",
        "社内端末のマルウェア感染疑いと隔離の連絡で、感染・隔離はIT上の意味であり個人の健康情報ではないため。",
        PRIYA, [addr("Blueshield SOC", "soc@blueshield-security.example.com")],
        "Re: [ALERT-20250612-0931] EDR detection on CL-SUP-LT-027 / 隔離済み",
        f"""Hi SOC team,

Thanks for the alert. Confirming from our side:

- Host CL-SUP-LT-027 (support team laptop) has been network-isolated via EDR at 09:52 JST.
- The user opened an attachment "請求書_0612.xlsm" from an external sender at 09:27.
- SHA-256 of the file: 3b8e0f91c4d27a56e1f0b9a8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8
- No customer data is stored locally on that laptop (VDI only), but please confirm whether the
  sample tried to reach any C2 host.

マルウェア感染の範囲が確定するまで、同じ送信元からのメールはゲートウェイで隔離のままでお願いします。
We will re-image the laptop after your analysis.

{SIG_P}""",
        cc=[addr("情報システム部 小田", f"oda.it@{D}")],
    ))

    out.append(M(
        ORG, "sasaki", "none", "pass", "benign.product_name_katakana",
        "新機能のリリース案内で、「ハルカ」「サクラ」は製品・機能の名前であり人名や個人情報ではないため。",
        SASAKI, [addr("ことり保育園 岡部 様", "okabe@kotori-hoiku.example.or.jp")],
        "【新機能】AIアシスタント「ハルカ」と問い合わせボット「サクラ」提供開始のお知らせ",
        f"""ことり保育園
事務長　岡部 様

いつもお世話になっております。クラウドリーフの佐々木です。
先日ご要望をいただいていた機能について、リリースのご案内です！

■AIアシスタント「ハルカ」（6/23提供開始）
　給与明細の内容について、職員の方がチャットで質問できる機能です。
　例）「ハルカ、今月の残業代の内訳を教えて」
　※ハルカが回答できるのは、ご本人の明細に関する内容だけです。

■問い合わせボット「サクラ」
　管理者の方向けに、年末調整や設定方法の質問に24時間お答えします。
　サクラで解決しない場合は、そのまま有人サポートにおつなぎします。

どちらも現在のプランのまま、追加費用なしでお使いいただけます。
設定方法はヘルプセンターの記事「HC-2031」をご覧ください。

{SIG_S}""",
    ))

    chain1 = """宮本様

ご調整ありがとうございます。では7/2（水）14:00で確定とさせてください。
当日は弊社から私と、新任の 中川 が伺います。
議題案を添付しますので、追加があればご指摘ください。

――
株式会社ブリッジワークス
パートナー営業部 部長　岡田 正樹
TEL 03-0000-9150"""
    chain2 = """岡田様

お世話になっております。クラウドリーフの宮本です。
四半期レビューの件、以下の候補でいかがでしょうか。
　・7/1（火）10:00～
　・7/2（水）14:00～
　・7/3（木）16:00～
弊社からは私と、サポート部の佐々木が同席予定です。

宮本"""
    chain3 = """宮本様

いつもお世話になっております。ブリッジワークスの岡田です。
そろそろQ2の四半期レビューの時期かと思いますので、日程のご相談です。
7月第1週あたりで、ご都合のよい日時をいくつかいただけますでしょうか。

岡田"""
    out.append(M(
        ORG, "miyamoto", "none", "pass", "benign.partner_reply_chain",
        "パートナー企業との会議調整の返信チェーンで、担当者名と署名が何度も出てくるだけの日常業務のため。",
        MIYAMOTO, [addr("岡田 正樹", "okada@bridgeworks.example.co.jp")],
        "Re: Re: Re: Q2 四半期レビューの日程について",
        f"""岡田様

承知いたしました。7/2（水）14:00、弊社12F 会議室Aにてお待ちしております。
中川様とは初めてお目にかかりますので、ご挨拶できるのを楽しみにしております。

議題案、拝見しました。
「3. 導入支援の引継ぎフロー」の中で、北斗運輸様の振込データの件も
簡単に振り返りの時間をいただけますと幸いです（個別の口座情報等は扱いません）。

受付で「クラウドリーフ宮本」とお申し付けください。

{SIG_MY}

2025年6月13日(金) 11:20 岡田 正樹 <okada@bridgeworks.example.co.jp>:
{quote(chain1)}
>
> 2025年6月12日(木) 18:05 宮本 綾 <miyamoto.aya@cloudleaf.example.co.jp>:
{quote(chain2, '> > ')}
> >
> > 2025年6月12日(木) 9:31 岡田 正樹 <okada@bridgeworks.example.co.jp>:
{quote(chain3, '> > > ')}""",
        cc=[addr("中川 遼", "nakagawa@bridgeworks.example.co.jp"), SASAKI],
    ))

    out.append(M(
        ORG, "sasaki", "none", "pass", "benign.project_six_recipients",
        "導入プロジェクトの連絡で、見えている外部宛先は顧客とパートナーの2社6名だけであり一斉送信の漏えいではないため。",
        SASAKI,
        [addr("神田ロジスティクス 平田様", "hirata@kanda-logi.example.co.jp"),
         addr("神田ロジスティクス 大橋様", "ohashi@kanda-logi.example.co.jp"),
         addr("神田ロジスティクス 情報システム 久保様", "kubo@kanda-logi.example.co.jp"),
         addr("神田ロジスティクス 経理 宇田様", "uda@kanda-logi.example.co.jp")],
        "【神田ロジスティクス様】LeafPay導入プロジェクト 第3回定例のご案内",
        f"""神田ロジスティクス株式会社
平田様、大橋様、久保様、宇田様
（cc：ブリッジワークス 岡田様、中川様）

いつもお世話になっております。クラウドリーフの佐々木です。
第3回定例会を下記のとおり開催いたします。

日時：6月19日（木）10:00～11:00
場所：オンライン（会議URLは前回と同じです）
議題：
　1. 夜間インポートのエラー対応状況（LP-4488、6/19修正予定）
　2. 7月分給与の並行稼働スケジュール
　3. 打刻端末の設置場所（倉庫3拠点）
　4. 次回以降の進め方

資料は前日までに共有フォルダへ格納いたします。
ご都合が悪い方がいらっしゃいましたら、お知らせください。

{SIG_S}""",
        cc=[addr("ブリッジワークス 岡田様", "okada@bridgeworks.example.co.jp"),
            addr("ブリッジワークス 中川様", "nakagawa@bridgeworks.example.co.jp"),
            MIYAMOTO],
    ))
    return out
