# Org D: 有限会社 梶原メガネ補聴器 (hearing-aid and optician shop, 浜松市)
from common import mail, att, enc_zip, PDF, CSV, XLSX, ZIP

ORG = "D"
D = "kajiwara-megane.example.jp"
KAJIWARA = f"梶原 修平 <kajiwara@{D}>"
NONOMURA = f"野々村 恵 <nonomura@{D}>"
HORI = f"堀 さゆり <hori@{D}>"

SIG_KAJIWARA = f"""
━━━━━━━━━━━━━━━━━━
有限会社 梶原メガネ補聴器
専務取締役　梶原 修平
認定補聴器技能者（第A-17042号）
〒430-0933 静岡県浜松市中央区鍛冶町118-2
TEL 053-452-3381　FAX 053-452-3389
kajiwara@{D}
認定補聴器専門店／SS級認定眼鏡士在籍
営業時間 10:00～19:00（水曜定休）
━━━━━━━━━━━━━━━━━━
"""

SIG_NONOMURA = f"""
――
梶原メガネ補聴器　眼鏡部
野々村 恵（SS級認定眼鏡士）
TEL 053-452-3381
nonomura@{D}
"""

SIG_HORI = f"""
有限会社 梶原メガネ補聴器　事務・経理
堀 さゆり
TEL 053-452-3381（代）／FAX 053-452-3389
hori@{D}
"""


