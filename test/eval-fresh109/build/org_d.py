"""Organisation D: 北辰運輸倉庫株式会社 (a freight and warehousing company)."""
from common import (Writer, mk, att, addr, quote, forward_block,
                    gmail_reply_header, tracking_numbers, fmt4, T)

ORG = "d"
ORG_NAME = "北辰運輸倉庫株式会社（貨物運送・倉庫）"
DOM = "hokushin-logi.example.co.jp"

TAKAHASHI = Writer(ORG, "高橋 誠", "m.takahashi@" + DOM, """
    北辰運輸倉庫(株) 湊浜第二物流センター
    センター長 高橋 誠
    TEL 084-0000-7300 / 携帯 090-0000-8823
""")

MORI = Writer(ORG, "森 さおり（北辰運輸倉庫 総務部）", "s-mori@" + DOM, """
    ━━━━━━━━━━━━━━━━━━━━
    北辰運輸倉庫株式会社　総務部 人事労務課
    森　さおり
    〒712-0000 湊浜市港湾通り7-1
    TEL 084-0000-7010（代）／内線 215
    ━━━━━━━━━━━━━━━━━━━━
""")

PHAM = Writer(ORG, "Pham Van Nam", "pham.vn@" + DOM, """
    Pham Van Nam（ファム・ヴァン・ナム）
    International Logistics Dept. / 国際物流部
    Hokushin Unyu Soko Co., Ltd.
    Tel: +81-84-0000-7450 / Mobile: 080-0000-5362
""")


