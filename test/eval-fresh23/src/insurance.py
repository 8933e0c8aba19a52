from common import *

KIMURA = "木村 奈緒 <n-kimura@aoba-sonpo.co.jp>"
SUGITA = "杉田 淳 <j-sugita@hikari-kaijo.co.jp>"
YOSHIMURA = "吉村 亜希 <a-yoshimura@hikari-kaijo.co.jp>"

MAILS = []

# ---------------------------------------------------------------- IH1
MAILS.append(dict(
    key="IH1", expect="hold", kind="id.license",
    why="契約者個人の運転免許証番号・生年月日・有効期限を本文に書いて保険会社（社外）へ送っている。",
    **{"from": TAJIMA}, to=[KIMURA],
    subject="新規契約（ゴールド免許割引）の確認書類について",
    text="""あおば損害保険株式会社 埼玉支店
代理店営業課 木村様

いつもお世話になっております。ミライ保険サービスの田島です。
10月1日始期の新規契約について、ゴールド免許割引の確認をお願いいたします。

　契約者　　：前田 隆司 様
　生年月日　：1979年8月14日
　免許証番号：第301507284619号
　免許の色　：ゴールド（有効期限 令和10年9月14日まで）
　車両　　　：トヨタ シエンタ（5BA-MXPC10）

免許証の写しは本日、契約申込書の控えと一緒に郵送いたしました。
計上の際に割引が反映されているか、ご確認をお願いできますでしょうか。
""" + SIG_TAJIMA,
    personal=P(("name", "前田 隆司"), ("birthdate", "1979年8月14日"), ("license", "301507284619")),
))

# ---------------------------------------------------------------- IH2
MAILS.append(dict(
    key="IH2", expect="hold", kind="sensitive.medical",
    why="事故の相手方（個人）の氏名・年齢・傷病名・通院先・既往症を保険会社へ報告しており、健康情報の外部送信にあたる。",
    **{"from": IWASAKI}, to=[SUGITA],
    subject="【事故受付番号 H25-0812-33047】相手方 通院状況のご報告",
    text="""ひかり海上火災保険 埼玉サービスセンター
杉田様

お世話になっております。ミライ保険サービスの岩崎です。
標記事故（8月12日 大宮区吉敷町交差点 歩行者との接触）について、
ご契約者の村井様経由で相手方の状況を伺いましたので、ご報告します。

　相手方　：鶴田 純一 様（65歳）
　傷病名　：頸椎捻挫、右膝打撲（大宮中央整形外科の診断）
　通院状況：8/13から週3回リハビリ通院。9月に入っても首の痛みが続いているとのこと
　その他　：以前から腰椎ヘルニアで同院に通院歴があるそうで、
　　　　　　ご本人は「事故で腰も悪化した」とおっしゃっています

既往症との関係で揉めそうな気配がありますので、早めに面談の機会を設けていただけると助かります。
村井様はかなり気にされており、毎週お見舞いの電話を入れているそうです。
""" + SIG_IWASAKI,
    personal=P(("name", "鶴田 純一"), ("health", "頸椎捻挫、右膝打撲"), ("health", "腰椎ヘルニア")),
))

# ---------------------------------------------------------------- IH3
MAILS.append(dict(
    key="IH3", expect="hold", kind="sensitive.crime",
    why="転送された契約者本人のメールに、酒気帯び運転で逮捕され略式罰金の見込みという刑事手続の情報が含まれ、保険会社へ送られる。",
    **{"from": IWASAKI}, to=[KIMURA],
    subject="Fw: 先日の事故の件（ご報告）",
    text="""木村様

お世話になっております。岩崎です。
9月6日の物損事故（受付番号 A25-0906-5520）の件で、
ご契約者ご本人から以下のメールが届きましたので転送します。

飲酒運転に該当する場合の対人・対物・車両それぞれの扱いについて、
ご本人へどう説明すべきか、本社のご見解をいただけますでしょうか。
ご本人にはまだ何もお伝えしていません。
""" + SIG_IWASAKI + """

---------- 転送メッセージ ----------
From: 浅井 雅人 <masato.asai@ybb.ne.jp>
Date: 2025/09/10 23:18
Subject: 先日の事故の件

岩崎さん
先日はお世話になりました。正直にお伝えしておかないといけないと思い、メールします。
事故のあと警察の呼気検査で基準値を超えていて、その場で酒気帯び運転で逮捕されました。
2日後に釈放され、今後は略式で罰金になる見込みだと弁護士に言われています。
相手の車（駐車中）の修理代は保険で出るのでしょうか。会社にはまだ言っていません。
浅井
""",
    personal=P(("name", "浅井 雅人"), ("email", "masato.asai@ybb.ne.jp"), ("crime", "酒気帯び運転で逮捕されました"),
               ("crime", "略式で罰金になる見込み")),
))

