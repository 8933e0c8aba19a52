"""(E) 市立図書館: みなと台市立中央図書館 (invented).

Writers
  tamura   田村 葉子  利用者サービス係 司書     polite, signature with opening hours and closed days
  ito      伊藤 隆    庶務係長                  formal municipal style, very heavy signature
  kobayashi 小林 美咲 児童サービス担当          friendly, short signature with a small note
"""
from common import t, q, addr, att, enc_zip, mail

ORG = "E"
DOM = "lib.city.minatodai.example.lg.jp"

TAMURA = addr("みなと台市立中央図書館 田村", f"tamura-y@{DOM}")
ITO = addr("伊藤 隆（みなと台市立中央図書館）", f"ito-t@{DOM}")
KOBAYASHI = addr("小林 美咲", f"kobayashi-m@{DOM}")

SIG_TAMURA = t("""
    ------------------------------
    みなと台市立中央図書館 利用者サービス係
    司書　田村 葉子
    〒273-0000 千葉県みなと台市本町0-0-0
    TEL 047-0000-3301　FAX 047-0000-3309
    開館時間 火〜金 9:30〜19:00／土日祝 9:30〜17:00
    休館日 月曜日（祝日の場合は翌平日）・第3木曜日
    ------------------------------
""")

SIG_ITO = t("""
    ■□■□■□■□■□■□■□■□■□■□■□■□■□■□
    みなと台市教育委員会 生涯学習部
    中央図書館 庶務係長　伊藤 隆（いとう たかし）
    〒273-0000 千葉県みなと台市本町0-0-0
    TEL 047-0000-3300（代表）／047-0000-3305（庶務係直通）
    FAX 047-0000-3309
    E-mail ito-t@lib.city.minatodai.example.lg.jp
    https://www.lib.city.minatodai.example.lg.jp/
    ■□■□■□■□■□■□■□■□■□■□■□■□■□■□
    ※このメールは、みなと台市の公務用アドレスから送信しています。
""")

SIG_KOBAYASHI = t("""
    ＊　＊　＊
    みなと台市立中央図書館 児童サービス担当
    小林 美咲
    047-0000-3320（児童室）
    今月のおすすめ：『くじらのおなかのなか』
    ＊　＊　＊
""")

MAILS = []
add = MAILS.append

# ======================================================================= HOLDS

add(mail(ORG, "ito", "body", "hold", "personal.patron_reading_record",
    "A reply to a police inquiry gives a named patron's address, phone, card number and borrowing history; reading records are confidential and need a supervisor's check.",
    ITO, [addr("みなと台警察署 刑事課 村上 巡査部長", "keiji@minatodai-ps.police.example.lg.jp")],
    "捜査関係事項照会書（6月10日付）へのご回答",
    t("""
    みなと台警察署 刑事課
    村上 巡査部長 様

    お世話になっております。みなと台市立中央図書館 庶務係の伊藤です。
    6月10日付でいただいた捜査関係事項照会について、下記のとおり回答いたします。
    正式な回答書は公印を押したうえで本日郵送いたします。

    1．利用登録情報
    　利用者番号：0211048736
    　氏名：矢野 隼人（やの はやと）
    　生年月日：1994年1月22日
    　住所：千葉県みなと台市港町0-0-0 シーサイドコート507
    　電話：080-0000-1945
    　登録日：2019年8月3日

    2．貸出履歴（2024年4月1日〜6月9日）
    　4/6　『薬物の化学と毒性』　返却 4/20
    　4/20　『ネットワークセキュリティ入門』　返却 5/4
    　5/11　『海外送金のしくみ』　返却 5/25
    　5/25　『完全犯罪の心理学』　貸出中

    以上です。ご不明な点は庶務係までお問い合わせください。

    """) + SIG_ITO,
    personal=[("name", "矢野 隼人"), ("library_card", "0211048736"), ("birthdate", "1994年1月22日"),
              ("address", "千葉県みなと台市港町0-0-0 シーサイドコート507"), ("phone", "080-0000-1945")]))

