"""Org C: cosmetic-dermatology clinic ルミエール美容皮膚科クリニック表参道 (lumiere-skin.example.jp)."""
from common import *

ORG = "C"
DOM = "lumiere-skin.example.jp"

MIZUKI = Writer("C-mizuki", "水城 玲奈", f"mizuki@{DOM}", """
────────────────────
医療法人社団ルミエール会
ルミエール美容皮膚科クリニック表参道
院長　水城 玲奈（日本皮膚科学会認定 皮膚科専門医）
〒150-0001 東京都渋谷区神宮前4-21-7 ルミエール表参道ビル3F
TEL 03-6450-3310 ／ FAX 03-6450-3311
────────────────────
""")

TAKATO = Writer("C-takato", "高遠 恵", f"takato@{DOM}", """
ルミエール美容皮膚科クリニック表参道
看護部 主任　高遠 恵（たかとお めぐみ）
TEL 03-6450-3310（受付 10:00〜19:00／水曜休診）
※ご予約の変更は公式LINEからも承っております。
""")

SAEKI = Writer("C-saeki", "佐伯 大輔", f"saeki@{DOM}", """
========================================
医療法人社団ルミエール会
事務長／経営企画・広報担当
佐伯 大輔  Daisuke Saeki
Direct: 03-6450-3315  Mobile: 080-4412-9083
saeki@lumiere-skin.example.jp
========================================
この電子メールおよび添付ファイルは、特定の宛先のみを対象としています。
宛先以外の方が受信された場合は、恐れ入りますが直ちに削除してください。
""")

INOUE = A("井上 沙耶", "s-inoue@breeze-comm.example.co.jp")
OKITA = A("沖田 竜也", "okita@breeze-comm.example.co.jp")
KUROSAWA = A("黒沢 亮", "kurosawa@mediesthe.example.co.jp")
LUX_QA = A("Luxion Medical 品質保証部 安全管理責任者", "qa-safety@luxion-medical.example.com")
LUX_SALES = A("香坂 俊", "kosaka@luxion-medical.example.com")
LUX_GAKU = A("白石 真理", "shiraishi@luxion-medical.example.com")
PAY = A("ルミナペイ 加盟店サポート", "merchant-support@lumina-pay.example.com")


def m(*a, **k):
    return mail(ORG, *a, **k)


def card4(n, sep="-"):
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


MAILS = []

CARD = card4(luhn("535811204776391"))

# ---------------------------------------------------------------- HOLDS
MAILS.append(m(MIZUKI, "body", "hold", "sensitive.referral_clinical",
    "A referral gives a named patient's keloid history, diabetes medication and birth date to another clinic.",
    [A("南 和也", "minami@aoyama-minami-derma.example.jp")], "ケロイド治療のご相談（患者紹介）",
    """青山みなみ皮膚科
院長 南 和也 先生

いつも大変お世話になっております。ルミエールの水城です。
先生のところでケロイドの圧迫・放射線併用療法を継続されていると伺い、
当院の患者さんを1名ご紹介させていただきたく、ご連絡いたしました。

　氏名：森永 佳奈 様（女性）
　生年月日：1991年3月8日
　主訴：前胸部ケロイド（約4×2.5cm）、掻痒と疼痛
　経過：2年前に当院でニキビ跡治療中に前胸部に発生。
　　　　トリアムシノロン局注を計5回施行するも再燃。
　既往歴：2型糖尿病（近医内科でメトホルミン内服中）、ケロイド体質（母も同様とのこと）
　アレルギー：なし

ご本人には先生のクリニックをご案内済みで、
来週中にお電話で予約を取られると思います。
紹介状の原本は患者さんにお渡しいたします。

お忙しいところ恐縮ですが、どうぞよろしくお願いいたします。""",
    personal=[("name", "森永 佳奈"), ("birthdate", "1991年3月8日"),
              ("diagnosis", "2型糖尿病（近医内科でメトホルミン内服中）")]))

