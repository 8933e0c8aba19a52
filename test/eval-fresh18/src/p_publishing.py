from common import *

M = []

# ---------------- HOLDS ----------------

M.append(dict(
    key="P-H1", expect="hold", kind="id.account",
    why="ペンネームの裏にある著者の本名・自宅住所・個人の振込口座を社外の経理代行に送っている。",
    frm=KIRYU_JA,
    to=["神保町アカウンティング 支払業務 <shiharai@jimbocho-ac.co.jp>"],
    subject="11月支払分　印税支払依頼（霧島 玲 先生）",
    text=body("""
神保町アカウンティング
支払業務ご担当　岡部様

いつもお世話になっております。青灯社 ライツ・契約課の桐生です。
11月末支払分の印税について、支払依頼をお送りします。

書名　　　：『冬の灯台守』（文庫版）
著者名　　：霧島 玲（筆名）
支払先名義：山岸 玲子（本名）
住所　　　：神奈川県鎌倉市材木座4-9-16
印税額　　：1,188,000円（第3刷 30,000部 × 本体660円 × 6%）
源泉徴収税：121,285円
振込先　　：湘南みらい銀行 鎌倉支店 普通 6034418 ヤマギシ レイコ

筆名と本名の対応は社外秘扱いでお願いいたします。
支払調書用の情報は年末にまとめてお送りします。
""", "kiryu"),
    personal=[("name", "山岸 玲子"), ("address", "神奈川県鎌倉市材木座4-9-16"),
              ("account", "湘南みらい銀行 鎌倉支店 普通 6034418 ヤマギシ レイコ")],
))

M.append(dict(
    key="P-H2", expect="hold", kind="id.my_number",
    why="支払調書作成のため、著者3名の本名・住所・マイナンバーを一覧にして社外の税理士法人に送っている。",
    frm=KIRYU_JA,
    to=["税理士法人 すずらん会計 <office@suzuran-tax.jp>"],
    subject="報酬・料金の支払調書作成用データ（2024年分・追加3名）",
    text=body("""
税理士法人すずらん会計
担当　今井先生

お世話になっております。青灯社の桐生です。
2024年分の支払調書の作成にあたり、先日お送りした一覧から漏れていた3名分をお送りします。

| 筆名 | 本名 | 住所 | 個人番号 | 支払額（税込） |
|---|---|---|---|---|
| 砂原 透 | 砂原 徹也 | 東京都杉並区阿佐谷南1-33-8 | 815460729347 | 2,640,000 |
| 篠 マリ | 篠塚 真理 | 千葉県市川市八幡3-5-21-602 | 536209811470 | 874,500 |
| 宇佐美 灯 | 宇佐美 明子 | 東京都三鷹市下連雀7-2-14 | 690138574020 | 330,000 |

番号確認書類の写しは当社で保管しています。
1月10日までに作成いただけますと助かります。
""", "kiryu"),
    personal=[("name", "砂原 徹也"), ("mynumber", "815460729347"), ("address", "千葉県市川市八幡3-5-21-602"),
              ("mynumber", "536209811470"), ("name", "宇佐美 明子"), ("mynumber", "690138574020")],
))

M.append(dict(
    key="P-H3", expect="hold", kind="sensitive.medical",
    why="ノンフィクションの取材協力者（一般人）の本名・HIV陽性であること・連絡先を外部のフリーカメラマンに送っている。",
    frm=HIMURO,
    to=["青木 遼 <aoki.photo@gmail.com>"],
    subject="撮影の件　取材協力者の連絡先です",
    text=body("""
青木さん

お疲れさまです。青灯社の氷室です。
『見えない隣人たち』第4章の撮影、引き受けていただきありがとうございます。
撮影をお願いする取材協力者の情報を送ります。

本文では「Kさん（40代・会社員）」と仮名で、顔も出さない約束です。
手元か後ろ姿のカットでお願いします。

本名：北条 圭介さん（46）
2016年にHIV陽性と判明、現在は抗ウイルス薬で治療中。職場には伝えていません。
連絡先：090-4418-2750（夜20時以降が確実）
撮影場所：ご本人の希望で、川崎市内のご自宅近くの公園（詳細は本人と調整してください）

会社や近所の人に知られることを非常に心配されているので、
撮影中に名前を呼ばないよう気をつけてください。
""", "himuro"),
    personal=[("name", "北条 圭介"), ("health", "HIV陽性と判明、現在は抗ウイルス薬で治療中"), ("phone", "090-4418-2750")],
))

