from common import *

M = []

# ---------------- HOLDS ----------------

M.append(dict(
    key="C-H1", expect="hold", kind="sensitive.medical",
    why="労災上乗せ保険の事故報告として、協力会社作業員の氏名・生年月日・傷病名を社外の損保に送っている。",
    frm=MIWA,
    to=["飯塚 直樹 <n.iizuka@aoba-sonpo.co.jp>"],
    cc=["坂巻 亮 <sakamaki.r@takamine-kensetsu.co.jp>"],
    subject="【事故報告】大宮北ビル新築工事　休業災害（10/8発生）",
    text=body("""
あおば損害保険株式会社
さいたま法人営業課　飯塚様

いつもお世話になっております。高嶺建設 安全環境部の三輪です。
先日お電話でご相談した、大宮北ビル新築工事での休業災害について、
労災上乗せ保険（使用者賠償責任担保特約付）の事故報告を以下のとおりお送りします。

■被災者　　　：協力会社 有限会社北辰躯体工業 所属　谷口 雄大（たにぐち ゆうだい）
■生年月日　　：1991年7月22日（33歳）
■経験年数　　：型枠解体 約9年（当現場入場 2024/6/3）
■発生日時　　：2024年10月8日（火）14時20分頃
■発生場所　　：大宮北ビル新築工事　5階スラブ 型枠解体エリア
■災害の状況　：解体した型枠材を荷揚げ開口部付近で仕分け中、上階から落下したパイプサポート（長さ約2.1m）が左足甲に当たったもの
■傷病名　　　：左第2・第3中足骨骨折（さいたま北部総合病院 整形外科）
■休業見込み　：約6週間（10/9より休業中、11月中旬 復帰予定）
■監督署報告　：労働者死傷病報告（様式第23号）を10/15 大宮労働基準監督署へ提出済み

安全靴は着用していましたが、つま先部以外への当たりだったため防げませんでした。
再発防止策（開口部周辺の立入禁止措置・上下作業の禁止の徹底）は別途社内でまとめています。

診断書の写しは、原本が北辰さん経由で届き次第お送りします。
必要な書類が他にあればお知らせください。
""", "miwa"),
    personal=[("name", "谷口 雄大"), ("birthdate", "1991年7月22日"), ("health", "左第2・第3中足骨骨折")],
))

M.append(dict(
    key="C-H2", expect="hold", kind="roster.workers",
    why="本文は事務的だが、添付の作業員名簿に氏名・住所・生年月日・血圧値など複数人分の個人情報が入っており、社外の元請に送られている。",
    frm=MIWA,
    to=["原口 誠司 <haraguchi.s@toa-sogo.co.jp>"],
    cc=["安全担当 <anzen-omiya@toa-sogo.co.jp>"],
    subject="作業員名簿（第5号様式）提出　11月入場分",
    text=body("""
東亜総合建設株式会社
浦和美園物流センター新築工事JV 作業所
原口所長

お世話になっております。高嶺建設の三輪です。
11月第1週から入場予定の当社作業員分の作業員名簿（全建統一様式 第5号）を添付にてお送りします。
先月分からの追加は5名です。

送り出し教育は11/1に当社で実施済みです。
新規入場時教育の日程が決まりましたらご連絡いただけますと助かります。

よろしくお願いいたします。
""", "miwa"),
    attachments=[dict(filename="作業員名簿_高嶺建設_202411.xlsx", contentType=XLSX, text=
"作業員名簿（全建統一様式第5号）\t事業所名：株式会社高嶺建設\t提出日：2024/10/28\n"
"No\t氏名\tふりがな\t職種\t生年月日\t年齢\t現住所\t電話\t血液型\t最近の健康診断日\t血圧\t特殊健診\t雇入・職長・特別教育\n"
"1\t松尾 晴彦\tまつお はるひこ\t鉄筋工\t1978/03/14\t46\t埼玉県春日部市中央6-12-4\t090-3481-2276\tA\t2024/05/20\t158/96\t-\t職長教育\n"
"2\t相良 大地\tさがら だいち\t鉄筋工\t1996/11/02\t27\t埼玉県越谷市蒲生東町3-8-15 コーポ蒲生203\t080-5512-9034\tO\t2024/05/20\t122/78\t-\t玉掛け\n"
"3\t長嶺 翼\tながみね つばさ\t型枠大工\t1989/08/30\t35\t東京都足立区竹の塚2-41-9\t070-2210-6648\tB\t2024/04/11\t134/88\t-\t足場組立特別教育\n"
"4\t古賀 伸一\tこが しんいち\tオペレーター\t1971/01/19\t53\t埼玉県さいたま市岩槻区本町1-7-22\t090-8807-3115\tAB\t2024/04/11\t146/92\t-\t車両系建設機械\n"
"5\t丹羽 剛\tにわ つよし\t溶接工\t1983/06/07\t41\t埼玉県蓮田市東5-3-18\t080-4409-5520\tA\t2024/06/03\t128/84\t溶接ヒューム\tアーク溶接特別教育\n")],
    personal=[("name", "松尾 晴彦"), ("address", "埼玉県春日部市中央6-12-4"), ("birthdate", "1978/03/14"),
              ("name", "相良 大地"), ("phone", "080-5512-9034"), ("name", "長嶺 翼"), ("health", "158/96")],
))