add(mail(ORG, "tamura", "body", "hold", "sensitive.disability",
    "A named patron's visual disability grade, disability certificate number and home address are sent to a volunteer group.",
    TAMURA, [addr("音訳グループ こだま 代表 望月様", "kodama.ongaku.mochizuki@gmail.com")],
    "新規の郵送貸出・対面朗読ご利用者について",
    t("""
    こだま 望月様

    いつも音訳・対面朗読でご協力いただき、ありがとうございます。
    中央図書館の田村です。

    今月から障害者サービスに新しく登録された方がいらっしゃいますので、
    対面朗読の担当を決めていただきたくご連絡しました。

    　お名前：森 和子 様（82歳）
    　ご住所：みなと台市緑町0-0-0（郵送貸出の宛先も同じです）
    　お電話：047-0000-6652
    　障害の状況：視覚障害 1級（緑内障による全盲）、身体障害者手帳 千葉県第012345号
    　ご希望：新聞の地域面と、時代小説の対面朗読（月2回、火曜の午後）

    ご自宅への訪問朗読もご希望ですが、まずは図書館の対面朗読室でお願いできればと思います。
    担当の方が決まりましたらお知らせください。

    """) + SIG_TAMURA,
    personal=[("name", "森 和子"), ("address", "みなと台市緑町0-0-0"), ("phone", "047-0000-6652"),
              ("disability", "視覚障害 1級（緑内障による全盲）"), ("disability_certificate", "千葉県第012345号")]))

add(mail(ORG, "ito", "body", "hold", "id.bank_account_private",
    "A private lecturer's personal bank account and home address are sent to the co-hosting NPO for the fee payment.",
    ITO, [addr("NPO法人 みなと台まちづくり研究会 事務局 会計 西尾様", "nishio@minatodai-machiken.example.org")],
    "7/6 郷土史講座 講師謝礼のお支払いについて",
    t("""
    みなと台まちづくり研究会
    会計ご担当 西尾様

    お世話になっております。中央図書館 庶務係の伊藤です。
    共催の郷土史講座（7月6日）の講師謝礼について、協定どおり貴会からお支払い
    いただく分の振込先をお知らせします。講師ご本人から了解をいただいております。

    　講師：元みなと台市史編さん委員 広瀬 敏夫 様
    　ご住所：千葉県みなと台市東町0-0-0
    　謝礼：30,000円（源泉徴収前）
    　振込先：房総みなと銀行 東町支店 普通 4471026 ヒロセ トシオ

    講座終了後、7月中のお振込みをお願いいたします。

    """) + SIG_ITO,
    personal=[("name", "広瀬 敏夫"), ("bank_account", "房総みなと銀行 東町支店 普通 4471026 ヒロセ トシオ"),
              ("address", "千葉県みなと台市東町0-0-0")]))

add(mail(ORG, "tamura", "attachment", "hold", "list.overdue_patrons",
    "The cover note is routine, but the attached CSV lists overdue patrons with card numbers, phones, addresses and titles.",
    TAMURA, [addr("株式会社ライブラリーサポート 督促センター 大西様", "onishi@library-support.example.co.jp")],
    "長期延滞者への督促はがき発送リスト（6月分）",
    t("""
    ライブラリーサポート 督促センター
    大西様

    いつもお世話になっております。中央図書館の田村です。
    6月分の督促はがき発送リストをお送りします。今月は22件です。
    文面は前回と同じもので、返却期限を「7月15日」としてください。

    よろしくお願いいたします。

    """) + SIG_TAMURA,
    attachments=[att("延滞者リスト_202406.csv", t("""
        利用者番号,氏名,郵便番号,住所,電話番号,資料名,貸出日,返却期限,延滞日数
        0211003927,菅原 康弘,273-0000,千葉県みなと台市本町0-0-0,047-0000-2218,一九八四年,2024/03/02,2024/03/16,89
        0211017452,内田 静香,273-0000,千葉県みなと台市港町0-0-0-1203,090-0000-5847,はじめての子育て百科,2024/03/09,2024/03/23,82
        0211025509,早川 誠,273-0000,千葉県みなと台市緑町0-0-0,080-0000-1136,借金を減らす法律相談,2024/03/21,2024/04/04,70
        0211031184,山崎 蓮,273-0000,千葉県みなと台市旭が丘0-0-0,070-0000-9402,受験数学の精講,2024/04/02,2024/04/16,58
    """))],
    personal=[("name", "菅原 康弘"), ("phone", "047-0000-2218"), ("name", "早川 誠"),
              ("library_card", "0211025509"), ("phone", "070-0000-9402")]))

