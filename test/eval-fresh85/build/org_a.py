"""(A) 緩和ケア病棟 — 社会医療法人 聖和会 ひかりが丘病院 緩和ケア病棟 (東京都練馬区).

Writers
  morishita : 森下 千尋, 地域医療連携室 MSW — heavy ruled signature with phones and disclaimer
  iguchi    : 井口 真理子, 緩和ケア病棟 看護師長 — mid-size signature, polite
  hasebe    : 長谷部 修, 緩和ケア科 部長 (医師) — terse, two-line signature
"""
from common import t, quote, csv_text, att, enc_zip, P, hold, ok

ORG = "A"
DOM = "hikarigaoka-hp.example.or.jp"

MORI = "森下 千尋 <c-morishita@%s>" % DOM
IGU = "井口 真理子 <m-iguchi@%s>" % DOM
HASE = "長谷部 修 <o-hasebe@%s>" % DOM

SIG_MORI = t("""
    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
    社会医療法人 聖和会 ひかりが丘病院
    地域医療連携室　医療ソーシャルワーカー（社会福祉士）
    森下 千尋（もりした ちひろ）
    〒176-0000 東京都練馬区ひかりが丘3-12-1
    TEL 03-0000-4471（連携室直通）／FAX 03-0000-4472
    Mail c-morishita@hikarigaoka-hp.example.or.jp
    https://www.hikarigaoka-hp.example.or.jp/
    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
    ※本メールは送信者が意図した受信者のみを対象としています。
    　誤って受信された場合はお手数ですが削除のうえご連絡ください。
""")

SIG_IGU = t("""
    --
    ひかりが丘病院 緩和ケア病棟（8階東）
    看護師長　井口 真理子
    病棟直通 03-0000-4480（平日 9:00〜17:00）
""")

SIG_HASE = t("""
    長谷部 修
    ひかりが丘病院 緩和ケア科
""")

MAILS = []
add = MAILS.append

# ============================================================ HOLDS
# ---- body 1: referral to a home-nursing station with diagnosis and family contact
add(hold(ORG, "morishita", "body", "sensitive.diagnosis_referral",
    "A named patient's cancer diagnosis, prognosis and home address go to an outside home-nursing station; legitimate hand-over but 要配慮 data leaving the hospital.",
    MORI, ["訪問看護ステーションこもれび 田島様 <tajima@komorebi-vn.example.jp>"],
    "退院予定の患者様について（訪問看護のご依頼）",
    t("""
    訪問看護ステーションこもれび
    管理者　田島 様

    いつも大変お世話になっております。
    ひかりが丘病院 地域医療連携室の森下です。

    先日お電話でご相談いたしました患者様について、詳細をお送りいたします。
    ご本人・ご家族とも、最期はご自宅でとのご希望が強く、
    11月中旬の退院を目標に調整を進めております。

    【患者様】佐伯 光男 様（74歳・男性）
    【住所】東京都練馬区石神井台7-21-5 ハイツ石神井 203
    【病名】膵臓癌（StageIV、多発肝転移）
    【告知】ご本人に告知済み。予後は1〜2か月程度と主治医より説明済みです。
    【症状】上腹部〜背部痛。現在オキシコドン持続皮下注で NRS 2〜3 程度。
    　　　　退院時は PCA ポンプ継続の予定です。
    【ADL】室内は伝い歩き、入浴は介助が必要です。
    【ご家族】妻 和子様（72歳）と二人暮らし。長男様は大阪在住。
    　　　　キーパーソン：妻 和子様 携帯 090-0000-3381

    訪問診療は、むさし野在宅クリニックの高岡先生にお引き受けいただく方向です。
    退院前カンファレンスを11月8日(金)14時から当院で予定しておりますので、
    ご都合はいかがでしょうか。

    お忙しいところ恐れ入りますが、ご検討のほどよろしくお願いいたします。

    """) + SIG_MORI,
    personal=[P("name", "佐伯 光男"), P("diagnosis", "膵臓癌（StageIV、多発肝転移）"),
              P("address", "東京都練馬区石神井台7-21-5 ハイツ石神井 203"),
              P("phone", "090-0000-3381")]))

