# Org D: 株式会社ルーナ (hair-salon chain "Hair Salon LUNA")
ARAI = "新井 美咲 <m.arai@luna-hair.example.jp>"
ODA = "小田 翔 <s.oda@luna-hair.example.jp>"
KONDO = "近藤 玲奈 <r.kondo@luna-hair.example.jp>"

SIG_ARAI = """
☾ ─────────────────
Hair Salon LUNA（株式会社ルーナ）
本部 店舗運営部 エリアマネージャー
新井 美咲 / Misaki Arai
〒150-0001 東京都渋谷区神宮前5-6-13 2F
Tel 03-0000-8181
m.arai@luna-hair.example.jp
───────────────── ☾"""

SIG_ODA = """
--
株式会社ルーナ 管理部（人事・総務）
小田 翔
Tel 03-0000-8185 / Fax 03-0000-8189
s.oda@luna-hair.example.jp"""

SIG_KONDO = """
------------------------------
Hair Salon LUNA 自由が丘店 店長
近藤 玲奈
Tel 03-0000-2214（店舗）
r.kondo@luna-hair.example.jp
------------------------------"""

MAILS = []
def add(**k): MAILS.append(k)

# ---------------- HOLDS ----------------
add(org="D", expect="hold", kind="sensitive.health", loc="body",
    why="Tells a wig maker a named customer is on chemotherapy for breast cancer, with her contact number.",
    frm=KONDO, to=["オーダー窓口 <order@aurora-wig.example.jp>"],
    subject="医療用ウィッグ 採寸のご依頼",
    text="""オーロラウィッグ株式会社 オーダー窓口 御中

いつもお世話になっております。LUNA自由が丘店の近藤です。
当店のお客様で、医療用ウィッグのオーダーをご希望の方がいらっしゃいます。

　お客様：長尾 紗季 様（41歳）
　ご連絡先：090-0000-8326
　状況：乳がん の術後で、11月から 抗がん剤治療 を開始予定。脱毛前に採寸したいとのご希望です。
　ご希望：現在のボブスタイルに近いもの、人毛ミックス

来週中に当店個室での採寸に来ていただくことは可能でしょうか。
""" + SIG_KONDO,
    personal=[{"type":"name","value":"長尾 紗季"},{"type":"phone","value":"090-0000-8326"},{"type":"diagnosis","value":"乳がん"}])

add(org="D", expect="hold", kind="list.customers", loc="attachment",
    why="The attached CSV is a member list with names, birthdays, addresses and phones for a DM printer; the body only mentions 'data'.",
    frm=ARAI, to=["データ入稿 <nyuko@shibuya-dm.example.jp>"],
    subject="バースデーDM 11月分データ入稿",
    text="""渋谷ダイレクトメール株式会社
入稿ご担当者様

LUNA本部の新井です。11月分のデータを添付いたします。
デザインは前月と同じでお願いします。発送は10/28予定で。
""" + SIG_ARAI,
    attachments=[{"filename":"bd_dm_202411.csv","contentType":"text/csv",
      "text":"""会員番号,氏名,生年月日,郵便番号,住所,電話,最終来店店舗
L0031882,古田 真由,1990-11-04,152-0035,東京都目黒区自由が丘2-11-5-401,090-0000-2817,自由が丘
L0040127,神谷 瞳,1985-11-12,150-0011,東京都渋谷区東3-9-18,080-0000-6430,恵比寿
L0052290,須藤 綾乃,1998-11-21,158-0094,東京都世田谷区玉川4-2-7,070-0000-1198,二子玉川
L0061734,Olivia Brown,1993-11-29,106-0047,東京都港区南麻布4-5-11,090-0000-7056,恵比寿"""}],
    personal=[{"type":"name","value":"古田 真由"},{"type":"birth_date","value":"1985-11-12"},{"type":"address","value":"東京都世田谷区玉川4-2-7"}])

