"""Org D: 株式会社ブリッジワークス・ジャパン (Bridgeworks Japan Inc.)
recruitment agency for foreign workers.

Writers: 中島 由香 (キャリアアドバイザー), Nguyen Thi Lan (Candidate Coordinator, English),
坂口 大輔 (法人営業部).
"""

from common import (M, addr, quote, forwarded, att, CT_CSV, CT_TXT, CT_PDF, CT_XLSX)

ORG = "D"
DOM = "bridgeworks-jp.example.com"

NAKAJIMA = addr("中島 由香", f"y.nakajima@{DOM}")
LAN = addr("Nguyen Thi Lan", f"lan.nguyen@{DOM}")
SAKAGUCHI = addr("坂口 大輔", f"d.sakaguchi@{DOM}")

SIG_NAKAJIMA = """――――――――――――――――――――
株式会社ブリッジワークス・ジャパン
キャリアアドバイザー　中島 由香
〒160-0000 東京都新宿区西新宿架空3-7-1 ブリッジタワー12F
TEL 03-0000-7701 ／ y.nakajima@bridgeworks-jp.example.com
有料職業紹介事業許可番号 13-ユ-000000
――――――――――――――――――――"""

SIG_LAN = """Kind regards,
Nguyen Thi Lan (グエン・ティ・ラン)
Candidate Coordinator - Vietnam & Philippines Desk
Bridgeworks Japan Inc.
Tel: +81-3-0000-7712 | lan.nguyen@bridgeworks-jp.example.com
https://www.bridgeworks-jp.example.com/"""

SIG_SAKAGUCHI = """--
坂口 大輔 ／ Daisuke Sakaguchi
株式会社ブリッジワークス・ジャパン 法人営業部 マネージャー
携帯 090-0000-8830 ／ TEL 03-0000-7705
d.sakaguchi@bridgeworks-jp.example.com"""


