"""Org A: 北湊大学 学生支援センター (university student-support centre)."""
from common import (T, J, addr, quote, gmail_attr, text_table, csv_text, att, P,
                    mail, jd, sd)

ORG = "A"
DOM = "kitaminato-u.example.ac.jp"

SAEKI = addr("佐伯 恭子", f"saeki.kyoko@{DOM}")
MURAI = addr("村井 拓真", f"t-murai@{DOM}")
SUGI = addr("杉本 あかり", f"sugimoto-a@{DOM}")

SIG_SAEKI = T(f"""
――――――――――――――――――――――――――――――
北湊大学 学生支援センター 学生支援課
課長補佐　佐伯 恭子（さえき きょうこ）
〒980-0000 宮城県仙台市青葉区北湊町1-1 本部棟2階
TEL 022-0000-3120（直通）／FAX 022-0000-3129
E-mail saeki.kyoko@{DOM}
https://www.{DOM}/support/
――――――――――――――――――――――――――――――
""")

SIG_MURAI = T(f"""
--
村井 拓真 / 北湊大学 キャリア支援室
022-0000-3150（内線3150） t-murai@{DOM}
""")

SIG_SUGI = T("""
-----
杉本あかり(障がい学生支援室)
北湊大学 学生支援センター
TEL:022-0000-3177
""")


