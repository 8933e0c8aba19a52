"""Org B: 医療法人社団 こもれび会 こもれびメンタルクリニック
精神科デイケア「ひだまり」・就労支援室."""
from common import A, T, Writer, att, mail, mynumber

ORG = "B"
DOM = "komorebi.example.or.jp"

KATAGIRI = Writer("B1_katagiri", "片桐 悠（こもれび就労支援室）", f"katagiri@{DOM}", """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
医療法人社団 こもれび会
こもれびメンタルクリニック 就労支援室
精神保健福祉士　片桐 悠（かたぎり はるか）
〒530-0000 大阪府大阪市北区中崎西 9-9-9 こもれびビル3F
TEL 06-0000-5521（就労支援室直通）／FAX 06-0000-5529
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
""")

OTSUKA = Writer("B2_otsuka", "大塚 美穂", f"otsuka@{DOM}", """
----
こもれびメンタルクリニック
精神科デイケア「ひだまり」　作業療法士　大塚 美穂
TEL 06-0000-5530
""")

NONOMURA = Writer("B3_nonomura", "医療法人社団こもれび会 事務長 野々村", f"nonomura@{DOM}", """
------------------------------------------------------------
医療法人社団 こもれび会　法人本部
事務長　野々村 修
〒530-0000 大阪府大阪市北区中崎西 9-9-9
TEL 06-0000-5500　FAX 06-0000-5509
E-mail nonomura@komorebi.example.or.jp
------------------------------------------------------------
""")

MN_STAFF = mynumber("40715928361")


