"""(D) 関東セントリー警備株式会社 — security-guard company, Yokohama."""
from common import (mail, addr, att, enc_zip, P, csv_text, quote)

ORG = "D"
NAME = "関東セントリー警備株式会社"
DOMAIN = "kanto-sentry.example.co.jp"

OHMORI = addr("大森 浩二", "ohmori@" + DOMAIN)
SANO = addr("佐野 由紀", "sano@" + DOMAIN)
IWASAKI = addr("岩崎 大輔", "iwasaki@" + DOMAIN)

SIG_OHMORI = """
────────────────────────────────
関東セントリー警備株式会社
営業部 法人営業課 課長　大森 浩二
〒231-0099 神奈川県横浜市中区港町9-9-9 セントリービル4F
TEL 045-0000-7700 ／ FAX 045-0000-7701 ／ 携帯 090-0000-1187
ohmori@kanto-sentry.example.co.jp
神奈川県公安委員会 認定 第45000123号
────────────────────────────────
"""

SIG_SANO = """
関東セントリー警備株式会社　管理部（労務・教育担当）
佐野 由紀
TEL 045-0000-7710（直通）　FAX 045-0000-7701
sano@kanto-sentry.example.co.jp
※本メールには機密情報が含まれている可能性があります。宛先以外の方が受信された場合は、
　破棄のうえ送信者までご連絡ください。無断での複製・転送を禁じます。
"""

SIG_IWASAKI = """
--
関東セントリー警備 第二警備隊 隊長 岩崎
携帯 080-0000-3345
"""

MAILS = []
add = MAILS.append

# ====================================================================== HOLDS
# ---- body 1: guard roster in the body for the site safety file
add(mail(
    "sano", "body", "hold", "list.guard_roster_body",
    "A roster of five guards with birth dates, blood types, certificate numbers and emergency phones is typed into the body.",
    SANO, [addr("湘南建設 みなとみらい作業所 安全担当 伊藤様", "ito.anzen@shonan-kensetsu.example.co.jp")],
    "交通誘導警備員名簿（7月分）の送付",
    """
湘南建設株式会社
みなとみらい作業所 安全担当 伊藤様

いつもお世話になっております。関東セントリー警備 管理部の佐野です。
7月に配置予定の交通誘導警備員の名簿をお送りします。
グリーンサイトへの登録もあわせてお願いいたします。

No. 氏名　　　　 生年月日　　 年齢 血液型 資格（交通誘導2級 合格証明書番号）　緊急連絡先
1　 岩崎 大輔　 1979/04/12　 46　 A　　 第2016-0412号　　　　　　　　　　 045-0000-3821（妻）
2　 小山 正　　 1958/09/30　 66　 O　　 第2011-1977号　　　　　　　　　　 090-0000-6630（長男）
3　 須田 武　　 1963/01/05　 62　 B　　 なし　　　　　　　　　　　　　　　 045-0000-1152（本人宅）
4　 田畑 美咲　 1997/11/21　 27　 AB　　なし　　　　　　　　　　　　　　　 080-0000-4096（母）
5　 西岡 勝利　 1955/06/16　 70　 A　　 第2009-0233号　　　　　　　　　　 045-0000-7788（妻）

※西岡は7月から70歳となりますが、健康診断の結果は問題ありません。
新規入場者教育は、7月1日（火）7:45〜でお願いいたします。
""" + SIG_SANO,
    personal=[P("name", "小山 正"), P("birthdate", "1958/09/30"), P("phone", "090-0000-6630"),
              P("name", "田畑 美咲"), P("birthdate", "1997/11/21"), P("name", "西岡 勝利"), P("phone", "045-0000-7788")],
))