def build():
    out = []

    # 1 hold body sensitive.disability
    out.append(mail(ORG, "kajiwara", "hold", "sensitive.disability",
        "A named customer's disability certificate number, grade and hearing levels go to the city office. The purpose is legitimate, but it is disability data.",
        KAJIWARA, ["浜松市 障害保健福祉課 補装具担当 <hosogu@hamamatsu-city.example.lg.jp>"],
        "補装具費（補聴器）支給申請に係る見積書の提出について",
        f"""
浜松市 健康福祉部 障害保健福祉課
補装具担当　ご担当者様

いつもお世話になっております。梶原メガネ補聴器の梶原でございます。
下記の方の補装具費支給申請について、見積書と適合判定に必要な資料を提出いたします。

　申請者氏名：杉山 和夫 様（昭和16年5月3日生）
　住所：浜松市中央区住吉4-12-30
　身体障害者手帳：静岡県 第 0418275 号　聴覚障害 4級
　聴力レベル（平均）：右 72dB／左 78dB
　処方：耳かけ型補聴器（高度難聴用）両耳　※判定医：浜松北病院 耳鼻咽喉科
　見積金額：1台 67,300円（基準額内）×2台

見積書原本は本日郵送いたします。不足書類がございましたらご指示ください。
{SIG_KAJIWARA}""",
        loc="body",
        personal=[("name", "杉山 和夫"), ("birthdate", "昭和16年5月3日"),
                  ("address", "浜松市中央区住吉4-12-30"),
                  ("disability_certificate", "第 0418275 号"), ("disability", "聴覚障害 4級")]))

    # 2 pass serial numbers
    out.append(mail(ORG, "kajiwara", "pass", "benign.serials",
        "A repair request listing hearing-aid serial numbers and reception numbers; no customer is named.",
        KAJIWARA, ["オーリス補聴器 修理センター <repair@auris-hearing.example.co.jp>"],
        "修理依頼3件（6月第2週分）",
        f"""
株式会社オーリス補聴器
修理センター 御中

いつもお世話になっております。梶原メガネ補聴器の梶原です。
本日、下記3台を発送いたしました。ご確認をお願いいたします。

受付番号　　機種　　　　　　製造番号　　　　症状
KM-0611-1　Auris Lumo 5 RIC　ALR5-23H40876　右：音が途切れる、電池室の接触不良か
KM-0611-2　Auris Lumo 5 RIC　ALR5-23H41102　ハウリング多発、レシーバー交換希望
KM-0611-3　Auris Nova ITE　　ANI-22K09315　 シェル割れ（落下）、再作製見積希望

3件とも保証期間内（購入日は修理伝票に記載）です。
見積が必要なものは、着手前にご連絡ください。
{SIG_KAJIWARA}"""))

    # 3 pass JAN codes and katakana frame names
    out.append(mail(ORG, "nonomura", "pass", "benign.product_codes",
        "A frame and care-product order; 13-digit JAN codes and katakana model names that look like given names.",
        NONOMURA, ["受注センター <juchu@sunoptical.example.co.jp>"],
        "6月追加発注（フレーム・ケア用品）",
        f"""
株式会社サンオプティカル
受注センター御中

いつもお世話になっております。梶原メガネ補聴器の野々村です。
下記の追加発注をお願いいたします。

【フレーム】
　エリカ（セル・ボストン）カラー 03 ブラウンデミ　4987216503318　2本
　ハルカ（メタル・オーバル）カラー 11 ゴールド　　4987216504117　1本
　ユウト（コンビ・ウェリントン）カラー 02 マットBK 4987216505213　2本
【ケア用品】
　クリアモイスト 洗浄保存液 360ml　4987216710020　12本
　レンズクロス ルーチェ（30×30）　4987216720111　50枚

エリカの03は先月も欠品でしたので、入荷が遅れる場合はご一報ください。
{SIG_NONOMURA}"""))

    # 4 hold attachment sensitive.health
    out.append(mail(ORG, "kajiwara", "hold", "sensitive.health",
        "The body does not name the patient. The attached PDF gives her name, birth date, audiogram values and diagnosis.",
        KAJIWARA, ["さくら耳鼻咽喉科クリニック <info@sakura-jibika.example.jp>"],
        "補聴器適合評価結果のご報告",
        f"""
さくら耳鼻咽喉科クリニック
院長　桜井 先生

いつも患者様のご紹介をありがとうございます。梶原メガネ補聴器の梶原です。
先月ご紹介いただいた患者様について、2週間の試聴を終えましたので、補聴器適合評価の結果を添付にてご報告いたします。
次回ご受診の際のご参考になれば幸いです。
{SIG_KAJIWARA}""",
        loc="attachment",
        attachments=[att("適合評価_20240610.pdf", PDF, """
補聴器適合評価報告書
氏名：鈴木 トシ子 様　生年月日：1944年10月21日（79歳）
紹介元診断：両側感音難聴、右耳鳴あり
純音聴力（dB HL）　 250Hz 500Hz 1kHz 2kHz 4kHz
　右　　　　　　　　 40　　50　　60　 70　 80
　左　　　　　　　　 35　　45　　55　 65　 75
語音明瞭度（最高）　右 60%　左 70%
装用：耳かけ型 両耳　2週間試聴
装用閾値：500Hz 30dB／1kHz 30dB／2kHz 35dB
所見：会話レベルでの聞き取り改善あり。騒音下では疲れやすいとの訴え。
担当：認定補聴器技能者 梶原 修平
""")],
        personal=[("name", "鈴木 トシ子"), ("birthdate", "1944年10月21日"),
                  ("diagnosis", "両側感音難聴")]))

    # 5 hold quoted id.card
    out.append(mail(ORG, "hori", "hold", "id.card",
        "The body asks the payment provider for a manual authorisation. The forwarded internal note has a customer's full card number and expiry.",
        HORI, ["エスペイ 加盟店窓口 <kamei@s-pay.example.co.jp>"],
        "Fw: 電話注文分の決済について",
        f"""
株式会社エスペイ
加盟店窓口 ご担当者様

いつもお世話になっております。梶原メガネ補聴器の堀です（加盟店番号 SP-22-41876）。
店頭端末で下記の電話注文分の決済が通らなかったため、手動でのオーソリ処理をお願いできますでしょうか。
詳細は下記の店舗メモのとおりです。
{SIG_HORI}
-----Original Message-----
From: 野々村 恵 <nonomura@{D}>
To: 堀 さゆり <hori@{D}>
Subject: 電話注文メモ

堀さん
さきほどの電話注文です。決済お願いします。

　お客様：渡辺 清美 様（浜松市浜名区）
　品目：遠近両用レンズ（前回度数）＋フレーム エリカ 03
　金額：48,400円（一括）
　カード：4024 1873 5920 6447　有効期限 09/27　名義 KIYOMI WATANABE

野々村
""",
        loc="quoted",
        personal=[("name", "渡辺 清美"), ("card", "4024 1873 5920 6447")]))

    # 6 pass data subject
    out.append(mail(ORG, "kajiwara", "pass", "benign.data_subject",
        "A customer's own hearing-test results go back only to himself.",
        KAJIWARA, ["岩本 誠一 <seiichi.iwamoto@gmail.com>"],
        "聴力測定結果と次回調整のご案内",
        f"""
岩本 誠一 様

先日はご来店いただき、ありがとうございました。梶原メガネ補聴器の梶原です。
ご希望のありました測定結果を、メールでもお送りいたします。

　　　　　　　500Hz　1kHz　2kHz　4kHz
　右（dB）　　 30　　 35　　 50　　 65
　左（dB）　　 30　　 40　　 55　　 65

高い音ほど聞こえにくくなる、年齢相応の形です。
会議でのお聞き取りを重視されるとのことでしたので、まずは片耳（左）から2週間お試しいただくのがよいと考えております。

次回の調整は 6月22日（土）11:00 でご予約を承っております。
ご都合が悪くなった場合は、お電話かこのメールへのご返信でお知らせください。
{SIG_KAJIWARA}"""))

    # 7 hold subject sensitive.health
    out.append(mail(ORG, "hori", "hold", "sensitive.health",
        "The subject names a customer together with his dementia; the body is a neutral request for replacement under loss cover.",
        HORI, ["オーリス補聴器 修理センター <repair@auris-hearing.example.co.jp>"],
        "【紛失補償】大場 昭三様（認知症あり）補聴器紛失・再購入の件",
        f"""
株式会社オーリス補聴器
修理センター ご担当者様

いつもお世話になっております。梶原メガネ補聴器の堀です。
標記の件、紛失補償制度による再購入手続きをお願いいたします。

　機種：Auris Lumo 5 RIC（右耳）
　製造番号：ALR5-22F18807
　購入日：2022年9月14日（補償期間内）
　紛失届：浜松中央警察署へ届出済み（受理番号は申請書に記載）

申請書と紛失届受理証明の写しは、本日FAXにてお送りします。
{SIG_HORI}""",
        loc="subject",
        personal=[("name", "大場 昭三"), ("diagnosis", "認知症")]))

    # 8 pass aggregate disability statistics
    out.append(mail(ORG, "kajiwara", "pass", "benign.aggregate_disability",
        "A trade-association survey answered with counts of subsidy applications; no customer is identified.",
        KAJIWARA, ["静岡県補聴器販売店協会 事務局 <jimukyoku@shizuoka-hearing.example.or.jp>"],
        "Re: 2023年度 会員店実態調査へのご回答",
        f"""
静岡県補聴器販売店協会 事務局 御中

いつもお世話になっております。梶原メガネ補聴器の梶原です。
実態調査にご回答いたします。

【2023年度（2023年4月～2024年3月）当店実績】
　補聴器販売台数　　　　　　　　　　　　218台
　うち補装具費支給（障害者総合支援法）　 23件（両耳 9件含む）
　軽度・中等度難聴児への助成（市町村事業） 4件
　高齢者補聴器購入助成（市の新制度）　　　11件
　修理・点検の受付件数　　　　　　　　　 612件
　出張（施設・在宅）訪問件数　　　　　　　 47件

自由記述：
高齢者向け助成が始まり、これまで来店されなかった軽度難聴の方の相談が増えました。
一方で、施設の面会制限が続いているところもあり、出張点検の日程が組みにくい状況です。
{SIG_KAJIWARA}"""))

    # 9 hold encrypted zip
    out.append(mail(ORG, "hori", "hold", "attachment.encrypted_zip",
        "Payroll and bonus data sent as a password-protected zip (PPAP).",
        HORI, ["浜松中央会計事務所 久保 <kubo@chuo-kaikei.example.jp>"],
        "6月分 給与・賞与データの送付",
        f"""
浜松中央会計事務所
久保 様

いつもお世話になっております。梶原メガネ補聴器の堀です。
6月分の給与データと夏季賞与の支給一覧を送付いたします。
パスワードはいつもどおり、お電話でお伝えいたします。

ご確認のほどよろしくお願いいたします。
{SIG_HORI}""",
        loc="zip",
        attachments=[enc_zip("給与賞与_202406.zip")]))

    # 10 pass invoice to a care home, 面会制限 without names
    out.append(mail(ORG, "hori", "pass", "benign.corporate_account",
        "An invoice to a care home with the shop's corporate account. The visiting restriction and infection wording name no resident.",
        HORI, ["社会福祉法人みかんの里 事務長 宮田 <miyata@mikannosato.example.or.jp>"],
        "出張補聴器点検（6月分）のご請求と7月日程について",
        f"""
社会福祉法人みかんの里
特別養護老人ホーム みかんの里 事務長　宮田 様

いつもお世話になっております。梶原メガネ補聴器の堀です。
6月12日に実施した出張補聴器点検のご請求書をお送りいたします。

　点検台数：14台（うち電池交換 14、チューブ交換 5、フィルター交換 8）
　ご請求額：15,400円（税込）
　お振込先：遠州中央信用金庫 鍛冶町支店 普通 0172290
　　　　　　ユ）カジワラメガネホチョウキ

7月の点検日程ですが、施設内で感染症が出ている間は面会制限中と伺っております。
制限が解除され次第、ご連絡いただけましたら日程を調整いたします。
個別の入居者様のお名前は、当日、職員の方から補聴器ケースのラベルで確認させていただく運用のままで結構です。
{SIG_HORI}"""))

    # 11 hold too many visible recipients
    to11 = [
        "岩本 誠一 <seiichi.iwamoto@gmail.com>",
        "渡辺 清美 <kiyomi.w.hamamatsu@gmail.com>",
        "中野 隆 <t.nakano@enshu-kogyo.example.co.jp>",
        "大川 芳江 <okawa.yoshie@gmail.com>",
        "桜井 先生 <info@sakura-jibika.example.jp>",
        "中島 隆之 <nakajima@nakajima-ganka.example.jp>",
        "山口 和樹 <kazuki.yamaguchi.hm@gmail.com>",
        "松本 奈々 <nana.matsumoto@hamana-design.example.co.jp>",
        "小山 健 <ken.koyama1975@gmail.com>",
        "栗田 真澄 <kurita@kurita-dental.example.jp>",
        "村松 悟 <s.muramatsu@muramatsu-gakki.example.co.jp>",
        "石川 美香 <mika.ishikawa.0808@gmail.com>",
        "野口 晴美 <harumi.noguchi@hamamatsu-bank.example.co.jp>",
    ]
    out.append(mail(ORG, "nonomura", "hold", "recipients.too_many_visible",
        "An exhibition invitation to 13 customers and partners with private and company addresses, all visible in To.",
        NONOMURA, to11,
        "新作フレーム展示会のご案内（7月6日・7日）",
        f"""
いつも梶原メガネ補聴器をご愛顧いただき、ありがとうございます。
眼鏡部の野々村です。

毎年ご好評いただいております新作フレーム展示会を、今年も下記のとおり開催いたします。

　日程：7月6日（土）・7日（日）10:00～18:00
　会場：当店2階 特設ギャラリー
　出展：国内外12ブランド、約600本
　特典：期間中のご成約で、レンズ代10%オフ／視力測定とフィッティング無料

お誘い合わせのうえ、ぜひお気軽にお越しください。
ご来場予約（時間指定）をいただけますと、待ち時間なくご案内できます。
{SIG_NONOMURA}""",
        loc="recipients"))

    # 12 hold attachment list.customers
    out.append(mail(ORG, "hori", "hold", "list.customers",
        "The body is a print order. The CSV lists customers with addresses, phones and the hearing aids they bought.",
        HORI, ["遠州印刷 営業部 野沢 <nozawa@enshu-print.example.co.jp>"],
        "補聴器点検のご案内DM 宛名データ（7月発送分）",
        f"""
遠州印刷株式会社
営業部　野沢 様

いつもお世話になっております。梶原メガネ補聴器の堀です。
7月発送の補聴器点検案内ハガキの宛名データを添付いたします。
文面は前回（1月）と同じで、差込項目は「購入機種」と「前回点検日」をお願いします。

6月28日までに投函いただけますと助かります。
{SIG_HORI}""",
        loc="attachment",
        attachments=[att("点検DM_宛名_202407.csv", CSV, """
顧客No,氏名,郵便番号,住所,電話,購入機種,購入日,前回点検日
H-0312,杉山 和夫,430-0906,浜松市中央区住吉4-12-30,053-471-2296,Auris Lumo 5 BTE,2023/08/02,2024/01/15
H-0347,鈴木 トシ子,432-8021,浜松市中央区佐鳴台2-31-7,053-447-8102,Auris Lumo 5 RIC,2024/06/08,-
H-0291,大場 昭三,434-0003,浜松市浜名区新原1842-5,053-586-3317,Auris Lumo 5 RIC,2022/09/14,2023/12/20
H-0388,岩本 誠一,433-8112,浜松市中央区初生町1190-22,090-7741-0385,Auris Nova ITE,2024/06/22,-
H-0256,大川 芳江,431-1304,浜松市浜名区細江町中川2208,053-522-0741,Auris Lumo 3 BTE,2021/11/30,2024/01/09
H-0375,小山 健,435-0044,浜松市中央区西塚町305-11,080-3126-5589,Auris Lumo 5 RIC,2023/03/17,2024/01/22
""")],
        personal=[("name", "杉山 和夫"), ("address", "浜松市中央区住吉4-12-30"),
                  ("phone", "053-471-2296"), ("name", "大川 芳江"),
                  ("address", "浜松市浜名区細江町中川2208"), ("name", "小山 健")]))

    # 13 pass POS outage
    out.append(mail(ORG, "hori", "pass", "benign.it_outage",
        "'障害', 'ウイルス感染' and '隔離' describe a POS fault; terminal IDs and error codes are not personal IDs.",
        HORI, ["レジテック サポート <support@regitech.example.co.jp>"],
        "POSレジ障害のご連絡（端末ID RT-5520-0391）",
        f"""
株式会社レジテック
サポートご担当者様

梶原メガネ補聴器の堀です（契約番号 RT-C-11827）。
本日開店時から、POSレジで下記の障害が発生しています。

・症状：売上登録後のレシート印字でフリーズ（エラー P-207）
・端末ID：RT-5520-0391／プリンタ：RT-PR80 製造番号 PR80-2107-55310
・再起動3回 → 改善せず
・店内のPCでウイルス感染が疑われるメールを開いた者がいたため、念のためLANケーブルを抜いて隔離済み（POSは別回線です）

現在は手書き伝票で対応しております。
リモートでの確認、または訪問の可否をご連絡ください。
{SIG_HORI}"""))

    # 14 hold body sensitive.health
    out.append(mail(ORG, "nonomura", "hold", "sensitive.health",
        "A named customer's glaucoma, visual-field loss and cataract surgery are written into a special lens order to the manufacturer.",
        NONOMURA, ["ヒカリレンズ 特注受付 <tokuchu@hikari-lens.example.co.jp>"],
        "特注レンズのご相談（遠近両用・プリズム入り）",
        f"""
株式会社ヒカリレンズ
特注受付 ご担当者様

いつもお世話になっております。梶原メガネ補聴器の野々村です。
下記のお客様の特注レンズについて、設計のご相談をさせてください。

　お客様：石原 久美子 様（68歳）
　眼の状態：両眼とも緑内障で治療中。左眼は下方の視野欠損が進んでいるとのこと（中島眼科医院にて経過観察）
　　　　　　右眼は2023年に白内障手術済み（眼内レンズ・単焦点）
　処方（中島眼科医院 処方箋より）
　　R: S+0.50 C-0.75 Ax90 ADD+2.50
　　L: S+1.25 C-1.00 Ax85 ADD+2.50 BU 1.5Δ

視野欠損があるため、累進帯の位置を通常より上方にできるかどうか、ご意見をいただけますでしょうか。
{SIG_NONOMURA}""",
        loc="body",
        personal=[("name", "石原 久美子"), ("diagnosis", "緑内障"),
                  ("diagnosis", "視野欠損"), ("surgery", "白内障手術済み")]))

    # 15 pass company names with surnames, meeting
    out.append(mail(ORG, "kajiwara", "pass", "benign.meeting",
        "Study-session planning with a partner eye clinic; clinic and shop names contain surnames and only staff are named.",
        KAJIWARA, ["中島 隆之 <nakajima@nakajima-ganka.example.jp>"],
        "院内勉強会（ロービジョンケア）の日程について",
        f"""
中島眼科医院
院長　中島 隆之 先生

いつもお世話になっております。梶原メガネ補聴器の梶原です。
先日お話のありました、スタッフ向けのロービジョンケア勉強会の件でご連絡いたしました。

　候補日：7月10日（水）または 7月17日（水）13:30～15:00（当店定休日）
　内容　：遮光眼鏡・拡大鏡の選び方、補聴器との併用のポイント
　講師　：当店 野々村（SS級認定眼鏡士）、梶原
　準備物：遮光レンズのサンプル一式、拡大鏡10種をお持ちします

貴院からは視能訓練士の小松様、受付の皆様がご参加と伺っております。
ご都合のよい日をお知らせいただけましたら幸いです。
{SIG_KAJIWARA}""",
        cc=[NONOMURA]))

    # 16 hold quoted id.mynumber
    out.append(mail(ORG, "hori", "hold", "id.mynumber",
        "The body asks for a dependant procedure. The forwarded staff mail has her child's name, birth date and マイナンバー.",
        HORI, ["遠州社労士事務所 <office@enshu-sr.example.jp>"],
        "Fw: 扶養追加の手続きについて",
        f"""
遠州社労士事務所
ご担当者様

いつもお世話になっております。梶原メガネ補聴器の堀です。
当社の野々村から被扶養者追加の申出がありましたので、下記のとおり転送いたします。
健康保険の被扶養者異動届の作成をお願いできますでしょうか。
{SIG_HORI}
----- 転送メッセージ -----
From: 野々村 恵 <nonomura@{D}>
To: 堀 さゆり <hori@{D}>
Subject: 扶養追加のお願い

堀さん
先月出産しましたので、子どもを扶養に入れたいです。

　氏名：野々村 陽葵（ひまり）
　続柄：長女
　生年月日：2024年5月8日
　個人番号：4061 8273 9509

よろしくお願いします。
野々村
""",
        loc="quoted",
        personal=[("name", "野々村 陽葵"), ("birthdate", "2024年5月8日"),
                  ("mynumber", "4061 8273 9509")]))

    # 17 pass tracking numbers (one passes the mynumber check)
    out.append(mail(ORG, "hori", "pass", "benign.tracking_number",
        "Yamato tracking numbers for repair returns; one of them happens to pass the マイナンバー check digit.",
        HORI, ["オーリス補聴器 修理センター <repair@auris-hearing.example.co.jp>"],
        "修理品・返品の発送のご連絡",
        f"""
株式会社オーリス補聴器
修理センター 御中

いつもお世話になっております。梶原メガネ補聴器の堀です。
本日、ヤマト運輸にて下記2口を発送いたしました。

　① 修理品（受付番号 KM-0614-1、KM-0614-2）
　　伝票番号：2208-4719-6637
　② 試聴機の返却（デモ機 3台：ALR5-DEMO-0712／0713／0719）
　　伝票番号：4682-1037-5529

いずれも明日午前着の予定です。
デモ機の返却確認書は、到着後にご返送いただけますと助かります。
{SIG_HORI}"""))

    # 18 pass plain zip to interior contractor
    out.append(mail(ORG, "nonomura", "pass", "benign.plain_zip",
        "An unencrypted zip of shop-renovation photos and floor plans sent to the contractor.",
        NONOMURA, ["エンシュウ内装 設計部 川島 <kawashima@enshu-naiso.example.co.jp>"],
        "眼鏡売場改装 現況写真と要望リスト",
        f"""
株式会社エンシュウ内装
設計部　川島 様

先日は現地調査にお越しいただき、ありがとうございました。梶原メガネ補聴器の野々村です。
売場の現況写真と、スタッフからの要望リストをZIPにまとめてお送りします（パスワードはかけていません）。

主な要望：
　・フレーム棚を壁面に3本追加（各1,800mm幅）
　・視力測定室の照明を調光式に
　・補聴器コーナーとの間に、防音性のあるパーティション

お見積りは7月上旬までにいただけますと幸いです。
{SIG_NONOMURA}""",
        attachments=[att("売場現況_20240612.zip", ZIP, """
[zip contents]
01_売場全景.jpg
02_フレーム棚_北面.jpg
03_視力測定室.jpg
04_補聴器コーナー.jpg
要望リスト_v2.xlsx
平面図_現況.pdf
""")]))

    # 19 hold body id.bank_account
    out.append(mail(ORG, "hori", "hold", "id.bank_account",
        "A customer's private bank account for a trial-return refund is sent in the body to the manufacturer.",
        HORI, ["オーリス補聴器 静岡営業所 大石 <oishi@auris-hearing.example.co.jp>"],
        "試聴後返品の返金手続きについて",
        f"""
株式会社オーリス補聴器
静岡営業所　大石 様

いつもお世話になっております。梶原メガネ補聴器の堀です。
先日ご相談した、お試し期間内の返品（メーカー直送の返金対象）の件です。
返金先をお客様に確認しましたので、お知らせいたします。

　お客様：大川 芳江 様
　返品機種：Auris Lumo 3 BTE（製造番号 ALL3-23J22014）
　返金額：158,000円
　返金先：浜松みなみ銀行 細江支店 普通 3318460　オオカワ ヨシエ

お手数ですが、処理完了後にご一報ください。
{SIG_HORI}""",
        loc="body",
        personal=[("name", "大川 芳江"), ("bank_account", "普通 3318460"),
                  ("bank_account_holder", "オオカワ ヨシエ")]))

    # 20 pass masked card to the customer, katakana frame name
    out.append(mail(ORG, "nonomura", "pass", "benign.masked_card",
        "An order confirmation to the customer herself with a masked card number and katakana frame names.",
        NONOMURA, ["松本 奈々 <nana.matsumoto@hamana-design.example.co.jp>"],
        "ご注文ありがとうございます（サングラス お取り寄せ）",
        f"""
松本 奈々 様

このたびはご注文いただき、誠にありがとうございます。梶原メガネ補聴器の野々村です。
お取り寄せのご注文内容を確認いたしました。

　フレーム：ルーチェ（SUN-22）カラー 05 クリアブラウン
　レンズ　：度なし 偏光グレー
　合計金額：29,700円（税込）
　お支払い：クレジットカード（VISA **** **** **** 1180）一括

入荷は7月3日頃の予定です。入荷しましたらご連絡いたしますので、フィッティングのためご来店ください。
同じシリーズの「ハルカ」も気になるとおっしゃっていましたので、展示会の際に取り置きしておきますね。
{SIG_NONOMURA}"""))

    return out
