"""(C) 私立中学校 入試広報 — 学校法人青葉学園 青葉学園中学校・高等学校 入試広報部."""

from common import mail, att, enc_zip, P

ORG = "C"
DOM = "aoba-gakuen.example.ed.jp"

SAEKI = f"佐伯 隆 <t.saeki@{DOM}>"
NAKAMURA = f"青葉学園 入試広報部 中村 <nyushi@{DOM}>"
OKADA = f"Erika Okada <e.okada@{DOM}>"

SIG_SAEKI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
学校法人青葉学園　青葉学園中学校・高等学校
入試広報部長（数学科）　佐伯 隆
〒182-0000 東京都調布市青葉ヶ丘3-5-1
TEL 042-0000-2201（代表）／042-0000-2210（入試広報部直通）
FAX 042-0000-2202
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_NAKAMURA = """
*********************************************
  「自ら問い、ともに育つ」
  青葉学園中学校・高等学校　入試広報部
  中村 あかり
  TEL 042-0000-2210　FAX 042-0000-2202
  https://www.aoba-gakuen.example.ed.jp/
  ▼ 次回学校説明会：1/11（土）10:00〜（要予約）
*********************************************
"""

SIG_OKADA = """
--
Erika Okada（岡田 恵理香）
English Department / International Admissions
Aoba Gakuen Junior & Senior High School
3-5-1 Aobagaoka, Chofu, Tokyo 182-0000 JAPAN
Tel +81-42-0000-2210
"""

MAILS = []

# ---------------------------------------------------------------- holds

MAILS.append(mail(
    writer="saeki", loc="body", expect="hold", kind="list.exam_scores",
    why="塾の生徒7名の氏名・受験番号・科目別得点・合否を本文の表にして外部（塾）へ送っている。",
    frm=SAEKI, to=["進学塾ステップアップ 調布校 教室長 森下様 <morishita@stepup-juku.example.jp>"],
    subject="第1回入試の結果について（ステップアップ調布校様）",
    text="""進学塾ステップアップ 調布校
教室長　森下 様

いつも大変お世話になっております。青葉学園の佐伯です。
先日お電話でご依頼のありました、第1回入試（2/1午前）の貴塾生の結果をお送りします。
ご指導の参考にしていただければ幸いです。

受験番号　氏名　　　　　国語　算数　社会　理科　合計　結果
1024　　　藤田 悠真　　　72　　81　　38　　41　　232　合格
1031　　　小松 結菜　　　65　　58　　42　　35　　200　合格
1047　　　岡 大和　　　　48　　35　　29　　27　　139　不合格
1052　　　福田 芽衣　　　80　　77　　45　　44　　246　合格（特待）
1063　　　荒木 颯太　　　55　　49　　31　　30　　165　不合格
1078　　　杉本 心春　　　61　　70　　40　　38　　209　合格
1085　　　中島 蒼　　　　58　　62　　33　　29　　182　補欠（3番）

合格最低点は 186点（4科／400点満点）でした。
第2回（2/2午後）の出願状況は、明日正午の時点でまたご連絡いたします。
""" + SIG_SAEKI,
    personal=[P("name", "藤田 悠真"), P("name", "岡 大和"), P("name", "福田 芽衣"), P("score", "1047　　　岡 大和　　　　48　　35　　29　　27　　139　不合格")],
))

MAILS.append(mail(
    writer="saeki", loc="body", expect="hold", kind="sensitive.disability_accommodation",
    why="受験生の実名とADHD・弱視という診断内容、配慮の詳細を外部会場の運営会社へ送っている。",
    frm=SAEKI, to=["カンファレンスサービス多摩 運営担当 <unei@conf-tama.example.co.jp>"],
    subject="2/1 立川会場 別室受験の準備について",
    text="""カンファレンスサービス多摩
運営ご担当　様

お世話になっております。青葉学園の佐伯です。
2/1 の立川会場（3F 会議室A・B）に加えて、別室として小会議室を1室お借りしたく、
準備をお願いいたします。

別室で受験するのは次の2名です。

・受験番号 2107　木下 陽向（きのした ひなた）さん
　ADHD（注意欠如・多動症）の診断があり、主治医の意見書に基づき
　少人数の別室・試験時間 1.3 倍延長で実施します。
　机は壁向きに配置し、窓のブラインドを下ろしてください。
・受験番号 2112　宮本 紬（みやもと つむぎ）さん
　弱視（視力 左右とも 0.1 未満）のため、拡大問題用紙（A3）を使用し、
　卓上ライトを1台ご用意いただけますか。

監督は本校教員2名が入ります。
当日の入室は 8:10 を予定しています。
""" + SIG_SAEKI,
    personal=[P("name", "木下 陽向"), P("health", "ADHD（注意欠如・多動症）の診断"),
              P("name", "宮本 紬"), P("disability", "弱視（視力 左右とも 0.1 未満）")],
))