# ---- body 2: applicant's criminal record discussed with the lawyer
add(mail(
    "sano", "body", "hold", "sensitive.criminal_record_check",
    "Sends a named applicant's past conviction and sentence to the outside lawyer to check the 警備業法 disqualification rule.",
    SANO, [addr("みなと綜合法律事務所 弁護士 高畑 先生", "takahata@minato-sogo-law.example.jp")],
    "採用予定者の欠格事由該当性についてのご相談",
    """
高畑先生

いつもお世話になっております。関東セントリー警備 管理部の佐野です。
採用予定者1名について、警備業法第14条（欠格事由）への該当の有無をご確認いただきたく、ご相談いたします。

氏名：坂口 隆（さかぐち たかし）　1981年3月22日生（44歳）
応募職種：施設警備（日勤）

面接時に本人から申告があった内容：
・2019年10月、窃盗罪で懲役1年6月・執行猶予3年の判決（横浜地方裁判所）
・執行猶予期間は2022年10月に満了、その後の前科・前歴はなし
・現在は妻と二人暮らし、物流倉庫で2年勤務（離職理由は会社都合）

当社としては、執行猶予期間満了から5年を経過していないことが
「禁錮以上の刑に処せられ…」の要件との関係でどう扱われるかが気になっております。
誓約書の記載内容とあわせて、ご見解をいただけますでしょうか。

本人には、結果が出るまで採否の連絡を保留しております。
""" + SIG_SANO,
    personal=[P("name", "坂口 隆"), P("birthdate", "1981年3月22日"),
              P("criminal", "窃盗罪で懲役1年6月・執行猶予3年の判決")],
))

# ---- body 3: shoplifting incident report naming the juvenile and the victim shop clerk
add(mail(
    "iwasaki", "body", "hold", "sensitive.juvenile_incident_report",
    "Reports a named 16-year-old's shoplifting arrest, his school and the injured staff member to the client.",
    IWASAKI, [addr("港北ベイモール 管理事務所 防災センター長 川島様", "kawashima@kohoku-baymall.example.co.jp")],
    cc=[OHMORI],
    subject="事案報告（6/14 1F ドラッグストア 万引き）",
    text="""
川島センター長

お疲れさまです。第二警備隊の岩崎です。
昨日の事案について報告します。

日時：6月14日（土）16:35頃
場所：1F ドラッグストア「ハーブ堂」前 通路

概要：
ハーブ堂の店員さんから無線で応援要請。化粧品5点（計12,760円）を持って店外に出た少年を
当社警備員の須田が声かけし、事務所へ同行。
少年は 港北区在住の 石倉 隼人（16歳、県立港北台高校1年）と名乗り、生徒手帳で確認。
店長の判断で港北警察署に通報、17:20に署員2名が到着し引き渡し。
保護者（母親）には警察から連絡済みとのこと。

なお、声かけの際に少年が振り払った手が店員の 原田 真理恵さん（32歳）の顔に当たり、
唇を切る軽傷。原田さんは本人希望で救急要請せず、翌日受診予定です。
原田さんは被害届を出すかどうか検討中とのことでした。

防犯カメラ映像（16:30〜16:40、カメラ1F-07・1F-08）は警察の依頼で保存済みです。

以上、よろしくお願いします。
""" + SIG_IWASAKI,
    personal=[P("name", "石倉 隼人"), P("juvenile", "16歳、県立港北台高校1年"), P("name", "原田 真理恵"),
              P("victim", "唇を切る軽傷")],
))

