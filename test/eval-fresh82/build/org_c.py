"""(C) 交通事故専門の弁護士法人: 弁護士法人みちしるべ法律事務所."""
from common import addr, att, csv_text, enc_zip, mail, quote

ORG = "C"
DOM = "michishirube-law.example.jp"

FUJII = addr("藤井 隆之", f"t.fujii@{DOM}")
MIYAMOTO = addr("弁護士 宮本沙織", f"s.miyamoto@{DOM}")
SHIMIZU = addr("清水 彩（みちしるべ法律事務所）", f"a.shimizu@{DOM}")

SIG_FUJII = """
────────────────────────────────
弁護士法人みちしるべ法律事務所
代表弁護士　藤井 隆之（第二東京弁護士会所属）
〒102-0000 東京都千代田区麹町9-9-9 麹町みちビル7F
TEL 03-0000-5100／FAX 03-0000-5101
https://www.michishirube-law.example.jp
────────────────────────────────
本メールは弁護士の守秘義務の対象となる情報を含む場合があります。
宛先に誤りがある場合は、閲覧・複製・転送をせず、直ちに削除のうえご連絡ください。
This e-mail may contain privileged and confidential information.
If you have received it in error, please notify the sender and delete it.
"""

SIG_MIYAMOTO = """
--------------------------------------------------
弁護士法人みちしるべ法律事務所
弁護士　宮本 沙織（第二東京弁護士会）
TEL 03-0000-5100（代表）／03-0000-5107（直通）
FAX 03-0000-5101
〒102-0000 東京都千代田区麹町9-9-9 麹町みちビル7F
--------------------------------------------------
※本メールには秘密情報が含まれている可能性があります。
"""

SIG_SHIMIZU = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
弁護士法人みちしるべ法律事務所
パラリーガル　清水 彩
TEL 03-0000-5100　FAX 03-0000-5101
受付時間：平日 9:30〜18:00
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

AOZORA = addr("あおぞら損害保険 首都圏損害サービス第三課 竹内様", "takeuchi.m@aozora-sonpo.example.co.jp")

MAILS = []

# ============================================================== HOLDS
# ---- body 1: client's injuries to the other side's insurer
MAILS.append(mail(
    writer="宮本", loc="body", expect="hold", kind="sensitive.client_injury",
    why="依頼者の氏名とともに傷病名・通院日数・後遺障害申請予定を相手方保険会社へ本文で送っている。",
    frm=MIYAMOTO, to=[AOZORA],
    subject="貴社事故受付番号 A24-0031877 治療状況のご報告",
    text=f"""
あおぞら損害保険株式会社
首都圏損害サービス第三課　竹内様

いつもお世話になっております。
原口 健太 氏の代理人弁護士の宮本でございます。

ご照会のありました治療状況につき、下記のとおりご報告いたします。

　傷病名：頚椎捻挫、腰椎捻挫、右手関節TFCC損傷
　治療先：麹町整形外科クリニック（2024年3月6日〜継続中）
　通院実日数：87日（11月末時点）
　現在の症状：右手関節の回内外時痛、握力低下（右18kg／左41kg）、
　　　　　　　頚部痛と右上肢のしびれが残存

主治医からは、来年1月末で症状固定とし後遺障害診断書を作成する方針と
伺っております。後遺障害の申請は被害者請求で行う予定です。
それまでの治療費の一括対応の継続をお願いいたします。
{SIG_MIYAMOTO}""",
    personal=[("name", "原口 健太"), ("injury", "頚椎捻挫、腰椎捻挫、右手関節TFCC損傷")],
))

# ---- body 2: client's personal bank account to insurer
MAILS.append(mail(
    writer="清水", loc="body", expect="hold", kind="id.private_bank_account",
    why="依頼者個人の銀行口座（支店・口座番号・名義）を本文に書いて保険会社へ送っている。",
    frm=SHIMIZU, to=[addr("ほくと損害保険 損害サービス課 荒木様", "araki@hokuto-sonpo.example.co.jp")],
    cc=[MIYAMOTO],
    subject="休業損害の内払いについて（太田様の件）",
    text=f"""
ほくと損害保険株式会社
損害サービス課　荒木様

お世話になっております。
弁護士法人みちしるべ法律事務所、パラリーガルの清水でございます。
担当弁護士宮本の指示により、ご連絡いたします。

先日ご了承いただいた休業損害の内払い（9月〜11月分 計642,000円）につきまして、
ご本人の生活状況に鑑み、今回に限り依頼者ご本人の口座へ
直接お振込みいただけますようお願いいたします。

　金融機関：三菱UFJ銀行　荻窪支店（店番 000）
　口座種別：普通
　口座番号：7654321
　口座名義：オオタ マユミ

お振込み予定日が決まりましたら、当職宛にご一報いただけますと幸いです。
{SIG_SHIMIZU}""",
    personal=[("name", "オオタ マユミ"), ("bank_account", "7654321"),
              ("bank_branch", "三菱UFJ銀行　荻窪支店")],
))

