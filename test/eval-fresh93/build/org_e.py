# -*- coding: utf-8 -*-
"""Org E: 株式会社北辰日報社（地方新聞社 読者センター・販売局・広告局）."""
from common import addr, att, enc_zip, quote, body, P, mail

ORG = "E"
DOM = "hokushin-nippo.example.co.jp"

MIYAUCHI = addr("宮内 修", f"miyauchi.osamu@{DOM}")
HIRATA = addr("平田 千夏", f"hirata.chinatsu@{DOM}")
HORI = addr("堀 勇人", f"hori.hayato@{DOM}")

SIG_MIYAUCHI = """
―――――――――――――――――――――――
株式会社北辰日報社 読者センター
宮内 修（みやうち おさむ）
〒951-0000 新潟県新潟市中央区白山浦1-600
TEL 025-0000-8100（読者センター）
https://www.hokushin-nippo.example.co.jp/
―――――――――――――――――――――――
"""

SIG_HIRATA = """
*************************************
北辰日報社 広告局 営業部
平田 千夏 Chinatsu Hirata
TEL 025-0000-8230 / 携帯 080-0000-5109
hirata.chinatsu@hokushin-nippo.example.co.jp
*************************************
"""

SIG_HORI = """
--
北辰日報社 販売局 読者サービス課
堀 勇人
TEL 025-0000-8150
"""

HOMES_ODA = addr("株式会社越後ホームズ 営業企画部 小田 様", "oda@echigo-homes.example.co.jp")