# ---- attachment 1: guards' health-check findings
HEALTH_ROWS = [
    ["S-0112", "小山 正", "66", "2025/04/18", "158/96", "要精密（高血圧）", "服薬中"],
    ["S-0127", "須田 武", "62", "2025/04/18", "132/84", "要経過観察（脂質）", ""],
    ["S-0140", "西岡 勝利", "69", "2025/04/22", "146/88", "要治療（糖尿病 HbA1c 7.9）", "通院中"],
    ["S-0203", "田畑 美咲", "27", "2025/04/22", "108/66", "異常なし", ""],
    ["S-0215", "岩崎 大輔", "46", "2025/04/25", "128/82", "要経過観察（肝機能）", ""],
]
add(mail(
    "sano", "attachment", "hold", "sensitive.health_check_list",
    "The attachment lists named guards' blood pressure, diagnoses and treatment status for the client.",
    SANO, [addr("湘南建設 みなとみらい作業所 安全担当 伊藤様", "ito.anzen@shonan-kensetsu.example.co.jp")],
    "健康診断結果一覧の送付（高齢者就労の確認書類）",
    """
伊藤様

お世話になっております。佐野です。
先日ご依頼のあった、配置予定者の健康診断結果一覧を添付いたします。
作業所の高齢者就労確認の書類としてご使用ください。

よろしくお願いいたします。
""" + SIG_SANO,
    attachments=[att("健康診断結果一覧_2025.xlsx", csv_text(
        ["社員番号", "氏名", "年齢", "受診日", "血圧", "判定", "備考"], HEALTH_ROWS))],
    personal=[P("name", "小山 正"), P("health", "要精密（高血圧）"), P("name", "西岡 勝利"),
              P("health", "要治療（糖尿病 HbA1c 7.9）")],
))

# ---- attachment 2: wrong file — a guard's payslip with his bank account sent to the client
add(mail(
    "sano", "attachment", "hold", "personal.payslip_to_client",
    "The cover note promises a duty record, but the attached file is one guard's payslip with his personal bank account, sent to the client.",
    SANO, [addr("港北ベイモール 管理事務所 経理 松下様", "matsushita@kohoku-baymall.example.co.jp")],
    "5月分 警備勤務実績の送付",
    """
港北ベイモール管理事務所
経理ご担当 松下様

いつもお世話になっております。関東セントリー警備 管理部の佐野です。
5月分の警備勤務実績を添付いたします。
ご確認のうえ、問題なければ請求書を発行いたします。

よろしくお願いいたします。
""" + SIG_SANO,
    attachments=[att("給与明細_202505_S0127.pdf", """
関東セントリー警備株式会社　給与明細書　2025年5月分（支給日 6月25日）
社員番号 S-0127　氏名 須田 武 様　所属 第二警備隊（港北ベイモール）

勤怠：出勤日数 22日　総労働時間 198.0h　時間外 22.0h　深夜 36.0h
支給：基本給 198,000　時間外手当 34,375　深夜手当 11,250　資格手当 0　通勤手当 8,400
　　　総支給額 252,025
控除：健康保険 12,870　厚生年金 23,790　雇用保険 1,512　所得税 5,270　住民税 9,800
　　　社宅費 15,000　前借金返済 20,000
　　　控除合計 88,242
差引支給額 163,783

振込先：はまかぜ銀行 港北支店 普通 5820194　スダ タケシ
""")],
    personal=[P("name", "須田 武"), P("bank_account", "はまかぜ銀行 港北支店 普通 5820194"),
              P("payroll", "差引支給額 163,783"), P("debt", "前借金返済 20,000")],
))

