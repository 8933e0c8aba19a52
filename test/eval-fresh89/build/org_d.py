"""(D) 株式会社ネクストワークス 横浜支店 (staffing agency branch).

Writers: 松本 大輔 (branch manager, formal, long signature with disclaimer),
         岡田 美咲 (coordinator, friendly, compact signature),
         村上 亜希 (sales, crisp, signature with LINE-style tagline; writes English).
"""
from common import (addr, mail, att, P, mynumber, csv_text, CT_CSV, CT_TXT, CT_PDF, CT_XLSX)

ORG = "D"
D = "nextworks.example.co.jp"

MATSU = addr("松本 大輔（ネクストワークス横浜支店）", f"d.matsumoto@{D}")
OKADA = addr("岡田 美咲", f"okada.misaki@{D}")
MURA = addr("村上 亜希 / NextWorks", f"a-murakami@{D}")

SIG_MATSU = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社ネクストワークス 横浜支店
支店長　松本 大輔
〒220-0000 神奈川県横浜市西区北幸9-9-9 北幸スクエア8F
TEL：045-0000-5500（代表）　FAX：045-0000-5501
労働者派遣事業 許可番号 派14-300999
有料職業紹介事業 許可番号 14-ユ-300888
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
本メールは送信先の方のみを対象としています。誤って受信された場合は破棄してください。"""

SIG_OKADA = """-------------------------------
ネクストワークス 横浜支店
コーディネーター　岡田 美咲
045-0000-5512 / okada.misaki@nextworks.example.co.jp
-------------------------------"""

SIG_MURA = """村上 亜希（むらかみ あき）
株式会社ネクストワークス 横浜支店 法人営業グループ
携帯 080-0000-5534 ／ TEL 045-0000-5500
a-murakami@nextworks.example.co.jp
「はたらく」を、もっと近くに。"""

SIG_MURA_EN = """Aki Murakami
Corporate Sales, Yokohama Branch
NextWorks Co., Ltd.
Mobile +81-80-0000-5534 | a-murakami@nextworks.example.co.jp"""

BAY_YAMA = addr("山口 健（ベイサイド物流 人事総務課）", "yamaguchi.k@bayside-butsuryu.example.co.jp")
MMSOFT = addr("桑田 洋平", "kuwata@mm-soft.example.co.jp")
SHONAN = addr("石川 総務部長（湘南フーズ）", "ishikawa@shonan-foods.example.co.jp")


def build():
    out = []

    # ------------------------------------------------------------ HOLDS
    # body 1: skill sheet with full contact details
    out.append(mail(
        ORG, "murakami", "body", "hold", "personal.skill_sheet_full_contact",
        "スキルシートに候補者の氏名・生年月日・住所・携帯番号がそのまま書かれて派遣先候補企業に送られているため。",
        MURA, [MMSOFT],
        "ご紹介予定スタッフのスキルシート（テスト自動化エンジニア）",
        f"""
株式会社みなとみらいソフト
開発部 桑田 様

いつもお世話になっております。ネクストワークスの村上です。
先日ご依頼いただいたテスト自動化エンジニアの件、
条件に合うスタッフがおりますのでスキルシートをお送りいたします。

■ スキルシート
氏名：西岡 直樹（にしおか なおき）
生年月日：1990年2月18日（35歳）
住所：横浜市港北区日吉9-9-9 日吉コーポ402
携帯：090-0000-8163
最寄駅：東急東横線 日吉駅
経験：
　2013〜2019　SIer にて業務系システムの結合・総合テスト
　2019〜現在　Web サービスのテスト自動化（Selenium、Playwright、Jenkins）
資格：JSTQB Foundation Level、基本情報技術者
稼働開始：7月14日〜可能
希望単価：応相談

面談をご希望の場合は、候補日をいくつかお知らせください。

