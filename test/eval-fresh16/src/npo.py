from common import *

MAILS = []
def add(**k): MAILS.append(k)

add(key="MH1", expect="hold", kind="sensitive.crime_victim",
why="DV被害を受けている個人の氏名・住所・携帯・在留資格と被害状況を外部のシェルターへ送っている（犯罪被害＋所在情報）。",
frm=LAN, to=["田辺 紀子 <tanabe@kamome-house.org>"], cc=[OHASHI],
subject="緊急受け入れのご相談（ベトナム国籍女性・お子さん1名）",
text="""かもめハウス
田辺様

いつもお世話になっております。みなと多文化サポートネットのラン（グエン）です。
本日当会に相談に来られた方について、緊急の受け入れが可能かご相談させてください。

氏名：ファム・ティ・フオン（PHAM THI HUONG）さん　32歳
子：長男 5歳（保育園 年中）
現住所：横浜市南区永田東2-9-14 コーポ永田101（夫と同居）
携帯：080-6142-9938（夫に見られる可能性があるため、SMS・留守電は不可）
在留資格：日本人の配偶者等（在留期限 2025年3月）
日本語：日常会話は可、書類は難しい

状況：
夫からの暴力（顔を殴られる、首を絞められる）が半年ほど続いており、昨夜も本人が110番通報。南警察署で被害届の提出を検討中です。
在留資格が夫の身元保証に関わっているため、離れると在留が不安と本人は話しています（その点は当会で入管手続きをフォローします）。

今夜からの受け入れが難しい場合、明日以降でも構いません。
17時まで当会におりますので、お電話いただけますと助かります。
""" + SIG_LAN,
personal=[P("name","ファム・ティ・フオン（PHAM THI HUONG）"),P("address","横浜市南区永田東2-9-14 コーポ永田101"),
P("phone","080-6142-9938"),P("crime","夫からの暴力（顔を殴られる、首を絞められる）"),P("crime","被害届の提出を検討中")])

add(key="MH2", expect="hold", kind="roster.learners",
why="日本語教室の受講者名簿（氏名・国籍・携帯・宗教に関わる備考）を外部ボランティアの私用アドレスへ送っている。",
frm=OHASHI, to=["高木 先生 <takagi.sensei.yk@gmail.com>","Jessica Moore <jess.moore.yokohama@yahoo.com>","村田 恭子 <kyoko-murata@nifty.com>"],
subject="【日本語教室】秋学期 木曜夜クラスの名簿です",
text="""先生方

いつもありがとうございます。事務局の大橋です。
秋学期（10/3〜）木曜夜クラスの名簿をお送りします。
欠席の連絡はLINEより電話のほうが早い人もいるので、携帯番号も入れています。取扱いにはご注意ください。

No,氏名,国籍,レベル,携帯,備考
1,Tran Van Duc,ベトナム,初級1,070-4418-2290,工場夜勤明けで遅刻あり
2,Maria Clara Reyes,フィリピン,初級2,080-9914-3301,
3,Bishnu Gurung,ネパール,初級1,090-2276-5540,お子さん連れで参加
4,李 暁梅（Li Xiaomei）,中国,中級,080-3321-0786,
5,Siti Rahmawati,インドネシア,初級2,070-8830-1192,金曜礼拝の関係で木曜は19時以降可
6,Rahim Uddin,バングラデシュ,初級1,090-7781-4025,

教材はいつもの「いろどり」初級1・2です。コピーは事務局で用意しておきます。
""" + SIG_OHASHI,
personal=[P("name","Tran Van Duc"),P("phone","070-4418-2290"),P("name","Maria Clara Reyes"),P("phone","080-9914-3301"),
P("name","Bishnu Gurung"),P("phone","090-2276-5540"),P("name","李 暁梅（Li Xiaomei）"),P("name","Siti Rahmawati"),P("religion","金曜礼拝"),
P("name","Rahim Uddin"),P("phone","090-7781-4025")])

