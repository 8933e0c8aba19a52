"""(C) シークレスト・ホテルズ＆リゾーツ — セントラル予約・レベニューセンター."""
from common import addr, mail, att, enc_zip, CT, card, P

ORG = "C"
DOM = "seacrest-hotels.example.com"

W = {
    "tanaka": addr("Emily Tanaka", f"emily.tanaka@{DOM}"),
    "komatsu": addr("小松 拓海", f"t.komatsu@{DOM}"),
    "hayashi": addr("林 奈々", f"n.hayashi@{DOM}"),
}

SIG = {
    "tanaka": f"""Best regards,

Emily Tanaka
Revenue Manager | Central Reservations & Revenue Office
Seacrest Hotels & Resorts
T +81-3-0000-6120 | M +81-90-0000-4418
emily.tanaka@{DOM}""",
    "komatsu": """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
シークレスト・ホテルズ＆リゾーツ
セントラル予約センター スーパーバイザー
小松 拓海（Takumi Komatsu）
TEL 03-0000-6100（予約センター代表 9:00-20:00）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿""",
    "hayashi": """林 奈々｜Nana Hayashi
Group & MICE Sales／シークレスト・ホテルズ＆リゾーツ
03-0000-6135（直通）／090-0000-8820""",
}

ATAMI = addr("熱海ベイリゾート運営 フロント", "frontdesk@atami-bay-ops.example.co.jp")
NEXTSTAY = [addr("岩崎 剛", "t.iwasaki@nextstay.example.co.jp"), addr("藤原 里美", "s.fujiwara@nextstay.example.co.jp")]

CARD_NISHIMURA = card("498022135567884")
CARD_CB = card("535412904417330", "-")