add(org="D", expect="hold", kind="id.card", loc="body",
    why="Gives a named customer's full card number and expiry to the payment provider in a refund request.",
    frm=KONDO, to=["加盟店サポート <support@smartpay-kessai.example.jp>"],
    subject="返金処理のお願い（二重決済）",
    text="""スマートペイ決済 加盟店サポート 御中

LUNA自由が丘店（加盟店ID: SP-77120）の近藤です。
お客様のカードで同じ施術代金が二重に決済されてしまいました。1件分の取消をお願いします。

　お客様名：村上 佳奈 様
　カード番号：4111 1111 1111 1111
　有効期限：08/27
　決済日時：10/12 17:48 と 17:49
　金額：¥18,700（各）

お電話でお客様から伺った番号です。よろしくお願いいたします。
""" + SIG_KONDO,
    personal=[{"type":"name","value":"村上 佳奈"},{"type":"card","value":"4111 1111 1111 1111"}])

add(org="D", expect="hold", kind="attachment.encrypted_zip", loc="zip",
    why="Carries a password-protected zip (PPAP) to the outside 社労士.",
    frm=ODA, to=["社会保険労務士 川口事務所 <kawaguchi@kawaguchi-sr.example.jp>"],
    subject="10月分 勤怠・給与データ",
    text="""川口先生

お世話になっております。ルーナ管理部の小田です。
10月分のデータを送付します。パスワードは別送いたします。
""" + SIG_ODA,
    attachments=[{"filename":"LUNA_kyuyo_202410.zip","contentType":"application/zip","encrypted":True}])

add(org="D", expect="hold", kind="id.mynumber", loc="subject",
    why="The subject line carries a named stylist's マイナンバー; the body only refers to it.",
    frm=ODA, to=["川口先生 <kawaguchi@kawaguchi-sr.example.jp>"],
    subject="木下 彩花 個人番号 284619073353（扶養控除申告書の件）",
    text="""川口先生

小田です。標記の件、本人に確認が取れましたのでお知らせいたします。
申告書の原本は月曜に郵送いたします。
""" + SIG_ODA,
    personal=[{"type":"name","value":"木下 彩花"},{"type":"mynumber","value":"284619073353"}])

add(org="D", expect="hold", kind="personal.resume", loc="quoted",
    why="The reply itself is short, but the quoted part holds a candidate's full résumé details, sent to a second recruiting agency.",
    frm=ODA, to=["キャリアビューティー 小野様 <ono@career-beauty.example.jp>"],
    subject="Re: スタイリスト候補者のご紹介について",
    text="""小野様

ルーナの小田です。ご連絡ありがとうございます。
貴社でも似た経歴の方がいらっしゃれば、ぜひご紹介ください。参考までに、別ルートで応募のあった方の情報を下に残しておきます。

> 差出人: 美容求人ナビ 面接調整担当
> 件名: 応募者情報
>
> 氏名：清水 芽衣（しみず めい）
> 生年月日：1996年2月14日
> 住所：神奈川県川崎市中原区小杉町3-264-2-1105
> 電話：080-0000-4419
> 経歴：2016年 山野美容専門学校卒 → 表参道の大手サロン 7年（スタイリスト）→ 現在 育休明けで時短勤務希望
> 退職理由：前職で店長との関係が悪化
""" + SIG_ODA,
    personal=[{"type":"name","value":"清水 芽衣"},{"type":"address","value":"神奈川県川崎市中原区小杉町3-264-2-1105"},{"type":"birth_date","value":"1996年2月14日"}])

add(org="D", expect="hold", kind="recipients.visible_many", loc="recipients",
    why="A store-closure notice that shows eleven private customer addresses in To.",
    frm=KONDO,
    to=["mayu.furuta@gmail.com","hitomi_k@yahoo.co.jp","ayano.s98@icloud.com","chika.moriyama@docomo.ne.jp","m-ueda@ezweb.ne.jp",
        "saori.t@outlook.jp","kana.murakami.0612@gmail.com","yuko-h@nifty.com","r.ishikawa@softbank.ne.jp","olivia.b.tokyo@gmail.com",
        "emi.tsuchiya@biglobe.ne.jp"],
    subject="自由が丘店 一時休業のお知らせ",
    text="""いつもLUNA自由が丘店をご利用いただき、ありがとうございます。

店内改装のため、11月11日（月）〜11月24日（日）まで一時休業いたします。
休業中のご予約は、二子玉川店（03-0000-5540）にて承ります。
担当スタイリストも二子玉川店に出勤いたしますので、ご安心ください。

リニューアル後は個室席を2席増設いたします。またのご来店をお待ちしております。
""" + SIG_KONDO)

