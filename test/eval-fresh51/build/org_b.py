# Org B: 認定NPO法人 こどもの灯ネットワーク (child guidance and family support)
TAKAHASHI = "高橋 由美 <y.takahashi@tomoshibi-net.or.jp>"
NAKAGAWA = "中川 亮 <r.nakagawa@tomoshibi-net.or.jp>"
MORIMOTO = "森本 彩 <a.morimoto@tomoshibi-net.or.jp>"
SIG_T = """━━━━━━━━━━━━━━━━━━━━
認定NPO法人 こどもの灯ネットワーク
子ども家庭相談室　相談支援員　高橋 由美
〒330-0063 さいたま市浦和区高砂2-9-14 灯ビル2F
TEL 048-829-4410　FAX 048-829-4411
━━━━━━━━━━━━━━━━━━━━"""
SIG_N = """-------------------------------------
認定NPO法人 こどもの灯ネットワーク
事務局長　中川 亮（なかがわ りょう）
TEL 048-829-4410 / 080-3321-7764
https://tomoshibi-net.or.jp
-------------------------------------"""
SIG_M = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
こどもの灯ネットワーク
学習支援事業コーディネーター　森本 彩
a.morimoto@tomoshibi-net.or.jp／048-829-4410（内線23）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

MAILS = [
dict(k="B1", expect="hold", kind="sensitive.victim", loc="body",
 why="Reports suspected abuse of a named child, with school, injuries and the mother's mental illness, to the child guidance centre.",
 frm=TAKAHASHI, to=["南部児童相談所 地区担当 岡 様 <oka-k@pref-saitama-jiso.example.lg.jp>"],
 subject="ご相談：見守り中のご家庭について（情報提供）",
 text="""南部児童相談所
地区担当　岡 様

いつもお世話になっております。こどもの灯ネットワークの高橋です。
先ほどお電話でお伝えした件、記録として以下にまとめます。

対象児童：石川 陽翔（はると）くん　小学3年（市立高砂小学校）
世帯：母（石川 真紀さん、34歳）と本人の2人暮らし、浦和区岸町
経過：
・3/6 学習支援教室に来た際、左腕と首筋に複数のあざを確認。本人は「お母さんの彼氏にやられた」と話す
・母はうつ病で通院中とのことで、ここ1か月は服薬が途切れている様子
・3/7以降、学校も欠席が続いている（担任の先生に確認済み）

本人の安全確認を最優先でお願いしたく、ご連絡いたしました。当方で把握している写真（あざ）は持参いたします。

""" + SIG_T,
 personal=[{"type":"name","value":"石川 陽翔（はると）くん　小学3年（市立高砂小学校）"},{"type":"victim","value":"「お母さんの彼氏にやられた」"},{"type":"health","value":"母はうつ病で通院中"}]),

dict(k="B2", expect="hold", kind="sensitive.disability", loc="body",
 why="Tells a school counsellor a named child's ADHD diagnosis and disability certificate.",
 frm=TAKAHASHI, to=["スクールカウンセラー 村岡 先生 <muraoka.sc@minami-jhs.example.ed.jp>"],
 subject="4月からの支援についてご相談",
 text="""村岡先生

こんにちは、こどもの灯ネットワークの高橋です。先日はケース会議にお時間をいただき、ありがとうございました。

4月から1年生で入学予定の 宮下 蒼空（そら）さん について、お母様の了解をいただいたので共有いたします。
・小学4年時にADHD（注意欠如・多動症）の診断あり、現在もコンサータ服薬中
・療育手帳B2を取得済み
・大きな音が苦手で、集会時にパニックになることがあります

入学前に一度、教室の下見をさせていただけると助かります。ご都合をお知らせください。

""" + SIG_T,
 personal=[{"type":"disability","value":"小学4年時にADHD（注意欠如・多動症）の診断あり"},{"type":"disability","value":"療育手帳B2を取得済み"},{"type":"name","value":"宮下 蒼空（そら）さん"}]),

dict(k="B3", expect="hold", kind="list.roster", loc="attachment",
 why="The attached CSV lists named children with schools and household welfare status; the body only says a report is attached.",
 frm=MORIMOTO, to=["さくら子ども基金 助成担当 <josei@sakura-kodomo-fund.example.or.jp>"],
 subject="2023年度 助成事業 実績報告書の提出について",
 text="""さくら子ども基金
助成担当者様

お世話になっております。こどもの灯ネットワークの森本です。
2023年度助成事業（中高生の学習支援教室）の実績報告書一式を添付にてお送りいたします。
原本は本日郵送いたしました。ご査収のほどよろしくお願いいたします。

""" + SIG_M,
 attachments=[{"filename":"jisseki_sanka.csv","contentType":"text/csv","text":"""No,氏名,学年,学校,世帯状況,出席回数
1,小池 翔太,中2,高砂中,生活保護受給,38
2,遠藤 美咲,中3,岸中,ひとり親（母）,41
3,ファム・ティ・ラン,中1,高砂中,ひとり親・就学援助,29
4,松井 大和,高1,浦和南高,就学援助,22
5,林 結衣,中3,岸中,生活保護受給,40"""},
 {"filename":"jisseki_houkoku.pdf","contentType":"application/pdf","text":"2023年度 助成事業実績報告書\n事業名：中高生の学習支援教室\n実施回数：96回　延べ参加者：1,212名\n収支：助成金 1,500,000円 / 支出 1,538,400円"}],
 personal=[{"type":"roster_row","value":"1,小池 翔太,中2,高砂中,生活保護受給,38"},{"type":"roster_row","value":"5,林 結衣,中3,岸中,生活保護受給,40"}]),

dict(k="B4", expect="pass", kind="benign.aggregate_report", loc="",
 why="Grant report with household-status aggregates only; no child can be identified.",
 frm=MORIMOTO, to=["みらい共創財団 事業部 西田 様 <nishida@mirai-kyoso.example.or.jp>"],
 subject="RE: 中間報告の数値について",
 text="""西田様

ご確認ありがとうございます。ご質問いただいた数値は以下のとおりです（2024年2月末時点）。

・登録児童数：42名（小学生17名、中学生25名）
・うちひとり親世帯：18世帯
・うち生活保護受給世帯：6世帯、就学援助：11世帯
・外国にルーツのある児童：5名
・平均出席率：71%

個人が特定される情報は含めておりませんが、報告書に掲載する際は「5名以下」の区分は「少数」と表記していただけますと幸いです。

""" + SIG_M + """

> 森本様
> 中間報告ありがとうございました。理事会資料用に、世帯状況の内訳を教えていただけますか。
> みらい共創財団　西田"""),

dict(k="B5", expect="hold", kind="sensitive.juvenile", loc="quoted",
 why="The new text is about a lecture date, but the forwarded part names a boy sent to family court.",
 frm=NAKAGAWA, to=["さいたま中央法律事務所 弁護士 宇野 先生 <uno@saitama-chuo-law.example.jp>"],
 subject="Fw: 研修講師のお願い（5月）",
 text="""宇野先生

いつもお世話になっております。中川です。
5月のスタッフ研修の講師の件、5/18（土）午後でお願いできればと思います。テーマは「少年事件と支援者の関わり方」で、下の高橋のメールにある事例も少し触れていただけると助かります。

ご検討よろしくお願いいたします。
中川

---------- Forwarded message ---------
From: 高橋 由美 <y.takahashi@tomoshibi-net.or.jp>
Date: 2024年3月8日(金) 17:44
Subject: 研修講師のお願い（5月）
To: 中川 亮 <r.nakagawa@tomoshibi-net.or.jp>

中川さん
研修のテーマ、今年は少年事件で宇野先生にお願いするのはどうでしょう。
ちょうど教室に通っていた 竹内 蓮くん（中2、岸中）が先月の窃盗の件で家庭裁判所に送致され、観護措置になりました。
お母さんから付添人の相談も受けています。
高橋
""",
 personal=[{"type":"juvenile","value":"竹内 蓮くん（中2、岸中）が先月の窃盗の件で家庭裁判所に送致され、観護措置になりました"}]),

dict(k="B6", expect="pass", kind="benign.bcc_mass", loc="",
 why="Volunteer newsletter sent with all private addresses in Bcc.",
 frm=NAKAGAWA, to=["r.nakagawa@tomoshibi-net.or.jp"],
 bcc=["kaori.s1982@gmail.com","t-uchida@ezweb.ne.jp","m.hasegawa@yahoo.co.jp","shinji_w@nifty.com","ayaka.koba@icloud.com","kenta.oota@gmail.com","yoko-n@biglobe.ne.jp","h.sakurai@outlook.jp","minami.f@docomo.ne.jp","daichi.s@gmail.com","e-kondo@so-net.ne.jp","rika.t0415@yahoo.co.jp","g.morikawa@gmail.com"],
 subject="【ボランティア通信3月号】春のこども食堂とお礼",
 text="""ボランティアの皆さま

（このメールはBCCでお送りしています）

いつも子どもたちのためにありがとうございます。事務局の中川です。

■ 3月のこども食堂
　3/23（土）11:00〜14:00　メニューはカレーといちごのデザートです。
　調理ボランティア：あと3名募集中

■ 春休み学習会
　3/26〜3/29　10:00〜12:00　宿題の見守りをお願いします。

■ お礼
　2月の寄付金総額は 384,500円 でした。いただいたお米は 120kg になりました。

出欠はフォーム（https://forms.tomoshibi-net.or.jp/vol0323）からお願いします。

""" + SIG_N),

dict(k="B7", expect="hold", kind="recipients.visible", loc="recipients",
 why="Volunteer meeting notice with 12 private addresses visible in To.",
 frm=NAKAGAWA,
 to=["kaori.s1982@gmail.com","t-uchida@ezweb.ne.jp","m.hasegawa@yahoo.co.jp","shinji_w@nifty.com","ayaka.koba@icloud.com","kenta.oota@gmail.com","yoko-n@biglobe.ne.jp","h.sakurai@outlook.jp","minami.f@docomo.ne.jp","daichi.s@gmail.com","e-kondo@so-net.ne.jp","rika.t0415@yahoo.co.jp"],
 subject="4/6 ボランティア全体ミーティングのお知らせ",
 text="""ボランティアの皆さま

中川です。新年度のボランティア全体ミーティングを下記のとおり行います。

日時：4月6日（土）14:00〜15:30
場所：灯ビル2F 多目的室（オンライン参加も可）
議題：新年度の活動日程、個人情報の取扱い研修（30分）、保険の更新

都合が悪い方は返信でお知らせください。

""" + SIG_N),

dict(k="B8", expect="pass", kind="benign.meeting", loc="",
 why="Arranging a contract meeting with named city staff; only business contacts.",
 frm=NAKAGAWA, to=["浦和区 子ども家庭課 佐野 様 <sano-y@city.urawa-example.lg.jp>"], cc=["森本 彩 <a.morimoto@tomoshibi-net.or.jp>"],
 subject="RE: 令和6年度 委託事業の打合せ日程",
 text="""佐野様

ご連絡ありがとうございます。
打合せは 3月21日（木）10:00〜 貴課の会議室でお願いいたします。当法人からは中川と森本の2名で伺います。

持参資料：
・令和6年度 事業計画書（案）
・見積書（学習支援・相談支援の2本）
・個人情報取扱特記事項への同意書

どうぞよろしくお願いいたします。

""" + SIG_N + """

-----Original Message-----
From: 佐野 由香
浦和区 子ども家庭課 子育て支援係
中川様　来年度委託事業の件で、3/19〜3/22でご都合のよい日時をお知らせください。係長の大塚も同席します。"""),

dict(k="B9", expect="hold", kind="id.mynumber", loc="body",
 why="Sends a lecturer's My Number, address and personal bank account to the tax accountant.",
 frm=NAKAGAWA, to=["村井税理士事務所 村井 様 <murai@murai-tax.example.jp>"],
 subject="支払調書作成用の情報（講師謝金）",
 text="""村井先生

お世話になっております。こどもの灯ネットワーク 中川です。
2023年分の報酬・料金の支払調書について、外部講師1名分の情報をお送りいたします。

氏名：三浦 千尋
住所：埼玉県川口市芝新町11-3-205
個人番号：7066 3517 8299
支払総額：360,000円（源泉徴収税額 36,756円）
振込先：ゆうちょ銀行 〇一八店 普通 3847215 ミウラ チヒロ

ご本人から番号の提供同意書もいただいております。よろしくお願いいたします。

""" + SIG_N,
 personal=[{"type":"mynumber","value":"7066 3517 8299"},{"type":"bank_account","value":"ゆうちょ銀行 〇一八店 普通 3847215 ミウラ チヒロ"}]),

dict(k="B10", expect="pass", kind="benign.own_data", loc="",
 why="Fee notice sent to the lecturer herself, with the account masked.",
 frm=NAKAGAWA, to=["三浦 千尋 様 <chihiro.miura@gmail.com>"],
 subject="講師謝金のお振込みについて（3月分）",
 text="""三浦 千尋 様

先日はスタッフ研修でのご講義、ありがとうございました。参加者アンケートでも「明日から使える」との声が多く、大変好評でした。

3月分の講師謝金について、下記のとおりお振込みいたします。

金額：30,000円（源泉徴収後 26,937円）
振込予定日：3月29日（金）
振込先：ゆうちょ銀行 ****店 普通 ****215（ご登録口座）

お振込み後、支払明細を郵送いたします。今後ともよろしくお願いいたします。

""" + SIG_N),

dict(k="B11", expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Password-protected zip of case records sent to a partner centre.",
 frm=TAKAHASHI, to=["児童家庭支援センターあおば 相談員 菅野 様 <kanno@aoba-kateishien.example.or.jp>"],
 subject="引継ぎ資料の送付",
 text="""菅野様

お世話になっております。高橋です。
先日お話しした引継ぎの資料を、パスワード付きzipでお送りします。パスワードは別途お電話でお伝えします。

""" + SIG_T,
 attachments=[{"filename":"hikitsugi_0314.zip","contentType":"application/zip","encrypted":True}]),

dict(k="B12", expect="pass", kind="benign.fiction", loc="",
 why="Book-club plan discussing bullying and a parent's illness in a picture book's fictional characters.",
 frm=MORIMOTO, to=["ひまわり書房 編集部 堀 様 <hori@himawari-shobo.example.co.jp>"],
 subject="読書会での『ゆうたのあおいかさ』使用について",
 text="""ひまわり書房 編集部
堀 様

突然のご連絡失礼いたします。こどもの灯ネットワークの森本と申します。
貴社刊行の絵本『ゆうたのあおいかさ』（作：さとう みのり）を、4月の小学生読書会で読み聞かせに使わせていただきたく、ご連絡いたしました。

物語の、主人公ゆうたがクラスでいじめられ、お母さんが入院して一人で雨の日を過ごす場面は、子どもたちが自分の気持ちを話すきっかけになると考えています。
読書会では、ゆうたの気持ちを想像してカードに書くワークを予定しています。

・読み聞かせ（購入した本を使用、複製・配信なし）
・参加予定：小学生15名程度

著作権上問題がないか、念のためご確認いただけますでしょうか。

""" + SIG_M),

dict(k="B13", expect="hold", kind="sensitive.health", loc="subject",
 why="The subject line names a child and says her mother has postnatal depression and stopped treatment; the body is neutral.",
 frm=TAKAHASHI, to=["浦和保健センター 保健師 今井 様 <imai-hoken@city.urawa-example.lg.jp>"],
 subject="【至急】山口 美月ちゃん（3歳）の母 産後うつ 通院中断の件",
 text="""今井様

お電話で話した件、明日の同行訪問の時間を 10:30 に変更させていただけますか。
待ち合わせは前回と同じコンビニ前でお願いします。

高橋
""" + SIG_T,
 personal=[{"type":"health","value":"山口 美月ちゃん（3歳）の母 産後うつ 通院中断"}]),

dict(k="B14", expect="pass", kind="benign.infection_aggregate", loc="",
 why="Cancels an event because of an influenza outbreak; no person is named as infected.",
 frm=TAKAHASHI, to=["高砂保育園 園長 野口 様 <noguchi@takasago-hoikuen.example.jp>"],
 subject="今週の親子ひろば 中止のお知らせ",
 text="""高砂保育園
野口園長

いつも会場をお貸しいただきありがとうございます。高橋です。
地域でインフルエンザが流行しており、当法人のスタッフにも発熱者が出ているため、今週金曜日の「親子ひろば」は中止とさせていただきます。
参加予定のご家庭（8組）には当方から連絡済みです。

次回は3月29日を予定しております。感染状況を見て、改めてご相談させてください。

""" + SIG_T),

dict(k="B15", expect="hold", kind="personal.inquiry", loc="body",
 why="Forwards a parent's inquiry with name, address, phone and child's school situation to an outside tutoring company.",
 frm=NAKAGAWA, to=["みらい個別指導塾 浦和校 教室長 岩田 様 <iwata@mirai-kobetsu.example.co.jp>"],
 subject="Fw: 学習支援の問い合わせ（ご対応のお願い）",
 text="""岩田様

お世話になっております。中川です。
当法人の教室が定員に達しているため、以下のお問い合わせについて、提携の無料枠でご対応いただけないでしょうか。

--- 問い合わせフォーム受信内容 ---
お名前：大野 智美
ご住所：さいたま市浦和区常盤7-2-16 常盤ハイツ104
電話：090-5528-3917
お子様：大野 颯太（中学2年、常盤中）
内容：不登校気味で数学が中1の内容から分からない。家計が苦しく塾代が払えないため、無料の教室を探しています。
---

保護者の方には、塾から連絡が行く可能性があるとお伝えしています。

""" + SIG_N,
 personal=[{"type":"address","value":"さいたま市浦和区常盤7-2-16 常盤ハイツ104"},{"type":"phone","value":"090-5528-3917"}]),

dict(k="B16", expect="pass", kind="benign.project_mail", loc="",
 why="Project mail with six visible addresses from two organisations (NPO and university).",
 frm=MORIMOTO, to=["埼玉文教大学 ボランティアセンター 吉村 様 <yoshimura@saitama-bunkyo.example.ac.jp>","教育学部 田島 先生 <tajima@saitama-bunkyo.example.ac.jp>","学生課 倉田 様 <kurata@saitama-bunkyo.example.ac.jp>"],
 cc=["中川 亮 <r.nakagawa@tomoshibi-net.or.jp>","高橋 由美 <y.takahashi@tomoshibi-net.or.jp>","佐々木 拓海 <t.sasaki@tomoshibi-net.or.jp>"],
 subject="学生ボランティア連携 第2回打合せのお礼と次回日程",
 text="""埼玉文教大学
吉村様、田島先生、倉田様

本日はお時間をいただき、ありがとうございました。森本です。
決まったことを共有いたします。

1. 4月から学生ボランティア8名を受け入れ（火・木の学習支援教室）
2. 事前研修：4/13（土）10:00〜 当法人にて（守秘義務・子どもとの関わり方）
3. 交通費：当法人から1回500円を支給
4. 単位認定の様式：田島先生から後日ご送付

次回打合せは 4/3（水）15:00〜 オンラインでお願いいたします。

""" + SIG_M),

dict(k="B17", expect="hold", kind="list.roster", loc="attachment",
 why="The attached member list gives many volunteers' names, birth dates, addresses and phones for insurance enrolment; the body gives no hint.",
 frm=NAKAGAWA, to=["あんしん損保代理店 佐藤 様 <sato@anshin-agency.example.jp>"],
 subject="更新手続きの件",
 text="""佐藤様

お世話になっております。中川です。
4月更新分、添付のとおりでお願いいたします。不足があればお知らせください。

""" + SIG_N,
 attachments=[{"filename":"2024_koushin.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet","text":"""[提供会員]
氏名	生年月日	住所	電話
清水 香織	1982-05-14	さいたま市浦和区岸町3-8-2	090-3318-4472
内田 哲也	1976-10-02	さいたま市南区別所5-1-19	080-6621-0938
長谷川 みどり	1959-01-27	さいたま市浦和区高砂4-4-8-301	048-831-2274
小林 彩香	1999-08-09	戸田市上戸田2-22-5	070-4418-5530
太田 健太	2001-12-30	さいたま市桜区田島7-3-11	090-8812-6604"""}],
 personal=[{"type":"roster_row","value":"清水 香織\t1982-05-14\tさいたま市浦和区岸町3-8-2\t090-3318-4472"}]),

dict(k="B18", expect="pass", kind="benign.congratulations", loc="",
 why="Congratulations on a partner's anniversary naming its director; nothing personal.",
 frm=NAKAGAWA, to=["子育て応援団むさしの 代表 北原 様 <kitahara@musashino-kosodate.example.or.jp>"],
 subject="設立20周年おめでとうございます",
 text="""子育て応援団むさしの
代表　北原 恵美子 様

このたびは設立20周年、誠におめでとうございます。
2004年に北原代表がご自宅の一室で始められた「ひろば」が、今では県内12か所の拠点に広がったこと、同じ分野で活動する者として心から敬意を表します。

記念式典（4/27）には、当法人から理事長の宮坂と私の2名で出席させていただきます。
ささやかですが、お祝いのお花を会場にお送りいたしました。

今後ともどうぞよろしくお願いいたします。

""" + SIG_N),

dict(k="B19", expect="pass", kind="benign.own_data", loc="",
 why="Appointment confirmation sent to the parent herself about her own consultation; no diagnosis.",
 frm=TAKAHASHI, to=["kawabata.naomi@gmail.com"],
 subject="次回のご相談日時の確認",
 text="""川端 直美 様

こんにちは、こどもの灯ネットワークの高橋です。
次回のご相談は 3月22日（金）14:00〜15:00、灯ビル2Fの相談室でお待ちしています。
お子さんを連れていらしても大丈夫です。プレイルームでスタッフがお預かりします。

ご都合が悪くなった場合は、048-829-4410（平日9〜18時）までお電話ください。

""" + SIG_T),

dict(k="B20", expect="pass", kind="benign.religious_corp", loc="",
 why="Venue rental from a 宗教法人 temple for a children's cafeteria; the religion is the landlord's, not a person's belief.",
 frm=NAKAGAWA, to=["宗教法人 光明寺 事務所 <jimusho@komyoji-urawa.example.jp>"],
 subject="こども食堂の会場使用に関する覚書（案）の送付",
 text="""宗教法人 光明寺
ご住職　田中 秀道 様
事務所ご担当者様

平素より大変お世話になっております。こどもの灯ネットワーク 中川です。
4月からの本堂脇集会所での「こども食堂」開催について、覚書（案）をお送りします。

・使用日：毎月第2・第4土曜日 10:00〜15:00
・使用料：1回 3,000円（光熱費込み）
・振込先：当法人から貴寺ご指定の法人口座（埼玉りそな銀行 浦和中央支店 当座 0284731 シュウキョウホウジン コウミョウジ）
・宗教行事への参加を子どもに求めないことを確認（第5条）

ご確認のうえ、修正点があればお知らせください。

""" + SIG_N),
]
