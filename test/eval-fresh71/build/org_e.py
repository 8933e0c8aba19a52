"""Org E: municipal public library みなと市立中央図書館 (volunteers, schools, publishers, lost-and-found, reference)."""
from common import mail, att, enc_zip, tsv, csv_text, mynumber, card, XLSX, DOCX, PDF, CSV, TXT

ORG = "E"
DOM = "minato-lib.example.lg.jp"

KITAMURA = f"北村 遥 <h-kitamura@{DOM}>"
NAGAI = f"永井 恭平 <k-nagai@{DOM}>"
HIRANO = f"平野 さやか <s-hirano@{DOM}>"

SIG_KITAMURA = """
――――――――――――――――――――――
みなと市立中央図書館　調査相談（レファレンス）係
司書　北村 遥
〒230-0051 神奈川県みなと市本町1-8-3
TEL 045-000-5501（代表）／045-000-5514（レファレンス直通）
開館時間 火～金 9:30～20:00　土日祝 9:30～18:00（月曜・第3木曜休館）
――――――――――――――――――――――
""".strip("\n")

SIG_NAGAI = """
みなと市教育委員会 生涯学習部
みなと市立中央図書館 管理係長　永井 恭平
TEL 045-000-5502　FAX 045-000-5509
""".strip("\n")

SIG_HIRANO = """
*・゜゜・*:.。..。.:*・゜゜・*
みなと市立中央図書館
児童サービス・ボランティア担当　平野 さやか
電話 045-000-5520（児童室直通）
*・゜゜・*:.。..。.:*・゜゜・*
""".strip("\n")

DL_FOUND = mynumber("45030718852")
CARD_FOUND = card("540917386204551")

MAILS = []

# ---------------------------------------------------------------- holds
MAILS.append(mail(
    "hold", "personal.patron_reading_history",
    "Gives a school a named student's library registration (address, phone) and reading history, which a library must not disclose to third parties.",
    "永井", "body", NAGAI, ["浜田 健 <t.hamada@minato-kita-jh.example.ed.jp>"],
    "Re: 貴校生徒の延滞資料について",
    f"""
みなと北中学校
浜田先生

お世話になっております。中央図書館の永井です。
お問い合わせの生徒さんについて、当館の登録状況を確認しましたのでお知らせします。

　利用者名：佐々木 蓮（2年3組）
　利用者番号：M0417-2281
　登録住所：みなと市汐見台3-5-12 グリーンハイツ104
　登録電話：080-0000-5567（保護者）

　現在の貸出（いずれも返却期限 5月28日、延滞中）
　　・『10代のための自傷からの回復ガイド』
　　・『いじめられたときに読む本』
　　・『家を出たいと思ったら』
　最近1年間の主な貸出：心理・家族関係の本が中心で、計34冊

学校で本人に声をかけていただけると助かります。
ご家庭にも督促はがきを送付済みです。

{SIG_NAGAI}

> 中央図書館 御中
> 本校2年の佐々木蓮さんが図書館の本を長く借りたままだと保護者から相談がありました。
> 何を借りているか教えていただけますか。　みなと北中 浜田
""",
    personal=[("name", "佐々木 蓮"), ("address", "みなと市汐見台3-5-12 グリーンハイツ104"),
              ("phone", "080-0000-5567"), ("reading_history", "『10代のための自傷からの回復ガイド』")],
))

MAILS.append(mail(
    "hold", "sensitive.disability",
    "Gives a volunteer reader a named patron's visual disability grade, certificate number, address and phone in the body.",
    "平野", "body", HIRANO, ["河野 千鶴 <chizuru.kono.onyaku@gmail.com>"],
    "対面朗読 新規利用者さんのご依頼",
    f"""
河野さん

いつも音訳・対面朗読でお世話になっております。中央図書館の平野です。
7月から、対面朗読の新しい利用者さんを河野さんにお願いできればと思い、ご連絡しました。

　利用者：石田 恵子さん（68歳）
　障害の状況：視覚障害1級（全盲、5年前に緑内障で失明）
　身体障害者手帳：第14-0283716号
　住所：みなと市港南台2-18-6
　電話：045-000-6248（ご自宅）
　希望：第2・第4水曜 13:30～15:30、中央図書館 対面朗読室
　読みたいもの：新聞の地域面、料理の本、時代小説

ご本人はとても気さくな方で、点字は勉強中とのことです。
ご都合はいかがでしょうか。難しければ遠慮なくおっしゃってください。

{SIG_HIRANO}
""",
    personal=[("name", "石田 恵子"), ("disability", "視覚障害1級（全盲、5年前に緑内障で失明）"),
              ("disability_certificate", "第14-0283716号"), ("address", "みなと市港南台2-18-6"),
              ("phone", "045-000-6248")],
))