{SIG_MURA}
""",
        personal=[P("name", "西岡 直樹"), P("birthdate", "1990年2月18日"),
                  P("address", "横浜市港北区日吉9-9-9 日吉コーポ402"), P("phone", "090-0000-8163")]))

    # body 2: pension and employment-insurance numbers to a labour consultant
    out.append(mail(
        ORG, "okada", "body", "hold", "id.pension_employment_insurance",
        "派遣スタッフの基礎年金番号と雇用保険被保険者番号を本文に書いて社外の社労士法人へ送っているため。",
        OKADA, [addr("みなと社労士法人 手続課 坂本", "sakamoto@minato-sr.example.jp")],
        "資格取得届の作成依頼（7/1就業開始スタッフ）",
        f"""
みなと社労士法人
手続課 坂本 様

お世話になっております。ネクストワークス横浜支店の岡田です。

7月1日から就業を開始するスタッフ1名について、
社会保険・雇用保険の資格取得届の作成をお願いいたします。

　氏名：田島 紗英（たじま さえ）
　生年月日：1996年8月3日
　基礎年金番号：5203-781946
　雇用保険被保険者番号：1407-553219-8（前職で取得済み）
　就業先：株式会社ベイサイド物流 本牧センター（一般事務）
　所定労働時間：週37.5時間　時給：1,450円

雇用契約書の写しは、本日中に共有フォルダに格納いたします。
よろしくお願いいたします。

{SIG_OKADA}
""",
        personal=[P("name", "田島 紗英"), P("birthdate", "1996年8月3日"),
                  P("pension_number", "5203-781946"), P("employment_insurance_number", "1407-553219-8")]))

    # body 3: named staff member's mental-health leave told to the client
    out.append(mail(
        ORG, "matsumoto", "body", "hold", "sensitive.mental_health_leave",
        "派遣スタッフの氏名と適応障害による休職を派遣先企業に伝えているため（要配慮個人情報）。",
        MATSU, [BAY_YAMA],
        "本牧センター 一般事務スタッフの交代について",
        f"""
株式会社ベイサイド物流
人事総務課 山口 様

いつも大変お世話になっております。
ネクストワークス横浜支店の松本でございます。

本牧センターで一般事務を担当しております中川 絵里さんについて、
医師から適応障害との診断を受け、当面3か月程度休職することになりました。
ご本人からは、職場の皆様にご迷惑をおかけして申し訳ないとの言葉を預かっております。

つきましては、後任のスタッフを6月30日（月）から配置させていただきたく存じます。
後任候補のプロフィールは、別途コーディネーターの岡田よりお送りいたします。
引継ぎのため、6月26日・27日の2日間は後任者の同行を予定しております。

急なご連絡となり誠に申し訳ございません。何卒よろしくお願い申し上げます。

{SIG_MATSU}
""",
        personal=[P("name", "中川 絵里"), P("diagnosis", "適応障害")]))

    # attachment 1: staff roster for building passes
    roster = csv_text(
        ["No", "氏名", "フリガナ", "生年月日", "住所", "携帯電話", "緊急連絡先"],
        [[1, "田島 紗英", "タジマ サエ", "1996/08/03", "横浜市南区井土ケ谷9-9-9", "080-0000-3391", "045-0000-7712（実家）"],
         [2, "佐野 光", "サノ ヒカル", "1999/01/22", "横浜市中区本牧町9-9-9", "090-0000-2248", "090-0000-9935（母）"],
         [3, "川村 慎吾", "カワムラ シンゴ", "1984/05/30", "横浜市磯子区森9-9-9", "070-0000-6617", "070-0000-1120（妻）"],
         [4, "今野 千尋", "コンノ チヒロ", "1992/11/08", "川崎市幸区南幸町9-9-9", "080-0000-4459", "044-0000-3381（夫）"],
         [5, "久保 大地", "クボ ダイチ", "2001/07/17", "横浜市神奈川区反町9-9-9", "090-0000-7704", "090-0000-2215（父）"],
         [6, "渡部 香奈", "ワタナベ カナ", "1978/03/04", "横浜市中区山手町9-9-9", "080-0000-8826", "080-0000-5530（長女）"]])
    out.append(mail(
        ORG, "okada", "attachment", "hold", "list.staff_roster",
        "添付CSVが派遣スタッフ6名の氏名・生年月日・住所・携帯・緊急連絡先の名簿であるため。",
        OKADA, [BAY_YAMA],
        "入館証発行用 スタッフ名簿の送付（7月稼働分）",
        f"""
