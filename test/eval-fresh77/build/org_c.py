"""(C) 株式会社翔栄アカデミー 本部 — head office of a cram-school chain, Tokyo."""
from common import (mail, addr, att, enc_zip, P, csv_text, quote, mynumber, grp4, jan13)

ORG = "C"
NAME = "株式会社翔栄アカデミー"
DOMAIN = "shoei-academy.example.co.jp"

ISHIGURO = addr("石黒 剛", "ishiguro@" + DOMAIN)
FUJIMOTO = addr("藤本 真理子", "fujimoto@" + DOMAIN)
MIURA = addr("三浦 拓海", "miura@" + DOMAIN)

SIG_ISHIGURO = """
━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社翔栄アカデミー
教室運営部 部長　石黒 剛
〒170-0099 東京都豊島区南池袋9-9-9 翔栄ビル5F
TEL：03-0000-5500　FAX：03-0000-5501
Mail：ishiguro@shoei-academy.example.co.jp
「翔栄ゼミ」「個別指導ショウエイ」首都圏68教室
━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_FUJIMOTO = """
--------------------------------------------------
株式会社翔栄アカデミー　人事部 人事労務グループ
藤本 真理子（Mariko Fujimoto）
TEL 03-0000-5520（直通）
fujimoto@shoei-academy.example.co.jp
--------------------------------------------------
【機密】本メールおよび添付ファイルは、宛先に記載された方のみを対象としています。
万一誤って受信された場合は、直ちに削除のうえ送信者までご連絡ください。
"""

SIG_MIURA = """
三浦 拓海 / Takumi Miura
広報・マーケティング部 / PR & Marketing
株式会社翔栄アカデミー / Shoei Academy Inc.
M: 080-0000-4421  T: 03-0000-5530
https://www.shoei-academy.example.co.jp
"""

MAILS = []
add = MAILS.append

# ====================================================================== HOLDS
# ---- body 1: injured pupil's diagnosis to the insurer
add(mail(
    "ishiguro", "body", "hold", "sensitive.student_injury_insurer",
    "Gives a named 13-year-old pupil's fracture diagnosis and his parent's contact to an outside insurer.",
    ISHIGURO, [addr("東洋あさひ損害保険 学習塾総合保険 事故受付 宮本様", "miyamoto@toyo-asahi-sonpo.example.co.jp")],
    "【事故報告】翔栄ゼミ 練馬教室 生徒転倒事故（証券番号 GJ-2201-55810）",
    """
東洋あさひ損害保険株式会社
事故受付センター 宮本様

いつもお世話になっております。
株式会社翔栄アカデミー 教室運営部の石黒です。
下記のとおり、教室内での生徒の事故について報告いたします。

証券番号：GJ-2201-55810（学習塾総合保険）
発生日時：2025年5月27日（火）19:50頃
発生場所：翔栄ゼミ 練馬教室（練馬区豊玉北9-9-9 2F）階段

被害生徒：中川 悠真（なかがわ ゆうま）くん　中学2年（13歳）
保護者：中川 沙織 様（母）　携帯 090-0000-8247

状況：
休み時間に2階から1階の自習室へ移動する際、階段の最後の3段で足を踏み外して転倒。
右手をついた際に負傷。教室長が保冷剤で冷やし、保護者に連絡のうえ、
保護者の車で練馬北整形外科を受診。

診断：右橈骨遠位端骨折（全治約6週間、ギプス固定）
※5月29日に保護者様から診断書の写しをお預かりしています。

階段の滑り止めが一部剥がれていたことが判明しており、翌日に補修済みです。
保護者様には治療費のご負担についてご説明が必要ですので、
必要書類と今後の流れをご教示いただけますでしょうか。
""" + SIG_ISHIGURO,
    personal=[P("name", "中川 悠真"), P("name", "中川 沙織"), P("phone", "090-0000-8247"),
              P("health", "右橈骨遠位端骨折")],
))

# ---- body 2: lecturer's adjustment-disorder leave to the occupational physician
add(mail(
    "fujimoto", "body", "hold", "sensitive.mental_health_to_physician",
    "Sends a named lecturer's adjustment-disorder diagnosis and leave details to the outside contracted physician.",
    FUJIMOTO, [addr("山吹産業保健事務所 産業医 北条 先生", "hojo@yamabuki-ohs.example.jp")],
    "休職中社員の復職面談のお願い",
    """
北条先生

