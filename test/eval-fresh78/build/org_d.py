"""Org D: 株式会社ソレイユ・リサーチ (private investigation / background-check firm)."""
from common import Writer, mail, att, enc_zip, csv_text, quote

ORG = "D"
DOMAIN = "soleil-research.example.co.jp"

MIURA = Writer("miura", "三浦 剛 <miura.t@soleil-research.example.co.jp>", """
--
ソレイユ・リサーチ 調査部
三浦（携帯 080-0000-6402）
""")

KATAGIRI = Writer("katagiri", "片桐 奈央（ソレイユ・リサーチ） <katagiri.n@soleil-research.example.co.jp>", """
─────────────────────────────────
株式会社ソレイユ・リサーチ
クライアントサービス部　片桐 奈央（かたぎり なお）
〒105-0000 東京都港区芝浦台2-7-15 芝浦台スクエア8F
TEL 03-0000-5180　FAX 03-0000-5181
探偵業届出証明書番号：東京都公安委員会 第30200418号
https://www.soleil-research.example.co.jp/
─────────────────────────────────
本メールおよび添付ファイルには、秘密情報が含まれている場合があります。
宛先以外の方が受信された場合は、直ちに削除し、送信者へご連絡ください。
""")

NOTO = Writer("noto", "能登 恭平 <noto@soleil-research.example.co.jp>", """
株式会社ソレイユ・リサーチ
代表取締役　能登 恭平
〒105-0000 東京都港区芝浦台2-7-15 芝浦台スクエア8F
TEL 03-0000-5180
""")


