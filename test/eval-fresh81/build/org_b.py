"""(B) 結婚式場 — 株式会社ルミエール・ブライダル「ヴィラ・ルミエール横浜山手」."""

from common import mail, att, enc_zip, P

ORG = "B"
DOM = "villa-lumiere.example.co.jp"

TAKAHASHI = f"高橋 美咲 <m.takahashi@{DOM}>"
FUJII = f"藤井 誠 <m.fujii@{DOM}>"
KOBAYASHI = f"小林 玲奈 <r.kobayashi@{DOM}>"

SIG_TAKAHASHI = """
✿••┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈••✿
Villa Lumière Yokohama Yamate
ヴィラ・ルミエール横浜山手
ウエディングプランナー　高橋 美咲
TEL 045-0000-8800（10:00〜19:00／火曜定休）
Instagram @villa_lumiere_yamate
✿••┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈••✿
"""

SIG_FUJII = """
────────────────────────────────
株式会社ルミエール・ブライダル
ヴィラ・ルミエール横浜山手
営業支配人　藤井 誠　Makoto Fujii
〒231-0000 神奈川県横浜市中区山手ルミエール町45-1
TEL 045-0000-8800　FAX 045-0000-8801
Mobile 080-0000-3127
https://www.villa-lumiere.example.co.jp/
────────────────────────────────
【ご注意】このメールおよび添付ファイルは、宛先に記載された方のみを対象としております。
万一誤って受信された場合は、お手数ですが直ちに削除のうえ送信者へご連絡ください。
"""

SIG_KOBAYASHI = """
------------------------------
ヴィラ・ルミエール横浜山手
管理部（経理・衣装）小林 玲奈
TEL 045-0000-8805（管理部直通）
------------------------------
"""

HOTEL = "ホテルマリンテラス横浜 宿泊予約課 <reserve@marine-terrace.example.jp>"

MAILS = []

# ---------------------------------------------------------------- holds

MAILS.append(mail(
    writer="takahashi", loc="body", expect="hold", kind="id.card_number",
    why="新郎のクレジットカード番号（全桁）・有効期限・名義を本文に書いて提携ホテルへ送っている。",
    frm=TAKAHASHI, to=[HOTEL],
    subject="3/22 山下様・石原様ご披露宴 ご列席者の宿泊手配（ギャランティ）",
    text="""ホテルマリンテラス横浜
宿泊予約課　ご担当者様

いつもお世話になっております。
ヴィラ・ルミエール横浜山手の高橋でございます。

3月22日（土）に当館でご披露宴をされる 山下様・石原様 ご両家の
ご列席者様のお部屋につきまして、先日お電話でご相談した内容で確定となりました。

　ご宿泊日：2025年3月21日（金）〜23日（日）2泊
　お部屋：ツイン ×4室、シングル ×2室（提携レート）
　代表者：山下 翔太 様（新郎）

ギャランティとして、新郎様のカード情報をお預かりしておりますのでお知らせいたします。
　カード番号：4980 4762 0075 3299
　有効期限：08/27
　ご名義：SHOTA YAMASHITA

ご列席者のお名前は、2月末までに改めてリストでお送りいたします。
お手数ですが、確認書をメールでお送りいただけますでしょうか。

どうぞよろしくお願いいたします。
""" + SIG_TAKAHASHI,
    personal=[P("name", "山下 翔太"), P("card", "4980 4762 0075 3299"), P("card_expiry", "08/27")],
))

MAILS.append(mail(
    writer="fujii", loc="body", expect="hold", kind="sensitive.health_disability",
    why="新婦の祖父の実名とともに人工透析・身体障害者手帳1級という病歴・障害情報を外部の介護タクシー会社へ送っている。",
    frm=FUJII, to=["はまかぜ介護タクシー 配車係 <haisha@hamakaze-taxi.example.jp>"],
    subject="4/5 ご披露宴 ご列席者様の送迎のご依頼",
    text="""はまかぜ介護タクシー
配車ご担当者様

お世話になっております。ヴィラ・ルミエール横浜山手の藤井でございます。
先日お電話でご相談した送迎の件、詳細をお送りいたします。

■ ご利用者様
　佐々木 弘 様（82歳・新婦様のご祖父様）
　ご自宅：横浜市旭区（詳しいご住所は新婦様から直接お伝えいただきます）

■ ご留意いただきたい点（新婦様より伺った内容です）
　・慢性腎不全のため人工透析を受けておられ、当日も午前中に透析があります
　　（旭中央クリニックで 8:30〜12:30）
　・身体障害者手帳 1級、移動は車椅子（ご自身のものを持参）
　・長時間の座位がつらいため、披露宴は途中の 16:00 ごろ退席のご予定です

■ 行程
　① 12:45 旭中央クリニック お迎え → 13:40 当館着
　② 16:00 当館発 → ご自宅

ストレッチャーは不要で、車椅子のまま乗車できる車両をお願いいたします。
お見積りをいただけましたら新婦様にご確認いただきます。
""" + SIG_FUJII,
    personal=[P("name", "佐々木 弘"), P("health", "慢性腎不全のため人工透析"), P("disability", "身体障害者手帳 1級")],
))

