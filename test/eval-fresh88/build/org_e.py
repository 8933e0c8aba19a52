"""(E) 監理団体・技能実習 — 協同組合 みらい技能交流機構"""
from common import A, mail, att, enc_zip, P, csv_text, houjin_bangou

ORG = "E"
DOM = "mirai-ginou.example.or.jp"

HIRAMATSU = A("平松 大輔", f"d.hiramatsu@{DOM}")
LAN = A("Nguyen Thi Lan", f"lan.nguyen@{DOM}")
KURITA = A("栗田 恵子", f"k.kurita@{DOM}")
JIMUKYOKU = A("協同組合みらい技能交流機構 事務局", f"jimukyoku@{DOM}")

SIG_HIRAMATSU = """
――――――――――――――――――――――――――
協同組合 みらい技能交流機構（監理団体 許可番号 許1000000088）
指導部 部長／監理責任者　平松 大輔
〒370-0000 群馬県高崎市問屋町9-9-9 みらい会館2階
TEL 027-0000-5560　FAX 027-0000-5561　携帯 080-0000-2047
E-mail d.hiramatsu@mirai-ginou.example.or.jp
――――――――――――――――――――――――――
"""

SIG_LAN = """
Nguyen Thi Lan（グエン・ティ・ラン）
協同組合 みらい技能交流機構　生活指導員（ベトナム語通訳）
TEL 027-0000-5560 / lan.nguyen@mirai-ginou.example.or.jp
"""

SIG_KURITA = """
協同組合 みらい技能交流機構
事務局長　栗田 恵子
TEL：027-0000-5560（代表）
"""

SIG_KURITA_EN = """
Keiko Kurita
Secretary General
Mirai Skills Exchange Cooperative (Supervising Organization)
9-9-9 Toiyamachi, Takasaki, Gunma 370-0000 JAPAN
Tel: +81-27-0000-5560
"""

KANTO_FOODS = A("関東フーズ株式会社 人事課 小川", "ogawa@kanto-foods.example.co.jp")
TAKASAKI_METAL = A("高崎メタル工業株式会社 総務 桜井", "sakurai@takasaki-metal.example.co.jp")
SENDING = A("Hanoi Human Resources JSC - Japan Dept.", "japan@hanoi-hr.example.vn")

MAILS = []
add = MAILS.append

# ============================================================ HOLDS
# --- body 1: employment-insurance and pension numbers of transferring trainees
add(mail(ORG, "平松", "body", "hold", "id.employment_insurance_pension_numbers",
    "転籍先企業への連絡本文に実習生3名の雇用保険被保険者番号と基礎年金番号を書いている。",
    HIRAMATSU, [TAKASAKI_METAL],
    "転籍実習生3名の資格取得手続きについて",
    """
高崎メタル工業株式会社
総務 桜井様

いつもお世話になっております。みらい技能交流機構の平松です。
11月1日付で御社へ転籍する3名について、社会保険・雇用保険の資格取得届に
必要な番号を前実習先から受領しましたのでお知らせします。

　1. ホアン・ヴァン・ティエン
　　 雇用保険被保険者番号 5008-271346-2　基礎年金番号 6210-448035
　2. ドー・ティ・トゥー
　　 雇用保険被保険者番号 5008-271351-9　基礎年金番号 6210-448162
　3. ブイ・クォック・バオ
　　 雇用保険被保険者番号 5008-271358-1　基礎年金番号 6210-448297

離職票は前実習先から本人宛に届く予定です。
ハローワークへの届出は入社日から10日以内ですので、よろしくお願いいたします。
""" + SIG_HIRAMATSU,
    personal=[P("name", "ホアン・ヴァン・ティエン"), P("employment_insurance_number", "5008-271346-2"),
              P("pension_number", "6210-448035"), P("name", "ドー・ティ・トゥー"),
              P("employment_insurance_number", "5008-271351-9"), P("pension_number", "6210-448297")]))

