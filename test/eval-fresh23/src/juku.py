from common import *

MAILS = []

# ---------------------------------------------------------------- TH1
MAILS.append(dict(
    key="TH1", expect="hold", kind="roster.students",
    why="本文は事務連絡だけだが、添付CSVに生徒13名の氏名・生年月日・在籍校・保護者電話が並んでおり、外部の模試業者へ送付される名簿にあたる。",
    **{"from": MORIMOTO}, to=["全国学力模試センター 団体受付 <dantai@zenkoku-moshi.jp>"],
    subject="10月 統一模試 団体申込（まなびの灯 旭が丘教室）",
    text="""全国学力模試センター
団体受付ご担当者様

いつもお世話になっております。
個別指導塾まなびの灯 旭が丘教室の森本です。

10月19日（日）実施の統一模試について、団体申込の受験者データを
添付のCSVでお送りします。中3が8名、中2が5名の計13名です。

受験料は請求書をいただき次第、お振込みいたします。
また、個人成績表は例年どおり教室宛にまとめてご送付ください。

どうぞよろしくお願いいたします。
""" + SIG_MORIMOTO,
    attachments=[att("統一模試10月_団体申込_旭が丘.csv", CSV,
"""No,氏名,フリガナ,性別,学年,在籍中学校,生年月日,保護者連絡先
1,相沢 結衣,アイザワ ユイ,女,中3,日野市立旭が丘中学校,2010/06/03,042-583-2291
2,石塚 陽翔,イシヅカ ハルト,男,中3,日野市立旭が丘中学校,2010/11/03,090-7734-2251
3,上野 颯太,ウエノ ソウタ,男,中3,日野市立第三中学校,2010/04/22,080-5571-0938
4,河合 凛,カワイ リン,女,中3,日野市立旭が丘中学校,2010/09/15,090-2246-7781
5,近藤 美咲,コンドウ ミサキ,女,中3,私立明星学園中学校,2011/01/08,042-584-6602
6,田辺 湊,タナベ ミナト,男,中3,日野市立第三中学校,2010/07/30,070-3318-4425
7,野口 悠真,ノグチ ユウマ,男,中3,日野市立旭が丘中学校,2010/12/19,090-8810-2537
8,松尾 陽菜,マツオ ヒナ,女,中3,日野市立第三中学校,2010/05/11,080-4419-6623
9,岡本 大翔,オカモト ヒロト,男,中2,日野市立旭が丘中学校,2011/08/27,090-6632-1174
10,佐久間 芽依,サクマ メイ,女,中2,日野市立旭が丘中学校,2011/10/02,042-583-9150
11,藤井 蒼,フジイ アオイ,男,中2,日野市立第三中学校,2011/05/16,080-2273-4491
12,宮田 杏,ミヤタ アン,女,中2,日野市立第三中学校,2012/02/14,090-1157-3360
13,渡部 航,ワタナベ ワタル,男,中2,日野市立旭が丘中学校,2011/06/09,070-6624-8819
""")],
    personal=P(("name", "相沢 結衣"), ("birthdate", "2010/06/03"), ("phone", "042-583-2291"),
               ("name", "上野 颯太"), ("phone", "080-5571-0938"), ("name", "近藤 美咲"),
               ("name", "渡部 航"), ("phone", "070-6624-8819")),
))

# ---------------------------------------------------------------- TH2
MAILS.append(dict(
    key="TH2", expect="hold", kind="sensitive.disability",
    why="特定の中学生のADHD診断と服薬名を外部の放課後等デイサービスへ伝えている。保護者の依頼でも要配慮個人情報の外部提供にあたる。",
    **{"from": KUBOTA}, to=["松井 真奈美 <matsui@step-nobinobi.jp>"],
    subject="藤井 蒼くんの学習面について（情報共有）",
    text="""放課後等デイサービス ステップのびのび
児童指導員 松井様

先日はお電話をありがとうございました。まなびの灯の久保田です。
保護者の藤井様から「両方の施設で様子を共有してほしい」とのご依頼がありましたので、
当塾での様子をお伝えします。

・蒼くん（中学2年、日野市立第三中）はADHDの診断を受けており、
　7月から服薬（インチュニブ）を始めたと保護者様から伺っています。
・服薬開始後は、80分授業の後半でも集中が続くようになりました。
　一方で、19時以降の授業では眠気が出ることがあり、現在は17時台の授業に移しています。
・数学：一次関数のグラフは理解が進んでいます。文章題は式を立てる前に図を描く練習中です。
・英語：単語テストは毎回8割以上。長文になると途中で集中が切れやすいため、
　段落ごとに区切って読ませています。
・声かけは「次に何をするか」を一つずつ具体的に伝えると動きやすいようです。

そちらでの宿題の取り組み方などで、こちらが参考にできることがあれば教えていただけると助かります。
今後ともよろしくお願いいたします。
""" + SIG_KUBOTA,
    personal=P(("name", "藤井 蒼"), ("health", "ADHDの診断を受けており"), ("health", "インチュニブ")),
))

