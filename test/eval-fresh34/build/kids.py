from common import *

MAILS = []
A = MAILS.append

PARENTS_BCC = ["yamaguchi.family@docomo.ne.jp", "aki-sato0312@gmail.com", "kawano_m@ezweb.ne.jp", "nakamura.minato.mama@icloud.com", "t.hirose77@yahoo.co.jp", "suzuki-kazoku@gmail.com", "mochizuki.r@au.com", "ishikawa_h@softbank.ne.jp", "o-fujita@nifty.com", "kondo.yuka@gmail.com", "masuda.k@icloud.com"]

# K1 pass: newsletter via Bcc with instructors and a public figure
A(M("pass", "benign.newsletter", "Monthly newsletter to parents in Bcc naming instructors, a public-figure athlete and event dates.",
ARAI, ["arai@hayate-kids.jp"],
"ハヤテだより 12月号",
f"""保護者の皆さま

いつもハヤテ キッズスポーツクラブをご利用いただきありがとうございます。12月号をお届けします。

■空手部門
・昇級審査：12月14日（土）10:00〜 本館道場（審査員：大滝師範、小林 由香 指導員）
・寒稽古：1月11日（土）7:00〜 ※温かい飲み物をご用意します

■スイミング部門
・進級テスト：12月21日（土）各クラス通常時間内
・森本コーチが日本水泳連盟の「基礎水泳指導員」研修の講師を務めました！
・来年2月の特別レッスンには、元日本代表の北島 康介さんのクラブからコーチをお招きする予定です（調整中）。

■事務局より
・年末年始休館：12月29日〜1月3日
・新しい受付スタッフの 杉浦 さん が入りました。よろしくお願いします。

{SIG_ARAI}""", bcc=PARENTS_BCC))

# K2 hold: exam results CSV with names, birthdates and scores to federation
A(M("hold", "list.scores", "Attachment lists children's names, birth dates, grades and exam scores sent to an outside federation.",
OTAKI, ["静岡県空手道連盟 事務局 <jimukyoku@shizuoka-karate.or.jp>"],
"昇級審査結果の報告（ハヤテ空手教室）",
f"""静岡県空手道連盟 事務局 御中

いつもお世話になっております。ハヤテ空手教室の大滝です。
11月16日実施の昇級審査の結果を添付のとおりご報告いたします。
認定証の発行をお願いいたします。

{SIG_OTAKI}""",
attachments=[att("昇級審査結果_20241116.csv", CSV,
"氏名,ふりがな,生年月日,現級,受審級,基本,形,組手,合計,判定\n"
"山口 陽太,やまぐち ようた,2015/05/09,8級,7級,18,17,15,50,合格\n"
"佐藤 ゆい,さとう ゆい,2016/02/22,9級,8級,16,15,14,45,合格\n"
"河野 蒼,かわの あおい,2014/11/30,6級,5級,12,13,11,36,不合格\n"
"広瀬 結菜,ひろせ ゆいな,2013/08/15,4級,3級,19,18,17,54,合格\n")],
personal=[("name", "河野 蒼"), ("birth_date", "2014/11/30"), ("score", "12,13,11,36,不合格")]))

# K3 hold: child's epilepsy to subcontracted pool facility
A(M("hold", "sensitive.medical", "Tells the external pool facility staff about a named child's epilepsy and medication.",
MORIMOTO, ["駿河スポーツプラザ 監視員チーフ 小島様 <kojima@suruga-sp.jp>"],
"木曜17時クラスの生徒についてのお願い",
f"""小島様

いつもプール監視でお世話になっております。ハヤテの森本です。
来週から木曜17時の育成クラスに 山口 陽太 くん（小3）が上がります。
陽太くんはてんかんの持病があり、抗てんかん薬（デパケン）を服用中です。
発作は1年以上出ていませんが、万一の際は水から上げて横向きに寝かせ、時間を計っていただくようお願いします。
保護者の緊急連絡先は受付のファイルにあります。

{SIG_MORIMOTO}""",
personal=[("diagnosis", "てんかんの持病"), ("name", "山口 陽太")]))

# K4 pass: reply to parent about her own child's asthma
A(M("pass", "benign.own_data", "Reply to a mother about her own child's asthma; the data goes back to the guardian who provided it.",
MORIMOTO, ["河野 真理 様 <kawano_m@ezweb.ne.jp>"],
"Re: 蒼の喘息について",
f"""河野 真理 様

ご連絡ありがとうございます。森本です。
蒼くんの喘息の件、承知しました。練習中に咳が続くようなら、すぐにプールサイドで休ませて、
お預かりしている吸入薬（メプチン）を使えるようにしておきます。
寒い日は最初のウォーミングアップを少し長めにしますね。

何か変化があればいつでも教えてください。

{SIG_MORIMOTO}

> 森本コーチ
> いつもお世話になっています。蒼ですが、先週から少し喘息が出ていて、夜に咳き込むことがあります。
> 練習は参加させたいのですが、様子を見ていただけると助かります。吸入薬をバッグに入れておきます。
> 河野"""))

