"""Org C: 株式会社北斗日報社 編集局 (regional newspaper editorial office)."""
from common import (Writer, mail, att, enc_zip, csv_text, quote, luhn_complete, spaced4,
                    yamato, yamato_also_mynumber, dashed_tracking)

ORG = "C"
DOMAIN = "hokuto-nippo.example.co.jp"

KURODA = Writer("kuroda", "黒田 聡 <kuroda.s@hokuto-nippo.example.co.jp>", """
――――――――――――――――――――――――
北斗日報社 編集局 社会部 デスク
黒田 聡（くろだ さとし）
〒310-0000 茨城県水沼市大町2-4-1
TEL 029-0000-3105（社会部）　FAX 029-0000-3199
――――――――――――――――――――――――
""")

MORIKAWA = Writer("morikawa", "森川 あずさ <morikawa.a@hokuto-nippo.example.co.jp>", """
------------------------------
北斗日報 地域報道部（県北総局）
記者　森川 あずさ
携帯 090-0000-7314
------------------------------
""")

FUJII = Writer("fujii", "北斗日報 読者センター 藤井 <dokusha@hokuto-nippo.example.co.jp>", """
□■□■□■□■□■□■□■□■□■□■□■□■□■
株式会社北斗日報社 編集局 読者センター
藤井 啓介（ふじい けいすけ）
〒310-0000 茨城県水沼市大町2-4-1
読者センター直通 029-0000-3300（平日 9:30～18:00）
https://www.hokuto-nippo.example.co.jp/
□■□■□■□■□■□■□■□■□■□■□■□■□■
【ご注意】このメールに含まれる情報は、宛先の方のみを対象としています。
内容の全部または一部を無断で転載・転送することを禁じます。
""")


