"""(C) 留学生センター — 東和大学 留学生センター (東京都文京区).

Writers
  takahashi : 高橋 由佳, 留学生支援係 主任 — bilingual heavy signature with office hours
  kimura    : 木村 健一, センター長・教授 — short three-line signature, Japanese and English
  li        : 李 美玲 (Li Meiling), 生活支援アドバイザー — writes English first, compact signature
Students use addresses under st.towa-u.example.ac.jp (inside the university).
"""
from common import t, quote, csv_text, att, enc_zip, P, hold, ok

ORG = "C"
DOM = "towa-u.example.ac.jp"

TAK = "高橋 由佳 <isc-takahashi@%s>" % DOM
KIM = "木村 健一 <k-kimura@%s>" % DOM
LI = "Li Meiling <li.meiling@%s>" % DOM

SIG_TAK = t("""
    ――――――――――――――――――――――――――――――
    東和大学 留学生センター 留学生支援係
    高橋 由佳 / Yuka TAKAHASHI
    International Student Center, Towa University
    〒113-0000 東京都文京区本郷台1-5-1 本部棟3階
    TEL 03-0000-8820（内線 2231）/ FAX 03-0000-8821
    E-mail isc-takahashi@towa-u.example.ac.jp
    窓口時間 平日 9:00-11:30 / 13:00-16:30
    ――――――――――――――――――――――――――――――
""")

SIG_KIM = t("""
    木村 健一
    東和大学 留学生センター長／国際学部 教授
    Kenichi KIMURA, Ph.D., Director, International Student Center
""")

SIG_LI = t("""
    Li Meiling（李 美玲）
    Student Life Advisor | International Student Center
    Towa University, Tokyo
    Tel: +81-3-0000-8824 | li.meiling@towa-u.example.ac.jp
    中文・English・日本語 OK
""")

MAILS = []
add = MAILS.append

# ============================================================ HOLDS
# ---- body 1: residence card and passport numbers to the filing agent
add(hold(ORG, "takahashi", "body", "id.residence_card",
    "A student's residence card and passport numbers, birth date and address are sent to an outside immigration filing agent.",
    TAK, ["あさひ行政書士法人 申請取次担当 <toritsugi@asahi-gyosei.example.jp>"],
    "在留期間更新申請の取次依頼（本学学生1名）",
    t("""
    あさひ行政書士法人
    申請取次ご担当者様

    いつもお世話になっております。東和大学 留学生センターの高橋です。
    本学学生1名の在留期間更新について、取次をお願いしたくご連絡いたしました。

    氏名：NGUYEN VAN MINH（グエン・ヴァン・ミン）
    国籍：ベトナム　生年月日：2003年2月17日
    在留カード番号：UH48213760EN
    在留期限：2025年12月26日
    旅券番号：C7345102
    住所：東京都北区王子本町2-11-4 サンハイツ王子 105
    所属：経済学部 3年（2026年3月まで在籍予定）

    在学証明書と成績証明書は本日発行しましたので、
    本人が11月10日(月)に事務所へ持参いたします。
    ご不明点があればお知らせください。

    """) + SIG_TAK,
    personal=[P("name", "NGUYEN VAN MINH"), P("residence_card", "UH48213760EN"),
              P("passport", "C7345102"), P("dob", "2003年2月17日"),
              P("address", "東京都北区王子本町2-11-4 サンハイツ王子 105")]))

