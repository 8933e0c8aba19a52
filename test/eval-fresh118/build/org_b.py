"""Org B: 株式会社ネクストブリッジ (temp-staffing / 人材派遣, Tokyo HQ + Yokohama branch)."""
from common import (addr, mail, att, plain_zip, quoted, quote, reply_header, forward_block,
                    csv_text, table, grid, D, S, corp_number, mynumber)

ORG = "B"
DOM = "nextbridge-hr.example.co.jp"

ARAI = addr("新井 翔太", f"arai@{DOM}")
MORISHITA = addr("森下 千尋", f"c.morishita@{DOM}")
KATO = addr("加藤 由紀子", f"y.kato@{DOM}")

CORP = corp_number("010401138275")

SIG_ARAI = f"""--
Shota Arai / 新井 翔太
NextBridge Inc. 横浜支店 営業課
M: 090-0000-6631  T: 045-0000-8870
arai@{DOM}"""

SIG_MORISHITA = f"""――――――――――――――――――――
株式会社ネクストブリッジ 横浜支店
コーディネーター 森下 千尋(もりした ちひろ)
TEL:045-0000-8871(直通)
Mail:c.morishita@{DOM}
――――――――――――――――――――"""

SIG_KATO = f"""*************************************************
株式会社ネクストブリッジ
管理本部 労務課 課長代理  加藤 由紀子
〒101-0047 東京都千代田区内神田二丁目5-11 NBビル6F
TEL:03-0000-5120  FAX:03-0000-5121
E-mail:y.kato@{DOM}
労働者派遣事業 許可番号 派13-316742
有料職業紹介事業 許可番号 13-ユ-314928
*************************************************"""

MITSU = "mitsuboshi-logi.example.co.jp"
MARU = "marutaka-foods.example.co.jp"
TOWA = "towa-system.example.co.jp"
WANGAN = "wangan-techno.example.co.jp"
SR = addr("星野労務パートナーズ 手続担当", "tetsuzuki@sr-hoshino.example.jp")


