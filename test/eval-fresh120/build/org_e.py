"""Org E: 湖東新報社（読者センター・事業部イベント担当）."""

from common import (P, addr, attachment, csv_text, encrypted_zip, make,
                    outlook_original, quote, table, wrote, zip_entries)

ORG = "E"
DOMAIN = "koto-shimpo.example.co.jp"

W = {
    "murai": addr("湖東新報社 読者センター 村井", f"murai@{DOMAIN}"),
    "kuwabara": addr("Misaki Kuwabara 桑原美咲", f"m-kuwabara@{DOMAIN}"),
    "koike": addr("小池 彩花", f"a-koike@{DOMAIN}"),
}

SIG_MURAI = """\
┌──────────────────────────────┐
　株式会社湖東新報社　読者センター
　次長　村井 隆（むらい たかし）
　〒522-0000 滋賀県彦根市京町3丁目4番21号
　TEL 0749-0000-1500（読者センター直通）
　FAX 0749-0000-1501
　受付 平日9:30〜17:30／土曜9:30〜12:00
　湖東の毎日を、あなたの食卓へ。 湖東新報
└──────────────────────────────┘"""

SIG_KUWABARA = """\
--
Misaki Kuwabara / 桑原 美咲
湖東新報社 事業部（イベント・文化事業）
TEL 0749-0000-1620  Mobile 080-0000-5539"""

SIG_KOIKE = """\
---
湖東新報 読者センター(購読)
小池
0749-0000-1500"""