# ---------------------------------------------------------------- IH4
MAILS.append(dict(
    key="IH4", expect="hold", kind="id.my_number",
    why="満期返戻金の支払調書のためとはいえ、契約者個人のマイナンバーを本文に書いて保険会社へ送っている。",
    **{"from": TAJIMA}, to=["ひかり海上 契約管理課 <keiyaku-kanri@hikari-kaijo.co.jp>"],
    subject="満期返戻金支払いに伴う個人番号の届出（積立傷害保険）",
    text="""ひかり海上火災保険株式会社
契約管理課 ご担当者様

いつもお世話になっております。ミライ保険サービス（代理店コード 31-4471-02）の田島です。
11月1日満期の積立傷害保険について、満期返戻金が100万円を超えるため、
支払調書作成用の個人番号のご提出をお願いされていた件です。

　証券番号　：T2015-087741
　契約者　　：大野 恵美子 様（昭和33年4月2日生）
　個人番号　：394620815754

本人確認書類（運転免許証の写し）と個人番号カードの写しは、
本日、簡易書留で契約管理課宛に発送しております。
お手数ですが、お手続きのほどよろしくお願いいたします。
""" + SIG_TAJIMA,
    personal=P(("name", "大野 恵美子"), ("birthdate", "昭和33年4月2日"), ("mynumber", "394620815754")),
))

# ---------------------------------------------------------------- IH5
MAILS.append(dict(
    key="IH5", expect="hold", kind="attachment.encrypted_zip",
    why="車検証・免許証の写しを入れたパスワード付きZIPを保険会社へ送っており、PPAPで中身を検査できない。",
    **{"from": TAJIMA}, to=[KIMURA],
    subject="車両入替の書類（車検証・免許証写し）送付",
    text="""木村様

お世話になっております。田島です。
本日ご相談した車両入替（証券番号 A2507-318846）の書類一式を送付いたします。
ZIPファイルにパスワードを設定しております。パスワードは次のメールでお送りします。

【内容】
・新しい車両の車検証（写し）
・記名被保険者の運転免許証（写し）
・車両入替依頼書（ご契約者署名済みのPDF）

入替日は10月4日です。ご確認よろしくお願いいたします。
""" + SIG_TAJIMA,
    attachments=[att("車両入替書類_A2507-318846.zip", ZIP, encrypted=True)],
))