add(mail(ORG, "kobayashi", "attachment", "hold", "list.event_participants",
    "The cover note to the guest author is friendly, but the attached sign-up sheet lists children's names, ages, schools and parents' phones.",
    KOBAYASHI, [addr("絵本作家 あおい ちひろ 様", "aoi.chihiro.ehon@gmail.com")],
    "7/27 絵本ワークショップの参加者について",
    t("""
    あおい ちひろ 先生

    こんにちは、みなと台市立中央図書館 児童サービス担当の小林です。
    先日はお打合せありがとうございました！

    7/27のワークショップ、おかげさまで定員の15名が埋まりました。
    当日お名前を呼んでいただけるよう、参加者の一覧を添付します。
    画材の準備の参考にもしてください。

    当日は10時に児童室の裏口でお待ちしています。

    """) + SIG_KOBAYASHI,
    attachments=[att("ワークショップ申込者_0727.csv", t("""
        No,参加者氏名,ふりがな,学年,年齢,学校名,保護者氏名,保護者電話,アレルギー等
        1,斉藤 蓮,さいとう れん,小3,8,みなと台第三小,斉藤 恵美,090-0000-6310,
        2,長井 ひまり,ながい ひまり,小2,7,みなと台第一小,長井 拓也,080-0000-2275,卵
        3,本間 結衣,ほんま ゆい,小4,9,港町小,本間 香織,090-0000-8824,
        4,石井 大和,いしい やまと,小1,6,みなと台第三小,石井 美穂,070-0000-5519,
        5,近藤 さくら,こんどう さくら,小3,8,緑町小,近藤 直樹,090-0000-4063,小麦
    """))],
    personal=[("name", "長井 ひまり"), ("phone", "080-0000-2275"), ("name", "本間 結衣"),
              ("phone", "090-0000-8824")]))

add(mail(ORG, "tamura", "quoted", "hold", "personal.patron_inquiry_forwarded",
    "The top asks the vendor to check a fault, but the quoted patron complaint carries her name, card number, address, phone and e-mail.",
    TAMURA, [addr("株式会社ブックシステムズ サポートセンター", "support@booksystems.example.co.jp")],
    "予約取り置きメールが届かない件（利用者からの問い合わせ）",
    t("""
    ブックシステムズ サポートセンター御中

    お世話になっております。みなと台市立中央図書館の田村です。
    予約資料の取り置き連絡メールが届かないという問い合わせがありました。
    6月に入ってから同様の問い合わせが4件目です。送信ログの確認をお願いできますか。
    利用者からのメールを下に付けます。

    """) + SIG_TAMURA + "\n" + t("""
    -----Original Message-----
    From: 千葉 由美子 <yumiko.chiba.minato@outlook.com>
    Sent: Thursday, June 13, 2024 8:15 PM
    To: 中央図書館 <info@lib.city.minatodai.example.lg.jp>
    Subject: 予約の連絡が来ません

    """) + q(t("""
    中央図書館ご担当者様

    5月末に予約した本が「取り置き期限切れ」になっていました。
    連絡のメールは一度も届いていません。迷惑メールフォルダも確認しました。

    利用者番号：0211052281
    氏名：千葉 由美子
    住所：みなと台市旭が丘0-0-0
    電話：090-0000-7390
    メール：yumiko.chiba.minato@outlook.com

    もう一度予約し直さないといけないのでしょうか。順番が1番だったのに残念です。
    """)),
    personal=[("name", "千葉 由美子"), ("library_card", "0211052281"),
              ("address", "みなと台市旭が丘0-0-0"), ("phone", "090-0000-7390"),
              ("email", "yumiko.chiba.minato@outlook.com")]))

add(mail(ORG, "kobayashi", "quoted", "hold", "sensitive.child_welfare_quoted",
    "The top is a short note to the school, but the quoted staff report names a child with bruises and a report to the child guidance centre.",
    KOBAYASHI, [addr("みなと台市立第三小学校 教頭 久保田先生", "kubota@minatodai-e3.example.ed.jp")],
    "Fw: 児童室での様子について（ご共有）",
    t("""
    久保田先生

    お世話になっております。中央図書館 児童サービスの小林です。
    先日お電話でお話しした件、館内で共有したメモをお送りします。
    学校でのご様子とあわせて、今後の見守りについてご相談できればと思います。

    """) + SIG_KOBAYASHI + "\n" + t("""
    ---------- 転送メッセージ ----------
    From: 小林 美咲 <kobayashi-m@lib.city.minatodai.example.lg.jp>
    Date: 2024年6月11日(火) 18:52
    Subject: 児童室メモ（要共有）
    To: 田村 葉子 <tamura-y@lib.city.minatodai.example.lg.jp>

    """) + q(t("""
    田村さん

    今日も斉藤 蓮くん（第三小3年）が開館から閉館まで一人で児童室にいました。
    お昼も食べていない様子で、「家に帰っても誰もいない」と話していました。
    半袖から見える二の腕に青あざが2か所。聞くと「転んだ」とのことです。
    先週も同じ場所にあざがありました。

    館長と相談し、本日16時に市の子ども家庭課経由で児童相談所に通告済みです。
    母親の斉藤 恵美さんは、以前ワークショップ申込みのときに来館されています。

    小林
    """)),
    personal=[("name", "斉藤 蓮"), ("name", "斉藤 恵美"), ("child_welfare", "児童相談所に通告済み")]))

