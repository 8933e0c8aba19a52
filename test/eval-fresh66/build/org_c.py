"""Org C: 医療法人社団 桜翔会 さくら通り矯正歯科 (orthodontic clinic)."""
from common import mail, att, enc_zip, XLSX, DOCX, PDF, ZIP

ORG = "C"
DOM = "sakuradori-ortho.example.jp"

KIRIYAMA = "桐山 直樹 <n-kiriyama@sakuradori-ortho.example.jp>"
MURAKAMI = "村上 綾 <a-murakami@sakuradori-ortho.example.jp>"
AOKI = "青木 美咲 <m-aoki@sakuradori-ortho.example.jp>"

SIG_KIRIYAMA = """
――――――――――――――――――――――――――――
医療法人社団 桜翔会　さくら通り矯正歯科
院長　桐山 直樹（歯学博士）
日本矯正歯科学会 認定医
〒460-0008 名古屋市中区栄4-9-21 さくら通りメディカルビル5F
TEL 052-555-3180　FAX 052-555-3181
n-kiriyama@sakuradori-ortho.example.jp
診療時間：火～金 10:00-19:00／土日 9:30-17:30（月・祝休診）
――――――――――――――――――――――――――――
"""

SIG_KIRIYAMA_EN = """
Best regards,
Naoki Kiriyama, DDS, PhD
Director, Sakuradori Orthodontic Clinic
Sakuradori Medical Bldg. 5F, 4-9-21 Sakae, Naka-ku, Nagoya 460-0008, Japan
Tel: +81-52-555-3180
n-kiriyama@sakuradori-ortho.example.jp
"""

SIG_MURAKAMI = """
-------------------------------------
さくら通り矯正歯科（医療法人社団 桜翔会）
事務長　村上 綾
TEL 052-555-3180（代）／052-555-3185（事務直通）
a-murakami@sakuradori-ortho.example.jp
-------------------------------------
"""

SIG_AOKI = """
さくら通り矯正歯科　受付・カウンセリング担当
青木 美咲
TEL 052-555-3180
m-aoki@sakuradori-ortho.example.jp
"""

MAILS = []
add = MAILS.append

# 41 hold: referral with diagnosis and epilepsy history in the body
add(mail("hold", "sensitive.health",
    "外科的矯正の紹介として、患者の氏名・生年月日に顎変形症の診断とてんかんの既往・服薬を本文に書いて大学病院へ送っている。目的は正当だが病歴の外部送信。",
    KIRIYAMA, ["東海医科大学病院 歯科口腔外科 医局 <oralsurg@tokai-med.example.jp>"],
    "外科的矯正治療のご相談（斎藤 大輝 様）",
    f"""
東海医科大学附属病院 歯科口腔外科
准教授　長谷部 先生

いつも大変お世話になっております。さくら通り矯正歯科の桐山です。
外科的矯正治療の適応について、ご相談させていただきたい患者さんがおります。

　患者：斎藤 大輝 様（男性、平成17年8月22日生、19歳）
　診断：骨格性下顎前突症（顎変形症）、ANB -4.5°、開咬傾向あり
　既往歴：てんかん（12歳時に発症、現在バルプロ酸ナトリウム内服中、直近2年発作なし）
　経過：2024年10月初診。ご本人・ご家族とも外科併用での治療を希望されています。

術前矯正の開始前に、貴科での診察と手術時期のご相談をお願いできればと存じます。
抗てんかん薬の周術期管理については、かかりつけの神経内科（栄北クリニック）に
情報提供を依頼済みです。

正式な診療情報提供書とセファロ画像は、予約日が決まり次第郵送いたします。
ご多忙のところ恐縮ですが、どうぞよろしくお願い申し上げます。
{SIG_KIRIYAMA}""", "桐山", "body",
    personal=[("name", "斎藤 大輝"), ("birthdate", "平成17年8月22日生"),
              ("diagnosis", "顎変形症"), ("diagnosis", "てんかん")]))

