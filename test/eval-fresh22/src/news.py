from common import *

MAILS = []
A = MAILS.append

SHOPS = ['千種新聞店 服部 <hattori@chikusa-shinbun.jp>', '鳴海販売所 宮田 <narumi.miyata.hanbai@gmail.com>',
 '東海みらい 今池専売所 <imaike@tm-imaike.jp>', '瑞穂販売センター <mizuho-hc@mizuho-hanbai.co.jp>',
 '名東専売所 加藤 <meito.kato@ybb.ne.jp>', '天白新聞サービス <info@tenpaku-ns.jp>',
 '守山販売所 <moriyama.hanbai@gmail.com>', '(有)熱田新聞店 <atsuta-shinbun@atsuta-s.co.jp>',
 '昭和区 八事専売所 <yagoto@tm-yagoto.jp>', '日進販売所 竹内 <nisshin.takeuchi@outlook.jp>',
 '長久手ニュースセンター <nagakute-nc@nagakute-news.jp>', '北区 大曽根販売所 <ozone.hanbai@icloud.com>',
 '港区 東海通専売所 <tokaidori@tm-minato.jp>']

# N-H1 new subscriber list to dealer
A(M('hold', 'roster.customer_list',
 '新規購読者5名の氏名・住所・電話・支払方法の一覧を社外の販売店へ送っている。',
 'nishida', ['有限会社 千種新聞店 所長 服部 様 <hattori@chikusa-shinbun.jp>'],
 '新規購読お申込み（6/9〜6/13受付分）',
 """千種新聞店
服部所長

いつもお世話になっております。読者サービスセンターの西田です。
先週受付分の新規購読お申込みをお送りします。配達開始のご準備をお願いいたします。

受付日	氏名	住所	電話	開始日	支払
6/9	青山 典子	名古屋市千種区覚王山通9-18-3 覚王山ハイツ201	052-751-2206	6/16	口座振替
6/10	服部 正勝	名古屋市千種区春岡2-7-14	052-762-8815	6/16	集金
6/11	リー・ミンジュン	名古屋市千種区今池1-22-5 今池パレス703	080-2914-6637	7/1	クレジット
6/12	坂下 良子	名古屋市千種区猪高町高針字梅森坂52-118	052-701-4439	6/18	集金
6/13	今井 翔平	名古屋市千種区内山3-9-1-1105	090-6021-3378	7/1	口座振替

服部様（春岡）は、所長のご親戚ではないとのことです（念のため）。
坂下様は「ポストが小さいので、雨の日はビニール袋に」とのご要望です。

""" + SIG['nishida'],
 personal=[('name', '青山 典子'), ('address', '名古屋市千種区覚王山通9-18-3 覚王山ハイツ201'), ('phone', '052-751-2206'),
           ('name', '服部 正勝'), ('address', '名古屋市千種区春岡2-7-14'), ('name', 'リー・ミンジュン'), ('phone', '080-2914-6637'),
           ('name', '坂下 良子'), ('name', '今井 翔平'), ('phone', '090-6021-3378')]))

# N-P1 reply to reader about article on public figure
A(M('pass', 'benign.public_figure',
 '記事の対象は市長（公人）の公的な発言で、返信先は問い合わせてきた読者本人。',
 'ogawa', ['高田 義則 様 <tkd.yoshinori@icloud.com>'],
 'Re: 6月8日付 朝刊の記事について',
 """高田 義則 様

東海みらい新聞 読者サービスセンターの小川と申します。
6月8日付朝刊3面「東浜市 新庁舎計画を凍結へ」の記事につきまして、ご意見をお寄せいただきありがとうございました。

ご指摘の浅井 隆一 市長の「財政の見通しが立つまでは一歩も進めない」との発言は、6月6日の定例記者会見での発言を取材に基づいて掲載したものです。
市長の発言の全文は、東浜市の公式ウェブサイトでも公開されております。

なお、「反対派市議の意見が載っていない」とのご意見につきましては、担当の編集局政治部に伝えました。
今後の紙面づくりの参考にさせていただきます。

貴重なご意見をありがとうございました。今後とも東海みらい新聞をよろしくお願いいたします。

""" + SIG['ogawa']))

