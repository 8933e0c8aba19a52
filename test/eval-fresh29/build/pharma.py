from common import M, A

OK = "岡部 隆之 <t-okabe@sanou-pharma.co.jp>"
NI = "西田 まどか <m-nishida@sanou-pharma.co.jp>"
TK = "竹中 功 <i-takenaka@sanou-pharma.co.jp>"

SIG_OK = """━━━━━━━━━━━━━━━━━━━━━━━━━━
三桜製薬株式会社
東日本営業本部　北東京営業所
医薬情報担当者（MR）　岡部 隆之
〒114-0013 東京都北区東田端2-8-11 田端センタービル6F
TEL 03-5555-8120　携帯 080-5555-3391
E-mail t-okabe@sanou-pharma.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_NI = """――――――――――――――――
三桜製薬株式会社　北東京営業所
MR　西田 まどか（にしだ まどか）
TEL 03-5555-8120 / 携帯 080-5555-7704
m-nishida@sanou-pharma.co.jp
――――――――――――――――"""

SIG_TK = """--
竹中 功（たけなか いさお）
三桜製薬株式会社 メディカルアフェアーズ部 循環器領域グループ
〒103-0023 東京都中央区日本橋本町3-5-2
TEL 03-5555-6000（代）
"""

# ---------------- PASS ----------------
M("P-P1", "pass", "benign.drug_information",
  "Product information on a new indication; drug, study and side-effect words only.",
  OK, ["堀田 雅彦 先生 <m-hotta@johoku-chuo-hp.jp>"],
  "カレンOD錠 慢性心不全の効能追加承認のご案内",
  f"""
城北中央病院 循環器内科
堀田 雅彦 先生

平素より格別のご高配を賜り、厚く御礼申し上げます。
三桜製薬の岡部でございます。

弊社「カレンOD錠2.5mg・5mg」（一般名：ベルカプリル）につきまして、
2025年3月27日付で「慢性心不全（標準的な治療を受けている患者に限る）」の効能・効果追加の承認を取得いたしました。

承認の根拠となった国際共同第III相試験（SNP-4102試験、CAREN-HF）では、
心血管死または心不全による入院の複合エンドポイントにおいてプラセボに対し23%のリスク低下（HR 0.77, 95%CI 0.68-0.87）が示されました。
主な副作用は低血圧（4.8%）、高カリウム血症（2.1%）、腎機能障害（1.6%）でした。

改訂後の電子添文および適正使用ガイドを添付いたします。
来週火曜日の午後、医局にお伺いしてご説明させていただければ幸いです。

{SIG_OK}
""", attachments=[A("カレンOD錠_適正使用ガイド_2025年3月.pdf", "application/pdf", """
カレンOD錠 適正使用ガイド（慢性心不全）
投与開始時は2.5mg 1日1回から開始し、2～4週間ごとに忍容性を確認しながら5mgに増量する。
血清カリウム値5.5mEq/L以上の患者、重度の腎機能障害（eGFR 30mL/min/1.73m2未満）の患者には慎重に投与すること。
妊婦又は妊娠している可能性のある女性には投与しないこと。
""")])

M("P-P2", "pass", "benign.study_aggregate",
  "Aggregate Phase III safety results for a physician; no individual patient.",
  TK, ["宮内 亮介 教授 <miyauchi@toto-med.ac.jp>"],
  "Re: SNP-4102 日本人部分集団の安全性データについて",
  f"""
東都医科大学 循環器内科学講座
宮内 亮介 先生

いつも大変お世話になっております。三桜製薬 メディカルアフェアーズ部の竹中でございます。
先日の研究会でご質問いただいた、SNP-4102試験の日本人部分集団の安全性データについてご回答いたします。

・日本人症例数：ベルカプリル群 412例、プラセボ群 409例
・有害事象発現率：68.4% vs 66.0%
・副作用発現率：12.4% vs 10.9%
・重篤な副作用：1.7% vs 1.2%（主なもの：腎機能障害 0.5%、高カリウム血症 0.5%、肝機能障害 0.2%）
・投与中止に至った有害事象：5.1% vs 4.4%
・死亡：因果関係が否定できないものはなし

なお、全体集団と比較して日本人集団で特異的に高頻度であった事象は認められませんでした。
詳細は来月の日本循環器学会学術集会（ポスター P-1138）で公表予定です。
公表前のデータのため、学外へのご共有はお控えいただけますと幸いです。