# 42 hold: 12 parents' private addresses visible in To
PARENTS = [
    "伊藤 真由美 <mayumi.ito.nagoya@gmail.com>",
    "加藤 智子 <tomoko-kato77@yahoo.co.jp>",
    "鈴木 大介 <daisuke.suzuki.home@gmail.com>",
    "近藤 恵美 <emi_kondo@icloud.com>",
    "水野 香 <kaori.mizuno.0415@gmail.com>",
    "山本 直子 <naoko.yamamoto.family@outlook.jp>",
    "林 亜希子 <akiko-hayashi@yahoo.co.jp>",
    "佐藤 健 <ken.sato.1982@gmail.com>",
    "野村 理沙 <risa.nomura.r@icloud.com>",
    "後藤 美香 <mika.goto.nagoya@gmail.com>",
    "安田 裕子 <yuko_yasuda@yahoo.co.jp>",
    "丹羽 浩之 <hiroyuki.niwa@gmail.com>",
]
add(mail("hold", "recipients.visible_outside",
    "小児矯正の保護者12名の私用アドレスを宛先（To）に並べて送信。BCCにすべきで、通院していることが保護者同士に見えてしまう。",
    AOKI, PARENTS,
    "【さくら通り矯正歯科】3/22 小児矯正 保護者説明会のご案内",
    f"""
小児矯正（第1期治療）で通院中のお子さまの保護者さま

いつもご来院いただきありがとうございます。
さくら通り矯正歯科 受付の青木です。

第1期治療から第2期治療への移行について、院長より保護者さま向けの
説明会を行います。ご都合がよろしければぜひご参加ください。

　日時：3月22日（土）13:30～14:30
　場所：当院 待合スペース（5階）
　内容：第2期治療が必要になるケース、費用の目安、通院頻度について
　　　　（個別のご相談は説明会後に承ります）

お子さま連れでのご参加も可能です。
参加をご希望の方は、3月18日（火）までにご返信ください。
{SIG_AOKI}""", "青木", "recipients"))

# 43 pass: estimate sent to the patient herself
add(mail("pass", "benign.data_subject",
    "患者本人への見積りと次回予約の案内。本人の治療費・予約を本人に送るだけで第三者提供ではない。",
    AOKI, ["中西 美和 <miwa.nakanishi@gmail.com>"],
    "お見積りと次回のご予約について",
    f"""
中西 美和 様

先日はカウンセリングにお越しいただき、ありがとうございました。
さくら通り矯正歯科の青木です。
院長からご説明した内容を、お見積りとしてお送りいたします。

■治療内容：マウスピース型矯正装置による全体矯正（上下）
■費用（税込）
　精密検査・診断料　　　　　　 44,000円
　矯正装置料　　　　　　　　　880,000円
　調整料（来院ごと）　　　　　　5,500円 × 約16回
　保定装置（リテーナー）　　　 33,000円
　合計（目安）　　　　　　　1,045,000円
■お支払い方法：一括、またはデンタルローン（最長60回）

■次回のご予約
　3月11日（火）18:30～　精密検査（約60分）
　当日は、検査のため歯みがきをしてからお越しください。

ご不明な点がございましたら、お気軽にお問い合わせください。
{SIG_AOKI}""", "青木"))

# 44 pass: lab order with chart numbers only
add(mail("pass", "benign.order_numbers",
    "技工所への発注。発注番号とカルテNo.だけで、患者の氏名や病名は書かれていない。",
    KIRIYAMA, ["中部デンタルラボ 受注係 <order@chubu-dentallab.example.jp>"],
    "技工物発注（3/4分）",
    f"""
有限会社 中部デンタルラボ
受注ご担当　古川様

いつもお世話になっております。さくら通り矯正歯科の桐山です。
本日分の発注です。模型は本日夕方の集荷でお送りします。

　発注番号　　カルテNo.　装置　　　　　　　　　　　　　 納期
　SK-250304-1　10482　　 ベッグタイプリテーナー 上下　　 3/14
　SK-250304-2　10517　　 急速拡大装置（ハイラックス）　 3/18
　SK-250304-3　10533　　 リンガルアーチ 下顎　　　　　　3/18
　SK-250304-4　10541　　 クリアリテーナー 上下（予備含め2組）3/12

SK-250304-2 は、スクリューの向きを前回（10488）と同じでお願いします。
ご不明点があればお電話ください。
{SIG_KIRIYAMA}""", "桐山"))