def mails():
    out = []
    add = out.append

    # ------------------------------------------------------------ HOLDS
    # body 1: pre-employment check with an arrest record and debts
    add(mail(ORG, KATAGIRI, "hold", "sensitive.criminal_record",
             "A pre-employment report tells the client a named candidate's arrest history and consumer debts.",
             "body",
             ["株式会社ミナセ建設 人事部 採用課 岸本様 <kishimoto@minase-kensetsu.example.co.jp>"],
             "採用候補者 調査結果のご報告（速報）",
             f"""
株式会社ミナセ建設
人事部 採用課　岸本 様

いつもお世話になっております。ソレイユ・リサーチの片桐でございます。
11月6日にご依頼いただきました採用候補者の調査につき、速報をお送りします。
正式な報告書は11月21日（金）にお届けいたします。

■対象者：木戸 亮介 氏（1988年10月3日生・37歳）
　現住所：神奈川県川崎市中原区木月台4-11-6 サンハイツ木月202

■職歴（申告との照合）
　・2011年4月～2017年3月 大成土木工業株式会社（申告どおり）
　・2017年4月～2020年9月 有限会社ケイズ設備（申告では「2021年3月まで」→ 約半年の相違）

■その他確認事項
　・2019年5月、傷害容疑で神奈川県警に逮捕（地方紙報道あり）。その後の処分は不明ですが、
　　起訴された形跡は見当たりません。
　・消費者金融2社に計約180万円の債務あり。延滞の記録は確認されておりません。

判断材料としてのご利用にとどめていただきますよう、お願い申し上げます。

{KATAGIRI.sig}
""",
             personal=[("name", "木戸 亮介"), ("birth_date", "1988年10月3日"),
                       ("address", "神奈川県川崎市中原区木月台4-11-6 サンハイツ木月202"),
                       ("criminal_record", "傷害容疑で神奈川県警に逮捕")]))

    # body 2: whereabouts report to a lawyer
    add(mail(ORG, MIURA, "hold", "personal.whereabouts_report",
             "A located debtor's new address, employer, mobile number and car plate are reported to the client lawyer.",
             "body",
             ["弁護士法人 青葉総合法律事務所 大塚先生 <otsuka@aoba-law.example.jp>"],
             "所在調査の結果（案件番号 SR-25-0871）",
             f"""
青葉総合法律事務所
大塚先生

お世話になっております。ソレイユ・リサーチの三浦です。
所在調査（SR-25-0871）の結果をご報告します。

対象者：長尾 智之（ながお ともゆき）
現住所：埼玉県所沢市緑葉台3-25-9 グランメゾン緑葉台 507号室
　　　　11/12、11/14 の両日、朝7時台に同室から出て駅へ向かうのを確認。表札なし。
勤務先：株式会社エムズ物流サービス 所沢センター（倉庫内作業、派遣社員）
携帯　：090-0000-7753（旧番号のまま、SMS到達を確認）
車両　：白の軽ワゴン 所沢 580 あ 41-07（マンション駐車場 B-12区画）

同居者は見当たりません。写真は報告書に添付してお送りします。
訴状の送達先としてお使いいただけると思います。

{MIURA.sig}
""",
             personal=[("name", "長尾 智之"), ("address", "埼玉県所沢市緑葉台3-25-9 グランメゾン緑葉台 507号室"),
                       ("phone", "090-0000-7753"), ("vehicle", "所沢 580 あ 41-07")]))

    # body 3: driver's licence number to a freelance investigator
    add(mail(ORG, MIURA, "hold", "id.drivers_licence",
             "A subject's driver's licence number, birth date and address are sent to a freelance investigator's private address.",
             "body",
             ["大迫 修 <osako.osamu.inv@gmail.com>"],
             "本人確認の件（明日の聞き込み）",
             f"""
大迫さん

お疲れさまです。三浦です。
明日の聞き込みの件、依頼者から免許証のコピーが届いたので要点を送ります。
相手が名乗った名前と一致するかだけ確認してください。

　氏名：浜田 勝利
　生年月日：昭和56年2月9日
　免許証番号：第301812047350号
　住所（免許証記載）：東京都大田区蒲田台5-2-14
　有効期限：令和9年3月9日

聞き込み先は前回と同じ、蒲田台の商店会の方です。
終わったら電話ください。

{MIURA.sig}
""",
             personal=[("name", "浜田 勝利"), ("drivers_licence", "301812047350"),
                       ("birth_date", "昭和56年2月9日"), ("address", "東京都大田区蒲田台5-2-14")]))

    # attachment 1: screening results CSV
    screen = [
        ("1", "株式会社グリーンエステート", "代表取締役", "竹田 浩之", "1969/04/22", "東京都世田谷区北沢台2-8-3", "該当なし", ""),
        ("2", "有限会社TK興業", "代表取締役", "久米 達也", "1975/11/30", "東京都足立区西新井台6-1-18", "要注意", "2016年 恐喝未遂で逮捕の報道。元指定暴力団構成員との交際の記事あり"),
        ("3", "株式会社ベイサイド企画", "取締役", "久米 美紀", "1979/08/05", "東京都足立区西新井台6-1-18", "要注意", "上記久米氏の配偶者。同社の実質的支配者の可能性"),
        ("4", "合同会社リンクス", "代表社員", "呉 東秀", "1983/02/14", "神奈川県横浜市中区山下台1-4-9", "該当なし", ""),
        ("5", "株式会社三栄ビルサービス", "代表取締役", "佐藤 和夫", "1958/06/01", "千葉県市川市行徳台3-20-2", "該当なし", "同姓同名の記事1件（別人と判断）"),
    ]
    add(mail(ORG, KATAGIRI, "hold", "list.screening_results",
             "The attached screening CSV lists company officers' names, birth dates, home addresses and arrest reports.",
             "attachment",
             ["東邦ファシリティーズ株式会社 法務部 与謝野様 <yosano@toho-facilities.example.co.jp>"],
             "反社会的勢力チェック結果のご送付（11月依頼分）",
             f"""
東邦ファシリティーズ株式会社
法務部　与謝野 様

平素より大変お世話になっております。ソレイユ・リサーチの片桐でございます。
11月10日にご依頼いただきました新規取引先5社の反社チェックが完了いたしましたので、
結果一覧を添付にてお送りいたします。

「要注意」の2件については、追加調査（現地確認・登記履歴の精査）も可能です。
ご希望の際はお申し付けください。

{KATAGIRI.sig}
""",
             attachments=[att("反社チェック結果_東邦ファシリティーズ様_202511.csv",
                              csv_text(["No", "法人名", "役職", "氏名", "生年月日", "住所", "判定", "備考"], screen))],
             personal=[("name", "久米 達也"), ("birth_date", "1975/11/30"), ("address", "東京都足立区西新井台6-1-18"),
                       ("criminal_record", "2016年 恐喝未遂で逮捕の報道"), ("name", "竹田 浩之")]))

    # attachment 2: marriage investigation to a private client
    add(mail(ORG, KATAGIRI, "hold", "sensitive.marriage_investigation",
             "A marriage-investigation report gives a fiancé's family members' psychiatric history, religion and a brother's conviction.",
             "attachment",
             ["村上 典子 <noriko.murakami.62@gmail.com>"],
             "ご依頼の調査報告書をお送りいたします",
             f"""
村上 典子 様

いつもお世話になっております。ソレイユ・リサーチの片桐でございます。
ご依頼いただいておりました調査の報告書がまとまりましたので、添付にてお送りいたします。
ご不明な点、ご相談などございましたら、お気軽にお電話ください。

原本は簡易書留にてご自宅へお送りしております。

{KATAGIRI.sig}
""",
             attachments=[att("調査報告書_SR-25-0912.docx", """
調査報告書（SR-25-0912）
依頼者：村上 典子 様
対象者：相良 悠斗（さがら ゆうと）1994年7月18日生　会社員（株式会社ネクストリンク 営業部）
現住所：東京都杉並区高円寺台1-14-2 レジデンス高円寺306

1. 勤務状況：申告どおり。勤続6年、勤務態度に問題は聞かれない。
2. 交友関係：特記事項なし。
3. 家族
　父 相良 公一（64）：2019年から約半年、うつ病で精神科病院（八王子市）に入院歴あり。現在は通院のみ。
　母 相良 幸枝（61）：宗教団体「光明の道会」の熱心な会員で、地区の支部長を務める。
　兄 相良 翔太（36）：2018年に窃盗罪で有罪判決（執行猶予付き）。現在は地方で就労。
4. 金銭関係：対象者本人に目立った債務なし。
以上
""")],
             personal=[("name", "相良 悠斗"), ("diagnosis", "うつ病で精神科病院"), ("religion", "光明の道会"),
                       ("criminal_record", "窃盗罪で有罪判決"), ("address", "東京都杉並区高円寺台1-14-2 レジデンス高円寺306")]))

    # quoted 1: client's request forwarded to a freelance investigator
    req = """
----- Forwarded Message -----
From: 宮原 亜紀 <aki.miyahara@yahoo.co.jp>
To: ソレイユ・リサーチ 相談窓口 <soudan@soleil-research.example.co.jp>
Date: Mon, 17 Nov 2025 23:12
Subject: 先日ご相談した件（夫について）

先日はお話を聞いていただきありがとうございました。
お伝えしきれなかった点を書きます。

夫：宮原 康弘（44）携帯 080-0000-1587
勤務先：株式会社大和テクノサービス 品川本社 経理部（平日 8:45～17:30）
通勤：自宅（横浜市港北区日吉台2-33-6）から東急線で品川まで
車：シルバーのプリウス 横浜 330 ね 58-21
火曜と木曜は「残業」と言って帰りが23時過ぎになります。
相手は同じ部署の女性ではないかと思っています。
写真は夫のものをLINEで送ります。
"""
    add(mail(ORG, MIURA, "hold", "personal.target_profile_forward",
             "A forwarded client request gives the surveillance target's name, phone, workplace, home address and car to an outside investigator.",
             "quoted",
             ["荒木 誠 <makoto.araki.tantei@yahoo.co.jp>"],
             "Fw: 先日ご相談した件（夫について）",
             f"""
荒木さん

お疲れさまです。三浦です。
新規の素行調査、来週火曜（11/25）と木曜（11/27）の2日間、
夕方17:00から品川で張り込みをお願いできますか。
依頼者からの情報を下に付けます。写真は別途LINEで送ります。

{MIURA.sig}

{req}
""",
             personal=[("name", "宮原 康弘"), ("phone", "080-0000-1587"),
                       ("address", "横浜市港北区日吉台2-33-6"), ("vehicle", "横浜 330 ね 58-21")]))

    # quoted 2: earlier report with mental-health information
    prev = """
-----Original Message-----
From: 片桐 奈央 <katagiri.n@soleil-research.example.co.jp>
Sent: Wednesday, October 29, 2025 4:40 PM
To: 大林ホールディングス 人事部 菅原様
Subject: 中途採用候補者 調査結果のご報告

菅原様
ご依頼の候補者 2名の調査結果です。

① 清水 雅也 氏（1985年生）：職歴・学歴とも申告どおり。特記事項なし。
② 宇田川 舞 氏（1990年3月12日生）：前職（株式会社ブライトメディア）を2023年に退職。
　 元同僚2名への聞き取りによれば、退職前に約8か月、うつ病で休職しており、
　 現在も心療内科（渋谷区）に通院中とのこと。
　 また、実家が生活保護を受給しているとの話もありました（未確認）。
"""
    add(mail(ORG, KATAGIRI, "hold", "sensitive.mental_health_quoted",
             "The reply quotes an earlier report stating that a named candidate took depression leave and her family receives welfare.",
             "quoted",
             ["大林ホールディングス 人事部 菅原様 <sugawara@obayashi-hd.example.co.jp>"],
             "RE: 中途採用候補者 調査結果のご報告",
             f"""
大林ホールディングス株式会社
人事部　菅原 様

いつもお世話になっております。ソレイユ・リサーチの片桐でございます。
追加調査のご依頼ありがとうございます。
お見積りを本日中に作成し、お送りいたします。
調査期間は着手から10営業日ほどを見込んでおります。

引き続きよろしくお願い申し上げます。

{KATAGIRI.sig}

{prev}
""",
             personal=[("name", "宇田川 舞"), ("birth_date", "1990年3月12日"),
                       ("diagnosis", "うつ病で休職"), ("social_status", "生活保護を受給")]))

    # subject only
    add(mail(ORG, MIURA, "hold", "sensitive.subject_criminal",
             "The subject line states a named person's arrest record for fraud; the body only promises a report.",
             "subject",
             ["株式会社ミナセ建設 人事部 採用課 岸本様 <kishimoto@minase-kensetsu.example.co.jp>"],
             "【速報】大野 修一 氏 逮捕歴あり（2019年 詐欺・不起訴）",
             f"""
岸本様

お世話になっております。ソレイユ・リサーチ調査部の三浦です。
標記の件、取り急ぎご連絡いたします。詳細は片桐より報告書にてお送りします。

{MIURA.sig}
""",
             personal=[("name", "大野 修一"), ("criminal_record", "逮捕歴あり（2019年 詐欺・不起訴）")]))

    # zip: password-protected report
    add(mail(ORG, KATAGIRI, "hold", "attachment.encrypted_zip",
             "The report and photos are sent in a password-protected zip with the password mailed separately (PPAP).",
             "zip",
             ["青葉総合法律事務所 大塚先生 <otsuka@aoba-law.example.jp>"],
             "調査報告書（SR-25-0871）の送付",
             f"""
青葉総合法律事務所
大塚 先生

平素より大変お世話になっております。ソレイユ・リサーチの片桐でございます。
先日三浦よりご報告いたしました所在調査につきまして、正式な報告書と写真一式をお送りいたします。
ファイルはパスワード付きzipとなっております。パスワードは別メールにてお送りいたします。

{KATAGIRI.sig}
""",
             attachments=[enc_zip("SR-25-0871_報告書一式.zip")]))

    # recipients: seminar invitation to HR staff of 12 companies in To
    hr = [
        "岸本 様 <kishimoto@minase-kensetsu.example.co.jp>",
        "与謝野 様 <yosano@toho-facilities.example.co.jp>",
        "菅原 様 <sugawara@obayashi-hd.example.co.jp>",
        "人事部 倉田様 <kurata@sakura-foods.example.co.jp>",
        "総務部 日比野様 <hibino@hibiki-shoji.example.co.jp>",
        "人事総務課 江藤様 <eto.k@tokai-denko.example.co.jp>",
        "法務部 三宅様 <miyake@ichiban-logistics.example.co.jp>",
        "人事部 平松様 <hiramatsu@hoshino-pharma.example.co.jp>",
        "管理本部 土屋様 <tsuchiya@kanto-realty.example.co.jp>",
        "人事部 浦田様 <urata@marukin-retail.example.co.jp>",
        "総務人事部 成瀬様 <naruse@seiryo-electric.example.co.jp>",
        "コンプライアンス室 大江様 <oe@daiwa-techno-service.example.co.jp>",
    ]
    add(mail(ORG, KATAGIRI, "hold", "recipients.visible_to",
             "Twelve client contacts from different companies are visible to each other in To, revealing who uses the firm.",
             "recipients",
             hr,
             "【ご案内】採用リスクと反社対応の実務セミナー（12/9 オンライン）",
             f"""
お取引先各位

平素より格別のお引き立てを賜り、誠にありがとうございます。
株式会社ソレイユ・リサーチ クライアントサービス部の片桐でございます。

日頃ご愛顧いただいているお客様を対象に、下記のとおり無料セミナーを開催いたします。

　日時：2025年12月9日（火）15:00～16:30
　形式：オンライン（Zoom）
　内容：第1部 経歴詐称の最新傾向と確認の方法
　　　　第2部 反社会的勢力排除条項の運用と、取引開始後に判明した場合の対応
　講師：弊社代表取締役 能登 恭平／弁護士 大塚 理（青葉総合法律事務所）

お申込みは12月3日（水）までに、本メールにご返信ください。

{KATAGIRI.sig}
"""))

    # ------------------------------------------------------------ PASSES
    # minimal employment verification with consent
    add(mail(ORG, MIURA, "pass", "benign.employment_verification_consent",
             "A minimal employment verification made with the candidate's written consent, giving only dates and title.",
             "pass",
             ["株式会社ミナセ建設 人事部 採用課 岸本様 <kishimoto@minase-kensetsu.example.co.jp>"],
             "在籍確認の結果（同意書取得済み）",
             f"""
岸本様

お世話になっております。ソレイユ・リサーチの三浦です。
ご依頼の在籍確認、本日完了しました。ご本人の同意書（11/10付）に基づき、
前職の人事部に確認した範囲でのご報告です。

　対象：北条 拓也 様
　前職：株式会社ヤマブキ設計
　在籍期間：2016年4月1日～2025年9月30日
　最終役職：設計部 主任

上記以外の事項（退職理由、評価等）は照会しておりません。
請求は月末締めでまとめてお送りします。

{MIURA.sig}
"""))

    # estimate
    add(mail(ORG, KATAGIRI, "pass", "benign.estimate",
             "A price quotation for corporate credit checks, with the firm's registration number and no personal data.",
             "pass",
             ["株式会社ひびき商事 総務部 日比野様 <hibino@hibiki-shoji.example.co.jp>"],
             "お見積書の送付（取引先信用調査）",
             f"""
株式会社ひびき商事
総務部　日比野 様

このたびはお問い合わせいただき、誠にありがとうございます。
ソレイユ・リサーチの片桐でございます。
先日お打合せいたしました取引先信用調査につき、お見積書をお送りいたします。

　・企業信用調査（標準） 1社あたり 38,000円（税別）
　・反社会的勢力チェック（データベース＋報道検索） 1社あたり 8,000円（税別）
　・年間契約（20社以上）の場合は 15% お値引き

お見積り番号：Q-2025-1142（有効期限：2025年12月31日）
ご発注の際は、添付の申込書にご記入のうえご返送ください。

{KATAGIRI.sig}
""",
             attachments=[att("御見積書_Q-2025-1142.pdf", "御見積書 Q-2025-1142\n株式会社ひびき商事 御中\n企業信用調査（標準） 38,000円 × 20社\n反社チェック 8,000円 × 20社\n年間契約値引 ▲15%\n合計（税込） 859,980円\n株式会社ソレイユ・リサーチ\n")]))

    # corporate credit report: company name containing a surname
    add(mail(ORG, MIURA, "pass", "benign.corporate_credit_report",
             "A corporate credit summary about 株式会社田中製作所; the surname is part of a company name and all data are registry facts.",
             "pass",
             ["株式会社ひびき商事 総務部 日比野様 <hibino@hibiki-shoji.example.co.jp>"],
             cc=["片桐 奈央 <katagiri.n@soleil-research.example.co.jp>"],
             subject="企業調査（株式会社田中製作所）の概要",
             text=f"""
日比野様

お世話になっております。ソレイユ・リサーチ調査部の三浦です。
標記の件、報告書に先立ち概要をお送りします。

　商号：株式会社田中製作所
　法人番号：4011101052738
　本店：東京都大田区東糀谷台6-4-11
　設立：1972年5月　資本金：4,800万円
　代表者：代表取締役社長 田中 宏明（登記・同社ウェブサイトで公表）
　従業員：86名　売上高：約21億円（2025年3月期）
　主要取引先：大手自動車部品メーカー3社
　評価：B（取引上の懸念なし）。借入は増加傾向ですが、返済遅延の情報はありません。

報告書（正式版）は片桐より今週中にお送りします。

{MIURA.sig}
"""))

    # contract renewal with the registration certificate number
    add(mail(ORG, NOTO, "pass", "benign.contract_renewal",
             "A contract renewal with a law firm citing the detective-business registration number and contract numbers.",
             "pass",
             ["青葉総合法律事務所 事務局長 広瀬様 <hirose@aoba-law.example.jp>"],
             "業務委託基本契約の更新について",
             f"""
青葉総合法律事務所
事務局長　広瀬 様

平素より大変お世話になっております。ソレイユ・リサーチの能登でございます。
貴所との業務委託基本契約（契約番号 SR-K-2021-007）が12月31日で満了となるため、
更新のご案内を申し上げます。

　・契約期間：2026年1月1日～2026年12月31日（自動更新条項は従前どおり）
　・料金表：改定なし
　・変更点：第9条（個人情報の取扱い）に、再委託先の監督に関する条項を追記しました
　・弊社の探偵業届出証明書番号：東京都公安委員会 第30200418号（変更なし）

更新版の契約書（2部）を郵送いたします。ご確認のうえ、1部をご返送いただけますと幸いです。
今後とも何卒よろしくお願い申し上げます。

{NOTO.sig}
"""))

    # invoice with corporate account
    add(mail(ORG, KATAGIRI, "pass", "benign.invoice_corporate_account",
             "A monthly invoice notice with the firm's corporate bank account.",
             "pass",
             ["東邦ファシリティーズ株式会社 経理部 <keiri@toho-facilities.example.co.jp>"],
             cc=["与謝野 様 <yosano@toho-facilities.example.co.jp>"],
             subject="11月分 ご請求書送付のご案内",
             text=f"""
東邦ファシリティーズ株式会社
経理部 ご担当者様

いつもお世話になっております。ソレイユ・リサーチの片桐でございます。
11月分のご請求書をお送りいたします。

　請求書番号：INV-2511-0037
　ご請求金額：44,000円（税込）（反社チェック 5件）
　お支払期限：2025年12月31日
　お振込先：東京湾岸銀行 芝浦支店 普通 3021847
　　　　　　カ）ソレイユリサーチ
　適格請求書発行事業者登録番号：T5010401163829

ご不明な点がございましたら、お気軽にお問い合わせください。

{KATAGIRI.sig}
"""))

    # meeting arrangement (6 addresses, 2 organisations)
    add(mail(ORG, NOTO, "pass", "benign.meeting_arrangement",
             "A quarterly meeting arrangement with a law firm; six visible addresses from two organisations.",
             "pass",
             ["大塚 理 <otsuka@aoba-law.example.jp>",
              "広瀬 事務局長 <hirose@aoba-law.example.jp>",
              "パラリーガル 新田様 <nitta@aoba-law.example.jp>"],
             cc=["三浦 剛 <miura.t@soleil-research.example.co.jp>",
                 "片桐 奈央 <katagiri.n@soleil-research.example.co.jp>",
                 "管理部 <kanri@soleil-research.example.co.jp>"],
             subject="RE: 定例打合せ（12月）日程のご相談",
             text=f"""
大塚先生、広瀬様、新田様

お世話になっております。ソレイユ・リサーチの能登です。
12月の定例打合せ、ご提示いただいた中から 12月16日（火）16:00～ でお願いできますでしょうか。
場所は前回同様、貴所の第2会議室をお借りできれば幸いです。

議題（案）
　1. 11月案件の進捗（所在調査 3件、資産調査 1件）
　2. 再委託先管理の手順見直しについて
　3. 来年度の料金体系

弊社からは私と三浦、片桐の3名で伺います。

{NOTO.sig}

> 能登社長
> いつもお世話になっております。青葉総合法律事務所の広瀬です。
> 12月の定例ですが、12/11（木）午後、12/16（火）16時以降、12/18（木）午前で
> 大塚が対応可能です。ご都合をお知らせください。
"""))

    # malware infection and isolation
    add(mail(ORG, MIURA, "pass", "benign.malware_isolation",
             "\"感染\" and \"隔離\" refer to a suspected malware infection on a laptop reported to the IT vendor.",
             "pass",
             ["ネクサスITサポート ヘルプデスク <help@nexus-itsupport.example.co.jp>"],
             cc=["管理部 <kanri@soleil-research.example.co.jp>"],
             subject="ノートPCのマルウェア感染疑い（資産番号 SR-NB-014）",
             text=f"""
ネクサスITサポート ヘルプデスク 御中

お世話になっております。ソレイユ・リサーチの三浦です。
本日10:20頃、調査部のノートPC（資産番号 SR-NB-014、Windows 11）で
EDRが「Trojan:Win32/Wacatac」の感染疑いを検知しました。

対応済み：
　・Wi-Fiを切り、有線LANも外してネットワークから隔離
　・EDRのコンソールで当該端末を隔離モードに変更（10:31）
　・直前に開いていたのは、取引先を名乗るメールの添付（請求書.xlsm）

フォレンジックの要否も含め、ご対応をお願いできますでしょうか。
端末は電源を入れたまま管理部で保管しています。

{MIURA.sig}
"""))

    # reply to the data subject about his own disclosure request
    add(mail(ORG, NOTO, "pass", "benign.mail_to_data_subject",
             "A reply to the data subject himself about his own disclosure request, naming no third party.",
             "pass",
             ["新井 崇 <takashi.arai.77@outlook.com>"],
             "保有個人データの開示請求について（ご回答）",
             f"""
新井 崇 様

株式会社ソレイユ・リサーチ 代表の能登でございます。
11月11日付でいただきました、貴殿に関する保有個人データの開示請求につきご回答申し上げます。

本人確認書類（運転免許証の写し）を確認いたしました。ありがとうございました。
弊社にて貴殿に関する保有個人データの有無を確認いたしましたところ、
2024年に弊社が受託した調査の過程で取得した情報（氏名、勤務先、在籍期間）を保有しておりました。
開示書面は、ご指定の住所へ本日、本人限定受取郵便にて発送いたしました。

なお、利用停止・消去をご希望の場合は、同封の請求書にてお申し出ください。
ご不明の点は、03-0000-5180（個人情報お問い合わせ窓口）までご連絡ください。

{NOTO.sig}
"""))

    # company car: vehicle registration numbers
    add(mail(ORG, MIURA, "pass", "benign.vehicle_numbers",
             "Company lease cars identified by their registration numbers; no personal data.",
             "pass",
             ["トーヨーオートリース 法人営業部 石黒様 <ishiguro@toyo-autolease.example.co.jp>"],
             "社用車の車検・タイヤ交換の日程について",
             f"""
トーヨーオートリース 石黒様

いつもお世話になっております。ソレイユ・リサーチの三浦です。
車検とスタッドレスへの交換の件、下記でお願いできますか。

　① 品川 300 さ 72-18（アクア／契約番号 TL-44107）車検：12/4（木）引取り希望
　② 品川 500 ろ 30-55（ノア／契約番号 TL-44108）タイヤ交換：12/5（金）
　③ 練馬 330 ち 16-92（N-BOX／契約番号 TL-46233）タイヤ交換：12/5（金）

②と③は同日に芝浦の駐車場（機械式 3F）でまとめて作業していただけると助かります。
代車は①のみ必要です。

{MIURA.sig}
"""))

    # plain zip of contract templates
    add(mail(ORG, KATAGIRI, "pass", "benign.plain_zip_templates",
             "A plain zip of blank contract and consent-form templates for a new client.",
             "pass",
             ["株式会社さくらフーズ 人事部 倉田様 <kurata@sakura-foods.example.co.jp>"],
             "ご契約関係書類（雛形）の送付",
             f"""
株式会社さくらフーズ
人事部　倉田 様

先日はお時間をいただき、誠にありがとうございました。ソレイユ・リサーチの片桐でございます。
お打合せでお話しいたしました契約関係の書類一式（雛形）をお送りいたします。
採用候補者の方から取得していただく同意書の雛形も含めております。
貴社の法務部門でご確認いただき、修正のご要望があればお知らせください。

{KATAGIRI.sig}
""",
             attachments=[att("soleil_keiyaku_hinagata.zip",
                              "soleil_keiyaku_hinagata.zip の内容:\n01_業務委託基本契約書（雛形）.docx\n02_個人情報の取扱いに関する覚書.docx\n03_調査同意書（候補者用）.docx\n04_重要事項説明書（探偵業法第8条）.pdf\n05_料金表_2025.pdf\n", "zip")]))

    return out