MAILS.append(mail(
    "hold", "id.drivers_license",
    "The lost-property notice to the police gives the owner's name, address, full driving-licence number and full card number in the body.",
    "永井", "body", NAGAI, ["港南警察署 会計課 遺失物係 <ishitsubutsu-konan@kanagawa-police.example.lg.jp>"],
    "拾得物（財布）の提出について",
    f"""
港南警察署 会計課 遺失物係 ご担当者様

いつもお世話になっております。みなと市立中央図書館の永井です。
館内で下記の拾得物がありましたので、明日午前中に届け出に伺います。
事前に内容をお知らせいたします。

　拾得日時：6月14日（土）17:40頃
　拾得場所：2階 閲覧席（窓側 No.28）
　拾得者：当館職員
　物品：黒色 二つ折り財布（革製）
　内容物：
　　・現金 12,460円
　　・運転免許証　氏名 松下 亮太、住所 みなと市日野南5-7-3、番号 第{DL_FOUND}号
　　・クレジットカード　{CARD_FOUND}（名義 RYOTA MATSUSHITA）
　　・診察券（みなと総合病院）、ポイントカード数枚

ご本人の連絡先が分からないため、当館からの連絡はしておりません。
よろしくお願いいたします。

{SIG_NAGAI}
""",
    personal=[("name", "松下 亮太"), ("address", "みなと市日野南5-7-3"), ("drivers_license", DL_FOUND),
              ("card_number", CARD_FOUND)],
))

vols = [
    ["No.", "氏名", "フリガナ", "生年月日", "住所", "電話", "活動", "保険プラン"],
    ["1", "河野 千鶴", "コウノ チヅル", "1958/05/11", "みなと市本町4-2-9", "045-000-3319", "音訳・対面朗読", "Aプラン"],
    ["2", "吉川 美和", "ヨシカワ ミワ", "1972/10/03", "みなと市汐見台1-11-2-506", "090-0000-7782", "おはなし会", "Aプラン"],
    ["3", "坂井 昭夫", "サカイ アキオ", "1949/02/27", "みなと市港南台6-3-14", "045-000-9921", "配架・書架整理", "Aプラン"],
    ["4", "上田 奈緒", "ウエダ ナオ", "1985/07/19", "みなと市日野南2-20-1", "080-0000-1043", "おはなし会", "Aプラン"],
    ["5", "桜井 孝", "サクライ タカシ", "1953/12/08", "みなと市大岡3-7-22", "045-000-5586", "本の修理", "Bプラン"],
    ["6", "Maria Santos", "マリア サントス", "1980/04/15", "みなと市上永谷5-1-8-203", "070-0000-6617", "外国語おはなし会", "Aプラン"],
]
MAILS.append(mail(
    "hold", "list.volunteer_roster",
    "The attached sheet lists six volunteers with birth dates, home addresses and phones for insurance enrolment, sent to an outside body; the body is a routine request.",
    "平野", "attachment", HIRANO, ["みなと市社協 ボランティアセンター <vc@minato-shakyo.example.or.jp>"],
    "ボランティア活動保険 加入申込（図書館ボランティア追加分）",
    f"""
みなと市社会福祉協議会 ボランティアセンター
ご担当者様

いつもお世話になっております。中央図書館の平野です。
図書館ボランティアの活動保険について、今年度の追加加入分6名の名簿をお送りします。
保険料は後日、図書館からまとめてお振込みします。
加入証明が出ましたら、ご連絡いただけますと助かります。

{SIG_HIRANO}
""",
    attachments=[att("ボランティア保険_追加加入者名簿_R7.xlsx", XLSX, tsv(vols, "追加加入"))],
    personal=[("name", "河野 千鶴"), ("birthdate", "1958/05/11"), ("address", "みなと市本町4-2-9"),
              ("name", "Maria Santos"), ("phone", "070-0000-6617"), ("name", "坂井 昭夫")],
))

