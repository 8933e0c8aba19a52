"""Org C: 税理士法人 みなと相続パートナーズ — inheritance-tax specialists."""
from common import A, T, Writer, att, enc_zip, houjin_bangou, mail, mynumber, yamato_both

ORG = "C"
DOM = "minato-souzoku.example.co.jp"

MIYAZONO = Writer("C1_miyazono", "宮園 隆之（税理士法人みなと相続パートナーズ）", f"miyazono@{DOM}", """
─────────────────────────────
税理士法人 みなと相続パートナーズ
代表社員 税理士　宮園 隆之
〒105-0000 東京都港区芝浦 0-0-8 みなとスクエア12階
TEL 03-0000-6610　FAX 03-0000-6619
https://www.minato-souzoku.example.co.jp/
─────────────────────────────
本メールは送信者が意図した宛先以外の方に送られた場合、
お手数ですが破棄のうえご連絡ください。
""")

KITAMURA = Writer("C2_kitamura", "北村 彩", f"a.kitamura@{DOM}", """
--
税理士法人みなと相続パートナーズ　相続部
北村 彩（きたむら あや）
TEL 03-0000-6612（直通）
""")

SUDO = Writer("C3_sudo", "みなと相続 須藤", f"sudo@{DOM}", """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
税理士法人みなと相続パートナーズ　業務管理課
須藤 健太　TEL 03-0000-6615
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
""")

MN_HEIR1 = mynumber("58203914706")
MN_HEIR2 = mynumber("71936402518")
TRACK_C = yamato_both(2207)
HOUJIN = houjin_bangou("010401099731")


