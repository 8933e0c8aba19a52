"""(E) 東京みらい日本語学院（運営：株式会社みらいエデュケーション, 新宿区百人町）.

Writers: 北川 由紀子（教務主任, bilingual signature）, 佐野 圭（学生課・在籍管理,
signature with emergency mobile and a privacy note）, Nguyen Thi Mai（留学生募集・学生支援,
English signature with WhatsApp/Zalo）.
"""

from common import T, mail, att, P, CSV, PDF, TXT, houjin

ORG = "E"
DOM = "tokyo-mirai-jls.example.jp"

KITAGAWA = f"北川 由紀子 <kitagawa@{DOM}>"
SANO = f"佐野 圭（東京みらい日本語学院 学生課） <sano@{DOM}>"
MAI = f"Nguyen Thi Mai <mai.nguyen@{DOM}>"

SIG_KITAGAWA = T("""
―――――――――――――――――――――――――
東京みらい日本語学院　教務主任
北川 由紀子（Yukiko Kitagawa）
〒169-0000 東京都新宿区百人町2丁目8番3号
TEL 03-0000-6610　FAX 03-0000-6611
https://www.tokyo-mirai-jls.example.jp/
（運営：株式会社みらいエデュケーション）
―――――――――――――――――――――――――
""")

SIG_SANO = T("""
--
東京みらい日本語学院 学生課（在籍管理・生活支援）
佐野 圭　SANO Kei
TEL 03-0000-6612（直通）／緊急時 080-0000-5931
〒169-0000 東京都新宿区百人町2丁目8番3号
※学生の個人情報は、本人の同意の範囲でのみ取り扱っています。
""")

SIG_MAI = T("""
Best regards,

Nguyen Thi Mai（グエン・ティ・マイ）
International Admissions / Student Affairs
Tokyo Mirai Japanese Language Institute
2-8-3 Hyakunincho, Shinjuku-ku, Tokyo 169-0000, Japan
Tel: +81-3-0000-6613 | WhatsApp/Zalo: +81-80-0000-4472
mai.nguyen@tokyo-mirai-jls.example.jp
""")

SAOVIET = "Tran Thu Ha (Sao Viet Study Abroad) <ha.tran@saoviet.example.com.vn>"
HIMALAYA = "Ramesh Shrestha <ramesh@himalaya-edu.example.com.np>"
GAKUSEI_HOUSE = "株式会社学生ハウス東京 大塚 <otsuka@gakusei-house.example.co.jp>"
HIMAWARI = "新宿ひまわり内科クリニック 受付 <uketsuke@himawari-naika.example.jp>"
HAYAKAWA = "早川 玲子 <reiko.hayakawa.jp@gmail.com>"

HOUJIN_E = houjin("011101094425")