add(key="MH3", expect="hold", kind="sensitive.social",
why="個人名・年齢・国籍・居所とともに生活保護受給中であることを外部の住まい支援団体へ伝えている。",
frm=LAN, to=["本間 和也 <homma@sumai-support-kanagawa.org>"],
subject="入居支援のご依頼（生活保護受給中の方）",
text="""すまいサポートかながわ
本間様

お世話になっております。みなと多文化サポートネットのランです。
先日お電話でお話しした方の入居支援について、改めてご依頼いたします。

対象者：ラマ・スシラ（LAMA SUSHILA）さん　女性　58歳
国籍・在留資格：ネパール／永住者
現在：中区寿町の簡易宿泊所に滞在中
7月から中区福祉保健センターで生活保護の受給が始まっています（担当ケースワーカーは井口さん）。
希望：単身向け、エレベーターありか1階（膝が悪いため）、家賃は住宅扶助の上限 52,000円以内
連絡：ご本人は日本語の読み書きが難しいため、当会経由でお願いします。

内見の際は私が通訳で同行します。どうぞよろしくお願いいたします。
""" + SIG_LAN,
personal=[P("name","ラマ・スシラ（LAMA SUSHILA）"),P("social","生活保護の受給"),P("race","ネパール")])

add(key="MH4", expect="hold", kind="sensitive.religion",
why="家族の実名とともに宗教（イスラム教・スンニ派）、難民認定申請中という在留上の事情、持病と服薬を外部の宿泊施設へ伝えている。",
frm=OHASHI, to=["みなとゲストハウス 受付 <info@minato-guesthouse.jp>"], cc=[LAN],
subject="一時宿泊のお願い（アフガニスタン出身のご家族4名）",
text="""みなとゲストハウス
ご担当者様

いつもご協力いただきありがとうございます。みなと多文化サポートネットの大橋です。
来週月曜から2週間程度、下記ご家族の一時宿泊をお願いできないでしょうか。

・ハキミ家 4名（父 アフマド・ハキミさん 44歳、母 ファティマさん 39歳、長女 12歳、長男 8歳）
・現在、難民認定申請中で、支援団体の住居が空くまでのつなぎです
・ご家族はイスラム教（スンニ派）を信仰されており、豚肉・アルコールを含む食事は不可です。可能であればお祈り用の静かなスペース（1日5回、10分程度）をお借りしたいです
・お父様は高血圧で降圧剤を服用中。かかりつけは当会で紹介済みです

費用は当会の緊急支援基金からお支払いします（請求書は当会宛でお願いします）。
""" + SIG_OHASHI,
personal=[P("name","アフマド・ハキミ"),P("name","ファティマ"),P("religion","イスラム教（スンニ派）"),P("immigration","難民認定申請中"),P("health","高血圧で降圧剤を服用中")])

PARTNERS = ["横浜国際交流ラウンジ 中原 <nakahara@yic-lounge.or.jp>",
"中区役所 地域振興課 <naka-chiiki@city-naka.example.lg.jp>",
"鶴見多文化フォーラム 安田 <yasuda@tsurumi-forum.org>",
"かもめハウス 田辺 <tanabe@kamome-house.org>",
"すまいサポートかながわ 本間 <homma@sumai-support-kanagawa.org>",
"片岡行政書士事務所 <kataoka@kataoka-visa.jp>",
"ベイサイド総合病院 医療相談室 <msw@bayside-hosp.jp>",
"神奈川ユニオン外国人部会 <foreign@kanagawa-union.org>",
"Pastor John Okafor <j.okafor@grace-intl-church.jp>",
"横浜モスク文化センター 事務局 <office@yokohama-masjid.org>",
"よこはま子ども食堂ネット 河合 <kawai@kodomo-shokudo-yk.jp>",
"Vietnamese Students Assoc. <vsa.kanagawa@gmail.com>",
"港南日本語ボランティアの会 <konan.nihongo@outlook.jp>"]
add(key="MH5", expect="hold", kind="recipients.many_external",
why="13の異なる外部団体・私用アドレスがToに並び、全員のアドレスが互いに見える（Bccにすべき）。",
frm=OHASHI, to=PARTNERS,
subject="【ご案内】第8回 みなと多文化共生ネットワーク会議（9/12）",
text="""関係団体の皆さま

いつも大変お世話になっております。みなと多文化サポートネット事務局の大橋です。
第8回 みなと多文化共生ネットワーク会議を下記のとおり開催いたします。

日時：2024年9月12日（木）14:00〜16:30
会場：ベイサイド会館 3階 大会議室（オンライン併用）
テーマ：育成就労制度への移行と地域の相談体制／災害時の多言語支援
申込：9月5日までに本メールへご返信ください（出席者名・オンライン希望の有無）

各団体から5分程度の近況報告をお願いできれば幸いです。
""" + SIG_OHASHI)