ベイサイド物流
山口様

お世話になっております。ネクストワークスの岡田です。
7月から本牧センターで稼働するスタッフ6名分の名簿を添付します。
入館証の発行をお願いいたします。

写真データは明日までに別途お送りします。
不足の項目があればお知らせください！

{SIG_OKADA}
""",
        attachments=[att("スタッフ名簿_本牧センター_2025年7月.csv", CT_CSV, roster)],
        personal=[P("name", "佐野 光"), P("address", "横浜市中区本牧町9-9-9"),
                  P("phone", "090-0000-2248"), P("name", "渡部 香奈"), P("birthdate", "1978/03/04")]))

    # attachment 2: withholding slip with My Number to an outside tax accountant
    mn = mynumber("84102937566")
    slip = (
        "令和6年分 給与所得の源泉徴収票（再発行）\n"
        "支払を受ける者\n"
        "　住所：横浜市保土ケ谷区岩井町9-9-9 グリーンハイツ201\n"
        "　氏名：宮下 涼子（ミヤシタ リョウコ）\n"
        f"　個人番号：{mn}\n"
        "種別：給料・賃金\n"
        "支払金額：2,418,600円\n"
        "給与所得控除後の金額：1,627,200円\n"
        "所得控除の額の合計額：742,310円\n"
        "源泉徴収税額：44,300円\n"
        "社会保険料等の金額：362,310円\n"
        "中途退職：令和6年11月30日\n"
        "支払者：株式会社ネクストワークス　東京都千代田区神田錦町9-9-9\n")
    out.append(mail(
        ORG, "matsumoto", "attachment", "hold", "id.mynumber_withholding_slip",
        "添付の源泉徴収票に元スタッフの住所・氏名とマイナンバーが記載され、社外の税理士事務所へ送っているため。",
        MATSU, [addr("港北税理士事務所 大森 先生", "omori@kohoku-tax.example.jp")],
        "源泉徴収票（再発行分）の送付について",
        f"""
港北税理士事務所
大森 先生

いつもお世話になっております。ネクストワークス横浜支店の松本でございます。

昨年11月に退職した元スタッフの方から、確定申告（更正の請求）のご相談を
先生の事務所にされていると伺いました。
ご本人の依頼により、再発行した源泉徴収票をPDFにてお送りいたします。

ご確認のほど、よろしくお願い申し上げます。

{SIG_MATSU}
""",
        attachments=[att("源泉徴収票_R6_再発行.pdf", CT_PDF, slip)],
        personal=[P("name", "宮下 涼子"), P("mynumber", mn),
                  P("address", "横浜市保土ケ谷区岩井町9-9-9 グリーンハイツ201")]))

    # quoted 1: candidate's résumé mail forwarded to the client
    out.append(mail(
        ORG, "murakami", "quoted", "hold", "personal.resume_forwarded",
        "転送部分に応募者の氏名・生年月日・住所・電話・家族構成を含む履歴書本文があり、派遣先候補企業へ送っているため。",
        MURA, [MMSOFT],
        "Fw: 応募書類の送付（経理スタッフ）",
        f"""
株式会社みなとみらいソフト
桑田 様

お世話になっております。ネクストワークスの村上です。
先日お話しした紹介予定派遣（経理）の候補の方から応募書類が届きましたので、
下記のとおり転送いたします。
ご経歴は条件に合致しており、7月中旬から就業可能とのことです。

{SIG_MURA}

---------- Forwarded message ---------
From: 辻 真奈美 <manami.tsuji87@gmail.com>
Date: 2025年6月16日(月) 12:33
Subject: 応募書類の送付
To: 村上 亜希 <a-murakami@nextworks.example.co.jp>

ネクストワークス 村上様

お世話になっております。辻です。履歴書の内容をお送りします。

