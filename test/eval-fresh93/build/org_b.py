# -*- coding: utf-8 -*-
"""Org B: 東雲ロジスティクス株式会社（物流倉庫会社）."""
from common import addr, att, quote, body, mynumber, P, mail

ORG = "B"
DOM = "shinonome-logi.example.co.jp"

HASEBE = addr("長谷部 拓也", f"hasebe.takuya@{DOM}")
MURASE = addr("村瀬 由佳", f"murase.yuka@{DOM}")
KANDA = addr("神田 俊", f"kanda.shun@{DOM}")

SIG_HASEBE = """
――――――――――――――――――――――――
東雲ロジスティクス株式会社 第二物流センター
業務課 課長　長谷部 拓也
〒272-0000 千葉県市川市塩浜5-11-3
TEL 047-0000-6200 / FAX 047-0000-6209 / 携帯 080-0000-1746
https://www.shinonome-logi.example.co.jp/
――――――――――――――――――――――――
"""

SIG_MURASE = """
--------------------------------------------
東雲ロジスティクス株式会社
管理本部 総務人事課　村瀬 由佳（Yuka Murase）
TEL 03-0000-4810（直通）
〒135-0000 東京都江東区東雲2-7-9 東雲ロジビル5F
--------------------------------------------
"""

SIG_KANDA = """
神田 俊
東雲ロジスティクス株式会社 安全衛生・品質管理室
TEL 047-0000-6215　Mail kanda.shun@shinonome-logi.example.co.jp
"""

TOMITA = addr("ひまわり社会保険労務士法人 富田 様", "tomita@himawari-sr.example.jp")
NATURIE_KONDO = addr("株式会社ナチュリエ 物流部 近藤 様", "kondo@naturie.example.co.jp")


