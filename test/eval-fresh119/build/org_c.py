"""Org C: 株式会社ハヤテ引越センター (removals company)."""
from common import (T, J, addr, quote, gmail_attr, outlook_header, text_table, box_table,
                    csv_text, att, P, mail, jd, sd, corporate_number, yamato_valid,
                    mynumber_valid)

ORG = "C"
DOM = "hayate-move.example.co.jp"

IMAI = addr("ハヤテ引越センター 今井", f"imai.y@{DOM}")
OKOCHI = addr("大河内 誠", f"okochi.makoto@{DOM}")
KINOSHITA = addr("木下 達也", f"kinoshita@{DOM}")

SIG_IMAI = T("""
***********************************
ハヤテ引越センター お客様センター
今井 ゆかり
TEL 048-0000-2525 (受付 9:00-19:00)
***********************************
""")

SIG_OKOCHI = T(f"""
────────────────────────────────
　株式会社ハヤテ引越センター
　法人営業部　第一営業課　課長
　大河内 誠（Makoto Okochi）
　〒330-0000 埼玉県さいたま市大宮区桜木町2-318 ハヤテ大宮ビル
　TEL 048-0000-3300（代表）／048-0000-3312（直通）
　携帯 090-0000-8134
　E-mail okochi.makoto@{DOM}
　https://www.{DOM}/corporate/
　国土交通大臣許可 一般貨物自動車運送事業
　引越安心マーク取得事業者
────────────────────────────────
""")

SIG_KINOSHITA = T(f"""
--
業務管理課 木下
048-0000-3340 / kinoshita@{DOM}
""")


