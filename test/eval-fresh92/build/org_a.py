"""Org A: ホテル・ラ・ルミエール大阪 (city hotel) — front office, sales, guest relations."""
from common import Writer, mail, addr, att, enc_zip, CT_CSV, CT_TXT, CT_XLSX, CT_PDF

ORG = "A"
NAME = "ホテル・ラ・ルミエール大阪（株式会社ルミエール・ホテルズ）"
DOM = "lumiere-osaka.example.co.jp"

A1 = Writer("A1", ORG, "高島 美咲（フロントオフィス 副支配人）",
            "ホテル・ラ・ルミエール大阪 高島 美咲", f"m.takashima@{DOM}", """
━━━━━━━━━━━━━━━━━━━━━━
ホテル・ラ・ルミエール大阪
フロントオフィス 副支配人　高島 美咲
〒530-0000 大阪市北区中之島9-9-1
TEL 06-0000-3101 ／ FAX 06-0000-3199
m.takashima@lumiere-osaka.example.co.jp
https://www.lumiere-osaka.example.co.jp/
━━━━━━━━━━━━━━━━━━━━━━
""")

A2 = Writer("A2", ORG, "三浦 健吾（宿泊・宴会セールス 営業課長）",
            "三浦 健吾（ホテル・ラ・ルミエール大阪 営業）", f"k.miura@{DOM}", """
--------------------------------------------------
株式会社ルミエール・ホテルズ
ホテル・ラ・ルミエール大阪　セールス＆マーケティング部
営業課長　三浦 健吾（Kengo Miura）
TEL 06-0000-3120（直通）　携帯 090-0000-4402
k.miura@lumiere-osaka.example.co.jp
★ 2025年秋、18階スカイバンケット「エトワール」リニューアルオープン ★
--------------------------------------------------
""")

A3 = Writer("A3", ORG, "岡部 里奈（ゲストリレーションズ、英語対応）",
            "Rina Okabe / Hotel La Lumiere Osaka", f"r.okabe@{DOM}", """
--
Rina Okabe（岡部 里奈）
Guest Relations Manager
Hotel La Lumiere Osaka
9-9-1 Nakanoshima, Kita-ku, Osaka 530-0000, Japan
Tel +81 6-0000-3130 | r.okabe@lumiere-osaka.example.co.jp
""")

WRITERS = [A1, A2, A3]

AGENCIES = [
    addr("株式会社たびナビ 仕入課 上野様", "ueno@tabi-navi.example.co.jp"),
    addr("関西トラベル企画 森本様", "morimoto@kansai-travel.example.jp"),
    addr("さくらツーリスト 団体営業部 宮下様", "miyashita@sakura-tour.example.co.jp"),
    addr("Global Trip Japan Ms. Lee", "lee@global-trip.example.com"),
    addr("ゆとり旅行社 教育旅行課 新井様", "arai@yutori-ryoko.example.jp"),
    addr("北摂観光バス旅行センター 今井様", "imai@hokusetsu-kanko.example.co.jp"),
    addr("エアポートツアーズ 仕入担当 杉本様", "sugimoto@airport-tours.example.jp"),
    addr("もみじトラベル 河合様", "kawai@momiji-travel.example.co.jp"),
    addr("Blue Ocean Travel 手配課 大西様", "onishi@blue-ocean-travel.example.com"),
    addr("株式会社ミナミ観光 田辺様", "tanabe@minami-kanko.example.co.jp"),
    addr("京都ジャーニー 吉川様", "yoshikawa@kyoto-journey.example.jp"),
    addr("なにわ旅企画 団体課 浅野様", "asano@naniwa-tabi.example.co.jp"),
]