# ---------------------------------------------------------------- TH3
MAILS.append(dict(
    key="TH3", expect="hold", kind="id.my_number",
    why="本文は無害だが、添付Excelに講師4名の個人番号（マイナンバー）・生年月日・住所が入っており、外部の会計事務所へ送られる。",
    **{"from": MORIMOTO}, to=["大西 里香 <r-onishi@kawabe-kaikei.jp>"], cc=[KUBOTA],
    subject="年末調整資料の送付（講師分）",
    text="""川辺会計事務所
大西様

いつもお世話になっております。あかりエデュケーション（まなびの灯）の森本です。

年末調整の件、講師のうち扶養控除等申告書の提出があった4名分の内容を
Excelにまとめましたのでお送りします。
原本は本日レターパックで発送しましたので、明後日には届くかと思います。

残りの講師（学生アルバイト6名）は、今週中に回収してあらためてお送りします。
不足の書類などありましたらご連絡ください。
""" + SIG_MORIMOTO,
    attachments=[att("年調_講師_扶養控除等申告書まとめ.xlsx", XLSX,
"""講師一覧（扶養控除等申告書 提出分）
氏名	フリガナ	生年月日	住所	個人番号	扶養親族	備考
中島 悠斗	ナカジマ ユウト	2003/06/12	東京都日野市多摩平2-8-4-305	482039175627	なし	学生
早川 美咲	ハヤカワ ミサキ	1998/02/27	東京都八王子市散田町3-21-9	735184029367	なし	
横山 光一	ヨコヤマ コウイチ	1971/10/05	東京都日野市旭が丘6-2-14	259406138783	妻・長女	元教員
園田 詩織	ソノダ シオリ	2002/09/18	東京都立川市錦町4-7-1-702	610873542198	なし	学生
""")],
    personal=P(("name", "中島 悠斗"), ("mynumber", "482039175627"), ("name", "早川 美咲"),
               ("mynumber", "735184029367"), ("name", "横山 光一"), ("mynumber", "259406138783"),
               ("name", "園田 詩織"), ("mynumber", "610873542198"), ("address", "東京都日野市多摩平2-8-4-305")),
))

# ---------------------------------------------------------------- TH4
MAILS.append(dict(
    key="TH4", expect="hold", kind="id.account",
    why="講師個人の給与振込口座（支店・口座番号・名義）を外部の給与計算代行会社へ送っている。",
    **{"from": KUBOTA}, to=["ひのでペイロール 給与計算チーム <kyuyo@hinode-payroll.co.jp>"],
    subject="10月支給分より 講師の振込口座変更（1名）",
    text="""ひのでペイロール株式会社
給与計算チーム ご担当者様

いつもお世話になっております。あかりエデュケーションの久保田です。
講師1名の給与振込口座の変更がありましたので、ご対応をお願いいたします。

　社員コード：AK-0117
　氏名　　　：岡部 莉子
　変更後口座：たま中央信用金庫 豊田支店 普通 0824516 オカベ リコ
　適用　　　：10月25日支給分から

変更前の口座（ゆうちょ）は本人が解約予定とのことです。
本人から提出された変更届は、月末の勤怠データと一緒に郵送します。

よろしくお願いいたします。
""" + SIG_KUBOTA,
    personal=P(("name", "岡部 莉子"), ("account", "普通 0824516"), ("name", "オカベ リコ")),
))