# --- body 2: a trainee's pregnancy reported to the employer
add(mail(ORG, "グエン", "body", "hold", "sensitive.trainee_pregnancy",
    "受入れ企業への報告本文に実習生の氏名と妊娠・通院の状況を書いており、本人同意があっても健康情報の外部送信にあたる。",
    LAN, [KANTO_FOODS],
    "ファム・ティ・ハーさんの体調について（ご報告）",
    """
関東フーズ株式会社
人事課 小川様

いつもお世話になっております。みらい技能交流機構のグエンです。
第一工場のファム・ティ・ハーさん（2期生）について、本人の了解を得てご報告します。

本人から相談があり、先週金曜に一緒に高崎市内の産婦人科を受診しました。
妊娠12週と診断されています。つわりが強く、朝のライン作業（冷蔵エリア）で
気分が悪くなることがあるそうです。

技能実習は妊娠・出産を理由に不利益な扱いをしてはいけないことになっています。
当面、冷蔵エリアから常温の包装ラインへの配置換えと、通院日（月1回）の休暇を
ご検討いただけますでしょうか。出産予定日は来年4月下旬です。
今後の実習継続・一時帰国については、本人とご家族の希望を聞いてから改めて相談させてください。

よろしくお願いいたします。
""" + SIG_LAN,
    personal=[P("name", "ファム・ティ・ハー"), P("health", "妊娠12週と診断"), P("health", "つわりが強く")]))

# --- body 3 (English): a trainee's arrest reported to the sending organisation
add(mail(ORG, "栗田", "body", "hold", "sensitive.trainee_arrest",
    "送出機関への英文報告で、実習生の氏名と窃盗容疑での逮捕・勾留という刑事手続きの情報を書いている。",
    KURITA, [SENDING],
    "Urgent: Trainee TRAN VAN DUC",
    """
Dear Ms. Hoa,

I am writing to inform you of a serious matter concerning one of the trainees
sent by your company in April 2024.

Mr. TRAN VAN DUC (born 14 February 2002), assigned to Kanto Foods Co., Ltd.,
Plant No. 2, was arrested by the Takasaki police on 12 July on suspicion of shoplifting
at a drugstore near the dormitory. He is currently detained at Takasaki
Police Station. Our staff interpreter, Ms. Nguyen Thi Lan, visited
him yesterday. He admits the charge and says he needed money to send home.

The police expect to decide on indictment within about 20 days. We have
contacted a lawyer through the local bar association (toban bengoshi).
Depending on the outcome, the training may have to be discontinued and we will
need to discuss his return to Vietnam with you.

Could you please contact his family and let us know whether they have any
debt with a broker in Vietnam? We will keep you updated.

Best regards,
""" + SIG_KURITA_EN,
    personal=[P("name", "TRAN VAN DUC"), P("birth_date", "14 February 2002"),
              P("criminal", "arrested by the Takasaki police on 12 July on suspicion of shoplifting")]))

# --- attachment 1: trainee roster with passport numbers to the insurer
roster = csv_text(
    ["No", "氏名（旅券記載）", "国籍", "生年月日", "性別", "旅券番号", "実習実施者", "入国日"],
    [["1", "NGUYEN VAN HUNG", "ベトナム", "2003/01/22", "男", "C3318027", "高崎メタル工業株式会社", "2025/10/08"],
     ["2", "LE THI MAI", "ベトナム", "2002/06/14", "女", "C2970415", "関東フーズ株式会社", "2025/10/08"],
     ["3", "PHAN MINH QUAN", "ベトナム", "2004/03/03", "男", "C3402266", "高崎メタル工業株式会社", "2025/10/08"],
     ["4", "VO THI THANH", "ベトナム", "2001/11/29", "女", "C3015583", "関東フーズ株式会社", "2025/10/08"],
     ["5", "AHMAD RIZKI", "インドネシア", "2002/08/17", "男", "E8802146", "株式会社ぐんまパーツ", "2025/10/15"],
     ["6", "SITI NURHALIZA", "インドネシア", "2003/05/05", "女", "E8802391", "株式会社ぐんまパーツ", "2025/10/15"],
     ["7", "DANG VAN LONG", "ベトナム", "2000/12/08", "男", "C2887710", "前橋プラスチック株式会社", "2025/10/08"],
     ["8", "TRINH THI HUONG", "ベトナム", "2004/09/30", "女", "C3420952", "前橋プラスチック株式会社", "2025/10/08"]])