# K5 hold: third child's infection named to another parent
A(M("hold", "sensitive.medical", "Names another child's chickenpox infection in a reply to a different family.",
ARAI, ["廣瀬 朋美 様 <t.hirose77@yahoo.co.jp>"],
"Re: 土曜クラスのお休みについて",
f"""廣瀬様

お問い合わせありがとうございます。
ご心配のとおり、同じ土曜10時クラスの 佐藤 ゆい ちゃん が水ぼうそう（水痘）と診断され、今週はお休みしています。
最後に一緒に練習したのは先週の土曜日（23日）です。
結菜ちゃんが予防接種済みとのことでしたら大きな心配はないと思いますが、発疹や発熱があればお休みしてください。
振替レッスンはいつでも承ります。

{SIG_ARAI}""",
personal=[("name", "佐藤 ゆい"), ("infection", "水ぼうそう（水痘）と診断され")]))

# K6 pass: general infection notice
A(M("pass", "benign.aggregate_health", "General notice that influenza is spreading in classes; no child is named.",
ARAI, ["arai@hayate-kids.jp"],
"【お知らせ】インフルエンザの流行について",
f"""保護者の皆さま

市内でインフルエンザが流行しており、当クラブでも今週、空手・スイミング合わせて7名の欠席連絡がありました。
以下のご協力をお願いします。

・発熱（37.5℃以上）がある場合は参加をお控えください。
・解熱後2日間はお休みください（学校保健安全法の目安に準じます）。
・更衣室・受付の手指消毒にご協力ください。

欠席分は今月・来月中の振替が可能です。

{SIG_ARAI}""", bcc=PARENTS_BCC))

# K7 hold: tournament notice with 13 private addresses visible in To
A(M("hold", "recipients.visible_external", "Tournament notice with 13 parents' private addresses visible in To.",
OTAKI, PARENTS_BCC + ["hamada.nozomi@gmail.com", "k-ogawa@ybb.ne.jp"],
"県ジュニア空手道選手権 出場選手の保護者の皆さまへ",
f"""出場選手の保護者の皆さま

押忍。大滝です。
1月26日（日）の県ジュニア選手権の集合時間が決まりました。

集合：7:30 草薙総合運動場体育館 正面入口
持ち物：道着（ゼッケン縫付け済み）、拳サポーター、昼食、水筒
解散：16:00頃（決勝に残った場合は延長）

応援の方の駐車場は台数に限りがあります。できるだけ乗り合わせでお越しください。

{SIG_OTAKI}"""))

# K8 pass: monthly fee notice with school's corporate account
A(M("pass", "benign.invoice", "Monthly fee notice to a parent with the club's corporate bank account.",
ARAI, ["望月 様 <mochizuki.r@au.com>"],
"1月分 月謝のお振込みについて",
f"""望月様

いつもありがとうございます。事務局の新井です。
口座振替の登録が間に合わなかったため、1月分の月謝のみお振込みでお願いいたします。

金額：空手（週2回）8,800円＋スイミング（週1回）7,150円＝15,950円
振込先：静岡銀行 中田支店 普通 0398127 カ）ハヤテスポーツ
期限：1月10日

2月分からは口座振替となります。

{SIG_ARAI}"""))

# K9 hold: parents' bank accounts to collection agency
A(M("hold", "id.bank_account", "Attachment carries several parents' personal bank accounts for direct debit, sent to a collection agency.",
ARAI, ["口座振替センター 登録係 <touroku@shuno-daiko.co.jp>"],
"口座振替 新規登録分（12月受付）",
f"""収納代行センター ご担当者様

ハヤテ キッズスポーツクラブ（委託者番号 58821）です。
12月受付分の新規登録データを送付します。依頼書の原本は本日発送しました。

{SIG_ARAI}""",
attachments=[att("振替登録_202412.xlsx", XLSX,
"[Sheet1]\n会員番号\t預金者名\t金融機関\t支店\t種目\t口座番号\t月額\n"
"K-1142\tモチヅキ リョウ\t静岡銀行\t駿河支店\t普通\t1183046\t15950\n"
"K-1147\tハマダ ノゾミ\tしずおか焼津信用金庫\t中田支店\t普通\t0072219\t8800\n"
"S-2210\tオガワ ケンジ\tゆうちょ銀行\t一二八店\t普通\t7740513\t7150\n")],
personal=[("bank_account", "1183046"), ("bank_account", "0072219"), ("name", "モチヅキ リョウ")]))

