"""Org C: 株式会社ハーバーレンタカー (car rental company)."""
from common import mail, att, enc_zip, XLSX, DOCX, PDF, CSV, ZIP

ORG = "C"
DOM = "harbor-rentacar.example.jp"
KUBOTA = f"久保田 剛 <kubota.t@{DOM}>"
MORIMOTO = f"森本 由衣 <y-morimoto@{DOM}>"
ISHIGURO = f"石黒 翔 <sho.ishiguro@{DOM}>"

SIG_KUBOTA = """―――――――――――――――――
ハーバーレンタカー 羽田空港店
店長　久保田 剛
〒144-0041 東京都大田区羽田空港1丁目（送迎バス乗り場 P4）
TEL 03-5757-2130　FAX 03-5757-2131
営業時間 7:00～23:00
―――――――――――――――――"""

SIG_MORIMOTO = """********************************************
株式会社ハーバーレンタカー
本社 お客様相談室　森本 由衣（もりもと ゆい）
〒108-0075 東京都港区港南2-16-8 ハーバービル7F
TEL 03-6433-0185（相談室直通）　FAX 03-6433-0189
受付時間 平日 9:30～18:00
********************************************
このメールは送信者が意図した受信者のみを対象としています。
お心当たりのない場合は、恐れ入りますが破棄のうえご連絡ください。"""

SIG_ISHIGURO = """──────────────────────────
株式会社ハーバーレンタカー
法人営業部 第一グループ 主任
石黒 翔（Sho Ishiguro）
〒108-0075 東京都港区港南2-16-8 ハーバービル7F
TEL 03-6433-0170 ／ Mobile 090-0000-7315
sho.ishiguro@harbor-rentacar.example.jp
──────────────────────────
▼法人カーリースのご相談も承ります
https://www.harbor-rentacar.example.jp/biz/"""

SIG_ISHIGURO_EN = """--
Sho Ishiguro
Corporate Sales, Harbor Rent-a-Car Co., Ltd.
Harbor Bldg. 7F, 2-16-8 Konan, Minato-ku, Tokyo 108-0075, Japan
Tel +81-3-6433-0170"""