# ---------------------------------------------------------------- IH6
MAILS.append(dict(
    key="IH6", expect="hold", kind="roster.customers",
    why="添付Excelに契約者6名の氏名・生年月日・住所・電話・車両の一覧があり、顧客リストとして外部へ送られる。",
    **{"from": IWASAKI}, to=[YOSHIMURA],
    subject="11月満期 継続案内対象リストのご確認",
    text="""ひかり海上火災保険 さいたま支社
吉村様

いつもお世話になっております。ミライ保険サービスの岩崎です。
11月満期の継続案内について、弊社で管理している対象リストをお送りします。
支社のシステム上のリストと突き合わせて、漏れや差異がないか見ていただけますでしょうか。

特に4番の方は10月に住所変更の連絡をいただいたばかりなので、
変更が計上に反映されているかご確認をお願いいたします。
""" + SIG_IWASAKI,
    attachments=[att("11月満期_継続案内対象.xlsx", XLSX,
"""11月満期 継続案内対象（ミライ保険サービス）
No	証券番号	契約者	生年月日	住所	電話	車名	等級	満期日
1	H2411-204573	近江 春樹	1986/02/11	さいたま市大宮区天沼町1-388-5	090-3381-7702	ホンダ N-BOX	15	2025/11/03
2	H2411-204611	小沢 典子	1964/07/29	さいたま市北区日進町2-1071	048-663-2218	トヨタ アクア	20	2025/11/08
3	H2411-204688	羽田 康介	1992/12/04	上尾市春日1-42-3 コスモ上尾502	080-6618-9315	マツダ CX-5	11	2025/11/12
4	H2411-204702	宮本 佳代	1978/05/16	さいたま市見沼区東大宮4-6-27	090-7725-4408	スズキ ハスラー	18	2025/11/19
5	H2411-204756	ウォン・ジアイー	1990/09/23	さいたま市中央区上落合8-3-1-1202	070-4421-0863	日産 ノート	9	2025/11/25
6	H2411-204791	富岡 賢一	1955/01/30	伊奈町小室9418-2	048-721-3357	トヨタ クラウン	20	2025/11/30
""")],
    personal=P(("name", "近江 春樹"), ("birthdate", "1986/02/11"), ("address", "さいたま市大宮区天沼町1-388-5"),
               ("phone", "090-3381-7702"), ("name", "宮本 佳代"), ("name", "ウォン・ジアイー"), ("name", "富岡 賢一")),
))

# ---------------------------------------------------------------- IH7
MAILS.append(dict(
    key="IH7", expect="hold", kind="id.insurance",
    why="事故被害者（個人）の健康保険証の記号・番号と生年月日を保険会社へ送っている。",
    **{"from": IWASAKI}, to=[SUGITA],
    subject="第三者行為による傷病届 作成のための保険証情報（鶴田様分）",
    text="""杉田様

お世話になっております。岩崎です。
先日ご依頼のあった、相手方 鶴田様の「第三者行為による傷病届」作成用の情報です。
ご本人から保険証を見せていただき、書き写しました。

　被保険者氏名：鶴田 純一
　生年月日　　：昭和35年6月3日
　保険者　　　：全国健康保険協会 埼玉支部（保険者番号 01110016）
　記号・番号　：記号 41020377　番号 128

協会けんぽへの提出は御社でご対応いただけるとのことでしたので、よろしくお願いいたします。
なお、ご本人は健康保険を使って通院することに同意されています。
""" + SIG_IWASAKI,
    personal=P(("name", "鶴田 純一"), ("birthdate", "昭和35年6月3日"), ("insurance", "記号 41020377　番号 128")),
))

# ---------------------------------------------------------------- IH8
MAILS.append(dict(
    key="IH8", expect="hold", kind="id.account",
    why="本文は事務連絡だけだが、添付PDF（解約申込書）に契約者個人の返戻金振込先口座番号と電話番号が入っている。",
    **{"from": TAJIMA}, to=[KIMURA],
    subject="中途解約のお手続き書類（原本郵送済み）",
    text="""木村様

いつもお世話になっております。ミライ保険サービスの田島です。
先日ご連絡した中途解約（証券番号 A2404-117392）の解約申込書を、
先行してPDFでお送りいたします。原本は本日郵送しました。

解約日は10月15日、返戻金の計算をお願いいたします。
返戻金額が確定しましたら、ご契約者へは弊社からご連絡いたします。
""" + SIG_TAJIMA,
    attachments=[att("解約申込書_A2404-117392.pdf", PDF,
"""自動車保険 解約申込書
あおば損害保険株式会社 御中
証券番号：A2404-117392
契約者氏名：小林 美咲　　　　　　　　　㊞
契約者住所：埼玉県さいたま市浦和区岸町7-12-3 パークハウス浦和301
電話番号：080-5529-1846
解約日：2025年10月15日
解約理由：車両売却のため
返戻金振込先：ゆうちょ銀行　記号 10390　番号 58217461
口座名義（カナ）：コバヤシ ミサキ
取扱代理店：株式会社ミライ保険サービス（代理店コード 31-4471-02）
""")],
    personal=P(("name", "小林 美咲"), ("address", "埼玉県さいたま市浦和区岸町7-12-3 パークハウス浦和301"),
               ("phone", "080-5529-1846"), ("account", "記号 10390　番号 58217461")),
))