いつも大変お世話になっております。翔栄アカデミー人事部の藤本です。
休職中の社員について、復職に向けた面談をお願いしたくご連絡いたしました。

対象者：長尾 圭介（社員番号 S-10482、翔栄ゼミ 大宮教室 専任講師、34歳）
休職期間：2025年2月1日〜（当初予定 5月31日まで）
傷病名：適応障害（抑うつ状態）※主治医 さいたま中央メンタルクリニック

経過：
・昨年度の冬期講習期間中、月の時間外労働が80時間を超える状態が続いていました。
・1月中旬から欠勤が増え、主治医の診断書により2月から休職。
・5月20日付の主治医意見書では「6月より短時間勤務での復職可」とされています。
・ご本人は授業担当への復帰を希望していますが、上長は教室長業務の軽減を検討中です。

6月3日（火）または5日（木）の午後に、オンラインで30分ほど面談をお願いできますでしょうか。
主治医意見書の写しは面談前に郵送いたします。
""" + SIG_FUJIMOTO,
    personal=[P("name", "長尾 圭介"), P("health", "適応障害（抑うつ状態）"), P("employee_id", "S-10482")],
))

# ---- body 3: part-time lecturer's arrest to the company lawyer
add(mail(
    "ishiguro", "body", "hold", "sensitive.criminal_arrest_lawyer",
    "Reports a named part-time lecturer's arrest on a voyeurism charge to the outside lawyer.",
    ISHIGURO, [addr("桜田通り法律事務所 弁護士 片岡 先生", "kataoka@sakuradadori-law.example.jp")],
    cc=[addr("桜田通り法律事務所 秘書 松井様", "matsui@sakuradadori-law.example.jp")],
    subject="至急のご相談（講師の逮捕について）",
    text="""
片岡先生

お世話になっております。翔栄アカデミーの石黒です。
至急ご相談したい事案が発生しましたので、取り急ぎ概要をお送りします。

本日（6月9日）午前、浦和警察署から連絡があり、
翔栄ゼミ 浦和教室のアルバイト講師 浜田 翔（22歳、大学4年、2023年4月採用）が、
昨日夜、駅構内でのスマートフォンによる盗撮（県迷惑防止条例違反）の容疑で
逮捕されたとのことです。

・教室内での事案ではない、との説明を受けています。
・浜田は中学3年生の数学・理科を担当しており、担当生徒は14名です。
・本人とはまだ連絡が取れていません。ご家族（父親）からは午前中に電話がありました。

ご相談したい点：
1. 本人との雇用契約の扱い（自宅待機・解雇の判断時期）
2. 担当生徒の保護者への説明の要否と範囲
3. 報道があった場合の会社としてのコメント
4. 教室内での同種行為の有無の調査方法

本日夕方以降、お電話でご相談できる時間をいただけますでしょうか。
""" + SIG_ISHIGURO,
    personal=[P("name", "浜田 翔"), P("criminal", "盗撮（県迷惑防止条例違反）の容疑")],
))

# ---- attachment 1: mock-exam scores of named pupils to the test vendor
MOSHI_ROWS = [
    ["N-0412", "赤坂 瑠奈", "練馬第三中", "3", "72", "58", "81", "211", "55.8"],
    ["N-0413", "伊東 湊", "練馬第三中", "3", "48", "39", "52", "139", "41.2"],
    ["N-0418", "宇野 芽依", "豊玉中", "3", "88", "91", "85", "264", "66.7"],
    ["N-0420", "江藤 晴", "開進第二中", "3", "61", "70", "66", "197", "52.9"],
    ["N-0425", "大塚 莉子", "豊玉中", "3", "35", "28", "47", "110", "35.4"],
    ["N-0431", "柏原 奏太", "中村中", "3", "79", "83", "74", "236", "61.0"],
    ["N-0433", "菊池 心春", "開進第二中", "3", "54", "62", "70", "186", "50.6"],
]
add(mail(
    "ishiguro", "attachment", "hold", "list.mock_exam_scores",
    "The attachment lists named pupils with their schools and mock-exam scores for an outside test vendor.",
    ISHIGURO, [addr("首都圏学力テスト研究会 データ課 小池様", "data@shutoken-gakuryoku.example.co.jp")],
    "6月公開模試 練馬教室分データ送付",
    """
首都圏学力テスト研究会
データ課 小池様

お世話になっております。翔栄アカデミー教室運営部の石黒です。
6月公開模試の練馬教室分の成績データを添付いたします。
マークシートの読み取りエラーが2件あったため、手入力で補正しています。