# ---- quoted 1: home-security inquiry forwarded to the subcontractor
add(mail(
    "ohmori", "quoted", "hold", "personal.home_security_inquiry_forward",
    "A private person's inquiry with address, phone, absence hours and key location is forwarded to a subcontractor.",
    OHMORI, [addr("ベイテック防災 工事課 柴田様", "shibata@baytec-bosai.example.co.jp")],
    "Fw: ホームセキュリティのお見積り依頼",
    """
柴田様

いつもお世話になっております。大森です。
ホームセキュリティの現地調査をお願いしたい案件です。
お客様の情報は下記の通りですので、日程調整からお願いできますでしょうか。
センサーは玄関・勝手口・1階窓4か所を想定しています。

""" + SIG_OHMORI + """

-----Original Message-----
From: 大久保 恵子 <keiko.okubo.yokohama@gmail.com>
Sent: Tuesday, June 10, 2025 8:12 PM
To: info@kanto-sentry.example.co.jp
Subject: ホームセキュリティのお見積り依頼

ホームページを見てご連絡しました。
先月、近所で空き巣が続いたため、自宅にセキュリティを入れたいと思っています。

名前：大久保 恵子
住所：横浜市青葉区美しが丘9-14-7（一戸建て）
電話：045-0000-5217（日中は携帯 090-0000-9153）
家族：夫と私の二人暮らしで、夫は単身赴任中のため平日は私一人です。
平日は9時から18時まで仕事で家が空きます。
合鍵は今、勝手口横の植木鉢の下に置いています。

なるべく早く見積もりをお願いします。
""",
    personal=[P("name", "大久保 恵子"), P("address", "横浜市青葉区美しが丘9-14-7"),
              P("phone", "045-0000-5217"), P("phone", "090-0000-9153"),
              P("email", "keiko.okubo.yokohama@gmail.com")],
))

# ---- quoted 2: heat-stroke diagnosis in the quoted site report, sent to the insurer
add(mail(
    "sano", "quoted", "hold", "sensitive.heatstroke_quoted",
    "The forwarded site report carries a named guard's heat-stroke diagnosis and medical history, sent to an insurer.",
    SANO, [addr("三葉海上火災 労災上乗せ保険 事故受付 大橋様", "ohashi@mitsuba-kaijo.example.co.jp")],
    "Fw: 7/8 熱中症による救急搬送について（証券番号 RJ-30-118842）",
    """
三葉海上火災保険株式会社
事故受付 大橋様

お世話になっております。関東セントリー警備の佐野です。
お電話でご連絡した件、現場からの報告を下に転送いたします。
労災申請は本日、所轄の労働基準監督署へ提出予定です。
上乗せ保険の請求に必要な書類をご教示ください。

""" + SIG_SANO + """

> 差出人: 岩崎 大輔
> 送信日時: 2025年7月8日 18:44
> 宛先: 管理部 佐野
> 件名: 熱中症 搬送の件
>
> 佐野さん
> 本日の件、報告します。
>
> 隊員：小山 正（66歳）　現場：みなとみらい作業所 第2ゲート（交通誘導）
> 13:50頃、交代に行った須田がふらついている小山さんを発見。呼びかけへの反応が鈍かったため救急要請。
> 14:05 救急車到着、みなと赤十字病院へ搬送。
> 病院の説明では「熱中症III度、横紋筋融解症の疑い」で入院（3〜5日）とのこと。
> 本人は高血圧の薬を飲んでいて、今朝は朝食を抜いていたそうです。
> 奥さんには私から連絡し、病院に向かってもらっています。
>
> 岩崎
""",
    personal=[P("name", "小山 正"), P("health", "熱中症III度、横紋筋融解症の疑い"), P("health", "高血圧の薬")],
))

# ---- subject only: residence card number
add(mail(
    "sano", "subject", "hold", "id.residence_card_subject",
    "The subject gives a named guard's residence-card number; the body says nothing personal.",
    SANO, [addr("よこはま国際行政書士事務所 申請担当", "shinsei@yokohama-kokusai-gyosei.example.jp")],
    "在留カード UH48201736EN（グエン・ヴァン・ナム）更新申請の件",
    """
よこはま国際行政書士事務所
申請ご担当者様

いつもお世話になっております。関東セントリー警備の佐野です。
標記の件、先日お電話でご相談した内容のとおり進めていただけますでしょうか。
必要書類は、来週月曜日に持参いたします。

よろしくお願いいたします。
""" + SIG_SANO,
    personal=[P("residence_card", "UH48201736EN"), P("name", "グエン・ヴァン・ナム")],
))

