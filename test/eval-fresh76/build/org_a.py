"""Org A: 株式会社大和田建設 横浜支店 新横浜三丁目作業所 (construction site office)."""
from common import mail, att

ORG = "A"
DOM = "owada-kensetsu.example.co.jp"

ISHIMARU = f"石丸 剛 <ishimaru.t@{DOM}>"
NONOMURA = f"野々村 彩 <nonomura.a@{DOM}>"
KASHIWAGI = f"柏木 由香里 <kashiwagi.y@{DOM}>"

SIG_ISHIMARU = """
--
株式会社大和田建設 横浜支店
（仮称）新横浜三丁目複合ビル新築工事 作業所
作業所長　石丸 剛（いしまる つよし）
〒222-0033 横浜市港北区新横浜3丁目18-6 現場事務所
TEL 045-000-4471　FAX 045-000-4472　携帯 090-0000-3381
ishimaru.t@owada-kensetsu.example.co.jp
※本メールが意図しない宛先に届いた場合は、お手数ですが破棄のうえご一報ください。
"""

SIG_NONOMURA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
大和田建設　新横浜三丁目作業所
工事係（安全・労務担当）　野々村 彩
現場事務所 TEL 045-000-4471（内線23）
携帯 080-0000-7724
nonomura.a@owada-kensetsu.example.co.jp
「安全はすべてに優先する」無事故・無災害 312日継続中
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_KASHIWAGI = """
------------------------------------------
株式会社大和田建設 横浜支店
新横浜三丁目複合ビル作業所　事務担当
柏木 由香里
TEL 045-000-4471 / FAX 045-000-4472
kashiwagi.y@owada-kensetsu.example.co.jp
作業所の受付時間：平日 8:00～17:30（土曜は第2・第4のみ）
------------------------------------------
"""

# outside parties
MIYAHARA = "宮原 健司 <miyahara@hokuto-setsubi.example.co.jp>"
KOWA_JIMU = "光和電業 工事事務 <koji-jimu@kowa-dengyo.example.jp>"
NISHIKAWA = "西川 拓也 <t.nishikawa@kowa-dengyo.example.jp>"
MIURA = "三浦 修 <miura.o@kohoku-kaitai.example.jp>"
TAJIMA_SHACHO = "田島 勝也 <katsuya@tajima-tekkin.example.jp>"
TAJIMA_JIMU = "田島 恵子 <office@tajima-tekkin.example.jp>"
KEIBI = "湘南警備保障 横浜営業所 <yokohama@shonan-keibi.example.co.jp>"
IMAI = "今井 亜紀 <a.imai@minatomirai-am.example.co.jp>"
KOIKE = "小池 真一 <koike@kohoku-roumu.example.jp>"
HOTEL = "新横浜グランドホテル 施設管理課 <facility@grandhotel-shinyoko.example.jp>"
ARK = "アーク内装 工務部 <koumu@ark-naiso.example.jp>"

MAILS = []


def add(**kw):
    MAILS.append(mail(ORG, **kw))


# ---------------------------------------------------------------- holds
add(writer="nonomura", loc="body", expect="hold", kind="sensitive.health_check",
    why="A named pipefitter's blood pressure, diseases under treatment and ECG finding are sent to his employer outside the company.",
    frm=NONOMURA, to=[MIYAHARA],
    subject="配管工 吉岡様の高所作業配置について（ご相談）",
    text=f"""
北斗設備株式会社
工事部　宮原様

いつもお世話になっております。大和田建設 新横浜三丁目作業所の野々村です。

昨日新規入場された配管工の吉岡 伸二様（昭和41年5月生）の件でご相談です。
送り出し教育時の血圧測定で 188/114 と高めで、ご提出いただいた健康診断個人票にも
「高血圧症・2型糖尿病で治療中、心電図所見あり・要精密検査」との記載がありました。

当作業所の基準では、上記に該当する方は 2m 以上の高所作業と単独作業への配置を
控えていただくことになっております。
つきましては、吉岡様は当面 B1F 機械室（床上作業）のみの配置とし、
4F 以上の天井内配管は別の方でご対応いただけませんでしょうか。

主治医の就業可否の意見書をご提出いただければ、所長と改めて協議いたします。
お手数をおかけしますが、ご検討のほどよろしくお願いいたします。
{SIG_NONOMURA}""",
    personal=[("name", "吉岡 伸二"), ("health", "188/114"),
              ("diagnosis", "高血圧症・2型糖尿病で治療中、心電図所見あり・要精密検査")])

