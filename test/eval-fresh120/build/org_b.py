"""Org B: 株式会社東雲建設 湊町二丁目計画 新築工事作業所（安全担当・作業所長・工事事務）."""

from common import (P, addr, attachment, csv_text, encrypted_zip, forward_block,
                    make, quote, table, wrote, zip_entries)

ORG = "B"
DOMAIN = "shinonome-kensetsu.example.co.jp"

W = {
    "kudo": addr("工藤 剛（東雲建設）", f"t-kudo@{DOMAIN}"),
    "otsuki": addr("大槻 隆之", f"otsuki@{DOMAIN}"),
    "mori": addr("森 香織", f"k-mori@{DOMAIN}"),
}

SIG_KUDO = """\
------------------------------------------
株式会社東雲建設 東京支店
（仮称）湊町二丁目計画 新築工事作業所
工事主任（安全衛生担当）　工藤 剛
作業所 TEL 047-0000-5580 / FAX 047-0000-5581
携帯 090-0000-3317
------------------------------------------"""

SIG_OTSUKI = """\
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
株式会社東雲建設　東京支店　建築部
（仮称）湊町二丁目計画 新築工事作業所
作業所長　大槻 隆之（おおつき たかゆき）
〒273-0011 千葉県船橋市湊町二丁目8番 作業所事務所
TEL 047-0000-5580　FAX 047-0000-5581
携帯 090-0000-2048
本社 〒104-0061 東京都中央区銀座八丁目3番1号 TEL 03-0000-7100
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_MORI = """\
--
東雲建設 湊町二丁目作業所 工事事務
森 香織
047-0000-5580"""

MARUYAMA = addr("有限会社丸山鳶工業 丸山 達也", "maruyama@maruyama-tobi.example.co.jp")
AOBA_DENSETSU = addr("株式会社青葉電設 中西", "nakanishi@aoba-densetsu.example.co.jp")
SHIMADA = addr("アトリエ湊設計 島田 様", "shimada@atelier-minato.example.jp")
OKAMOTO = addr("株式会社湊町開発 岡本 様", "okamoto@minatomachi-kaihatsu.example.co.jp")


def mails():
    out = []

    def add(writer, loc, kind, why, to, subject, text, **kw):
        out.append(make(ORG, writer, loc, kind, why, W[writer], to, subject, text, **kw))

    # ------------------------------------------------------------------ holds
    add("kudo", "body", "sensitive.injury_and_epilepsy_to_insurer",
        "A first accident report to an insurance agent names the injured worker with his birth date, fracture diagnosis and self-reported epilepsy.",
        [addr("ベイサイド保険サービス 田辺 様", "tanabe@bayside-hoken.example.co.jp")],
        "【事故報告・第一報】6/24 湊町二丁目作業所 墜落災害",
        f"""
ベイサイド保険サービス
田辺 様

お世話になっております。東雲建設 湊町二丁目作業所の工藤です。
本日発生した災害について、上乗せ労災の第一報としてご報告します。

【発生日時】2025年6月24日（火）10:35頃
【場所】本体工事 5階 外部足場（北面）
【被災者】有限会社丸山鳶工業 所属　河野 大輔（昭和63年3月14日生・37歳）
【状況】足場の盛替え作業中、踏み外して約1.8m下の作業床へ転落
【傷病名】右橈骨遠位端骨折、頭部打撲（船橋湾岸病院へ救急搬送）
【既往歴】てんかん（服薬中、本人の新規入場時の申告あり）
　　　　　発作の関与については現在確認中です。
【休業見込】医師の説明では約6週間

労基署への報告は元請として本日中に行います。
必要書類をご指示ください。

{SIG_KUDO}
""",
        personal=[P("name", "河野 大輔"), P("birthdate", "昭和63年3月14日生"),
                  P("diagnosis", "右橈骨遠位端骨折"), P("medical_history", "てんかん")])

    add("mori", "body", "personal.family_data_for_company_housing",
        "A transferred engineer's wife and children are listed with birth dates, his current address, mobile number and a child's asthma for a housing agent.",
        [addr("湾岸リアルティ 三浦さん", "miura@wangan-realty.example.co.jp")],
        "社宅の件(8月転勤者)",
        f"""