# ---------------------------------------------------------------- TH5
MAILS.append(dict(
    key="TH5", expect="hold", kind="profile.resume",
    why="応募してきた学生の履歴書（生年月日・住所・電話・メール・学歴）を、別法人の塾へそのまま転送している。",
    **{"from": KUBOTA}, to=["ブライト八王子 教室長 樋口 <higuchi@bright-hachioji.jp>"],
    subject="講師候補のご紹介（大学生・理系）",
    text="""学習塾ブライト八王子
樋口 教室長

ご無沙汰しております。まなびの灯の久保田です。
先月の地区塾連絡会でお話ししていた件です。

当塾の講師募集に理系の大学生から応募があったのですが、
あいにく当塾は理系講師が充足してしまい、今期は採用を見送ることになりました。
八王子で数学・理科の講師を探していらっしゃると伺ったので、ご紹介させてください。
本人には「他塾に紹介してもよいか」電話で確認し、了承を得ています。

面接での印象はとても良く、説明が丁寧で、中学生の扱いにも慣れている印象でした。
履歴書を添付しますので、ご興味があれば本人に直接ご連絡ください。
""" + SIG_KUBOTA,
    attachments=[att("履歴書_小松崎航平.docx", DOCX,
"""履 歴 書　　　　2025年8月20日現在
ふりがな　こまつざき こうへい
氏名　小松崎 航平
生年月日　2004年2月9日（満21歳）　男
現住所　〒192-0045 東京都八王子市大和田町5-17-3 ハイツ大和田203
電話　080-3926-4158
メール　kohei.komatsuzaki@gmail.com

学歴
2019年4月　東京都立多摩川高等学校 入学
2022年3月　同 卒業
2022年4月　東京理工科大学 理学部 数学科 入学（現在3年在学中）

職歴
2022年6月〜2025年3月　家庭教師（個人契約・中学生2名）

資格　実用数学技能検定 準1級、普通自動車第一種運転免許
志望動機　中学生が「わかった」と言う瞬間に立ち会える仕事がしたいと考え、応募しました。
勤務希望　週3日（月・水・金）17時以降
""")],
    personal=P(("name", "小松崎 航平"), ("birthdate", "2004年2月9日"), ("address", "東京都八王子市大和田町5-17-3 ハイツ大和田203"),
               ("phone", "080-3926-4158"), ("email", "kohei.komatsuzaki@gmail.com")),
))

# ---------------------------------------------------------------- TH6
MAILS.append(dict(
    key="TH6", expect="hold", kind="sensitive.social",
    why="学習支援事業の利用児童の氏名とともに「生活保護」「就学援助」といった世帯区分（社会的身分）を外部NPOへ報告している。",
    **{"from": MORIMOTO}, to=["桑原 智子 <kuwabara@kodomo-asu.org>"],
    subject="9月分 学習支援（委託）利用者の出席報告",
    text="""NPO法人 こどもの明日ネット
桑原様

お世話になっております。まなびの灯 旭が丘教室の森本です。
9月分の学習支援事業（委託分）の出席状況をご報告します。

氏名	学年	世帯区分	予定回数	出席回数	備考
小山 陸斗	中3	生活保護	8	8	
嶋田 さくら	中2	生活保護	8	6	体調不良で2回欠席
伊東 蓮	中3	就学援助	8	7	
ゴメス・ルシア	中1	生活保護	8	8	日本語サポートあり
浅見 朋也	中2	就学援助	8	4	部活動の大会のため欠席あり

10月からは嶋田さんが週1回→週2回に増える予定です。
請求書は別途郵送いたします。よろしくお願いいたします。
""" + SIG_MORIMOTO,
    personal=P(("name", "小山 陸斗"), ("social", "生活保護"), ("name", "嶋田 さくら"),
               ("name", "ゴメス・ルシア"), ("name", "伊東 蓮"), ("social", "就学援助")),
))

