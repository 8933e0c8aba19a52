"""(B) 株式会社ハルカゼカード お客さまセンター — credit-card company call centre.

Writers
  takahashi 高橋 健一  お客さまセンター 第2グループ スーパーバイザー（札幌）
  nakagawa  中川 美穂  品質管理チーム リーダー（BPO・海外拠点との窓口、英語メールあり）
  ishida    石田 亮    カスタマーサービス部 センター運営企画課（東京・ベンダー管理）
"""
import random

from common import (People, att, body, card, csv_text, d, mail, quote,
                    yamato_also_mynumber, yamato_not_mynumber)

ORG = "B"
ORG_NAME = "株式会社ハルカゼカード お客さまセンター"
DOMAIN = "harukaze-card.example.co.jp"

TAKAHASHI = "高橋 健一 <takahashi.kenichi@harukaze-card.example.co.jp>"
NAKAGAWA = "Miho Nakagawa 中川 美穂 <nakagawa.miho@harukaze-card.example.co.jp>"
ISHIDA = "石田 亮（ハルカゼカード） <ishida.ryo@harukaze-card.example.co.jp>"

SIG_TAKAHASHI = d("""
    ――――――――――――――――――――――――――――
    株式会社ハルカゼカード
    お客さまセンター 第2グループ
    スーパーバイザー　高橋 健一
    〒060-0000 札幌市中央区北3条西4-1-1 ハルカゼ札幌ビル7F
    TEL 011-0000-4410（SV直通）　FAX 011-0000-4419
    ――――――――――――――――――――――――――――
    【ご注意】当社がメールでカード番号・暗証番号・セキュリティコードを
    お尋ねすることはございません。
    本メールが宛先以外の方に届いた場合は、破棄いただきますようお願いいたします。
""")

SIG_NAKAGAWA = d("""
    ------------------------------------------------------------
    Miho Nakagawa / 中川 美穂
    Quality Assurance Team, Customer Center
    Harukaze Card Co., Ltd.
    Tel: +81-11-0000-4430  Mobile: +81-80-0000-2915
    nakagawa.miho@harukaze-card.example.co.jp
    ------------------------------------------------------------
    CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential
    and intended solely for the addressee.
""")

SIG_ISHIDA = d("""
    ==================================
    株式会社ハルカゼカード
    カスタマーサービス部 センター運営企画課
    石田 亮（Ryo Ishida）
    〒100-0000 東京都千代田区内幸町2-2-8 ハルカゼ本社ビル14F
    TEL 03-0000-6120 ／ 携帯 090-0000-8134
    ==================================
""")

CALLPRO = "コールプロ 札幌第2センター 品質管理 平野様 <hirano@callpro.example.co.jp>"
PCS = "Maria Santos <maria.santos@pacificcs.example.com.ph>"