# ---- body 2: answer to an insurer's medical inquiry
add(hold(ORG, "hasebe", "body", "sensitive.insurer_medical_inquiry",
    "The doctor answers a life insurer with a named insured person's recurrence, metastases and life expectancy; a diagnosis sent outside even with the patient's consent form.",
    HASE, ["明和生命保険 医務査定課 <satei-imu@meiwa-life.example.co.jp>"],
    "Re: 医療照会のご回答（照会番号 MS-2025-08817）",
    t("""
    明和生命保険株式会社
    医務査定課 ご担当者様

    10月21日付でご照会の件、同意書を確認のうえ下記のとおり回答いたします。
    書面の回答書は本日郵送いたしました。

    被保険者：木下 美佐子 様（1961年5月3日生）
    傷病名　：左乳癌術後再発、多発骨転移、脳転移
    経過　　：2019年に左乳房切除術。2024年12月に骨転移で再発、
    　　　　　2025年8月に脳転移を認め、全脳照射後に当科へ転科。
    現状　　：化学療法は終了し、症状緩和を目的とした入院加療中。
    見込み　：余命は6か月以内と判断しております。

    リビング・ニーズ特約のご請求に必要な項目は以上と存じます。
    不足がございましたら医事課経由でご連絡ください。

    """) + SIG_HASE,
    personal=[P("name", "木下 美佐子"), P("dob", "1961年5月3日生"),
              P("diagnosis", "左乳癌術後再発、多発骨転移、脳転移"),
              P("diagnosis", "余命は6か月以内")]))

# ---- body 3: reply to a family member naming a roommate's infection
add(hold(ORG, "iguchi", "body", "sensitive.third_party_infection",
    "Replying to a patient's daughter, the head nurse names another patient in the same room as having influenza; a third person's infection disclosed to a private address.",
    IGU, ["佐藤 恵 <megumi.sato.0712@gmail.com>"],
    "Re: 週末の面会について",
    t("""
    佐藤 恵 様

    ご連絡ありがとうございます。病棟看護師長の井口です。
    週末の面会についてお問い合わせいただいた件、ご説明が遅くなり申し訳ありません。

    実は昨日、お父様と同室の三浦 勝彦様がインフルエンザA型と診断され、
    現在は個室に移っていただいております。
    お父様には今のところ発熱などの症状はございませんが、
    念のため今週いっぱいは同室の方の面会を短めにお願いしております。

    土曜日は15時〜16時の間でしたら、お顔を見ていただけます。
    ご来院の際はマスクの着用と、病棟入口での手指消毒にご協力ください。

    ご不安な点があればいつでも病棟までお電話ください。

    """) + SIG_IGU + t("""

    -----Original Message-----
    From: 佐藤 恵 <megumi.sato.0712@gmail.com>
    Sent: Wednesday, November 5, 2025 8:12 PM
    Subject: 週末の面会について

    父（佐藤正雄・806号室）の娘です。
    今週末、孫を連れて面会に伺いたいのですが可能でしょうか。
    病棟の入口に面会制限の張り紙があったと母から聞いて心配しています。
    """),
    personal=[P("name", "三浦 勝彦"), P("diagnosis", "インフルエンザA型と診断され")]))

# ---- attachment 1: nursing summary to a care manager
add(hold(ORG, "iguchi", "attachment", "sensitive.nursing_summary",
    "The cover note is harmless, but the attached nursing summary gives a named patient's cancer, dementia level and family situation to an outside care manager.",
    IGU, ["居宅介護支援事業所ひだまり 小野寺様 <onodera@hidamari-care.example.jp>"],
    "退院前カンファレンス資料の送付",
    t("""
    居宅介護支援事業所ひだまり
    小野寺 様

    お世話になっております。ひかりが丘病院 緩和ケア病棟の井口です。
    11月12日(水)の退院前カンファレンスで使用する看護サマリーを添付いたします。
    当日は主治医の長谷部と、連携室の森下も同席いたします。

    事前にお目通しいただき、ご質問があればお知らせください。
    よろしくお願いいたします。

    """) + SIG_IGU,
    cc=["森下 千尋 <c-morishita@hikarigaoka-hp.example.or.jp>"],
    attachments=[att("看護サマリー_大村様.pdf", "application/pdf", t("""
    看護サマリー（退院時）　　　　　　　　　　　　　作成日 2025/11/06
    ひかりが丘病院 緩和ケア病棟

    氏名：大村 節子　　性別：女　　生年月日：1948年9月14日（77歳）
    住所：東京都練馬区大泉町2-8-17
    主病名：卵巣癌 腹膜播種（StageIIIC）　既往：2型糖尿病、高血圧
    入院目的：腹水コントロールと疼痛緩和
    経過：腹水穿刺を計3回施行。現在は利尿薬で経過観察中。
    　　　フェンタニル貼付剤 2mg/日で疼痛は自制内。
    認知機能：HDS-R 17点。時間の見当識低下あり、夜間せん妄が時々みられる。
    告知状況：病名は本人に告知済み。予後については長女のみに説明。
    ADL：歩行器歩行。排泄は日中トイレ、夜間はポータブルトイレ。
    家族：長女 大村 亜希子 様（同居、会社員）　連絡先 090-0000-6624
    　　　長女は日中不在のため、訪問介護の導入を希望。
    退院後の課題：腹部膨満の増悪時の対応、夜間の見守り体制。
    """))],
    personal=[P("name", "大村 節子"), P("dob", "1948年9月14日"),
              P("diagnosis", "卵巣癌 腹膜播種（StageIIIC）"),
              P("health", "HDS-R 17点"), P("phone", "090-0000-6624")]))