MAILS.append(mail(
    writer="saeki", loc="body", expect="hold", kind="sensitive.social_status",
    why="特待生候補の実名とともに生活保護受給・ひとり親家庭という家庭の事情を外部の奨学財団へ送っており、目的に対して必要以上で差別につながりうる。",
    frm=SAEKI, to=["公益財団法人みらい育英会 事務局 <jimukyoku@mirai-ikuei.example.or.jp>"],
    subject="給付型奨学金 推薦者について",
    text="""公益財団法人みらい育英会
事務局　ご担当者様

いつも本校の生徒へのご支援をありがとうございます。
青葉学園中学校の佐伯でございます。

令和7年度入学者の給付型奨学金につきまして、本校から1名を推薦いたします。

　推薦者：田村 結衣（たむら ゆい）さん　令和7年4月入学予定
　入試成績：特待選抜入試 4科合計 352点（受験者 318名中 2位）

ご家庭は母子家庭で、現在 生活保護を受給中とのことです
（出願時の面談でお母様より伺いました）。
入学金・施設費は本校の特待制度で免除となりますが、
制服・タブレット・研修旅行費の負担が難しいとのご相談を受けております。

推薦書と成績証明書は郵送いたします。
ご審査のほど、どうぞよろしくお願いいたします。
""" + SIG_SAEKI,
    personal=[P("name", "田村 結衣"), P("social_status", "生活保護を受給中"), P("social_status", "母子家庭")],
))

MAILS.append(mail(
    writer="nakamura", loc="attachment", expect="hold", kind="list.applicants_csv",
    why="本文は発送依頼の送付状だが、添付CSVに出願者の氏名・保護者名・住所・電話・在籍小学校が並んだ名簿が入っている。",
    frm=NAKAMURA, to=["株式会社調布印刷 発送センター <hassou@chofu-insatsu.example.co.jp>"],
    subject="受験票発送データ（第2回入試 追加分）",
    text="""株式会社調布印刷
発送センター ご担当者様

いつもお世話になっております。青葉学園 入試広報部の中村です。
第2回入試の追加出願分（1/24〜1/27 受付）の発送データをお送りします。
封入物は前回と同じ（受験票・会場案内・当日の注意）です。
1/29 必着でお願いいたします。
""" + SIG_NAKAMURA,
    attachments=[att("受験票発送_第2回_追加分_0127.csv",
"""受験番号,受験生氏名,ふりがな,保護者氏名,郵便番号,住所,電話,在籍小学校
2201,松田 樹,まつだ いつき,松田 恭子,182-0000,東京都調布市深大寺東町アオバ2-11-4,042-0000-5183,調布市立第三小学校
2202,川口 凛,かわぐち りん,川口 浩之,183-0000,東京都府中市宮西町アオバ1-8-2-305,090-0000-2946,府中市立府中第一小学校
2203,野村 葵,のむら あおい,野村 千夏,157-0000,東京都世田谷区砧アオバ5-20-1,080-0000-7731,世田谷区立砧小学校
2204,菅原 湊,すがわら みなと,菅原 大介,206-0000,東京都多摩市落合アオバ3-2-7,042-0000-8820,多摩市立落合小学校
2205,西田 陽葵,にしだ ひまり,西田 麻衣,182-0000,東京都調布市国領町アオバ4-15-9,070-0000-3314,調布市立国領小学校
""")],
    personal=[P("name", "松田 樹"), P("address", "東京都調布市深大寺東町アオバ2-11-4"), P("phone", "042-0000-5183"),
              P("name", "川口 凛"), P("address", "東京都府中市宮西町アオバ1-8-2-305"), P("phone", "090-0000-2946")],
))