add(mail(ORG, "tamura", "subject", "hold", "id.residence_card_in_subject",
    "The body is a neutral request, but the subject carries a named foreign resident's residence card number.",
    TAMURA, [addr("みなと台市国際交流協会 相談窓口 ホアン様", "soudan@minatodai-ia.example.or.jp")],
    "利用登録の本人確認：LE VAN DUC 様 在留カード番号 EH72019385RT",
    t("""
    国際交流協会 相談窓口
    ホアン様

    お世話になっております。中央図書館の田村です。

    標記の方の利用登録の件で、先日お電話でご相談した内容を
    件名に書いておきました。お手数ですが、ご本人へのご説明と、
    来館時の通訳の日程調整をお願いできますでしょうか。

    """) + SIG_TAMURA,
    personal=[("name", "LE VAN DUC"), ("residence_card", "EH72019385RT")]))

add(mail(ORG, "ito", "zip", "hold", "list.volunteer_register_in_zip",
    "A plain zip to the insurance agent contains a volunteer register with birth dates, addresses and phones.",
    ITO, [addr("みなと台保険サービス 石塚様", "ishizuka@minatodai-hoken.example.co.jp")],
    "ボランティア活動保険 加入申込書類の送付",
    t("""
    みなと台保険サービス
    石塚様

    お世話になっております。中央図書館 庶務係の伊藤です。
    今年度のボランティア活動保険の加入申込書類をまとめてお送りします。
    （zipにまとめていますが、パスワードはかけておりません。）

    加入人数：読み聞かせ 18名、音訳 9名、配架 7名　計34名
    保険料は7月10日までに市の口座からお振込みします。

    """) + SIG_ITO,
    attachments=[
        att("ボランティア保険_2024.zip", t("""
            ボランティア保険_2024/
              加入申込書_団体.pdf
              加入者名簿.csv
        """), "application/zip"),
        att("ボランティア保険_2024.zip/加入者名簿.csv", t("""
            No,活動,氏名,フリガナ,生年月日,性別,住所,電話番号
            1,読み聞かせ,岡 由紀子,オカ ユキコ,1958/04/11,女,千葉県みなと台市本町0-0-0,047-0000-8125
            2,読み聞かせ,川端 咲,カワバタ サキ,1987/10/02,女,千葉県みなと台市港町0-0-0,090-0000-6637
            3,音訳,望月 恒夫,モチヅキ ツネオ,1949/01/28,男,千葉県みなと台市緑町0-0-0,047-0000-4410
            4,音訳,篠田 葵,シノダ アオイ,1995/07/19,女,千葉県みなと台市旭が丘0-0-0,080-0000-3029
            5,配架,松浦 進,マツウラ ススム,1952/12/06,男,千葉県みなと台市東町0-0-0,047-0000-9951
        """)),
    ],
    personal=[("name", "岡 由紀子"), ("birthdate", "1958/04/11"), ("phone", "090-0000-6637"),
              ("name", "望月 恒夫"), ("address", "千葉県みなと台市東町0-0-0")]))