add(mail(ORG, "平松", "attachment", "hold", "list.trainee_roster_passports",
    "本文は加入手続きの依頼だけだが、添付名簿に実習生8名の氏名・国籍・生年月日・旅券番号が並んでいる。",
    HIRAMATSU, [A("あおぞら損害保険 外国人保険デスク", "gaikokujin@aozora-sonpo.example.co.jp")],
    "外国人技能実習生総合保険 新規加入（10月入国者）",
    """
あおぞら損害保険
外国人保険デスク ご担当者様

いつもお世話になっております。みらい技能交流機構の平松です。
10月入国予定の実習生について、総合保険の新規加入をお願いいたします。
加入者名簿を添付いたしますので、保険始期は各入国日でお手続きください。

保険料は組合で一括してお支払いします。請求書は事務局宛でお願いします。
""" + SIG_HIRAMATSU,
    attachments=[att("加入者名簿_2025年10月入国.csv", "text/csv", roster)],
    personal=[P("name", "NGUYEN VAN HUNG"), P("passport_number", "C3318027"),
              P("name", "LE THI MAI"), P("passport_number", "C2970415"),
              P("name", "AHMAD RIZKI"), P("passport_number", "E8802146"),
              P("birth_date", "2002/08/17")]))

# --- attachment 2: health-check findings per trainee to the employer
health = """入国後講習期間 健康診断結果一覧（関東フーズ株式会社 配属予定者）

実施日：2025年10月20日　実施機関：高崎みなみ健診センター

No.1　LE THI MAI（23歳・女）
　身長 152.4cm　体重 46.1kg　血圧 108/66
　胸部X線：異常なし　尿検査：異常なし
　判定：A（異常なし）

No.2　VO THI THANH（23歳・女）
　身長 155.0cm　体重 58.7kg　血圧 118/74
　胸部X線：右上肺野に陳旧性陰影　→　要精密検査（結核既往の確認）
　HBs抗原：陽性
　判定：D（要精密検査・要医療）

No.3　DOAN THI NGA（24歳・女）
　身長 150.8cm　体重 49.3kg　血圧 102/60
　貧血（Hb 10.1 g/dL）
　判定：C（経過観察）

※D判定の方は、10月28日に高崎中央病院 呼吸器内科を受診予定です（通訳同行）。
"""
add(mail(ORG, "グエン", "attachment", "hold", "sensitive.health_check_results_attachment",
    "本文は送付の挨拶だけだが、添付に実習生ごとの健康診断結果（陳旧性陰影・HBs抗原陽性・貧血など）が氏名付きで載っている。",
    LAN, [KANTO_FOODS],
    "健康診断結果の送付（10月配属予定者）",
    """
関東フーズ株式会社
人事課 小川様

いつもお世話になっております。みらい技能交流機構のグエンです。
入国後講習の期間中に実施した健康診断の結果を添付いたします。
配属前面談の際に、あわせてご説明いたします。

よろしくお願いいたします。
""" + SIG_LAN,
    attachments=[att("健康診断結果一覧_関東フーズ配属予定者.pdf", "application/pdf", health)],
    personal=[P("name", "VO THI THANH"), P("health", "右上肺野に陳旧性陰影"), P("health", "HBs抗原：陽性"),
              P("name", "DOAN THI NGA"), P("health", "貧血（Hb 10.1 g/dL）")]))