# ---- body 3: offender's criminal proceedings & prior record
MAILS.append(mail(
    writer="藤井", loc="body", expect="hold", kind="sensitive.criminal_proceedings",
    why="加害者を氏名で特定し、起訴の事実や同種前科を外部（依頼者個人のアドレス）に送っている。",
    frm=FUJII, to=[addr("北野 裕子", "yuko.kitano.0420@yahoo.co.jp")],
    subject="刑事手続きの状況について",
    text=f"""
北野 裕子 様

いつもお世話になっております。弁護士の藤井です。
お父様の事故の加害者側の刑事手続きについて、検察庁から連絡がありましたので
ご報告いたします。

加害者の森田 俊也 氏（52歳、運送会社勤務）は、
11月28日付で過失運転致傷罪により東京地方裁判所に起訴されました。
担当検事の話では、同氏には2019年にも同種の事故で罰金刑の前科があり、
今回は正式裁判になったとのことです。第1回公判は1月下旬の見込みです。

被害者参加制度を利用して公判に出席し、意見を述べることもできます。
ご希望かどうか、ご家族で話し合っていただければと思います。
民事の損害賠償とは別の手続きですので、ご不明な点はいつでもお尋ねください。
{SIG_FUJII}""",
    personal=[("name", "森田 俊也"), ("criminal", "過失運転致傷罪により東京地方裁判所に起訴"),
              ("criminal_record", "同種の事故で罰金刑の前科")],
))

# ---- attachment 1: case register to the tax accountant
CASES = csv_text(
    ["事件番号", "依頼者", "電話", "事故日", "受任日", "傷病／等級", "相手方保険会社", "着手金", "報酬見込"],
    [
        ["M24-0112", "原口 健太", "090-0000-2871", "2024/03/05", "2024/03/18", "頚椎捻挫・TFCC損傷", "あおぞら損保", "0", "1,200,000"],
        ["M24-0125", "太田 真由美", "080-0000-5512", "2024/04/11", "2024/05/02", "腰椎圧迫骨折", "ほくと損保", "0", "2,800,000"],
        ["M24-0139", "北野 正雄", "03-0000-3348", "2024/05/20", "2024/06/01", "大腿骨骨折（死亡事案に非ず）", "未定（加害者無保険）", "220,000", "不明"],
        ["M24-0147", "原田 美咲", "090-0000-7130", "2023/12/09", "2024/06/14", "高次脳機能障害 7級", "ひかり共済", "0", "9,500,000"],
        ["M24-0158", "上野 拓真", "070-0000-6024", "2024/07/02", "2024/07/22", "外傷性くも膜下出血", "あおぞら損保", "0", "4,000,000"],
        ["M24-0166", "北村 亜希子", "080-0000-9952", "2024/11/10", "2024/11/27", "鎖骨骨折", "ほくと損保", "0", "800,000"],
    ],
)
MAILS.append(mail(
    writer="清水", loc="attachment", expect="hold", kind="list.case_register",
    why="添付に依頼者6名の氏名・電話・事故日・傷病名・報酬見込が並んだ受任一覧があり、税理士事務所へ送られている。",
    frm=SHIMIZU, to=[addr("麹町みらい税理士法人 小西様", "konishi@kojimachi-mirai-tax.example.jp")],
    subject="11月分 月次資料の送付",
    text=f"""
麹町みらい税理士法人
小西様

お世話になっております。みちしるべ法律事務所の清水です。
11月分の月次資料をお送りします。

・預り金口座および事業用口座の通帳コピー（本日郵送）
・経費精算書（郵送）
・受任案件一覧（添付）

売上の見込みを立てる際にご使用ください。
ご不明点があれば私までご連絡ください。
{SIG_SHIMIZU}""",
    attachments=[att("受任一覧_202411.csv", CASES)],
    personal=[("name", "原口 健太"), ("phone", "090-0000-2871"), ("name", "原田 美咲"),
              ("injury", "高次脳機能障害 7級"), ("name", "上野 拓真"), ("name", "北村 亜希子")],
))

