# 東陽ロジパーク株式会社 (logistics warehouse)
from common import *

ISHI = "石田 剛 <t.ishida@toyo-logipark.co.jp>"
MORI = "森下 由香 <y.morishita@toyo-logipark.co.jp>"
HIRA = "平野 拓海 <t.hirano@toyo-logipark.co.jp>"

S_ISHI = """
━━━━━━━━━━━━━━━━━━━━━━
東陽ロジパーク株式会社
川口第二物流センター センター長
石田 剛 Tsuyoshi Ishida
〒332-0004 埼玉県川口市領家5-14-22
TEL 048-229-6610 ／ 携帯 080-3327-9014
t.ishida@toyo-logipark.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""
S_MORI = """
----------------------------------------
東陽ロジパーク株式会社 管理本部 総務人事課
森下 由香（もりした ゆか）
〒103-0013 東京都中央区日本橋人形町2-9-5 人形町東陽ビル4F
TEL 03-5641-2270（代表）内線 214
y.morishita@toyo-logipark.co.jp
----------------------------------------"""
S_HIRA = """
平野 拓海（Takumi Hirano）
東陽ロジパーク株式会社 営業部 第一営業課
Mobile 070-1184-5523 ／ TEL 03-5641-2275
t.hirano@toyo-logipark.co.jp"""
S_HIRA_EN = """
Best regards,
Takumi Hirano
Sales Dept. 1, Toyo Logipark Co., Ltd.
2-9-5 Ningyocho, Nihonbashi, Chuo-ku, Tokyo 103-0013, Japan
Mobile +81-70-1184-5523 / Tel +81-3-5641-2275
t.hirano@toyo-logipark.co.jp"""

MAILS = []

# B1 hold roster in xlsx only
MAILS.append(m("hold", "list.staff_roster", "The attached sheet lists part-time workers with home addresses as pick-up points and mobile numbers for an outside bus company.",
 ISHI, ["さくら観光バス 配車係 <haisha@sakura-kankobus.co.jp>"],
 "8月 送迎便 乗車予定表",
 """さくら観光バス 配車係 御中

お世話になっております。東陽ロジパーク川口第二センターの石田です。
8月の送迎便の乗車予定表を添付します。
7月から3名増えていますので、ルートの見直しをお願いできますでしょうか。
乗車地点は自宅前を希望している人が多いですが、難しい場合は近くのバス停で構いません。
""" + S_ISHI,
 attachments=[att("送迎乗車予定_202508.xlsx", XLSX, """[Sheet1]
No	氏名	携帯	乗車地点（自宅）	便	備考
1	大塚 久美子	090-4418-2093	川口市芝富士1-22-5	朝便A	
2	グエン ティ ラン	080-9912-0374	川口市芝中田2-8-11 ハイツ芝201	朝便A	日本語OK
3	新井 正樹	070-2284-6619	蕨市北町3-14-2	朝便B	
4	小松 里美	090-7735-1180	川口市青木4-6-19	朝便B	8/13-16休み
5	吉川 まゆみ	080-3306-5521	川口市西青木2-11-3-402	朝便A	
6	マリア サントス	090-6640-2217	蕨市南町1-30-7	夕便	7月新規
7	坂本 勝	070-4471-8862	川口市領家3-2-16	夕便	7月新規
8	田村 和江	090-2219-7745	川口市東領家1-9-4	朝便B	7月新規
""")],
 personal=[("name", "大塚 久美子"), ("phone", "090-4418-2093"), ("address", "川口市芝富士1-22-5"), ("name", "坂本 勝"), ("address", "川口市領家3-2-16")]))

# B2 pass tracking
MAILS.append(m("pass", "benign.id_like_numbers", "Delay report full of tracking numbers, JAN codes and a vehicle number; no personal data.",
 HIRA, ["ベルモア化粧品 物流管理課 藤井様 <fujii@belmore-cosme.co.jp>"],
 "【遅延のご報告】7/2出荷分 関西向け3便",
 """株式会社ベルモア化粧品