氏名：辻 真奈美（つじ まなみ）
生年月日：1987年7月7日
住所：横浜市都筑区中川9-9-9 センター北レジデンス1105
電話：080-0000-4872
学歴：2010年3月 湘南文化大学 商学部 卒業
職歴：2010年4月〜2021年3月 株式会社港物産 経理部（月次・年次決算）
　　　2021年4月〜現在 子育てのため離職
資格：日商簿記2級
家族：夫、子2人（小学2年、年長）
希望：9:00〜16:00、在宅勤務の日があると助かります

よろしくお願いいたします。
辻 真奈美
""",
        personal=[P("name", "辻 真奈美"), P("birthdate", "1987年7月7日"),
                  P("address", "横浜市都筑区中川9-9-9 センター北レジデンス1105"),
                  P("phone", "080-0000-4872")]))

    # quoted 2: payslip forwarded to a client contact with the same surname
    out.append(mail(
        ORG, "okada", "quoted", "hold", "personal.payslip_wrong_recipient",
        "スタッフ本人宛の給与明細（氏名・支給額・振込口座）を、同姓の派遣先担当者に誤って転送しているため。",
        OKADA, [BAY_YAMA],
        "FW: 5月分給与明細（再発行）",
        f"""
山口様

お世話になっております。ネクストワークス横浜支店の岡田です。
お問い合わせいただいた5月分の明細を再送いたします。
ご確認をお願いいたします。

{SIG_OKADA}

-----Original Message-----
From: ネクストワークス 給与計算センター <kyuyo@nextworks.example.co.jp>
Sent: Thursday, June 19, 2025 3:12 PM
To: 岡田 美咲 <okada.misaki@nextworks.example.co.jp>
Subject: 5月分給与明細（再発行）

岡田さん
ご依頼の再発行分です。スタッフ様へ転送をお願いします。

【給与明細】2025年5月分
氏名：山口 彩 様（スタッフコード NW-Y-20377）
就業先：株式会社ベイサイド物流 本牧センター
基本給（時給1,450円×152h）：220,400円
時間外手当：18,125円
通勤手当：12,800円
健康保険料：-11,475円
厚生年金保険料：-21,045円
雇用保険料：-1,506円
所得税：-5,130円
差引支給額：212,169円
振込先：はまかぜ銀行 本牧支店 普通 2209471

給与計算センター
""",
        personal=[P("name", "山口 彩"), P("salary", "212,169円"),
                  P("bank_account", "本牧支店 普通 2209471")]))

    # subject only: criminal record in the subject line
    out.append(mail(
        ORG, "matsumoto", "subject", "hold", "sensitive.criminal_record_subject",
        "件名に派遣スタッフの氏名と前科（窃盗罪・執行猶予中）が書かれているため（本文には記載なし）。",
        MATSU, [SHONAN],
        "Re: 前川 由香さんの前科（窃盗罪・執行猶予中）に関するご照会",
        f"""
株式会社湘南フーズ
総務部長 石川 様

いつもお世話になっております。ネクストワークス横浜支店の松本でございます。

標記の件、ご照会いただきありがとうございます。
当社の回答を以下のとおり申し上げます。

・当該スタッフからは登録時に自己申告を受けており、当社で面談のうえ、
　現在の業務（製造ラインの検品）への就業に支障はないと判断しております。
・就業開始以降、勤怠・勤務態度に問題は報告されておりません。
・本件は個人の機微な情報にあたるため、社内でも限られた方のみでのお取扱いを
　お願いできますと幸いです。

ご不安な点がございましたら、直接お伺いしてご説明いたします。
何卒よろしくお願い申し上げます。

