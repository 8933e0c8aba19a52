"""Org C: 株式会社すずかけ調剤 (dispensing pharmacy chain, Hamamatsu).

Writers
  morishita 管理薬剤師 森下 彩（すずかけ薬局 中央店） - clinical, polite, 御机下, careful wording.
  tajima    本部 在宅医療推進部 田島 圭吾             - efficient business tone, KPIs, English words.
  takahata  本部 情報システム課 高畑 翔               - casual IT, half-width, terse, log excerpts.
"""
from common import (t, addr, quote, reply_block, outlook_original, outlook_ja_original,
                    gmail_forward, ja_forward, csv_text, sheet_text, mail, att, enc_zip, p,
                    make_luhn, corporate_number, yamato_tracking)

ORG = "suzukake_chozai"
DOM = "suzukake-ph.example.co.jp"

MORISHITA = addr("すずかけ薬局中央店 森下 彩", f"a.morishita@{DOM}")
TAJIMA = addr("田島 圭吾", f"k.tajima@{DOM}")
TAKAHATA = addr("Takahata Sho", f"takahata@{DOM}")

SIG_MORISHITA = t("""
――――――――――――――――――――
すずかけ薬局 中央店（株式会社すずかけ調剤）
管理薬剤師　森下 彩
〒430-0933 静岡県浜松市中央区鍛冶町318-2
TEL 053-0000-4120　FAX 053-0000-4121
営業時間 平日 9:00～19:00／土 9:00～13:00
――――――――――――――――――――
""")

SIG_TAJIMA = t("""
--
株式会社すずかけ調剤 本部
在宅医療推進部 マネージャー
田島 圭吾（Keigo Tajima）
TEL 053-0000-4100 / Mobile 090-0000-8836
""")

SIG_TAKAHATA = t("""
--
高畑 翔 / すずかけ調剤 本部 情報システム課
053-0000-4105 (直通)
""")


