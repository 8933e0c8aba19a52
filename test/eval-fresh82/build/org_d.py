"""(D) 製造派遣の人材派遣会社: 株式会社ライズテック・スタッフ."""
from common import (addr, att, csv_text, enc_zip, mail, mynumber, fmt4, quote,
                    yamato_colliding_with_mynumber, yamato_complete)

ORG = "D"
DOM = "risetech-staff.example.co.jp"

MATSUDA = addr("松田 翔太", f"s.matsuda@{DOM}")
NISHIMURA = addr("西村 千尋（ライズテック・スタッフ 労務課）", f"c.nishimura@{DOM}")
PHAM = addr("Pham Thi Lan（ファム・ティ・ラン）", f"lan.pham@{DOM}")

SIG_MATSUDA = """
──────────────────────────
株式会社ライズテック・スタッフ
名古屋支店 営業課　コーディネーター
松田 翔太（Matsuda Shota）
〒450-0000 愛知県名古屋市中村区名駅9-9-9 名駅ライズビル5F
TEL 052-0000-3810 ／ 携帯 080-0000-4127
FAX 052-0000-3811
労働者派遣事業 派23-300000 ／ 有料職業紹介事業 23-ユ-300000
──────────────────────────
"""

SIG_NISHIMURA = """
+++++++++++++++++++++++++++++++++++++
株式会社ライズテック・スタッフ 管理部 労務課
西村 千尋
TEL 052-0000-3800（代表）内線 214
FAX 052-0000-3809
+++++++++++++++++++++++++++++++++++++
このメールは機密情報を含む場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、削除していただきますようお願いいたします。
"""

SIG_PHAM = """
--
ファム・ティ・ラン（Pham Thi Lan）
株式会社ライズテック・スタッフ 国際人材課
TEL 052-0000-3815 ／ Mobile 090-0000-8862
日本語・Tiếng Việt・English
"""

TOWA = addr("株式会社東和精機 製造部 第二製造課 課長 加藤様", "kato.h@towa-seiki.example.co.jp")
CHUBU_HR = addr("中部オートパーツ株式会社 人事課 小田切様", "odagiri@chubu-autoparts.example.co.jp")
CHUBU_LINE = addr("中部オートパーツ株式会社 組立課 係長 伊東様", "ito.y@chubu-autoparts.example.co.jp")
SATO_SS = addr("株式会社佐藤製作所 総務部 山田様", "yamada@sato-ss.example.co.jp")
YAMADA_SEIKO = addr("山田精工株式会社 人事総務課 佐藤様", "sato.k@yamada-seiko.example.co.jp")
SR = addr("名駅社会保険労務士法人 担当 桑田様", "kuwata@meieki-sr.example.jp")

MAILS = []

# ============================================================== HOLDS
MN_KOJIMA = mynumber("73051926484")
MAILS.append(mail(
    writer="西村", loc="body", expect="hold", kind="id.mynumber",
    why="派遣スタッフの個人番号と基礎年金番号を本文に書いて社労士法人へ送っている。",
    frm=NISHIMURA, to=[SR],
    subject="資格取得届 1名分のお願い（12/2入社）",
    text=f"""
名駅社会保険労務士法人
桑田様

いつもお世話になっております。ライズテック・スタッフ労務課の西村です。
12月2日入社の派遣スタッフ1名について、社会保険・雇用保険の資格取得手続きを
お願いいたします。

　氏名：小島 健斗（コジマ ケント）
　性別：男
　生年月日：2000年6月17日
　住所：愛知県刈谷市一里山町9-9-9 ライズ寮刈谷 205号
　マイナンバー：{MN_KOJIMA}
　基礎年金番号：4321-098765
　雇用保険：前職なし（新規）
　就業先：株式会社東和精機 刈谷工場（製造オペレーター、交替勤務）
　報酬月額：265,000円（残業見込み含む）

扶養はありません。通勤は寮からの送迎バスです。
よろしくお願いいたします。
{SIG_NISHIMURA}""",
    personal=[("name", "小島 健斗"), ("birthdate", "2000年6月17日"),
              ("address", "愛知県刈谷市一里山町9-9-9 ライズ寮刈谷 205号"),
              ("mynumber", MN_KOJIMA), ("pension_number", "4321-098765")],
))