add(key="MH6", expect="hold", kind="ppap.encrypted_zip",
why="相談記録をパスワード付きZIP（PPAP）で外部の行政書士に送っており、中身を検査できない。",
frm=LAN, to=["片岡 修 <kataoka@kataoka-visa.jp>"],
subject="相談記録の送付（永住申請の件）",
text="""片岡先生

お世話になっております。みなと多文化サポートネットのランです。
昨日の相談の記録と、ご本人から預かった書類のスキャンをまとめてお送りします。
パスワードは別のメールでお送りします。

面談は来週火曜の14時で、ご本人にも伝えてあります。
""" + SIG_LAN,
attachments=[{"filename":"相談記録_20240703.zip","contentType":ZIP,"encrypted":True}])

add(key="MH7", expect="hold", kind="id.residence_card",
why="特定個人の在留カード表裏のスキャン画像を外部の行政書士に送っている（画像は中身が読めないが、本文とファイル名で在留カードの写しと分かる）。",
frm=LAN, to=["片岡 修 <kataoka@kataoka-visa.jp>"],
subject="Re: 在留カードの写し",
text="""片岡先生

トラン・ティ・マイさんの在留カード（表・裏）のスキャンを送ります。
期限が8月なので、更新申請の件よろしくお願いします。
裏面の住居地はまだ旧住所のままです。転居届は来週本人が区役所に行く予定です。

ラン

> ラン様
> 先日の件、在留カードの写しを表裏ともお送りいただけますか。
> 片岡
""" + SIG_LAN,
attachments=[{"filename":"在留カード_表.jpg","contentType":JPG},{"filename":"在留カード_裏.jpg","contentType":JPG}],
personal=[P("name","トラン・ティ・マイ")])

add(key="MH8", expect="hold", kind="sensitive.medical",
why="上の本文は「匿名化する」と言っているが、その下に転記した相談員メモに実名・国籍・HIV陽性・通院先が残ったまま外部の助成財団へ送られている。",
frm=OHASHI, to=["石丸 智美 <ishimaru@aozora-kikin.or.jp>"],
subject="Re: 活動報告書の事例掲載について",
text="""石丸様

お世話になっております。みなと多文化サポートネットの大橋です。
活動報告書の事例の件、候補は下記の相談員メモのケースで考えております。
掲載用には個人が特定されないよう書き直して、今週中に原稿をお送りいたします。
方向性としてこのようなケースでよろしいか、ご意見いただけますと幸いです。

---- 転送メッセージ ----
差出人: Nguyen Thi Lan <lan.nguyen@minato-tabunka.org>
宛先: 大橋 由紀 <y.ohashi@minato-tabunka.org>
件名: 報告書用の事例候補

大橋さん
事例候補です。
・アマラ・オコンクォ（AMARA OKONKWO）さん　ナイジェリア国籍　41歳
・2023年秋にHIV陽性が判明、市立ベイサイド総合病院で抗HIV療法を開始
・通訳同行 12回、自立支援医療（更生医療）の申請を支援
・ご本人は同国人コミュニティに知られることを強く心配しています
ラン

> 石丸様からのメール：
> 報告書に1〜2件、具体的な支援事例を掲載したいと考えております。
""" + SIG_OHASHI,
personal=[P("name","アマラ・オコンクォ（AMARA OKONKWO）"),P("health","HIV陽性"),P("health","抗HIV療法"),P("race","ナイジェリア国籍")])