# ---- attachment 2: medical records to outside doctor for opinion letter
MEDREC = """診断書（写し）

氏名：上野 拓真　　性別：男　　生年月日：1996年10月15日（28歳）
住所：東京都練馬区豊玉北9-9-9

傷病名：
 1. 外傷性くも膜下出血
 2. 脳挫傷（左前頭葉）
 3. 高次脳機能障害（記憶障害・注意障害）

受傷日：2024年7月2日（交通事故、自転車走行中に右折車と衝突）

経過：
救急搬送時 JCS II-10。頭部CTにて左前頭葉に脳挫傷、くも膜下出血を認めた。
保存的加療にて意識清明となったが、受傷後より新しいことを覚えられない、
同時に二つのことができないとの訴えあり。
2024年10月のMRI（T2*）で左前頭葉に微小出血痕。
WAIS-IV：FSIQ 84、作業記憶 76、処理速度 79。

現在、週1回の外来リハビリ（作業療法）を継続中。

2024年11月12日
練馬中央総合病院 脳神経外科　医師 長尾 誠
"""
MAILS.append(mail(
    writer="藤井", loc="attachment", expect="hold", kind="sensitive.medical_records_attachment",
    why="添付の診断書に依頼者の氏名・生年月日・住所と脳挫傷・高次脳機能障害の所見が記載され、外部の医師へ送られている。",
    frm=FUJII, to=[addr("医療意見書センター 阿部医師", "abe.dr@iryo-ikensho.example.jp")],
    subject="意見書作成のご依頼（資料送付）",
    text=f"""
阿部先生

ご無沙汰しております。みちしるべ法律事務所の藤井です。
先日お電話でご相談した意見書の件、お引き受けいただきありがとうございます。

取り急ぎ、手元にある診断書の写しを添付いたします。
MRI画像のDVDと神経心理検査の結果は、明日レターパックで発送します。

後遺障害申請の前に、画像所見と症状の整合性について
先生のご意見をいただければと考えております。
費用は前回と同様の条件でお願いいたします。
{SIG_FUJII}""",
    attachments=[att("診断書_写し.pdf", MEDREC)],
    personal=[("name", "上野 拓真"), ("birthdate", "1996年10月15日"),
              ("address", "東京都練馬区豊玉北9-9-9"), ("diagnosis", "高次脳機能障害（記憶障害・注意障害）")],
))

# ---- quoted 1: web inquiry forwarded to investigation company
INQUIRY = """【お問い合わせフォーム】
受付日時：2024/11/25 22:18
お名前：北村 亜希子（キタムラ アキコ）
ご住所：東京都中野区江古田9-9-9 エコダハイツ305
電話番号：080-0000-9952
メール：akiko.kitamura.88@gmail.com
事故日：2024年11月10日 17時40分頃
事故の状況：
自転車で中野通りを北に向かって走行中、コンビニの駐車場から出てきた
白いワゴン車に左側からぶつけられました。転倒して左の鎖骨を骨折し、
中野総合病院で手術を受けました（プレート固定）。
相手は「自転車が急に出てきた」と言っていて、保険会社から過失割合は
50:50だと言われています。現場に防犯カメラがあったはずです。
ご相談内容：過失割合に納得できません。弁護士費用特約があります。"""
MAILS.append(mail(
    writer="清水", loc="quoted", expect="hold", kind="personal.client_inquiry_forward",
    why="転送部分に相談者の氏名・住所・電話・メールと骨折・手術の情報がそのまま含まれ、調査会社へ送られている。",
    frm=SHIMIZU, to=[addr("株式会社アクシス事故調査 調査部 新井様", "arai@axis-chosa.example.co.jp")],
    cc=[MIYAMOTO],
    subject="Fw: 【お問い合わせフォーム】交通事故のご相談",
    text=f"""
株式会社アクシス事故調査
新井様

お世話になっております。みちしるべ法律事務所の清水です。
下記の案件、現場周辺の防犯カメラ映像の確認と、
現場見取図の作成をお願いできますでしょうか。
あわせてお見積りもいただけますと助かります。
（担当弁護士：宮本）
{SIG_SHIMIZU}
---------- Forwarded message ---------
From: みちしるべ法律事務所 Webフォーム <noreply@michishirube-law.example.jp>
Date: 2024年11月25日(月) 22:18
Subject: 【お問い合わせフォーム】交通事故のご相談
To: info@michishirube-law.example.jp

{INQUIRY}
""",
    personal=[("name", "北村 亜希子"), ("address", "東京都中野区江古田9-9-9 エコダハイツ305"),
              ("phone", "080-0000-9952"), ("email", "akiko.kitamura.88@gmail.com"),
              ("injury", "左の鎖骨を骨折")],
))