MAILS.append(mail(
    writer="松田", loc="body", expect="hold", kind="sensitive.health_check_result",
    why="派遣スタッフの氏名と健康診断の結果（高血圧・HbA1c・要精密検査）を派遣先へ送っている。",
    frm=MATSUDA, to=[TOWA],
    subject="夜勤シフトについてのご相談",
    text=f"""
株式会社東和精機
加藤課長

いつもお世話になっております。ライズテック・スタッフの松田です。
先日少しお話しした件、夜勤シフトの見直しについてご相談させてください。

10月に実施した当社の定期健康診断で、第二製造課でご就業中の
岩崎 誠さん（夜勤専従）が、血圧 178/110、HbA1c 8.9％で
「要精密検査・要治療」の判定となりました。
本人は現在、近くの内科で糖尿病と高血圧の治療を始めたところで、
医師からは当面夜勤を避けるよう言われているそうです。

つきましては、12月シフトから岩崎さんを日勤帯へ移し、
代わりに当社から夜勤可能なスタッフを1名補充する形でご検討いただけないでしょうか。
明日の午後、工場にお伺いしてご説明できればと思います。
{SIG_MATSUDA}""",
    personal=[("name", "岩崎 誠"), ("health_check", "血圧 178/110、HbA1c 8.9％"),
              ("diagnosis", "糖尿病と高血圧")],
))

MAILS.append(mail(
    writer="松田", loc="body", expect="hold", kind="sensitive.criminal_matter",
    why="派遣スタッフを氏名で特定して酒気帯び運転での検挙・処分見込みを派遣先へ伝えている。",
    frm=MATSUDA, to=[CHUBU_HR],
    subject="上田の欠勤について（ご報告）",
    text=f"""
中部オートパーツ株式会社
人事課　小田切様

お世話になっております。ライズテック・スタッフの松田です。
本日、組立課でご就業中の上田 翼さんが無断欠勤となった件について、
状況が分かりましたのでご報告いたします。

本人の家族から連絡があり、上田さんは土曜の深夜に
酒気帯び運転で警察に検挙され、現在も取り調べを受けているとのことです。
事故は起こしておらず、在宅のまま捜査が進む見込みで、
略式で罰金と免許停止になるだろうと聞いています。

通勤は寮からの送迎バスのため、出勤自体は来週から可能と思われますが、
御社の就業規則上の扱いも含め、明日ご相談させていただけますでしょうか。
当面の代替要員は当社で手配いたします。
{SIG_MATSUDA}""",
    personal=[("name", "上田 翼"), ("criminal", "酒気帯び運転で警察に検挙")],
))