add(key="MH9", expect="hold", kind="profile.forward",
why="求職者個人の氏名・生年月日・住所・携帯・在留資格・家族の状況（妻の妊娠）を紹介先の企業へ送っている。",
frm=LAN, to=["松尾 拓 <matsuo@wangan-logitech.co.jp>"],
subject="就職希望者のご紹介（倉庫内軽作業）",
text="""株式会社湾岸ロジテック
人事課 松尾様

お世話になっております。先日の説明会ではありがとうございました。
倉庫内軽作業の求人に、当会の相談者をご紹介させてください。

氏名：ビクラム・タパ（BIKRAM THAPA）さん
生年月日：1996年4月17日（28歳）
住所：横浜市鶴見区生麦3-11-6 メゾン生麦202
携帯：070-5512-8846
在留資格：定住者（就労制限なし）
日本語：N3程度、会話は問題ありません
前職：食品工場（ライン作業）2年
家族：妻と長女（3歳）。奥さまが妊娠中のため、夜勤は月4回までを希望

面接日程をいただければ、通訳として同行も可能です。
""" + SIG_LAN,
personal=[P("name","ビクラム・タパ（BIKRAM THAPA）"),P("birthdate","1996年4月17日"),P("address","横浜市鶴見区生麦3-11-6 メゾン生麦202"),
P("phone","070-5512-8846"),P("health","奥さまが妊娠中")])

# passes
add(key="MP1", expect="pass", kind="benign.aggregate_stats",
why="国籍別・内容別の相談件数の集計のみ（少数国籍は「その他」に合算）で、DV・生活保護・医療の語があっても個人は特定できない。",
frm=OHASHI, to=["横浜市 国際局 政策課 <kokusai-seisaku@city-yokohama.example.lg.jp>"],
subject="令和5年度 多言語生活相談事業 実績報告の提出について",
text="""横浜市国際局 政策課
ご担当者様

いつもお世話になっております。みなと多文化サポートネットの大橋です。
令和5年度の委託事業実績について、概要を下記のとおりご報告いたします。正式な報告書は郵送いたします。

■ 相談件数（延べ）1,484件（前年度比 +9.2%）
国籍別：ベトナム 412／中国 287／フィリピン 231／ネパール 198／インドネシア 64／その他 292
　※年間5件未満の国籍は「その他」に合算しています
内容別：在留資格・手続 27.4%／労働 18.2%／医療・健康 12.9%／住まい 11.0%／子育て・教育 8.5%／DV・家庭 6.3%／生活保護等の福祉 5.8%／その他 9.9%
対応言語：ベトナム語 31%、中国語 22%、英語 19%、やさしい日本語 15%、その他 13%

■ 同行支援 146件（うち医療機関 58件、区役所 51件、入管 21件）
■ 課題：DV相談が前年の1.6倍。夜間の多言語対応窓口の不足

ご確認のほどよろしくお願いいたします。
""" + SIG_OHASHI)