MAILS.append(mail(
    writer="fujii", loc="body", expect="hold", kind="personal.customer_forward",
    why="来館予約した見込み客の氏名・住所・携帯番号・メール・予算を本人の同意なく提携ジュエリー店の営業用に渡している。",
    frm=FUJII, to=["ジュエリー・エトワール 元町店 岩崎様 <iwasaki@bijou-etoile.example.jp>"],
    subject="ご紹介：12/8 ブライダルフェアご来館予定のお客様",
    text="""ジュエリー・エトワール 元町店
岩崎 様

いつもお世話になっております。ヴィラ・ルミエールの藤井です。
先日お話しした送客の件、今週末のフェアにご来館予定のお客様で
「指輪はまだ決めていない」とアンケートにご記入の方がいらっしゃいましたのでご紹介します。
フェア後にご連絡いただければと思います。

　お名前：前田 沙也加 様（27歳）／ご婚約者：長尾 拓海 様
　ご住所：横浜市港北区日吉本町ルミエール 3-8-12 グランメゾン日吉 402
　携帯：080-0000-7263
　メール：sayaka.maeda.0914@gmail.com
　挙式予定：2025年秋　ご予算：総額 350万円前後（指輪は別で 40万円程度とのこと）

送客手数料は従来どおり成約時 5% でお願いいたします。
""" + SIG_FUJII,
    personal=[P("name", "前田 沙也加"), P("address", "横浜市港北区日吉本町ルミエール 3-8-12 グランメゾン日吉 402"),
              P("phone", "080-0000-7263"), P("email", "sayaka.maeda.0914@gmail.com")],
))

MAILS.append(mail(
    writer="takahashi", loc="attachment", expect="hold", kind="list.guest_addresses",
    why="本文は発注の送付状だが、添付CSVに招待客の氏名・住所・電話番号が並んだ配送リスト（名簿）が入っている。",
    frm=TAKAHASHI, to=["ギフトサロン花音 受注係 <juchu@giftsalon-kanon.example.co.jp>"],
    subject="引出物 後日配送のご依頼（3/22 山下家・石原家）",
    text="""ギフトサロン花音
受注係　ご担当者様

お世話になっております。ヴィラ・ルミエールの高橋です。
3/22 山下家・石原家の引出物、後日配送分のリストをお送りいたします。
カタログギフトは「ルミエール・セレクト Bコース」で、熨斗は両家名（寿）でお願いします。
お届けは 3/24（月）以降の午前指定でお願いいたします。

ご不明点がございましたらご連絡くださいませ。
""" + SIG_TAKAHASHI,
    attachments=[att("引出物配送リスト_0322_山下石原家.csv",
"""No,ご芳名,郵便番号,ご住所,電話番号,品目,備考
1,山下 康夫,245-0000,横浜市泉区和泉中央ルミエール2-14-7,045-0000-6612,Bコース＋縁起物,新郎叔父
2,山下 美代子,245-0000,横浜市泉区和泉中央ルミエール2-14-7,045-0000-6612,Bコース,新郎叔母（同上）
3,村上 達也,153-0000,東京都目黒区中目黒ルミエール4-2-9-301,090-0000-4418,Bコース,新郎友人
4,石原 直子,410-0000,静岡県沼津市大手町ルミエール1-7-3,055-0000-2871,Bコース＋縁起物,新婦伯母
5,竹内 里奈,220-0000,横浜市西区みなとみらいルミエール5-3-1-1208,080-0000-9902,Bコース,新婦友人
6,森本 浩二,330-0000,さいたま市浦和区高砂ルミエール2-6-11,048-0000-3345,Aコース,新郎上司
7,石原 健,410-0000,静岡県沼津市大手町ルミエール1-7-3,055-0000-2871,Aコース,新婦祖父
""")],
    personal=[P("name", "村上 達也"), P("address", "東京都目黒区中目黒ルミエール4-2-9-301"), P("phone", "090-0000-4418"),
              P("name", "竹内 里奈"), P("address", "横浜市西区みなとみらいルミエール5-3-1-1208"), P("phone", "080-0000-9902")],
))

