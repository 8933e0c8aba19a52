from common import *

SAKUMA = "佐久間 由香 <y-sakuma@medstaff-tokyo.co.jp>"
HORI = "堀 雅彦 <hori@hakusan-roumu.jp>"
MARSH = "Dr. Helen Marsh <h.marsh@northbridge.edu.au>"

MAILS = []

# ---------------------------------------------------------------- NH1
MAILS.append(dict(
    key="NH1", expect="hold", kind="sensitive.medical",
    why="派遣看護師個人の「適応障害」の診断と休養期間を、外部の派遣会社へ伝えている。",
    **{"from": TAKAHARA}, to=[SAKUMA],
    subject="派遣看護師 青木さんの勤務について（ご相談）",
    text="""株式会社メディカルスタッフ東京
佐久間様

いつもお世話になっております。東都医科大学附属病院 看護部の高原です。
御社からご派遣いただいている青木 里奈さん（5西病棟）の件でご相談です。

青木さんより9月1日付で、心療内科の診断書（適応障害、1か月間の休養を要する）が
病棟師長あてに提出されました。ご本人からは、夜勤の続いた7月頃から不眠が続いていたと聞いています。
ご本人の了解を得て、御社にもお伝えしております。

つきましては、
1. 9月分の勤務について、休養期間中の契約上の扱い
2. 10月以降も同病棟での勤務継続が難しい場合の代替要員のご紹介
についてご相談させてください。

病棟としては青木さんの回復を第一に考えております。
ご都合のよい日時をお知らせいただけますでしょうか。
""" + SIG_TAKAHARA,
    personal=P(("name", "青木 里奈"), ("health", "適応障害、1か月間の休養を要する"), ("health", "不眠が続いていた")),
))

# ---------------------------------------------------------------- NH2
MAILS.append(dict(
    key="NH2", expect="hold", kind="roster.staff",
    why="新規採用者6名の氏名・生年月日・携帯番号の一覧を外部の健診機関へ送っており、名簿の外部提供にあたる。",
    **{"from": NAKANISHI}, to=["文京健診センター 企業健診受付 <kigyo@bunkyo-kenshin.or.jp>"],
    subject="10月入職者 雇入時健康診断の予約依頼",
    text="""文京健診センター
企業健診受付 ご担当者様

いつもお世話になっております。東都医科大学附属病院 看護部事務室の中西です。
10月1日付入職予定者の雇入時健康診断について、予約をお願いいたします。

No.	氏名	性別	生年月日	職種	配属予定	携帯電話
1	安西 美月	女	2002/04/28	看護師	6東病棟	090-2815-6643
2	井上 大和	男	2001/11/13	看護師	救命救急センター	080-7712-0396
3	大塚 ひより	女	2003/01/07	看護師	4西病棟	070-3349-2278
4	菊池 彩乃	女	1996/08/21	看護師	手術部	090-6604-1185
5	栗田 萌	女	2002/09/30	看護師	NICU	080-1137-5520
6	チャン・ミン・トゥ	女	1994/03/16	看護補助者	5東病棟	070-8826-4317

受診希望日は9月24日（水）〜26日（金）の午前です。
予約日時が決まりましたら、ご本人にはこちらから連絡いたします。
""" + SIG_NAKANISHI,
    personal=P(("name", "安西 美月"), ("birthdate", "2002/04/28"), ("phone", "090-2815-6643"),
               ("name", "井上 大和"), ("phone", "080-7712-0396"), ("name", "菊池 彩乃"),
               ("name", "チャン・ミン・トゥ"), ("phone", "070-8826-4317")),
))

