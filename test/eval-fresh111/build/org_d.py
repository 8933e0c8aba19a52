"""Org D: 株式会社ブリッジワークス (staffing agency, Osaka).

Writers
  kimura  派遣コーディネーター 木村 沙織 - friendly, 「！」「〜」, chatty, long-ish.
  kato    リクルーティングアドバイザー 加藤 大輔 - sales; short lines, ASAP/FYI, pushy.
  hirai   管理部 給与・社会保険 平井 恵子 - precise, tables, formal, 記 / 以上.
"""
from common import (t, addr, quote, reply_block, outlook_original, outlook_ja_original,
                    gmail_forward, ja_forward, csv_text, sheet_text, mail, att, p,
                    make_mynumber, corporate_number)

ORG = "bridgeworks"
DOM = "bridgeworks.example.co.jp"

KIMURA = addr("木村 沙織（ブリッジワークス）", f"s.kimura@{DOM}")
KATO = addr("加藤 大輔", f"d.kato@{DOM}")
HIRAI = addr("平井 恵子", f"hirai@{DOM}")

SIG_KIMURA = t("""
**************************************
株式会社ブリッジワークス 梅田オフィス
派遣コーディネーター　木村 沙織
TEL：06-0000-7700　携帯：080-0000-4419
〒530-0001 大阪市北区梅田1-9-20 梅田ブリッジビル12F
労働者派遣事業 派27-300581 ／ 有料職業紹介事業 27-ユ-301044
**************************************
""")

SIG_KATO = t("""
―
株式会社ブリッジワークス
キャリアソリューション事業部 リクルーティングアドバイザー
加藤 大輔 / Daisuke Kato
Mobile: 090-0000-6237
""")

SIG_HIRAI = t("""
----------------------------------------
株式会社ブリッジワークス 管理部（給与・社会保険）
平井 恵子
TEL 06-0000-7705 ／ FAX 06-0000-7709
----------------------------------------
""")


