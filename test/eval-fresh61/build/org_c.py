"""Org C: ホテル・ミナトグランデ東京 (city hotel front desk & concierge)."""
from common import M, att, zip_enc, XLSX, PDF, DOCX, CSV, ZIP

ORG = "C"
DOM = "minato-grande.example.jp"

NISHIKAWA = "西川 翔太 <s.nishikawa@minato-grande.example.jp>"
FUJIWARA = "Emily Fujiwara 藤原 エミリ <concierge@minato-grande.example.jp>"
KOIKE = "小池 真奈 <reservations@minato-grande.example.jp>"

SIG_NISHIKAWA = """
──────────────────────────────
HOTEL MINATO GRANDE TOKYO
ホテル・ミナトグランデ東京
Front Office Manager　西川 翔太 / Shota Nishikawa
〒105-0000 東京都港区海岸9-9-9
T: 03-0000-7000（代表） / F: 03-0000-7001
E: s.nishikawa@minato-grande.example.jp
https://www.minato-grande.example.jp/
──────────────────────────────
"""

SIG_FUJIWARA = """
Emily Fujiwara（藤原 エミリ）
Chief Concierge | Hotel Minato Grande Tokyo
Direct: 03-0000-7010 | concierge@minato-grande.example.jp
"We are delighted to assist you with anything, anytime."
"""

SIG_KOIKE = """
-----
ホテル・ミナトグランデ東京　宿泊予約課
小池 真奈
TEL 03-0000-7020（予約課直通 9:00〜20:00）
reservations@minato-grande.example.jp
-----
"""

MAILS = []

# ---------------------------------------------------------------- holds
MAILS.append(M(
    "hold", "id.passport",
    "屋形船の乗船登録として、宿泊客の氏名・国籍・生年月日・旅券番号を本文に書いて外部の運航会社に送っている。",
    "藤原", "body", FUJIWARA,
    ["屋形船 すみだ丸 予約係 <yoyaku@sumidamaru.example.jp>"],
    "6/14 貸切屋形船 ご乗船者情報（ホテル・ミナトグランデ東京）",
    """
屋形船 すみだ丸
予約係 ご担当者様

いつもお世話になっております。ミナトグランデ東京 コンシェルジュの藤原です。
6月14日（金）19:00 出航の貸切プランにつき、乗船名簿のご提出をお願いされていた
お客様の情報をお送りします。

　お名前：Mr. Daniel WEBER（ダニエル・ウェーバー様）
　国籍：ドイツ
　生年月日：1979年2月11日
　旅券番号：C4K7RT2L9
　ご宿泊：2108号室（6/12〜6/17）

ご同行の奥様・お子様2名の情報は、ご本人の確認が取れ次第お送りいたします。
お迎えのタクシーは18:20にホテル正面玄関で手配済みです。
""" + SIG_FUJIWARA,
    personal=[("name", "Mr. Daniel WEBER（ダニエル・ウェーバー様）"), ("birthdate", "1979年2月11日"),
              ("passport", "C4K7RT2L9")],
))

MAILS.append(M(
    "hold", "sensitive.health",
    "旅行透析の受け入れ依頼で、宿泊客（氏名・部屋番号）の慢性腎不全・透析条件・感染症検査結果を外部クリニックに送っている。必要な手配でも要配慮個人情報。",
    "藤原", "body", FUJIWARA,
    ["芝浦腎クリニック 透析室 <touseki@shibaura-jin.example.jp>"],
    "旅行透析のご相談（6/20・6/22・6/24）",
    """
芝浦腎クリニック
透析室 ご担当者様

突然のご連絡失礼いたします。ホテル・ミナトグランデ東京の藤原と申します。
当ホテルにご滞在予定のお客様について、旅行透析の受け入れをご相談させてください。

　お名前：Mrs. Helen CARTER 様（英国籍、67歳）
　ご滞在：6月19日〜6月25日（1503号室）
　ご病状：慢性腎不全、週3回の血液透析（1回4時間）
　透析条件：ドライウェイト 58.5kg、ヘパリン使用
　感染症：HBs抗原陰性、HCV抗体陰性、梅毒陰性（5月検査）
　主治医：London Royal Renal Centre Dr. Patel

ご希望日は6月20日（木）・22日（土）・24日（月）の午前です。
現地医療機関からの紹介状（英文）は、お受け入れ可能でしたらお送りします。
お支払いはお客様の海外旅行保険を使われる予定です。

ご多忙のところ恐れ入りますが、ご検討のほどよろしくお願いいたします。
""" + SIG_FUJIWARA,
    personal=[("name", "Mrs. Helen CARTER 様（英国籍、67歳）"), ("diagnosis", "慢性腎不全、週3回の血液透析"),
              ("health", "HBs抗原陰性、HCV抗体陰性、梅毒陰性")],
))