志望校判定の帳票作成をよろしくお願いいたします。
""" + SIG_ISHIGURO,
    attachments=[att("公開模試202506_練馬.csv", csv_text(
        ["受験番号", "氏名", "在籍中学", "学年", "国語", "数学", "英語", "合計", "偏差値"], MOSHI_ROWS))],
    personal=[P("name", "伊東 湊"), P("school", "練馬第三中"), P("name", "大塚 莉子"), P("score", "35.4"),
              P("name", "宇野 芽依")],
))

# ---- attachment 2: a candidate's résumé forwarded to a franchise owner
add(mail(
    "fujimoto", "attachment", "hold", "personal.resume_to_franchisee",
    "A candidate's full résumé (birth date, address, phone, history) goes to a franchisee, a separate company.",
    FUJIMOTO, [addr("ミライ教育企画 代表 安西様", "anzai@mirai-kyoiku.example.co.jp")],
    "所沢教室 教室長候補の方の書類",
    """
有限会社ミライ教育企画
安西 社長

お世話になっております。翔栄アカデミー人事部の藤本です。
先日お話しした所沢教室の教室長候補の方の書類をお送りします。
本部の一次面接の評価は良好でした。

二次面接を安西社長にお願いできればと思いますので、
ご都合のよい日程を2〜3ついただけますでしょうか。
""" + SIG_FUJIMOTO,
    attachments=[att("履歴書_職務経歴書.pdf", """
履 歴 書　　　　　　　　　　2025年5月18日現在
ふりがな　たかみ ゆうすけ
氏名　高見 祐介
生年月日　1988年9月3日（満36歳）　男
現住所　〒359-0099 埼玉県所沢市東住吉9-12-5 グランメゾン所沢604
電話　090-0000-7264
E-mail　y.takami.0903@gmail.com

学歴・職歴
2007年3月　埼玉県立所沢東高等学校 卒業
2011年3月　武蔵野台大学 教育学部 卒業
2011年4月　株式会社あおば進学会 入社（集団指導 数学担当）
2017年4月　同社 新座教室 教室長
2022年10月　同社 退職（家族の介護のため）
2023年1月　個人で家庭教師として活動（現在に至る）

免許・資格
中学校教諭一種免許状（数学）、普通自動車第一種運転免許

志望動機
地元の所沢で、子どもたちが自分で学ぶ力を身につけられる教室を作りたいと考えています。
父の介護が落ち着いたため、フルタイムでの勤務が可能になりました。

本人希望記入欄
年収 480万円以上を希望。通勤は自家用車を希望。
""")],
    personal=[P("name", "高見 祐介"), P("birthdate", "1988年9月3日"),
              P("address", "埼玉県所沢市東住吉9-12-5 グランメゾン所沢604"), P("phone", "090-0000-7264"),
              P("email", "y.takami.0903@gmail.com")],
))

# ---- quoted 1: parent's complaint forwarded to the ad agency
add(mail(
    "miura", "quoted", "hold", "personal.parent_complaint_forward",
    "A parent's complaint with her name, address, phone and child's details is forwarded to the flyer agency.",
    MIURA, [addr("アドポスト東京 ポスティング事業部 菅野様", "kanno@adpost-tokyo.example.co.jp")],
    "Fw: チラシの投函について（お問い合わせフォーム）",
    """
菅野さん

お世話になっております。翔栄アカデミーの三浦です。
先週のポスティングについて、下記のご意見がお問い合わせフォームに届きました。
「チラシお断り」のステッカーがあるお宅への投函だったようです。

配布員さんへの指導と、該当エリアの配布ルートの確認をお願いできますか。
お客様には私から謝罪の連絡をしています。

""" + SIG_MIURA + """

