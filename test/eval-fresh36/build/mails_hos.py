from common import *

MAILS = []
A = MAILS.append

# ---------------- PASS ----------------
A(m(_key="hos_irb", expect="pass", kind="benign.trial_admin",
  why="IRB agenda with protocol numbers, investigational products and investigator names; no patient data.",
  frm=HORIUCHI, to=["早瀬 真由美 <hayase.m@medicross.co.jp>"],
  cc=["大和ファーマ 臨床開発部 今井様 <imai.t@yamato-pharma.co.jp>"],
  subject="第142回治験審査委員会(12/18)審議予定のご案内【YP-3021-P2】",
  text=f"""メディクロス株式会社
早瀬様

いつもお世話になっております。東都医大病院 治験事務局の堀内です。
12月18日(水)開催の第142回治験審査委員会における、貴社ご担当分の審議予定をお知らせいたします。

■ 治験実施計画書番号:YP-3021-P2
  治験課題名:YP-3021(抗IL-23p19抗体)の中等症から重症の尋常性乾癬患者を対象とした第II相用量反応試験
  治験責任医師:皮膚科 教授 仲間 剛
  審議事項:
   (1) 治験実施計画書 改訂(第4版)
   (2) 同意説明文書 改訂(第3.1版)
   (3) 安全性情報等に関する報告(11月分、海外症例 14件)
   (4) 治験分担医師の追加(皮膚科 助教 笹本 理沙)

■ 治験実施計画書番号:YP-1188-P3(継続審査)
  治験責任医師:消化器内科 准教授 久我 英明

委員会終了後、審査結果通知書(書式5)を12月20日までにお送りします。
資料に差替えがある場合は12月11日(水)正午までにご連絡ください。

{SIG_HORIUCHI}"""))

A(m(_key="hos_invoice", expect="pass", kind="benign.corporate_bank",
  why="Trial cost invoice with the university's corporate bank account.",
  frm=MORIMOTO, to=["大和ファーマ株式会社 臨床開発部 契約担当 <contract-cd@yamato-pharma.co.jp>"],
  subject="治験経費ご請求のお知らせ(YP-3021-P2/2024年度下期分)",
  text=f"""大和ファーマ株式会社
臨床開発部 契約ご担当者様

平素より大変お世話になっております。
標記試験の2024年度下期分 治験経費について、下記のとおりご請求申し上げます。請求書原本は本日郵送いたしました。

 請求書番号:TMU-CT-2024-0388
 請求金額:3,861,500円(消費税込)
  内訳:研究経費(症例単価×登録11例) 2,970,000円
     臨床試験研究経費ポイント算出分 540,000円
     管理費 351,500円
 お支払期限:2025年1月31日

 お振込先:
  みずほ銀行 本郷支店(店番 071)
  普通預金 2049173
  口座名義 学校法人東都医科大学(ガッコウホウジン トウトイカダイガク)

ご不明点は森本までお問い合わせください。

{SIG_MORIMOTO}"""))

A(m(_key="hos_sae_coded", expect="pass", kind="benign.pseudonymised_gcp",
  why="Serious adverse event first report to the CRO using only the subject code, as GCP requires; no name, birth date or chart number.",
  _border="SAE report with a subject code, age band and event term only: treated as pass (pseudonymised GCP reporting to the sponsor's CRO); with a name it would be a hold.",
  frm=ISHIGURO, to=["メディクロス PV受付 <pv-intake@medicross.co.jp>"],
  cc=["早瀬 真由美 <hayase.m@medicross.co.jp>"],
  subject="【重篤な有害事象 第1報】YP-3021-P2 施設番号021 被験者識別コード 021-0007",
  text=f"""メディクロス株式会社 安全性情報ご担当者様

東都医大病院 CRCの石黒です。標記の重篤な有害事象について第1報をお送りします。
詳細はEDCのSAEフォームにも入力済みです。

 施設番号:021
 被験者識別コード:021-0007(60歳代)
 有害事象名:肺炎
 重篤性:入院(2024/12/03〜)
 治験薬との因果関係(責任医師判断):関連あるかもしれない
 治験薬の処置:休薬
 転帰:未回復

第2報は退院後、遅くとも12/17までにお送りします。

{SIG_ISHIGURO}"""))

