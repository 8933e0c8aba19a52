"""(C) 株式会社みすず中央放送（MCB） 報道部 — regional TV station news desk.

Writers
  matsumoto 松本 隆    報道部 デスク（短い署名、携帯番号入り）
  inoue     井上 沙織  報道部 記者（県警・司法担当）
  kinoshita 木下 亮介  報道部 ディレクター（夕方ニュース「みすずイブニング」、英語メールあり）
"""
from common import People, att, body, csv_text, d, enc_zip, mail, quote

ORG = "C"
ORG_NAME = "株式会社みすず中央放送 報道部"
DOMAIN = "mcb-tv.example.co.jp"

MATSUMOTO = "松本 隆 <matsumoto.takashi@mcb-tv.example.co.jp>"
INOUE = "井上 沙織 <inoue.saori@mcb-tv.example.co.jp>"
KINOSHITA = "木下 亮介（みすずイブニング） <kinoshita.ryosuke@mcb-tv.example.co.jp>"

SIG_MATSUMOTO = d("""
    --
    みすず中央放送 報道部 デスク
    松本 隆
    報道部直通 026-0000-2251 / 携帯 090-0000-3318
""")

SIG_INOUE = d("""
    ――――――――――――――――――――
    株式会社みすず中央放送
    報道部 記者（県警・司法担当）
    井上 沙織 Saori Inoue
    〒380-0000 長野県長野市中御所3-12-1
    報道部 026-0000-2250 / 携帯 080-0000-6124
    inoue.saori@mcb-tv.example.co.jp
    ――――――――――――――――――――
""")

SIG_KINOSHITA = d("""
    ━━━━━━━━━━━━━━━━━━━━━━
    みすずイブニング（月～金 18:15～19:00）
    ディレクター 木下 亮介
    株式会社みすず中央放送 報道部
    TEL 026-0000-2260 FAX 026-0000-2269
    ━━━━━━━━━━━━━━━━━━━━━━
""")

SIG_KINOSHITA_EN = d("""
    --
    Ryosuke Kinoshita
    Director, News Division
    Misuzu Central Broadcasting Co., Ltd. (MCB)
    3-12-1 Nakagosho, Nagano-shi, Nagano 380-0000 Japan
    Tel +81-26-0000-2260
""")

TOTO_DESK = "東都テレビ 社会部 デスク 近藤 <kondo.shakai@toto-tv.example.co.jp>"
ALPS = "アルプスビジョン 柴田 <shibata@alps-vision.example.co.jp>"
LAW = "しなの総合法律事務所 弁護士 野口先生 <noguchi@shinano-law.example.jp>"


