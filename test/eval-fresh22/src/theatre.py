from common import *

MAILS = []
A = MAILS.append

ACTOR_BCC = ['<mizuho.aihara@gmail.com>', '<takumi_endo.act@yahoo.co.jp>', '<rie.kameda@icloud.com>',
 '<asano.hiroki.stage@gmail.com>', '<kanade-sakurai@outlook.jp>', '<ryo.nishikawa.1994@gmail.com>',
 '<shiori.tsuji@docomo.ne.jp>', '<yuya_ohashi@gmail.com>', '<hanae.kojima@ezweb.ne.jp>',
 '<k.matsubara.actor@gmail.com>', '<ai.hidaka.0701@gmail.com>', '<tomoya.iwasaki@icloud.com>',
 '<manami.terao@gmail.com>', '<daiki.ueno.stage@yahoo.co.jp>', '<saki.fukuda.act@gmail.com>',
 '<jun.okuno@outlook.com>']

MN = [mn('41827306591', ''), mn('27740918365', ''), mn('60193847520', ''), mn('35518260974', ''), mn('82046153397', '')]

# T-H1 invitation list CSV to printer/mailing vendor
A(M('hold', 'roster.customer_list',
 '招待客15名の氏名・住所・電話を並べたCSVを社外の印刷・発送業者へ送っている。',
 'kasuga', ['杉並グラフィック 営業 大塚様 <otsuka@suginami-graphic.co.jp>'],
 '招待状の宛名印字・発送のお願い',
 """大塚さん

いつもありがとうございます。こもれび座の春日です。
秋公演『灯台守の娘』の招待状、宛名印字と発送をお願いします。
リストを添付します（全42件のうち、確定している15件を先に）。残りは来週お送りします。

封筒は前回と同じ長3、宛名は縦書きでお願いします。
発送は7月10日（木）投函希望です。

""" + SIG['kasuga'],
 att=[{'filename': 'shotai_list_part1.csv', 'contentType': CSV, 'text':
"""No,郵便番号,住所1,住所2,氏名,敬称,電話
1,166-0002,東京都杉並区高円寺北3-18-7,,吉永 典子,様,03-3338-2914
2,180-0004,東京都武蔵野市吉祥寺本町2-9-12,パークハイム吉祥寺401,柏木 隆,様,0422-21-7763
3,154-0004,東京都世田谷区太子堂4-3-20,,瀬川 雅彦,先生,03-3419-5508
4,164-0001,東京都中野区中野5-41-2,中野ハイツ302,藤堂 みゆき,様,090-4736-1182
5,167-0051,東京都杉並区荻窪1-27-9,,長尾 昌平,様,03-3392-6047
6,113-0033,東京都文京区本郷6-2-15,本郷レジデンス805,宇佐美 玲子,様,080-2617-9934
7,151-0066,東京都渋谷区西原1-30-4,,片桐 真一,様,03-3466-1275
8,176-0012,東京都練馬区豊玉北5-14-3,,堤 さやか,様,070-6109-2258
9,158-0094,東京都世田谷区玉川3-8-1,二子玉川テラス1203,久保 恒夫,様,03-3708-4419
10,185-0012,東京都国分寺市本町2-22-5,,真鍋 聡子,様,042-321-8806
11,166-0004,東京都杉並区阿佐谷南1-34-2,阿佐谷南コーポ201,川端 悠,様,080-5572-0143
12,150-0001,東京都渋谷区神宮前3-6-11,,(株)ライトハウス企画 野々宮 浩,様,03-5474-3318
13,248-0014,神奈川県鎌倉市由比ガ浜2-5-8,,森川 澄江,様,0467-24-6612
14,214-0014,神奈川県川崎市多摩区登戸2715-3,,竹下 誠,様,044-911-3075
15,162-0825,東京都新宿区神楽坂6-14,神楽坂レジデンス502,白石 恵美,様,090-1183-5526
"""}],
 personal=[('name', '吉永 典子'), ('address', '東京都杉並区高円寺北3-18-7'), ('phone', '03-3338-2914'),
           ('name', '柏木 隆'), ('address', '東京都武蔵野市吉祥寺本町2-9-12'), ('name', '藤堂 みゆき'), ('phone', '090-4736-1182'),
           ('name', '白石 恵美'), ('phone', '090-1183-5526')]))

