# -*- coding: utf-8 -*-
"""Org A: 学校法人青嶺学園 青嶺高等学校（私立高校 事務室・進路指導部）."""
from common import addr, att, enc_zip, quote, body, mynumber, P, mail

ORG = "A"
DOM = "seirei.example.ed.jp"

SAEKI = addr("佐伯 真理子", f"saeki.mariko@{DOM}")
OTOMO = addr("大友 健吾", f"otomo.kengo@{DOM}")
KOMATSU = addr("小松 葵", f"komatsu.aoi@{DOM}")

SIG_SAEKI = """
━━━━━━━━━━━━━━━━━━━━
学校法人青嶺学園 青嶺高等学校
事務室 主任　佐伯 真理子
〒252-0000 神奈川県相模原市緑区青嶺台2-14-1
TEL 042-0000-3100（事務室直通）　FAX 042-0000-3109
https://www.seirei.example.ed.jp/
━━━━━━━━━━━━━━━━━━━━
"""

SIG_OTOMO = """
--
青嶺高等学校 進路指導部長（教諭・地歴公民科）
大友 健吾  Kengo Otomo
TEL 042-0000-3120（進路指導室）/ 内線 215
otomo.kengo@seirei.example.ed.jp
"""

SIG_KOMATSU = """
――――――――――
青嶺高等学校 事務室
小松 葵（こまつ あおい）
TEL 042-0000-3100 / FAX 042-0000-3109
――――――――――
"""

MINATO_KITAMURA = addr("株式会社みなと旅行 北村 達也", "kitamura@minato-travel.example.co.jp")
SAKAGUCHI_YASUDA = addr("坂口会計事務所 安田 奈緒", "yasuda@sakaguchi-tax.example.jp")