A(m(_key="hos_seminar", expect="pass", kind="benign.event",
  why="Study-meeting invitation naming speakers and a historical figure; no patient data.",
  frm=HORIUCHI, to=[HORIUCHI], bcc=["hayase.m@medicross.co.jp", "info@sitesupport.jp", "imai.t@yamato-pharma.co.jp", "cra-tokyo@northstar-cro.co.jp", "kenshu@kanto-smo.jp"],
  subject="【ご案内】第28回 東都治験セミナー「がん免疫療法と治験の100年」(1/24)",
  text=f"""関係各位

平素より当院の治験にご協力いただき誠にありがとうございます。
下記のとおり第28回 東都治験セミナーを開催いたします。CRA・SMOの皆様もぜひご参加ください。

 日時:2025年1月24日(金)18:00〜19:30
 会場:東都医科大学 本郷台キャンパス 3号館 臨床講堂(Zoom併用)
 演題1:「北里柴三郎から免疫チェックポイント阻害薬まで ― 免疫療法の系譜」
     演者:東都医科大学 名誉教授 桐生 宗一郎 先生
 演題2:「第I相試験における重篤な有害事象の早期発見と施設体制」
     演者:臨床腫瘍科 講師 蓮見 さやか 先生
 参加費:無料(事前登録制、1/17締切)

お申し込みは返信にて、ご所属・ご氏名をお知らせください。

{SIG_HORIUCHI}"""))

A(m(_key="hos_own_visit", expect="pass", kind="benign.own_data",
  why="Visit reminder sent to the trial participant himself about his own schedule.",
  frm=ISHIGURO, to=["小池 正樹 様 <koike.masaki@yahoo.co.jp>"],
  subject="次回ご来院(Visit 6)のご案内",
  text=f"""小池 正樹 様

いつも治験にご協力いただきありがとうございます。CRCの石黒です。
次回のご来院予定をお知らせします。

 日時:12月20日(金)9:30 受付(外来棟2階 治験外来 ⑤番窓口)
 内容:診察、採血、皮膚の写真撮影、アンケート
 ご注意:採血がありますので、前日夜9時以降は水以外お取りにならずにお越しください。
     お薬(治験薬)の空き箱と日誌を必ずお持ちください。

負担軽減費は前回と同じく、ご登録の口座に翌月末にお振込みします。
ご都合が悪くなった場合は、治験事務局 03-5802-4471(平日9時〜17時)までお電話ください。

{SIG_ISHIGURO}"""))

A(m(_key="hos_sdv", expect="pass", kind="benign.reply_chain",
  why="Monitoring visit scheduling in a reply chain with staff names and signatures only.",
  frm=HORIUCHI, to=["早瀬 真由美 <hayase.m@medicross.co.jp>"],
  cc=["石黒 直子 <ishiguro-n@tohto-med.ac.jp>"],
  subject="Re: Re: 【YP-3021-P2】1月のSDV訪問日程について",
  text=f"""早瀬様

ご調整ありがとうございます。
1月15日(水)13:00〜17:00、1月16日(木)9:30〜12:00 で閲覧室Bを確保しました。
当日は2階 治験事務局受付で入館証をお受け取りください。
責任医師 仲間教授との面談は16日11:30から15分間いただけるとのことです。

{SIG_HORIUCHI}

> 堀内様
>
> お世話になっております。メディクロスの早瀬です。
> 先日ご提示いただいた候補日のうち、1/15午後と1/16午前でお願いできますでしょうか。
> 閲覧対象は登録11例分、前回以降の来院分となります。
> 同行者:メディクロス 臨床開発部 村瀬 一輝(新任CRA、OJT)
>
> ----------------------------------------
> メディクロス株式会社 臨床開発部 第二グループ
> CRA 早瀬 真由美
> 〒103-0023 東京都中央区日本橋本町2-6-1
> TEL 03-6262-8850 / hayase.m@medicross.co.jp
> ----------------------------------------
>
>> 早瀬様
>> 1月のSDVですが、1/14〜1/17の間でご都合のよい日時をお知らせください。
>> 堀内"""))