M.append(dict(
    key="P-H4", expect="hold", kind="sensitive.crime",
    why="実在の事件の被害者名と被害内容、遺族の連絡先を外部のライターに送っている（犯罪被害の情報）。",
    frm=HIMURO,
    to=["早瀬 ゆかり <hayase.y@writers-desk.jp>"],
    subject="取材先リスト（ストーカー事件の章）",
    text=body("""
早瀬さん

お疲れさまです。氷室です。
第2章の取材先リストを送ります。遺族の方への最初の連絡は、必ず私から入れた後にお願いします。

■事件：2019年 八王子市内のストーカー殺人事件
　被害者：故 三浦 香織さん（当時26歳）、元交際相手による刺殺
　加害者：懲役22年が確定（東京高裁 2021年）

■取材先
　1. 被害者の母　三浦 典子さん
　　 東京都八王子市長房町 4-1-12
　　 TEL 042-661-8834
　　 ※事件のことを話せるのは月に1日程度、体調次第とのこと
　2. 被害者支援団体「ひだまり相談室」代表（こちらは団体として取材OK）

遺族の方の住所は絶対に原稿・メモに書かないでください。
""", "himuro"),
    personal=[("name", "三浦 香織"), ("crime", "元交際相手による刺殺"), ("name", "三浦 典子"),
              ("address", "東京都八王子市長房町 4-1-12"), ("phone", "042-661-8834")],
))

M.append(dict(
    key="P-H5", expect="hold", kind="id.passport",
    why="Sends a freelance translator's passport number, date of birth and private bank account (IBAN) to an outside agency.",
    frm=KIRYU,
    to=["Claire Whitcombe <claire@whitcombereyes.co.uk>"],
    subject="Translator payment - 'The Lighthouse Keeper in Winter' (UK edition)",
    text=body("""
Dear Claire,

Thank you for agreeing to handle the translator's fee through your agency this time,
since the co-publisher's payment system cannot pay individuals directly.

Here are the details you asked for to set him up as a payee:

  Translator: Tobias Lindqvist
  Date of birth: 9 May 1984
  Passport (Sweden): 93847162
  Home address: Södermannagatan 27, 116 40 Stockholm, Sweden
  Bank: Nordbanken, IBAN SE45 5000 0000 0583 9825 7466, BIC NDEASESS
  Fee: GBP 7,850 (second instalment, on delivery of the final manuscript)

He has confirmed the address and bank details by e-mail to me on 4 November.
Please let me know once the payment has been made so I can tell him.

Best wishes,
Madoka

""", "kiryu"),
    personal=[("name", "Tobias Lindqvist"), ("birthdate", "9 May 1984"), ("passport", "93847162"),
              ("address", "Södermannagatan 27, 116 40 Stockholm"), ("account", "SE45 5000 0000 0583 9825 7466")],
))

M.append(dict(
    key="P-H6", expect="hold", kind="attach.encrypted_zip",
    why="読者プレゼント当選者のデータをパスワード付きZIP（PPAP）で社外に送っているため。",
    frm=HIMURO,
    to=["東京フルフィルメント 発送センター <hassou@tokyo-fulfill.co.jp>"],
    subject="読者プレゼント　当選者データ（『冬の灯台守』サイン本）",
    text=body("""
東京フルフィルメント
発送センター ご担当者様

お世話になっております。青灯社 文芸第二編集部の氷室です。
『冬の灯台守』文庫化記念のサイン本プレゼント、当選者50名分のデータをお送りします。
パスワードは別メールにてお送りします。

発送予定：11月20日（水）
同梱物：サイン本1冊、著者メッセージカード、青灯社新刊案内

よろしくお願いいたします。
""", "himuro"),
    attachments=[dict(filename="当選者リスト_冬の灯台守_50名.zip", contentType=ZIP, encrypted=True)],
    personal=[],
))

