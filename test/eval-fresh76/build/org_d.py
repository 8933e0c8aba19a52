"""Org D: 株式会社まるみや食品 お客様相談室・品質保証部 (food manufacturer)."""
from common import mail, att, luhn, g4

ORG = "D"
DOM = "marumiya-foods.example.co.jp"

UEDA = f"上田 真理子 <ueda.m@{DOM}>"
KUWABARA = f"桑原 亮 <kuwabara.r@{DOM}>"
IWASE = f"岩瀬 翔 <iwase.s@{DOM}>"

SIG_UEDA = """
*************************************
株式会社まるみや食品
お客様相談室　室長　上田 真理子
〒370-0006 群馬県高崎市問屋町4-7-22
お客様相談室 フリーダイヤル 0120-000-841（9:00～17:00 土日祝除く）
TEL 027-000-5510　FAX 027-000-5519
ueda.m@marumiya-foods.example.co.jp
*************************************
"""

SIG_KUWABARA = """
----
株式会社まるみや食品
品質保証部 品質保証課　主任　桑原 亮
高崎第二工場 品質管理棟
TEL 027-000-5530（直通）／携帯 080-0000-6642
kuwabara.r@marumiya-foods.example.co.jp
FSSC 22000 認証取得（高崎第一・第二工場）
----
"""

SIG_IWASE = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
まるみや食品 お客様相談室
岩瀬 翔（いわせ しょう）
フリーダイヤル 0120-000-841
iwase.s@marumiya-foods.example.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
"""

SEIFUN = "北関東製粉 品質管理課 <qc@kitakanto-seifun.example.co.jp>"
SONPO = "あさひ損害保険 企業賠償サービス課 佐久間 <sakuma.h@asahi-sonpo.example.co.jp>"
PAYLINX = "ペイリンクス 加盟店サポート <merchant-support@paylinx.example.com>"
MURAI = "村井 健太郎 <k.murai@sunmart.example.co.jp>"
FRESH = "フレッシュ市場 前橋南店 店長 大谷 <maebashi-minami@freshichiba.example.jp>"
LAB = "宮下 綾 <miyashita.a@ehfi-lab.example.co.jp>"
LAB_KEIRI = "東日本食品検査センター 経理課 <keiri@ehfi-lab.example.co.jp>"
QAP = "QAパートナーズ 監査担当 松永 <matsunaga@qa-partners.example.jp>"
COOP = "生協ぐんま 商品検査室 <kensa@coop-gunma.example.or.jp>"
HC = "高崎市保健所 食品衛生係 <shokuhin@takasaki-hc.example.lg.jp>"

MAILS = []


def add(**kw):
    MAILS.append(mail(ORG, **kw))


CARD = g4(luhn("498011223344556"), "-")

# ---------------------------------------------------------------- holds
add(writer="iwase", loc="body", expect="hold", kind="personal.complaint_forward",
    why="A complainant's name, address, phone and e-mail are forwarded to the flour supplier along with her complaint.",
    frm=IWASE, to=[SEIFUN], cc=[KUWABARA],
    subject="異物混入のお申し出について（原料由来の可能性）",
    text=f"""
北関東製粉株式会社
品質管理課 ご担当者様

いつもお世話になっております。まるみや食品 お客様相談室の岩瀬です。
弊社製品について、原料（小麦粉）由来の可能性がある異物のお申し出がありましたので、
調査へのご協力をお願いしたくご連絡いたしました。

【お申し出内容】
　製品：まるみや 手づくり風どら焼き 5個入（賞味期限 2025.11.08、製造所記号 T2）
　内容：生地の中に長さ約 8mm の黒い繊維状の異物
　お申し出者：坂口 典子 様
　ご住所：群馬県前橋市南町2-19-4 サンハイツ南町 301
　お電話：027-000-3645 ／ メール noriko.sakaguchi@gmail.com
　購入店：フレッシュ市場 前橋南店（10月12日購入）

現品は本日お客様から着払いで届く予定です。
弊社での一次調査の後、貴社にもお送りしますので、
同ロット（使用原料ロット FL-2509-118）の工程記録のご確認をお願いいたします。