{SIG_MATSU}
""",
        personal=[P("name", "前川 由香"), P("criminal_record", "窃盗罪・執行猶予中")]))

    # zip (plain): staff list inside a contract-documents zip
    zlist = csv_text(
        ["氏名", "生年月日", "住所", "携帯電話", "時給", "就業開始日"],
        [["原 美咲", "1995/04/09", "藤沢市鵠沼9-9-9", "090-0000-1836", "1,350", "2025/07/01"],
         ["岸 拓海", "2000/12/25", "茅ヶ崎市中海岸9-9-9", "080-0000-6604", "1,350", "2025/07/01"],
         ["野中 恵子", "1969/09/14", "平塚市松風町9-9-9", "070-0000-2271", "1,400", "2025/07/07"]])
    terms = ("就業条件明示書（抜粋）\n"
             "派遣先：株式会社湘南フーズ 藤沢工場\n業務内容：食品製造ラインでの検品・包装\n"
             "就業時間：8:30〜17:30（休憩60分）\n派遣期間：2025年7月1日〜2025年9月30日\n"
             "指揮命令者：製造部 第二課長\n派遣元責任者：横浜支店 支店長\n")
    out.append(mail(
        ORG, "okada", "zip", "hold", "list.staff_list_in_zip",
        "ZIP内のCSVに派遣スタッフ3名の氏名・生年月日・住所・携帯番号が入っているため。",
        OKADA, [SHONAN],
        "7月稼働分 契約関係書類の送付",
        f"""
湘南フーズ
石川様

お世話になっております。ネクストワークスの岡田です。
7月稼働分の契約関係書類を ZIP にまとめてお送りします。
（個別契約書は押印後、郵送でお送りします）

ご確認をお願いいたします。

{SIG_OKADA}
""",
        attachments=[att("7月稼働分_契約関係書類.zip/スタッフ一覧.csv", CT_CSV, zlist),
                     att("7月稼働分_契約関係書類.zip/就業条件明示書.txt", CT_TXT, terms)],
        personal=[P("name", "原 美咲"), P("birthdate", "1995/04/09"), P("phone", "080-0000-6604")]))

    # recipients: 13 staff private addresses visible in To
    staff = [
        ("田島 紗英", "sae.tajima0803@gmail.com"),
        ("佐野 光", "hikaru.sano.99@gmail.com"),
        ("川村 慎吾", "kawamura-shingo@yahoo.co.jp"),
        ("今野 千尋", "chihiro.konno@outlook.com"),
        ("久保 大地", "daichi.kubo.0717@gmail.com"),
        ("渡部 香奈", "kana_watanabe78@yahoo.co.jp"),
        ("原 美咲", "misaki.hara.95@gmail.com"),
        ("岸 拓海", "takumi.kishi1225@gmail.com"),
        ("野中 恵子", "keiko.nonaka@yahoo.co.jp"),
        ("辻 真奈美", "manami.tsuji87@gmail.com"),
        ("西岡 直樹", "naoki.nishioka.qa@outlook.com"),
        ("山口 彩", "aya.yamaguchi.w@gmail.com"),
        ("宮本 翔", "sho.miyamoto.nw@gmail.com"),
    ]
    out.append(mail(
        ORG, "okada", "recipients", "hold", "recipients.visible_private_addresses",
        "派遣スタッフ13名の個人メールアドレスが To に並び、互いに見える状態で送っているため。",
        OKADA, [addr(n, e) for n, e in staff],
        "【重要】7月分勤怠の締め日変更について",
        f"""
スタッフの皆さま

いつもお仕事おつかれさまです。ネクストワークス横浜支店の岡田です。

システム更新のため、7月分の勤怠の締め日が下記のとおり変更になります。

　変更前：7月31日（木）
　変更後：7月29日（火）※30日・31日分は8月分として計上されます

給与のお支払日（翌月15日）に変更はありません。
勤怠アプリの入力は、いつもどおり毎日の退勤後にお願いします。

ご不明な点は、岡田（045-0000-5512）までお気軽にご連絡ください。

{SIG_OKADA}
"""))

    # ------------------------------------------------------------ PASSES
    # minimal employment verification with consent
    out.append(mail(
        ORG, "matsumoto", "none", "pass", "benign.employment_verification_consent",
        "本人の同意書に基づく在籍確認で、在籍期間と職種だけを回答し給与や健康等には触れていないため。",
        MATSU, [addr("ほくと保証 審査部 在籍確認係", "zaiseki@hokuto-hosho.example.co.jp")],
        "在籍確認のご回答（受付番号 HK-250611-0342）",
        f"""
株式会社ほくと保証
審査部 在籍確認係 御中

お世話になっております。株式会社ネクストワークス横浜支店の松本でございます。
ご依頼のありました在籍確認について、ご本人の同意書（6月10日付）に基づき、
以下の範囲で回答いたします。