def mails():
    out = []

    # ------------------------------------------------------------------ HOLDS
    # H1 body: residence card number in body to client HR
    rc = "UH00001234AB"
    out.append(M(
        expect="hold", kind="id.residence_card", writer="sakaguchi", loc="body",
        why="内定者の在留カード番号・在留期限・氏名を取引先へ本文で送っている。",
        frm=SAKAGUCHI,
        to=[addr("三栄フーズ 人事部 桑田様", "kuwata@san-ei-foods.example.co.jp")],
        subject="7/1入社予定者 雇用契約書作成用の情報",
        text=f"""三栄フーズ株式会社
人事部 桑田様

いつもお世話になっております。ブリッジワークスの坂口です。
7月1日入社予定の方について、雇用契約書と雇用保険の手続きに
必要な情報をお送りします。

　氏名：PHAM THI HUONG（ファム ティ フオン）
　在留資格：特定技能1号（飲食料品製造業）
　在留カード番号：{rc}
　在留期間満了日：2026年3月14日
　住所（予定）：千葉県船橋市架空台2-5-8 サンエイ寮 203

寮の鍵のお渡しは6月30日の夕方でお願いできますでしょうか。
当日は弊社のグエンが同行します。

{SIG_SAKAGUCHI}
""",
        personal=[("name", "PHAM THI HUONG"), ("residence_card_number", rc)],
    ))

    # H2 body: full résumé in the body
    out.append(M(
        expect="hold", kind="personal.resume", writer="nakajima", loc="body",
        why="候補者1名の氏名・生年月日・住所・電話・メール・経歴を本文で求人企業に送っている。",
        frm=NAKAJIMA,
        to=[addr("北斗精工 総務課 原様", "hara@hokuto-seiko.example.co.jp")],
        subject="【ご推薦】CNCオペレーター候補のご紹介",
        text=f"""北斗精工株式会社
総務課 原様

お世話になっております。ブリッジワークスの中島です。
CNCオペレーターの求人に、以下の方をご推薦いたします。

■ 氏名：Rizal Santos（リサール サントス）
■ 生年月日：1994年6月2日（31歳）
■ 国籍：フィリピン
■ 現住所：埼玉県川口市架空町5-3-12 ハイツ川口 101
■ 電話：080-0000-6642
■ メール：rizal.santos0000@gmail.com
■ 在留資格：技術・人文知識・国際業務（2027年5月まで）
■ 日本語：JLPT N2
■ 職歴：
　2016-2020　マニラの自動車部品メーカーでCNC旋盤オペレーター
　2020-現在　都内の精密部品メーカーでマシニングセンタ操作・段取り

夜勤も可能とのことです。面接をご希望の場合、候補日をお知らせください。

{SIG_NAKAJIMA}
""",
        personal=[("name", "Rizal Santos"), ("birth_date", "1994年6月2日"),
                  ("address", "埼玉県川口市架空町5-3-12 ハイツ川口 101"),
                  ("phone", "080-0000-6642"), ("email", "rizal.santos0000@gmail.com")],
    ))

    # H3 body: health-check results (English)
    out.append(M(
        expect="hold", kind="sensitive.health_check_result", writer="lan", loc="body",
        why="候補者の氏名と健康診断結果（結核の陳旧性病変・B型肝炎キャリア）を取引先に送っている。",
        frm=LAN,
        to=[addr("Mr. Hara, Hokuto Seiko", "hara@hokuto-seiko.example.co.jp")],
        cc=[NAKAJIMA],
        subject="Pre-employment medical check results - 2 candidates",
        text=f"""Dear Mr. Hara,

The pre-employment medical check results for the two candidates from the
Manila batch have arrived from the clinic.

1) Mr. Joel Mercado
   Chest X-ray: old healed pulmonary tuberculosis lesion, sputum test
   negative. The doctor says he is fit to work, but recommends a follow-up
   X-ray in six months.
   Blood test: Hepatitis B carrier (HBsAg positive), liver function normal.

2) The second candidate has no findings.

Please let me know if your company doctor would like to see the original
reports before the final decision. I can bring them to your office.

{SIG_LAN}
""",
        personal=[("name", "Joel Mercado"),
                  ("diagnosis", "old healed pulmonary tuberculosis lesion"),
                  ("diagnosis", "Hepatitis B carrier (HBsAg positive)")],
    ))

    # H4 attachment: candidate roster
    xl = """候補者一覧（溶接工・第3期）
No,氏名,生年月日,国籍,電話,JLPT,溶接評価試験
1,NGUYEN VAN TOAN,1997-03-12,ベトナム,080-0000-1201,N3,合格
2,TRAN THI MAI,1999-10-05,ベトナム,080-0000-1202,N4,合格
3,LE MINH DUC,1996-07-21,ベトナム,090-0000-1203,N3,合格
4,DELA CRUZ MARK,1995-01-30,フィリピン,090-0000-1204,N4,合格
5,REYES ANGELICA,1998-12-14,フィリピン,070-0000-1205,N3,受験予定
6,BUDI SANTOSO,1994-09-09,インドネシア,080-0000-1206,N4,合格
7,SITI RAHAYU,2000-04-18,インドネシア,080-0000-1207,N4,合格"""
    out.append(M(
        expect="hold", kind="list.candidate_roster", writer="sakaguchi", loc="attachment",
        why="添付に候補者7名の氏名・生年月日・国籍・電話がまとまった名簿がある。",
        frm=SAKAGUCHI,
        to=[addr("北斗精工 総務課 原様", "hara@hokuto-seiko.example.co.jp")],
        subject="溶接工 第3期 候補者一覧の送付",
        text=f"""原様

お世話になっております。坂口です。
溶接工の第3期募集について、現時点での候補者一覧をお送りします。
書類選考の結果を7月4日（金）までにいただけますと、
オンライン面接を7月第2週に設定できます。

面接通訳は弊社で手配します（ベトナム語・タガログ語・インドネシア語）。

{SIG_SAKAGUCHI}
""",
        attachments=[att("kohosha_yosetsu_3ki.xlsx", CT_XLSX, xl)],
        personal=[("name", "NGUYEN VAN TOAN"), ("birth_date", "1997-03-12"),
                  ("phone", "080-0000-1201"), ("name", "SITI RAHAYU")],
    ))

    # H5 attachment: passport copy text for a COE application to 行政書士
    pp = """PASSPORT / HỘ CHIẾU
Type: P   Country code: VNM
Passport No.: C0000472
Surname: DANG
Given names: THI THU HA
Nationality: VIET NAM
Date of birth: 22/08/2001
Sex: F
Place of birth: NAM DINH
Date of issue: 15/03/2023
Date of expiry: 15/03/2033"""
    out.append(M(
        expect="hold", kind="id.passport_copy", writer="nakajima", loc="attachment",
        why="添付のパスポート写しに旅券番号・氏名・生年月日が記載されている。",
        frm=NAKAJIMA,
        to=[addr("行政書士 木下法務事務所 木下先生", "kinoshita@kinoshita-gyosei.example.jp")],
        subject="在留資格認定証明書交付申請 書類（介護・1名）",
        text=f"""木下先生

いつもお世話になっております。ブリッジワークスの中島です。
介護分野の特定技能で受け入れ予定の方について、
認定証明書交付申請の書類一式のうち、旅券の写しを先にお送りします。

雇用契約書・支援計画書は受入れ施設の押印待ちで、
来週前半にはお送りできる見込みです。

{SIG_NAKAJIMA}
""",
        attachments=[att("passport_copy.pdf", CT_PDF, pp)],
        personal=[("passport_number", "C0000472"), ("birth_date", "22/08/2001"),
                  ("name", "THI THU HA")],
    ))

    # H6 quoted: religion of a candidate (English)
    cand = """Dear Ms. Lan,

Thank you for arranging the interview. Before the on-site training I would like
to ask about one thing. I am a practising Muslim and I pray five times a day,
so I would need a short break around 12:30 and 15:30, and a quiet place for
prayer. I also cannot eat pork, so I will bring my own lunch.

I hope this is not a problem for the company.

Best regards,
Ahmad Fauzi Hakim"""
    out.append(M(
        expect="hold", kind="sensitive.religion", writer="lan", loc="quoted",
        why="引用された候補者本人のメールに氏名と信仰（イスラム教の礼拝）が書かれており、それを企業に転送している。",
        frm=LAN,
        to=[addr("Ms. Kuwata, San-ei Foods HR", "kuwata@san-ei-foods.example.co.jp")],
        cc=[SAKAGUCHI],
        subject="Fwd: Question before the on-site training",
        text=f"""Dear Ms. Kuwata,

Please see the candidate's message below about breaks and meals during the
on-site training next week. Could you check with the factory manager whether
a small room could be used, and whether the break times can be adjusted?

I will reply to him once I hear from you.

{SIG_LAN}

""" + forwarded("Ahmad Fauzi Hakim <ahmad.hakim0000@gmail.com>",
                "Fri, Jun 13, 2025 at 8:02 PM",
                "Question before the on-site training",
                "Nguyen Thi Lan <lan.nguyen@bridgeworks-jp.example.com>", cand),
        personal=[("name", "Ahmad Fauzi Hakim"), ("religion", "I am a practising Muslim")],
    ))

    # H7 quoted: criminal record in an internal note, forwarded to client
    note = """坂口さん

北斗精工さんから確認依頼のあった件、本人と面談して聞き取りました。
LE VAN HUNG さんは、2018年に母国で交通事故を起こし、
業務上過失致傷で罰金刑を受けたことがあるそうです。
在留資格の審査では申告済みで、問題にはならなかったとのこと。
その後の運転歴に違反はないと本人は話しています。

中島"""
    out.append(M(
        expect="hold", kind="sensitive.criminal_record", writer="sakaguchi", loc="quoted",
        why="引用部分に候補者の氏名と前科（罰金刑）の情報があり、取引先に送っている。",
        frm=SAKAGUCHI,
        to=[addr("北斗精工 総務課 原様", "hara@hokuto-seiko.example.co.jp")],
        subject="Re: フォークリフト要員の候補者について（ご確認の件）",
        text=f"""原様

お世話になっております。坂口です。
先日お問い合わせいただいた件、担当アドバイザーが本人に確認しました。
内容は下記のとおりです。
運転業務への配置に差し支えないかどうか、御社でご判断いただけますでしょうか。

{SIG_SAKAGUCHI}

""" + quote(note, "2025年6月16日(月) 11:34 中島 由香 <y.nakajima@bridgeworks-jp.example.com> wrote:"),
        personal=[("name", "LE VAN HUNG"), ("criminal_record", "業務上過失致傷で罰金刑")],
    ))

    # H8 subject only: residence card number in subject
    out.append(M(
        expect="hold", kind="id.residence_card_subject", writer="nakajima", loc="subject",
        why="件名に外国人社員の氏名と新しい在留カード番号が書かれている。",
        frm=NAKAJIMA,
        to=[addr("三栄フーズ 人事部 桑田様", "kuwata@san-ei-foods.example.co.jp")],
        subject="在留カード更新完了：TRAN VAN MINH様 新カード番号 AB00004567CD",
        text=f"""桑田様

お世話になっております。ブリッジワークスの中島です。
件名のとおり、在留期間更新の許可がおり、新しい在留カードが交付されました。
新しい在留期限は2028年6月までです。

カードの写しは、ご本人が明日の出勤時に人事部へお持ちします。
社内の外国人雇用状況届出の更新をお願いいたします。

{SIG_NAKAJIMA}
""",
        personal=[("name", "TRAN VAN MINH"), ("residence_card_number", "AB00004567CD")],
    ))

    # H9 zip (plain): test scores of named candidates
    csv = """受験者名,国籍,受験日,学科,実技,合否
NGUYEN VAN TOAN,ベトナム,2025-05-24,78,85,合格
TRAN THI MAI,ベトナム,2025-05-24,64,58,不合格
LE MINH DUC,ベトナム,2025-05-24,81,90,合格
DELA CRUZ MARK,フィリピン,2025-05-25,70,72,合格
REYES ANGELICA,フィリピン,2025-05-25,55,61,不合格"""
    out.append(M(
        expect="hold", kind="list.test_scores", writer="lan", loc="zip",
        why="暗号化なしzipの中のCSVに候補者5名の氏名と試験点数・合否が入っている。",
        frm=LAN,
        to=[addr("Pham Duc Long, Hanoi Manpower JSC", "long.pham@hanoi-manpower.example.com.vn")],
        subject="Skills test results - May session",
        text=f"""Dear Mr. Long,

Attached is a zip with the May skills test results and the schedule for the
next session. Please share the results with the candidates at your centre
and prepare the two who did not pass for the retake in July.

{SIG_LAN}
""",
        attachments=[att("skills_test_may.zip/results_may.csv", CT_CSV, csv),
                     att("skills_test_may.zip/next_session.txt", CT_TXT,
                         "Next session: 19-20 July 2025, Hanoi test centre. Registration deadline 30 June.")],
        personal=[("name", "TRAN THI MAI"), ("score", "TRAN THI MAI,ベトナム,2025-05-24,64,58,不合格"),
                  ("name", "REYES ANGELICA")],
    ))

    # H10 recipients: job fair invitation with 12 candidates visible (English)
    rcpt = [
        addr("Nguyen Van Toan", "toan.nguyen0000@gmail.com"),
        addr("Tran Thi Mai", "mai.tran.0000@gmail.com"),
        addr("Le Minh Duc", "duc.leminh0000@gmail.com"),
        addr("Mark Dela Cruz", "mark.delacruz0000@yahoo.co.jp"),
        addr("Angelica Reyes", "angelica.reyes0000@gmail.com"),
        addr("Budi Santoso", "budi.santoso0000@outlook.com"),
        addr("Siti Rahayu", "siti.rahayu0000@gmail.com"),
        addr("Hoang Thi Lien", "lien.hoang0000@gmail.com"),
        addr("Vo Quang Hai", "hai.voquang0000@gmail.com"),
        addr("Joel Mercado", "joel.mercado0000@gmail.com"),
        addr("Ahmad Fauzi Hakim", "ahmad.hakim0000@gmail.com"),
        addr("Dang Thi Thu Ha", "thuha.dang0000@outlook.com"),
    ]
    out.append(M(
        expect="hold", kind="recipients.candidates_visible", writer="lan", loc="recipients",
        why="候補者12名の個人アドレスがTOに並び、互いに見える状態で送っている（BCCにすべき）。",
        frm=LAN,
        to=rcpt,
        subject="Invitation: Bridgeworks Job Fair for Manufacturing (29 June)",
        text=f"""Dear candidates,

We are pleased to invite you to our Job Fair for Manufacturing.

  Date: Sunday, 29 June 2025, 13:00-17:00
  Place: Bridgeworks Japan, Nishi-Shinjuku office, 12F seminar room
  Companies: 6 manufacturers (food, metal parts, electronics)
  Bring: your residence card (we will only look at it, not copy it) and
         a printed CV if you have one

Interpreters for Vietnamese, Tagalog and Indonesian will be available.
Please reply by 25 June if you will attend.

{SIG_LAN}
""",
    ))

    # ----------------------------------------------------------------- PASSES
    # P1 interview invitation to the candidate himself (English)
    out.append(M(
        expect="pass", kind="benign.own_interview_invitation", writer="lan", loc=None,
        why="候補者本人宛ての面接案内で、本人の情報を本人に送っているだけ。",
        frm=LAN,
        to=[addr("Rizal Santos", "rizal.santos0000@gmail.com")],
        subject="Your interview with Hokuto Seiko on 24 June",
        text=f"""Dear Rizal,

Good news: Hokuto Seiko would like to interview you for the CNC operator
position.

  Date: Tuesday, 24 June 2025, 14:00
  Place: Hokuto Seiko, 1-2-3 Kakucho, Kawaguchi (5 min walk from the station)
  Interviewers: Mr. Hara (General Affairs) and the production manager
  Bring: your residence card and your JLPT N2 certificate

I will meet you at the station ticket gate at 13:40. If you need to change
the time, please call me at +81-3-0000-7712.

Good luck!

{SIG_LAN}
""",
    ))

    # P2 minimal employment verification with consent
    out.append(M(
        expect="pass", kind="benign.employment_verification_consent", writer="nakajima", loc=None,
        why="本人の同意書を確認したうえでの在籍確認で、在籍期間と職位のみを回答している。",
        frm=NAKAJIMA,
        to=[addr("トラストチェック 調査部", "verify@trustcheck.example.co.jp")],
        subject="Re: 在籍確認のご依頼（当社元従業員）",
        text=f"""トラストチェック株式会社
調査部 ご担当者様

お問い合わせの件、ご本人の同意書（6月10日付）を確認しましたので、
以下のとおり回答いたします。

　在籍期間：2021年4月1日〜2024年3月31日
　最終職位：キャリアアドバイザー（正社員）

当社の方針により、給与・評価・退職理由についてはお答えしておりません。
ご了承ください。

{SIG_NAKAJIMA}

""" + quote("""ブリッジワークス・ジャパン 人事ご担当者様

当社は採用前調査を受託しております。
添付の同意書のとおり、貴社の元従業員 宇田川 美咲 様の
在籍期間と職位についてご確認をお願いいたします。

トラストチェック株式会社 調査部 平野""", "2025年6月11日(水) 10:05 トラストチェック 調査部 <verify@trustcheck.example.co.jp> wrote:"),
    ))

    # P3 corporate numbers in a contract mail
    out.append(M(
        expect="pass", kind="benign.corporate_numbers", writer="sakaguchi", loc=None,
        why="13桁の法人番号や許可番号は会社の番号で、個人の識別番号ではない。",
        frm=SAKAGUCHI,
        to=[addr("三栄フーズ 総務部 法務担当", "homu@san-ei-foods.example.co.jp")],
        cc=[addr("三栄フーズ 人事部 桑田様", "kuwata@san-ei-foods.example.co.jp")],
        subject="人材紹介基本契約書 記載事項のご確認",
        text=f"""三栄フーズ株式会社
総務部 法務ご担当者様

お世話になっております。ブリッジワークスの坂口です。
人材紹介基本契約書の締結にあたり、弊社側の記載事項をお送りします。

　商号：株式会社ブリッジワークス・ジャパン
　法人番号：9011100000000
　有料職業紹介事業 許可番号：13-ユ-000000
　登録支援機関 登録番号：19登-000000
　本店所在地：東京都新宿区西新宿架空3-7-1
　代表者：代表取締役 大谷 修

紹介手数料は理論年収の25％、返金規定は入社後3か月以内の退職で
50％とする案で、社内の承認を得ております。

{SIG_SAKAGUCHI}
""",
    ))

    # P4 English meeting with a partner sending organisation
    out.append(M(
        expect="pass", kind="benign.meeting_english", writer="lan", loc=None,
        why="送り出し機関との打合せ日程調整で、担当者名のみ。",
        frm=LAN,
        to=[addr("Pham Duc Long", "long.pham@hanoi-manpower.example.com.vn")],
        cc=[SAKAGUCHI],
        subject="Re: Visit to Hanoi training centre in July",
        text=f"""Dear Mr. Long,

Thank you for the invitation. Mr. Sakaguchi and I can visit your training
centre on 15-16 July. Our proposed schedule:

  15 July  10:00  Meeting with your management team (contract renewal)
           14:00  Observation of Japanese classes (N4 and N3 levels)
  16 July  09:00  Mock interviews with the welding course trainees
           13:00  Wrap-up and next intake plan

Could you please confirm, and let us know a hotel near the centre? We will
book it ourselves.

{SIG_LAN}

""" + quote("""Dear Lan,

We would be happy to welcome you and Mr. Sakaguchi at our centre in July.
Please let us know your preferred dates.

Best regards,
Pham Duc Long
Hanoi Manpower JSC""", "On Mon, Jun 16, 2025 at 9:40 AM Pham Duc Long <long.pham@hanoi-manpower.example.com.vn> wrote:"),
    ))

    # P5 aggregate placement statistics by nationality
    out.append(M(
        expect="pass", kind="benign.aggregate_stats", writer="sakaguchi", loc=None,
        why="国籍別の紹介実績は集計値のみで、個人は特定されない。",
        frm=SAKAGUCHI,
        to=[addr("北斗精工 総務課 原様", "hara@hokuto-seiko.example.co.jp")],
        subject="2024年度 紹介実績のご報告",
        text=f"""原様

いつもお世話になっております。坂口です。
ご依頼の2024年度の紹介実績（御社分）をまとめました。

　紹介決定数：14名
　国籍内訳：ベトナム 8名、フィリピン 4名、インドネシア 2名
　在留資格：特定技能1号 11名、技術・人文知識・国際業務 3名
　1年後定着率：86％（12名在籍）
　平均日本語レベル：N3相当

業界平均の定着率は75％前後ですので、高い水準かと思います。
来期の採用計画についても、近いうちにお打ち合わせさせてください。

{SIG_SAKAGUCHI}
""",
    ))

    # P6 job description to a partner
    out.append(M(
        expect="pass", kind="benign.job_description", writer="nakajima", loc=None,
        why="求人票の内容だけで、個人情報は含まれない。",
        frm=NAKAJIMA,
        to=[addr("Pham Duc Long, Hanoi Manpower JSC", "long.pham@hanoi-manpower.example.com.vn")],
        cc=[LAN],
        subject="求人票：食品製造（特定技能）／Job description: food manufacturing",
        text=f"""Long様

お世話になっております。ブリッジワークスの中島です。
新しい求人票をお送りします。候補者への説明にお使いください。

【職種】食品製造（惣菜の盛付・包装）
【勤務地】千葉県船橋市
【勤務時間】8:00〜17:00（休憩60分）、シフト制、月の残業 約15時間
【給与】月給 215,000円＋残業手当、賞与年2回
【寮】会社寮あり（個室、月額20,000円）
【日本語】N4以上
【募集人数】4名（女性・男性 問わず）

Please note: the job requires standing work and working in a cold room (5℃).
If you have any questions, Lan can answer in Vietnamese.

{SIG_NAKAJIMA}
""",
    ))

    # P7 congratulations
    out.append(M(
        expect="pass", kind="benign.congratulations", writer="sakaguchi", loc=None,
        why="取引先の新工場竣工へのお祝いで、個人情報は含まれない。",
        frm=SAKAGUCHI,
        to=[addr("三栄フーズ 代表取締役 村瀬 健司様", "murase@san-ei-foods.example.co.jp")],
        cc=[addr("三栄フーズ 人事部 桑田様", "kuwata@san-ei-foods.example.co.jp")],
        subject="新工場竣工のお祝い",
        text=f"""三栄フーズ株式会社
代表取締役 村瀬 健司 様

拝啓 初夏の候、貴社ますますご清栄のこととお慶び申し上げます。
このたびは船橋第二工場のご竣工、誠におめでとうございます。

竣工式では、ベトナム出身の社員の皆さまが揃いの制服で
ご案内役を務めておられる姿を拝見し、大変うれしく思いました。
今後とも、新工場の立ち上げに必要な人材のご紹介で
お役に立てるよう努めてまいります。

貴社の一層のご発展を心よりお祈り申し上げます。

敬具

{SIG_SAKAGUCHI}
""",
    ))

    # P8 invoice with SWIFT corporate account (English)
    out.append(M(
        expect="pass", kind="benign.invoice_swift", writer="lan", loc=None,
        why="請求書の振込先は会社名義の口座とSWIFTコードで、個人の口座ではない。",
        frm=LAN,
        to=[addr("Accounts, Manila Skills Bridge Inc.", "accounts@manila-skills.example.com.ph")],
        subject="Invoice BWJ-INV-2506-014 (interpretation services, May)",
        text=f"""Dear Accounts team,

Please find below our invoice for the interpretation services provided in May.

  Invoice no.: BWJ-INV-2506-014
  Amount: USD 1,850.00
  Due date: 15 July 2025

  Beneficiary: Bridgeworks Japan Inc.
  Bank: Kakuu Bank, Shinjuku Branch
  Account no.: 0000481 (ordinary)
  SWIFT: KAKUJPJT

Bank charges on your side, please. Thank you for your continued cooperation.

{SIG_LAN}
""",
        attachments=[att("BWJ-INV-2506-014.pdf", CT_PDF, """INVOICE BWJ-INV-2506-014
Bill to: Manila Skills Bridge Inc.
Interpretation (Tagalog-Japanese), 12 sessions x USD 150 = USD 1,800
Transport = USD 50
Total USD 1,850.00
Beneficiary: Bridgeworks Japan Inc. / Kakuu Bank Shinjuku Branch / 0000481 / SWIFT KAKUJPJT""")],
    ))

    # P9 general explanation of the visa system
    out.append(M(
        expect="pass", kind="benign.visa_policy", writer="nakajima", loc=None,
        why="特定技能制度の一般的な説明で、特定の個人の情報はない。",
        frm=NAKAJIMA,
        to=[addr("みなと野ケアホーム 施設長 石黒様", "ishiguro@minatono-care.example.or.jp")],
        subject="特定技能（介護）受入れの流れについて",
        text=f"""みなと野ケアホーム
施設長 石黒様

先日はお時間をいただきありがとうございました。中島です。
ご質問のあった、特定技能（介護）での受入れの流れをまとめます。

1. 候補者の要件：介護技能評価試験・介護日本語評価試験・日本語試験（N4以上）の合格
2. 健康診断：入国前または在留資格申請前に、所定の様式で受診（結果は本人と施設で保管）
3. 申請：在留資格認定証明書交付申請（行政書士に依頼可能）
4. 入国後：生活オリエンテーション、住居の確保、定期面談（登録支援機関が実施）
5. 期間の目安：内定から入国まで 4〜6か月

宗教上の配慮（食事・礼拝）が必要な方もいますので、
受入れ前に施設内でルールを決めておかれることをおすすめします。

{SIG_NAKAJIMA}
""",
    ))

    # P10 project mail with 6 visible addresses from 2 companies
    out.append(M(
        expect="pass", kind="benign.project_six_addresses", writer="sakaguchi", loc=None,
        why="2社6名の業務アドレスが見えるプロジェクト連絡で、外部宛先は10件を超えない。",
        frm=SAKAGUCHI,
        to=[addr("桑田 千晴", "kuwata@san-ei-foods.example.co.jp"),
            addr("村上 浩", "h.murakami@san-ei-foods.example.co.jp"),
            addr("船橋第二工場 工場長 堤", "tsutsumi@san-ei-foods.example.co.jp")],
        cc=[NAKAJIMA, LAN, addr("ブリッジワークス 生活支援 大野", f"ohno@{DOM}")],
        subject="【共有】7月入社4名 受入れ準備タスク一覧",
        text=f"""三栄フーズ 桑田様、村上様、堤工場長

お世話になっております。ブリッジワークスの坂口です。
7月入社の4名について、受入れ準備のタスクを共有します。

　6/23　寮の備品確認（三栄：村上様／BW：大野）
　6/27　就業規則・安全衛生のベトナム語版 最終確認（BW：グエン）
　6/30　入寮・生活オリエンテーション（BW：大野、グエン）
　7/1 　入社式・工場見学（三栄：堤工場長）
　7/2〜 OJT開始（三栄：製造課）

各タスクの担当欄に誤りがあればご指摘ください。
次回の定例は6月25日（水）16時、オンラインで行います。

{SIG_SAKAGUCHI}
""",
    ))

    for m in out:
        m["_org"] = ORG
    return out