# ---- attachment 2: bereaved families' mailing list to a printer
BEREAVED = [
    ("佐々木 美代子", "176-0000", "東京都練馬区豊玉北5-3-11", "03-0000-2281", "佐々木 武", "2025/03/02"),
    ("中西 健太", "177-0000", "東京都練馬区関町南1-14-6", "090-0000-7723", "中西 和江", "2025/03/19"),
    ("川端 直美", "179-0000", "東京都練馬区光が丘2-9-3-505", "080-0000-1190", "川端 昭", "2025/04/07"),
    ("渡辺 幸子", "178-0000", "東京都練馬区東大泉4-27-1", "03-0000-9034", "渡辺 隆", "2025/04/28"),
    ("高野 修一", "165-0000", "東京都中野区江古田3-6-8", "090-0000-4415", "高野 キヨ", "2025/05/16"),
    ("石井 由美", "176-0000", "東京都練馬区桜台6-1-22", "080-0000-3356", "石井 清", "2025/06/01"),
    ("上田 敦", "188-0000", "東京都西東京市田無町5-4-9", "090-0000-8801", "上田 房子", "2025/06/24"),
    ("松井 陽子", "177-0000", "東京都練馬区石神井町8-30-2", "03-0000-6617", "松井 浩", "2025/07/13"),
]
add(hold(ORG, "morishita", "attachment", "list.bereaved_families",
    "The body only asks for printing, but the attached CSV lists eight bereaved families with addresses, phones and the deceased patients' names and dates of death, sent to a printer.",
    MORI, ["有限会社みどり印刷 営業部 北村様 <kitamura@midori-print.example.co.jp>"],
    "遺族会案内状 宛名印刷のお願い",
    t("""
    有限会社みどり印刷
    北村 様

    いつもお世話になっております。ひかりが丘病院の森下です。
    先日お見積りいただいた「ひかりの会」案内状（往復はがき）の件、
    宛名データを添付いたしますので、印刷をお願いできますでしょうか。

    ・部数：8通分（予備2枚）
    ・納期：11月20日(木)までに当院連携室宛て
    ・文面：先日お送りした校正2稿のとおり

    データの取扱いにはご配慮いただけますと幸いです。
    どうぞよろしくお願いいたします。

    """) + SIG_MORI,
    attachments=[att("hikari_kai_atena_2025aki.csv", "text/csv", csv_text(
        ["送付先氏名", "郵便番号", "住所", "電話", "故人氏名", "ご逝去日"], BEREAVED))],
    personal=[P("name", "佐々木 美代子"), P("address", "東京都練馬区豊玉北5-3-11"),
              P("phone", "090-0000-7723"), P("name", "川端 昭")]))

# ---- quoted 1: forward to a volunteer group, quoted family mail with religion + diagnosis
add(hold(ORG, "iguchi", "quoted", "sensitive.religion_quoted",
    "The top is a short request, but the forwarded family message names the patient, his brain tumour and his Catholic faith, and it goes to an outside volunteer group.",
    IGU, ["NPO法人 こころの灯 コーディネーター 原田様 <harada@kokoro-akari.example.org>"],
    "Fw: 傾聴ボランティアのお願い",
    t("""
    原田 様

    いつも病棟へのご訪問ありがとうございます。
    ご家族から下記のようなご希望をいただきました。
    来週以降の訪問でご調整いただけそうか、ご検討いただけますでしょうか。

    井口

    ---------- Forwarded message ---------
    From: 石田 典子 <noriko.ishida58@yahoo.co.jp>
    Date: 2025年11月4日(火) 21:40
    Subject: 傾聴ボランティアのお願い
    To: 井口 真理子 <m-iguchi@hikarigaoka-hp.example.or.jp>

    井口師長様

    いつも夫がお世話になっております。805号室 石田浩二の妻です。
    夫は脳腫瘍（膠芽腫）で、このところ言葉がなかなか出てこなくなりました。
    それでも話しかけると頷いたり、手を握り返したりしてくれます。

    夫は若い頃から熱心なカトリックの信者で、洗礼名はヨセフといいます。
    教会の方にはなかなか来ていただけないので、
    もし同じ信仰をお持ちのボランティアさんがいらっしゃれば、
    一緒にお祈りをしていただけたら本人も喜ぶと思います。

    無理なお願いでしたら申し訳ありません。
    石田 典子
    """),
    personal=[P("name", "石田浩二"), P("diagnosis", "脳腫瘍（膠芽腫）"),
              P("religion", "熱心なカトリックの信者で、洗礼名はヨセフ")]))