def mails():
    out = []

    # ---------------------------------------------------------------- holds
    # H1 body: diagnosis and medication shared with employer
    out.append(mail(
        KATAGIRI, expect="hold", loc="body", kind="sensitive.diagnosis_to_employer",
        why="利用者の氏名と統合失調症の診断・服薬・症状を就労先企業の人事へ送っており、同意があっても要配慮個人情報の外部提供に当たる。",
        to=[A("ミドリ・サポートサービス 人事課 木下", "kinoshita@midori-support.example.co.jp")],
        subject="職場定着支援：12月の面談と配慮事項の共有",
        body="""
        株式会社ミドリ・サポートサービス
        人事課 木下様

        いつもお世話になっております。こもれび就労支援室の片桐です。
        先日の三者面談を受け、ご本人の同意をいただいたうえで配慮事項を共有いたします。

        ■ 対象：坂本 拓也さん（清掃チーム、2025年4月入社）
        ■ 診断：統合失調症（主治医：当院 藤井医師）
        ■ 服薬：朝夕の2回。午前中に眠気が出やすく、10時台の休憩を5分延ばしていただけると助かります。
        ■ 留意点：疲れがたまると「周りに見られている」という感覚が強くなることがあります。
        　その際は一人で作業できる持ち場への変更をお願いします。

        次回の定着面談は12月11日（木）15時、貴社会議室でお願いできますでしょうか。
        どうぞよろしくお願いいたします。
        """,
        personal=[("name", "坂本 拓也"), ("diagnosis", "統合失調症"),
                  ("health", "午前中に眠気が出やすく")],
    ))

    # H2 body: involuntary admission reported to the ward office
    out.append(mail(
        OTSUKA, expect="hold", loc="body", kind="sensitive.hospitalization_report",
        why="デイケア利用者の氏名・手帳等級・医療保護入院の事実を区役所へ送っており要配慮個人情報に当たる。",
        to=[A("北区役所 保健福祉課 精神保健担当 今西", "imanishi@kita-ward.example.lg.jp")],
        subject="デイケア利用者の入院についてのご報告",
        body="""
        北区役所 保健福祉課
        今西様

        お世話になっております。こもれびデイケアの大塚です。
        ケース会議で共有しておりました利用者の方について、ご報告いたします。

        ・氏名：岡田 真理子さん（48歳、精神障害者保健福祉手帳2級）
        ・11月に入り3週間デイケアの欠席が続いておりましたが、
        　11月20日にご家族の同意のもと、堺の南浜病院へ医療保護入院となりました。
        ・単身生活のため、ご自宅の郵便物とペットの猫の扱いについて
        　ご家族（妹さん）と調整中です。

        退院後の地域生活について、改めてご相談させてください。
        """,
        personal=[("name", "岡田 真理子"), ("disability", "精神障害者保健福祉手帳2級"),
                  ("health", "医療保護入院")],
    ))

    # H3 body: part-timer's My Number to the labour and social security attorney
    out.append(mail(
        NONOMURA, expect="hold", loc="body", kind="id.mynumber_employee",
        why="職員の個人番号（マイナンバー）と基礎年金番号を本文に書いて社労士事務所へ送っている。",
        to=[A("なにわ社会保険労務士事務所 吉村", "yoshimura@naniwa-sr.example.jp")],
        subject="新規パート職員の資格取得手続きのお願い（12/1入職）",
        body=f"""
        なにわ社会保険労務士事務所
        吉村先生

        いつもお世話になっております。こもれび会の野々村です。
        12月1日入職のパート職員について、社会保険・雇用保険の資格取得手続きを
        お願いいたします。

        　氏名：上野 さやか（ウエノ サヤカ）
        　生年月日：1991年8月27日
        　住所：大阪府吹田市千里山東 4-3-21
        　個人番号：{MN_STAFF}
        　基礎年金番号：4012-583920
        　所定労働時間：週25時間（月〜金 9:30〜14:30）、時給1,250円

        本人確認書類の写しは、後日書留で郵送いたします。
        よろしくお願いいたします。
        """,
        personal=[("name", "上野 さやか"), ("mynumber", MN_STAFF),
                  ("pension_number", "4012-583920"), ("birth_date", "1991年8月27日")],
    ))

    # H4 attachment: outing participants with health notes
    out.append(mail(
        OTSUKA, expect="hold", loc="attachment", kind="list.program_participants_health",
        why="外出プログラム参加者の氏名・生年月日・緊急連絡先と発作や服薬の留意事項を並べた名簿を外部施設へ添付している。",
        to=[A("大阪ベイ水族館 団体受付", "dantai@osaka-bay-aqua.example.co.jp")],
        subject="11/28 団体見学 参加者名簿の送付（こもれびデイケア）",
        body="""
        大阪ベイ水族館 団体受付 ご担当様

        お世話になっております。11月28日（金）に団体見学でお伺いする
        こもれびデイケアの大塚です。
        ご依頼のあった参加者名簿を添付いたします。
        当日、体調面でご配慮いただきたい点は備考欄に記載しております。

        入館は10時30分を予定しております。どうぞよろしくお願いいたします。
        """,
        attachments=[att("参加者名簿_1128.xlsx", """
        シート1：参加者名簿（こもれびデイケア 11/28 水族館見学）
        氏名 | 生年月日 | 緊急連絡先 | 備考
        石原 和也 | 1979/02/14 | 母 090-0000-3381 | てんかん発作の既往あり。発作時は横にして時間を計測
        三宅 ゆかり | 1985/06/30 | 夫 080-0000-9120 | 人混みで不安が強くなるため休憩場所の確保を希望
        森本 健 | 1968/11/03 | 姉 06-0000-2274 | 昼食後に服薬、水分多めに
        長尾 智美 | 1990/09/09 | 本人 090-0000-4465 | 特になし
        引率：大塚（OT）、片桐（PSW）、看護師 1名
        """)],
        personal=[("name", "石原 和也"), ("birth_date", "1979/02/14"),
                  ("health", "てんかん発作の既往あり"), ("name", "三宅 ゆかり"),
                  ("phone", "080-0000-9120")],
    ))

    # H5 attachment: vocational assessment with diagnosis to Hello Work
    out.append(mail(
        KATAGIRI, expect="hold", loc="attachment", kind="sensitive.vocational_assessment",
        why="利用者の氏名・診断名・症状と職業評価を記したアセスメント報告書をハローワークへ添付している。",
        to=[A("ハローワーク梅田 専門援助部門 橋本", "hashimoto@hw-umeda.example.go.jp")],
        subject="就労アセスメント報告書の送付",
        body="""
        ハローワーク梅田 専門援助部門
        橋本様

        お世話になっております。こもれび就労支援室の片桐です。
        先日ご相談した求職者の方の就労アセスメント報告書をお送りします。
        ご本人には内容を確認いただき、ハローワークへの提供に同意をいただいています。

        来週の職業相談の際の参考にしていただければ幸いです。
        """,
        attachments=[att("就労アセスメント報告書.docx", """
        就労アセスメント報告書
        作成：こもれびメンタルクリニック就労支援室　精神保健福祉士 片桐 悠
        対象者：村井 圭介（37歳）
        診断名：双極性障害II型（2016年診断、当院通院中）
        現在の状態：気分の波は服薬で安定。冬季に軽い抑うつ期が出やすい。
        作業評価：データ入力の正確性 98％、集中持続 50分程度。電話対応に強い緊張あり。
        希望職種：事務補助（週30時間から）
        配慮事項：通院のため月2回の平日午後休、繁忙期の残業は月10時間以内。
        """)],
        personal=[("name", "村井 圭介"), ("diagnosis", "双極性障害II型"),
                  ("health", "冬季に軽い抑うつ期が出やすい")],
    ))

    # H6 quoted: mother's mail about relapse forwarded to visiting nurses
    out.append(mail(
        OTSUKA, expect="hold", loc="quoted", kind="sensitive.family_mail_forward",
        why="転送部分に家族が書いた利用者の服薬中断と幻聴の症状が氏名付きで含まれ、訪問看護ステーションへ送られている。",
        to=[A("訪問看護ステーション ゆずりは 所長 神田", "kanda@yuzuriha-nurse.example.jp")],
        subject="Fwd: 息子の様子について",
        body="""
        ゆずりは 神田所長

        いつもお世話になっております。こもれびデイケアの大塚です。
        利用者さんのお母様から下記のメールが届きました。
        明日の訪問の際、ご様子を確認していただけますでしょうか。
        主治医には本日中に伝えます。
        """,
        quoted="""
        ---------- Forwarded message ---------
        From: 中川 由美子 <yumiko.nakagawa.63@gmail.com>
        Date: 2025年11月6日(木) 21:14
        Subject: 息子の様子について
        To: <otsuka@komorebi.example.or.jp>

        大塚先生

        いつもお世話になっております。デイケアでお世話になっている中川 大輔の母です。
        先週あたりから薬を飲まなくなったようで、夜中に部屋で独り言を言っています。
        「隣の人が悪口を言っている」と言って壁をたたくこともありました。
        本人はデイケアにも行きたくないと言っています。どうしたらよいでしょうか。

        中川 由美子
        """,
        personal=[("name", "中川 大輔"), ("health", "薬を飲まなくなった"),
                  ("health", "隣の人が悪口を言っている")],
    ))

    # H7 quoted: pension number and diagnosis in a user's mail, forwarded
    out.append(mail(
        KATAGIRI, expect="hold", loc="quoted", kind="id.pension_number_quoted",
        why="転送部分に利用者本人の基礎年金番号と初診日・病名が含まれ、社労士事務所へ送られている。",
        to=[A("みらい年金サポート 社労士 西岡", "nishioka@mirai-nenkin.example.jp")],
        subject="Fwd: 障害年金の件",
        body="""
        みらい年金サポート
        西岡先生

        お世話になっております。こもれび就労支援室の片桐です。
        先日ご相談した障害年金の請求について、ご本人から下記の連絡がありました。
        ご本人は先生からの直接のご連絡を希望されています。
        書類の準備について進めていただけますでしょうか。
        """,
        quoted="""
        -----Original Message-----
        From: 北野 亮 <ryo.kitano.0401@outlook.com>
        Sent: Monday, November 10, 2025 8:03 AM
        To: katagiri@komorebi.example.or.jp
        Subject: 障害年金の件

        片桐さん

        先日はありがとうございました。年金手帳が見つかったので番号を送ります。
        基礎年金番号 4921-083517
        初診日は平成30年6月12日、最初の病院は天満橋メンタルクリニックで、病名はうつ病でした。
        社労士の先生には携帯 090-0000-7736 に連絡をいただけると助かります。

        北野 亮
        """,
        personal=[("name", "北野 亮"), ("pension_number", "4921-083517"),
                  ("diagnosis", "病名はうつ病"), ("phone", "090-0000-7736")],
    ))

    # H8 subject: name and diagnosis only in the subject
    out.append(mail(
        KATAGIRI, expect="hold", loc="subject", kind="sensitive.diagnosis_in_subject",
        why="件名に利用者の氏名とうつ病・再入院の事実が書かれ、就労先企業へ送られている。",
        to=[A("株式会社ハーベスト物流 総務部 小池", "koike@harvest-logi.example.co.jp")],
        subject="三浦 拓海さん（うつ病）再入院のため来週の出勤について",
        body="""
        株式会社ハーベスト物流
        総務部 小池様

        いつもお世話になっております。こもれび就労支援室の片桐です。
        件名の件、ご本人とご家族の了解のもとでご連絡いたします。
        来週いっぱいは出勤が難しい見込みです。

        復帰の時期は主治医の判断を待って、改めてご相談させてください。
        ご迷惑をおかけしますが、どうぞよろしくお願いいたします。
        """,
        personal=[("name", "三浦 拓海"), ("diagnosis", "うつ病"), ("health", "再入院")],
    ))

    # H9 zip: plain zip whose CSV holds the full user master
    out.append(mail(
        NONOMURA, expect="hold", loc="zip", kind="list.user_master_plain_zip",
        why="暗号化なしのZIP内のCSVに利用者の氏名・生年月日・受給者証番号・主病名が一覧で入っており、ベンダーへ送っている。",
        to=[A("ケアシステムズ 導入支援 林", "hayashi@caresystems.example.co.jp")],
        subject="新システム移行用データ（利用者マスタ）",
        body="""
        株式会社ケアシステムズ
        導入支援チーム 林様

        お世話になっております。こもれび会の野々村です。
        移行テスト用に、現行システムから出力した利用者マスタをお送りします。
        文字化けの有無と、項目のマッピングをご確認いただけますでしょうか。

        12月の本番移行に向けて、引き続きよろしくお願いいたします。
        """,
        attachments=[att("komorebi_migration_20251114.zip/riyousha_master.csv", """
        利用者ID,氏名,フリガナ,生年月日,受給者証番号,主病名,利用開始日
        DC-0012,坂本 拓也,サカモト タクヤ,1993-04-18,2710000451,統合失調症,2021-06-01
        DC-0027,岡田 真理子,オカダ マリコ,1977-01-09,2710000873,双極性障害,2019-10-15
        DC-0031,石原 和也,イシハラ カズヤ,1979-02-14,2710001126,てんかん・うつ病,2022-02-01
        DC-0044,長尾 智美,ナガオ トモミ,1990-09-09,2710001597,社交不安障害,2023-04-03
        DC-0058,北野 亮,キタノ リョウ,1988-12-25,2710001842,うつ病,2024-01-10
        """),
            att("komorebi_migration_20251114.zip/readme.txt", """
            文字コード：UTF-8（BOMなし）、改行：CRLF
            出力日：2025-11-14　出力者：野々村
            """)],
        personal=[("name", "岡田 真理子"), ("birth_date", "1977-01-09"),
                  ("beneficiary_number", "2710000873"), ("diagnosis", "社交不安障害")],
    ))

    # H10 recipients: family association mail with 13 private addresses in To
    fams = [
        A("坂本 恵子", "keiko.sakamoto.55@gmail.com"),
        A("石原 正", "t.ishihara1950@yahoo.co.jp"),
        A("中川 由美子", "yumiko.nakagawa.63@gmail.com"),
        A("森本 里美", "satomi_morimoto@outlook.com"),
        A("長尾 敏夫", "toshio.nagao@yahoo.co.jp"),
        A("村井 久美子", "kumiko.murai.osaka@gmail.com"),
        A("三宅 勝", "masaru.miyake@outlook.com"),
        A("北野 節子", "setsuko.kitano@gmail.com"),
        A("岡田 直美", "naomi.okada.sakai@yahoo.co.jp"),
        A("上田 浩二", "koji_ueda1958@gmail.com"),
        A("宮崎 洋子", "yoko.miyazaki.77@yahoo.co.jp"),
        A("松尾 和子", "kazuko.matsuo@outlook.com"),
        A("杉山 博", "hiroshi.sugiyama.kobe@gmail.com"),
    ]
    out.append(mail(
        OTSUKA, expect="hold", loc="recipients", kind="recipients.family_group_visible_to",
        why="家族会の案内を13件の個人アドレスの宛先（To）に並べて送っており、互いに精神科デイケア利用者の家族であることが分かってしまう。",
        to=fams,
        subject="【ひだまり家族会】12月の集いのご案内",
        body="""
        ひだまり家族会の皆さま

        いつもデイケアの活動にご理解・ご協力をいただき、ありがとうございます。
        作業療法士の大塚です。12月の家族会のご案内です。

        　日時：12月13日（土）13:30〜15:30
        　場所：こもれびビル 4階 多目的室
        　内容：ミニ講座「年末年始の生活リズムの整え方」、茶話会

        お茶とお菓子をご用意してお待ちしています。
        出欠は12月8日までにこのメールへの返信でお知らせください。
        """,
    ))

    # ---------------------------------------------------------------- passes
    # P1 aggregate statistics to the city
    out.append(mail(
        KATAGIRI, expect="pass", kind="benign.aggregate_employment_stats",
        why="就職者数や定着率などの集計値だけで、個人を特定できる情報は含まれない。",
        to=[A("大阪市 障がい福祉課 就労支援係", "shuro@osaka-city-fukushi.example.lg.jp")],
        subject="2025年度上半期 就労支援実績のご報告",
        body="""
        大阪市 障がい福祉課 就労支援係 御中

        いつもお世話になっております。こもれび就労支援室の片桐です。
        2025年度上半期（4月〜9月）の実績をご報告いたします。

        　相談者数（延べ）　　　412件（実人数 58名）
        　新規就職者数　　　　　14名（うち障害者雇用枠 11名、一般枠 3名）
        　6か月定着率　　　　　86％（前年同期 79％）
        　主な就職先業種　　　　事務補助 5、物流 4、清掃 3、飲食 2
        　連携企業の平均障害者雇用率　2.6％（法定雇用率 2.5％）

        詳細な内訳は、来月の地域連携会議でご説明いたします。
        """,
    ))

    # P2 project mail with 6 visible addresses from 2 companies
    out.append(mail(
        KATAGIRI, expect="pass", kind="benign.project_six_addresses",
        why="2社6名の業務上のアドレスが並ぶ会議案内で、社外宛先は10件を超えず個人情報もない。",
        to=[A("ミドリ・サポートサービス 木下", "kinoshita@midori-support.example.co.jp"),
            A("ミドリ・サポートサービス 大西", "onishi@midori-support.example.co.jp"),
            A("ミドリ・サポートサービス 平田", "hirata@midori-support.example.co.jp")],
        cc=[A("ミドリ物産 人事部 佐伯", "saeki@midori-bussan.example.co.jp"),
            A("ミドリ物産 人事部 藤原", "fujiwara@midori-bussan.example.co.jp"),
            A("ミドリ物産 CSR推進室 新井", "arai@midori-bussan.example.co.jp")],
        subject="職場実習受入れに関する打合せ（12/4）のご案内",
        body="""
        株式会社ミドリ・サポートサービス
        ミドリ物産株式会社
        ご担当者の皆さま

        お世話になっております。こもれび就労支援室の片桐です。
        来年度の職場実習受入れ枠の拡大について、下記のとおり打合せをお願いします。

        　日時：12月4日（木）10:00〜11:30
        　場所：ミドリ物産 本社 7階 会議室B（オンライン併用）
        　議題：①実習期間と受入れ部署、②指導担当者向け研修、③障害者雇用率の見通し

        資料は前日までにお送りします。ご都合が悪い方はお知らせください。
        """,
    ))

    # P3 EHR outage ("障害") with log hashes
    out.append(mail(
        NONOMURA, expect="pass", kind="benign.it_outage_ehr",
        why="「障害」は電子カルテのシステム障害のことで、ハッシュ値はログの識別子にすぎない。",
        to=[A("メディカルクラウド サポートセンター", "support@medical-cloud.example.co.jp")],
        subject="【障害報告】電子カルテ ログイン不可（受付番号 MC-25-11873）",
        body="""
        メディカルクラウド株式会社 サポートセンター御中

        こもれび会の野々村です。本日の電話連絡の件、経過をお送りします。

        　発生：2025年11月17日 8:42〜9:35（約53分）
        　症状：全端末で「認証サーバーに接続できません（ERR-AUTH-503）」
        　影響：外来受付とデイケアの出席登録を紙で代替、データ欠損はなし
        　再起動後のログ：sha256 9f2c4e1ab07d33c58e6a1f0b2d94c7e85a3310fd6be2c9a7f40e18d2c5b7a9e1

        原因と再発防止策のご報告をお願いいたします。
        なお同時間帯にルーターの障害ランプは点灯していませんでした。
        """,
    ))

    # P4 programme information to a counselling office
    out.append(mail(
        OTSUKA, expect="pass", kind="benign.programme_info",
        why="デイケアの新しいプログラムの案内で、特定の利用者に関する情報はない。",
        to=[A("相談支援事業所 つむぎ 相談員 坂田", "sakata@tsumugi-soudan.example.jp")],
        subject="デイケア 1月からの新プログラムのご案内",
        body="""
        つむぎ 坂田様

        いつもお世話になっております。こもれびデイケアの大塚です。
        1月から、以下のプログラムを新たに始めます。
        ご担当の方で興味のありそうな方がいらっしゃれば、ぜひご紹介ください。

        　・月曜午後「からだほぐし」（ストレッチとリラクセーション）
        　・水曜午前「SST（生活技能訓練）」就職面接の練習を含みます
        　・金曜午後「eスポーツ部」協力型ゲームで週1回の対戦会

        見学は随時受け付けております。事前にお電話いただければ調整いたします。
        """,
    ))

    # P5 mail to the user himself about his own interview
    out.append(mail(
        KATAGIRI, expect="pass", kind="benign.data_subject_own_schedule",
        why="利用者本人に本人の面接日程を伝えるメールで、第三者への提供ではない。",
        to=[A("北野 亮", "ryo.kitano.0401@outlook.com")],
        subject="面接練習と本番の日程について",
        body="""
        北野さん

        こんにちは、片桐です。昨日はお疲れさまでした。
        ハーベスト物流さんの面接日程が決まったのでお知らせします。

        　面接練習：11月25日（火）14:00〜 就労支援室
        　本番　　：11月28日（金）10:30〜 ハーベスト物流 本社（当日は片桐も同行します）

        持ち物は履歴書（写真付き）と筆記用具です。
        緊張しやすいとおっしゃっていたので、練習では入室の流れから確認しましょう。
        体調が悪い日は無理せず連絡くださいね。
        """,
    ))

    # P6 gastroenteritis notice without names
    out.append(mail(
        OTSUKA, expect="pass", kind="benign.infection_notice_no_names",
        why="デイケア内の感染性胃腸炎の発生を人数だけで伝える休止連絡で、個人は特定されない。",
        to=[A("グループホーム あかり 管理者", "kanri@gh-akari.example.jp")],
        cc=[A("グループホーム こだま 管理者", "kanri@gh-kodama.example.jp")],
        subject="デイケア休止のお知らせ（11/19・20）",
        body="""
        グループホーム各位

        お世話になっております。こもれびデイケアの大塚です。
        デイケア内で感染性胃腸炎の症状が出た方が複数名いらっしゃるため、
        保健所と相談のうえ、11月19日（水）・20日（木）の2日間デイケアを休止します。

        ・再開は21日（金）の予定です（決まり次第ご連絡します）。
        ・休止期間中も外来診察は通常どおりです。
        ・ご入居者さんに嘔吐・下痢などの症状がある場合は、再開後もしばらく
        　お休みいただくようお声がけください。

        ご不便をおかけしますが、よろしくお願いいたします。
        """,
    ))

    # P7 invoice with the corporation's own account
    out.append(mail(
        NONOMURA, expect="pass", kind="benign.invoice_corporate_account",
        why="講師派遣料の請求で、振込先は医療法人の法人口座である。",
        to=[A("ミドリ物産 人事部 佐伯", "saeki@midori-bussan.example.co.jp")],
        subject="メンタルヘルス研修 講師派遣料のご請求",
        body="""
        ミドリ物産株式会社
        人事部 佐伯様

        お世話になっております。こもれび会の野々村です。
        11月12日に実施した管理職向けメンタルヘルス研修の講師派遣料について、
        請求書を郵送いたしました。PDFも念のため添付いたします。

        　金額：88,000円（税込）
        　振込先：なにわ中央銀行 中崎支店 普通 7654321
        　　　　　口座名義 イ）コモレビカイ
        　お支払期日：12月26日

        ご確認のほどよろしくお願いいたします。
        """,
        attachments=[att("請求書_ミドリ物産_研修講師.pdf", """
        請求書 No. KMB-2511-003
        ミドリ物産株式会社 御中
        件名：管理職向けメンタルヘルス研修 講師派遣（2025/11/12）
        金額 80,000円　消費税 8,000円　合計 88,000円
        振込先：なにわ中央銀行 中崎支店 普通 7654321 イ）コモレビカイ
        医療法人社団こもれび会 登録番号 T0000000000000
        """)],
    ))

    # P8 lecturer's own fee with masked account
    out.append(mail(
        NONOMURA, expect="pass", kind="benign.lecturer_own_fee_masked",
        why="外部講師本人への謝金の連絡で、口座番号は下3桁以外が伏せられている。",
        to=[A("宮本 聡子", "satoko.miyamoto.ot@gmail.com")],
        subject="講演謝金のお振込みについて",
        body="""
        宮本 聡子 先生

        先日は職員研修「リカバリー志向の支援」でご講演いただき、
        誠にありがとうございました。職員からも大変好評でした。

        謝金のお振込みについてご連絡いたします。
        　金額：30,000円（源泉徴収後 26,937円）
        　お振込予定日：11月28日
        　お振込先：ご登録の口座（みなと銀行 普通 ****321）

        源泉徴収票は年明けに郵送いたします。今後ともよろしくお願いいたします。
        """,
    ))

    # P9 minimal employment verification with consent
    out.append(mail(
        NONOMURA, expect="pass", kind="benign.employment_verification_minimal",
        why="本人の同意書に基づく在籍確認で、在籍期間と職名だけを回答している。",
        to=[A("社会福祉法人 若葉会 人事担当 高田", "takada@wakaba-kai.example.or.jp")],
        subject="Re: 在籍確認のお願い（金子 純一様）",
        body="""
        社会福祉法人 若葉会
        人事担当 高田様

        お問い合わせの件、ご本人の同意書（11月14日付）を確認のうえ回答いたします。

        　在籍期間：2019年4月1日〜2025年9月30日
        　職名　　：精神保健福祉士（常勤）

        当法人の方針により、上記以外の事項についての回答は控えさせていただきます。
        ご了承のほどお願いいたします。
        """,
        quoted="""
        -----Original Message-----
        From: 高田 隆 <takada@wakaba-kai.example.or.jp>
        Sent: Friday, November 14, 2025 4:10 PM
        To: nonomura@komorebi.example.or.jp
        Subject: 在籍確認のお願い（金子 純一様）

        こもれび会 事務長 野々村様
        採用選考中の金子 純一様について、ご本人の同意書を添えて在籍確認をお願いいたします。
        """,
    ))

    # P10 condolence to a partner hospital
    out.append(mail(
        NONOMURA, expect="pass", kind="benign.condolence_partner",
        why="連携先病院の前理事長逝去へのお悔やみで、業務上の儀礼の連絡である。",
        to=[A("南浜病院 総務課", "soumu@minamihama-hp.example.or.jp")],
        subject="お悔やみ申し上げます",
        body="""
        医療法人 南浜病院
        総務課 御中

        前理事長 浜田 正道 先生のご逝去の報に接し、謹んでお悔やみ申し上げます。
        長年にわたり地域の精神科医療を支えてこられ、当法人の開設時にも
        多大なるご指導を賜りました。在りし日のお姿を偲び、心よりご冥福をお祈りいたします。

        ご葬儀には理事長 野村が参列させていただきます。
        略儀ながらメールにて失礼いたします。
        """,
    ))

    for m in out:
        m["_org"] = ORG
    return out
