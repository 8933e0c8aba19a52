"""Org A: 奥霧温泉 旅館 霧乃家（きりのや） — a hot-spring ryokan, some English mail."""
from common import A, T, Writer, att, card, enc_zip, mail, yamato_both

ORG = "A"
DOM = "kirinoya.example.jp"

OKAMI = Writer("A1_muroi", "室井 千景", f"muroi@{DOM}", """
━━━━━━━━━━━━━━━━━━━━━━━━━━
　奥霧温泉　旅館 霧乃家（きりのや）
　女将　室井 千景（むろい ちかげ）
　〒399-0000 長野県北安曇郡霧見村奥霧 1234
　TEL 050-0000-3101　FAX 050-0000-3109
　https://www.kirinoya.example.jp/
━━━━━━━━━━━━━━━━━━━━━━━━━━
""")

REINA = Writer("A2_fujishiro", "Reina Fujishiro 藤代 玲奈", f"reservations@{DOM}", """
--
Reina Fujishiro（藤代 玲奈）
Reservations & Guest Relations / 予約・インバウンド担当
Kirinoya Ryokan, Okugiri Onsen, Nagano, Japan
Tel: +81-50-0000-3102
https://www.kirinoya.example.jp/en/
""")

KIRIYAMA = Writer("A3_kiriyama", "霧乃家 桐山 浩司", f"kiriyama@{DOM}", """
----------------------------------
霧乃家 総務経理課　桐山 浩司
050-0000-3103 / kiriyama@kirinoya.example.jp
----------------------------------
""")

TRACK_A = yamato_both(1071)