# ---- body 2: insurance claim with diagnosis and health-insurance number
add(hold(ORG, "takahashi", "body", "sensitive.health_insurance_claim",
    "An insurance claim gives a named student's diagnosis, surgery and national health insurance number to the insurer.",
    TAK, ["東邦損保 学生保険デスク <gakusei-desk@toho-sonpo.example.co.jp>"],
    "留学生総合保険 保険金請求のご相談（証券番号 GK-0051-22817）",
    t("""
    東邦損害保険株式会社
    学生保険デスク ご担当者様

    お世話になっております。東和大学 留学生センターの高橋です。
    本学が団体で加入している留学生総合保険について、
    学生1名の保険金請求をご相談させてください。

    被保険者：CHEN JIAHUI（陳 佳慧）　工学研究科 修士1年
    傷病名：急性虫垂炎（10月19日 救急搬送、10月20日 腹腔鏡下虫垂切除術）
    入院期間：2025年10月19日〜10月25日（7日間）
    医療機関：文京中央病院 外科
    国民健康保険 被保険者証 記号 文京 番号 0728415
    自己負担額：約96,000円（3割負担分、領収書あり）

    本人は日本語での手続きに不安があるため、
    書類のやり取りはセンター経由でお願いできれば幸いです。
    請求書類一式をお送りいただけますでしょうか。

    """) + SIG_TAK,
    personal=[P("name", "CHEN JIAHUI"), P("diagnosis", "急性虫垂炎"),
              P("health_insurance", "記号 文京 番号 0728415")]))

# ---- body 3: English report to a government sponsor about depression
add(hold(ORG, "li", "body", "sensitive.mental_health_sponsor",
    "An English report to a scholarship sponsor abroad discloses a named student's depression diagnosis, counselling and medication.",
    LI, ["Scholarship Division <scholarship@mohe-sponsor.example.gov.my>"],
    "Progress report – Mr. Ahmad Faiz bin Rahman (Towa University)",
    t("""
    Dear Ms. Norazlina,

    Thank you for your email of 28 October asking for an update on your scholar,
    Mr. Ahmad Faiz bin Rahman (Faculty of Engineering, 2nd year).

    I am sorry to inform you that Ahmad has not been attending classes regularly
    since mid-September. After several meetings with our centre, he agreed to see
    the university counsellor, and on 14 October a psychiatrist at Bunkyo Mental
    Clinic diagnosed him with moderate depression. He is now on medication
    (sertraline) and sees the counsellor every week.

    His academic advisor, Prof. Ishikawa, recommends a leave of absence for the
    autumn semester (October 2025 – March 2026). Ahmad himself would like to stay
    in Tokyo during the leave and continue treatment here.

    Could you let us know whether the scholarship can be suspended rather than
    terminated during a leave of absence? We would be happy to arrange an online
    meeting with you.

    Kind regards,

    """) + SIG_LI,
    personal=[P("name", "Ahmad Faiz bin Rahman"), P("diagnosis", "moderate depression"),
              P("medication", "sertraline")]))