A(m(_key="hos_enrollment", expect="pass", kind="benign.aggregate_health",
  why="Enrollment and screen-failure counts only, no individual data.",
  frm=ISHIGURO, to=["今井 達也 <imai.t@yamato-pharma.co.jp>"],
  subject="YP-3021-P2 当院の登録状況(11月末時点)",
  text=f"""大和ファーマ 今井様

お世話になっております。石黒です。
11月末時点の当院の登録状況をご報告します。

 同意取得:15例
 スクリーニング脱落:4例
  ・臨床検査値(肝機能)が基準外:2例
  ・同意撤回:1例
  ・その他(来院困難):1例
 登録:11例(目標12例)
 治験中止:0例

1月に外来紹介が2件予定されていますので、目標には届く見込みです。

{SIG_ISHIGURO}"""))

A(m(_key="hos_temp", expect="pass", kind="benign.product_lot",
  why="Temperature excursion of investigational product with lot and kit numbers; no person concerned.",
  frm=HORIUCHI, to=["大和ファーマ 治験薬管理窓口 <ip-supply@yamato-pharma.co.jp>"],
  cc=["早瀬 真由美 <hayase.m@medicross.co.jp>"],
  subject="【温度逸脱報告】YP-3021 治験薬保冷庫(12/5)",
  text=f"""大和ファーマ株式会社 治験薬管理ご担当者様

12月5日(木)午前、治験薬管理室の保冷庫(No.3)で温度逸脱が発生しましたのでご報告します。

 逸脱時間:10:12〜10:52(40分間)
 最高温度:9.2℃(許容範囲 2〜8℃)
 原因:保冷庫扉の閉鎖不良(パッキン劣化)
 対象治験薬:YP-3021 注射液 ロット 23K118
 薬剤番号:0431〜0440(10キット)、いずれも未払出

当該キットは隔離保管し、使用可否のご判断をお待ちしております。温度記録(CSV)を添付します。

{SIG_HORIUCHI}""",
  attachments=[{"filename": "fridge3_temp_20241205.csv", "contentType": "text/csv",
    "text": "timestamp,temp_c\n2024-12-05 10:00,5.1\n2024-12-05 10:12,8.3\n2024-12-05 10:22,8.9\n2024-12-05 10:32,9.2\n2024-12-05 10:42,8.6\n2024-12-05 10:52,7.8\n2024-12-05 11:02,5.9\n"}]))

A(m(_key="hos_itoutage", expect="pass", kind="benign.it_outage",
  why="Network outage notice; 感染/隔離 refer to malware on a terminal.",
  frm=MORIMOTO, to=["早瀬 真由美 <hayase.m@medicross.co.jp>", "村瀬 一輝 <murase.k@medicross.co.jp>"],
  subject="【お知らせ】院内ネットワーク障害に伴う閲覧室端末の利用停止(12/9〜12/10)",
  text=f"""メディクロス株式会社
早瀬様、村瀬様

お世話になっております。治験事務局の森本です。
院内ネットワークで障害が発生しており、閲覧室の電子カルテ閲覧端末が12月9日(月)〜10日(火)の間ご利用いただけません。

経緯:12月6日に事務部門の端末1台でウイルス感染の疑いが検知され、当該端末をネットワークから隔離のうえ、情報システム部が全端末の点検を行っております。現時点で外部への情報流出は確認されておりません。

12月9日に予定されていた貴社のSDVは、恐れ入りますが日程変更をお願いいたします。

{SIG_MORIMOTO}"""))