　対象者：石橋 亮介 様
　在籍　：あり（2021年4月1日入社、現在も在籍）
　雇用形態：無期雇用派遣社員
　職種　：一般事務

給与額・評価その他の事項につきましては、当社の規程により回答を控えさせていただきます。
何卒ご了承ください。

{SIG_MATSU}
"""))

    # successor introduction with congratulations
    out.append(mail(
        ORG, "murakami", "none", "pass", "benign.successor_congratulations",
        "昇進のお祝いと営業担当交代のあいさつで、業務上の氏名と連絡先しか含まないため。",
        MURA, [MMSOFT],
        cc=[addr("松井 達也", f"t.matsui@{D}")],
        subject="ご昇進のお祝いと担当者変更のご挨拶",
        text=f"""
株式会社みなとみらいソフト
開発部 部長 桑田 洋平 様

いつも大変お世話になっております。ネクストワークスの村上です。

このたびは開発部長へのご昇進、誠におめでとうございます。
社内報で拝見し、チームの皆様も喜ばれていることと存じます。

また、私事で恐縮ですが、7月1日付で東京本社の新規事業部へ異動することとなりました。
これまで温かいご指導をいただき、心より感謝申し上げます。

後任は、同じ法人営業グループの松井 達也が担当いたします。
IT 分野の派遣・紹介を5年以上担当しており、安心してお任せいただけると思います。
近日中に松井と二人でご挨拶に伺わせてください。

　後任：松井 達也　TEL 045-0000-5537　t.matsui@nextworks.example.co.jp

今後ともネクストワークスをよろしくお願い申し上げます。

{SIG_MURA}
"""))

    # invoice with corporate bank account
    inv = ("請求書\n請求番号：NW-YK-2506-0412\n請求日：2025年6月30日\n"
           "株式会社ベイサイド物流 御中\n件名：2025年6月分 派遣料金\n"
           "一般事務（6名）　稼働 912 時間 × 2,150円 = 1,960,800円\n"
           "時間外（125%）　 41 時間 × 2,688円 =   110,208円\n"
           "小計 2,071,008円　消費税（10%）207,100円　合計 2,278,108円\n"
           "お振込先：はまかぜ銀行 横浜駅前支店 当座 0081245 カ）ネクストワークス\n"
           "お支払期限：2025年7月31日\n"
           "登録番号（適格請求書発行事業者）：T9010001099887\n")
    out.append(mail(
        ORG, "okada", "none", "pass", "benign.invoice_corporate_account",
        "派遣料金の請求書で、振込先は当社の法人口座、番号は請求番号と適格請求書の登録番号のため。",
        OKADA, [addr("ベイサイド物流 経理課", "keiri@bayside-butsuryu.example.co.jp")],
        cc=[BAY_YAMA],
        subject="2025年6月分 派遣料金のご請求書送付",
        text=f"""
株式会社ベイサイド物流
経理課 御中
（CC：人事総務課 山口様）

いつもお世話になっております。ネクストワークス横浜支店の岡田です。
6月分の派遣料金のご請求書を PDF にてお送りいたします。

ご請求金額：2,278,108円（税込）
お支払期限：2025年7月31日

原本が必要な場合はお知らせください。よろしくお願いいたします。

{SIG_OKADA}
""",
        attachments=[att("請求書_NW-YK-2506-0412.pdf", CT_PDF, inv)]))

    # account change notice (corporate)
    out.append(mail(
        ORG, "matsumoto", "none", "pass", "benign.account_change_corporate",
        "当社の振込先口座（法人口座）変更の案内で、個人の口座情報ではないため。",
        MATSU, [addr("湘南フーズ 経理部", "keiri@shonan-foods.example.co.jp")],
        bcc=[addr("ベイサイド物流 経理課", "keiri@bayside-butsuryu.example.co.jp"),
             addr("みなとみらいソフト 経理", "keiri@mm-soft.example.co.jp")],
        subject="【重要】お振込先口座変更のお知らせ（ネクストワークス横浜支店）",
        text=f"""
お取引先各位