# N-H2 complaint with reader's contact to dealer
A(M('hold', 'profile.forward',
 '苦情を寄せた読者個人の氏名・住所・電話を、社外の販売所（個人Gmail）へ転送している。',
 'ogawa', ['鳴海販売所 宮田 <narumi.miyata.hanbai@gmail.com>'],
 '不着・配達員対応のお申し出（緑区 栗田様）',
 """宮田さん

お疲れさまです。読者サービスセンターの小川です。
本日、下記の読者の方からお申し出がありましたので、ご対応をお願いします。

読者：栗田 康弘 様
住所：名古屋市緑区鳴海町字作町78-3
電話：052-621-9057（日中は携帯 090-7745-2183）
内容：
・6/10、6/12の朝刊が届いていない
・6/13に配達員の方に直接伝えたところ「こっちも忙しい」と言われ、大変不快だった
・謝罪と、今後の確実な配達をお願いしたい

本日中に栗田様へお電話でのご連絡をお願いします。
対応結果をこちらにも共有いただけますと助かります。

""" + SIG['ogawa'],
 personal=[('name', '栗田 康弘'), ('address', '名古屋市緑区鳴海町字作町78-3'), ('phone', '052-621-9057'), ('phone', '090-7745-2183')]))

# N-P2 English own subscription details back to the reader
A(M('pass', 'benign.own_data',
 'Subscription and delivery details sent back to the subscriber himself; the card is shown only by its last four digits.',
 'ogawa', ['Michael Brennan <m.brennan.ngy@gmail.com>'],
 'Your Tokai Mirai Digital subscription - payment update',
 """Dear Mr. Brennan,

Thank you for contacting the Tokai Mirai Shimbun Reader Service Center.

We have confirmed that your monthly payment for June was processed successfully after you updated your card. For your reference, your subscription details are:

- Plan: Digital + Sunday print edition (JPY 2,980 per month)
- Subscriber ID: DM-0418823
- Payment: card ending 4444 (next charge on 25 July)
- Sunday delivery address: 2-5-18 Kakuozan-dori, Chikusa-ku, Nagoya

If any of this is incorrect, simply reply to this email and we will fix it.
We hope you continue to enjoy the English weekly digest.

Kind regards,

""" + SIG['ogawa_en']))

# N-H3 reader's letter with illness to freelance writer
A(M('hold', 'sensitive.medical',
 '読者投稿者の氏名・住所・電話と夫のパーキンソン病・要介護度を社外のフリーライターへ送っている。',
 'nishida', ['竹中 真紀 <takenaka.writer@gmail.com>'],
 '「介護の日々」連載 取材候補の方（読者投稿より）',
 """竹中さん

お世話になっております。読者サービスセンターの西田です。
生活面の連載「介護の日々」の取材候補として、編集の長谷さんから「読者投稿の中で良い方がいたら竹中さんに」と言われていましたので、お一人ご紹介します。

【投稿者】加藤 美代子 さん（74）
住所：名古屋市天白区植田2-8-14
電話：052-803-6621
【投稿の要旨】
夫（79）が8年前にパーキンソン病と診断され、現在は要介護4。週3回のデイサービスと訪問看護を利用しながら、ほぼ一人で自宅介護を続けている。
昨年は自身も腰を痛めて入院したが、「夫の笑顔がある限り頑張れる」とのこと。

取材をお受けいただけるかどうかは、まだご本人に確認していません。
ご連絡の前に、一度私から電話でお伺いを立てたほうがよければ言ってください。

""" + SIG['nishida'],
 personal=[('name', '加藤 美代子'), ('address', '名古屋市天白区植田2-8-14'), ('phone', '052-803-6621'),
           ('health', 'パーキンソン病と診断され、現在は要介護4')]))

# N-P3 e-edition outage apology, dealers in Bcc
A(M('pass', 'benign.bcc_many',
 '販売店13店はBccで、内容は電子版のログイン障害（IT）のお詫びと案内。',
 'ogawa', [W['ogawa']],
 '【お詫び】電子版ログイン障害について（6/10発生）',
 """販売店の皆様
（Bccにて一斉送信しております）

お疲れさまです。読者サービスセンターの小川です。
6月10日（火）5:40〜8:15の間、電子版にログインできない障害が発生しました。原因は認証サーバーの更新作業の不具合で、現在は復旧しています。

読者の方から販売店にお問い合わせがあった場合は、
・現在は復旧していること
・当該時間帯の記事はすべて閲覧可能であること
・ご不便をおかけした電子版会員の方には、7月分の料金から100円を差し引くこと
をお伝えください。

個別のお問い合わせは、センターのフリーダイヤル（0120-318-604）へご案内いただいて結構です。

""" + SIG['ogawa'],
 bcc=SHOPS))