# ---------------------------------------------------------------- TH7
MAILS.append(dict(
    key="TH7", expect="hold", kind="sensitive.crime",
    why="特定の講師が酒気帯び運転で検挙され略式起訴されたという犯罪・刑事手続の情報を外部の弁護士へ送っている。",
    **{"from": KUBOTA}, to=["桜木 修一 先生 <sakuragi@sakuragi-law.jp>"],
    subject="ご相談：講師の酒気帯び運転（略式起訴）について",
    text="""桜木法律事務所
桜木 修一 先生

いつもお世話になっております。あかりエデュケーションの久保田です。
急ぎご相談したい件があり、ご連絡いたしました。

当塾の講師（大学院生アルバイト）檜山 拓真（24歳）が、8月30日深夜に
酒気帯び運転で検挙されたと本人から申告がありました。
事故は起こしておらず、その場で逮捕はされなかったものの、
9月に略式起訴され、罰金30万円の略式命令を受けたとのことです。

ご相談したいのは次の3点です。
1. 就業規則（懲戒規定）に照らして、どの程度の処分が妥当か
2. 本人が担当している生徒7名の保護者へ、事情を説明すべきかどうか、説明するならどこまで
3. 本人は通塾時に車を使っていないが、送迎業務を一時期担当していたことの影響

就業規則の該当条文と、本人の申告書（手書き）のコピーは明日郵送します。
お忙しいところ恐縮ですが、今週中にお時間をいただけますでしょうか。
""" + SIG_KUBOTA,
    personal=P(("name", "檜山 拓真"), ("crime", "酒気帯び運転で検挙"), ("crime", "略式起訴され、罰金30万円の略式命令")),
))

# ---------------------------------------------------------------- TH8
MAILS.append(dict(
    key="TH8", expect="hold", kind="profile.student",
    why="A minor student's full name, date of birth, home address and the mother's mobile and email are handed to an outside freelance tutor at a private address.",
    **{"from": KUBOTA}, to=["Olivia Brennan <olivia.brennan.tutor@gmail.com>"],
    subject="New student from October – handover details",
    text="""Hi Olivia,

Thanks again for agreeing to take on a new student from October.
Here are the details so you can get in touch with the family directly.

  Student : Haruto Ishizuka（石塚 陽翔）, Grade 9, Asahigaoka Junior High
  DOB     : 2010/11/03
  Home    : 3-14-6 Asahigaoka, Hino-shi, Tokyo
  Mother  : Ms. Naomi Ishizuka, mobile 090-7734-2251, naomi.ishizuka@icloud.com

Lessons: Tuesdays and Fridays, 19:00–20:20, at our Asahigaoka classroom (Room 3).
He is aiming for Eiken Pre-2 in January. Reading is fine, but he freezes in the interview part,
so please spend some time on speaking practice.

His mother prefers LINE or email rather than phone calls during the day.
Your hourly rate stays the same as for your current students.

Thanks,
Makoto
""" + SIG_KUBOTA,
    personal=P(("name", "Haruto Ishizuka"), ("birthdate", "2010/11/03"), ("address", "3-14-6 Asahigaoka, Hino-shi, Tokyo"),
               ("name", "Naomi Ishizuka"), ("phone", "090-7734-2251"), ("email", "naomi.ishizuka@icloud.com")),
))

# ---------------------------------------------------------------- TH9
MAILS.append(dict(
    key="TH9", expect="hold", kind="roster.students",
    why="返信本文は請求の話だけだが、引用された過去メールに生徒・保護者5組の氏名・自宅住所・電話の一覧が残ったまま外部業者へ送られる。",
    **{"from": MORIMOTO}, to=["福田 聡 <fukuda@shingaku-kyozai.jp>"],
    subject="Re: Re: 冬期テキスト 個別発送の件",
    text="""福田様

ご連絡ありがとうございます。
請求書の件、承知いたしました。お振込みは11月末日にさせていただきます。

引き続きよろしくお願いいたします。
""" + SIG_MORIMOTO + """

-----Original Message-----
From: 福田 聡 <fukuda@shingaku-kyozai.jp>
Sent: Wednesday, October 22, 2025 11:05 AM
Subject: Re: 冬期テキスト 個別発送の件

森本様
発送先のご連絡ありがとうございました。本日5件とも出荷いたしました。
請求書は教室宛に月末締めでお送りします。
進学教材ネット 福田

-----Original Message-----
From: 森本 あかね <morimoto@manabi-akari.jp>
Sent: Tuesday, October 21, 2025 4:48 PM
Subject: 冬期テキスト 個別発送の件

福田様
冬期テキストのご家庭直送分の発送先は以下の通りです。

生徒名 ／ 保護者名 ／ 住所 ／ 電話
1. 相沢 結衣 ／ 相沢 恭子 ／ 日野市旭が丘2-3-17 ／ 042-583-2291
2. 上野 颯太 ／ 上野 健司 ／ 日野市多摩平5-9-1-1104 ／ 080-5571-0938
3. 松尾 陽菜 ／ 松尾 由美 ／ 日野市三沢1-22-6 ／ 080-4419-6623
4. 宮田 杏 ／ 宮田 真一 ／ 八王子市平山2-14-8 ／ 090-1157-3360
5. 岡本 大翔 ／ 岡本 沙也加 ／ 日野市旭が丘5-1-30 ／ 090-6632-1174

よろしくお願いいたします。
森本
""",
    personal=P(("name", "相沢 恭子"), ("address", "日野市旭が丘2-3-17"), ("name", "上野 健司"),
               ("address", "日野市多摩平5-9-1-1104"), ("name", "宮田 真一"), ("phone", "090-1157-3360"),
               ("name", "岡本 沙也加")),
))