MAILS.append(m(SAEKI, "body", "hold", "personal.monitor_contact",
    "A monitor candidate's full name, address, phone, Instagram and treatment are passed to the ad agency.",
    [INOUE], "来春キャンペーンのモニター候補者（1名目）",
    """ブリーズ・コミュニケーションズ
井上様

お世話になっております。ルミエールの佐伯です。
来春の「肝斑ケア」キャンペーンのモニター候補者、1人目が決まりました。
撮影スケジュールと衣装の連絡は、御社から直接していただいて構いません。

　氏名：宮本 理沙（みやもと りさ）様　38歳
　住所：東京都世田谷区経堂2-31-5 パークサイド経堂301
　電話：090-2287-6641
　Instagram：@risa_miya_days（フォロワー約1.2万）
　施術：肝斑に対するトラネキサム酸内服＋レーザートーニング（全5回）
　撮影：施術前／3回目終了時／5回目終了後1か月の計3回

症例写真の掲載同意書はご本人から取得済みです。
ギャラの支払い方法は、御社の規定に合わせてください。""",
    personal=[("name", "宮本 理沙"), ("address", "東京都世田谷区経堂2-31-5 パークサイド経堂301"),
              ("phone", "090-2287-6641"), ("sns", "@risa_miya_days")]))

MAILS.append(m(SAEKI, "body", "hold", "id.card_number",
    "A patient's full credit-card number and expiry are typed into a refund request to the payment processor.",
    [PAY], "返金（取消）処理のご依頼",
    f"""ルミナペイ 加盟店サポート ご担当者様

いつもお世話になっております。
加盟店番号 LP-0082741 ルミエール美容皮膚科クリニック表参道の佐伯です。

下記の決済について、売上日から60日を超えているため管理画面から取消ができません。
お手数ですが、返金処理をお願いできますでしょうか。

　売上日：2024年9月14日
　承認番号：381920
　金額：198,000円（医療脱毛 全身5回コース）
　カード会員名：KOYAMA NATSUKI（小山 菜月 様）
　カード番号：{CARD}
　有効期限：08/27
　返金理由：中途解約（未施術 3回分のうち、解約手数料を差し引いた額 112,200円を返金）

ご対応可能か、ご返信いただけますと幸いです。""",
    personal=[("name", "小山 菜月"), ("card_number", CARD), ("card_expiry", "08/27")]))

MAILS.append(m(SAEKI, "attachment", "hold", "list.campaign_winners",
    "The attached CSV lists prize winners with home addresses and phone numbers for the agency's shipping.",
    [OKITA], "口コミキャンペーン当選者 発送リスト",
    """沖田様

お世話になっております。佐伯です。
10月の口コミキャンペーン当選者分の発送リストをお送りします。
ノベルティ（オリジナルのUVミスト＋アイマスク）の発送をお願いします。

発送予定日が決まりましたら教えてください。""",
    attachments=[att("口コミCP_当選者発送リスト_10月.csv", CSV, """No,氏名,郵便番号,住所,電話番号,当選賞品
1,佐々木 美帆,154-0017,東京都世田谷区世田谷1-44-2,080-3321-5098,A賞
2,野口 真由美,167-0051,東京都杉並区荻窪5-8-17 サンハイツ203,090-4419-2253,A賞
3,藤田 奈央,231-0023,神奈川県横浜市中区山下町118-4-1102,070-2287-1166,B賞
4,松下 友梨,272-0034,千葉県市川市市川2-7-9,090-6650-3381,B賞
5,山口 陽子,330-0063,埼玉県さいたま市浦和区高砂3-15-6,080-1142-7730,B賞
6,渡辺 千夏,182-0022,東京都調布市国領町4-20-8 ヴェール国領502,090-8804-4415,B賞
"""), ],
    personal=[("name", "野口 真由美"), ("address", "東京都杉並区荻窪5-8-17 サンハイツ203"),
              ("phone", "090-4419-2253"), ("name", "渡辺 千夏"), ("phone", "090-8804-4415")]))

