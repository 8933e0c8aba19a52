"""Org B: 医療法人社団 青葉会 ／ 青葉デンタルラボ (dental laboratory and clinic group).

Writers: 工藤 隆 (ラボ 技工部 主任), 森下 彩 (青葉歯科クリニック 医療事務), 安田 浩二 (法人本部 総務課).
"""

from common import (M, addr, quote, forwarded, att, make_mynumber,
                    CT_CSV, CT_TXT, CT_PDF, CT_XLSX)

ORG = "B"
DOM = "aoba-dental.example.jp"

KUDO = addr("工藤 隆（青葉デンタルラボ）", f"t.kudo@{DOM}")
MORISHITA = addr("森下 彩", f"a.morishita@{DOM}")
YASUDA = addr("安田 浩二", f"k.yasuda@{DOM}")

SIG_KUDO = """_________________________________
青葉デンタルラボ（医療法人社団 青葉会）
技工部 主任 歯科技工士　工藤 隆
〒330-0000 さいたま市浦和区架空町4-1-9
TEL 050-0000-0231 ／ FAX 050-0000-0232
t.kudo@aoba-dental.example.jp
_________________________________"""

SIG_MORISHITA = """--------------------------------
医療法人社団 青葉会 青葉歯科クリニック
受付・医療事務　森下 彩
TEL 050-0000-0120（代表）
診療時間 9:30-13:00 / 14:30-19:00（木・日・祝休診）
https://clinic.aoba-dental.example.jp/
--------------------------------"""

SIG_YASUDA = """***
医療法人社団 青葉会 法人本部 総務課
安田 浩二 Koji Yasuda
TEL 050-0000-0200 ／ 内線 21
k.yasuda@aoba-dental.example.jp
***"""