# ---------------------------------------------------------------- TH10
parents = [
    "相沢 恭子 <kyoko.aizawa@gmail.com>", "石塚 <naomi.ishizuka@icloud.com>", "上野 健司 <ueno.kenji.0415@yahoo.co.jp>",
    "河合 美紀 <miki.kawai.0720@gmail.com>", "近藤 <kondo-family@ezweb.ne.jp>", "田辺 まゆみ <mayumi.tanabe@docomo.ne.jp>",
    "野口 <yuma.mama.noguchi@gmail.com>", "松尾 由美 <yumi_matsuo@outlook.jp>", "岡本 沙也加 <sayaka.okamoto@icloud.com>",
    "佐久間 <sakuma.h@au.com>", "宮田 真一 <s.miyata1978@gmail.com>", "渡部 <watanabe.wataru.papa@yahoo.co.jp>",
    "古田 理恵 <rie.furuta@gmail.com>",
]
MAILS.append(dict(
    key="TH10", expect="hold", kind="recipients.many",
    why="保護者13名の個人アドレスがTo欄に並んでおり、保護者同士に互いのアドレスと氏名が見えてしまう（Bccにすべき）。",
    **{"from": MORIMOTO}, to=parents,
    subject="【まなびの灯】冬期講習のご案内と面談日程について",
    text="""保護者の皆さま

いつも大変お世話になっております。まなびの灯 旭が丘教室の森本です。
冬期講習のご案内をお送りします。

■期間　12月22日（月）〜1月7日（水）※12/31〜1/3は休講
■内容　学校の2学期内容の総復習、中3は入試直前演習
■お申込み締切　11月29日（土）

講習前の三者面談を、11月17日〜28日の間で行います。
ご都合のよい日時を3つほど、このメールにご返信いただけますでしょうか。

ご不明な点は教室（042-589-3316）までお気軽にお問い合わせください。
""" + SIG_MORIMOTO,
))

# ================================================================ passes
# ---------------------------------------------------------------- TP1
MAILS.append(dict(
    key="TP1", expect="pass", kind="benign.self_data",
    why="生徒本人の成績を、その保護者（未成年の法定代理人）の登録アドレスへ報告しているもので、本人側への返送にあたる。",
    **{"from": MORIMOTO}, to=["河合 美紀 <miki.kawai.0720@gmail.com>"],
    subject="凛さんの2学期中間テスト結果と面談のご報告",
    text="""河合 美紀 様

いつもお世話になっております。まなびの灯の森本です。
昨日は面談にお越しいただき、ありがとうございました。
お話しした内容と、凛さんの中間テストの結果をまとめてお送りします。

　科目　　今回　前回（1学期期末）
　国語　　78　　72
　数学　　64　　51
　英語　　85　　80
　理科　　70　　74
　社会　　81　　77
　5教科計 378　 354

数学が大きく伸びたのは、夏期講習で一次関数をやり直した成果だと思います。
理科は電流の単元で失点が多かったので、11月の授業で重点的に扱います。
志望校（都立南平高校）の合格圏まで、あと20点ほどです。

次回の面談は冬期講習前（11月下旬）を予定しています。
ご不明な点があれば、いつでもご連絡ください。
""" + SIG_MORIMOTO,
    personal=P(("name", "河合 美紀")),
))