なお、お客様は原料メーカーからの説明も希望されていますので、
必要に応じて直接ご連絡いただいて構わないと伺っております。
{SIG_IWASE}""",
    personal=[("name", "坂口 典子"), ("address", "群馬県前橋市南町2-19-4 サンハイツ南町 301"),
              ("phone", "027-000-3645"), ("email", "noriko.sakaguchi@gmail.com")])

add(writer="ueda", loc="body", expect="hold", kind="sensitive.allergy_hospitalisation",
    why="A named child's egg-allergy anaphylaxis, hospitalisation and hospital are reported to the liability insurer.",
    frm=UEDA, to=[SONPO],
    subject="生産物賠償責任保険 事故報告（第一報）",
    text=f"""
あさひ損害保険株式会社
企業賠償サービス課　佐久間様

平素より大変お世話になっております。
まるみや食品 お客様相談室の上田でございます。
生産物賠償責任保険の対象となり得る事案が発生しましたので、第一報をお送りいたします。

【事故の概要】
　製品：まるみや おこさまクッキー（たまご不使用）80g
　お申し出者：川口 奈緒子 様（母）
　被害者：川口 蓮 くん（5歳）
　症状：10月18日（土）夕方、製品を喫食後約 20分で全身の蕁麻疹・咳込み・嘔吐。
　　　　救急搬送され、群馬中央こども病院で「鶏卵によるアナフィラキシー」と診断。
　　　　2泊入院し、10月20日（月）に退院。
　既往：鶏卵アレルギー（乳児期に診断、エピペン処方あり）

【弊社の対応状況】
　・同ロットの残品・保存品を卵タンパク（ELISA）で検査中
　・製造ラインの前工程で卵使用製品を製造していたことを確認（洗浄記録を確認中）

治療費・通院交通費についてお客様から請求の意向が示されております。
今後の対応について、ご指示をいただけますと幸いです。
{SIG_UEDA}""",
    personal=[("name", "川口 蓮"), ("name", "川口 奈緒子"), ("diagnosis", "鶏卵によるアナフィラキシー"),
              ("health", "鶏卵アレルギー（乳児期に診断、エピペン処方あり）")])

add(writer="iwase", loc="body", expect="hold", kind="id.card_number",
    why="A customer's full credit card number and expiry are written into the body to the payment processor.",
    frm=IWASE, to=[PAYLINX],
    subject="返金処理（売上取消）のお願い　注文番号 MW-2510-04417",
    text=f"""
株式会社ペイリンクス
加盟店サポート ご担当者様

いつもお世話になっております。
加盟店 株式会社まるみや食品（加盟店ID MRM-0042）の岩瀬です。

自社通販サイトのご注文について、商品不良による全額返金のため
売上取消をお願いいたします。管理画面では既に締め後のため取消ができませんでした。

　注文番号：MW-2510-04417
　注文日：2025年10月9日
　金額：4,860円（税込）
　ご注文者：福島 勇気 様
　カード番号：{CARD}
　有効期限：08/28

お客様には 10月末までに返金される旨をご案内済みです。
処理完了後、ご連絡いただけますと幸いです。
{SIG_IWASE}""",
    personal=[("name", "福島 勇気"), ("card_number", CARD), ("card_expiry", "有効期限：08/28")])

MOUSHIDE = """[お申し出一覧]
受付日\t受付番号\tお名前\tご住所\t電話番号\t商品\t購入店\t内容\t対応
2025/09/03\tC25-0903-02\t山本 弘子\t高崎市江木町1220-5\t027-000-1904\t手づくり風どら焼き\tサンマート高崎東店\t生地が固い\t代品送付済
2025/09/11\tC25-0911-01\t田村 聡\t高崎市中居町3-14-8\t090-0000-5581\tおこさまクッキー\tサンマート高崎東店\t袋の破れ\t代品送付済
2025/09/20\tC25-0920-04\tゴメス・マリア\t伊勢崎市宮子町3472-11\t080-0000-2276\t黒糖ふ菓子\tサンマート伊勢崎店\t異臭\t回収・検査中
2025/10/02\tC25-1002-03\t岡野 真一\t藤岡市藤岡612-3\t027-000-8837\t手づくり風どら焼き\tサンマート藤岡店\t異物（毛髪）\t回収・報告書送付
2025/10/07\tC25-1007-01\t北条 さやか\t高崎市飯塚町540-2-203\t070-0000-4412\tみかんゼリー「ハルカ」\tサンマート高崎東店\t液漏れ\t代品送付済
"""

add(writer="ueda", loc="attachment", expect="hold", kind="list.complaint_log",
    why="The attached complaint list gives five customers' names, home addresses and phone numbers to the retailer's buyer.",
    frm=UEDA, to=[MURAI],
    subject="9～10月 お客様お申し出状況のご報告（サンマート様取扱い分）",
    text=f"""