物流管理課 藤井様

いつも大変お世話になっております。東陽ロジパークの平野です。
本日7/2出荷分のうち、関西向け3件が東名高速の事故通行止めの影響で
翌日午後着となる見込みです。申し訳ございません。

送り状番号　　　届け先　　　　　　　　　　　品目（JAN）　　　　　　　数量
4417-2290-3381　ドラッグストアみどり 茨木DC　4589123456781 化粧水R 200ml　24cs
4417-2290-3382　コスメプラザ梅田店　　　　　4589123456798 乳液R 150ml　　6cs
4417-2290-3383　株式会社山中商店 堺センター　4589123456804 UVミルク 50g　 12cs

車両：大宮 100 か 45-12（10tウイング）、川口第二センター 15:20 出発
現在位置：新東名 浜松SA付近（16:05時点）

届け先3件には弊社配車担当から既に電話で連絡済みです。
山中商店様は明日の午後受付が14時までとのことで、到着見込み13時30分でご了承いただいています。
""" + S_HIRA))

# B3 hold health check results to occupational physician
MAILS.append(m("hold", "sensitive.health_check", "Sends named employees' health-check findings to an external occupational physician.",
 MORI, ["城北メディカルオフィス 産業医 岡本先生 <okamoto@jyohoku-med.jp>"],
 "定期健診 要精密検査者の就業判定のお願い",
 """城北メディカルオフィス
岡本先生

いつも大変お世話になっております。東陽ロジパーク総務人事課の森下です。
5月に実施した定期健康診断のうち、要精密検査・要治療となった従業員について
就業判定をお願いしたく、結果の抜粋をお送りいたします。

1) 川口第二センター フォークリフト担当　宮崎 達也（46歳）
　　血圧 172/104（要治療）、HbA1c 8.1%（要精密）、前年も要治療で未受診
2) 川口第二センター 事務　小田切 美穂（38歳）
　　胸部X線 右上肺野に結節影（要精密）
3) 本社 営業部　柏木 誠（55歳）
　　心電図 心房細動の疑い（要精密）、本人より不整脈の既往ありと申告

宮崎さんは夜間のフォークリフト作業がありますので、
就業制限の要否についてご意見をいただけますと幸いです。
面談は7/16（水）の訪問日に設定できればと考えております。
""" + S_MORI,
 personal=[("name", "宮崎 達也"), ("health_check", "血圧 172/104（要治療）、HbA1c 8.1%（要精密）"), ("name", "小田切 美穂"), ("health_check", "胸部X線 右上肺野に結節影（要精密）"), ("name", "柏木 誠"), ("diagnosis", "心房細動の疑い")]))

# B4 pass aggregate health management
MAILS.append(m("pass", "benign.aggregate", "健康経営 figures (受診率, 障害者雇用率) as aggregates only.",
 MORI, ["ウェルネス経営研究所 中島様 <nakajima@wellness-keiei.co.jp>"],
 "Re: 健康経営優良法人 申請書ドラフトの数値について",
 """中島様

お世話になっております。森下です。
ご依頼いただいた数値、以下のとおりです（2024年度、全社・正社員＋契約社員）。

・定期健診受診率：99.2%（未受診2名は7月に受診予定）
・ストレスチェック受検率：91.4%、高ストレス者割合：8.7%
・特定保健指導 実施率：42.0%
・喫煙率：27.5%（前年31.0%）
・障害者雇用率：2.61%（法定2.5%）
・有給休暇取得率：71.3%
・インフルエンザ予防接種 会社負担での接種者：212名

ストレスチェックの集団分析は部署単位（10名以上）でしか出していません。
申請書にはこの数字のみで大丈夫でしょうか。
""" + S_MORI + """

