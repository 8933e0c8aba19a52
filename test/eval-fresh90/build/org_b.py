"""Org B: さくら通り動物病院 — a small-animal hospital writing to pet owners
and partners (referral centre, pet insurer, groomer, pet hotel, wholesaler...)."""
from common import (T, join, addr, quote_gmail, original, forwarded, tensou, att,
                    hold, ok, card, jan13)

ORG = "B"
DOM = "sakuradori-ah.example.jp"

ASANO = addr("さくら通り動物病院 院長 浅野健一", f"asano@{DOM}")
YOSHIOKA = addr("吉岡 なつみ（さくら通り動物病院 受付）", f"uketsuke@{DOM}")
HIRATA = addr("平田 萌", f"m-hirata@{DOM}")

SIG = {
    "asano": T("""
        ----------------------------------------
        さくら通り動物病院
        院長・獣医師　浅野 健一
        〒350-0000 緑川市さくら通り3-12-5
        TEL 049-0000-8211　FAX 049-0000-8212
        診療時間 9:00-12:00 / 16:00-19:00（水曜・日曜午後休診）
        https://www.sakuradori-ah.example.jp/
        ----------------------------------------
        """),
    "yoshioka": T(f"""
        *・゜・*・゜・*・゜・*・゜・*
        さくら通り動物病院　受付
        吉岡 なつみ
        TEL 049-0000-8211（受付）
        Mail uketsuke@{DOM}
        *・゜・*・゜・*・゜・*・゜・*
        """),
    "hirata": T(f"""
        ―――
        平田 萌（ひらた もえ）
        動物看護師／トリミング・ホテル連携担当
        さくら通り動物病院
        049-0000-8211（内線24） m-hirata@{DOM}
        """),
}


