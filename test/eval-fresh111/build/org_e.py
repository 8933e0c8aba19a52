"""Org E: 認定NPO法人 こもれび被害者支援センター (crime-victim support non-profit, Okayama).

Writers
  otsuki     事務局長・犯罪被害相談員 大槻 千尋 - warm, careful, long sentences, 「」 quotes.
  noguchi    直接支援員 野口 航平               - short and practical, ・ bullets, few pleasantries.
  kishimoto  事務局（広報・ファンドレイジング）岸本 玲奈 - cheerful, ♪ and ！, event-minded.
"""
from common import (t, addr, quote, reply_block, outlook_original, outlook_ja_original,
                    gmail_forward, ja_forward, csv_text, sheet_text, mail, att, enc_zip, p,
                    make_luhn, corporate_number, yamato_tracking)

ORG = "komorebi_shien"
DOM = "komorebi-shien.example.or.jp"

OTSUKI = addr("大槻 千尋", f"otsuki@{DOM}")
NOGUCHI = addr("野口 航平（こもれび）", f"noguchi@{DOM}")
KISHIMOTO = addr("岸本 玲奈", f"kishimoto@{DOM}")

SIG_OTSUKI = t("""
────────────────────────
認定NPO法人 こもれび被害者支援センター
事務局長／犯罪被害相談員　大槻 千尋
〒700-0822 岡山市北区表町2-5-14 表町ふれあいビル3F
事務局 086-0000-5610　相談専用 086-0000-7830（平日10時～16時）
────────────────────────
""")

SIG_NOGUCHI = t("""
--
こもれび被害者支援センター
直接支援員 野口 航平
086-0000-5610 / 080-0000-2947(支援用携帯)
""")

SIG_KISHIMOTO = t("""
☆・‥…―━―…‥・☆・‥…―━―…‥・☆
認定NPO法人 こもれび被害者支援センター
事務局（広報・ファンドレイジング）岸本 玲奈
TEL 086-0000-5610
https://www.komorebi-shien.example.or.jp/
ご寄付はこちら → https://www.komorebi-shien.example.or.jp/donate
☆・‥…―━―…‥・☆・‥…―━―…‥・☆
""")


