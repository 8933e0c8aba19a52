"""Org B: 株式会社桜栄ユニフォーム (school uniform maker)."""
from common import mail, att, enc_zip, XLSX, DOCX, PDF, CSV, ZIP

ORG = "B"
DOM = "ouei-uniform.example.co.jp"
MIYASHITA = f"宮下 拓海 <t.miyashita@{DOM}>"
NAGAI = f"永井 恵 <juchu-nagai@{DOM}>"
USAMI = f"宇佐美 浩二 <k.usami@{DOM}>"

SIG_MIYASHITA = """━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社 桜栄ユニフォーム
営業本部 首都圏営業課　宮下 拓海（みやした たくみ）
東京支店：〒113-0034 東京都文京区湯島5-21-9 湯島NKビル4F
TEL 03-5817-6620　FAX 03-5817-6621　携帯 080-0000-4418
本社・工場：〒711-0913 岡山県倉敷市児島味野城8-3-27
https://www.ouei-uniform.example.co.jp/
━━━━━━━━━━━━━━━━━━━━━━━━━━━
「着る人の3年間に寄り添う」桜栄ユニフォームは創業78年を迎えました。"""

SIG_NAGAI = """------------------------------
桜栄ユニフォーム 受注センター
永井 恵
TEL 086-473-5502（平日9:00-17:30）
FAX 086-473-5509
------------------------------"""

SIG_USAMI = """======================================
株式会社 桜栄ユニフォーム
品質管理部 部長　宇佐美 浩二
〒711-0913 岡山県倉敷市児島味野城8-3-27
TEL 086-473-5500（代）／ 直通 086-473-5531
ISO 9001 認証取得（JQA-QMA10482）
Mail: k.usami@ouei-uniform.example.co.jp
======================================"""