MAILS.append(M(
    "hold", "sensitive.religion",
    "レストラン予約に際し、特定の宿泊客（氏名あり）がイスラム教徒であることと礼拝・ラマダンの事情を外部の料理店に伝えている。信条は要配慮個人情報。",
    "藤原", "body", FUJIWARA,
    ["銀座 懐石 やまぶき <reserve@ginza-yamabuki.example.jp>"],
    "3/15 ご予約（4名様）お料理のご相談",
    """
銀座 懐石 やまぶき
ご予約ご担当 様

いつもお世話になっております。ミナトグランデ東京の藤原です。
3月15日（金）19:30 に4名様でご予約をいただいている件、お料理のご相談です。

ご予約者の Mr. Ahmad RAHIMI 様（マレーシアからのご出張）はイスラム教徒で、
ハラールでのご用意をご希望です。豚由来・アルコール（みりん・料理酒を含む）は
使わないでいただけますでしょうか。
また、ちょうどラマダン期間中のため、日没（17:50ごろ）以降のお食事開始となります。
お食事の前に10分ほど礼拝のためのお部屋をお借りできれば大変助かります。

同席の日本側3名様（株式会社東洋マテリアルの方々）は通常のコースで結構です。
""" + SIG_FUJIWARA,
    personal=[("name", "Mr. Ahmad RAHIMI 様（マレーシアからのご出張）"), ("religion", "イスラム教徒"),
              ("religion", "ちょうどラマダン期間中のため")],
))

MAILS.append(M(
    "hold", "list.rooming",
    "本文はバスの手配確認だけだが、添付のルーミングリストに10名分の氏名・生年月日・旅券番号・部屋番号が入っており、バス会社に送っている。",
    "小池", "attachment", KOIKE,
    ["東京ベイ観光バス 配車 <haisha@tokyobay-bus.example.jp>"],
    "9/3 団体送迎（SUN PACIFIC TOURS様）ルーミングリスト送付",
    """
東京ベイ観光バス
配車ご担当 様

お世話になっております。ミナトグランデ東京 宿泊予約課の小池です。
9月3日（火）の羽田空港→ホテル送迎の件、ツアー会社様から最新の
ルーミングリストが届きましたので添付いたします。

・到着便：CI220（台北発）羽田 13:40着予定
・人数：10名様＋添乗員1名
・大型スーツケースが各1個ございます

ホテル到着後は、お客様を各部屋番号ごとにご案内する予定です。
""" + SIG_KOIKE,
    attachments=[att("RoomingList_SunPacific_0903.xlsx", XLSX, """
[Rooming]
Room	Name	Sex	DOB	Passport No.
1201	CHEN Wei-Ting	F	1985-04-12	312458796
1201	LIN Yu-Hsuan	F	1987-11-30	309874521
1202	WANG Chih-Ming	M	1962-07-08	301236547
1202	WANG Shu-Fen	F	1964-02-19	301236548
1203	HUANG Kuo-Liang	M	1990-09-25	315478962
1204	TSAI Mei-Ling	F	1958-12-03	298745612
1204	TSAI Jia-Hao	M	1992-05-16	317896541
1205	LEE Hsin-Yi	F	1979-03-22	305698742
1205	KAO Ting-Wei	M	1980-08-14	305698743
1206	CHANG Ya-Ting	F	1995-01-07	319874563
""")],
    personal=[("name", "CHEN Wei-Ting"), ("passport", "312458796"), ("birthdate", "1962-07-08"),
              ("name", "CHANG Ya-Ting"), ("passport", "319874563")],
))