add(key="MP2", expect="pass", kind="benign.template_dummy",
why="在留カード更新のチラシ原稿で、カード番号・氏名は「見本」「SAMPLE」の例示値のみ。在留資格の語彙はあるが個人データはない。",
frm=LAN, to=["ことばデザイン工房 <info@kotoba-design.jp>"], cc=[OHASHI],
subject="在留カード更新チラシ（やさしい日本語版）原稿です",
text="""ことばデザイン工房 ご担当者様

お世話になっております。みなと多文化サポートネットのランです。
チラシの原稿（やさしい日本語）を送ります。ベトナム語・英語・ネパール語版も同じレイアウトでお願いします。

---- 原稿ここから ----
【在留カードの 期限を 確認しましょう】
在留カードの うらに「在留期間の満了日」が 書いて あります。
期限の 3か月前から 更新の 申請が できます。

＜在留カードの 見本＞
番号：AB12345678CD（見本）
氏名：SAMPLE TARO
在留資格：特定技能1号
在留期間の満了日：20XX年XX月XX日

◆ 技能実習から 特定技能に 変わる 人も 申請が 必要です
◆ 永住申請を したい 人は 相談会に 来て ください
相談は 無料です。秘密は 守ります。
電話：045-664-2875（月〜金 10:00〜17:00）
---- 原稿ここまで ----

カードの見本画像は出入国在留管理庁のサイトのものを使う予定です（利用条件確認済み）。
""" + SIG_LAN)

VOLS = ["haruka.s.1990@gmail.com","m.takeuchi@outlook.jp","nguyenthanh.yk@gmail.com","kenji-o@docomo.ne.jp",
"lisa.chang.jp@gmail.com","yoshie_f@yahoo.co.jp","r.gomez.yokohama@gmail.com","shimizu.aya@icloud.com",
"tunde.a@proton.me","kobayashi-nurse@nifty.com","ohara.family@ezweb.ne.jp","minh.volunteer@gmail.com",
"sakura.t.interp@gmail.com","p.sharma.jp@outlook.com","nishimura.k1958@yahoo.co.jp","l.fernandez@gmail.com",
"aoki.translation@gmail.com","chen.yutong@icloud.com"]
add(key="MP3", expect="pass", kind="benign.bcc_many",
why="ボランティア18名の私用アドレスはすべてBccで、Toは自団体のみ。内容も募集案内。",
frm=OHASHI, to=["みなと多文化サポートネット 事務局 <info@minato-tabunka.org>"], bcc=VOLS,
subject="【ボランティア募集】秋の多言語健康相談会（10/20）の通訳",
text="""ボランティア登録者の皆さま（Bccで失礼します）

いつもご協力ありがとうございます。事務局の大橋です。
秋の多言語健康相談会の通訳ボランティアを募集します。

日時：10月20日（日）10:00〜15:00（事前説明 9:30〜）
会場：ベイサイド会館 1階ホール
内容：医師・保健師・歯科医による健康相談、血圧測定などの通訳
募集言語：ベトナム語、ネパール語、タガログ語、インドネシア語、中国語、英語
謝礼：交通費＋3,000円

※相談内容は守秘義務の対象です。当日、誓約書にご署名をお願いします。
参加できる方は10/4までに info@minato-tabunka.org へご返信ください（全員への返信はしないでください）。
""" + SIG_OHASHI)

add(key="MP4", expect="pass", kind="benign.meeting",
why="区役所担当者との打合せ日程調整。行政職員の氏名・署名が多数あるが、相談者個人の情報はない。",
frm=OHASHI, to=["三浦 健司 <k-miura@city-naka.example.lg.jp>"], cc=["野口 あずさ <a-noguchi@city-naka.example.lg.jp>",LAN],
subject="Re: 災害時多言語支援の協定に関する打合せ",
text="""三浦様

ご連絡ありがとうございます。
ご提示いただいた日程のうち、7月23日（火）15時〜で伺います。当会からは私とラン（ベトナム語担当）の2名です。
協定案の第4条（要配慮者名簿の取扱い）については、当会では名簿の提供は受けず、避難所での通訳派遣のみとする案でご相談できればと思います。

大橋

-----Original Message-----
From: 三浦 健司 <k-miura@city-naka.example.lg.jp>
Sent: Friday, July 12, 2024 5:48 PM
To: 大橋 由紀 <y.ohashi@minato-tabunka.org>
Cc: 野口 あずさ <a-noguchi@city-naka.example.lg.jp>
Subject: 災害時多言語支援の協定に関する打合せ

みなと多文化サポートネット
大橋様

いつもお世話になっております。中区地域振興課の三浦です。
先日お話しした協定の件、一度打合せの機会をいただけますでしょうか。
候補日：7/22（月）10時〜、7/23（火）15時〜、7/25（木）13時〜
場所：中区役所 本館5階 会議室B
当課からは三浦、野口、危機管理担当の石原係長が出席予定です。

――――――――――――――
横浜市中区役所 区政推進課 地域振興係
三浦 健司
TEL 045-224-0000（内線 5123）
k-miura@city-naka.example.lg.jp
――――――――――――――
""" + SIG_OHASHI)