MAILS.append(mail(
    writer="kobayashi", loc="attachment", expect="hold", kind="id.bank_account_refund",
    why="本文は依頼の送付状だが、添付の返金依頼書に個人（新郎）の銀行口座番号と名義が記載され、外部の経理代行へ送られている。",
    frm=KOBAYASHI, to=["港経理サービス 支払担当 <shiharai@minato-keiri.example.co.jp>"],
    subject="返金処理のお願い（12月分）",
    text="""港経理サービス株式会社
支払ご担当　様

いつもお世話になっております。ルミエール・ブライダル管理部の小林です。
12月20日支払分の返金処理をお願いいたします。
依頼書を添付しておりますので、ご確認のうえお手続きください。

よろしくお願いいたします。
""" + SIG_KOBAYASHI,
    attachments=[att("返金依頼書_2024-12_No.0417.pdf",
"""返金依頼書　No.0417
依頼日：2024年12月9日　　依頼部署：管理部（小林）　承認：藤井

返金理由：挙式日変更（2025/5/17 → 2025/10/4）に伴う申込金差額の返金
お客様名：山下 翔太 様（ご新郎）　契約番号：VL-25-0517-03

返金額：￥150,000-
振込先：横浜みなと銀行　元町支店（支店番号 318）
口座種別：普通　口座番号：4471823
口座名義：ヤマシタ ショウタ

振込手数料：当社負担
支払予定日：2024年12月20日
""")],
    personal=[P("name", "山下 翔太"), P("bank_account", "口座番号：4471823"), P("account_holder", "ヤマシタ ショウタ")],
))

MAILS.append(mail(
    writer="takahashi", loc="quoted", expect="hold", kind="sensitive.religion",
    why="上部はハラール料理の見積り依頼だけだが、引用したお客様のメールに新郎新婦の実名とイスラム教の信仰・出身国が書かれ、外部のケータリング会社へ送られている。",
    frm=TAKAHASHI, to=["ハラールキッチン横浜 ケータリング事業部 <catering@halal-kitchen.example.jp>"],
    subject="Fw: 会食メニューのご相談（6/14 ご披露宴）",
    text="""ハラールキッチン横浜
ケータリング事業部　ご担当者様

はじめてご連絡いたします。ヴィラ・ルミエール横浜山手の高橋と申します。
6/14（土）の披露宴で、ハラール対応のお料理を 30名分ご用意したく、
お見積りをお願いできませんでしょうか。
お客様からのご要望を下に転送いたします。

当館のキッチンをご利用いただく場合の条件（器具の持ち込み等）についても
ご教示いただけますと幸いです。
""" + SIG_TAKAHASHI + """
---------- Forwarded message ---------
From: 小川 瑞穂 <mizuho.ogawa.rh@gmail.com>
Date: 2024年11月30日(土) 23:05
Subject: 会食メニューのご相談
To: 高橋 美咲 <m.takahashi@villa-lumiere.example.co.jp>

高橋さん

いつもありがとうございます。小川瑞穂です。
前回お伝えしきれなかったのですが、夫のラフマン・アリフはバングラデシュ出身のムスリムで、
来日する彼の家族（両親・兄夫婦・親戚で 30名ほど）も全員イスラム教徒です。
豚肉とアルコールを使わない料理はもちろん、できればハラール認証のあるお肉でお願いしたいです。
乾杯もノンアルコールにしたいと考えています。

また、夫は披露宴の途中で礼拝の時間が必要になりそうなので、
控室を1部屋お借りできないでしょうか。

小川 瑞穂
""",
    personal=[P("name", "小川 瑞穂"), P("name", "ラフマン・アリフ"),
              P("religion", "バングラデシュ出身のムスリム"), P("religion", "全員イスラム教徒")],
))

