"""(B) 株式会社ことぶき住宅管理 — 賃貸管理会社（豊島区・練馬区のアパート・マンション約1,200戸）"""
from common import M, att, yamato, yamato_also_mynumber, quote

ORG = "B"
DOM = "kotobuki-kanri.example.co.jp"

OONO = "大野 健太 <k.oono@kotobuki-kanri.example.co.jp>"
ISHIHARA = "石原 真理子 <m.ishihara@kotobuki-kanri.example.co.jp>"
SAKAMOTO = "坂本 隆（ことぶき住宅管理 経理課） <t.sakamoto@kotobuki-kanri.example.co.jp>"

SIG_OONO = """
■□■━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社ことぶき住宅管理
賃貸管理部 入居者サポート課
大野 健太（おおの けんた）
〒171-0000 東京都豊島区南長崎3-0-15 ことぶきビル2F
TEL：03-0000-3310（代表）　FAX：03-0000-3311
夜間・休日の緊急受付：03-0000-3399（24時間）
E-mail：k.oono@kotobuki-kanri.example.co.jp
宅地建物取引業 東京都知事（5）第71234号
━━━━━━━━━━━━━━━━━━━━━━━━━━■□■
"""

SIG_ISHIHARA = """
------------------------------------------------------------
株式会社ことぶき住宅管理　賃貸管理部 契約課
宅地建物取引士　石原 真理子
（登録番号：東京 第123456号）
〒171-0000 東京都豊島区南長崎3-0-15 ことぶきビル2F
TEL 03-0000-3310 / FAX 03-0000-3311
m.ishihara@kotobuki-kanri.example.co.jp
https://www.kotobuki-kanri.example.co.jp/
営業時間 9:30〜18:30（水曜定休）
------------------------------------------------------------
"""

SIG_SAKAMOTO = """
=============================================
株式会社ことぶき住宅管理 経理課（家賃収納グループ）
坂本 隆
TEL 03-0000-3315（直通）
〒171-0000 東京都豊島区南長崎3-0-15 ことぶきビル2F
=============================================
このメールに含まれる情報は、宛先に記載された方のみを対象としています。
宛先以外の方が受信された場合は、破棄していただきますようお願いいたします。
"""

TRACK_PLAIN = yamato("39021145501")
TRACK_MN = yamato_also_mynumber(39021145500)


