"""Org B: 株式会社あおばファーマシー (dispensing pharmacy chain, あおば調剤薬局)."""
from common import (T, J, addr, quote, gmail_attr, outlook_header, text_table, box_table,
                    csv_text, att, enc_zip, P, mail, jd, sd, corporate_number, jan13)

ORG = "B"
DOM = "aoba-ph.example.co.jp"

TAKAMINE = addr("高峰 俊介", f"takamine.shunsuke@{DOM}")
OKANO = addr("岡野 美咲（あおば調剤薬局みなと店）", f"minato-ten@{DOM}")
SAIJO = addr("Ken Saijo 西條 健", f"k.saijo@{DOM}")

SIG_TAKAMINE = T(f"""
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社あおばファーマシー
本部 薬事・品質管理部　部長
薬剤師　高峰 俊介（Takamine Shunsuke）
〒231-0000 神奈川県横浜市中区尾上町3-27 あおばビル5F
TEL：045-0000-6610　FAX：045-0000-6619
Mail：takamine.shunsuke@{DOM}
URL：https://www.{DOM}/
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
本メールの内容に心当たりのない場合は、お手数ですが削除のうえご一報ください。
""")

SIG_OKANO = T("""
あおば調剤薬局 みなと店
管理薬剤師 岡野
TEL 045-0000-7182 / FAX 045-0000-7183
""")

SIG_SAIJO = T(f"""
--
Ken Saijo（西條 健）
DX推進室 / Aoba Pharmacy Co., Ltd.
Mobile: 080-0000-5521 | k.saijo@{DOM}
""")


