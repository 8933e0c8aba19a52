"""Org D: 北杜大学大学院 医学系研究科 臨床疫学分野（長谷部研究室） (university lab running clinical studies)."""
from common import M, addr, att, csv

DOMAIN = "med.hokuto-u.example.ac.jp"

WRITERS = {
    "hasebe": {
        "from": addr("長谷部 誠一 / Seiichi Hasebe", f"hasebe@{DOMAIN}"),
        "role": "教授（研究責任者）",
        "sig": f"""--
北杜大学大学院 医学系研究科 臨床疫学分野
教授　長谷部 誠一
Seiichi Hasebe, MD, PhD
Professor, Department of Clinical Epidemiology
Hokuto University Graduate School of Medicine
TEL 011-0000-2740 / hasebe@{DOMAIN}""",
    },
    "koike": {
        "from": addr("小池 彩（臨床疫学分野 研究支援）", f"a.koike@{DOMAIN}"),
        "role": "研究コーディネーター（CRC・研究支援員）",
        "sig": """○─────────────────────○
北杜大学 医学系研究科 臨床疫学分野
研究コーディネーター　小池 彩（こいけ あや）
研究事務局 TEL 011-0000-2745（平日9:00-17:00）
○─────────────────────○""",
    },
    "morgan": {
        "from": addr("Daniel Morgan", f"d.morgan@{DOMAIN}"),
        "role": "特任助教（英語での対外連絡が中心）",
        "sig": f"""Daniel Morgan, PhD
Project Assistant Professor (特任助教)
Department of Clinical Epidemiology, Hokuto University Graduate School of Medicine
Kita 15, Kakuu-ku, Sapporo, Japan | +81-11-0000-2748 | d.morgan@{DOMAIN}""",
    },
}

ORG = {
    "key": "D",
    "name": "北杜大学大学院 医学系研究科 臨床疫学分野（長谷部研究室）",
    "short": "大学研究室（臨床研究）",
    "domain": DOMAIN,
    "writers": WRITERS,
}

H = WRITERS["hasebe"]["sig"]
K = WRITERS["koike"]["sig"]
MG = WRITERS["morgan"]["sig"]


