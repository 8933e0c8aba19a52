"""Org D: 株式会社ブライトリーフ・コミュニケーションズ (advertising agency, invented)."""
from common import *

ORG = "D"
DOM = "brightleaf.example.com"
CLIENT = "aozora-inryo.example.co.jp"
NW = "northwind.example.com"

ONODERA = Writer("小野寺 健", "onodera-k@" + DOM, """
――
株式会社ブライトリーフ・コミュニケーションズ
プロモーション局 キャンペーン事務局 ディレクター
小野寺 健 / Ken Onodera
〒150-0000 東京都渋谷区神南9-9-9 ブライトリーフビル 7F
Tel: 03-0000-7800 / Mobile: 080-0000-1192
https://www.brightleaf.example.com/
""")

MITCHELL = Writer("Sarah Mitchell", "s.mitchell@" + DOM, """
Best regards,

Sarah Mitchell
Account Director, Global Accounts
Brightleaf Communications Inc.
7F Brightleaf Bldg., 9-9-9 Jinnan, Shibuya-ku, Tokyo 150-0000, Japan
T: +81-3-0000-7820 | M: +81-80-0000-3345
www.brightleaf.example.com
""")

MIURA = Writer("三浦 さくら", "miura-s@" + DOM, """
////////////////////////////////////////
 Brightleaf Communications
 プロデューサー　三浦 さくら
 TEL 03-0000-7810
 miura-s@brightleaf.example.com
////////////////////////////////////////
""")

WRITERS = [ONODERA, MITCHELL, MIURA]


def m(*a, **k):
    return mail(ORG, *a, **k)