def mails():
    out = []

    def add(*a, **k):
        out.append(M(ORG, *a, **k))

    # ------------------------------------------------------------ holds: body
    add("ishihara", "body", "hold", "sensitive.applicant_welfare_disability",
        "A named applicant's welfare status and mental-disability handbook grade are sent to a private landlord, who does not need them to decide.",
        ISHIHARA, ["田辺 様 <tanabe.shigeru.1951@gmail.com>"],
        "コーポ田辺 102号室 入居申込のご報告",
        f"""
田辺 様

いつも大変お世話になっております。ことぶき住宅管理の石原でございます。
空室となっておりましたコーポ田辺102号室につきまして、入居のお申込みがございましたのでご報告いたします。

申込者：前川 修 様（52歳・単身）
現住所：東京都豊島区千早2-0-9 千早荘3号室（取り壊しに伴う転居）
家賃　：53,000円（共益費 2,000円）
入居希望日：9月1日

前川様は現在、生活保護を受給されており、家賃は住宅扶助の範囲内で、区からの代理納付となります。
また、精神障害者保健福祉手帳2級をお持ちで、月に2回、池袋のメンタルクリニックに通院されています。
担当のケースワーカー（豊島区 生活福祉課 中川様）とも面談済みで、日常生活は自立されているとのことです。
保証会社の審査は通過しております。

代理納付のため家賃の未納リスクは低いと考えておりますが、オーナー様のご意向を伺えればと存じます。
ご検討のほど、よろしくお願いいたします。
{SIG_ISHIHARA}""",
        personal=[("name", "前川 修"), ("welfare", "生活保護を受給"),
                  ("disability", "精神障害者保健福祉手帳2級"), ("address", "東京都豊島区千早2-0-9 千早荘3号室")])

    add("ishihara", "body", "hold", "id.residence_card",
        "An applicant's residence-card number, status, birth date and mobile are typed into the body of a mail to the guarantee company.",
        ISHIHARA, ["ミライ家賃保証 審査部 <shinsa@mirai-hosho.example.co.jp>"],
        "【追加書類】メゾン南長崎203号室 グエン様 申込（受付番号 MH-250714-0092）",
        f"""
ミライ家賃保証株式会社
審査部 ご担当者様

いつもお世話になっております。ことぶき住宅管理 契約課の石原です。
受付番号 MH-250714-0092 の件、ご指示のあった在留カードの情報をお送りします。
画像が不鮮明とのことでしたので、記載内容を書き起こしました。

氏名　　　：NGUYEN VAN MINH（グエン・ヴァン・ミン）
生年月日　：1996年3月5日
国籍・地域：ベトナム
在留カード番号：UH48213057EA
在留資格　：技術・人文知識・国際業務
在留期間満了日：2027年5月21日
勤務先　　：株式会社サンライズ・システムズ（池袋）　年収 360万円
携帯　　　：080-0000-5127

緊急連絡先は同社の日本人上司の方で、申込書に記載のとおりです。
審査結果が出ましたらご連絡をお願いいたします。
{SIG_ISHIHARA}""",
        personal=[("name", "NGUYEN VAN MINH"), ("residence_card", "UH48213057EA"),
                  ("birthdate", "1996年3月5日"), ("phone", "080-0000-5127")])

    add("sakamoto", "body", "hold", "list.arrears_in_body",
        "Three tenants' names, rooms, mobile numbers and rent arrears are listed in the body of a mail to the lawyer.",
        SAKAMOTO, ["倉田 先生 <kurata@minaminagasaki-law.example.jp>"],
        "長期滞納案件 3件のご相談（明渡請求の要否）",
        f"""
南長崎総合法律事務所
弁護士 倉田 先生

いつもお世話になっております。ことぶき住宅管理 経理課の坂本です。
3か月以上の滞納が続いている以下3件について、内容証明の送付と明渡請求の要否をご相談させてください。

1) ハイツことぶき 203号室　小田切 純一 様
　 携帯 090-0000-8812　滞納 4か月（4〜7月）　計 276,000円
　 連帯保証人：小田切 和子 様（母・新潟市）　6月に電話、支払意思はあるとの回答

2) メゾン南長崎 405号室　榊原 美穂 様
　 携帯 080-0000-2041　滞納 3か月（5〜7月）　計 219,000円
　 保証会社未加入の旧契約。7/10に訪問したが不在、郵便物がたまっている状態

3) コーポ千早 101号室　土屋 浩一 様
　 携帯 070-0000-6390　滞納 5か月（3〜7月）　計 290,000円
　 本人から「仕事を失った」との連絡が5月に一度あったのみ

賃貸借契約書と入金履歴は別途郵送いたします。
来週中にお時間をいただけますと幸いです。
{SIG_SAKAMOTO}""",
        personal=[("name", "小田切 純一"), ("phone", "090-0000-8812"), ("debt", "計 276,000円"),
                  ("name", "榊原 美穂"), ("phone", "080-0000-2041"),
                  ("name", "土屋 浩一"), ("phone", "070-0000-6390")])

    # ------------------------------------------------------ holds: attachment
    roster = """
部屋番号,氏名,電話番号,立会い希望時間,備考
101,岡部 隆,090-0000-1471,午前,
102,（空室）,,,鍵は管理会社持参
103,吉川 里美,080-0000-3320,午後,小型犬あり
201,野村 沙也加,090-0000-6658,午後,夜勤明けのため14時以降
202,森下 健吾,070-0000-2287,不在可,合鍵での入室に同意済み
203,小田切 純一,090-0000-8812,午前,
301,高木 俊介,080-0000-9034,午後,
302,山下 富美子,03-0000-5518,午前,高齢・耳が遠いので玄関で大きめの声で
303,ライ・スーミン,090-0000-4126,不在可,日本語可
401,佐々木 悠,080-0000-7702,午後,
402,平田 秀樹,090-0000-0395,午前,猫2匹
403,工藤 千夏,070-0000-8841,不在可,合鍵での入室に同意済み
"""
    add("oono", "attachment", "hold", "list.tenant_roster",
        "The attached list gives all tenants' names, phone numbers and notes (age, pets, absence) to the fire-safety inspection contractor.",
        OONO, ["東都防災設備 工事課 <koji@tohto-bousai.example.co.jp>"],
        "メゾン南長崎 消防設備点検（8/27）入居者連絡先一覧の送付",
        f"""
東都防災設備株式会社
工事課 ご担当者様

いつもお世話になっております。ことぶき住宅管理の大野です。
8/27（水）のメゾン南長崎 消防設備点検（感知器・避難はしご）につきまして、
入居者様の連絡先と立会い希望を一覧にまとめましたので添付いたします。
掲示物は8/13に掲示済みです。
当日、不在の部屋は管理会社の合鍵で対応いたしますので、私も9時から現地におります。
{SIG_OONO}""",
        attachments=[att("メゾン南長崎_入居者連絡先_0827点検.xlsx", roster)],
        personal=[("name", "野村 沙也加"), ("phone", "090-0000-6658"),
                  ("name", "山下 富美子"), ("phone", "03-0000-5518"), ("name", "工藤 千夏")])

    appform = """
賃貸住宅 入居申込書
申込日：2025年8月2日　物件：ハイツことぶき 302号室（家賃 72,000円／管理費 3,000円）

申込者
　氏名　　：長谷川 美咲（はせがわ みさき）　女　1993年12月8日生（31歳）
　現住所　：神奈川県川崎市中原区木月2-0-14 ルミナス元住吉502
　携帯電話：090-0000-6274
　E-mail　：misaki.hasegawa1208@gmail.com
　勤務先　：株式会社ブルーオーシャン広告（東京都港区）　勤続5年　営業企画
　年収　　：468万円（税込）
　入居人数：1名　ペット：なし　駐車場：不要

緊急連絡先
　氏名　　：長谷川 隆夫（父）　静岡県浜松市中区 在住
　電話　　：053-0000-2219

本人確認書類：運転免許証（写し添付）
"""
    add("ishihara", "attachment", "hold", "personal.application_form",
        "The attached application form is one person's full profile (birth date, address, employer, income, parent's phone) forwarded to a guarantee company.",
        ISHIHARA, ["あんしん賃貸保証 審査センター <center@anshin-chintai.example.co.jp>"],
        "【審査依頼】ハイツことぶき302号室 申込書の送付",
        f"""
あんしん賃貸保証株式会社
審査センター 御中

いつもお世話になっております。ことぶき住宅管理 契約課の石原です。
標記物件の入居申込書をお送りしますので、審査をお願いいたします。
プランはスタンダード（初回保証料 50%）でお願いします。
入居希望日は9月1日です。お手数ですが、結果は2営業日以内にいただけますと助かります。
{SIG_ISHIHARA}""",
        attachments=[att("入居申込書_ハイツことぶき302.pdf", appform)],
        personal=[("name", "長谷川 美咲"), ("birthdate", "1993年12月8日"),
                  ("address", "神奈川県川崎市中原区木月2-0-14 ルミナス元住吉502"),
                  ("phone", "090-0000-6274"), ("income", "468万円"), ("phone", "053-0000-2219")])

    # ---------------------------------------------------------- holds: quoted
    complaint = """
ことぶき住宅管理 ご担当者様

メゾン南長崎201号室の野村です。何度もすみません。
上の301号室の足音と、夜中の洗濯機の音が続いていて、ほとんど眠れていません。
私は病院で夜勤のある仕事をしているので、昼間に寝る必要があるのですが、
昼も夜も子どもが走り回る音がします。
先月お願いした注意の貼り紙の後も変わっていません。
これ以上続くようなら、引っ越しも考えています。

野村 沙也加
携帯：090-0000-6658
メール：sayaka.nomura.ns@yahoo.co.jp
勤務先：北豊島総合病院 病棟（夜勤あり）
"""
    add("oono", "quoted", "hold", "personal.neighbour_complaint",
        "The quoted complaint gives the complaining tenant's name, mobile, private e-mail and workplace to a soundproofing contractor.",
        OONO, ["株式会社サイレント工房 営業部 今井様 <imai@silent-kobo.example.co.jp>"],
        "Fw: 騒音の件（メゾン南長崎）",
        f"""
サイレント工房
今井様

お世話になっております。ことぶき住宅管理の大野です。
先日お電話でご相談した防音対策の件です。入居者様からの連絡を下に付けておきます。
301号室の床（フローリング）の遮音性能の調査と、対策のお見積りをお願いできますでしょうか。
現地調査は来週の火曜か木曜の午後でいかがでしょうか。
{SIG_OONO}
---------- Forwarded message ---------
From: 野村 沙也加 <sayaka.nomura.ns@yahoo.co.jp>
Date: 2025年8月4日(月) 7:12
Subject: 騒音の件
To: <support@kotobuki-kanri.example.co.jp>
{quote(complaint)}""",
        personal=[("name", "野村 沙也加"), ("phone", "090-0000-6658"),
                  ("email", "sayaka.nomura.ns@yahoo.co.jp"), ("workplace", "北豊島総合病院 病棟（夜勤あり）")])

    tenant_mail = """
ことぶき住宅管理 坂本様

お世話になっております。メゾン南長崎301号室の高木です。
家賃の件でご相談させてください。
実は4月からうつ病で休職しており、今は傷病手当金で生活しています。
手当金の振込が遅れていて、8月分の家賃が月末に間に合いそうにありません。
9月10日には入る予定なので、それまで待っていただくことはできないでしょうか。
主治医からは秋までは休職と言われています。

高木 俊介
080-0000-9034
"""
    add("sakamoto", "quoted", "hold", "sensitive.tenant_depression",
        "The quoted tenant mail reveals his depression and sick leave, and is forwarded to the private landlord for a payment decision.",
        SAKAMOTO, ["田辺 様 <tanabe.shigeru.1951@gmail.com>"],
        "Fw: 8月分家賃のお支払いについて（メゾン南長崎301）",
        f"""
田辺 様

いつもお世話になっております。ことぶき住宅管理 経理課の坂本です。
メゾン南長崎301号室の入居者様から、8月分家賃の支払猶予についてご相談がありました。
これまで滞納のない方です。9/10までの猶予を認めるかどうか、ご判断をいただけますでしょうか。
本人からの連絡を下に転送いたします。
{SIG_SAKAMOTO}
-----Original Message-----
From: 高木 俊介 <shun.takagi.1988@outlook.com>
Sent: Friday, August 22, 2025 11:40 PM
To: 坂本 隆
Subject: 8月分家賃のお支払いについて
{quote(tenant_mail)}""",
        personal=[("name", "高木 俊介"), ("diagnosis", "うつ病で休職"), ("phone", "080-0000-9034")])

    # --------------------------------------------------------- holds: subject
    add("oono", "subject", "hold", "sensitive.subject_dementia",
        "The subject names an elderly tenant with her dementia and living alone, sent to a locksmith; the body is only the appointment.",
        OONO, ["鍵のプロテック 池袋店 <ikebukuro@key-protec.example.jp>"],
        "【鍵交換】ハイツことぶき105号室 岡田 キヨ様（認知症・独居）鍵紛失の件",
        f"""
鍵のプロテック 池袋店 ご担当者様

お世話になっております。ことぶき住宅管理の大野です。
標記の件、本日15時に現地でお願いできますでしょうか。
シリンダーは前回と同じMIWAのU9でお願いします。
管理会社の立会いは私が行います。作業後の鍵3本は私がお預かりします。
{SIG_OONO}""",
        personal=[("name", "岡田 キヨ"), ("diagnosis", "認知症")])

    # ------------------------------------------------------------- holds: zip
    arrears_csv = """
委託番号,物件名,部屋,契約者氏名,生年月日,携帯電話,勤務先（申込時）,滞納月数,滞納額,最終入金日
TK-0701,コーポ千早,101,土屋 浩一,1979/08/14,070-0000-6390,有限会社千早運送,5,290000,2025/02/27
TK-0702,ハイツことぶき,203,小田切 純一,1985/02/03,090-0000-8812,株式会社北斗フーズ,4,276000,2025/03/31
TK-0703,メゾン南長崎,405,榊原 美穂,1990/11/21,080-0000-2041,（無職）,3,219000,2025/04/25
TK-0704,コーポ田辺,204,大久保 亮,1977/06/30,090-0000-1356,個人事業（内装）,6,354000,2025/01/31
TK-0705,グリーン椎名町,102,三上 さくら,1995/04/12,080-0000-4480,株式会社ミナト商事,3,189000,2025/04/30
"""
    add("sakamoto", "zip", "hold", "list.arrears_plain_zip",
        "A plain zip carries a register of five debtors with birth dates, mobiles, employers and arrears to a collection agency.",
        SAKAMOTO, ["東京中央債権回収 受託管理部 <jutaku@tokyo-chuo-servicer.example.co.jp>"],
        "回収委託案件（2025年7月分）の送付",
        f"""
東京中央債権回収株式会社
受託管理部 ご担当者様

お世話になっております。ことぶき住宅管理 経理課の坂本です。
7月分の回収委託案件5件をzipにまとめてお送りします（パスワードはかけておりません）。
各案件の契約書写しは、従来どおり郵送いたします。
ご確認のほど、よろしくお願いいたします。
{SIG_SAKAMOTO}""",
        attachments=[
            att("回収委託_2025年7月.zip/滞納者一覧.csv", arrears_csv),
            att("回収委託_2025年7月.zip/委託書_2025年7月.txt",
                "回収業務委託書（2025年7月分）\n委託者：株式会社ことぶき住宅管理\n受託者：東京中央債権回収株式会社\n件数：5件　委託金額合計：1,328,000円\n手数料：回収額の15%（税別）\n"),
        ],
        personal=[("name", "土屋 浩一"), ("birthdate", "1979/08/14"), ("phone", "070-0000-6390"),
                  ("name", "大久保 亮"), ("phone", "090-0000-1356"), ("name", "三上 さくら")])

    # ------------------------------------------------------ holds: recipients
    tenants = [
        "岡部 隆 <t.okabe1968@gmail.com>",
        "吉川 里美 <satomi.yoshikawa@yahoo.co.jp>",
        "野村 沙也加 <sayaka.nomura.ns@yahoo.co.jp>",
        "森下 健吾 <kengo.morishita@outlook.com>",
        "小田切 純一 <odagiri.j@gmail.com>",
        "高木 俊介 <shun.takagi.1988@outlook.com>",
        "山下 様 <yamashita-fumiko@yahoo.co.jp>",
        "Lai Su-Min <suminlai.tokyo@gmail.com>",
        "佐々木 悠 <haruka.sasaki@nishi-ikebukuro-dc.example.co.jp>",
        "平田 秀樹 <hideki.hirata@gmail.com>",
        "工藤 千夏 <chinatsu-kudo@outlook.com>",
        "榊原 美穂 <miho.sakakibara@gmail.com>",
        "岡田 様 <m.okada.ikebukuro@gmail.com>",
        "中村 拓也 <takuya.nakamura@ginza-ad.example.co.jp>",
    ]
    add("oono", "recipients", "hold", "recipients.tenants_visible",
        "Fourteen tenants' private and work addresses are put in To, so every tenant can see the others; it should have been BCC.",
        OONO, tenants,
        "【重要】給水管更新工事に伴う断水のお知らせ（メゾン南長崎）",
        f"""
メゾン南長崎 入居者の皆様

いつもお世話になっております。管理会社のことぶき住宅管理です。
給水管の更新工事に伴い、下記の日時に断水いたします。ご不便をおかけしますが、ご協力をお願いいたします。

　日時：2025年9月9日（火）9:00〜16:00（作業の進み具合により前後します）
　対象：全戸（1階〜4階）
　内容：共用部給水管の交換、各戸メーターまわりの配管交換

・断水中はトイレの水も流れません。前日までに浴槽等への汲み置きをお願いします。
・工事後は、しばらく濁った水が出ることがあります。数分間流してからご使用ください。
・各戸の室内に立ち入ることはありません。

ご不明な点は、下記までお問い合わせください。
{SIG_OONO}""")

    # ------------------------------------------------------------------ passes
    remit = """
送金明細書（2025年7月分）
有限会社タナベ興産 御中
物件：コーポ田辺（全8戸）

部屋  状況    家賃     共益費
101   入居中  55,000   2,000
102   空室         0       0
103   入居中  55,000   2,000
104   入居中  56,000   2,000
201   入居中  57,000   2,000
202   入居中  57,000   2,000
203   入居中  57,000   2,000
204   滞納    （回収委託中）
収入計        337,000  12,000
管理料（5%・税込）  ▲19,195
修繕費（102 クロス張替）  ▲46,200
送金額  283,605円
送金日  2025年8月12日
"""
    add("sakamoto", "none", "pass", "benign.owner_remittance_corporate",
        "A remittance statement and bank-account change notice between two companies; rooms are listed by number and the accounts are corporate.",
        SAKAMOTO, ["有限会社タナベ興産 田辺 様 <info@tanabe-kosan.example.co.jp>"],
        "7月分 送金明細書の送付と、弊社振込口座変更のお知らせ",
        f"""
有限会社タナベ興産
田辺 様

いつも大変お世話になっております。ことぶき住宅管理 経理課の坂本です。
7月分の送金明細書を添付にてお送りいたします。送金は8月12日に実施済みです。

また、10月より弊社の入金口座を下記に変更いたします。
オーナー様から弊社へのお振込み（修繕費のご負担分など）がある場合はご注意ください。

　旧：東都信用金庫 南長崎支店 普通 0112233 カ）コトブキジュウタクカンリ
　新：さくら台銀行 池袋西口支店 当座 0034518 カ）コトブキジュウタクカンリ

お手数をおかけしますが、よろしくお願いいたします。
{SIG_SAKAMOTO}""",
        attachments=[att("送金明細書_202507_コーポ田辺.pdf", remit)])

    add("ishihara", "none", "pass", "benign.takken_license_numbers",
        "Scheduling an explanation of important matters; the numbers are a 宅建業者 licence and a 宅建士 registration, and the customer is not named.",
        ISHIHARA, ["リバーサイド不動産 村瀬 様 <murase@riverside-fudosan.example.jp>"],
        "Re: ハイツことぶき302号室 重要事項説明の日程",
        f"""
リバーサイド不動産
村瀬様

お世話になっております。ことぶき住宅管理の石原です。
重要事項説明は8/9（土）11:00〜、弊社店舗にて承知いたしました。
説明は私が担当します。重要事項説明書の記載事項は以下のとおりです。

　宅地建物取引業者：株式会社ことぶき住宅管理　免許証番号 東京都知事（5）第71234号
　説明をする宅地建物取引士：石原 真理子　登録番号 東京 第123456号
　供託所：東京法務局（全日本不動産協会 保証協会 東京本部）
　物件：ハイツことぶき302号室　建物の構造 RC造4階建　築1999年

貴社の記名欄（免許証番号 東京都知事（2）第105588号）は、
いただいた会社概要の内容で作成してよろしいでしょうか。
当日お客様には、本人確認書類のご持参をお伝えください。
{SIG_ISHIHARA}
> 石原様
> お世話になります。リバーサイド不動産の村瀬です。
> お客様のご都合で、重説は8/9(土)の午前中を希望されています。
> ご調整いただけますでしょうか。
> --
> リバーサイド不動産 村瀬 一樹
> TEL 03-0000-2720""")

    add("ishihara", "none", "pass", "benign.religious_corp_parking",
        "A parking-contract renewal with a religious corporation as the customer; nothing about any person's belief is disclosed.",
        ISHIHARA, ["宗教法人 妙蓮寺 事務局 <jimu@myorenji.example.or.jp>"],
        "月極駐車場（ことぶきパーキング南長崎）契約更新のご案内",
        f"""
宗教法人 長崎山 妙蓮寺
事務局 ご担当者様

平素より格別のお引き立てを賜り、誠にありがとうございます。
ことぶき住宅管理 契約課の石原でございます。

貴寺にご契約いただいております月極駐車場（3番・4番区画）が、
2025年9月30日をもって契約期間満了となります。
引き続きご利用いただける場合は、同封の更新契約書2通にご記名・ご捺印のうえ、
9月19日までにご返送ください。

　区画：3番・4番（普通車）
　賃料：各 22,000円／月（変更なし）
　更新期間：2025年10月1日〜2027年9月30日
　更新事務手数料：なし

お彼岸の法要期間中（9/20〜9/26）は、参拝の方の臨時駐車について
例年どおり5番〜7番区画を開放する予定です。ご希望の台数をお知らせください。

今後ともよろしくお願い申し上げます。
{SIG_ISHIHARA}""")

    add("ishihara", "none", "pass", "benign.tenant_own_renewal",
        "A renewal notice sent to the tenant himself about his own contract and rent.",
        ISHIHARA, ["山口 達也 様 <tatsuya.yamaguchi@yahoo.co.jp>"],
        "【ご案内】賃貸借契約更新のお手続きについて（グリーン椎名町 301号室）",
        f"""
山口 達也 様

いつもお世話になっております。ことぶき住宅管理 契約課の石原です。
グリーン椎名町301号室の賃貸借契約が、2025年10月31日に満了となりますのでご案内いたします。

　更新後の期間：2025年11月1日〜2027年10月31日
　賃料：月額 84,000円（変更なし）　共益費 3,000円
　更新料：84,000円（新賃料の1か月分）
　火災保険：更新が必要です（2年 18,000円）

更新書類一式を本日郵送いたしました。記入例を同封しております。
ご返送は10月10日までにお願いいたします。
お振込先は書類に記載の弊社口座です。

ご不明な点がございましたら、お気軽にご連絡ください。
{SIG_ISHIHARA}""")

    add("oono", "none", "pass", "benign.resident_app_outage",
        "A report of a 障害 in the residents' app service; IDs are ticket and build numbers and no resident is named.",
        OONO, ["すまいコネクト サポートデスク <desk@sumai-connect.example.jp>"],
        "【障害報告】入居者アプリのプッシュ通知が届かない件（チケット #SC-40917）",
        f"""
すまいコネクト サポートデスク ご担当者様

お世話になっております。ことぶき住宅管理の大野です。
8/4（月）午前から、入居者アプリでの「お知らせ」配信時にプッシュ通知が届かない障害が続いています。
管理画面上は「配信済み」になっていますが、複数の入居者様から通知が来ないとご連絡をいただきました。

　契約ID：KTB-2019-0031
　対象：iOS版のみ（Android版は正常）
　アプリのバージョン：5.2.0（build 5201）
　確認した端末：iPhone 13 / iOS 18.5（弊社の検証用端末）

9/9の断水のお知らせを今週中に配信する予定のため、早めの復旧をお願いしたく存じます。
復旧見込みが分かりましたらご連絡ください。
{SIG_OONO}""")

    add("oono", "none", "pass", "benign.key_delivery_tracking",
        "Two 12-digit Yamato tracking numbers for keys sent to an owner; one happens to pass the マイナンバー check digit but is a parcel number.",
        OONO, ["小松 様 <komatsu.yoshiko@outlook.com>"],
        "鍵の発送のご連絡（グリーン椎名町 102号室・物置）",
        f"""
小松 様

いつもお世話になっております。ことぶき住宅管理の大野です。
先日ご依頼いただいた、グリーン椎名町102号室の新しい鍵（シリンダー交換後）と物置の鍵を
本日、宅急便でお送りしました。2個口になっております。

　ヤマト運輸 お問い合わせ伝票番号
　　1個目（102号室の鍵 3本）：{TRACK_PLAIN[:4]}-{TRACK_PLAIN[4:8]}-{TRACK_PLAIN[8:]}
　　2個目（物置の鍵 2本）　　：{TRACK_MN[:4]}-{TRACK_MN[4:8]}-{TRACK_MN[8:]}

お届け予定は明日の午前中です。到着しましたら、お手数ですがご一報いただけますと幸いです。
旧シリンダーは弊社で廃棄いたします。
{SIG_OONO}""")

    add("ishihara", "none", "pass", "benign.repair_meeting_6addr",
        "A repair-planning mail to six visible addresses at the owner company and a builder whose name contains a surname; only staff are named.",
        ISHIHARA,
        ["田辺 様 <info@tanabe-kosan.example.co.jp>", "田辺 裕之 様 <h.tanabe@tanabe-kosan.example.co.jp>",
         "経理 堀様 <hori@tanabe-kosan.example.co.jp>"],
        "コーポ田辺 外壁・屋上防水工事 第1回打合せのご案内",
        f"""
有限会社タナベ興産 田辺様、田辺裕之様、堀様
株式会社佐藤工務店 佐藤様、鈴木様、松本様

いつもお世話になっております。ことぶき住宅管理の石原です。
コーポ田辺の外壁補修・屋上防水工事について、第1回の打合せを下記のとおり行います。

　日時：8月28日（木）14:00〜15:30
　場所：コーポ田辺 現地集合（その後、弊社会議室へ移動）
　議題：①劣化診断の結果報告（佐藤工務店様）
　　　　②工事範囲と工法の比較（ウレタン防水／シート防水）
　　　　③工期と入居者様への周知方法
　　　　④概算費用と修繕積立の状況

佐藤工務店様からいただいた診断報告書（写真付き）は、当日紙でお配りします。
ご都合が悪い場合はご連絡ください。
{SIG_ISHIHARA}""",
        cc=["佐藤工務店 佐藤 様 <sato@sato-komuten.example.co.jp>", "佐藤工務店 鈴木 様 <suzuki@sato-komuten.example.co.jp>",
            "佐藤工務店 松本 様 <matsumoto@sato-komuten.example.co.jp>"])

    add("ishihara", "none", "pass", "benign.election_office_lease",
        "A short-term lease for a candidate's campaign office; the candidate is a public figure acting publicly and no private data is sent.",
        ISHIHARA, ["青山たかし後援会 事務局 <jimukyoku@aoyama-takashi.example.jp>"],
        "南長崎ことぶきビル1階テナント 短期賃貸借（選挙事務所）の件",
        f"""
青山たかし後援会
事務局 ご担当者様

お問い合わせいただきありがとうございます。ことぶき住宅管理の石原です。
豊島区議会議員選挙に向けた選挙事務所としての1階テナントのご利用について、オーナー様の了承が得られました。
条件は以下のとおりです。

　物件：南長崎ことぶきビル 1階A区画（約42㎡）
　期間：2026年3月1日〜2026年4月30日（2か月の定期建物賃貸借）
　賃料：月額 180,000円（税別）　保証金 1か月
　看板：外壁への掲出は選挙管理委員会の規定の範囲内でお願いします
　原状回復：退去時に内装を元の状態へ戻していただきます

契約名義は後援会（代表者 青山 隆志 様）とし、政治団体の届出書の写しをご用意ください。
内覧は平日10時〜17時で承ります。
{SIG_ISHIHARA}""")

    add("oono", "none", "pass", "benign.successor_introduction",
        "A change-of-staff greeting to an owner, with only staff names and business contacts.",
        OONO, ["小松 様 <komatsu.yoshiko@outlook.com>"],
        "担当者変更のご挨拶",
        f"""
小松 様

いつも大変お世話になっております。ことぶき住宅管理の大野でございます。
このたび社内の担当替えにより、10月1日より小松様の物件（グリーン椎名町）のご担当を
同じ入居者サポート課の西村 亜希子が務めることとなりました。

西村は入社8年目で、これまで練馬エリアの物件を担当してまいりました。
9月中は私と西村の二人で対応し、しっかりと引き継ぎを行います。
9月中旬に一度、西村とともにご挨拶に伺えればと存じます。

　新担当：西村 亜希子（にしむら あきこ）
　直通：03-0000-3318　メール：a.nishimura@kotobuki-kanri.example.co.jp

これまで大変お世話になりました。今後とも弊社をよろしくお願い申し上げます。
{SIG_OONO}""",
        cc=["西村 亜希子 <a.nishimura@kotobuki-kanri.example.co.jp>"])

    add("oono", "none", "pass", "benign.common_area_disinfection",
        "Cleaning and disinfection of common areas as an infection measure; 感染 is general and no resident is named.",
        OONO, ["クリーンメイト 業務課 <gyomu@cleanmate.example.co.jp>"],
        "共用部の消毒作業と害虫駆除の追加について",
        f"""
株式会社クリーンメイト
業務課 ご担当者様

いつもお世話になっております。ことぶき住宅管理の大野です。
定期清掃の件で2点ご相談です。

1. 共用部の消毒
　秋以降の感染症の流行に備えて、10月〜3月の間、以下の物件でエレベーターのボタン、
　エントランスのドアノブ、集合ポストまわりのアルコール消毒を週1回追加したいと考えております。
　対象：メゾン南長崎、ハイツことぶき、グリーン椎名町（計3棟）

2. 害虫駆除
　ハイツことぶきのゴミ置き場でゴキブリの発生が目立つとの声が複数ありました。
　ベイト剤の設置と、排水溝まわりの薬剤散布をお願いできますでしょうか。

それぞれのお見積りをいただけますと幸いです。
{SIG_OONO}""")

    return out
