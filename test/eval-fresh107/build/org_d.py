"""Org D: 公益社団法人 おおさか南 被害者支援センター — police-related victim support."""
from common import A, T, Writer, att, mail

ORG = "D"
DOM = "minami-vsc.example.or.jp"

HASEBE = Writer("D1_hasebe", "おおさか南被害者支援センター 長谷部", f"hasebe@{DOM}", """
══════════════════════════════
公益社団法人 おおさか南 被害者支援センター
事務局長　長谷部 伸
〒590-0000 大阪府堺市堺区南瓦町 0-0-1
事務局 TEL 06-0000-8100　FAX 06-0000-8109
相談専用ダイヤル 0120-000-783（平日10時〜16時）
══════════════════════════════
""")

ISHIGURO = Writer("D2_ishiguro", "石黒 葉子", f"ishiguro@{DOM}", """
--
おおさか南 被害者支援センター
犯罪被害相談員　石黒 葉子
TEL 06-0000-8102
※このメールの内容は支援のためにのみ使用してください。
""")

IMAIZUMI = Writer("D3_imaizumi", "今泉 大地（ボランティア担当）", f"imaizumi@{DOM}", """
-----
今泉 大地
おおさか南 被害者支援センター 広報・ボランティア担当
06-0000-8105 / imaizumi@minami-vsc.example.or.jp
-----
""")