def mails():
    out = []

    # ---------------------------------------------------------------- holds
    # H1 body: heirs' My Numbers to a judicial scrivener
    out.append(mail(
        KITAMURA, expect="hold", loc="body", kind="id.mynumber_heirs",
        why="相続人2名の個人番号（マイナンバー）を氏名とともに本文に書いて司法書士事務所へ送っている。",
        to=[A("芝浦司法書士事務所 補助者 田島", "tajima@shibaura-shihou.example.jp")],
        subject="岡部家 相続手続き　相続人情報のご連絡",
        body=f"""
        芝浦司法書士事務所
        田島様

        お世話になっております。みなと相続パートナーズの北村です。
        岡部家の件、相続税申告と並行して進める関係で、相続人の情報をお送りします。

        　① 岡部 誠（長男）　昭和41年9月2日生
        　　 個人番号　{MN_HEIR1}
        　② 岡部 由香（長女）　昭和44年3月18日生
        　　 個人番号　{MN_HEIR2}

        登記申請には不要な項目も含まれていますが、申告書との照合用にお使いください。
        よろしくお願いいたします。
        """,
        personal=[("name", "岡部 誠"), ("mynumber", MN_HEIR1),
                  ("name", "岡部 由香"), ("mynumber", MN_HEIR2)],
    ))

    # H2 body: deceased's and heir's private bank accounts
    out.append(mail(
        KITAMURA, expect="hold", loc="body", kind="id.private_bank_account",
        why="被相続人と相続人代表の個人の預金口座（支店・口座番号・名義）を本文に書いて外部へ送っている。",
        to=[A("芝浦司法書士事務所 司法書士 小野", "ono@shibaura-shihou.example.jp")],
        subject="高梨様 預金解約と分配先口座について",
        body="""
        小野先生

        お世話になっております。北村です。
        高梨様の件、遺産分割協議書の案が固まりましたので、
        預金解約の手続きに必要な口座情報をお送りします。

        【解約する口座（被相続人 高梨 文雄 様）】
        　東都銀行 田町支店 普通 3318402
        　城南信用組合 三田支店 定期 0074219

        【分配金の受取口座（相続人代表 高梨 恵子 様）】
        　東都銀行 目黒支店 普通 5560137　名義 タカナシ ケイコ

        残高証明書の写しは来週郵送いたします。よろしくお願いいたします。
        """,
        personal=[("name", "高梨 文雄"), ("bank_account", "東都銀行 田町支店 普通 3318402"),
                  ("name", "高梨 恵子"), ("bank_account", "東都銀行 目黒支店 普通 5560137")],
    ))

    # H3 body: heir's dementia, guardianship needed
    out.append(mail(
        MIYAZONO, expect="hold", loc="body", kind="sensitive.dementia_guardianship",
        why="相続人の氏名・認知症の診断・要介護度を弁護士へ本文で送っており要配慮個人情報に当たる。",
        to=[A("虎ノ門総合法律事務所 弁護士 真鍋", "manabe@toranomon-law.example.jp")],
        subject="成年後見申立てのご相談（遺産分割のため）",
        body="""
        虎ノ門総合法律事務所
        真鍋先生

        いつも大変お世話になっております。みなと相続パートナーズの宮園でございます。
        現在申告を担当している相続案件で、成年後見の申立てについてご相談させてください。

        相続人のうち次女の 西村 和代 様（79歳）は、2年前にアルツハイマー型認知症と
        診断され、現在は要介護3で横浜市内の特別養護老人ホームに入所中です。
        主治医によると判断能力の回復は見込めないとのことで、
        このままでは遺産分割協議が成立いたしません。

        申告期限は来年3月ですので、未分割での申告も視野に入れつつ、
        後見人候補者の選定から先生のお力をお借りできればと存じます。
        ご多用のところ恐縮ですが、ご都合のよい日時をお知らせいただけますでしょうか。
        """,
        personal=[("name", "西村 和代"), ("diagnosis", "アルツハイマー型認知症"),
                  ("health", "要介護3")],
    ))

    # H4 attachment: heirs roster CSV
    out.append(mail(
        KITAMURA, expect="hold", loc="attachment", kind="list.heir_roster",
        why="相続人5名の氏名・続柄・生年月日・住所・電話を一覧にしたCSVを不動産鑑定士へ添付している。",
        to=[A("湾岸不動産鑑定 鑑定士 松浦", "matsuura@wangan-kantei.example.co.jp")],
        subject="岡部家 土地評価のご依頼（相続人一覧を添付します）",
        body="""
        湾岸不動産鑑定
        松浦様

        お世話になっております。北村です。
        先日ご相談した岡部家の土地（江東区内の貸宅地3筆）の評価をお願いします。
        現地立会いの調整に必要とのことでしたので、相続人一覧を添付します。
        立会いは長男の方が窓口になる予定です。

        よろしくお願いいたします。
        """,
        attachments=[att("岡部家_相続人一覧.csv", """
        氏名,続柄,生年月日,住所,電話番号
        岡部 誠,長男,1966-09-02,東京都江東区大島 7-21-4,090-0000-3814
        岡部 由香,長女,1969-03-18,千葉県市川市八幡 2-6-11,080-0000-5527
        岡部 隆,次男,1972-11-30,東京都江東区大島 7-21-4,090-0000-9053
        菅原 真奈美,孫（代襲）,1995-07-07,埼玉県さいたま市浦和区高砂 3-3-3,070-0000-2261
        菅原 翔太,孫（代襲）,1998-01-22,東京都板橋区成増 1-9-14,080-0000-8720
        """)],
        personal=[("name", "岡部 隆"), ("address", "千葉県市川市八幡 2-6-11"),
                  ("phone", "070-0000-2261"), ("birth_date", "1998-01-22"),
                  ("name", "菅原 真奈美")],
    ))

    # H5 attachment: tenants' arrears list
    out.append(mail(
        SUDO, expect="hold", loc="attachment", kind="list.tenant_arrears",
        why="アパート入居者の氏名・部屋・電話と滞納額を並べた一覧を管理会社へ添付しており、複数人の債務情報に当たる。",
        to=[A("ベイサイド管理 賃貸管理部 川端", "kawabata@bayside-kanri.example.co.jp")],
        subject="相続財産評価のための未収賃料の確認（メゾン芝浦）",
        body="""
        ベイサイド管理株式会社
        賃貸管理部 川端様

        お世話になっております。みなと相続パートナーズの須藤です。
        相続税の申告にあたり、相続開始日（2025年7月3日）時点の未収賃料を
        財産に計上する必要があります。
        当方で把握している一覧を添付しますので、金額に相違がないかご確認ください。

        お手数ですが、今月中にご回答いただけますと助かります。
        """,
        attachments=[att("メゾン芝浦_未収賃料一覧_20250703.xlsx", """
        シート「未収賃料」 基準日 2025/07/03
        部屋 | 入居者 | 電話 | 月額賃料 | 滞納月数 | 滞納額
        101 | 大川 悠斗 | 090-0000-4102 | 78,000 | 3 | 234,000
        203 | 坂井 美咲 | 080-0000-1947 | 82,000 | 1 | 82,000
        302 | 丸山 剛 | 090-0000-6680 | 85,000 | 5 | 425,000
        合計 |  |  |  |  | 741,000
        """)],
        personal=[("name", "丸山 剛"), ("phone", "090-0000-6680"), ("debt", "425,000"),
                  ("name", "大川 悠斗")],
    ))

    # H6 quoted: heir in prison mentioned in client's mail
    out.append(mail(
        MIYAZONO, expect="hold", loc="quoted", kind="sensitive.criminal_record_quoted",
        why="転送部分に依頼者の弟が服役中であるという犯罪に関する情報が氏名付きで含まれ、司法書士へ送られている。",
        to=[A("芝浦司法書士事務所 司法書士 小野", "ono@shibaura-shihou.example.jp")],
        subject="Fwd: 遺産分割協議書への署名について",
        body="""
        小野先生

        お世話になっております。宮園でございます。
        ご依頼者様から下記のご連絡がありました。
        相続人のお一人が施設に収容中で、協議書の署名・押印の方法について
        ご教示いただけますと幸いです（印鑑証明の代わりの手続き等）。

        ご多用中恐縮ですが、よろしくお願い申し上げます。
        """,
        quoted="""
        -------- 転送メッセージ --------
        From: 吉川 順子 <junko.yoshikawa.52@gmail.com>
        Date: 2025年10月21日 19:37
        To: 宮園 隆之 <miyazono@minato-souzoku.example.co.jp>
        Subject: 遺産分割協議書への署名について

        宮園先生

        先日はありがとうございました。言いづらくてお伝えしていなかったのですが、
        弟の吉川 健二は詐欺の罪で懲役3年の判決を受け、現在 府中の刑務所に服役中です。
        出所は再来年の予定と聞いています。
        弟の署名はどうしたらよいのでしょうか。他の兄弟には知られたくありません。

        吉川 順子
        """,
        personal=[("name", "吉川 健二"), ("criminal_record", "詐欺の罪で懲役3年の判決"),
                  ("criminal_record", "刑務所に服役中")],
    ))

    # H7 quoted: driver's licence number in client's mail
    out.append(mail(
        KITAMURA, expect="hold", loc="quoted", kind="id.drivers_license_quoted",
        why="転送部分に依頼者の運転免許証番号・生年月日・住所が含まれ、不動産会社へ送られている。",
        to=[A("みなと不動産販売 営業部 三好", "miyoshi@minato-fudosan.example.co.jp")],
        subject="Fwd: 本人確認書類について（高梨様）",
        body="""
        みなと不動産販売
        三好様

        お世話になっております。北村です。
        相続した土地の売却について、高梨様から下記のとおり連絡がありました。
        媒介契約の準備にお使いください。
        """,
        quoted="""
        2025年10月30日(木) 10:05 高梨 恵子 <keiko.takanashi@yahoo.co.jp>:
        > 北村様
        > 不動産会社さんに本人確認書類の情報を伝えてほしいとのことでしたので、お送りします。
        > 氏名：高梨 恵子
        > 生年月日：昭和38年12月4日
        > 住所：東京都目黒区中町 2-40-9
        > 運転免許証番号：304518267390（東京都公安委員会、有効期限 2028年1月4日）
        > よろしくお願いします。
        """,
        personal=[("name", "高梨 恵子"), ("drivers_license", "304518267390"),
                  ("address", "東京都目黒区中町 2-40-9"), ("birth_date", "昭和38年12月4日")],
    ))

    # H8 subject: disability certificate of an heir in the subject only
    out.append(mail(
        KITAMURA, expect="hold", loc="subject", kind="sensitive.disability_in_subject",
        why="件名に相続人の氏名と身体障害者手帳1級という障害の情報が書かれ、外部の行政書士へ送られている。",
        to=[A("品川行政書士事務所 行政書士 浅野", "asano@shinagawa-gyosei.example.jp")],
        subject="相続人 堀田 亮介様の身体障害者手帳（1級）写し取得のお願い",
        body="""
        品川行政書士事務所
        浅野先生

        お世話になっております。みなと相続パートナーズの北村です。
        件名の書類ですが、障害者控除の適用に必要となります。
        ご家族経由で取得できましたら、PDFでお送りいただけますでしょうか。

        申告期限の関係で、12月10日ごろまでにいただけると助かります。
        よろしくお願いいたします。
        """,
        personal=[("name", "堀田 亮介"), ("disability", "身体障害者手帳（1級）")],
    ))

    # H9 zip: encrypted zip (PPAP) to client's lawyer
    out.append(mail(
        SUDO, expect="hold", loc="zip", kind="attachment.encrypted_zip",
        why="パスワード付きZIP（PPAP）の添付であり、確認対象。",
        to=[A("虎ノ門総合法律事務所 秘書 森", "mori@toranomon-law.example.jp")],
        subject="相続税申告書（控）の送付　パスワードは別送します",
        body="""
        虎ノ門総合法律事務所
        森様

        いつもお世話になっております。みなと相続パートナーズの須藤です。
        宮園より依頼のありました相続税申告書（控）一式をお送りいたします。
        ファイルはパスワード付きZIPにしております。パスワードは追ってお送りします。

        よろしくお願いいたします。
        """,
        attachments=[enc_zip("申告書控_一式.zip")],
    ))

    # H10 recipients: seminar invitation with 12 outside addresses in To
    clients = [
        A("岡部 誠", "makoto.okabe@gmail.com"),
        A("高梨 恵子", "keiko.takanashi@yahoo.co.jp"),
        A("吉川 順子", "junko.yoshikawa.52@gmail.com"),
        A("堀田 和江", "kazue.hotta@outlook.com"),
        A("西村 洋", "hiroshi.nishimura.yk@gmail.com"),
        A("小松 紀子", "noriko.komatsu@yahoo.co.jp"),
        A("岩崎 康夫", "y.iwasaki1949@gmail.com"),
        A("株式会社岡部興産 総務部", "soumu@okabe-kosan.example.co.jp"),
        A("芝浦司法書士事務所", "info@shibaura-shihou.example.jp"),
        A("湾岸不動産鑑定", "info@wangan-kantei.example.co.jp"),
        A("東都銀行 田町支店 相続相談窓口", "souzoku-tamachi@toto-bank.example.co.jp"),
        A("宇野 里佳子", "rikako.uno@outlook.com"),
    ]
    out.append(mail(
        SUDO, expect="hold", loc="recipients", kind="recipients.seminar_visible_to",
        why="依頼者個人と提携先の計12件の社外アドレスを宛先（To）に並べており、誰が相続の依頼者かが互いに見えてしまう。",
        to=clients,
        subject="【ご案内】相続・贈与 無料セミナー（12月6日）",
        body="""
        皆様

        いつもお世話になっております。税理士法人みなと相続パートナーズの須藤です。
        年末恒例の無料セミナーを下記のとおり開催いたします。

        　日時：2025年12月6日（土）14:00〜16:00
        　会場：みなとスクエア 3階 セミナールーム（オンライン同時配信あり）
        　内容：第1部「2026年から変わる暦年贈与の加算期間」（税理士 宮園）
        　　　　第2部「空き家の3,000万円特別控除を使うには」（税理士 北村）

        お申込みは本メールへのご返信、またはお電話で承ります。
        ご家族・ご友人のご参加も歓迎です。
        """,
    ))

    # ---------------------------------------------------------------- passes
    # P1 corporate number and company names with surnames
    out.append(mail(
        MIYAZONO, expect="pass", kind="benign.corporate_number",
        why="13桁の数字は法人番号で、社名の岡部は会社名の一部であり個人情報ではない。",
        to=[A("東都銀行 田町支店 法人営業課 石井", "ishii@toto-bank.example.co.jp")],
        subject="株式会社岡部興産 口座開設のご相談",
        body=f"""
        東都銀行 田町支店
        法人営業課 石井様

        いつもお世話になっております。みなと相続パートナーズの宮園でございます。
        顧問先の資産管理会社について、法人口座の開設をご相談させていただきたく存じます。

        　商号　　：株式会社岡部興産
        　法人番号：{HOUJIN}
        　本店　　：東京都江東区大島 7丁目（登記上）
        　事業内容：不動産賃貸・管理
        　設立　　：2025年10月1日

        登記事項証明書と定款の写しは、代表取締役が来店時にお持ちします。
        ご来店日の候補をいただけますと幸いです。
        """,
    ))

    # P2 invoice with the firm's corporate account
    out.append(mail(
        SUDO, expect="pass", kind="benign.invoice_corporate_account",
        why="報酬の請求で、振込先は税理士法人の法人口座である。",
        to=[A("株式会社岡部興産 総務部", "soumu@okabe-kosan.example.co.jp")],
        subject="顧問報酬 ご請求書（2025年11月分）",
        body="""
        株式会社岡部興産 総務部 御中

        いつもお世話になっております。みなと相続パートナーズの須藤です。
        11月分の顧問報酬のご請求書を添付いたします。

        　金額：55,000円（税込）
        　お振込先：東都銀行 田町支店 普通 1029384
        　　　　　　ゼイリシホウジン ミナトソウゾクパートナーズ
        　お支払期限：2025年12月25日

        ご確認のほどよろしくお願いいたします。
        """,
        attachments=[att("請求書_202511_岡部興産.pdf", """
        請求書　No. MSP-2511-0318
        株式会社岡部興産 御中
        顧問報酬（2025年11月分）50,000円　消費税 5,000円　合計 55,000円
        振込先：東都銀行 田町支店 普通 1029384
        税理士法人みなと相続パートナーズ　登録番号 T0000000000000
        """)],
    ))

    # P3 newsletter about historical persons
    out.append(mail(
        MIYAZONO, expect="pass", kind="benign.newsletter_historical_persons",
        why="歴史上の人物の相続を題材にしたメールマガジンで、依頼者の情報は含まれない。",
        to=[A("みなと相続 メールマガジン配信", f"news@{DOM}")],
        subject="【みなと相続通信 第48号】家康の遺産分けと「遺言」のはなし",
        body="""
        みなと相続通信をご購読いただき、ありがとうございます。代表の宮園です。

        今号は少し趣向を変えて、歴史の話から。
        徳川家康は元和2年（1616年）に亡くなる前、駿府に蓄えた金銀や茶道具を
        尾張・紀伊・水戸の御三家にどう分けるかを細かく指示していたと伝えられます。
        いわば「遺言による遺産分割の指定」です。

        明治民法の時代には家督相続により長男がすべてを継ぐのが原則でしたが、
        現在は法定相続分が基本です。だからこそ、分け方の希望がある方は
        公正証書遺言や自筆証書遺言の保管制度を検討していただきたいのです。

        次号は「デジタル遺産（ネット銀行・暗号資産）の探し方」をお届けします。
        配信停止はこちら：https://www.minato-souzoku.example.co.jp/news/stop
        """,
    ))

    # P4 tracking number lookalike to client herself
    out.append(mail(
        SUDO, expect="pass", kind="benign.tracking_number_lookalike",
        why="依頼者本人への書類返却の連絡で、12桁の数字は宅配便の伝票番号である。",
        to=[A("高梨 恵子", "keiko.takanashi@yahoo.co.jp")],
        subject="お預かり書類のご返却について",
        body=f"""
        高梨 恵子 様

        いつもお世話になっております。みなと相続パートナーズの須藤です。
        申告手続きが完了しましたので、お預かりしていた原本類をご返却いたしました。

        　発送日：11月21日（金）
        　配送：ヤマネコ運輸 宅急便
        　伝票番号：{TRACK_C}
        　同封物：戸籍謄本一式、固定資産税評価証明書、通帳（3冊）、お預かり書類の一覧表

        お受け取りの際に一覧表と照合していただき、不足があればご連絡ください。
        """,
    ))

    # P5 minutes / reply chain with partner staff names
    out.append(mail(
        KITAMURA, expect="pass", kind="benign.minutes_reply_chain",
        why="鑑定会社との打合せ議事録で、出てくるのは双方の担当者名と物件の評価条件だけ。",
        to=[A("湾岸不動産鑑定 鑑定士 松浦", "matsuura@wangan-kantei.example.co.jp")],
        cc=[A("湾岸不動産鑑定 補助者 谷口", "taniguchi@wangan-kantei.example.co.jp"),
            A("宮園 隆之", f"miyazono@{DOM}")],
        subject="Re: 11/12 打合せ議事録（江東区 貸宅地の評価）",
        body="""
        松浦様

        議事録のご確認ありがとうございました。北村です。
        修正いただいた2点、承知しました。最終版として当方でも保存します。
        次回は12月3日（水）16時、オンラインでお願いいたします。
        """,
        quoted="""
        -----Original Message-----
        From: 松浦 孝一 <matsuura@wangan-kantei.example.co.jp>
        Sent: Thursday, November 13, 2025 6:12 PM
        To: 北村 彩 <a.kitamura@minato-souzoku.example.co.jp>
        Cc: 谷口 / 宮園
        Subject: RE: 11/12 打合せ議事録（江東区 貸宅地の評価）

        北村様
        2点修正しました。
        ・3筆目の路線価は 410千円/㎡ ではなく 395千円/㎡
        ・借地権割合は60％（C地区）
        湾岸不動産鑑定株式会社　不動産鑑定士 松浦 孝一
        TEL 03-0000-7781

        > 【議事録】2025/11/12 14:00-15:10 於：みなと相続 会議室
        > 出席：湾岸不動産鑑定 松浦様・谷口様／当法人 宮園・北村
        > 1. 評価対象：江東区大島の貸宅地3筆（計 412.6㎡）
        > 2. 路線価方式で評価、3筆目は不整形地補正を適用
        > 3. 次回までに鑑定側で現地写真と地積測量図の確認
        """,
    ))

    # P6 religious corporation as a tenant
    out.append(mail(
        MIYAZONO, expect="pass", kind="benign.religious_corporation_tenant",
        why="宗教法人は土地の借主として登場するだけで、個人の信仰に関する情報ではない。",
        to=[A("ベイサイド管理 賃貸管理部 川端", "kawabata@bayside-kanri.example.co.jp")],
        subject="港南2丁目の貸地（宗教法人 妙光寺 様）の契約書について",
        body="""
        ベイサイド管理株式会社
        川端様

        お世話になっております。宮園でございます。
        相続財産の評価のため、港南2丁目の貸地について資料をお願いしたく存じます。
        借主は宗教法人 妙光寺 様で、境内地の一部として使用されていると伺っています。

        　・土地賃貸借契約書の写し（更新契約を含む）
        　・直近の地代の額と改定履歴
        　・権利金・更新料の授受の有無

        借地権の評価に影響いたしますので、お手数ですがご確認をお願いいたします。
        """,
    ))

    # P7 English mail to a US CPA without personal data
    out.append(mail(
        MIYAZONO, expect="pass", kind="benign.english_treaty_call",
        why="米国の会計士との電話会議の日程調整で、依頼者を特定する情報は含まれない。",
        to=[A("Rachel Kim, CPA", "rkim@harborview-cpa.example.com")],
        subject="Call on US–Japan estate tax treaty – scheduling",
        body="""
        Dear Rachel,

        Thank you for your note. I would be glad to have a call on how the US–Japan
        estate and gift tax treaty applies to US-situs assets held by Japanese residents.

        Would any of the following work for you (Pacific Time)?
          - Tuesday, 2 December, 4:00 pm
          - Wednesday, 3 December, 5:00 pm
          - Thursday, 4 December, 4:30 pm

        I will send a Teams link once we agree on the time. We can discuss a specific
        client file later, after we have signed an engagement letter.

        Best regards,
        Takayuki Miyazono
        Certified Public Tax Accountant, Minato Souzoku Partners
        """,
        sig=False,
    ))

    # P8 condolence to a client
    out.append(mail(
        MIYAZONO, expect="pass", kind="benign.condolence_client",
        why="依頼者本人へのお悔やみと今後の流れの案内で、第三者の情報は含まれない。",
        to=[A("西村 洋", "hiroshi.nishimura.yk@gmail.com")],
        subject="お悔やみ申し上げます",
        body="""
        西村 洋 様

        このたびはご尊父様のご逝去の報に接し、心よりお悔やみ申し上げます。
        生前は長きにわたり当法人をご信頼いただき、誠にありがとうございました。

        ご葬儀が一段落されましたら、今後の流れを改めてご説明に伺います。
        申告期限は相続開始から10か月ですので、どうかお急ぎにならず、
        まずはご家族のお時間を大切になさってください。

        ご不明な点がございましたら、いつでもお電話ください。
        """,
    ))

    # P9 successor introduction
    out.append(mail(
        KITAMURA, expect="pass", kind="benign.successor_intro",
        why="担当者交代の挨拶で、業務上の氏名と連絡先だけが書かれている。",
        to=[A("芝浦司法書士事務所 司法書士 小野", "ono@shibaura-shihou.example.jp")],
        cc=[A("芝浦司法書士事務所 補助者 田島", "tajima@shibaura-shihou.example.jp"),
            A("森下 優花", f"y.morishita@{DOM}")],
        subject="担当交代のご挨拶（相続部 北村 → 森下）",
        body="""
        芝浦司法書士事務所
        小野先生、田島様

        いつも大変お世話になっております。北村です。
        私事で恐縮ですが、来年1月から産休・育休をいただくことになりました。
        12月15日以降、貴事務所とご一緒している案件は相続部の森下が引き継ぎます。

        森下は前職で司法書士事務所の補助者をしていたこともあり、登記の流れにも明るいです。
        12月上旬に一度、森下と一緒にご挨拶に伺わせてください。

        　森下 優花（もりした ゆうか）　TEL 03-0000-6617
        　y.morishita@minato-souzoku.example.co.jp

        復帰後もどうぞよろしくお願いいたします。
        """,
    ))

    # P10 real-estate agent licence numbers in a referral to the client
    out.append(mail(
        KITAMURA, expect="pass", kind="benign.realestate_licence_numbers",
        why="宅建業者の免許番号と宅建士の登録番号は事業者の公開情報であり、個人の識別番号ではない。",
        to=[A("岡部 誠", "makoto.okabe@gmail.com")],
        subject="土地の売却先のご紹介（不動産会社）",
        body="""
        岡部 誠 様

        お世話になっております。北村です。
        先日ご相談のあった大島の貸宅地の売却について、提携先の不動産会社をご紹介します。

        　みなと不動産販売株式会社
        　宅地建物取引業 東京都知事(3)第00000号
        　担当：三好 智也（宅地建物取引士 東京 第000000号）
        　TEL 03-0000-8820

        底地の取扱いに実績のある会社です。ご連絡の前に、借地人さんとの契約書を
        手元にご準備いただくとスムーズです。ご不明な点はいつでもどうぞ。
        """,
    ))

    for m in out:
        m["_org"] = ORG
    return out