def build():
    M = []

    def add(writer, loc, expect, kind, why, frm, to, subject, text, **kw):
        M.append(mail(ORG, writer, loc, expect, kind, why, frm, to, subject, text, **kw))

    # ------------------------------------------------------------------ HOLDS
    add("Nguyen Thi Mai", "body", "hold", "id.passport",
        "留学生の旅券番号・生年月日・発行日を本文に書いて海外エージェントに送っている。",
        MAI, [SAOVIET],
        "COE application – passport details to confirm for NGUYEN VAN DUC",
        T("""
Dear Ms. Ha,

Thank you for sending the documents for the October 2025 intake.
We are preparing the COE applications for the Immigration Services Agency, and the passport
copy for one student is cut off at the bottom. Could you please confirm the details below?

  Name: NGUYEN VAN DUC
  Date of birth: 14 March 2004
  Passport No.: C8423175
  Date of issue: 22 May 2023 / Date of expiry: 22 May 2033
  Place of birth: Nam Dinh

If anything above is wrong, please send us a clear scan of the passport data page
by Friday, 11 July. The application deadline is 18 July.

""") + SIG_MAI,
        personal=[P("name", "NGUYEN VAN DUC"), P("passport", "C8423175"),
                  P("birth_date", "14 March 2004")])

    add("佐野 圭", "body", "hold", "sensitive.religion",
        "入寮予定の学生2名の氏名・国籍と、ムスリムであること（宗教）を本文に書いて寮の管理会社に送っている。",
        SANO, [GAKUSEI_HOUSE],
        "10月入寮予定の学生の食事・礼拝について",
        T("""
株式会社学生ハウス東京
管理部 大塚様

いつもお世話になっております。東京みらい日本語学院 学生課の佐野です。
10月に大久保寮へ入寮予定の学生について、ご相談させてください。

入寮予定の ラフマン・アリフ さん（バングラデシュ）と
シティ・ヌルハリザ さん（インドネシア）はムスリムで、1日5回の礼拝があります。
また、豚肉・アルコールを含む食品は口にできません。

つきましては、
　1. 共用キッチンで、調理器具・冷蔵庫の棚を分けて使わせていただけるか
　2. 1階の多目的室を、礼拝のために短時間使わせていただけるか
についてご検討いただけないでしょうか。

他の入寮生への説明が必要な場合は、学校から行います。

""") + SIG_SANO,
        personal=[P("name", "ラフマン・アリフ"), P("name", "シティ・ヌルハリザ"),
                  P("religion", "ムスリム")])

    add("佐野 圭", "body", "hold", "id.bank_account_refund",
        "退学者への学費返金の振込依頼として、学生個人の銀行口座（支店・口座番号・名義）を本文に書いて会計事務所に送っている。",
        SANO, ["税理士法人大久保会計 江口 <eguchi@okubo-kaikei.example.jp>"],
        "退学者への学費返金（振込依頼）",
        T("""
税理士法人大久保会計
江口様

いつもお世話になっております。東京みらい日本語学院の佐野です。
6月30日付で退学した学生1名について、学費の返金をお願いいたします。
（返金規程第5条により、後期授業料の一部を返金します）

　学籍番号：M24-1083
　氏名：BUI THI THU（ブイ・ティ・トゥ）
　返金額：198,000円
　振込先：新宿みどり銀行 大久保支店　普通 4817263
　口座名義：ブイ テイ トウ

本人は7月20日に帰国予定のため、7月15日(火)までに振込いただけると助かります。
振込手数料は学校負担でお願いします。

""") + SIG_SANO,
        personal=[P("name", "BUI THI THU"), P("bank_account", "普通 4817263"),
                  P("name", "ブイ テイ トウ")])

    add("Nguyen Thi Mai", "attachment", "hold", "list.student_progress",
        "本文は報告書送付の挨拶だけだが、添付CSVに学生8名の氏名・生年月日・出席率・試験成績・警告が並んでいる。",
        MAI, [HIMALAYA],
        "Attendance and progress report – April 2025 intake",
        T("""
Dear Mr. Shrestha,

Namaste. I hope you are well.
Please find attached the quarterly attendance and progress report for the students
you referred to us for the April 2025 intake.

Please let us know if you have any questions. We will send the next report in October.

""") + SIG_MAI,
        attachments=[att("progress_report_2025Q2_Himalaya.csv", CSV, T("""
Student ID,Name,Date of birth,Class,Attendance (Apr-Jun),Mid-term score,JLPT (Dec 2024),Warning
M25-0402,GURUNG SANDEEP,2003-02-11,B2,97.8%,84,N4 pass,
M25-0403,LAMA SUNITA,2002-06-09,B1,91.2%,71,N5 pass,
M25-0406,THAPA BISHNU,2001-09-30,B1,68.4%,52,N5 fail,Attendance warning (2nd)
M25-0407,RAI ANJALI,2004-01-17,B2,95.0%,88,N4 pass,
M25-0410,KC PRAKASH,2000-12-03,C1,74.9%,45,N5 fail,Attendance warning (1st)
M25-0411,MAGAR SUSHILA,2003-08-22,B2,99.1%,90,N4 pass,
M25-0415,SHERPA TENZING,2002-04-05,C1,88.6%,63,N5 pass,
M25-0418,ADHIKARI RAJESH,2001-11-28,C1,59.7%,38,not taken,Final warning - possible expulsion
"""))],
        personal=[P("name", "THAPA BISHNU"), P("birth_date", "2001-09-30"),
                  P("name", "ADHIKARI RAJESH"), P("score", "Final warning - possible expulsion")])

    add("佐野 圭", "attachment", "hold", "sensitive.health_check",
        "本文は受診予約の依頼だけだが、添付の健康診断結果票に学生の氏名・生年月日と胸部X線の所見（結核の疑い）が書かれている。",
        SANO, [HIMAWARI],
        "精密検査受診のお願い（本校学生1名）",
        T("""
新宿ひまわり内科クリニック
受付ご担当者様

いつもお世話になっております。東京みらい日本語学院 学生課の佐野です。
本校の定期健康診断で「要精密検査」となった学生1名について、
受診の予約をお願いしたく、結果票を添付いたします。

7月15日(火)以降で、ご都合のよい日時をお知らせいただけますでしょうか。
当日は通訳として職員が同行いたします。

""") + SIG_SANO,
        attachments=[att("健康診断結果票_写.pdf", PDF, T("""
2025年度 定期健康診断 個人結果票（写）
東京みらい日本語学院

氏名　　LAMA SUNITA（ラマ・スニタ）　　学籍番号 M25-0403
生年月日　2002年6月9日　　性別　女　　国籍　ネパール
受診日　2025年6月24日

身長 152.4cm　体重 44.8kg　血圧 104/66
胸部X線　右上肺野に結節影あり　　判定 E（要精密検査：結核の疑い）
血液検査　Hb 9.8 g/dL（貧血）　　判定 C（要経過観察）
尿検査　異常なし

医師所見：胸部CTおよび喀痰検査を至急受けてください。
"""))],
        personal=[P("name", "LAMA SUNITA"), P("birth_date", "2002年6月9日"),
                  P("diagnosis", "要精密検査：結核の疑い")])

    add("佐野 圭", "quoted", "hold", "id.residence_card",
        "上部は更新申請の依頼だけだが、転送した学生本人のメールに在留カード番号・住所・電話が含まれ、行政書士に送られている。",
        SANO, ["行政書士法人新宿ビザサポート 近藤 <kondo@shinjuku-visa.example.jp>"],
        "Fw: 在留期間更新について（ファム・ヴァン・ロン）",
        T("""
近藤先生

いつもお世話になっております。東京みらい日本語学院の佐野です。
下記、学生本人からの連絡です。
在留期間更新の申請準備をお願いできますでしょうか。
出席率・成績証明書は学校側で用意いたします。

""") + SIG_SANO + T("""

---------- Forwarded message ---------
From: Pham Van Long <longpham.0211@gmail.com>
Date: 2025年7月3日(木) 22:18
Subject: 在留期間更新について
To: 佐野 圭 <sano@tokyo-mirai-jls.example.jp>

佐野先生

こんにちは。Bクラスのファム・ヴァン・ロンです。
在留カードの期限が9月20日なので、更新の手続きをお願いしたいです。

在留カード番号：KJ48203917FA
住所：東京都新宿区大久保1丁目9番14号 ハイツ大久保203
電話：080-0000-2714

アルバイト先は前と同じ（コンビニ、週20時間）です。
よろしくお願いします。
ロン
"""),
        personal=[P("name", "ファム・ヴァン・ロン"), P("residence_card", "KJ48203917FA"),
                  P("address", "東京都新宿区大久保1丁目9番14号 ハイツ大久保203"),
                  P("phone", "080-0000-2714")])

    add("北川 由紀子", "quoted", "hold", "sensitive.criminal_proceedings",
        "上部は家族への連絡依頼だけだが、引用した内部メモに学生の氏名・学籍番号と窃盗容疑での逮捕・勾留が書かれ、海外エージェントに送られている。",
        KITAGAWA, [HIMALAYA],
        "Fw: Urgent – request to contact a student's family",
        T("""
Dear Mr. Shrestha,

I am sorry to contact you with difficult news.
Please see the note below from our student affairs office.
We would be grateful if you could contact the student's family in Pokhara
and ask them to call our office (+81-3-0000-6610) as soon as possible.

Best regards,
Yukiko Kitagawa

""") + SIG_KITAGAWA + T("""

-------- Original Message --------
From: 佐野 圭 <sano@tokyo-mirai-jls.example.jp>
Date: 2025/07/09 10:41
To: 北川 由紀子 <kitagawa@tokyo-mirai-jls.example.jp>
Subject: 【至急】M25-0406 タパ・ビシュヌさんの件

北川先生

7月8日(火)夜、新宿警察署から学校に連絡がありました。
学生 タパ・ビシュヌ（THAPA BISHNU、学籍番号 M25-0406）が、アルバイト先の倉庫で
商品を持ち出したとして、窃盗の疑いで逮捕され、現在勾留中とのことです。
アルバイトの時間も週40時間程度あったようで、資格外活動の違反も指摘されています。

English summary for the agent:
Our student THAPA BISHNU (ID M25-0406) was arrested by Shinjuku Police on 8 July
on suspicion of theft at his part-time workplace and is currently in detention.

佐野
"""),
        personal=[P("name", "THAPA BISHNU"), P("name", "タパ・ビシュヌ"),
                  P("criminal_proceedings", "窃盗の疑いで逮捕され、現在勾留中"),
                  P("criminal_proceedings", "arrested by Shinjuku Police")])

    add("佐野 圭", "subject", "hold", "id.residence_card_subject",
        "本文は在籍確認の返事だけだが、件名に学生の氏名と在留カード番号が書かれてアルバイト先に送られている。",
        SANO, ["株式会社北新宿フーズ 人事 宮本 <miyamoto@kitashinjuku-foods.example.co.jp>"],
        "Re: 在籍確認の件（ファム・ティ・ラン／在留カード番号 RT73918264EK）",
        T("""
株式会社北新宿フーズ
人事ご担当 宮本様

お世話になっております。東京みらい日本語学院 学生課の佐野です。
お問い合わせの件、確認いたしました。
詳細はお電話でご説明いたしますので、ご都合のよい時間帯をお知らせください。

""") + SIG_SANO,
        personal=[P("name", "ファム・ティ・ラン"), P("residence_card", "RT73918264EK")])

    add("Nguyen Thi Mai", "zip", "hold", "list.dormitory_applicants_zip",
        "パスワードなしzipの中に、入寮予定の留学生8名の氏名・国籍・生年月日・旅券番号・到着便の一覧が入っている。",
        MAI, [GAKUSEI_HOUSE],
        "October intake – dormitory residents list / 10月入寮者情報",
        T("""
学生ハウス東京
大塚様

いつもお世話になっております。東京みらい日本語学院のグエン・ティ・マイです。
10月入寮予定者の情報をお送りします。
到着便が未定の学生は、分かり次第ご連絡いたします。

鍵の受け渡しは、例年どおり到着日の18時以降に学校職員が立ち会います。
よろしくお願いいたします。

""") + SIG_MAI,
        attachments=[
            att("10月入寮者情報.zip/入寮者リスト_202510.csv", CSV, T("""
No,氏名,国籍,性別,生年月日,旅券番号,到着日,便名,希望寮
1,NGUYEN VAN DUC,ベトナム,男,2004-03-14,C8423175,2025-10-02,VN300,大久保寮
2,TRAN THI MY,ベトナム,女,2005-07-01,C9051288,2025-10-02,VN300,百人町女子寮
3,RAHMAN ARIF,バングラデシュ,男,2003-11-19,A07719342,2025-10-03,BG376,大久保寮
4,SITI NURHALIZA,インドネシア,女,2004-05-25,X2218457,2025-10-03,GA874,百人町女子寮
5,GURUNG PEMA,ネパール,女,2002-09-08,PA0931457,未定,未定,百人町女子寮
6,SILVA KASUN,スリランカ,男,2001-02-27,N8830215,2025-10-04,UL454,大久保寮
7,LE MINH TUAN,ベトナム,男,2003-12-12,C7746109,2025-10-02,VN300,大久保寮
8,DORJ BAT-ERDENE,モンゴル,男,2004-08-30,E1928374,2025-10-05,OM501,大久保寮
""")),
            att("10月入寮者情報.zip/readme.txt", TXT, T("""
入寮者リスト（2025年10月期）
・到着日・便名は9月20日時点の予定です
・百人町女子寮は2名、大久保寮は6名（うち1部屋は2人部屋）
"""))],
        personal=[P("name", "TRAN THI MY"), P("passport", "C9051288"),
                  P("name", "SILVA KASUN"), P("passport", "N8830215"),
                  P("birth_date", "2001-02-27")])

    add("Nguyen Thi Mai", "recipients", "hold", "recipients.visible_agents",
        "出願締切の案内を海外エージェント14社にToで一斉送信しており、他社の担当者名とアドレスが互いに見えている。",
        MAI,
        [SAOVIET,
         HIMALAYA,
         "Hoang Minh Education <info@hoangminh-edu.example.com.vn>",
         "Lanka Japan Study Centre <admissions@lankajapan.example.lk>",
         "Everest Japan Consultancy – Bikash <bikash@everest-jc.example.com.np>",
         "Dhaka Nihongo Academy <contact@dhaka-nihongo.example.com.bd>",
         "Ulaanbaatar Sakura Center <sakura@ub-sakura.example.mn>",
         "Jakarta Hikari Education – Dewi <dewi@hikari-edu.example.co.id>",
         "Hai Phong Future Link <futurelink.hp@gmail.com>",
         "Kathmandu Bridge Education <kbe.admission@yahoo.co.jp>",
         "Myanmar Japan Gateway <gateway@mm-jp.example.com.mm>",
         "Colombo Kizuna Institute <kizuna@colombo-kizuna.example.lk>",
         "Da Nang Nippon Center – Ms. Linh <linh@danang-nippon.example.vn>",
         "Chitwan Sunrise Education <sunrise.chitwan@outlook.com>"],
        "Application deadline for the January 2026 intake / 2026年1月期 出願締切のご案内",
        T("""
Dear partner agencies,

Thank you very much for your continued support.
We are pleased to announce the application schedule for the January 2026 intake.

  Application deadline: Friday, 29 August 2025 (documents must arrive in Tokyo)
  COE result (expected): late November 2025
  Course start: 13 January 2026
  Capacity: 40 students (2 classes)

Please note the following changes from the previous intake:
  - A bank balance certificate issued within the last 3 months is required.
  - Applicants must have completed at least 150 hours of Japanese study (certificate required).
  - We no longer accept photocopies of graduation certificates without a verification letter.

The updated application guide and forms can be downloaded from our website:
https://www.tokyo-mirai-jls.example.jp/agents/2026-01/

Please feel free to contact me if you have any questions.

""") + SIG_MAI)

    # ------------------------------------------------------------------ PASSES
    add("Nguyen Thi Mai", "body", "pass", "benign.admission_to_student",
        "合格した学生本人への入学確認で、本人の学籍番号・コース・学費の振込先（学校の法人口座）だけ。第三者への開示はない。",
        MAI, ["Sandeep Gurung <sandeep.gurung.2003@gmail.com>"],
        "Admission confirmation – Tokyo Mirai Japanese Language Institute",
        T("""
Dear Mr. Sandeep Gurung,

Congratulations! We are pleased to confirm your admission to the
Tokyo Mirai Japanese Language Institute.

  Student ID: M25-0402
  Course: General Japanese Course (2 years), April 2025 – March 2027
  Class placement: B2 (based on your placement test)
  Orientation: Monday, 7 April 2025, 10:00, Room 301

Your Certificate of Eligibility has been sent to Himalaya Education Consultancy,
who will help you with your visa application at the Embassy of Japan in Kathmandu.

Please pay the first-year tuition (JPY 780,000) by 28 February 2025 to the school account
shown in the enclosed invoice. Please write your Student ID in the remittance message.

We look forward to welcoming you in Tokyo!

""") + SIG_MAI)

    add("北川 由紀子", "attachment", "pass", "benign.aggregate_report",
        "協議会への定期報告で、在籍者数・出席率・進学者数・退学者数はすべて集計値。個人は特定できない。",
        KITAGAWA, ["日本語教育機関協議会 事務局 <jimukyoku@jle-kyogikai.example.or.jp>"],
        "令和7年度 定期報告（出席率・進学状況）の提出",
        T("""
日本語教育機関協議会
事務局 御中

いつもお世話になっております。東京みらい日本語学院 教務主任の北川です。
令和7年度の定期報告を提出いたします。
ご確認のほど、よろしくお願いいたします。

""") + SIG_KITAGAWA,
        attachments=[att("定期報告_東京みらい日本語学院_R7.pdf", PDF, T("""
令和7年度 定期報告（令和7年5月1日現在）
東京みらい日本語学院

1. 在籍者数　142名
　国籍別：ベトナム 58、ネパール 39、スリランカ 17、インドネシア 11、バングラデシュ 9、その他 8
2. 出席率（令和6年度）　平均 92.3%
　出席率80%未満の学生 7名（うち指導により改善 5名）
3. 令和6年度修了者の進路（修了者 71名）
　大学院 4名、大学 12名、専門学校 41名、就職 9名、帰国 5名
4. 日本語能力試験 合格者（令和6年12月）
　N1 3名、N2 18名、N3 34名
5. 除籍・退学者　6名（経済的理由 3、帰国 2、その他 1）
6. 学生の健康管理
　定期健康診断 受診率 100%、要精密検査者には全員受診を確認済み
"""))])

    add("北川 由紀子", "body", "pass", "benign.historical_figures",
        "校外学習のバス手配で、坂本龍馬・勝海舟・夏目漱石など歴史上の人物名が出るだけ。学生の個人情報はない。",
        KITAGAWA, ["はとやまバス株式会社 団体営業部 <dantai@hatoyama-bus.example.co.jp>"],
        "校外学習（9/19）バス手配のお願い",
        T("""
はとやまバス株式会社
団体営業部 ご担当者様

いつもお世話になっております。東京みらい日本語学院の北川です。
秋の校外学習について、貸切バスの手配をお願いいたします。

　日時：2025年9月19日(金) 8:45 学校前出発 〜 16:30 学校着
　人数：学生 68名、教職員 6名（大型バス2台）
　行程：
　　9:30　江戸東京博物館（幕末コーナー：坂本龍馬・勝海舟ゆかりの資料）
　　11:30　勝海舟・西郷隆盛の会見の地（田町）
　　12:30　昼食（お弁当・車内または公園）
　　14:00　漱石山房記念館（夏目漱石の書斎の再現）
　　15:30　神楽坂 散策

見積書を9月5日(金)までにいただけますでしょうか。
雨天の場合も行程は変わりません。

""") + SIG_KITAGAWA)

    add("佐野 圭", "body", "pass", "benign.vaccination_schedule",
        "インフルエンザ集団接種の日程調整で、人数と時間割だけ。接種希望者の名前や病歴はない。",
        SANO, [HIMAWARI],
        "インフルエンザ予防接種（集団接種）の日程調整",
        T("""
新宿ひまわり内科クリニック
受付ご担当者様

いつもお世話になっております。東京みらい日本語学院 学生課の佐野です。
今年も校内でのインフルエンザ集団接種をお願いしたく、ご連絡しました。

　希望人数：学生 96名、教職員 11名（計107名）
　希望日：10月21日(火)または10月23日(木)
　時間：午前クラス 13:00〜14:30、午後クラス 10:00〜11:30（各クラスの休み時間に実施）
　会場：本校3階 多目的室

予診票は英語・ベトナム語・ネパール語版があれば、人数分お送りいただけると助かります。
費用は昨年どおり、学生は学校負担、教職員は個人負担で精算させてください。

""") + SIG_SANO)

    add("Nguyen Thi Mai", "body", "pass", "benign.corporate_account_swift",
        "エージェントへの学費振込先の案内で、口座は学校運営会社の法人口座とSWIFTコード。個人の口座ではない。",
        MAI, [SAOVIET],
        "Tuition payment – bank details for the October 2025 intake",
        T(f"""
Dear Ms. Ha,

As requested, here are our bank details for the tuition payments of the October 2025 intake.
Please ask the students (or their sponsors) to include the Student ID in the remittance message.

  Beneficiary: MIRAI EDUCATION CO., LTD.
  Bank: Shinjuku Midori Bank, Okubo Branch
  SWIFT: EXMPJPJT
  Account type: Ordinary (Futsu)
  Account No.: 1029384
  Bank address: 1-1-1 Okubo, Shinjuku-ku, Tokyo, Japan
  Corporate No. (法人番号): {HOUJIN_E}

Bank charges on the sender's side should be paid by the sender.
We will send receipts by email within 3 business days after the payment arrives.

""") + SIG_MAI)

    add("佐野 圭", "body", "pass", "benign.employment_verification_consent",
        "本人の同意書を受けた在籍確認への回答で、在籍の事実と在籍期間だけを伝え、その他は答えていない。",
        SANO, ["株式会社ベストホーム新宿 賃貸管理部 <chintai@besthome-shinjuku.example.co.jp>"],
        "在籍確認のご照会について（回答）",
        T("""
株式会社ベストホーム新宿
賃貸管理部 ご担当者様

お世話になっております。東京みらい日本語学院 学生課の佐野です。
7月4日付でいただいた在籍確認のご照会について、
本人から同意書を受領しておりますので、下記の範囲で回答いたします。

　氏名：マガル・スシラ（MAGAR SUSHILA）
　在籍状況：在籍しております
　在籍期間：2025年4月〜2027年3月（修了予定）

出席状況・在留資格・経費支弁者等については、お答えいたしかねます。
ご了承ください。

""") + SIG_SANO)

    add("北川 由紀子", "quoted", "pass", "benign.meeting_arrangement",
        "外部講師との講座打合せの日程調整で、講師と職員の名前・署名だけ。学生の個人情報はない。",
        KITAGAWA, [HAYAKAWA, "菅野 大輔 <daisuke.kanno.lecture@outlook.com>"],
        "Re: 夏期特別講座（ビジネス日本語）打合せの日程",
        T("""
早川先生、菅野先生

お世話になっております。東京みらい日本語学院の北川です。
日程のご回答ありがとうございました。
打合せは 7月18日(金) 17:00〜18:00、本校2階の会議室でお願いいたします。

当日は、
　・受講予定者数（現在 22名、N2〜N3レベル）
　・教材（敬語・電話応対・メール作成）の分担
　・最終日の模擬面接の進め方
についてご相談できればと思います。

""") + SIG_KITAGAWA + T("""

> 北川先生
>
> ご連絡ありがとうございます。早川です。
> 18日(金)の夕方、もしくは22日(火)の午前なら伺えます。
> 菅野先生とも相談して、教材の案を持っていきますね。
>
> 早川 玲子
> 日本語教師／ビジネス日本語講師
> 携帯 090-0000-3386
"""))

    add("佐野 圭", "body", "pass", "benign.it_malware_outage",
        "校内Wi-Fiの障害と教員PCのウイルス感染警告をITベンダーに相談するメールで、「障害」「感染」はIT用語。",
        SANO, ["株式会社オフィスネット新宿 サポート <support@officenet-shinjuku.example.co.jp>"],
        "校内Wi-Fiの障害と教員PCのウイルス感染警告について",
        T("""
オフィスネット新宿 サポートご担当者様

保守契約でお世話になっております。東京みらい日本語学院の佐野です。
本日、2件ご相談させてください。

1. 校内Wi-Fiの障害
　今朝8時半ごろから、3階・4階の教室でWi-Fi（SSID: MIRAI-CLASS）に接続できません。
　アクセスポイント（AP-3F-01、AP-4F-02）のランプがオレンジ点滅しています。
　2階の職員室は正常です。

2. 教員PCのウイルス感染警告
　教員用ノートPC（資産番号 TMJ-NB-017）で、USBメモリを挿したところ
　セキュリティソフトが「W32.Sality」の感染を検知して隔離したと表示されました。
　PCはネットワークから外して保管しています。

午後の授業でWi-Fiを使うため、できれば午前中に一度お電話いただけると助かります。

""") + SIG_SANO)

    add("北川 由紀子", "quoted", "pass", "benign.religious_corp_venue",
        "宗教法人の寺院に文化体験の受け入れを依頼するメールで、宗教法人は取引先。学生個人の信仰には触れていない。",
        KITAGAWA, ["宗教法人妙光寺 寺務所 <jimusho@myokoji.example.or.jp>"],
        "Re: 文化体験（坐禅・写経）受け入れのお願い",
        T("""
妙光寺 寺務所
ご担当者様

ご快諾いただき、誠にありがとうございます。東京みらい日本語学院の北川です。
それでは、下記のとおりお願いいたします。

　日時：2025年11月12日(水) 13:30〜15:30
　人数：学生 24名、引率 2名
　内容：本堂の見学、坐禅（20分程度）、写経
　参加費：お一人 1,000円（当日まとめてお納めします）

参加は希望制で、学生にはお寺での服装とマナーを事前に説明しておきます。
当日はどうぞよろしくお願いいたします。

""") + SIG_KITAGAWA + T("""

> 東京みらい日本語学院
> 北川様
>
> お問い合わせありがとうございます。
> 留学生の皆さんの文化体験として、坐禅と写経をお受けいたします。
> 11月は12日(水)の午後が空いております。
>
> 宗教法人 妙光寺 寺務所
> 〒162-0000 東京都新宿区若葉2丁目5番1号
> TEL 03-0000-3517
"""))

    add("北川 由紀子", "body", "pass", "benign.lecturer_own_fee",
        "外部講師本人への謝金の支払通知で、口座は下3桁以外マスクされ、本人以外への開示はない。",
        KITAGAWA, [HAYAKAWA],
        "6月分 講師謝金のお支払いについて",
        T("""
早川 玲子 先生

いつもお世話になっております。東京みらい日本語学院の北川です。
6月分の講師謝金について、下記のとおりお支払いいたします。

　担当コマ数：16コマ（ビジネス日本語 8コマ、会話 8コマ）
　謝金総額：64,000円
　源泉徴収税額：6,534円
　お振込額：57,466円
　お振込日：7月10日(木)
　お振込先：ご登録の口座（普通 ****321）

支払調書は来年1月にお送りいたします。
ご不明な点がございましたらお知らせください。

""") + SIG_KITAGAWA)

    return M