三浦さん

おつかれさまです!東雲建設の森です.
先日お電話した社宅の件、家族構成など送りますね.

■入居者
 石田 健一 (工事主任) 携帯 090-0000-7152
 現住所:大阪府吹田市千里山西3-12-8 メゾン千里山201
■家族
 妻  石田 麻衣 1990/07/21 (パート勤務予定)
 長男 石田 蓮  2017/04/03 (小2、転校予定)
 長女 石田 結衣 2020/11/28 (年少、保育園希望)
■希望
 ・3LDK、作業所まで車で20分以内
 ・長男が喘息もちなので、なるべく幹線道路沿いは避けたいそうです
 ・入居 8/20頃

物件出てきたらご連絡ください〜
よろしくです!

{SIG_MORI}
""",
        personal=[P("name", "石田 麻衣"), P("birthdate", "1990/07/21"),
                  P("name", "石田 蓮"), P("birthdate", "2017/04/03"),
                  P("name", "石田 結衣"), P("birthdate", "2020/11/28"),
                  P("address", "大阪府吹田市千里山西3-12-8 メゾン千里山201"),
                  P("phone", "090-0000-7152"), P("health", "長男が喘息もち")])

    add("kudo", "body", "sensitive.health_check_results_by_mail",
        "A subcontractor worker's blood pressure and blood sugar from his health check are quoted by name in a mail to the subcontractor and the client.",
        [AOBA_DENSETSU],
        "新規入場者の高所作業について（健診結果）",
        f"""
株式会社青葉電設
中西様

お疲れ様です。東雲建設 工藤です。

貴社から7/7入場予定の 松田 和也 さんですが、提出いただいた健康診断結果で
【血圧 182/114】【空腹時血糖 236】いずれも「要精密検査」となっていました。

当作業所の基準では、この結果のままでは高所作業（2m以上）には就かせられません。
以下のどちらかでお願いします。

　1) 受診のうえ、医師の就業可否の意見書を提出
　2) 当面は地上作業のみで入場

施主の岡本様にもCCで共有しています。
ご対応よろしくお願いします。

{SIG_KUDO}
""",
        cc=[OKAMOTO],
        personal=[P("name", "松田 和也"), P("health_check", "血圧 182/114"),
                  P("health_check", "空腹時血糖 236")])

    roster = [
        ["会社名", "氏名", "生年月日", "血液型", "住所", "緊急連絡先", "健康保険", "健診日", "血圧"],
        ["丸山鳶工業", "丸山 達也", "1971/06/02", "A", "千葉県船橋市前原西6-2-15", "090-0000-6120", "協会けんぽ", "2025/04/10", "138/88"],
        ["丸山鳶工業", "河野 大輔", "1988/03/14", "O", "千葉県習志野市谷津2-9-4", "080-0000-3349", "建設国保", "2025/05/22", "124/80"],
        ["丸山鳶工業", "北川 雄一", "1979/10/30", "B", "千葉県市川市行徳駅前1-20-6-402", "090-0000-8813", "建設国保", "2025/03/18", "156/98"],
        ["青葉電設", "中西 保", "1975/01/19", "A", "千葉県千葉市花見川区幕張町4-1-7", "090-0000-2275", "協会けんぽ", "2025/04/02", "130/84"],
        ["青葉電設", "松田 和也", "1983/08/08", "AB", "千葉県八千代市大和田新田77-3", "080-0000-9054", "協会けんぽ", "2025/06/11", "182/114"],
        ["佐藤鉄筋", "佐藤 勝", "1968/12/01", "O", "千葉県鎌ケ谷市初富本町2-5-18", "090-0000-4481", "建設国保", "2025/02/27", "142/90"],
    ]
    add("kudo", "attachment", "list.worker_roster_to_client",
        "For entry passes the client needs only names and companies, yet the attached roster gives workers' birth dates, blood types, home addresses, phones and blood pressure.",
        [OKAMOTO],
        "入館証発行用 作業員名簿の送付",
        f"""
株式会社湊町開発
岡本様