{SIG_TK}
> 竹中さん
> 日本人サブグループで腎機能障害が多いという話を聞いたのですが、実際どうでしょうか。
> 宮内
""")

M("P-P3", "pass", "benign.meeting",
  "Appointment arrangement with a hospital secretary.",
  NI, ["循環器内科 医局 佐藤様 <ikyoku-junkan@johoku-chuo-hp.jp>"],
  "面談のお願い（5/20）",
  f"""
医局 佐藤様

お世話になっております。三桜製薬の西田です。
5月20日（火）17:30～17:45で、堀田先生・清水先生にご面談のお時間を頂戴できますでしょうか。
資料は5分程度で終わる内容です。

ご都合悪ければ、22日（木）同時刻でも大丈夫です。
どうぞよろしくお願いいたします。

{SIG_NI}
""")

M("P-P4", "pass", "benign.successor",
  "MR hand-over greeting to a clinic director with heavy signatures.",
  OK, ["南 孝一 院長 <info@minami-naika.jp>"],
  "担当交代のご挨拶（三桜製薬 岡部・西田）",
  f"""
医療法人社団 桐生会　みなみ内科クリニック
院長　南 孝一 先生

拝啓　新緑の候、先生におかれましてはますますご清祥のこととお慶び申し上げます。

さて、私 岡部 隆之は4月1日付で本社マーケティング部へ異動することとなり、
後任として西田 まどか（cc）が貴院を担当させていただくことになりました。

在任中の4年間、先生には「ソフィア配合錠」の発売時から多くのご指導を賜り、
地域の勉強会でも何度もご講演いただきましたこと、心より御礼申し上げます。

西田は入社8年目で、前任地の埼玉西営業所では糖尿病領域を中心に担当しておりました。
近日中に二人でご挨拶に伺わせていただきます。

今後とも変わらぬご指導ご鞭撻を賜りますよう、よろしくお願い申し上げます。
敬具

{SIG_OK}

{SIG_NI}
""", cc=[NI])

M("P-P5", "pass", "benign.event_public_speaker",
  "Lecture invitation with the public profile of the speaker; recipients in Bcc.",
  NI, ["北東京営業所 <kitatokyo-eigyo@sanou-pharma.co.jp>"],
  "【ご案内】北区・板橋区 心不全治療セミナー（6/12）",
  f"""
先生方

平素より大変お世話になっております。三桜製薬の西田でございます。
（本メールは先生方にBCCでお送りしております）

下記のとおり講演会を開催いたします。ご多忙中とは存じますが、ご参加賜りますようお願い申し上げます。

日時：2025年6月12日（木）19:00～20:30
会場：ホテルメトロポリタン東都 3F「桜の間」（Web同時配信あり）
座長：城北中央病院 循環器内科 部長 堀田 雅彦 先生
特別講演：「HFrEF治療の新時代 ―ARNIからベルカプリルまで―」
演者：東都医科大学 循環器内科学講座 主任教授 高槻 誠一郎 先生
　　　（日本心不全学会 理事、2019年度 日本循環器学会 学術賞受賞）

※本会は日本医師会生涯教育講座（1単位、CC:73）に申請予定です。
※ご出欠は6月5日までに本メールへのご返信にてお知らせください。

共催：北区医師会／三桜製薬株式会社

{SIG_NI}
""", bcc=["dr.ishizuka@ishizuka-cl.jp", "info@oji-heart.jp", "kamiya@itabashi-med.or.jp", "tanimura@akabane-naika.jp",
          "office@jujo-clinic.jp", "m-hotta@johoku-chuo-hp.jp", "info@minami-naika.jp", "ueda@takinogawa-cl.jp",
          "clinic@shimura-naika.jp", "s-kawai@kitaku-hp.jp", "dr.mori@oyama-clinic.jp", "itoh@ukima-cl.jp"])

M("P-P6", "pass", "benign.invoice_corporate_account",
  "Payment notice to a medical corporation's own corporate account with its 法人番号.",
  TK, ["桐生会 事務長 富田様 <jimu@kiryukai.or.jp>"],
  "委託研究費のお振込みについて（支払通知番号 SP-25-04417）",
  f"""
医療法人社団 桐生会
事務長　富田 様

