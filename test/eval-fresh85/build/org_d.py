"""(D) 害虫駆除・ビルメンテナンス — 株式会社ミナト環境サービス (大阪市港区).

Writers
  matsumoto : 松本 大輔, 営業部 課長 — framed heavy signature with registration numbers and ISO
  okada     : 岡田 さやか, 総務部 人事労務課 — dashed signature with confidentiality note
  ishikawa  : 石川 浩, 管理部 主任 (現場) — two-line signature with mobile
"""
from common import t, quote, csv_text, att, enc_zip, P, hold, ok

ORG = "D"
DOM = "minato-kankyo.example.co.jp"

MAT = "松本 大輔 <d-matsumoto@%s>" % DOM
OKA = "岡田 さやか <s-okada@%s>" % DOM
ISH = "石川 浩 <h-ishikawa@%s>" % DOM

SIG_MAT = t("""
    ■□■━━━━━━━━━━━━━━━━━━━━━━━━━━
    株式会社ミナト環境サービス
    営業部 課長　松本 大輔
    〒552-0000 大阪府大阪市港区弁天6-3-15 ミナトビル2F
    TEL 06-0000-5301　FAX 06-0000-5302　携帯 090-0000-7428
    E-mail d-matsumoto@minato-kankyo.example.co.jp
    建築物ねずみ昆虫等防除業 大阪府30ね第0417号
    建築物環境衛生総合管理業 大阪府30総第0892号
    ISO14001 認証取得（登録番号 JQA-EM0000）
    ━━━━━━━━━━━━━━━━━━━━━━━━━━■□■
""")

SIG_OKA = t("""
    --------------------------------------------------
    株式会社ミナト環境サービス 総務部 人事労務課
    岡田 さやか
    TEL 06-0000-5305（直通）
    ※本メールは機密情報を含む場合があります。宛先に誤りがある場合は、
    　お手数ですが送信者までご連絡のうえ破棄してください。
    --------------------------------------------------
""")

SIG_ISH = t("""
    ミナト環境サービス 管理部
    主任 石川 浩（携帯 080-0000-6190）
""")

MN_NEWHIRE = "883999796108"   # valid check digit, synthetic
MN_CHILD = "816797733261"     # valid check digit, synthetic

MAILS = []
add = MAILS.append

# ============================================================ HOLDS
# ---- body 1: new hire's My Number and insurance numbers to the labour consultant
add(hold(ORG, "okada", "body", "id.mynumber",
    "A new hire's マイナンバー, basic pension number and employment-insurance number are sent in the body to an outside labour consultant.",
    OKA, ["北浜社会保険労務士事務所 担当 平田様 <hirata@kitahama-sr.example.jp>"],
    "11月入社 1名 資格取得手続きのお願い",
    t("""
    北浜社会保険労務士事務所
    平田 様

    いつもお世話になっております。ミナト環境サービスの岡田です。
    11月1日付で入社した社員1名の、社会保険・雇用保険の資格取得手続きをお願いいたします。

    氏名：西川 翔（ニシカワ ショウ）
    生年月日：1996年4月9日　性別：男
    住所：大阪府大阪市港区市岡元町2-8-14 コーポ市岡 301
    雇用形態：正社員（管理部 設備管理課）
    月額報酬：265,000円（通勤手当 12,400円含む）
    基礎年金番号：1027-384915
    雇用保険被保険者番号：2709-417233-5（前職 株式会社淀川ビルサービス）
    個人番号（マイナンバー）：%s
    被扶養者：なし

    本人確認書類の写しは、社内便ではなく郵送でお送りします。
    よろしくお願いいたします。

    """ % MN_NEWHIRE) + SIG_OKA,
    personal=[P("mynumber", MN_NEWHIRE), P("name", "西川 翔"), P("dob", "1996年4月9日"),
              P("pension_number", "1027-384915"), P("employment_insurance", "2709-417233-5")]))

