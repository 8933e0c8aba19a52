# -*- coding: utf-8 -*-
"""Org D: 株式会社ブルーアワー・エンタテインメント（イベント・コンサート制作, some English)."""
from common import addr, att, quote, body, luhn_complete, group4, P, mail

ORG = "D"
DOM = "bluehour-ent.example.com"

KIRYU = addr("桐生 亮", f"kiryu.ryo@{DOM}")
MIYAKE = addr("Rina Miyake（三宅 リナ）", f"rina.miyake@{DOM}")
NOGUCHI = addr("野口 彩", f"noguchi.aya@{DOM}")

SIG_KIRYU = """
━━━━━━━━━━━━━━━━━━━━━━━
株式会社ブルーアワー・エンタテインメント
制作部 プロデューサー　桐生 亮（Ryo Kiryu）
〒150-0000 東京都渋谷区宇田川町31-8 ブルーアワービル4F
TEL 03-0000-5560 ／ Mobile 090-0000-7218
https://www.bluehour-ent.example.com/
━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_MIYAKE_EN = """
Best regards,

Rina Miyake（三宅 リナ）
International Booking & Artist Relations
Blue Hour Entertainment Inc.
4F Blue Hour Bldg., 31-8 Udagawacho, Shibuya-ku, Tokyo 150-0000, Japan
Tel: +81 3 0000 5561 | Mobile: +81 90 0000 3372
https://www.bluehour-ent.example.com/en/
"""

SIG_MIYAKE_JA = """
--
三宅 リナ（Rina Miyake）
株式会社ブルーアワー・エンタテインメント 国際部
TEL 03-0000-5561 ／ 携帯 090-0000-3372
"""

SIG_NOGUCHI = """
--
野口 彩（のぐち あや）
チケット・カスタマーサポート
株式会社ブルーアワー・エンタテインメント
TEL 03-0000-5565（平日 11:00〜18:00）
"""

MARK = addr("Mark Ellison", "mark.ellison@northlight-mgmt.example.com")
TAKAGI = addr("みなとみらいシーサイドホール 高木 様", "takagi@seaside-hall.example.jp")
ISHII = addr("株式会社アオバ広告 石井 様", "ishii@aoba-ad.example.co.jp")


def mails():
    out = []

    # ------------------------------------------------------------ holds
    # H1 body (English): crew passport numbers to the travel agent
    out.append(mail(
        expect="hold", kind="id.passport", writer="miyake", loc="body",
        why="国内線手配のため、海外クルー3名の旅券番号・生年月日を本文に並べて旅行会社に送っている。",
        frm=MIYAKE, to=[addr("Kayo Tanabe", "tanabe@soratravel.example.co.jp")], cc=[MARK],
        subject="Domestic flights for The Marigolds crew – passenger details",
        text=body("""
Dear Ms. Tanabe,

Thank you for holding the seats on the Osaka (ITM) to Fukuoka (FUK) flight on 12 September.
As requested, here are the passenger details for the three crew members travelling ahead of the band.
Please book them exactly as written in their passports.

1. Daniel PRICE – British, passport no. 548203917, date of birth 14 March 1988, expires 2 May 2031
2. Sofia MARTINEZ – Spanish, passport no. PAF731046, date of birth 29 July 1991, expires 11 January 2030
3. Kenji ARAKI-HOLT – American, passport no. 647119305, date of birth 3 November 1985, expires 19 August 2032

