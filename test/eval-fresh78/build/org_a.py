"""Org A: 医療法人社団 翠明会 翠ヶ丘眼科クリニック (ophthalmology clinic)."""
from common import Writer, mail, att, enc_zip, csv_text, quote, yamato, yamato_also_mynumber, dashed_tracking

ORG = "A"
DOMAIN = "midorigaoka-eye.example.jp"

TAKATSUKI = Writer("takatsuki", "高槻 誠一 <takatsuki@midorigaoka-eye.example.jp>", """
--
翠ヶ丘眼科クリニック
院長　高槻 誠一（日本眼科学会認定 眼科専門医）
""")

MURASE = Writer("murase", "翠ヶ丘眼科クリニック 村瀬 <jimu@midorigaoka-eye.example.jp>", """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
医療法人社団 翠明会　翠ヶ丘眼科クリニック
事務長　村瀬 由佳（むらせ ゆか）
〒264-0000 千葉県千葉市若葉区翠ヶ丘3-12-8 翠ヶ丘メディカルビル2F
TEL 043-0000-4871　FAX 043-0000-4872
診療時間 9:00～12:30／14:30～18:00（木曜午後・日曜・祝日休診）
https://www.midorigaoka-eye.example.jp/
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
このメールは送信者が意図した方のみを宛先としています。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、
本メールを削除していただきますようお願いいたします。
""")

ONODERA = Writer("onodera", "小野寺 彩 <onodera.a@midorigaoka-eye.example.jp>", """
-----
翠ヶ丘眼科クリニック 検査室
視能訓練士　小野寺 彩
TEL 043-0000-4871（代表）内線23
""")