# ---------------------------------------------------------------- TP2
MAILS.append(dict(
    key="TP2", expect="pass", kind="benign.aggregate_stats",
    why="地域情報誌向けの紹介原稿で、合格実績や発達障害のある生徒への支援は人数・割合の集計だけで個人は出てこない。",
    **{"from": KUBOTA}, to=["ひのタウン通信 編集部 森下 <editor@hino-town.jp>"],
    subject="Re: 11月号「地域の学び場」原稿確認のお願い",
    text="""ひのタウン通信 編集部
森下様

お世話になっております。まなびの灯の久保田です。
原稿を拝見しました。数字の部分を最新のものに差し替えましたのでご確認ください。

－－－－－－（修正後）－－－－－－
旭が丘で開校して9年目の個別指導塾「まなびの灯」。
講師1人に生徒2人までの少人数指導が特徴だ。
2025年春の高校入試では、中3生31人全員が進学先を決め、うち都立高校の合格者は24人。
入塾から半年で定期テスト5教科の合計が平均42点上がったという。

発達障害や不登校など、学び方に配慮が必要な生徒の受け入れにも力を入れており、
現在は在籍生徒の約1割がこうした個別の支援計画のもとで学んでいる。
「一人ひとりの『わかった』を積み重ねたい」と久保田誠塾長は話す。
－－－－－－－－－－－－－－－－

写真は教室の外観と授業風景（生徒の顔が写っていないもの）を別途お送りします。
よろしくお願いいたします。
""" + SIG_KUBOTA,
))

# ---------------------------------------------------------------- TP3
MAILS.append(dict(
    key="TP3", expect="pass", kind="benign.company_surname",
    why="「田中文具」「佐藤」は取引先企業名と担当者で、12桁の数字は送り状番号、13桁はJANコードであり個人情報ではない。",
    **{"from": MORIMOTO}, to=["株式会社田中文具 佐藤 <sato@tanaka-bungu.co.jp>"],
    subject="Re: ご注文品の配送状況について（注文番号 TB-2509-11473）",
    text="""株式会社田中文具
法人営業部 佐藤様

ご連絡ありがとうございます。まなびの灯の森本です。
送り状番号をお知らせいただき助かりました。

　注文番号　：TB-2509-11473
　送り状番号：4421-8806-3155（ヤマト運輸）
　　　　　　　4421-8806-3163（同・2個口目）

追跡したところ、明日午前中に配達予定となっていました。
なお、ホワイトボードマーカー（JAN 4902870301226）が
「メーカー欠品」となっていますが、入荷時期の目安はわかりますでしょうか。
冬期講習前に揃えたいので、12月上旬に間に合わないようであれば代替品をご提案ください。

よろしくお願いいたします。
""" + SIG_MORIMOTO,
))

# ---------------------------------------------------------------- TP4
MAILS.append(dict(
    key="TP4", expect="pass", kind="benign.public_figure",
    why="講演会の講師は著書のある教育評論家（公人的立場）で、公開の経歴・講演テーマのみが書かれている。",
    **{"from": KUBOTA}, to=["旭が丘ブックス 店長 杉山 <sugiyama@asahigaoka-books.jp>"],
    subject="保護者向け講演会（12月6日）の共催について",
    text="""旭が丘ブックス
杉山 店長

いつもお世話になっております。まなびの灯の久保田です。
先日お話しした保護者向け講演会の件、講師の方から正式にお引き受けいただけました。

　日時　：12月6日（土）14:00〜15:30
　会場　：旭が丘地区センター 多目的ホール（定員80名）
　講師　：教育評論家 柳田 涼子 氏
　　　　　（元公立中学校教諭。著書『叱らない声かけ、伸びる子ども』ほか。Eテレ「親子の時間」にも出演）
　テーマ：「思春期の子どもと、勉強の話をするコツ」

御店には、会場での著書販売とサイン会のご協力をお願いできればと考えています。
告知チラシの案ができましたら、あらためてお送りします。
""" + SIG_KUBOTA,
))

