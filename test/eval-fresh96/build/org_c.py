"""Org C: 株式会社みなと野コミュニティサービス 市営住宅管理センター
(designated manager of みなと野市's public housing).

Writers: 三浦 正樹 (所長), 高橋 理恵 (入居管理係), 宮本 翔 (修繕担当).
"""

from common import (M, addr, quote, forwarded, att, enc_zip, make_mynumber,
                    CT_CSV, CT_TXT, CT_PDF, CT_XLSX, CT_DOCX)

ORG = "C"
DOM = "minatono-cs.example.co.jp"
CITY = "city.minatono.example.lg.jp"

MIURA = addr("三浦 正樹", f"miura@{DOM}")
TAKAHASHI = addr("高橋 理恵", f"r.takahashi@{DOM}")
MIYAMOTO = addr("宮本 翔", f"s.miyamoto@{DOM}")

CITY_JUTAKU = addr("みなと野市 住宅政策課 市営住宅係", f"shiei-jutaku@{CITY}")

SIG_MIURA = """===================================
みなと野市営住宅管理センター（指定管理者）
株式会社みなと野コミュニティサービス
所長　三浦 正樹
〒273-0000 千葉県みなと野市本町架空1-1-1
TEL 050-0000-3300 ／ FAX 050-0000-3301
==================================="""

SIG_TAKAHASHI = """-- 
高橋 理恵（入居管理係）
みなと野市営住宅管理センター
株式会社みなと野コミュニティサービス
TEL 050-0000-3302（直通）
受付時間 平日 8:30〜17:15"""

SIG_MIYAMOTO = """宮本 翔 / 修繕担当
みなと野市営住宅管理センター
（株式会社みなと野コミュニティサービス）
TEL 050-0000-3305 携帯 080-0000-6123
s.miyamoto@minatono-cs.example.co.jp"""