M.append(dict(
    key="C-H3", expect="hold", kind="sensitive.medical",
    why="新規入場者教育の受講記録CSVに、個人ごとの既往歴・服薬・緊急連絡先が入っており、複数の協力会社（社外）に一斉送付している。",
    frm=SAKAMAKI,
    to=["堀米 勝 <horigome@hokushin-kutai.co.jp>", "安全衛生担当 <anzen@kawaguchi-denko.co.jp>", "村越 恵 <m.murakoshi@sanyu-setsubi.jp>"],
    subject="10/21 新規入場者教育　受講記録の送付",
    text=body("""
各社 安全ご担当者様

お疲れさまです。高嶺建設 安全環境部の坂巻です。
10月21日（月）に大宮北ビル作業所で実施した新規入場者教育の受講記録を送ります。
各社の受講者分を抜粋せず一覧のまま送りますので、自社分をご確認のうえ保管をお願いします。

なお、問診票で「持病あり」と書いた方には、高所作業・単独作業の配置を
各社で配慮いただくようお願いします（職長会でも共有済み）。

以上、よろしくお願いします。
""", "sakamaki"),
    attachments=[dict(filename="新規入場者教育_受講記録_20241021.csv", contentType=CSV, text=
"受講日,会社名,氏名,年齢,職種,既往歴・持病,服薬,緊急連絡先（続柄）,理解度テスト\n"
"2024/10/21,北辰躯体工業,井口 誠,44,型枠解体,高血圧,アムロジピン服用中,井口 紀子（妻）090-6612-0843,90\n"
"2024/10/21,北辰躯体工業,瀬川 啓太,23,型枠解体,なし,なし,瀬川 洋一（父）080-3345-7721,85\n"
"2024/10/21,川口電工,宇野 隆之,51,電工,2型糖尿病,インスリン自己注射,宇野 美和（妻）090-1184-5567,95\n"
"2024/10/21,川口電工,佐竹 涼,30,電工,てんかん（服薬でコントロール中）,ラモトリギン,佐竹 和子（母）048-255-3390,80\n"
"2024/10/21,三友設備,多田 吾郎,62,配管工,狭心症（2019年ステント）,バイアスピリン,多田 弘美（妻）090-7720-1936,90\n")],
    personal=[("name", "井口 誠"), ("health", "高血圧"), ("name", "宇野 隆之"), ("health", "2型糖尿病"),
              ("name", "佐竹 涼"), ("health", "てんかん（服薬でコントロール中）"), ("name", "多田 吾郎"), ("phone", "090-7720-1936")],
))

