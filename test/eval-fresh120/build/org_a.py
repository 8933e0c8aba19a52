"""Org A: 訪問看護ステーションあおば川越 (株式会社あおばケアサービス)."""

from common import (P, addr, attachment, csv_text, make, outlook_original,
                    quote, table, wrote, zip_entries)

ORG = "A"
DOMAIN = "aoba-care.example.co.jp"

W = {
    "miyashita": addr("宮下 真理子", f"miyashita@{DOMAIN}"),
    "sano": addr("佐野 健太", f"sano@{DOMAIN}"),
    "kawaguchi": addr("川口 ゆい", f"y-kawaguchi@{DOMAIN}"),
}

SIG_MIYASHITA = """\
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社あおばケアサービス
訪問看護ステーションあおば川越
管理者　看護師　宮下 真理子（みやした まりこ）
〒350-1123 埼玉県川越市脇田本町22-9 あおばビル2階
TEL 049-0000-3121 ／ FAX 049-0000-3122
緊急時携帯 080-0000-4410（24時間対応）
Mail miyashita@aoba-care.example.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_SANO = """\
--
訪問看護ステーションあおば川越　事務
佐野 健太
TEL 049-0000-3121 / FAX 049-0000-3122"""

SIG_KAWAGUCHI = """\
--------
あおば川越 リハビリ担当
理学療法士 川口ゆい
049-0000-3121(ステーション)"""


def mails():
    out = []

    def add(writer, loc, kind, why, to, subject, text, **kw):
        out.append(make(ORG, writer, loc, kind, why, W[writer], to, subject, text, **kw))

    # ------------------------------------------------------------------ holds
    add("miyashita", "body", "sensitive.care_report_to_care_manager",
        "A named patient's Parkinson's disease, pressure ulcer stage and delirium are reported by mail to an outside care manager.",
        [addr("ケアプランセンターひだまり 吉岡 様", "yoshioka@hidamari-kyotaku.example.jp")],
        "石原様　6月の訪問状況のご報告",
        f"""
ケアプランセンターひだまり
吉岡 様

いつも大変お世話になっております。
訪問看護ステーションあおば川越の宮下でございます。

石原 トシ子様の6月分の訪問状況につきまして、下記のとおりご報告申し上げます。
（月末の報告書は別途FAXでお送りいたします。）

1. 全身状態
　パーキンソン病の症状は、午後のwearing-offが目立つようになり、
　夕方のすくみ足と小刻み歩行が増えております。
　6/18に主治医の西川先生へ報告し、レボドパ製剤の増量の指示をいただきました。

2. 皮膚の状態
　仙骨部に褥瘡（DESIGN-R d2）があり、週3回の訪問で処置を継続中です。
　エアマットへの変更をご検討いただけますと幸いです。

3. 精神面・夜間の様子
　6/22〜6/24に夜間せん妄とみられる症状があり、ご長男が一晩中対応されたとのこと。
　ご長男の介護疲れが強く、ショートステイ等のレスパイトについて
　次回の担当者会議でご相談させてください。

4. 次月の予定
　週3回（月・水・金）の訪問を継続いたします。

ご不明な点がございましたら、お気軽にお問い合わせください。
引き続きどうぞよろしくお願いいたします。

{SIG_MIYASHITA}
""",
        personal=[P("name", "石原 トシ子"), P("diagnosis", "パーキンソン病"),
                  P("health", "仙骨部に褥瘡（DESIGN-R d2）"), P("health", "夜間せん妄")])

    add("sano", "body", "personal.patient_profile_to_rental_vendor",
        "A new patient's birth date, home address, phones, paralysis and key-box code go to a welfare-equipment rental vendor that needs only a delivery slot.",
        [addr("株式会社ライフケア用具 竹中様", "takenaka@lifecare-yogu.example.co.jp")],
        "特殊寝台の搬入お願い（新規）",
        f"""
竹中様

お疲れ様です。あおばの佐野です。
新規の方の特殊寝台とマットレスの搬入をお願いします。

