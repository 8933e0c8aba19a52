# Org B: 医療法人社団 さくら台レディースクリニック (maternity clinic)
D = "sakuradai-lc.example.jp"
TAMURA = f"田村 由紀子 <tamura@{D}>"
OKABE = f"岡部 洋平 <jimu-okabe@{D}>"
KOIKE = f"小池 真帆 <koike.midwife@{D}>"

SIG_TA = """
-------------------------------------------
医療法人社団 桜陽会 さくら台レディースクリニック
院長 田村 由紀子(産婦人科専門医)
〒227-0062 神奈川県横浜市青葉区青葉台1-18-6
TEL 045-981-3320 FAX 045-981-3321
-------------------------------------------"""
SIG_O = """
*************************************
さくら台レディースクリニック
事務長 岡部 洋平
TEL 045-981-3320(内線 201)
jimu-okabe@sakuradai-lc.example.jp
*************************************"""
SIG_K = """
――
さくら台レディースクリニック 助産師長
小池 真帆
045-981-3320(病棟直通 045-981-3325)"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="sensitive.health", loc="body",
 why="A referral letter gives a named patient's pregnancy week and hypertensive disorder to a hospital.",
 frm=TAMURA, to=["青葉中央病院 地域連携室 <renkei@aoba-chuo-hp.example.or.jp>"],
 subject="母体搬送のご依頼(診療情報提供)",
 text="""青葉中央病院 産科 森 先生
(地域連携室 御中)

いつも大変お世話になっております。さくら台レディースクリニックの田村です。
先ほどお電話でご相談した患者様について、診療情報をお送りします。

 患者:小島 沙織 様 32歳 初産婦(1992年4月8日生)
 現在:妊娠33週2日
 診断:妊娠高血圧腎症(血圧 162/104、尿蛋白 2+)、胎児発育不全(推定体重 1,580g、-1.8SD)
 経過:7/15より外来管理、本日の健診で血圧上昇と頭痛の訴えあり
 処置:ニカルジピン持続静注開始、MgSO4 投与開始済み

救急車にて14:30頃当院出発予定です。助産師の小池が同乗いたします。
何卒よろしくお願い申し上げます。
""" + SIG_TA,
 personal=[("name","小島 沙織"),("health","妊娠高血圧腎症"),("dob","1992年4月8日生")]),

dict(expect="hold", kind="id.employment_insurance", loc="attachment",
 why="The attached staff sheet gives new hires' employment-insurance and pension numbers to the 社労士.",
 frm=OKABE, to=["長尾社会保険労務士事務所 <nagao-sr@sr-office.example.jp>"],
 subject="8月入職者の手続きについて",
 text="""長尾社会保険労務士事務所
長尾先生

いつもお世話になっております。さくら台レディースクリニック事務長の岡部です。
8月1日付の入職者について、手続き用の資料を添付いたします。
ご確認のうえ、不足があればお知らせください。

よろしくお願いいたします。
""" + SIG_O,
 attachments=[dict(filename="nyushoku_202408.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", text="""[入職者]
氏名	フリガナ	生年月日	職種	雇用形態	基礎年金番号	雇用保険被保険者番号	前職
浅野 優花	アサノ ユウカ	1996/02/11	助産師	常勤	4120-583317	5014-662081-3	市立病院
高木 はるか	タカギ ハルカ	1989/09/30	看護師	パート	1357-204468	2208-417735-9	なし
松井 愛	マツイ アイ	2001/12/05	医療事務	常勤	6031-772190		新卒""")],
 personal=[("name","浅野 優花"),("pension_number","4120-583317"),("employment_insurance","5014-662081-3"),("employment_insurance","2208-417735-9")]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="encrypted_zip",
 why="Test results are sent as a password-protected zip (PPAP).",
 frm=KOIKE, to=["検体受付 <kentai@genelab-kanagawa.example.co.jp>"],
 subject="検体依頼書の送付",
 text="""ジーンラボ神奈川 検体受付ご担当者様

お世話になっております。さくら台レディースクリニックの小池です。
本日発送分の検体依頼書をパスワード付きファイルにてお送りします。
パスワードは別途お電話でお伝えいたします。