# ---------------------------------------------------------------- NH3
MAILS.append(dict(
    key="NH3", expect="hold", kind="sensitive.medical",
    why="A named exchange student's needlestick injury, source-patient infection status and her own lab results are sent to an overseas university.",
    **{"from": NOGUCHI}, to=[MARSH], cc=["Clinical Placement Office <placements@northbridge.edu.au>"],
    subject="Incident report – needlestick injury involving your student (Ms. Chloe Bennett)",
    text="""Dear Dr. Marsh,

I am writing to inform you of an incident involving one of your exchange students.

Student     : Ms. Chloe Bennett (DOB 2003-02-11), Year 3 BN, clinical placement on Ward 7W
Date/time   : September 9, 2025, around 14:20
What happened: While disposing of an insulin pen needle after a supervised injection, she sustained
               a needlestick injury to her left index finger. She reported it immediately.
Source patient: tested positive for hepatitis C antibody; HBsAg and HIV negative.
Actions taken:
 - Wound washed; seen by our Infection Control physician within one hour
 - Baseline bloods taken from Ms. Bennett: HCV antibody negative, HIV negative,
   HBs antibody 8 mIU/mL (below protective level despite vaccination record)
 - HBIG was not required given the source patient's HBsAg status
 - Follow-up HCV RNA tests planned at 4 weeks, 12 weeks and 24 weeks

Ms. Bennett is well and wishes to continue her placement. We have offered counselling.
She has agreed that we share this information with you and your placement office.
Our incident report form is attached (hospital internal reference IR-2025-0917).

Kind regards,
Mari Noguchi
""" + SIG_NOGUCHI,
    attachments=[att("IR-2025-0917_incident_report.pdf", PDF,
"""INCIDENT REPORT (Staff/Student Exposure)  Ref. IR-2025-0917
Name of exposed person: Chloe Bennett (exchange student, Northbridge University)
Date of birth: 2003-02-11
Date/time: 2025-09-09 14:20   Location: Ward 7W, Room 712
Type of exposure: percutaneous (insulin pen needle, used)
Source patient: HCV Ab positive / HBsAg negative / HIV Ab negative
Baseline tests (exposed person): HCV Ab negative, HIV Ab negative, HBs Ab 8 mIU/mL
Follow-up: HCV RNA at 4, 12, 24 weeks; HBV booster vaccination offered
Reported to: Infection Control Team, Director of Nursing
""")],
    personal=P(("name", "Chloe Bennett"), ("birthdate", "2003-02-11"), ("health", "needlestick injury"),
               ("health", "HBs antibody 8 mIU/mL")),
))

# ---------------------------------------------------------------- NH4
MAILS.append(dict(
    key="NH4", expect="hold", kind="id.my_number",
    why="本文は事務的だが、添付Excelに新規採用者3名の個人番号・基礎年金番号・雇用保険被保険者番号が入っており、外部の社労士事務所へ送られる。",
    **{"from": NAKANISHI}, to=[HORI],
    subject="10月1日付 採用者 資格取得届の資料",
    text="""社会保険労務士法人 白山労務オフィス
堀様

いつもお世話になっております。東都医大病院 看護部事務室の中西です。
10月1日付採用者（中途採用3名）の社会保険・雇用保険の資格取得届用の資料をお送りします。

新卒採用者6名分は、人事課から別途お送りすると聞いています。
不足の情報があればご連絡ください。
""" + SIG_NAKANISHI,
    attachments=[att("資格取得届用_20251001_中途.xlsx", XLSX,
"""資格取得届 作成用データ（看護部 中途採用）
氏名	フリガナ	生年月日	住所	個人番号	基礎年金番号	雇用保険被保険者番号	報酬月額
菊池 彩乃	キクチ アヤノ	1996/08/21	東京都文京区千石2-13-5-204	847192306461	2301-548716	5012-338147-2	342,000
水野 加奈子	ミズノ カナコ	1989/12/02	東京都豊島区巣鴨4-28-9	560318472926	4512-083927	5103-472816-3	398,000
ロペス・マリア	ロペス マリア	1991/05/25	東京都北区田端6-3-17-501	271509483632	6620-117354	5208-905562-1	315,000
""")],
    personal=P(("name", "菊池 彩乃"), ("mynumber", "847192306461"), ("name", "水野 加奈子"), ("mynumber", "560318472926"),
               ("name", "ロペス・マリア"), ("mynumber", "271509483632"), ("pension", "4512-083927"),
               ("address", "東京都文京区千石2-13-5-204")),
))

# ---------------------------------------------------------------- NH5
MAILS.append(dict(
    key="NH5", expect="hold", kind="id.pension",
    why="短い返信だが、職員個人の基礎年金番号と雇用保険被保険者番号を外部の社労士事務所へ送っている。",
    **{"from": NAKANISHI}, to=[HORI],
    subject="Re: 水野さんの基礎年金番号について",
    text="""堀様

お世話になっております。中西です。
ご指摘の件、水野さんご本人に確認しました。

基礎年金番号は 4512-083927 が正しいそうです（前職の年金手帳の番号）。
先日お送りしたExcelのとおりで誤りはありませんでした。
雇用保険被保険者番号（5103-472816-3）も、前職の離職票で確認済みです。

お手数をおかけしますが、このまま手続きを進めていただけますでしょうか。
""" + SIG_NAKANISHI + """

> 中西様
> 水野 加奈子さんの基礎年金番号ですが、年金機構の照会で氏名が一致しませんでした。
> 旧姓で登録されている可能性がありますので、ご本人にご確認いただけますか。
> 白山労務オフィス 堀
""",
    personal=P(("name", "水野 加奈子"), ("pension", "4512-083927"), ("idnumber", "5103-472816-3")),
))