# ---- quoted 2: reply to the welfare office, thread quotes welfare status + psychiatric history
add(hold(ORG, "morishita", "quoted", "sensitive.welfare_diagnosis_quoted",
    "The reply only confirms a meeting time; the quoted thread below names a patient on public assistance with lung cancer and a psychiatric history, sent to the city welfare office.",
    MORI, ["練馬北福祉事務所 保護係 増田様 <masuda-k@fukushi.city-nerima.example.lg.jp>"],
    "Re: Re: 入院中の被保護者の方について",
    t("""
    増田 様

    ご連絡ありがとうございます。
    面談は11月14日(金)14時、当院1階の相談室で承知いたしました。
    当日は病棟看護師長の井口も同席予定です。

    引き続きよろしくお願いいたします。

    """) + SIG_MORI + "\n" + quote(t("""
    2025/11/05 10:02、増田 <masuda-k@fukushi.city-nerima.example.lg.jp> のメール:

    森下様

    ご連絡ありがとうございます。保護係の増田です。
    ご本人との面談について、11月14日(金)14時でいかがでしょうか。
    医療扶助の継続と、退院後の居所についてご相談したいと考えております。

    """) + quote(t("""
    2025/11/04 16:35、森下 千尋 のメール:

    練馬北福祉事務所 保護係
    増田 様

    お世話になっております。ひかりが丘病院の森下です。
    生活保護を受給中の野村 登様（68歳）が、10月30日に当院緩和ケア病棟へ入院されました。
    病名は肺腺癌（StageIV、骨転移）で、主治医からは予後数か月と説明されています。
    なお、ご本人はアルコール依存症で以前に精神科への通院歴があり、
    入院当初に離脱症状がみられました。現在は落ち着いておられます。
    ご親族とは長く連絡が途絶えているとのことで、今後についてご相談させてください。
    """))),
    personal=[P("name", "野村 登"), P("welfare", "生活保護を受給中"),
              P("diagnosis", "肺腺癌（StageIV、骨転移）"),
              P("diagnosis", "アルコール依存症で以前に精神科への通院歴")]))

# ---- subject only: diagnosis in the subject line
add(hold(ORG, "hasebe", "subject", "sensitive.diagnosis_subject",
    "The body only sets a meeting time, but the subject line names the patient and her breast cancer with brain metastases, sent to an outside clinic.",
    HASE, ["むさし野在宅クリニック 高岡先生 <takaoka@musashino-zaitaku.example.jp>"],
    "Re: 河合 順子様（乳癌・脳転移）ご家族面談の件",
    t("""
    高岡先生

    お世話になっております。
    ご家族との面談は、明日 11/7(金) 15時からで調整がつきました。
    場所は8階東病棟の面談室です。
    先生にもご同席いただけると大変心強いです。ご都合いかがでしょうか。

    """) + SIG_HASE,
    personal=[P("name", "河合 順子"), P("diagnosis", "乳癌・脳転移")]))

# ---- zip: password-protected zip to a research partner
add(hold(ORG, "hasebe", "zip", "attachment.encrypted_zip",
    "A password-protected zip of case registration forms goes to a university research office, with the password promised in a separate mail (PPAP).",
    HASE, ["城北医科大学 緩和医療学講座 研究事務局 <palliative-study@johoku-med.example.ac.jp>"],
    "多施設共同研究（J-PALS）第3四半期 症例登録票の送付",
    t("""
    城北医科大学 緩和医療学講座
    研究事務局 御中

    いつもお世話になっております。ひかりが丘病院 緩和ケア科の長谷部です。
    J-PALS 第3四半期分（7〜9月）の症例登録票を添付にてお送りします。
    登録数は当院分で6例です。

    解凍用のパスワードは、この後別メールでお送りいたします。
    ご確認のほどよろしくお願いいたします。

    """) + SIG_HASE,
    attachments=[enc_zip("J-PALS_症例登録票_2025Q3_ひかりが丘.zip")],
    personal=[]))

