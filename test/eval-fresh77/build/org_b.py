"""(B) 株式会社北浜自動車教習所（北浜ドライビングスクール）— driving school, Saitama."""
from common import (mail, addr, att, enc_zip, P, csv_text, quote, luhn_complete, grp4)

ORG = "B"
NAME = "株式会社北浜自動車教習所"
DOMAIN = "kitahama-ds.example.co.jp"

AIZAWA = addr("相沢 健吾", "aizawa@" + DOMAIN)
MIYASHITA = addr("宮下 さやか", "miyashita@" + DOMAIN)
TAKEUCHI = addr("竹内 里美", "takeuchi@" + DOMAIN)

SIG_AIZAWA = """
─────────────────────────────
株式会社北浜自動車教習所（北浜ドライビングスクール）
教務課 課長　相沢 健吾
〒350-0099 埼玉県川越市北浜町2-19-9
TEL 049-0000-3300　FAX 049-0000-3301
aizawa@kitahama-ds.example.co.jp
埼玉県公安委員会指定自動車教習所
─────────────────────────────
"""

SIG_MIYASHITA = """
**************************************
北浜ドライビングスクール 営業企画課
宮下 さやか（Sayaka Miyashita）
☎ 049-0000-3310（入校受付直通）
✉ miyashita@kitahama-ds.example.co.jp
合宿免許・法人研修のご相談はお気軽にどうぞ！
**************************************
"""

SIG_TAKEUCHI = """
---
株式会社北浜自動車教習所　総務経理課
竹内 里美
TEL 049-0000-3300（内線21）／ FAX 049-0000-3301
takeuchi@kitahama-ds.example.co.jp
"""

MAILS = []
add = MAILS.append

# ====================================================================== HOLDS
# ---- body 1: progress table of co-op students
add(mail(
    "miyashita", "body", "hold", "list.coop_students_progress",
    "A table of six students with student numbers, birth dates, mobile numbers and progress goes to a university co-op.",
    MIYASHITA, [addr("武蔵野台大学生協 旅行・免許カウンター 坂本様", "menkyo@musashinodai-coop.example.jp")],
    "生協経由お申込みの学生さん　教習進捗のご報告（5月末時点）",
    """
武蔵野台大学生活協同組合
旅行・免許カウンター 坂本様

いつもお世話になっております。北浜ドライビングスクールの宮下です。
生協さん経由でお申込みいただいた学生さんの、5月末時点の進捗をお送りします。
夏休み前の卒業を目指している方が多いので、学内でお声がけいただけると助かります。

氏名　　　　　学籍番号　　生年月日　　　携帯　　　　　　　進捗
------------------------------------------------------------------------
青柳 颯太　　 E23-1045　　2005/06/19　　090-0000-7781　　第一段階 技能 10/15h
井口 結衣　　 L24-0312　　2006/01/08　　080-0000-2219　　第二段階 技能 4/19h
上原 大翔　　 S23-2207　　2004/11/30　　070-0000-5530　　仮免 不合格1回
江口 未来　　 E24-1188　　2005/09/02　　090-0000-6643　　第一段階 学科 5/10h（3週間 予約なし）
小川 蒼　　　 K22-0904　　2003/04/15　　080-0000-9912　　卒検 6/7予定
金井 陽菜　　 L24-0457　　2006/02/27　　090-0000-3008　　入校手続のみ（未受講）

江口さん・金井さんは教習期限（入校から9か月）がありますので、
一度ご本人に連絡を入れるよう伝えていただけますでしょうか。

よろしくお願いいたします。
""" + SIG_MIYASHITA,
    personal=[P("name", "青柳 颯太"), P("birthdate", "2005/06/19"), P("phone", "090-0000-7781"),
              P("name", "上原 大翔"), P("phone", "070-0000-5530"), P("name", "金井 陽菜")],
))