add(mail(ORG, "kobayashi", "recipients", "hold", "recipients.visible_to",
    "A volunteer schedule mail is sent to thirteen volunteers' private addresses all visible in To.",
    KOBAYASHI, [
        addr("岡 由紀子", "yukiko.oka58@yahoo.co.jp"),
        addr("川端 咲", "saki.kawabata@gmail.com"),
        addr("篠田 葵", "aoi_shinoda@outlook.com"),
        addr("長井 美帆", "miho.nagai.1986@gmail.com"),
        addr("三浦 綾", "aya.miura.yomikika@gmail.com"),
        addr("坂田 敬子", "keiko_sakata@yahoo.co.jp"),
        addr("堤 朋美", "tomomi.tsutsumi@outlook.com"),
        addr("関 洋平", "yohei.seki.papa@gmail.com"),
        addr("村岡 典子", "noriko.muraoka@yahoo.co.jp"),
        addr("今井 瑞穂", "mizuho.imai22@gmail.com"),
        addr("大野 由香", "yuka-ono@yahoo.co.jp"),
        addr("吉岡 里美", "satomi.yoshioka@outlook.com"),
        addr("白井 恵子", "keiko.shirai.reading@gmail.com"),
    ],
    "7・8月 おはなし会の担当表です",
    t("""
    読み聞かせボランティアのみなさま

    いつもありがとうございます！児童サービス担当の小林です。
    7・8月のおはなし会の担当表ができました。

    　7/6（土）11:00　岡さん・川端さん
    　7/13（土）11:00　篠田さん・長井さん
    　7/20（土）11:00　三浦さん・坂田さん（夏休みスペシャル：大型紙芝居）
    　7/27（土）　　　 絵本ワークショップのためお休み
    　8/3（土）11:00　堤さん・関さん
    　8/10（土）11:00　村岡さん・今井さん
    　8/17（土）11:00　大野さん・吉岡さん
    　8/24（土）11:00　白井さん・小林（職員）

    ご都合の悪い日があれば、6/28までにお知らせください。
    暑い日が続くので、みなさまどうぞ体調に気をつけてくださいね。

    """) + SIG_KOBAYASHI))

# ======================================================================= PASSES

add(mail(ORG, "tamura", "none", "pass", "benign.ill_request_isbn",
    "An interlibrary loan request with ISBNs and a 12-digit Yamato tracking number (which happens to pass the My Number check digit); no patron data.",
    TAMURA, [addr("千葉県立図書館 資料協力課", "kyoryoku@library.pref-chiba.example.lg.jp")],
    "相互貸借のお願いと返送のご連絡",
    t("""
    千葉県立図書館 資料協力課 御中

    いつもお世話になっております。みなと台市立中央図書館の田村です。

    1．借用のお願い
    　下記資料の借用をお願いいたします。

    　『房総の漁村と祭礼』　ISBN 978-4-00-000123-6
    　『近世港町の商人たち』 ISBN 978-4-00-000456-5
    　『千葉県の方言地図』　ISBN 978-4-00-000789-4

    2．返送のご連絡
    　5月にお借りした3冊を本日返送しました。
    　ヤマト運輸 伝票番号 4439-7421-4180（6月15日着予定）

    お手数をおかけしますが、よろしくお願いいたします。

    """) + SIG_TAMURA))

add(mail(ORG, "kobayashi", "none", "pass", "benign.author_event_press",
    "A press notice for an author's lecture naming the author and the mayor in their public roles.",
    KOBAYASHI, [addr("みなと台タイムス 編集部", "henshu@minatodai-times.example.co.jp")],
    "【掲載のお願い】夏休み 作家講演会「物語が生まれるところ」",
    t("""
    みなと台タイムス 編集部 御中

    いつもお世話になっております。中央図書館の小林です。
    8月の作家講演会について、市民向けのお知らせ欄への掲載をお願いできれば幸いです。

    　日時：2024年8月4日（日）14:00〜15:30
    　会場：中央図書館 2階 視聴覚ホール
    　講師：児童文学作家 早乙女 紬 さん
    　　　　（『ひみつのとしょかん』シリーズ、野間児童文芸賞受賞）
    　あいさつ：みなと台市長 大河内 誠一
    　対象：小学生と保護者 80名（申込先着順）
    　申込：7月10日から中央図書館カウンターまたは電話（047-0000-3320）

    講師の写真は出版社から使用許可をいただいています。必要でしたらお送りします。

    """) + SIG_KOBAYASHI))