# ---- recipients: bereaved families in visible To
FAM = [
    "佐々木 美代子 <miyoko.sasaki@yahoo.co.jp>",
    "中西 健太 <kenta.nakanishi88@gmail.com>",
    "川端 直美 <naomi-kawabata@outlook.com>",
    "渡辺 幸子 <sachiko.w1952@yahoo.co.jp>",
    "高野 修一 <s.takano.home@gmail.com>",
    "石井 由美 <yumi_ishii_0601@gmail.com>",
    "上田 敦 <atsushi.ueda@outlook.com>",
    "松井 陽子 <yoko.matsui.nerima@yahoo.co.jp>",
    "小林 誠 <makoto.kobayashi.77@gmail.com>",
    "岡本 里美 <satomi.okamoto@outlook.com>",
    "西田 和也 <kazuya_nishida@yahoo.co.jp>",
    "藤井 真由美 <mayumi.fujii.k@gmail.com>",
    "今村 千代 <chiyo.imamura@yahoo.co.jp>",
]
add(hold(ORG, "morishita", "recipients", "recipients.bereaved_visible_to",
    "Thirteen bereaved family members' private addresses are visible to each other in To; it reveals who lost a relative at this hospice and should have gone BCC.",
    MORI, FAM,
    "「ひかりの会」（ご遺族の集い）開催のご案内",
    t("""
    ご遺族の皆様

    朝夕の冷え込みが厳しくなってまいりましたが、いかがお過ごしでしょうか。
    ひかりが丘病院 緩和ケア病棟でございます。

    当病棟でご家族を看取られた皆様をお招きし、
    ささやかな集いを下記のとおり開催いたします。
    当時の担当スタッフもお待ちしております。お気軽にお越しください。

    日時：2025年11月29日(土) 13:30〜15:30
    場所：ひかりが丘病院 本館2階 多目的ホール
    内容：追悼のひととき、お茶とお菓子を囲んでの懇談
    出欠：11月21日(金)までに、このメールへのご返信またはお電話でお知らせください。

    """) + SIG_MORI,
    personal=[]))

# ============================================================ PASSES
# ---- visiting restriction, aggregate only
add(ok(ORG, "iguchi", "body", "benign.visiting_restriction_aggregate",
    "An infection-control notice about visiting hours with counts only and no patient named; partners need it to plan their visits.",
    IGU, ["練馬区医師会 事務局 <jimukyoku@nerima-med.example.or.jp>",
          "訪問看護ステーションこもれび <info@komorebi-vn.example.jp>"],
    "【ご連絡】緩和ケア病棟 面会制限の一部変更について（11/10〜）",
    t("""
    関係各位

    平素より当院の地域連携にご協力いただき、誠にありがとうございます。
    ひかりが丘病院 緩和ケア病棟の井口でございます。

    院内でインフルエンザの感染者が複数名確認されたことを受け、
    11月10日(月)より当面の間、緩和ケア病棟の面会を下記のとおり変更いたします。

    ・面会時間：13:00〜18:00（従来 10:00〜20:00）
    ・1回の面会は2名まで、中学生以下のお子様はご遠慮ください
    ・看取り期の患者様のご家族は、これまでどおり時間の制限を設けません
    ・在宅医・訪問看護・ケアマネジャーの皆様の来院は制限の対象外です

    なお、現時点で病棟内の発症は2名、いずれも快方に向かっております。
    ご不便をおかけいたしますが、ご理解とご協力をお願い申し上げます。

    """) + SIG_IGU))