Mark (cc'd) is the tour manager and can confirm any changes on their side.
Checked baggage: 2 x 23 kg per person. The backline flight cases will be shipped separately.

Could you send the e-tickets to me by Friday?
""", SIG_MIYAKE_EN),
        personal=P(("name", "Daniel PRICE"), ("passport", "548203917"),
                   ("passport", "PAF731046"), ("passport", "647119305"),
                   ("birth_date", "14 March 1988")),
    ))

    # H2 body: a customer's full card number to the payment processor
    card = luhn_complete("453961020184377")
    card_s = group4(card)
    out.append(mail(
        expect="hold", kind="id.card_number", writer="noguchi", loc="body",
        why="電話注文のお客様のカード番号（全桁）・有効期限・氏名を本文に書いて決済代行会社に送っている。",
        frm=NOGUCHI, to=[addr("株式会社ペイゲート 加盟店サポートデスク", "support@paygate.example.co.jp")],
        subject="電話受付分のカード決済（手動オーソリ）のお願い",
        text=body(f"""
株式会社ペイゲート
加盟店サポートデスク ご担当者様

いつもお世話になっております。ブルーアワー・エンタテインメント チケット担当の野口です。
加盟店IDは BH-0048817 です。

本日、ご年配のお客様からお電話でチケットのお申し込みがあり、Web決済ができないとのことで、
管理画面から手動オーソリをかけようとしたところ、エラー（E-3021）となりました。
恐れ入りますが、以下のカードで決済処理をお願いできますでしょうか。

　お客様氏名：川島 里奈 様
　カード番号：{card_s}
　有効期限：09/28
　金額：18,400円（9/14 公演 S席×2枚）
　電話番号：080-0000-5527

セキュリティコードはお電話で伺いましたが、メールには記載しておりません。
処理結果をご連絡いただけましたら、お客様に折り返します。
""", SIG_NOGUCHI),
        personal=P(("card_number", card_s), ("name", "川島 里奈"), ("phone", "080-0000-5527")),
    ))

    # H3 body: ticket holders' disabilities to the venue
    out.append(mail(
        expect="hold", kind="sensitive.disability_customer", writer="noguchi", loc="body",
        why="座席配慮の手配でも、来場者2名の実名と障害の内容（身体障害者手帳1級・聴覚障害）を会場に送っている。",
        frm=NOGUCHI, to=[TAKAGI],
        subject="車いす席・介助者席のご手配（8/23 BLUE HOUR FES 2025）",
        text=body("""
みなとみらいシーサイドホール
営業部 チケット担当 高木 様

お世話になっております。ブルーアワー・エンタテインメントの野口です。
8/23公演で配慮が必要なお客様が2組いらっしゃいますので、座席とご案内のご手配をお願いします。

①吉川 美咲 様（予約番号 BH0823-10472）
　下肢障害のため車いすを使用（身体障害者手帳1級）。介助者1名同伴。
　開場前の優先入場と、エレベーター前の車いすスペースを希望されています。

②永井 隆 様（予約番号 BH0823-11205）
　聴覚障害があり、手話通訳者が見える下手側前方の席を希望されています。
　当日の連絡は筆談またはメールでとのことです。

座席が確定しましたら、こちらからお客様へご案内いたします。
""", SIG_NOGUCHI),
        personal=P(("name", "吉川 美咲"), ("disability", "下肢障害のため車いすを使用（身体障害者手帳1級）"),
                   ("name", "永井 隆"), ("disability", "聴覚障害")),
    ))

    # H4 attachment only: guest list with phones and addresses to security company
    out.append(mail(
        expect="hold", kind="list.guest_list", writer="noguchi", loc="attachment",
        why="添付CSVに招待客らの氏名・電話・住所が並んだ名簿があり、社外の警備会社へ送っている。",
        frm=NOGUCHI, to=[addr("株式会社ガードワン 警備計画課 荒木 様", "araki@guard-one.example.co.jp")],
        cc=[KIRYU],
        subject="8/23 関係者・招待受付リストの送付",
        text=body("""
株式会社ガードワン
警備計画課 荒木 様

お世話になっております。ブルーアワーの野口です。
8/23の関係者受付・招待受付で使用するリストを添付します。
受付は楽屋口（関係者）とメインエントランス横（招待）の2か所です。
リストにない方は入場させず、制作デスク（桐生）へ無線で確認してください。
当日朝、最新版を再送します。
""", SIG_NOGUCHI),
        attachments=[att("0823_招待受付リスト.csv", """
区分,氏名,フリガナ,電話番号,住所,同伴,備考
招待（FC当選）,今井 沙耶,イマイ サヤ,090-0000-4413,横浜市港北区日吉本町1-22-3,1,
招待（FC当選）,大森 航,オオモリ ワタル,080-0000-9026,川崎市中原区小杉町2-8-1-1104,0,
招待（FC当選）,片山 結子,カタヤマ ユウコ,070-0000-3358,東京都大田区蒲田4-15-9,1,車いす
招待（取引先）,古川 達也,フルカワ タツヤ,090-0000-1187,,1,アオバ広告
関係者,西田 修,ニシダ オサム,080-0000-7734,,0,照明（フリー）
関係者,上野 真由,ウエノ マユ,090-0000-5092,,0,ヘアメイク（フリー）
""")],
        personal=P(("name", "今井 沙耶"), ("phone", "090-0000-4413"),
                   ("address", "横浜市港北区日吉本町1-22-3"), ("name", "片山 結子")),
    ))

    # H5 attachment only: a freelancer's skill sheet to a client
    out.append(mail(
        expect="hold", kind="personal.skill_sheet", writer="kiryu", loc="attachment",
        why="添付のスキルシートにフリーランス舞台監督の氏名・生年月日・住所・携帯・私用メールがあり、クライアントに送っている。",
        frm=KIRYU, to=[ISHII],
        subject="舞台監督候補のスキルシート送付（11月 企業イベント）",
        text=body("""
株式会社アオバ広告 プロモーション部
石井 様

お世話になっております。ブルーアワーの桐生です。
11月の企業イベントの舞台監督について、弊社が普段お願いしているフリーランスの方を候補としてご提案します。
スキルシートを添付しますので、ご確認ください。
大型展示会やアリーナ規模の経験があり、英語での進行も可能です。
ご了承いただければ、ご本人のスケジュールを押さえます。
""", SIG_KIRYU),
        attachments=[att("スキルシート_舞台監督候補.docx", """
スキルシート
氏名：宮崎 隼人（みやざき はやと）
生年月日：1984年5月17日（41歳）
住所：東京都世田谷区北沢3-21-6 コーポ北沢203
携帯：090-0000-2864
メール：hayato.miyazaki.sm@gmail.com

経歴
2006-2013 株式会社ステージワークス 舞台部
2013- フリーランス舞台監督
主な実績：音楽フェス（来場3万人）舞台監督、自動車メーカー新車発表会、展示会ブース演出 多数
資格：玉掛け、高所作業車（10m以上）、普通自動車免許
語学：英語（TOEIC 860）
""")],
        personal=P(("name", "宮崎 隼人"), ("birth_date", "1984年5月17日"),
                   ("address", "東京都世田谷区北沢3-21-6 コーポ北沢203"),
                   ("phone", "090-0000-2864"), ("email", "hayato.miyazaki.sm@gmail.com")),
    ))

    # H6 quoted only: freelance MC's private bank account forwarded to the bookkeeper
    out.append(mail(
        expect="hold", kind="id.bank_account_freelancer", writer="kiryu", loc="quoted",
        why="転送部分にフリーランスMC個人の銀行口座（支店・番号・名義）があり、外部の経理代行へ送っている。",
        frm=KIRYU, to=[addr("税理士法人みらい会計 記帳代行 上野 様", "ueno@mirai-kaikei.example.jp")],
        subject="Fwd: 出演料のお振込先について",
        text=body("""
税理士法人みらい会計
記帳代行 上野 様

いつもお世話になっております。ブルーアワーの桐生です。
7/5のイベントでMCをお願いした方から、振込先の連絡がありましたので転送します。
出演料は税込110,000円、源泉徴収ありでお願いします。支払日は7月末です。
請求書は後日、ご本人から郵送で届く予定です。
""", SIG_KIRYU, f"""
---------- Forwarded message ---------
From: 森 昇平 <shohei.mori.mc@gmail.com>
Date: 2025年7月7日(月) 13:26
Subject: Re: 7/5 出演のお礼
To: 桐生 亮 <kiryu.ryo@{DOM}>

桐生さん
先日はありがとうございました！お客さん温かかったですね。
振込先をお送りします。
　さくら信用金庫 渋谷支店（店番 012）
　普通 4817265
　名義 モリ ショウヘイ
インボイス登録はしていないので、その前提でお願いします。
森
"""),
        personal=P(("name", "森 昇平"), ("bank_account", "4817265"),
                   ("account_holder", "モリ ショウヘイ")),
    ))

    # H7 quoted only (English): band members' medical conditions forwarded to the caterer
    out.append(mail(
        expect="hold", kind="sensitive.health_artist", writer="miyake", loc="quoted",
        why="転送した英文メールにメンバー2名の実名と病名（セリアック病・1型糖尿病）があり、ケータリング業者へ送っている。",
        frm=MIYAKE, to=[addr("株式会社フードステージ ケータリング部 坂井 様", "sakai@foodstage.example.co.jp")],
        subject="Fwd: Catering requirements – The Marigolds Japan tour",
        text=body("""
株式会社フードステージ ケータリング部
坂井 様

いつもお世話になっております。ブルーアワー・エンタテインメント国際部の三宅です。
9月のThe Marigolds来日公演（大阪・福岡）のケータリングについて、ツアーマネージャーから要望が届きましたので転送します。
食事制限のあるメンバーがいるため、下記の英文をご確認ください。要点の和訳が必要でしたらお送りします。
楽屋ケータリングは各日 15:00 と 19:30 の2回、人数は14名です。
""", SIG_MIYAKE_JA, f"""
-----Original Message-----
From: Mark Ellison <mark.ellison@northlight-mgmt.example.com>
Sent: Wednesday, August 6, 2025 02:14
To: Rina Miyake <rina.miyake@{DOM}>
Subject: Catering requirements – The Marigolds Japan tour

Hi Rina,

Here are the catering requirements for the Japan shows.

- Tom Whitfield (drums) has coeliac disease – strictly gluten-free, including soy sauce (tamari is fine). Separate utensils, please.
- Lucy Grant (bass) is Type 1 diabetic and carries insulin. She needs fruit juice and glucose tablets at stage left, and a fridge in her dressing room.
- Two vegetarians in the crew, no other restrictions.

Could you pass this on to the caterers and confirm?

Cheers,
Mark
--
Mark Ellison | Tour Manager | Northlight Management
"""),
        personal=P(("name", "Tom Whitfield"), ("diagnosis", "coeliac disease"),
                   ("name", "Lucy Grant"), ("diagnosis", "Type 1 diabetic")),
    ))

    # H8 subject only: criminal proceedings of a named buyer in the subject
    out.append(mail(
        expect="hold", kind="sensitive.criminal_proceedings", writer="kiryu", loc="subject",
        why="本文は「件名の購入者」としか書いていないが、件名に実名と書類送検という刑事手続の事実が入っている。",
        frm=KIRYU, to=[addr("株式会社チケットライン 不正対策室 小池 様", "fusei@ticketline.example.co.jp")],
        subject="転売容疑で書類送検された購入者 飯島 拓海 氏のアカウント停止について",
        text=body("""
株式会社チケットライン
不正対策室 小池 様

お世話になっております。ブルーアワー・エンタテインメントの桐生です。
件名の購入者について、所轄署から弊社にも照会があり、昨日経緯を確認いたしました。
弊社主催公演（9月・10月分）で、同一人物と思われる購入が計12件ございます。
貴社の規約に基づき、アカウントの利用停止と未発券分の取消をご検討いただけますでしょうか。
購入履歴の一覧は、貴社の管理画面でご確認いただけるものと存じますので、本メールには記載しておりません。
ご対応の可否をご連絡いただけますと幸いです。
""", SIG_KIRYU),
        personal=P(("name", "飯島 拓海"), ("criminal", "転売容疑で書類送検")),
    ))

    # H9 zip: plain zip whose CSV holds winners' addresses
    out.append(mail(
        expect="hold", kind="list.campaign_winners", writer="noguchi", loc="zip",
        why="暗号化なしのZIP内のCSVに当選者5名の氏名・住所・電話が並び、発送代行会社に送っている。",
        frm=NOGUCHI, to=[addr("株式会社ロジパック EC物流課 中島 様", "nakajima@logipack.example.co.jp")],
        subject="サイン入りグッズ当選者 発送データの送付",
        text=body("""
株式会社ロジパック EC物流課
中島 様

お世話になっております。ブルーアワーの野口です。
FC会員向けキャンペーン「サイン入りツアータオル」の当選者発送データをお送りします。
ZIPの中に発送リスト（CSV）と同梱物の指示書が入っています。
発送は8/8（金）出荷、ゆうパケットでお願いします。
""", SIG_NOGUCHI),
        attachments=[
            att("当選者発送データ_0808.zip/shipping_list.csv", """
No,会員番号,氏名,郵便番号,住所,電話番号,商品
1,FC-0018842,高野 友梨,221-0000,神奈川県横浜市神奈川区反町2-4-11,090-0000-6620,サイン入りツアータオル
2,FC-0021307,宇野 健太,160-0000,東京都新宿区百人町3-9-2-502,080-0000-1439,サイン入りツアータオル
3,FC-0009915,平井 美和,330-0000,埼玉県さいたま市大宮区桜木町4-6-1,070-0000-8824,サイン入りツアータオル
4,FC-0030228,小松崎 蓮,260-0000,千葉県千葉市中央区新町8-3,090-0000-2716,サイン入りツアータオル
5,FC-0012654,三浦 佳奈,210-0000,神奈川県川崎市川崎区砂子1-12-7,080-0000-5061,サイン入りツアータオル
"""),
            att("当選者発送データ_0808.zip/同梱指示.txt", """
同梱物：当選通知カード（A6）1枚、ステッカー1枚
梱包：OPP袋＋ゆうパケット封筒（A4）
差出人表記：ブルーアワー・エンタテインメント FC事務局
"""),
        ],
        personal=P(("name", "高野 友梨"), ("address", "神奈川県横浜市神奈川区反町2-4-11"),
                   ("name", "宇野 健太"), ("phone", "080-0000-1439")),
    ))

    # H10 recipients: 14 media contacts visible in To
    media = [
        ("ミュージックナビ編集部", "news@music-navi.example.jp"),
        ("LIVE TIMES 編集部", "press@live-times.example.com"),
        ("音楽新聞 文化部 記者 加藤 様", "kato@ongaku-shinbun.example.co.jp"),
        ("東京カルチャーWeb 編集部", "info@tokyo-culture-web.example.jp"),
        ("FM WAVE 編成部", "hensei@fmwave.example.co.jp"),
        ("Rockin' Press", "editor@rockin-press.example.com"),
        ("STAGE GATE 編集部", "news@stage-gate.example.jp"),
        ("エンタメデイリー 芸能部", "geino@entame-daily.example.co.jp"),
        ("BEAT Magazine", "desk@beat-magazine.example.com"),
        ("横浜ウォーカーズ 編集部", "edit@yokohama-walkers.example.jp"),
        ("CLUB NOTE", "info@clubnote.example.jp"),
        ("フェスガイド 編集部", "contact@fes-guide.example.com"),
        ("SOUND SCOPE 編集部", "press@sound-scope.example.jp"),
        ("音楽ライター 岡部 真琴 様", "makoto.okabe.writer@gmail.com"),
    ]
    out.append(mail(
        expect="hold", kind="recipients.visible_external", writer="kiryu", loc="recipients",
        why="報道各社とフリーライター計14件のアドレスをToに並べて送っており、BCCにすべき宛先が互いに見える。",
        frm=KIRYU, to=[addr(n, e) for n, e in media],
        subject="【プレスリリース】BLUE HOUR FES 2025 第2弾出演者発表",
        text=body("""
報道関係者各位

いつもお世話になっております。ブルーアワー・エンタテインメントの桐生です。
8月23日（土）開催「BLUE HOUR FES 2025」の第2弾出演者を本日発表いたしました。

　第2弾出演者：The Marigolds（UK）／朝霧 カノン／KAZUHIRO NAKAGAWA BAND／ミラージュ・リリー
　会場：みなとみらいシーサイドホール
　チケット一般発売：7月12日（土）10:00〜

アーティスト写真・ロゴデータは下記からダウンロードいただけます。
https://press.bluehour-ent.example.com/fes2025/

取材のお申し込みは、8月8日（金）までに本メールへご返信ください。
""", SIG_KIRYU),
    ))

    # ------------------------------------------------------------ passes
    # P1 dev minutes with a Luhn-valid TEST card number
    out.append(mail(
        expect="pass", kind="benign.test_card_minutes", writer="noguchi", loc="none",
        why="カード番号は開発環境の決済テスト用番号（4111 1111 1111 1111）で、実在の顧客のカードではない。",
        frm=NOGUCHI, to=[addr("株式会社ウェブクラフト 開発部 御中", "dev@webcraft.example.co.jp")], cc=[KIRYU],
        subject="新チケットサイト 決済テスト 打ち合わせ議事録（6/24）",
        text=body("""
株式会社ウェブクラフト 開発部 御中

お世話になっております。ブルーアワーの野口です。
6/24の打ち合わせの議事録をお送りします。修正があればご指摘ください。

■日時：2025年6月24日（火）15:00〜16:00（オンライン）
■出席：ウェブクラフト 佐々木様・本間様／ブルーアワー 桐生・野口

■決議・確認事項
1. ステージング環境（stg.tickets.bluehour-ent.example.com）で決済テストを実施済み。
　 テストカード 4111 1111 1111 1111（有効期限 12/30、CVC 123）でオーソリ成功。
　 3Dセキュアの認証画面の表示も確認。
2. 決済失敗時のエラーメッセージを日本語に統一する（担当：ウェブクラフト、7/1まで）。
3. 本番環境ではテストカードを受け付けない設定であることを、リリース前に再確認する。

■次回：7月3日（木）15:00〜
""", SIG_NOGUCHI),
    ))

    # P2 mail to the customer herself with masked card
    out.append(mail(
        expect="pass", kind="benign.data_subject_self", writer="noguchi", loc="none",
        why="購入者本人への返信で、カード番号も下4桁だけに伏せられている。",
        frm=NOGUCHI, to=[addr("藤本 恵理", "eri.fujimoto@outlook.com")],
        subject="Re: 購入内容の確認について（予約番号 BH0914-20388）",
        text=body("""
藤本 恵理 様

お問い合わせありがとうございます。ブルーアワー・エンタテインメント チケット担当の野口です。
ご購入内容を確認いたしました。

　予約番号：BH0914-20388
　公演：9月14日（日）17:00開演 みなとみらいシーサイドホール
　席種：S席 2枚（1階 14列 22・23番）
　お支払い：クレジットカード（VISA **** **** **** 5521）
　決済日：6月28日

カードの明細には「BLUEHOUR ENT」と表示されます。
二重決済はされておりませんので、ご安心ください。
""", SIG_NOGUCHI, """
2025年6月29日(日) 9:14 藤本 恵理 <eri.fujimoto@outlook.com>:
""", quote("""
チケットを購入したのですが、確認メールが2通届きました。
二重に決済されていないか確認していただけますか。
""")),
    ))

    # P3 English invoice with corporate SWIFT details
    out.append(mail(
        expect="pass", kind="benign.corporate_swift", writer="miyake", loc="none",
        why="海外エージェント宛ての請求で、記載の口座・SWIFTコードは当社の法人口座である。",
        frm=MIYAKE, to=[addr("Northlight Management – Accounts Payable", "ap@northlight-mgmt.example.com")], cc=[MARK],
        subject="Invoice BHE-2025-0917 – Japan tour production advance",
        text=body("""
Dear Accounts Payable team,

Please find below the details of our invoice BHE-2025-0917 for the production advance of The Marigolds Japan tour (Osaka / Fukuoka, September 2025).

Amount: JPY 2,640,000 (incl. consumption tax)
Due date: 31 August 2025

Bank details (corporate account):
Beneficiary: Blue Hour Entertainment Inc.
Bank: Tokyo Minato Bank, Shibuya Branch
SWIFT/BIC: TMNBJPJT
Account no.: 0712948 (ordinary)
Bank address: 1-2-3 Jinnan, Shibuya-ku, Tokyo 150-0000, Japan

Bank charges on the remitter's side, please. The PDF invoice will follow by post.
""", SIG_MIYAKE_EN),
    ))

    # P4 public figures: announced performers
    out.append(mail(
        expect="pass", kind="benign.public_figures", writer="kiryu", loc="none",
        why="出演者は公表済みのアーティスト名（公人）で、来賓の市長も公職者であり、私的な個人情報ではない。",
        frm=KIRYU, to=[ISHII],
        subject="BLUE HOUR FES 2025 出演者ラインナップ確定のご報告",
        text=body("""
株式会社アオバ広告 プロモーション部
石井 様

お世話になっております。ブルーアワーの桐生です。
8/23のラインナップが確定しましたので、協賛ページ用にお知らせします（7/12に公式発表済みです）。

　ヘッドライナー：The Marigolds（UK）
　出演：朝霧 カノン／KAZUHIRO NAKAGAWA BAND／ミラージュ・リリー／ヨコハマ・ブラス・ユニオン
　オープニングあいさつ：横浜湾岸市長 河野 一成 氏（市の後援事業として）

ロゴの掲出順は上記のとおりでお願いします。
出演者の写真は公式プレスキットのものをご使用ください。
""", SIG_KIRYU),
    ))

    # P5 English meeting arrangement, reply chain with heavy signatures
    out.append(mail(
        expect="pass", kind="benign.meeting_arrangement", writer="miyake", loc="none",
        why="海外プロモーターとの打ち合わせ日程の調整で、業務上の署名と名前が並ぶだけである。",
        frm=MIYAKE, to=[addr("Hannah Cole", "hannah.cole@southerncross-live.example.com.au")],
        cc=[KIRYU],
        subject="Re: Call next week – APAC routing for 2026",
        text=body("""
Hi Hannah,

Tuesday 17 June at 10:00 AEST (09:00 JST) works for us.
Ryo Kiryu, our producer, will join me. I'll send a video link the day before.

Agenda as you suggested:
1. Routing for the 2026 spring run (Sydney – Melbourne – Tokyo – Osaka – Seoul)
2. Shared backline and freight
3. Holds at the venues and the deadline for the first announcement

Looking forward to talking.
""", SIG_MIYAKE_EN, """
On Thu, 12 Jun 2025 at 16:40, Hannah Cole <hannah.cole@southerncross-live.example.com.au> wrote:
""", quote("""
Hi Rina,

Great to meet you in Singapore. Could we have a call next week about the 2026 routing?
Tuesday or Wednesday morning our time would be ideal.

Kind regards,
Hannah Cole
Head of Touring | Southern Cross Live Pty Ltd
Level 5, 100 Harbour Street, Sydney NSW 2000, Australia
M: +61 400 000 318
https://www.southerncross-live.example.com.au
""")),
    ))

    # P6 successor introduction
    out.append(mail(
        expect="pass", kind="benign.successor_introduction", writer="kiryu", loc="none",
        why="担当者交代のあいさつで、後任者の業務上の連絡先を紹介しているだけである。",
        frm=KIRYU, to=[TAKAGI], cc=[addr("松永 千里", f"matsunaga.chisato@{DOM}")],
        subject="担当者変更のご挨拶",
        text=body("""
みなとみらいシーサイドホール
営業部 高木 様

いつも大変お世話になっております。ブルーアワー・エンタテインメントの桐生です。
私事で恐縮ですが、9月1日付で大阪事務所へ異動することになりました。
貴ホールとの窓口は、制作部の松永 千里が引き継ぎます（CCに入れております）。

　松永 千里（まつなが ちさと）
　制作部 プロデューサー
　TEL 03-0000-5562 ／ matsunaga.chisato@bluehour-ent.example.com

8/23のフェスまでは私も引き続き担当し、松永と二人で伺います。
在任中のご厚情に心より感謝申し上げます。今後とも変わらぬご愛顧を賜りますようお願い申し上げます。
""", SIG_KIRYU),
    ))

    # P7 reservation and 16-digit ticket serial numbers (not card numbers)
    out.append(mail(
        expect="pass", kind="benign.ticket_serials", writer="noguchi", loc="none",
        why="16桁の数字は発券番号（チケットのシリアル）で、カード番号や個人の情報ではない。",
        frm=NOGUCHI, to=[TAKAGI],
        subject="8/23 発券データ照合のお願い",
        text=body("""
みなとみらいシーサイドホール
営業部 チケット担当 高木 様

お世話になっております。ブルーアワーの野口です。
8/23公演の発券データについて、入場システム側での照合をお願いします。
以下4件が「未登録」と表示されるとの報告が販売会社からありました。

　発券番号　　　　　　　 予約番号　　　　 座席
　7301 2245 8890 1123　　BH0823-10884　　1階 18列 5
　7301 2245 8890 1124　　BH0823-10884　　1階 18列 6
　7301 2245 8891 0457　　BH0823-12031　　2階 B列 31
　7301 2245 8891 0458　　BH0823-12031　　2階 B列 32

いずれも6/30の追加販売分です。登録漏れであれば、追加のデータ連携をお願いいたします。
""", SIG_NOGUCHI),
    ))

    # P8 plain zip (English): tech rider and input list
    out.append(mail(
        expect="pass", kind="benign.plain_zip", writer="miyake", loc="none",
        why="暗号化していないZIPで、中身は技術ライダーと入力チャンネル表だけであり個人情報はない。",
        frm=MIYAKE, to=[MARK, addr("株式会社サウンドベイ 音響部 大谷 様", "otani@soundbay.example.co.jp")],
        subject="Re: Tech rider & stage plot – Osaka / Fukuoka",
        text=body("""
Hi Mark, 大谷さん

Attached is the zip (no password) with the updated tech rider and the input list for the Japan shows.
Changes from v2: monitor mix count goes from 6 to 8, and the keyboard riser is now 2.4 m x 2.4 m.

大谷さん：入力表のch.17〜20（サンプラー）が追加になっています。ご確認ください。

Let me know if anything is unclear.
""", SIG_MIYAKE_EN),
        attachments=[
            att("Marigolds_JP_tech.zip/tech_rider_v3.txt", """
THE MARIGOLDS – JAPAN 2025 TECH RIDER v3
PA: line array, min. 105 dB(A) at FOH, FOH position centre, 25-30 m from stage
Monitors: 8 mixes (6 wedges, 2 IEM stereo)
Stage: min. 12 m x 8 m, keyboard riser 2.4 m x 2.4 m x 0.4 m
Power: 3-phase 200 V / 60 A, stage left
"""),
            att("Marigolds_JP_tech.zip/input_list.csv", """
ch,source,mic/DI,stand
1,Kick In,Beta91,-
2,Kick Out,D112,short
3,Snare Top,SM57,short
17,Sampler L,DI,-
18,Sampler R,DI,-
"""),
        ],
    ))

    # P9 project mail: 6 visible addresses from 2 organisations
    out.append(mail(
        expect="pass", kind="benign.project_thread", writer="kiryu", loc="none",
        why="会場との制作打ち合わせで、宛先はホールと当社の担当者6名（2組織）だけであり個人情報もない。",
        frm=KIRYU,
        to=[TAKAGI,
            addr("みなとみらいシーサイドホール 技術部 宇佐美 様", "usami@seaside-hall.example.jp"),
            addr("みなとみらいシーサイドホール 運営部 金子 様", "kaneko@seaside-hall.example.jp")],
        cc=[NOGUCHI, MIYAKE, addr("松永 千里", f"matsunaga.chisato@{DOM}")],
        subject="8/23 制作打ち合わせ（搬入・転換）の件",
        text=body("""
みなとみらいシーサイドホール
高木 様、宇佐美 様、金子 様

お世話になっております。ブルーアワーの桐生です。
8/23の制作打ち合わせを、下記でお願いできますでしょうか。

　日時：7月29日（火）14:00〜16:00
　場所：貴ホール 3階 会議室
　当社出席：桐生、松永（制作）、三宅（海外アーティスト担当）、野口（チケット）

議題
　1. 搬入口の使用時間（8/22 22:00〜、8/23 7:00〜）
　2. 転換時間（各20分）と舞台袖の機材置き場
　3. 海外アーティストの楽屋動線
　4. 車いす席・優先入場の運用

図面の最新版は前日までにお送りします。
""", SIG_KIRYU),
    ))

    # P10 a religious corporation as venue (customer/landlord)
    out.append(mail(
        expect="pass", kind="benign.religious_corporation_venue", writer="kiryu", loc="none",
        why="宗教法人は会場の貸主（取引先）として登場するだけで、個人の信仰に関する情報ではない。",
        frm=KIRYU, to=[addr("宗教法人 浄光寺 寺務所", "jimusho@jokoji.example.or.jp")],
        subject="「月あかり 本堂コンサート」開催のご相談",
        text=body("""
宗教法人 浄光寺
寺務所 御中

突然のご連絡失礼いたします。株式会社ブルーアワー・エンタテインメントの桐生と申します。
先日は本堂を拝見させていただき、ありがとうございました。
10月に企画している「月あかり 本堂コンサート」について、会場としてお借りできないかご相談させてください。

　候補日：10月18日（土）または25日（土）18:00開演（2時間程度）
　編成：アコースティック（ピアノ・チェロ・ボーカル）、音響は小型スピーカー2台のみ
　来場者：120名（全席自由）
　会場使用料：ご提示の金額でお支払いいたします（請求書は宗教法人 浄光寺様宛てで結構です）

法要のご予定と重ならないよう、日程はお寺様のご都合を優先いたします。
一度お電話でご説明に伺えれば幸いです。
""", SIG_KIRYU),
    ))

    return out