def mails():
    m = []

    # ---------------------------------------------------------------- holds
    m.append(hold(
        kind="sensitive.owner_health_referral", writer="asano", loc="body",
        why="紹介状の本文に飼い主の氏名・住所・電話に加え、飼い主本人の腎移植・免疫抑制剤服用という健康情報が書かれている。",
        frm=ASANO, to=[addr("みなと大学附属動物医療センター 紹介受付", "referral@vmc.minato-u.example.ac.jp")],
        subject="ご紹介：柴犬 ムギ（11歳・去勢雄）副腎腫瘍疑い",
        text=join(T("""
            みなと大学附属動物医療センター
            内科 ご担当先生

            いつも大変お世話になっております。さくら通り動物病院の浅野です。
            下記の症例につきまして、精査をお願いしたくご紹介申し上げます。

            【患者】柴犬　ムギ　11歳　去勢雄　体重 10.4kg
            【飼い主】黒田 真理子 様
            　住所：緑川市東町1-4-22
            　電話：090-0000-5276
            【経過】
            　3か月前から多飲多尿、腹部膨満。ACTH刺激試験で軽度高値。
            　腹部エコーで左副腎の腫大（短径 14mm）を認めました。
            　CTによる評価と、手術適応についてご判断いただけますと幸いです。
            【その他】
            　飼い主様ご本人が腎移植後で免疫抑制剤を服用中とのことです。
            　人獣共通感染症のリスクについても、念のためご説明いただけますと助かります。

            血液検査結果とエコー画像は別途オンラインでお送りします。
            初診のご予約は飼い主様から直接お電話いただく予定です。
            何卒よろしくお願い申し上げます。
            """), SIG["asano"]),
        personal=[("name", "黒田 真理子"), ("address", "緑川市東町1-4-22"),
                  ("phone", "090-0000-5276"),
                  ("health", "腎移植後で免疫抑制剤を服用中")],
    ))

    m.append(hold(
        kind="id.owner_bank_account", writer="yoshioka", loc="body",
        why="保険金の直接振込先として、飼い主個人の銀行口座番号と名義を保険会社宛の本文に記載している。",
        frm=YOSHIOKA, to=[addr("すこやかペット少額短期保険 保険金請求窓口", "claims@sukoyaka-pet.example.co.jp")],
        subject="保険金請求書類の送付（証券番号 SP-2291-04473）",
        text=join(T("""
            すこやかペット少額短期保険株式会社
            保険金請求窓口 ご担当者様

            いつもお世話になっております。さくら通り動物病院 受付の吉岡です。
            下記のとおり、窓口精算ができなかった診療分の保険金請求をお送りします。

            ・証券番号：SP-2291-04473
            ・ご契約者：太田 健二 様
            ・対象動物：猫（スコティッシュ・フォールド）ソラ
            ・診療日：2025年5月21日〜5月23日（入院2泊）
            ・診療費合計：86,900円（明細・診断書はPDFで別送いたします）

            ご契約者様より、保険金はご本人口座への直接振込をご希望と伺っております。
            　振込先：みどり信用金庫 駅前支店　普通　4827163
            　名義：オオタ ケンジ

            書類に不備がございましたらご連絡ください。
            """), SIG["yoshioka"]),
        personal=[("name", "太田 健二"), ("bank_account", "普通　4827163"),
                  ("account_holder", "オオタ ケンジ")],
    ))

    cno = card("498706123458201")
    m.append(hold(
        kind="id.card_number_phone_order", writer="yoshioka", loc="body",
        why="電話で聞き取った飼い主のクレジットカード番号全桁と有効期限を配送業者宛のメール本文に書いている。",
        frm=YOSHIOKA, to=[addr("ワンニャン便 受注センター", "order@wannyan-bin.example.com")],
        subject="療法食 定期便のお申込み代行（さくら通り動物病院）",
        text=join(T(f"""
            ワンニャン便 受注センター ご担当者様

            お世話になっております。さくら通り動物病院の吉岡です。
            当院の飼い主様より、療法食の定期便のお申込みを電話で承りましたので
            代行でお送りいたします。

            ・お届け先：松田 裕子 様
            　緑川市西原2-9-30 ルミエール西原305
            　080-0000-6190
            ・商品：腎臓ケア ドライ 2kg × 2袋（4週間ごと）
            ・お支払い：クレジットカード
            　カード番号：{cno}
            　有効期限：09/28
            　名義：YUKO MATSUDA

            初回は6月25日着でお願いしたいとのことです。
            処方指示書は院長の署名入りで別途FAXいたします。
            """), SIG["yoshioka"]),
        personal=[("name", "松田 裕子"), ("address", "緑川市西原2-9-30 ルミエール西原305"),
                  ("phone", "080-0000-6190"), ("card_number", cno)],
    ))

    rabies = T("""
        登録番号,飼い主氏名,飼い主住所,電話番号,犬の名前,注射年月日,注射済票番号
        緑川R-2018-0412,前田 光男,緑川市本町4-3-1,049-0000-3381,コタロウ,2025/05/02,R7-0151
        緑川R-2020-1127,高野 絵美,緑川市東町2-18-6,080-0000-4410,ナナ,2025/05/07,R7-0152
        緑川R-2016-0093,内藤 昌平,緑川市さくら通り1-5-14,049-0000-1976,ゴン,2025/05/10,R7-0153
        緑川R-2022-0640,杉本 由美子,緑川市西原3-2-8,090-0000-2754,チョコ,2025/05/14,R7-0154
        緑川R-2019-0874,池田 大輔,緑川市北野6-11-2,070-0000-8123,ハル,2025/05/21,R7-0155
        緑川R-2023-0215,荒木 千夏,緑川市南台1-7-19-203,080-0000-0562,モカ,2025/05/28,R7-0156
        """)
    m.append(hold(
        kind="list.rabies_owner_list", writer="yoshioka", loc="attachment",
        why="添付CSVに複数の飼い主の氏名・住所・電話番号が並んだ名簿で、市への報告でも確認が必要。",
        frm=YOSHIOKA, to=[addr("緑川市 環境衛生課 動物愛護係", "dobutsu@city.midorikawa.example.lg.jp")],
        subject="狂犬病予防注射　5月分実施報告",
        text=join(T("""
            緑川市 環境衛生課 動物愛護係 ご担当者様

            いつもお世話になっております。さくら通り動物病院です。
            5月分の狂犬病予防注射の実施報告（6頭分）をCSVでお送りします。
            注射済票の残数は 44枚 です。追加の交付をお願いできますでしょうか。
            """), SIG["yoshioka"]),
        attachments=[att("狂犬病予防注射_実施報告_202505.csv", rabies)],
        personal=[("name", "前田 光男"), ("address", "緑川市本町4-3-1"),
                  ("name", "杉本 由美子"), ("phone", "090-0000-2754"),
                  ("name", "荒木 千夏")],
    ))

    roster = T("""
        送迎付きトリミング予約表（6/23〜6/28）　さくら通り動物病院 → Fluffy
        日付 | 飼い主様 | 住所 | 電話 | ワンちゃん | メモ
        6/23(月) | 岡本 恵理子 | 緑川市東町3-1-10 | 090-0000-1432 | トイプードル ココ | インターホン故障、到着時に電話
        6/24(火) | 村上 修 | 緑川市北野2-20-5 | 080-0000-7718 | ミニチュアダックス レオ | 平日日中は奥様対応
        6/25(水) | 小島 さやか | 緑川市南台4-6-1 グランメゾン南台702 | 070-0000-3365 | シーズー マロン | オートロック 702呼出
        6/27(金) | 藤田 茂 | 緑川市本町1-9-27 | 049-0000-5549 | ポメラニアン ルル | 高齢のため玄関先で受け渡し
        6/28(土) | 青木 美香 | 緑川市西原5-3-3 | 090-0000-8806 | マルチーズ ミルク | 皮膚疾患あり低刺激シャンプー
        """)
    m.append(hold(
        kind="list.grooming_pickup_roster", writer="hirata", loc="attachment",
        why="添付の予約表に複数の飼い主の氏名・住所・電話番号・在宅状況が並んでおり、名簿の外部送付にあたる。",
        frm=HIRATA, to=[addr("トリミングサロン Fluffy", "info@fluffy-salon.example.jp")],
        subject="来週の送迎付きトリミング予約分です",
        text=join(T("""
            Fluffy 山根さん

            お疲れさまです、さくら通り動物病院の平田です。
            来週分の送迎付きトリミングの予約表をお送りします。
            今回は5件です。6/26はお休みと伺っていたので入れていません。

            マルチーズの子は皮膚の治療中なので、シャンプーは前回お渡しした
            低刺激のものでお願いします！
            """), SIG["hirata"]),
        attachments=[att("送迎予約表_0623-0628.xlsx", roster)],
        personal=[("name", "岡本 恵理子"), ("address", "緑川市東町3-1-10"),
                  ("phone", "090-0000-1432"), ("name", "小島 さやか"),
                  ("address", "緑川市南台4-6-1 グランメゾン南台702")],
    ))

    owner_mail = T("""
        さくら通り動物病院　平田さま

        いつもクロがお世話になっております。森です。
        実は来月、乳がんの手術で2週間ほど入院することになりました。
        夫は単身赴任中で、クロ（ラブラドール・9歳）を預ける先がなく困っています。
        持病の薬（甲状腺）もあるので、病院と連携しているホテルさんがあれば
        ご紹介いただけないでしょうか。
        入院は7月14日から28日の予定です。

        森 和代
        携帯 080-0000-2297
        緑川市北野4-15-3
        """)
    m.append(hold(
        kind="sensitive.owner_surgery_forwarded", writer="hirata", loc="quoted",
        why="転送部分に飼い主本人の乳がん手術・入院予定と氏名・住所・電話が含まれ、要配慮情報をペットホテルへ渡している。",
        frm=HIRATA, to=[addr("ペットホテル こもれび", "reserve@komorebi-hotel.example.jp")],
        subject="Fw: 長期お預かりのご相談（7/14〜7/28）",
        text=join(T("""
            こもれび 予約ご担当さま

            いつもお世話になっております。さくら通り動物病院の平田です。
            当院の患者さんの飼い主様から、長期お預かりのご相談がありました。
            ラブラドールの大型犬で、甲状腺のお薬を1日2回飲んでいます。
            7月後半の2週間、お部屋の空きはありますでしょうか？

            お薬と食事の指示書は当院で作成してお渡しできます。
            ご確認よろしくお願いします。
            """), SIG["hirata"],
            tensou("森 和代 <kazuyo.mori.0312@gmail.com>", "2025年6月17日 21:48",
                   "ホテルのご相談", "平田 萌 <m-hirata@sakuradori-ah.example.jp>", owner_mail)),
        personal=[("health", "乳がんの手術で2週間ほど入院"), ("name", "森 和代"),
                  ("phone", "080-0000-2297"), ("address", "緑川市北野4-15-3"),
                  ("email", "kazuyo.mori.0312@gmail.com")],
    ))

    applicant = T("""
        浅野先生

        いつもチャチャの診察でお世話になっております。
        ねこのわさんの譲渡会で見た三毛の子猫（「すず」ちゃん）を家族に迎えたいと
        考えています。先生が提携されていると伺ったので、ご紹介をお願いできますか。

        ・氏名：長尾 智也（ながお ともや）、38歳
        ・住所：緑川市南台2-21-4
        ・電話：090-0000-6451
        ・勤務先：株式会社ミドリ精機 品質保証部（在宅勤務 週3日）
        ・家族構成：妻（36歳・専業主婦）、長女（7歳）、先住猫1匹（チャチャ・5歳）
        ・住居：持ち家（戸建て）

        どうぞよろしくお願いいたします。
        """)
    m.append(hold(
        kind="personal.adoption_applicant_forwarded", writer="asano", loc="quoted",
        why="転送部分に譲渡希望者の氏名・年齢・住所・電話・勤務先・家族構成が含まれ、一個人のプロフィールを第三者団体へ送っている。",
        frm=ASANO, to=[addr("NPO法人ねこのわ 譲渡担当", "jouto@nekonowa.example.org")],
        subject="Fw: 保護猫の譲渡についてのご相談",
        text=join(T("""
            ねこのわ 譲渡担当 様

            浅野です。いつもお世話になっております。
            先日の譲渡会に来られた方から、当院経由でご相談がありましたので転送します。
            先住猫は当院で5年診ており、ワクチン・ウイルス検査とも問題ありません。
            飼育環境も含め、当院としては安心してお任せできる方だと思います。

            面談の日程調整は直接ご本人とお願いできますでしょうか。
            """), SIG["asano"],
            forwarded("長尾 智也 <t.nagao.home@outlook.com>", "2025年6月8日(日) 22:15",
                      "保護猫の譲渡について", "asano@sakuradori-ah.example.jp", applicant)),
        personal=[("name", "長尾 智也"), ("address", "緑川市南台2-21-4"),
                  ("phone", "090-0000-6451"),
                  ("employer", "株式会社ミドリ精機 品質保証部"),
                  ("family", "妻（36歳・専業主婦）、長女（7歳）")],
    ))

    m.append(hold(
        kind="personal.debt_in_subject", writer="asano", loc="subject",
        why="件名に特定の飼い主の氏名・電話番号と未収金額が書かれ、債務情報が件名だけで外部の法律事務所へ出る。",
        frm=ASANO, to=[addr("弁護士 北条 あかね（みらい総合法律事務所）", "hojo@mirai-law.example.jp")],
        subject="未収診療費のご相談：佐伯 隆之様（090-0000-7721）計58,300円",
        text=join(T("""
            みらい総合法律事務所
            北条先生

            先日はお電話でのご相談に応じていただき、ありがとうございました。
            さくら通り動物病院の浅野です。

            件名の件、昨年11月の手術・入院分が未収のままとなっております。
            当院から3回書面で督促しましたが、応答がございません。
            先生のお名前で内容証明郵便をお送りいただく場合の費用感を
            お教えいただけますでしょうか。

            診療明細と督促状の控えは本日郵送いたしました。
            よろしくお願い申し上げます。
            """), SIG["asano"]),
        personal=[("name", "佐伯 隆之"), ("phone", "090-0000-7721"), ("debt", "58,300円")],
    ))

    clients = T("""
        client_id,owner_name,kana,zip,address,tel,email,birth_date,pets
        C000184,石原 静香,イシハラ シズカ,350-0000,緑川市本町2-6-11,049-0000-4471,shizuka.i@yahoo.co.jp,1979-04-18,ポン(猫)
        C000207,山内 賢治,ヤマウチ ケンジ,350-0000,緑川市北野1-2-30,090-0000-3391,kenji.yamauchi@gmail.com,1966-11-02,ジロー(犬)/ミケ(猫)
        C000233,福田 麻衣,フクダ マイ,350-0000,緑川市東町5-8-2-101,080-0000-9142,mai.fukuda@outlook.com,1991-07-25,ラテ(犬)
        C000251,渡部 昭,ワタベ アキラ,350-0000,緑川市西原1-14-7,049-0000-2205,,1948-02-09,タマ(猫)
        C000262,中川 杏奈,ナカガワ アンナ,350-0000,緑川市南台3-3-3,070-0000-6687,anna.nakagawa@gmail.com,1988-12-30,ベル(犬)
        C000279,久保田 健太郎,クボタ ケンタロウ,350-0000,緑川市さくら通り4-1-9,090-0000-1570,k.kubota.vet@gmail.com,1975-06-14,ボス(犬)
        """)
    m.append(hold(
        kind="list.client_master_zip", writer="yoshioka", loc="zip",
        why="暗号化されていないZIP内のCSVに飼い主の氏名・住所・電話・メール・生年月日が並ぶ顧客マスタが入っている。",
        frm=YOSHIOKA, to=[addr("株式会社ベットシステムズ 導入支援", "onboarding@vetsys.example.co.jp")],
        subject="電子カルテ移行用データの送付（さくら通り動物病院）",
        text=join(T("""
            株式会社ベットシステムズ
            導入支援ご担当者様

            お世話になっております。さくら通り動物病院の吉岡です。
            旧システムから書き出したデータをZIPにまとめてお送りします。
            （テスト移行用に、まず6件分だけ抜き出しています）

            文字コードはUTF-8、区切りはカンマです。
            ペット情報は仮に1列にまとめていますが、分け方のご指示があれば
            出し直します。よろしくお願いいたします。
            """), SIG["yoshioka"]),
        attachments=[att("export_20250601.zip/clients.csv", clients)],
        personal=[("name", "石原 静香"), ("email", "kenji.yamauchi@gmail.com"),
                  ("address", "緑川市東町5-8-2-101"), ("birth_date", "1948-02-09"),
                  ("phone", "070-0000-6687")],
    ))

    owners = [
        addr("小林 由紀", "yuki.kobayashi.0208@gmail.com"),
        addr("斎藤 大樹", "daiki-saito@yahoo.co.jp"),
        addr("井上 美穂", "miho.inoue77@outlook.com"),
        addr("木村 拓也", "takuya.kimura.dog@gmail.com"),
        addr("林 千尋", "chihiro_h@yahoo.co.jp"),
        addr("清水 亮介", "r.shimizu.home@gmail.com"),
        addr("山崎 恵美", "emi.yamazaki@outlook.com"),
        addr("森田 和也", "kazuya.morita55@gmail.com"),
        addr("阿部 菜々子", "nanako.abe@yahoo.co.jp"),
        addr("池田 悠斗", "yuto.ikeda.cat@gmail.com"),
        addr("橋本 真由美", "mayumi.hashimoto@outlook.com"),
        addr("石川 光", "hikaru.ishikawa.w@gmail.com"),
        addr("前川 聡子", "satoko.maekawa@yahoo.co.jp"),
        addr("小山 健", "ken.koyama.inu@gmail.com"),
        addr("岡 さくら", "sakura.oka.2011@outlook.com"),
    ]
    m.append(hold(
        kind="recipients.owners_in_to", writer="yoshioka", loc="recipients",
        why="飼い主15名の個人アドレスを宛先（To）に並べて一斉送信しており、BCCにすべき社外アドレスが互いに見える。",
        frm=YOSHIOKA, to=owners,
        subject="【さくら通り動物病院】混合ワクチン接種時期のお知らせ",
        text=join(T("""
            飼い主の皆さま

            いつもさくら通り動物病院をご利用いただき、ありがとうございます。
            ご登録のワンちゃん・ネコちゃんが、7月に混合ワクチンの接種時期を迎えます。

            ・接種は予約制です（お電話またはWeb予約）
            ・7月中の土曜日は混み合いますので、平日のご来院がおすすめです
            ・フィラリア予防薬とあわせてのご来院も承ります

            Web予約：https://www.sakuradori-ah.example.jp/reserve

            ご不明な点は受付までお気軽にお問い合わせください。
            """), SIG["yoshioka"]),
    ))

    # ---------------------------------------------------------------- passes
    m.append(ok(
        kind="benign.pet_results_to_owner", writer="asano",
        why="飼い主本人へペットの検査結果を伝えるメールで、動物の健康情報は要配慮個人情報ではない。",
        frm=ASANO, to=[addr("小池 綾乃", "ayano.koike.home@gmail.com")],
        subject="マロンちゃんの血液検査結果について",
        text=join(T("""
            小池 綾乃 様

            さくら通り動物病院の浅野です。
            昨日お預かりしたマロンちゃん（トイプードル・8歳）の血液検査結果が出ましたので
            お知らせします。

            ・ALT 142 U/L（基準 17〜78）→ やや高め
            ・ALP 310 U/L（基準 47〜254）→ やや高め
            ・BUN、クレアチニン → 正常範囲
            ・血糖 → 正常範囲

            肝臓の数値が少し高いものの、元気・食欲があり、現時点で急ぐ治療は
            必要ないと考えています。肝臓サポートのサプリメント「リーバ」を1か月
            試していただき、7月中旬に再検査しましょう。

            同居のレオくんの健康診断も同じ日にできますので、ご希望があれば
            受付にお申し付けください。
            """), SIG["asano"]),
    ))

    m.append(ok(
        kind="benign.pet_loss_condolence", writer="yoshioka",
        why="ペットを亡くした飼い主本人へのお悔やみで、第三者の個人情報を含まない。",
        frm=YOSHIOKA, to=[addr("大森 直美", "naomi.omori@yahoo.co.jp")],
        subject="ハナちゃんのこと",
        text=join(T("""
            大森 直美 様

            さくら通り動物病院の吉岡です。
            先日はハナちゃんのご最期に立ち会わせていただき、ありがとうございました。
            14年間、本当によく頑張ってくれましたね。
            待合室でいつもしっぽを振ってくれたハナちゃんを、スタッフ一同忘れません。

            本日、院長とスタッフからささやかなお花をお送りしました。
            明日の午前中に届く予定です。

            お辛い時期かと存じますが、どうぞご自愛ください。
            何かお困りのことがあれば、いつでもご連絡くださいね。
            """), SIG["yoshioka"]),
    ))

    m.append(ok(
        kind="benign.ward_infection_control", writer="hirata",
        why="院内の動物の感染症と隔離対応の連絡で、飼い主や動物の個別情報を含まない。",
        frm=HIRATA, to=[addr("トリミングサロン Fluffy", "info@fluffy-salon.example.jp"),
                        addr("ペットホテル こもれび", "reserve@komorebi-hotel.example.jp")],
        subject="【ご連絡】院内でのパルボウイルス感染症対応について",
        text=join(T("""
            Fluffy 山根さま
            こもれび 予約ご担当さま

            いつもお世話になっております。さくら通り動物病院の平田です。

            昨日、外来の子犬1頭がパルボウイルス感染症と診断され、
            当院の隔離室で入院治療を行っています。
            一般病棟・トリミング室との動線は分けており、消毒も完了していますが、
            念のため下記の対応をとります。

            ・6/20〜6/27 当院経由のトリミング送迎・ホテル送迎を一時停止
            ・同期間、入院中の子の面会制限（ご家族も隔離室には入れません）
            ・ワクチン未接種の子犬のお預かりは当面お断り

            ご迷惑をおかけしますが、ご理解のほどよろしくお願いいたします。
            再開時期が決まり次第ご連絡します。
            """), SIG["hirata"]),
    ))

    j1, j2, j3 = jan13("456999201354"), jan13("456999201361"), jan13("456999207431")
    m.append(ok(
        kind="benign.jan_lot_order", writer="hirata",
        why="JANコードやロット番号、人名に見える商品名を含む発注で、個人情報はない。",
        frm=HIRATA, to=[addr("株式会社アニマルメディカ 受注センター", "juchu@animalmedica.example.co.jp")],
        subject="発注のお願い（さくら通り動物病院 得意先コード 30418）",
        text=join(T(f"""
            株式会社アニマルメディカ
            受注センター ご担当者様

            いつもお世話になっております。さくら通り動物病院の平田です。
            下記の発注をお願いいたします。

            品名 / JAN / 数量
            ・低刺激シャンプー「レイナ」300ml / {j1} / 6本
            ・関節サプリ「ミナ」60粒 / {j2} / 10箱
            ・耳洗浄液「エマ」120ml / {j3} / 8本

            前回納品の「ミナ」はロット MN2503-117 でしたが、同一ロットの指定は不要です。
            使用期限が2026年3月以降のものでお願いします。

            納品希望日：6月24日（火）午前
            """), SIG["hirata"]),
    ))

    chip = "392141000483716"
    m.append(ok(
        kind="benign.microchip_to_owner", writer="yoshioka",
        why="飼い主本人へのマイクロチップ登録完了の連絡で、15桁の番号は動物の識別番号。",
        frm=YOSHIOKA, to=[addr("佐野 陽菜", "hina.sano@gmail.com")],
        subject="マイクロチップ登録完了のお知らせ（ぷりんちゃん）",
        text=join(T(f"""
            佐野 陽菜 様

            こんにちは、さくら通り動物病院の吉岡です。
            先日装着したぷりんちゃんのマイクロチップについて、
            環境省データベースへの登録が完了しましたのでお知らせします。

            　マイクロチップ番号：{chip}
            　装着日：2025年6月3日
            　装着部位：左肩甲骨の間

            登録証明書は郵送で届きます。お引越しなどで連絡先が変わったときは、
            飼い主様ご自身でデータベースの変更届をお願いしますね。
            """), SIG["yoshioka"]),
    ))

    prev = T("""
        Dear Dr. Asano,

        Thank you for the invitation. The date works for me. Could you tell me how the
        honorarium will be paid? My Japanese account is the one I used for the
        Yokohama seminar last year.

        Best,
        Emily
        """)
    m.append(ok(
        kind="benign.speaker_own_fee_english", writer="asano",
        why="講師本人に謝礼と振込先（下4桁のみ）を伝える英文メールで、第三者へ個人情報を出していない。",
        frm=ASANO, to=[addr("Dr. Emily Carter", "carter@vetderm.example.com")],
        subject="Re: Webinar on canine atopic dermatitis - July 19",
        text=join(T("""
            Dear Dr. Carter,

            Thank you very much for accepting our invitation.
            Here are the details for the webinar:

              Date    : Saturday, July 19, 2025, 19:00-20:30 JST
              Audience: about 40 veterinarians and nurses in the Midorikawa area
              Platform: https://webinar.sakuradori-ah.example.jp/0719

            The honorarium of JPY 80,000 (after withholding tax) will be transferred to
            the account we have on file, ending in ***4821, by July 31.
            Please let me know if that account is no longer valid.

            We look forward to your talk.

            Kind regards,
            Kenichi Asano, DVM
            Director, Sakuradori Animal Hospital
            """),
            "On Mon, Jun 9, 2025 at 8:14 PM Emily Carter <carter@vetderm.example.com> wrote:\n"
            + "\n".join("> " + l if l else ">" for l in prev.rstrip("\n").split("\n")) + "\n"),
    ))

    m.append(ok(
        kind="benign.masked_card_receipt", writer="yoshioka",
        why="飼い主本人への領収書で、カード番号は下4桁以外マスクされている。",
        frm=YOSHIOKA, to=[addr("西村 健太", "kenta.nishimura@outlook.com")],
        subject="領収書の再発行について",
        text=join(T("""
            西村 健太 様

            さくら通り動物病院の吉岡です。
            ご依頼いただいた領収書を再発行しましたので、内容をお知らせします。
            PDFの原本は本日郵送いたしました。

            　領収書番号：R-2025-05-0873
            　診療日：2025年5月30日
            　金額：12,650円（税込）
            　お支払方法：クレジットカード（VISA **** **** **** 3317）
            　但し書き：診療費として（ポテト 去勢手術）

            会社への提出用に宛名を変更されたい場合は、お気軽にお申し付けください。
            """), SIG["yoshioka"]),
    ))

    notice = T("""
        さくら通り動物病院 御中

        平素より格別のお引き立てを賜り、厚く御礼申し上げます。
        このたび弊社の取引銀行統合に伴い、7月1日より振込先口座を下記に変更いたします。

        新口座：みずほ台銀行 本店営業部 普通 7654321
        口座名義：カ）アニマルメディカ

        お手数をおかけいたしますが、ご登録の変更をお願い申し上げます。

        株式会社アニマルメディカ 経理部 石田
        """)
    m.append(ok(
        kind="benign.corporate_account_change", writer="asano",
        why="取引先の法人口座変更の確認で、個人の口座情報ではない。",
        frm=ASANO, to=[addr("株式会社アニマルメディカ 経理部 石田", "keiri@animalmedica.example.co.jp")],
        subject="Re: 振込先口座変更のお知らせ",
        text=join(T("""
            株式会社アニマルメディカ
            経理部 石田様

            さくら通り動物病院の浅野です。
            振込先変更のご案内、承知いたしました。
            7月支払分（6月末締め）から新口座へお振込みいたします。

            念のため、6月請求書にも新口座をご記載いただけますと助かります。
            """), SIG["asano"],
            original("keiri@animalmedica.example.co.jp", "2025年6月10日 15:22",
                     "asano@sakuradori-ah.example.jp", "振込先口座変更のお知らせ", notice)),
    ))

    m.append(ok(
        kind="benign.plain_zip_study_material", writer="hirata",
        why="暗号化されていないZIPで、中身はトリミング勉強会の資料のみ。",
        frm=HIRATA, to=[addr("トリミングサロン Fluffy", "info@fluffy-salon.example.jp")],
        subject="勉強会の資料です（皮膚トラブルとシャンプー）",
        text=join(T("""
            山根さん

            先日の勉強会、参加ありがとうございました！
            資料をzipでまとめて送ります（パスワードなしです）。
            スタッフの皆さんでも共有していただいて大丈夫です。

            次回は8月に「高齢犬のトリミング時の注意点」をやる予定です。
            """), SIG["hirata"]),
        attachments=[
            att("skin_study_202506.zip/01_皮膚の基礎.txt", T("""
                皮膚トラブルの基礎
                1. 犬の皮膚は人より薄く、pHは中性〜弱アルカリ性
                2. よくある症状：かゆみ、赤み、フケ、脱毛、においの変化
                3. トリミング時に気づいたら：写真を撮って飼い主様と病院に共有
                """)),
            att("skin_study_202506.zip/02_シャンプー選び.txt", T("""
                シャンプー選びの目安
                ・乾燥肌：保湿成分入り、洗浄力の弱いもの
                ・脂漏：洗浄力のあるもの、すすぎを十分に
                ・治療中：病院の指示したシャンプーを優先（自己判断で変えない）
                """)),
        ],
    ))

    duty_prev = T("""
        各院の先生方

        緑川地区獣医師会 夜間救急委員の中西です。
        8月の夜間救急当番表（案）を作成しました。ご都合の悪い日があれば
        6/25までにお知らせください。

        8/2（土）さくら通り動物病院（浅野先生）
        8/9（土）みなみ台ペットクリニック（相原先生）
        8/16（土）きたの動物病院（竹内先生）
        8/23（土）ほしぞら動物病院（中西）
        8/30（土）にしはら犬猫病院（大野先生）

        中西 俊
        ほしぞら動物病院 院長／緑川地区獣医師会 夜間救急委員
        TEL 049-0000-7320
        """)
    m.append(ok(
        kind="benign.vet_association_duty_roster", writer="asano",
        why="獣医師会の夜間救急当番の調整で、獣医師の業務上の氏名と病院名のみを含む返信。",
        frm=ASANO, to=[addr("中西 俊（ほしぞら動物病院）", "nakanishi@hoshizora-vet.example.jp")],
        cc=[addr("相原 先生（みなみ台ペットクリニック）", "aihara@minamidai-pet.example.jp"),
            addr("竹内 先生（きたの動物病院）", "takeuchi@kitano-ah.example.jp"),
            addr("大野 先生（にしはら犬猫病院）", "ohno@nishihara-inuneko.example.jp")],
        subject="Re: 8月 夜間救急当番表（案）",
        text=join(T("""
            中西先生、各院の先生方

            さくら通り動物病院の浅野です。当番表の作成ありがとうございます。
            8/2（土）は学会と重なってしまいました。大変恐縮ですが、
            どなたか8/9以降の日と交換していただけないでしょうか。
            交換いただける場合は、9月の当番を1回多めに引き受けます。

            お盆期間（8/13〜8/16）の電話転送の運用も、次回委員会で確認させてください。
            """), SIG["asano"],
            quote_gmail("2025年6月16日(月) 22:05 中西 俊 <nakanishi@hoshizora-vet.example.jp>:", duty_prev)),
    ))

    return m