MAILS.append(m(TAKATO, "attachment", "hold", "sensitive.adverse_event_report",
    "The attached incident report names a patient with birth date and a laser burn injury, sent to the device maker.",
    [LUX_QA], cc=[LUX_SALES], subject="有害事象（熱傷）報告書の送付",
    body="""Luxion Medical株式会社
品質保証部 安全管理責任者 様
（CC：営業 香坂様）

お世話になっております。ルミエール美容皮膚科クリニック表参道 看護部の高遠です。
先日お電話でご報告した件の報告書を添付いたします。

機器は現在使用を中止しており、回収日時のご連絡をお待ちしております。
よろしくお願いいたします。""",
    attachments=[att("有害事象報告書_LX-PICO-2_20241108.pdf", PDF, """医療機器 有害事象報告書
報告日 2024年11月11日　　医療機関 ルミエール美容皮膚科クリニック表参道
機器名 LX-PICO 2（ピコ秒レーザー）　製造番号 LXP2-22-004871
発生日 2024年11月8日
患者氏名 長谷川 咲（はせがわ さき）　生年月日 1994年6月22日　性別 女
施術部位 両頬（シミ取り）　設定 1064nm / 3.0J/cm2 / 7mm
事象 照射直後から右頬に水疱形成。翌日、当院院長の診察で浅達性II度熱傷と診断。
処置 ステロイド外用、ワセリン保護。炎症後色素沈着のリスクについて説明済み。
転帰 未回復（経過観察中）
推定原因 ハンドピース先端のレンズ汚れによる出力ムラの可能性
"""), ],
    personal=[("name", "長谷川 咲"), ("birthdate", "1994年6月22日"), ("diagnosis", "浅達性II度熱傷")]))

MAILS.append(m(MIZUKI, "quoted", "hold", "sensitive.quoted_patient_mail",
    "The forwarded patient mail reveals her antidepressant use and a past body-dysmorphia diagnosis to a university surgeon.",
    [A("土屋 浩平", "tsuchiya@prs.toto-med-u.example.ac.jp")], "Fwd: 鼻の手術についてのご相談（患者さんからのメール）",
    """土屋先生

ご無沙汰しております。ルミエールの水城です。
少しご相談させてください。

当院で2年ほど注入治療を担当している患者さんから、下記のようなメールが届きました。
鼻の形成手術を強く希望されていますが、内容を拝見する限り、
手術の適応判断には精神科の主治医との連携が必要なケースかと感じております。
先生の外来でカウンセリングだけでもお願いできないか、ご意見をいただけますと幸いです。""",
    quoted="""---------- Forwarded message ---------
From: 石川 沙羅 <sara.ishikawa.88@gmail.com>
Date: 2024年11月16日(土) 23:02
Subject: 鼻の手術についてのご相談
To: ルミエール美容皮膚科クリニック <info@lumiere-skin.example.jp>

水城先生

いつもお世話になっています。石川沙羅です。
やっぱりヒアルロン酸ではなく、ちゃんと手術で鼻を直したいです。
前にもお話ししましたが、20代の頃に醜形恐怖症と言われたことがあって、
今も心療内科でパロキセチンを飲んでいます。
でも今回は自分でもちゃんと考えたうえで決めました。
どこか信頼できる形成外科を紹介してもらえませんか。
電話は 080-6674-1209 です。よろしくお願いします。
""",
    personal=[("name", "石川 沙羅"), ("diagnosis", "醜形恐怖症"), ("medication", "パロキセチン"),
              ("phone", "080-6674-1209"), ("email", "sara.ishikawa.88@gmail.com")]))

MAILS.append(m(TAKATO, "subject", "hold", "sensitive.subject_infection",
    "The subject line names a patient and her hepatitis-B positive result to the outside lab.",
    [A("メディカルラボ東京 検体受付", "uketsuke@medilab-tokyo.example.co.jp")],
    "再検査依頼：大河内 美咲様 HBs抗原陽性（術前検査）",
    """メディカルラボ東京
検体受付 ご担当者様

いつもお世話になっております。ルミエール表参道の高遠です。
標記の件、確認検査（HBV-DNA定量）をお願いいたします。
検体は本日17時の集荷分に同梱しております。
依頼書の控えはFAXでお送りしました。""",
    personal=[("name", "大河内 美咲"), ("infection", "HBs抗原陽性")]))