def mails():
    E, K, H = SIG["tanaka"], SIG["komatsu"], SIG["hayashi"]
    out = []

    # ------------------------------------------------------------ HOLD recipients
    agencies = [
        ("日の出トラベル 仕入課", "shiire@hinode-travel.example.co.jp"),
        ("株式会社旅のたまご 国内企画", "kikaku@tabinotamago.example.jp"),
        ("さくら観光 団体営業部", "dantai@sakura-kanko.example.co.jp"),
        ("みちのくツーリスト 仕入", "purchase@michinoku-tourist.example.jp"),
        ("東海ツアーズ 企画部", "kikaku@tokai-tours.example.co.jp"),
        ("ブルーウェーブ旅行 法人営業", "corp@bluewave-ryoko.example.com"),
        ("関西トラベルサービス 仕入課", "shiire@kansai-ts.example.co.jp"),
        ("株式会社ゆうゆう旅行 団体課", "group@yuyu-ryoko.example.jp"),
        ("北星ツーリズム 企画課", "plan@hokusei-tourism.example.co.jp"),
        ("アイランドツアー 仕入担当", "supply@island-tour.example.jp"),
        ("株式会社エアリンク旅行 国内仕入", "domestic@airlink-travel.example.com"),
        ("ひまわり旅行センター 団体部", "dantai@himawari-tc.example.co.jp"),
    ]
    out.append(mail(
        ORG, "hayashi", "recipients", "hold", "recipients.agencies_visible_to",
        "競合関係にある旅行会社12社の担当アドレスをToに並べて送っている（BCCにすべき）。",
        W["hayashi"], [addr(n, e) for n, e in agencies],
        "【ご案内】2025年1〜3月 団体料金および取消規定改定のお知らせ",
        f"""旅行会社ご担当者様

平素より格別のお引き立てをいただき、誠にありがとうございます。
シークレスト・ホテルズ＆リゾーツ 団体営業の林でございます。

2025年1月〜3月ご宿泊分の団体料金、ならびに団体の取消規定を一部改定いたします。
詳細は添付の料金表をご確認ください。

■主な変更点
・15名様以上の団体料金：平日 +3%、休前日 +5%
・取消料：30日前〜15日前 10%（新設）、14日前〜8日前 20%（従来どおり）
・人数減少：7日前までは無料、以降は1名様につき 1泊室料の 50%

2024年12月31日までにご成約いただいた団体は、改定前の規定を適用いたします。

今後ともよろしくお願い申し上げます。

{H}""",
        attachments=[att("2025Q1_団体料金表.pdf", CT["pdf"], """
シークレスト・ホテルズ＆リゾーツ 2025年1〜3月 団体料金表（1室2名様利用 1名様料金・税サ込）
横浜みなとみらい 平日 14,800 / 休前日 19,600
熱海ベイ 平日 17,200 / 休前日 24,500
京都四条 平日 16,400 / 休前日 22,900
取消規定 30〜15日前 10% / 14〜8日前 20% / 7〜2日前 30% / 前日 50% / 当日 80%
""")],
    ))

    # ------------------------------------------------------------ PASS dev minutes test card
    out.append(mail(
        ORG, "komatsu", "none", "pass", "benign.dev_minutes_test_card",
        "開発環境での決済テストに使う公開テストカード番号で、実在の顧客のカードではない。",
        W["komatsu"], NEXTSTAY, "予約エンジン改修 定例（第7回）議事録",
        f"""ネクストステイ
岩崎様、藤原様

お疲れさまです。小松です。
本日の定例の議事録を共有します。

■日時：2024年9月18日（水）15:00〜16:00（オンライン）
■出席：ネクストステイ 岩崎様・藤原様／シークレスト 小松・Emily Tanaka

1. 3Dセキュア2.0 対応
　・ステージング環境で、テストカード 4111 1111 1111 1111（有効期限 12/30、CVC 123）を使い
　　チャレンジ認証あり／なしの両パターンで決済が通ることを確認済み
　・本番切替は 10/8（火）深夜メンテナンス枠で実施
2. 事前決済のキャンセル返金
　・部分返金のAPIレスポンスが遅い件は、決済代行側の仕様とのこと（藤原様確認済み）
3. 予約確認メールの文面
　・カード番号は下4桁のみ表示（「****-****-****-1111」形式）で統一

■宿題
・本番切替の手順書（ネクストステイ、9/27まで）
・確認メール文面の最終チェック（小松、9/25まで）

次回：10/2（水）15:00〜

{K}""",
        cc=[W["tanaka"]],
    ))

    # ------------------------------------------------------------ HOLD body card number
    out.append(mail(
        ORG, "komatsu", "body", "hold", "id.card_number_phone_order",
        "電話予約客のカード番号・有効期限・名義を本文で運営委託先のフロントへ送っている。",
        W["komatsu"], [ATAMI], "【事前決済依頼】9/21 チェックイン 予約番号 SCA-240921-0087",
        f"""熱海ベイリゾート運営
フロントご担当者様

お疲れさまです。セントラル予約センターの小松です。

お電話でご予約いただいたお客様が事前決済をご希望のため、
カード情報をお預かりしております。
フロントの決済端末で手入力のうえ、売上処理をお願いいたします。

　予約番号：SCA-240921-0087
　ご宿泊者：西村 和夫 様（2名様・オーシャンビュー和洋室・2泊）
　カード番号：{CARD_NISHIMURA}
　有効期限：08/27
　名義：KAZUO NISHIMURA
　決済金額：86,400円（税サ込）

処理後、承認番号をこのメールにご返信ください。

{K}""",
        personal=P(("name", "西村 和夫"), ("card_number", CARD_NISHIMURA), ("name", "KAZUO NISHIMURA")),
    ))

    # ------------------------------------------------------------ PASS masked card corporate
    out.append(mail(
        ORG, "komatsu", "none", "pass", "benign.masked_card_corporate_invoice",
        "法人向けの精算明細で、カード番号は下4桁以外マスクされている。",
        W["komatsu"], [addr("坂本電機 総務部 出張手配", "shuccho@sakamoto-denki.example.co.jp")],
        "出張宿泊費 ご精算明細の送付（9月分）",
        f"""株式会社サカモト電機
総務部 出張手配ご担当者様

いつもご利用いただき、誠にありがとうございます。
シークレスト・ホテルズ セントラル予約センターの小松です。

9月ご利用分の法人契約精算明細をお送りいたします。

　ご利用件数：23泊（横浜 14泊／京都 9泊）
　ご請求額　：312,620円（税サ込）
　決済方法　：ご登録の法人カード（VISA ****-****-****-4242）にて
　　　　　　　10月5日に一括決済予定

個別のご利用明細は、法人ポータル（https://corp.{DOM}/sakamoto）から
ダウンロードいただけます。

ご不明な点がございましたら、お気軽にお問い合わせください。

{K}""",
    ))

    # ------------------------------------------------------------ HOLD body passport (EN)
    out.append(mail(
        ORG, "tanaka", "body", "hold", "id.passport_transfer",
        "VIP客の氏名・旅券番号・生年月日・携帯番号を本文でハイヤー会社へ送っている。",
        W["tanaka"], [addr("Tokyo Premier Limousine Dispatch", "dispatch@tokyo-premier-limo.example.com")],
        "VIP arrival transfer - 14 Oct, HND Terminal 3",
        f"""Dear Dispatch Team,

Please arrange the following meet-and-greet transfer for one of our VIP guests
staying at Seacrest Yokohama Minatomirai.

  Guest:         Mr. Rajesh Kumar Iyer
  Passport no.:  Z4471082 (India)
  Date of birth: 22 March 1971
  Mobile:        +81-90-0000-7713 (Japanese SIM, active on arrival)
  Flight:        arriving HND Terminal 3, 14 Oct 06:45
  Vehicle:       Executive sedan, 1 pax, 2 large suitcases
  Billing:       to the hotel, PO SCY-VIP-1014

The airport meet-and-assist desk asked for the passport details in advance,
which is why they are included above.

Please confirm the driver's name and contact by 12 Oct.

{E}""",
        personal=P(("name", "Rajesh Kumar Iyer"), ("passport", "Z4471082"), ("birth_date", "22 March 1971"),
                   ("phone", "+81-90-0000-7713")),
    ))

    # ------------------------------------------------------------ PASS SWIFT corporate (EN)
    out.append(mail(
        ORG, "tanaka", "none", "pass", "benign.swift_corporate_account",
        "海外卸への支払先案内で、口座は当社の法人口座（SWIFT付き）。",
        W["tanaka"], [addr("Blue Lantern Travel Accounts", "accounts@bluelantern-travel.example.com")],
        "Re: Payment details for invoice SC-INV-2409-118",
        f"""Dear Mr. Lim,

Thank you for your quick reply. Please find our bank details below for the
September invoice (SC-INV-2409-118, JPY 1,482,300).

  Beneficiary:   Seacrest Hotels & Resorts K.K.
  Bank:          Musashino Pacific Bank, Head Office
  SWIFT/BIC:     MSPBJPJT
  Account no.:   1234567 (ordinary, JPY)
  Bank address:  9-1-1 Marunouchi, Chiyoda-ku, Tokyo

Please note the account is in our company's name; we never ask partners to pay
into an individual's account. If you receive any email asking you to change
these details, please call me on +81-3-0000-6120 before making a payment.

{E}

On Tue, 8 Oct 2024 at 10:14, Daniel Lim <accounts@bluelantern-travel.example.com> wrote:
> Hi Emily,
> Could you resend your bank details? Our finance team changed systems and
> the old record was lost.
> Thanks,
> Daniel""",
    ))

    # ------------------------------------------------------------ HOLD attachment call list
    rows = [
        ("SCY-241001-0012", "大橋 美紀", "090-0000-3318", "2024/10/01", "2", "横浜", "2", ""),
        ("SCA-241002-0105", "藤田 俊彦", "080-0000-7402", "2024/10/02", "1", "熱海", "4", "子供2名"),
        ("SCK-241003-0044", "石田 かおり", "070-0000-5561", "2024/10/03", "3", "京都", "2", "記念日"),
        ("SCY-241004-0231", "村上 大地", "090-0000-1945", "2024/10/04", "1", "横浜", "1", ""),
        ("SCA-241005-0178", "酒井 陽子", "080-0000-6627", "2024/10/05", "2", "熱海", "3", "車椅子"),
        ("SCK-241006-0090", "新井 悠人", "090-0000-8813", "2024/10/06", "2", "京都", "2", ""),
        ("SCY-241007-0301", "安藤 真理恵", "080-0000-2276", "2024/10/07", "1", "横浜", "2", "遅着予定"),
    ]
    lines = ["予約番号,氏名,電話番号,チェックイン,泊数,施設,人数,備考"] + [",".join(r) for r in rows]
    out.append(mail(
        ORG, "komatsu", "attachment", "hold", "list.reconfirm_call_list",
        "添付の架電リストに宿泊客7名の氏名・電話番号・宿泊日が並んでいる。",
        W["komatsu"], [addr("コールブリッジ 運用チーム", "ops@callbridge.example.co.jp")],
        "【10月分】リコンファーム架電リストの送付",
        f"""株式会社コールブリッジ
運用チーム ご担当者様

お世話になっております。シークレスト予約センターの小松です。

10/1〜10/7 チェックイン分のリコンファーム架電リストを送付いたします。
架電スクリプトは9月と同じものをお使いください。
結果は10/8（火）までに、共有フォルダの「結果_202410」に格納をお願いします。

不通の場合は、SMS送信は行わず、2回までの再架電でお願いします。

{K}""",
        attachments=[att("reconfirm_20241001-1007.csv", CT["csv"], "\n".join(lines))],
        personal=P(("name", "大橋 美紀"), ("phone", "090-0000-3318"), ("name", "酒井 陽子"),
                   ("phone", "080-0000-6627")),
    ))

    # ------------------------------------------------------------ PASS revenue report (EN)
    out.append(mail(
        ORG, "tanaka", "none", "pass", "benign.revenue_report_aggregates",
        "資産運用会社への月次実績報告で、稼働率・ADRなどの集計値のみ。",
        W["tanaka"], [addr("Harbor Asset Management", "am-hotels@harbor-am.example.com")],
        "August performance summary - Yokohama & Atami",
        f"""Dear Mr. Okada,

Please find below the August summary for the two assets you manage.

                       Occ.     ADR (JPY)   RevPAR (JPY)   vs. LY
  Seacrest Yokohama    91.4%    24,310      22,219         +8.2%
  Seacrest Atami       87.9%    38,760      34,070         +3.5%

Key points
  - Yokohama benefited from two large conventions (Aug 20-24); group mix 31%.
  - Atami lost roughly 60 room nights when the typhoon closed the coastal road
    on Aug 30. Most guests rebooked for September.
  - The channel manager outage on Aug 17 (about 3 hours) caused 4 overbookings,
    all relocated within the group at our cost.

Forecast for September is 88% / 84% occupancy. I'll send the detailed pick-up
report with the monthly pack next week.

{E}""",
    ))

    # ------------------------------------------------------------ HOLD quoted customer inquiry
    out.append(mail(
        ORG, "komatsu", "quoted", "hold", "personal.customer_inquiry_forward",
        "宿泊客の氏名・住所・電話・メールを含むお問い合わせを清掃委託会社へそのまま転送している。",
        W["komatsu"], [addr("クリーンオーシャン 品質管理", "qc@clean-ocean.example.co.jp")],
        "Fw: 【お問い合わせ】客室清掃について（横浜 1208号室）",
        f"""株式会社クリーンオーシャン
品質管理ご担当者様

お世話になっております。シークレスト予約センターの小松です。

下記のとおり、お客様よりお申し出がありました。
9月13日の1208号室の清掃担当者と、チェックリストの記録を確認のうえ、
9/20（金）までにご報告をお願いいたします。
お客様への回答は当社から行います。

{K}

-------- 転送メッセージ --------
件名: 客室清掃について
差出人: 長谷川 由紀 <yuki.hasegawa0812@outlook.com>
日付: 2024年9月15日 21:06
宛先: reservations@{DOM}

お名前：長谷川 由紀
ご住所：千葉県船橋市本町9-2-7 グランメゾン本町 502
お電話：080-0000-3357
ご宿泊日：2024年9月13日（1泊） 横浜みなとみらい 1208号室

お問い合わせ内容：
チェックインしたとき、浴室の排水口に髪の毛が残っていて、
枕カバーにもシミがありました。フロントに伝えて交換はしてもらえましたが、
記念日の旅行だったのでとても残念でした。
今後どのように改善されるのか教えてください。""",
        personal=P(("name", "長谷川 由紀"), ("address", "千葉県船橋市本町9-2-7 グランメゾン本町 502"),
                   ("phone", "080-0000-3357"), ("email", "yuki.hasegawa0812@outlook.com")),
    ))

    # ------------------------------------------------------------ PASS MICE 6 addresses
    nitto = [addr("大石 健太郎", "k.oishi@nitto-kagaku.example.co.jp"),
             addr("中西 由佳", "y.nakanishi@nitto-kagaku.example.co.jp"),
             addr("桑原 亮", "r.kuwabara@nitto-kagaku.example.co.jp")]
    pco = [addr("水野 彩", "a.mizuno@convention-link.example.jp"),
           addr("堀 拓也", "t.hori@convention-link.example.jp"),
           addr("コンベンションリンク 営業部", "sales@convention-link.example.jp")]
    out.append(mail(
        ORG, "hayashi", "none", "pass", "benign.project_six_addresses",
        "販売代理店会議の会場手配。社外は2社6アドレスで、個人データはない。",
        W["hayashi"], nitto, "Re: 11月 販売代理店会議 会場手配の件",
        f"""日東化学 大石様、中西様、桑原様
コンベンションリンク 水野様、堀様

いつもお世話になっております。シークレストの林です。
先ほどのお電話の内容を、念のため整理してお送りします。

■日程：2024年11月21日（木）〜22日（金）
■会場：シークレスト横浜みなとみらい 3F「ベイホール」（シアター 180席）
■宿泊：21日 シングル 120室 ／ ツイン 15室（代理店様・社員様）
■懇親会：21日 18:30〜20:30 2F「オーシャンテラス」 立食 150名
■その他：同時通訳ブース1基（コンベンションリンク様手配）

確定人数は11月7日（木）までにお知らせください。
ルーミングリストは、代理店様の個人情報になりますので、
メールではなく共有ストレージ（パスワード別送）でお受けします。

{H}

2024年10月15日(火) 17:52 大石 健太郎 <k.oishi@nitto-kagaku.example.co.jp>:
> 林様
> 本日はありがとうございました。会場の仮押さえの件、社内決裁が下りました。
> 詳細は水野さんと詰めていただけますと幸いです。
> 大石""",
        cc=pco,
    ))

    # ------------------------------------------------------------ HOLD quoted autism (EN)
    out.append(mail(
        ORG, "tanaka", "quoted", "hold", "sensitive.guest_disability_forward",
        "宿泊客が書いた子どもの自閉症と感覚過敏、氏名・電話を、運営会社の異なる系列ホテルへ転送している。",
        W["tanaka"], [addr("Marco Rossi", "marco.rossi@heian-hospitality.example.jp")],
        "Fwd: Special request for our stay in November",
        f"""Hi Marco,

Forwarding the message below from a guest who booked through our central
reservations team. Could your front office block a quiet, low-floor room away
from the lifts and the ice machine, and confirm back to me?

Booking ref: SCK-241112-0031 (Seacrest Kyoto Shijo, 12-15 Nov, 3 nights)

Many thanks,
Emily

---------- Forwarded message ---------
From: Sarah Whitfield <sarah.whitfield77@gmail.com>
Date: Mon, 7 Oct 2024 at 22:18
Subject: Special request for our stay in November
To: reservations@{DOM}

Hello,

We are staying at your Kyoto hotel from 12 to 15 November. My son Oliver (9)
is autistic and has severe sensory sensitivities, especially to sudden noises
and strong smells. Would it be possible to have a room away from the elevator,
and could housekeeping avoid using scented products?

If anything needs to be discussed, my mobile in Japan is +81-80-0000-2291.

Thank you so much,
Sarah Whitfield""",
        personal=P(("name", "Sarah Whitfield"), ("name", "Oliver"), ("disability", "autistic"),
                   ("phone", "+81-80-0000-2291")),
    ))

    # ------------------------------------------------------------ PASS guest own confirmation
    out.append(mail(
        ORG, "komatsu", "none", "pass", "benign.guest_own_confirmation",
        "宿泊客本人への予約確認で、カード番号は下4桁のみ。本人宛てなので第三者提供ではない。",
        W["komatsu"], [addr("前田 千夏", "chinatsu.maeda@gmail.com")],
        "ご予約確認（確認番号 SCY-241019-0452）",
        f"""前田 千夏 様

このたびはシークレスト横浜みなとみらいをご予約いただき、誠にありがとうございます。
セントラル予約センターの小松でございます。
お電話でご依頼いただいたご予約内容を、下記のとおり確認いたしました。

　確認番号　：SCY-241019-0452
　ご宿泊日　：2024年10月19日（土）〜20日（日） 1泊
　お部屋　　：スーペリアツイン（ハーバービュー） 1室 2名様
　プラン　　：朝食付き・レイトチェックアウト12時
　料金　　　：42,600円（税サ込）
　お支払い　：事前カード決済済み（VISA ****-****-****-7731）

ご記念日とのことで、ささやかなデザートプレートをご用意いたします。
ご到着時刻が20時を過ぎる場合は、ホテルまでご連絡ください（03-0000-6300）。

ご来館を心よりお待ちしております。

{K}""",
    ))

    # ------------------------------------------------------------ HOLD attachment chargeback (EN)
    out.append(mail(
        ORG, "tanaka", "attachment", "hold", "id.card_chargeback_attachment",
        "添付のチャージバック証拠書類に宿泊客の氏名・住所・カード番号全桁が入っている。",
        W["tanaka"], [addr("Pacific Card Services Disputes", "disputes@pacific-card.example.com")],
        "Dispute case CB-24-55190 - evidence package",
        f"""Dear Dispute Team,

Please find attached our response and evidence package for dispute case
CB-24-55190 (reason code: services not provided).

Summary of our position:
  - The stay was completed as booked; the key-card log shows room access on
    both nights.
  - The guest signed the registration card at check-in and the folio at
    check-out.
  - No cancellation request was received through any channel.

We therefore request that the chargeback be reversed. Please let me know if you
need anything else before the response deadline of 25 Oct.

{E}""",
        attachments=[att("CB-24-55190_evidence.pdf", CT["pdf"], f"""
EVIDENCE PACKAGE - Dispute CB-24-55190
Merchant: Seacrest Hotels & Resorts K.K. / Seacrest Yokohama Minatomirai
1. Registration card (scanned)
   Guest name: Thomas Becker
   Home address: Beispielweg 17, 10115 Berlin, Germany
   Card: {CARD_CB}  exp 05/26
   Arrival 2024-08-03 / Departure 2024-08-05 / Room 1512
   Guest signature: on file
2. Folio total JPY 68,420, settled to the card above on 2024-08-05
3. Key-card access log: 08-03 16:42, 08-03 23:10, 08-04 09:15, 08-04 21:55
""")],
        personal=P(("name", "Thomas Becker"), ("address", "Beispielweg 17, 10115 Berlin"),
                   ("card_number", CARD_CB)),
    ))

    # ------------------------------------------------------------ PASS religious corp group
    out.append(mail(
        ORG, "hayashi", "none", "pass", "benign.religious_corporation_customer",
        "宗教法人は団体予約の顧客であり、参加者個人の信仰の情報は含まれない。",
        W["hayashi"], [addr("妙光会 本部 団参係", "dansan@myokokai.example.or.jp")],
        "秋季団体参拝 ご宿泊の件（45名様）",
        f"""宗教法人 妙光会
本部 団参係 ご担当者様

いつもお世話になっております。シークレスト・ホテルズの林でございます。
このたびは秋季団体参拝でのご宿泊をご用命いただき、誠にありがとうございます。

下記の内容で仮予約をお取りしております。

　施設　：シークレスト京都四条
　日程　：2024年11月9日（土）1泊
　人数　：45名様（和室 10室・ツイン 8室）
　ご夕食：大広間にて精進料理（肉・魚・五葷不使用）
　朝食　：6:30 から個室にてご用意
　その他：早朝のご出発に合わせ、5:45 にロビーを開けます

ご参加者様のお名前と部屋割りは、10月25日までに
ご担当者様から専用フォームでお送りいただけますでしょうか。

何卒よろしくお願い申し上げます。

{H}""",
    ))

    # ------------------------------------------------------------ HOLD subject criminal
    out.append(mail(
        ORG, "hayashi", "subject", "hold", "sensitive.criminal_subject",
        "件名に宿泊客の氏名と「暴行で現行犯逮捕」が入っており、運営委託先へ送られている。",
        W["hayashi"], [ATAMI, addr("平安ホスピタリティ 宿泊部", "rooms@heian-hospitality.example.jp")],
        "【要注意顧客共有】中村 剛 様 — 8/30 横浜滞在時に暴行で現行犯逮捕",
        f"""系列ホテル 宿泊部ご担当者各位

お疲れさまです。シークレスト団体営業の林です。
横浜の宿泊部長からの依頼で共有いたします。

件名のお客様について、8月30日夜、ロビーラウンジで他のお客様と口論になり、
スタッフの制止後も手を出したため、警察に通報し、その場で引き渡しとなりました。
けがをされたお客様とスタッフへの対応は横浜で完了しています。

今後、同じお名前・同じ電話番号でのご予約が入った場合は、
確定前に予約センター（小松）までご連絡ください。
お断りするかどうかは、本部で個別に判断いたします。

{H}""",
        personal=P(("name", "中村 剛"), ("criminal_record", "暴行で現行犯逮捕")),
    ))

    # ------------------------------------------------------------ PASS outage malware
    ota_bcc = [addr("OTA パートナーサポート", e) for e in (
        "partner@travelnest.example.com", "hotel-support@tabinavi.example.jp",
        "market@staygo.example.com", "connect@yadoplus.example.jp", "support@roomfinder.example.com")]
    out.append(mail(
        ORG, "komatsu", "none", "pass", "benign.outage_malware_isolation",
        "「障害」「感染」「隔離」はITの話。OTA各社はBCCで、個人データはない。",
        W["komatsu"], [W["komatsu"]], "【障害報告】サイトコントローラー連携遅延について（10/3）",
        f"""OTAパートナー各社 ご担当者様

いつもお世話になっております。シークレスト・ホテルズ 予約センターの小松です。

10月3日（木）に発生した在庫・料金連携の遅延について、ご報告いたします。

■発生時間：10月3日 9:10〜12:45
■事象　　：サイトコントローラーから各OTAへの在庫・料金の反映が最大3時間遅延
■原因　　：当社予約センター内の端末1台でマルウェア感染の疑いが検知され、
　　　　　　セキュリティ手順に従って社内ネットワークの一部を隔離したため
■影響　　：オーバーブッキング 2件（いずれも同一施設内でアップグレード対応済み）
　　　　　　お客様情報の外部流出は確認されておりません
■今後　　：当該端末は初期化済み。連携サーバのネットワークを分離する改修を10月中に実施

ご迷惑をおかけし、誠に申し訳ございませんでした。

{K}""",
        bcc=ota_bcc,
    ))

    # ------------------------------------------------------------ HOLD zip encrypted (EN)
    out.append(mail(
        ORG, "tanaka", "zip", "hold", "attachment.encrypted_zip",
        "パスワード付きZIP（PPAP）で宿泊履歴データを外部コンサルへ送っている。",
        W["tanaka"], [addr("Apex Revenue Partners Analytics", "analytics@apex-revenue.example.com")],
        "Q3 guest stay history extract",
        f"""Hi Priya,

As discussed on Monday, attached is the Q3 stay history extract for the
segmentation project (Jul-Sep, all three hotels).

The zip file is password protected. I'll send the password in a separate email
in a few minutes.

Please delete the file once the model has been trained, as agreed in the NDA.

{E}""",
        attachments=[enc_zip("Seacrest_Q3_stay_history.zip")],
    ))

    # ------------------------------------------------------------ PASS plain zip rates (EN)
    out.append(mail(
        ORG, "tanaka", "none", "pass", "benign.plain_zip_rate_sheets",
        "パスワードなしZIPの中身は客室タイプ別の料金表のみ。",
        W["tanaka"], [addr("StayGo Market Management", "market@staygo.example.com")],
        "Q4 rate loading sheets",
        f"""Hi Kenji,

Attached are the Q4 rate loading sheets for Yokohama and Kyoto (plain zip, no
password). Please load them by 15 Oct so the Christmas packages go live on time.

Note the new "Early Bird 30" rate plan in both hotels: 30 days advance purchase,
non-refundable, 12% below BAR.

{E}""",
        attachments=[
            att("Seacrest_Q4_rates.zip/yokohama_rates.csv", CT["csv"], """
room_type,rate_plan,oct_weekday,oct_weekend,nov_weekday,nov_weekend,dec_weekday,dec_weekend
SUP_TWN,BAR,24800,31200,23600,29800,27400,39600
SUP_TWN,EARLY30,21800,27400,20700,26200,24100,34800
DLX_KING,BAR,29800,36500,28400,34800,32600,45800
"""),
            att("Seacrest_Q4_rates.zip/kyoto_rates.csv", CT["csv"], """
room_type,rate_plan,oct_weekday,oct_weekend,nov_weekday,nov_weekend,dec_weekday,dec_weekend
STD_DBL,BAR,19600,25400,26800,34200,18200,22600
STD_DBL,EARLY30,17200,22300,23500,30000,16000,19800
"""),
        ],
    ))

    # ------------------------------------------------------------ HOLD body disability transfer
    out.append(mail(
        ORG, "komatsu", "body", "hold", "sensitive.disability_transfer",
        "宿泊客の氏名・住所・電話と脳梗塞後遺症・身体障害者手帳1級を本文で介護タクシー会社へ送っている。",
        W["komatsu"], [addr("ふれあい介護タクシー 予約係", "yoyaku@fureai-kaigo-taxi.example.jp")],
        "10/3 送迎のご依頼（車椅子ご利用のお客様）",
        f"""ふれあい介護タクシー
ご予約係 ご担当者様

いつもお世話になっております。シークレスト予約センターの小松です。
下記のお客様の送迎をお願いいたします。

　お客様：大西 昭雄 様（82歳）と奥様の2名
　お迎え：10月3日（木）10:00　ご自宅（東京都杉並区阿佐谷北9-21-4）
　行き先：シークレスト横浜みなとみらい 正面玄関
　ご連絡先：090-0000-6145（奥様の携帯）

大西様は脳梗塞の後遺症で左半身に麻痺があり、身体障害者手帳1級をお持ちです。
ご自宅の玄関に段差が2段あるとのことですので、スロープのご用意をお願いします。
車椅子はご自身のもの（折りたたみ式）をお使いになります。

帰路は10月5日（土）11:00 ホテル発でお願いいたします。
料金はホテル精算でお客様にご請求いたします。

{K}""",
        personal=P(("name", "大西 昭雄"), ("address", "東京都杉並区阿佐谷北9-21-4"), ("phone", "090-0000-6145"),
                   ("disability", "身体障害者手帳1級"), ("diagnosis", "脳梗塞の後遺症")),
    ))

    # ------------------------------------------------------------ PASS congratulations
    out.append(mail(
        ORG, "hayashi", "none", "pass", "benign.congratulations_anniversary",
        "取引先の創業記念へのお祝い。社名に人名（山本）が入るが個人情報ではない。",
        W["hayashi"], [addr("山本 隆之", "t.yamamoto@yamamoto-shokai.example.co.jp")],
        "創業70周年 誠におめでとうございます",
        f"""株式会社山本商会
代表取締役社長 山本 隆之 様

拝啓 秋冷の候、貴社ますますご清栄のこととお慶び申し上げます。

このたびは創業70周年を迎えられましたこと、心よりお祝い申し上げます。
長年にわたり、社員旅行や周年式典で弊社ホテルをご愛顧いただき、
スタッフ一同、深く感謝しております。

11月の記念式典では、横浜の総料理長 小笠原 が、貴社の創業の地・
小田原の食材を使った特別メニューをご用意する予定です。
当日を社員一同楽しみにしております。

貴社のますますのご発展を祈念いたしまして、略儀ながらメールにてお祝い申し上げます。

敬具

{H}""",
    ))

    return out