MAILS.append(mail(
    writer="fujii", loc="quoted", expect="hold", kind="personal.resume_forward",
    why="上部は系列店への短い依頼だが、転送した応募メールに応募者の氏名・生年月日・住所・電話・職歴がそのまま入っている。",
    frm=FUJII, to=["レストラン・ソレイユ関内 店長 石川様 <ishikawa@soleil-kannai.example.jp>"],
    subject="Fw: 【応募】配膳スタッフ（アルバイト）",
    text="""石川店長

お疲れさまです、ヴィラ・ルミエールの藤井です。
当館の配膳は今期の枠が埋まってしまったので、
下の応募者さん、ソレイユさんのホールでどうかなと思い回します。
経験はしっかりしていそうです。連絡してみてもらえますか。

藤井
""" + SIG_FUJII + """
-----Original Message-----
From: 浅野 真由 <mayu.asano.0611@yahoo.co.jp>
Sent: Tuesday, December 3, 2024 10:18 AM
To: recruit@villa-lumiere.example.co.jp
Subject: 【応募】配膳スタッフ（アルバイト）

ヴィラ・ルミエール横浜山手 採用ご担当者様

求人サイトを拝見し、配膳スタッフに応募させていただきたくご連絡いたしました。

氏名：浅野 真由（あさの まゆ）
生年月日：2003年6月11日（21歳）
住所：横浜市南区六ツ川ルミエール1-22-5 コーポ六ツ川203
電話：090-0000-5870
学歴：神奈川県立港南台高校 卒業、現在 横浜観光専門学校 ホテル科2年
職歴：ホテルの宴会配膳アルバイト 2年（週3日）
希望：土日祝 終日可、平日は18時以降

どうぞよろしくお願いいたします。
浅野 真由
""",
    personal=[P("name", "浅野 真由"), P("birthdate", "2003年6月11日"),
              P("address", "横浜市南区六ツ川ルミエール1-22-5 コーポ六ツ川203"), P("phone", "090-0000-5870")],
))

MAILS.append(mail(
    writer="kobayashi", loc="subject", expect="hold", kind="id.bank_account_subject",
    why="本文は中立な連絡だけだが、件名に個人の氏名と銀行・支店・口座番号が書かれて外部の経理代行へ送られている。",
    frm=KOBAYASHI, to=["港経理サービス 支払担当 <shiharai@minato-keiri.example.co.jp>"],
    subject="【訂正】返金先 北村航様 横浜みなと銀行 日吉支店 普通 6028814",
    text="""港経理サービス株式会社
支払ご担当　様

お世話になっております。小林です。
昨日お願いした返金の件、件名のとおり訂正がありました。
金額と支払日は依頼書のとおりで変更ありません。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_KOBAYASHI,
    personal=[P("name", "北村航"), P("bank_account", "日吉支店 普通 6028814")],
))

MAILS.append(mail(
    writer="fujii", loc="zip", expect="hold", kind="attachment.encrypted_zip",
    why="パスワード付きZIP（PPAP）が添付されており、中身を検査できないまま外部へ送られる。",
    frm=FUJII, to=["ドレスサロン・ブランシュ 営業部 <eigyo@salon-blanche.example.co.jp>"],
    subject="11月ご成約分 データ送付",
    text="""ドレスサロン・ブランシュ
営業部 ご担当者様

いつもお世話になっております。ヴィラ・ルミエールの藤井です。
11月ご成約分のデータをお送りいたします。
解凍パスワードは、この後別メールでお送りします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_FUJII,
    attachments=[enc_zip("2024年11月_ご成約データ.zip")],
))