def mails():
    out = []

    # ---------------------------------------------------------------- holds
    # H1 body: sexual-offence victim and court date to the victim's lawyer
    out.append(mail(
        ISHIGURO, expect="hold", loc="body", kind="sensitive.crime_victim_court",
        why="性犯罪の被害者の氏名・事件名・通院状況を弁護士事務所へ本文で送っており、犯罪被害と健康の要配慮個人情報に当たる。",
        to=[A("堺中央法律事務所 弁護士 今村", "imamura@sakai-chuo-law.example.jp")],
        subject="12/9 公判の付添いについて",
        body="""
        堺中央法律事務所
        今村先生

        お世話になっております。おおさか南被害者支援センターの石黒です。
        被害者参加でご担当いただいている件で、公判当日の付添いについてご連絡します。

        ・被害者：井上 沙織さん（不同意わいせつ事件）
        ・12月9日（火）13:30〜 大阪地裁堺支部 第2刑事部
        ・当日は当センターの石黒と相談員1名が付添い、別室待機を希望されています。
        ・井上さんは事件後PTSDの診断を受け、現在も月2回通院されています。
        　被告人の姿が見えないよう遮へい措置の申出をお願いできればと思います。

        ご確認のほどよろしくお願いいたします。
        """,
        personal=[("name", "井上 沙織"), ("crime_victim", "不同意わいせつ事件"),
                  ("diagnosis", "PTSDの診断")],
    ))

    # H2 body: stabbing victim's details to the city for a relief payment
    out.append(mail(
        HASEBE, expect="hold", loc="body", kind="sensitive.crime_victim_municipality",
        why="通り魔事件の被害者の氏名・住所・負傷内容を市の担当課へ本文で送っており、犯罪被害者に関する要配慮個人情報に当たる。",
        to=[A("堺市 市民協働課 犯罪被害者等支援担当 中島", "nakajima@sakai-city.example.lg.jp")],
        subject="犯罪被害者等見舞金の申請についてのご相談",
        body="""
        堺市 市民協働課
        中島様

        いつもお世話になっております。おおさか南被害者支援センターの長谷部です。
        支援中の方について、市の見舞金制度の対象になるかご相談させてください。

        　氏名：藤本 健司 様（41歳）
        　住所：大阪府堺市北区中百舌鳥町 8-22-5
        　事件：2025年10月4日夜、堺東駅付近の通り魔事件（傷害）
        　負傷：背部刺創、全治3か月。11月末まで入院
        　世帯：妻と小学生の子2人。休職中で収入が減少

        申請書類はご本人の同意を得て当センターで作成を支援する予定です。
        ご本人が窓口に来られない場合の手続きもあわせてご教示ください。
        """,
        personal=[("name", "藤本 健司"), ("address", "大阪府堺市北区中百舌鳥町 8-22-5"),
                  ("crime_victim", "通り魔事件（傷害）"), ("health", "背部刺創、全治3か月")],
    ))

    # H3 body: victim's private bank account to a donor fund
    out.append(mail(
        HASEBE, expect="hold", loc="body", kind="id.private_bank_account",
        why="被害者本人の個人口座（銀行・支店・口座番号・名義）を寄付基金の事務局へ本文で送っている。",
        to=[A("泉州ひまわり基金 事務局 岸本", "kishimoto@senshu-himawari.example.or.jp")],
        subject="緊急支援金の振込先について",
        body="""
        泉州ひまわり基金 事務局
        岸本様

        いつもご支援をいただきありがとうございます。長谷部です。
        先日ご承認いただいた緊急支援金（10万円）につきまして、
        ご本人の希望により、下記の口座へ直接お振込みをお願いいたします。

        　受給者：藤本 健司 様
        　振込先：泉州みらい銀行 中百舌鳥支店 普通 6042719
        　名義　：フジモト ケンジ

        お振込み後、ご一報いただけましたらご本人へお伝えします。
        """,
        personal=[("name", "藤本 健司"), ("bank_account", "泉州みらい銀行 中百舌鳥支店 普通 6042719")],
    ))

    # H4 attachment: volunteer insurance roster
    out.append(mail(
        IMAIZUMI, expect="hold", loc="attachment", kind="list.volunteer_insurance_roster",
        why="ボランティア6名の氏名・生年月日・住所・電話を一覧にしたCSVを保険代理店へ添付している。",
        to=[A("みなみ保険サービス ボランティア保険担当", "volunteer@minami-hoken.example.co.jp")],
        subject="ボランティア活動保険 追加加入者名簿の送付",
        body="""
        みなみ保険サービス
        ボランティア保険ご担当様

        お世話になっております。おおさか南被害者支援センターの今泉です。
        今年度の追加加入者の名簿をお送りします。
        補償開始は12月1日からでお願いいたします。保険料は別途お振込みします。
        """,
        attachments=[att("追加加入者名簿_202512.csv", """
        氏名,フリガナ,生年月日,住所,電話番号
        東 里香,ヒガシ リカ,1972-04-08,大阪府堺市西区鳳南町 3-108-2,090-0000-1673
        辻本 修平,ツジモト シュウヘイ,1958-10-21,大阪府和泉市府中町 6-7-14,072-0000-3390
        葛西 みどり,カサイ ミドリ,1966-06-01,大阪府高石市千代田 1-15-9,080-0000-4418
        野村 晃,ノムラ アキラ,1981-12-19,大阪府堺市南区桃山台 2-4-4,090-0000-5006
        平井 詩織,ヒライ シオリ,1994-03-03,大阪府大阪狭山市池尻中 2-31,070-0000-7124
        金田 秀樹,カネダ ヒデキ,1955-08-30,大阪府岸和田市春木若松町 9-2,072-0000-6651
        """)],
        personal=[("name", "辻本 修平"), ("birth_date", "1958-10-21"),
                  ("address", "大阪府高石市千代田 1-15-9"), ("phone", "070-0000-7124"),
                  ("name", "金田 秀樹")],
    ))

    # H5 attachment: support record with bereaved family's PTSD
    out.append(mail(
        ISHIGURO, expect="hold", loc="attachment", kind="sensitive.support_record",
        why="交通死亡事故の遺族の氏名・心身の状態・裁判の経過を記した支援経過記録をカウンセリング機関へ添付している。",
        to=[A("こころの相談室 りんどう 臨床心理士 浜口", "hamaguchi@rindou-counsel.example.jp")],
        subject="ご紹介の件：支援経過記録の送付",
        body="""
        こころの相談室 りんどう
        浜口先生

        お世話になっております。石黒です。
        先日お電話でご相談したご遺族の方について、ご本人の了解を得て
        当センターの支援経過記録を添付いたします。
        初回面接の前にお目通しいただけますと幸いです。

        初回は12月2日（火）14時を希望されています。よろしくお願いいたします。
        """,
        attachments=[att("支援経過記録_抜粋.docx", """
        支援経過記録（抜粋）　作成：犯罪被害相談員 石黒 葉子
        対象者：松下 恭子 様（52歳）　事件：危険運転致死事件の遺族（長男 松下 航平さん 当時19歳が死亡）
        2025/03/14 初回相談。事故後不眠が続き、食事がとれない。
        2025/05/20 刑事裁判の傍聴に付添い。閉廷後に過呼吸。
        2025/08/07 精神科受診、PTSDおよびうつ状態と診断、服薬開始。
        2025/10/29 被告人に懲役8年の判決。控訴中。カウンセリング継続を希望。
        """)],
        personal=[("name", "松下 恭子"), ("crime_victim", "危険運転致死事件の遺族"),
                  ("diagnosis", "PTSDおよびうつ状態と診断"), ("name", "松下 航平")],
    ))

    # H6 quoted: DV victim details from the police, forwarded to a shelter NPO
    out.append(mail(
        ISHIGURO, expect="hold", loc="quoted", kind="sensitive.dv_victim_quoted",
        why="転送部分に警察から受けたDV被害者と子の氏名・住所・加害者の情報が含まれ、民間シェルターへ送られている。",
        to=[A("NPO法人 はるかぜ 相談担当", "soudan@harukaze-npo.example.jp")],
        subject="Fwd: 一時保護の受入れ可否について",
        body="""
        はるかぜ ご担当様

        いつもお世話になっております。石黒です。
        堺南署の生活安全課から、下記のとおり一時保護の相談がありました。
        今夜からの受入れが可能か、至急お知らせいただけますでしょうか。
        """,
        quoted="""
        -----Original Message-----
        From: 堺南警察署 生活安全課 竹田 <takeda-sakaiminami@osaka-pref-police.example.jp>
        Sent: Wednesday, November 19, 2025 3:48 PM
        To: ishiguro@minami-vsc.example.or.jp
        Subject: 一時保護の受入れ可否について

        石黒様
        本日、配偶者からの暴力の相談がありました。
        相談者：小西 美紀さん（34歳）、長女（6歳）を連れて避難を希望。
        現住所：堺市南区城山台 5-3-11
        加害者：夫 小西 貴之（37歳）、過去に傷害で検挙歴あり。
        本日中の避難先の確保をお願いしたく、ご協力をお願いします。
        """,
        personal=[("name", "小西 美紀"), ("address", "堺市南区城山台 5-3-11"),
                  ("crime_victim", "配偶者からの暴力"), ("criminal_record", "過去に傷害で検挙歴あり")],
    ))

    # H7 quoted: juvenile offender's family-court proceedings forwarded to a volunteer
    out.append(mail(
        IMAIZUMI, expect="hold", loc="quoted", kind="sensitive.juvenile_proceedings_quoted",
        why="転送部分に加害少年の氏名と家庭裁判所の審判・観護措置の情報、被害生徒の氏名が含まれ、外部ボランティアの個人アドレスへ送られている。",
        to=[A("吉田 典子", "noriko.yoshida.vol@gmail.com")],
        subject="Fwd: 12月の付添い（家裁）の件",
        body="""
        吉田さん

        いつもありがとうございます。今泉です。
        来月、家庭裁判所での意見陳述の付添いを吉田さんにお願いしたいと考えています。
        これまでの経緯は、下の石黒さんのメモをご覧ください。
        ご都合を今週中に教えていただけると助かります。
        """,
        quoted="""
        -------- 転送メッセージ --------
        From: 石黒 葉子 <ishiguro@minami-vsc.example.or.jp>
        Date: 2025年11月18日 17:20
        To: 今泉 大地 <imaizumi@minami-vsc.example.or.jp>
        Subject: 12月の付添い（家裁）の件

        今泉さん
        中学生への恐喝事件の件です。被害生徒は 高野 悠真くん（14歳）。
        加害少年の 田村 翔（16歳）は観護措置がとられ、12月12日に大阪家裁堺支部で審判予定。
        お母様が意見陳述を希望されていて、付添いを1名お願いしたいです。
        """,
        personal=[("name", "田村 翔"), ("juvenile_proceedings", "観護措置がとられ"),
                  ("name", "高野 悠真"), ("crime_victim", "中学生への恐喝事件")],
    ))

    # H8 subject: victim's name and case in subject only
    out.append(mail(
        IMAIZUMI, expect="hold", loc="subject", kind="sensitive.victim_in_subject",
        why="件名に傷害事件の被害者の氏名と証人尋問の予定が書かれ、外部ボランティアの個人アドレスへ送られている。",
        to=[A("辻本 修平", "shuhei.tsujimoto@yahoo.co.jp")],
        subject="【付添依頼】12/16 堺支部 傷害事件 被害者 松井 里奈さん 証人尋問",
        body="""
        辻本さん

        お疲れさまです。今泉です。
        件名の付添いについて、当日のシフトが1名足りていません。
        13時に事務局集合、14時開廷の予定です。
        ご都合がつくかどうか、明日までにお返事いただけますか。

        詳しい経緯は、当日の打合せでお伝えします。
        """,
        personal=[("name", "松井 里奈"), ("crime_victim", "傷害事件 被害者")],
    ))

    # H9 zip: plain zip with unmasked consultation log to a researcher
    out.append(mail(
        HASEBE, expect="hold", loc="zip", kind="list.case_log_plain_zip",
        why="暗号化なしのZIP内のCSVに相談者の氏名・電話と被害の種類が匿名化されずに入っており、大学の研究者へ送られている。",
        to=[A("泉州大学 社会学部 准教授 岡本", "okamoto@senshu-univ.example.ac.jp")],
        subject="共同研究用データ（2024年度 相談受付記録）",
        body="""
        泉州大学 社会学部
        岡本先生

        お世話になっております。長谷部でございます。
        共同研究の件、2024年度の相談受付記録をお送りします。
        項目の意味はZIP内の説明ファイルをご参照ください。

        分析結果は来年3月の運営委員会でご報告いただけますと幸いです。
        よろしくお願いいたします。
        """,
        attachments=[
            att("soudan_2024.zip/soudan_uketsuke_2024.csv", """
            受付日,相談者氏名,電話,被害の種類,経路,対応
            2024-04-03,井上 沙織,090-0000-2518,性犯罪,警察紹介,面接・付添い
            2024-04-11,藤本 由美,080-0000-3302,交通死亡事故遺族,本人,電話相談
            2024-05-02,小西 美紀,090-0000-9947,DV,警察紹介,シェルター連携
            2024-05-19,高野 和美,070-0000-1185,恐喝（子が被害）,学校,面接
            2024-06-07,松下 恭子,080-0000-7740,危険運転致死遺族,警察紹介,法廷付添い
            """),
            att("soudan_2024.zip/koumoku_setsumei.txt", """
            経路：警察紹介／本人／学校／行政／その他
            対応：電話相談／面接／付添い（法廷・病院・警察）／他機関連携
            """),
        ],
        personal=[("name", "井上 沙織"), ("phone", "090-0000-2518"),
                  ("name", "高野 和美"), ("crime_victim", "DV")],
    ))

    # H10 recipients: training notice to 12 volunteers' private addresses in To
    vols = [
        A("吉田 典子", "noriko.yoshida.vol@gmail.com"),
        A("辻本 修平", "shuhei.tsujimoto@yahoo.co.jp"),
        A("東 里香", "rika.higashi72@gmail.com"),
        A("葛西 みどり", "midori.kasai@outlook.com"),
        A("野村 晃", "akira.nomura.sakai@gmail.com"),
        A("平井 詩織", "shiori_hirai@yahoo.co.jp"),
        A("金田 秀樹", "hideki.kaneda55@gmail.com"),
        A("水野 久美", "kumi.mizuno@outlook.com"),
        A("荒木 洋平", "yohei.araki@yahoo.co.jp"),
        A("菊池 玲子", "reiko.kikuchi.izumi@gmail.com"),
        A("服部 誠一", "seiichi.hattori@outlook.com"),
        A("森田 千尋", "chihiro.morita@gmail.com"),
    ]
    out.append(mail(
        IMAIZUMI, expect="hold", loc="recipients", kind="recipients.volunteer_visible_to",
        why="ボランティア12名の個人アドレスを宛先（To）に並べて送っており、互いのアドレスが見えてしまう。",
        to=vols,
        subject="12月 継続研修のご案内（直接支援員・付添いボランティア）",
        body="""
        ボランティアの皆さま

        いつも活動へのご協力ありがとうございます。今泉です。
        12月の継続研修を下記のとおり行います。

        　日時：12月20日（土）10:00〜12:30
        　場所：センター 研修室
        　内容：①事例検討（守秘義務の留意点）、②法廷付添いの流れの再確認、
        　　　　③二次被害を防ぐ言葉かけ（講師：臨床心理士 浜口先生）

        出欠は12月12日までにお知らせください。交通費は規定どおり支給します。
        """,
    ))

    # ---------------------------------------------------------------- passes
    # P1 annual statistics to the prefecture
    out.append(mail(
        HASEBE, expect="pass", kind="benign.annual_stats_aggregate",
        why="相談件数の集計表だけで、個々の被害者を特定できる情報は含まれない。",
        to=[A("大阪府 府民安全室 犯罪被害者支援担当", "higaisha-shien@osaka-pref.example.lg.jp")],
        subject="2025年度上半期 相談・支援件数のご報告",
        body="""
        大阪府 府民安全室 御中

        いつもお世話になっております。おおさか南被害者支援センターの長谷部です。
        2025年度上半期の実績をご報告いたします。

        　電話相談　　　　　　　　　　 614件
        　面接相談　　　　　　　　　　 138件
        　直接的支援（付添い等）　　　 97件（法廷 41、警察 23、病院 18、その他 15）
        　被害の内訳（実人数 212名）　 殺人・傷害等 58、性犯罪 67、交通事件 44、DV・ストーカー 29、その他 14

        前年同期比で性犯罪の相談が約2割増えています。
        詳細は12月の連絡協議会でご説明いたします。
        """,
    ))

    # P2 event with public figures
    out.append(mail(
        IMAIZUMI, expect="pass", kind="benign.public_figures_event",
        why="講演会の登壇者は知事・府警本部長・市長など公職の肩書きと公開講演者の氏名だけで、個人情報の問題はない。",
        to=[A("堺市民ホール 貸館係", "kashikan@sakai-hall.example.jp")],
        subject="犯罪被害者週間 講演会（11/27）の進行表",
        body="""
        堺市民ホール 貸館係 御中

        お世話になっております。おおさか南被害者支援センターの今泉です。
        11月27日（木）の講演会の進行表をお送りします。

        　13:30 開会挨拶　大阪府知事 代理 府民安全室長
        　13:40 来賓挨拶　大阪府警察本部長（予定）
        　13:50 基調講演　「被害者の声を社会へ」NPO法人 被害者の声ネットワーク 代表 桜井 直子 氏
        　15:00 パネル討論（堺市長、弁護士会、当センター理事長）
        　16:00 閉会

        ステージ上の名札は肩書きのみで結構です。
        前日の搬入は16時からでお願いします。
        """,
    ))

    # P3 vehicle numbers to a leasing company
    out.append(mail(
        HASEBE, expect="pass", kind="benign.vehicle_numbers",
        why="記載の番号は法人契約の支援車両のナンバーで、個人を識別する番号ではない。",
        to=[A("関西オートリース 法人営業部 荒井", "arai@kansai-autolease.example.co.jp")],
        subject="支援車両2台のリース更新について",
        body="""
        関西オートリース株式会社
        法人営業部 荒井様

        いつもお世話になっております。長谷部です。
        来年2月に満了となる支援車両2台の更新についてご相談です。

        　1号車：なにわ 300 す 00-11（7人乗り、走行 68,400km）
        　2号車：堺 500 た 00-27（軽自動車、走行 41,900km）

        1号車は後部座席が見えにくいスモークガラス仕様を引き続き希望します
        （法廷や病院への付添いで、被害者の方が人目を避けられるようにするためです）。
        お見積りをいただけますでしょうか。
        """,
    ))

    # P4 liaison meeting minutes with partner staff names
    out.append(mail(
        ISHIGURO, expect="pass", kind="benign.liaison_minutes",
        why="関係機関の連絡会議の議事録で、登場するのは各機関の担当者と運用ルールだけ。",
        to=[A("大阪府警 被害者支援室 川上", "kawakami@osaka-pref-police.example.jp"),
            A("大阪弁護士会 犯罪被害者支援委員会 事務局", "higaisha-iinkai@osaka-ben.example.or.jp")],
        cc=[A("長谷部 伸", f"hasebe@{DOM}")],
        subject="11/14 連携会議 議事録（案）のご確認",
        body="""
        各位

        先日はお忙しいところありがとうございました。石黒です。
        議事録（案）を以下にお送りします。修正があれば11月21日までにお知らせください。

        【日時】2025年11月14日（金）14:00〜15:30
        【出席】府警 被害者支援室 川上室長補佐・中西係長／弁護士会 犯罪被害者支援委員会
        　　　　前田弁護士・北川弁護士／堺市 中島主査／当センター 長谷部・石黒
        【議題】
        1. 早期援助団体への情報提供の運用：同意書の様式を年度内に統一する
        2. 夜間・休日の付添い要請：当面は事務局長の携帯で受け、翌朝相談員に引継ぎ
        3. 来年度の合同研修：6月に府警本部で開催（講師調整は弁護士会）
        """,
    ))

    # P5 donation thanks with corporate account
    out.append(mail(
        HASEBE, expect="pass", kind="benign.donation_corporate_account",
        why="協賛企業への寄付のお礼で、振込先はセンターの法人口座、社名の森田は会社名の一部である。",
        to=[A("株式会社森田製作所 総務部 社会貢献担当", "csr@morita-ss.example.co.jp")],
        subject="ご寄付への御礼と来年度のご案内",
        body="""
        株式会社森田製作所
        総務部 社会貢献ご担当様

        このたびは当センターの活動に多大なるご寄付を賜り、心より御礼申し上げます。
        いただいたご寄付は、法廷付添いの交通費や緊急の宿泊支援に大切に使わせていただきます。

        寄付金受領証明書（税額控除対象）を本日郵送いたしました。
        来年度も継続してご支援いただける場合は、下記口座へお振込みください。
        　堺りんくう銀行 本店営業部 普通 2233445
        　口座名義 シャ）オオサカミナミヒガイシャシエンセンター

        今後ともどうぞよろしくお願い申し上げます。
        """,
    ))

    # P6 phone-line outage notice
    out.append(mail(
        IMAIZUMI, expect="pass", kind="benign.phone_line_outage",
        why="「障害」は相談ダイヤルの回線障害のことで、個人情報は含まれない。",
        to=[A("堺南警察署 警務課", "keimu-sakaiminami@osaka-pref-police.example.jp"),
            A("堺市 市民協働課", "kyodo@sakai-city.example.lg.jp")],
        cc=[A("大阪府 府民安全室", "higaisha-shien@osaka-pref.example.lg.jp")],
        subject="【復旧】相談専用ダイヤルの回線障害について",
        body="""
        関係機関の皆さま

        おおさか南被害者支援センターの今泉です。
        本日午前、通信事業者側の回線障害により相談専用ダイヤル（0120-000-783）が
        つながりにくい状態となっておりました。

        　発生：11月21日（金）9:50頃
        　復旧：同日 11:05
        　その間の代替：事務局番号（06-0000-8100）で受付

        現在は正常につながります。ご紹介予定の方がいらっしゃいましたら、
        念のためかけ直しをお勧めいただけますと幸いです。
        """,
    ))

    # P7 to the victim herself about her own appointment
    out.append(mail(
        ISHIGURO, expect="pass", kind="benign.data_subject_own_appointment",
        why="被害者本人に本人の面談と公判の予定を伝えるメールで、第三者への提供ではない。",
        to=[A("井上 沙織", "saori.inoue.1129@yahoo.co.jp")],
        subject="次回の面談と12月9日の付添いについて",
        body="""
        井上さん

        こんにちは。おおさか南被害者支援センターの石黒です。
        昨日はお話しくださってありがとうございました。

        次回の面談は12月2日（火）14時からセンターでお待ちしています。
        12月9日の公判の日は、13時に堺東駅の改札でお会いしましょう。
        別室で待機できるよう、今村先生にもお願いしています。

        眠れない日が続くときは、夜間でも相談ダイヤルに遠慮なくご連絡ください。
        """,
    ))

    # P8 malware infection and isolation of a PC
    out.append(mail(
        IMAIZUMI, expect="pass", kind="benign.malware_isolation",
        why="「感染」「隔離」はPCのマルウェア対応のことで、個人の健康情報ではない。",
        to=[A("サカイネット ITサポート", "support@sakai-net-it.example.co.jp")],
        subject="事務局PC1台 マルウェア感染の疑い（隔離済み）",
        body="""
        サカイネット ITサポート御中

        おおさか南被害者支援センターの今泉です。
        本日10時ごろ、事務局PC（資産番号 MVSC-PC-07）で不審な添付ファイルを開いてしまい、
        セキュリティソフトが「Trojan.Emotet 感染の疑い」を検知しました。

        ・当該PCはLANケーブルを抜いてネットワークから隔離済みです。
        ・検知ファイルのSHA-256：3b7f0c9e21d45a8f6e0b2c47d91a3e58f0c6b2e4a7d19f35c8e02b6a4f1d7c90
        ・送信元のアドレスはブロックリストに登録しました。

        本日中に訪問での調査をお願いできますでしょうか。
        """,
    ))

    # P9 English mail to an overseas victim support organisation
    out.append(mail(
        HASEBE, expect="pass", kind="benign.english_overseas_partner",
        why="海外の支援団体との研修資料交換の連絡で、個別の被害者情報は含まれない。",
        to=[A("Fiona Grant, Victim Care Network", "fiona.grant@victimcare.example.org.uk")],
        subject="Exchange of training materials – court accompaniment",
        body="""
        Dear Ms. Grant,

        Thank you very much for hosting our two counsellors in Leeds last month. They
        came back full of ideas, especially about your volunteer court accompaniment scheme.

        As discussed, we would be happy to exchange training materials. We can send you an
        English summary of our 40-hour volunteer curriculum, and we would be grateful for
        your module on "avoiding secondary victimisation in court". No case material will
        be included on either side, of course.

        Could we have a short video call in the week of 8 December to agree on the details?

        With kind regards,
        Shin Hasebe
        Secretary General, Osaka Minami Victim Support Center
        https://www.minami-vsc.example.or.jp/en/
        """,
        sig=False,
    ))

    # P10 congratulations to a lawyer
    out.append(mail(
        HASEBE, expect="pass", kind="benign.congratulations",
        why="連携先弁護士の就任祝いで、業務上の儀礼の連絡である。",
        to=[A("前田 一郎 弁護士", "maeda@maeda-law.example.jp")],
        subject="犯罪被害者支援委員会 委員長ご就任のお祝い",
        body="""
        前田 一郎 先生

        このたびは大阪弁護士会 犯罪被害者支援委員会の委員長にご就任とのこと、
        心よりお祝い申し上げます。
        当センター設立以来、法廷付添いや相談員研修で多大なるご協力をいただいており、
        職員一同大変うれしく思っております。

        今後とも変わらぬご指導を賜りますよう、よろしくお願い申し上げます。
        略儀ながらメールにてお祝い申し上げます。
        """,
    ))

    for m in out:
        m["_org"] = ORG
    return out