# ---- body 2: employee-trainee's epilepsy medication reported to his employer
add(mail(
    "aizawa", "body", "hold", "sensitive.epilepsy_to_employer",
    "Tells a trainee's employer about his anti-epileptic medication and episodes during lessons.",
    AIZAWA, [addr("武州ロジスティクス 人事部 教育担当 梶原様", "kajiwara@bushu-logi.example.co.jp")],
    "大型免許研修 受講者 佐伯様の教習状況について",
    """
武州ロジスティクス株式会社
人事部 教育担当 梶原様

いつもお世話になっております。北浜自動車教習所 教務課の相沢です。
現在、貴社から大型免許研修でお預かりしている佐伯 大地様の件でご相談です。

佐伯様ご本人から、先月より抗てんかん薬の服薬調整中であると申告を受けております。
教習中、5月14日と5月21日の2回、交差点手前で10秒ほど反応がなくなる場面がありました
（指導員が補助ブレーキで停止し、事故には至っておりません）。

ご本人も「薬を変えてから、ぼんやりすることがある」とおっしゃっています。
安全のため、主治医の先生から運転に関するご意見（診断書）をいただけるまで、
技能教習は一旦見合わせとさせていただきたいと考えております。
学科教習は継続可能です。

研修日程の変更が必要になりますので、今後の進め方について一度ご相談させてください。
梶原様のご都合のよい日時をお知らせいただけますでしょうか。
""" + SIG_AIZAWA,
    personal=[P("name", "佐伯 大地"), P("health", "抗てんかん薬の服薬調整中")],
))

# ---- body 3: full card number for a manual charge
CARD_KUBO = luhn_complete("453219000827731")
add(mail(
    "miyashita", "body", "hold", "id.card_manual_charge",
    "A customer's full card number, expiry and name are typed into the body for a manual charge.",
    MIYASHITA, [addr("ペイフロント 加盟店サポート", "merchant-support@payfront.example.co.jp")],
    "【手動決済依頼】合宿免許 お申込み分（加盟店ID KD-30418）",
    """
株式会社ペイフロント
加盟店サポート ご担当者様

いつもお世話になっております。
北浜ドライビングスクール（加盟店ID KD-30418）の宮下です。

Web申込フォームのカード決済がエラーになったお客様から、
お電話でカード情報をお預かりしました。手動での決済処理をお願いできますでしょうか。

　ご利用者名：KUBO HARUTO（久保 陽翔 様）
　カード番号：%s
　有効期限：08/27
　金額：298,000円（合宿免許 普通MT 8月プラン）
　支払回数：1回

処理が完了しましたら、承認番号をお知らせください。
お手数ですがよろしくお願いいたします。
""" % grp4(CARD_KUBO, " ") + SIG_MIYASHITA,
    personal=[P("name", "久保 陽翔"), P("card", grp4(CARD_KUBO, " ")), P("card_expiry", "08/27")],
))

# ---- attachment 1: graduates list to the insurance agent
GRAD_ROWS = [
    ["2025/05/02", "普通AT", "今野 萌", "2006/03/11", "川越市霞ケ関北9-4-2", "090-0000-1203"],
    ["2025/05/02", "普通MT", "須藤 拓真", "2005/08/24", "川越市的場9-15-7", "080-0000-7745"],
    ["2025/05/09", "普通AT", "田所 亜美", "1998/12/01", "坂戸市千代田9-2-18", "070-0000-3361"],
    ["2025/05/16", "準中型", "永瀬 和也", "2003/07/07", "川越市新宿町9-33-1 メゾン新宿102", "090-0000-4470"],
    ["2025/05/16", "普通AT", "西村 朋子", "1977/10/19", "鶴ヶ島市脚折9-8-8", "049-0000-6627"],
    ["2025/05/23", "普通MT", "橋爪 蓮", "2006/01/25", "川越市脇田本町9-6-3", "080-0000-5598"],
    ["2025/05/30", "二輪AT", "古谷 健", "1969/05/05", "川島町上伊草9-120", "090-0000-8812"],
]
add(mail(
    "miyashita", "attachment", "hold", "list.graduates_to_insurer",
    "The attachment lists May graduates with birth dates, home addresses and phones for an insurance agent's sales.",
    MIYASHITA, [addr("かわごえ保険サービス 営業 三好様", "miyoshi@kawagoe-hoken.example.co.jp")],
    "5月卒業生リスト送付の件",
    """
かわごえ保険サービス
三好様

お世話になっております。宮下です。
5月分の卒業生リストを添付いたします。
いつもの通り、自動車保険のご案内の件でご活用ください。

来月の卒業生向けの説明会（6/21）も、引き続きよろしくお願いします。
""" + SIG_MIYASHITA,
    attachments=[att("卒業生リスト_202505.xlsx", csv_text(
        ["卒業日", "車種", "氏名", "生年月日", "住所", "電話"], GRAD_ROWS))],
    personal=[P("name", "須藤 拓真"), P("birthdate", "2005/08/24"), P("address", "川越市的場9-15-7"),
              P("name", "永瀬 和也"), P("phone", "090-0000-4470"), P("name", "西村 朋子")],
))