M.append(dict(
    key="P-H7", expect="hold", kind="roster.customers",
    why="サイン会参加者の氏名・電話・メールアドレスの一覧（CSV）を外部の書店に送っている。",
    frm=HIMURO,
    to=["丸善堂書店 神保町本店 イベント担当 <event-jimbocho@maruzendo.co.jp>"],
    subject="12/7 砂原透 サイン会　参加者名簿",
    text=body("""
丸善堂書店 神保町本店
イベントご担当　野口様

お世話になっております。青灯社の氷室です。
12月7日（土）の砂原透先生サイン会、当社の特設フォームから申し込まれた方の名簿を送ります。
整理券の番号順です。受付で照合いただく用にお使いください。

当日は14時に先生と一緒に伺います。よろしくお願いします。
""", "himuro"),
    attachments=[dict(filename="sunahara_signing_1207.csv", contentType=CSV, text=
"整理番号,氏名,フリガナ,電話番号,メールアドレス,為書き（宛名）\n"
"001,平野 美穂,ヒラノ ミホ,090-2287-6140,miho.hirano@gmail.com,みほさんへ\n"
"002,大森 健太郎,オオモリ ケンタロウ,080-3391-0722,k-omori@nifty.com,\n"
"003,川端 紗希,カワバタ サキ,070-8812-4459,saki.kawabata@icloud.com,サキへ\n"
"004,栗原 誠,クリハラ マコト,090-6671-3308,makoto_kurihara@yahoo.co.jp,\n"
"005,Lee Jiyeon,イ ジヨン,080-4426-9917,jiyeon.lee.tokyo@gmail.com,Jiyeonさんへ\n")],
    personal=[("name", "平野 美穂"), ("phone", "090-2287-6140"), ("email", "miho.hirano@gmail.com"),
              ("name", "大森 健太郎"), ("name", "川端 紗希"), ("email", "jiyeon.lee.tokyo@gmail.com")],
))

M.append(dict(
    key="P-H8", expect="hold", kind="sensitive.medical",
    why="本文は装丁の日程変更だが、引用された著者夫人のメールに著者の本名と病名・入院の事実が残ったまま外部デザイナーに転送している。",
    frm=HIMURO,
    to=["鳴海 デザイン事務所 <studio@narumi-design.jp>"],
    subject="Fw: 砂原先生の新刊スケジュールについて",
    text="""鳴海さん

お世話になっております。氷室です。
砂原先生の新刊ですが、著者校の戻りが遅れる見込みになり、
刊行を2月から4月に変更します。カバーラフの締切も1月末まで後ろ倒しで大丈夫です。
経緯は下の奥様からのメールのとおりです。ご迷惑をおかけしますがよろしくお願いします。

""" + SIG["himuro"] + """

----- Forwarded Message -----
From: 砂原 恵美 <emi.sunahara@ybb.ne.jp>
To: 氷室 慎也 <himuro@seitosha-books.co.jp>
Date: 2024/11/12 21:04
Subject: 砂原の新刊スケジュールについて

氷室様

いつも主人がお世話になっております。砂原徹也の妻です。
実は主人は先月から双極性障害のうつ状態が重くなり、10月28日から
杉並の病院に入院しております。主治医からは少なくとも2か月は仕事を控えるように言われました。
本人はゲラを病室に持ち込みたがっていますが、止めております。
ご迷惑をおかけして本当に申し訳ありません。このことは編集部の方だけにお留めいただけますと幸いです。

砂原 恵美
""",
    personal=[("name", "砂原徹也"), ("health", "双極性障害のうつ状態が重くなり、10月28日から"), ("email", "emi.sunahara@ybb.ne.jp")],
))