# ---------------------------------------------------------------- NH6
MAILS.append(dict(
    key="NH6", expect="hold", kind="sensitive.medical",
    why="本文は演題提出の連絡だが、添付の原稿に患者の実名・年齢・病名・患者IDが誤って残ったまま学会事務局へ送られる。",
    **{"from": TAKAHARA}, to=["関東看護実践学会 学術集会事務局 <office@kanto-kango-gakkai.jp>"],
    subject="第14回学術集会 演題抄録・本文の提出（東都医科大学附属病院）",
    text="""関東看護実践学会 第14回学術集会 事務局 御中

お世話になっております。東都医科大学附属病院 看護部長の高原でございます。
当院5東病棟 主任看護師 宮原 千夏の演題について、抄録および本文を提出いたします。

演題名：「高齢心不全患者の退院支援における多職種カンファレンスの効果」
発表者：宮原 千夏（5東病棟 主任看護師）
共同研究者：高原 恵子（看護部長）

倫理審査は当院看護研究倫理委員会にて承認済み（承認番号 NR-2025-012）です。
ご査読のほど、よろしくお願い申し上げます。
""" + SIG_TAKAHARA,
    attachments=[att("演題本文_宮原_第14回学術集会.docx", DOCX,
"""高齢心不全患者の退院支援における多職種カンファレンスの効果
東都医科大学附属病院 5東病棟　宮原 千夏、高原 恵子

Ⅰ．はじめに
心不全患者は再入院率が高く、退院後の生活調整が重要である。…

Ⅱ．事例紹介
患者A氏（山内 敏子 様、78歳女性、患者ID 0047-3318）。慢性心不全（NYHA Ⅲ度）、2型糖尿病。
夫（82歳）と二人暮らし。2025年3月に心不全増悪で3回目の入院。
入院時、塩分制限と内服の自己管理ができていないことが再入院の要因と考えられた。

Ⅲ．方法
入院3日目から週1回、医師・薬剤師・管理栄養士・MSW・訪問看護師を交えたカンファレンスを実施した。…

Ⅳ．結果
退院後90日間、再入院はなかった。体重記録の継続率は…
""")],
    personal=P(("name", "山内 敏子"), ("health", "慢性心不全（NYHA Ⅲ度）、2型糖尿病"), ("idnumber", "0047-3318")),
))

# ---------------------------------------------------------------- NH7
MAILS.append(dict(
    key="NH7", expect="hold", kind="attachment.encrypted_zip",
    why="勤務実績表をパスワード付きZIP（PPAP）で外部の派遣会社へ送っており、中身を検査できない。",
    **{"from": NAKANISHI}, to=[SAKUMA],
    subject="9月分 派遣看護師 勤務実績表の送付",
    text="""メディカルスタッフ東京
佐久間様

お世話になっております。東都医大病院 看護部事務室の中西です。
9月分の派遣看護師 勤務実績表（4病棟・計11名分）を送付いたします。
院内規程により、ファイルはパスワード付きZIPにしております。
パスワードは別途お送りいたします。

夜勤回数・時間外の集計に相違がありましたら、10月7日までにご連絡ください。
""" + SIG_NAKANISHI,
    attachments=[att("勤務実績表_202509.zip", ZIP, encrypted=True)],
))

