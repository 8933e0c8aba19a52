"""(A) 社会福祉法人 あおば福祉会 就労継続支援B型事業所 ひだまり工房 — all data synthetic."""
from common import (mail, att, enc_zip, P, quote, csv_text, mynumber, ean13,
                    houjin_bangou)

ORG = "A"
DOM = "aoba-fukushi.example.or.jp"

MORISHITA = f"森下 智子 <t.morishita@{DOM}>"
KATO = f"ひだまり工房 加藤 <d.kato@{DOM}>"
HASEGAWA = f"長谷川 由美 <y.hasegawa@{DOM}>"

SIG_MORISHITA = f"""
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
社会福祉法人 あおば福祉会
就労継続支援B型事業所 ひだまり工房
サービス管理責任者　森下 智子（もりした ともこ）
〒350-0000 埼玉県さくら台市南台3-0-12
TEL 049-0000-4512 ／ FAX 049-0000-4513
Mail: t.morishita@{DOM}
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
※本メールは送信者が意図した宛先のみを対象としています。
　誤って受信された場合は、お手数ですが削除のうえご連絡ください。
"""

SIG_KATO = """
--
ひだまり工房　生活支援員　加藤 大輔
049-0000-4512（代表）／送迎中は 080-0000-2290
"""

SIG_HASEGAWA = f"""
----------------------------------------
社会福祉法人 あおば福祉会　法人本部 事務
長谷川 由美
〒350-0000 埼玉県さくら台市南台3-0-12
TEL 049-0000-4510（本部直通）
y.hasegawa@{DOM}
----------------------------------------
"""

# outside parties
NOGUCHI = "野口 里美 <noguchi@tsubasa-soudan.example.jp>"
TAMURA = "田村 浩二 <k.tamura@marue-pkg.example.co.jp>"
KOIKE = "小池社会保険労務士事務所 小池 <office@koike-sr.example.jp>"
PAYROLL = "ペイロードサービス 受託担当 <kyuyo-center@payroad.example.co.jp>"
KONISHI = "小西 亮 <r.konishi@step-ikou.example.jp>"
KOTSU = "さくら台交通 配車係 <haisha@sakuradai-kotsu.example.co.jp>"
YOSHIKAWA_MOTHER = "吉川 和代 <kazuyo.yoshikawa77@yahoo.co.jp>"
CITY = "さくら台市 障害福祉課 給付係 <shogai-kyufu@city-sakuradai.example.lg.jp>"
ISHIDA = "石田 誠 <ishida@kyoshin-print.example.co.jp>"
CARENOTE = "ケアノート サポートデスク <support@carenote.example.com>"
ISHIHARA = "石原 蓮 <ren.ishihara.0614@gmail.com>"
SCHOOL = "進路指導部 藤井 <fujii-k@sakuradai-sh.example.ed.jp>"
MICHINOEKI = "道の駅さくら台 売店担当 大塚 <baiten@michinoeki-sakuradai.example.jp>"
MARUE_KEIRI = "丸栄パッケージ 経理部 <keiri@marue-pkg.example.co.jp>"
HIGASHI = "東 由香 <higashi@tsubasa-soudan.example.jp>"