add(writer="nonomura", loc="body", expect="hold", kind="id.social_insurance",
    why="An electrician's health-insurance symbol/number, basic pension number and employment-insurance number are written out in the body to the subcontractor.",
    frm=NONOMURA, to=[KOWA_JIMU], cc=[NISHIKAWA],
    subject="作業員名簿（様式第5号）記載内容の確認のお願い",
    text=f"""
光和電業株式会社
工事事務ご担当者様
（CC：現場代理人 西川様）

お世話になっております。大和田建設 新横浜三丁目作業所の野々村です。
10/14付でご提出いただいた作業員名簿について、グリーンサイト登録内容と
突き合わせたところ、1名分だけ不一致がありましたのでご確認をお願いします。

　対象：電工　坂巻 隼人 様
　・健康保険　　　　：協会けんぽ　記号 12040318　番号 27
　　→ グリーンサイト側は「番号 72」になっています。どちらが正でしょうか。
　・基礎年金番号　　：4310-582917
　　→ 名簿では 4310-582971 となっており、末尾が入れ替わっているようです。
　・雇用保険被保険者番号：5011-482937-4
　　→ こちらは一致しています。

建退共の証紙貼付の確認も兼ねておりますので、お手数ですが
今週金曜（10/17）までに修正版をお送りいただけますと助かります。

以上、よろしくお願いいたします。
{SIG_NONOMURA}""",
    personal=[("name", "坂巻 隼人"), ("health_insurance_number", "記号 12040318　番号 27"),
              ("pension_number", "4310-582917"), ("employment_insurance_number", "5011-482937-4")])

add(writer="kashiwagi", loc="body", expect="hold", kind="personal.neighbour_complaint",
    why="A neighbour's name, flat, home and mobile numbers and her complaint are passed on to the demolition subcontractor.",
    frm=KASHIWAGI, to=[MIURA], cc=[ISHIMARU],
    subject="近隣からの苦情（振動・粉じん）について",
    text=f"""
株式会社港北解体工業
三浦様

いつもお世話になっております。大和田建設 作業所事務の柏木です。

本日午前、近隣の方から作業所へお電話がありましたので共有いたします。

　お名前：大津 和子 様
　ご住所：横浜市港北区新横浜3-20-11 コーポ新横浜 203号室
　ご連絡先：自宅 045-000-8812 ／ 携帯 080-0000-1953
　内容：旧倉庫棟の解体（ブレーカー作業）の振動で食器棚のガラスが鳴る、
　　　　ベランダに粉じんが積もり洗濯物が干せない。
　　　　特に 8時台の作業開始直後がひどいとのこと。

所長からは、明日以降ブレーカー作業は 9:00 以降開始、散水を倍にする方向で
お願いしたいとのことです。
大津様からは「業者さんから直接説明してもらっても構わない」と伺っていますので、
お手数ですが三浦様から一度ご連絡いただけますでしょうか。
対応後、簡単で結構ですので結果をお知らせください。
{SIG_KASHIWAGI}""",
    personal=[("name", "大津 和子"), ("address", "横浜市港北区新横浜3-20-11 コーポ新横浜 203号室"),
              ("phone", "045-000-8812"), ("phone", "080-0000-1953")])

ROSTER = """[入館者名簿]
No.\t会社名\t氏名\t生年月日\t年齢\t住所\t緊急連絡先\t血液型\t直近健診日\t血圧
1\t大和田建設\t野々村 彩\t1992/08/03\t33\t横浜市都筑区茅ケ崎中央41-7\t080-0000-7724（本人）\tA\t2025/05/12\t118/76
2\t北斗設備\t宮原 健司\t1978/02/19\t47\t川崎市宮前区宮崎2-5-18\t044-000-3170（妻）\tO\t2025/04/08\t132/84
3\t北斗設備\t中島 悠斗\t1999/11/27\t25\t横浜市緑区長津田6-22-3-105\t090-0000-6615（母）\tB\t2025/04/08\t124/70
4\t光和電業\t坂巻 隼人\t1995/06/30\t30\t横浜市港北区大倉山4-11-9\t080-0000-2047（父）\tAB\t2025/06/02\t128/82
5\t光和電業\t水野 大樹\t1988/01/15\t37\t横浜市神奈川区片倉1-30-2\t045-000-6390（妻）\tA\t2025/06/02\t141/92
6\t田島鉄筋\t樋口 翔太\t2002/03/09\t23\t横浜市鶴見区駒岡3-8-14\t090-0000-5538（兄）\tO\t2025/03/21\t116/72
"""