winners = [
    ["賞", "氏名", "学校", "学年", "作品名", "自宅住所", "保護者電話"],
    ["最優秀賞", "矢野 ひなた", "みなと市立汐見台小学校", "5年", "『ぼくらの夏の森』を読んで", "みなと市汐見台2-4-16", "090-0000-2716"],
    ["優秀賞", "川上 颯太", "みなと市立本町小学校", "3年", "いちばん大切なもの", "みなと市本町6-12-1-302", "080-0000-4158"],
    ["優秀賞", "Lee Jiwoo", "みなと市立日野中学校", "1年", "二つのことばの間で", "みなと市日野8-9-3", "070-0000-3374"],
    ["佳作", "村松 結衣", "みなと市立みなと北中学校", "2年", "祖母の手紙", "みなと市港南台4-15-7", "090-0000-8862"],
    ["佳作", "安達 陽向", "私立みなと学院小学校", "6年", "ロボットと友だちになれるか", "みなと市大岡1-2-30", "080-0000-6001"],
]
MAILS.append(mail(
    "hold", "list.contest_winners",
    "The attached list gives child prize-winners' names, schools, home addresses and parents' phones to the sponsoring publisher; the body only asks to ship prizes.",
    "北村", "attachment", KITAMURA, ["海星書房 販売促進部 谷口 <taniguchi@kaisei-shobo.example.co.jp>"],
    "読書感想文コンクール 副賞発送のお願い",
    f"""
株式会社海星書房 販売促進部
谷口様

いつもお世話になっております。みなと市立中央図書館の北村です。
今年も読書感想文コンクールに副賞をご提供いただき、ありがとうございます。
入賞者が決まりましたので、一覧をお送りします。
副賞（図書カードと記念の本）は、各ご家庭へ直接お送りいただけますでしょうか。
表彰式は7月26日（土）です。それまでにお届けいただけると、子どもたちも喜ぶと思います。

{SIG_KITAMURA}
""",
    attachments=[att("R7_読書感想文コンクール_入賞者一覧.xlsx", XLSX, tsv(winners, "入賞者"))],
    personal=[("name", "矢野 ひなた"), ("address", "みなと市汐見台2-4-16"), ("phone", "090-0000-2716"),
              ("name", "Lee Jiwoo"), ("name", "村松 結衣")],
))

MAILS.append(mail(
    "hold", "sensitive.reference_health",
    "A referral to a university library quotes the patron's inquiry, which names her and her mother's pancreatic cancer with a phone number.",
    "北村", "quoted", KITAMURA, ["みなと医療大学 図書館 参考調査係 <ref@minato-med-univ.example.ac.jp>"],
    "協力レファレンスのお願い（膵臓がんの化学療法に関する一般向け資料）",
    f"""
みなと医療大学 図書館 参考調査係 ご担当者様

いつもお世話になっております。みなと市立中央図書館 レファレンス係の北村です。
当館に寄せられた下記のご質問について、当館所蔵資料では十分にお答えできないため、
貴館所蔵資料のご紹介をお願いできますでしょうか。
一般の方向けの、治療の副作用や食事の工夫に関する資料があれば特に助かります。

{SIG_KITAMURA}

----- 受付記録（メールフォームより転記） -----
> 受付番号：R7-0612-03
> 氏名：福島 理沙 様
> 連絡先：090-0000-4912
> 質問：
> 72歳の母が5月に膵臓がん（ステージⅢ）と診断され、来月から抗がん剤（ゲムシタビン）の治療が始まります。
> 副作用で食欲が落ちたときの食事の工夫や、家族ができることが書かれた本を探しています。
> 母は糖尿病もあるので、その場合の注意点も知りたいです。
> 回答希望：メール（risa.fukushima@gmail.com）
""",
    personal=[("name", "福島 理沙"), ("phone", "090-0000-4912"), ("diagnosis", "膵臓がん（ステージⅢ）"),
              ("email", "risa.fukushima@gmail.com")],
))