def mails():
    out = []
    add = out.append

    # ------------------------------------------------------------ HOLDS
    # body 1: referral with diagnosis to a hospital
    add(mail(ORG, TAKATSUKI, "hold", "sensitive.referral_diagnosis",
             "A named patient's birth date, address and diabetic retinopathy diagnosis are e-mailed to an outside hospital.",
             "body",
             ["千葉中央医療センター 眼科 桐生先生 <kiryu.h@chiba-chuo-mc.example.jp>"],
             "紹介患者のご相談（硝子体手術のご検討）",
             f"""
千葉中央医療センター 眼科
桐生 先生

いつも大変お世話になっております。翠ヶ丘眼科の高槻です。
昨日お電話でご相談した患者さんの件、概要を先にお送りします。
正式な診療情報提供書と画像（OCT・眼底写真）は本日郵送いたします。

患者：須藤 和彦 様（男性、1962年8月14日生　63歳）
住所：千葉市若葉区翠ヶ丘2-5-17
診断：両眼 増殖糖尿病網膜症、右眼 硝子体出血
既往：2型糖尿病（HbA1c 9.4%、内科かかりつけ：さくら通り内科）、高血圧症
経過：右眼視力（0.08）まで低下。汎網膜光凝固を進めていましたが、
　　　9月以降出血を繰り返しており吸収傾向に乏しい状況です。
　　　硝子体手術のご検討をお願いしたく存じます。

ご本人には貴院受診についてご説明済みで、来週火曜午前の外来を希望されています。
お忙しいところ恐縮ですが、何卒よろしくお願いいたします。

{TAKATSUKI.sig}
""",
             personal=[("name", "須藤 和彦"), ("birth_date", "1962年8月14日"),
                       ("address", "千葉市若葉区翠ヶ丘2-5-17"), ("diagnosis", "増殖糖尿病網膜症")]))

    # body 2: health-insurance number to a health-insurance society
    add(mail(ORG, MURASE, "hold", "id.health_insurance_number",
             "A patient's health-insurance symbol and number with name and birth date are sent to the insurer by plain e-mail.",
             "body",
             ["東葛精機健康保険組合 適用グループ <tekiyo@tokatsu-seiki-kenpo.example.or.jp>"],
             "受診者の資格確認についてのお願い（翠ヶ丘眼科クリニック）",
             f"""
東葛精機健康保険組合
適用グループ ご担当者様

突然のご連絡失礼いたします。
千葉市若葉区の翠ヶ丘眼科クリニックで事務を担当しております村瀬と申します。

10月分のレセプトが「資格喪失後の受診」として返戻されましたが、
患者様ご本人からは「退職はしておらず、保険証もこの番号のまま」と伺っております。
お手数ですが、下記の方の資格状況をご確認いただけませんでしょうか。

　氏名　　：岩下 千晶 様（イワシタ チアキ）
　生年月日：1991年3月2日
　保険者番号：06132457
　被保険者証 記号・番号：3318・1046（枝番 00）
　受診日　：2025年10月7日、10月21日

お電話（043-0000-4871）でのご回答でも構いません。
お忙しいところ恐れ入りますが、よろしくお願いいたします。

{MURASE.sig}
""",
             personal=[("name", "岩下 千晶"), ("birth_date", "1991年3月2日"),
                       ("health_insurance", "3318・1046")]))

    # body 3: third person's infection named in a reply to a family member
    add(mail(ORG, ONODERA, "hold", "sensitive.third_party_infection",
             "A reply to a patient's mother names another child in the same nursery class as diagnosed with epidemic keratoconjunctivitis.",
             "body",
             ["中川 早紀 <saki.nakagawa88@gmail.com>"],
             "Re: 昨日の受診について（中川 陽向）",
             f"""
中川 早紀 様

お問い合わせありがとうございます。翠ヶ丘眼科クリニック 検査室の小野寺です。

陽向くんの目やにと充血ですが、昨日の検査ではアデノウイルスの迅速検査は陰性でした。
ただ、初期は陰性に出ることもありますので、院長からは3日後の再診をお願いしております。

保育園の件ですが、同じひまわり組の佐野 凛ちゃんが先週当院で
流行性角結膜炎（はやり目）と診断されていて、まだ登園を控えていると伺っています。
そのため、陽向くんも念のため再診までは登園を見合わせていただくのが安心かと思います。
登園許可証が必要でしたら再診時にお申し付けください。

タオルの共用を避ける、手洗いをこまめにする、などご家庭でもご注意ください。
お大事になさってください。

{ONODERA.sig}
""",
             personal=[("name", "佐野 凛"), ("infection", "流行性角結膜炎")]))

    # attachment 1: recall roster to a lens maker
    recall_rows = [
        ("P-004815", "石橋 典子", "043-0000-1937", "千葉市若葉区千城台北2-14-3", "2025/08/02", "LT25061A", "-3.25/-3.00"),
        ("P-006203", "梶原 拓真", "080-0000-6215", "千葉市稲毛区天台5-8-21-403", "2025/08/09", "LT25061A", "-5.50/-5.75"),
        ("P-011477", "早川 美穂", "090-0000-3342", "四街道市大日1122-6", "2025/08/16", "LT25061A", "-2.00/-2.25"),
        ("P-002391", "大村 康介", "043-0000-8870", "千葉市若葉区桜木北1-30-9", "2025/08/23", "LT25061B", "-4.75/-4.50"),
        ("P-012058", "西田 ひかり", "070-0000-4419", "千葉市中央区弁天3-2-15 メゾン弁天302", "2025/08/30", "LT25061B", "-1.75/-1.50"),
        ("P-009934", "松井 啓太", "090-0000-7781", "佐倉市上志津1650-44", "2025/09/06", "LT25061B", "-6.00/-6.25"),
        ("P-013316", "遠藤 玲奈", "080-0000-2056", "千葉市若葉区みつわ台4-19-2", "2025/09/13", "LT25061B", "-3.50/-3.50"),
    ]
    add(mail(ORG, MURASE, "hold", "list.recall_purchasers",
             "The attached CSV lists seven patients' names, phones, addresses and prescriptions for a lens manufacturer.",
             "attachment",
             ["シーヴュー・ジャパン株式会社 品質保証部 小宮様 <komiya.t@seeview.example.co.jp>"],
             "【ご回答】ルリカ ワンデー 自主回収対象ロットの販売先について",
             f"""
シーヴュー・ジャパン株式会社
品質保証部　小宮 様

いつもお世話になっております。翠ヶ丘眼科クリニックの村瀬でございます。

11月5日付でご案内いただきました「ルリカ ワンデー」自主回収の件、
当院併設コンタクト売店での対象ロット（LT25061A／LT25061B）販売分を抽出いたしました。
添付のとおりご報告いたします。

交換品の発送は御社から直接お客様へ、というお話でしたので、
ご案内文の文面が決まりましたら念のため事前に拝見できれば幸いです。
在庫分（未開封 12箱）は本日着払いで返送いたします。

どうぞよろしくお願いいたします。

{MURASE.sig}
""",
             attachments=[att("回収対象ロット販売先一覧_翠ヶ丘眼科.csv",
                              csv_text(["患者ID", "氏名", "電話番号", "住所", "購入日", "ロット", "度数(R/L)"], recall_rows))],
             personal=[("name", "石橋 典子"), ("phone", "043-0000-1937"), ("name", "梶原 拓真"),
                       ("address", "千葉市稲毛区天台5-8-21-403"), ("name", "遠藤 玲奈")]))

    # attachment 2: occupational eye-exam results to an employer's health office
    add(mail(ORG, TAKATSUKI, "hold", "sensitive.exam_results",
             "The attached report gives named employees' fundus findings such as suspected glaucoma to their employer's health office.",
             "attachment",
             ["関東ロジテック株式会社 健康管理室 <kenkou@kanto-logitech.example.co.jp>"],
             "二次検査結果のご送付",
             f"""
関東ロジテック株式会社
健康管理室　保健師 坂口様

お世話になっております。翠ヶ丘眼科 高槻です。
9月～10月に当院で実施した眼科二次検査の結果をまとめましたので添付いたします。
原本は本日郵送しました。ご確認のほどよろしくお願いいたします。

{TAKATSUKI.sig}
""",
             attachments=[att("眼科二次検査結果報告書_2025年度.pdf", """
眼科二次検査結果報告書（2025年度 定期健康診断 眼底検査 要精密者）
報告先：関東ロジテック株式会社 健康管理室
実施機関：翠ヶ丘眼科クリニック　報告医：高槻 誠一

No.1 社員番号 KL-20731　氏名 前川 隆之（52歳・男）　所属 千葉物流センター
  眼圧 R 23 / L 24 mmHg　視神経乳頭陥凹拡大（C/D比 0.8）
  所見：両眼 正常眼圧～高眼圧緑内障の疑い　判定：要治療（点眼開始、3か月毎通院）
No.2 社員番号 KL-31108　氏名 竹内 美由紀（46歳・女）　所属 本社 経理部
  眼底：細動脈狭細、交叉現象（Scheie H2S1）
  所見：高血圧性網膜症　判定：要内科受診（血圧管理）、眼科は年1回経過観察
No.3 社員番号 KL-40562　氏名 吉岡 翔（38歳・男）　所属 市川配送所
  眼底：点状出血・硬性白斑
  所見：単純糖尿病網膜症　判定：要治療（内科・眼科併診）。運転業務については主治医と相談のこと
以上
"""),],
             personal=[("name", "前川 隆之"), ("diagnosis", "緑内障の疑い"), ("name", "竹内 美由紀"),
                       ("diagnosis", "高血圧性網膜症"), ("name", "吉岡 翔"), ("diagnosis", "単純糖尿病網膜症")]))

    # quoted 1: patient inquiry forwarded to the booking-system vendor
    inquiry = """
---------- Forwarded message ---------
From: 翠ヶ丘眼科クリニック Web予約 <noreply@midorigaoka-eye.example.jp>
Date: 2025年11月12日(水) 21:47
Subject: 【お問い合わせフォーム】予約ができません

お名前：　　　　岡部 由紀子
フリガナ：　　　オカベ ユキコ
診察券番号：　　0031852
生年月日：　　　1958年12月9日
電話番号：　　　090-0000-6614
メールアドレス：yukiko.okabe1209@yahoo.co.jp
ご住所：　　　　千葉県四街道市鹿渡934-27
お問い合わせ内容：
緑内障の定期検査で毎月通っています。スマホから来月の予約を取ろうとすると
「診察券番号または生年月日が正しくありません」と出て先に進めません。
番号は診察券に書いてあるとおり入れています。電話もなかなかつながらないので困っています。
"""
    add(mail(ORG, MURASE, "hold", "personal.inquiry_forward",
             "A forwarded inquiry gives a patient's full name, birth date, phone, e-mail, address and glaucoma follow-up to the booking-system vendor.",
             "quoted",
             ["株式会社メディリンクス サポートデスク <support@medilinks.example.co.jp>"],
             "Fw: 【お問い合わせフォーム】予約ができません",
             f"""
メディリンクス サポートデスク 御中

いつもお世話になっております。翠ヶ丘眼科クリニックの村瀬です。
下記、患者様からのお問い合わせです。
Web予約で認証エラーになるとのことで、先月のバージョンアップ以降、
同様のお電話が何件か来ております。ログのご確認をお願いできますでしょうか。
（契約番号：ML-C-20418）

{MURASE.sig}

{inquiry}
""",
             personal=[("name", "岡部 由紀子"), ("birth_date", "1958年12月9日"), ("phone", "090-0000-6614"),
                       ("email", "yukiko.okabe1209@yahoo.co.jp"), ("address", "千葉県四街道市鹿渡934-27")]))

    # quoted 2: insurer inquiry answered with an internal note quoted below
    internal = """
-----Original Message-----
From: 村瀬 由佳 <jimu@midorigaoka-eye.example.jp>
Sent: Tuesday, November 4, 2025 5:12 PM
To: 高槻 誠一 <takatsuki@midorigaoka-eye.example.jp>
Subject: FW: 医療照会のお願い（柴田 聡 様）

先生
東邦あおば損保さんから、柴田 聡さん（1979/6/30生、カルテ 0027715）の医療照会が来ています。
7/19の追突事故後、左眼の視力低下で通院中の方です。
カルテ上は「左 外傷性視神経症、視野欠損（下方）」、10月時点で矯正視力（0.3）、
先生のメモに「症状固定は年明けか、後遺障害診断書希望あり」とあります。
ご本人の同意書は保険会社から届いています。回答書の作成をお願いできますか。
村瀬
"""
    add(mail(ORG, TAKATSUKI, "hold", "sensitive.injury_quoted",
             "The reply to the insurer quotes an internal note with the patient's birth date, chart number and traumatic optic neuropathy.",
             "quoted",
             ["東邦あおば損害保険 千葉損害サービス課 三上様 <mikami.r@toho-aoba-sonpo.example.co.jp>"],
             cc=["村瀬 由佳 <jimu@midorigaoka-eye.example.jp>"],
             subject="RE: 医療照会のお願い",
             text=f"""
東邦あおば損害保険
三上様

翠ヶ丘眼科の高槻です。ご照会の件、承知しました。
回答書は今週中に作成し、郵送いたします。
追加で確認されたい点がありましたら事務の村瀬までご連絡ください。

{TAKATSUKI.sig}

{internal}
""",
             personal=[("name", "柴田 聡"), ("birth_date", "1979/6/30"), ("diagnosis", "外傷性視神経症")]))

    # subject only
    add(mail(ORG, ONODERA, "hold", "sensitive.subject_diagnosis",
             "The subject line carries a patient's name, birth date and retinal-detachment diagnosis; the body is only a fax notice.",
             "subject",
             ["県立房総大学病院 眼科外来 <ganka-gairai@boso-univ-hp.example.ac.jp>"],
             "【FAX送信済】丸山 敏夫様（S28.5.3生）右眼 裂孔原性網膜剥離 術前データ",
             f"""
県立房総大学病院 眼科外来
ご担当者様

お世話になっております。翠ヶ丘眼科クリニック 検査室の小野寺です。
標記の件、本日14時10分に検査データ一式をFAXでお送りしました（全6枚）。
不鮮明な箇所や届いていないページがありましたら、お手数ですがお電話ください。

よろしくお願いいたします。

{ONODERA.sig}
""",
             personal=[("name", "丸山 敏夫"), ("diagnosis", "裂孔原性網膜剥離")]))

    # zip: password-protected archive to the tax accountant
    add(mail(ORG, MURASE, "hold", "attachment.encrypted_zip",
             "A password-protected zip is sent with the password to follow separately (PPAP).",
             "zip",
             ["みなと会計事務所 芦田様 <ashida@minato-kaikei.example.jp>"],
             "10月分 月次資料の送付",
             f"""
みなと会計事務所
芦田 様

いつもお世話になっております。翠ヶ丘眼科クリニックの村瀬です。
10月分の月次資料（窓口日計表、社保・国保の振込明細、給与台帳、経費領収書のスキャン）を
お送りします。
ファイルにはパスワードをかけております。パスワードは別メールにてお知らせいたします。

賞与の源泉の件は、来週の訪問時にご相談させてください。

{MURASE.sig}
""",
             attachments=[enc_zip("2025年10月_月次資料_翠ヶ丘眼科.zip")]))

    # recipients: holiday notice with everyone in To
    neighbours = [
        "さくら通り内科 <info@sakuradori-naika.example.jp>",
        "若葉台こどもクリニック <office@wakabadai-kids.example.jp>",
        "千城台整形外科 受付 <uketsuke@chishirodai-seikei.example.jp>",
        "あおい調剤薬局 翠ヶ丘店 <midorigaoka@aoi-pharmacy.example.co.jp>",
        "ひまわり薬局 <himawari-ph@himawari-yakkyoku.example.jp>",
        "みつわ台耳鼻咽喉科 <jibika@mitsuwadai-ent.example.jp>",
        "桜木ファミリー歯科 <info@sakuragi-family-dc.example.jp>",
        "若葉脳神経外科クリニック <renkei@wakaba-neuro.example.jp>",
        "千葉みなみ皮膚科 <clinic@chiba-minami-derma.example.jp>",
        "大日内科・糖尿病クリニック <office@dainichi-dm.example.jp>",
        "ながの調剤薬局 <nagano@nagano-chozai.example.co.jp>",
        "千葉市若葉区医師会 事務局 <jimukyoku@wakaba-med.example.or.jp>",
    ]
    add(mail(ORG, MURASE, "hold", "recipients.visible_to",
             "Twelve neighbouring clinics, pharmacies and the medical association are all visible in To instead of BCC.",
             "recipients",
             neighbours,
             "年末年始の休診および紹介状受付についてのお知らせ（翠ヶ丘眼科クリニック）",
             f"""
近隣医療機関・薬局の皆様

平素より大変お世話になっております。翠ヶ丘眼科クリニックでございます。
年末年始の診療体制について、下記のとおりお知らせいたします。

■休診期間　2025年12月29日（月）～2026年1月4日（日）
■診療開始　2026年1月5日（月）9:00～
■休診期間中の急患について
　外傷・急激な視力低下等は、千葉中央医療センター 眼科（救急外来）へご紹介ください。
■紹介状（診療情報提供書）
　12月26日（金）17時までに FAX（043-0000-4872）でお送りいただいたものは、
　年内に予約のご連絡をいたします。

本年も多くのご紹介をいただき、誠にありがとうございました。
来年もどうぞよろしくお願い申し上げます。

{MURASE.sig}
"""))

    # ------------------------------------------------------------ PASSES
    # EMR outage
    add(mail(ORG, MURASE, "pass", "benign.it_outage",
             "\"障害\" refers to an electronic-records server outage; only ticket numbers and log times are given.",
             "pass",
             ["ミドリシステムズ 保守センター <hoshu@midori-systems.example.co.jp>"],
             cc=["高槻 誠一 <takatsuki@midorigaoka-eye.example.jp>"],
             subject="【障害連絡】電子カルテ 画像ビューア接続不可（受付番号 MS-251118-0042）",
             text=f"""
ミドリシステムズ 保守センター 御中

お世話になっております。翠ヶ丘眼科クリニックの村瀬です。
本日午前、電話で障害受付いただいた件（受付番号 MS-251118-0042）の補足です。

・発生：11/18（火）8:52頃～
・現象：電子カルテから画像ファイリング（OCT／眼底）のビューアを開くと
　「サーバーに接続できません（ERR-5031）」となり、画像が表示されない
・影響：診察室1・2、検査室の計5台。受付・会計端末は正常
・実施済み：端末再起動、画像サーバー（IMG-SV01）の再起動（9:40）→ 改善なし
・画像サーバーのイベントログに 8:51:37 付で「ディスク D: 応答なし」の警告あり

午後の診察が14:30からですので、それまでにリモートで確認いただけると助かります。
難しい場合は訪問の時間をお知らせください。

{MURASE.sig}
"""))

    # EKC outbreak notice to a nursery, aggregate only
    add(mail(ORG, TAKATSUKI, "pass", "benign.infection_aggregate",
             "An outbreak advisory to a nursery gives only aggregate counts and hygiene advice, naming no child.",
             "pass",
             ["わかば保育園 園長 石原様 <encho@wakaba-hoikuen.example.jp>"],
             "はやり目（流行性角結膜炎）の流行について",
             f"""
わかば保育園
園長 石原 様

いつもお世話になっております。園医の高槻です。
先日お電話でお話しした件、保護者向けのお便りにお使いいただけるよう要点をまとめました。

・10月下旬から、若葉区内で流行性角結膜炎（はやり目）の受診が増えています。
　当院の11月第2週の診断数は未就学児で14件と、例年同時期の約2倍です。
・潜伏期間は1～2週間。充血・目やに・涙目が主な症状で、片目から両目に広がることがあります。
・感染力が強く、タオルの共用や手指を介してうつります。
　アルコールが効きにくいため、流水と石けんでの手洗いが基本です。
・診断された場合は、医師が感染のおそれがないと認めるまで登園を控えてください
　（学校保健安全法の第三種感染症に準じた扱い）。

園内での消毒は、ドアノブ・おもちゃを次亜塩素酸ナトリウム（0.1%程度）で拭くのが有効です。
ご不明な点があればいつでもご連絡ください。

{TAKATSUKI.sig}
"""))

    # MR meeting arrangement, long chain with heavy signatures
    mr_chain = """
-----Original Message-----
From: 松尾 健吾 <kengo.matsuo@senju-pharma-mr.example.co.jp>
Sent: Friday, November 14, 2025 6:03 PM
To: 翠ヶ丘眼科クリニック 村瀬 <jimu@midorigaoka-eye.example.jp>
Subject: 院内勉強会のお願い（緑内障点眼の新規配合剤）

翠ヶ丘眼科クリニック
事務長 村瀬様

いつも大変お世話になっております。千寿堂製薬の松尾でございます。
先日は高槻先生にお時間をいただき、ありがとうございました。
先生からご提案いただいた院内勉強会（スタッフ様向け、30分程度）について、
下記いずれかの日程でご調整いただけますでしょうか。

　①12月2日（火）13:00～13:30
　②12月4日（木）12:30～13:00
　③12月9日（火）13:00～13:30

お弁当はこちらでご用意いたします。人数をお知らせいただけますと幸いです。
講師は弊社 学術部の原田（視能訓練士資格あり）が担当いたします。

━━━━━━━━━━━━━━━━━━━━━━
千寿堂製薬株式会社 千葉営業所 眼科領域グループ
MR　松尾 健吾（まつお けんご）
〒260-0000 千葉県千葉市中央区新町18-14 千葉新町ビル6F
TEL 043-0000-7720　携帯 090-0000-3815
━━━━━━━━━━━━━━━━━━━━━━
"""
    add(mail(ORG, MURASE, "pass", "benign.meeting_arrangement",
             "A lunchtime study-session booking with a pharmaceutical rep; only staff names and signatures appear.",
             "pass",
             ["松尾 健吾 <kengo.matsuo@senju-pharma-mr.example.co.jp>"],
             cc=["高槻 誠一 <takatsuki@midorigaoka-eye.example.jp>"],
             subject="RE: 院内勉強会のお願い（緑内障点眼の新規配合剤）",
             text=f"""
千寿堂製薬株式会社
松尾 様

お世話になっております。翠ヶ丘眼科クリニックの村瀬です。
勉強会の件、ありがとうございます。②12月4日（木）12:30～でお願いいたします。
参加は院長を含め9名の予定です（うち1名はアレルギーのため卵抜きでお願いできれば助かります）。
会場は2階の待合奥のスタッフルームをご用意します。プロジェクターは当院のものをお使いください。

原田様にもよろしくお伝えください。

{MURASE.sig}

{mr_chain}
"""))

    # invoice/payment to a corporate account
    add(mail(ORG, MURASE, "pass", "benign.corporate_account",
             "Payment notice to a leasing company quoting contract numbers and corporate bank accounts only.",
             "pass",
             ["オリエント医療リース株式会社 債権管理課 <saiken@orient-med-lease.example.co.jp>"],
             "リース料 引落口座変更のご連絡（契約番号 OML-0918-2207）",
             f"""
オリエント医療リース株式会社
債権管理課 ご担当者様

いつもお世話になっております。翠ヶ丘眼科クリニックの村瀬です。
メインバンク変更に伴い、リース料の引落口座を下記のとおり変更したく、ご連絡いたしました。

　契約番号：OML-0918-2207（光干渉断層計）、OML-1102-3318（手術顕微鏡）
　【旧】ちば湾岸銀行 若葉支店 普通 1052236　医療法人社団翠明会
　【新】房総中央信用金庫 千城台支店 普通 0418873　医療法人社団翠明会 理事長 高槻誠一

口座振替依頼書の用紙をお送りいただけますでしょうか。
1月引落分から切り替えられるようでしたら、締切日もあわせてお知らせください。

{MURASE.sig}
"""))

    # reply to the patient herself
    add(mail(ORG, ONODERA, "pass", "benign.mail_to_data_subject",
             "A reply to the patient herself about her own pre-operative test appointment.",
             "pass",
             ["平井 恵美子 <emiko.hirai@outlook.com>"],
             "Re: 検査日の変更について",
             f"""
平井 恵美子 様

ご連絡ありがとうございます。翠ヶ丘眼科クリニック 検査室の小野寺です。

白内障手術の術前検査の日程、下記のとおり変更いたしました。
　変更前：11月26日（水）10:00
　変更後：12月3日（水）10:30
検査には1時間半ほどかかります。散瞳（瞳を開く目薬）を使いますので、
当日はお車の運転はお控えください。

手術日（12月17日）は変わりありません。
お持ちいただくもの：診察券、お薬手帳、現在お使いの眼鏡

ご不明な点があればお電話でもお気軽にどうぞ。

{ONODERA.sig}
"""))

    # English to the OCT manufacturer: serials, model numbers
    add(mail(ORG, ONODERA, "pass", "benign.device_serials",
             "An English service request to the device maker that carries only serial, model and firmware numbers.",
             "pass",
             ["Lumetra Service APAC <service.apac@lumetra-optics.example.com>"],
             "Service request – OCT scan head calibration error (S/N LMT-OC7-2019-04417)",
             f"""
Dear Lumetra Service Team,

This is Aya Onodera, orthoptist at Midorigaoka Eye Clinic, Chiba, Japan.
We would like to request a calibration check for our OCT unit.

  Model:            Lumetra OCT-7 Plus
  Serial number:    LMT-OC7-2019-04417
  Firmware:         4.2.118 (updated 2025-09-30)
  Service contract: APAC-SC-77120

Since last week the device shows "Reference arm out of range (E-214)" on the first scan
of the morning. After a restart it works normally, so clinical use is not affected, but the
message now appears almost every day. The log export (no patient data) can be sent if needed.

Our local distributor contact, Mr. Ishida of Tokyo Vision Medical, is in copy.
A visit on a Thursday afternoon (clinic closed) would be ideal.

Best regards,
Aya Onodera
Orthoptist, Midorigaoka Eye Clinic
TEL +81-43-0000-4871 (ext. 23)
""",
             cc=["石田 浩司 <k.ishida@tokyo-vision-med.example.co.jp>"]))

    # school eye-screening aggregate
    add(mail(ORG, TAKATSUKI, "pass", "benign.screening_aggregate",
             "A school doctor's eye-screening summary to the school nurse gives class-level counts only.",
             "pass",
             ["若葉台小学校 保健室 <hoken@wakabadai-es.example.ed.jp>"],
             "令和7年度 眼科検診 集計と所感",
             f"""
若葉台小学校
養護教諭 内山 先生

お世話になっております。学校医の高槻です。
先日の眼科検診の集計をお送りします。個票は検診当日にお渡しした用紙のとおりです。

　受診者　　　　　　　　412名（全校児童 418名、欠席6名は後日実施予定）
　受診勧奨（視力）　　　 97名（うち 1年 6名、6年 28名）
　受診勧奨（眼疾患疑い）　 9名（アレルギー性結膜炎疑い 7、斜視疑い 2）
　眼鏡・コンタクト装用　　64名

学年が上がるほど近視が増える傾向は例年どおりですが、5・6年の受診勧奨が昨年より1割ほど多く、
タブレット学習の時間が関係しているかもしれません。
保健だよりで「30cm・30分・20秒」（30cm離す、30分ごとに20秒遠くを見る）を
紹介していただけるとありがたいです。

{TAKATSUKI.sig}
"""))

    # return with Yamato tracking numbers (one of them happens to pass the My Number check)
    t1 = yamato_also_mynumber(42819375126)
    t2 = yamato("60217748392")
    add(mail(ORG, MURASE, "pass", "benign.tracking_numbers",
             "Return shipment note whose 12-digit numbers are Yamato tracking numbers, with JAN codes for the products.",
             "pass",
             ["シーヴュー・ジャパン株式会社 物流センター <butsuryu@seeview.example.co.jp>"],
             "回収品・返品の発送のご連絡（翠ヶ丘眼科クリニック）",
             f"""
シーヴュー・ジャパン株式会社
物流センター ご担当者様

お世話になっております。翠ヶ丘眼科クリニックの村瀬です。
本日、回収対象品および期限間近品の返品を下記のとおり発送いたしました。

【1】自主回収品（着払い）
　ヤマト運輸 送り状番号：{dashed_tracking(t1)}
　ルリカ ワンデー 30枚入　JAN 4987654321097　×12箱
【2】期限間近品 返品（元払い）
　ヤマト運輸 送り状番号：{dashed_tracking(t2)}
　ルリカ 2ウィーク 6枚入　JAN 4987654321189　×5箱
　ルリカ トーリック 30枚入　JAN 4987654321226　×3箱

明日午前着の予定です。返品伝票（No. RT-25-1187）は箱の中に同封しております。

{MURASE.sig}
"""))

    # plain zip to the web company, 6 visible addresses from 2 organisations
    add(mail(ORG, MURASE, "pass", "benign.plain_zip_project",
             "A website-renewal mail with a plain zip of photos; six visible addresses from two organisations.",
             "pass",
             ["佐久間 亮 <sakuma@webcraft-chiba.example.co.jp>",
              "根本 真央 <nemoto.m@webcraft-chiba.example.co.jp>",
              "福田 陽介 <fukuda@webcraft-chiba.example.co.jp>"],
             cc=["高槻 誠一 <takatsuki@midorigaoka-eye.example.jp>",
                 "小野寺 彩 <onodera.a@midorigaoka-eye.example.jp>",
                 "受付 <uketsuke@midorigaoka-eye.example.jp>"],
             subject="RE: ホームページリニューアル 写真素材・原稿の件",
             text=f"""
ウェブクラフト千葉 佐久間様、根本様、福田様

お世話になっております。翠ヶ丘眼科クリニックの村瀬です。
先日の打合せでお話しした素材をお送りします。

・院内写真（待合・検査室・手術室）と院長のプロフィール写真 … photos_1118.zip
・「白内障日帰り手術」「コンタクトレンズ外来」ページの原稿 … 原稿_v2.docx

写真は患者さんが写り込まないよう、休診日に撮影したものです。
トップページのお知らせ欄は、年末年始の休診案内から掲載をお願いします。
次回打合せは12月1日（月）13:00～、当院スタッフルームでお願いいたします。

{MURASE.sig}
""",
             attachments=[att("photos_1118.zip", "photos_1118.zip の内容:\nwaiting_room_01.jpg\nwaiting_room_02.jpg\nexam_room_oct.jpg\nope_room_wide.jpg\ndirector_takatsuki.jpg\nexterior_evening.jpg\n", "zip"),
                          att("原稿_v2.docx", "白内障日帰り手術について\n当院では、局所麻酔による日帰りの白内障手術を行っています。手術時間は片眼15分程度です。\n\nコンタクトレンズ外来\n初めてコンタクトレンズを使われる方は、装用練習を含め1時間程度お時間をいただきます。\n")]))

    # condolence to the medical association
    add(mail(ORG, MURASE, "pass", "benign.condolence",
             "A condolence and funeral-attendance note about a deceased fellow physician, a normal courtesy mail.",
             "pass",
             ["千葉市若葉区医師会 事務局 <jimukyoku@wakaba-med.example.or.jp>"],
             "Re: 【訃報】名誉会員 宇佐美 正道 先生ご逝去のお知らせ",
             f"""
千葉市若葉区医師会 事務局
ご担当者様

ご連絡ありがとうございます。翠ヶ丘眼科クリニックの村瀬でございます。
宇佐美先生のご逝去の報に接し、院長ともども謹んでお悔やみ申し上げます。
開業当初より何かとご指導いただいた先生でしたので、院長も大変残念がっております。

通夜（11月20日 18時、若葉会館）には院長 高槻が参列させていただきます。
医師会でまとめて供花を出されるとのこと、当院もその連名に加えていただけますでしょうか。
費用のお振込先をお知らせいただければ、すぐに手配いたします。

取り急ぎ、ご返信まで。

{MURASE.sig}

> 会員各位
> 当会名誉会員 宇佐美 正道 先生（宇佐美内科医院 前院長）が11月17日にご逝去されました。
> ここに謹んでお知らせ申し上げます。通夜・告別式は下記のとおり執り行われます。
> 　通夜　　11月20日（木）18:00～　若葉会館
> 　告別式　11月21日（金）11:00～　同上
> 喪主はご長男の宇佐美 隆先生（宇佐美内科医院 院長）です。
"""))

    return out