よろしくお願いいたします。
""" + SIG_K,
 attachments=[dict(filename="irai_0718.zip", contentType="application/zip", encrypted=True)]),

dict(expect="hold", kind="sensitive.health", loc="quoted",
 why="The forwarded patient message describes her postnatal depression score and domestic violence, sent to the municipal support centre.",
 frm=KOIKE, to=["青葉区 こども家庭支援課 <aoba-kodomo@city-yokohama.example.lg.jp>"],
 subject="Fw: 退院後のご相談(産後訪問のお願い)",
 text="""青葉区こども家庭支援課
保健師 西村様

いつもお世話になっております。さくら台レディースクリニック 助産師長の小池です。
昨日お電話でお話しした方から、下記のメールが届きました。
産後訪問の優先的な調整をお願いできればと思い、ご本人の了承を得て転送いたします。

よろしくお願いいたします。
""" + SIG_K + """

---------- Forwarded message ---------
From: 原田 志保 <shiho.h0921@yahoo.example.co.jp>
Date: 2024年7月17日(水) 22:48
Subject: 退院後のこと
To: さくら台レディースクリニック <info@sakuradai-lc.example.jp>

小池さん

退院前にやった質問票(EPDS)が14点だったと言われて、その後も眠れない日が続いています。
夫は夜になるとお酒を飲んで物を投げたり、怒鳴ったりするので、赤ちゃんと二人で実家に
逃げることも考えています。住所は青葉区桂台2-7-11のままです。
どこに相談すればいいか分からなくて連絡しました。

原田 志保
""",
 personal=[("name","原田 志保"),("health","EPDS)が14点"),("victim","夫は夜になるとお酒を飲んで物を投げたり、怒鳴ったりする"),("address","青葉区桂台2-7-11")]),

dict(expect="hold", kind="sensitive.health", loc="subject",
 why="The subject line names a patient with threatened preterm labour; the body is vague.",
 frm=TAMURA, to=["新横浜総合医療センター 周産期センター <perinatal@shinyoko-mc.example.or.jp>"],
 subject="田中 美咲様(34) 切迫早産29週 母体搬送受入れのご相談",
 text="""周産期センター 当直医 先生

先ほどお電話でご相談した件です。
受け入れの可否につきまして、折り返しご連絡をいただけますと幸いです。
診療情報提供書は受け入れ決定後にFAXいたします。

さくら台レディースクリニック 田村
TEL 045-981-3320""",
 personal=[("name","田中 美咲"),("health","切迫早産29週")]),

dict(expect="hold", kind="sensitive.infection_third_party", loc="body",
 why="A reply to a patient's husband names another patient's influenza infection.",
 frm=KOIKE, to=["吉田 大輔 <d.yoshida77@ocn.example.ne.jp>"],
 subject="Re: 面会について",
 text="""吉田 大輔 様

お問い合わせいただき、ありがとうございます。助産師長の小池です。

昨日、奥様と同じ2階の4人部屋に入院されていた佐藤 里奈さんがインフルエンザA型と
診断されたため、当該病室は本日より面会を制限しております。
奥様は個室に移っていただいており、現在のところ症状はございません。

明日以降の面会は、個室側の入口からお願いいたします。
ご不便をおかけいたしますが、何卒ご理解ください。
""" + SIG_K + """

> 明日、上の子を連れて面会に行っても大丈夫でしょうか。
> 病院から面会制限のお知らせが来ていたので心配です。
> 吉田""",
 personal=[("name","佐藤 里奈"),("infection","インフルエンザA型")]),

dict(expect="hold", kind="list.roster", loc="attachment",
 why="The attached class roster lists participants' due dates and phones for an outside instructor.",
 frm=KOIKE, to=["マタニティヨガ 新井先生 <yoga.arai.mika@gmail.example.com>"],
 subject="8/3 クラスの件",
 text="""新井先生

いつもありがとうございます。小池です。
8/3(土)のクラスの資料をお送りします。
当日は10:00から2階ホールを開けておきますので、よろしくお願いいたします。

小池""",
 attachments=[dict(filename="class_0803.csv", contentType="text/csv", text="""No,氏名,出産予定日,妊娠週数(8/3時点),電話番号,備考