いつもお世話になっております。三桜製薬 メディカルアフェアーズ部の竹中です。

ご契約いただいております使用成績調査（契約番号 SN-PMS-2024-0213）の委託研究費について、
下記のとおりお振込み手続きを完了いたしましたのでご連絡いたします。

　支払通知番号：SP-25-04417
　お振込日：2025年4月25日
　金額：330,000円（税込）
　振込先：しらかば銀行 王子支店　普通 3318204
　口座名義：イ）キリュウカイ
　法人番号：5011505001234

ご確認のほど、よろしくお願いいたします。

{SIG_TK}
""")

M("P-P7", "pass", "benign.recall_lot_numbers",
  "Voluntary recall notice with lot numbers, GS1/JAN codes; no patients.",
  OK, ["城北中央病院 薬剤部 DI室 <di@johoku-chuo-hp.jp>"],
  "【重要】エミリア点眼液0.1% 自主回収（クラスII）のお知らせ",
  f"""
城北中央病院 薬剤部 DI室 御中

いつも大変お世話になっております。三桜製薬の岡部でございます。

弊社製品「エミリア点眼液0.1%」の一部ロットにおいて、安定性モニタリング（長期保存試験 18ヶ月時点）で
類縁物質が規格上限を超える結果が得られたため、当該ロットを自主回収（クラスII）することといたしました。
現時点で本件に起因する健康被害の報告はございません。

対象ロット：
　製造番号 EM4B207（使用期限 2026.01）
　製造番号 EM4B219（使用期限 2026.02）
　製造番号 EM4C031（使用期限 2026.03）
GS1コード（調剤包装単位）：(01)14987654321012
JANコード：4987654321015

貴院の在庫をご確認いただき、該当品がございましたら私までご連絡ください。代替品をお持ちいたします。
ご迷惑をおかけし、誠に申し訳ございません。

{SIG_OK}
""")

M("P-P8", "pass", "benign.condolence",
  "Condolence on the death of a hospital's honorary director.",
  NI, ["城北中央病院 総務課 <soumu@johoku-chuo-hp.jp>"],
  "北原 清 名誉院長 ご逝去の報に接して",
  f"""
城北中央病院 総務課 御中

北原 清 名誉院長のご逝去の報に接し、謹んでお悔やみ申し上げます。

北原先生には、弊社北東京営業所の多くのMRが若手の頃よりご指導を賜りました。
地域医療に捧げられたご生涯に深く敬意を表しますとともに、心よりご冥福をお祈り申し上げます。

なお、ご葬儀の日程につきまして、差し支えなければお知らせいただけますでしょうか。
弔電を手配させていただきたく存じます。

{SIG_NI}
""")

# ---------------- HOLD ----------------
M("P-H1", "hold", "sensitive.medical",
  "Adverse-event follow-up to a CRO includes the patient's full name with diagnoses and lab values.",
  TK, ["クレストリサーチ 安全性情報部 <pv-desk@crest-research.co.jp>"],
  "副作用症例追加情報（管理番号 SNP-AE-25-0093）",
  f"""
クレストリサーチ株式会社 安全性情報部
石原様

お世話になっております。三桜製薬 竹中です。
標記症例につき、報告医（城北中央病院 清水先生）より追加情報を入手しましたので送付いたします。

患者：山岸 和子 様（72歳・女性）
原疾患：慢性心不全（NYHA II）、2型糖尿病、慢性腎臓病 ステージ3b
被疑薬：カレンOD錠5mg（2025/2/3～2025/3/10）
事象：高カリウム血症（K 6.4mEq/L、3/10）→ 同日入院、被疑薬中止、3/14 K 4.7mEq/Lに回復、3/18退院
併用薬：スピロノラクトン25mg、ボグリボース

重篤性：入院（重篤）
因果関係（報告医）：関連あり

E2B入力をお願いいたします。

{SIG_TK}
""", personal=[("name", "山岸 和子"), ("diagnosis", "慢性心不全（NYHA II）、2型糖尿病、慢性腎臓病 ステージ3b"),
               ("medical", "高カリウム血症（K 6.4mEq/L、3/10）")])

M("P-H2", "hold", "id.mynumber",
  "A lecturer's My Number, home address and private bank account sent to an outside accounting firm.",
  NI, ["ベルテ会計サービス 支払調書担当 <shiharai@belte-ac.co.jp>"],
  "講演料 支払調書作成用情報（6/12 講演会）",
  f"""