M.append(dict(
    key="C-H4", expect="hold", kind="id.passport",
    why="Injury report on a named technical intern sent abroad with his passport number, residence card number and injury details.",
    frm=SAKAMAKI,
    to=["Tran Thi Mai <mai.tran@saigon-hrbridge.com.vn>"],
    cc=["監理団体 関東技能実習協同組合 <info@kanto-ginou.or.jp>"],
    subject="Incident report - technical intern at Omiya Kita site",
    text=body("""
Dear Ms. Tran,

Thank you for your call yesterday. As requested, here is a short written report about the
accident involving your trainee. The supervising organisation (Kanto Ginou Cooperative) is
in copy.

Name: NGUYEN VAN DUC (born 14 February 2001)
Passport No.: C4829157
Residence card No.: UH38270516EA
Date/time: 17 October 2024, approx. 10:40
Place: Omiya Kita Building construction site, 3rd floor rebar area

What happened: While cutting rebar tie wire, he slipped on a wet plywood board and his right
forearm hit the edge of a rebar end cap. He received a laceration to the right forearm
(5 stitches) at Omiya Central Clinic. No fracture on X-ray. He rested for 2 days and has
been back on light duties since 21 October.

He asked us to tell you that he has already spoken with his family and does not want them
to worry. We will pay all medical costs under the industrial accident insurance (Rosai).

If you need the clinic's certificate in English, please let me know.

Best regards,
""", "sakamaki_en"),
    personal=[("name", "NGUYEN VAN DUC"), ("passport", "C4829157"), ("idnumber", "UH38270516EA"),
              ("birthdate", "14 February 2001"), ("health", "laceration to the right forearm")],
))

M.append(dict(
    key="C-H5", expect="hold", kind="attach.encrypted_zip",
    why="パスワード付きZIP（PPAP）で健診個人票を社外に送付しているため。",
    frm=MIWA,
    to=["堀米 勝 <horigome@hokushin-kutai.co.jp>"],
    subject="有機溶剤等健康診断 個人票（北辰様分）",
    text=body("""
北辰躯体工業　堀米様

お世話になっております。高嶺建設の三輪です。
9月に合同で実施した有機溶剤等健康診断の個人票のうち、北辰様所属の方の分をお送りします。
ファイルにはパスワードを設定しています。パスワードは別途メールでお知らせします。

5年間の保存が必要な書類ですので、御社でも保管をお願いいたします。
""", "miwa"),
    attachments=[dict(filename="有機則健診_個人票_北辰躯体工業.zip", contentType=ZIP, encrypted=True)],
    personal=[],
))

M.append(dict(
    key="C-H6", expect="hold", kind="id.license",
    why="作業員の氏名と運転免許証番号（免許証画像付き）を社外のリース会社に送っている。",
    frm=OKOUCHI,
    to=["大宮オートリース 車両管理 <sharyo@omiya-autolease.co.jp>"],
    subject="通勤車両　運転者追加のお願い",
    text=body("""
大宮ｵｰﾄﾘｰｽ 車両管理ご担当様

おつかれさまです　高嶺建設 大宮北作業所の大河内です
現場の通勤用ﾊｲｴｰｽ（大宮 400 ﾜ 12-34）の運転者を一名追加したいので手続きおねがいしまｓ

追加する人：斉藤 健二（ｻｲﾄｳ ｹﾝｼﾞ）　昭和59年5月3日生
免許証番号　第301812345670号　有効期限 令和9年06月03日まで　中型(8t)ｱﾘ

免許証の表裏の写真つけときます。ﾋﾟﾝﾎﾞｹだったら言ってください撮り直します
来週月曜から乗せたいのでそれまでに保険のほう間に合いますかね？
よろしくです
""", "okouchi"),
    attachments=[dict(filename="IMG_20241024_0815.jpg", contentType=JPG), dict(filename="IMG_20241024_0816.jpg", contentType=JPG)],
    personal=[("name", "斉藤 健二"), ("birthdate", "昭和59年5月3日"), ("license", "301812345670")],
))

M.append(dict(
    key="C-H7", expect="hold", kind="sensitive.medical",
    why="件名に社員の氏名と病名（腰椎椎間板ヘルニア）が入ったまま社外の社労士事務所へ送っている（本文は無難）。",
    frm=SAKAMAKI,
    to=["あおぞら社会保険労務士法人 石渡 <ishiwata@aozora-sr.jp>"],
    subject="中村 拓海さん　休業補償給付の件（腰椎椎間板ヘルニア）",
    text=body("""
あおぞら社会保険労務士法人
石渡先生

お世話になっております。高嶺建設の坂巻です。
標記の件、昨日お電話でお話しした続きです。

業務起因性の判断が難しいケースとのことでしたので、
請求にあたり当社で準備すべき書類（災害発生状況の報告書、作業内容の記録など）の
一覧をいただけますでしょうか。

本人とは来週火曜に面談予定です。その前に一度ご相談の時間をいただけると助かります。
""", "sakamaki"),
    personal=[("name", "中村 拓海"), ("health", "腰椎椎間板ヘルニア")],
))