1,中村 彩花,2024-10-02,25w,090-4218-7763,
2,岡 美穂,2024-09-18,27w,080-3361-2094,逆子指摘あり
3,関 綾乃,2024-11-20,18w,070-5540-8812,双胎
4,Li Mei,2024-09-30,26w,090-7719-3368,通訳不要
5,福田 千夏,2024-10-25,22w,080-9034-1157,""")],
 personal=[("name","中村 彩花"),("phone","090-4218-7763"),("name","岡 美穂"),("phone","080-3361-2094"),("name","関 綾乃")]),

dict(expect="hold", kind="id.card", loc="body",
 why="A patient's full card number and expiry are mailed to the payment service.",
 frm=OKABE, to=["決済サポート <support@paylink-med.example.com>"],
 subject="電話受付分のカード決済について",
 text="""ペイリンクメディカル サポートご担当者様

お世話になっております。さくら台レディースクリニックの岡部です。
入院予約金の件で、患者様から電話でカード払いの申出があり、
端末に手入力したところエラーとなりました。以下の内容で決済可能か確認をお願いします。

 名義:KANA ISHIKAWA
 カード番号:5555 5555 5555 4444
 有効期限:09/27
 金額:100,000円(入院予約金)

本日中にご回答いただけますと助かります。
""" + SIG_O,
 personal=[("name","KANA ISHIKAWA"),("card","5555 5555 5555 4444")]),

dict(expect="hold", kind="personal.resume", loc="attachment",
 why="An applicant's résumé with address, phone and history is passed to another clinic.",
 frm=TAMURA, to=["もえぎ野産婦人科 院長 <director@moegino-ob.example.jp>"],
 subject="先日の件(ご紹介)",
 text="""もえぎ野産婦人科
三浦先生

先日の研究会ではありがとうございました。
お話ししていた件、資料をお送りいたします。
ご検討いただければ幸いです。

田村""",
 attachments=[dict(filename="rirekisho.pdf", contentType="application/pdf", text="""履 歴 書   2024年7月1日現在
氏名 川村 奈々(かわむら なな)  1994年8月19日生(満29歳) 女
現住所 〒225-0011 神奈川県横浜市青葉区あざみ野3-4-17 メゾンあざみ203
電話 080-2256-9043  E-mail nana.kawamura94@gmail.example.com
学歴 2013年4月 県立保健福祉大学 看護学部 入学 / 2017年3月 同 卒業
     2018年3月 同大学 助産学専攻科 修了
職歴 2018年4月 聖マリア記念病院 産科病棟 入職 / 2024年6月 同 退職(一身上の都合)
免許 看護師免許(2017年)、助産師免許(2018年)
志望動機 分娩件数の多い施設で経験を積みたく…""")],
 personal=[("name","川村 奈々"),("address","神奈川県横浜市青葉区あざみ野3-4-17 メゾンあざみ203"),("phone","080-2256-9043")]),

dict(expect="hold", kind="id.health_insurance", loc="body",
 why="A patient's health-insurance symbol and number are sent to the insurer association.",
 frm=OKABE, to=["出産育児一時金担当 <kyufu@kanagawa-kikai-kenpo.example.or.jp>"],
 subject="直接支払制度 請求内容の照会について",
 text="""神奈川機械健康保険組合 給付課 ご担当者様

お世話になっております。さくら台レディースクリニック 事務長の岡部です。
6月分の直接支払制度の請求につき、返戻となった1件について照会いたします。

 被保険者氏名:大橋 健一(被扶養者 大橋 由美子 様 の分娩)
 記号:8102  番号:4471
 保険者番号:06139875
 分娩日:2024年6月9日

資格喪失の可能性があるとのことですが、ご本人からは継続加入と伺っております。
ご確認をお願いいたします。
""" + SIG_O,
 personal=[("name","大橋 由美子"),("health_insurance","記号:8102  番号:4471")]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.visiting_restriction",
 why="A visiting-restriction notice with aggregate infection counts and no names.",
 frm=OKABE, to=["青葉台駅前薬局 <info@aobadai-ph.example.jp>"], cc=[KOIKE],
 subject="面会制限実施のお知らせ(掲示のお願い)",
 text="""青葉台駅前薬局 御中

いつもお世話になっております。さくら台レディースクリニックの岡部です。
地域でインフルエンザの感染が広がっている状況を受け、当院では下記のとおり面会制限を実施します。
お手数ですが、薬局内にも掲示いただけますと幸いです。

 期間:7月20日(土)〜当面の間
 対象:中学生以下のお子様(ご兄弟を含む)の面会は不可
 面会可能:夫(パートナー)および祖父母のみ、1日1回30分以内
 その他:発熱・咳のある方は面会をご遠慮ください