# ---------------- HOLD ----------------
A(m(_key="hos_screenlog", expect="hold", kind="list.patients",
  why="Attached screening log lists patients' names, birth dates, chart numbers and screen-failure diagnoses to the CRO.",
  _where="attachment only",
  frm=ISHIGURO, to=["早瀬 真由美 <hayase.m@medicross.co.jp>"],
  subject="YP-3021-P2 スクリーニングログ(11月分)",
  text=f"""早瀬様

お世話になっております。石黒です。
11月分のスクリーニングログを添付します。ご確認をお願いします。

{SIG_ISHIGURO}""",
  attachments=[{"filename": "YP3021_screening_log_202411.xlsx", "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text": "[Sheet1]\nスクリーニング番号\t氏名\t生年月日\tカルテ番号\t同意日\t結果\t脱落理由\nS-012\t井上 和彦\t1961/02/14\t0004418272\t2024/11/05\t登録\t\nS-013\t平田 みどり\t1974/08/30\t0005120934\t2024/11/08\t脱落\tC型慢性肝炎治療中(AST/ALT基準外)\nS-014\t岡 雄一郎\t1958/12/03\t0003391185\t2024/11/12\t登録\t\nS-015\t渡会 聡子\t1982/05/21\t0006217740\t2024/11/19\t脱落\tうつ病で通院中、同意撤回\nS-016\t島津 隆\t1969/10/09\t0004902611\t2024/11/26\t登録\t"}],
  personal=[{"type": "name", "value": "平田 みどり"}, {"type": "date_of_birth", "value": "1974/08/30"}, {"type": "diagnosis", "value": "C型慢性肝炎治療中"}, {"type": "name", "value": "渡会 聡子"}, {"type": "diagnosis", "value": "うつ病で通院中"}, {"type": "chart_no", "value": "0006217740"}]))

A(m(_key="hos_referral_fwd", expect="hold", kind="sensitive.medical",
  why="Forwards a referral letter with a patient's name, birth year and medical history to the sponsor; the data is only in the forwarded part.",
  _where="quoted message only",
  frm=HORIUCHI, to=["今井 達也 <imai.t@yamato-pharma.co.jp>"],
  subject="Fw: 治験参加希望の紹介状(適格性のご相談)",
  text=f"""今井様

近隣のクリニックから下記の紹介がありました。選択・除外基準の観点で問題ないか、メディカルモニターのご意見を伺えますでしょうか。

{SIG_HORIUCHI}

-------- 転送メッセージ --------
差出人: みなみ皮フ科クリニック <info@minami-hifuka.jp>
件名: 治験参加ご希望の患者様のご紹介
日付: 2024/12/04 16:22

東都医科大学附属病院 治験事務局 御中

下記患者様が貴院の乾癬治験への参加を希望されておりますのでご紹介いたします。

 患者氏名:田中 紀子 様(女性、昭和37年生)
 住所:東京都北区王子本町3-9-14
 診断:尋常性乾癬(罹病歴15年、BSA 18%)
 既往歴:2型糖尿病(HbA1c 7.4%)、2019年 左乳がん術後(ホルモン療法終了)
 現在の治療:外用ステロイド、シクロスポリン内服(2024年9月まで)

みなみ皮フ科クリニック 院長 南 浩之""",
  personal=[{"type": "name", "value": "田中 紀子"}, {"type": "address", "value": "東京都北区王子本町3-9-14"}, {"type": "diagnosis", "value": "2型糖尿病(HbA1c 7.4%)"}, {"type": "diagnosis", "value": "左乳がん術後"}]))