# 45 hold: health-insurance card number to a receipt-processing vendor
add(mail("hold", "id.health_insurance",
    "レセプト返戻の再請求のため、患者の氏名・生年月日と健康保険の保険者番号・記号・番号を外部のレセプト代行会社に送っている。",
    MURAKAMI, ["メディレセプトサポート 担当 杉山様 <sugiyama@medirecept.example.jp>"],
    "2月請求分の返戻1件（保険者番号相違）について",
    f"""
株式会社メディレセプトサポート
杉山様

いつもお世話になっております。さくら通り矯正歯科の村上です。
2月請求分で返戻が1件ありましたので、再請求のご対応をお願いいたします。

返戻理由は「保険者番号相違」で、患者様が1月に保険証を切り替えていたのに、
受付で旧保険証の情報のまま算定していたことが原因でした。

　患者：森 晴香 様（平成20年3月11日生）
　新しい保険証：保険者番号 06231458　記号 名中西　番号 2087　枝番 02
　資格取得日：令和7年1月6日

新しい保険証の写しは、受付で確認済みです。
3月10日の請求締めに間に合うよう、修正をお願いいたします。
{SIG_MURAKAMI}""", "村上", "body",
    personal=[("name", "森 晴香"), ("birthdate", "平成20年3月11日生"),
              ("health_insurance", "保険者番号 06231458　記号 名中西　番号 2087　枝番 02")]))

# 46 pass: invoice to a company with the clinic's corporate account
add(mail("pass", "benign.corporate_account",
    "企業の歯科相談会の請求。振込先は医療法人の口座で、受診者は人数のみ。",
    MURAKAMI, ["トーカイ精工 人事部 厚生課 <kousei@tokai-seiko.example.jp>"],
    "社員向け歯並び相談会（2/19・2/20）のご請求について",
    f"""
トーカイ精工株式会社
人事部 厚生課　堀田様

いつもお世話になっております。さくら通り矯正歯科の村上です。
先月の社員向け歯並び相談会では大変お世話になりました。

ご参加は2日間で計42名でした（アンケートの集計結果は別途お送りします）。
下記のとおりご請求申し上げます。

　請求書番号：SKO-2025-0031
　件名：社員向け歯並び相談会（出張・2日間）
　金額：264,000円（税込）
　お支払期日：2025年3月31日
　振込先：名古屋中央銀行 栄支店 普通 1578204
　口座名義：イリヨウホウジンシヤダン オウシヨウカイ

請求書の原本は本日郵送いたしました。
来年度も実施いただける場合は、秋頃にご相談させていただければ幸いです。
{SIG_MURAKAMI}""", "村上"))

# 47 hold: patient name and cleft diagnosis only in the subject
add(mail("hold", "sensitive.health",
    "本文は日程の返事だけだが、件名に患者の氏名・年齢と口唇口蓋裂という病名が入っている。",
    KIRIYAMA, ["東海医科大学病院 形成外科 宮下先生 <miyashita@tokai-med.example.jp>"],
    "Re: 高橋 結衣さん（14歳）口唇口蓋裂 術後矯正の併診について",
    f"""
東海医科大学附属病院 形成外科
宮下 先生

ご返信ありがとうございました。さくら通り矯正歯科の桐山です。

4月10日（木）17時からの合同カンファレンスの件、承知いたしました。
セファロとパノラマの画像は、当日CD-Rでお持ちします。
また、これまでの模型分析の資料もあわせて持参いたします。

当日はどうぞよろしくお願い申し上げます。
{SIG_KIRIYAMA}
> 桐山先生
> 合同カンファレンスは4/10（木）17時からでいかがでしょうか。
> 宮下
""", "桐山", "subject",
    personal=[("name", "高橋 結衣"), ("diagnosis", "口唇口蓋裂")]))