# ---- zip: encrypted roster zip
add(mail(
    "sano", "zip", "hold", "attachment.encrypted_zip",
    "A password-protected zip (PPAP) goes to the client; its content cannot be checked.",
    SANO, [addr("湘南建設 みなとみらい作業所 安全担当 伊藤様", "ito.anzen@shonan-kensetsu.example.co.jp")],
    "【パスワード別送】作業員名簿・資格証写し（8月分）",
    """
伊藤様

お世話になっております。佐野です。
8月分の作業員名簿と資格証の写しをお送りします。
ファイルにはパスワードを設定しておりますので、別メールでお知らせします。

よろしくお願いいたします。
""" + SIG_SANO,
    attachments=[enc_zip("作業員名簿_資格証_202508.zip")],
))

# ---- recipients: 12 client contacts in To
CLIENTS_TO = [
    addr("港北ベイモール 防災センター 川島様", "kawashima@kohoku-baymall.example.co.jp"),
    addr("湘南建設 伊藤様", "ito.anzen@shonan-kensetsu.example.co.jp"),
    addr("みなと物流センター 総務 青山様", "aoyama@minato-butsuryu.example.co.jp"),
    addr("横浜第一病院 施設課", "shisetsu@yokohama-daiichi-hp.example.jp"),
    addr("ベイサイドホテル横浜 総務部", "soumu@bayside-hotel-yokohama.example.co.jp"),
    addr("青葉台マンション管理組合 理事長 松本様", "matsumoto.aobadai@gmail.com"),
    addr("かもめ精機 本社工場 総務 小池様", "koike@kamome-seiki.example.co.jp"),
    addr("山手女子学園 事務局", "jimu@yamate-joshi.example.ac.jp"),
    addr("都筑区民センター 管理事務所", "kanri@tsuzuki-kumin.example.or.jp"),
    addr("ハマテック本社ビル 管理部 石井様", "ishii@hamatech.example.co.jp"),
    addr("新横浜アリーナ運営 警備担当", "security@shinyoko-arena.example.co.jp"),
    addr("金沢八景データセンター 運用課", "ops@hakkei-dc.example.co.jp"),
]
add(mail(
    "ohmori", "recipients", "hold", "recipients.clients_in_to",
    "Twelve different client organisations (one private address) are visible in To instead of BCC.",
    OHMORI, CLIENTS_TO,
    "年末年始の緊急連絡体制について（ご案内）",
    """
お取引先各位

平素は格別のご高配を賜り、厚く御礼申し上げます。
関東セントリー警備株式会社 営業部の大森でございます。

年末年始期間中の当社の緊急連絡体制について、下記のとおりご案内いたします。

　期間：2025年12月27日（土）〜2026年1月4日（日）
　緊急連絡先：管制センター 045-0000-7799（24時間）
　営業部・管理部の窓口は12月26日（金）17時で年内の業務を終了し、
　1月5日（月）9時より通常業務となります。

期間中の臨時警備・増員のご依頼は、12月19日（金）までに担当営業へお知らせください。

本年も格別のお引き立てを賜り、誠にありがとうございました。
来年も変わらぬご愛顧のほど、よろしくお願い申し上げます。
""" + SIG_OHMORI,
))