株式会社サンマート
商品部 村井様

いつも大変お世話になっております。まるみや食品の上田でございます。
先日の商談でご依頼いただいた、貴社店舗でご購入の商品に関する
お客様お申し出の状況をまとめましたので、添付にてお送りいたします。

9月～10月上旬で 5件、うち品質に関わるものは 2件（異臭・異物）でございます。
いずれも原因の調査を終え、再発防止策を講じております。
詳細は次回の定例商談でご説明させていただきます。
{SIG_UEDA}""",
    attachments=[att("お申し出状況_サンマート様_202509-10.xlsx", MOUSHIDE)],
    personal=[("name", "山本 弘子"), ("address", "高崎市江木町1220-5"), ("phone", "090-0000-5581"),
              ("name", "ゴメス・マリア"), ("address", "高崎市飯塚町540-2-203")])

SHINDANSHO = """診断書

患者氏名：長尾 里美　殿
生年月日：昭和60年1月28日（40歳）
住所：群馬県高崎市下小鳥町418-6

病名：カンピロバクター腸炎（疑い）、脱水症

上記の者、令和7年10月13日より下痢・発熱（38.6℃）・腹痛にて当院を受診。
便培養にてカンピロバクター・ジェジュニ検出。
10月13日から10月15日まで点滴加療を行い、自宅療養を要する。
（本人申告：10月12日夕食に市販の鶏そぼろ弁当を喫食）

令和7年10月17日
医療法人 たかさき内科消化器クリニック
医師　高梨 誠
"""

add(writer="kuwabara", loc="attachment", expect="hold", kind="sensitive.medical_certificate",
    why="A complainant's medical certificate (name, birth date, address, Campylobacter enteritis) is attached for an outside lab.",
    frm=KUWABARA, to=[LAB],
    subject="検体追加と参考資料の送付（鶏そぼろ弁当の件）",
    text=f"""
東日本食品検査センター
宮下様

お世話になっております。まるみや食品 品質保証部の桑原です。
先日ご依頼した鶏そぼろ弁当（製造日 10/11）の細菌検査について、
保存検体を 2検体追加でお送りします（明日午前着）。

検査項目の判断の参考として、お客様からご提供いただいた資料を添付いたします。
カンピロバクターの検査を優先していただけますでしょうか。
{SIG_KUWABARA}""",
    attachments=[att("参考資料_お客様提供.pdf", SHINDANSHO)],
    personal=[("name", "長尾 里美"), ("birth_date", "昭和60年1月28日"),
              ("address", "群馬県高崎市下小鳥町418-6"), ("diagnosis", "カンピロバクター腸炎（疑い）、脱水症")])

add(writer="iwase", loc="quoted", expect="hold", kind="personal.complaint_quoted",
    why="The reply to the store manager quotes the customer's web form with her name, address, phone and e-mail.",
    frm=IWASE, to=[FRESH],
    subject="Re: 【お客様相談室】Webお問い合わせ受付 No.W25-10-0388",
    text=f"""
フレッシュ市場 前橋南店
大谷店長様