PAST_COUPLES = [
    "山下 翔太 <shota.yamashita.84@gmail.com>",
    "石原 由衣 <yui.ishihara@yahoo.co.jp>",
    "高野 健太郎 <kentaro.takano@outlook.com>",
    "高野 真理 <mari.takano.wed@gmail.com>",
    "内田 大輝 <daiki_uchida@yahoo.co.jp>",
    "内田 さくら <sakura.uchida.0401@gmail.com>",
    "北村 航 <wataru.kitamura@outlook.com>",
    "北村 彩香 <ayaka.k.1225@gmail.com>",
    "佐野 亮介 <ryosuke.sano.yk@yahoo.co.jp>",
    "佐野 美穂 <miho.sano.88@gmail.com>",
    "長谷部 悠 <haru.hasebe@outlook.com>",
    "長谷部 友梨 <yuri.hasebe.wd@gmail.com>",
    "近藤 陸 <riku.kondo.0707@yahoo.co.jp>",
]
MAILS.append(mail(
    writer="takahashi", loc="recipients", expect="hold", kind="recipients.visible_past_couples",
    why="過去に挙式したお客様13名の個人アドレスがBCCでなく宛先欄に並び、互いの氏名とアドレスが見えてしまう。",
    frm=TAKAHASHI, to=PAST_COUPLES,
    subject="【ヴィラ・ルミエール】アニバーサリーディナーのご招待♪",
    text="""ご結婚1周年を迎えられる皆さまへ

こんにちは！ヴィラ・ルミエール横浜山手の高橋です。
あの日から1年、いかがお過ごしでしょうか♪

当館で2023年度に挙式されたお二人をお招きして、
アニバーサリーディナーを開催いたします。

　日時：2025年2月16日（日）17:30〜20:00
　会場：ヴィラ・ルミエール横浜山手 メインダイニング「ソレイユ」
　内容：シェフ特製コース、ウエディングケーキの再現ミニケーキ、
　　　　フォトブースでの記念撮影
　ご招待：お二人さまご招待（お子さま連れも大歓迎です）

ご出席の方は、1月31日までにこのメールへご返信ください。
スタッフ一同、お会いできるのを楽しみにしております！
""" + SIG_TAKAHASHI,
))

# ---------------------------------------------------------------- passes

MAILS.append(mail(
    writer="kobayashi", loc="attachment", expect="pass", kind="benign.corporate_invoice",
    why="法人の宴会代金の請求書で、振込先は会社名義の法人口座、13桁の数字は法人番号・登録番号で個人の番号ではない。",
    frm=KOBAYASHI, to=["株式会社港南精機 総務部 堀様 <hori@konan-seiki.example.co.jp>"],
    subject="ご請求書送付の件（12/13 忘年会）",
    text="""株式会社港南精機
総務部　堀 様

いつもお世話になっております。
ヴィラ・ルミエール横浜山手 管理部の小林でございます。

先日は忘年会のご利用、誠にありがとうございました。
ご請求書をお送りいたしますので、ご確認のほどよろしくお願いいたします。
お支払期日は 2025年1月31日 となっております。

今後ともどうぞよろしくお願いいたします。
""" + SIG_KOBAYASHI,
    attachments=[att("請求書_INV-2412-0388_港南精機様.pdf",
"""御請求書
請求番号：INV-2412-0388　　発行日：2024年12月16日
株式会社港南精機 御中

株式会社ルミエール・ブライダル
〒231-0000 神奈川県横浜市中区山手ルミエール町45-1
登録番号：T3020000123457　法人番号：3020000123457

件名：12月13日（金）忘年会（立食 62名様）
　ブッフェプラン 8,500円 × 62名　527,000円
　フリードリンク 2,500円 × 62名　155,000円
　音響・プロジェクター使用料　　 30,000円
小計　712,000円　消費税（10%）71,200円
ご請求金額　￥783,200-

お振込先：横浜みなと銀行 山手支店 当座 0072215
　　　　　カ）ルミエール・ブライダル
""")],
))

MAILS.append(mail(
    writer="takahashi", loc="attachment", expect="pass", kind="benign.own_estimate",
    why="見積書をご本人（新郎新婦）にだけ送っており、住所や電話番号は受取人自身の情報である。",
    frm=TAKAHASHI, to=["内田 大輝 <daiki_uchida@yahoo.co.jp>"], cc=["内田 さくら <sakura.uchida.0401@gmail.com>"],
    subject="お見積書（改訂版）をお送りします",
    text="""内田 大輝 様
さくら 様

こんにちは、高橋です♪
先日は衣装合わせお疲れさまでした！さくらさんのドレス姿、本当に素敵でした。

お打合せで変更になった内容を反映して、お見積書を作り直しました。
・ゲスト人数 70名 → 76名
・装花をグレードアップ（テーブル装花 Bランク → Aランク）
・エンドロールムービーを追加

前回より 328,900円 の増額となっております。
次回のお打合せ（1/18）でご一緒に確認させてくださいね。
""" + SIG_TAKAHASHI,
    attachments=[att("お見積書_内田様_改訂3.pdf",
"""お見積書（改訂3）
内田 大輝 様・さくら 様
ご住所：横浜市戸塚区戸塚町ルミエール 2-9-4
ご連絡先：090-0000-3318
挙式日：2025年4月26日（土）　挙式 11:30 チャペル／披露宴 13:00 ル・ジャルダン

挙式料　　　　　　　　　　　 220,000円
料理（フレンチ Cコース）　18,000円 × 76名　1,368,000円
飲物（フリードリンク）　　 4,000円 × 76名　  304,000円
装花（Aランク）　　　　　　　　　　　　　　　 385,000円
エンドロールムービー　　　　　　　　　　　　　165,000円
　……（中略）……
合計（税込）　4,286,900円
お申込金 200,000円（お支払い済）
""")],
))

