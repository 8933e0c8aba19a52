# Org B: ひかり生命保険株式会社（引受査定部・支払査定部・査定システム企画）
ORG = "B"
DOM = "hikari-life.example.jp"

MORI = "森下 直樹 <n-morishita@hikari-life.example.jp>"
YOSHI = "吉岡 里奈 <r-yoshioka@hikari-life.example.jp>"
NOGU = "野口 拓也 <t-noguchi@hikari-life.example.jp>"

SIG_MORI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
ひかり生命保険株式会社
引受査定部　医務査定第二グループ　課長代理
森下 直樹（Naoki Morishita）
〒100-0099 東京都千代田区丸の内九丁目9番9号 ひかり丸の内ビル18F
TEL 03-6700-0000（代表）／03-6700-0182（直通）
Mail: n-morishita@hikari-life.example.jp
【本メールには機密情報が含まれる場合があります。
　誤って受信された場合は、お手数ですが送信者までご連絡のうえ削除してください。】
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_YOSHI = """
――――――――――――――――――――
ひかり生命保険株式会社
支払査定部 給付金審査課 主任
吉岡 里奈
TEL 03-6700-0245 / FAX 03-6700-0246
――――――――――――――――――――"""

SIG_NOGU = """
--
ひかり生命保険(株) 支払査定部 査定システム企画グループ
野口 拓也 / Takuya Noguchi
t-noguchi@hikari-life.example.jp / 内線 5531"""

MAILS = []
def add(**kw):
    MAILS.append(kw)

# ---------------- HOLDS ----------------
add(_writer="吉岡", _loc="body", expect="hold", kind="sensitive.health",
    why="代理店への審査状況連絡に、被保険者の氏名と病名（急性心筋梗塞・既往の高血圧症）、治療内容を記載。代理店は審査に不要で、要配慮個人情報の外部提供。",
    **{"from": YOSHI},
    to=["ライフサポート湘南 菅原様 <sugawara@lifesupport-shonan.example.jp>"],
    subject="入院給付金ご請求の審査状況について（受付番号 KY24-118306）",
    text="""ライフサポート湘南
菅原 様

いつもお世話になっております。
ひかり生命 支払査定部の吉岡です。

お問い合わせいただいた受付番号 KY24-118306 の件、審査状況をご連絡いたします。

被保険者の小川 健一様は、9月3日に急性心筋梗塞で入院され、
同日に経皮的冠動脈インターベンション（PCI）を受けておられます。
ご提出の診断書に「既往：高血圧症（2018年〜内服加療中）」との記載があり、
ご契約時（2020年）の告知内容との関係を確認する必要があるため、
現在、医療機関への照会を行っております。

結果が出るまで2〜3週間ほどお時間をいただく見込みです。
お客様からお問い合わせがあった場合は、「確認中」とだけお伝えください。

よろしくお願いいたします。
""" + SIG_YOSHI,
    personal=[{"type": "name", "value": "小川 健一"}, {"type": "diagnosis", "value": "急性心筋梗塞"},
              {"type": "diagnosis", "value": "高血圧症（2018年〜内服加療中）"}])

add(_writer="森下", _loc="body", expect="hold", kind="sensitive.genome",
    why="再保険会社への任意再保険照会に、申込者の氏名と遺伝学的検査結果（BRCA1 病的バリアント陽性）を記載。ゲノム情報は要配慮個人情報で、業界として引受に用いない方針の情報でもある。",
    **{"from": MORI},
    to=["Harada Megumi (Atlas Re Tokyo) <m.harada@atlasre.example.com>"],
    subject="Fac submission: 新契約 医療保険＋がん特約（申込番号 N2407-55128）",
    text="""原田様

いつもお世話になっております。ひかり生命 引受査定部の森下です。
標記の件、facultative でのご意見をいただきたくご連絡いたしました。

■申込内容
　申込者／被保険者：中島 玲子 様（女性・42歳）
　商品：医療保険（入院日額1万円）＋がん診断特約 300万円

■照会事項
　告知書の「その他」欄に、本人記載で以下の申告がありました。
　「2023年に大学病院で遺伝学的検査を受け、BRCA1 の病的バリアントが陽性と判明。
　　2025年に予防的卵巣卵管切除術を受ける予定。」
　現時点でがんの既往・治療歴はありません。

当社基準では遺伝学的検査結果は引受判断に用いない整理ですが、
予定手術の扱い（部位不担保の要否）について、貴社の manual 上のご見解を伺えればと存じます。

Best regards,
""" + SIG_MORI,
    personal=[{"type": "name", "value": "中島 玲子"},
              {"type": "genome", "value": "BRCA1 の病的バリアントが陽性"}])

