"""Org E: 株式会社アクアフィット (fitness and swimming club)."""
from common import (T, J, addr, quote, gmail_attr, outlook_header, text_table, box_table,
                    csv_text, att, P, mail, jd, sd, jan13, group4)

ORG = "E"
DOM = "aquafit.example.co.jp"

NITTA = addr("アクアフィット湊南 新田", f"nitta.sho@{DOM}")
MATSUURA = addr("松浦 由紀", f"matsuura.yuki@{DOM}")
HASEBE = addr("アクアフィット スイミングスクール 長谷部", f"hasebe.jun@{DOM}")

SIG_NITTA = T("""
-------------
アクアフィット湊南 フロントチーフ
新田 翔 (にった しょう)
TEL 052-0000-6681
-------------
""")

SIG_MATSUURA = T(f"""
==============================
株式会社アクアフィット 本部
会員サービス課　松浦 由紀
〒460-0000 名古屋市中区栄4-11-8 アクアフィット本部ビル3F
TEL 052-0000-6600（代表） 052-0000-6624（直通）
matsuura.yuki@{DOM}
==============================
""")

SIG_HASEBE = T("""
――――――――――――――――――――
アクアフィット スイミングスクール
主任コーチ　長谷部 純
（日本スポーツ協会公認 水泳コーチ3）
アクアフィット湊南 TEL 052-0000-6681
――――――――――――――――――――
""")