# ====================================================================== PASSES
add(mail(
    "ohmori", "attachment", "pass", "benign.deployment_plan_staff_names",
    "A guard-deployment plan naming the company's own staff by role; no private data about them.",
    OHMORI, [addr("新横浜アリーナ運営 イベント部 警備担当 長島様", "nagashima@shinyoko-arena.example.co.jp")],
    "8/23・24 夏フェス 警備計画書（案）の送付",
    """
長島様

いつもお世話になっております。関東セントリー警備の大森です。
8月23日・24日の夏フェスの警備計画書（案）をお送りします。

前回の打ち合わせを受け、入場ゲートを4か所から5か所に増やし、
総配置人数を1日あたり68名としています。
雑踏警備の有資格者は各ゲートに1名以上配置しました。

ご確認のうえ、ご意見をお聞かせください。
""" + SIG_OHMORI,
    attachments=[att("警備計画書_夏フェス2025_案.docx", """
警備計画書（案）　新横浜アリーナ 夏フェス2025
実施日：2025年8月23日（土）・24日（日）　各日 8:00〜22:30

1. 警備体制
　統括責任者：営業部 課長 大森 浩二
　現場責任者：第二警備隊 隊長 岩崎 大輔（雑踏警備業務検定1級）
　副責任者：第三警備隊 隊長 石原 亮（雑踏警備業務検定2級）
2. 配置人数（1日あたり）
　入場ゲート 5か所×6名＝30名／場内巡回 12名／駐車場・交通誘導 18名／本部・救護連絡 8名　計68名
3. 連絡体制
　無線チャンネル：ゲート系 CH2、場内系 CH3、本部 CH1
　本部テント：北側スタッフ入口横（救護テント隣接）
4. 熱中症対策
　各ポスト30分交代、WBGT 31以上で15分交代に切替
""")],
))

add(mail(
    "iwasaki", "body", "pass", "benign.cctv_recorder_outage",
    "Reports a CCTV recorder outage (障害) with device serials; no person is identified.",
    IWASAKI, [addr("港北ベイモール 防災センター長 川島様", "kawashima@kohoku-baymall.example.co.jp")],
    cc=[addr("ベイテック防災 保守窓口", "hoshu@baytec-bosai.example.co.jp")],
    subject="防犯カメラ録画装置の障害について（B1F 2号機）",
    text="""
川島センター長

お疲れさまです。岩崎です。
本日の朝の巡回時に確認した件です。

・B1F 防災センター内 録画装置 2号機（型番 NVR-4032、S/N 7C21-0039-4415）で
　HDDエラーのランプが点灯、4:12以降の録画が停止していました。
・影響範囲：駐車場B1〜B2のカメラ16台（CAM-B1-01〜B2-08）
・ライブ映像は表示されています。1号機（1F・2F系統）は正常です。

ベイテック防災さんに保守依頼を出し、本日14時に来館予定です。
復旧までの間、B1〜B2の巡回を1時間ごとから30分ごとに増やします。

以上です。
""" + SIG_IWASAKI,
))

add(mail(
    "ohmori", "attachment", "pass", "benign.invoice_corporate_account",
    "An invoice with the company's corporate bank account.",
    OHMORI, [addr("みなと物流センター 総務 青山様", "aoyama@minato-butsuryu.example.co.jp")],
    "6月分 施設警備業務委託料のご請求",
    """
みなと物流センター株式会社
総務部 青山様

いつもお世話になっております。関東セントリー警備の大森です。
6月分の施設警備業務委託料のご請求書を添付いたします。

お振込先は下記のとおりです（変更はございません）。
　はまかぜ銀行 本店営業部　当座 1120458
　口座名義：カントウセントリーケイビ（カ

お支払期日は7月31日です。よろしくお願いいたします。
""" + SIG_OHMORI,
    attachments=[att("請求書_KS-2506-0412.pdf", """
請求書　No. KS-2506-0412　2025年6月30日
みなと物流センター株式会社 御中
関東セントリー警備株式会社　登録番号 T8020001077777

施設警備業務委託料（2025年6月分）　常駐警備 24時間×1ポスト　1,320,000円
臨時警備（6/14 棚卸立会い）　2名×8時間　48,000円
小計 1,368,000円　消費税 136,800円　合計 1,504,800円
振込先：はまかぜ銀行 本店営業部 当座 1120458 カントウセントリーケイビ（カ
""")],
))