add(writer="nonomura", loc="attachment", expect="hold", kind="list.worker_roster",
    why="The attached entry list gives six workers' birth dates, home addresses, emergency contacts, blood types and blood pressure to the neighbouring hotel.",
    frm=NONOMURA, to=[HOTEL],
    subject="搬入通路使用に伴う入館者名簿の提出",
    text=f"""
新横浜グランドホテル
施設管理課 御中

いつもお世話になっております。
大和田建設 新横浜三丁目作業所の野々村でございます。

来週 10月20日（月）～24日（金）に予定しております
貴ホテル地下搬入通路の使用につきまして、
ご指示いただいた入館者名簿を添付にてお送りいたします。

通行時間帯は 9:00～11:00 の間で、台車による衛生器具・盤類の搬入のみです。
当日は当社社員が先導いたします。
名簿に追加が生じた場合は前日 15時までにご連絡いたします。

何卒よろしくお願い申し上げます。
{SIG_NONOMURA}""",
    attachments=[att("入館者名簿_1020-1024.xlsx", ROSTER)],
    personal=[("name", "中島 悠斗"), ("birth_date", "1999/11/27"), ("address", "横浜市緑区長津田6-22-3-105"),
              ("name", "水野 大樹"), ("health", "141/92"), ("address", "横浜市鶴見区駒岡3-8-14")])

INJURY_PDF = """労働者死傷病報告（休業4日以上）　下書き

事業の種類：建築工事業（鉄骨・鉄筋コンクリート造家屋建築工事）
事業場の名称：（仮称）新横浜三丁目複合ビル新築工事（元請：株式会社大和田建設）
所属事業場：有限会社田島鉄筋

被災労働者
　氏名：グエン・ヴァン・ナム（NGUYEN VAN NAM）
　生年月日：2001年4月18日（24歳）　性別：男
　国籍・地域：ベトナム　在留資格：技能実習2号ロ
　在留カード番号：UH48216730VN
　職種：鉄筋工（経験年数 2年3か月）

発生日時：令和7年10月2日（木）14時20分頃
発生場所：3F スラブ配筋作業中
傷病名：右橈骨遠位端骨折、右手関節捻挫（新横浜整形外科クリニック 診断）
休業見込期間：約6週間

災害発生状況：
　3F 梁上で鉄筋の結束作業中、足元の段差に躓き、右手をついて転倒した。
　安全帯は使用していたが、転倒時に手をついた際に受傷した。

再発防止対策（案）：
　・梁上の通路部に足場板を敷設し段差を解消
　・送り出し教育時に転倒災害の事例をベトナム語で説明
"""

add(writer="ishimaru", loc="attachment", expect="hold", kind="sensitive.injury_report",
    why="The attached accident report draft gives a named trainee's fracture diagnosis, nationality, residence status and residence-card number to an outside labour consultant.",
    frm=ISHIMARU, to=[KOIKE], cc=[TAJIMA_SHACHO],
    subject="先日ご相談の件（資料送付）",
    text=f"""
港北労務管理事務所
小池先生

いつもお世話になっております。大和田建設の石丸です。
先日お電話でご相談した件、下書きができましたので添付いたします。
記載に不足・誤りがありましたらご指摘ください。

監督署への提出は田島鉄筋さん名義になりますので、CC に田島社長を入れております。
来週前半には提出したいと考えております。

よろしくお願いいたします。
{SIG_ISHIMARU}""",
    attachments=[att("労働者死傷病報告_下書き_1002.pdf", INJURY_PDF)],
    personal=[("name", "グエン・ヴァン・ナム"), ("nationality", "国籍・地域：ベトナム"),
              ("residence_card", "UH48216730VN"), ("diagnosis", "右橈骨遠位端骨折、右手関節捻挫")])