def mails():
    out = []

    # ------------------------------------------------------------ HOLDS
    # body 1: full card number to a merchant (chargeback)
    cn = card("498000123456789")
    out.append(mail(
        "takahashi", "body", "hold", "id.card_number",
        "A member's full card number and name are written in the body of a chargeback request to a merchant.",
        TAKAHASHI, ["さくら旅行 精算センター 長谷川様 <seisan@sakura-travel.example.co.jp>"],
        "売上票（ご利用控え）ご提示のお願い／当社受付No.CB-250611-07",
        body(d(f"""
            株式会社さくら旅行
            精算センター 長谷川 様

            いつも大変お世話になっております。
            ハルカゼカード お客さまセンターの高橋でございます。

            下記のご利用について、会員様より「身に覚えがない」とのお申し出がございました。
            お手数ですが、売上票（ご利用控え）および予約時の記録（予約者名・連絡先・
            ご利用端末のIPアドレス等）をご提示いただけますでしょうか。

            　カード番号　：{cn}
            　会員氏名　　：ヤマモト ユウタ 様
            　ご利用日　　：2025年5月18日
            　ご利用金額　：186,400円（国内ツアー／沖縄 3泊4日 2名）
            　承認番号　　：382914
            　当社受付No.：CB-250611-07

            誠に恐れ入りますが、6月25日（水）までにご回答いただけますと幸いです。
            ご不明な点は、下記までお電話でお問い合わせください。
        """), SIG_TAKAHASHI),
        personal=[("card_number", cn), ("name", "ヤマモト ユウタ")],
    ))

    # body 2: residence-card number of an applicant to a partner shop
    out.append(mail(
        "takahashi", "body", "hold", "id.residence_card",
        "An applicant's residence-card number, nationality and birth date are sent to an outside partner shop.",
        TAKAHASHI, ["ノースモバイル 札幌駅前店 店長 柴田様 <sapporo-ekimae@northmobile.example.co.jp>"],
        "提携カード お申込み書類の不備について（6/9受付分）",
        body(d("""
            株式会社ノースモバイル 札幌駅前店
            店長 柴田 様

            お世話になっております。ハルカゼカードの高橋です。
            6月9日に貴店で受付いただいた提携カードのお申込みのうち、
            1件、本人確認書類の記載に不備がございましたのでご連絡いたします。

            　お申込者　：グエン・ヴァン・ミン 様（ベトナム国籍）
            　生年月日　：1996年2月17日
            　在留カード番号：UH47120386FA
            　在留期限　：2025年7月31日

            在留期限が3か月未満のため、在留期間更新の申請中であれば
            「申請中」のスタンプがある裏面の写しが必要です。
            お客様にご来店いただく際に、裏面のコピーをお取りいただけますでしょうか。
            お客様への連絡は貴店からお願いできますと助かります。
        """), SIG_TAKAHASHI),
        personal=[("residence_card", "UH47120386FA"), ("name", "グエン・ヴァン・ミン"),
                  ("birthdate", "1996年2月17日")],
    ))

    # body 3: member's diagnosis to an insurer
    out.append(mail(
        "takahashi", "body", "hold", "sensitive.diagnosis_to_insurer",
        "A member's subarachnoid haemorrhage and inability to work are passed to an outside insurer.",
        TAKAHASHI, ["あけぼの損害保険 提携保険金サービス課 <teikei-claim@akebono-sonpo.example.co.jp>"],
        "債務返済支援保険 保険金請求のご案内依頼（会員 川村様）",
        body(d("""
            あけぼの損害保険株式会社
            提携保険金サービス課 ご担当者様

            いつもお世話になっております。
            ハルカゼカード お客さまセンターの高橋でございます。

            リボ払い債務返済支援保険にご加入の会員様について、
            ご家族（奥様）からお電話がございましたので、請求書類のご送付をお願いいたします。

            　会員氏名　：川村 悟 様（昭和47年生）
            　会員番号　：HK-0047-558213
            　状況　　　：5月30日、くも膜下出血で札幌中央総合病院に緊急入院。
            　　　　　　　現在も入院中で、主治医からは復職まで半年以上との説明とのこと。
            　　　　　　　勤務先（運送会社）は休職扱い。
            　送付先　　：ご自宅（奥様 川村 恵子 様宛）

            奥様は、ご本人が意思疎通の難しい状態のため、
            代理での請求手続きを希望されています。
            必要書類（診断書の様式など）について、ご案内をお願いいたします。
        """), SIG_TAKAHASHI),
        personal=[("name", "川村 悟"), ("diagnosis", "くも膜下出血")],
    ))

    # attachment 1: delinquent account list to the servicer
    ppl = People(8402, ["中央区宮の森", "北区新琴似", "東区伏古", "白石区本郷通",
                        "豊平区月寒東", "西区琴似", "手稲区前田", "厚別区厚別中央"], "060", "011", "北海道札幌市").many(9, born=(1960, 1999))
    brng = random.Random(84021)
    rows = []
    for i, p in enumerate(ppl, 1):
        rows.append([f"HK-S{brng.randint(200000, 299999)}", p["name"], p["kana"], p["birth"], p["address"],
                     p["mobile"], f"2025/0{brng.randint(1, 3)}/27", f"{brng.randint(38, 790) * 1000 + brng.randint(0, 999):,}"])
    debt_csv = csv_text(["管理番号", "氏名", "カナ", "生年月日", "住所", "電話", "延滞開始日", "請求残高(円)"], rows)
    out.append(mail(
        "ishida", "attachment", "hold", "list.delinquent_debts",
        "The attached CSV lists nine debtors with birth dates, addresses, phones and outstanding balances.",
        ISHIDA, ["北斗債権回収 受託管理部 <jutaku@hokuto-servicer.example.co.jp>"],
        "6月委託分 債権データの送付",
        body(d("""
            北斗債権回収株式会社
            受託管理部 ご担当者様

            いつもお世話になっております。ハルカゼカードの石田です。
            6月委託分の債権データを添付にてお送りいたします。
            件数・金額は、別途お送りした委託通知書の記載と一致しております。

            受領確認のご連絡をいただけますと幸いです。
            よろしくお願いいたします。
        """), SIG_ISHIDA),
        attachments=[att("委託債権一覧_202506.csv", debt_csv)],
        personal=[("name", ppl[0]["name"]), ("phone", ppl[0]["mobile"]),
                  ("address", ppl[2]["address"]), ("name", ppl[5]["name"])],
    ))

    # attachment 2: a real complaint call record sent to the BPO for training
    rec = d("""
        応対履歴（苦情）　受付日時：2025/06/03 14:22　通話時間：27分41秒
        受付者：コールプロ 札幌第2センター（OP-2217）　エスカレーション：SV 高橋

        【お客様情報】
        氏名：小松 直美 様（コマツ ナオミ）
        生年月日：1979年8月21日
        住所：北海道札幌市白石区本郷通4-2-15 グランフォレスト本郷 502
        電話：090-0000-6318
        会員番号：HK-0079-204417

        【内容】
        ・5月請求分にリボ払い手数料が発生していることへの苦情。
        　本人は「リボ設定をした覚えがない」と主張。
        ・確認の結果、2024年11月にWEB会員サイトで「自動リボ」登録あり。
        ・オペレーターが「お客様ご自身で設定されています」と繰り返したため、
        　「言い方が失礼だ」「金融庁に言う」と強い口調になる。
        ・SV対応に切り替え、手数料相当額（2,418円）を特例で返金することで了承。

        【対応区分】苦情（応対品質）／特例返金あり
    """)
    out.append(mail(
        "nakagawa", "attachment", "hold", "personal.customer_call_record",
        "The attached call record carries one customer's name, birth date, address, phone and complaint, sent to the BPO for training.",
        NAKAGAWA, [CALLPRO],
        "6月度 応対品質フィードバック資料",
        body(d("""
            コールプロ株式会社
            札幌第2センター 品質管理 平野 様

            お世話になっております。ハルカゼカード品質管理チームの中川です。
            来週のフィードバック研修で使う資料をお送りします。

            苦情に発展した1件の応対履歴を添付しますので、
            「お客様の主張を否定する言い回し」の部分を中心に
            振り返りをお願いできればと思います。
            録音データは別途、共有サーバーの6月フォルダに置いてあります。
        """), SIG_NAKAGAWA),
        attachments=[att("応対履歴_20250603_苦情.txt", rec)],
        personal=[("name", "小松 直美"), ("birthdate", "1979年8月21日"),
                  ("address", "北海道札幌市白石区本郷通4-2-15"), ("phone", "090-0000-6318")],
    ))

    # quoted 1: driver's licence number in forwarded internal note
    q = d("""
        -----Original Message-----
        From: 入会審査チーム 島田 <shimada.k@harukaze-card.example.co.jp>
        Sent: Tuesday, June 17, 2025 11:08 AM
        To: 高橋 健一
        Subject: みなみ石油経由の申込 本人確認の件

        高橋さん

        みなみ石油 千歳店経由の申込で、本人確認の記録が食い違っている件です。

        申込者：前田 哲也 様（1983/04/09生）
        住所：北海道千歳市朝日町6-3-8
        確認書類：運転免許証（番号 101204573820、有効期限 2027/08/14）
        店頭で確認したとされる免許証の住所と、申込書の住所が違っています。
        店頭で券面のコピーを取ったかどうか、先方に確認してもらえますか。

        島田
    """)
    out.append(mail(
        "takahashi", "quoted", "hold", "id.drivers_license",
        "The forwarded internal note under a neutral request carries an applicant's driver's licence number, birth date and address.",
        TAKAHASHI, ["みなみ石油 カード事業推進室 酒井様 <sakai@minami-sekiyu.example.co.jp>"],
        "Fw: 千歳店経由のお申込みについて確認のお願い",
        body(d("""
            株式会社みなみ石油
            カード事業推進室 酒井 様

            いつもお世話になっております。ハルカゼカードの高橋です。
            千歳店様経由でいただいたお申込み1件について、
            店頭でのご対応状況を確認させていただきたく、ご連絡いたしました。
            経緯は下記の社内連絡をご覧ください。

            お手数ですが、今週中にご回答いただけますと幸いです。
        """), SIG_TAKAHASHI, q),
        personal=[("drivers_license", "101204573820"), ("name", "前田 哲也"),
                  ("address", "北海道千歳市朝日町6-3-8")],
    ))

    # quoted 2: fraud victim in a Japanese note under an English cover
    q = d("""
        ---------- Forwarded message ---------
        From: 高橋 健一 <takahashi.kenichi@harukaze-card.example.co.jp>
        Date: 2025年6月12日(木) 17:31
        Subject: 特殊詐欺被害の申出（大野様）
        To: 中川 美穂 <nakagawa.miho@harukaze-card.example.co.jp>

        中川さん

        本日、会員 大野 千代子 様（82歳）のご長男から申出がありました。
        「警察官」を名乗る男が自宅に来て、カードを封筒に入れさせて持ち去ったとのこと。
        翌日までに都内の家電量販店で計4件、合計71万円の利用があります。
        札幌豊平警察署に被害届を提出済み（受理番号 豊平-2025-0614）。
        ご本人はショックで寝込んでいるそうで、ご長男が窓口になっています。

        海外拠点のモニタリングでこの4件を検知できなかった理由を、
        Pacificさんに確認してもらえますか。

        高橋
    """)
    out.append(mail(
        "nakagawa", "quoted", "hold", "sensitive.crime_victim",
        "The English cover is harmless, but the forwarded note identifies an 82-year-old member as a fraud victim with her police report, sent overseas.",
        NAKAGAWA, [PCS],
        cc=["Fraud Monitoring Desk <fmd@pacificcs.example.com.ph>"],
        subject="FW: Missed alerts - card-delivery fraud case (June 12)",
        text=body(d("""
            Hi Maria,

            Please see the note from our Sapporo center below (in Japanese, sorry).
            In short: four transactions on the same day at electronics stores in Tokyo
            were not flagged by the monitoring rules.

            Could your team review why rule set R-17 (elderly member / high-risk MCC)
            did not trigger, and advise by Friday? A short root-cause summary is fine.

            Thanks,
            Miho
        """), SIG_NAKAGAWA, q),
        personal=[("name", "大野 千代子"), ("victim", "特殊詐欺被害")],
    ))

    # subject only: card number in the subject
    cn2 = card("524000001234567")
    out.append(mail(
        "takahashi", "subject", "hold", "id.card_number_subject",
        "The subject carries a member's name and full card number; the body is a neutral thank-you.",
        TAKAHASHI, ["ルピナス通販 お客様サポート 石井様 <support@lupinus-tsuhan.example.jp>"],
        f"【利用確認】会員 田中 恵子様 {cn2} 6/2ご注文分",
        body(d("""
            株式会社ルピナス通販
            お客様サポート 石井 様

            お世話になっております。ハルカゼカードの高橋です。
            標記の件、先ほどお電話でお伝えした内容のとおりです。
            迅速に出荷停止のご対応をいただき、ありがとうございました。
            引き続きよろしくお願いいたします。
        """), SIG_TAKAHASHI),
        personal=[("card_number", cn2), ("name", "田中 恵子")],
    ))

    # zip: plain zip with a DM address register inside
    ppl2 = People(8412, ["中央区宮の森", "北区屯田", "東区北十二条東", "西区発寒", "厚別区厚別中央",
                         "南区真駒内", "清田区平岡"], "005", "011", "北海道札幌市").many(10, born=(1950, 2000))
    drng = random.Random(84122)
    rows = [[f"HK-{drng.randint(1000000, 4999999)}", p["postal"], p["address"], p["name"], "様", "リボ切替案内A"]
            for p in ppl2]
    dm = csv_text(["会員番号", "郵便番号", "住所", "氏名", "敬称", "DM区分"], rows)
    out.append(mail(
        "ishida", "zip", "hold", "list.dm_register_zip",
        "A plain zip contains a mailing register of members' names and home addresses sent to the print vendor.",
        ISHIDA, ["ダイレクトプリント データ受付 <data@directprint.example.co.jp>"],
        "7月発送 リボ切替案内DM 宛名データ",
        body(d("""
            株式会社ダイレクトプリント
            データ受付ご担当 様

            いつもお世話になっております。ハルカゼカードの石田です。
            7月1日発送分のリボ切替案内DMの宛名データをお送りします。
            （サンプル抽出分10件のみ先行送付、本データは明日SFTPで連携します）

            校正用に、宛名面のレイアウトへ流し込んだPDFをご返送ください。
        """), SIG_ISHIDA),
        attachments=[att("dm_0701.zip/宛名データ_0701_sample.csv", dm),
                     att("dm_0701.zip/readme.txt", "宛名データ仕様 v3\n文字コード: UTF-8\n区分A: リボ切替案内（封書）\n件数: 10（サンプル）\n")],
        personal=[("name", ppl2[0]["name"]), ("address", ppl2[0]["address"]),
                  ("name", ppl2[4]["name"]), ("address", ppl2[4]["address"])],
    ))

    # recipients: 12 merchants visible in To
    to = [
        "さくら旅行 精算センター <seisan@sakura-travel.example.co.jp>",
        "ルピナス通販 お客様サポート <support@lupinus-tsuhan.example.jp>",
        "みなみ石油 カード事業推進室 <card@minami-sekiyu.example.co.jp>",
        "北海フーズ 経理部 <keiri@hokkai-foods.example.co.jp>",
        "札幌グランドホテルズ 会計課 <kaikei@sapporo-grand.example.co.jp>",
        "丸井田電器 システム部 <system@maruida-denki.example.co.jp>",
        "こだま書店 本部 <honbu@kodama-shoten.example.jp>",
        "佐藤商店 佐藤様 <sato-shoten@gmail.com>",
        "ほっかいタクシー 配車センター <haisha@hokkai-taxi.example.co.jp>",
        "ノースモバイル 加盟店窓口 <kameiten@northmobile.example.co.jp>",
        "大通メディカル薬局 <info@odori-pharmacy.example.jp>",
        "青空ゴルフ倶楽部 フロント <front@aozora-golf.example.co.jp>",
    ]
    out.append(mail(
        "ishida", "recipients", "hold", "recipients.merchants_visible",
        "Twelve merchants from different companies, including a private Gmail address, are visible to each other in To.",
        ISHIDA, to, "【重要】7/13（日）深夜 オーソリシステム メンテナンスのお知らせ",
        body(d("""
            加盟店ご担当者各位

            平素はハルカゼカードをお取り扱いいただき、誠にありがとうございます。
            下記の日程で、オーソリ（信用照会）システムのメンテナンスを実施いたします。

            　日時：2025年7月13日（日）1:00～4:30
            　影響：上記時間帯、端末によるオーソリ照会がご利用いただけません。
            　　　　（オフライン売上の取り扱いについては添付の手順書をご参照ください）

            ご不便をおかけいたしますが、ご理解とご協力をお願い申し上げます。
        """), SIG_ISHIDA),
        attachments=[att("オフライン売上取扱手順_v2.pdf", "オフライン売上の取扱手順\n1. 端末をオフラインモードに切り替える\n2. 1万円以上のお取引は電話承認センター（0570-0000-71）へ\n3. 復旧後、端末の未送信データを送信する\n")],
    ))

    # ------------------------------------------------------------ PASSES
    # reply to the member herself with a masked card
    out.append(mail(
        "takahashi", "pass", "pass", "benign.masked_card_to_member",
        "A reply to the member herself about her own card reissue; the card number is masked.",
        TAKAHASHI, ["和田 陽子 <yoko.wada.0412@outlook.com>"],
        "Re: カード再発行についてのお問い合わせ",
        body(d("""
            和田 陽子 様

            ハルカゼカード お客さまセンターの高橋でございます。
            このたびはお問い合わせいただき、ありがとうございます。

            お電話でお申し出いただいたカード（XXXX-XXXX-XXXX-3821）の磁気不良について、
            再発行の手続きを承りました。
            新しいカードは、7月3日（木）頃にご登録住所へ簡易書留でお届けします。
            カード番号は変わりませんので、公共料金等のお支払い先の変更は不要です。

            なお、新しいカードがお手元に届くまでの間も、
            現在のカードはICチップでのお支払いであれば引き続きご利用いただけます。

            > 先日電話で磁気不良の件をお願いした和田です。
            > 再発行のカードはいつごろ届きますか？番号は変わりますか？
        """), SIG_TAKAHASHI),
    ))

    # development minutes with a test card
    out.append(mail(
        "ishida", "pass", "pass", "benign.test_card_dev_minutes",
        "IVR project minutes use the public test card 4111 1111 1111 1111 in the staging environment.",
        ISHIDA,
        ["テレコネクト 山口様 <yamaguchi@teleconnect.example.co.jp>",
         "テレコネクト 中山様 <nakayama@teleconnect.example.co.jp>"],
        cc=["センター運営企画課 <cs-kikaku@harukaze-card.example.co.jp>"],
        subject="IVR更改プロジェクト 第9回定例 議事録",
        text=body(d("""
            テレコネクト 山口様、中山様

            お世話になっております。石田です。
            本日の定例の議事録を共有します。修正あればご指摘ください。

            ■日時：2025/06/20（金）10:00-11:00　Teams
            ■出席：テレコネクト 山口様、中山様／当社 石田、島田、中川

            1. STG環境 結合テスト進捗
            　・シナリオ 142件中 118件完了（83%）。
            　・カード番号入力（プッシュ）のテストは、テスト用カード
            　　4111 1111 1111 1111 ／ 有効期限 12/30 を使用。
            　　本番カード番号はSTGに投入しないこと（再確認）。
            　・DTMFの取りこぼしが3件、原因はSTG側のジッタ設定。6/24までに修正。
            2. 音声ガイダンス
            　・ナレーション収録は7/2。声優は前回と同じ方で調整済み。
            3. 本番切替
            　・7/27（日）2:00-5:00 を第一候補。切戻し判断は4:00。
            4. 次回：6/27（金）10:00

            ■宿題
            　テレコネクト：ジッタ設定修正、切替手順書ドラフト
            　当社：切替時のお客さま告知文（中川）
        """), SIG_ISHIDA),
    ))

    # CTI outage report
    out.append(mail(
        "ishida", "pass", "pass", "benign.cti_outage_report",
        "\"障害\" refers to a CTI system outage; the report gives only call counts.",
        ISHIDA, ["コールプロ センター長 河野様 <kono@callpro.example.co.jp>"],
        cc=[CALLPRO],
        subject="【障害報告】6/10 CTI障害（着信不可）の件",
        text=body(d("""
            コールプロ株式会社
            札幌第2センター センター長 河野 様

            お世話になっております。ハルカゼカードの石田です。
            6/10に発生したCTI障害について、第一報をお送りします。

            ・発生時間：6/10（火）9:12～9:47（35分間）
            ・事象：札幌第2センター宛ての着信がIVRで切断され、オペレーターへ接続されない
            ・原因：CTIサーバーの証明書更新時の設定漏れ（当社委託先の作業ミス）
            ・影響：放棄呼 約410件（推計）、うちコールバック希望の録音 57件
            ・対応：9:47に設定を修正し復旧。コールバックは当日中に完了済み

            センターの皆さまには、復旧後の着信集中でご負担をおかけしました。
            再発防止策は来週の定例でご報告します。
        """), SIG_ISHIDA),
    ))

    # KPI report in English
    out.append(mail(
        "nakagawa", "pass", "pass", "benign.kpi_report_english",
        "A monthly KPI summary to the offshore partner with aggregate figures only.",
        NAKAGAWA, [PCS], cc=["Jun dela Cruz <jun.delacruz@pacificcs.example.com.ph>"],
        subject="May 2025 QA & KPI summary - Harukaze English line",
        text=body(d("""
            Hi Maria, hi Jun,

            Here is the May summary for the English-language line handled in Manila.

              Calls offered        4,812  (Apr 4,377)
              Service level        82.4%  (target 80% in 20 sec)
              Avg handle time      6:41
              Abandon rate         3.1%
              QA score (avg)       88.6   (Apr 86.9)
              Complaints           7      (3 escalated to Sapporo)

            Good progress on empathy statements - scores in that section went up
            for the third month. The remaining gap is the disclosure script for
            revolving payments: 11 of 60 sampled calls skipped the fee explanation.
            Could we add a 15-minute refresher to next week's huddles?

            Best regards,
            Miho
        """), SIG_NAKAGAWA),
    ))

    # vendor's corporate account and SWIFT
    out.append(mail(
        "ishida", "pass", "pass", "benign.swift_corporate_account",
        "Confirms the offshore vendor's new corporate bank account and SWIFT code for invoices.",
        ISHIDA, ["Pacific Contact Solutions Finance <ar@pacificcs.example.com.ph>"],
        cc=[PCS],
        subject="Re: Change of remittance account / 送金先口座変更の件",
        text=body(d("""
            Dear Finance team,

            Thank you for your notice. We have registered the new remittance details
            below, effective from the June invoice (payment due July 31).

              Beneficiary : Pacific Contact Solutions Inc.
              Bank        : Bayfront Commercial Bank, Makati Main Branch
              Account No. : 0041-2270-8815 (USD)
              SWIFT       : BFCBPHMM

            Please note that our payment will be made in USD, and bank charges
            outside Japan are borne by the beneficiary, as per Article 7 of the contract.

            Best regards,
            Ryo Ishida

            > Dear Harukaze Card,
            > Please be informed that our company has changed its bank account.
            > Kindly update your records. The official letter signed by our CFO is attached.
        """), SIG_ISHIDA),
    ))

    # katakana product names that look like given names
    out.append(mail(
        "nakagawa", "pass", "pass", "benign.product_names_script",
        "Katakana names such as ミライ, アオイ and ユイ are card products in a script update, not people.",
        NAKAGAWA, [CALLPRO, "コールプロ 研修担当 竹内様 <takeuchi@callpro.example.co.jp>"],
        "新カード「ミライ」「アオイ ゴールド」FAQ・トークスクリプト改訂（7/1～）",
        body(d("""
            コールプロ 平野様、竹内様

            お世話になっております。中川です。
            7月1日から募集を開始する新カードの、FAQとスクリプトの改訂版をお送りします。

            ・ハルカゼ ミライ カード（年会費無料、20代向け、ポイント1.2%）
            ・ハルカゼ アオイ ゴールド（年会費 5,500円、空港ラウンジ付帯）
            ・既存の「ユイ」カードは7月末で新規募集停止（既存会員は継続利用可）

            よくある問い合わせとして「ユイからミライへ切り替えたい」が想定されます。
            切替はWEBのみの受付で、カード番号が変わる点をご案内ください。

            研修は6/26（木）14時から1時間、Teamsでお願いします。
        """), SIG_NAKAGAWA),
        attachments=[att("FAQ_新カード_v1.2.xlsx", "No,質問,回答\n1,ミライとアオイゴールドの違いは？,年会費・付帯サービスが異なります（別表参照）\n2,ユイから切り替えできますか？,WEB会員サイトから切替可能。カード番号は変更になります\n3,家族カードは？,アオイ ゴールドのみ1枚目無料\n")],
    ))

    # successor introduction to the consumer centre
    out.append(mail(
        "takahashi", "pass", "pass", "benign.successor_intro",
        "A routine handover greeting to the consumer affairs centre, with business signatures only.",
        TAKAHASHI, ["札幌市消費生活センター 相談係 原様 <hara@shohi-center.city.sapporo.example.lg.jp>"],
        cc=["お客さまセンター 第2グループ 久保 <kubo.mai@harukaze-card.example.co.jp>"],
        subject="窓口担当者変更のご連絡",
        text=body(d("""
            札幌市消費生活センター
            相談係 原 様

            いつも大変お世話になっております。
            ハルカゼカード お客さまセンターの高橋でございます。

            7月1日より、貴センターからのお問い合わせ窓口を、
            同じ第2グループの 久保 麻衣 が担当することになりました。
            私は東京の本社（お客さま相談室）へ異動いたします。

            これまで、消費者の方からのご相談について丁寧に橋渡しをいただき、
            本当にありがとうございました。
            久保は入社以来センター業務一筋で、苦情対応の経験も豊富な者です。
            引き続きよろしくお願い申し上げます。

            【新担当】
            お客さまセンター 第2グループ 久保 麻衣
            TEL 011-0000-4412（直通）
            kubo.mai@harukaze-card.example.co.jp
        """), SIG_TAKAHASHI),
    ))

    # tracking numbers (two happen to pass the マイナンバー check digit)
    t1 = yamato_also_mynumber(35201784460)
    t2 = yamato_not_mynumber(35201784471)
    t3 = yamato_not_mynumber(35201799000)
    t4 = yamato_not_mynumber(35201799020)
    out.append(mail(
        "ishida", "pass", "pass", "benign.tracking_numbers",
        "Twelve-digit Yamato tracking numbers for batches of card stock; no person is linked to them.",
        ISHIDA, ["北海ロジスティクス 業務課 <gyomu@hokkai-logi.example.co.jp>"],
        "カード台紙・封筒 6月出荷分 送り状番号のご連絡",
        body(d(f"""
            北海ロジスティクス株式会社
            業務課 ご担当者様

            お世話になっております。ハルカゼカードの石田です。
            6月分の資材（カード台紙・送付用封筒）の出荷について、
            本社倉庫から発送した送り状番号をお知らせします。

            　伝票番号　　　　　内容　　　　　　　　　　　数量
            　{t1}　カード台紙（ミライ）　　　　 8,000枚
            　{t2}　カード台紙（アオイ ゴールド） 3,000枚
            　{t3}　送付用封筒（窓付き）　　　　12,000枚
            　{t4}　同梱チラシ（7月キャンペーン） 12,000部

            6/26午前着の予定です。検品後、受領のご連絡をお願いします。
        """), SIG_ISHIDA),
    ))

    # public figure campaign
    out.append(mail(
        "takahashi", "pass", "pass", "benign.public_figure_campaign",
        "A TV-campaign briefing names a professional baseball player (a public figure) and forecasts call volume.",
        TAKAHASHI, ["ノースアド 第1営業局 福田様 <fukuda@northad.example.co.jp>"],
        cc=["宣伝部 小山 <koyama.t@harukaze-card.example.co.jp>"],
        subject="Re: 北條選手起用キャンペーン 想定問い合わせについて",
        text=body(d("""
            ノースアド 福田 様

            お世話になっております。お客さまセンターの高橋です。
            北條 大翔 選手を起用したTVCM（7/5オンエア開始）の件、資料ありがとうございました。

            前回のキャンペーンの実績から、オンエア直後の週末は
            通常の1.4倍程度の入電を想定しています。
            特に「サイン入りユニフォームの当選確認」「エントリー方法」の
            お問い合わせが多くなると思いますので、当選者発表の方法と時期を
            FAQに明記していただけると助かります。

            また、CM内の「今なら年会費0円」の表現について、
            対象がミライカードのみである旨をテロップで入れていただけますか。
            誤解によるお問い合わせ・苦情を減らしたいと考えています。

            > お客さまセンター 高橋様
            > キャンペーン概要と絵コンテをお送りします。ご意見をいただけますと幸いです。
            > ノースアド 福田
        """), SIG_TAKAHASHI),
    ))

    # health programme aggregates
    out.append(mail(
        "nakagawa", "pass", "pass", "benign.health_program_aggregate",
        "Infection-control and vaccination plans for the centre are given as dates and totals only, with no names.",
        NAKAGAWA, ["コールプロ センター長 河野様 <kono@callpro.example.co.jp>"],
        "今秋のインフルエンザ予防接種（職域接種）と感染症BCPについて",
        body(d("""
            コールプロ 河野様

            お世話になっております。中川です。
            健康経営の取り組みの一環として、今年も札幌センターで職域接種を行います。
            貴社のスタッフの方も対象にできますので、ご案内いたします。

            ・日程：10月14日（火）・15日（水）・21日（火）各日13:00～17:00
            ・会場：ハルカゼ札幌ビル 7F 会議室C
            ・費用：当社負担（貴社スタッフ分も含む）
            ・申込：9月26日までに人数のみお知らせください（氏名は当日受付で確認します）

            昨冬は、1月の第3週に発熱による欠勤が1日最大23名（両社合計）となり、
            応答率が60%台まで落ちました。今年は感染症BCPとして、
            欠勤率15%を超えた場合にIVRで折り返し予約へ誘導する運用を準備します。
            詳細は10月の定例でご説明します。
        """), SIG_NAKAGAWA),
    ))

    return out