# ---- body 2: health-check results to the occupational physician
add(hold(ORG, "okada", "body", "sensitive.health_check",
    "A named employee's abnormal health-check values and a herniated disc diagnosis are sent to the outside occupational physician.",
    OKA, ["弁天町クリニック 産業医 中井先生 <nakai@bentencho-cl.example.jp>"],
    "就業上の措置についてご意見のお願い（管理部 1名）",
    t("""
    弁天町クリニック
    中井 先生

    いつも大変お世話になっております。ミナト環境サービス 総務部の岡田です。
    来月の職場巡視の前に、1名について就業上の措置のご意見をいただきたくご連絡しました。

    対象者：堤 正樹（管理部 清掃課、52歳）
    定期健診（9月実施）：
    　γ-GTP 286 IU/L、AST 74、ALT 91 → 要精密検査
    　血圧 168/104 mmHg → 要治療（本人は未受診）
    その他：10月に腰椎椎間板ヘルニアと診断され、整形外科に通院中。
    　本人から、ポリッシャー作業と重量物の運搬がつらいと申し出あり。

    夜間の定期清掃（床洗浄）からの配置換えを検討しておりますが、
    先生のご意見を伺えますでしょうか。面談は11/20(木)の訪問時にお願いできれば幸いです。

    """) + SIG_OKA,
    personal=[P("name", "堤 正樹"), P("health", "γ-GTP 286 IU/L"),
              P("health", "血圧 168/104 mmHg"), P("diagnosis", "腰椎椎間板ヘルニア")]))

# ---- body 3: neighbour's complaint with full contact forwarded to a subcontractor
add(hold(ORG, "ishikawa", "body", "personal.neighbour_complaint",
    "A neighbour's complaint is passed to a subcontractor with her full name, address, phone and the details of her household.",
    ISH, ["有限会社ナンバ防除 現場担当 古川様 <furukawa@namba-bojo.example.jp>"],
    "弁天ハイツ ゴミ置場のネズミ 近隣苦情の件",
    t("""
    ナンバ防除 古川さん

    お疲れさまです。ミナト環境の石川です。
    弁天ハイツ（港区弁天4丁目）のゴミ置場の件で、
    隣の戸建てにお住まいの方から管理会社経由で苦情が入りました。

    　苦情者：寺田 芳江 様（70代、ご主人と二人暮らし）
    　住所：大阪市港区弁天4-9-21
    　電話：06-0000-8127（日中はご在宅とのこと）
    　内容：夜になるとネズミがゴミ置場から庭に入ってくる。
    　　　　ご主人が足が悪く、夜にトイレに行く際に怖いとのこと。

    金曜の作業の前に、古川さんから一度直接お電話してもらえますか。
    庭側の侵入経路も見てほしいとのことです。
    ベイト剤の設置場所は前回の図面どおりでお願いします。

    """) + SIG_ISH,
    personal=[P("name", "寺田 芳江"), P("address", "大阪市港区弁天4-9-21"),
              P("phone", "06-0000-8127")]))