ROSTER_D = csv_text(
    ["氏名", "フリガナ", "性別", "生年月日", "住所", "携帯", "保有資格", "前職", "入寮"],
    [
        ["大石 直人", "オオイシ ナオト", "男", "1995/02/08", "愛知県安城市三河安城町9-9-9", "090-0000-1247", "フォークリフト", "自動車部品 検査", "不要"],
        ["河合 美咲", "カワイ ミサキ", "女", "1998/10/29", "愛知県知立市山町9-9-9 コーポ山町102", "080-0000-6318", "なし", "食品工場 ライン", "不要"],
        ["ダ・シルバ ルーカス", "ダ シルバ ルーカス", "男", "1990/04/15", "愛知県豊田市保見町9-9-9", "070-0000-9043", "玉掛け・クレーン", "鋳造", "要"],
        ["高田 誠一", "タカダ セイイチ", "男", "1978/07/03", "岐阜県多治見市十九田町9-9-9", "090-0000-5590", "溶接（JIS）", "板金", "要"],
        ["小野寺 彩花", "オノデラ アヤカ", "女", "2002/12/20", "愛知県刈谷市小垣江町9-9-9", "080-0000-2276", "なし", "アパレル販売", "不要"],
    ],
)
MAILS.append(mail(
    writer="松田", loc="attachment", expect="hold", kind="list.staff_roster",
    why="添付CSVに派遣予定者5名の氏名・生年月日・住所・携帯番号が並び、派遣先へ送られている。",
    frm=MATSUDA, to=[SATO_SS],
    subject="1月増員分のご連絡",
    text=f"""
株式会社佐藤製作所
総務部　山田様

いつも大変お世話になっております。ライズテック・スタッフの松田です。
1月からの増員5名の件、メンバーが確定しましたので、リストを添付いたします。

初日は1月6日（月）8:00に正門守衛所集合で、安全教育からお願いできればと思います。
作業服と安全靴のサイズは別途ご連絡いたします。
ご確認のほどよろしくお願いいたします。
{SIG_MATSUDA}""",
    attachments=[att("1月増員予定者.xlsx", ROSTER_D)],
    personal=[("name", "大石 直人"), ("birthdate", "1995/02/08"), ("name", "河合 美咲"),
              ("address", "愛知県知立市山町9-9-9 コーポ山町102"), ("phone", "070-0000-9043"),
              ("name", "小野寺 彩花")],
))

SKILL = """スキルシート

氏名：グエン・ティ・ホア（NGUYEN THI HOA）
性別：女性
生年月日：1996年3月11日（28歳）
国籍：ベトナム
在留資格：永住者
住所：愛知県豊田市若林東町9-9-9 若林コーポ3-B
携帯：090-0000-7354
メール：hoa.nguyen.0311@gmail.com
日本語：JLPT N2（2021年取得）
学歴：ハノイ工業短期大学 機械科 卒業（2016年）

職歴：
2017年4月〜2020年3月　技能実習（プレス加工）岐阜県内の自動車部品メーカー
2020年4月〜2024年10月　電子部品メーカー 検査工程（派遣）
　・外観検査、寸法測定（ノギス・マイクロメーター）
　・検査記録のExcel入力
資格：フォークリフト運転技能講習修了

希望：日勤のみ（小学生の子どもあり）、通勤は自家用車
"""
MAILS.append(mail(
    writer="ファム", loc="attachment", expect="hold", kind="personal.resume_attachment",
    why="添付のスキルシートに候補者個人の生年月日・国籍・在留資格・住所・携帯・メールがそのまま載っており、派遣先へ送られている。",
    frm=PHAM, to=[YAMADA_SEIKO], cc=[MATSUDA],
    subject="検査工程の人員について（ご紹介）",
    text=f"""
山田精工株式会社
人事総務課　佐藤様

お世話になっております。ライズテック・スタッフ国際人材課のファムです。
先週ご依頼いただいた検査工程の人員について、候補の方の
スキルシートを添付いたします。
検査の経験が長く、日本語での記録作業も問題ありません。

ご確認いただき、職場見学の日程をご相談させていただければ幸いです。
{SIG_PHAM}""",
    attachments=[att("スキルシート_候補者A.docx", SKILL)],
    personal=[("name", "グエン・ティ・ホア"), ("birthdate", "1996年3月11日"),
              ("nationality", "国籍：ベトナム"), ("address", "愛知県豊田市若林東町9-9-9 若林コーポ3-B"),
              ("phone", "090-0000-7354"), ("email", "hoa.nguyen.0311@gmail.com")],
))