MAILS.append(mail(
    writer="okada", loc="attachment", expect="hold", kind="id.passport",
    why="本文は翻訳依頼の送付状だが、添付書類に帰国生受験者の旅券番号・生年月日・国籍が記載され外部の翻訳会社へ送られている。",
    frm=OKADA, to=["リンガブリッジ翻訳 受付 <order@lingabridge.example.co.jp>"],
    subject="翻訳のご依頼（帰国生入試 出願書類 1件）",
    text="""リンガブリッジ翻訳株式会社
ご担当者様

いつもお世話になっております。青葉学園の岡田です。
帰国生入試の出願書類について、英文→和文の翻訳を1件お願いいたします。
前回と同じく、成績証明の科目名は本校の科目表に合わせていただけると助かります。
納期は 12/20（金）を希望します。

よろしくお願いいたします。
""" + SIG_OKADA,
    attachments=[att("帰国生出願書類_K-3012.pdf",
"""[Page 1] PASSPORT (copy)
Type: P   Issuing State: JPN
Passport No.: TZ4418726
Surname: KATO   Given names: HARUKI
Nationality: JAPAN
Date of birth: 17 MAR 2013   Sex: M
Date of issue: 05 JUL 2021   Date of expiry: 05 JUL 2026
Authority: CONSULATE-GENERAL OF JAPAN IN SINGAPORE

[Page 2] ACADEMIC TRANSCRIPT – Grade 6, Term 1-2 (2024)
Student: Haruki Kato   Student ID: SG-IS-20190417
English A: 6   Mathematics: 7   Science: 6   Individuals & Societies: 5
Attendance: 97%
Homeroom teacher comments: Haruki is a diligent and curious learner ...
""")],
    personal=[P("name", "Haruki Kato"), P("passport", "TZ4418726"), P("birthdate", "17 MAR 2013")],
))

MAILS.append(mail(
    writer="nakamura", loc="quoted", expect="hold", kind="personal.inquiry_forward",
    why="上部は広告代理店へのDM手配の依頼だけだが、転送した問い合わせに保護者と児童の氏名・住所・電話・メールがそのまま入っている。",
    frm=NAKAMURA, to=["株式会社アドプラン東京 教育事業部 宇野様 <uno@adplan-tokyo.example.co.jp>"],
    subject="Fw: 【お問い合わせフォーム】個別相談の希望",
    text="""アドプラン東京
宇野 様

お世話になっております。青葉学園の中村です。
個別相談会のDM、下のお問い合わせの方にもお送りいただけますか。
（フォームからの申込みで、まだ名簿に入っていない方です）
発送は他の方と同じタイミングで大丈夫です。

よろしくお願いします。
""" + SIG_NAKAMURA + """
-------- Forwarded Message --------
件名: 【お問い合わせフォーム】個別相談の希望
差出人: noreply@aoba-gakuen.example.ed.jp
日付: 2024/12/02 21:33

お問い合わせ種別：個別相談の希望
保護者氏名：小西 真由美
お子さま氏名：小西 陽翔（小学5年生）
在籍校：三鷹市立第五小学校
ご住所：〒181-0000 東京都三鷹市下連雀アオバ6-3-18
電話番号：090-0000-4057
メール：mayumi.konishi.8@gmail.com
お問い合わせ内容：
来年度の受験を考えています。算数が苦手なのですが、特待選抜ではなく一般入試で
受ける場合の準備について相談したいです。土曜日希望です。
""",
    personal=[P("name", "小西 真由美"), P("name", "小西 陽翔"), P("address", "東京都三鷹市下連雀アオバ6-3-18"),
              P("phone", "090-0000-4057"), P("email", "mayumi.konishi.8@gmail.com")],
))