※ 今週、院内で感染が確認された方は入院患者 2名・職員 1名です(いずれも快方に向かっています)。

掲示用PDFを添付いたします。
""" + SIG_O,
 attachments=[dict(filename="menkai_seigen.pdf", contentType="application/pdf", text="面会制限のお知らせ\n当面の間、中学生以下のお子様の面会はご遠慮ください。\nさくら台レディースクリニック 院長")]),

dict(expect="pass", kind="benign.vaccination_schedule",
 why="A vaccination schedule for infants given only as general guidance.",
 frm=KOIKE, to=["青葉区 こども家庭支援課 <aoba-kodomo@city-yokohama.example.lg.jp>"],
 subject="1か月健診時の予防接種説明資料について",
 text="""こども家庭支援課 ご担当者様

いつもお世話になっております。小池です。
当院で1か月健診時にお配りしている予防接種スケジュールの資料を改訂しました。
区の資料と内容が齟齬ないか、ご確認いただけますでしょうか。

 生後2か月:五種混合①、B型肝炎①、ロタ①、小児用肺炎球菌①
 生後3か月:五種混合②、B型肝炎②、ロタ②、小児用肺炎球菌②
 生後4か月:五種混合③、小児用肺炎球菌③(ロタは製剤により)
 生後5〜8か月:BCG
 生後7〜8か月:B型肝炎③

よろしくお願いいたします。
""" + SIG_K),

dict(expect="pass", kind="benign.jan_codes",
 why="A supply order with JAN codes and lot numbers only.",
 frm=OKABE, to=["受注センター <order@medisupply-kanto.example.co.jp>"],
 subject="発注書(7月第3週)",
 text="""メディサプライ関東 受注センター 御中

いつもお世話になっております。下記の通り発注いたします。
納品は7/24(水)午前中でお願いいたします。

| 品名 | JANコード | 数量 |
|------|-----------|------|
| 分娩セット(標準) | 4987350412207 | 20 |
| 臍帯クリップ 滅菌 | 4547289003318 | 50 |
| 産褥パッド L | 4902011736154 | 10箱 |
| 新生児用おむつ 新生児サイズ | 4987176039244 | 12パック |

※ 前回ロット LOT-24A0917 の分娩セットに一部外装破れがありました。交換をお願いします。
""" + SIG_O),

dict(expect="pass", kind="benign.genome_policy",
 why="The clinic's policy on prenatal genetic testing, with no individual results.",
 frm=TAMURA, to=["営業部 香川 <kagawa@genelab-kanagawa.example.co.jp>"],
 subject="Re: NIPT 提携のご提案について",
 text="""ジーンラボ神奈川 香川様

ご提案ありがとうございました。田村です。
院内で検討した結果、当院としての方針は以下のとおりです。

1. 出生前遺伝学的検査(NIPT)は、日本医学会の認証を受けた基幹施設との連携施設として実施する
2. 検査前後の遺伝カウンセリングは、認定遺伝カウンセラーまたは臨床遺伝専門医が行う
3. 性別判定や全染色体検査など、認証範囲外の項目は扱わない
4. 昨年度の当院での実施件数は年間42件、うち陽性判定は0件でした

上記の範囲内であれば、検体輸送についてご相談させていただければと存じます。
""" + SIG_TA),

dict(expect="pass", kind="benign.data_subject",
 why="A patient receives her own checkup appointments; it is her own health data.",
 frm=KOIKE, to=["井上 さやか <sayaka.inoue.0312@gmail.example.com>"],
 subject="産後2週間健診のご予約について",
 text="""井上 さやか 様

ご出産おめでとうございます。さくら台レディースクリニック 助産師の小池です。
退院時にお話しした健診のご予約を、以下のとおりお取りしました。

 ・産後2週間健診(母乳外来):8月2日(金)10:30
 ・1か月健診(お母様・赤ちゃん):8月19日(月)14:00

母子健康手帳、保険証、医療証をお持ちください。
会陰の傷の痛みが強くなるなど、気になることがあればいつでもお電話ください。
""" + SIG_K),

dict(expect="pass", kind="benign.it_outage",
 why="障害 refers to an electronic chart system outage.",
 frm=OKABE, to=["サポートセンター <support@karte-cloud.example.com>"],
 subject="【障害報告】電子カルテ 外来端末のログイン不可",
 text="""カルテクラウド サポートセンター 御中