# 48 pass: infection-control manual for the cleaning contractor
add(mail("pass", "benign.infection_policy",
    "院内感染対策マニュアルの改訂連絡。「感染」「隔離」は一般的な手順の説明で、患者の情報はない。",
    AOKI, ["クリーンメディカル東海 栄営業所 <sakae@cleanmed-tokai.example.jp>"],
    "院内感染対策マニュアル改訂に伴う清掃手順の変更について",
    f"""
株式会社クリーンメディカル東海
栄営業所　清掃ご担当の皆さま

いつも丁寧な清掃をありがとうございます。さくら通り矯正歯科の青木です。
当院の院内感染対策マニュアルを3月に改訂しましたので、
清掃に関わる変更点をお知らせします。

1. 診療チェア周りの清拭
　アルコールから、ノンアルコールの除菌クロスに変更します（チェアの劣化防止のため）。
2. 隔離診療室（6番）
　発熱・咳のある患者さんの診療に使った日は、受付から「使用あり」の札を出します。
　その日は換気（30分）の後に、床と取っ手の清拭をお願いします。
3. 医療廃棄物
　感染性廃棄物の保管場所を、スタッフルーム奥の専用庫に移しました。
　回収は引き続き業者が行いますので、清掃の際は触れないでください。

3月15日（土）の閉院後に、現地で変更点をご説明する時間をいただけますと幸いです。
{SIG_AOKI}""", "青木"))

# 49 hold: unpaid-fee list (attachment) to a law firm
add(mail("hold", "list.customers",
    "本文は回収依頼の送付状だが、添付XLSXに患者の氏名・生年月日・住所・電話・未収金額の一覧が入っている（債務を含む名簿）。",
    MURAKAMI, ["栄中央法律事務所 事務局 <jimukyoku@sakae-chuo-law.example.jp>"],
    "未収金の回収のご依頼（対象一覧の送付）",
    f"""
栄中央法律事務所
弁護士　小田切 先生
事務局ご担当者様

いつもお世話になっております。さくら通り矯正歯科の村上です。
先日ご相談いたしました未収金の件、対象となる方の一覧を添付いたします。

いずれも、郵送と電話で3回以上ご連絡したものの、お支払いいただけていない方です。
まずは内容証明の送付から進めていただければと存じます。
費用の見積りもあわせてご教示いただけますと幸いです。
{SIG_MURAKAMI}""", "村上", "attachment",
    attachments=[att("未収金一覧_2025-02末.xlsx", XLSX, """
[未収金一覧]
No.	患者氏名	生年月日	住所	電話番号	未収額（円）	最終来院日	備考
1	竹内 翔平	1996/05/14	名古屋市千種区今池2-6-11-603	090-2241-8870	352,000	2024/06/18	分割3回目以降未払い
2	大野 里奈	1989/12/02	名古屋市昭和区御器所3-1-29	080-5512-0936	198,000	2024/08/09	転居の可能性あり
3	石川 陸（保護者 石川 和美）	2011/07/25	名古屋市瑞穂区堀田通5-14	090-6630-2471	126,500	2024/09/27	
4	宮本 彩花	1993/03/30	名古屋市中区大須4-2-8-1102	070-4418-5529	88,000	2024/10/05	
""")],
    personal=[("name", "竹内 翔平"), ("birthdate", "1996/05/14"),
              ("address", "名古屋市千種区今池2-6-11-603"), ("phone", "090-2241-8870"),
              ("name", "大野 里奈"), ("name", "宮本 彩花")]))