MAILS.append(mail(
    writer="saeki", loc="quoted", expect="hold", kind="sensitive.health_forward",
    why="上部は旅行会社への配慮依頼の定型文だが、引用した保護者のメールに入学予定者の実名と1型糖尿病・インスリン使用という病歴が書かれている。",
    frm=SAEKI, to=["トラベルエデュ 教育旅行課 村田様 <murata@travel-edu.example.co.jp>"],
    subject="Fw: 入学前オリエンテーション合宿について",
    text="""トラベルエデュ株式会社
教育旅行課　村田 様

お世話になっております。青葉学園の佐伯です。
4/5〜6 の新入生オリエンテーション合宿（清里）につきまして、
食事と夜間の対応で配慮が必要な生徒がいるため、保護者からの連絡を共有いたします。
宿舎側との調整をお願いできますでしょうか。
""" + SIG_SAEKI + """
> 差出人: 北川 理恵 <rie.kitagawa.home@yahoo.co.jp>
> 件名: 入学前オリエンテーション合宿について
>
> 青葉学園 入試広報部 佐伯先生
>
> 4月に入学する北川 湊斗の母です。合宿のことでご相談です。
> 湊斗は小学3年生のときに1型糖尿病と診断され、毎食前にインスリン注射をしています。
> 自分で血糖測定と注射はできますが、夜間に低血糖を起こすことがあり、
> 補食（ブドウ糖・ジュース）を枕元に置かせていただきたいです。
> 食事の炭水化物量がわかると助かりますので、献立を事前にいただけないでしょうか。
>
> 北川 理恵
""",
    personal=[P("name", "北川 湊斗"), P("health", "1型糖尿病と診断され、毎食前にインスリン注射")],
))

MAILS.append(mail(
    writer="saeki", loc="subject", expect="hold", kind="personal.exam_score_subject",
    why="本文は中立だが、件名に受験生の実名・受験番号・科目別得点と不合格が書かれて外部（塾）へ送られている。",
    frm=SAEKI, to=["個別指導ミライ 国領教室 塾長 <kokuryo@kobetsu-mirai.example.jp>"],
    subject="Re: 受験番号1047 岡大和さん 第1回 国語48・算数35・社会29・理科27（合計139）不合格の件",
    text="""個別指導ミライ 国領教室
塾長 様

お世話になっております。青葉学園の佐伯です。
ご照会の件、承知いたしました。
詳しいことは明日の午前中にお電話でご説明いたします。
第2回の出願は 2/1 23:59 まで受け付けております。
""" + SIG_SAEKI,
    personal=[P("name", "岡大和"), P("score", "国語48・算数35・社会29・理科27（合計139）不合格")],
))

MAILS.append(mail(
    writer="nakamura", loc="zip", expect="hold", kind="list.roster_in_zip",
    why="パスワードのないZIPの中に、新入生の氏名・保護者名・住所・電話が並んだ名簿CSVが入って外部の制服業者へ送られている。",
    frm=NAKAMURA, to=["株式会社タマ制服 学校営業部 <gakko@tama-seifuku.example.co.jp>"],
    subject="新入生 制服採寸のご案内送付について",
    text="""株式会社タマ制服
学校営業部 ご担当者様

いつもお世話になっております。青葉学園 入試広報部の中村です。
2/24（月）の制服採寸会の案内送付をお願いいたします。
必要な資料をZIPにまとめました（パスワードはかけておりません）。
ご確認よろしくお願いいたします。
""" + SIG_NAKAMURA,
    attachments=[
        att("2025新入生_採寸案内資料.zip/新入生名簿_2025.csv",
"""No,生徒氏名,性別,保護者氏名,郵便番号,住所,電話
1,藤田 悠真,男,藤田 和也,182-0000,東京都調布市西つつじヶ丘アオバ1-4-2,042-0000-6251
2,小松 結菜,女,小松 美紀,157-0000,東京都世田谷区給田アオバ2-7-15,03-0000-8874
3,福田 芽衣,女,福田 亮,183-0000,東京都府中市白糸台アオバ5-1-3-204,080-0000-1176
4,杉本 心春,女,杉本 直樹,182-0000,東京都調布市菊野台アオバ3-22-8,090-0000-6640
5,松田 樹,男,松田 恭子,182-0000,東京都調布市深大寺東町アオバ2-11-4,042-0000-5183
"""),
        att("2025新入生_採寸案内資料.zip/採寸会日程.pdf",
"""制服採寸会のご案内
日時：2025年2月24日（月・振休）9:30〜15:00（受付は時間帯別）
会場：青葉学園 体育館
持ち物：上履き、採寸券（同封）
"""),
    ],
    personal=[P("name", "福田 芽衣"), P("address", "東京都府中市白糸台アオバ5-1-3-204"), P("phone", "080-0000-1176"),
              P("name", "杉本 心春"), P("phone", "090-0000-6640")],
))