# --- quoted 1: trainees' religion forwarded to the receiving company
add(mail(ORG, "平松", "quoted", "hold", "sensitive.religion_forward",
    "上部は受入れ準備の連絡だが、引用された講習担当の報告に実習生2名の実名と宗教（イスラム教）・礼拝や断食の内容が書かれている。",
    HIRAMATSU, [A("株式会社ぐんまパーツ 工場長 吉川", "yoshikawa@gunma-parts.example.co.jp")],
    "Fw: 11月配属予定者についての申し送り",
    """
株式会社ぐんまパーツ
工場長 吉川様

いつもお世話になっております。みらい技能交流機構の平松です。
来月配属のインドネシア人実習生について、入国後講習の担当から下記の申し送りがありました。
受入れ準備の参考にしていただければと思います。

休憩室の一角の使い方など、配属前の訪問時に一緒に確認させてください。
""" + SIG_HIRAMATSU + """
> 平松部長
>
> 講習センターの坂本です。11月にぐんまパーツさんに配属予定の2名についてです。
>
> ・AHMAD RIZKI さん、SITI NURHALIZA さんはイスラム教徒で、1日5回の礼拝があります。
> 　勤務中は昼（12時台）と午後（15時台）の2回、5〜10分程度の場所と時間が必要です。
> ・豚肉・アルコールは不可です。社員食堂のメニュー表示をお願いできると助かります。
> ・来年のラマダン（2月中旬〜3月中旬）は日中断食します。夏場ではありませんが、
> 　体調に注意が必要です。
> ・SITIさんは勤務中もヒジャブ（スカーフ）の着用を希望しています。
>
> 坂本
"""
    , personal=[P("name", "AHMAD RIZKI"), P("name", "SITI NURHALIZA"), P("religion", "イスラム教徒")]))

# --- quoted 2: a trainee's harassment / depression consultation forwarded to a lawyer
add(mail(ORG, "グエン", "quoted", "hold", "sensitive.harassment_mental_health_forward",
    "上部は弁護士への取次ぎだけだが、引用した相談メモに実習生の氏名・勤務先と抑うつ状態の診断が書かれている。",
    LAN, [A("石川法律事務所 石川 先生", "soudan@ishikawa-law.example.jp")],
    "Fw: 相談メモ（日本語訳）",
    """
石川先生

いつもお世話になっております。みらい技能交流機構のグエンです。
先日お電話でご相談した件、実習生本人からの相談メモ（私が日本語に訳したもの）を
下に転送いたします。本人は先生との面談を希望しています。

ご都合のよい日時を教えていただけますでしょうか。通訳として同席いたします。
""" + SIG_LAN + """
---------- 転送メッセージ ----------
差出人: Nguyen Thi Lan <lan.nguyen@mirai-ginou.example.or.jp>
日付: 2025年9月3日 18:20
件名: 相談メモ（日本語訳）
宛先: 平松 大輔 <d.hiramatsu@mirai-ginou.example.or.jp>

相談者：ヴー・ティ・トゥイ（24歳、関東フーズ株式会社 第二工場、1号2年目）
相談日：2025年9月2日（組合事務所にて、ベトナム語）

・6月ごろから班長の男性に「国に帰れ」「バカ」と毎日のように怒鳴られる。
　ミスをした日は休憩に行かせてもらえないことがある。
・7月から眠れなくなり、8月29日に高崎市内の心療内科を受診。
　「抑うつ状態」と診断され、睡眠薬を処方された。
・会社の人事には言えていない。実習先を変えたい。家族には心配をかけたくないので
　言っていない。
"""
    , personal=[P("name", "ヴー・ティ・トゥイ"), P("health", "「抑うつ状態」と診断"),
                P("health", "心療内科を受診")]))

# --- subject only: residence card number in the subject
add(mail(ORG, "平松", "subject", "hold", "id.residence_card_subject",
    "本文は訪問の連絡だけだが、件名に実習生の氏名と在留カード番号が入っている。",
    HIRAMATSU, [A("小島行政書士事務所 小島 先生", "info@kojima-gyosei.example.jp")],
    "在留カード再交付（紛失）グエン・ヴァン・ナム 在留カード番号 UH00728391FQ",
    """
小島先生

いつもお世話になっております。みらい技能交流機構の平松です。

標記の件、本人を連れて明日14時に事務所へ伺います。
必要書類はお電話でご指示いただいたとおり準備しております。
警察の遺失届の受理番号も控えてまいります。

よろしくお願いいたします。
""" + SIG_HIRAMATSU,
    personal=[P("name", "グエン・ヴァン・ナム"), P("residence_card_number", "UH00728391FQ")]))