# ---- attachment 1: worker roster for a general contractor
WORKERS = [
    ("職長", "石川 浩", "1979/03/22", "46", "大阪市港区南市岡1-4-9", "A", "2025/06/12", "128/82", "有"),
    ("作業員", "西川 翔", "1996/04/09", "29", "大阪市港区市岡元町2-8-14", "O", "2025/10/20", "118/76", "有"),
    ("作業員", "堤 正樹", "1973/08/15", "52", "大阪市大正区三軒家東3-11-2", "B", "2025/09/08", "168/104", "有"),
    ("作業員", "宮下 健吾", "1988/11/30", "37", "大阪市此花区西九条5-2-17", "AB", "2025/09/08", "134/88", "有"),
    ("作業員", "ファム・ヴァン・トゥアン", "1999/02/05", "26", "大阪市港区八幡屋2-6-3", "O", "2025/09/08", "122/70", "有"),
]
add(hold(ORG, "matsumoto", "attachment", "list.worker_roster",
    "The cover note is routine, but the attached worker roster lists five workers' birth dates, home addresses, blood types and blood pressure for the contractor.",
    MAT, ["大成ビルド株式会社 南港作業所 安全衛生担当 <anzen-nanko@taisei-build.example.co.jp>"],
    "作業員名簿（再下請負通知書 添付資料）の提出",
    t("""
    大成ビルド株式会社 南港作業所
    安全衛生ご担当者様

    いつもお世話になっております。ミナト環境サービスの松本です。
    11月17日からの南港物流センター新築工事（防虫・防鼠工事）に入場する
    作業員の名簿を添付いたします。
    新規入場者教育は11/17(月) 8:00からで承知しております。

    ご確認のほどよろしくお願いいたします。

    """) + SIG_MAT,
    attachments=[att("作業員名簿_ミナト環境_南港.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     csv_text(["職種", "氏名", "生年月日", "年齢", "現住所", "血液型", "健診日", "血圧", "社会保険"], WORKERS))],
    personal=[P("name", "堤 正樹"), P("address", "大阪市大正区三軒家東3-11-2"),
              P("dob", "1996/04/09"), P("health", "168/104")]))

# ---- attachment 2: payslip attached to a mail to a partner company
add(hold(ORG, "okada", "attachment", "personal.payslip_wrong_party",
    "The body sends a payment notice to a partner company, but the attached file is an employee's payslip with pay, deductions and his bank account.",
    OKA, ["株式会社ベイサイド清掃 経理部 <keiri@bayside-seiso.example.co.jp>"],
    "10月分 外注費お支払通知書の送付",
    t("""
    株式会社ベイサイド清掃
    経理部 ご担当者様

    いつもお世話になっております。ミナト環境サービス 総務部の岡田です。
    10月分の外注費のお支払通知書を添付にてお送りいたします。
    お支払いは11月25日(火)を予定しております。

    ご確認のほど、よろしくお願いいたします。

    """) + SIG_OKA,
    attachments=[att("給与明細_202510_宮下健吾.pdf", "application/pdf", t("""
    2025年10月分 給与明細書　　　　株式会社ミナト環境サービス
    社員番号 0412　氏名 宮下 健吾 様　所属 管理部 清掃課
    【支給】基本給 228,000　資格手当 10,000　夜勤手当 36,400　残業手当 41,250　通勤手当 9,800
    　　　　支給合計 325,450
    【控除】健康保険 15,480　厚生年金 28,365　雇用保険 1,953　所得税 8,420　住民税 14,300
    　　　　社宅家賃 25,000　控除合計 93,518
    差引支給額 231,932
    振込先 大阪港信用金庫 市岡支店 普通 6021847 ミヤシタ ケンゴ
    """))],
    personal=[P("name", "宮下 健吾"), P("pay", "差引支給額 231,932"),
              P("bank_account", "普通 6021847 ミヤシタ ケンゴ")]))

# ---- quoted 1: accident report with injury and medical history quoted
add(hold(ORG, "ishikawa", "quoted", "sensitive.accident_quoted",
    "The top is a short reply, but the quoted accident report names the injured worker, his fracture and his epilepsy history, sent to the contractor.",
    ISH, ["大成ビルド 南港作業所 工事主任 村田様 <murata@taisei-build.example.co.jp>"],
    "Re: 11/4 脚立転落事故の件",
    t("""
    村田 主任

    お世話になっております。ミナト環境の石川です。
    ご確認ありがとうございました。
    再発防止策（脚立使用時の2人作業の徹底、可搬式作業台への切替）は、
    来週火曜の安全大会までに書面で提出いたします。

    """) + SIG_ISH + "\n" + quote(t("""
    -----Original Message-----
    From: 石川 浩
    Sent: Wednesday, November 5, 2025 7:32 AM
    To: 村田 <murata@taisei-build.example.co.jp>
    Subject: 11/4 脚立転落事故の件

    村田主任
    昨日の事故について第一報です。

    被災者：作業員 宮下 健吾（37歳）
    発生：11月4日 14:20頃、倉庫棟2階 天井点検口付近
    状況：脚立（高さ1.8m）上で捕獲器を設置中にバランスを崩して転落。
    傷病：右橈骨遠位端骨折（南港中央病院で手術予定、全治約2か月）
    備考：本人は以前からてんかんの持病があり服薬中。
    　　　事故直前に発作があったかどうかは、本人の記憶が曖昧です。
    """)),
    personal=[P("name", "宮下 健吾"), P("diagnosis", "右橈骨遠位端骨折"),
              P("diagnosis", "てんかんの持病があり服薬中")]))

# ---- quoted 2: applicant's résumé forwarded to the client's manager
add(hold(ORG, "okada", "quoted", "personal.resume_quoted",
    "The top only asks for a site interview; the forwarded application mail carries an applicant's full résumé with address, birth date, phone and job history to a client company.",
    OKA, ["なにわビルマネジメント 施設管理部 福田様 <fukuda@naniwa-bm.example.co.jp>"],
    "Fw: 【応募】設備管理スタッフ（常駐）求人について",
    t("""
    福田 様

    お世話になっております。ミナト環境サービスの岡田です。
    御社ビルの常駐設備員の件、下記の方を候補として考えております。
    一度、現場で顔合わせの機会をいただけますでしょうか。

    岡田

    ---------- Forwarded message ---------
    From: 田辺 勇気 <yuki.tanabe.0815@gmail.com>
    Date: 2025年11月3日(月) 22:05
    Subject: 【応募】設備管理スタッフ（常駐）求人について
    To: 採用担当 <saiyo@minato-kankyo.example.co.jp>

    ミナト環境サービス 採用ご担当者様

    求人サイトを見て応募いたしました、田辺勇気と申します。
    履歴書の内容を以下に記載いたします。

    氏名：田辺 勇気（たなべ ゆうき）　生年月日：1991年8月15日（34歳）
    住所：大阪府大阪市西区九条南1-12-5 グランドール九条 708
    電話：090-0000-2468
    学歴：2012年3月 大阪府立南港工業高等専門学校 電気工学科 卒業
    職歴：2012年4月 関西ファシリティ株式会社 入社（商業施設の設備管理）
    　　　2020年6月 同社 退職（父の介護のため）
    　　　2021年1月〜現在 コンビニエンスストア 夜勤アルバイト
    資格：第二種電気工事士、ボイラー技士2級、危険物乙種4類
    志望動機：介護が一段落したため、以前の経験を活かして設備管理の仕事に戻りたいと考えております。
    """),
    personal=[P("name", "田辺 勇気"), P("address", "大阪府大阪市西区九条南1-12-5 グランドール九条 708"),
              P("dob", "1991年8月15日"), P("phone", "090-0000-2468")]))

# ---- subject only: dependant's My Number in the subject
add(hold(ORG, "okada", "subject", "id.mynumber_subject",
    "The subject line carries an employee's name and his daughter's マイナンバー; the body is a neutral note to the tax office.",
    OKA, ["うつぼ税理士法人 年末調整担当 <nencho@utsubo-tax.example.jp>"],
    "年末調整 扶養控除申告書の記載漏れ（山下健二さん 長女 個人番号 %s）" % MN_CHILD,
    t("""
    うつぼ税理士法人
    年末調整ご担当者様

    いつもお世話になっております。ミナト環境サービスの岡田です。
    件名の件、ご指摘ありがとうございました。本人に確認のうえ追記いたしました。
    修正後の申告書は、明日まとめて郵送いたします。

    """) + SIG_OKA,
    personal=[P("mynumber", MN_CHILD), P("name", "山下健二")]))

# ---- zip: plain zip with an entry register inside
ENTRY = [
    ("石川 浩", "1979/03/22", "主任", "運転免許証 630914820733", "ミナト環境サービス"),
    ("宮下 健吾", "1988/11/30", "作業員", "運転免許証 621507336914", "ミナト環境サービス"),
    ("古川 達也", "1984/06/02", "作業員", "運転免許証 622011874520", "ナンバ防除"),
    ("ファム・ヴァン・トゥアン", "1999/02/05", "作業員", "在留カード RT55820193VN", "ミナト環境サービス"),
]
add(hold(ORG, "ishikawa", "zip", "list.zip_entry_register",
    "A plain zip sent to a data-centre operator contains an entry register with four workers' birth dates and driver's licence or residence card numbers.",
    ISH, ["関西データセンター 施設管理課 入館受付 <nyukan@kansai-dc.example.co.jp>"],
    "11月定期防除作業 入館申請（11/15 夜間）",
    t("""
    関西データセンター 施設管理課
    入館受付ご担当者様

    お世話になっております。ミナト環境サービスの石川です。
    11月15日(土) 22:00〜翌5:00 の定期防除作業について、
    入館申請書と作業員リストをZIPでお送りします。

    作業エリア：1F 搬入口・2F 共用廊下・B1 厨房排水槽まわり
    使用薬剤：SDS を同封しています

    よろしくお願いいたします。

    """) + SIG_ISH,
    attachments=[
        att("入館申請_20251115.zip/入館者名簿.csv", "text/csv",
            csv_text(["氏名", "生年月日", "役割", "本人確認書類", "所属"], ENTRY)),
        att("入館申請_20251115.zip/入館申請書.pdf", "application/pdf", t("""
        入館申請書　申請日 2025/11/06
        作業名：定期防除作業（11月）　日時：2025/11/15 22:00〜11/16 05:00
        申請会社：株式会社ミナト環境サービス　責任者：石川 浩（080-0000-6190）
        """)),
        att("入館申請_20251115.zip/SDS_ベイト剤.pdf", "application/pdf",
            "安全データシート（SDS）　製品名：ラットキルベイトS　有効成分：ジフェチアロール 0.0025%\n")],
    personal=[P("name", "古川 達也"), P("drivers_licence", "622011874520"),
              P("residence_card", "RT55820193VN"), P("dob", "1984/06/02")]))

# ---- recipients: tenants' contacts from many companies in visible To
TENANTS = [
    "みなと歯科クリニック 受付 <uketsuke@minato-shika.example.jp>",
    "株式会社ベイ商事 総務 <soumu@bay-shoji.example.co.jp>",
    "港南会計事務所 <info@konan-kaikei.example.jp>",
    "カフェ・リバーサイド 店長 <riverside@cafe-riverside.example.jp>",
    "大阪湾ロジテック株式会社 総務部 <somu@osakawan-logi.example.co.jp>",
    "弁天町法律事務所 <office@bentencho-law.example.jp>",
    "有限会社アートプリント港 <info@artprint-minato.example.co.jp>",
    "株式会社シーサイド不動産 <contact@seaside-fudosan.example.co.jp>",
    "ヨガスタジオ ナミ <studio@yoga-nami.example.jp>",
    "関西ソフトウェア開発 管理部 <kanri@kansai-soft.example.co.jp>",
    "学習塾 みなと進学ゼミ <juku@minato-shingaku.example.jp>",
    "中央ビル管理 フロント <front@chuo-bm.example.co.jp>",
]
add(hold(ORG, "matsumoto", "recipients", "recipients.tenants_visible_to",
    "A work notice goes to twelve tenant companies with every address visible in To; more than ten outside recipients who should have been BCC.",
    MAT, TENANTS,
    "【弁天ミナトビル】害虫駆除作業（11/22）実施のお知らせ",
    t("""
    弁天ミナトビル テナント各位

    平素よりお世話になっております。
    当ビルの環境衛生管理を担当しております、ミナト環境サービスの松本です。

    建築物衛生法に基づく定期の害虫駆除作業を、下記のとおり実施いたします。

    日時：2025年11月22日(土) 19:00〜22:00
    範囲：全フロアの共用部、給湯室、各テナント様専有部（ご希望の区画のみ）
    方法：ベイト剤設置および残留噴霧（食品・食器は扉付きの棚へお片付けください）

    専有部の作業をご希望のテナント様は、11/18(火)までにご返信ください。
    当日は管理会社の担当者が立ち会います。

    """) + SIG_MAT,
    personal=[]))

# ============================================================ PASSES
# ---- disinfection proposal using 感染 in the general sense
add(ok(ORG, "matsumoto", "body", "benign.disinfection_proposal",
    "A disinfection service proposal to a care home; 感染 is used generally and no resident or case is named.",
    MAT, ["社会福祉法人 港陽会 特別養護老人ホーム みなと苑 施設長 <shisetsucho@minato-en.example.or.jp>"],
    "感染症対策 消毒作業のご提案",
    t("""
    特別養護老人ホーム みなと苑
    施設長 様

    先日は貴重なお時間をいただき、ありがとうございました。
    ミナト環境サービスの松本です。
    お打合せの内容を踏まえ、冬季の感染症対策としての消毒作業をご提案いたします。

    1. 定期消毒（月1回）
    　共用部（食堂・浴室・トイレ・手すり）の次亜塩素酸ナトリウム清拭
    2. 発生時の緊急消毒（24時間受付）
    　ノロウイルス等の感染者が出た際、居室・トイレの消毒を当日中に実施
    3. 職員向け研修
    　嘔吐物処理の手順（30分・年2回）

    費用は別紙のお見積りのとおりです。
    昨冬は府内の受託施設 42か所で緊急消毒を計 17件実施しております。

    """) + SIG_MAT))

# ---- monthly pest-control report with trap numbers
add(ok(ORG, "ishikawa", "attachment", "benign.work_report_numbers",
    "A monthly pest-control report with trap numbers and catch counts; numbers describe equipment and pests, not people.",
    ISH, ["弁天ミナトビル 管理組合 事務局 <jimukyoku@benten-minato-bldg.example.jp>"],
    "10月度 ねずみ・害虫防除作業報告書",
    t("""
    弁天ミナトビル 管理組合 事務局 御中

    いつもお世話になっております。ミナト環境の石川です。
    10月度の防除作業報告書を添付いたします。

    ・ゴキブリ：1F 厨房区画で捕獲増加。ベイト剤を追加設置しました
    ・ねずみ：B1 機械室で痕跡なし、前月から改善しています
    ・蚊：浄化槽まわり、幼虫の発生なし

    来月も同じ日程（第3土曜 夜間）で伺います。

    """) + SIG_ISH,
    attachments=[att("防除報告書_202510.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv_text(
        ["トラップ番号", "設置場所", "ゴキブリ", "ねずみ", "備考"],
        [("T-01-0112", "1F 厨房 シンク下", 14, 0, "ベイト追加"),
         ("T-01-0113", "1F 厨房 冷蔵庫裏", 9, 0, ""),
         ("T-B1-0301", "B1 機械室", 0, 0, "痕跡なし"),
         ("T-B1-0302", "B1 ゴミ置場", 2, 0, ""),
         ("T-05-0511", "5F 給湯室", 1, 0, "")]))]))

# ---- invoice with corporate account and registration numbers
add(ok(ORG, "matsumoto", "body", "benign.invoice_registration",
    "An invoice mail with the company's corporate account, 法人番号 and invoice registration number.",
    MAT, ["株式会社ベイ商事 総務部 経理課 <keiri@bay-shoji.example.co.jp>"],
    "ご請求書送付のご案内（2025年10月分 定期防除）",
    t("""
    株式会社ベイ商事
    総務部 経理課 ご担当者様

    平素は格別のお引き立てを賜り、厚く御礼申し上げます。
    2025年10月分の定期防除作業のご請求書を、郵送とあわせてメールでもお送りいたします。

    　請求番号：MK-2510-0386
    　ご請求金額：38,500円（税込）
    　お支払期日：2025年11月30日
    　お振込先：大阪港信用金庫 弁天町支店 普通 1184203
    　　　　　　カ）ミナトカンキョウサービス

    　法人番号：8120001067421
    　適格請求書発行事業者登録番号：T8120001067421

    今後ともよろしくお願い申し上げます。

    """) + SIG_MAT))

# ---- a 宗教法人 as a customer for termite control
add(ok(ORG, "matsumoto", "body", "benign.religious_corp_customer",
    "A termite-control quote to a shrine; the 宗教法人 is a customer, and no one's personal belief is involved.",
    MAT, ["宗教法人 八幡屋神社 社務所 <shamusho@yahataya-jinja.example.or.jp>"],
    "本殿床下 シロアリ調査結果とお見積り",
    t("""
    宗教法人 八幡屋神社
    宮司 様

    先日は床下調査にお立ち会いいただき、ありがとうございました。
    ミナト環境サービスの松本でございます。

    調査の結果、本殿北側の束石まわりでヤマトシロアリの蟻道を確認いたしました。
    被害は土台の表面にとどまっており、構造上の問題はございません。

    ご提案：
    　・床下土壌処理と木部への穿孔注入（約 42㎡）
    　・社務所は予防処理のみ
    　・作業は例大祭（11/23）後の 11/26(水)〜27(木) を想定
    　・お見積額 418,000円（税込）、5年保証付き

    文化財指定の部材には薬剤を使用いたしませんので、ご安心ください。

    """) + SIG_MAT))

# ---- supplier questionnaire with HR aggregates
add(ok(ORG, "okada", "attachment", "benign.hr_aggregates",
    "A client's supplier survey answered with company-wide figures: disability employment rate, health-check and stress-check rates; no individual is named.",
    OKA, ["大阪湾ロジテック株式会社 調達部 CSR推進担当 <csr@osakawan-logi.example.co.jp>"],
    "サプライヤーCSR調査票のご回答",
    t("""
    大阪湾ロジテック株式会社
    調達部 CSR推進ご担当者様

    お世話になっております。ミナト環境サービス 総務部の岡田です。
    ご依頼いただいたサプライヤーCSR調査票に回答いたしましたので、添付にてお送りします。

    主な項目は以下のとおりです。
    ・障害者雇用率：2.71%（法定雇用率 2.5%）
    ・定期健康診断 受診率：100%（2024年度）
    ・ストレスチェック 受検率：94.2%
    ・健康経営優良法人 2025 認定

    ご不明点があればお知らせください。

    """) + SIG_OKA,
    attachments=[att("CSR調査票_ミナト環境サービス.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv_text(
        ["項目", "回答"],
        [("従業員数", "186名（うち外国籍 12名）"), ("障害者雇用率", "2.71%"),
         ("女性管理職比率", "14.3%"), ("有給取得率", "72.5%"),
         ("労働災害件数（休業4日以上）", "1件"), ("健康診断受診率", "100%"),
         ("ストレスチェック受検率", "94.2%"), ("ISO14001", "認証取得済み")]))]))