M.append(dict(
    key="C-H8", expect="hold", kind="sensitive.medical",
    why="本文は協議会日程の返信だが、下に引用された社内メールに当社社員の適応障害・休職の情報が残ったまま社外へ送られている。",
    frm=SAKAMAKI,
    to=["堀米 勝 <horigome@hokushin-kutai.co.jp>"],
    subject="Re: 11月 安全衛生協議会の日程について",
    text="""堀米さん

お疲れさまです。坂巻です。
11/13（水）15:00〜で確定とさせてください。場所はいつもの作業所2階会議室です。
当社からは私と三輪、それと工事部から代理で1名出ます。

議題は前回と同じく、①月間災害事例 ②上下作業の調整 ③年末年始の片付け計画 です。
資料は前日までに送ります。

""" + SIG["sakamaki"] + """

> -----Original Message-----
> From: 三輪 由紀子
> Sent: Monday, October 28, 2024 9:12 AM
> To: 坂巻 亮
> Subject: FW: 11月 安全衛生協議会の日程について
>
> 坂巻課長
> 北辰さんから日程の件来ています。13日で問題なさそうです。
> それと工事部の石黒 和也さんですが、適応障害の診断で11/1から2か月休職になるそうです
> （本人からは現場には伏せてほしいとのこと）。協議会は代理を立ててもらうよう
> 工事部長に伝えてあります。
>
> 三輪
>
> > -----Original Message-----
> > From: 堀米 勝 [mailto:horigome@hokushin-kutai.co.jp]
> > Subject: 11月 安全衛生協議会の日程について
> >
> > 高嶺建設 安全環境部 御中
> > 11月の協議会ですが、13日か14日の午後でお願いできますでしょうか。
> > 北辰躯体工業　堀米
""",
    personal=[("name", "石黒 和也"), ("health", "適応障害の診断で11/1から2か月休職")],
))

BULK9 = [
    "堀米 勝 <horigome@hokushin-kutai.co.jp>",
    "川口電工 工事部 <koji@kawaguchi-denko.co.jp>",
    "村越 恵 <m.murakoshi@sanyu-setsubi.jp>",
    "内装 大成インテリア <info@taisei-interior.jp>",
    "鳶 新井組 <araigumi.tobi@gmail.com>",
    "関東クレーンリース <office@kanto-crane.co.jp>",
    "埼玉防水工業 <bousui@saitama-bousui.co.jp>",
    "小島塗装店 <kojima-tosou@ybb.ne.jp>",
    "東和サッシ 工務 <koumu@towa-sash.co.jp>",
    "さくら空調 <sakura-kucho@sakura-ac.co.jp>",
    "武蔵野ALC <alc@musashino-alc.jp>",
    "丸山解体 丸山 <maruyama.kaitai@outlook.jp>",
    "大宮警備保障 <keibi@omiya-security.co.jp>",
]
M.append(dict(
    key="C-H9", expect="hold", kind="bulk.recipients",
    why="13の協力会社・個人アドレスを宛先（To）に並べて一斉送信しており、Bccにすべきところを互いのアドレスが見える状態。",
    frm=OKOUCHI,
    to=BULK9,
    subject="安全大会のご案内（11/30）大宮北作業所",
    text=body("""
協力会社各位

おつかれさまです　大宮北作業所の大河内です。
年末の安全大会を下記でやります。各社職長さん以上 最低1名の参加おねがいします。

日時：11月30日（土）9:00〜11:30
場所：大宮北ﾋﾞﾙ作業所 1階ﾋﾟﾛﾃｨ（雨天時は2階詰所）
内容：
・今年の災害事例ふりかえり（安全環境部 坂巻課長）
・優良職長表彰
・KYﾄﾚｰﾆﾝｸﾞ（班対抗）
・年末年始の工程と片付け

参加人数を11/22までに返信ください。
終わったあと軽く豚汁ふるまいます。
""", "okouchi"),
    personal=[],
))