MAILS.append(m(SAEKI, "zip", "hold", "list.zip_monitors",
    "The zip holds a monitor management sheet with patients' names, ages, treatments and phones for the agency.",
    [OKITA], cc=[INOUE], subject="症例写真素材のお渡し（Web掲載用）",
    body="""沖田様（CC：井上様）

お世話になっております。佐伯です。
Webリニューアル用の症例写真素材をZIPでお送りします。
写真はギガファイル便で別途お送りしました（本ZIPには管理表とメモだけ入っています）。

モニターIDと写真ファイル名が対応していますので、
掲載時は必ずIDで管理していただくようお願いします。""",
    attachments=[
        att("症例写真素材_Web用.zip/モニター管理表.csv", CSV, """モニターID,氏名,年齢,施術内容,回数,電話番号,掲載同意,顔出し
MN-031,宮本 理沙,38,肝斑 レーザートーニング,5,090-2287-6641,済,目元隠し
MN-032,青山 瞳,45,HIFU（エミリア）,2,080-5563-0217,済,可
MN-033,神田 ゆかり,29,ニキビ跡 ダーマペン,4,070-8821-3349,済,不可
MN-034,岸田 萌,33,ボトックス（エラ）,1,090-1176-5528,済,可
"""),
        att("症例写真素材_Web用.zip/撮影メモ.txt", TXT, """撮影メモ
・MN-033 神田様は顔出し不可のため、口元のみトリミング
・ビフォーアフターには必ず施術内容・費用・リスクを併記
"""),
    ],
    personal=[("name", "青山 瞳"), ("phone", "080-5563-0217"), ("name", "神田 ゆかり"),
              ("phone", "070-8821-3349"), ("name", "岸田 萌")]))

MAILS.append(m(MIZUKI, "zip", "hold", "attachment.encrypted_zip",
    "Lab results are sent to a patient in a password-protected zip (PPAP).",
    [A("原田 麻衣", "mai_harada1985@yahoo.co.jp")], "血液検査結果の送付について",
    """原田 麻衣 様

先日はご来院ありがとうございました。院長の水城です。
ご希望いただいておりました血液検査（内服薬処方前の肝機能・腎機能）の結果をお送りします。
ファイルにはパスワードを設定しております。
パスワードはご登録の携帯電話番号宛てにSMSでお送りいたしました。

結果については、次回ご来院時（11月30日）に詳しくご説明いたします。""",
    attachments=[enczip("検査結果_原田様_20241115.zip")]))

patients = [
    A("浅野 まどか", "madoka.asano@gmail.com"),
    A("井口 翔子", "shoko_iguchi@yahoo.co.jp"),
    A("上野 茉莉", "mari.ueno.0707@gmail.com"),
    A("大塚 恵理", "eri-otsuka@outlook.com"),
    A("桂 みのり", "minori.katsura@gmail.com"),
    A("小島 紗希", "saki_kojima@yahoo.co.jp"),
    A("坂本 瑞穂", "mizuho.sakamoto@gmail.com"),
    A("清水 琴音", "kotone.shimizu@outlook.com"),
    A("瀬川 優奈", "yuna.segawa.11@gmail.com"),
    A("立花 玲子", "reiko_tachibana@yahoo.co.jp"),
    A("西村 香織", "kaori.nishimura.82@gmail.com"),
]
MAILS.append(m(TAKATO, "recipients", "hold", "recipients.patient_notice",
    "A closure notice to eleven patients puts all their private addresses in To, revealing who attends the clinic.",
    patients, "【ルミエール表参道】11月27日（水）・28日（木）臨時休診のお知らせ",
    """ご予約いただいている皆さま

いつもルミエール美容皮膚科クリニック表参道をご利用いただき、ありがとうございます。
看護部の高遠です。

レーザー機器の定期点検および院内設備工事のため、
11月27日（水）・28日（木）を臨時休診とさせていただきます。

該当日にご予約をいただいていた皆さまには、
順次お電話で振替日のご相談をさせていただきます。
ご不便をおかけし誠に申し訳ございません。

お急ぎの方は、公式LINEまたはお電話（03-6450-3310）でご連絡ください。"""))