JUKU = [
    "進学塾ステップアップ 調布校 <chofu@stepup-juku.example.jp>",
    "個別指導ミライ 国領教室 <kokuryo@kobetsu-mirai.example.jp>",
    "明星ゼミナール 府中校 <fuchu@meisei-zemi.example.jp>",
    "啓心館 三鷹教室 <mitaka@keishinkan.example.jp>",
    "学習塾ひかり 仙川校 <sengawa@juku-hikari.example.jp>",
    "中学受験のアルファ 吉祥寺校 <kichijoji@alpha-jyuken.example.co.jp>",
    "英数塾ノート 狛江教室 <komae@eisu-note.example.jp>",
    "さくら進学会 千歳烏山校 <karasuyama@sakura-shingaku.example.jp>",
    "東進ゼミ多摩センター校 <tama@toshin-zemi.example.jp>",
    "学び舎つばさ 稲城校 <inagi@manabiya-tsubasa.example.jp>",
    "フロンティア学院 聖蹟桜ヶ丘校 <seiseki@frontier-gakuin.example.jp>",
    "個別教室のリード 布田校 <fuda@lead-kobetsu.example.jp>",
    "こども未来塾（個人塾）青木先生 <aoki.miraijuku@gmail.com>",
    "秀英アカデミー 調布駅前校 <chofu-ekimae@shuei-academy.example.co.jp>",
]
MAILS.append(mail(
    writer="nakamura", loc="recipients", expect="hold", kind="recipients.visible_juku",
    why="14の塾（別々の事業者と個人塾の私用アドレスを含む）のアドレスがBCCでなく宛先欄に並び、互いに見えてしまう。",
    frm=NAKAMURA, to=JUKU,
    subject="【青葉学園】塾対象説明会のご案内（2025年度入試）",
    text="""塾の先生方

平素より本校の教育活動にご理解とご協力を賜り、誠にありがとうございます。
青葉学園中学校 入試広報部でございます。

2025年度入試に向けた塾対象説明会を、下記のとおり開催いたします。
ご多用の折とは存じますが、ぜひご参加くださいますようご案内申し上げます。

　日時：2024年6月14日（金）14:00〜16:00（受付 13:30〜）
　会場：青葉学園 講堂（京王線「青葉ヶ丘」駅より徒歩7分）
　内容：
　　1. 2024年度入試の結果分析
　　2. 2025年度入試の変更点（算数1科入試の新設、英語資格加点）
　　3. 授業見学・校内見学（希望制）
　お申込み：6/7（金）までに本メールへのご返信にて、参加人数をお知らせください。

お車でのご来校はご遠慮ください。
""" + SIG_NAKAMURA,
))

# ---------------------------------------------------------------- passes

MAILS.append(mail(
    writer="nakamura", loc="body", expect="pass", kind="benign.juku_bcc",
    why="塾への入試日程変更の一斉連絡で、宛先はBCCになっており、本文に個人の情報はない。",
    frm=NAKAMURA, to=[NAKAMURA],
    bcc=["chofu@stepup-juku.example.jp", "kokuryo@kobetsu-mirai.example.jp", "fuchu@meisei-zemi.example.jp",
         "mitaka@keishinkan.example.jp", "sengawa@juku-hikari.example.jp", "kichijoji@alpha-jyuken.example.co.jp",
         "komae@eisu-note.example.jp", "karasuyama@sakura-shingaku.example.jp", "tama@toshin-zemi.example.jp",
         "inagi@manabiya-tsubasa.example.jp", "seiseki@frontier-gakuin.example.jp", "aoki.miraijuku@gmail.com"],
    subject="【青葉学園】第3回入試の集合時刻変更のお知らせ",
    text="""塾の先生方（BCCにて失礼いたします）

いつもお世話になっております。青葉学園 入試広報部の中村です。

2/4（火）第3回入試の集合時刻を、次のとおり変更いたします。

　変更前：8:20 集合／8:40 試験開始
　変更後：8:40 集合／9:00 試験開始

京王線の早朝工事に伴う運転本数の減少を考慮したものです。
出願済みの受験生には本日、出願サイトと個別メールでお知らせしております。
塾生の皆さまへのお声がけをお願いできれば幸いです。
""" + SIG_NAKAMURA,
))