add(writer="ishimaru", loc="quoted", expect="hold", kind="sensitive.criminal_record",
    why="The forwarded internal note below the reply says a named traffic guard has an arrest for theft and is on a suspended sentence, and it goes to the security company.",
    frm=ISHIMARU, to=[KEIBI],
    subject="Fw: 来週からの交通誘導員配置について",
    text=f"""
湘南警備保障株式会社
横浜営業所　ご担当者様

お世話になっております。大和田建設の石丸です。
配置表ありがとうございました。来週月曜からの2名体制（ゲート1・ゲート2）で了解しました。
ゲート2の朝の誘導について作業所内で話が出ておりましたので、下記もご参照ください。
8:00～8:30 の生コン車進入時は、必ずゲート2側にも1名立っていただくようお願いします。

{SIG_ISHIMARU}
-------- Forwarded Message --------
From: 野々村 彩 <nonomura.a@owada-kensetsu.example.co.jp>
To: 石丸 剛 <ishimaru.t@owada-kensetsu.example.co.jp>
Subject: 来週からの交通誘導員配置について
Date: Wed, 15 Oct 2025 17:42:10 +0900

所長

警備の配置表が届きました（添付なし、本文のみ）。
ゲート1：佐々木さん（継続）、ゲート2：新任の 若林 司 さん とのことです。

若林さんについて、田島鉄筋の職長さんから
「前の現場で資材の窃盗で逮捕されて、いまは執行猶予中の人だ」
と聞きました。真偽は分かりませんが、資材置場がゲート2の脇なので念のため共有します。
朝の生コン車の件は配置表の備考に入っていなかったので、所長から一言お願いできますか。

野々村
""",
    personal=[("name", "若林 司"), ("criminal_record", "資材の窃盗で逮捕されて、いまは執行猶予中")])

add(writer="kashiwagi", loc="quoted", expect="hold", kind="id.bank_account",
    why="A sole-proprietor interior worker's personal bank account, quoted from his own mail, is sent to the second-tier subcontractor.",
    frm=KASHIWAGI, to=[ARK],
    subject="Re: 材料立替分のお支払いについて（戸田様）",
    text=f"""
株式会社アーク内装
工務部 ご担当者様

お世話になっております。大和田建設 作業所事務の柏木です。

下記、戸田様から作業所あてにご連絡がありました。
当社は戸田様と直接の契約関係がございませんので、
立替分（石膏ボード用ビス・下地金物 計 28,600円）の精算は
御社からお支払いいただく形でお願いできますでしょうか。
領収書の原本は作業所でお預かりしております。
{SIG_KASHIWAGI}
> -----Original Message-----
> From: 戸田 和也 <toda.kazuya.naiso@gmail.com>
> Sent: Thursday, October 16, 2025 7:58 PM
> To: 柏木 由香里 <kashiwagi.y@owada-kensetsu.example.co.jp>
> Subject: 材料立替分のお支払いについて
>
> 作業所事務 柏木様
>
> いつもお世話になってます。アーク内装さんの下で入っている戸田です。
> 先週ビスと金物が足りなくなってホームセンターで立て替えた分、
> 領収書を事務所のポストに入れておきました。
> 振込先は下記でお願いします。
>
>   横浜みなと銀行　綱島支店　普通　4827165
>   口座名義　トダ カズヤ
>
> 一人親方なので請求書の書き方が分からず、すみません。
> 戸田
""",
    personal=[("name", "戸田 和也"), ("bank_account", "横浜みなと銀行　綱島支店　普通　4827165"),
              ("account_holder", "トダ カズヤ")])

add(writer="ishimaru", loc="subject", expect="hold", kind="sensitive.injury_subject",
    why="The subject line names a worker and says he was taken to hospital with grade II heatstroke; the body itself is harmless.",
    frm=ISHIMARU, to=[IMAI],
    subject="【報告】北斗設備 中島 悠斗さん 熱中症（Ⅱ度）で救急搬送・入院の件",
    text=f"""
株式会社みなとみらいアセット
今井様

お世話になっております。大和田建設の石丸です。
本日の件、お電話でお伝えした通りです。
作業は 14時以降、屋上部分のみ中止し、他工区は通常通り進めております。
工程への影響はございません。

詳細の報告書は明日午前中に提出いたします。
取り急ぎご報告まで。
{SIG_ISHIMARU}""",
    personal=[("name", "中島 悠斗"), ("health", "熱中症（Ⅱ度）で救急搬送・入院")])

add(writer="nonomura", loc="zip", expect="hold", kind="attachment.encrypted_zip",
    why="Password-protected zip (PPAP) of safety documents sent to a subcontractor.",
    frm=NONOMURA, to=[KOWA_JIMU],
    subject="安全書類（再提出分）の送付",
    text=f"""
光和電業株式会社
工事事務ご担当者様

お世話になっております。大和田建設 新横浜三丁目作業所の野々村です。

ご依頼いただいた安全書類の差し戻し分を、修正箇所に付箋コメントを入れて
添付のとおりお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールでお送りします。

・再下請負通知書
・作業員名簿
・持込機械等（電動工具・電気溶接機等）使用届

お手数ですが、修正のうえ 10/24（金）までにご返送ください。
{SIG_NONOMURA}""",
    attachments=[att("安全書類_光和電業_差戻し_1017.zip", encrypted=True)])