# T-P1 cast credits for programme (public credits)
A(M('pass', 'benign.public_credits',
 '公演パンフレットに載せる役名と出演者名（公表前提のクレジット）で、連絡先や私的情報はない。',
 'kasuga', ['杉並グラフィック 営業 大塚様 <otsuka@suginami-graphic.co.jp>'],
 'パンフレット 出演者クレジット（確定版）',
 """大塚さん

お疲れさまです、春日です。
パンフレットの出演者クレジット、確定版です。前回からの変更は★の2か所です。

【出演】
灯台守 老人 …… 亀田 理恵（客演）
娘 ハル …… 相原 瑞穂
郵便配達の青年 …… 浅野 弘樹 ★
ハルの母 …… 辻 詩織
漁師 甚八 …… 西川 諒
町長 …… 大橋 祐也
旅の画家 …… 櫻井 奏（オフィス・ルミエール）★表記変更
子どもたち …… 日高 愛、岩崎 智也、寺尾 愛美

【スタッフ】
作・演出：堀 悠介／美術：松原 健司／照明：内藤 篤／音響：小島 花恵／衣装：福田 沙希／舞台監督：上野 大樹
制作：春日 ななみ

舞台写真（通し稽古分）も2点添付しますので、P.6とP.7にお願いします。
3校は明日夕方までに戻せます。

""" + SIG['kasuga'],
 att=[{'filename': 'butai_photo_01.jpg', 'contentType': JPG}, {'filename': 'butai_photo_02.jpg', 'contentType': JPG}]))

# T-H2 actors' My Numbers to tax accountant
A(M('hold', 'id.my_number',
 '出演者5名の氏名・住所・マイナンバーと支払額を社外の税理士法人へ本文で送っている。',
 'hori', ['税理士法人 青葉会計 飯田様 <iida@aoba-kaikei.jp>'],
 '支払調書作成用 出演者個人番号の件',
 """飯田様

いつもお世話になっております。こもれび座の堀です。
ご依頼のあった、2024年分 報酬の支払調書作成用の情報をお送りします。
個人番号は本人確認済みです（番号確認書類の写しは劇団で保管しています）。

氏名／住所／個人番号／2024年支払額
相原 瑞穂／東京都杉並区高円寺南4-7-15-202／""" + MN[0] + """／486,000円
西川 諒／東京都中野区大和町2-31-8／""" + MN[1] + """／352,000円
辻 詩織／東京都世田谷区北沢5-12-3 北沢コート103／""" + MN[2] + """／298,000円
大橋 祐也／埼玉県和光市本町28-4／""" + MN[3] + """／410,000円
亀田 理恵／東京都武蔵野市中町1-19-6／""" + MN[4] + """／550,000円

源泉徴収税額は前回お送りした一覧のとおりです。
よろしくお願いいたします。

""" + SIG['hori'],
 personal=[('name', '相原 瑞穂'), ('address', '東京都杉並区高円寺南4-7-15-202'), ('mynumber', MN[0]),
           ('name', '西川 諒'), ('mynumber', MN[1]), ('name', '辻 詩織'), ('mynumber', MN[2]),
           ('name', '大橋 祐也'), ('mynumber', MN[3]), ('name', '亀田 理恵'), ('mynumber', MN[4]), ('pay', '486,000円')]))