MAILS.append(mail(
    writer="saeki", loc="attachment", expect="pass", kind="benign.aggregate_results",
    why="大学合格実績・入試倍率は学校全体の集計値で、個人を特定できる情報はない。",
    frm=SAEKI, to=["アドプラン東京 宇野様 <uno@adplan-tokyo.example.co.jp>"], cc=[NAKAMURA],
    subject="2026年度版 学校案内パンフレット 数値データ",
    text="""アドプラン東京
宇野 様

お世話になっております。青葉学園の佐伯です。
パンフレットの p.18-19「進路実績」「入試データ」に使う数値をお送りします。
大学合格者数は既卒生を含む延べ人数です（注記を入れてください）。

東大の3名は、昨年度のパンフでは「東京大学 2名」でしたので、差し替えをお忘れなく。
""" + SIG_SAEKI,
    attachments=[att("パンフ2026_数値データ.csv",
"""区分,項目,2023年度,2024年度
大学合格,東京大学,2,3
大学合格,京都大学,1,0
大学合格,一橋大学,3,4
大学合格,早稲田大学,38,45
大学合格,慶應義塾大学,27,31
大学合格,国公立医学部医学科,4,6
入試,募集人員,160,160
入試,志願者数,1284,1402
入試,受験者数,1012,1127
入試,合格者数,402,418
入試,実質倍率,2.52,2.70
""")],
))

MAILS.append(mail(
    writer="nakamura", loc="body", expect="pass", kind="benign.reply_to_parent_own_child",
    why="受験生の保護者本人への返信で、受験番号と氏名は問い合わせてきた保護者自身の子のものである。",
    frm=NAKAMURA, to=["野村 千夏 <chinatsu.nomura@outlook.com>"],
    subject="Re: 受験票が届いていません",
    text="""野村 千夏 様

お問い合わせいただき、ありがとうございます。
青葉学園 入試広報部の中村でございます。

野村 葵さん（受験番号 2203）の受験票は、1/28 に郵送しておりますが、
お手元に届いていないとのこと、ご心配をおかけして申し訳ございません。

受験票は出願サイトのマイページからも印刷していただけます
（「出願内容の確認」→「受験票印刷」）。
ご自宅で印刷できない場合は、試験当日に受付（正門横テント）で
「受験票を忘れた」とお申し出いただければ、仮受験票をお渡しいたします。

当日は 8:20 までに集合をお願いいたします。
葵さんが力を発揮できますよう、お祈りしております。
""" + SIG_NAKAMURA,
))

MAILS.append(mail(
    writer="saeki", loc="body", expect="pass", kind="benign.public_figure_alumni",
    why="学校広報誌への卒業生の競泳五輪代表（公人）の取材依頼を所属事務所と調整しており、私的な個人情報ではない。",
    frm=SAEKI, to=["スポーツマネジメント・アスリード 広報担当 <pr@athlead.example.co.jp>"],
    subject="校友誌『青葉』取材のお願い（水野 彩花選手）",
    text="""株式会社スポーツマネジメント・アスリード
広報ご担当者様

突然のご連絡失礼いたします。
青葉学園中学校・高等学校 入試広報部長の佐伯と申します。

貴社所属の 水野 彩花 選手は本校の 2016年卒業生で、
パリ五輪 競泳女子200m背泳ぎでの入賞は、在校生にとっても大きな励みとなりました。

つきましては、校友誌『青葉』第58号（2025年5月発行）の巻頭企画として、
選手へのインタビュー（30分程度、オンライン可）をお願いできないでしょうか。
中学時代の水泳部の思い出や、受験生へのメッセージを伺えれば幸いです。
掲載原稿は事前に貴社にご確認いただきます。

ご検討のほど、どうぞよろしくお願い申し上げます。
""" + SIG_SAEKI,
))