M.append(dict(
    key="P-H9", expect="hold", kind="profile.forward",
    why="一般読者の氏名・住所・電話・メールを含む苦情を、そのまま社外の著者に転送している。",
    frm=HIMURO,
    to=["宇佐美 灯 <akari.usami@gmail.com>"],
    subject="FW: 『夜の標本室』についての読者からのご意見",
    text="""宇佐美先生

お世話になっております。氷室です。
読者の方から下記のお便りが届きましたので、念のため共有いたします。
対応（お返事）は編集部で行いますので、先生からご連絡いただく必要はありません。
事実確認として、第5章の薬品の描写の出典だけ教えていただけますでしょうか。

""" + SIG["himuro"] + """

-----Original Message-----
From: 読者窓口 <dokusha@seitosha-books.co.jp>
Subject: 【読者はがき転記】夜の標本室

氏名：小田切 宏
住所：静岡県沼津市大手町2-6-19
電話：055-962-4471
E-mail：h.odagiri@tnc.ne.jp
年齢・職業：58歳・薬剤師
ご意見：
第5章で主人公が薬局で劇薬を簡単に手に入れる場面がありますが、現実の薬局ではあり得ない話です。
薬剤師として非常に不愉快です。作者にも伝えてください。
""",
    personal=[("name", "小田切 宏"), ("address", "静岡県沼津市大手町2-6-19"), ("phone", "055-962-4471"),
              ("email", "h.odagiri@tnc.ne.jp")],
))

BULK_FAIR = [
    "Claire Whitcombe <claire@whitcombereyes.co.uk>",
    "Jonas Weber <j.weber@lindenhaus-verlag.de>",
    "Sophie Marchand <s.marchand@editions-polaire.fr>",
    "Giulia Ferri <g.ferri@casaeditricelume.it>",
    "Marta Ruiz <marta.ruiz@edicionesfaro.es>",
    "Kim Seo-yeon <seoyeon.kim@bomnalbooks.kr>",
    "Chen Yu-ting <yuting@morningstar-pub.com.tw>",
    "Anna Kowalska <a.kowalska@wydawnictwo-most.pl>",
    "Pieter de Vries <pieter@uitgeverijzeewind.nl>",
    "Emma Lindgren <emma.lindgren@norrskenforlag.se>",
    "Ruth Goldberg <rgoldberg@harborlightbooks.com>",
    "Tomás Novák <novak@nakladatelstvi-lucerna.cz>",
    "Hannah Bergstrom <hannah.bergstrom.translates@gmail.com>",
]
M.append(dict(
    key="P-H10", expect="hold", kind="bulk.recipients",
    why="13名の海外出版社・フリーランスのアドレスを互いに見えるTo欄に並べて送っている（Bccにすべき）。",
    frm=KIRYU,
    to=BULK_FAIR,
    subject="Invitation: Seitosha rights reception, Frankfurt Book Fair (Thu 17 Oct)",
    text=body("""
Dear friends and partners,

We are delighted to invite you to a small rights reception at our stand during the
Frankfurt Book Fair:

  Thursday 17 October, 17:30-19:00
  Hall 6.1, Stand C 41 (Japan collective stand)

Our editors will introduce the spring 2025 list, including the new novel by Toru Sunahara
and the English sample of 'The Specimen Room at Night' by Akari Usami.
Drinks and Japanese snacks will be served.

Please let me know by 4 October whether you can join us, and feel free to bring a colleague.

Warm regards,
""", "kiryu"),
    personal=[],
))

# ---------------- PASSES ----------------

M.append(dict(
    key="P-P1", expect="pass", kind="benign.fiction_topic",
    why="統合失調症を題材にした小説の校正依頼で、登場人物は架空、実在の人物の健康情報ではない。",
    frm=HIMURO,
    to=["桜井 校正室 <sakurai.kousei@gmail.com>"],
    subject="校正のお願い　宇佐美灯『硝子の庭で』初校",
    text=body("""
桜井さん

いつもお世話になっております。青灯社の氷室です。
宇佐美灯さんの新作長編『硝子の庭で』の初校をお願いできますでしょうか。

・分量：四六判 352ページ
・初校出し：11月25日（月）、戻し希望：12月9日（月）
・ゲラはPDFと紙の両方でお送りします

内容は、統合失調症を発症した姉と、その介護をする妹の20年を描いた物語です。
医療の場面が多いので、以下を重点的に見ていただけると助かります。
　- 病名・薬剤名の表記（「統合失調症」に統一、「精神分裂病」は1990年代の回想場面のみ可）
　- 措置入院・医療保護入院の制度の描写の時代考証
　- 差別的とも受け取れる台詞は、著者の意図を確認済みのため残す（付箋の箇所）

監修の精神科医の先生のコメントも付箋で入っています。
""", "himuro"),
))

