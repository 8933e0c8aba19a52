"""(C) 医療法人社団 翠光会 みなと台ARTクリニック — all data synthetic."""
from common import (mail, att, enc_zip, P, quote, csv_text, luhn_complete, group4, ean13)

ORG = "C"
DOM = "minatodai-art.example.jp"

OGAWA = f"みなと台ARTクリニック 医事課 小川 <s.ogawa@{DOM}>"
TANIGUCHI = f"Takashi Taniguchi <t.taniguchi@{DOM}>"
FUJITA = f"藤田 修 <o.fujita@{DOM}>"

SIG_OGAWA = f"""
─────────────────────────────
医療法人社団 翠光会
みなと台ARTクリニック　医事課 主任
小川 沙織（おがわ さおり）
〒220-0000 神奈川県横浜市西区みなと台2-0-18 みなと台メディカルビル5F
TEL 045-0000-6210（医事課直通）　FAX 045-0000-6219
https://www.minatodai-art.example.jp/
─────────────────────────────
【機密保持】本メールおよび添付ファイルには、医療情報を含む機密情報が
含まれている場合があります。宛先以外の方が受信された場合は、
直ちに削除し、送信者にご連絡くださいますようお願いいたします。
"""

SIG_TANIGUCHI = f"""
--
谷口 崇 / Takashi Taniguchi, PhD
培養室 室長・臨床エンブリオロジスト
Embryology Laboratory, Minatodai ART Clinic
T: 045-0000-6230 (Lab)  E: t.taniguchi@{DOM}
"""

SIG_FUJITA = f"""
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
医療法人社団 翠光会　みなと台ARTクリニック
事務長　藤田 修
〒220-0000 横浜市西区みなと台2-0-18 みなと台メディカルビル5F
代表 045-0000-6200　直通 045-0000-6201　携帯 090-0000-3162
o.fujita@{DOM}
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
"""

UROLOGY = "横浜港北大学病院 地域医療連携室 <renkei@kohoku-univ-hosp.example.ac.jp>"
PHARMACY = "みなと台薬局 管理薬剤師 上田 <ueda@minatodai-pharmacy.example.jp>"
PAYGATE = "ペイリンク 加盟店サポート <merchant-support@paylink.example.com>"
CRYO = "クライオバンク 受託管理課 <kanri@cryobank.example.co.jp>"
GENETIC = "遺伝子診療部 遺伝カウンセラー 宮崎 <miyazaki-gc@kohoku-univ-hosp.example.ac.jp>"
LAWYER = "横浜桜木法律事務所 弁護士 小野寺 <onodera@sakuragi-law.example.jp>"
MR = "ノルディファーマ 横浜営業所 中川 <nakagawa.k@nordipharma.example.co.jp>"
REFERRER = "さくら坂レディースクリニック 院長 野村 先生 <info@sakurazaka-ladies.example.jp>"
LAB = "エスアールエル検査 横浜ラボ 受付 <yokohama-lab@srl-kensa.example.co.jp>"
EMR = "メディカルクラウド サポート <support@medicalcloud.example.co.jp>"
KIKI = "日東理化 サービス部 石原 <ishihara-service@nitto-rika.example.co.jp>"
OROSHI = "横浜メディカル卸 受注センター <juchu@yokohama-medi.example.co.jp>"
KAIGAKU = "日本生殖医学研究会 学術集会事務局 <abstract@jsrm-meeting.example.org>"