# ---- equipment fault; 障害 used for equipment
add(ok(ORG, "ishikawa", "body", "benign.equipment_fault",
    "Reports a pump fault and a monitoring-panel alarm to the building manager; 障害 means an equipment failure.",
    ISH, ["中央ビル管理 フロント 長尾様 <front@chuo-bm.example.co.jp>"],
    "【報告】受水槽 揚水ポンプ2号機 障害発報について",
    t("""
    中央ビル管理 長尾様

    お疲れさまです。ミナト環境の石川です。
    本日 6:40、中央監視盤で「揚水ポンプ2号機 過負荷障害」の警報が出ました。

    ・現場確認 6:55、2号機停止・1号機へ自動切替済み、給水に影響なし
    ・ポンプ銘板：型式 KP-50A  製造番号 21K08735
    ・絶縁抵抗 測定値 0.8MΩ（基準値以下）→ モーター不良の可能性

    メーカー（関西ポンプ）に点検を依頼し、明日午前に来てもらう予定です。
    それまでは1号機の単独運転となります。
    状況が変わればまたご連絡します。

    """) + SIG_ISH))

# ---- successor introduction
add(ok(ORG, "matsumoto", "body", "benign.successor_intro",
    "A handover greeting to a building association chair; staff names, mobile numbers in signatures and titles only.",
    MAT, ["弁天ミナトビル管理組合 理事長 高木様 <takagi@benten-minato-bldg.example.jp>"],
    "担当者交代のご挨拶",
    t("""
    弁天ミナトビル管理組合
    理事長　高木 様

    平素は格別のご高配を賜り、誠にありがとうございます。
    ミナト環境サービスの松本でございます。

    さて、このたび社内の組織変更に伴い、12月1日より貴ビルの担当を
    営業部の 上原 亮（うえはら りょう）が引き継ぐことになりました。
    上原は入社12年目で、港区・大正区の物件を長く担当してまいりました。

    後日あらためて、上原とともにご挨拶に伺います。
    これまでのご厚情に心より御礼申し上げますとともに、
    今後とも変わらぬご愛顧を賜りますようお願い申し上げます。

    　後任：営業部 主任 上原 亮
    　携帯：090-0000-5519　メール：r-uehara@minato-kankyo.example.co.jp

    """) + SIG_MAT,
    cc=["上原 亮 <r-uehara@minato-kankyo.example.co.jp>"]))