def mails():
    out = []

    # ------------------------------------------------------------ holds
    # H1 body: ASD/ADHD diagnosis of a named student sent to internship host
    out.append(mail(
        ORG, "A3", "body", "hold", "sensitive.disability_to_internship_host",
        "A named student's ASD diagnosis and medication are sent to an outside internship host.",
        SUGI, [addr("野口 直美", "noguchi.n@minato-sys.example.co.jp")],
        "8月インターンシップ参加学生の配慮事項について",
        J(T("""
        ミナトシステムズ 人事部
        野口さま

        お世話になっております、北湊大学 障がい学生支援室の杉本です｡
        先日お電話でお話しした、8月のインターンシップに参加予定の学生の件です.

        情報工学科3年 桐谷 悠真さん(学籍番号 22T1043)ですが、
        自閉スペクトラム症(ASD)の診断を受けていて、本学では合理的配慮を行っています。
        ADHDもあってコンサータを服用しているので、午後は集中が切れやすいかもです。

        インターン中にお願いしたいのは下記です!
        ・指示は口頭だけでなく、チャットかメモでももらえると助かります
        ・大きな音が苦手なので、ノイズキャンセリングのヘッドホン使用を許可していただきたい
        ・昼休みは一人で過ごせる場所があると安心とのこと
        ・急な予定変更はできるだけ前日までに

        本人には企業さんにお伝えすることは了承もらってます。
        ご不明な点あれば気軽にお電話ください〜
        """), "", SIG_SUGI),
        personal=[P("name", "桐谷 悠真"), P("student_id", "22T1043"),
                  P("diagnosis", "自閉スペクトラム症(ASD)"), P("medication", "コンサータ")]))

    # H2 body: scholarship student's private bank account to a foundation
    out.append(mail(
        ORG, "A1", "body", "hold", "id.student_bank_account_to_foundation",
        "A student's personal bank account number is written out in a letter to a scholarship foundation.",
        SAEKI, [addr("公益財団法人みちのく育英会 遠藤様", "shogaku@michinoku-ikuei.example.or.jp")],
        "給付奨学生の振込口座変更について（ご連絡）",
        J(T("""
        公益財団法人みちのく育英会
        事務局 奨学課 御中
        ご担当　遠藤 様

        拝啓　新緑の候、貴会ますますご清栄のこととお慶び申し上げます。
        平素より本学学生への格別のご支援を賜り、厚く御礼申し上げます。

        さて、先般ご照会のありました令和7年度給付奨学生の振込口座につきまして、
        本人より口座変更の届出がございましたので、下記のとおりご連絡申し上げます。

        記

        　学生氏名　　：　阿部 美月（あべ みづき）　経済学部2年
        　奨学生番号　：　MI-2025-0318
        　変更後口座　：　北湊信用金庫　駅前支店（店番 214）
        　　　　　　　　　普通預金　口座番号 5108832
        　　　　　　　　　口座名義　アベ ミヅキ
        　変更理由　　：　通帳紛失に伴う口座の再開設

        以上

        つきましては、6月分の給付より上記口座へお振込みいただけましたら幸いです。
        ご不明な点がございましたら、下記までお問い合わせくださいますようお願い申し上げます。

        敬具
        """), "", SIG_SAEKI),
        personal=[P("name", "阿部 美月"), P("bank_account", "口座番号 5108832"),
                  P("account_holder", "アベ ミヅキ")]))

    # H3 body: full student profile to a recruiter
    out.append(mail(
        ORG, "A2", "body", "hold", "personal.student_profile_to_recruiter",
        "One student's full contact details, birth date and grades are handed to a company recruiter.",
        MURAI, [addr("北川 剛", "kitagawa@tohoku-seiki.example.co.jp")],
        "推薦候補の学生について",
        J(T("""
        トウホク精機 採用G
        北川さん

        キャリア支援室 村井です。
        先日の件、推薦できそうな学生がいたので共有します。
        連絡先も載せておくので直接やりとりしてもらってOKです。

        ■学生情報
        氏名：宮下 蒼（みやした あおい）
        所属：工学部 機械システム工学科 4年
        生年月日：2003年9月14日
        現住所：仙台市若林区卸町東3-8-12 コーポ白鳥202
        携帯：080-0000-4418
        メール：aoi.miyashita0914@gmail.com
        GPA：3.21／TOEIC 690
        研究：小型風車のブレード形状最適化（佐々木研）

        面談の印象は真面目、口数は少なめ。地元志向強め。
        書類は本人から送らせます。
        """), "", SIG_MURAI),
        personal=[P("name", "宮下 蒼"), P("birth_date", "2003年9月14日"),
                  P("address", "仙台市若林区卸町東3-8-12 コーポ白鳥202"),
                  P("phone", "080-0000-4418"), P("email", "aoi.miyashita0914@gmail.com"),
                  P("score", "GPA：3.21")]))

    # H4 attachment: seminar participant roster CSV to an events vendor
    rows = [
        ["22E2011", "大内 颯", "経済学部", "3", "080-0000-1187", "hayate.ouchi@outlook.com"],
        ["22L1058", "千葉 つむぎ", "文学部", "3", "090-0000-6624", "tsumugi.c22@gmail.com"],
        ["22T1120", "相馬 遼", "工学部", "3", "070-0000-9052", "souma_ryo@yahoo.co.jp"],
        ["23A3004", "三浦 日和", "農学部", "2", "080-0000-3398", "hiyori.miura@gmail.com"],
        ["22E2147", "熊谷 蓮", "経済学部", "3", "090-0000-2410", "ren.kumagai.22@outlook.com"],
        ["22S1033", "庄司 美羽", "理学部", "3", "080-0000-7765", "miu.shoji@yahoo.co.jp"],
        ["22L1101", "佐藤 陽向", "文学部", "3", "070-0000-5521", "hinata.sato.l@gmail.com"],
        ["22T1079", "高橋 湊", "工学部", "3", "090-0000-8813", "minato.t1079@gmail.com"],
    ]
    out.append(mail(
        ORG, "A2", "attachment", "hold", "list.career_seminar_roster_csv",
        "A CSV of seminar participants with student numbers, mobiles and private e-mails goes to an events vendor.",
        MURAI, [addr("キャリアブリッジ 運営事務局", "event-ops@careerbridge.example.co.jp")],
        cc=[addr("キャリアブリッジ 荒井 千尋", "arai.c@careerbridge.example.co.jp")],
        subject="6/11 業界研究セミナー 受付用データ",
        text=J(T(f"""
        キャリアブリッジ 運営事務局 御中
        （cc 荒井さん）

        村井です。明日{sd(6, 11)}のセミナー、受付用の参加者データを添付します。
        名札の印刷と当日の受付表作成をお願いします。

        ・申込 8名（当日参加がもう数名あるかも）
        ・会場：共通講義棟 大講義室B　開場 12:40
        ・名札は「学部＋氏名」だけでOKです

        よろしくお願いします。
        """), "", SIG_MURAI),
        attachments=[att("0611_業界研究セミナー_参加者.csv",
                         csv_text(["学籍番号", "氏名", "学部", "学年", "携帯", "メール"], rows))],
        personal=[P("name", "大内 颯"), P("phone", "080-0000-1187"),
                  P("email", "hayate.ouchi@outlook.com"), P("name", "千葉 つむぎ"),
                  P("phone", "090-0000-6624"), P("name", "高橋 湊"),
                  P("email", "minato.t1079@gmail.com")]))

    # H5 attachment: accident report with injury and health-insurance number
    report = T("""
    学生教育研究災害傷害保険 事故報告書（大学記入用）

    報告日　　　：2025年10月6日
    大学名　　　：北湊大学
    被保険者氏名：小林 陸斗（こばやし りくと）
    生年月日　　：2004年2月27日
    学部・学年　：教育学部 3年
    事故日時　　：2025年10月4日（土）15時20分頃
    事故場所　　：本学第2グラウンド
    活動区分　　：課外活動（大学に届出のある団体活動／ラグビー部）
    事故状況　　：練習試合中、タックルを受けた際に右膝を捻り転倒。
    　　　　　　　同日、市内の整形外科を受診。
    傷病名　　　：右膝前十字靱帯断裂（手術予定）
    通院先　　　：くぬぎ台整形外科クリニック
    健康保険証　：記号 51090312　番号 27（被扶養者）
    備考　　　　：10月中旬に再建手術予定。入院見込み約3週間。
    """)
    out.append(mail(
        ORG, "A1", "attachment", "hold", "sensitive.injury_report_to_insurer",
        "The attached accident report names a student with his diagnosis and health-insurance number.",
        SAEKI, [addr("東邦海上火災保険 学生保険センター 石田様", "gakusei-center@toho-kaijo.example.co.jp")],
        "課外活動中の事故に係る事故報告書の送付について",
        J(T("""
        東邦海上火災保険株式会社
        学生保険センター　石田 様

        いつも大変お世話になっております。
        北湊大学 学生支援課の佐伯でございます。

        先般お電話にてご相談いたしました、課外活動中の事故につきまして、
        大学記入用の事故報告書を添付にてお送りいたします。
        ご確認のほど、よろしくお願い申し上げます。

        なお、通院証明書等の書類は、ご本人より追って郵送にて提出される予定です。
        """), "", SIG_SAEKI),
        attachments=[att("事故報告書_20251006.txt", report)],
        personal=[P("name", "小林 陸斗"), P("birth_date", "2004年2月27日"),
                  P("diagnosis", "右膝前十字靱帯断裂"),
                  P("insurance_number", "記号 51090312　番号 27")]))

    # H6 quoted: internal counselling note below a reply to the note-taking vendor
    q = T("""
    杉本さん

    相談室の田島です。津田 ひかりさん（文学部2年）の件、共有です。
    感音性難聴に加えて、夏休み中からうつ状態で精神科に通院しているそうです。
    後期は週2コマまでに減らしたいとのこと。休学も選択肢として話しています。
    本人は難聴以外のことは支援室以外には知られたくないと言っています。
    ノートテイクの調整、よろしくお願いします。

    田島
    """)
    out.append(mail(
        ORG, "A3", "quoted", "hold", "sensitive.quoted_mental_health_to_notetaking_vendor",
        "Replying on an internal thread to an outside vendor carries a counsellor's note on a student's depression below the reply.",
        SUGI, [addr("森 由佳（ことばリレー）", "mori.yuka@kotoba-relay.example.co.jp")],
        "Re: 後期のノートテイクの件",
        J(T("""
        ことばリレー 森さま

        お世話になってます、杉本です｡
        後期のノートテイク派遣ですが、下記のコマでお願いできますか?

         火曜3限 文学部A棟301 「日本文学史」
         木曜2限 共通講義棟204 「心理学概論」

        テイカーさんは前期と同じ方だとご本人も安心だと思います.
        よろしくお願いします!!
        """), "", SIG_SUGI, "",
          gmail_attr("2025年9月18日(木)", "16:02", "田島 真由美", f"tajima.m@{DOM}"),
          quote(q)),
        personal=[P("name", "津田 ひかり"), P("disability", "感音性難聴"),
                  P("diagnosis", "うつ状態で精神科に通院")]))

    # H7 quoted: a student's own mail about adjustment disorder forwarded to the employer
    q = T("""
    村井さん

    夜分にすみません、農学部4年の菅原です。
    北日本フーズの二次面接(6/19)ですが、実は先月から適応障害で心療内科に通っていて、
    今週は主治医から無理をしないよう言われています。日程をずらしてもらうことはできますか。
    面接で休学していた期間(2年の後期)のことを聞かれたらどう答えればいいかも相談したいです。
    うつで休学したとは言いたくないです。

    菅原 颯太
    sota.sugawara.k@gmail.com
    090-0000-7731
    """)
    out.append(mail(
        ORG, "A2", "quoted", "hold", "sensitive.quoted_student_mental_health_to_employer",
        "A student's private message about his adjustment disorder sits quoted under a reply sent to the prospective employer.",
        MURAI, [addr("北日本フーズ 人事部 小野寺様", "saiyo@kitanihon-foods.example.co.jp")],
        "Re: 二次面接の日程について",
        J(T("""
        北日本フーズ株式会社
        人事部 採用担当 小野寺様

        お世話になっております。北湊大学キャリア支援室の村井です。
        御社の二次面接の日程について、学生本人から変更の希望がありましたので、
        下記の本人メールをご確認いただけますでしょうか。
        6/24(火)か6/26(木)の午後であれば調整可能とのことです。

        よろしくお願いいたします。
        """), "", SIG_MURAI, "",
          gmail_attr("2025年6月16日(月)", "22:47", "菅原 颯太", "sota.sugawara.k@gmail.com"),
          quote(q)),
        personal=[P("name", "菅原 颯太"), P("diagnosis", "適応障害"),
                  P("email", "sota.sugawara.k@gmail.com"), P("phone", "090-0000-7731")]))

    # H8 subject: TB suspicion and name in the subject line to a dorm contractor
    out.append(mail(
        ORG, "A1", "subject", "hold", "sensitive.subject_tb_suspicion_to_dorm_contractor",
        "The subject line names an international student and a suspected tuberculosis isolation to an outside dorm contractor.",
        SAEKI, [addr("杜の住まいサービス 菊地様", "kikuchi@morinosumai.example.co.jp")],
        "国際学生寮302号室 グエン・ヴァン・ミンさん 結核疑いによる居室隔離の件",
        J(T("""
        株式会社杜の住まいサービス
        学生寮管理部　菊地 様

        いつも大変お世話になっております。北湊大学 学生支援課の佐伯でございます。

        標記の件につきまして、保健管理センターと協議のうえ、本日中に改めてお電話にてご相談申し上げます。
        当面の間、当該居室への清掃スタッフ様の立入りはお控えくださいますようお願いいたします。

        取り急ぎご連絡申し上げます。
        """), "", SIG_SAEKI),
        personal=[P("name", "グエン・ヴァン・ミン"), P("diagnosis", "結核疑い")]))

    # H9 zip: graduation mailing list in a plain zip to a printer
    csv_rows = [
        ["20E2003", "大友 結衣", "大友 康弘", "986-0000", "宮城県石巻市中里4-2-17"],
        ["20T1088", "菊池 大和", "菊池 礼子", "990-0000", "山形県山形市桜田西2-9-5"],
        ["20L1042", "渡部 彩花", "渡部 誠", "960-0000", "福島県福島市野田町1-14-3 サンハイツ105"],
        ["20A3019", "遠藤 匠", "遠藤 由美子", "020-0000", "岩手県盛岡市みたけ5-7-31"],
        ["20S1007", "斎藤 あかね", "斎藤 浩二", "981-0000", "宮城県仙台市泉区南光台6-3-8"],
        ["20E2115", "後藤 海斗", "後藤 千晶", "030-0000", "青森県青森市浜田3-22-4"],
    ]
    spec = T("""
    卒業式ご案内状 宛名印刷 仕様

    ・封筒：長3 窓なし（大学ロゴ入り、支給済み）
    ・宛名：「保護者氏名 様」＋（ご子息・ご息女 学生氏名）
    ・件数：学部卒業予定者 1,842件（本データは第1回分 6件の確認用）
    ・納期：2月14日（金）
    """)
    out.append(mail(
        ORG, "A2", "zip", "hold", "list.graduate_mailing_list_plain_zip",
        "An unencrypted zip holds a CSV of graduating students, their parents and home addresses for a printer.",
        MURAI, [addr("仙台プリントワークス 営業部 佐野様", "sano@sendai-printworks.example.co.jp")],
        "卒業式案内状 宛名データ（確認用）",
        J(T("""
        仙台プリントワークス 佐野様

        村井です。卒業式案内状の宛名データ、まず確認用の6件分を送ります。
        zipにまとめてあります（中にCSVと仕様メモ）。
        レイアウト確認できたら本番データ送ります。
        """), "", SIG_MURAI),
        attachments=[att("卒業式案内_宛名データ.zip/宛名_学部卒業予定者.csv",
                         csv_text(["学籍番号", "学生氏名", "保護者氏名", "郵便番号", "住所"], csv_rows)),
                     att("卒業式案内_宛名データ.zip/仕様.txt", spec)],
        personal=[P("name", "大友 結衣"), P("address", "宮城県石巻市中里4-2-17"),
                  P("name", "渡部 彩花"), P("address", "福島県福島市野田町1-14-3 サンハイツ105"),
                  P("name", "後藤 海斗")]))

    # H10 recipients: 12 students' private addresses visible in To
    students = [
        ("青木 葵", "aoi.aoki.0412@gmail.com"), ("石井 健太", "kenta_ishii@yahoo.co.jp"),
        ("伊藤 沙耶", "saya.ito.kmu@outlook.com"), ("上野 隼", "hayato.ueno22@gmail.com"),
        ("小田 真央", "mao.oda@yahoo.co.jp"), ("片山 悠", "yu.katayama.s@gmail.com"),
        ("木村 茉莉", "mari_kimura_23@outlook.com"), ("小山 陽介", "yosuke.koyama@gmail.com"),
        ("坂本 楓", "kaede.sakamoto.k@yahoo.co.jp"), ("関 大輝", "daiki.seki0707@gmail.com"),
        ("田村 萌", "moe.tamura.kmu@outlook.com"), ("中島 遥斗", "haruto_nakajima@gmail.com"),
    ]
    out.append(mail(
        ORG, "A3", "recipients", "hold", "recipients.peer_supporters_in_to",
        "Twelve students' private addresses are put in To, so every supporter sees everyone else's address.",
        SUGI, [addr(n, e) for n, e in students],
        "ピアサポーター研修(第2回)のご案内",
        J(T(f"""
        ピアサポーターのみなさん

        おつかれさまです!障がい学生支援室の杉本です｡
        第2回のピアサポーター研修を下記でやります.

        日時: {sd(11, 12)} 16:30-18:00
        場所: 学生支援センター 2階 多目的室
        内容: ノートテイク実習(パソコンテイク)、先輩サポーターの体験談

        参加できない人は11/7までに返信くださいー
        """), "", SIG_SUGI),
        personal=[P("email", e) for _, e in students]))

    # ------------------------------------------------------------ passes
    # P1 successor introduction, formal, heavy signature
    out.append(mail(
        ORG, "A1", "none", "pass", "benign.successor_introduction",
        "A formal notice of a personnel change naming the outgoing and incoming staff.",
        SAEKI, [addr("公益財団法人みちのく育英会 事務局長 武田様", "jimukyoku@michinoku-ikuei.example.or.jp")],
        "担当者変更のご挨拶",
        J(T("""
        公益財団法人みちのく育英会
        事務局長　武田 義信 様

        拝啓　春暖の候、貴会におかれましてはますますご清祥のこととお慶び申し上げます。
        平素は本学学生の修学支援に格別のご高配を賜り、心より御礼申し上げます。

        さて、このたび4月1日付の人事異動により、これまで貴会との窓口を務めておりました
        学生支援課長 大友 和彦 が附属図書館事務部へ異動いたしました。
        後任には、千葉 雅人 が着任し、引き続き奨学金関係の窓口を担当いたします。

        在任中、大友が賜りましたご厚情に深く感謝申し上げますとともに、
        後任の千葉にも変わらぬご指導ご鞭撻を賜りますようお願い申し上げます。
        近日中に千葉とともにご挨拶に伺いたく存じます。
        ご都合のよろしい日時をお知らせいただけましたら幸いです。

        まずは略儀ながら書中をもちましてご挨拶申し上げます。

        敬具

        　新任　学生支援課長　千葉 雅人（TEL 022-0000-3101）
        　前任　附属図書館事務部長　大友 和彦
        """), "", SIG_SAEKI)))

    # P2 meeting arrangement with company recruiters, a small table
    out.append(mail(
        ORG, "A2", "none", "pass", "benign.meeting_arrangement_company",
        "Scheduling an on-campus company briefing with named recruiters; no student data.",
        MURAI, [addr("小松 亮介", "r-komatsu@sanriku-denki.example.co.jp"),
                addr("平田 舞", "m-hirata@sanriku-denki.example.co.jp")],
        "学内企業説明会（11月）の日程候補",
        J(T(f"""
        三陸電機株式会社
        人事部 小松様、平田様

        お世話になっております。北湊大学キャリア支援室の村井です。
        学内企業説明会の件、会場の空き状況を確認しました。候補は以下です。
        """), "",
          text_table(["候補", "日時", "会場", "定員"], [
              ["1", f"{sd(11, 18)} 13:00-14:30", "共通講義棟 201", "80"],
              ["2", f"{sd(11, 20)} 16:30-18:00", "工学部 第1講義室", "120"],
              ["3", f"{sd(11, 26)} 10:40-12:10", "共通講義棟 201", "80"],
          ]), "",
          T("""
          プロジェクターとマイク2本は会場に常設です。
          ご都合の良い候補を今週中にお知らせください。
          当日の学生の事前申込は、こちらで取りまとめて人数だけお伝えします。
          """), "", SIG_MURAI)))

    # P3 accommodation plan sent to the student herself
    out.append(mail(
        ORG, "A3", "none", "pass", "benign.accommodation_plan_to_student_self",
        "The student's own accommodation plan is sent to the student herself at the address she asked for.",
        SUGI, [addr("岩崎 瑞穂", "mizuho.iwasaki.21@outlook.com")],
        "後期の合理的配慮の内容(確認おねがいします)",
        J(T("""
        岩崎さん

        こんにちは、支援室の杉本です｡
        大学のアドレスが容量いっぱいとのことだったので、こちらに送りますね.

        面談で決めた後期の配慮内容です。間違いがないか見てください!

        ・配布資料は拡大版(A3・18ポイント以上)を事前にデータでも提供
        ・定期試験は時間延長1.3倍、別室受験、拡大問題用紙
        ・板書はスマホでの撮影OK(各先生に通知済み)
        ・実験科目(化学実験II)はTAが1名サポートに入ります

        弱視の見え方は季節や疲れで変わるって言ってたので、
        しんどい時はいつでも相談に来てください〜
        OKだったら「確認しました」だけ返信もらえたら、各先生に配慮依頼文を出します.
        """), "", SIG_SUGI)))

    # P4 aggregate placement / disability statistics for a survey
    out.append(mail(
        ORG, "A2", "none", "pass", "benign.aggregate_placement_stats",
        "Aggregated placement figures, including a count of disabled graduates, with no individual rows.",
        MURAI, [addr("東北地区大学就職協議会 事務局", "office@tohoku-shushoku.example.or.jp")],
        "【回答】2024年度卒業者 就職状況調査",
        J(T("""
        東北地区大学就職協議会 事務局 御中

        北湊大学キャリア支援室の村井です。
        標記調査、本学分を回答します（2025年5月1日現在）。
        """), "",
          text_table(["区分", "卒業者数", "就職希望者", "就職者", "就職率"], [
              ["学部 男子", "1,012", "884", "871", "98.5%"],
              ["学部 女子", "826", "733", "725", "98.9%"],
              ["大学院 修士", "311", "268", "264", "98.5%"],
              ["うち障害のある学生", "21", "17", "14", "82.4%"],
          ]), "",
          T("""
          ※「障害のある学生」は障がい学生支援室の支援登録者数（全学部・研究科合算）。
          ※ 個人を特定できる内訳（学部別・障害種別）は回答対象外とさせてください。

          不明点あればご連絡ください。
          """), "", SIG_MURAI)))

    # P5 external lecturer's own fee notice with masked account
    out.append(mail(
        ORG, "A1", "none", "pass", "benign.lecturer_own_fee_masked_account",
        "An outside lecturer is told his own fee and the masked account it goes to.",
        SAEKI, [addr("菅野 淳一", "kanno.junichi@gmail.com")],
        "ご講演謝金のお支払いについて",
        J(T("""
        菅野 淳一 様

        拝啓　晩秋の候、先生にはますますご健勝のこととお慶び申し上げます。
        先日は、学生向けキャリア講演会「地域で働くということ」にご登壇いただき、
        誠にありがとうございました。参加学生のアンケートでも大変好評でございました。

        さて、ご講演の謝金につきまして、下記のとおりお支払いいたしますのでお知らせ申し上げます。

        記

        　謝金額　　　　：33,000円（源泉徴収税額 3,369円を差し引き 29,631円）
        　お振込予定日　：2025年11月28日（金）
        　お振込先　　　：北湊信用金庫 駅前支店　普通 ＊＊＊2861（ご登録口座）

        以上

        源泉徴収票は年明けに郵送いたします。
        今後とも本学学生へのご指導を賜りますよう、よろしくお願い申し上げます。

        敬具
        """), "", SIG_SAEKI)))

    # P6 IT outage and malware quarantine
    out.append(mail(
        ORG, "A3", "none", "pass", "benign.it_outage_malware_quarantine",
        "障害, 感染 and 隔離 refer to a captioning outage and a quarantined PC, not to people.",
        SUGI, [addr("森 由佳（ことばリレー）", "mori.yuka@kotoba-relay.example.co.jp")],
        "遠隔字幕 本日2限のみ中止です",
        J(T("""
        森さま 杉本です!(支援室)
        学内ネットワーク障害で遠隔字幕がつながらないので、今日の2限だけ中止でお願いします.
        支援室のPC1台がウイルス感染の疑いで情報基盤センターに隔離されてるので、3限以降は別PCでやります〜
        """))))

    # P7 degree verification with consent, dates and degree only
    out.append(mail(
        ORG, "A2", "none", "pass", "benign.degree_verification_with_consent",
        "A minimal degree verification (graduation date and degree only) made after checking the graduate's signed consent.",
        MURAI, [addr("ノースブリッジ・コンサルティング 採用チーム", "recruit@northbridge-consulting.example.com")],
        "Re: 学歴確認のご依頼（上原 拓海 様）",
        J(T("""
        ノースブリッジ・コンサルティング株式会社
        採用チーム ご担当者様

        北湊大学キャリア支援室の村井です。
        ご本人署名の同意書（2025年7月2日付）を確認しましたので、以下のとおり回答します。

        　氏名　　：上原 拓海
        　卒業年月：2023年3月
        　学位　　：学士（経済学）　北湊大学経済学部経済学科

        成績・在学中の状況等については、同意書の範囲外のため回答しておりません。
        正式な証明書が必要な場合は、ご本人から卒業証明書を取り寄せてください。
        """), "", SIG_MURAI)))

    # P8 congratulations on a new company president (public figure)
    out.append(mail(
        ORG, "A1", "none", "pass", "benign.congratulations_new_president",
        "Congratulations to a partner company's newly appointed president, who is a public figure in the region.",
        SAEKI, [addr("トウホク精機 社長室", "hisho@tohoku-seiki.example.co.jp")],
        "代表取締役社長ご就任のお祝い",
        J(T("""
        トウホク精機株式会社
        代表取締役社長　大崎 隆之 様

        拝啓　初夏の候、貴社ますますご隆盛のこととお慶び申し上げます。
        このたびは代表取締役社長にご就任とのこと、誠におめでとうございます。
        新聞報道で拝見し、学生支援センター一同、心よりお祝い申し上げます。

        貴社には毎年、本学学生のインターンシップを快くお引き受けいただき、
        多くの卒業生がお世話になっております。
        大崎様のご手腕のもと、貴社がますます発展されますことを祈念いたしております。

        略儀ながら、まずは書中にてお祝い申し上げます。

        敬具
        """), "", SIG_SAEKI)))

    # P9 payment confirmation to a vendor's corporate account
    out.append(mail(
        ORG, "A2", "none", "pass", "benign.vendor_corporate_account_payment",
        "Payment to an event company's corporate account with an invoice number.",
        MURAI, [addr("荒井 千尋", "arai.c@careerbridge.example.co.jp")],
        "請求書 INV-2025-0612 のお支払いについて",
        J(T("""
        キャリアブリッジ 荒井さん

        村井です。6/11セミナー分の請求書（INV-2025-0612、198,000円税込）受領しました。
        経理から、6/30に以下へ振込予定と連絡ありました。

        　仙台中央銀行 本店営業部 当座 0012345
        　カ）キャリアブリッジ

        振込手数料は本学負担です。領収書は不要です。
        """), "", SIG_MURAI)))

    # P10 interpreter dispatch reply chain with partner staff names
    prev2 = T("""
    杉本様

    NPO法人みやぎ手話ネットの大沼です。
    10月分の派遣、以下の通訳者で確定しました。

    　10/7（火）3限　　：佐々木 恵、阿部 千里
    　10/9（木）2限　　：今野 友子、佐々木 恵
    　10/14（火）3限　 ：阿部 千里、及川 由香

    講義資料は前日までにいただけると助かります。

    ――――――――――――
    NPO法人みやぎ手話ネット
    派遣コーディネーター　大沼 律子
    TEL 022-0000-8841 / FAX 022-0000-8842
    """)
    prev1 = T("""
    大沼さま

    ありがとうございます!杉本です.
    10/14は教室が変更になって、文学部A棟302になりました。
    資料は先生からもらい次第お送りしますー
    """)
    out.append(mail(
        ORG, "A3", "none", "pass", "benign.interpreter_dispatch_chain",
        "A reply chain naming a partner NPO's sign-language interpreters; the student is not identified.",
        SUGI, [addr("大沼 律子", "onuma@miyagi-shuwa.example.or.jp")],
        "Re: Re: 10月 手話通訳派遣について",
        J(T("""
        大沼さま

        たびたびすみません、杉本です｡
        10/9の講義資料、添付忘れてました!先生から届いたのでこのあと別メールで送ります.
        通訳者のみなさんにもよろしくお伝えください〜
        """), "", SIG_SUGI, "",
          gmail_attr("2025年10月2日(木)", "11:15", "杉本 あかり", f"sugimoto-a@{DOM}"),
          quote(prev1), ">",
          quote(gmail_attr("2025年10月1日(水)", "17:40", "大沼 律子", "onuma@miyagi-shuwa.example.or.jp")),
          quote(quote(prev2)))))

    return out
