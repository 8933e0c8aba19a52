"""Org D: みなみ高原農業協同組合（JAみなみ高原）."""
from common import (A, q, mail, att, FWD, FWD_JA, CSV, TXT, PDF, XLSX,
                    mynumber, jan13, yamato_mynumber_like, yamato_plain)

ORG = "D"
DOM = "ja-minamikogen.example.or.jp"

TAKAGI = A("高木 誠", f"takagi-m@{DOM}")
ISHIHARA = A("石原 由美", f"ishihara-y@{DOM}")
NOGUCHI = A("野口 隆", f"noguchi-t@{DOM}")
EINO = A("JAみなみ高原 営農指導課", f"eino@{DOM}")

SIG_TAKAGI = """
■□■□■□■□■□■□■□■□■□■□
JAみなみ高原（みなみ高原農業協同組合）
営農指導課　高木 誠（たかぎ まこと）
〒384-0000 長野県みなみ高原市中原1234
TEL 050-0000-2600 ※営農センター直通 050-0000-2611
■□■□■□■□■□■□■□■□■□■□
"""

SIG_ISHIHARA = """
-------------------------------------------
みなみ高原農業協同組合 金融共済部 金融課
石原 由美
TEL：050-0000-2620　FAX：050-0000-2621
-------------------------------------------
"""

SIG_NOGUCHI = """
＊＊＊ JA直売所「高原の駅」 ＊＊＊
店長　野口 隆
営業時間 9:00〜17:00（水曜定休）
TEL 050-0000-2688
"""

PAYLINK = A("ペイメントリンク 口座振替センター", "furikae@paylink.example.co.jp")
MATSUOKA = A("松岡法律事務所 松岡 弁護士", "matsuoka@matsuoka-law.example.jp")
PRINT = A("高原印刷 営業部 今井", "imai@kogen-print.example.co.jp")
MORITA = A("森田税理士事務所 森田", "morita@morita-tax.example.jp")
KANRI = A("アジア協同監理組合 佐久間", "sakuma@asia-kanri.example.or.jp")
SAKAGAMI = A("坂上 勉", "tsutomu.sakagami@gmail.com")
TOURIST = A("高原ツーリスト 団体課 小島", "kojima@kogen-tourist.example.co.jp")
GROWER_KATO = A("加藤 浩二", "koji-kato-farm@yahoo.co.jp")
GROWER_MORI = A("森 一郎", "ichiro.mori.apple@gmail.com")
POS = A("ポスマート サポート", "support@posmart.example.co.jp")
SUPER = A("ハイランドマート 青果部 バイヤー 村上", "murakami@highland-mart.example.co.jp")
TANAKA_NOKI = A("株式会社田中農機 営業部", "eigyo@tanaka-noki.example.co.jp")
SUZUKI_HIRYO = A("鈴木肥料店", "info@suzuki-hiryo.example.jp")
KAHOEI = A("みなみ高原家畜保健衛生所 防疫課", "boeki@kaho.pref.nagano-minami.example.lg.jp")
HOKUSHIN = A("北辰肥料株式会社 経理課", "keiri@hokushin-hiryo.example.co.jp")
JA_KITA = A("JAきたやま 総務部", "somu@ja-kitayama.example.or.jp")
SEIKA = A("中央青果 野菜第二部 部長 西村", "nishimura@chuo-seika.example.co.jp")
SEIKA2 = A("中央青果 野菜第二部 荒木", "araki@chuo-seika.example.co.jp")
NOSEIREN = A("みなみ高原農政連 事務局", "jimu@minami-noseiren.example.jp")
NOKI_SVC = A("東日本農機サービス 品質保証部", "hinsho@higashi-noki.example.co.jp")
OROSHI = A("東京ベジタブル 仕入課 長島", "nagashima@tokyo-vege.example.co.jp")