def mails():
    out = []

    # ---------------- holds ----------------
    out.append(mail(
        "B-h1", "hold", "list.students",
        "Embroidery instruction sheet sent to an outside sewing factory lists new students' names, classes and guardians' mobile numbers; body is harmless.",
        "nagai", NAGAI,
        ["有限会社 備中ソーイング 生産管理 難波 様 <namba@bicchu-sewing.example.jp>"],
        "【刺繍ネーム】市立若葉台中学校 新1年 追加分の指示データ",
        f"""備中ソーイング
難波様

お世話になっております。桜栄ユニフォーム受注センターの永井です。
若葉台中の新1年生、追加分（転入・採寸欠席者）の刺繍ネーム指示データを添付します。
前回と同じく、上着の内ポケット上に漢字フルネーム、書体は楷書でお願いします。

納期：2月21日（金）弊社着
数量：8名分（上着8着）

サイズ違いなどがあれば、データの備考欄を見て判断いただいて大丈夫です。
不明点はお電話ください。

{SIG_NAGAI}
""",
        attachments=[att("若葉台中_刺繍ネーム_追加分.xlsx", XLSX,
"""[追加分]
受付No\tクラス\t氏名\tふりがな\t上着\tボトム\t保護者連絡先\t備考
WB-0412\t1-1\t相沢 結菜\tあいざわ ゆいな\t155A\tSK 63\t090-3125-8847\t
WB-0413\t1-2\t石田 悠真\tいしだ ゆうま\t165A\tSL 73\t080-6620-1193\t袖丈+2cm
WB-0414\t1-2\t上野 心春\tうえの こはる\t150A\tSK 60\t070-4418-2209\t
WB-0415\t1-3\t大谷 湊\tおおたに みなと\t170B\tSL 79\t090-8871-5530\t
WB-0416\t1-3\t金子 芽依\tかねこ めい\t160A\tSL 66\t080-2247-9061\tスラックス希望
WB-0417\t1-4\t菊地 陽向\tきくち ひなた\t160A\tSL 70\t090-5503-1288\t
WB-0418\t1-4\t小松 莉子\tこまつ りこ\t155A\tSK 63\t070-3392-6675\t
WB-0419\t1-5\t斉藤 蒼\tさいとう あおい\t175A\tSL 76\t080-9156-0342\t転入（3/3付）""")],
        personal=[("name", "相沢 結菜"), ("phone", "090-3125-8847"), ("name", "石田 悠真"),
                  ("phone", "080-6620-1193"), ("name", "斉藤 蒼"), ("phone", "080-9156-0342")],
        loc="attachment"))

    out.append(mail(
        "B-h2", "hold", "sensitive.disability",
        "Production request to a factory names a pupil and his cerebral palsy / wheelchair use to explain an adaptive uniform.",
        "miyashita", MIYASHITA,
        ["有限会社 吉備縫製 工場長 三好 様 <miyoshi@kibi-hosei.example.jp>"],
        "特注対応のご相談（東雲高校 新入生 1名分）",
        f"""吉備縫製
三好工場長

いつもお世話になっております。桜栄ユニフォームの宮下です。
東雲高校様の新入生で、1名分の特注対応をお願いできないかご相談です。

生徒さんは 岡本 悠斗 さん（1年4組予定）で、脳性まひのため車いすを使用されています。
保護者の方と学校の養護教諭の先生を交えて採寸会でお話しした内容は以下のとおりです。

　・右手に麻痺があり、ボタンの着脱が難しい
　　→ 前立てのボタンは飾りにして、内側を面ファスナーに変更
　・座位が長いため、ブレザーの後ろ着丈を標準より4cm短く
　・スラックスはウエスト総ゴム＋前ファスナーなし、股上深め
　・車いすのハンドリムで袖口が擦れるので、袖口に当て布

採寸値は別途FAXします。3月25日納品が希望です。
可否と概算の工賃を、来週中にいただけると助かります。

{SIG_MIYASHITA}
""",
        personal=[("name", "岡本 悠斗"), ("disability", "脳性まひのため車いすを使用")],
        loc="body"))

    out.append(mail(
        "B-h3", "hold", "sensitive.health",
        "Fabric question to the mill forwards a teacher's message naming a pupil with severe atopic dermatitis and her doctor's certificate.",
        "usami", USAMI,
        ["株式会社ミナモ織物 開発課 稲垣 様 <inagaki@minamo-orimono.example.co.jp>"],
        "FW: 裏地素材の変更について（ご相談）",
        f"""ミナモ織物
稲垣様

いつもお世話になっております。桜栄ユニフォーム品質管理部の宇佐美です。

学校様から下記のご相談が来ています。
現行のポリエステル100％裏地（品番 ML-2207）に対し、
綿100％またはキュプラの裏地で、同色（ネイビー #14）の在庫・最小ロットはいかがでしょうか。
1着分のみの別注になる可能性もあります。

来週の定例でも話題にできればと思います。

{SIG_USAMI}

-----Original Message-----
From: 県立 東雲高等学校 養護教諭 本田 真由美 <honda-m@shinonome-hs.example.ed.jp>
Sent: Monday, January 27, 2025 4:05 PM
To: 宮下 拓海 <t.miyashita@ouei-uniform.example.co.jp>
Subject: 裏地素材の変更について（ご相談）

桜栄ユニフォーム 宮下様

お世話になっております。東雲高校の本田です。
2年4組の 清水 彩花 さんですが、重度のアトピー性皮膚炎があり、
冬服の裏地（化繊）が擦れる首回り・肘の内側で症状が悪化しているとのことです。
主治医の診断書も保護者から提出されています。
裏地を綿素材に替えたものを作っていただくことは可能でしょうか。

東雲高校 養護教諭 本田
""",
        personal=[("name", "清水 彩花"), ("diagnosis", "重度のアトピー性皮膚炎")],
        loc="quoted"))

    out.append(mail(
        "B-h4", "hold", "id.bank_account",
        "Instruction to a retail partner about a refund gives a parent's personal bank account (bank, branch, number, holder).",
        "nagai", NAGAI,
        ["有限会社ツカモト洋品店 塚本 様 <tsukamoto@tsukamoto-yohin.example.jp>"],
        "返金処理のお願い（受注No. OU-24-118306）",
        f"""ツカモト洋品店
塚本様

お世話になっております。受注センターの永井です。
先日お電話でご相談した、スカート2枚の重複購入分の返金の件です。
保護者の方から振込先をいただきましたので、貴店から返金いただけますでしょうか。
（貴店で代金を受領されているため、貴店経由でのご返金となります）

　受注No.：OU-24-118306
　お客様：内田 香織 様
　返金額：17,600円（スカート 8,800円×2）
　振込先：瀬戸内みらい銀行 倉敷駅前支店　普通 4417852　ウチダ カオリ

返金後、弊社宛ての請求から同額を差し引いていただいて結構です。
お手数をおかけしますが、よろしくお願いいたします。

{SIG_NAGAI}
""",
        personal=[("name", "内田 香織"),
                  ("bank_account", "瀬戸内みらい銀行 倉敷駅前支店　普通 4417852　ウチダ カオリ")],
        loc="body"))

    out.append(mail(
        "B-h5", "hold", "sensitive.health",
        "Reply to a parent explaining a postponed fitting names another pupil who was diagnosed with measles (third person's infection told to a family member).",
        "miyashita", MIYASHITA,
        ["森下 智美 様 <tomomi.morishita.0712@gmail.com>"],
        "Re: 採寸会の延期について",
        f"""森下 智美 様

お問い合わせありがとうございます。桜栄ユニフォームの宮下でございます。
採寸会の延期につきまして、ご心配をおかけし申し訳ございません。

学校の先生から伺ったところでは、同じ2年3組の 野口 蒼空 くんが麻疹と診断され、
保健所の指導で学年の行事をいったん見合わせることになったそうです。
そのため、2月8日に予定していた採寸会は2月22日（土）10時～に変更となりました。

お子様のご予約時間はそのまま繰り下げとなりますので、
改めてのお手続きは不要です。
ご都合が合わない場合は、東京支店（03-5817-6620）までお電話ください。

{SIG_MIYASHITA}

> 2月8日の採寸会が急に延期と連絡がありました。
> 理由が書かれていなかったのですが、何かあったのでしょうか。
> 森下
""",
        personal=[("name", "野口 蒼空"), ("diagnosis", "麻疹")],
        loc="body"))

    out.append(mail(
        "B-h6", "hold", "sensitive.health",
        "Body only confirms a separate room for the fitting; the subject line names the pupil together with ADHD.",
        "miyashita", MIYASHITA,
        ["市立桜ヶ丘中学校 教頭 杉浦 様 <sugiura@sakuragaoka-jh.example.ed.jp>"],
        "Re: 3年1組 小林 蓮さん（ADHD）の採寸時のご配慮について",
        f"""杉浦先生

ご連絡ありがとうございます。桜栄ユニフォームの宮下です。
承知いたしました。

当日は、体育館の全体採寸とは別に、相談室をお借りできれば
弊社の女性スタッフ1名と私の2名で、個別に対応いたします。
所要時間は10分程度を見込んでおります。
順番は最後の枠（15:20～）でいかがでしょうか。

そのほか、ご配慮が必要な点がございましたら何なりとお申し付けください。

{SIG_MIYASHITA}
""",
        personal=[("name", "小林 蓮"), ("diagnosis", "ADHD")],
        loc="subject"))

    out.append(mail(
        "B-h7", "hold", "attachment.encrypted_zip",
        "Fitting results for a school's new intake sent as a password-protected ZIP (PPAP).",
        "nagai", NAGAI,
        ["県立北浜高等学校 事務室 山口 様 <jimu@kitahama-hs.example.ed.jp>"],
        "採寸結果データ送付（新入生分・2月15日採寸会）",
        f"""県立北浜高等学校
事務室　山口様

いつもお世話になっております。桜栄ユニフォーム受注センターの永井です。
2月15日の採寸会の結果データをお送りします。
パスワード付きのZIPファイルにしております。パスワードは、この後お電話でお伝えします。

確認いただきたい点：
　・欠席者7名は3月1日の追加採寸で対応予定です
　・体操服のみ購入の方が2名いらっしゃいます

よろしくお願いいたします。

{SIG_NAGAI}
""",
        attachments=[enc_zip("北浜高_採寸結果_20250215.zip")],
        loc="zip"))

    shops = [
        "ツカモト洋品店 <tsukamoto@tsukamoto-yohin.example.jp>",
        "学生服のヤマダ <info@gakuseifuku-yamada.example.jp>",
        "まるい屋制服店 <maruiya.seifuku@gmail.com>",
        "フジタ衣料 <fujita-iryo@fujita-iryo.example.jp>",
        "スクールショップ青葉 <aoba-shop@school-aoba.example.jp>",
        "有限会社 中村被服店 <nakamura@nakamura-hifuku.example.jp>",
        "制服のくりはら <kurihara.uniform@yahoo.co.jp>",
        "湯島ユニフォーム <yushima-uni@yushima-uni.example.jp>",
        "ニシダ学生服 <nishida@nishida-gakusei.example.jp>",
        "さかえ屋 <sakaeya@sakaeya-store.example.jp>",
        "株式会社 ハタノ <hatano@hatano-co.example.co.jp>",
        "学生服センター大森 <omori@gs-omori.example.jp>",
        "みどり制服店 <midori.seifukuten@gmail.com>",
    ]
    out.append(mail(
        "B-h8", "hold", "recipients.visible_outside",
        "Price-revision notice sent with 13 independent retail shops (some on free mail) visible in To.",
        "miyashita", MIYASHITA, shops,
        "2025年度 学生服 価格改定のお知らせ",
        f"""お取引先 販売店各位

拝啓　時下ますますご清栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、原材料（ウール・ポリエステル原綿）および物流費の高騰が続いており、
弊社では生産効率化によるコスト吸収に努めてまいりましたが、
誠に不本意ながら、2025年7月1日出荷分より下記のとおり価格を改定させていただくこととなりました。

　　記
　1. 対象：学生服（詰襟・ブレザー・スカート・スラックス）全品
　2. 改定率：卸価格 平均 4.5％ 引き上げ（品目別の新価格表は来週郵送いたします）
　3. 実施日：2025年7月1日 出荷分より
　4. 体操服・小物は据え置き
　　　　　　　　　　　　　　　　　　　　　　　　　　　以上

何卒事情をご賢察のうえ、ご理解賜りますようお願い申し上げます。
ご不明な点は担当営業までお問い合わせください。
　　　　　　　　　　　　　　　　　　　　　　　　　　敬具

{SIG_MIYASHITA}
""",
        loc="recipients"))

    out.append(mail(
        "B-h9", "hold", "personal.contact",
        "Asks a retail shop to deliver a repaired item and passes on the complaining parent's full name, address, phone and child's school/class.",
        "miyashita", MIYASHITA,
        ["学生服のヤマダ 山田 様 <info@gakuseifuku-yamada.example.jp>"],
        "お直し品のお届けと、お客様へのお詫びについて",
        f"""学生服のヤマダ
山田様

いつもお世話になっております。桜栄ユニフォームの宮下です。
本社にお客様から直接お電話があった件で、ご協力をお願いしたくご連絡しました。

スラックスの裾上げ寸法違い（指定より3cm短い）でお叱りを受けており、
お直し品を本日弊社から貴店宛てに発送しました。
大変お手数ですが、貴店からお客様宅へ直接お届けいただけますでしょうか。

　お客様：吉村 沙也加 様（お子様：吉村 大翔 くん／市立若葉台中 2年1組）
　ご住所：東京都板橋区赤塚新町2-17-6 サンハイツ赤塚205
　お電話：080-5573-0129（平日は18時以降が望ましいとのこと）

お客様はかなりご立腹で、「同じ店で買ったのに二度手間」とのことでした。
お届けの際に、弊社からのお詫び状（同梱しています）もお渡しください。
費用は弊社で負担いたします。

{SIG_MIYASHITA}
""",
        personal=[("name", "吉村 沙也加"), ("name", "吉村 大翔"),
                  ("address", "東京都板橋区赤塚新町2-17-6 サンハイツ赤塚205"),
                  ("phone", "080-5573-0129")],
        loc="body"))

    out.append(mail(
        "B-h10", "hold", "list.debtors",
        "Only the CSV attachment carries the debtor list: parents' names, addresses, phones and unpaid amounts, sent to a collection agency.",
        "nagai", NAGAI,
        ["株式会社セトウチ債権回収 受託管理課 松浦 様 <matsuura@setouchi-servicer.example.co.jp>"],
        "回収委託案件の送付（2024年12月末時点）",
        f"""セトウチ債権回収
受託管理課　松浦様

お世話になっております。桜栄ユニフォーム受注センターの永井です。
先日の契約に基づき、12月末時点で弊社直販分の回収委託案件を添付のCSVでお送りします。
項目は前回お打合せいただいた様式どおりです。

ご不明点がございましたらご連絡ください。
よろしくお願いいたします。

{SIG_NAGAI}
""",
        attachments=[att("回収委託_202412.csv", CSV,
"""管理番号,顧客氏名,住所,電話番号,請求額,初回請求日,督促回数,備考
D-24-031,関口 弘樹,岡山県倉敷市連島町西之浦4410-2,090-6128-4473,48400,2024-04-10,4,ブレザー上下・シャツ
D-24-044,平野 美帆,岡山県岡山市南区福田611-9,080-3305-7281,26950,2024-05-02,3,分納約束不履行
D-24-052,藤井 孝,広島県福山市南蔵王町3-8-14,070-2214-6690,61600,2024-04-18,5,兄弟2名分
D-24-067,村上 さくら,岡山県総社市中央2-5-30-101,090-4487-1156,19800,2024-06-20,2,
D-24-079,小川 健二,香川県丸亀市土器町東7-402,080-6619-3320,35200,2024-07-05,2,住所変更の可能性""")],
        personal=[("name", "関口 弘樹"), ("address", "岡山県倉敷市連島町西之浦4410-2"),
                  ("phone", "090-6128-4473"), ("name", "平野 美帆"), ("name", "藤井 孝"),
                  ("debt", "61600")],
        loc="attachment"))

    # ---------------- passes ----------------
    out.append(mail(
        "B-p1", "pass", "benign.jan_codes",
        "Product-master registration for a retailer: 13-digit JAN codes, item codes and prices only.",
        "nagai", NAGAI,
        ["株式会社ハピネスモール 衣料部 スクール担当 原 様 <hara.k@happiness-mall.example.co.jp>"],
        "スクール用品 商品マスタ登録のお願い（2025春 新規6品番）",
        f"""ハピネスモール 衣料部
原様

いつもお世話になっております。桜栄ユニフォーム受注センターの永井です。
2025年春の新規取扱い6品番について、商品マスタの登録をお願いいたします。

品番        | 品名                         | サイズ展開    | JANコード       | 上代（税抜）
------------|------------------------------|---------------|-----------------|-----------
OU-SP301    | スクールポロ 半袖 白         | 120～LL       | 4560982130011   | 2,400
OU-SP302    | スクールポロ 半袖 紺         | 120～LL       | 4560982130028   | 2,400
OU-SP303    | スクールポロ 長袖 白         | 120～LL       | 4560982130035   | 2,800
OU-SK110    | 丸洗いプリーツスカート 紺    | W57～W72      | 4560982130103   | 7,900
OU-SK111    | 丸洗いプリーツスカート 黒    | W57～W72      | 4560982130110   | 7,900
OU-SL220    | ストレッチスラックス 黒      | W61～W91      | 4560982130202   | 6,900

※ JANは代表サイズのものです。サイズ別の一覧は別途Excelでお送りします。
※ 店頭投入は3月第2週を予定しています。

{SIG_NAGAI}
"""))

    out.append(mail(
        "B-p2", "pass", "benign.product_names",
        "Sample-loan offer to a school committee; the model names ハルカ, ミオ, ユウキ and ソウタ look like given names but are products.",
        "miyashita", MIYASHITA,
        ["私立 聖陵学園高等学校 制服検討委員会 吉田 先生 <yoshida.t@seiryo-gakuen.example.ed.jp>"],
        "新モデル「ハルカ」「ミオ」ほか サンプル貸出のご案内",
        f"""聖陵学園高等学校
制服検討委員会　吉田先生

いつも大変お世話になっております。桜栄ユニフォームの宮下です。
先日の委員会ではお時間をいただき、ありがとうございました。

ご要望のあった、軽量・ストレッチ系の新モデルについて、
下記のサンプルを2週間お貸し出しできます。

　・ハルカ（ブレザー、ウール30％・ストレッチ、ネイビー／チャコール）
　・ミオ（ボックスプリーツスカート、家庭洗濯可）
　・ユウキ（ジェンダーレス対応スラックス、両脇ポケット・ウエストアジャスター付き）
　・ソウタ（ニットベスト、毛玉防止加工）

生徒さんの試着会をされる場合は、ハルカとユウキを各サイズ（150～175）で
1着ずつお持ちすることもできます。
ご都合のよい日程を2～3候補いただけましたら、調整いたします。

{SIG_MIYASHITA}
"""))

    out.append(mail(
        "B-p3", "pass", "benign.tracking_number",
        "Delivery notice to a school office with order numbers and two 12-digit Yamato tracking numbers (one satisfies the My Number check digit).",
        "nagai", NAGAI,
        ["市立若葉台中学校 事務室 坂井 様 <jimu@wakabadai-jh.example.ed.jp>"],
        "【出荷のご案内】体操服・名札 追加注文分",
        f"""若葉台中学校 事務室
坂井様

お世話になっております。桜栄ユニフォーム受注センターの永井です。
1月20日にご注文いただいた追加分を、本日出荷いたしました。

　ご注文No.　OU-25-004217（体操服 上下 12組）
　　ヤマト運輸 伝票番号　4352-4494-9904
　ご注文No.　OU-25-004218（名札・学年章 40個）
　　ヤマト運輸 伝票番号　3681-0475-2201

お届けは1月31日（金）の午前中を指定しております。
検品の際、数量違いなどございましたら、お手数ですがご連絡ください。

{SIG_NAGAI}
"""))

    out.append(mail(
        "B-p4", "pass", "benign.corporate_account",
        "Invoice to a school corporation with the company's own bank account, 法人番号 and invoice registration number.",
        "nagai", NAGAI,
        ["学校法人聖陵学園 経理課 御中 <keiri@seiryo-gakuen.example.ed.jp>"],
        "ご請求書送付のご案内（2025年1月締め分）",
        f"""学校法人聖陵学園
経理課 ご担当者様

平素より大変お世話になっております。
株式会社桜栄ユニフォーム 受注センターの永井でございます。

1月締め分のご請求書をPDFにて添付いたします。原本は本日郵送いたしました。

　請求書番号：OU-INV-2501-0193
　ご請求金額：1,284,250円（税込）
　お支払期日：2025年2月28日

【お振込先】
　中国あさひ銀行 児島支店　当座預金 0052718
　口座名義：カ）オウエイユニフォーム

　法人番号：4260001009876
　適格請求書発行事業者登録番号：T4260001009876

ご不明な点がございましたら、お気軽にお問い合わせください。
今後ともよろしくお願い申し上げます。

{SIG_NAGAI}
""",
        attachments=[att("請求書_OU-INV-2501-0193.pdf", PDF,
"""御請求書
学校法人聖陵学園 御中
請求書番号 OU-INV-2501-0193　発行日 2025年1月31日
品名\t数量\t単価\t金額
冬服ブレザー（男女）\t85\t11,500\t977,500
ネクタイ・リボン\t85\t1,100\t93,500
送料\t1\t96,500\t96,500
小計 1,167,500　消費税（10％）116,750　合計 1,284,250
振込先 中国あさひ銀行 児島支店 当座 0052718 カ）オウエイユニフォーム
株式会社桜栄ユニフォーム　登録番号 T4260001009876""")]))

    out.append(mail(
        "B-p5", "pass", "benign.data_subject",
        "Order confirmation sent to the parent who placed the order: her own address and a masked card number.",
        "nagai", NAGAI,
        ["高橋 美香 様 <mika.takahashi.home@gmail.com>"],
        "【桜栄ユニフォーム】ご注文内容の確認（OU-25-006031）",
        f"""高橋 美香 様

このたびは桜栄ユニフォームのオンラインショップをご利用いただき、誠にありがとうございます。
下記のとおりご注文を承りました。

■ご注文番号：OU-25-006031
■ご注文日：2025年2月3日
■商品
　・丸洗いプリーツスカート 紺 W63　1点　7,900円
　・スクールポロ 半袖 白 150　2点　4,800円
　小計 12,700円／送料 0円／消費税 1,270円／合計 13,970円
■お支払い：クレジットカード（VISA **** **** **** 4021）一括
■お届け先：ご登録のご住所（東京都練馬区）
■お届け予定：2月7日（金）～2月10日（月）

ご注文内容に誤りがある場合は、2月4日17時までにこのメールへご返信ください。

{SIG_NAGAI}
※本メールは送信専用アドレスではありません。ご返信いただけます。
"""))

    out.append(mail(
        "B-p6", "pass", "benign.religious_corp",
        "Quotation to a temple (宗教法人) that runs a kindergarten: the 宗教法人 is simply the customer.",
        "miyashita", MIYASHITA,
        ["宗教法人 浄光寺 事務長 片岡 様 <jimu@jokoji-youchien.example.or.jp>"],
        "浄光寺幼稚園様 スモック・園帽のお見積り",
        f"""宗教法人 浄光寺
浄光寺幼稚園　事務長　片岡様

先日はお寺の本堂までご案内いただき、ありがとうございました。
桜栄ユニフォームの宮下です。
お話のあった2025年度入園児向けのスモック・園帽のお見積りをお送りします。

　品目                       数量   単価（税抜）   金額
　スモック（長袖・水色）     60     2,300          138,000
　スモック（半袖・水色）     60     2,100          126,000
　園帽（紅白リバーシブル）   60       900           54,000
　刺繍（園章・胸元）        120       250           30,000
　合計（税抜）                                     348,000

ご要望の「蓮の花」の園章は、現行デザインを元に刺繍データを作成いたします。
花まつり（4月8日）に間に合わせるには、2月末までのご発注でお願いいたします。
ご住職にもよろしくお伝えくださいませ。

{SIG_MIYASHITA}
"""))

    out.append(mail(
        "B-p7", "pass", "benign.project_cc",
        "Design-meeting memo for a model change: six visible addresses from two companies (maker and design studio).",
        "usami", USAMI,
        ["アトリエ・ノワ 代表 緒方 様 <ogata@atelier-noix.example.jp>",
         "アトリエ・ノワ 仁科 様 <nishina@atelier-noix.example.jp>"],
        "北浜高校 モデルチェンジ 第3回デザイン検討会 メモ",
        f"""アトリエ・ノワ
緒方様、仁科様
（cc：清野様、弊社 宮下・永井・平松）

本日はありがとうございました。宇佐美です。
第3回検討会のメモを共有します。誤りがあればご指摘ください。
平松課長は欠席のため、情報共有としてccに入れています。

日時：2月12日（水）14:00～16:00　於：弊社東京支店 会議室
出席：緒方様、仁科様、清野様（アトリエ・ノワ）／宮下、永井、宇佐美（桜栄）

1. ブレザー色
　・ネイビー案（N-3）とチャコール案（C-1）の2案を学校に提示。N-3が第一推奨。
2. エンブレム
　・刺繍ワッペン→織ネームに変更。コスト＋180円／着。
3. スラックス・スカート選択制
　・全学年で選択可。学校側にサイズ表を2月末までに提出（宮下）。
4. 次回
　・3月5日（水）14時、学校での試着会（サンプル各5着）。

宿題：
　・N-3の生地ロット確認（宇佐美）
　・エンブレム試作2案（仁科様）

{SIG_USAMI}
""",
        cc=["アトリエ・ノワ 清野 様 <seino@atelier-noix.example.jp>", MIYASHITA, NAGAI,
            f"東京支店 営業課長 平松 <hiramatsu@{DOM}>"]))

    bcc_shops = [
        "tsukamoto@tsukamoto-yohin.example.jp", "info@gakuseifuku-yamada.example.jp",
        "maruiya.seifuku@gmail.com", "fujita-iryo@fujita-iryo.example.jp",
        "aoba-shop@school-aoba.example.jp", "nakamura@nakamura-hifuku.example.jp",
        "kurihara.uniform@yahoo.co.jp", "yushima-uni@yushima-uni.example.jp",
        "nishida@nishida-gakusei.example.jp", "sakaeya@sakaeya-store.example.jp",
        "hatano@hatano-co.example.co.jp", "omori@gs-omori.example.jp",
        "midori.seifukuten@gmail.com", "shop@kojima-gakusei.example.jp",
    ]
    out.append(mail(
        "B-p8", "pass", "benign.it_outage",
        "Apology for an ordering-system 障害 sent to 14 retail shops correctly in BCC (To is the company's own address).",
        "nagai", NAGAI,
        [f"受注センター <juchu@{DOM}>"],
        "【お詫び】受注システム障害による受付遅延について（2月17日）",
        f"""お取引先 販売店各位
（本メールはBCCにて一斉にお送りしております）

いつもお世話になっております。桜栄ユニフォーム受注センターです。

本日2月17日（月）8時30分ごろから11時10分まで、弊社受注システムに障害が発生し、
Web発注およびFAX-OCRでのご注文の受付が停止しておりました。
現在は復旧しており、停止中にいただいたご注文は順次処理しております。

　・原因：データベースサーバのディスク障害（外部からの攻撃やウイルス感染ではございません）
　・影響：本日午前受付分の出荷が1日遅れる可能性があります
　・お客様情報の流出：ございません

繁忙期にご迷惑をおかけし、誠に申し訳ございません。
お急ぎの案件は受注センター（086-473-5502）までお電話ください。

{SIG_NAGAI}
""",
        bcc=[f"販売店様 <{a}>" for a in bcc_shops]))

    out.append(mail(
        "B-p9", "pass", "benign.company_surnames",
        "Meeting set-up with two sewing subcontractors whose company names contain surnames (田中被服, 山本縫製所); business contacts only.",
        "usami", USAMI,
        ["田中被服株式会社 品質保証課 田中 様 <q-tanaka@tanaka-hifuku.example.co.jp>",
         "有限会社山本縫製所 山本 様 <yamamoto@yamamoto-hosei.example.jp>"],
        "検品基準の統一に関する打合せのお願い",
        f"""田中被服株式会社　田中様
有限会社山本縫製所　山本様

いつも大変お世話になっております。桜栄ユニフォーム品質管理部の宇佐美です。

昨年度、田中被服様と山本縫製所様で検品基準（特にボタン付け強度と
ステッチの目飛び判定）に差があり、販売店からの返品理由にもなっておりました。
2025年度の生産開始前に、三社で基準を統一したく、打合せをお願いできないでしょうか。

　候補日：2月25日（火）、26日（水）、28日（金）いずれも13時～15時
　場所：弊社本社 2階 品質管理室（児島）
　議題：
　　1) ボタン付け強度の試験方法（JIS L 1093 準拠）
　　2) 目飛び・糸調子の限度見本
　　3) 不良時の連絡フロー

田中被服様は田中社長ご本人もご出席と伺っておりますので、
社長室を別途ご用意いたします。
ご都合をお知らせいただけますと幸いです。

{SIG_USAMI}
"""))

    out.append(mail(
        "B-p10", "pass", "benign.aggregate",
        "Fitting-session report to a school with counts by size and absentee totals only; no pupil named.",
        "miyashita", MIYASHITA,
        ["県立北浜高等学校 教務部 生徒指導 宮田 先生 <miyata@kitahama-hs.example.ed.jp>"],
        "2月15日 採寸会の実施報告",
        f"""北浜高等学校
宮田先生

先日の採寸会では、会場の設営から誘導まで大変お世話になりました。
桜栄ユニフォームの宮下です。実施結果をご報告いたします。

　対象者：新入生 238名
　採寸済み：231名
　欠席：7名（うち体調不良による欠席 4名、その他 3名）→ 3月1日に追加採寸

　ブレザー サイズ分布（人数）
　　150A: 18　155A: 34　160A: 51　165A: 47　170A: 39　175A: 24　180A以上: 18

　ボトム選択
　　スカート 98名／スラックス 133名（うち女子生徒のスラックス選択 14名）

例年より大きめのサイズが多く、175A以上は追加生産を手配しました。
納品は3月25日（火）の予定です。引き続きよろしくお願いいたします。

{SIG_MIYASHITA}
"""))

    return out