def mails():
    out = []

    # ------------------------------------------------------------ holds: body
    out.append(M(
        "koike", "hold", "body", "sensitive.participant_diagnosis",
        "共同研究機関のCRCに、同意撤回した参加者の氏名・カルテ番号・病名（2型糖尿病・膵がん）を本文で伝えている。",
        [addr("江口 様（市立みなみ野病院 臨床研究支援室）", "eguchi@minamino-hp.example.jp")],
        "同意撤回のご連絡（HOKUTO-DM コホート）",
        f"""
市立みなみ野病院 臨床研究支援室
江口 様

いつもお世話になっております。北杜大学 臨床疫学分野の小池です。

貴院で登録いただいた参加者のうち1名から、研究参加の同意撤回の申し出がありました。
EDC上の登録を停止いたしますので、貴院のカルテ側でのフラグ解除をお願いいたします。

　研究ID：HK-DM-0147
　氏名：吉川 正人 様（カルテ番号 00382915）
　対象疾患：2型糖尿病（HbA1c 9.2%、インスリン導入済み）
　撤回理由：膵がんの診断を受け、治療に専念したいため（ご本人より電話）
　撤回日：2025年11月4日
　既に取得したデータ・試料：ご本人の意向により、廃棄を希望

撤回書の原本はご本人から当方に郵送いただく予定です。
到着しましたら写しをお送りいたします。

{K}
""",
        personal=[("name", "吉川 正人"), ("medical_record_no", "カルテ番号 00382915"),
                  ("diagnosis", "2型糖尿病"), ("diagnosis", "膵がんの診断")],
    ))

    out.append(M(
        "morgan", "hold", "body", "sensitive.genome_result",
        "海外の共同研究者に、参加者の実名・生年とBRCA2病的バリアントというゲノム検査結果を本文で送っている。",
        [addr("Emily Carter", "e.carter@genomics.riverside-u.example.edu")],
        "Re: Re: variant review for the Hokuto breast cancer sub-study",
        f"""
Hi Emily,

Thanks for the quick turnaround on the variant review.

Regarding the case you flagged, that is Ms. Yoko Tanabe (born 1973), who was enrolled
at our Sapporo site last spring. Her sample showed a BRCA2 pathogenic variant (c.5946delT),
and her younger sister was diagnosed with ovarian cancer two years ago, so the family
history fits. Our genetic counsellor plans to disclose the result to her in person on
November 20, together with a referral for cascade testing of her two daughters.

Could you send me the Sanger confirmation figure for her sample before then?
I would like to include it in the counselling file.

Best,
Dan

{MG}

> On Tue, Nov 4, 2025 at 11:02 PM Emily Carter <e.carter@genomics.riverside-u.example.edu> wrote:
> Dan, one of the samples in batch 7 (HK-BC-022) carries a likely pathogenic BRCA2
> frameshift. Can you check whether the participant consented to the return of results?
""",
        personal=[("name", "Yoko Tanabe"), ("birth_year", "born 1973"),
                  ("genome_result", "BRCA2 pathogenic variant (c.5946delT)"),
                  ("family_health", "younger sister was diagnosed with ovarian cancer")],
    ))

    out.append(M(
        "morgan", "hold", "body", "id.passport",
        "旅行会社に、同僚の研究者2名のパスポート番号・生年月日を本文で送っている。",
        [addr("トラベルアーク 法人営業部 三好 様", "miyoshi@travelark.example.co.jp")],
        "Flight booking for ISPE 2026 (Lisbon) - passport details",
        f"""
三好様

Thank you for the quote for our trip to the ISPE conference in Lisbon.
(Professor Hasebe asked me to handle the booking in English; I hope that is fine.)

Please book the following two travellers on option B (NH / LH via Frankfurt).
The names below are exactly as they appear in the passports.

1. MORGAN / DANIEL JAMES MR
   Nationality: United Kingdom
   Date of birth: 14 MAR 1988
   Passport No.: 552019347 (expiry 02 JUN 2031)

2. LAURENT / SOPHIE CLAIRE MS (visiting researcher in our department)
   Nationality: France
   Date of birth: 29 AUG 1991
   Passport No.: 19FR84623 (expiry 11 JAN 2030)

The invoice should go to the department (budget code KAKEN-24H01582).
Please send the e-tickets to me by e-mail.

Best regards,

{MG}
""",
        personal=[("name", "DANIEL JAMES"), ("passport", "552019347"), ("birth_date", "14 MAR 1988"),
                  ("name", "LAURENT / SOPHIE CLAIRE"), ("passport", "19FR84623"),
                  ("birth_date", "29 AUG 1991")],
    ))

    # ------------------------------------------------------------ holds: attachment only
    pay = [
        ("参加者ID", "氏名", "氏名カナ", "銀行名", "支店名", "種別", "口座番号", "金額"),
        ("HK-DM-0021", "岩崎 康弘", "イワサキ ヤスヒロ", "ほっかい銀行", "札幌駅前", "普通", "3318204", "5000"),
        ("HK-DM-0034", "木下 律子", "キノシタ リツコ", "ゆうちょ銀行", "九〇八", "普通", "5590213", "5000"),
        ("HK-DM-0058", "東 浩二", "ヒガシ コウジ", "ほっかい銀行", "北広島", "普通", "0772419", "5000"),
        ("HK-DM-0071", "斉藤 美香", "サイトウ ミカ", "えぞ信用金庫", "本店", "普通", "1408856", "5000"),
        ("HK-DM-0089", "内田 肇", "ウチダ ハジメ", "ほっかい銀行", "円山", "普通", "2265730", "5000"),
        ("HK-DM-0102", "望月 優花", "モチヅキ ユカ", "つばさ銀行", "札幌", "普通", "6619084", "5000"),
    ]
    out.append(M(
        "koike", "hold", "attachment", "list.participant_bank",
        "謝金振込代行業者宛ての添付CSVに、研究参加者6名の氏名と個人の銀行口座番号が並んでいる。",
        [addr("ペイロールワン 振込代行チーム", "furikomi@payrollone.example.co.jp")],
        "11月支給分 研究協力謝金の振込データ",
        f"""
株式会社ペイロールワン
振込代行チーム ご担当者様

いつもお世話になっております。北杜大学 臨床疫学分野の小池です。

11月支給分の研究協力謝金について、振込データを添付いたします。
件数は6件、合計30,000円です。振込日は11月25日でお願いいたします。

源泉徴収の対象外（1回5,000円の謝金）であることは、前回ご確認いただいたとおりです。
処理完了のご連絡をいただけますと幸いです。

{K}
""",
        attachments=[att("謝金振込_202511.csv", csv(pay))],
        personal=[("name", "岩崎 康弘"), ("bank_account", "3318204"), ("name", "斉藤 美香"),
                  ("bank_account", "1408856"), ("name", "望月 優花"), ("bank_account", "6619084")],
    ))

    base = [
        ("subject_id", "name", "dob", "sex", "site", "hba1c", "egfr", "bmi", "dx_comorbid"),
        ("HK-DM-0003", "Sakamoto Kenji", "1957-06-02", "M", "Sapporo", "8.4", "52", "27.1", "hypertension; CKD G3a"),
        ("HK-DM-0009", "Ono Michiko", "1962-11-19", "F", "Sapporo", "7.1", "78", "24.3", "depression"),
        ("HK-DM-0014", "Fujita Takeshi", "1949-01-30", "M", "Minamino", "9.6", "41", "29.8", "hepatitis C (treated)"),
        ("HK-DM-0017", "Kondo Aiko", "1970-04-05", "F", "Minamino", "6.9", "88", "22.0", "none"),
        ("HK-DM-0022", "Mori Shingo", "1954-09-14", "M", "Sapporo", "7.8", "60", "31.2", "HIV (on ART)"),
    ]
    out.append(M(
        "hasebe", "hold", "attachment", "sensitive.research_data_identifiable",
        "共同研究者に送る中間解析用データの添付に、参加者の実名・生年月日と病歴（HIV、C型肝炎など）が残っている。",
        [addr("Prof. Hyun-woo Park", "hwpark@epi.hanbit-u.example.ac.kr")],
        "Baseline dataset for the interim analysis (HOKUTO-DM)",
        f"""
Dear Hyun-woo,

As promised at the steering committee, please find attached the baseline dataset for the
interim analysis of the HOKUTO-DM cohort (data cut-off: 31 October 2025).

The file contains the first five records only, so that your team can check the variable
format before we transfer the full dataset through the secure server next week.
Variable definitions follow the data dictionary v2.3 that Dan sent in September.

I look forward to discussing the analysis plan with you on 18 November.

Best regards,
Seiichi

{H}
""",
        attachments=[att("hokuto_dm_baseline_interim_sample.csv", csv(base))],
        personal=[("name", "Sakamoto Kenji"), ("birth_date", "1957-06-02"), ("name", "Fujita Takeshi"),
                  ("diagnosis", "hepatitis C (treated)"), ("name", "Mori Shingo"), ("diagnosis", "HIV (on ART)")],
    ))

    # ------------------------------------------------------------ holds: quoted / forwarded only
    out.append(M(
        "koike", "hold", "quoted", "sensitive.forwarded_participant_mail",
        "検査会社に、研究参加者のメール原文（氏名・電話・C型肝炎の治療中であること）をそのまま転送している。",
        [addr("メディカルアッセイ 検体管理課", "kentai@medassay.example.co.jp")],
        "Fwd: 再検査について（参加者からの問い合わせ）",
        f"""
株式会社メディカルアッセイ
検体管理課 ご担当者様

いつもお世話になっております。北杜大学 臨床疫学分野の小池です。

研究参加者の方から下記の問い合わせがありました。
10月の健診時に採取した検体（保存血清）が残っているかどうか、
また追加で肝機能の項目を測定できるか、ご確認いただけますでしょうか。
状況が分かるように、ご本人のメールをそのまま転送いたします。

{K}

-------- 転送メッセージ --------
差出人: 工藤 典子 <noriko_kudo55@yahoo.co.jp>
日付: 2025年11月3日 20:46
宛先: 北杜大学 研究事務局 <kenkyu-jimu@{DOMAIN}>
件名: 再検査について

研究事務局 ご担当者様

いつもお世話になっております。研究に参加している工藤 典子です。
先日の健診結果で肝機能（ALT）が高いと書かれていましたが、
実は今、北札幌消化器クリニックでC型肝炎の治療中です（9月から飲み薬を開始）。
研究の結果に影響が出るのではと心配になりました。
もし再検査が必要でしたら協力しますので、ご連絡ください。
携帯：080-0000-5349（工藤）
""",
        personal=[("name", "工藤 典子"), ("email", "noriko_kudo55@yahoo.co.jp"),
                  ("diagnosis", "C型肝炎の治療中"), ("phone", "080-0000-5349")],
    ))

    out.append(M(
        "morgan", "hold", "quoted", "sensitive.adverse_event_quoted",
        "外部の統計担当者への返信の下に、参加者3名の実名と有害事象（低血糖・入院・自殺念慮）を並べた研究室内のメールが引用されている。",
        [addr("Wei Lin", "wei.lin@biostat-consult.example.com")],
        "Re: Safety tables for the DSMB report",
        f"""
Hi Wei,

Thanks for the draft shells. Yes, please include the three adverse events in the safety
tables (Table 14.3.1 and 14.3.2). Aya's note below has the details we discussed this
morning. Severity grading follows CTCAE v5.0.

We need the DSMB package by 21 November, so a first run by the 14th would be ideal.

Cheers,
Dan

{MG}

On Thu, Nov 6, 2025 at 10:15 AM Aya Koike <a.koike@{DOMAIN}> wrote:
> Dan,
> Here are the AEs reported at the October visits (source: CRFs, verified today).
> - Kenji Sakamoto (HK-DM-0003): severe hypoglycaemia, ER visit on 10/12, Grade 3
> - Michiko Ono (HK-DM-0009): admitted to a psychiatric ward on 10/20 for suicidal ideation, Grade 3, SAE
> - Takeshi Fujita (HK-DM-0014): acute pancreatitis, hospitalised 10/25-11/2, Grade 3, SAE
> All three have been reported to the ethics committee.
> Aya
""",
        personal=[("name", "Kenji Sakamoto"), ("adverse_event", "severe hypoglycaemia"),
                  ("name", "Michiko Ono"), ("mental_health", "suicidal ideation"),
                  ("name", "Takeshi Fujita"), ("adverse_event", "acute pancreatitis")],
    ))

    # ------------------------------------------------------------ hold: subject only
    out.append(M(
        "hasebe", "hold", "subject", "sensitive.sae_subject",
        "件名に参加者の氏名・年齢と重篤な有害事象の病名が入っている。本文は手続きのみ。",
        [addr("みなみ野病院 内科 部長 戸田 先生", "toda@minamino-hp.example.jp")],
        "【SAE第一報】森本 勝也 様（67）急性心筋梗塞で緊急入院",
        f"""
市立みなみ野病院 内科
戸田 先生

いつもお世話になっております。北杜大学 臨床疫学分野の長谷部です。

標記の件、第一報としてご連絡いたします。
本日午前、当院の研究外来より報告を受けました。
研究との因果関係は現時点で「関連なし」と判断しておりますが、
所定の様式による報告書を24時間以内に提出いたします。

貴院の倫理審査委員会への報告についても、様式が整い次第お送りいたしますので、
ご確認のほどお願い申し上げます。

{H}
""",
        personal=[("name", "森本 勝也"), ("diagnosis", "急性心筋梗塞")],
    ))

    # ------------------------------------------------------------ hold: zip (plain, inner file holds data)
    wave2 = [
        ("id", "氏名", "電話", "同意日", "PHQ9合計", "GAD7合計", "備考"),
        ("S2-001", "加藤 智子", "011-0000-4471", "2025/06/02", "17", "12", "希死念慮の項目 2点"),
        ("S2-002", "林田 哲", "090-0000-1856", "2025/06/05", "4", "3", ""),
        ("S2-003", "土屋 恵", "080-0000-3329", "2025/06/09", "21", "15", "要フォロー・主治医連絡済"),
        ("S2-004", "高田 誠司", "011-0000-6612", "2025/06/12", "9", "7", ""),
        ("S2-005", "村瀬 由美", "070-0000-2094", "2025/06/16", "13", "10", ""),
    ]
    out.append(M(
        "koike", "hold", "zip", "list.participant_scores_zip",
        "パスワードなしzipの中のCSVに、参加者の氏名・電話とうつ尺度（PHQ-9）の得点・希死念慮の記載がある。",
        [addr("リサーチプラス データ入力チーム", "data@researchplus.example.jp")],
        "第2回調査 データ一式（入力・集計のご依頼）",
        f"""
株式会社リサーチプラス
データ入力チーム ご担当者様

お世話になっております。北杜大学 臨床疫学分野の小池です。

第2回調査のデータ一式をお送りします。
ファイル数が多いため、1つのzipにまとめました。

　・参加者一覧（CSV）
　・調査票の設問定義（TXT）

集計仕様は前回と同じです。12月5日までに集計表を納品いただけますと幸いです。

{K}
""",
        attachments=[
            att("survey_wave2.zip/participants_wave2.csv", csv(wave2)),
            att("survey_wave2.zip/codebook.txt", """PHQ9合計: 0-27 (10以上を中等度以上)
GAD7合計: 0-21
備考: 自由記載
"""),
        ],
        personal=[("name", "加藤 智子"), ("phone", "011-0000-4471"), ("mental_health", "希死念慮の項目 2点"),
                  ("name", "土屋 恵"), ("mental_health", "要フォロー・主治医連絡済")],
    ))

    # ------------------------------------------------------------ hold: recipients
    parts = [
        ("岩崎 康弘", "y.iwasaki1958@gmail.com"), ("木下 律子", "ritsuko.kinoshita@yahoo.co.jp"),
        ("東 浩二", "koji.higashi@outlook.com"), ("斉藤 美香", "mika.saito.sapporo@gmail.com"),
        ("内田 肇", "hajime-uchida@yahoo.co.jp"), ("望月 優花", "yuka.mochizuki@gmail.com"),
        ("工藤 典子", "noriko_kudo55@yahoo.co.jp"), ("坂本 健二", "kenji.sakamoto57@outlook.com"),
        ("小野 道子", "michiko.ono.1962@gmail.com"), ("近藤 愛子", "aiko.kondo@yahoo.co.jp"),
        ("野村 剛", "tsuyoshi.nomura@gmail.com"), ("太田 紀子", "noriko.ota@outlook.com"),
    ]
    out.append(M(
        "koike", "hold", "recipients", "recipients.participants_visible",
        "糖尿病コホートの参加者12名の個人アドレスをToに並べており、互いに研究参加（＝糖尿病であること）が分かってしまう。",
        [addr(n + " 様", e) for n, e in parts],
        "【北杜大学 糖尿病コホート研究】第3回フォローアップ健診のご案内",
        f"""
HOKUTO-DM コホート研究にご参加の皆様

いつも研究にご協力いただき、誠にありがとうございます。
北杜大学 臨床疫学分野 研究事務局の小池です。

第3回フォローアップ健診を下記の日程で実施いたします。

　期間：2026年1月13日（火）～1月30日（金）の平日
　会場：北杜大学病院 臨床研究センター 1階
　内容：採血（空腹時）、身体計測、アンケート（約20分）
　謝金：5,000円（前回と同じく口座振込）

ご都合のよい日時を、同封のはがき、またはお電話（011-0000-2745）でお知らせください。
当日は朝食を抜いてお越しください（水・お茶は可）。

{K}
""",
    ))

    # ------------------------------------------------------------ passes
    out.append(M(
        "morgan", "pass", "none", "benign.meeting_english",
        "国際共同研究のオンライン会議の日程調整で、出てくるのは研究者の氏名・所属・署名だけ。",
        [addr("Emily Carter", "e.carter@genomics.riverside-u.example.edu"),
         addr("Prof. Hyun-woo Park", "hwpark@epi.hanbit-u.example.ac.kr"),
         addr("Ji-yeon Choi", "jychoi@epi.hanbit-u.example.ac.kr")],
        "HOKUTO-DM steering committee - 18 Nov (Zoom) agenda",
        f"""
Dear all,

This is a reminder of our steering committee meeting.

  Date: Tuesday 18 November 2025
  Time: 17:00 JST / 17:00 KST / 08:00 GMT / 00:00 PST (sorry, Emily!)
  Zoom: https://hokuto-u.example.ac.jp/zoom/j/83310457721 (passcode in the calendar invite)

Agenda
1. Recruitment status (Aya Koike, 10 min)
2. Interim analysis plan (Hyun-woo Park / Ji-yeon Choi, 20 min)
3. Genomic sub-study: return-of-results workflow (Emily Carter, 15 min)
4. Publication plan and authorship (Seiichi Hasebe, 10 min)

Slides are due by Friday 14 November. Please upload them to the shared folder.
If Emily cannot join at that hour, we will record item 3 separately.

Best regards,
Dan

{MG}
""",
        cc=[addr("長谷部 誠一", f"hasebe@{DOMAIN}"), addr("小池 彩", f"a.koike@{DOMAIN}")],
    ))

    out.append(M(
        "hasebe", "pass", "none", "benign.genome_policy",
        "ゲノム解析結果の返却方針（一般的な手順）の協議で、特定の参加者の結果は含まれない。",
        [addr("戸田 先生（市立みなみ野病院 内科）", "toda@minamino-hp.example.jp")],
        "ゲノム解析サブスタディ 結果返却方針（案）のご確認",
        f"""
市立みなみ野病院 内科
戸田 先生

いつもお世話になっております。北杜大学の長谷部です。

ゲノム解析サブスタディの結果返却方針の案がまとまりましたので、ご確認をお願いいたします。

　1. 返却の対象：ACMG推奨の二次的所見リスト（SF v3.2）に含まれる遺伝子の、
　　　病的・病的可能性が高いバリアントのみ
　2. 返却の条件：同意書で「結果の返却を希望する」に印のある方に限る
　3. 返却の方法：認定遺伝カウンセラーが対面で説明（郵送・電話では返却しない）
　4. 血縁者への情報提供：ご本人の同意がある場合に限り、受診先を紹介
　5. 返却までの確認：サンガー法による確認検査を必須とする

倫理審査委員会への変更申請は12月の委員会を予定しております。
ご意見は11月21日までにいただけますと幸いです。

{H}
""",
    ))

    out.append(M(
        "hasebe", "pass", "none", "benign.aggregate_results",
        "学会抄録の共著者確認で、結果はすべて集計値（人数・割合・ハザード比）。",
        [addr("Prof. Hyun-woo Park", "hwpark@epi.hanbit-u.example.ac.kr")],
        "Abstract draft for the EASD 2026 submission",
        f"""
Dear Hyun-woo,

Here is the draft abstract for EASD 2026. The results section is based on the aggregate
tables only; no individual-level data are included.

  Methods: Prospective cohort of adults with type 2 diabetes at 4 sites in Hokkaido
  (n = 412; mean age 63.4 years; 38% women), followed for a median of 2.1 years.
  Results: 23 participants (5.6%) had a major adverse cardiovascular event.
  Depressive symptoms at baseline (PHQ-9 >= 10; 17.2%) were associated with a higher
  risk (adjusted HR 1.84, 95% CI 1.02-3.31). Severe hypoglycaemia occurred in 11
  participants (2.7%).

Could you check whether the wording of the statistical methods matches your analysis?
The submission deadline is 1 December.

Best regards,
Seiichi

{H}
""",
    ))

    out.append(M(
        "koike", "pass", "none", "benign.to_data_subject_fee",
        "外部講師本人への謝金の連絡で、口座番号は下3桁のみ表示。本人に本人の情報を伝えるもの。",
        [addr("西尾 亮介 先生", "ryosuke.nishio@outlook.com")],
        "公開セミナー ご講演謝金のお支払いについて",
        f"""
西尾 亮介 先生

先日は臨床疫学セミナーでのご講演、誠にありがとうございました。
北杜大学 臨床疫学分野の小池です。

ご講演謝金のお支払いについて、下記のとおりご連絡いたします。

　謝金額：30,000円（源泉徴収税 3,063円を差し引き、26,937円をお振込み）
　振込先：ご登録いただいた口座（ほっかい銀行 普通 ****567）
　振込予定日：12月10日（水）
　交通費：実費 4,820円を別途お振込みします

支払調書は来年1月に郵送いたします。
口座の変更等がございましたら、11月28日までにお知らせください。

{K}
""",
    ))

    out.append(M(
        "hasebe", "pass", "none", "benign.to_data_subject_offer",
        "採用予定者本人への招へい・条件の連絡で、本人以外には送っていない。",
        [addr("Dr. Ana Souza", "ana.souza.phd@gmail.com")],
        "Invitation letter and next steps for your appointment at Hokuto University",
        f"""
Dear Dr. Souza,

On behalf of the Department of Clinical Epidemiology, I am delighted to confirm your
appointment as a Postdoctoral Fellow, starting on 1 April 2026.

Summary of the terms (the official letter is attached to our HR portal):
  - Position: Postdoctoral Fellow (特任研究員), full time, 2-year contract
  - Salary: JPY 5.4 million per year, plus commuting allowance
  - Project: depression and cardiovascular outcomes in the HOKUTO-DM cohort

Next steps:
  1. Please send a scan of your PhD certificate to our administrative office.
  2. Our office will apply for your Certificate of Eligibility once we receive it.
  3. Aya Koike will contact you about university housing in January.

We are very much looking forward to working with you.

With warm regards,

{H}
""",
        cc=[addr("小池 彩", f"a.koike@{DOMAIN}")],
    ))

    out.append(M(
        "hasebe", "pass", "none", "benign.employment_verification",
        "本人の同意書に基づく在籍確認で、在籍期間と職名のみを回答している（理由・評価・給与は出していない）。",
        [addr("VeriCheck Background Services", "verify@vericheck.example.com")],
        "Re: Employment verification request #VC-2025-88213",
        f"""
Dear VeriCheck team,

In response to your request #VC-2025-88213, and on the basis of the signed authorisation
form from the candidate that you attached, I confirm the following:

  Name: Dr. Rahul Mehta
  Position: Project Assistant Professor (特任助教), Department of Clinical Epidemiology
  Period of employment: 1 April 2021 - 31 March 2024

In line with university policy, we do not provide information on salary, performance
or reasons for leaving. Please contact our HR office if you need an official certificate
of employment.

Sincerely,

{H}

> On Mon, Nov 3, 2025 at 9:00 AM VeriCheck <verify@vericheck.example.com> wrote:
> We are conducting a pre-employment check for Dr. Rahul Mehta with his written consent
> (form attached). Please confirm his title and dates of employment.
""",
    ))

    out.append(M(
        "koike", "pass", "none", "benign.historical_person",
        "市民公開講座の打合せで、感染症の話は歴史上の人物（野口英世・北里柴三郎）のもの。",
        [addr("札幌市民カレッジ 企画担当 吉井 様", "yoshii@sapporo-college.example.jp")],
        "公開講座「感染症と闘った医学者たち」講師打合せについて",
        f"""
札幌市民カレッジ
企画担当 吉井 様

お世話になっております。北杜大学 臨床疫学分野の小池です。

長谷部教授の公開講座について、内容の骨子をお送りいたします。

　演題：「感染症と闘った医学者たち ～ 疫学の視点から」
　1. 北里柴三郎とペスト菌の発見（1894年、香港）
　2. 野口英世と黄熱病 ― アフリカでの研究と、自らの感染による死
　3. ジョン・スノウとコレラの地図 ― 疫学の誕生
　4. 現代の感染症対策と私たちの暮らし

配布資料はA4で8ページ程度を予定しております。
会場のプロジェクターの接続端子（HDMIかどうか）をお知らせいただけますでしょうか。

{K}
""",
    ))

    out.append(M(
        "morgan", "pass", "none", "benign.equipment_serials",
        "ディープフリーザーの故障（障害）連絡で、数字はシリアル・資産番号・ログのハッシュ値。",
        [addr("北日本ラボサービス 技術課", "gijutsu@kitanihon-lab.example.co.jp")],
        "-80℃フリーザー 温度異常アラームの件 / Freezer alarm (S/N MDF-U76-2104837)",
        f"""
北日本ラボサービス 技術課 御中
(Japanese follows English / 日本語は下にあります)

We had a temperature alarm on our -80 C freezer last night (02:14, peak -61 C).
The samples were moved to the backup unit and no sample was lost.

  Model: MDF-U76   Serial No.: 2104837   University asset No.: HU-2017-004511
  Controller log (exported): freezer_log_20251106.csv, SHA-256 9c1e5f0a7b32...d48e

Could you send an engineer this week? The compressor seems to restart repeatedly.

――
昨夜2時14分に、-80℃フリーザー（製造番号 2104837、資産番号 HU-2017-004511）で
温度異常アラームが発生しました（最高 -61℃）。検体は予備機に移し、損失はありません。
コンプレッサーの起動・停止が繰り返されており、機器障害の可能性があります。
今週中に点検にお越しいただけますでしょうか。

{MG}
""",
    ))

    out.append(M(
        "hasebe", "pass", "none", "benign.congratulations",
        "他大学の教授への学会賞受賞のお祝いで、個人情報の送付ではない。",
        [addr("宮坂 先生（南陵大学 公衆衛生学）", "miyasaka@ph.nanryo-u.example.ac.jp")],
        "日本疫学会賞ご受賞のお祝い",
        f"""
南陵大学 医学部 公衆衛生学講座
宮坂 先生

このたびは日本疫学会賞のご受賞、誠におめでとうございます。
長年にわたる地域コホート研究のご功績が認められたこと、私どもも大変嬉しく思っております。

先生が立ち上げられたコホートのデータ管理の手法は、私どものHOKUTO-DM研究でも
大いに参考にさせていただいております。
1月の学術総会での受賞講演を、研究室一同楽しみにしております。

今後ますますのご活躍をお祈り申し上げます。

{H}
""",
    ))

    out.append(M(
        "koike", "pass", "none", "benign.infection_control_notice",
        "研究外来の来院制限・面会制限の案内で、感染症の話は全体の方針のみ、個人の名前はない。",
        [addr("江口 様（市立みなみ野病院 臨床研究支援室）", "eguchi@minamino-hp.example.jp"),
         addr("菅 様（北札幌内科クリニック）", "suga@kitasapporo-naika.example.jp")],
        "インフルエンザ流行期の研究外来の運用について",
        f"""
共同研究機関 ご担当者各位

いつもお世話になっております。北杜大学 臨床疫学分野の小池です。

当院でインフルエンザの流行警報が出たことを受け、12月1日から当面の間、
研究外来の運用を下記のとおり変更いたします。

　・付き添いの方の来院は、原則1名までに制限させていただきます（病棟の面会制限に準じます）。
　・発熱・咳などの症状がある参加者の方は、来院前に研究事務局へお電話いただき、日程を変更します。
　・研究スタッフは全員、11月中に予防接種を済ませております（接種率100%）。

貴院での健診にも同様の対応をお願いできればと存じます。
ご不明な点は、研究事務局までお問い合わせください。

{K}
""",
    ))

    return out
