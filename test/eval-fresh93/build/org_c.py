# -*- coding: utf-8 -*-
"""Org C: 訪問看護ステーションそよかぜ（運営：合同会社そよかぜケア）."""
from common import addr, att, enc_zip, quote, body, P, mail

ORG = "C"
DOM = "soyokaze-kango.example.jp"

MORISHITA = addr("森下 沙織", f"morishita@{DOM}")
ISHIDA = addr("石田 恵", f"ishida@{DOM}")
OKA = addr("岡 慎一郎", f"oka@{DOM}")

SIG_MORISHITA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
訪問看護ステーションそよかぜ
管理者（看護師）　森下 沙織
〒330-0000 埼玉県さいたま市浦和区常盤9-4-2 常盤ハイツ1F
TEL 048-0000-7710 ／ FAX 048-0000-7719
（運営：合同会社そよかぜケア）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SIG_ISHIDA = """
--
訪問看護ステーションそよかぜ 事務
石田 恵
TEL 048-0000-7710（代表）平日 9:00〜17:30
"""

SIG_OKA = """
────────────────
訪問看護ステーションそよかぜ
理学療法士　岡 慎一郎
携帯 080-0000-3395
────────────────
"""

ONISHI = addr("居宅介護支援事業所さくら通り 大西 様", "onishi@sakuradori-care.example.jp")