def mails():
    out = []

    # ------------------------------------------------------------------ HOLDS
    # H1 body: technical instruction with patient name + allergy/diabetes
    out.append(M(
        expect="hold", kind="sensitive.medical_history", writer="kudo", loc="body",
        why="外注先への技工指示に患者氏名と金属アレルギー・糖尿病の病歴を書いている。",
        frm=KUDO,
        to=[addr("デジタルミリングセンター 受付", "order@dmc-mill.example.co.jp")],
        subject="加工依頼：ジルコニアFC 2本（No.25-0614）",
        text=f"""デジタルミリングセンター
受付ご担当者様

お世話になっております。青葉デンタルラボの工藤です。
下記のとおり加工をお願いします。STLデータは共有フォルダにアップ済みです。

■ 依頼番号：25-0614
■ 医院：青葉歯科クリニック（担当医 北条）
■ 患者名：村井 早苗 様（58歳・女性）
■ 部位：右下6番・7番　フルジルコニアクラウン
■ シェード：A3（歯頸部やや濃いめ）
■ 備考：
　・パッチテストでニッケル・パラジウム陽性の金属アレルギーのため、
　　メタルフリーで製作とのこと。仮着もレジン系で。
　・2型糖尿病で歯周治療中。歯肉退縮があるのでマージンは縁上気味に。

納期：6月20日（金）午前着でお願いできますか。

{SIG_KUDO}
""",
        personal=[("name", "村井 早苗"), ("diagnosis", "パッチテストでニッケル・パラジウム陽性の金属アレルギー"),
                  ("diagnosis", "2型糖尿病で歯周治療中")],
    ))

    # H2 body: health-insurance card number to the insurer
    out.append(M(
        expect="hold", kind="id.health_insurance_number", writer="morishita", loc="body",
        why="患者の健康保険被保険者証の記号・番号・生年月日を本文で健保組合へ送っている。",
        frm=MORISHITA,
        to=[addr("架空精機健康保険組合 適用課", "tekiyo@kakuseiki-kenpo.example.or.jp")],
        subject="資格確認のお願い（オンライン資格確認でエラー）",
        text=f"""架空精機健康保険組合
適用課 ご担当者様

突然のご連絡失礼いたします。
医療法人社団 青葉会 青葉歯科クリニックの森下と申します。

本日ご来院の患者様について、オンライン資格確認で
「資格情報なし」と表示されるため、資格の有無をご確認いただけますでしょうか。

　氏名：平田 健一 様
　生年月日：昭和54年8月21日
　記号：0000-12　番号：345　枝番：00

ご本人は4月に転籍されたとおっしゃっており、
旧保険証をお持ちでした。窓口では一旦10割でお預かりしております。

お手数ですが、ご確認のほどよろしくお願いいたします。

{SIG_MORISHITA}
""",
        personal=[("name", "平田 健一"), ("birth_date", "昭和54年8月21日"),
                  ("health_insurance_number", "記号：0000-12　番号：345")],
    ))

    # H3 body: refund to a patient's private bank account
    out.append(M(
        expect="hold", kind="id.bank_account_private", writer="yasuda", loc="body",
        why="患者個人の銀行口座（支店・口座番号・名義）を会計事務所へ本文で送っている。",
        frm=YASUDA,
        to=[addr("あおい会計事務所 市原様", "ichihara@aoi-kaikei.example.jp")],
        subject="患者様への返金処理（6月分仕訳のご相談）",
        text=f"""あおい会計事務所
市原様

いつもお世話になっております。青葉会 総務の安田です。

自費診療（インプラント）の中止に伴い、患者様へ前受金の一部を
返金することになりました。仕訳の方法についてご相談させてください。

　患者：野口 美樹 様
　返金額：286,000円（前受金 550,000円のうち未施術分）
　返金先：架空みなみ銀行 浦和駅前支店 普通 4455667 ノグチ ミキ
　振込予定日：6月25日

前受金勘定からの取崩しで問題ないか、また振込手数料を当法人負担とする場合の
処理について、ご教示いただけますと幸いです。

{SIG_YASUDA}
""",
        personal=[("name", "野口 美樹"), ("bank_account", "架空みなみ銀行 浦和駅前支店 普通 4455667 ノグチ ミキ")],
    ))

    # H4 attachment: recall list for a DM printer
    rows = [
        ("1042", "青木 康代", "336-0000", "さいたま市南区架空1-2-3", "050-0000-1182", "2024/11/02"),
        ("1107", "石田 浩", "330-0000", "さいたま市浦和区架空5-7-1-302", "090-0000-4471", "2024/12/14"),
        ("1213", "上原 由紀", "338-0000", "さいたま市中央区架空2-9-14", "080-0000-3328", "2024/10/21"),
        ("1288", "遠藤 光", "336-0000", "さいたま市南区架空3-3-8", "090-0000-7715", "2024/11/30"),
        ("1350", "岡部 千尋", "330-0000", "さいたま市浦和区架空8-1-6", "070-0000-2094", "2024/12/03"),
        ("1402", "加藤 勝也", "335-0000", "蕨市架空町1-15-2", "050-0000-5530", "2024/10/09"),
        ("1466", "菅野 順子", "336-0000", "さいたま市南区架空6-2-20", "090-0000-8861", "2024/11/18"),
    ]
    csv = "カルテNo,氏名,郵便番号,住所,電話番号,最終来院日\n" + "\n".join(",".join(r) for r in rows)
    out.append(M(
        expect="hold", kind="list.patient_list", writer="morishita", loc="attachment",
        why="添付CSVに患者7名の氏名・住所・電話・最終来院日が並ぶ患者名簿を印刷業者へ送っている。",
        frm=MORISHITA,
        to=[addr("プリントワークス埼玉 DM担当", "dm@printworks-saitama.example.co.jp")],
        subject="定期検診はがき 宛名データ送付（6月発送分）",
        text=f"""プリントワークス埼玉
DM担当 桑原様

いつもお世話になっております。青葉歯科クリニックの森下です。

6月発送分の定期検診お知らせはがきの宛名データをお送りします。
今月は少なめですが、先月と同じレイアウトで印刷・発送をお願いいたします。
差出人欄は「青葉歯科クリニック」のみで結構です。

発送は6月20日（金）頃を希望しております。
データは作業完了後に削除していただけますようお願いいたします。

{SIG_MORISHITA}
""",
        attachments=[att("recall_202506.csv", CT_CSV, csv)],
        personal=[("name", "青木 康代"), ("address", "さいたま市南区架空1-2-3"),
                  ("phone", "090-0000-4471"), ("name", "菅野 順子")],
    ))

    # H5 attachment: referral letter with diagnosis
    ref = """診療情報提供書

架空大学病院 歯科口腔外科 御侍史

患者氏名：西村 房江 様（女性）
生年月日：昭和23年2月9日
住所：さいたま市緑区架空4-6-2

傷病名：右下顎骨骨髄炎の疑い（薬剤関連顎骨壊死の可能性）
紹介目的：精査・加療のお願い

既往歴・服薬：骨粗鬆症にてビスホスホネート製剤（アレンドロン酸）を
約6年間内服。高血圧症（降圧剤内服中）。
経過：2025年5月、右下7番抜歯後に排膿・骨露出が持続。
パノラマX線にて右下臼歯部に骨吸収像を認める。

医療法人社団 青葉会 青葉歯科クリニック
院長 北条 正和"""
    out.append(M(
        expect="hold", kind="sensitive.medical_referral", writer="morishita", loc="attachment",
        why="添付の診療情報提供書に患者の氏名・生年月日と傷病名・服薬歴が記載されている（紹介目的でも要配慮）。",
        frm=MORISHITA,
        to=[addr("架空大学病院 地域医療連携室", "renkei@kakudai-hosp.example.ac.jp")],
        subject="診療情報提供書の送付（6/19 ご予約分）",
        text=f"""架空大学病院
地域医療連携室 ご担当者様

いつもお世話になっております。
青葉歯科クリニックの森下でございます。

先ほどお電話で初診予約をお取りいただいた患者様の
診療情報提供書を、院長の指示によりPDFでお送りいたします。
原本とパノラマ画像のCD-Rは、患者様ご本人が当日ご持参されます。

ご確認のほど、よろしくお願いいたします。

{SIG_MORISHITA}
""",
        attachments=[att("shinryo_joho_teikyosho_0619.pdf", CT_PDF, ref)],
        personal=[("name", "西村 房江"), ("birth_date", "昭和23年2月9日"),
                  ("diagnosis", "右下顎骨骨髄炎の疑い（薬剤関連顎骨壊死の可能性）")],
    ))

    # H6 quoted: patient complaint forwarded to the insurance agent
    complaint = """青葉歯科クリニック 御中

先日そちらで作っていただいた入れ歯の件です。
5月28日に装着してから、右の奥が当たって痛みが続き、
食事もまともにできません。2回調整してもらいましたが改善しません。
作り直しの費用をこちらが負担するのは納得できません。
誠意ある対応がなければ消費生活センターに相談します。

早坂 信夫
〒330-0000 さいたま市浦和区架空9-4-11
電話 090-0000-2857"""
    out.append(M(
        expect="hold", kind="personal.complaint_forward", writer="yasuda", loc="quoted",
        why="転送部分に患者の氏名・住所・電話を含む苦情メールがあり、それを保険代理店へ送っている。",
        frm=YASUDA,
        to=[addr("ひまわり保険サービス 福本様", "fukumoto@himawari-hoken.example.co.jp")],
        subject="Fw: 義歯の不具合について（賠償責任保険のご相談）",
        text=f"""ひまわり保険サービス
福本様

お世話になっております。青葉会 総務の安田です。
先日お電話でご相談した件、患者様からいただいたメールを下記に転送します。
現時点では院長が面談で対応する予定ですが、作り直し費用を当方負担とした場合に
医師賠償責任保険の対象になり得るか、ご確認いただけますでしょうか。

{SIG_YASUDA}

""" + forwarded("早坂 信夫 <n.hayasaka0000@yahoo.co.jp>",
                "2025年6月9日(月) 22:15",
                "入れ歯について",
                "info@aoba-dental.example.jp", complaint, style="jp"),
        personal=[("name", "早坂 信夫"), ("address", "さいたま市浦和区架空9-4-11"),
                  ("phone", "090-0000-2857")],
    ))

    # H7 quoted: employee's diagnosis in internal mail, sent to 社労士
    internal = """安田さん

技工部の田島 亮 さんの件です。
腰椎椎間板ヘルニアで6月末に手術が決まり、診断書では
術後2か月の休業加療が必要とのことです。
本人は復帰後しばらく座り作業のみにしてほしいと希望しています。
休職と傷病手当金の手続きをお願いできますか。

工藤"""
    out.append(M(
        expect="hold", kind="sensitive.employee_health", writer="yasuda", loc="quoted",
        why="引用部分に職員の氏名と病名・手術予定があり、それを社労士へ送っている（手続目的でも要配慮）。",
        frm=YASUDA,
        to=[addr("社会保険労務士法人 みどり労務 担当 平井様", "hirai@midori-roumu.example.jp")],
        subject="休職・傷病手当金の手続きについてご相談",
        text=f"""みどり労務
平井先生

いつもお世話になっております。青葉会の安田です。
技工部の職員1名が7月から休職に入る見込みです。
経緯は下記の工藤（技工部主任）からのメールのとおりです。

・休職期間の社会保険料の扱い
・傷病手当金の申請スケジュール
・復職時の業務軽減に関する就業規則上の手続き

について、ご教示いただけますでしょうか。

{SIG_YASUDA}

""" + quote(internal, "2025年6月12日(木) 18:02 工藤 隆 <t.kudo@aoba-dental.example.jp> wrote:"),
        personal=[("name", "田島 亮"), ("diagnosis", "腰椎椎間板ヘルニア")],
    ))

    # H8 subject only: infection status of a patient in subject
    out.append(M(
        expect="hold", kind="sensitive.infection_status_subject", writer="kudo", loc="subject",
        why="件名に患者氏名と感染症の検査結果（HCV抗体陽性）が書かれている。",
        frm=KUDO,
        to=[addr("デジタルミリングセンター 受付", "order@dmc-mill.example.co.jp")],
        subject="印象体発送：大森 和子様（HCV抗体陽性）消毒済み",
        text=f"""デジタルミリングセンター
受付ご担当者様

お疲れ様です。青葉デンタルラボの工藤です。
件名の症例、本日ヤマトで発送しました。
印象体は医院でグルタラール製剤にて消毒済み、二重袋で封入しています。
スキャン作業時は通常の標準予防策でお願いします。

依頼番号は 25-0617、上顎前歯部ブリッジ（3ユニット）です。

{SIG_KUDO}
""",
        personal=[("name", "大森 和子"), ("infection", "HCV抗体陽性")],
    ))

    # H9 zip (plain): new hires' My Number and pension numbers inside the zip
    mn1 = make_mynumber("31082674510", " ")
    mn2 = make_mynumber("52907318846", " ")
    mn3 = make_mynumber("26450193372", " ")
    csv = ("氏名,生年月日,個人番号,基礎年金番号,雇用保険被保険者番号,入社日\n"
           f"小西 奈央,1999/07/14,{mn1},0000-481275,0000-118273-5,2025/06/01\n"
           f"藤田 蓮,2001/02/03,{mn2},0000-602918,0000-220941-8,2025/06/01\n"
           f"山根 由衣,1996/10/27,{mn3},0000-337146,0000-093318-2,2025/06/01")
    out.append(M(
        expect="hold", kind="id.mynumber_zip", writer="yasuda", loc="zip",
        why="暗号化なしzipの中のCSVに新入職員3名の個人番号・基礎年金番号が入っている。",
        frm=YASUDA,
        to=[addr("社会保険労務士法人 みどり労務 担当 平井様", "hirai@midori-roumu.example.jp")],
        subject="6/1入職者 資格取得手続き書類の送付",
        text=f"""平井先生

お世話になっております。青葉会 総務の安田です。
6月1日付で入職した歯科衛生士・助手の資格取得手続き書類を
zipにまとめてお送りします（CSVと雇用契約書のPDF）。

扶養の有無は先日お送りしたとおり、全員扶養なしです。
お手数ですが、手続き完了後に控えをお送りください。

{SIG_YASUDA}
""",
        attachments=[att("shikaku_shutoku_0601.zip/nyushokusha.csv", CT_CSV, csv),
                     att("shikaku_shutoku_0601.zip/memo.txt", CT_TXT,
                         "雇用契約書の原本は郵送済み（6/10発送）。")],
        personal=[("name", "小西 奈央"), ("mynumber", mn1), ("mynumber", mn3),
                  ("pension_number", "0000-602918")],
    ))

    # H10 recipients: study group invitation, 12 clinics visible in To
    rcpt = [
        addr("北条歯科 北条先生", "hojo@hojo-shika.example.jp"),
        addr("さくら通り歯科 院長", "inchou@sakura-dori-dc.example.jp"),
        addr("みどり台デンタルクリニック", "info@midoridai-dental.example.com"),
        addr("浦和東歯科医院 小田先生", "oda@urawa-higashi-dc.example.jp"),
        addr("けやき歯科 関先生", "seki@keyaki-shika.example.jp"),
        addr("与野デンタルオフィス", "office@yono-dental.example.jp"),
        addr("ひばり歯科 院長 中井", "nakai@hibari-shika.example.jp"),
        addr("武蔵浦和こども歯科", "kids@musashi-kodomo-dc.example.jp"),
        addr("大宮駅前歯科 長沢先生", "nagasawa@omiya-ekimae-dc.example.co.jp"),
        addr("蕨たんぽぽ歯科", "info@tanpopo-warabi.example.jp"),
        addr("戸田公園デンタル 村井先生", "murai@todakoen-dental.example.jp"),
        addr("中浦和歯科医院", "uketsuke@nakaurawa-dc.example.jp"),
    ]
    out.append(M(
        expect="hold", kind="recipients.external_visible", writer="kudo", loc="recipients",
        why="12の別々の歯科医院のアドレスがTOで互いに見える状態の一斉送信（BCCにすべき）。",
        frm=KUDO,
        to=rcpt,
        subject="【ご案内】ジルコニア症例勉強会（7/12 土）",
        text=f"""先生方

いつも技工物のご依頼をいただき、誠にありがとうございます。
青葉デンタルラボの工藤です。

取引先の先生方を対象に、下記の勉強会を開催いたします。

　日時：7月12日（土）15:00〜17:30
　会場：青葉デンタルラボ 2階 セミナールーム
　内容：高透光性ジルコニアの適応症と支台歯形成のポイント
　　　　口腔内スキャナーのデータ送付時の注意点
　参加費：無料（定員20名）

ご参加いただける場合は、7月4日（金）までにご返信ください。
スタッフの方のご同伴も歓迎いたします。

{SIG_KUDO}
""",
    ))

    # ----------------------------------------------------------------- PASSES
    # P1 serial and lot numbers in a maintenance mail
    out.append(M(
        expect="pass", kind="benign.serial_lot_numbers", writer="kudo", loc=None,
        why="英数字は機械のシリアル番号・ロット番号・発注番号で、個人の番号ではない。",
        frm=KUDO,
        to=[addr("デンタルマシナリー東日本 サービス課", "service@dm-east.example.co.jp")],
        subject="ミリングマシン定期点検と交換部品の件",
        text=f"""デンタルマシナリー東日本
サービス課 松岡様

お世話になっております。青葉デンタルラボの工藤です。
定期点検の日程と交換部品についてご連絡します。

■ 対象機
　5軸ミリングマシン　製造番号 DWX-0000-5512（2021年導入）
　シンタリングファーネス　製造番号 SF-22-000874
■ 交換希望部品
　スピンドル用コレット　品番 ZC-110-3　数量 2
　ジルコニア用バー φ1.0　ロット 24K0193　数量 10
■ 発注番号：PO-2025-0611-07

点検は6月28日（土）の午後を希望します。
当日は技工作業を止めますので、所要時間の目安を教えてください。

{SIG_KUDO}
""",
    ))

    # P2 JAN codes in a material order
    out.append(M(
        expect="pass", kind="benign.jan_codes", writer="morishita", loc=None,
        why="13桁の数字は商品のJANコードで、個人を特定する番号ではない。",
        frm=MORISHITA,
        to=[addr("歯科材料のミツワ商会 受注センター", "juchu@mitsuwa-shokai.example.co.jp")],
        subject="材料発注（青葉歯科クリニック 6月第3週）",
        text=f"""ミツワ商会 受注センター御中

いつもお世話になっております。青葉歯科クリニックの森下です。
下記の材料を発注いたします。

　品名　　　　　　　　　　　JANコード　　　　数量
　グローブ ニトリル M　　　 4900000123457　　 10箱
　グローブ ニトリル S　　　 4900000123464　　  6箱
　ペーパーコップ 200ml　　 4900000451239　　  4袋
　印象材 シリコーン レギュラー 4900000782012　  3セット
　フッ化物歯面塗布剤　　　 4900000660316　　  2本

納品は6月19日（木）午前までにお願いできますでしょうか。
木曜は休診ですが、スタッフが10時から待機しております。

{SIG_MORISHITA}
""",
    ))

    # P3 malware and isolation (IT)
    out.append(M(
        expect="pass", kind="benign.malware_isolation", writer="yasuda", loc=None,
        why="「感染」「隔離」「障害」はPCのマルウェアとネットワーク障害の話で、患者情報は含まれない。",
        frm=YASUDA,
        to=[addr("ネクストITサポート 保守窓口", "support@next-itsupport.example.co.jp")],
        cc=[KUDO],
        subject="ラボPCのマルウェア感染疑いと隔離対応のご報告",
        text=f"""ネクストITサポート
保守窓口ご担当者様

お世話になっております。青葉会 総務の安田です。

本日14時頃、青葉デンタルラボの設計用PC（資産番号 AOB-PC-017）で
セキュリティソフトが不審なファイルを検知しました。
マルウェア感染の疑いがあるため、LANケーブルを抜いて隔離済みです。

その影響で、院内ファイルサーバーへの接続障害が一時的に発生しましたが、
15時過ぎには他の端末から正常に接続できることを確認しています。

明日午前中にオンサイトでの調査をお願いできますでしょうか。
当該PCには患者データは保存していない運用です。

{SIG_YASUDA}
""",
    ))

    # P4 health-management / disability employment aggregates
    out.append(M(
        expect="pass", kind="benign.aggregate_health_programs", writer="yasuda", loc=None,
        why="健康経営・障害者雇用の数字は集計値のみで、個人が特定されない。",
        frm=YASUDA,
        to=[addr("ウェルワークコンサルティング 岸本様", "kishimoto@wellwork-consult.example.jp")],
        subject="健康経営優良法人 申請データのご送付",
        text=f"""ウェルワークコンサルティング
岸本様

お世話になっております。青葉会の安田です。
健康経営優良法人（中小規模法人部門）の申請に向けて、
ご依頼いただいた数値をまとめました。

・常時雇用する職員数：58名（クリニック3院＋ラボ）
・定期健康診断 受診率：100％（2024年度）
・要精密検査者の受診率：82％（対象者のうち）
・ストレスチェック 受検率：91％、集団分析実施済み
・障害者雇用率：2.6％（法定雇用率達成）
・インフルエンザ予防接種 費用補助利用者：41名

個人ごとのデータは当法人内でのみ管理しております。
申請書の記載方法について、来週お打ち合わせできれば幸いです。

{SIG_YASUDA}
""",
    ))

    # P5 condolence to a supplier
    out.append(M(
        expect="pass", kind="benign.condolence", writer="kudo", loc=None,
        why="取引先会長の逝去に対するお悔やみで、機微な個人情報はない。",
        frm=KUDO,
        to=[addr("ミツワ商会 営業部 岩崎様", "iwasaki@mitsuwa-shokai.example.co.jp")],
        subject="お悔やみ申し上げます",
        text=f"""ミツワ商会
営業部 岩崎様

このたびは、御社会長 三輪 昭三 様のご逝去の報に接し、
心よりお悔やみ申し上げます。

当ラボ開設の折には、会長自ら何度も足を運んでくださり、
材料の選び方から業界の将来のことまで親身にお話しいただきました。
あらためてご生前のご厚情に深く感謝申し上げます。

ご葬儀はご家族のみで執り行われたと伺いましたので、
略儀ながらメールにてお悔やみを申し上げます。
皆さまどうかご自愛ください。

{SIG_KUDO}
""",
    ))

    # P6 long meeting chain with supplier staff names
    c2 = """工藤様

ご返信ありがとうございます。
では6月26日（木）16時から、弊社の技術担当 小野寺とデモ機を持参して伺います。
所要時間は1時間半ほどを見込んでおります。

デンタルマシナリー東日本 営業部 松岡 秀明"""
    c1 = """松岡様

お世話になっております。工藤です。
口腔内スキャナーの新機種デモの件、ぜひお願いします。
技工士4名と、クリニック側から北条院長も見たいとのことです。
候補日は6月24日〜27日の夕方です。

工藤"""
    out.append(M(
        expect="pass", kind="benign.meeting_chain", writer="kudo", loc=None,
        why="取引先とのデモ日程調整の返信チェーンで、業務上の氏名・署名のみ。",
        frm=KUDO,
        to=[addr("松岡 秀明", "matsuoka@dm-east.example.co.jp")],
        cc=[addr("小野寺 健", "onodera@dm-east.example.co.jp"),
            addr("北条 正和", f"hojo.m@{DOM}")],
        subject="Re: Re: 口腔内スキャナー 新機種デモのご案内",
        text=f"""松岡様

承知しました。6月26日（木）16時でお待ちしております。
駐車場はラボ裏の来客用2番をお使いください。
デモではジルコニアブリッジのスキャンを一度見せていただけると助かります。

小野寺様にもよろしくお伝えください。

{SIG_KUDO}

""" + quote(c2 + "\n\n" + quote(c1, "2025年6月13日 11:40 工藤 隆 wrote:").rstrip("\n"),
            "2025年6月13日(金) 17:25 松岡 秀明 <matsuoka@dm-east.example.co.jp> wrote:"),
    ))

    # P7 corporate account change notice
    out.append(M(
        expect="pass", kind="benign.corporate_account_change", writer="yasuda", loc=None,
        why="医療法人名義の法人口座の変更通知で、個人の口座ではない。",
        frm=YASUDA,
        to=[addr("お取引先各位（青葉会）", f"torihiki@{DOM}")],
        bcc=[addr("ミツワ商会 経理部", "keiri@mitsuwa-shokai.example.co.jp"),
             addr("デジタルミリングセンター 経理", "keiri@dmc-mill.example.co.jp"),
             addr("デンタルマシナリー東日本 経理", "keiri@dm-east.example.co.jp")],
        subject="【重要】お振込先口座変更のお知らせ",
        text=f"""お取引先各位

拝啓 時下ますますご清栄のこととお慶び申し上げます。
このたび、当法人のお振込先口座を下記のとおり変更いたします。

■ 変更前：架空みなみ銀行 浦和支店 普通 1029384
■ 変更後：さきたま信用金庫 本店営業部 普通 0771234
　口座名義：イ）アオバカイ（医療法人社団 青葉会）
■ 適用開始：2025年8月1日お支払い分から

旧口座は9月末まで入金を受け付けますが、お早めのご変更をお願いいたします。
なお、口座変更をメールのみでご依頼することはございません。
不審な依頼があった場合は、総務課（050-0000-0200）までご確認ください。

敬具

{SIG_YASUDA}
""",
    ))

    # P8 vaccination schedule with counts only
    out.append(M(
        expect="pass", kind="benign.vaccination_schedule", writer="yasuda", loc=None,
        why="職員の予防接種の日程と人数だけで、個人の健康情報はない。",
        frm=YASUDA,
        to=[addr("さくら内科クリニック 事務長 矢島様", "yajima@sakura-naika.example.jp")],
        subject="職員インフルエンザ予防接種（集団接種）日程のご相談",
        text=f"""さくら内科クリニック
事務長 矢島様

昨年に引き続き、当法人職員のインフルエンザ予防接種（集団接種）を
お願いしたくご連絡いたしました。

　第1回：10月23日（木）13:00〜15:00　青葉歯科クリニック本院　希望者 24名
　第2回：10月30日（木）13:00〜15:00　青葉デンタルラボ　　　　希望者 17名

予診票は事前に人数分をお送りいただければ、当方で配布・回収いたします。
費用は昨年同様、法人で一括してお支払いいたします。

{SIG_YASUDA}
""",
    ))

    # P9 lecturer's own fee, sent to the lecturer, masked account
    out.append(M(
        expect="pass", kind="benign.lecturer_fee_self", writer="morishita", loc=None,
        why="講師本人宛ての謝金連絡で、口座番号は下3桁以外マスクされている。",
        frm=MORISHITA,
        to=[addr("宮坂 律子 先生", "miyasaka.ritsuko0000@gmail.com")],
        subject="院内研修ご講演の謝金お振込みについて",
        text=f"""宮坂 律子 先生

先日は当院スタッフ向けの「訪問歯科における口腔ケア」研修にて
ご講演いただき、誠にありがとうございました。
スタッフからも、すぐに実践できる内容で大変好評でした。

謝金のお振込みについてご連絡いたします。

　謝金：50,000円（源泉徴収後 44,895円）
　お振込先：先生ご指定の口座（普通 ****567）
　お振込予定日：6月30日

お振込先に変更がございましたら、お手数ですがお知らせください。
支払調書は年明けにお送りいたします。

{SIG_MORISHITA}
""",
    ))

    # P10 katakana product names that look like given names
    out.append(M(
        expect="pass", kind="benign.product_names", writer="kudo", loc=None,
        why="「カナデ」「ミライ」「ユキ」は材料の商品名で、人名ではない。",
        frm=KUDO,
        to=[addr("ミツワ商会 営業部 岩崎様", "iwasaki@mitsuwa-shokai.example.co.jp")],
        subject="硬質レジン「カナデ」「ミライ」の価格について",
        text=f"""岩崎様

お世話になっております。青葉デンタルラボの工藤です。
先日カタログでご紹介いただいた材料について、価格を教えてください。

・硬質レジン「カナデ」 エナメル色 A2／A3 各2本
・硬質レジン「ミライ」 デンチン色 A3 3本
・ジルコニア用ステイン「ユキ」 ホワイト 1本

「カナデ」は試供品の発色が良かったので、今後は月10本程度使う見込みです。
ボリュームディスカウントがあれば併せてお知らせください。

{SIG_KUDO}
""",
    ))

    for m in out:
        m["_org"] = ORG
    return out