# ---- quoted 2: driver's licence number in quoted insurer mail
INSURER_Q = """みちしるべ法律事務所
宮本先生

いつもお世話になっております。ひかり共済 自動車損害調査課の浜口です。
原田様の件、人身傷害の支払いにあたり、以下の事項の確認をお願いします。

　被保険者：原田 美咲 様
　住所：東京都世田谷区経堂9-9-9
　運転免許証番号：第302012345670号（ブルー、2027年2月15日まで有効）
　事故時の車両：練馬 500 せ 41-08（本人所有）
　確認事項：事故当時の免許条件（眼鏡等）の有無

ご本人に確認のうえ、ご回答いただけますと幸いです。

浜口 聡
ひかり共済 自動車損害調査課
TEL 03-0000-7321"""
MAILS.append(mail(
    writer="宮本", loc="quoted", expect="hold", kind="id.driver_license_quoted",
    why="返信の引用部分に依頼者の運転免許証番号と住所が残ったまま送られている。",
    frm=MIYAMOTO, to=[addr("ひかり共済 自動車損害調査課 浜口様", "hamaguchi@hikari-kyosai.example.or.jp")],
    subject="Re: 原田様の件 確認事項",
    text=f"""
浜口様

ご連絡ありがとうございます。宮本です。
ご本人に確認のうえ、来週中に回答いたします。
{SIG_MIYAMOTO}
-----Original Message-----
From: 浜口 聡 <hamaguchi@hikari-kyosai.example.or.jp>
Sent: Monday, December 2, 2024 4:55 PM
To: 宮本 沙織 <s.miyamoto@michishirube-law.example.jp>
Subject: 原田様の件 確認事項

{INSURER_Q}
""",
    personal=[("name", "原田 美咲"), ("address", "東京都世田谷区経堂9-9-9"),
              ("driver_license_number", "第302012345670号")],
))

# ---- subject only
MAILS.append(mail(
    writer="藤井", loc="subject", expect="hold", kind="sensitive.subject_disability_grade",
    why="件名に依頼者の氏名と高次脳機能障害・後遺障害等級が入っている（本文は打合せの連絡のみ）。",
    frm=FUJII, to=[addr("さくら坂法律事務所 小山弁護士", "koyama@sakurazaka-law.example.jp")],
    subject="原田美咲様 高次脳機能障害 後遺障害7級認定の件",
    text=f"""
小山先生

お疲れさまです。藤井です。
標記の件、本日認定通知が届きました。
今後の進め方は、金曜の打合せでご相談させてください。
15時に当事務所でお待ちしております。
{SIG_FUJII}""",
    personal=[("name", "原田美咲"), ("disability", "高次脳機能障害 後遺障害7級")],
))