def mails():
    out = []

    # ------------------------------------------------------------ holds
    # H1 body: employee's diagnosis to the labour-and-social-security consultant
    out.append(mail(
        expect="hold", kind="sensitive.health_employee", writer="murase", loc="body",
        why="傷病手当金の手続きという正当な目的でも、社員の実名・生年月日と診断名を社外の社労士に送っている。",
        frm=MURASE, to=[TOMITA],
        subject="傷病休職者の手続きについて（傷病手当金）",
        text=body("""
ひまわり社会保険労務士法人
富田 様

いつもお世話になっております。東雲ロジスティクス総務人事課の村瀬です。
第二物流センター所属の社員が休職に入りましたので、傷病手当金の申請手続きをお願いできますでしょうか。

　社員番号：S-20417
　氏名：原田 健太（はらだ けんた）　1982年9月3日生
　所属：第二物流センター 出荷チーム（フォークリフト担当）
　診断名：腰椎椎間板ヘルニア（L4/5）、手術予定あり
　休職期間：2025年5月7日〜（当面3か月の見込み）
　最終出勤日：5月2日

主治医は市川みなと整形外科の先生で、意見書の記入は了承いただいています。
賃金台帳と出勤簿（直近3か月分）は本日中に共有フォルダへ格納します。
労災ではなく私傷病扱いとの認識ですが、念のためご確認いただけますと幸いです。
""", SIG_MURASE),
        personal=P(("name", "原田 健太"), ("birth_date", "1982年9月3日"),
                   ("diagnosis", "腰椎椎間板ヘルニア（L4/5）")),
    ))

    # H2 body: residence card number of a foreign worker
    out.append(mail(
        expect="hold", kind="id.residence_card", writer="murase", loc="body",
        why="特定技能で働く社員の在留カード番号・生年月日・国籍を本文に書いて登録支援機関へ送っている。",
        frm=MURASE, to=[addr("協同組合ワークリンク東日本 佐野 様", "sano@worklink-east.example.or.jp")],
        subject="在留期間更新の書類準備について（特定技能）",
        text=body("""
協同組合ワークリンク東日本
支援担当 佐野 様

お世話になっております。東雲ロジスティクスの村瀬です。
当社で就労中の特定技能外国人1名について、在留期間の更新時期が近づいてまいりました。
申請書類の作成支援をお願いしたく、本人の情報をお送りします。

　氏名：NGUYEN VAN MINH（グエン・ヴァン・ミン）
　国籍：ベトナム
　生年月日：1997年2月18日
　在留カード番号：UH48203917EK
　在留資格：特定技能1号
　在留期間満了日：2025年9月30日

雇用契約は更新済みで、条件に変更はありません。
本人との面談日程は佐野様のご都合に合わせますので、候補日をいただけますと幸いです。
""", SIG_MURASE),
        personal=P(("name", "NGUYEN VAN MINH"), ("residence_card", "UH48203917EK"),
                   ("birth_date", "1997年2月18日")),
    ))

    # H3 body: end customer's full contact pasted for the carrier
    out.append(mail(
        expect="hold", kind="personal.customer_complaint", writer="hasebe", loc="body",
        why="通販の購入者（個人）の氏名・住所・電話を苦情内容とともに運送会社へ渡している。",
        frm=HASEBE, to=[addr("株式会社ハヤテ運輸 市川営業所 堀内 所長", "horiuchi@hayate-unyu.example.co.jp")],
        subject="【至急】配達に関するお客様からのお申し出（ナチュリエ様 通販分）",
        text=body("""
株式会社ハヤテ運輸 市川営業所
堀内 所長

お世話になっております。東雲ロジスティクス第二センターの長谷部です。
荷主のナチュリエ様経由で、エンドユーザー様から強い苦情が入っております。
置き配の指定がないのに玄関前に置かれ、雨で箱が濡れていたとのことです。
下記のお客様へ、本日中に担当ドライバーからお詫びと状況確認のお電話をお願いできますでしょうか。

　お客様：大塚 美奈子 様
　住所：千葉県船橋市夏見台6-3-8
　電話：090-0000-8842
　注文番号：NT-250611-00482
　お届け日：6月11日（水）午後便
　伝票番号：4127-0938-5521

交換品は当センターから明日午前に出荷します。結果は私までご一報ください。
""", SIG_HASEBE),
        personal=P(("name", "大塚 美奈子"), ("address", "千葉県船橋市夏見台6-3-8"),
                   ("phone", "090-0000-8842")),
    ))

    # H4 attachment only: health-check roster with birth dates
    out.append(mail(
        expect="hold", kind="list.employee_roster", writer="kanda", loc="attachment",
        why="添付CSVに社員8名の氏名・生年月日・性別・所属が並んだ名簿で、社外の健診機関に送っている。",
        frm=KANDA, to=[addr("医療法人社団 湾岸健診クリニック 健診センター", "kenshin@wangan-clinic.example.or.jp")],
        subject="2025年度 定期健康診断 受診者名簿の送付（第二物流センター追加分）",
        text=body("""
医療法人社団 湾岸健診クリニック
健診センター 受付ご担当者様

いつもお世話になっております。東雲ロジスティクス 安全衛生・品質管理室の神田です。
7月の巡回健診（第二物流センター実施分）の受診者名簿を添付いたします。
今回は正社員・契約社員あわせて8名が追加対象です。
夜勤者は午前枠でお願いしたく、名簿の「希望枠」列をご参照ください。
健診バスの駐車位置は、前回と同じく北側トラックヤード横を予定しています。

ご確認のほどよろしくお願いいたします。
""", SIG_KANDA),
        attachments=[att("健診受診者名簿_第二センター_追加分.csv", """
社員番号,氏名,フリガナ,生年月日,性別,雇用区分,所属,希望枠
S-20388,小川 悟,オガワ サトル,1975/04/12,男,正社員,入荷チーム,午前
S-20391,青木 友美,アオキ トモミ,1989/11/30,女,契約社員,ピッキング,午後
S-20402,西川 大樹,ニシカワ ダイキ,1996/02/07,男,正社員,出荷チーム,午前
S-20405,丸山 加奈,マルヤマ カナ,1983/08/25,女,契約社員,流通加工,午後
S-20409,菅原 直人,スガワラ ナオト,1971/12/19,男,正社員,夜勤（入荷）,午前
S-20411,松井 友里,マツイ ユリ,1999/05/03,女,契約社員,ピッキング,午後
S-20413,福田 悠,フクダ ユウ,2001/09/14,男,契約社員,夜勤（出荷）,午前
S-20416,川村 祐介,カワムラ ユウスケ,1990/06/28,男,正社員,在庫管理,午後
""")],
        personal=P(("name", "小川 悟"), ("birth_date", "1975/04/12"),
                   ("name", "青木 友美"), ("birth_date", "1989/11/30"),
                   ("name", "菅原 直人")),
    ))

    # H5 attachment only: drivers' licence numbers to the insurance agent
    out.append(mail(
        expect="hold", kind="id.drivers_license", writer="hasebe", loc="attachment",
        why="添付の運転者一覧に3名の運転免許証番号・生年月日が記載され、保険代理店に送っている。",
        frm=HASEBE, to=[addr("有限会社ミツワ保険サービス 岩崎 様", "iwasaki@mitsuwa-hoken.example.co.jp")],
        subject="構内車両・フォークリフト 運転者追加登録のお願い",
        text=body("""
有限会社ミツワ保険サービス
岩崎 様

いつもお世話になっております。東雲ロジスティクスの長谷部です。
7月1日付で、第二物流センターの構内車両を運転する者を3名追加します。
添付の運転者一覧をもとに、運転者限定の変更手続きをお願いできますでしょうか。
証券番号は前回と同じ（MH-5510872）です。

変更後の保険料の差額が出る場合は、請求書を本社総務宛てにお送りください。
""", SIG_HASEBE),
        attachments=[att("構内車両_運転者一覧_0701.xlsx", """
シート「運転者一覧」（2025年7月1日追加分）
No	氏名	生年月日	運転免許証番号	免許の種類	有効期限	フォークリフト技能講習修了証番号
1	大橋 翼	1993/06/21	302104587310	中型	2027/07/21	千葉労-FL-21-04472
2	松浦 健吾	1987/01/09	302009814625	大型	2028/02/09	千葉労-FL-19-11836
3	田島 亜美	1998/10/02	302216043958	普通	2026/11/02	東京労-FL-23-00921
""")],
        personal=P(("name", "大橋 翼"), ("drivers_license", "302104587310"),
                   ("drivers_license", "302009814625"), ("drivers_license", "302216043958")),
    ))

    # H6 quoted only: heatstroke diagnosis of a named worker forwarded to the client
    out.append(mail(
        expect="hold", kind="sensitive.health_incident", writer="kanda", loc="quoted",
        why="転送した一次報告に協力会社作業員の実名と搬送先での診断（熱中症・横紋筋融解症の疑い）があり、荷主に送っている。",
        frm=KANDA, to=[NATURIE_KONDO],
        subject="Fwd: 【一次報告】7/18 第二センター 熱中症による救急搬送",
        text=body("""
株式会社ナチュリエ 物流部
近藤 様

いつもお世話になっております。東雲ロジスティクスの神田です。
昨日、貴社商品を扱う第二センター3階で、作業中の救急搬送が発生しました。
現場リーダーからの一次報告を取り急ぎ転送いたします。
出荷への影響はなく、当日分は全数出荷済みです。
原因分析と再発防止策（WBGT計測の強化、休憩ルールの見直し）は、7/25までに正式な報告書としてご提出します。

大変ご心配をおかけし申し訳ございません。
""", SIG_KANDA, f"""
-----Original Message-----
From: 鶴田 裕之 <tsuruta.hiroyuki@{DOM}>
Sent: Friday, July 18, 2025 21:37
To: 神田 俊 <kanda.shun@{DOM}>
Subject: 【一次報告】7/18 第二センター 熱中症による救急搬送

神田さん
本日の件、一次報告です。
・発生：7/18 14:20頃 3Fピッキングエリア（ナチュリエ様棚列）
・対象者：松田 亮介さん（協力会社 ユナイトサポート所属、29歳）
・状況：作業中にふらつき、嘔吐。意識はあり。14:35救急要請、市川中央病院へ搬送
・病院での診断：熱中症（Ⅲ度）、横紋筋融解症の疑いで3日程度入院
・当時のWBGT：31.2（3F東側）
ユナイトサポートの飯田統括には連絡済み、ご家族へは飯田さんから連絡済みとのことです。
鶴田
"""),
        personal=P(("name", "松田 亮介"), ("diagnosis", "熱中症（Ⅲ度）、横紋筋融解症の疑い")),
    ))

    # H7 quoted only: employee's spouse's My Number in a forwarded mail
    mn = mynumber("73920481655")
    out.append(mail(
        expect="hold", kind="id.mynumber_dependent", writer="murase", loc="quoted",
        why="転送した社員のメールに配偶者のマイナンバーと生年月日が書かれており、社外の社労士に送っている。",
        frm=MURASE, to=[TOMITA],
        subject="Fwd: 扶養追加の書類について",
        text=body("""
ひまわり社会保険労務士法人
富田 様

お世話になっております。東雲ロジスティクスの村瀬です。
社員から配偶者の扶養追加の申し出がありましたので、本人のメールを転送します。
健康保険の被扶養者異動と国民年金第3号の手続きをお願いいたします。
婚姻日は6月1日、配偶者の今後の収入見込みはゼロとのことです。
""", SIG_MURASE, f"""
---------- Forwarded message ---------
From: 佐藤 翔 <sho.sato.0608@gmail.com>
Date: 2025年6月9日(月) 22:15
Subject: 扶養追加の書類について
To: 村瀬 由佳 <murase.yuka@{DOM}>

村瀬さん
お疲れさまです。出荷チームの佐藤です。
先日お話しした妻の扶養の件で、必要な情報を送ります。
　妻 氏名：佐藤 由美子（旧姓 河合）
　生年月日：1996年12月5日
　マイナンバー：{mn}
　基礎年金番号：手帳が見つからないため、マイナンバーで手続きできると聞きました
住民票は来週提出します。よろしくお願いします。
佐藤
"""),
        personal=P(("name", "佐藤 由美子"), ("mynumber", mn), ("birth_date", "1996年12月5日")),
    ))

    # H8 subject only: employment-insurance number in the subject
    out.append(mail(
        expect="hold", kind="id.employment_insurance", writer="murase", loc="subject",
        why="本文には個人名がないが、件名に元社員の氏名と雇用保険被保険者番号がそのまま入っている。",
        frm=MURASE, to=[TOMITA],
        subject="離職票の作成依頼：久保田 誠 雇用保険被保険者番号 5012-345678-9",
        text=body("""
ひまわり社会保険労務士法人
富田 様

お世話になっております。東雲ロジスティクスの村瀬です。
件名の元社員について、離職証明書の作成と電子申請をお願いいたします。

　退職日：2025年6月30日
　離職理由：自己都合（転居のため）
　所属：第二物流センター 入荷チーム
　本人は離職票の郵送を希望しています（送付先は前回お渡しした社員台帳のとおり）。

賃金台帳（直近12か月分）とタイムカードの写しは、共有フォルダの「2025_退職」に格納済みです。
お手数ですが、7月10日ごろまでに提出いただけますと助かります。
""", SIG_MURASE),
        personal=P(("name", "久保田 誠"), ("employment_insurance", "5012-345678-9")),
    ))

    # H9 zip: plain zip whose CSV lists private customers
    out.append(mail(
        expect="hold", kind="list.customer_pickups", writer="hasebe", loc="zip",
        why="暗号化なしのZIP内のCSVに、返品回収先の個人5名の氏名・住所・電話が並んでいる。",
        frm=HASEBE, to=[addr("株式会社ツバサエクスプレス 配車課 吉村 様", "yoshimura@tsubasa-exp.example.co.jp")],
        subject="返品回収リスト（6/12集荷分）の送付",
        text=body("""
株式会社ツバサエクスプレス 配車課
吉村 様

お世話になっております。東雲ロジスティクスの長谷部です。
今月から返品回収をお願いすることになりました。初回分のデータをZIPでお送りします。
中身は回収先の一覧（CSV）と作業メモです。
集荷は6/12（木）午後、回収した商品は第二センター1階の返品受付レーンへ搬入をお願いします。
件数は5件です。不在時は不在票を入れていただき、再訪は翌日で構いません。
""", SIG_HASEBE),
        attachments=[
            att("返品回収_0612.zip/回収先一覧.csv", """
回収No,注文番号,氏名,郵便番号,住所,電話番号,商品,個数
R0612-01,NT-250528-00311,杉浦 玲奈,273-0000,千葉県船橋市本町7-14-2,090-0000-3381,加湿器 ミスティ,1
R0612-02,NT-250530-01877,岡田 誠司,272-0000,千葉県市川市八幡3-2-19-301,080-0000-4410,ブランケット ミナミ,2
R0612-03,NT-250601-00054,中野 瞳,279-0000,千葉県浦安市今川1-8-5,070-0000-2268,アロマディフューザー ハルカ,1
R0612-04,NT-250602-02391,森 拓郎,270-0000,千葉県松戸市新松戸5-17-3,090-0000-9153,加湿器 ミスティ,1
R0612-05,NT-250603-00726,堀江 さくら,274-0000,千葉県船橋市習志野台2-30-8,080-0000-6675,ルームシューズ,3
"""),
            att("返品回収_0612.zip/作業メモ.txt", """
返品回収 作業メモ（ナチュリエ様 通販分）
・回収時に外箱の有無を確認し、伝票の「外箱なし」欄にチェック
・回収品は当日中に第二センター1F 返品受付レーンへ
・お客様からの質問には回答せず、ナチュリエ様カスタマーセンターをご案内
"""),
        ],
        personal=P(("name", "杉浦 玲奈"), ("phone", "090-0000-3381"),
                   ("name", "岡田 誠司"), ("address", "千葉県市川市八幡3-2-19-301")),
    ))

    # H10 recipients: 13 shippers and carriers visible in To
    rec = [
        ("株式会社ナチュリエ 物流部", "kondo@naturie.example.co.jp"),
        ("株式会社キッチンラボ 商品部", "shohin@kitchenlab.example.co.jp"),
        ("株式会社田中製作所 営業部", "eigyo@tanaka-ss.example.co.jp"),
        ("株式会社ハヤテ運輸 市川営業所", "ichikawa@hayate-unyu.example.co.jp"),
        ("株式会社ツバサエクスプレス 配車課", "haisha@tsubasa-exp.example.co.jp"),
        ("株式会社ベルテ 物流担当", "logi@belte.example.jp"),
        ("株式会社グリーンポット 通販事業部", "ec@greenpot.example.co.jp"),
        ("有限会社マルカ食品", "info@maruka-foods.example.co.jp"),
        ("株式会社ソラノ家具 出荷担当", "shipping@sorano-kagu.example.com"),
        ("株式会社ミライ雑貨 受注センター", "order@mirai-zakka.example.jp"),
        ("北総トランスポート株式会社 運行管理", "unko@hokuso-trans.example.co.jp"),
        ("株式会社アクアテラ SCM部", "scm@aquaterra.example.co.jp"),
        ("株式会社コハルペット 物流担当", "logi@koharu-pet.example.jp"),
    ]
    out.append(mail(
        expect="hold", kind="recipients.visible_external", writer="hasebe", loc="recipients",
        why="荷主・運送会社13社の担当アドレスを全員To に入れており、取引先同士に互いの連絡先が見えてしまう。",
        frm=HASEBE, to=[addr(n, e) for n, e in rec],
        subject="お盆期間中の出荷締め時間変更のお知らせ（第二物流センター）",
        text=body("""
お取引先各位

平素より格別のお引き立てを賜り、誠にありがとうございます。
東雲ロジスティクス第二物流センターの長谷部です。
お盆期間中の出荷締め時間を、下記のとおり変更いたします。

　8月9日（土）〜8月17日（日）
　　通常 15:00 締め → 13:00 締め
　　土日の入荷受付：8/10（日）・8/17（日）は休止

　8月18日（月）から通常どおりです。

期間中は各運送会社様の集荷便も減便となります。
大口出荷のご予定がある場合は、8月1日（金）までに担当営業までお知らせください。
ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。
""", SIG_HASEBE),
    ))

    # ------------------------------------------------------------ passes
    # P1 12-digit Yamato tracking numbers (two pass the My Number check digit)
    t1 = mynumber("48210375519")
    t2 = mynumber("51093628470")
    out.append(mail(
        expect="pass", kind="benign.tracking_numbers", writer="hasebe", loc="none",
        why="12桁の数字はヤマト運輸の伝票番号で、出荷先も法人の店舗だけであり個人番号ではない。",
        frm=HASEBE, to=[NATURIE_KONDO],
        subject="6/13 出荷完了のご報告（法人・店舗向け 6件）",
        text=body(f"""
株式会社ナチュリエ 物流部
近藤 様

お世話になっております。東雲ロジスティクスの長谷部です。
本日6/13出荷分（法人・店舗向け）の出荷が完了しましたのでご報告します。
いずれもヤマト運輸 宅急便、翌日午前着の指定です。

　出荷指示No.　　出荷先　　　　　　　　　　　　 伝票番号
　SO-250613-001　ナチュリエ 銀座店　　　　　　　 {t1}
　SO-250613-002　ナチュリエ 横浜ベイサイド店　　 438102957746
　SO-250613-003　ナチュリエ 柏の葉店　　　　　　 438102957750
　SO-250613-004　株式会社ベルテ 浦安物流センター {t2}
　SO-250613-005　ナチュリエ 名古屋栄店　　　　　 438102957761
　SO-250613-006　ナチュリエ 梅田店　　　　　　　 438102957772

SO-250613-004は2口（合計38kg）です。
配達状況はヤマト運輸のサイトで伝票番号から追跡できます。
""", SIG_HASEBE),
    ))

    # P2 JAN codes, lot and serial numbers
    out.append(mail(
        expect="pass", kind="benign.product_codes", writer="hasebe", loc="none",
        why="13桁の数字はJANコード、英数字はロット・シリアル番号で、人に関する情報ではない。",
        frm=HASEBE, to=[addr("株式会社キッチンラボ 商品部", "shohin@kitchenlab.example.co.jp")],
        subject="入荷予定（6/18着）の確認とJANコード相違の件",
        text=body("""
株式会社キッチンラボ 商品部 御中

お世話になっております。東雲ロジスティクスの長谷部です。
6/18着の入荷予定データを確認したところ、1品目でJANコードの相違がありました。

　品名：電気ケトル KL-08（ホワイト）
　　入荷予定データ：4900000123457
　　商品マスタ：　　4900000123464（ブラック用のコード）
　品名：ホットサンドメーカー KL-21
　　JAN：4900000456715　ロット：L2506A　シリアル：SN-KL21-000981〜001080（100台）

ケトルはどちらのコードが正しいか、6/17（火）中にご回答いただけますでしょうか。
回答がない場合は、現物のバーコードを正として入荷処理いたします。
""", SIG_HASEBE),
    ))

    # P3 corporate bank account on an invoice, T number
    out.append(mail(
        expect="pass", kind="benign.corporate_bank_account", writer="murase", loc="none",
        why="請求書に記載された振込先は当社の法人口座で、登録番号も法人のものである。",
        frm=MURASE, to=[addr("株式会社ナチュリエ 経理部 御中", "keiri@naturie.example.co.jp")],
        cc=[NATURIE_KONDO],
        subject="6月分 保管料・荷役料のご請求書送付",
        text=body("""
株式会社ナチュリエ 経理部 御中

いつもお世話になっております。東雲ロジスティクス 総務人事課の村瀬です。
6月分の保管料・荷役料のご請求書をPDFでお送りいたします。
お支払期限は7月31日（木）です。ご確認のほどよろしくお願いいたします。
""", SIG_MURASE),
        attachments=[att("請求書_2025年6月分_ナチュリエ様.pdf", """
請求書
請求番号：SL-INV-2506-0112　発行日：2025年6月30日
株式会社ナチュリエ 御中

東雲ロジスティクス株式会社
登録番号：T8010000123456

品目　　　　　　　　　　数量　　　金額
保管料（6月・パレット）　412P　　 1,236,000円
入荷料　　　　　　　　　 18,400ケース　276,000円
出荷料（ピッキング）　　 52,310行　 784,650円
小計　2,296,650円　消費税（10%）229,665円
合計　2,526,315円

お振込先：東京湾岸銀行 本店営業部 当座 0048213
口座名義：シノノメロジスティクス（カ
""")],
    ))

    # P4 vehicle numbers and corporate numbers (法人番号)
    out.append(mail(
        expect="pass", kind="benign.vehicle_and_corporate_numbers", writer="kanda", loc="none",
        why="車両番号と運送会社の法人番号を並べた入構申請で、個人の情報は含まれていない。",
        frm=KANDA, to=[addr("株式会社キッチンラボ 厚木工場 守衛所", "gate-atsugi@kitchenlab.example.co.jp")],
        subject="7月 構内入構車両の事前登録について",
        text=body("""
株式会社キッチンラボ 厚木工場
守衛所 ご担当者様

お世話になっております。東雲ロジスティクス 安全衛生・品質管理室の神田です。
7月の引取便で貴工場に入構する車両を、下記のとおり事前登録いたします。

　車両番号　　　　　　運送会社（法人番号）　　　　　　　　　　車種
　習志野 100 か 12-34　株式会社ハヤテ運輸（1040000123456）　　 4t ウイング
　習志野 100 か 56-78　株式会社ハヤテ運輸（1040000123456）　　 4t ウイング
　千葉 130 あ 90-12　　株式会社ツバサエクスプレス（5040000654321） 10t ウイング
　品川 400 さ 34-56　　北総トランスポート株式会社（3010000987654） 2t 箱車

運転者は各社で手配し、当日は免許証の提示に応じるよう伝えております。
入構時間は9:00〜11:00でお願いします。
""", SIG_KANDA),
    ))

    # P5 health-management programme as aggregates only
    out.append(mail(
        expect="pass", kind="benign.health_program_aggregate", writer="kanda", loc="none",
        why="健康経営の申請用データで、受診率・障害者雇用率などの集計値だけを送っている。",
        frm=KANDA, to=[addr("株式会社ウェルネスブリッジ 健康経営コンサルティング部", "consult@wellnessbridge.example.jp")],
        subject="健康経営優良法人2026 申請用データのご送付",
        text=body("""
株式会社ウェルネスブリッジ
健康経営コンサルティング部 御中

お世話になっております。東雲ロジスティクスの神田です。
健康経営優良法人2026の申請書作成に向けて、ご依頼の数値をお送りします（いずれも2024年度、全社）。

　従業員数：486名（うち契約社員 173名）
　定期健康診断 受診率：100%
　二次検査 受診率：71.4%（前年 58.2%）
　ストレスチェック 受検率：92.3%
　喫煙率：31.5%（前年 34.0%）
　障害者雇用率：2.61%（法定 2.5%）
　年次有給休暇 取得率：68.9%
　熱中症による休業災害：0件

個人の健診結果やストレスチェックの個票はお送りしておりません。
取り組み事例の記述は、来週改めてお送りします。
""", SIG_KANDA),
    ))

    # P6 IT outage and handheld "infection" with quarantine, log hash
    out.append(mail(
        expect="pass", kind="benign.it_outage_malware", writer="hasebe", loc="none",
        why="WMSの「障害」とハンディ端末のウイルス「感染」「隔離」の報告で、人の健康情報は含まない。",
        frm=HASEBE, to=[addr("株式会社ロジソフト WMSサポート", "wms-support@logisoft.example.co.jp")],
        cc=[KANDA],
        subject="【障害報告】WMS出荷指示の取込遅延とハンディ端末のウイルス感染疑い",
        text=body("""
株式会社ロジソフト WMSサポート 御中

お世話になっております。東雲ロジスティクス第二物流センターの長谷部です。
本日発生した事象を2点ご報告します。

1. 出荷指示データの取込遅延（障害）
　・発生：6/19 10:05〜11:40
　・現象：荷主連携の出荷指示（CSV）が「取込待ち」のまま滞留。約1,800行。
　・エラー：IMP-504 timeout（サーバーログ 2025-06-19 10:05:17）
　・11:40に手動で再取込し、出荷は全数完了しています。

2. ハンディ端末1台のウイルス感染の疑い
　・端末ID：HT-2C-017
　・MDMが不審なアプリを検知（パッケージハッシュ 3b7e9a0c5d21f486）
　・Wi-Fiを切断し、倉庫事務所のロッカーに隔離しています。

1.の原因と、2.の端末の初期化手順についてご回答をお願いします。
""", SIG_HASEBE),
    ))

    # P7 minimal employment verification with consent
    out.append(mail(
        expect="pass", kind="benign.employment_verification_consent", writer="murase", loc="none",
        why="本人の同意書を確認したうえで、在籍の有無・入社年月・職位のみを回答する最小限の在籍確認である。",
        frm=MURASE, to=[addr("株式会社みなと住宅管理 賃貸審査課", "shinsa@minato-jutaku.example.co.jp")],
        subject="Re: 在籍確認のご依頼（弊社社員）",
        text=body("""
株式会社みなと住宅管理 賃貸審査課
ご担当者様

お世話になっております。東雲ロジスティクス 総務人事課の村瀬です。
ご依頼の在籍確認について、ご本人の同意書（6月10日付）を確認のうえ、以下の範囲で回答いたします。

　氏名：小西 陽介
　在籍：あり（正社員）
　入社年月：2019年4月
　職位：第二物流センター 主任

年収・勤務状況など、上記以外の事項については回答いたしかねますのでご了承ください。
""", SIG_MURASE, """
-----Original Message-----
From: 株式会社みなと住宅管理 賃貸審査課 <shinsa@minato-jutaku.example.co.jp>
Sent: Wednesday, June 11, 2025 9:30
To: jinji@shinonome-logi.example.co.jp
Subject: 在籍確認のご依頼（弊社社員）

東雲ロジスティクス株式会社 人事ご担当者様
賃貸物件のお申込みにあたり、貴社にお勤めの小西 陽介様の在籍確認をお願いいたします。
ご本人の同意書を添付いたします。
"""),
    ))

    # P8 plain zip with aggregate warehouse reports
    out.append(mail(
        expect="pass", kind="benign.plain_zip", writer="hasebe", loc="none",
        why="暗号化していないZIPで、中身はSKU別在庫と日別作業件数の集計だけである。",
        frm=HASEBE, to=[NATURIE_KONDO],
        subject="6月 月次レポート（在庫・作業実績）",
        text=body("""
株式会社ナチュリエ 物流部
近藤 様

お世話になっております。東雲ロジスティクスの長谷部です。
6月の月次レポートをZIPでお送りします（パスワードなし）。
在庫サマリと作業実績の2ファイルです。誤出荷は2件で、いずれも同月中に回収・再送済みです。
""", SIG_HASEBE),
        attachments=[
            att("月次レポート_202506.zip/在庫サマリ.csv", """
SKU,JAN,品名,月末在庫(個),前月比
NT-AR-001,4900000789011,アロマディフューザー ハルカ,3120,-8.2%
NT-BL-014,4900000789028,ブランケット ミナミ,1844,+12.5%
NT-HM-003,4900000789035,加湿器 ミスティ,962,-30.1%
NT-RS-220,4900000789042,ルームシューズ,5410,+2.0%
"""),
            att("月次レポート_202506.zip/作業実績.csv", """
日付,入荷ケース数,出荷行数,誤出荷件数
2025/06/02,820,2140,0
2025/06/03,610,1985,1
2025/06/04,1040,2210,0
合計(6月),18400,52310,2
"""),
        ],
    ))

    # P9 project mail: 6 visible addresses from 2 organisations
    out.append(mail(
        expect="pass", kind="benign.project_thread", writer="kanda", loc="none",
        why="防犯カメラ更新工事の打ち合わせで、宛先は工事会社と当社の担当者6名（2組織）だけである。",
        frm=KANDA,
        to=[addr("株式会社セキュアビジョン 工事部 三好 様", "miyoshi@securevision.example.co.jp"),
            addr("株式会社セキュアビジョン 工事部 林 様", "hayashi@securevision.example.co.jp"),
            addr("株式会社セキュアビジョン 営業部 森川 様", "morikawa@securevision.example.co.jp")],
        cc=[HASEBE, addr("鶴田 裕之", f"tsuruta.hiroyuki@{DOM}"), addr("情報システム 浜口", f"hamaguchi@{DOM}")],
        subject="第二センター 防犯カメラ更新工事 事前打ち合わせの件",
        text=body("""
株式会社セキュアビジョン
三好 様、林 様、森川 様

お世話になっております。東雲ロジスティクスの神田です。
第二物流センターの防犯カメラ更新工事について、事前打ち合わせを下記で設定させてください。

　日時：7月2日（水）13:30〜15:00
　場所：第二物流センター 2階 会議室B
　当社出席：長谷部（業務課）、鶴田（現場リーダー）、浜口（情報システム）、神田

議題
　1. 更新台数（屋内32台・屋外8台）と設置位置の確認
　2. 作業時間帯（出荷作業との重なりを避けるため、夜間21時以降を希望）
　3. 録画サーバの保存期間（現行30日 → 60日）
　4. 工事中の仮設カメラの要否

図面は当日紙でお渡しします。ご都合が悪ければお知らせください。
""", SIG_KANDA),
    ))

    # P10 katakana product names and company names containing surnames
    out.append(mail(
        expect="pass", kind="benign.product_and_company_names", writer="hasebe", loc="none",
        why="「ハルカ」「ミナミ」は商品名、「田中製作所」「佐藤商事」は会社名で、個人の情報ではない。",
        frm=HASEBE, to=[addr("株式会社田中製作所 営業部 御中", "eigyo@tanaka-ss.example.co.jp")],
        subject="出荷指示の確認（ハルカ・ミナミ 追加分）",
        text=body("""
株式会社田中製作所 営業部 御中

お世話になっております。東雲ロジスティクスの長谷部です。
本日いただいた追加の出荷指示について、内容を確認させてください。

　1. アロマディフューザー「ハルカ」×120台 → 佐藤商事株式会社 柏物流センター（6/20着）
　2. ブランケット「ミナミ」×80枚 → 株式会社鈴木ホームセンター 松戸店（6/21着）
　3. 「ハルカ」詰め替えオイル×300本 → 佐藤商事株式会社 柏物流センター（6/20着）

「ミナミ」は在庫が62枚のため、残り18枚は6/23入荷後の出荷となります。
分納でよろしければ、このメールにご返信ください。
""", SIG_HASEBE),
    ))

    return out