# --- zip (English): password-protected candidate documents to the sending organisation
add(mail(ORG, "栗田", "zip", "hold", "attachment.encrypted_zip",
    "面接合格者の書類をパスワード付きZIPで送っており、中身を検査できないPPAP添付である。",
    KURITA, [SENDING],
    "Documents for successful candidates (interview on 18 June)",
    """
Dear Ms. Hoa,

Thank you for arranging the interviews on 18 June.
Please find attached the documents for the 6 successful candidates
(employment conditions, training plan summary and the consent forms in
Japanese and Vietnamese).

The ZIP file is password-protected. I will send the password in a separate email.
Could you please have the candidates sign the consent forms and return the
scans by 5 July?

Best regards,
""" + SIG_KURITA_EN,
    attachments=[enc_zip("successful_candidates_20250618.zip")]))

# --- recipients: general-meeting notice with member companies visible in To
members_to = [
    TAKASAKI_METAL,
    KANTO_FOODS,
    A("株式会社ぐんまパーツ 吉川", "yoshikawa@gunma-parts.example.co.jp"),
    A("前橋プラスチック株式会社 総務 宇佐美", "usami@maebashi-plastic.example.co.jp"),
    A("有限会社小暮縫製 小暮", "kogure@kogure-housei.example.co.jp"),
    A("榛名農産株式会社 管理部", "kanri@haruna-nousan.example.jp"),
    A("株式会社富岡鉄工所 人事", "jinji@tomioka-tekko.example.co.jp"),
    A("伊勢崎ダイカスト株式会社 総務", "soumu@isesaki-diecast.example.co.jp"),
    A("渋川建設株式会社 工務部", "koumu@shibukawa-kensetsu.example.co.jp"),
    A("株式会社藤岡食品 人事課", "jinji@fujioka-shokuhin.example.co.jp"),
    A("太田精密株式会社 管理課", "kanri@ota-seimitsu.example.co.jp"),
    A("館林ソーイング 代表 松本", "matsumoto.sewing@gmail.com"),
]
add(mail(ORG, "栗田", "recipients", "hold", "recipients.member_companies_in_to",
    "組合員企業12社の担当者アドレスを宛先(To)に並べて一斉送信しており、各社の受入れ関係が互いに見えてしまう。",
    KURITA, members_to,
    "第18回 通常総会の開催について（ご案内）",
    """
組合員各位

平素より当組合の事業運営にご理解とご協力を賜り、厚く御礼申し上げます。
第18回通常総会を下記のとおり開催いたしますので、ご案内申し上げます。

　日時：令和7年6月24日（火）14:00〜15:30（受付13:30〜）
　会場：みらい会館 3階 大会議室
　議案：
　　第1号議案　令和6年度 事業報告及び決算承認の件
　　第2号議案　令和7年度 事業計画及び収支予算決定の件
　　第3号議案　賦課金の額及び徴収方法決定の件
　　第4号議案　役員改選の件

ご欠席の場合は、同封の委任状を6月17日までにご返送ください。
総会終了後、外国人技能実習機構の担当者による育成就労制度の説明会を予定しております。
""" + SIG_KURITA))

# ============================================================ PASSES
add(mail(ORG, "平松", "none", "pass", "benign.audit_visit_schedule",
    "定期監査の日程調整で、受入れ企業の担当者名と重い署名があるだけで実習生の個人情報は含まれない。",
    HIRAMATSU, [TAKASAKI_METAL],
    "Re: 定期監査（第3四半期）の日程について",
    """
桜井様

ご返信ありがとうございます。平松です。
それでは、11月18日（火）10:00〜 で定期監査に伺います。

当日確認させていただく書類は以下のとおりです。
　・技能実習日誌（8月〜10月分）
　・賃金台帳・出勤簿（同）
　・実習生との面談（1名15分程度、食堂をお借りできれば助かります）
　・寮の設備確認

面談にはベトナム語通訳のグエンが同行します。
技能実習責任者の長谷川部長にもよろしくお伝えください。
""" + SIG_HIRAMATSU + """
> 平松様
>
> いつもお世話になっております。高崎メタル工業の桜井です。
> 監査の件、11月18日（火）午前でしたら長谷川も在社しております。
> 会議室の予約をしておきます。
>
> ―――――――――――――――――
> 高崎メタル工業株式会社 総務部
> 桜井 美帆　TEL 027-0000-3812（直通）
> 〒370-0000 群馬県高崎市下之城町9-99
> ―――――――――――――――――
"""))