def mails():
    out = []

    # ------------------------------------------------------------ holds
    # H1 body: customer's full contact forwarded to the air-conditioner partner
    out.append(mail(
        ORG, "C1", "body", "hold", "personal.customer_contact_to_aircon_partner",
        "A customer's name, both addresses, mobile and e-mail are passed whole to an outside air-conditioner contractor.",
        IMAI, [addr("クールテック 工事受付", "koji@cooltech.example.co.jp")],
        "エアコン移設 依頼です(7/5 安藤様)",
        J(T("""
        クールテックさま

        お世話になってます、ハヤテ引越センターの今井です!
        エアコン移設の依頼です,よろしくお願いしまーす.

        お客様: 安藤 理恵 様
        旧居: さいたま市浦和区常盤6-14-3 グランドール常盤401
        新居: さいたま市緑区美園4-2-11 (戸建)
        携帯: 080-0000-6612
        メール: rie.ando.0405@gmail.com
        作業日: 7/5(土) 引越当日、旧居取外し 8:30〜 → 新居取付 午後

        台数は2台(リビング14畳用、寝室6畳用)です.
        新居のリビング、配管穴が無いかもとのことなので事前に直接お電話してもらえますか?
        お客様には業者さんから電話いくって伝えてあります〜
        """), "", SIG_IMAI),
        personal=[P("name", "安藤 理恵"), P("address", "さいたま市浦和区常盤6-14-3 グランドール常盤401"),
                  P("address", "さいたま市緑区美園4-2-11"), P("phone", "080-0000-6612"),
                  P("email", "rie.ando.0405@gmail.com")]))

    # H2 body: transferee family data to the company-housing agent
    out.append(mail(
        ORG, "C2", "body", "hold", "personal.transferee_family_to_housing_agent",
        "A transferee's family members with birth dates and the children's schools are sent to a housing agent.",
        OKOCHI, [addr("ハウジングリンク 法人社宅課 宮本様", "miyamoto@housinglink.example.co.jp")],
        "東武電工様 ご転勤者様の社宅手配について",
        J(T("""
        株式会社ハウジングリンク
        法人社宅課　宮本 様

        いつも大変お世話になっております。ハヤテ引越センターの大河内でございます。
        東武電工株式会社様より、10月付ご転勤者様の社宅手配につきまして、
        弊社経由で情報をお渡しするよう承りましたので、下記のとおりご連絡申し上げます。

        ■ご転勤者様
        　氏名　　：青山 健太郎 様（生年月日 1984年6月30日）
        　現住所　：大阪府吹田市千里山西3-21-8
        　異動先　：東武電工株式会社 さいたま事業所
        ■ご家族
        　配偶者　：青山 由香 様（1986年2月11日生）
        　長男　　：青山 蒼真 様（2015年8月3日生）　小学4年　転校先希望：市立大宮南小
        　長女　　：青山 凛 様（2019年12月24日生）　年中　保育園空き状況の確認希望
        ■ご希望条件
        　3LDK以上、大宮駅から徒歩15分以内、ペット（小型犬1匹）可

        お引越日は9月27日（土）を予定しております。
        物件候補がまとまりましたら、お手数ですが弊社宛にもご共有くださいますようお願いいたします。
        """), "", SIG_OKOCHI),
        personal=[P("name", "青山 健太郎"), P("birth_date", "1984年6月30日"),
                  P("address", "大阪府吹田市千里山西3-21-8"), P("name", "青山 由香"),
                  P("name", "青山 蒼真"), P("birth_date", "2015年8月3日"), P("name", "青山 凛")]))

    # H3 body: refund to a customer's private bank account via outside bookkeeping
    out.append(mail(
        ORG, "C1", "body", "hold", "id.refund_private_account_to_bpo",
        "A customer's private bank account for a refund is typed into a mail to an outsourced bookkeeping firm.",
        IMAI, [addr("アカウントサポート 経理代行チーム", "keiri@account-support.example.jp")],
        "返金の振込依頼 (キャンセル料差額)",
        J(T("""
        アカウントサポート 経理代行ご担当さま

        ハヤテ引越センター お客様センターの今井です.
        キャンセル料の差額返金、下記で振込おねがいします!

        受付No. : HY-250611-0388
        お客様 : 中野 陽子 様
        返金額 : 18,700円
        振込先 : ゆうちょ銀行 記号 10390 番号 41752861 ナカノ ヨウコ
        期限 : 6/20(金)まで

        お客様には6/20までに振込みますって伝えちゃってます,,すみません
        """), "", SIG_IMAI),
        personal=[P("name", "中野 陽子"), P("bank_account", "記号 10390 番号 41752861"),
                  P("account_holder", "ナカノ ヨウコ")]))

    # H4 attachment: next week's job sheet CSV to a subcontractor
    rows = [
        ["6/16", "小川 真一", "川口市栄町2-5-14 コスモ川口703", "川口市芝新町8-22", "080-0000-3145", "2t×1 作業員3", "洗濯機取外しあり"],
        ["6/16", "石田 亜美", "さいたま市南区別所5-1-9", "戸田市上戸田3-7-2 ベルメゾン205", "090-0000-7720", "軽×1 作業員2", "単身"],
        ["6/17", "服部 隆", "蕨市中央4-16-3", "さいたま市桜区西堀9-11-6", "048-0000-5582", "3t×1 作業員4", "ピアノあり"],
        ["6/18", "野田 美香", "さいたま市大宮区大成町3-402-1", "上尾市柏座1-8-27", "070-0000-1908", "2t×1 作業員3", "午後便"],
        ["6/19", "藤井 昭", "川口市西川口1-30-9", "川越市新富町2-4-1", "080-0000-4467", "4t×1 作業員4", "エレベーターなし4F"],
    ]
    out.append(mail(
        ORG, "C3", "attachment", "hold", "list.weekly_job_sheet_to_subcontractor",
        "A job sheet CSV listing five customers with old and new addresses and phones is attached for a subcontractor.",
        KINOSHITA, [addr("北斗ライン 配車担当 森様", "haisha@hokuto-line.example.co.jp")],
        "来週(6/16〜)応援便の作業指示",
        J(T("""
        北斗ライン 森様

        業務管理課の木下です。来週の応援便、作業指示を送ります。
        """), "",
          text_table(["日付", "車両", "集合"], [
              ["6/16(月)", "2t×1、軽×1", "川口営業所 7:30"],
              ["6/17(火)", "3t×1", "川口営業所 7:30"],
              ["6/18(水)", "2t×1", "大宮営業所 11:30"],
              ["6/19(木)", "4t×1", "川口営業所 7:00"],
          ]), "",
          T("""
          お客様の詳細は添付CSVの通りです。
          養生資材はこちらで積み込んでおきます。
          """), "", SIG_KINOSHITA),
        attachments=[att("作業指示_0616-0619.csv",
                         csv_text(["作業日", "お客様名", "旧住所", "新住所", "電話", "車両・人員", "備考"], rows))],
        personal=[P("name", "小川 真一"), P("address", "川口市栄町2-5-14 コスモ川口703"),
                  P("phone", "080-0000-3145"), P("name", "服部 隆"), P("phone", "048-0000-5582"),
                  P("name", "藤井 昭")]))

    # H5 attachment: wrong attachment - another client's transferee list
    wrong = T("""
    東武電工株式会社様　10月異動 ご転勤者様一覧（2025/08/29 時点）

    No.1  青山 健太郎　　吹田市千里山西3-21-8 → さいたま市（社宅手配中）　携帯 090-0000-2218　9/27(土)
    No.2  西村 智之　　　名古屋市昭和区川名本町2-6 → 川越市（自己手配）　携帯 080-0000-9930　9/28(日)
    No.3  長谷川 由佳　　仙台市太白区長町5-3-12 → さいたま市（社宅手配中）　携帯 070-0000-4471　10/4(土)
    No.4  村田 航　　　　広島市中区大手町4-2-9 → 上尾市（自己手配）　携帯 090-0000-6653　10/5(日)

    ※ 単身赴任：No.2、No.4
    ※ 費用負担：全額会社負担（梱包・開梱サービス含む）
    """)
    out.append(mail(
        ORG, "C2", "attachment", "hold", "list.wrong_attachment_other_client_transferees",
        "A quotation mail to one client carries another client's transferee list by mistake.",
        OKOCHI, [addr("大宮化成 総務部 工藤様", "kudo.a@omiya-kasei.example.co.jp")],
        "事業所移転に伴うお見積書送付の件",
        J(T("""
        大宮化成株式会社
        総務部　工藤 様

        いつも大変お世話になっております。ハヤテ引越センターの大河内でございます。
        先日はお忙しいところ現地調査のお時間をいただき、誠にありがとうございました。

        ご依頼の事業所移転に係るお見積書を添付にてお送りいたします。
        ご不明な点やご要望がございましたら、お気軽にお申し付けください。

        何卒よろしくお願い申し上げます。
        """), "", SIG_OKOCHI),
        attachments=[att("転勤者一覧_東武電工様_0829.txt", wrong)],
        personal=[P("name", "西村 智之"), P("phone", "080-0000-9930"),
                  P("name", "長谷川 由佳"), P("address", "仙台市太白区長町5-3-12"),
                  P("name", "村田 航"), P("phone", "090-0000-6653")]))

    # H6 quoted: customer's message about mother's dementia quoted to junk-removal partner
    q = T("""
    ハヤテ引越センター 今井様

    先日お電話した岡田です。
    母（岡田 文子、82歳）が認知症の進行で来月から施設に入ることになり、
    実家を片付けることになりました。家具と家電の処分をお願いしたいです。

    実家：川口市芝中田2-19-5
    私の携帯：090-0000-3872
    母は日中デイサービスに行っているので、平日の10時〜15時なら立ち会えます。

    岡田 智也
    """)
    out.append(mail(
        ORG, "C1", "quoted", "hold", "sensitive.quoted_dementia_to_junk_partner",
        "The customer's message about his mother's dementia and the house address stays quoted under a request to a junk-removal partner.",
        IMAI, [addr("エコリユース 見積センター", "mitsumori@eco-reuse.example.co.jp")],
        "Fwd: 実家の片付けについて",
        J(T("""
        エコリユースさま

        ハヤテの今井です!不用品回収の見積依頼です.
        下のお客様、来月中旬で2tトラック1台分くらいかなと思います,
        平日の日中で下見いけそうな日、何日か候補ください〜
        """), "", SIG_IMAI, "",
          gmail_attr("2025年5月8日(木)", "20:14", "岡田 智也", "tomoya.okada.kg@yahoo.co.jp"),
          quote(q)),
        personal=[P("name", "岡田 文子"), P("diagnosis", "認知症"),
                  P("address", "川口市芝中田2-19-5"), P("phone", "090-0000-3872"),
                  P("name", "岡田 智也")]))

    # H7 quoted: customer's damage claim with private account quoted to the cargo insurer
    q = T("""
    ハヤテ引越センター 木下様

    工藤です。昨日の引越で運んでいただいた冷蔵庫ですが、右側の扉が大きく凹んでいました。
    写真を添付します。メーカーの修理見積は 38,500円 でした。
    修理代は下記に振り込んでいただけますか。

    ゆうちょ銀行 記号 10180 番号 27481936 名義 クドウ ケンジ

    工藤 健司
    携帯 080-0000-5204
    """)
    out.append(mail(
        ORG, "C3", "quoted", "hold", "id.quoted_customer_account_to_insurer",
        "A customer's claim mail with his private bank account and mobile is quoted under the notice to the cargo insurer.",
        KINOSHITA, [addr("大和運送保険 事故受付", "jiko@yamato-unso-hoken.example.co.jp")],
        "Re: 冷蔵庫破損の件",
        J(T("""
        大和運送保険 事故受付ご担当者様

        ハヤテ引越センター業務管理課の木下です。運送中の破損事故の報告です。

        ・事故日：6/21(土) 搬入時
        ・品目：冷蔵庫（470L）右扉凹み
        ・修理見積：38,500円
        ・当社受付No.：HY-250621-0127

        お客様とのやりとりを下に付けます。写真は別送します。
        """), "", SIG_KINOSHITA, "",
          gmail_attr("2025年6月22日(日)", "9:03", "工藤 健司", "kenji.kudo.1975@outlook.com"),
          quote(q)),
        personal=[P("name", "工藤 健司"), P("bank_account", "記号 10180 番号 27481936"),
                  P("account_holder", "クドウ ケンジ"), P("phone", "080-0000-5204")]))

    # H8 subject: DV victim's name in the subject line to a subcontractor
    out.append(mail(
        ORG, "C3", "subject", "hold", "sensitive.subject_dv_victim_to_subcontractor",
        "The subject line tells a subcontractor a named customer is fleeing domestic violence.",
        KINOSHITA, [addr("北斗ライン 配車担当 森様", "haisha@hokuto-line.example.co.jp")],
        "【注意】6/14 遠藤 美咲様 DV避難のため転居先非開示 作業",
        J(T("""
        森様
        標記の件、作業は通常通りです。詳細は当日リーダーに口頭で伝えます。
        伝票の控えは現場に残さないでください。
        木下
        """)),
        personal=[P("name", "遠藤 美咲"), P("crime_victim", "DV避難")]))

    # H9 zip: survey mailing list in an unencrypted zip to a survey vendor
    rows = [
        ["HY-250902-0014", "2025/09/02", "吉村 春香", "haruka.yoshimura@gmail.com", "090-0000-1352", "68,200"],
        ["HY-250903-0021", "2025/09/03", "坂口 翼", "tsubasa_sakaguchi@yahoo.co.jp", "080-0000-8871", "112,000"],
        ["HY-250906-0040", "2025/09/06", "平野 典子", "noriko.hirano.55@outlook.com", "048-0000-6120", "43,780"],
        ["HY-250907-0052", "2025/09/07", "松尾 大介", "d.matsuo.0310@gmail.com", "070-0000-2294", "96,800"],
    ]
    qs = T("""
    引越後アンケート 設問案（9月作業分）
    Q1 お見積り時の説明はわかりやすかったですか（5段階）
    Q2 当日の作業スタッフの対応はいかがでしたか（5段階）
    Q3 家具・建物の養生は十分でしたか（はい／いいえ）
    Q4 またハヤテを利用したいと思いますか（NPS 0-10）
    Q5 ご意見（自由記述）
    """)
    out.append(mail(
        ORG, "C3", "zip", "hold", "list.survey_recipients_plain_zip",
        "An unencrypted zip holds a customer list with e-mails, phones and amounts for a survey vendor.",
        KINOSHITA, [addr("リサーチライト 実査部 平田様", "hirata@research-light.example.co.jp")],
        "9月作業分 アンケート配信データ",
        J(T("""
        平田様

        木下です。9月作業分のアンケート配信データを送ります。
        zipの中に送付先リストと設問案が入ってます。
        配信は10/3(金)10時でお願いします。
        """), "", SIG_KINOSHITA),
        attachments=[att("アンケート送付先_9月.zip/送付先リスト.csv",
                         csv_text(["受付No", "作業日", "お客様名", "メール", "電話", "請求額"], rows)),
                     att("アンケート送付先_9月.zip/設問案.txt", qs)],
        personal=[P("name", "吉村 春香"), P("email", "haruka.yoshimura@gmail.com"),
                  P("phone", "090-0000-1352"), P("name", "平野 典子"),
                  P("email", "noriko.hirano.55@outlook.com")]))

    # H10 recipients: 12 customers' private addresses in To
    custs = [
        ("西川様", "nishikawa.kazuki@gmail.com"), ("大島様", "oshima_mayumi@yahoo.co.jp"),
        ("桑原様", "kuwabara.t@outlook.com"), ("杉山様", "sugiyama.family@gmail.com"),
        ("宮崎様", "miyazaki.ren.0801@gmail.com"), ("原田様", "harada-yuki@yahoo.co.jp"),
        ("内田様", "uchida.s1990@outlook.com"), ("千田様", "senda.chika@gmail.com"),
        ("北村様", "kitamura_h@yahoo.co.jp"), ("久保様", "kubo.akane.22@gmail.com"),
        ("増田様", "masuda.koji@outlook.com"), ("樋口様", "higuchi.nao@gmail.com"),
    ]
    out.append(mail(
        ORG, "C1", "recipients", "hold", "recipients.customers_in_to",
        "Twelve customers' private addresses are visible to one another in To.",
        IMAI, [addr(n, e) for n, e in custs],
        "【ハヤテ引越センター】秋の早割キャンペーンのご案内",
        J(T("""
        お見積りいただいたお客様へ

        先日はハヤテ引越センターにお見積りのご依頼ありがとうございました!
        10月・11月のお引越しがまだお決まりでない方に、早割のご案内です.

        ・9/30までのご成約で基本料金15%OFF
        ・段ボール30箱まで無料(いつもは20箱)
        ・平日のお引越しならさらに5,000円引き

        ご質問はこのメールにそのまま返信いただければ大丈夫です〜
        """), "", SIG_IMAI),
        personal=[P("email", e) for _, e in custs]))

    # ------------------------------------------------------------ passes
    # P1 Yamato tracking numbers (two happen to pass the MyNumber check digit)
    tracking = ["568288260245", "498552115891", "692507071782", "546607873534"]
    assert all(yamato_valid(t) for t in tracking)
    assert sum(mynumber_valid(t) for t in tracking) == 2
    out.append(mail(
        ORG, "C3", "none", "pass", "benign.yamato_tracking_numbers",
        "Four 12-digit Yamato tracking numbers for packing materials; two happen to pass the マイナンバー check digit.",
        KINOSHITA, [addr("大宮化成 総務部 工藤様", "kudo.a@omiya-kasei.example.co.jp")],
        "梱包資材の発送のお知らせ（事業所移転）",
        J(T("""
        大宮化成 工藤様

        業務管理課の木下です。事業所移転用の梱包資材、本日ヤマト運輸で発送しました。
        各フロア宛に分けています。
        """), "",
          text_table(["届け先", "内容", "個数", "伝票番号"], [
              ["本館2F 総務部", "段ボール(大)×100", "4", tracking[0]],
              ["本館3F 営業部", "段ボール(大)×80", "3", tracking[1]],
              ["別館1F 品質保証部", "段ボール(小)×60、緩衝材", "3", tracking[2]],
              ["別館2F 開発部", "PC用緩衝ケース×40", "2", tracking[3]],
          ]), "",
          T("""
          明日午前中の到着予定です。ヤマトのサイトで伝票番号から追跡できます。
          足りなければ追加で送りますのでご連絡ください。
          """), "", SIG_KINOSHITA)))

    # P2 宗教法人 as a customer, with 法人番号
    cn = corporate_number("030005007741")
    out.append(mail(
        ORG, "C2", "none", "pass", "benign.religious_corporation_customer",
        "A quotation for a temple's office move; the 宗教法人 is a corporate customer and no believer is named.",
        OKOCHI, [addr("宗教法人 光明寺 寺務所", "jimusho@komyoji.example.or.jp")],
        "寺務所移転に伴うお見積書の送付について",
        J(T(f"""
        宗教法人 光明寺
        寺務所　責任役員　浄土 敬道 様

        拝啓　時下ますますご清祥のこととお慶び申し上げます。
        このたびは寺務所の移転につきましてお声がけを賜り、誠にありがとうございます。
        先日の現地調査の内容に基づき、お見積りを下記のとおりお送りいたします。

        記

        　件名　　　　：寺務所移転作業一式（旧庫裏 → 新会館1階）
        　作業予定日　：2025年11月18日（火）・19日（水）
        　作業内容　　：書庫・事務機器の梱包搬出、新会館への搬入・設置
        　　　　　　　　仏具類は専用梱包にて弊社スタッフが丁寧にお取り扱いいたします
        　お見積金額　：1,386,000円（税込）
        　ご請求先　　：宗教法人 光明寺（法人番号 {cn}）

        以上

        本堂の法要日程と重ならないよう、作業時間は柔軟に調整いたします。
        ご検討のほど、よろしくお願い申し上げます。

        敬具
        """), "", SIG_OKOCHI)))

    # P3 vehicle numbers to building management
    out.append(mail(
        ORG, "C3", "none", "pass", "benign.vehicle_numbers_building_access",
        "Truck registration numbers and the crew leader's name sent to a building manager for loading-dock access.",
        KINOSHITA, [addr("ソニックシティ管理事務所 防災センター", "bosai@sonic-bm.example.co.jp")],
        "搬入車両届（7/12 大宮化成様 移転作業）",
        J(T("""
        防災センター ご担当者様

        ハヤテ引越センター業務管理課の木下です。7/12(土)の大宮化成様 移転作業の車両届です。
        """), "",
          text_table(["車種", "登録番号", "入館予定", "退館予定"], [
              ["4tワイド", "大宮 100 か 23-45", "7:30", "12:00"],
              ["4tワイド", "大宮 100 か 23-46", "7:30", "12:00"],
              ["2tロング", "大宮 400 た 81-07", "8:00", "16:00"],
              ["軽バン", "大宮 480 あ 5-12", "8:00", "17:00"],
          ]), "",
          T("""
          現場責任者：当社 主任 飯田 孝（携帯 090-0000-4702）
          作業員：14名（入館証は当日受付で申請します）
          荷捌き場B、貨物用EV 2号機の使用をお願いします。
          """), "", SIG_KINOSHITA)))

    # P4 successor introduction with heavy signatures
    out.append(mail(
        ORG, "C2", "none", "pass", "benign.successor_introduction",
        "A personnel-change notice to a corporate client naming both sales reps.",
        OKOCHI, [addr("東武電工 人事部 厚生課 小島様", "kojima.m@tobu-denko.example.co.jp")],
        cc=[addr("村松 翔", f"muramatsu.sho@{DOM}")],
        subject="担当者交代のご挨拶（ハヤテ引越センター）",
        text=J(T("""
        東武電工株式会社
        人事部 厚生課　小島 様

        拝啓　秋冷の候、貴社ますますご清栄のこととお慶び申し上げます。
        平素は格別のご高配を賜り、厚く御礼申し上げます。

        さて、私こと大河内は、10月1日付で首都圏法人営業部長を拝命することとなり、
        貴社のご担当を、同課の村松 翔 に引き継ぐこととなりました。
        村松は法人転勤案件を8年担当してまいりましたので、安心してお任せいただけるものと存じます。
        （本メールのCCに村松を入れております）

        これまでのご厚情に心より感謝申し上げますとともに、
        今後とも変わらぬお引き立てを賜りますよう、お願い申し上げます。
        近日中に村松と二人でご挨拶に伺います。

        敬具
        """), "", SIG_OKOCHI, "",
          T(f"""
          ────────────────────────────────
          　株式会社ハヤテ引越センター
          　法人営業部　第一営業課　主任
          　村松 翔（Sho Muramatsu）
          　TEL 048-0000-3315（直通）／携帯 090-0000-6127
          　E-mail muramatsu.sho@{DOM}
          ────────────────────────────────
          """))))

    # P5 estimate to the customer herself
    out.append(mail(
        ORG, "C1", "none", "pass", "benign.estimate_to_customer_self",
        "The customer's own estimate, with her own addresses, sent to her own address.",
        IMAI, [addr("原 千晴", "chiharu.hara@yahoo.co.jp")],
        "お見積りのご案内(受付No.HY-250818-0204)",
        J(T("""
        原 千晴 様

        ハヤテ引越センターの今井です!昨日はお電話ありがとうございました.
        お見積り内容をお送りします、ご確認おねがいします.

        受付No. HY-250818-0204
        お引越日: 9/13(土) 午前便
        旧居: 川口市並木2-8-11 ステラ並木302
        新居: さいたま市南区南浦和1-20-5 メゾン南浦和501
        プラン: 単身パック L (作業員2名、2tショート)
        お見積額: 58,300円(税込)
        オプション: 洗濯機取付 3,300円

        ご依頼の場合は、このメールにご返信いただくか,お電話ください〜
        """), "", SIG_IMAI)))

    # P6 project mail: 6 visible addresses from 2 companies
    out.append(mail(
        ORG, "C3", "none", "pass", "benign.project_mail_two_companies",
        "An office-move project update with six visible addresses from the client and the mover only.",
        KINOSHITA,
        [addr("工藤 亜希子", "kudo.a@omiya-kasei.example.co.jp"),
         addr("篠原 淳", "shinohara@omiya-kasei.example.co.jp"),
         addr("大宮化成 総務部 共有", "somu@omiya-kasei.example.co.jp"),
         addr("松岡 健（情報システム課）", "matsuoka.k@omiya-kasei.example.co.jp")],
        cc=[addr("大河内 誠", f"okochi.makoto@{DOM}"), addr("飯田 孝", f"iida.t@{DOM}")],
        subject="【大宮化成様 事業所移転】週次進捗 #4",
        text=J(T("""
        大宮化成 工藤様、篠原様、松岡様、総務部の皆様

        ハヤテ引越センター 業務管理の木下です。週次の進捗です。
        """), "",
          text_table(["項目", "状況", "担当"], [
              ["梱包資材 配布", "完了（12個口）", "ハヤテ 木下"],
              ["各部署 梱包ラベル配布", "完了", "大宮化成 篠原様"],
              ["サーバーラック移設", "ベンダー調整中", "大宮化成 工藤様"],
              ["搬入車両届", "提出済（7/12分）", "ハヤテ 木下"],
              ["当日作業員手配", "14名確定", "ハヤテ 飯田"],
              ["旧事務所 原状回復立会い", "7/18 10:00", "ハヤテ 大河内／大宮化成 工藤様"],
          ]), "",
          T("""
          ・複合機のリース会社への移設連絡、まだでしたら今週中にお願いします。
          ・次回定例は 7/8(火) 15:00 新事務所にて。

          【7/12(土) 当日タイムライン（案）】
          """),
          text_table(["時刻", "作業", "場所"], [
              ["7:30", "車両到着・入館手続き", "旧事務所 荷捌き場B"],
              ["7:45", "朝礼・KY活動、養生開始", "旧事務所 2F〜3F"],
              ["8:30", "搬出開始（総務部→営業部→品質保証部）", "旧事務所"],
              ["10:30", "1便 出発", "旧事務所 → 新事務所"],
              ["11:15", "1便 搬入・配置", "新事務所 4F"],
              ["12:00", "休憩（交代制）", "-"],
              ["13:00", "2便 搬出（開発部・サーバーラック以外）", "旧事務所"],
              ["15:30", "2便 搬入・配置、養生撤去", "新事務所 4F"],
              ["16:30", "完了確認・引渡し", "新事務所"],
          ]), "", SIG_KINOSHITA, "",
          gmail_attr("2025年6月27日(金)", "18:05", "工藤 亜希子", "kudo.a@omiya-kasei.example.co.jp"),
          quote(J(T("""
          木下様

          週次#3ありがとうございます。
          サーバーラックの件、ベンダー（ネクストITサービス 浜田様）と7/1に打合せします。
          結果は篠原から共有します。
          複合機のリース会社への連絡は総務で対応予定です。

          ――――――――――――――――
          大宮化成株式会社 総務部 総務課
          工藤 亜希子
          TEL 048-0000-5120（直通）
          ――――――――――――――――
          """), "",
            gmail_attr("2025年6月27日(金)", "11:40", "木下 達也", f"kinoshita@{DOM}"),
            quote(T("""
            大宮化成 工藤様、篠原様、総務部の皆様

            週次#3です。
            ・梱包資材：7/1 発送予定
            ・各部署の荷物量ヒアリング：総務部・営業部 完了、品質保証部・開発部 6/30
            ・エレベーター養生：ビル管理会社へ申請済み
            ・搬入車両：4tワイド×2、2tロング×1、軽×1 で申請予定
            """)))))))

    # P7 invoice with corporate bank account and registration number
    cn = corporate_number("050001033617")
    out.append(mail(
        ORG, "C2", "none", "pass", "benign.invoice_corporate_account",
        "An invoice notice with the mover's corporate account and qualified-invoice registration number.",
        OKOCHI, [addr("大宮化成 経理部", "keiri@omiya-kasei.example.co.jp")],
        cc=[addr("工藤 亜希子", "kudo.a@omiya-kasei.example.co.jp")],
        subject="ご請求書送付のご案内（事業所移転作業）",
        text=J(T(f"""
        大宮化成株式会社
        経理部 御中

        いつもお世話になっております。ハヤテ引越センターの大河内でございます。
        7月12日に実施いたしました事業所移転作業のご請求書を、郵送にてお送りいたしました。
        概要は下記のとおりです。

        　請求書番号：HYC-2507-0318
        　ご請求金額：3,652,000円（税込）
        　お支払期日：2025年8月31日
        　お振込先　：武蔵野みらい銀行 大宮支店 普通 1208844
        　　　　　　　カ）ハヤテヒッコシセンター
        　登録番号　：T{cn}

        何卒よろしくお願い申し上げます。
        """), "", SIG_OKOCHI)))

    # P8 masked card number on a corporate receipt
    out.append(mail(
        ORG, "C1", "none", "pass", "benign.masked_card_receipt",
        "A receipt notice showing only the last four digits of a corporate card.",
        IMAI, [addr("株式会社グリーンフィールド 総務 佐久間様", "sakuma@greenfield-corp.example.co.jp")],
        "領収書送付のお知らせ(単身赴任パック)",
        J(T("""
        グリーンフィールド 佐久間さま

        ハヤテの今井です!先日のご利用ありがとうございました.
        法人カードでの決済が完了しましたので、領収書をPDFでお送りします(添付).

        決済日: 2025/08/04
        カード: VISA ****-****-****-4821
        金額: 74,800円(税込)
        """), "", SIG_IMAI)))

    # P9 company names that contain surnames
    out.append(mail(
        ORG, "C3", "none", "pass", "benign.partner_company_names_with_surnames",
        "A subcontractor roster made of company names that happen to contain surnames.",
        KINOSHITA, [addr("北斗ライン 配車担当 森様", "haisha@hokuto-line.example.co.jp")],
        "9月繁忙期 協力会社の配車割り",
        J(T("""
        森様

        木下です。9月末の繁忙期、協力会社さんの配車割りを共有します。
        """), "",
          box_table(["日付", "エリア", "協力会社", "車両"], [
              ["9/27(土)", "大宮・浦和", "有限会社佐藤運送", "2t×2"],
              ["9/27(土)", "川口・蕨", "株式会社田中梱包", "2t×1、軽×1"],
              ["9/28(日)", "上尾・桶川", "鈴木クレーン工業株式会社", "ユニック×1"],
              ["9/28(日)", "川越", "北斗ライン（森様）", "4t×1"],
              ["9/29(月)", "大宮", "有限会社佐藤運送", "2t×1"],
          ]), "",
          T("""
          佐藤運送さんの9/29分は仮押さえです。確定したら連絡します。
          """), "", SIG_KINOSHITA)))

    # P10 real-estate partner introduction with 宅建 licence numbers
    out.append(mail(
        ORG, "C2", "none", "pass", "benign.takken_licence_numbers",
        "An introduction of a real-estate partner quoting its 宅建業 licence and its agent's 宅建士 registration number.",
        OKOCHI, [addr("東武電工 人事部 厚生課 小島様", "kojima.m@tobu-denko.example.co.jp")],
        "さいたま地区の提携不動産会社のご紹介",
        J(T("""
        東武電工株式会社
        人事部 厚生課　小島 様

        いつも大変お世話になっております。ハヤテ引越センターの大河内でございます。
        先日お話のございました、さいたま事業所周辺の借上社宅探しにつきまして、
        弊社提携の不動産会社をご紹介申し上げます。

        　会社名　　：株式会社みずき不動産
        　免許番号　：埼玉県知事（3）第21874号
        　担当者　　：賃貸法人営業部　瑞木 拓也 様（宅地建物取引士 埼玉 第048213号）
        　所在地　　：さいたま市大宮区宮町1-55
        　電話　　　：048-0000-7710

        法人契約の実績も多く、社宅規程に沿った物件のご提案が可能とのことです。
        瑞木様には、貴社からご連絡が入る可能性がある旨をお伝えしております。

        何卒よろしくお願い申し上げます。
        """), "", SIG_OKOCHI)))

    return out