拝啓 時下ますますご清祥のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、このたび当社の経理業務の集約に伴い、2025年8月ご請求分より
お振込先口座を下記のとおり変更させていただくことになりました。

【変更前】はまかぜ銀行 横浜駅前支店 当座 0081245
【変更後】みらい中央銀行 本店営業部 普通 5527310
　　　　　口座名義：カ）ネクストワークス

7月ご請求分までは変更前の口座へお振込みください。
なお、当社から口座変更をメールのみでお願いすることはございません。
念のため、担当営業または支店代表（045-0000-5500）にお電話でご確認ください。

お手数をおかけしますが、何卒よろしくお願い申し上げます。
敬具

{SIG_MATSU}
"""))

    # company names containing surnames
    out.append(mail(
        ORG, "murakami", "none", "pass", "benign.company_names_with_surnames",
        "名字を含むのは取引先の会社名で、代表電話も会社の番号のため個人情報ではないため。",
        MURA, [addr("ハマリクルート広告 営業部 吉野", "yoshino@hama-ad.example.co.jp")],
        subject="7月の合同求人キャンペーン 対象企業リスト",
        text=f"""
ハマリクルート広告
吉野 様

お世話になっております。ネクストワークスの村上です。
7月の「横浜・川崎 ものづくり企業 合同求人キャンペーン」の対象企業が決まりました。
各社とも掲載の了承をいただいています。

1. 株式会社田中製作所（横浜市金沢区／精密板金）代表 045-0000-1201
2. 佐藤運輸株式会社（川崎市川崎区／倉庫・配送）代表 044-0000-3380
3. 鈴木精機株式会社（横浜市都筑区／工作機械部品）代表 045-0000-9020
4. 高橋商事株式会社（横浜市鶴見区／資材商社）代表 045-0000-4476
5. 渡辺ロジテック株式会社（川崎市高津区／物流センター運営）代表 044-0000-6612
6. 有限会社小林鉄工所（横浜市港南区／溶接・製缶）代表 045-0000-2258

原稿の締切は7月4日（金）です。取材日程は各社と直接調整いただいて構いません。

{SIG_MURA}
"""))

    # English to a foreign-affiliated client
    out.append(mail(
        ORG, "murakami", "none", "pass", "benign.english_client_forecast",
        "外資系顧客への人員計画と料金の提案で、個人に関する情報を含まないため。",
        MURA, [addr("Katrin Vogel", "k.vogel@nordlicht-japan.example.com")],
        cc=[addr("佐藤 一郎（Nordlicht Japan 総務）", "i.sato@nordlicht-japan.example.com")],
        subject="Headcount forecast for Q3 and updated bill rates",
        text=f"""
Dear Ms. Vogel,

Thank you for taking the time to meet with us last Friday.

As discussed, here is our proposal for the third quarter:

- Warehouse operators (Daikoku DC): 12 -> 18 staff from 1 August
- Bilingual customer support (Minatomirai office): 3 -> 4 staff from 1 September
- Bill rates (per hour, excl. tax):
    Warehouse operator     JPY 2,150 (unchanged)
    Bilingual support      JPY 3,100 (from JPY 2,950, reflecting market rates)

We would need your confirmation by 11 July to start recruiting for the August start.
Mr. Sato has kindly agreed to arrange a site tour for our coordinators next week.

Kind regards,

{SIG_MURA_EN}
"""))

    # disability employment rate, aggregates only
    out.append(mail(
        ORG, "matsumoto", "none", "pass", "benign.disability_employment_rate",
        "障害者雇用率や人数は会社単位の集計値で、特定の個人の障害情報は含まないため。",
        MATSU, [SHONAN],
        subject="障害者雇用の推進に関するご提案（資料送付）",
        text=f"""
株式会社湘南フーズ
総務部長 石川 様

先日はお時間をいただき、ありがとうございました。
ネクストワークス横浜支店の松本でございます。

お打合せでお話のありました障害者雇用について、ポイントを整理いたしました。

・法定雇用率：2.5%（2026年7月から 2.7%）
・貴社の常用労働者数 約420名 → 必要な雇用数 10.5名（2026年7月以降 11.3名）
・現状（6月1日時点のご報告値）：8.5名（雇用率 2.02%）
・不足分：2名程度