> 森下様
> 申請書ドラフトに入れる数値（受診率、ストレスチェック、障害者雇用率等）をお知らせください。
> ウェルネス経営研究所 中島
"""))

# B5 hold disability
MAILS.append(m("hold", "sensitive.disability", "Tells an outside support agency a named employee's mental disability certificate grade and diagnosis.",
 MORI, ["就労移行支援事業所 ステップかわぐち 相談員 野村様 <nomura@step-kawaguchi.or.jp>"],
 "原田さんの勤務調整について",
 """ステップかわぐち
野村様

いつもお世話になっております。東陽ロジパークの森下です。
4月から川口第二センターで勤務している原田 翔太さんの件でご相談です。

原田さん（精神障害者保健福祉手帳2級、統合失調症）ですが、
6月後半から朝の遅刻が週2回ほどあり、本人に聞いたところ
服薬の時間を変えてから朝起きるのがつらいとのことでした。
主治医の先生とも相談のうえ、始業を9:00から10:00に変更することを
検討しています。

次回の定着支援面談（7/9）で、本人の希望を一緒に確認していただけますでしょうか。
センター側は石田センター長が同席予定です。
""" + S_MORI, cc=[ISHI],
 personal=[("name", "原田 翔太"), ("disability", "精神障害者保健福祉手帳2級"), ("diagnosis", "統合失調症")]))

# B6 hold driver licence
MAILS.append(m("hold", "id.driver_licence", "Accident report to the insurer includes an employee's driver's licence number and birth date.",
 ISHI, ["みなと損害保険 埼玉法人サービス課 <saitama-hojin@minato-sonpo.co.jp>"],
 "事故報告（構内フォークリフト接触）証券番号 FB-2291-03347",
 """みなと損害保険株式会社 埼玉法人サービス課 御中

お世話になっております。東陽ロジパーク川口第二センターの石田です。
7月1日に構内で発生した事故についてご報告いたします。

■証券番号：FB-2291-03347（賠償責任保険）
■発生日時：2025年7月1日 14:35頃
■場所：川口第二センター 2号棟 荷捌き場
■概要：弊社従業員が運転するフォークリフトが、荷主の委託運送会社のトラック
　（春日部 130 あ 22-87）の後部あおりに接触。トラック側の損傷のみ、人身被害なし。
■運転者：藤本 健吾（生年月日 1979年8月22日）
　運転免許証番号：第 301206558420 号
　フォークリフト運転技能講習 修了証番号：埼-F-1187
■相手方：株式会社丸栄運輸 運行管理者 青木様 048-711-3390

写真は追ってお送りします。
""" + S_ISHI,
 personal=[("name", "藤本 健吾"), ("birth_date", "1979年8月22日"), ("driver_licence", "301206558420")]))

# B7 pass English shipping
MAILS.append(m("pass", "benign.english_corporate", "Shipping coordination with B/L, container and HS numbers and a corporate account.",
 HIRA, ["Jason Lin <jason.lin@evertrans-log.com.tw>"], "RE: Import schedule - B/L EVT250688412 / 2 x 40HC",
 """Hi Jason,

Thanks for the update. We confirm the following for the Kaohsiung shipment:

B/L: EVT250688412
Containers: TGHU 8812034, EVTU 4410297 (2 x 40HC)
Vessel/Voy: EVER LUCKY 0712-028N, ETA Tokyo Ohi 11 July
HS code: 9403.60 (wooden furniture) and 9401.61
Consignee: Toyo Logipark Co., Ltd. (Corporate No. 4010001087735), for account of Nordhaus Interior KK

Devanning is booked at our Kawaguchi No.2 DC on 14 July, 9:00. Our centre manager, Mr. Ishida, will be the contact on site (+81-80-3327-9014).