# ---- zip: plain zip with case register inside
HANDOVER = csv_text(
    ["No", "依頼者氏名", "生年月日", "住所", "電話", "事故日", "傷病名", "進捗", "次回期日"],
    [
        [1, "原口 健太", "1989/05/27", "東京都杉並区荻窪9-9-9", "090-0000-2871", "2024/03/05", "頚椎捻挫・右TFCC損傷", "治療中", "—"],
        [2, "太田 真由美", "1976/12/02", "東京都杉並区上荻9-9-9 上荻ハイム201", "080-0000-5512", "2024/04/11", "腰椎圧迫骨折", "休損内払い交渉", "—"],
        [3, "原田 美咲", "1992/09/16", "東京都世田谷区経堂9-9-9", "090-0000-7130", "2023/12/09", "高次脳機能障害", "7級認定・示談交渉", "2025/01/17 打合せ"],
        [4, "北村 亜希子", "1988/02/11", "東京都中野区江古田9-9-9 エコダハイツ305", "080-0000-9952", "2024/11/10", "左鎖骨骨折", "受任直後", "—"],
    ],
)
MAILS.append(mail(
    writer="宮本", loc="zip", expect="hold", kind="list.zip_case_register",
    why="平文zipの中に依頼者4名の氏名・生年月日・住所・電話・傷病名の一覧が入っており、他事務所へ送られている。",
    frm=MIYAMOTO, to=[addr("さくら坂法律事務所 小山弁護士", "koyama@sakurazaka-law.example.jp")],
    cc=[FUJII],
    subject="共同受任案件の引継ぎ資料",
    text=f"""
小山先生

お世話になっております。宮本です。
年明けからの共同受任分について、引継ぎ資料一式をzipでお送りします。
中身は案件一覧と引継ぎメモです。
訴訟記録は紙でお渡ししますので、来週お伺いする際にお持ちします。
{SIG_MIYAMOTO}""",
    attachments=[
        att("引継ぎ資料.zip/案件一覧.csv", HANDOVER),
        att("引継ぎ資料.zip/引継ぎメモ.txt",
            "・原田様：1/17打合せ。逸失利益の基礎収入を賃金センサスで主張するか要検討\n"
            "・北村様：過失割合。調査会社に映像確認を依頼済み\n"
            "・保険会社担当者の連絡先は各ファイルの表紙に記載\n"),
    ],
    personal=[("name", "原口 健太"), ("birthdate", "1989/05/27"),
              ("address", "東京都杉並区上荻9-9-9 上荻ハイム201"), ("name", "原田 美咲"),
              ("injury", "高次脳機能障害"), ("phone", "080-0000-9952")],
))

# ---- recipients: seminar invitation to many osteopathic clinics in To
SEKKOTSU = [
    addr("麹町はり灸接骨院 院長 佐伯様", "saeki@kojimachi-sekkotsu.example.jp"),
    addr("四ツ谷駅前整骨院", "info@yotsuya-seikotsu.example.jp"),
    addr("市ヶ谷ほねつぎ院 村井様", "murai@ichigaya-honetsugi.example.jp"),
    addr("飯田橋スポーツ整骨院", "contact@iidabashi-sports.example.co.jp"),
    addr("神楽坂いやし整骨院 渡部様", "watabe@kagurazaka-iyashi.example.jp"),
    addr("九段下接骨院 山岸様", "yamagishi@kudanshita-sekkotsu.example.jp"),
    addr("半蔵門ひまわり整骨院", "himawari@hanzomon-seikotsu.example.jp"),
    addr("新宿御苑前整骨院 原様", "hara@gyoenmae-seikotsu.example.jp"),
    addr("曙橋たけだ接骨院 武田様", "takeda.sekkotsu@gmail.com"),
    addr("水道橋リカバリー整骨院", "info@suidobashi-recovery.example.jp"),
    addr("牛込柳町整骨院 野口様", "noguchi@ushigome-seikotsu.example.jp"),
    addr("江戸川橋接骨院 菊地様", "kikuchi@edogawabashi-sk.example.jp"),
]
MAILS.append(mail(
    writer="藤井", loc="recipients", expect="hold", kind="recipients.visible_external",
    why="12の整骨院・接骨院のアドレス（個人アドレスを含む）をToに並べて一斉送信しており、BCCにすべきだった。",
    frm=FUJII, to=SEKKOTSU,
    subject="【ご案内】整骨院・接骨院の先生方向け 交通事故対応セミナー（1/30）",
    text=f"""
整骨院・接骨院の先生方

平素より大変お世話になっております。
弁護士法人みちしるべ法律事務所の藤井でございます。

交通事故の患者様を診ておられる先生方を対象に、
下記のとおり無料セミナーを開催いたします。

　日時：2025年1月30日（木）19:00〜20:30
　会場：麹町みちビル 8階会議室（オンライン参加も可）
　テーマ：
　　1. 保険会社からの「施術打ち切り」打診への対応
　　2. 後遺障害認定で重視される施術記録の書き方
　　3. 患者様から弁護士相談を勧められたときの連携方法
　定員：会場30名
　申込：1月23日までに本メールにご返信ください

皆様のご参加をお待ちしております。
{SIG_FUJII}""",
))