def mails():
    out = []

    # ------------------------------------------------------------ holds
    # H1 body: patient's conditions to the care manager
    out.append(mail(
        expect="hold", kind="sensitive.health_patient", writer="morishita", loc="body",
        why="連携先ケアマネへの正当な報告でも、利用者の実名と心不全・褥瘡などの病状を社外に送っている。",
        frm=MORISHITA, to=[ONISHI],
        subject="5月 訪問看護 状況報告とサービス調整のご相談",
        text=body("""
居宅介護支援事業所さくら通り
大西 様

いつもお世話になっております。そよかぜの森下です。
長谷川 トメ様（88歳、要介護3）の5月の状況をご報告いたします。

・慢性心不全：5/14以降、下腿浮腫が増強し、体重が2週間で2.4kg増加しました。
　主治医（浦和内科クリニック 安藤先生）の指示で利尿剤が増量となっています。
・仙骨部に褥瘡（DESIGN-R d2）があります。エアマットへの変更をご検討いただけますでしょうか。
・服薬：日中独居のため、飲み忘れが週2回ほどあります。

以上から、訪問回数を週2回→週3回に増やすことをご提案します。
6月のサービス担当者会議でご検討いただけますと幸いです。
""", SIG_MORISHITA),
        personal=P(("name", "長谷川 トメ"), ("diagnosis", "慢性心不全"),
                   ("diagnosis", "仙骨部に褥瘡（DESIGN-R d2）")),
    ))

    # H2 body: a colleague's infection named in a reply to a family member
    out.append(mail(
        expect="hold", kind="sensitive.infection_third_party", writer="morishita", loc="body",
        why="利用者家族への返信で、第三者である看護師を実名で挙げて新型コロナ感染を伝えている。",
        frm=MORISHITA, to=[addr("山本 さつき", "satsuki.yamamoto22@yahoo.co.jp")],
        subject="Re: 担当の看護師さんについて",
        text=body("""
山本 さつき 様

いつもお世話になっております。訪問看護ステーションそよかぜの森下です。
ご連絡が遅くなり申し訳ございません。

お母様の担当が急に変わったことで、ご心配をおかけしました。
実は、これまで担当しておりました看護師の吉岡 千尋が新型コロナウイルスに感染し、現在自宅療養中です。
最終訪問日（5/16）の時点では症状はなく、訪問時はマスク・手指消毒を徹底しておりましたので、
お母様は濃厚接触には当たらないと判断しております。
念のため、今後1週間は訪問時に体温と呼吸の状態をいつも以上に丁寧に確認いたします。

吉岡は5/26から復帰の予定です。それまでは私、森下が伺います。
ご不安な点がございましたら、いつでもお電話ください。
""", SIG_MORISHITA, """
2025年5月20日(火) 21:08 山本 さつき <satsuki.yamamoto22@yahoo.co.jp>:
""", quote("""
そよかぜ 森下様
母の担当の吉岡さんが先週から来られていないようですが、何かあったのでしょうか。
母も気にしています。
山本
""")),
        personal=P(("name", "吉岡 千尋"), ("infection", "新型コロナウイルスに感染")),
    ))

    # H3 body: insurance numbers of a patient to the billing-software vendor
    out.append(mail(
        expect="hold", kind="id.health_insurance", writer="ishida", loc="body",
        why="ソフト会社への問い合わせに、利用者の氏名・生年月日と医療・介護保険の被保険者番号を書いている。",
        frm=ISHIDA, to=[addr("株式会社ケアレセプト サポートセンター", "support@carereceipt.example.co.jp")],
        subject="請求エラー（返戻）の件でご相談",
        text=body("""
株式会社ケアレセプト
サポートセンター ご担当者様

いつもお世話になっております。訪問看護ステーションそよかぜ 事務の石田です。
4月提供分の医療保険請求で1件返戻があり、ソフト上の登録内容を確認していただきたくご連絡しました。

　利用者：小池 正男 様（1939年7月22日生）
　後期高齢者医療 保険者番号：39110000
　被保険者番号：20418837
　介護保険 被保険者番号：0000584129
　返戻理由：「資格喪失後の受診」

ご本人は3月に市内で転居されただけで、保険は変わっていないはずです。
画面のどこを見れば資格情報の履歴が確認できるか、教えていただけますでしょうか。
お問い合わせ番号は CR-250604-0172 です。
""", SIG_ISHIDA),
        personal=P(("name", "小池 正男"), ("birth_date", "1939年7月22日"),
                   ("health_insurance", "20418837"), ("care_insurance", "0000584129")),
    ))

    # H4 attachment only: patient master data for migration
    out.append(mail(
        expect="hold", kind="list.patients", writer="ishida", loc="attachment",
        why="添付CSVに利用者6名の氏名・生年月日・住所・電話・病名が並び、システム会社へ送っている。",
        frm=ISHIDA, to=[addr("株式会社ナースリンク 導入支援 田村 様", "tamura@nurselink.example.co.jp")],
        subject="データ移行用ファイルの送付（利用者基本情報）",
        text=body("""
株式会社ナースリンク 導入支援チーム
田村 様

お世話になっております。そよかぜの石田です。
先日の打ち合わせでご依頼のありました、移行用のCSVファイルを添付いたします。
現行ソフトから書き出したもので、文字コードはShift_JISです。
住所の番地が全角・半角混在しておりますので、取り込み時にご確認ください。
切り替えは7月1日でお願いいたします。
""", SIG_ISHIDA),
        attachments=[att("利用者基本情報_移行用.csv", """
利用者ID,氏名,フリガナ,生年月日,性別,住所,電話番号,保険種別,主たる傷病名
U0012,長谷川 トメ,ハセガワ トメ,1937/02/11,女,さいたま市浦和区常盤6-2-14,048-0000-1832,介護,慢性心不全
U0015,小池 正男,コイケ マサオ,1939/07/22,男,さいたま市浦和区北浦和2-9-3-101,048-0000-5527,医療,COPD
U0021,小野寺 フミ,オノデラ フミ,1942/04/30,女,さいたま市浦和区岸町2-19-5,048-0000-6604,介護,脳梗塞後遺症
U0024,田中 キヨ,タナカ キヨ,1940/10/02,女,さいたま市浦和区領家5-1-8,048-0000-3310,介護,アルツハイマー型認知症
U0030,佐々木 トシ,ササキ トシ,1935/12/24,女,さいたま市南区別所7-12-4,048-0000-7781,介護,糖尿病
U0033,中島 勇,ナカジマ イサム,1951/03/15,男,さいたま市浦和区高砂1-4-20-707,048-0000-2045,医療,パーキンソン病
""")],
        personal=P(("name", "長谷川 トメ"), ("address", "さいたま市浦和区常盤6-2-14"),
                   ("name", "中島 勇"), ("diagnosis", "パーキンソン病"),
                   ("phone", "048-0000-2045")),
    ))

    # H5 attachment only: rehabilitation assessment with diagnosis
    out.append(mail(
        expect="hold", kind="sensitive.health_assessment", writer="oka", loc="attachment",
        why="本文は利用者名を伏せているが、添付の評価書に実名・住所・診断名（脳梗塞後遺症）が記載されている。",
        frm=OKA, to=[addr("株式会社あゆみ福祉用具 相談員 松本 様", "matsumoto@ayumi-fukushi.example.co.jp")],
        subject="リハビリ評価書の送付（手すり・歩行器の選定用）",
        text=body("""
株式会社あゆみ福祉用具
相談員 松本 様

お世話になっております。そよかぜの岡です。
先日お電話でご相談した、浦和区の利用者様の件です。
住宅改修（手すり）と歩行器の選定用に、直近のリハビリ評価をまとめた書類を添付します。
トイレと玄関の動線が課題ですので、6/5（木）の現地確認には私も同行します。
ご家族（ご長男）も同席の予定です。
""", SIG_OKA),
        attachments=[att("リハビリ評価書_202505.docx", """
訪問リハビリテーション 評価書
作成日：2025年5月30日　作成者：理学療法士 岡 慎一郎

利用者氏名：小野寺 フミ 様（83歳・女性）　要介護2
住所：さいたま市浦和区岸町2-19-5
診断名：脳梗塞後遺症（左片麻痺）、変形性膝関節症
既往歴：高血圧症、2022年 脳梗塞（右中大脳動脈領域）

ADL：屋内は伝い歩き、屋外は車いす。トイレ動作は手すりがあれば自立。
　　 玄関の上がり框（約22cm）で介助が必要。
評価：BBS 31/56、TUG 24.8秒（歩行器使用）
提案：トイレ内L字手すり、玄関の縦手すり＋式台、屋内用の四輪歩行器
""")],
        personal=P(("name", "小野寺 フミ"), ("address", "さいたま市浦和区岸町2-19-5"),
                   ("diagnosis", "脳梗塞後遺症（左片麻痺）")),
    ))

    # H6 quoted only: family's mail with dementia diagnosis forwarded to the care manager
    out.append(mail(
        expect="hold", kind="sensitive.health_family_report", writer="morishita", loc="quoted",
        why="転送部分に利用者の実名とアルツハイマー型認知症の診断・夜間の徘徊が書かれ、社外のケアマネに送っている。",
        frm=MORISHITA, to=[ONISHI],
        subject="Fwd: 母の様子について",
        text=body("""
居宅介護支援事業所さくら通り
大西 様

お世話になっております。そよかぜの森下です。
ご家族から下記のメールが届きましたので転送いたします。
夜間の状況が変わってきているようですので、サービス担当者会議の前倒しと、
ショートステイの利用についてご検討いただけますでしょうか。
訪問時の様子は、明日の訪問後にあらためてご報告します。
""", SIG_MORISHITA, f"""
-----Original Message-----
From: 田中 浩二 <koji.tanaka.0712@gmail.com>
Sent: Tuesday, June 10, 2025 23:41
To: info@{DOM}
Subject: 母の様子について

そよかぜ 森下様
いつもお世話になっております。田中 キヨ の長男の浩二です。
先月アルツハイマー型認知症と診断されてから、夜中に外へ出ようとすることが増えました。
昨晩も2時ごろ玄関の鍵を開けていて、私が気づいて止めました。
日中も、薬を飲んだかどうかを何度も聞いてきます。
仕事があるので毎晩見ているのは難しく、どうしたらよいか相談させてください。

田中 浩二
携帯 090-0000-6617
"""),
        personal=P(("name", "田中 キヨ"), ("diagnosis", "アルツハイマー型認知症"),
                   ("phone", "090-0000-6617")),
    ))

    # H7 quoted only: a neighbour's complaint with full contact forwarded to a parking company
    out.append(mail(
        expect="hold", kind="personal.neighbour_complaint", writer="ishida", loc="quoted",
        why="近隣住民の苦情をフォームの氏名・住所・電話・メールごと駐車場会社へ転送しており、連絡先一式が第三者に渡る。",
        frm=ISHIDA, to=[addr("株式会社ミドリ駐車場サービス 法人営業部", "hojin@midori-parking.example.co.jp")],
        subject="Fwd: ホームページお問い合わせ（訪問車両の駐車について）",
        text=body("""
株式会社ミドリ駐車場サービス
法人営業部 ご担当者様

お世話になっております。訪問看護ステーションそよかぜ 事務の石田です。
先日ご相談した月極駐車場の件で、近隣の方から下記のお申し出がありました。
このお宅の周辺で、訪問時に使える時間貸しまたは月極の区画がないか探していただけますでしょうか。
場所の参考になるよう、お問い合わせ内容をそのまま転送します。
""", SIG_ISHIDA, f"""
-------- 転送メッセージ --------
件名: 【お問い合わせフォーム】訪問車両の駐車について
日付: 2025年6月2日 9:12
差出人: webform@{DOM}

お名前：井上 和夫
ご住所：埼玉県さいたま市浦和区領家3-11-7
電話番号：048-0000-2291
メールアドレス：k.inoue.ryoke@outlook.com
お問い合わせ内容：
毎週火曜と金曜の午前中、白い軽自動車（「そよかぜ」と書いてある車）が当家の車庫の前に停まっていて、車を出せません。
先週は30分以上待たされました。改善されない場合は警察に相談します。
"""),
        personal=P(("name", "井上 和夫"), ("address", "埼玉県さいたま市浦和区領家3-11-7"),
                   ("phone", "048-0000-2291"), ("email", "k.inoue.ryoke@outlook.com")),
    ))

    # H8 subject only: COVID-positive patient named in the subject
    out.append(mail(
        expect="hold", kind="sensitive.infection_subject", writer="morishita", loc="subject",
        why="本文は「件名の利用者様」としか書いていないが、件名に利用者の実名と新型コロナ陽性が入っている。",
        frm=MORISHITA, to=[addr("デイサービスひなた 生活相談員 清水 様", "shimizu@dayservice-hinata.example.jp")],
        subject="【情報共有】佐々木 トシ様 新型コロナ陽性（5/20判明）",
        text=body("""
デイサービスひなた
生活相談員 清水 様

いつもお世話になっております。そよかぜの森下です。
件名の利用者様について、本日主治医より検査結果の連絡がありましたので共有いたします。
発熱は5/19の夜からで、5/17（土）にそちらをご利用されていたと伺っております。
デイのご利用は、主治医の許可が出るまでお休みとなります。
当ステーションは防護具を着用のうえ、訪問を継続いたします。
他の利用者様・職員の方の健康観察については、そちらのご判断でお願いいたします。
""", SIG_MORISHITA),
        personal=P(("name", "佐々木 トシ"), ("infection", "新型コロナ陽性")),
    ))

    # H9 zip: encrypted zip with monthly nursing reports
    out.append(mail(
        expect="hold", kind="attachment.encrypted_zip", writer="ishida", loc="zip",
        why="訪問看護報告書・計画書をパスワード付きZIPで送っており、中身を検査できないPPAP送信である。",
        frm=ISHIDA, to=[ONISHI],
        subject="5月分 訪問看護報告書・計画書の送付",
        text=body("""
居宅介護支援事業所さくら通り
大西 様

いつもお世話になっております。そよかぜ 事務の石田です。
5月分の訪問看護報告書・計画書（3名様分）をお送りします。
ファイルはパスワード付きのZIPです。パスワードは別のメールでお知らせします。
原本は月末の訪問時に森下がお持ちします。
""", SIG_ISHIDA),
        attachments=[enc_zip("報告書_202505_さくら通り様.zip")],
    ))

    # H10 recipients: 13 care managers from different agencies visible in To/CC
    to = [
        ("居宅介護支援事業所さくら通り 大西 様", "onishi@sakuradori-care.example.jp"),
        ("ときわ居宅介護支援センター 新井 様", "arai@tokiwa-kyotaku.example.jp"),
        ("浦和ケアプランセンター 木村 様", "kimura@urawa-careplan.example.jp"),
        ("南浦和ケアマネ事務所 清水 様", "shimizu@minami-cm.example.jp"),
        ("ケアステーション岸町 大塚 様", "otsuka@kishimachi-care.example.jp"),
        ("領家サポートセンター 石原 様", "ishihara@ryoke-support.example.jp"),
        ("東浦和居宅介護支援事業所 本田 様", "honda@higashi-urawa-cm.example.jp"),
        ("北浦和ケアプラン 小林 様", "kobayashi@kitaurawa-kyotaku.example.jp"),
        ("与野ケアサービス 村田 様", "murata@yono-care.example.jp"),
        ("浦和区地域包括支援センターみどり 横山 様", "yokoyama@midori-houkatsu.example.jp"),
    ]
    cc = [
        ("別所ケアマネジメント 高野 様", "takano@bessho-cm.example.jp"),
        ("仲町ケアプラン 斎藤 様", "saito@nakamachi-care.example.jp"),
        ("主任ケアマネジャー 川端 様（個人事業）", "kawabata.cm@gmail.com"),
    ]
    out.append(mail(
        expect="hold", kind="recipients.visible_external", writer="morishita", loc="recipients",
        why="複数事業所のケアマネ13名（個人アドレスを含む）をTo/CCに並べており、BCCにすべき宛先が互いに見える。",
        frm=MORISHITA, to=[addr(n, e) for n, e in to], cc=[addr(n, e) for n, e in cc],
        subject="【ご案内】6月 地域事例検討会（浦和区）",
        text=body("""
居宅介護支援事業所 ケアマネジャーの皆さま

いつも大変お世話になっております。訪問看護ステーションそよかぜの森下です。
6月の地域事例検討会を下記のとおり開催いたします。

　日時：6月26日（木）18:30〜20:00
　会場：浦和区コミュニティセンター 第3集会室（オンライン併用）
　テーマ：「退院直後の在宅療養 ― 最初の2週間をどう支えるか」
　事例提供：そよかぜ（事例は匿名化して提示します）
　定員：会場30名

参加ご希望の方は、6月20日（金）までにこのメールへご返信ください。
オンライン参加の方には、前日までに接続先をお送りします。
""", SIG_MORISHITA),
    ))

    # ------------------------------------------------------------ passes
    # P1 infection-control notice without names
    out.append(mail(
        expect="pass", kind="benign.infection_control_notice", writer="morishita", loc="none",
        why="地域の流行状況と訪問時の感染対策・病院の面会制限を伝えるだけで、特定の人の情報はない。",
        frm=MORISHITA,
        to=[ONISHI, addr("ときわ居宅介護支援センター 新井 様", "arai@tokiwa-kyotaku.example.jp")],
        subject="訪問時の感染対策についてのお知らせ（1月）",
        text=body("""
連携事業所の皆さま

いつもお世話になっております。訪問看護ステーションそよかぜの森下です。
市内でインフルエンザと感染性胃腸炎の報告が増えているため、1月中は以下の対策で訪問いたします。

・訪問スタッフは全員、訪問前の検温と体調確認を行い、記録しています。
・サージカルマスク・使い捨てエプロンを利用者宅ごとに交換します。
・発熱者のいるお宅は、その日の最後の訪問に回します。

なお、浦和中央病院では1月15日から面会制限（1回15分・2名まで・予約制）が始まっています。
入院中の方のご家族への説明の際にご参考ください。
""", SIG_MORISHITA),
    ))

    # P2 staff vaccination schedule, counts only
    out.append(mail(
        expect="pass", kind="benign.vaccination_schedule", writer="ishida", loc="none",
        why="職員の予防接種の日程と人数の連絡で、個人名や接種歴・健康状態は含まれていない。",
        frm=ISHIDA, to=[addr("浦和内科クリニック 事務", "jimu@urawa-naika.example.jp")],
        subject="職員インフルエンザ予防接種の日程について",
        text=body("""
浦和内科クリニック
事務ご担当者様

いつもお世話になっております。訪問看護ステーションそよかぜ 事務の石田です。
今年度の職員インフルエンザ予防接種について、以下の日程でお願いできますでしょうか。

　第1回：10月21日（火）13:00〜13:30　7名
　第2回：10月28日（火）13:00〜13:30　5名
　合計：12名（看護師9名、理学療法士2名、事務1名）

費用は法人負担のため、請求書は「合同会社そよかぜケア」宛てでお願いします。
予診票は各自が当日持参します。
""", SIG_ISHIDA),
    ))

    # P3 discharge conference arrangement, referenced by case number only
    out.append(mail(
        expect="pass", kind="benign.meeting_arrangement", writer="morishita", loc="none",
        why="退院前カンファレンスの日程調整で、患者は連携室の管理番号でしか示されず、署名の多い業務連絡だけである。",
        frm=MORISHITA,
        to=[addr("浦和中央病院 地域医療連携室 栗田 様", "kurita@urawa-chuo-hp.example.or.jp")],
        cc=[ONISHI],
        subject="Re: 退院前カンファレンスの日程（連携室 No.R-0412）",
        text=body("""
浦和中央病院 地域医療連携室
MSW 栗田 様

ご調整ありがとうございます。そよかぜの森下です。
6月18日（水）14:00〜14:45、5階カンファレンスルームで承知いたしました。
当ステーションからは、私と理学療法士の岡の2名で伺います。
ケアマネジャーの大西様もCCに入れております。

事前に看護サマリーをFAXでいただけますと、当日の確認がスムーズです。
よろしくお願いいたします。
""", SIG_MORISHITA, """
-----Original Message-----
From: 栗田 由美 <kurita@urawa-chuo-hp.example.or.jp>
Sent: Friday, June 13, 2025 16:22
To: 森下 沙織 <morishita@soyokaze-kango.example.jp>
Cc: 大西 <onishi@sakuradori-care.example.jp>
Subject: 退院前カンファレンスの日程（連携室 No.R-0412）

訪問看護ステーションそよかぜ 森下様

いつもお世話になっております。浦和中央病院 地域医療連携室の栗田です。
先日ご依頼した件（連携室 No.R-0412）の退院前カンファレンスについて、
病棟と調整し、6月18日（水）14:00〜で設定したいと考えております。
ご都合はいかがでしょうか。

◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆
医療法人社団 浦和中央会 浦和中央病院
地域医療連携室 医療ソーシャルワーカー
栗田 由美
〒330-0000 埼玉県さいたま市浦和区中央1-0-1
TEL 048-0000-1200（代表）内線 5120
FAX 048-0000-1209
◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆
"""),
    ))

    # P4 IT outage, tablet infection, quarantine
    out.append(mail(
        expect="pass", kind="benign.it_outage_malware", writer="ishida", loc="none",
        why="電子カルテの「障害」とタブレットのウイルス「感染」「隔離」の報告で、利用者の情報は含まない。",
        frm=ISHIDA, to=[addr("株式会社ナースリンク サポート", "support@nurselink.example.co.jp")],
        subject="【障害】電子カルテの同期エラーとタブレット1台のウイルス感染疑い",
        text=body("""
株式会社ナースリンク サポート 御中

お世話になっております。訪問看護ステーションそよかぜ 事務の石田です（契約ID NL-20418）。

1. 同期エラー（障害）
　本日8:50ごろから、訪問用タブレットからの記録の同期が「E-1107 通信エラー」で失敗します。
　対象：全8台。事業所のPCからは閲覧できています。

2. ウイルス感染の疑い
　タブレット TAB-06 で、セキュリティアプリが「不審なプロファイル」を検知しました。
　Wi-Fiとモバイル通信を切り、事務所で隔離して保管しています。

訪問記録は当面紙で取り、復旧後に入力します。
復旧見込みと、TAB-06 の対応方法をご連絡ください。
""", SIG_ISHIDA),
    ))

    # P5 condolence to the bereaved family member
    out.append(mail(
        expect="pass", kind="benign.condolence", writer="morishita", loc="none",
        why="ご遺族本人へのお悔やみと預かり物の返却連絡で、病状などの要配慮情報は書かれていない。",
        frm=MORISHITA, to=[addr("中村 陽一", "yoichi.nakamura.0904@gmail.com")],
        subject="お悔やみ申し上げます",
        text=body("""
中村 陽一 様

訪問看護ステーションそよかぜの森下です。
このたびは、お母様 ハル様のご逝去に際し、心よりお悔やみ申し上げます。
2年間にわたり訪問させていただき、いつも笑顔で迎えてくださったことを、スタッフ一同忘れません。

お預かりしておりました玄関の合鍵と、連絡ノートをお返ししたく存じます。
ご都合のよい日時を教えていただければ、お伺いするか郵送いたします。
どうぞご無理なさらず、ご家族の皆さまもご自愛ください。
""", SIG_MORISHITA),
    ))

    # P6 interview invitation to the applicant herself
    out.append(mail(
        expect="pass", kind="benign.applicant_invitation", writer="morishita", loc="none",
        why="応募者本人に面接日程を案内するメールで、本人の情報を本人に送っているだけである。",
        frm=MORISHITA, to=[addr("佐藤 美咲", "misaki.sato.ns@gmail.com")],
        subject="面接日程のご案内（訪問看護ステーションそよかぜ）",
        text=body("""
佐藤 美咲 様

このたびは、訪問看護ステーションそよかぜの看護師募集にご応募いただき、ありがとうございます。
管理者の森下です。書類選考の結果、ぜひ面接にお越しいただきたくご連絡いたしました。

　日時：6月12日（木）10:00〜11:00
　場所：当ステーション（浦和区常盤9-4-2 常盤ハイツ1F）
　持ち物：看護師免許証の写し、筆記用具
　※面接後、ご希望があれば午後の訪問に1件同行見学していただけます。

ご都合が合わない場合は、別の候補日をお知らせください。
お会いできるのを楽しみにしております。
""", SIG_MORISHITA),
    ))

    # P7 "体調不良" staff change told to the family
    out.append(mail(
        expect="pass", kind="benign.staff_unwell_notice", writer="oka", loc="none",
        why="担当者が「体調不良」で交代すると伝えるだけで、病名や感染症名は書かれていない。",
        frm=OKA, to=[addr("木村 洋子", "yoko.kimura.home@yahoo.co.jp")],
        subject="明日の訪問リハビリの担当変更について",
        text=body("""
木村 洋子 様

いつもお世話になっております。訪問看護ステーションそよかぜ 理学療法士の岡です。
担当の理学療法士 木下が体調不良のため、明日6/6（金）の訪問は私、岡が伺います。
時間はいつもどおり10:30からです。

前回の記録は引き継いでおりますので、いつもの歩行練習と体操を中心に行います。
ご不明な点があれば、ステーション（048-0000-7710）までご連絡ください。
""", SIG_OKA),
    ))

    # P8 business numbers: 指定事業所番号 and 法人番号
    out.append(mail(
        expect="pass", kind="benign.business_numbers", writer="ishida", loc="none",
        why="指定事業所番号・法人番号は事業所の番号で、管理者名も届出上の公開情報にとどまる。",
        frm=ISHIDA, to=[addr("さいたま市 介護保険課 事業者指定係", "shitei@kaigo.city-saitama.example.jp")],
        subject="変更届（営業時間）の提出について",
        text=body("""
さいたま市 介護保険課
事業者指定係 御中

いつもお世話になっております。訪問看護ステーションそよかぜ 事務の石田です。
営業時間の変更に伴い、変更届を提出いたします。

　事業所名：訪問看護ステーションそよかぜ
　指定事業所番号：1160000123
　法人名：合同会社そよかぜケア（法人番号 3030003012345）
　管理者：森下 沙織
　変更内容：営業時間 9:00〜17:30 → 8:30〜17:30（7月1日から）

届出書の原本は本日郵送いたしました。
不備がございましたらご連絡ください。
""", SIG_ISHIDA),
    ))

    # P9 plain zip with training material
    out.append(mail(
        expect="pass", kind="benign.plain_zip", writer="oka", loc="none",
        why="暗号化していないZIPで、中身は勉強会のスライド原稿とアンケート様式だけである。",
        frm=OKA, to=[addr("訪問看護ステーションあおば 岩田 様", "iwata@aoba-houkan.example.jp")],
        subject="合同勉強会の資料（腰痛予防・移乗介助）",
        text=body("""
訪問看護ステーションあおば
岩田 様

お世話になっております。そよかぜの岡です。
6/20の合同勉強会の資料をZIPでお送りします（パスワードはかけていません）。
スライドの原稿と、参加者アンケートの様式です。
当日はプロジェクターをお借りできると助かります。
""", SIG_OKA),
        attachments=[
            att("勉強会資料_0620.zip/腰痛予防_スライド原稿.txt", """
1. 訪問スタッフの腰痛の実態（全国調査より）
2. ベッド⇔車いす移乗：スライディングボードの使い方
3. 在宅でできる環境調整（ベッドの高さ、立ち位置）
4. セルフケア：3分間ストレッチ
"""),
            att("勉強会資料_0620.zip/参加者アンケート様式.txt", """
所属：　　　　　職種：
Q1 今日の内容は業務に役立ちそうですか（5段階）
Q2 次回取り上げてほしいテーマ
"""),
        ],
    ))

    # P10 project mail: 6 visible addresses from 2 organisations
    out.append(mail(
        expect="pass", kind="benign.project_thread", writer="ishida", loc="none",
        why="タブレット導入のキックオフ調整で、宛先はベンダーと当ステーションの6名（2組織）だけである。",
        frm=ISHIDA,
        to=[addr("株式会社ナースリンク 田村 様", "tamura@nurselink.example.co.jp"),
            addr("株式会社ナースリンク 久保 様", "kubo@nurselink.example.co.jp"),
            addr("株式会社ナースリンク 営業 江口 様", "eguchi@nurselink.example.co.jp")],
        cc=[MORISHITA, OKA, addr("看護師 主任 青山", f"aoyama@{DOM}")],
        subject="タブレット導入 キックオフ打ち合わせの件",
        text=body("""
株式会社ナースリンク
田村 様、久保 様、江口 様

お世話になっております。そよかぜの石田です。
キックオフ打ち合わせの日程、下記でお願いいたします。

　日時：6月24日（火）13:30〜15:00
　場所：当ステーション 相談室
　当方出席：森下（管理者）、青山（主任看護師）、岡（理学療法士）、石田

ご説明いただきたいこと
　・記録テンプレートのカスタマイズ範囲
　・訪問スケジュールとの連携
　・研修の回数と時間帯（訪問の少ない13時台を希望）

資料は当日紙でいただけますと助かります。
""", SIG_ISHIDA),
    ))

    return out