def mails():
    W = lambda *a, **k: mail(ORG, *a, **k)
    out = []

    # ------------------------------------------------------------ holds: body
    out.append(W(
        "arai", "body", "hold", "sensitive.sick_leave_diagnosis_to_client",
        "Tells the client site that a named temp worker has a depression diagnosis; the client only needed to know he is absent.",
        ARAI, [addr("石原 様", f"ishihara@{MITSU}")],
        "派遣スタッフ 欠勤の件(中島さん)",
        f"""石原様

お疲れ様です、ネクストブリッジ新井です。
中島 隆之さんの件、本人から昨夜連絡がありました。
心療内科で「うつ病」の診断が出ていて、医師から2週間の自宅療養の指示とのことです。
診断書はこちらで受け取っています。

現場にはご迷惑おかけしてすみません。
代替スタッフは ASAP で手配中で、明日 12時までに候補 2名出します。
フォークリフト免許持ちを優先で当たってます。

取り急ぎ。

{SIG_ARAI}""",
        personal=[("name", "中島 隆之"), ("diagnosis", "うつ病")]))

    prof = grid([
        ["項目", "内容"],
        ["氏名", "渡部 美咲(わたなべ みさき)"],
        ["生年月日", "1996年8月3日(28歳)"],
        ["住所", "横浜市港北区篠原町1123-4 メゾン篠原205"],
        ["連絡先", "080-0000-3526 / misaki.watanabe0803@gmail.com"],
        ["最寄駅", "東急東横線 白楽駅(御社まで約25分)"],
        ["家族構成", "夫、長男(2歳・保育園)"],
        ["勤務可能", "平日 9:00-17:30(残業は月10時間程度まで)"],
        ["経歴", "2018-2023 ITサポート(正社員)/2023- コールセンターSV(派遣)"],
        ["資格", "ITパスポート、MOS Excel Expert"],
        ["希望時給", "1,750円〜"],
    ])
    out.append(W(
        "morishita", "body", "hold", "personal.candidate_profile_to_client",
        "A candidate's full profile (birth date, home address, mobile, private e-mail, family) is pasted into a mail to the client's HR.",
        MORISHITA, [addr("田辺 様(東和システム 人事課)", f"tanabe@{TOWA}")],
        "ヘルプデスク増員 スタッフ候補のご紹介",
        f"""東和システム株式会社
管理本部 人事課 田辺 様

いつも大変お世話になっております。
ネクストブリッジ横浜支店の森下でございます。

先日ご依頼いただきましたヘルプデスク増員(1名)の件、
条件に合うスタッフが見つかりましたので、ご紹介させていただきます。

{prof}

前職ではSVとして、10名ほどのチームの一次対応の品質管理をしておりました。
ご本人は「社内ヘルプデスクで長く働きたい」とのことで、御社の案件に大変前向きです。

職場見学のご希望日を、いくつかお知らせいただけますと幸いです。
何卒よろしくお願いいたします。

{SIG_MORISHITA}""",
        personal=[("name", "渡部 美咲"), ("birth_date", "1996年8月3日"),
                  ("address", "横浜市港北区篠原町1123-4 メゾン篠原205"),
                  ("phone", "080-0000-3526"), ("email", "misaki.watanabe0803@gmail.com"),
                  ("family", "夫、長男(2歳・保育園)")]))

    mn1, mn2, mn3 = mynumber("48261037759"), mynumber("70315528904"), mynumber("29147760318")
    out.append(W(
        "kato", "body", "hold", "id.mynumbers_to_sharoushi",
        "Three new temps' マイナンバー, birth dates and a previous employment-insurance number are written into the body to the 社労士.",
        KATO, [SR],
        "雇用保険 資格取得届のご依頼(5月就業開始分)",
        f"""社会保険労務士法人 星野労務パートナーズ
手続ご担当 御中

いつも大変お世話になっております。
株式会社ネクストブリッジ 労務課の加藤でございます。

5月に就業を開始いたしました派遣スタッフ3名につきまして、
雇用保険の資格取得届の作成・提出をお願い申し上げます。

1. 中村 葵    生年月日 2000年1月22日   個人番号 {mn1}
   就業開始日 2025年5月7日   週所定 40時間  月額賃金 245,000円
2. 岡田 雄一  生年月日 1979年6月5日    個人番号 {mn2}
   就業開始日 2025年5月12日  週所定 30時間  月額賃金 168,000円
   ※前職あり 雇用保険被保険者番号 5012-384706-3
3. 石井 莉子  生年月日 2003年11月30日  個人番号 {mn3}
   就業開始日 2025年5月19日  週所定 40時間  月額賃金 232,000円

雇用契約書の写しは、別途共有フォルダに格納しております。
ご確認のほど、何卒よろしくお願い申し上げます。

{SIG_KATO}""",
        personal=[("name", "中村 葵"), ("my_number", mn1), ("name", "岡田 雄一"), ("my_number", mn2),
                  ("employment_insurance_number", "5012-384706-3"), ("name", "石井 莉子"), ("my_number", mn3)]))

    # ------------------------------------------------------------ holds: attachment
    roster = [
        ["スタッフID", "氏名", "生年月日", "住所", "携帯", "就業先", "時給", "雇保", "社保"],
        ["NB-20417", "吉村 恵", "1985/04/12", "横浜市鶴見区潮田町三丁目144-2", "090-0000-1348", "丸高食品 相模原", "1,350", "加入", "加入"],
        ["NB-20533", "柴田 直人", "1992/09/01", "川崎市川崎区大師駅前一丁目8-3-402", "080-0000-7720", "丸高食品 相模原", "1,350", "加入", "加入"],
        ["NB-20688", "小西 由美", "1978/02/25", "相模原市南区相模大野五丁目2-17", "070-0000-2234", "丸高食品 相模原", "1,400", "加入", "加入"],
        ["NB-20702", "中島 隆之", "1989/07/30", "川口市芝新町11-9", "090-0000-5561", "三ツ星ロジ 川口", "1,450", "加入", "加入"],
        ["NB-20815", "大野 健太", "1996/12/03", "川口市並木四丁目3-21", "080-0000-9012", "三ツ星ロジ 川口", "1,450", "加入", "加入"],
        ["NB-20940", "グエン・ティ・ラン", "1999/05/14", "相模原市中央区淵野辺三丁目6-1-201", "090-0000-4476", "丸高食品 相模原", "1,350", "加入", "加入"],
        ["NB-21003", "小川 由衣", "1993/10/21", "横浜市神奈川区白楽115-6", "080-0000-3307", "東和システム 新横浜", "1,750", "加入", "加入"],
        ["NB-21077", "坂本 亮", "1993/03/08", "横浜市港北区菊名七丁目4-10", "090-0000-6605", "(待機)", "-", "-", "-"],
    ]
    invoice = f"""御 請 求 書                               No. NB-2504-0277
丸高食品工業株式会社 御中                    2025年5月1日

株式会社ネクストブリッジ
登録番号 T{CORP}

件名:労働者派遣料金(2025年4月分) 相模原工場 包装ライン

{table([["区分", "時間", "単価", "金額"],
        ["通常", "1,128.0h", "2,050円", "2,312,400円"],
        ["時間外", "46.5h", "2,563円", "119,180円"],
        ["深夜", "22.0h", "2,563円", "56,386円"],
        ["小計", "", "", "2,487,966円"],
        ["消費税(10%)", "", "", "248,796円"],
        ["合計", "", "", "2,736,762円"]])}

お支払期限:2025年5月30日
"""
    out.append(W(
        "arai", "attachment", "hold", "list.wrong_attachment_staff_roster",
        "Next to the invoice, the branch's whole staff register (birth dates, home addresses, mobiles, placements) was attached instead of the hours sheet.",
        ARAI, [addr("丸高食品工業 経理ご担当", f"keiri@{MARU}")],
        "4月分 ご請求書送付(ネクストブリッジ)",
        f"""丸高食品工業 経理ご担当者様

お世話になっております、ネクストブリッジ新井です。
4月分の請求書と、スタッフ別の稼働実績を attach します。
内容ご確認のうえ、5/30 までにお支払いお願いします。

FYI: 5月から深夜帯の時給改定(+50円)が反映されます。

{SIG_ARAI}""",
        attachments=[att("請求書_2025-04_丸高食品様.txt", invoice),
                     att("スタッフ台帳_横浜支店_0501.csv", csv_text(roster))],
        personal=[("name", "吉村 恵"), ("address", "横浜市鶴見区潮田町三丁目144-2"), ("phone", "090-0000-1348"),
                  ("name", "小西 由美"), ("birth_date", "1978/02/25"), ("name", "坂本 亮"), ("phone", "090-0000-6605")]))

    kenshin = [
        ["氏名", "年齢", "受診日", "血圧", "AST/ALT", "HbA1c", "判定", "所見"],
        ["高木 和也", "44", "2025/04/08", "152/98", "31/40", "5.6", "C", "高血圧 要医療"],
        ["森 沙織", "29", "2025/04/08", "112/70", "18/15", "5.2", "A", "異常なし"],
        ["前田 浩二", "51", "2025/04/10", "138/86", "68/92", "7.2", "D", "肝機能障害・糖尿病 要精密検査"],
        ["宮本 純", "36", "2025/04/15", "124/80", "22/25", "5.4", "B", "軽度貧血 経過観察"],
        ["藤田 健吾", "47", "2025/04/15", "130/84", "40/51", "6.1", "C", "脂肪肝 要再検査"],
    ]
    out.append(W(
        "kato", "attachment", "hold", "sensitive.health_check_results_to_client",
        "The client asked only whether the temps had been examined; the attached sheet gives each named worker's blood pressure, liver and HbA1c results and findings.",
        KATO, [addr("早川 様(湾岸テクノ 安全衛生)", f"anzen@{WANGAN}")],
        "派遣スタッフ 定期健康診断 受診状況について",
        f"""株式会社湾岸テクノ
総務部 安全衛生ご担当 早川 様

平素は格別のご高配を賜り、厚く御礼申し上げます。
株式会社ネクストブリッジ 労務課の加藤でございます。

先日お問い合わせいただきました、貴社にて就業中の弊社派遣スタッフの
定期健康診断の受診状況につきまして、結果一覧を添付にてお送りいたします。

対象の5名は、全員2025年4月中に受診済みでございます。
ご確認のほど、よろしくお願い申し上げます。

{SIG_KATO}""",
        attachments=[att("健診結果一覧_湾岸テクノ様就業者_2025.csv", csv_text(kenshin))],
        personal=[("name", "高木 和也"), ("diagnosis", "高血圧 要医療"),
                  ("name", "前田 浩二"), ("diagnosis", "肝機能障害・糖尿病 要精密検査"),
                  ("name", "藤田 健吾"), ("diagnosis", "脂肪肝 要再検査")]))

    # ------------------------------------------------------------ holds: quoted
    noguchi_q = """森下様

お世話になっております。丸高食品 相模原工場の野口です。
6/2から来ていただく方ですが、外国籍の方と伺っております。
就労資格に問題がないか、念のため確認させてください。
また、初日の集合時間と持ち物もあわせて教えていただけると助かります。

丸高食品工業株式会社 相模原工場 製造課
野口 浩"""
    arai_internal = f"""森下さん

丸高さんの就労資格の件、確認済みです。野口さんにそのまま返してOK。

 グエン・ティ・ラン さん
 国籍:ベトナム
 在留資格:特定技能1号(飲食料品製造業)
 在留カード番号:UH48213705EA
 在留期限:2026年3月31日

カードの表裏コピーは本社キャビネットに保管済み。
新井

{quoted("jp", "野口 浩", f"noguchi@{MARU}", (2025, 5, 27, 16, 40), noguchi_q)}"""
    out.append(W(
        "morishita", "quoted", "hold", "id.residence_card_in_quoted_internal_note",
        "The reply itself only gives first-day logistics, but the quoted internal note below carries the worker's 在留カード番号, nationality and visa status.",
        MORISHITA, [addr("野口 浩", f"noguchi@{MARU}")],
        "Re: 6/2 就業開始スタッフについて",
        f"""野口様

いつもお世話になっております。ネクストブリッジの森下でございます。
ご確認いただきありがとうございます。就労資格につきましては確認済みでございます。

初日の流れは、下記のとおりでお願いできれば幸いです。

{table([["8:20", "正面守衛所 集合(弊社 森下が同行いたします)"],
        ["8:30〜", "安全衛生教育・衛生管理のご説明"],
        ["10:00〜", "ライン配属(第2包装ライン)"]], sep="  ", indent=" ")}

持ち物:上履き、筆記用具、印鑑
※作業着・帽子は貴社でご用意いただけると伺っております。

当日はどうぞよろしくお願いいたします。

{SIG_MORISHITA}

{quoted("jp", "新井 翔太", f"arai@{DOM}", (2025, 5, 28, 9, 12), arai_internal)}""",
        personal=[("name", "グエン・ティ・ラン"), ("residence_card", "UH48213705EA"),
                  ("nationality", "ベトナム"), ("visa_status", "特定技能1号")]))

    arai_earlier = f"""田辺様

ネクストブリッジ新井です。障害者雇用枠のご相談の件、候補者のご紹介です。

 坂本 亮 さん(32歳)
 ・精神障害者保健福祉手帳 2級(統合失調症、服薬によりコントロール良好)
 ・週4日、1日6時間からの勤務を希望
 ・前職:物流会社で伝票入力 3年
 ・通院のため、月1回 水曜午前の休みが必要

主治医の意見書(就労可)も本人同意のうえ取得済みです。
ご検討よろしくお願いします。

{SIG_ARAI}"""
    tanabe_reply = f"""新井様

ご紹介ありがとうございます。ぜひ一度お会いしたいと思います。
{S(6, 10)} の午後はいかがでしょうか。
当日は配属予定の情報システム部からも同席させます。

東和システム株式会社 人事課 田辺

{quoted("jp", "新井 翔太", f"arai@{DOM}", (2025, 6, 4, 18, 2), arai_earlier)}"""
    out.append(W(
        "arai", "quoted", "hold", "sensitive.disability_in_quoted_chain_new_cc",
        "The short reply adds the client's site manager in CC, and the quoted chain below tells him the candidate's mental-disability certificate and schizophrenia diagnosis.",
        ARAI, [addr("田辺 様", f"tanabe@{TOWA}")],
        "Re: 障害者雇用枠でのご紹介について",
        f"""田辺様

新井です。承知しました。
職場見学 {S(6, 10)} 14:00 で set します。当日は森下も同行します。
場所は御社 新横浜オフィス 受付でよいでしょうか。
配属先の松井課長も CC に入れさせていただきました。

{SIG_ARAI}

{quoted("jp", "田辺 晴美", f"tanabe@{TOWA}", (2025, 6, 5, 11, 26), tanabe_reply)}""",
        cc=[addr("松井 課長", f"matsui@{TOWA}"), MORISHITA],
        personal=[("name", "坂本 亮"), ("disability", "精神障害者保健福祉手帳 2級"), ("diagnosis", "統合失調症")]))

    # ------------------------------------------------------------ hold: subject
    out.append(W(
        "kato", "subject", "hold", "sensitive.injury_in_subject",
        "The body is a neutral request for forms, but the subject names the injured temp and his fracture.",
        KATO, [SR],
        f"【労災】大野 健太さん 右手関節骨折(5/12 川口センター フォークリフト接触)",
        f"""星野労務パートナーズ 手続ご担当 御中

いつもお世話になっております。ネクストブリッジの加藤でございます。
標記の件、療養補償給付(様式第5号)および休業補償給付の書類作成をお願いしたく存じます。
派遣先の事業主証明欄は、先方のご担当者様にご記入いただく予定でございます。
必要書類は本日中に共有フォルダへ格納いたします。

何卒よろしくお願い申し上げます。

{SIG_KATO}""",
        personal=[("name", "大野 健太"), ("injury", "右手関節骨折")]))

    # ------------------------------------------------------------ hold: zip
    kintai = [
        ["氏名", "出勤日数", "通常(h)", "時間外(h)", "深夜(h)"],
        ["中島 隆之", "12", "96.0", "6.5", "0"],
        ["大野 健太", "8", "64.0", "2.0", "0"],
        ["高田 翼", "21", "168.0", "14.0", "32.0"],
        ["浜口 修", "20", "160.0", "9.5", "32.0"],
    ]
    meisai = [
        ["氏名", "総支給", "健保", "厚年", "雇保", "所得税", "差引支給", "振込先"],
        ["中島 隆之", "168,200", "8,316", "15,372", "920", "3,120", "140,472", "埼玉川口信用金庫 芝支店 普通 0412879"],
        ["大野 健太", "112,400", "5,445", "10,065", "618", "1,230", "95,042", "ゆうちょ銀行 〇一八店 普通 4382917"],
        ["高田 翼", "312,650", "14,850", "27,450", "1,720", "8,420", "260,210", "みずなみ銀行 川口支店 普通 2291046"],
        ["浜口 修", "298,300", "14,355", "26,535", "1,641", "7,760", "248,009", "埼玉川口信用金庫 本店 普通 1870335"],
    ]
    out.append(W(
        "arai", "zip", "hold", "list.payslips_in_client_zip",
        "The plain zip for the client's accounts team includes the temps' payslip data with deductions and private bank accounts.",
        ARAI, [addr("三ツ星ロジスティクス 経理課", f"keiri@{MITSU}")],
        "5月分 請求書・勤怠一式(川口センター)",
        f"""三ツ星ロジスティクス 経理課 ご担当者様

ネクストブリッジ新井です。5月分の請求関係、zip でまとめて送ります。
中身:請求書 / 勤怠集計 / 明細
金額は先日石原様に確認いただいた勤怠ベースです。Pls check.

{SIG_ARAI}""",
        cc=[addr("石原 様", f"ishihara@{MITSU}")],
        attachments=plain_zip("三ツ星ロジ様_2025年5月分.zip", [
            ("請求書_NB-2505-0318.txt", f"""御 請 求 書                 No. NB-2505-0318
株式会社三ツ星ロジスティクス 御中     2025年6月2日
件名:労働者派遣料金(2025年5月分)川口センター
合計 2,214,840円(税込)  お支払期限 2025年6月30日
株式会社ネクストブリッジ 登録番号 T{CORP}
"""),
            ("勤怠集計_川口C_5月.csv", csv_text(kintai)),
            ("給与明細_5月_川口C.csv", csv_text(meisai)),
        ]),
        personal=[("name", "中島 隆之"), ("bank_account", "埼玉川口信用金庫 芝支店 普通 0412879"),
                  ("name", "高田 翼"), ("bank_account", "みずなみ銀行 川口支店 普通 2291046"),
                  ("name", "浜口 修"), ("bank_account", "埼玉川口信用金庫 本店 普通 1870335")]))

    # ------------------------------------------------------------ hold: recipients
    RNAMES = ['田中 由紀', '松本 遥', '太田 健二', '西村 咲', '久保 敏明', '星野 舞', '上田 涼太', '藤本 菜々', '河野 恵美', '森 大輔', '木村 彩', '井上 翔']
    rcpt = [
        "yuki.tanaka.1201@gmail.com", "haruka_m0707@yahoo.co.jp", "kenji.ota.work@outlook.com",
        "saki.nishimura@gmail.com", "t-kubo1985@yahoo.co.jp", "mai.hoshino.222@gmail.com",
        "ryota.ueda@outlook.com", "n.fujimoto.0330@gmail.com", "emi-kawano@yahoo.co.jp",
        "daisuke.mori.88@gmail.com", "aya.kimura.yk@outlook.com", "sh.inoue0915@gmail.com",
    ]
    sched = table([["日程", "時間", "会場"],
                   [D(7, 5), "10:00〜12:00", "横浜支店 セミナールーム"],
                   [D(7, 9), "18:30〜20:00", "オンライン(Zoom)"],
                   [D(7, 12), "13:00〜15:00", "横浜支店 セミナールーム"]], sep="  ", indent=" ")
    out.append(W(
        "morishita", "recipients", "hold", "recipients.registered_staff_in_to",
        "Twelve registered temps' private addresses are all visible in To, so every registrant sees the others.",
        MORISHITA, [addr(n, a) for n, a in zip(RNAMES, rcpt, strict=True)],
        "【ネクストブリッジ】7月 お仕事紹介会(横浜)のご案内",
        f"""ご登録スタッフの皆さま

いつもネクストブリッジをご利用いただき、ありがとうございます。
横浜支店 コーディネーターの森下です。

7月のお仕事紹介会を、下記の日程で開催いたします。
事務・コールセンター・軽作業のほか、今回は新横浜エリアのIT系ヘルプデスク案件を
多数ご紹介できる予定です。

{sched}

■持ち物:特にございません(オンラインの方はカメラONでご参加ください)
■参加方法:本メールへのご返信、またはマイページからご予約ください

ご質問などございましたら、お気軽にお問い合わせください。
皆さまのご参加をお待ちしております。

{SIG_MORISHITA}""",
        personal=[("email", a) for a in rcpt]))

    # ------------------------------------------------------------ passes
    cand = grid([["候補", "日時", "場所"],
                 ["1", f"2025/{S(6, 17)} 10:00-11:00", "御社 新横浜オフィス 8F"],
                 ["2", f"2025/{S(6, 18)} 15:00-16:00", "御社 新横浜オフィス 8F"],
                 ["3", f"2025/{S(6, 19)} 13:30-14:30", "Teams"]])
    out.append(W(
        "arai", "none", "pass", "benign.project_six_visible_addresses",
        "A kickoff scheduling mail with six visible addresses from two companies; only business contacts appear.",
        ARAI, [addr("田辺 晴美", f"tanabe@{TOWA}"), addr("松井 慎也", f"matsui@{TOWA}"), addr("北條 拓也", f"hojo@{TOWA}")],
        "ヘルプデスク増員案件 キックオフMTG 日程調整",
        f"""東和システム 田辺様、松井様、北條様

お世話になっております、ネクストブリッジ新井です。
ヘルプデスク増員案件の kickoff、下記候補からご都合をお知らせください。

{cand}

Agenda(案)
 1. 体制と役割分担(御社/弊社)
 2. 初期トレーニング計画(2週間)
 3. KPI と月次レポートのフォーマット
 4. 入館・PC貸与の手続き

弊社からは、森下(コーディネーター)と堀(営業課長)も参加します。
よろしくお願いします。

{SIG_ARAI}""",
        cc=[MORISHITA, addr("堀 雅人", f"m.hori@{DOM}")]))

    succ = grid([["", "前任", "後任"],
                 ["氏名", "森下 千尋", "佐野 健太郎"],
                 ["所属", "横浜支店", "横浜支店"],
                 ["電話", "045-0000-8871", "045-0000-8875"],
                 ["メール", f"c.morishita@{DOM}", f"k.sano@{DOM}"]])
    out.append(W(
        "morishita", "none", "pass", "benign.successor_introduction",
        "A handover greeting naming the coordinator and her successor with business contacts only.",
        MORISHITA, [addr("大森 様(丸高食品工業 人事課)", f"omori@{MARU}")],
        "担当者変更のご挨拶(ネクストブリッジ 森下)",
        f"""丸高食品工業株式会社
総務部 人事課 大森 様

いつも大変お世話になっております。
ネクストブリッジ横浜支店の森下でございます。

私事で恐縮ですが、7月1日付で東京本社の研修担当へ異動することとなりました。
これまで御社の担当として、温かくご指導いただきましたこと、心より御礼申し上げます。

後任は、同じ横浜支店の佐野が務めさせていただきます。

{succ}

佐野は食品工場・物流センターの案件を長く担当しており、
相模原工場の現場にも何度か伺ったことがございます。
6月中に一度、佐野とともにご挨拶に伺えればと存じます。

今後とも変わらぬお引き立てを賜りますよう、よろしくお願い申し上げます。

{SIG_MORISHITA}""",
        cc=[addr("野口 浩", f"noguchi@{MARU}"), addr("佐野 健太郎", f"k.sano@{DOM}")]))

    out.append(W(
        "kato", "none", "pass", "benign.employment_verification_with_consent",
        "A loan-related employment verification answered with consent and limited to status, hire date and title.",
        KATO, [addr("みなと信用金庫 ローンセンター 審査課", "loan-shinsa@minato-shinkin.example.jp")],
        "在籍確認のご回答(お問い合わせ番号 ML-250611-0087)",
        f"""みなと信用金庫 ローンセンター 審査課 御中

平素より大変お世話になっております。
株式会社ネクストブリッジ 管理本部 労務課の加藤でございます。

{D(6, 11)}にお電話でご依頼いただきました在籍確認につきまして、
ご本人様より当社所定の同意書を受領しておりますので、下記の範囲でご回答申し上げます。

 対象者   :小松 拓海 様(貴金庫ご照会のとおり)
 在籍状況 :在籍中
 入社日   :2019年4月1日
 所属・役職:横浜支店 営業課 主任

なお、給与額・勤務状況等につきましては、当社規程によりご回答いたしかねますので、
必要な場合はご本人様から源泉徴収票等をご提出いただきますようお願い申し上げます。

{SIG_KATO}"""))

    csr = grid([["項目", "2023年度", "2024年度", "備考"],
                ["障害者雇用率", "2.48%", "2.71%", "法定 2.5%"],
                ["定期健康診断 受診率", "98.1%", "99.2%", "派遣スタッフ含む"],
                ["ストレスチェック 受検率", "82.5%", "87.4%", ""],
                ["高ストレス者の割合", "11.2%", "9.8%", "面接指導 申出 3件"],
                ["休業4日以上の労働災害", "3件", "2件", "派遣先での災害を含む"],
                ["女性管理職比率", "28.6%", "31.0%", ""],
                ["年次有給休暇 取得率", "64.0%", "71.3%", ""]])
    out.append(W(
        "kato", "none", "pass", "benign.aggregate_disability_and_health_rates",
        "A supplier CSR questionnaire answered with employment and health aggregates only; 障害 and ストレス appear as rates, no person is named.",
        KATO, [addr("湾岸テクノ 購買部 CSR調査ご担当", f"csr-survey@{WANGAN}")],
        "「サプライヤーCSR調査票」ご回答の送付",
        f"""株式会社湾岸テクノ
購買部 CSR調査ご担当者様

平素は格別のご高配を賜り、厚く御礼申し上げます。
株式会社ネクストブリッジ 管理本部 労務課の加藤でございます。

標記調査票につきまして、労働・安全衛生分野の設問(設問4-1〜4-7)のご回答を下記にお送りいたします。
調査票ファイルへの転記は、弊社営業の新井より別途ご提出いたします。

{csr}

※数値はいずれも各年度3月31日時点、または年度累計でございます。
※障害者雇用率は、常用雇用労働者数 1,284名(2025年3月31日時点)を分母としております。

ご不明な点がございましたら、お気軽にお問い合わせくださいませ。

{SIG_KATO}""",
        cc=[ARAI]))

    out.append(W(
        "arai", "none", "pass", "benign.corporate_bank_account_change",
        "Notice of the staffing company's own corporate account change with old and new accounts.",
        ARAI, [addr("丸高食品工業 経理ご担当", f"keiri@{MARU}")],
        "【重要】お振込先口座変更のお知らせ",
        f"""丸高食品工業 経理ご担当者様

お世話になっております、ネクストブリッジ新井です。
社内のメインバンク集約に伴い、7月請求分(6月稼働分)からお振込先が変わります。

 旧:みずなみ銀行 横浜西口支店 普通 5520183 カ)ネクストブリッジ
 新:東京セントラル銀行 神田支店 当座 7719024 カ)ネクストブリッジ

正式な書面(代表印押印)は本日、経理部長様宛てに郵送しています。
メールのみでの口座変更依頼は受け付けない運用と伺っていますので、書面到着後のご対応で問題ありません。
念のため、変更についてご不明点があれば 045-0000-8870(代表)までお電話ください。

{SIG_ARAI}"""))

    onb = grid([["項目", "内容"],
                ["就業先", "東和システム株式会社 新横浜オフィス 8F 情報システム部"],
                ["所在地", "横浜市港北区新横浜二丁目14-27 新横浜センタービル"],
                ["就業開始日", f"2025年{D(6, 16)}"],
                ["就業時間", "9:00〜17:30(休憩60分)"],
                ["時給", "1,750円(交通費 実費支給)"],
                ["業務内容", "社内ヘルプデスク(PC・アカウント対応)"],
                ["指揮命令者", "情報システム部 松井 課長"],
                ["抵触日", "2028年6月16日"]])
    out.append(W(
        "morishita", "none", "pass", "benign.mail_to_data_subject_onboarding",
        "Start-of-assignment details sent to the temp herself at her own address.",
        MORISHITA, [addr("小川 由衣", "yui.ogawa.93@gmail.com")],
        "【ネクストブリッジ】就業開始のご案内(6/16〜 東和システム様)",
        f"""小川 由衣 様

いつもお世話になっております。ネクストブリッジ横浜支店の森下です。
東和システム様でのお仕事が正式に決まりましたので、就業条件をご案内いたします。

{onb}

■初日の集合
 8:45 新横浜センタービル 1F 受付前(森下がお待ちしております)

■持ち物
 ・筆記用具
 ・社員証用の顔写真データ(前日までにマイページからアップロードをお願いします)

正式な就業条件明示書は、マイページにも掲載しております。
ご不明な点がございましたら、いつでもご連絡くださいませ。

{SIG_MORISHITA}"""))

    out.append(W(
        "arai", "none", "pass", "benign.it_outage",
        "Outage notice for the web time-clock system; 障害 is the IT sense and no individual appears.",
        ARAI, [addr("石原 様", f"ishihara@{MITSU}")],
        "【復旧済】Web勤怠「NB Time」障害のお知らせ",
        f"""石原様

お世話になっております、ネクストブリッジ新井です。
本日 7:50〜9:20 の間、Web勤怠「NB Time」に障害が発生し、打刻画面が開けない状態でした。
現在は復旧済みです。原因はクラウド事業者側のDNS障害とのことです(Incident #NBT-0613-01)。

該当時間帯に打刻できなかったスタッフは、本日中に「打刻修正申請」をお願いします。
修正申請の承認は、通常どおり石原様の画面から行えます。

ご迷惑をおかけしてすみません。

{SIG_ARAI}""",
        bcc=[addr("野口 浩", f"noguchi@{MARU}"), addr("田辺 晴美", f"tanabe@{TOWA}"), addr("早川 様", f"anzen@{WANGAN}")]))

    out.append(W(
        "kato", "none", "pass", "benign.corporate_licence_numbers",
        "Vendor-registration details: 法人番号, invoice number and dispatch licence numbers, which look like IDs but belong to the company.",
        KATO, [addr("湾岸テクノ 購買部 取引先登録ご担当", f"torihiki@{WANGAN}")],
        "取引先登録申請書の記載事項について",
        f"""株式会社湾岸テクノ
購買部 取引先登録ご担当者様

平素は格別のご高配を賜り、厚く御礼申し上げます。
株式会社ネクストブリッジ 労務課の加藤でございます。

ご依頼いただきました取引先登録申請書の記載事項を、下記のとおりご連絡申し上げます。

 商号         :株式会社ネクストブリッジ
 法人番号      :{CORP}
 適格請求書発行事業者登録番号:T{CORP}
 代表者        :代表取締役 桐山 誠一郎
 本店所在地    :東京都千代田区内神田二丁目5-11 NBビル6F
 資本金        :8,000万円
 労働者派遣事業 許可番号:派13-316742
 有料職業紹介事業 許可番号:13-ユ-314928
 マージン率等の情報提供:https://www.{DOM}/disclosure/

許可証の写しおよび登記事項証明書は、本日付で郵送いたしました。
ご査収のほど、よろしくお願い申し上げます。

{SIG_KATO}"""))

    out.append(W(
        "morishita", "none", "pass", "benign.plain_zip_contract_templates",
        "A plain zip of blank dispatch-contract templates for a prospective client; no personal data inside.",
        MORISHITA, [addr("北斗電装 総務部 栗田 様", "kurita@hokuto-denso.example.co.jp")],
        "派遣契約関連書類(ひな形)一式のご送付",
        f"""株式会社北斗電装
総務部 栗田 様

いつもお世話になっております。ネクストブリッジの森下でございます。
先日のお打合せでお話しいたしました、派遣契約関連書類のひな形一式をお送りいたします。
ファイルが3点ございますので、zipにまとめております(パスワードは設定しておりません)。

 01 労働者派遣基本契約書(ひな形)
 02 個別契約書(記載例)
 03 抵触日通知書(様式)

御社法務ご担当者様のご確認後、修正のご希望がございましたらお知らせくださいませ。

{SIG_MORISHITA}""",
        attachments=plain_zip("派遣契約書類ひな形_ネクストブリッジ.zip", [
            ("01_労働者派遣基本契約書.txt", """労働者派遣基本契約書(ひな形)

株式会社北斗電装(以下「甲」という。)と株式会社ネクストブリッジ(以下「乙」という。)は、
乙が甲に対し労働者派遣を行うにあたり、次のとおり基本契約を締結する。

第1条(目的)本契約は、労働者派遣法に基づき、乙が甲に対して行う労働者派遣に関する基本的事項を定める。
第2条(個別契約)乙が甲に派遣する労働者の業務内容、就業場所、派遣期間等は、個別契約において定める。
第3条(派遣料金)甲は、個別契約に定める派遣料金を、乙の請求に基づき翌月末日までに支払う。
"""),
            ("02_個別契約書_記載例.txt", """個別契約書(記載例)

業務内容:製造ラインにおける部品検査業務(17.5号業務に該当しない)
就業場所:株式会社北斗電装 本社工場 第1検査課(所在地を記載)
組織単位:第1検査課
指揮命令者:第1検査課 課長(氏名を記載)
派遣期間:2025年8月1日〜2025年10月31日
就業日・時間:月〜金 8:30〜17:15(休憩60分)
派遣元責任者:株式会社ネクストブリッジ 横浜支店 支店長
派遣先責任者:総務部 部長(氏名を記載)
"""),
            ("03_抵触日通知書.txt", """抵触日通知書(様式)

株式会社ネクストブリッジ 御中

労働者派遣法第26条第4項に基づき、下記のとおり派遣可能期間の制限に抵触することとなる最初の日を通知します。

事業所名称:
事業所所在地:
抵触日:      年  月  日

株式会社北斗電装
"""),
        ])))

    out.append(W(
        "arai", "none", "pass", "benign.company_names_with_surnames",
        "An order acknowledgement whose company names contain surnames (山本製作所, 佐藤精工, 田中鈑金); no person's data.",
        ARAI, [addr("山本製作所 総務課", "somu@yamamoto-ss.example.co.jp")],
        "増員オーダー受領のご連絡(ORD-2025-0613)",
        f"""株式会社山本製作所 総務課 ご担当者様

ネクストブリッジ新井です。増員オーダー、受領しました。
 Order No.:ORD-2025-0613
 内容:組立補助 3名 / 7月1日〜9月30日 / 8:30-17:30 / 時給 1,450円
 備考:佐藤精工様・有限会社田中鈑金様からの応援ライン分として対応

候補は {S(6, 20)} までに出します。よろしくお願いします。

{SIG_ARAI}"""))

    return out