For the THC and drayage, please invoice Toyo Logipark directly:
Bank: Mizuho Bank, Ningyocho Branch
SWIFT: MHCBJPJT
Account: 2218640 (Ordinary)
Name: Toyo Logipark Co., Ltd.
""" + S_HIRA_EN))

# B8 hold recipients 12 client companies
clients = ["ベルモア化粧品 物流管理課 <butsuryu@belmore-cosme.co.jp>", "株式会社グリーンフィールド食品 <logi@greenfield-foods.co.jp>", "ノルドハウスインテリア株式会社 <scm@nordhaus-interior.jp>",
 "株式会社丸栄運輸 <unkou@maruei-unyu.co.jp>", "株式会社さくらペット用品 <shipping@sakura-pet.co.jp>", "東京ファブリック株式会社 <butsuryu@tokyo-fabric.co.jp>",
 "株式会社ミツワ文具 <logistics@mitsuwa-bungu.co.jp>", "ハナミズキ製菓株式会社 <soko@hanamizuki-seika.co.jp>", "株式会社ケイエス電材 <buturyu@ks-denzai.co.jp>",
 "アークライト家電株式会社 <scm@arclight-kaden.co.jp>", "株式会社オリーブ薬粧 <logi@olive-yakusho.co.jp>", "株式会社北関東ホームセンター <dc@kitakanto-hc.co.jp>"]
MAILS.append(m("hold", "recipients.visible", "Holiday notice to 12 client companies with every address visible in To.",
 HIRA, clients, "夏季休業期間中の入出荷についてのご案内",
 """お取引先各位

平素は格別のお引き立てを賜り、誠にありがとうございます。
東陽ロジパーク株式会社 営業部の平野でございます。

誠に勝手ながら、弊社各センターは下記の期間、夏季休業とさせていただきます。

　休業期間：2025年8月13日（水）～8月16日（土）
　最終出荷：8月12日（火）14時受注締め分まで
　営業再開：8月18日（月）通常どおり

休業前後は出荷が集中いたしますので、お早めのオーダーにご協力をお願いいたします。
なお、緊急の入荷がある場合は8月6日までに担当営業へご相談ください。
""" + S_HIRA))

# B9 pass minutes two companies
MAILS.append(m("pass", "benign.minutes", "WMS migration minutes between two companies with a handful of visible addresses.",
 ISHI, ["ロジテックソリューションズ 岩崎様 <iwasaki@logitech-sol.co.jp>", "ロジテックソリューションズ 杉浦様 <sugiura@logitech-sol.co.jp>"],
 "【議事録】WMS移行 第4回定例（7/2）",
 """ロジテックソリューションズ
岩崎様、杉浦様

本日はありがとうございました。第4回定例の議事録です。

日時：2025年7月2日（水）15:00～16:10　場所：川口第二センター 会議室
出席：ロジテック 岩崎様、杉浦様／東陽ロジパーク 石田、平野、情報システム 北島

1. ロケーションマスタ移行
　・旧WMSのロケーション 12,480件のうち、廃止棚 1,102件を除外して移行（杉浦様）
　・ロケ番号体系 K2-A-01-03-2 形式は維持
2. ハンディ端末
　・BHT-1800 30台の入替は8/20納品。旧端末の回収・データ消去証明書の発行をお願いしたい
3. 荷主別帳票
　・ベルモア様の出荷明細書フォーマットは現行踏襲、JANバーコード追加
4. 切替日
　・9/15（月・祝）に切替、9/13・14に並行稼働テスト

宿題：ロジテック様 → 端末消去証明書様式（7/9）、東陽 → 帳票サンプル提出（7/11）

次回：7/16（水）15:00
""" + S_ISHI, cc=[HIRA, "北島 <kitajima@toyo-logipark.co.jp>"]))

# B10 hold criminal proceedings
MAILS.append(m("hold", "sensitive.criminal", "Tells a client the full name and age of a worker arrested on suspicion of theft.",
 HIRA, ["ベルモア化粧品 物流管理課 藤井様 <fujii@belmore-cosme.co.jp>"], "在庫差異の件 ご報告",
 """株式会社ベルモア化粧品
物流管理課 藤井様