お世話になっております。まるみや食品 お客様相談室の岩瀬です。
下記のお問い合わせ、店頭でのご購入品とのことですので共有いたします。
お客様は返品をお店でしたいとのご希望ですので、
ご来店の際はご対応いただけますと助かります。代金は弊社で補填いたします。
{SIG_IWASE}
> ---------- Webお問い合わせフォーム ----------
> 受付番号：W25-10-0388
> 受付日時：2025/10/20 22:14
> お名前：村田 優香
> ご住所：群馬県前橋市新堀町88-3
> 電話番号：090-0000-8152
> メール：yuka.murata.0922@yahoo.co.jp
> 商品名：黒糖ふ菓子 10本入
> 購入店：フレッシュ市場 前橋南店
> お問い合わせ内容：
> 開封したら中のふ菓子が湿気っていて、一部白いカビのようなものがありました。
> 子どもが一口食べてしまったので心配です。お店で返品できますか。
> -------------------------------------------
""",
    personal=[("name", "村田 優香"), ("address", "群馬県前橋市新堀町88-3"),
              ("phone", "090-0000-8152"), ("email", "yuka.murata.0922@yahoo.co.jp")])

add(writer="kuwabara", loc="quoted", expect="hold", kind="sensitive.employee_infection",
    why="The quoted internal report tells the outside lab that a named packing-line employee tested positive for norovirus.",
    frm=KUWABARA, to=[LAB],
    subject="Re: ノロウイルス拭き取り検査の日程について",
    text=f"""
宮下様

ご連絡ありがとうございます。桑原です。
10月24日（金）9時からでお願いいたします。
拭き取り箇所は下記の社内報告にある包装ライン 2号機周りを中心に、
計 20か所程度を想定しています。スワブの数をご準備ください。
{SIG_KUWABARA}
-----Original Message-----
From: 桑原 亮 <kuwabara.r@marumiya-foods.example.co.jp>
Sent: Tuesday, October 21, 2025 8:31 AM
To: 品質保証部 <qa-all@marumiya-foods.example.co.jp>
Subject: 【至急】第二工場 包装ライン 従業員の体調不良について

品質保証部各位

第二工場 包装ライン 2号機担当の 菅野 由美 さん（パート）が、
10/20 夜に嘔吐・下痢で受診し、クリニックの迅速検査でノロウイルス陽性でした。
10/20 は 8:00～17:00 まで通常勤務しています。
同ラインの製品（黒糖ふ菓子、10/20 製造分）は出荷保留とし、
外部検査機関に拭き取り検査を依頼します。

桑原
""",
    personal=[("name", "菅野 由美"), ("diagnosis", "ノロウイルス陽性")])

add(writer="ueda", loc="subject", expect="hold", kind="personal.subject_line",
    why="The subject line carries a complainant's name, street address and mobile number; the body only refers to the case.",
    frm=UEDA, to=[MURAI],
    subject="【異物混入】木下 栄子様（高崎市上並榎町318-2／090-0000-2718）ご申出品の調査結果",
    text=f"""
株式会社サンマート
村井様

お世話になっております。まるみや食品の上田でございます。
標記の件、調査が完了しましたのでご報告いたします。

異物は製造工程で使用している PP 製結束バンドの破片と判明しました。
10月15日以降、結束バンドを金属検出機対応品に切り替え、
作業前後の員数確認を徹底しております。

お客様には本日、私からお電話でご説明し、ご了承をいただいております。
報告書（正式版）は明日郵送いたします。
{SIG_UEDA}""",
    personal=[("name", "木下 栄子"), ("address", "高崎市上並榎町318-2"), ("phone", "090-0000-2718")])

DAICHO_Q3 = """受付番号,受付日,氏名,年齢,住所,電話番号,商品,申出区分,健康被害,対応結果
C25-0705-01,2025/07/05,渡部 隆,67,高崎市筑縄町45-2,027-000-7720,鶏そぼろ弁当,異物,なし,返金
C25-0718-03,2025/07/18,相沢 美紀,34,前橋市広瀬町1-22-7,090-0000-3381,おこさまクッキー,アレルギー,あり（蕁麻疹・受診）,調査・治療費補償
C25-0802-02,2025/08/02,ホアン・ティ・ラン,28,伊勢崎市連取町1520-3,080-0000-6694,黒糖ふ菓子,異臭,なし,代品
C25-0819-01,2025/08/19,宮田 茂雄,72,安中市原市1-8-15,027-000-2253,手づくり風どら焼き,異物,なし,代品・報告書
C25-0906-02,2025/09/06,井上 千里,45,高崎市上中居町902,070-0000-5128,鶏そぼろ弁当,体調不良,あり（下痢・受診）,調査中
C25-0920-04,2025/09/20,ゴメス・マリア,39,伊勢崎市宮子町3472-11,080-0000-2276,黒糖ふ菓子,異臭,なし,回収・検査中
"""

add(writer="kuwabara", loc="zip", expect="hold", kind="list.complaint_register_zip",
    why="The zip's register lists customers' names, ages, addresses, phones and health-damage claims for an outside audit consultant.",
    frm=KUWABARA, to=[QAP],
    subject="第二者監査 事前提出資料の送付",
    text=f"""