add(_writer="吉岡", _loc="body", expect="hold", kind="id.bank_account",
    why="代理店へ、契約者個人の給付金振込先口座（銀行・支店・口座番号・名義）を本文で送付。個人の銀行口座情報の外部送信。",
    **{"from": YOSHI},
    to=["ライフサポート湘南 菅原様 <sugawara@lifesupport-shonan.example.jp>"],
    subject="Re: 給付金振込先変更の件",
    text="""菅原 様

お世話になっております。吉岡です。
振込先変更の件、お客様から届いた変更届の内容で登録が完了しました。
念のため、登録内容をお知らせしますので、お客様控えと相違ないかご確認ください。

　契約者　　大槻 美和 様（証券番号 1207-448819）
　金融機関　しらとり銀行 藤沢支店（店番 318）
　種別　　　普通
　口座番号　4820173
　口座名義　オオツキ ミワ

手術給付金 100,000円は、来週火曜日（10/15）にこちらの口座へお振込みの予定です。
よろしくお願いいたします。
""" + SIG_YOSHI + """

> 吉岡さん
> お客様が口座を変えたいとのことで、変更届を本日郵送しました。
> 給付金に間に合いますでしょうか。 菅原
""",
    personal=[{"type": "name", "value": "大槻 美和"}, {"type": "bank_account", "value": "しらとり銀行 藤沢支店（店番 318）"},
              {"type": "bank_account", "value": "4820173"}])