def mails():
    out = []
    W = lambda writer, loc, expect, kind, why, frm, to, subject, text, **kw: out.append(
        mail(ORG, writer, loc, expect, kind, why, frm, to, subject, text, **kw))

    # ------------------------------------------------------------------ holds
    # E-H1 body: sexual-assault victim referral to a lawyer
    W("noguchi", "body", "hold", "sensitive.victim_case_referral",
      "性犯罪被害者の氏名・年齢・被害の内容・受診先とPTSDの診断を本文に書いて、社外の弁護士へ送っているため。",
      NOGUCHI, [addr("岡山あさひ法律事務所 弁護士 三好 先生", "miyoshi@asahi-law-okayama.example.jp")],
      "被害者参加のご相談（新規）",
      t("""
三好先生

お世話になっております。こもれびの野口です。
先日お電話でお話しした新規の方の件、概要を送ります。

・ご本人：坂井 美月さん（22歳・大学生）
・被害：2025年3月、アルバイト先の店長から不同意性交の被害
・警察：3/28に岡山中央署へ被害届、加害者は4/15に逮捕済み
・受診：被害当日に岡山市内の産婦人科を受診（緊急避妊薬の処方あり）
・現在：心療内科でPTSDと診断、通院中。大学は休学を検討中
・希望：被害者参加制度の利用と、損害賠償命令の申立て

ご本人は男性との面談が難しいとのことで、初回は私ではなく女性の支援員（大槻）が同席します。
先生のご都合のよい日をいくつか教えてください。
""") + SIG_NOGUCHI,
      personal=[p("name", "坂井 美月"), p("crime_victim", "不同意性交の被害"),
                p("diagnosis", "PTSD"), p("medical_institution", "産婦人科"),
                p("medication", "緊急避妊薬")])

    # E-H2 body: bereaved family's details to the municipal victim-support desk
    W("otsuki", "body", "hold", "sensitive.municipal_referral",
      "殺人事件の遺族の氏名・住所・続柄と被害の事実、精神科受診の状況を本文で市の窓口へ送っており、犯罪被害者の情報の社外提供に当たるため。",
      OTSUKI, [addr("岡山市 市民生活局 犯罪被害者等支援窓口 藤本様", "fujimoto@city-okayama.example.lg.jp")],
      "犯罪被害者等見舞金の申請支援について（ご相談）",
      t("""
岡山市 市民生活局
犯罪被害者等支援窓口　藤本 様

いつも大変お世話になっております。
こもれび被害者支援センターの大槻でございます。

当センターで支援しておりますご遺族について、市の犯罪被害者等見舞金の申請をお手伝いしたく、
事前にご相談させていただけますでしょうか。

　申請予定者：平松 恵子 様（58歳）
　住所：岡山市南区妹尾1102-6
　亡くなられた方：長男 平松 亮 様（当時31歳）
　事件の概要：2025年2月、知人男性に刃物で刺され死亡（加害者は殺人罪で起訴済み、公判前）
　ご家族の状況：夫と二人暮らし。恵子様は事件後、不眠が続き精神科を受診されています

ご本人は、窓口で事件のことを繰り返しお話しされるのがとてもおつらいご様子です。
申請書の受付の際、当センターの相談員が同席し、説明を代わりに行うことは可能でしょうか。

お忙しいところ恐れ入りますが、どうぞよろしくお願いいたします。
""") + SIG_OTSUKI,
      personal=[p("name", "平松 恵子"), p("address", "岡山市南区妹尾1102-6"),
                p("name", "平松 亮"), p("crime_victim", "知人男性に刃物で刺され死亡"),
                p("medical_institution", "精神科")])

    # E-H3 body: donor's full card number sent to the payment provider
    card = make_luhn("453201117390428", " ")
    W("kishimoto", "body", "hold", "id.card_number",
      "寄付者個人のクレジットカード番号（全桁）・有効期限・氏名を本文に書いて決済代行会社へ送っているため。",
      KISHIMOTO, [addr("ペイフォワード決済 サポートデスク", "support@payforward.example.com")],
      "継続寄付の決済エラーについて（加盟店ID KMRB-0417）",
      t(f"""
ペイフォワード決済 サポートデスク ご担当者様

いつもお世話になっております。
認定NPO法人こもれび被害者支援センターの岸本です。

毎月の継続寄付の決済で、ある寄付者さまだけ5月分がエラーになっています。
寄付者さまご本人からお電話でカード情報を伺いましたので、登録内容と一致しているか確認していただけますか？

・寄付者名：古川 和彦 様
・カード番号：{card}
・有効期限：08/27
・金額：3,000円／月
・エラーコード：G12

ご本人は「カードは変えていない」とおっしゃっています。
お手数ですが、よろしくお願いいたします！
""") + SIG_KISHIMOTO,
      personal=[p("name", "古川 和彦"), p("card_number", card), p("card_expiry", "08/27")])

    # E-H4 attachment: counseling referral form to an external psychologist
    form = t("""
カウンセリング依頼票
依頼日：2025年5月22日
依頼元：認定NPO法人こもれび被害者支援センター（担当：大槻）
依頼先：ひだまり心理相談室　公認心理師 小川 真理 先生

【対象者】
氏名：北山 陽菜（きたやま ひな）　年齢：16歳（高校1年）
保護者：母 北山 理沙（連絡先 090-0000-6684）

【被害の概要】
2024年12月から2025年3月まで、SNSで知り合った成人男性から性的な画像を送るよう脅され、
画像を拡散された。加害者は児童ポルノ禁止法違反等で逮捕され、現在は家庭裁判所ではなく地方裁判所で公判中。

【現在の状態】
不登校（4月以降ほぼ登校なし）、夜間の不眠、スマートフォンへの強い恐怖。
5月に児童精神科で「急性ストレス障害」と診断。自傷行為（腕を切る）が2回あったと母から聞いている。

【依頼内容】
トラウマに焦点化した心理療法の導入について、見立てと今後の方針をご検討いただきたい。
費用は当センターの支援基金から支出予定（最大10回）。
""")
    W("otsuki", "attachment", "hold", "sensitive.counseling_referral",
      "未成年の被害者の氏名・年齢・被害内容・診断名・自傷行為を記したカウンセリング依頼票を、社外の心理士へ添付送信しているため。",
      OTSUKI, [addr("ひだまり心理相談室 小川 真理 先生", "ogawa@hidamari-shinri.example.jp")],
      "カウンセリングのご依頼（新規・高校生）",
      t("""
ひだまり心理相談室
小川 真理 先生

いつもお世話になっております。こもれび被害者支援センターの大槻でございます。

先日お電話でご相談した高校生の方について、カウンセリング依頼票をお送りいたします。
お母様には、先生に情報をお伝えすることのご了承をいただいております。

初回面接は、お母様同席で6月上旬を希望されています。
ご多忙の折恐縮ですが、ご検討のほどよろしくお願いいたします。
""") + SIG_OTSUKI,
      attachments=[att("カウンセリング依頼票_20250522.docx", form)],
      personal=[p("name", "北山 陽菜"), p("age", "16歳"), p("name", "北山 理沙"),
                p("diagnosis", "急性ストレス障害"), p("self_harm", "自傷行為"),
                p("crime_victim", "性的な画像を送るよう脅され")])

    # E-H5 attachment: newsletter mailing list flagging bereaved-family members
    rows = [["会員番号", "氏名", "郵便番号", "住所", "会員区分", "発送部数"],
            ["K-0012", "平松 恵子", "701-0205", "岡山市南区妹尾1102-6", "被害者遺族会員", 1],
            ["K-0031", "岩崎 典子", "710-0834", "倉敷市笹沖388-2", "被害者遺族会員", 1],
            ["K-0048", "古川 和彦", "700-0984", "岡山市北区桑田町7-22", "賛助会員（個人）", 1],
            ["K-0052", "西田 裕之", "708-0841", "津山市川崎1540-3", "被害者会員（交通事故）", 1],
            ["K-0077", "藤井 みどり", "703-8282", "岡山市中区平井5-9-31", "正会員", 1],
            ["H-0005", "株式会社桃太郎運輸 総務部", "700-0973", "岡山市北区下中野352", "賛助会員（法人）", 3]]
    W("kishimoto", "attachment", "hold", "list.member_mailing_list",
      "会報の発送先CSVに個人会員の氏名・住所と「被害者遺族会員」等の区分が並び、犯罪被害者であることが分かる名簿を印刷会社へ添付しているため。",
      KISHIMOTO, [addr("吉備プリント 発送代行チーム 小西様", "konishi@kibi-print.example.co.jp")],
      "会報「こもれび通信」第42号 発送リストです",
      t("""
吉備プリント
小西さま

いつもお世話になっております！こもれびの岸本です♪
会報「こもれび通信」第42号の発送リストをお送りします。

・添付：発送リスト_42号.csv（今回は個人5件＋法人1件の追加分のみです）
・既存会員分は前回（41号）のリストから変更ありません
・発送日：6月10日（火）希望です

封筒は「差出人：こもれび通信編集部」の方でお願いします（団体名が出ないほうです）。
よろしくお願いします！
""") + SIG_KISHIMOTO,
      attachments=[att("発送リスト_42号.csv", csv_text(rows))],
      personal=[p("name", "平松 恵子"), p("address", "岡山市南区妹尾1102-6"),
                p("name", "岩崎 典子"), p("address", "倉敷市笹沖388-2"),
                p("member_category", "被害者遺族会員"), p("name", "西田 裕之"),
                p("member_category", "被害者会員（交通事故）")])

    # E-H6 quoted: stalking victim's mail (address, offender) forwarded to a housing partner
    orig = outlook_ja_original(
        "松岡 彩 <aya.matsuoka.0720@gmail.com>", "2025年5月25日 22:16",
        f"野口 航平 <noguchi@{DOM}>", "引っ越しの件",
        t("""
野口さん

松岡です。いつもありがとうございます。
元交際相手の 片山 拓郎 にまた家の前で待ち伏せされました(5/24 夜11時頃)。
警察にはストーカー規制法の警告を出してもらっていますが、もう今の家(岡山市北区奉還町3-8-12 メゾン奉還町201)には住めません。
勤務先(表町の美容室)は知られているので、職場から遠くない所で、オートロックの部屋を探したいです。
家賃は6万円までで、6月中に引っ越したいです。
携帯: 080-0000-5917
"""))
    W("noguchi", "quoted", "hold", "sensitive.forwarded_victim_mail",
      "ストーカー被害者本人が書いた現住所・勤務先・加害者名・被害状況が、転送部分のまま社外の不動産会社へ送られているため。",
      NOGUCHI, [addr("ももぞの不動産 賃貸課 土屋様", "tsuchiya@momozono-fudosan.example.co.jp")],
      "FW: 引っ越しの件（転居支援のお願い）",
      t("""
土屋さん

お世話になっております。こもれびの野口です。
転居支援の件で、新しい方をお願いしたいです。
条件はご本人のメールにある通りです。
・家賃上限、エリア、オートロック必須
・6月中の入居希望
・保証会社は当センターの支援制度で対応予定

物件候補があれば、まず私にください。ご本人には私から伝えます。

""") + SIG_NOGUCHI + "\n" + orig,
      personal=[p("name", "松岡 彩"), p("address", "岡山市北区奉還町3-8-12 メゾン奉還町201"),
                p("phone", "080-0000-5917"), p("offender_name", "片山 拓郎"),
                p("crime_victim", "ストーカー規制法の警告"),
                p("email", "aya.matsuoka.0720@gmail.com")])

    # E-H7 quoted: mother's consultation about her injured son forwarded to a clinic
    orig = gmail_forward(
        "村瀬 智美 <tomomi.murase@yahoo.co.jp>", "2025年5月18日(日) 14:05",
        "息子のことで相談させてください", f"<soudan@{DOM}>",
        t("""
はじめてご連絡します。村瀬と申します。
中学2年の息子(村瀬 悠真、14歳)が、4月に同級生3人から暴行を受け、鼻と肋骨を骨折しました。
加害生徒は家庭裁判所に送致されたと警察から聞いています。
息子はそれ以来学校に行けず、夜中に叫んで起きることがあります。食事もあまりとれません。
どこに相談したらよいのか分からず、こちらにメールしました。
住所: 倉敷市中島2315-4
電話: 086-0000-3491
"""))
    W("otsuki", "quoted", "hold", "sensitive.forwarded_consultation",
      "相談者の母が書いた中学生の被害内容・負傷・少年事件の送致・心身の症状と住所・電話が、転送部分のまま社外のクリニックへ送られているため。",
      OTSUKI, [addr("くらしき子どもこころクリニック 地域連携担当 吉川様", "renkei@kurashiki-kokoro.example.jp")],
      "Fwd: 息子のことで相談させてください（受診のご相談）",
      t("""
くらしき子どもこころクリニック
地域連携担当　吉川 様

いつもお世話になっております。こもれび被害者支援センターの大槻でございます。

当センターの相談窓口に、下記のご相談が届きました。
お電話でお母様とお話ししたところ、お子さまの受診を希望されており、
貴院での初診の受付が可能かどうか、ご相談させていただきたくご連絡いたしました。
お母様からは、受診先に相談内容を共有することのご了承をいただいております。

恐れ入りますが、初診の空き状況をお知らせいただけますと幸いです。

""") + SIG_OTSUKI + "\n" + orig,
      personal=[p("name", "村瀬 悠真"), p("age", "14歳"), p("injury", "鼻と肋骨を骨折"),
                p("juvenile_case", "家庭裁判所に送致"), p("name", "村瀬 智美"),
                p("address", "倉敷市中島2315-4"), p("phone", "086-0000-3491"),
                p("email", "tomomi.murase@yahoo.co.jp")])

    # E-H8 subject: bereaved speaker named with the circumstances in the subject
    W("kishimoto", "subject", "hold", "sensitive.subject_bereaved",
      "件名に犯罪被害者遺族の実名と、交通死亡事故で長男を亡くしたという被害の事実が書かれて社外へ送られるため。",
      KISHIMOTO, [addr("岡山県立大学 地域連携センター 堀様", "hori@okayama-kenritsu-u.example.ac.jp")],
      "7/5 公開講座 体験談登壇：岩崎 典子様（交通死亡事故で長男を亡くされたご遺族）の件",
      t("""
堀さま

こもれびの岸本です。いつもありがとうございます！
件名の件、ご本人から正式にご快諾いただきました♪
当日はご本人のご希望で、お名前は伏せずにお話しされるとのことです。

控室と、終了後に少し休める場所をご用意いただけると助かります。
詳細はまた改めてご連絡しますね。
""") + SIG_KISHIMOTO,
      personal=[p("name", "岩崎 典子"), p("crime_victim", "交通死亡事故で長男を亡くされたご遺族")])

    # E-H9 zip: encrypted case report (PPAP)
    W("otsuki", "zip", "hold", "list.ppap_zip",
      "パスワード付きZIP（PPAP）で支援ケースの報告資料を社外へ送っており、中身を検査できないため。",
      OTSUKI, [addr("岡山弁護士会 犯罪被害者支援委員会 事務局", "higaisha-iinkai@okaben.example.or.jp")],
      "2025年度第1四半期 連携ケース報告の送付",
      t("""
岡山弁護士会
犯罪被害者支援委員会 事務局 御中

いつも大変お世話になっております。こもれび被害者支援センターの大槻でございます。

2025年度第1四半期（4月～6月途中）の連携ケース報告をお送りいたします。
個別のケースに関する内容を含みますので、パスワードを設定しております。

　添付：連携ケース報告_2025Q1.zip
　パスワードは、追って別のメールでお知らせいたします。

6月の委員会でご報告いただく際の資料としてお使いください。
どうぞよろしくお願い申し上げます。
""") + SIG_OTSUKI,
      attachments=[enc_zip("連携ケース報告_2025Q1.zip")],
      personal=[p("encrypted_attachment", "連携ケース報告_2025Q1.zip")])

    # E-H10 recipients: charity walk thanks to 18 supporters (companies and private) in To
    rcpts = [
        ("株式会社桃太郎運輸 総務部 谷口様", "taniguchi@momotaro-unyu.example.co.jp"),
        ("吉備プリント 小西様", "konishi@kibi-print.example.co.jp"),
        ("岡山あさひ法律事務所 三好先生", "miyoshi@asahi-law-okayama.example.jp"),
        ("おかやま信用金庫 地域貢献室", "chiiki@okayama-shinkin.example.co.jp"),
        ("備前ホテル 宴会課 岡様", "oka@bizen-hotel.example.co.jp"),
        ("晴れの国ベーカリー 店主 水野様", "mizuno@harenokuni-bakery.example.jp"),
        ("後楽園ライオンズクラブ 事務局", "office@korakuen-lions.example.org"),
        ("学生ボランティア 中井 七海さん", "nanami.nakai.0608@gmail.com"),
        ("学生ボランティア 小田 蓮さん", "ren.oda.okayama@gmail.com"),
        ("宮本 敏子様", "toshiko.miyamoto@yahoo.co.jp"),
        ("近藤 勇気様", "yuki.kondo.runner@outlook.com"),
        ("岡田 恵美様", "emi-okada-1971@yahoo.co.jp"),
        ("株式会社倉敷デニムワークス 広報 星野様", "hoshino@kurashiki-denim.example.co.jp"),
        ("西大寺フットボールクラブ 代表 森様", "mori@saidaiji-fc.example.jp"),
        ("岡山県立大学 地域連携センター 堀様", "hori@okayama-kenritsu-u.example.ac.jp"),
        ("山陽カメラクラブ 撮影ボランティア 池田様", "ikeda.photo@gmail.com"),
        ("渡辺 和也様", "kazuya.watanabe.0222@outlook.com"),
        ("ももぞの不動産 土屋様", "tsuchiya@momozono-fudosan.example.co.jp"),
    ]
    W("kishimoto", "recipients", "hold", "recipients.volunteer_thanks_to",
      "協賛企業と個人ボランティア・寄付者の計18アドレスがToで互いに見える一斉送信で、支援者であることが他の受信者に分かるためBCCにすべきだったため。",
      KISHIMOTO, [addr(n, e) for n, e in rcpts],
      "【御礼】こもれびチャリティウォーク2025 ありがとうございました！",
      t("""
こもれびチャリティウォーク2025にご協力くださった皆さま

こんにちは！こもれび被害者支援センターの岸本です。
5月18日（日）のチャリティウォーク、おかげさまで無事に終了しました。本当にありがとうございました！

・参加者：412名（昨年比 +63名）
・集まったご寄付：1,284,500円
・ボランティアスタッフ：58名

いただいたご寄付は、犯罪被害に遭われた方の裁判への付添いや、転居・カウンセリング費用の支援に大切に使わせていただきます。
当日の写真はHPの活動報告に掲載しました（お顔が分かる写真は、ご了解をいただいた方のみです）。

来年もどうぞよろしくお願いします♪
""") + SIG_KISHIMOTO,
      personal=[p("email", e) for _, e in rcpts])

    # ------------------------------------------------------------------ passes
    # E-P1 annual statistics to the prefecture (aggregates only)
    W("otsuki", "none", "pass", "benign.annual_statistics",
      "県への年次報告で、相談件数や罪種別の件数などの集計値だけを記載しており、個々の被害者を特定できる情報はないため。",
      OTSUKI, [addr("岡山県 県民生活部 くらし安全安心課 江口様", "eguchi@pref-okayama.example.lg.jp")],
      "令和6年度 犯罪被害者等支援事業 実績報告の送付",
      t("""
岡山県 県民生活部
くらし安全安心課　江口 様

いつも大変お世話になっております。
こもれび被害者支援センターの大槻でございます。

令和6年度の委託事業の実績を、下記のとおりご報告いたします。

■相談件数（延べ）：1,284件（電話 912件／面接 236件／メール 136件）
■罪種別（実人数 318名）
　・性犯罪・性暴力：104名
　・殺人・傷害等の身体犯：71名
　・交通事件（死亡・重傷）：63名
　・ストーカー・DV：58名
　・その他：22名
■直接支援（延べ）：裁判付添 148回、警察・検察への付添 97回、病院付添 41回
■自助グループ開催：12回（参加延べ 86名）

個別のケースに関する情報は含めておりません。
正式な報告書は、6月20日までに郵送にて提出いたします。
""") + SIG_OTSUKI)

    # E-P2 donation receipt to a corporate donor
    corp = corporate_number("260005003318")
    W("kishimoto", "none", "pass", "benign.donation_receipt_corporate",
      "法人寄付者への受領御礼と領収書送付で、記載されるのは法人名・担当者名・法人番号と寄付額だけであるため。",
      KISHIMOTO, [addr("株式会社桃太郎運輸 総務部 谷口様", "taniguchi@momotaro-unyu.example.co.jp")],
      "ご寄付の御礼と領収書送付のご案内",
      t(f"""
株式会社桃太郎運輸
総務部　谷口さま

いつも温かいご支援をありがとうございます。
こもれび被害者支援センターの岸本です。

このたびは、創業70周年記念事業として 500,000円 ものご寄付を賜り、心より御礼申し上げます！
当センターは認定NPO法人のため、ご寄付は法人税法上の損金算入限度額の特例の対象となります。

・寄付受領日：2025年5月20日
・領収書番号：KMR-2025-0188
・当法人の法人番号：{corp}

領収書の原本は、本日郵送いたしました。
また、会報「こもれび通信」次号で、貴社のお名前をご紹介させていただいてもよろしいでしょうか？
""") + SIG_KISHIMOTO)

    # E-P3 training-session scheduling with named lawyers
    W("noguchi", "none", "pass", "benign.training_schedule",
      "支援員研修の講師日程調整で、登場するのは講師となる弁護士の業務上の氏名だけであり、被害者の情報はないため。",
      NOGUCHI, [addr("岡山あさひ法律事務所 事務局 荒木様", "araki@asahi-law-okayama.example.jp")],
      "支援員研修（7月）講師のお願い",
      t("""
荒木さん

お世話になっております。こもれびの野口です。
7月の支援員研修、三好先生と井上先生に講師をお願いしたいです。

・テーマ：刑事手続の流れと被害者参加制度（三好先生）
　　　　　損害賠償命令制度と民事の実務（井上先生）
・候補日：7/12(土) または 7/19(土) 13:30-16:30
・会場：表町ふれあいビル 4F 会議室
・受講予定：支援員・ボランティア 約25名
・謝礼：お一人 30,000円（交通費込み）

先生方のご都合を確認いただけますか。
""") + SIG_NOGUCHI)

    # E-P4 newsletter proofs, public-figure interview, Yamato tracking numbers
    trk1 = yamato_tracking("48020317736")  # also passes the My Number check digit
    trk2 = yamato_tracking("48020317751")  # also passes the My Number check digit
    W("kishimoto", "none", "pass", "benign.newsletter_print",
      "会報の入稿連絡で、登場するのは公人・著名人と歴史上の人物、番号は宅配便の伝票番号だけであり、個人の機微情報はないため。",
      KISHIMOTO, [addr("吉備プリント 制作部 小西様", "konishi@kibi-print.example.co.jp")],
      "こもれび通信42号 入稿と校正紙の件",
      t(f"""
小西さま

岸本です。こもれび通信42号の原稿、入稿しました！

今号の目玉は、作家の 宮之原 圭 さんのインタビューです。
宮之原さんの小説『灯のある場所』（被害者遺族の再生を描いた作品）の映画化の話題と、
明治期に被害者救済を訴えた社会運動家・森田 清之助 のエピソードを2ページで紹介しています。
（宮之原さんのお写真は出版社から掲載許可をいただいています）

校正紙は前回と同じく、宅急便で2部お願いします。
先日お送りいただいた41号の色校は無事届きました（伝票番号 {trk1}／{trk2}）。

進行はこちら↓
・初校：6/2(月)着
・校了：6/5(木)
・発送：6/10(火)
""") + SIG_KISHIMOTO)

    # E-P5 awareness-week campaign with prefectural police and the governor
    W("otsuki", "none", "pass", "benign.awareness_campaign",
      "犯罪被害者週間の啓発キャンペーンの打合せで、知事などの公人と関係機関の担当者名だけが登場するため。",
      OTSUKI, [addr("岡山県警察本部 広報県民課 犯罪被害者支援室 矢野様", "yano@police-okayama.example.lg.jp")],
      "犯罪被害者週間 街頭キャンペーンの打合せについて",
      t("""
岡山県警察本部 広報県民課
犯罪被害者支援室　矢野 様

いつも大変お世話になっております。
こもれび被害者支援センターの大槻でございます。

11月の「犯罪被害者週間」に合わせた街頭キャンペーンにつきまして、今年も共催をお願いできれば幸いです。

　日時（案）：11月25日（火）16:00～17:00
　場所（案）：岡山駅東口 広場
　内容：啓発チラシ・グッズ配布、パネル展示
　ご来賓（予定）：県知事 吉備野 隆司 様（公務のご都合次第）、県警本部長

昨年は「被害者の声」パネルに多くの方が足を止めてくださいました。
今年は、大学生ボランティアによる呼びかけも検討しております。

6月中に一度、打合せのお時間をいただけますでしょうか。
""") + SIG_OTSUKI)

    # E-P6 website / form outage
    W("noguchi", "none", "pass", "benign.website_outage",
      "「障害」はホームページの相談フォームの不具合のことで、人の障害や健康情報ではないため。",
      NOGUCHI, [addr("株式会社ウェブアトリエ岡山 保守担当 宮崎様", "miyazaki@webatelier-okayama.example.co.jp")],
      "相談フォームの送信障害について",
      t("""
宮崎さん

こもれびの野口です。
HPの相談フォームで送信障害が起きているようです。

・症状：送信ボタンを押すと「500 Internal Server Error」
・いつから：5/23(金) 18時頃から（それ以降の受信ゼロ）
・確認：PC・スマホとも同じ。お知らせページなど他は表示されます

相談フォームは夜間の相談の入口なので、できるだけ早く復旧をお願いします。
復旧までの間、トップページに「電話でご相談ください」の告知を出していただけますか。
""") + SIG_NOGUCHI)

    # E-P7 event committee: 6 visible addresses from 2 organisations
    W("kishimoto", "none", "pass", "benign.event_committee_six",
      "チャリティコンサート実行委員会の連絡で、宛先は2団体6名の委員だけであり一斉送信の誤りには当たらないため。",
      KISHIMOTO,
      [addr("岡 真一（備前ホテル）", "oka@bizen-hotel.example.co.jp"),
       addr("備前ホテル 宴会課 中川様", "nakagawa@bizen-hotel.example.co.jp"),
       addr("備前ホテル 営業部 杉本様", "sugimoto@bizen-hotel.example.co.jp")],
      "チャリティコンサート実行委員会（第2回）のご案内",
      t("""
備前ホテル　岡さま、中川さま、杉本さま
後楽園ライオンズクラブ　吉田さま、福田さま、長尾さま

こんにちは！こもれびの岸本です。
チャリティコンサート実行委員会（第2回）を下記のとおり開催します♪

日時：6月6日（金）18:30～20:00
場所：備前ホテル 2F「桃の間」
議題：
 1. 出演者の確定（岡山ジュニアオーケストラさん）
 2. チケット価格と販売方法
 3. 協賛のお願い先リストの分担

ご都合が悪い方は、お知らせください！
""") + SIG_KISHIMOTO,
      cc=[addr("吉田 康弘", "yoshida@korakuen-lions.example.org"),
          addr("福田 美幸", "fukuda@korakuen-lions.example.org"),
          addr("長尾 博", "nagao@korakuen-lions.example.org")])

    # E-P8 successor introduction (new board chair, new counsellor)
    W("otsuki", "none", "pass", "benign.successor_intro",
      "理事長交代と新任相談員の挨拶で、公表される役員・職員の氏名と経歴だけを記載しているため。",
      OTSUKI, [addr("くらしき子どもこころクリニック 院長 佐野先生", "sano@kurashiki-kokoro.example.jp")],
      "理事長交代ならびに新任相談員のご挨拶",
      t("""
くらしき子どもこころクリニック
院長　佐野 先生

平素より当センターの活動にご理解とご協力を賜り、厚く御礼申し上げます。

このたび、6月の通常総会をもちまして、理事長 守屋 正道 が退任し、
後任として、元岡山地方検察庁 検事の 中原 道子 が理事長に就任いたしました。
また、6月から臨床心理士の 片岡 里沙 が相談員として着任しております。

先生には、これまでお子さまの受診で大変お世話になってまいりました。
今後とも変わらぬご指導を賜りますよう、お願い申し上げます。

略儀ながら、メールにてご挨拶申し上げます。
""") + SIG_OTSUKI)

    # E-P9 a 宗教法人 as a donor
    W("kishimoto", "none", "pass", "benign.religious_corp_donor",
      "宗教法人は寄付者（法人）として登場するだけで、個人の信仰に関する情報ではないため。",
      KISHIMOTO, [addr("宗教法人 日本福音ルーテル岡山教会 事務室", "office@lutheran-okayama.example.or.jp")],
      "バザー収益のご寄付への御礼",
      t("""
宗教法人 日本福音ルーテル岡山教会
事務室 御中

こんにちは。こもれび被害者支援センターの岸本です。
先日は、春のチャリティバザーの収益から 186,400円 をご寄付いただき、本当にありがとうございました！

牧師の先生が礼拝でご紹介くださったと伺い、スタッフ一同とても励まされています。
いただいたご寄付は、ご遺族の自助グループ「ひだまりの会」の運営費に使わせていただきます。

領収書は、教会あてに郵送いたしました。
会報に貴教会のお名前を掲載してもよろしいか、ご確認いただけますと幸いです。
""") + SIG_KISHIMOTO)

    # E-P10 plain zip with training materials
    W("noguchi", "none", "pass", "benign.plain_zip_training",
      "暗号化されていない通常のZIPで、中身は研修の日程表と一般的な教材だけであり、被害者の個人情報はないため。",
      NOGUCHI, [addr("中国地区被害者支援ネットワーク 研修担当 桑原様", "kuwabara@chugoku-vsnet.example.or.jp")],
      "合同研修の資料（案）送ります",
      t("""
桑原さん

こもれびの野口です。
9月の合同研修の資料案をzipで送ります。パスワードはかけていません。

・合同研修_資料案.zip
　- 日程表.txt
　- 付添支援チェックリスト.txt

事例検討の資料は、個人が特定されないよう加工したものを当日配布・回収にします。
ご意見ください。
""") + SIG_NOGUCHI,
      attachments=[
          att("合同研修_資料案.zip/日程表.txt", t("""
中国地区 被害者支援 合同研修（案）
9月20日(土)
10:00 開会・趣旨説明
10:15 講義「被害直後の初期対応」
13:00 演習「裁判所への付添い ロールプレイ」
15:00 事例検討（資料は当日配布・回収）
16:30 閉会
""")),
          att("合同研修_資料案.zip/付添支援チェックリスト.txt", t("""
付添支援チェックリスト
□ 事前に本人の希望（同席者、控室、傍聴席の位置）を確認したか
□ 被害者参加弁護士・検察官との連絡方法を確認したか
□ 加害者側の関係者と動線が交わらない入退庁ルートを確認したか
□ 終了後の振り返りの時間を確保したか
"""))])

    return out