当社からは、以下の支援をご提案いたします。
1. 製造補助・事務補助の業務切り出しワークショップ（2回）
2. 地域の就労移行支援事業所との職場実習のコーディネート
3. 採用後6か月間の定着支援（月1回の面談）

詳細なお見積りは来週お持ちいたします。

{SIG_MATSU}
"""))

    # mail to the staff member themself
    out.append(mail(
        ORG, "okada", "none", "pass", "benign.staff_own_assignment",
        "就業先や時給などの情報を本人宛てに送る就業開始の案内で、第三者への提供ではないため。",
        OKADA, [addr("田島 紗英", "sae.tajima0803@gmail.com")],
        subject="7月1日からのお仕事について（就業開始のご案内）",
        text=f"""
田島 紗英 さん

こんにちは。ネクストワークス横浜支店の岡田です。
先日はご面談ありがとうございました！
7月1日からのお仕事の内容が確定しましたので、ご案内します。

　就業先：株式会社ベイサイド物流 本牧センター 2階 事務所
　業務内容：入出荷データの入力、電話応対、備品管理
　就業時間：9:00〜17:30（休憩60分）
　時給：1,450円（交通費は別途実費支給）
　初日：8:45に本牧センター正面入口にお越しください。私がお迎えします。
　持ち物：筆記用具、上履き（スリッパ不可）、印鑑

入館証は初日に受付でお渡しします。
ご不明な点があれば、いつでもご連絡くださいね。

{SIG_OKADA}
"""))

    # workplace-visit scheduling chain, candidate anonymised
    out.append(mail(
        ORG, "murakami", "none", "pass", "benign.workplace_visit_chain",
        "職場見学の日程調整で、候補者は属性のみの匿名表記、他は担当者名と署名だけのため。",
        MURA, [MMSOFT],
        subject="Re: Re: 職場見学の日程について（経理・紹介予定派遣）",
        text=f"""
桑田 様

ご調整ありがとうございます。ネクストワークスの村上です。
それでは、6月26日（木）15:00〜15:30 で職場見学を確定とさせていただきます。
当日は私も同行いたします。受付で「ネクストワークス 村上」とお伝えします。

候補の方（30代・経理経験10年・日商簿記2級）にも、日時を連絡いたしました。

{SIG_MURA}

2025年6月19日(木) 11:20 桑田 洋平 <kuwata@mm-soft.example.co.jp>:
> 村上様
>
> お世話になっております。みなとみらいソフトの桑田です。
> 職場見学ですが、6月26日（木）の15時からでいかがでしょうか。
> 当日は経理課長の島田も同席します。
>
> ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
> 株式会社みなとみらいソフト 開発部 部長
> 桑田 洋平（Yohei Kuwata）
> 〒220-0000 横浜市西区みなとみらい9-9-9 MMタワー15F
> TEL 045-0000-8800 ／ 携帯 090-0000-8801
> https://www.mm-soft.example.co.jp/
> ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
>
>> 桑田様
>> 経理の候補の方の職場見学について、来週のご都合はいかがでしょうか。
>> ネクストワークス 村上
"""))

    # staff absent with "体調不良" only
    out.append(mail(
        ORG, "okada", "none", "pass", "benign.absence_unwell_only",
        "欠勤理由は「体調不良」とだけ伝えており、病名など要配慮情報は含まないため。",
        OKADA, [addr("ベイサイド物流 本牧センター 現場リーダー 大木", "oki@bayside-butsuryu.example.co.jp")],
        subject="本日のスタッフ欠勤と代替について",
        text=f"""
本牧センター
大木様

お世話になっております。ネクストワークスの岡田です。
スタッフの佐野さんから、体調不良のため本日お休みしたいと連絡がありました。
急なご連絡で申し訳ありません。

代わりに、同センターでの就業経験がある久保さんが10時から入れます。
作業内容は入荷検品で問題ないでしょうか。

明日以降の出勤については、佐野さんと改めて確認してご連絡いたします。

{SIG_OKADA}
"""))

    return out