ベルテ会計サービス
支払調書ご担当者様

お世話になっております。三桜製薬 北東京営業所の西田です。
6月12日の講演会の講師謝金につき、支払調書作成用の情報を下記のとおりお送りします。

　講師氏名：高槻 誠一郎（たかつき せいいちろう）
　住所：東京都文京区千駄木4-21-8
　個人番号：815994185660
　謝金：110,000円（源泉徴収前）
　振込先：あおば銀行 本郷支店 普通 7723914 タカツキ セイイチロウ

本人確認書類の写しは後日郵送いたします。

{SIG_NI}
""", personal=[("name", "高槻 誠一郎"), ("address", "東京都文京区千駄木4-21-8"), ("my_number", "815994185660"),
               ("bank_account", "7723914")])

M("P-H3", "hold", "attachment.encrypted_zip",
  "Lecture slides sent as a password-protected zip (PPAP).",
  OK, ["堀田 雅彦 先生 <m-hotta@johoku-chuo-hp.jp>"],
  "6/12 講演会 スライド最終版",
  f"""
堀田先生

お世話になっております。岡部です。
座長用のスライド最終版をお送りします。
パスワードは別メールにてお送りいたします。

{SIG_OK}
""", attachments=[A("0612_seminar_slides_final.zip", "application/zip", encrypted=True)])

DRS = ["石塚 先生 <dr.ishizuka@ishizuka-cl.jp>", "王子ハートクリニック <info@oji-heart.jp>", "神谷 先生 <kamiya@itabashi-med.or.jp>",
       "谷村 先生 <tanimura@akabane-naika.jp>", "十条クリニック <office@jujo-clinic.jp>", "上田 先生 <ueda@takinogawa-cl.jp>",
       "志村内科 <clinic@shimura-naika.jp>", "河合 先生 <s-kawai@kitaku-hp.jp>", "森 先生 <dr.mori@oyama-clinic.jp>",
       "伊藤 先生 <itoh@ukima-cl.jp>", "小林 先生 <kobayashi.dr@gmail.com>", "浮間 中村 先生 <nakamura@ukima-naika.jp>"]
M("P-H4", "hold", "recipients.over10",
  "Invitation sent to twelve clinics' doctors with all addresses visible in To.",
  NI, DRS,
  "地域連携勉強会（7/3）のご案内",
  f"""
先生方

いつも大変お世話になっております。三桜製薬の西田でございます。
7月3日（木）19:30より、赤羽会館にて地域連携勉強会を開催いたします。

テーマ：「かかりつけ医と専門医で診る心不全 ―紹介・逆紹介のタイミング―」
講師：城北中央病院 循環器内科 堀田 雅彦 先生

ご出欠をご返信いただけますと幸いです。

{SIG_NI}
""")

M("P-H5", "hold", "list.customers",
  "The attachment lists doctors' home addresses and private mobiles for a printing vendor; body is bland.",
  OK, ["三和印刷 営業部 <eigyo@sanwa-print.co.jp>"],
  "年末ご挨拶状 宛名データ",
  f"""
三和印刷 佐野様

お世話になっております。岡部です。
先日ご依頼した年末ご挨拶状の宛名データを添付します。
印刷後、12/20までに営業所へ納品をお願いします。

{SIG_OK}
""", attachments=[A("aisatsu_atena_2024.csv", "text/csv", """
氏名,施設,自宅郵便番号,自宅住所,携帯電話
堀田 雅彦,城北中央病院,114-0023,東京都北区滝野川5-14-3-802,090-2217-4410
清水 由香,城北中央病院,115-0045,東京都北区赤羽1-33-6,080-6631-0952
南 孝一,みなみ内科クリニック,174-0046,東京都板橋区蓮根2-7-19,090-8874-2016
石塚 一郎,石塚クリニック,114-0002,東京都北区王子4-2-11,070-3156-7728
谷村 洋子,赤羽内科,115-0055,東京都北区赤羽西6-1-4,090-5519-3307
""")], personal=[("name", "清水 由香"), ("address", "東京都北区滝野川5-14-3-802"), ("phone", "090-2217-4410"),
                 ("address", "東京都板橋区蓮根2-7-19"), ("phone", "070-3156-7728")])

M("P-H6", "hold", "sensitive.medical",
  "Only the quoted physician's message contains a named patient's HIV status, forwarded to an outside contract MR.",
  NI, ["水野 拓 <t-mizuno@medipartners.co.jp>"],
  "Fw: 相互作用のご質問（十条クリニック 先生より）",
  f"""