MAILS.append(mail(
    writer="takahashi", loc="body", expect="pass", kind="benign.english_to_bride",
    why="海外在住の新婦本人へのリハーサル日程の案内で、カード番号は下4桁以外マスクされている。",
    frm=TAKAHASHI, to=["Emily Carter <emily.carter.wed@outlook.com>"], cc=["Kenji Morita <kenji.morita.uk@gmail.com>"],
    subject="Your wedding on 10 May – rehearsal schedule & deposit receipt",
    text="""Dear Emily and Kenji,

Thank you for your email, and congratulations again on your upcoming wedding!
This is Misaki Takahashi, your wedding planner at Villa Lumière Yokohama Yamate.

Here is the schedule for the day before the ceremony:

  Friday 9 May
  15:00  Arrival at Villa Lumière, meet the officiant (Rev. Thomas Green)
  15:30  Chapel rehearsal with the string quartet
  16:30  Final check of the table plan and name cards
  17:00  Finish

We have also received your deposit of JPY 300,000, charged to the card ending in 3318
(**** **** **** 3318) on 2 December. The receipt is attached to our online portal.

Regarding your guests flying in from London: Hotel Marine Terrace Yokohama is holding
8 twin rooms at our partner rate until 31 January. Please let me know if you would like
me to extend the hold.

If you have any questions, please don't hesitate to contact me.
I look forward to seeing you both in May!

Warm regards,
Misaki Takahashi
""" + SIG_TAKAHASHI,
))

MAILS.append(mail(
    writer="fujii", loc="quoted", expect="pass", kind="benign.florist_thread",
    why="提携花屋との日程調整の長いやり取りで、出てくるのは双方の担当者名と署名だけで顧客の個人情報はない。",
    frm=FUJII, to=["フルール山手 本田様 <honda@fleur-yamate.example.jp>"], cc=[TAKAHASHI, "フルール山手 三浦様 <miura@fleur-yamate.example.jp>"],
    subject="Re: Re: Re: 春のチャペル装花 打合せ日程",
    text="""本田様

藤井です。ご調整ありがとうございます。
では 1/22（水）14:00、当館 2F 打合せ室でお待ちしております。
当日は高橋と私の二人で対応します。三浦さんもご一緒とのこと、承知しました。
駐車場は搬入口側の 3番・4番をお使いください。

""" + SIG_FUJII + """
-----Original Message-----
From: 本田 智子 <honda@fleur-yamate.example.jp>
Sent: Friday, January 10, 2025 6:12 PM
To: 藤井 誠
Cc: 高橋 美咲; 三浦 健人
Subject: Re: Re: 春のチャペル装花 打合せ日程

藤井様

お世話になっております。フルール山手の本田です。
大変失礼いたしました、1/21 は市場の仕入れ日でした……。
1/22（水）の 14時以降でしたら、三浦と二人で伺えます。
サンプルはラナンキュラスとスイートピーで2パターンお持ちします。

━━━━━━━━━━━━━━━━
Fleur Yamate（フルール山手）
本田 智子　Tomoko Honda
〒231-0000 横浜市中区元町フルール1-34
TEL 045-0000-2277　FAX 045-0000-2278
━━━━━━━━━━━━━━━━

> 本田様
> ヴィラ・ルミエールの藤井です。
> 春シーズンのチャペル装花について、一度お打合せの時間をいただけますか。
> 1/21（火）か 1/22（水）の午後はいかがでしょうか。
""",
))