MAILS.append(M(
    "hold", "id.card",
    "本文はノーショー料金の確認依頼だが、添付の予約控えにお客様のカード番号（全桁）・有効期限が入っており、旅行会社に送っている。",
    "小池", "attachment", KOIKE,
    ["ワールドトラベル 法人営業部 <corp@worldtravel.example.co.jp>"],
    "ノーショー料金のご確認（予約番号 MG-240521-0117）",
    """
ワールドトラベル株式会社
法人営業部 ご担当者様

お世話になっております。ミナトグランデ東京 宿泊予約課の小池です。
5月21日ご到着予定だった御社経由のご予約が、ご連絡なく不泊となりました。
規定によりノーショー料金（1泊分 42,000円）を、ご予約時にお預かりしている
カードにて請求させていただく予定です。

念のため、ご予約時の控えを添付いたしますので、御社のご手配内容と
相違がないかご確認ください。相違がなければ5月28日に処理いたします。
""" + SIG_KOIKE,
    attachments=[att("予約控え_MG-240521-0117.pdf", PDF, """
ホテル・ミナトグランデ東京　ご予約控え
予約番号：MG-240521-0117
ご宿泊者：大塚 亮介 様
ご宿泊日：2024年5月21日（火）1泊　デラックスツイン
料金：42,000円（税・サ込）
ギャランティ：クレジットカード
　カード番号：5241 2961 4218 9994
　有効期限：11/26
　名義：RYOSUKE OTSUKA
手配会社：ワールドトラベル株式会社 法人営業部（手配番号 WT-88213）
""")],
    personal=[("card", "5241 2961 4218 9994"), ("name", "大塚 亮介 様"), ("name", "RYOSUKE OTSUKA")],
))

MAILS.append(M(
    "hold", "personal.contact",
    "忘れ物の配送依頼で、宿泊客の問い合わせメールを引用したまま配送業者に送っており、引用部分に氏名・自宅住所・電話・メールが載っている。",
    "西川", "quoted", NISHIKAWA,
    ["法人営業所 <corporate@speedy-delivery.example.jp>"],
    "お忘れ物の配送手配（着払い・1件）",
    """
スピーディ配送 法人営業所
ご担当者様

いつもお世話になっております。ミナトグランデ東京 フロントの西川です。
ご宿泊のお客様のお忘れ物（ノートPC・充電器）の配送をお願いします。
集荷は本日15時以降、フロントにてお渡しします。
お届け先は下記お客様のメールのとおりです。
""" + SIG_NISHIKAWA + """

> -----Original Message-----
> From: 藤井 隆之 <takayuki.fujii@example.com>
> Sent: Wednesday, July 10, 2024 8:55 AM
> To: info@minato-grande.example.jp
> Subject: 忘れ物（ノートパソコン）
>
> 7/8〜7/9 に1806号室に泊まった藤井です。
> ベッド横のコンセントにノートPCと充電器を置き忘れました。
> 着払いで下記に送っていただけますか。
> 〒530-0000 大阪府大阪市北区梅田9-9-9 梅田レジデンス1402
> 藤井 隆之　携帯 090-0000-4820
> 金曜の午前中だと確実に受け取れます。
""",
    personal=[("name", "藤井 隆之"), ("address", "大阪府大阪市北区梅田9-9-9 梅田レジデンス1402"),
              ("phone", "090-0000-4820"), ("email", "takayuki.fujii@example.com")],
))