# ---- corporate bank account of a music-therapy vendor
add(ok(ORG, "iguchi", "body", "benign.corporate_account",
    "Confirms payment of a vendor's invoice to the vendor's corporate account; a company account is not a private person's.",
    IGU, ["株式会社ハーモニーケア 経理 竹内様 <keiri@harmony-care.example.co.jp>"],
    "Re: 10月分 音楽療法ご請求書の件",
    t("""
    株式会社ハーモニーケア
    経理ご担当　竹内 様

    お世話になっております。ひかりが丘病院 緩和ケア病棟の井口です。
    10月分のご請求書（請求番号 HC-2510-0142、4回分 88,000円）を受領いたしました。
    当院経理にて、11月25日(火)に下記口座へお振込みの予定です。

    　みずなみ銀行 練馬支店（店番 218）普通 3109876
    　口座名義 カ）ハーモニーケア

    毎回、患者様もご家族も本当に楽しみにしておられます。
    12月はクリスマスの選曲でお願いできればと思います。

    """) + SIG_IGU + "\n" + quote(t("""
    -----Original Message-----
    From: 竹内 <keiri@harmony-care.example.co.jp>
    件名: 10月分 音楽療法ご請求書の件

    ひかりが丘病院 緩和ケア病棟 井口様
    いつもお世話になっております。10月分のご請求書をPDFにてお送りします。
    お振込先は従来どおりです。何卒よろしくお願いいたします。

    株式会社ハーモニーケア 経理部 竹内 彩
    〒150-0000 東京都渋谷区桜丘町14-2 TEL 03-0000-7710
    """)),
    attachments=[att("請求書_HC-2510-0142.pdf", "application/pdf", t("""
    請 求 書　　　　請求番号 HC-2510-0142　発行日 2025/10/31
    社会医療法人 聖和会 ひかりが丘病院 御中
    件名：緩和ケア病棟 音楽療法セッション（10月分）
    10/3, 10/10, 10/17, 10/24　各回 22,000円 × 4回　小計 80,000円　消費税 8,000円
    ご請求金額 88,000円
    お振込先：みずなみ銀行 練馬支店 普通 3109876 カ）ハーモニーケア
    株式会社ハーモニーケア 登録番号 T6011001099876
    """))]))

# ---- meeting arrangement, long chain with many partner staff and signatures
add(ok(ORG, "morishita", "body", "benign.meeting_chain",
    "Arranges a regional palliative-care study meeting; partner staff names, titles and heavy signatures only, no patient information.",
    MORI, ["むさし野在宅クリニック 高岡 <takaoka@musashino-zaitaku.example.jp>",
           "訪問看護ステーションこもれび 田島 <tajima@komorebi-vn.example.jp>"],
    "Re: Re: 第14回 練馬地域緩和ケア連携研究会の日程",
    t("""
    高岡先生、田島様

    お返事ありがとうございます。
    お二人とも 12月11日(木) 19:00〜 がご都合よいとのことですので、
    この日で確定とさせていただきます。

    会場：ひかりが丘病院 本館2階 多目的ホール（Zoom併用）
    テーマ：「在宅移行期の疼痛管理 ― PCAポンプの引き継ぎ」
    話題提供：高岡先生（20分）、田島様（15分）、当院 長谷部（15分）

    案内チラシは来週中に作成し、医師会経由で周知いたします。
    当日の軽食は当院で用意いたします。

    """) + SIG_MORI + "\n" + quote(t("""
    2025/11/04 18:20、田島 <tajima@komorebi-vn.example.jp>:
    森下さん
    12/11(木)であれば、スタッフ1名と参加できます。
    話題提供の件、承知しました。事例は当ステーションで個人が特定されないよう加工します。

    訪問看護ステーションこもれび
    管理者 田島 佳代子（看護師・緩和ケア認定看護師）
    〒177-0000 東京都練馬区上石神井2-5-10 TEL 03-0000-5560 FAX 03-0000-5561

    """) + quote(t("""
    2025/11/04 12:03、高岡 <takaoka@musashino-zaitaku.example.jp>:
    森下さん、ご連絡ありがとうございます。
    候補日のうち 12/4 は往診が立て込んでいるので、12/11 が助かります。
    医療法人社団 むさし野会 むさし野在宅クリニック 院長 高岡 直樹
    """)))))

# ---- to the data subject herself: outpatient consultation appointment
add(ok(ORG, "morishita", "body", "benign.to_patient_self",
    "The MSW writes to the patient herself about her own admission consultation; her own information going back to her is not a disclosure.",
    MORI, ["宮本 久美子 <kumiko.miyamoto@yahoo.co.jp>"],
    "Re: 緩和ケア病棟の入院相談について",
    t("""
    宮本 久美子 様

    ご丁寧なご連絡をありがとうございます。地域医療連携室の森下です。

    ご希望の入院相談面談は、11月13日(木) 10:30〜 で承りました。
    当日は本館1階の「患者相談窓口」にお越しください。
    所要時間は1時間ほどです。ご家族の同席も歓迎いたします。

    お持ちいただくもの：
    ・健康保険証（またはマイナ保険証）
    ・現在通院中の病院からの紹介状（診療情報提供書）
    ・お薬手帳

    メールにお書きくださった、最近の眠りづらさや食欲のことも、
    当日あらためてゆっくりお聞かせください。
    お気をつけてお越しくださいませ。

    """) + SIG_MORI + "\n" + quote(t("""
    森下様
    先日はお電話でありがとうございました。宮本です。
    城北医科大学病院の主治医から、緩和ケア病棟のことを考えておくように言われました。
    できれば来週あたりで、一度お話を伺えますでしょうか。
    最近は夜あまり眠れず、食欲も落ちてきています。
    """))))