MAILS.append(mail(
    writer="fujii", loc="body", expect="pass", kind="benign.religious_corporation_partner",
    why="取引先の宗教法人（神社）との出張神前式の段取りで、信仰を持つ個人の情報ではなく、振込先も法人口座である。",
    frm=FUJII, to=["宗教法人 港見神社 社務所 <shamusho@minatomi-jinja.example.or.jp>"],
    subject="出張神前式（3/8）ご奉仕のお願いと初穂料について",
    text="""宗教法人 港見神社
社務所　禰宜 西田 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
ヴィラ・ルミエール横浜山手の藤井でございます。

先般ご相談申し上げました当館ガーデンでの神前式につきまして、
下記のとおりご奉仕をお願い申し上げます。

　日時：2025年3月8日（土）11:00 修祓　11:10 挙式（約30分）
　場所：ヴィラ・ルミエール横浜山手 ガーデンテラス（雨天時 チャペル）
　ご奉仕：斎主 1名、巫女 2名（雅楽は音源対応）
　お着替え：2F 控室（10:00 からご利用いただけます）

初穂料は、これまでと同様に当社より貴社務所の口座へお振込みいたします。
　振込先：横浜みなと銀行 本牧支店 普通 1190035 ｼﾕｳｷﾖｳﾎｳｼﾞﾝ ﾐﾅﾄﾐｼﾞﾝｼﾞﾔ
お振込み予定日は 2月28日 でございます。

ご不明の点がございましたら、何なりとお申し付けください。
""" + SIG_FUJII,
))

MAILS.append(mail(
    writer="kobayashi", loc="body", expect="pass", kind="benign.av_outage",
    why="「障害」は音響・映像設備の故障のことで、シリアル番号や保守契約番号は個人を識別する番号ではない。",
    frm=KOBAYASHI, to=["株式会社サウンドブリッジ 保守センター <hoshu@soundbridge.example.co.jp>"],
    subject="【障害】メインバンケット プロジェクター映像が出ない件（保守契約 SB-M-20731）",
    text="""株式会社サウンドブリッジ
保守センター 御中

いつもお世話になっております。ヴィラ・ルミエール横浜山手 管理部の小林です。
保守契約 SB-M-20731 の設備で障害が発生しましたのでご連絡します。

■ 対象機器
　プロジェクター：型番 PX-9800WU　シリアル No. 8F2K0193367
　映像スイッチャー：型番 VSW-406　シリアル No. VS20A-004481

■ 症状
　12/19 10:00 ごろから、スイッチャー経由で HDMI 入力1・2 とも映像が出ません。
　プロジェクターに直接つなぐと映ります。スイッチャー前面のランプが橙色で点滅しています。

今週末（12/21・22）に披露宴が4件あり、いずれもプロフィールムービーの上映があります。
大変恐縮ですが、金曜中に点検に来ていただけないでしょうか。
難しい場合は代替機の手配をご検討いただけますと助かります。
""" + SIG_KOBAYASHI,
))

MAILS.append(mail(
    writer="takahashi", loc="body", expect="pass", kind="benign.product_names",
    why="カタカナの人名に見える語はドレスの商品名で、13桁の数字はJANコード・注文番号であり個人情報ではない。",
    frm=TAKAHASHI, to=["ブランシュ・アトリエ 商品部 <shohin@blanche-atelier.example.co.jp>"],
    subject="春夏コレクション レンタル追加発注（発注番号 VL-PO-25-0031）",
    text="""ブランシュ・アトリエ 商品部 御中

お世話になっております。ヴィラ・ルミエールの高橋です。
春夏コレクションの追加発注をお願いいたします。

発注番号：VL-PO-25-0031

| 品名 | サイズ | JAN | 数量 |
| ウエディングドレス「ミレーヌ」アイボリー | 7号 | 4580000123450 | 1 |
| ウエディングドレス「ミレーヌ」アイボリー | 11号 | 4580000123467 | 1 |
| カラードレス「クラリス」ダスティブルー | 9号 | 4580000223457 | 1 |
| カラードレス「ソフィア」テラコッタ | 9号 | 4580000223464 | 2 |
| ベール「エマ」ロング 300cm | F | 4580000323454 | 2 |

ソフィアは先日の試着会でとても評判がよかったので、2着でお願いします。
納期は 3月上旬 を希望しております。
""" + SIG_TAKAHASHI,
))