MAILS.append(mail(
    "hold", "personal.patron_contact_subject",
    "Only the subject carries the risk: a named patron's home address and mobile number, sent to the outsourced collection call centre.",
    "永井", "subject", NAGAI, ["コールリンク 督促センター <tokusoku@call-link.example.co.jp>"],
    "長期延滞者 架電依頼：大野 智子様（港南台3-12-5／090-0000-3381）",
    f"""
株式会社コールリンク 督促センター
ご担当者様

いつもお世話になっております。みなと市立中央図書館の永井です。
標記の方について、はがきによる督促を3回行いましたが返却がありませんので、電話での督促をお願いします。
対象資料は3点、返却期限は4月20日です（資料名は業務システムの連携画面でご確認ください）。

架電は平日18時以降でお願いします。結果は月次報告にまとめていただければ結構です。

{SIG_NAGAI}
""",
    personal=[("name", "大野 智子"), ("address", "港南台3-12-5"), ("phone", "090-0000-3381")],
))

story = [
    ["申込No", "保護者氏名", "子どもの名前", "年齢", "電話", "メール", "アレルギー・配慮事項"],
    ["01", "吉岡 真由", "吉岡 陽菜", "4", "090-0000-1537", "mayu.yoshioka@gmail.com", "小麦アレルギー（おやつ配布時注意）"],
    ["02", "堤 健司", "堤 湊", "5", "080-0000-2260", "k.tsutsumi.family@yahoo.co.jp", ""],
    ["03", "佐野 絢子", "佐野 凛", "3", "070-0000-9174", "ayako.sano@outlook.com", "発達の特性あり、大きな音が苦手"],
    ["04", "大川 亜紀", "大川 蒼", "6", "090-0000-4483", "aki.okawa.0707@gmail.com", ""],
    ["05", "Nguyen Van Minh", "Nguyen Bao Anh", "5", "080-0000-7725", "minh.nguyen.jp@gmail.com", "日本語は簡単な言葉で"],
]
MAILS.append(mail(
    "hold", "list.storytime_applicants",
    "A plain zip holds a CSV of parents and young children with phones, e-mails, allergies and developmental notes, sent to an outside NPO.",
    "平野", "zip", HIRANO, ["NPO法人えほんの森 <info@ehon-no-mori.example.jp>"],
    "7月のおはなし会 申込者一覧と当日の進行表",
    f"""
NPO法人えほんの森
代表 片山様

いつも楽しいおはなし会をありがとうございます。中央図書館の平野です。
7月12日（土）の「夏のおはなし会」の申込者一覧と進行表を、zipにまとめてお送りします。
配慮が必要なお子さんがいますので、一覧の右端の列をご確認ください。

当日は10時にボランティア室にお越しください。

{SIG_HIRANO}
""",
    attachments=[
        att("夏のおはなし会_0712.zip/申込者一覧.csv", CSV, csv_text(story)),
        att("夏のおはなし会_0712.zip/進行表.txt", TXT, """
夏のおはなし会 進行表（7/12 10:30～11:15 児童室おはなしのへや）
10:30 はじまりのうた
10:35 絵本『なつのおとずれ』（えほんの森さん）
10:45 パネルシアター『かえるのおやこ』
10:55 大型絵本『うみのおまつり』（図書館）
11:05 手あそび・おわりのうた
"""),
    ],
    personal=[("name", "吉岡 陽菜"), ("health", "小麦アレルギー（おやつ配布時注意）"), ("name", "佐野 凛"),
              ("health", "発達の特性あり、大きな音が苦手"), ("phone", "070-0000-9174"), ("name", "Nguyen Van Minh")],
))

MAILS.append(mail(
    "hold", "attachment.encrypted_zip",
    "Password-protected zip (PPAP) sent to the prefectural library; held whatever the body says.",
    "永井", "zip", NAGAI, ["神奈川県立図書館 資料提供課 <shiryo@kanagawa-pref-lib.example.lg.jp>"],
    "相互貸借 申込一覧（6月第3週分）",
    f"""
神奈川県立図書館 資料提供課 ご担当者様

いつもお世話になっております。みなと市立中央図書館 管理係の永井です。
6月第3週分の相互貸借の申込一覧を、パスワード付きzipでお送りいたします。
パスワードは追ってお送りします。

よろしくお願いいたします。

{SIG_NAGAI}
""",
    attachments=[enc_zip("相互貸借申込_R7_06w3.zip")],
))