# ---------------------------------------------------------------- IH9
MAILS.append(dict(
    key="IH9", expect="hold", kind="profile.customer",
    why="An individual customer's full profile (date of birth, home address, mobile, private email, licence number) is sent to an outside relocation company.",
    **{"from": IWASAKI}, to=["Megan Doyle <m.doyle@grp-relocation.com>"],
    subject="Car insurance transfer for Mr. James Whitfield – details to confirm",
    text="""Dear Ms. Doyle,

Thank you for introducing Mr. Whitfield to us. To transfer his car insurance from his previous
insurer, we have prepared the application with the details below, which Mr. Whitfield gave us
by phone. Could you check them with him, since he asked us to go through your office?

  Name            : James Robert Whitfield
  Date of birth   : 1983-10-27
  Address         : 2-11-4-802 Kishiki-cho, Omiya-ku, Saitama
  Mobile          : 080-9913-4472
  Private email   : jrwhitfield83@gmail.com
  Japanese licence: No. 302407719356 (issued 2024, green)
  Vehicle         : Subaru Forester (plate: Omiya 330 ni 12-34)
  No-claims grade : 14 (transferred from previous insurer)

Once confirmed, the policy can start on November 1.

Kind regards,
Koji Iwasaki
""" + SIG_IWASAKI,
    personal=P(("name", "James Robert Whitfield"), ("birthdate", "1983-10-27"), ("address", "2-11-4-802 Kishiki-cho, Omiya-ku, Saitama"),
               ("phone", "080-9913-4472"), ("email", "jrwhitfield83@gmail.com"), ("license", "302407719356")),
))

# ---------------------------------------------------------------- IH10
MAILS.append(dict(
    key="IH10", expect="hold", kind="id.license",
    why="本文では触れていないが、添付画像のファイル名から個人の運転免許証（表・裏）の写しを社外へ送っていることがわかる。",
    **{"from": TAJIMA}, to=["ひかり海上 契約管理課 <keiyaku-kanri@hikari-kaijo.co.jp>"],
    subject="記名被保険者変更（長谷川様）の添付書類",
    text="""ひかり海上火災保険 契約管理課 ご担当者様

お世話になっております。ミライ保険サービスの田島です。
証券番号 H2503-118204（ご契約者 長谷川 直人 様）の記名被保険者変更について、
確認書類を添付いたします。
変更後の記名被保険者はご長男の長谷川 翔 様です。

変更日は10月10日でお願いいたします。
年齢条件の変更（35歳以上→21歳以上）に伴う追加保険料は、
ご契約者の口座から引き落としでご了承いただいています。
""" + SIG_TAJIMA,
    attachments=[att("運転免許証_表_長谷川翔.jpg", JPG), att("運転免許証_裏_長谷川翔.jpg", JPG)],
    personal=P(("name", "長谷川 直人"), ("name", "長谷川 翔")),
))

# ================================================================ passes
# ---------------------------------------------------------------- IP1
MAILS.append(dict(
    key="IP1", expect="pass", kind="benign.company_surname",
    why="「鈴木自動車整備工場」は修理工場の社名。ご契約者は姓と車種・事故受付番号だけで、連絡先一式の提供ではない通常の入庫手配。",
    **{"from": IWASAKI}, to=["鈴木自動車整備工場 鈴木 工場長 <kojo@suzuki-jidosha-seibi.jp>"],
    subject="入庫のお願い（事故受付 A25-0903-1182）",
    text="""鈴木自動車整備工場
鈴木 工場長

いつもお世話になっております。ミライ保険サービスの岩崎です。
先日お電話した件、ご契約者の岡田様のお車の入庫をお願いいたします。

　車両　：ホンダ フィット（白）
　損傷　：左リアドア・リアバンパー（駐車場でのこすり）
　入庫日：9月8日（月）午前中（ご本人が持ち込みます）
　代車　：軽自動車で可とのこと

見積書はあおば損保の木村様あてに直接お送りいただいて大丈夫です。
事故受付番号はA25-0903-1182です。よろしくお願いいたします。
""" + SIG_IWASAKI,
))