NEIGHBOURS = [
    "大津 和子 <kazuko.otsu55@yahoo.co.jp>",
    "杉本 隆 <t.sugimoto.shinyoko@gmail.com>",
    "長谷川 美樹 <miki.hasegawa@outlook.com>",
    "小西 博之 <konishi_hiro@yahoo.co.jp>",
    "ラーマン・アリフ <arif.rahman.yk@gmail.com>",
    "近藤 由美子 <yumiko-kondo@yahoo.co.jp>",
    "上野 智也 <ueno.tomoya1983@gmail.com>",
    "菊地 さおり <saori.kikuchi@outlook.com>",
    "新横浜三丁目町内会 会長 塚田 <tsukada.chonaikai@gmail.com>",
    "ハイツ新横浜 管理組合 理事長 <heights.shinyoko.kanri@gmail.com>",
    "村瀬 千代子 <chiyoko.murase@yahoo.co.jp>",
    "松岡 翔 <sho.matsuoka.0712@gmail.com>",
    "森 達彦 <mori.tatsu@outlook.com>",
]

add(writer="kashiwagi", loc="recipients", expect="hold", kind="recipients.neighbours",
    why="Thirteen private neighbours' addresses are put openly in To, so every neighbour sees the others' addresses.",
    frm=KASHIWAGI, to=NEIGHBOURS, cc=[ISHIMARU],
    subject="【お知らせ】10月25日（土）夜間コンクリート打設作業について",
    text=f"""
近隣の皆様

いつも工事へのご理解とご協力をいただき、誠にありがとうございます。
（仮称）新横浜三丁目複合ビル新築工事 作業所でございます。

説明会でメール連絡をご希望いただいた皆様に、下記の作業をお知らせいたします。

　日時：10月25日（土）17:00 ～ 翌 1:00 頃（予定）
　内容：屋上階スラブのコンクリート打設
　車両：生コン車 延べ約 60台、ポンプ車 2台
　　　　（新横浜通り側ゲートから出入りします）

打設は途中で止めることができない作業のため、夜間にかかる予定です。
照明は敷地内側に向け、ポンプ車はアイドリングストップを徹底いたします。
雨天の場合は 11月1日（土）に順延し、改めてご連絡いたします。

ご迷惑をおかけいたしますが、何卒ご理解のほどお願い申し上げます。
お気づきの点は作業所（045-000-4471）までお気軽にご連絡ください。
{SIG_KASHIWAGI}""")

# ---------------------------------------------------------------- passes
add(writer="nonomura", loc="body", expect="pass", kind="benign.system_outage",
    why="'障害' here is an outage of the face-recognition gate system; no person's data is involved.",
    frm=NONOMURA, to=[MIYAHARA, NISHIKAWA, TAJIMA_JIMU, MIURA],
    subject="顔認証入退場システムの障害について（10/20朝）",
    text=f"""
協力会社 各位

お世話になっております。大和田建設 新横浜三丁目作業所の野々村です。

本日 7:40 頃から、ゲート1の顔認証入退場システムに障害が発生し、
認証が通らない状態が続いております。
ベンダーに確認したところ、クラウド側の認証サーバーの障害とのことで、
復旧見込みは 10時頃と聞いています。

復旧までの間は、以下の対応をお願いします。
　・ゲート1横の受付で、紙の入場記録簿に会社名・氏名・入場時刻を記入
　・退場時も同様に記入（復旧後、事務所でシステムに手入力します）
　・新規入場者教育は通常通り 8:15 から詰所で実施

なお、グリーンサイトの就業履歴の蓄積（CCUS）には影響しないとのことです。
ご不便をおかけしますが、よろしくお願いいたします。
{SIG_NONOMURA}""")