お世話になっております。東雲建設 工藤です。
隣接棟（既存オフィス棟）への入館証発行用に、作業員名簿を添付します。
7月第2週から入館が必要な6名分です。

入館証の受け取りは7/7(月)朝礼後に私が伺います。
よろしくお願いいたします。

{SIG_KUDO}
""",
        attachments=[attachment("作業員名簿_入館証用_0703.csv", csv_text(roster))],
        personal=[P("name", "北川 雄一"), P("birthdate", "1979/10/30"),
                  P("address", "千葉県市川市行徳駅前1-20-6-402"), P("phone", "090-0000-8813"),
                  P("name", "河野 大輔"), P("address", "千葉県習志野市谷津2-9-4"),
                  P("health_check", "182/114")])

    add("mori", "attachment", "personal.encrypted_zip",
        "Safety documents go to the design supervisor as a password-protected zip with the password promised in a separate mail.",
        [SHIMADA],
        "安全書類(7月分)の送付",
        f"""
島田様

お世話になっております.東雲建設 湊町二丁目作業所の森です.
7月分の安全書類(作業員名簿・持込機械届など)をお送りします.

添付ファイルはパスワード付きzipになっています.
パスワードは別メールでお送りしますのでご確認ください.

{SIG_MORI}
""",
        attachments=[encrypted_zip("安全書類_湊町二丁目_202507.zip")],
        personal=[P("encrypted_zip", "安全書類_湊町二丁目_202507.zip")])

    add("otsuki", "quoted", "sensitive.arrest_in_quoted_message",
        "The site manager's schedule reassurance to the design office carries, below his reply, the subcontractor's note that a named foreman was arrested for drink-driving and had a prior fine.",
        [SHIMADA],
        "Re: 鳶工事の職長交代について",
        f"""
アトリエ湊設計
島田 様

いつも大変お世話になっております。東雲建設の大槻でございます。

お問い合わせの鳶工事の職長交代の件、工程への影響はございません。
後任には同社の 丸山 社長ご自身が当面常駐されるとのことで、
7月の躯体工程（6〜8階）は予定どおり進めてまいります。

経緯につきましては、丸山鳶工業様からの連絡を下に添えておきます。

引き続きよろしくお願い申し上げます。

{SIG_OTSUKI}

{quote('''大槻所長

いつもお世話になっております。丸山です。
急なご連絡で申し訳ありません。
うちの職長の 北川 雄一 が、先週土曜の夜に酒気帯び運転で検挙され、
まだ警察署から戻っておりません。
実は3年前にも同じことで罰金刑を受けておりまして、
会社としても今回は処分を考えております。

来週から職長は私が代わりに入りますので、
工程にはご迷惑をおかけしないようにいたします。
本当に申し訳ございません。

有限会社丸山鳶工業
丸山 達也''', wrote("2025/06/30 7:48", "丸山 達也", "maruyama@maruyama-tobi.example.co.jp"))}
""",
        personal=[P("name", "北川 雄一"), P("criminal", "酒気帯び運転で検挙"),
                  P("criminal", "罰金刑")])

    add("mori", "quoted", "id.residence_card_numbers_in_forward",
        "To give a uniform vendor three shirt sizes, the office forwards the subcontractor's mail with three trainees' residence-card and passport numbers.",
        [addr("ワークウェア千葉 本田さん", "honda@workwear-chiba.example.co.jp")],
        "Fw: 新規入場者(7/7入場)の件",
        f"""
本田さん

おつかれさまです!東雲建設の森です.
作業服のサイズ、下のメールに書いてあるとおりです!
上着とズボン各2着ずつでお願いします〜

{SIG_MORI}