> ■お問い合わせ種別：その他（ご意見）
> ■お名前：小西 由香里
> ■ご住所：東京都練馬区旭丘9-3-14
> ■電話番号：03-0000-6539
> ■メールアドレス：yukari.konishi@yahoo.co.jp
> ■お子様：小西 大和（練馬区立旭丘中学校 2年）
> ■内容：
> ポストに「チラシお断り」と貼っているのに、毎週のように翔栄ゼミさんのチラシが入っています。
> 息子が以前体験授業に行ったことがあるので、個人情報がどう使われているのかも不安です。
> 今後一切入れないでください。改善されない場合は消費者センターに相談します。
""",
    personal=[P("name", "小西 由香里"), P("address", "東京都練馬区旭丘9-3-14"), P("phone", "03-0000-6539"),
              P("email", "yukari.konishi@yahoo.co.jp"), P("name", "小西 大和")],
))

# ---- quoted 2: lecturer's My Number quoted in a reply to the labour consultant
MN_SHIMIZU = mynumber("71920465830")
MN_SHIMIZU_WIFE = mynumber("62037148591")
add(mail(
    "fujimoto", "quoted", "hold", "id.mynumber_quoted",
    "The top is a short reply, but the quoted classroom mail carries a new lecturer's and his wife's My Numbers and pension number.",
    FUJIMOTO, [addr("ひかり社会保険労務士法人 手続担当 吉村様", "yoshimura@hikari-sr.example.jp")],
    "Re: 6月入社 専任講師の資格取得届について",
    """
吉村様

お世話になっております。藤本です。
ご依頼の件、大宮教室の教室長から届いた内容を下にそのままお付けします。
健康保険の被扶養者異動届もあわせてお願いいたします。

""" + SIG_FUJIMOTO + """

> 差出人: 今泉 智也（大宮教室 教室長）
> 送信日時: 2025年6月2日 13:20
> 宛先: 人事部 藤本
> 件名: 清水先生の入社書類
>
> 藤本さん
>
> 6/1入社の清水先生の書類、本人から受け取りました。必要事項を書きます。
>
> 氏名：清水 航平（しみず こうへい）　1994年2月18日生
> 住所：さいたま市大宮区堀の内町9-5-2
> マイナンバー：%s
> 基礎年金番号：4201-338917
> 前職：株式会社みらい進学ゼミ（2024年12月退職）
> 扶養：妻 清水 加奈（1995年6月9日生、パート 年収90万円程度）
> 　妻のマイナンバー：%s
>
> 原本（通知カードのコピー）は社内便で送ります。
> 今泉
""" % (grp4(MN_SHIMIZU, " "), grp4(MN_SHIMIZU_WIFE, " ")),
    personal=[P("name", "清水 航平"), P("mynumber", grp4(MN_SHIMIZU, " ")), P("pension_number", "4201-338917"),
              P("name", "清水 加奈"), P("mynumber", grp4(MN_SHIMIZU_WIFE, " ")),
              P("address", "さいたま市大宮区堀の内町9-5-2")],
))

# ---- subject only: welfare status of a named pupil
add(mail(
    "ishiguro", "subject", "hold", "sensitive.subject_welfare_status",
    "The subject names a pupil and states that her household receives public assistance; the body is neutral.",
    ISHIGURO, [addr("星見市 子ども家庭課 学習支援係 岩井様", "gakushushien@city-hoshimi.example.lg.jp")],
    "田村 ひなたさん（生活保護受給世帯）学習支援事業 5月出席報告",
    """
星見市 子ども家庭課
学習支援係 岩井様

いつもお世話になっております。翔栄アカデミー教室運営部の石黒です。
標記の件、所定の様式にて報告いたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_ISHIGURO,
    personal=[P("name", "田村 ひなた"), P("social_status", "生活保護受給世帯")],
))