# ---------------------------------------------------------------- NH8
MAILS.append(dict(
    key="NH8", expect="hold", kind="id.passport",
    why="A foreign nurse candidate's passport number, date of birth, home address and professional licence number are sent to an outside recruitment agency.",
    **{"from": NOGUCHI}, to=["Joy Villanueva <joy.villanueva@asiacare-link.ph>"],
    subject="Re: Candidate documents – Ms. Maria Clarissa Santos",
    text="""Dear Ms. Villanueva,

Thank you for the documents. Before we submit the application for the Certificate of Eligibility,
could you please confirm that the following details are correct? There seems to be a difference
between the CV and the passport copy regarding her middle name.

  Full name         : SANTOS, Maria Clarissa Dela Cruz
  Date of birth     : 1995-07-19
  Passport No.      : P4827391B (expires 2031-02-03)
  Home address      : 27 Mabini St., Brgy. San Roque, Quezon City
  PRC licence No.   : 0874215
  Mobile            : +63 917 552 8803

Also, her JLPT N3 certificate copy was not included. If she has passed N2 in July, please send that instead.

Best regards,
Mari Noguchi
""" + SIG_NOGUCHI,
    personal=P(("name", "SANTOS, Maria Clarissa Dela Cruz"), ("birthdate", "1995-07-19"), ("passport", "P4827391B"),
               ("address", "27 Mabini St., Brgy. San Roque, Quezon City"), ("license", "0874215"), ("phone", "+63 917 552 8803")),
))

# ---------------------------------------------------------------- NH9
schools = [
    "文京看護専門学校 教務課 <kyomu@bunkyo-kango.ac.jp>",
    "城北医療福祉大学 看護学部 就職担当 <career@johoku-iryo.ac.jp>",
    "東京中央看護専門学校 就職支援室 <shushoku@tokyo-chuo-ns.ac.jp>",
    "埼京保健医療大学 キャリアセンター <career@saikyo-hoken.ac.jp>",
    "多摩看護学院 <info@tama-kango.ac.jp>",
    "千葉湾岸看護大学 学生課 <gakusei@chiba-wangan.ac.jp>",
    "横浜みなと看護専門学校 <office@yokohama-minato-ns.jp>",
    "北関東看護専門学校 三好先生 <miyoshi@kitakanto-ns.ac.jp>",
    "城西保健大学 看護学科 <nursing@josai-hoken.ac.jp>",
    "上野医療専門学校 看護学科 <kango@ueno-iryo.ac.jp>",
    "荒川看護専門学校 <arakawa.ns.office@gmail.com>",
    "武蔵野台看護大学 就職課 <shushoku@musashinodai-ns.ac.jp>",
    "湘南看護専門学校 教務 <kyomu@shonan-ns.ac.jp>",
]
MAILS.append(dict(
    key="NH9", expect="hold", kind="recipients.many",
    why="13の別々の学校（うち1件はフリーメール）がTo欄で互いに見える形の一斉送信で、Bccにすべきもの。",
    **{"from": TAKAHARA}, to=schools,
    subject="【ご案内】令和8年度 看護職員採用 病院説明会・インターンシップについて",
    text="""看護師養成校 就職ご担当の先生方

平素より大変お世話になっております。
東都医科大学附属病院 看護部長の高原でございます。

令和8年度看護職員採用に向けた病院説明会およびインターンシップを、下記のとおり開催いたします。
学生の皆さまへのご周知をお願い申し上げます。

■病院説明会（対面・オンライン併用）
　12月13日（土）、1月17日（土）　各回 13:30〜16:00
■インターンシップ（1日病棟体験）
　2月〜3月の平日　各日定員10名
■お申込み
　当院看護部採用サイトより、学生ご本人にお申込みいただけます。

パンフレットを必要部数お送りいたしますので、部数をご返信いただけますと幸いです。
今後ともどうぞよろしくお願い申し上げます。
""" + SIG_TAKAHARA,
))

# ---------------------------------------------------------------- NH10
MAILS.append(dict(
    key="NH10", expect="hold", kind="sensitive.crime",
    why="暴行被害を受けた看護師（犯罪被害者）の氏名・負傷内容・被害届の状況を外部の法律事務所へ伝えている。",
    **{"from": TAKAHARA}, to=["今村 英樹 先生 <imamura@koishikawa-law.jp>"], cc=["病院総務課 法務担当 <houmu@toto-med.ac.jp>"],
    subject="院内暴力事案（9月12日 救急外来）のご相談",
    text="""小石川法律事務所
今村 英樹 先生

いつもお世話になっております。東都医科大学附属病院 看護部長の高原です。
総務課法務担当とも相談のうえ、先生にご相談させていただきたくご連絡いたしました。

9月12日（金）22時頃、救急外来で、受診患者のご家族（40代男性）が
待ち時間に激高し、当院看護師の坂井 美咲（27歳）の胸ぐらをつかんで壁に押し付け、
顔面を殴打する事案が発生しました。
坂井は頬部打撲・頸部捻挫で全治2週間の診断を受け、現在休業しております。

加害者はその場で駆け付けた警察官に現行犯逮捕され、
坂井本人は翌日、富坂警察署に被害届を提出しています。

ご相談したいのは、
1. 病院として刑事告訴・民事請求に関与すべきか、どのように本人を支援するか
2. 加害者側から示談の申し入れがあった場合の対応
3. 労災申請との関係
の3点です。本人は「大ごとにしたくない」気持ちと怒りの間で揺れているようです。
""" + SIG_TAKAHARA,
    personal=P(("name", "坂井 美咲"), ("crime", "被害届を提出"), ("health", "頬部打撲・頸部捻挫で全治2週間")),
))