# ---- attachment 2: trainees' test scores to their employer
SCORE_ROWS = [
    ["BL-01", "佐伯 大地", "大型", "5/07", "第一段階見極め", "再", "進路変更時の確認不足"],
    ["BL-02", "戸川 誠", "大型", "5/07", "第一段階見極め", "良", ""],
    ["BL-03", "丹羽 慎吾", "大型", "5/09", "修了検定", "不合格(62点)", "脱輪による検定中止"],
    ["BL-04", "根岸 洋平", "大型", "5/09", "修了検定", "合格(88点)", ""],
    ["BL-05", "野上 隆", "中型", "5/12", "学科効果測定", "41/50", "合格ライン45点未満"],
    ["BL-06", "浜口 豪", "中型", "5/12", "学科効果測定", "47/50", ""],
]
add(mail(
    "aizawa", "attachment", "hold", "list.trainee_scores_to_employer",
    "The attached sheet gives six named trainees' test results and failure reasons to their employer.",
    AIZAWA, [addr("武州ロジスティクス 人事部 教育担当 梶原様", "kajiwara@bushu-logi.example.co.jp")],
    "大型・中型研修 5月前半の進捗報告",
    """
梶原様

お世話になっております。北浜自動車教習所の相沢です。
5月前半の研修進捗を添付の通りご報告いたします。
全体としては予定どおり進んでおります。

次回報告は5月末を予定しております。
""" + SIG_AIZAWA,
    attachments=[att("研修進捗_武州ロジ_2025-05前半.xlsx", csv_text(
        ["受講番号", "氏名", "車種", "実施日", "項目", "結果", "指導員所見"], SCORE_ROWS))],
    personal=[P("name", "丹羽 慎吾"), P("score", "不合格(62点)"), P("name", "野上 隆"), P("score", "41/50")],
))

# ---- quoted 1: student's inquiry with full contact forwarded to a car dealer
add(mail(
    "miyashita", "quoted", "hold", "personal.inquiry_forward_dealer",
    "A student's inquiry with his address, phone and birth date is forwarded whole to a car dealer.",
    MIYASHITA, [addr("カーステーション川越 店長 大谷様", "otani@carst-kawagoe.example.co.jp")],
    "Fw: 卒業後の車の購入について",
    """
大谷様

お世話になっております。宮下です。
教習生さんから下記の問い合わせがありました。提携割引の件、直接ご案内いただけますか？
軽のMT車をご希望のようです。

""" + SIG_MIYASHITA + """

---------- Forwarded message ---------
From: 松岡 直樹 <naoki.matsuoka.0727@outlook.com>
Date: 2025年6月2日(月) 22:41
Subject: 卒業後の車の購入について
To: <info@kitahama-ds.example.co.jp>

北浜ドライビングスクール御中

いつもお世話になっています。普通MTで教習中の松岡直樹（教習生番号 24-1582）です。
卒業したら中古の軽自動車を買いたいのですが、提携のお店で割引があると聞きました。
詳しく教えていただけますか。

住所：埼玉県川越市今福9-27-3 コーポ今福201
電話：090-0000-6154
生年月日：2006年7月27日（18歳）
予算は50万円くらいです。親がローンの保証人になる予定です。

よろしくお願いします。
""",
    personal=[P("name", "松岡 直樹"), P("address", "埼玉県川越市今福9-27-3 コーポ今福201"),
              P("phone", "090-0000-6154"), P("birthdate", "2006年7月27日"),
              P("email", "naoki.matsuoka.0727@outlook.com")],
))