【利用者】大塚 正一 様（昭和14年5月2日生）
【住所】川越市南台2丁目14-7 サンハイツ南台103
【電話】049-0000-7784（奥様携帯 080-0000-2231）
【介護度】要介護4　右片麻痺あり、ベッドは左側から降りる配置で
【鍵】ご家族不在時は玄関横キーボックス　暗証番号4417
【希望日】7/2(水)午前 or 7/3(木)終日

ケアマネはひだまりの吉岡さんです。
日程決まりましたら返信ください。

{SIG_SANO}
""",
        personal=[P("name", "大塚 正一"), P("birthdate", "昭和14年5月2日生"),
                  P("address", "川越市南台2丁目14-7 サンハイツ南台103"),
                  P("phone", "049-0000-7784"), P("phone", "080-0000-2231"),
                  P("health", "右片麻痺"), P("other", "暗証番号4417")])

    add("kawaguchi", "body", "sensitive.colleague_diagnosis_to_staffing_agency",
        "A therapist tells a staffing agency that a named nurse colleague has an adjustment-disorder diagnosis and is going on leave.",
        [addr("浜田様", "hamada@medistaff-seibu.example.co.jp")],
        "7月からの看護師さんの件",
        f"""
浜田さん

おせわになってます!あおばの川口です.
所長の宮下が今週研修で不在なので、代わりに連絡しました.

うちの常勤の佐藤 美紀さんが、適応障害の診断で7/1から3ヶ月休職することになりました(本人もOKって聞いてます).
なので、週3くらいで入れる訪問経験ある看護師さん、探してもらえませんか??
オンコールできる人だとすごく助かります...

条件とか細かいことは宮下から来週連絡すると思いますが、とりあえず早めにと思って!
よろしくおねがいします

{SIG_KAWAGUCHI}
""",
        personal=[P("name", "佐藤 美紀"), P("diagnosis", "適応障害")])

    new_hires = [
        ["氏名", "フリガナ", "生年月日", "住所", "入社日", "個人番号", "基礎年金番号", "雇用保険被保険者番号", "扶養"],
        ["岡田 恵子", "オカダ ケイコ", "1984/09/17", "埼玉県川越市新宿町3-21-5", "2025/07/01",
         "382150674921", "4216-503918", "5012-338104-6", "夫(扶養外)、長女(扶養)"],
        ["石井 拓海", "イシイ タクミ", "1996/02/03", "埼玉県ふじみ野市上福岡1-8-12-305", "2025/07/01",
         "529047183368", "7034-118265", "", "なし"],
    ]
    add("sano", "attachment", "id.new_hire_numbers_to_sharoushi",
        "The attached CSV sent to an outside labour-law office carries two new hires' individual numbers, pension numbers and an employment-insurance number.",
        [addr("星野社会保険労務士事務所 星野先生", "hoshino@hoshino-sr.example.jp")],
        "7月入社者の資格取得手続きのお願い",
        f"""
星野先生

いつもお世話になっております。
訪問看護ステーションあおば川越の佐野です。

7月1日付の入社者2名について、社会保険・雇用保険の資格取得手続きをお願いいたします。

{table([["氏名", "職種", "雇用形態", "週所定"], ["岡田 恵子", "看護師", "常勤", "40h"], ["石井 拓海", "理学療法士", "常勤", "40h"]])}

生年月日・住所などの詳細は添付のCSVにまとめております。
石井さんは新卒のため雇用保険番号はありません。

ご不明点がありましたらご連絡ください。
よろしくお願いいたします。