{forward_block('株式会社青葉電設 事務 野口 <noguchi@aoba-densetsu.example.co.jp>', '2025年7月2日(水) 16:20', 'k-mori@shinonome-kensetsu.example.co.jp', '新規入場者(7/7入場)の件', '''
東雲建設 森様

お世話になっております。青葉電設の野口です。
7/7から入場する技能実習生3名の情報です。
新規入場時教育の準備と、作業服の手配をお願いします。

1. グエン ヴァン ナム
   在留カード番号 FK52830194EA / 旅券番号 C4819273
   在留期限 2027/03/31　サイズ L
2. チャン ティ フォン
   在留カード番号 RH70316428VN / 旅券番号 C6027315
   在留期限 2026/11/30　サイズ M
3. レ ミン トゥアン
   在留カード番号 GP19475306KT / 旅券番号 C5530841
   在留期限 2027/03/31　サイズ 3L

よろしくお願いいたします。
''')}
""",
        personal=[P("name", "グエン ヴァン ナム"), P("residence_card", "FK52830194EA"),
                  P("passport", "C4819273"), P("residence_card", "RH70316428VN"),
                  P("passport", "C6027315"), P("residence_card", "GP19475306KT"),
                  P("passport", "C5530841")])

    add("kudo", "subject", "sensitive.heatstroke_in_subject",
        "The subject line names a worker and says he was taken to hospital with heat stroke, and it goes to his employer with the client in CC.",
        [MARUYAMA],
        "Re: 【ヒヤリハット】山内 翔太さん（熱中症で救急搬送）報告書の提出について",
        f"""
丸山社長

お疲れ様です。東雲建設 工藤です。

標記の件、報告書は前回と同じ様式でお願いします。
提出期限は7/11(金)です。
再発防止策の欄は、休憩サイクルと水分補給の記録方法まで書いてください。

施主の岡本様にもCCしています。

{SIG_KUDO}
""",
        cc=[OKAMOTO],
        personal=[P("name", "山内 翔太"), P("health", "熱中症で救急搬送")])

    questionnaire = [
        ["入場日", "会社名", "氏名", "生年月日", "血液型", "既往歴", "服薬", "運転免許証番号", "緊急連絡先"],
        ["2025/07/07", "青葉電設", "松田 和也", "1983/08/08", "AB", "高血圧", "あり", "第301512064830号", "妻 080-0000-9054"],
        ["2025/07/07", "青葉電設", "野々村 隼", "1999/05/16", "A", "なし", "なし", "第302014331270号", "母 090-0000-1608"],
        ["2025/07/07", "湾岸設備工業", "岩瀬 誠", "1966/02/24", "O", "糖尿病・心筋梗塞(2019)", "あり", "第300897150420号", "妻 047-0000-6637"],
    ]
    add("mori", "zip", "list.entry_questionnaires_zip_to_client",
        "A plain zip of new-entrant training records sent to the client contains workers' medical histories, medication and driving-licence numbers.",
        [OKAMOTO],
        "新規入場者教育の記録(7/7分)",
        f"""
岡本様

お世話になっております.東雲建設の森です.
7/7の新規入場者教育の記録をzipでお送りします.
(教育記録とアンケートの2ファイルです)

ご確認よろしくお願いいたします.

{SIG_MORI}
""",
        attachments=zip_entries("新規入場者教育_20250707.zip", [
            ("教育実施記録.txt", """\
新規入場者教育 実施記録
実施日：2025年7月7日（月） 8:15〜9:00
場所：作業所詰所
講師：工藤 剛
内容：作業所ルール、避難経路、立入禁止区域、熱中症対策、KY活動
受講者：3名（別紙アンケートのとおり）
"""),
            ("新規入場者アンケート.csv", csv_text(questionnaire)),
        ]),
        personal=[P("name", "岩瀬 誠"), P("medical_history", "糖尿病・心筋梗塞(2019)"),
                  P("drivers_licence", "第300897150420号"), P("name", "松田 和也"),
                  P("drivers_licence", "第301512064830号"), P("medical_history", "高血圧")])

    neighbours = [
        addr("湊町二丁目町会 会長 小西", "konishi.minato2@yahoo.co.jp"),
        addr("湊町二丁目町会 副会長", "minato2.fukukaicho@gmail.com"),
        addr("ベーカリー湊 店主", "info@bakery-minato.example.jp"),
        addr("湊町クリニック 事務", "jimu@minatomachi-clinic.example.jp"),
        addr("有限会社船橋ガス住設", "office@funabashi-gas.example.co.jp"),
        addr("渡部 恵子", "keiko.watabe.1962@gmail.com"),
        addr("岡 俊介", "oka_shunsuke@yahoo.co.jp"),
        addr("コーポ湊 管理組合", "kanri@corpo-minato.example.jp"),
        addr("宝来寿司", "horai-sushi@outlook.com"),
        addr("菅野 由紀子", "yukiko.kanno@outlook.com"),
        addr("みなと保育園 園長", "encho@minato-hoikuen.example.or.jp"),
        addr("湊町調剤薬局", "yakkyoku@minato-chozai.example.co.jp"),
    ]
    add("otsuki", "recipients", "recipients.neighbours_in_to",
        "A night-work notice to neighbours exposes twelve private and shop addresses to each other in To.",
        neighbours,
        "夜間作業（コンクリート打設）のお知らせ",
        f"""
