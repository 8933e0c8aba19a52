"""Org C: 株式会社明進ゼミナール 本部 — head office of a cram-school chain
(教務部・総務人事部・広報マーケティング部)."""
from common import (T, join, addr, quote_gmail, original, forwarded, tensou, att,
                    enc_zip, mynumber, hold, ok, houjin)

ORG = "C"
DOM = "meishin-zemi.example.co.jp"

MIYAMOTO = addr("宮本 直樹（明進ゼミナール 教務部）", f"n-miyamoto@{DOM}")
TAMURA = addr("田村 由香", f"tamura.yuka@{DOM}")
KINOSHITA = addr("木下 翔 | 明進ゼミナール", f"sho.kinoshita@{DOM}")

SIG = {
    "miyamoto": T(f"""
        ==================================
        株式会社明進ゼミナール 本部 教務部
        教務課長　宮本 直樹
        〒330-0000 さいたま新都心町1-2-3 明進ビル5F
        TEL 048-0000-5510 ／ FAX 048-0000-5519
        n-miyamoto@{DOM}
        ==================================
        """),
    "tamura": T(f"""
        ---
        株式会社明進ゼミナール
        総務人事部　田村 由香
        TEL：048-0000-5520（直通）
        MAIL：tamura.yuka@{DOM}
        ※本メールに心当たりのない場合は、お手数ですが削除のうえご連絡ください。
        """),
    "kinoshita": T(f"""
        ////////////////////////////////
        木下 翔（Sho Kinoshita）
        明進ゼミナール 広報マーケティング部
        Mobile: 080-0000-4193 ／ sho.kinoshita@{DOM}
        https://www.meishin-zemi.example.co.jp/
        ////////////////////////////////
        """),
}

SAKURAI = addr("桜井会計事務所 担当 永井", "nagai@sakurai-tax.example.jp")