def mails():
    out = []
    card = "5354201178349218"

    # ------------------------------------------------------------ holds
    # H1 body: a member's full card number to the payment processor
    out.append(mail(
        ORG, "E2", "body", "hold", "id.member_card_number_to_processor",
        "A member's full credit-card number and expiry are typed into a mail to the payment processor.",
        MATSUURA, [addr("ペイライン 加盟店サポート", "merchant-support@payline.example.co.jp")],
        "月会費 カード変更の手動登録依頼",
        J(T(f"""
        ペイライン 加盟店サポート ご担当者様

        アクアフィット本部 会員サービス課の松浦です。
        会員様のカード変更が管理画面からエラー（E-301）で登録できないため、
        お手数ですがそちらで手動登録をお願いできますでしょうか。

        会員番号：AF-0381125（アクアフィット湊南）
        会員氏名：河合 美穂 様
        カード番号：{group4(card, " ")}
        有効期限：09/28
        引落開始：10月分会費（9,680円）から

        ご本人には、反映まで数日かかる旨お伝え済みです。
        """), "", SIG_MATSUURA),
        personal=[P("name", "河合 美穂"), P("member_id", "AF-0381125"),
                  P("card_number", group4(card, " ")), P("card_expiry", "09/28")]))

    # H2 body: reply to a parent naming another child's infection
    out.append(mail(
        ORG, "E3", "body", "hold", "sensitive.third_party_infection_to_parent",
        "A reply to a parent names another child in the class and her diagnosis of hand, foot and mouth disease.",
        HASEBE, [addr("高田 真理子", "mariko.takada.88@gmail.com")],
        "Re: 木曜クラスの休講について",
        J(T("""
        高田 様

        いつもアクアフィット スイミングスクールをご利用いただき、ありがとうございます。
        主任コーチの長谷部でございます。

        お問い合わせの木曜17時クラスの休講についてご説明いたします。
        同じクラスの 小西 蓮 くんが手足口病と診断されたと保護者の方からご連絡があり、
        念のため今週のみ休講とし、プールサイドとロッカーの消毒を行うことといたしました。

        振替は来週月曜または水曜の同時間帯でお受けいたします。
        ご心配をおかけし申し訳ございませんが、何卒ご理解のほどよろしくお願いいたします。
        """), "", SIG_HASEBE, "",
          gmail_attr("2025年7月7日(月)", "21:05", "高田 真理子", "mariko.takada.88@gmail.com"),
          quote(T("""
          長谷部コーチ
          木曜クラスが急に休講と聞きました。何かあったのでしょうか？
          振替はできますか。
          高田（結衣の母）
          """))),
        personal=[P("name", "小西 蓮"), P("diagnosis", "手足口病")]))

    # H3 body: member's injury history to an osteopath
    out.append(mail(
        ORG, "E1", "body", "hold", "sensitive.member_injury_to_osteopath",
        "A member's name, phone and disc-herniation history are passed to a partner osteopath.",
        NITTA, [addr("みずほ整骨院 院長 堀先生", "hori@mizuho-seikotsu.example.jp")],
        "会員さんのご紹介(腰痛)",
        J(T("""
        堀先生

        お世話になってます!アクアフィット湊南の新田です.
        会員さんを1名ご紹介させてください.

        名前: 吉田 和夫 さん(58歳)
        電話: 090-0000-8417
        症状: 腰椎椎間板ヘルニア(L4/5)で去年手術してて、最近また右脚にしびれ
        ジムではマシン控えてもらって、今は水中ウォーキングだけにしてます,

        先生の都合のいい日に直接電話してもらえると助かります、本人には言ってあります!
        """), "", SIG_NITTA),
        personal=[P("name", "吉田 和夫"), P("phone", "090-0000-8417"),
                  P("diagnosis", "腰椎椎間板ヘルニア(L4/5)")]))

    # H4 attachment: birthday member list CSV to a campaign vendor
    rows = [
        ["AF-0210448", "水野 恵子", "1971/10/02", "052-0000-1934", "名古屋市港区小碓3-118"],
        ["AF-0298811", "浅井 純一", "1988/10/09", "080-0000-7211", "名古屋市中川区荒子2-95-1"],
        ["AF-0355027", "丹羽 聡美", "1979/10/15", "090-0000-3058", "名古屋市港区港楽1-6-22"],
        ["AF-0362290", "加藤 正樹", "1965/10/21", "052-0000-4480", "名古屋市南区呼続4-12-7"],
        ["AF-0370113", "杉浦 彩", "1995/10/30", "070-0000-6642", "名古屋市熱田区六番3-4-9 シティ六番502"],
    ]
    out.append(mail(
        ORG, "E2", "attachment", "hold", "list.birthday_members_csv",
        "A CSV of members with birth dates, phones and addresses is attached for a campaign vendor.",
        MATSUURA, [addr("ナゴヤプロモーション 岡本様", "okamoto@nagoya-promo.example.co.jp")],
        "10月 バースデー特典ハガキ 送付リスト",
        J(T("""
        ナゴヤプロモーション 岡本様

        いつもお世話になっております。アクアフィット本部の松浦です。
        10月誕生月の会員様向け特典ハガキの送付リストを添付いたします。
        """), "",
          text_table(["店舗", "件数"], [["湊南", "142"], ["金山", "118"], ["千種", "96"]]), "",
          T("""
          ※ 添付は湊南店の先頭5件（校正用）です。残りは校正OK後にお送りします。
          デザインは9月と同じで、特典内容のみ差し替えをお願いします。
          """), "", SIG_MATSUURA),
        attachments=[att("birthday_202510_minatominami.csv",
                         csv_text(["会員番号", "氏名", "生年月日", "電話", "住所"], rows))],
        personal=[P("name", "水野 恵子"), P("birth_date", "1971/10/02"),
                  P("phone", "052-0000-1934"), P("name", "杉浦 彩"),
                  P("address", "名古屋市熱田区六番3-4-9 シティ六番502")]))

    # H5 attachment: camp health survey with children's conditions to the hotel
    survey = T("""
    アクアフィット スイミングスクール 選手コース 夏合宿（8/18〜8/20）
    参加者 健康調査票 まとめ（宿泊施設様 共有用）

    No. 氏名　　　　　学年　　持病・アレルギー　　　　　　　　　常備薬・対応
    01  森本 悠真　　 小6　　気管支喘息　　　　　　　　　　　 吸入薬（メプチン）持参
    02  安田 美桜　　 小5　　卵・乳アレルギー　　　　　　　　 エピペン持参、除去食希望
    03  近藤 蒼太　　 中1　　てんかん（服薬でコントロール中） 朝夕服薬、発作時は側臥位
    04  福井 杏奈　　 小6　　なし　　　　　　　　　　　　　　 ―
    05  上田 湊　　　 中2　　アトピー性皮膚炎　　　　　　　　 塗り薬、タオル別
    06  荒井 ゆず　　 小5　　そばアレルギー　　　　　　　　　 除去食希望

    緊急連絡先は引率コーチ（長谷部）携帯 090-0000-2715 まで
    """)
    out.append(mail(
        ORG, "E3", "attachment", "hold", "sensitive.camp_health_survey_to_hotel",
        "The attached survey lists named children with asthma, epilepsy and allergies for an outside hotel.",
        HASEBE, [addr("ホテル蒲郡ベイサイド 宴会・団体係 中川様", "group@gamagori-bayside.example.co.jp")],
        "夏合宿 お食事・健康面のご配慮について",
        J(T("""
        ホテル蒲郡ベイサイド
        宴会・団体係　中川 様

        拝啓　盛夏の候、ますますご清栄のこととお慶び申し上げます。
        アクアフィット スイミングスクールの長谷部でございます。
        8月18日からの夏合宿では、今年もお世話になります。

        お食事の除去対応と、夜間の体調急変時のご協力をお願いしたく、
        参加者の健康調査票のまとめを添付いたします。
        厨房のご担当者様にもご共有いただけますと幸いです。

        引率は、私を含むコーチ4名でございます。
        何卒よろしくお願い申し上げます。

        敬具
        """), "", SIG_HASEBE),
        attachments=[att("夏合宿_健康調査まとめ.txt", survey)],
        personal=[P("name", "森本 悠真"), P("diagnosis", "気管支喘息"),
                  P("name", "近藤 蒼太"), P("diagnosis", "てんかん（服薬でコントロール中）"),
                  P("name", "安田 美桜")]))

    # H6 quoted: theft-victim report quoted under a reply to the locker vendor
    q = T("""
    新田さん

    遅番の石原です。報告です。
    本日19時頃、女子ロッカー 214番 で盗難がありました。
    被害者：会員 森下 千夏 様（AF-0344906）
    被害：財布（現金約3万円、カード類）
    中警察署に被害届を提出済み、担当は生活安全課の方です。
    ご本人連絡先：080-0000-5573
    ロッカーの鍵がこじ開けられた形跡あり。業者さんに交換依頼お願いします。
    """)
    out.append(mail(
        ORG, "E1", "quoted", "hold", "sensitive.quoted_theft_victim_to_vendor",
        "A staff report naming a theft victim and her phone number is quoted under a repair request to the locker vendor.",
        NITTA, [addr("東海ロッカー工業 サービス課", "service@tokai-locker.example.co.jp")],
        "Fw: 女子ロッカー214 鍵交換おねがいします",
        J(T("""
        東海ロッカー工業さま

        アクアフィット湊南の新田です、いつもありがとうございます!
        下の件で、女子ロッカー214番のシリンダー交換をお願いしたいです.
        できれば今週中、営業時間外(22時以降 or 朝9時前)だと助かります〜
        """), "", SIG_NITTA, "",
          gmail_attr("2025年9月2日(火)", "21:48", "石原 美里", f"ishihara.m@{DOM}"),
          quote(q)),
        personal=[P("name", "森下 千夏"), P("member_id", "AF-0344906"),
                  P("crime_victim", "被害届を提出済み"), P("phone", "080-0000-5573")]))

    # H7 quoted: neighbour's complaint with full contact quoted to the HVAC contractor
    q = T("""
    アクアフィット湊南 店長様

    隣のマンション（ラフォーレ港南）の402号室に住んでいる大橋と申します。
    夜22時を過ぎても、屋上の室外機の音がうるさくて眠れません。
    先月から何度も電話していますが改善されません。
    きちんと対応していただけない場合は、市の環境保全課に相談します。

    大橋 恭子
    名古屋市港区港南町5-2-1 ラフォーレ港南402
    090-0000-4128
    kyoko.ohashi.402@yahoo.co.jp
    """)
    out.append(mail(
        ORG, "E2", "quoted", "hold", "personal.quoted_neighbour_complaint_to_contractor",
        "A neighbour's complaint with her name, address, phone and e-mail is quoted under a mail to the HVAC contractor.",
        MATSUURA, [addr("中部空調サービス 工事部 高木様", "takagi@chubu-kucho.example.co.jp")],
        "Re: 湊南店 室外機の騒音について",
        J(T("""
        中部空調サービス株式会社
        工事部　高木様

        いつもお世話になっております。アクアフィット本部の松浦です。
        湊南店屋上の室外機について、近隣の方から下記のご意見をいただいております。
        防音パネルの設置と、夜間の運転モード変更についてお見積りをお願いできますでしょうか。
        """), "",
          text_table(["候補", "現地調査日"], [["1", f"{sd(9, 16)} 10:00"], ["2", f"{sd(9, 18)} 14:00"]]), "",
          SIG_MATSUURA, "",
          gmail_attr("2025年9月10日(水)", "23:12", "湊南店 店長 宮川", f"minatominami@{DOM}"),
          quote(T("""
          松浦さん
          以下、近隣の方からのメールです。対応をご相談させてください。
          宮川
          """)), ">",
          quote(q)),
        personal=[P("name", "大橋 恭子"), P("address", "名古屋市港区港南町5-2-1 ラフォーレ港南402"),
                  P("phone", "090-0000-4128"), P("email", "kyoko.ohashi.402@yahoo.co.jp")]))

    # H8 subject: child's epilepsy in the subject line to the bus company
    out.append(mail(
        ORG, "E3", "subject", "hold", "sensitive.subject_child_epilepsy_to_bus",
        "The subject line names a child and her epileptic seizures to an outside bus company.",
        HASEBE, [addr("なごや送迎バス 運行管理 前田様", "unko@nagoya-sogei.example.co.jp")],
        "送迎バス乗車変更：佐野 ひまりちゃん（てんかん発作あり）3/14から",
        J(T("""
        前田様
        いつもお世話になっております。標記の件、よろしくお願いいたします。
        乗車停留所は「港南小学校前」、降車はクラブ正面です。
        """), "", SIG_HASEBE),
        personal=[P("name", "佐野 ひまり"), P("diagnosis", "てんかん発作")]))

    # H9 zip: member master export in a plain zip to the new system vendor
    rows = [
        ["AF-0102335", "中村 弘", "1956/03/11", "052-0000-7716", "名古屋市港区当知2-1502", "正会員", "口座"],
        ["AF-0187720", "坂井 由美", "1983/12/05", "090-0000-0193", "名古屋市中川区富田町千音寺2-5", "デイ会員", "カード"],
        ["AF-0250019", "林 大地", "1999/07/27", "080-0000-6640", "名古屋市港区十一屋1-28-3", "ナイト会員", "カード"],
        ["AF-0311584", "小栗 由香里", "1974/01/19", "070-0000-2251", "名古屋市南区道徳新町4-22", "正会員", "口座"],
    ]
    spec = T("""
    移行テスト用データについて
    ・文字コード：UTF-8（BOMなし）
    ・会員ステータス：正会員／デイ会員／ナイト会員／休会
    ・支払方法：口座／カード（カード番号は含みません）
    ・本番移行は11/4(火) 閉館後を予定
    """)
    out.append(mail(
        ORG, "E2", "zip", "hold", "list.member_master_plain_zip",
        "A plain zip with members' names, birth dates, phones and addresses is sent to a system vendor for a test load.",
        MATSUURA, [addr("スポーツクラウド 導入支援 青木様", "aoki@sportscloud.example.com")],
        "会員データ移行テスト用ファイルの送付",
        J(T("""
        スポーツクラウド株式会社
        導入支援チーム　青木様

        アクアフィット本部の松浦です。移行テスト用のデータをお送りします。
        zipの中に会員マスタ（湊南店の一部）とデータ仕様のメモが入っています。
        取り込み結果を確認いただけましたら、エラー件数だけお知らせください。
        """), "", SIG_MATSUURA),
        attachments=[att("migration_test_1020.zip/members_minatominami.csv",
                         csv_text(["会員番号", "氏名", "生年月日", "電話", "住所", "種別", "支払"], rows)),
                     att("migration_test_1020.zip/spec.txt", spec)],
        personal=[P("name", "中村 弘"), P("birth_date", "1956/03/11"),
                  P("phone", "090-0000-0193"), P("name", "小栗 由香里"),
                  P("address", "名古屋市港区十一屋1-28-3")]))

    # H10 recipients: 13 parents' private addresses in To
    parents = [
        ("石川様", "ishikawa.home@gmail.com"), ("伊藤様", "ito_kazuko@yahoo.co.jp"),
        ("梅田様", "umeda.family.n@outlook.com"), ("太田様", "ota.tomomi0505@gmail.com"),
        ("加納様", "kano.reiko@yahoo.co.jp"), ("木下様", "kinoshita.saki.m@gmail.com"),
        ("久野様", "kuno_h@outlook.com"), ("酒井様", "sakai.miwa.22@gmail.com"),
        ("柴田様", "shibata-k@yahoo.co.jp"), ("須田様", "suda.akiko@gmail.com"),
        ("竹内様", "takeuchi.mama@outlook.com"), ("野々村様", "nonomura.y@gmail.com"),
        ("堀田様", "hotta.family@yahoo.co.jp"),
    ]
    out.append(mail(
        ORG, "E3", "recipients", "hold", "recipients.parents_in_to",
        "Thirteen parents' private addresses are exposed to one another in To.",
        HASEBE, [addr(n, e) for n, e in parents],
        "冬の短期水泳教室のご案内",
        J(T("""
        保護者の皆様

        いつもアクアフィット スイミングスクールをご利用いただき、誠にありがとうございます。
        主任コーチの長谷部でございます。
        冬休み期間中の短期水泳教室のご案内をお送りいたします。

        　期間：12月25日（木）〜12月28日（日）の4日間
        　時間：10:00〜11:00（幼児）／11:15〜12:15（小学生）
        　料金：会員のごきょうだい 4,400円、一般 6,600円（税込）

        お申込みはフロントまたは本メールへのご返信にて承ります。
        """), "", SIG_HASEBE),
        personal=[P("email", e) for _, e in parents]))

    # ------------------------------------------------------------ passes
    # P1 gate system outage with serials
    out.append(mail(
        ORG, "E1", "none", "pass", "benign.gate_system_outage",
        "An entry-gate outage report with device serials and error codes only.",
        NITTA, [addr("ゲートシステムズ サポート", "support@gate-systems.example.co.jp")],
        "入館ゲート障害 (湊南店 2号機)",
        J(T("""
        ゲートシステムズ サポートさま
        湊南店の新田です。今朝7:00の開館から入館ゲート2号機(S/N GT2-1907-04418)が障害で止まってます.
        エラーコード E-52 が出て、再起動しても同じです。今は1号機だけで回してます,至急見にきてもらえますか?
        新田(052-0000-6681)
        """))))

    # P2 aggregate fitness-test results to the city
    out.append(mail(
        ORG, "E2", "none", "pass", "benign.aggregate_fitness_results_city",
        "Aggregated fitness-test averages for a city health programme; no participant is identifiable.",
        MATSUURA, [addr("名古屋市港区役所 保健予防課", "kenko@city-nagoya-minato.example.lg.jp")],
        "シニア健康づくり教室 体力測定結果（集計）のご報告",
        J(T("""
        港区役所 保健予防課 ご担当者様

        いつもお世話になっております。アクアフィット本部の松浦です。
        受託しております「シニア健康づくり教室」前期（4〜9月）の体力測定結果を、
        ご指定の様式で集計いたしました。
        """), "",
          text_table(["項目", "開始時 平均", "終了時 平均", "改善者割合"], [
              ["握力 (kg)", "24.8", "25.6", "61%"],
              ["開眼片足立ち (秒)", "38.2", "51.7", "74%"],
              ["TUG (秒)", "6.9", "6.1", "79%"],
              ["5m歩行 (秒)", "3.4", "3.1", "68%"],
          ]), "",
          T("""
          参加者 48名（65〜84歳、うち男性 17名）、継続率 89.6%。
          個人別の記録表は契約に基づき当社で保管し、区への提出は集計値のみとしております。
          """), "", SIG_MATSUURA)))

    # P3 progress result to the child's own parent
    out.append(mail(
        ORG, "E3", "none", "pass", "benign.progress_to_own_parent",
        "A child's own test result sent to her own parent who asked for it.",
        HASEBE, [addr("高田 真理子", "mariko.takada.88@gmail.com")],
        "結衣さんの進級テスト結果について",
        J(T("""
        高田 真理子 様

        いつもありがとうございます。長谷部でございます。
        先日お問い合わせいただいた、結衣さんの10月の進級テスト結果をお知らせいたします。

        　級：12級（クロール25m）→ 11級 合格
        　タイム：クロール25m 28秒4
        　コーチより：息継ぎが安定してきました。次は背泳ぎのキックを練習しましょう。

        11月からは火曜・金曜の11級クラスとなります。
        今後ともよろしくお願いいたします。
        """), "", SIG_HASEBE)))

    # P4 supplier order with katakana product names and JAN codes
    out.append(mail(
        ORG, "E1", "none", "pass", "benign.katakana_products_jan_order",
        "A shop-goods order where katakana product names look like given names, with JAN codes.",
        NITTA, [addr("スポーツ用品マルミ 受注センター", "juchu@marumi-sports.example.co.jp")],
        "物販 発注(湊南店) PO-MN-1007",
        J(T("""
        マルミさま 湊南の新田です、発注おねがいします!
        """), "",
          text_table(["JAN", "品名", "数"], [
              [jan13("498765400102"), "ゴーグル「リナ」ジュニア ピンク", "10"],
              [jan13("498765400218"), "水着「ミオ」レディース M", "5"],
              [jan13("498765400324"), "スイムキャップ「タクミ」L", "12"],
          ]), "",
          T("""
          ミオのMは前回欠品してたので、入荷日わかれば教えてください.
          """), "", SIG_NITTA)))

    # P5 corporate membership invoice with corporate account and masked card
    out.append(mail(
        ORG, "E2", "none", "pass", "benign.corporate_member_invoice",
        "A corporate-membership invoice with the club's corporate account and a masked card for the optional card payment.",
        MATSUURA, [addr("中部ガス設備 総務部 福原様", "fukuhara@chubu-gas-setsubi.example.co.jp")],
        "法人会員 10月分ご請求のご案内",
        J(T("""
        中部ガス設備株式会社
        総務部　福原様

        いつもお世話になっております。アクアフィット本部の松浦です。
        法人会員（ご利用登録 38名）の10月分ご請求をご案内いたします。

        | 項目 | 金額 |
        |---|---|
        | 法人会員基本料 | 110,000円 |
        | 利用料（延べ 412回） | 123,600円 |
        | 合計（税込） | 233,600円 |

        お振込先：東海なごみ銀行 栄支店 普通 3318702 カ）アクアフィット
        ※ 前月と同じく法人カード（VISA 末尾 3307）でのお支払いも可能です。
        """), "", SIG_MATSUURA)))

    # P6 infection-control policy without names
    out.append(mail(
        ORG, "E3", "none", "pass", "benign.infection_policy_no_names",
        "A general pool infection-control notice; no child or family is named.",
        HASEBE, [addr("みなと保育園 園長 村瀬様", "encho@minato-hoikuen.example.or.jp")],
        "プール利用時の感染症対策について（ご連絡）",
        J(T("""
        みなと保育園
        園長　村瀬 様

        いつもお世話になっております。アクアフィット スイミングスクールの長谷部でございます。
        夏季の園児の皆様のプール利用にあたり、当クラブの感染症対策をお知らせいたします。

        ・咽頭結膜熱（プール熱）、手足口病、とびひ等の診断を受けた場合は、
        　医師の許可が出るまでプール利用をお控えください。
        ・当クラブでは残留塩素濃度を1時間ごとに測定し、0.4〜1.0mg/Lを維持しております。
        ・地域で流行がみられる期間は、更衣室の面会（保護者の入室）を制限いたします。

        ご不明な点がございましたら、お気軽にお問い合わせください。
        """), "", SIG_HASEBE)))

    # P7 public figure: Olympian event announcement
    out.append(mail(
        ORG, "E1", "none", "pass", "benign.olympian_event_public_figure",
        "An event announcement naming a well-known Olympic swimmer as guest, a public figure.",
        NITTA, [addr("湊南商店会 事務局", "jimukyoku@minatominami-shotenkai.example.jp")],
        "11/3 オリンピアン水泳教室のポスター掲示のお願い",
        J(T("""
        湊南商店会 事務局さま

        アクアフィット湊南の新田です!いつもお世話になってます.
        11/3(月・祝)に、東京大会の背泳ぎ銀メダリスト 瀬川 遥香 選手をお招きして
        親子水泳教室とトークショーをやります!(参加無料、先着60組)
        商店会の掲示板にポスター貼らせてもらえないでしょうか?明日持っていきます〜
        """), "", SIG_NITTA)))

    # P8 long minutes chain with facility management staff
    prev = T("""
    松浦様

    名港ビルマネジメントの竹田です。昨日の定例の議事録を送ります。

    【日時】9月24日(水) 14:00-15:00 湊南店 会議室
    【出席】アクアフィット：松浦様、宮川店長　名港BM：竹田、設備課 野口
    【内容】
    1. ろ過装置 年次点検 → 10/14(火) 休館日に実施。業者は中部水処理(担当 寺田様)
    2. ボイラー 燃焼調整 → 10月中旬、営業時間外
    3. 屋上室外機 防音対策 → 中部空調サービス 高木様に見積依頼中
    4. 次回定例 → 10/22(水) 14:00

    以上、修正あればご連絡ください。
    ――――――――――――
    名港ビルマネジメント株式会社
    施設管理部　竹田 修
    TEL 052-0000-3390
    """)
    out.append(mail(
        ORG, "E2", "none", "pass", "benign.facility_minutes_chain",
        "A reply to facility-management minutes that name partner staff and vendors; no members appear.",
        MATSUURA, [addr("竹田 修", "takeda@meiko-bm.example.co.jp")],
        cc=[addr("野口 圭", "noguchi.k@meiko-bm.example.co.jp")],
        subject="Re: 9/24 定例会議 議事録",
        text=J(T("""
        竹田様（cc 野口様）

        議事録ありがとうございます。1点だけ修正をお願いします。
        2. ボイラー燃焼調整は「10月中旬」ではなく「10/21(火) 6:00-8:30」で確定しています。
        そのほかは問題ありません。

        あわせて、10月の作業予定を一覧にしました。館内掲示に使いますので、
        時間帯に誤りがあればご指摘ください。
        """), "",
          text_table(["日付", "作業", "業者", "営業への影響"], [
              [sd(10, 7), "消防設備 点検（館内放送試験あり）", "名港BM 野口様", "10:00-10:15 放送"],
              [sd(10, 14), "ろ過装置 年次点検", "中部水処理 寺田様", "休館日"],
              [sd(10, 14), "プール槽 水質検査", "中部水処理 寺田様", "休館日"],
              [sd(10, 21), "ボイラー 燃焼調整", "名港BM 野口様", "開館前に完了"],
              [sd(10, 22), "定例会議", "名港BM 竹田様", "なし"],
              [sd(10, 28), "屋上室外機 現地調査", "中部空調サービス 高木様", "なし"],
          ]), "",
          T("""
          ろ過装置の点検結果報告書は、前回同様PDFでいただけますと助かります。
          """), "", SIG_MATSUURA, "",
          gmail_attr("2025年9月25日(木)", "10:31", "竹田 修", "takeda@meiko-bm.example.co.jp"),
          quote(prev), ">",
          quote(gmail_attr("2025年9月19日(金)", "16:20", "松浦 由紀", f"matsuura.yuki@{DOM}")),
          quote(quote(T("""
          竹田様

          アクアフィット本部の松浦です。9/24の定例の議題案です。
          1. ろ過装置 年次点検の日程
          2. ボイラー 燃焼調整
          3. 屋上室外機の騒音（近隣からご意見あり。詳細は当日口頭で）
          4. その他

          当日は湊南店の宮川店長も同席します。よろしくお願いいたします。
          """))))))

    # P9 election candidate asking for a venue, politely declined
    out.append(mail(
        ORG, "E3", "none", "pass", "benign.election_candidate_venue_decline",
        "A polite refusal to an election candidate's office; the candidate is a public figure.",
        HASEBE, [addr("かわむら聡事務所", "office@kawamura-satoshi.example.jp")],
        "スタジオ貸出しのお問い合わせについて（回答）",
        J(T("""
        かわむら聡 事務所
        ご担当者様

        アクアフィット湊南の長谷部でございます。
        このたびは、名古屋市議会議員選挙に立候補予定の 河村 聡 様の
        「市民との健康トーク会」会場としてスタジオ貸出しのお問い合わせをいただき、ありがとうございました。

        誠に恐縮ではございますが、当クラブでは、政治・宗教活動を目的とした施設の貸出しは
        一律にお断りしております。何卒ご了承くださいますようお願い申し上げます。
        """), "", SIG_HASEBE)))

    # P10 plain zip of poster artwork text to a print shop
    out.append(mail(
        ORG, "E1", "none", "pass", "benign.plain_zip_poster_data",
        "A plain zip with poster copy and a price list; no personal data.",
        NITTA, [addr("栄プリント 入稿窓口", "nyuko@sakae-print.example.co.jp")],
        "ポスター入稿(オリンピアン教室) B2×20枚",
        J(T("""
        栄プリントさま
        湊南の新田です.ポスターの入稿データzipで送ります、B2 マットコート 20枚おねがいします!
        納期は10/20(月)までで大丈夫です〜
        """)),
        attachments=[att("poster_1103.zip/copy.txt", T("""
        タイトル：オリンピアンと泳ごう！親子水泳教室
        日時：11月3日（月・祝）10:00〜12:00
        ゲスト：瀬川 遥香 選手（東京大会 背泳ぎ 銀メダル）
        会場：アクアフィット湊南 25mプール
        参加無料・先着60組　申込はフロントまで
        """)),
                     att("poster_1103.zip/colors.txt", T("""
        メインカラー：C100 M20 Y0 K0
        サブカラー：C0 M60 Y100 K0
        ロゴ：前回入稿分（logo_af_2024.ai）を使用
        """))]))

    return out