{SIG_SANO}
""",
        attachments=[attachment("入社者情報_202507.csv", csv_text(new_hires))],
        personal=[P("mynumber", "382150674921"), P("mynumber", "529047183368"),
                  P("pension_number", "4216-503918"), P("pension_number", "7034-118265"),
                  P("employment_insurance_number", "5012-338104-6"),
                  P("address", "埼玉県川越市新宿町3-21-5")])

    schedule = table([
        ["日付", "時間", "利用者", "住所", "主病名", "担当"],
        ["7/1(火)", "9:30", "石原 トシ子", "川越市脇田町8-3", "パーキンソン病", "宮下"],
        ["7/1(火)", "11:00", "中村 和夫", "川越市岸町2-15-1", "膵臓がん(末期)", "岡田"],
        ["7/1(火)", "14:00", "坂口 昭夫", "川越市霞ケ関北4-7-22", "ALS", "宮下・川口"],
        ["7/2(水)", "10:00", "大塚 正一", "川越市南台2-14-7-103", "脳梗塞後遺症", "川口"],
        ["7/2(水)", "13:30", "田村 康子", "川越市仙波町1-30-4", "統合失調症", "宮下"],
        ["7/2(水)", "15:30", "森田 浩二", "川越市久保町5-2", "脳梗塞後遺症", "川口"],
    ])
    add("miyashita", "attachment", "list.unanonymised_schedule_to_study_group",
        "Next to the anonymised case summary, the weekly visit schedule with patients' names, addresses and diagnoses was attached by mistake for another station's nurse.",
        [addr("訪問看護ステーションさくら 小松 様", "komatsu@sakura-houkan.example.jp")],
        "事例検討会の資料送付（あおば川越 宮下）",
        f"""
訪問看護ステーションさくら
小松 様

いつもお世話になっております。
あおば川越の宮下でございます。

7月15日の川越地区事例検討会で当ステーションが発表いたします資料を
お送りいたします。印刷はこちらで20部用意いたしますので、
事前配布用としてご確認いただければ幸いです。

当日はどうぞよろしくお願いいたします。

{SIG_MIYASHITA}
""",
        attachments=[
            attachment("事例概要_A氏.txt", """\
事例検討会 発表資料（訪問看護ステーションあおば川越）

テーマ：独居高齢者の服薬管理と多職種連携

【事例】A氏 80代女性 独居 要介護2
【経過】
・訪問開始から3か月、服薬カレンダーを導入
・週1回の薬剤師訪問と連携し、残薬が減少
【考察】
・ご本人の「自分でできる」という思いを尊重した支援
・ケアマネジャー、薬局との情報共有の頻度について
"""),
            attachment("訪問予定表_0701-0707.txt", "訪問予定表（7/1〜7/7）\n\n" + schedule + "\n"),
        ],
        personal=[P("name", "石原 トシ子"), P("name", "中村 和夫"), P("name", "坂口 昭夫"),
                  P("name", "田村 康子"), P("address", "川越市岸町2-15-1"),
                  P("diagnosis", "膵臓がん(末期)"), P("diagnosis", "統合失調症")])

    add("kawaguchi", "quoted", "sensitive.terminal_diagnosis_in_quoted_chain",
        "A reply to a home-renovation contractor about a handrail date keeps the internal note quoting a named patient's terminal pancreatic cancer and prognosis.",
        [addr("小林住設 小林さん", "kobayashi@kobayashi-jyusetsu.example.co.jp")],
        "Re: Fw: 手すり設置の日程",
        f"""
小林さん

了解です!じゃあ水曜10時でお願いします.
当日は私も立ち合います~

{SIG_KAWAGUCHI}

{quote('''小林住設の小林です。
下見の件、7/9(水)の10時か、7/10(木)の午前中でいかがでしょう。
トイレ前の縦手すりとベッド横の据え置き型でお見積りします。

''' + quote('''小林さん
いつもありがとうございます。下の件で、急ぎで手すりをお願いしたいです.
日程の候補いただけますか?

''' + quote('''川口さん
中村 和夫さんの件です。
主治医から、末期の膵臓がんで余命は1〜2か月との説明があったそうです。
ご本人には告知済み、奥様はまだ受け止めきれていない様子。
歩けるうちにトイレまで自分で行きたいとのご希望なので、
手すりは最優先で手配してください。
宮下''', wrote("2025/07/03 18:02", "宮下 真理子", "miyashita@aoba-care.example.co.jp")), wrote("2025/07/04 9:15", "川口 ゆい", "y-kawaguchi@aoba-care.example.co.jp")), wrote("2025年7月4日(金) 13:40", "小林住設 小林", "kobayashi@kobayashi-jyusetsu.example.co.jp"))}
""",
        personal=[P("name", "中村 和夫"), P("diagnosis", "末期の膵臓がん"),
                  P("health", "余命は1〜2か月")])

    add("sano", "quoted", "sensitive.welfare_and_psychiatric_in_quoted_family_mail",
        "The daughter's original mail below the reply tells the dental clinic that her named mother is on welfare and has schizophrenia.",
        [addr("えがお歯科クリニック", "info@egao-dental.example.jp")],
        "RE: 訪問歯科のご依頼について",
        f"""