# ---- quoted 2: accident report with the injured cyclist's details and diagnosis
add(mail(
    "aizawa", "quoted", "hold", "sensitive.accident_injury_forward",
    "The forwarded instructor's report gives a cyclist victim's name, address, phone and injury diagnosis to the insurer.",
    AIZAWA, [addr("さきたま損害保険 川越損害サービス課 内藤様", "naito@sakitama-sonpo.example.co.jp")],
    "Fw: 路上教習中の接触事故報告（6/3）",
    """
さきたま損害保険株式会社
川越損害サービス課 内藤様

お世話になっております。北浜自動車教習所の相沢です。
昨日お電話でご連絡した事故の件、担当指導員の報告を下記に転送いたします。
事故受付番号は KS-25-06-0312 と伺っております。

今後の対応についてご指示をお願いいたします。

""" + SIG_AIZAWA + """

> 差出人: 森田 和幸（指導員）
> 送信日時: 2025年6月3日 17:52
> 宛先: 相沢 健吾
> 件名: 路上教習中の接触事故報告（6/3）
>
> 課長
>
> 本日の事故について報告します。
>
> 日時：6月3日 15:20頃
> 場所：川越市新宿町9丁目 コンビニ前の交差点（左折時）
> 教習車：12号車（普通MT）　教習生：第二段階 山路 楓さん
> 相手方：自転車の女性 吉川 陽子さん（52歳）
> 　住所 川越市新宿町9-41-6、電話 049-0000-8836
>
> 左折時に左後方から直進してきた自転車と接触。補助ブレーキ使用済みでほぼ停止状態でした。
> 相手方は転倒し、救急搬送。川越中央病院で「右膝打撲、頸椎捻挫 全治2週間」の診断と、
> 本人から夕方電話がありました。自転車の前かごが変形しています。
>
> 警察（川越北署）の実況見分済み。山路さんはかなり動揺しており、
> 明日以降の教習はいったんキャンセルとしました。
>
> 森田
""",
    personal=[P("name", "吉川 陽子"), P("address", "川越市新宿町9-41-6"), P("phone", "049-0000-8836"),
              P("health", "右膝打撲、頸椎捻挫 全治2週間"), P("name", "山路 楓")],
))

# ---- subject only: colour vision of a named student
add(mail(
    "aizawa", "subject", "hold", "sensitive.subject_colour_vision",
    "The subject names a student with his colour-vision deficiency; the body only refers to a call.",
    AIZAWA, [addr("かわごえ駅前眼科 事務 新井様", "jimu@kawagoe-ekimae-ganka.example.jp")],
    "教習生 小野寺 蓮さん 色覚異常（第一色覚）の適性についてのご相談",
    """
かわごえ駅前眼科
事務ご担当 新井様

お世話になっております。北浜自動車教習所 教務課の相沢です。
標記の件、先ほどお電話でお話しした件です。
院長先生のご都合のよい日をお知らせいただければ、ご本人に来院していただくよう伝えます。

どうぞよろしくお願いいたします。
""" + SIG_AIZAWA,
    personal=[P("name", "小野寺 蓮"), P("health", "色覚異常（第一色覚）")],
))