さくら台レディースクリニックの岡部です。
本日8:40頃より、外来の端末3台で電子カルテにログインできない障害が発生しています。

 ・エラーメッセージ:「認証サーバに接続できません(E-4012)」
 ・病棟の端末2台は正常
 ・院内LANの他サービス(予約システム)は正常
 ・昨夜22時にWindows Updateが適用された形跡あり

診療開始が9:00のため、至急リモートでの確認をお願いします。
""" + SIG_O),

dict(expect="pass", kind="benign.congratulations",
 why="Congratulations to a partner doctor on a new post.",
 frm=TAMURA, to=["森 俊介 <s.mori@aoba-chuo-hp.example.or.jp>"],
 subject="周産期センター長ご就任のお祝い",
 text="""青葉中央病院
森 俊介 先生

このたびは周産期センター長へのご就任、誠におめでとうございます。
日頃から母体搬送で大変お世話になっており、先生のご就任を心強く思っております。

10月の地域周産期連携会議でお目にかかれるのを楽しみにしております。
今後ともご指導のほど、よろしくお願い申し上げます。
""" + SIG_TA),

dict(expect="pass", kind="benign.corporate_account",
 why="The clinic's own corporate account change notified to suppliers.",
 frm=OKABE, to=["経理部 <keiri@medisupply-kanto.example.co.jp>"],
 subject="振込口座変更のお知らせ(医療法人社団桜陽会)",
 text="""メディサプライ関東株式会社 経理部 御中

平素より格別のお引き立てを賜り、誠にありがとうございます。
このたび、当法人の振込口座を下記のとおり変更いたしましたのでお知らせいたします。

 【新口座】横浜銀行 青葉台支店 普通 6012345
           口座名義 イ)オウヨウカイ
 【適用】 2024年9月分のお支払い(返金・相殺分)より

お手数ですが、ご登録の変更をお願い申し上げます。
""" + SIG_O),

dict(expect="pass", kind="benign.minutes",
 why="Minutes of a regional meeting naming partner doctors with aggregate statistics only.",
 frm=TAMURA, to=["森 俊介 <s.mori@aoba-chuo-hp.example.or.jp>","周産期センター 医局 <perinatal@shinyoko-mc.example.or.jp>"],
 cc=["三浦 <director@moegino-ob.example.jp>"],
 subject="第12回 青葉地区周産期連携会議 議事録(案)",
 text="""各位

先日はお疲れ様でした。田村です。
議事録案を添付します。修正があれば7/31までにお知らせください。
""" + SIG_TA,
 attachments=[dict(filename="gijiroku_12.docx", contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document", text="""第12回 青葉地区周産期連携会議 議事録(案)
日時:2024年7月12日(金)19:00〜20:30  場所:青葉中央病院 講堂
出席:森 俊介(青葉中央病院)、石原 敬(新横浜総合医療センター)、三浦 亜紀(もえぎ野産婦人科)、田村 由紀子(さくら台LC)、区こども家庭支援課 西村
1. 搬送実績(2024年1〜6月):地区内の母体搬送 38件(前年同期 31件)、新生児搬送 12件
2. 夜間の受入れ調整:ホットラインの運用を10月から一本化する
3. 産後ケア事業:区の利用実績は延べ214件、利用者アンケートの満足度 92%
次回:10月11日(金)""")]),

dict(expect="pass", kind="benign.product_names",
 why="Katakana product names that look like given names; an order with no personal data.",
 frm=KOIKE, to=["ベビーグッズ卸 <order@hinata-baby.example.jp>"],
 subject="退院お祝いセットの追加発注",
 text="""ひなたベビー株式会社 ご担当者様

いつもお世話になっております。さくら台レディースクリニックの小池です。
退院時にお渡ししているお祝いセットの追加をお願いします。

 ・ベビーローション「ミナ」 100ml ×60本
 ・授乳クッション「ハルカ」 ×10個
 ・おくるみ「ソラ」(ブルー/ピンク) 各15枚
 ・沐浴剤「ユイ」 ×40本

「ハルカ」はカバーの色がベージュのものでお願いします。
納期が分かりましたらご連絡ください。
""" + SIG_K),
]
