"""Org B: 税理士法人 白石パートナーズ (a tax accountant's office)."""
from common import (M, addr, t, mynumber, corp_number, yamato, yamato_also_mn,
                    reply_jp, outlook_orig, fwd_gmail, csv_text, sheet_text, quote)

ORG = "shiraishi_tax"
DOM = "shiraishi-tax.example.jp"

SHIRAISHI = addr("白石 隆之", f"shiraishi@{DOM}")
MURAKAMI = addr("村上 彩香 / Ayaka Murakami", f"murakami@{DOM}")
TSUCHIYA = addr("土屋 恵", f"tsuchiya@{DOM}")

SIG_SHIRAISHI = t("""
    税理士法人 白石パートナーズ
    代表社員 税理士　白石 隆之
    東京都新宿区西新宿七丁目０番３号 白石ビル５Ｆ
    ＴＥＬ ０３－００００－４５０１　ＦＡＸ ０３－００００－４５０２
""")

SIG_MURAKAMI = t("""
    --------------------------------------------------
    税理士法人 白石パートナーズ
    監査第二部　村上 彩香（Ayaka Murakami）
    TEL：03-0000-4501（代表）／03-0000-4513（直通）
    Mail：murakami@shiraishi-tax.example.jp
    https://www.shiraishi-tax.example.jp/
    --------------------------------------------------
""")

SIG_TSUCHIYA = t("""
    白石パートナーズ 記帳チーム 土屋
    03-0000-4501
""")

MINATO_KATO = addr("加藤 由美子（ミナト精工 総務部）", "kato-y@minato-seiko.example.co.jp")