# ---- zip: encrypted zip to the corporate customer
add(mail(
    "takeuchi", "zip", "hold", "attachment.encrypted_zip",
    "A password-protected zip (PPAP) is sent outside; its content cannot be checked.",
    TAKEUCHI, [addr("武州ロジスティクス 総務部 経理課", "keiri@bushu-logi.example.co.jp")],
    "研修費用明細・受講者一覧の送付（2025年5月分）",
    """
武州ロジスティクス株式会社
総務部 経理課 御中

いつもお世話になっております。北浜自動車教習所 総務経理課の竹内です。
5月分の研修費用明細と受講者一覧をお送りいたします。

添付：研修費用明細_202505.zip
解凍パスワードは、この後別メールでお送りします。

請求書原本は本日郵送いたしました。
よろしくお願いいたします。
""" + SIG_TAKEUCHI,
    attachments=[enc_zip("研修費用明細_202505.zip")],
))

# ---- recipients: summer camp plan to 12 career centres in To
CAREER_TO = [
    addr("武蔵野台大学 キャリアセンター", "career@musashinodai-u.example.ac.jp"),
    addr("川越国際大学 学生課", "gakusei@kawagoe-kokusai.example.ac.jp"),
    addr("埼玉みらい短期大学 学生支援室", "shien@saitama-mirai-jc.example.ac.jp"),
    addr("東都情報専門学校 事務局", "jimu@toto-joho.example.ac.jp"),
    addr("秩父こぶし大学 厚生課", "kosei@chichibu-kobushi.example.ac.jp"),
    addr("坂戸看護専門学校 教務", "kyomu@sakado-kango.example.ac.jp"),
    addr("所沢デザイン専門学校 学生課", "gakusei@tokorozawa-design.example.ac.jp"),
    addr("入間工科大学 学生支援課", "support@iruma-koka.example.ac.jp"),
    addr("北関東経済大学 生協", "coop@kitakanto-keizai.example.jp"),
    addr("川越調理師専門学校 事務", "office@kawagoe-chori.example.ac.jp"),
    addr("狭山医療福祉専門学校 学生課", "gakusei@sayama-iryo.example.ac.jp"),
    addr("大宮ビジネス専門学校 就職課", "shushoku@omiya-biz.example.ac.jp"),
]
add(mail(
    "miyashita", "recipients", "hold", "recipients.schools_in_to",
    "Twelve different schools' addresses are visible in To instead of BCC.",
    MIYASHITA, CAREER_TO,
    "【学生様向け】夏休み 合宿免許・通学プランのご案内（2025年）",
    """
各大学・専門学校
学生支援ご担当者様

突然のご連絡失礼いたします。
埼玉県川越市の北浜ドライビングスクール 営業企画課の宮下と申します。

今年も夏休み期間の学生様向けプランをご用意いたしましたので、ご案内申し上げます。

◆ 通学プラン（普通AT）　学割価格 268,000円（税込）
　 7月22日〜9月20日入校、最短24日で卒業
◆ 合宿プラン（普通AT・MT）　宿泊・食事込み 298,000円〜
　 提携ホテル（ツイン）、最短14日
◆ 団体割引　3名以上同時申込みで1名につき5,000円引き

学内掲示用のポスター（A3）とチラシをお送りすることも可能です。
ご希望の部数を本メールにご返信ください。
無料送迎バスは川越駅・本川越駅・坂戸駅から運行しております。

何卒よろしくお願い申し上げます。
""" + SIG_MIYASHITA,
))

# ====================================================================== PASSES
add(mail(
    "aizawa", "body", "pass", "benign.neighbourhood_notice",
    "Notice of a course change to a neighbourhood association head; no personal data beyond his own contact.",
    AIZAWA, [addr("北浜町第二町内会 会長 長谷川様", "hasegawa.kitahama2@yahoo.co.jp")],
    "路上教習コースの一部変更について（ご報告）",
    """
北浜町第二町内会
会長 長谷川 様

いつも大変お世話になっております。北浜自動車教習所 教務課の相沢でございます。
先日の町内会の会合でご意見をいただいた件について、ご報告いたします。

ご指摘のあった北浜小学校裏の市道（通学路）について、
6月2日（月）より、登下校時間帯（7:30〜8:30、14:30〜16:30）は
路上教習のコースから外すことといたしました。
あわせて、指導員全員に徐行と歩行者優先の徹底を改めて指示しております。

町内の皆様にも回覧等でお知らせいただけましたら幸いです。
回覧用の文書（A4 1枚）を30部、来週中にお届けにあがります。

今後ともご指導のほどよろしくお願い申し上げます。
""" + SIG_AIZAWA,
))