def build():
    M = []

    # ------------------------------------------------------------ HOLD body
    M.append(mail(ORG, "morishita", "body", "hold", "sensitive.mental_health_consultation",
        "A named user's schizophrenia relapse, medication change and disability certificate grade are sent to an outside consultation office.",
        MORISHITA, [NOGUCHI],
        "モニタリング前の状況共有とサービス担当者会議のご相談",
        f"""
つばさ相談室
野口 里美 様

いつも大変お世話になっております。
ひだまり工房の森下です。

来月予定しているモニタリングの前に、岡本 拓海さん（32歳）の最近のご様子を
共有させていただきたく、ご連絡いたしました。

2月の中旬頃から、作業中に独り言が増え、「誰かに見られている」という訴えが
何度かありました。ご本人の了解を得て、主治医のさくら台メンタルクリニック
佐野先生に情報提供したところ、統合失調症の陽性症状の再燃との見立てで、
3月4日からエビリファイが12mgに増量になっています。

増量後は眠気が強く、通所は週4日から週2日に減っております。
精神障害者保健福祉手帳2級、障害支援区分3のままですが、
現在の支給量（月22日）とのずれが大きくなっておりますので、
計画の見直しが必要かと考えております。

つきましては、3月末までにサービス担当者会議を開催できればと思います。
お母様は平日の午後であれば同席可能とのことです。
野口様のご都合のよい日時をいくつかお知らせいただけますでしょうか。

どうぞよろしくお願いいたします。
{SIG_MORISHITA}""",
        personal=[P("name", "岡本 拓海"), P("diagnosis", "統合失調症"),
                  P("disability_certificate", "精神障害者保健福祉手帳2級"),
                  P("medication", "エビリファイが12mgに増量")]))

    mn_nishida = mynumber("40718352966")
    M.append(mail(ORG, "hasegawa", "body", "hold", "id.mynumber",
        "A new staff member's individual number, pension number and employment-insurance number are written in the body to a labour consultant.",
        HASEGAWA, [KOIKE],
        "4月入職者の資格取得届について（西田）",
        f"""
小池先生

いつもお世話になっております。あおば福祉会の長谷川です。
4月1日付で入職する生活支援員1名について、社会保険・雇用保険の
資格取得手続きをお願いいたします。

氏名：西田 真由美（にしだ まゆみ）
生年月日：1991年7月22日
住所：埼玉県さくら台市北町2-0-15 コーポ北町203
雇用形態：正職員（週40時間）
基本給：198,000円　通勤手当：6,200円
個人番号：{mn_nishida[:4]} {mn_nishida[4:8]} {mn_nishida[8:]}
基礎年金番号：4810-263957
雇用保険被保険者番号：3507-184226-1（前職：株式会社みどり介護サービス）
被扶養者：なし

雇用契約書と扶養控除等申告書の写しは郵送でお送りします。
不足があればご連絡ください。

よろしくお願いいたします。
{SIG_HASEGAWA}""",
        personal=[P("mynumber", f"{mn_nishida[:4]} {mn_nishida[4:8]} {mn_nishida[8:]}"),
                  P("name", "西田 真由美"), P("birth_date", "1991年7月22日"),
                  P("pension_number", "4810-263957"),
                  P("employment_insurance_number", "3507-184226-1")]))

    M.append(mail(ORG, "hasegawa", "body", "hold", "id.bank_account_private",
        "A service user's personal bank account for wage payment is sent to an outside payroll contractor.",
        HASEGAWA, [PAYROLL],
        "工賃振込先の変更（ひだまり工房）",
        f"""
ペイロードサービス
受託ご担当者様

お世話になっております。あおば福祉会 法人本部の長谷川です。

ひだまり工房の利用者1名について、4月支給分から工賃の振込先が変わります。
お手数ですが、振込データの修正をお願いいたします。

利用者番号：HK-0217
氏名：松井 健太（マツイ ケンタ）
旧：さくら台信用金庫 本町支店 普通 2290415
新：ゆうちょ銀行 〇一八店（018） 普通 6631927
名義：マツイ ケンタ

通帳の写しはご本人・ご家族の同意を得て工房で保管しております。
3月分までは旧口座で結構です。

以上、よろしくお願いいたします。
{SIG_HASEGAWA}""",
        personal=[P("name", "松井 健太"), P("bank_account", "普通 6631927"),
                  P("bank_account", "普通 2290415")]))

    # ------------------------------------------------------------ HOLD attachment only
    roster = csv_text(
        ["No", "氏名", "ふりがな", "生年月日", "障害種別", "手帳", "緊急連絡先（続柄）", "配慮事項"],
        [
            [1, "山口 翔太", "やまぐち しょうた", "1998/05/14", "知的", "療育手帳B2", "090-0000-3318（母）", "てんかん発作あり・高所作業不可"],
            [2, "中島 優斗", "なかじま ゆうと", "2001/11/02", "知的", "療育手帳B1", "090-0000-7731（母）", "大きな音が苦手"],
            [3, "佐藤 早苗", "さとう さなえ", "1985/03/27", "精神", "精神2級", "080-0000-5524（夫）", "うつ病・午前のみ"],
            [4, "川村 直樹", "かわむら なおき", "1979/09/09", "身体", "身体4級", "049-0000-8820（兄）", "左上肢まひ・片手作業"],
            [5, "吉川 葵", "よしかわ あおい", "2003/01/19", "発達", "精神3級", "090-0000-4407（母）", "ASD・指示は紙で"],
            [6, "浅野 玲奈", "あさの れな", "1996/06/30", "精神", "精神2級", "080-0000-1196（父）", "双極性障害・服薬時間12時"],
        ])
    M.append(mail(ORG, "morishita", "attachment", "hold", "list.user_roster",
        "The attached roster lists six service users with birth dates, disability types, certificate grades, emergency phones and diagnoses, sent to the host company.",
        MORISHITA, [TAMURA],
        "施設外就労 4月からのメンバーについて",
        f"""
株式会社丸栄パッケージ
工場長 田村 様

いつもお世話になっております。ひだまり工房の森下です。

4月から施設外就労のメンバーが一部入れ替わりますので、
名簿をお送りいたします。ラインの配置をご検討いただく際に
ご参照いただければ幸いです。

初日の4月7日は、私と加藤の2名で付き添います。
引き続きどうぞよろしくお願いいたします。
{SIG_MORISHITA}""",
        attachments=[att("施設外就労_メンバー名簿_R7.04.xlsx", roster)],
        personal=[P("name", "山口 翔太"), P("birth_date", "1998/05/14"),
                  P("phone", "090-0000-3318"), P("diagnosis", "うつ病"),
                  P("diagnosis", "双極性障害"), P("disability_certificate", "療育手帳B1")]))

    assess = """
アセスメントシート（移行支援事業所への引継ぎ用）
作成日：令和7年3月10日　作成者：サービス管理責任者 森下 智子

1. 基本情報
氏名：高野 美咲（たかの みさき）　性別：女　生年月日：2000年8月3日（24歳）
住所：埼玉県さくら台市東原1-0-7 東原団地4-302
連絡先：本人 090-0000-6153／母 090-0000-6150

2. 障害・医療
診断名：自閉スペクトラム症、軽度知的障害（IQ 62、WAIS-IV 令和5年）
療育手帳 B2（令和6年更新）
通院：さくら台こども発達クリニック（成人後も継続）月1回
服薬：リスペリドン 1mg（就寝前）

3. 生活状況
母と二人暮らし。母は令和5年より病気療養中で、世帯は生活保護を受給。
金銭管理は母が実施。本人の携帯料金の滞納歴あり。

4. 作業・特性
・軽作業（検品、シール貼り）は正確で速い。手順書があれば一人で作業可能。
・予定変更にパニックになることがある（月1回程度、5〜10分で落ち着く）。
・男性職員からの大きな声での指示が苦手。

5. 本人の希望
「事務の仕事がしたい」「お金を貯めて一人暮らしをしたい」

6. 引継ぎ事項
・移行後3か月は週1回、当工房の日中活動にも参加予定。
"""
    M.append(mail(ORG, "morishita", "attachment", "hold", "sensitive.handover_assessment",
        "The attached assessment gives a named user's autism diagnosis, IQ, medication and the household's welfare status to another provider.",
        MORISHITA, [KONISHI],
        "引継ぎ資料の送付",
        f"""
就労移行支援事業所ステップ
小西 様

先日はお時間をいただきありがとうございました。
お話しした件、引継ぎ資料をお送りいたしますので、ご査収ください。

来週の見学の日程は、改めてお電話でご相談させてください。
{SIG_MORISHITA}""",
        attachments=[att("アセスメントシート_引継ぎ.pdf", assess)],
        personal=[P("name", "高野 美咲"), P("diagnosis", "自閉スペクトラム症"),
                  P("disability_certificate", "療育手帳 B2"), P("social_status", "生活保護を受給"),
                  P("address", "埼玉県さくら台市東原1-0-7 東原団地4-302")]))

    # ------------------------------------------------------------ HOLD quoted
    fwd = f"""
From: 森下 智子 <t.morishita@{DOM}>
Sent: Monday, March 17, 2025 8:42 AM
To: ひだまり工房 職員 <staff@{DOM}>
Subject: 【所内】中島さん 送迎再開

職員各位

中島 優斗さん（上原町3-0-8、母 携帯 090-0000-7731）、来週月曜から送迎再開です。

先月、てんかんの大発作が2回ありました（2/12 作業中、2/25 自宅）。
主治医からは、発作が5分以上続く場合はダイアップ坐薬を使用し
救急要請、との指示が出ています。坐薬は本人のリュックの内ポケットです。

車内では運転席の後ろ（最前列）に座ってもらい、
到着時は必ずお母様に直接引き渡してください。

森下
"""
    M.append(mail(ORG, "kato", "quoted", "hold", "sensitive.forwarded_seizure_info",
        "The cover note is routine, but the forwarded internal note gives a named user's epilepsy seizures, emergency medication, address and mother's phone to the transport contractor.",
        KATO, [KOTSU],
        "Fw: 【所内】中島さん 送迎再開",
        f"""
さくら台交通
配車係 ご担当者様

いつもお世話になっております。ひだまり工房の加藤です。
来週からの送迎ルートの件で、下の所内連絡をそのまま転送します。
上原町まわりのルートに1名追加になりますので、
ルート表の更新をお願いできますでしょうか。

よろしくお願いします。
{SIG_KATO}
-------- Forwarded Message --------
{fwd}""",
        personal=[P("name", "中島 優斗"), P("diagnosis", "てんかんの大発作"),
                  P("phone", "090-0000-7731"), P("address", "上原町3-0-8")]))

    inner = """
From: 加藤 大輔
To: ひだまり工房 職員
Subject: 【共有】体調不良者

お疲れさまです。加藤です。
本日、浅野 玲奈さんのお父様から電話があり、昨日さくら台クリニックを受診して
ノロウイルス陽性だったとのことです。今週いっぱいお休みです。

浅野さんと同じ検品班（吉川 葵さん、川村さん）にも念のため
ご家族に体調確認の連絡をお願いします。吉川さんのお母様には私から連絡します。
作業室の消毒は本日夕方に実施済みです。
"""
    M.append(mail(ORG, "kato", "quoted", "hold", "sensitive.third_party_infection",
        "The reply to a user's mother is harmless at the top, but the pasted internal note names another user's norovirus infection.",
        KATO, [YOSHIKAWA_MOTHER],
        "Re: 葵の体調について",
        f"""
吉川様

ご連絡ありがとうございます。ひだまり工房の加藤です。
葵さん、熱が下がったとのことで安心しました。
明日は通常通り、8時40分ごろに送迎に伺います。
念のため朝の検温だけお願いできますでしょうか。

ご心配をおかけしてすみません。参考までに所内の連絡を下に付けておきます。

{quote(inner)}

2025年2月19日(水) 19:05 吉川 和代 <kazuyo.yoshikawa77@yahoo.co.jp>:
> 加藤さん
> いつもお世話になっております。吉川です。
> 昨日の夜から葵がお腹をこわして、少し熱もありました。
> 今日は休ませましたが、明日は行けそうです。
> 工房で同じような方はいらっしゃいますか？
{SIG_KATO}""",
        personal=[P("name", "浅野 玲奈"), P("infection", "ノロウイルス陽性")]))

    # ------------------------------------------------------------ HOLD subject only
    M.append(mail(ORG, "morishita", "subject", "hold", "sensitive.subject_disability",
        "The subject line names a user together with his intellectual-disability certificate grade and epilepsy, sent to the host company.",
        MORISHITA, [TAMURA],
        "山口 翔太さん（療育手帳B2・てんかん）作業中の対応について",
        f"""
田村 様

いつもお世話になっております。ひだまり工房の森下です。

標記の件、来週の定例訪問の際に直接ご説明させていただければと思います。
火曜日か木曜日の午後でご都合はいかがでしょうか。
30分ほどお時間をいただければ十分です。

よろしくお願いいたします。
{SIG_MORISHITA}""",
        personal=[P("name", "山口 翔太"), P("disability_certificate", "療育手帳B2"),
                  P("diagnosis", "てんかん")]))

    # ------------------------------------------------------------ HOLD zip
    M.append(mail(ORG, "hasegawa", "zip", "hold", "attachment.encrypted_zip",
        "A password-protected zip of billing records is attached (PPAP).",
        HASEGAWA, [CITY],
        "返戻分の実績記録票について（ひだまり工房）",
        f"""
さくら台市 障害福祉課
給付係 ご担当者様

いつもお世話になっております。
社会福祉法人あおば福祉会の長谷川です。

先日お電話でお問い合わせいただいた2月提供分の返戻について、
サービス提供実績記録票と利用者負担上限額管理結果票を
お送りいたします。

パスワードは別メールにてお送りします。
ご確認のほどよろしくお願いいたします。
{SIG_HASEGAWA}""",
        attachments=[enc_zip("返戻分_実績記録票_R7.02.zip")]))

    # ------------------------------------------------------------ HOLD recipients
    bazaar_to = [
        TAMURA, ISHIDA, MICHINOEKI,
        "さくら台南台自治会 会長 大西 <nishi-jichikai@sakuradai-net.example.jp>",
        "青木 典子 <noriko.aoki.vol@gmail.com>",
        "宮本 哲也 <t-miyamoto1962@yahoo.co.jp>",
        "ベーカリーこむぎ 小林 <komugi.bakery@outlook.com>",
        "さくら台社会福祉協議会 ボランティアセンター <vc@sakuradai-shakyo.example.or.jp>",
        "工藤 明美 <akemi_kudo@gmail.com>",
        SCHOOL,
        "さくら台南小学校 PTA 役員 <pta-minami@sakuradai-minami.example.ed.jp>",
        "喫茶ぽっと 田代 <kissa.pot@yahoo.co.jp>",
    ]
    M.append(mail(ORG, "morishita", "recipients", "hold", "recipients.visible_to",
        "Twelve outside addresses from companies, a school, volunteers and private persons are visible in To instead of BCC.",
        MORISHITA, bazaar_to,
        "ひだまり工房 秋のふれあいバザー開催のご案内",
        f"""
関係者の皆さま

いつもひだまり工房の活動にご理解とご協力をいただき、ありがとうございます。
今年も下記のとおり「秋のふれあいバザー」を開催いたします。

日時：10月18日（土）10:00〜14:00（雨天決行）
場所：ひだまり工房 作業棟・駐車場
内容：自主製品（さをり織、焼き菓子、木工品）の販売
　　　協力店舗さまの出店、子ども向けスタンプラリー

出店を希望される方は、9月30日までに森下までご連絡ください。
ボランティアとしてお手伝いいただける方も大歓迎です。

駐車場に限りがございますので、なるべく公共交通機関でお越しください。
皆さまのご来場を心よりお待ちしております。
{SIG_MORISHITA}"""))

    # ------------------------------------------------------------ PASSES
    M.append(mail(ORG, "morishita", "none", "pass", "benign.work_order",
        "An ordinary order confirmation for envelope-stuffing work with lot numbers and quantities; no personal data.",
        MORISHITA, [ISHIDA], 
        "Re: 5月分 DM封入作業のお見積りについて",
        f"""
有限会社共進印刷
石田 様

いつもお世話になっております。ひだまり工房の森下です。
お見積りのご依頼ありがとうございます。下記の内容で承ります。

・品名：さくら台信用金庫様 DM（A4三つ折り＋返信用封筒）
・部数：12,000部（ロット KS-2504-118）
・作業：三つ折り、封入、のり付け、500部ごと結束
・単価：1部 2.8円（税別）
・納品：5月16日（金）午前中 貴社工場へ持ち込み

4月28日の資材搬入時に、完成見本を1部お付けいただけると助かります。
連休中は作業を止めますので、実作業日は12日間を予定しております。

引き続きよろしくお願いいたします。
{SIG_MORISHITA}
-----Original Message-----
From: 石田 誠 <ishida@kyoshin-print.example.co.jp>
Sent: Tuesday, April 8, 2025 10:14 AM
To: 森下 智子
Subject: 5月分 DM封入作業のお見積りについて

森下様

お世話になっております。共進印刷の石田です。
例年の信金さんのDM、今年は12,000部で確定しました。
前回と同じ仕様で、5月中旬納品でお見積りをお願いできますか。

――――――――――――――――
有限会社 共進印刷　営業部　石田 誠
〒350-0000 埼玉県さくら台市工業団地7-0-3
TEL 049-0000-7711　FAX 049-0000-7712
――――――――――――――――
"""))

    hb = houjin_bangou("030005012944")
    M.append(mail(ORG, "hasegawa", "none", "pass", "benign.invoice_corporate_account",
        "An invoice cover with the welfare corporation's own bank account and registration number; no private person's data.",
        HASEGAWA, [MARUE_KEIRI], cc=[TAMURA],
        subject="3月分 施設外就労 請求書送付のご案内",
        text=f"""
株式会社丸栄パッケージ
経理部 ご担当者様

いつもお世話になっております。
社会福祉法人あおば福祉会 法人本部の長谷川でございます。

3月分の施設外就労にかかる請求書をPDFにてお送りいたします。

請求金額：486,420円（税込）
お支払期日：4月30日（水）
お振込先：さくら台信用金庫 本店営業部 普通 0183342
　　　　　口座名義 シヤカイフクシホウジン アオバフクシカイ
登録番号：T{hb}

原本は本日郵送いたしました。
ご不明な点がございましたら、長谷川までお問い合わせください。
{SIG_HASEGAWA}""",
        attachments=[att("請求書_丸栄パッケージ様_2025年3月分.pdf",
            f"""請求書
株式会社丸栄パッケージ 御中
請求番号 AF-2503-027　発行日 2025年3月31日
社会福祉法人あおば福祉会 ひだまり工房　登録番号 T{hb}
品目：施設外就労（3月 21日間・延べ126人日）　440,382円
消費税（10%）　44,038円
交通費実費　2,000円
合計　486,420円
振込先：さくら台信用金庫 本店営業部 普通 0183342 シヤカイフクシホウジン アオバフクシカイ
""")]))

    M.append(mail(ORG, "morishita", "none", "pass", "benign.aggregate_report",
        "An annual report to a partner company with only aggregate wage and employment figures; no individual is identifiable.",
        MORISHITA, [TAMURA], cc=["丸栄パッケージ 総務部 酒井 <sakai@marue-pkg.example.co.jp>"],
        subject="令和6年度 ひだまり工房 活動報告（ご協力企業さま向け）",
        text=f"""
株式会社丸栄パッケージ
工場長 田村 様
総務部 酒井 様

いつもお世話になっております。ひだまり工房の森下です。
令和6年度の活動報告がまとまりましたので、概要をお知らせいたします。

■ 利用状況
　登録利用者数 28名（知的 13名／精神 10名／身体 3名／難病 2名）
　1日平均通所者数 19.6名

■ 工賃
　平均工賃月額 17,420円（前年度 16,110円、県平均を上回りました）
　施設外就労の売上が全体の約4割を占めています。

■ 一般就労への移行
　3名（製造業 2名、小売業 1名）。いずれも6か月定着しています。

貴社での施設外就労が工賃向上の大きな柱になっております。
障害者雇用率の算定や、障害者週間のイベントでご協力できることが
あれば、いつでもお声がけください。

詳細版の報告書は5月の定例訪問時にお持ちいたします。
{SIG_MORISHITA}"""))

    M.append(mail(ORG, "hasegawa", "none", "pass", "benign.it_outage",
        "'障害' here means a system outage; the mail reports an IT failure to the vendor with only the office's own numbers.",
        HASEGAWA, [CARENOTE],
        "【至急】記録システムにログインできない障害について",
        f"""
ケアノート サポートデスク 御中

お世話になっております。
社会福祉法人あおば福祉会（事業所番号 1110000452 ひだまり工房）の長谷川です。

本日9時頃から、ひだまり工房の端末3台すべてで
ケアノートにログインできない障害が発生しております。

・表示されるエラー：「E-5031 認証サーバーに接続できません」
・法人本部の端末からは正常にログインできます
・工房のルーター再起動は実施済みですが改善しません
・契約番号：CN-20418-07

今月は国保連請求の締めが近いため、至急ご確認いただけますと助かります。
リモートでの調査が必要であれば、工房（049-0000-4512）へ
お電話いただければ対応いたします。

よろしくお願いいたします。
{SIG_HASEGAWA}"""))

    M.append(mail(ORG, "kato", "none", "pass", "benign.to_data_subject",
        "Sent to the service user himself about his own wage and next interview; no third party receives it.",
        KATO, [ISHIHARA],
        "3月の工賃と面談の日にちのこと",
        f"""
石原さん

こんにちは。ひだまり工房の加藤です。
3月の工賃が決まったのでお知らせします。

　通所日数　18日
　工賃　　　21,600円（木工の納品があったので、先月より3,000円多いです）

4月15日（火）に、いつもの口座に振り込まれます。
明細書は明日、工房で手渡しします。

それから、次の面談は4月10日（木）の15時からです。
「パソコン作業をやってみたい」という話、ぜひ詳しく聞かせてください。

わからないことがあれば、いつでも聞いてくださいね。
{SIG_KATO}"""))

    M.append(mail(ORG, "morishita", "none", "pass", "benign.tour_arrangement",
        "A school teacher arranges a workplace tour; only dates, numbers of students and logistics are given.",
        MORISHITA, [SCHOOL],
        "Re: 現場実習前の見学について",
        f"""
さくら台特別支援学校
進路指導部 藤井 先生

ご連絡ありがとうございます。ひだまり工房の森下です。
見学の件、喜んでお受けいたします。

6月5日（木）10:00〜11:30 でいかがでしょうか。
当日は作業棟の見学（さをり織・焼き菓子・軽作業）のあと、
実習の流れについて20分ほどご説明いたします。

生徒さん2名と保護者の方、先生方で5〜6名とのこと、
会議室をご用意いたします。駐車場は2台分確保しております。

実習の受入れ枠は6月下旬から2週間、最大3名までとなります。
{SIG_MORISHITA}
> 森下様
> いつもお世話になっております。さくら台特別支援学校の藤井です。
> 高等部3年の生徒2名が、秋の現場実習の候補として貴事業所を考えております。
> 事前に保護者と一緒に見学させていただくことは可能でしょうか。
> 6月上旬の平日で調整いただけますと幸いです。
"""))

    M.append(mail(ORG, "morishita", "none", "pass", "benign.infection_notice_no_names",
        "A notice to families about influenza precautions; recipients are in BCC and no individual's illness is mentioned.",
        MORISHITA, [f"ひだまり工房 <info@{DOM}>"],
        bcc=["吉川 和代 <kazuyo.yoshikawa77@yahoo.co.jp>", "中島 恵子 <nakajima.home@gmail.com>",
             "山口 由紀 <yamaguchi-fam@outlook.com>", "浅野 和宏 <asano.kazuhiro@gmail.com>",
             "高野 久美子 <takano.m.0803@yahoo.co.jp>", "川村 哲也 <kawamura.t55@gmail.com>"],
        subject="インフルエンザ流行期の通所についてのお願い",
        text=f"""
ご家族の皆さま

いつもひだまり工房の運営にご協力いただき、ありがとうございます。

さくら台市内でインフルエンザの感染が広がっており、
市内の小中学校でも学級閉鎖が出ております。
工房では現在のところ、感染が確認された方はおりませんが、
当面のあいだ以下の対応をとらせていただきます。

1. 送迎車に乗る前の検温にご協力ください（37.5℃以上の場合はお休み）
2. 作業中・送迎中のマスク着用をお願いしています
3. 昼食は時間をずらし、向かい合わせにならないよう座席を配置します
4. 2月中のご家族の見学・面会は、事前予約制とさせていただきます

ご家族に発熱等の症状がある場合も、事前にご相談ください。
ご不便をおかけしますが、ご理解のほどよろしくお願いいたします。
{SIG_MORISHITA}"""))

    M.append(mail(ORG, "morishita", "none", "pass", "benign.successor_intro",
        "A reply thanking a counterpart for a successor introduction; only business contacts of staff are named.",
        MORISHITA, [NOGUCHI, HIGASHI],
        "Re: 異動のご挨拶と後任のご紹介",
        f"""
野口 様
東 様

ご丁寧にご連絡いただきありがとうございます。ひだまり工房の森下です。

野口様には5年間、本当にお世話になりました。
利用者さんのことを一緒に考えていただけて、何度も助けていただきました。
新しい職場でのご活躍を心よりお祈りしております。

東様、はじめまして。これからどうぞよろしくお願いいたします。
4月のご挨拶の件、4月14日（月）14時に工房へお越しいただく形で
お待ちしております。現在の担当ケースについては、その際に
紙の資料ではなく口頭でご説明させていただきます。
{SIG_MORISHITA}
-----Original Message-----
From: 野口 里美 <noguchi@tsubasa-soudan.example.jp>
Sent: Friday, March 28, 2025 5:02 PM
To: 森下 智子
Cc: 東 由香
Subject: 異動のご挨拶と後任のご紹介

ひだまり工房
森下 様

いつも大変お世話になっております。つばさ相談室の野口です。
私事で恐縮ですが、4月1日付で法人内の異動により、
こども発達支援センターへ移ることになりました。

後任は、同じく相談支援専門員の東 由香が担当いたします。
東は特定相談支援の経験が長く、就労系の事業所とも多く関わってきました。
後日あらためて、東とご挨拶に伺わせてください。

在任中は大変お世話になりました。

＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
特定非営利活動法人 つばさ
指定特定相談支援事業所 つばさ相談室
相談支援専門員　野口 里美
〒350-0000 埼玉県さくら台市中央1-0-4 中央ビル2F
TEL 049-0000-3380　FAX 049-0000-3381
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""))

    jans = [ean13("456000010012"), ean13("456000010029"), ean13("456000010036"),
            ean13("456000010043")]
    M.append(mail(ORG, "hasegawa", "none", "pass", "benign.jan_codes",
        "New product registration for a roadside shop with JAN codes and prices; the codes only look like ID numbers.",
        HASEGAWA, [MICHINOEKI], cc=[MORISHITA],
        subject="自主製品の新規登録のお願い（ひだまり工房）",
        text=f"""
道の駅さくら台
売店ご担当 大塚 様

いつもお世話になっております。
あおば福祉会の長谷川です。

先日お話しした春の新商品について、POS登録用の情報をお送りします。

| 商品名 | JANコード | 売価（税込） | 入数 |
|---|---|---|---|
| さくらクッキー（プレーン） | {jans[0]} | 380円 | 1袋8枚 |
| さくらクッキー（抹茶） | {jans[1]} | 400円 | 1袋8枚 |
| さをり織コースター（2枚組） | {jans[2]} | 650円 | 1組 |
| 木工スプーン（山桜） | {jans[3]} | 1,200円 | 1本 |

賞味期限はクッキー類が製造日から60日です。
初回納品は4月3日（木）に、クッキー各30袋、コースター・スプーン各10点を予定しています。

ラベルのサンプル画像が必要でしたらお送りしますので、お申し付けください。
{SIG_HASEGAWA}"""))

    hb2 = houjin_bangou("030005012944")
    M.append(mail(ORG, "hasegawa", "none", "pass", "benign.corporate_numbers",
        "Supplier registration data consisting only of the corporation's numbers (法人番号, office number, invoice number) and corporate account.",
        HASEGAWA, ["株式会社ベイフーズ 購買課 野村 <nomura-purchase@bayfoods.example.co.jp>"],
        "取引先登録書類の送付について",
        f"""
株式会社ベイフーズ
購買課 野村 様

お世話になっております。
社会福祉法人あおば福祉会の長谷川です。

焼き菓子の継続取引にあたり、取引先登録に必要な情報をお送りします。

法人名：社会福祉法人 あおば福祉会
代表者：理事長 大森 正弘
法人番号：{hb2}
適格請求書発行事業者登録番号：T{hb2}
指定障害福祉サービス事業所番号：1110000452（就労継続支援B型 ひだまり工房）
営業許可：菓子製造業 さくら台保健所 第R5-0318号
振込先：さくら台信用金庫 本店営業部 普通 0183342
　　　　シヤカイフクシホウジン アオバフクシカイ

取引先登録申請書（押印済み）は本日郵送いたしました。
ご確認のほどよろしくお願いいたします。
{SIG_HASEGAWA}"""))

    return M