MAILS.append(M(
    "hold", "sensitive.crime_victim",
    "保険会社への事故報告として、社内の事故報告を引用したまま転送しており、引用部分に盗撮被害を受けた宿泊客の氏名・年齢・部屋番号が載っている。犯罪被害は要配慮個人情報。",
    "西川", "quoted", NISHIKAWA,
    ["東京海原損保 賠償責任保険 担当 <baisho@umihara-sonpo.example.co.jp>"],
    "FW: 【事故報告】スパ施設内での事案について",
    """
東京海原損害保険株式会社
賠償責任保険 ご担当 高木 様

いつもお世話になっております。ミナトグランデ東京の西川です。
先日お電話でご相談した件、施設賠償責任保険の適用可否について
ご確認をお願いいたします。社内の報告書を下に転送します。

お客様への謝罪と宿泊代金の返金は済んでおりますが、
今後慰謝料の請求があった場合の対応についてもご教示いただけますと幸いです。
""" + SIG_NISHIKAWA + """

---------- Forwarded message ---------
From: 保安課 田島 <hoan@minato-grande.example.jp>
Date: 2024年8月3日(土) 23:48
Subject: 【事故報告】スパ施設内での事案について
To: 西川 翔太

8/3 21:10ごろ、スパ女性更衣室で盗撮事案が発生。
被害者：1712号室ご宿泊 森下 由佳 様（32歳）
清掃委託先の男性従業員がロッカー上部に小型カメラを設置していたもの。
森下様がご自身で発見し、フロントに申告。110番通報し、男は現行犯逮捕。
森下様は警察で事情聴取ののち、同日深夜にご帰館。精神的にかなり動揺されている。
""",
    personal=[("name", "森下 由佳 様（32歳）"), ("victim", "スパ女性更衣室で盗撮事案が発生"),
              ("victim", "被害者：1712号室ご宿泊")],
))

MAILS.append(M(
    "hold", "sensitive.disability",
    "本文には名前も病状もないが、件名に婚礼ゲスト（新婦の祖母）の氏名と「車椅子・認知症」が入っており、外部の婚礼プロデュース会社に送っている。",
    "西川", "subject", NISHIKAWA,
    ["ブライダルサロン エクラ 石原 <ishihara@eclat-wedding.example.jp>"],
    "6/22 田村家・石原家 ご婚礼：新婦ご祖母 田村キヨ様（車椅子・認知症）のご移動について",
    """
ブライダルサロン エクラ
石原 様

いつもお世話になっております。ミナトグランデ東京の西川です。
件名の件、当日の動線についてご相談させてください。

チャペル（2階）から披露宴会場（3階）への移動は、
通常の階段ではなく、業務用エレベーターをご利用いただく形にいたします。
ベルスタッフ1名が付き添い、お席は出入口に近い側をご用意します。
お手洗いは多目的トイレ（3階西側）をご案内予定です。

ご家族のどなたが付き添われるか、前日までに教えていただけると助かります。
""" + SIG_NISHIKAWA,
    personal=[("name", "田村キヨ様"), ("disability", "車椅子・認知症")],
))

MAILS.append(M(
    "hold", "attachment.encrypted_zip",
    "宿泊者名簿をパスワード付きZIP（PPAP）で法人顧客に送っている。",
    "小池", "zip", KOIKE,
    ["日本精機 総務部 研修担当 <kenshu@nihon-seiki.example.co.jp>"],
    "新任管理職研修（10/7〜10/9）宿泊者名簿のご確認",
    """
日本精機株式会社
総務部 研修ご担当 様

お世話になっております。ミナトグランデ東京 宿泊予約課の小池です。
10月7日からの研修ご宿泊、お部屋割りを反映した宿泊者名簿をお送りします。
ファイルにはパスワードを設定しておりますので、別途お送りするメールで
ご確認ください。

修正がございましたら、10月1日までにお知らせいただけますと幸いです。
""" + SIG_KOIKE,
    attachments=[zip_enc("宿泊者名簿_日本精機様_1007.zip")],
))