M.append(dict(
    key="P-P2", expect="pass", kind="benign.fiction_topic",
    why="殺人・前科を扱う小説の帯コピーの相談で、登場人物は架空、実在の犯罪情報ではない。",
    frm=HIMURO,
    to=["コピーライター 柴田 <shibata@kotoba-works.jp>"],
    subject="帯コピーのご相談　砂原透『赦しの坂』",
    text=body("""
柴田さん

ご無沙汰しています。氷室です。
砂原透さんの新作『赦しの坂』の帯コピーをお願いしたく、あらすじを送ります。

【あらすじ】
強盗殺人で懲役18年の刑を終えた元受刑者・久我は、出所後、
被害者の遺族が営む坂の上の食堂で働き始める。素性を隠したまま過ぎる一年。
ある日、食堂に一通の手紙が届く――。

【方向性】
・「罪を償うとは何か」を問う、重いけれど希望のある話として
・「元受刑者」「殺人犯」という言葉は表1では使わず、表4では可
・参考：前作の帯「この町には、まだ灯りがある。」

12月2日（月）までに3案ほどいただけますか。
""", "himuro"),
))

M.append(dict(
    key="P-P3", expect="pass", kind="benign.public_penname",
    why="著者は公開されている筆名のみで、講演料の振込先も会社（法人）口座。",
    frm=KIRYU_JA,
    to=["鎌倉市生涯学習センター 事業係 <gakushu@city.kamakura.kanagawa.jp>"],
    subject="Re: 霧島玲氏 講演会のご依頼について",
    text="""鎌倉市生涯学習センター
事業係　長尾様

ご連絡ありがとうございます。青灯社 ライツ・契約課の桐生です。
霧島玲先生より、2月15日（土）の講演会をお引き受けする旨の回答をいただきました。

演題　　：「灯台と小説 ――海辺の町で書くということ」
時間　　：14:00〜15:30（質疑含む）
講演料　：税込 110,000円
　　　　　※当社が窓口となりますので、講演料は当社口座へお振込みください。
　　　　　振込先：三菱東央銀行 神保町支店 普通 1182045 カ）セイトウシヤ
サイン会：講演後30分程度、会場で販売した書籍に限り可

ポスターに使用するプロフィール写真は、当社ウェブサイト掲載のものをお使いください。
先生の連絡先は当社で取り次ぎます。

""" + SIG["kiryu"] + """

> 青灯社 桐生様
> 鎌倉市にゆかりのある作家として、霧島玲先生にぜひご講演をお願いしたく…
> 鎌倉市生涯学習センター 長尾
""",
))

M.append(dict(
    key="P-P4", expect="pass", kind="benign.corporate_account",
    why="Royalty statement to a literary agency: sales aggregates and corporate bank accounts only.",
    frm=KIRYU,
    to=["Royalties <royalties@whitcombereyes.co.uk>"],
    cc=["Claire Whitcombe <claire@whitcombereyes.co.uk>"],
    subject="Royalty statement Jan-Jun 2024 - Japanese edition of 'The Salt Road'",
    text=body("""
Dear Whitcombe & Reyes royalties team,

Please find attached our royalty statement for the Japanese edition of 'The Salt Road'
by Catherine Ashdown for the period January-June 2024.

Summary:
  Copies sold (net of returns): 4,212
  Royalty due: JPY 702,385
  Less advance unearned balance: JPY 0
  Less Japanese withholding tax (10.21%, treaty rate applied): JPY 71,713
  Net payable: JPY 630,672

Payment will be made by 30 November to your company account at Barclays
(sort code 20-45-77, account 83920175, Whitcombe & Reyes Literary Agency Ltd).
Our remitting account is MUFT Bank, Jimbocho branch (SWIFT MUFTJPJT).

Please let me know if you need the tax residency form for next year.

Best wishes,
""", "kiryu"),
    attachments=[dict(filename="Royalty_Statement_SaltRoad_2024H1.pdf", contentType=PDF, text=
"ROYALTY STATEMENT  Seitosha Publishing Co., Ltd.\n"
"Title: The Salt Road (Japanese ed. 塩の道)  Author: Catherine Ashdown  Period: 2024-01-01 to 2024-06-30\n"
"Format | Price (JPY) | Units | Rate | Royalty (JPY)\n"
"Hardcover | 2,400 | 3,180 | 7% | 534,240\n"
"E-book | 1,800 | 1,032 | 25% of receipts | 168,145\n"
"Total royalty 702,385 | Withholding 71,713 | Net 630,672\n")],
))

