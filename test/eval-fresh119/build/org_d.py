"""Org D: 桜井・丹羽法律事務所 (labour and family law firm)."""
from common import (T, J, addr, quote, gmail_attr, outlook_header, text_table, box_table,
                    csv_text, att, enc_zip, P, mail, jd, sd)

ORG = "D"
DOM = "sakurai-niwa-law.example.jp"

NIWA = addr("弁護士 丹羽 修一", f"niwa@{DOM}")
KOMATSU = addr("小松 恵理", f"komatsu.eri@{DOM}")
HORIKAWA = addr("Rena Horikawa 堀川 玲奈", f"r.horikawa@{DOM}")

SIG_NIWA = T(f"""
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
桜井・丹羽法律事務所
弁護士　丹羽 修一（第一東京弁護士会）
〒105-0000 東京都港区虎ノ門3-8-21 虎ノ門ウエストビル7階
TEL 03-0000-4580　FAX 03-0000-4581
E-mail niwa@{DOM}
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
""")

SIG_KOMATSU = T("""
--
桜井・丹羽法律事務所
パラリーガル 小松 恵理
03-0000-4580（代）
""")

SIG_HORIKAWA = T(f"""
Best regards,

Rena Horikawa ／ 堀川 玲奈
Attorney at Law (Japan / New York)
Sakurai & Niwa Law Offices ／ 桜井・丹羽法律事務所
7F Toranomon West Bldg., 3-8-21 Toranomon, Minato-ku, Tokyo 105-0000
T: +81-3-0000-4580 ｜ r.horikawa@{DOM}
https://www.{DOM}/en/

CONFIDENTIALITY: This e-mail may contain privileged information. If you are not the
intended recipient, please delete it and notify the sender. 本メールは秘匿特権の対象となる
情報を含む場合があります。誤って受信された場合は削除のうえご連絡ください。
""")