えがお歯科クリニック
ご担当者様

お世話になっております。あおば川越の佐野です。
先日ご相談した訪問歯科の件、ご家族に確認し
7/9(水)14:00で了承いただきました。

ご家族からいただいたメールも、ご参考までに下に付けておきます。
当日はご家族も同席されるとのことです。

よろしくお願いいたします。

{SIG_SANO}

{outlook_original('田村 由香 <yuka.tamura.0815@gmail.com>', '2025年7月1日 21:34', 'info@aoba-care.example.co.jp', '母の歯の件', '''
あおばの皆さま

いつも母がお世話になっております。娘の田村です。
先日お話しした母の入れ歯の件ですが、訪問の歯医者さんをお願いできればと思います。

母の田村 康子は生活保護を受けていて、医療券が必要だと思うので
市の担当の方にも連絡してあります。
また、統合失調症で長く通院しているので、知らない方が来ると
不安定になることがあります。最初は私も同席させてください。

平日は17時以降でしたら 090-0000-6619 に連絡がつきます。
よろしくお願いいたします。

田村 由香
''')}
""",
        personal=[P("name", "田村 康子"), P("welfare", "生活保護"),
                  P("diagnosis", "統合失調症"), P("phone", "090-0000-6619")])

    add("miyashita", "subject", "sensitive.diagnosis_in_subject",
        "The subject line sent to a hospital names the patient with ALS and a gastrostomy while the body only lists meeting slots.",
        [addr("川越中央総合病院 地域医療連携室", "renkei@kawagoe-chuo-hp.example.or.jp")],
        "【退院前カンファレンス】坂口 昭夫様（ALS・胃ろう造設後）日程調整のお願い",
        f"""
川越中央総合病院
地域医療連携室 ご担当者様

いつも大変お世話になっております。
訪問看護ステーションあおば川越 管理者の宮下でございます。

標記の件、当ステーションからは下記の日程で出席可能でございます。

　・7月 8日（火）14:00以降
　・7月10日（木）終日
　・7月11日（金）10:00〜12:00

出席予定：宮下（看護師）、川口（理学療法士）

ご多用のところ恐れ入りますが、ご調整のほどよろしくお願い申し上げます。

{SIG_MIYASHITA}
""",
        personal=[P("name", "坂口 昭夫"), P("diagnosis", "ALS"), P("health", "胃ろう造設後")])

    users = [
        ["利用者ID", "氏名", "フリガナ", "性別", "生年月日", "住所", "電話", "介護被保険者番号", "医療保険者番号", "主病名"],
        ["A0012", "石原 トシ子", "イシハラ トシコ", "女", "1938/11/02", "川越市脇田町8-3", "049-0000-1187", "0001234567", "39112345", "パーキンソン病"],
        ["A0019", "中村 和夫", "ナカムラ カズオ", "男", "1951/04/25", "川越市岸町2-15-1", "049-0000-5520", "0001239876", "39112345", "膵臓がん"],
        ["A0023", "坂口 昭夫", "サカグチ アキオ", "男", "1960/08/09", "川越市霞ケ関北4-7-22", "049-0000-3306", "", "06110427", "筋萎縮性側索硬化症"],
        ["A0027", "大塚 正一", "オオツカ ショウイチ", "男", "1939/05/02", "川越市南台2-14-7-103", "049-0000-7784", "0001241130", "39112345", "脳梗塞後遺症"],
        ["A0031", "田村 康子", "タムラ ヤスコ", "女", "1949/12/14", "川越市仙波町1-30-4", "049-0000-8842", "0001242210", "", "統合失調症"],
    ]
    staff = [
        ["職員ID", "氏名", "職種", "所属"],
        ["S001", "宮下 真理子", "看護師", "管理者"],
        ["S004", "岡田 恵子", "看護師", ""],
        ["S007", "川口 ゆい", "理学療法士", ""],
        ["S009", "佐野 健太", "事務", ""],
    ]
    add("sano", "zip", "list.patient_master_zip_to_software_vendor",
        "A plain zip for a billing-software migration contains the full patient master with birth dates, phones, insurance numbers and diagnoses.",
        [addr("株式会社ケアシステムズ 松井様", "matsui@caresystems.example.com")],
        "データ移行用ファイルの送付",
        f"""