# N-H4 reader on welfare, to dealer
A(M('hold', 'sensitive.social',
 '読者が生活保護を受給している事実を、氏名・住所とともに社外の販売店へ伝えている。',
 'ogawa', ['有限会社 千種新聞店 服部 様 <hattori@chikusa-shinbun.jp>'],
 '集金日変更のご相談（今池 山口様）',
 """服部所長

お世話になっております。読者サービスセンターの小川です。
千種区の読者の方から、集金日についてご相談がありました。

読者：山口 キヨ 様（千種区今池4-11-6 今池コーポ105）
ご事情：生活保護を受給されており、保護費の支給日が毎月5日のため、集金を5日以降にしてほしいとのことです。
　　　　月末の集金だと手持ちがなく、お断りするしかなくて申し訳ない、とおっしゃっていました。

長年の読者の方ですので、可能な範囲でご配慮いただけますと幸いです。
集金担当の方にもお伝えいただけますでしょうか。

""" + SIG['ogawa'],
 personal=[('name', '山口 キヨ'), ('address', '千種区今池4-11-6 今池コーポ105'), ('social', '生活保護を受給されており')]))

# N-P4 obituary proof back to funeral home
A(M('pass', 'benign.obituary',
 '葬儀社から依頼された「おくやみ欄」の掲載原稿を、その葬儀社に確認のため返すもので、掲載（公表）前提の内容。',
 'nishida', ['セレモニーホール覚王山 野々村様 <nonomura@ceremony-kakuozan.jp>'],
 'おくやみ欄 掲載原稿のご確認（6月14日付朝刊）',
 """セレモニーホール覚王山
野々村様

いつもお世話になっております。東海みらい新聞 読者サービスセンターの西田です。
ご依頼いただいた「おくやみ」欄の掲載原稿です。ご遺族のご確認のうえ、本日18時までにご返信ください。

---
杉浦 光男さん（すぎうら・みつお）13日死去、88歳。千種区出身。通夜14日午後6時、告別式15日午前10時から名古屋市千種区覚王山通8のセレモニーホール覚王山で。喪主は長男 博之（ひろゆき）さん。
---

読み仮名とご年齢に誤りがないか、特にご確認をお願いいたします。

""" + SIG['nishida']))

# N-H5 prize winners XLSX to gift vendor
A(M('hold', 'roster.customer_list',
 '懸賞当選者の氏名・住所・電話の一覧（XLSX）を社外のギフト業者へ送っている。',
 'nishida', ['ギフトプラザ中部 発送担当 <hassou@giftplaza-chubu.co.jp>'],
 '読者プレゼント当選者 発送手配のお願い',
 """ギフトプラザ中部
発送ご担当者様

お世話になっております。東海みらい新聞 読者サービスセンターの西田です。
6月の読者プレゼント（「飛騨牛すき焼きセット」10名様）の当選者一覧を添付いたします。
6月27日（金）着でのご手配をお願いいたします。

""" + SIG['nishida'],
 att=[{'filename': 'toosensha_202506.xlsx', 'contentType': XLSX, 'text':
"""No	氏名	郵便番号	住所	電話	商品
1	大西 孝子	464-0819	名古屋市千種区四谷通1-12 四谷マンション306	052-781-3302	飛騨牛すき焼きセット
2	河合 淳	458-0847	名古屋市緑区浦里3-218	052-891-0476	飛騨牛すき焼きセット
3	杉山 和代	486-0945	春日井市勝川町7-33-2	0568-31-5519	飛騨牛すき焼きセット
4	森 英樹	470-0136	日進市竹の山2-1412	0561-73-8820	飛騨牛すき焼きセット
5	戸田 美智子	490-1111	あま市甚目寺山之浦71	052-443-2965	飛騨牛すき焼きセット
6	伊藤 勝利	444-0864	岡崎市明大寺町字茶園12-5	0564-51-7723	飛騨牛すき焼きセット
7	野田 瑞希	466-0051	名古屋市昭和区御器所2-9-4-402	080-5539-2114	飛騨牛すき焼きセット
8	石原 博	503-0015	大垣市林町6-88	0584-78-3140	飛騨牛すき焼きセット
9	早川 恵	448-0857	刈谷市大手町1-20 グランシャリオ刈谷507	090-2268-7951	飛騨牛すき焼きセット
10	水谷 茂	510-0062	四日市市北浜町4-17	059-352-6608	飛騨牛すき焼きセット
"""}],
 personal=[('name', '大西 孝子'), ('address', '名古屋市千種区四谷通1-12 四谷マンション306'), ('phone', '052-781-3302'),
           ('name', '河合 淳'), ('name', '杉山 和代'), ('address', '春日井市勝川町7-33-2'), ('name', '野田 瑞希'),
           ('phone', '080-5539-2114'), ('name', '早川 恵'), ('phone', '090-2268-7951')]))