add(mail(ORG, "栗田", "none", "pass", "benign.swift_remittance_corporate",
    "送出機関への管理費の送金連絡で、口座・SWIFTは相手方の法人口座である。",
    KURITA, [SENDING],
    "Remittance of management fees (Q3 2025)",
    """
Dear Ms. Hoa,

We have remitted the sending-organization management fees for July-September
2025 as follows:

  Number of trainees: 46
  Amount: JPY 690,000 (JPY 5,000 x 46 x 3 months)
  Beneficiary: HANOI HUMAN RESOURCES JOINT STOCK COMPANY
  Bank: Vietnam Commercial Bank for Trade, Hoan Kiem Branch
  Account No.: 0011-0040-28871
  SWIFT: VCBTVNVX
  Value date: 10 October 2025

Please send us the official receipt for our records.

Best regards,
""" + SIG_KURITA_EN))

add(mail(ORG, "グエン", "none", "pass", "benign.to_data_subject_own_schedule",
    "実習生本人に本人の技能検定と在留期限の予定を伝えるもので、第三者への送信ではなく番号も含まれない。",
    LAN, [A("Nguyen Thi Hoa", "hoa.nguyen.1999@gmail.com")],
    "Lịch thi kỹ năng / 技能検定の日程",
    """
Hoa さん

Chào em, chị Lan đây.
技能検定（随時2級）の日程が決まりました。

　学科試験：12月3日（水）9:30〜　群馬県職業能力開発協会
　実技試験：12月10日（水）13:00〜　会社の第一工場

Thẻ lưu trú (在留カード) của em hết hạn ngày 28/2/2026.
在留期間の更新申請は、検定の合格後、1月中に組合で手続きします。
パスポートと在留カードを1月の面談の日に持ってきてください。

Có gì không hiểu thì nhắn chị nhé.
""" + SIG_LAN))

add(mail(ORG, "平松", "none", "pass", "benign.permit_and_corporate_numbers",
    "実習計画申請の案内で、監理団体許可番号・法人番号・届出受理番号はいずれも法人や事業所の番号である。",
    HIRAMATSU, [A("榛名農産株式会社 管理部 高橋", "takahashi@haruna-nousan.example.jp")],
    "技能実習計画 認定申請の準備について",
    f"""
榛名農産株式会社
管理部 高橋様

いつもお世話になっております。みらい技能交流機構の平松です。
来年4月入国予定の実習計画の認定申請について、申請書に記載する番号をまとめました。

　監理団体許可番号：許1000000088（一般監理事業）
　当組合の法人番号：{houjin_bangou("070005002417")}
　御社の法人番号：{houjin_bangou("070001019983")}
　実習実施者届出受理番号：0000123456（令和5年受理）

申請は入国予定日の6か月前（10月中）に機構へ提出します。
役員の住民票など、追加でお願いする書類は来週リストにしてお送りします。
""" + SIG_HIRAMATSU))

add(mail(ORG, "栗田", "none", "pass", "benign.nationality_aggregates_bcc",
    "組合員向けの実績報告で、国籍別の人数や失踪・労災件数は集計値のみ、宛先はBCCである。",
    KURITA, [JIMUKYOKU],
    "組合だより 第42号（受入れ状況のご報告）",
    """
組合員各位

いつもお世話になっております。事務局の栗田です。
組合だより第42号として、9月末時点の受入れ状況をご報告いたします。

■実習生数（9月30日現在）　合計 184名
　ベトナム 121名／インドネシア 38名／フィリピン 17名／ミャンマー 8名
　1号 72名、2号 96名、3号 16名

■今期の状況
　・失踪：0件（前年同期 2件）
　・労働災害：1件（休業4日未満、再発防止策を共有済み）
　・技能検定 随時3級 合格率：98.6%（72名中71名）

■今後の予定
　・10月22日　受入れ企業向け研修「育成就労制度への移行について」
　・11月中旬　冬季の防寒・交通安全講習（実習生向け）

引き続きよろしくお願いいたします。
""" + SIG_KURITA,
    bcc=[TAKASAKI_METAL, KANTO_FOODS,
         A("株式会社ぐんまパーツ 吉川", "yoshikawa@gunma-parts.example.co.jp"),
         A("前橋プラスチック株式会社 総務 宇佐美", "usami@maebashi-plastic.example.co.jp"),
         A("有限会社小暮縫製 小暮", "kogure@kogure-housei.example.co.jp"),
         A("榛名農産株式会社 管理部", "kanri@haruna-nousan.example.jp"),
         A("株式会社富岡鉄工所 人事", "jinji@tomioka-tekko.example.co.jp"),
         A("伊勢崎ダイカスト株式会社 総務", "soumu@isesaki-diecast.example.co.jp"),
         A("渋川建設株式会社 工務部", "koumu@shibukawa-kensetsu.example.co.jp"),
         A("株式会社藤岡食品 人事課", "jinji@fujioka-shokuhin.example.co.jp"),
         A("太田精密株式会社 管理課", "kanri@ota-seimitsu.example.co.jp"),
         A("館林ソーイング 代表 松本", "matsumoto.sewing@gmail.com")]))