いつもお世話になっております。東陽ロジパークの平野です。
先月よりご指摘いただいておりました美容液の在庫差異につきまして、
状況をご報告いたします。

防犯カメラ映像の確認と警察への相談の結果、
当センターで勤務していた派遣作業員 相沢 隆之（34歳）が
7月1日に窃盗の容疑で川口警察署に逮捕されました。
本人は一部を認めており、フリマアプリで転売していたとのことです。

被害品の数量は現在警察と確認中で、確定しだい補償についてご相談させてください。
再発防止策として、高額品エリアの入退室管理と出勤時の私物持込み制限を
7/7から実施いたします。

このたびは多大なご迷惑をおかけし、誠に申し訳ございません。
明日、石田とともにお詫びに伺いたく存じます。
""" + S_HIRA, cc=[ISHI],
 personal=[("name", "相沢 隆之"), ("criminal", "窃盗の容疑で川口警察署に逮捕されました")]))

# B11 pass own withholding slip data
MAILS.append(m("pass", "benign.own_data", "Re-issue of a former employee's own withholding-tax slip figures, sent to him at his request.",
 MORI, ["久保田 信也 様 <shinya.kubota.0412@yahoo.co.jp>"], "源泉徴収票の再発行について",
 """久保田 信也 様

ご無沙汰しております。東陽ロジパーク総務人事課の森下です。
お電話でご依頼いただいた2024年分の源泉徴収票について、
再発行分を本日ご自宅（さいたま市南区）宛に郵送いたしました。
確定申告でお急ぎとのことでしたので、念のため主な金額をお知らせします。

　支払金額　　　　　　3,862,400円
　給与所得控除後の金額 2,632,000円
　所得控除の額の合計額 1,104,215円
　源泉徴収税額　　　　　 76,300円
　社会保険料等の金額　　 572,215円

原本が届きましたら、こちらの数字と相違ないかご確認ください。
新しい職場でのご活躍をお祈りしております。
""" + S_MORI))

# B12 hold residence card / passport
MAILS.append(m("hold", "id.residence_card", "Residence card and passport numbers of a foreign employee sent to an outside administrative scrivener.",
 MORI, ["行政書士 三宅国際法務事務所 三宅先生 <miyake@miyake-visa.jp>"], "在留期間更新の書類準備について（ファム・ヴァン・ドゥック）",
 """三宅先生

お世話になっております。東陽ロジパークの森下です。
川口第二センターで勤務しているファム・ヴァン・ドゥックさんの在留期間更新の件、
申請書作成に必要な情報をお送りします。

　氏名：PHAM VAN DUC（ファム・ヴァン・ドゥック）
　国籍：ベトナム
　生年月日：1996年5月9日
　在留カード番号：UH48271936JA
　在留資格：技術・人文知識・国際業務　在留期限：2025年9月30日
　旅券番号：C7738291
　住所：埼玉県川口市領家4-3-18 東陽寮203号室
　職務：在庫管理・通訳（ベトナム人スタッフ6名の取りまとめ）

雇用契約書と直近の課税証明書は本人から受け取り次第、郵送いたします。
""" + S_MORI,
 personal=[("name", "PHAM VAN DUC"), ("birth_date", "1996年5月9日"), ("residence_card", "UH48271936JA"), ("passport", "C7738291"), ("address", "埼玉県川口市領家4-3-18 東陽寮203号室")]))

# B13 pass one-liner
MAILS.append(m("pass", "benign.short_reply", "One-line receipt acknowledgement to a carrier.",
 ISHI, ["丸栄運輸 運行管理 青木 <aoki@maruei-unyu.co.jp>"], "Re: 7月 定期便 ダイヤ表",
 """受領しました。ありがとうございます。

石田

