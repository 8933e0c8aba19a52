# -*- coding: utf-8 -*-
# Org B: 有限会社さくら歯科技工所 (dental laboratory)
SIG_SAKURAI = """
━━━━━━━━━━━━━━━━━━
有限会社さくら歯科技工所
代表取締役／歯科技工士 桜井 健一
〒330-0842 埼玉県さいたま市大宮区浅間町1-9-6
TEL 048-641-2280　FAX 048-641-2281
sakurai@sakura-dentallab.example.jp
━━━━━━━━━━━━━━━━━━"""
SIG_HORI = """
------------------------------
さくら歯科技工所　業務・総務
堀 真理子
TEL 048-641-2280
hori@sakura-dentallab.example.jp
------------------------------"""
SIG_NAKAGAWA = """
--
中川 大輔（歯科技工士／CAD/CAM担当）
有限会社さくら歯科技工所
048-641-2280 / nakagawa@sakura-dentallab.example.jp"""
FS = "桜井 健一 <sakurai@sakura-dentallab.example.jp>"
FH = "堀 真理子 <hori@sakura-dentallab.example.jp>"
FN = "中川 大輔 <nakagawa@sakura-dentallab.example.jp>"

MAILS = [
dict(_org="B", _where="body", expect="hold", kind="sensitive.health",
 why="A named patient's metal allergy test result and diabetes are sent to a materials manufacturer.",
 **{"from": FN}, to=["ノヴァデンタル株式会社 学術サポート <support@novadental.example.co.jp>"],
 subject="メタルフリー材料の適応についてご相談",
 text="""ノヴァデンタル株式会社
学術サポートご担当者様

お世話になっております。さくら歯科技工所の中川と申します。
御社のハイブリッドレジン「NV-ブロックHR」の適応について教えてください。

大宮ひかり歯科様からのご依頼で、患者 山口 和子様（72歳）の
下顎左側ブリッジを製作予定です。
山口様はパッチテストでパラジウム陽性（金属アレルギー）、
また2型糖尿病で通院中とのことで、歯肉の状態が不安定と伺っています。

このような症例で、NV-ブロックHRを3ユニットブリッジに使用してよいか、
ご見解をいただけますでしょうか。
"""+SIG_NAKAGAWA,
 personal=[{"type":"name","value":"山口 和子"},{"type":"health","value":"パッチテストでパラジウム陽性（金属アレルギー）"},{"type":"health","value":"2型糖尿病で通院中"}]),

dict(_org="B", _where="attachment", expect="hold", kind="list.customers",
 why="The attached monthly statement lists patients' names with birth dates and goes to an outside bookkeeping firm.",
 **{"from": FH}, to=["浦和会計サービス 記帳代行部 <kichou@urawa-kaikei.example.jp>"],
 subject="10月分 売上明細の送付",
 text="""浦和会計サービス
記帳代行部 ご担当者様

いつもお世話になっております。さくら歯科技工所の堀です。
10月分の資料をお送りいたします。
ご確認よろしくお願いいたします。
"""+SIG_HORI,
 attachments=[{"filename":"uriage_meisai_202410.csv","contentType":"text/csv","text":
"""納品日,医院名,患者氏名,生年月日,技工物,金額
2024/10/02,大宮ひかり歯科,山口 和子,1952/02/19,3ユニットブリッジ(HR),38500
2024/10/04,浅間町デンタルクリニック,川島 弘,1967/11/03,FMC #46,9800
2024/10/07,大宮ひかり歯科,福田 美穂,1985/06/25,ジルコニアクラウン #11,42000
2024/10/11,さいたま中央歯科,木下 隆二,1949/04/30,総義歯(上下),96000
2024/10/15,浅間町デンタルクリニック,森田 七海,1999/01/12,マウスピース,12000
"""}],
 personal=[{"type":"name","value":"木下 隆二"},{"type":"birthdate","value":"1949/04/30"},{"type":"name","value":"福田 美穂"}]),

dict(_org="B", _where="quoted", expect="hold", kind="sensitive.health",
 why="The forwarded dentist instruction names the patient's oral cancer surgery and goes to an outsourced milling centre.",
 **{"from": FN}, to=["関東ミリングセンター 受付 <order@kanto-milling.example.jp>"],
 subject="Fwd: 顎義歯 ケース依頼（至急）",
 text="""関東ミリングセンター
受付ご担当者様

お世話になっております。さくら歯科技工所の中川です。
下記ケースのフレーム切削を外注でお願いしたく、医院からの指示を転送します。
STLデータは別途ストレージでお送りします（ケースID SK-2410-077）。
納期は11月8日着希望です。
"""+SIG_NAKAGAWA+"""

-------- 転送メッセージ --------
差出人: 大宮ひかり歯科 院長 今井 <imai@omiya-hikari-dc.example.jp>
日付: 2024/10/29 19:05
件名: 顎義歯 ケース依頼（至急）

中川さん

患者は 原田 義男 さん（68歳）です。
昨年、上顎歯肉がんで上顎部分切除を受けており、欠損部に栓塞子付きの顎義歯が必要です。
放射線治療後のため、粘膜面はなるべく滑沢に仕上げてください。
よろしくお願いします。

今井
""",
 personal=[{"type":"name","value":"原田 義男"},{"type":"health","value":"上顎歯肉がんで上顎部分切除を受けており"}]),

dict(_org="B", _where="body", expect="hold", kind="id.mynumber",
 why="A new employee's My Number and basic pension number are written in the body to the 社労士.",
 **{"from": FH}, to=["大宮労務サポート 社会保険労務士 金子 様 <kaneko@omiya-roumu.example.jp>"],
 subject="新入社員の資格取得手続きのお願い",
 text="""金子先生

いつもお世話になっております。さくら歯科技工所の堀です。
11月1日付で入社する技工士の資格取得手続きをお願いいたします。

　氏名：小野寺 莉央（おのでら りお）
　生年月日：2001年5月9日
　個人番号：204150165614
　基礎年金番号：1234-567890
　雇用保険：新規取得（前職なし）
　月額給与：235,000円

扶養家族はおりません。
必要書類がありましたらお知らせください。
"""+SIG_HORI,
 personal=[{"type":"mynumber","value":"204150165614"},{"type":"pension","value":"1234-567890"},{"type":"name","value":"小野寺 莉央"}]),

dict(_org="B", _where="zip", expect="hold", kind="attachment.encrypted_zip",
 why="An encrypted zip is attached (PPAP).",
 **{"from": FH}, to=["浅間町デンタルクリニック 受付 <uketsuke@asamacho-dc.example.jp>"],
 subject="技工指示書（控え）のスキャンデータ",
 text="""浅間町デンタルクリニック
受付ご担当者様

お世話になっております。さくら歯科技工所の堀です。
ご依頼いただいた9月・10月分の技工指示書控えのスキャンデータをお送りします。
パスワードは後ほどお電話でお伝えいたします。
"""+SIG_HORI,
 attachments=[{"filename":"shijisho_scan_2024_09-10.zip","contentType":"application/zip","encrypted":True}]),

dict(_org="B", _where="body", expect="hold", kind="personal.resume",
 why="A job applicant's résumé with address, phone and birth date is forwarded to a client clinic's director for an opinion.",
 **{"from": FS}, to=["さいたま中央歯科 院長 長尾 先生 <nagao@saitama-chuo-dc.example.jp>"],
 subject="技工士の応募者について（ご意見を）",
 text="""長尾先生

いつもお世話になっております。さくら技工所の桜井です。
以前先生の医院にいたという技工士から応募がありました。
当時の勤務ぶりについて、率直なご意見をいただけると助かります。
本人から届いた履歴書の内容をそのまま貼ります。

＝＝＝＝＝ 履歴書 ＝＝＝＝＝
氏名：今村 翔（いまむら しょう）
生年月日：1994年10月2日（30歳）
現住所：埼玉県上尾市中妻2-7-15 グリーンコート中妻305
電話：090-6612-8840
メール：sho.imamura94@gmail.com
学歴：2015年3月 関東歯科技工専門学校 卒業
職歴：2015年4月～2020年3月 さいたま中央歯科（院内技工）
　　　2020年4月～現在 株式会社デンタルアーツ浦和
資格：歯科技工士免許（2015年）
＝＝＝＝＝＝＝＝＝＝＝＝＝＝

お忙しいところ恐縮です。
"""+SIG_SAKURAI,
 personal=[{"type":"name","value":"今村 翔"},{"type":"address","value":"埼玉県上尾市中妻2-7-15 グリーンコート中妻305"},{"type":"phone","value":"090-6612-8840"},{"type":"birthdate","value":"1994年10月2日"}]),

dict(_org="B", _where="subject", expect="hold", kind="sensitive.health",
 why="The subject line alone names a patient with her positive metal allergy result.",
 **{"from": FN}, to=["大宮ひかり歯科 <info@omiya-hikari-dc.example.jp>"],
 subject="再製作分発送のご連絡（患者：石田 恵子様 金属アレルギー陽性のためジルコニアへ変更）",
 text="""大宮ひかり歯科
今井先生

お世話になっております。さくら歯科技工所の中川です。
標記の件、本日発送いたしました。
明日午前中に到着予定です。

不具合等ございましたらご連絡ください。
"""+SIG_NAKAGAWA,
 personal=[{"type":"name","value":"石田 恵子"},{"type":"health","value":"金属アレルギー陽性"}]),

dict(_org="B", _where="body", expect="hold", kind="id.health_insurance",
 why="An employee's health-insurance symbol and number are written out to the insurance association.",
 **{"from": FH}, to=["埼玉県歯科医師国民健康保険組合 資格課 <shikaku@saitama-dkokuho.example.or.jp>"],
 subject="被保険者証 紛失・再交付の手続きについて",
 text="""埼玉県歯科医師国民健康保険組合
資格課 ご担当者様

いつもお世話になっております。有限会社さくら歯科技工所 総務の堀です。
当所従業員が被保険者証を紛失したため、再交付の手続きについて伺います。

　被保険者氏名：中川 大輔
　記号：埼歯 42
　番号：10583
　生年月日：1988年12月21日

再交付申請書の様式をお送りいただけますでしょうか。
"""+SIG_HORI,
 personal=[{"type":"name","value":"中川 大輔"},{"type":"health_insurance","value":"記号：埼歯 42\n　番号：10583"}]),

dict(_org="B", _where="body", expect="hold", kind="list.roster",
 why="A pickup schedule lists several care-home residents' names, birth dates and room numbers for a courier company.",
 **{"from": FS}, to=["ひまわり便 大宮営業所 <omiya@himawari-bin.example.jp>"],
 subject="訪問義歯修理の集荷予定（11月第1週）",
 text="""ひまわり便 大宮営業所
ご担当者様

お世話になっております。さくら技工所の桜井です。
来週の義歯集荷・お届けの予定です。施設の受付で患者名をお伝えください。

| 日付 | 施設 | 部屋 | 患者名 | 生年月日 | 内容 |
|---|---|---|---|---|---|
| 11/5 | 特養 見沼の里 | 204 | 松下 トメ | 1931/08/15 | 上顎義歯 破折修理 |
| 11/5 | 特養 見沼の里 | 211 | 高木 勇 | 1936/02/02 | 下顎義歯 リライン |
| 11/6 | グループホームあさま | 3 | 野口 ふみ | 1940/10/27 | 上下義歯 増歯 |
| 11/7 | 老健 大宮すこやか | 318 | 岡本 正 | 1929/05/19 | 下顎義歯 クラスプ修理 |

集荷は各日10時～11時の間でお願いします。
"""+SIG_SAKURAI,
 personal=[{"type":"name","value":"松下 トメ"},{"type":"birthdate","value":"1931/08/15"},{"type":"name","value":"岡本 正"},{"type":"birthdate","value":"1929/05/19"}]),

dict(_org="B", _where="body", expect="hold", kind="id.residence_card",
 why="A foreign trainee's residence card number and passport number go to the supervising organisation in the body.",
 **{"from": FH}, to=["彩の国国際協同組合 <kanri@sainokuni-coop.example.jp>"],
 subject="在留期間更新の書類について（グエンさん）",
 text="""彩の国国際協同組合
ご担当 佐々木様

お世話になっております。さくら歯科技工所の堀です。
実習生のグエンさんの在留期間更新について、書類作成に必要な情報をお送りします。

　氏名：NGUYEN THI LAN（グエン ティ ラン）
　国籍：ベトナム
　在留カード番号：AB12345678CD
　在留期限：2025年1月15日
　旅券番号：C4471902

必要書類が揃いましたら、当所から本人に署名をもらいます。
"""+SIG_HORI,
 personal=[{"type":"name","value":"NGUYEN THI LAN"},{"type":"residence_card","value":"AB12345678CD"},{"type":"passport","value":"C4471902"}]),

# ---------------- passes ----------------
dict(_org="B", _where="-", expect="pass", kind="benign.id_lookalike",
 why="The long numbers are JAN codes and lot numbers of dental materials.",
 **{"from": FN}, to=["株式会社東和デンタル商事 受注センター <juchu@towa-dental.example.jp>"],
 subject="材料発注（11月分）",
 text="""東和デンタル商事 受注センター 御中

いつもお世話になっております。さくら歯科技工所の中川です。
下記の通り発注いたします。

品名	JANコード	数量
ジルコニアディスク 98mm 14mm A2	4987654321098	5
ジルコニアディスク 98mm 18mm A3	4987654321104	3
シェードリキッド セット	4987654300123	1
研磨用ダイヤペースト	4580123456781	2

前回納品分（ロット Z2409-118722）で1枚割れがありましたので、交換をお願いできますか。
"""+SIG_NAKAGAWA),

dict(_org="B", _where="-", expect="pass", kind="benign.tracking_number",
 why="The 12-digit numbers are Yamato tracking numbers (one happens to pass the My Number check), with case IDs only.",
 **{"from": FH}, to=["さいたま中央歯科 受付 <uketsuke@saitama-chuo-dc.example.jp>"],
 subject="本日の発送のご案内",
 text="""さいたま中央歯科 受付ご担当者様

いつもお世話になっております。さくら歯科技工所の堀です。
本日、下記の技工物を発送いたしました。

　ケースID SK-2410-091（FMC 1点）ほか2点
　ヤマト運輸 伝票番号：900399796548
　ケースID SK-2410-095（義歯修理 1点）
　ヤマト運輸 伝票番号：4127-3380-9915

到着は明日午前の予定です。
よろしくお願いいたします。
"""+SIG_HORI),

dict(_org="B", _where="-", expect="pass", kind="benign.product_names",
 why="Katakana names like セレナ and アキラ are product names, not people.",
 **{"from": FS}, to=["大宮ひかり歯科 院長 今井 先生 <imai@omiya-hikari-dc.example.jp>"],
 subject="人工歯の銘柄変更のお知らせ",
 text="""今井先生

いつもお世話になっております。さくら技工所の桜井です。
メーカーの供給事情により、標準で使用している人工歯を以下の通り変更させていただきます。

　前歯部：「セレナ」（旧：「エリカ」）
　臼歯部：「アキラ・ポステリア」
　義歯床用レジン：「ユキ・ハイインパクト」

色調・形態はほぼ同等ですが、セレナはやや透明感が強い印象です。
サンプルをお持ちしますので、ご都合の良い日をお知らせください。
"""+SIG_SAKURAI),

dict(_org="B", _where="-", expect="pass", kind="benign.it_outage",
 why="\"障害\", \"感染\" and \"隔離\" refer to a CAD server outage and malware, not to people.",
 **{"from": FN}, to=["デジタルデンタルシステムズ株式会社 サポート <support@dds-cad.example.jp>"],
 cc=["桜井 健一 <sakurai@sakura-dentallab.example.jp>"],
 subject="Re: 【障害報告】CADライセンスサーバ接続不可",
 text="""DDS サポート 村田様

ご対応ありがとうございます。中川です。
ご指示どおり、ウイルス対策ソフトが「感染の疑い」として隔離していたファイル
（licmgr_svc.exe）を復元し、除外設定を行ったところ、CADが起動しました。

障害発生：10/30 8:40
復旧：10/30 13:15
影響：設計作業 約4.5時間停止（納期への影響なし）

念のため、隔離されたファイルが本当に正規のものかどうか、ハッシュ値を記載します。
SHA-256: 3f9a0c1be7d24e1189a5c0e47d2b61f0a8c34e97d12b55f06e1a3c8b9d7f2e41

> 中川様
> DDSサポートの村田です。
> セキュリティソフトの隔離フォルダをご確認いただけますでしょうか。
"""+SIG_NAKAGAWA),

dict(_org="B", _where="-", expect="pass", kind="benign.medical_words_product",
 why="Allergy and disease words describe a product's indications; no patient is named.",
 **{"from": FS}, to=["浅間町デンタルクリニック 院長 岩崎 先生 <iwasaki@asamacho-dc.example.jp>"],
 subject="メタルフリー補綴のご案内",
 text="""岩崎先生

いつもお世話になっております。さくら歯科技工所の桜井です。
当所で新たに対応を始めたメタルフリー補綴のご案内です。

■対象となる症例
・金属アレルギーが疑われる患者さま
・審美的要求の高い前歯部
・糖尿病や歯周病で歯肉退縮が懸念されるケース（マージン部の変色防止）

■メニュー
・CAD/CAM冠（保険適用）
・ジルコニアクラウン（自費）
・ファイバーコアの製作

資料を添付しましたので、ご検討いただけますと幸いです。
"""+SIG_SAKURAI,
 attachments=[{"filename":"metalfree_menu.pdf","contentType":"application/pdf","text":"さくら歯科技工所 メタルフリー補綴メニュー\nCAD/CAM冠 保険点数に準ずる\nジルコニアクラウン 1本 18,000円～\nファイバーコア 1本 2,500円"}]),

dict(_org="B", _where="-", expect="pass", kind="benign.meeting",
 why="A visit arrangement naming clinic staff, with signatures; no sensitive content.",
 **{"from": FS}, to=["さいたま中央歯科 院長 長尾 先生 <nagao@saitama-chuo-dc.example.jp>"],
 cc=["さいたま中央歯科 歯科衛生士長 宮本 様 <miyamoto@saitama-chuo-dc.example.jp>"],
 subject="Re: Re: 口腔内スキャナ導入のご相談",
 text="""長尾先生、宮本様

ご返信ありがとうございます。桜井です。
それでは、11月13日（水）13時に中川と2人で伺います。
デモ機は中川が持参いたします。所要時間は1時間程度を見込んでいます。

当日のご説明内容
　1. スキャンデータの送付方法
　2. 模型レスでの製作の流れ
　3. 料金体系

> 桜井さん
> 13日の昼休みなら対応できます。衛生士の宮本も同席します。
> 長尾
>
>> 長尾先生
>> スキャナ導入の件、一度ご説明に伺えればと思います。
>> 桜井
"""+SIG_SAKURAI),

dict(_org="B", _where="-", expect="pass", kind="benign.corporate_invoice",
 why="An invoice to a clinic gives the laboratory's corporate account only.",
 **{"from": FH}, to=["大宮ひかり歯科 経理 <keiri@omiya-hikari-dc.example.jp>"],
 subject="10月分 ご請求書送付のご案内",
 text="""大宮ひかり歯科 経理ご担当者様

いつもお世話になっております。さくら歯科技工所の堀です。
10月分のご請求書をお送りいたします。

　ご請求金額：412,830円（税込）
　お支払期限：2024年11月30日
　お振込先：埼玉りそな銀行 大宮支店 普通 1847203
　　　　　　ユ）サクラシカギコウジョ
　登録番号：T2030002048817

ご確認のほどよろしくお願いいたします。
"""+SIG_HORI,
 attachments=[{"filename":"seikyusho_202410_omiya-hikari.pdf","contentType":"application/pdf","text":"御請求書\n大宮ひかり歯科 御中\n2024年10月分 技工料\n件数 23件\n小計 375,300円\n消費税 37,530円\n合計 412,830円\n振込先 埼玉りそな銀行 大宮支店 普通 1847203"}]),

dict(_org="B", _where="-", expect="pass", kind="benign.plain_zip",
 why="A plain zip of STL files labelled only with case IDs.",
 **{"from": FN}, to=["関東ミリングセンター 受付 <order@kanto-milling.example.jp>"],
 subject="切削依頼 データ送付（SK-2411-003～005）",
 text="""関東ミリングセンター 受付ご担当者様

さくら歯科技工所の中川です。
切削依頼のSTLデータをzipでお送りします（暗号化なし）。

　SK-2411-003　ジルコニア #36 フルアナトミカル
　SK-2411-004　ジルコニア #11-21 2ユニット
　SK-2411-005　PMMA プロビジョナル #44-46

材料はいつもの高透光タイプでお願いします。
"""+SIG_NAKAGAWA,
 attachments=[{"filename":"SK-2411-003_005.zip","contentType":"application/zip","text":"SK-2411-003_36.stl\nSK-2411-004_11-21.stl\nSK-2411-005_44-46.stl"}]),

dict(_org="B", _where="-", expect="pass", kind="benign.project_two_companies",
 why="A project mail with six visible addresses from two companies (the lab and its CAD vendor).",
 **{"from": FN},
 to=["村田 啓介 <murata@dds-cad.example.jp>","西岡 由香 <nishioka@dds-cad.example.jp>","堀内 徹 <horiuchi@dds-cad.example.jp>"],
 cc=["桜井 健一 <sakurai@sakura-dentallab.example.jp>","堀 真理子 <hori@sakura-dentallab.example.jp>","DDS 営業窓口 <sales@dds-cad.example.jp>"],
 subject="CADバージョンアップ作業の段取り（11/16）",
 text="""DDS 村田様、西岡様、堀内様

中川です。11/16（土）のバージョンアップ作業の段取りをまとめます。

1. 9:00　作業開始（当所 2階 設計室、PC 3台）
2. 9:30　ライセンスサーバ更新（堀内様）
3. 11:00　各PCのクライアント更新（西岡様）
4. 13:00　動作確認・操作説明（村田様 → 中川、技工士2名）
5. 15:00　完了報告

当日は桜井が立ち会い、堀が検収書類を準備します。
駐車場は建物裏の2台分をお使いください。
"""+SIG_NAKAGAWA),

dict(_org="B", _where="-", expect="pass", kind="benign.congratulations",
 why="A congratulation on a clinic's opening; names only the dentist.",
 **{"from": FS}, to=["見沼みどり歯科 院長 藤本 美咲 先生 <fujimoto@minuma-midori-dc.example.jp>"],
 subject="ご開院おめでとうございます",
 text="""藤本 美咲 先生

このたびは「見沼みどり歯科」のご開院、誠におめでとうございます。
勤務医時代から精密なお仕事ぶりを拝見しておりましたので、
地域の皆さまにきっと愛される医院になると確信しております。

ささやかですが、お祝いのお花を本日お届けいたしました。
技工物のことでお困りのことがあれば、いつでもお声がけください。

今後とも末永くよろしくお願い申し上げます。
"""+SIG_SAKURAI),
]