add(writer="kashiwagi", loc="body", expect="pass", kind="benign.corporate_account",
    why="The bank account given is the general contractor's own corporate account for the safety-association fee.",
    frm=KASHIWAGI, to=[TAJIMA_JIMU, KOWA_JIMU, MIYAHARA, MIURA, ARK],
    subject="安全協力会 下期会費のお振込先について",
    text=f"""
協力会社 各位

いつもお世話になっております。大和田建設 作業所事務の柏木です。

大和田建設横浜支店 安全協力会の下期会費について、ご案内いたします。
今期から会費の振込先口座が変更になっておりますのでご注意ください。

　会費：1社あたり 18,000円（10月～3月分）
　期限：11月28日（金）
　振込先：横浜みなと銀行　新横浜支店　普通　1028834
　口座名義：カ）オオワダケンセツ　ヨコハマシテン　アンゼンキョウリョクカイ

※旧口座（湘南信用金庫）は 12月末で解約予定です。
※振込手数料は恐れ入りますが各社様でご負担ください。
※領収書が必要な場合は作業所事務までお申し付けください。

以上、よろしくお願いいたします。
{SIG_KASHIWAGI}""")

TAICHO = """施工体制台帳（令和7年10月1日現在）

【発注者】新横浜三丁目開発特定目的会社
【元請負人】株式会社大和田建設
　建設業許可：国土交通大臣許可（特-3）第004218号　建築工事業ほか
　法人番号：5010401087213
　監理技術者：石丸 剛　一級建築施工管理技士
　　監理技術者資格者証 交付番号 第00281957号
　専門技術者（設備）：野々村 彩　一級管工事施工管理技士

【一次下請】
1. 有限会社田島鉄筋　鉄筋工事
　建設業許可：神奈川県知事許可（般-5）第071552号
　主任技術者：田島 勝也（一級鉄筋施工技能士）
2. 株式会社北斗設備　給排水衛生・空調設備工事
　建設業許可：神奈川県知事許可（特-4）第063390号
　主任技術者：宮原 健司（一級管工事施工管理技士）
3. 光和電業株式会社　電気設備工事
　建設業許可：神奈川県知事許可（般-6）第058817号
　主任技術者：西川 拓也（第一種電気工事士・一級電気工事施工管理技士）
4. 株式会社港北解体工業　解体工事
　建設業許可：神奈川県知事許可（般-3）第079204号
　主任技術者：三浦 修（解体工事施工技士）

健康保険等の加入状況：全社 健康保険・厚生年金・雇用保険 加入済（事業所整理記号は各社控えのとおり）
"""

add(writer="ishimaru", loc="attachment", expect="pass", kind="benign.licence_numbers",
    why="Construction-licence numbers, a corporate number and technician qualifications in the statutory structure ledger for the owner; none is a personal ID.",
    frm=ISHIMARU, to=[IMAI],
    subject="施工体制台帳（10/1現在）の提出",
    text=f"""
株式会社みなとみらいアセット
今井様

お世話になっております。大和田建設の石丸です。
10月1日時点の施工体制台帳を添付にてお送りいたします。
前回版からの変更点は以下の2点です。

　・解体工事の一次下請として港北解体工業を追加
　・設備の主任技術者を北斗設備 宮原氏に変更（前任者の異動による）

原本は現場事務所に備え付けております。
次回の定例でも簡単にご説明いたします。
{SIG_ISHIMARU}""",
    attachments=[att("施工体制台帳_20251001.pdf", TAICHO)])

add(writer="ishimaru", loc="recipients", expect="pass", kind="benign.meeting_minutes",
    why="Ordinary site-meeting minutes to six named people at the owner's manager and the designer; only two outside companies.",
    frm=ISHIMARU,
    to=[IMAI, "岡部 信也 <s.okabe@minatomirai-am.example.co.jp>", "堀 千夏 <c.hori@minatomirai-am.example.co.jp>",
        "杉浦 隆司 <sugiura@sugiura-sekkei.example.co.jp>", "藤枝 奈々 <fujieda@sugiura-sekkei.example.co.jp>",
        "工藤 圭 <kudo.k@sugiura-sekkei.example.co.jp>"],
    cc=[NONOMURA],
    subject="第18回 工事定例会議 議事録（10/16）",
    text=f"""
関係者各位

お世話になっております。大和田建設の石丸です。
10月16日（木）の第18回工事定例の議事録をお送りします。
修正・追記がございましたら 10/22（水）までにお知らせください。

■日時・場所：10月16日（木）10:00～11:40　現場事務所 2F 会議室
■出席者（敬称略）：
　みなとみらいアセット：今井、岡部、堀
　杉浦設計：杉浦、藤枝、工藤
　大和田建設：石丸、野々村

■決定事項
1. 1F エントランス床石の色見本は B 案（グレー系）で決定。（杉浦設計）
2. 外構の植栽計画は 11/6 定例で再提示。（杉浦設計 → 今井様確認）
3. 屋上スラブ打設日は 10/25（土）夜間で確定。近隣周知は作業所で実施。（大和田）

■確認事項・宿題
・テナント区画の電気容量増設の要否 → 11/6 までに岡部様よりご回答
・エレベーター仕様変更に伴う工期影響 → 大和田にて検討し次回報告
・近隣（新横浜3-20 方面）の振動苦情への対応状況 → 解体作業の開始時刻を 9:00 に変更済み

■次回：11月6日（木）10:00～　同会議室
{SIG_ISHIMARU}""")