add(org="D", expect="hold", kind="id.bank_account", loc="body",
    why="Sends a freelance stylist's personal bank account to the outside tax accountant.",
    frm=ODA, to=["税理士法人 青山パートナーズ 平田様 <hirata@aoyama-tax.example.jp>"],
    subject="業務委託スタイリストへの支払い（10月分）",
    text="""平田様

いつもお世話になっております。小田です。
10月から業務委託契約を開始したスタイリストの支払情報です。源泉徴収の要否もあわせてご確認ください。

　氏名：宮崎 ゆかり（屋号なし・個人事業主）
　報酬：売上歩合 45%（10月分 ¥382,600）
　振込先：みずほ銀行 自由が丘支店 普通 2906714 ミヤザキ ユカリ

インボイス登録はしていないとのことです。
""" + SIG_ODA,
    personal=[{"type":"name","value":"宮崎 ゆかり"},{"type":"bank_account","value":"普通 2906714"}])

add(org="D", expect="hold", kind="sensitive.health", loc="body",
    why="An incident report to the liability insurer with the customer's name and her dermatology diagnosis.",
    frm=ARAI, to=["事故受付 <jiko@sakura-kaijo.example.jp>"],
    subject="施術事故のご報告（美容業者賠償責任保険）",
    text="""さくら海上火災保険 事故受付 御中

株式会社ルーナ（証券番号 BB-3318420）の新井です。
施術に起因する事故が発生しましたのでご報告いたします。

1. 発生日：2024年10月5日　恵比寿店
2. お客様：土屋 恵美 様（36歳）
3. 内容：ヘアカラー施術の翌日、頭皮のかゆみと腫れが出現。
　　皮膚科で アレルギー性接触皮膚炎（パラフェニレンジアミン陽性） と診断。
4. 治療：ステロイド外用、通院3回（見込み）
5. お客様のご要望：治療費と、仕事を休んだ2日分の補償

パッチテストの記録（当日未実施）については社内で確認中です。
""" + SIG_ARAI,
    personal=[{"type":"name","value":"土屋 恵美"},{"type":"diagnosis","value":"アレルギー性接触皮膚炎（パラフェニレンジアミン陽性）"}])

add(org="D", expect="hold", kind="personal.family_housing", loc="body",
    why="Gives a real-estate agent a staff member's family names, birth dates and a child's condition for company housing.",
    frm=ODA, to=["法人営業部 <hojin@futako-fudosan.example.jp>"],
    subject="借上げ社宅の物件探しのお願い",
    text="""二子玉川不動産 法人営業部 御中

株式会社ルーナ 管理部の小田です。
12月に二子玉川店へ異動する社員の社宅（借上げ）を探しております。

　入居者：松井 亮（店長・35歳）
　同居家族：妻 松井 理恵（1990年5月8日生）、長男 松井 湊（2019年9月1日生）
　希望：2LDK以上、店舗から自転車15分以内、家賃15万円まで
　備考：長男に喘息があるため、ペット不可物件を希望

内見は土日午前であれば対応可能です。
""" + SIG_ODA,
    personal=[{"type":"name","value":"松井 理恵"},{"type":"birth_date","value":"2019年9月1日生"},{"type":"health","value":"長男に喘息がある"}])

# ---------------- PASSES ----------------
add(org="D", expect="pass", kind="benign.test_card_dev_minutes",
    why="Development minutes that use the public test card 4242 4242 4242 4242 in the sandbox.",
    frm=ARAI, to=["開発 加藤様 <kato@webnest-dev.example.jp>"], cc=["開発 Nair様 <nair@webnest-dev.example.jp>"],
    subject="予約サイト改修 第5回定例 議事録",
    text="""WebNest 加藤様、Nair様

本日の定例の議事録です。

【決定事項】
・事前決済はステージング環境で検証完了。テストカード 4242 4242 4242 4242（有効期限 12/34、CVC 123）で
　承認・取消の両パターンを確認済み。本番キーへの切替は11/5。
・3Dセキュア認証の失敗時テストは 4000 0000 0000 3220 で再確認（担当：Nair様）
・キャンセルポリシー文言は法務確認待ち（担当：新井）

【次回】10/29（火）11:00〜 オンライン
""" + SIG_ARAI)