# 50 pass: electronic chart outage
add(mail("pass", "benign.it_outage",
    "電子カルテの「障害」報告。エラーコードとログのハッシュだけで、患者情報は含まれない。",
    MURAKAMI, ["デンタルクラウド サポートセンター <support@dentalcloud.example.jp>"],
    "【障害】電子カルテの画像ビューア起動エラー（3/1）",
    f"""
株式会社デンタルクラウド
サポートセンター ご担当者様

お世話になっております。さくら通り矯正歯科の村上です（顧客番号 DC-20417）。

3月1日（土）の午前中、電子カルテの画像ビューアが起動しない障害が発生しました。
診療は紙の予約表で対応しましたが、原因と再発防止策をご報告いただけますでしょうか。

　発生時間：2025/03/01 9:20頃～11:05
　端末：受付PC・チェア1～4の端末すべて
　エラー表示：「ViewerService が応答しません（0x80070005）」
　当院での対応：ルーター再起動 → 改善せず、11:05にサーバ再起動で復旧
　ログ：viewer_20250301.zip（SHA-256：e4a17c0b9d3f2856a0c1b7e92d4f6a38c5e0b1d9f7a2c468e3b50d1a9c7f2e60）

ログはサポートポータルにアップロード済みです。
{SIG_MURAKAMI}""", "村上"))

# 51 pass: English to aligner manufacturer, case IDs only
add(mail("pass", "benign.vendor_english",
    "海外のアライナー製造会社への英文の連絡。ケースIDと出荷日程のみで、患者の氏名や病名はない。",
    KIRIYAMA, ["ClearPath Japan Clinical Support <clinical.jp@clearpath-aligners.example.com>"],
    "Case submissions in March – scan format and shipping schedule",
    f"""
Dear Ms. Lindgren,

Thank you for the webinar last week. I have two practical questions before we
submit our March cases.

1. Scan format
   We are moving to the new intraoral scanner (firmware 3.2). Can you confirm that
   PLY files with colour are accepted, or should we keep exporting STL?

2. Shipping schedule
   The following cases are waiting for treatment plan approval:
     CP-JP-55120  (ClinCheck revision 2)
     CP-JP-55187  (new submission, IPR plan to be confirmed)
     CP-JP-55203  (refinement)
   If we approve by 14 March, could the aligners arrive before 4 April?
   Our clinic is closed on Mondays, so please avoid Monday deliveries.

Thank you for your help.
{SIG_KIRIYAMA_EN}""", "桐山"))

# 52 hold: parent's note on the child's ASD/ADHD only in the forwarded part
add(mail("hold", "sensitive.disability",
    "本文は紹介先への転送の挨拶だけだが、転送した保護者のメールに子どもの氏名・年齢と自閉スペクトラム症・ADHDの診断、服薬が書かれている。",
    AOKI, ["みなと小児歯科 受付 <info@minato-kids-dental.example.jp>"],
    "Fw: 初診前のご相談（ご紹介の件）",
    f"""
みなと小児歯科
受付ご担当者様

お世話になっております。さくら通り矯正歯科の青木です。
先日、院長からお電話でご紹介させていただいたお子さんの件です。
保護者様から当院にいただいていた事前のご相談内容を、下記に転送いたします。
初診時のご参考になれば幸いです。

保護者様には、貴院からご予約のお電話が入る旨をお伝えしております。
どうぞよろしくお願いいたします。
{SIG_AOKI}
--- 転送メッセージ ---
From: 山田 千夏 <chinatsu.yamada.home@gmail.com>
Date: 2025年2月26日 21:47
To: さくら通り矯正歯科 <info@sakuradori-ortho.example.jp>
Subject: 初診前の相談です

さくら通り矯正歯科 御中

息子の山田 蒼空（7歳・小学1年生）の歯並びについてご相談です。
息子は自閉スペクトラム症とADHDの診断を受けていて、コンサータを服用しています。
口の中を触られるのがとても苦手（感覚過敏）で、前の歯医者では押さえつけられて泣いてしまい、
それ以来歯医者を怖がっています。
最初は見学だけ、といった形で慣らしていただくことはできますか。
山田
""", "青木", "quoted",
    personal=[("name", "山田 蒼空"), ("diagnosis", "自閉スペクトラム症とADHD"),
              ("email", "chinatsu.yamada.home@gmail.com")]))