add(mail(ORG, "グエン", "none", "pass", "benign.lecture_health_schedule",
    "入国後講習のカリキュラム調整で、健康診断や感染症予防の講義は日程と人数だけで個人の情報はない。",
    LAN, [A("高崎国際研修センター 講習課 坂本", "sakamoto@takasaki-kensyu.example.jp")],
    "11月入国者の入国後講習カリキュラムについて",
    """
高崎国際研修センター
講習課 坂本様

いつもお世話になっております。みらい技能交流機構のグエンです。
11月入国者（ベトナム8名、インドネシア4名、計12名）の講習カリキュラムについて、
生活指導の部分を以下のとおりお願いしたいです。

　第1週　11/10（月）午前　健康診断（高崎みなみ健診センター、全員）
　第1週　11/12（水）午後　「日本の医療機関のかかり方・感染症予防」（講師：保健所 保健師）
　第2週　11/18（火）午後　インフルエンザ予防接種（希望者、当日受付）
　第3週　11/25（火）午前　ごみの分別・自転車の交通ルール（高崎市 国際交流協会）
　第4週　12/2（火）午後　法的保護講習（講師：社会保険労務士）

食事はハラール対応の弁当を4食分、講習期間中お願いいたします。
""" + SIG_LAN))

add(mail(ORG, "平松", "none", "pass", "benign.dorm_lease_six_addresses_licence",
    "寮の賃貸借の連絡で、宛先は組合と不動産会社の2社6名、宅建業者免許番号と宅建士登録番号は業者の公開情報である。",
    HIRAMATSU, [A("株式会社上州不動産 賃貸営業部 森", "mori@joshu-fudosan.example.co.jp"),
                A("株式会社上州不動産 契約管理 小林", "kobayashi@joshu-fudosan.example.co.jp"),
                A("株式会社上州不動産 店長 大橋", "ohashi@joshu-fudosan.example.co.jp")],
    "問屋町ハイツ（実習生寮）賃貸借契約の締結について",
    """
株式会社上州不動産
森様、小林様、大橋店長

いつもお世話になっております。みらい技能交流機構の平松です。
問屋町ハイツ 201〜204号室（実習生寮として法人契約）の件、重要事項説明書の
案を拝受しました。内容を確認し、以下の記載で問題ございません。

　宅地建物取引業者：株式会社上州不動産　群馬県知事（4）第0000512号
　説明を行う宅地建物取引士：小林 真司（群馬 第000873号）
　契約者：協同組合 みらい技能交流機構（法人契約）
　契約開始：2025年11月1日　賃料 各室 42,000円（共益費込）

重要事項説明と契約締結は10月24日（金）15時、御社店舗でお願いします。
当方は平松と事務局長の栗田、経理の木村の3名で伺います。
""" + SIG_HIRAMATSU,
    cc=[KURITA, A("木村 優", f"y.kimura@{DOM}")]))