def mails():
    out = []

    # ------------------------------------------------------------ holds
    # H1 body: opposing employee's diagnosis summarised to client HR
    out.append(mail(
        ORG, "D1", "body", "hold", "sensitive.employee_diagnosis_to_client_hr",
        "A lawyer's summary to the client's HR spells out a named employee's adjustment disorder and clinic.",
        NIWA, [addr("ミヤコ物流 人事部長 川上様", "kawakami.t@miyako-logi.example.co.jp")],
        "労働審判申立書の概要について",
        J(T("""
        株式会社ミヤコ物流
        人事部長　川上 達也 様

        拝啓　平素より格別のご高配を賜り、厚く御礼申し上げます。
        昨日裁判所より送達されました労働審判申立書につきまして、
        取り急ぎその概要を下記のとおりご報告申し上げます。

        記

        1 申立人　　今泉 俊 氏（物流センター 主任、2016年入社）
        2 請求　　　地位確認、未払賃金、慰謝料 300万円
        3 主張の骨子
        　(1) 2024年秋以降、上司から継続的な叱責を受け、
        　　  2025年1月に「適応障害」との診断を受けた（すずらんメンタルクリニック 高木医師）。
        　(2) 診断書には「抑うつ気分、不眠、希死念慮あり。3か月の休業加療を要する」との記載がある。
        　(3) 休職期間満了による退職扱いは、業務上の疾病であり無効である。
        4 第1回期日　2025年7月9日（水）午後1時30分

        以上

        答弁書の提出期限は6月30日です。
        つきましては、当時の上司の方からの聴き取りの日程を調整させていただきたく存じます。

        【当方の対応方針（案）】
        　(1) 叱責の具体的内容・頻度について、上司および同僚2名から聴き取りを行う
        　(2) 休職発令時の手続（産業医面談、復職可否判断の記録）を確認する
        　(3) 業務起因性を争うか、早期解決（解決金）を視野に入れるかを、第1回期日前にご相談する
        【ご準備いただきたい資料】
        　・就業規則（休職規程を含む）および改定履歴
        　・申立人の2024年4月以降の勤怠記録、時間外労働の実績
        　・休職発令通知書、休職期間満了通知書の控え
        　・産業医面談記録（会社保管分）
        　・社内ハラスメント相談窓口への相談の有無がわかる記録

        敬具
        """), "", SIG_NIWA, "",
          gmail_attr("2025年6月12日(木)", "18:47", "川上 達也", "kawakami.t@miyako-logi.example.co.jp"),
          quote(T("""
          丹羽先生

          いつもお世話になっております。ミヤコ物流の川上です。
          本日、東京地裁から封筒が届きました。労働審判の申立書のようです。
          原本はスキャンして総務からお送りします。
          取り急ぎ、内容の概要と今後の進め方をご教示いただけますでしょうか。
          第1回の期日には私も同行する予定です。

          ――――――――――――――――
          株式会社ミヤコ物流 人事部長
          川上 達也
          TEL 03-0000-8801
          ――――――――――――――――
          """))),
        personal=[P("name", "今泉 俊"), P("diagnosis", "適応障害"),
                  P("diagnosis", "抑うつ気分、不眠、希死念慮あり")]))

    # H2 body: father's criminal record and child's details to an outside psychologist
    out.append(mail(
        ORG, "D2", "body", "hold", "sensitive.criminal_record_in_family_case",
        "A child's name, birth date and school and the father's assault conviction go to an outside psychologist.",
        KOMATSU, [addr("こころの相談室ひだまり 臨床心理士 西尾先生", "nishio@hidamari-counseling.example.jp")],
        "面会交流の件 事前資料(小松)",
        J(T("""
        西尾先生

        桜井・丹羽法律事務所 パラリーガルの小松です。
        丹羽弁護士より、来週の面談の前に基本情報をお送りするよう指示がありましたので共有します。

        ■お子さん
        　氏名：三上 陽翔（みかみ はると）
        　生年月日：2017年4月19日（8歳）
        　学校：目黒区立鷹番小学校 3年
        ■父（相手方）
        　氏名：三上 直樹
        　2023年に傷害罪で罰金50万円（妻への暴行）。2024年に保護命令発令済み。
        ■母（依頼者）
        　現在、子と二人で都内の支援施設を経て賃貸住宅に居住

        面会交流の可否・方法について、子の心理面からのご意見をいただきたいとのことです。
        面談日程は 6/18(水) 14:00〜 で先生のカウンセリングルームにて、と伺っています。
        """), "", SIG_KOMATSU),
        personal=[P("name", "三上 陽翔"), P("birth_date", "2017年4月19日"),
                  P("name", "三上 直樹"), P("criminal_record", "傷害罪で罰金50万円")]))

    # H3 body: passport and residence card numbers to a translation vendor
    out.append(mail(
        ORG, "D3", "body", "hold", "id.passport_residence_card_to_translator",
        "A worker's passport and residence-card numbers are typed into a translation request to a vendor.",
        HORIKAWA, [addr("Global Words 翻訳事業部 Coordinator", "coordinator@globalwords.example.com")],
        "Translation request — wage claim documents (Vietnamese → Japanese)",
        J(T("""
        Dear Coordinator,

        堀川です。Please find our new translation request below.
        依頼者の本人確認書類と陳述書(ベトナム語)の和訳をお願いしたいです。

        Client: NGUYEN THI LAN（グエン・ティ・ラン）
        Passport No.: C4829173 (Viet Nam, exp. 2031-03-14)
        在留カード番号: RK38140276EA（特定技能1号）
        Documents: passport copy (2 pages), 陳述書 (6 pages), LINE messages with the employer (approx. 40 screenshots)

        Deadline: 7/4 (Fri) noon — 労働審判の申立てに使います。
        Please keep the same translator as last time if possible.

        Thanks!
        """), "", SIG_HORIKAWA),
        personal=[P("name", "NGUYEN THI LAN"), P("passport", "C4829173"),
                  P("residence_card", "RK38140276EA")]))

    # H4 attachment: overtime-claimant CSV with addresses and claimed amounts
    rows = [
        ["原告1", "井上 雄大", "2018/04/01", "千葉県船橋市本町6-3-11", "2,184,300"],
        ["原告2", "柴田 慎也", "2019/10/01", "東京都江戸川区西葛西5-9-2-404", "1,765,020"],
        ["原告3", "大石 亮太", "2020/04/01", "千葉県市川市八幡2-15-7", "1,402,880"],
        ["原告4", "早川 恭平", "2017/07/16", "東京都葛飾区新小岩1-44-3", "2,630,450"],
        ["原告5", "宮田 沙織", "2021/04/01", "千葉県浦安市当代島3-1-20", "918,600"],
    ]
    out.append(mail(
        ORG, "D2", "attachment", "hold", "list.overtime_claimants_csv",
        "A CSV of five claimants with home addresses and claimed amounts is attached for an outside labour consultant.",
        KOMATSU, [addr("社会保険労務士 坂井事務所 坂井先生", "sakai@sakai-sr.example.jp")],
        "未払残業代 計算の件(ベイサイド運輸事件)",
        J(T("""
        坂井先生

        いつもお世話になっております、小松です。
        ベイサイド運輸事件の原告一覧を添付します。各人の請求額は当方の暫定計算です。
        先生のほうで、深夜割増と固定残業代の扱いについて検算いただけますでしょうか。

        | 項目 | 内容 |
        |---|---|
        | 原告数 | 5名 |
        | 対象期間 | 2022年7月〜2025年6月 |
        | 暫定請求額合計 | 約890万円 |
        | 訴状提出予定 | 8月上旬 |

        よろしくお願いいたします。
        """), "", SIG_KOMATSU),
        attachments=[att("原告一覧_暫定請求額.csv",
                         csv_text(["区分", "氏名", "入社日", "住所", "請求額(円)"], rows))],
        personal=[P("name", "井上 雄大"), P("address", "千葉県船橋市本町6-3-11"),
                  P("debt", "2,184,300"), P("name", "早川 恭平"), P("address", "東京都葛飾区新小岩1-44-3")]))

    # H5 attachment: PPAP statement draft to the client herself
    out.append(mail(
        ORG, "D1", "attachment", "hold", "personal.ppap_statement_to_client",
        "A statement draft is sent as a password-protected zip with the password in a follow-up mail (PPAP).",
        NIWA, [addr("三上 綾香", "ayaka.mikami.0621@gmail.com")],
        "陳述書（案）の送付",
        J(T("""
        三上 綾香 様

        いつもお世話になっております。桜井・丹羽法律事務所の丹羽でございます。
        先日お打合せいたしました内容を踏まえ、陳述書（案）を作成いたしましたので送付いたします。
        ファイルにはパスワードを設定しております。パスワードは次のメールでお知らせいたします。

        事実関係や日付に誤りがございましたら、朱書きでご指摘いただければ幸いです。
        6月20日（金）までにご確認いただけますと助かります。

        どうぞよろしくお願いいたします。
        """), "", SIG_NIWA),
        attachments=[enc_zip("陳述書案_三上様_0612.zip")],
        personal=[P("encrypted_zip", "陳述書案_三上様_0612.zip")]))

    # H6 quoted: DV client's message with shelter info quoted to a transcription vendor
    q = T("""
    小松さん

    三上です。お世話になっております。
    夫との会話の録音（3月分、4本）をギガファイル便で送りました。殴られた日の録音も入っています。
    今は子どもと一緒に、区の紹介で 横浜市港北区の母子生活支援施設「みなと寮」 にいます。
    夫に居場所が知られるのが一番怖いので、郵便物はこちらではなく実家にお願いします。
    携帯：080-0000-6219

    三上 綾香
    """)
    out.append(mail(
        ORG, "D2", "quoted", "hold", "sensitive.quoted_dv_client_to_transcription_vendor",
        "A DV client's message with the shelter she is hiding in is quoted under a transcription order to a vendor.",
        KOMATSU, [addr("速記センター東京 受付", "uketsuke@sokki-tokyo.example.co.jp")],
        "Re: 録音データの件",
        J(T("""
        速記センター東京 ご担当者様

        桜井・丹羽法律事務所の小松です。反訳のご依頼です。
        下記メールにある録音4本（合計約96分）の反訳をお願いします。
        音声データはこのあと共有リンクをお送りします。

        ・納期：6/27(金)
        ・形式：逐語、話者は「夫」「妻」で表記
        ・請求先：当事務所
        """), "", SIG_KOMATSU, "",
          gmail_attr("2025年6月10日(火)", "23:41", "三上 綾香", "ayaka.mikami.0621@gmail.com"),
          quote(q)),
        personal=[P("name", "三上 綾香"), P("crime_victim", "殴られた日の録音"),
                  P("address", "横浜市港北区の母子生活支援施設「みなと寮」"),
                  P("phone", "080-0000-6219")]))

    # H7 quoted: intake memo with religion and residence card quoted to interpreter agency
    q = T("""
    Rena先生

    Intake memo です（6/30 初回相談）。

    Client: MD RAHIM UDDIN（ラヒム・ウッディン）、バングラデシュ国籍
    在留カード: WS71604428KB（技能実習2号）
    Religion: Muslim — 1日5回の礼拝あり。審判期日は12:30前後に礼拝の時間が必要とのこと。
    Claim: 残業代未払い、パスポートの取上げ（監理団体経由）
    Language: ベンガル語（日本語は日常会話程度）

    Facts (client's account):
    - 2022/11 来日、千葉県内の食品加工工場に配属（技能実習2号）
    - 所定は8:00-17:00だが、繁忙期は22:00頃まで。タイムカードは17:00で打刻させられていた
    - 2024/3 監理団体の担当者にパスポートを「預かる」と言われ、以後返却なし
    - 2025/5 寮の家賃として月3万円が給与から控除されていたことに気づく（説明なし）
    - 2025/6 社長に残業代を求めたところ、「帰国させる」と言われた
    Evidence:
    - 本人スマホのGPS履歴（2024/1〜）、同僚とのLINE、給与明細 18か月分
    - 同僚2名（同国籍）が証言可能とのこと、ただし報復を恐れている
    Next steps:
    - 7/3 労働基準監督署への申告同行
    - 7/9 労働審判期日（通訳手配要）
    - 監理団体・受入企業への内容証明（パスポート返還請求）

    佐藤
    """)
    out.append(mail(
        ORG, "D3", "quoted", "hold", "sensitive.quoted_religion_residence_card_to_interpreter",
        "An intake memo with the client's religion and residence-card number is quoted under a booking sent to an interpreter agency.",
        HORIKAWA, [addr("Tokyo Court Interpreters 予約係", "booking@tci-interpreters.example.com")],
        "Re: Intake — 7/9 hearing",
        J(T("""
        Dear Booking Team,

        Please arrange a Bengali interpreter for our 労働審判 hearing:
        - Date: 2025/7/9 (Wed) 13:30–16:00
        - Place: 東京地方裁判所 労働審判廷
        - Pre-meeting at our office: 7/7 (Mon) 10:00–12:00

        Background is in the memo below FYI. 見積書は当事務所宛でお願いします。
        """), "", SIG_HORIKAWA, "",
          gmail_attr("2025年7月1日(火)", "9:12", "佐藤 航", f"sato.wataru@{DOM}"),
          quote(q)),
        personal=[P("name", "MD RAHIM UDDIN"), P("residence_card", "WS71604428KB"),
                  P("religion", "Muslim")]))

    # H8 subject: criminal record and name in subject line
    out.append(mail(
        ORG, "D1", "subject", "hold", "sensitive.subject_criminal_record",
        "The subject line pairs an employee's name with a theft conviction sent to the client company.",
        NIWA, [addr("ミヤコ物流 人事部長 川上様", "kawakami.t@miyako-logi.example.co.jp")],
        "石原 和也氏の窃盗の前科（懲戒解雇事由）に関するご相談",
        J(T("""
        川上様

        いつもお世話になっております。丹羽でございます。
        標記の件につきまして、明日10時にお電話差し上げてもよろしいでしょうか。
        ご都合が悪いようでしたら、候補時間をお知らせください。
        """), "", SIG_NIWA),
        personal=[P("name", "石原 和也"), P("criminal_record", "窃盗の前科")]))

    # H9 zip: overtime calculation workbook export in a plain zip to an accountant
    rows = [
        ["井上 雄大", "2024/04", "221.5", "62.0", "18.5", "168,420"],
        ["柴田 慎也", "2024/04", "208.0", "48.5", "22.0", "141,905"],
        ["大石 亮太", "2024/04", "196.5", "37.5", "9.0", "98,760"],
        ["早川 恭平", "2024/04", "232.0", "71.0", "25.5", "203,118"],
        ["宮田 沙織", "2024/04", "180.0", "21.0", "4.0", "52,300"],
    ]
    cond = T("""
    計算条件（暫定）
    ・所定労働時間：1日8時間、月平均所定 168.0時間
    ・割増率：時間外25%、深夜25%、法定休日35%
    ・固定残業代（月30時間分）は有効性を争うため控除せず
    ・付加金は別途
    """)
    out.append(mail(
        ORG, "D2", "zip", "hold", "list.timecard_roster_plain_zip",
        "An unencrypted zip holds named employees' monthly hours and unpaid amounts for an outside accountant.",
        KOMATSU, [addr("公認会計士 北原事務所 北原先生", "kitahara@kitahara-cpa.example.jp")],
        "ベイサイド運輸 タイムカード集計(2024年4月分サンプル)",
        J(T("""
        北原先生

        小松です。先日お願いした検証用のデータ、まず2024年4月分だけ送ります。
        zipの中に集計表(CSV)と計算条件のメモを入れてあります。
        問題なければ全期間分(36か月)をお送りします。
        """), "", SIG_KOMATSU),
        attachments=[att("タイムカード集計.zip/集計_202404.csv",
                         csv_text(["氏名", "対象月", "総労働時間", "時間外", "深夜", "未払額(円)"], rows)),
                     att("タイムカード集計.zip/計算条件.txt", cond)],
        personal=[P("name", "柴田 慎也"), P("debt", "141,905"), P("name", "早川 恭平"),
                  P("debt", "203,118"), P("name", "宮田 沙織")]))

    # H10 recipients: seminar invitation with 12 HR contacts visible in To
    hr = [
        ("ミヤコ物流 川上様", "kawakami.t@miyako-logi.example.co.jp"),
        ("Bayside Unyu HR", "jinji@bayside-unyu.example.co.jp"),
        ("東京ケミカル 人事部", "hr@tokyo-chemical.example.co.jp"),
        ("Sunrise Foods 人事 Ms. Ota", "ota.m@sunrise-foods.example.com"),
        ("ひかり介護サービス 総務", "somu@hikari-kaigo.example.jp"),
        ("マルサン建設 労務課", "romu@marusan-kensetsu.example.co.jp"),
        ("Nordic Design Japan HR", "hr.japan@nordic-design.example.com"),
        ("青葉システム 人事 藤田様", "fujita@aoba-system.example.co.jp"),
        ("湾岸ホテルズ 人事部", "jinji@wangan-hotels.example.co.jp"),
        ("ケイヨー精工 総務部", "soumu@keiyo-seiko.example.co.jp"),
        ("Pacific Staffing 佐野様", "sano.k@pacific-staffing.example.com"),
        ("東都フードサービス 人事", "jinji@toto-food.example.co.jp"),
    ]
    out.append(mail(
        ORG, "D3", "recipients", "hold", "recipients.seminar_invitation_in_to",
        "Twelve HR contacts of different client companies can all see each other in To.",
        HORIKAWA, [addr(n, e) for n, e in hr],
        "【Invitation】外国人雇用と労務リスク セミナー（7/24）",
        J(T("""
        人事ご担当者の皆様

        いつもお世話になっております。桜井・丹羽法律事務所の堀川です。
        下記のとおり、クライアント企業様向けのセミナーを開催いたします。

        ■ Topic：外国人雇用と労務リスク — 特定技能・育成就労への移行を見据えて
        ■ Date：2025年7月24日（木）15:00–17:00
        ■ Venue：当事務所セミナールーム／Zoom併用
        ■ Speakers：弁護士 丹羽 修一、弁護士 堀川 玲奈
        ■ Fee：無料（顧問先様）

        Please RSVP by 7/17. ご質問も事前に受け付けております。
        """), "", SIG_HORIKAWA),
        personal=[P("email", e) for _, e in hr]))

    # ------------------------------------------------------------ passes
    # P1 minimal employment verification with consent
    out.append(mail(
        ORG, "D2", "none", "pass", "benign.employment_verification_with_consent",
        "A minimal employment verification (dates and title only) given after receiving the former employee's consent form.",
        KOMATSU, [addr("リーガルキャリア・エージェント 渡辺様", "watanabe@legal-career.example.co.jp")],
        "Re: 在籍確認のご依頼(藤本 彩様)",
        J(T("""
        リーガルキャリア・エージェント
        渡辺様

        桜井・丹羽法律事務所の小松です。
        藤本様ご本人の同意書(7/14付)を確認しましたので、以下のとおり回答いたします。

        在籍期間：2019年4月1日〜2024年3月31日
        職名：パラリーガル(正職員)

        上記以外の事項(勤務評価、退職理由等)についてはお答えしておりません。
        ご了承ください。
        """), "", SIG_KOMATSU)))

    # P2 hearing date arrangement with opposing counsel, heavy signatures
    out.append(mail(
        ORG, "D1", "none", "pass", "benign.hearing_schedule_opposing_counsel",
        "Scheduling between lawyers that names counsel, a court clerk and a case number only.",
        NIWA, [addr("弁護士 宮内 康介", "miyauchi@miyauchi-law.example.jp")],
        cc=[addr("弁護士 大谷 玲子", "otani@miyauchi-law.example.jp")],
        subject="令和7年（労）第512号 第2回期日の調整について",
        text=J(T("""
        宮内法律事務所
        弁護士　宮内 康介 先生
        （CC：弁護士　大谷 玲子 先生）

        拝啓　時下ますますご清栄のこととお慶び申し上げます。
        標記事件につきまして、裁判所書記官の野村様より、第2回期日の候補として
        下記日程のご提示がございました。

        　①2025年8月6日（水）午前10時
        　②2025年8月8日（金）午後1時30分
        　③2025年8月20日（水）午後3時

        当方はいずれも差し支えございません。
        先生のご都合をお知らせいただけましたら、当方から書記官にまとめてご回答いたします。

        敬具
        """), "", SIG_NIWA, "",
          gmail_attr("2025年7月10日(木)", "17:02", "弁護士 宮内 康介", "miyauchi@miyauchi-law.example.jp"),
          quote(T("""
          丹羽先生

          第1回期日ではお世話になりました。
          次回期日の件、書記官から連絡があり次第ご相談させてください。

          ――――――――――――――――――――
          宮内法律事務所
          弁護士　宮内 康介（東京弁護士会）
          〒102-0000 東京都千代田区麹町4-2-7 麹町MKビル3階
          TEL 03-0000-6120　FAX 03-0000-6121
          ――――――――――――――――――――
          """)))))

    # P3 retainer invoice with SWIFT details of the firm's corporate account
    out.append(mail(
        ORG, "D3", "none", "pass", "benign.retainer_invoice_swift",
        "A retainer invoice to a foreign corporate client with the firm's own bank and SWIFT details.",
        HORIKAWA, [addr("Nordic Design Japan — Finance", "finance.japan@nordic-design.example.com")],
        "Invoice SN-2025-0417 — Retainer fee (Q3)",
        J(T("""
        Dear Finance Team,

        Please find below our invoice for the Q3 retainer. PDF version follows by post.

        Invoice No.: SN-2025-0417
        Amount: JPY 495,000 (incl. consumption tax)
        Due date: 31 July 2025

        Bank: Minato Trust Bank, Toranomon Branch
        SWIFT/BIC: MNTBJPJT
        Account: 0648213 (Ordinary)
        Account name: SAKURAI & NIWA LAW OFFICES
        Registration No. (適格請求書): T8010401088312

        Kindly quote the invoice number in the remittance reference. Thank you!
        """), "", SIG_HORIKAWA)))

    # P4 case-law newsletter naming judges and historical figures
    out.append(mail(
        ORG, "D1", "none", "pass", "benign.caselaw_newsletter_public_figures",
        "A client newsletter citing judges and historical jurists, all public figures.",
        NIWA, [addr("顧問先ニュースレター配信", f"newsletter@{DOM}")],
        bcc=[addr("ミヤコ物流 川上様", "kawakami.t@miyako-logi.example.co.jp"),
             addr("東京ケミカル 人事部", "hr@tokyo-chemical.example.co.jp"),
             addr("マルサン建設 労務課", "romu@marusan-kensetsu.example.co.jp")],
        subject="【桜井・丹羽 労務ニュース】No.58 固定残業代に関する最高裁判決",
        text=J(T("""
        顧問先の皆様

        拝啓　盛夏の候、ますますご清栄のこととお慶び申し上げます。
        今月の労務ニュースをお届けいたします（本メールはBCCにてお送りしております）。

        ■ 最高裁第一小法廷 令和7年6月判決（裁判長 岡部 正道 裁判官）
        固定残業代の有効性について、「通常の労働時間の賃金に当たる部分」と
        「割増賃金に当たる部分」の判別可能性を改めて厳格に判断した事案です。
        多数意見に対し、三宅 由美子 裁判官の補足意見が付されています。

        ■ 実務上のポイント
        ・雇用契約書と給与明細で、固定残業代の時間数・金額を明示すること
        ・実残業が固定分を超えた月の差額精算を確実に行うこと
        ・「営業手当」等の名目で曖昧に支給している場合は早急な見直しを

        ■ コラム：民法起草者 梅謙次郎と「雇傭」の規定
        明治民法の起草者の一人である梅謙次郎博士は、雇傭契約を…（続きはWebで）

        https://www.sakurai-niwa-law.example.jp/news/058

        敬具
        """), "", SIG_NIWA)))

    # P5 long reply chain with court clerk names and a case number
    c3 = T("""
    小松様

    東京家庭裁判所 家事第6部の書記官 吉田です。
    令和7年（家イ）第1234号 夫婦関係調整（離婚）調停事件について、
    第3回期日を 8月28日（木）午前10時30分 と指定しました。
    調停委員は前回と同じく 栗原委員、山中委員です。
    """)
    c2 = T("""
    吉田書記官

    桜井・丹羽法律事務所の小松です。ご連絡ありがとうございます。
    8月28日10時30分、丹羽弁護士の出頭で承知いたしました。
    期日請書をFAXにてお送りします。
    """)
    c1 = T("""
    小松様

    請書受領しました。当日は本庁5階の待合室でお待ちください。
    吉田
    """)
    out.append(mail(
        ORG, "D2", "none", "pass", "benign.court_clerk_reply_chain",
        "A reply chain with a family-court clerk about a hearing date; only court staff and a case number appear.",
        KOMATSU, [addr("東京家庭裁判所 家事第6部 吉田書記官", "kaji6-yoshida@tokyo-kasai.example.jp")],
        "Re: Re: Re: 令和7年（家イ）第1234号 期日指定のご連絡",
        J(T("""
        吉田書記官

        ご連絡ありがとうございます、小松です。
        承知いたしました。当日はよろしくお願いいたします。
        """), "", SIG_KOMATSU, "",
          gmail_attr("2025年7月18日(金)", "11:20", "吉田", "kaji6-yoshida@tokyo-kasai.example.jp"),
          quote(c1), ">",
          quote(gmail_attr("2025年7月17日(木)", "16:45", "小松 恵理", f"komatsu.eri@{DOM}")),
          quote(quote(c2)), ">",
          quote(quote(gmail_attr("2025年7月17日(木)", "13:02", "吉田", "kaji6-yoshida@tokyo-kasai.example.jp"))),
          quote(quote(quote(c3))))))

    # P6 IT outage and malware quarantine
    out.append(mail(
        ORG, "D3", "none", "pass", "benign.it_outage_malware",
        "障害, 感染 and 隔離 describe a mail outage and a quarantined laptop, not people.",
        HORIKAWA, [addr("Nordic Design Japan HR", "hr.japan@nordic-design.example.com")],
        "Notice: our e-mail delays today / メール遅延のお知らせ",
        J(T("""
        Dear all,

        Quick heads-up: 当事務所のメールサーバーで障害が発生しており、本日10時〜13時に
        お送りいただいたメールの受信が遅れています。Now recovered, but please resend anything urgent.

        また、事務所PC1台でマルウェア感染の疑いがあり、ネットワークから隔離して調査中です。
        現時点で情報流出は確認されていません。We will update you by Friday.
        """), "", SIG_HORIKAWA)))

    # P7 to the client herself about her own case
    out.append(mail(
        ORG, "D1", "none", "pass", "benign.to_client_self",
        "The client herself receives the schedule and points of her own mediation.",
        NIWA, [addr("三上 綾香", "ayaka.mikami.0621@gmail.com")],
        "次回調停期日と準備事項について",
        J(T("""
        三上 綾香 様

        いつもお世話になっております。丹羽でございます。
        次回の調停期日が決まりましたので、ご連絡いたします。

        　期日：8月28日（木）午前10時30分（9時50分に家庭裁判所1階ロビーで待合せ）
        　場所：東京家庭裁判所（霞が関）

        前回、三上様からお話のあった、体調がすぐれずお仕事を休まれている件につきましては、
        婚姻費用の算定にも関わりますので、差し支えない範囲で通院状況を書面にまとめておきます。
        また、当日は相手方と顔を合わせることのないよう、待合室を別にするよう申し入れ済みです。

        ご不安な点がございましたら、いつでもご連絡ください。
        """), "", SIG_NIWA)))

    # P8 disability employment rate as aggregates
    out.append(mail(
        ORG, "D2", "none", "pass", "benign.disability_employment_rate_aggregate",
        "Advice on the statutory disability employment rate using company-wide counts only.",
        KOMATSU, [addr("東京ケミカル 人事部", "hr@tokyo-chemical.example.co.jp")],
        "障害者雇用率の件(ご質問への回答)",
        J(T("""
        東京ケミカル株式会社
        人事部 ご担当者様

        桜井・丹羽法律事務所の小松です。丹羽弁護士からの回答をお伝えします。

        | 項目 | 数値 |
        |---|---|
        | 常用労働者数 | 1,240名 |
        | 法定雇用率 | 2.5%(2026年7月〜2.7%) |
        | 法定雇用障害者数 | 31名 |
        | 現在の雇用障害者数(ダブルカウント後) | 28.5名 |
        | 不足数 | 2.5名 |

        ・不足が続くと納付金(1人月額5万円)の対象となります。
        ・短時間(週10〜20時間)の精神障害者の算定特例もご検討ください。
        ・個別の社員の障害の内容は本件回答には不要ですので、お送りいただかなくて大丈夫です。
        """), "", SIG_KOMATSU)))

    # P9 plain zip with templates, no personal data
    tpl1 = T("""
    就業規則（ひな形）抜粋 — 第5章 休職
    第38条（休職）従業員が次の各号のいずれかに該当するときは、所定の期間休職とする。
    　一　業務外の傷病による欠勤が連続して1か月を超え、なお療養を継続する必要があるとき
    　二　前号のほか、特別の事情があり休職させることが適当と認められるとき
    第39条（休職期間）前条第一号の休職期間は、勤続年数に応じ次のとおりとする。
    """)
    tpl2 = T("""
    復職判定フロー（ひな形）
    1. 本人からの復職申出書の提出
    2. 主治医の意見書の取得（様式B）
    3. 産業医面談
    4. 試し出勤（2週間）
    5. 復職可否の決定・通知
    """)
    out.append(mail(
        ORG, "D3", "none", "pass", "benign.plain_zip_templates",
        "A plain zip of blank rule templates with no personal data.",
        HORIKAWA, [addr("Sunrise Foods 人事 Ms. Ota", "ota.m@sunrise-foods.example.com")],
        "Templates — 休職・復職規程 ひな形",
        J(T("""
        Dear Ms. Ota,

        As discussed, 休職・復職規程のひな形をzipでお送りします。
        Feel free to adapt — 社内の実情に合わせて修正したものを送っていただければレビューします。
        """), "", SIG_HORIKAWA),
        attachments=[att("templates_kyushoku.zip/就業規則_休職章_ひな形.txt", tpl1),
                     att("templates_kyushoku.zip/復職判定フロー.txt", tpl2)]))

    # P10 congratulations to a partner lawyer on becoming bar president
    out.append(mail(
        ORG, "D1", "none", "pass", "benign.congratulations_bar_president",
        "Congratulations to a fellow lawyer on his election as bar association president, a public role.",
        NIWA, [addr("弁護士 宮内 康介", "miyauchi@miyauchi-law.example.jp")],
        "弁護士会会長ご就任のお祝い",
        J(T("""
        宮内 康介 先生

        拝啓　このたびは東京弁護士会会長にご就任とのこと、誠におめでとうございます。
        会報で拝見し、大変うれしく存じました。
        ご多忙の日々が続くことと存じますが、どうかご自愛のうえ、ご活躍ください。

        敬具
        """), "", SIG_NIWA)))

    return out