> 石田様
> 7月の定期便ダイヤ表を添付します。第3週のみ火曜便が30分早まります。
> 丸栄運輸 青木
"""))

# B14 hold PPAP
MAILS.append(m("hold", "attachment.encrypted_zip", "Monthly inventory data sent as a password-protected zip.",
 HIRA, ["ベルモア化粧品 物流管理課 藤井様 <fujii@belmore-cosme.co.jp>"], "6月度 在庫報告データ",
 """藤井様

お世話になっております。平野です。
6月度の在庫報告データをお送りします。
解凍パスワードは、この後別メールでお送りします。

よろしくお願いいたします。
""" + S_HIRA, attachments=[att("在庫報告_202506.zip", ZIP, encrypted=True)]))

# B15 hold resume in attachment only
MAILS.append(m("hold", "personal.resume", "Forwards a rejected applicant's résumé (attachment) to a separate group company without consent being mentioned.",
 MORI, ["東陽トランスポート株式会社 採用担当 大西様 <saiyo@toyo-transport.co.jp>"], "ドライバー職候補のご紹介",
 """東陽トランスポート株式会社
採用担当 大西様

お疲れさまです。ロジパーク総務の森下です。
先日弊社の倉庫作業員に応募された方ですが、大型免許をお持ちで
ドライバー経験が長く、そちらの募集のほうが合うのではと思い、
履歴書をお送りします。ご検討いただければと思います。
""" + S_MORI,
 attachments=[att("履歴書.pdf", PDF, """履 歴 書　　2025年6月20日現在
ふりがな　やまうち まさと
氏名　山内 正人　　男
生年月日　1982年3月17日生（満43歳）
現住所　〒336-0031 埼玉県さいたま市南区鹿手袋6-11-4
電話　090-3372-9148　　E-mail　m.yamauchi82@gmail.com
学歴・職歴
2000年3月　埼玉県立浦和東高等学校 卒業
2001年4月　株式会社関東急送 入社（4t・10tドライバー）
2019年9月　同社 退社（会社都合）
2019年11月　有限会社ヤマサ物流 入社（大型ドライバー）
2025年5月　同社 退社（一身上の都合）
免許・資格
大型自動車第一種運転免許、フォークリフト運転技能者
本人希望記入欄
腰痛の持病があるため、手積み手降ろしの少ない業務を希望します。
家族　妻、子2人（扶養3名）
""")],
 personal=[("name", "山内 正人"), ("birth_date", "1982年3月17日"), ("address", "埼玉県さいたま市南区鹿手袋6-11-4"), ("phone", "090-3372-9148"), ("email", "m.yamauchi82@gmail.com")]))

# B16 pass plain zip
MAILS.append(m("pass", "benign.plain_zip", "Plain zip of procedures and rack layout for a new client.",
 ISHI, ["グリーンフィールド食品 物流部 川島様 <kawashima@greenfield-foods.co.jp>"], "入荷手順書とロケーション表の送付",
 """グリーンフィールド食品
川島様

お世話になっております。石田です。
8月からの常温品の入荷に向けて、入荷手順書とロケーション表をzipでお送りします。
賞味期限の表記（年月日／年月）が商品ごとに違うため、手順書の3ページ目をご確認ください。
""" + S_ISHI,
 attachments=[att("GF食品_入荷資料.zip", ZIP, """--- 入荷手順書.txt ---
1. 入荷予定データ（ASN）は前日15時までに送信
2. 入荷時刻 8:00～11:00、2号棟バース3・4
3. 賞味期限 年月日表記品は先入れ先出しで日付管理、年月表記品は月単位
4. 検品は JAN スキャン＋ケース数確認、差異は当日17時までに報告
--- ロケーション表.csv ---
ロケ,品目カテゴリ,最大段数
K2-B-01-01,乾麺,5
K2-B-01-02,乾麺,5
K2-B-02-01,調味料（瓶）,3
K2-B-02-02,調味料（PET）,4
K2-B-03-01,缶詰,6
""")]))

# B17 pass employment verification with consent
MAILS.append(m("pass", "benign.consented_reference", "Employment verification with dates and title only, with the former employee's written consent.",
 MORI, ["株式会社ハーベスト物流 人事部 山下様 <yamashita@harvest-butsuryu.co.jp>"], "Re: 在籍確認のご依頼（相馬 由紀子様）",
 """株式会社ハーベスト物流