# 53 hold: encrypted zip to an external analysis service
add(mail("hold", "attachment.encrypted_zip",
    "セファロ分析の外注データをパスワード付きZIPで送るPPAP。",
    KIRIYAMA, ["セファロ解析センター 受付 <uketsuke@ceph-analysis.example.jp>"],
    "セファロ分析のご依頼（3件）",
    f"""
株式会社セファロ解析センター
ご担当者様

いつもお世話になっております。さくら通り矯正歯科の桐山です。
セファロ分析を3件お願いいたします。
データはパスワード付きZIPで添付しております。パスワードは別便でお送りします。

　依頼番号：SCA-2503-01～03
　分析：Ricketts法・Downs法（いつもの当院フォーマット）
　納期：3月12日（水）まで

どうぞよろしくお願いいたします。
{SIG_KIRIYAMA}""", "桐山", "zip",
    attachments=[enc_zip("ceph_SCA-2503.zip")]))

# 54 pass: aggregate school check-up results
add(mail("pass", "benign.aggregate",
    "学校歯科検診の結果を学年別の人数だけで報告。氏名はなく、個人を特定できない。",
    KIRIYAMA, ["栄南小学校 養護教諭 <hoken@sakaeminami-es.example.jp>"],
    "歯列・咬合の検診結果（集計）のご報告",
    f"""
名古屋市立栄南小学校
養護教諭　平松 先生

いつもお世話になっております。学校歯科医の補助で伺いました、さくら通り矯正歯科の桐山です。
2月の歯列・咬合の検診について、学年別の集計をお送りします。
個別の結果は、例年どおり学校でお渡しいただく用紙にのみ記載しております。

　学年　受診者　所見なし　経過観察　要精検
　1年　　 62　　　41　　　 15　　　　6
　2年　　 58　　　37　　　 14　　　　7
　3年　　 65　　　40　　　 17　　　　8
　4年　　 60　　　36　　　 16　　　　8
　5年　　 63　　　39　　　 14　　　 10
　6年　　 59　　　38　　　 13　　　　8
　計　　　367　　 231　　　 89　　　 47

要精検の割合は12.8%で、昨年（11.9%）とほぼ同じ水準です。
保健だより用のコメントが必要でしたら、3月中にお送りします。
{SIG_KIRIYAMA}""", "桐山"))

# 55 hold: refund to the patient's private bank account, sent to the tax accountant
add(mail("hold", "id.bank_account",
    "治療中止の返金処理の相談で、患者の氏名と個人の銀行口座（支店・口座番号・名義）を外部の税理士事務所に送っている。",
    MURAKAMI, ["丸の内パートナーズ 担当 浅野様 <asano@marunouchi-tax.example.jp>"],
    "矯正治療中止に伴う返金の会計処理について",
    f"""
税理士法人 丸の内パートナーズ
浅野様

いつもお世話になっております。さくら通り矯正歯科の村上です。
矯正治療を途中で中止された患者様への返金について、会計処理をご相談させてください。

　患者：吉川 翼 様（2023年6月 装置料一括受領 770,000円）
　中止日：2025年2月15日（転勤のため）
　返金額：248,000円（当院の返金規定により算定）
　返金先：名古屋中央銀行 今池支店 普通 7702391 ヨシカワ ツバサ
　返金予定日：3月14日

前受金として計上していた残額の取り崩しと、返金分の処理の仕方について、
仕訳例をお示しいただけますと助かります。
{SIG_MURAKAMI}""", "村上", "body",
    personal=[("name", "吉川 翼"),
              ("bank_account", "名古屋中央銀行 今池支店 普通 7702391 ヨシカワ ツバサ")]))