# ================================================================ passes
# ---------------------------------------------------------------- NP1
MAILS.append(dict(
    key="NP1", expect="pass", kind="benign.it_incident",
    why="「感染」「隔離」はマルウェアに感染した端末のネットワーク隔離の話で、患者や職員の健康情報ではない。",
    **{"from": NAKANISHI}, to=["メディシステム株式会社 サポートセンター <support@medisystem.co.jp>"], cc=["病院情報システム部 <his-admin@toto-med.ac.jp>"],
    subject="看護支援端末のウイルス感染疑いと隔離対応について",
    text="""メディシステム株式会社
サポートセンター ご担当者様

お世話になっております。東都医科大学附属病院 看護部事務室の中西です。
本日10:15頃、6西病棟のナースステーションにある看護支援端末（資産番号 NS-6W-03）で、
ウイルス対策ソフトが不審なファイルを検知しました。

情報システム部の指示により、当該端末はLANケーブルを抜いてネットワークから隔離済みです。
現時点で他の端末への感染拡大は確認されていません。

つきましては、
・看護支援システムのクライアントを再インストールする際の手順
・端末の代替機（同型）の手配が可能か
をご教示いただけますでしょうか。病棟は現在、隣の端末2台で運用しています。

端末の型番：MS-NT550（シリアル 7K4Q-2209-8831）
""" + SIG_NAKANISHI,
))

# ---------------------------------------------------------------- NP2
MAILS.append(dict(
    key="NP2", expect="pass", kind="benign.aggregate_health",
    why="職員健診の受診率、高ストレス者の割合、障害者雇用数などはすべて集計値で、個人は特定できない。",
    **{"from": TAKAHARA}, to=["東京都看護職員協議会 調査担当 <chosa@tokyo-kango-kyogikai.or.jp>"],
    subject="看護職員の健康管理に関する実態調査 回答",
    text="""東京都看護職員協議会 調査担当 御中

お世話になっております。東都医科大学附属病院 看護部長の高原でございます。
標記調査について、当院看護部の回答をお送りいたします。

問1 看護職員数（2025年4月1日現在）：1,012名（うち常勤 948名）
問2 定期健康診断 受診率：98.7%（前年度 97.9%）
問3 ストレスチェック 受検率：91.2%、高ストレス者の割合：12.4%
　　うち医師面接指導の実施：18名
問4 夜勤従事者の月平均夜勤回数：8.1回（三交代換算）
問5 育児休業取得者：男性 6名、女性 71名
問6 看護部における障害者雇用：看護補助者・事務補助として 5名
問7 メンタルヘルス不調による休職者：年度内延べ 14名

自由記述欄は、特に記載事項はございません。
どうぞよろしくお願い申し上げます。
""" + SIG_TAKAHARA,
))

# ---------------------------------------------------------------- NP3
MAILS.append(dict(
    key="NP3", expect="pass", kind="benign.meeting",
    why="A visit schedule for visiting faculty members (professional contacts with business roles); no private or sensitive data.",
    **{"from": NOGUCHI}, to=[MARSH], cc=["Prof. Daniel Okoye <d.okoye@northbridge.edu.au>", "Ms. Fiona Grant <f.grant@northbridge.edu.au>"],
    subject="Visit programme for your faculty delegation (Nov 17–19)",
    text="""Dear Dr. Marsh,

We are delighted to welcome you, Prof. Okoye and Ms. Grant to Tokyo next month.
Here is the draft programme. Please let me know if you would like any changes.

Monday, Nov 17
  10:00  Welcome meeting with Ms. Keiko Takahara, Director of Nursing
  11:00  Hospital tour (Emergency Centre, ICU, Ward 7W)
  14:00  Presentation: "Clinical placement model at Northbridge" (Prof. Okoye)
Tuesday, Nov 18
  09:30  Observation at the Nursing Education Centre (simulation lab)
  13:30  Joint meeting on the 2026 student exchange agreement
Wednesday, Nov 19
  10:00  Visit to the Faculty of Nursing, Toto Medical University
  12:00  Farewell lunch

Hotel: we have reserved three rooms at Hotel Korakuen Garden (5 min by taxi), Nov 16–20.
An interpreter will accompany you on Monday and Tuesday.

Warm regards,
Mari
""" + SIG_NOGUCHI,
))