vol_to = [
    "河野 千鶴 <chizuru.kono.onyaku@gmail.com>",
    "吉川 美和 <miwa.yoshikawa@yahoo.co.jp>",
    "坂井 昭夫 <akio.sakai.1949@gmail.com>",
    "上田 奈緒 <nao.ueda@outlook.com>",
    "桜井 孝 <t-sakurai@yahoo.co.jp>",
    "Maria Santos <maria.santos.jp@gmail.com>",
    "片山 順子 <katayama@ehon-no-mori.example.jp>",
    "大塚 智美 <tomomi.otsuka.read@gmail.com>",
    "服部 恭子 <kyoko.hattori@yahoo.co.jp>",
    "井上 沙耶 <saya.inoue.0203@gmail.com>",
    "松岡 信夫 <nobuo.matsuoka@outlook.com>",
    "岸本 玲子 <reiko-kishimoto@yahoo.co.jp>",
    "長尾 和恵 <kazue.nagao@gmail.com>",
    "工藤 望 <nozomi.kudo@minato-kita-jh.example.ed.jp>",
]
MAILS.append(mail(
    "hold", "recipients.volunteer_mass_mail",
    "Fourteen volunteers' private addresses are listed openly in To instead of BCC.",
    "平野", "recipients", HIRANO, vol_to,
    "【図書館ボランティア】7月定例会のお知らせ",
    f"""
図書館ボランティアの皆さま

いつも図書館の活動にご協力いただき、ありがとうございます。平野です。
7月の定例会を下記のとおり開催します。

　日時：7月9日（水）10:00～11:30
　場所：中央図書館 3階 研修室
　議題：
　　1. 夏休み行事（おはなし会・工作会）の役割分担
　　2. 音訳図書の製作状況
　　3. 秋の「本のリサイクル市」について
　　4. その他

欠席の場合は、7月4日（金）までにご連絡ください。
暑い日が続きますので、どうぞお気をつけてお越しください。

{SIG_HIRANO}
""",
))

# ---------------------------------------------------------------- passes
MAILS.append(mail(
    "pass", "benign.volunteers_bcc",
    "The same kind of volunteer notice correctly sent with everyone in BCC; no visible outside recipients.",
    "平野", "recipients", HIRANO, [f"中央図書館 ボランティア担当 <volunteer@{DOM}>"],
    "【図書館ボランティア】夏休み工作会のお手伝い募集",
    f"""
図書館ボランティアの皆さま
（BCCでお送りしています）

いつもありがとうございます。中央図書館の平野です。
夏休みの工作会「しおりをつくろう」のお手伝いをしてくださる方を募集します。

　日時：8月2日（土）、8月9日（土）いずれも 13:30～15:30
　内容：受付、材料の配布、子どもたちのサポート
　人数：各回4名程度

ご協力いただける方は、お手数ですが平野まで直接ご返信ください（全員への返信はご遠慮ください）。
よろしくお願いいたします。

{SIG_HIRANO}
""",
    bcc=["河野 千鶴 <chizuru.kono.onyaku@gmail.com>", "吉川 美和 <miwa.yoshikawa@yahoo.co.jp>",
         "坂井 昭夫 <akio.sakai.1949@gmail.com>", "上田 奈緒 <nao.ueda@outlook.com>",
         "桜井 孝 <t-sakurai@yahoo.co.jp>", "Maria Santos <maria.santos.jp@gmail.com>",
         "大塚 智美 <tomomi.otsuka.read@gmail.com>", "服部 恭子 <kyoko.hattori@yahoo.co.jp>",
         "井上 沙耶 <saya.inoue.0203@gmail.com>", "松岡 信夫 <nobuo.matsuoka@outlook.com>",
         "岸本 玲子 <reiko-kishimoto@yahoo.co.jp>", "長尾 和恵 <kazue.nagao@gmail.com>",
         "片山 順子 <katayama@ehon-no-mori.example.jp>", "西岡 隆 <takashi.nishioka@gmail.com>",
         "村井 陽子 <yoko.murai@yahoo.co.jp>", "佐藤 一郎 <ichiro.sato.vol@gmail.com>"],
))