add(mail(
    "ohmori", "body", "pass", "benign.tender_licence_numbers",
    "Tender documents quoting the company's security licence number, corporate number and headcounts by qualification.",
    OHMORI, [addr("横浜市 都筑区 総務課 契約係", "keiyaku@tsuzuki.city-yokohama.example.lg.jp")],
    "一般競争入札（都筑区民センター施設警備業務）参加資格確認書類の提出",
    """
都筑区総務課 契約係 ご担当者様

お世話になっております。関東セントリー警備株式会社の大森でございます。
標記入札の参加資格確認書類を提出いたします。原本は本日郵送いたしました。

　商号：関東セントリー警備株式会社
　法人番号：9020001088123
　警備業認定番号：神奈川県公安委員会 第45000123号（有効期限 2028年3月31日）
　入札参加資格 登録番号：YK-2025-S-00418
　有資格者数：施設警備業務検定1級 6名、2級 21名／交通誘導警備業務検定2級 38名
　従業員数：214名（うち警備員 192名）
　ISO 9001 認証番号：JQ-9001-77810

ご不明な点がございましたら、大森までご連絡ください。
""" + SIG_OHMORI,
))

add(mail(
    "ohmori", "body", "pass", "benign.election_rally_security",
    "Security arrangements for a candidate's street speech; the candidate is a public figure.",
    OHMORI, [addr("みずの浩一 選挙事務所 事務局長 村田様", "murata@mizuno-koichi-office.example.jp")],
    "7月12日 桜木町駅前 街頭演説の警備について",
    """
みずの浩一 選挙事務所
事務局長 村田様

お世話になっております。関東セントリー警備の大森です。
7月12日（土）の桜木町駅前での街頭演説について、警備の概要をお送りします。

・時間：17:00〜18:00（設営 16:00〜）
・配置：警備員 8名（選挙カー周囲 4名、聴衆エリア誘導 3名、責任者 1名）
・応援弁士として 国土交通大臣 経験者の 鷹野 元議員がいらっしゃると伺っていますので、
　警察（SP）との事前打ち合わせに当社責任者も同席させてください。
・聴衆が歩道にあふれた場合の誘導ルートは、添付予定の図面で別途ご相談します。

なお、みずの候補の演説前後の写真撮影・握手の列についても、
誘導が必要であれば事前にお知らせください。
""" + SIG_OHMORI,
))

add(mail(
    "sano", "body", "pass", "benign.infection_measures_generic",
    "General infection-control measures for guards during an influenza season; no one is named or reported ill.",
    SANO, [SANO],
    bcc=[addr("港北ベイモール 防災センター", "bousai@kohoku-baymall.example.co.jp"),
         addr("横浜第一病院 施設課", "shisetsu@yokohama-daiichi-hp.example.jp"),
         addr("みなと物流センター 総務", "soumu@minato-butsuryu.example.co.jp")],
    subject="感染症流行期における当社警備員の対応について（ご案内）",
    text="""
お取引先各位

平素より大変お世話になっております。関東セントリー警備株式会社 管理部でございます。

インフルエンザ等の感染症が流行する時期となりましたので、
当社警備員の対応について、下記のとおりご案内申し上げます。

1. 勤務前の検温を全員に義務付け、37.5℃以上の場合は勤務させず交代要員を手配します。
2. 受付・出入管理のポストでは、マスク着用と1時間ごとの手指消毒を行います。
3. 医療機関の施設では、各施設の感染対策マニュアル（隔離エリアへの立入り等）に従います。
4. 欠員が出た場合も、原則として当日中に交代要員を配置いたします。

ご不明な点は、担当営業または管理部（045-0000-7710）までお問い合わせください。
""" + SIG_SANO,
))