# ============================================================== PASSES
MAILS.append(mail(
    writer="清水", loc="pass", expect="pass", kind="benign.fee_invoice_to_client",
    why="依頼者本人への費用請求で、振込先は事務所の法人口座（預り金口座）である。",
    frm=SHIMIZU, to=[addr("北村 亜希子", "akiko.kitamura.88@gmail.com")],
    subject="ご契約書類と実費のご案内",
    text=f"""
北村 亜希子 様

先日はご来所いただき、ありがとうございました。
弁護士法人みちしるべ法律事務所、パラリーガルの清水です。

ご契約いただいた委任契約書の控えをお送りいたします。
弁護士費用特約をご利用のため、着手金・報酬金はご加入の保険会社へ請求いたします。
ご本人様にご負担いただくのは、下記の実費のみです。

　刑事記録（実況見分調書）の謄写費用：3,520円
　お振込先：みずほ銀行 麹町支店 普通 2345678
　　　　　　弁護士法人みちしるべ法律事務所 預り金口座
　　　　　　（ベンゴシホウジンミチシルベホウリツジムショ アズカリキン）

お振込みの際は、ご依頼者番号「M24-0166」をお名前の前にご入力ください。
ご不明な点がございましたら、お気軽にお問い合わせください。
{SIG_SHIMIZU}""",
))

MAILS.append(mail(
    writer="清水", loc="pass", expect="pass", kind="benign.vehicle_numbers",
    why="修理見積の依頼で、登録番号や車台番号は車両の番号であり個人識別番号ではない。",
    frm=SHIMIZU, to=[addr("練馬オートボディ 見積担当 石川様", "ishikawa@nerima-autobody.example.co.jp")],
    subject="修理見積書の再発行のお願い",
    text=f"""
練馬オートボディ
石川様

いつもお世話になっております。みちしるべ法律事務所の清水です。
先日ご提出いただいた修理見積書について、保険会社から
部品代の内訳を分けた形で再提出してほしいと依頼がありました。

　対象車両：トヨタ プリウス（ZVW50）
　登録番号：練馬 330 ふ 56-78
　車台番号：ZVW50-1234567
　見積番号：NAB-24-0893（10月21日付）

フロントバンパー、ヘッドランプ（右）、フェンダー（右）の部品代と
工賃を分けていただければ結構です。
お手数ですが、12月10日頃までにPDFでお送りいただけますでしょうか。
{SIG_SHIMIZU}""",
))

MAILS.append(mail(
    writer="宮本", loc="pass", expect="pass", kind="benign.client_own_case_update",
    why="依頼者本人に本人の治療と後遺障害申請の見通しを伝えるもので、第三者提供ではない。",
    frm=MIYAMOTO, to=[addr("原口 健太", "kenta.haraguchi@outlook.com")],
    subject="今後の進め方について",
    text=f"""
原口 健太 様

いつもお世話になっております。弁護士の宮本です。
先日の打合せ、お疲れさまでした。今後の進め方を整理してお送りします。

1. 治療
　主治医の先生のお話どおり、1月末で症状固定とする予定です。
　それまでは、これまでどおり週2回のリハビリを続けてください。
　右手首の痛みやしびれは、診察のたびに具体的に伝えていただくのが大切です。

2. 後遺障害の申請
　症状固定後、後遺障害診断書を主治医に作成していただきます。
　書式は当事務所からお送りしますので、受診時にお持ちください。
　申請は当方で行います（被害者請求）。結果が出るまで2〜3か月が目安です。

3. 休業損害
　会社に記入いただく休業損害証明書（12月分）を同封しました。

ご不明な点があれば、いつでもご連絡ください。
{SIG_MIYAMOTO}""",
))

MAILS.append(mail(
    writer="藤井", loc="pass", expect="pass", kind="benign.case_law_newsletter",
    why="顧問先向けの判例解説ニュースレターで、判例番号などの数字は公開情報であり個人情報を含まない。",
    frm=FUJII, to=[addr("みちしるべ法律事務所 ニュースレター配信", f"news@{DOM}")],
    bcc=[addr("関東運輸株式会社 総務部", "soumu@kanto-unyu.example.co.jp"),
         addr("東京シティバス株式会社 人事部", "hr@tokyo-citybus.example.co.jp"),
         addr("グリーン交通株式会社 法務課", "legal@green-kotsu.example.co.jp")],
    subject="【みちしるべ通信 Vol.42】自転車事故の過失割合に関する最近の裁判例",
    text=f"""
顧問先の皆様

いつもお世話になっております。弁護士法人みちしるべ法律事務所です。
今号では、自転車と自動車の事故における過失割合について、
最近の裁判例をご紹介します。

■1 東京地裁 令和5年3月14日判決（令和3年(ワ)第12345号）
　歩道から車道へ進出した自転車と左折車の事故。基本過失割合を修正し、
　自転車側の過失を20％と認定。運転者の「安全確認義務」を重く見た事例です。

■2 大阪高裁 令和4年11月8日判決（令和4年(ネ)第678号）
　夜間無灯火の自転車。自転車側に10％の加算修正を認めました。

■3 最高裁 平成28年(受)第1234号（参考）
　損益相殺の範囲について判断した著名判例。今回の事例と合わせて整理しています。

社用車の運転者研修の資料としてもご活用ください。
配信停止をご希望の方は、本メールにご返信ください。

弁護士法人みちしるべ法律事務所
〒102-0000 東京都千代田区麹町9-9-9 麹町みちビル7F
TEL 03-0000-5100
""",
))

