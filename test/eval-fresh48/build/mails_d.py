# Org D: あおばアレルギー・皮膚科クリニック (19 mails)
from common import *

MAILS = [
M(expect="hold", kind="sensitive.health", where="body",
  why="Referral letter in the body gives a named child's anaphylaxis history and test results to a university hospital.",
  **{"from": D_ISHII}, to=["横浜北部大学病院 小児科 外来 <shoni-gairai@yokohama-hokubu-uh.example.ac.jp>"],
  subject="食物経口負荷試験のご依頼",
  text=f"""横浜北部大学病院 小児科
アレルギー外来 ご担当先生 御侍史

平素より大変お世話になっております。あおばアレルギー・皮膚科クリニックの石井です。
下記の患児につき、食物経口負荷試験をお願いしたくご紹介申し上げます。

　患者：今村 颯太 くん（2019年8月2日生、5歳）
　診断：鶏卵アレルギー、アトピー性皮膚炎
　経過：2歳時、加熱卵摂取後にアナフィラキシー（全身蕁麻疹・喘鳴）で救急搬送歴あり。
　　　　現在エピペン0.15mg処方中。
　検査：卵白特異的IgE 18.4 UA/mL（クラス4）、オボムコイド 6.21 UA/mL（クラス3）

就学前に摂取可能量を確認したいとのご家族の希望です。
紹介状原本と検査結果はご家族にお持ちいただきます。何卒よろしくお願い申し上げます。

{SIG_ISHII}""",
  personal=[{"type":"name","value":"今村 颯太"},{"type":"diagnosis","value":"鶏卵アレルギー"},{"type":"birthdate","value":"2019年8月2日"}]),

M(expect="pass", kind="benign.medical_topic_lecture", where="none",
  why="Announcement of a medical-association lecture on atopic dermatitis treatment; disease words are topics, no patient.",
  **{"from": D_ISHII}, to=["青葉区医師会 事務局 <jimukyoku@aoba-ishikai.example.jp>"],
  subject="学術講演会の演題・抄録（9/12）",
  text=f"""青葉区医師会
事務局 御中

9月12日（金）の学術講演会の演題と抄録をお送りします。

演題：「アトピー性皮膚炎と食物アレルギー ― 経皮感作の予防と最新の全身療法」
抄録：
　乳児期の湿疹は経皮感作を介して食物アレルギーの発症リスクを高める。
　本講演では、早期のプロアクティブ療法、JAK阻害薬・生物学的製剤の使い分け、
　さらに学校・保育園でのアナフィラキシー対応（エピペンの使用手順）について、
　当院の診療経験（延べ約1,200例）を踏まえて概説する。

講演時間は60分、質疑15分を予定しています。

{SIG_ISHII}"""),

M(expect="hold", kind="list.patients", where="attachment",
  why="Attached CSV lists several patients with birth dates and allergen-test results; the body only asks for a reconciliation.",
  **{"from": D_YOSHIDA}, to=["中央臨床ラボ 横浜営業所 <yokohama@chuo-clinlab.example.jp>"],
  subject="5月分 検査依頼の照合について",
  text=f"""中央臨床ラボ
横浜営業所 ご担当者様

いつもお世話になっております。あおばクリニックの吉田です。
5月分の請求明細と当院の依頼記録に差異がありましたので、照合用のファイルを添付いたします。
ご確認のほどよろしくお願いいたします。

{SIG_YOSHIDA}""",
  attachments=[{"filename":"irai_shogo_202505.csv","contentType":"text/csv",
   "text":"""依頼日,患者ID,氏名,生年月日,検査項目,結果
2025/05/07,A-10482,須藤 真央,2014/03/22,View39,スギ クラス5 / ダニ クラス4
2025/05/12,A-11920,河合 誠,1978/11/05,特異的IgE(そば),クラス3
2025/05/16,A-08731,野村 ひかり,2020/06/30,特異的IgE(卵白),クラス2
2025/05/21,A-12008,片山 俊之,1965/01/17,TARC,1,240 pg/mL"""}],
  personal=[{"type":"name","value":"須藤 真央"},{"type":"birthdate","value":"2014/03/22"},{"type":"name","value":"河合 誠"},{"type":"name","value":"野村 ひかり"}]),

M(expect="pass", kind="benign.product_order", where="none",
  why="Order to a pharmaceutical distributor with product names, JAN codes and lot numbers.",
  **{"from": D_YOSHIDA}, to=["メディカルサプライ湘南 受注センター <juchu@medsupply-shonan.example.jp>"],
  subject="発注（注文番号 AOB-2506-031）",
  text=f"""メディカルサプライ湘南
受注センター 御中

下記のとおり発注いたします。

| 品名 | 規格 | JAN | 数量 |
|---|---|---|---|
| ミルカ 保湿ローション | 100g | 4987123450012 | 60 |
| セラミド クリーム「ユキ」 | 50g | 4987123450234 | 40 |
| 白色ワセリン | 500g | 4987123458895 | 6 |
| パッチテスト用絆創膏 | 10枚入 | 4987123467712 | 10 |

前回納品分のロット（LOT 24K118）は使用期限が近いため、新しいロットでの納品をお願いします。
納品希望日：6月20日（金）午前

{SIG_YOSHIDA}"""),

M(expect="hold", kind="sensitive.health", where="quoted",
  why="A patient's complaint with her alopecia diagnosis and contact sits only in the part forwarded to the clinic's lawyer.",
  **{"from": D_YOSHIDA}, to=["桜木法律事務所 弁護士 三上 様 <mikami@sakuragi-law.example.jp>"],
  subject="Fw: 診療内容についての苦情（ご相談）",
  text=f"""三上先生

いつもお世話になっております。あおばクリニック事務長の吉田です。
下記のメールにつき、返信の方針をご相談させてください。院長も同席で、来週お電話できれば幸いです。

吉田

----- 転送メッセージ -----
送信者: 樋口 由紀子 <yukiko.higuchi55@gmail.com>
送信日時: 2025年6月2日 23:10
件名: 診療内容について

あおばクリニック御中

3か月前から円形脱毛症で通院している樋口です（診察券番号 A-09377）。
ステロイドの局所注射を続けていますが、副作用の説明がなく、脱毛範囲も広がっています。
治療費の返還を求めます。返答がない場合は保健所と消費生活センターに相談します。
連絡先：045-972-6614

{SIG_YOSHIDA}""",
  personal=[{"type":"name","value":"樋口 由紀子"},{"type":"diagnosis","value":"円形脱毛症"},{"type":"phone","value":"045-972-6614"}]),

M(expect="pass", kind="benign.own_data_to_subject", where="none",
  why="A patient receives her own allergy test results at her own address, as she requested.",
  **{"from": D_HARADA}, to=["kanako.shiina@gmail.com"],
  subject="検査結果のご送付（ご本人様宛）",
  text=f"""椎名 加奈子 様

先日はご来院ありがとうございました。あおばクリニック看護師の原田です。
ご希望により、血液検査の結果をご本人様のアドレスにお送りいたします。

　スギ：クラス3
　ヒノキ：クラス2
　ヤケヒョウヒダニ：クラス0
　総IgE：286 IU/mL

院長より、来シーズン前の舌下免疫療法の開始について次回ご相談しましょう、とのことです。
ご不明な点はお電話でお問い合わせください。

{SIG_HARADA}"""),

M(expect="hold", kind="attachment.encrypted_zip", where="zip",
  why="Password-protected zip of images sent to a university hospital (PPAP).",
  **{"from": D_ISHII}, to=["横浜北部大学病院 皮膚科 医局 <hifuka-ikyoku@yokohama-hokubu-uh.example.ac.jp>"],
  subject="ご相談症例の臨床写真",
  text=f"""横浜北部大学病院 皮膚科
医局長 先生

先日お電話でご相談した症例の臨床写真をお送りします。
ファイルにパスワードを設定しておりますので、別途お知らせいたします。

{SIG_ISHII}""",
  attachments=[{"filename":"photos_case0611.zip","contentType":"application/zip","encrypted":True}]),

M(expect="pass", kind="benign.vaccination_schedule", where="none",
  why="Flu-vaccination schedule and reservation counts for a partner pharmacy; no named patient.",
  **{"from": D_YOSHIDA}, to=["青葉台みどり薬局 管理薬剤師 <kanri@midori-ph.example.jp>"],
  subject="インフルエンザ予防接種の実施予定（今季）",
  text=f"""青葉台みどり薬局
管理薬剤師様

今季のインフルエンザ予防接種の予定をお知らせします。

・接種期間：10月15日〜12月27日
・小児（13歳未満、2回接種）：火・土の午後
・成人：月〜土の診療時間内
・現時点の予約数：小児 142件、成人 96件
・卵アレルギーのある方は、事前に院長の診察を受けていただきます

ワクチンの納入予定（計 420本）について、卸から連絡があり次第共有します。

{SIG_YOSHIDA}"""),

M(expect="hold", kind="sensitive.health", where="subject",
  why="The subject names a five-year-old and her egg anaphylaxis; the body is only a thank-you to the nursery.",
  **{"from": D_ISHII}, to=["ひよこ保育園 園長 <encho@hiyoko-hoikuen.example.jp>"],
  subject="Re: 佐々木 陽菜ちゃん（5歳）卵アナフィラキシーの園での対応",
  text=f"""ひよこ保育園
園長先生

お電話ありがとうございました。石井です。
ご質問の件、生活管理指導表はご家族経由でお渡しいたします。
園内研修の日程が決まりましたらお知らせください。

{SIG_ISHII}""",
  personal=[{"type":"name","value":"佐々木 陽菜"},{"type":"diagnosis","value":"卵アナフィラキシー"}]),

M(expect="pass", kind="benign.it_malware", where="none",
  why="'隔離' and '感染' refer to a malware-infected reception PC reported to the EHR vendor.",
  **{"from": D_YOSHIDA}, to=["メディカルネクスト サポート <support@medinext-ehr.example.jp>"],
  subject="受付PCのマルウェア検知について（問い合わせ番号 MN-77310）",
  text=f"""メディカルネクスト株式会社
サポートセンター ご担当者様

本日9:20頃、受付PC（資産番号 AOB-PC-03）でウイルス対策ソフトが不審なファイルを検知しました。
ソフトの表示では「Trojan.Agent 感染の可能性」とのことで、現在このPCはLANから外して隔離しています。

・検知ファイルのSHA-256：3b1f0e9a7c2d...（ログを添付）
・電子カルテサーバーへのアクセスログに異常は見当たりません
・他の端末（診察室2台、会計1台）のスキャンは問題なし

リモートでの調査と再セットアップの手順についてご指示ください。

{SIG_YOSHIDA}""",
  attachments=[{"filename":"av_detect_log.txt","contentType":"text/plain",
   "text":"2025-06-18 09:21:44 DETECT Trojan.Agent.EKQ C:\\Users\\reception\\Downloads\\invoice_0618.pdf.exe action=quarantine\nsha256=3b1f0e9a7c2d44e18f06b2a9d35c7e10f4a8b6d2c9e3f7a1b5d0c8e6f2a4b7d9"}]),

M(expect="hold", kind="id.health_insurance", where="body",
  why="Patients' health-insurance numbers are listed in the body for a claims-outsourcing company.",
  **{"from": D_YOSHIDA}, to=["レセプト代行 ハーモニー 担当 田島様 <tajima@harmony-rece.example.jp>"],
  subject="返戻レセプト再請求の件（4月診療分）",
  text=f"""ハーモニー
田島様

お世話になっております。吉田です。
4月診療分で返戻となった2件について、保険証情報を確認しましたのでお知らせします。

1) 患者：大川 蓮（2016/09/14生）
　 保険者番号 06130012　記号 2207　番号 15　枝番 03
　 → 資格喪失ではなく、記号の転記ミスでした
2) 患者：斉藤 正子（1952/04/01生）
　 後期高齢者 保険者番号 39142018　被保険者番号 01772694

再請求の手続きをお願いいたします。

{SIG_YOSHIDA}""",
  personal=[{"type":"health_insurance","value":"記号 2207　番号 15"},{"type":"health_insurance","value":"01772694"},{"type":"name","value":"大川 蓮"},{"type":"name","value":"斉藤 正子"}]),

M(expect="pass", kind="benign.congratulations", where="none",
  why="Congratulations to a former colleague on becoming professor; names and career only.",
  **{"from": D_ISHII}, to=["山内 恭平 先生 <k.yamauchi@tohto-med.example.ac.jp>"],
  subject="教授ご就任おめでとうございます",
  text=f"""山内先生

このたびは東都医科大学皮膚科学講座の教授にご就任とのこと、心よりお祝い申し上げます。
大学病院で一緒に乾癬外来を立ち上げた頃を懐かしく思い出しております。
先生のますますのご活躍を祈念いたしますとともに、今後とも地域の開業医にご指導を賜れれば幸いです。

秋の皮膚科学会の折に、ささやかながらお祝いの席を設けさせてください。

石井 直樹

{SIG_ISHII}"""),

M(expect="hold", kind="sensitive.health", where="body",
  why="Doctor's statement details a named patient's psoriasis and biologic treatment for a life-insurance claim.",
  **{"from": D_ISHII}, to=["あさひ生命 保険金部 医務照会係 <imu-shokai@asahi-seimei.example.jp>"],
  subject="医療照会へのご回答（照会番号 AS-MQ-2506-1184）",
  text=f"""あさひ生命保険株式会社
保険金部 医務照会係 御中

ご照会の件につき、ご本人の同意書を確認のうえ、下記のとおり回答いたします。

　被保険者：遠藤 隆 様（1970年12月3日生）
　傷病名：尋常性乾癬（体表面積 約25%）、乾癬性関節炎
　初診日：2022年5月10日
　治療：2024年1月よりIL-17阻害薬（生物学的製剤）を4週ごとに皮下注射
　入院歴：なし

詳細な診断書が必要な場合は、所定の用紙をお送りください。

{SIG_ISHII}""",
  personal=[{"type":"name","value":"遠藤 隆"},{"type":"diagnosis","value":"尋常性乾癬"},{"type":"diagnosis","value":"乾癬性関節炎"}]),

M(expect="pass", kind="benign.corporate_bank_houjin", where="none",
  why="Tax-accountant mail with the clinic corporation's own bank accounts and corporate number.",
  **{"from": D_YOSHIDA}, to=["中里税理士事務所 中里様 <nakazato@nakazato-tax.example.jp>"],
  subject="決算資料の送付（医療法人社団あおば会 第12期）",
  text=f"""中里先生

お世話になっております。あおば会の吉田です。
第12期決算の資料につき、追加でご依頼いただいた情報をお送りします。

・法人番号：6020005014823
・決算日残高
　横浜銀行 青葉台支店 普通 6120487　医療法人社団あおば会　18,442,130円
　ゆうちょ銀行（法人）記号 10200 番号 38571940　　　　　　　2,006,511円
・リース契約一覧（レーザー機器、電子カルテ）は共有フォルダに格納済み

役員報酬の改定案は、院長と相談のうえ来週お送りします。

{SIG_YOSHIDA}"""),

M(expect="hold", kind="sensitive.third_party_infection", where="body",
  why="A reply to a parent names another child diagnosed with measles who was in the waiting room.",
  **{"from": D_HARADA}, to=["nozomi.kudo@icloud.com"],
  subject="Re: 待合室での感染について",
  text=f"""工藤 希 様

お問い合わせありがとうございます。看護師長の原田です。
ご心配をおかけして申し訳ございません。

6月9日（月）の午前、同じ時間帯に待合室にいらした 森下 結衣 ちゃん が、
翌日に麻疹と診断されたと保健所から連絡がありました。
お子様は1歳時にMRワクチンを接種済みとのことですので、発症の可能性は低いと考えられますが、
6月30日頃までは発熱・発疹に注意し、症状が出た場合は受診前に必ずお電話ください。

> 工藤 希 wrote:
> 保育園で、クリニックで麻疹の子と一緒だったと聞きました。うちの子は大丈夫でしょうか。

{SIG_HARADA}""",
  personal=[{"type":"name","value":"森下 結衣"},{"type":"infection","value":"麻疹と診断"}]),

M(expect="pass", kind="benign.genome_policy", where="none",
  why="The clinic's general policy on consumer genetic tests, in reply to a company; no individual result.",
  **{"from": D_ISHII}, to=["ジーンライフ株式会社 提携担当 <partner@genelife.example.jp>"],
  subject="Re: 遺伝子検査キットの提携のご提案について",
  text=f"""ジーンライフ株式会社
提携ご担当者様

ご提案ありがとうございました。院内で検討した結果、今回は見送らせていただきます。

当院の方針として、
・アレルギー体質や肌質を判定するとうたう一般消費者向け遺伝子検査は、診療の根拠としない
・遺伝性皮膚疾患の遺伝学的検査が必要な場合は、大学病院の遺伝カウンセリング外来へ紹介する
・院内で遺伝子検査の結果を保管・解析することはしない
こととしております。

またの機会がございましたら、よろしくお願いいたします。

{SIG_ISHII}"""),

M(expect="pass", kind="benign.lecturer_own_fee", where="none",
  why="An external lecturer is told of his own fee with his account masked.",
  **{"from": D_YOSHIDA}, to=["笠原 亮 先生 <ryo.kasahara@minato-derm.example.jp>"],
  subject="講演謝金のお振込みについて",
  text=f"""笠原先生

先日は院内勉強会でご講演いただき、誠にありがとうございました。
謝金のお振込みについてご連絡いたします。

　金額：50,000円（源泉徴収 5,105円控除後 44,895円）
　振込予定日：6月30日
　振込先：ご登録の口座（○○銀行 ****支店 普通 ****567）

支払調書は来年1月にお送りいたします。今後ともよろしくお願い申し上げます。

{SIG_YOSHIDA}"""),

M(expect="hold", kind="list.patients", where="attachment",
  why="Attached sheet lists named patients on sublingual immunotherapy with ages and start dates for a drug company rep.",
  **{"from": D_YOSHIDA}, to=["鳥居ファーマ MR 坂口様 <sakaguchi@torii-pharma.example.co.jp>"],
  subject="ご依頼の件（資料）",
  text=f"""鳥居ファーマ
坂口様

お世話になっております。吉田です。
先日ご依頼いただいた資料を添付いたします。
院長の確認は取れておりますので、よろしくお願いいたします。

{SIG_YOSHIDA}""",
  attachments=[{"filename":"slit_patients.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
   "text":"""[SLIT継続]
患者ID	氏名	年齢	製剤	開始日	継続状況
A-07112	木村 陸斗	11	スギ舌下錠	2023/06/14	継続
A-08840	小西 茜	34	ダニ舌下錠	2024/01/22	継続
A-09215	竹内 悠	8	スギ舌下錠	2024/06/03	中断(口腔内腫脹)
A-10077	服部 千尋	45	ダニ舌下錠	2025/02/10	継続"""}],
  personal=[{"type":"name","value":"木村 陸斗"},{"type":"name","value":"小西 茜"},{"type":"name","value":"竹内 悠"}]),

M(expect="pass", kind="benign.school_training", where="none",
  why="Epinephrine training for school staff described in general terms; no pupil is named.",
  **{"from": D_ISHII}, to=["青葉台小学校 養護教諭 <yogo@aobadai-es.example.ed.jp>"],
  subject="教職員向けエピペン研修の日程",
  text=f"""青葉台小学校
養護教諭 先生

ご依頼の教職員向けアレルギー研修について、日程のご提案です。

・候補日：8月26日（火）または 8月28日（木）14:00〜15:30
・内容：食物アレルギーの基礎、アナフィラキシーの見分け方、エピペン練習用トレーナーでの実技
・持参物：練習用トレーナー 10本（当院で用意）

個々の児童の対応は、保護者から提出される生活管理指導表に基づき学校でご判断ください。
研修では個別の事例は扱いません。

{SIG_ISHII}"""),
]