松井様

お世話になっております。あおば川越の佐野です。
先日の打合せでお話しのあった移行用データをお送りします。
ファイルが2つあるのでzipにまとめました。

文字コードはShift_JISのままです。
取込でエラーが出たら教えてください。

{SIG_SANO}
""",
        attachments=zip_entries("移行データ_あおば川越.zip", [
            ("利用者マスタ.csv", csv_text(users)),
            ("職員マスタ.csv", csv_text(staff)),
        ]),
        personal=[P("name", "中村 和夫"), P("birthdate", "1951/04/25"),
                  P("name", "田村 康子"), P("birthdate", "1949/12/14"),
                  P("phone", "049-0000-8842"), P("insurance_number", "0001242210"),
                  P("diagnosis", "筋萎縮性側索硬化症")])

    rcpt = [
        addr("ケアプランセンターひだまり 吉岡", "yoshioka@hidamari-kyotaku.example.jp"),
        addr("訪問看護ステーションさくら 小松", "komatsu@sakura-houkan.example.jp"),
        addr("川越中央総合病院 リハ科 荒木", "araki@kawagoe-chuo-hp.example.or.jp"),
        addr("南部地域包括支援センター 上田", "ueda@nanbu-houkatsu.example.or.jp"),
        addr("デイサービスすずらん 根本", "nemoto@suzuran-day.example.jp"),
        addr("かわごえ整形外科 リハ室", "reha@kawagoe-seikei.example.jp"),
        addr("ケアプランセンターみなみ", "info@careplan-minami.example.jp"),
        addr("小規模多機能ホームつばき 遠藤", "endo@tsubaki-home.example.jp"),
        addr("株式会社ライフケア用具 竹中", "takenaka@lifecare-yogu.example.co.jp"),
        addr("平井 智也", "hirai.pt.0412@gmail.com"),
        addr("前川 さやか", "sayaka_maekawa@yahoo.co.jp"),
        addr("ふじみ野訪問リハビリセンター 原田", "harada@fujimino-reha.example.jp"),
        addr("村瀬 健", "ken.murase.ot@outlook.com"),
    ]
    add("kawaguchi", "recipients", "recipients.study_group_invite_in_to",
        "A study-group invitation lists thirteen outside addresses from different agencies and private accounts in To instead of BCC.",
        rcpt,
        "【ご案内】第5回 川越在宅リハ勉強会(7/18)",
        f"""
皆さま

お疲れさまです!あおば川越の川口です.
次回の勉強会のご案内です~

■日時:7/18(金) 19:00-20:30
■場所:川越市福祉会館 3階 会議室B (オンライン参加もOK)
■テーマ:「ALSの方の在宅リハ ~コミュニケーション機器の導入~」
■講師:川越中央総合病院 リハ科 荒木先生
■参加費:無料

参加できる方は7/11(金)までにこのメールに返信してください.
Zoomのリンクは前日に送ります!

{SIG_KAWAGUCHI}
""",
        personal=[P("email", a.split("<")[1].rstrip(">")) for a in rcpt])

    # ------------------------------------------------------------------ passes
    add("miyashita", "none", "benign.infection_control_aggregate",
        "Infection-control notice to partner agencies that gives only station-wide facts and no patient or staff names.",
        [addr("ケアプランセンターひだまり 吉岡 様", "yoshioka@hidamari-kyotaku.example.jp")],
        "感染症流行期における訪問時の対応について（お知らせ）",
        f"""