add(key="MP5", expect="pass", kind="benign.self_data",
why="相談予約の確認を相談者本人の私用アドレスに送っており、記載の氏名・電話・相談内容はすべて本人のもの。",
frm=LAN, to=["Dang Thi Thu <thu.dang.1995@gmail.com>"],
subject="Xác nhận lịch hẹn / 相談予約の確認（7月10日）",
text="""Chị Thu ơi,

Em là Lan ở Minato Tabunka. Em gửi chị xác nhận lịch hẹn nhé.
（ベトナム語のあとに日本語も書いています）

■ 予約内容 / Nội dung đặt hẹn
お名前：ダン・ティ・トゥー 様
日時：7月10日（水）14:00〜15:00
場所：ベイサイド会館2階 相談室B
内容：在留資格の変更（技能実習 → 特定技能）について
ご連絡先：090-8842-1376（ご本人）

■ 持ち物 / Giấy tờ cần mang
・在留カード、パスポート
・技能実習の修了証明書（あれば）
・新しい会社の雇用契約書（コピーでOK）

Nếu chị cần đổi lịch thì gọi số 045-664-2875 hoặc trả lời email này nhé.
""" + SIG_LAN)

add(key="MP6", expect="pass", kind="benign.plain_zip",
why="暗号化されていない通常のZIPで、中身は防災マップの入稿データ。個人データはない。",
frm=OHASHI, to=["港北印刷 入稿受付 <nyuko@kohoku-print.co.jp>"],
subject="多言語防災マップ 入稿データ（7言語）",
text="""港北印刷
入稿ご担当者様

お世話になっております。みなと多文化サポートネットの大橋です。
先日お見積りいただいた多言語防災マップの入稿データをお送りします。

・A2二つ折り、7言語（日・英・中・韓・越・ネ・タガログ）
・各3,000部、合計21,000部
・フォントはアウトライン化済み、塗り足し3mm
・ZIP（パスワードなし）の中にPDF/X-1aとプレビュー用JPGが入っています

納品は9月6日（金）必着でお願いいたします。校正は PDF でいただければ結構です。
""" + SIG_OHASHI,
attachments=[{"filename":"bousai_map_7lang_nyuko.zip","contentType":ZIP}])

add(key="MP7", expect="pass", kind="benign.it_incident",
why="「ウイルス感染」はマルウェアメールの注意喚起で、健康情報ではない。宛先もBcc。",
frm=OHASHI, to=["みなと多文化サポートネット 事務局 <info@minato-tabunka.org>"],
bcc=["takagi.sensei.yk@gmail.com","jess.moore.yokohama@yahoo.com","kyoko-murata@nifty.com","haruka.s.1990@gmail.com","m.takeuchi@outlook.jp","minh.volunteer@gmail.com"],
subject="【注意】当会を装ったウイルス感染メールについて",
text="""ボランティアの皆さま（Bccで失礼します）

当会の名前（みなと多文化サポートネット）を装った不審なメールが複数の方に届いていることが分かりました。
件名「【重要】相談予約の変更について」などで、Word/Excelの添付ファイルやZIPが付いています。
添付を開いてマクロを有効にすると、Emotetなどのウイルスに感染するおそれがあります。

・当会からパスワード付きZIPをお送りすることはありません
・心当たりのないメールの添付は開かず、削除してください
・万一開いてしまった場合は、ネットワークから切断して事務局までご連絡ください

当会のPCは現在すべて点検済みで、感染は確認されていません。ご迷惑をおかけして申し訳ありません。
""" + SIG_OHASHI)