MAILS.append(M(
    "hold", "recipients.visible_outside",
    "婚礼ゲスト13名の私用・勤務先アドレスを To に並べて送信しており、ゲスト同士に互いのアドレスが見える。",
    "藤原", "recipients", FUJIWARA,
    ["田村 彩 <aya.tamura.0622@gmail.com>", "石原 健太 <kenta-ishihara@yahoo.co.jp>", "佐藤 美香 <mika.sato@icloud.com>",
     "吉川 菜々 <n.yoshikawa@example.com>", "広瀬 智美 <tomomi.hirose@gmail.com>", "小林 大輔 <d.kobayashi@toyo-trading.example.co.jp>",
     "森 はるか <haruka-mori@outlook.jp>", "渡辺 駿 <shun.watanabe@gmail.com>", "上野 和人 <k.ueno@example.net>",
     "藤田 理沙 <risa.fujita@icloud.com>", "加藤 武 <takeshi.kato.1990@gmail.com>", "石原 正明 <m.ishihara.family@yahoo.co.jp>",
     "中村 由紀 <yuki-nakamura@example.com>"],
    "6/22 田村様・石原様ご婚礼 ご遠方のゲスト様へ（送迎とご宿泊のご案内）",
    """
ゲストの皆さま

このたびは田村様・石原様のご結婚、誠におめでとうございます。
ホテル・ミナトグランデ東京 コンシェルジュの藤原でございます。
新郎新婦様のご依頼により、ご遠方からお越しの皆さまに
当日のご案内をお送りいたします。

■送迎バス
　東京駅 八重洲南口 観光バス乗り場 10:15発 → ホテル 10:50着
■ご宿泊（6/22 1泊）
　チェックイン 15:00 から。お名前をフロントでお伝えください。
■お着替え
　2階 ゲストクロークにて 9:30 からお荷物をお預かりします。

ご不明な点は、コンシェルジュデスクまでお気軽にお問い合わせください。
皆さまのお越しを心よりお待ちしております。
""" + SIG_FUJIWARA,
))

# ---------------------------------------------------------------- passes
MAILS.append(M(
    "pass", "benign.data_subject",
    "宿泊予定のお客様ご本人への予約確認。本人の氏名・電話・到着時刻を本人に確認しているだけで、カード番号も下4桁以外マスクされている。",
    "小池", None, KOIKE,
    ["岡村 さやか <sayaka.okamura@example.com>"],
    "ご予約確認（9月13日〜2泊）ホテル・ミナトグランデ東京",
    """
岡村 さやか 様

このたびはホテル・ミナトグランデ東京をご予約いただき、誠にありがとうございます。
ご予約内容をご確認ください。

　予約番号：MG-240913-0542
　ご宿泊日：2024年9月13日（金）〜9月15日（日）2泊
　お部屋：ベイビュー・ダブル（禁煙）1室 2名様
　ご連絡先：090-0000-7315
　ご到着予定：19:00ごろ
　ギャランティ：Mastercard **** **** **** 7766
　ご要望：記念日のため、ケーキ（4号・メッセージ「Happy 5th Anniversary」）

ご到着が21時を過ぎる場合は、お手数ですがお電話でご連絡ください。
お二人の記念日に心を込めてお迎えいたします。
""" + SIG_KOIKE,
))

MAILS.append(M(
    "pass", "benign.religious_corporation",
    "宗教法人の年次大会に伴う客室ブロック契約の連絡。取引相手が宗教法人というだけで、個人の信仰は書かれていない。",
    "小池", None, KOIKE,
    ["宗教法人 大光教団 本部事務局 <jimukyoku@daikou-kyodan.example.or.jp>"],
    "11月 年次大会 ご宿泊ブロック（80室）のご契約について",
    """
宗教法人 大光教団
本部事務局 ご担当 様

平素より格別のお引き立てを賜り、誠にありがとうございます。
ホテル・ミナトグランデ東京 宿泊予約課の小池でございます。

11月の年次大会に伴うご宿泊について、下記のとおりお部屋をお取り置きいたしました。

　期間：11月8日（金）〜11月10日（日）2泊
　客室：スーパーリア・ツイン 60室、シングル 20室（計80室）
　団体料金：ツイン 1室 28,000円／シングル 1室 19,000円（いずれも朝食付・税サ込）
　リリース日：10月11日（金）　※以降の減室は規定のキャンセル料を申し受けます

ご契約書（2部）を本日郵送いたしました。1部にご捺印のうえご返送ください。
前受金（総額の30%）のお振込先は、契約書に記載の当ホテル口座となります。
宴会場（鳳凰の間）のご予約は宴会課の者から別途ご連絡いたします。
""" + SIG_KOIKE,
))