QAパートナーズ
松永様

お世話になっております。まるみや食品 品質保証部の桑原です。
11月5日の第二者監査（生協ぐんま様向け）の事前提出資料を送付いたします。
資料が多いため zip でまとめております。

　・HACCP プラン（第二工場）
　・苦情処理手順書 Rev.7
　・お客様お申し出台帳（2025年 第3四半期）

当日もご指導のほど、よろしくお願いいたします。
{SIG_KUWABARA}""",
    attachments=[
        att("監査事前資料_1105.zip/苦情処理手順書_Rev7.pdf", """苦情処理手順書 Rev.7
1. 受付：お客様相談室が受付し、24時間以内に品質保証部へ連絡する。
2. 分類：異物／異臭／アレルギー／体調不良／包装不良／その他
3. 健康被害の申出は室長が保健所への報告要否を判断する。
"""),
        att("監査事前資料_1105.zip/申出台帳_2025Q3.csv", DAICHO_Q3)],
    personal=[("name", "相沢 美紀"), ("address", "前橋市広瀬町1-22-7"), ("phone", "090-0000-3381"),
              ("health", "あり（蕁麻疹・受診）"), ("name", "ホアン・ティ・ラン")])

RETAILERS = [
    MURAI,
    "フレッシュ市場 本部 商品部 <shohin@freshichiba.example.jp>",
    "生協ぐんま 商品部 日配担当 <nichihai@coop-gunma.example.or.jp>",
    "ベイシア北 バイヤー 林 <hayashi.k@beisia-kita.example.co.jp>",
    "とりせんマート 仕入部 <shiire@torisen-mart.example.jp>",
    "株式会社ヤオヨシ 菓子担当 <kashi@yaoyoshi.example.co.jp>",
    "スーパーたかはし 商品課 <shohinka@super-takahashi.example.jp>",
    "道の駅くらぶち 売店 <baiten@michinoeki-kurabuchi.example.jp>",
    "ハロー食品館 バイヤー 森田 <morita@hello-shokuhinkan.example.co.jp>",
    "上州ドラッグ 食品部 <food@joshu-drug.example.co.jp>",
    "群馬物産 卸営業部 <oroshi@gunma-bussan.example.co.jp>",
    "富岡ストア 本部 <honbu@tomioka-store.example.jp>",
]

add(writer="ueda", loc="recipients", expect="hold", kind="recipients.retailers",
    why="Twelve buyers at twelve different retailers and wholesalers are listed openly in To instead of Bcc.",
    frm=UEDA, to=RETAILERS, cc=[KUWABARA],
    subject="【重要】黒糖ふ菓子 10本入 自主回収のお知らせとお願い",
    text=f"""
お取引先 各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
株式会社まるみや食品 お客様相談室の上田でございます。

このたび、弊社製品「黒糖ふ菓子 10本入」の一部において、
包装の密封不良によりカビが発生しているものがあることが判明いたしました。
つきましては、下記の製品を自主回収させていただきます。

　商品名：黒糖ふ菓子 10本入
　JANコード：4912345678904
　対象：賞味期限 2026.01.20／製造所記号 T2 のもの
　理由：包装の密封不良による品質劣化（カビの発生）

店頭在庫の撤去と、返品のご対応をお願い申し上げます。
回収品は弊社担当者が 10月24日（金）までに引き取りに伺います。
お客様からのお問い合わせは、弊社お客様相談室（0120-000-841）へご案内ください。