add(mail(
    "sano", "body", "pass", "benign.interview_invite_self",
    "An interview invitation sent to the applicant himself.",
    SANO, [addr("平野 翼", "tsubasa.hirano.1999@gmail.com")],
    "面接日時のご案内（関東セントリー警備株式会社）",
    """
平野 翼 様

このたびは当社の警備員募集にご応募いただき、ありがとうございます。
関東セントリー警備株式会社 管理部の佐野です。

面接を下記のとおり行いますので、ご来社ください。

　日時：6月19日（木）10:00〜（約1時間）
　場所：本社 4階 面接室（横浜市中区港町9-9-9 セントリービル）
　持ち物：履歴書（写真貼付）、筆記用具
　　　　　※採用が決まった場合は、後日 住民票・身分証明書（本籍地の市区町村が発行するもの）をご提出いただきます。

当日は1階の受付でお名前をお伝えください。
ご都合が悪い場合は、045-0000-7710（佐野）までご連絡ください。
""" + SIG_SANO,
))

add(mail(
    "ohmori", "body", "pass", "benign.condolence",
    "Condolences on the publicly announced death of a client's chairman.",
    OHMORI, [addr("かもめ精機 総務部長 小池様", "koike@kamome-seiki.example.co.jp")],
    "ご逝去の報に接し（お悔やみ申し上げます）",
    """
かもめ精機株式会社
総務部長 小池 様

貴社 取締役会長 鴨井 正義 様のご逝去の報に接し、
謹んでお悔やみ申し上げます。

創業以来、長年にわたり当社にも格別のご厚情を賜りましたこと、
社員一同、心より感謝申し上げております。
ご葬儀は近親者にて執り行われるとのこと、弔問は控えさせていただきますが、
後日のお別れの会には、弊社代表の北条とともに伺わせていただきます。

ご遺族の皆様、貴社の皆様に、心よりお悔やみ申し上げます。
""" + SIG_OHMORI,
))

add(mail(
    "iwasaki", "attachment", "pass", "benign.plain_zip_patrol_photos",
    "A plain (unencrypted) zip of patrol photos of equipment; no people in the file list.",
    IWASAKI, [addr("港北ベイモール 防災センター長 川島様", "kawashima@kohoku-baymall.example.co.jp")],
    "6月 定期巡回報告と不具合箇所写真",
    """
川島センター長

お疲れさまです。岩崎です。
6月の定期巡回で見つけた不具合箇所の写真をまとめて送ります。

・3F 非常口 誘導灯の球切れ（3F-EX-02）
・屋上 フェンス扉の施錠不良
・B2F 消火器の圧力低下（No.B2-14）
・立体駐車場 4F スロープの路面表示かすれ

対応の要否をご判断ください。
""" + SIG_IWASAKI,
    attachments=[att("巡回写真_202506.zip", """巡回写真_202506.zip の内容:
01_3F_EX-02_誘導灯.jpg
02_RF_フェンス扉.jpg
03_B2F_消火器B2-14.jpg
04_P4F_スロープ表示.jpg
巡回チェックシート_202506.pdf
""")],
))

add(mail(
    "ohmori", "body", "pass", "benign.project_six_addresses",
    "A project mail with six visible addresses from two companies, which is ordinary collaboration.",
    OHMORI, [addr("長島 典子", "nagashima@shinyoko-arena.example.co.jp"),
             addr("村井 健太", "murai@shinyoko-arena.example.co.jp"),
             addr("古川 聡", "furukawa@shinyoko-arena.example.co.jp")],
    cc=[IWASAKI, addr("石原 亮", "ishihara@" + DOMAIN), addr("管制センター", "kansei@" + DOMAIN)],
    subject="夏フェス警備 最終打ち合わせ（8/18 14時）",
    text="""
新横浜アリーナ運営 長島様、村井様、古川様

お世話になっております。関東セントリー警備の大森です。
夏フェスの最終打ち合わせですが、8月18日（月）14:00〜 貴社会議室でお願いいたします。

当社からは、大森・岩崎・石原の3名で伺います。
議題：
　1. 警備計画書 最終版の確認
　2. 無線チャンネル・緊急時の連絡フロー
　3. 雨天時・荒天時の入場ゲート運用
　4. 熱中症対策（救護テントとの連携）

資料は前日までにお送りします。
""" + SIG_OHMORI,
))
