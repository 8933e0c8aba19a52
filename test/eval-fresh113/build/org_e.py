"""Org E: 株式会社オートギャラリー北斗 (used-car dealer with a finance desk)."""
from common import (M, addr, t, card, corp_number, yamato_also_mn, reply_jp, outlook_orig,
                    fwd_gmail, fwd_jp, csv_text, sheet_text)

ORG = "hokuto_auto"
DOM = "hokuto-auto.example.co.jp"

IWASAKI = addr("岩崎 大輔", f"iwasaki@{DOM}")
NAKANISHI = addr("中西 美紀（オートギャラリー北斗 ファイナンス）", f"nakanishi-finance@{DOM}")
MARUYAMA = addr("丸山 伸也", f"maruyama@{DOM}")

SIG_IWASAKI = t("""
    ━━━━━━━━━━━━━━━━━━
    オートギャラリー北斗 港北店
    営業　岩崎 大輔（いわさき だいすけ）
    携帯 080-0000-3392 ／ 店舗 045-0000-9810
    ＼LINEで無料査定受付中！／
    ━━━━━━━━━━━━━━━━━━
""")

SIG_NAKANISHI = t("""
    --------------------------------------------
    株式会社オートギャラリー北斗
    ファイナンス・保険デスク　中西 美紀
    TEL 045-0000-9815（直通）　FAX 045-0000-9816
    古物商許可　神奈川県公安委員会 第451230012345号
    --------------------------------------------
""")

SIG_MARUYAMA = t("""
    北斗 業務課 丸山
    045-0000-9812
""")