MAILS.append(mail(
    "pass", "benign.historical_persons_exhibit",
    "An image-permission request for an exhibition on historical figures; all persons named are long dead public figures.",
    "北村", "body", KITAMURA, ["海星書房 編集部 著作権担当 <copyright@kaisei-shobo.example.co.jp>"],
    "企画展「港をひらいた人びと」図版使用許諾のお願い",
    f"""
株式会社海星書房 編集部
著作権ご担当者様

突然のご連絡失礼いたします。みなと市立中央図書館 調査相談係の北村と申します。
当館では10月から企画展示「港をひらいた人びと」を予定しており、
貴社刊行の書籍に掲載の図版を、展示パネルに使用させていただきたくご相談申し上げます。

　使用希望図版：
　　1. 『幕末の港と人物』（2018年刊）p.42「勝海舟 肖像」
　　2. 同 p.77「ペリー艦隊 来航図」
　　3. 『近代日本の技術者たち』（2021年刊）p.115「伊能忠敬 測量図（部分）」
　使用方法：展示パネル（A1判×3枚）、会期中のみ掲示。複製・頒布はいたしません。
　会期：2025年10月4日（土）～11月30日（日）
　クレジット表記：「出典：『書名』（海星書房）」と明記いたします。

使用料が発生する場合は、お見積もりをいただけますと幸いです。
ご検討のほど、よろしくお願いいたします。

{SIG_KITAMURA}
""",
))

MAILS.append(mail(
    "pass", "benign.election_materials",
    "Collecting election bulletins that name candidates; candidates are public figures and no private data is involved.",
    "北村", "body", KITAMURA, ["みなと市選挙管理委員会 事務局 <senkan@city-minato.example.lg.jp>"],
    "市長選挙・市議会議員補欠選挙 選挙公報の寄贈のお願い",
    f"""
みなと市選挙管理委員会 事務局 御中

いつもお世話になっております。中央図書館 レファレンス係の北村です。
例年どおり、地域資料として選挙公報を保存させていただきたく、寄贈をお願いいたします。

　対象：7月20日執行 みなと市長選挙、みなと市議会議員補欠選挙（港南区選挙区）
　部数：各5部（中央館保存用2部、閲覧用1部、分館用2部）
　候補者：市長選挙 3名（現職 藤森 和彦 氏、新人 小田切 直美 氏、新人 岩崎 徹 氏）
　　　　　補欠選挙 2名（届出順は公報のとおり）

郷土資料室では、過去の選挙公報の閲覧希望が学生さんの調べ学習で毎年多くございます。
お手数をおかけしますが、よろしくお願いいたします。

{SIG_KITAMURA}
""",
))

MAILS.append(mail(
    "pass", "benign.isbn_order",
    "A book order with ISBN-13s and order numbers to a bookshop whose company name contains a surname.",
    "永井", "body", NAGAI, ["株式会社田中書店 外商部 <gaisho@tanaka-shoten.example.co.jp>"],
    "選書発注（発注番号 ML-2506-118）",
    f"""
株式会社田中書店 外商部 御中

いつもお世話になっております。みなと市立中央図書館 管理係の永井です。
6月第2回の選書分を下記のとおり発注いたします。装備はいつもの仕様でお願いします。

　発注番号：ML-2506-118
　 No. ISBN                書名                              冊数
　 1   978-4-06-205812-4   『港町の百年』                       2
　 2   978-4-03-965432-8   『はじめての宇宙図鑑』               3
　 3   978-4-334-03123-7   『介護のしごと入門』                 1
　 4   978-4-10-351209-7   『サクラとハルトの冒険』（児童）     2
　 5   978-4-09-289765-6   『地域防災ハンドブック 2025』         2

納品は6月27日（金）までにお願いします。
請求書は教育委員会事務局宛で、いつもどおりお送りください。

{SIG_NAGAI}
""",
))