def build():
    M = []

    # ------------------------------------------------------------ HOLD body
    M.append(mail(ORG, "ogawa", "body", "hold", "sensitive.genetic_result",
        "A referral gives a named husband's azoospermia and 47,XXY karyotype (Klinefelter syndrome) to another hospital.",
        OGAWA, [UROLOGY],
        "男性不妊外来への紹介予約のお願い（みなと台ARTクリニック）",
        f"""
横浜港北大学病院
地域医療連携室 御中

いつも大変お世話になっております。
みなと台ARTクリニック医事課の小川でございます。

当院院長 松岡より、貴院泌尿器科 男性不妊外来（山内先生）への
紹介予約をお願いしたく、ご連絡いたしました。

患者氏名：佐野 大輔（さの だいすけ）様　38歳
生年月日：1986年6月14日
連絡先：090-0000-4781
紹介目的：micro-TESE の適応についてご高診のお願い
経過：精液検査3回とも無精子症。染色体検査 47,XXY（クラインフェルター症候群）、
　　　Y染色体微小欠失（AZF）検査は欠失なし。FSH 38.2 mIU/mL、テストステロン低値。
　　　奥様（36歳）は当院で採卵・胚凍結を予定しております。

診療情報提供書と検査結果の原本は、患者様ご本人が初診時に持参されます。
ご予約可能な日時をお知らせいただけますと幸いです。

何卒よろしくお願い申し上げます。
{SIG_OGAWA}""",
        personal=[P("name", "佐野 大輔"), P("birth_date", "1986年6月14日"),
                  P("diagnosis", "無精子症"), P("genome", "47,XXY（クラインフェルター症候群）"),
                  P("phone", "090-0000-4781")]))

    M.append(mail(ORG, "ogawa", "body", "hold", "id.health_insurance",
        "A patient's health-insurance insurer number, symbol and number are written out to an outside pharmacy.",
        OGAWA, [PHARMACY],
        "保険証変更のご連絡（処方患者様1名）",
        f"""
みなと台薬局
上田 様

いつもお世話になっております。みなと台ARTクリニック医事課の小川です。

昨日処方箋を発行した患者様について、保険証が3月から変更になっていたことが
本日判明いたしました。処方箋の保険情報に誤りがございましたので、
お手数ですが下記のとおり訂正をお願いいたします。

患者氏名：森田 由佳 様（1989年9月3日生）
誤）保険者番号 06139207　記号 21-4　番号 3087
正）保険者番号 01130012　記号 7204003　番号 156（枝番 01）
　　全国健康保険協会 神奈川支部

訂正済みの処方箋は、本日夕方に事務員がお届けします。
ご迷惑をおかけし申し訳ございません。
{SIG_OGAWA}""",
        personal=[P("name", "森田 由佳"), P("health_insurance", "保険者番号 01130012　記号 7204003　番号 156"),
                  P("birth_date", "1989年9月3日")]))

    card = luhn_complete("498012345678901")
    card_txt = group4(card, "-")
    M.append(mail(ORG, "ogawa", "body", "hold", "id.card_number",
        "A patient's full credit-card number is written in the body of a refund request to the payment provider.",
        OGAWA, [PAYGATE],
        "二重決済の返金処理のお願い（加盟店ID MT-448210）",
        f"""
ペイリンク株式会社
加盟店サポート ご担当者様

お世話になっております。
みなと台ARTクリニック（加盟店ID：MT-448210）医事課の小川と申します。

3月21日の会計で、同一の患者様のカードに二重で決済が発生しておりました。
1件分の取消（返金）処理をお願いできますでしょうか。

ご利用者名：ヤマダ アユミ 様
カード番号：{card_txt}
有効期限：08/27
決済日時：2025/03/21 17:42 および 17:43
金額：各 286,000円（体外受精 採卵・培養費）
承認番号：071842 / 071856

取消対象は17:43の決済（承認番号 071856）です。
返金完了の目安をお知らせいただけますと助かります。

よろしくお願いいたします。
{SIG_OGAWA}""",
        personal=[P("card", card_txt), P("name", "ヤマダ アユミ")]))

    # ------------------------------------------------------------ HOLD attachment
    cryo = csv_text(
        ["患者ID", "氏名（妻）", "生年月日（妻）", "氏名（夫）", "凍結日", "胚の種類", "個数", "保管期限", "連絡先"],
        [
            ["MA-10382", "石井 恵", "1985/01/22", "石井 徹", "2022/11/08", "胚盤胞 4AA", 2, "2025/11/07", "090-0000-2215"],
            ["MA-10517", "中西 彩", "1988/07/13", "中西 亮介", "2023/02/15", "胚盤胞 3BB", 1, "2026/02/14", "080-0000-7720"],
            ["MA-10644", "松下 奈々", "1983/12/01", "松下 浩", "2023/05/30", "初期胚 G2", 3, "2025/05/29", "090-0000-6439"],
            ["MA-10801", "大谷 里沙", "1990/03/19", "大谷 健", "2023/09/12", "胚盤胞 5AB", 2, "2026/09/11", "070-0000-1158"],
            ["MA-10933", "吉岡 千晶", "1986/10/05", "吉岡 拓也", "2024/01/24", "未受精卵", 6, "2025/01/23", "090-0000-8807"],
        ])
    M.append(mail(ORG, "taniguchi", "attachment", "hold", "list.frozen_embryo_register",
        "The attached transfer list gives five couples' names, birth dates, phones and embryo storage details to an outside storage company.",
        TANIGUCHI, [CRYO],
        "長期保管移送分のリスト送付（みなと台ART）",
        f"""
クライオバンク株式会社
受託管理課 ご担当者様

いつもお世話になっております。みなと台ARTクリニック培養室の谷口です。
4月の定期移送分のリストを添付いたします。
タンク（ドライシッパー）2本での移送を予定しております。

集荷は4月10日（木）14時でお願いいたします。
{SIG_TANIGUCHI}""",
        attachments=[att("移送リスト_2025-04.xlsx", cryo)],
        personal=[P("name", "石井 恵"), P("birth_date", "1985/01/22"),
                  P("phone", "080-0000-7720"), P("name", "吉岡 千晶")]))

    pgt = """
PGT-A 結果報告書（遺伝カウンセリング用）
依頼施設：みなと台ARTクリニック　報告日：2025年3月6日
患者：大川 美穂（1987年2月9日生、38歳）／ 夫：大川 直樹（1984年11月27日生）
既往：流産 3回（2021年、2022年、2024年）
夫婦染色体検査：夫 46,XY,t(11;22)(q23;q11.2)（均衡型相互転座保因者）、妻 46,XX
解析方法：NGS（次世代シーケンス）

胚番号　採卵日　グレード　結果　　　　　　　　　　判定
E-01　2025/01/14　4AA　46,XX　　　　　　　　　　正倍数性（移植可）
E-02　2025/01/14　4BB　47,XY,+22　　　　　　　　異数性（移植不可）
E-03　2025/01/14　3BB　45,X　　　　　　　　　　　異数性（移植不可）
E-04　2025/01/14　3BC　der(22)t(11;22) 不均衡型　異数性（移植不可）

所見：4個中1個が正倍数性。夫の均衡型転座に由来する不均衡型胚を1個認める。
次回移植に関して、遺伝カウンセリングでの説明を依頼します。
"""
    M.append(mail(ORG, "taniguchi", "attachment", "hold", "sensitive.genome_result",
        "The attached PGT-A report gives a named couple's embryo karyotypes, the husband's translocation and miscarriage history to another hospital.",
        TANIGUCHI, [GENETIC],
        "カウンセリング資料のご送付",
        f"""
横浜港北大学病院 遺伝子診療部
宮崎 様

お世話になっております。みなと台ARTクリニックの谷口です。
来週のカウンセリング枠の件、ありがとうございました。
資料を添付いたしますので、ご確認いただけますと幸いです。

当日は院長の松岡もオンラインで参加させていただきます。
{SIG_TANIGUCHI}""",
        attachments=[att("PGT-A_report_MA-11207.pdf", pgt)],
        personal=[P("name", "大川 美穂"), P("name", "大川 直樹"),
                  P("genome", "46,XY,t(11;22)(q23;q11.2)"), P("medical_history", "流産 3回")]))

    # ------------------------------------------------------------ HOLD quoted
    claim = """
From: 竹内 沙耶 <saya.takeuchi.88@gmail.com>
Sent: Sunday, March 2, 2025 11:48 PM
To: info@minatodai-art.example.jp
Subject: 説明と違います

担当の先生にお伝えください。竹内 沙耶（診察券番号 MA-10275、36歳）です。
昨年から3回胚移植をして、2回目は9週で稽留流産、3回目も化学流産でした。
2回目の移植の前に「この胚ならかなりの確率で大丈夫」と言われたのに、
結局何もなかったように次の移植を勧められ、費用は合計で180万円以上になりました。
流産のあと眠れなくなり、今は心療内科でうつ状態と言われて通院しています。
説明の録音もあります。きちんとした説明と返金を求めます。
住所は横浜市港北区日吉本町5-0-22、電話は080-0000-3946です。
"""
    M.append(mail(ORG, "fujita", "quoted", "hold", "sensitive.forwarded_complaint",
        "The top only asks for a meeting, but the forwarded patient complaint gives her miscarriages, depression treatment, address and phone to the lawyer.",
        FUJITA, [LAWYER],
        "Fw: 説明と違います",
        f"""
小野寺先生

いつもお世話になっております。みなと台ARTクリニックの藤田でございます。
ご相談したい件があり、来週中に30分ほどお時間をいただけませんでしょうか。
3月12日（水）か13日（木）の午後ですと、院長も同席できます。

経緯は下記の患者様からのメールのとおりです。
よろしくお願いいたします。
{SIG_FUJITA}
---------- Forwarded message ---------
{quote(claim)}""",
        personal=[P("name", "竹内 沙耶"), P("medical_history", "9週で稽留流産"),
                  P("diagnosis", "うつ状態"), P("address", "横浜市港北区日吉本町5-0-22"),
                  P("phone", "080-0000-3946")]))

    ohss = """
From: 看護部 主任 杉本
To: 医事課 小川; 院長 松岡
Subject: OHSS 入院症例の報告

松岡先生、小川さん

重症OHSSで入院となった症例の報告です。
患者：木下 千尋 様（32歳、MA-11089）
3/3 採卵（採卵数 28個）。トリガーにノルディゴン（ロット NG24K117）使用。
3/6 腹部膨満・呼吸苦で来院、腹水貯留、Ht 48%。
同日 横浜みなと総合病院へ搬送・入院。3/14 退院予定。
メーカーへの副作用報告をお願いします。
"""
    M.append(mail(ORG, "ogawa", "quoted", "hold", "sensitive.adverse_event_forward",
        "The reply to the drug rep is routine, but the quoted internal report names a patient with her severe OHSS hospitalisation.",
        OGAWA, [MR],
        "Re: 副作用報告の件",
        f"""
ノルディファーマ株式会社
中川 様

お世話になっております。みなと台ARTクリニック医事課の小川です。
お電話でお話しした件、院内の報告は下記のとおりです。
所定の報告書式がございましたら、お送りいただけますでしょうか。
院長の記載が必要な箇所は、こちらで依頼いたします。

よろしくお願いいたします。
{SIG_OGAWA}
{quote(ohss)}""",
        personal=[P("name", "木下 千尋"), P("diagnosis", "重症OHSS"),
                  P("patient_id", "MA-11089")]))

    # ------------------------------------------------------------ HOLD subject only
    M.append(mail(ORG, "ogawa", "subject", "hold", "sensitive.subject_pregnancy",
        "The subject names a patient with her positive pregnancy test result, sent to the referring clinic; the body is neutral.",
        OGAWA, [REFERRER],
        "高橋 美咲様 妊娠判定（hCG 312 陽性）および転院時期のご相談",
        f"""
さくら坂レディースクリニック
野村 先生

いつも患者様をご紹介いただき、誠にありがとうございます。
みなと台ARTクリニック医事課の小川でございます。

標記の件、詳細は院長 松岡より診療情報提供書を郵送にてお送りいたします。
転院の時期につきましては、改めてお電話でご相談させていただけますと幸いです。

引き続きよろしくお願い申し上げます。
{SIG_OGAWA}""",
        personal=[P("name", "高橋 美咲"), P("pregnancy", "妊娠判定（hCG 312 陽性）")]))

    # ------------------------------------------------------------ HOLD zip (encrypted)
    M.append(mail(ORG, "taniguchi", "zip", "hold", "attachment.encrypted_zip",
        "A password-protected zip of semen-analysis data is attached (PPAP).",
        TANIGUCHI, [LAB],
        "外部精度管理用データの送付",
        f"""
エスアールエル検査 横浜ラボ
ご担当者様

お世話になっております。みなと台ARTクリニック培養室の谷口です。
今期の外部精度管理用の精液検査データをお送りします。
パスワードは追ってお送りいたします。

よろしくお願いいたします。
{SIG_TANIGUCHI}""",
        attachments=[enc_zip("精液検査データ_2025Q1.zip")]))

    # ------------------------------------------------------------ HOLD recipients
    seminar_to = [
        "松井 彩香 <ayaka.m0312@gmail.com>", "広瀬 香織 <k.hirose.family@yahoo.co.jp>", "上野 奈々 <nana_ueno88@outlook.com>",
        "佐々木 智美 <tomomi.s.yk@gmail.com>", "久保田 玲奈 <r-kubota1990@yahoo.co.jp>", "遠藤 美香 <mika.endo.23@gmail.com>",
        "中山 志保 <shiho_nakayama@outlook.com>", "石坂 優子 <y.ishizaka0701@gmail.com>", "小林 愛 <ai.kobayashi.yoko@yahoo.co.jp>",
        "田口 遥 <haruka.t.2015@gmail.com>", "福田 真由 <m.fukuda.home@outlook.com>", "西尾 加奈 <kana.nishio@gmail.com>",
    ]
    M.append(mail(ORG, "fujita", "recipients", "hold", "recipients.private_visible",
        "Twelve private addresses of fertility-seminar attendees are visible to each other in To.",
        FUJITA, seminar_to,
        "体外受精説明会へのご参加ありがとうございました",
        f"""
説明会にご参加の皆さま

先日は、みなと台ARTクリニックの体外受精説明会にご参加いただき、
誠にありがとうございました。

当日ご説明した資料（保険診療と先進医療の費用比較表）を
当院ウェブサイトの「説明会資料」ページに掲載いたしました。
閲覧用パスコードは、当日お配りした用紙に記載しております。

初診のご予約は、お電話（045-0000-6200）またはWeb予約で承っております。
説明会参加者の方は、4月末までに初診を受けられますと
AMH検査の費用が無料となります。

ご不明な点がございましたら、お気軽にお問い合わせください。
{SIG_FUJITA}"""))

    # ------------------------------------------------------------ PASSES
    M.append(mail(ORG, "taniguchi", "none", "pass", "benign.aggregate_outcomes",
        "An abstract submission with aggregate outcome statistics by age group; no patient is identifiable.",
        TANIGUCHI, [KAIGAKU],
        "演題登録について（みなと台ARTクリニック 谷口）",
        f"""
日本生殖医学研究会 学術集会事務局 御中

お世話になっております。みなと台ARTクリニックの谷口と申します。
一般演題を下記のとおり登録いたしましたので、ご確認をお願いいたします。

演題登録番号：A-0418
演題名：タイムラプス培養下における胚盤胞到達時間と臨床妊娠率の検討
筆頭演者：谷口 崇（みなと台ARTクリニック 培養室）
共同演者：松岡 亮一、佐伯 真理子

抄録要旨（抜粋）
2022年1月〜2024年6月に単一凍結融解胚盤胞移植を行った1,284周期を対象とした。
臨床妊娠率は35歳未満 52.1%（312/599）、35〜39歳 43.6%（221/507）、
40歳以上 27.0%（48/178）であった。胚盤胞到達が110時間以内の群では
全年齢で有意に高い妊娠率を示した（p<0.01）。
本研究は当院倫理委員会の承認（承認番号 MA-IRB-2024-07）を得て実施した。

利益相反はございません。
{SIG_TANIGUCHI}"""))

    M.append(mail(ORG, "ogawa", "none", "pass", "benign.to_patient_self",
        "Sent to the patient herself about her own retrieval schedule and medication; no third party receives it.",
        OGAWA, ["石井 恵 <megumi.ishii.0122@gmail.com>"],
        "採卵日と当日の流れについて（石井 恵 様）",
        f"""
石井 恵 様

みなと台ARTクリニック医事課の小川でございます。
本日の診察で決まりました採卵のご予定について、ご案内いたします。

■ 採卵日：4月3日（木）　8:15 受付（絶食：前日21時以降）
■ トリガー注射：4月1日（火）21:30 ご自宅で点鼻（2回）
　※時間は必ずお守りください。
■ 当日お持ちいただくもの：診察券、同意書（ご夫婦署名済み）、
　ご主人様の採精容器（当日採取の場合）
■ 概算費用：保険診療 3割負担で約 98,000円
　（ご加入の健康保険の限度額適用認定を受けている場合は上限額まで）

ご不明な点は、医事課（045-0000-6210）までお電話ください。
お大事になさってください。
{SIG_OGAWA}"""))

    M.append(mail(ORG, "fujita", "none", "pass", "benign.system_outage",
        "'障害', '感染' and '隔離' refer to an EMR outage and a suspected malware infection; no patient data is sent.",
        FUJITA, [EMR],
        "【緊急】電子カルテ接続障害と端末のマルウェア感染疑い",
        f"""
メディカルクラウド株式会社
サポートご担当者様

みなと台ARTクリニック事務長の藤田です。
本日8:30の診療開始時から、受付端末2台で電子カルテに接続できない
障害が発生しております。
また、うち1台でセキュリティソフトが「Trojan.Generic」の感染を検知したため、
ネットワークから切り離して隔離しております。

・契約ID：MC-KN-20931
・影響：受付2台（UK-01、UK-02）、診察室・培養室の端末は正常
・現在は紙カルテで診療を継続中

至急、リモートでの調査をお願いいたします。
隔離した端末はそのまま電源を入れた状態で保全しております。
{SIG_FUJITA}"""))

    M.append(mail(ORG, "taniguchi", "none", "pass", "benign.equipment_serials",
        "A maintenance request listing incubator serial numbers and lot numbers; no personal data.",
        TANIGUCHI, [KIKI],
        "Re: インキュベーター定期点検の日程",
        f"""
日東理化 サービス部
石原 様

いつもありがとうございます。培養室の谷口です。
定期点検は4月19日（土）午後でお願いします。
土曜午後は採卵がないので、培養室を空けられます。

対象機器：
・タイムラプスインキュベーター NR-TL12　S/N TL12-2208-0047
・タイムラプスインキュベーター NR-TL12　S/N TL12-2301-0112
・マルチガスインキュベーター MG-8A　S/N MG8A-1907-3381
・CO2センサー交換用キット（ロット 24K0913）

TL12-2208-0047 は、先月から庫内温度が 37.0→37.3℃ にふれることがあるので、
センサーの校正も併せてお願いできますか。
{SIG_TANIGUCHI}
> 谷口様
> お世話になっております。日東理化の石原です。
> 年次の定期点検ですが、4月中旬で候補日をいただけますでしょうか。
"""))

    jan = [ean13("498703201118"), ean13("498703201125"), ean13("456210450071")]
    M.append(mail(ORG, "ogawa", "none", "pass", "benign.drug_order_jan",
        "A drug and supplies order with JAN codes and order numbers; ordinary procurement.",
        OGAWA, [OROSHI],
        "発注のお願い（みなと台ARTクリニック 注文番号 MA-PO-25-0312）",
        f"""
横浜メディカル卸 受注センター 御中

いつもお世話になっております。みなと台ARTクリニックの小川です。
下記のとおり発注いたします。

注文番号：MA-PO-25-0312
納品希望日：3月14日（金）午前

1. 黄体ホルモン腟錠 200mg　JAN {jan[0]}　20箱
2. 卵胞刺激ホルモン注 150単位ペン　JAN {jan[1]}　12本
3. 培養液 シングルステップ 20mL　JAN {jan[2]}　30本（要冷蔵 2〜8℃）

培養液は冷蔵便でお願いいたします。
欠品がある場合は、代替品をご提案いただく前にご連絡ください。
{SIG_OGAWA}"""))

    M.append(mail(ORG, "fujita", "none", "pass", "benign.media_interview",
        "An interview arrangement with a newspaper that mentions a public official's remarks and the director; no patient data.",
        FUJITA, ["神奈川日報 くらし報道部 記者 荒井 <arai-kurashi@kanagawa-nippo.example.co.jp>"],
        "Re: 不妊治療の保険適用から3年の取材について",
        f"""
神奈川日報 くらし報道部
荒井 様

お世話になっております。みなと台ARTクリニック事務長の藤田です。
取材のご依頼ありがとうございます。院長 松岡がお受けいたします。

日時：4月8日（火）13:00〜14:00
場所：当院 カンファレンスルーム（5F）

ご質問事項にあった、先日の国会答弁で厚生労働大臣が触れた
「先進医療の保険併用の拡大」については、院長の見解としてお話しします。
当院の治療実績は、学会発表済みの集計値の範囲でお答えいたします。

なお、患者様への取材や、待合室・培養室の撮影はお受けできませんので
ご了承ください。院長の写真は院長室で撮影いただけます。
{SIG_FUJITA}
-----Original Message-----
From: 荒井 <arai-kurashi@kanagawa-nippo.example.co.jp>
Subject: 不妊治療の保険適用から3年の取材について

みなと台ARTクリニック 藤田様
4月の特集で、保険適用から3年の現場の変化について院長先生にお話を伺えればと思います。
"""))

    M.append(mail(ORG, "fujita", "none", "pass", "benign.lecturer_fee_masked",
        "Sent to the lecturer himself about his own fee; the bank account is masked.",
        FUJITA, ["臨床心理士 早川 誠 <makoto.hayakawa.cp@outlook.com>"],
        "院内勉強会 講師謝礼のお振込みについて",
        f"""
早川 誠 先生

先日は院内勉強会「治療中の患者さんの心理的支援」でご講演いただき、
誠にありがとうございました。スタッフからも大変好評でした。

謝礼のお振込みについてご連絡いたします。
・謝礼：50,000円（源泉徴収税 5,105円を差し引き、44,895円をお振込み）
・振込予定日：3月31日（月）
・振込先：ご登録いただいた口座（横浜銀行 ****支店 普通 ****612）

支払調書は来年1月にお送りいたします。
また機会がございましたら、どうぞよろしくお願いいたします。
{SIG_FUJITA}"""))

    M.append(mail(ORG, "ogawa", "none", "pass", "benign.visitor_restriction",
        "A notice to referring clinics about companion restrictions due to infections in the community; no individual named.",
        OGAWA, [REFERRER], bcc=["港北ウィメンズクリニック <info@kohoku-womens.example.jp>", "あおばレディースクリニック 受付 <uketsuke@aoba-ladies.example.jp>"],
        subject="ご紹介患者様の来院時の同伴制限について",
        text=f"""
ご紹介元の先生方へ

平素より患者様をご紹介いただき、誠にありがとうございます。

市内でインフルエンザおよび新型コロナウイルス感染症の流行が続いているため、
当院では3月1日から当面の間、下記のとおり同伴を制限させていただきます。

・待合室へのご同伴は、ご夫婦お二人まで（お子様連れはご遠慮ください）
・発熱・咳症状のある方は、来院前にお電話でご相談ください
・ご主人様の採精は、可能な限りご自宅での採取をお願いしております

ご紹介時に患者様へお伝えいただけますと幸いです。
ご不便をおかけしますが、何卒ご理解のほどお願い申し上げます。
{SIG_OGAWA}"""))

    M.append(mail(ORG, "taniguchi", "none", "pass", "benign.genome_policy",
        "A description of the clinic's PGT-A policy for a partner clinic; no patient data.",
        TANIGUCHI, ["あおばレディースクリニック 培養室 北原 <kitahara@aoba-ladies.example.jp>"],
        "Re: PGT-Aの実施体制について",
        f"""
北原 様

お問い合わせありがとうございます。培養室の谷口です。
当院のPGT-Aの実施体制について、概要をお送りします。

・対象：学会の見解に基づき、反復着床不全（2回以上）または反復流産（2回以上）の方
・実施前に、臨床遺伝専門医または認定遺伝カウンセラーによる
　遺伝カウンセリングを必須としています（大学病院 遺伝子診療部と連携）
・生検：胚盤胞の栄養外胚葉から5〜10細胞、レーザー法
・解析：国内の登録検査機関にNGSで委託、結果は約3週間
・性別の判定結果は、医学的適応がない限りお伝えしていません
・費用：自費（1胚あたり 55,000円）

院内の手順書（患者様向け説明文書を含む）は、先生の施設で
ご検討いただく場合はPDFでお送りできます。
{SIG_TANIGUCHI}"""))

    test_card = "4111 1111 1111 1111"
    M.append(mail(ORG, "fujita", "none", "pass", "benign.test_card_dev_minutes",
        "Development meeting minutes that use the well-known test card number in a sandbox; no real card or customer.",
        FUJITA, ["ウェブライト 開発部 PM 根本 <nemoto@weblight.example.co.jp>"],
        cc=["ウェブライト 開発部 大島 <oshima@weblight.example.co.jp>"],
        subject="Web予約・オンライン決済 第4回定例 議事録",
        text=f"""
ウェブライト株式会社
根本 様、大島 様

本日はありがとうございました。議事録をお送りします。
修正があればご指摘ください。

■ 日時：3月18日（火）16:00〜17:00　■ 場所：オンライン
■ 出席：（ウェブライト）根本、大島　（当院）藤田、小川

1. 決済画面の結合テスト
　・ステージング環境でテストカード {test_card}（有効期限 12/30、CVC 123）を使用し、
　　与信・売上確定・取消の3パターンを確認済み。
　・3Dセキュア2.0の認証画面で、スマホ表示が崩れる不具合あり → 大島様にて3/25までに修正
2. 予約枠の上限設定
　・採卵枠は1日6件、移植枠は1日10件で設定。
3. 本番切替
　・4月14日（月）の診療終了後に切替予定。
　・本番の加盟店ID（MT-448210）への切替は当院で決済代行会社に申請済み。

次回：3月25日（火）16:00〜
{SIG_FUJITA}"""))

    return M