近隣の皆様

拝啓　時下ますますご清栄のこととお慶び申し上げます。
平素は（仮称）湊町二丁目計画新築工事につきまして、格別のご理解とご協力を賜り
厚く御礼申し上げます。

さて、下記のとおり夜間のコンクリート打設作業を行います。
騒音・車両の出入りなどでご迷惑をおかけいたしますが、
何卒ご理解賜りますようお願い申し上げます。

　　　　　　　　　　　　記

　日時：2025年7月12日（土）20:00 〜 翌13日（日）5:00（予定）
　　　　※雨天の場合は7月19日（土）に順延いたします
　内容：8階床スラブのコンクリート打設
　車両：生コン車 延べ約60台、ポンプ車2台
　　　　（北側市道より出入りし、誘導員を4名配置いたします）

ご不明な点、お気づきの点がございましたら、作業所までご連絡ください。

敬具

{SIG_OTSUKI}
""",
        personal=[P("email", a.split("<")[1].rstrip(">")) for a in neighbours])

    # ------------------------------------------------------------------ passes
    minutes_rows = table([
        ["会社名", "出席者", "役割"],
        ["有限会社丸山鳶工業", "丸山 達也", "職長（代行）"],
        ["株式会社青葉電設", "中西 保", "安全衛生責任者"],
        ["有限会社佐藤鉄筋", "佐藤 勝", "職長"],
        ["山田塗装工業株式会社", "山田 浩二", "職長"],
        ["湾岸設備工業株式会社", "岩瀬 誠", "職長"],
        ["東雲建設", "大槻 隆之", "統括安全衛生責任者"],
        ["東雲建設", "工藤 剛", "元方安全衛生管理者"],
    ])
    add("kudo", "none", "benign.safety_council_minutes",
        "Monthly safety-council minutes that name each partner company's foreman and carry a long signature.",
        [MARUYAMA, AOBA_DENSETSU,
         addr("有限会社佐藤鉄筋 佐藤", "sato@sato-tekkin.example.co.jp"),
         addr("山田塗装工業 山田", "yamada@yamada-toso.example.co.jp"),
         addr("湾岸設備工業 岩瀬", "iwase@wangan-setsubi.example.co.jp")],
        "【議事録】第7回 災害防止協議会（7/1）",
        f"""
協力会社 各位

お疲れ様です。東雲建設 工藤です。
7/1に開催した第7回災害防止協議会の議事録を送ります。
内容に誤りがあれば7/8(火)までに連絡ください。

==================================================
第7回 災害防止協議会 議事録
==================================================
【日時】2025年7月1日（火）13:00〜14:10
【場所】作業所 2階会議室
【出席者】

{minutes_rows}

【1. 前月の安全成績】
・不休災害 0件 / 休業災害 1件（6/24 墜落、詳細は別途報告済）
・ヒヤリハット報告 14件（うち足場関係 6件、重機関係 3件）
・是正指示 22件 → 全件是正完了

【2. 今月の重点項目】
・熱中症対策
　- WBGT 31以上で作業中断、30分ごとの休憩を徹底
　- 詰所に経口補水液・塩タブレットを常備（発注済）
・墜落・転落防止
　- 足場盛替え時のフルハーネス二丁掛けの再徹底
　- 盛替え作業は職長立会いのうえで実施
・第三者災害防止
　- 北側市道の歩行者誘導を朝夕2名体制に増員