MAILS.append(M(
    "pass", "benign.public_figure",
    "衆院選候補者（公人）の記者会見の会場・警備の打合せ。公人の公的な活動で、私生活の情報はない。",
    "西川", None, NISHIKAWA,
    ["選挙事務所 事務局長 <jimukyoku@yamagishi-office.example.jp>"],
    "10/14 記者会見ご利用時の導線・警備について",
    """
山岸 浩一 事務所
事務局長 野村 様

いつもお世話になっております。ミナトグランデ東京 フロントマネージャーの西川です。
10月14日（月・祝）の山岸候補の出馬記者会見につき、当日の導線を確認させてください。

・候補ご本人のご到着：地下1階 車寄せ（一般のお客様と動線を分けます）
・控室：3階「紅梅」 11:00〜
・会見場：3階「桜の間」 13:00〜14:00（記者席 60席）
・報道受付：3階ホワイエ 12:15〜

当日は所轄署の警備の方も来館されると伺っております。
館内の一般のお客様への配慮のため、ロビーでの撮影・ぶら下がり取材は
ご遠慮いただくよう、事務所から報道各社へお伝えいただけますでしょうか。
""" + SIG_NISHIKAWA,
))

MAILS.append(M(
    "pass", "benign.corporate_swift",
    "海外旅行会社への団体料金の請求。ホテルの法人口座とSWIFTコードで、個人の口座ではない。",
    "小池", None, KOIKE,
    ["Accounts Payable <ap@sunpacific-tours.example.com>"],
    "Invoice MGT-2409-031 / SUN PACIFIC TOURS group 3-6 Sep",
    """
Dear Accounts Payable team,

Thank you for choosing Hotel Minato Grande Tokyo for your group in September.
Please find attached our invoice for the accommodation of your tour group.

  Invoice no.: MGT-2409-031
  Group: SUN PACIFIC TOURS / Tour code SPT-JP0903
  Amount: JPY 1,386,000 (6 rooms x 3 nights, breakfast incl.)
  Due date: 30 September 2024

Bank details:
  Beneficiary: Minato Grande Hotels Co., Ltd.
  Bank: Tokyo Marine Bank, Shiba Branch
  Account no.: 0123456 (ordinary)
  SWIFT/BIC: TMBKJPJT
  Bank address: 9-9-9 Shiba, Minato-ku, Tokyo, Japan

Please quote the invoice number as the payment reference. All bank charges
outside Japan are to be borne by the remitter.

Best regards,
""" + SIG_KOIKE,
    attachments=[att("Invoice_MGT-2409-031.pdf", PDF, """
INVOICE  MGT-2409-031   Date: 6 Sep 2024
Bill to: SUN PACIFIC TOURS CO., LTD., Taipei
Description: Group accommodation 3-6 Sep 2024, 6 rooms x 3 nights
Total: JPY 1,386,000
Beneficiary: Minato Grande Hotels Co., Ltd. / Tokyo Marine Bank Shiba Branch / A/C 0123456 / SWIFT TMBKJPJT
Registration no. (qualified invoice): T8010401234567
""")],
))