def mails():
    out = []

    # ------------------------------------------------------------ HOLDS
    # body 1: juvenile suspect's real name to the network
    out.append(mail(
        "inoue", "body", "hold", "sensitive.juvenile_proceedings",
        "The real name, school and family-court referral of a 15-year-old suspect are sent to another broadcaster.",
        INOUE, [TOTO_DESK], cc=["報道部 デスク <desk@mcb-tv.example.co.jp>"],
        subject="松本市 中学生暴行事件 続報メモ（6/16）",
        text=body(d("""
            近藤さん

            お疲れさまです。MCB井上です。
            松本の中学生暴行事件、本日分の続報メモです。全国枠で使う場合の参考に。

            ・加害側は市内の中学3年の男子2人。
            　うち主導したとされるのは 岡田 翔（15）、松本市立鎌田北中学校3年。
            　もう1人は同級生（14）で、こちらは児童相談所へ通告。
            ・岡田については、本日、長野家裁松本支部へ送致。観護措置が決定し、
            　少年鑑別所に収容。父親は市内の建設会社経営。
            ・被害生徒は2年男子、肋骨骨折で全治1か月。学校側は「いじめ」と認定済み。
            ・市教委は17日に臨時の会見予定（15時～）。

            当然ですが、少年の実名・学校名は放送では出しません。
            画は学校の外観（校名が映らない角度）と教育委員会の会見で。

            井上
        """), SIG_INOUE),
        personal=[("name", "岡田 翔"), ("juvenile", "長野家裁松本支部へ送致"),
                  ("school", "松本市立鎌田北中学校")],
    ))

    # body 2: DV victim's shelter address to the production company
    out.append(mail(
        "matsumoto", "body", "hold", "sensitive.dv_victim",
        "A DV victim's real name, current (hidden) address and phone are sent to an outside production crew.",
        MATSUMOTO, [ALPS], subject="DV特集 取材先の件（6/28ロケ）",
        text=body(d("""
            柴田さん

            お疲れさまです。松本です。
            6/28のDV特集のロケ、取材先が確定しました。

            取材先：中村 彩さん（34）
            現住所：長野市篠ノ井布施高田1-4-9 レジデンス篠ノ井 203
            携帯：090-0000-4471
            元夫から5年間にわたり暴力を受け、昨年シェルターを経て現住所へ転居。
            元夫には今年2月に保護命令（接近禁止）が出ています。
            お子さん（小2）と二人暮らし。

            本人の希望で、顔は出さず声も加工、住まいが特定される画（窓の外の景色、
            近所の看板、車のナンバー）は一切NGです。
            当日は現地集合ではなく、長野駅東口で12:30に拾ってから一緒に向かってください。
            現住所はロケ班以外には共有しないようお願いします。
        """), SIG_MATSUMOTO),
        personal=[("name", "中村 彩"), ("address", "長野市篠ノ井布施高田1-4-9"),
                  ("phone", "090-0000-4471"), ("victim", "元夫から5年間にわたり暴力を受け")],
    ))

    # body 3: interviewee's undisclosed illness to a freelance writer
    out.append(mail(
        "kinoshita", "body", "hold", "sensitive.interviewee_illness",
        "A documentary subject's ALS diagnosis, care level and home address go to a freelance writer's private mail.",
        KINOSHITA, ["大野 千尋 <chihiro.ono.writer@gmail.com>"],
        "ドキュメンタリー『雪国の診療所』取材対象の方について",
        body(d("""
            大野さん

            お疲れさまです。木下です。
            構成のご相談の前に、取材対象の方の状況を共有しておきます。

            小池 正治さん（67）
            飯山市照里2-18　奥様と二人暮らし
            4年前にALS（筋萎縮性側索硬化症）と診断。現在は要介護5で、
            胃ろう、夜間は呼吸器を使っています。意思疎通は視線入力。
            診療所の北原先生が月2回、訪問診療に入っています。

            ご本人・奥様とも撮影には前向きですが、
            病名は近所にはまだ伏せているとのことで、
            ナレーションで病名を出すかどうかは、ご家族と改めて相談します。
            構成案では「難病」の表現にとどめておいてください。
        """), SIG_KINOSHITA),
        personal=[("name", "小池 正治"), ("diagnosis", "ALS（筋萎縮性側索硬化症）"),
                  ("address", "飯山市照里2-18")],
    ))

    # attachment 1: street-interview consent roster
    ppl = People(8403, ["長野市権堂町", "長野市南千歳", "長野市鶴賀", "須坂市墨坂", "千曲市屋代",
                        "長野市若里", "小布施町小布施"], "380", "026", "長野県").many(8, born=(1948, 2006))
    rows = []
    places = ["権堂アーケード", "長野駅善光寺口", "善光寺表参道", "MIDORI前"]
    for i, p in enumerate(ppl, 1):
        rows.append([i, p["name"], 2025 - p["year"], p["address"], p["mobile"],
                     places[i % 4], "可" if i != 5 else "顔ぼかし条件付き"])
    cons = csv_text(["No", "氏名", "年齢", "住所", "電話", "撮影場所", "使用可否"], rows)
    out.append(mail(
        "kinoshita", "attachment", "hold", "list.interviewee_consent_roster",
        "The attached CSV lists eight street interviewees with ages, home addresses and mobile numbers.",
        KINOSHITA, [ALPS], subject="6/12 街頭インタビュー 出演承諾一覧",
        text=body(d("""
            柴田さん

            お疲れさまです。木下です。
            6/12の「物価高」街頭インタビューの出演承諾一覧を送ります。
            編集の際に、使用可否の欄を確認してからお使いください。
            5番の方は顔ぼかしが条件です。

            OAは6/18（水）の予定です。
        """), SIG_KINOSHITA),
        attachments=[att("出演承諾一覧_0612.csv", cons)],
        personal=[("name", ppl[0]["name"]), ("address", ppl[0]["address"]),
                  ("phone", ppl[1]["mobile"]), ("name", ppl[4]["name"])],
    ))

    # attachment 2: legal-check memo with criminal record and psychiatric history
    memo = d("""
        取材メモ（内部資料）　作成：井上　2025/06/19

        ■被告人：北村 康弘（52）　長野市三輪在住　元・市内の不動産会社役員
        ■起訴事実：高齢者3人から投資名目で計4,200万円を詐取（詐欺）

        ■関係者への取材から
        ・2015年にも同様の詐欺で起訴され、懲役2年・執行猶予4年の判決（長野地裁）。
        ・元妻によると、10年ほど前から双極性障害で精神科に通院。
        　躁状態のときに投資話を持ちかけることが多かったという。
        ・現在は生活保護を受給（弁護人も認める）。
        ・被害者の1人（80代女性）は「お金はもう戻らないと思う」。

        ■放送での扱い（案）
        ・前科、通院歴、生活保護の受給は放送しない方向。
        ・初公判の事実と被害の構図を中心に。
    """)
    out.append(mail(
        "inoue", "attachment", "hold", "sensitive.criminal_record_memo",
        "The attached interview memo gives a defendant's prior conviction, psychiatric treatment and welfare status to an outside lawyer.",
        INOUE, [LAW], cc=["報道部 デスク <desk@mcb-tv.example.co.jp>"],
        subject="放送前のリーガルチェックのお願い（6/20 夕方ニュース企画）",
        text=body(d("""
            しなの総合法律事務所
            野口 先生

            いつもお世話になっております。みすず中央放送 報道部の井上です。
            明日6/20（金）の夕方ニュースで放送予定の企画VTRについて、
            放送前のリーガルチェックをお願いしたく、原稿と取材メモをお送りします。

            特に、被告人の経歴に触れる部分の表現が名誉毀損に当たらないか、
            ご意見をいただけますと幸いです。
            本日18時以降でしたら、お電話でも伺えます。
        """), SIG_INOUE),
        attachments=[att("取材メモ_詐欺事件_0619.docx", memo),
                     att("原稿_0620_詐欺事件初公判.docx", "【原稿】投資名目で高齢者から現金をだまし取ったとして詐欺の罪に問われている長野市の男の初公判が、きょう長野地裁で開かれました。男は起訴内容を一部否認しました。……")],
        personal=[("name", "北村 康弘"), ("criminal_record", "懲役2年・執行猶予4年"),
                  ("diagnosis", "双極性障害")],
    ))

    # quoted 1: whistle-blower's identity forwarded to the production company
    q = d("""
        ---------- 転送メッセージ ----------
        From: MCB 視聴者情報フォーム <form-noreply@mcb-tv.example.co.jp>
        Date: 2025/06/13 23:18
        Subject: [情報提供] 受付番号 T-20250613-0412

        お名前：藤井 恭子
        ご住所：長野県上田市材木町2-7-3
        お電話：080-0000-2285
        メール：kyoko.fujii.0309@gmail.com
        ご職業：会社員（信州あさま食品株式会社 品質管理課）
        匿名希望：はい（会社には絶対に知られたくない）

        情報内容：
        勤務先で、県外産のリンゴを使ったジャムを「信州産100%」と表示して出荷しています。
        上司に何度か言いましたが、取り合ってもらえません。
        出荷記録のコピーがあります。取材していただけるなら協力します。
    """)
    out.append(mail(
        "matsumoto", "quoted", "hold", "personal.tipster_identity",
        "The forwarded viewer tip reveals the whistle-blower's name, address, phone, e-mail and employer to an outside production company.",
        MATSUMOTO, [ALPS], subject="Fw: [情報提供] 受付番号 T-20250613-0412",
        text=body(d("""
            柴田さん

            この情報提供、特集で追えるか相談させてください。
            まずは表示と流通の下調べ（公開情報の範囲）をお願いできますか。
            来週の企画会議で方向性を決めたいです。
        """), SIG_MATSUMOTO, q),
        personal=[("name", "藤井 恭子"), ("address", "長野県上田市材木町2-7-3"),
                  ("phone", "080-0000-2285"), ("email", "kyoko.fujii.0309@gmail.com")],
    ))

    # quoted 2: stabbing victim named in the quoted earlier mail
    q = quote(d("""
        2025/06/21 15:02、井上 沙織 <inoue.saori@mcb-tv.example.co.jp> のメール:

        近藤さん
        上田市の刺傷事件、県警発表と病院取材の内容です。
        ・被害者：上田市の会社員 西村 由美 さん（29）
        ・けさ7時すぎ、自宅アパート（上田市常田2丁目）前で腹部を刺される。
        ・上田中央病院に搬送、意識不明の重体。
        ・元交際相手の無職の男（31）を殺人未遂容疑で現行犯逮捕。
        ・西村さんは5月に上田署へストーカー相談をしていた（県警は認める）。
        井上
    """))
    out.append(mail(
        "inoue", "quoted", "hold", "sensitive.crime_victim",
        "The top is a short scheduling reply, but the quoted earlier mail names a stabbing victim, her condition and stalking report.",
        INOUE, [TOTO_DESK], subject="Re: 上田市 刺傷事件",
        text=body(d("""
            近藤さん

            了解です。続報入り次第送ります。
            夕方の全国枠は1分30秒でお願いします。
            病院前の中継は18:10から可能です。

            井上
        """), q, SIG_INOUE),
        personal=[("name", "西村 由美"), ("victim", "意識不明の重体")],
    ))

    # subject only: suspect's prior record in the subject
    out.append(mail(
        "matsumoto", "subject", "hold", "sensitive.criminal_record_subject",
        "The subject names an arrested man with his prior convictions and drug history; the body only points to uploaded footage.",
        MATSUMOTO, ["東都テレビ 映像センター <eizo-center@toto-tv.example.co.jp>"],
        "【素材】長野市 強盗致傷 宮下 直人容疑者(34) 前科2犯・覚醒剤使用歴あり 顔写真入り",
        body(d("""
            映像センター ご担当者様

            お疲れさまです。みすず中央放送 報道部の松本です。
            素材を共有フォルダにアップしました。
            ファイル名は 0614_nagano_01～05 です。
            よろしくお願いします。
        """), SIG_MATSUMOTO),
        personal=[("name", "宮下 直人"), ("criminal_record", "前科2犯・覚醒剤使用歴あり")],
    ))

    # zip: encrypted transcript
    out.append(mail(
        "inoue", "zip", "hold", "attachment.encrypted_zip",
        "A password-protected zip of interview transcripts is attached; the password is sent separately.",
        INOUE, [LAW], subject="取材音声の書き起こし（パスワード付きZIP）",
        text=body(d("""
            野口 先生

            いつもお世話になっております。井上です。
            先日ご相談した件の取材音声の書き起こしを、パスワード付きZIPでお送りします。
            パスワードは、この後別のメールでお送りいたします。

            ご確認のほど、よろしくお願いいたします。
        """), SIG_INOUE),
        attachments=[enc_zip("書き起こし_0617取材.zip")],
    ))

    # recipients: 12 shops and residents visible
    to = [
        "権堂アーケード商店会 事務局 <jimukyoku@gondo-arcade.example.jp>",
        "喫茶ミント 店主 <kissa.mint.nagano@gmail.com>",
        "そば処 善光 <info@soba-zenko.example.jp>",
        "大島呉服店 <oshima-gofuku@yahoo.co.jp>",
        "ながの銘菓 こまち堂 <komachido@komachido.example.co.jp>",
        "ブックス権堂 店長 上田 <ueda@books-gondo.example.jp>",
        "竹内 修 <o.takeuchi1961@outlook.com>",
        "ボタン屋 いとへん <itohen.button@gmail.com>",
        "信州みそ 丸山商店 <maruyama@shinshu-miso.example.co.jp>",
        "権堂中央町 自治会長 石井 <ishii.jichikai@yahoo.co.jp>",
        "パン工房 こむぎ <komugi.pan@gmail.com>",
        "長野電器商会 <info@nagano-denki.example.co.jp>",
    ]
    out.append(mail(
        "kinoshita", "recipients", "hold", "recipients.shops_residents_visible",
        "Twelve shops and residents, several with private addresses, are visible to each other in To.",
        KINOSHITA, to, "【みすずイブニング】商店街特集 撮影日程のご案内",
        body(d("""
            権堂アーケード商店街の皆さま

            先日は撮影へのご協力をご快諾いただき、ありがとうございました。
            みすず中央放送「みすずイブニング」ディレクターの木下です。

            撮影日程が決まりましたのでご案内します。
            　7月8日（火）10:00～16:00（雨天決行）
            　カメラ1台、スタッフ4名でお店を順番に回ります。
            　各店舗20分程度、営業中の様子をそのまま撮らせてください。
            放送は7月15日（火）18:15～の特集コーナーの予定です。

            ご都合の悪い時間帯があれば、このメールにご返信ください。
        """), SIG_KINOSHITA),
    ))

    # ------------------------------------------------------------ PASSES
    # election candidates (public figures)
    out.append(mail(
        "matsumoto", "pass", "pass", "benign.election_candidates",
        "A debate programme is arranged with gubernatorial candidates, who are public figures acting publicly.",
        MATSUMOTO,
        ["阿部まもる後援会 事務所 <office@abe-mamoru.example.jp>",
         "高田ひろみ選挙事務所 <takada.hiromi.office@gmail.com>",
         "小野けんご事務所 広報 <koho@ono-kengo.example.jp>"],
        cc=["報道部 選挙班 <senkyo@mcb-tv.example.co.jp>"],
        subject="【知事選】候補者討論番組 収録日程のご案内（7/3）",
        text=body(d("""
            各候補者事務所 ご担当者様

            みすず中央放送 報道部デスクの松本です。
            長野県知事選挙の候補者討論番組について、収録日程をご案内します。

            　収録：7月3日（木）14:00～15:30（13:00入り）
            　場所：MCB本社 第1スタジオ
            　出演：阿部 守 候補（現職）、高田 ひろみ 候補（新人）、小野 健吾 候補（新人）
            　　　　※届け出順
            　放送：7月5日（土）10:30～11:55

            テーマは「人口減少」「医療・介護」「リニア開業を見据えた交通」の3つです。
            発言時間は各候補とも均等に計測します。
            ご本人のほか、随行の方は1名までとさせてください。
        """), SIG_MATSUMOTO),
    ))

    # press conference timing with the police PR
    out.append(mail(
        "inoue", "pass", "pass", "benign.police_pr_request",
        "A routine question to the police press office about a public briefing; no individual is named.",
        INOUE, ["長野県警察本部 広報相談課 <koho@pref-police.example.lg.jp>"],
        "夏の交通安全運動 出発式の取材について",
        body(d("""
            長野県警察本部 広報相談課 ご担当者様

            いつもお世話になっております。みすず中央放送 報道部の井上です。

            7月11日（金）の「夏の交通安全県民運動」出発式について、
            カメラ1台・記者1名で取材に伺いたいと考えております。
            本部長あいさつの後、白バイ・パトカーの出発の場面を撮影したいのですが、
            撮影位置のご指定はありますでしょうか。

            また、上半期（1～6月）の交通事故死者数の速報値は、
            当日発表の予定でしょうか。差し支えなければ時間帯を教えてください。
        """), SIG_INOUE),
    ))

    # historical person
    out.append(mail(
        "kinoshita", "pass", "pass", "benign.historical_person",
        "A feature about a historical figure asks a museum for archive material; no living private person is involved.",
        KINOSHITA, ["松代象山記念館 学芸員 藤原様 <fujiwara@shozan-kinenkan.example.jp>"],
        "佐久間象山 特集に関する資料撮影のお願い",
        body(d("""
            松代象山記念館
            学芸員 藤原 様

            突然のご連絡失礼いたします。
            みすず中央放送「みすずイブニング」ディレクターの木下と申します。

            番組内のコーナー「信州の偉人」で、佐久間象山を取り上げることになりました。
            象山が松代で行った電信の実験や、吉田松陰・勝海舟との関わりを
            5分程度のVTRでご紹介したいと考えております。

            つきましては、館内の展示資料（電信機の復元模型、書簡など）を
            撮影させていただくことは可能でしょうか。
            また、藤原様に3分ほどインタビューでお話を伺えれば幸いです。

            撮影候補日：7月16日（水）または18日（金）の午前
            放送予定　：7月25日（金）
        """), SIG_KINOSHITA),
    ))

    # transmission outage and malware
    out.append(mail(
        "matsumoto", "pass", "pass", "benign.transmission_outage",
        "\"障害\", \"感染\" and \"隔離\" describe a line failure and an infected edit PC, not people.",
        MATSUMOTO, [TOTO_DESK, "東都テレビ ネットワーク運行部 <unko@toto-tv.example.co.jp>"],
        "【報告】6/18 中継回線障害および編集端末のマルウェア感染について",
        body(d("""
            東都テレビ 近藤さん、ネットワーク運行部 ご担当者様

            MCB報道部の松本です。昨日の件、ご報告します。

            1．中継回線障害
            　6/18 17:52～18:06、長野—東京間の素材伝送回線に障害が発生し、
            　「ニュースフロント」向けの上田市からの中継が送出できませんでした。
            　原因は回線事業者側の中継装置の故障。18:06にバックアップ回線へ切替済み。

            2．編集端末のマルウェア感染
            　同日、報道部の編集端末1台でマルウェア感染を検知し、即時ネットワークから隔離。
            　共有素材サーバーへの拡散はなく、送出系にも影響はありません。
            　端末は初期化のうえ、来週から復帰させます。

            ご迷惑をおかけしました。再発防止策は技術局からも別途報告させます。
        """), SIG_MATSUMOTO),
    ))

    # English footage licence with corporate account
    out.append(mail(
        "kinoshita", "pass", "pass", "benign.footage_license_english",
        "An English footage-licence exchange quotes the station's corporate bank account and SWIFT code.",
        KINOSHITA, ["Lin Ya-ting <yating.lin@fnn.example.com.tw>"],
        subject="Re: Footage licence - Kamikochi snow corridor (MCB archive)",
        text=body(d("""
            Dear Ms. Lin,

            Thank you for your interest in our archive footage.
            We are happy to license the following clip for your travel programme:

              Clip ID   : MCB-ARC-2024-04117 (Tateyama-Kamikochi area, 4K, 2'30")
              Use       : one broadcast + 12 months online, Taiwan territory
              Fee       : JPY 180,000 (tax not applicable for overseas)
              Credit    : "Footage courtesy of MCB (Japan)"

            Please remit the fee to our corporate account:
              Misuzu Central Broadcasting Co., Ltd.
              Shinano Chuo Bank, Head Office, Account 1083346
              SWIFT: SNCBJPJT

            Once we receive the signed licence agreement, we will send a download link.

            Best regards,
        """), SIG_KINOSHITA_EN, quote(d("""
            On Jun 23, 2025, Lin Ya-ting wrote:
            Dear Mr. Kinoshita,
            We are producing a travel programme on the Japan Alps and would like to
            license about two minutes of your snow corridor footage. Could you send a quote?
        """))),
    ))

    # aggregate infection figures
    out.append(mail(
        "inoue", "pass", "pass", "benign.aggregate_infection",
        "Requests weekly infectious-disease counts by health district; aggregates only.",
        INOUE, ["長野県 健康福祉部 感染症対策課 <kansensho@pref.nagano.example.lg.jp>"],
        "感染症発生動向（定点報告）の数値について",
        body(d("""
            長野県 健康福祉部 感染症対策課 ご担当者様

            いつもお世話になっております。みすず中央放送 報道部の井上です。

            本日発表の第25週の定点報告について確認させてください。
            手足口病の定点当たり報告数が、北信地域で「7.82」となっていますが、
            警報レベル（5.0）を超えたのは今年初めてという理解でよろしいでしょうか。
            あわせて、県全体の数値（定点当たり）と、前週比もいただけますと助かります。

            夕方のニュースで、保育園での感染予防の呼びかけとあわせてお伝えする予定です。
        """), SIG_INOUE),
    ))

    # to the interviewee himself
    out.append(mail(
        "kinoshita", "pass", "pass", "benign.interviewee_self",
        "The director writes to the athlete himself about his own shoot; his wheelchair is mentioned only to him.",
        KINOSHITA, ["坂本 雄大 <yudai.sakamoto.wr@outlook.com>"],
        "7/9 練習風景の撮影について（確認）",
        body(d("""
            坂本 雄大 様

            お世話になっております。みすずイブニングの木下です。
            先日は、チームの練習を見学させていただきありがとうございました。

            7月9日（水）の撮影について、改めて確認させてください。
            　・18:30 長野運動公園 総合体育館 サブアリーナ
            　・練習風景の撮影（約1時間）の後、インタビュー20分
            　・ご自宅から体育館までの移動（車の乗り降り）の撮影は、
            　　坂本さんのご希望どおり今回は行いません

            体育館の入口は、車いすで通りやすい北側の通用口を事前に確認しておきました。
            ほかに気になる点があれば、いつでもご連絡ください。
            パラ大会に向けた思いを、たっぷり伺えればと思います。
        """), SIG_KINOSHITA),
    ))

    # condolence to a partner company
    out.append(mail(
        "matsumoto", "pass", "pass", "benign.condolence",
        "A condolence note to a partner company on the death of its founder; no sensitive data about a living person.",
        MATSUMOTO, ["アルプスビジョン 代表取締役 太田様 <ota@alps-vision.example.co.jp>"],
        "ご逝去の報に接して",
        body(d("""
            株式会社アルプスビジョン
            代表取締役 太田 様

            このたびは、御社創業者である太田 勝 会長のご逝去の報に接し、
            謹んでお悔やみ申し上げます。

            会長には、私が駆け出しの記者だったころ、
            長野五輪の取材で夜を徹して編集を手伝っていただいたことを、
            今もよく覚えております。

            社葬の日程が決まりましたら、お知らせいただけますと幸いです。
            報道部として弔電と供花の手配をさせていただきます。

            ご遺族の皆さまと社員の皆さまに、心よりお悔やみ申し上げます。
        """), SIG_MATSUMOTO),
    ))

    # vehicle numbers and radio licence numbers
    out.append(mail(
        "inoue", "pass", "pass", "benign.vehicle_numbers",
        "Vehicle registration and radio-licence numbers for outside-broadcast vans are not personal identifiers.",
        INOUE, ["信州リース 車両管理課 <sharyo@shinshu-lease.example.co.jp>"],
        "中継車・取材車 車検の日程調整について",
        body(d("""
            信州リース株式会社
            車両管理課 ご担当者様

            お世話になっております。みすず中央放送の井上です（車両担当を兼務しております）。
            8月に車検を迎える下記2台について、入庫日を調整させてください。

            　①中継車（SNG）　長野 800 さ 12-34　無線局免許番号 第ＣＴ-0413号
            　　車検満了日 2025/08/21
            　②取材車　　　　長野 300 そ 56-78
            　　車検満了日 2025/08/30

            7月下旬は知事選の開票特番があるため、①は8月4日以降でお願いします。
            代車（報道仕様でなくて構いません）の手配も可能でしょうか。
        """), SIG_INOUE),
    ))

    # reply chain, 6 visible addresses from 2 companies
    chain = quote(d("""
        2025/06/24 11:20、柴田 <shibata@alps-vision.example.co.jp> のメール:
        木下さん、近藤さん
        「信州の夏祭り」特集、ロケ日程の案です。
        7/26 諏訪湖（花火前日の準備）、8/1 松本ぼんぼん、8/6 上田わっしょい。
        カメラは当社から2班出せます。東都さんの全国枠での尺をご教示ください。
        柴田

        > 2025/06/23 18:02、近藤 <kondo.shakai@toto-tv.example.co.jp> のメール:
        > 柴田さん、木下さん
        > 全国枠は8/10（日）の「週末ニュース」で4分を確保できそうです。
        > 地方局ネタの夏特集として、ほか2局と並べる形になります。
        > 近藤
    """))
    out.append(mail(
        "kinoshita", "pass", "pass", "benign.reply_chain_schedule",
        "A long scheduling chain with six visible addresses from two partner companies, naming only staff.",
        KINOSHITA,
        [ALPS, TOTO_DESK],
        cc=["アルプスビジョン 小林 <kobayashi@alps-vision.example.co.jp>",
            "アルプスビジョン 制作部 <seisaku@alps-vision.example.co.jp>",
            "東都テレビ 社会部 遠藤 <endo.shakai@toto-tv.example.co.jp>",
            "東都テレビ 週末ニュース班 <weekend-news@toto-tv.example.co.jp>",
            "報道部 デスク <desk@mcb-tv.example.co.jp>"],
        subject="Re: Re: 「信州の夏祭り」特集 ロケ日程",
        text=body(d("""
            柴田さん、近藤さん

            木下です。日程案ありがとうございます。
            当方は、7/26 諏訪湖と 8/1 松本ぼんぼんは報道部からも記者を出します。
            8/6 上田はアルプスビジョンさんの単独ロケでお願いできますか。
            全国枠4分の構成案は、7/4（金）までに私からお送りします。

            遠藤さん、ほか2局の素材の締切日を教えていただけると助かります。
        """), SIG_KINOSHITA, chain),
    ))

    return out