ご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。
{SIG_UEDA}""")

# ---------------------------------------------------------------- passes
add(writer="ueda", loc="body", expect="pass", kind="benign.recall_jan_codes",
    why="JAN codes, lot marks and best-before dates for a product change notice; numbers are product codes.",
    frm=UEDA, to=[MURAI, "フレッシュ市場 本部 商品部 <shohin@freshichiba.example.jp>"],
    subject="【ご案内】おこさまクッキー 規格変更（JANコード変更）について",
    text=f"""
株式会社サンマート 村井様
フレッシュ市場 商品部 ご担当者様

いつもお世話になっております。まるみや食品の上田でございます。
「おこさまクッキー（たまご不使用）」について、アレルゲン管理の強化に伴い
製造ラインを専用ラインへ移管し、あわせて規格を変更いたします。

　旧：おこさまクッキー 80g　JAN 4912345000118
　新：おこさまクッキー 75g　JAN 4912345000125
　切替時期：賞味期限 2026.03.01 以降の製品から新規格
　　　　　　（製造所記号 T1、ロット記号 25K 以降）

旧規格品は在庫が無くなり次第終了となります。
棚札の変更をお願いできますと幸いです。新しい商品規格書は別途お送りいたします。
{SIG_UEDA}""")

SHUKEI = """[月次お申し出集計 2025年9月]
区分\t件数\t前月\t備考
異物\t7\t9\t毛髪 3、樹脂片 2、その他 2
異臭・異味\t4\t2\t黒糖ふ菓子 3件（回収対象ロット）
アレルギー関連の問い合わせ\t12\t10\tうち健康被害の申出 1件（因果関係調査中）
体調不良の申出\t2\t1\tいずれも保健所への報告対象外と判断
包装不良\t6\t5\t
表示に関する問い合わせ\t18\t15\t原料原産地 9件
合計\t49\t42\t

※個人が特定される情報は含めていません。
"""

add(writer="kuwabara", loc="attachment", expect="pass", kind="benign.complaint_statistics",
    why="Complaint and allergy-related inquiries are given only as monthly counts by category.",
    frm=KUWABARA, to=[COOP],
    subject="9月度 お申し出集計のご報告",
    text=f"""
生協ぐんま
商品検査室 ご担当者様

お世話になっております。まるみや食品 品質保証部の桑原です。
取引基準書に基づく 9月度のお申し出集計を添付にてご報告いたします。

異臭・異味の増加は、黒糖ふ菓子の包装不良（自主回収済みロット）によるものです。
アレルギー関連の健康被害申出 1件については、調査結果が出次第ご報告いたします。
{SIG_KUWABARA}""",
    attachments=[att("お申し出集計_202509.xlsx", SHUKEI)])

add(writer="iwase", loc="body", expect="pass", kind="benign.to_data_subject",
    why="An apology to the complainant herself that repeats only her own address for the return kit.",
    frm=IWASE, to=["坂口 典子 <noriko.sakaguchi@gmail.com>"],
    subject="どら焼きの件につきまして（まるみや食品 お客様相談室）",
    text=f"""
坂口 典子 様

このたびは弊社製品「手づくり風どら焼き」でご不快な思いをおかけし、
誠に申し訳ございません。まるみや食品 お客様相談室の岩瀬でございます。

お電話でお伝えしたとおり、現品をお調べさせていただきたく、
返送用のキット（着払い伝票・チャック付き袋・緩衝材）を本日発送いたしました。
明日中に下記ご住所へ届く予定です。

　〒371-0000 群馬県前橋市南町2-19-4 サンハイツ南町 301

お手数ですが、異物が入っていた部分を袋に入れ、
残りの製品とあわせてご返送ください。
調査結果は 2週間程度でご報告いたします。

ご不明な点は、お客様相談室（0120-000-841）または本メールへのご返信でお問い合わせください。
{SIG_IWASE}""")

add(writer="ueda", loc="body", expect="pass", kind="benign.product_names",
    why="'ハルカ', 'アカネ' and 'ミノリ' are katakana product names, not people.",
    frm=UEDA, to=["生協ぐんま 商品部 日配担当 <nichihai@coop-gunma.example.or.jp>"],
    subject="冬季限定ゼリー「アカネ」「ミノリ」のご案内",
    text=f"""