# ---- IT outage with the EHR vendor
add(ok(ORG, "hasebe", "body", "benign.ehr_outage",
    "Reports an electronic medical record outage to the vendor; 障害 means a system fault, and the log hash and terminal IDs are not personal.",
    HASE, ["メディシステム株式会社 サポートセンター <support@medisys.example.co.jp>"],
    "【障害報告】8東病棟 電子カルテ端末の応答停止（11/5 夜間）",
    t("""
    メディシステム株式会社
    サポートセンター ご担当者様

    ひかりが丘病院 緩和ケア科の長谷部です。情シスの代わりに一次連絡いたします。

    昨夜 11/5 22:40 頃から約35分間、8階東病棟の電子カルテ端末3台で
    オーダ画面が応答しなくなる障害が発生しました。
    同時間帯、他病棟では障害は出ていないようです。

    ・端末ID：8E-NS-01 / 8E-NS-02 / 8E-DR-01
    ・バージョン：MediChart v12.4.2
    ・イベントログ（抜粋）SHA-256：
      3f9a2c0e7b4d1165a8e2f0c39b7d4a6e52c1f08d9e3b7a4c6d2e1f0a9b8c7d6e
    ・再起動後は復旧。データ欠損は今のところ確認されていません。

    夜間の麻薬指示の入力に支障が出ますので、原因の調査をお願いします。
    詳細は情報システム課の岩崎（内線 2150）までお問い合わせください。

    """) + SIG_HASE,
    cc=["情報システム課 <is-desk@hikarigaoka-hp.example.or.jp>"]))

# ---- volunteer recruitment with aggregate statistics
add(ok(ORG, "iguchi", "body", "benign.aggregate_stats",
    "Asks the council of social welfare to advertise a volunteer course; ward statistics are aggregates with no person identifiable.",
    IGU, ["練馬区社会福祉協議会 ボランティアセンター <volunteer@nerima-shakyo.example.or.jp>"],
    "傾聴ボランティア養成講座（2026年1月）周知のお願い",
    t("""
    練馬区社会福祉協議会 ボランティアセンター
    ご担当者様

    いつもお世話になっております。ひかりが丘病院 緩和ケア病棟の井口です。
    来年1月に下記の講座を予定しており、広報誌への掲載をお願いできればと存じます。

    ■ 傾聴ボランティア養成講座（全4回）
    　1/17・1/24・1/31・2/7（いずれも土曜 10:00〜12:00）
    　対象：18歳以上で、講座修了後に月2回程度活動できる方
    　定員：20名（参加費無料）

    ご参考までに、当病棟の昨年度の状況です。
    　新規入院 212名／平均在院日数 24.3日／在宅への退院 31名
    　ボランティア登録 28名（うち活動中 19名）、年間延べ活動 640回

    掲載用の原稿とチラシ画像を添付いたします。よろしくお願いいたします。

    """) + SIG_IGU,
    attachments=[att("講座チラシ原稿.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", t("""
    傾聴ボランティア養成講座のご案内
    「そばにいる」ことを学びませんか。
    ひかりが丘病院 緩和ケア病棟では、患者さんやご家族のお話に耳を傾けてくださる
    ボランティアを募集しています。
    申込み：ひかりが丘病院 緩和ケア病棟 03-0000-4480（平日 9時〜17時）
    """))]))

# ---- supply order with order numbers, serials, JAN and tracking numbers
add(ok(ORG, "iguchi", "body", "benign.order_serials",
    "A rental and supply order: order numbers, device serials, JAN codes and a Yamato tracking number, none of them personal.",
    IGU, ["株式会社ケアリース東京 受注センター <order@carelease-tokyo.example.co.jp>"],
    "Re: 11月分 レンタル・消耗品のご注文（注文番号 CL-251104-0388）",
    t("""
    株式会社ケアリース東京
    受注センター 御中

    お世話になっております。ひかりが丘病院 8階東病棟の井口です。
    本日、エアマットレス2台が届きました。ありがとうございました。

    ・エアマット「ルナケア Plus」製造番号 LCP-24A-00917 / LCP-24A-00925
    ・送り状番号（ヤマト運輸）6759-3369-7434

    追加で、以下の消耗品をお願いいたします。
    　口腔ケアスポンジ（JAN 4987654321098）×10箱
    　体位変換クッション M（JAN 4901234567894）×4個
    　酸素濃縮器 延長チューブ 5m（品番 OX-T5）×6本

    返却予定の酸素濃縮器（機器番号 OC5-2203-1140）は、
    11/14(金)の引き取りでお願いできますでしょうか。

    """) + SIG_IGU + "\n" + quote(t("""
    ひかりが丘病院 井口様
    ご注文ありがとうございます。注文番号 CL-251104-0388 で承りました。
    本日ヤマト運輸にて発送いたしました。
    株式会社ケアリース東京 受注センター 新井
    """))))