# ---------------------------------------------------------------- PASSES
MAILS.append(m(SAEKI, "body", "pass", "benign.ad_copy_review",
    "Ad-copy review where katakana product names look like given names; no patient data.",
    [INOUE], cc=[OKITA], subject="Re: 冬季キャンペーンLP 原稿チェック結果",
    body="""井上様（CC：沖田様）

お世話になっております。佐伯です。
LP原稿、院長チェックが終わりましたので戻します。主な修正点は以下のとおりです。

1. 「エミリアで-5歳肌」→ NG。効果の断定・比較表現にあたるため
　「エミリア（HIFU）によるたるみ治療」に修正
2. 「ソフィア注入で痛みゼロ」→「極細針と麻酔クリームで痛みに配慮」
3. 「ミレーヌ・ピールは妊娠中でもOK」→ 削除（安全性の根拠が示せないため）
4. ビフォーアフター写真：医療広告ガイドラインの限定解除要件
　（治療内容、費用、主なリスク・副作用の併記）を満たす形でのみ掲載
5. 「芸能人も通う」→ 削除（体験談・口コミの扱いに該当）

監修者表記は「ルミエール美容皮膚科クリニック表参道 院長 水城 玲奈」で統一してください。
修正版は12月2日（月）までにいただけると助かります。""",
    quoted="""> 佐伯様
> 冬季キャンペーンのLP原稿をお送りします。
> ご確認をお願いいたします。
> ――
> 株式会社ブリーズ・コミュニケーションズ
> 第二営業局　井上 沙耶
> 〒106-0032 東京都港区六本木3-2-1 六本木グランドタワー（仮）12F
> TEL 03-5570-1182"""))

JANS = [jan13("459012345001"), jan13("459012345002"), jan13("459012345003")]
MAILS.append(m(TAKATO, "body", "pass", "benign.supplier_order",
    "A supplier order with JAN codes and lot numbers; the long digit strings are product codes.",
    [KUROSAWA], "12月第1週分のご発注",
    f"""メディエステ商事
黒沢様

いつもお世話になっております。ルミエール表参道の高遠です。
12月第1週分、下記のとおり発注いたします。

　品名／JANコード／数量
　・ソフィア ヒアルロン酸フィラー 1mL　{JANS[0]}　10箱
　・ミレーヌ ピーリング液 30%　{JANS[1]}　4本
　・表面麻酔クリーム 30g　{JANS[2]}　12本

前回納品分のロット（SF-2409-117）は残り2箱です。
使用期限の長いロットでのご手配をお願いいたします。
納品は12月3日（火）午前中、裏口の搬入口でお願いいたします。"""))

MAILS.append(m(MIZUKI, "body", "pass", "benign.own_aftercare",
    "Aftercare instructions go to the patient herself about her own treatment.",
    [A("宇佐美 遥香", "haruka.usami.0418@gmail.com")], "施術後のケアについて（ピコレーザー）",
    """宇佐美 遥香 様

本日はご来院ありがとうございました。院長の水城です。
診察券番号 L-20417 のカルテに記録した本日の施術内容と、
ご自宅でのケアについてまとめました。

■本日の施術
　ピコレーザー（スポット照射）左頬 3か所・こめかみ 1か所

■ご自宅でのケア
　・照射部位は3〜7日ほどでかさぶたになります。無理にはがさないでください。
　・処方した軟膏を1日2回、7日間塗布してください。
　・日焼け止め（SPF30以上）を毎日お使いください。

■次回のご予約
　12月14日（土）15:30〜　経過確認（無料）

赤みや腫れが強い、水ぶくれができたなどの場合は、
すぐにクリニック（03-6450-3310）までご連絡ください。"""))