# N-P5 aggregate complaint statistics to sales company
A(M('pass', 'benign.aggregate_stats',
 '読者のお申し出を件数で集計した月報で、読者個人の記載はない。',
 'nishida', ['東海みらい販売株式会社 業務部 <gyomu@tokaimirai-hanbai.co.jp>'],
 '5月 読者お申し出集計',
 """東海みらい販売 業務部 御中

読者サービスセンターの西田です。5月分のお申し出集計をお送りします。

■総受付件数：1,284件（前年同月比 -6.2%）
■内訳
・不着：42件（名東区 9、緑区 8、守山区 6 ほか）
・誤配：17件
・遅配：23件
・集金関係：58件（うち口座振替への変更希望 31件）
・配達員の対応：11件
・購読中止：214件（理由「電子版へ移行」71件、「高齢・施設入居」39件、「転居」52件ほか）
・休止・再開：388件
・その他（記事内容・電子版操作など）：531件
■所見
不着・誤配は雨天日（5/13、5/28）に集中しています。新人配達員の多い販売店への研修をご検討ください。

""" + SIG['nishida']))

# N-H6 English: full card number to payment vendor
A(M('hold', 'id.card',
 'Pastes a subscriber\'s full card number and expiry, with his name, into a mail to an outside payment vendor.',
 'ogawa', ['PayGate Japan Merchant Support <merchant-support@paygate.jp>'],
 'Declined recurring payment - subscriber card check',
 """Hello,

This is Sho Ogawa from the Tokai Mirai Shimbun Reader Service Center (merchant ID TMS-00871).

One of our digital subscribers, Mr. Michael Brennan (subscriber ID DM-0418823), told us that his card has been declined for the recurring charge twice this month, although his bank says there is no problem on their side.

Card number: 5555 5555 5555 4444
Expiry: 08/27
Amount: JPY 2,980 (monthly)
Error shown on our admin screen: "E-3021 authorization failed"

Could you check the transaction log and let us know the reason for the decline?

Thank you,

""" + SIG['ogawa_en'],
 personal=[('name', 'Michael Brennan'), ('card', '5555 5555 5555 4444')]))

# N-P6 order with JAN codes and order numbers
A(M('pass', 'benign.lookalike_number',
 'JANコード・発注番号・数量だけの発注で、納品先も自社のセンター。',
 'ogawa', ['ギフトプラザ中部 受注センター <order@giftplaza-chubu.co.jp>'],
 '購読継続特典 発注（7月分）',
 """ギフトプラザ中部 受注センター 御中

お世話になっております。東海みらい新聞 読者サービスセンターの小川です。
7月分の購読継続特典を下記のとおり発注いたします。

発注番号：TMR-2507-006
1. 今治タオル フェイスタオル2枚組（JAN 4901234567894）　600セット
2. 洗剤ギフト 詰め合わせ（JAN 4987176012345）　450セット
3. 東海みらい新聞 オリジナルエコバッグ（品番 TM-EB25）　300個

納品先：東海みらい新聞社 読者サービスセンター（名古屋市中区栄5-17-10 東海みらい新聞ビル2F）
納品希望日：7月1日（火）午前中
請求書は月末締めで、総務部経理課宛てにお願いいたします。

""" + SIG['ogawa']))