# ---------------------------------------------------------------- IP2
MAILS.append(dict(
    key="IP2", expect="pass", kind="benign.self_data",
    why="自動車保険の更新案内を契約者本人のアドレスへ送っており、記載されている住所・車両・保険料はすべて本人自身のもの。",
    **{"from": TAJIMA}, to=["坂本 由美 <yumi.sakamoto.77@gmail.com>"],
    subject="【ミライ保険サービス】自動車保険 更新のご案内（満期日 2025年10月15日）",
    text="""坂本 由美 様

いつもお世話になっております。ミライ保険サービスの田島でございます。
ご契約中の自動車保険が満期を迎えますので、更新内容をご案内いたします。

━━━━━━━━━━━━━━━━━━━━
■ご契約内容（更新後）
　保険会社　：あおば損害保険
　証券番号　：A2410-225918
　ご契約者　：坂本 由美 様
　ご住所　　：さいたま市大宮区三橋2-715-6
　お車　　　：ダイハツ タント（大宮 580 あ 37-21）
　保険期間　：2025年10月15日〜2026年10月15日
　等級　　　：17等級（無事故のため1等級アップ）
　年間保険料：52,480円（前年 55,120円）
━━━━━━━━━━━━━━━━━━━━

補償内容は前年と同じです。お引き落とし口座も変更ございません。
内容に変更がなければ、お手続きは不要です（自動更新となります）。
ご不明な点はお気軽にお問い合わせください。
""" + SIG_TAJIMA,
    personal=P(("name", "坂本 由美"), ("address", "さいたま市大宮区三橋2-715-6")),
))

# ---------------------------------------------------------------- IP3
MAILS.append(dict(
    key="IP3", expect="pass", kind="benign.lookalike_number",
    why="代理店コード・証券番号・計上番号・法人番号など番号は多いが、個人の識別番号ではなく契約者名も書かれていない。",
    **{"from": TAJIMA}, to=["あおば損保 代理店ヘルプデスク <agency-helpdesk@aoba-sonpo.co.jp>"],
    subject="計上エラーの件（代理店コード 31-4471-02）",
    text="""代理店ヘルプデスク ご担当者様

お世話になっております。株式会社ミライ保険サービスの田島です。
代理店システムでの計上時に、以下のエラーが出て先に進めません。

　代理店コード：31-4471-02
　証券番号　　：A2507-318846
　計上番号　　：2508-00417
　エラーコード：E-4021「始期日が計上期間外です」
　発生日時　　：2025/09/04 10:32

始期日は9月1日で、8月中に申込書を受領しているため、計上期間内のはずです。
システム側の締め日設定の問題ではないかと思うのですが、ご確認いただけますでしょうか。

ご参考：弊社の法人番号 1030001098765、適格請求書発行事業者登録番号 T1030001098765
（先月、手数料明細の宛名確認でお問い合わせがあったため念のため）
""" + SIG_TAJIMA,
))

# ---------------------------------------------------------------- IP4
MAILS.append(dict(
    key="IP4", expect="pass", kind="benign.masked_card",
    why="カード番号は下4桁以外マスクされており、送信先もカード名義人である契約者本人。",
    **{"from": TAJIMA}, to=["小池 直樹 <naoki.koike@outlook.jp>"],
    subject="Re: 保険料のお支払い方法の変更について",
    text="""小池 直樹 様

お問い合わせありがとうございます。ミライ保険サービスの田島です。
お支払い方法のクレジットカードへの変更手続きが完了しました。

　変更前：口座振替
　変更後：クレジットカード（VISA ****-****-****-4832）
　適用　：11月分の保険料から

10月分までは、これまでどおり口座からのお引き落としとなります。
カードの有効期限が近づきましたら、更新後のカード情報の登録をお願いすることがございます。
""" + SIG_TAJIMA + """

> 田島様
> 保険料の支払いをカード払いにしたいのですが、手続き方法を教えてください。
> 小池
""",
))