# ---------------------------------------------------------------- NP4
MAILS.append(dict(
    key="NP4", expect="pass", kind="benign.condolence",
    why="元教員の逝去へのお悔やみと弔電・供花の連絡で、病名や遺族の個人情報は含まれない。",
    **{"from": TAKAHARA}, to=["文京看護専門学校 副校長 戸田 <toda@bunkyo-kango.ac.jp>"],
    subject="故 長島 澄子 先生のご逝去を悼み",
    text="""文京看護専門学校
副校長 戸田 様

長島 澄子 先生ご逝去の報に接し、ただただ驚いております。
当院の看護部にも、長島先生の教え子が数多く在籍しており、
皆、先生の厳しくも温かいご指導を今も語り草にしております。
謹んでお悔やみ申し上げますとともに、心よりご冥福をお祈り申し上げます。

ご葬儀はご家族のみで執り行われたと伺いましたので、
看護部として後日、学校宛に供花をお送りさせていただきたく存じます。
偲ぶ会などのご予定がございましたら、お知らせいただけますと幸いです。
""" + SIG_TAKAHARA,
))

# ---------------------------------------------------------------- NP5
heads = [
    "4東病棟 師長 <4e-head@hosp.toto-med.ac.jp>", "4西病棟 師長 <4w-head@hosp.toto-med.ac.jp>",
    "5東病棟 師長 <5e-head@hosp.toto-med.ac.jp>", "5西病棟 師長 <5w-head@hosp.toto-med.ac.jp>",
    "6東病棟 師長 <6e-head@hosp.toto-med.ac.jp>", "6西病棟 師長 <6w-head@hosp.toto-med.ac.jp>",
    "7東病棟 師長 <7e-head@hosp.toto-med.ac.jp>", "7西病棟 師長 <7w-head@hosp.toto-med.ac.jp>",
    "ICU 師長 <icu-head@hosp.toto-med.ac.jp>", "NICU 師長 <nicu-head@hosp.toto-med.ac.jp>",
    "手術部 師長 <or-head@hosp.toto-med.ac.jp>", "救命救急センター 師長 <er-head@hosp.toto-med.ac.jp>",
    "外来 師長 <opd-head@hosp.toto-med.ac.jp>", "透析室 師長 <hd-head@hosp.toto-med.ac.jp>",
    "看護教育センター <ns-edu@hosp.toto-med.ac.jp>", "看護学部 臨地実習調整室 <jisshu@toto-med.ac.jp>",
]
MAILS.append(dict(
    key="NP5", expect="pass", kind="benign.internal_many",
    why="宛先16件はすべて自院・自大学のドメイン（hosp.toto-med.ac.jp / toto-med.ac.jp）で、社外への送信はない。",
    **{"from": NAKANISHI}, to=heads, cc=[TAKAHARA],
    subject="【看護部】11月勤務表の提出期限および夜勤回数集計について",
    text="""各部署 師長 各位

お疲れさまです。看護部事務室の中西です。
11月勤務表の提出について、ご連絡いたします。

■提出期限：10月20日（月）17:00
■提出方法：勤務管理システムで「確定」→看護部事務室へ完了連絡（メール可）
■お願い
　・夜勤回数が月9回を超える職員がいる場合は、理由欄の記載をお願いします
　・10月入職者（9名）の配置は、教育センターの研修日程を反映済みの版で作成してください
　・臨地実習の受け入れ日は、看護学部 実習調整室の一覧と突き合わせをお願いします

ご不明点は内線2108までお願いいたします。
""" + SIG_NAKANISHI,
))