add(org="D", expect="pass", kind="benign.product_name_like_given_name",
    why="An order for shampoo lines whose katakana names (カレン, エマ) look like given names.",
    frm=KONDO, to=["受注センター <juchu@belle-dealer.example.jp>"],
    subject="店舗発注：カレン・エマ シリーズ",
    text="""ベル美容ディーラー 受注センター御中

LUNA自由が丘店（得意先コード 40218）です。下記の発注をお願いします。

・カレン モイストシャンプー 1000mL ×6
・カレン モイストトリートメント 1000g ×6
・エマ カラーケアオイル 100mL ×12
・エマ スタイリングミスト 150mL ×8

カレンのリフィルは欠品中と伺いましたので、入荷次第で構いません。
""" + SIG_KONDO)

add(org="D", expect="pass", kind="benign.malware_infection_it",
    why="Reports a malware infection on a POS PC that was isolated; 感染 and 隔離 are about IT.",
    frm=ARAI, to=["保守窓口 <hoshu@pos-support.example.jp>"],
    subject="恵比寿店レジPC マルウェア感染の疑いについて",
    text="""POSサポート 保守窓口 御中

LUNA本部の新井です。
本日 9:40、恵比寿店のレジ横PCでウイルス対策ソフトが警告を出し、
マルウェア感染の疑いがあるファイルが検出されました。

・対応：当該PCはLANケーブルを抜いて隔離済み、POS本体は別端末で営業継続中
・検出名：Trojan.Downloader.Generic
・想定経路：業者を装ったメールの添付ファイル（開封者は確認済み）

至急、調査と再セットアップをお願いできますでしょうか。
""" + SIG_ARAI)

add(org="D", expect="pass", kind="benign.successor_introduction",
    why="A manager changeover notice to a dealer that names staff only.",
    frm=KONDO, to=["営業 田島様 <tajima@belle-dealer.example.jp>"],
    subject="店長交代のお知らせ",
    text="""ベル美容ディーラー 田島様

いつもお世話になっております。自由が丘店の近藤です。
11月1日付で私は二子玉川店へ異動となり、自由が丘店の店長は 松井 亮 が着任いたします。

田島さんには新メニュー立ち上げの際に講習会までご手配いただき、本当に助かりました。
引継ぎは10月中に済ませますので、今後とも変わらぬお付き合いをお願いいたします。
""" + SIG_KONDO)

add(org="D", expect="pass", kind="benign.corporate_bank_account",
    why="An invoice to a wedding company with the salon's own corporate account.",
    frm=ARAI, to=["衣裳部 <isho@villa-wedding.example.jp>"],
    subject="ご請求書送付（10月 ヘアメイク出張分）",
    text="""株式会社ヴィラウエディング 衣裳部 御中

LUNA本部の新井です。10月分のヘアメイク出張費をご請求いたします。

　請求書番号：LN-2410-033
　件数：挙式ヘアメイク 14件、前撮り 6件
　金額：¥616,000（税込）
　お振込先：三井住友銀行 渋谷駅前支店 普通 7730158 カ）ルーナ
　お支払期限：11月30日

何卒よろしくお願いいたします。
""" + SIG_ARAI)

add(org="D", expect="pass", kind="benign.to_data_subject",
    why="A booking confirmation to the customer herself with a masked card number.",
    frm=KONDO, to=["古田 真由 <mayu.furuta@gmail.com>"],
    subject="ご予約確認：11/2(土) 14:00 カット＋カラー",
    text="""古田 真由 様

LUNA自由が丘店です。ご予約ありがとうございます。

　日時：11月2日（土）14:00〜
　メニュー：カット＋イルミナカラー（担当：近藤）
　事前決済：VISA **** **** **** 4451（¥15,400）

ご変更は前日18時までにご連絡ください。お会いできるのを楽しみにしております。
""" + SIG_KONDO)