MAILS.append(mail(
    "pass", "benign.system_outage_malware",
    "Reports a library-system fault and a USB malware infection on a public PC that was isolated; IT terms only, no patron data.",
    "永井", "subject", NAGAI, ["ライブラリシステムズ サポート <support@libsys.example.co.jp>"],
    "【障害】貸出処理の遅延および利用者用PCのウイルス感染について",
    f"""
ライブラリシステムズ株式会社 サポートセンター 御中

いつもお世話になっております。みなと市立中央図書館の永井です。
本日、2件の障害が発生しましたのでご報告と対応のお願いです。

1. 貸出処理の遅延
　発生：6月17日（火）10:15～（継続中）
　事象：カウンター端末で貸出処理1件に30秒以上かかる。分館（汐見台・日野）でも同様
　エラー：LBS-DB-0571（タイムアウト）

2. 利用者用インターネットPCのウイルス感染
　発生：同日 11:40頃
　事象：利用者用PC（資産番号 ML-PC-U07）に持ち込まれたUSBメモリから不審なプログラムが実行され、
　　　　ウイルス対策ソフトが「感染」を検知
　対応：11:45にLANケーブルを抜いて隔離済み。他のPCでは検知なし。
　　　　当該PCは業務系ネットワークとは分離されています。

1については、至急リモートでの調査をお願いします。
2については、再イメージ化の手順をご教示ください。

{SIG_NAGAI}
""",
))

MAILS.append(mail(
    "pass", "benign.disability_service_aggregate",
    "Reports accessible-service usage as aggregate counts only; no user is identifiable.",
    "北村", "attachment", KITAMURA, ["神奈川点字図書館 事業課 <jigyo@kanagawa-tenji.example.or.jp>"],
    "令和6年度 障害者サービス利用統計のご提供",
    f"""
神奈川点字図書館 事業課 御中

いつもお世話になっております。みなと市立中央図書館の北村です。
県内公共図書館の障害者サービス調査について、当館の令和6年度の集計をお送りします。
個人が特定されないよう、5名未満の区分は「5未満」と表記しています。

{SIG_KITAMURA}
""",
    attachments=[att("R6_障害者サービス統計_みなと市立図書館.xlsx", XLSX, tsv([
        ["サービス", "登録者数", "延べ利用件数", "前年比"],
        ["郵送貸出（視覚障害）", "23", "412", "+8%"],
        ["郵送貸出（肢体不自由）", "11", "156", "-3%"],
        ["対面朗読", "5未満", "48", "+20%"],
        ["デイジー図書貸出", "31", "687", "+12%"],
        ["大活字本の貸出", "-", "2,104", "+5%"],
        ["LLブック・りんごの棚の利用", "-", "集計なし", "-"],
    ], "R6集計"))],
))

MAILS.append(mail(
    "pass", "benign.lost_found_self",
    "Tells the owner herself that her lost items are kept at the library; only her own information goes to her.",
    "永井", "body", NAGAI, ["新井 里美 <satomi.arai.0512@gmail.com>"],
    "Re: 忘れ物のお問い合わせ（6/15 2階閲覧室）",
    f"""
新井 里美 様

お問い合わせありがとうございます。みなと市立中央図書館の永井です。
お問い合わせの忘れ物について、下記のとおり当館でお預かりしております。

　・紺色の折りたたみ傘（持ち手に白いリボン）
　・A5サイズの手帳（茶色の革カバー）

手帳の中身は確認しておりませんので、ご安心ください。
1階カウンターにて、開館時間内にお受け取りいただけます。
お受け取りの際は、ご本人確認のため、お名前が確認できるもの（利用者カード等）をお持ちください。
保管期限は7月15日までです。

{SIG_NAGAI}

> 6月15日（日）の午後、2階の閲覧室に傘と手帳を置き忘れたようです。
> 届いていないでしょうか。新井
""",
))