def mails():
    out = []

    # ------------------------------------------------------------ holds
    out.append(mk(
        MORI, "body", "hold", "id.driver_licence_number",
        "新任ドライバーの氏名・生年月日・運転免許証番号を本文に記載して保険代理店へ送っており、個人の身分証番号の社外送信に当たるため。",
        to=[addr("みなと保険サービス 西岡様", "nishioka@minato-hoken-svc.example.co.jp")],
        subject="フリート契約 運転者追加のお願い（7/1付）",
        text="""
            株式会社みなと保険サービス
            西岡 様

            いつもお世話になっております。北辰運輸倉庫 総務部の森でございます。
            7月1日付で配属となるドライバー1名につき、フリート契約の運転者追加をお願いいたします。

            　氏名　　　　：坂本 大地（サカモト ダイチ）
            　生年月日　　：1999年7月23日
            　免許証番号　：632104587190
            　免許の種類　：中型（8t限定なし）、フォークリフト技能講習修了
            　有効期限　　：2027年8月23日（ブルー）
            　使用車両　　：湊浜 130 あ 45-67（4t ウイング）

            免許証の写しは、本日FAX（084-0000-7019）でもお送りいたします。
            保険料の差額が発生する場合は、お見積りをお願いできますでしょうか。
        """,
        personal=[("name", "坂本 大地"), ("birth_date", "1999年7月23日"),
                  ("drivers_licence", "632104587190")],
    ))

    out.append(mk(
        PHAM, "body", "hold", "id.residence_card_passport",
        "特定技能外国人の在留カード番号・旅券番号・住所・在留期限を本文に書いて登録支援機関へメールしているため。",
        to=[addr("アジアブリッジ支援センター 木村様", "kimura@asiabridge-support.example.jp")],
        subject="在留期間更新の件 / Renewal of residence status (Nguyen Thi Lan)",
        text="""
            アジアブリッジ支援センター
            木村様

            お世話になっております。北辰運輸倉庫 国際物流部のファムです。
            倉庫作業の特定技能のスタッフ、在留期間の更新の書類をお願いしたいです。
            本人から情報をもらいましたので、送ります。

            氏名：NGUYEN THI LAN（グエン・ティ・ラン）
            国籍：ベトナム
            生年月日：1998/02/17
            在留カード番号：UH58302741AB
            在留期限：2025年8月14日
            パスポート番号：C7418520（有効期限 2031/05/09）
            住所：湊浜市港北4-2-9 北辰寮201

            必要な会社の書類（雇用条件書など）は総務の森さんから来週お送りします。
            Please let me know if anything else is needed. よろしくお願いします。
        """,
        personal=[("name", "NGUYEN THI LAN"), ("residence_card", "UH58302741AB"),
                  ("passport", "C7418520"), ("nationality", "ベトナム"),
                  ("address", "湊浜市港北4-2-9 北辰寮201")],
    ))

    out.append(mk(
        TAKAHASHI, "body", "hold", "sensitive.driver_epilepsy_accident_report",
        "事故の報告として、ドライバーの氏名とてんかんの持病・服薬状況を荷主企業へ送っており、要配慮個人情報（病歴）の社外送信に当たるため。",
        to=[addr("湊浜フーズ 物流部 長谷部様", "hasebe@minatohama-foods.example.co.jp")],
        cc=[addr("安全管理部 長 小田切", "odagiri@" + DOM)],
        subject="6/19 配送車両の物損事故について（第一報）",
        text="""
            湊浜フーズ(株) 物流部
            長谷部様

            お世話になっております。北辰運輸倉庫 湊浜第二センターの高橋です。
            昨日の事故について第一報です。

            ・日時：6/19(木) 14:25頃
            ・場所：湊浜市港北2丁目 県道交差点付近
            ・車両：4t冷凍車（御社 港北店向け 2便目）
            ・状況：信号待ち中に前方車両へ低速で追突。相手方ドライバーにケガなし、車両の後部バンパー損傷
            ・運転者：川口 隆（42）
            ・原因：本人が一時的に意識を失ったとのこと。病院で確認したところ、本人はてんかんの持病があり、
              ここ数日薬を飲み忘れていたと話しています（入社時の申告はありませんでした）

            積荷は別車両で積替え、港北店には16:40に納品済みです（約1時間遅延）。
            川口は当面乗務から外し、産業医の面談を受けさせます。
            詳細報告書は6/24までにお送りします。ご迷惑をおかけし申し訳ありません。
        """,
        personal=[("name", "川口 隆"), ("diagnosis", "てんかん")],
    ))

    out.append(mk(
        MORI, "attachment", "hold", "list.site_entry_roster",
        "構内作業員の氏名・生年月日・住所・携帯番号・血液型・健診日を並べた名簿を、荷主の構内管理会社へ添付送信しているため。",
        to=[addr("港湾ゲートサービス 入構管理担当 岩田様", "iwata@kowan-gate.example.co.jp")],
        subject="7月度 入構者名簿の提出（北辰運輸倉庫）",
        text="""
            港湾ゲートサービス株式会社
            入構管理ご担当　岩田 様

            いつもお世話になっております。北辰運輸倉庫 総務部の森でございます。
            7月度の湊浜港 第3埠頭 冷蔵倉庫への入構者名簿を提出いたします。

            添付：入構者名簿_北辰_202507.csv（6名）
            ※前月からの変更：新規2名（No.5、No.6）

            入構証の発行をよろしくお願いいたします。
        """,
        attachments=[att("入構者名簿_北辰_202507.csv", """
            No,氏名,フリガナ,生年月日,年齢,現住所,携帯電話,血液型,雇入時・定期健診日,フォークリフト
            1,石井 大輔,イシイ ダイスケ,1982/05/14,43,湊浜市港北1-6-3,090-0000-2281,A,2025/04/10,有
            2,前田 翔,マエダ ショウ,1995/09/02,29,湊浜市中島町7-11-2-305,080-0000-1934,O,2025/04/10,有
            3,NGUYEN THI LAN,グエン ティ ラン,1998/02/17,27,湊浜市港北4-2-9 北辰寮201,070-0000-8846,B,2025/04/10,無
            4,中井 勝利,ナカイ カツトシ,1968/11/30,56,瀬戸郡みなと町大字南浦88,090-0000-6675,AB,2025/04/10,有
            5,坂本 大地,サカモト ダイチ,1999/07/23,25,湊浜市東区若松台4-2-7,080-0000-4710,O,2025/06/20,有
            6,藤原 茜,フジワラ アカネ,2003/03/08,22,湊浜市港北6-9-14 サンハイツ102,090-0000-3392,A,2025/06/20,無
        """)],
        personal=[("name", "石井 大輔"), ("birth_date", "1982/05/14"), ("phone", "090-0000-2281"),
                  ("name", "藤原 茜"), ("address", "湊浜市港北6-9-14 サンハイツ102")],
    ))

    out.append(mk(
        TAKAHASHI, "attachment", "hold", "list.home_delivery_addresses",
        "個人宅の配送先の氏名・住所・電話番号・品名を並べたCSVを、再委託先の運送会社へ添付送信しているため。",
        to=[addr("東浜急送 配車 須田さん", "suda@higashihama-kyuso.example.co.jp")],
        subject="明日6/25分 港北エリア 個配リスト",
        text="""
            須田さん

            おつかれさまです、北辰の高橋です。
            明日分の港北ｴﾘｱ個配、いつもの形式で送ります。
            今回7件。時間指定ありが3件あるので注意で。
            不在の場合は持ち戻りで、再配達はウチで受けます。

            よろしくです。
        """,
        attachments=[att("個配リスト_0625_港北.csv", """
            伝票No,お届け先氏名,住所,電話番号,時間指定,品名,個数
            HK0625-001,三好 早苗,湊浜市港北1-2-8,090-0000-5517,午前,ウォーターサーバー用ボトル,2
            HK0625-002,青山 拓,湊浜市港北1-14-3-702,080-0000-2063,,家具（組立式ラック）,1
            HK0625-003,井口 千鶴,湊浜市港北2-7-21,084-0000-9382,14-16,冷凍食品,1
            HK0625-004,土井 康弘,湊浜市港北3-1-5 港北ハイム203,090-0000-7741,,米30kg,1
            HK0625-005,水野 莉子,湊浜市港北3-19-10,070-0000-6628,18-20,ベビー用品,3
            HK0625-006,宮崎 修二,湊浜市港北5-2-2,090-0000-1095,,タイヤ4本,4
            HK0625-007,桜井 ゆかり,湊浜市港北6-6-6-101,080-0000-8814,,健康食品（定期便）,1
        """)],
        personal=[("name", "三好 早苗"), ("address", "湊浜市港北1-2-8"), ("phone", "090-0000-5517"),
                  ("name", "水野 莉子"), ("phone", "070-0000-6628")],
    ))

    rep = T("""
        総務部 森さん

        湊浜第二センター高橋です。本日の労災の件、報告します。

        被災者：吉村 健一（社員番号 H-1182、入社2019年、48歳）
        日時：6/23(月) 10:40頃
        場所：第2倉庫 B-14ラック前
        状況：フォークリフトで荷降ろし中、上段のパレットが荷崩れし右足に落下。
        　　　湊浜整形外科に救急搬送、右足関節骨折で手術・入院（2〜3週間）。
        補足：本人は以前からうつ病で心療内科に通院中で、睡眠薬の影響で注意力が落ちていた可能性もあります。
        　　　（奥さんから聞いた話です）

        労基署への報告は総務からお願いします。
    """)
    out.append(mk(
        MORI, "quoted", "hold", "sensitive.work_injury_report_forward",
        "労災報告の転送部分に、被災者の氏名・骨折の診断とうつ病での通院歴が書かれたまま社労士事務所へ送られているため。",
        to=[addr("みなと労務管理事務所 社労士 浅井先生", "asai@minato-roumu.example.jp")],
        subject="FW: 【労災】第2倉庫 荷崩れ事故の報告",
        text="""
            みなと労務管理事務所
            浅井 先生

            いつもお世話になっております。北辰運輸倉庫 総務部の森でございます。
            本日センターで発生した労災事故につきまして、現場からの報告を転送いたします。
            休業4日以上となる見込みのため、労働者死傷病報告と様式第8号の作成をお願いできますでしょうか。
        """,
        below=forward_block("高橋 誠 <m.takahashi@" + DOM + ">", "Monday, June 23, 2025 3:18 PM",
                            "森 さおり <s-mori@" + DOM + ">", "【労災】第2倉庫 荷崩れ事故の報告",
                            rep, style="outlook_en"),
        personal=[("name", "吉村 健一"), ("diagnosis", "右足関節骨折"), ("diagnosis", "うつ病"),
                  ("employee_id", "H-1182")],
    ))

    cust = T("""
        Hello,

        My name is Daniel Moreau. I am moving from Lyon to Minatohama for work and
        shipped my household goods (12 cartons, 1 bicycle) by sea, B/L No. LYMH250611.
        For the customs declaration you asked for my passport details:

          Passport No.: 20AB12345 (French Republic), valid until 2030-03-14
          Date of birth: 1987-09-30
          Address in Japan: Minatohama-shi Kohoku 2-11-4, Kohoku Residence 805
          Mobile: 080-0000-4177

        My residence card will be issued at the airport on July 2.

        Best regards,
        Daniel Moreau
    """)
    out.append(mk(
        PHAM, "quoted", "hold", "id.passport_customer_forward",
        "個人輸入の顧客の旅券番号・生年月日・住所が引用部分に含まれたまま通関業者へ送られているため。",
        to=[addr("湊浜通関 輸入課 松尾様", "matsuo@minatohama-customs.example.co.jp")],
        subject="RE: Import customs for household goods (B/L LYMH250611)",
        text="""
            松尾様

            いつもお世話になっております。北辰運輸倉庫のファムです。
            引越し貨物の件、お客様から情報が来ましたので下にそのまま付けます。
            個人輸入（別送品）のお客様です。申告書の作成をお願いします。
            Arrival is planned for 7/4, so please proceed when you are ready.
        """,
        below=gmail_reply_header("2025年6月24日(火) 18:22", "Daniel Moreau", "d.moreau.lyon@outlook.com")
        + "\n" + quote(cust),
        personal=[("name", "Daniel Moreau"), ("passport", "20AB12345"), ("birth_date", "1987-09-30"),
                  ("address", "Minatohama-shi Kohoku 2-11-4, Kohoku Residence 805")],
    ))

    out.append(mk(
        TAKAHASHI, "subject", "hold", "sensitive.driver_drunk_driving_subject",
        "件名にドライバーの氏名と酒気帯び運転による免許停止（刑事手続の対象となる事実）が書かれたまま、荷主企業へ送られているため。",
        to=[addr("マルナカ食品 物流課 竹村様", "takemura@marunaka-foods.example.co.jp")],
        subject="ドライバー西村翔太 酒気帯び運転による免許停止の件（ご報告）",
        text="""
            竹村様

            お世話になっております。北辰の高橋です。
            標記の件、昨日お電話でお伝えしたとおりです。
            当面、御社ルート（湊浜→福山）は代替ドライバー2名で回します。
            明日10時に伺って、再発防止策をご説明させてください。
        """,
        personal=[("name", "西村翔太"), ("criminal_record", "酒気帯び運転")],
    ))

    out.append(mk(
        MORI, "zip", "hold", "list.payroll_transfer_zip",
        "パスワードなしZIPの中のCSVに、従業員の氏名と個人の給与振込口座・振込額が並んでおり、給与計算代行会社へ送られているため。",
        to=[addr("ペイロールみなと 給与計算チーム 宮本様", "miyamoto@payroll-minato.example.co.jp")],
        subject="6月度 給与振込データ（湊浜第二センター分）",
        text="""
            株式会社ペイロールみなと
            給与計算チーム　宮本 様

            お世話になっております。北辰運輸倉庫 総務部の森です。
            6月度の給与振込データ（湊浜第二センター分）をZIPでお送りいたします。
            今月から新規の方が2名おりますので、口座の登録もあわせてお願いいたします。

            振込日：6月25日（水）
        """,
        attachments=[att("6月給与_振込データ.zip/振込一覧_202506_第二センター.csv", """
            社員番号,氏名,金融機関,支店,種別,口座番号,振込額
            H-1035,石井 大輔,湊浜銀行,港北支店,普通,1847302,286450
            H-1120,前田 翔,瀬戸みなと銀行,中島支店,普通,3052716,241380
            H-1182,吉村 健一,東湊信用金庫,本店営業部,普通,0918244,263920
            H-1204,中井 勝利,湊浜銀行,本店,普通,2270591,298100
            H-1251,坂本 大地,ゆうちょ銀行,五一八店,普通,6631087,112400
            H-1252,藤原 茜,湊浜銀行,港北支店,普通,1903355,98760
        """)],
        personal=[("name", "石井 大輔"), ("bank_account", "1847302"), ("name", "吉村 健一"),
                  ("bank_account", "0918244"), ("salary", "298100")],
    ))

    shippers = [
        ("湊浜フーズ 物流部 長谷部様", "hasebe@minatohama-foods.example.co.jp"),
        ("マルナカ食品 物流課 竹村様", "takemura@marunaka-foods.example.co.jp"),
        ("ハナミズキ通販 出荷管理 平井様", "hirai@hanamizuki-tsuhan.example.com"),
        ("瀬戸内ケミカル 購買部 菅野様", "kanno@setouchi-chem.example.co.jp"),
        ("港北商事 業務部 小池様", "koike@kohoku-shoji.example.co.jp"),
        ("しおさい水産 営業部 小西様", "konishi.t@shiosai-suisan.example.co.jp"),
        ("Blue Harbor Imports, Ms. Lee", "s.lee@blueharbor-imports.example.com"),
        ("Saigon Textile JSC, Mr. Tran", "tran.q@saigon-textile.example.vn"),
        ("浜口鉄工 資材課 浜口様", "hamaguchi.s@hamaguchi-tekko.example.co.jp"),
        ("みなと家具製作所 出荷係 大塚様", "otsuka@minato-kagu.example.co.jp"),
        ("湊浜精工 物流課 西様", "nishi@minatohama-seiko.example.co.jp"),
        ("グリーンリーフ薬品 SCM 加藤様", "kato.scm@greenleaf-pharma.example.co.jp"),
        ("東和電材 配送センター 宇田様", "uda@towa-denzai.example.co.jp"),
        ("Pacific Rim Trading, Logistics", "logistics@pacificrim-trading.example.com"),
    ]
    out.append(mk(
        PHAM, "recipients", "hold", "recipients.shippers_in_to",
        "14社の荷主担当者のアドレスをBCCにせずToに並べて料金改定を一斉送信しており、取引先一覧が他社に開示されるため。",
        to=[addr(n, e) for n, e in shippers],
        subject="【ご案内】燃料サーチャージ改定について / Fuel surcharge revision (from Aug 1)",
        text="""
            お取引先各位 / Dear valued customers,

            平素より北辰運輸倉庫をご利用いただき、誠にありがとうございます。
            燃料価格の上昇に伴い、8月1日出荷分より燃料サーチャージを下記のとおり改定いたします。

            ・国内輸送：運賃の 12.0% → 14.5%
            ・国際フォワーディング（海上）：1TEUあたり 18,000円 → 21,000円

            Due to rising fuel prices, we will revise our fuel surcharge from shipments on August 1.
            Domestic: 12.0% -> 14.5% of freight / Ocean: JPY 18,000 -> 21,000 per TEU.

            詳細は営業担当よりご説明に伺います。何卒ご理解のほどお願い申し上げます。
        """,
        personal=[("email", e) for _, e in shippers],
    ))

    # ------------------------------------------------------------ passes
    twins, plain = tracking_numbers(4, 2, 38415520963)
    nums = [plain[0], twins[0], plain[1], plain[2], twins[1], plain[3]]
    lines = "\n".join(
        f"{i + 1}. {fmt4(n)}　{dest}"
        for i, (n, dest) in enumerate(zip(nums, [
            "港北店（ケース12）", "中島店（ケース8）", "西浜店（ケース10）",
            "東区桜町店（ケース6）", "みなと町店（ケース9）", "本町店（ケース4）"])))
    out.append(mk(
        TAKAHASHI, "none", "pass", "benign.tracking_numbers",
        "店舗向け出荷の送り状番号の連絡で、12桁の数字は宅配便の追跡番号であり個人番号ではない（うち2件は偶然マイナンバーの検査数字も満たす）ため。",
        to=[addr("ハナミズキ通販 出荷管理 平井様", "hirai@hanamizuki-tsuhan.example.com")],
        subject="6/24 店舗補充分 送り状番号",
        text=T("""
            平井様

            おつかれさまです、北辰の高橋です。
            本日の店舗補充分、宅急便で出荷済みです。送り状番号は以下のとおりです。
        """) + "\n\n" + lines + "\n\n" + T("""
            全店 明日午前着の予定です。
            追跡はヤマトさんのサイトで番号を入れれば見られます。
        """),
    ))

    out.append(mk(
        TAKAHASHI, "none", "pass", "benign.vehicle_entry_numbers",
        "構内入構の車両登録の依頼で、記載は会社の車両番号と協力会社名だけであり個人を特定しないため。",
        to=[addr("湊浜セキュリティ 第3埠頭詰所", "pier3@minatohama-security.example.co.jp")],
        subject="車両入構登録 追加・削除（7月分）",
        text="""
            湊浜セキュリティ 第3埠頭詰所 御中

            いつもありがとうございます。北辰運輸倉庫 湊浜第二センターの高橋です。
            7/1から下記の通り車両登録の変更をお願いします。

            【追加】
            湊浜 130 あ 45-67　4tウイング（自社）
            湊浜 100 か 88-02　10t冷凍（協力会社：東浜急送）
            湊浜 400 さ 12-10　トレーラーヘッド（協力会社：山田運送）

            【削除】
            湊浜 130 あ 19-33　4tウイング（自社・車両入替のため）

            入構証ステッカーは6/30に詰所で受け取ります。
        """,
    ))

    out.append(mk(
        MORI, "none", "pass", "benign.warehouse_lease_takken",
        "倉庫賃貸借の事務連絡で、宅建業者の免許番号と宅建士の登録番号は業として公表される番号であり個人情報の漏えいには当たらないため。",
        to=[addr("港湾リアルティ 法人営業部 山下様", "yamashita@kowan-realty.example.co.jp")],
        subject="Re: 港北第5倉庫 賃貸借契約 重要事項説明の日程",
        text="""
            港湾リアルティ株式会社
            法人営業部　山下 様

            お世話になっております。北辰運輸倉庫 総務部の森でございます。
            重要事項説明の日程、7月3日（木）14時で承知いたしました。当社会議室にてお待ちしております。

            契約書案で確認させていただいた事項を念のため記載いたします。
            　・宅地建物取引業者：港湾リアルティ株式会社
            　　免許番号 国土交通大臣(3)第8841号
            　・説明担当の宅地建物取引士：山下 隆之 様（登録番号 第012345号）
            　・物件：湊浜市港北8-1 港北第5倉庫 1階（2,480㎡）
            　・賃料：月額 2,976,000円（税別）、敷金 6か月

            当日は代表取締役の記名押印を予定しております。よろしくお願いいたします。
        """,
    ))

    out.append(mk(
        PHAM, "none", "pass", "benign.wms_outage_log_hash",
        "倉庫管理システムの障害報告で、「障害」はシステム障害を指し、ログのハッシュ値や端末番号は個人を識別しないため。",
        to=[addr("ロジテック・ソリューションズ サポート", "support@logitech-solutions.example.co.jp")],
        cc=[addr("高橋 誠", "m.takahashi@" + DOM)],
        subject="[障害] WMS ハンディ端末 出荷検品エラー (Ticket #LS-48213)",
        text="""
            ロジテック・ソリューションズ サポートご担当者様

            北辰運輸倉庫のファムです。チケット #LS-48213 の追加情報です。

            - 現象：ハンディ端末で出荷検品のとき「ERR-5031 ロケーション不一致」が出る。6/24 07:50から。
            - 影響：第2倉庫の出荷 約320件が手作業検品になり、2時間遅れ。
            - 端末：HT-07, HT-11, HT-12（ファームウェア 4.2.1）
            - 6/23夜のマスタ更新バッチの後から発生している気がします。
            - ログファイル：wms_batch_20250623.log
              SHA-256: 9c1e4f7a2b03d86e5f19a0c4b7d2e8f3a6c05b91d4e7f2a8c3b60d9e1f4a7c25

            Could you check if the batch job changed the location master?
            今日の午後の出荷ピーク（14時）の前に回避策があれば教えてください。
        """,
    ))

    out.append(mk(
        MORI, "none", "pass", "benign.health_aggregate_report",
        "トラック協会への健康起因事故防止の取組み報告で、健診受診率やスクリーニング受診者数などの集計値だけを記載しているため。",
        to=[addr("湊浜県トラック協会 適正化事業部 鈴木様", "suzuki@minatohama-truck.example.or.jp")],
        subject="健康起因事故防止対策の取組状況（2024年度）のご報告",
        text="""
            一般社団法人 湊浜県トラック協会
            適正化事業部　鈴木 様

            いつもお世話になっております。北辰運輸倉庫 総務部の森でございます。
            ご依頼のありました健康起因事故防止対策の取組状況につきまして、下記のとおりご報告いたします。

            【対象】運転者 86名（2025年3月末時点）
            　1. 定期健康診断 受診率　　　　　　　100%
            　2. 有所見者の二次検査 受診率　　　　91.2%
            　3. 睡眠時無呼吸症候群（SAS）スクリーニング　受診 86名（全員）
            　4. 脳ドック助成の利用者　　　　　　 17名
            　5. 点呼時の血圧測定　　　　　　　　 全営業所で実施（2024年10月〜）

            個別の健診結果は産業医と総務部のみで管理しており、本報告には含めておりません。
            助成金の申請書類は別途郵送いたします。
        """,
    ))

    out.append(mk(
        PHAM, "none", "pass", "benign.swift_invoice_forwarder",
        "海外フォワーダーへの請求書送付で、記載されている口座は当社の法人口座とSWIFTコードだけのため。",
        to=[addr("Mr. Somchai, Siam Ocean Forwarding", "somchai@siamocean-fwd.example.co.th")],
        subject="Invoice HSK-INV-250618 / Warehouse handling charges (May 2025)",
        text="""
            Dear Mr. Somchai,

            Thank you for your continued business.
            Please find our invoice for the warehouse handling charges in May below.

              Invoice No. : HSK-INV-250618
              Amount      : JPY 1,284,600
              Due date    : July 31, 2025

              Beneficiary : HOKUSHIN UNYU SOKO CO., LTD.
              Bank        : MINATOHAMA BANK, LTD., Kohoku Branch
              Account No. : 0112-1234567 (current)
              SWIFT       : MNHBJPJT

            Please note that our bank account has NOT changed. If you receive any e-mail
            asking you to pay to a different account, please call us before paying.

            Kind regards,
        """,
    ))

    out.append(mk(
        TAKAHASHI, "none", "pass", "benign.dispatch_company_surnames",
        "協力会社への配車連絡で、「山田運送」「佐藤梱包」などは人の姓を含む会社名であり個人情報ではないため。",
        to=[addr("山田運送 配車係", "haisha@yamada-unso.example.co.jp")],
        cc=[addr("佐藤梱包 工場長", "kojo@sato-konpo.example.co.jp")],
        subject="来週(6/30〜7/4)の配車予定",
        text="""
            山田運送 配車係 御中
            (cc: 佐藤梱包さん)

            おつかれさまです。北辰の高橋です。来週の配車予定です。

            日付   便        車両          内容
            6/30   湊浜→福山  10t×2         マルナカ食品 常温
            7/1    湊浜→岡山  トレーラー×1  瀬戸内ケミカル（佐藤梱包さんで木枠梱包後）
            7/2    湊浜→福山  10t×2         マルナカ食品 常温
            7/3    湊浜→広島  4t×1          鈴木物流さん中継
            7/4    予備

            7/1の木枠は佐藤梱包さん 7/1 AM完了で聞いてます。
            何かあれば携帯まで。
        """,
    ))

    out.append(mk(
        MORI, "none", "pass", "benign.employment_verification_consent",
        "本人の同意に基づく在籍確認への回答で、入社年月と役職のみを伝えており、必要最小限の情報にとどめているため。",
        to=[addr("瀬戸みなと銀行 中島支店 融資課 竹内様", "t-takeuchi@setominato-bank.example.co.jp")],
        subject="在籍確認のご回答（住宅ローンお申込みの件）",
        text="""
            株式会社瀬戸みなと銀行 中島支店
            融資課　竹内 様

            お世話になっております。北辰運輸倉庫 総務部の森でございます。
            本日お電話でご依頼のありました在籍確認につき、ご本人の同意書（6月20日付）を確認のうえ、
            下記のとおりご回答いたします。

            　対象者：前田 翔 様
            　在籍　：当社に在籍しております（2016年4月入社）
            　役職　：湊浜第二物流センター 主任

            給与額などその他の事項は、ご本人から提出される書類にてご確認くださいますようお願いいたします。
        """,
    ))

    out.append(mk(
        PHAM, "none", "pass", "benign.plain_zip_work_manual",
        "新規協力会社への作業手順書をパスワードなしZIPで送るもので、中身は作業手順と注意事項だけで個人情報を含まないため。",
        to=[addr("東浜急送 安全担当 野田様", "noda@higashihama-kyuso.example.co.jp")],
        subject="作業手順書（輸入コンテナ デバンニング）の送付",
        text="""
            野田様

            お世話になっております。北辰運輸倉庫のファムです。
            来月から応援をお願いするデバンニング作業の手順書を送ります。
            ZIPにしていますが、パスワードはありません。

            ・手順書_デバンニング.txt
            ・チェックリスト.csv

            作業前の安全教育（30分）は初日の8:00から当社の休憩室で行います。
            Thank you for your support!
        """,
        attachments=[
            att("作業手順書_デバンニング.zip/手順書_デバンニング.txt", """
                輸入コンテナ デバンニング作業手順（第2倉庫） Rev.3

                1. コンテナ到着時：シール番号をB/Lと照合し、写真を撮る
                2. 扉開放前：車止め・ドックレベラーの設置を確認する
                3. 扉開放：荷崩れに注意し、2名で片扉ずつ開ける
                4. 荷降ろし：パレット品はフォークリフト、バラ積みはコンベアを使う
                5. 検品：ケース数とダメージを確認し、ハンディで入荷登録する
                6. 作業後：コンテナ内の清掃、空コンテナの返却手配

                禁止事項：コンテナ内でのフォークリフトの旋回、荷の上への乗り上げ
            """),
            att("作業手順書_デバンニング.zip/チェックリスト.csv", """
                No,確認項目,担当,確認
                1,シール番号照合,リーダー,□
                2,車止め設置,ドライバー,□
                3,ドックレベラー設置,作業者A,□
                4,扉開放時の荷崩れ確認,作業者A・B,□
                5,入荷登録完了,リーダー,□
                6,清掃・返却手配,作業者B,□
            """),
        ],
    ))

    out.append(mk(
        TAKAHASHI, "none", "pass", "benign.wms_project_two_companies",
        "倉庫システム移行プロジェクトの連絡で、社外の宛先は2社6名と10件以下であり、業務上の氏名以外の個人情報を含まないため。",
        to=[addr("ハナミズキ通販 平井様", "hirai@hanamizuki-tsuhan.example.com"),
            addr("ハナミズキ通販 情シス 清水様", "shimizu@hanamizuki-tsuhan.example.com"),
            addr("ハナミズキ通販 CS 大西様", "onishi@hanamizuki-tsuhan.example.com"),
            addr("ロジテック・ソリューションズ 川村様", "kawamura@logitech-solutions.example.co.jp"),
            addr("ロジテック・ソリューションズ 柴田様", "shibata@logitech-solutions.example.co.jp"),
            addr("ロジテック・ソリューションズ 三浦様", "miura@logitech-solutions.example.co.jp")],
        cc=[addr("Pham Van Nam", "pham.vn@" + DOM)],
        subject="WMS移行 切替リハーサル（7/12）の段取り",
        text="""
            関係者の皆さま

            おつかれさまです。北辰の高橋です。
            7/12(土)の切替リハーサルの段取りを共有します。

            08:00 旧WMS 出荷締め（ハナミズキ通販さん 受注取込停止）
            09:00 在庫データ移行（ロジテックさん）
            11:00 ロケーション棚卸 サンプル200件照合（北辰）
            13:00 テスト受注 50件で 出荷指示→検品→送り状発行まで通し
            16:00 振り返り、本番(7/19)の判定

            受注APIの切替手順は清水様と川村様で事前に詰めていただけると助かります。
            ご意見あれば全員返信でお願いします。
        """,
    ))

    return out