add(writer="nonomura", loc="body", expect="pass", kind="benign.health_aggregate",
    why="Heat-illness figures are given only as monthly counts without names; the rest is a safety instruction.",
    frm=NONOMURA, to=[TAJIMA_JIMU, MIYAHARA, NISHIKAWA, MIURA, ARK],
    subject="【安全】熱中症対策の継続と9月の状況について",
    text=f"""
協力会社 職長・安全担当 各位

お世話になっております。野々村です。
暦の上では秋ですが、日中の WBGT は依然として 28 を超える日があります。
9月の当作業所の状況と、10月の対策をお知らせします。

【9月の状況】
　・熱中症の疑いによる作業中断：3件
　　（うち医療機関受診 1件、いずれも軽症で翌日までに復帰）
　・WBGT 31 以上で屋上作業を中止した日：4日
　・塩飴・経口補水液の配布量：前月比 約 1.4倍

【10月も継続する対策】
　1. 朝礼時の体調チェック（睡眠・朝食・前日の飲酒）を各社職長が実施
　2. 10時・15時の一斉休憩（15分）
　3. WBGT 28 以上で屋上・外部足場上の単独作業禁止
　4. 空調服の電池は詰所で充電可

体調の悪い方を無理に作業させないよう、引き続きご協力をお願いします。
{SIG_NONOMURA}""")

add(writer="ishimaru", loc="body", expect="pass", kind="benign.successor_intro",
    why="A staff-change greeting that names the outgoing and incoming engineers with their work mobiles; normal business introduction.",
    frm=ISHIMARU, to=[TAJIMA_SHACHO, MIYAHARA, NISHIKAWA, MIURA],
    subject="工事主任交代のご挨拶",
    text=f"""
協力会社 各位

いつも大変お世話になっております。大和田建設の石丸です。

当作業所で躯体・仕上げを担当しておりました工事主任の 本田 啓介 が、
10月末をもって横浜支店 工務部へ異動することとなりました。
後任には、同支店の 北村 遼 が 11月1日付で着任いたします。

　前任：本田 啓介（携帯 090-0000-5126）
　後任：北村 遼　（携帯 090-0000-8840）
　　　　kitamura.r@owada-kensetsu.example.co.jp

10月中は二人体制で引き継ぎを行います。
北村は前職場（川崎の物流倉庫現場）で田島鉄筋さん・光和電業さんとも
ご一緒しておりますので、ご存知の方もいらっしゃるかと思います。

本田在任中のご厚情に深く感謝申し上げるとともに、
北村にも変わらぬご指導を賜りますようお願い申し上げます。
{SIG_ISHIMARU}""")

add(writer="kashiwagi", loc="body", expect="pass", kind="benign.tracking_numbers",
    why="The 12-digit numbers are Yamato parcel tracking numbers for fixtures; one happens to satisfy the My Number check digit.",
    frm=KASHIWAGI, to=[MIYAHARA],
    subject="Re: 衛生器具（追加分）の発送について",
    text=f"""
北斗設備 宮原様

お世話になっております。柏木です。
メーカーから出荷連絡がありましたので、送り状番号をお知らせします。
作業所着は明日 10/21（火）午前指定です。

　ヤマト運輸　送り状番号
　・9825-9666-3742　洋風便器 一式（3F 男子トイレ用）2個口
　・9458-0730-2156　手洗器・水栓金具 1個口
　・7368-1930-3640　小便器 センサー部品 1個口

受け取りは事務所で行い、B1F 資材置場（北側）に仮置きしておきます。
検品の際はお声がけください。
{SIG_KASHIWAGI}
> 柏木様
> 追加の衛生器具、送り状番号が分かったら教えてください。
> 宮原
""")