add(mail(ORG, "ito", "none", "pass", "benign.historical_person_exhibit",
    "An exhibition loan request about a historical figure (an Edo-period surveyor); no living person's data.",
    ITO, [addr("みなと台市郷土博物館 学芸員 宮下様", "miyashita@minatodai-museum.example.lg.jp")],
    "企画展「伊能忠敬と房総の海岸線」資料借用のお願い",
    t("""
    郷土博物館
    宮下 学芸員

    お世話になっております。中央図書館 庶務係の伊藤です。
    秋の企画展「伊能忠敬と房総の海岸線」（10月1日〜11月30日）に向けて、
    貴館所蔵資料の借用をお願いしたく、ご連絡いたしました。

    　1．伊能図（房総部分）の複製　1点
    　2．測量に同行した地元名主 鈴木 新右衛門 の日記（写本）　1点
    　3．量程車（復元模型）　1点

    借用期間は9月20日〜12月5日を予定しております。
    正式な依頼文書は教育長名で後日お送りいたします。
    展示ケースの温湿度管理についても、一度ご相談させてください。

    """) + SIG_ITO))

add(mail(ORG, "ito", "none", "pass", "benign.system_outage_virus",
    "A library system outage and a quarantined virus on a public PC reported to the vendor; 障害・感染・隔離 in the IT sense.",
    ITO, [addr("株式会社ブックシステムズ 第二SE部 古川様", "furukawa@booksystems.example.co.jp")],
    cc=[TAMURA],
    subject="【障害】6/14 貸出処理の遅延と利用者用PCのウイルス検知について",
    text=t("""
    ブックシステムズ 古川様

    お世話になっております。中央図書館の伊藤です。
    本日発生した件について、2点ご報告とご確認のお願いです。

    1．貸出処理の遅延（障害）
    　10:20〜11:05の間、カウンター端末で貸出・返却処理に1件30秒以上かかる障害が
    　発生しました。現在は復旧していますが、原因の調査をお願いします。
    　（サーバ名 LIBAPP01、エラーコード E-3021）

    2．利用者用インターネットPCのウイルス検知
    　2階の利用者用PC（PC-OPAC-06）で、USBメモリ経由のウイルス感染が検知され、
    　ウイルス対策ソフトが該当ファイルを隔離しました。
    　念のため当該PCは利用停止にしています。再イメージ化の手配をお願いします。

    6/18（火）の開館までに対応いただけますと助かります。

    """) + SIG_ITO))

add(mail(ORG, "tamura", "none", "pass", "benign.reservation_ready_to_self",
    "A reservation pickup notice sent to the patron herself, with her own partly masked card number.",
    TAMURA, [addr("千葉 由美子 様", "yumiko.chiba.minato@outlook.com")],
    "Re: 予約の連絡が来ません",
    t("""
    千葉 由美子 様

    みなと台市立中央図書館の田村です。
    このたびは取り置きのご連絡が届かず、大変ご迷惑をおかけしました。
    システムの送信設定に不具合があったことが分かり、現在業者が修正しております。

    期限切れとなっていたご予約は、順番を1番に戻して再度お取り置きしました。

    　利用者番号：0211****81
    　資料名：『暮らしを整える小さな家事』
    　お取り置き期限：6月25日（火）まで
    　受取場所：中央図書館 1階カウンター

    ご来館の際は利用者カードをお持ちください。
    重ねてお詫び申し上げます。

    """) + SIG_TAMURA))

add(mail(ORG, "ito", "none", "pass", "benign.book_order_invoice",
    "A book-supply invoice query with the bookshop's corporate bank account.",
    ITO, [addr("株式会社みなと書房 外商部 中村様", "nakamura@minato-shobo.example.co.jp")],
    "Re: 5月分 図書納品の請求書について",
    t("""
    みなと書房 外商部
    中村様

    お世話になっております。中央図書館 庶務係の伊藤です。
    5月分の請求書、受領いたしました。

    　請求金額：1,284,560円（212冊、装備費込み）
    　支払予定：7月20日（市の支払日）
    　振込先：房総みなと銀行 本店営業部 普通 1029384 カ）ミナトショボウ

    なお、納品書No.2405-0318の『世界の鉄道図鑑』が2冊納品されていますが、
    発注は1冊でしたので、1冊は返品させてください。請求書の差し替えをお願いします。

    """) + SIG_ITO))