add(mail(
    "miyashita", "body", "pass", "benign.to_student_self_masked_card",
    "Tells the student herself her own test date and balance; the card number is masked.",
    MIYASHITA, [addr("森本 彩花", "ayaka.morimoto.25@gmail.com")],
    "卒業検定日のご案内と残金のお支払いについて",
    """
森本 彩花 様

いつも北浜ドライビングスクールをご利用いただきありがとうございます。
営業企画課の宮下です。

卒業検定の日程が決まりましたのでご案内します。
　日時：6月18日（水）8:40集合（本館2階 第3教室）
　持ち物：教習原簿、仮免許証、眼鏡（必要な方）

追加教習（2時限）の料金 11,000円については、
ご登録のクレジットカード（VISA **** **** **** 4081）から6月10日に決済させていただきます。

卒業後の本免許試験（鴻巣の運転免許センター）の受け方は、
検定当日に説明会がありますのでご安心ください。

合格をお祈りしています！
""" + SIG_MIYASHITA,
))

add(mail(
    "takeuchi", "attachment", "pass", "benign.invoice_corporate_account",
    "An invoice to a corporate customer with the school's corporate bank account.",
    TAKEUCHI, [addr("武州ロジスティクス 総務部 経理課", "keiri@bushu-logi.example.co.jp")],
    "ご請求書送付のご案内（請求番号 KD-2504-118）",
    """
武州ロジスティクス株式会社
総務部 経理課 御中

いつもお世話になっております。北浜自動車教習所 総務経理課の竹内です。
4月分の研修費用のご請求書をPDFにてお送りいたします。

お支払期日：2025年5月31日
お振込先：むさし野銀行 川越支店 当座 0048216
口座名義：カ）キタハマジドウシヤキヨウシユウジヨ

ご不明な点がございましたらお気軽にお問い合わせください。
""" + SIG_TAKEUCHI,
    attachments=[att("請求書_KD-2504-118.pdf", """
御請求書
請求番号 KD-2504-118　発行日 2025年4月30日
武州ロジスティクス株式会社 御中

株式会社北浜自動車教習所
埼玉県川越市北浜町2-19-9　TEL 049-0000-3300
登録番号 T4030001099888

品目　　　　　　　　　　　　数量　単価　　　　金額
大型自動車 研修（一種）　　 3名　 398,000円　 1,194,000円
中型自動車 研修（8t限定解除）2名　 156,000円　　312,000円
小計 1,506,000円　消費税(10%) 150,600円
合計 1,656,600円

お振込先：むさし野銀行 川越支店 当座 0048216 カ）キタハマジドウシヤキヨウシユウジヨ
""")],
))

add(mail(
    "aizawa", "body", "pass", "benign.vehicle_numbers",
    "Vehicle maintenance booking with plate and chassis numbers of school cars; no personal data.",
    AIZAWA, [addr("埼玉トヨペット川越店 サービス 田口様", "taguchi@saitama-toyopet.example.co.jp")],
    "Re: 教習車 12ヶ月点検の入庫日程",
    """
田口様

お世話になっております。相沢です。
入庫日程、下記でお願いします。

　6月9日（月）　12号車　川越 500 す 21-07　車台番号 NRE210-0012345
　　※6/3の接触事故で左フロントバンパーに擦り傷あり。見積もりもお願いします。
　6月9日（月）　15号車　川越 500 す 21-10　車台番号 NRE210-0012388
　6月16日（月）　大型1号車　川越 100 は 30-01　車台番号 FS1EKJ-050123

引き取りは夕方5時以降でお願いします。代車は不要です。

""" + SIG_AIZAWA + """

> 相沢様
> いつもありがとうございます。埼玉トヨペット川越店の田口です。
> 6月の12ヶ月点検、月曜入庫でしたら9日・16日が空いております。
> 台数と車両番号をお知らせください。
""",
))

