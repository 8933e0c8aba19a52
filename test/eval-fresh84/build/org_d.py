"""(D) やまぶき整骨院（株式会社やまぶきメディカル） — osteopathic / judo-therapy clinic.

Writers
  fujita  藤田 大輔  院長・柔道整復師（本院）
  tamura  田村 由香  受付・事務（療養費請求、総務）— 装飾つきの長い署名
  ogawa   小川 蓮    川越駅前院 分院長・柔道整復師（交通事故・スポーツ外傷）
"""
from common import People, att, body, csv_text, d, houjin_bangou, jan13, mail, quote

ORG = "D"
ORG_NAME = "やまぶき整骨院（株式会社やまぶきメディカル）"
DOMAIN = "yamabuki-sekkotsu.example.jp"

FUJITA = "やまぶき整骨院 藤田 <fujita@yamabuki-sekkotsu.example.jp>"
TAMURA = "やまぶき整骨院 受付 田村 <uketsuke@yamabuki-sekkotsu.example.jp>"
OGAWA = "小川 蓮 <ogawa@yamabuki-sekkotsu.example.jp>"

SIG_FUJITA = d("""
    --------------------------------
    やまぶき整骨院 院長
    柔道整復師　藤田 大輔
    〒350-0000 埼玉県川越市新富町1-22-5 やまぶきビル1F
    TEL 049-0000-5210
    --------------------------------
""")

SIG_TAMURA = d("""
    ◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇
    　やまぶき整骨院（株式会社やまぶきメディカル）
    　受付・事務　田村 由香
    　〒350-0000 埼玉県川越市新富町1-22-5 やまぶきビル1F
    　TEL 049-0000-5210 ／ FAX 049-0000-5211
    　受付時間 平日 9:00-12:30 / 15:00-20:00　土 9:00-14:00
    　休診日 日曜・祝日
    　各種保険取扱・交通事故・労災・スポーツ外傷
    　Instagram @yamabuki_sekkotsu_kawagoe
    ◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇
""")

SIG_OGAWA = d("""
    やまぶき整骨院 川越駅前院
    分院長／柔道整復師　小川 蓮
    TEL 049-0000-5280（駅前院）
    ogawa@yamabuki-sekkotsu.example.jp
""")

SHINODA = "篠田社会保険労務士事務所 篠田先生 <shinoda@sr-shinoda.example.jp>"