def mails():
    m = []

    # ---------------------------------------------------------------- holds
    m.append(hold(
        kind="sensitive.student_adhd_to_tutor", writer="miyamoto", loc="body",
        why="業務委託の講師（個人アドレス）へ、生徒の氏名・ADHDの診断・服薬状況と保護者の電話番号を送っている。",
        frm=MIYAMOTO, to=[addr("原 拓海", "takumi.hara.tutor@gmail.com")],
        subject="7月からの個別指導ご担当生徒について",
        text=join(T("""
            原 先生

            いつもお世話になっております。明進ゼミナール教務部の宮本です。
            7月から大宮東校で担当いただく個別指導の生徒について、事前に共有します。

            ・生徒：小川 蓮（中学1年）
            ・科目：数学・英語（週2回 各80分）
            ・保護者（母）：小川 美咲 様　090-0000-8834
            ・留意事項：
            　小学4年時にADHD（注意欠如・多動症）の診断を受けており、
            　現在も服薬中とのことです（朝1回）。
            　長時間の演習は集中が続きにくいため、15分ごとに課題を区切ってください。
            　保護者様からは、学校での様子も含めて月1回は電話で報告がほしいとの
            　ご要望をいただいています。

            ご不明な点があればご連絡ください。
            よろしくお願いいたします。
            """), SIG["miyamoto"]),
        personal=[("name", "小川 蓮"), ("diagnosis", "ADHD（注意欠如・多動症）の診断"),
                  ("name", "小川 美咲"), ("phone", "090-0000-8834")],
    ))

    n1, n2, n3 = mynumber("73015284619"), mynumber("25940617382"), mynumber("60482913574")
    m.append(hold(
        kind="id.mynumber_lecturers", writer="tamura", loc="body",
        why="外部講師3名の個人番号（マイナンバー）を氏名・住所とともに本文に並べて会計事務所へ送っている。",
        frm=TAMURA, to=[SAKURAI],
        subject="支払調書作成用の講師情報について",
        text=join(T(f"""
            桜井会計事務所
            永井様

            いつもお世話になっております。明進ゼミナールの田村です。
            令和6年分の報酬の支払調書について、追加で判明した外部講師3名分の
            情報をお送りします。

            1) 氏名：安藤 早紀　住所：さいたま市浦和区常盤9-1-4
            　 個人番号：{n1}　支払金額：1,284,000円
            2) 氏名：桑原 誠　住所：川口市栄町2-7-15-603
            　 個人番号：{n2}　支払金額：  936,000円
            3) 氏名：二宮 亜美　住所：上尾市緑丘1-22-8
            　 個人番号：{n3}　支払金額：  412,500円

            いずれも本人確認書類の写しは当社で保管しております。
            お手数ですが、訂正分の提出をお願いいたします。
            """), SIG["tamura"]),
        personal=[("name", "安藤 早紀"), ("mynumber", n1), ("name", "桑原 誠"),
                  ("mynumber", n2), ("name", "二宮 亜美"), ("mynumber", n3),
                  ("address", "川口市栄町2-7-15-603")],
    ))

    m.append(hold(
        kind="personal.resume_to_agency", writer="tamura", loc="body",
        why="講師応募者の氏名・生年月日・住所・電話・メール・学歴職歴を本文に転記して採用代行会社へ送っている。",
        frm=TAMURA, to=[addr("株式会社タレントブリッジ 採用代行チーム", "rpo@talentbridge.example.co.jp")],
        subject="面接日程調整のご依頼（専任講師・理系）",
        text=join(T("""
            株式会社タレントブリッジ
            採用代行チーム ご担当者様

            お世話になっております。明進ゼミナール総務人事部の田村です。
            当社HPから直接応募があった方について、面接日程の調整をお願いします。
            応募フォームの内容を以下に転記します。

            氏名：清水 颯太（しみず そうた）
            生年月日：1996年8月22日（28歳）
            住所：さいたま市大宮区桜木町4-11-2 パークサイド大宮903
            電話：080-0000-7265
            メール：sota.shimizu.edu@gmail.com
            学歴：2019年3月 東都理科大学 理学部 数学科 卒業
            職歴：2019年4月〜 株式会社ネクスト学習社（集団塾）数学講師
            　　　2023年10月〜 同社 校舎副責任者
            希望：専任講師（中高数学）、現職は8月末で退職予定

            一次面接は7月第1週で、本人の希望は平日19時以降です。
            よろしくお願いいたします。
            """), SIG["tamura"]),
        personal=[("name", "清水 颯太"), ("birth_date", "1996年8月22日"),
                  ("address", "さいたま市大宮区桜木町4-11-2 パークサイド大宮903"),
                  ("phone", "080-0000-7265"), ("email", "sota.shimizu.edu@gmail.com")],
    ))

    scores = T("""
        校舎,生徒ID,生徒氏名,在籍中学,学年,国語,数学,英語,理科,社会,5科合計,偏差値,保護者連絡先
        大宮東,OM2301,浅井 結衣,さいたま市立大宮第三中,3,78,85,91,72,80,406,63.2,090-0000-1125
        大宮東,OM2304,石黒 陸,さいたま市立大宮第三中,3,62,48,55,51,60,276,44.8,080-0000-3372
        大宮東,OM2311,上原 紗希,さいたま市立桜木中,3,88,92,95,84,86,445,68.9,070-0000-5520
        浦和西,UW2207,遠藤 大和,さいたま市立常盤中,3,55,70,64,68,59,316,50.5,090-0000-6608
        浦和西,UW2215,岡崎 ひかり,さいたま市立常盤中,3,71,66,80,63,74,354,55.9,080-0000-9041
        川口南,KG2302,加藤 蒼,川口市立栄中,3,49,37,42,45,52,225,37.6,090-0000-2287
        """)
    m.append(hold(
        kind="list.student_scores", writer="miyamoto", loc="attachment",
        why="添付CSVに複数生徒の氏名・在籍中学・成績・偏差値と保護者の連絡先が並び、成績付きの名簿にあたる。",
        frm=MIYAMOTO, to=[addr("学参ネクスト株式会社 模試事業部", "moshi@gakusan-next.example.co.jp")],
        subject="第2回 中3県立模試　校舎別データ（個票印刷用）",
        text=join(T("""
            学参ネクスト株式会社
            模試事業部 ご担当者様

            いつもお世話になっております。明進ゼミナール教務部の宮本です。
            第2回中3県立模試の校舎別データをお送りします。
            個票の印刷と、校舎別の成績推移表の作成をお願いいたします。

            今回の受験者は3校舎で計187名です（添付は先行分）。
            残りは6月27日までに送付いたします。
            """), SIG["miyamoto"]),
        attachments=[att("moshi2_chu3_senkou.csv", scores)],
        personal=[("name", "浅井 結衣"), ("score", "406,63.2"), ("name", "加藤 蒼"),
                  ("phone", "080-0000-3372"), ("name", "上原 紗希")],
    ))

    dm = T("""
        夏期講習DM 宛名リスト（体験授業申込者 2025年4〜5月）
        No | 保護者氏名 | 郵便番号 | 住所 | 電話 | 生徒氏名 | 学年
        1 | 宇野 直子 | 330-0000 | さいたま市大宮区大成町3-8-2 | 048-0000-2231 | 宇野 湊 | 小6
        2 | 栗田 隆 | 331-0000 | さいたま市北区宮原町1-45-7 | 090-0000-4458 | 栗田 芽依 | 中1
        3 | 坂本 奈緒美 | 332-0000 | 川口市幸町5-3-10-1102 | 080-0000-6613 | 坂本 悠真 | 中2
        4 | 田口 秀樹 | 362-0000 | 上尾市柏座2-17-4 | 070-0000-1840 | 田口 心春 | 小5
        5 | 南 由紀子 | 336-0000 | さいたま市南区別所6-2-22 | 048-0000-7796 | 南 樹 | 中3
        """)
    m.append(hold(
        kind="list.dm_address_list", writer="kinoshita", loc="attachment",
        why="DM用の添付ファイルに保護者・生徒の氏名、住所、電話番号が並ぶ宛名リストが含まれる。",
        frm=KINOSHITA, to=[addr("株式会社佐藤印刷 営業部 佐藤", "sato@sato-print.example.co.jp")],
        subject="夏期講習DM　宛名データ送付の件",
        text=join(T("""
            佐藤印刷 佐藤さま

            お世話になっております。明進ゼミナールの木下です。
            先日お見積りいただいた夏期講習DMの件、宛名データをお送りします。
            まずは体験授業申込者の分（テスト印字用）です。

            はがきのデザインは昨日お送りしたv3で確定です。
            テスト印字を6/26までにいただけますと助かります！
            """), SIG["kinoshita"]),
        attachments=[att("DM宛名_体験申込者_2025-04-05.xlsx", dm)],
        personal=[("name", "宇野 直子"), ("address", "さいたま市大宮区大成町3-8-2"),
                  ("name", "坂本 奈緒美"), ("phone", "080-0000-6613"),
                  ("name", "田口 心春")],
    ))

    report = T("""
        本部 総務人事部 田村さん

        大宮東校の松岡です。昨日の事故について報告します。

        発生日時：2025年6月10日（火）16:50頃
        場所：大宮東校 1階エントランス前の階段
        生徒：西田 悠人（にしだ ゆうと）中学2年、2011年11月5日生
        状況：授業前に友人とふざけて階段を駆け下りた際に転倒し、右手をついた。
        受診：同日 大宮さくら整形外科を受診、右橈骨遠位端骨折と診断。
        　　　ギプス固定で全治6週間の見込み。手術は不要とのこと。
        保護者：母 西田 香織 様 090-0000-3029（当日19時に校舎長より電話で経緯説明済み）

        保険請求の手続きをお願いします。
        松岡
        """)
    m.append(hold(
        kind="sensitive.injury_report_forwarded", writer="tamura", loc="quoted",
        why="引用した事故報告に生徒の氏名・生年月日・骨折の診断と保護者の電話番号が含まれ、健康情報を保険会社へ送っている。",
        frm=TAMURA, to=[addr("あんしん損害保険 団体傷害保険 事故受付", "jiko@anshin-sonpo.example.co.jp")],
        subject="塾生総合保障　事故報告（証券番号 GA-7731204）",
        text=join(T("""
            あんしん損害保険株式会社
            事故受付ご担当者様

            いつもお世話になっております。明進ゼミナール総務人事部の田村です。
            塾生総合保障の対象となる事故が発生しましたので、ご報告いたします。
            詳細は下記の校舎からの報告のとおりです。

            事故報告書（所定様式）は本日中に郵送いたします。
            保護者様への請求書類の送付方法についてご指示ください。
            """), SIG["tamura"],
            original("松岡 弘樹 <h-matsuoka@meishin-zemi.example.co.jp>",
                     "Wednesday, June 11, 2025 9:12 AM",
                     "田村 由香 <tamura.yuka@meishin-zemi.example.co.jp>",
                     "【事故報告】大宮東校 生徒の負傷について", report)),
        personal=[("name", "西田 悠人"), ("birth_date", "2011年11月5日"),
                  ("diagnosis", "右橈骨遠位端骨折"), ("name", "西田 香織"),
                  ("phone", "090-0000-3029")],
    ))

    lecturer = T("""
        田村様

        お世話になっております。英語担当の安藤です。
        給与口座を変更したいので、7月支払分から下記にお願いできますか。

        銀行：さいたま中央銀行　浦和支店（店番 214）
        種別：普通
        口座番号：3091746
        名義：アンドウ サキ

        よろしくお願いします。
        安藤 早紀
        """)
    m.append(hold(
        kind="id.lecturer_account_forwarded", writer="tamura", loc="quoted",
        why="転送部分に個人講師の銀行口座番号と名義がそのまま含まれ、外部の会計事務所へ送っている。",
        frm=TAMURA, to=[SAKURAI],
        subject="Fw: 振込先口座の変更について",
        text=join(T("""
            永井様

            いつもありがとうございます。田村です。
            業務委託講師から振込先変更の連絡がありましたので転送します。
            7月支払分の振込データから反映をお願いいたします。

            他の講師の変更はございません。
            """), SIG["tamura"],
            forwarded("安藤 早紀 <saki.ando.english@gmail.com>", "2025年6月14日(土) 10:31",
                      "振込先口座の変更について", "tamura.yuka@meishin-zemi.example.co.jp", lecturer)),
        personal=[("bank_account", "口座番号：3091746"), ("account_holder", "アンドウ サキ"),
                  ("name", "安藤 早紀")],
    ))

    m.append(hold(
        kind="sensitive.mental_health_in_subject", writer="miyamoto", loc="subject",
        why="件名に生徒の氏名と適応障害の診断・不登校が書かれ、要配慮情報が件名だけで外部のカウンセラーへ出る。",
        frm=MIYAMOTO, to=[addr("こころのまど相談室 臨床心理士 高木", "takagi@kokoronomado.example.jp")],
        subject="中2 山口 陽翔くん（適応障害の診断・不登校）についてのご相談",
        text=join(T("""
            こころのまど相談室
            高木先生

            お世話になっております。明進ゼミナール教務部の宮本です。
            件名の生徒について、保護者様から「塾だけは通えているので、
            塾でできる配慮を専門家に相談したい」とのご要望がありました。

            提携契約に基づくコンサルテーションとして、7月中に一度
            校舎長を交えてお話を伺えないでしょうか。
            候補日：7/3（木）、7/8（火）、7/10（木）いずれも14時以降

            ご都合をお知らせいただけますと幸いです。
            """), SIG["miyamoto"]),
        personal=[("name", "山口 陽翔"), ("diagnosis", "適応障害の診断・不登校")],
    ))

    m.append(hold(
        kind="attachment.encrypted_zip", writer="tamura", loc="zip",
        why="パスワード付きZIP（PPAP）で源泉徴収関係の書類を送っており、中身を検査できない。",
        frm=TAMURA, to=[SAKURAI],
        subject="源泉徴収票（講師分）の送付",
        text=join(T("""
            永井様

            お世話になっております。田村です。
            退職した講師分の源泉徴収票データをお送りします。
            ファイルにはパスワードを設定しています。
            パスワードはこの後、別メールでお知らせいたします。
            """), SIG["tamura"]),
        attachments=[enc_zip("gensen_2025_taishokusha.zip")],
    ))

    parents = [
        addr("浅井 真由美", "mayumi.asai@gmail.com"),
        addr("石黒 聡", "satoshi.ishiguro@yahoo.co.jp"),
        addr("上原 久美子", "kumiko.uehara@outlook.com"),
        addr("遠藤 恵", "megumi.endo.0401@gmail.com"),
        addr("岡崎 浩一", "koichi.okazaki@gmail.com"),
        addr("加藤 美和", "miwa.kato.home@yahoo.co.jp"),
        addr("菊地 奈津子", "natsuko.kikuchi@gmail.com"),
        addr("小松 英樹", "hideki.komatsu@outlook.com"),
        addr("佐藤 理恵", "rie.sato.2010@gmail.com"),
        addr("高田 純", "jun.takada@yahoo.co.jp"),
        addr("中野 里美", "satomi.nakano.mama@gmail.com"),
        addr("野村 健司", "kenji.nomura@outlook.com"),
    ]
    m.append(hold(
        kind="recipients.parents_in_to", writer="kinoshita", loc="recipients",
        why="保護者12名の個人アドレスを宛先（To）に並べて送っており、BCCにすべき社外アドレスが互いに見える。",
        frm=KINOSHITA, to=parents,
        cc=[addr("大宮東校 校舎長 松岡", f"h-matsuoka@{DOM}")],
        subject="【明進ゼミナール大宮東校】中3保護者会のご案内",
        text=join(T("""
            中学3年生の保護者の皆さま

            いつも明進ゼミナールをご利用いただき、誠にありがとうございます。
            下記のとおり、中3保護者会を開催いたします。

            日時：2025年7月5日（土）10:30〜12:00
            会場：大宮東校 3階 大教室（オンライン同時配信あり）
            内容：
            　・2026年度 埼玉県公立高校入試の変更点
            　・夏期講習のカリキュラムと日程
            　・第2回模試の結果の見方
            出欠：6月30日までに下記フォームからご回答ください。
            https://forms.meishin-zemi.example.co.jp/omiya-east/chu3-0705

            ご不明な点は大宮東校（048-0000-5561）までお問い合わせください。
            """), SIG["kinoshita"]),
    ))

    # ---------------------------------------------------------------- passes
    m.append(ok(
        kind="benign.offer_holder_invitation", writer="tamura",
        why="内定者本人への懇親会の案内で、本人以外の個人情報を含まない。",
        frm=TAMURA, to=[addr("佐々木 美緒", "mio.sasaki.2026@gmail.com")],
        subject="内定者懇親会のご案内（7月26日）",
        text=join(T("""
            佐々木 美緒 様

            こんにちは。明進ゼミナール総務人事部の田村です。
            卒業論文の準備でお忙しい時期かと思いますが、いかがお過ごしでしょうか。

            2026年4月入社予定の皆さんを対象に、内定者懇親会を開催します。
            同期となる12名と、若手の教室長が参加する予定です。

            日時：2025年7月26日（土）14:00〜17:00
            会場：明進ゼミナール本部 5階 研修室
            持ち物：筆記用具のみ（服装は自由です）
            交通費：実費を支給します（領収書をお持ちください）

            ご出欠を7月11日までにこのメールへの返信でお知らせください。
            お会いできるのを楽しみにしています。
            """), SIG["tamura"]),
    ))

    m.append(ok(
        kind="benign.aggregate_results_ad", writer="kinoshita",
        why="合格実績の集計値と学校名のみの広告原稿で、個人を特定する情報はない。",
        frm=KINOSHITA, to=[addr("株式会社アドプラン 制作部 中井", "nakai@adplan.example.co.jp")],
        subject="合格実績チラシ 数字の確定版です",
        text=join(T("""
            アドプラン 中井さん

            お世話になっております。木下です。
            チラシの合格実績、確定版の数字をお送りします。

            【2025年度 高校入試 合格実績（全12校舎合計）】
            　県立浦和  18名
            　県立大宮  23名
            　県立浦和第一女子  15名
            　市立浦和  21名
            　県立川口北  34名
            　私立難関校（のべ）  96名
            　公立高校合格率  97.4%（在籍中3 312名中）

            ※「合格体験記」は掲載同意をいただいた方のみ、別途原稿をお送りします。
            ※各数字の下に「2025年3月 当社調べ・塾生のみ」と注記をお願いします。
            """), SIG["kinoshita"]),
    ))

    m.append(ok(
        kind="benign.lecturer_own_fee_masked", writer="tamura",
        why="講師本人へ本人の謝礼額を通知するメールで、口座番号は伏せ字になっている。",
        frm=TAMURA, to=[addr("二宮 亜美", "ami.ninomiya@outlook.com")],
        subject="6月分 講師謝礼のお知らせ",
        text=join(T("""
            二宮 亜美 様

            いつもお世話になっております。明進ゼミナールの田村です。
            6月分の謝礼について、下記のとおりお知らせいたします。

            　担当コマ数：14コマ（理科・中2）
            　謝礼額：58,800円
            　源泉徴収税額：6,003円
            　お振込額：52,797円
            　お振込予定日：7月10日（木）
            　お振込先：ご登録口座（普通 ****382）

            内容に相違がございましたら、7月3日までにご連絡ください。
            """), SIG["tamura"]),
    ))

    m.append(ok(
        kind="benign.historical_persons_material", writer="miyamoto",
        why="社会科教材に出てくる歴史上の人物名の校正依頼で、個人情報にあたらない。",
        frm=MIYAMOTO, to=[addr("学参ネクスト株式会社 編集部 三宅", "miyake@gakusan-next.example.co.jp")],
        subject="中2歴史テキスト 校正戻し（第4章・第5章）",
        text=join(T("""
            学参ネクスト 編集部
            三宅様

            お世話になっております。宮本です。
            中2歴史テキストの校正戻しをお送りします。主な修正点は次のとおりです。

            第4章 鎌倉時代
            ・p.62「北条政子の演説」の引用を現代語訳のみに変更
            ・p.65 源頼朝の肖像の出典表記を追加
            第5章 戦国〜安土桃山
            ・p.78 織田信長の年表、「楽市令」の年を1577年に修正
            ・p.83 コラム「杉原千畝」は第7章（近代）へ移動をご検討ください

            全体として、人物名にふりがなを初出時のみ付ける方針で統一しました。
            再校は7月第2週でお願いできますでしょうか。
            """), SIG["miyamoto"]),
    ))

    m.append(ok(
        kind="benign.project_six_addresses", writer="miyamoto",
        why="学習管理システム導入の定例連絡で、2社6名の業務アドレスのみが見えている。",
        frm=MIYAMOTO,
        to=[addr("石井 遼（スタディクラウド）", "r-ishii@studycloud.example.co.jp"),
            addr("森本 彩（スタディクラウド）", "a-morimoto@studycloud.example.co.jp")],
        cc=[addr("堀 正樹（スタディクラウド）", "m-hori@studycloud.example.co.jp"),
            addr("木下 翔", f"sho.kinoshita@{DOM}"),
            addr("情報システム課 矢野", f"yano@{DOM}")],
        subject="Re: LMS導入プロジェクト 第6回定例の議事メモ",
        text=join(T("""
            スタディクラウド 石井様、森本様、堀様

            明進ゼミナールの宮本です。議事メモの送付ありがとうございました。
            1点だけ修正をお願いします。

            ・「4. 生徒アカウントの一括登録」
            　誤：7月1日に全校舎一斉登録
            　正：7月1日に大宮東校・浦和西校で先行登録、他校舎は7月15日

            次回（第7回）は6月30日（月）15:00〜、オンラインでお願いします。
            当社からは宮本・木下・矢野の3名が参加します。
            """), SIG["miyamoto"]),
    ))

    m.append(ok(
        kind="benign.english_partner_swift", writer="tamura",
        why="海外提携先との契約更新と法人口座（SWIFT）への支払い連絡で、個人の情報は含まない。",
        frm=TAMURA, to=[addr("Global Kids Online Accounts", "accounts@gko.example.com")],
        cc=[addr("Carla Mendoza", "carla.mendoza@gko.example.com")],
        subject="Contract renewal FY2025 and payment of invoice GKO-2025-0611",
        text=join(T("""
            Dear Ms. Mendoza and the Accounts team,

            Thank you for sending the renewal agreement for the online English
            conversation program. We have signed it and the PDF is attached to our
            portal upload today.

            Invoice GKO-2025-0611 (USD 18,400.00) will be paid on June 30 to the
            account stated on the invoice:

              Beneficiary : Global Kids Online Inc.
              Bank        : Pacific Harbor Bank, Makati Branch
              SWIFT       : PHBKPHMMXXX
              Account No. : 0081-2274-5530

            Please note that bank charges on our side will be borne by us (SHA).
            If the beneficiary details have changed, kindly let us know before June 25.

            Best regards,
            Yuka Tamura
            General Affairs & HR, Meishin Seminar Co., Ltd.
            """), SIG["tamura"]),
    ))

    m.append(ok(
        kind="benign.flu_notice_bcc", writer="miyamoto",
        why="感染症対策の一般的なお知らせで個人名がなく、保護者アドレスはBCCで送られている。",
        frm=MIYAMOTO, to=[MIYAMOTO],
        bcc=[
            addr("保護者", "mayumi.asai@gmail.com"), addr("保護者", "satoshi.ishiguro@yahoo.co.jp"),
            addr("保護者", "kumiko.uehara@outlook.com"), addr("保護者", "megumi.endo.0401@gmail.com"),
            addr("保護者", "koichi.okazaki@gmail.com"), addr("保護者", "miwa.kato.home@yahoo.co.jp"),
            addr("保護者", "natsuko.kikuchi@gmail.com"), addr("保護者", "hideki.komatsu@outlook.com"),
            addr("保護者", "rie.sato.2010@gmail.com"), addr("保護者", "jun.takada@yahoo.co.jp"),
            addr("保護者", "satomi.nakano.mama@gmail.com"), addr("保護者", "kenji.nomura@outlook.com"),
            addr("保護者", "tomoko.yagi@gmail.com"), addr("保護者", "hiroshi.ueda77@yahoo.co.jp")],
        subject="【大宮東校】感染症の流行に伴う授業運営について",
        text=join(T("""
            保護者の皆さま

            いつも明進ゼミナールをご利用いただき、ありがとうございます。
            ※本メールはBCCで一斉送信しております。

            市内の中学校で学級閉鎖が相次いでおり、当校でも発熱による欠席が
            増えております。感染拡大を防ぐため、当面の間、下記のとおり運営します。

            1. 発熱・咳などの症状がある場合は、通塾をお控えください。
            　 欠席した授業は、オンライン映像授業で受講できます。
            2. インフルエンザ等と診断された場合の出席停止の目安は、
            　 学校保健安全法の基準に準じます（診断名のご報告は不要です）。
            3. 教室では換気と机の消毒を授業ごとに行います。
            4. 自習室は座席を1席ずつ空けてご利用いただきます。

            ご理解とご協力をお願いいたします。
            """), SIG["miyamoto"]),
    ))

    m.append(ok(
        kind="benign.employment_verification_consent", writer="tamura",
        why="本人の同意に基づく在籍確認で、在籍の事実・入社年月・役職のみを回答している。",
        frm=TAMURA, to=[addr("東浜銀行 住宅ローンセンター 審査課", "shinsa@loan.higashihama-bank.example.co.jp")],
        subject="Re: 在籍確認のご依頼（受付番号 HL-25-08812）",
        text=join(T("""
            東浜銀行 住宅ローンセンター
            審査課 ご担当者様

            お世話になっております。株式会社明進ゼミナール総務人事部の田村です。
            ご依頼の在籍確認について、ご本人から同意書を受領しておりますので、
            下記のとおりご回答いたします。

            　氏名：小松 勇気
            　在籍：在籍しております
            　入社年月：2016年4月
            　役職：教室長

            その他の事項（給与額等）については、当社の規程によりお答えできかねます。
            ご了承ください。
            """), SIG["tamura"]),
    ))

    m.append(ok(
        kind="benign.dev_minutes_test_card", writer="kinoshita",
        why="開発環境の議事録に載っている決済テスト用カード番号で、実在の顧客カードではない。",
        frm=KINOSHITA, to=[addr("ペイフロー株式会社 導入支援 片山", "katayama@payflow.example.co.jp")],
        cc=[addr("情報システム課 矢野", f"yano@{DOM}")],
        subject="オンライン申込フォーム決済連携　打合せメモ（6/17）",
        text=join(T("""
            ペイフロー 片山様

            本日はありがとうございました。木下です。
            打合せメモをお送りします。相違があればご指摘ください。

            ■日時：2025年6月17日（火）16:00〜17:00（オンライン）
            ■参加：ペイフロー 片山様／明進 木下・矢野
            ■決定事項
            　1. 夏期講習の申込フォームにカード決済を追加（7/1公開）
            　2. ステージング環境での結合テストは6/23〜6/27
            　3. テストには御社指定のテストカードを使用する
            　　 正常系：4242 4242 4242 4242（有効期限 12/30、CVC 123）
            　　 エラー系：御社ドキュメントの「残高不足」用番号
            　4. 本番のカード情報は当社サーバを通過させない（トークン方式）
            ■宿題
            　・明進：申込完了メールの文面案（6/20）
            　・ペイフロー：Webhook通知の仕様書（6/20）
            """), SIG["kinoshita"]),
    ))

    corp = houjin("030001118526")
    m.append(ok(
        kind="benign.company_surname_order", writer="kinoshita",
        why="人名を含む社名（佐藤印刷）への印刷発注で、注文番号と法人番号のみを含む。",
        frm=KINOSHITA, to=[addr("株式会社佐藤印刷 営業部 佐藤", "sato@sato-print.example.co.jp")],
        subject="発注書送付：2026年度 塾案内パンフレット",
        text=join(T(f"""
            株式会社佐藤印刷
            営業部 佐藤 様

            お世話になっております。明進ゼミナールの木下です。
            2026年度塾案内パンフレットの発注書をお送りします。

            　注文番号：MZ-PO-250618-03
            　品名：塾案内パンフレット A4・中綴じ16ページ
            　部数：30,000部
            　納品：2025年8月20日（本部倉庫へ一括）
            　金額：お見積りNo.SP-25-0412 のとおり

            請求書の宛名は「株式会社明進ゼミナール（法人番号 {corp}）」で
            お願いします。色校正は7月下旬を予定しています。
            """), SIG["kinoshita"]),
    ))

    return m