# ---------------------------------------------------------------- TP5
MAILS.append(dict(
    key="TP5", expect="pass", kind="benign.plain_zip",
    why="暗号化されていない通常のZIPで、中身は自作の教材データ。個人情報は含まない。",
    **{"from": KUBOTA}, to=["三宅 翼 <tsubasa.miyake.math@gmail.com>"],
    subject="中3数学 冬期教材データ一式",
    text="""三宅先生

お疲れさまです。久保田です。
冬期講習で使う中3数学の教材データをまとめてお送りします（パスワードはかけていません）。

・01_二次方程式_演習.pdf
・02_関数y=ax2_演習.pdf
・03_相似_入試問題精選.pdf
・解答解説（各単元）

先生に担当していただく「関数」の回は、例年つまずきが多いので
ワークシートを1枚追加しています。お気づきの点があれば直していただいて構いません。
印刷は教室でこちらが行います。
""" + SIG_KUBOTA,
    attachments=[att("中3数学_冬期教材.zip", ZIP)],
))

# ---------------------------------------------------------------- TP6
MAILS.append(dict(
    key="TP6", expect="pass", kind="benign.template_dummy",
    why="入塾申込書の版下修正依頼で、記入例の氏名・生年月日・電話・口座番号はすべて架空のサンプル値。",
    **{"from": MORIMOTO}, to=["ひの印刷 制作部 青山 <aoyama@hino-insatsu.co.jp>"],
    subject="入塾申込書 版下 修正依頼（3校目）",
    text="""ひの印刷株式会社
制作部 青山様

お世話になっております。まなびの灯の森本です。
入塾申込書の3校、確認しました。以下の修正をお願いいたします。

1. 表面「記入例」欄
　・生徒氏名：「まなび 太郎」→「あかり 花子」に変更（男女どちらにも偏らないよう、と塾長より）
　・生年月日：「平成24年4月1日」→「平成25年4月1日」
　・保護者携帯：「090-0000-0000」のままでOKです
　・住所：「東京都日野市○○町1-2-3」のままでOKです
2. 裏面「口座振替依頼」欄
　・記入例の口座番号「1234567」の横に「（記入例）」と小さく追記してください
3. 右下の個人情報の利用目的の文言を、添付のテキストの内容に差し替え

4校目はPDFで確認できれば十分です。
納品は11月10日希望で変わりありません。
""" + SIG_MORIMOTO,
))

# ---------------------------------------------------------------- TP7
MAILS.append(dict(
    key="TP7", expect="pass", kind="benign.inquiry_reply",
    why="A reply to a parent's own inquiry about a trial lesson: schedule and fees only, sent back to the parent who asked.",
    **{"from": KUBOTA}, to=["Daniel Kowalski <d.kowalski@protonmail.com>"],
    subject="Re: Trial lesson for Sophie – schedule and fees",
    text="""Dear Mr. Kowalski,

Thank you for your interest in Manabi no Akari.
I'm happy to arrange a free trial lesson for Sophie.

Available slots next week (each 80 minutes, one teacher for up to two students):
  - Tuesday, Oct 14, 17:00–18:20 (Math)
  - Thursday, Oct 16, 17:00–18:20 (Math or Japanese)
  - Saturday, Oct 18, 13:00–14:20 (any subject)

Monthly fees for Grade 7 (once a week, 80 min): 16,500 yen incl. tax
Enrollment fee: 11,000 yen (waived if you sign up by the end of October)
Materials: about 3,000 yen per term

One of our teachers speaks English, so if Sophie would feel more comfortable,
we can explain things in English at first. Please let me know which slot suits you.

Best regards,
Makoto Kubota
""" + SIG_KUBOTA + """

> Hello, my daughter Sophie (7th grade) goes to a local junior high school and struggles with math in Japanese.
> Do you offer trial lessons? What are the fees?
> Daniel Kowalski
""",
))