GROWERS = [
    A("加藤 浩二", "koji-kato-farm@yahoo.co.jp"),
    A("森 一郎", "ichiro.mori.apple@gmail.com"),
    A("宮沢 和也", "miyazawa.kazuya@gmail.com"),
    A("小松 典子", "noriko-komatsu@yahoo.co.jp"),
    A("竹内 修", "takeuchi.osamu.farm@outlook.com"),
    A("荻原 さつき", "satsuki.ogiwara@gmail.com"),
    A("丸山 義雄", "y.maruyama1955@yahoo.co.jp"),
    A("柳沢 恵", "megumi.yanagisawa@gmail.com"),
    A("依田 浩", "hiroshi.yoda.kogen@outlook.com"),
    A("土屋 大輔", "tsuchiya-daisuke@yahoo.co.jp"),
    A("篠原 美香", "mika.shinohara.farm@gmail.com"),
    A("清水 康弘", "yasuhiro.shimizu.nouka@gmail.com"),
]


def mails():
    out = []
    mns = [mynumber(b) for b in ("61520374819", "27403918562", "83016457290", "50291837461", "19374620583")]
    jans = [jan13(p) for p in ("456012345001", "456012345002", "456012345003")]
    yt1 = yamato_mynumber_like("53917460281")
    yt2 = yamato_plain("53917462650")

    # ---------------- HOLDS ----------------
    # H1 body: 組合員の口座（口座振替）を集金代行へ
    out.append(mail(
        expect="hold", kind="id.private_bank_account_debit", writer="石原", loc="body",
        why="組合員個人の口座番号と名義・住所を本文に書いて外部の集金代行会社へ送っている。",
        from_=ISHIHARA, to=[PAYLINK],
        subject="口座振替 新規登録のお願い（2件）",
        text="""
ペイメントリンク 口座振替センター 御中

いつもお世話になっております。JAみなみ高原 金融課の石原です。
共済掛金の口座振替について、新規登録2件をお願いいたします。

1. 小野寺 勝 様
　住所：長野県みなみ高原市野沢2045
　口座：みなみ高原農協 本所 普通 0012345　名義 オノデラ マサル
　振替開始：2025年4月27日

2. 小野寺 京子 様（上記の配偶者）
　口座：みなみ高原農協 本所 普通 0012346　名義 オノデラ キョウコ
　振替開始：2025年4月27日

依頼書の原本は月末にまとめて郵送いたします。
""" + SIG_ISHIHARA,
        personal=[("name", "小野寺 勝"), ("address", "長野県みなみ高原市野沢2045"),
                  ("bank_account", "みなみ高原農協 本所 普通 0012345"), ("bank_account", "みなみ高原農協 本所 普通 0012346")],
    ))

    # H2 body: 直売所のお客様の連絡先を出荷者へ
    out.append(mail(
        expect="hold", kind="personal.customer_contact_to_vendor", writer="野口", loc="body",
        why="直売所に苦情を寄せたお客様の氏名・住所・電話番号を、外部の出荷者（個人）へそのまま伝えている。",
        from_=NOGUCHI, to=[GROWER_KATO],
        subject="トマトのお客様からのご意見について",
        text="""
加藤さん

いつも出荷ありがとうございます。高原の駅の野口です。
先週土曜に販売した加藤さんのミニトマト（300gパック）について、
お客様から「半分くらい割れていた」とお電話がありました。

お客様：長谷川 絹代 様
住所：長野県みなみ高原市桜井台3-12-7
電話：080-0000-5521（夕方以降がよいとのこと）

直売所からは返金でお詫びしていますが、
「生産者の方から直接話を聞きたい」とのご希望です。
お手数ですが、一度お電話していただけますか。
""" + SIG_NOGUCHI,
        personal=[("name", "長谷川 絹代"), ("address", "長野県みなみ高原市桜井台3-12-7"), ("phone", "080-0000-5521")],
    ))

    # H3 body: 未収金のある組合員の一覧を弁護士へ
    out.append(mail(
        expect="hold", kind="list.member_debts", writer="石原", loc="body",
        why="組合員5名の氏名・住所・未収金額を本文の表で外部の弁護士事務所へ送っている。",
        from_=ISHIHARA, to=[MATSUOKA],
        subject="長期未収金の回収についてのご相談",
        text="""
松岡法律事務所
松岡 先生

いつもお世話になっております。JAみなみ高原 金融課の石原です。
購買未収金のうち、1年以上入金のない案件について回収のご相談をさせてください。

氏名　　　　住所　　　　　　　　　　　　　未収金額　最終入金
宮坂 哲也　みなみ高原市中原882　　　　　　1,240,300円　2023/11
北沢 房子　みなみ高原市野沢1301-2　　　　　386,500円　2023/08
関 紀夫　　みなみ高原市東町4-9　　　　　　2,018,000円　2022/12
岩下 正　　みなみ高原市桜井台1-22　　　　　554,120円　2023/10
上原 光男　みなみ高原市北原町713　　　　　　912,760円　2024/01

うち関様は昨年から入院されているとのことで、ご家族との話し合いが必要かと存じます。
内容証明の送付から始めるべきか、ご指導いただけますと幸いです。
""" + SIG_ISHIHARA,
        personal=[("name", "宮坂 哲也"), ("debt", "1,240,300円"), ("name", "関 紀夫"), ("debt", "2,018,000円"),
                  ("address", "みなみ高原市東町4-9")],
    ))

    # H4 attachment: 組合員名簿（広報誌発送用）を印刷会社へ
    out.append(mail(
        expect="hold", kind="list.member_roster", writer="高木", loc="attachment",
        why="添付CSVに組合員の氏名・住所・電話・生年月日が並んでおり、印刷会社へ送っている。",
        from_=TAKAGI, to=[PRINT],
        subject="広報誌 春号 発送先データの件",
        text="""
高原印刷 営業部
今井 様

お世話になっております。JAみなみ高原の高木です。
広報誌「みなみ高原だより」春号の発送先データをお送りします。
今回は一部のみのサンプルで、全件（約3,200件）は来週お渡しします。
宛名ラベルのレイアウト確認にお使いください。
""" + SIG_TAKAGI,
        attachments=[att("発送先_サンプル.csv", CSV, """
組合員番号,氏名,郵便番号,住所,電話,生年月日,区分
100231,宮沢 和也,384-0000,長野県みなみ高原市中原1502,090-0000-3310,1962/04/08,正組合員
100232,小松 典子,384-0000,長野県みなみ高原市野沢88-1,080-0000-4471,1958/11/23,正組合員
100245,竹内 修,384-0000,長野県みなみ高原市東町2-17,090-0000-6623,1971/02/14,正組合員
100250,荻原 さつき,384-0000,長野県みなみ高原市北原町301,080-0000-1198,1980/06/30,准組合員
100266,丸山 義雄,384-0000,長野県みなみ高原市桜井台5-4,090-0000-2087,1955/09/02,正組合員
""")],
        personal=[("name", "宮沢 和也"), ("address", "長野県みなみ高原市中原1502"), ("phone", "090-0000-3310"),
                  ("birthdate", "1962/04/08"), ("name", "丸山 義雄")],
    ))

    # H5 attachment: 出荷者のマイナンバー一覧を税理士へ
    out.append(mail(
        expect="hold", kind="id.mynumber_payees", writer="石原", loc="attachment",
        why="添付CSVに出荷者5名の氏名とマイナンバーが並んでおり、外部の税理士事務所へ送っている。",
        from_=ISHIHARA, to=[MORITA],
        subject="支払調書作成用データの送付",
        text="""
森田税理士事務所
森田 先生

お世話になっております。JAみなみ高原の石原です。
講師謝金・委託料の支払調書作成用データを添付いたします。
前回ご指摘いただいた住所の表記ゆれは修正済みです。

提出期限が近くなっておりますので、ご確認をお願いいたします。
""" + SIG_ISHIHARA,
        attachments=[att("支払調書_2024_個人.csv", CSV, f"""
氏名,住所,マイナンバー,支払区分,支払金額
依田 浩,長野県みなみ高原市中原2210,{mns[0]},講師謝金,180000
篠原 美香,長野県みなみ高原市野沢540,{mns[1]},選果場作業委託,624000
清水 康弘,長野県みなみ高原市東町8-3,{mns[2]},講師謝金,90000
土屋 大輔,長野県みなみ高原市北原町1120,{mns[3]},防除作業委託,1035000
柳沢 恵,長野県みなみ高原市桜井台2-6,{mns[4]},講師謝金,60000
""")],
        personal=[("name", "依田 浩"), ("mynumber", mns[0]), ("name", "土屋 大輔"), ("mynumber", mns[3])],
    ))

    # H6 quoted: 近隣住民からの苦情（連絡先・化学物質過敏症）を農家へ転送
    out.append(mail(
        expect="hold", kind="personal.neighbor_complaint_forward", writer="高木", loc="quoted",
        why="転送部分に苦情を寄せた近隣住民の氏名・住所・電話と化学物質過敏症の診断が含まれ、個人の農家へ送っている。",
        from_=TAKAGI, to=[GROWER_MORI],
        subject="Fw: 農薬散布についての苦情",
        text="""
森さん

お世話になっております。営農指導課の高木です。
りんご園の近くにお住まいの方から、下記のとおりJAにご意見がありました。
次回の散布では風向きに注意していただき、事前に声をかけていただけると助かります。
一度、私と一緒にご挨拶に伺いましょう。

""" + SIG_TAKAGI + f"""

{FWD_JA}
差出人: 片山 恵子 <keiko.katayama.k@yahoo.co.jp>
日時: 2025年6月2日 7:58
宛先: JAみなみ高原 営農指導課 <eino@ja-minamikogen.example.or.jp>
件名: 農薬散布についての苦情

突然のメールで失礼します。
みなみ高原市野沢1820に住んでいる片山と申します（電話 090-0000-7734）。
隣のりんご畑で早朝にスピードスプレーヤーで散布しており、
窓を閉めていても臭いが家の中に入ってきます。
私は化学物質過敏症と診断されていて、散布のあとは頭痛と吐き気で寝込んでしまいます。
散布の日時を事前に教えてもらえないでしょうか。

片山 恵子
""",
        personal=[("name", "片山 恵子"), ("address", "みなみ高原市野沢1820"), ("phone", "090-0000-7734"),
                  ("diagnosis", "化学物質過敏症と診断されていて")],
    ))

    # H7 quoted: 監理団体からの実習生情報（旅券番号・健康状態）を引用したまま農家をccに
    out.append(mail(
        expect="hold", kind="id.passport_quoted", writer="高木", loc="quoted",
        why="引用部分に技能実習生の旅券番号・生年月日・健診結果が残ったまま、受入農家の個人アドレスをccにして返信している。",
        from_=TAKAGI, to=[KANRI], cc=[SAKAGAMI],
        subject="Re: 技能実習生の配属について（坂上農園）",
        text="""
アジア協同監理組合
佐久間 様

お世話になっております。JAみなみ高原の高木です。
ご連絡ありがとうございます。受入農家の坂上さんにもccで共有いたします。
4月8日の入国後講習修了に合わせて、JAの研修施設で受け入れ準備を進めます。
住居の消火器と寝具は坂上さんの方で準備済みとのことです。

""" + SIG_TAKAGI + """

2025年3月3日(月) 14:20 佐久間 <sakuma@asia-kanri.example.or.jp>:
""" + q("""
JAみなみ高原 高木様

坂上農園様に配属予定の実習生の情報をお送りします。

氏名：NGUYEN VAN HUNG（グエン・ヴァン・フン）
生年月日：2001年10月2日
旅券番号：C1234567（有効期限 2031年）
入国前健診：B型肝炎ウイルス陽性（キャリア）、就労は可との医師所見

アジア協同監理組合 佐久間
"""),
        personal=[("name", "NGUYEN VAN HUNG"), ("birthdate", "2001年10月2日"), ("passport", "C1234567"),
                  ("health", "B型肝炎ウイルス陽性（キャリア）")],
    ))

    # H8 subject: 件名に氏名と口座番号
    out.append(mail(
        expect="hold", kind="id.bank_account_subject", writer="石原", loc="subject",
        why="件名に組合員の氏名とゆうちょ口座の記号番号が書かれたまま外部へ送られている。",
        from_=ISHIHARA, to=[PAYLINK],
        subject="口座振替登録依頼 内田 正一様 ゆうちょ 記号12340 番号01234561",
        text="""
ペイメントリンク 口座振替センター 御中

お世話になっております。JAみなみ高原の石原です。
標記の件、登録をお願いいたします。
振替開始は5月分からでお願いします。
依頼書原本は郵送いたします。
""" + SIG_ISHIHARA,
        personal=[("name", "内田 正一"), ("bank_account", "記号12340 番号01234561")],
    ))

    # H9 zip (plain): 視察研修の参加者名簿
    out.append(mail(
        expect="hold", kind="list.participants_zip", writer="高木", loc="zip",
        why="パスワードなしZIPの中のCSVに、研修参加者の氏名・生年月日・電話番号が並んでいる。",
        from_=TAKAGI, to=[TOURIST],
        subject="果樹部会 先進地視察研修 参加者名簿",
        text="""
高原ツーリスト 団体課
小島 様

いつもお世話になっております。JAみなみ高原の高木です。
7月の果樹部会 先進地視察研修（山形方面・1泊2日）の参加者名簿を
ZIPにまとめてお送りします。
旅行保険の手続きと部屋割りをお願いいたします。
""" + SIG_TAKAGI,
        attachments=[att("視察研修_参加者.zip/参加者名簿.csv", CSV, """
氏名,ふりがな,生年月日,性別,携帯電話,部屋割り希望
森 一郎,もり いちろう,1959/03/11,男,090-0000-8124,依田さんと同室
依田 浩,よだ ひろし,1964/07/25,男,080-0000-3356,
竹内 修,たけうち おさむ,1971/02/14,男,090-0000-6623,禁煙室
柳沢 恵,やなぎさわ めぐみ,1983/12/01,女,070-0000-9017,
小松 典子,こまつ のりこ,1958/11/23,女,080-0000-4480,柳沢さんと同室
"""), att("視察研修_参加者.zip/行程表.txt", TXT, "7/10 7:00 JA本所発 → 山形県内 果樹試験場 → 宿泊\n7/11 選果場見学 → 18:00 JA本所着")],
        personal=[("name", "森 一郎"), ("birthdate", "1959/03/11"), ("phone", "090-0000-8124"), ("name", "柳沢 恵")],
    ))

    # H10 recipients: 出荷者12名を To に
    out.append(mail(
        expect="hold", kind="recipients.members_to_visible", writer="野口", loc="recipients",
        why="出荷者12名の個人アドレスを To に並べて送っており、BCCにすべきだった。",
        from_=NOGUCHI, to=GROWERS,
        subject="直売所 出荷者会議のお知らせ（4月）",
        text="""
出荷者の皆さま

いつも「高原の駅」へのご出荷ありがとうございます。店長の野口です。
春の出荷者会議を下記のとおり開催します。

日時：4月9日（水）19:00〜20:30
場所：JAみなみ高原 本所 大会議室
内容：
・昨年度の売上報告（前年比 108%）
・POSシステム更新とバーコードラベルの変更について
・出荷手数料の改定案
・春の感謝祭（5月3日〜5日）の出店募集

欠席の場合は、4月4日までに直売所までお電話ください。
""" + SIG_NOGUCHI,
    ))

    # ---------------- PASSES ----------------
    # P1 JANコード
    out.append(mail(
        expect="pass", kind="benign.jan_codes", writer="野口", loc="none",
        why="13桁の数字は商品のJANコードで、個人の番号ではない。",
        from_=NOGUCHI, to=[POS],
        subject="新商品のPLU登録のお願い（3品目）",
        text=f"""
ポスマート サポート御中

JA直売所「高原の駅」の野口です（店舗コード KS-0417）。
加工品の新商品3品目をPOSに登録したいので、マスタ追加をお願いします。

{jans[0]}　高原りんごジュース 1000ml　　　　　　756円
{jans[1]}　信州みそ 手づくり仕込み 750g　　　　　864円
{jans[2]}　ブルーベリージャム（低糖）150g　　　　　540円

販売開始は3月15日を予定しています。
よろしくお願いします。
""" + SIG_NOGUCHI,
    ))

    # P2 人の名前に見えるカタカナの品種名
    out.append(mail(
        expect="pass", kind="benign.katakana_product_names", writer="野口", loc="none",
        why="「サヤカ」「ミユキ」などは品種・商品名で、人の名前ではない。",
        from_=NOGUCHI, to=[SUPER],
        subject="Re: 春の高原フェア 商品のご提案",
        text="""
ハイランドマート 青果部
村上 様

お世話になっております。高原の駅の野口です。
フェアのご提案、ありがとうございます。下記の品目でいかがでしょうか。

・いちご「サヤカ」（4L・2段詰め）：3月中旬〜、日量 40ケース
・いちご「ミユキ」（大粒・贈答用）：3月下旬〜、日量 15ケース
・ミニトマト「ハルカ」：4月上旬〜
・アスパラ「ウェルカム」：4月下旬〜（天候次第）

「ミユキ」は今年から作付が増えましたので、POPもご用意できます。
""" + SIG_NOGUCHI + """

> 高原の駅 野口様
> 春の高原フェアで、いちごとミニトマトを中心に展開したいと考えています。
> ハイランドマート 青果部 村上
""",
    ))

    # P3 姓を含む会社名
    out.append(mail(
        expect="pass", kind="benign.surname_company_names", writer="高木", loc="none",
        why="「田中農機」「鈴木肥料店」は会社名で、個人の情報ではない。",
        from_=TAKAGI, to=[TANAKA_NOKI, SUZUKI_HIRYO],
        subject="共同購入の見積依頼（防除機・肥料）",
        text="""
株式会社田中農機 営業部 御中
鈴木肥料店 御中

いつもお世話になっております。JAみなみ高原 営農指導課の高木です。
果樹部会の共同購入について、見積をお願いいたします。

田中農機様：スピードスプレーヤー（500Lクラス）2台、下取り1台あり
鈴木肥料店様：有機配合肥料 8-8-8（20kg）300袋、苦土石灰（20kg）120袋

納品希望は4月上旬、納品場所はJA本所の資材倉庫です。
3月14日までにご回答いただけますと幸いです。
""" + SIG_TAKAGI,
    ))

    # P4 家畜のワクチン接種スケジュール
    out.append(mail(
        expect="pass", kind="benign.vaccination_schedule_livestock", writer="高木", loc="none",
        why="豚熱ワクチンの接種スケジュールで、農場数・頭数の集計だけ。人の健康情報ではない。",
        from_=TAKAGI, to=[KAHOEI],
        subject="豚熱ワクチン 定期接種の日程（5月）",
        text="""
みなみ高原家畜保健衛生所 防疫課 御中

いつもお世話になっております。JAみなみ高原 営農指導課の高木です。
5月の豚熱ワクチン定期接種について、管内の日程案をお送りします。

5月13日（火）：北部地区 4農場（子豚 約1,150頭）
5月15日（木）：中部地区 3農場（子豚 約820頭）
5月20日（火）：南部地区 2農場（子豚 約460頭）

防疫服と消毒資材はJAで準備いたします。
知事認定獣医師の先生の配置についてご指示をお願いします。
""" + SIG_TAKAGI,
    ))

    # P5 JAの振込先口座の変更（法人口座）
    out.append(mail(
        expect="pass", kind="benign.corporate_account_change", writer="石原", loc="none",
        why="JA自身の法人口座の変更案内で、個人の口座ではない。",
        from_=ISHIHARA, to=[HOKUSHIN],
        subject="振込先口座変更のお知らせ（JAみなみ高原）",
        text="""
北辰肥料株式会社
経理課 御中

平素より格別のお引き立てを賜り、誠にありがとうございます。
みなみ高原農業協同組合 金融課の石原でございます。

支所統合に伴い、当組合の入金口座を下記のとおり変更いたします。
4月1日以降のお振込みは新口座へお願いいたします。

旧：みなみ高原農協 野沢支所 当座 0003456
新：みなみ高原農協 本所 当座 0007890
名義：ミナミコウゲンノウギョウキョウドウクミアイ

なお、旧口座も6月末までは入金可能です。
""" + SIG_ISHIHARA,
    ))

    # P6 お悔やみ（元組合長・公知）
    out.append(mail(
        expect="pass", kind="benign.condolence", writer="石原", loc="none",
        why="近隣JAの元組合長の逝去に対するお悔やみで、公に知らされた情報の範囲。",
        from_=ISHIHARA, to=[JA_KITA],
        subject="お悔やみ申し上げます",
        text="""
JAきたやま 総務部 御中

みなみ高原農業協同組合 組合長 宮島 正三の代理で、秘書役の石原よりご連絡申し上げます。

貴組合の元代表理事組合長 北山 光太郎 様のご逝去の報に接し、
謹んでお悔やみ申し上げます。
長年にわたり地域農業の発展にご尽力いただいたことに、深く感謝申し上げます。

ご葬儀の日程が決まりましたら、お知らせいただけますと幸いです。
組合長が参列させていただく予定です。
心よりご冥福をお祈り申し上げます。
""" + SIG_ISHIHARA,
    ))

    # P7 市場との販売会議の議事録
    out.append(mail(
        expect="pass", kind="benign.minutes", writer="高木", loc="none",
        why="市場担当者の氏名が並ぶ販売会議の議事録で、業務上の内容だけ。",
        from_=TAKAGI, to=[SEIKA], cc=[SEIKA2, EINO],
        subject="【議事録】夏秋レタス 販売対策会議（2/18）",
        text="""
中央青果 西村部長、荒木様

先日はお忙しい中ありがとうございました。高木です。
会議の議事録をお送りします。訂正があればお知らせください。

日時：2月18日（火）13:30〜15:00　場所：中央青果 本社会議室
出席：中央青果 西村部長、荒木様／JAみなみ高原 高木、営農指導課 塩川
1. 昨年の販売実績：出荷量 前年比 96%、単価 前年比 112%
2. 今年の作付計画：レタス 185ha（前年並み）、サニーレタス 22ha
3. 品質：7月の高温期に芯腐れが増えたため、予冷の徹底を確認
4. 次回：5月中旬（作況を踏まえて）
""" + SIG_TAKAGI,
    ))

    # P8 ヤマト伝票番号（12桁、1件はマイナンバーの検査数字にも合う）
    out.append(mail(
        expect="pass", kind="benign.tracking_number", writer="高木", loc="none",
        why="12桁の数字は宅急便の伝票番号で、マイナンバーではない。",
        from_=TAKAGI, to=[OROSHI],
        subject="サンプル発送のご連絡（高原レタス・アスパラ）",
        text=f"""
東京ベジタブル 仕入課
長島 様

お世話になっております。JAみなみ高原の高木です。
先日お話ししたサンプルを、本日クール便で発送いたしました。

伝票番号：{yt1}（レタス 2ケース）
伝票番号：{yt2}（アスパラ 1ケース）

明日午前中の到着予定です。
品質面のご感想をいただけましたら、作付計画の参考にさせていただきます。
""" + SIG_TAKAGI,
    ))

    # P9 選挙の推薦候補（公人）
    out.append(mail(
        expect="pass", kind="benign.election_candidate", writer="高木", loc="none",
        why="選挙の候補者（公人）の演説会の会場連絡で、私人の個人情報ではない。",
        from_=TAKAGI, to=[NOSEIREN],
        subject="個人演説会の会場使用について",
        text="""
みなみ高原農政連 事務局 御中

お世話になっております。JAみなみ高原の高木です。
参議院議員選挙の推薦候補 北川 正義 氏の個人演説会について、
JA本所の大会議室の使用申込を受け付けました。

日時：7月8日（火）18:30〜19:30（準備 17:30〜）
場所：JAみなみ高原 本所 大会議室（定員 200名）
駐車場：本所駐車場および直売所第2駐車場

公職選挙法上の手続きは農政連様でお願いいたします。
当日のJA職員は施設管理のみの対応となります。
""" + SIG_TAKAGI,
    ))

    # P10 農機のリコール（製造番号）
    out.append(mail(
        expect="pass", kind="benign.serial_numbers", writer="高木", loc="none",
        why="製造番号は機械のシリアルで、個人の番号ではない。",
        from_=TAKAGI, to=[NOKI_SVC],
        subject="Re: コンバイン リコール対象機の確認",
        text="""
東日本農機サービス 品質保証部 御中

JAみなみ高原の高木です。
リコール（燃料ホース交換）の対象機について、管内の確認結果をお知らせします。

型式 HC-4120　製造番号 41200518、41200733、41200902
型式 HC-5150　製造番号 51500127
以上4台が管内にあり、いずれも稼働中です。

所有者への連絡はJAから行い、点検日程は追ってご相談させてください。
""" + SIG_TAKAGI + """

> JAみなみ高原 営農指導課 御中
> 型式 HC-4120 / HC-5150 の一部に燃料ホースの劣化のおそれがあり、
> 対象の製造番号リストをお送りします。管内の該当機をご確認ください。
> 東日本農機サービス 品質保証部
""",
    ))

    for m in out:
        m["_org"] = ORG
    return out