# ---- zip: plain zip with a mailing list inside, to the mailing house
DM_ROWS = [
    ["170-0099", "東京都豊島区西池袋9-2-8", "荒木 陽斗", "保護者様", "小6", "体験2024冬"],
    ["171-0099", "東京都豊島区高松9-11-3-305", "石原 さくら", "保護者様", "中1", "資料請求"],
    ["176-0099", "東京都練馬区桜台9-6-21", "岡野 颯", "保護者様", "中2", "体験2025春"],
    ["176-0099", "東京都練馬区豊玉上9-4-9", "片山 結菜", "保護者様", "小5", "退塾2024"],
    ["179-0099", "東京都練馬区光が丘9-1-1-812", "木下 朝陽", "保護者様", "中3", "体験2025春"],
    ["173-0099", "東京都板橋区大山町9-30-2", "久保田 真央", "保護者様", "小6", "資料請求"],
    ["174-0099", "東京都板橋区前野町9-15-10", "近藤 樹", "保護者様", "中1", "体験2024夏"],
]
add(mail(
    "ishiguro", "zip", "hold", "list.zip_dm_address_list",
    "A plain zip holds a mailing list of children's names, home addresses, grades and past contact reason.",
    ISHIGURO, [addr("ダイレクトメール・サービス東京 制作進行 野村様", "nomura@dms-tokyo.example.co.jp")],
    "夏期講習DM　宛名データ入稿",
    """
ダイレクトメール・サービス東京
野村様

お世話になっております。翔栄アカデミーの石黒です。
夏期講習DMの宛名データを入稿いたします（豊島・練馬・板橋エリア 計3,812件）。
圧縮ファイルに宛名リストと差込み指示書を入れています。

発送日は6月23日（月）でお願いします。
""" + SIG_ISHIGURO,
    attachments=[
        att("DM宛名_2025夏期.zip", "DM宛名_2025夏期.zip の内容:\n宛名リスト_2025夏期.csv\n差込み指示書.pdf\n", "application/zip"),
        att("DM宛名_2025夏期.zip/宛名リスト_2025夏期.csv", csv_text(
            ["郵便番号", "住所", "生徒氏名", "敬称", "学年", "接点区分"], DM_ROWS)),
        att("DM宛名_2025夏期.zip/差込み指示書.pdf",
            "差込み指示書\n宛名面：郵便番号・住所・「生徒氏名＋保護者様」\n文面A：小学生用、文面B：中学生用\n退塾2024の方には文面C（再入塾特典付き）を使用\n"),
    ],
    personal=[P("name", "荒木 陽斗"), P("address", "東京都豊島区西池袋9-2-8"), P("name", "木下 朝陽"),
              P("address", "東京都練馬区光が丘9-1-1-812"), P("name", "片山 結菜")],
))

# ---- recipients: parents' private addresses in To
PARENTS_TO = [
    addr("青木様", "aoki.family.urawa@gmail.com"),
    addr("石田 真由美", "mayumi.ishida@yahoo.co.jp"),
    addr("上野 健", "ken.ueno1979@outlook.com"),
    addr("遠藤", "endo.h.0412@gmail.com"),
    addr("岡田 典子", "noriko_okada@yahoo.co.jp"),
    addr("加藤 祐一", "yuichi.kato.saitama@gmail.com"),
    addr("木村", "kimura-home@outlook.com"),
    addr("工藤 恵", "megumi.kudo@yahoo.co.jp"),
    addr("小林 智子", "tomoko.kobayashi.88@gmail.com"),
    addr("佐々木 学", "manabu.sasaki@outlook.com"),
    addr("鈴木 美香", "mika.suzuki.urawa@yahoo.co.jp"),
    addr("高橋", "takahashi.family2012@gmail.com"),
    addr("千葉 亮", "ryo.chiba@outlook.com"),
]
add(mail(
    "miura", "recipients", "hold", "recipients.parents_in_to",
    "Thirteen parents' private addresses are put visibly in To instead of BCC.",
    MIURA, PARENTS_TO,
    "【翔栄ゼミ 浦和教室】中3保護者会 日程変更のお知らせ",
    """
中学3年生 保護者の皆様

いつも翔栄ゼミ浦和教室をご利用いただき、ありがとうございます。
6月14日（土）に予定しておりました中3保護者会ですが、
会場の都合により、下記のとおり日程を変更させていただきます。

　変更前：6月14日（土）14:00〜15:30
　変更後：6月21日（土）14:00〜15:30
　会場：浦和駅前 翔栄ビル 3階ホール（変更なし）

内容：夏期講習のご案内、2026年度 埼玉県公立高校入試の傾向と対策

ご出欠は、お子様にお渡しするプリントでお知らせください。
ご迷惑をおかけし申し訳ございませんが、何卒よろしくお願いいたします。

翔栄ゼミ 浦和教室／本部 広報・マーケティング部
""" + SIG_MIURA,
))