liaison_to = [
    "浜田 健 <t.hamada@minato-kita-jh.example.ed.jp>",
    "学校司書 矢部 <yabe@shiomidai-es.example.ed.jp>",
    "学校司書 小山 <koyama@honmachi-es.example.ed.jp>",
    "学校司書 田口 <taguchi@hino-jh.example.ed.jp>",
    "司書教諭 武田 <takeda@konandai-es.example.ed.jp>",
    "学校司書 根岸 <negishi@ooka-es.example.ed.jp>",
    "学校司書 堀内 <horiuchi@kaminagaya-jh.example.ed.jp>",
    "司書教諭 桑原 <kuwabara@minato-gakuin.example.ed.jp>",
    "学校司書 野中 <nonaka@hinominami-es.example.ed.jp>",
    "みなと市教育委員会 指導課 <shido@city-minato.example.lg.jp>",
]
MAILS.append(mail(
    "pass", "benign.school_liaison_minutes_ten",
    "Minutes to exactly ten visible outside school and board addresses (not more than ten), naming staff in their work roles with aggregate statistics.",
    "北村", "recipients", KITAMURA, liaison_to,
    "学校図書館連絡会（6/11）議事メモ",
    f"""
学校図書館連絡会の皆さま

先日はお集まりいただき、ありがとうございました。中央図書館の北村です。
議事メモをお送りします。訂正があれば6月25日までにお知らせください。

■日時：6月11日（水）15:30～17:00　中央図書館 研修室
■出席：小学校6校、中学校3校の学校司書・司書教諭、教育委員会指導課、中央図書館（北村、平野）

1. 団体貸出の状況（4～5月）
　・小学校 6校で計1,842冊（前年同期比 +9%）、中学校 3校で計516冊
　・調べ学習用セット（「地域の産業」「SDGs」）の予約が7月まで埋まっている
2. 学校図書館システムの更新
　・指導課より、来年度に全校でシステム更新予定との説明
3. 夏休みの読書推進
　・読書感想文コンクールの応募要項を6月末に配布（北村）
　・「夏のおはなし会」のチラシを各校へ（平野）

次回は9月10日（水）15:30からです。

{SIG_KITAMURA}
""",
    cc=[f"平野 さやか <s-hirano@{DOM}>"],
))

MAILS.append(mail(
    "pass", "benign.plain_zip_panels",
    "A plain zip of exhibition panel texts about historical figures for the printer; no personal data.",
    "平野", "zip", HIRANO, ["みなと印刷 営業部 西田 <nishida@minato-insatsu.example.co.jp>"],
    "展示パネル原稿（入稿データ）の送付",
    f"""
みなと印刷株式会社
西田様

お世話になっております。中央図書館の平野です（北村の代理でお送りします）。
企画展「港をひらいた人びと」の展示パネル原稿をzipでお送りします。
パスワードはかけていません。図版は許諾が取れ次第、別途お送りします。

校正は2回、納品は9月26日（金）でお願いします。

{SIG_HIRANO}
""",
    attachments=[
        att("港をひらいた人びと_原稿.zip/パネル1_勝海舟.docx", DOCX, """
パネル1　勝海舟（1823～1899）
幕臣。咸臨丸で太平洋を横断し、のちに江戸城の無血開城に尽力した。
海軍の近代化を説き、神戸海軍操練所を開いた。
"""),
        att("港をひらいた人びと_原稿.zip/パネル2_伊能忠敬.docx", DOCX, """
パネル2　伊能忠敬（1745～1818）
50歳で天文学を学び始め、17年をかけて日本全国を測量した。
その成果は「大日本沿海輿地全図」として完成した。
"""),
    ],
))

MAILS.append(mail(
    "pass", "benign.lecturer_fee_self",
    "Fee notice to the lecturer herself with a masked account and withholding amount; her own data goes only to her.",
    "永井", "body", NAGAI, ["宮原 さつき <satsuki.miyahara.author@gmail.com>"],
    "講演会 謝礼のお支払いについて",
    f"""
宮原 さつき 先生

先日は「絵本と子どもの育ち」のご講演をいただき、誠にありがとうございました。
参加者アンケートでも「また聞きたい」という声を多数いただいております。
みなと市立中央図書館の永井です。

謝礼のお支払いについて、下記のとおりご案内いたします。

　謝礼額：50,000円
　源泉徴収税額：5,105円
　お振込額：44,895円
　お振込予定日：7月25日（金）
　お振込先：ご登録いただいた口座（はまかぜ銀行 ****321）

支払調書は来年1月にお送りいたします。
またの機会がございましたら、ぜひよろしくお願い申し上げます。

{SIG_NAGAI}
""",
))