def mails():
    out = []

    # ------------------------------------------------------------ holds
    # H1 body: dementia + diabetes of a named patient to a care manager
    out.append(mail(
        ORG, "B2", "body", "hold", "sensitive.patient_condition_to_care_manager",
        "A named elderly patient's dementia, diabetes, address and birth date are reported to an outside care manager.",
        OKANO, [addr("吉岡 さとみ", "yoshioka@minato-kyotaku.example.or.jp")],
        "田辺様 訪問服薬指導の報告",
        J(T("""
        みなと居宅介護支援センター
        ケアマネ 吉岡さま

        あおば調剤薬局みなと店の岡野です。お世話になってます。
        昨日の訪問の件、報告です。

        利用者: 田辺 キヨ 様 (昭和14年5月2日生)
        住所: 横浜市中区山元町2-41-6
        ・アルツハイマー型認知症の進行で、服薬カレンダー1週間分がほぼ手つかず
        ・糖尿病の薬(メトグルコ、ジャヌビア)の残薬が約20日分
        ・ご本人は「飲んでる」とのことですが、娘さんの話では朝しか飲めていない

        主治医の山崎内科さんには一包化と朝1回へのまとめを提案済みです。
        訪問介護さんの服薬確認、朝の時間帯に寄せられないでしょうか。
        次回の担当者会議で相談させてください。
        """), "", SIG_OKANO),
        personal=[P("name", "田辺 キヨ"), P("birth_date", "昭和14年5月2日"),
                  P("address", "横浜市中区山元町2-41-6"),
                  P("diagnosis", "アルツハイマー型認知症"), P("diagnosis", "糖尿病")]))

    # H2 body: insurance card numbers pasted from a log into a vendor ticket
    out.append(mail(
        ORG, "B3", "body", "hold", "id.insurance_number_in_vendor_ticket",
        "An error log pasted into a support ticket carries a patient's name, birth date and health-insurance numbers.",
        SAIJO, [addr("山内 亮（メディレセ サポート）", "support@medirece.example.com")],
        "[Ticket #48213] レセプト送信エラー E-2207（みなと店）",
        J(T("""
        Hi 山内さん,

        DX推進室の西條です。Follow-up on ticket #48213.
        Error log from みなと店 below — レセ送信 fails only for this one patient record.

        2025-07-03 09:14:22 [ERROR] RECE_SEND E-2207 invalid insurer check
          patient_id=MN-0042117 name=松井 浩二 kana=マツイ コウジ dob=1968-11-23
          insurer_no=06137418 card_symbol=横浜北 card_no=3304152 branch=01
          rx_date=2025-06-30 clinic=港南台クリニック
        2025-07-03 09:14:22 [WARN] retry 3/3 failed

        The 保険者番号 looks correct to us, so maybe your insurer master is outdated?
        月初の請求に間に合わせたいので、please check ASAP.

        Thanks,
        Ken
        """), "", SIG_SAIJO),
        personal=[P("name", "松井 浩二"), P("birth_date", "1968-11-23"),
                  P("insurance_number", "insurer_no=06137418"),
                  P("insurance_number", "card_no=3304152")]))

    # H3 body: dispensing-error report with patient's epilepsy to liability insurer
    out.append(mail(
        ORG, "B1", "body", "hold", "sensitive.dispensing_error_report_to_insurer",
        "A dispensing-error report to the liability insurer names the patient and his epilepsy.",
        TAKAMINE, [addr("日東損害保険 企業賠償部 三宅様", "miyake.k@nitto-sonpo.example.co.jp")],
        "調剤過誤事案のご報告（薬局賠償責任保険）",
        J(T("""
        日東損害保険株式会社
        企業賠償部　三宅 様

        拝啓　平素は格別のお引き立てを賜り、厚く御礼申し上げます。
        先日お電話にてご一報いたしました調剤過誤事案につきまして、
        現時点で判明している事実関係を下記のとおりご報告申し上げます。

        記

        1. 発生店舗　あおば調剤薬局 上大岡店
        2. 患者様　　橋本 翔太 様（34歳・男性）
        3. 既往　　　てんかん（近隣の脳神経内科にて長期加療中）
        4. 事案概要　2025年8月19日、ラミクタール錠25mgを調剤すべきところ、
        　　　　　　 名称類似のラミシール錠125mgを誤って交付。
        　　　　　　 服用開始3日後に強直間代発作を起こし、救急搬送・1泊入院。
        5. 現在の状況　8月25日に退院。主治医より処方を再開済み。
        　　　　　　 ご家族より入院費・休業損害についてご相談あり。
        6. 当社対応　店舗責任者と私とでご自宅に伺い謝罪。再発防止策を策定中。

        【経過】
        　8月19日（火）17:40　処方箋受付（脳神経内科クリニック発行、28日分）
        　　　　　　　 17:52　調剤（薬剤師A）、監査（薬剤師B）にて照合漏れ
        　　　　　　　 18:05　交付・服薬指導（薬剤名の読み上げなし）
        　8月22日（金）07:10　ご自宅で発作、救急搬送
        　　　　　　　 11:30　搬送先病院の薬剤部より当店に照会、誤交付が判明
        　　　　　　　 14:00　当店より正しい薬剤をお届けし、残薬を回収
        　8月23日（土）　　　 店舗責任者と私とでご自宅に伺い、ご本人・ご家族に謝罪
        　8月25日（月）　　　 退院

        【原因（暫定）】
        　・名称類似薬の棚が隣接していた
        　・監査システムのバーコード照合を、繁忙時に省略していた
        　・交付時に薬剤名の読み上げ確認を行っていなかった

        以上

        保険金請求に必要な書類をご教示いただけますと幸いです。
        何卒よろしくお願い申し上げます。

        敬具
        """), "", SIG_TAKAMINE),
        personal=[P("name", "橋本 翔太"), P("diagnosis", "てんかん"),
                  P("incident", "強直間代発作を起こし、救急搬送・1泊入院")]))

    # H4 attachment: home-delivery patient list to a courier vendor
    rows = [
        ["D-0811", "田辺 キヨ", "横浜市中区山元町2-41-6", "045-0000-3381", "一包化 14日分", "午前"],
        ["D-0812", "小池 武雄", "横浜市南区宮元町3-55-2", "045-0000-9017", "インスリン（冷所）", "午後"],
        ["D-0813", "村上 ハル", "横浜市中区本牧町1-140-8", "090-0000-6624", "貼付剤・軟膏", "午前"],
        ["D-0814", "大塚 正", "横浜市磯子区岡村5-12-30", "045-0000-2458", "在宅酸素 関連なし／内服のみ", "指定なし"],
        ["D-0815", "井上 トシ子", "横浜市南区大岡2-7-19 大岡ハイツ3F", "080-0000-1147", "麻薬（手渡し必須）", "午後"],
    ]
    out.append(mail(
        ORG, "B3", "attachment", "hold", "list.home_delivery_patient_csv",
        "A delivery list of patients with addresses, phones and medicine types is attached for a courier vendor.",
        SAIJO, [addr("ハマライン便 配車センター", "haisha@hamaline.example.co.jp")],
        "来週分 お届けリスト（9/8〜）",
        J(T("""
        ハマライン便 配車センター ご担当者様

        いつもお世話になっております。あおばファーマシーの西條です。
        来週（9/8週）分の在宅患者様向けお届けリストを添付します。

        Notes:
        - 冷所品はクーラーボックスでお願いします（前回と同じ）
        - 手渡し必須の行は不在時に持ち戻りでOK、ポスト投函はNG
        - 時間帯の変更は店舗に直接TELください

        Best,
        """), "", SIG_SAIJO),
        attachments=[att("delivery_list_0908.csv",
                         csv_text(["配送ID", "患者名", "住所", "電話", "品目", "時間帯"], rows))],
        personal=[P("name", "小池 武雄"), P("address", "横浜市南区宮元町3-55-2"),
                  P("phone", "045-0000-9017"), P("name", "井上 トシ子"),
                  P("address", "横浜市南区大岡2-7-19 大岡ハイツ3F")]))

    # H5 attachment: PPAP zip with new-hire paperwork to the labour consultant
    out.append(mail(
        ORG, "B1", "attachment", "hold", "id.ppap_new_hire_paperwork",
        "New-hire paperwork goes out as a password-protected zip with the password to follow (PPAP).",
        TAKAMINE, [addr("社会保険労務士法人みなとみらい 小川様", "ogawa@sr-minatomirai.example.jp")],
        "4月入社 薬剤師3名の資格取得届書類について",
        J(T("""
        社会保険労務士法人みなとみらい
        小川 様

        いつも大変お世話になっております。
        株式会社あおばファーマシーの高峰でございます。

        4月1日入社の薬剤師3名分につきまして、社会保険・雇用保険の資格取得手続きに
        必要な書類一式（扶養届、個人番号の写しを含みます）をお送りいたします。
        添付ファイルはパスワード付きzipとしております。
        パスワードは追って別メールにてお知らせいたします。

        お手数をおかけいたしますが、よろしくお願い申し上げます。
        """), "", SIG_TAKAMINE),
        attachments=[enc_zip("新入社員_資格取得届一式_20250401.zip")],
        personal=[P("encrypted_zip", "新入社員_資格取得届一式_20250401.zip")]))

    # H6 quoted: colleague's note naming an HIV patient, quoted under a reply to the wholesaler
    q = T("""
    岡野さん

    上大岡店の前田です。
    ビクタルビ配合錠、来週火曜に来局予定の 堀 正樹 様（HIV、市民病院 感染症内科）の分が
    30錠足りません。みなと店に在庫ありますか？無ければ卸さんに至急で頼みたいです。

    前田
    """)
    out.append(mail(
        ORG, "B2", "quoted", "hold", "sensitive.quoted_hiv_patient_to_wholesaler",
        "A colleague's note naming an HIV patient stays quoted under a stock request sent to the wholesaler's rep.",
        OKANO, [addr("石川 大地（東和メディカル）", "d-ishikawa@towa-medical.example.co.jp")],
        "Fw: ビクタルビ 在庫の件",
        J(T("""
        石川さん

        みなと店の岡野です。下記の件、上大岡店向けに
        ビクタルビ配合錠 30錠×1箱、月曜午前着でなんとかなりませんか?
        難しければ代替の入荷日だけでも教えてください。
        """), "", SIG_OKANO, "",
          gmail_attr("2025年9月4日(木)", "18:22", "前田 康平", f"kamiooka-ten@{DOM}"),
          quote(q)),
        personal=[P("name", "堀 正樹"), P("diagnosis", "HIV")]))

    # H7 quoted: customer inquiry with full contact quoted under a reply to the app vendor
    q = T("""
    【お問い合わせフォーム】
    受付番号：CF-20250822-0193
    お名前：西田 恵美（ニシダ エミ）
    電話番号：080-0000-2976
    メール：emi.nishida.1985@yahoo.co.jp
    ご住所：横浜市磯子区洋光台4-18-9
    ご利用店舗：洋光台店
    内容：アプリで処方箋を送ったのに「受付できませんでした」と表示され、
    　　　店頭で結局2時間近く待たされました。子どもが熱を出していたのに本当に困りました。
    　　　アプリの意味がないと思います。改善してください。
    """)
    out.append(mail(
        ORG, "B3", "quoted", "hold", "personal.quoted_customer_inquiry_to_app_vendor",
        "A customer's complaint with her full contact details is quoted under a bug report to the app vendor.",
        SAIJO, [addr("Pocket Rx 開発チーム 高野様", "takano@pocketrx.example.com")],
        "Re: FW: 【お問い合わせ】CF-20250822-0193",
        J(T("""
        高野さん

        西條です。例の「受付できませんでした」の件、また1件来ました（下記）。
        8/22 10:40頃、洋光台店宛の送信。Server log上は 502 → retry なしで終わってます。
        Could you check the API gateway timeout setting? 今週中に原因だけでも知りたいです。

        Thanks,
        """), "", SIG_SAIJO, "",
          gmail_attr("2025年8月22日(金)", "14:05", "お客様相談室", f"soudan@{DOM}"),
          quote(q)),
        personal=[P("name", "西田 恵美"), P("phone", "080-0000-2976"),
                  P("email", "emi.nishida.1985@yahoo.co.jp"), P("address", "横浜市磯子区洋光台4-18-9")]))

    # H8 subject: patient name + schizophrenia in subject to home-nursing station
    out.append(mail(
        ORG, "B2", "subject", "hold", "sensitive.subject_patient_diagnosis_to_nursing",
        "The subject line carries a patient's name and schizophrenia to an outside home-nursing station.",
        OKANO, [addr("訪問看護ステーションさくら 中村", "nakamura@sakura-houkan.example.jp")],
        "Re: 佐々木 光子様 統合失調症 処方変更（エビリファイ増量）の件",
        J(T("""
        中村さま
        承知しました。明日の午後、ご自宅にお届けします。古い方の残りは回収して店で処分しますね。
        岡野(みなと店)
        """)),
        personal=[P("name", "佐々木 光子"), P("diagnosis", "統合失調症")]))

    # H9 zip: birthday DM list (names, birth dates, addresses) in a plain zip
    rows = [
        ["AM-105528", "片桐 由美子", "1962/09/03", "232-0000", "横浜市南区中里1-9-4"],
        ["AM-108812", "野村 健一", "1975/09/11", "235-0000", "横浜市磯子区杉田3-2-25"],
        ["AM-110043", "森田 芳江", "1948/09/17", "231-0000", "横浜市中区新山下2-6-1-803"],
        ["AM-112790", "荒木 隆", "1981/09/22", "233-0000", "横浜市港南区丸山台4-30-7"],
        ["AM-113356", "須藤 奈々", "1990/09/29", "234-0000", "横浜市港南区日野南6-1-15"],
    ]
    readme = T("""
    お誕生日DM 9月分
    ・ハガキ表面：郵便番号、住所、会員氏名 様
    ・裏面：9月誕生日クーポン（健康食品・日用品10%OFF）
    ・全店合計 1,206件、本ファイルは校正用の先頭5件
    """)
    out.append(mail(
        ORG, "B3", "zip", "hold", "list.birthday_dm_plain_zip",
        "A plain zip of member names, birth dates and home addresses goes to a DM printer.",
        SAIJO, [addr("湘南ダイレクト 制作部 戸田様", "toda@shonan-direct.example.co.jp")],
        "9月 お誕生日DM 校正データ",
        J(T("""
        戸田さん

        西條です。9月分のお誕生日DMの校正用データ、zipで送ります。
        Layoutは8月と同じでOKです。問題なければ本番データを金曜に。
        """), "", SIG_SAIJO),
        attachments=[att("birthday_dm_202509.zip/dm_list_202509.csv",
                         csv_text(["会員番号", "氏名", "生年月日", "郵便番号", "住所"], rows)),
                     att("birthday_dm_202509.zip/readme.txt", readme)],
        personal=[P("name", "片桐 由美子"), P("birth_date", "1962/09/03"),
                  P("address", "横浜市南区中里1-9-4"), P("name", "森田 芳江"),
                  P("birth_date", "1948/09/17")]))

    # H10 recipients: 13 external pharmacy managers in To
    rcpts = [
        ("みどり薬局 本郷店 管理薬剤師", "hongo@midori-yakkyoku.example.co.jp"),
        ("ひまわり調剤 野毛店", "noge@himawari-chozai.example.co.jp"),
        ("港北ファーマシー 井口様", "iguchi@kohoku-pharmacy.example.jp"),
        ("さくら通り薬局", "info@sakuradori-yakkyoku.example.com"),
        ("ブルーオーシャン調剤 本牧店", "honmoku@blueocean-rx.example.co.jp"),
        ("ほしの薬局 星野様", "hoshino@hoshino-ph.example.jp"),
        ("いずみ薬局 根岸店", "negishi@izumi-yakkyoku.example.co.jp"),
        ("山手ケミスト 管理薬剤師", "kanri@yamate-chemist.example.co.jp"),
        ("フジ調剤 元町店", "motomachi@fuji-chozai.example.co.jp"),
        ("あさひ薬局 磯子店 川村様", "kawamura@asahi-ph.example.co.jp"),
        ("こもれび薬局", "komorebi.yakkyoku@gmail.com"),
        ("ファルマ南 上永谷店", "kaminagaya@pharma-minami.example.jp"),
        ("中区薬剤師会 事務局", "office@naka-yakuzaishikai.example.or.jp"),
    ]
    out.append(mail(
        ORG, "B1", "recipients", "hold", "recipients.local_pharmacies_in_to",
        "Thirteen pharmacies of different companies are addressed openly in To instead of BCC.",
        TAKAMINE, [addr(n, e) for n, e in rcpts],
        "【ご案内】地域薬局連携会議（第3回）開催について",
        J(T(f"""
        地域の薬局の皆様

        平素より大変お世話になっております。
        株式会社あおばファーマシーの高峰でございます。

        中区・南区エリアの薬局間連携会議（第3回）を、下記のとおり開催いたします。
        ご多忙のところ恐縮ですが、ご参加をご検討くださいますようお願い申し上げます。

        　日時：{jd(10, 16)} 19:00〜20:30
        　会場：あおばビル 5F 会議室（オンライン併用）
        　議題：夜間・休日の在庫融通ルール、地域フォーミュラリの進め方

        ご出欠は10月9日までに本メールへのご返信にてお知らせください。
        """), "", SIG_TAKAMINE),
        personal=[P("email", e) for _, e in rcpts]))

    # ------------------------------------------------------------ passes
    # P1 aggregate influenza prescription counts to the health centre
    out.append(mail(
        ORG, "B1", "none", "pass", "benign.aggregate_flu_prescriptions",
        "Weekly influenza prescription counts by age band; no patient can be identified.",
        TAKAMINE, [addr("横浜市中区福祉保健センター 感染症担当", "kansensho@city-yokohama-naka.example.lg.jp")],
        "抗インフルエンザ薬 処方箋応需状況（第2週）のご報告",
        J(T("""
        中区福祉保健センター 感染症担当 御中

        いつもお世話になっております。あおばファーマシーの高峰でございます。
        ご依頼のありました抗インフルエンザ薬の処方箋応需状況（区内5店舗合計）をご報告いたします。
        """), "",
          text_table(["週", "0-9歳", "10-19歳", "20-64歳", "65歳以上", "合計"], [
              ["1/6-1/12", "38", "51", "64", "12", "165"],
              ["1/13-1/19", "44", "72", "81", "19", "216"],
          ]), "",
          T("""
          ・タミフル 58%、ゾフルーザ 27%、イナビル 15%（処方箋枚数ベース）
          ・ドライシロップ在庫は各店とも2週間分を確保しております

          店舗別・医療機関別の内訳が必要でしたらお申し付けください。
          """), "", SIG_TAKAMINE)))

    # P2 IT outage with log hashes and serials
    out.append(mail(
        ORG, "B3", "none", "pass", "benign.ehr_outage_log_hashes",
        "An electronic drug-history outage report with device serials and log hashes only.",
        SAIJO, [addr("メディレセ サポート", "support@medirece.example.com")],
        cc=[addr("山内 亮", "yamauchi@medirece.example.com")],
        subject="[障害報告] 電子薬歴 同期停止 7/15 08:50-10:20",
        text=J(T("""
        メディレセ サポート御中 (cc 山内さん)

        西條です。今朝の電子薬歴の同期停止について、こちらで取れた情報を共有します。
        """), "",
          text_table(["Store", "Device", "Serial", "Status"], [
              ["みなと店", "Gateway GW-300", "GW3-24A-118406", "復旧 10:20"],
              ["上大岡店", "Gateway GW-300", "GW3-24A-118452", "復旧 10:18"],
              ["洋光台店", "Gateway GW-300", "GW3-23C-097731", "復旧 10:20"],
          ]), "",
          T("""
          Log bundle: sync_0715.tar.gz
          SHA-256: 9f2c41d07be35a6e8c90d1f4a57b2e6390cc0e7d15a48b3f62e9d7a0c4b18e55
          First error: 08:50:13 "TLS handshake timeout (upstream)"

          ウイルス感染は否定済み（EDRで隔離イベントなし）。
          Root causeと再発防止策、金曜までにお願いできますか。

          Thanks,
          """), "", SIG_SAIJO)))

    # P3 order to wholesaler with JAN codes and katakana product names
    out.append(mail(
        ORG, "B2", "none", "pass", "benign.order_jan_codes_katakana_products",
        "A wholesale order listing JAN codes and katakana product names that happen to look like given names.",
        OKANO, [addr("石川 大地（東和メディカル）", "d-ishikawa@towa-medical.example.co.jp")],
        "OTC・健康食品 追加発注 (発注No. PO-MN-250912)",
        J(T("""
        石川さん
        みなと店 岡野です。店頭分の追加発注です。
        """), "",
          box_table(["JAN", "品名", "数量"], [
              [jan13("490123400512"), "ハルカ 葉酸サプリ 60粒", "6"],
              [jan13("490123400631"), "ミナミ 保湿ハンドクリーム 50g", "12"],
              [jan13("456000231870"), "ケンタ ゼリー飲料 マスカット", "24"],
              [jan13("456000231887"), "ユウナ 乳酸菌タブレット", "6"],
          ]), "",
          T("""
          納品は来週水曜の定期便でOKです。
          ユウナは前回入り数が違ってたので(10→12)、念のため確認お願いします.
          """), "", SIG_OKANO)))

    # P4 successor introduction to the wholesaler, formal
    out.append(mail(
        ORG, "B1", "none", "pass", "benign.successor_introduction_wholesaler",
        "A formal personnel-change notice naming the wholesaler's and the company's staff.",
        TAKAMINE, [addr("東和メディカル 横浜支店長 鈴木様", "suzuki.t@towa-medical.example.co.jp")],
        cc=[addr("石川 大地", "d-ishikawa@towa-medical.example.co.jp")],
        subject="購買担当者変更のご挨拶",
        text=J(T("""
        株式会社東和メディカル
        横浜支店長　鈴木 敏明 様

        拝啓　時下ますますご清栄のこととお慶び申し上げます。
        平素は格別のお引き立てを賜り、厚く御礼申し上げます。

        さて、弊社では10月1日付で組織変更を行い、これまで医薬品購買を担当しておりました
        管理部 購買課長 今村 聡 が、本部 在宅医療推進室長に就任いたしました。
        後任の購買課長には 福田 香織 が着任いたします。

        今村在任中のご厚誼に心より御礼申し上げますとともに、
        福田に対しましても、変わらぬご指導ご鞭撻を賜りますようお願い申し上げます。
        また、貴社MRの石川様には日頃より店舗の急な依頼にもご対応いただき、
        この場を借りて御礼申し上げます。

        敬具
        """), "", SIG_TAKAMINE)))

    # P5 dev minutes with a Luhn-valid TEST card number
    out.append(mail(
        ORG, "B3", "none", "pass", "benign.dev_minutes_test_card",
        "Development minutes quoting the payment sandbox's standard test card number.",
        SAIJO, [addr("高野 樹", "takano@pocketrx.example.com"),
                addr("Pocket Rx PM 吉川", "yoshikawa@pocketrx.example.com")],
        "[MTG Minutes] アプリ決済機能 定例 #7（9/10）",
        J(T("""
        Pocket Rx 高野さん、吉川さん

        西條です。昨日の定例の議事メモです。修正あればreply allで。

        ■ Attendees
        Pocket Rx: 吉川(PM)、高野(Dev)
        Aoba: 西條、薬事 高峰(後半のみ)

        ■ 決定事項
        1. 決済代行は sandbox → staging 移行を 9/24 に実施
        2. 3Dセキュア 2.0 必須化。challenge flow は staging で再テスト
        3. テストカードは決済代行の sandbox 標準番号を使用
           - 4111 1111 1111 1111 (VISA, 有効期限 12/30, CVC 123) → 承認
           - 4000 0000 0000 0002 → 与信NG のケース確認用
        4. 本番カード情報は当社側に一切保持しない（トークンのみ）

        ■ Discussion memo
        - 高峰: 薬局の窓口負担金をアプリで前払いする場合、調剤後に金額が変わるケース
          (後発品への変更、残薬調整)の扱いを整理したい → 与信は概算+上限で取り、
          確定後に売上確定する方式(auth & capture)で合意
        - 吉川: capture までの期限は決済代行側の仕様で最大30日。処方箋の有効期限(4日)内で
          収まるので問題なし
        - 高野: 返金は部分返金APIを使う。staging で 1円単位の差額返金をテスト済み
        - 西條: 店舗POSとの二重計上を防ぐため、アプリ決済分はPOS上「外部決済」区分で登録
        - 領収書の但し書きは「調剤費として」で統一(医療費控除の証明に使えるように)

        ■ Test results (sandbox, 9/3〜9/9)
        """), "",
          text_table(["Case", "Card", "Expected", "Result"], [
              ["T-01 通常決済", "4111 test", "承認", "OK"],
              ["T-02 与信NG", "4000…0002 test", "NG表示", "OK"],
              ["T-03 3DS challenge", "4111 test", "認証画面", "NG → 修正済"],
              ["T-04 部分返金", "4111 test", "差額返金", "OK"],
              ["T-05 タイムアウト", "4111 test", "再試行案内", "OK"],
          ]), "",
          T("""
        ■ Open issues
        """), "",
          text_table(["#", "Item", "Owner", "Due"], [
              ["1", "領収書PDFの薬局名表記ゆれ", "高野", "9/17"],
              ["2", "返金APIのタイムアウト値", "吉川", "9/17"],
              ["3", "店舗スタッフ向けマニュアル", "西條", "9/24"],
          ]), "",
          T("""
          Next: 9/17(水) 16:00 Teams
          """), "", SIG_SAIJO, "",
          gmail_attr("2025年9月9日(火)", "19:26", "吉川 亜紀", "yoshikawa@pocketrx.example.com"),
          quote(T("""
          西條さん

          Pocket Rx 吉川です。明日の定例のアジェンダです。
          1. sandbox テスト結果の共有（T-01〜T-05）
          2. staging 移行日の確定
          3. 3Dセキュア challenge flow の不具合（T-03）の修正方針
          4. 返金APIのタイムアウト値
          5. 店舗スタッフ向けマニュアルの分担

          T-03 は iOS の WebView で認証画面が閉じない事象です。
          修正版を明日午前に staging に上げます。

          --
          吉川 亜紀 / Product Manager
          Pocket Rx Inc.
          """)))))

    # P6 reply to the patient herself about her own prescription
    out.append(mail(
        ORG, "B2", "none", "pass", "benign.reply_to_patient_self",
        "A pharmacist replies to the patient herself about her own medicine.",
        OKANO, [addr("山本 理沙", "risa.yamamoto.0721@gmail.com")],
        "Re: 処方箋送信の件（みなと店）",
        J(T("""
        山本 理沙 様

        あおば調剤薬局みなと店の岡野です。
        お送りいただいた処方箋（アムロジピン5mg 30日分、ロスバスタチン2.5mg 30日分）、
        お薬の準備ができました。本日19時まで店頭でお渡しできます。

        前回お話ししたグレープフルーツの件、アムロジピンとは一緒に摂らないようにしてくださいね。
        お越しの際は、処方箋の原本とお薬手帳をお持ちください。
        """), "", SIG_OKANO, "",
          gmail_attr("2025年9月12日(金)", "8:31", "山本 理沙", "risa.yamamoto.0721@gmail.com"),
          quote(T("""
          いつもお世話になっております。
          アプリから処方箋を送りました。夕方取りに行きます。
          山本
          """)))))

    # P7 supplier registration: corporate number, licence, corporate bank account
    cn = corporate_number("020001045821")
    out.append(mail(
        ORG, "B1", "none", "pass", "benign.supplier_registration_corporate",
        "Company registration data for a new wholesaler: 法人番号, pharmacy licence numbers and a corporate account.",
        TAKAMINE, [addr("ミツバ薬品 与信管理課", "yoshin@mitsuba-yakuhin.example.co.jp")],
        "新規お取引に伴う取引先登録情報のご送付",
        J(T(f"""
        ミツバ薬品株式会社
        与信管理課 御中

        拝啓　貴社ますますご清栄のこととお慶び申し上げます。
        このたびは新規お取引のご承諾を賜り、誠にありがとうございます。
        ご依頼の取引先登録情報を下記のとおりお知らせいたします。

        記

        　商号　　　　　：株式会社あおばファーマシー
        　法人番号　　　：{cn}
        　適格請求書発行事業者登録番号：T{cn}
        　代表者　　　　：代表取締役　青葉 正人
        　本店所在地　　：横浜市中区尾上町3-27 あおばビル5F
        　薬局開設許可　：みなと店　神奈川県指令 中福第 21-0347 号
        　　　　　　　　　上大岡店　神奈川県指令 港南福第 19-0112 号
        　お支払い口座　：はまかぜ銀行 関内支店 当座 0281934
        　　　　　　　　　カ）アオバファーマシー
        　締め・支払　　：月末締め 翌月末払い

        以上

        その他必要な書類がございましたらお申し付けください。

        敬具
        """), "", SIG_TAKAMINE)))

    # P8 健康経営 aggregates to the health-insurance society
    out.append(mail(
        ORG, "B3", "none", "pass", "benign.health_management_aggregates",
        "Company-wide health-check aggregates for a 健康経営 application; no individuals.",
        SAIJO, [addr("かながわ薬業健康保険組合 保健事業課", "hoken@kanagawa-yakugyo-kenpo.example.or.jp")],
        "健康経営優良法人 申請用データ（2024年度実績）",
        J(T("""
        保健事業課 ご担当者様

        あおばファーマシー DX推進室の西條です。
        健康経営優良法人の申請に使う2024年度の集計値、以下の通りです（全社・正社員 412名）。
        """), "",
          text_table(["指標", "2023年度", "2024年度"], [
              ["定期健診受診率", "97.8%", "99.3%"],
              ["特定保健指導 実施率", "41.2%", "58.6%"],
              ["喫煙率", "14.1%", "11.7%"],
              ["ストレスチェック受検率", "88.5%", "93.0%"],
              ["高ストレス者割合", "12.4%", "10.9%"],
          ]), "",
          T("""
          ※ 個人別データは健保さん側のシステムにあるものから出しています。こちらでは集計値のみ保持。
          FYI: 申請締切が10/10なので、来週中にfinal versionを送ります。
          """), "", SIG_SAIJO)))

    # P9 vaccination schedule for a corporate client, no names
    out.append(mail(
        ORG, "B2", "none", "pass", "benign.vaccination_schedule_corporate",
        "A workplace flu-vaccination timetable with group counts and no names.",
        OKANO, [addr("港湾ロジスティクス 総務課 大木様", "ohki@kowan-logi.example.co.jp")],
        "インフルエンザ予防接種（職域）日程のご案内",
        J(T(f"""
        港湾ロジスティクス株式会社
        総務課 大木様

        みなと店の岡野です。今年の職域接種、提携の山崎内科さんと日程を固めました。

        {sd(10, 21)} 12:00-14:00 本社3F会議室 (定員60名)
        {sd(10, 28)} 17:30-19:30 本社3F会議室 (定員60名)
        {sd(11, 4)} 12:00-14:00 大黒町倉庫 休憩室 (定員40名)

        ・当日は問診票を記入のうえお越しください(様式は前年と同じ)
        ・卵アレルギー等で心配な方は、事前に山崎内科さんへ直接ご相談を
        ・申込人数は部署ごとの合計だけお知らせいただければ大丈夫です
        """), "", SIG_OKANO)))

    # P10 condolence to a partner clinic
    out.append(mail(
        ORG, "B1", "none", "pass", "benign.condolence_partner_clinic",
        "A condolence message on the death of a partner clinic's director, naming the family member who now runs it.",
        TAKAMINE, [addr("医療法人社団 山崎内科 事務長 山崎様", "jimu@yamazaki-naika.example.jp")],
        "ご逝去の報に接して",
        J(T("""
        医療法人社団 山崎内科
        事務長　山崎 由紀子 様

        山崎 洋一 院長先生ご逝去の報に接し、謹んでお悔やみ申し上げます。
        開業以来三十年にわたり地域医療に尽くされ、弊社みなと店の開局時にも
        多大なるお力添えを賜りましたこと、社員一同忘れることはございません。

        ご家族の皆様、職員の皆様のご心痛はいかばかりかとお察し申し上げます。
        本来であれば拝眉の上お悔やみ申し上げるべきところ、略儀ながら書中にて失礼いたします。
        心よりご冥福をお祈り申し上げます。

        合掌
        """), "", SIG_TAKAMINE)))

    return out