# K10 pass: instructor schedule
A(M("pass", "benign.schedule", "Shift schedule sent to contract instructors with their names only.",
MORIMOTO, ["yamane.coach@gmail.com", "hayashida.swim@gmail.com", "kaori.n.swim@icloud.com"],
"1月 コーチシフト表",
f"""コーチの皆さん

1月のシフトです。都合の悪い日があれば20日までに連絡ください。

月：休館
火：16:00 山根 ／ 17:00 林田・森本
水：16:00 中野 かおり ／ 17:00 山根
木：16:00 林田 ／ 17:00 森本（育成）
金：16:00 中野 ／ 17:00 山根・林田
土：10:00 全員 ／ 13:00 森本・中野

※11日（土）は寒稽古のため空手部門の大滝師範・小林指導員が不在です。受付は杉浦さん。
※25日（土）は進級テスト後にミーティング（15分）。

{SIG_MORIMOTO}"""))

# K11 hold: parent's inquiry forwarded to bus company
A(M("hold", "personal.inquiry", "Forwards a family's full contact data and child's birth date to the bus operator.",
ARAI, ["駿河観光バス 送迎担当 <sougei@suruga-kanko.co.jp>"],
"送迎ルート追加のご相談（新規会員）",
f"""駿河観光バス 送迎ご担当者様

いつもお世話になっております。ハヤテの新井です。
新しく入会される方から送迎希望がありました。下記のお問い合わせ内容をご確認のうえ、
ルートに追加できるかご検討ください。

---- 入会申込フォーム ----
保護者氏名：増田 健太郎
児童氏名：増田 颯（ますだ はやて）
生年月日：2017年7月4日
住所：静岡市駿河区小鹿1-22-6 コーポ小鹿203
電話：090-5512-8830
希望：火・金 16:00クラス（自宅前または小鹿公民館前で乗車希望）
-------------------------

{SIG_ARAI}""",
personal=[("name", "増田 健太郎"), ("address", "静岡市駿河区小鹿1-22-6 コーポ小鹿203"), ("phone", "090-5512-8830"), ("birth_date", "2017年7月4日")]))

# K12 pass: condolence to an instructor
A(M("pass", "benign.condolence", "Condolence to an instructor whose father has died.",
OTAKI, ["小林 由香 <yuka.kobayashi.karate@gmail.com>"],
"お父様のこと",
f"""由香さん

お父様のご逝去、心からお悔やみ申し上げます。
小林先生には、私が道場を開いた頃から審査のたびに足を運んでいただき、
子どもたちにも「気合いの先生」と慕われていました。本当に残念です。

稽古のことは気にせず、ご家族との時間を大切にしてください。
土曜のクラスは私が見ます。

押忍
大滝"""))

# K13 hold: encrypted zip with trial applicants
A(M("hold", "attachment.encrypted_zip", "Trial-lesson applicant list sent as a password-protected zip.",
ARAI, ["広告代理店 スルガ企画 野村様 <nomura@suruga-kikaku.jp>"],
"体験会申込者一覧（効果測定用）",
f"""野村様

チラシの効果測定用に、11月の体験会申込者一覧をお送りします。
パスワードは後ほどお電話でお伝えします。

{SIG_ARAI}""",
attachments=[att("体験会申込者_202411.zip", ZIP, encrypted=True)]))

# K14 pass: equipment order with katakana product names, JAN codes
A(M("pass", "benign.order", "Equipment order with katakana product names that look like given names, JAN codes and an order number.",
MORIMOTO, ["スイムギア静岡 受注係 <order@swimgear-shizuoka.jp>"],
"発注：ゴーグル・キャップ追加（注文番号 HK-24-1206）",
f"""スイムギア静岡 ご担当者様

追加発注をお願いします。

注文番号：HK-24-1206
1. ジュニアゴーグル「ミサキ」ブルー JAN 4901234567894 × 20
2. ジュニアゴーグル「ハルカ」ピンク JAN 4901234567887 × 20
3. シリコンキャップ「ユウト」Sサイズ 黒 JAN 4560123456781 × 30
4. ビート板「カイ」 × 10

納品先：ハヤテ キッズスポーツクラブ（静岡市駿河区中田2-5-18）
納期：12月20日まで

{SIG_MORIMOTO}"""))

# K15 hold: ADHD diagnosis hidden in attachment only
A(M("hold", "sensitive.disability", "Attached guidance sheet gives a named child's ADHD diagnosis to a newly contracted instructor.",
OTAKI, ["大西 拓真 <t.onishi.karate@gmail.com>"],
"土曜クラスの資料",
f"""大西先生

来月から土曜の少年部をよろしくお願いします。
クラスの進め方と、生徒さんへの配慮事項をまとめたものを添付します。目を通しておいてください。

{SIG_OTAKI}""",
attachments=[att("土曜少年部_指導メモ.docx", DOCX,
"土曜少年部（10:00〜11:00）指導メモ\n"
"1. 準備運動10分・基本20分・形20分・礼10分\n"
"2. 配慮が必要な生徒\n"
"・小川 悠真（小2）：ADHDの診断あり（静岡こども病院）。服薬中。列の先頭に置き、指示は短く一つずつ。\n"
"・望月 杏（小4）：左手首を骨折後のリハビリ中、突きは右のみ。\n"
"3. 保護者対応は事務局（新井）へ")],
personal=[("diagnosis", "ADHDの診断あり"), ("name", "小川 悠真")]))