MAILS.append(mail(
    writer="fujii", loc="attachment", expect="pass", kind="benign.plain_zip_press",
    why="暗号化されていない通常のZIPで、中身は雑誌掲載用の会場写真と広報文で個人情報を含まない。",
    frm=FUJII, to=["月刊ウエディングスタイル 編集部 杉山様 <sugiyama@wedding-style.example.jp>"],
    subject="掲載用素材のご送付（2025年4月号）",
    text="""月刊ウエディングスタイル編集部
杉山 様

お世話になっております。ヴィラ・ルミエール横浜山手の藤井です。
4月号の「横浜・山手のガーデンウエディング」特集の素材をお送りします。
ZIP（パスワードなし）で、写真6点とキャプション案、会場データが入っています。

写真はいずれもモデル撮影のもので、掲載許諾は取得済みです。
クレジットは「Photo: Studio Lumière」でお願いいたします。
""" + SIG_FUJII,
    attachments=[att("VillaLumiere_2025-04号素材.zip",
"""VillaLumiere_2025-04号素材/
  01_garden_terrace.jpg
  02_chapel_daytime.jpg
  03_banquet_soleil.jpg
  04_table_coordinate.jpg
  05_cuisine_course.jpg
  06_night_illumination.jpg
  caption_draft.docx
  会場データ（収容人数・アクセス・価格帯）.pdf
""", "application/zip")],
))

MAILS.append(mail(
    writer="kobayashi", loc="body", expect="pass", kind="benign.public_figure_mc",
    why="司会を依頼する著名なフリーアナウンサー（公人的な立場の人物）の出演を所属事務所と調整しており、私的な個人情報ではない。",
    frm=KOBAYASHI, to=["オフィス・ソラノ マネジメント部 <management@office-sorano.example.jp>"],
    subject="3/29 ブライダルフェア 特別司会のご依頼（出演条件のご確認）",
    text="""オフィス・ソラノ
マネジメント部 ご担当者様

お世話になっております。ヴィラ・ルミエール横浜山手 管理部の小林です。
先日は、所属の 桐島 あおい 様（元テレビ神奈浜アナウンサー）の
フェア出演をご快諾いただき、ありがとうございました。

契約書ドラフトに入れる条件を確認させてください。
・出演日時：2025年3月29日（土）11:00〜15:00（休憩1時間を含む）
・内容：模擬挙式・模擬披露宴の司会、トークショー（20分）
・出演料：税別 350,000円（交通費・ヘアメイク込み）
・告知：当館HP・Instagram・館内ポスターでお名前と宣材写真を使用

宣材写真は御社サイト掲載のものをお借りしてよろしいでしょうか。
お支払いは御社口座へ、出演月の翌月末にお振込みいたします。
""" + SIG_KOBAYASHI,
))

MAILS.append(mail(
    writer="takahashi", loc="body", expect="pass", kind="benign.project_six_addresses",
    why="チャペル改装プロジェクトの連絡で、見えている社外アドレスは2社6名の担当者だけで、顧客の情報は含まれない。",
    frm=TAKAHASHI,
    to=["設計室カナエ 金子様 <kaneko@sekkei-kanae.example.jp>", "設計室カナエ 平野様 <hirano@sekkei-kanae.example.jp>",
        "設計室カナエ 島田様 <shimada@sekkei-kanae.example.jp>"],
    cc=["横浜みらい建設 工事部 岡様 <oka@yokohama-mirai-k.example.co.jp>", "横浜みらい建設 工事部 菅野様 <kanno@yokohama-mirai-k.example.co.jp>",
        "横浜みらい建設 営業部 上田様 <ueda@yokohama-mirai-k.example.co.jp>", FUJII],
    subject="チャペル改装 定例会（第4回）議事メモと次回日程",
    text="""設計室カナエ、横浜みらい建設の皆さま

お世話になっております。ヴィラ・ルミエールの高橋です。
本日の定例会、ありがとうございました。議事メモを共有いたします。

1. バージンロードの床材
　・大理石調タイル案（サンプルB）で決定。滑り止め加工あり。
2. ステンドグラス
　・既存のものを取り外して修復、再設置。修復業者の見積りは金子様より 1/31 までに。
3. 工期
　・休館期間 2/3〜2/21（挙式なし）。2/22 の挙式に間に合わせる前提。
　・2/15（土）にお客様の下見が1組あるため、その日は 10:00〜12:00 のみ作業中断をお願いします。
4. 次回定例
　・1/24（金）15:00　当館 2F 打合せ室

修正点があればご指摘ください。
""" + SIG_TAKAHASHI,
))