# ---------------------------------------------------------------- NP6
MAILS.append(dict(
    key="NP6", expect="pass", kind="benign.minutes",
    why="他病院の看護管理者6名宛の議事録で、出てくる氏名は委員の職名付きの業務上の名前のみ、宛先数も10以下。",
    **{"from": TAKAHARA}, to=[
        "城北中央病院 看護部長 小島 <kojima@johoku-chuo-hp.jp>",
        "白山記念病院 副看護部長 秋山 <akiyama@hakusan-kinen.or.jp>",
        "小石川クリニック 看護師長 田畑 <tabata@koishikawa-cl.jp>",
        "文京訪問看護ステーション 所長 五十嵐 <igarashi@bunkyo-houkan.jp>",
        "東京北部医療センター 看護部長 桐山 <kiriyama@tokyo-hokubu-mc.jp>",
        "本郷リハビリテーション病院 看護部長 佐野 <sano@hongo-reha.or.jp>",
    ],
    subject="地域看護管理者ネットワーク 第2回企画会議 議事録",
    text="""地域看護管理者ネットワーク 企画委員の皆さま

先日はお忙しい中ご出席いただき、ありがとうございました。
第2回企画会議の議事録をお送りします。

日時：令和7年9月16日（火）18:00〜19:30（オンライン）
出席：小島委員長（城北中央病院）、秋山委員（白山記念病院）、田畑委員（小石川クリニック）、
　　　五十嵐委員（文京訪問看護ステーション）、桐山委員（東京北部医療センター）、
　　　佐野委員（本郷リハビリテーション病院）、高原（東都医大病院・書記）

1. 合同研修会（2026年2月）
　・テーマ：「入退院支援における病院と在宅の連携」
　・講師候補：東京都訪問看護協会に依頼（五十嵐委員が打診）
　・会場：東都医大病院 臨床講堂（150名）
2. 看護職の相互研修（出向）制度
　・来年度は2施設間で試行、期間は各2週間
3. 次回：11月18日（火）18:00〜

以上
""" + SIG_TAKAHARA,
))

# ---------------------------------------------------------------- NP7
MAILS.append(dict(
    key="NP7", expect="pass", kind="benign.public_figure",
    why="The speaker is a public international health official; only her published role and the lecture details appear.",
    **{"from": NOGUCHI}, to=["Asia-Pacific Nursing Network Secretariat <secretariat@apnn-nursing.org>"],
    subject="Special lecture by Dr. Amara Okafor, Chief Nursing Officer – Dec 4",
    text="""Dear colleagues at the APNN Secretariat,

I am pleased to share that Dr. Amara Okafor, Chief Nursing Officer of the International Health
Workforce Alliance, has accepted our invitation to give a special lecture at Toto Medical University
Hospital during her visit to Japan.

  Title : "Nursing leadership in an ageing Asia-Pacific"
  Date  : Thursday, December 4, 2025, 17:30–19:00 (JST)
  Venue : Clinical Auditorium, Toto Medical University Hospital, and live on Zoom
  Language: English with Japanese simultaneous interpretation

Dr. Okafor previously served as Director of Nursing at the Ministry of Health of Nigeria and
has written widely on workforce policy. Her biography and photo for the flyer are on the
Alliance's website.

Could you circulate this to the member institutions? Registration will open on November 1.

Best regards,
Mari Noguchi
""" + SIG_NOGUCHI,
))

# ---------------------------------------------------------------- NP8
MAILS.append(dict(
    key="NP8", expect="pass", kind="benign.lookalike_number",
    why="発注番号・品番・JANコード・配送伝票番号など数字が多いが、すべて物品と取引の番号で個人情報ではない。",
    **{"from": NAKANISHI}, to=["株式会社メディユニ 営業部 吉川 <yoshikawa@mediuni.co.jp>"],
    subject="10月度 ユニフォーム追加発注（発注番号 NS-2025-1043）",
    text="""株式会社メディユニ
営業部 吉川様

いつもお世話になっております。東都医大病院 看護部事務室の中西です。
10月入職者分のユニフォームを追加発注いたします。

発注番号：NS-2025-1043

品番	品名	色	サイズ	数量	JAN
MU-2210	スクラブ上（男女兼用）	ネイビー	S	6	4589012345671
MU-2210	スクラブ上（男女兼用）	ネイビー	M	8	4589012345688
MU-2211	スクラブパンツ	ネイビー	S	6	4589012345695
MU-2211	スクラブパンツ	ネイビー	M	8	4589012345701
MU-3105	ナースシューズ	ホワイト	23.5	4	4589012346012

納品先：看護部事務室（病院本館2階）
希望納期：9月30日（火）
なお、前回分（発注番号 NS-2025-0988）の配送伝票番号 3629-1184-0579 が
追跡できない状態ですので、あわせてご確認いただけますでしょうか。
""" + SIG_NAKANISHI,
))