# T-P2 script excerpt with fictional defendant
A(M('pass', 'benign.fiction',
 '添付は戯曲の台本で、前科・通院歴・本籍が出てくるのは架空の登場人物。',
 'kasuga', ['株式会社サブタイトルワークス 制作部 <info@subtitle-works.jp>'],
 '字幕用台本（第3稿）抜粋の送付',
 """サブタイトルワークス
ご担当者様

お世話になっております。劇団こもれび座の春日です。
バリアフリー上演の字幕制作用に、台本第3稿の第二幕（法廷の場）の抜粋をお送りします。
全編は稽古の進行に合わせて来週お送りします。

ルビの指定は台本のとおりでお願いします。
「前科」「統合失調症」など、作中の語句はすべてフィクションの設定です。

""" + SIG['kasuga'],
 att=[{'filename': 'toudaimori_dai3kou_2maku.docx', 'contentType': DOCX, 'text':
"""『灯台守の娘』第3稿　第二幕 第一場（法廷）

検事　（書類を読み上げる）被告人、佐伯修。昭和五十八年四月二日生まれ。本籍、東京都墨田区向島五丁目。住所不定。
　　　前科二犯。平成二十四年、窃盗により懲役一年六月、執行猶予三年。平成二十九年、同じく窃盗により懲役二年。
佐伯　……それは、兄貴の話だ。
裁判長　被告人は、指示があるまで発言しないように。
検事　なお被告人には統合失調症による通院歴があり、責任能力については鑑定の結果を待つ――
ハル　（傍聴席から立ち上がって）違う！　その人は、あの晩、灯台にいたんです！
（暗転。波の音。）
"""}]))

# T-H3 forwarded audience complaint with injury to venue
A(M('hold', 'profile.forward',
 '観客の氏名・住所・電話・メールと捻挫の診断を、苦情メールごと社外の劇場管理会社へ転送している。',
 'kasuga', ['阿佐ヶ谷みずき劇場 劇場管理 桑田様 <kuwata@mizuki-theatre.jp>'],
 'Fw: 6/14 ソワレでの転倒について（お客様より）',
 """桑田様

お世話になっております。こもれび座の春日です。
下記のお客様からのメールを転送いたします。客席通路の段差の件で、劇場側の保険の適用可否をご確認いただけますでしょうか。
お客様には、劇場と相談のうえ今週中にご連絡する旨お伝えしています。

春日

-------- Forwarded Message --------
Subject: 6/14の公演で転倒しました
Date: Sun, 15 Jun 2025 21:37:12 +0900
From: 坂口 由美子 <yumiko.sakaguchi@nifty.com>
To: info@komorebi-za.jp

こもれび座 御中

6月14日（土）18時の回を観劇した坂口と申します。
終演後、C列から出口へ向かう途中の通路の段差で転倒し、右足首をひねりました。暗くて段差がまったく見えませんでした。
翌日整形外科を受診したところ、右足首の捻挫で全治3週間と言われ、仕事も数日休むことになりそうです。
治療費について、ご対応いただけるのかお返事をください。

坂口 由美子
〒167-0032 東京都杉並区天沼2-11-4
電話 080-4059-7716
""",
 personal=[('name', '坂口 由美子'), ('email', 'yumiko.sakaguchi@nifty.com'), ('address', '東京都杉並区天沼2-11-4'),
           ('phone', '080-4059-7716'), ('health', '右足首の捻挫で全治3週間')]))

# T-P3 refund confirmation to the customer herself, masked card
A(M('pass', 'benign.masked_card',
 '返金完了を購入者本人へ知らせるメールで、カード番号も下4桁以外マスクされている。',
 'hori', ['原田 亜紀 様 <aki.harada.0921@gmail.com>'],
 '【劇団こもれび座】ご返金手続き完了のお知らせ',
 """原田 亜紀 様

劇団こもれび座の堀でございます。
このたびは6月21日（土）マチネ公演の中止により、多大なるご迷惑をおかけいたしましたこと、改めてお詫び申し上げます。

お申し出いただいたチケット代金のご返金手続きが完了いたしましたので、ご連絡いたします。

・受付番号：TL-8830214
・ご返金額：9,000円（一般 4,500円 × 2枚）
・ご返金先：ご購入時のクレジットカード（VISA ****-****-****-1881）
・ご利用明細への反映：カード会社により1〜2か月後となります

秋公演のご案内も、改めてお送りさせていただきます。
またのご来場を劇団員一同、心よりお待ちしております。

""" + SIG['hori']))