add(org="D", expect="pass", kind="benign.religious_corporation_customer",
    why="A booking with a 宗教法人 (shrine) as a corporate customer for a festival; no believer data.",
    frm=ARAI, to=["社務所 <shamusho@kumano-jinja-setagaya.example.jp>"],
    subject="七五三期間の出張着付け・ヘアセットについて",
    text="""宗教法人 熊野神社 社務所 御中

いつもお世話になっております。LUNA本部の新井です。
今年も七五三期間（11/2〜11/24の土日祝）の出張ヘアセットを承ります。

・対応人数：1日最大30名（スタイリスト4名派遣）
・料金：お子様ヘアセット 1名 4,400円（神社様経由のご予約分）
・控室：昨年同様、参集殿の和室をお借りできれば幸いです

宮司様にもよろしくお伝えください。
""" + SIG_ARAI)

add(org="D", expect="pass", kind="benign.bcc_campaign",
    why="A campaign mail sent with customers in Bcc.",
    frm=ARAI, to=["Hair Salon LUNA <news@luna-hair.example.jp>"],
    bcc=["mayu.furuta@gmail.com","hitomi_k@yahoo.co.jp","ayano.s98@icloud.com","chika.moriyama@docomo.ne.jp","saori.t@outlook.jp",
         "yuko-h@nifty.com","r.ishikawa@softbank.ne.jp","emi.tsuchiya@biglobe.ne.jp","olivia.b.tokyo@gmail.com","m-ueda@ezweb.ne.jp",
         "kana.murakami.0612@gmail.com","natsumi.ide@gmail.com"],
    subject="【LUNA】ホリデーシーズン限定 ヘッドスパ20%OFF",
    text="""いつもLUNAをご利用いただきありがとうございます。

12月限定で、全店のヘッドスパメニューを20%OFFでご提供します。
頭皮の乾燥が気になる季節、ぜひリラックスしにいらしてください。

▼対象メニュー
・炭酸ヘッドスパ（30分）5,500円 → 4,400円
・プレミアムスパ（60分）9,900円 → 7,920円

ご予約はWebまたは各店舗まで。
※本メールは配信をご希望いただいた方にBCCでお送りしています。
""" + SIG_ARAI)

add(org="D", expect="pass", kind="benign.project_mail_two_companies",
    why="A store-renovation mail with six visible addresses from the salon and one interior contractor.",
    frm=ARAI, to=["設計 吉川 <yoshikawa@kukan-design.example.jp>","現場監督 石原 <ishihara@kukan-design.example.jp>","設備 Chen <chen@kukan-design.example.jp>"],
    cc=["近藤 玲奈 <r.kondo@luna-hair.example.jp>","小田 翔 <s.oda@luna-hair.example.jp>","店舗開発 岩崎 <k.iwasaki@luna-hair.example.jp>"],
    subject="自由が丘店改装 工程確認（11/11〜11/24）",
    text="""空間デザイン工房 吉川様、石原様、Chen様

LUNA本部の新井です。昨日の現地打合せの確認事項です。

1. 解体：11/11〜11/13（騒音作業は10時〜17時）
2. 給排水（シャンプー台2台増設）：11/14〜11/16 Chen様
3. 個室間仕切り・内装仕上げ：11/17〜11/22
4. 引渡し・清掃：11/23、オープン準備 11/24

管理組合への工事届は当社 小田が10/30までに提出します。
""" + SIG_ARAI)

add(org="D", expect="pass", kind="benign.congratulations",
    why="Congratulates a partner salon's stylist on a public contest award.",
    frm=KONDO, to=["サロン ミモザ 代表 佐々木様 <sasaki@salon-mimosa.example.jp>"],
    subject="ヘアコンテスト グランプリ受賞おめでとうございます",
    text="""サロン ミモザ 佐々木様

関東ヘアデザインアワード、グランプリ受賞おめでとうございます！
会場で拝見した 大野 里奈 さんの作品、透け感のあるボブが本当に素敵でした。

合同の勉強会でお世話になって3年、ミモザの皆さんの頑張りにいつも刺激を受けています。
落ち着いたら、ぜひお祝いのお食事をご一緒させてください。
""" + SIG_KONDO)