def mails():
    out = []
    W1, W2, W3 = "iwasaki", "nakanishi", "maruyama"

    # ------------------------------------------------------------ holds
    # H1 body: loan applicant's driving licence number and income to a credit company
    out.append(M(
        org=ORG, writer=W2, loc="body", expect="hold",
        kind="id.drivers_license_to_credit_company",
        why="ローン申込者の運転免許証番号・生年月日・年収・勤務先を本文に書いて外部の信販会社へ送っているため。",
        **{"from": NAKANISHI},
        to=[addr("みなとクレジット 審査センター 石田", "ishida-shinsa@minato-credit.example.co.jp")],
        subject="【追加資料】審査受付番号 MC-2507-33187 申込者情報の訂正",
        text=t("""
            みなとクレジット株式会社
            審査センター　石田 様

            いつもお世話になっております。オートギャラリー北斗の中西でございます。
            本日お申込みした標記の件、申込書の記載に誤りがありましたので、訂正いたします。

            　申込者　：吉岡 拓真 様（よしおか たくま）
            　生年月日：1992年10月17日
            　運転免許証番号：451209876540（訂正前：451209876504）
            　勤務先　：株式会社港北システムサービス（勤続6年）
            　年収　　：412万円（訂正前：421万円 ※転記ミスです）
            　借入希望：1,380,000円／60回

            大変失礼いたしました。再審査のほど、よろしくお願い申し上げます。

        """) + "\n\n" + SIG_NAKANISHI,
        personal=[
            {"type": "name", "value": "吉岡 拓真"},
            {"type": "birth_date", "value": "1992年10月17日"},
            {"type": "drivers_license_number", "value": "451209876540"},
            {"type": "income", "value": "412万円"},
        ],
    ))

    # H2 body: a customer's welfare status and disability pension to a lease company
    out.append(M(
        org=ORG, writer=W2, loc="body", expect="hold",
        kind="sensitive.customer_welfare_disability_status",
        why="顧客の生活保護受給と精神障害者手帳・障害年金の等級という差別につながり得る情報を、外部のリース会社へ送っているため。",
        **{"from": NAKANISHI},
        to=[addr("ベイリース 個人営業部 久保", "kubo@baylease.example.co.jp")],
        subject="個人リースのご相談（事前確認）",
        text=t("""
            株式会社ベイリース
            個人営業部　久保 様

            お世話になっております。オートギャラリー北斗の中西です。
            個人リースの事前確認をお願いしたい案件がございます。

            お客様は 瀬川 純一 様（46歳、横浜市港北区在住）です。
            現在、生活保護を受給中で、通院のための車の保有について福祉事務所のケースワーカーから
            条件付きで了承を得ているとのことです。
            また、精神障害者保健福祉手帳2級をお持ちで、障害基礎年金（2級）を受給されています。

            車両は軽自動車（本体 68万円程度）を想定しています。
            このような条件でのリース契約が可能か、御社の基準をご教示いただけますでしょうか。

        """) + "\n\n" + SIG_NAKANISHI,
        personal=[
            {"type": "name", "value": "瀬川 純一"},
            {"type": "social_status", "value": "生活保護を受給中"},
            {"type": "disability", "value": "精神障害者保健福祉手帳2級"},
            {"type": "disability", "value": "障害基礎年金（2級）"},
        ],
    ))

    # H3 body: a customer's private bank account for direct debit to a collection agency
    out.append(M(
        org=ORG, writer=W2, loc="body", expect="hold",
        kind="id.customer_direct_debit_account",
        why="自社ローン顧客の個人の銀行口座番号・名義を口座振替の代行会社へ本文で送っているため。",
        **{"from": NAKANISHI},
        to=[addr("ペイメントリンク 口座振替センター", "furikae@paymentlink.example.co.jp")],
        subject="口座振替 新規登録依頼（依頼書原本は別送）",
        text=t("""
            株式会社ペイメントリンク
            口座振替センター ご担当者様

            いつもお世話になっております。オートギャラリー北斗の中西です。
            自社ローンのお客様1件、口座振替の新規登録をお願いいたします。

            　契約番号：HK-L-25-0192
            　お客様名：新井 優子 様
            　金融機関：横浜みなと銀行 菊名支店（店番 214）
            　預金種目：普通
            　口座番号：6038174
            　口座名義：アライ ユウコ
            　振替金額：毎月 23,500円（初回 8月27日）

            依頼書の原本は本日レターパックで発送いたしました。
            初回の振替に間に合わない場合はご連絡ください。

        """) + "\n\n" + SIG_NAKANISHI,
        personal=[
            {"type": "name", "value": "新井 優子"},
            {"type": "bank_account", "value": "口座番号：6038174"},
            {"type": "account_holder", "value": "アライ ユウコ"},
        ],
    ))

    # H4 attachment: delinquent customers with debts to a servicer
    dl = csv_text([
        ["契約番号", "氏名", "住所", "携帯電話", "車両", "残債", "延滞月数", "延滞額"],
        ["HK-L-23-0088", "大西 隆", "横浜市港北区大倉山5-21-7", "090-0000-2281", "ワゴンR 2016", "312,000", "3", "70,500"],
        ["HK-L-23-0141", "柴田 絵里香", "川崎市中原区木月2-3-15-402", "080-0000-6617", "フィット 2017", "498,500", "2", "47,000"],
        ["HK-L-24-0027", "Silva Pereira Lucas", "横浜市鶴見区潮田町1-88-3", "070-0000-1945", "ノア 2014", "621,000", "4", "112,000"],
        ["HK-L-24-0063", "岡田 剛", "横浜市緑区中山町312-9", "090-0000-7730", "セレナ 2015", "276,400", "5", "125,500"],
        ["HK-L-24-0109", "片桐 翔子", "横浜市港北区綱島西4-7-1", "080-0000-3326", "N-BOX 2018", "405,000", "2", "41,600"],
    ])
    out.append(M(
        org=ORG, writer=W2, loc="attachment", expect="hold",
        kind="list.delinquent_customers_csv",
        why="延滞顧客5名の氏名・住所・携帯・残債・延滞額の一覧を外部の債権回収会社へ添付しているため。",
        **{"from": NAKANISHI},
        to=[addr("みなと債権回収 受託部 長谷", "hase@minato-servicer.example.co.jp")],
        subject="回収委託案件の送付（2025年7月分 5件）",
        text=t("""
            みなと債権回収株式会社
            受託部　長谷 様

            お世話になっております。オートギャラリー北斗の中西です。
            7月分の回収委託案件（5件）をお送りいたします。
            いずれも督促状を2回送付済みで、電話連絡がつかない状況です。

            車両の引き揚げが必要になりそうな案件は、HK-L-24-0063 です。
            GPSの位置情報は、ご依頼があれば別途お出しします。

        """) + "\n\n" + SIG_NAKANISHI,
        attachments=[{"filename": "kaishu_itaku_202507.csv", "contentType": "text/csv", "text": dl}],
        personal=[
            {"type": "name", "value": "大西 隆"},
            {"type": "address", "value": "横浜市港北区大倉山5-21-7"},
            {"type": "debt", "value": "70,500"},
            {"type": "name", "value": "Silva Pereira Lucas"},
            {"type": "phone", "value": "070-0000-1945"},
        ],
    ))

    # H5 attachment: one person's full profile in title-transfer documents to an administrative scrivener
    doc = t("""
        【名義変更 申請書類 記載事項】　作成：業務課 丸山　2025/07/08

        ■ 車両
        　登録番号：横浜 330 ほ 71-26
        　車台番号：ZRR80-0412358
        　型式：DBA-ZRR80W

        ■ 旧所有者（譲渡人）
        　氏名：桜井 智子
        　住所：横浜市港北区新横浜三丁目9番14-701号
        　生年月日：1979年5月23日
        　電話：090-0000-4157
        　印鑑証明書：2025年6月30日発行（港北区）

        ■ 新所有者（譲受人）
        　株式会社オートギャラリー北斗（在庫として登録）

        ■ 備考
        　旧所有者は住所変更2回あり（戸塚区→鶴見区→港北区）。住民票の除票の写しを添付。
    """) + "\n"
    out.append(M(
        org=ORG, writer=W3, loc="attachment", expect="hold",
        kind="personal.title_transfer_profile",
        why="前所有者個人の氏名・住所・生年月日・電話・住所履歴をまとめた書類を外部の行政書士へ添付しているため。",
        **{"from": MARUYAMA},
        to=[addr("行政書士 羽田事務所", "haneda@haneda-gyosei.example.jp")],
        subject="名義変更 1台 お願いします（横浜330ほ）",
        text=t("""
            羽田先生

            丸山です。いつもどうも。
            買取車の名義変更1台お願いします。記載事項を添付にまとめました。
            書類原本（譲渡証・委任状・印鑑証明・除票）は明日持っていきます。

            よろしくお願いします。

        """) + "\n\n" + SIG_MARUYAMA,
        attachments=[{"filename": "meigi_henkou_ZRR80_0412358.txt", "contentType": "text/plain",
                      "text": doc}],
        personal=[
            {"type": "name", "value": "桜井 智子"},
            {"type": "address", "value": "横浜市港北区新横浜三丁目9番14-701号"},
            {"type": "birth_date", "value": "1979年5月23日"},
            {"type": "phone", "value": "090-0000-4157"},
        ],
    ))

    # H6 quoted: customer inquiry forwarded to a partner dealer
    inquiry = t("""
        オートギャラリー北斗 岩崎様

        先日はありがとうございました。大場です。
        やっぱり7人乗りのハイブリッドがいいなと家族と話しています。
        予算は乗り出し250万円まで、今の車（2013年式 ストリーム、走行11万km）は下取りでお願いしたいです。

        大場 勇気
        〒222-0000 横浜市港北区師岡町1024-6
        携帯 080-0000-2583
        勤務先：日東ロジテック株式会社（年収は前にお伝えした 520万円くらいです）
        平日は19時以降なら電話に出られます。
    """)
    out.append(M(
        org=ORG, writer=W1, loc="quoted", expect="hold",
        kind="personal.customer_inquiry_forward_partner",
        why="転送部分に顧客の氏名・住所・携帯・勤務先・年収があり、それを社外の同業者へ送っているため。",
        **{"from": IWASAKI},
        to=[addr("カーショップ大和 業販 浜口", "hamaguchi@carshop-yamato.example.jp")],
        subject="FW: 7人乗りハイブリッドの件",
        text=t("""
            浜口さん

            おつかれさまです、北斗の岩崎です。
            うちに在庫ないんで、そっちにシエンタかフリードのHVで
            250万以内のタマないですかね？　お客さんの条件、下に付けときます。
            あったら業販価格でまわしてもらえると助かります！

        """) + "\n\n" + SIG_IWASAKI + "\n\n" + fwd_jp(
            "大場 勇気 <yuki.oba.family@yahoo.co.jp>", "2025/07/19 21:34",
            "7人乗りハイブリッドの件", f"岩崎 大輔 <iwasaki@{DOM}>", inquiry),
        personal=[
            {"type": "name", "value": "大場 勇気"},
            {"type": "address", "value": "横浜市港北区師岡町1024-6"},
            {"type": "phone", "value": "080-0000-2583"},
            {"type": "employer", "value": "日東ロジテック株式会社"},
            {"type": "income", "value": "520万円"},
        ],
    ))

    # H7 quoted: customer's licence number and birth date forwarded to an insurance agency
    cust = t("""
        岩崎さん

        納車の日程ありがとうございます！
        任意保険はお店で紹介してもらえるとのことだったので、必要な情報を送ります。

        名前：坂口 美和
        生年月日：1996年1月9日
        免許証番号：452008461937（ゴールド免許です）
        今の保険：あいおい…じゃなくて、前の車はネット保険で等級14等級でした。
        事故歴はないです。
    """)
    out.append(M(
        org=ORG, writer=W1, loc="quoted", expect="hold",
        kind="id.license_number_forward_insurance",
        why="引用部分に顧客の運転免許証番号と生年月日があり、それを外部の保険代理店へ送っているため。",
        **{"from": IWASAKI},
        to=[addr("港北保険サービス 田口", "taguchi@kohoku-hoken.example.co.jp")],
        subject="見積お願いします（8/2納車 N-WGN）",
        text=t("""
            田口さん

            岩崎です。いつもお世話になってます。
            8/2納車のお客さんで、任意保険の見積りお願いします！
            車両は N-WGN（JH3）、車両保険ありとなしの2パターンでおねがいします。
            お客さんからのメールそのまま下に貼ります。

        """) + "\n\n" + SIG_IWASAKI + "\n\n" + reply_jp(
            "2025年7月24日(木) 12:06", "坂口 美和", "miwa.sakaguchi@gmail.com", cust),
        personal=[
            {"type": "name", "value": "坂口 美和"},
            {"type": "birth_date", "value": "1996年1月9日"},
            {"type": "drivers_license_number", "value": "452008461937"},
        ],
    ))

    # H8 subject: residence card number in the subject line
    out.append(M(
        org=ORG, writer=W3, loc="subject", expect="hold",
        kind="id.residence_card_in_subject",
        why="件名に顧客の氏名と在留カード番号が書かれたまま外部の行政書士へ送られているため。",
        **{"from": MARUYAMA},
        to=[addr("行政書士 羽田事務所", "haneda@haneda-gyosei.example.jp")],
        subject="【登録】Tran Van Duc 様 在留カード番号 UH73920516BT 住所確認の件",
        text=t("""
            羽田先生

            丸山です。
            件名のお客さん、在留カードの住所と住民票の住所が違ってたので、
            どっちで登録すればいいか教えてください。
            カードの写しは明日の書類と一緒に持っていきます。

        """) + "\n\n" + SIG_MARUYAMA,
        personal=[
            {"type": "name", "value": "Tran Van Duc"},
            {"type": "residence_card_number", "value": "UH73920516BT"},
        ],
    ))

    # H9 zip: plain zip with a customer list to an insurance agency
    clist = csv_text([
        ["顧客ID", "氏名", "電話", "住所", "車種", "車検満了"],
        ["C10231", "大場 勇気", "080-0000-2583", "横浜市港北区師岡町1024-6", "ストリーム", "2025/10/14"],
        ["C10288", "宮崎 里奈", "090-0000-6628", "横浜市都筑区茅ケ崎中央30-2", "アクア", "2025/10/22"],
        ["C10302", "田中 一郎", "080-0000-1177", "川崎市宮前区宮崎4-6-12", "プリウス", "2025/11/03"],
        ["C10319", "小松 彩", "070-0000-8840", "横浜市港北区日吉本町2-44-9", "N-BOX", "2025/11/09"],
        ["C10347", "Kim Min-jun", "090-0000-3051", "横浜市神奈川区白楽100-5", "ヴォクシー", "2025/11/27"],
    ])
    out.append(M(
        org=ORG, writer=W1, loc="zip", expect="hold",
        kind="list.plain_zip_customer_list",
        why="パスワードなしzipの中に顧客5名の氏名・電話・住所・車種の一覧があり、それを外部の保険代理店へ送っているため。",
        **{"from": IWASAKI},
        to=[addr("港北保険サービス 田口", "taguchi@kohoku-hoken.example.co.jp")],
        subject="車検キャンペーン用のリスト送ります",
        text=t("""
            田口さん

            岩崎です！
            例の「車検＋保険見直し」キャンペーンの対象リスト、zipで送ります。
            10月～11月に車検満了のお客さんです。
            DMの発送はそっちでやってもらえるって話でしたよね？よろしくです！

        """) + "\n\n" + SIG_IWASAKI,
        attachments=[{"filename": "shaken_campaign.zip/taisho_list_1011.csv", "contentType": "text/csv",
                      "text": clist}],
        personal=[
            {"type": "name", "value": "宮崎 里奈"},
            {"type": "phone", "value": "090-0000-6628"},
            {"type": "address", "value": "横浜市都筑区茅ケ崎中央30-2"},
            {"type": "name", "value": "Kim Min-jun"},
        ],
    ))

    # H10 recipients: sale notice to 12 customers visible in To
    custs = [
        addr("大場 勇気", "yuki.oba.family@yahoo.co.jp"),
        addr("坂口 美和", "miwa.sakaguchi@gmail.com"),
        addr("宮崎 里奈", "rina.miyazaki.88@gmail.com"),
        addr("田中 一郎", "ichiro.tanaka.kohoku@outlook.com"),
        addr("小松 彩", "aya.komatsu.hiyoshi@yahoo.co.jp"),
        addr("Kim Min-jun", "minjun.kim.yokohama@gmail.com"),
        addr("株式会社港北システムサービス 総務", "soumu@kohoku-ss.example.co.jp"),
        addr("日東ロジテック 車両管理", "sharyo@nitto-logitech.example.co.jp"),
        addr("吉岡 拓真", "takuma.yoshioka1017@gmail.com"),
        addr("片山 修一", "s.katayama.car@outlook.com"),
        addr("有限会社 菊名ベーカリー", "info@kikuna-bakery.example.jp"),
        addr("森下 恵", "megumi.morishita@yahoo.co.jp"),
    ]
    out.append(M(
        org=ORG, writer=W1, loc="recipients", expect="hold",
        kind="recipients.customers_visible_to",
        why="顧客12名（個人アドレスと法人）を宛先に並べて送っており、顧客同士にアドレスが見えるためBCCにすべきだったため。",
        **{"from": IWASAKI},
        to=custs,
        subject="【北斗】決算大感謝祭 8/30・31 ご来店特典のお知らせ",
        text=t("""
            いつもオートギャラリー北斗をご利用いただき、ありがとうございます！
            港北店の岩崎です。

            8月30日（土）・31日（日）の2日間、決算大感謝祭を開催します！

            ★ 展示車 全車 10万円引き（一部除く）
            ★ 下取り査定額 5万円アップ保証
            ★ ご成約の方にドライブレコーダー（前後2カメラ）プレゼント
            ★ ご来店だけでもQUOカード500円分

            お知り合いの方のご紹介も大歓迎です。
            ご来店の際は、このメールを見せていただければOKです！

        """) + "\n\n" + SIG_IWASAKI,
        personal=[
            {"type": "email", "value": "yuki.oba.family@yahoo.co.jp"},
            {"type": "email", "value": "miwa.sakaguchi@gmail.com"},
            {"type": "email", "value": "ichiro.tanaka.kohoku@outlook.com"},
            {"type": "email", "value": "minjun.kim.yokohama@gmail.com"},
            {"type": "email", "value": "megumi.morishita@yahoo.co.jp"},
        ],
    ))

    # ------------------------------------------------------------ passes
    # P1 vehicle registration numbers and chassis numbers to a transport company
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.vehicle_numbers_transport",
        why="登録番号と車台番号は在庫車両の識別番号で、個人を識別する情報ではないため。",
        **{"from": MARUYAMA},
        to=[addr("湘南陸送 配車センター", "haisha@shonan-rikuso.example.co.jp")],
        subject="陸送依頼 3台（7/15引取）",
        text=t("""
            湘南陸送 配車センターさま

            北斗の丸山です。陸送3台お願いします。

            引取：7/15(火) 10時～　ベイオート横浜会場（金沢区）
            納入：当社 港北店

            1) 横浜 330 ほ 71-26　ヴォクシー　ZRR80-0412358　自走可
            2) 品川 500 さ 48-03　アクア　NHP10-6231774　自走可
            3) 湘南 580 な 12-90　N-BOX　JF3-1138826　バッテリー弱い、ジャンプスターター持参で

            会場の引取票は、朝イチでFAXします。
            よろしくお願いします。

        """) + "\n\n" + SIG_MARUYAMA,
    ))

    # P2 tracking number that happens to pass the マイナンバー check digit
    tr = yamato_also_mn("36521470090")
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.tracking_number_documents",
        why="12桁の番号は宅急便の伝票番号で、マイナンバーではないため。",
        **{"from": MARUYAMA},
        to=[addr("ベイオート横浜 出品事務 水野", "mizuno@bayauto-yokohama.example.co.jp")],
        subject="出品書類 発送しました",
        text=t("""
            水野さま

            北斗 丸山です。
            来週の出品車2台分の書類（車検証・リサイクル券・譲渡書類一式）、本日発送しました。

            ヤマト運輸　伝票番号 """) + tr + "\n" + t("""
            明日午前着の指定です。

            出品番号は決まったら教えてください。

        """) + "\n\n" + SIG_MARUYAMA,
    ))

    # P3 minimal employment verification given with consent
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.employment_verification_minimal",
        why="本人の同意を得た在籍確認への回答で、伝えているのは在籍期間と職位だけのため。",
        **{"from": NAKANISHI},
        to=[addr("横浜ライフ銀行 住宅ローンセンター 大森", "omori-loan@yokohama-life-bank.example.co.jp")],
        subject="Re: 在籍確認のご依頼（元従業員）",
        text=t("""
            株式会社横浜ライフ銀行
            住宅ローンセンター　大森 様

            お世話になっております。オートギャラリー北斗の中西でございます。
            ご本人様の同意書（7月28日付）を拝受しましたので、ご照会の範囲でご回答いたします。

            　氏名　　：平野 誠 様
            　在籍期間：2016年4月1日～2024年9月30日
            　最終職位：港北店 店長代理

            給与額・退職理由等につきましては、当社規程によりお答えいたしかねますので、
            ご了承くださいますようお願い申し上げます。

        """) + "\n\n" + SIG_NAKANISHI,
    ))

    # P4 change of corporate bank account
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.corporate_account_change_notice",
        why="通知しているのは自社（法人）の振込先口座の変更で、個人の口座情報ではないため。",
        **{"from": NAKANISHI},
        to=[addr("ベイオート横浜 経理部", "keiri@bayauto-yokohama.example.co.jp")],
        cc=[addr("湘南陸送 経理", "keiri@shonan-rikuso.example.co.jp")],
        subject="【重要】振込先口座変更のお知らせ（9月1日より）",
        text=t("""
            お取引先各位

            平素は格別のご高配を賜り、厚く御礼申し上げます。
            株式会社オートギャラリー北斗 ファイナンス・保険デスクの中西でございます。

            このたび、メインバンクの変更に伴い、9月1日お支払い分より振込先口座を下記に変更いたします。

            【新】横浜みなと銀行 新横浜支店　普通預金　7120548
            　　　口座名義：カ）オートギャラリーホクト
            【旧】湘南信用金庫 菊名支店　普通預金　0334812（8月末で解約予定）

            なお、口座変更を装った詐欺メールが増えております。
            念のため、お電話（045-0000-9815）でもご確認いただけますと幸いです。

        """) + "\n\n" + SIG_NAKANISHI,
    ))

    # P5 deposit receipt to the customer with a masked card number
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.masked_card_receipt_to_customer",
        why="顧客本人への手付金の領収連絡で、カード番号も下4桁以外は伏せられているため。",
        **{"from": IWASAKI},
        to=[addr("坂口 美和", "miwa.sakaguchi@gmail.com")],
        subject="手付金 受領のご連絡",
        text=t("""
            坂口 美和 さま

            本日はご来店ありがとうございました！岩崎です。
            手付金のお支払いを確認しましたので、ご連絡します。

            　金額：100,000円
            　お支払い方法：クレジットカード（VISA ****-****-****-3345）一括
            　承認番号：0418822
            　車両：N-WGN L（JH3）パールホワイト

            残金と諸費用のお見積りは、保険の見積りが出たらまとめてお送りしますね。
            納車は 8/2(土) の午前中で準備を進めています！

        """) + "\n\n" + SIG_IWASAKI,
    ))

    # P6 trade with companies whose names contain surnames
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.surname_company_names_trade",
        why="名前に見えるのは取引先の社名（長谷川モータース、藤井自動車など）で、個人の情報ではないため。",
        **{"from": IWASAKI},
        to=[addr("長谷川モータース 業販担当", "gyohan@hasegawa-motors.example.jp")],
        cc=[addr("藤井自動車 藤井", "fujii@fujii-jidosha.example.co.jp")],
        subject="業販の件（フリードHV・セレナ）",
        text=t("""
            長谷川モータースさん
            （cc 藤井自動車さん）

            北斗の岩崎です、いつもどうもです！
            先週の業販の件、こちらの希望まとめました。

            ・フリードHV 2019 G（長谷川モータースさん在庫）→ 178万でどうですか
            ・セレナ e-POWER 2020（藤井自動車さん在庫）→ 修復歴なしなら 205万で

            支払いは月末締め翌月末でいつも通りお願いします。
            引取は湘南陸送さんに頼むので、都合のいい日を教えてください！

        """) + "\n\n" + SIG_IWASAKI,
    ))

    # P7 inventory list with katakana model names that look like given names
    stock = sheet_text([
        ["在庫No", "車名", "年式", "走行(km)", "色", "本体価格(万円)"],
        ["S-1021", "ミラ イース", "2019", "38,200", "白", "59.8"],
        ["S-1034", "カレン", "1997", "121,000", "赤", "49.0"],
        ["S-1040", "アリア B6", "2023", "9,800", "グレー", "428.0"],
        ["S-1052", "セリカ SS-II", "2003", "86,400", "黄", "139.0"],
        ["S-1057", "ルークス", "2021", "24,600", "水色", "118.0"],
        ["S-1063", "アクア G", "2018", "55,300", "白", "98.0"],
    ])
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.inventory_car_names",
        why="人名に見えるカタカナ（カレン、アリア、ミラなど）は車名で、表は在庫車両の一覧にすぎないため。",
        **{"from": IWASAKI},
        to=[addr("カーポータル掲載サポート", "keisai@carportal.example.jp")],
        subject="掲載追加 6台（写真は別送）",
        text=t("""
            カーポータル掲載サポートさま

            オートギャラリー北斗 港北店の岩崎です。
            掲載追加をお願いします。今週入庫分の6台です。

        """) + "\n\n" + stock + "\n" + t("""
            カレンとセリカは旧車なので「こだわりの一台」特集の方にも入れてもらえますか？
            写真は各20枚ずつ、ギガファイル便で送ります！

        """) + "\n\n" + SIG_IWASAKI,
    ))

    # P8 monthly aggregate loan report to a credit partner
    rep = sheet_text([
        ["区分", "申込件数", "承認", "否決", "承認率", "取扱高(千円)"],
        ["オートローン（提携）", "31", "26", "5", "83.9%", "41,870"],
        ["残価設定ローン", "7", "6", "1", "85.7%", "13,220"],
        ["自社ローン", "4", "3", "1", "75.0%", "2,960"],
        ["合計", "42", "35", "7", "83.3%", "58,050"],
    ])
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.loan_aggregate_report",
        why="ローン申込の件数・承認率・取扱高の月次集計だけで、個々の申込者の情報は含まれないため。",
        **{"from": NAKANISHI},
        to=[addr("みなとクレジット 加盟店営業 北村", "kitamura@minato-credit.example.co.jp")],
        subject="7月度 ローン取扱実績のご報告",
        text=t("""
            みなとクレジット株式会社
            加盟店営業部　北村 様

            いつもお世話になっております。オートギャラリー北斗の中西です。
            7月度のローン取扱実績をご報告いたします。

        """) + "\n\n" + rep + "\n" + t("""
            否決7件のうち4件は、勤続年数1年未満の方でした。
            8月の決算フェアに向けて、低金利キャンペーン（実質年率2.9%）の枠を
            前年同様 40件確保いただけますと幸いです。

        """) + "\n\n" + SIG_NAKANISHI,
    ))

    # P9 reply chain with the auction house
    q = t("""
        岩崎様

        ベイオート横浜の水野です。いつもありがとうございます。
        9月の「北斗様 専用コーナー」の件、打合せをお願いできますでしょうか。
        候補：8/20(水) 15時、8/21(木) 11時
        弊社からは私と、営業課長の江藤が伺います。

        ────────────
        株式会社ベイオート横浜
        出品事務　水野 沙希
        〒236-0000 横浜市金沢区幸浦2-0-15
        TEL 045-0000-7720 ／ FAX 045-0000-7721
        ────────────
    """)
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.auction_meeting_reply_chain",
        why="取引先との打合せ日程の返信で、登場するのは取引先担当者の氏名と署名だけのため。",
        **{"from": IWASAKI},
        to=[addr("水野 沙希", "mizuno@bayauto-yokohama.example.co.jp")],
        cc=[addr("江藤 課長（ベイオート横浜）", "eto@bayauto-yokohama.example.co.jp")],
        subject="Re: 9月 専用コーナーの打合せ",
        text=t("""
            水野さん

            岩崎です、ありがとうございます！
            8/21(木) 11時でお願いします。店に来てもらえるなら、ついでに在庫も見てってください笑
            こっちは自分と、店長の宇田川が出ます。

            江藤課長もよろしくお願いします！

        """) + "\n\n" + SIG_IWASAKI + "\n\n" + reply_jp(
            "2025/08/12 17:03", "水野 沙希", "mizuno@bayauto-yokohama.example.co.jp", q),
    ))

    # P10 antique-dealer licence and corporate number for vendor registration
    hojin = corp_number("020001088452")
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.kobutsu_license_registration",
        why="古物商許可番号と法人番号は会社の公的な番号で、個人を識別する番号ではないため。",
        **{"from": MARUYAMA},
        to=[addr("東日本オートオークション 会員登録係", "kaiin@higashinihon-aa.example.co.jp")],
        subject="新規会員登録 申請内容の送付",
        text=t("""
            東日本オートオークション
            会員登録係 御中

            オートギャラリー北斗の丸山です。
            新規会員登録の申請内容をお送りします。書類の原本は郵送済みです。

            　商号　　　　：株式会社オートギャラリー北斗
            　法人番号　　：""") + hojin + "\n" + t("""
            　古物商許可　：神奈川県公安委員会 第451230012345号（自動車商）
            　代表者　　　：代表取締役 北山 光一
            　所在地　　　：横浜市港北区菊名六丁目0番21号
            　担当者　　　：業務課 丸山 伸也（045-0000-9812）

            よろしくお願いします。

        """) + "\n\n" + SIG_MARUYAMA,
    ))

    return out