人事部 山下様

お世話になっております。東陽ロジパーク総務人事課の森下です。
ご依頼の在籍確認について、ご本人の同意書（6/30付）を確認いたしましたので
下記のとおり回答いたします。

　氏名：相馬 由紀子 様
　在籍期間：2018年4月1日～2025年5月31日
　最終職位：川口第二センター 業務課 主任（在庫管理）
　雇用形態：正社員

上記以外の事項（給与、退職理由等）につきましては、社内規程により回答を控えさせていただきます。
""" + S_MORI + """

> 東陽ロジパーク株式会社 総務人事課 ご担当者様
> 弊社に応募された相馬 由紀子様について、在籍期間と最終職位の確認をお願いいたします。
> ご本人の同意書を添付いたします。
> ハーベスト物流 人事部 山下
"""))

# B18 pass vaccination schedule aggregate
MAILS.append(m("pass", "benign.aggregate", "Workplace flu vaccination schedule with headcounts per day, no names.",
 MORI, ["医療法人 健生会 領家クリニック 事務長 木村様 <jimu@ryoke-clinic.jp>"], "職域インフルエンザ予防接種の日程について",
 """領家クリニック
事務長 木村様

お世話になっております。東陽ロジパークの森下です。
今年度の職域インフルエンザ予防接種について、希望者数がまとまりましたのでお知らせします。

　10月21日（火）14:00～16:00　川口第二センター　希望者 68名
　10月22日（水）14:00～16:00　川口第二センター　希望者 54名
　10月28日（火）10:00～11:00　本社（人形町）　　希望者 31名

問診票は事前に各自記入し、当日回収します。
昨年同様、卵アレルギー等で接種できない方は個別に医療機関を受診いただく形にしています。
会場レイアウトは昨年と同じ休憩室を予定しています。
""" + S_MORI))

# B19 pass 体調不良 vague
MAILS.append(m("pass", "benign.vague_health", "Meeting postponed because a colleague is 体調不良; no diagnosis given.",
 HIRA, ["ノルドハウスインテリア 物流部 阿部様 <abe@nordhaus-interior.jp>"], "本日の現地確認の件",
 """阿部様

お世話になっております。平野です。
本日15時からの川口第二センターでの現地確認ですが、
センター長の石田が体調不良のため、本日お休みをいただいております。
申し訳ございませんが、明日以降で改めて日程を調整させていただけないでしょうか。
7/4（金）午後、7/7（月）終日であれば私と石田ともに対応可能です。
""" + S_HIRA))

# B20 hold COVID of named employee, English
MAILS.append(m("hold", "sensitive.medical", "Tells an overseas client that a named forklift operator tested positive for COVID-19.",
 HIRA, ["Mark Ellison <m.ellison@northbay-apparel.com>"], "Kawaguchi DC - short delay on your devanning",
 """Dear Mark,

I am writing to let you know that the devanning of your two containers scheduled for today will be delayed by one day.

Our forklift operator, Mr. Kenta Sugimoto, who is the only certified reach-truck operator on the night shift, tested positive for COVID-19 yesterday evening and is now at home. Two colleagues who worked closely with him are being tested this morning as a precaution. We have disinfected the loading bay and the reach trucks.

Revised plan:
- Container MSDU 7720914: devanning 4 July, 9:00
- Container MSDU 7720930: devanning 4 July, 13:00
- Outbound to your Osaka store: unchanged (7 July)

Sorry for the inconvenience. I will call you later today.
""" + S_HIRA_EN,
 personal=[("name", "Kenta Sugimoto"), ("medical", "tested positive for COVID-19")]))