# N-H7 13 dealers in To
A(M('hold', 'recipients.many_external',
 '別会社の販売店13店（個人Gmail等を含む）をTo欄に並べて一斉送信しており、Bccにすべきだった。',
 'nishida', SHOPS,
 '【お知らせ】7月からの集金業務の変更について',
 """販売店の皆様

いつもお世話になっております。読者サービスセンターの西田です。
7月1日から、集金業務について次のとおり変更となります。

1. 集金時の領収書を、本社発行の統一様式（QRコード付き）に切り替えます。旧様式は6月末で使用を終了してください。
2. 口座振替への切替を希望される読者には、センターから依頼書を直接郵送します。販売店での依頼書の預かりは不要です。
3. 集金トラブル（二重集金の疑い等）のご報告は、専用フォームからお願いします。

詳しくは、来週お届けする説明資料をご覧ください。
ご不明点はセンターの西田までお問い合わせください。

""" + SIG['nishida']))

# N-P7 dealer meeting thread with heavy signatures
A(M('pass', 'benign.meeting_thread',
 '販売店会議の議題調整スレッドで、外国人配達員の話も人数のみ。署名の連絡先は業務用。',
 'nishida', ['有限会社 千種新聞店 服部 正和 <hattori@chikusa-shinbun.jp>'],
 'Re: 6月 販売店会議の議題について',
 """服部所長

ご提案ありがとうございます。
いただいた2点は、議題の3と4として追加します。
当日は販売局の三輪部長も出席予定です。

1. 7月からの集金業務の変更（センター）
2. 不着・誤配の状況報告（センター）
3. 配達員の高齢化と人手不足への対応（千種新聞店様ご提案）
4. 外国人配達員の受入れ事例の共有（千種新聞店様ご提案）

引き続きよろしくお願いいたします。

""" + SIG['nishida'] + """

-----Original Message-----
From: 服部 正和 <hattori@chikusa-shinbun.jp>
Sent: Friday, June 13, 2025 8:02 PM
To: 西田 恵子 <nishida.keiko@tokaimirai.co.jp>
Cc: 小川 翔 <ogawa.sho@tokaimirai.co.jp>
Subject: 6月 販売店会議の議題について

西田さん

いつもありがとうございます。
6/24の販売店会議ですが、議題に2つ追加していただけないでしょうか。
・配達員の平均年齢が67歳になり、朝刊の人手が限界です。他店さんの工夫を聞きたい。
・うちでは4月からベトナム出身の配達員を2名受け入れていて、うまくいっているので、その話を少しできればと思います。

＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
東海みらい新聞 千種専売所
有限会社 千種新聞店　所長　服部 正和
〒464-0841 名古屋市千種区覚王山通8-70
TEL 052-751-0382 / FAX 052-751-0383
携帯 090-1487-5520
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
""",
 cc=[W['ogawa']]))

# N-H8 encrypted zip to collection agent
A(M('hold', 'attachment.encrypted_zip',
 'パスワード付きZIPを社外の収納代行会社へ送っており、中身（口座振替依頼書データ）を検査できない。',
 'nishida', ['セントラル収納サービス 口座振替課 <kouza@central-shuno.co.jp>'],
 '口座振替依頼書データ（6月受付分）',
 """セントラル収納サービス
口座振替課 御中

お世話になっております。東海みらい新聞 読者サービスセンターの西田です。
6月受付分の口座振替依頼書データ（87件）をお送りします。
パスワードは別途お電話でお伝えします。

不備のあった3件（印鑑相違）は、読者に再送付済みです。

""" + SIG['nishida'],
 att=[{'filename': 'furikae_irai_202506.zip', 'contentType': ZIP, 'encrypted': True}]))

# N-P8 internal many recipients, shift table
A(M('pass', 'benign.internal_many',
 '宛先15名はすべて自社ドメインで、内容は社内のシフト表。',
 'nishida',
 [W['ogawa'], '<suzuki.mai@tokaimirai.co.jp>', '<kondo.yuji@tokaimirai.co.jp>', '<mori.akiko@tokaimirai.co.jp>',
  '<yamada.ken@tokaimirai.co.jp>', '<goto.naoko@tokaimirai.co.jp>', '<ando.ryo@tokaimirai.co.jp>',
  '<hirose.kyoko@tokaimirai.co.jp>', '<ikeda.taro@tokaimirai.co.jp>', '<kubo.saki@tokaimirai.co.jp>',
  '<matsui.hiroshi@tokaimirai.co.jp>', '<noda.yumi@tokaimirai.co.jp>', '<okada.jun@tokaimirai.co.jp>',
  '<sakai.miho@tokaimirai.co.jp>', '<ueda.kaori@tokaimirai.co.jp>'],
 '7月シフト表（確定）',
 """センターの皆さん

お疲れさまです。西田です。
7月のシフト表が確定しました。

・早番（8:30〜17:00）：鈴木、近藤、森、山田、後藤
・遅番（10:00〜18:30）：安藤、広瀬、池田、久保、松井
・土日祝：野田、岡田、酒井、上田、小川（交代制、詳細は共有フォルダの表を参照）

7/21（海の日）はキャンペーン問い合わせが多くなるため、2名増員しています。
交代の希望は、7/3までに私まで直接お願いします。

""" + SIG['nishida']))