M.append(dict(
    key="C-H10", expect="hold", kind="id.my_number",
    why="新規採用作業員のマイナンバー・生年月日・前職の雇用保険被保険者番号を社外の社労士に平文で送っている。",
    frm=MIWA,
    to=["あおぞら社会保険労務士法人 手続き窓口 <tetsuzuki@aozora-sr.jp>"],
    subject="雇用保険 資格取得届の作成依頼（11/1入社 1名）",
    text=body("""
あおぞら社会保険労務士法人
手続きご担当者様

いつもお世話になっております。高嶺建設の三輪です。
11月1日付で直用の作業員を1名採用しましたので、雇用保険の資格取得届の作成をお願いします。

氏名　　　　：関 翔平（せき しょうへい）
生年月日　　：1999年12月9日
性別　　　　：男
住所　　　　：埼玉県上尾市柏座2-17-6 ハイツ柏座102
個人番号　　：407182355618
前職の被保険者番号：5012-384716-3
雇用形態　　：正社員（月給）、週所定40時間
賃金月額　　：260,000円

健康保険・厚生年金の手続きも合わせてお願いいたします。
扶養家族はなしです。
""", "miwa"),
    personal=[("name", "関 翔平"), ("birthdate", "1999年12月9日"), ("address", "埼玉県上尾市柏座2-17-6 ハイツ柏座102"),
              ("mynumber", "407182355618"), ("insurance", "5012-384716-3")],
))

# ---------------- PASSES ----------------

M.append(dict(
    key="C-P1", expect="pass", kind="benign.aggregate_stats",
    why="労災統計だが件数・率のみの集計で、個人を特定できる記載はない。",
    frm=SAKAMAKI,
    to=["埼玉県建設業協会 安全委員会事務局 <anzen@saitama-kenkyo.or.jp>"],
    subject="2024年度上期 労働災害統計の提出",
    text=body("""
埼玉県建設業協会
安全委員会事務局 御中

お世話になっております。高嶺建設 安全環境部の坂巻です。
ご依頼のありました2024年度上期（4月〜9月）の労働災害統計を添付のとおり提出いたします。

概要：
・延べ労働時間　　　　 2,296,400時間（協力会社含む）
・休業4日以上の災害　　 2件（墜落・転落 1件、飛来・落下 1件）
・不休災害　　　　　　 5件
・度数率 0.87　／　強度率 0.05
・死亡災害　　　　　　 0件（連続無災害記録は継続中）

休業災害2件はいずれも協力会社の作業員で、現在は2名とも職場復帰しています。
墜落・転落の1件は脚立からの転落（骨折）で、脚立の使用制限ルールを
全作業所で見直しました。

委員会資料の取りまとめ、よろしくお願いいたします。
""", "sakamaki"),
    attachments=[dict(filename="2024上期_労災統計_高嶺建設.pdf", contentType=PDF, text=
"2024年度上期 労働災害統計（株式会社高嶺建設）\n"
"区分 | 4月 | 5月 | 6月 | 7月 | 8月 | 9月 | 計\n"
"延べ労働時間(千h) | 372 | 388 | 391 | 402 | 356 | 387 | 2,296\n"
"休業4日以上 | 0 | 1 | 0 | 0 | 1 | 0 | 2\n"
"不休 | 1 | 0 | 2 | 1 | 1 | 0 | 5\n"
"事故の型：墜落・転落 1／飛来・落下 1／はさまれ 2（不休）／切れ・こすれ 3（不休）\n"
"熱中症：不休 2件（7月・8月）\n"
"度数率 0.87　強度率 0.05　（参考：建設業平均 度数率 1.26）\n")],
))

BCC2 = ["堀米 勝 <horigome@hokushin-kutai.co.jp>", "川口電工 工事部 <koji@kawaguchi-denko.co.jp>",
        "村越 恵 <m.murakoshi@sanyu-setsubi.jp>", "内装 大成インテリア <info@taisei-interior.jp>",
        "鳶 新井組 <araigumi.tobi@gmail.com>", "埼玉防水工業 <bousui@saitama-bousui.co.jp>",
        "小島塗装店 <kojima-tosou@ybb.ne.jp>", "東和サッシ 工務 <koumu@towa-sash.co.jp>",
        "さくら空調 <sakura-kucho@sakura-ac.co.jp>", "武蔵野ALC <alc@musashino-alc.jp>",
        "丸山解体 丸山 <maruyama.kaitai@outlook.jp>", "大宮警備保障 <keibi@omiya-security.co.jp>",
        "関東クレーンリース <office@kanto-crane.co.jp>", "浦和鉄筋 <urawa-tekkin@urawa-tk.co.jp>"]