# T-H4 audience member's hearing disability to venue
A(M('hold', 'sensitive.disability',
 '観客個人の聴覚障害と障害者手帳の等級、連絡先メールを社外の劇場へ伝えている。',
 'kasuga', ['阿佐ヶ谷みずき劇場 劇場管理 桑田様 <kuwata@mizuki-theatre.jp>'],
 '字幕タブレットのご利用について（6/28 マチネ）',
 """桑田様

お世話になっております。こもれび座の春日です。
6/28（土）マチネに、聴覚障害（身体障害者手帳2級）をお持ちのお客様がご来場予定です。

・お名前：村瀬 恭子 様（お連れ様1名）
・お席：C列12・13番
・ご希望：手話通訳ではなく字幕タブレット。開演前の注意事項アナウンスも文字でお伝えしたい
・ご連絡はFAXかメールのみとのことです（murase.kyoko@nifty.com）

当日、ロビーで字幕タブレットをお渡しする場所を確保していただけますでしょうか。
劇場スタッフの方にも情報共有をお願いいたします。

""" + SIG['kasuga'],
 personal=[('name', '村瀬 恭子'), ('disability', '聴覚障害（身体障害者手帳2級）'), ('email', 'murase.kyoko@nifty.com')]))

# T-P4 rehearsal schedule to actors in Bcc
A(M('pass', 'benign.bcc_many',
 '出演者16名の個人アドレスはすべてBccで、宛先は自分のみ。内容も稽古日程。',
 'kasuga', [W['kasuga']],
 '【稽古スケジュール】7月第1週',
 """皆さま

お疲れさまです、制作の春日です。
7月第1週の稽古スケジュールです。

7/1（火）13:00-21:00　一幕 返し（全員）
7/2（水）休み
7/3（木）13:00-21:00　二幕 法廷の場（佐伯・検事・裁判長・ハル）、18時〜 子どもたち
7/4（金）17:00-21:00　歌稽古（全員）
7/5（土）10:00-18:00　通し（衣装付き、写真撮影あり）

場所はすべて こもれびスタジオ です。
7/5は宣伝写真の撮影があるので、メイク道具を持参してください。

体調不良などで欠席する場合は、前日までに春日まで連絡をお願いします（当日はLINEでも可）。

""" + SIG['kasuga'],
 bcc=ACTOR_BCC))

# T-H5 English: passports of cast/crew to overseas agent
A(M('hold', 'id.passport',
 'Sends five company members\' dates of birth and passport numbers to an outside agent in the UK.',
 'hori', ['Fiona MacLeod <fiona@thistlearts.co.uk>'],
 'Certificates of Sponsorship - cast & crew details',
 """Dear Fiona,

Thank you for your help with the Fringe application. Here are the details you asked for to issue the Certificates of Sponsorship. All five travel on Japanese passports.

1. AIHARA Mizuho - DOB 11 Jul 1993 - passport TR5128406 (exp. 02 Mar 2031) - performer
2. NISHIKAWA Ryo - DOB 27 Jan 1994 - passport TK3392017 (exp. 19 Oct 2028) - performer
3. KAMEDA Rie - DOB 05 Sep 1968 - passport TZ8810453 (exp. 14 Jun 2030) - performer
4. HORI Yusuke - DOB 30 Apr 1981 - passport TS2047719 (exp. 08 Dec 2029) - director
5. UENO Daiki - DOB 16 Feb 1990 - passport TR9965130 (exp. 25 May 2032) - stage manager

Our dates in Edinburgh are 1-25 August, and we will arrive on 28 July for get-in.
Please let me know if you need scans of the passport photo pages as well.

Best regards,

""" + SIG['hori_en'],
 personal=[('name', 'AIHARA Mizuho'), ('birthdate', '11 Jul 1993'), ('passport', 'TR5128406'),
           ('name', 'NISHIKAWA Ryo'), ('passport', 'TK3392017'), ('name', 'KAMEDA Rie'), ('passport', 'TZ8810453'),
           ('name', 'UENO Daiki'), ('passport', 'TR9965130')]))

# T-P5 English: co-producer tech & budget
A(M('pass', 'benign.meeting',
 'Technical and budget coordination with a corporate co-producer; no personal data.',
 'hori', ['Lee Ji-won <jiwon.lee@namsanstage.kr>'],
 'Tech rider & budget split for the Seoul run',
 """Dear Ji-won,

Thank you for the call yesterday. As promised, here is a summary of what we agreed:

1. Venue: Namsan Black Box, 12-15 November, 4 performances
2. Tech: we bring our own costumes and small props; lighting and sound rigs provided by the venue as per the attached rider (we need 2 x hazers and a 4-channel wireless mic set)
3. Surtitles: Korean surtitles prepared by your side from our English translation; we will send the final script by 30 September
4. Budget split: travel and per diems for the Japanese company (9 people) are covered by us; accommodation, local transport and venue costs by Namsan Stage; box office split 60/40 after costs
5. Invoice: please issue it to Komorebi-za LLC; our bank details will be on our invoice

Could we have a follow-up video meeting on 3 July at 16:00 KST?

Best,

""" + SIG['hori_en']))