MAILS.append(mail(
    writer="okada", loc="body", expect="pass", kind="benign.english_partner_school",
    why="姉妹校との交流プログラムの日程調整で、出てくるのは教職員の氏名と生徒数の集計だけである。",
    frm=OKADA, to=["Rachel Hughes <r.hughes@westbrook-college.example.edu.au>"], cc=[SAEKI],
    subject="Summer exchange programme 2025 – dates and homestay numbers",
    text="""Dear Rachel,

Thank you for your kind message, and I hope you had a lovely holiday season in Melbourne.

I have discussed the 2025 summer programme with our principal, Mr Ishizuka, and
Mr Saeki from the admissions office (cc'd). We would like to propose:

  Arrival in Melbourne: Monday 21 July 2025
  Departure: Saturday 2 August 2025
  Students: 18 (Year 8 and 9; 11 girls, 7 boys)
  Teachers: 2 (myself and Mr Daisuke Hara, Science)

Could Westbrook College arrange 18 homestay families again this year?
Our students would be very happy to join the Year 8 classes in the mornings as before.
Student profiles and medical forms will be sent via your secure portal in May,
not by email.

Also, we would love to welcome your group to Aoba Gakuen in October.
Would 6–15 October work for you?

Best wishes,
Erika
""" + SIG_OKADA,
))

MAILS.append(mail(
    writer="nakamura", loc="body", expect="pass", kind="benign.web_outage",
    why="「障害」はWeb出願システムの不具合の意味で、件数は集計、受付番号・ハッシュはシステムの識別子にすぎない。",
    frm=NAKAMURA, to=["株式会社エデュシステムズ サポート窓口 <support@edusystems.example.co.jp>"],
    subject="【緊急】Web出願 決済完了画面でのエラー（障害の可能性）",
    text="""株式会社エデュシステムズ
サポート窓口 ご担当者様

青葉学園中学校（学校コード AOB-1290）入試広報部の中村です。
本日 20時ごろから、Web出願でクレジット決済を完了した方の一部が
「受付完了」画面に進めず、エラー（ERR-PAY-408）になる障害が起きているようです。

・保護者からの電話：20:15〜21:30 で 7件
・管理画面上、決済済みで出願ステータスが「未完了」のもの：11件
・コンビニ払いでは発生していない模様

ブラウザのエラー画面に表示されていた参照コードです：
　ref=9c1f0e7a-33b2-4d18-a6f1-5b2e80d4c1a9
　ts=2025-01-10T20:42:17+09:00

明日 1/11 23:59 が第1回入試の出願締切のため、至急の調査をお願いいたします。
必要であれば、保護者向けに「二重決済はされていません」という案内を出したいので、
その点だけでも先にご確認いただけますでしょうか。
""" + SIG_NAKAMURA,
))

MAILS.append(mail(
    writer="saeki", loc="body", expect="pass", kind="benign.exam_infection_policy",
    why="入試当日の感染症対応の一般的な運用の説明で、特定の受験生の感染には触れていない。",
    frm=SAEKI, to=["京王セキュリティサービス 調布営業所 <chofu@keio-security.example.co.jp>"],
    subject="入試当日の警備・誘導について（別室受験・体調不良者対応）",
    text="""京王セキュリティサービス株式会社
調布営業所 ご担当者様

お世話になっております。青葉学園の佐伯です。
2/1〜2/4 の入試当日の警備・誘導について、昨年からの変更点をお知らせします。

1. 発熱・体調不良の受験生
　・正門のテントで検温し、37.5℃以上の場合は北校舎1Fの別室（保健室横）へ誘導してください。
　・インフルエンザ・新型コロナ等に罹患した受験生は当日の受験を控えてもらい、
　　2/11 の追試験で受け入れます（出願サイトで告知済み）。
2. 保護者控室
　・今年は講堂に加えて食堂も開放します（最大 600名）。
3. 誘導員
　・昨年どおり 12名、7:30 集合でお願いします。

当日の受験者数は、各回の前日 17時に確定数をお知らせします。
""" + SIG_SAEKI,
))