# ---- six addresses from two companies
add(ok(ORG, "ishikawa", "recipients", "benign.project_6_addresses",
    "A cleaning schedule to six people at the building manager and the owner company; a normal project distribution.",
    ISH, ["中央ビル管理 長尾 <front@chuo-bm.example.co.jp>",
          "中央ビル管理 設備課 榎本 <enomoto@chuo-bm.example.co.jp>",
          "中央ビル管理 営業部 丸山 <maruyama@chuo-bm.example.co.jp>"],
    "年末 定期清掃（床ワックス・ガラス）日程のご相談",
    t("""
    中央ビル管理 長尾様、榎本様、丸山様
    ベイサイド地所 吉川様、小池様、森本様

    お世話になっております。ミナト環境の石川です。
    年末の定期清掃について、以下の日程で考えています。

    　12/20(土) 21:00〜 1F〜3F 共用部 床洗浄・ワックス
    　12/21(日) 9:00〜  外窓ガラス（ゴンドラ使用、雨天時 12/27）
    　12/27(土) 21:00〜 4F〜8F 共用部 床洗浄・ワックス

    ゴンドラ作業の日は、1F 正面入口前に三角コーンを置かせていただきます。
    テナント様への周知文は、榎本様にお送りすればよろしいでしょうか。

    """) + SIG_ISH,
    cc=["ベイサイド地所 吉川 <yoshikawa@bayside-jisho.example.co.jp>",
        "ベイサイド地所 小池 <koike@bayside-jisho.example.co.jp>",
        "ベイサイド地所 森本 <morimoto@bayside-jisho.example.co.jp>"]))