# T-H6 encrypted zip to tax accountant
A(M('hold', 'attachment.encrypted_zip',
 'パスワード付きZIPを社外の税理士法人へ送っており、中身（源泉徴収票・給与データ）を検査できない。',
 'hori', ['税理士法人 青葉会計 飯田様 <iida@aoba-kaikei.jp>'],
 '源泉徴収・給与データ（2025年1〜6月）',
 """飯田様

お世話になっております。こもれび座の堀です。
上期の源泉徴収・給与データをお送りします。
パスワードは、いつもどおり別のメールでお送りします。

劇団員の社会保険加入（2名）の件は、来週のお打ち合わせでご相談させてください。

""" + SIG['hori'],
 att=[{'filename': 'gensen_kyuyo_2025H1.zip', 'contentType': ZIP, 'encrypted': True}]))

# T-P6 English press release with a public figure (Bcc media)
A(M('pass', 'benign.public_figure',
 'Press release about a well-known actor joining the cast, sent to media in Bcc.',
 'kasuga', ['Komorebi-za Press <press@komorebi-za.jp>'],
 'Press release: Award-winning actor Reiko Tachibana joins "The Lighthouse Keeper\'s Daughter"',
 """FOR IMMEDIATE RELEASE
(This message is sent to members of the press in Bcc.)

Tokyo, 16 June 2025 - Komorebi-za Theatre Company is delighted to announce that Reiko Tachibana, winner of the 2023 Tokyo Stage Critics' Award for Best Actress, will join the cast of our autumn production, "The Lighthouse Keeper's Daughter".

Ms. Tachibana, who is also known for the TV drama series "Umi no Oto", will play the old lighthouse keeper, a role written for her by director Yusuke Hori.

Performances: 17-26 October 2025, Asagaya Mizuki Theatre, Tokyo
Tickets: on sale from 1 August via Ticketline
Edinburgh Fringe preview: 1-25 August (Japanese with English surtitles)

Press photos and interview requests: please contact the producer below.

""" + SIG['kasuga_en'],
 bcc=['<culture@tokyo-times-example.jp>', '<stage@engekijin.jp>', '<desk@theatre-watch.jp>',
      '<news@asagaya-local.jp>', '<editor@japanstage.com>', '<arts@kanto-shimbun.co.jp>',
      '<info@butai-navi.jp>', '<review@fringe-notes.co.uk>']))

# T-H7 quoted internal message with actor's fracture forwarded to printer
A(M('hold', 'sensitive.medical',
 '本文は差し替え依頼だが、転送された座内メールに出演者の骨折・手術予定と降板の事情がそのまま残って社外の印刷会社へ出ている。',
 'kasuga', ['杉並グラフィック 営業 大塚様 <otsuka@suginami-graphic.co.jp>'],
 'Re: チラシ差し替えの件',
 """大塚さん

ご連絡が遅くなりすみません。差し替えの事情は下記のとおりです（座内で回したメールをそのまま転送します）。
出演者欄の「三宅 陸」を「浅野 弘樹」に変更した版を、明日の朝までにお送りします。

春日

-------- 転送メッセージ --------
差出人: 堀 悠介 <hori@komorebi-za.jp>
宛先: 劇団員ML <members@komorebi-za.jp>
件名: 三宅くんの件

皆さん

三宅くんが昨日の稽古後に階段で転倒し、左足首の骨折（全治6週間、来週手術予定）と診断されました。
本人とも話し、今回の公演は降板となります。郵便配達の青年役は浅野さんにお願いしました。
本人はかなり落ち込んでいるので、しばらくそっとしておいてあげてください。

堀
""" ,
 personal=[('name', '三宅 陸'), ('health', '左足首の骨折（全治6週間、来週手術予定）')]))