add(writer="ishimaru", loc="zip", expect="pass", kind="benign.plain_zip",
    why="An unencrypted zip of shop drawings and a drawing list; no personal data.",
    frm=ISHIMARU, to=[NISHIKAWA],
    subject="電気設備施工図 rev.3 のご返却（承認・コメント付き）",
    text=f"""
光和電業 西川様

お世話になっております。石丸です。
ご提出いただいた電気設備施工図 rev.3 を、設計監理のコメントと合わせて返却します。
zip にまとめていますが、パスワードはかけていません。

・E-301～E-305：承認
・E-306（3F 分電盤廻り）：コメント2件あり、修正後再提出をお願いします
・E-310（屋上キュービクル基礎）：構造図との整合確認中のため保留

ご不明点は明日の朝礼後にでも。
{SIG_ISHIMARU}""",
    attachments=[att("電気設備施工図_rev3_返却.zip", """電気設備施工図_rev3_返却/
  図面リスト.txt
  E-301_1F幹線ルート図_承認.pdf
  E-302_2F照明配置図_承認.pdf
  E-303_3F照明配置図_承認.pdf
  E-304_4F照明配置図_承認.pdf
  E-305_5F照明配置図_承認.pdf
  E-306_3F分電盤廻り詳細図_コメント付.pdf
  E-310_屋上キュービクル基礎図_保留.pdf

[図面リスト.txt]
図番	図面名	状態	コメント
E-306	3F分電盤廻り詳細図	要修正	(1) 盤前の作業スペース 800mm 確保のこと (2) PS 貫通部の防火区画処理を明記
E-310	屋上キュービクル基礎図	保留	構造図 S-412 との整合確認中
""", content_type="application/zip")])

add(writer="kashiwagi", loc="body", expect="pass", kind="benign.reply_to_data_subject",
    why="A reply to the complaining neighbour herself, repeating only her own address and phone number back to her.",
    frm=KASHIWAGI, to=["大津 和子 <kazuko.otsu55@yahoo.co.jp>"],
    subject="振動・粉じんの件へのご対応について（大和田建設 作業所）",
    text=f"""
大津 和子 様

本日はお電話をいただき、誠にありがとうございました。
また、ご不便とご心配をおかけしておりますこと、深くお詫び申し上げます。
（仮称）新横浜三丁目複合ビル新築工事 作業所の柏木でございます。

お申し出の件について、解体業者と協議のうえ、以下の通り対応いたします。

　1. ブレーカーによる解体作業の開始時刻を、明日から 9:00 以降に変更いたします。
　2. 散水の回数を増やし、敷地境界の防じんシートを 1段高くいたします。
　3. 明後日（10/17）午前に、解体業者の責任者と当社社員が
　　 大津様のお宅（コーポ新横浜 203号室）へお伺いし、
　　 食器棚まわりの状況を確認させていただければと存じます。

ご都合のよろしい時間帯を、このメールへのご返信か、
作業所（045-000-4471）までお知らせください。
いただいたご連絡先（携帯 080-0000-1953）へ、前日に確認のお電話を差し上げます。

今後とも、お気づきの点がございましたらご遠慮なくお申し付けください。
{SIG_KASHIWAGI}""")

add(writer="ishimaru", loc="body", expect="pass", kind="benign.condolence",
    why="A condolence note to a subcontractor's president about his late father, with the public funeral details he announced.",
    frm=ISHIMARU, to=[TAJIMA_SHACHO], cc=[TAJIMA_JIMU],
    subject="御尊父様ご逝去のお悔やみ",
    text=f"""
有限会社田島鉄筋
代表取締役 田島 勝也 様

先ほど奥様よりご連絡をいただき、
御尊父 田島 義男 様のご逝去の報に接し、大変驚いております。
創業者として長年にわたり弊社の現場を支えてくださったご恩は、
当支店一同忘れることはございません。
謹んでお悔やみ申し上げますとともに、心よりご冥福をお祈りいたします。

ご案内いただいた日程にて、支店長とともに参列させていただきます。
　通夜　　：10月18日（土）18:00～　港北メモリアルホール
　告別式　：10月19日（日）11:00～　同所
供花は大和田建設 横浜支店名で一基手配させていただきました。

現場のことはどうかご心配なさらず、ご家族との時間を大切になさってください。
配筋検査の立会いは、職長の川端さんと調整のうえ日程をずらしております。

略儀ながら、メールにてお悔やみ申し上げます。
{SIG_ISHIMARU}""")