def mails():
    out = []

    # ------------------------------------------------------------ PASS masked card
    body = """
株式会社青空飲料
EC推進部 坂井 様

お世話になっております。ブライトリーフの小野寺です。

キャンペーン事務局に入った、オンラインショップの二重決済のお問い合わせについて、
対応状況をご報告します。

　受付番号　：CS-0611-027
　注文番号　：AZ-EC-2025061100318
　決済カード：****-****-****-4821（お客様が伝えてくださった下4桁のみ）
　内容　　　：6月11日の同一注文が2回決済されている（各 3,980円）

決済代行会社の管理画面で、2件目の決済が二重計上であることを確認済みです。
2件目の取消処理を御社でお願いできますでしょうか。
お客様には、取消後に事務局から完了のご連絡を差し上げます。

カード番号の全桁やセキュリティコードは伺っておりません。
"""
    out.append(m(ONODERA, "none", "pass", "benign.masked_card_number",
                 "カード番号は下4桁以外マスクされており、顧客は受付番号で参照しているだけ。",
                 [addr("坂井 陽介（青空飲料 EC推進部）", "sakai-y@" + CLIENT)],
                 "【報告】オンラインショップ 二重決済のお問い合わせ（CS-0611-027）",
                 compose(body, ONODERA.sig)))

    # ------------------------------------------------------------ HOLD body 1 (winners)
    winners = [
        ("新井 亜希子", "〒330-0000", "埼玉県大宮台市北区栄1-2-3", "090-0000-1184"),
        ("石井 涼", "〒460-0000", "愛知県中央台市東区葵9-8-7", "080-0000-3301"),
        ("上田 菜々子", "〒530-0000", "大阪府北浜市梅田町2-2-15-806", "070-0000-9920"),
        ("大森 隆一", "〒812-0000", "福岡県博多台市中央3-4-1", "090-0000-6107"),
        ("河野 美穂", "〒060-0000", "北海道札幌台市白樺5-6-2", "080-0000-4452"),
        ("木下 翔太", "〒980-0000", "宮城県青葉台市一番町1-1-1", "090-0000-2786"),
    ]
    table = "\n".join(f"{i}. {n} ／ {z} {a} ／ {t}" for i, (n, z, a, t) in enumerate(winners, 1))
    body = f"""
株式会社ロジファクト
フルフィルメント部 野村 様

いつもお世話になっております。
ブライトリーフ・コミュニケーションズの小野寺です。

青空飲料「ジャスミン茶 夏の抽選キャンペーン」A賞（ワイヤレスイヤホン）の当選者が確定しましたので、
発送先を下記のとおりご連絡します。第1弾の6名分です。

No. 氏名 ／ 住所 ／ 電話
{table}

発送予定日は6月20日（金）です。
送り状番号は、発送後に一覧でいただけますと助かります。
"""
    pers = []
    for n, z, a, t in winners[:4]:
        pers += [P("name", n), P("address", a), P("phone", t)]
    out.append(m(ONODERA, "body", "hold", "list.prize_winners",
                 "当選者6名の氏名・住所・電話を本文に一覧で並べ、外部の発送業者へ送っている。",
                 [addr("野村 浩（ロジファクト）", "hassou@logifact.example.co.jp")],
                 "【青空飲料 夏CP】A賞 当選者 発送先のご連絡（第1弾）",
                 compose(body, ONODERA.sig), personal=pers))

    # ------------------------------------------------------------ PASS test card in dev minutes (EN)
    body = """
Hi all,

Thanks for joining today's call. Minutes below - please shout if I've missed anything.

Meeting: Summer campaign microsite - payment integration test
Date: Tue 10 June 2025, 16:00-16:45 JST (Teams)
Attendees: Jason Parker, Priya Nair (Northwind), Takeshi Honda (Pixelworks), Sarah Mitchell (Brightleaf)

1. Staging checkout
   - Pixelworks ran the end-to-end test on staging (stg-campaign.northwind.example.com) using the
     gateway's standard test card 4111 1111 1111 1111 (exp 12/30, CVC 123). All 14 scenarios passed.
   - 3-D Secure challenge flow tested with the sandbox OTP. Pass.
2. Production
   - No real card data will touch our systems; the page uses the gateway's hosted fields.
   - Go-live for checkout: Mon 23 June, 10:00 JST.
3. Actions
   - Takeshi: send the test report (PDF) by Fri 13 June.
   - Priya: confirm the production merchant ID.
   - Sarah: update the campaign FAQ with the payment wording.
"""
    out.append(m(MITCHELL, "none", "pass", "benign.test_card_dev_minutes",
                 "議事録のカード番号は決済ゲートウェイのテスト用番号で、実在顧客のカードではない。",
                 [addr("Jason Parker", "j.parker@" + NW), addr("Priya Nair", "p.nair@" + NW),
                  addr("Takeshi Honda", "honda@pixelworks.example.jp")],
                 "Minutes: campaign microsite payment integration test (10 June)",
                 compose(body, MITCHELL.sig)))

    # ------------------------------------------------------------ HOLD body 2 (card number, EN)
    card = group4(luhn_make("453900004721883"))
    body = f"""
Hi Jason,

Hope you're well.

Our campaign hotline received a phone order yesterday for the limited-edition tumbler set from a
customer who could not complete checkout on the microsite (she said the 3-D Secure page kept timing out).
Since the Japanese site does not take phone orders, our operator took down her details so your
e-commerce team can key the order in manually:

  Customer: Yumi Takeda (武田 由美)
  Phone: 090-0000-5523
  Card: {card}
  Expiry: 08/27
  Item: Northwind Summer Tumbler Set (SKU NWB-TMB-2025-02) x 2
  Delivery: same as the billing address on her member account

Could you confirm once the charge has gone through? We'll call her back to confirm the order.
"""
    out.append(m(MITCHELL, "body", "hold", "id.card_number",
                 "電話注文の顧客の氏名・電話とクレジットカード番号の全桁・有効期限を本文で海外クライアントへ送っている。",
                 [addr("Jason Parker", "j.parker@" + NW)],
                 "Phone order from the campaign hotline - please process manually",
                 compose(body, MITCHELL.sig),
                 personal=[P("name", "Yumi Takeda"), P("name", "武田 由美"), P("phone", "090-0000-5523"),
                           P("card_number", card)]))

    # ------------------------------------------------------------ PASS SWIFT invoice (EN)
    body = """
Dear Accounts Payable team,

Please find below the details of our invoice for the Japan Summer Campaign (phase 1).
The PDF invoice has been uploaded to your supplier portal under PO NWB-PO-77120.

  Invoice no.: BLC-INV-2025-0412
  Amount: JPY 8,764,000 (incl. consumption tax JPY 796,727)
  Due date: 31 July 2025

Bank details for remittance:
  Beneficiary: Brightleaf Communications Inc.
  Bank: Shibuya Mirai Bank, Jinnan Branch
  SWIFT/BIC: SMRBJPJTXXX
  Account no.: 0000-4418276 (Ordinary)
  Beneficiary address: 7F Brightleaf Bldg., 9-9-9 Jinnan, Shibuya-ku, Tokyo 150-0000, Japan

Please note our bank details have not changed since the last invoice. If you receive any message
claiming otherwise, kindly call me to verify before making a payment.
"""
    out.append(m(MITCHELL, "none", "pass", "benign.swift_invoice",
                 "請求の振込先は代理店の法人口座（SWIFT付き）で、個人の口座ではない。",
                 [addr("Northwind Accounts Payable", "ap@" + NW)],
                 "Invoice BLC-INV-2025-0412 - Japan Summer Campaign phase 1",
                 compose(body, MITCHELL.sig),
                 cc=[addr("Jason Parker", "j.parker@" + NW)]))

    # ------------------------------------------------------------ HOLD body 3 (customer inquiry)
    c_name, c_addr, c_tel, c_mail = "長尾 芳子", "〒240-0000 神奈川県港南台市丘の上4-10-2", "045-0000-2287", "yoshiko.nagao@gmail.com"
    body = f"""
株式会社青空飲料
お客様相談室 小倉 様

お世話になっております。キャンペーン事務局（ブライトリーフ）の小野寺です。

本日、事務局のコールセンターに賞品未着のお申し出がありましたので、ご報告します。
御社からも一度ご連絡いただいたほうがよい案件と判断しております。

■お申し出者
　氏名　：{c_name} 様（ナガオ ヨシコ）
　住所　：{c_addr}
　電話　：{c_tel}（日中は携帯 080-0000-6631）
　メール：{c_mail}
■内容
　5月の「ジャスミン茶 夏の抽選キャンペーン」B賞（QUOカード1,000円分）の当選メールが届いたが、
　6月10日を過ぎても賞品が届かない。
　口調はやや強めで、「SNSに書く」とのご発言もありました。
■事務局の確認状況
　発送記録では6月3日にポスト投函済み。追跡できない方式のため、再送で対応したい。

再送のご判断をいただければ、本日中に手配します。
"""
    out.append(m(ONODERA, "body", "hold", "personal.customer_inquiry",
                 "問い合わせた消費者1名の氏名・住所・電話・メールを本文に記載し、クライアントへ渡している。",
                 [addr("小倉 千里（青空飲料 お客様相談室）", "soudan@" + CLIENT)],
                 "キャンペーン事務局 入電報告（賞品未着のお申し出）",
                 compose(body, ONODERA.sig),
                 personal=[P("name", c_name), P("address", c_addr), P("phone", c_tel), P("email", c_mail)]))

    # ------------------------------------------------------------ PASS katakana product names
    body = """
株式会社山田デザイン事務所
アートディレクター 山田 様

お世話になっております。ブライトリーフの三浦です。

青空飲料の新商品パッケージ、初校ありがとうございました。
クライアントからの戻しを反映して、下記の修正をお願いします。

・「ハルカ」（ジャスミン緑茶）：ロゴの「ハ」の字間を詰める。
・「ミオ」（白桃ルイボス）　　：背景のピンクを1段階淡く。
・「レン」（焙じ茶ラテ）　　　：商品名の下に「微糖」を追加。
・3品共通：JANコードの位置を裏面右下へ移動。

再校は6月25日（水）にいただけますと助かります。
"""
    out.append(m(MIURA, "none", "pass", "benign.katakana_product_names",
                 "「ハルカ」「ミオ」「レン」は飲料の商品名で、人名ではない。山田も会社名。",
                 [addr("山田 航（山田デザイン事務所）", "yamada@yamada-design.example.jp")],
                 "新商品パッケージ 初校戻し（ハルカ／ミオ／レン）",
                 compose(body, MIURA.sig)))

    # ------------------------------------------------------------ HOLD attachment 1 (entries csv, EN)
    rows = [
        ["E-0612-00418", "Shiori Nakamura", "shiori.nkmr@gmail.com", "090-0000-3812", "1996-04-22", "Tokyo"],
        ["E-0612-00433", "Shiori Nakamura", "s.nakamura.96@yahoo.co.jp", "090-0000-3812", "1996-04-22", "Tokyo"],
        ["E-0613-01127", "Kenji Oda", "kenji.oda.0707@gmail.com", "080-0000-5540", "1983-07-07", "Kanagawa"],
        ["E-0613-01128", "Kenta Oda", "kenta.oda.0707@gmail.com", "080-0000-5540", "1983-07-07", "Kanagawa"],
        ["E-0614-02201", "Mai Fujisawa", "mai.fujisawa@outlook.com", "070-0000-1963", "2001-12-30", "Saitama"],
        ["E-0614-02254", "Ryo Hattori", "ryo.hattori.jp@gmail.com", "090-0000-7428", "1978-02-14", "Chiba"],
        ["E-0615-03018", "Ryo Hattori", "hattori.ryo78@yahoo.co.jp", "090-0000-7428", "1978-02-14", "Chiba"],
        ["E-0615-03309", "Aya Kinoshita", "aya.k.0330@gmail.com", "080-0000-2675", "1990-03-30", "Osaka"],
    ]
    a = csv_att("entries_week2_flagged.csv", ["entry_id", "name", "email", "phone", "birth_date", "prefecture"], rows)
    body = """
Hi Olivia,

As discussed on Tuesday's call, attached is the week-2 entry extract for your dedupe check against the
global CRM. It covers entries received 9-15 June via the LINE and web forms.

A few notes:
- 1,284 entries in total this week; the extract only includes the 8 rows flagged by our rules
  (same phone number or same birth date with similar e-mail addresses).
- Birth dates are as entered and have not been verified.
- Please do not load this file into the US marketing database - our privacy notice in Japan only
  covers use for the draw itself.

Let me know if you need the full set.
"""
    out.append(m(MITCHELL, "attachment", "hold", "list.campaign_entries",
                 "添付CSVが応募者の氏名・メール・電話・生年月日の一覧で、海外のクライアントへ送っている。",
                 [addr("Olivia Grant", "o.grant@" + NW)],
                 "Japan Summer Campaign - flagged entries for dedupe check (week 2)",
                 compose(body, MITCHELL.sig), attachments=[a],
                 personal=[P("name", "Shiori Nakamura"), P("email", "shiori.nkmr@gmail.com"),
                           P("phone", "090-0000-3812"), P("birth_date", "1996-04-22"),
                           P("name", "Ryo Hattori"), P("phone", "090-0000-7428")]))

    # ------------------------------------------------------------ PASS JAN codes
    body = """
株式会社青空飲料
マーケティング部 藤川 様

お世話になっております。ブライトリーフの小野寺です。

7月開始のレシート応募キャンペーンの対象商品について、
応募システムに登録するJANコードを確認させてください。

　ジャスミン茶 525ml　　　　　　　4900000318254
　ジャスミン茶 2L　　　　　　　　 4900000318261
　ジャスミン茶 無糖ラベルレス 525ml 4900000318285
　ハルカ ジャスミン緑茶 600ml　　 4900000327317
　ミオ 白桃ルイボス 500ml　　　　 4900000327324

ラベルレス商品はレシート上の商品名表記が店舗によって異なるため、
OCRの照合はJANコードを優先する設定にしています。
誤りがあれば、6月20日（金）までにお知らせください。
"""
    out.append(m(ONODERA, "none", "pass", "benign.jan_codes",
                 "13桁のJANコードの確認で、個人を識別する番号ではない。",
                 [addr("藤川 美樹（青空飲料 マーケティング部）", "fujikawa-m@" + CLIENT)],
                 "レシート応募キャンペーン 対象商品JANコードのご確認",
                 compose(body, ONODERA.sig)))

    # ------------------------------------------------------------ HOLD attachment 2 (freelancer accounts)
    xlsx = """
シート：2025年6月分 外部スタッフ報酬
氏名｜職種｜金融機関｜支店｜種別｜口座番号｜口座名義｜報酬額｜源泉税｜振込額
長谷部 遥｜フォトグラファー｜みらい銀行｜渋谷支店｜普通｜2748160｜ハセベ ハルカ｜220,000｜22,462｜197,538
城田 優作｜映像ディレクター｜東京中央信用金庫｜恵比寿支店｜普通｜0913375｜シロタ ユウサク｜385,000｜39,308｜345,692
国分 真奈｜スタイリスト｜さくら台銀行｜中目黒支店｜普通｜5120449｜コクブ マナ｜110,000｜11,231｜98,769
宇佐美 蓮｜コピーライター｜みらい銀行｜新宿支店｜普通｜3307812｜ウサミ レン｜165,000｜16,846｜148,154
振込日：2025年6月30日
"""
    a = att("外部スタッフ報酬_202506.xlsx", xlsx, CT_XLSX)
    body = """
株式会社アカウントワークス
給与計算チーム 大橋 様

いつもお世話になっております。ブライトリーフの三浦です。

6月分の外部スタッフ（フリーランス）報酬の振込データを添付いたします。
今月は4名分、振込日は6月30日（月）でお願いいたします。

源泉税は、いつもどおり報酬額に対して計算済みです。
支払調書用の住所データは、年末にまとめてお送りします。
"""
    out.append(m(MIURA, "attachment", "hold", "id.freelancer_bank_accounts",
                 "添付XLSXにフリーランス個人4名の氏名と銀行口座番号・名義・報酬額があり、外部の経理代行へ送っている。",
                 [addr("大橋 徹（アカウントワークス）", "payroll@accountworks.example.co.jp")],
                 "6月分 外部スタッフ報酬 振込データの送付",
                 compose(body, MIURA.sig), attachments=[a],
                 personal=[P("name", "長谷部 遥"), P("bank_account", "2748160"), P("account_holder", "ハセベ ハルカ"),
                           P("name", "城田 優作"), P("bank_account", "0913375")]))

    # ------------------------------------------------------------ PASS aggregate stats
    body = """
株式会社青空飲料
マーケティング部 藤川 様
（CC：EC推進部 坂井 様）

お世話になっております。ブライトリーフの小野寺です。
「ジャスミン茶 夏の抽選キャンペーン」第3週（6/9～6/15）の応募状況をご報告します。

■応募数
　今週：12,884件（前週比 +18%）／累計：35,210件
　うち LINE経由 61%、Web経由 39%
■年代別（累計）
　10代 4% ／ 20代 27% ／ 30代 31% ／ 40代 22% ／ 50代 11% ／ 60代以上 5%
■地域別（累計・上位5）
　東京都 18% ／ 大阪府 9% ／ 神奈川県 8% ／ 愛知県 6% ／ 埼玉県 6%
■不正応募の疑いで保留：214件（全体の0.6%）

女性30代の比率が想定より高いため、来週からSNS広告の配信比率を調整します。
詳細は金曜日の定例でご説明します。
"""
    out.append(m(ONODERA, "none", "pass", "benign.aggregate_statistics",
                 "応募状況の集計値（件数・比率）のみで、個人を特定する情報はない。",
                 [addr("藤川 美樹（青空飲料 マーケティング部）", "fujikawa-m@" + CLIENT)],
                 "【週次】夏の抽選キャンペーン 応募状況レポート（第3週）",
                 compose(body, ONODERA.sig),
                 cc=[addr("坂井 陽介（青空飲料 EC推進部）", "sakai-y@" + CLIENT)]))

    # ------------------------------------------------------------ HOLD quoted 1 (health, model)
    model, cond = "水野 エリカ", "アトピー性皮膚炎で皮膚科の治療を受けており"
    body = """
スタジオ・ルミエール
ヘアメイク 杉山 様

お疲れさまです。ブライトリーフの三浦です。

6/24の青空飲料 新商品ビジュアル撮影の件で、モデル事務所から下記の連絡がありました。
当日のメイク用品の準備の参考にしていただけますでしょうか。
不明点があれば、事務所の担当の方に直接ご連絡いただいて大丈夫です。
"""
    quoted = f"""
-----Original Message-----
From: 森 千夏 <mori@stella-models.example.jp>
Sent: Wednesday, June 18, 2025 6:41 PM
To: 三浦 さくら <miura-s@brightleaf.example.com>
Subject: 6/24撮影 モデルの件

三浦様

いつもお世話になっております。ステラモデルズの森です。
6/24に出演予定の{model}について、事前にお伝えいたします。
現在{cond}、首元と腕にステロイド外用薬を使用しています。
刺激の強いメイク用品やボディメイクは避けていただきたく、可能であれば本人持参の化粧品を使わせてください。
また、露出の多い衣装の場合は、事前にご相談いただけますと幸いです。

ステラモデルズ 森 千夏
"""
    out.append(m(MIURA, "quoted", "hold", "sensitive.health_forwarded",
                 "転送部分にモデルの実名と皮膚疾患の治療状況（病歴）があり、外部のヘアメイクへ転送している。",
                 [addr("杉山 玲奈（スタジオ・ルミエール）", "sugiyama@studio-lumiere.example.jp")],
                 "Fw: 6/24撮影 モデルの件",
                 compose(body, MIURA.sig, quoted),
                 personal=[P("name", model), P("diagnosis", cond)]))

    # ------------------------------------------------------------ PASS talent schedule (public figure)
    body = """
株式会社オフィス・ソレイユ
マネージャー 辻 様

いつも大変お世話になっております。ブライトリーフの三浦です。

7月3日（木）の青空飲料 新商品発表会における、桜井ひかりさんのご出演スケジュール案をお送りします。

　12:30　会場入り（ホテル青山台 2階 控室「楓」）
　13:00～13:40　ヘアメイク・衣装
　13:45～14:00　リハーサル
　14:30～15:10　発表会 本番（トークセッション、商品試飲）
　15:15～15:45　囲み取材（媒体 約20社）
　16:00　退館

トークセッションの台本は、6月26日（木）にお送りします。
衣装は、先日のフィッティングで決定した2案のうち、白のワンピースで進めさせてください。
"""
    out.append(m(MIURA, "none", "pass", "benign.public_figure_schedule",
                 "公人として活動するタレントの出演スケジュールで、私生活や要配慮情報は含まない。",
                 [addr("辻 恭平（オフィス・ソレイユ）", "tsuji@office-soleil.example.jp")],
                 "7/3 新商品発表会 桜井ひかりさん 出演スケジュール案",
                 compose(body, MIURA.sig)))

    # ------------------------------------------------------------ HOLD quoted 2 (passport, EN + JA)
    body = """
Hi Keoni,

Please find below the prize winner's reply with the details for the hotel and the Honolulu airport
transfer. Flights are being booked by our Tokyo travel partner; you only need the names as they appear
on the passports for the hotel check-in and the transfer list.

Travel dates: 22-27 August 2025 (2 adults)
Hotel: as per the booking confirmation BLC-HNL-0822

Mahalo for your help as always.
"""
    quoted = """
---------- Forwarded message ---------
From: 佐伯 大輔 <daisuke.saeki.jp@gmail.com>
Date: Mon, 16 Jun 2025 at 21:37
Subject: Re: 【当選のお知らせ】ハワイ旅行ペアご招待
To: <campaign@brightleaf.example.com>

ご担当者様

当選のご連絡ありがとうございます。大変うれしいです。
旅行に必要な情報をお送りします。

代表者：佐伯 大輔（SAEKI DAISUKE）1985年2月3日生
　旅券番号：TR4827315　有効期限：2031年4月10日
同行者：佐伯 舞（SAEKI MAI）1987年7月19日生
　旅券番号：TR5091486　有効期限：2029年11月2日

よろしくお願いいたします。
"""
    out.append(m(MITCHELL, "quoted", "hold", "id.passport_forwarded",
                 "転送部分に当選者と同行者の氏名・生年月日・旅券番号があり、海外の現地手配会社へ転送している。",
                 [addr("Keoni Kahale", "ops@aloha-ground.example.com")],
                 "Fwd: Hawaii trip prize - winner's travel details",
                 compose(body, MITCHELL.sig, quoted),
                 personal=[P("name", "佐伯 大輔"), P("passport", "TR4827315"), P("birth_date", "1985年2月3日"),
                           P("name", "佐伯 舞"), P("passport", "TR5091486")]))

    # ------------------------------------------------------------ PASS kick-off meeting (EN)
    body = """
Dear Olivia, Jason and Priya,

Thank you for confirming your trip to Tokyo. I'm pleased to share the agenda for the autumn campaign
kick-off.

Date: Wednesday 9 July 2025, 10:00-16:00 JST
Venue: Brightleaf Communications, 7F meeting room "Aozora"
Attendees:
  Northwind - Olivia Grant (Global Marketing), Jason Parker (E-commerce), Priya Nair (IT)
  Brightleaf - Sarah Mitchell, Ken Onodera (Campaign Office), Sakura Miura (Production)

Agenda
10:00 Welcome and review of the summer campaign results
11:00 Autumn concept presentation (creative team)
12:30 Lunch
13:30 Media plan and budget
15:00 Timeline, roles and next steps

Simultaneous interpretation (EN/JA) will be provided. Please let me know about any dietary
requirements for lunch by 2 July.

Looking forward to seeing you in Tokyo.
"""
    out.append(m(MITCHELL, "none", "pass", "benign.meeting_agenda_en",
                 "海外クライアントとの会議案内で、業務上の出席者名のみ。",
                 [addr("Olivia Grant", "o.grant@" + NW), addr("Jason Parker", "j.parker@" + NW),
                  addr("Priya Nair", "p.nair@" + NW)],
                 "Autumn campaign kick-off in Tokyo - agenda (9 July)",
                 compose(body, MITCHELL.sig),
                 cc=[addr(ONODERA.name, ONODERA.email), addr(MIURA.name, MIURA.email)]))

    # ------------------------------------------------------------ HOLD subject (winner contact)
    s_name, s_addr, s_tel = "加藤 真由美", "〒176-0000 東京都緑川区旭丘9-9-9", "090-0000-7712"
    body = """
株式会社ロジファクト
フルフィルメント部 野村 様

お世話になっております。ブライトリーフの小野寺です。

件名の当選者様あてのB賞が「転居先不明」で事務局に戻ってきております。
ご本人に確認したところ、5月に転居されていたとのことでした。
件名の新しいご住所あてに、再送をお願いできますでしょうか。

再送の送り状番号は、判明次第お知らせください。
"""
    out.append(m(ONODERA, "subject", "hold", "personal.winner_contact_in_subject",
                 "件名に当選者の氏名・新住所・電話番号が書かれ、外部の発送業者へ送っている（本文は件名を参照するだけ）。",
                 [addr("野村 浩（ロジファクト）", "hassou@logifact.example.co.jp")],
                 f"再送依頼：{s_name}様 {s_addr} {s_tel}",
                 compose(body, ONODERA.sig),
                 personal=[P("name", s_name), P("address", s_addr), P("phone", s_tel)]))

    # ------------------------------------------------------------ PASS plain zip (banner copy)
    copy1 = """
バナーコピー案（300x250）
A案：「香りで、午後をリセット。」
B案：「ジャスミンの風、ひとくちで。」
C案：「夏の当たり、レシートで。」
"""
    copy2 = """
バナーコピー案（728x90）
A案：「ジャスミン茶を買って、夏の抽選に応募しよう。」
B案：「レシート撮影で応募完了。毎週1,000名様に当たる。」
注記：応募締切 2025年8月31日 23:59
"""
    body = """
株式会社クリエイティブ・ナガセ
デザイナー 長瀬 様

お世話になっております。ブライトリーフの三浦です。

7月掲出分のバナーのコピー案をzipでお送りします（パスワードはかけていません）。
サイズ別にテキストファイルを分けています。

A案を本命として、B案・C案はA/Bテスト用に制作をお願いします。
入稿は7月1日（火）です。
"""
    out.append(m(MIURA, "none", "pass", "benign.plain_zip_creative",
                 "パスワードなしのzipで、中身は広告コピーのテキストのみ。",
                 [addr("長瀬 拓海（クリエイティブ・ナガセ）", "nagase@creative-nagase.example.jp")],
                 "7月掲出バナー コピー案（zip）",
                 compose(body, MIURA.sig),
                 attachments=[att("banner_copy_0701.zip/300x250.txt", copy1),
                              att("banner_copy_0701.zip/728x90.txt", copy2)]))

    # ------------------------------------------------------------ HOLD zip (plain zip entries)
    rows = [
        ["R-0609-0012", "2025/06/09", "桑田 恵子", "〒273-0000", "千葉県湊台市本町4-2-9", "090-0000-4301", "ジャスミン茶 2L×2"],
        ["R-0609-0087", "2025/06/09", "谷口 雅人", "〒150-0000", "東京都渋谷台区桜丘1-8-5", "080-0000-8826", "ジャスミン茶 525ml×3"],
        ["R-0610-0154", "2025/06/10", "平田 美咲", "〒464-0000", "愛知県中央台市千種町2-3-3", "070-0000-3390", "ハルカ 600ml×2"],
        ["R-0612-0409", "2025/06/12", "三宅 剛", "〒599-0000", "大阪府南浜市北野田7-1-12", "090-0000-9517", "ジャスミン茶 525ml×4"],
        ["R-0614-0711", "2025/06/14", "菊池 瞳", "〒980-0000", "宮城県青葉台市本町3-6-1-1102", "080-0000-2064", "ミオ 500ml×2"],
    ]
    inner = csv_att("receipt_entries_0615.zip/entries_0609-0615.csv",
                    ["応募ID", "応募日", "氏名", "郵便番号", "住所", "電話番号", "購入商品"], rows)
    memo = att("receipt_entries_0615.zip/memo.txt", """
週次納品メモ（6/9～6/15）
有効応募：5件（サンプル抽出分）／全体の明細は次回のフルデータで納品
OCR読取エラー：0件
""")
    body = """
株式会社青空飲料
マーケティング部 藤川 様

お世話になっております。ブライトリーフの小野寺です。

レシート応募キャンペーン（テスト運用）の今週分データをzipでお送りします。
中身は応募明細のCSVと、納品メモです。

CRMへの取り込みテストにご利用ください。
"""
    out.append(m(ONODERA, "zip", "hold", "list.entries_in_plain_zip",
                 "パスワードなしzipの中のCSVに応募者5名の氏名・住所・電話の明細が入っている。",
                 [addr("藤川 美樹（青空飲料 マーケティング部）", "fujikawa-m@" + CLIENT)],
                 "【週次納品】レシート応募データ（6/9～6/15）",
                 compose(body, ONODERA.sig), attachments=[inner, memo],
                 personal=[P("name", "桑田 恵子"), P("address", "千葉県湊台市本町4-2-9"), P("phone", "090-0000-4301"),
                           P("name", "谷口 雅人"), P("phone", "080-0000-8826")]))

    # ------------------------------------------------------------ PASS log hash quarantine
    body = """
株式会社青空飲料 マーケティング部 藤川 様
株式会社ピクセルワークス 本田 様

お世話になっております。ブライトリーフの小野寺です。

レシート応募フォームで、ボットと思われる大量応募を検知しましたので、ご報告します。

■検知内容
　期間：6月15日（日）2:10～4:45
　件数：1,126件（同一の端末フィンガープリントから連続送信）
　送信元：203.0.113.0/24、198.51.100.0/24（いずれも海外のデータセンター）
■対応
　該当応募はすべて「隔離」ステータスに移し、抽選対象から除外しました。
　端末フィンガープリント（SHA-256、先頭16桁）：
　　a41f9c07e2d85b13… ／ 7be0c3d91f4a6e28… ／ 0d5e8a71c9b24f36…
　本田様には、フォームへのreCAPTCHA導入をお願いしております。

応募者個人の情報は、このメールには含めていません。
"""
    out.append(m(ONODERA, "none", "pass", "benign.log_hash_quarantine",
                 "「隔離」は不正応募データの扱いで、IPレンジとハッシュ値の先頭のみを含み個人情報はない。",
                 [addr("藤川 美樹（青空飲料 マーケティング部）", "fujikawa-m@" + CLIENT),
                  addr("本田 武（ピクセルワークス）", "honda@pixelworks.example.jp")],
                 "【報告】レシート応募フォームへのボット応募の検知と隔離について",
                 compose(body, ONODERA.sig)))

    # ------------------------------------------------------------ HOLD recipients
    cc = [
        addr("あおいろ日和（Aoi）", "aoi.hiyori.mail@gmail.com"),
        addr("tea_time_kana", "kana.teatime@yahoo.co.jp"),
        addr("ゆるカフェ散歩 もも", "momo.cafewalk@gmail.com"),
        addr("Ryota Fitness", "ryota.fitness.jp@outlook.com"),
        addr("ママと朝ごはん Yui", "yui.asagohan@gmail.com"),
        addr("のみものマニア たける", "takeru.nomimono@gmail.com"),
        addr("佐久間 凛（ルームクリエイターズ）", "sakuma@roomcreators.example.jp"),
        addr("青山 ミナ（プラムプロダクション）", "aoyama@plum-pro.example.jp"),
        addr("旅するサユリ", "sayuri.tabisuru@yahoo.co.jp"),
        addr("ぱんだ家の食卓", "pandake.table@gmail.com"),
        addr("Hana Okada", "hana.okada.life@outlook.com"),
        addr("おうち時間 ちひろ", "chihiro.ouchijikan@gmail.com"),
    ]
    body = """
インフルエンサーの皆様
（To：株式会社青空飲料 広報部 石黒様）

いつもお世話になっております。
株式会社ブライトリーフ・コミュニケーションズの三浦です。

このたび、株式会社青空飲料の新商品発表会に、皆様をご招待させていただきたくご連絡いたしました。

　日時：2025年7月3日（木）14:00～16:00（受付 13:30～）
　会場：ホテル青山台 2階「鳳凰の間」
　内容：新商品「ハルカ」「ミオ」「レン」のお披露目、ゲストトークショー、試飲会
　ゲスト：桜井ひかりさん

ご出席いただける方は、6月25日（水）までに本メールにご返信ください。
当日の撮影・SNS投稿のガイドラインは、ご出席の方に別途お送りします。
"""
    out.append(m(MIURA, "recipients", "hold", "recipients.influencers_cc",
                 "インフルエンサー12名の個人・事務所アドレスをCCに並べて送っており、BCCにすべきアドレスが互いに見える。",
                 [addr("石黒 亜希（青空飲料 広報部）", "ishiguro-a@" + CLIENT)],
                 "【ご招待】青空飲料 新商品発表会（7月3日）のご案内",
                 compose(body, MIURA.sig), cc=cc))

    assert len(out) == 20
    return out