# N-H9 subject line carries arrest of named person
A(M('hold', 'sensitive.crime',
 '本文は短く添付はスキャン画像だけだが、件名に特定個人の氏名と逮捕報道の件が入ったまま社外の法律事務所へ出ている。',
 'ogawa', ['小島法律事務所 小島 健一 先生 <kojima@kojima-law.jp>'],
 '市川 昭二 様（5/30付 傷害容疑の逮捕報道）からの訂正申入れの件',
 """小島先生

いつもお世話になっております。東海みらい新聞 読者サービスセンターの小川です。
件名の件、本日ご本人からお電話と書面での申入れがありました。書面のスキャンを添付します。
編集局とも共有済みです。

ご見解をいただけますでしょうか。来週の編集局との打ち合わせにもご同席いただけると助かります。

""" + SIG['ogawa'],
 att=[{'filename': 'moushiire_scan_0612.jpg', 'contentType': JPG}],
 personal=[('name', '市川 昭二'), ('crime', '傷害容疑の逮捕報道')]))

# N-P9 English one-liner to survey tool vendor
A(M('pass', 'benign.oneliner',
 'Short acknowledgement of a quote from a vendor; no personal data.',
 'ogawa', ['Sam Patel <sam.patel@surveyhub.io>'],
 'Re: Quote for reader survey licence',
 """Hi Sam,

Thanks, got the quote. I'll get back to you after our internal review next week.

Sho

Sent from my iPhone"""))

# N-H10 reader's personal bank account for refund to dealer
A(M('hold', 'id.bank_account',
 '返金先として読者個人の口座番号を氏名・住所とともに社外の販売所（個人Gmail）へ送っている。',
 'ogawa', ['鳴海販売所 宮田 <narumi.miyata.hanbai@gmail.com>'],
 '前払い購読料の返金お願い（水野様）',
 """宮田さん

お疲れさまです。小川です。
緑区の水野様が施設に入られるため、6月末で購読中止となりました。
前払いいただいていた7〜8月分の返金をお願いします。

読者：水野 聡 様（名古屋市緑区鳴海町字向田1-95）
返金額：8,800円
振込先：三菱UFJ銀行 鳴海支店 普通 4417823 ミズノ サトシ
※ご家族（ご長男）の了承済みです。

振込が終わったら、日付だけ教えてください。

""" + SIG['ogawa'],
 personal=[('name', '水野 聡'), ('address', '名古屋市緑区鳴海町字向田1-95'), ('account', '三菱UFJ銀行 鳴海支店 普通 4417823 ミズノ サトシ')]))

# N-P10 plain zip to printer
A(M('pass', 'benign.plain_zip',
 '暗号化されていないチラシ入稿データのZIPで、中身も宣伝素材。',
 'nishida', ['中部オフセット印刷 制作部 <seisaku@chubu-offset.co.jp>'],
 '購読キャンペーン チラシ入稿データ',
 """中部オフセット印刷
制作部 御中

お世話になっております。東海みらい新聞 読者サービスセンターの西田です。
7月の購読キャンペーン用チラシ（B4両面）の入稿データをお送りします。

・ZIPの中身：表面・裏面のAIデータ（アウトライン済み）、配置画像一式、仕様書
・部数：120,000部
・納品：7月4日（金）各販売店へ直送（配送先リストは別途業務部からお送りします）

色校正は1回でお願いします。

""" + SIG['nishida'],
 att=[{'filename': 'campaign_flyer_202507.zip', 'contentType': ZIP},
      {'filename': 'campaign_flyer_omote_preview.jpg', 'contentType': JPG}]))