def mails():
    out = []
    W = lambda writer, loc, expect, kind, why, frm, to, subject, text, **kw: out.append(
        mail(ORG, writer, loc, expect, kind, why, frm, to, subject, text, **kw))

    # ------------------------------------------------------------------ holds
    # C-H1 body: tracing report to the prescriber by plain e-mail
    W("morishita", "body", "hold", "sensitive.tracing_report",
      "患者の氏名・生年月日・統合失調症の処方内容と副作用所見を本文に書いて社外の処方医へメール送信しているため。",
      MORISHITA, [addr("さなるだい心療クリニック", "info@sanarudai-mental.example.jp")],
      "服薬情報提供書（トレーシングレポート）送付の件",
      t("""
さなるだい心療クリニック
石原 健司 先生　御机下

いつも大変お世話になっております。
すずかけ薬局中央店の森下でございます。

先生にご処方いただいている患者様について、服薬状況をご報告いたします。
緊急性は低いと判断し、トレーシングレポートとしてお送りいたします。

【患者】大場 正樹 様（1983年6月9日生・41歳）
【傷病名（処方箋より）】統合失調症
【処方】オランザピン錠10mg 1日1回就寝前、ビペリデン塩酸塩錠1mg 1日2回
【薬剤師所見】
　・5/16来局時、本人より「手が震えて箸が持ちにくい」との訴えあり
　・体重が3か月で約6kg増加（本人申告 78kg→84kg）
　・服薬はほぼ毎日できている（残薬 2錠）
【提案】次回受診時に、錐体外路症状と体重・血糖のご確認をお願いできれば幸いです。

ご多忙のところ恐れ入りますが、ご高配のほどよろしくお願い申し上げます。
""") + SIG_MORISHITA,
      personal=[p("name", "大場 正樹"), p("birth_date", "1983年6月9日"),
                p("diagnosis", "統合失調症"), p("medication", "オランザピン錠10mg"),
                p("symptom", "手が震えて箸が持ちにくい")])

    # C-H2 body: home-care patient with dementia and welfare status to a visiting-nurse station
    W("morishita", "body", "hold", "sensitive.home_care_info",
      "在宅患者の氏名・住所と認知症・独居・生活保護受給という要配慮情報を本文で訪問看護ステーションへ送っているため。",
      MORISHITA, [addr("訪問看護ステーションひまわり 管理者 杉山様", "sugiyama@himawari-houkan.example.jp")],
      "居宅療養管理指導の開始について（情報共有）",
      t("""
訪問看護ステーションひまわり
管理者　杉山 様

いつもお世話になっております。
すずかけ薬局中央店の森下です。

来週から当薬局で居宅療養管理指導を開始する患者様について、事前に情報を共有させてください。

・氏名：竹内 ハル 様（88歳）
・住所：浜松市中央区富塚町1544-7（市営住宅3号棟105）
・主病名：アルツハイマー型認知症、心房細動
・生活状況：独居。生活保護を受給中（担当ケースワーカー：中央福祉事務所 安藤様）
・服薬：ドネペジル、アピキサバンほか計7種類。一包化し、カレンダーで管理予定
・注意点：抗凝固薬の飲み忘れ・重複が以前からあり、先月は2日分まとめて服用された形跡がありました

訪問日（毎週火曜 午後）が看護師さんの訪問と重なる場合は、お声がけいただけますと助かります。
よろしくお願いいたします。
""") + SIG_MORISHITA,
      personal=[p("name", "竹内 ハル"), p("address", "浜松市中央区富塚町1544-7（市営住宅3号棟105）"),
                p("diagnosis", "アルツハイマー型認知症"), p("social_status", "生活保護を受給中"),
                p("medication", "アピキサバン")])

    # C-H3 body: patient refund with private bank account and insurance card number
    W("tajima", "body", "hold", "id.patient_refund_account",
      "患者個人の返金先口座と健康保険の記号・番号を本文に書いて、社外の経理代行会社へ送っているため。",
      TAJIMA, [addr("浜松アカウンティングサービス 小林様", "kobayashi@hamamatsu-acs.example.co.jp")],
      "【返金依頼】一部負担金の過徴収分（中央店）",
      t("""
浜松アカウンティングサービス
小林様

お世話になっております。すずかけ調剤の田島です。
中央店で一部負担金の割合を誤って過徴収した件、患者様への返金をお願いします。

・患者名：河合 美代子 様
・保険：後期高齢者医療 被保険者番号 40218873（負担割合 1割のところ3割で算定）
・対象期間：2025年3月～4月（来局4回）
・返金額：12,340円
・振込先：浜名湖信用金庫 佐鳴台支店 普通 0731942 カワイ ミヨコ

患者様には店長から電話でお詫び済みで、5/30までに振込とお伝えしています。
振込完了後、中央店（森下）にもご一報いただけると助かります。

Thanks,
""") + SIG_TAJIMA,
      personal=[p("name", "河合 美代子"), p("insurance_number", "40218873"),
                p("bank_account", "浜名湖信用金庫 佐鳴台支店 普通 0731942"),
                p("account_holder", "カワイ ミヨコ")])

    # C-H4 attachment: facility residents' prescriptions to a delivery contractor
    rows = [["施設", "部屋", "氏名", "生年月日", "薬剤", "用法", "配送日"],
            ["グループホームさくら館", "101", "松下 トメ", "1934/02/18", "メマンチン錠20mg", "1日1回夕食後", "6/3"],
            ["グループホームさくら館", "103", "井口 茂", "1939/08/07", "リスペリドン内用液1mg/mL", "不穏時", "6/3"],
            ["グループホームさくら館", "105", "袴田 静江", "1941/11/25", "インスリン グラルギン", "1日1回朝", "6/3"],
            ["グループホームさくら館", "202", "村松 幸一", "1936/04/30", "レボドパ・カルビドパ配合錠", "1日3回毎食後", "6/3"],
            ["有料老人ホーム浜名の郷", "A-12", "鈴木 ミツ", "1931/12/03", "フロセミド錠20mg", "1日1回朝食後", "6/4"],
            ["有料老人ホーム浜名の郷", "B-07", "内山 昭三", "1944/06/16", "テガフール・ウラシル配合カプセル", "1日3回", "6/4"]]
    W("tajima", "attachment", "hold", "list.facility_patients",
      "施設入居者6名の氏名・生年月日・部屋番号と処方薬（認知症・がん治療薬等）を一覧にしたCSVを配送委託業者へ添付しているため。",
      TAJIMA, [addr("遠州メディカル配送 配車センター 増田様", "masuda@enshu-med-haiso.example.co.jp")],
      "6月第1週 施設配送リスト",
      t("""
遠州メディカル配送
増田様

お世話になっております。すずかけ調剤 在宅医療推進部の田島です。
6月第1週の施設配送分のリストを添付します。

・配送日：6/3(火) さくら館、6/4(水) 浜名の郷
・受け渡しは各施設の看護職員の方へ（サイン受領をお願いします）
・インスリンは保冷BOXでの配送をお願いします

リストの形式は先月から変えていません。
Let me know if anything is unclear.
""") + SIG_TAJIMA,
      attachments=[att("施設配送リスト_2025W23.csv", csv_text(rows))],
      personal=[p("name", "松下 トメ"), p("birth_date", "1934/02/18"), p("medication", "メマンチン錠20mg"),
                p("name", "井口 茂"), p("name", "袴田 静江"), p("name", "村松 幸一"),
                p("name", "鈴木 ミツ"), p("name", "内山 昭三"),
                p("medication", "テガフール・ウラシル配合カプセル")])

    # C-H5 attachment: receipt-computer error log with patient identifiers to the vendor
    log = t("""
2025-05-20 09:14:22.118 [INFO ] ReceiptCheck start store=S01 month=202505
2025-05-20 09:14:22.904 [ERROR] ReceiptCheck E2031 保険者番号チェックデジット不正 rx_id=S01-25-051904 patient_id=000128834 name="大石 和男" kana="オオイシ カズオ" birth=1948-03-15 hokensha=06221045 kigo="浜松" bango="1287" edaban=01
2025-05-20 09:14:23.011 [WARN ] ReceiptCheck W1102 公費番号未入力 rx_id=S01-25-051911 patient_id=000131207 name="山崎 理沙" birth=1990-10-02 kohi=21 hokensha=32220518 kigo="22" bango="4471093"
2025-05-20 09:14:23.517 [ERROR] ReceiptCheck E2031 保険者番号チェックデジット不正 rx_id=S01-25-051937 patient_id=000099615 name="永田 敏" birth=1957-01-21 hokensha=01223414 kigo="静教" bango="30528" edaban=00
2025-05-20 09:14:24.002 [INFO ] ReceiptCheck end errors=2 warnings=1 elapsed=1.884s
""")
    W("takahata", "attachment", "hold", "list.error_log_with_patients",
      "障害調査用のログに患者3名の氏名・生年月日・保険者番号・記号番号が含まれたまま、ベンダーへ添付送信されているため。",
      TAKAHATA, [addr("レセプロ サポートセンター", "support@recepro.example.com")],
      "[問い合わせ] E2031 保険者番号チェックデジット不正が誤検知される件",
      t("""
レセプロ サポートセンター ご担当者様

すずかけ調剤 情シスの高畑です。お世話になってます。
5月分のレセプトチェックで E2031 が出るんですが、保険証の券面どおりに入力されていて誤検知っぽいです。

- 環境: レセプロ v8.4.2 / Windows 11 / 中央店 S01
- 再現: 月次チェックを実行すると毎回同じ2件で出ます
- 5/1 のアップデート(8.4.1->8.4.2)以降に発生

該当時間帯のログを添付します(app.log から抜粋)。
月初の請求に間に合わせたいので、5/27 くらいまでに見解もらえると助かります。
""") + SIG_TAKAHATA,
      attachments=[att("app_20250520_excerpt.log.txt", log)],
      personal=[p("name", "大石 和男"), p("birth_date", "1948-03-15"), p("insurance_number", "06221045"),
                p("name", "山崎 理沙"), p("name", "永田 敏"), p("insurance_number", "01223414")])

    # C-H6 quoted: daughter's mail about father's cancer forwarded to the care manager
    orig = reply_block(
        "2025年5月21日(水) 20:37 岡本 由紀 <yuki.okamoto.77@gmail.com>:",
        t("""
すずかけ薬局 森下様

いつも父がお世話になっております。娘の岡本です。
昨日の受診で、父（中村 清）の膵臓がんが肝臓に転移していると言われました。
来週から飲み薬の抗がん剤（TS-1）に変わるそうです。
本人には転移のことはまだ詳しく話していません。
吐き気止めや痛み止めも増えるので、薬の受け取りや飲み方をどうしたらいいか相談させてください。
"""))
    W("morishita", "quoted", "hold", "sensitive.forwarded_family_mail",
      "家族が書いた患者のがん転移・抗がん剤治療・本人への未告知の事情が、引用部分のまま社外のケアマネジャーへ送られているため。",
      MORISHITA, [addr("居宅介護支援事業所 みなみ 鈴木 ケアマネジャー", "suzuki.cm@minami-kyotaku.example.jp")],
      "Fw: ご相談（お薬の受け取りについて）",
      t("""
居宅介護支援事業所みなみ
鈴木 様

いつもお世話になっております。すずかけ薬局中央店の森下です。
ご家族様から下記のご相談をいただきました。
服薬回数が増えるため、訪問介護の時間帯との調整が必要になりそうです。
来週のサービス担当者会議で、ご検討いただけますでしょうか。

ご家族様には、ケアマネジャーさんと共有することをお電話で了承いただいております。

""") + SIG_MORISHITA + "\n" + orig,
      personal=[p("name", "中村 清"), p("diagnosis", "膵臓がんが肝臓に転移"),
                p("medication", "TS-1"), p("name", "岡本 由紀"),
                p("email", "yuki.okamoto.77@gmail.com")])

    # C-H7 quoted: customer inquiry with contact data and contraceptive purchase forwarded to vendor
    orig = outlook_original(
        "すずかけ薬局 お問い合わせフォーム <form@suzukake-ph.example.co.jp>",
        "Thursday, May 22, 2025 8:05 AM", f"<cs@{DOM}>",
        "[お問い合わせ] ポイントが付与されていない",
        t("""
■お名前: 内藤 さくら
■会員番号: SZ-0081-2273-45
■ご住所: 静岡県浜松市中央区佐鳴台3-41-8
■電話番号: 080-0000-3362
■メールアドレス: sakura.naito.hm@yahoo.co.jp
■お問い合わせ内容:
5/10に駅前店で低用量ピル(処方)とドラッグコーナーの化粧品を一緒に会計しましたが、
アプリにポイントが付いていません。
レシートは捨ててしまいました。家族にアプリを見られたくないので、連絡はメールでお願いします。
"""))
    W("takahata", "quoted", "hold", "personal.customer_inquiry_forward",
      "顧客の氏名・住所・電話・会員番号と処方薬（低用量ピル）の購入事実を含む問い合わせを、引用部分のままポイントシステム業者へ転送しているため。",
      TAKAHATA, [addr("ポイントシステム保守 ループリンク 石田さん", "ishida@looplink.example.com")],
      "FW: [お問い合わせ] ポイントが付与されていない",
      t("""
石田さん

高畑です。おつかれさまです。
お客様からポイント未付与の問い合わせが来てます。5/10の駅前店(S03)のトランザクションを調べてもらえますか?
POS側のジャーナルでは会計は正常終了してます。
処方と物販の同時会計だとポイント連携がコケる、みたいな既知の不具合ありましたっけ?

""") + SIG_TAKAHATA + "\n" + orig,
      personal=[p("name", "内藤 さくら"), p("member_number", "SZ-0081-2273-45"),
                p("address", "静岡県浜松市中央区佐鳴台3-41-8"), p("phone", "080-0000-3362"),
                p("email", "sakura.naito.hm@yahoo.co.jp"), p("medication", "低用量ピル")])

    # C-H8 subject: HIV patient named in the subject line
    W("tajima", "subject", "hold", "sensitive.hiv_patient_subject",
      "件名に患者の実名と抗HIV薬の処方（HIV感染）を結び付けて書き、他社の薬局へ送っているため。",
      TAJIMA, [addr("有限会社あおい薬局 薬局長 望月様", "mochizuki@aoi-ph.example.jp")],
      "抗HIV薬 在庫融通のお願い（佐々木 直樹 様 本日17時来局予定）",
      t("""
あおい薬局
望月様

お世話になっております。すずかけ調剤の田島です。
件名の件、ビクテグラビル配合錠 30錠 を融通いただけないでしょうか。
卸の入荷が明日午後になってしまい、本日分が足りません。
16時までに中央店のスタッフが受け取りに伺います。

急なお願いで恐縮です。よろしくお願いします。
""") + SIG_TAJIMA,
      personal=[p("name", "佐々木 直樹"), p("hiv_treatment", "抗HIV薬")])

    # C-H9 zip: encrypted zip for a discharge conference (PPAP)
    W("morishita", "zip", "hold", "list.ppap_zip",
      "パスワード付きZIP（PPAP）で退院時共同指導の資料を社外へ送っており、中身を検査できないため。",
      MORISHITA, [addr("浜松東総合病院 地域医療連携室 片山様", "renkei@hamamatsu-higashi-hp.example.or.jp")],
      "退院時共同指導の資料送付（6/2開催分）",
      t("""
浜松東総合病院
地域医療連携室　片山 様

いつもお世話になっております。すずかけ薬局中央店の森下です。
6月2日（月）の退院時共同指導につきまして、当薬局側の資料をお送りいたします。

添付：退院時共同指導_資料_0602.zip
パスワードは別途メールにてお知らせいたします。

当日は14時に3階カンファレンス室へ伺います。
どうぞよろしくお願いいたします。
""") + SIG_MORISHITA,
      attachments=[enc_zip("退院時共同指導_資料_0602.zip")],
      personal=[p("encrypted_attachment", "退院時共同指導_資料_0602.zip")])

    # C-H10 recipients: study-session invitation with 15 outside addresses in To
    rcpts = [
        ("浜松東総合病院 地域医療連携室", "renkei@hamamatsu-higashi-hp.example.or.jp"),
        ("訪問看護ステーションひまわり 杉山様", "sugiyama@himawari-houkan.example.jp"),
        ("居宅介護支援事業所みなみ 鈴木様", "suzuki.cm@minami-kyotaku.example.jp"),
        ("さなるだい心療クリニック", "info@sanarudai-mental.example.jp"),
        ("はまな在宅クリニック 事務長 袴田様", "hakamata@hamana-zaitaku.example.jp"),
        ("ケアプランセンター和 鈴木様", "kazu-cp@nagomi-care.example.jp"),
        ("ヘルパーステーションあゆみ 大橋様", "ohashi@ayumi-helper.example.jp"),
        ("地域包括支援センター富塚 高林様", "takabayashi@houkatsu-tomitsuka.example.jp"),
        ("グループホームさくら館 看護主任 伊藤様", "ito.ns@sakurakan.example.jp"),
        ("有料老人ホーム浜名の郷 生活相談員 村上様", "murakami@hamananosato.example.co.jp"),
        ("医療法人社団 浜北内科 看護部", "kango@hamakita-naika.example.jp"),
        ("フリーランス ケアマネ 山下 純子様", "junko.yamashita.cm@gmail.com"),
        ("訪問歯科 えがお 歯科衛生士 大庭様", "oba@egao-shika.example.jp"),
        ("ケアマネジャー 沢井 浩二様", "sawai.koji@outlook.com"),
        ("福祉用具 エンシュウケア 営業 戸塚様", "totsuka@enshu-care.example.co.jp"),
    ]
    W("tajima", "recipients", "hold", "recipients.study_session_to",
      "地域の医療・介護事業所と個人ケアマネ計15アドレスがToで互いに見える一斉送信で、BCCにすべきだったため。",
      TAJIMA, [addr(n, e) for n, e in rcpts],
      "【ご案内】6/25 多職種連携勉強会「ポリファーマシーと在宅の服薬支援」",
      t("""
地域の医療・介護関係者の皆さま

いつもお世話になっております。
すずかけ調剤 在宅医療推進部の田島です。

多職種連携勉強会を下記のとおり開催します。
ケアマネジャーさん、訪問看護師さん、ヘルパーさん、どなたでもご参加いただけます。

日時：6月25日（水）18:30～20:00
会場：すずかけ調剤 本部 2F研修室（Zoom併用）
テーマ：ポリファーマシーと在宅の服薬支援 ～お薬カレンダーだけで大丈夫?～
講師：すずかけ薬局中央店 管理薬剤師 森下 彩
参加費：無料

お申込みは6/18までに、本メールへの返信でお願いします。
""") + SIG_TAJIMA,
      personal=[p("email", e) for _, e in rcpts])

    # ------------------------------------------------------------------ passes
    # C-P1 wholesaler order with JAN/GS1, lot numbers and name-like product names
    W("morishita", "none", "pass", "benign.wholesaler_order",
      "医薬品卸への発注で、並んでいるのはJAN・GS1コード・ロット番号と人名に似た商品名だけであり、患者情報はないため。",
      MORISHITA, [addr("東海メディカル株式会社 浜松営業所 中野様", "nakano@tokai-medical.example.co.jp")],
      "発注のお願い（中央店・5/26午後便）",
      t("""
東海メディカル株式会社
浜松営業所　中野 様

いつもお世話になっております。すずかけ薬局中央店の森下です。
下記、午後便での納品をお願いいたします。

品名　　　　　　　　　　　　　JAN　　　　　　　　数量
ハルカ点眼液0.1%（5mL）　　　4987123450018　　10本
ミオ錠5mg（100錠PTP）　　　　4987123450025　　 3箱
リナ配合顆粒（1g×105包）　　4987123450032　　 2箱
サクラ軟膏0.05%（5g）　　　　4987123450049　　20本

前回納品分のミオ錠 ロット「MO2405B」が回収対象かどうか、ご確認いただけますでしょうか。
（GS1：(01)14987123450022(17)270331(10)MO2405B）

よろしくお願いいたします。
""") + SIG_MORISHITA)

    # C-P2 workplace flu vaccination schedule with per-store headcounts
    W("tajima", "none", "pass", "benign.vaccination_schedule",
      "従業員向け予防接種の日程と店舗別の人数だけで、個人名や健康状態は含まれていないため。",
      TAJIMA, [addr("浜北内科 事務長 大杉様", "osugi@hamakita-naika.example.jp")],
      "2025年度 職域インフルエンザ予防接種の日程について",
      t("""
医療法人社団 浜北内科
事務長　大杉 様

お世話になっております。すずかけ調剤の田島です。
今年度も職域でのインフルエンザ予防接種をお願いしたく、日程案をお送りします。

| 日程 | 会場 | 対象店舗 | 予定人数 |
| 10/21(火) 13:00-15:00 | 本部2F研修室 | 本部・中央店・駅前店 | 34名 |
| 10/28(火) 13:00-15:00 | 本部2F研修室 | 佐鳴台店・富塚店・浜北店 | 27名 |
| 11/4(火) 13:00-14:00 | 本部2F研修室 | 上記の欠席者 | 10名程度 |

・予診票は各自記入のうえ当日持参します
・費用は前年同様、会社負担で一括請求をお願いします

ご都合はいかがでしょうか。
""") + SIG_TAJIMA)

    # C-P3 IT: ransomware infection on a PC, network isolation
    W("takahata", "none", "pass", "benign.malware_isolation",
      "「感染」「隔離」はランサムウェア検知と端末のネットワーク隔離のことで、人の病気に関する情報ではないため。",
      TAKAHATA, [addr("静岡セキュアネット SOC", "soc@shizuoka-securenet.example.co.jp")],
      "【インシデント報告】富塚店 受付PC ランサムウェア感染疑い",
      t("""
静岡セキュアネット SOC ご担当者様

すずかけ調剤 情シス 高畑です。インシデント報告です。

- 検知: 2025/05/23 10:42 EDRアラート (Ransom:Win32/Lockbit系の挙動)
- 端末: 富塚店 受付PC (SZK-S05-PC02, 10.10.5.22)
- 初動: 10:47 EDRからネットワーク隔離、店舗LANから物理的にも切り離し済み
- 影響: 現時点で暗号化されたファイルなし。レセコンサーバ(10.10.5.10)への横展開は未確認
- 感染経路: 10:39 に受信した「処方箋FAX転送」を装ったメール添付(.iso)を開いた可能性

フォレンジック用のイメージ取得をお願いしたいです。
店舗は予備機で営業継続してます。
""") + SIG_TAKAHATA)

    # C-P4 summer holiday notice and pharmacist change to a clinic
    W("morishita", "none", "pass", "benign.holiday_hours",
      "近隣クリニックへの夏季営業時間と薬剤師の着任のお知らせで、職員の氏名以外に個人情報はないため。",
      MORISHITA, [addr("はまな在宅クリニック 事務長 袴田様", "hakamata@hamana-zaitaku.example.jp")],
      "夏季の営業時間と薬剤師着任のお知らせ",
      t("""
はまな在宅クリニック
事務長　袴田 様

いつも処方箋を応需させていただき、ありがとうございます。
すずかけ薬局中央店の森下です。

夏季の営業時間について、下記のとおりお知らせいたします。
　8月13日（水）～15日（金）：9:00～13:00（短縮営業）
　8月16日（土）：休業
※期間中の緊急時は、本部の24時間対応窓口（053-0000-4199）へご連絡ください。

また、6月1日付で薬剤師の 三浦 悠真 が着任いたします。
在宅訪問は引き続き私と三浦の2名体制で担当いたします。

今後ともよろしくお願い申し上げます。
""") + SIG_MORISHITA)

    # C-P5 arranging a lecture by a doctor (public speaker) with a pharma MR
    W("tajima", "none", "pass", "benign.lecture_arrangement",
      "製薬会社MRとの勉強会講師の日程調整で、登場するのは講演を公表している医師とMRの業務上の氏名だけであるため。",
      TAJIMA, [addr("遠州製薬株式会社 MR 長田様", "nagata@enshu-pharma.example.co.jp")],
      "Re: 7月社内勉強会 講師の件",
      t("""
長田さん

ご調整ありがとうございます、田島です。
浜松東総合病院 腎臓内科の 杉浦 康弘 先生にご講演いただけるとのこと、大変ありがたいです。
先生の学会発表（CKD患者の薬剤調整）を拝見して、ぜひと思っておりました。

・日時：7/16(水) 19:00-20:00
・会場：本部2F研修室（各店舗へはZoom配信）
・演題：「腎機能に応じた投与設計 ～薬局でできること～」（仮）
・参加予定：薬剤師 約40名

講師紹介用に、先生のご略歴（公開されている範囲で結構です）をいただけますか。
Thanks!
""") + SIG_TAJIMA)

    # C-P6 development minutes with a Luhn-valid test card number
    W("takahata", "none", "pass", "benign.dev_minutes_test_card",
      "開発会議の議事録で、カード番号は決済代行のテスト環境用に公開されているテストカードであり、実在の顧客のものではないため。",
      TAKAHATA, [addr("株式会社コードリーフ 開発チーム 柴田さん", "shibata@codeleaf.example.co.jp")],
      "オンライン服薬指導 決済機能 定例(5/22) 議事メモ",
      t("""
柴田さん

高畑です。昨日の定例の議事メモです。

## 決済機能 (オンライン服薬指導後の自己負担金決済)
- stg環境で決済代行のテストモード接続 OK
- テストカード 4111 1111 1111 1111 (有効期限 12/30, CVC 123) で与信→売上確定まで通過
- 3Dセキュア: テスト用の認証画面で「失敗」を選んだ場合のエラー文言がまだ英語のまま → コードリーフ対応
- 本番のカード情報は当社では保持しない (トークン化、非保持化の方針) を再確認

## 次回まで
- [コードリーフ] エラー文言の日本語化、返金APIの実装
- [すずかけ] 店舗オペレーションの手順書ドラフト (高畑)

次回 5/29(木) 16:00 オンライン
""") + SIG_TAKAHATA)

    # C-P7 masked corporate card in a payment confirmation
    W("tajima", "none", "pass", "benign.masked_card",
      "展示会出展料の支払確認で、カード番号は下4桁以外がマスクされた法人カードであり個人のカード情報ではないため。",
      TAJIMA, [addr("静岡メディカルフェア事務局", "expo@shizuoka-medfair.example.jp")],
      "出展料お支払い完了のご連絡（小間番号 C-14）",
      t("""
静岡メディカルフェア事務局 御中

お世話になっております。株式会社すずかけ調剤の田島です。
出展料のお支払いが完了しましたので、ご連絡いたします。

・出展社名：株式会社すずかけ調剤
・小間番号：C-14（1小間）
・金額：220,000円（税込）
・決済：法人カード（VISA **** **** **** 4821）
・決済日：2025/05/23
・受付番号：SMF25-00731

領収書の宛名は「株式会社すずかけ調剤」でお願いします。
""") + SIG_TAJIMA)

    # C-P8 mail to the patient herself about her own reserved medicine
    W("morishita", "none", "pass", "benign.patient_own_notice",
      "患者本人が希望したメール連絡で、本人に本人の薬の準備完了を知らせるものであり第三者への開示ではないため。",
      MORISHITA, [addr("", "mayumi.k.hm@outlook.com")],
      "お薬のご用意ができました（すずかけ薬局中央店）",
      t("""
菊川 真由美 様

すずかけ薬局中央店の森下です。
ご予約いただいていたお薬のご用意ができましたので、ご連絡いたします。

・ヘパリン類似物質ローション 0.3%（50g）×2本
・取り置き期限：5月31日（土）まで

お受け取りの際は、お薬手帳と保険証（またはマイナ保険証）をお持ちください。
ご不明な点は、お気軽にお電話ください。
""") + SIG_MORISHITA)

    # C-P9 plain zip of in-store POP data
    W("takahata", "none", "pass", "benign.plain_zip_pop",
      "暗号化されていない通常のZIPで、中身は店頭POPの文言と入稿仕様だけであり個人情報はないため。",
      TAKAHATA, [addr("浜松プリントワークス 入稿窓口", "nyuko@hamamatsu-pw.example.co.jp")],
      "店頭POP 2025夏 入稿データ",
      t("""
浜松プリントワークス ご担当者様

すずかけ調剤 高畑です。店頭POPの入稿データを送ります。
(デザイナーさん不在のため代理で送ってます)

- POP_2025summer.zip (パスワードなし)
  - readme.txt
  - copy.txt

画像データは別途ギガファイル便で送ります。納品は6/20希望です。
""") + SIG_TAKAHATA,
      attachments=[
          att("POP_2025summer.zip/readme.txt", t("""
入稿仕様
サイズ: A4縦 / B5横 各30枚
用紙: ユポ紙 0.2mm
納品先: 各店舗(6店舗) 直送 5枚ずつ
""")),
          att("POP_2025summer.zip/copy.txt", t("""
【A4】熱中症に気をつけて! こまめな水分補給と、経口補水液の上手な使い方は薬剤師へ
【B5】お薬手帳アプリはじめました すずかけ薬局全店で使えます
【B5】マイナ保険証、使えます
"""))])

    # C-P10 e-prescription project: 6 visible addresses from 2 companies
    W("tajima", "none", "pass", "benign.project_meeting_six",
      "電子処方箋導入プロジェクトの連絡で、宛先はベンダー2社の担当者6名のみであり一斉送信の誤りには当たらないため。",
      TAJIMA,
      [addr("柴田 亮", "shibata@codeleaf.example.co.jp"),
       addr("西尾 真理", "nishio@codeleaf.example.co.jp"),
       addr("久保 翼", "kubo@codeleaf.example.co.jp"),
       addr("レセプロ 導入支援 原様", "hara@recepro.example.com"),
       addr("レセプロ 導入支援 相川様", "aikawa@recepro.example.com"),
       addr("レセプロ 営業 小倉様", "ogura@recepro.example.com")],
      "電子処方箋 全店導入 キックオフ（6/5）",
      t("""
コードリーフ 柴田様、西尾様、久保様
レセプロ 原様、相川様、小倉様

お世話になっております。すずかけ調剤の田島です。
電子処方箋の全店導入に向けて、キックオフを下記で行います。

Date: 6/5(木) 15:00-16:30
Place: 本部2F会議室 / Teams
Agenda:
 1. 導入スケジュール（6店舗、9月末完了目標）
 2. HPKIカードの発行状況（薬剤師 41名中 33名発行済）
 3. レセコン連携と店舗オペレーション
 4. リスクと課題

資料は前日までに共有します。
""") + SIG_TAJIMA,
      cc=[addr("高畑 翔", f"takahata@{DOM}")])

    return out