A(m(_key="hos_reimb_bank", expect="hold", kind="id.bank_account",
  why="Participants' private bank accounts for reimbursement sent to an outside accounting service.",
  frm=MORIMOTO, to=["みらい会計サービス 振込代行 <furikomi@mirai-kaikei.co.jp>"],
  subject="負担軽減費 振込先 新規登録(12月分)",
  text=f"""みらい会計サービス ご担当者様

いつもお世話になっております。
12月から負担軽減費のお振込みが始まる被験者様の振込先を新規登録願います。

 管理番号 TK-0231 長尾 直美 様
  ゆうちょ銀行 記号 10170 番号 48215961 名義 ナガオ ナオミ
 管理番号 TK-0232 ラウ・ウィンキ 様
  りそな銀行 赤羽支店 普通 0742218 名義 ラウ ウインキ
 金額:1来院あたり 7,000円

12月25日振込分からの反映でお願いします。

{SIG_MORIMOTO}""",
  personal=[{"type": "name", "value": "長尾 直美"}, {"type": "bank_account", "value": "記号 10170 番号 48215961"}, {"type": "name", "value": "ラウ・ウィンキ"}, {"type": "bank_account", "value": "普通 0742218"}]))

A(m(_key="hos_ppap", expect="hold", kind="attachment.encrypted_zip",
  why="Encrypted zip of source documents sent to the CRO (PPAP).",
  frm=ISHIGURO, to=["早瀬 真由美 <hayase.m@medicross.co.jp>"],
  subject="【YP-3021-P2】原資料写し送付(リモートSDV用)",
  text=f"""早瀬様

リモートSDV用の原資料写しをお送りします。
ファイルはパスワード付きZIPです。パスワードは別メールでお送りします。

{SIG_ISHIGURO}""",
  attachments=[{"filename": "YP3021_021_source_docs_202412.zip", "contentType": "application/zip", "encrypted": True}]))

A(m(_key="hos_insurance", expect="hold", kind="id.health_insurance",
  why="A participant's health-insurance card numbers sent to an SMO.",
  frm=MORIMOTO, to=["サイトサポート株式会社 請求担当 <seikyu@sitesupport.jp>"],
  subject="保険外併用療養費の請求区分確認(被験者 小森様)",
  text=f"""サイトサポート株式会社 請求ご担当者様

お世話になっております。森本です。
保険外併用療養費の請求区分の確認のため、被験者様の保険証情報をお知らせします。

 氏名:小森 浩一 様(管理番号 TK-0219)
 保険者番号:06138842
 記号:4127 番号:305
 資格取得日:2019年4月1日

保険者変更(社保→国保)があったため、11月分から区分の修正が必要と考えております。

{SIG_MORIMOTO}""",
  personal=[{"type": "name", "value": "小森 浩一"}, {"type": "health_insurance", "value": "保険者番号:06138842"}, {"type": "health_insurance", "value": "記号:4127 番号:305"}]))

A(m(_key="hos_pgx", expect="hold", kind="sensitive.genome",
  why="A named participant's pharmacogenomic genotype sent to an external lab.",
  frm=ISHIGURO, to=["ジェノテック解析センター 受託窓口 <jutaku@genotech-lab.co.jp>"],
  subject="PGx検査 再解析のお願い(YP-1188-P3)",
  text=f"""ジェノテック解析センター ご担当者様

先日ご報告いただいた下記被験者のPGx検査結果について、責任医師より再解析の依頼がありました。

 被験者:大野 芳江 様(識別コード 021-1188-004)
 結果:CYP2C19 *2/*3(Poor Metabolizer)
 依頼理由:臨床経過(血中濃度)と結果が乖離しているため、検体の取り違えがないか確認したい

保存検体(DNA)は貴社で保管いただいているものをご使用ください。

{SIG_ISHIGURO}""",
  personal=[{"type": "name", "value": "大野 芳江"}, {"type": "genome", "value": "CYP2C19 *2/*3(Poor Metabolizer)"}]))

A(m(_key="hos_subject_hbs", expect="hold", kind="sensitive.medical",
  why="The subject line names a participant with a positive hepatitis B test; the body is neutral.",
  _where="subject line only",
  frm=HORIUCHI, to=["メディクロス メディカルモニター <mm-desk@medicross.co.jp>"],
  cc=["早瀬 真由美 <hayase.m@medicross.co.jp>"],
  subject="【至急】被験者 山内 亮介 様 HBs抗原陽性判明 ― 治験継続可否のご相談",
  text=f"""メディカルモニター ご担当者様

表題の件、責任医師より至急ご判断をいただきたいとのことです。
詳細は明日10時の電話会議でご説明します。

{SIG_HORIUCHI}""",
  personal=[{"type": "name", "value": "山内 亮介"}, {"type": "diagnosis", "value": "HBs抗原陽性判明"}]))