add(mail(ORG, "栗田", "none", "pass", "benign.board_minutes_chain",
    "理事会議事録の確認のやり取りで、理事の氏名・所属と、市長選の候補者という公人の名前が出てくるだけである。",
    KURITA, [A("株式会社富岡鉄工所 代表取締役 富岡 正人", "tomioka@tomioka-tekko.example.co.jp")],
    "Re: Re: 第5回理事会 議事録（案）",
    """
富岡理事長

お世話になっております。栗田です。
ご指摘の2点を反映した議事録（最終案）を添付いたします。

・4.（来賓）の「高崎市長選挙 立候補予定者 大沢 誠一郎 氏」は、
　ご指摘どおり「来賓挨拶は選挙期間前のため辞退」と修正しました。
・6.（システム障害）は「9月3日の組合基幹システムの障害（約4時間）」と
　日付と時間を追記しました。

ご確認いただけましたら、署名理事（富岡理事長、小暮理事）に回覧いたします。
""" + SIG_KURITA + """
> 栗田さん
>
> 議事録案ありがとう。2点だけ。
> 4. 大沢さんの来賓挨拶は、選挙の前だから辞退してもらったはず。書き方を直してください。
> 6. システムが止まった日と時間を入れておいてください。
> あとは問題ありません。
>
> 富岡
>
> ---
> > 第5回理事会 議事録（案）
> > 日時：令和7年9月9日（火）15:00〜16:40　場所：みらい会館 3階
> > 出席理事：富岡 正人（理事長）、小暮 裕、宇佐美 健、松本 和江、吉川 聡
> > 1. 上期事業報告　2. 監査報告　3. 賦課金の見直し　4. 来賓
> > 5. 育成就労制度への対応　6. システム障害の報告と再発防止
""",
    attachments=[att("第5回理事会議事録_最終案.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "第5回理事会 議事録\n日時 令和7年9月9日（火）15:00〜16:40\n出席理事 富岡 正人（理事長）、小暮 裕、宇佐美 健、松本 和江、吉川 聡\n1. 上期事業報告 承認\n2. 監査報告 承認\n3. 賦課金の見直し 次回継続審議\n4. 来賓 高崎市長選挙 立候補予定者 大沢 誠一郎 氏（来賓挨拶は選挙期間前のため辞退）\n5. 育成就労制度への対応 準備委員会を設置\n6. 9月3日の組合基幹システムの障害（約4時間） 原因はストレージ故障、再発防止として冗長化\n")]))

add(mail(ORG, "グエン", "none", "pass", "benign.flight_arrival_group",
    "送出機関との入国便の確認で、人数と便名のみを扱い個人名は含まれない。",
    LAN, [SENDING],
    "Flight arrival - group of 8 (10 Nov)",
    """
Dear Ms. Hoa,

Thank you for the flight details. We confirm the arrival plan as follows:

  Flight: VN 310, Hanoi (HAN) 00:20 -> Tokyo Narita (NRT) 07:45, 10 Nov 2025
  Group: 8 trainees (5 male, 3 female) for Takasaki Metal and Kanto Foods
  Pick-up: our staff (Lan and Mr. Kimura) will wait at the South Wing arrival
  lobby with a sign "MIRAI". Chartered minibus to Takasaki, about 2.5 hours.

Please remind the group to keep their passports and the "Certificate of
Eligibility" in their hand luggage, and to bring a winter jacket - it is
already cold in Gunma in November.

Best regards,
Lan
""" + SIG_LAN))

add(mail(ORG, "栗田", "none", "pass", "benign.religious_corporation_venue",
    "宗教法人の会館を研修会場として借りる手配で、宗教法人は貸主の法人であり個人の信仰ではない。",
    KURITA, [A("宗教法人 高崎聖光教会 会館管理室", "kaikan@seiko-church.example.or.jp")],
    "会館ホールご利用のお願い（10月22日）",
    """
宗教法人 高崎聖光教会
会館管理室 ご担当者様

はじめてご連絡いたします。協同組合みらい技能交流機構 事務局長の栗田と申します。
受入れ企業向けの研修会場として、貴会館のホールをお借りできないかと思い、
ご連絡いたしました。

　日時：10月22日（水）13:00〜17:00（準備・片付け含む）
　人数：約80名（組合員企業の担当者）
　内容：研修会「育成就労制度への移行について」（講演と質疑）
　設備：プロジェクター、マイク2本を使用したく存じます

宗教行事と重ならない日程かどうか、ご確認いただけますと幸いです。
利用料と、申込書の様式をお送りいただけますでしょうか。
""" + SIG_KURITA))

assert len(MAILS) == 20
