"""(A) 社会福祉法人 青葉台市社会福祉協議会 — municipal social welfare council.

Writers
  saeki   佐伯 真理子  地域福祉課 生活支援コーディネーター / ボランティアセンター担当
  murase  村瀬 拓也    権利擁護センター「あんしん青葉」専門員（社会福祉士）
  okamoto 岡本 由紀    総務課（経理・人事・共同募金）
"""
from common import (People, att, body, csv_text, d, enc_zip, houjin_bangou,
                    mail, mynumber, quote)

ORG = "A"
ORG_NAME = "社会福祉法人 青葉台市社会福祉協議会"
DOMAIN = "aobadai-shakyo.example.or.jp"

SAEKI = "佐伯 真理子 <saeki-m@aobadai-shakyo.example.or.jp>"
MURASE = "村瀬 拓也 <murase-t@aobadai-shakyo.example.or.jp>"
OKAMOTO = "青葉台市社協 総務課 岡本 <okamoto-y@aobadai-shakyo.example.or.jp>"

SIG_SAEKI = d("""
    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━
    社会福祉法人 青葉台市社会福祉協議会
    地域福祉課 地域福祉係（青葉台市ボランティアセンター）
    生活支援コーディネーター（第1層）
    佐伯 真理子（さえき まりこ）
    〒329-0000 栃木県青葉台市本町2-14-3 青葉台市総合福祉センター2階
    TEL 028-0000-3121 ／ FAX 028-0000-3125
    Mail saeki-m@aobadai-shakyo.example.or.jp
    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━
    本メールには個人情報が含まれる場合があります。誤って受信された場合は、
    お手数ですが送信者までご連絡のうえ削除をお願いいたします。
""")

SIG_MURASE = d("""
    --
    青葉台市社協 権利擁護センター「あんしん青葉」
    専門員（社会福祉士） 村瀬 拓也
    直通 028-0000-3140 ／ 携帯 080-0000-7712
    murase-t@aobadai-shakyo.example.or.jp
""")

SIG_OKAMOTO = d("""
    ＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
    社会福祉法人 青葉台市社会福祉協議会 総務課
    岡本 由紀
    〒329-0000 栃木県青葉台市本町2-14-3
    TEL 028-0000-3110　FAX 028-0000-3125
    https://www.aobadai-shakyo.example.or.jp/
    ♥ 赤い羽根共同募金にご協力をお願いします ♥
    ＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
""")

CITY_FUKUSHI = "青葉台市 地域福祉課 福祉政策係 <fukushi-seisaku@city.aobadai.example.lg.jp>"