def mails():
    M = []

    # ------------------------------------------------------------ holds
    M.append(mail(
        "a_unpaid_list", "hold", "list.unpaid_guests",
        "未収宿泊者3名の氏名・住所・電話・未収額を本文に列挙して債権回収会社へ送っているため。",
        A1, "body",
        [addr("なにわ債権管理サービス 小川様", "ogawa@naniwa-saiken.example.co.jp")],
        "未収宿泊代金の回収業務ご依頼（5月分 3件）",
        """
株式会社なにわ債権管理サービス
管理部 小川 様

いつもお世話になっております。ホテル・ラ・ルミエール大阪の高島でございます。

先日お打ち合わせいたしました未収宿泊代金の回収業務につきまして、5月分の対象3件を下記のとおりお送りいたします。
いずれもチェックアウト時にお支払いがなく、当方からの書面督促（2回）にもご応答がない案件です。

――――――――――――――――――――――――
No.1　氏名：北川 大樹（キタガワ ダイキ）
　　　住所：大阪府豊中市緑丘9-8-7 グリーンハイツ203
　　　電話：090-0000-4471
　　　宿泊日：5/3〜5/6（3泊）　未収額：128,400円
No.2　氏名：Sofia MARTINEZ
　　　住所：東京都港区南青山9-1-14-502
　　　電話：080-0000-2290
　　　宿泊日：5/11（1泊）　未収額：46,200円（ミニバー・ルームサービス含む）
No.3　氏名：丸山 恵理子（マルヤマ エリコ）
　　　住所：兵庫県西宮市高松町99-3
　　　電話：070-0000-8815
　　　宿泊日：5/24〜5/25（1泊）　未収額：31,900円
――――――――――――――――――――――――

各案件の宿泊登録カードの写しと督促状の控えは、ご契約締結後に別途お渡しいたします。
着手のご可否と、回収手数料のお見積りをお知らせいただけますと幸いです。

何卒よろしくお願い申し上げます。
""",
        personal=[("name", "北川 大樹"), ("address", "大阪府豊中市緑丘9-8-7 グリーンハイツ203"),
                  ("phone", "090-0000-4471"), ("debt", "未収額：128,400円"),
                  ("name", "Sofia MARTINEZ"), ("phone", "080-0000-2290"),
                  ("name", "丸山 恵理子"), ("address", "兵庫県西宮市高松町99-3"),
                  ("phone", "070-0000-8815")]))

    M.append(mail(
        "a_guest_mi", "hold", "sensitive.health_diagnosis",
        "宿泊客の氏名と救急搬送後の診断名（急性心筋梗塞）を社員旅行の幹事会社へ伝えており、要配慮個人情報の社外送信にあたるため。",
        A1, "body",
        [addr("株式会社カワセ電機 総務部 野口様", "noguchi@kawase-denki.example.co.jp")],
        "【ご報告】本日朝のご一行様お客様の救急搬送について",
        """
株式会社カワセ電機
総務部 野口 様

いつも大変お世話になっております。
ホテル・ラ・ルミエール大阪 フロントオフィスの高島でございます。
本日朝のご朝食時の件につきまして、取り急ぎご報告申し上げます。

ご一行の青木 俊介様（1412号室）が、7時40分頃に1階レストラン「セレスト」にて胸の痛みを訴えられ、当ホテルより救急要請いたしました。
救急隊到着後、北浜記念病院へ搬送され、付き添われた御社の松田様からのご連絡によりますと、急性心筋梗塞との診断で、現在は同院のCCUにて治療中とのことです。

お部屋のお荷物は、ご本人様のご意向を確認できるまでフロントにてお預かりしております。
ご一行の本日の観光バスは、予定どおり9時に出発いたしました。

ご延泊・キャンセルのお取扱いにつきましては、野口様のご指示に従います。
ご精算は法人様ご請求のままで差し支えございません。

何かございましたら、フロント直通（06-0000-3101）までお電話くださいませ。
""",
        personal=[("name", "青木 俊介"), ("diagnosis", "急性心筋梗塞"),
                  ("medical_facility", "北浜記念病院へ搬送")]))

    M.append(mail(
        "a_card_phone", "hold", "id.card_number",
        "電話で受けたお客様のカード番号・有効期限・名義を全桁のまま予約センター委託先へメールしているため。",
        A2, "body",
        [addr("コールリンク関西 予約センター", "reserve-desk@calllink-kansai.example.co.jp")],
        "7/18〜 法人手配分 カード保証の登録をお願いします",
        """
コールリンク関西 予約センター
ご担当者様

お疲れさまです。ルミエール大阪の三浦です。
先ほど私の携帯に直接お電話があり、下記のご予約をカード保証で承りました。
夜間帯のPMS登録が私の端末からできないため、保証登録をお願いできますでしょうか。

　ご予約者：村井 理沙子 様（株式会社エムズデザイン様ご手配）
　ご宿泊：7月18日（金）〜20日（日）2泊　スーペリアツイン 1室 2名
　カード番号：4980 1276 3358 0417
　有効期限：11/27
　カード名義：RISAKO MURAI
　ご連絡先：090-0000-2857

セキュリティコードはお電話で伺っておりますので、必要でしたらお電話ください。
登録が完了しましたら、このメールへの返信でお知らせいただけると助かります。

よろしくお願いします。
""",
        cc=[addr("ホテル・ラ・ルミエール大阪 予約課", f"reservation@{DOM}")],
        personal=[("name", "村井 理沙子"), ("card_number", "4980 1276 3358 0417"),
                  ("card_expiry", "有効期限：11/27"), ("card_holder", "RISAKO MURAI"),
                  ("phone", "090-0000-2857")]))

    gift_csv = """
No,氏名,郵便番号,住所,電話番号,引出物,備考
1,片山 浩二,604-0000,京都府京都市中京区烏丸通御池下ル9-12,090-0000-1123,Aコース,
2,片山 順子,604-0000,京都府京都市中京区烏丸通御池下ル9-12,090-0000-1124,Aコース,No.1と同一住所・同梱可
3,吉田 奈緒,530-0000,大阪府大阪市北区天神橋9-3-8-1104,080-0000-6630,Bコース,
4,宇野 隼人,662-0000,兵庫県西宮市甲子園口9-15,070-0000-2291,Bコース,不在時は宅配ボックス
5,Chloe HARTMANN,150-0000,東京都渋谷区恵比寿西9-4-2-301,080-0000-9902,Bコース,英語表記の送り状希望
6,岩崎 千代子,639-0000,奈良県大和郡山市九条町99,090-0000-3078,Aコース,ご高齢のため午前指定
7,原田 悠,565-0000,大阪府吹田市千里山西9-7-22,090-0000-5548,Cコース,
8,原田 真帆,565-0000,大阪府吹田市千里山西9-7-22,090-0000-5549,Cコース,No.7と同一住所
9,野村 光太郎,790-0000,愛媛県松山市道後湯之町9-6,080-0000-4417,Aコース,
"""
    M.append(mail(
        "a_gift_list", "hold", "list.guest_address_list",
        "婚礼招待客9名の氏名・住所・電話番号を一覧にしたCSVを配送業者へ添付しているため（本文には個人情報なし）。",
        A2, "attachment",
        [addr("ギフトエクスプレス 配送受付 藤井様", "fujii@giftexpress.example.co.jp")],
        "6/21ご婚礼分 引出物配送リストの送付（宴会番号 W-0621-02）",
        """
株式会社ギフトエクスプレス
配送受付 藤井 様

いつもお世話になっております。ルミエール大阪 営業の三浦です。

6月21日（土）ご披露宴分（宴会番号 W-0621-02）の引出物配送につきまして、
ご新郎ご新婦様より配送先の最終版をいただきましたので、リストを添付にてお送りします。

・配送件数：9件（うち同一住所2組は同梱可とのことです）
・お届け希望日：6月22日（日）午前〜23日（月）
・送り状の依頼主：ご両家連名（別途ご指示いただいた表記どおり）

内容をご確認のうえ、配送料のお見積りと集荷日をご連絡いただけますでしょうか。
ご不明点は私の携帯までお気軽にどうぞ。

どうぞよろしくお願いいたします。
""",
        attachments=[att("引出物配送リスト_W-0621-02.csv", CT_CSV, gift_csv)],
        personal=[("name", "片山 浩二"), ("address", "京都府京都市中京区烏丸通御池下ル9-12"),
                  ("phone", "090-0000-1123"), ("name", "吉田 奈緒"),
                  ("address", "大阪府大阪市北区天神橋9-3-8-1104"), ("name", "Chloe HARTMANN"),
                  ("name", "岩崎 千代子"), ("name", "野村 光太郎"),
                  ("address", "愛媛県松山市道後湯之町9-6")]))

    diet_xlsx = """
[Sheet1: Dietary requirements – Gala dinner 12 July 2025 (Banquet Room "Soleil")]
Table | Guest name | Requirement | Notes
T2 | Tom BAKER | Coeliac disease – strict gluten-free | separate toaster / fryer please
T3 | Rahul MEHTA | Jain vegetarian – no onion, garlic or root vegetables | religious
T5 | Aisha RAHMAN | Halal (Muslim) – no pork, no alcohol in sauces | certified meat only
T5 | David COHEN | Kosher-style – no shellfish, no mixing meat and dairy | religious
T7 | 吉村 香織 | 卵アレルギー（アナフィラキシー既往・エピペン携帯） | dessert: egg-free
T8 | 森田 勇 | 糖尿病のため糖質制限（主治医指示） | bread/rice small portion
T9 | Laura BIANCHI | Pregnant – no raw fish, no unpasteurised cheese |
[Sheet2: Counts]
Total covers 120 / special meals 7
"""
    M.append(mail(
        "a_dietary_xlsx", "hold", "sensitive.health_religion_list",
        "招待客の氏名と病名・アレルギー・宗教上の食事制限・妊娠を結び付けた一覧を外部ケータリングへ添付しているため。",
        A3, "attachment",
        [addr("Maison Ciel Catering – Chef Antoine Leroy", "antoine@maison-ciel.example.com")],
        "Gala dinner 12 July – special meal list",
        """
Dear Chef Leroy,

Thank you again for agreeing to prepare the dessert course and the special meals for the gala dinner on Saturday 12 July (120 covers, Banquet Room "Soleil").

Please find attached the final special-meal list we received from the organiser this morning. There are seven special meals in total; the table numbers match the seating plan we sent last week.

Could you confirm by Wednesday 9 July that your kitchen can handle all of them, in particular the strict gluten-free and the egg-free dessert? If any item is difficult, please let me know and I will talk to the organiser.

Our banquet captain, Mr. Hamada, will be your contact on the day (arrival 15:00, loading dock B1).

Kind regards,
""",
        attachments=[att("special_meals_0712.xlsx", CT_XLSX, diet_xlsx)],
        personal=[("name", "Tom BAKER"), ("diagnosis", "Coeliac disease"),
                  ("name", "Rahul MEHTA"), ("religion", "Jain vegetarian"),
                  ("name", "Aisha RAHMAN"), ("religion", "Halal (Muslim)"),
                  ("name", "David COHEN"), ("name", "吉村 香織"),
                  ("health", "卵アレルギー（アナフィラキシー既往・エピペン携帯）"),
                  ("name", "森田 勇"), ("diagnosis", "糖尿病"), ("name", "Laura BIANCHI"),
                  ("health", "Pregnant")]))

    M.append(mail(
        "a_proposal_fwd", "hold", "personal.inquiry_forward",
        "お客様の問い合わせフォーム内容（氏名・住所・電話・メール・交際相手の名前）を花屋へそのまま転送しているため。",
        A3, "quoted",
        [addr("花工房ブランシュ 川端様", "kawabata@hana-blanche.example.jp")],
        "Fwd: [お問い合わせ] プロポーズプランについて",
        """
花工房ブランシュ
川端 様

いつもお世話になっております。ホテル・ラ・ルミエール大阪の岡部です。

当館ウェブサイトのお問い合わせフォームに、プロポーズ演出のご相談が入りました。
お部屋に飾るバラの花束とフラワーアレンジのご提案・お見積りをいただきたく、お問い合わせ内容をそのまま転送いたします。
ご予算は3万円前後とのことです。

お手数ですが、6月13日（金）までにご提案いただけますと助かります。
よろしくお願いいたします。
""",
        quoted="""
---------- Forwarded message ---------
From: ホテル・ラ・ルミエール大阪 Webフォーム <webform@lumiere-osaka.example.co.jp>
Date: 2025年6月9日(月) 23:14
Subject: [お問い合わせ] プロポーズプランについて
To: <guest@lumiere-osaka.example.co.jp>

お名前：久保田 翔
フリガナ：クボタ ショウ
メールアドレス：sho.kubota.0414@gmail.com
電話番号：090-0000-7316
ご住所：大阪府吹田市江坂町9-21-5 サンライズ江坂605
ご宿泊予定日：2025年7月19日（土）1泊
お問い合わせ内容：
7月19日が彼女（石原 まりな）の誕生日なので、その日にプロポーズをしようと思っています。
お部屋にバラの花束（できれば108本）と、窓際にキャンドル風のライトを用意してもらうことはできますか？
彼女には内緒なので、チェックイン前に準備していただけると助かります。
連絡は平日19時以降に携帯へお願いします。
""",
        personal=[("name", "久保田 翔"), ("email", "sho.kubota.0414@gmail.com"),
                  ("phone", "090-0000-7316"), ("address", "大阪府吹田市江坂町9-21-5 サンライズ江坂605"),
                  ("name", "石原 まりな")]))

    M.append(mail(
        "a_wheelchair_fwd", "hold", "sensitive.disability",
        "宿泊客の氏名・連絡先と脊髄損傷・カテーテル使用という障害・健康情報を含む本人メールを介護タクシー会社へ転送しているため。",
        A1, "quoted",
        [addr("さくら介護タクシー 配車係", "haisha@sakura-kaigo-taxi.example.jp")],
        "リフト付き車両のご手配（7/3 関西空港→当ホテル）",
        """
さくら介護タクシー
配車係 ご担当者様

いつもお世話になっております。ホテル・ラ・ルミエール大阪の高島です。

7月3日（木）に関西国際空港から当ホテルまでの送迎で、リフト付き車両1台のご手配をお願いいたします。
到着便は 16:25 着の予定です。お客様ご本人からいただいたメールを下に付けますので、車両の仕様（車いすの重量など）をご確認ください。

お見積りと配車の可否をご返信いただけますでしょうか。
よろしくお願いいたします。
""",
        quoted="""
-----Original Message-----
From: Mark HENDERSON <mark.henderson77@outlook.com>
Sent: Monday, June 16, 2025 8:02 AM
To: Front Office <front@lumiere-osaka.example.co.jp>
Subject: Accessible transfer from KIX on 3 July

Dear Front Office,

I have a reservation with you from 3 to 7 July (confirmation LUM-250703-118).
I am a C6 spinal cord injury survivor and use a power wheelchair (about 140 kg with battery), so I need a vehicle with a rear lift, not a ramp.
I also travel with intermittent catheter supplies (two boxes) and would appreciate help with the luggage.
My flight lands at KIX at 16:25. While in Japan my mobile is 080-0000-5521 (roaming).

Many thanks,
Mark Henderson
""",
        personal=[("name", "Mark HENDERSON"), ("email", "mark.henderson77@outlook.com"),
                  ("disability", "C6 spinal cord injury"), ("health", "intermittent catheter supplies"),
                  ("phone", "080-0000-5521")]))

    M.append(mail(
        "a_passport_subject", "hold", "id.passport",
        "件名に宿泊客の氏名と旅券番号が入ったまま旅行会社へ送られているため（本文には記載なし）。",
        A3, "subject",
        [addr("Kansai Inbound Tours – Ms. Tanabe", "m.tanabe@kansai-inbound.example.com")],
        "Lost passport found – Mr. Daniel OKAFOR, Passport No. A07731942",
        """
Dear Ms. Tanabe,

Good afternoon from Hotel La Lumiere Osaka.

During housekeeping this morning our staff found the passport referred to in the subject line in the bedside drawer of a room that was vacated yesterday by one of your group members. It is now kept in the front-office safe.

Could you contact your client and let us know which of the following he prefers?
1) collection at our front desk (open 24 hours; photo ID will be checked), or
2) delivery to his next hotel in Kyoto by our courier, or
3) hand-over to your guide at the group's next meeting point.

As this is an identity document, we cannot send it by ordinary post. We will keep it for 7 days and then hand it to the police as required.

Best regards,
""",
        personal=[("name", "Daniel OKAFOR"), ("passport_number", "A07731942")]))

    M.append(mail(
        "a_zip_invoice", "hold", "attachment.encrypted_zip",
        "パスワード付きZIP（PPAP）を法人顧客へ添付しているため。",
        A2, "zip",
        [addr("株式会社ダイワ精工 総務部 清水様", "shimizu@daiwa-seiko.example.co.jp")],
        "6月ご利用分 ご出張者様 宿泊明細のご送付",
        """
株式会社ダイワ精工
総務部 清水 様

平素より当ホテルをご利用いただき、誠にありがとうございます。
ルミエール大阪 営業の三浦でございます。

6月ご利用分（6/1〜6/30）の御社ご出張者様の宿泊明細を、パスワード付きZIPファイルにてお送りいたします。
パスワードは、この後別のメールにてお知らせいたします。

ご請求書は、明細ご確認後に郵送いたします。
内容に相違がございましたら、7月10日までにご連絡いただけますと幸いです。

今後ともよろしくお願い申し上げます。
""",
        attachments=[enc_zip("宿泊明細_202506_ダイワ精工様.zip")]))

    M.append(mail(
        "a_agents_to12", "hold", "recipients.open_to",
        "12社の旅行会社担当者のアドレスがBCCではなくToに並び、社外の相互に見える状態で一斉送信されているため。",
        A2, "recipients",
        AGENCIES,
        "【ご案内】2025年夏季 団体・教育旅行向け特別料金のご案内",
        """
旅行会社 ご担当者各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
ホテル・ラ・ルミエール大阪 営業の三浦でございます。

2025年7月〜9月の団体・教育旅行向け特別料金がまとまりましたので、ご案内申し上げます。

■対象期間：2025年7月1日〜9月30日（8/9〜8/17を除く）
■対象：10室以上の団体、または教育旅行（中学・高校）
■料金：スタンダードツイン 1室2名 朝食付 18,000円〜（税・サービス料込）
■特典：添乗員・ガイド様 1名分無料（20室以上）、バス駐車場無料
■ご宴会：夕食会場（最大200名）を優先確保いたします

料金表・館内図は来週、担当者より個別にお届けいたします。
空室状況は日々変動しますので、お早めにお問い合わせください。

今後ともよろしくお願い申し上げます。
"""))

    # ------------------------------------------------------------ passes
    M.append(mail(
        "a_site_inspection", "pass", "benign.meeting_arrangement",
        "記念式典の下見日程調整で、登場する氏名・電話は取引先担当者の業務上の連絡先にとどまるため。",
        A2, "none",
        [addr("株式会社オオタ化学 人事総務部 西村様", "nishimura@ota-kagaku.example.co.jp")],
        "Re: 創立50周年記念式典 会場下見の日程について",
        """
株式会社オオタ化学
人事総務部 西村 様
（cc：広報室 宮本様）

お世話になっております。ルミエール大阪の三浦です。
日程のご提示をありがとうございます。

6月24日（火）14:00〜 で承りました。
当日は18階スカイバンケット「エトワール」（改装中のため仮設照明での確認になります）と、
2階「ソレイユ」の両会場をご案内いたします。所要時間は1時間半ほどを見込んでおります。

お車でお越しの場合は、地下駐車場をご利用ください。駐車券は受付でお渡しします。
当日は宴会サービス課の竹中も同席いたします。

引き続きよろしくお願いいたします。
""",
        cc=[addr("株式会社オオタ化学 広報室 宮本様", "miyamoto@ota-kagaku.example.co.jp"),
            addr("竹中 聡（宴会サービス課）", f"s.takenaka@{DOM}")],
        quoted="""
> 三浦様
>
> いつもお世話になっております。オオタ化学の西村です。
> 先日はお見積りをありがとうございました。社内で検討しまして、ぜひ一度会場を拝見したいと考えております。
> 下見は、以下のいずれかでお願いできますでしょうか。
>   ・6月24日（火）14時以降
>   ・6月26日（木）10時〜12時
> 弊社からは私と広報室の宮本、代表取締役の太田が伺う予定です（太田は24日のみ可）。
>
> ――――――――――――――――
> 株式会社オオタ化学 人事総務部
> 西村 佳奈
> 〒541-0000 大阪市中央区道修町9-2-10
> TEL 06-0000-2240 ／ FAX 06-0000-2241
> nishimura@ota-kagaku.example.co.jp
> ――――――――――――――――
"""))

    M.append(mail(
        "a_conference_invoice", "pass", "benign.corporate_bank_account",
        "学会宿泊・会場費の請求で、記載の口座はホテル運営会社の法人口座であり個人の情報を含まないため。",
        A2, "none",
        [addr("関西臨床工学研究会 事務局 谷口様", "jimukyoku@kansai-ce.example.jp")],
        "第18回学術集会 会場費・宿泊費のご請求について",
        """
一般社団法人 関西臨床工学研究会
事務局 谷口 様

先日は第18回学術集会を当ホテルにて開催いただき、誠にありがとうございました。
おかげさまで大きなトラブルもなく終えることができ、スタッフ一同感謝しております。

会場費・懇親会費・ご宿泊費（講師・役員様 計14室）のご請求書をPDFにてお送りいたします。

　ご請求金額：2,486,520円（税込）
　お支払期日：2025年7月31日（木）
　お振込先：みおつくし銀行 北浜支店（店番 218）普通預金 1234567
　口座名義：カ）ルミエール・ホテルズ

恐れ入りますが、振込手数料はご負担くださいますようお願い申し上げます。
来年度の会場につきましても、ご相談いただけましたら幸いです。
""",
        attachments=[att("請求書_関西臨床工学研究会様_No.2025-0611.pdf", CT_PDF, """
御請求書　No.2025-0611
一般社団法人 関西臨床工学研究会 御中
件名：第18回学術集会（2025年6月7日〜8日）
会場費（ソレイユ 2日間）　880,000円
懇親会（150名）　1,155,000円
ご宿泊（14室・延べ20泊）　451,520円
合計　2,486,520円（うち消費税 226,047円）
お振込先：みおつくし銀行 北浜支店 普通 1234567 カ）ルミエール・ホテルズ
株式会社ルミエール・ホテルズ　登録番号 T4010001234567
""")]))

    M.append(mail(
        "a_confirmation_self", "pass", "benign.mail_to_data_subject",
        "予約確認をご本人宛に送るもので、カード番号は下4桁以外マスクされているため。",
        A1, "none",
        [addr("北野 彩花 様", "ayaka.kitano.88@gmail.com")],
        "ご予約確認（確認番号 LUM-250802-044）ホテル・ラ・ルミエール大阪",
        """
北野 彩花 様

このたびはホテル・ラ・ルミエール大阪をご予約いただき、誠にありがとうございます。
下記の内容でご予約を承りましたので、ご確認くださいませ。

　確認番号：LUM-250802-044
　ご宿泊日：2025年8月2日（土）〜8月3日（日）1泊
　お部屋：デラックスダブル（リバービュー）1室 2名様
　ご朝食：2名様分 付き（1階「セレスト」6:30〜10:00）
　保証カード：VISA **** **** **** 4421
　ご料金：42,600円（税・サービス料込）

チェックインは15時から、チェックアウトは12時でございます。
記念日のケーキのご用意につきましては、別途お電話にてご希望を伺います。

ご来館を心よりお待ち申し上げております。
"""))

    M.append(mail(
        "a_lost_item_tracking", "pass", "benign.tracking_number",
        "お忘れ物をご本人へ返送する連絡で、12桁の数字はヤマト運輸の送り状番号でありマイナンバーではないため。",
        A1, "none",
        [addr("Kenta Hoshino", "k.hoshino.jp@outlook.com")],
        "お忘れ物の発送について（ホテル・ラ・ルミエール大阪）",
        """
星野 健太 様

先日はホテル・ラ・ルミエール大阪にご宿泊いただき、誠にありがとうございました。
お問い合わせいただきましたお忘れ物（ノートパソコン用ACアダプター 1点）を、本日ご指定のご住所へ着払いにて発送いたしました。

　配送業者：ヤマト運輸（宅急便）
　お問い合わせ伝票番号：4576-8423-6962
　お届け予定：6月19日（木）午前中

配送状況は、ヤマト運輸のウェブサイトで上記の伝票番号からご確認いただけます。
またのご利用を心よりお待ち申し上げております。
"""))

    M.append(mail(
        "a_successor", "pass", "benign.successor_introduction",
        "担当交代のあいさつで、前任・後任の業務上の氏名と連絡先のみを含むため。",
        A2, "none",
        [addr("さくらツーリスト 団体営業部 宮下様", "miyashita@sakura-tour.example.co.jp")],
        "担当交代のご挨拶（ホテル・ラ・ルミエール大阪 営業）",
        """
株式会社さくらツーリスト
団体営業部 宮下 様

いつも大変お世話になっております。ルミエール大阪の三浦でございます。

私事で恐縮ですが、7月1日付で東京の系列ホテル（ホテル・ラ・ルミエール東京ベイ）へ異動することとなりました。
在任中は教育旅行のご手配をはじめ、多大なるご支援を賜り、心より御礼申し上げます。

後任は、同じ営業課の 松岡 亮太 が務めます。
松岡は宴会営業を5年担当しており、団体のお食事会場の調整にも明るい者です。
6月中に一度、松岡とご挨拶に伺わせていただければと存じます。

　後任：営業課 松岡 亮太（まつおか りょうた）
　TEL 06-0000-3122 ／ r.matsuoka@lumiere-osaka.example.co.jp

今後とも変わらぬご愛顧のほど、よろしくお願い申し上げます。
""",
        cc=[addr("松岡 亮太（営業課）", f"r.matsuoka@{DOM}")]))

    M.append(mail(
        "a_pms_outage", "pass", "benign.it_outage",
        "「障害」は予約システムの不具合を指し、個人に関する情報は含まれないため。",
        A1, "none",
        [addr("ホテル・ラ・ルミエール大阪 予約課", f"reservation@{DOM}")],
        "【お詫び】予約システム障害による確認書送付遅延のお知らせ（6/14）",
        """
お取引先 ご担当者様

平素より格別のご高配を賜り、厚く御礼申し上げます。
ホテル・ラ・ルミエール大阪 フロントオフィスの高島でございます。

6月14日（土）9時頃から13時頃まで、当ホテルの予約管理システム（PMS）にて障害が発生し、
この間にいただいたご予約・変更の確認書の送付が遅れております。

・影響範囲：6/14 9:00〜13:10 に受け付けたご予約・変更（約60件）
・原因：システム提供会社のサーバー更新作業に伴う不具合
・現状：復旧済み。本日18時までに確認書をすべて再送いたします

ご予約そのものは正しく登録されていることを確認しておりますが、
確認書が届かない場合はお手数ですがフロント（06-0000-3101）までご連絡ください。

ご迷惑をおかけし、誠に申し訳ございません。
""",
        bcc=[a for a in AGENCIES[:8]]))

    M.append(mail(
        "a_temple_banquet", "pass", "benign.religious_corporation_customer",
        "宗教法人は団体の顧客として法要後の会食を予約しているだけで、個人の信仰に関する情報ではないため。",
        A2, "none",
        [addr("宗教法人 光明寺 寺務所", "jimusho@komyoji.example.jp")],
        "七回忌法要後のお食事会 お見積りのご送付",
        """
宗教法人 光明寺
寺務所 ご担当者様

いつもお世話になっております。ホテル・ラ・ルミエール大阪 営業の三浦でございます。
先日はお電話にてご相談いただき、誠にありがとうございました。

9月13日（土）のご法要後のお食事会につきまして、お見積りをお送りいたします。

　日時：9月13日（土）12:30〜14:30
　会場：3階「桔梗の間」（和室・椅子席）
　人数：40名様（檀家様・ご住職様ほか）
　お料理：精進会席「白露」 1名様 8,800円（税・サ込）
　お飲み物：ソフトドリンク・日本茶 飲み放題 1名様 1,100円
　その他：お位牌・お写真用の小机をご用意いたします（無料）

送迎バス（寺院〜ホテル間）をご希望の場合は、別途お見積りいたします。
ご不明の点がございましたら、どうぞお気軽にお申し付けください。
"""))

    M.append(mail(
        "a_sanada_plan", "pass", "benign.historical_person",
        "真田信繁や豊臣秀頼など歴史上の人物名が並ぶ企画の相談であり、個人情報は含まれないため。",
        A3, "none",
        [addr("大阪歴史文化ミュージアム 企画課 小松様", "komatsu@osaka-rekishi-museum.example.jp")],
        "「大坂の陣」特別展 連動宿泊プランのご相談",
        """
大阪歴史文化ミュージアム
企画課 小松 様

お世話になっております。ホテル・ラ・ルミエール大阪の岡部です。
先日は特別展「真田信繁と大坂の陣」についてご説明いただき、ありがとうございました。

当館で検討している連動宿泊プランの概要をお送りします。

1. 特別展の前売券（1名1枚）付き宿泊プラン
2. ディナーで「豊臣秀頼・淀殿ゆかりの献立」を再現（監修を貴館学芸員の方にお願いできれば）
3. 海外からのお客様向けに、英語版の解説リーフレット（Sanada Nobushige / Siege of Osaka）をロビーに設置

掲載料や監修料の目安、ロゴ使用の条件などを教えていただけますでしょうか。
ご都合のよい日に、一度お打ち合わせの時間をいただければ幸いです。
"""))

    M.append(mail(
        "a_group_counts_en", "pass", "benign.aggregate_counts",
        "海外ツアーの部屋数・食事制限の人数を集計値で伝えるのみで、個人を特定できる情報がないため。",
        A3, "none",
        [addr("Sunrise Holidays – Mr. Wong", "groups@sunrise-holidays.example.com")],
        "Re: Group SH-0925 Osaka – rooming and meal counts",
        """
Dear Mr. Wong,

Thank you for the updated figures. I can confirm the following for group SH-0925 (check-in 25 September, 2 nights):

- 18 twin rooms + 2 single rooms (tour leader and driver)
- Breakfast for 38 guests on both mornings
- Special meals at the welcome dinner: 4 vegetarian, 2 halal, 1 no-seafood
- Early check-in for 6 rooms from 11:00 (complimentary)

Please send the rooming list (names only, no passport details needed) by 15 September through your usual extranet upload, not by e-mail.

The coach can park in front of the main entrance for loading and at our partner car park during the stay.

Warm regards,
""",
        quoted="""
On Fri, 13 Jun 2025 at 10:22, Kelvin Wong <groups@sunrise-holidays.example.com> wrote:
> Dear Ms. Okabe,
> Final numbers for SH-0925: 38 pax + tour leader + driver. 4 vegetarian, 2 halal, 1 no seafood.
> Could 6 rooms check in early? The flight arrives at 07:40.
> Thanks, Kelvin
"""))

    M.append(mail(
        "a_plain_zip_layout", "pass", "benign.plain_zip",
        "暗号化されていないZIPで、中身は会場レイアウトと進行表のみで個人情報を含まないため。",
        A2, "none",
        [addr("ウェディングプランナー 小田様（アトリエ・ノエル）", "oda@atelier-noel.example.jp")],
        "10/18 ご披露宴 会場レイアウト案・進行表（ZIP）",
        """
アトリエ・ノエル
小田 様

お世話になっております。ルミエール大阪の三浦です。
10月18日（土）ご披露宴の会場レイアウト案と進行表の初稿をZIPでお送りします（パスワードはかけておりません）。

・レイアウトは円卓10卓（各8名）と高砂、ケーキ入刀スペースの案です
・進行表は17:00開宴の想定で作成しております

ご新郎ご新婦様との打ち合わせ前に、ご意見をいただけますと助かります。
""",
        attachments=[
            att("1018_会場資料.zip/レイアウト案_ソレイユ.txt", CT_TXT, """
会場：2階 ソレイユ（ご披露宴 80名）
高砂：正面ステージ前（幅4.5m）
円卓：10卓（A〜J）各8名、卓間2.2m
ケーキ入刀：高砂右手、スポットライト2灯
受付：会場入口前ホワイエ、長机2台
"""),
            att("1018_会場資料.zip/進行表_初稿.txt", CT_TXT, """
16:30 受付開始
17:00 開宴・新郎新婦入場
17:10 主賓挨拶／乾杯
17:20 ご会食開始
18:00 お色直し中座
18:40 再入場・キャンドルサービス
19:20 両家代表謝辞
19:30 お開き
""")]))

    return M