MAILS.append(m(SAEKI, "body", "pass", "benign.account_change",
    "A notice of the clinic's own corporate bank-account change to suppliers.",
    [KUROSAWA, LUX_SALES], subject="【重要】お振込先口座変更のお知らせ（医療法人社団ルミエール会）",
    body="""お取引先各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
医療法人社団ルミエール会 事務長の佐伯でございます。

このたび、メインバンクの変更に伴い、当法人の入金口座を下記のとおり変更いたします。
2025年1月以降のご返金・ご精算等は、新口座へのお振込みをお願い申し上げます。

　【旧】青葉銀行 表参道支店 普通 3308421
　【新】東京ひかり銀行 渋谷中央支店 普通 7712059
　口座名義（変更なし）：イ）ルミエールカイ

なお、本件に関するお問い合わせは、念のためメールではなくお電話（03-6450-3315）にてご確認ください。
今後ともよろしくお願い申し上げます。"""))

MAILS.append(m(TAKATO, "body", "pass", "benign.infection_control_training",
    "Infection-control training and a staff vaccination schedule with no named person.",
    [A("シャインクリーン 現場責任者 大西", "onishi@shine-clean.example.co.jp")], "院内感染対策研修と12月の清掃スケジュールについて",
    """シャインクリーン株式会社
大西様

いつもお世話になっております。ルミエール表参道の高遠です。

1. 院内感染対策研修
　年2回の院内感染対策研修を、今年も清掃スタッフの皆さまと合同で行いたいと考えています。
　　日時：12月11日（水）休診日 14:00〜15:00
　　内容：標準予防策、血液・体液が付着したリネンの取扱い、
　　　　　感染性廃棄物の分別（針捨て容器の交換手順）
　ご参加人数を事前に教えていただけますと資料を準備いたします。

2. インフルエンザ予防接種
　当院スタッフは11月中に全員接種を終えております。
　清掃スタッフの方で接種を希望される方がいれば、12月4日（水）にまとめて対応可能です（費用は当院負担）。

3. 12月の清掃
　年末の大掃除は12月29日（日）でお願いします。
　処置室の換気扇フィルター交換を追加でお願いしたいです。"""))

MAILS.append(m(SAEKI, "body", "pass", "benign.terminal_outage_masked_card",
    "A payment-terminal outage report with masked card numbers, transaction IDs and a log hash.",
    [PAY], "決済端末の通信障害について（加盟店番号 LP-0082741）",
    """ルミナペイ 加盟店サポート ご担当者様

いつもお世話になっております。
加盟店番号 LP-0082741 ルミエール美容皮膚科クリニック表参道の佐伯です。

本日11:40頃から、受付の決済端末（端末ID T-55820193）で通信障害が発生しています。
「センター接続エラー E-204」と表示され、クレジットカード決済ができません。

エラー時の取引2件のログを以下に貼ります。
二重決済になっていないか、センター側でご確認いただけますでしょうか。

　11:42:07 取引ID TX-7F3A9C21 カード 4980-****-****-4821 ¥33,000 → E-204
　11:58:31 取引ID TX-7F3AA0E6 カード 3540-****-****-0056 ¥12,100 → E-204
　ログファイル ハッシュ（SHA-256）：
　9e1c4b07d2f58a3316c0e7a4b95d2f81c6a03e77b4d1259f08c6e3a7d5b21f94

なお、端末は再起動済みで、LTE回線のアンテナ表示は正常です。
復旧見込みがわかりましたらご連絡ください。"""))