def mails():
    out = []
    W = lambda writer, loc, expect, kind, why, frm, to, subject, text, **kw: out.append(
        mail(ORG, writer, loc, expect, kind, why, frm, to, subject, text, **kw))

    # ------------------------------------------------------------------ holds
    # D-H1 body: residence card and passport numbers of a foreign staff member
    W("kato", "body", "hold", "id.residence_card",
      "派遣予定スタッフの国籍・在留カード番号・旅券番号を本文に書いて派遣先企業へ送っているため。",
      KATO, [addr("株式会社なにわ精機 人事課 岡田様", "okada@naniwa-seiki.example.co.jp")],
      "6/2〜就業予定スタッフの在留資格について",
      t("""
岡田様

お世話になっております。ブリッジワークスの加藤です。
6/2から検査工程で就業予定のスタッフについて、就労資格の確認情報をお送りします。

氏名：チャン・ティ・フオン（TRAN THI HUONG）
国籍：ベトナム
在留資格：技術・人文知識・国際業務
在留カード番号：UH48203716KA
在留期間満了日：2027年3月14日
旅券番号：C7723419

在留カードの原本は弊社で確認済みです。
就業開始日、問題なければ ASAP でご返信ください。
""") + SIG_KATO,
      personal=[p("name", "チャン・ティ・フオン"), p("nationality", "ベトナム"),
                p("residence_card_number", "UH48203716KA"), p("passport_number", "C7723419")])

    # D-H2 body: staff member's panic disorder told to the client
    W("kimura", "body", "hold", "sensitive.staff_health",
      "派遣スタッフの欠勤理由としてパニック障害の通院・服薬を氏名付きで派遣先へ伝えており、本人の健康情報の第三者提供に当たるため。",
      KIMURA, [addr("なにわ精機 総務課 西川様", "nishikawa@naniwa-seiki.example.co.jp")],
      "派遣スタッフ 長谷川さんのお休みについて",
      t("""
西川様

いつもお世話になっております！ブリッジワークスの木村です。
本日お休みをいただいている長谷川 舞さんの件でご連絡です。

ご本人と先ほどお話ししたところ、以前からパニック障害で心療内科に通院されていて、
今朝、通勤電車の中で発作が出てしまい、途中の駅で降りて帰宅されたそうです。
お薬（頓服）を飲んで、今は落ち着いているとのことでした。

主治医の先生からは、混雑する時間帯を避ければ就業は可能と言われているそうなので、
明日以降、始業を10時にずらすことができないかご相談させてください〜。

ご迷惑をおかけして申し訳ありません。よろしくお願いいたします！
""") + SIG_KIMURA,
      personal=[p("name", "長谷川 舞"), p("diagnosis", "パニック障害"),
                p("medical_institution", "心療内科")])

    # D-H3 body: payroll bank account and employment insurance number to the payroll BPO
    W("hirai", "body", "hold", "id.payroll_bank_account",
      "新規登録スタッフ2名の個人名義の給与振込口座と雇用保険被保険者番号を本文で外部の給与計算委託先へ送っているため。",
      HIRAI, [addr("株式会社ペイロールセンター関西 業務チーム 宮本様", "miyamoto@payroll-kansai.example.co.jp")],
      "【5月度】新規スタッフ 給与マスタ登録のお願い",
      t("""
株式会社ペイロールセンター関西
業務チーム　宮本 様

いつもお世話になっております。ブリッジワークス管理部の平井でございます。
5月度の新規スタッフ2名につきまして、給与マスタへの登録をお願いいたします。

記

1. スタッフ番号 BW-250512
　氏名：藤原 智子（フジワラ トモコ）
　振込先：なにわ中央銀行 天満橋支店 普通 6402281 フジワラ トモコ
　雇用保険被保険者番号：2708-551903-4
　時給：1,650円（交通費 実費 上限 月20,000円）

2. スタッフ番号 BW-250519
　氏名：森 健太郎（モリ ケンタロウ）
　振込先：ゆうちょ銀行 記号14620 番号37819051 モリ ケンタロウ
　雇用保険被保険者番号：2713-008472-9
　時給：1,500円（交通費 定期代）

以上

締日は5/31、支給日は6/15です。
ご確認のほど、よろしくお願いいたします。
""") + SIG_HIRAI,
      personal=[p("name", "藤原 智子"), p("bank_account", "なにわ中央銀行 天満橋支店 普通 6402281"),
                p("employment_insurance_number", "2708-551903-4"), p("name", "森 健太郎"),
                p("bank_account", "ゆうちょ銀行 記号14620 番号37819051"),
                p("employment_insurance_number", "2713-008472-9")])

    # D-H4 attachment: full skill sheet of a candidate (unmasked) to a client
    skill = t("""
スキルシート
━━━━━━━━━━━━━━━━━━━━
氏名：吉村 拓也（よしむら たくや）
生年月日：1989年12月4日（35歳）　性別：男性
現住所：大阪府吹田市江坂町2-14-6 エサカレジデンス508
電話：090-0000-1862　E-mail：t.yoshimura.1204@gmail.com
最寄駅：御堂筋線 江坂駅
家族：妻、長女（3歳）
現年収：540万円　希望年収：600万円

■職務経歴
2012/04-2018/03 株式会社関西システムサービス　インフラエンジニア（オンプレ サーバ構築・運用）
2018/04-現在　 株式会社さくらネットソリューションズ　クラウドエンジニア（AWS 設計・構築、Terraform）

■資格
AWS Certified Solutions Architect - Professional、LPIC-2、基本情報技術者

■その他
2020年に持病（クローン病）で2か月休職。現在は服薬でコントロールできており、業務に支障なし。
""")
    W("kato", "attachment", "hold", "personal.skill_sheet",
      "候補者の実名・生年月日・住所・連絡先・年収と持病（クローン病）の記載がマスクされないままのスキルシートを企業へ添付しているため。",
      KATO, [addr("株式会社ミナミデジタル 採用担当 田村様", "tamura@minami-digital.example.co.jp")],
      "【ご推薦】クラウドエンジニア候補（AWS Pro保有）",
      t("""
田村様

お世話になっております。ブリッジワークスの加藤です。
先日のクラウドエンジニアのポジション、ドンピシャの方がいらっしゃいました!

・AWS Pro保有、Terraformでの構築経験あり
・現職でチームリード経験あり
・他社も選考が進んでいるため、書類選考のご回答を今週中にいただけると助かります

スキルシートを添付します。ご確認ください。
FYI: 面接は平日19時以降 or オンライン希望です。
""") + SIG_KATO,
      attachments=[att("スキルシート_吉村拓也.docx", skill)],
      personal=[p("name", "吉村 拓也"), p("birth_date", "1989年12月4日"),
                p("address", "大阪府吹田市江坂町2-14-6 エサカレジデンス508"),
                p("phone", "090-0000-1862"), p("email", "t.yoshimura.1204@gmail.com"),
                p("income", "540万円"), p("diagnosis", "クローン病")])

    # D-H5 attachment: social insurance acquisition CSV with My Number / pension numbers
    rows = [["スタッフ番号", "氏名", "生年月日", "個人番号", "基礎年金番号", "資格取得日", "報酬月額"]]
    people = [("BW-250501", "中西 由美子", "1979/05/21", "29310485762", "4207-318862", 242000),
              ("BW-250503", "上田 翔", "1998/09/09", "61082744390", "1209-775401", 231000),
              ("BW-250508", "川口 結衣", "2000/01/30", "70519328416", "5316-020948", 224000),
              ("BW-250512", "藤原 智子", "1985/07/17", "84207731955", "2901-446183", 264000)]
    mns = {}
    for sid, name, dob, d11, pen, sal in people:
        mn = make_mynumber(d11)
        mns[name] = mn
        rows.append([sid, name, dob, mn, pen, "2025/05/01", sal])
    W("hirai", "attachment", "hold", "id.social_insurance_roster",
      "スタッフ4名の個人番号（マイナンバー）・基礎年金番号・生年月日を並べたCSVを社外の社労士事務所へ添付しているため。",
      HIRAI, [addr("北浜社会保険労務士事務所 所長 竹田様", "takeda@kitahama-sr.example.jp")],
      "5月1日付 社会保険資格取得者の一覧送付",
      t("""
北浜社会保険労務士事務所
竹田 様

いつも大変お世話になっております。ブリッジワークス管理部の平井でございます。

5月1日付で社会保険の資格を取得する派遣スタッフ4名の一覧を添付いたします。
電子申請のご手配をお願いいたします。

　添付：資格取得者一覧_20250501.csv

被扶養者のいる方はおりません。
ご確認のほど、よろしくお願い申し上げます。
""") + SIG_HIRAI,
      attachments=[att("資格取得者一覧_20250501.csv", csv_text(rows))],
      personal=[p("name", "中西 由美子"), p("my_number", mns["中西 由美子"]),
                p("name", "上田 翔"), p("my_number", mns["上田 翔"]),
                p("name", "川口 結衣"), p("name", "藤原 智子"),
                p("pension_number", "4207-318862")])

    # D-H6 quoted: staff member's own mail (bipolar disorder) forwarded to the client
    orig = outlook_original(
        "Ryota Ishii <ryota.ishii.0316@outlook.com>", "Monday, May 19, 2025 7:12 AM",
        f"s.kimura@{DOM}", "今週のシフトについて",
        t("""
木村さん

おはようございます、石井です。
ずっと言えなかったのですが、実は2年前から双極性障害の治療を受けていて、
先週から薬が変わって朝起きられない日が続いています。
主治医に相談したら、2週間くらいは時短にした方がいいと言われました。
派遣先の方には病名は伏せてもらえると嬉しいです……。
今週は10時〜16時の勤務にしてもらえないでしょうか。

石井 亮太
"""))
    W("kimura", "quoted", "hold", "sensitive.forwarded_staff_mail",
      "スタッフ本人が病名を伏せてほしいと書いた双極性障害の治療に関するメールを、引用部分のまま派遣先へ転送しているため。",
      KIMURA, [addr("なにわ精機 製造部 課長 山口様", "yamaguchi@naniwa-seiki.example.co.jp")],
      "FW: 今週のシフトについて",
      t("""
山口様

いつもお世話になっております！ブリッジワークスの木村です。
下記の件、スタッフさんからご相談がありました。
今週だけ、10時〜16時の時短勤務にできないかご検討いただけますでしょうか？
ライン編成でご迷惑をおかけしてすみません…！

念のため、本人からのメールをそのまま転送しますね。

""") + SIG_KIMURA + "\n" + orig,
      personal=[p("name", "石井 亮太"), p("diagnosis", "双極性障害"),
                p("email", "ryota.ishii.0316@outlook.com")])

    # D-H7 quoted: applicant's self-introduction mail with full profile forwarded to a client
    orig = gmail_forward(
        "小松 奈々 <nana.komatsu.work@gmail.com>", "2025年5月20日(火) 23:48",
        "ご紹介いただいた求人について", f"加藤 大輔 <d.kato@{DOM}>",
        t("""
加藤様

本日はお電話ありがとうございました。小松です。
改めて私の経歴をお送りします。

小松 奈々(こまつ なな) 1996年3月11日生まれ 29歳
住所:兵庫県尼崎市南塚口町4-8-21-703
電話:070-0000-5528
学歴:2018年 関西外語学院大学 英米語学科 卒業
職歴:2018-2022 株式会社エアロトラベル 法人営業
      2022-現在 株式会社グローバルロジ関西 貿易事務(輸出入書類作成、英文メール)
TOEIC 865点
現年収 380万円 / 希望 420万円以上
離婚して子ども(5歳)と二人暮らしのため、残業は月10時間以内を希望します。
"""))
    W("kato", "quoted", "hold", "personal.forwarded_applicant",
      "応募者本人の氏名・生年月日・住所・電話・年収・家庭事情を含むメールを、転送部分のまま求人企業へ送っているため。",
      KATO, [addr("堂島トレーディング株式会社 管理部 林様", "hayashi@dojima-trading.example.co.jp")],
      "Fwd: ご紹介いただいた求人について（貿易事務ポジション）",
      t("""
林様

お世話になっております。ブリッジワークスの加藤です。
貿易事務のポジション、良い方がいらっしゃいました。取り急ぎご本人からのメールを転送します。
英語力・実務経験とも要件を満たしていると思います。
書類選考OKであれば、来週前半で一次面接をセットさせてください。

""") + SIG_KATO + "\n" + orig,
      personal=[p("name", "小松 奈々"), p("birth_date", "1996年3月11日"),
                p("address", "兵庫県尼崎市南塚口町4-8-21-703"), p("phone", "070-0000-5528"),
                p("income", "380万円"), p("family", "離婚して子ども(5歳)と二人暮らし"),
                p("email", "nana.komatsu.work@gmail.com")])

    # D-H8 subject: payslip details in the subject, sent to the client-side namesake
    W("hirai", "subject", "hold", "personal.payslip_wrong_party",
      "件名にスタッフの氏名と差引支給額が書かれた給与明細の再送が、本人ではなく派遣先の同姓の担当者宛てに送られているため。",
      HIRAI, [addr("山本 拓海（なにわ精機 購買課）", "t.yamamoto@naniwa-seiki.example.co.jp")],
      "【再送】給与明細（2025年4月分）山本 拓海 様 差引支給額 231,480円",
      t("""
山本 様

いつもお世話になっております。ブリッジワークス管理部の平井でございます。
ご依頼いただきました2025年4月分の給与明細を再送いたします。
金額は件名のとおりです。明細の詳細はスタッフ用Webサイトからもご確認いただけます。

ご不明な点がございましたら、管理部までお問い合わせください。
""") + SIG_HIRAI,
      personal=[p("name", "山本 拓海"), p("net_pay", "231,480円")])

    # D-H9 zip: plain zip with a candidate list (names, ages, salaries, phones)
    W("kato", "zip", "hold", "list.zip_candidate_list",
      "パスワードなしZIPの中の候補者一覧CSVに、候補者の実名・年齢・現年収・携帯番号が並んでいるため。",
      KATO, [addr("株式会社ミナミデジタル 採用担当 田村様", "tamura@minami-digital.example.co.jp")],
      "候補者リスト（カスタマーサクセス職）送ります",
      t("""
田村様

加藤です。お世話になっております。
カスタマーサクセス職の候補者リストと、各候補者の推薦コメントをまとめて送ります。
zipで送りますのでご確認ください。

・候補者資料_0526.zip
　- 候補者一覧.csv
　- 推薦コメント.txt

面談希望の方に○をつけてご返信いただければ、すぐ日程調整します!
""") + SIG_KATO,
      attachments=[
          att("候補者資料_0526.zip/候補者一覧.csv", csv_text([
              ["No", "氏名", "年齢", "現職", "現年収(万円)", "希望年収(万円)", "携帯", "転職理由"],
              [1, "大西 亜美", 31, "SaaS企業 CS", 420, 460, "090-0000-3105", "評価制度への不満"],
              [2, "坂本 健吾", 28, "通信会社 法人営業", 450, 480, "080-0000-7264", "キャリアチェンジ"],
              [3, "野田 真紀", 36, "EC事業者 カスタマーサポートSV", 400, 450, "070-0000-9913", "介護のため在宅勤務希望"],
          ])),
          att("候補者資料_0526.zip/推薦コメント.txt", t("""
1. 大西さん：SaaSのオンボーディング経験3年。解約率改善の実績あり。
2. 坂本さん：法人営業からCSへの転身希望。顧客折衝力は高い。
3. 野田さん：SV経験5年、チームマネジメント可。週2日以上の在宅勤務が条件。
"""))],
      personal=[p("name", "大西 亜美"), p("phone", "090-0000-3105"), p("name", "坂本 健吾"),
                p("name", "野田 真紀"), p("family", "介護のため在宅勤務希望")])

    # D-H10 recipients: training notice with 13 staff private addresses in To
    rcpts = [
        ("", "mai.hasegawa.88@gmail.com"),
        ("", "ryota.ishii.0316@outlook.com"),
        ("藤原 智子", "tomoko.fujiwara.1985@yahoo.co.jp"),
        ("", "kenta.mori.bw@gmail.com"),
        ("中西 由美子", "yumiko-nakanishi@yahoo.co.jp"),
        ("", "sho.ueda0909@gmail.com"),
        ("川口 結衣", "yui.kawaguchi.0130@outlook.com"),
        ("", "miho.tsuji.osaka@gmail.com"),
        ("", "daigo.ikeda_77@yahoo.co.jp"),
        ("今村 千夏", "chinatsu.imamura@outlook.com"),
        ("", "kazuki.nomura.works@gmail.com"),
        ("", "haruna.sugimoto.2001@yahoo.co.jp"),
        ("", "takeshi.okubo.1975@gmail.com"),
    ]
    W("kimura", "recipients", "hold", "recipients.staff_private_to",
      "派遣スタッフ13名の個人メールアドレスがToに並んで互いに見える一斉送信で、BCCにすべきだったため。",
      KIMURA, [addr(n, e) for n, e in rcpts],
      "【スタッフの皆さまへ】6月の無料スキルアップ研修のご案内",
      t("""
スタッフの皆さま

いつもお仕事おつかれさまです！ブリッジワークスの木村です。
6月の無料スキルアップ研修のご案内です〜。

①Excel中級（関数・ピボットテーブル）　6/7(土) 10:00〜12:00
②ビジネスメールの基本　　　　　　　　　6/14(土) 10:00〜11:30
③はじめてのチャットGPT活用　　　　　　6/21(土) 13:00〜15:00

会場：梅田オフィス 12F研修ルーム（オンライン参加もOKです！）
参加費：無料（交通費の支給はありません、ごめんなさい…）

参加希望の方は、このメールに返信で希望の番号を教えてくださいね。
皆さまのご参加お待ちしてます！
""") + SIG_KIMURA,
      personal=[p("email", e) for _, e in rcpts])

    # ------------------------------------------------------------------ passes
    # D-P1 invoice with corporate account and aggregated hours
    corp = corporate_number("120001208846")
    W("kato", "none", "pass", "benign.invoice_corporate_account",
      "派遣料金の請求連絡で、口座は当社の法人口座、稼働は合計時間のみであり個人を特定する情報はないため。",
      KATO, [addr("堂島トレーディング株式会社 経理 御中", "keiri@dojima-trading.example.co.jp")],
      "5月度 派遣料金ご請求書のご送付",
      t(f"""
堂島トレーディング株式会社
経理ご担当者様

お世話になっております。ブリッジワークスの加藤です。
5月度の派遣料金のご請求書をお送りします。

・対象：一般事務派遣 3名分（稼働合計 438.5時間）
・ご請求金額：1,398,813円（税込）
・お支払期日：6/30
・お振込先：なにわ中央銀行 梅田支店 普通 1180457 カ）ブリッジワークス
・登録番号：T{corp}

スタッフ別の稼働明細は、勤怠システム上でご確認いただけます。
よろしくお願いいたします。
""") + SIG_KATO)

    # D-P2 minimal employment verification with the staff member's consent
    W("kimura", "none", "pass", "benign.employment_verification_consent",
      "本人の同意書を確認したうえで、在籍の事実・期間・職種のみを回答する最小限の在籍確認であるため。",
      KIMURA, [addr("梅田ハウジング株式会社 審査課 吉田様", "yoshida@umeda-housing.example.co.jp")],
      "Re: 在籍確認のご依頼（入居審査）",
      t("""
梅田ハウジング株式会社
審査課　吉田様

お世話になっております。ブリッジワークスの木村です。
お問い合わせの今村 千夏様の在籍確認につきまして、ご本人様の同意書（5/22付）を確認しましたので、下記のとおり回答いたします。

・当社登録スタッフとしての在籍：あり
・現在の就業期間：2023年10月〜現在（契約更新中）
・職種：一般事務

給与額などその他の事項については、当社の規定によりお答えできかねます。
ご了承くださいませ。
""") + SIG_KIMURA)

    # D-P3 invoice registration / corporate number notice to a vendor
    corp2 = corporate_number("120001208846")
    W("hirai", "none", "pass", "benign.invoice_registration",
      "取引先への適格請求書発行事業者登録番号と法人番号の通知で、いずれも法人の公開番号のため。",
      HIRAI, [addr("株式会社オフィスサプライ大阪 経理課 御中", "keiri@office-supply-osaka.example.co.jp")],
      "取引先情報ご登録内容の変更について",
      t(f"""
株式会社オフィスサプライ大阪
経理課 御中

平素より大変お世話になっております。
株式会社ブリッジワークス管理部の平井でございます。

貴社よりご依頼のありました取引先登録情報につきまして、下記のとおりご回答いたします。

記

　商号　　　　　　：株式会社ブリッジワークス
　法人番号　　　　：{corp2}
　登録番号　　　　：T{corp2}
　本店所在地　　　：大阪市北区梅田1-9-20 梅田ブリッジビル12F
　支払条件　　　　：月末締め 翌月末払い
　請求書送付先　　：管理部 経理担当（keiri@bridgeworks.example.co.jp）

以上

ご不明な点がございましたら、お申し付けください。
""") + SIG_HIRAI)

    # D-P4 interview invitation to the candidate himself
    W("kato", "none", "pass", "benign.candidate_own_invitation",
      "候補者本人に本人の面接日程を案内するメールで、第三者への個人情報の提供ではないため。",
      KATO, [addr("吉村 拓也 様", "t.yoshimura.1204@gmail.com")],
      "【面接日程のご案内】株式会社ミナミデジタル様 一次面接",
      t("""
吉村様

お世話になっております。ブリッジワークスの加藤です。
ミナミデジタル様より、書類選考通過のご連絡をいただきました! おめでとうございます。

一次面接は下記で確定しました。

・日時：6/3(火) 19:30〜20:30
・形式：オンライン（Google Meet）
・URL：https://meet.minami-digital.example.co.jp/abc-defg-hij
・面接官：CTO 藤井様、インフラチームリーダー 松浦様

前日に、想定質問の対策を15分ほどお電話でやりましょう。
6/2(月) 20時頃はいかがですか?
""") + SIG_KATO)

    # D-P5 staff arriving late due to "体調不良" (no diagnosis)
    W("kimura", "none", "pass", "benign.staff_late_notice",
      "スタッフの遅刻連絡で「体調不良」とだけ伝えており、病名などの健康情報は含まれないため。",
      KIMURA, [addr("なにわ精機 総務課 西川様", "nishikawa@naniwa-seiki.example.co.jp")],
      "本日の出勤について（上田さん）",
      t("""
西川様

おはようございます！ブリッジワークスの木村です。
派遣スタッフの上田 翔さんから、今朝は体調不良のため午後（13時）からの出勤にさせてほしいと連絡がありました。

午前中の出荷検品の人員が足りない場合は、別のスタッフで対応できるか調整しますので、お知らせください〜。
ご迷惑をおかけしてすみません。よろしくお願いいたします！
""") + SIG_KIMURA)

    # D-P6 lecturer's own fee notice with a masked account
    W("hirai", "none", "pass", "benign.lecturer_fee_masked",
      "研修講師本人に本人の謝礼額と振込予定を知らせるもので、口座番号も下3桁以外マスクされているため。",
      HIRAI, [addr("辻本 恵美 様", "emi.tsujimoto.office@gmail.com")],
      "研修講師謝礼のお振込みについて（5/17 ビジネスマナー研修）",
      t("""
辻本 恵美 様

先日はスタッフ向けビジネスマナー研修にご登壇いただき、誠にありがとうございました。
株式会社ブリッジワークス管理部の平井でございます。

講師謝礼のお振込みにつきまして、下記のとおりご案内いたします。

　謝礼額　　　：50,000円
　源泉徴収税額：5,105円
　お振込額　　：44,895円
　お振込予定日：2025年6月10日（火）
　お振込先　　：ご登録の口座（なにわ中央銀行 ＊＊＊支店 普通 ＊＊＊＊581）

支払調書は、来年1月にお送りいたします。
今後ともどうぞよろしくお願い申し上げます。
""") + SIG_HIRAI)

    # D-P7 disability-employment support proposal with aggregate figures only
    W("kato", "none", "pass", "benign.service_proposal_aggregate",
      "障害者雇用支援サービスの提案で、法定雇用率や支援実績の集計値だけを示しており個人の障害情報はないため。",
      KATO, [addr("堂島トレーディング株式会社 管理部 林様", "hayashi@dojima-trading.example.co.jp")],
      "障害者雇用の採用支援サービスのご案内",
      t("""
林様

いつもお世話になっております。ブリッジワークスの加藤です。
先日お話に出た障害者雇用の件、当社サービスの概要をお送りします。

・法定雇用率：2.5%（2026年7月から2.7%）
・御社の現状（ご提示いただいた数字）：常用労働者 212名、雇用障害者数 3名 → 実雇用率 1.42%
・不足数：2名（2026年7月以降は3名）

当社の支援実績（2024年度）
・ご紹介による採用決定：48名（精神 27名／身体 13名／知的 8名）
・入社後1年定着率：86%

まずは業務の切り出しから一緒に検討できればと思います。
来週どこかで30分いただけますか?
""") + SIG_KATO)

    # D-P8 attendance-system outage (IT "障害")
    W("kimura", "none", "pass", "benign.system_outage",
      "「障害」は勤怠システムの不具合のことで、人の障害に関する情報ではないため。",
      KIMURA, [addr("タイムリンク株式会社 サポート窓口", "support@timelink.example.com")],
      "勤怠打刻アプリの障害について（問い合わせ番号 TL-88412）",
      t("""
タイムリンク株式会社
サポートご担当者様

お世話になっております。ブリッジワークスの木村です。
今朝8時ごろから、スタッフの方々から「打刻アプリにログインできない」という連絡が相次いでいます。

・発生時刻：5/26(月) 7:55ごろ〜現在も継続
・症状：ログイン画面で「E503 サーバーに接続できません」と表示される
・影響：当社スタッフ約120名（iOS・Androidとも）

障害情報のページには何も出ていないようなのですが、状況を教えていただけますか？
復旧までの間は、紙の出勤簿で対応するよう案内しています！
""") + SIG_KIMURA)

    # D-P9 plain zip with the price list
    W("hirai", "none", "pass", "benign.plain_zip_price",
      "暗号化されていない通常のZIPで、中身は職種別の派遣料金表だけであり個人情報はないため。",
      HIRAI, [addr("株式会社なにわ精機 購買課 御中", "kobai@naniwa-seiki.example.co.jp")],
      "2025年度 派遣料金表のご送付",
      t("""
株式会社なにわ精機
購買課 御中

平素より大変お世話になっております。
株式会社ブリッジワークス管理部の平井でございます。

2025年度（7月以降）の派遣料金表をお送りいたします。
ファイルはzip形式（パスワードなし）にまとめております。

　料金表_2025.zip
　　・料金表.csv
　　・改定のご案内.txt

ご査収のほど、よろしくお願い申し上げます。
""") + SIG_HIRAI,
      attachments=[
          att("料金表_2025.zip/料金表.csv", csv_text([
              ["職種", "時間単価(円・税抜)", "時間外(125%)", "深夜(25%加算)"],
              ["一般事務", 2350, 2938, 588],
              ["製造・検品", 2200, 2750, 550],
              ["フォークリフト", 2450, 3063, 613],
              ["CADオペレーター", 2900, 3625, 725],
          ])),
          att("料金表_2025.zip/改定のご案内.txt", t("""
派遣料金改定のご案内
最低賃金の引上げ及び社会保険料率の改定に伴い、2025年7月1日就業分より料金を改定させていただきます。
平均改定率は約3.8%です。何卒ご理解賜りますようお願い申し上げます。
"""))])

    # D-P10 congratulations on a client manager's promotion
    W("kato", "none", "pass", "benign.congratulations",
      "取引先部長の昇進祝いで、公表された人事情報に触れるだけであり個人の機微情報はないため。",
      KATO, [addr("株式会社ミナミデジタル 取締役 人事本部長 宮田様", "miyata@minami-digital.example.co.jp")],
      "ご就任のお祝い",
      t("""
宮田様

ブリッジワークスの加藤です。
このたびは取締役 人事本部長へのご就任、誠におめでとうございます!
プレスリリースで拝見し、思わずご連絡してしまいました。

宮田様には、私がこの仕事を始めたばかりの頃から大変お世話になっております。
今後ともご指導のほど、よろしくお願いいたします。

お忙しいと思いますので、ご返信は不要です。
""") + SIG_KATO)

    return out