def mails():
    out = []

    # ------------------------------------------------------------ holds
    # H1 body: a reader's complaint with full contact pasted for the delivery agent
    out.append(mail(
        expect="hold", kind="personal.reader_complaint", writer="miyauchi", loc="body",
        why="読者の苦情を氏名・住所・電話とともに別会社である販売店へ伝えており、個人の連絡先一式が社外に出る。",
        frm=MIYAUCHI, to=[addr("北辰日報 中央販売所（青木新聞店）青木 所長", "aoki@aoki-shinbun.example.jp")],
        subject="読者様からのお申し出（配達・集金）",
        text=body("""
北辰日報 中央販売所
青木 所長

いつも配達業務ありがとうございます。本社読者センターの宮内です。
本日、読者様から読者センターに電話でお申し出がありましたので、内容をお伝えします。

　読者：渡部 幸子 様
　住所：新潟市中央区関屋本村町2-18-6
　電話：025-0000-3318
　購読：朝刊（2019年から継続）
　内容：
　　・雨の日に新聞がビニール袋に入っておらず、濡れていることが今月3回あった
　　・6/5の集金の際、集金員の方の言葉遣いが乱暴で不快だった

お客様は「改善されなければ解約も考える」とおっしゃっています。
本日中にお詫びのご連絡をお願いできますでしょうか。対応後、結果を私までお知らせください。
""", SIG_MIYAUCHI),
        personal=P(("name", "渡部 幸子"), ("address", "新潟市中央区関屋本村町2-18-6"),
                   ("phone", "025-0000-3318")),
    ))

    # H2 body: a reader's direct-debit bank account
    out.append(mail(
        expect="hold", kind="id.bank_account_direct_debit", writer="hori", loc="body",
        why="口座振替の再登録依頼で、個人読者の金融機関・口座番号・名義を本文に書いて収納代行会社へ送っている。",
        frm=HORI, to=[addr("株式会社みらい収納サービス 口座振替センター", "furikae@mirai-shuno.example.co.jp")],
        subject="口座振替依頼書の不備照会（委託者番号 4410278）",
        text=body("""
株式会社みらい収納サービス
口座振替センター ご担当者様

お世話になっております。北辰日報社 販売局 読者サービス課の堀です。
6月受付分の口座振替依頼書のうち1件が、金融機関から「口座相違」で返却されました。
読者様にお電話で確認したところ、下記が正しい口座とのことですので、再登録をお願いできますでしょうか。

　読者番号：H-0382175
　契約者：山口 昭夫 様
　金融機関：越後中央銀行 古町支店（店番 107）
　預金種目：普通
　口座番号：3058172
　口座名義：ヤマグチ アキオ

依頼書の原本は、訂正印をいただいたうえで来週郵送いたします。
""", SIG_HORI),
        personal=P(("name", "山口 昭夫"), ("bank_account", "3058172"),
                   ("account_holder", "ヤマグチ アキオ")),
    ))

    # H3 body: a crime victim named to the archive vendor
    out.append(mail(
        expect="hold", kind="sensitive.crime_victim", writer="miyauchi", loc="body",
        why="匿名化の依頼という正当な目的でも、強盗傷害事件の被害者の実名・年齢・居住地を外部のデータベース会社へ送っている。",
        frm=MIYAUCHI, to=[addr("株式会社アーカイブ・ジャパン データ管理部 大塚 様", "otsuka@archive-japan.example.co.jp")],
        subject="過去記事データベースの氏名匿名化のお願い",
        text=body("""
株式会社アーカイブ・ジャパン
データ管理部 大塚 様

いつもお世話になっております。北辰日報社 読者センターの宮内です。
貴社で提供いただいている過去記事データベースについて、匿名化の処理をお願いしたくご連絡しました。

対象は2019年10月8日付 社会面の記事「帰宅途中の女性けが 強盗傷害の疑いで捜査」です。
記事中で被害者として実名が掲載された 小林 千尋 さん（当時34歳、長岡市在住）ご本人から、
検索すると事件の記事が出てきて仕事にも支障がある、とのお申し出がありました。
編集局で協議した結果、被害者名を「女性（34）」に置き換えることになりました。

当社サイト側は本日修正済みです。
貴社データベースの同記事（記事ID HN20191008-S0142）も同様の修正をお願いいたします。
""", SIG_MIYAUCHI),
        personal=P(("name", "小林 千尋"), ("crime_victim", "被害者として実名が掲載された"),
                   ("crime", "強盗傷害")),
    ))

    # H4 attachment only: new subscribers list to the delivery agent
    out.append(mail(
        expect="hold", kind="list.subscribers", writer="hori", loc="attachment",
        why="添付CSVに新規購読者5名の氏名・住所・電話が並び、別会社の販売店へ送っている。",
        frm=HORI, to=[addr("北辰日報 西区販売所 斎藤 所長", "saito@nishiku-hanbai.example.jp")],
        subject="6月 新規購読お申し込み分の送付（西区販売所）",
        text=body("""
北辰日報 西区販売所
斎藤 所長

お世話になっております。読者サービス課の堀です。
6月にWebと電話で受け付けた新規お申し込み分を添付します。
配達開始日は各行のとおりです。
キャンペーン（3か月目まで月500円引き）の対象には「○」を付けています。
初回訪問の際、購読契約書への記入をお願いします。
""", SIG_HORI),
        attachments=[att("新規購読_202506_西区.csv", """
受付番号,氏名,住所,電話番号,コース,配達開始日,キャンペーン
W2506-0031,本間 誠一,新潟市西区小針が丘8-4-12,025-0000-6471,朝刊,2025/07/01,○
W2506-0044,五十嵐 由美,新潟市西区寺尾東2-15-3-205,090-0000-3826,朝夕刊,2025/07/01,
T2506-0107,長谷川 修,新潟市西区坂井砂山3-7-21,025-0000-9054,朝刊,2025/07/05,○
W2506-0052,佐久間 亜希,新潟市西区内野町1184-6,080-0000-2217,電子版セット,2025/07/01,○
T2506-0113,渡辺 直樹,新潟市西区青山水道9-2,025-0000-4490,朝刊,2025/07/08,
""")],
        personal=P(("name", "本間 誠一"), ("address", "新潟市西区小針が丘8-4-12"),
                   ("name", "五十嵐 由美"), ("phone", "090-0000-3826")),
    ))

    # H5 attachment only: reader monitors with birth dates and skin condition
    out.append(mail(
        expect="hold", kind="list.reader_monitors", writer="hirata", loc="attachment",
        why="添付の一覧に読者モニターの氏名・生年月日・電話と通院中の皮膚疾患が並び、広告主へ送っている。",
        frm=HIRATA, to=[addr("株式会社ユキグニ化粧品 マーケティング部 佐久間 様", "sakuma@yukiguni-cosme.example.co.jp")],
        subject="読者モニター 選定結果のご送付（スキンケア企画）",
        text=body("""
株式会社ユキグニ化粧品
マーケティング部 佐久間 様

いつもお世話になっております。北辰日報社 広告局の平田です。
7月掲載のタイアップ企画「雪国の肌、夏のケア」の読者モニターについて、
応募148名の中から選定した6名分の一覧を添付いたします。
製品の発送は、貴社から直接お願いする形で進めさせてください。
使用後アンケートの設問は、来週までにご提案いたします。
""", SIG_HIRATA),
        attachments=[att("読者モニター選定結果_スキンケア.xlsx", """
シート「選定結果」
No	氏名	年齢	生年月日	住所	電話	肌の悩み（自己申告）
1	三上 美穂	38	1987/03/14	新潟市北区早通南4-2-9	090-0000-2215	乾燥・小じわ
2	渡辺 恵	45	1980/01/27	新潟市東区竹尾2-8-16	080-0000-6631	アトピー性皮膚炎（通院中）
3	高橋 理沙	29	1996/06/05	新潟市中央区女池上山1-4-30	070-0000-4408	ニキビ跡
4	古川 智子	52	1973/09/22	新潟市江南区亀田向陽3-1-7	090-0000-9972	シミ
5	星野 彩乃	33	1992/11/11	新潟市秋葉区新津本町2-13	080-0000-1185	敏感肌
6	坂井 典子	61	1964/04/02	新潟市西蒲区巻甲4120	025-0000-5563	乾燥
""")],
        personal=P(("name", "三上 美穂"), ("birth_date", "1987/03/14"),
                   ("name", "渡辺 恵"), ("diagnosis", "アトピー性皮膚炎（通院中）")),
    ))

    # H6 quoted only: a reader's letter stating her religion, with contact, forwarded
    out.append(mail(
        expect="hold", kind="sensitive.religion", writer="miyauchi", loc="quoted",
        why="転送した投稿に読者の実名・住所・電話と信仰（カトリックの信徒）が書かれ、社外の編集プロダクションに送っている。",
        frm=MIYAUCHI, to=[addr("有限会社ことのは編集室 野村 様", "nomura@kotonoha-edit.example.jp")],
        subject="Fwd: 読者投稿（「ひろば」欄 6/15掲載予定）",
        text=body("""
有限会社ことのは編集室
野村 様

お世話になっております。北辰日報社 読者センターの宮内です。
6/15の「ひろば」欄に掲載予定の投稿を転送します。
いつものとおり、表記の統一と400字への調整をお願いします。
掲載時の表記は「氏名・年齢・市町村名」のみです。
""", SIG_MIYAUCHI, f"""
-------- 転送メッセージ --------
件名: 投稿
日付: 2025年6月3日 16:48
差出人: 中西 由紀子 <yukiko.nakanishi.56@yahoo.co.jp>
宛先: 読者センター <dokusha@{DOM}>

「ひろば」欄に投稿します。
氏名：中西 由紀子（61）
住所：新潟市東区山木戸5-3-27
電話：025-0000-7702
職業：パート

私はカトリックの信徒として三十年、毎週日曜に近くの教会へ通っています。
先日、教会のバザーで地元の高校生がボランティアをしてくれました。
重い机を運び、お年寄りの話し相手になってくれた姿に、この町の未来は明るいと感じました。
（以下略）
"""),
        personal=P(("name", "中西 由紀子"), ("religion", "カトリックの信徒"),
                   ("address", "新潟市東区山木戸5-3-27"), ("phone", "025-0000-7702")),
    ))

    # H7 quoted only: a reader's inquiry with income forwarded to the advertiser
    out.append(mail(
        expect="hold", kind="personal.inquiry_forward", writer="hirata", loc="quoted",
        why="転送部分に読者の氏名・住所・電話・家族構成・年収があり、広告主の住宅会社に渡している。",
        frm=HIRATA, to=[HOMES_ODA],
        subject="Fwd: 【資料請求】6/1掲載 住宅特集の広告を見て",
        text=body("""
株式会社越後ホームズ 営業企画部
小田 様

いつもお世話になっております。北辰日報社 広告局の平田です。
6/1の住宅特集に掲載した貴社広告について、読者センターに資料請求が届きました。
下記のとおり転送いたしますので、資料の発送とご連絡をお願いいたします。
反響件数は月末の効果レポートにも反映します。
""", SIG_HIRATA, f"""
-----Original Message-----
From: 読者センター <dokusha@{DOM}>
Sent: Tuesday, June 3, 2025 10:05
To: 平田 千夏 <hirata.chinatsu@{DOM}>
Subject: 【資料請求】6/1掲載 住宅特集の広告を見て

広告局 平田さん
住宅特集の越後ホームズさんの広告について、電話で資料請求がありました。
　氏名：小山 大輔 様（42）
　住所：新潟市江南区亀田本町3-9-14
　電話：090-0000-7358
　家族構成：妻・子ども2人（小学生）
　年収：約650万円
　希望：平屋、土地探しから、予算3,000万円前後
よろしくお願いします。
読者センター 宮内
"""),
        personal=P(("name", "小山 大輔"), ("address", "新潟市江南区亀田本町3-9-14"),
                   ("phone", "090-0000-7358"), ("income", "年収：約650万円")),
    ))

    # H8 subject only: a reader's stroke in the subject line
    out.append(mail(
        expect="hold", kind="sensitive.health_subject", writer="hori", loc="subject",
        why="本文は「件名の読者様」とだけ書いているが、件名に読者の実名と脳梗塞での入院が入っている。",
        frm=HORI, to=[addr("北辰日報 東区販売所 小島 所長", "kojima@kojima-shinbun.example.jp")],
        subject="配達一時停止のご依頼：大野 正樹様（脳梗塞で入院中）",
        text=body("""
北辰日報 東区販売所
小島 所長

お世話になっております。読者サービス課の堀です。
件名の読者様について、奥様から読者センターにお電話があり、退院まで朝夕刊の配達を止めてほしいとのことです。

　停止開始：6月14日（土）朝刊から
　再開：奥様から改めてご連絡
　購読料：停止期間分は日割りで減額

ポストに新聞がたまると防犯上も心配とのことでしたので、明日の朝刊から確実に止めていただけますようお願いします。
""", SIG_HORI),
        personal=P(("name", "大野 正樹"), ("diagnosis", "脳梗塞で入院中")),
    ))

    # H9 zip: encrypted zip with survey responses (PPAP)
    out.append(mail(
        expect="hold", kind="attachment.encrypted_zip", writer="hirata", loc="zip",
        why="読者アンケートの回答データ（属性・自由記述）をパスワード付きZIPで送っており、中身を検査できない。",
        frm=HIRATA, to=[addr("株式会社越路リサーチ 調査部 御中", "research@koshiji-research.example.co.jp")],
        subject="読者アンケート（2025春）回答データの送付",
        text=body("""
株式会社越路リサーチ
調査部 御中

お世話になっております。北辰日報社 広告局の平田です。
2025年春の読者アンケートの回答データ（1,204件、属性・自由記述を含む）をお送りします。
ファイルはパスワード付きZIPです。パスワードは別途お電話でお伝えします。
集計レポートは7月18日（金）までにいただけますと幸いです。
""", SIG_HIRATA),
        attachments=[enc_zip("読者アンケート2025春_回答データ.zip")],
    ))

    # H10 recipients: 12 local advertisers visible in To
    adv = [
        ("株式会社丸信酒造 総務部", "soumu@marushin-shuzo.example.co.jp"),
        ("株式会社越後ホームズ 営業企画部", "oda@echigo-homes.example.co.jp"),
        ("株式会社佐藤工務店", "info@sato-koumuten.example.co.jp"),
        ("鈴木建設株式会社 総務課", "somu@suzuki-kensetsu.example.co.jp"),
        ("田中自動車販売株式会社", "pr@tanaka-auto.example.co.jp"),
        ("古町百貨店 販売促進部", "hansoku@furumachi-dept.example.co.jp"),
        ("萬代温泉ホテル 営業部", "sales@bandai-onsen.example.jp"),
        ("白山菓子舗", "info@hakusan-kashi.example.co.jp"),
        ("越路米穀株式会社", "kome@koshiji-rice.example.co.jp"),
        ("株式会社みなと不動産販売", "ad@minato-fudosan.example.co.jp"),
        ("信濃川ブルワリー", "hello@shinano-brewery.example.jp"),
        ("相沢楽器店", "shop@aizawa-gakki.example.co.jp"),
    ]
    out.append(mail(
        expect="hold", kind="recipients.visible_external", writer="hirata", loc="recipients",
        why="地元広告主12社のアドレスをToに並べた協賛依頼で、BCCにすべき取引先同士に宛先が見えてしまう。",
        frm=HIRATA, to=[addr(n, e) for n, e in adv],
        subject="「夏の地域応援特集」協賛広告のお願い",
        text=body("""
広告主の皆さま

平素より北辰日報をご愛読・ご出稿いただき、誠にありがとうございます。広告局の平田です。
7月27日（日）朝刊で「夏の地域応援特集」（全面カラー4ページ）を企画しております。
地元の皆さまの夏のイベントやお店を紹介する特集で、協賛広告のご出稿をお願いできればと存じます。

　掲載日：7月27日（日）朝刊
　広告枠：全5段／半5段／記事下2段
　申込締切：7月11日（金）
　料金表：https://www.hokushin-nippo.example.co.jp/ad/summer2025.pdf

ご検討のほど、よろしくお願い申し上げます。
""", SIG_HIRATA),
    ))

    # ------------------------------------------------------------ passes
    # P1 election candidates (public figures) in an ad schedule
    out.append(mail(
        expect="pass", kind="benign.election_candidates", writer="hirata", loc="none",
        why="候補者は選挙に立候補した公人で、選挙運動用広告の掲載日程を選管に伝えているだけである。",
        frm=HIRATA, to=[addr("新潟市選挙管理委員会事務局", "senkyo@senkan.city-niigata.example.jp")],
        subject="市議会議員選挙 選挙運動用新聞広告の掲載日程について",
        text=body("""
新潟市選挙管理委員会事務局 御中

お世話になっております。北辰日報社 広告局の平田です。
市議会議員選挙（中央区）の選挙運動用新聞広告について、掲載日程をお知らせします。

　掲載日：7月10日（木）朝刊 地域面
　届出順・候補者名（敬称略）
　　1. 佐野 ただし（無所属・新）
　　2. 小松 かおる（市民ネット・現）
　　3. 田村 けんじ（無所属・現）
　　4. 木下 ゆうこ（未来の会・新）

原稿は各候補者の事務所から、7月4日（金）17時までに直接入稿いただく予定です。
選管の証明書の写しは、入稿時に併せてご提出いただくようご案内しています。
""", SIG_HIRATA),
    ))

    # P2 corporate bank account on an invoice
    out.append(mail(
        expect="pass", kind="benign.corporate_bank_account", writer="hirata", loc="none",
        why="広告料の請求で、記載の振込先は新聞社の法人口座である。",
        frm=HIRATA, to=[addr("株式会社越後ホームズ 経理部 御中", "keiri@echigo-homes.example.co.jp")], cc=[HOMES_ODA],
        subject="6月掲載分 広告料のご請求",
        text=body("""
株式会社越後ホームズ
経理部 御中

いつもお世話になっております。北辰日報社 広告局の平田です。
6月掲載分の広告料について、ご請求申し上げます。

　6/1 朝刊 住宅特集 全5段カラー　　　　　　 660,000円
　6/15 朝刊 地域面 記事下2段　　　　　　　　 132,000円
　合計　　　　　　　　　　　　　　　　　　　　792,000円（税込）
　お支払期限：7月31日（木）

お振込先：越後中央銀行 本店営業部 普通 1002846
口座名義：カ）ホクシンニッポウシャ
登録番号：T6110000000000

請求書の原本は本日郵送いたしました。
""", SIG_HIRATA),
    ))

    # P3 condolence on the death of an advertiser's chairman
    out.append(mail(
        expect="pass", kind="benign.condolence", writer="hirata", loc="none",
        why="広告主の会長逝去へのお悔やみで、社葬の告知にある公の情報だけである。",
        frm=HIRATA, to=[addr("株式会社丸信酒造 総務部 御中", "soumu@marushin-shuzo.example.co.jp")],
        subject="会長 故 丸山 信吾 様のご逝去に際し",
        text=body("""
株式会社丸信酒造
総務部 御中

このたびは、取締役会長 丸山 信吾 様のご逝去の報に接し、謹んでお悔やみ申し上げます。
長年にわたり弊紙をご愛顧いただき、新酒の季節の広告ではいつも温かいお言葉をいただきました。
社員一同、心よりご冥福をお祈り申し上げます。

社葬のご案内をいただきましたので、弊社からは広告局長の石黒が参列させていただきます。
何かお手伝いできることがございましたら、お申し付けください。
""", SIG_HIRATA),
    ))

    # P4 a religious corporation as an advertiser
    out.append(mail(
        expect="pass", kind="benign.religious_corporation_customer", writer="hirata", loc="none",
        why="宗教法人は広告主（取引先）として登場するだけで、個人の信仰に関する情報ではない。",
        frm=HIRATA, to=[addr("宗教法人 越の宮神社 社務所", "shamusho@koshinomiya.example.or.jp")],
        subject="初詣広告（12/28掲載）校正のお送り",
        text=body("""
宗教法人 越の宮神社
社務所 御中

いつもお世話になっております。北辰日報社 広告局の平田です。
12月28日（日）朝刊に掲載の初詣広告について、初校をお送りします。

　サイズ：半5段カラー
　掲載内容：元旦 0:00 開門／歳旦祭 1月1日 6:00／駐車場のご案内（臨時駐車場 300台）
　修正点：昨年の「交通安全祈願 受付時間」を 9:00〜16:00 に変更しています

ご確認のうえ、12月19日（金）までにご返信ください。
料金は昨年と同額で、請求書は宗教法人 越の宮神社様宛てにお送りします。
""", SIG_HIRATA),
    ))

    # P5 minutes naming companies that contain surnames
    out.append(mail(
        expect="pass", kind="benign.company_names_minutes", writer="hirata", loc="none",
        why="「佐藤工務店」「鈴木建設」「田中自動車販売」は会社名で、議事録の出席者も業務上の担当者だけである。",
        frm=HIRATA, to=[addr("株式会社新潟アドプラン 営業部 柳田 様", "yanagida@niigata-adplan.example.co.jp")],
        subject="住まいと暮らしフェア特集 打ち合わせ議事録（6/20）",
        text=body("""
株式会社新潟アドプラン
営業部 柳田 様

お世話になっております。北辰日報社 広告局の平田です。
6/20の打ち合わせ議事録をお送りします。

■出席：新潟アドプラン 柳田様・堀口様／北辰日報社 平田・広告局 制作部 宇野
■掲載：8月3日（日）朝刊 特集4ページ
■確定した広告主（掲載順）
　1. 株式会社佐藤工務店　全5段
　2. 鈴木建設株式会社　半5段
　3. 田中自動車販売株式会社　半5段
　4. 株式会社みなと不動産販売　記事下2段
■宿題
　・佐藤工務店様の原稿は、佐藤社長のインタビュー記事風に（アドプラン様、7/4まで）
　・鈴木建設様はモデルハウスの写真差し替えあり

次回は7月8日（火）10時からです。
""", SIG_HIRATA),
    ))

    # P6 IT outage and malware "infection" with quarantine
    out.append(mail(
        expect="pass", kind="benign.it_outage_malware", writer="miyauchi", loc="none",
        why="組版サーバの「障害」と端末のマルウェア「感染」「隔離」の報告で、人の健康情報ではない。",
        frm=MIYAUCHI, to=[addr("株式会社プレスシステムズ 保守窓口", "hoshu@presssystems.example.co.jp")],
        subject="【障害報告】組版サーバの応答遅延と読者センター端末のマルウェア感染（隔離済み）",
        text=body("""
株式会社プレスシステムズ
保守窓口 御中

北辰日報社 読者センターの宮内です（保守契約 PS-7731）。

1. 組版サーバの応答遅延（障害）
　・6/18 22:10〜22:55、地域面の組版で保存に1分以上かかる状態が発生
　・サーバ名：KUMI-02　イベントログ ID 2019（非ページプールの枯渇）
　・23時の降版には間に合いましたが、原因の調査をお願いします。

2. 読者センター端末のマルウェア感染
　・端末名：RC-PC-05（読者センター受付用）
　・EDRの検知名：Emotet 亜種、ファイルハッシュ（SHA-1）：5e2b8c0f91d47a36b0c9e8f2d1a4c7b3e6f09d52
　・LANから切り離して隔離済み。読者データへのアクセス痕跡がないかの確認もお願いします。
""", SIG_MIYAUCHI),
    ))

    # P7 reply to the reader himself about his own address change
    out.append(mail(
        expect="pass", kind="benign.data_subject_self", writer="hori", loc="none",
        why="住所変更を申し出た読者本人への確認メールで、本人の情報を本人に返しているだけである。",
        frm=HORI, to=[addr("石井 隆", "takashi.ishii.niigata@gmail.com")],
        subject="Re: 住所変更のお手続きについて",
        text=body("""
石井 隆 様

いつも北辰日報をご購読いただき、ありがとうございます。読者サービス課の堀です。
住所変更のお手続きを承りました。

　変更後のご住所：新潟市中央区鳥屋野2-14-8 メゾン鳥屋野301
　お届け開始：7月1日（火）朝刊から
　担当販売所：北辰日報 鳥屋野販売所（TEL 025-0000-6720）

お引っ越し前日（6/30）の朝刊までは旧住所にお届けします。
口座振替はそのまま継続されますので、お手続きは不要です。
""", SIG_HORI, """
2025年6月21日(土) 19:02 石井 隆 <takashi.ishii.niigata@gmail.com>:
""", quote("""
7月1日に引っ越すので、配達先の変更をお願いします。
新住所：新潟市中央区鳥屋野2-14-8 メゾン鳥屋野301
""")),
    ))

    # P8 lecturer's own fee with a masked account
    out.append(mail(
        expect="pass", kind="benign.lecturer_fee_self", writer="miyauchi", loc="none",
        why="講師本人への謝金の案内で、口座番号も下3桁以外を伏せており、本人に本人の情報を送っているだけである。",
        frm=MIYAUCHI, to=[addr("安藤 美和子", "miwako.ando.calligraphy@gmail.com")],
        subject="北辰文化教室 7月分 講師謝金のお知らせ",
        text=body("""
安藤 美和子 先生

いつも「北辰文化教室 はじめての書道」をご担当いただき、ありがとうございます。読者センターの宮内です。
7月分の講師謝金について、お知らせいたします。

　講座回数：4回（7/3・10・17・24）
　謝金：40,000円（源泉徴収後 35,916円）
　お振込日：8月8日（金）
　お振込先：ご登録の口座（越後中央銀行 **支店 普通 ****382）

お振込先に変更がある場合は、7月25日までにお知らせください。
秋期講座の日程案も、近日中にお送りします。
""", SIG_MIYAUCHI),
    ))

    # P9 plain zip with ad copy
    out.append(mail(
        expect="pass", kind="benign.plain_zip", writer="hirata", loc="none",
        why="暗号化していないZIPで、中身は広告原稿のテキストと掲載枠一覧だけである。",
        frm=HIRATA, to=[addr("株式会社新潟アドプラン 制作部 御中", "seisaku@niigata-adplan.example.co.jp")],
        subject="7/20 夏祭り特集 広告原稿データ",
        text=body("""
株式会社新潟アドプラン
制作部 御中

お世話になっております。北辰日報社 広告局の平田です。
7/20 夏祭り特集の広告原稿データをZIPでお送りします（パスワードなし）。
原稿テキストと掲載枠の一覧です。ロゴ画像は別途お送りします。
""", SIG_HIRATA),
        attachments=[
            att("夏祭り特集_原稿.zip/原稿テキスト.txt", """
【白山菓子舗】夏限定「笹だんご 冷やし仕立て」 7/20〜8/31 古町本店ほか
【萬代温泉ホテル】花火観覧プラン 1泊2食 お一人様 18,700円〜
【信濃川ブルワリー】ビアガーデン 毎週金・土 17:00〜22:00
"""),
            att("夏祭り特集_原稿.zip/掲載枠一覧.csv", """
広告主,枠,カラー,入稿締切
白山菓子舗,半5段,カラー,7/11
萬代温泉ホテル,全5段,カラー,7/11
信濃川ブルワリー,記事下2段,モノクロ,7/14
"""),
        ],
    ))

    # P10 real-estate ad with 宅建業者 licence and 宅建士 registration numbers
    out.append(mail(
        expect="pass", kind="benign.license_numbers", writer="hirata", loc="none",
        why="宅建業者の免許番号と宅建士の登録番号は広告に表示が求められる業務上の番号で、保護すべき個人の識別番号ではない。",
        frm=HIRATA, to=[addr("株式会社みなと不動産販売 広告ご担当者様", "ad@minato-fudosan.example.co.jp")],
        subject="不動産広告の表示事項確認（7/6 住まい面）",
        text=body("""
株式会社みなと不動産販売
広告ご担当者様

お世話になっております。北辰日報社 広告局の平田です。
7/6 住まい面の広告原稿について、表示事項を確認させてください。

　商号：株式会社みなと不動産販売
　免許番号：新潟県知事（4）第0000512号
　所属団体：公益社団法人 新潟県宅地建物取引業協会
　取引態様：売主
　物件：新潟市中央区女池南 分譲地 全12区画、土地面積 165.2㎡〜198.6㎡
　取引主任の表示：宅地建物取引士 加藤 隆史（登録番号 新潟 第012345号）

「徒歩5分」の根拠（道路距離400m以内）の資料を、入稿時にお送りください。
公正競争規約上、最多価格帯の表示も必要です。
""", SIG_HIRATA),
    ))

    return out