# T-P7 ticketing system failure notice draft
A(M('pass', 'benign.it_incident',
 '「障害」は発券システムの障害で、お客様向け案内文の文案のやりとり。',
 'hori', ['チケットライン株式会社 営業 田村様 <tamura@ticketline.co.jp>'],
 'Re: 発券システム障害時のお客様案内文について',
 """田村様

お世話になっております。こもれび座の堀です。
案内文のご確認ありがとうございました。以下の文面で劇団サイトとSNSに掲載します。

----
【お知らせ】6月18日（水）10:00〜13:20、チケットラインの発券システムに障害が発生し、一部のお客様がコンビニ発券できない状態となっておりました。
現在は復旧しております。該当時間にお手続きができなかったお客様は、お手数ですが再度お手続きをお願いいたします。
重複購入となってしまったお客様は、チケットライン カスタマーサポートまでご連絡ください。
----

重複購入の件数が分かりましたら、件数だけ教えていただけると助かります。

""" + SIG['hori']))

# T-H8 full card number to ticketing vendor
A(M('hold', 'id.card',
 '観客のクレジットカード番号（全桁）と有効期限を本文に書いて社外のチケット会社へ送っている。',
 'hori', ['チケットライン カスタマーサポート <support@ticketline.co.jp>'],
 '返金処理のお願い（受付番号 TL-8830214）',
 """チケットライン カスタマーサポート
ご担当者様

お世話になっております。劇団こもれび座の堀です。
6月21日マチネの公演中止に伴う返金の件で、お客様から「サイト上で返金手続きができない」とお電話がありました。
お客様のご了承を得ましたので、決済に使われたカード情報をお伝えします。返金処理をお願いいたします。

お客様：原田 亜紀 様
電話：090-3827-4410
カード番号：4012 8888 8888 1881
有効期限：09/27
金額：9,000円（2枚分）

処理が完了しましたら、こちらにもご一報いただけますと幸いです。

""" + SIG['hori'],
 personal=[('name', '原田 亜紀'), ('phone', '090-3827-4410'), ('card', '4012 8888 8888 1881')]))

# T-P8 grant report with aggregate accessibility figures (formal)
A(M('pass', 'benign.aggregate_disability',
 '鑑賞サポートの利用実績は延べ人数・件数の集計だけで、利用者個人は特定できない。',
 'kasuga', ['公益財団法人 すぎなみ芸術文化振興財団 助成課 <josei@suginami-arts.or.jp>'],
 '2024年度 鑑賞サポート事業 実績報告書の提出について',
 """公益財団法人 すぎなみ芸術文化振興財団
助成課 御中

拝啓 時下ますますご清祥のこととお慶び申し上げます。
平素より当劇団の活動に格別のご支援を賜り、厚く御礼申し上げます。

さて、2024年度「鑑賞サポート事業」助成につきまして、実績報告書を提出いたします。
概要は下記のとおりです。

記

1．対象公演　　『夜光虫』（2024年10月、全12ステージ）、『春の手紙』（2025年3月、全8ステージ）
2．総来場者数　3,184名
3．鑑賞サポートの利用実績
　　・車いす席のご利用：延べ14名（同伴者含め27名）
　　・字幕タブレットの貸出：31件
　　・音声ガイド（ポータブル）：9件
　　・盲導犬・聴導犬の同伴：2件
　　・託児サービス：22名
4．アンケート結果（鑑賞サポート利用者、回答18名）
　　・満足：16名、やや満足：2名
　　・主な要望：字幕の位置を舞台に近づけてほしい、事前の劇場内動線の案内がほしい
5．次年度の改善点
　　・タッチツアー（開演前の舞台体験）の実施
　　・ウェブサイトのアクセシビリティ改善

以上

添付の報告書（様式第5号）および収支決算書をご査収くださいますようお願い申し上げます。

敬具

""" + SIG['kasuga']))