STAFF_MSG = """松田さん

お疲れさまです。森下です。
言いにくいのですが、相談させてください。

実は去年からパニック障害で心療内科に通っています。
薬（アルプラゾラム）を飲んでいれば日中は大丈夫なのですが、
夜勤の時は発作が出やすくて、先週も休憩室で過呼吸になってしまいました。
ラインの人には言っていません。

できれば1月から日勤だけにしてもらえないでしょうか。
無理なら他の職場の紹介でもかまいません。

森下 優子
090-0000-3068"""
MAILS.append(mail(
    writer="松田", loc="quoted", expect="hold", kind="sensitive.staff_health_forward",
    why="転送部分にスタッフ本人のパニック障害の通院・服薬の告白が氏名・電話とともに含まれ、派遣先へ送られている。",
    frm=MATSUDA, to=[CHUBU_LINE],
    subject="Fw: ご相談",
    text=f"""
伊東係長

お疲れさまです。ライズテック・スタッフの松田です。
スタッフ本人から下記の相談がありました。
1月からのシフトの件、ご検討いただけますでしょうか。
来週の定例でお時間いただければ、直接ご説明します。
{SIG_MATSUDA}
-----Original Message-----
From: 森下 優子 <yuko.morishita.1207@yahoo.co.jp>
Sent: Wednesday, November 27, 2024 11:38 PM
To: 松田 翔太 <s.matsuda@risetech-staff.example.co.jp>
Subject: ご相談

{STAFF_MSG}
""",
    personal=[("name", "森下 優子"), ("diagnosis", "パニック障害"),
              ("medication", "アルプラゾラム"), ("phone", "090-0000-3068")],
))

BANK_MSG = """労務課 ご担当者様

組立（中部オートパーツ）で働いている平野です。社員番号 RS-20417 です。
給料の振込口座を変えたいので、よろしくお願いします。

新しい口座
　銀行：大垣共立銀行 名古屋支店
　種類：普通
　口座番号：3456789
　名義：ヒラノ ダイキ

前の口座は来月解約します。
平野 大樹"""
MAILS.append(mail(
    writer="西村", loc="quoted", expect="hold", kind="id.private_bank_account_quoted",
    why="転送部分にスタッフ個人の給与振込口座（銀行・支店・口座番号・名義）が含まれ、給与計算の外部委託先へ送られている。",
    frm=NISHIMURA, to=[addr("株式会社ペイロールサポート東海 運用チーム", "ops@payroll-tokai.example.co.jp")],
    subject="Fw: 口座変更のお願い",
    text=f"""
株式会社ペイロールサポート東海
運用チーム ご担当者様

いつもお世話になっております。ライズテック・スタッフの西村です。
給与振込口座の変更依頼です。今月締め（12月25日支給分）から
反映をお願いいたします。
{SIG_NISHIMURA}
---------- Forwarded message ---------
From: 平野 大樹 <daiki.hirano.0918@gmail.com>
Date: 2024年12月2日(月) 7:12
Subject: 口座変更のお願い
To: roumu@risetech-staff.example.co.jp

{BANK_MSG}
""",
    personal=[("name", "平野 大樹"), ("bank_account", "3456789"),
              ("bank_account_holder", "ヒラノ ダイキ")],
))

MAILS.append(mail(
    writer="ファム", loc="subject", expect="hold", kind="id.residence_card_subject",
    why="件名にスタッフの氏名と在留カード番号が入っている（本文は確認手順の連絡のみ）。",
    frm=PHAM, to=[CHUBU_HR],
    subject="在留カード更新確認：レ・ヴァン・トゥアン（UH12345678AB）",
    text=f"""
中部オートパーツ株式会社
人事課　小田切様

いつもお世話になっております。ライズテック・スタッフのファムです。
標記の件、更新後のカードを本人から受領し、当社で原本確認を済ませました。
来週の入構証更新の際に、本人がカードを持参いたしますので
ご確認をお願いいたします。
{SIG_PHAM}""",
    personal=[("name", "レ・ヴァン・トゥアン"), ("residence_card_number", "UH12345678AB")],
))