add(_writer="森下", _loc="attachment", expect="hold", kind="list.customers",
    why="本文は月次送付の定型連絡だが、添付XLSXに被保険者の氏名・生年月日・保険金額・条件内容（部位不担保の部位、特別保険料）が一覧で入っている。顧客名簿の外部送付。",
    **{"from": MORI},
    to=["Atlas Re Tokyo Treaty Team <treaty-tokyo@atlasre.example.com>"],
    cc=["Harada Megumi (Atlas Re Tokyo) <m.harada@atlasre.example.com>"],
    subject="9月分 条件体 cession list の送付",
    text="""Atlas Re Treaty Team 各位

お世話になっております。ひかり生命の森下です。
9月分の条件体 cession list を添付いたします。
今月は件数が少なめ（8件）です。フォーマットは前月から変更ありません。

ご確認のほどよろしくお願いいたします。
""" + SIG_MORI,
    attachments=[{"filename": "cession_list_202409.xlsx",
                  "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "text": """[202409_条件体]
証券番号\t被保険者名\t生年月日\t性別\t保険種類\t保険金額(万円)\t査定区分\t条件内容
1209-330157\t杉本 和也\t1979/04/12\t男\t定期保険\t3000\t条件体\t特別保険料 +50%（BMI 34.2）
1209-330412\t平野 さゆり\t1985/11/30\t女\t医療保険\t日額1\t条件体\t部位不担保（子宮・5年）
1209-330588\t北川 大輔\t1968/02/07\t男\t収入保障\t月20\t条件体\t特別保険料 +75%（HbA1c 7.4）
1209-330603\t宮田 恵\t1990/07/19\t女\t医療保険\t日額0.5\t条件体\t部位不担保（腰椎・3年）
1209-330791\t堀内 浩\t1972/09/25\t男\t定期保険\t5000\t条件体\t特別保険料 +100%（心電図異常）
1209-330846\t山崎 ゆかり\t1983/01/03\t女\tがん保険\t200\t条件体\t削減期間 2年
1209-330902\t荒木 勇太\t1994/06/14\t男\t医療保険\t日額1\t条件体\t部位不担保（右膝・3年）
1209-330977\t野村 和子\t1961/12/08\t女\t終身保険\t1000\t条件体\t特別保険料 +25%（高脂血症）
"""}],
    personal=[{"type": "name", "value": "杉本 和也"}, {"type": "birthdate", "value": "1979/04/12"},
              {"type": "name", "value": "堀内 浩"}, {"type": "health", "value": "特別保険料 +100%（心電図異常）"}])

add(_writer="吉岡", _loc="attachment", expect="hold", kind="sensitive.health",
    why="本文は依頼の一言のみだが、添付の調査依頼書に被保険者の氏名・生年月日・住所・受診医療機関・傷病名（乳がん）と告知日が入っている。外部調査会社への要配慮情報の送付。",
    **{"from": YOSHI},
    to=["メディカルリサーチ東日本 調査課 <chosa@mr-higashinihon.example.co.jp>"],
    subject="調査依頼（告知確認）No. C24-0917",
    text="""メディカルリサーチ東日本
調査課 ご担当者様

いつもお世話になっております。ひかり生命 支払査定部の吉岡です。
標記の件、調査依頼書を添付いたします。
期日は10月25日（金）でお願いできますでしょうか。

よろしくお願いいたします。
""" + SIG_YOSHI,
    attachments=[{"filename": "調査依頼書_C24-0917.docx",
                  "contentType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "text": """調査依頼書（告知内容確認）　No. C24-0917

依頼日：2024年10月7日
依頼者：ひかり生命保険株式会社 支払査定部 給付金審査課 吉岡

1. 被保険者
　氏名：浅野 真由美（アサノ マユミ）
　生年月日：1976年5月21日（48歳）
　住所：埼玉県川口市栄町2丁目7番14号
　証券番号：1206-902213（がん保険、2023年3月1日 契約）

2. 請求内容
　がん診断給付金 200万円（傷病名：左乳がん、2024年8月19日 確定診断）

3. 調査事項
　(1) 契約前（2023年3月以前）の乳腺外来受診の有無
　(2) 2022年の人間ドック（川口中央クリニック）での乳房超音波所見の内容
　(3) 確定診断までの経過（紹介元：さかえ町レディースクリニック）

4. 同意書：取得済（写しを別送）
"""}],
    personal=[{"type": "name", "value": "浅野 真由美"}, {"type": "birthdate", "value": "1976年5月21日"},
              {"type": "address", "value": "埼玉県川口市栄町2丁目7番14号"}, {"type": "diagnosis", "value": "左乳がん"}])

add(_writer="森下", _loc="quoted", expect="hold", kind="sensitive.health",
    why="本文は「社医所見を共有」の一文のみ。引用された社内の社医メモに、申込者の氏名・B型肝炎キャリアであること・検査値・引受判断が入っている。代理店への転送で要配慮情報が外部に出る。",
    **{"from": MORI},
    to=["ほくと保険サービス 石原様 <ishihara@hokuto-hoken.example.jp>"],
    subject="Fw: 【社医所見】申込番号 N2408-61370",
    text="""石原様

お世話になっております。森下です。
先日お問い合わせの件、社医所見が出ましたので共有いたします。
お客様へのご説明の際にご参考ください。

森下

-----Original Message-----
From: 高畑 誠（社医） <m-takahata@hikari-life.example.jp>
Sent: Thursday, August 29, 2024 5:12 PM
To: 森下 直樹 <n-morishita@hikari-life.example.jp>
Subject: 【社医所見】申込番号 N2408-61370

森下さん

申込者 藤井 健太郎 様（男・51歳）について所見です。

・告知：HBs抗原陽性（B型肝炎キャリア）、2019年から近医で年1回経過観察
・提出検査（2024/7）：AST 38、ALT 52、HBV-DNA 3.1 LogIU/mL、腹部エコーで軽度脂肪肝
・抗ウイルス薬の内服なし

→ 医療保険は「肝臓・胆のう 部位不担保（期間の定めなし）」で引受可。
　 定期保険は特別保険料 +50% 相当。
　 ALTが100を超えて推移している場合は延期としてください。

高畑
""" + SIG_MORI,
    personal=[{"type": "name", "value": "藤井 健太郎"}, {"type": "diagnosis", "value": "HBs抗原陽性（B型肝炎キャリア）"},
              {"type": "lab", "value": "ALT 52、HBV-DNA 3.1 LogIU/mL"}])

add(_writer="吉岡", _loc="quoted", expect="hold", kind="id.health_insurance",
    why="本文は調査への補足依頼だけだが、転送したお客様のメールに健康保険証の保険者番号・記号・番号と生年月日が書かれている。健康保険の被保険者等記号・番号の外部送信。",
    **{"from": YOSHI},
    to=["メディカルリサーチ東日本 調査課 <chosa@mr-higashinihon.example.co.jp>"],
    subject="Fw: 通院先について（No. C24-0933 補足）",
    text="""メディカルリサーチ東日本
調査課 ご担当者様

吉岡です。No. C24-0933 の件で、お客様から通院先の補足が届きましたので転送します。
受診歴照会の際にご利用ください。

--- 転送メッセージ ---
差出人: 黒田 昌平 <shohei.kuroda.77@example.ne.jp>
宛先: ひかり生命 お客様サービスセンター <info@hikari-life.example.jp>
日付: 2024年10月9日 20:31
件名: 通院先について

ひかり生命保険 ご担当者様

先日お電話いただいた件です。
手術を受けたのは、さいたま北総合病院（整形外科）で、
その前に1年ほど近所の大宮ひがし整形外科に通っていました。

病院に問い合わせる際に必要かもしれないので、保険証の内容も書いておきます。
　保険者番号　06139082
　記号　　　　2104
　番号　　　　387
　生年月日　　昭和59年3月2日

よろしくお願いします。
黒田
""" + SIG_YOSHI,
    personal=[{"type": "name", "value": "黒田 昌平"}, {"type": "health_insurance", "value": "保険者番号　06139082"},
              {"type": "health_insurance", "value": "記号　　　　2104"}, {"type": "birthdate", "value": "昭和59年3月2日"}])

add(_writer="吉岡", _loc="subject", expect="hold", kind="sensitive.health",
    why="件名に被保険者の氏名と病名（うつ病）が入っている。本文は同意書に基づく勤務状況照会の事務文面のみだが、件名だけで精神疾患が勤務先に伝わる。",
    **{"from": YOSHI},
    to=["株式会社ノースブリッジ 人事部 労務課 <romu@northbridge.example.co.jp>"],
    subject="就業不能給付金 照会：川端 由美子様（うつ病）の休職期間のご確認",
    text="""株式会社ノースブリッジ
人事部 労務課 ご担当者様

突然のご連絡失礼いたします。
ひかり生命保険株式会社 支払査定部の吉岡と申します。

標記の件、被保険者様からご提出いただいた「勤務先照会に関する同意書」（写し添付は別途郵送）に基づき、
下記についてご教示いただけますでしょうか。

　1. 休職開始日および現在の勤務状況（休職中／時短勤務／復職）
　2. 休職期間中の給与支給の有無

ご回答はメールまたはお電話（03-6700-0245）で承ります。
ご多用のところ恐縮ですが、10月31日までにご回答いただけますと幸いです。
""" + SIG_YOSHI,
    personal=[{"type": "name", "value": "川端 由美子"}, {"type": "diagnosis", "value": "うつ病"}])

add(_writer="森下", _loc="zip", expect="hold", kind="attachment.encrypted_zip",
    why="診査結果をパスワード付きZIP（PPAP）で外部の嘱託診査医へ送付。中身を検査できないため保留。",
    **{"from": MORI},
    to=["やまぶき内科クリニック 院長 <clinic@yamabuki-naika.example.jp>"],
    subject="診査結果ご確認のお願い（8月分）",
    text="""やまぶき内科クリニック
院長 先生

いつも診査にご協力いただき、ありがとうございます。
ひかり生命 引受査定部の森下です。

8月にご担当いただいた診査のうち、心電図所見についてご意見を伺いたいものが3件ございます。
資料を暗号化ZIPでお送りしますので、ご確認をお願いいたします。
パスワードは、この後のメールでお知らせします。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MORI,
    attachments=[{"filename": "shinsa_202408_3ken.zip", "contentType": "application/zip", "encrypted": True}])

_ag = [
    "ライフサポート湘南 菅原様 <sugawara@lifesupport-shonan.example.jp>",
    "ほくと保険サービス 石原様 <ishihara@hokuto-hoken.example.jp>",
    "みらいプランニング 代表 <info@mirai-planning.example.jp>",
    "(有)さくら保険事務所 <sakura@sakura-hoken.example.jp>",
    "ファミリーライフ総研 <contact@familylife-souken.example.co.jp>",
    "株式会社あおぞらFP <fp@aozora-fp.example.jp>",
    "東西保険センター 営業部 <eigyo@tozai-hoken.example.co.jp>",
    "ライフガードパートナーズ <lgp@lifeguard-partners.example.jp>",
    "かわせみ保険サービス <kawasemi@kawasemi-ins.example.jp>",
    "横浜ほけん館 <yokohama@hokenkan.example.jp>",
    "(株)ユニオンエージェンシー <union@union-agency.example.co.jp>",
    "北総保険プラザ <plaza@hokuso-hoken.example.jp>",
    "しおさいFPオフィス <shiosai.fp@gmail.com>",
]
add(_writer="森下", _loc="recipients", expect="hold", kind="recipients.visible_outside",
    why="代理店13社のアドレスを全部Toに入れた一斉案内。代理店同士で互いの連絡先が見えてしまう。BCCにすべき。",
    **{"from": MORI},
    to=_ag,
    subject="【ご案内】告知書改定に関する代理店向け説明会（11月）",
    text="""代理店の皆様

いつもひかり生命をお引き立ていただき、誠にありがとうございます。
引受査定部の森下でございます。

2025年1月からの告知書改定（告知項目の簡素化、「過去2年以内の健康診断結果」欄の新設）に伴い、
代理店向けのオンライン説明会を下記の日程で開催いたします。

　第1回　11月12日（火）10:00〜11:00
　第2回　11月14日（木）15:00〜16:00
　第3回　11月19日（火）18:30〜19:30（録画配信あり）
　形式　Microsoft Teams（参加URLはお申込み後にお送りします）

ご参加を希望される回を、11月5日（火）までにご返信ください。
ご不明な点は、各担当営業までお問い合わせください。

今後ともよろしくお願い申し上げます。
""" + SIG_MORI)

# ---------------- PASSES ----------------
add(_writer="吉岡", _loc=None, expect="pass", kind="benign.lookalike_number",
    why="診断書原本の返送連絡。12桁のヤマト伝票番号（マイナンバーのチェックデジットにもたまたま適合）と受付番号だけで、氏名も病名もない。",
    **{"from": YOSHI},
    to=["ほくと保険サービス 石原様 <ishihara@hokuto-hoken.example.jp>"],
    subject="診断書原本の返送について（受付番号 KY24-120547）",
    text="""石原 様

お世話になっております。支払査定部の吉岡です。

受付番号 KY24-120547 の件、審査が完了しましたので、
お預かりしていた診断書原本をお客様ご本人宛に返送いたしました。

　発送日：10月11日（金）
　配送：ヤマト運輸 宅急便
　お問い合わせ伝票番号：3241-7118-4282

お客様から「届かない」とのご連絡があれば、上記番号で追跡をお願いします。
よろしくお願いいたします。
""" + SIG_YOSHI)

add(_writer="森下", _loc=None, expect="pass", kind="benign.aggregate",
    why="再保険会社への四半期統計。謝絶理由に病名が並ぶが、件数・割合の集計のみで個人は特定できない。",
    **{"from": MORI},
    to=["Harada Megumi (Atlas Re Tokyo) <m.harada@atlasre.example.com>"],
    subject="Q2 引受統計（新契約・医務査定分）",
    text="""原田様

お世話になっております。森下です。
ご依頼の2024年度Q2（7〜9月）の引受統計をお送りします。

■新契約 医務査定件数：4,812件
　標準体　　3,655件（76.0%）
　条件体　　　791件（16.4%）
　延期　　　　 98件（ 2.0%）
　謝絶　　　　268件（ 5.6%）

■謝絶理由（上位5、件数ベース）
　糖尿病（HbA1c 8.0以上）　　48件（17.9%）
　高血圧（治療中・コントロール不良）　33件（12.3%）
　精神疾患（入院歴あり）　　　29件（10.8%）
　悪性新生物（治療終了5年未満）　26件（ 9.7%）
　肝機能障害　　　　　　　　　21件（ 7.8%）

前四半期と比べ、条件体の割合が1.2ポイント上昇しています。
12月の定例でご説明させてください。
""" + SIG_MORI)

add(_writer="吉岡", _loc=None, expect="pass", kind="benign.corporate_account",
    why="調査会社からの請求への支払連絡。振込先は調査会社の法人当座口座で、個人の口座ではない。",
    **{"from": YOSHI},
    to=["メディカルリサーチ東日本 経理課 <keiri@mr-higashinihon.example.co.jp>"],
    subject="9月分ご請求書の受領と支払予定日について",
    text="""メディカルリサーチ東日本
経理課 ご担当者様

お世話になっております。ひかり生命 支払査定部の吉岡です。
9月分のご請求書（請求番号 MRH-2409-0311、調査 27件、税込 1,287,000円）を受領いたしました。

10月31日（木）に、ご指定の下記口座へお振込みいたします。
　みずなみ銀行 本店営業部　当座 0123456
　口座名義：カ）メディカルリサーチヒガシニホン

なお、10月分から当社の支払部署が経理部 支払グループに変わります。
請求書の宛先のみご変更をお願いいたします。
""" + SIG_YOSHI)

add(_writer="野口", _loc=None, expect="pass", kind="benign.masked_card",
    why="代理店からのカード払い登録エラー問合せへの回答。カード番号は下4桁以外マスク済みで、受付番号のみ。",
    **{"from": NOGU},
    to=["みらいプランニング 事務担当 <jimu@mirai-planning.example.jp>"],
    subject="Re: 保険料クレジットカード払い 登録エラーについて",
    text="""みらいプランニング 事務ご担当者様

お世話になっております。査定システム企画の野口です。
お問い合わせの件、ログを確認しました。

　受付番号：CR-20241008-00417
　カード：**** **** **** 4021（有効期限 入力値 09/24）
　エラー：E-207（有効期限切れ）

有効期限が過去日になっているため、登録がエラーになっています。
お客様に新しいカードの有効期限をご確認いただき、再度お手続きをお願いします。
（カード番号の再入力は不要です。）
""" + SIG_NOGU + """

> 野口様
> 先日、お客様のカード払いの登録をしたのですが、エラーのお知らせが届きました。
> 受付番号は CR-20241008-00417 です。原因を教えていただけますか。
""")

add(_writer="森下", _loc=None, expect="pass", kind="benign.policy",
    why="業界団体の作業部会へ、遺伝学的検査結果を引受に用いない社内方針を説明。「BRCA」「ゲノム」等の語が出るが、個人の情報はない。",
    **{"from": MORI},
    to=["生命保険業協会 医務査定部会 事務局 <imu-bukai@seiho-gyokai.example.or.jp>"],
    subject="遺伝学的検査結果の取扱いに関する各社方針（当社回答）",
    text="""医務査定部会 事務局 御中

お世話になっております。ひかり生命 引受査定部の森下です。
照会のあった標記について、当社の回答を以下のとおりお送りします。

1. 告知書・申込書で遺伝学的検査（がん遺伝子パネル検査、BRCA1/2 等の生殖細胞系列検査を含む）の
　 受検の有無・結果を質問していない。
2. お客様が自発的に結果を申告・提出した場合も、引受・支払の判断に用いない。
　 査定担当者には、当該情報を査定記録に転記しないよう指示している（2022年10月 通達）。
3. 既に発症している疾病については、通常の告知事項として取り扱う。
4. 社員研修：年1回、ゲノム医療の基礎と情報取扱いについて e-learning を実施（受講率 100%）。

部会資料への掲載方法はお任せいたします。
""" + SIG_MORI)

add(_writer="森下", _loc=None, expect="pass", kind="benign.meeting",
    why="再保険会社との来訪日程の調整。英語交じりの長い往復と署名、先方担当者名が並ぶが、顧客情報はない。",
    **{"from": MORI},
    to=["Harada Megumi (Atlas Re Tokyo) <m.harada@atlasre.example.com>"],
    cc=["Daniel Brooks <d.brooks@atlasre.example.com>", "三宅 朋子 <t-miyake@hikari-life.example.jp>"],
    subject="RE: Visit of Dr. Brooks – underwriting manual workshop",
    text="""原田様、Dr. Brooks

Thank you for the proposal.
11月26日（火）14:00〜17:00、当社18階 会議室Bでお願いいたします。
当社からは私と、医務査定第一グループの三宅（CC）、社医の高畑が出席します。

Agenda（案）
 1. Manual update 2025 – cardiovascular chapter
 2. Mental health: return-to-work cases
 3. Q&A

受付では「引受査定部 森下」をお呼び出しください。
ご来社をお待ちしております。

Best regards,
""" + SIG_MORI + """

From: Harada Megumi <m.harada@atlasre.example.com>
Sent: Tuesday, October 15, 2024 11:40 AM
Subject: Visit of Dr. Brooks – underwriting manual workshop

森下様

いつもお世話になっております。Atlas Re の原田です。
弊社 Chief Medical Officer の Daniel Brooks が11月下旬に来日します。
manual 改定のワークショップを御社で開催できないでしょうか。
候補日：11/26（火）午後、11/27（水）午前

--
Megumi Harada | Senior Underwriter, Life & Health
Atlas Reinsurance Company, Tokyo Branch
Otemachi 99F, Chiyoda-ku, Tokyo | +81-3-0000-1111
""")

add(_writer="野口", _loc=None, expect="pass", kind="benign.it_outage",
    why="査定システムの障害とウイルス感染疑い端末の隔離をベンダーへ連絡。「障害」「感染」「隔離」はIT用語で、個人の健康情報ではない。",
    **{"from": NOGU},
    to=["テクノブリッジ 保守窓口 <hoshu@technobridge.example.co.jp>"],
    cc=["石井 真司（テクノブリッジ） <s-ishii@technobridge.example.co.jp>"],
    subject="【至急】支払査定システム 画像ビューア障害／端末1台 隔離済み",
    text="""テクノブリッジ 保守窓口 御中
石井様

ひかり生命 査定システム企画の野口です。
本日2件、ご対応をお願いします。

1) 画像ビューア障害
　10:20頃から、診断書イメージを開くと「IMG-500」でビューアが落ちます。
　影響：支払査定部の全端末（約140台）。審査業務が止まっています。
　サーバ側ログ（app02, 10:18:44）に OutOfMemoryError が出ています。

2) ウイルス感染疑い
　端末 HL-PC-0457 でEDRがトロイの木馬を検知したため、LANケーブルを抜いて隔離済みです。
　検体は ZIP にせず、EDR コンソール上で保全しています（インシデント ID: EDR-88213）。

1)の暫定復旧見込みを11時半までにご連絡ください。
""" + SIG_NOGU)

add(_writer="吉岡", _loc=None, expect="pass", kind="benign.self",
    why="社内研修の外部講師（医師）本人へ、講師本人の謝金支払を連絡。口座はマスク済みで、本人宛の本人情報。",
    **{"from": YOSHI},
    to=["福田 雅之 先生 <m.fukuda.md@example.ne.jp>"],
    subject="研修講師謝金のお支払いについて（ご確認のお願い）",
    text="""福田 雅之 先生

先日は支払査定部の勉強会「精神科診断書の読み方」でご講演いただき、
誠にありがとうございました。受講者アンケートでも大変好評でした。

謝金のお支払いについて、ご登録いただいた内容で手続きいたします。
　謝金　　　　50,000円（源泉徴収税 5,105円控除後 44,895円）
　お振込先　　ご登録口座（普通 ****567）
　お振込日　　11月15日（金）

源泉徴収票は1月中旬に先生のご自宅宛に郵送いたします。
ご登録内容に変更がございましたら、お知らせください。
""" + SIG_YOSHI)

add(_writer="森下", _loc=None, expect="pass", kind="benign.condolence",
    why="代理店代表者の逝去に対するお悔やみ。故人の氏名は出るが、公表された訃報への儀礼的な返信で、病名などはない。",
    **{"from": MORI},
    to=["(有)さくら保険事務所 桜井様 <sakura@sakura-hoken.example.jp>"],
    subject="お悔やみ申し上げます",
    text="""さくら保険事務所
桜井 美穂 様

このたびは、ご尊父 桜井 正之 様のご逝去の報に接し、
心よりお悔やみ申し上げます。

長年にわたり弊社の商品をお客様にお届けいただき、
私どもも査定の現場で何度もご助言をいただきました。
生前のご厚情に深く感謝申し上げますとともに、謹んでご冥福をお祈りいたします。

ご葬儀には引受査定部長の上原が参列させていただく予定です。
ご多忙と存じますので、ご返信には及びません。

ひかり生命保険株式会社
引受査定部　森下 直樹""")

add(_writer="野口", _loc=None, expect="pass", kind="benign.test_card",
    why="開発定例の議事録。Luhn適合の番号 4111 1111 1111 1111 は決済ベンダー公開のテストカードで、検証環境の試験データ。実在顧客のカードではない。",
    **{"from": NOGU},
    to=["テクノブリッジ 開発PJ <pj-hikari@technobridge.example.co.jp>"],
    cc=["石井 真司（テクノブリッジ） <s-ishii@technobridge.example.co.jp>"],
    subject="【議事録】給付金カード払戻し機能 開発定例 #14（10/16）",
    text="""テクノブリッジ PJ 各位

本日の定例の議事録です。修正があれば金曜までにお知らせください。

日時：2024/10/16（水）16:00-17:00　場所：Teams
出席：（ひかり）野口、小松　（テクノブリッジ）石井様、Nguyen様、大塚様

1. 結合テスト進捗
　- ケース 312件中 287件 完了（92%）。残りは返金APIのタイムアウト系。
2. テストデータ
　- 検証環境（stg2）のカード決済は、決済代行の公開テストカードのみ使用する。
　　VISA 4111 1111 1111 1111（有効期限 12/30、CVV 123）
　- 本番データのコピーは使わない。マスキング済みダンプも持ち込み不可（再確認）。
3. 課題
　- #221 返金額の端数処理（1円未満切捨て）→ 業務側で確認（小松）
　- #224 stg2 の証明書期限 11/30 → テクノブリッジで更新（大塚様）

次回：10/23（水）16:00
""" + SIG_NOGU)
