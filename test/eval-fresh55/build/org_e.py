# Org E: 宗教法人 浄光寺 寺務所 (Buddhist temple office, 台東区谷中)
from common import mail, att, enc_zip, PDF, CSV, XLSX, DOCX

ORG = "E"
D = "jokoji.example.jp"
TAKEUCHI = f"浄光寺 寺務所 竹内 <takeuchi@{D}>"
TODO = f"藤堂 慈円 <todo@{D}>"
MATSUURA = f"浄光寺 寺務所 松浦 <matsuura@{D}>"

SIG_TAKEUCHI = f"""
────────────────
宗教法人 浄光寺　寺務所
寺務長　竹内 宗一
〒110-0001 東京都台東区谷中6-2-15
TEL 03-3821-4470　FAX 03-3821-4471
takeuchi@{D}
墓所・永代供養のご案内：https://www.{D}/
────────────────
"""

SIG_TODO = f"""
合掌
浄土宗 清涼山 浄光寺
副住職　藤堂 慈円（とうどう じえん）
〒110-0001 東京都台東区谷中6-2-15
寺務所 TEL 03-3821-4470（受付 9:00～16:30）
todo@{D}
※法務（法要・葬儀）のため、お返事が遅れる場合がございます。
"""

SIG_MATSUURA = f"""
浄光寺 寺務所　松浦 千里
TEL 03-3821-4470／FAX 03-3821-4471
matsuura@{D}
"""