add(mail(
    "takeuchi", "body", "pass", "benign.booking_system_outage",
    "Reports an IT outage (障害) of the booking system with ticket and error codes; no student data.",
    TAKEUCHI, [addr("ドライブネット サポートデスク", "support@drivenet-sys.example.co.jp")],
    cc=[AIZAWA],
    subject="教習予約システム 障害の件（問合せ番号 DN-250519-221）",
    text="""
ドライブネット株式会社
サポートデスク ご担当者様

お世話になっております。北浜自動車教習所の竹内です。
本日発生した予約システムの障害について、状況をお知らせします。

・発生時刻：5月19日 6:00〜7:15頃
・症状：教習生用スマホ予約画面で「HTTP 503」が表示され、予約・キャンセルができない
・受付端末（UK-01、UK-02）では予約照会のみ可能
・影響：朝イチのキャンセル待ちができず、窓口に20名ほど並びました

7:15頃に自然復旧しましたが、原因と再発防止策をご報告いただけますでしょうか。
先週金曜（5/16）の夜間メンテナンス後から不安定なように思います。

よろしくお願いいたします。
""" + SIG_TAKEUCHI,
))

add(mail(
    "aizawa", "attachment", "pass", "benign.elderly_course_aggregate",
    "Aggregate counts of elderly-driver courses and cognitive screening categories; nobody is named.",
    AIZAWA, [addr("埼玉県指定自動車教習所協会 事務局", "jimukyoku@saitama-ds-kyokai.example.or.jp")],
    "高齢者講習等 実施状況報告（2025年4月分）",
    """
埼玉県指定自動車教習所協会
事務局 御中

お世話になっております。北浜自動車教習所の相沢です。
4月分の高齢者講習等の実施状況を報告いたします。

当月は予約枠に対して受講率が97%と高く、待ち期間が約6週間まで延びております。
5月からは土曜日の講習枠を1枠増設する予定です。
""" + SIG_AIZAWA,
    attachments=[att("高齢者講習実施状況_202504.csv", csv_text(
        ["区分", "実施回数", "受講者数", "うち75歳以上", "備考"],
        [["高齢者講習（2時間）", "22", "264", "171", ""],
         ["認知機能検査", "18", "171", "171", "認知症のおそれ 0名／おそれなし 171名"],
         ["運転技能検査", "9", "54", "54", "合格 49 ／ 不合格 5（再受検可）"],
         ["ペーパードライバー講習", "14", "14", "0", ""]]))],
))

add(mail(
    "takeuchi", "quoted", "pass", "benign.successor_chain",
    "Successor introduction chain with an insurance agent; only business contacts and heavy signatures.",
    TAKEUCHI, [addr("かわごえ保険サービス 坪井様", "tsuboi@kawagoe-hoken.example.co.jp")],
    cc=[addr("かわごえ保険サービス 三好様", "miyoshi@kawagoe-hoken.example.co.jp")],
    subject="RE: 担当者変更のお知らせ",
    text="""
坪井様

ご連絡ありがとうございます。北浜自動車教習所の竹内です。
承知いたしました。7月からどうぞよろしくお願いいたします。

教習車両の車両保険（フリート契約）の更新が9月にございますので、
8月上旬に一度お打ち合わせをお願いできればと存じます。

三好様、長い間本当にありがとうございました。

""" + SIG_TAKEUCHI + """

________________________________
差出人: 坪井 雅人 <tsuboi@kawagoe-hoken.example.co.jp>
送信日時: 2025年6月20日 10:03
宛先: 竹内 里美 <takeuchi@kitahama-ds.example.co.jp>
CC: 三好 恵 <miyoshi@kawagoe-hoken.example.co.jp>
件名: 担当者変更のお知らせ

株式会社北浜自動車教習所
竹内様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
7月1日付で、貴社のご担当を三好から坪井に変更させていただくことになりました。
三好は引き続き当社の坂戸事務所に勤務しております。

◇────────────────────◇
有限会社かわごえ保険サービス
損害保険募集人　坪井 雅人
〒350-0099 川越市脇田町9-9-9
TEL 049-0000-7070 ／ 携帯 090-0000-2453
◇────────────────────◇
""",
))