def mails():
    out = []

    # ------------------------------------------------------------ HOLDS
    # body 1: patient's health-insurance numbers to the billing agent
    hi_old = "保険者番号 06130427　記号 2108　番号 57"
    hi_new = "保険者番号 01110018　記号 25-03　番号 1187"
    out.append(mail(
        "tamura", "body", "hold", "id.health_insurance",
        "A patient's old and new health-insurance numbers and birth date are written in the body to the billing agent.",
        TAMURA, ["柔整レセプトセンター 返戻担当 <henrei@jusei-rece.example.co.jp>"],
        "5月施術分 返戻の件（保険証情報の訂正）",
        body(d(f"""
            柔整レセプトセンター株式会社
            返戻ご担当者様

            いつもお世話になっております。やまぶき整骨院 受付の田村です。
            5月施術分で返戻になった1件について、保険証の情報を訂正いたします。

            患者様：吉田 和也 様（昭和58年9月14日生）
            旧）{hi_old}
            新）{hi_new}
            ※4月1日付で転職され、協会けんぽから健保組合へ変わっていたとのことです。
            　新しい保険証の確認が漏れておりました。申し訳ございません。

            4月・5月分を新しい保険証の内容で再請求をお願いいたします。
            申請書への患者様の署名は、次回ご来院時（6/21予定）にいただきます。
        """), SIG_TAMURA),
        personal=[("health_insurance", hi_new), ("health_insurance", hi_old),
                  ("name", "吉田 和也"), ("birthdate", "昭和58年9月14日")],
    ))

    # body 2: injury and medical history to the motor insurer
    out.append(mail(
        "ogawa", "body", "hold", "sensitive.injury_to_insurer",
        "A named patient's injuries, symptoms and past disc herniation are reported to an outside insurer.",
        OGAWA, ["あさひ損害保険 埼玉自動車損害サービス課 森田様 <morita.jidosha@asahi-sonpo.example.co.jp>"],
        "施術経過のご報告（事故日 4/22・内田様）",
        body(d("""
            あさひ損害保険株式会社
            埼玉自動車損害サービス課 森田 様

            いつもお世話になっております。
            やまぶき整骨院 川越駅前院の小川です。

            先日お電話いただいた件、施術経過をご報告いたします。

            患者様：内田 悠斗 様（28歳）
            事故日：2025年4月22日（追突事故・被害者側）
            負傷名：頸椎捻挫、腰椎捻挫
            初検日：2025年4月24日
            通院実日数：5月末時点で22日
            経過：頸部の可動域制限は改善傾向。長時間のデスクワーク後に
            　　　後頸部痛と右上肢のしびれの訴えあり。
            既往歴：2019年に腰椎椎間板ヘルニア（保存療法）。
            　　　　今回の腰部症状との関連については、整形外科の判断を仰いでいます。
            併用医療機関：かわごえ整形外科クリニック（月1回受診）

            6月末で症状固定の見込みか、とのご質問については、
            現時点ではまだ施術の効果が出ている段階と考えております。
        """), SIG_OGAWA),
        personal=[("name", "内田 悠斗"), ("diagnosis", "頸椎捻挫、腰椎捻挫"),
                  ("diagnosis", "腰椎椎間板ヘルニア")],
    ))

    # body 3: patient's full contact forwarded to another business
    out.append(mail(
        "fujita", "body", "hold", "personal.patient_referral_contact",
        "An elderly patient's full name, birth date, home address and phones are handed to a home-massage business.",
        FUJITA, ["あおぞら訪問リハビリマッサージ 相談員 安藤様 <ando@aozora-houmon.example.jp>"],
        "訪問施術のご紹介（当院の患者様）",
        body(d("""
            あおぞら訪問リハビリマッサージ
            安藤 様

            いつもお世話になっております。やまぶき整骨院の藤田です。
            当院に通われている方で、訪問での施術をご希望の方がいらっしゃいます。
            ご本人・ご家族の了解はいただいておりますので、ご連絡いただけますか。

            　お名前：久保 文子 様（昭和11年7月30日生・88歳）
            　ご住所：埼玉県川越市仙波町4-9-13
            　ご自宅：049-0000-7364
            　娘さん（同居）：久保 智子 様　携帯 090-0000-5821
            　状況：膝の痛みで歩行が不安定になり、通院が負担になってきたとのこと。
            　　　　平日の午前中を希望。ケアマネさんは未定です。

            よろしくお願いいたします。
        """), SIG_FUJITA),
        personal=[("name", "久保 文子"), ("birthdate", "昭和11年7月30日"),
                  ("address", "埼玉県川越市仙波町4-9-13"), ("phone", "049-0000-7364"),
                  ("phone", "090-0000-5821")],
    ))

    # attachment 1: patient DM list to the printer
    ppl = People(8404, ["新富町", "脇田町", "菅原町", "仙波町", "霞ケ関北", "的場", "南大塚",
                        "連雀町"], "350", "049", "埼玉県川越市").many(10, born=(1942, 2010))
    rows = [[p["name"], p["postal"], p["address"], p["birth"], f"2025/0{3 + i % 4}/{10 + i}"]
            for i, p in enumerate(ppl)]
    dm = csv_text(["氏名", "郵便番号", "住所", "生年月日", "最終来院日"], rows)
    out.append(mail(
        "tamura", "attachment", "hold", "list.patient_dm_list",
        "The attached CSV lists ten patients with addresses, birth dates and last visit dates for a printer.",
        TAMURA, ["川越プリント 宛名印刷担当 <atena@kawagoe-print.example.co.jp>"],
        "暑中見舞いハガキ 宛名データの送付",
        body(d("""
            有限会社川越プリント
            宛名印刷ご担当者様

            いつもお世話になっております。やまぶき整骨院の田村です。
            暑中見舞いハガキ（デザインB・300枚）の宛名データをお送りします。
            先週お送りした分に漏れがあり、追加の10件です。

            7月10日（木）に院へ納品していただけると助かります。
            よろしくお願いいたします。
        """), SIG_TAMURA),
        attachments=[att("暑中見舞い_宛名_追加分.csv", dm)],
        personal=[("name", ppl[0]["name"]), ("address", ppl[0]["address"]),
                  ("birthdate", ppl[2]["birth"]), ("name", ppl[6]["name"])],
    ))

    # attachment 2: referral letter to an orthopaedic clinic
    letter = d("""
        施術情報提供書
        2025年6月10日

        かわごえ整形外科クリニック
        院長 先生 御侍史

        やまぶき整骨院 院長 柔道整復師 藤田 大輔

        患者氏名：菅原 陽菜 様（女）　生年月日：2009年3月18日（16歳）
        住所：埼玉県川越市霞ケ関北2-14-6
        負傷名：右足関節捻挫（疑い：右第5中足骨基部骨折）
        負傷日時：2025年6月8日　バスケットボール部の練習中、着地時に内返し
        所見：右足関節外側から足背外側にかけて腫脹・皮下出血著明。
        　　　第5中足骨基部に限局性圧痛、荷重困難。
        処置：RICE処置、シーネ固定。
        お願い：骨折の有無について、X線検査によるご診断をお願いいたします。
        　　　　ご高診のほど、よろしくお願い申し上げます。
    """)
    out.append(mail(
        "fujita", "attachment", "hold", "sensitive.referral_letter",
        "The attached referral letter gives a minor's name, birth date, address and suspected fracture to an outside clinic.",
        FUJITA, ["かわごえ整形外科クリニック 地域連携室 <renkei@kawagoe-seikei.example.jp>"],
        "施術情報提供書の送付（6/10）",
        body(d("""
            かわごえ整形外科クリニック
            地域連携室 ご担当者様

            いつもお世話になっております。やまぶき整骨院の藤田です。
            本日、1名ご紹介させていただきます。
            施術情報提供書を添付いたします。原本は患者様に持参していただきます。

            本日午後の受診を希望されていますので、
            受付可能かどうか、お電話でご連絡いただけますと幸いです。
        """), SIG_FUJITA),
        attachments=[att("施術情報提供書_20250610.pdf", letter)],
        personal=[("name", "菅原 陽菜"), ("birthdate", "2009年3月18日"),
                  ("diagnosis", "右第5中足骨基部骨折"), ("address", "埼玉県川越市霞ケ関北2-14-6")],
    ))

    # quoted 1: internal note with depression forwarded to the labour consultant
    q = d("""
        -----Original Message-----
        From: やまぶき整骨院 受付 田村 <uketsuke@yamabuki-sekkotsu.example.jp>
        Sent: Monday, June 16, 2025 6:48 PM
        To: 小川 蓮 <ogawa@yamabuki-sekkotsu.example.jp>
        Subject: 平野さんの件

        小川先生

        本日初診の 平野 大介 様（38）の件です。
        川越市内の運送会社（かわごえ運輸）のドライバーで、
        6/13に倉庫で荷下ろし中に腰を痛めたそうです。
        会社には言いにくいので健康保険で、と言われましたが、仕事中のケガなので
        念のため先生から説明していただけますか。
        問診票の既往歴欄に、うつ病で心療内科（月1回）に通院中と書かれています。
        会社にはそのことも知られたくないようです。

        田村
    """)
    out.append(mail(
        "ogawa", "quoted", "hold", "sensitive.forwarded_internal_note",
        "Below a general question, the forwarded internal note names a patient, his employer, his work injury and his depression treatment.",
        OGAWA, [SHINODA], subject="Fw: 平野さんの件（労災か健保かのご相談）",
        text=body(d("""
            篠田先生

            いつもお世話になっております。やまぶき整骨院の小川です。
            業務中のケガを健康保険で受診したいという患者様への説明について、
            ご相談させてください。
            受付からの連絡を転送しますので、労災で進める場合の流れと、
            ご本人が会社に言いたくない場合の注意点を教えていただけますか。
        """), SIG_OGAWA, q),
        personal=[("name", "平野 大介"), ("diagnosis", "うつ病")],
    ))

    # quoted 2: pension and employment-insurance numbers of a new hire
    q = d("""
        ---------- Forwarded message ---------
        From: 青木 美月 <mizuki.aoki.0615@gmail.com>
        Date: 2025年6月20日(金) 21:14
        Subject: 入職書類について
        To: やまぶき整骨院 受付 <uketsuke@yamabuki-sekkotsu.example.jp>

        田村さん

        お疲れさまです。来月からお世話になる青木です。
        書類に書く番号がわかったのでお送りします。

        基礎年金番号：4102-583716
        雇用保険被保険者番号：1108-402716-3
        住所：埼玉県川越市南大塚5-3-2 メゾンひまわり 102
        生年月日：2001年6月15日

        扶養に入れる家族はいません。よろしくお願いします。
    """)
    out.append(mail(
        "tamura", "quoted", "hold", "id.pension_employment_insurance",
        "The forwarded message from a new hire carries her basic pension and employment-insurance numbers, address and birth date.",
        TAMURA, [SHINODA], subject="Fw: 入職書類について（7/1入職 青木）",
        text=body(d("""
            篠田先生

            いつもお世話になっております。やまぶき整骨院の田村です。
            7月1日に入職する受付スタッフの社会保険・雇用保険の手続きをお願いいたします。
            本人からの連絡を転送いたします。雇用契約書は明日郵送します。
        """), SIG_TAMURA, q),
        personal=[("pension_number", "4102-583716"), ("employment_insurance_number", "1108-402716-3"),
                  ("address", "埼玉県川越市南大塚5-3-2"), ("birthdate", "2001年6月15日")],
    ))

    # subject only: a student's diagnosis in the subject
    out.append(mail(
        "ogawa", "subject", "hold", "sensitive.diagnosis_subject",
        "The subject names a pupil together with her diagnosis; the body only asks for a meeting.",
        OGAWA, ["川越市立霞ケ関西中学校 陸上部顧問 石原先生 <ishihara@kasumi-nishi-jh.example.ed.jp>"],
        "中島 美咲さん（2年）オスグッド病による練習制限について",
        body(d("""
            霞ケ関西中学校
            陸上部顧問 石原 先生

            先日はお電話をいただき、ありがとうございました。
            やまぶき整骨院 川越駅前院の小川です。
            保護者の方のご了承もいただいておりますので、
            来週の練習前に一度、15分ほどお時間をいただけますでしょうか。
            ご都合のよい日時をお知らせください。
        """), SIG_OGAWA),
        personal=[("name", "中島 美咲"), ("diagnosis", "オスグッド病")],
    ))

    # zip: plain zip with a staff payroll register
    staff = People(8414, ["新富町", "脇田本町", "南大塚", "的場", "上戸"], "350", "049",
                   "埼玉県川越市").many(6, born=(1972, 2002))
    rows = []
    for i, p in enumerate(staff):
        rows.append([f"Y{101 + i}", p["name"], p["birth"], p["address"],
                     ["柔道整復師", "柔道整復師", "受付", "柔道整復師", "受付", "鍼灸師"][i],
                     [0, 2, 0, 1, 0, 0][i], f"{[312000, 286000, 198000, 265000, 176000, 240000][i]:,}"])
    payroll = csv_text(["社員番号", "氏名", "生年月日", "住所", "職種", "扶養人数", "6月総支給額"], rows)
    out.append(mail(
        "fujita", "zip", "hold", "list.staff_payroll_zip",
        "A plain zip contains the staff payroll register with names, birth dates, addresses, dependants and pay.",
        FUJITA, ["高野税理士事務所 担当 松田様 <matsuda@takano-tax.example.jp>"],
        "源泉所得税（納期の特例）用 資料の送付",
        body(d("""
            高野税理士事務所
            松田 様

            いつもお世話になっております。やまぶき整骨院の藤田です。
            7月10日納付分の源泉所得税の計算用に、1～6月の資料をZIPでお送りします。
            6月から受付スタッフが1名増えています。

            ご確認のほど、よろしくお願いいたします。
        """), SIG_FUJITA),
        attachments=[att("やまぶき_源泉資料_2025上期.zip/給与台帳_2025上期.csv", payroll),
                     att("やまぶき_源泉資料_2025上期.zip/メモ.txt", "6/1 受付スタッフ1名入職（パート→正社員は7月から）\n賞与支給なし\n")],
        personal=[("name", staff[0]["name"]), ("birthdate", staff[0]["birth"]),
                  ("address", staff[1]["address"]), ("name", staff[3]["name"])],
    ))

    # recipients: 12 patients visible
    to = [
        "山田 恵子 <yamada.keiko.1962@yahoo.co.jp>", "小林 達也 <t.kobayashi0808@gmail.com>",
        "ひなたママ <hinata-mama@outlook.com>", "石井 健太 <kenta.ishii.run@gmail.com>",
        "渡辺 幸子 <s-watanabe1955@yahoo.co.jp>", "堀 由佳 <yuka_h.0311@gmail.com>",
        "松田 勝 <matsuda.golf@outlook.com>", "後藤 直美 <n.goto.kawagoe@yahoo.co.jp>",
        "福田 雅人 <m-fukuda@kawagoe-kogyo.example.co.jp>", "林 明美 <aki.hayashi.1978@gmail.com>",
        "斎藤 亮 <r.saito.tennis@outlook.com>", "今野 太郎 <taro.konno@seibu-unyu.example.co.jp>",
    ]
    out.append(mail(
        "tamura", "recipients", "hold", "recipients.patients_visible",
        "Twelve patients' private and work addresses are visible to each other in To instead of BCC.",
        TAMURA, to, "【やまぶき整骨院】お盆期間の休診のお知らせ",
        body(d("""
            メール会員の皆さま

            いつもやまぶき整骨院をご利用いただき、ありがとうございます。
            お盆期間の休診についてお知らせいたします。

            　本院　　　：8月13日（水）～8月16日（土）休診
            　川越駅前院：8月14日（木）・15日（金）休診（13日・16日は午前のみ）

            休診期間中の急なケガや痛みは、駅前院の開院日にご連絡ください。
            暑い日が続きますので、水分補給と休養をしっかりとってお過ごしください。
        """), SIG_TAMURA),
    ))

    # ------------------------------------------------------------ PASSES
    # to the patient herself
    out.append(mail(
        "tamura", "pass", "pass", "benign.to_patient_self",
        "An appointment confirmation to the patient herself about her own treatment.",
        TAMURA, ["山田 恵子 <yamada.keiko.1962@yahoo.co.jp>"],
        "ご予約の確認（6/24 火 10:30）",
        body(d("""
            山田 恵子 様

            いつもご来院いただきありがとうございます。やまぶき整骨院 受付の田村です。
            ご予約を以下のとおり承りました。

            　日時：6月24日（火）10:30～
            　担当：藤田（院長）
            　内容：右肩の施術（3回目）・ストレッチ指導

            前回、院長から「肩の挙がり具合をみて、次回からは週1回に」とお話があったかと思います。
            当日ご相談ください。
            ご予約の変更は、前日までにお電話（049-0000-5210）でお願いいたします。
        """), SIG_TAMURA),
    ))

    # order with JAN codes and katakana product names
    j1, j2, j3 = jan13("490123405511"), jan13("490123405528"), jan13("456789012033")
    out.append(mail(
        "ogawa", "pass", "pass", "benign.supply_order_jan",
        "A supply order with JAN codes and katakana product names; no personal data.",
        OGAWA, ["メディカルサプライ 埼玉営業所 <saitama@medi-supply.example.co.jp>"],
        "注文書（駅前院・6月第4週）",
        body(d(f"""
            メディカルサプライ株式会社
            埼玉営業所 ご担当者様

            いつもお世話になっております。やまぶき整骨院 川越駅前院の小川です。
            下記の通り注文いたします。

            　品名　　　　　　　　　　　　　 JAN　　　　　　　数量
            　キネシオテープ「エアリー」50mm　{j1}　24巻
            　キネシオテープ「エアリー」75mm　{j2}　12巻
            　アイシングバッグ「クーリア」L　 {j3}　 6個

            納品は6/27（金）午前中、駅前院宛でお願いします。
            請求書は本院（経理：田村）宛でお願いいたします。
        """), SIG_OGAWA),
    ))

    # registration numbers of the clinic
    hb = houjin_bangou("030001092266")
    out.append(mail(
        "fujita", "pass", "pass", "benign.clinic_registration_numbers",
        "The numbers are the clinic's 受領委任 registration code and the company's 法人番号, not personal IDs.",
        FUJITA, ["埼玉県柔道整復師会 事務局 <jimukyoku@saitama-jusei.example.or.jp>"],
        "駅前院 受領委任の届出内容変更について",
        body(d(f"""
            埼玉県柔道整復師会 事務局 ご担当者様

            いつもお世話になっております。やまぶき整骨院の藤田です。
            川越駅前院の施術管理者の変更に伴い、受領委任の届出内容の変更を提出いたします。

            　施術所名　　：やまぶき整骨院 川越駅前院
            　登録記号番号：契 1512734-0-1
            　開設者　　　：株式会社やまぶきメディカル（法人番号 {hb}）
            　変更内容　　：施術管理者を 藤田 大輔 から 小川 蓮 へ変更（7月1日付）

            必要書類は本日郵送いたしました。
            不足がありましたらご連絡ください。
        """), SIG_FUJITA),
    ))

    # first-aid booth, aggregate injury counts
    out.append(mail(
        "fujita", "pass", "pass", "benign.event_first_aid_aggregate",
        "Plans a marathon first-aid booth using last year's injury counts only; nobody is identified.",
        FUJITA, ["小江戸川越ハーフマラソン実行委員会 事務局 <info@koedo-half.example.jp>"],
        "救護ブース（柔整ケア）への協力について",
        body(d("""
            小江戸川越ハーフマラソン実行委員会
            事務局 ご担当者様

            今年もお声がけいただきありがとうございます。やまぶき整骨院の藤田です。
            11月の大会の救護ブースについて、当院から柔道整復師4名で協力いたします。

            参考までに、昨年ブースで対応した件数です。
            　筋けいれん（つり）　　　 41件
            　足関節の捻挫・痛み　　　 12件
            　膝の痛み　　　　　　　　 9件
            　熱中症の疑い（救護所へ引継ぎ） 3件
            テーピング用品の消費が多かったため、今年は2倍用意します。
            ブースの場所は、昨年同様ゴール後のエリアを希望します。
        """), SIG_FUJITA),
    ))

    # corporate account for direct debit
    out.append(mail(
        "tamura", "pass", "pass", "benign.corporate_account",
        "The account for the lease direct debit belongs to the clinic's company, not a private person.",
        TAMURA, ["みらいリース 契約管理課 <keiyaku@mirai-lease.example.co.jp>"],
        "口座振替先変更のお願い（契約番号 ML-2023-08841）",
        body(d("""
            みらいリース株式会社
            契約管理課 ご担当者様

            いつもお世話になっております。やまぶき整骨院の田村です。
            電療機器（干渉波治療器）のリース料の引落口座を、
            下記の法人口座へ変更したく、ご連絡いたしました。

            　契約番号：ML-2023-08841
            　新口座　：武蔵野みらい銀行 川越支店 普通 3318402
            　名義　　：カ）ヤマブキメディカル

            口座振替依頼書の用紙をお送りいただけますでしょうか。
            何月の引落から切り替わるかもあわせて教えていただけますと幸いです。
        """), SIG_TAMURA),
    ))

    # reception system outage and ransomware wording
    out.append(mail(
        "tamura", "pass", "pass", "benign.system_outage_malware",
        "\"障害\", \"感染\" and \"隔離\" refer to the reception system and a suspected ransomware infection.",
        TAMURA, ["レセプロ サポートセンター <support@recepro.example.co.jp>"],
        "【至急】受付・レセコンシステム障害のご相談",
        body(d("""
            株式会社レセプロ サポートセンター ご担当者様

            お世話になっております。やまぶき整骨院（ユーザーID：YB-0412）の田村です。

            本日8時50分ごろから、受付用PCでレセコンソフトが起動しなくなる障害が起きています。
            画面に英語で「ファイルが暗号化されました」という表示が出たため、
            ランサムウェア感染の可能性を考え、該当PCはLANケーブルを抜いて隔離しました。
            もう1台の施術室PCは、今のところ正常に動いています。

            ・データのバックアップ（毎晩自動）は外付けHDDに取れているはずです
            ・本日の受付は紙で対応しています

            至急、リモートか訪問での確認をお願いできますでしょうか。
            連絡は院の電話（049-0000-5210）へお願いいたします。
        """), SIG_TAMURA),
    ))

    # study-group reply chain
    chain = quote(d("""
        2025/06/18 9:12、ふじみ接骨院 原田 <harada@fujimi-sekkotsu.example.jp> のメール:
        小川先生、皆さま
        講師の件、かわごえ整形外科の谷口先生にご快諾いただきました。
        テーマは「見逃してはいけない小児の骨端線損傷」です。
        会場は川越市民会館の小会議室（定員30名）を押さえました。
        原田

        > 2025/06/17 21:40、小川 蓮 <ogawa@yamabuki-sekkotsu.example.jp> のメール:
        > 原田先生
        > 次回の勉強会、整形の先生にお話しいただけないか打診してもよいでしょうか。
        > 小川
    """))
    out.append(mail(
        "ogawa", "pass", "pass", "benign.study_group_chain",
        "A reply chain arranging a study meeting with a named doctor-lecturer and colleagues; no patient data.",
        OGAWA,
        ["ふじみ接骨院 原田 <harada@fujimi-sekkotsu.example.jp>",
         "さくら鍼灸整骨院 今井 <imai@sakura-shinkyu.example.jp>"],
        cc=["やまぶき整骨院 藤田 <fujita@yamabuki-sekkotsu.example.jp>"],
        subject="Re: 7月 川越柔整勉強会の講師について",
        text=body(d("""
            原田先生

            調整ありがとうございます！ 谷口先生にお話しいただけるのは心強いです。
            参加費は会場費と謝礼で1人1,500円でいかがでしょうか。
            案内文は私の方で作って、週末に皆さんへ回します。

            今井先生、当日の受付をお願いしてもよろしいでしょうか。
        """), SIG_OGAWA, chain),
    ))

    # job offer holder herself
    out.append(mail(
        "fujita", "pass", "pass", "benign.offer_holder_self",
        "An invitation sent to the job-offer holder herself; it asks her to bring documents in person rather than e-mail numbers.",
        FUJITA, ["野口 春香 <haruka.noguchi.jt@gmail.com>"],
        "内定者面談と入職前書類のご案内",
        body(d("""
            野口 春香 様

            やまぶき整骨院 院長の藤田です。
            先日は国家試験の合格、おめでとうございます。
            改めて、来春からのご入職を心より歓迎いたします。

            下記のとおり、内定者面談を行いたいと思います。
            　日時：7月19日（土）14:00～15:30
            　場所：やまぶき整骨院 本院（2階の休憩室）
            　内容：勤務条件の確認、院内見学、先輩スタッフとの懇談

            当日は、柔道整復師免許の登録済証明書の写しと、
            年金手帳（または基礎年金番号通知書）をお持ちください。
            番号類はメールで送らず、当日に原本を確認させていただきます。
        """), SIG_FUJITA),
    ))

    # sports team, aggregates and "障害" in the sports sense
    out.append(mail(
        "ogawa", "pass", "pass", "benign.sports_team_aggregate",
        "Team injury statistics and a \"スポーツ障害\" prevention talk are given only in aggregate.",
        OGAWA, ["川越北高校 サッカー部 監督 横山先生 <yokoyama@kawagoe-kita-hs.example.ed.jp>"],
        "今季の外傷・障害の集計とコンディショニング講習のご提案",
        body(d("""
            川越北高校 サッカー部
            監督 横山 先生

            いつもお世話になっております。やまぶき整骨院 川越駅前院の小川です。
            4～6月に当院で対応した部員の方のケガを、人数ベースでまとめました。

            　足関節捻挫　　　　 7名
            　肉離れ（ハムストリングス） 4名
            　オスグッド・シンスプリント等のスポーツ障害　5名
            　腰痛　　　　　　　 3名

            成長期のスポーツ障害が例年より多い印象です。
            夏休み中に、部員と保護者向けのコンディショニング講習（60分）を
            無料で行わせていただけないでしょうか。
            ストレッチとセルフケア、練習量の目安をお話しする予定です。
        """), SIG_OGAWA),
    ))

    # plain zip of flyer files
    out.append(mail(
        "tamura", "pass", "pass", "benign.plain_zip_flyer",
        "An unencrypted zip of flyer design files; no personal data.",
        TAMURA, ["川越プリント 営業 中山様 <nakayama@kawagoe-print.example.co.jp>"],
        "秋のチラシ 入稿データ（ZIP）",
        body(d("""
            川越プリント 中山 様

            お世話になっております。やまぶき整骨院の田村です。
            秋のチラシの入稿データをZIPでお送りします（パスワードなし）。
            B5両面・5,000部、新聞折込は9月6日（土）の予定です。
            校正紙はPDFでお送りいただければ大丈夫です。
        """), SIG_TAMURA),
        attachments=[att("やまぶき_秋チラシ_入稿.zip",
                         "やまぶき_秋チラシ_入稿.zip の内容:\nomote_B5_CMYK.ai\nura_B5_CMYK.ai\nlinks/院内写真_01.jpg\nlinks/院内写真_02.jpg\nlinks/地図.png\n入稿指示書.pdf\n", "application/zip")],
    ))

    return out