def mails():
    out = []

    # ---------------- holds ----------------
    out.append(mail(
        "C-h1", "hold", "id.passport",
        "Booking check with an inbound travel agency repeats a tourist's full name, passport number and permit number in the body.",
        "kubota", KUBOTA,
        ["ワールドトラベルサービス インバウンドデスク 岡田 様 <inbound@worldtravel-svc.example.co.jp>"],
        "Re: 2/14 羽田空港店 ご予約の件（HR-250214-0088）",
        f"""ワールドトラベルサービス
岡田様

お世話になっております。ハーバーレンタカー羽田空港店の久保田です。
ご予約の件、承知しました。貸出時の確認がスムーズになるよう、
いただいた情報を当店控えと突き合わせましたので、念のため共有します。

　予約番号：HR-250214-0088
　お客様：CHEN WEI-LUN 様（台湾）
　Passport No.：312456789
　国際運転免許：台湾の運転免許証＋日本語翻訳文（JAF発行 No. TW-24-118845）
　貸出：2/14（金）10:30 羽田空港店　返却：2/18（火）19:00 那覇空港店（乗捨て）

※台湾の免許証は翻訳文の原本が必要です。コピーでは貸出できませんので、
　お客様へ改めてお伝えいただけますと助かります。

{SIG_KUBOTA}

> 久保田様
> 2/14の台湾からのお客様、パスポートの名前が予約と一致しているか確認をお願いします。
> ワールドトラベルサービス 岡田
""",
        personal=[("name", "CHEN WEI-LUN"), ("passport", "312456789"),
                  ("licence", "TW-24-118845")],
        loc="body"))

    out.append(mail(
        "C-h2", "hold", "id.driver_licence",
        "Body just forwards an accident report; the attached PDF gives the renter's name, address, birth date, driver's licence number and injury.",
        "morimoto", MORIMOTO,
        ["みなと海上火災保険 自動車損害サポート 東京第三 小西 様 <konishi.k@minato-kaijo.example.co.jp>"],
        "事故報告書の送付（当社受付 A-2501-064）",
        f"""みなと海上火災保険株式会社
自動車損害サポート 東京第三　小西様

いつもお世話になっております。
ハーバーレンタカー お客様相談室の森本でございます。

1月18日に発生した貸渡車両の事故につきまして、店舗作成の事故報告書を添付いたします。
相手方車両の情報は、警察の事故証明が届き次第お送りいたします。

ご確認のほど、よろしくお願い申し上げます。

{SIG_MORIMOTO}
""",
        attachments=[att("事故報告書_A-2501-064.pdf", PDF,
"""事故報告書（レンタカー貸渡中）　受付番号 A-2501-064
報告店舗：横浜みなとみらい店　報告者：副店長 西川
発生日時：2025年1月18日（土）16:40頃
発生場所：横浜市西区みなとみらい3丁目 交差点内
車両：トヨタ ヤリス　登録番号 横浜 500 わ 71-02
借受人：青木 俊介（あおき しゅんすけ）
住所：神奈川県藤沢市辻堂元町4-9-22
生年月日：1990年8月21日
運転免許証番号：第 450912345670 号（神奈川県公安委員会、ゴールド）
事故状況：右折時、対向直進車と接触。双方自走不能。
負傷：借受人 右手関節捻挫（みなとみらい整形外科にて受診）。相手方 負傷なしと申告。
警察届出：戸部警察署（受理番号 1180）""")],
        personal=[("name", "青木 俊介"), ("address", "神奈川県藤沢市辻堂元町4-9-22"),
                  ("birthdate", "1990年8月21日"), ("driver_licence", "第 450912345670 号"),
                  ("injury", "右手関節捻挫")],
        loc="attachment"))

    out.append(mail(
        "C-h3", "hold", "sensitive.criminal",
        "Note to a corporate customer about recovering a car looks routine; the internal branch report quoted below says the customer's named employee was arrested for drink-driving.",
        "ishiguro", ISHIGURO,
        ["株式会社東邦設備 総務部 車両管理ご担当 加納 様 <kano@toho-setsubi.example.co.jp>"],
        "貸出車両（品川 300 わ 55-18）の返却手配について",
        f"""株式会社東邦設備
総務部　加納様

いつも大変お世話になっております。ハーバーレンタカー法人営業部の石黒です。

貴社ご契約でお貸出し中の車両（品川 300 わ 55-18）につきまして、
現在、警察署にて保管されている状況です。
車両の引取りは弊社で手配いたしますので、貴社でのご対応は不要です。
契約上の今後のお手続きについては、改めてお電話でご相談させてください。

店舗からの報告を下に付けておきます。

{SIG_ISHIGURO}

----- 転送メッセージ -----
From: 大井町店 店長 桑原 <kuwahara@harbor-rentacar.example.jp>
To: 法人営業部 石黒
Subject: 【至急】東邦設備様 貸出車両の件

石黒さん
東邦設備様の契約で貸出中の 品川 300 わ 55-18 ですが、
昨夜23時ごろ、運転していた同社社員の 村田 健吾 様が
酒気帯び運転で現行犯逮捕されたと大井警察署から連絡がありました。
車両は署で保管中、物損なし。免責補償の適用外になると思います。
法人様へのご連絡をお願いします。
桑原
""",
        personal=[("name", "村田 健吾"), ("criminal", "酒気帯び運転で現行犯逮捕")],
        loc="quoted"))

    out.append(mail(
        "C-h4", "hold", "list.customers",
        "Campaign brief to an ad agency; the attached member extract holds names, e-mails, mobile numbers and birth dates.",
        "ishiguro", ISHIGURO,
        ["株式会社アドポート アカウント 永瀬 様 <nagase@adport.example.co.jp>"],
        "春の会員キャンペーン DM配信用データ（サンプル抽出）",
        f"""アドポート
永瀬様

お世話になっております。ハーバーレンタカーの石黒です。
先日の打合せでご依頼のあった、春キャンペーンのセグメント確認用データを添付します。
まずは抽出条件の確認用に、上位20件のサンプルです（全件は承認後にお送りします）。

抽出条件：
　・過去2年以内に3回以上利用
　・誕生月が3～5月
　・メール配信許諾あり

クリエイティブ案は来週水曜の定例で拝見できればと思います。

{SIG_ISHIGURO}
""",
        attachments=[att("会員抽出_春CP_sample.xlsx", XLSX,
"""[sample20]
会員番号\t氏名\tメールアドレス\t携帯電話\t生年月日\t利用回数\t主利用店舗
HM0018823\t中島 亜希子\takiko.n1983@gmail.com\t090-2231-6684\t1983-03-09\t7\t羽田空港店
HM0020417\t佐藤 健太郎\tkentaro.sato@mail.example.jp\t080-4402-9135\t1979-04-22\t5\t品川駅前店
HM0021566\t遠藤 真衣\tmai.endo.0517@yahoo.co.jp\t070-1185-3307\t1995-05-17\t3\t大井町店
HM0023190\t福田 隆\ttakashi.fukuda@example.ne.jp\t090-6613-0248\t1968-03-30\t12\t羽田空港店
HM0024032\t水野 夏美\tnatsumi.mizuno@gmail.com\t080-7720-5561\t1988-04-02\t4\t横浜みなとみらい店
（以下15件略）""")],
        personal=[("name", "中島 亜希子"), ("email", "akiko.n1983@gmail.com"),
                  ("phone", "090-2231-6684"), ("birthdate", "1983-03-09"),
                  ("name", "福田 隆"), ("phone", "090-6613-0248")],
        loc="attachment"))

    out.append(mail(
        "C-h5", "hold", "sensitive.health",
        "Body is a short first notice; the subject line names the injured customer and her pelvic fracture / ambulance transport.",
        "morimoto", MORIMOTO,
        ["みなと海上火災保険 自動車損害サポート 東京第三 小西 様 <konishi.k@minato-kaijo.example.co.jp>"],
        "事故受付No.A-2502-118 松永 千尋様 救急搬送（骨盤骨折）の件",
        f"""みなと海上火災保険
小西様

お世話になっております。ハーバーレンタカーの森本です。

標記の件、先ほど店舗から第一報が入りましたので、取り急ぎご連絡いたします。
相手方は単独事故のため無し、車両はレッカーにて店舗へ搬送済みです。

詳細は本日17時ごろにお電話でご報告いたします。
事故報告書は明日お送りできる見込みです。

{SIG_MORIMOTO}
""",
        personal=[("name", "松永 千尋"), ("diagnosis", "骨盤骨折")],
        loc="subject"))

    out.append(mail(
        "C-h6", "hold", "attachment.encrypted_zip",
        "Monthly usage statement for a corporate client sent as a password-protected ZIP (PPAP).",
        "ishiguro", ISHIGURO,
        ["株式会社ネオライン 総務課 三浦 様 <miura@neoline.example.co.jp>"],
        "1月分 ご利用明細の送付",
        f"""株式会社ネオライン
総務課　三浦様

いつもお世話になっております。ハーバーレンタカーの石黒です。
1月分のご利用明細（運転者別・車両別）をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りいたします。

今月はご利用が42件、うち乗捨て利用が6件でした。
ご確認のほど、よろしくお願いいたします。

{SIG_ISHIGURO}
""",
        attachments=[enc_zip("ネオライン様_ご利用明細_202501.zip")],
        loc="zip"))

    corp = [
        "株式会社ネオライン 総務課 三浦 様 <miura@neoline.example.co.jp>",
        "株式会社東邦設備 総務部 加納 様 <kano@toho-setsubi.example.co.jp>",
        "大和電工株式会社 管理部 藤本 様 <fujimoto@yamato-denko.example.co.jp>",
        "ミツワ食品株式会社 総務 山崎 様 <yamazaki@mitsuwa-foods.example.co.jp>",
        "サンライズ建設 業務課 高田 様 <takada@sunrise-kensetsu.example.jp>",
        "株式会社グリーンアース 総務 吉田 様 <yoshida@greenearth.example.co.jp>",
        "港南商事株式会社 管理部 杉本 様 <sugimoto@konan-shoji.example.co.jp>",
        "株式会社メディテック 総務 渡部 様 <watabe@meditech-jp.example.co.jp>",
        "品川ロジスティクス 配車課 小島 様 <kojima@shinagawa-logi.example.jp>",
        "東京アクアサービス 総務 林 様 <hayashi@tokyo-aqua.example.co.jp>",
        "有限会社ベイサイド企画 代表 松田 様 <matsuda@bayside-kikaku.example.jp>",
        "株式会社オリオン警備 総務 石川 様 <ishikawa@orion-keibi.example.co.jp>",
        "株式会社テクノブリッジ 管理 岡 様 <oka@technobridge.example.co.jp>",
        "京浜エンジニアリング 総務課 西村 様 <nishimura@keihin-eng.example.co.jp>",
    ]
    out.append(mail(
        "C-h7", "hold", "recipients.visible_outside",
        "Season booking notice sent to 14 corporate customers from 14 companies visible in To.",
        "ishiguro", ISHIGURO, corp[:10],
        "【法人のお客様へ】3～4月 繁忙期のご予約について",
        f"""法人のお客様各位

平素より格別のお引き立てを賜り、誠にありがとうございます。
ハーバーレンタカー法人営業部でございます。

年度末・年度初めの3月15日～4月10日は、例年ご予約が集中いたします。
特に羽田空港店・品川駅前店のミニバン、ワゴン車は早期に満車となる見込みです。

　・ご予約受付開始：2月17日（月）10時～（法人専用Webまたはお電話）
　・法人様向け優先枠：各店ミニバン5台まで、2月末日までのご予約に限り確保
　・料金：法人契約料金を適用（繁忙期加算はございません）

ご不明点は担当営業までお問い合わせください。
今後ともハーバーレンタカーをよろしくお願い申し上げます。

{SIG_ISHIGURO}
""",
        cc=corp[10:],
        loc="recipients"))

    out.append(mail(
        "C-h8", "hold", "id.residence_card",
        "Note to a franchise partner store gives a foreign customer's name and residence-card number and expiry.",
        "kubota", KUBOTA,
        ["南風モビリティ 那覇空港店 与那嶺 様 <yonamine@haenokaze-mobility.example.jp>"],
        "乗捨て返却のお客様について（2/20 那覇空港店）",
        f"""南風モビリティ 那覇空港店
与那嶺様

お世話になっております。ハーバーレンタカー羽田空港店の久保田です。
2/20に那覇空港店へ乗捨て返却予定のお客様について、申し送りです。

貸出時、免許証の住所と在留カードの住所が異なっていたため、
念のため在留カードも確認させていただきました。控えの内容は以下です。

　お客様：NGUYEN THI LAN 様
　在留カード番号：UH48261937QA
　在留期間満了日：2025年9月30日
　予約番号：HR-250216-0213

返却時、追加料金（給油・延長）がある場合はカードでの精算でお願いします。
何かあれば当店までお電話ください。

{SIG_KUBOTA}
""",
        personal=[("name", "NGUYEN THI LAN"), ("residence_card", "UH48261937QA")],
        loc="body"))

    out.append(mail(
        "C-h9", "hold", "personal.contact",
        "Asks the car-wash subcontractor to call a complaining customer directly and gives her full name, address, mobile and e-mail.",
        "kubota", KUBOTA,
        ["株式会社ピカイチ洗車サービス 羽田事業所 所長 大久保 様 <okubo@pikaichi-wash.example.jp>"],
        "洗車後の車内汚損のクレームについて",
        f"""ピカイチ洗車サービス
大久保所長

お疲れさまです。羽田空港店の久保田です。
2/9（日）貸出の車両（品川 500 わ 33-07）で、お客様から
「後部座席に前の人の飲み物がこぼれた跡が残っていて、子どもの服が汚れた」とのお申し出がありました。
洗車チェック表では2/8夜の担当が「完了」になっています。

クリーニング代の件も含め、貴社から直接お詫びのご連絡を入れていただけますか。
お客様には、洗車会社から連絡が行く旨お伝え済みです。

　お名前：井上 里美 様
　ご住所：千葉県浦安市日の出5-3-12 パークハイム浦安401
　携帯：080-3816-2259
　メール：satomi.inoue.urayasu@gmail.com

対応結果は私にも共有をお願いします。

{SIG_KUBOTA}
""",
        personal=[("name", "井上 里美"), ("address", "千葉県浦安市日の出5-3-12 パークハイム浦安401"),
                  ("phone", "080-3816-2259"), ("email", "satomi.inoue.urayasu@gmail.com")],
        loc="body"))

    out.append(mail(
        "C-h10", "hold", "id.pension",
        "Hiring paperwork for an outside labour consultant: the attached sheet carries a new part-timer's basic pension number, employment-insurance number and bank account.",
        "kubota", KUBOTA,
        ["大森社会保険労務士事務所 担当 河合 様 <kawai@omori-sr.example.jp>"],
        "新規パート入社手続きのお願い（羽田空港店 1名）",
        f"""大森社会保険労務士事務所
河合様

いつもお世話になっております。ハーバーレンタカー羽田空港店の久保田です。
3月1日付でパート1名が入社しますので、資格取得手続きをお願いいたします。
必要事項は添付のシートに入力しております。
本人確認書類のコピーは本社人事から別途郵送します。

よろしくお願いいたします。

{SIG_KUBOTA}
""",
        attachments=[att("入社手続き_羽田空港店_202503.xlsx", XLSX,
"""[入社者情報]
項目\t内容
氏名\t山中 美咲
フリガナ\tヤマナカ ミサキ
生年月日\t1997年6月11日
住所\t東京都大田区東糀谷3-8-14 コーポ糀谷202
入社日\t2025年3月1日
雇用形態\tパート（週30時間）
基礎年金番号\t4401-382915
雇用保険被保険者番号\t5019-604233-1
給与振込口座\tみなと信用金庫 大森支店 普通 0382716 ヤマナカ ミサキ
扶養\tなし""")],
        personal=[("name", "山中 美咲"), ("birthdate", "1997年6月11日"),
                  ("pension", "4401-382915"), ("employment_insurance", "5019-604233-1"),
                  ("bank_account", "みなと信用金庫 大森支店 普通 0382716 ヤマナカ ミサキ")],
        loc="attachment"))

    # ---------------- passes ----------------
    out.append(mail(
        "C-p1", "pass", "benign.vehicle_numbers",
        "車検 schedule for the maintenance contractor: registration plates, chassis numbers and mileage of fleet cars — no people.",
        "ishiguro", ISHIGURO,
        ["株式会社湾岸オートサービス 工場長 前田 様 <maeda@wangan-auto.example.co.jp>"],
        "3月 車検入庫予定車両の一覧",
        f"""湾岸オートサービス
前田工場長

いつもお世話になっております。ハーバーレンタカーの石黒です。
3月の車検入庫予定を下記のとおりお送りします。繁忙期前なので、前倒しでお願いできれば幸いです。

No | 登録番号          | 車名         | 車台番号          | 走行距離  | 車検満了
1  | 品川 300 わ 12-34 | アルファード | AGH30-0412876     | 48,210km  | 2025/03/28
2  | 品川 500 わ 33-07 | ヤリス       | MXPA10-2218530    | 31,905km  | 2025/03/19
3  | 品川 500 わ 40-11 | ノート       | E13-118604        | 27,441km  | 2025/03/22
4  | 横浜 500 わ 71-02 | ヤリス       | MXPA10-2230177    | 29,880km  | 2025/04/02（事故修理後）
5  | 品川 300 わ 55-18 | ハイエース   | TRH200-0391552    | 76,320km  | 2025/03/31

4番は事故修理と同時入庫でお願いします。
引取りは各店舗から、いつもどおり積載車でお願いいたします。

{SIG_ISHIGURO}
"""))

    out.append(mail(
        "C-p2", "pass", "benign.test_card",
        "Development meeting minutes for the new booking site; 4111 1111 1111 1111 is the payment provider's public test card used in staging.",
        "ishiguro", ISHIGURO,
        ["株式会社コードリーフ PM 川口 様 <kawaguchi@codeleaf.example.co.jp>"],
        "新予約サイト 開発定例（第14回）議事録",
        f"""コードリーフ
川口様

本日の定例、ありがとうございました。議事録を共有します。

■日時：2月13日（木）10:00～11:00（オンライン）
■出席：川口様、遠山様（コードリーフ）／石黒、システム課 平田（ハーバー）

1. 決済画面（ステージング）
　・決済代行のテストカード 4111 1111 1111 1111（有効期限 12/30、CVC 123）で
　　3Dセキュア認証→オーソリ→取消まで正常動作を確認。
　・本番ではカード番号を当社DBに保持せず、トークンのみ保存する方針を再確認。
2. 予約変更時の差額決済
　・差額がマイナスの場合の返金処理が未実装。次スプリントで対応（遠山様）。
3. 免許証画像アップロード
　・今回のリリースでは見送り。店頭確認を継続。
4. 次回：2月27日（木）10:00

以上、修正があればご指摘ください。

{SIG_ISHIGURO}
"""))

    out.append(mail(
        "C-p3", "pass", "benign.data_subject",
        "Refund notice to the customer herself: her own booking, refund to her card shown masked.",
        "morimoto", MORIMOTO,
        ["小田 友里 様 <yuri.oda.tokyo@gmail.com>"],
        "キャンセル料のご返金について（予約番号 HR-250130-0415）",
        f"""小田 友里 様

このたびはハーバーレンタカーをご利用いただき、誠にありがとうございます。
お客様相談室の森本でございます。

1月30日のご予約のキャンセルにつきまして、店舗からのご案内に誤りがあり、
本来不要なキャンセル料を頂戴しておりました。大変申し訳ございません。
下記のとおりご返金の手続きをいたしました。

　予約番号：HR-250130-0415
　ご返金額：4,400円
　ご返金方法：ご予約時のクレジットカード（**** **** **** 7788）への返金
　ご返金日：2月7日（金）に取消処理済み
　※カード会社の締め日により、明細への反映は翌月または翌々月となります。

今後このようなことのないよう、店舗スタッフへの指導を徹底いたします。
またのご利用を心よりお待ちしております。

{SIG_MORIMOTO}
"""))

    out.append(mail(
        "C-p4", "pass", "benign.corporate_account",
        "English notice to an overseas travel agent about the company's new corporate bank account with SWIFT code.",
        "ishiguro", ISHIGURO,
        ["Pacific Wave Tours, Accounts Payable <ap@pacificwave-tours.example.com>"],
        "Notice: change of our bank account for remittances (effective 1 April 2025)",
        f"""Dear Accounts Payable team,

Thank you for your continued partnership with Harbor Rent-a-Car.

Please note that from 1 April 2025, remittances for our commission invoices
should be sent to our new corporate account below. Invoices dated on or after
1 April will show the new details. Payments to the old account will be accepted
until 30 June 2025.

  Beneficiary:     HARBOR RENT-A-CAR CO., LTD.
  Bank:            Minato Commerce Bank, Ltd., Shinagawa Branch
  SWIFT/BIC:       MCBKJPJT
  Account type:    Current (Toza)
  Account number:  0918264
  Bank address:    2-3-1 Konan, Minato-ku, Tokyo 108-0075, Japan

For your security, we will never announce bank changes by e-mail alone:
a signed letter has also been posted, and you are welcome to call me to confirm.

Best regards,

{SIG_ISHIGURO_EN}
"""))

    out.append(mail(
        "C-p5", "pass", "benign.it_outage",
        "Store reports a PC suspected of malware 感染 and isolated (隔離) from the LAN to the IT vendor; no personal data.",
        "kubota", KUBOTA,
        ["ITサポート 株式会社ネットガード 保守窓口 <hoshu@netguard.example.co.jp>"],
        "【羽田空港店】受付PC ウイルス感染疑いの件",
        f"""ネットガード 保守窓口 御中

お世話になっております。ハーバーレンタカー羽田空港店の久保田です。
本日13時過ぎ、カウンター受付PC（資産番号 HND-PC-04）で
セキュリティソフトが「トロイの木馬の感染の疑い」を表示しました。

対応済み：
　・LANケーブルを抜いてネットワークから隔離（13:20）
　・他の受付PC 3台は異常表示なし、通常稼働中
　・当該PCで直前に開いたのはメーカーからの請求書メールの添付（PDF）のみ

お願い：
　・本日中にリモートまたは訪問で調査いただけますか
　・予約システムへの影響有無もあわせて確認をお願いします

店舗の運営は他のPCで継続しています。
ご連絡は店舗代表（03-5757-2130）までお願いします。

{SIG_KUBOTA}
"""))

    out.append(mail(
        "C-p6", "pass", "benign.successor",
        "New store-manager greeting to hotel concierge partners; names of partner staff and heavy signature only.",
        "kubota", KUBOTA,
        ["ホテル羽田ベイ コンシェルジュ 三田 様 <concierge@haneda-bay-hotel.example.jp>"],
        "羽田空港店 店長就任のご挨拶",
        f"""ホテル羽田ベイ
コンシェルジュ　三田様

拝啓　立春の候、貴社ますますご清栄のこととお慶び申し上げます。

このたび、2月1日付でハーバーレンタカー羽田空港店の店長に着任いたしました、久保田 剛と申します。
前任の 宮崎 は品川駅前店へ異動となりました。在任中のご厚情に、あらためて御礼申し上げます。

前職の大井町店では、ホテル様からのご紹介のお客様を多数ご案内してまいりました。
貴ホテルのお客様にも、送迎からご返却まで安心してご利用いただけるよう努めます。
近日中に、ご挨拶に伺いたく存じます。ご都合のよい日時をお知らせいただけますと幸いです。

今後とも変わらぬご愛顧を賜りますよう、お願い申し上げます。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具

{SIG_KUBOTA}
""",
        cc=[f"宮崎 亮介 <r-miyazaki@{DOM}>"]))

    out.append(mail(
        "C-p7", "pass", "benign.minutes",
        "Reply chain and minutes with a partner hotel about a rental desk; many partner staff named, long signatures, no customer data.",
        "ishiguro", ISHIGURO,
        ["ホテルグランポート品川 宿泊部 副支配人 長谷部 様 <hasebe@grandport-shinagawa.example.jp>"],
        "Re: Re: ロビー内レンタカーデスク設置の件（2/10 打合せ議事録）",
        f"""長谷部様

ご返信ありがとうございます。石黒です。
ご指摘の2点、議事録を修正しました。以下が確定版です。

――――――――――――――――
ホテルグランポート品川 × ハーバーレンタカー
ロビー内レンタカーデスク設置 打合せ（2月10日 15:00～16:00）

出席：
　ホテル側：長谷部様（宿泊部 副支配人）、小林様（フロント課長）、松井様（施設課）
　当社：石黒（法人営業部）、久保田（羽田空港店 店長）

決定事項：
　1. 設置場所：ロビー北側、ベルデスク横（幅1.8m）
　2. 営業時間：8:00～18:00（無人時間帯は案内パネルのみ）
　3. 配車：品川駅前店から回送。ホテル地下駐車場の来客枠を2台分使用
　4. 手数料：貸渡料金の8％（月末締め・翌月末払い）
　5. 開始日：4月1日（火）
宿題：
　・電源・LAN工事の見積（松井様）
　・制服・名札の仕様案（当社）
――――――――――――――――

引き続きよろしくお願いいたします。

{SIG_ISHIGURO}

> 石黒様
> 議事録ありがとうございます。2点だけ修正をお願いします。
> ・営業時間は8時からでお願いします（7時は人員的に難しいです）
> ・駐車場は「来客枠」で2台です
> 長谷部
>
> >> 長谷部様、小林様、松井様
> >> 本日はお時間をいただきありがとうございました。議事録（案）をお送りします。
> >> 石黒
""",
        cc=["ホテルグランポート品川 フロント課長 小林 様 <kobayashi.f@grandport-shinagawa.example.jp>",
            KUBOTA]))

    out.append(mail(
        "C-p8", "pass", "benign.licence_numbers",
        "Business registration details for a tourism association listing: 貸渡許可番号, 古物商許可番号 (12 digits), 法人番号 — all company identifiers.",
        "morimoto", MORIMOTO,
        ["大田区観光協会 事業部 田村 様 <tamura@ota-kanko.example.or.jp>"],
        "協賛事業者情報のご提出（羽田エリア観光マップ掲載）",
        f"""大田区観光協会 事業部
田村様

お世話になっております。ハーバーレンタカー お客様相談室の森本です。
観光マップへの掲載に必要な事業者情報を、ご指定の項目どおりお送りします。

　事業者名：株式会社ハーバーレンタカー
　法人番号：7010401098765
　自家用自動車有償貸渡許可：関自旅二第4571号（関東運輸局長）
　古物商許可：東京都公安委員会 第301110123456号
　掲載店舗：羽田空港店（大田区羽田空港1丁目 P4送迎乗り場）
　電話：03-5757-2130
　営業時間：7:00～23:00
　PR文（40字）：空港すぐ。チャイルドシート無料、英語・中国語対応スタッフ常駐。

ロゴデータ（AI形式）は広報から別途お送りします。
ご確認のほどよろしくお願いいたします。

{SIG_MORIMOTO}
"""))

    out.append(mail(
        "C-p9", "pass", "benign.aggregate",
        "Survey answer to a trade association: accident counts, alcohol-check rate and 健康経営 health-check rates as aggregates.",
        "morimoto", MORIMOTO,
        ["全国レンタカー事業者協議会 事務局 <survey@zen-rentacar.example.or.jp>"],
        "安全・健康管理に関する実態調査へのご回答（ハーバーレンタカー）",
        f"""全国レンタカー事業者協議会
事務局 御中

お世話になっております。株式会社ハーバーレンタカーの森本です。
標記調査につき、当社の2024年実績を下記のとおり回答いたします。

Q1. 貸渡中の事故件数（2024年1～12月）
　物損 148件／人身 11件（貸渡件数 約21万件に対し 0.076％）
Q2. 回送ドライバーのアルコールチェック実施率
　100％（アルコール検知器使用、記録は1年保存）
Q3. 従業員の健康診断受診率
　正社員 100％、パート・アルバイト 96.2％
Q4. 健康経営の取組み
　「健康経営優良法人2025」申請中。ストレスチェック受検率 91％（集団分析のみ実施）
Q5. 障害者雇用率
　2.6％（2024年6月1日時点）

個別の従業員に関する情報は含めておりません。
ご不明点がございましたらお問い合わせください。

{SIG_MORIMOTO}
"""))

    out.append(mail(
        "C-p10", "pass", "benign.public_figure",
        "Rental of a campaign car to an election candidate's office; the candidate is a public figure and only public campaign logistics appear.",
        "ishiguro", ISHIGURO,
        ["篠原ひろみ事務所 選挙対策本部 事務局長 今村 様 <imamura@shinohara-hiromi.example.jp>"],
        "選挙カー（街宣車）貸出のお見積りとスケジュールについて",
        f"""篠原ひろみ事務所
選挙対策本部　事務局長　今村様

お問い合わせいただき、誠にありがとうございます。
ハーバーレンタカー法人営業部の石黒でございます。

4月の区議会議員選挙に向けた、篠原ひろみ候補予定者の選挙カーのお見積りをお送りします。

　車両：トヨタ ハイエース（看板・拡声器取付可能仕様）1台
　期間：4月13日（日）告示日～4月20日（日）投票日の前日まで 7日間＋前後の装着日
　料金：ハイエース 7日間 154,000円（税込）、看板取付スペース確保 無料
　　　　※看板・拡声器は看板業者様の手配となります
　保険：対人・対物無制限、車両免責補償込み

告示日前日（4月12日）の夕方に、看板業者様との装着作業のため
品川駅前店のピットをお使いいただけます。
公職選挙法上の届出に必要な車検証の写しは、ご契約後にお渡しいたします。

{SIG_ISHIGURO}
"""))

    return out