【3. 各社からの報告】
・丸山鳶工業（丸山）：職長交代の連絡。当面は社長が常駐。
・青葉電設（中西）：7/7から技能実習生3名が入場予定。新規入場時教育を依頼。
・佐藤鉄筋（佐藤）：8階配筋は7/9完了予定。
・山田塗装工業（山田）：外壁下塗りは7/22から着手予定。足場使用の調整を依頼。
・湾岸設備工業（岩瀬）：特になし。

【4. 元請からの連絡】
・7/12(土)夜間に8階スラブ打設。残業対応の各社人員を7/8までに報告のこと。
・7/17(木)に本社安全パトロールあり。
・次回協議会：8月5日（火）13:00〜

【5. 6月安全パトロール指摘事項（抜粋）】
・5階北面 足場の中さん外れ（丸山鳶工業）→ 当日是正済
・3階 電工ドラムの通路上配線（青葉電設）→ 養生・ルート変更済
・7階 開口部の手すり未設置（佐藤鉄筋）→ 翌朝是正、職長へ再教育
・1階 塗料缶の屋外放置（山田塗装工業）→ 保管庫へ移動済
・地下ピット 酸素濃度測定記録の未記入（湾岸設備工業）→ 記録様式を再配布

【6. 質疑】
・青葉電設（中西）：実習生向けの掲示物は多言語化できるか
　→ 元請でベトナム語版の安全標識を用意する（7/7まで）
・山田塗装工業（山田）：足場の一部解体時期の目安
　→ 9月上旬予定。8月の協議会で確定する

【7. 配布資料】
・7月工程表、安全パトロール指摘事項一覧、熱中症対策チェックシート
==================================================

以上、よろしくお願いします。

{SIG_KUDO}
""")

    add("mori", "none", "benign.vendor_registration_corporate_number",
        "Vendor-registration reply that quotes a company's corporate number, construction licence and invoice registration number.",
        [addr("千葉クレーンリース 経理 吉村さま", "yoshimura@chiba-crane.example.co.jp")],
        "Re: 取引先登録のお願い",
        f"""
千葉クレーンリース
吉村さま

お世話になっております.東雲建設 湊町二丁目作業所の森です.
取引先登録の書類ありがとうございました!
以下の内容で本社経理に登録申請しました.

 会社名: 株式会社千葉クレーンリース
 法人番号: 4040001093516
 建設業許可: 千葉県知事許可(般-5)第28417号
 適格請求書発行事業者登録番号: T4040001093516
 振込先: 京葉中央銀行 船橋支店 当座 0089216

登録完了までだいたい2週間くらいかかるので、
7月分の請求書は締め後にそのまま作業所宛てに送ってください.

{SIG_MORI}
""")

    add("kudo", "none", "benign.vehicle_entry_plan",
        "Vehicle-entry plan for a traffic-guard company listing plates and vehicle types but no drivers.",
        [addr("株式会社ベイガード 隊長 宮本 様", "miyamoto@baygard.example.co.jp")],
        "7/12 夜間打設 搬入車両一覧",
        f"""
ベイガード
宮本様

お疲れ様です。東雲建設 工藤です。
7/12夜間打設の搬入車両一覧です。誘導員4名の配置は前回と同じでお願いします。

{table([
    ["時間帯", "会社", "車種", "ナンバー"],
    ["19:30", "京葉ポンプ工業", "ポンプ車(ブーム)", "習志野 800 さ 41-07"],
    ["19:30", "京葉ポンプ工業", "ポンプ車(配管)", "習志野 800 さ 52-19"],
    ["20:00〜", "湾岸生コン", "生コン車 10t", "千葉 100 は 3-88 ほか 11台"],
    ["22:30", "東雲建設", "資材運搬 2t", "船橋 400 せ 16-25"],
])}

生コン車は延べ60台、北側ゲートから入って南側ゲートから出ます。
当日の連絡は私の携帯（090-0000-3317）まで。