MAILS.append(mail(
    writer="清水", loc="pass", expect="pass", kind="benign.it_outage",
    why="「障害」は事務所メールサーバの不具合のことで、個人情報は含まない。",
    frm=SHIMIZU, to=[AOZORA],
    subject="【お詫び】当事務所メールの受信障害について",
    text=f"""
あおぞら損害保険株式会社
竹内様

お世話になっております。みちしるべ法律事務所の清水です。

12月3日（火）15時頃から18時頃にかけて、当事務所のメールサーバに障害が発生し、
その間にお送りいただいたメールが受信できていない可能性がございます。
お手数ですが、同時間帯にお送りいただいたメールがございましたら、
再送いただけますでしょうか。

ご迷惑をおかけし申し訳ございません。
{SIG_SHIMIZU}""",
))

MAILS.append(mail(
    writer="宮本", loc="pass", expect="pass", kind="benign.meeting_arrangement",
    why="示談交渉の面談日程調整で、依頼者はイニシャルと事故受付番号のみ、保険会社担当者の名前と署名だけが並ぶ。",
    frm=MIYAMOTO, to=[AOZORA], cc=[addr("あおぞら損害保険 同課 課長 飯島様", "iijima.k@aozora-sonpo.example.co.jp")],
    subject="Re: Re: 示談に向けた面談のお願い（事故受付番号 A24-0028814）",
    text=f"""
竹内様、飯島様

ご調整いただきありがとうございます。宮本です。
それでは、12月17日（火）10時から、貴社新宿オフィスにお伺いいたします。
当方は私と、事務局の清水の2名で参ります。

当職依頼者（S様）の損害額計算書は、前日までにメールでお送りします。
どうぞよろしくお願いいたします。
{SIG_MIYAMOTO}
> 宮本先生
>
> いつもお世話になっております。あおぞら損保の竹内です。
> 飯島とも確認し、12月17日（火）10時〜、または12月19日（木）14時〜で
> お時間を頂戴できればと存じます。場所は弊社新宿オフィス8階を予定しております。
>
> あおぞら損害保険株式会社
> 首都圏損害サービス第三課　竹内 美穂
> TEL 03-0000-6680　FAX 03-0000-6681
> 〒160-0000 東京都新宿区西新宿9-9-9 あおぞら新宿ビル8F
>
>> 竹内様
>>
>> 先日はありがとうございました。宮本です。
>> S様の件、示談に向けて一度お目にかかってお話しできればと存じます。
>> 12月中旬でご都合のよい日時をいくつかお知らせください。
""",
))

MAILS.append(mail(
    writer="藤井", loc="pass", expect="pass", kind="benign.english_general_inquiry",
    why="海外法律事務所への日本の交通事故補償制度の一般的な説明で、個人の情報は含まない。",
    frm=FUJII, to=[addr("Daniel Brooks", "dbrooks@brooks-hale-law.example.com")],
    subject="Re: Overview of compulsory auto insurance in Japan",
    text=f"""
Dear Mr. Brooks,

Thank you for your e-mail and for the kind introduction by Ms. Watanabe.

In short, every vehicle in Japan must carry compulsory liability insurance
(jibaiseki). It covers bodily injury only, with caps of JPY 1.2 million for
injury, up to JPY 40 million for permanent disability, and JPY 30 million
for death. Property damage and amounts above these caps are covered by
voluntary insurance, which most drivers also carry.

For your client's expatriate employees, the practical points are:
  1. Check whether their voluntary policy includes a "lawyer's fee rider"
     (bengoshi hiyo tokuyaku); most claims can then be handled at no cost.
  2. Fault ratios are generally decided with reference to published court
     standards, not negotiated from scratch.
  3. The limitation period for bodily injury claims is five years.

I would be happy to arrange a short video call. I am available
on December 12 or 13, 9:00-10:00 a.m. JST (7:00-8:00 p.m. EST the day before).

Best regards,

Takayuki Fujii
Managing Partner, Michishirube Law Office
Kojimachi Michi Bldg. 7F, 9-9-9 Kojimachi, Chiyoda-ku, Tokyo 102-0000, Japan
Tel: +81-3-0000-5100
""",
))