生協ぐんま 商品部 日配ご担当者様

いつもお世話になっております。まるみや食品の上田でございます。
ご好評いただいているみかんゼリー「ハルカ」シリーズに、
冬季限定の 2品が加わりますのでご案内いたします。

　・「アカネ」　群馬県産りんご（紅玉）のゼリー　160g　参考小売 238円
　・「ミノリ」　群馬県産洋梨のゼリー　　　　　　160g　参考小売 258円

どちらも「ハルカ」と同じく、着色料・香料不使用です。
11月第2週からの企画に間に合うよう、サンプルを 10月28日にお届けいたします。
「アカネ」は昨年のテスト販売で、「ハルカ」と並べた棚で前年比 112% の実績がございました。

ご検討のほど、よろしくお願い申し上げます。
{SIG_UEDA}""")

add(writer="kuwabara", loc="body", expect="pass", kind="benign.corporate_account",
    why="Payment notice to a lab naming the lab's corporate account; no private account.",
    frm=KUWABARA, to=[LAB_KEIRI], cc=[LAB],
    subject="9月分 検査費用のお振込について",
    text=f"""
株式会社東日本食品検査センター
経理課 ご担当者様

いつもお世話になっております。まるみや食品 品質保証部の桑原です。
9月分の検査費用（請求書番号 EH-2509-0233、297,880円）について、
本日下記口座へお振込みいたしました。

　振込先：群馬中央銀行　高崎支店　当座　0148273
　口座名義：カ）ヒガシニホンショクヒンケンサセンター

振込名義は「カ）マルミヤシヨクヒン」です。
なお、10月分から請求書の宛先を「品質保証部 品質保証課」に変更いただけますでしょうか。
{SIG_KUWABARA}""")

add(writer="kuwabara", loc="body", expect="pass", kind="benign.health_centre_meeting",
    why="Arranging an inspection with named health-centre officials acting in their public role.",
    frm=KUWABARA, to=[HC],
    subject="定期立入検査の日程について（まるみや食品 高崎第二工場）",
    text=f"""
高崎市保健所
食品衛生係　食品衛生監視員 新井様、石原様

いつもお世話になっております。
株式会社まるみや食品 品質保証部の桑原でございます。

先日お電話をいただいた定期立入検査の日程について、
ご提示いただいた候補のうち、下記でお願いできますでしょうか。

　11月 7日（金）10:00～　高崎第二工場

当日は工場長の斉藤、品質保証部長の関根、私の 3名で対応いたします。
HACCP の記録（9月・10月分）と、黒糖ふ菓子の自主回収の経過報告書を
ご用意しておきます。

駐車場は第二工場正門を入って右手の来客用スペースをご利用ください。
{SIG_KUWABARA}""")

add(writer="iwase", loc="body", expect="pass", kind="benign.tracking_numbers",
    why="12-digit courier tracking numbers and sample numbers for lab shipments; none is an identity number.",
    frm=IWASE, to=[LAB],
    subject="検体発送のご連絡（W25-10-0388 ほか）",
    text=f"""
東日本食品検査センター
宮下様

お世話になっております。まるみや食品 お客様相談室の岩瀬です。
本日、下記の検体をクール便（冷蔵）で発送いたしました。

　送り状番号　　　　　検体番号　　　　内容
　4990-9514-5474　　　S25-1021-01　　黒糖ふ菓子（お客様返送品）
　5277-2040-5601　　　S25-1021-02　　黒糖ふ菓子（同ロット保存品）
　8656-9070-2936　　　S25-1021-03　　黒糖ふ菓子（別ロット比較品）

到着は明日午前の予定です。
検査項目は真菌（カビ・酵母）の同定をお願いします。
{SIG_IWASE}""")

add(writer="kuwabara", loc="body", expect="pass", kind="benign.infection_policy",
    why="A norovirus hygiene policy for a co-packer, with illness given only as unnamed counts.",
    frm=KUWABARA, to=["佐野食品工業 品質管理室 <hinkan@sano-shokuhin.example.co.jp>"],
    subject="冬季のノロウイルス対策強化のお願い（委託製造先 各位）",
    text=f"""
佐野食品工業株式会社
品質管理室 ご担当者様