関係事業所の皆様

平素より格別のご高配を賜り、厚く御礼申し上げます。
訪問看護ステーションあおば川越でございます。

市内でインフルエンザ及び新型コロナウイルス感染症の報告が増えていることを受け、
当ステーションでは下記のとおり感染対策を強化いたします。

　1．訪問前の職員の検温・体調確認を徹底いたします。
　2．訪問時はマスク・手指消毒に加え、必要に応じてガウン・フェイスシールドを着用いたします。
　3．利用者様・ご家族に発熱等がある場合は、訪問前にお電話でご相談させていただきます。

なお、本日時点で当ステーションの職員に感染者・濃厚接触者はおりません。
職員のインフルエンザ予防接種は、対象者全員の接種を11月中に完了予定です。

ご不便をおかけいたしますが、ご理解とご協力のほどお願い申し上げます。
（本メールは関係事業所の皆様にBCCでお送りしております。）

{SIG_MIYASHITA}
""",
        bcc=[addr("訪問看護ステーションさくら", "komatsu@sakura-houkan.example.jp"),
             addr("南部地域包括支援センター", "ueda@nanbu-houkatsu.example.or.jp"),
             addr("ケアプランセンターみなみ", "info@careplan-minami.example.jp")])

    add("sano", "none", "benign.corporate_account_change",
        "Notice to a supplier that the station's own corporate bank account has changed.",
        [addr("株式会社メディック埼玉 経理ご担当者様", "keiri@medic-saitama.example.co.jp")],
        "【ご連絡】お振込先口座変更のお知らせ",
        f"""
株式会社メディック埼玉
経理ご担当者様

いつもお世話になっております。
株式会社あおばケアサービス（訪問看護ステーションあおば川越）の佐野です。

このたび、弊社のお振込先口座を下記のとおり変更いたしましたので
お知らせいたします。8月お支払い分より新口座へのお振込をお願いいたします。

【旧】むさし中央銀行 川越支店 普通 3318204
　　　名義：カ）アオバケアサービス
【新】埼玉みらい信用金庫 脇田支店 普通 0472915
　　　名義：カ）アオバケアサービス

お手数をおかけしますが、ご登録の変更をお願いいたします。
正式な通知書は本日郵送しております。

{SIG_SANO}
""")

    add("miyashita", "none", "benign.successor_introduction",
        "Formal letter to a referring doctor introducing the station's new chief nurse by name.",
        [addr("にしかわ内科クリニック 西川 直人 先生", "nishikawa@nishikawa-naika.example.jp")],
        "主任看護師交代のご挨拶",
        f"""
にしかわ内科クリニック
院長　西川 直人 先生

拝啓　盛夏の候、先生におかれましてはますますご清祥のこととお慶び申し上げます。
平素より当ステーションの利用者様に格別のご指導を賜り、心より御礼申し上げます。

さて、このたび当ステーションの主任看護師 山本 千尋が6月30日をもちまして
退職いたすこととなりました。在職中に賜りましたご厚情に、本人に代わりまして
厚く御礼申し上げます。

後任には7月1日付で 岡田 恵子 が着任いたしました。
岡田は急性期病院の病棟勤務を経て、訪問看護に10年携わってまいりました。
至らぬ点もあるかと存じますが、前任者同様ご指導ご鞭撻のほど
よろしくお願い申し上げます。

近日中に改めてご挨拶に伺いたく存じます。
まずは略儀ながらメールにてご挨拶申し上げます。

敬具

{SIG_MIYASHITA}
""")

    add("kawaguchi", "none", "benign.exercise_plan_to_patient_himself",
        "A therapist sends the patient himself his own home-exercise plan, which mentions his own stroke.",
        [addr("森田 浩二", "koji.morita.1972@gmail.com")],
        "自主トレのメニューです",
        f"""
森田さん

こんにちは、あおば川越の川口です.
昨日の訪問でお話しした自主トレのメニューをお送りします!

脳梗塞のあと左手の握力がだいぶ戻ってきているので、
次の3つを1日2回、無理のない範囲でやってみてください.