# ---------------------------------------------------------------- IP5
MAILS.append(dict(
    key="IP5", expect="pass", kind="benign.meeting",
    why="保険会社担当者との代理店会議・勉強会の日程調整で、個人情報は含まれない。",
    **{"from": IWASAKI}, to=[KIMURA], cc=["尾崎 課長 <t-ozaki@aoba-sonpo.co.jp>"],
    subject="10月の代理店会議・勉強会の件",
    text="""木村様
（cc：尾崎課長）

お世話になっております。岩崎です。
10月の代理店会議について、弊社の出席者と勉強会のテーマのご希望をお伝えします。

　出席：岩崎、田島（2名）
　テーマ希望：
　　1. 改定後の車両保険の免責金額の考え方
　　2. 高齢ドライバー向け特約の販売状況（他代理店の事例があれば）
　　3. 事故受付のオンライン化について

日程は10月16日（木）か21日（火）の午後であれば調整可能です。
会場は前回と同じ支店会議室でしょうか。
よろしくお願いいたします。
""" + SIG_IWASAKI,
))

# ---------------------------------------------------------------- IP6
MAILS.append(dict(
    key="IP6", expect="pass", kind="benign.inquiry",
    why="A general product question to the insurer's international desk; no customer is named or identifiable.",
    **{"from": IWASAKI}, to=["Rachel Tan <intl-desk@hikari-kaijo.co.jp>"],
    subject="Question on coverage for drivers with International Driving Permits",
    text="""Dear Ms. Tan,

I am Koji Iwasaki from Mirai Hoken Service, an agency in Saitama.
We are getting more enquiries from foreign residents and short-term visitors, and I would like to
confirm a few points about your auto policies before we answer them.

1. If the named insured holds only an International Driving Permit (1949 Geneva Convention),
   is there any restriction on the "age condition" special clause?
2. After one year from entry, an IDP is no longer valid in Japan. If an accident happens after that
   date, do you still pay third-party liability, or is it treated as unlicensed driving?
3. Do you have English versions of the policy summary (重要事項説明書) we could hand out?

No specific customer is involved yet; we want to prepare a standard explanation.
Thank you in advance.

Kind regards,
Koji Iwasaki
""" + SIG_IWASAKI,
))

# ---------------------------------------------------------------- IP7
MAILS.append(dict(
    key="IP7", expect="pass", kind="benign.aggregate_stats",
    why="事故件数・損害率の集計表で、人身事故も件数のみ。個人は特定できない。",
    **{"from": IWASAKI}, to=[YOSHIMURA],
    subject="上期 事故件数・損害率のまとめ",
    text="""吉村様

お世話になっております。岩崎です。
上期（4〜9月）の弊社取扱い分の事故状況をまとめました。
支社会議の資料にお使いください。

種別	件数	前年同期	支払保険金（千円）
対人（人身事故）	7	9	18,420
　うち重傷	1	2	
対物	23	21	9,870
車両	41	38	22,315
人身傷害	5	6	4,120
合計	76	74	54,725

損害率（上期）：52.3%（前年同期 56.8%）
高齢ドライバー（75歳以上）の事故：6件（全体の7.9%）

下期は自転車事故の個人賠償の案内を強化する予定です。
""" + SIG_IWASAKI,
))