# ====================================================================== PASSES
add(mail(
    "miura", "attachment", "pass", "benign.english_press_release",
    "An English press-release draft with an overseas partner; names only executives and a public official quoted publicly.",
    MIURA, [addr("Grace Lim (LearnBridge)", "grace.lim@learnbridge.example.com")],
    cc=[addr("Daniel Ong (LearnBridge)", "daniel.ong@learnbridge.example.com")],
    subject="Draft press release - Shoei x LearnBridge partnership (v2)",
    text="""
Hi Grace, Daniel,

Thanks for the quick turnaround yesterday. Attached is v2 of the joint press release.
Changes from v1:
- Added the quote from our CEO, Mr. Kazuhiro Shoda, in paragraph 3
- Replaced "AI tutor" with the product name "HARUKA" (ハルカ) throughout
- Removed the student testimonial, as we have not yet received parental consent for publication

Could you confirm your CEO's title and the Singapore office address by Friday?
We plan to release on 1 July at 10:00 JST, embargoed until then.

Best regards,
Takumi
""" + SIG_MIURA,
    attachments=[att("PR_Shoei_LearnBridge_v2.docx", """
FOR IMMEDIATE RELEASE (EMBARGOED UNTIL 1 JULY 2025, 10:00 JST)

Shoei Academy and LearnBridge Partner to Bring AI Tutor "HARUKA" to 68 Classrooms in Greater Tokyo

TOKYO / SINGAPORE - Shoei Academy Inc., operator of the "Shoei Zemi" cram-school chain, and
LearnBridge Pte. Ltd. today announced a partnership to deploy the AI learning assistant
HARUKA across all 68 Shoei classrooms from September 2025.

"Our lecturers will spend less time marking and more time with each student," said
Kazuhiro Shoda, CEO of Shoei Academy.

The initiative follows the Ministry of Education's GIGA School program, which has put a device
in the hands of every elementary and junior-high school student in Japan.

Media contact: PR & Marketing, Shoei Academy Inc. / pr@shoei-academy.example.co.jp
""")],
))

add(mail(
    "miura", "body", "pass", "benign.results_aggregate",
    "Admission results as counts by school for an ad; no student is named.",
    MIURA, [addr("広告企画ビーコン 制作 鳥居様", "torii@beacon-ad.example.co.jp")],
    "2025年度 合格実績（チラシ・Web掲載用）確定版",
    """
鳥居様

お世話になっております。翔栄アカデミーの三浦です。
2025年度の合格実績が確定しましたので、掲載用の数字をお送りします。
（すべて在籍生のみ、講習のみ受講者は含めていません）

【高校入試】
　都立日比谷　7名 ／ 都立西　11名 ／ 都立国立　5名
　都立戸山　14名 ／ 都立青山　9名
　県立浦和　12名 ／ 県立浦和第一女子　10名 ／ 県立大宮　16名
　私立難関（早慶附属・MARCH附属）　合計 96名
【中学入試】
　御三家　合計 8名 ／ 早慶附属中　合計 13名
【在籍生 公立トップ校合格率】 62.4%（前年 58.1%）

注記：「合格者数は2025年3月31日時点で在籍していた生徒のみ集計」を必ず入れてください。
個人名・顔写真入りの合格体験記は、今年は使用しない方針です。
""" + SIG_MIURA,
))

add(mail(
    "fujimoto", "body", "pass", "benign.offer_to_candidate_self",
    "An interview invitation sent to the candidate herself at her own address.",
    FUJIMOTO, [addr("宮田 遥", "haruka.miyata.0615@gmail.com")],
    "最終面接のご案内（株式会社翔栄アカデミー）",
    """
宮田 遥 様

このたびは株式会社翔栄アカデミーの新卒採用にご応募いただき、誠にありがとうございます。
人事部の藤本です。

二次面接の結果、宮田様には最終面接にお進みいただくことになりました。
下記の日程でお越しいただけますでしょうか。

　日時：6月12日（木）15:00〜16:00
　場所：本社 5階 第1会議室（東京都豊島区南池袋9-9-9 翔栄ビル）
　面接官：代表取締役 正田、教室運営部長 石黒
　持ち物：筆記用具、模擬授業用の板書案（中学2年 数学「連立方程式」10分程度）

交通費は当日、規定によりお支払いします（領収書は不要です）。
ご都合が合わない場合は、6月9日までにご返信ください。

お会いできるのを楽しみにしております。
""" + SIG_FUJIMOTO,
))

def _isbn(body9):
    full = jan13("978400" + body9[3:])
    return "978-4-00-%s-%s" % (full[6:12], full[12])