M.append(dict(
    key="C-P2", expect="pass", kind="benign.bcc_bulk",
    why="多数の協力会社への一斉案内だが宛先はBccで、本文も日程案内のみ。",
    frm=MIWA,
    to=[MIWA],
    bcc=BCC2,
    subject="【ご案内】11月 新規入場者教育の日程（大宮北・浦和美園）",
    text=body("""
協力会社 安全ご担当者様
（Bccにて一斉送信しております）

いつもお世話になっております。高嶺建設 安全環境部の三輪です。
11月の新規入場者教育の日程をお知らせします。新しく入場される方は、
いずれかの回を必ず受講してから作業に入っていただくようお願いします。

【大宮北ビル新築工事】
　11/5（火）7:45〜8:30
　11/12（火）7:45〜8:30
　11/19（火）7:45〜8:30
【浦和美園物流センター（東亜総合建設JV）】
　元請様の教育に合わせて毎週月曜 8:00〜

持ち物：ヘルメット、安全帯（フルハーネス）、健康保険証の確認が取れる書類（※コピー提出は不要です、提示のみ）、
　　　　各種資格証の原本
事前に「新規入場者アンケート」を各社で記入のうえ、当日ご持参ください。

ご不明点は三輪までお問い合わせください。
""", "miwa"),
))

M.append(dict(
    key="C-P3", expect="pass", kind="benign.thread_signatures",
    why="安全パトロールの議事録で、出席した取引先担当者の氏名・署名が並ぶだけの通常業務メール。",
    frm=SAKAMAKI,
    to=["原口 誠司 <haraguchi.s@toa-sogo.co.jp>"],
    cc=["安全担当 <anzen-omiya@toa-sogo.co.jp>", "堀米 勝 <horigome@hokushin-kutai.co.jp>", OKOUCHI],
    subject="Re: 10/24 合同安全パトロール 指摘事項と是正報告",
    text="""原口所長

お世話になっております。高嶺建設の坂巻です。
10/24の合同パトロールの指摘事項について、当社分の是正状況をまとめました。

┌──┬──────────────────────┬───────┬────────┐
│No│指摘内容                                     │担当          │是正状況        │
├──┼──────────────────────┼───────┼────────┤
│ 1│3F外部足場 手すり先行部材の一部欠損          │北辰 堀米様   │10/25 是正済    │
│ 2│開口部養生の表示なし（4F EV前）              │大河内        │10/24 当日是正  │
│ 3│分電盤の扉開放・施錠なし                     │川口電工      │10/28 是正予定  │
│ 4│資材置場の通路幅不足                         │大河内        │11/1 レイアウト変更│
└──┴──────────────────────┴───────┴────────┘

No.3は川口電工の職長さんに直接お伝えしてあります。
是正後の写真は大河内から別途お送りします。

""" + SIG["sakamaki"] + """

-----Original Message-----
From: 原口 誠司 <haraguchi.s@toa-sogo.co.jp>
Sent: Thursday, October 24, 2024 5:48 PM
Subject: 10/24 合同安全パトロール 指摘事項と是正報告

関係各位

本日はお忙しいところパトロールにご参加いただきありがとうございました。
参加者：東亜総合建設 原口、吉永、高嶺建設 坂巻様、大河内様、北辰躯体工業 堀米様
指摘事項を添付の一覧にまとめました。各社10/31までに是正報告をお願いします。

============================================
東亜総合建設株式会社　首都圏建築支店
浦和美園物流センター新築工事JV 作業所長
原口 誠司
〒336-0967 さいたま市緑区美園5-3-1（仮設事務所）
TEL 048-812-5503　携帯 080-9921-4470
haraguchi.s@toa-sogo.co.jp
============================================
""",
))