MAILS.append(mail(
    writer="清水", loc="pass", expect="pass", kind="benign.invoice_registration_number",
    why="顧問料の請求で、登録番号・法人番号は事業者の公開番号であり個人の番号ではない。",
    frm=SHIMIZU, to=[addr("関東運輸株式会社 総務部 経理課 松岡様", "matsuoka@kanto-unyu.example.co.jp")],
    subject="12月分 顧問料のご請求書送付",
    text=f"""
関東運輸株式会社
総務部 経理課　松岡様

いつもお世話になっております。
弁護士法人みちしるべ法律事務所の清水でございます。

12月分の顧問料のご請求書をPDFにてお送りいたします。

　請求金額：55,000円（税込）
　お支払期限：2024年12月27日
　振込先：みずほ銀行 麹町支店 普通 3456780
　　　　　弁護士法人みちしるべ法律事務所
　適格請求書発行事業者登録番号：T3010005000000
　（法人番号：3010005000000）

今後ともよろしくお願い申し上げます。
{SIG_SHIMIZU}""",
    attachments=[att("請求書_202412_関東運輸様.pdf",
                     "請求書 No. MS-2412-031\n関東運輸株式会社 御中\n顧問料（2024年12月分） 50,000円\n"
                     "消費税（10%） 5,000円\n合計 55,000円\n弁護士法人みちしるべ法律事務所 登録番号 T3010005000000\n")],
))

MAILS.append(mail(
    writer="藤井", loc="pass", expect="pass", kind="benign.congratulations",
    why="他事務所の弁護士への就任祝いで、公的な役職と名前だけが含まれる。",
    frm=FUJII, to=[addr("桜井 亮 先生", "sakurai@sakurai-sogo-law.example.jp")],
    subject="副会長ご就任のお祝い",
    text=f"""
桜井先生

ご無沙汰しております。みちしるべ法律事務所の藤井です。
このたびは第二東京弁護士会副会長へのご就任、誠におめでとうございます。

修習同期の中でも、先生が交通事故被害者支援委員会で長年取り組んでこられた
活動を拝見してきましたので、心からうれしく思っております。
ご多忙になることと存じますが、どうかご自愛ください。

落ち着かれたころに、同期の何人かで一席設けられればと思っております。
まずは略儀ながらメールにてお祝い申し上げます。
{SIG_FUJII}""",
))

MAILS.append(mail(
    writer="宮本", loc="pass", expect="pass", kind="benign.project_six_recipients",
    why="共催セミナーの準備で、宛先は2社の担当者6名のみ、個人情報は含まない。",
    frm=MIYAMOTO,
    to=[addr("ライフガード保険サービス 企画部 大橋様", "ohashi@lifeguard-ins.example.co.jp"),
        addr("ライフガード保険サービス 企画部 小松様", "komatsu@lifeguard-ins.example.co.jp"),
        addr("ライフガード保険サービス 営業推進 堤様", "tsutsumi@lifeguard-ins.example.co.jp")],
    cc=[FUJII, SHIMIZU],
    subject="共催セミナー（2/14）準備会議の議事メモ",
    text=f"""
ライフガード保険サービス
大橋様、小松様、堤様

本日はありがとうございました。宮本です。
議事メモを共有いたします（cc：藤井、清水）。

1. テーマ：「弁護士費用特約の上手な使い方」（代理店向け）
2. 日程：2025年2月14日（金）15:00〜16:30、オンライン
3. 役割分担
　・集客、申込フォーム：ライフガード様（堤様）
　・講演資料：当事務所（宮本）、1月24日までにドラフト共有
　・Q&A取りまとめ：小松様
4. 次回打合せ：1月10日（金）11:00〜（Teams）

修正点がありましたらお知らせください。
{SIG_MIYAMOTO}""",
))