def mails():
    out = []
    add = out.append
    card = luhn_complete("524011873362904")

    # ------------------------------------------------------------ HOLDS
    # body 1: crime victim details to a freelance photographer
    add(mail(ORG, MORIKAWA, "hold", "sensitive.crime_victim",
             "A crime victim's name, age, home address and injuries are sent to a freelance photographer.",
             "body",
             ["椎名 克也 <k.shiina.photo@gmail.com>"],
             "明日の撮影（大宮町の強盗傷害事件）",
             f"""
椎名さん

お疲れさまです。北斗日報 県北総局の森川です。
明日の撮影の件、段取りをお送りします。

被害者の方の取材、ご家族経由でOKが出ました。
　被害者：小田切 ハル さん（81）
　自宅：常陸大宮町上野2218-4（県道沿い、青いトタン屋根の平屋）
　事件：11月8日深夜、男2人が押し入り現金約40万円を奪った。
　　　　小田切さんは顔と腕を殴られ、右手首骨折・全治2か月。
　　　　まだ腕を吊っているので、撮影は座ったままでお願いします。
長男の小田切 保さん（携帯 080-0000-5129）が立ち会います。10時に現地集合で。

顔は出さない約束です。手元と家の外観、壊された勝手口を中心にお願いします。

{MORIKAWA.sig}
""",
             personal=[("name", "小田切 ハル"), ("address", "常陸大宮町上野2218-4"),
                       ("crime_victim", "右手首骨折"), ("phone", "080-0000-5129")]))

    # body 2: juvenile suspect details to the paper's outside counsel
    add(mail(ORG, KURODA, "hold", "sensitive.juvenile_proceedings",
             "A 17-year-old suspect's real name, school and family-court referral are sent to outside counsel.",
             "body",
             ["弁護士 篠原 隆（篠原・三枝法律事務所） <shinohara@shinohara-law.example.jp>"],
             "【ご相談】少年事件の報道について（本日中にご助言いただけますと幸いです）",
             f"""
篠原先生

いつもお世話になっております。北斗日報 社会部の黒田です。
急ぎのご相談で失礼します。

11月2日に水沼市で起きた中学生への集団暴行事件で、県警は本日、
水沼第一高校2年の 江口 蒼真（17）＝水沼市千波町＝ら3人を傷害容疑で送検しました。
江口は中学時代にも恐喝で補導歴があり、今回が2回目の家裁送致になる見込みです。
父親は市内で不動産会社を経営しており、地元ではかなり知られています。

ネット上では既に実名と顔写真が出回っていますが、当社は少年法61条に沿って
匿名で報じる方針です。ただ、「父親が経営する会社」の記載や学校名の扱いについて、
推知報道に当たるかどうかご意見をいただけますでしょうか。

夕刊の締切が15時30分です。お電話（029-0000-3105）でも構いません。

{KURODA.sig}
""",
             personal=[("name", "江口 蒼真"), ("juvenile_record", "恐喝で補導歴"),
                       ("criminal_proceedings", "家裁送致")]))

    # body 3: subscriber's card number to a delivery agent
    add(mail(ORG, FUJII, "hold", "id.card_number",
             "A subscriber's full credit-card number, expiry and contact details are passed to the delivery agency.",
             "body",
             ["北斗日報 水沼南販売所 <minamihanbai@hokuto-hanbai.example.co.jp>"],
             "購読申込（カード払い）の件",
             f"""
水沼南販売所 所長 大場様

お世話になっております。読者センターの藤井です。
本日、電話で購読のお申込みがありました。配達開始の手配をお願いします。
カード払い希望ですが、販売所の端末で登録されるとのことでしたので、下記に記載します。

　お名前：井上 直子 様
　ご住所：水沼市見川3-16-22 コーポ見川201
　電話　：029-0000-8817
　開始日：12月1日（朝刊のみ）
　カード：{spaced4(card)}（有効期限 08/28）
　名義　：NAOKO INOUE

入力が済みましたら、お手数ですが本メールは削除をお願いします。

{FUJII.sig}
""",
             personal=[("name", "井上 直子"), ("card_number", spaced4(card)),
                       ("address", "水沼市見川3-16-22 コーポ見川201"), ("phone", "029-0000-8817")]))

    # attachment 1: prize winners CSV to a shipping agency
    winners = [
        ("A賞", "茨城牛 すき焼き用 500g", "佐々木 重信", "319-0000", "茨城県常陸大宮町下村田1420", "0295-0000-1183", ""),
        ("A賞", "茨城牛 すき焼き用 500g", "根本 文子", "310-0000", "茨城県水沼市河和田1-22-8", "029-0000-4471", "090-0000-8825"),
        ("B賞", "干し芋詰め合わせ", "菅谷 祐介", "311-0000", "茨城県那珂川町後台3015-2", "", "080-0000-3390"),
        ("B賞", "干し芋詰め合わせ", "飯島 良江", "312-0000", "茨城県ひたちなか台5-7-13", "029-0000-6012", ""),
        ("B賞", "干し芋詰め合わせ", "会沢 勇", "310-0000", "茨城県水沼市見和2-301-5", "029-0000-2285", "090-0000-4017"),
        ("C賞", "図書カード 3,000円", "小松崎 亜美", "319-0000", "茨城県高萩台本町4-9-1", "", "070-0000-6658"),
    ]
    add(mail(ORG, FUJII, "hold", "list.prize_winners",
             "The attached list gives prize winners' names, addresses and phone numbers to the shipping agency.",
             "attachment",
             ["株式会社みとロジ 発送代行チーム <hassou@mito-logi.example.co.jp>"],
             "読者プレゼント（11月第3週）発送リスト",
             f"""
みとロジ 発送代行チーム 御中

いつもお世話になっております。北斗日報 読者センターの藤井です。
11月第3週の「週末ちょっといい話」読者プレゼント当選者のリストを添付します。
A賞（茨城牛）はクール便でお願いします。発送は11/25（火）着指定でお願いします。
完了後、送り状番号を一覧でお送りいただけますと助かります。

{FUJII.sig}
""",
             attachments=[att("present_1118_hassou.csv",
                              csv_text(["賞", "賞品", "氏名", "郵便番号", "住所", "電話", "携帯"], winners))],
             personal=[("name", "根本 文子"), ("address", "茨城県水沼市河和田1-22-8"), ("phone", "029-0000-4471"),
                       ("name", "会沢 勇"), ("phone", "090-0000-4017")]))

    # attachment 2: whistle-blower's interview memo to a TV partner
    add(mail(ORG, MORIKAWA, "hold", "personal.source_profile",
             "The attached interview memo identifies a confidential source by name, phone, workplace and allegations for a partner outlet.",
             "attachment",
             ["茨城テレビ放送 報道部 柳田様 <yanagida@ibaraki-tv.example.co.jp>"],
             "合同取材の件（メモ共有）",
             f"""
茨城テレビ放送 報道部
柳田さん

お世話になっております。北斗日報の森川です。
先日お話しした合同取材の件、これまでの取材メモを共有します。
来週の打合せまでに目を通していただければ。
取材源の扱いについては、打合せの場で改めて相談させてください。

{MORIKAWA.sig}
""",
             attachments=[att("取材メモ_県北産廃_1117.docx", """
取材メモ（県北 産廃不法投棄疑惑）　作成：森川　2025/11/17

■情報提供者
氏名：平山 正人（46）
勤務先：有限会社北茨クリーン 収集運搬部 主任（勤続12年）
連絡先：携帯 090-0000-2846 ／ 自宅 常陸大宮町小祝827-3
接触方法：本人希望により携帯のショートメールのみ。会社には絶対に知られたくないとのこと。

■証言内容
・2023年頃から、社長の指示で夜間に建設廃材を大宮町鷲子の私有地（山林）に投棄。月に4～5回。
・マニフェストは別の処分場に運んだことにして偽装。実際の記録は平山氏が個人的にスマホで撮影保管。
・本人は「自分も関与しているので逮捕されるかもしれない」と強い不安。弁護士は未相談。

■裏付け
・現地（鷲子）は11/15撮影済み。ドローン映像あり。
・県廃棄物対策課には未取材。
""")],
             personal=[("name", "平山 正人"), ("phone", "090-0000-2846"), ("address", "常陸大宮町小祝827-3")]))

    # quoted 1: reader letter forwarded to the company criticised
    letter = """
-------- Original Message --------
件名: ご意見（11/15朝刊 路線バス減便の記事について）
日付: 2025/11/15 07:48
差出人: 坂本 俊夫 <toshio.sakamoto1951@outlook.com>
宛先: dokusha@hokuto-nippo.example.co.jp

北斗日報 読者センター様

15日朝刊の「県北バス 12月から大幅減便」の記事を読みました。
私は足が悪く週2回の透析に通っていますが、唯一の足である上野線が1日3本になると通院できません。
会社は「利用者の理解を得ている」と言っていますが、説明会など一度もありませんでした。
会社の本当の言い分をもっと取材してほしい。私の名前を出してもかまいません。

坂本 俊夫（74歳）
常陸大宮町上野1873-2
電話 0295-0000-3361
"""
    add(mail(ORG, FUJII, "hold", "personal.reader_letter_forward",
             "A reader's letter with his full name, address, phone and dialysis treatment is forwarded to the bus company he criticised.",
             "quoted",
             ["県北交通株式会社 総務部 広報担当 <koho@kenpoku-kotsu.example.co.jp>"],
             "Fw: ご意見（11/15朝刊 路線バス減便の記事について）",
             f"""
県北交通株式会社
総務部 広報ご担当者様

いつもお世話になっております。北斗日報社 読者センターの藤井と申します。
先日の減便に関する記事について、読者から下記のご意見が寄せられました。
社会部で追加取材を検討しておりますので、御社のお考えを伺えればと存じます。
ご回答は社会部の黒田宛てにお願いいたします。

{FUJII.sig}

{letter}
""",
             personal=[("name", "坂本 俊夫"), ("address", "常陸大宮町上野1873-2"), ("phone", "0295-0000-3361"),
                       ("email", "toshio.sakamoto1951@outlook.com"), ("health", "週2回の透析")]))

    # quoted 2: criminal record of an interviewee in the quoted thread
    thread = """
> From: 黒田 聡
> To: 社会部 連載班
> Subject: 連載「やり直しの町で」第3回 取材先
>
> 第3回の取材先、決まりました。
> 　柏木 純一さん（52）　水沼市元吉田町1130-7 グリーンハイツ103
> 　覚醒剤取締法違反で2回服役（直近は2022年、水戸刑務所を今年4月に仮釈放）
> 　現在は協力雇用主の鈴木工務店で内装工として勤務。保護司は元教員の吉川さん。
> 　本人の携帯 080-0000-9946。職場には連絡しないこと。
> 実名・顔出しは本人の意向で「名字のみ、顔はぼかし」。
"""
    add(mail(ORG, KURODA, "hold", "sensitive.criminal_record_quoted",
             "The quoted internal note gives a named interviewee's drug convictions, prison release, address and phone to a freelance writer.",
             "quoted",
             ["三枝 ゆう <yu.saegusa.writer@outlook.com>"],
             "Fw: 連載「やり直しの町で」第3回 取材先",
             f"""
三枝さん

お世話になっております。北斗日報の黒田です。
第3回もお引き受けいただき、ありがとうございます。
下記が社内で共有した取材先の情報です。取材日程はご本人と直接調整してください。
原稿は12月12日締切、1,800字程度でお願いします。

{KURODA.sig}

{thread}
""",
             personal=[("name", "柏木 純一"), ("criminal_record", "覚醒剤取締法違反で2回服役"),
                       ("address", "水沼市元吉田町1130-7 グリーンハイツ103"), ("phone", "080-0000-9946")]))

    # subject only
    add(mail(ORG, KURODA, "hold", "sensitive.subject_victim",
             "The subject line names a 17-year-old sexual-assault victim; the body only asks for advice at a meeting.",
             "subject",
             ["弁護士 篠原 隆（篠原・三枝法律事務所） <shinohara@shinohara-law.example.jp>"],
             "【相談】性被害事件 被害者 野口 結衣さん（17）の扱いについて",
             f"""
篠原先生

たびたび失礼します。北斗日報の黒田です。
標記の件、明日の定例打合せの際にご意見をいただけますでしょうか。
資料は打合せの場でお渡しします。

よろしくお願いいたします。

{KURODA.sig}
""",
             personal=[("name", "野口 結衣")]))

    # zip: password-protected photos
    add(mail(ORG, MORIKAWA, "hold", "attachment.encrypted_zip",
             "Unpublished photos are sent as a password-protected zip with the password to follow (PPAP).",
             "zip",
             ["デザインオフィス ミトリ 大貫様 <onuki@design-mitori.example.jp>"],
             "特集面「県北の冬」写真データ（第1弾）",
             f"""
大貫さん

お世話になっております。北斗日報の森川です。
12月7日付 特集面の写真データ（第1弾、18点）をお送りします。
パスワードは別のメールでお送りします。
キャプションは明日までにテキストでお送りします。

{MORIKAWA.sig}
""",
             attachments=[enc_zip("kenpoku_fuyu_photo_01.zip")]))

    # recipients: reader monitors in To
    monitors = [
        "根本 文子 <fumiko.nemoto@yahoo.co.jp>",
        "菅谷 祐介 <sugaya.yusuke@gmail.com>",
        "大津 美和 <miwa-otsu@outlook.com>",
        "小松崎 亜美 <ami.komatsuzaki@gmail.com>",
        "鯉渕 浩一 <koibuchi.k@yahoo.co.jp>",
        "海老沢 典子 <ebisawa_noriko@yahoo.co.jp>",
        "照沼 健 <ken.terunuma@gmail.com>",
        "益子 春香 <haruka.mashiko@outlook.com>",
        "綿引 哲也 <t.watahiki@gmail.com>",
        "軍司 紀子 <gunji.noriko@yahoo.co.jp>",
        "仲田 翔太 <shota.nakata.ib@gmail.com>",
        "黒沢 恵子 <kurosawa.keiko55@outlook.com>",
    ]
    add(mail(ORG, FUJII, "hold", "recipients.visible_to",
             "Twelve private reader-monitor addresses are visible to each other in To.",
             "recipients",
             monitors,
             "【北斗日報 読者モニター】12月の紙面懇談会のご案内",
             f"""
読者モニターの皆様

いつも北斗日報をご愛読いただき、誠にありがとうございます。
読者センターの藤井でございます。

12月の紙面懇談会を下記のとおり開催いたします。
　日時：12月13日（土）14:00～16:00
　会場：北斗日報社 本社 3階 大会議室（水沼市大町2-4-1）
　テーマ：「地域面をもっと読みたくなるには」
　　　　　（編集局次長 ほか地域報道部の記者が出席します）

交通費として一律2,000円の図書カードをお渡しします。
ご出欠を12月5日（金）までに、本メールへのご返信でお知らせください。

{FUJII.sig}
"""))

    # ------------------------------------------------------------ PASSES
    # election candidates profile (public figures)
    add(mail(ORG, KURODA, "pass", "benign.election_candidates",
             "Profiles of declared mayoral candidates are public-figure information shared with a partner news agency.",
             "pass",
             ["共同ニュース 水戸支局 デスク <mito-desk@kyodo-news-net.example.co.jp>"],
             "水沼市長選 立候補予定者の略歴（配信用）",
             f"""
共同ニュース 水戸支局
デスク各位

北斗日報 社会部の黒田です。
12月14日告示の水沼市長選、立候補予定者の略歴を送ります。配信にお使いください。
（届け出順は未定のため、表明順です）

▽沢口 英明（さわぐち・ひであき）　62　無現（2）
　市長（2期）、元県議（3期）、水沼商工会議所副会頭。常磐大学卒。自民、公明推薦。
▽宮内 さやか（みやうち・さやか）　48　無新
　元市議（2期）、NPO法人「子ども食堂ネットみずぬま」代表理事。茨城女子短大卒。立民、共産支援。
▽戸村 健一（とむら・けんいち）　39　無新
　IT会社役員、元総務省職員。筑波学院大院修了。

沢口氏の年齢は告示日時点です。宮内氏は政策発表を11月25日に予定しています。

{KURODA.sig}
"""))

    # comment request to a company PR, heavy signatures
    add(mail(ORG, MORIKAWA, "pass", "benign.comment_request",
             "An interview request to a company press office; only staff names, titles and signatures appear.",
             "pass",
             ["那珂川精密工業株式会社 広報IR室 <pr@nakagawa-seimitsu.example.co.jp>"],
             "取材のお願い（常陸大宮新工場の稼働について）",
             f"""
那珂川精密工業株式会社
広報IR室 ご担当者様

突然のご連絡失礼いたします。
北斗日報 県北総局で経済・行政を担当しております森川と申します。

御社が11月10日に発表された常陸大宮工場（第2期棟）の稼働について、
地域面で紹介させていただきたく、取材をお願いできますでしょうか。

　・取材希望日：11月26日（水）～28日（金）のいずれか、1時間程度
　・伺いたいこと：新棟の概要、地元採用の予定人数、今後の設備投資の見通し
　・可能であれば、工場長の石塚様にお話を伺い、写真を1枚撮らせていただければ幸いです

掲載は12月上旬を予定しております。お手数ですがご検討のほどよろしくお願いいたします。

{MORIKAWA.sig}
"""))

    # historical person
    add(mail(ORG, MORIKAWA, "pass", "benign.historical_person",
             "A series about the historical surveyor Mamiya Rinzō; only a historical figure and museum staff are named.",
             "pass",
             ["間宮林蔵記念館 学芸員 長塚様 <nagatsuka@mamiya-rinzo-museum.example.jp>"],
             "連載「郷土の先人」間宮林蔵の回 原稿ご確認のお願い",
             f"""
間宮林蔵記念館
学芸員 長塚 様

先日は取材にご協力いただき、誠にありがとうございました。北斗日報の森川です。
連載「郷土の先人」第8回（間宮林蔵）の原稿ができましたので、事実関係のご確認をお願いいたします。

特に次の3点について、表現に誤りがないか見ていただければ幸いです。
　1. 1808年の樺太調査で松田伝十郎と分かれて北上し、翌1809年に海峡を確認した経緯
　2. シーボルト事件（1828年）への関わりについての記述
　3. 記念館所蔵の「東韃地方紀行」写本の写真キャプション

掲載は11月30日（日）朝刊を予定しています。11月26日頃までにご返信いただけますと助かります。

{MORIKAWA.sig}
""",
             attachments=[att("郷土の先人08_間宮林蔵_初稿.docx", "郷土の先人 第8回 間宮林蔵（1780?～1844）\n筑波郡上平柳村（現在のつくばみらい市）の農家に生まれた林蔵は、幕府の役人として蝦夷地の測量に携わった。1808年、松田伝十郎とともに樺太へ渡り……\n")]))

    # infection aggregate (flu), fact check with a physician commentator
    add(mail(ORG, KURODA, "pass", "benign.infection_aggregate",
             "Influenza figures are surveillance aggregates; no patient or school pupil is named.",
             "pass",
             ["水沼市医師会 感染症担当理事 関口先生 <sekiguchi@mizunuma-med.example.or.jp>"],
             "インフルエンザ流行の記事 コメント確認のお願い",
             f"""
関口先生

お世話になっております。北斗日報 社会部の黒田です。
本日はお電話でのコメント、ありがとうございました。
記事中の先生のコメント部分と数値をお送りしますので、ご確認をお願いします。

【記事要旨】
県感染症情報センターによると、第46週（11月10～16日）の県内の定点当たり患者数は 18.42 人で、
前週（9.87人）から倍増し、注意報レベル（10人）を超えた。保健所管内別では水沼が 24.60 人で最多。
学級閉鎖は小中学校で延べ 37 校に上る。

【コメント】
「例年より1か月ほど早い立ち上がり。高齢者や基礎疾患のある人は早めのワクチン接種を。
発熱したらまず電話でかかりつけ医に相談してほしい」（関口 修 水沼市医師会理事）

夕方17時までにご返信いただけますと助かります。

{KURODA.sig}
"""))

    # CMS outage and malware isolation
    add(mail(ORG, KURODA, "pass", "benign.it_outage_malware",
             "\"障害\", \"感染\" and \"隔離\" refer to a typesetting-system outage and a malware-infected PC.",
             "pass",
             ["ニッポーシステム 保守窓口 <support@nippo-system.example.co.jp>"],
             cc=["北斗日報 情報システム部 <sysadmin@hokuto-nippo.example.co.jp>"],
             subject="【至急】組版システム障害と端末のウイルス感染について",
             text=f"""
ニッポーシステム 保守窓口 御中

北斗日報 社会部デスクの黒田です。情報システム部経由でも連絡が行っていると思いますが、念のため。

1. 21:40頃から、組版システム（NEWS-CMS 5）で社会面の大組みが保存できない障害が発生。
   エラー「ページロック解除に失敗しました（PL-0419）」が繰り返し出ます。
   朝刊の最終降版が 0:50 なので、至急リモートで見ていただけますか。
2. 同じ時間帯に、社会部の端末 1台（資産番号 HN-PC-3107）でセキュリティソフトが
   トロイの木馬の感染を検知しました。LANケーブルを抜いて隔離済みです。
   障害との関連があるかどうかも含めて確認をお願いします。

社会部の電話（029-0000-3105）に直接かけていただいて大丈夫です。

{KURODA.sig}
"""))

    # condolence on a public figure's death
    add(mail(ORG, KURODA, "pass", "benign.condolence",
             "A condolence to a company on the death of its honorary chairman, a public business figure.",
             "pass",
             ["株式会社常陸銘醸 総務部 <somu@hitachi-meijo.example.co.jp>"],
             "お悔やみ申し上げます（大貫 善太郎 名誉会長ご逝去）",
             f"""
株式会社常陸銘醸
総務部 ご担当者様

北斗日報社 社会部の黒田でございます。
大貫 善太郎 名誉会長のご逝去の報に接し、謹んでお悔やみ申し上げます。
県酒造組合の会長として地酒の振興に尽くされたお姿は、弊紙でもたびたびご紹介させていただきました。

訃報記事は明日朝刊の社会面に掲載いたします。
ご遺族のご意向により葬儀は近親者のみで営まれ、後日「お別れの会」を開かれる予定と伺いました。
日程が決まりましたら、お知らせいただけますと幸いです。

心よりご冥福をお祈り申し上げます。

{KURODA.sig}
"""))

    # reply to the reader herself
    add(mail(ORG, FUJII, "pass", "benign.mail_to_data_subject",
             "A reply to the contributor herself about publishing her own letter.",
             "pass",
             ["大津 美和 <miwa-otsu@outlook.com>"],
             "Re: 「ひろば」投稿の件",
             f"""
大津 美和 様

このたびは「読者のひろば」にご投稿いただき、誠にありがとうございました。
北斗日報 読者センターの藤井でございます。

「祖母の干し芋」、11月23日（日）の朝刊に掲載させていただく予定です。
紙面の都合で、2か所ほど表現を短くさせていただきました（添付のとおりです）。
お名前は「大津 美和（42）ひたちなか市・会社員」と表記いたします。
掲載紙と薄謝（図書カード 1,000円分）は、掲載後1週間ほどでご自宅にお送りします。

表記や修正についてご意見がありましたら、11月20日（木）までにご返信ください。

{FUJII.sig}
""",
             attachments=[att("ひろば_1123_大津様_修正稿.txt", "祖母の干し芋　大津 美和（42）ひたちなか市・会社員\n冬になると、祖母は庭先に干し芋を並べた。……\n")]))

    # dev meeting minutes with the well-known test card number
    add(mail(ORG, FUJII, "pass", "benign.test_card_dev_minutes",
             "Development minutes use the public test card 4111 1111 1111 1111 in a staging environment, not a customer's card.",
             "pass",
             ["アークウェブ 電子版開発チーム <hokuto-dev@arcweb.example.co.jp>"],
             cc=["北斗日報 デジタル編集部 <digital@hokuto-nippo.example.co.jp>"],
             subject="電子版 決済リニューアル 定例（11/17）議事録",
             text=f"""
アークウェブ 電子版開発チーム 各位

お疲れさまです。読者センターの藤井です。
11/17 定例の議事録を送ります。修正があればご指摘ください。

■日時　11/17（月）15:00～16:00（オンライン）
■出席　アークウェブ：小林PM、山岸様　北斗日報：デジタル編集部 宇佐見、読者センター 藤井

■決定事項
1. 検証環境（stg.hokuto-nippo.example.co.jp）で、テストカード 4111 1111 1111 1111
   （有効期限 12/30、CVC 123）を使った月額プランの登録～解約まで一通り確認済み。
2. 3Dセキュア2.0の認証失敗時の画面文言を、読者センター案で差し替える。
3. 既存会員のカード情報は決済代行側のトークンで移行（当社ではカード番号を保持しない）。

■課題
・解約時の日割り返金の要否 → 12/1定例までに編集局で決める（宇佐見）
・問い合わせ窓口の電話番号表記（029-0000-3300）をフッターに追加（山岸様）

次回：12/1（月）15:00～

{FUJII.sig}
"""))

    # sample copies with Yamato tracking numbers (one passes the My Number check)
    t1 = yamato_also_mynumber(51836042917)
    t2 = yamato("44918203756")
    t3 = yamato("31770592048")
    add(mail(ORG, FUJII, "pass", "benign.tracking_numbers",
             "A shipping note with three Yamato tracking numbers for sample newspapers sent to schools.",
             "pass",
             ["水沼市教育委員会 指導課 NIE担当 <nie@edu.city.mizunuma.example.lg.jp>"],
             "NIE実践校への見本紙 発送のご連絡",
             f"""
水沼市教育委員会 指導課
NIE担当 ご担当者様

いつもお世話になっております。北斗日報 読者センターの藤井です。
NIE実践校3校への見本紙（11月分、各校40部×10日分）を本日発送いたしました。

　水沼第一中学校　　送り状番号 {dashed_tracking(t1)}
　見川小学校　　　　送り状番号 {dashed_tracking(t2)}
　常陸大宮西小学校　送り状番号 {dashed_tracking(t3)}

到着は明日午前の予定です。
12月分の部数に変更がある学校は、11月28日までにお知らせください。

{FUJII.sig}
"""))

    # photo loan to the tourism association, plain zip and corporate account
    add(mail(ORG, MORIKAWA, "pass", "benign.photo_loan_plain_zip",
             "A photo-loan mail with a plain zip of landscape photos and the company's corporate bank account for the usage fee.",
             "pass",
             ["常陸大宮観光協会 事務局 <info@hitachiomiya-kanko.example.or.jp>"],
             cc=["北斗日報社 写真部 <photo@hokuto-nippo.example.co.jp>"],
             subject="写真貸出の件（観光パンフレット用）",
             text=f"""
常陸大宮観光協会
事務局 菊池 様

お世話になっております。北斗日報の森川です。
ご依頼いただいた写真4点を、写真部から預かってお送りします。
zipを展開していただければ、そのままお使いいただけます。

クレジットは「写真提供：北斗日報社」でお願いいたします。
使用料（4点 計22,000円・税込）は、後日写真部より請求書をお送りします。
お振込先：みと中央銀行 大町支店 普通 1290374　株式会社北斗日報社

{MORIKAWA.sig}
""",
             attachments=[att("kanko_pamph_photos.zip", "kanko_pamph_photos.zip の内容:\nfukuroda_falls_winter_2024.jpg\nnakagawa_ayu_fishing_2023.jpg\ngozen_yama_autumn_2024.jpg\nomiya_festival_floats_2025.jpg\n", "zip")]))

    return out