def mails():
    out = []
    W1, W2, W3 = "shiraishi", "murakami", "tsuchiya"

    # ------------------------------------------------------------ holds
    # H1 body: heirs' data with individual numbers to a judicial scrivener
    mn_a = mynumber("41928305716", "-")
    mn_b = mynumber("52840137609", " ")
    out.append(M(
        org=ORG, writer=W2, loc="body", expect="hold",
        kind="id.heir_mynumber_to_scrivener",
        why="相続人2名の住所・生年月日とマイナンバーを外部の司法書士事務所へ本文で送っているため。",
        **{"from": MURAKAMI},
        to=[addr("司法書士法人 工藤事務所 工藤 先生", "kudo@kudo-shiho.example.jp")],
        subject="相続登記の件（被相続人 故 大槻 正一 様）相続人情報",
        text=t("""
            司法書士法人 工藤事務所
            工藤 先生

            いつもお世話になっております。白石パートナーズの村上です。
            大槻様の相続登記の件、遺産分割協議書が整いましたので、相続人の皆様の情報をお送りします。

            ① 長男　大槻 雅人（おおつき まさと）
            　　住所：東京都杉並区高円寺南五丁目10番12号
            　　生年月日：昭和43年9月2日
            　　個人番号：""") + mn_a + "\n" + t("""
            ② 長女　西田 佳代子（にしだ かよこ）※旧姓 大槻
            　　住所：神奈川県川崎市中原区小杉町三丁目4番1-1208号
            　　生年月日：昭和46年1月19日
            　　個人番号：""") + mn_b + "\n\n" + t("""
            ・土地（杉並区高円寺南五丁目）：長男が単独取得
            ・建物（同所 家屋番号 10番12）：長男が単独取得
            ・預貯金：長男・長女で1/2ずつ

            ※個人番号は当方の申告書データから転記したものです。登記で不要でしたら破棄してください。
            相続税の申告期限が9月なので、登記完了の見込み時期を教えていただけると助かります。

            よろしくお願いいたします。

        """) + "\n\n" + SIG_MURAKAMI,
        personal=[
            {"type": "name", "value": "大槻 雅人"},
            {"type": "address", "value": "東京都杉並区高円寺南五丁目10番12号"},
            {"type": "my_number", "value": mn_a},
            {"type": "name", "value": "西田 佳代子"},
            {"type": "my_number", "value": mn_b},
            {"type": "birth_date", "value": "昭和46年1月19日"},
        ],
    ))

    # H2 body: an employee's disability and his mother's dementia to the client's labour consultant
    out.append(M(
        org=ORG, writer=W2, loc="body", expect="hold",
        kind="sensitive.employee_disability_deduction",
        why="顧問先従業員の身体障害者手帳の等級と、その母親の要介護度・認知症を外部の社労士事務所へ送っているため。",
        **{"from": MURAKAMI},
        to=[addr("小山 さやか（社会保険労務士法人ハーモニー）", "koyama@harmony-sr.example.jp")],
        cc=[addr("岩田 課長（丸徳水産 経理）", "iwata@marutoku-suisan.example.co.jp")],
        subject="丸徳水産様 年末調整（扶養控除等申告書）の確認事項",
        text=t("""
            社会保険労務士法人ハーモニー
            小山 様

            お世話になっております。白石パートナーズの村上です。
            株式会社丸徳水産様の年末調整につき、扶養控除等申告書の内容で2点確認させてください。

            1. 営業部 田村 浩二 様
               ご本人が身体障害者手帳2級（下肢機能障害）をお持ちとのことで、特別障害者として
               障害者控除（40万円）を適用する予定です。手帳の写しは貴事務所でお預かりでしょうか。

            2. 同じく田村様の同居のお母様（田村 フミ 様、昭和16年生まれ）
               要介護4・認知症で、福祉事務所の障害者控除対象者認定書が出ていると伺いました。
               同居特別障害者（75万円）として扱ってよいか、認定書の写しを拝見できれば確定できます。

            給与計算側で扶養人数の入力を変える必要があるかもしれないので、念のため経理の岩田課長をCCに入れています。
            お手数ですが、11月20日までにご回答いただけますと幸いです。

        """) + "\n\n" + SIG_MURAKAMI,
        personal=[
            {"type": "name", "value": "田村 浩二"},
            {"type": "disability", "value": "身体障害者手帳2級（下肢機能障害）"},
            {"type": "name", "value": "田村 フミ"},
            {"type": "care_level", "value": "要介護4"},
            {"type": "diagnosis", "value": "認知症"},
        ],
    ))

    # H3 body: freelancer's individual number and refund account to a data-entry outsourcer
    mn_k = mynumber("37105928461")
    out.append(M(
        org=ORG, writer=W3, loc="body", expect="hold",
        kind="id.freelancer_refund_account_mynumber",
        why="個人事業主の顧客のマイナンバーと還付金受取口座（個人口座）を外部の入力代行会社へ送っているため。",
        **{"from": TSUCHIYA},
        to=[addr("データパンチ 入力センター 三好", "miyoshi@datapunch.example.co.jp")],
        subject="K-2291 口座情報の追加です（すみません）",
        text=t("""
            データパンチ 入力センター 三好さま

            いつもお世話になってます、白石パートナーズの土屋です。
            昨日お送りした更正の請求の入力分で、1件 口座情報がぬけてました。すみません！
            お客様No. K-2291 の分です。

            氏名　：　桑原 美咲（くわはら みさき）／イラストレーター
            マイナンバー：　""") + mn_k + "\n" + t("""
            還付金受取口座：　ゆうちょ銀行　〇一八店（ゼロイチハチ）　普通　7752038
            口座名義：　クワハラ ミサキ

            入力おわったら返信もらえるとたすかります。

        """) + "\n\n" + SIG_TSUCHIYA,
        personal=[
            {"type": "name", "value": "桑原 美咲"},
            {"type": "my_number", "value": mn_k},
            {"type": "bank_account", "value": "普通　7752038"},
            {"type": "account_holder", "value": "クワハラ ミサキ"},
        ],
    ))

    # H4 attachment: withholding data of 8 employees to the client's new payroll vendor
    rows = [
        ["社員番号", "氏名", "フリガナ", "生年月日", "住所", "支払金額", "源泉徴収税額", "控除対象扶養親族数"],
        ["1003", "岩田 光男", "イワタ ミツオ", "1971/03/08", "静岡県焼津市本町2-8-14", "6,120,000", "168,300", "2"],
        ["1011", "田村 浩二", "タムラ コウジ", "1978/07/22", "静岡県焼津市栄町5-1-3", "4,860,000", "62,100", "1"],
        ["1024", "望月 瑞穂", "モチヅキ ミズホ", "1985/11/30", "静岡県藤枝市青葉町1-17-6", "3,940,000", "71,800", "0"],
        ["1030", "Nguyen Van Toan", "グエン ヴァン トアン", "1996/02/14", "静岡県焼津市西小川3-22-9 ハイツ潮201", "2,880,000", "38,400", "0"],
        ["1032", "杉山 大樹", "スギヤマ ダイキ", "1990/05/05", "静岡県焼津市大覚寺1-4-20", "4,210,000", "54,600", "3"],
        ["1038", "増田 千夏", "マスダ チナツ", "1993/08/19", "静岡県島田市中央町12-3", "3,150,000", "58,200", "0"],
        ["1041", "鈴木 健吾", "スズキ ケンゴ", "1999/12/01", "静岡県焼津市小川新町6-6-6", "2,640,000", "44,900", "0"],
        ["1045", "石川 晴美", "イシカワ ハルミ", "1968/04/26", "静岡県藤枝市駅前3-9-1", "1,980,000", "12,300", "1"],
    ]
    out.append(M(
        org=ORG, writer=W2, loc="attachment", expect="hold",
        kind="list.withholding_slip_csv",
        why="従業員8名の氏名・生年月日・住所・年収・源泉徴収税額の一覧を外部の給与計算会社へ添付しているため。",
        **{"from": MURAKAMI},
        to=[addr("ペイロールワークス 導入支援 長尾", "nagao@payroll-works.example.co.jp")],
        cc=[addr("岩田 課長（丸徳水産 経理）", "iwata@marutoku-suisan.example.co.jp")],
        subject="丸徳水産様 給与計算移行用 前年源泉徴収データ",
        text=t("""
            株式会社ペイロールワークス
            導入支援チーム 長尾 様

            お世話になっております。丸徳水産様の顧問税理士事務所、白石パートナーズの村上です。
            7月からの給与計算移行にあたり、ご依頼のあった前年分の源泉徴収データをCSVでお送りします。

            ・対象：令和6年分（在籍者8名分、退職者は除いています）
            ・文字コード：UTF-8、カンマ区切り
            ・金額は円単位、カンマ付き文字列のままです（ご指定のフォーマットに合わせられず、すみません）

            取込みでエラーが出る場合はご連絡ください。

        """) + "\n\n" + SIG_MURAKAMI,
        attachments=[{"filename": "marutoku_R6_gensen.csv", "contentType": "text/csv",
                      "text": csv_text(rows)}],
        personal=[
            {"type": "name", "value": "岩田 光男"},
            {"type": "birth_date", "value": "1971/03/08"},
            {"type": "address", "value": "静岡県焼津市本町2-8-14"},
            {"type": "name", "value": "Nguyen Van Toan"},
            {"type": "income", "value": "6,120,000"},
            {"type": "name", "value": "望月 瑞穂"},
        ],
    ))

    # H5 attachment: a family's medical-expense detail to an insurance agent
    iryohi = t("""
        医療費控除の明細書　【令和６年分】
        申告者　住所：東京都世田谷区桜新町二丁目18番5号　氏名：小林 健一

        １．医療費通知に関する事項　（省略）

        ２．医療費（上記１以外）の明細
        医療を受けた人 | 病院・薬局などの支払先の名称          | 医療費の区分 | 支払った医療費 | 補填される金額
        小林 健一      | 世田谷中央病院 腎臓内科（人工透析）     | 診療・治療   | 1,284,000円    | 1,164,000円
        小林 健一      | 桜新町ひまわり薬局                      | 医薬品購入   | 86,250円       | 0円
        小林 由美子    | 三軒茶屋こころのクリニック（心療内科） | 診療・治療   | 96,400円       | 0円
        小林 陽菜      | さくら矯正歯科                          | 診療・治療   | 660,000円      | 0円
        小林 由美子    | 世田谷タクシー（通院）                  | その他       | 23,700円       | 0円

        合計　2,150,350円　／　補填額合計　1,164,000円
        差引　986,350円　→　医療費控除額　886,350円
    """) + "\n"
    out.append(M(
        org=ORG, writer=W1, loc="attachment", expect="hold",
        kind="sensitive.medical_expense_detail_to_insurance_agent",
        why="顧客家族の通院先と人工透析・心療内科の受診が分かる医療費明細を外部の保険代理店へ添付しているため。",
        **{"from": SHIRAISHI},
        to=[addr("前川 浩（安心ライフプランニング）", "maekawa@anshin-life.example.co.jp")],
        subject="小林様　医療費控除明細の件",
        text=t("""
            前川様

            白石です。
            先日ご依頼の件、小林様（ご本人了承済み）の令和６年分 医療費控除の明細を添付します。
            保険見直しのご参考に。

            補填額の欄は高額療養費の分です。
            不明点あれば小職まで。

            以上、取り急ぎ。

            白石拝

        """) + "\n\n" + SIG_SHIRAISHI,
        attachments=[{"filename": "R6_iryohi_meisai_kobayashi.txt", "contentType": "text/plain",
                      "text": iryohi}],
        personal=[
            {"type": "name", "value": "小林 健一"},
            {"type": "treatment", "value": "腎臓内科（人工透析）"},
            {"type": "name", "value": "小林 由美子"},
            {"type": "treatment", "value": "三軒茶屋こころのクリニック（心療内科）"},
            {"type": "address", "value": "東京都世田谷区桜新町二丁目18番5号"},
        ],
    ))

    # H6 quoted: new employee's pension and employment-insurance numbers forwarded
    okada = t("""
        白石パートナーズ 土屋様

        はじめまして。4月から丸徳水産でお世話になっている岡田大地です。
        総務の方から、年金などの番号は税理士さんに送るよう言われたので連絡しました。

        基礎年金番号：4102-583917
        雇用保険被保険者番号：5012-348861-3
        （前職：株式会社シーサイドフーズ 2025年3月末退職）
        住所：静岡県焼津市中港4-7-2 マリンコート303
        電話：080-0000-5519

        よろしくお願いします。
    """)
    out.append(M(
        org=ORG, writer=W3, loc="quoted", expect="hold",
        kind="id.pension_employment_numbers_forward",
        why="転送部分に新入社員の基礎年金番号・雇用保険被保険者番号・住所・電話があり、それを外部の社労士事務所へ送っているため。",
        **{"from": TSUCHIYA},
        to=[addr("小山 さやか（社会保険労務士法人ハーモニー）", "koyama@harmony-sr.example.jp")],
        subject="Fwd: 入社手続きの番号について",
        text=t("""
            ハーモニー 小山さま

            土屋です、おつかれさまです。
            丸徳水産さんの新入社員の方から下記の連絡が来ました。
            資格取得の手続きはそちらのご担当だと思うので、転送します～
            うちでは源泉の方だけ見ておきます。

            よろしくお願いします。

        """) + "\n\n" + SIG_TSUCHIYA + "\n\n" + fwd_gmail(
            "岡田 大地 <daichi.okada0318@gmail.com>", "2025年4月14日(月) 22:03",
            "入社手続きの番号について", f"土屋 恵 <tsuchiya@{DOM}>", okada),
        personal=[
            {"type": "name", "value": "岡田大地"},
            {"type": "pension_number", "value": "4102-583917"},
            {"type": "employment_insurance_number", "value": "5012-348861-3"},
            {"type": "address", "value": "静岡県焼津市中港4-7-2 マリンコート303"},
            {"type": "phone", "value": "080-0000-5519"},
        ],
    ))

    # H7 quoted: client's mail about an heir's criminal record, quoted to a lawyer
    client_msg = t("""
        白石先生

        いつもお世話になっております。石黒です。
        遺産分割の件で、先生にだけはお伝えしておかなければと思い、ご連絡します。

        実は弟の石黒 直樹は、2021年に詐欺罪で懲役3年6月の実刑判決を受け、現在も刑務所で服役中です。
        出所は早くても来年の春と聞いています。
        本人と直接のやりとりはできず、国選でついていた弁護士さんを通じてしか連絡が取れません。
        親戚にも知られたくないので、くれぐれも内密にお願いいたします。

        石黒 恵子
    """)
    out.append(M(
        org=ORG, writer=W1, loc="quoted", expect="hold",
        kind="sensitive.heir_criminal_record_quoted",
        why="引用部分に相続人の一人が詐欺罪で服役中という前科情報が含まれ、それを外部の弁護士へ送っているため。",
        **{"from": SHIRAISHI},
        to=[addr("高木 俊介", "takagi@takagi-sogo-law.example.jp")],
        subject="Re: 石黒様 遺産分割の進め方",
        text=t("""
            高木先生

            白石です。先日はありがとうございました。
            ご照会の件、依頼者からの連絡を下に付けておきます。
            相続人の一人と直接連絡が取れない状況で、分割協議をどう進めるべきか、
            不在者財産管理人の要否も含めてご意見をいただけますでしょうか。

            申告期限は１１月１２日です。

            白石拝

        """) + "\n\n" + SIG_SHIRAISHI + "\n\n" + reply_jp(
            "2025/08/04 19:26", "石黒 恵子", "keiko.ishiguro@yahoo.co.jp", client_msg),
        personal=[
            {"type": "name", "value": "石黒 直樹"},
            {"type": "criminal_record", "value": "詐欺罪で懲役3年6月の実刑判決"},
            {"type": "criminal_record", "value": "刑務所で服役中"},
        ],
    ))

    # H8 subject: dependant's individual number in the subject line
    mn_s = mynumber("60238417795", " ")
    out.append(M(
        org=ORG, writer=W3, loc="subject", expect="hold",
        kind="id.mynumber_in_subject",
        why="件名に扶養親族の氏名とマイナンバーが書かれたまま顧問先へ返信しているため。",
        **{"from": TSUCHIYA},
        to=[MINATO_KATO],
        subject="Re: 野口様 扶養親族の個人番号（長女 さくら様 " + mn_s + "）",
        text=t("""
            加藤さま

            お世話になります、土屋です。
            ご連絡ありがとうございました！件名の番号で扶養控除等申告書に反映しました。
            ほかの方の分もそろったら教えてくださいー

        """) + "\n\n" + SIG_TSUCHIYA + "\n\n" + reply_jp(
            "2025年11月6日(木) 9:12", "加藤 由美子", "kato-y@minato-seiko.example.co.jp",
            "土屋様\n\n野口の長女の分、番号を件名に書いてお送りします。\nよろしくお願いいたします。\n\n加藤"),
        personal=[
            {"type": "name", "value": "野口様"},
            {"type": "name", "value": "さくら様"},
            {"type": "my_number", "value": mn_s},
        ],
    ))

    # H9 zip: PPAP of salary payment reports
    out.append(M(
        org=ORG, writer=W2, loc="zip", expect="hold",
        kind="list.ppap_zip",
        why="従業員全員分の給与支払報告書をパスワード付きzip（PPAP）で顧問先へ送っているため。",
        **{"from": MURAKAMI},
        to=[MINATO_KATO],
        subject="【ミナト精工様】給与支払報告書（控）の送付",
        text=t("""
            株式会社ミナト精工
            総務部 加藤 様

            いつもお世話になっております。白石パートナーズの村上です。
            各市区町村へ提出した給与支払報告書（総括表・個人別明細書）の控えを、
            社内保管用にお送りします。

            ・対象：令和6年分　従業員42名分（退職者3名を含みます）
            ・ファイル：PDF 8ファイルをzipにまとめています

            zipのパスワードは、この後 別メールでお送りいたします。
            ご確認のほど、よろしくお願いいたします。

        """) + "\n\n" + SIG_MURAKAMI,
        attachments=[{"filename": "R6_kyuyo_shiharai_houkoku_minato.zip",
                      "contentType": "application/zip", "encrypted": True}],
        personal=[
            {"type": "encrypted_archive", "value": "R6_kyuyo_shiharai_houkoku_minato.zip"},
            {"type": "payroll_reports", "value": "給与支払報告書（総括表・個人別明細書）"},
        ],
    ))

    # H10 recipients: seminar notice with 12 clients in To
    clients = [
        addr("丸徳水産 岩田", "iwata@marutoku-suisan.example.co.jp"),
        MINATO_KATO,
        addr("佐藤鉄工所 佐藤 社長", "sato@sato-tekko.example.co.jp"),
        addr("桜丘エステート 経理", "keiri@sakuragaoka-estate.example.co.jp"),
        addr("桑原 美咲", "misaki.kuwabara.illust@gmail.com"),
        addr("石黒 恵子", "keiko.ishiguro@yahoo.co.jp"),
        addr("小林 健一", "kobayashi.kenichi0711@outlook.com"),
        addr("竹内 歯科医院", "info@takeuchi-dental.example.jp"),
        addr("平井 直子", "naoko.hirai.design@gmail.com"),
        addr("有限会社 山本商店", "yamamoto-shoten@yamamoto-shoten.example.co.jp"),
        addr("Bakery Lumiere 高田", "takada@bakery-lumiere.example.com"),
        addr("宮原 俊", "s.miyahara77@yahoo.co.jp"),
    ]
    out.append(M(
        org=ORG, writer=W1, loc="recipients", expect="hold",
        kind="recipients.clients_seminar_visible_to",
        why="顧問先12件（法人と個人のアドレス）を宛先に並べて送っており、顧客同士に互いの存在とアドレスが見えるため。",
        **{"from": SHIRAISHI},
        to=clients,
        subject="確定申告・インボイス対応　無料説明会のご案内",
        text=t("""
            顧問先の皆様

            平素より格別のお引き立てを賜り、厚く御礼申し上げます。
            白石パートナーズの白石でございます。

            さて、来年の確定申告に向け、下記のとおり説明会を開催いたします。
            定額減税の精算、インボイスの２割特例の終了など、今回は変更点が多くございます。
            ご多忙のところ恐縮ですが、是非ご参加ください。

            記
            　日時　令和７年１２月６日（土）１４時～１６時
            　会場　当事務所５Ｆ会議室（オンライン併用）
            　定員　会場２０名
            　申込　本メールへのご返信にて　１１月２８日まで

            以上

        """) + "\n\n" + SIG_SHIRAISHI,
        personal=[
            {"type": "email", "value": "misaki.kuwabara.illust@gmail.com"},
            {"type": "email", "value": "keiko.ishiguro@yahoo.co.jp"},
            {"type": "email", "value": "kobayashi.kenichi0711@outlook.com"},
            {"type": "email", "value": "naoko.hirai.design@gmail.com"},
            {"type": "email", "value": "s.miyahara77@yahoo.co.jp"},
        ],
    ))

    # ------------------------------------------------------------ passes
    # P1 invoice with the firm's corporate account
    invoice = sheet_text([
        ["品目", "数量", "単価", "金額"],
        ["月次顧問料（2025年6月分）", "1", "55,000", "55,000"],
        ["記帳代行料（仕訳300件まで）", "1", "22,000", "22,000"],
        ["小計", "", "", "77,000"],
        ["消費税（10%）", "", "", "7,700"],
        ["合計", "", "", "84,700"],
    ]) + t("""

        お振込先：みやこ中央銀行 新宿西口支店　普通預金 3318820
        　　　　　口座名義 ゼイリシホウジン　シライシパートナーズ
        登録番号：T5020001073344
        お支払期限：2025年7月31日
    """) + "\n"
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.invoice_corporate_account",
        why="請求書の振込先は事務所（法人）の口座で、個人の口座情報ではないため。",
        **{"from": MURAKAMI},
        to=[MINATO_KATO],
        subject="6月分 顧問料のご請求",
        text=t("""
            株式会社ミナト精工
            総務部 加藤 様

            いつもお世話になっております。白石パートナーズの村上です。
            6月分の顧問料の請求書をお送りいたします。
            内容をご確認のうえ、期日までにお振込みをお願いいたします。

            なお、7月より振込手数料は貴社ご負担でお願いしております（6/2のご案内のとおりです）。

        """) + "\n\n" + SIG_MURAKAMI,
        attachments=[{"filename": "seikyusho_202506_minato.txt", "contentType": "text/plain",
                      "text": invoice}],
    ))

    # P2 e-Tax completion with corporate number and reception number
    hojin = corp_number("011101048215")
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.etax_corporate_number",
        why="記載の番号は法人番号とe-Taxの受付番号で、個人を識別する番号ではないため。",
        **{"from": TSUCHIYA},
        to=[MINATO_KATO],
        subject="法人税等の電子申告 完了しました",
        text=t("""
            加藤さま

            おつかれさまです、土屋です。
            本日、第58期の法人税・地方法人税・消費税の電子申告が完了しました。

            　法人名：株式会社ミナト精工
            　法人番号：""") + hojin + "\n" + t("""
            　e-Tax 受付番号：20250828143015902144（法人税）
            　　　　　　　　　20250828143322107718（消費税）
            　納付期限：8月31日（日）→ 9月1日（月）

            納付書は明日、白石から郵送します。ダイレクト納付の方がよければ次回から設定しますね。
            受信通知のPDFは共有フォルダに入れておきました！

        """) + "\n\n" + SIG_TSUCHIYA,
    ))

    # P3 tax-update newsletter with clients in Bcc
    bcc_list = [
        addr("丸徳水産 岩田", "iwata@marutoku-suisan.example.co.jp"), MINATO_KATO,
        addr("佐藤鉄工所", "sato@sato-tekko.example.co.jp"),
        addr("桜丘エステート 経理", "keiri@sakuragaoka-estate.example.co.jp"),
        addr("桑原 美咲", "misaki.kuwabara.illust@gmail.com"),
        addr("石黒 恵子", "keiko.ishiguro@yahoo.co.jp"),
        addr("小林 健一", "kobayashi.kenichi0711@outlook.com"),
        addr("竹内歯科医院", "info@takeuchi-dental.example.jp"),
        addr("平井 直子", "naoko.hirai.design@gmail.com"),
        addr("山本商店", "yamamoto-shoten@yamamoto-shoten.example.co.jp"),
        addr("Bakery Lumiere", "takada@bakery-lumiere.example.com"),
        addr("宮原 俊", "s.miyahara77@yahoo.co.jp"),
        addr("かんだ眼科", "office@kanda-ganka.example.jp"),
        addr("Studio Nagi", "hello@studio-nagi.example.com"),
        addr("上野 和也", "k.ueno.0402@gmail.com"),
        addr("東海パック 総務", "soumu@tokai-pack.example.co.jp"),
    ]
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.tax_newsletter_bcc",
        why="顧問先への一斉案内はBCCで送られており、宛先に見えるのは自事務所のアドレスだけのため。",
        **{"from": SHIRAISHI},
        to=[addr("白石パートナーズ", f"info@{DOM}")],
        bcc=bcc_list,
        subject="【白石パートナーズ通信】年末調整の変更点（令和７年）",
        text=t("""
            顧問先各位（ＢＣＣにて失礼いたします）

            白石パートナーズ通信　第８８号

            １．基礎控除・給与所得控除の見直し
            　令和７年分から、基礎控除が最大９５万円に、給与所得控除の最低保障額が６５万円に
            　引き上げられます。年末調整で精算しますので、１２月の給与計算にご注意ください。

            ２．特定親族特別控除の創設
            　１９歳以上２３歳未満の親族の給与収入が１５０万円以下であれば、満額の控除が受けられます。
            　アルバイトをされているお子様がいる従業員の方には、申告書の記入を促してください。

            ３．扶養控除等申告書の回収
            　例年どおり１１月２０日までに当事務所へご送付ください。
            　※個人番号の記載欄は、書類を郵送される場合に限りご記入ください。メールでは送らないでください。

            ご不明の点は担当者までお問い合わせください。

        """) + "\n\n" + SIG_SHIRAISHI,
    ))

    # P4 scheduling reply chain with client staff
    iwata_1 = t("""
        村上様

        お世話になっております。丸徳水産の岩田です。
        中間決算の打合せですが、社長の都合で9/10が難しくなりました。
        9/11（木）か9/12（金）の午後ではいかがでしょうか。
        当社からは、社長の丸山、私、総務の望月が出席します。

        ---
        株式会社丸徳水産
        経理課長　岩田 光男
        〒425-0000 静岡県焼津市中港1-2-3
        TEL 054-0000-7711（代）
    """)
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.reply_chain_schedule",
        why="顧問先との打合せ日程の往復で、取引先担当者の氏名と署名以外の個人情報はないため。",
        **{"from": MURAKAMI},
        to=[addr("岩田 光男", "iwata@marutoku-suisan.example.co.jp")],
        cc=[addr("望月 瑞穂", "mochizuki@marutoku-suisan.example.co.jp"), SHIRAISHI],
        subject="Re: Re: 中間決算打合せの日程",
        text=t("""
            岩田課長

            お世話になっております。村上です。
            ご調整ありがとうございます。それでは 9/11（木）14:00～ 貴社会議室 でお願いいたします。
            当方からは白石と私の2名で伺います。

            当日までに、8月末の試算表と在庫の棚卸表をご用意いただけますと助かります。
            （冷凍在庫の評価方法について、社長に一度ご説明したいと白石が申しております）

        """) + "\n\n" + SIG_MURAKAMI + "\n\n" + reply_jp(
            "2025年8月27日(水) 16:40", "岩田 光男", "iwata@marutoku-suisan.example.co.jp",
            iwata_1 + "\n\n" + reply_jp(
                "2025年8月26日(火) 10:02", "村上 彩香", f"murakami@{DOM}",
                "岩田課長\n\n中間決算の打合せ、9/10（水）14時からでいかがでしょうか。\n\n村上")),
    ))

    # P5 condolence
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.condolence",
        why="顧問先の会長の逝去に対するお悔やみで、要配慮情報や識別番号は含まれないため。",
        **{"from": SHIRAISHI},
        to=[addr("佐藤鉄工所 佐藤 社長", "sato@sato-tekko.example.co.jp")],
        subject="御尊父様ご逝去のお悔やみ",
        text=t("""
            株式会社佐藤鉄工所
            代表取締役　佐藤 正和 様

            このたびは、御尊父　佐藤 義男 会長のご逝去の報に接し、謹んでお悔やみ申し上げます。
            創業以来五十年、会長には当事務所も先代の頃より大変お世話になりました。
            ご生前のご厚情に深く感謝いたしますとともに、心よりご冥福をお祈り申し上げます。

            ご葬儀には小職が参列させていただきます。
            諸手続き（準確定申告等）につきましては、落ち着かれてからで結構でございますので、
            ご遠慮なくお申し付けください。

            取り急ぎ、メールにて失礼いたします。

            白石拝

        """) + "\n\n" + SIG_SHIRAISHI,
    ))

    # P6 masked corporate card statement
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.masked_corporate_card",
        why="カード番号は下4桁以外が伏せられた法人カードで、個人を識別できる番号ではないため。",
        **{"from": TSUCHIYA},
        to=[addr("竹内歯科医院 事務 竹内 様", "info@takeuchi-dental.example.jp")],
        subject="5月のカード明細で3件確認させてください",
        text=t("""
            竹内さま

            いつもありがとうございます、土屋です。
            5月分の記帳で、法人カード（ＶＩＳＡ ****-****-****-4821）の明細に
            用途がわからないものが3件ありました。

            05/08　ＡＭＡＺＯＮ　ＭＫＴＰＬＣ　　　　　　12,980円
            05/17　ＳＨＩＮＫＡＮＳＥＮ　ＥＸ　　　　　　29,440円
            05/23　カ）デンタルサプライ　　　　　　　　　66,000円

            ・1件目は消耗品でいいですか？
            ・2件目は学会の出張でしょうか（大阪？）
            ・3件目は材料費か、機器の購入か教えてください。10万円未満なので消耗品費にできます

            おてすうですが、よろしくおねがいします。

        """) + "\n\n" + SIG_TSUCHIYA,
    ))

    # P7 real-estate licence numbers of a company and its 宅建士
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.real_estate_license_numbers",
        why="宅建業者の免許番号と宅建士の登録番号は公表される業務上の番号で、保護が必要な個人の識別番号ではないため。",
        **{"from": MURAKAMI},
        to=[addr("桜丘エステート 経理 吉村", "keiri@sakuragaoka-estate.example.co.jp")],
        subject="融資用 会社概要（案）のご確認",
        text=t("""
            株式会社桜丘エステート
            吉村 様

            お世話になっております。村上です。
            金融機関提出用の会社概要を作成しましたので、内容をご確認ください。

            ────────────────
            商号　　　株式会社桜丘エステート
            代表者　　代表取締役 桜井 茂
            設立　　　2009年4月
            資本金　　1,000万円
            免許　　　宅地建物取引業 東京都知事（4）第88213号
            専任の宅地建物取引士　桜井 茂（東京都 第204518号）
            　　　　　　　　　　　吉村 彩（東京都 第331907号）
            所属団体　公益社団法人 全日本不動産協会 東京都本部
            直近売上　2億1,460万円（2025年3月期）
            ────────────────

            宅建士の登録番号は、宅建業者名簿の記載に合わせています。
            修正がなければ、このまま銀行の担当の方へお渡しください。

        """) + "\n\n" + SIG_MURAKAMI,
    ))

    # P8 tracking numbers (one passes the マイナンバー check digit by chance)
    tr1 = yamato_also_mn("40123456780")
    tr2 = yamato("48837120565")
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.tracking_numbers_return_documents",
        why="12桁の番号は宅急便の伝票番号で、マイナンバーではないため。",
        **{"from": TSUCHIYA},
        to=[addr("平井 直子", "naoko.hirai.design@gmail.com")],
        subject="原本のご返却（宅急便で発送しました）",
        text=t("""
            平井さま

            こんにちは、白石パートナーズの土屋です。
            確定申告でお預かりしていた原本類を、本日ヤマト運輸で発送しました。

            　①領収書・請求書のファイル（2冊）　伝票番号 """) + tr1 + "\n" + t("""
            　②通帳のコピー・保険料控除証明書　　伝票番号 """) + tr2 + "\n\n" + t("""
            あすの午前中に届く予定です。
            届いたら、中身の一覧表と照らし合わせてご確認ください～

        """) + "\n\n" + SIG_TSUCHIYA,
    ))

    # P9 settlement meeting for a company whose name contains a surname
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.surname_company_settlement",
        why="社名に姓を含む法人の決算打合せで、数値は会社単位の集計であり個人の情報ではないため。",
        **{"from": SHIRAISHI},
        to=[addr("佐藤鉄工所 佐藤 社長", "sato@sato-tekko.example.co.jp")],
        cc=[addr("佐藤鉄工所 経理 原田", "harada@sato-tekko.example.co.jp")],
        subject="第５２期 決算見込みのご報告",
        text=t("""
            佐藤社長

            白石です。いつもお世話になっております。
            第５２期（２０２５年６月期）の決算見込みがまとまりましたので、ご報告いたします。

            　売上高　　　　　４億８，２２０万円（前期比＋６．１％）
            　営業利益　　　　　 ２，９１０万円
            　経常利益　　　　　 ３，０４５万円
            　法人税等（見込）　　　 ９８０万円

            設備投資（レーザー加工機）について、中小企業経営強化税制の即時償却を使う場合と、
            通常償却の場合の比較表を、打合せの際にお持ちします。
            役員報酬の改定も含め、８月８日（金）１０時に伺う予定で調整させてください。

            白石拝

        """) + "\n\n" + SIG_SHIRAISHI,
    ))

    # P10 health-management programme as aggregates
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.health_management_aggregate",
        why="健康経営の申請に使う数値は受診率などの会社全体の集計値で、個人の健康情報ではないため。",
        **{"from": MURAKAMI},
        to=[MINATO_KATO],
        subject="健康経営優良法人の申請と福利厚生費の扱いについて",
        text=t("""
            加藤 様

            お世話になっております。村上です。
            健康経営優良法人（中小規模法人部門）の申請に関して、税務面の整理をお送りします。

            ■ 申請書に記載予定の数値（貴社ご提供の集計値）
            　・定期健康診断 受診率：100％（42名中42名）
            　・ストレスチェック 受検率：92.9％（39名）
            　・特定保健指導 対象者の実施率：60％
            　・喫煙率：21.4％（前年 26.2％）

            ■ 税務上の扱い
            　・全従業員を対象とするインフルエンザ予防接種費用 → 福利厚生費で処理可
            　・スポーツジム法人会員の会費 → 全員が利用できる条件なら福利厚生費
            　・役員だけが受ける人間ドック → 役員給与（定期同額外）になるおそれがあるのでご注意ください

            個人の健診結果は、当事務所ではお預かりしませんので、集計値のみで結構です。

        """) + "\n\n" + SIG_MURAKAMI,
    ))

    return out
