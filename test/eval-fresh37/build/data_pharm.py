# Org 2: 株式会社あおば調剤 (dispensing pharmacy chain)
MO = "森下 千尋 <c.morishita@aoba-ph.example.jp>"
IW = "岩崎 祐介 <y.iwasaki@aoba-ph.example.jp>"

SIG_MO = """――――――――――――――――――
あおば薬局 桜台店
管理薬剤師 森下 千尋（もりした ちひろ）
〒176-0002 東京都練馬区桜台1-22-5
TEL 03-5946-2210 / FAX 03-5946-2211
c.morishita@aoba-ph.example.jp
――――――――――――――――――"""

SIG_IW = """--------------------------------
株式会社あおば調剤 本部 総務部
岩崎 祐介
〒170-0013 東京都豊島区東池袋3-9-14 あおばビル4F
TEL 03-6912-5500（代表） 内線 214
y.iwasaki@aoba-ph.example.jp
--------------------------------"""

MAILS = [
# ---------------- HOLDS ----------------
dict(expect="hold", kind="sensitive.health", loc="body",
 why="A patient's name, birth date, diagnosis and prescription are sent by e-mail to a clinic in a dosage query.",
 frm=MO, to=["ひかりが丘内科クリニック 院長 先生 <info@hikarigaoka-naika.example.jp>"],
 subject="処方内容のご確認のお願い（桜台店）",
 text="""ひかりが丘内科クリニック
院長 先生

いつも大変お世話になっております。あおば薬局桜台店の森下でございます。
お電話が繋がらなかったため、メールにて失礼いたします。

本日ご来局の患者様の処方につき、ご確認をお願いしたくご連絡いたしました。

　患者氏名：小池 房子 様（昭和18年7月2日生）
　病名（お薬手帳記載）：慢性腎臓病（CKD stage 4）、2型糖尿病
　処方：メトホルミン塩酸塩錠500mg　1回1錠 1日3回 毎食後 28日分

直近の検査値（eGFR 24）からすると、メトホルミンは禁忌に該当する可能性がございます。
中止もしくは他剤への変更のご検討をいただけますでしょうか。
患者様には店舗でお待ちいただいております。お手数ですが折り返しご指示をお願いいたします。

""" + SIG_MO,
 personal=[("name","小池 房子"),("birthdate","昭和18年7月2日生"),("health","慢性腎臓病（CKD stage 4）、2型糖尿病")]),

dict(expect="hold", kind="id.mynumber", loc="body",
 why="A new employee's and her dependant's My Numbers are typed into the body of a mail to the labour consultant.",
 frm=IW, to=["中西社会保険労務士事務所 中西 様 <nakanishi@nakanishi-sr.example.jp>"],
 subject="10月入社 薬剤師の資格取得手続きについて",
 text="""中西先生

いつもお世話になっております。あおば調剤の岩崎です。
10月1日付で入社した薬剤師の資格取得手続きをお願いいたします。

・氏名：上野 真琴（うえの まこと）
・生年月日：1996年4月18日
・個人番号：510378462191
・被扶養者：長男 上野 湊（2021年9月3日生） 個人番号 739201584618
・勤務店舗：あおば薬局 江古田店
・月額報酬：385,000円

通知カードの写しは別途郵送いたします。
ご不明点がございましたらご連絡ください。

""" + SIG_IW,
 personal=[("mynumber","510378462191"),("mynumber","739201584618"),("name","上野 真琴"),("birthdate","1996年4月18日")]),

dict(expect="hold", kind="personal.inquiry", loc="body",
 why="A patient's complaint with full name, address and phone is forwarded to an outside training consultant.",
 frm=IW, to=["接遇コンサルタント 浅見 様 <asami@hospitality-lab.example.jp>"],
 subject="接遇研修の事例としてご相談（江古田店）",
 text="""浅見様

いつもお世話になっております。あおば調剤の岩崎です。
来月の接遇研修で扱っていただきたい事例がありましたので共有いたします。

先週、江古田店に以下のお客様から電話でクレームがありました。
　お名前：桑田 伸也 様
　ご住所：東京都練馬区旭丘2-18-7 メゾン旭丘103
　お電話：090-6638-1205
　内容：待ち時間が45分と長かったうえ、受付スタッフに「順番なので」とだけ言われ説明がなかった。
　　　　帰宅後に薬の数が1日分足りないことに気づいたが、電話しても折り返しがなかった。

お客様へは店長からお詫びの電話を済ませております。
研修では、待ち時間の説明の仕方と折り返しのルールを中心にお願いできればと存じます。

""" + SIG_IW,
 personal=[("name","桑田 伸也"),("address","東京都練馬区旭丘2-18-7 メゾン旭丘103"),("phone","090-6638-1205")]),

dict(expect="hold", kind="id.health_insurance", loc="body",
 why="Patients' health-insurance card numbers are listed in a mail to an outside claims-check vendor.",
 frm=MO, to=["レセプト点検センター 担当 大森様 <omori@rece-check.example.jp>"],
 subject="返戻分の再請求について（9月診療分）",
 text="""大森様

お世話になっております。あおば薬局桜台店の森下です。
9月分で返戻となった3件について、保険証を再確認しましたので情報をお送りします。

1) 吉岡 美代子 様　保険者番号 06137019　記号 12-5　番号 3318　（資格喪失→新保険証に変更）
2) 石原 健一 様　保険者番号 138222　記号 練馬 番号 0411827　（国保・負担割合の誤り）
3) 村瀬 あかね 様　保険者番号 32130211　記号 4410 番号 87　枝番 02

上記で再請求データの作成をお願いいたします。

""" + SIG_MO,
 personal=[("name","吉岡 美代子"),("insurance","保険者番号 06137019　記号 12-5　番号 3318"),("name","石原 健一"),("insurance","保険者番号 138222　記号 練馬 番号 0411827")]),

dict(expect="hold", kind="sensitive.health", loc="body",
 why="A named patient's dementia progression and medication-management problems go to an outside care manager.",
 frm=MO, to=["居宅介護支援事業所さくら 中村ケアマネジャー <nakamura@kyotaku-sakura.example.jp>"],
 subject="Re: 訪問服薬指導のご報告",
 text="""中村様

いつもお世話になっております。あおば薬局桜台店の森下です。
昨日の訪問のご報告です。

・利用者：高畑 キヨ 様（桜台4丁目）
・服薬状況：朝・夕の一包化分のうち、9日分が残薬として見つかりました。
　カレンダーへのセットはご自身でされているものの、曜日の認識が難しくなっている様子です。
・認知機能：主治医の先生より、アルツハイマー型認知症が中等度に進行しているとのお話がありました（ドネペジル10mgに増量済み）。
・ご提案：デイサービスの日に職員さんから服薬の声かけをお願いできないでしょうか。

次回の担当者会議でご相談できれば幸いです。

""" + SIG_MO + """

> 森下様
> 高畑様の服薬状況、次回訪問時に見ていただけますか。
> ヘルパーさんから薬が余っていると聞いています。
> 中村
""",
 personal=[("name","高畑 キヨ"),("health","アルツハイマー型認知症が中等度に進行している")]),

dict(expect="hold", kind="sensitive.health", loc="subject",
 why="The subject line names a patient with schizophrenia; the body itself only confirms a delivery slot.",
 frm=MO, to=["訪問看護ステーションみどり 佐々木様 <sasaki@houkan-midori.example.jp>"],
 subject="堀内 達也様（統合失調症）お薬のお届け日について",
 text="""佐々木様

お世話になっております。あおば薬局桜台店の森下です。
次回のお届けは、10月11日（金）14時ごろに伺う予定です。
ご都合が悪い場合はご連絡ください。

""" + SIG_MO,
 personal=[("name","堀内 達也"),("health","統合失調症")]),

dict(expect="hold", kind="sensitive.health", loc="quoted",
 why="The forward to the wholesaler quotes the hospital's mail naming a patient with HIV.",
 frm=MO, to=["東邦メディカル卸 練馬営業所 片山様 <katayama@toho-medi.example.jp>"],
 subject="FW: 抗HIV薬の取り寄せについて",
 text="""片山様

お世話になっております。あおば薬局桜台店の森下です。
下記の件、ビクテグラビル配合錠を来週水曜までに30錠×2の手配は可能でしょうか。
在庫状況をご確認いただけますと幸いです。

""" + SIG_MO + """

---------- Forwarded message ---------
From: 練馬中央病院 感染症内科 外来 <gairai-id@nerima-chuo-hp.example.jp>
Date: 2024年10月7日(月) 16:20
Subject: 抗HIV薬の取り寄せについて
To: あおば薬局 桜台店

あおば薬局 御中
当院通院中の 芦田 俊介 様（HIV感染症、抗レトロウイルス療法中）が、今回から貴局での受け取りを希望されています。
次回処方は10月16日です。薬剤の準備をお願いいたします。
練馬中央病院 感染症内科 外来看護師 村田
""",
 personal=[("name","芦田 俊介"),("health","HIV感染症、抗レトロウイルス療法中")]),

dict(expect="hold", kind="list.customers", loc="attachment",
 why="The attached CSV lists home-care patients with addresses, phones and care levels; the body gives no hint.",
 frm=IW, to=["ルートシステム株式会社 導入担当 <support@route-sys.example.jp>"],
 subject="配送ルート最適化システム 初期データの送付",
 text="""ルートシステム株式会社
導入ご担当者様

お世話になっております。あおば調剤の岩崎です。
先日の打ち合わせでお話しした初期データを添付いたします。
取り込み後、テスト環境のURLをお知らせください。

""" + SIG_IW,
 attachments=[dict(filename="zaitaku_route_init.csv", contentType="text/csv",
  text="""患者ID,氏名,住所,電話,要介護度,訪問曜日
Z-0041,高畑 キヨ,東京都練馬区桜台4-8-3,03-3991-2283,要介護2,火
Z-0052,松井 徳三,東京都練馬区羽沢1-15-9,03-3994-7716,要介護3,火
Z-0063,早川 トミ,東京都練馬区小竹町2-40-1-201,090-2281-4450,要支援2,木
Z-0078,関口 昭,東京都練馬区栄町31-6,03-3948-0925,要介護4,金
Z-0081,原 静江,東京都豊島区要町3-12-18,03-3973-6604,要介護1,金
""")],
 personal=[("name","松井 徳三"),("address","東京都練馬区羽沢1-15-9"),("phone","03-3994-7716"),("name","早川 トミ"),("phone","090-2281-4450")]),

dict(expect="hold", kind="list.roster", loc="attachment",
 why="The attached staff list with birth dates and home addresses and phones goes to an outside health-check provider; the body gives no hint.",
 frm=IW, to=["ライフ健診センター 予約係 <yoyaku@life-kenshin.example.jp>"],
 subject="秋季定期健康診断の予約について",
 text="""ライフ健診センター
予約ご担当者様

いつもお世話になっております。あおば調剤の岩崎でございます。
秋季の定期健康診断につき、対象者分の予約をお願いしたく、資料を添付いたします。
実施期間は11月5日〜11月29日を希望しております。

""" + SIG_IW,
 attachments=[dict(filename="2024aki_kenshin_taishosha.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text="""[対象者一覧]
社員番号\t氏名\t性別\t生年月日\t住所\t携帯電話\t所属
A1023\t森下 千尋\t女\t1984/02/11\t東京都練馬区豊玉北5-2-17\t090-5512-8834\t桜台店
A1047\t平田 隆之\t男\t1979/10/30\t東京都板橋区小茂根1-9-4\t080-2290-3371\t江古田店
A1102\t上野 真琴\t女\t1996/04/18\t東京都中野区江古田3-5-2-304\t070-4418-0957\t江古田店
A1115\t栗原 俊\t男\t1990/07/07\t埼玉県和光市新倉2-13-20\t090-7734-1186\t本部
""")],
 personal=[("name","平田 隆之"),("birthdate","1979/10/30"),("address","東京都板橋区小茂根1-9-4"),("phone","080-2290-3371")]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="An encrypted zip goes to a home-nursing station with the password sent separately (PPAP).",
 frm=MO, to=["訪問看護ステーションみどり 佐々木様 <sasaki@houkan-midori.example.jp>"],
 subject="担当者会議資料の送付（パスワード別送）",
 text="""佐々木様

お世話になっております。あおば薬局桜台店の森下です。
来週の担当者会議の資料をお送りします。
ファイルにはパスワードを設定しておりますので、別メールにてお知らせいたします。

""" + SIG_MO,
 attachments=[dict(filename="tantousha_kaigi_1015.zip", contentType="application/zip", encrypted=True)]),

# ---------------- PASSES ----------------
dict(expect="pass", kind="benign.it_outage", loc=None,
 why="Notice of a dispensing-system outage; 障害 refers to IT, not to a person.",
 frm=IW, to=["ひかりが丘内科クリニック 事務長 様 <jimu@hikarigaoka-naika.example.jp>"],
 cc=["練馬しらかば整形外科 事務 <office@shirakaba-seikei.example.jp>"],
 subject="【ご連絡】電子処方箋受付システムの障害について（復旧済み）",
 text="""関係医療機関 ご担当者様

平素より大変お世話になっております。株式会社あおば調剤の岩崎でございます。

本日10月8日（火）9時10分頃から11時40分頃まで、当社のレセプトコンピュータと電子処方箋管理サービスとの連携に障害が発生し、
桜台店・江古田店・要町店で電子処方箋の受付ができない状態となっておりました。

・原因：連携サーバの証明書更新の不備
・影響：上記時間帯は紙の処方箋控えにより調剤対応（患者様への影響はございません）
・対策：証明書の有効期限監視を追加いたしました

ご迷惑をおかけし、誠に申し訳ございませんでした。

""" + SIG_IW),

dict(expect="pass", kind="benign.aggregate_infection", loc=None,
 why="Store infection-control measures and counts given without any named person.",
 frm=MO, to=["桜台地区 民生委員協議会 事務局 <jimukyoku@sakuradai-minsei.example.jp>"],
 subject="インフルエンザ流行期の店舗での対応について",
 text="""桜台地区民生委員協議会
事務局 ご担当者様

いつも地域の見守り活動でお世話になっております。あおば薬局桜台店の森下です。

今月に入り、当店で受け付けたインフルエンザ関連の処方箋は1日平均12枚と、先月の約4倍になっています。
流行期間中、店舗では以下の対応をとりますので、高齢の方へのご案内にお役立てください。

　・発熱のある方は、入口横のインターホンでお知らせいただき、車内または別室でお待ちいただけます
　・お薬のご自宅配送（無料）を1日10件まで承ります
　・待合室の換気と消毒を1時間ごとに実施しています
　・ワクチン接種の予約状況は区のホームページでご確認いただけます

地域の皆さまに安心してご来局いただけるよう努めてまいります。

""" + SIG_MO),

dict(expect="pass", kind="benign.product_codes", loc=None,
 why="A wholesale order listing JAN codes, lot numbers and quantities; no personal data.",
 frm=MO, to=["東邦メディカル卸 練馬営業所 片山様 <katayama@toho-medi.example.jp>"],
 subject="発注のお願い（10/9 桜台店）",
 text="""片山様

お世話になっております。あおば薬局桜台店の森下です。
下記の発注をお願いいたします。明日午前の便でお届けいただけますと助かります。

| 品名 | JAN | 数量 |
|---|---|---|
| アムロジピンOD錠5mg「サワイ」100錠 | 4987080741234 | 3 |
| ロキソプロフェンNa錠60mg 500錠 | 4987193311457 | 2 |
| ヘパリン類似物質クリーム0.3% 25g×10 | 4987166082114 | 5 |
| ミヤBM錠 1000錠 | 4987123140117 | 1 |

また、先日ご案内いただいた出荷調整品（ロット 3L218A）の入荷見込みが分かりましたら教えてください。

""" + SIG_MO),

dict(expect="pass", kind="benign.vaccination_schedule", loc=None,
 why="A vaccination-slot schedule for the municipality with counts only.",
 frm=IW, to=["練馬区 健康推進課 予防接種係 <yobou@city-nerima.example.lg.jp>"],
 subject="新型コロナワクチン定期接種 協力薬局の接種枠について",
 text="""練馬区健康推進課 予防接種係 御中

いつもお世話になっております。株式会社あおば調剤 総務部の岩崎でございます。
今秋の定期接種（65歳以上）における当社店舗の接種枠を下記のとおりご報告いたします。

　店舗　　　　曜日　　　　時間帯　　　　枠数/週
　桜台店　　　火・木　　　14:00-17:00　　36
　江古田店　　水・土　　　10:00-12:00　　24
　要町店　　　金　　　　　15:00-18:00　　18

接種担当医は提携の「ひかりが丘内科クリニック」より派遣いただきます。
予約受付は10月15日から区の予約システムで開始予定です。

""" + SIG_IW),

dict(expect="pass", kind="benign.corporate_account", loc=None,
 why="Notice of the company's own change of corporate bank account.",
 frm=IW, to=["お取引先各位 <torihiki@aoba-ph.example.jp>"],
 bcc=["keiri@toho-medi.example.jp","seikyu@route-sys.example.jp","keiri@life-kenshin.example.jp","ar@pharmacare-supply.example.jp"],
 subject="【重要】振込先口座変更のお知らせ",
 text="""お取引先各位

拝啓　時下ますますご清栄のこととお慶び申し上げます。
さて、このたび弊社では金融機関の統合に伴い、お振込先口座を下記のとおり変更いたします。

　変更日：2024年11月1日（金）お振込分から
　新口座：みらい共創銀行 池袋支店（店番 218） 普通預金 口座番号 7004129
　口座名義：カ）アオバチョウザイ

旧口座へのお振込は2025年1月末日まで引き続きご利用いただけます。
なお、本件についてお電話で口座変更をお願いすることはございません。不審な連絡にはご注意ください。

敬具

""" + SIG_IW),

dict(expect="pass", kind="benign.successor", loc=None,
 why="A reply to a drug maker's MR about a successor; only business contacts appear.",
 frm=MO, to=["城北製薬 営業部 田島 様 <tajima@johoku-seiyaku.example.jp>"],
 cc=["城北製薬 営業部 新井 様 <arai@johoku-seiyaku.example.jp>"],
 subject="Re: 担当交代のご挨拶",
 text="""田島様

ご丁寧にご連絡いただきありがとうございます。
3年間、新薬の情報提供や勉強会で大変お世話になりました。名古屋支店でのご活躍をお祈りしております。

新井様、今後ともどうぞよろしくお願いいたします。
さっそくですが、11月の薬局内勉強会（糖尿病治療薬の最新動向）の講師をお願いできればと考えております。
候補日は11月12日（火）または19日（火）の19時からです。

""" + SIG_MO + """

> あおば薬局桜台店 森下様
> 私事で恐縮ですが、10月末をもって名古屋支店へ異動となりました。
> 後任は新井 亜紀子が担当いたします。
> 城北製薬株式会社 東京第二営業所 田島 和也
"""),

dict(expect="pass", kind="benign.own_data", loc=None,
 why="A receipt reissue sent to the patient herself at her own request, with no diagnosis.",
 frm=MO, to=["mayumi.kondo77@yahoo.co.jp"],
 subject="領収書再発行のご案内（あおば薬局桜台店）",
 text="""近藤 真由美 様

このたびはお問い合わせいただきありがとうございます。あおば薬局桜台店の森下でございます。
医療費控除のためにご依頼いただいた領収書の再発行分を、下記のとおりご用意いたしました。

　対象期間：2024年1月〜6月
　ご来局回数：6回
　お支払合計：18,420円

原本は本日、ご登録のご住所あてに普通郵便でお送りいたしました。
数日たっても届かない場合はお手数ですが店舗までお電話ください。

""" + SIG_MO + """

> 確定申告の医療費控除に使いたいので、今年前半の領収書をまとめて再発行していただけますか。
> 近藤
"""),

dict(expect="pass", kind="benign.license_numbers", loc=None,
 why="Pharmacy licence and insurance-pharmacy codes in a renewal filing; no personal identifiers.",
 frm=IW, to=["関東信越厚生局 東京事務所 指導課 <shidou-tokyo@kanto-kosei.example.go.jp>"],
 subject="保険薬局指定更新に関する問い合わせ（あおば薬局 要町店）",
 text="""関東信越厚生局 東京事務所 指導課 御中

お世話になっております。株式会社あおば調剤 総務部の岩崎です。
下記店舗の保険薬局指定更新について確認させてください。

　薬局名：あおば薬局 要町店
　保険薬局コード：13-4-1108-2
　薬局開設許可番号：豊島区 第4P00318号
　法人番号：5013301038842
　指定有効期限：2024年12月31日

更新申請書の提出期限と、管理薬剤師変更届を同時に提出してよいかご教示ください。

""" + SIG_IW),

dict(expect="pass", kind="benign.religious_corporation_customer", loc=None,
 why="A religious corporation is a customer ordering first-aid supplies; no belief of a person is disclosed.",
 frm=MO, to=["宗教法人 光明寺 寺務所 <jimusho@komyoji.example.jp>"],
 subject="Re: 子ども坐禅会用 救急セットのお見積り",
 text="""宗教法人 光明寺 寺務所
ご担当 様

お問い合わせありがとうございます。あおば薬局桜台店の森下です。
子ども坐禅会（参加予定30名）用の救急セットについて、お見積りをお送りします。

　・救急箱セット（絆創膏、消毒液、冷却シート、ガーゼ等）×2　　7,480円
　・虫よけスプレー 200ml ×4　　　　　　　　　　　　　　　　　3,520円
　・経口補水液 500ml ×24　　　　　　　　　　　　　　　　　　4,320円
　合計（税込）15,320円

請求書は宗教法人名義でお出しいたします。ご用命の際はご返信ください。

""" + SIG_MO),
]