いつもお世話になっております。まるみや食品 品質保証部の桑原です。
例年、11月から 2月はノロウイルスによる食中毒が増加します。
弊社でも先月、工場内で感染が疑われる事例がありましたので、
委託製造先の皆さまにも下記の対策強化をお願いいたします。

　1. 始業前の健康チェック（下痢・嘔吐・発熱）の記録を毎日確認
　2. 症状のある従業員は食品を取り扱う作業に従事させない
　　 （症状消失後 48時間、かつ医師の判断を確認後に復帰）
　3. トイレ・手洗い場の次亜塩素酸ナトリウム（200ppm）での清拭を 1日 3回
　4. 嘔吐物処理キットの配置場所の再確認

参考までに、弊社 2工場の 10月の就業制限者は延べ 4名で、
製品への影響はありませんでした。
12月の定期監査で、上記の記録を確認させていただきます。
{SIG_KUWABARA}""")

add(writer="ueda", loc="zip", expect="pass", kind="benign.plain_zip",
    why="An unencrypted zip of product photos and copy for an ad agency.",
    frm=UEDA, to=["制作部 田代 <tashiro@jomo-ad.example.co.jp>"],
    subject="冬季限定ゼリー 販促物用の画像データ",
    text=f"""
上毛アドプランニング
田代様

お世話になっております。まるみや食品の上田です。
店頭 POP 用の商品画像と説明文を zip でお送りします。
（パスワードは設定しておりません）

アレルゲン表示は説明文のとおり「なし（特定原材料等 28品目不使用）」で
お願いいたします。初校は 11月4日（火）頃にいただけますと助かります。
{SIG_UEDA}""",
    attachments=[att("冬季ゼリー_販促素材.zip", """冬季ゼリー_販促素材/
  akane_160g_front.jpg
  akane_160g_side.jpg
  minori_160g_front.jpg
  minori_160g_side.jpg
  haruka_series_group.jpg
  商品説明文.txt

[商品説明文.txt]
「アカネ」群馬県産紅玉りんごを果肉ごと閉じ込めた、甘酸っぱい冬のゼリー。
「ミノリ」とろける洋梨の香りを楽しむ、やさしい甘さのゼリー。
アレルゲン：なし（特定原材料等28品目不使用）
""", content_type="application/zip")])

TEST_CARD = g4("4111111111111111", " ")

add(writer="iwase", loc="recipients", expect="pass", kind="benign.dev_minutes_test_card",
    why="Development minutes to six people at two vendors; the Luhn-valid card number is the public test card used in staging.",
    frm=IWASE,
    to=["鈴木 悠 <h.suzuki@webnest.example.co.jp>", "大森 将太 <s.omori@webnest.example.co.jp>",
        "朝倉 咲 <s.asakura@webnest.example.co.jp>", PAYLINX,
        "仲村 涼 <r.nakamura@paylinx.example.com>", "今泉 圭吾 <k.imaizumi@paylinx.example.com>"],
    cc=[UEDA],
    subject="通販サイト改修 第6回定例 議事録（10/21）",
    text=f"""
ウェブネスト 鈴木様、大森様、朝倉様
ペイリンクス 加盟店サポート様、仲村様、今泉様

お世話になっております。まるみや食品の岩瀬です。
本日の定例の議事録をお送りします。

■日時：10月21日（火）15:00～16:00（オンライン）
■出席：ウェブネスト 3名、ペイリンクス 2名、まるみや食品 上田・岩瀬

■決定事項
1. 決済画面の 3Dセキュア 2.0 対応は 11/18 リリースで確定。
2. ステージング環境での決済テストは、ペイリンクス様指定のテストカード
　 {TEST_CARD}（有効期限は任意の未来日、CVC 任意）で実施する。
　 本番カードでのテストは行わない。
3. 返金（売上取消）を管理画面から締め後でも実行できるよう、API 連携を追加する。

■宿題
・ウェブネスト：テストケース一覧（異常系含む）を 10/28 までに共有
・ペイリンクス：取消 API の仕様書最新版を共有
・まるみや：返金時のお客様向けメール文面を作成

■次回：10月28日（火）15:00～
{SIG_IWASE}""")