def mails():
    out = []

    # ---------------------------------------------------------------- holds
    # H1 body: dialysis request to a clinic with diagnosis
    out.append(mail(
        OKAMI, expect="hold", loc="body", kind="sensitive.health_dialysis_guest",
        why="宿泊客の氏名・生年月日・住所とともに腎疾患の診断名と透析条件を外部クリニックへ送っており要配慮個人情報に当たる。",
        to=[A("安曇野じんクリニック 透析室", "dialysis@azumino-jin.example.jp")],
        subject="ご宿泊中のお客様の臨時透析のお願い（7月12日）",
        body="""
        安曇野じんクリニック
        透析室 ご担当 様

        いつも大変お世話になっております。霧乃家の室井でございます。
        昨日お電話でご相談いたしました、ご宿泊予定のお客様の臨時透析の件で
        ご連絡申し上げます。

        　お名前　：久保田 茂 様（昭和22年5月3日生）
        　ご住所　：埼玉県川越市霞ヶ丘 3-14-2
        　ご病名　：糖尿病性腎症による慢性腎不全
        　通常透析：週3回（月・水・金）午後、かかりつけは川越みなみ透析クリニック
        　ご宿泊　：7月12日（金）〜14日（日）2泊

        12日（金）午後の枠でお受けいただけますと大変助かります。
        往復の送迎は当館の車でいたします。かかりつけ医の情報提供書は
        ご本人様が当日ご持参になるとのことでございます。

        ご多用のところ恐縮ではございますが、可否をお知らせいただけますと幸いです。
        何卒よろしくお願い申し上げます。
        """,
        personal=[("name", "久保田 茂"), ("birth_date", "昭和22年5月3日"),
                  ("address", "埼玉県川越市霞ヶ丘 3-14-2"), ("diagnosis", "糖尿病性腎症による慢性腎不全")],
    ))

    # H2 body: passport number sent to tour operator (English)
    out.append(mail(
        REINA, expect="hold", loc="body", kind="id.passport_guest",
        why="外国人宿泊客の旅券番号・生年月日・国籍を旅行会社へ本文で送っている。",
        to=[A("Sakura Trails Japan Operations", "ops@sakuratrails.example.com")],
        subject="Re: KRN-25-0917 Hartley party – passport detail mismatch",
        body="""
        Dear Tom,

        Thank you for the quick reply. As required for our guest register, we copied
        the passports at check-in last night, and one entry does not match your manifest:

          Guest:        Ms. Olivia Jane Hartley
          Nationality:  United Kingdom
          Date of birth: 14 February 1986
          Passport no.: 538204716 (your manifest shows 538204761)

        Could you check with the client which one is correct? If your manifest has a typo
        we will leave our register as it is. The party checks out tomorrow at 10:00, so a
        reply by tonight would be ideal.

        Best regards,
        Reina
        """,
        quoted="""
        On Tue, 9 Sep 2025 at 18:02, Tom Baxter <tom.baxter@sakuratrails.example.com> wrote:
        > Hi Reina,
        > Sure, happy to double-check anything on our side. Just send the details.
        > Tom
        """,
        personal=[("name", "Olivia Jane Hartley"), ("passport_number", "538204716"),
                  ("birth_date", "14 February 1986")],
    ))

    # H3 body: full card number to payment service provider
    cn = card("498012345670291")
    out.append(mail(
        KIRIYAMA, expect="hold", loc="body", kind="id.card_number_full",
        why="宿泊客のクレジットカード番号全桁と有効期限を決済代行会社へ本文で送っている。",
        to=[A("ペイリンク 加盟店サポート", "support@paylink-gw.example.co.jp")],
        subject="キャンセル料の手動売上ができない件（加盟店ID KRY-0042）",
        body=f"""
        ペイリンク 加盟店サポート ご担当者様

        お世話になっております。霧乃家 総務経理の桐山です。
        無断キャンセルのお客様のキャンセル料を管理画面から手動売上しようとしたところ、
        「E-214 カード情報不一致」となり処理できません。

        予約時にお客様がご入力されたカード情報は以下のとおりです。

        　ご予約者：原田 俊介 様
        　カード番号：{cn}
        　有効期限：08/27
        　金額：38,500円（1泊2食×2名様 の50%）

        こちらで再入力しても同じエラーになります。そちらで売上処理していただくか、
        原因をご教示いただけますでしょうか。よろしくお願いいたします。
        """,
        personal=[("name", "原田 俊介"), ("card_number", cn)],
    ))

    # H4 attachment: bus passenger roster
    out.append(mail(
        KIRIYAMA, expect="hold", loc="attachment", kind="list.group_passenger_roster",
        why="団体客7名分の氏名・生年月日・住所・電話を記載した乗車名簿CSVをバス会社へ添付送付している。",
        to=[A("霧見観光バス 配車係", "haisha@kirimi-bus.example.co.jp")],
        subject="10/18 松代寿会様 ご一行 送迎バス 乗車名簿",
        body="""
        霧見観光バス 配車係 御中

        お世話になっております。霧乃家の桐山です。
        10月18日（土）ご到着の団体様（7名様、マイクロバス1台）の乗車名簿をお送りします。
        保険加入用とのことでしたので、ご指定の項目で作成しております。

        　長野駅東口 13:30 発 → 当館 15:00 着予定
        　帰路 19日（日）10:00 当館発

        ご不明点がございましたらご連絡ください。
        """,
        attachments=[att("乗車名簿_松代寿会_1018.csv", """
        No,氏名,フリガナ,生年月日,住所,電話番号,緊急連絡先
        1,竹内 信夫,タケウチ ノブオ,1946-03-21,長野県長野市松代町東条 2-1-9,026-0000-4431,竹内 由紀 090-0000-1188
        2,竹内 文子,タケウチ フミコ,1948-11-02,長野県長野市松代町東条 2-1-9,026-0000-4431,竹内 由紀 090-0000-1188
        3,宮下 孝,ミヤシタ タカシ,1944-07-15,長野県長野市松代町西条 455,090-0000-2970,宮下 和也 090-0000-6652
        4,小林 トシ子,コバヤシ トシコ,1943-01-30,長野県長野市松代町清野 81-3,026-0000-7720,小林 恵 080-0000-3310
        5,北沢 勇,キタザワ イサム,1950-05-08,長野県長野市松代町豊栄 1120,090-0000-8843,北沢 正美 090-0000-0912
        6,北沢 正美,キタザワ マサミ,1952-09-19,長野県長野市松代町豊栄 1120,090-0000-0912,北沢 勇 090-0000-8843
        7,山岸 幸雄,ヤマギシ ユキオ,1945-12-12,長野県長野市松代町東寺尾 3-4,026-0000-1205,山岸 克己 080-0000-5521
        """)],
        personal=[("name", "竹内 信夫"), ("birth_date", "1946-03-21"),
                  ("address", "長野県長野市松代町西条 455"), ("phone", "090-0000-2970"),
                  ("name", "小林 トシ子")],
    ))

    # H5 attachment: accident report with injury and medical history to insurer
    out.append(mail(
        OKAMI, expect="hold", loc="attachment", kind="sensitive.accident_report_health",
        why="宿泊客の負傷内容・既往歴・搬送先を記した事故報告書を保険会社へ添付しており要配慮個人情報を含む。",
        to=[A("信越損保 松本支店 施設賠償担当", "shisetsu-baisho@shinetsu-sonpo.example.co.jp")],
        cc=[A("霧乃家 桐山 浩司", f"kiriyama@{DOM}")],
        subject="施設賠償責任保険　事故報告書の送付（証券番号 SB-7730021）",
        body="""
        信越損保 松本支店
        施設賠償ご担当 様

        平素より大変お世話になっております。霧乃家の室井でございます。
        先日お電話にてご報告いたしました大浴場での転倒事故につきまして、
        事故報告書を添付にてお送り申し上げます。

        お客様のご容体は、入院先の病院より順調と伺っております。
        今後の手続きにつきましてご指示をいただけますと幸いでございます。

        取り急ぎ、よろしくお願い申し上げます。
        """,
        attachments=[att("事故報告書_20250823.pdf", """
        事故報告書
        報告日：2025年8月25日　報告者：旅館 霧乃家 女将 室井 千景
        発生日時：2025年8月23日（土）21時10分頃
        発生場所：大浴場「霧の湯」洗い場
        被害者：青木 良平 様（72歳）　東京都杉並区高円寺南 5-2-18　電話 090-0000-7315
        状況：洗い場から浴槽へ移動の際に足を滑らせ転倒、右大腿部を強打。
        救急搬送先：北アルプス中央病院　診断：右大腿骨頸部骨折（手術予定）
        既往歴（ご家族より聴取）：脳梗塞（2019年）、高血圧症で服薬中
        当館の対応：従業員2名で介助、119番通報、ご家族へ連絡。
        再発防止策：洗い場床面の滑り止めマット増設、注意掲示の追加。
        """)],
        personal=[("name", "青木 良平"), ("diagnosis", "右大腿骨頸部骨折"),
                  ("medical_history", "脳梗塞（2019年）"), ("phone", "090-0000-7315")],
    ))

    # H6 quoted: guest complaint forwarded to cleaning contractor with full contact
    out.append(mail(
        KIRIYAMA, expect="hold", loc="quoted", kind="personal.guest_complaint_forward",
        why="宿泊客の苦情メールを氏名・住所・電話・予約情報ごと清掃委託業者へ転送している。",
        to=[A("アルプス環境サービス 現場責任者", "genba@alps-kankyo.example.co.jp")],
        subject="Fwd: 客室清掃についてのご意見",
        body="""
        アルプス環境サービス
        現場責任者 様

        お世話になっております。霧乃家の桐山です。
        お客様から下記のご意見をいただきました。
        該当日の清掃担当と作業手順の確認をお願いできますでしょうか。
        お客様には女将よりお詫びのご連絡を差し上げております。
        """,
        quoted="""
        -------- 転送メッセージ --------
        From: 渡辺 美香 <mika.watanabe.0522@yahoo.co.jp>
        Date: 2025年6月2日 22:41
        To: info@kirinoya.example.jp
        Subject: 客室清掃についてのご意見

        霧乃家 ご担当者様

        5月31日から1泊した渡辺と申します（予約番号 KRN-25-0531-07、「桔梗」のお部屋）。
        到着時、洗面台に前のお客様のものと思われる髪の毛が残っており、
        布団のシーツにもシミがありました。楽しみにしていただけに残念です。
        折り返しご連絡をお願いします。

        渡辺 美香
        〒251-0000 神奈川県藤沢市鵠沼海岸 6-11-3
        携帯 080-0000-6247
        """,
        personal=[("name", "渡辺 美香"), ("address", "神奈川県藤沢市鵠沼海岸 6-11-3"),
                  ("phone", "080-0000-6247"), ("email", "mika.watanabe.0522@yahoo.co.jp")],
    ))

    # H7 quoted: guest's mother's stroke/COPD in quoted English mail, forwarded to taxi
    out.append(mail(
        REINA, expect="hold", loc="quoted", kind="sensitive.health_quoted_guest",
        why="転送部分に宿泊客の脳卒中後の車椅子利用とCOPDによる酸素療法という健康情報が氏名付きで含まれ、タクシー会社へ送っている。",
        to=[A("霧見タクシー 配車センター", "haisha@kirimi-taxi.example.co.jp")],
        subject="Fwd: Transfer from Hakuba station – wheelchair",
        body="""
        霧見タクシー 配車センター ご担当様

        いつもお世話になっております。霧乃家の藤代です。
        9月27日（土）14:20 白馬駅着のお客様3名様のお迎えをお願いしたく、
        車椅子のまま乗車できる福祉車両をご用意いただけますでしょうか。
        ご事情は下のお客様からのメール（英文）をご参照ください。

        よろしくお願いいたします。
        """,
        quoted="""
        ---------- Forwarded message ---------
        From: Karen Olsen <karen.olsen.mn@outlook.com>
        Date: Sun, 14 Sep 2025 07:55
        Subject: Transfer from Hakuba station – wheelchair
        To: reservations@kirinoya.example.jp

        Hello Reina,

        Thank you for confirming our stay (27–29 September). One more request: my mother,
        Margaret Olsen (81), has used a wheelchair since her stroke last year and she is on
        portable oxygen for COPD. She cannot transfer into a normal car seat easily.
        Could you arrange a vehicle where she can stay in her wheelchair?

        Many thanks,
        Karen Olsen
        """,
        personal=[("name", "Margaret Olsen"), ("health", "wheelchair since her stroke"),
                  ("diagnosis", "portable oxygen for COPD")],
    ))

    # H8 subject: lost-item shipping with guest name/address/phone in subject only
    out.append(mail(
        KIRIYAMA, expect="hold", loc="subject", kind="personal.contact_in_subject",
        why="件名に宿泊客の氏名・住所・携帯番号が書かれたまま運送会社の法人窓口へ送っている。",
        to=[A("ヤマネコ運輸 大町センター 法人窓口", "omachi-houjin@yamaneko-unyu.example.co.jp")],
        subject="集荷・発送依頼：堀 佳奈子様 東京都世田谷区桜丘9-8-7 090-0000-4417 宛",
        body="""
        ヤマネコ運輸 大町センター ご担当様

        いつもお世話になっております。霧乃家の桐山です。
        件名のお届け先宛に、お客様のお忘れ物（衣類・眼鏡ケース、60サイズ1個口）の
        発送をお願いいたします。本日15時の定期集荷でお渡しします。

        ・運賃：元払い（当館の法人契約でお願いします）
        ・お届け希望：明日午前中

        送り状は集荷時にドライバーさんへお渡しします。よろしくお願いします。
        """,
        personal=[("name", "堀 佳奈子"), ("address", "東京都世田谷区桜丘9-8-7"),
                  ("phone", "090-0000-4417")],
    ))

    # H9 zip: encrypted zip (PPAP) to village tax office
    out.append(mail(
        KIRIYAMA, expect="hold", loc="zip", kind="attachment.encrypted_zip",
        why="パスワード付きZIP（PPAP）を添付しており、本文の内容にかかわらず確認対象。",
        to=[A("霧見村役場 税務係", "zeimu@kirimi-vil.example.lg.jp")],
        subject="入湯税 申告資料（2025年8月分）の送付",
        body="""
        霧見村役場 税務係 御中

        お世話になっております。霧乃家 総務経理の桐山です。
        8月分の入湯税申告資料（申告書・宿泊者数明細）をお送りします。
        ファイルはパスワード付きZIPにしております。
        パスワードは別メールにてお知らせいたします。

        ご査収のほどよろしくお願いいたします。
        """,
        attachments=[enc_zip("入湯税_202508_霧乃家.zip")],
    ))

    # H10 recipients: campaign mail with 14 outside addresses in To
    agents = [
        A("信州トラベル 仕入課", "shiire@shinshu-travel.example.co.jp"),
        A("アルプス旅行社 国内企画", "kikaku@alps-ryoko.example.co.jp"),
        A("ひかり観光 長野支店", "nagano@hikari-kanko.example.jp"),
        A("みやこツーリスト 仕入担当", "purchase@miyako-tourist.example.com"),
        A("Sakura Trails Japan", "ops@sakuratrails.example.com"),
        A("北陸エアトラベル 団体課", "dantai@hokuriku-air.example.co.jp"),
        A("ゆけむり予約ネット 宿泊仕入", "shukuhaku@yukemuri-net.example.jp"),
        A("中信バスツアー 企画室", "kikaku@chushin-bus.example.co.jp"),
        A("松本学生旅行センター", "info@mts-gakuryo.example.jp"),
        A("東海ファミリー旅行 仕入課", "shiire@tokai-family.example.co.jp"),
        A("関 美智子", "michiko.seki@gmail.com"),
        A("大森 康弘", "y_omori1961@yahoo.co.jp"),
        A("Hannah Becker", "hannah.becker@outlook.com"),
        A("ことりっぷ旅行企画 宿泊担当", "yado@kotori-kikaku.example.jp"),
    ]
    out.append(mail(
        OKAMI, expect="hold", loc="recipients", kind="recipients.campaign_visible_to",
        why="旅行会社と個人のお得意様計14件の社外アドレスが宛先（To）に並んで互いに見えており、BCCにすべきだった。",
        to=agents,
        subject="【霧乃家】紅葉の特別プランのご案内（10月〜11月）",
        body="""
        いつも霧乃家をお引き立ていただき、誠にありがとうございます。
        女将の室井でございます。

        奥霧の山々もそろそろ色づき始める季節となりました。
        今年は10月10日から11月24日まで、下記の特別プランをご用意いたしました。

        　■ 紅葉会席と貸切露天風呂プラン　1泊2食 26,400円〜（2名1室・お一人様）
        　■ 連泊割（2泊以上で2泊目の夕食を山菜鍋に、お一人様 3,300円引き）
        　■ 団体様（15名以上）には紅葉ライトアップ散策のご案内付き

        詳しくは当館ホームページ、または予約係までお問い合わせくださいませ。
        皆様のお越しを心よりお待ち申し上げております。
        """,
    ))

    # ---------------------------------------------------------------- passes
    # P1 meeting long chain with heavy signatures
    out.append(mail(
        OKAMI, expect="pass", kind="benign.meeting_reply_chain",
        why="観光協会との実行委員会の日程調整で、登場するのは取引先担当者の業務上の氏名と署名だけ。",
        to=[A("霧見村観光協会 事務局 丸山", "maruyama@kirimi-kanko.example.jp")],
        cc=[A("霧見村観光協会 事務局長 荻原", "ogiwara@kirimi-kanko.example.jp"),
            A("湯元 やまびこ荘 佐久間", "sakuma@yamabiko-so.example.jp")],
        subject="Re: Re: 奥霧紅葉まつり 第2回実行委員会の日程",
        body="""
        丸山様

        ご調整ありがとうございます。霧乃家の室井でございます。
        9月16日（火）15時からで承知いたしました。当日は当館の広間「白樺」を
        会場としてお使いいただけますので、椅子は12脚ご用意しておきます。
        やまびこ荘の佐久間様にもご参加いただけるとのこと、心強く存じます。

        引き続きよろしくお願い申し上げます。
        """,
        quoted="""
        -----Original Message-----
        From: 丸山 聡 <maruyama@kirimi-kanko.example.jp>
        Sent: Thursday, September 4, 2025 11:20 AM
        To: 室井 千景 <muroi@kirinoya.example.jp>
        Cc: 荻原 / 佐久間
        Subject: Re: 奥霧紅葉まつり 第2回実行委員会の日程

        室井女将

        お世話になっております。観光協会の丸山です。
        皆様の回答をとりまとめたところ、9月16日（火）15時〜が最も多く出席可能でした。
        会場を霧乃家様にお願いできれば幸いです。
        議題は①ライトアップの点灯時間、②シャトルバスの運行、③協賛金の三点です。

        ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
        一般社団法人 霧見村観光協会
        事務局　丸山 聡
        TEL 050-0000-4410 / FAX 050-0000-4419
        https://www.kirimi-kanko.example.jp/
        ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿

        > 丸山様
        > 第2回の候補日、当館は9/16、9/18のいずれも対応可能です。
        > 室井
        """,
    ))

    # P2 invoice with corporate bank account
    out.append(mail(
        KIRIYAMA, expect="pass", kind="benign.invoice_corporate_account",
        why="旅行会社への請求書送付で、振込先は当館の法人口座であり個人の口座ではない。",
        to=[A("信州トラベル 経理部 精算担当", "seisan@shinshu-travel.example.co.jp")],
        subject="ご請求書送付（2025年8月ご送客分）",
        body="""
        信州トラベル株式会社 経理部 精算ご担当者様

        いつもご送客いただきありがとうございます。霧乃家の桐山です。
        8月ご送客分のご請求書を添付にてお送りいたします。

        　ご請求金額：1,284,700円（税込）
        　お支払期日：2025年9月30日

        お振込先は従来どおり下記の当館口座となります。
        　みすず信用金庫　霧見支店　普通　0123456
        　口座名義：カ）キリノヤ

        ご確認のほどよろしくお願いいたします。
        """,
        attachments=[att("請求書_信州トラベル_202508.pdf", """
        御請求書　No. KRY-INV-2508-014
        信州トラベル株式会社 御中　　　発行日 2025年9月1日
        株式会社霧乃家　適格請求書発行事業者登録番号 T0000000000000
        ご送客分 2025年8月1日〜8月31日　計 47件 / 112名様
        宿泊代金 1,167,909円　消費税(10%) 116,791円　合計 1,284,700円
        振込先：みすず信用金庫 霧見支店 普通 0123456 カ）キリノヤ
        """)],
    ))

    # P3 English confirmation to the guest themself
    out.append(mail(
        REINA, expect="pass", kind="benign.guest_own_booking",
        why="宿泊客本人への予約確認で、本人の氏名・食事の希望を本人に返しているだけ。",
        to=[A("Daniel Whitmore", "d.whitmore@gmail.com")],
        subject="Your reservation at Kirinoya – confirmation KRN-25-1103",
        body="""
        Dear Mr. Whitmore,

        Thank you for choosing Kirinoya. We are pleased to confirm your reservation:

          Confirmation no.: KRN-25-1103
          Check-in:  Monday, 3 November 2025 (from 15:00)
          Check-out: Wednesday, 5 November 2025 (by 10:00)
          Room:      "Kaede" – Japanese-style room with private open-air bath
          Guests:    2 adults
          Dinner:    kaiseki at 18:30, prepared without shellfish as you requested

        The nearest station is Hakuba. Our free shuttle leaves the station at 14:45 and
        16:15; please let us know which one you will take.

        We look forward to welcoming you to Okugiri Onsen.

        Warm regards,
        Reina
        """,
    ))

    # P4 tracking number that happens to pass the My Number check digit, to the guest
    out.append(mail(
        KIRIYAMA, expect="pass", kind="benign.tracking_number_lookalike",
        why="お客様本人へのお忘れ物発送連絡で、12桁の数字は宅配便の伝票番号にすぎない。",
        to=[A("堀 佳奈子", "kanako.hori@yahoo.co.jp")],
        subject="お忘れ物発送のご連絡（霧乃家）",
        body=f"""
        堀 佳奈子 様

        先日は霧乃家にお泊まりいただき、誠にありがとうございました。
        お問い合わせいただいたお忘れ物（衣類・眼鏡ケース）を本日発送いたしました。

        　配送会社：ヤマネコ運輸（宅急便）
        　お問い合わせ伝票番号：{TRACK_A}
        　お届け予定：明日午前中

        送料は当館で負担しておりますので、お受け取りのみお願いいたします。
        またのお越しを心よりお待ちしております。
        """,
    ))

    # P5 IT outage notice ("障害")
    out.append(mail(
        REINA, expect="pass", kind="benign.it_outage_notice",
        why="「障害」は予約システムの不具合のことで、個人の情報は含まれない。",
        to=[A("ゆけむり予約ネット 宿泊仕入", "shukuhaku@yukemuri-net.example.jp")],
        cc=[A("アルプス旅行社 国内企画", "kikaku@alps-ryoko.example.co.jp")],
        subject="【復旧済】在庫連携システム障害のお知らせ（9/20 02:10〜05:40）",
        body="""
        各社 ご担当者様

        いつもお世話になっております。霧乃家 予約係の藤代です。
        本日未明、当館のサイトコントローラーで障害が発生し、
        下記の時間帯に在庫・料金の連携が停止しておりました。

        　発生：2025年9月20日 02:10頃
        　復旧：同日 05:40
        　影響：上記時間帯の在庫数が貴社サイト上で更新されていない可能性

        現在は正常に連携しております。この間のお申込みはすべて当館側で確認済みで、
        オーバーブッキングは発生しておりません。
        ご迷惑をおかけし申し訳ございませんでした。
        """,
    ))

    # P6 infection measures, aggregate only
    out.append(mail(
        OKAMI, expect="pass", kind="benign.infection_policy_no_names",
        why="感染症対策の一般的な説明で、特定の個人の感染情報は含まれない。",
        to=[A("ひかり観光 長野支店 教育旅行課 矢島", "yajima@hikari-kanko.example.jp")],
        subject="Re: 修学旅行受入れ時の感染症対策について",
        body="""
        ひかり観光 矢島様

        お問い合わせありがとうございます。霧乃家の室井でございます。
        修学旅行のお受入れにあたっての当館の感染症対策は以下のとおりでございます。

        　・大広間での食事は学級ごとに時間をずらし、配膳は個別盛り
        　・発熱等の体調不良者が出た場合は、別棟の離れ2室を静養室として使用
        　・嘔吐物処理キット（次亜塩素酸）を各階に常備、全従業員が年1回研修
        　・昨冬のノロウイルス流行期以降、大浴場の手すり消毒を2時間ごとに実施

        学校様からのご要望に応じて個別のご相談も承ります。
        ご不明点があればお気軽にお申し付けくださいませ。
        """,
    ))

    # P7 plain zip with rates and photos list
    out.append(mail(
        REINA, expect="pass", kind="benign.plain_zip_materials",
        why="暗号化していないZIPで、中身は料金表と写真リストだけ。",
        to=[A("Kotori Kikaku Overseas Desk", "overseas@kotori-kikaku.example.jp")],
        subject="Kirinoya – rates 2026 and photo list for your brochure",
        body="""
        Dear Ms. Lin,

        As promised at the Osaka trade fair, please find attached our net rates for 2026
        and the list of photos you may use in your brochure. The high-resolution photos
        can be downloaded from https://www.kirinoya.example.jp/press/ (password not
        required).

        Let me know if you need the rates in another currency.

        Kind regards,
        Reina
        """,
        attachments=[
            att("kirinoya_2026_materials.zip/net_rates_2026.csv", """
            room_type,season,net_rate_jpy_per_person,min_guests
            Kaede (private bath),regular,23000,2
            Kaede (private bath),peak,28500,2
            Kikyo (standard),regular,16500,2
            Kikyo (standard),peak,19800,2
            Hanare (annex),regular,31000,2
            """),
            att("kirinoya_2026_materials.zip/photo_list.txt", """
            01_outdoor_bath_autumn.jpg  Open-air bath in autumn
            02_kaiseki_dinner.jpg       Seasonal kaiseki dinner
            03_kaede_room.jpg           Room "Kaede"
            04_lobby_hearth.jpg         Lobby with irori hearth
            Credit line: (c) Kirinoya Ryokan
            """),
        ],
    ))

    # P8 masked card on a receipt to the guest
    last4 = cn.replace(" ", "")[-4:]
    out.append(mail(
        KIRIYAMA, expect="pass", kind="benign.masked_card_receipt",
        why="お客様本人へのキャンセル料の領収連絡で、カード番号は下4桁以外マスクされている。",
        to=[A("原田 俊介", "shunsuke.harada@outlook.com")],
        subject="キャンセル料お支払いの領収について（霧乃家）",
        body=f"""
        原田 俊介 様

        霧乃家 総務経理の桐山でございます。
        先般のご予約（7月19日ご宿泊分）のキャンセル料につきまして、
        本日ご登録のカードにて決済が完了いたしましたのでご連絡いたします。

        　決済金額：38,500円
        　カード：VISA ****-****-****-{last4}

        領収書はPDFでお送りすることもできますので、必要でしたらお申し付けください。
        またの機会にお会いできますことを楽しみにしております。
        """,
    ))

    # P9 successor introduction (English)
    out.append(mail(
        REINA, expect="pass", kind="benign.successor_intro",
        why="後任担当者の紹介で、業務上の氏名と連絡先だけが書かれている。",
        to=[A("Tom Baxter", "tom.baxter@sakuratrails.example.com")],
        cc=[A("Aoki Kenta 青木 健太", f"k.aoki@{DOM}")],
        subject="Handover – your new contact at Kirinoya from 1 December",
        body="""
        Dear Tom,

        I wanted to let you know personally that I will be moving to our sister inn in
        Matsumoto at the end of November. From 1 December, your contact for all Sakura
        Trails bookings will be my colleague Kenta Aoki (cc'd), who has been on our front
        desk for five years and speaks excellent English.

        Kenta will keep the same allotment and rates we agreed for the 2026 season, and the
        reservations@ address stays the same. It has been a real pleasure working with you
        and your team.

        All the best,
        Reina
        """,
    ))

    # P10 religious corporation as a customer
    out.append(mail(
        OKAMI, expect="pass", kind="benign.religious_corporation_customer",
        why="宗教法人は団体の顧客として登場するだけで、個人の信条は扱っていない。",
        to=[A("宗教法人 常念寺 寺務所", "jimusho@jonenji.example.or.jp")],
        subject="研修旅行（11月6日〜7日・40名様）お見積りの件",
        body="""
        宗教法人 常念寺
        寺務所 御中

        このたびはお問い合わせを賜り、誠にありがとうございます。
        霧乃家の女将、室井でございます。

        11月6日（木）〜7日（金）、40名様の研修旅行のお見積りをお送りいたします。
        　・ご宿泊：1泊2食（精進料理をご用意いたします）お一人様 18,700円
        　・大広間（80畳）をご法話・研修会場として無料でご利用いただけます
        　・長野駅との送迎バスは提携会社で手配可能です（別途）

        お支払いは宗教法人様宛の請求書払いで承ります。
        ご不明な点がございましたら、何なりとお申し付けくださいませ。
        """,
    ))

    for m in out:
        m["_org"] = ORG
    return out