# K16 pass: congratulations to instructor
A(M("pass", "benign.congratulations", "Congratulations to an instructor on passing a dan examination.",
OTAKI, ["小林 由香 <yuka.kobayashi.karate@gmail.com>"],
"五段合格おめでとう！",
f"""由香さん

全空連の五段審査、合格おめでとうございます！
審査員の田村範士も形の完成度を褒めておられたと聞きました。
子どもたちにも土曜に発表します。お祝いは年明けの鏡開きの後にやりましょう。

押忍
大滝"""))

# K17 hold: subject reveals child's emergency transport for asthma attack
A(M("hold", "sensitive.medical", "The subject line names a trial student's asthma attack and ambulance transport, sent to the insurer.",
ARAI, ["スポーツ安全保険 事故受付 <jiko@sports-anzen-hoken.co.jp>"],
"【事故報告】体験生 中村 湊くん（6歳）喘息発作で救急搬送の件",
f"""ご担当者様

先ほどお電話でご相談したハヤテ キッズスポーツクラブの新井です。
保険金請求の書式一式を本メールアドレス宛にお送りいただけますでしょうか。
団体番号は 22-SZ-04518 です。

{SIG_ARAI}""",
personal=[("name", "中村 湊"), ("diagnosis", "喘息発作で救急搬送")]))

# K18 pass: progress report to parent about her own child
A(M("pass", "benign.own_data", "Progress report on a child sent to that child's own parent.",
MORIMOTO, ["近藤 由佳 様 <kondo.yuka@gmail.com>"],
"心春ちゃん 進級テストの結果",
f"""近藤様

いつもありがとうございます。森本です。
12月の進級テストの結果をお知らせします。

近藤 心春 ちゃん（年長）
・けのび 8m ○
・バタ足 10m ○
・顔つけ呼吸 5回 △（あと少し！）
判定：15級 → 14級 合格

呼吸のリズムが良くなってきています。お風呂で「ぶくぶくパッ」を練習すると次のテストもばっちりです。

{SIG_MORIMOTO}"""))

# K19 hold: roster of children with phones hidden in quoted message
A(M("hold", "list.roster", "Quoted earlier message to the facility includes a roster of children with guardians' mobile numbers.",
MORIMOTO, ["駿河スポーツプラザ 受付 <front@suruga-sp.jp>"],
"Re: Re: 1/11 貸切利用の人数確認",
f"""駿河スポーツプラザ 受付ご担当様

ご確認ありがとうございます。当日は下記の6名＋コーチ2名で変更ありません。
よろしくお願いします。

{SIG_MORIMOTO}

> 森本様
> 貸切の件、承知しました。参加人数の最終確認をお願いします。
> 駿河スポーツプラザ 受付 田口
>
>> 駿河スポーツプラザ様
>> 1/11の選手コース貸切の参加者です（緊急連絡先つき）。
>> 1. 広瀬 結菜（小6）保護者携帯 090-4471-2285
>> 2. 石川 大翔（小5）保護者携帯 080-3302-9916
>> 3. 藤田 陽菜（小5）保護者携帯 070-5589-1043
>> 4. 増田 颯（小1）保護者携帯 090-5512-8830
>> 5. 近藤 心春（年長）保護者携帯 080-6617-4420
>> 6. 鈴木 湊斗（中1）保護者携帯 090-2281-7735
>> 森本""",
personal=[("phone", "090-4471-2285"), ("phone", "080-3302-9916"), ("name", "藤田 陽菜"), ("phone", "090-2281-7735")]))

# K20 pass: facility failure
A(M("pass", "benign.facility_outage", "Temporary closure due to pool filtration equipment failure (設備障害); no personal data.",
MORIMOTO, ["arai@hayate-kids.jp"],
"【臨時休講】ろ過装置の障害によるスイミング休講のお知らせ",
f"""スイミング会員の保護者の皆さま

本日15時頃、プールのろ過装置に障害が発生し、水質基準を満たせないため、
本日と明日（12月4日・5日）のスイミングクラスを休講とします。

空手クラスは通常どおり行います。
振替については、後日事務局からご案内いたします。ご迷惑をおかけし申し訳ございません。

{SIG_MORIMOTO}""", bcc=PARENTS_BCC))