MAILS.append(M(
    "pass", "benign.infection_notice",
    "清掃委託先への感染症（ノロウイルス）対策強化の依頼。「感染」「隔離」という語はあるが、個人名や部屋番号はない一般的な手順の話。",
    "西川", None, NISHIKAWA,
    ["ベイクリーン 現場責任者 <genba@baycleaning.example.jp>"],
    "冬季の感染症対策（嘔吐物処理手順）の再徹底について",
    """
株式会社ベイクリーン
現場責任者 宮崎 様

いつもお世話になっております。ミナトグランデ東京の西川です。
都内で感染性胃腸炎（ノロウイルス）の報告が増えていることを受け、
12月〜2月の客室清掃について、下記の再徹底をお願いいたします。

1．嘔吐物処理キット（次亜塩素酸ナトリウム 0.1%）を各フロアのリネン庫に常備
2．処理後のリネン類は専用袋に入れて他のリネンと隔離し、ランドリーへ直送
3．処理にあたったスタッフの作業後の手洗い・着替え
4．スタッフご本人に下痢・嘔吐などの症状がある場合は出勤を控えていただく
　（シフトの穴埋めはこちらでも調整します）

手順書の改訂版を添付しますので、朝礼で共有していただけると幸いです。
""" + SIG_NISHIKAWA,
    attachments=[att("嘔吐物処理手順_改訂2024.pdf", PDF, """
嘔吐物処理手順（客室・パブリックエリア共通）改訂 2024年11月
1. 周囲2mを立入禁止とし、窓を開けて換気する
2. 使い捨て手袋・マスク・ガウンを着用
3. ペーパータオルで外側から内側に向けて拭き取り、0.1%次亜塩素酸ナトリウムで消毒
4. 使用したリネンは専用袋で隔離し、80℃10分以上の熱水洗濯
""")],
))

MAILS.append(M(
    "pass", "benign.meeting_chain",
    "国際会議（MICE）の手配に関する旅行会社との長いやり取り。先方スタッフの氏名・携帯・署名が並ぶが、参加者個人の情報はない。",
    "藤原", None, FUJIWARA,
    ["阿部 直美 <n.abe@jtc-mice.example.co.jp>", "Daniel Green <d.green@jtc-mice.example.co.jp>"],
    "Re: Re: APAC Pharma Summit 2024 – concierge desk / excursion plan",
    """
阿部様、Daniel

藤原です。ありがとうございます。
エクスカーションは 11/8 の午後、A（浅草・隅田川クルーズ）とB（築地・銀座散策）の2コースで
確定とさせてください。参加者の申込み集計は、前日18時締めで人数だけいただければ十分です。

コンシェルジュデスクは、会議期間中ロビーに臨時カウンターを1つ増設し、
英語・中国語対応のスタッフを各1名配置します。
""" + SIG_FUJIWARA + """

> On Tue, 22 Oct 2024 at 17:02, Daniel Green wrote:
> Dear Emily,
> Thanks for the excursion proposal. The client liked both options.
> Could you confirm the minimum numbers for each course?
> Best, Daniel
> --
> Daniel Green | Senior Event Manager
> JTC MICE Solutions Co., Ltd.
> M: +81-90-0000-2244 | d.green@jtc-mice.example.co.jp
> 9-9-9 Nihonbashi, Chuo-ku, Tokyo
>
>> 2024/10/21 11:30 阿部 直美 <n.abe@jtc-mice.example.co.jp>:
>> 藤原様
>> いつもお世話になっております。JTC MICEソリューションズの阿部です。
>> 11/7〜11/9 の APAC Pharma Summit、参加登録が 420名 に達しました。
>> 会期中のコンシェルジュ対応とエクスカーションのご提案をお願いできますでしょうか。
>> ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
>> JTC MICEソリューションズ株式会社
>> イベントプロデュース部 阿部 直美
>> TEL 03-0000-5151 / 携帯 080-0000-9913
>> ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
""",
))

MAILS.append(M(
    "pass", "benign.reservation_numbers",
    "法人の団体予約の確認と資料発送の連絡。予約番号・手配番号・ヤマト伝票番号（12桁、マイナンバーの検査用数字も満たす）が並ぶが個人の番号ではない。",
    "小池", None, KOIKE,
    ["日本精機 総務部 研修担当 <kenshu@nihon-seiki.example.co.jp>"],
    "10/7〜 新任管理職研修 ご予約番号と館内資料の発送について",
    """
日本精機株式会社
総務部 研修ご担当 様

いつもお世話になっております。ミナトグランデ東京 宿泊予約課の小池です。
ご依頼の件、下記のとおり手配いたしました。

　団体予約番号：MG-G-241007-018（シングル 24室 × 2泊）
　会議室予約番号：BQ-241007-0233（「若葉の間」3日間）
　お弁当（昼食）：BQ-241007-0234（3日間 各26食）

参加者の皆さまにお配りいただく館内案内・Wi-Fiカード（26部）を、
本日ヤマト運輸にて御社総務部あてに発送いたしました。
　送り状番号：437504117536
　お届け予定：10月2日（水）

お名前のリストは不要です。当日はフロントで社名をお伝えいただければ、
ルームキーをまとめてお渡しいたします。
""" + SIG_KOIKE,
))