ISBN_ROWS = [
    ["中学数学 基礎トレーニング 2年", _isbn("400000412"), "1910037012002", "420"],
    ["中学英語 長文読解 完全攻略", _isbn("400000518"), "1920037014007", "380"],
    ["高校入試 過去問 埼玉県公立 2026年度用", _isbn("400000733"), "1930037018508", "260"],
    ["小学5年 算数 ハイレベル問題集", _isbn("400000296"), "1910037010008", "150"],
]
add(mail(
    "ishiguro", "attachment", "pass", "benign.textbook_order_isbn",
    "A textbook order with ISBN and book codes; the long numbers are product codes.",
    ISHIGURO, [addr("教育図書販売 塾部門 受注係", "juku@kyoiku-tosho.example.co.jp")],
    "夏期講習教材 発注（注文番号 SA-2025-S-0144）",
    """
教育図書販売株式会社
塾部門 受注係 御中

いつもお世話になっております。翔栄アカデミー教室運営部の石黒です。
夏期講習用教材を添付のとおり発注いたします。
納品は7月1日（火）までに本部倉庫（板橋区）へ一括でお願いします。
教室への仕分けは当方で行います。
""" + SIG_ISHIGURO,
    attachments=[att("発注書_SA-2025-S-0144.xlsx", csv_text(["書名", "ISBN", "書籍JANコード", "冊数"], ISBN_ROWS))],
))

add(mail(
    "ishiguro", "body", "pass", "benign.malware_infection_it",
    "Malware infection (感染) and isolation (隔離) of a classroom PC, an IT incident with hashes; no personal data exposed.",
    ISHIGURO, [addr("クラウドラーン サポート 藤井様", "fujii@cloudlearn.example.co.jp")],
    cc=[addr("翔栄アカデミー 情報システム課", "it@shoei-academy.example.co.jp")],
    subject="【至急】教室PCのマルウェア感染とオンライン授業システムの障害について",
    text="""
クラウドラーン株式会社
サポート 藤井様

お世話になっております。翔栄アカデミーの石黒です。
本日発生した件について、状況を共有いたします。

1. 川口教室の講師用PC（資産番号 SA-PC-0381）で、ウイルス対策ソフトがマルウェア感染を検知しました。
　 検体：invoice_0612.xlsm（SHA-256: 9b1e4c07d2a3f58e6c0b7a19d4e2f3c5a8b6d0e1f2a3b4c5d6e7f8091a2b3c4d）
　 当該PCはLANから切り離して隔離済み、情報システム課が調査中です。
2. 同時刻（14:10頃）から、オンライン授業システムで川口・蕨の2教室が接続できない障害が発生しています。
　 エラーコード：CL-AUTH-429

1と2が関連しているかは不明ですが、念のため川口教室の教室アカウント（kawaguchi-01）の
パスワードリセットとセッションの強制ログアウトをお願いできますでしょうか。
感染したPCからシステムへログインした履歴があるかもご確認ください。

17時からの授業に間に合うよう、対応状況をご連絡いただけると助かります。
""" + SIG_ISHIGURO,
))

add(mail(
    "fujimoto", "body", "pass", "benign.disability_employment_rate",
    "Company-wide disability employment figures as aggregates for the annual report; nobody is named.",
    FUJIMOTO, [addr("ひかり社会保険労務士法人 吉村様", "yoshimura@hikari-sr.example.jp")],
    "障害者雇用状況報告（6月1日時点）の数値について",
    """
吉村様

いつもお世話になっております。藤本です。
6月1日時点の障害者雇用状況報告の数値がまとまりましたので、ご確認をお願いします。

・常用労働者数：412名（短時間労働者 186名を含む）
・算定基礎労働者数：319.0
・法定雇用率 2.5% による雇用義務数：7名
・障害者である労働者の数（算定後）：8.5
・実雇用率：2.66%

昨年度は1名不足でしたが、本部の事務センターで2名採用できたため達成の見込みです。
来年度の法定雇用率引上げ（2.7%）に向けた計画も、7月の定例でご相談させてください。
""" + SIG_FUJIMOTO,
))

add(mail(
    "ishiguro", "body", "pass", "benign.religious_corp_landlord",
    "A lease negotiation where the landlord is a 宗教法人; it is a business party, not a person's belief.",
    ISHIGURO, [addr("東和不動産管理 賃貸管理部 西田様", "nishida@towa-fudosan.example.co.jp")],
    "赤羽新教室 賃貸借契約書（案）へのコメント",
    """
東和不動産管理株式会社
賃貸管理部 西田様

お世話になっております。翔栄アカデミーの石黒です。
赤羽の新教室（赤羽北9-9-9 光明寺会館ビル 2階）の契約書案を拝見しました。
コメントを下記にまとめます。

1. 貸主「宗教法人 光明寺」様の表記について、代表役員のお名前の記載が必要か確認させてください。
2. 第8条（用途）：「学習塾」に加え「模擬試験会場」としての使用も可としていただけますか。
3. 第12条（原状回復）：防音パーティションの撤去費用の負担区分を明記したいです。
4. 第15条：お盆・お彼岸期間の駐車場の利用制限について、授業時間帯（16〜22時）への影響を教えてください。

開校は2026年2月を予定しております。
ご住職にも、教室の騒音や自転車の駐輪についてよろしくお伝えください。
""" + SIG_ISHIGURO,
))