# 56 pass: congratulations on a colleague's new clinic
add(mail("pass", "benign.congratulations",
    "後輩の開業へのお祝い。歯科医師の氏名とクリニック名だけで、個人に関する情報はない。",
    KIRIYAMA, ["藤岡 亮 <r-fujioka@fujioka-ortho.example.jp>"],
    "ご開業おめでとうございます",
    f"""
藤岡 亮 先生

ご開業、誠におめでとうございます。
いつかご自身の医院を、と大学の医局でお話ししていたのが懐かしく思い出されます。

ささやかですが、開院日の4月1日に届くよう、お祝いのお花を手配いたしました。
受付に置いていただければ幸いです。

一宮は小児の患者さんも多い地域と伺っています。
外科症例やリンガルのご相談など、当院でお役に立てることがあれば、
いつでも声をかけてください。

ご盛業を心よりお祈りしております。
{SIG_KIRIYAMA}""", "桐山"))

# 57 pass: successor introduction from the dental supplier (reply)
add(mail("pass", "benign.successor",
    "歯科材料商社の担当交代への返信。前任・後任の担当者名と面談の日程だけ。",
    MURAKAMI, ["菊池 悠斗 <y-kikuchi@dentalsupply-tokai.example.jp>"],
    "Re: 担当者変更のご挨拶",
    f"""
株式会社デンタルサプライ東海
菊池様
（cc：岡村様）

ご丁寧にご挨拶いただき、ありがとうございます。
さくら通り矯正歯科の村上です。

岡村様には5年にわたり大変お世話になりました。
急ぎの注文にも柔軟に対応していただき、スタッフ一同感謝しております。
新しい部署でのご活躍をお祈りしております。

菊池様、これからどうぞよろしくお願いいたします。
ご提案の3月13日（木）13:00に、院長とあわせてお会いできればと存じます。
ブラケットとワイヤーの定期発注の内容は、その際にご説明いたします。
{SIG_MURAKAMI}
> さくら通り矯正歯科
> 村上様
>
> いつも大変お世話になっております。
> 4月1日付で、貴院の担当が岡村から私、菊池に変わることになりました。
> 引継ぎのご挨拶に、岡村と一緒に伺いたく存じます。
> 3月13日（木）または14日（金）の午後でご都合はいかがでしょうか。
>
> 株式会社デンタルサプライ東海 名古屋営業所
> 菊池 悠斗　TEL 052-555-9021
""", "村上",
    cc=["岡村 勇 <i-okamura@dentalsupply-tokai.example.jp>"]))

# 58 hold: referral letter (PDF attachment) with diagnosis to an ENT clinic
add(mail("hold", "sensitive.health",
    "本文は定型の挨拶だけだが、添付の診療情報提供書に子どもの氏名・生年月日・既往歴・診断（アデノイド肥大・睡眠時無呼吸の疑い等）と服薬が入っている。",
    KIRIYAMA, ["栄えきまえ耳鼻咽喉科 <info@sakae-ent.example.jp>"],
    "診療情報提供書の送付について",
    f"""
栄えきまえ耳鼻咽喉科
院長　先生

平素より大変お世話になっております。
さくら通り矯正歯科の桐山でございます。

ご高診をお願いしたい患者さんがおりますので、
診療情報提供書を添付にてお送りいたします。
ご家族には、貴院へ直接ご予約いただくようお伝えしております。

ご多忙のところ恐縮ですが、何卒よろしくお願い申し上げます。
{SIG_KIRIYAMA}""", "桐山", "attachment",
    attachments=[att("診療情報提供書_20250305.pdf", PDF, """
診療情報提供書
令和7年3月5日

栄えきまえ耳鼻咽喉科 院長 先生 御侍史

さくら通り矯正歯科 院長 桐山 直樹

患者氏名：小林 芽衣（こばやし めい）　女　平成27年10月8日生（9歳）
住所：名古屋市中区千代田2-11-4
保護者：小林 由美子（母）　TEL 090-7156-3384

紹介目的：上気道の評価のお願い
症状経過：上顎歯列の狭窄と開咬があり、急速拡大装置による治療を予定しています。
　常時口呼吸で、母親より夜間のいびきと無呼吸様の呼吸停止の指摘があります。
　セファロ上、アデノイド肥大および咽頭気道の狭小を認めます。
既往歴：アレルギー性鼻炎（通年性）、気管支喘息（5歳まで）
現在の処方：モンテルカスト錠5mg、フェキソフェナジン
お願い：睡眠時無呼吸の疑いを含め、上気道の評価とご加療をお願いいたします。
""")],
    personal=[("name", "小林 芽衣"), ("birthdate", "平成27年10月8日生"),
              ("diagnosis", "アデノイド肥大"), ("diagnosis", "アレルギー性鼻炎"),
              ("address", "名古屋市中区千代田2-11-4"), ("phone", "090-7156-3384")]))