# ---- a religious corporation's choir concert in the lobby
add(ok(ORG, "iguchi", "body", "benign.religious_corp_event",
    "Arranges a Christmas concert by a church choir; the church is a 宗教法人 acting as a partner organisation, and no one's personal faith is disclosed.",
    IGU, ["宗教法人 練馬めぐみ教会 聖歌隊 <choir@megumi-church.example.or.jp>"],
    "クリスマスコンサートの打ち合わせについて",
    t("""
    宗教法人 練馬めぐみ教会
    聖歌隊 ご担当 中川 様

    今年も病棟でのクリスマスコンサートをお引き受けくださり、ありがとうございます。
    緩和ケア病棟 看護師長の井口です。

    日程は 12月20日(土) 14:00〜14:40、8階東のデイルームでお願いいたします。
    昨年同様、ベッドのままご参加になる方もいらっしゃいますので、
    通路は広めに確保いたします。

    ・電子ピアノは病棟のものをお使いいただけます
    ・曲目は「きよしこの夜」「もろびとこぞりて」など、どなたでもご存じの曲を
    ・感染対策として、聖歌隊の皆様は当日の検温とマスク着用をお願いします

    打ち合わせは12月上旬に一度、30分ほどお時間をいただけますと幸いです。

    """) + SIG_IGU))

# ---- seminar announcement with historical and public figures
add(ok(ORG, "hasebe", "body", "benign.public_figures",
    "A seminar announcement quoting Cicely Saunders and naming a public lecturer; historical and public persons, no patient data.",
    HASE, ["練馬区医師会 学術担当 <gakujutsu@nerima-med.example.or.jp>"],
    "院内公開講座のご案内（医師会員の先生方へ周知のお願い）",
    t("""
    練馬区医師会 学術担当 御中

    いつもお世話になっております。ひかりが丘病院の長谷部です。
    下記の公開講座について、会員の先生方への周知をお願いできますでしょうか。

    演題：「トータルペインを考える ― ソンダースから50年」
    講師：作家・元NHKディレクター　宇佐美 玲子 氏
    　　　（『病室の窓から』『ともに歩く』ほか著書多数）
    日時：2026年1月24日(土) 14:00〜15:30
    会場：練馬文化センター 小ホール（定員300名・申込不要）

    近代ホスピスの祖 シシリー・ソンダースが提唱した「トータルペイン」の考え方を、
    宇佐美氏のご取材経験をもとにお話しいただきます。
    日本医師会生涯教育講座 1単位（CC 12）を申請中です。

    チラシのPDFを添付いたします。

    """) + SIG_HASE,
    attachments=[att("公開講座チラシ_2026-01.pdf", "application/pdf", t("""
    ひかりが丘病院 公開講座
    トータルペインを考える ― ソンダースから50年
    講師 宇佐美 玲子 氏（作家・元NHKディレクター）
    2026年1月24日(土) 14:00〜 練馬文化センター 小ホール 入場無料
    主催 社会医療法人 聖和会 ひかりが丘病院 緩和ケア科
    """))]))

# ---- lecturer's own fee notice with masked account
add(ok(ORG, "morishita", "body", "benign.lecturer_fee_masked",
    "Tells an outside lecturer about her own fee and withholding tax; the account number is masked and the mail goes to the lecturer herself.",
    MORI, ["山崎 由紀子 <yukiko.yamazaki.ns@gmail.com>"],
    "研修会講師謝金のお振込みについて",
    t("""
    山崎 由紀子 様

    先日は当院職員向け研修会「スピリチュアルケアの実際」にご登壇いただき、
    誠にありがとうございました。参加者アンケートでも大変好評でした。

    講師謝金につきまして、下記のとおりお振込みいたします。

    　謝金額　　　　：30,000円
    　源泉徴収税額　：3,063円
    　お振込額　　　：26,937円
    　お振込先　　　：ご登録の口座（城北信用金庫 ****812）
    　お振込予定日　：11月28日(金)

    支払調書は年明けに郵送いたします。
    またぜひお力添えをお願いできれば幸いです。

    """) + SIG_MORI))