MAILS.append(m(MIZUKI, "body", "pass", "benign.congratulations",
    "A congratulations note to a fellow doctor on his clinic's anniversary.",
    [A("南 和也", "minami@aoyama-minami-derma.example.jp")], "開院5周年おめでとうございます",
    """南先生

開院5周年、誠におめでとうございます。
先日の記念の会にお招きいただきながら、診療の都合で伺えず失礼いたしました。
ささやかですが、お花を手配させていただきました。

来年の美容皮膚科学会での共同演題（肝斑に対する内服併用療法の後ろ向き検討）も、
どうぞよろしくお願いいたします。
抄録の締切が1月末ですので、年明けに一度打合せできれば嬉しいです。

先生とスタッフの皆さまの益々のご発展をお祈り申し上げます。"""))

MAILS.append(m(SAEKI, "quoted", "pass", "benign.meeting_arrangement",
    "Scheduling a device demo with supplier staff names and heavy signatures only.",
    [LUX_SALES, LUX_GAKU], cc=[MIZUKI.addr], subject="Re: Re: 新機種デモのお日程について",
    body="""香坂様、白石様

ご調整ありがとうございます。佐伯です。
12月11日（水）13:00〜15:00でお願いいたします。
水曜は休診日のため、処置室を丸ごとお使いいただけます。

当院の出席者は院長の水城、看護主任の高遠、私の3名です。
デモ機の搬入は裏口（神宮前4丁目側）からお願いします。
駐車場はございませんので、近隣のコインパーキングをご利用ください。

当日はよろしくお願いいたします。""",
    quoted="""> 佐伯様
>
> お世話になっております。Luxion Medicalの香坂です。
> 新機種「LX-PICO 3」のデモの件、以下の候補でいかがでしょうか。
>  ・12月10日（火）18:00〜20:00（診療後）
>  ・12月11日（水）13:00〜15:00
> 学術の白石も同行いたします。
>
> ━━━━━━━━━━━━━━━━━━━━
> Luxion Medical株式会社 東京営業所
> 営業二課　香坂 俊（こうさか しゅん）
> 〒105-0014 東京都港区芝2-5-10 芝NKビル7F
> TEL 03-5443-2901 ／ 携帯 080-9921-4403
> ━━━━━━━━━━━━━━━━━━━━"""))

MAILS.append(m(TAKATO, "zip", "pass", "benign.plain_zip_materials",
    "A plain zip of generic treatment explanation sheets; risk words describe procedures, not patients.",
    [INOUE], "施術説明資料（Web掲載用テキスト）の送付",
    """井上様

お世話になっております。ルミエール表参道の高遠です。
Webの「施術の流れ・リスク」ページ用に、院内の説明資料のテキスト版をZIPでお送りします。
パスワードはかけていません。院長確認済みの最新版です。""",
    attachments=[{"filename": "施術説明資料_テキスト版.zip", "contentType": ZIP,
                  "text": """ダウンタイムの目安.docx
ピコレーザー：赤み 1〜3日、かさぶた 3〜7日
ダーマペン：赤み・腫れ 2〜3日
主なリスク・副作用.docx
炎症後色素沈着、水疱、感染、内出血、アレルギー反応の可能性があります。
感染予防のため、施術後12時間は洗顔・メイクをお控えください。
"""}]))

MAILS.append(m(SAEKI, "body", "pass", "benign.press_interview",
    "Press-interview logistics naming a public beauty expert and a historical figure; no patient data.",
    [A("美粧 編集部 岩瀬 麻里", "iwase@bisho-mag.example.co.jp")], "取材日程と対談企画についてのご確認",
    """月刊「美粧」編集部
岩瀬様

お世話になっております。ルミエールの佐伯です。
2月号の特集「クレオパトラから令和まで　美白の歴史」について、
院長の水城より対談のご快諾をいただきました。

　日程：12月18日（水）15:00〜17:00（休診日）
　場所：当院カウンセリングルーム
　対談相手：美容家 IKUKO さん
　撮影：院内2カット＋院長ポートレート

なお、誌面に症例写真を使用される場合は、当院で掲載同意を取得済みの写真のみ、
目元を加工した状態でご提供いたします。
原稿は掲載前に医療広告ガイドラインの観点で確認させてください。"""))