add(key="MP8", expect="pass", kind="benign.visa_vocab",
why="企業からの一般的な質問（家族滞在・資格外活動・特定活動）への回答で、特定個人の情報はない。",
frm=LAN, to=["湯川 里美 <yukawa@greenleaf-foods.co.jp>"],
subject="Re: 外国籍のアルバイト採用についてのご質問",
text="""湯川様

お問い合わせありがとうございます。みなと多文化サポートネットのランです。
一般的なご案内になりますが、下記ご参考ください。個別のケースは、ご本人と一緒に相談に来ていただければ確認します。

1.「家族滞在」の方
　資格外活動許可があれば週28時間まで就労できます。在留カード裏面の「資格外活動許可欄」をご確認ください。
2.「留学」の方
　同じく週28時間まで（学校の長期休暇中は1日8時間まで）。
3.「特定活動」の方
　指定書（パスポートに貼付）の内容で就労の可否が変わります。特定活動46号などはフルタイム就労可能です。
4.「永住者」「定住者」「日本人の配偶者等」の方
　就労制限はありません。

採用時は在留カードの確認と、ハローワークへの外国人雇用状況届出が必要です。
入管の「在留カード等読取アプリ」で偽造チェックもできます。
""" + SIG_LAN)

add(key="MP9", expect="pass", kind="benign.fyi_forward",
why="「FYI」で入管庁の公開プレスリリース（育成就労制度）を転送しただけで、個人の情報はない。",
frm=OHASHI, to=["安田 浩 <yasuda@tsurumi-forum.org>"],
subject="FW: 【出入国在留管理庁】育成就労制度の運用に関する基本方針（案）の公表について",
text="""FYI

大橋

---------- Forwarded message ---------
From: 出入国在留管理庁 メールマガジン <mailmag@isa-news.example.go.jp>
Subject: 【出入国在留管理庁】育成就労制度の運用に関する基本方針（案）の公表について

本日、育成就労制度の運用に関する基本方針（案）を公表し、意見公募手続（パブリックコメント）を開始しました。
・育成就労制度は技能実習制度に代わる制度として、令和9年までに施行予定です
・一定の要件の下で、本人の意向による転籍が可能となります
・監理団体は「監理支援機関」として許可制となります
詳細：https://www.isa-news.example.go.jp/policies/ikusei
意見募集期間：30日間
本メールは送信専用です。""")

add(key="MP10", expect="pass", kind="benign.public_figure",
why="イベントのプレスリリースで、登場するのは区長・大使館公使など公的立場の人物と団体職員のみ。",
frm=OHASHI, to=["神奈川新報 報道部 <news@kanagawa-shinpo.example.jp>"],
subject="【取材のご案内】多文化共生フェスタ2024（10/5）",
text="""神奈川新報 報道部 御中

いつもお世話になっております。NPO法人みなと多文化サポートネットの大橋です。
下記イベントのご案内です。ぜひ取材をご検討ください。

多文化共生フェスタ2024 〜ひとつの街、たくさんのことば〜
日時：10月5日（土）11:00〜16:00
会場：山下町ベイサイド広場
主催：NPO法人みなと多文化サポートネット／共催：横浜市中区
開会あいさつ：中区長 長谷川 浩一 氏、在日ネパール大使館 公使 ラジ・クマール・シュレスタ 氏
内容：13か国の屋台、民族舞踊、多言語防災ワークショップ、子ども日本語スピーチ大会（出場者の氏名・写真は保護者の同意を得たものに限り公表）

取材受付・お問い合わせ：事務局 大橋（下記）
""" + SIG_OHASHI)