水野さん

お疲れさまです。西田です。
十条クリニックの先生から下記のご質問をいただきました。
十条地区は来月から水野さんのご担当になるので、学術と連携して回答をお願いできますか。

{SIG_NI}

-------- 転送メッセージ --------
差出人: 十条クリニック <office@jujo-clinic.jp>
件名: 相互作用のご質問

三桜製薬 西田様
当院通院中の坂口 大輔さん（45歳、HIV陽性、ART中：ビクテグラビル配合剤）に
カレンOD錠を開始したいのですが、相互作用の報告はありますか。
腎機能は eGFR 52 です。
十条クリニック 院長
""", personal=[("name", "坂口 大輔"), ("diagnosis", "HIV陽性")])

M("P-H7", "hold", "sensitive.medical",
  "Only the subject line carries a named person's kidney disease and dialysis plan, sent to an outside patient group.",
  OK, ["NPO法人 腎と生きる会 事務局 <office@jinto-ikiru.or.jp>"],
  "山本 誠一様（糖尿病性腎症・透析導入予定）ご紹介の件",
  f"""
腎と生きる会 事務局 御中

いつもお世話になっております。三桜製薬の岡部です。
先日お電話でお話しした件、ご本人の了解は得ておりますので、
ご担当者様からご連絡いただけますと幸いです。

どうぞよろしくお願いいたします。

{SIG_OK}
""", personal=[("name", "山本 誠一"), ("diagnosis", "糖尿病性腎症・透析導入予定")])

M("P-H8", "hold", "personal.resume",
  "A private acquaintance's résumé with address, phone and birth date forwarded to a recruitment agency.",
  OK, ["キャリアブリッジ 村上様 <murakami@careerbridge-jp.co.jp>"],
  "知人の職務経歴書の件",
  f"""
村上様

先日はありがとうございました。岡部です。
お話しした知人（現在は他社MR）の職務経歴書を、本人の依頼で添付します。
製薬以外も含めて検討したいとのことです。

{SIG_OK}
""", attachments=[A("職務経歴書_川島悠真.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", """
職務経歴書
氏名：川島 悠真（かわしま ゆうま）
生年月日：1990年11月22日（34歳）
現住所：埼玉県川口市芝新町8-3-201
携帯電話：080-4921-3376
メール：yuma.kawashima1122@gmail.com
職歴：
2013年4月 東邦メディカル製薬株式会社 入社　MRとして大学病院・基幹病院を担当
2019年4月 同社 埼玉営業所 主任
年収：620万円（現職）
転職理由：家族の介護のため転勤のない職種を希望
""")], personal=[("name", "川島 悠真"), ("date_of_birth", "1990年11月22日"), ("address", "埼玉県川口市芝新町8-3-201"),
                 ("phone", "080-4921-3376"), ("email", "yuma.kawashima1122@gmail.com")])

M("P-H9", "hold", "id.health_insurance",
  "A patient's health-insurance symbol/number and birth date sent to an outside home-delivery pharmacy.",
  NI, ["スマイル在宅薬局 登録窓口 <entry@smile-zaitaku.co.jp>"],
  "エミリア在宅サポートプログラム 新規登録",
  f"""
スマイル在宅薬局 ご担当者様

お世話になっております。三桜製薬の西田です。
みなみ内科クリニック 南先生より、下記患者様のプログラム登録依頼がありました。

　患者氏名：長谷部 トミ 様
　生年月日：1941年6月8日
　保険者番号：06130012
　被保険者証 記号：1207　番号：45
　配送先：東京都北区西が丘2-9-14
　電話：03-5555-7162

初回配送は5月7日希望とのことです。

{SIG_NI}
""", personal=[("name", "長谷部 トミ"), ("date_of_birth", "1941年6月8日"), ("insurer_number", "06130012"),
               ("health_insurance", "記号：1207　番号：45"), ("address", "東京都北区西が丘2-9-14"), ("phone", "03-5555-7162")])