A(m(_key="hos_religion", expect="hold", kind="sensitive.religion",
  why="States a named participant's religious affiliation (refusing transfusion) to the CRO.",
  frm=ISHIGURO, to=["早瀬 真由美 <hayase.m@medicross.co.jp>"],
  subject="YP-1188-P3 輸血拒否の被験者について",
  text=f"""早瀬様

ご相談です。YP-1188-P3 にご参加の 川口 恵美子 様 はエホバの証人の信者で、信仰上の理由により輸血を一切拒否されています(同意書に本人署名済み)。

プロトコール上、Hb 7.0g/dL未満で輸血を行う規定がありますが、輸血できない場合の取扱い(中止基準に該当するか)について、スポンサーのご見解をいただけますでしょうか。

{SIG_ISHIGURO}""",
  personal=[{"type": "name", "value": "川口 恵美子"}, {"type": "religion", "value": "エホバの証人の信者"}]))

A(m(_key="hos_visible_patients", expect="hold", kind="recipients.visible",
  why="Twelve participants' private addresses visible in To, revealing to each other that they take part in the trial.",
  frm=MORIMOTO,
  to=["koike.masaki@yahoo.co.jp", "n.nagao1970@gmail.com", "kazuhiko.inoue@nifty.com", "oka.yuichiro@docomo.ne.jp", "t-shimazu@ezweb.ne.jp", "lau.wingkei@gmail.com", "komori.koichi@icloud.com", "sachiko-h@yahoo.co.jp", "yamauchi.r@outlook.jp", "emiko.kawaguchi@gmail.com", "hiroshi_endo55@biglobe.ne.jp", "mayumi.t@so-net.ne.jp"],
  subject="治験にご参加の皆様へ:年末年始の治験外来休診と連絡先のお知らせ",
  text=f"""治験にご参加の皆様

いつも治験にご協力いただき誠にありがとうございます。
年末年始の治験外来の休診日をお知らせします。

 休診:12月28日(土)〜1月5日(日)
 この期間に体調の変化があった場合は、お渡ししている「治験参加カード」記載の緊急連絡先(24時間)へご連絡ください。

来年もどうぞよろしくお願いいたします。

{SIG_MORIMOTO}"""))

A(m(_key="hos_mynumber", expect="hold", kind="id.mynumber",
  why="The attached CSV gives outside lecturers' home addresses and My Numbers to an accounting contractor.",
  _where="attachment only",
  frm=MORIMOTO, to=["みらい会計サービス 税務担当 <zeimu@mirai-kaikei.co.jp>"],
  subject="支払調書作成用データ(治験セミナー講師謝金 2024年分)",
  text=f"""みらい会計サービス 税務ご担当者様

2024年分の支払調書作成用データをお送りします。
治験セミナー講師謝金の2名分です。よろしくお願いいたします。

{SIG_MORIMOTO}""",
  attachments=[{"filename": "shiharai_chosho_2024_koushi.csv", "contentType": "text/csv",
    "text": "氏名,フリガナ,住所,個人番号,支払金額,源泉徴収税額\n桐生 宗一郎,キリュウ ソウイチロウ,東京都杉並区荻窪5-22-3,500410823465,100000,10210\n宮下 絢子,ミヤシタ アヤコ,千葉県市川市八幡2-14-7-805,584819676560,50000,5105\n"}],
  personal=[{"type": "name", "value": "桐生 宗一郎"}, {"type": "address", "value": "東京都杉並区荻窪5-22-3"}, {"type": "mynumber", "value": "500410823465"}, {"type": "name", "value": "宮下 絢子"}, {"type": "mynumber", "value": "584819676560"}]))