1) タオルギュッと握り 10回 x 2セット
2) 洗濯ばさみつまみ 左手で10個
3) 壁に手をついて立ったまま かかと上げ 15回

痛みやしびれが強くなったらすぐやめて、次回教えてくださいね.
次回は7/9(水)15:30に伺います!

{SIG_KAWAGUCHI}
""")

    add("sano", "none", "benign.it_outage_tablet_sync",
        "Outage report to the charting-system vendor with device serials and error codes only.",
        [addr("ケアシステムズ サポートセンター", "support@caresystems.example.com")],
        "【障害報告】タブレットから訪問記録が同期できません",
        f"""
ケアシステムズ サポートセンター御中

訪問看護ステーションあおば川越（契約番号 CS-20391）の佐野です。
本日朝から、訪問用タブレットで記録の同期ができない障害が発生しています。

・発生時刻：7/7(月) 8:40頃〜継続中
・台数：4台中3台
・端末シリアル：R9KT30A1BCD / R9KT30A1BDF / R9KT30A1C02
・アプリバージョン：3.8.2
・エラー表示：「同期に失敗しました（E-4031）」
・Wi-Fi、モバイル回線どちらでも同じ症状です
・端末の再起動、アプリの再インストールは実施済み（改善なし）

記録が溜まると請求に影響するので、至急ご確認をお願いします。
折り返しは 049-0000-3121（佐野）までお願いします。

{SIG_SANO}
""")

    add("miyashita", "none", "benign.condolence_partner_clinic",
        "Condolences to a partner clinic on the death of its honorary director, a named doctor.",
        [addr("にしかわ内科クリニック 事務長 様", "jimu@nishikawa-naika.example.jp")],
        "西川 信夫 名誉院長ご逝去のお悔やみ",
        f"""
にしかわ内科クリニック
事務長 様

このたびは、名誉院長 西川 信夫 先生のご訃報に接し、
謹んでお悔やみ申し上げます。

当ステーション開設の折には、先生自ら訪問看護の意義をお話しくださり、
在宅医療の心構えを職員一同に教えていただきました。
今日まで歩んでこられたのも、先生のお導きあってのことと存じます。

本来であれば直接お伺いすべきところ、略儀ながらメールにて
お悔やみを申し上げます。
ご葬儀の詳細が決まりましたら、差し支えない範囲でお知らせいただけますと幸いです。

心よりご冥福をお祈り申し上げます。

{SIG_MIYASHITA}
""")

    add("miyashita", "none", "benign.monthly_aggregate_to_city",
        "Survey answer to the city that contains only monthly aggregate counts of patients and end-of-life cases.",
        [addr("川越市 地域包括ケア推進課 在宅医療連携担当", "zaitaku-renkei@city-kawagoe.example.lg.jp")],
        "在宅医療・介護連携に関する実態調査（回答）",
        f"""
川越市 地域包括ケア推進課
在宅医療連携担当 御中

いつもお世話になっております。
訪問看護ステーションあおば川越 管理者の宮下でございます。

標記調査につきまして、当ステーションの令和7年6月分の実績を下記のとおり回答いたします。

{table([
    ["項目", "件数"],
    ["実利用者数", "48名"],
    ["　うち介護保険", "31名"],
    ["　うち医療保険", "17名"],
    ["延べ訪問回数", "412回"],
    ["緊急時訪問", "9回"],
    ["新規利用者", "5名"],
    ["在宅看取り", "3件"],
    ["入院による終了", "2件"],
])}

調査票（Excel）は本日郵送にて提出いたします。
ご確認のほどよろしくお願いいたします。

{SIG_MIYASHITA}
""")

    add("kawaguchi", "none", "benign.project_mail_six_addresses",
        "Meeting arrangement with six visible addresses from a hospital and a community support centre.",
        [addr("川越中央総合病院 リハ科 荒木", "araki@kawagoe-chuo-hp.example.or.jp"),
         addr("川越中央総合病院 リハ科 杉本", "sugimoto@kawagoe-chuo-hp.example.or.jp"),
         addr("川越中央総合病院 地域医療連携室", "renkei@kawagoe-chuo-hp.example.or.jp"),
         addr("南部地域包括支援センター 上田", "ueda@nanbu-houkatsu.example.or.jp"),
         addr("南部地域包括支援センター 若林", "wakabayashi@nanbu-houkatsu.example.or.jp"),
         addr("南部地域包括支援センター 代表", "info@nanbu-houkatsu.example.or.jp")],
        "退院支援連携勉強会 打合せ日程のご相談",
        f"""