def mails():
    out = []

    # ------------------------------------------------------------ HOLDS
    # body 1: dementia diagnosis of a service user to an outside care manager
    name, born, dx = "松井 ヨシ子", "昭和14年5月2日", "アルツハイマー型認知症（中等度）"
    out.append(mail(
        "murase", "body", "hold", "sensitive.dementia_diagnosis",
        "A named user's dementia diagnosis, finances and consumer-fraud episode are sent to an outside care manager.",
        MURASE, ["ひなたケアプランセンター 大槻様 <otsuki@hinata-care.example.jp>"],
        "あんしんサポート利用者 担当者会議（6/17）の前に",
        body(d(f"""
            ひなたケアプランセンター
            介護支援専門員 大槻 様

            いつもお世話になっております。
            青葉台市社協 あんしん青葉の村瀬です。

            来週17日（火）の担当者会議の前に、当方で把握している情報を共有させてください。
            会議の場で一から説明すると時間が足りなくなりそうなので……。

            ■利用者：{name} 様（{born}生、本町4丁目）
            ・5/28に青葉台中央病院の物忘れ外来を受診され、主治医から
            　{dx}との診断が出ています。HDS-Rは14点とのこと。
            ・長男さんは埼玉在住で、関わりは月1回の電話程度です。
            ・年金は2か月で約13万円。当方で通帳をお預かりし、月2回、
            　生活費（1回2万5千円）を払い出しています。
            ・6月に入ってから、訪問販売で羽毛布団（約28万円）を購入されていたことが判明し、
            　消費生活センターと連携してクーリングオフの手続き中です。

            日常生活自立支援事業の契約を続けられるかどうか（契約締結能力）は、
            主治医の意見を踏まえて改めて確認が必要だと考えています。
            場合によっては成年後見（保佐）への移行も視野に入れたいので、
            会議ではそのあたりもご意見をいただけると助かります。

            ヘルパーさんの訪問時に、見慣れない業者の名刺や契約書などがあれば、
            写真を撮らずに当方へお電話でご一報いただけますと幸いです。

            よろしくお願いいたします。
        """), SIG_MURASE),
        personal=[("name", name), ("birthdate", born), ("diagnosis", "アルツハイマー型認知症")],
    ))

    # body 2: new helper's My Number sent to the 社労士
    mn = mynumber("40731865209")
    out.append(mail(
        "okamoto", "body", "hold", "id.mynumber",
        "A newly hired helper's My Number, birth date and address are written in the body to the outside labour consultant.",
        OKAMOTO, ["社会保険労務士法人こばやし 担当 木村様 <kimura@sr-kobayashi.example.jp>"],
        "7月1日付 採用者（登録ヘルパー）の資格取得手続きについて",
        body(d(f"""
            社会保険労務士法人こばやし
            木村 様

            いつも大変お世話になっております。
            青葉台市社協 総務課の岡本でございます。

            7月1日付で訪問介護事業所の登録ヘルパーを1名採用いたしますので、
            雇用保険の資格取得届の作成をお願いできますでしょうか。
            （週20時間以上の見込みのため、雇用保険は加入、社会保険は対象外です）

            氏名　　　：新井 美香（あらい みか）
            生年月日　：1988年11月3日
            住所　　　：栃木県青葉台市緑が丘3-7-12
            個人番号　：{mn}
            雇用形態　：登録ヘルパー（時給1,250円）
            前職　　　：株式会社ケアネット青葉（2025年3月末退職）

            雇用保険被保険者証は本人が紛失しているとのことで、前職の会社名のみ
            わかっております。照会が必要でしたらご指示ください。

            お手数をおかけしますが、どうぞよろしくお願いいたします。
        """), SIG_OKAMOTO),
        personal=[("mynumber", mn), ("name", "新井 美香"), ("birthdate", "1988年11月3日"),
                  ("address", "栃木県青葉台市緑が丘3-7-12")],
    ))

    # body 3: ex-prisoner's criminal record sent to a private letting agent
    out.append(mail(
        "murase", "body", "hold", "sensitive.criminal_record",
        "A named man's imprisonment for theft and his welfare status are disclosed to a private real-estate agent.",
        MURASE, ["青葉不動産 賃貸部 小池様 <koike@aoba-fudosan.example.co.jp>"],
        "アパート入居のご相談（先日お電話した件）",
        body(d("""
            株式会社青葉不動産
            賃貸部 小池 様

            先日はお電話で失礼いたしました。青葉台市社協の村瀬です。
            ご相談しておりましたお部屋探しの件、詳細をお送りします。

            ご本人は 高木 誠二 さん（58歳・男性）です。
            窃盗で服役され、今年3月に刑務所を満期出所されました。
            現在は県内の更生保護施設に入所中で、退所期限が8月末のため、
            それまでに市内でアパートを確保したいと考えています。

            ・地域生活定着支援センターと当会が継続して支援します
            ・生活保護の申請を予定しており、家賃は住宅扶助の上限（3万7千円）以内を希望
            ・緊急連絡先は当会（村瀬）で引き受ける方向で調整中
            ・保証会社の審査が通らない場合は、家賃債務保証の公的制度も検討します

            過去の経緯を隠して契約するよりは、最初にお伝えしたうえで
            ご理解いただける大家さんを探したいというのがご本人の希望です。
            1Kか1DKで、バス停から近い物件があればご紹介いただけますと幸いです。

            何卒よろしくお願いいたします。
        """), SIG_MURASE),
        personal=[("name", "高木 誠二"), ("criminal_record", "窃盗で服役")],
    ))

    # attachment 1: volunteer insurance roster to the insurance agent
    ppl = People(8401, ["本町", "東町", "西原", "緑が丘", "若葉台", "桜通り", "中央"],
                 "329", "028", "栃木県青葉台市").many(8, born=(1945, 2007))
    groups = ["傾聴ボランティアすずらん", "おもちゃ病院あおば", "青葉台高校JRC部",
              "配食ボランティアにこにこ", "個人"]
    rows = []
    for i, p in enumerate(ppl, 1):
        rows.append([i, p["name"], p["kana"], p["birth"], p["postal"], p["address"],
                     p["mobile"], groups[i % len(groups)], "基本タイプA"])
    roster = csv_text(["No", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話",
                       "活動グループ", "プラン"], rows)
    out.append(mail(
        "saeki", "attachment", "hold", "list.volunteer_insurance_roster",
        "The attached CSV lists eight volunteers with birth dates, home addresses and mobile numbers.",
        SAEKI, ["ふくし保険サービス 加藤様 <kato@fukushi-hoken.example.co.jp>"],
        "ボランティア活動保険 追加加入者名簿（6月受付分）の送付",
        body(d("""
            有限会社ふくし保険サービス
            加藤 様

            いつもお世話になっております。
            青葉台市ボランティアセンターの佐伯です。

            6月受付分のボランティア活動保険 追加加入者名簿を添付にてお送りします。
            今月は8名、すべて基本タイプAです。
            保険料は本日付で指定口座へ振り込む予定です。

            受付票の原本は月末にまとめて郵送いたします。
            ご確認のほどよろしくお願いいたします。
        """), SIG_SAEKI),
        attachments=[att("ボランティア保険_追加加入_2025年6月.csv", roster)],
        personal=[("name", ppl[0]["name"]), ("address", ppl[0]["address"]),
                  ("phone", ppl[0]["mobile"]), ("name", ppl[3]["name"]),
                  ("birthdate", ppl[3]["birth"])],
    ))

    # attachment 2: individual evacuation plan with disability details to the city
    plan = d("""
        個別避難計画（案）　東町3区
        作成日：2025年6月20日　作成：青葉台市社会福祉協議会（生活支援コーディネーター）

        1．避難行動要支援者
        　氏名：石川 健太郎（いしかわ けんたろう）　45歳　男
        　住所：青葉台市東町3-11-4
        　電話：028-0000-6642（自宅）／ 090-0000-2197（母・石川 節子）
        　身体の状況：頸髄損傷による四肢麻痺。身体障害者手帳1級。
        　　　　　　　夜間は人工呼吸器を使用（外部バッテリー約6時間）。
        　　　　　　　自力での寝返り不可、移動は電動車いす（重量約120kg）。
        　服薬：筋弛緩剤ほか（詳細はお薬手帳）
        　かかりつけ：青葉台中央病院 リハビリテーション科

        2．避難支援等実施者
        　(1) 石川 節子（母・同居・72歳）
        　(2) 近隣：東町3区 自治会 防災部 沼田さん、民生委員 大山さん
        　(3) 訪問看護ステーションあおば

        3．避難先
        　第一：福祉避難所 特別養護老人ホーム青葉園（電源確保のため）
        　第二：青葉台市立東小学校 体育館（一般避難所）

        4．特記事項
        　・停電時は発電機付き車両での移送が必要。消防署へ事前登録済み。
        　・母親の体調（高血圧）により介助が困難な場合がある。
        　・本人同意：2025年6月14日 取得済（同意書は社協保管）
    """)
    out.append(mail(
        "saeki", "attachment", "hold", "sensitive.disability_evacuation_plan",
        "The attached evacuation plan gives a named man's spinal-cord injury, disability grade and ventilator use to the city.",
        SAEKI, [CITY_FUKUSHI], "個別避難計画（案）東町3区分の送付",
        body(d("""
            青葉台市 地域福祉課 福祉政策係
            ご担当 様

            お世話になっております。社協の佐伯です。
            モデル地区として進めております個別避難計画について、
            東町3区の1件目の案がまとまりましたので添付にてお送りします。

            自治会・民生委員さんとの調整会議（6/14）での意見を反映しています。
            福祉避難所の受入れ可否について、市から施設側へ確認いただけますと助かります。

            修正点がありましたら、コメントを入れて返送いただければ反映いたします。
            よろしくお願いいたします。
        """), SIG_SAEKI),
        attachments=[att("個別避難計画_東町3区_案.docx", plan)],
        personal=[("name", "石川 健太郎"), ("address", "青葉台市東町3-11-4"),
                  ("disability", "身体障害者手帳1級"), ("diagnosis", "頸髄損傷による四肢麻痺")],
    ))

    # quoted 1: resident's full contact forwarded to a cleaning contractor
    fwd = d("""
        ---------- Forwarded message ---------
        From: 大山 澄子 <oyama.sumiko.1956@yahoo.co.jp>
        Date: 2025年6月9日(月) 19:42
        Subject: 東町の大島さんのこと
        To: 佐伯 真理子 <saeki-m@aobadai-shakyo.example.or.jp>

        佐伯さん

        民生委員の大山です。先日ご相談した東町の大島さんの件です。
        大島 正雄さん（72歳）
        住所　青葉台市東町3-8-21
        電話　028-0000-5567（つながらないことが多いです）

        お隣さんから、夏になって臭いがひどい、虫が出るとまた苦情がありました。
        ご本人とは昨日話ができて、片付けを手伝ってもらえるなら、と
        やっと前向きになってくれました。費用は年金から少しずつなら払えるそうです。
        奥さんが亡くなってから一人で、お酒の量も増えているようで心配です。

        業者さんに見てもらう日が決まったら、私も立ち会います。
        大山
    """)
    out.append(mail(
        "saeki", "quoted", "hold", "personal.resident_to_vendor",
        "The forwarded note from the welfare commissioner gives a named resident's address, phone and neighbour complaints to a cleaning contractor.",
        SAEKI, ["きれいサービス株式会社 見積担当 <mitsumori@kirei-service.example.co.jp>"],
        "Fw: 片付け作業のお見積りのお願い（東町）",
        body(d("""
            きれいサービス株式会社
            お見積りご担当 様

            はじめてご連絡いたします。青葉台市社会福祉協議会の佐伯と申します。
            市内の戸建て住宅1軒の片付け（ごみの搬出と簡易清掃）について、
            現地確認とお見積りをお願いできますでしょうか。

            経緯は、民生委員さんからの連絡を下に転送しますのでご覧ください。
            現地確認は6/18（水）か6/20（金）の午前中を希望しております。
            ご都合をお聞かせください。
        """), SIG_SAEKI, fwd),
        personal=[("name", "大島 正雄"), ("address", "青葉台市東町3-8-21"), ("phone", "028-0000-5567")],
    ))

    # quoted 2: dialysis / diet restriction of a named user forwarded to the meal-delivery group
    orig = d("""
        -----Original Message-----
        From: 本町地域包括支援センター 三宅 <miyake@houkatsu-honcho.example.jp>
        Sent: Thursday, June 12, 2025 4:05 PM
        To: 佐伯 真理子
        Subject: 配食の新規希望者

        佐伯さん

        お疲れさまです。包括の三宅です。
        配食ボランティアの利用を希望されている方がいます。

        森田 トミ さん（81歳）　青葉台市東町2-5-10
        糖尿病性腎症で、月・水・金に青葉台クリニックで人工透析を受けています。
        主治医から塩分6g未満・たんぱく質制限の指示があり、
        ご本人は一人暮らしで調理がほとんどできません。
        透析日は帰宅が14時過ぎになるので、火・木・土のお届けが希望です。

        ご検討よろしくお願いします。
    """)
    out.append(mail(
        "saeki", "quoted", "hold", "sensitive.medical_forwarded",
        "Below a harmless cover line, the forwarded care-centre note names a user with diabetic nephropathy on dialysis and sends it to a volunteer group's private address.",
        SAEKI, ["にこにこ配食の会 代表 坂本様 <sakamoto.nikoniko@yahoo.co.jp>"],
        "Fw: 配食の新規希望者",
        body(d("""
            坂本 代表

            いつもありがとうございます。佐伯です。
            先日の連絡会でお話しした新規の方について、包括さんからの連絡を転送します。
            7月から配達ルートに加えられそうか、ご検討いただけますか。
            減塩メニューの件は、栄養士さんにも相談してみます。
        """), SIG_SAEKI, orig),
        personal=[("name", "森田 トミ"), ("diagnosis", "糖尿病性腎症"), ("address", "青葉台市東町2-5-10")],
    ))

    # subject only
    out.append(mail(
        "murase", "subject", "hold", "sensitive.subject_line",
        "The subject names a person together with dementia and suspected abuse; the body only arranges a call.",
        MURASE, ["特別養護老人ホーム青葉園 生活相談員 鈴木様 <soudan@aobaen.example.or.jp>"],
        "【至急】山崎 和子様（認知症・独居・経済的虐待の疑い）緊急ショートステイ受入れのお願い",
        body(d("""
            青葉園 生活相談員
            鈴木 様

            先ほどはお電話で失礼いたしました。
            市の高齢福祉課とも話がつきましたので、明朝9時に改めてお電話いたします。
            どうぞよろしくお願いいたします。
        """), SIG_MURASE),
        personal=[("name", "山崎 和子"), ("diagnosis", "認知症")],
    ))

    # zip: encrypted list for the city
    out.append(mail(
        "okamoto", "zip", "hold", "attachment.encrypted_zip",
        "A password-protected zip (PPAP) is attached; the password follows in a separate mail.",
        OKAMOTO, ["青葉台市 社会福祉課 保護係 <hogo@city.aobadai.example.lg.jp>"],
        "歳末たすけあい 配分対象世帯一覧の送付について",
        body(d("""
            青葉台市 社会福祉課 保護係
            ご担当者様

            いつもお世話になっております。社協総務課の岡本です。
            令和7年度 歳末たすけあい配分の対象世帯一覧（案）を送付いたします。
            ファイルはパスワード付きZIPにしております。
            パスワードは、この後に別メールでお送りします。

            前年度からの変更（転出・死亡・施設入所）をご確認のうえ、
            11/28（金）までにご回答いただけますと幸いです。
        """), SIG_OKAMOTO),
        attachments=[enc_zip("R7歳末配分_対象世帯一覧.zip")],
    ))

    # recipients: 13 visible outside addresses
    to = [
        "渡辺 光男 <mitsuo.w1958@gmail.com>",
        "中野 久美子 <kumiko-nakano@yahoo.co.jp>",
        "太田 翔太 <s.ota.aoba@outlook.com>",
        "原田 明美 <akemi.harada66@gmail.com>",
        "工藤 信夫 <nobuo_kudo@yahoo.co.jp>",
        "青葉台高校 JRC部顧問 堀先生 <hori-t@aobadai-hs.example.ed.jp>",
        "青葉電機 CSR推進室 野口 <noguchi@aoba-denki.example.co.jp>",
        "コープあおば 地域活動担当 <chiiki@coop-aoba.example.or.jp>",
        "青葉台JC 事務局 <office@aobadai-jc.example.or.jp>",
        "NPO法人ひだまり 宮崎 <miyazaki@npo-hidamari.example.org>",
        "今井 春香 <haruka.imai.0721@gmail.com>",
        "丸山 剛 <t-maruyama@outlook.com>",
        "青葉台ライオンズクラブ 幹事 <kanji@aobadai-lions.example.jp>",
    ]
    out.append(mail(
        "saeki", "recipients", "hold", "recipients.volunteers_visible",
        "Thirteen volunteers' private and organisational addresses from different parties are all visible in To instead of BCC.",
        SAEKI, to, "【ご案内】災害ボランティアセンター設置運営訓練（7/12土）",
        body(d("""
            災害ボランティア登録者の皆さま
            協力団体の皆さま

            いつも大変お世話になっております。
            青葉台市ボランティアセンターの佐伯です。

            今年度の災害ボランティアセンター設置運営訓練を、下記のとおり実施します。
            昨年の台風時の反省を踏まえ、今回は受付・マッチングの動線を中心に確認します。

            日時：7月12日（土）9:00～12:00（8:40集合）
            会場：青葉台市総合福祉センター 1階ホールおよび駐車場
            持ち物：筆記用具、飲み物、帽子（屋外での訓練があります）
            服装：動きやすい服装
            駐車場：第2駐車場をご利用ください

            出欠は7月4日（金）までに、このメールへの返信でお知らせください。
            雨天の場合は屋内のみで実施します（中止の場合は前日17時までにご連絡します）。

            どうぞよろしくお願いいたします。
        """), SIG_SAEKI),
    ))

    # ------------------------------------------------------------ PASSES
    # minutes of the tier-2 council, named partner staff, 6 visible addresses
    out.append(mail(
        "saeki", "pass", "pass", "benign.meeting_minutes",
        "Minutes of a community council list members by role and discuss services only in general terms; nobody's private data appears.",
        SAEKI,
        ["東地区協議体 委員各位 <higashi-kyogitai@aobadai-shakyo.example.or.jp>",
         "本町地域包括支援センター 三宅様 <miyake@houkatsu-honcho.example.jp>",
         "本町地域包括支援センター 相田様 <aida@houkatsu-honcho.example.jp>",
         "NPO法人ひだまり 宮崎様 <miyazaki@npo-hidamari.example.org>",
         "NPO法人ひだまり 事務局 <info@npo-hidamari.example.org>"],
        "東地区 第2層協議体（第3回）議事録の送付",
        body(d("""
            東地区 第2層協議体 委員の皆さま

            お世話になっております。生活支援コーディネーターの佐伯です。
            6月19日に開催した第3回協議体の議事録をお送りします。

            ────────────────────
            第3回 東地区第2層協議体 議事録（要旨）
            日時：2025年6月19日（木）14:00～15:40
            会場：東地区市民センター 会議室B
            出席：自治会連合会（東地区）、民生委員児童委員協議会（東地区）、
            　　　本町地域包括支援センター（三宅、相田）、NPO法人ひだまり（宮崎）、
            　　　コープあおば、市地域福祉課、社協（佐伯）　計11名

            1. 移動販売の試行について
            　・コープあおばより、7月から東町公民館前で毎週木曜10時～の試行が可能との報告。
            　・自治会から、坂の上の住宅地にも停車してほしいとの要望。次回までに候補地を調整。
            2. 通いの場の状況
            　・東地区の通いの場は現在7か所、延べ参加者は5月で312人。
            　・障害のある方や子ども連れも参加しやすい場づくりについて意見交換。
            　　車いすで入れる会場が少ないことが課題として挙がった。
            3. 熱中症予防の声かけ
            　・民生委員さんの訪問時に配るチラシを社協で作成（7/1納品予定）。
            4. 次回日程：8月21日（木）14:00～　同会場
            ────────────────────

            訂正がありましたら6月30日までにお知らせください。
        """), SIG_SAEKI),
    ))

    # printer invoice with the printer's corporate account
    out.append(mail(
        "okamoto", "pass", "pass", "benign.corporate_invoice",
        "Confirms a printer's invoice and pays into the printer's corporate account; no private person's data.",
        OKAMOTO, ["みどり印刷 営業部 青木様 <aoki@midori-print.example.co.jp>"],
        "Re: 社協だより第158号 ご請求書の件",
        body(d("""
            株式会社みどり印刷
            営業部 青木 様

            お世話になっております。社協総務課の岡本です。
            社協だより第158号（7月号）のご請求書、確かに拝受いたしました。

            　部数　　：32,500部（全戸配布分）＋ 予備500部
            　金額　　：418,000円（税込）
            　お振込先：青葉信用金庫 本店営業部 普通 0241187
            　　　　　　カ）ミドリインサツ

            7月25日（金）にお振込みいたします。
            なお、次号（9月号）は表紙をカラー4ページに増やす予定ですので、
            改めてお見積りをお願いするかと思います。よろしくお願いいたします。

            > 青葉台市社会福祉協議会 岡本様
            > いつもありがとうございます。みどり印刷の青木です。
            > 7月号の請求書をPDFでお送りします。原本は本日郵送いたしました。
            > 振込先は前回から変更ございません。
        """), SIG_OKAMOTO),
        attachments=[att("請求書_社協だより158号.pdf", "請求書\n株式会社みどり印刷\n青葉台市社会福祉協議会 御中\n社協だより第158号 印刷・折り 33,000部 418,000円（税込）\nお振込先 青葉信用金庫 本店営業部 普通 0241187 カ）ミドリインサツ\n登録番号 T" + houjin_bangou("060001004421"))],
    ))

    # IT outage and malware wording
    out.append(mail(
        "okamoto", "pass", "pass", "benign.it_outage_malware",
        "\"障害\", \"感染\" and \"隔離\" refer to a mail-server outage and a malware-infected PC, not to people.",
        OKAMOTO,
        ["青葉台市 地域福祉課 福祉政策係 <fukushi-seisaku@city.aobadai.example.lg.jp>",
         "栃木県社協 総務企画課 <soumu@tochigi-shakyo.example.or.jp>"],
        "【お詫び】6/24 メールシステム障害およびウイルス感染端末の隔離について",
        body(d("""
            関係機関の皆さま

            いつもお世話になっております。青葉台市社協 総務課の岡本です。

            6月24日（火）9時頃から15時頃まで、当会のメールシステムに障害が発生し、
            この間にお送りいただいたメールが一部受信できていない可能性があります。
            お手数ですが、該当時間帯に当会宛てにお送りいただいたメールで
            返信がないものがございましたら、再送いただけますようお願いいたします。

            また、同日、職員用パソコン1台でウイルス感染の疑いがある動作を検知したため、
            直ちにネットワークから隔離し、保守業者による調査を行いました。
            現時点で、外部への情報流出や不審メールの送信は確認されておりません。
            念のため、当会を名乗る不審なメール（添付ファイル付き）を受信された場合は、
            開かずに削除していただきますようお願いいたします。

            ご迷惑をおかけし申し訳ございません。
        """), SIG_OKAMOTO),
        bcc=["ボランティア団体連絡会 <renrakukai@aobadai-shakyo.example.or.jp>"],
    ))

    # aggregate statistics to the city
    out.append(mail(
        "saeki", "pass", "pass", "benign.aggregate_stats",
        "A quarterly report gives only counts by category (including dementia and disability), with no individual named.",
        SAEKI, [CITY_FUKUSHI], "生活支援体制整備事業 第1四半期 実績報告",
        body(d("""
            青葉台市 地域福祉課 福祉政策係 ご担当 様

            お世話になっております。社協の佐伯です。
            生活支援体制整備事業の第1四半期（4～6月）実績を報告いたします。

            【相談・調整件数】計 96件（前年同期 81件）
            　買い物・移動に関すること　　31件
            　通いの場・居場所　　　　　　22件
            　認知症に関すること　　　　　14件
            　障害のある方の社会参加　　　 6件
            　ごみ出し・住まい　　　　　　13件
            　その他　　　　　　　　　　　10件

            【協議体開催】第1層 1回、第2層 延べ5回（東・西・北・中央・南）
            【新規の通いの場】2か所（西原・若葉台）
            【生活支援サポーター養成講座】修了者 18名

            詳細は添付の様式第3号をご覧ください。
        """), SIG_SAEKI),
        attachments=[att("様式第3号_R7第1四半期.xlsx",
                         "区分,4月,5月,6月,計\n買い物・移動,9,11,11,31\n通いの場・居場所,6,8,8,22\n認知症,4,5,5,14\n障害のある方の社会参加,2,1,3,6\nごみ出し・住まい,5,4,4,13\nその他,3,4,3,10\n合計,29,33,34,96\n")],
    ))

    # to the data subject themself
    out.append(mail(
        "murase", "pass", "pass", "benign.to_data_subject",
        "The adviser writes to the citizen about her own consultation; the only personal details are hers, sent to her own address.",
        MURASE, ["藤原 典子 <noriko.fujiwara.1951@gmail.com>"],
        "先日のご相談（任意後見制度）について",
        body(d("""
            藤原 典子 様

            先日は、あんしん青葉の窓口までお越しいただきありがとうございました。
            専門員の村瀬です。

            ご自身の将来の財産管理についてのご相談でしたので、
            お話に出た「任意後見制度」のパンフレットを郵送いたしました。
            2～3日中にご自宅へ届くかと思います。

            また、7月10日（木）14時から、市内の公証役場の公証人をお招きして
            「任意後見と遺言の基礎講座」を開きます（参加無料・要申込）。
            ご興味があれば、このメールへのご返信か、お電話でお申し込みください。

            ご相談内容はご本人の了解なくほかへお伝えすることはありませんので、
            どうぞご安心ください。
            ご不明な点は、いつでもお気軽にお問い合わせください。
        """), SIG_MURASE),
    ))

    # successor introduction
    out.append(mail(
        "saeki", "pass", "pass", "benign.successor_intro",
        "A staff-transfer greeting that introduces a successor with heavy signatures; only business contact details.",
        SAEKI, ["NPO法人ひだまり 宮崎 様 <miyazaki@npo-hidamari.example.org>"],
        cc=["青葉台市社協 地域福祉課 西村 <nishimura-k@aobadai-shakyo.example.or.jp>"],
        subject="担当者変更のご挨拶（7月1日付）",
        text=body(d("""
            NPO法人ひだまり
            理事長 宮崎 様

            いつも大変お世話になっております。社協の佐伯です。

            私事で恐縮ですが、7月1日付の人事異動で、法人本部 経営企画室へ
            異動することになりました。
            ひだまりさんには、子ども食堂の立ち上げから4年間、本当にお世話になりました。

            後任は、同じ地域福祉課の 西村 健太（にしむら けんた）が担当いたします。
            西村は前任の障害者相談支援事業所で、地域の居場所づくりにも関わってきた職員です。
            本メールのCCに入れておりますので、今後は西村までご連絡ください。

            異動後も同じ建物におりますので、お見かけの際はお声がけください。
            引き続きどうぞよろしくお願いいたします。

            ――
            （後任）
            社会福祉法人 青葉台市社会福祉協議会 地域福祉課
            西村 健太　TEL 028-0000-3123
            nishimura-k@aobadai-shakyo.example.or.jp
        """), SIG_SAEKI),
    ))

    # lecturer's own fee, masked account
    out.append(mail(
        "okamoto", "pass", "pass", "benign.lecturer_own_fee",
        "A fee notice goes to the lecturer himself and shows only the last digits of his own account.",
        OKAMOTO, ["谷口 正人 <m.taniguchi.writer@outlook.com>"],
        "福祉大会 記念講演 謝金お支払いのご案内",
        body(d("""
            谷口 正人 先生

            先日は、第52回青葉台市社会福祉大会にて記念講演を賜り、
            誠にありがとうございました。会場アンケートでも大変好評でした。

            謝金につきまして、下記のとおりお支払いいたします。

            　謝金（税込）　　　50,000円
            　源泉徴収税額　　　 5,105円
            　差引支払額　　　　44,895円
            　交通費（実費）　　 6,380円
            　お振込予定日　　　7月18日（金）
            　お振込先　　　　　ご指定の口座（普通 ****312）

            支払調書は来年1月にお送りいたします。
            ご不明な点がございましたら、総務課 岡本までお問い合わせください。
        """), SIG_OKAMOTO),
    ))

    # corporate donor thanks, 法人番号 and receipt number
    hb = houjin_bangou("060001008837")
    out.append(mail(
        "okamoto", "pass", "pass", "benign.donation_thanks",
        "Thanks a company (whose name contains a surname) for a donation; the 13-digit number is its 法人番号.",
        OKAMOTO, ["株式会社高橋建設 総務部 <soumu@takahashi-kensetsu.example.co.jp>"],
        "ご寄付への御礼と領収書の送付について",
        body(d(f"""
            株式会社高橋建設
            総務部 御中

            このたびは、当会の地域福祉活動に多大なるご寄付を賜り、
            心より御礼申し上げます。

            　寄付金額：300,000円
            　受領日　：2025年6月27日
            　領収書No.：R7-0041

            当会への寄付金は、法人税法上の「特定公益増進法人」に対する寄付金として
            損金算入の対象となります。領収書と証明書の写しを本日郵送いたしました。
            領収書の宛名は「株式会社高橋建設（法人番号 {hb}）」としております。

            いただいたご寄付は、子ども食堂への食材支援と、
            高齢者サロンの備品購入に活用させていただきます。
            「社協だより」9月号にて、ご芳名を掲載させていただいてもよろしいでしょうか。
            差し支えがございましたらお知らせください。
        """), SIG_OKAMOTO),
    ))

    # plain zip of training materials
    out.append(mail(
        "saeki", "pass", "pass", "benign.plain_zip_training",
        "An unencrypted zip of training slides and handouts with no personal data.",
        SAEKI, ["本町地域包括支援センター 相田様 <aida@houkatsu-honcho.example.jp>"],
        "生活支援サポーター養成講座 資料一式（講師用）",
        body(d("""
            本町地域包括支援センター
            相田 様

            お世話になっております。佐伯です。
            7/3の生活支援サポーター養成講座、講師をお引き受けいただきありがとうございます。
            資料一式をZIPにまとめましたのでお送りします（パスワードはかけていません）。

            第2回の「認知症の方への声かけ」のスライドは昨年度版から
            事例を差し替えています。お気づきの点があればご指摘ください。
        """), SIG_SAEKI),
        attachments=[att("サポーター養成講座_資料.zip",
                         "サポーター養成講座_資料.zip の内容:\n01_講座の目的とスケジュール.pptx\n02_認知症の方への声かけ.pptx\n03_傾聴の基本_演習シート.docx\n04_地域の社会資源マップ_東地区.pdf\nアンケート用紙.docx\n", "application/zip")],
    ))

    # 宗教法人 as a venue partner
    out.append(mail(
        "murase", "pass", "pass", "benign.religious_corp_venue",
        "A temple (宗教法人) is asked to lend its hall for a seminar; no one's belief is disclosed.",
        MURASE, ["宗教法人 浄泉寺 寺務所 <jimusho@josenji.example.or.jp>"],
        "終活セミナー 会場（本堂・客殿）使用のお願い",
        body(d("""
            宗教法人 浄泉寺
            ご住職 様

            平素より大変お世話になっております。
            青葉台市社協 権利擁護センターの村瀬でございます。

            先日お電話でお願いいたしました、地域向け終活セミナーの会場使用の件、
            ご快諾いただき誠にありがとうございます。

            　日時：9月6日（土）13:30～15:30
            　会場：客殿（定員60名）
            　内容：「エンディングノートの書き方」「成年後見制度のはなし」
            　講師：当会職員、青葉台市司法書士会 会員

            宗教色のない一般向けの講座として市の広報に掲載させていただく予定です。
            ご住職からもご挨拶を一言いただけますと大変ありがたく存じます。
            会場使用料につきましては、前回同様のお布施（1万円）でよろしいでしょうか。
            ご確認のほど、よろしくお願いいたします。
        """), SIG_MURASE),
    ))

    return out