def mails():
    out = []

    def add(writer, loc, kind, why, to, subject, text, **kw):
        out.append(make(ORG, writer, loc, kind, why, W[writer], to, subject, text, **kw))

    # ------------------------------------------------------------------ holds
    add("murai", "body", "personal.reader_complaint_to_dealer",
        "A reader's complaint is passed to the delivery dealer with her address, mobile, e-mail, workplace and night-shift pattern.",
        [addr("湖東新報 彦根南販売所 所長 大橋 様", "ohashi@hikone-minami-hanbai.example.jp")],
        "読者様からのご意見（配達時の騒音について）",
        f"""
湖東新報 彦根南販売所
所長　大橋 様

いつもお世話になっております。読者センターの村井でございます。
本日、読者様より配達に関するご意見を頂戴しましたので、ご連絡いたします。

　お名前：西田 紗季 様
　ご住所：彦根市南川瀬町1452-3 グリーンコート南川瀬105
　携帯：090-0000-4713
　メール：saki.nishida.rn@gmail.com
　ご意見：
　　彦根中央病院で看護師をされており、夜勤明けで朝に就寝されているところ、
　　配達のバイクがアパート前で長時間エンジンをかけたままにしているとのこと。
　　以前にも一度お伝えしたが改善されていない、とのお怒りでした。

まずは配達ルートと停車位置のご確認をお願いいたします。
読者様へは販売所から直接お詫びのご連絡をいただけますでしょうか。
対応結果を今週中にお知らせください。

{SIG_MURAI}
""",
        personal=[P("name", "西田 紗季"), P("address", "彦根市南川瀬町1452-3 グリーンコート南川瀬105"),
                  P("phone", "090-0000-4713"), P("email", "saki.nishida.rn@gmail.com"),
                  P("workplace", "彦根中央病院で看護師")])

    add("koike", "body", "id.reader_bank_account_for_refund",
        "A double-debit refund request gives a named reader's personal bank account to the dealer.",
        [addr("湖東新報 近江八幡販売所 寺田さん", "terada@omihachiman-hanbai.example.jp")],
        "二重引き落としの返金のお願い",
        f"""
寺田さん

おつかれさまです、読者センターの小池です.
6月分の購読料が二重で引き落としになってた読者さんがいて、返金お願いしたいです!

 読者様: 北野 義男 様(購読者番号 08-117524)
 返金額: 4,400円
 振込先: 湖南中央銀行 八幡支店 普通 6207314 キタノ ヨシオ

ご本人には今週中に振込みますってお伝えしてます.
振込できたら教えてくださいー

{SIG_KOIKE}
""",
        personal=[P("name", "北野 義男"), P("bank_account", "湖南中央銀行 八幡支店 普通 6207314")])

    add("kuwabara", "body", "sensitive.crime_victim_identity_to_venue",
        "Stage instructions to the hall operator reveal that a speaker appearing under a pseudonym is the named mother of a murder victim.",
        [addr("ひこね文化プラザ 舞台担当 浅野様", "asano@hikone-bunka-plaza.example.jp")],
        "8/30 犯罪被害者支援フォーラム 舞台・動線の件",
        f"""
浅野様

お世話になっております。湖東新報社 事業部の桑原です。
8/30（土）の犯罪被害者支援フォーラム、舞台と動線について共有です。

■ 登壇者
 第2部の体験発表は、2019年の長浜市の事件で次女を亡くされた 細川 由紀子 さんです。
 ステージ上は「Aさん」として登壇、本名は非公表です。
 - 客席からの撮影・録音NG（場内アナウンスお願いします）
 - 楽屋は一般動線と分けて、搬入口側の小楽屋Bを使わせてください
 - 入り時間 12:30、付き添いの支援センター職員1名

■ タイムテーブル
 13:30 開会 / 13:40 基調講演 / 14:40 休憩 / 14:55 体験発表 / 15:40 パネル / 16:30 閉会

Please let me know if anything is unclear.

{SIG_KUWABARA}
""",
        personal=[P("name", "細川 由紀子"), P("victim", "長浜市の事件で次女を亡くされた")])

    winners = [
        ["当選No", "氏名", "年齢", "郵便番号", "住所", "電話", "賞品"],
        ["1", "上野 節子", "72", "522-0000", "彦根市古沢町418-6", "0749-0000-3381", "びわ湖フーズ詰合せA"],
        ["2", "宇野 拓真", "34", "523-0000", "近江八幡市鷹飼町1-2-9-301", "090-0000-6120", "びわ湖フーズ詰合せA"],
        ["3", "奥村 静香", "58", "526-0000", "長浜市八幡東町231-12", "080-0000-2957", "びわ湖フーズ詰合せB"],
        ["4", "藤井 勇", "81", "529-0000", "愛知郡愛荘町愛知川67", "0749-0000-8820", "びわ湖フーズ詰合せB"],
        ["5", "中尾 まどか", "41", "522-0000", "彦根市大薮町2020-4", "090-0000-5306", "びわ湖フーズ詰合せB"],
    ]
    add("kuwabara", "attachment", "list.prize_winners_to_sponsor",
        "A reader-prize winners list with ages, addresses and phones is attached for a sponsor's shipping.",
        [addr("びわ湖フーズ株式会社 販促課 今村 様", "imamura@biwako-foods.example.co.jp")],
        "読者プレゼント当選者リスト（7/6紙面分）",
        f"""
今村様

お世話になっております。湖東新報社 事業部の桑原です。
7/6紙面の読者プレゼント、抽選が終わりましたので当選者リストをお送りします。
発送はいつもどおり御社からお願いします（7/18までに）。

{table([["賞品", "当選数"], ["詰合せA", "2名"], ["詰合せB", "3名"]])}

Thanks!

{SIG_KUWABARA}
""",
        attachments=[attachment("当選者リスト_0706.csv", csv_text(winners))],
        personal=[P("name", "上野 節子"), P("address", "彦根市古沢町418-6"),
                  P("phone", "0749-0000-3381"), P("name", "宇野 拓真"),
                  P("address", "近江八幡市鷹飼町1-2-9-301"), P("phone", "090-0000-6120")])

    add("murai", "attachment", "personal.encrypted_zip",
        "Scans of readers' original letters go to an outside columnist as a password zip with the password in a later mail.",
        [addr("湖東大学 社会学部 堀内 教授", "horiuchi@koto-u.example.ac.jp")],
        "「読者の声」選評用の投稿原本について",
        f"""
湖東大学 社会学部
堀内 先生

平素より大変お世話になっております。湖東新報社 読者センターの村井でございます。

8月の「読者の声」選評欄に向けて、7月にお寄せいただいた投稿の原本（スキャン）を
お送りいたします。ファイルにはパスワードを設定しております。
パスワードは追ってお送りいたします。

選評の原稿は8月8日（金）までにいただけますと幸いです。
何卒よろしくお願い申し上げます。

{SIG_MURAI}
""",
        attachments=[encrypted_zip("読者の声_投稿原本_2025年7月.zip")],
        personal=[P("encrypted_zip", "読者の声_投稿原本_2025年7月.zip")])

    add("koike", "quoted", "sensitive.disability_in_quoted_reader_mail",
        "A routine direct-debit request to the collection agency carries the reader's quoted mail about her psychiatric disability certificate and disability pension.",
        [addr("びわこ収納サービス 辻さん", "tsuji@biwako-shuno.example.co.jp")],
        "Fw: 口座振替の手続きについて",
        f"""
辻さん

おつかれさまです!読者センター小池です.
口座振替の新規1件、用紙の送付お願いしまーす.
送り先とかは下のメールのとおりです.

{SIG_KOIKE}

{quote('''湖東新報 読者センター様

購読料の支払いを、集金から口座振替に変えたいです。
松井 典子 と申します。住所は 彦根市小泉町86-2 です。

それと、私は精神障害者保健福祉手帳2級を持っていて、障害年金で暮らしています。
福祉割引のようなものはありますか？

松井''', wrote("2025/07/04 10:26", "松井 典子", "noriko.m.hikone@yahoo.co.jp"))}
""",
        personal=[P("name", "松井 典子"), P("address", "彦根市小泉町86-2"),
                  P("disability", "精神障害者保健福祉手帳2級"), P("welfare", "障害年金")])

    add("murai", "quoted", "sensitive.juvenile_case_in_quoted_reader_mail",
        "A request for legal advice quotes a reader's mail that names a 16-year-old as the suspect sent to family court.",
        [addr("湖東総合法律事務所 弁護士 今西 先生", "imanishi@koto-law.example.jp")],
        "7月2日付 社会面記事に関する読者のご意見について（ご相談）",
        f"""
湖東総合法律事務所
弁護士　今西 先生

いつも大変お世話になっております。湖東新報社 読者センターの村井でございます。

7月2日付社会面の記事に関し、読者の方から下記のメールが届きました。
記事の表現について、当社として問題がないかご見解をいただきたく存じます。
また、読者の方への回答方針についてもご助言いただけますと幸いです。

ご多用のところ恐縮ですが、よろしくお願い申し上げます。

{SIG_MURAI}

{quote('''湖東新報 御中

7月2日の「彦根市内で中学生恐喝」の記事について。
記事では「市内の少年（16）」と書かれていますが、近所では皆知っています。
加害少年は同じ町内の 竹内 悠斗 で、先週家庭裁判所に送致されたと聞きました。
あの書き方では、被害者の子の学校まで特定されてしまいます。
もっと配慮すべきではないでしょうか。

彦根市 一読者''', wrote("2025年7月3日(木) 8:47", "一読者", "hikone.reader2025@gmail.com"))}
""",
        personal=[P("name", "竹内 悠斗"), P("juvenile", "家庭裁判所に送致")])

    add("kuwabara", "subject", "sensitive.genetic_result_in_subject",
        "The subject line tells the co-sponsor that a named performer tested BRCA1 positive, while the body only talks about replacement and flyers.",
        [addr("近江メディカル生協 広報 野村様", "nomura@omi-medcoop.example.or.jp")],
        "【出演者変更】小西 美和さん降板（BRCA1陽性判明・予防手術のため）",
        """
野村様
件名の件、FYIです。代役は調整中、チラシ差し替えは7/15入稿に間に合わせます。
湖東新報社 事業部 桑原
""",
        personal=[P("name", "小西 美和"), P("genome", "BRCA1陽性")])

    subs = [
        ["購読者番号", "氏名", "住所", "電話", "契約", "開始", "未収額"],
        ["08-117524", "北野 義男", "近江八幡市出町412", "0748-0000-2205", "朝刊", "2009/04", "0"],
        ["08-120981", "岡 久美子", "近江八幡市中村町17-3", "0748-0000-7716", "朝刊+電子", "2018/10", "8,800"],
        ["12-031177", "松井 典子", "彦根市小泉町86-2", "", "朝刊", "2025/07", "0"],
        ["12-029486", "今井 修", "彦根市日夏町3341", "0749-0000-6053", "朝刊", "1997/01", "13,200"],
        ["12-030012", "西田 紗季", "彦根市南川瀬町1452-3-105", "090-0000-4713", "電子版", "2022/05", "0"],
    ]
    add("koike", "zip", "list.subscriber_data_zip_to_system_vendor",
        "Real subscriber records with addresses, phones and unpaid balances are zipped without a password and sent to a vendor as test data.",
        [addr("ニュースシステムズ 導入担当 福田さん", "fukuda@newssystems.example.com")],
        "テスト用データです(購読者)",
        f"""
福田さん

おつかれさまです、湖東新報の小池です.
新システムのテスト用に、購読者データ送ります〜
とりあえず6月分を抜き出してzipにしてます.

足りない項目あったら言ってください!

{SIG_KOIKE}
""",
        attachments=zip_entries("購読者データ_202506.zip", [
            ("購読者_抜粋_202506.csv", csv_text(subs)),
            ("項目説明.txt", "購読者番号: 販売所コード2桁-連番6桁\n契約: 朝刊/電子版/朝刊+電子\n未収額: 6月末時点(円)\n"),
        ]),
        personal=[P("name", "岡 久美子"), P("address", "近江八幡市中村町17-3"),
                  P("phone", "0748-0000-7716"), P("debt", "8,800"),
                  P("name", "今井 修"), P("debt", "13,200")])

    students = [
        addr("大橋 理沙", "risa.ohashi.shiga@gmail.com"),
        addr("川村 健司", "kenji_kawamura@yahoo.co.jp"),
        addr("彦根東高校 新聞部 顧問 田中", "tanaka-t@hikone-higashi-hs.example.jp"),
        addr("森本 由香", "yuka.morimoto@outlook.com"),
        addr("長浜市 市民協働課 上杉", "uesugi@city-nagahama.example.lg.jp"),
        addr("ＮＰＯ法人おうみ子ども食堂 代表 寺井", "terai@omi-kodomo.example.or.jp"),
        addr("井上 誠", "makoto.inoue.1958@gmail.com"),
        addr("堀 真一", "s.hori.koto@yahoo.co.jp"),
        addr("湖東大学 学生 中村 蓮", "s2214087@koto-u.example.ac.jp"),
        addr("宮脇 敏子", "toshiko.miyawaki@outlook.com"),
        addr("愛荘町商工会 青年部", "seinenbu@aisho-shokokai.example.or.jp"),
        addr("岩田 和樹", "kazuki.iwata.photo@gmail.com"),
        addr("多賀 ふれあいFM 制作部", "seisaku@taga-fm.example.co.jp"),
        addr("杉原 陽子", "yoko_sugihara@yahoo.co.jp"),
    ]
    add("kuwabara", "recipients", "recipients.citizen_reporter_class_in_to",
        "A course notice to citizen-reporter trainees shows fourteen private and organisational addresses in To.",
        students,
        "【市民記者講座】第3回のご案内 / 課題提出について",
        f"""
受講生の皆さま

こんにちは、湖東新報社 事業部の桑原です。
第3回「写真で伝える」のご案内です。

{table([
    ["項目", "内容"],
    ["日時", "7/26（土）13:30-16:00"],
    ["会場", "湖東新報社 本社3階 ホール"],
    ["講師", "写真部デスク 大塚"],
    ["持ち物", "スマホ or カメラ、前回の課題原稿"],
])}

課題（400字の地域ニュース）は7/22（火）までにこのアドレスへ返信で提出してください。
FYI: 優秀作は8月の紙面「まちの記者」欄に掲載予定です。

{SIG_KUWABARA}
""",
        personal=[P("email", a.split("<")[1].rstrip(">")) for a in students])

    # ------------------------------------------------------------------ passes
    add("kuwabara", "none", "benign.election_candidates_debate",
        "Logistics for a public debate between named election candidates, who are public figures.",
        [addr("ひこね文化プラザ 舞台担当 浅野様", "asano@hikone-bunka-plaza.example.jp")],
        "7/12 彦根市長選 公開討論会 会場レイアウト",
        f"""
浅野様

お世話になっております。湖東新報社 事業部の桑原です。
7/12（土）の彦根市長選挙 立候補予定者公開討論会、会場レイアウトの確定版です。

■ 登壇者（五十音順・敬称略）
 ・川瀬 孝之（無所属・現職）
 ・杉本 ひろみ（無所属・新人）
 ・三宅 隆弘（無所属・新人）
■ 司会：湖東新報社 編集局 政治担当デスク 野田
■ レイアウト：演台3台（横一列、左から五十音順）、司会席は下手
■ 時間：18:30開場 / 19:00開始 / 20:45終了
■ 中継：湖東新報デジタルでライブ配信（カメラ2台、客席後方）

Thanks,

{SIG_KUWABARA}
""")

    add("koike", "none", "benign.digital_login_outage_log_hashes",
        "Outage report to the web vendor with request IDs and log-file hashes but no reader data.",
        [addr("ニュースシステムズ サポート", "support@newssystems.example.com")],
        "電子版ログイン障害の件(ログ送ります)",
        f"""
サポートご担当者様

湖東新報 読者センターの小池です.
今朝から電子版にログインできないって問い合わせが続いてます(9時〜11時で37件).
情シスからもらったログの情報です.

 発生: 2025/07/09 06:10頃〜
 エラー: HTTP 502 (auth.koto-shimpo.example.co.jp)
 リクエストID例: 7f3c9a1e-52b4-4d0e-9c61-0a8e5b2d17c4
 ログファイル: auth-20250709.log.gz
 SHA-256: 3b9f0c2e8a71d45f6e0b9c13a4d2f87e51c6a09b2d7e48f3c1a5b60e9d24f713

至急見てもらえますか?

{SIG_KOIKE}
""")

    add("kuwabara", "none", "benign.lecturer_own_fee_masked_account",
        "Fee notice sent to the lecturer herself with her own bank account masked.",
        [addr("湖東大学 社会学部 堀内 教授", "horiuchi@koto-u.example.ac.jp")],
        "市民記者講座 講師謝礼のお振込について",
        f"""
堀内先生

お世話になっております。湖東新報社 事業部の桑原です。
先日の市民記者講座では、ご講演ありがとうございました。

講師謝礼を下記のとおりお振込いたします。

 謝礼額：50,000円
 源泉徴収税額：5,105円
 お振込額：44,895円
 お振込先：ご登録の口座（湖南中央銀行 ****182）
 お振込日：7月25日（金）

支払調書は来年1月にお送りいたします。

{SIG_KUWABARA}
""")

    add("murai", "none", "benign.real_estate_licence_numbers",
        "Ad-review inquiry that quotes a real-estate broker's licence number and a licensed agent's registration number.",
        [addr("株式会社近江ハウジング 広告担当 津田 様", "tsuda@omi-housing.example.co.jp")],
        "7月13日付 折込広告の表示について（ご確認）",
        f"""
株式会社近江ハウジング
広告担当　津田 様

いつもお引き立ていただき、誠にありがとうございます。
湖東新報社 読者センターの村井でございます。

7月13日付の折込広告につきまして、読者の方から「免許番号の記載が小さく読めない」との
お問い合わせがございました。念のため、記載内容を確認させてください。

　宅地建物取引業者免許番号：滋賀県知事（3）第2817号
　取引態様：売主
　専任の宅地建物取引士：登録番号 滋賀 第004512号

上記で相違なければ、次回以降は文字サイズを8ポイント以上でお願いできますと幸いです。

何卒よろしくお願い申し上げます。

{SIG_MURAI}
""")

    add("koike", "none", "benign.payment_status_order_numbers",
        "Payment-status check with the card processor by order number only.",
        [addr("オウミペイメント サポート", "support@omi-payment.example.co.jp")],
        "決済ステータスの確認おねがいします",
        f"""
オウミペイメント サポートご担当者様

湖東新報 読者センターの小池です.
電子版の申込で、下の3件が「決済処理中」のまま止まってるみたいです.
ステータス確認お願いします!

 KT-2507-00418  2025/07/05 1,980円
 KT-2507-00422  2025/07/05 1,980円
 KT-2507-00431  2025/07/06 3,960円

加盟店ID: OMP-KOTO-0031

{SIG_KOIKE}
""")

    add("kuwabara", "none", "benign.genome_test_seminar_policy",
        "Seminar policy on genetic testing agreed with a university hospital that mentions no individual results.",
        [addr("湖東大学医学部附属病院 遺伝子診療部 佐々木 先生", "sasaki@hp.koto-u.example.ac.jp")],
        "健康セミナー「遺伝子検査と向き合う」運営方針の確認",
        f"""
佐々木先生

お世話になっております。湖東新報社 事業部の桑原です。
9/20の健康セミナーについて、運営方針を以下にまとめました。ご確認ください。

1. 会場での個別の遺伝カウンセリング・検査結果の相談は受け付けない
   （ご希望の方には附属病院の遺伝子診療部の予約窓口をご案内）
2. 質疑応答は事前の質問票のみ。質問者の氏名は読み上げない
3. 講演で扱う事例はすべて架空、または公表済みの統計のみ
4. 消費者向け遺伝子検査キットの販売・配布は行わない
5. 紙面掲載は講演要旨のみ、参加者の写真は後ろ姿に限る

FYI: 定員150名、申込は現在92名です。

{SIG_KUWABARA}
""")

    add("koike", "none", "benign.reader_own_address_change",
        "Confirmation sent to the reader himself about his own address change.",
        [addr("宇野 拓真", "takuma.uno.0630@gmail.com")],
        "住所変更の受付完了のお知らせ",
        f"""
宇野 拓真 様

いつも湖東新報をご愛読いただき、ありがとうございます.
読者センターの小池です.

住所変更のお手続き、受け付けました.

 新住所: 近江八幡市鷹飼町1-2-9-301
 お届け開始: 7月15日(火)朝刊から
 担当販売所: 湖東新報 近江八幡販売所(0748-0000-3120)

何かあれば読者センターまでお気軽にどうぞ.
今後ともよろしくお願いいたします.

{SIG_KOIKE}
""")

    add("kuwabara", "none", "benign.committee_minutes_eight_addresses",
        "Organising-committee minutes to eight visible addresses from four organisations.",
        [addr("びわ湖フーズ 今村様", "imamura@biwako-foods.example.co.jp"),
         addr("びわ湖フーズ 大塚様", "otsuka@biwako-foods.example.co.jp"),
         addr("近江メディカル生協 野村様", "nomura@omi-medcoop.example.or.jp"),
         addr("近江メディカル生協 岸様", "kishi@omi-medcoop.example.or.jp"),
         addr("ひこね文化プラザ 浅野様", "asano@hikone-bunka-plaza.example.jp"),
         addr("ひこね文化プラザ 事業課", "jigyo@hikone-bunka-plaza.example.jp"),
         addr("彦根市 文化振興課 小田様", "oda@city-hikone.example.lg.jp"),
         addr("彦根市 文化振興課 杉山様", "sugiyama@city-hikone.example.lg.jp")],
        "【議事メモ】湖東ふれあいフェスタ実行委員会 第2回（7/7）",
        f"""
実行委員の皆さま

お疲れさまです。事務局（湖東新報社 事業部）の桑原です。
第2回実行委員会の議事メモです。修正があれば7/11までにお知らせください。

■ 日時：7/7（月）14:00-15:30　湖東新報社 本社3階
■ 出席：今村様・大塚様（びわ湖フーズ）、野村様・岸様（近江メディカル生協）、
　　　　浅野様（ひこね文化プラザ）、小田様（彦根市）、事務局 桑原・村井

1. 開催概要
　- 10/12（日）10:00-16:00、ひこね文化プラザ 大ホール・広場
　- 来場目標 3,000人
2. 出展
　- 飲食ブース 12、物販 8、健康相談ブース 2（生協様）
　- 健康相談ブースは血圧測定のみ。結果は本人にのみ手渡し、記録は取らない
3. ステージ
　- 午前：地元高校吹奏楽部 / 午後：市民記者講座 成果発表
4. 予算
　- 協賛金 計180万円（びわ湖フーズ様 100万円、生協様 50万円、当社 30万円）
5. 次回：8/4（月）14:00〜

Thanks,

{SIG_KUWABARA}
""")

    add("murai", "none", "benign.reader_survey_aggregate",
        "Reader-survey results for an advertiser given only as percentages by age band.",
        [addr("びわ湖フーズ株式会社 販促課 今村 様", "imamura@biwako-foods.example.co.jp")],
        "読者アンケート集計結果のご報告（2025年6月実施）",
        f"""
びわ湖フーズ株式会社
販促課　今村 様

平素より格別のご愛顧を賜り、厚く御礼申し上げます。
湖東新報社 読者センターの村井でございます。

6月に実施いたしました読者アンケートのうち、御社ご関心の項目について
集計結果をご報告申し上げます。（有効回答 1,284件）

{table([
    ["年代", "回答数", "地元食材を週1回以上購入", "紙面広告を見て購入経験あり"],
    ["30代以下", "142", "38.0%", "21.1%"],
    ["40代", "203", "45.3%", "27.6%"],
    ["50代", "298", "52.7%", "33.2%"],
    ["60代", "344", "61.0%", "41.9%"],
    ["70代以上", "297", "66.3%", "48.5%"],
])}

詳細なクロス集計表は、来週ご訪問の際にお持ちいたします。
今後ともよろしくお願い申し上げます。

{SIG_MURAI}
""")

    add("murai", "none", "benign.obituary_listing_confirmation",
        "Confirmation to a funeral home of an obituary notice that the family asked to publish.",
        [addr("セレモニーホール湖東 受付 辻本 様", "tsujimoto@ceremony-koto.example.co.jp")],
        "おくやみ欄掲載内容のご確認",
        f"""
セレモニーホール湖東
辻本 様

いつもお世話になっております。湖東新報社 読者センターの村井でございます。
本日ファクスでいただきましたおくやみ欄の掲載内容を、下記のとおり確認いたしました。

　故人　　：山岡 清 様（91歳）彦根市芹川町
　喪主　　：山岡 浩一 様（長男）
　通夜　　：7月9日（水）午後7時　セレモニーホール湖東
　告別式　：7月10日（木）午前11時　同所

ご遺族様のご了承のもと、7月9日（水）朝刊に掲載いたします。
内容に誤りがございましたら、本日17時までにご連絡くださいませ。

{SIG_MURAI}
""")

    return out