# ---- company names containing surnames
add(ok(ORG, "matsumoto", "attachment", "benign.company_names_surnames",
    "An inspection schedule listing properties and owner companies whose names contain surnames; these are businesses, not private persons.",
    MAT, ["なにわビルマネジメント 施設管理部 福田様 <fukuda@naniwa-bm.example.co.jp>"],
    "12月 定期点検スケジュール（受託物件一覧）",
    t("""
    なにわビルマネジメント
    福田 様

    いつもお世話になっております。ミナト環境サービスの松本です。
    12月の定期点検スケジュールを添付いたします。
    佐藤ビル管理様と田中興産様の物件は、年末年始の休館に合わせて日程を前倒ししております。

    ご確認のほどよろしくお願いいたします。

    """) + SIG_MAT,
    attachments=[att("点検スケジュール_202512.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv_text(
        ["日付", "物件名", "オーナー", "作業内容", "担当"],
        [("12/02", "佐藤第二ビル", "佐藤ビル管理株式会社", "貯水槽清掃", "石川"),
         ("12/04", "田中興産 本町ビル", "田中興産株式会社", "排水管洗浄", "宮下"),
         ("12/09", "山本ハイツ弁天", "有限会社山本不動産", "害虫駆除", "西川"),
         ("12/11", "鈴木ビルディング", "鈴木商事株式会社", "空調フィルター清掃", "石川"),
         ("12/16", "なにわ中央ビル", "なにわビルマネジメント", "消防設備点検立会い", "上原")]))]))

# ---- plain zip of drawings and photos
add(ok(ORG, "ishikawa", "zip", "benign.plain_zip_drawings",
    "A plain zip of drawings and site photos for a contractor; the files are technical and contain no personal data.",
    ISH, ["関西ポンプ株式会社 サービス課 <service@kansai-pump.example.co.jp>"],
    "揚水ポンプ2号機 点検依頼（図面・写真送付）",
    t("""
    関西ポンプ株式会社 サービス課 御中

    お世話になります。ミナト環境サービスの石川です。
    明日の点検の参考に、ポンプ室の図面と現場写真をお送りします。
    容量の都合でZIPにまとめています（パスワードなし）。

    現地：弁天ミナトビル B1 ポンプ室（大阪市港区弁天6-3）
    集合：11/7(金) 10:00 1F 防災センター前

    """) + SIG_ISH,
    attachments=[att("pump_room_20251106.zip", "application/zip", t("""
    pump_room_20251106/
      B1_ポンプ室_平面図.pdf
      揚水系統図.pdf
      IMG_4411_2号機銘板.jpg
      IMG_4412_制御盤.jpg
      IMG_4415_絶縁抵抗測定.jpg
    """))]))
