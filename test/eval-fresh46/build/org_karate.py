# 若葉キッズ空手＆スイミング (株式会社わかばスポーツ)
ORG = "若葉キッズ空手＆スイミング (children's karate and swimming school)"

ARAKI = "荒木 大輔 <araki@wakaba-sports.example.jp>"
MORI = "森 千春 <office@wakaba-sports.example.jp>"
MIZUNO = "水野 翔 <mizuno@wakaba-sports.example.jp>"

SIG_ARAKI = """
押忍
若葉キッズ空手＆スイミング 空手部
師範　荒木 大輔（全空連 公認五段）
〒252-0301 相模原市南区鵜野森1-9-14
TEL 042-700-5561"""

SIG_MORI = """
=====================================
株式会社わかばスポーツ
若葉キッズ空手＆スイミング 事務局　森 千春
〒252-0301 相模原市南区鵜野森1-9-14
TEL 042-700-5560（受付 10:00～19:00 月曜休）
https://wakaba-sports.example.jp
====================================="""

SIG_MIZUNO = """
若葉キッズ空手＆スイミング
スイミング部 ヘッドコーチ　水野 翔
TEL 042-700-5562"""

MAILS = [
dict(expect="hold", kind="sensitive.disability", loc="body",
 why="A named child's developmental-disorder diagnosis is passed to an outside coach-dispatch company.",
 frm=MIZUNO, to=["株式会社アクアスタッフ 派遣調整課 <haken@aquastaff.example.jp>"],
 subject="7月からの派遣コーチの方への申し送り",
 text="""アクアスタッフ 派遣調整課
ご担当者様

お世話になっております。若葉キッズスイミングの水野です。
7月から火曜17時クラスを担当いただく派遣コーチの方に、事前に以下を共有いただけますでしょうか。

・同クラスの 石井 湊くん（小2）は、ADHD と自閉スペクトラム症の診断を受けています（保護者様より伺っています）。
・笛の音が苦手なので、合図はハンドサインでお願いします。
・順番待ちが長いとプールサイドを走り出すことがあるため、なるべく先頭に並ばせてください。

よろしくお願いいたします。
""" + SIG_MIZUNO,
 personal=[{"type":"name","value":"石井 湊"},{"type":"disability","value":"ADHD と自閉スペクトラム症"}]),

dict(expect="hold", kind="list.roster", loc="attachment",
 why="The attached entry CSV lists children with birth dates, home addresses and schools; the body only says the entry form is attached.",
 frm=ARAKI, to=["神奈川県空手道連盟 大会事務局 <taikai@kanagawa-karate.example.or.jp>"],
 subject="第31回 県少年空手道選手権 エントリー（若葉キッズ）",
 text="""神奈川県空手道連盟 大会事務局 御中

いつもお世話になっております。若葉キッズ空手の荒木です。
標記大会のエントリーファイルを添付いたします。参加費は本日振込いたしました。

どうぞよろしくお願いいたします。
""" + SIG_ARAKI,
 attachments=[{"filename":"entry_wakaba_kids.csv","contentType":"text/csv",
  "text":"""氏名,ふりがな,生年月日,学年,住所,学校名,級段位,種目
今村 陽菜,いまむら ひな,2015/03/08,小5,相模原市南区鵜野森2-4-11,相模原市立鵜野森小学校,2級,形
大沢 蓮,おおさわ れん,2014/07/21,小6,相模原市南区上鶴間5-2-7-203,相模原市立上鶴間小学校,初段,組手
高木 結衣,たかぎ ゆい,2016/11/02,小3,町田市鶴間3-18-5,町田市立鶴間小学校,4級,形
北村 大翔,きたむら ひろと,2013/05/14,中1,相模原市南区東林間6-1-9,相模原市立東林中学校,初段,組手
"""}],
 personal=[{"type":"name","value":"今村 陽菜"},{"type":"birthdate","value":"2015/03/08"},{"type":"address","value":"相模原市南区鵜野森2-4-11"},{"type":"name","value":"大沢 蓮"}]),

dict(expect="hold", kind="sensitive.health", loc="quoted",
 why="The forwarded parent mail names a child and gives the fracture diagnosis; the covering text only asks for the insurance claim.",
 frm=MORI, to=["スポーツ保険サポート相模 <claim@sports-hoken-sagami.example.jp>"],
 subject="Fw: 昨日のけがについて",
 text="""スポーツ保険サポート相模
ご担当者様

いつもお世話になっております。若葉キッズの森です。
下記、保護者様からのメールを転送いたします。傷害保険の請求手続きについて、必要書類をご案内いただけますでしょうか。

-------- 転送メッセージ --------
差出人: 相沢 由紀 <yuki.aizawa.83@gmail.com>
日付: 2025年6月20日 8:12
宛先: office@wakaba-sports.example.jp
件名: 昨日のけがについて

森様
昨日の空手の稽古で転んだ 相沢 奏太（小3）ですが、夜に整形外科を受診したところ「左橈骨遠位端骨折」と診断され、ギプス固定で全治6週間と言われました。
しばらく稽古はお休みさせていただきます。保険の手続きについて教えてください。
相沢 由紀
""" + SIG_MORI,
 personal=[{"type":"name","value":"相沢 奏太"},{"type":"diagnosis","value":"左橈骨遠位端骨折"}]),

dict(expect="hold", kind="id.card", loc="body",
 why="A parent's full card number with expiry and security code is e-mailed to the payment processor.",
 frm=MORI, to=["ペイネクスト株式会社 加盟店サポート <merchant-support@paynext.example.jp>"],
 subject="電話受付分のカード決済登録をお願いします",
 text="""ペイネクスト株式会社
加盟店サポート ご担当者様

いつもお世話になっております。加盟店ID WK-20931 の若葉キッズ空手＆スイミングです。
管理画面にログインできない状態のため、お電話で入会受付した方のカード情報をお送りします。継続課金の登録をお願いできますでしょうか。

　会員名：小野寺 航（保護者：小野寺 美咲 様）
　カード番号：3566 0020 2036 0505
　有効期限：09/28
　セキュリティコード：417
　月額：8,800円（毎月27日）

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MORI,
 personal=[{"type":"card","value":"3566 0020 2036 0505"},{"type":"name","value":"小野寺 美咲"}]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Password-protected zip to the tax accountant with the password to follow (PPAP).",
 frm=MORI, to=["相模原みらい税理士法人 山本様 <yamamoto@mirai-tax.example.jp>"],
 subject="上期会費明細の送付",
 text="""相模原みらい税理士法人
山本 様

お世話になっております。わかばスポーツの森です。
上期（1～6月）の会費明細と入退会一覧をまとめてお送りします。
ZIPにパスワードをかけていますので、後ほど別メールでお送りします。

よろしくお願いいたします。
""" + SIG_MORI,
 attachments=[{"filename":"2025上期_会費明細.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="recipients.visible", loc="recipients",
 why="Twelve parents' private e-mail addresses are visible in To instead of Bcc.",
 frm=MORI,
 to=["kaori.imamura@gmail.com","osawa.family@yahoo.co.jp","takagi-mama@icloud.com","kitamura.h0514@gmail.com","aizawa.yuki.83@gmail.com",
     "onodera-misaki@ezweb.ne.jp","sasaki.family2019@gmail.com","n.hoshino@outlook.jp","yoshida-kenta@nifty.com","r.kondo.mama@docomo.ne.jp",
     "fujita.home@biglobe.ne.jp","chen.lihua88@gmail.com"],
 subject="【土曜少年部】7/5 稽古会場変更のお知らせ",
 text="""土曜少年部 保護者の皆様

いつもお世話になっております。若葉キッズ事務局の森です。
7月5日（土）の稽古は、本道場の床張替え工事のため、会場を変更いたします。

　会場：相模原市立鵜野森公民館 体育室
　時間：9:30～11:00（通常どおり）
　持ち物：道着、帯、水筒、上履き袋

公民館には駐車場が少ないため、なるべく徒歩・自転車でお越しください。
""" + SIG_MORI),

dict(expect="hold", kind="sensitive.health", loc="subject",
 why="The subject line names a child with epilepsy to the bus contractor; the body only refers to the subject line.",
 frm=MIZUNO, to=["相模交通サービス 送迎担当 <sougei@sagami-kotsu.example.jp>"],
 subject="送迎時の注意事項：田中 蒼空くん（てんかん発作の既往あり）",
 text="""相模交通サービス 送迎ご担当様

お世話になっております。スイミングの水野です。
件名の件、水曜便の添乗員の方にご共有をお願いいたします。
万一車内で様子がおかしい場合は、無理に体を押さえず、安全を確保したうえで時間を計り、すぐにスクールへお電話ください。
保護者様の連絡先はスクールから連絡いたします。
""" + SIG_MIZUNO,
 personal=[{"type":"name","value":"田中 蒼空"},{"type":"diagnosis","value":"てんかん発作の既往あり"}]),

dict(expect="hold", kind="id.bank_account", loc="body",
 why="A parent's personal bank account for direct debit is sent in plain text to the collection agent.",
 frm=MORI, to=["日本収納サービス株式会社 口座振替センター <furikae@nihon-shuno.example.jp>"],
 subject="口座振替 新規登録（7月分から）",
 text="""日本収納サービス 口座振替センター 御中

いつもお世話になっております。委託者コード 0418 若葉キッズ空手＆スイミングです。
用紙の郵送が間に合わないため、7月分からの新規登録を先にメールでお知らせします。

　顧客番号：W-2025-0611
　預金者名：ホシノ ナオキ
　金融機関：湘南みどり銀行 相模大野支店（店番 512）
　預金種目：普通
　口座番号：6027713
　振替金額：16,500円（空手・スイミング兄弟割）

原本は後日郵送いたします。
""" + SIG_MORI,
 personal=[{"type":"bank_account","value":"6027713"},{"type":"name","value":"ホシノ ナオキ"}]),

dict(expect="hold", kind="personal.inquiry", loc="body",
 why="A trial-lesson applicant's full contact details are forwarded to a partner cram school for cross-selling.",
 frm=MORI, to=["個別指導ステップ 相模大野校 <sagamiono@step-kobetsu.example.jp>"],
 subject="体験申込者のご紹介",
 text="""個別指導ステップ 相模大野校
教室長 様

いつもお世話になっております。若葉キッズの森です。
提携キャンペーンの件で、当スクールの体験に申し込まれた方をご紹介いたします。

　保護者：吉田 健太 様
　お子様：吉田 莉子 さん（小4）
　住所：相模原市南区相模大野7-12-3 グランコート大野 808
　携帯：090-8834-1127
　メール：yoshida-kenta@nifty.com
　備考：算数が苦手で、中学受験を迷っているとのこと

塾のご案内のお電話をしていただいて大丈夫です。
""" + SIG_MORI,
 personal=[{"type":"name","value":"吉田 健太"},{"type":"address","value":"相模原市南区相模大野7-12-3 グランコート大野 808"},{"type":"phone","value":"090-8834-1127"}]),

dict(expect="hold", kind="sensitive.health", loc="body",
 why="Reply to one parent names another child who has chickenpox (a third person's infection).",
 frm=ARAKI, to=["近藤 里美 <r.kondo.mama@docomo.ne.jp>"],
 subject="Re: 稽古のお休みについて",
 text="""近藤様

ご連絡ありがとうございます。荒木です。
お問い合わせの件ですが、同じ火曜クラスの 佐々木 陽翔くん が先週末に水ぼうそうと診断され、今週はお休みしています。
悠真くんがまだかかったことがないとのことでしたら、念のため来週の様子を見てからの参加でも構いません。
振替稽古は木曜クラスでも受けられますので、遠慮なくお申し付けください。

> 荒木先生
> いつもお世話になっております。クラスで水ぼうそうが出たと聞きましたが、本当でしょうか。
> 下の子が生まれたばかりなので心配です。
> 近藤
""" + SIG_ARAKI,
 personal=[{"type":"name","value":"佐々木 陽翔"},{"type":"diagnosis","value":"水ぼうそうと診断され"}]),

# ---------------- passes
dict(expect="pass", kind="benign.grading_schedule",
 why="Grading-exam arrangements with examiner names from a partner dojo; no member data.",
 frm=ARAKI, to=["誠心館 館長 坂井先生 <sakai@seishinkan-karate.example.jp>"],
 subject="夏季昇級審査の審査員のお願い",
 text="""誠心館 館長
坂井 先生

押忍。いつも大変お世話になっております。若葉キッズ空手の荒木です。
本年も夏季昇級審査の副審査員をお願いできればと存じます。

　日時：7月27日（日）9:00～12:30
　会場：若葉キッズ 本道場
　受審者：約40名（10級～1級）
　審査員：主審 荒木、副審 坂井先生・当会指導員 宮田

昼食はこちらでご用意いたします。ご都合をお聞かせいただけますと幸いです。
""" + SIG_ARAKI),

dict(expect="pass", kind="benign.congrats_public",
 why="Congratulations on a partner dojo student's publicly reported national title; uses only published results.",
 frm=ARAKI, to=["誠心館 事務局 <info@seishinkan-karate.example.jp>"],
 subject="全日本少年大会 優勝おめでとうございます",
 text="""誠心館 御中

押忍。荒木です。
新聞でも報じられていましたが、全日本少年少女空手道選手権 小学6年男子組手での 水谷 颯 選手の優勝、誠におめでとうございます。
決勝の上段回し蹴りは、うちの子どもたちも動画で何度も見返しています。

坂井先生をはじめ指導員の皆様のご指導の賜物と存じます。
8月の合同稽古でお会いできるのを楽しみにしております。
""" + SIG_ARAKI),

dict(expect="pass", kind="benign.own_data",
 why="A parent is told the status of her own direct debit with a masked account; the data subject receives her own data.",
 frm=MORI, to=["星野 奈美 <n.hoshino@outlook.jp>"],
 subject="口座振替登録完了のお知らせ",
 text="""星野 奈美 様

いつも若葉キッズをご利用いただきありがとうございます。事務局の森です。
ご依頼いただいた口座振替の登録が完了しましたのでお知らせします。

　振替口座：湘南みどり銀行 相模大野支店 普通 ****713
　初回振替日：7月27日
　振替金額：16,500円（空手・スイミング兄弟割適用）

6月分の月謝は、すでに窓口でお支払いいただいておりますので二重引き落としはございません。
""" + SIG_MORI),

dict(expect="pass", kind="benign.equipment_outage",
 why="Pool filtration fault ('障害') and temporary closure notice to the facility operator; infection control mentioned generically.",
 frm=MIZUNO, to=["相模原市立温水プール 指定管理者 <kanri@sagami-onsuipool.example.jp>"],
 subject="ろ過装置の障害に伴う6/24レッスン中止の件",
 text="""温水プール 管理事務所 御中

スイミングの水野です。
本日ご連絡いただいた、ろ過装置の制御盤障害により残留塩素濃度が基準を下回っている件、承知いたしました。
感染症予防の観点から、6月24日（火）の当スクールのレッスン（16:00～19:00 の3枠）は中止とし、保護者へ連絡いたします。

復旧の見込みが立ちましたら、再開日をお知らせください。振替日程は別途ご相談させてください。
""" + SIG_MIZUNO),

dict(expect="pass", kind="benign.corp_invoice",
 why="Invoice to a corporate welfare-programme client with the school's corporate bank account.",
 frm=MORI, to=["株式会社ベネフィット・ワン相模 福利厚生担当 <fukuri@benefit-sagami.example.jp>"],
 subject="6月分 法人会員利用料のご請求",
 text="""株式会社ベネフィット・ワン相模
福利厚生ご担当者様

いつもお世話になっております。わかばスポーツの森です。
6月分の法人会員利用料についてご請求申し上げます。

　請求番号：WS-2506-031
　利用件数：延べ 48件（空手 19件、スイミング 29件）
　ご請求額：105,600円（税込）
　お支払期限：7月31日
　振込先：かながわ中央銀行 相模原支店 普通 1120584 カ）ワカバスポーツ
　登録番号：T6021001058832

請求書PDFを添付いたしますのでご査収ください。
""" + SIG_MORI),

dict(expect="pass", kind="benign.bcc_mass",
 why="Summer-course announcement to parents with all addresses in Bcc.",
 frm=MORI, to=[MORI],
 bcc=["kaori.imamura@gmail.com","osawa.family@yahoo.co.jp","takagi-mama@icloud.com","kitamura.h0514@gmail.com","sasaki.family2019@gmail.com",
      "n.hoshino@outlook.jp","yoshida-kenta@nifty.com","r.kondo.mama@docomo.ne.jp","fujita.home@biglobe.ne.jp","chen.lihua88@gmail.com","m.ueno.222@gmail.com"],
 subject="夏休み短期教室（空手・水泳）のご案内",
 text="""保護者の皆様
※本メールはBCCで一斉送信しております。

夏休み短期教室の申込受付を開始しました。

【水泳】7/22～7/25　各日 10:00～11:00　4日間 6,600円
【空手】7/29～7/31　各日 14:00～15:00　3日間 4,400円

お友だちの参加も大歓迎です（会員紹介で500円割引）。
お申し込みは受付窓口または LINE 公式アカウントから。締切は7月12日です。
""" + SIG_MORI),

dict(expect="pass", kind="benign.katakana_products",
 why="Equipment order naming katakana product lines that look like given names, with JAN codes.",
 frm=MIZUNO, to=["株式会社ブルーウェーブ 営業部 <order@bluewave-swim.example.jp>"],
 subject="発注：ジュニアゴーグル ほか",
 text="""ブルーウェーブ 営業部 御中

いつもお世話になっております。若葉キッズの水野です。
以下の発注をお願いいたします。

| 品名                         | JAN           | 数量 |
|------------------------------|---------------|------|
| ジュニアゴーグル「ハルカ」 ブルー   | 4589231004417 | 20   |
| ジュニアゴーグル「ハルカ」 ピンク   | 4589231004424 | 15   |
| シリコンキャップ「ミナミ」 Mサイズ | 4589231007128 | 30   |
| ビート板「ソラ」                 | 4589231010036 | 10   |

納品は7月10日までに本校へお願いします。
""" + SIG_MIZUNO),

dict(expect="pass", kind="benign.masked_card",
 why="Confirms a purchase paid with the school's corporate card, shown masked.",
 frm=MORI, to=["武道具の東光堂 通販部 <tsuhan@toukoudou-budogu.example.jp>"],
 subject="Re: ご注文確認（空手着 30着）",
 text="""東光堂 通販部 御中

お世話になっております。わかばスポーツの森です。
ご注文確認ありがとうございます。内容に相違ございません。

お支払いは当社法人カード（VISA ****-****-****-7310、名義 WAKABA SPORTS CO LTD）でお願いいたします。
刺繍（「若葉」左胸）の校正は森宛てにお送りください。

> ご注文番号：TK-88021
> 空手着 少年用 140cm×12、150cm×10、160cm×8　合計 30着
> 合計金額：186,450円（税込）
""" + SIG_MORI),

dict(expect="pass", kind="benign.plain_zip",
 why="Unencrypted zip of flyer design data sent to a print shop.",
 frm=MORI, to=["相模プリント 入稿窓口 <nyuko@sagami-print.example.jp>"],
 subject="入稿：秋の会員募集チラシ（A4両面）",
 text="""相模プリント 入稿ご担当様

お世話になっております。若葉キッズの森です。
秋の会員募集チラシのデータをZIPで入稿いたします（パスワードなし）。

・A4 両面カラー、コート90kg、5,000部
・納期：8月20日
・写真はすべて肖像利用の同意を得たものです

よろしくお願いいたします。
""" + SIG_MORI,
 attachments=[{"filename":"wakaba_flyer_autumn.zip","contentType":"application/zip",
  "text":"flyer_front_A4.ai\nflyer_back_A4.ai\nlinks/photo_pool_01.jpg\nlinks/photo_dojo_03.jpg\nfonts_outline_note.txt"}]),

dict(expect="pass", kind="benign.historical_figure",
 why="Proposal for a public lecture about historical karate masters; historical persons only.",
 frm=ARAKI, to=["相模原市 生涯学習課 <shogai@city.sagamihara-demo.example.jp>"],
 subject="市民講座「空手の歴史」講師のお申し出",
 text="""相模原市 生涯学習課 御中

突然のご連絡失礼いたします。若葉キッズ空手の師範、荒木と申します。
秋の市民講座の公募を拝見し、「空手の歴史」をテーマとした講座をご提案したくご連絡しました。

内容（90分）：
1. 琉球の手（ティー）と 松村宗棍、糸洲安恒 の功績
2. 船越義珍 による本土への普及（1922年 文部省主催の体育展覧会）
3. 戦後の競技化とオリンピック種目採用まで
4. 簡単な形の体験（動きやすい服装で）

ご検討いただけますと幸いです。
""" + SIG_ARAKI),
]
