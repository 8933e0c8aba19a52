"""Org D: ソナーレ音楽院（株式会社ソナーレ・ミュージック）音楽教室・コンサート事業部.

Writers: yoshida (教室長, warm and polite), shimizu (concert management,
writes English to foreign agencies), kobayashi (事務局, short and practical).
"""
from common import (Org, addr, mynumber, luhn_complete, g4, att, pv, csv_text, jan13,
                    CT_CSV, CT_TXT, CT_DOCX, CT_PDF)

DOM = "sonare-music.example.co.jp"

WRITERS = {
    "yoshida": {
        "name": "吉田 真理子",
        "email": f"m.yoshida@{DOM}",
        "sig": f"""♪―――――――――――――――――――♪
ソナーレ音楽院 教室長　吉田 真理子
（株式会社ソナーレ・ミュージック 音楽教室事業部）
〒000-0000 北浜市中央区元町0-0-0 ソナーレビル3F
TEL 045-0000-8800　FAX 045-0000-8801
https://www.sonare-music.example.co.jp/school/
♪―――――――――――――――――――♪""",
    },
    "shimizu": {
        "name": "清水 亮",
        "email": f"r.shimizu@{DOM}",
        "sig": f"""--
清水 亮 / Ryo Shimizu
コンサート事業部 プロデューサー / Concert Management
Sonare Music Inc.
0-0-0 Motomachi, Chuo-ku, Kitahama 000-0000, Japan
Tel +81-45-0000-8810 / r.shimizu@{DOM}""",
    },
    "kobayashi": {
        "name": "小林 さくら",
        "email": f"s.kobayashi@{DOM}",
        "sig": f"""ソナーレ音楽院 事務局　小林 さくら
TEL 045-0000-8800（受付 10:00〜20:00／月曜休）
s.kobayashi@{DOM}""",
    },
}

HALL = addr("あおばの森ホール 事業課", "jigyo@aobanomori-hall.example.jp")
MUSE = addr("真鍋 ミューズ音楽教室代表", "daihyo@muse-ongaku.example.jp")
ANNA = addr("Anna Hofer", "anna.hofer@klangwerk.example.at")
ONO = addr("大野 千佳", "chika.ono.piano@gmail.com")