{SIG_KUDO}
""")

    add("otsuki", "none", "benign.heat_illness_aggregate_report",
        "Health-management report to the client with site-wide aggregates only: WBGT days, check-up rates, zero heat cases.",
        [OKAMOTO],
        "7月 熱中症対策・健康管理の実施状況ご報告",
        f"""
株式会社湊町開発
岡本 様

平素より大変お世話になっております。東雲建設の大槻でございます。
7月の熱中症対策および作業員の健康管理の実施状況について、ご報告申し上げます。

{table([
    ["項目", "7月実績"],
    ["作業日数", "23日"],
    ["WBGT 31以上の日数", "9日"],
    ["作業中断（WBGT基準による）", "延べ14時間"],
    ["熱中症による休業", "0件"],
    ["作業員延べ人数", "2,318人"],
    ["健康診断受診率（入場者）", "98.6%"],
    ["朝礼時の体調チェック実施率", "100%"],
])}

弊社では「健康経営優良法人」の認定を受けており、協力会社にも
健診受診と体調申告の徹底をお願いしております。
8月も引き続き、休憩所の増設（送風機付きテント2張）などの対策を実施いたします。

ご不明の点がございましたら、お気軽にお申し付けください。

{SIG_OTSUKI}
""")

    add("mori", "none", "benign.order_to_companies_named_after_families",
        "Purchase orders with order numbers to companies whose names contain family names.",
        [addr("有限会社佐藤鉄筋 佐藤様", "sato@sato-tekkin.example.co.jp"),
         addr("山田塗装工業 事務ご担当様", "jimu@yamada-toso.example.co.jp")],
        "注文書の送付(7月分)",
        f"""
有限会社佐藤鉄筋 佐藤様
山田塗装工業株式会社 ご担当様

おせわになっております.東雲建設の森です.
7月分の注文書をお送りします.

 ・注文番号 SK-25-0712-03 有限会社佐藤鉄筋 様  8階床・壁配筋工事  ¥3,850,000(税抜)
 ・注文番号 SK-25-0712-04 山田塗装工業株式会社 様 外壁下塗り(北・東面) ¥2,140,000(税抜)

原本は本日郵送しました.注文請書は押印のうえ返送お願いします.
(返信用封筒入れてあります)

{SIG_MORI}
""")

    add("otsuki", "none", "benign.congratulations_new_president",
        "Formal congratulations to a partner company's newly appointed president.",
        [addr("株式会社青葉電設 代表取締役 青木 正樹 様", "aoki@aoba-densetsu.example.co.jp")],
        "代表取締役ご就任のお祝い",
        f"""
株式会社青葉電設
代表取締役社長　青木 正樹 様

拝啓　盛夏の候、貴社ますますご隆盛のこととお慶び申し上げます。

このたびは代表取締役社長にご就任の由、心よりお祝い申し上げます。
永年にわたり現場の第一線でご活躍されてきた青木様のご就任は、
貴社のさらなるご発展を約束するものと拝察いたします。

湊町二丁目の現場におきましても、中西様をはじめ貴社の皆様には
いつも安全で丁寧な施工をしていただき、大変心強く感じております。

時節柄くれぐれもご自愛のうえ、ますますのご活躍をお祈り申し上げます。
まずは略儀ながらメールにてお祝い申し上げます。

敬具

{SIG_OTSUKI}
""")

    add("mori", "none", "benign.employment_verification_with_consent",
        "Consent-based employment verification that confirms only employment, start month and department to a bank.",
        [addr("京葉中央銀行 船橋支店 ローン課 片山様", "katayama@keiyo-chuo-bank.example.co.jp")],
        "在籍確認のご回答(工藤 剛)",
        f"""
京葉中央銀行 船橋支店
ローン課 片山様

お世話になっております.東雲建設 湊町二丁目作業所 工事事務の森です.
お問い合わせの在籍確認について、ご本人の同意書(7/3付)を確認しましたので
下記のとおり回答いたします.

 氏名: 工藤 剛
 在籍: あり(正社員)
 入社年月: 2011年4月
 所属: 東京支店 建築部

上記以外の事項(給与等)は、当社の規程によりお答えしておりません.
ご了承ください.