# ---- attachment 1: dormitory roster to a property manager
DORM = [
    ("201", "WANG HAORAN", "中国", "2004/06/11", "080-0000-1142", "haoran.wang@st.towa-u.example.ac.jp"),
    ("202", "KIM SEOYEON", "韓国", "2003/12/02", "090-0000-5531", "seoyeon.kim@st.towa-u.example.ac.jp"),
    ("203", "TRAN THI HOA", "ベトナム", "2002/09/27", "070-0000-9920", "hoa.tran@st.towa-u.example.ac.jp"),
    ("205", "PUTRI AYU LESTARI", "インドネシア", "2004/03/15", "080-0000-2276", "putri.lestari@st.towa-u.example.ac.jp"),
    ("206", "BATBOLD ENKHJIN", "モンゴル", "2003/08/30", "090-0000-6408", "enkhjin.b@st.towa-u.example.ac.jp"),
    ("301", "SHARMA PRIYA", "ネパール", "2001/11/19", "080-0000-7715", "priya.sharma@st.towa-u.example.ac.jp"),
    ("302", "LIU YUTING", "台湾", "2004/01/08", "070-0000-3389", "yuting.liu@st.towa-u.example.ac.jp"),
]
add(hold(ORG, "takahashi", "attachment", "list.dorm_roster",
    "The cover note is routine, but the attached roster lists seven students with nationality, birth date and phone for an outside property manager.",
    TAK, ["株式会社文京ハウジング 学生寮管理課 <ryo-kanri@bunkyo-housing.example.co.jp>"],
    "ひまわり寮 後期入居者名簿の送付",
    t("""
    株式会社文京ハウジング
    学生寮管理課 ご担当者様

    お世話になっております。東和大学 留学生センターの高橋です。
    ひまわり寮（借上げ）の後期入居者名簿を添付いたします。
    10月入居の7名分です。鍵の受け渡しの際の本人確認にご利用ください。

    退去予定者については、12月中に別途ご連絡いたします。
    よろしくお願いいたします。

    """) + SIG_TAK,
    attachments=[att("himawari_ryo_2025_fall.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     csv_text(["部屋", "氏名", "国籍", "生年月日", "携帯", "大学メール"], DORM))],
    personal=[P("name", "WANG HAORAN"), P("dob", "2004/06/11"), P("phone", "090-0000-5531"),
              P("name", "TRAN THI HOA")]))

# ---- attachment 2: scholarship recommendation with family poverty
add(hold(ORG, "kimura", "attachment", "sensitive.family_poverty_recommendation",
    "The cover note is short, but the attached recommendation describes a named student's family poverty, father's illness and debts to a private foundation; the details go beyond what the scholarship needs.",
    KIM, ["公益財団法人 さくら国際育英会 事務局 <jimukyoku@sakura-ikueikai.example.or.jp>"],
    "2026年度 奨学生推薦書の提出",
    t("""
    公益財団法人 さくら国際育英会
    事務局 御中

    平素より本学留学生へのご支援を賜り、厚く御礼申し上げます。
    2026年度奨学生の推薦書（1名分）を添付にて提出いたします。
    成績証明書は本日郵送いたしました。

    ご査収のほど、よろしくお願い申し上げます。

    """) + SIG_KIM,
    attachments=[att("推薦書_2026_東和大学.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", t("""
    推 薦 書
    公益財団法人 さくら国際育英会 理事長 殿
    東和大学 留学生センター長 木村 健一

    被推薦者：BHANDARI SURAJ（バンダリ・スラジ）　国籍 ネパール
    所属：国際学部 2年　GPA 3.62（学部上位10%）

    推薦理由：
    本人は入学以来、優秀な成績を修めるとともに、留学生会の副会長として
    新入生の生活支援に尽力してきた。
    一方、家庭の経済状況は極めて厳しい。父親は昨年、腎不全で人工透析となり
    就労ができなくなった。母親は農業の日雇いで月収は約1万ルピーにとどまり、
    治療費のために親族から約80万ルピーの借金を抱えている。
    本人は週28時間のアルバイトで学費と仕送りを賄っており、学業との両立が困難になりつつある。
    以上の理由から、貴会の奨学生として強く推薦する。
    """))],
    personal=[P("name", "BHANDARI SURAJ"), P("diagnosis", "腎不全で人工透析"),
              P("poverty", "親族から約80万ルピーの借金")]))

# ---- quoted 1: reply to an employer quoting residence card number
add(hold(ORG, "takahashi", "quoted", "id.residence_card_quoted",
    "The reply itself only thanks the employer; the quoted earlier mail carries a student's residence card number and work-permit details to a convenience-store chain.",
    TAK, ["株式会社デイリーマート 人事部 採用担当 <saiyo@dailymart.example.co.jp>"],
    "Re: 留学生アルバイトの就労資格確認について",
    t("""
    デイリーマート 人事部
    浅井 様

    ご丁寧にご確認いただきありがとうございます。
    週28時間の上限については、本人にもあらためて説明いたしました。
    長期休暇中の取扱いも、ご理解のとおりで問題ございません。

    引き続きよろしくお願いいたします。

    """) + SIG_TAK + "\n" + quote(t("""
    -----Original Message-----
    From: 浅井 <saiyo@dailymart.example.co.jp>
    Sent: Tuesday, November 4, 2025 11:20 AM
    To: isc-takahashi@towa-u.example.ac.jp
    Subject: 留学生アルバイトの就労資格確認について

    東和大学 留学生センター 高橋様

    お世話になっております。デイリーマート人事部の浅井です。
    本郷三丁目店で採用予定の貴学学生について、念のため確認させてください。
    本人から提示された在留カードの内容は以下のとおりです。

    氏名：SHRESTHA ANISH
    在留カード番号：RK70215493NP
    在留資格：留学　在留期限：2026年9月30日
    資格外活動許可：あり（原則週28時間以内・風俗営業等の従事を除く）

    この内容で雇用して問題ないでしょうか。
    """)),
    personal=[P("name", "SHRESTHA ANISH"), P("residence_card", "RK70215493NP")]))

# ---- quoted 2: forward to a lawyer with a student's account of being a victim
add(hold(ORG, "li", "quoted", "sensitive.crime_victim_quoted",
    "The top only asks for a consultation slot; the forwarded student message names her as the victim of hidden filming at work, sent to an outside lawyer.",
    LI, ["弁護士法人 本郷総合法律事務所 小松先生 <komatsu@hongo-law.example.jp>"],
    "Fw: Help – what happened at my part-time job",
    t("""
    小松先生

    いつも留学生の法律相談でお世話になっております。
    東和大学 留学生センターの李です。

    下記の学生から相談がありました。
    来週、30分ほどオンラインでご相談の時間をいただくことは可能でしょうか。
    本人の希望で、私も同席いたします。

    李

    -------- Forwarded Message --------
    Subject: Help – what happened at my part-time job
    Date: Mon, 3 Nov 2025 23:47:10 +0900
    From: Oyunbileg Saruul <oyunbileg.s@st.towa-u.example.ac.jp>
    To: Li Meiling <li.meiling@towa-u.example.ac.jp>

    Dear Ms. Li,

    I am sorry to write so late. Last Friday I found a small camera hidden in the
    staff changing room at the restaurant where I work (Izakaya Tomoshibi, Ochanomizu).
    I think the manager put it there. I reported it to Hongo police station on
    Saturday, and the police took my statement as the victim.
    They said the manager has now been questioned.

    I am very scared and I do not want to go back there. I do not know if I can get
    my last salary or if this will affect my visa.

    Oyunbileg Saruul (Faculty of Letters, 1st year)
    """),
    personal=[P("name", "Oyunbileg Saruul"),
              P("crime_victim", "took my statement as the victim")]))

# ---- subject only: passport number in the subject
add(hold(ORG, "kimura", "subject", "id.passport_subject",
    "The subject line gives a named incoming student's passport number to a partner university; the body only confirms a date.",
    KIM, ["Dr. Hartono Wibisono <h.wibisono@nusantara-univ.example.ac.id>"],
    "Re: Visa support letter – Ms. Siti Rahmawati (Passport No. X4417293)",
    t("""
    Dear Dr. Wibisono,

    Thank you for your quick reply.
    We will issue the letter on Friday, 14 November, and send the original by EMS
    the same day. I will share the EMS number once it has been posted.

    Best regards,

    """) + SIG_KIM,
    personal=[P("name", "Siti Rahmawati"), P("passport", "X4417293")]))

# ---- zip: plain zip with an arrivals register
ARR = [
    ("WANG HAORAN", "中国", "EJ6608214", "NH920", "10/01 14:35", "080-0000-1142"),
    ("KIM SEOYEON", "韓国", "M49310726", "KE703", "10/01 12:10", "090-0000-5531"),
    ("TRAN THI HOA", "ベトナム", "C5591038", "VN300", "10/02 07:05", "070-0000-9920"),
    ("PUTRI AYU LESTARI", "インドネシア", "X2870634", "GA874", "10/02 08:20", "080-0000-2276"),
    ("BATBOLD ENKHJIN", "モンゴル", "E1120457", "OM501", "10/02 15:40", "090-0000-6408"),
    ("SHARMA PRIYA", "ネパール", "PA0733915", "RA401", "10/03 09:15", "080-0000-7715"),
]
add(hold(ORG, "takahashi", "zip", "list.zip_arrivals",
    "A plain zip sent to the coach company contains an arrivals list with six students' passport numbers, nationalities, flights and phones.",
    TAK, ["東都観光バス 営業所 配車担当 <haisha@toto-kanko-bus.example.co.jp>"],
    "新入留学生 空港出迎えバスの件（10/1〜10/3）",
    t("""
    東都観光バス株式会社
    配車ご担当者様

    いつもお世話になっております。東和大学 留学生センターの高橋です。
    10月1日〜3日の空港出迎えの件、到着便の一覧をまとめてお送りします。
    フォルダごと圧縮しておりますので、展開してご確認ください。

    羽田・成田の両方がございますので、配車のご調整をお願いいたします。
    当日は本学職員が各空港の到着ロビーで出迎えます。

    """) + SIG_TAK,
    attachments=[
        att("2025秋_空港出迎え.zip/arrivals.csv", "text/csv",
            csv_text(["氏名", "国籍", "旅券番号", "便名", "到着", "携帯"], ARR)),
        att("2025秋_空港出迎え.zip/集合場所.txt", "text/plain", t("""
        羽田空港 第3ターミナル 到着ロビー 2階 北側「東和大学」ボード前
        成田空港 第1ターミナル 南ウイング 到着ロビー 1階 Bカウンター前
        """))],
    personal=[P("name", "KIM SEOYEON"), P("passport", "M49310726"), P("passport", "C5591038"),
              P("phone", "090-0000-6408")]))

# ---- recipients: host families in visible To
HOSTS = [
    "中島 典子 <noriko.nakajima.home@gmail.com>",
    "杉本 浩之 <hiroyuki.sugimoto@yahoo.co.jp>",
    "青木 まどか <madoka.aoki@outlook.com>",
    "堀内 良太 <ryota.horiuchi@gmail.com>",
    "三上 恵理 <eri.mikami.family@yahoo.co.jp>",
    "Smith Family <the.smiths.tokyo@gmail.com>",
    "小田 隆之 <takayuki.oda@outlook.com>",
    "野々村 智子 <tomoko.nonomura@gmail.com>",
    "宮田 康介 <kosuke.miyata@yahoo.co.jp>",
    "桜井 亜紀 <aki.sakurai.bunkyo@gmail.com>",
    "岩田 実 <minoru.iwata@outlook.com>",
    "大塚 由里 <yuri.otsuka.hf@gmail.com>",
    "須藤 直子 <naoko.sudo@yahoo.co.jp>",
    "樋口 亮介 <ryosuke.higuchi@gmail.com>",
]
add(hold(ORG, "li", "recipients", "recipients.host_families_to",
    "Fourteen host families' private addresses are visible to each other in To; a mass mail that should have used BCC.",
    LI, HOSTS,
    "Homestay Weekend (Dec 6–7) – information for host families / ホームステイ週末のご案内",
    t("""
    ホストファミリーの皆様
    Dear Host Families,

    今年も「ホームステイ・ウィークエンド」にご協力いただき、ありがとうございます。
    留学生センターの李です。

    日程：12月6日(土) 10:00 大学正門集合 〜 12月7日(日) 16:00 解散
    マッチング結果は、11月21日(金)までに個別にメールでお知らせします。
    アレルギーや食事制限については、学生本人の申告内容を個別にお伝えします。

    The matching results will be sent to each family individually by 21 November.
    If you have any questions, please reply to me directly.

    どうぞよろしくお願いいたします。

    """) + SIG_LI,
    personal=[]))

# ============================================================ PASSES
# ---- offer holder's own invitation
add(ok(ORG, "li", "body", "benign.offer_holder_self",
    "An admission and orientation mail to the offer holder herself, quoting her own application number and scholarship.",
    LI, ["Amara Okonkwo <amara.okonkwo@gmail.com>"],
    "Congratulations – your admission to Towa University (Application No. 2026S-00418)",
    t("""
    Dear Ms. Amara Okonkwo,

    Congratulations! On behalf of the International Student Center, I am delighted
    to confirm your admission to the Faculty of International Studies, Towa
    University, starting in April 2026.

      Application No.: 2026S-00418
      Programme: Bachelor of Global Studies (English track)
      Scholarship: Towa International Scholarship (tuition reduction 50%)

    Next steps
      1. Accept your offer on the applicant portal by 15 December 2025.
      2. Upload a copy of your passport for the Certificate of Eligibility application.
      3. Join the online pre-arrival session on 24 January 2026, 18:00 JST.

    Please do not hesitate to write to me if you have any questions about housing,
    visa or life in Tokyo. We look forward to welcoming you!

    Warm regards,

    """) + SIG_LI))

# ---- minimal enrollment verification with consent
add(ok(ORG, "takahashi", "body", "benign.enrollment_verification_consent",
    "A bank's enrollment check answered with the student's written consent and only the enrollment period and faculty.",
    TAK, ["みらい銀行 本郷支店 融資課 <hongo-yushi@mirai-bank.example.co.jp>"],
    "Re: 在籍確認のお願い",
    t("""
    みらい銀行 本郷支店
    融資課 藤田 様

    お世話になっております。東和大学 留学生センターの高橋です。
    ご本人の同意書（11月4日付）を確認いたしましたので、下記のとおり回答いたします。

    　在籍：あり
    　所属：国際学部 国際関係学科
    　在籍期間：2023年4月1日〜（卒業予定 2027年3月）

    上記以外の事項については、恐れ入りますがお答えいたしかねます。
    ご了承くださいませ。

    """) + SIG_TAK + "\n" + quote(t("""
    東和大学 留学生センター ご担当者様
    みらい銀行 本郷支店の藤田と申します。
    貴学に在籍されている PARK JIWOO 様より、教育ローンのお申込みをいただいております。
    ご本人の同意書を添付いたしますので、在籍の有無と在籍期間をご教示ください。
    """))))

# ---- malware infection and isolation notice to the IT vendor
add(ok(ORG, "takahashi", "body", "benign.malware_isolation",
    "Reports a malware infection on an office PC and its network isolation; 感染 and 隔離 refer to a computer, not a person.",
    TAK, ["株式会社ネクストITサービス 保守窓口 <hoshu@next-its.example.co.jp>"],
    "【至急】センター事務PC 1台のマルウェア感染疑い",
    t("""
    ネクストITサービス 保守窓口 ご担当者様

    東和大学 留学生センターの高橋です。
    本日10:15頃、センター事務室のPC（資産番号 TU-ISC-PC-0217）で、
    ウイルス対策ソフトがマルウェアを検知しました。

    ・検知名：Trojan.Emotet.Gen（定義 2025.11.06.02）
    ・検知ファイルのハッシュ（SHA-1）：9e1c07b4a6f3d28e5b71c0a4f92d3e86b1a7c045
    ・対応：LANケーブルを抜いてネットワークから隔離済み、電源は入れたままです
    ・同じ島の他のPC 4台は、フルスキャンで感染は見つかっていません

    業務に支障が出ておりますので、本日中に点検に来ていただけますでしょうか。
    学内の情報基盤センターにも連絡済みです。

    """) + SIG_TAK,
    cc=["情報基盤センター ヘルプデスク <helpdesk@towa-u.example.ac.jp>"]))

# ---- aggregate nationality statistics for a survey
add(ok(ORG, "takahashi", "attachment", "benign.aggregate_nationality",
    "Answers a national survey with student counts by country and status; aggregates, no one identifiable.",
    TAK, ["日本学生支援機構 留学生事業部 調査係 <chosa@jasso-survey.example.go.jp>"],
    "2025年度 外国人留学生在籍状況調査 回答の提出",
    t("""
    留学生事業部 調査係 御中

    東和大学 留学生センターの高橋です。
    標記調査の回答票を添付にて提出いたします（基準日 2025年5月1日）。
    在籍者数は合計 486名、前年度比 +38名です。

    ご確認のほどよろしくお願いいたします。

    """) + SIG_TAK,
    attachments=[att("回答票_東和大学.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv_text(
        ["国・地域", "学部", "大学院", "研究生等", "計"],
        [("中国", 112, 98, 14, 224), ("ベトナム", 41, 12, 3, 56), ("韓国", 33, 9, 2, 44),
         ("ネパール", 29, 4, 1, 34), ("インドネシア", 18, 11, 0, 29), ("台湾", 17, 6, 1, 24),
         ("モンゴル", 9, 3, 0, 12), ("その他（28か国）", 31, 29, 3, 63), ("合計", 290, 172, 24, 486)]))]))

# ---- vaccination and health-check schedule (BCC)
add(ok(ORG, "li", "body", "benign.vaccination_schedule",
    "General health-check and vaccination schedule for new students, sent by BCC; no one's health data is included.",
    LI, ["International Student Center <isc@towa-u.example.ac.jp>"],
    "Health check & vaccination schedule for new international students / 健康診断・予防接種のご案内",
    t("""
    Dear new international students,
    新入留学生のみなさんへ

    Welcome to Towa University! Please check the schedule below.

    1. Annual health check (mandatory / 必須)
       11 Nov (Tue) – 13 Nov (Thu), 9:30–15:00, Health Center, Building 2
       Bring your student ID. Chest X-ray is included.

    2. Influenza vaccination (optional / 任意)
       From 17 Nov, Health Center, 1,500 yen (subsidised).
       Booking: https://health.towa-u.example.ac.jp/flu

    3. Measles & rubella (MR) vaccination
       If you have no record of two doses, we recommend it before your teaching
       practicum. Please ask at the Health Center.

    Your individual results will be given to you directly by the Health Center.

    """) + SIG_LI,
    bcc=["2025秋 新入留学生 <new-intl-2025fall@st.towa-u.example.ac.jp>"]))

# ---- meeting with a partner university
add(ok(ORG, "kimura", "body", "benign.partner_meeting",
    "Arranges a visit with a partner university; names, titles and signatures of partner staff only.",
    KIM, ["Prof. Seo Minjun <mjseo@hanbit-univ.example.ac.kr>"],
    "Re: Visit to Hanbit University – 2 December",
    t("""
    Dear Prof. Seo,

    Thank you very much for your kind invitation.
    Ms. Takahashi and I will arrive at Incheon on 1 December (KE712) and would be
    glad to visit your Office of International Affairs on Tuesday, 2 December,
    from 10:00.

    We would like to discuss:
      - renewal of the student exchange agreement (2026–2031)
      - the summer Japanese-language programme (quota 15 → 20)
      - a joint online course with your Department of Sociology

    Please let me know if Dean Yoon would be available for a short courtesy call.

    With best regards,

    """) + SIG_KIM + "\n" + quote(t("""
    On Mon, 3 Nov 2025, Seo Minjun wrote:
    Dear Prof. Kimura,
    It was a pleasure to see you at APAIE. We would be delighted to host you in
    early December. Any date between 1 and 5 December works for us.

    Seo Minjun, Ph.D.
    Director, Office of International Affairs
    Hanbit University | 45 Hanbit-ro, Seoul | +82-2-0000-3021
    """))))

# ---- cultural event with historical and public figures
add(ok(ORG, "takahashi", "body", "benign.public_figures_event",
    "A cultural event notice naming historical writers and a public guest speaker; no private person's data.",
    TAK, ["文京区国際交流協会 事務局 <info@bunkyo-kokusai.example.or.jp>"],
    "国際交流フェスタ 共催企画のご相談",
    t("""
    文京区国際交流協会 事務局 御中

    お世話になっております。東和大学 留学生センターの高橋です。
    先日ご相談した共催企画について、案をお送りいたします。

    ■ 文京ゆかりの文人をめぐる「書と散歩」
    　夏目漱石・森鷗外・樋口一葉の旧居跡をめぐり、
    　最後に留学生と区民の皆さんで一句ずつ書をしたためる企画です。

    ■ 特別講演
    　講師：元駐タイ大使　片岡 修平 氏
    　演題：「ことばと外交 ― 私が出会った留学生たち」

    日程は 2026年2月14日(土) 午後を考えております。
    協会のニュースレターでの告知をお願いできますでしょうか。

    """) + SIG_TAK))

# ---- SWIFT and corporate account for a programme fee
add(ok(ORG, "kimura", "attachment", "benign.swift_account",
    "A programme-fee invoice to a partner institution with the university's corporate account and SWIFT code.",
    KIM, ["Finance Office <finance@nusantara-univ.example.ac.id>"],
    "Invoice – Towa Summer Japanese Programme 2026 (12 participants)",
    t("""
    Dear Finance Office,

    Please find attached our invoice for the Towa Summer Japanese Programme 2026.

      Invoice No.: TU-ISC-2026-0031
      Amount: JPY 2,160,000 (12 participants × JPY 180,000)
      Due date: 31 March 2026

    Bank details
      Beneficiary: Towa University (Gakko Hojin Towa Gakuen)
      Bank: Mirai Bank, Ltd., Hongo Branch
      Account No.: 0123456 (ordinary)
      SWIFT/BIC: MIRAJPJT

    Kindly note that bank charges outside Japan are to be borne by the remitter.

    Best regards,

    """) + SIG_KIM,
    attachments=[att("Invoice_TU-ISC-2026-0031.pdf", "application/pdf", t("""
    INVOICE  No. TU-ISC-2026-0031   Date: 6 November 2025
    Bill to: Universitas Nusantara, International Office
    Towa Summer Japanese Programme 2026 (6–31 July 2026)
    Tuition, textbooks and excursions: 12 × JPY 180,000 = JPY 2,160,000
    Beneficiary: Towa University  Bank: Mirai Bank, Hongo Branch  A/C 0123456  SWIFT MIRAJPJT
    """))]))

# ---- plain zip of orientation materials to a printer
add(ok(ORG, "takahashi", "zip", "benign.plain_zip_materials",
    "A plain zip of orientation booklets and maps for printing; the files hold no personal data.",
    TAK, ["株式会社本郷印刷 営業部 <eigyo@hongo-insatsu.example.co.jp>"],
    "オリエンテーション冊子 入稿データ（2026年4月版）",
    t("""
    本郷印刷 営業部
    野田 様

    お世話になっております。東和大学 留学生センターの高橋です。
    2026年4月版オリエンテーション冊子の入稿データをお送りします。
    容量が大きいため、ZIPにまとめました（パスワードはかけておりません）。

    ・部数：日本語版 300部、英語版 400部
    ・仕様：A4 中綴じ 32ページ、表紙のみカラー
    ・納品：2026年3月13日(金)

    ご確認のうえ、お見積りをお願いいたします。

    """) + SIG_TAK,
    attachments=[att("orientation_2026_04.zip", "application/zip", t("""
    orientation_2026_04/
      guide_ja.pdf
      guide_en.pdf
      campus_map_2026.ai
      cover_photo_gate.jpg
      fonts_readme.txt
    """))]))

# ---- long reply chain with six addresses from two organisations
add(ok(ORG, "kimura", "body", "benign.long_reply_chain",
    "A programme thread with six visible addresses from a partner university and a travel agency; heavy signatures and staff names only.",
    KIM, ["Prof. Seo Minjun <mjseo@hanbit-univ.example.ac.kr>",
          "Ms. Choi Yuna <yuna.choi@hanbit-univ.example.ac.kr>",
          "Mr. Han Dohyun <dohyun.han@hanbit-univ.example.ac.kr>"],
    "Re: Re: Re: Short-term programme March 2026 – itinerary",
    t("""
    Dear all,

    Thank you, Ms. Ikeda, for the revised itinerary (v3).
    It looks fine from our side. Just two small points:

      - Day 3: the campus tour should start at 13:30, not 13:00, because the
        welcome lunch with our students runs until 13:15.
      - Day 5: please keep the Nikko trip optional, as Prof. Seo suggested.

    Ms. Choi, could you send the final participant number by 15 January?

    Best,

    """) + SIG_KIM + "\n" + quote(t("""
    On Wed, 5 Nov 2025, Ikeda Rie <ikeda@sakura-travel.example.co.jp> wrote:
    木村先生、Dear Prof. Seo,
    Please find the revised itinerary (v3) attached. Hotel: Hongo Garden Hotel, 6 nights.
    株式会社さくらトラベル 法人営業部 教育旅行課
    池田 梨絵 TEL 03-0000-6670 / 携帯 090-0000-3042

    On Tue, 4 Nov 2025, Choi Yuna wrote:
    Dear Ms. Ikeda, we expect about 18 students and 2 staff. Thank you!
    Choi Yuna | Program Coordinator | Hanbit University
    """)),
    cc=["池田 梨絵 <ikeda@sakura-travel.example.co.jp>",
        "さくらトラベル 教育旅行課 <kyoiku@sakura-travel.example.co.jp>",
        "高橋 由佳 <isc-takahashi@towa-u.example.ac.jp>"]))