def mails():
    out = []

    # ------------------------------------------------------------------ HOLDS
    # H1 body: rent arrears list in the body
    out.append(M(
        expect="hold", kind="list.rent_arrears", writer="takahashi", loc="body",
        why="本文に滞納者5名の氏名・号室・滞納額・電話が一覧になっている（市への報告でも名簿として要確認）。",
        frm=TAKAHASHI,
        to=[CITY_JUTAKU],
        cc=[MIURA],
        subject="長期滞納者（6か月以上）の状況報告（5月末時点）",
        text=f"""みなと野市 住宅政策課
市営住宅係　小島様

お世話になっております。管理センターの高橋です。
5月末時点で滞納6か月以上となっている世帯の状況をご報告します。
明け渡し請求の検討対象として、6月の連絡会で協議させてください。

団地・号室　　　　氏名　　　　滞納月数　滞納額　　　連絡先
桜ヶ丘 1-204　　 内藤 幸雄　　 11か月　　 352,000円　090-0000-3318
桜ヶ丘 3-105　　 大西 かおり　  8か月　　 196,800円　080-0000-9042
浜風 2-402　　　 柴田 隆二　　  7か月　　 238,700円　090-0000-7764
浜風 5-301　　　 荒木 恵美　　  6か月　　 121,200円　050-0000-8815
緑町 1-103　　　 小松 義男　　  6か月　　 184,500円　（電話不通）

うち、柴田様と荒木様は分納誓約の申し出があり、7月から履行予定です。
内藤様は3回訪問しましたが不在で、連帯保証人への通知を準備しています。

{SIG_TAKAHASHI}
""",
        personal=[("name", "内藤 幸雄"), ("debt", "352,000円"), ("phone", "090-0000-3318"),
                  ("name", "柴田 隆二"), ("name", "荒木 恵美")],
    ))

    # H2 body: welfare status and mental illness to a repair contractor
    out.append(M(
        expect="hold", kind="sensitive.welfare_mental_health", writer="miyamoto", loc="body",
        why="修繕業者に入居者の氏名と生活保護受給・統合失調症の通院という要配慮情報を伝えている。",
        frm=MIYAMOTO,
        to=[addr("東和設備工業 工事課 森様", "mori@towa-setsubi.example.co.jp")],
        subject="浴室給湯器交換（桜ヶ丘3号棟205）訪問時のお願い",
        text=f"""東和設備工業
工事課 森様

お世話になっております。管理センター修繕担当の宮本です。
桜ヶ丘3号棟205号室の給湯器交換、6月19日（木）10時でお願いします。

入居者の石原 和夫 様について、訪問時に配慮いただきたい点があります。
石原様は生活保護を受給中で、統合失調症で通院されています。
知らない人の来訪に強い不安を感じられることがあるため、
・作業員は2名まで
・最初に私が同行して顔合わせしてから入室
・作業中の大きな声や急な物音は控えめに
でお願いできますでしょうか。

当日は9時45分に3号棟前で待ち合わせでお願いします。

{SIG_MIYAMOTO}
""",
        personal=[("name", "石原 和夫"), ("welfare", "生活保護を受給中"), ("diagnosis", "統合失調症で通院")],
    ))

    # H3 body: neighbour complaint with complainant's details to contractor
    out.append(M(
        expect="hold", kind="personal.neighbour_complaint", writer="miyamoto", loc="body",
        why="苦情申出者の氏名・号室・電話と相手方の氏名を外部の業者へ本文で伝えている。",
        frm=MIYAMOTO,
        to=[addr("ベイサイド防音 調査担当 谷様", "tani@bayside-boon.example.co.jp")],
        subject="浜風2号棟 騒音調査のご依頼",
        text=f"""ベイサイド防音
調査担当 谷様

お世話になっております。みなと野市営住宅管理センターの宮本です。
先日ご相談した床衝撃音の測定について、正式にお願いします。

■ 申出者：浜風2号棟 302号室　江口 真理子 様（電話 090-0000-4526）
　深夜0時〜2時に上階から足音・物を落とす音が続くとのこと。
　在宅時間は平日18時以降、土日は終日です。
■ 上階：402号室　柴田 隆二 様
　ご本人には「建物の遮音性能の調査」として説明済みです。

測定日は6月27日（金）夜を候補としています。
江口様には谷様から直接日程をご連絡いただいて構いません。

{SIG_MIYAMOTO}
""",
        personal=[("name", "江口 真理子"), ("phone", "090-0000-4526"), ("name", "柴田 隆二")],
    ))

    # H4 attachment: emergency contact list for a fire-equipment inspector
    rows = [
        ("101", "佐々木 勇", "050-0000-1011", "佐々木 真一（長男）", "090-0000-1101"),
        ("102", "今井 トシ", "050-0000-1022", "今井 明美（長女）", "080-0000-1102"),
        ("201", "森田 悟", "090-0000-2013", "森田 沙織（妻）", "090-0000-2014"),
        ("203", "吉川 美奈子", "070-0000-2031", "吉川 功（兄）", "090-0000-2032"),
        ("302", "中西 清", "050-0000-3024", "中西 孝（長男）", "080-0000-3025"),
        ("304", "野村 文江", "090-0000-3048", "野村 早紀（次女）", "090-0000-3049"),
    ]
    csv = "号室,入居者名,電話,緊急連絡先（続柄）,緊急連絡先電話\n" + "\n".join(",".join(r) for r in rows)
    out.append(M(
        expect="hold", kind="list.resident_contacts", writer="miyamoto", loc="attachment",
        why="添付に入居者6世帯の氏名・電話と家族の緊急連絡先が一覧になっている。",
        frm=MIYAMOTO,
        to=[addr("千葉防災メンテナンス 点検課", "tenken@chiba-bosai.example.co.jp")],
        subject="消防設備点検（緑町1号棟）立入り調整用の資料",
        text=f"""千葉防災メンテナンス
点検課 ご担当者様

お世話になっております。管理センターの宮本です。
7月2日（水）の緑町1号棟の消防設備点検（住戸内の感知器点検）について、
不在住戸との日程調整に使う資料をお送りします。

前回不在だった住戸を中心に、事前にお電話で在宅時間の確認を
お願いできればと思います。点検後、資料は破棄をお願いします。

{SIG_MIYAMOTO}
""",
        attachments=[att("midori1_renrakusaki.csv", CT_CSV, csv)],
        personal=[("name", "佐々木 勇"), ("phone", "050-0000-1011"), ("name", "野村 早紀"),
                  ("phone", "090-0000-3049")],
    ))

    # H5 attachment: income report with My Number
    mn_h = make_mynumber("70315829463", " ")
    mn_w = make_mynumber("84162037591", " ")
    rep = f"""市営住宅 収入申告書（令和7年度）
団地名：浜風　棟・号室：5号棟 107号室

世帯主
　氏名：坂井 修
　生年月日：昭和41年5月3日
　個人番号：{mn_h}
　勤務先：架空運輸株式会社　給与収入：3,620,000円

同居者
　氏名：坂井 典子（妻）
　生年月日：昭和43年12月18日
　個人番号：{mn_w}
　パート収入：980,000円

添付書類：源泉徴収票の写し 2通
申告日：令和7年6月10日"""
    out.append(M(
        expect="hold", kind="id.mynumber_income_report", writer="takahashi", loc="attachment",
        why="添付の収入申告書に世帯主と配偶者の個人番号（マイナンバー）と収入が記載されている。",
        frm=TAKAHASHI,
        to=[CITY_JUTAKU],
        subject="収入申告書（記載不備の確認）浜風5-107",
        text=f"""市営住宅係　小島様

お世話になっております。高橋です。
収入申告書のうち、記載内容の確認が必要な1件をPDFでお送りします。
同居者のパート収入について、源泉徴収票の金額と申告額が異なっているため、
市の課税データとの照合をお願いできますでしょうか。

申告書の原本は、6月20日の定期便でお届けします。

{SIG_TAKAHASHI}
""",
        attachments=[att("shunyu_shinkoku_hamakaze5-107.pdf", CT_PDF, rep)],
        personal=[("name", "坂井 修"), ("mynumber", mn_h), ("mynumber", mn_w),
                  ("income", "給与収入：3,620,000円")],
    ))

    # H6 quoted: DV victim details in the city's earlier mail
    city_msg = """管理センター 三浦所長

住宅政策課の小島です。
緑町2号棟 305号室の入居者 松田 彩花 様について、
配偶者からのDV被害により、裁判所の保護命令が出ています。
加害者である元夫が住所を探している可能性があるため、
住民票の閲覧制限とあわせ、管理センターでも所在の問い合わせには
一切回答しないようお願いします。
玄関錠の交換費用は市が負担します。至急手配をお願いします。

小島"""
    out.append(M(
        expect="hold", kind="sensitive.crime_victim", writer="miura", loc="quoted",
        why="引用部分に入居者の氏名・号室とDV被害・保護命令の事実があり、それを鍵業者へ送っている。",
        frm=MIURA,
        to=[addr("京葉ロックサービス 坂本様", "sakamoto@keiyo-lock.example.co.jp")],
        subject="Re: 【至急】緑町2号棟 玄関錠交換の件",
        text=f"""京葉ロックサービス
坂本様

お世話になっております。管理センター所長の三浦です。
下記の市からの指示により、玄関錠の交換を急ぎでお願いします。
本日中にお見積り、明日中に施工をお願いできると助かります。

作業当日は弊社の宮本が立ち会います。
作業の際、近隣から居住者について聞かれても、
何もお答えにならないようお願いいたします。

{SIG_MIURA}

""" + quote(city_msg, "2025年6月16日(月) 9:12 みなと野市 住宅政策課 小島 <shiei-jutaku@city.minatono.example.lg.jp> wrote:"),
        personal=[("name", "松田 彩花"), ("crime_victim", "配偶者からのDV被害により、裁判所の保護命令が出ています")],
    ))

    # H7 quoted: resident inquiry with full contact forwarded to parking operator
    inq = """市営住宅管理センター 御中

浜風3号棟 208号室の北村です。
団地内駐車場の空き区画について問い合わせます。
7月から車を持つことになったので、1区画借りたいです。
車は軽自動車（ナンバー 千葉 580 あ 00-37）です。

氏名：北村 大輝
電話：080-0000-5173
メール：daiki.kitamura0000@gmail.com

平日は夜しか電話に出られません。"""
    out.append(M(
        expect="hold", kind="personal.resident_inquiry", writer="takahashi", loc="quoted",
        why="転送部分に入居者の氏名・号室・電話・メール・車両番号があり、外部の駐車場管理会社へ送っている。",
        frm=TAKAHASHI,
        to=[addr("ベイパーキング 市営住宅担当", "shiei@bay-parking.example.co.jp")],
        subject="Fw: 駐車場の空き区画について",
        text=f"""ベイパーキング
市営住宅担当 御中

お世話になっております。管理センターの高橋です。
入居者の方から駐車場利用のお問い合わせがありましたので転送します。
浜風団地の空き区画の状況と、申込書の送付をお願いできますでしょうか。

{SIG_TAKAHASHI}

""" + forwarded("北村 大輝 <daiki.kitamura0000@gmail.com>",
                "Thu, Jun 12, 2025 at 10:41 PM",
                "駐車場の空き区画について",
                "info@minatono-cs.example.co.jp", inq),
        personal=[("name", "北村 大輝"), ("phone", "080-0000-5173"),
                  ("email", "daiki.kitamura0000@gmail.com"), ("vehicle", "千葉 580 あ 00-37")],
    ))

    # H8 subject only: dementia / care level in subject
    out.append(M(
        expect="hold", kind="sensitive.dementia_subject", writer="miura", loc="subject",
        why="件名に入居者の氏名と認知症・要介護度という健康情報が書かれている。",
        frm=MIURA,
        to=[addr("みなと野東 地域包括支援センター", "houkatsu-higashi@minatono-fukushi.example.or.jp")],
        subject="【至急】緑町2号棟301 吉田 早苗様（認知症・要介護2）夜間の外出について",
        text=f"""地域包括支援センター
ご担当者様

お世話になっております。みなと野市営住宅管理センター所長の三浦です。

件名の方について、ここ1週間で3回、夜間に団地の外で
近隣の方に保護されるということがありました。
ご家族は県外にお住まいで、すぐには来られない状況とのことです。

担当のケアマネジャー様と情報共有のうえ、
今後の見守り体制についてご相談させていただけますでしょうか。
明日の午前中であれば、管理センターでお待ちしております。

{SIG_MIURA}
""",
        personal=[("name", "吉田 早苗"), ("diagnosis", "認知症・要介護2")],
    ))

    # H9 zip: encrypted
    out.append(M(
        expect="hold", kind="attachment.encrypted_zip", writer="takahashi", loc="zip",
        why="パスワード付きzip（PPAP）の添付で、中身を確認できない。",
        frm=TAKAHASHI,
        to=[CITY_JUTAKU],
        subject="入居資格審査書類の送付（6月募集分）",
        text=f"""市営住宅係　小島様

お世話になっております。高橋です。
6月募集分の入居資格審査書類（当選者12世帯分）を
まとめてお送りします。ファイルにはパスワードを付けておりますので、
別途お電話でお伝えします。

審査結果は7月4日までにいただけますと、
鍵渡しのスケジュールが組みやすくなります。

{SIG_TAKAHASHI}
""",
        attachments=[enc_zip("shinsa_shorui_202506.zip")],
    ))

    # H10 recipients: residents' association notice with 13 private addresses
    rcpt = [
        addr("佐々木 勇", "isamu.sasaki0000@yahoo.co.jp"),
        addr("森田 悟", "satoru.morita.0000@gmail.com"),
        addr("吉川 美奈子", "minako-yoshikawa0000@outlook.com"),
        addr("中西 清", "nakanishi.kiyoshi0000@yahoo.co.jp"),
        addr("野村 文江", "fumie.nomura.0000@gmail.com"),
        addr("江口 真理子", "mariko.eguchi0000@gmail.com"),
        addr("北村 大輝", "daiki.kitamura0000@gmail.com"),
        addr("今井 明美", "akemi.imai.0000@yahoo.co.jp"),
        addr("石川 弘", "hiroshi.ishikawa0000@outlook.com"),
        addr("西岡 恵子", "keiko-nishioka0000@gmail.com"),
        addr("関 博之", "seki.hiroyuki0000@yahoo.co.jp"),
        addr("福井 智", "satoshi.fukui.0000@gmail.com"),
        addr("丸山 良子", "ryoko.maruyama0000@outlook.com"),
    ]
    out.append(M(
        expect="hold", kind="recipients.residents_visible", writer="miura", loc="recipients",
        why="自治会役員13名の個人アドレスをTOに並べて送っており、互いのアドレスが見える。",
        frm=MIURA,
        to=rcpt,
        subject="自治会役員会（6/28）開催のご案内",
        text=f"""各団地 自治会役員の皆さま

いつも団地の運営にご協力いただき、ありがとうございます。
管理センター所長の三浦です。

下記のとおり、合同の自治会役員会を開催いたします。

　日時：6月28日（土）10:00〜11:30
　会場：浜風団地 集会所
　議題：・夏季の草刈り日程
　　　　・共用灯のLED化工事（8月〜）の説明
　　　　・防災訓練（10月）の役割分担

ご欠席の場合は、管理センター（050-0000-3300）までご連絡ください。

{SIG_MIURA}
""",
    ))

    # ----------------------------------------------------------------- PASSES
    # P1 takken licence numbers
    out.append(M(
        expect="pass", kind="benign.license_numbers", writer="takahashi", loc=None,
        why="番号は宅建業者の免許番号と宅建士の登録番号で、保護すべき個人の識別番号ではない。",
        frm=TAKAHASHI,
        to=[addr("湾岸不動産 賃貸管理部 今村様", "imamura@wangan-fudosan.example.co.jp")],
        subject="団地駐車場の外部貸し出し 業務委託契約書（案）",
        text=f"""湾岸不動産株式会社
賃貸管理部 今村様

お世話になっております。管理センターの高橋です。
市の承認を得て、浜風団地の空き駐車場（12区画）を近隣の方へ
貸し出す件、業務委託契約書の案をお送りします。

契約書の当事者欄に記載する事項をご確認ください。
　商号：湾岸不動産株式会社
　免許番号：千葉県知事（3）第00000号
　重要事項説明を行う宅地建物取引士：今村 和也（登録番号 千葉 第000000号）

貸出条件は月額7,000円、契約期間は1年更新です。
修正点があれば、6月末までにご返信ください。

{SIG_TAKAHASHI}
""",
    ))

    # P2 religious corporation as neighbouring landowner
    out.append(M(
        expect="pass", kind="benign.religious_corporation_neighbour", writer="miura", loc=None,
        why="隣地所有者が宗教法人であるだけで、個人の信仰などの情報はない。",
        frm=MIURA,
        to=[addr("宗教法人 正願寺 寺務所", "jimusho@shoganji.example.or.jp")],
        cc=[CITY_JUTAKU],
        subject="境界付近の樹木剪定についてのご相談（緑町団地）",
        text=f"""宗教法人 正願寺
寺務所 ご担当者様

突然のご連絡失礼いたします。
みなと野市営住宅 緑町団地の管理を市から受託しております、
みなと野市営住宅管理センター所長の三浦と申します。

貴寺境内と緑町団地の境界付近にある大きな欅の枝が、
団地の駐輪場の屋根にかかっており、台風シーズン前に剪定を
ご検討いただけないかご相談させていただきたく存じます。

費用負担の考え方や作業日程について、市の担当者も交えて
一度お打ち合わせの機会をいただけますと幸いです。
法要などでお忙しい時期は避けますので、ご都合をお知らせください。

{SIG_MIURA}
""",
    ))

    # P3 election poster boards
    out.append(M(
        expect="pass", kind="benign.election_notice", writer="miyamoto", loc=None,
        why="選挙ポスター掲示場の設置調整で、候補者は公人であり個人の機微情報はない。",
        frm=MIYAMOTO,
        to=[addr("みなと野市 選挙管理委員会事務局", f"senkan@{CITY}")],
        subject="市議会議員選挙 ポスター掲示場の設置場所について",
        text=f"""みなと野市 選挙管理委員会事務局
ご担当者様

お世話になっております。管理センター修繕担当の宮本です。
7月の市議会議員選挙に伴うポスター掲示場の設置場所について、
団地内の候補地を3か所ご提案します。

　1. 桜ヶ丘団地 正面入口 フェンス沿い（幅6m確保可）
　2. 浜風団地 集会所前 広場東側
　3. 緑町団地 バス停横（歩道側、通行の妨げなし）

立候補予定者は現時点で28名と伺っていますので、
掲示板の幅は前回と同じ規格で収まるかと思います。
設置・撤去の日程が決まりましたらお知らせください。

{SIG_MIYAMOTO}
""",
    ))

    # P4 contractor vehicle numbers
    out.append(M(
        expect="pass", kind="benign.vehicle_numbers", writer="miyamoto", loc=None,
        why="車両番号は施工業者の社用車で、個人のものではない。",
        frm=MIYAMOTO,
        to=[addr("東和設備工業 工事課 森様", "mori@towa-setsubi.example.co.jp")],
        subject="Re: 工事車両の駐車許可証について",
        text=f"""森様

お世話になっております。宮本です。
ご連絡いただいた工事車両3台分の駐車許可証を発行しました。
明日、現場事務所にお届けします。

　許可証 No.25-031　習志野 400 な 00-12（2tダンプ）
　許可証 No.25-032　千葉 100 さ 00-58（ハイエース）
　許可証 No.25-033　千葉 480 か 00-91（軽トラック）

駐車場所は浜風団地の来客用区画（B-1〜B-3）です。
許可証はダッシュボードの見える位置に置いてください。

{SIG_MIYAMOTO}

""" + quote("""宮本様

外壁改修の件で、6月23日から工事車両3台を団地内に停めたいです。
車両番号は下記のとおりです。許可証の発行をお願いします。

東和設備工業 森""", "2025年6月16日(月) 8:55 森 <mori@towa-setsubi.example.co.jp> wrote:"),
    ))

    # P5 long repair chain
    r2 = """宮本様

足場の件、承知しました。
7月7日（月）から組み立て、7月10日（木）完了予定です。
洗濯物の注意喚起チラシは弊社で100部用意します。

東和設備工業 現場代理人 森 一郎"""
    r1 = """森様

桜ヶ丘2号棟の外壁改修、市の契約が確定しました。
足場組立の開始日と、入居者向けのお知らせの文案をお願いします。

宮本"""
    out.append(M(
        expect="pass", kind="benign.repair_chain", writer="miyamoto", loc=None,
        why="修繕工事の工程調整の返信チェーンで、業者担当者の氏名と署名のみ。",
        frm=MIYAMOTO,
        to=[addr("森 一郎", "mori@towa-setsubi.example.co.jp")],
        cc=[addr("東和設備工業 工事課 村岡", "muraoka@towa-setsubi.example.co.jp"), MIURA],
        subject="Re: Re: 桜ヶ丘2号棟 外壁改修工事の工程",
        text=f"""森様

工程、ありがとうございます。
お知らせの文案を確認しました。1点だけ、
「ベランダに物を置かないでください」の期間を
「7月7日〜8月末まで」と具体的に書いていただけますか。

入居者への配布は7月1日に管理センターで行います。
掲示板用にA3で2枚追加でお願いします。

村岡様にもよろしくお伝えください。

{SIG_MIYAMOTO}

""" + quote(r2 + "\n\n" + quote(r1, "2025年6月13日 宮本 翔 wrote:").rstrip("\n"),
            "2025年6月16日(月) 17:20 森 一郎 <mori@towa-setsubi.example.co.jp> wrote:"),
    ))

    # P6 monthly aggregate report (arrears totals, elderly households)
    out.append(M(
        expect="pass", kind="benign.aggregate_report", writer="miura", loc=None,
        why="入居率・高齢単身世帯数・滞納総額などの集計値のみで、個人は特定されない。",
        frm=MIURA,
        to=[CITY_JUTAKU],
        subject="5月分 月次業務報告",
        text=f"""住宅政策課 市営住宅係 御中

5月分の月次業務報告をお送りします（概要）。

1. 管理戸数・入居状況
　管理戸数 1,248戸／入居 1,131戸（入居率 90.6％）
　5月の退去 6戸、新規入居 4戸
2. 家賃収納
　収納率（現年度分）97.8％、滞納世帯 38世帯、滞納総額 4,812,300円
3. 高齢者世帯
　65歳以上の単身世帯 312世帯（全入居の27.6％）
　見守り訪問実施 44件
4. 修繕
　一般修繕 71件（うち緊急 9件）、空き家修繕 5戸

詳細は来週の連絡会で資料をお配りします。

{SIG_MIURA}
""",
    ))

    # P7 meeting arrangement with the city
    out.append(M(
        expect="pass", kind="benign.meeting", writer="takahashi", loc=None,
        why="市との定例会の日程調整で、個人情報は含まれない。",
        frm=TAKAHASHI,
        to=[CITY_JUTAKU],
        cc=[MIURA, MIYAMOTO],
        subject="6月連絡会の日程について",
        text=f"""市営住宅係　小島様

お世話になっております。高橋です。
6月の連絡会ですが、以下の日程でいかがでしょうか。

　候補1：6月25日（水）14:00〜
　候補2：6月26日（木）10:00〜
　候補3：6月27日（金）15:00〜

議題は、長期滞納案件の対応方針、夏季の空き家修繕、
自治会役員会の報告を予定しています。
場所は前回と同じく市役所 4階 小会議室でお願いできますと幸いです。

{SIG_TAKAHASHI}
""",
    ))

    # P8 invoice with the company's corporate account
    out.append(M(
        expect="pass", kind="benign.invoice_corporate_account", writer="miura", loc=None,
        why="指定管理料の請求で、振込先は会社名義の法人口座。",
        frm=MIURA,
        to=[addr("みなと野市 住宅政策課 経理担当", f"jutaku-keiri@{CITY}")],
        subject="指定管理料（第1四半期）請求書の送付",
        text=f"""住宅政策課 経理ご担当者様

お世話になっております。
令和7年度 第1四半期分の指定管理料について、請求書を添付いたします。

　請求金額：42,150,000円
　振込先：京葉架空銀行 みなと野支店 当座 0012345
　口座名義：カ）ミナトノコミュニティサービス

原本は押印のうえ、本日郵送いたしました。

{SIG_MIURA}
""",
        attachments=[att("seikyu_R7Q1.pdf", CT_PDF, """請求書
みなと野市長 様
件名：みなと野市営住宅 指定管理料（令和7年度 第1四半期）
金額：42,150,000円（消費税込）
振込先：京葉架空銀行 みなと野支店 当座 0012345
株式会社みなと野コミュニティサービス 代表取締役 大川 満""")],
    ))

    # P9 plain zip with drawings/specs
    out.append(M(
        expect="pass", kind="benign.plain_zip", writer="miyamoto", loc=None,
        why="暗号化されていないzipで、中身は工事の仕様メモのみ。",
        frm=MIYAMOTO,
        to=[addr("東和設備工業 工事課 森様", "mori@towa-setsubi.example.co.jp")],
        subject="浜風5号棟 給水管更新 仕様書・図面",
        text=f"""森様

お世話になっております。宮本です。
浜風5号棟の給水管更新工事について、仕様書と図面をzipでお送りします。
図面はPDF、仕様はテキストにしてあります。

現地調査は6月30日（月）10時からでお願いします。

{SIG_MIYAMOTO}
""",
        attachments=[att("hamakaze5_kyusui.zip/shiyou.txt", CT_TXT, """浜風5号棟 給水管更新工事 仕様概要
・既設：亜鉛めっき鋼管 → 更新：架橋ポリエチレン管
・対象：共用部立て管 4系統、各住戸メーターまで
・断水：各系統 最大4時間（事前告知 7日前まで）
・工期：2025年8月18日〜9月12日"""),
                     att("hamakaze5_kyusui.zip/zumen_list.txt", CT_TXT,
                         "図面一覧：配管系統図 P-01、1階平面図 A-01、屋上平面図 A-05")],
    ))

    # P10 water outage notice (equipment failure)
    out.append(M(
        expect="pass", kind="benign.equipment_failure", writer="miyamoto", loc=None,
        why="「障害」は給水ポンプの設備障害のことで、個人の情報は含まれない。",
        frm=MIYAMOTO,
        to=[CITY_JUTAKU],
        cc=[MIURA],
        subject="【報告】桜ヶ丘団地 給水ポンプ障害と断水（復旧済み）",
        text=f"""住宅政策課 市営住宅係 御中

本日発生した設備障害についてご報告します。

　発生：6月17日（火）6:40頃
　場所：桜ヶ丘団地 受水槽ポンプ室（1〜4号棟に給水）
　内容：加圧給水ポンプ2台のうち1台の制御基板障害、もう1台が過負荷停止
　影響：1〜4号棟で約2時間の断水（対象 148戸）
　対応：8:50 予備ポンプに切替えて復旧。基板は6/20に交換予定

入居者からの問い合わせは22件、体調を崩された方などの報告はありません。
再発防止策は交換後に改めてご報告します。

{SIG_MIYAMOTO}
""",
    ))

    for m in out:
        m["_org"] = ORG
    return out