M.append(dict(
    key="P-P5", expect="pass", kind="benign.lookalike_numbers",
    why="ISBN・Cコード・JANなど書籍コードのみで、個人情報ではない。",
    frm=HIMURO,
    to=["日本出版流通 仕入部 新刊登録 <shinkan@nippon-shuppan-ryutsu.co.jp>"],
    subject="12月新刊 書誌データ登録のお願い（青灯社）",
    text=body("""
日本出版流通株式会社
仕入部 新刊登録ご担当者様

いつもお世話になっております。青灯社 文芸第二編集部の氷室です。
12月新刊2点の書誌データをお送りします。

1）宇佐美灯『硝子の庭で』
　ISBN 978-4-86213-417-2　Cコード C0093
　本体 1,900円　四六判上製 352p　発売日 2024/12/18
　JAN（書籍JANコード2段目） 1920093019000

2）砂原透『赦しの坂』（文庫）
　ISBN 978-4-86213-421-9　Cコード C0193
　本体 880円　文庫判 416p　発売日 2024/12/18
　JAN（書籍JANコード2段目） 1920193008806

搬入日は12/16（月）を予定しています。
""", "himuro"),
))

M.append(dict(
    key="P-P6", expect="pass", kind="benign.own_data",
    why="著者本人の本名・住所・登録口座を、本人のアドレスに確認のため送っているだけ。",
    frm=KIRYU_JA,
    to=["篠塚 真理 <mari.shinozuka@outlook.jp>"],
    subject="印税お支払いのご案内（『潮騒のレシピ帖』第2刷）",
    text=body("""
篠 マリ 先生（篠塚 真理 様）

いつもお世話になっております。青灯社 ライツ・契約課の桐生です。
『潮騒のレシピ帖』第2刷の印税につきまして、下記のとおりお支払いいたします。

　部数　　　：8,000部
　本体価格　：1,500円
　印税率　　：8%
　印税額　　：960,000円
　源泉徴収税：98,016円
　お支払額　：861,984円（11月29日お振込予定）

お振込先は、先生にご登録いただいている下記の口座です。
変更がある場合は、11月20日までにお知らせください。
　ちば湾岸銀行 本八幡支店 普通 3350917 シノツカ マリ

支払調書は年明けにご住所（千葉県市川市八幡3-5-21-602）宛にお送りします。
""", "kiryu"),
))

M.append(dict(
    key="P-P7", expect="pass", kind="benign.fiction_topic",
    why="Translation feedback about fictional characters' depression and alcoholism; no real person's data.",
    frm=KIRYU,
    to=["Hannah Bergstrom <hannah.bergstrom.translates@gmail.com>"],
    subject="Re: Sample chapter - 'The Specimen Room at Night'",
    text="""Dear Hannah,

Thank you so much for the sample chapter. Ms. Usami read it over the weekend and was
very moved. A few notes from her and from our editor, Mr. Himuro:

1. The narrator's depression: in the Japanese she never names it, she only says she is
   "heavy" (重い). Please keep it unnamed in English too - avoid "depressed".
2. The father's drinking: "he was a drunk" feels harsher than the original. Maybe
   "he drank, and the house got quieter" or similar.
3. The pharmacy scene (p. 14): the poison is fictional, so please do not replace it with
   a real drug name.
4. Keep "Specimen Room" capitalised as a place name throughout.

The full translation contract will go out from our side next week.

Best wishes,
Madoka

""" + SIG["kiryu"] + """

On Fri, 8 Nov 2024 at 18:22, Hannah Bergstrom wrote:
> Dear Madoka, attached is my sample translation of chapter 1 (approx. 6,500 words).
> I have marked two places where I was unsure about the tone. Warmly, Hannah
""",
))