{SIG_MORI}
""")

    add("kudo", "none", "benign.malware_infection_isolated_pc",
        "Report to the IT vendor that a site PC was infected by malware and isolated from the network.",
        [addr("ベイネットソリューションズ サポート", "support@baynet-sol.example.co.jp")],
        "【至急】作業所PC ウイルス感染の疑い（隔離済み）",
        f"""
ベイネットソリューションズ サポート御中

東雲建設 湊町二丁目作業所の工藤です（保守契約 BN-4471）。
作業所の共用PCでウイルス感染の疑いがあり、LANから隔離しました。

・端末名：SNK-MNT2-PC03（IP 192.168.20.53）
・発生：7/8(火) 8:20頃、メール添付のExcelを開いた直後
・症状：セキュリティソフトが「Trojan.Emotet」を検知、隔離に失敗と表示
・対応済：LANケーブル抜線、Wi-Fi無効化、電源は入れたまま
・他の端末（PC01, PC02, PC04）は現時点で検知なし

本日中に現地確認をお願いできますでしょうか。
連絡は作業所 047-0000-5580 か私の携帯まで。

{SIG_KUDO}
""")

    add("otsuki", "none", "benign.groundbreaking_public_figures",
        "Ceremony arrangements naming a prefectural assemblyman, the deputy mayor and the shrine's chief priest as public guests.",
        [addr("株式会社湊町開発 総務部 平野 様", "hirano@minatomachi-kaihatsu.example.co.jp")],
        "（仮称）湊町二丁目計画 上棟式の次第（案）",
        f"""
株式会社湊町開発
総務部　平野 様

いつも大変お世話になっております。東雲建設の大槻でございます。
8月8日（金）の上棟式につきまして、次第（案）をお送りいたします。

　10:00　開式
　10:05　修祓・上棟の儀（湊町八幡神社 宮司 永井 清孝 様）
　10:25　施主代表ご挨拶（株式会社湊町開発 代表取締役社長 早川 仁 様）
　10:35　来賓ご祝辞（千葉県議会議員 岩崎 正人 先生、船橋市副市長 小野寺 聡 様）
　10:50　施工者代表挨拶（東雲建設 東京支店長 木下 洋一）
　11:00　閉式・記念撮影

来賓の先生方へのご案内状は貴社よりご発送いただけると伺っております。
神社への初穂料、テント・音響の手配は弊社で承ります。

ご確認のほどよろしくお願い申し上げます。

{SIG_OTSUKI}
""")

    add("mori", "none", "benign.long_reply_chain_scaffold_inspection",
        "Reply chain about a scaffold-inspection date that names partner staff and repeats signatures.",
        [addr("丸山鳶工業 丸山社長", "maruyama@maruyama-tobi.example.co.jp")],
        "Re: Re: Re: 足場点検の日程",
        f"""
丸山社長

了解です!では7/15(火)13:30でよろしくお願いします.
工藤にも伝えました.点検表は当日こちらで用意しておきます〜

{SIG_MORI}

{quote('''森さん
それなら15日の午後で。13時半からでどうでしょう。
丸山''' + chr(10) + chr(10) + quote('''丸山社長
すみません、14日は施主検査が入ってしまいました...
15日(火)か16日(水)の午後でいかがでしょうか?
森''' + chr(10) + chr(10) + quote('''東雲建設 森様

お世話になっております。丸山鳶工業の丸山です。
7月の足場定期点検ですが、14日(月)の午前はいかがでしょうか。
当社からは私と、新しく入った職長候補の 安田 が立ち会います。

有限会社丸山鳶工業
代表取締役 丸山 達也
千葉県船橋市宮本5-3-11
TEL 047-0000-2290 / FAX 047-0000-2291''', wrote("2025/07/07 17:12", "丸山 達也", "maruyama@maruyama-tobi.example.co.jp")), wrote("2025/07/08 9:03", "森 香織", "k-mori@shinonome-kensetsu.example.co.jp")), wrote("2025/07/08 12:41", "丸山 達也", "maruyama@maruyama-tobi.example.co.jp"))}
""")

    return out