# T-H9 freelancer's personal bank account forwarded to production company
A(M('hold', 'id.bank_account',
 'フリーランス個人の口座番号・住所・報酬額を社外の制作会社へ転送している。',
 'kasuga', ['株式会社ステージワークス 経理 松田様 <matsuda@stageworks.co.jp>'],
 '照明スタッフ 請求書の転送',
 """松田様

お世話になっております。こもれび座の春日です。
フリーランスの照明オペレーター、内藤 篤さんからの請求書を転送します。
今回の公演は制作委託契約に基づき、御社からのお支払いとなりますので、よろしくお願いいたします。

・請求者：内藤 篤（個人事業主・インボイス未登録）
・住所：東京都中野区野方3-28-9 コーポ野方202
・金額：165,000円（税込）／源泉徴収あり
・振込先：楽天銀行 ジャズ支店 普通 7392154 ナイトウ アツシ
・支払期日：7月31日

原本は郵送で御社宛にお送りするよう、内藤さんにお伝えしています。

""" + SIG['kasuga'],
 personal=[('name', '内藤 篤'), ('address', '東京都中野区野方3-28-9 コーポ野方202'),
           ('account', '楽天銀行 ジャズ支店 普通 7392154 ナイトウ アツシ'), ('pay', '165,000円')]))

# T-P9 mobile short approval
A(M('pass', 'benign.oneliner',
 '校正OKの一言返信で個人データなし。',
 'hori', ['杉並グラフィック 大塚 <otsuka@suginami-graphic.co.jp>'],
 'Re: チラシ校正（3校）',
 """大塚さん
3校OKです！このまま入稿でお願いします。
堀

iPhoneから送信"""))

# T-H10 audition applicant profile to talent agency
A(M('hold', 'profile.forward',
 'オーディション応募者個人の生年月日・住所・携帯・メール・経歴を社外の芸能事務所へ紹介として送っている（本人了承ありでも個人プロフィールの外部提供）。',
 'kasuga', ['オフィス・ルミエール マネージャー 加賀 様 <kaga@lumiere-office.co.jp>'],
 'オーディション応募者のご紹介',
 """加賀さん

お世話になっております。こもれび座の春日です。
先日の秋公演オーディションで最終まで残った方で、御社での所属をご検討いただけそうな方がいたのでご紹介します。
ご本人からは、御社に連絡先をお伝えすることの了承をいただいています。

・氏名：千葉 遥香（ちば はるか）
・生年月日：2001年7月30日（23歳）
・住所：埼玉県さいたま市浦和区常盤6-4-21
・携帯：080-7146-3390
・メール：haruka.chiba.0730@gmail.com
・身長／体重：163cm／48kg
・経歴：都立高校演劇部（関東大会出場）、専門学校 俳優科卒。小劇場への客演3本
・特技：日本舞踊（名取）、ピアノ

歌とダンスは課題もありますが、芝居の素直さと声の良さが印象的でした。
オーディション時の動画も共有できますので、必要であればおっしゃってください。

""" + SIG['kasuga'],
 personal=[('name', '千葉 遥香'), ('birthdate', '2001年7月30日'), ('address', '埼玉県さいたま市浦和区常盤6-4-21'),
           ('phone', '080-7146-3390'), ('email', 'haruka.chiba.0730@gmail.com')]))

# T-P10 own corporate invoice with registration number and corporate account
A(M('pass', 'benign.corporate_account',
 '劇団（合同会社）名義の法人口座と適格請求書の登録番号で、個人の口座ではない。',
 'hori', ['阿佐ヶ谷みずき劇場 経理 <keiri@mizuki-theatre.jp>'],
 '共催公演 精算分のご請求書送付',
 """阿佐ヶ谷みずき劇場
経理ご担当者様

お世話になっております。劇団こもれび座の堀です。
『春の手紙』共催公演の精算分につきまして、ご請求書をお送りします。

""" + SIG['hori'],
 att=[{'filename': 'seikyusho_KZ-2025-031.pdf', 'contentType': PDF, 'text':
"""請求書
請求書番号 KZ-2025-031　発行日 2025年6月16日
阿佐ヶ谷みずき劇場 御中

合同会社こもれび座
〒166-0003 東京都杉並区高円寺南2-41-6
登録番号 T5011303004185

件名：共催公演『春の手紙』チケット収入精算分
小計 418,000円　消費税（10%） 41,800円　合計 459,800円

お振込先：西武信用金庫 高円寺支店 普通 0284716 ゴウドウガイシャコモレビザ
お支払期限：2025年7月31日
"""}]))