MAILS.append(mail(
    writer="西村", loc="zip", expect="hold", kind="attachment.encrypted_zip",
    why="パスワード付きzipが添付されており、中身を検査できないまま派遣先へ送られる。",
    frm=NISHIMURA, to=[TOWA], cc=[MATSUDA],
    subject="派遣先管理台帳用資料の送付（12月分）",
    text=f"""
株式会社東和精機
加藤課長

お世話になっております。ライズテック・スタッフ労務課の西村です。
12月分の派遣先管理台帳作成用の資料をお送りいたします。
ファイルはパスワード付きで圧縮しております。
パスワードは松田から別途お電話でお伝えいたします。

ご不明点がございましたらご連絡ください。
{SIG_NISHIMURA}""",
    attachments=[enc_zip("派遣先管理台帳資料_202412.zip")],
))

CLIENTS = [
    TOWA,
    CHUBU_HR,
    SATO_SS,
    YAMADA_SEIKO,
    addr("三河プレス工業株式会社 総務課 長田様", "nagata@mikawa-press.example.co.jp"),
    addr("株式会社尾張電子 製造管理課 丹羽様", "niwa@owari-denshi.example.co.jp"),
    addr("知多樹脂成形株式会社 工場長 杉浦様", "sugiura@chita-jushi.example.co.jp"),
    addr("碧南ダイカスト株式会社 人事 鈴木様", "suzuki.t@hekinan-dc.example.co.jp"),
    addr("株式会社岡崎ロジテック 物流センター 大須賀様", "osuka@okazaki-logitec.example.co.jp"),
    addr("豊明フーズ株式会社 工場総務 榊原様", "sakakibara@toyoake-foods.example.co.jp"),
    addr("犬山精密株式会社 管理部 青山様", "aoyama@inuyama-seimitsu.example.co.jp"),
    addr("春日井ケミカル株式会社 製造課 服部様", "hattori@kasugai-chem.example.co.jp"),
    addr("株式会社一宮テキスタイル 生産管理 吉田様", "yoshida@ichinomiya-tex.example.co.jp"),
]
MAILS.append(mail(
    writer="松田", loc="recipients", expect="hold", kind="recipients.visible_external",
    why="13社の派遣先担当者のアドレスをToに並べて一斉送信しており、取引先どうしにアドレスが見えてしまう。",
    frm=MATSUDA, to=CLIENTS,
    subject="年末年始の営業日および緊急連絡先のご案内",
    text=f"""
お取引先各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
株式会社ライズテック・スタッフ名古屋支店の松田でございます。

年末年始の営業日について、下記のとおりご案内申し上げます。

　休業期間：2024年12月28日（土）〜2025年1月5日（日）
　営業開始：2025年1月6日（月）9:00〜

休業期間中も、工場の稼働に伴う派遣スタッフの欠勤・急病等の
緊急連絡は、下記の当番携帯にて24時間受け付けております。

　緊急連絡先：080-0000-4100（名古屋支店 当番）

本年も大変お世話になりました。来年も変わらぬお引き立てのほど、
よろしくお願い申し上げます。
{SIG_MATSUDA}""",
))

# ============================================================== PASSES
MAILS.append(mail(
    writer="西村", loc="pass", expect="pass", kind="benign.disability_employment_rate",
    why="障害者雇用率と人数の集計だけで、個人を特定できる情報はない。",
    frm=NISHIMURA, to=[addr("株式会社東和精機 総務部 CSR推進室 岡様", "oka@towa-seiki.example.co.jp")],
    subject="Re: 取引先アンケート（人権・ダイバーシティ）へのご回答",
    text=f"""
株式会社東和精機
CSR推進室　岡様

お世話になっております。ライズテック・スタッフ管理部の西村です。
取引先アンケートにつきまして、以下のとおり回答いたします。

Q3. 障害者雇用の状況
　2024年6月1日現在の障害者雇用率：2.71％（法定 2.5％）
　雇用障害者数：14名（うち派遣スタッフ 9名、内勤 5名）
　※人数はダブルカウント前の実人数です。

Q4. 外国籍スタッフの比率
　在籍スタッフ 612名中 148名（24.2％）、出身国 9か国

Q5. ハラスメント相談窓口
　社内窓口および外部窓口（弁護士事務所）を設置、多言語対応（4言語）

回答票（Excel）も添付いたします。
{SIG_NISHIMURA}""",
))