M.append(dict(
    key="C-P4", expect="pass", kind="benign.aggregate_stats",
    why="Heat-stress programme results are aggregate figures with no individual worker identified.",
    frm=SAKAMAKI,
    to=["Dr. Aileen Foo <aileen.foo@harlowsafety.sg>"],
    subject="Heat stress programme 2024 - summary figures for your review",
    text=body("""
Dear Dr. Foo,

Thank you again for running the heat stress workshop for our site foremen in June.
As promised, here are the summary figures from this summer (July-September) for your review
before our call on 6 November.

- Sites covered: 4 (Omiya Kita, Urawa Misono JV, Kasukabe, Ageo)
- Worker-days monitored: 18,420
- Days with WBGT >= 31 (work stop rule applied): 11
- Heat-related first aid cases: 7 (all recovered on site, no hospital admission)
- Heat-related lost-time injuries: 0
- Workers using cooling vests: approx. 62% of outdoor workers by August (up from 35% in 2023)

One observation: 5 of the 7 first aid cases happened within the first week after a worker
joined a site, so we are thinking about adding an acclimatisation check to the new-entrant
induction. I would value your opinion on how other contractors in Singapore handle this.

Kind regards,
""", "sakamaki_en"),
))

M.append(dict(
    key="C-P5", expect="pass", kind="benign.corporate_ids",
    why="建設業許可番号・法人番号・労働保険番号・法人口座など会社の情報のみで、個人の番号ではない。",
    frm=MIWA,
    to=["東亜総合建設 調達部 取引先登録係 <torihiki@toa-sogo.co.jp>"],
    subject="取引先登録申請書類の送付（株式会社高嶺建設）",
    text=body("""
東亜総合建設株式会社
調達部 取引先登録ご担当者様

お世話になっております。高嶺建設 安全環境部の三輪です。
ご依頼いただいた取引先登録に必要な情報を以下にまとめました。
（原本は本日郵送いたしました）

商号　　　　　：株式会社高嶺建設
代表者　　　　：代表取締役　高嶺 宗一郎
法人番号　　　：1030001098765
建設業許可　　：埼玉県知事許可（特-5）第21457号（建築工事業・土木工事業・とび土工工事業）
労働保険番号　：11103-512846-000
資本金　　　　：8,000万円
振込先口座　　：武蔵野中央銀行 大宮支店　当座 0123456　カ）タカミネケンセツ
経審 総合評定値（P点）：912点（令和6年7月31日基準）
安全衛生責任者：坂巻 亮（安全環境部 課長）

建退共の加入証明書と、グリーンサイトの事業者IDは別紙でお送りします。
不足がありましたらお知らせください。
""", "miwa"),
))

M.append(dict(
    key="C-P6", expect="pass", kind="benign.it_incident",
    why="「障害」「感染」「隔離」はITシステムの話で、個人の健康情報ではない。",
    frm=MIWA,
    to=["堀米 勝 <horigome@hokushin-kutai.co.jp>", "村越 恵 <m.murakoshi@sanyu-setsubi.jp>"],
    subject="安全書類管理システムの障害について（10/29）",
    text=body("""
北辰躯体工業　堀米様
三友設備　村越様

お世話になっております。高嶺建設の三輪です。
本日午前、当社の安全書類管理システム（作業員名簿・持込機械届の受付）で障害が発生し、
9時〜13時頃まで書類のアップロードができない状態になっていました。

原因は、当社の社内端末1台がウイルスに感染した疑いがあり、念のためサーバーを
ネットワークから隔離して調査したためです。調査の結果、サーバー側への感染は確認されず、
13時過ぎに復旧しています。外部への情報流出も確認されていません。

午前中にアップロードできなかった書類がありましたら、お手数ですが再度登録をお願いします。
ご迷惑をおかけして申し訳ありませんでした。
""", "miwa"),
))

M.append(dict(
    key="C-P7", expect="pass", kind="benign.plain_zip",
    why="暗号化されていない写真のZIPと現場写真のみで、個人情報はない。",
    frm=OKOUCHI,
    to=["原口 誠司 <haraguchi.s@toa-sogo.co.jp>"],
    cc=[SAKAMAKI],
    subject="是正写真おくります（10/24ﾊﾟﾄﾛｰﾙ分）",
    text=body("""
原口所長

おつかれさまです大河内です
先日のﾊﾟﾄﾛｰﾙの是正後写真です。No.1,2,4の分です。No.3（分電盤）は川口電工さんが月曜やるので
そのあと送ります

写真多いのでzipにしてます（ﾊﾟｽﾜｰﾄﾞなし）
代表的なのだけ1枚単体でもつけときます。

よろしくおねがいします
""", "okouchi"),
    attachments=[dict(filename="20241028_是正写真_大宮北.zip", contentType=ZIP),
                 dict(filename="No1_3F足場手すり_是正後.jpg", contentType=JPG)],
))