def build():
    out = []

    # 1 hold attachment list.parishioners
    out.append(mail(ORG, "matsuura", "hold", "list.parishioners",
        "The body is a print order. The XLSX lists parishioner households with addresses, phones and grave plots, which also reveals their religious affiliation.",
        MATSUURA, ["谷中印刷 営業 片桐 <katagiri@yanaka-insatsu.example.co.jp>"],
        "寺報「清涼」夏号 宛名データのお送り",
        f"""
谷中印刷株式会社
片桐 様

いつもお世話になっております。浄光寺寺務所の松浦です。
寺報「清涼」夏号（7月1日発行）の発送用宛名データをお送りいたします。
今回から新たにお檀家になられた3軒を追加しております（シートの末尾です）。

封入・発送まで、前号と同じくお願いいたします。
{SIG_MATSUURA}""",
        loc="attachment",
        attachments=[att("寺報夏号_宛名_2024.xlsx", XLSX, """
[檀家宛名]
檀家No	世帯主	郵便番号	住所	電話	墓所区画	備考
D-0012	青山 孝之	110-0001	東京都台東区谷中5-8-3	03-3822-1094	東-12	総代
D-0047	今村 多恵子	116-0013	東京都荒川区西日暮里3-11-6	03-3891-4427	西-03
D-0105	岡部 隆	113-0022	東京都文京区千駄木2-30-1-502	090-4418-2273	東-27	8月一周忌
D-0138	川端 昭	120-0034	東京都足立区千住2-54-9	03-3881-6602	北-08
D-0211	西岡 啓介	110-0004	東京都台東区下谷1-7-12 コーポ下谷203	080-5092-1186	北-21
D-0302	福田 美和	111-0032	東京都台東区浅草4-19-8	03-3874-2251	永代-45	新規
D-0303	本多 健司	271-0092	千葉県松戸市松戸1230-4	047-364-8817	東-31	新規
D-0304	山岸 恵	330-0063	埼玉県さいたま市浦和区高砂2-6-14	048-822-5309	永代-46	新規
""")],
        personal=[("name", "青山 孝之"), ("address", "東京都台東区谷中5-8-3"),
                  ("name", "岡部 隆"), ("phone", "090-4418-2273"),
                  ("name", "西岡 啓介"), ("name", "山岸 恵")]))

    # 2 pass religious corporation as customer
    out.append(mail(ORG, "takeuchi", "pass", "benign.religious_corporation",
        "The temple, a 宗教法人, renews a copier lease; its corporate number and representative officer are corporate data.",
        TAKEUCHI, ["東京オフィスリース 営業二課 岸 <kishi@tokyo-officelease.example.co.jp>"],
        "複合機リース契約の更新について",
        f"""
東京オフィスリース株式会社
営業二課　岸 様

いつもお世話になっております。浄光寺寺務所の竹内です。
8月で満了となる複合機のリース契約について、更新のお手続きをお願いいたします。

　契約者名：宗教法人 浄光寺
　代表役員：藤堂 慈海
　法人番号：7010505000812
　所在地　：東京都台東区谷中6-2-15
　現契約番号：TOL-2019-08-3317（複合機 1台・5年）

更新後はカラー印刷の枚数が増える見込みのため（寺報・法要案内の内製化）、カウンター料金のプランも見直したく存じます。
お見積りを2パターンほどお送りいただけますでしょうか。
{SIG_TAKEUCHI}"""))

    # 3 hold body sensitive.criminal
    out.append(mail(ORG, "takeuchi", "hold", "sensitive.criminal",
        "A named parishioner family's affairs are described to a judicial scrivener, including the eldest son's imprisonment for fraud.",
        TAKEUCHI, ["塚本司法書士事務所 塚本 <tsukamoto@tsukamoto-shiho.example.jp>"],
        "墓地使用権の承継についてのご相談",
        f"""
塚本司法書士事務所
塚本 先生

いつもお世話になっております。浄光寺寺務所の竹内です。
墓地使用権の承継について、ご相談させてください。

当寺のお檀家、川端 昭 様（85歳、足立区千住在住）から、ご自身の亡き後の墓所（北-08区画）の承継者を決めておきたいとのご相談がありました。
ご家族の状況は次のとおりです。

　・奥様は3年前に他界
　・ご長男 川端 正樹 様（58歳）は、詐欺罪で実刑判決を受け、現在 府中刑務所に服役中（出所は2026年の見込み）
　・ご長女 三好 裕子 様（55歳、横浜市在住）は嫁ぎ先の墓があるため、承継には消極的

川端様としては、ご長男ではなくお孫さん（ご長女のお子さん）に承継させたいご意向です。
墓地使用規則上、祭祀承継者の指定をどのような書面で残しておくべきか、ご教示いただけますでしょうか。
{SIG_TAKEUCHI}""",
        loc="body",
        personal=[("name", "川端 昭"), ("name", "川端 正樹"),
                  ("criminal", "詐欺罪で実刑判決"), ("criminal", "府中刑務所に服役中"),
                  ("name", "三好 裕子")]))

    # 4 pass historical persons
    out.append(mail(ORG, "todo", "pass", "benign.historical_person",
        "A temple-newsletter manuscript about historical figures (the founder and an Edo-period painter); no living person's data.",
        TODO, ["編集工房あおい 大塚 <otsuka@henshu-aoi.example.co.jp>"],
        "寺報夏号 巻頭法話の原稿について",
        f"""
編集工房あおい
大塚 様

いつもお世話になっております。浄光寺の藤堂です。
夏号の巻頭法話の原稿をお送りいたします。1,600字ほどです。

――――――――――
「ひとすじの念仏」
当山の開山、聖誉上人が谷中の地に草庵を結ばれたのは、寛永十三年（一六三六）のことと伝わります。
法然上人が説かれた「ただ一向に念仏すべし」の教えを、上人は町の人々に平易な言葉で語り続けました。
江戸後期には、画人・谷文晁もたびたび当山を訪れ、本堂の襖絵の下絵を残しています。
…（以下略）
――――――――――

挿絵として、寺宝の「聖誉上人坐像」の写真（2019年撮影分）をお使いください。
文晁の下絵は台東区の文化財担当の方の了承を得ておりますので、掲載して差し支えありません。
{SIG_TODO}"""))

    # 5 hold quoted sensitive.health (third person's infection in reply to family member)
    out.append(mail(ORG, "matsuura", "hold", "sensitive.health",
        "A reply to a family member quotes the chief mourner's message naming his wife's COVID-19 infection and hospitalisation.",
        MATSUURA, ["吉田 晴美 <harumi.yoshida.1962@gmail.com>"],
        "Re: 父の一周忌の日程について",
        f"""
吉田 晴美 様

お問い合わせいただきありがとうございます。浄光寺寺務所の松浦でございます。
お父様の一周忌法要の日程につきましては、施主の岡部様より下記のとおりご連絡をいただいております。
新しい日程が決まりましたら、改めてご案内いたします。
{SIG_MATSUURA}
-----Original Message-----
From: 岡部 隆
Sent: 2024年6月10日 8:05
To: 浄光寺 寺務所
Subject: 一周忌の延期のお願い

浄光寺 寺務所 御中

お世話になっております。岡部です。
6月22日にお願いしていた父・岡部 弘の一周忌ですが、
妻の由紀子が新型コロナウイルスに感染し、昨日から入院しております。
大変申し訳ありませんが、7月中旬以降に延期していただけないでしょうか。
妹（吉田）には私からも連絡しておきます。
""",
        loc="quoted",
        personal=[("name", "妻の由紀子"), ("diagnosis", "新型コロナウイルスに感染"),
                  ("name", "岡部 隆")]))

    # 6 pass corporate account of a stonemason
    out.append(mail(ORG, "matsuura", "pass", "benign.corporate_account",
        "Payment notice for approach-path repairs to a stonemason's corporate account.",
        MATSUURA, ["谷中石材 経理 佐久間 <sakuma@yanaka-sekizai.example.co.jp>"],
        "参道石畳補修工事 代金お振込のご連絡",
        f"""
株式会社谷中石材
経理ご担当　佐久間 様

いつもお世話になっております。浄光寺寺務所の松浦です。
5月に施工いただいた参道石畳の補修工事代金を、本日下記のとおりお振込みいたしました。

　請求書番号：YS-2405-0092
　お振込金額：1,452,000円（税込）
　お振込先　：東都信用金庫 谷中支店 普通 0841275 カ）ヤナカセキザイ
　振込名義　：シユウ）ジヨウコウジ

ご確認のほどよろしくお願いいたします。
領収書は寺務所宛にご郵送いただけますと幸いです。
{SIG_MATSUURA}"""))

    # 7 hold subject sensitive.social_status
    out.append(mail(ORG, "takeuchi", "hold", "sensitive.social_status",
        "Only the subject is risky: it ties a named parishioner to welfare receipt, which can lead to discrimination and which the stonemason does not need.",
        TAKEUCHI, ["谷中石材 工事部 木村 <kimura@yanaka-sekizai.example.co.jp>"],
        "墓じまい費用の分割について（西岡 啓介様・生活保護受給中）",
        f"""
谷中石材 工事部
木村 様

お世話になっております。浄光寺の竹内です。
標記の件、先日のお見積り（北-21区画、撤去・整地）について、施主様より分割でのお支払いをご希望との申出がありました。
6回程度の分割に対応いただけるかどうか、ご検討いただけますでしょうか。

工事時期は9月の彼岸明け以降で結構です。
{SIG_TAKEUCHI}""",
        loc="subject",
        personal=[("name", "西岡 啓介"), ("social_status", "生活保護受給中")]))

    # 8 pass data subject
    out.append(mail(ORG, "matsuura", "pass", "benign.data_subject",
        "Service details and a receipt sent to the parishioner himself about his own family's memorial service.",
        MATSUURA, ["青山 孝之 <t.aoyama.yanaka@gmail.com>"],
        "三回忌法要のご案内と護持会費の領収について",
        f"""
青山 孝之 様

いつも大変お世話になっております。浄光寺寺務所の松浦でございます。
ご母堂様の三回忌法要につきまして、下記のとおり承りました。

　日時：7月13日（土）午前11時より（本堂）
　ご参列：12名様（ご予定）
　卒塔婆：6本（お申込書のとおり、お施主様ほか5名様のお名前でお書きいたします）
　お斎　：当寺客殿にて（仕出しは「さかえ家」様、12名分）

また、本年度の護持会費 12,000円を確かに頂戴いたしました。領収書は当日お渡しいたします。
ご不明の点がございましたら、寺務所までお気軽にお問い合わせください。
{SIG_MATSUURA}"""))

    # 9 hold encrypted zip
    out.append(mail(ORG, "takeuchi", "hold", "attachment.encrypted_zip",
        "The temple's year-end accounts sent as a password-protected zip (PPAP).",
        TAKEUCHI, ["星野税理士事務所 星野 <hoshino@hoshino-tax.example.jp>"],
        "令和5年度 決算資料一式の送付",
        f"""
星野税理士事務所
星野 先生

いつもお世話になっております。浄光寺の竹内です。
令和5年度（2023年4月～2024年3月）の決算資料一式をお送りいたします。
（収支計算書、財産目録、墓地会計の内訳、給与台帳）

パスワードは明日、別途メールでお知らせいたします。
ご確認のほど、よろしくお願いいたします。
{SIG_TAKEUCHI}""",
        loc="zip",
        attachments=[enc_zip("浄光寺_R5決算資料.zip")]))

    # 10 pass website outage / malware wording
    out.append(mail(ORG, "takeuchi", "pass", "benign.it_outage",
        "'障害', 'ウイルス感染' and '隔離' describe a website outage and an infected office PC; no personal data.",
        TAKEUCHI, ["ミナモウェブ サポート <support@minamoweb.example.co.jp>"],
        "ホームページが表示されない障害について",
        f"""
株式会社ミナモウェブ
サポートご担当者様

いつもお世話になっております。浄光寺寺務所の竹内です。
昨夜から、当寺のホームページ（https://www.{D}/）が「503 Service Unavailable」となり表示されません。

また、関係があるかわかりませんが、昨日寺務所のPC1台でウイルス感染の警告が出ました。
セキュリティソフトが不審なファイルを隔離したとの表示で、現在そのPCはネットワークから外しています。
ホームページの更新はこのPCから行っていたため、FTPのパスワード変更も含めてご相談させてください。

お盆前で法要のお問い合わせが多い時期のため、早めの復旧をお願いできれば幸いです。
{SIG_TAKEUCHI}"""))

    # 11 pass 面会制限 at a care home, aggregate only
    out.append(mail(ORG, "todo", "pass", "benign.aggregate_infection",
        "A sermon visit to a care home arranged under a general visiting restriction; participant numbers only, no resident is named.",
        TODO, ["やなか苑 生活相談員 秋山 <akiyama@yanakaen.example.or.jp>"],
        "お盆の法話会（出張）について",
        f"""
社会福祉法人 やなか苑
生活相談員　秋山 様

いつもお世話になっております。浄光寺の藤堂です。
8月のお盆法話会の件、ご連絡ありがとうございました。

現在、施設で面会制限を行っていらっしゃるとのこと、承知いたしました。
つきましては、以下の形でいかがでしょうか。

　日時：8月14日（水）14:00～14:30
　場所：1階ホール（ご参加は入居者様のみ、20名程度まで）
　内容：読経（短め）と法話15分
　感染対策：私はマスク着用・検温のうえ伺います。ご家族の参列はなしで結構です

ご参加の方のお名前などは不要です。人数の目安だけお知らせください。
お布施等はいただきませんので、お気遣いなきようお願いいたします。
{SIG_TODO}"""))

    # 12 hold too many visible recipients
    to12 = [
        "青山 孝之 <t.aoyama.yanaka@gmail.com>",
        "今村 多恵子 <taeko.imamura@gmail.com>",
        "岡部 隆 <takashi.okabe.sendagi@gmail.com>",
        "川端 昭 <kawabata.akira1939@gmail.com>",
        "福田 美和 <miwa.fukuda.asakusa@gmail.com>",
        "本多 健司 <k.honda@matsudo-koumuten.example.co.jp>",
        "山岸 恵 <megumi.yamagishi@gmail.com>",
        "吉田 晴美 <harumi.yoshida.1962@gmail.com>",
        "三好 裕子 <yuko.miyoshi.yokohama@gmail.com>",
        "小西 勝 <m.konishi@konishi-shoten.example.co.jp>",
        "坂井 千代 <chiyo.sakai0405@gmail.com>",
        "長谷川 実 <minoru.hasegawa@gmail.com>",
        "堀内 貴子 <t.horiuchi@ueno-dental.example.jp>",
    ]
    out.append(mail(ORG, "todo", "hold", "recipients.too_many_visible",
        "A service invitation to 13 parishioners with private and company addresses, all visible in To, which also exposes who belongs to the temple.",
        TODO, to12,
        "施餓鬼会法要のご案内（8月18日）",
        f"""
浄光寺 お檀家の皆様

暑さ厳しき折、皆様にはお健やかにお過ごしのことと存じます。
本年も恒例の施餓鬼会法要を、下記のとおり厳修いたします。

　日時：8月18日（日）午後1時より
　場所：浄光寺 本堂
　次第：法話（午後1時）／施餓鬼会法要（午後1時45分）／塔婆お渡し
　塔婆のお申込み：8月5日までに、同封のお申込書または本メールへのご返信にて

ご家族お揃いでお参りくださいますよう、ご案内申し上げます。
{SIG_TODO}""",
        loc="recipients"))

    # 13 hold body sensitive.health to a caterer
    out.append(mail(ORG, "todo", "hold", "sensitive.health",
        "A named mourner's dialysis, wheelchair use and swallowing difficulty are given to a caterer, more than the meal arrangement needs.",
        TODO, ["料亭さかえ家 女将 <okami@sakaeya.example.jp>"],
        "7月13日 青山家 お斎のご相談",
        f"""
さかえ家 女将様

いつもお世話になっております。浄光寺の藤堂です。
7月13日の青山家 三回忌のお斎（客殿・12名様）について、施主様からご相談がありましたのでお伝えします。

ご参列のうち、施主様の叔母にあたる 青山 フミ 様（88歳）について、
・週3回人工透析を受けていらっしゃるため、塩分・カリウムを控えたお食事をご用意いただきたい
・車椅子でお越しになるので、客殿の奥の席（段差なし側）にお膳を
・嚥下障害があり、刻み食（とろみ付き）でお願いしたい
とのことです。

ご対応可能かどうか、追加の料金も含めてお知らせいただけますでしょうか。
{SIG_TODO}""",
        loc="body",
        personal=[("name", "青山 フミ"), ("diagnosis", "人工透析"),
                  ("disability", "車椅子"), ("diagnosis", "嚥下障害")]))

    # 14 pass condolence to a neighbouring temple
    out.append(mail(ORG, "takeuchi", "pass", "benign.condolence",
        "Condolences to a neighbouring temple, itself a 宗教法人, on the death of its former head priest.",
        TAKEUCHI, ["常楽院 寺務所 <office@jorakuin.example.jp>"],
        "前ご住職様ご遷化のお悔やみ",
        f"""
常楽院 ご住職様
寺務所 御中

前ご住職 慈光上人 ご遷化の報に接し、当山住職 藤堂慈海はじめ一同、謹んで哀悼の意を表します。
長年にわたり谷中の寺院会をお導きいただき、当山もひとかたならぬご厚誼を賜りました。

本葬の日程が決まりましたら、お知らせいただけますと幸いです。
当山より住職・副住職が参列させていただきたく存じます。
また、お手伝いが必要なことがございましたら、寺務所までご遠慮なくお申し付けください。

略儀ながら、取り急ぎメールにてお悔やみ申し上げます。
{SIG_TAKEUCHI}"""))

    # 15 hold attachment id.mynumber
    out.append(mail(ORG, "matsuura", "hold", "id.mynumber",
        "The body is a cover note. The attached dependant declaration holds the head priest's and his wife's マイナンバー.",
        MATSUURA, ["星野税理士事務所 給与担当 <kyuyo@hoshino-tax.example.jp>"],
        "扶養控除等申告書（住職分）の送付",
        f"""
星野税理士事務所
給与ご担当者様

いつもお世話になっております。浄光寺寺務所の松浦です。
住職の令和6年分 扶養控除等（異動）申告書を添付いたします。
奥様の年金額が変わったため、配偶者欄を修正しております。

ご確認をお願いいたします。
{SIG_MATSUURA}""",
        loc="attachment",
        attachments=[att("扶養控除等申告書_R6_住職.pdf", PDF, """
令和6年分 給与所得者の扶養控除等（異動）申告書
給与の支払者：宗教法人 浄光寺
氏名：藤堂 慈海　生年月日：昭和22年11月2日
個人番号：273950618422
住所：東京都台東区谷中6-2-15
源泉控除対象配偶者：藤堂 節子　生年月日：昭和26年4月18日
配偶者の個人番号：682047193579
配偶者の所得の見積額：公的年金等 年額 96万円
""")],
        personal=[("name", "藤堂 慈海"), ("mynumber", "273950618422"),
                  ("name", "藤堂 節子"), ("mynumber", "682047193579")]))

    # 16 pass vehicle numbers of company vehicles
    out.append(mail(ORG, "matsuura", "pass", "benign.vehicle_number",
        "Traffic guidance for a service day; vehicle numbers belong to a bus company and a funeral company.",
        MATSUURA, ["セーフガード警備 上野営業所 <ueno@safeguard-keibi.example.co.jp>"],
        "7月13日 交通誘導のご依頼",
        f"""
株式会社セーフガード警備
上野営業所 御中

いつもお世話になっております。浄光寺寺務所の松浦です。
7月13日（土）の法要に伴い、山門前の交通誘導員2名の派遣をお願いいたします。

　時間：10:00～14:00
　入構予定車両：
　　・マイクロバス（谷中観光バス）　足立 230 い 45-67　10:30着
　　・葬祭用車両（東都セレモニー）　品川 800 さ 12-08　（午後に別件の葬儀準備）
　　・仕出し配送車（さかえ家）　　　台東 480 あ 31-92　11:30着
　一般のご参列者の車は、近隣のコインパーキングをご案内ください。

前回（5月）と同じく、山門前の一時停車は5分以内でお願いします。
{SIG_MATSUURA}"""))

    # 17 hold quoted personal.complaint
    out.append(mail(ORG, "takeuchi", "hold", "personal.complaint",
        "The body asks a gardener to trim trees. The forwarded neighbour complaint carries her full name, address and phone.",
        TAKEUCHI, ["谷中造園 親方 <info@yanaka-zoen.example.co.jp>"],
        "Fw: 境内の樹木について（近隣の方より）",
        f"""
谷中造園 様

いつもお世話になっております。浄光寺の竹内です。
近隣の方から下記のご連絡がありました。
墓地北側の欅の枝払いについて、早めに現地を見ていただき、お見積りをお願いできますでしょうか。
{SIG_TAKEUCHI}
---------- Forwarded message ----------
From: 村瀬 加代子 <kayoko.murase@gmail.com>
Date: 2024年6月11日
To: 浄光寺 寺務所
Subject: 境内の木について

浄光寺様
裏手に住んでおります村瀬と申します（台東区谷中6-3-21）。
墓地の北側の大きな木の枝がうちの二階のベランダまで伸びてきて、落ち葉で雨どいが詰まり困っています。
先日の強風のときは枝が窓に当たり、ひびが入りました。
至急切っていただけないでしょうか。修理費についてもご相談したいです。
日中は不在のことが多いので、携帯 090-5528-3019 にご連絡ください。
村瀬 加代子
""",
        loc="quoted",
        personal=[("name", "村瀬 加代子"), ("address", "台東区谷中6-3-21"),
                  ("phone", "090-5528-3019"), ("email", "kayoko.murase@gmail.com")]))

    # 18 pass temple as landlord; 宅建業者 licence and 宅建士 registration
    out.append(mail(ORG, "takeuchi", "pass", "benign.registration_numbers",
        "Lease renewal for temple land; the agent's 宅建業 licence and 宅建士 registration numbers are business registrations.",
        TAKEUCHI, ["上野不動産管理 賃貸管理部 森 <mori@ueno-fudosan.example.co.jp>"],
        "Re: 境内地駐車場の賃貸借契約更新について",
        f"""
上野不動産管理株式会社
賃貸管理部　森 様

お世話になっております。浄光寺の竹内です。
契約更新のご案内をありがとうございました。
条件（月額賃料 180,000円据え置き、期間3年）で差し支えございません。
更新契約書は、代表役員の押印のうえ返送いたします。

なお、借主の株式会社谷中パークシステム様から要望のあった精算機の入替えは、
工事中も参拝者用の3台分を確保していただくことを条件に、承諾いたします。
{SIG_TAKEUCHI}
> 宗教法人 浄光寺 竹内様
>
> いつもお世話になっております。
> 境内地駐車場（台東区谷中6-2-15の一部、約320㎡）の賃貸借契約が
> 9月30日で満了となりますので、更新のご案内をお送りいたします。
> 借主：株式会社谷中パークシステム
>
> 上野不動産管理株式会社　賃貸管理部　森 直樹
> 宅地建物取引業者免許 東京都知事（4）第81236号
> 宅地建物取引士 東京 第176204号
> TEL 03-5812-3360
"""))

    # 19 hold body id.bank_account
    out.append(mail(ORG, "matsuura", "hold", "id.bank_account",
        "A freelance gagaku musician's private bank account and home address are sent to the tax accountant.",
        MATSUURA, ["星野税理士事務所 給与担当 <kyuyo@hoshino-tax.example.jp>"],
        "雅楽奏者への謝礼のお支払いについて",
        f"""
星野税理士事務所
給与ご担当者様

いつもお世話になっております。浄光寺寺務所の松浦です。
8月18日の施餓鬼会でお願いする雅楽奏者（笙）への謝礼について、源泉徴収の計算と振込データの作成をお願いいたします。

　氏名：佐野 雅楽（さの うた）様　※個人でのご活動
　住所：東京都杉並区阿佐谷北4-9-17
　謝礼：50,000円（源泉徴収前）
　振込先：青梅みどり信用金庫 阿佐ヶ谷支店 普通 6602518 サノ ウタ

支払調書の作成も、年末にあわせてお願いできれば幸いです。
{SIG_MATSUURA}""",
        loc="body",
        personal=[("name", "佐野 雅楽"), ("address", "東京都杉並区阿佐谷北4-9-17"),
                  ("bank_account", "普通 6602518"), ("bank_account_holder", "サノ ウタ")]))

    # 20 pass renovation committee minutes, long signatures
    out.append(mail(ORG, "todo", "pass", "benign.minutes",
        "Minutes of a renovation committee with a builder and an architect; partner staff, signatures and a 一級建築士 registration number only.",
        TODO,
        ["清水 宏樹 <h.shimizu@daito-kensetsu.example.co.jp>", "根岸 真人 <negishi@kumo-sekkei.example.jp>"],
        "本堂耐震改修 第3回委員会 議事録",
        f"""
大東建設株式会社 清水様
くも設計事務所 根岸様

先日はお暑い中ご出席いただき、ありがとうございました。浄光寺の藤堂です。
第3回委員会の議事録をお送りいたします。

【日時】2024年6月15日（土）10:00～11:30　【場所】浄光寺 客殿
【出席】浄光寺：藤堂慈海（住職）、藤堂慈円、竹内／総代：青山様
　　　　大東建設：清水様、岩崎様／くも設計事務所：根岸様（一級建築士 登録番号 第318745号）

1. 耐震診断結果（Is値 0.38）を踏まえた補強案B（鉄骨フレーム併用）で進めることを確認
2. 工期：2025年1月～6月。工事中の法要は客殿で行う
3. 概算工事費：1億2,800万円（うち文化庁補助対象外部分の資金計画は次回）
4. 次回：7月20日（土）10:00～

修正点がございましたら、今月中にお知らせください。
{SIG_TODO}
> 藤堂様
> 補強案Bの図面（第2版）を本日お送りしました。
> ――――――――――
> くも設計事務所　一級建築士　根岸 真人
> 〒113-0034 東京都文京区湯島3-14-9
> TEL 03-3834-5520
> ――――――――――
""",
        cc=[TAKEUCHI, "岩崎 亮 <iwasaki@daito-kensetsu.example.co.jp>"]))

    return out