MAILS.append(mail(
    writer="西村", loc="pass", expect="pass", kind="benign.health_management_aggregate",
    why="健康経営の取り組みと健診受診率などの集計値のみで、個人の健診結果はない。",
    frm=NISHIMURA, to=[addr("中部健診センター 法人営業課 水谷様", "mizutani@chubu-kenshin.example.or.jp")],
    subject="2025年度 定期健康診断（巡回健診）の日程について",
    text=f"""
中部健診センター
法人営業課　水谷様

いつもお世話になっております。ライズテック・スタッフの西村です。
来年度の巡回健診について、日程のご相談です。

当社は今年度「健康経営優良法人2024」の認定をいただき、
2023年度の定期健診受診率は98.2％、二次検査受診率は61％まで上がりました。
来年度は二次検査受診率75％を目標にしております。

　対象人数：約640名（刈谷・安城・豊田の3寮＋本社）
　希望時期：2025年5月中旬〜6月上旬
　実施場所：各寮の集会室（昨年同様）
　オプション：夜勤者向けに土曜実施を2回

ご対応可能な日程をいくつかお知らせいただけますでしょうか。
{SIG_NISHIMURA}""",
))

TRACK1 = yamato_colliding_with_mynumber(48210730000)
TRACK2 = yamato_complete("48210730118")
MAILS.append(mail(
    writer="松田", loc="pass", expect="pass", kind="benign.tracking_number",
    why="12桁の数字はヤマト運輸の送り状番号で、個人番号ではない。",
    frm=MATSUDA, to=[addr("株式会社佐藤製作所 総務部 山田様", "yamada@sato-ss.example.co.jp")],
    subject="増員分の作業服・安全靴の発送について",
    text=f"""
株式会社佐藤製作所
山田様

お世話になっております。ライズテック・スタッフの松田です。
1月増員分（5名）の作業服と安全靴を、本日ヤマト運輸で発送しました。

　作業服（上下×各2着）：伝票番号 {TRACK1[:4]}-{TRACK1[4:8]}-{TRACK1[8:]}
　安全靴（5足）：伝票番号 {TRACK2[:4]}-{TRACK2[4:8]}-{TRACK2[8:]}
　お届け予定：12月5日（木）午前中
　お届け先：御社 正門守衛所 気付 総務部 山田様

サイズ違いがあれば初日にこちらで交換いたします。
よろしくお願いいたします。
{SIG_MATSUDA}""",
))

MAILS.append(mail(
    writer="松田", loc="pass", expect="pass", kind="benign.license_number",
    why="派遣事業の許可番号・法人番号・契約番号など事業者の番号のみで、個人の番号はない。",
    frm=MATSUDA, to=[addr("三河プレス工業株式会社 総務課 長田様", "nagata@mikawa-press.example.co.jp")],
    subject="労働者派遣基本契約の締結書類について",
    text=f"""
三河プレス工業株式会社
総務課　長田様

先日はお時間をいただきありがとうございました。
ライズテック・スタッフの松田です。

労働者派遣基本契約書（案）と、当社の許可証の写しを添付いたします。
契約書にご記入いただく当社の情報は以下のとおりです。

　商号：株式会社ライズテック・スタッフ
　法人番号：4180001000000
　労働者派遣事業許可番号：派23-300000（許可年月日 2012年4月1日）
　有料職業紹介事業許可番号：23-ユ-300000
　派遣元責任者：名古屋支店長 大野 隆司（派遣元責任者講習 2023年9月受講）

あわせて、事業所単位の抵触日通知のご提出をお願いいたします。
書式は添付の「抵触日通知書（様式例）」をご利用ください。
{SIG_MATSUDA}""",
))