M.append(dict(
    key="P-P8", expect="pass", kind="benign.aggregate_stats",
    why="健康書の販促文で、疾患の統計は国の集計値、監修医は著者として公表されている人物。",
    frm=HIMURO,
    to=["アドプラネット 出版広告部 <shuppan@adplanet.co.jp>"],
    subject="新聞広告原稿　『血糖値は夕食で決まる』",
    text=body("""
アドプラネット
出版広告部　村井様

お世話になっております。青灯社の氷室です。
12月22日掲載の全5段広告の原稿テキストをお送りします。

【メインコピー】
日本人の5人に1人が糖尿病か、その予備群。
――あなたの「夕食」が、明日の血糖値を決めている。

【リード】
国の調査では、糖尿病が強く疑われる人は約1,000万人、可能性を否定できない人も約1,000万人
（厚生労働省「国民健康・栄養調査」）。外来で3万人以上を診てきた内科医が、
薬に頼る前にできる「夕食の組み立て方」を解説します。

【著者】東條 正樹（内科医・東條内科クリニック院長）
【書名】『血糖値は夕食で決まる』　本体1,500円＋税

※統計の出典表記は必ず入れてください。
""", "himuro"),
))

M.append(dict(
    key="P-P9", expect="pass", kind="benign.condolence",
    why="亡くなった著者のご遺族へのお悔やみと追悼フェアの相談で、要配慮情報や番号は含まない。",
    frm=HIMURO,
    to=["大河原 静江 <shizue.okawara@nifty.com>"],
    subject="お悔やみ申し上げます",
    text=body("""
大河原 静江 様

このたびは、大河原 昭 先生のご逝去の報に接し、心よりお悔やみ申し上げます。
先生には『北の駅舎』以来二十年にわたり、弊社で十二冊の作品を書いていただきました。
最後にお会いした夏の日、「次は海の話を書く」と笑っておられたお顔を思い出しております。

ご葬儀には弊社社長と私が参列させていただきました。
落ち着かれた頃に、改めてご挨拶に伺えればと存じます。

また、先生の作品を読み継いでいただくため、来春に書店で追悼フェアを
企画したいと考えております。ご意向を伺えるのはいつでも構いませんので、
どうかご無理のないようになさってください。
""", "himuro"),
))

M.append(dict(
    key="P-P10", expect="pass", kind="benign.thread_signatures",
    why="Meeting scheduling thread with one partner agency; only business contacts and signatures.",
    frm=KIRYU,
    to=["Claire Whitcombe <claire@whitcombereyes.co.uk>"],
    cc=["Daniel Reyes <daniel@whitcombereyes.co.uk>", "氷室 慎也 <himuro@seitosha-books.co.jp>"],
    subject="Re: Meeting at Frankfurt - Wednesday?",
    text="""Dear Claire,

Wednesday 16 October at 11:30 works perfectly for us. Mr. Himuro (editor of Akari Usami
and Toru Sunahara) will join me. We will come to your table in the Literary Agents
Centre (Hall 6.3, table M 27).

Topics from our side:
- Status of the UK edition of 'The Lighthouse Keeper in Winter'
- Option on Catherine Ashdown's next novel
- Audio rights for 'The Salt Road' (Japanese audio)

Looking forward to seeing you and Daniel again.

Best wishes,
Madoka

""" + SIG["kiryu"] + """

On 27 Sep 2024, at 10:05, Claire Whitcombe <claire@whitcombereyes.co.uk> wrote:
> Dear Madoka,
> Lovely to hear from you. Daniel and I will both be in Frankfurt. Would Wednesday
> morning work? We are at table M 27 as usual.
>
> Claire Whitcombe | Director
> Whitcombe & Reyes Literary Agency Ltd
> 14 Lamb's Conduit Street, London WC1N 3LE
> T +44 20 7946 0312 | M +44 7700 900418
> www.whitcombereyes.co.uk
""",
))