MAILS.append(M(
    "pass", "benign.surname_company_katakana",
    "花と菓子の発注。「山田花店」「佐藤製菓」など人名を含む社名や、「ソフィア」「マリア」のような人名に見える商品名が並ぶだけ。",
    "藤原", None, FUJIWARA,
    ["山田花店 <order@yamada-hanaten.example.jp>"],
    "12月 ロビー装花とウェルカムスイーツのご発注",
    """
山田花店
山田 様

いつも素敵なお花をありがとうございます。コンシェルジュの藤原です。
12月のロビー装花を、下記のとおり発注いたします。

・正面ロビー：クリスマスアレンジ（白×ゴールド）高さ180cm　12/1〜12/25
・コンシェルジュデスク：ミニアレンジ「ソフィア」（ピンク系）週2回交換
・エレベーターホール：ポインセチア 鉢植え 8鉢

また、佐藤製菓さんにお願いしているウェルカムスイーツ「マリア」（焼き菓子3種）と
「エレナ」（チョコレート）のラッピングに、山田花店さんのリボンを使わせていただきたいと
佐藤製菓の佐藤社長からお話がありました。ご都合のよいときにご相談させてください。
""" + SIG_FUJIWARA,
))

MAILS.append(M(
    "pass", "benign.plain_zip",
    "雑誌編集部への館内写真の送付。暗号化していない通常のZIPで、人物の写っていない館内写真のみ。",
    "西川", None, NISHIKAWA,
    ["月刊トラベルスタイル 編集部 <edit@travelstyle-mag.example.jp>"],
    "2月号 掲載用写真データ（ミナトグランデ東京）",
    """
月刊トラベルスタイル 編集部
吉村 様

お世話になっております。ミナトグランデ東京の西川です。
2月号「冬のベイエリアホテル特集」の掲載用写真をZIPでお送りします。
人物の写り込みがないカットのみを選んでおります。

掲載にあたってのクレジットは「写真提供：ホテル・ミナトグランデ東京」でお願いします。
ゲラが出ましたら、お手数ですがPDFでお送りください。
""" + SIG_NISHIKAWA,
    attachments=[att("MinatoGrande_photos_2025Feb.zip", ZIP, """
01_exterior_night.jpg
02_lobby_christmas.jpg
03_bayview_double.jpg
04_restaurant_umikaze.jpg
05_spa_entrance.jpg
credit.txt
""")],
))

MAILS.append(M(
    "pass", "benign.project_two_companies",
    "ホテル側2名・イベント会社4名の計6アドレス（2社）に見える形で送る通常のプロジェクト連絡。",
    "小池", None, KOIKE,
    ["阿部 直美 <n.abe@jtc-mice.example.co.jp>", "Daniel Green <d.green@jtc-mice.example.co.jp>",
     "清水 誠 <m.shimizu@jtc-mice.example.co.jp>"],
    "APAC Pharma Summit 客室アロケーション 最終確認（10/25 締め）",
    """
JTC MICEソリューションズ
阿部様、Daniel様、清水様、（CC）吉田様

いつもお世話になっております。ミナトグランデ東京 宿泊予約課の小池です。
APAC Pharma Summit の客室アロケーションについて、最終の数字をお送りします。

　11/6（水）：60室　11/7（木）：180室　11/8（金）：180室　11/9（土）：40室
　リリース日：10/25（金）18:00

お名前入りのルーミングリストは、セキュリティの観点から
御社の登録システム（アップロード）経由でいただく運用とさせてください。
メールでの送付はご遠慮いただけますと幸いです。

当ホテル側は私と西川が窓口となります。
""" + SIG_KOIKE,
    cc=["吉田 亜希 <a.yoshida@jtc-mice.example.co.jp>", NISHIKAWA],
))