MAILS.append(mail(
    writer="松田", loc="pass", expect="pass", kind="benign.staff_own_terms",
    why="スタッフ本人に本人の就業条件を明示するメールで、第三者への提供ではない。",
    frm=MATSUDA, to=[addr("佐野 翔", "sho.sano.0602@gmail.com")],
    subject="【就業条件明示】株式会社東和精機 刈谷工場でのお仕事について",
    text=f"""
佐野 翔 様

ライズテック・スタッフの松田です。
先日はご来社いただきありがとうございました。
ご就業が決まりましたので、就業条件をあらためてご案内します。
正式な就業条件明示書は、初日にお渡しします。

　就業先：株式会社東和精機 刈谷工場 第二製造課
　業務内容：CNC旋盤へのワーク投入・取り出し、外観検査
　就業期間：2025年1月6日〜2025年3月31日（更新の可能性あり）
　勤務時間：日勤 8:00〜17:00／夜勤 20:00〜翌5:00（1週ごとの交替）
　時給：1,650円（夜勤時は深夜割増あり）
　交通：ライズ寮刈谷からの送迎バス（無料）
　抵触日：2027年4月1日（事業所単位）

社会保険・雇用保険には入社日から加入となります。
分からないことがあれば、いつでも携帯（080-0000-4127）に連絡してください。
{SIG_MATSUDA}""",
))

MAILS.append(mail(
    writer="西村", loc="pass", expect="pass", kind="benign.employment_verification_minimal",
    why="本人同意を得た在籍確認に、在籍の有無・入社日・雇用形態だけを答えている。",
    frm=NISHIMURA, to=[addr("株式会社名港ハウジング 賃貸審査課 山本様", "shinsa@meiko-housing.example.co.jp")],
    subject="Re: 在籍確認のご依頼（受付番号 MK-118842）",
    text=f"""
株式会社名港ハウジング
賃貸審査課　山本様

お世話になっております。ライズテック・スタッフ管理部労務課の西村でございます。

ご照会の件、ご本人（河合 美咲 様）から事前に同意をいただいておりますので、
以下の範囲で回答いたします。

　在籍状況：在籍しております
　入社日：2025年1月6日付で雇用契約締結済み
　雇用形態：派遣社員（有期雇用）

給与額等につきましては、ご本人を通じて書類でご確認いただけますよう
お願いいたします。
{SIG_NISHIMURA}""",
))

MAILS.append(mail(
    writer="ファム", loc="pass", expect="pass", kind="benign.english_recruit_schedule",
    why="海外送り出し機関との面接日程の調整で、候補者は人数だけで個人情報はない。",
    frm=PHAM, to=[addr("Tran Minh Duc", "duc.tran@vn-manpower.example.com.vn")],
    cc=[MATSUDA],
    subject="Online interview schedule – January 2025 intake",
    text=f"""
Dear Mr. Duc,

Thank you for your quick reply.

As discussed, we would like to hold the online interviews for the
January 2025 intake as follows:

  Date: Tuesday, December 17, 2024
  Time: 9:00-12:00 (Vietnam time) / 11:00-14:00 (Japan time)
  Format: Microsoft Teams (the link will be sent on December 13)
  Candidates: 12 (machine operation 8, inspection 4)
  Interviewers: Mr. Matsuda (sales coordinator) and myself

Please make sure each candidate has a stable connection and a quiet room.
We will not need any additional documents before the interview;
please bring the CV originals only to the second-stage meeting.

Best regards,

Pham Thi Lan
International Recruitment Section
RiseTech Staff Co., Ltd.
Tel: +81-52-0000-3815
""",
))