M.append(dict(
    key="C-P8", expect="pass", kind="benign.own_data",
    why="退職者本人からの依頼で、本人の健診結果を本人の私用アドレスに返送しているもの。",
    frm=MIWA,
    to=["浜田 浩二 <kouji.hamada1968@gmail.com>"],
    subject="健康診断結果の写しの送付（浜田様ご依頼分）",
    text=body("""
浜田 浩二 様

ご無沙汰しております。高嶺建設 安全環境部の三輪です。
先日お電話でご依頼いただいた、在職中（2022年・2023年）の定期健康診断結果の写しを
PDFにしてお送りします。

ご本人様からのご依頼のため、ご指定いただいたこちらのアドレス宛にお送りしています。
2023年の結果で血圧の再検査の所見が出ておりましたので、新しいお勤め先での健診の際に
あわせてご確認いただくとよいかと思います。

原本（紙）の郵送が必要な場合は、ご住所をお知らせください。
お体に気をつけてお過ごしください。
""", "miwa"),
    attachments=[dict(filename="定期健診結果_浜田浩二様_2022-2023.pdf", contentType=PDF, text=
"定期健康診断結果通知書\n氏名 浜田 浩二　生年月日 1968年4月2日\n"
"受診日 2022/05/18　身長 171.2cm 体重 74.5kg 血圧 138/86 判定 B\n"
"受診日 2023/05/17　身長 171.0cm 体重 76.1kg 血圧 152/94 判定 C（要再検査）\n"
"医療機関：大宮健診センター\n")],
))

M.append(dict(
    key="C-P9", expect="pass", kind="benign.condolence",
    why="取引先会長の逝去に伴う弔意と供花の手配連絡で、要配慮情報はない。",
    frm=SAKAMAKI,
    to=["北辰躯体工業 総務部 <soumu@hokushin-kutai.co.jp>"],
    subject="北村会長ご逝去のお悔やみと供花について",
    text=body("""
有限会社北辰躯体工業
総務部 ご担当者様

このたびは北村 源一郎 会長のご逝去の報に接し、心よりお悔やみ申し上げます。
当社の現場でも長年ご指導をいただき、安全大会では毎年ご挨拶を賜っておりました。
社員一同、謹んでご冥福をお祈り申し上げます。

つきましては、通夜・告別式の日程と会場、ならびに供花をお受けいただけるかどうかを
お知らせいただけますでしょうか。
当社からは社長の高嶺と私の2名で参列させていただく予定です。

ご多忙のところ恐縮ですが、よろしくお願い申し上げます。
""", "sakamaki"),
))

M.append(dict(
    key="C-P10", expect="pass", kind="benign.lookalike_numbers",
    why="Machine serial numbers, certificate and order numbers only; no personal data.",
    frm=SAKAMAKI,
    to=["Service Desk <service.jp@krantech.de>"],
    cc=["Markus Feldmann <m.feldmann@krantech.de>"],
    subject="Annual inspection certificates - tower crane KT 172-8 (S/N 0458-22917)",
    text=body("""
Dear Mr. Feldmann, dear Service Desk team,

We are preparing for the statutory annual self-inspection of our tower crane at the
Omiya Kita site and need the following documents in English or German:

  Model:            KT 172-8 EC-H
  Serial No.:       0458-22917
  Year of manufacture: 2019
  Our asset No.:    TK-CR-0031
  Japanese inspection certificate No.: 第 埼 1912 号
  Your order ref.:  SO-2024-117853

1. Latest wire rope certificate (main hoist, delivered with spare rope order PO 4500338127)
2. Load moment limiter calibration record
3. Slewing ring bolt torque specification

The inspection is scheduled for 19 November, so it would help if we could have them by
12 November. Our local agent (Kanto Crane Lease) will be present on the day.

Thank you and best regards,
""", "sakamaki_en"),
))