add(mail(ORG, "ito", "none", "pass", "benign.annual_statistics_aggregate",
    "Annual statistics for the prefectural library association, including disability-service figures only as aggregates.",
    ITO, [addr("千葉県図書館協会 事務局", "jimukyoku@chiba-lib-assoc.example.or.jp")],
    "令和5年度 図書館統計調査票の提出",
    t("""
    千葉県図書館協会 事務局 御中

    お世話になっております。みなと台市立中央図書館の伊藤です。
    令和5年度の統計調査票を提出いたします。主な数値は以下のとおりです。

    　登録者数：48,216人（うち児童 9,870人）
    　貸出冊数：612,405冊（前年比 +3.1%）
    　予約件数：98,331件
    　障害者サービス：登録者 41人、郵送貸出 1,208冊、対面朗読 96回
    　外国語資料：所蔵 3,420冊（ベトナム語・中国語・ポルトガル語を重点収集）
    　職員数：正規 14人（うち司書 11人）、会計年度任用 22人

    調査票の「その他」欄には、電子書籍の貸出実績（3,812件）を記載しています。

    """) + SIG_ITO,
    attachments=[att("図書館統計_令和5年度_みなと台市.xlsx", t("""
        項目,数値
        登録者数,48216
        貸出冊数,612405
        予約件数,98331
        障害者サービス登録者,41
        郵送貸出冊数,1208
        対面朗読回数,96
        電子書籍貸出,3812
    """))]))

add(mail(ORG, "ito", "none", "pass", "benign.religious_corporation_donor",
    "A thank-you letter to a 宗教法人 (a temple) for donating old documents; a corporate donor, not a person's belief.",
    ITO, [addr("宗教法人 海蔵寺 寺務所", "jimusho@kaizoji.example.or.jp")],
    "古文書ご寄贈への御礼",
    t("""
    宗教法人 海蔵寺
    ご住職 森田 宗玄 様
    寺務所 御中

    拝啓　青葉の候、ますますご清祥のこととお慶び申し上げます。
    みなと台市立中央図書館 庶務係の伊藤でございます。

    このたびは、貴寺に伝わる江戸期の村方文書（証文・宗門改帳の写し等 計48点）を
    当館の郷土資料としてご寄贈いただき、誠にありがとうございました。
    貴重な資料を市民の皆さまにご覧いただけるよう、目録を作成のうえ
    大切に保存してまいります。

    寄贈受領書は教育長名にて改めてお送りいたします。
    また、秋の企画展で一部を展示させていただく際には、改めてご相談に伺います。

    まずは略儀ながらメールにて御礼申し上げます。
    敬具

    """) + SIG_ITO))

add(mail(ORG, "kobayashi", "none", "pass", "benign.plain_zip_poster",
    "A plain zip of poster artwork sent to the printer; no personal data.",
    KOBAYASHI, [addr("株式会社房総印刷 制作部 高野様", "takano@boso-print.example.co.jp")],
    "夏休みイベントポスター 入稿データ",
    t("""
    房総印刷 高野様

    お世話になっております。中央図書館の小林です。
    夏休みイベントのポスター（B2・A4）の入稿データをお送りします。
    zipにまとめました（パスワードなしです）。

    　B2：50部、A4：300部
    　納品：7月3日（水）午前中、中央図書館 庶務係あて

    フォントはアウトライン化済みです。色校正は不要です。

    """) + SIG_KOBAYASHI,
    attachments=[att("夏休みイベントポスター_入稿.zip", t("""
        夏休みイベントポスター_入稿/
          poster_B2_outline.ai
          poster_A4_outline.ai
          poster_B2_preview.pdf
          images/illust_kujira.psd
          images/logo_library.eps
    """), "application/zip")]))

add(mail(ORG, "ito", "none", "pass", "benign.lecturer_own_fee_masked",
    "A fee notice sent to the lecturer himself with his account masked; the data subject is the recipient.",
    ITO, [addr("広瀬 敏夫 様", "t.hirose.kyodoshi@yahoo.co.jp")],
    "郷土史講座 講師謝礼のお支払いについて（ご確認）",
    t("""
    広瀬 敏夫 様

    いつもお世話になっております。みなと台市立中央図書館の伊藤でございます。
    7月6日の郷土史講座では、講師をお引き受けいただきありがとうございます。

    謝礼のお支払いについて、下記のとおりご確認をお願いいたします。

    　謝礼額：30,000円（源泉徴収税 3,063円を差し引き 26,937円をお振込み）
    　お支払い：共催団体（みなと台まちづくり研究会）より7月中
    　お振込先：房総みなと銀行 東町支店 普通 ****026（ご本人名義）

    お振込先に変更がございましたら、お知らせください。
    当日は13時30分に2階視聴覚ホールの控室へお越しくださいませ。

    """) + SIG_ITO))