add(mail(
    "aizawa", "body", "pass", "benign.school_safety_class",
    "Arranges a traffic-safety class with an elementary-school teacher; only staff names and logistics.",
    AIZAWA, [addr("川越市立北浜小学校 教頭 福田先生", "kyoto@kitahama-es.kawagoe.example.ed.jp")],
    "交通安全教室（7月4日）の打ち合わせについて",
    """
川越市立北浜小学校
教頭 福田先生

いつもお世話になっております。北浜自動車教習所の相沢です。
7月4日（金）の交通安全教室について、当方の案をお送りします。

・対象：3年生 4クラス（約120名）
・時間：2・3時間目（9:35〜11:15）
・場所：当所の教習コース（雨天時は体育館で座学のみ）
・内容：自転車の乗り方、トラックの内輪差・死角体験、横断歩道の渡り方
・指導：指導員 5名（森田・大川・千葉・堀内・相沢）

児童の移動は学校から徒歩（約8分）とうかがっています。
途中の横断歩道には当所の職員が2名立ちます。

一度、6月中旬に学年の先生方と下見をしていただければと思います。
ご都合をお知らせください。
""" + SIG_AIZAWA,
))

add(mail(
    "takeuchi", "body", "pass", "benign.company_surname",
    "Purchase negotiation with a dealer whose company name contains a surname; no personal data.",
    TAKEUCHI, [addr("佐藤モータース 営業 佐藤様", "sato.k@sato-motors.example.co.jp")],
    "教習車 入替え2台のお見積りについて",
    """
株式会社佐藤モータース
営業部 佐藤様

いつもお世話になっております。北浜自動車教習所の竹内です。
先日ご提示いただいた教習車の入替え見積り（見積番号 SM-25-0611）について、
社内で検討いたしました。

・下取り車：12号車・15号車（2019年式、走行 約21万km）
・新車：教習車仕様 普通MT 2台（補助ブレーキ・補助ミラー付き）
・納車希望：2025年10月中

下取り価格について、もう少しご検討いただける余地はありますでしょうか。
支払条件は従来どおり、納車月末締め翌月末払いでお願いします。

来週、社長の北浜と一緒にお伺いできればと思います。
""" + SIG_TAKEUCHI,
))

add(mail(
    "miyashita", "attachment", "pass", "benign.plain_zip_print_data",
    "A plain (unencrypted) zip of brochure artwork sent to the printer.",
    MIYASHITA, [addr("川越プリントワークス 制作部 細川様", "hosokawa@kawagoe-pw.example.co.jp")],
    "夏の学生キャンペーン チラシ入稿データ",
    """
川越プリントワークス
細川様

いつもお世話になっております。宮下です。
夏の学生キャンペーンのチラシ、入稿データをお送りします。
A4両面・コート110kg・5,000部でお願いします。
納品は7月3日（木）までに当校受付へお願いいたします。

写真の教習生モデルさんは全員、掲載同意書をいただいています。
""" + SIG_MIYASHITA,
    attachments=[att("summer2025_flyer.zip", """summer2025_flyer.zip の内容:
flyer_omote_v3.ai
flyer_ura_v3.ai
links/course_photo_01.jpg
links/course_photo_02.jpg
links/logo_kitahama.eps
fonts/readme.txt
""")],
))