def mails():
    out = []

    # ------------------------------------------------------------ holds
    # H1 body: health of two students to the travel agency
    out.append(mail(
        expect="hold", kind="sensitive.health_students", writer="saeki", loc="body",
        why="修学旅行の手配という正当な目的でも、生徒2名の病名（てんかん・食物アレルギー）を実名で旅行会社に送っている。",
        frm=SAEKI, to=[MINATO_KITAMURA],
        subject="修学旅行（沖縄）配慮が必要な生徒について",
        text=body("""
株式会社みなと旅行 教育旅行センター
北村 様

いつもお世話になっております。青嶺高等学校 事務室の佐伯です。
6月の2年生修学旅行（沖縄・3泊4日）につきまして、宿泊・食事・移動でご配慮をお願いしたい生徒の情報をお送りします。
保護者の了解は得ておりますが、取り扱いには十分ご注意ください。

■2年B組 森田 陽菜（もりた ひな）
・てんかんの診断があり、抗てんかん薬を朝夕服薬しています。
・発作時は横向きに寝かせ、5分以上続く場合は救急要請、と主治医から指示を受けています。
・入浴は同室の生徒か引率教員が付き添う形を希望します。

■2年D組 坂本 悠真（さかもと ゆうま）
・えび・かにの食物アレルギー（アナフィラキシー歴あり）。エピペンを携行します。
・2日目夕食（ホテルのビュッフェ）と3日目昼食（民泊先）で除去対応をお願いします。

民泊の受け入れ家庭にお伝えいただく範囲については、事前にご相談いただけますと幸いです。
引率の養護教諭は宮坂です。当日の連絡は宮坂の携帯（090-0000-4127）までお願いいたします。

よろしくお願いいたします。
""", SIG_SAEKI),
        personal=P(("name", "森田 陽菜"), ("diagnosis", "てんかんの診断"),
                   ("name", "坂本 悠真"),
                   ("diagnosis", "えび・かにの食物アレルギー（アナフィラキシー歴あり）")),
    ))

    # H2 body: a part-time lecturer's My Number to the tax accountant
    mn = mynumber("40281937561")
    out.append(mail(
        expect="hold", kind="id.mynumber_staff", writer="komatsu", loc="body",
        why="同僚である非常勤講師のマイナンバーを住所とともに本文に書いて外部の会計事務所へ送っている。",
        frm=KOMATSU, to=[SAKAGUCHI_YASUDA],
        subject="非常勤講師の個人番号（源泉徴収事務用）",
        text=body(f"""
坂口会計事務所
安田 様

お世話になっております。青嶺高等学校 事務室の小松です。
先日ご依頼のありました、今年度から勤務の非常勤講師の個人番号をお知らせいたします。
本人確認書類（運転免許証の写し）は、明日の書類便で原本照合済みのものをお送りします。

　氏名：村上 浩二（むらかみ こうじ）書道 非常勤講師
　個人番号：{mn}
　住所：神奈川県相模原市南区若葉台3-8-21-204
　勤務開始：2025年4月8日

給与は月末締め・翌月15日払いです。扶養控除等申告書は「扶養親族なし」で提出されています。
ご不明な点がございましたらご連絡ください。
""", SIG_KOMATSU),
        personal=P(("name", "村上 浩二"), ("mynumber", mn),
                   ("address", "神奈川県相模原市南区若葉台3-8-21-204")),
    ))

    # H3 body: student's disability (ASD) to a university admissions office
    out.append(mail(
        expect="hold", kind="sensitive.disability_student", writer="otomo", loc="body",
        why="受験上の配慮申請の相談でも、生徒の発達障害の診断名を実名で大学に送っており要配慮個人情報に当たる。",
        frm=OTOMO, to=[addr("東都文理大学 入試課 松井 様", "matsui@admissions.toto-bunri.example.ac.jp")],
        subject="総合型選抜 受験上の配慮申請について（事前相談）",
        text=body("""
東都文理大学 入試課
松井 様

いつも大変お世話になっております。青嶺高等学校 進路指導部の大友でございます。
貴学の総合型選抜（10月実施）を受験予定の本校生徒について、受験上の配慮申請の事前相談をさせてください。

対象生徒：3年C組 藤井 湊（ふじい みなと）
志望学科：情報科学部 情報システム学科
状況：中学2年時に自閉スペクトラム症（ASD）の診断を受けており、聴覚過敏があります。
　　　校内の定期考査では、別室受験とイヤーマフの使用を認めています。
希望する配慮：
　1. 別室（少人数）での受験
　2. 面接時の質問を紙でも提示していただくこと
　3. 試験前日の会場下見

医師の診断書と、本校での配慮実績をまとめた書類は、申請期限までに郵送いたします。
募集要項に「9月1日までに事前相談」とありますので、ご都合のよい日時に電話でお話しできれば幸いです。

何卒よろしくお願い申し上げます。
""", SIG_OTOMO),
        personal=P(("name", "藤井 湊"), ("diagnosis", "自閉スペクトラム症（ASD）")),
    ))

    # H4 attachment only: recommendation candidates with grades to a cram school
    out.append(mail(
        expect="hold", kind="list.student_grades", writer="otomo", loc="attachment",
        why="本文に個人名はないが、添付の一覧に生徒6名の氏名・評定平均・欠席日数が並び、外部の塾に送っている。",
        frm=OTOMO, to=[addr("進学ゼミナール翔 平岡 先生", "hiraoka@sho-seminar.example.jp")],
        subject="指定校推薦 校内選考の資料（ご相談用）",
        text=body("""
進学ゼミナール翔 教務部
平岡 先生

お世話になっております。青嶺高校の大友です。
先日の打ち合わせでお話しした指定校推薦の校内選考について、検討用の資料をお送りします。
今年度は希望者が例年より多く、枠2名の学科に4名が重なっている状況です。
評定・欠席・外部検定を並べた一覧を添付しましたので、面談指導の優先順位についてご意見をいただけますか。

来週水曜の16時以降でしたら、お電話でもオンラインでも対応できます。
よろしくお願いします。
""", SIG_OTOMO),
        attachments=[att("指定校推薦_校内選考資料.xlsx", """
シート1：指定校推薦 希望者一覧（2025年6月10日時点）
組	番号	氏名	評定平均	欠席日数(3年間)	英検	第1希望
3A	07	長尾 紗希	4.6	2	準1級	東都文理大学 経営学部
3A	21	宮原 陸斗	4.3	11	2級	東都文理大学 経営学部
3B	14	杉本 楓	4.5	0	2級	東都文理大学 経営学部
3D	03	石川 蒼	4.1	5	2級	東都文理大学 経営学部
3C	18	中村 美月	4.7	1	準1級	北湘学院大学 国際学部
3E	09	吉田 悠人	3.9	16	準2級	相模工業大学 工学部
備考：宮原は2年次に長期欠席あり（家庭の事情）。吉田は部活動推薦との併願を検討中。
""")],
        personal=P(("name", "長尾 紗希"), ("name", "宮原 陸斗"), ("name", "杉本 楓"),
                   ("score", "中村 美月	4.7	1")),
    ))

    # H5 attachment only: refund to a parent's private bank account
    out.append(mail(
        expect="hold", kind="id.bank_account_refund", writer="komatsu", loc="attachment",
        why="添付の振込依頼書に、入学金返還先として保護者個人の銀行口座と氏名・電話が記載されている。",
        frm=KOMATSU, to=[SAKAGUCHI_YASUDA],
        subject="入学金等返還の振込依頼（6/20振込分）",
        text=body("""
坂口会計事務所
安田 様

お世話になっております。青嶺高等学校 事務室の小松です。
入学辞退に伴う入学金等の返還について、振込のご依頼をいたします。
詳細は添付の依頼書に記載しております。理事長決裁済みです。

　振込予定日：6月20日（金）
　件数：1件

振込手数料は学校負担でお願いいたします。
処理が終わりましたら、振込控えのPDFをお送りいただけますと助かります。
""", SIG_KOMATSU),
        attachments=[att("入学金返還_振込依頼書_0620.pdf", """
入学金等返還 振込依頼書
学校法人青嶺学園 青嶺高等学校 事務室
依頼日：2025年6月12日　決裁番号：R7-事-0148

返還理由：入学辞退（2025年3月28日 辞退届受理）
受験番号：2025-一般-0317
生徒氏名：荒井 ひなた
保護者氏名：荒井 智子
返還額：施設設備費 120,000円

振込先
　金融機関：相模中央銀行 橋本支店（店番 214）
　預金種目：普通
　口座番号：4702913
　口座名義：アライ トモコ
連絡先（保護者）：090-0000-6634
""")],
        personal=P(("name", "荒井 智子"), ("bank_account", "4702913"),
                   ("account_holder", "アライ トモコ"), ("phone", "090-0000-6634")),
    ))

    # H6 quoted only: parent's inquiry with full contact forwarded to the uniform maker
    out.append(mail(
        expect="hold", kind="personal.inquiry_forward", writer="saeki", loc="quoted",
        why="保護者の問い合わせを氏名・住所・携帯・メールごと制服業者へ転送しており、個人の連絡先一式が第三者に渡る。",
        frm=SAEKI, to=[addr("株式会社ハナミズキ学生服 内藤 様", "naito@hanamizuki-uniform.example.co.jp")],
        subject="Fwd: 制服（ブレザー）サイズ交換のご相談",
        text=body("""
株式会社ハナミズキ学生服 営業部
内藤 様

いつもお世話になっております。青嶺高等学校 事務室の佐伯です。
新入生の保護者様から、ブレザーのサイズ交換について下記のお問い合わせがありました。
購入は貴社の採寸会経由とのことですので、交換の可否と手順について、恐れ入りますが保護者様へ直接ご連絡いただけますでしょうか。
対応結果は事務室にも一報いただけますと助かります。

よろしくお願いいたします。
""", SIG_SAEKI, """
---------- Forwarded message ---------
From: 岡本 直美 <naomi.okamoto.0314@gmail.com>
Date: 2025年4月21日(月) 20:42
Subject: 制服のサイズについて
To: 青嶺高等学校 事務室 <jimu@seirei.example.ed.jp>

青嶺高等学校 事務室 御中

1年E組 岡本 大翔 の母です。
入学式から2週間ほどですが、ブレザーの肩が窮屈で腕が上がらないと本人が言っております。
採寸会では170で注文しましたが、175に交換していただくことは可能でしょうか。
費用がかかる場合はお支払いします。

連絡先
岡本 直美
〒252-0000 神奈川県相模原市緑区東橋本4-2-15 グランコート橋本 502
携帯：080-0000-2759
（平日は18時以降ですと電話に出られます）
"""),
        personal=P(("name", "岡本 直美"), ("email", "naomi.okamoto.0314@gmail.com"),
                   ("address", "神奈川県相模原市緑区東橋本4-2-15 グランコート橋本 502"),
                   ("phone", "080-0000-2759")),
    ))

    # H7 quoted only: a parent's mail with the student's passport number forwarded
    out.append(mail(
        expect="hold", kind="id.passport", writer="komatsu", loc="quoted",
        why="転送部分に生徒の旅券番号・ローマ字氏名・生年月日が含まれ、外部の留学エージェントへ送っている。",
        frm=KOMATSU, to=[addr("グローバルブリッジ留学センター 工藤 様", "kudo@globalbridge.example.com")],
        subject="Fwd: 夏季語学研修 旅券情報の提出",
        text=body("""
グローバルブリッジ留学センター
工藤 様

お世話になっております。青嶺高等学校 事務室の小松です。
夏季オーストラリア語学研修の参加生徒について、保護者様から旅券情報が届きましたので転送いたします。
ETA申請と航空券の発券にお使いください。
残り2名分は届き次第お送りします。
""", SIG_KOMATSU, """
-------- 転送メッセージ --------
件名: 語学研修 パスポート情報
日付: Mon, 9 Jun 2025 07:55:12 +0900
差出人: 西村 綾 <aya.nishimura.home@yahoo.co.jp>
宛先: 青嶺高等学校 事務室 <jimu@seirei.example.ed.jp>

事務室 小松様

1年A組 西村 心春の母です。ご案内いただいた旅券情報をお送りします。
・氏名（ローマ字）：NISHIMURA KOHARU
・旅券番号：TK5037281
・発行日：2024年8月14日
・有効期限：2029年8月14日
・生年月日：2009年11月3日
・国籍：日本
よろしくお願いいたします。

西村 綾
"""),
        personal=P(("passport", "TK5037281"), ("name", "NISHIMURA KOHARU"),
                   ("name", "西村 心春"), ("birth_date", "2009年11月3日")),
    ))

    # H8 subject only: student's name and mental-health diagnosis in the subject line
    out.append(mail(
        expect="hold", kind="sensitive.health_subject", writer="otomo", loc="subject",
        why="本文は「件名の生徒」とぼかしているが、件名に生徒の実名と適応障害という病名が入ったまま大学へ送られる。",
        frm=OTOMO, to=[addr("北湘学院大学 アドミッションセンター 原田 様", "harada@hokusho-gakuin.example.ac.jp")],
        subject="Re: 3年A組 高橋 結衣さん 適応障害による欠席と推薦出願資格について",
        text=body("""
北湘学院大学 アドミッションセンター
原田 様

ご回答いただきありがとうございました。青嶺高等学校の大友です。
件名の生徒につきまして、主治医の意見書（写し）と欠席状況の一覧を、本日簡易書留でお送りしました。
出席日数の要件については「医師の意見書がある場合は個別に判断する」とのこと、承知いたしました。
本人・保護者とも、学校推薦型選抜での出願を強く希望しております。
判断の目安となる時期が分かりましたら、お知らせいただけますと幸いです。

引き続きよろしくお願いいたします。
""", SIG_OTOMO, """
2025/06/16 11:03、原田 <harada@hokusho-gakuin.example.ac.jp> のメール:
""", quote("""
青嶺高等学校 大友先生

お問い合わせの件、出席日数の要件（3年間で欠席30日以内）は原則ですが、
病気療養等の事情があり医師の意見書が提出された場合は、入試委員会で個別に判断いたします。
書類は7月4日（金）必着でお送りください。

北湘学院大学 アドミッションセンター 原田
""")),
        personal=P(("name", "高橋 結衣"), ("diagnosis", "適応障害")),
    ))

    # H9 zip: encrypted zip with scholarship documents (PPAP)
    out.append(mail(
        expect="hold", kind="attachment.encrypted_zip", writer="komatsu", loc="zip",
        why="推薦書・成績証明書・家計状況調書をパスワード付きZIPで送っており、中身を検査できないPPAP送信である。",
        frm=KOMATSU, to=[addr("公益財団法人ひかり育英会 中川 様", "nakagawa@hikari-ikueikai.example.or.jp")],
        subject="2025年度 奨学生推薦書類の送付（パスワード別送）",
        text=body("""
公益財団法人ひかり育英会
事務局 中川 様

いつもお世話になっております。青嶺高等学校 事務室の小松です。
2025年度奨学生の推薦につきまして、本校推薦者3名分の推薦書・成績証明書・家計状況調書を
パスワード付きZIPファイルにてお送りいたします。
パスワードは、この後別のメールでお知らせします。

原本は本日、簡易書留で発送いたしました。
ご査収のほど、よろしくお願い申し上げます。
""", SIG_KOMATSU),
        attachments=[enc_zip("奨学生推薦書類_青嶺高校_2025.zip")],
    ))

    # H10 recipients: 12 parents' private addresses visible in To
    parents = [
        ("山崎 理恵", "rie.yamazaki.1982@gmail.com"),
        ("高田 修", "osamu.takada@yahoo.co.jp"),
        ("遠藤 由香", "yuka_endo_home@outlook.com"),
        ("松尾 康平", "kohei.matsuo77@gmail.com"),
        ("久野 千春", "chiharu.kuno@yahoo.co.jp"),
        ("村井 聡", "satoshi.murai.pta@gmail.com"),
        ("桑原 美穂", "miho.kuwabara@outlook.com"),
        ("柴田 直子", "naoko.shibata.s@gmail.com"),
        ("永田 圭", "kei.nagata@yahoo.co.jp"),
        ("沢井 恵子", "keiko.sawai@gmail.com"),
        ("北野 雅人", "masato.kitano@outlook.com"),
        ("河野 絵美", "emi.kono.0909@yahoo.co.jp"),
    ]
    out.append(mail(
        expect="hold", kind="recipients.visible_private", writer="saeki", loc="recipients",
        why="PTA役員12名の私用メールアドレスを宛先（To）に並べて送っており、BCCにすべき相手が互いに見える。",
        frm=SAEKI, to=[addr(n, e) for n, e in parents],
        subject="【PTA】5月 役員会のご案内",
        text=body("""
PTA役員の皆さま

いつも本校の教育活動にご協力いただき、ありがとうございます。事務室の佐伯です。
5月のPTA役員会を下記のとおり開催いたします。

　日時：5月24日（土）10:00〜11:30
　場所：本館2階 第1会議室
　議題：1. 体育祭の受付・駐車場係の分担
　　　　2. 広報誌「せいれい」第1号の構成
　　　　3. 前年度会計報告
　持ち物：上履き

ご欠席の場合は、5月20日（火）までにこのメールへご返信ください。
お車の方は西門側の来客用駐車場をご利用いただけます。
""", SIG_SAEKI),
    ))

    # ------------------------------------------------------------ passes
    # P1 lecture arrangement, reply chain with heavy signatures, historical person
    out.append(mail(
        expect="pass", kind="benign.meeting_arrangement", writer="otomo", loc="none",
        why="出張講義の日程・機材調整で、登場するのは大学と高校の担当者の業務上の連絡先と歴史上の人物名だけである。",
        frm=OTOMO,
        to=[addr("東都文理大学 入試広報課 森本 浩之 様", "morimoto@admissions.toto-bunri.example.ac.jp")],
        cc=[addr("小田切 聡", f"odagiri.satoshi@{DOM}")],
        subject="Re: Re: 出張講義（7月）の日程について",
        text=body("""
東都文理大学 入試広報課
森本 様

ご調整いただきありがとうございます。青嶺高校の大友です。
7月10日（木）14:00〜15:30、2年生対象（約300名）でお願いいたします。
講師の新井先生のテーマ「渋沢栄一と日本の近代経済」、生徒も楽しみにしております。

当日の段取りは以下で考えております。
・13:20 正門にお越しください（来客用駐車場を1台分確保します）
・会場：本館4階 視聴覚室（プロジェクター・HDMI接続、ワイヤレスマイク2本）
・進行：進路指導部 小田切（CCに入れております）
・講義後、希望者20名ほどとの質問会（15:40〜16:10）

配布資料がございましたら、7月4日までにPDFでお送りいただければ印刷いたします。
引き続きよろしくお願いいたします。
""", SIG_OTOMO, """
-----Original Message-----
From: 森本 浩之 <morimoto@admissions.toto-bunri.example.ac.jp>
Sent: Thursday, June 12, 2025 17:48
To: 大友 健吾 <otomo.kengo@seirei.example.ed.jp>
Subject: Re: 出張講義（7月）の日程について

青嶺高等学校 大友先生

お世話になっております。東都文理大学 入試広報課の森本です。
出張講義の件、経済学部 准教授の新井が7月10日（木）午後であれば伺えるとのことです。
テーマは「渋沢栄一と日本の近代経済」を予定しております。
会場・機材・対象学年についてご教示いただけますでしょうか。

＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
東都文理大学 入試広報課
森本 浩之（もりもと ひろゆき）
〒192-0000 東京都八王子市文理台1-1
TEL 042-0000-8801 ／ FAX 042-0000-8809
https://www.toto-bunri.example.ac.jp/admissions/
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
"""),
    ))

    # P2 aggregate career results, no names
    out.append(mail(
        expect="pass", kind="benign.aggregate_statistics", writer="otomo", loc="none",
        why="卒業生の進路状況を人数の集計だけで回答しており、個人を特定できる情報を含まない。",
        frm=OTOMO, to=[addr("月刊シンガク編集部", "editor@shingaku-monthly.example.jp")],
        subject="2025年3月卒業生 進路状況（集計）のご回答",
        text=body("""
月刊シンガク編集部 御中

お世話になっております。青嶺高等学校 進路指導部の大友です。
ご依頼のアンケートについて、2025年3月卒業生の進路状況（集計値）を回答いたします。

　卒業者数：312名
　4年制大学：268名（85.9%）
　短期大学：9名
　専門学校：21名
　就職：5名
　その他（進学準備等）：9名

主な合格者数（延べ・既卒含まず）
　東都文理大学 41名 ／ 北湘学院大学 33名 ／ 相模工業大学 18名
　国公立大学 計12名

学校名の掲載は可、個別の生徒名・体験談の掲載は不可でお願いいたします。
ご不明点があればご連絡ください。
""", SIG_OTOMO),
    ))

    # P3 school corporate bank account on an invoice
    out.append(mail(
        expect="pass", kind="benign.corporate_bank_account", writer="komatsu", loc="none",
        why="体育館使用料の請求で、記載された口座は学校法人名義の法人口座である。",
        frm=KOMATSU, to=[addr("株式会社相模ダンスアカデミー 総務 三浦 様", "soumu@sagami-dance.example.co.jp")],
        subject="体育館使用料のご請求（5月分）",
        text=body("""
株式会社相模ダンスアカデミー
総務 三浦 様

いつもお世話になっております。青嶺高等学校 事務室の小松です。
5月分の体育館（第2体育館）使用料のご請求書をお送りいたします。

　ご利用日：5月11日・18日・25日（いずれも日曜 9:00〜12:00）
　ご請求金額：33,000円（税込）
　お支払期限：6月30日（月）

お振込先
　相模中央銀行 青嶺台支店 普通 1180452
　口座名義：ガツコウホウジン セイレイガクエン

請求書の原本は本日郵送いたしました。
6月以降のご予約は、前月20日までにお知らせください。
""", SIG_KOMATSU),
    ))

    # P4 masked corporate card and order number
    out.append(mail(
        expect="pass", kind="benign.masked_card", writer="komatsu", loc="none",
        why="学校の法人カードを下4桁のみで示した注文確認で、完全なカード番号も個人情報もない。",
        frm=KOMATSU, to=[addr("株式会社マナビスト 法人営業窓口", "houjin@manabist.example.co.jp")],
        subject="Re: ご注文内容の確認（注文番号 MB-2025-061187）",
        text=body("""
株式会社マナビスト
法人営業窓口 御中

お世話になっております。青嶺高等学校 事務室の小松です。
ご注文内容を確認いたしました。以下のとおりで問題ございません。

　注文番号：MB-2025-061187
　商品：英単語アプリ 学校ライセンス（1年生 320名分）
　決済：法人カード（VISA **** **** **** 4417）
　請求書宛名：学校法人青嶺学園 青嶺高等学校

ライセンスキーの発行は6月20日以降とのこと、承知しました。
導入説明会は英語科の教員が対応しますので、日程候補をお送りください。
""", SIG_KOMATSU, """
-----Original Message-----
From: 株式会社マナビスト 法人営業窓口 <houjin@manabist.example.co.jp>
Sent: Monday, June 9, 2025 10:12
To: komatsu.aoi@seirei.example.ed.jp
Subject: ご注文内容の確認（注文番号 MB-2025-061187）

青嶺高等学校 事務室 小松様
このたびはご注文ありがとうございます。内容をご確認のうえ、ご返信ください。
"""),
    ))

    # P5 mail to the data subject herself
    out.append(mail(
        expect="pass", kind="benign.data_subject_self", writer="otomo", loc="none",
        why="卒業生本人からの証明書発行依頼に本人宛てで回答しており、本人の情報を本人に送るだけである。",
        frm=OTOMO, to=[addr("大野 晴香", "haruka.ono.0521@gmail.com")],
        subject="Re: 卒業証明書と調査書の発行について",
        text=body("""
大野 晴香 様

ご連絡ありがとうございます。青嶺高校 進路指導部の大友です。
ご卒業以来ですね。編入学の準備、順調に進んでいるようで何よりです。

ご依頼の書類は以下のとおり発行いたします。
　・卒業証明書（和文）2通
　・調査書 1通（厳封）
　手数料：計900円（現金書留または窓口でお支払いください）

お受け取りは、6月23日（月）以降、平日9:00〜16:30に事務室窓口でも可能です。
郵送をご希望の場合は、ご記載の「相模原市中央区清新5-3-1-405」宛てに、手数料の確認後に発送します。

何か分からないことがあれば、いつでも連絡してください。
""", SIG_OTOMO, """
2025年6月15日(日) 22:40 大野 晴香 <haruka.ono.0521@gmail.com>:
""", quote("""
大友先生
2022年3月に卒業した大野晴香です。ご無沙汰しております。
大学の編入試験を受けることになり、卒業証明書2通と調査書1通が必要です。
郵送の場合は 相模原市中央区清新5-3-1-405 までお願いできますか。
""")),
    ))

    # P6 IT outage and malware "infection" with quarantine
    out.append(mail(
        expect="pass", kind="benign.it_outage_malware", writer="saeki", loc="none",
        why="「障害」「感染」「隔離」はWi-FiとPCのマルウェアの話で、人の健康情報ではない。",
        frm=SAEKI, to=[addr("株式会社テックリンク相模 サポート窓口", "support@techlink-sagami.example.co.jp")],
        cc=[addr("小松 葵", f"komatsu.aoi@{DOM}")],
        subject="【障害連絡】校内Wi-Fiの断続的な切断と教員PC1台のマルウェア感染疑い",
        text=body("""
株式会社テックリンク相模
サポート窓口 御中

保守契約番号 TS-0392 の青嶺高等学校 事務室、佐伯です。
2件ご連絡いたします。

1. 校内Wi-Fiの障害
　・6月3日（火）8:40頃から、本館3階のアクセスポイント（AP-3F-02, 03）で接続が数分おきに切れます。
　・授業用タブレット約40台に影響しています。
　・コントローラのログでは「radius timeout」が連続しています。

2. 教員用PCのマルウェア感染の疑い
　・資産番号 SR-PC-0217（職員室）で、ウイルス対策ソフトが不審なファイルを検知しました。
　・検知名：Trojan.Agent.GenericKD
　・ファイルのハッシュ（SHA-256）：
　　9f2c4e7a1b03d5e8c6a4f0b2d7e91c3a5b8f6d2e4c1a7b9e0d3f5a2c8b6e4d1f
　・LANケーブルを抜いてネットワークから隔離済みです。電源は入れたままにしています。

本日中にオンサイトでの確認をお願いできますでしょうか。
""", SIG_SAEKI),
    ))

    # P7 condolence to a partner company (corporate chairman)
    out.append(mail(
        expect="pass", kind="benign.condolence", writer="saeki", loc="none",
        why="取引先会長の逝去に対するお悔やみで、公に告知された訃報と業務上の連絡のみである。",
        frm=SAEKI, to=[addr("株式会社さがみ給食 総務部 御中", "soumu@sagami-kyushoku.example.co.jp")],
        subject="お悔やみ申し上げます（久我 正道 会長 ご逝去の報に接し）",
        text=body("""
株式会社さがみ給食
総務部 御中

このたびは、代表取締役会長 久我 正道 様のご逝去の報に接し、謹んでお悔やみ申し上げます。
長年にわたり本校の食堂運営にご尽力いただき、創立記念式典にもたびたびお越しいただきました。
教職員一同、心よりご冥福をお祈り申し上げます。

ご葬儀は近親者のみで執り行われると伺いましたので、
本校からは校長名にて弔電のみお送りさせていただきました。
お別れの会の日程が決まりましたら、お知らせいただけますと幸いです。

略儀ながら、メールにてお悔やみ申し上げます。
""", SIG_SAEKI),
    ))

    # P8 plain (unencrypted) zip with brochure copy
    out.append(mail(
        expect="pass", kind="benign.plain_zip", writer="komatsu", loc="none",
        why="暗号化されていないZIPで、中身は学校案内の原稿と写真リストだけで個人情報はない。",
        frm=KOMATSU, to=[addr("有限会社いずみ印刷 制作部 前川 様", "maekawa@izumi-print.example.co.jp")],
        subject="学校案内2026 原稿データの送付",
        text=body("""
有限会社いずみ印刷
制作部 前川 様

お世話になっております。青嶺高等学校 事務室の小松です。
学校案内2026の原稿データをZIPにまとめてお送りします（パスワードはかけていません）。
本文原稿と写真リストが入っています。写真データは別途ストレージのリンクでお送りします。
初校は7月11日（金）ごろにいただけますと助かります。
""", SIG_KOMATSU),
        attachments=[
            att("学校案内2026_原稿.zip/本文原稿.txt", """
【P2 校長あいさつ】
青嶺高等学校 校長 堀江 隆之
本校は1962年の創立以来、「自ら問い、ともに創る」を校訓に掲げてきました。
……（以下、約600字）

【P4 3つのコース】
特進コース／総合進学コース／グローバルコース
各コースの定員：特進80名、総合進学200名、グローバル40名

【P8 進路実績】
2025年3月卒業生 4年制大学進学率 85.9%
"""),
            att("学校案内2026_原稿.zip/写真リスト.csv", """
ページ,ファイル名,キャプション
P1,cover_campus.jpg,春の正門と桜並木
P4,class_global.jpg,グローバルコースの英語ディベート
P6,club_brass.jpg,吹奏楽部 定期演奏会
P8,library.jpg,自習室（夜8時まで開放）
"""),
        ],
    ))

    # P9 health checkup schedule with aggregate counts only
    out.append(mail(
        expect="pass", kind="benign.health_program_aggregate", writer="saeki", loc="none",
        why="生徒健康診断の日程と学年別の人数だけで、個人の健診結果や病名は含まない。",
        frm=SAEKI, to=[addr("一般財団法人相模健康管理センター 学校健診課", "gakko@sagami-kenko.example.or.jp")],
        subject="2025年度 生徒定期健康診断の日程と受診予定人数",
        text=body("""
一般財団法人相模健康管理センター
学校健診課 御中

いつもお世話になっております。青嶺高等学校 事務室の佐伯です。
2025年度の生徒定期健康診断について、日程と受診予定人数をお知らせします。

　4月17日（木）1年生 322名（内科・心電図・尿検査）
　4月18日（金）2年生 315名（内科・尿検査）
　4月21日（月）3年生 312名（内科・尿検査）
　※尿検査の検体回収は各日 8:30〜8:50、保健室前

欠席者の後日受診は、例年どおり5月中の貴センター来所でお願いする予定です。
結果の帳票は、学年別に保健室（養護教諭 宮坂）宛てにお送りください。
""", SIG_SAEKI),
    ))

    # P10 project mail: 6 visible addresses from 2 organisations
    out.append(mail(
        expect="pass", kind="benign.project_thread", writer="saeki", loc="none",
        why="修学旅行の下見調整で、宛先は旅行会社と学校の担当者6名（2組織）だけであり個人情報もない。",
        frm=SAEKI,
        to=[MINATO_KITAMURA,
            addr("株式会社みなと旅行 上田 彩", "ueda@minato-travel.example.co.jp"),
            addr("株式会社みなと旅行 沖縄支店 比嘉 誠", "higa@minato-travel.example.co.jp")],
        cc=[OTOMO, addr("栗原 学", f"kurihara.manabu@{DOM}"), addr("宮坂 美紀", f"miyasaka.miki@{DOM}")],
        subject="修学旅行 現地下見（5/27〜28）の行程確認",
        text=body("""
株式会社みなと旅行
北村 様、上田 様、比嘉 様

お世話になっております。青嶺高等学校の佐伯です。
5月27日〜28日の現地下見について、本校からは2学年主任の栗原、養護教諭の宮坂、進路指導部の大友の3名が参加します。

ご提示いただいた行程で問題ございません。念のため確認させてください。
　5/27 那覇空港 11:05着 → 平和祈念公園 → 民泊受け入れ地区の説明会 → ホテル（夕食会場の確認）
　5/28 美ら海水族館 → 体験学習施設（カヤック）→ 那覇空港 17:30発

・ホテルでは、夜間の救急対応の流れと最寄りの救急病院を確認したいと思います。
・体験学習施設では、雨天時の代替プログラムを見せていただけますか。

航空券は学校の請求書払いでお願いします。
""", SIG_SAEKI),
    ))

    return out