add(mail(
    "fujimoto", "body", "pass", "benign.lecturer_own_fee_masked",
    "Tells an outside lecturer his own fee with his bank account masked.",
    FUJIMOTO, [addr("鷲尾 聡 先生", "s.washio@outlook.com")],
    "講演謝金のお支払いについて（6月7日 保護者向けセミナー）",
    """
鷲尾 聡 先生

先日は保護者向けセミナー「中学生の睡眠と学習習慣」にご登壇いただき、
誠にありがとうございました。アンケートでも大変好評でした。

謝金のお支払いについてご連絡いたします。
　謝金：50,000円（源泉所得税 5,105円を控除し、44,895円をお振込み）
　お振込日：6月30日（月）
　お振込先：ご登録の口座（〇〇銀行 〇〇支店 普通 ****567）

支払調書は来年1月にお送りします。
今後ともどうぞよろしくお願いいたします。
""" + SIG_FUJIMOTO,
))

TEST_CARD = "4111 1111 1111 1111"
add(mail(
    "miura", "body", "pass", "benign.test_card_dev_minutes",
    "Minutes of a payment-system development meeting; the Luhn-valid card is the public test card for the sandbox.",
    MIURA, [addr("ネクサスシステムズ 開発 PM 杉山様", "sugiyama@nexus-systems.example.co.jp")],
    cc=[addr("ネクサスシステムズ 開発 近藤様", "kondo@nexus-systems.example.co.jp"),
        addr("翔栄アカデミー 経理 谷口", "taniguchi@shoei-academy.example.co.jp")],
    subject="【議事録】月謝カード決済 第4回定例（6/10）",
    text="""
杉山様、近藤様

本日はありがとうございました。議事録をお送りします。修正があればご指摘ください。

■ 日時：2025年6月10日（火）10:00〜11:00（オンライン）
■ 出席：ネクサスシステムズ 杉山様・近藤様／翔栄 三浦・谷口

1. 検証環境（stg）の状況
　・決済代行のサンドボックスでの継続課金テスト、正常系 42件 OK
　・テストカード %s（有効期限 12/30、CVC 123）で初回課金→翌月課金まで確認済み
　・異常系（残高不足）はテストカード番号末尾0002で確認予定
2. 画面
　・保護者マイページのカード登録画面で、下4桁のみ表示（**** **** **** 1111）とする
　・カード番号は当社DBに保存しない（トークンのみ保存）ことを再確認
3. 今後の予定
　・6/24 UAT開始（教室長3名がテスト）
　・8/1 本番リリース（2学期分の月謝から）

■ 宿題
　・ネクサス：3DセキュアのUAT手順書（6/17まで）
　・翔栄：退塾時のカード情報削除フローの確定（谷口）
""" % TEST_CARD + SIG_MIURA,
))

add(mail(
    "fujimoto", "body", "pass", "benign.employment_verification_consent",
    "A minimal employment verification (dates and title only) given with the employee's written consent.",
    FUJIMOTO, [addr("さくら住宅ローンサービス 審査部 在籍確認担当", "zaiseki@sakura-hl.example.co.jp")],
    "Re: 在籍確認のご依頼（照会番号 ZK-2506-03371）",
    """
さくら住宅ローンサービス株式会社
審査部 在籍確認ご担当者様

お世話になっております。株式会社翔栄アカデミー人事部の藤本です。
ご照会の件、ご本人から提出された同意書（6月4日付）を確認いたしましたので、回答いたします。

　照会番号：ZK-2506-03371
　在籍の有無：在籍しております
　入社年月：2016年4月
　職位：教室長

当社の方針により、年収・勤務状況等については回答を控えさせていただいております。
何卒ご了承ください。
""" + SIG_FUJIMOTO + """

> 株式会社翔栄アカデミー 人事部 御中
> 住宅ローンのお申込みに伴い、下記の方の在籍確認をお願いいたします。
> ご本人の同意書（写し）を添付いたします。
> 照会番号：ZK-2506-03371
> 対象者：池上 雅樹 様（貴社 教室長としてご申告）
""",
))