# ---------------------------------------------------------------- NP9
MAILS.append(dict(
    key="NP9", expect="pass", kind="benign.self_data",
    why="The former trainee's own certificate and evaluation are sent to her own private address; nobody else's data is included.",
    **{"from": NOGUCHI}, to=["Aisha Rahman <aisha.rahman.rn@gmail.com>"],
    subject="Your certificate of completion and evaluation summary",
    text="""Dear Aisha,

It was a pleasure having you with us for the three-month clinical observership.
As promised, please find attached your certificate of completion and the summary of your evaluation.

Evaluation summary (your clinical preceptor, Ward 6E):
  - Patient communication: Excellent – you built trust quickly, even with the language barrier
  - Clinical reasoning: Very good
  - Documentation: Good – keep practising the SOAP format
  - Overall: Recommended for future exchange or employment programmes

The original certificate will be mailed to the address you gave us in Kuala Lumpur.
If you need a reference letter for your master's application, just let me know.

Warm wishes,
Mari
""" + SIG_NOGUCHI,
    attachments=[att("Certificate_Aisha_Rahman.pdf", PDF,
"""Toto Medical University Hospital – Department of Nursing
CERTIFICATE OF COMPLETION
This is to certify that Aisha Rahman, RN
has completed the Clinical Observership Programme (June 2 – August 29, 2025).
Keiko Takahara, Director of Nursing
""")],
    personal=P(("name", "Aisha Rahman")),
))

# ---------------------------------------------------------------- NP10
MAILS.append(dict(
    key="NP10", expect="pass", kind="benign.thread_signatures",
    why="派遣契約更新の長いやり取りで、署名に担当者名・電話が多数あるが、いずれも業務上の連絡先で人数・単価の話のみ。",
    **{"from": NAKANISHI}, to=[SAKUMA], cc=["片岡 営業部長 <k-kataoka@medstaff-tokyo.co.jp>", TAKAHARA],
    subject="Re: Re: Re: 2026年度 派遣契約の更新条件について",
    text="""佐久間様、片岡部長

お世話になっております。中西です。
ご提示いただいた条件で、看護部長の了承が取れました。
契約書の案をお送りいただければ、病院の契約担当（総務課）で確認いたします。

　期間：2026年4月1日〜2027年3月31日
　人数：常時12名程度（病棟8名・外来4名）
　単価：日勤 2,650円/時、夜勤 3,200円/時（深夜割増は別途）

引き続きよろしくお願いいたします。
""" + SIG_NAKANISHI + """

-----Original Message-----
From: 片岡 健 <k-kataoka@medstaff-tokyo.co.jp>
Sent: Thursday, October 2, 2025 6:12 PM
Subject: Re: Re: 2026年度 派遣契約の更新条件について

中西様
ご検討ありがとうございます。夜勤単価について、3,250円→3,200円で調整いたしました。
日勤単価は据え置きでお願いできれば幸いです。
━━━━━━━━━━━━━━━━━━
株式会社メディカルスタッフ東京
営業部長　片岡 健
〒101-0047 東京都千代田区内神田1-9-3 内神田MSビル6F
TEL 03-5289-7710　携帯 090-3318-2261
k-kataoka@medstaff-tokyo.co.jp
労働者派遣事業 派13-301247　有料職業紹介事業 13-ユ-300512
━━━━━━━━━━━━━━━━━━

-----Original Message-----
From: 中西 翔太 <s-nakanishi@hosp.toto-med.ac.jp>
Sent: Tuesday, September 30, 2025 10:40 AM
Subject: Re: 2026年度 派遣契約の更新条件について

佐久間様
お見積りありがとうございます。夜勤単価がやや高いとの意見が看護部内で出ており、
3,200円程度でご検討いただけないでしょうか。
看護部事務室 中西

-----Original Message-----
From: 佐久間 由香 <y-sakuma@medstaff-tokyo.co.jp>
Sent: Friday, September 26, 2025 3:05 PM
Subject: 2026年度 派遣契約の更新条件について

中西様
いつもお世話になっております。来年度の契約条件のお見積りをお送りいたします。
日勤 2,650円/時、夜勤 3,250円/時
━━━━━━━━━━━━━━━━━━
株式会社メディカルスタッフ東京
医療営業課　佐久間 由香
TEL 03-5289-7713（直通）　携帯 080-4462-1950
y-sakuma@medstaff-tokyo.co.jp
━━━━━━━━━━━━━━━━━━
""",
))