関係者の皆さま

お疲れさまです.あおば川越の川口です.
秋の退院支援連携勉強会の打合せ日程ですが、いただいた候補を合わせると
以下のどちらかになりそうです.

 A案: 7/22(火) 18:00-19:00 病院 2階 カンファレンス室
 B案: 7/24(木) 18:30-19:30 南部地域包括支援センター 相談室

荒木先生と上田さんはどちらでも大丈夫と伺っています.
杉本さん、若林さん、ご都合いかがでしょうか?
7/15(火)中にお返事いただけると助かります.

当日の議題(案):
 ・昨年度アンケートの振り返り
 ・事例発表の担当(病院1件/在宅1件)
 ・チラシ作成のスケジュール

よろしくお願いします!

{SIG_KAWAGUCHI}
""")

    add("sano", "none", "benign.plain_zip_blank_forms",
        "A plain zip of blank referral forms and a fax cover sheet for a new partner agency.",
        [addr("ケアプランセンターみなみ ご担当者様", "info@careplan-minami.example.jp")],
        "連携書式一式の送付",
        f"""
ケアプランセンターみなみ
ご担当者様

お世話になっております。訪問看護ステーションあおば川越の佐野です。
先日お電話でお話しした、訪問看護のご依頼時の書式一式をお送りします。
3ファイルをzipにまとめています。

・訪問看護依頼書（様式1）
・情報提供書（様式2）
・FAX送付状

ご依頼の際は様式1をFAX（049-0000-3122）でお送りください。
よろしくお願いいたします。

{SIG_SANO}
""",
        attachments=zip_entries("あおば川越_連携書式一式.zip", [
            ("様式1_訪問看護依頼書.txt", """\
訪問看護依頼書（様式1）
依頼日：　　年　　月　　日
依頼事業所名：
担当ケアマネジャー：
利用者氏名：　　　　　　　　　　性別：男・女
生年月日：　　　年　　月　　日
住所：
主治医（医療機関名）：
依頼内容：□健康観察　□服薬管理　□医療処置　□リハビリ　□その他
希望開始日：
"""),
            ("様式2_情報提供書.txt", """\
情報提供書（様式2）
提供先：
提供元：
利用者氏名：
提供する情報の範囲：□ケアプラン　□サービス担当者会議の記録　□その他
※ご本人またはご家族の同意を得たうえでご記入ください。
同意確認日：　　年　　月　　日
"""),
            ("FAX送付状.txt", """\
FAX送付状
宛先：訪問看護ステーションあおば川越　（FAX 049-0000-3122）
送信元：
送信枚数：　　枚（本紙含む）
連絡事項：
"""),
        ]))

    add("miyashita", "none", "benign.staff_vaccination_schedule",
        "Group-vaccination booking for the station's staff that gives only head counts and dates.",
        [addr("かわごえ駅前クリニック 受付ご担当者様", "uketsuke@kawagoe-ekimae-cl.example.jp")],
        "職員インフルエンザ予防接種（集団接種）の日程について",
        f"""
かわごえ駅前クリニック
受付ご担当者様

いつもお世話になっております。
訪問看護ステーションあおば川越の宮下でございます。

今年度も職員のインフルエンザ予防接種を貴院にお願いしたく、ご連絡いたしました。

　対象人数：14名（看護師10名、理学療法士2名、事務2名）
　希望日　：10月21日（火）または10月28日（火）　いずれも13:00〜14:00
　費用　　：法人一括でのお支払いを希望いたします

予診票は人数分を事前にいただければ、各自記入のうえ当日持参いたします。
ご都合のよい日をお知らせいただけますと幸いです。

{SIG_MIYASHITA}
""")

    return out