def build():
    o = Org("D", "ソナーレ音楽院 / コンサート事業部", DOM, WRITERS)
    S = o.sig

    # ------------------------------------------------------------ holds
    m1, m2, m3 = mynumber("52108834760"), mynumber("30915527408"), mynumber("68243109951")
    o.hold(
        "kobayashi", "body", "id.mynumber_lecturers",
        "支払調書作成のため外部講師3名のマイナンバーと住所を会計事務所に本文で送っている。",
        [addr("青葉会計事務所 田中", "tanaka@aoba-kaikei.example.jp")],
        "外部講師の支払調書作成について（個人番号のご連絡）",
        f"""青葉会計事務所
田中様

いつもお世話になっております。ソナーレ音楽院 事務局の小林です。
今年から契約した外部講師3名分について、支払調書の作成に必要な情報をお送りします。

1. 大野 千佳（ピアノ）
　個人番号：{m1}
　住所：北浜市港北区日吉台0-0-0 レジデンス日吉305
　2025年 支払見込額：1,284,000円
2. ホフマン 玲奈（ヴァイオリン）
　個人番号：{m2}
　住所：北浜市中央区山手町0-0-0
　2025年 支払見込額：736,000円
3. 久保 拓海（ギター）
　個人番号：{m3}
　住所：北浜市緑区長津田0-0-0-2
　2025年 支払見込額：452,500円

本人確認書類の写しは、事務所保管分をご来所時にご確認ください。
よろしくお願いいたします。

{S("kobayashi")}
""",
        personal=pv(("name", "大野 千佳"), ("mynumber", m1),
                    ("address", "北浜市港北区日吉台0-0-0 レジデンス日吉305"),
                    ("name", "ホフマン 玲奈"), ("mynumber", m2),
                    ("name", "久保 拓海"), ("mynumber", m3)),
    )

    o.hold(
        "yoshida", "body", "sensitive.disability",
        "発表会に出る児童の氏名と脳性まひ・聴覚過敏という障害の情報をホールに本文で伝えている。",
        [HALL], "12/21 発表会 出演者の介助・配慮についてのお願い",
        f"""あおばの森ホール 事業課
ご担当者様

いつもお世話になっております。ソナーレ音楽院の吉田です。
12月21日（日）の冬の発表会につきまして、出演者の介助についてご相談させてください。

出演者のうち、石田 結衣さん（小学6年、プログラム18番）は、脳性まひのため
車いすを使用しています。また聴覚過敏があり、大きな拍手や客席のざわめきが苦手です。

つきましては、
・下手側スロープの使用と、舞台袖での待機スペースの確保
・出演前後の客席照明を急に変えないこと
・楽屋は1階の多目的楽屋を使わせていただけないか
をお願いできますでしょうか。

ピアノ椅子への移乗は、お母様と当院講師の2名で行います。
当日のリハーサル時間に、一度動線を確認させていただけますと幸いです。

{S("yoshida")}
""",
        personal=pv(("name", "石田 結衣"), ("disability", "脳性まひ"),
                    ("disability", "聴覚過敏")),
    )

    card = luhn_complete("498022001357246")
    o.hold(
        "kobayashi", "body", "id.card_number",
        "電話予約の顧客の氏名・電話番号とクレジットカード番号全桁・有効期限をチケット会社に本文で送っている。",
        [addr("チケットライン 決済サポート", "support@ticketline.example.co.jp")],
        "電話予約分のカード決済処理のお願い（12/5公演）",
        f"""チケットライン株式会社
決済サポート ご担当者様

お世話になっております。ソナーレ・ミュージックの小林です。
電話でご予約いただいたお客様について、カード決済の代行処理をお願いします。

公演：12月5日（金）19:00 Klangwerk Trio 北浜公演（あおばの森ホール）
お客様：中山 久美子 様
電話：090-0000-2291
カード番号：{g4(card)}
有効期限：08/28
枚数：S席 2枚（6,500円×2＝13,000円）

セキュリティコードは、お手数ですがお客様に直接お電話で確認をお願いします。
チケットは窓口引取りです。

{S("kobayashi")}
""",
        personal=pv(("name", "中山 久美子"), ("phone", "090-0000-2291"),
                    ("card_number", g4(card)), ("card_expiry", "08/28")),
    )

    entry = csv_text(
        ["部門", "氏名", "ふりがな", "学年", "生年月日", "学校名", "保護者氏名", "保護者携帯", "演奏曲"],
        [["小学低学年", "田中 陽菜", "たなか ひな", "小2", "2017-06-03", "北浜市立元町小", "田中 聡美", "090-0000-1123", "ブルグミュラー 貴婦人の乗馬"],
         ["小学低学年", "佐藤 蓮", "さとう れん", "小3", "2016-09-21", "北浜市立山手小", "佐藤 大介", "080-0000-4562", "ギロック 雨の日のフィーリング"],
         ["小学高学年", "山本 葵", "やまもと あおい", "小5", "2014-11-11", "聖マリア学園初等部", "山本 千尋", "090-0000-7781", "ショパン ワルツ 第7番"],
         ["小学高学年", "石田 結衣", "いしだ ゆい", "小6", "2013-04-29", "北浜市立緑が丘小", "石田 恵", "070-0000-9935", "ドビュッシー アラベスク 第1番"],
         ["中学生", "近藤 悠人", "こんどう ゆうと", "中2", "2011-08-15", "北浜市立港中", "近藤 理沙", "090-0000-3307", "ベートーヴェン ソナタ 第8番 第3楽章"]])
    o.hold(
        "yoshida", "attachment", "list.student_roster",
        "添付CSVに生徒5名の氏名・生年月日・学校・保護者氏名と携帯番号が並んでいる。",
        [addr("ジュニア・ピアノフェスタ 事務局", "entry@junior-pianofesta.example.org")],
        "第18回ジュニア・ピアノフェスタ 団体申込（ソナーレ音楽院）",
        f"""ジュニア・ピアノフェスタ実行委員会
事務局 御中

お世話になっております。ソナーレ音楽院の吉田です。
第18回ジュニア・ピアノフェスタに、当院から5名が団体で申し込みます。
参加者一覧を添付いたしますので、ご確認をお願いいたします。

参加費（5名分 42,500円）は、本日貴会の口座へ振り込みました。
振込名義は「カ）ソナーレミュージック」です。

{S("yoshida")}
""",
        attachments=[att("参加者一覧_ソナーレ音楽院.csv", CT_CSV, entry)],
        personal=pv(("name", "田中 陽菜"), ("birthdate", "2017-06-03"),
                    ("name", "山本 葵"), ("phone", "090-0000-7781"), ("name", "近藤 悠人")),
    )

    o.hold(
        "yoshida", "attachment", "personal.resume",
        "添付の履歴書に講師の氏名・生年月日・住所・電話・家族構成などが含まれ、提携先の教室に送っている。",
        [MUSE], "講師派遣のご相談（ヴァイオリン講師）",
        f"""ミューズ音楽教室
代表 真鍋様

いつもお世話になっております。ソナーレ音楽院の吉田です。
先日ご相談いただいた、土曜午前のヴァイオリンクラスの講師派遣の件です。
当院で候補となる講師1名の履歴書を添付いたします。

ご本人は来年1月から土曜午前が空く予定で、まずは月2回からの
スタートを希望しています。ご検討のほどよろしくお願いいたします。

{S("yoshida")}
""",
        attachments=[att("履歴書_候補講師.docx", CT_DOCX, """履　歴　書　　2025年10月20日現在

氏名：ホフマン 玲奈（ほふまん れな）
生年月日：1993年2月8日（32歳）　女
現住所：〒000-0000 北浜市中央区山手町0-0-0
電話：080-0000-6641　メール：rena.hoffmann.vn@gmail.com

学歴
2011年3月　北浜女子高等学校 音楽科 卒業
2015年3月　東都音楽大学 器楽学科 ヴァイオリン専攻 卒業
2017年7月　ウィーン市立音楽院 修士課程 修了

職歴
2017年9月〜2022年3月　オーケストラ・フィルハーモニア北浜 第2ヴァイオリン（契約団員）
2022年4月〜現在　ソナーレ音楽院 講師（業務委託）

資格：中学校・高等学校教諭一種免許状（音楽）
家族：配偶者あり（ドイツ国籍）、子1人（3歳）
通勤時間：約30分　扶養家族数：1人
本人希望：保育園の送迎のため、平日は17時までの勤務を希望
""")],
        personal=pv(("name", "ホフマン 玲奈"), ("birthdate", "1993年2月8日"),
                    ("address", "北浜市中央区山手町0-0-0"), ("phone", "080-0000-6641"),
                    ("email", "rena.hoffmann.vn@gmail.com"),
                    ("family", "配偶者あり（ドイツ国籍）、子1人（3歳）")),
    )

    o.hold(
        "shimizu", "quoted", "id.passport",
        "Forwarded rooming list carries three artists' passport numbers and dates of birth, sent on to the hotel.",
        [addr("Hotel Bayside Kitahama Reservations", "reservations@bayside-kitahama.example.jp")],
        "FW: Rooming list - Klangwerk Trio, December 2025 (ref. SNR-1205)",
        f"""Dear Reservations Team,

Please find below the rooming list we received from the artists'
management for our group booking (ref. SNR-1205, 3 single rooms,
4-7 December). Kindly prepare the registration cards in advance so that
check-in after the rehearsal on 4 December goes smoothly.

The invoice should be addressed to Sonare Music Inc. as before.

Best regards,
Ryo Shimizu

{S("shimizu")}

-----Original Message-----
From: Anna Hofer <anna.hofer@klangwerk.example.at>
Sent: Friday, October 24, 2025 5:31 PM
To: Ryo Shimizu <r.shimizu@{DOM}>
Subject: Rooming list - Klangwerk Trio

Dear Ryo,

As requested, here is the rooming list for the hotel in Kitahama:

1. Elena NOVAK (violin) - DOB 18 Apr 1991 - Czech passport No. 40000712, exp. 02/2030
2. Tomas BERGER (cello) - DOB 3 Nov 1987 - Austrian passport No. P0001234, exp. 07/2029
3. Lukas WEISS (piano) - DOB 27 Jan 1993 - Austrian passport No. P0005678, exp. 11/2031

Elena would prefer a non-smoking room on a high floor, if possible.

Best wishes,
Anna Hofer
Klangwerk Artists GmbH, Vienna
""",
        personal=pv(("name", "Elena NOVAK"), ("birthdate", "18 Apr 1991"),
                    ("passport", "40000712"), ("name", "Tomas BERGER"),
                    ("passport", "P0001234"), ("passport", "P0005678")),
    )

    o.hold(
        "yoshida", "quoted", "sensitive.disability",
        "転送部分に子どもの氏名・自閉スペクトラム症の診断・住所・電話が含まれ、外部の個人講師に転送している。",
        [ONO], "Fw: 体験レッスンの申し込み（ピアノ）",
        f"""大野先生

いつもありがとうございます。吉田です。
下記の保護者様から体験レッスンのお申し込みがありました。
先生の土曜枠でお受けいただけそうでしたら、保護者様へ直接ご連絡いただけますか。

{S("yoshida")}

---------- Forwarded message ---------
From: 川口 美沙 <misa.kawaguchi@yahoo.co.jp>
Date: 2025年10月25日(土) 16:02
Subject: 体験レッスンの申し込み（ピアノ）
To: <info@{DOM}>

ソナーレ音楽院 御中

はじめまして。息子（川口 蒼、7歳・小学1年）のピアノ体験レッスンを希望します。
息子は自閉スペクトラム症の診断を受けており、療育センターに週1回通っています。
大きな音や初対面の人が苦手ですが、音楽はとても好きで、耳で聞いた曲を
おもちゃのキーボードで弾いています。
先生にご理解いただける教室を探しています。

住所：北浜市緑区霧が丘0-0-0
電話：080-0000-3326（平日16時以降）

川口 美沙
""",
        personal=pv(("name", "川口 蒼"), ("diagnosis", "自閉スペクトラム症"),
                    ("address", "北浜市緑区霧が丘0-0-0"), ("phone", "080-0000-3326")),
    )

    o.hold(
        "kobayashi", "subject", "list.scores",
        "件名に生徒3名の氏名とコンクール予選の点数が並んでおり、外部の教室に送っている（本文には記載なし）。",
        [MUSE], "予選結果のご報告：田中 陽菜 72点／佐藤 蓮 68点／山本 葵 81点",
        f"""ミューズ音楽教室
代表 真鍋様

いつもお世話になっております。ソナーレ音楽院の小林です。
合同でエントリーした生徒3名の予選結果が事務局から届きましたので、
件名のとおりご報告いたします。
本選進出ラインは75点とのことです。

講評シートは、来週の合同レッスンの際にお渡しします。
本選の伴奏合わせの日程は、吉田から改めてご連絡いたします。

{S("kobayashi")}
""",
        personal=pv(("score", "田中 陽菜 72点"), ("score", "佐藤 蓮 68点"),
                    ("score", "山本 葵 81点")),
    )

    furikae = csv_text(
        ["顧客番号", "預金者名カナ", "銀行コード", "支店コード", "預金種目", "口座番号", "引落金額", "摘要"],
        [["S-10231", "タナカ サトミ", "0000", "101", "1", "0001234", 9900, "ピアノ個人"],
         ["S-10245", "サトウ ダイスケ", "0000", "215", "1", "0005678", 9900, "ピアノ個人"],
         ["S-10302", "イシダ メグミ", "0000", "330", "1", "0009012", 13200, "ピアノ個人+ソルフェージュ"],
         ["S-10318", "コンドウ リサ", "0000", "101", "1", "0003456", 11000, "ピアノ個人"],
         ["S-10322", "カワグチ ミサ", "0000", "412", "1", "0007890", 7700, "リトミック"],
         ["S-10330", "ヤマモト チヒロ", "0000", "108", "2", "0002468", 9900, "ピアノ個人"]])
    o.hold(
        "kobayashi", "zip", "id.bank_account_direct_debit",
        "パスワードなしZIPの中のCSVに保護者6名の氏名と口座振替用の口座番号が並んでいる。",
        [addr("ペイフロー 収納代行 データ受付", "data@payflow.example.co.jp")],
        "11月分 口座振替依頼データ（新規・変更分）の送付",
        f"""株式会社ペイフロー
収納代行 データ受付ご担当者様

いつもお世話になっております。ソナーレ・ミュージックの小林です。
11月分の口座振替依頼データのうち、新規・変更分（6件）をZIPでお送りします。
既存分は通常どおりシステムから連携済みです。

引落日は11月27日でお願いいたします。

{S("kobayashi")}
""",
        attachments=[att("furikae_202511_add.zip/furikae_202511_add.csv", CT_CSV, furikae)],
        personal=pv(("account_holder", "タナカ サトミ"), ("bank_account", "0001234"),
                    ("account_holder", "イシダ メグミ"), ("bank_account", "0009012"),
                    ("account_holder", "カワグチ ミサ")),
    )

    parents = [
        addr("田中 聡美", "satomi.tanaka.0603@gmail.com"),
        addr("佐藤 大介", "daisuke_sato@yahoo.co.jp"),
        addr("山本 千尋", "chihiro.yamamoto@outlook.com"),
        addr("石田 恵", "megumi.ishida29@gmail.com"),
        addr("近藤 理沙", "risa.kondo@yahoo.co.jp"),
        addr("川口 美沙", "misa.kawaguchi@yahoo.co.jp"),
        addr("松下 直子", "naoko.matsushita@gmail.com"),
        addr("高橋 亜矢", "aya-takahashi@outlook.com"),
        addr("ウィルソン 由香", "yuka.wilson@gmail.com"),
        addr("中西 潤", "jun.nakanishi@yahoo.co.jp"),
        addr("岡村 早紀", "saki.okamura.piano@gmail.com"),
        addr("渡部 千里", "chisato.watabe@outlook.com"),
        addr("原口 瞳", "hitomi.haraguchi@gmail.com"),
        addr("柴田 智子", "tomoko-shibata@yahoo.co.jp"),
        addr("三宅 美帆", "miho.miyake@gmail.com"),
    ]
    o.hold(
        "yoshida", "recipients", "recipients.visible_parents",
        "保護者15名の私用アドレスがToに並んで互いに見えており、BCCにすべきだった。",
        parents, "冬の発表会（12月21日）のご案内とリハーサル日程",
        f"""保護者の皆様

いつもソナーレ音楽院をご利用いただき、ありがとうございます。
教室長の吉田です。冬の発表会の詳細が決まりましたのでご案内いたします。

日時：2025年12月21日（日）13:00開演（12:15開場）
会場：あおばの森ホール 小ホール
リハーサル：12月14日（日）10:00〜16:00 ソナーレビル3F レッスン室A
　　　　　　（お一人10分、時間割は来週お渡しします）
服装：自由（靴はペダルが踏みやすいものでお願いします）
入場：無料（ご家族・ご友人もどうぞ）

プログラム順は、12月1日までにレッスン時にお知らせします。
ご不明な点は、担当講師または事務局（045-0000-8800）までお問い合わせください。

{S("yoshida")}
""",
    )

    # ------------------------------------------------------------ passes
    o.ok(
        "kobayashi", "benign.self_fee_notice",
        "講師本人に本人の報酬額を知らせるメールで、振込口座も下3桁以外マスクされている。",
        [ONO], "10月分 講師報酬のお知らせ",
        f"""大野先生

いつもありがとうございます。事務局の小林です。
10月分の講師報酬が確定しましたのでお知らせします。

レッスン：個人レッスン 32コマ（30分×28、45分×4）
発表会リハーサル立会い：1回
報酬額：107,000円
源泉徴収税額：10,926円
お振込額：96,074円
振込予定日：11月10日（月）
振込先：ご登録口座（北浜中央銀行 ****支店 普通 ****305）

内容に誤りがございましたら、11月5日までに事務局までお知らせください。

{S("kobayashi")}
""",
    )

    o.ok(
        "shimizu", "benign.swift_invoice",
        "Payment notice to the artists' agency with the agency's corporate IBAN/BIC; no private person's account.",
        [ANNA], "RE: Invoice KW-2025-118 - Japan tour fee",
        f"""Dear Anna,

Thank you for invoice KW-2025-118. We will remit the artist fee for the
Kitahama concert on 5 December to your company account as follows:

  Beneficiary : Klangwerk Artists GmbH
  Bank        : Donau Kreditbank AG, Vienna
  IBAN        : AT48 0000 0000 4567 8901
  BIC         : DKBAATWW
  Amount      : EUR 18,500.00 less Japanese withholding tax (see below)

As discussed, Japanese withholding tax of 20.42% applies unless we receive
the treaty application form (Form 3) and the residence certificates for
the company before the payment date. Please send them by 20 November.

Payment will be made on 15 December.

Best regards,
Ryo

{S("shimizu")}
""",
    )

    o.ok(
        "yoshida", "benign.public_figure",
        "チラシ校正の依頼で、登場するのは歴史上の作曲家と公人である市長のみ。",
        [addr("北浜プリント デザイン担当", "design@kitahama-print.example.co.jp")],
        "「第九の夕べ」チラシ 第2校のご確認",
        f"""株式会社北浜プリント
デザイン担当 様

お世話になっております。ソナーレ音楽院の吉田です。
「ベートーヴェン 第九の夕べ」チラシ第2校、拝見しました。以下の修正をお願いします。

1. 表面タイトル下：「ルートヴィヒ・ヴァン・ベートーヴェン（1770-1827）」の生没年を追加
2. 歌詞の引用：「フリードリヒ・シラー『歓喜に寄す』より」と出典を明記
3. 裏面「ご挨拶」：北浜市長 西田 康弘 氏のご挨拶文は、市の広報課から届いた最新版に差し替え
   （本日別便でお送りします）
4. 後援：「北浜市」「北浜市教育委員会」の順に並べ替え
5. 合唱指導：滝沢 由紀子（ソナーレ音楽院 声楽講師）のお名前の「沢」は旧字ではなく新字で

第3校は11月4日（火）までにいただけますと助かります。

{S("yoshida")}
""",
    )

    o.ok(
        "kobayashi", "benign.product_names",
        "人名に見えるカタカナの商品名と名字を含む会社名による備品発注で、個人の情報ではない。",
        [addr("松岡ピアノ 営業部", "eigyo@matsuoka-piano.example.co.jp")],
        "教室用備品の発注について",
        f"""株式会社松岡ピアノ
営業部 松岡様

いつもお世話になっております。ソナーレ音楽院 事務局の小林です。
お見積りいただいた備品について、下記のとおり発注いたします。

・電子ピアノ「クララ」CL-330（ローズウッド調）　2台
・メトロノーム「ハンナ」HN-10（ホワイト）　5個
・譜面台「エミリー」折りたたみ式　6台
・高低自在椅子「アンナ」AN-55　2脚
・ヘッドホン「ソフィア」SF-2　8個

納品先：ソナーレビル3F レッスン室B
納品希望日：11月15日（土）午前（土曜は9:30から搬入可能です）

請求書は月末締めでお願いいたします。

{S("kobayashi")}
""",
    )

    jans = [jan13("491234500101"), jan13("491234500217")]
    o.ok(
        "kobayashi", "benign.serial_jan",
        "ピアノの製造番号と楽譜のJANコードを伝える調律依頼で、個人の番号ではない。",
        [addr("北浜ピアノサービス 調律受付", "chouritsu@kh-piano-service.example.jp")],
        "12月の定期調律のお願い（教室ピアノ6台）",
        f"""北浜ピアノサービス
調律受付 ご担当者様

いつもお世話になっております。ソナーレ音楽院の小林です。
12月の定期調律を、例年どおりお願いいたします。

対象ピアノ（製造番号）
　レッスン室A　グランド G2　No. 6123456
　レッスン室B　アップライト U3H　No. 4870231
　レッスン室C　アップライト UX　No. 5311092
　レッスン室D　アップライト U1　No. 3902874
　アンサンブル室　グランド C3　No. 6398015
　ホワイエ　電子ピアノ（調律不要・動作点検のみ）　S/N EP0021554

希望日：12月8日（月）終日（教室休講日）

あわせて、店頭でご紹介いただいた教材を各2冊お願いします。
　「はじめてのバッハ」JAN {jans[0]}
　「こどものハノン」JAN {jans[1]}

{S("kobayashi")}
""",
    )

    o.ok(
        "shimizu", "benign.meeting",
        "ホールとの舞台打合せの日程調整で、担当者名と署名のみ。",
        [HALL], "Re: 12/5 Klangwerk Trio 公演 舞台打合せの日程",
        f"""あおばの森ホール 事業課
舞台担当 杉山様

ソナーレ・ミュージックの清水です。ご調整ありがとうございます。
それでは11月13日（木）15:00〜、ホール2階の会議室で伺います。
弊社からは私と、舞台監督の外部スタッフ（ステージワークス北浜 岩田様）の2名です。

当日は以下を持参します。
・ステージプラン（ピアノ位置、ヴァイオリン・チェロの椅子配置）
・照明の希望（暗転なし、地明かりのみ）
・録音用マイク設置の可否（ホール所有機材の利用希望）

よろしくお願いいたします。

{S("shimizu")}

> 清水様
> お世話になっております。あおばの森ホールの杉山です。
> 舞台打合せの候補日として、11月12日（水）10:00、13日（木）15:00を
> ご提案いたします。
> あおばの森ホール 事業課 舞台担当 杉山 隆之
> TEL 045-0000-9300
""",
    )

    o.ok(
        "yoshida", "benign.it_outage",
        "予約システムの「障害」についてのお詫びで、講師はBCCで送られ、外部アドレスは見えない。",
        [addr("ソナーレ音楽院 事務局", f"office@{DOM}")],
        "【お詫び】レッスン予約システムの障害について",
        f"""講師の皆様

いつもありがとうございます。教室長の吉田です。
10月29日（水）18時頃から約3時間、レッスン予約システムに障害が発生し、
振替レッスンの予約・キャンセルができない状態になっておりました。
現在は復旧しています。

障害の間にお受けになった振替の依頼は、事務局で手入力しましたので、
ご自身のスケジュール画面でご確認ください。
ご迷惑をおかけして申し訳ありません。

原因はシステム会社のサーバー更新作業によるもので、今後は事前に
お知らせいただくよう申し入れました。

{S("yoshida")}
""",
        bcc=[ONO, addr("ホフマン 玲奈", "rena.hoffmann.vn@gmail.com"),
             addr("久保 拓海", "takumi.kubo.guitar@outlook.com"),
             addr("滝沢 由紀子", "yukiko.takizawa@yahoo.co.jp")],
    )

    o.ok(
        "kobayashi", "benign.masked_card",
        "チケット払い戻し完了をお客様本人に知らせるメールで、カード番号は下4桁以外マスク。",
        [addr("小西 理恵", "rie.konishi@yahoo.co.jp")],
        "チケット払い戻し完了のお知らせ（受付番号 SNR-T-20251031-0047）",
        f"""小西 理恵 様

このたびはソナーレ・ミュージック主催公演をご予約いただき、ありがとうございました。
ご依頼のあった払い戻しの手続きが完了しましたのでお知らせいたします。

受付番号：SNR-T-20251031-0047
公演：11月16日（日）14:00 ロビーコンサート「秋のセレナーデ」
払い戻し額：7,000円（一般席 2枚）
ご利用カード：VISA **** **** **** 5542
払い戻し方法：ご利用カードへの返金（カード会社により1〜2か月後の明細に反映）

またのご来場を心よりお待ちしております。

{S("kobayashi")}
""",
    )

    hall3 = [HALL, addr("杉山 隆之", "sugiyama@aobanomori-hall.example.jp"),
             addr("あおばの森ホール 音響 宮田", "onkyo@aobanomori-hall.example.jp")]
    o.ok(
        "shimizu", "benign.project_thread",
        "ホールと自社の計6名・2団体の制作進行連絡で、外部宛先は10件以下。",
        hall3, "12/5 Klangwerk Trio 公演 制作進行表（v3）",
        f"""あおばの森ホール
事業課・舞台担当・音響ご担当の皆様

（CC：弊社 吉田、小林、経理 森）

ソナーレ・ミュージックの清水です。
制作進行表を v3 に更新しましたので共有します。

主な変更点
・12/4（木）仕込み開始を 13:00 → 14:00 に変更（アーティスト到着遅延のため）
・12/5（金）ゲネプロ 15:00〜16:30、開場 18:20、開演 19:00
・終演後のサイン会はホワイエ（長机2台、椅子3脚をお借りしたいです）
・物販の売上精算は 21:30 に事務所で行います

チケット販売状況：S席 92%、A席 71%（10/31 時点）

ご確認のほどよろしくお願いいたします。

{S("shimizu")}
""",
        cc=[addr("吉田 真理子", f"m.yoshida@{DOM}"), addr("小林 さくら", f"s.kobayashi@{DOM}"),
            addr("森 経理", f"keiri@{DOM}")],
    )

    o.ok(
        "shimizu", "benign.dev_minutes_test_card",
        "開発定例の議事録で、カード番号はテスト環境用のテストカードであり実在の顧客のものではない。",
        [addr("ネクストステージ 開発担当 原", "hara@nextstage-dev.example.co.jp"),
         addr("ネクストステージ PM 宮本", "miyamoto@nextstage-dev.example.co.jp")],
        "新チケット販売サイト 開発定例（第7回）議事録",
        f"""株式会社ネクストステージ
原様、宮本様

ソナーレ・ミュージックの清水です。本日の定例の議事録を送ります。

――――――――――――――――
新チケット販売サイト 開発定例（第7回）
日時：2025年10月30日（木）16:00〜17:00（オンライン）
出席：ネクストステージ 宮本（PM）、原（開発）／ソナーレ 清水、小林
1. 決済テスト
   ・ステージング環境にて、テスト用カード番号 4111 1111 1111 1111
     （有効期限 12/30、CVC 123）で与信・売上確定・取消の各パターンを確認。全件OK。
   ・3Dセキュア2.0のチャレンジ画面は、テストカード 4000 0000 0000 3220 で確認予定。
2. 座席選択UI：車いす席の表示アイコンを追加（ホールの指定に合わせる）
3. 本番切替：12月1日（月）10:00 予定。前日にDNS切替のリハーサル。
4. 次回：11月6日（木）16:00
――――――――――――――――

本番環境では実カードでの少額テストを1回だけ行い、すぐ取消す方針です。

{S("shimizu")}
""",
        cc=[addr("小林 さくら", f"s.kobayashi@{DOM}")],
    )
    return o