MAILS.append(mail(
    writer="nakamura", loc="body", expect="pass", kind="benign.print_order_tracking",
    why="印刷物の発注と配送の連絡で、12桁の数字はヤマト運輸の送り状番号、他は注文番号であり個人の番号ではない。",
    frm=NAKAMURA, to=["株式会社調布印刷 営業部 早川様 <hayakawa@chofu-insatsu.example.co.jp>"],
    subject="Re: 学校案内パンフレット 納品のご連絡（注文番号 CP-24-07715）",
    text="""調布印刷
早川 様

お世話になっております。青葉学園の中村です。
パンフレット 8,000部、本日午前に受け取りました。ありがとうございました。

説明会の会場（立川・町田）への直送分ですが、
ヤマトの追跡で「4506-7496-5775」がまだ「作業店通過」のままになっています。
1/10 の町田会場に間に合うか、確認していただけますでしょうか。

もう一方の 5638-3151-1821（立川会場分）は配達完了になっていました。

また、来年度の増刷見積り（10,000部、表紙のみ差し替え）もお願いできれば幸いです。
""" + SIG_NAKAMURA + """
> 注文番号：CP-24-07715
> 品名：2025年度 学校案内（A4・32P・中綴じ）
> 数量：本校納品 8,000部／町田会場 300部／立川会場 300部
> 送り状番号：町田 4506-7496-5775／立川 5638-3151-1821
""",
))

MAILS.append(mail(
    writer="okada", loc="attachment", expect="pass", kind="benign.plain_zip_web",
    why="暗号化されていない通常のZIPで、中身はWebサイト用の校舎写真と原稿であり個人情報を含まない。",
    frm=OKADA, to=["studio ripple Web制作 担当 中原様 <nakahara@studio-ripple.example.jp>"],
    subject="英語版サイト 原稿と写真の送付",
    text="""studio ripple
中原 様

お世話になっております。青葉学園の岡田です。
英語版サイト（International Admissions ページ）の原稿と写真をお送りします。
ZIPにまとめています（パスワードなし）。

写真は校舎・施設のみで、生徒が写っているものは入れていません。
英文原稿はネイティブ教員のチェック済みです。
公開前にテストURLをいただけると助かります。
""" + SIG_OKADA,
    attachments=[att("aoba_en_site_assets.zip",
"""aoba_en_site_assets/
  text/international_admissions_en.docx
  text/faq_en.docx
  photo/campus_gate.jpg
  photo/library_2f.jpg
  photo/science_lab.jpg
  photo/gym_exterior.jpg
  logo/aoba_logo_en.svg
""", "application/zip")],
))

MAILS.append(mail(
    writer="saeki", loc="attachment", expect="pass", kind="benign.historical_founder",
    why="創立者（明治生まれの歴史上の人物）の経歴と信仰は学校史として公開されている内容で、現存する個人の情報ではない。",
    frm=SAEKI, to=["武蔵野教育出版 編集部 平井様 <hirai@musashino-kyoiku.example.co.jp>"],
    subject="創立100周年記念誌 第1章 原稿（創立者の章）",
    text="""武蔵野教育出版
編集部　平井 様

お世話になっております。青葉学園の佐伯です。
記念誌の第1章「創立者 青葉ふみの生涯」の原稿をお送りします。
写真の出典は学園史料室所蔵で、キャプションは原稿末尾にまとめました。
字数は 9,800字程度です。校正は2回でお願いできれば幸いです。
""" + SIG_SAEKI,
    attachments=[att("記念誌_第1章_創立者.docx",
"""第1章　創立者 青葉ふみの生涯

青葉ふみ（1878-1956）は、明治11年、武蔵国多摩郡の庄屋の家に生まれた。
横浜の女学校で学ぶなかで洗礼を受けてクリスチャンとなり、
「学ぶ機会を、すべての少女に」との信念から、大正14年、
調布の地に私塾「青葉女学舎」を開いた。これが本学園の始まりである。

関東大震災後の混乱、戦時中の校舎接収を経ても、ふみは授業を止めなかった。
昭和22年の学制改革にあたり学校法人の認可を得て、中学校・高等学校を設置。
晩年まで校長として生徒の前に立ち、昭和31年、78歳で逝去した。
……（以下略）……

写真キャプション
 p.3　創立当時の青葉女学舎（大正15年、学園史料室蔵）
 p.7　校長室の青葉ふみ（昭和28年）
""")],
))