# ---------------------------------------------------------------- IP8
bcc_ins = [
    "yumi.sakamoto.77@gmail.com", "naoki.koike@outlook.jp", "h.oumi@docomo.ne.jp", "noriko.ozawa@ezweb.ne.jp",
    "kosuke.haneda@gmail.com", "kayo.miyamoto@yahoo.co.jp", "jiayi.wong@gmail.com", "k-tomioka@nifty.com",
    "r.murai@icloud.com", "t.maeda1979@gmail.com", "okada.fam@ybb.ne.jp", "emiko.ohno@ocn.ne.jp",
    "misaki.kobayashi.u@gmail.com", "hasegawa.naoto@au.com", "takeshi.ueda@outlook.jp", "chie.yamane@gmail.com",
    "s.kurihara@biglobe.ne.jp", "a.nomura@softbank.ne.jp", "kenta.ishii@gmail.com", "y-arai@ezweb.ne.jp",
]
MAILS.append(dict(
    key="IP8", expect="pass", kind="benign.bcc_many",
    why="契約者20名への一斉案内だが全員Bccで、本文も一般的な補償内容の案内のみ。",
    **{"from": TAJIMA}, to=[TAJIMA], bcc=bcc_ins,
    subject="【ミライ保険サービス】台風・大雨シーズン前に、車両保険の補償内容をご確認ください",
    text="""ご契約者の皆さま

いつもミライ保険サービスをご利用いただき、ありがとうございます。
台風や大雨が多くなる季節を前に、お車の補償についてご案内いたします。

■台風・洪水による車の被害は「車両保険」の対象です
　冠水・飛来物による損傷などは、車両保険にご加入の場合に補償されます。
　（エコノミー型・一般型のいずれも対象です）
■冠水した車は、エンジンをかけないでください
　感電や故障拡大のおそれがあります。まずは弊社またはロードサービスへご連絡ください。
■ご自身の補償内容がわからない場合
　お電話（048-640-7721）またはこのメールへのご返信でお問い合わせください。

※本メールは弊社でメール配信にご同意いただいたご契約者の皆さまにお送りしています。
""" + SIG_TAJIMA,
))

# ---------------------------------------------------------------- IP9
MAILS.append(dict(
    key="IP9", expect="pass", kind="benign.template_dummy",
    why="Web制作会社への入力例差し替え依頼で、氏名・電話・証券番号・免許証番号はいずれも明らかなダミー値。",
    **{"from": TAJIMA}, to=["ウェブクラフト大宮 制作担当 島田 <shimada@webcraft-omiya.jp>"],
    subject="事故受付フォーム 入力例の差し替えについて",
    text="""ウェブクラフト大宮
島田様

お世話になっております。ミライ保険サービスの田島です。
事故受付フォームの入力例（プレースホルダー）について、以下のとおり差し替えをお願いします。
実在しそうな値だとお客さまが混乱するため、明らかにダミーとわかるものにしたいです。

　項目　　　　　現在　　　　　　　　　→　変更後
　お名前　　　　山田 太郎　　　　　　→　保険 太郎
　電話番号　　　090-1234-5678　　　　→　000-0000-0000
　証券番号　　　A2501-123456　　　　→　（例）A0000-000000
　免許証番号　　123456789012　　　　 →　入力欄ごと削除（収集しない方針になりました）
　事故日時　　　2025/01/01 10:00　　 →　変更なし

免許証番号の欄を削除する件は、先日の打合せで決まった内容です。
公開予定日（10月1日）に変更はありません。
""" + SIG_TAJIMA,
))

# ---------------------------------------------------------------- IP10
MAILS.append(dict(
    key="IP10", expect="pass", kind="benign.corporate_account",
    why="代理店の法人名義の保険料収納口座を法人顧客へ案内しているもので、個人の口座ではない。",
    **{"from": IWASAKI}, to=["荒井 大輔 <d-arai@omiya-logitech.co.jp>"],
    subject="フリート契約 保険料のお振込先について",
    text="""株式会社大宮ロジテック
総務部 荒井様

いつもお世話になっております。ミライ保険サービスの岩崎です。
10月1日更新のフリート契約（車両18台）の保険料について、お振込先をご案内いたします。

　保険料合計：2,184,600円（年払）
　お振込期限：9月30日（火）
　お振込先　：むさし野銀行 大宮支店 普通 2345678
　　　　　　　カ）ミライホケンサービス ホケンリョウグチ
　　　　　　　（弊社の保険料専用口座です）

振込手数料は恐れ入りますが御社にてご負担をお願いいたします。
領収証が必要でしたら、お申し付けください。
""" + SIG_IWASAKI,
))