# ---------------------------------------------------------------- TP8
bcc_parents = [
    "kyoko.aizawa@gmail.com", "naomi.ishizuka@icloud.com", "ueno.kenji.0415@yahoo.co.jp", "miki.kawai.0720@gmail.com",
    "kondo-family@ezweb.ne.jp", "mayumi.tanabe@docomo.ne.jp", "yuma.mama.noguchi@gmail.com", "yumi_matsuo@outlook.jp",
    "sayaka.okamoto@icloud.com", "sakuma.h@au.com", "s.miyata1978@gmail.com", "watanabe.wataru.papa@yahoo.co.jp",
    "rie.furuta@gmail.com", "d.kowalski@protonmail.com", "hayato.fujii.mama@gmail.com", "kazue.koyama@ezweb.ne.jp",
    "asami.t1980@yahoo.co.jp", "ito.ren.family@gmail.com",
]
MAILS.append(dict(
    key="TP8", expect="pass", kind="benign.it_incident",
    why="「障害」はオンライン自習室の接続障害のことで、保護者18名への一斉連絡はBccで送られている。",
    **{"from": MORIMOTO}, to=[MORIMOTO], bcc=bcc_parents,
    subject="【お詫び】オンライン自習室（Zoom）接続障害について",
    text="""保護者の皆さま

いつもお世話になっております。まなびの灯 旭が丘教室です。

昨日9月18日（木）19:00〜20:40ごろ、オンライン自習室に接続できない障害が発生しました。
教室側の回線機器の不具合が原因で、現在は機器を交換し復旧しております。
ご利用予定だった生徒の皆さんにはご迷惑をおかけし、申し訳ございませんでした。

振替として、9月23日（火・祝）13:00〜17:00に臨時のオンライン自習室を開室します。
いつもと同じミーティングIDでご参加いただけます。

今後、同様の障害が起きた場合は、教室のLINE公式アカウントでもお知らせします。
""" + SIG_MORIMOTO,
))

# ---------------------------------------------------------------- TP9
MAILS.append(dict(
    key="TP9", expect="pass", kind="benign.corporate_account",
    why="塾を運営する法人（カ）アカリエデュケーション）の口座を保護者に案内しているだけで、個人の口座ではない。",
    **{"from": MORIMOTO}, to=["古田 理恵 <rie.furuta@gmail.com>"],
    subject="Re: 月謝のお支払い方法について",
    text="""古田 理恵 様

お問い合わせありがとうございます。まなびの灯の森本です。

口座振替の手続きが完了するまで（通常1〜2か月）は、
お手数ですが下記の口座へお振込みをお願いいたします。

　たま中央信用金庫 旭が丘支店
　普通 1187263
　名義：カ）アカリエデュケーション

振込手数料はご負担いただくことになり、申し訳ございません。
お振込みの際は、お名前の前に生徒番号「2417」を入れていただけると確認がスムーズです。

口座振替依頼書は、次回の授業時にお子さまにお渡しします。
""" + SIG_MORIMOTO,
))

# ---------------------------------------------------------------- TP10
teachers = [
    "中島 悠斗 <y-nakajima@manabi-akari.jp>", "早川 美咲 <m-hayakawa@manabi-akari.jp>", "横山 光一 <k-yokoyama@manabi-akari.jp>",
    "園田 詩織 <s-sonoda@manabi-akari.jp>", "岡部 莉子 <r-okabe@manabi-akari.jp>", "三宅 翼 <t-miyake@manabi-akari.jp>",
    "川島 大地 <d-kawashima@manabi-akari.jp>", "西村 ほのか <h-nishimura@manabi-akari.jp>", "吉岡 拓 <t-yoshioka@manabi-akari.jp>",
    "堀内 真央 <m-horiuchi@manabi-akari.jp>", "安田 晴香 <h-yasuda@manabi-akari.jp>", "菅原 誠司 <s-sugawara@manabi-akari.jp>",
    "原 友里 <y-hara@manabi-akari.jp>", "今井 蒼真 <s-imai@manabi-akari.jp>",
]
MAILS.append(dict(
    key="TP10", expect="pass", kind="benign.internal_many",
    why="宛先14名はすべて自社ドメイン（manabi-akari.jp）の講師で、社外への送信はない。",
    **{"from": KUBOTA}, to=teachers, cc=[MORIMOTO],
    subject="【講師各位】9月 講師研修・ミーティングのお知らせ",
    text="""講師の皆さん

お疲れさまです。久保田です。
9月の講師研修・ミーティングを下記のとおり行います。全員参加でお願いします。

　日時：9月28日（日）10:00〜12:00
　場所：旭が丘教室（オンライン参加も可。URLは前日に送ります）

　1. 2学期の定期テスト対策スケジュール
　2. 個人情報の取り扱いについて（生徒の成績表・連絡先を私物のスマホに保存しない、LINEで送らない、など）
　3. 冬期講習の担当希望調査
　4. ヒヤリハット共有

研修時間は時給の対象です。欠席の場合は森本さんまで事前に連絡してください。
""" + SIG_KUBOTA,
))