# 59 pass: plain zip and tracking numbers to the printer
add(mail("pass", "benign.plain_zip",
    "パンフレットの入稿データ（暗号化なしのZIP）とヤマト運輸の伝票番号。院内の写真以外に個人情報はない。",
    AOKI, ["栄プリント 営業部 水谷様 <mizutani@sakae-print.example.jp>"],
    "院内パンフレット 再版データと見本返送の件",
    f"""
有限会社 栄プリント
水谷様

いつもお世話になっております。さくら通り矯正歯科の青木です。
院内パンフレット（料金表・治療の流れ）の再版データを添付いたします。

変更点は次の2か所です。
　・P.3 料金表：マウスピース矯正の料金を改定後の金額に修正
　・P.6 診療時間：日曜日の受付終了時刻を17:00に変更

前回いただいた色見本は、本日ヤマト運輸でお返ししました。
伝票番号：3702-1148-9263

部数は前回と同じ2,000部でお願いいたします。
{SIG_AOKI}""", "青木",
    attachments=[att("pamphlet_2025_v3.zip", ZIP, """
pamphlet_2025_v3/
  pamphlet_A4_3fold_outer.pdf
  pamphlet_A4_3fold_inner.pdf
  images/clinic_reception.jpg
  images/chair_unit.jpg
  fonts_list.txt
""")]))

# 60 hold: job applicant's résumé forwarded to another clinic without consent
add(mail("hold", "personal.resume",
    "不採用の応募者の履歴書の内容（氏名・生年月日・住所・電話・職歴・退職理由）を、本人の同意を得る前に他院へ送っている。",
    MURAKAMI, ["みずほ台こども歯科 院長 <director@mizuhodai-kodomo.example.jp>"],
    "歯科衛生士の応募者のご紹介",
    f"""
みずほ台こども歯科
坂井 院長先生

いつもお世話になっております。さくら通り矯正歯科の村上です。
先日の勉強会の際に、歯科衛生士を探していらっしゃるとお聞きしましたので、
当院に応募のあった方をご紹介させていただきます。
当院は今回1名の枠がすでに埋まってしまったのですが、とても感じの良い方でした。
ご本人にはまだお話ししていませんので、ご興味があればお知らせください。

　氏名：野口 美穂（のぐち みほ）
　生年月日：1995年1月17日（30歳）
　住所：名古屋市名東区一社3-45-2 サンライズ一社406
　電話：080-6238-1175
　資格：歯科衛生士（2016年取得）
　職歴：2016年4月～2024年12月　ひまわり歯科クリニック（一般歯科・小児のSRP、TBI担当）
　退職理由：前職の院長と診療方針が合わなかったため（面接時の本人談）
　希望：常勤、小児の予防に関わりたい。4月から勤務可能。

履歴書の原本は当院で保管しております。
{SIG_MURAKAMI}""", "村上", "body",
    personal=[("name", "野口 美穂"), ("birthdate", "1995年1月17日"),
              ("address", "名古屋市名東区一社3-45-2 サンライズ一社406"), ("phone", "080-6238-1175")]))