MAILS.append(mail(
    writer="西村", loc="pass", expect="pass", kind="benign.malware_isolation",
    why="「感染」「隔離」は貸与PCのマルウェアに関する用語で、人の健康情報ではない。",
    frm=NISHIMURA, to=[addr("中部オートパーツ株式会社 情報システム課 河村様", "kawamura@chubu-autoparts.example.co.jp")],
    cc=[CHUBU_HR],
    subject="【ご報告】当社貸与PCのマルウェア感染疑いについて",
    text=f"""
中部オートパーツ株式会社
情報システム課　河村様

お世話になっております。ライズテック・スタッフ管理部の西村です。

12月3日（火）14時頃、御社組立課の詰所で当社の勤怠入力用に使用している
貸与ノートPC（資産番号 RS-NB-0147）で、ウイルス対策ソフトが
マルウェア感染の疑いを検知しました。

　検知名：Trojan.GenericKD.71234567
　対応：同日14:20にLANケーブルを抜いてネットワークから隔離済み
　　　　当社情報システム担当が回収し、現在フォレンジック調査中
　影響範囲：当該PCは御社の社内LANとは物理的に分離された
　　　　　　ゲスト回線のみ接続しておりました

調査結果が出しだい、あらためてご報告いたします。
代替機は明日設置いたします。ご心配をおかけし申し訳ございません。
{SIG_NISHIMURA}""",
))

MAILS.append(mail(
    writer="松田", loc="pass", expect="pass", kind="benign.meeting_surname_company",
    why="取引先との打合せ日程調整で、社名に人名（佐藤・山田）が含まれるだけで個人情報はない。",
    frm=MATSUDA, to=[addr("株式会社佐藤製作所 総務部 山田様", "yamada@sato-ss.example.co.jp")],
    cc=[addr("山田精工株式会社 人事総務課 佐藤様", "sato.k@yamada-seiko.example.co.jp")],
    subject="Re: 佐藤製作所様・山田精工様 合同安全衛生協議会の件",
    text=f"""
山田様、佐藤様

お世話になっております。ライズテック・スタッフの松田です。
ご調整ありがとうございます。
合同安全衛生協議会は、1月22日（水）15:00〜16:30、
佐藤製作所様の本館2階会議室で確定とさせてください。

当日は当社から、大野（支店長）と松田の2名で参ります。
議題案を下に再掲しますので、追加があればお知らせください。

　1. 冬季の転倒・腰痛災害の状況（各社）
　2. 派遣スタッフ向け安全教育の共通化
　3. 多言語の危険表示ステッカー（当社で試作）
{SIG_MATSUDA}
> 松田様
>
> 佐藤製作所の山田です。山田精工の佐藤さんとも話し、
> 1/22（水）午後でしたら両社とも大丈夫です。
> 会場は弊社でご用意します。
>
> 株式会社佐藤製作所 総務部 山田 修一
> TEL 052-0000-7710（代表）
""",
))

MAILS.append(mail(
    writer="西村", loc="pass", expect="pass", kind="benign.corporate_invoice",
    why="法人間の派遣料金の請求で、振込先は当社の法人口座。",
    frm=NISHIMURA, to=[addr("株式会社東和精機 経理部 支払担当", "shiharai@towa-seiki.example.co.jp")],
    subject="11月分 派遣料金ご請求書の送付",
    text=f"""
株式会社東和精機
経理部 支払ご担当者様

いつもお世話になっております。ライズテック・スタッフの西村です。
11月分の派遣料金のご請求書をお送りいたします。

　請求書番号：RS-2411-0452
　請求金額：18,742,560円（税込）
　内訳：刈谷工場 第二製造課 派遣スタッフ 36名分（延べ 6,112時間）
　お支払期日：2024年12月31日
　お振込先：三菱UFJ銀行 名駅支店 普通 1122334
　　　　　　カ）ライズテック・スタッフ
　登録番号：T4180001000000

明細（時間数の内訳）は、派遣先管理台帳の数字と照合のうえ
ご確認いただけますと幸いです。
{SIG_NISHIMURA}""",
))
