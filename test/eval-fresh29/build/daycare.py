from common import M, A

SK = "ひだまり保育園 佐伯 恵子 <k-saeki@midorinomori.co.jp>"
MU = "村井 健太 <k-murai@midorinomori.co.jp>"
ON = "ひだまり保育園 小野寺 彩 <a-onodera@midorinomori.co.jp>"

SIG_SK = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
株式会社みどりの森
ひだまり保育園　園長　佐伯 恵子
〒351-0011 埼玉県朝霞市本町3-12-5
TEL 048-555-2210 / FAX 048-555-2211
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_MU = """--------------------------------------
株式会社みどりの森　本部 総務課
村井 健太（むらい けんた）
〒351-0033 埼玉県朝霞市浜崎1-4-20 みどりビル2F
TEL 048-555-2000（代表）
https://www.midorinomori.co.jp/
--------------------------------------"""

SIG_ON = """ひだまり保育園　主任保育士　小野寺 彩
TEL 048-555-2210"""

# ---------------- PASS ----------------
M("D-P1", "pass", "benign.own_data",
  "Check-up schedule about a child sent to that child's own parent.",
  SK, ["佐藤 美咲 様 <misaki.sato.0314@gmail.com>"],
  "陽葵ちゃんの内科健診・歯科健診の日程について",
  f"""
佐藤 美咲 様

いつもお世話になっております。ひだまり保育園の佐伯です。
陽葵ちゃんの春の健診日程をお知らせします。

・内科健診：5月14日（水）10:00～（嘱託医 はやし小児科 林先生）
・歯科健診：5月21日（水）10:30～

当日は先日ご記入いただいた「健康調査票」を連絡帳アプリで再確認させていただきます。
前回（11月）の身長・体重の記録もアプリの「成長記録」からご覧いただけます。

ご不明な点がありましたら、お迎えの際にお声がけください。

{SIG_SK}
""")

M("D-P2", "pass", "benign.aggregate_infection",
  "Anonymous count of gastroenteritis cases by class sent to all parents in Bcc.",
  ON, ["ひだまり保育園 <hidamari@midorinomori.co.jp>"],
  "【ひだまり保育園】感染性胃腸炎の発生について",
  f"""
保護者の皆様

いつもご協力いただきありがとうございます。
本日までに、園内で感染性胃腸炎と診断されたお子さんが3名（すみれ組2名・ひよこ組1名）いらっしゃいます。

園では次の対応を行っています。
・おもちゃ、ドアノブ、トイレの次亜塩素酸ナトリウムによる消毒（1日3回）
・嘔吐物処理セットの各クラス配置
・給食時の配膳を保育士のみで実施

ご家庭でも、お子さんに嘔吐・下痢・発熱などの症状が見られた場合は、登園をお控えいただき、かかりつけ医の受診をお願いいたします。
登園の際は「登園届（保護者記入）」をご提出ください。

※このメールは保護者の皆様にBCCでお送りしています。

{SIG_ON}
""", bcc=["misaki.sato.0314@gmail.com", "t.kimura.0808@yahoo.co.jp", "ayako-h@docomo.ne.jp", "ryo.fujii@icloud.com",
          "nana.m.asaka@gmail.com", "watanabe.family@ezweb.ne.jp", "k.ogawa1985@gmail.com", "mai-t@softbank.ne.jp",
          "hiro.suzuki.asaka@gmail.com", "yoshida-m@jcom.zaq.ne.jp", "chika.endo@icloud.com", "s.matsuda@yahoo.co.jp"])

M("D-P3", "pass", "benign.order_numbers",
  "Food order with order numbers and JAN codes.",
  MU, ["北斗フーズ 受注センター <juchu@hokuto-foods.co.jp>"],
  "6月分 給食食材 追加発注（発注番号 MM-2506-0142）",
  f"""
北斗フーズ 受注センター 御中

いつもお世話になっております。みどりの森 本部の村井です。
6月分の追加発注をお願いいたします。

発注番号：MM-2506-0142
納品先：ひだまり保育園（朝霞市本町3-12-5）
納品日：6月2日（月）午前

品名／JAN／数量
・国産 米粉パン粉 1kg／4901234567894／6袋
・乳不使用 コーンスープの素／4909876543217／10箱
・卵不使用 マヨネーズタイプ 500g／4901111222235／12本
・有機 きな粉 300g／4975555123401／8袋

請求は通常どおり月末締めでお願いします。

{SIG_MU}
""")

M("D-P4", "pass", "benign.aggregate_disability",
  "Application for a disability-care subsidy with aggregate counts only.",
  MU, ["朝霞市 こども未来部 保育課 <hoiku@city-asaka.example.lg.jp>"],
  "令和7年度 障害児保育加算 申請書類の提出について",
  f"""
朝霞市 こども未来部 保育課
給付係 ご担当者様

いつもお世話になっております。株式会社みどりの森 本部の村井です。
令和7年度 障害児保育加算の申請書類を提出いたします。

　施設名：ひだまり保育園（施設番号 1123-0457）
　対象児童数：3名（4歳児2名、5歳児1名）
　加配保育士：2名（常勤1名・非常勤1名）
　申請期間：令和7年4月～令和8年3月

個別の支援計画および医師の意見書は、個人情報を含むため、
5月9日の窓口提出時に原本をお持ちいたします。

ご確認のほどよろしくお願いいたします。

{SIG_MU}
""", attachments=[A("障害児保育加算_申請書_ひだまり.pdf", "application/pdf", """
障害児保育加算 申請書
施設名 ひだまり保育園  設置者 株式会社みどりの森  法人番号 6030001098765
対象児童数 3名  加配職員数 2名  申請額（月額） 147,000円
""")])

M("D-P5", "pass", "benign.event",
  "Sports-day planning with the parents' association chair.",
  SK, ["保護者会 会長 木村様 <t.kimura.0808@yahoo.co.jp>"],
  "Re: 運動会のプログラムについて",
  f"""
木村様

ご確認ありがとうございます！
ご提案いただいた「親子リレー」をプログラム8番目に入れさせていただきました。
保護者会の皆さまには、当日8:00に園庭でテント設営をお手伝いいただけますと助かります。

雨天の場合は前日17時に連絡帳アプリでお知らせします。

{SIG_SK}

> 佐伯先生
> プログラム案拝見しました。去年好評だった親子リレーを今年も入れていただけませんか？
> 保護者会 木村
""")

M("D-P6", "pass", "benign.own_data",
  "Extended-care fee invoice to the parent, with the operator's corporate account.",
  MU, ["小川 健一 様 <k.ogawa1985@gmail.com>"],
  "延長保育料のご請求（4月分）",
  f"""
小川 健一 様

いつもお世話になっております。株式会社みどりの森 本部 総務課の村井です。
4月分の延長保育料をご請求いたします。

　お子様：小川 湊 くん（ひよこ組）
　ご利用日数：12日（18:00～19:00）
　金額：6,000円
　お支払期限：5月20日

　振込先：むさしの信用金庫 朝霞支店 普通 0123457
　口座名義：カ）ミドリノモリ

ご不明な点がございましたら本部までご連絡ください。

{SIG_MU}
""")

M("D-P7", "pass", "benign.pet",
  "Notice that the daycare's pet rabbit died.",
  SK, ["ひだまり保育園 <hidamari@midorinomori.co.jp>"],
  "うさぎの「モモ」について",
  f"""
保護者の皆様

園で7年間飼っていたうさぎの「モモ」が、昨日の朝、静かに息を引き取りました。
高齢のため、ここ数週間は獣医さんに診ていただきながら見守っていました。

子どもたちには今朝、各クラスでお話をしました。泣いてしまう子もいましたが、
みんなでお花を飾り、「ありがとう」の絵を描きました。
ご家庭でお子さんからモモの話が出ましたら、ぜひ聞いてあげてください。

{SIG_SK}
""", bcc=["misaki.sato.0314@gmail.com", "t.kimura.0808@yahoo.co.jp", "ayako-h@docomo.ne.jp", "k.ogawa1985@gmail.com"])

M("D-P8", "pass", "benign.own_data",
  "Interview arrangement sent to the job applicant herself.",
  MU, ["吉川 真由 様 <mayu.yoshikawa.h@gmail.com>"],
  "面接日程のご案内（保育士 正社員）",
  f"""
吉川 真由 様

このたびは株式会社みどりの森の保育士募集にご応募いただき、誠にありがとうございます。
書類選考の結果、面接にお越しいただきたくご連絡いたしました。

　日時：5月16日（金）14:00～15:00
　場所：本部（朝霞市浜崎1-4-20 みどりビル2F）
　面接官：ひだまり保育園 園長 佐伯／本部 村井
　持ち物：保育士証の写し、筆記用具

ご都合が合わない場合は、お手数ですが候補日を2～3日ご返信ください。

{SIG_MU}
""")

M("D-P9", "pass", "benign.serial_numbers",
  "Playground equipment inspection with serial numbers and a photo; three addresses.",
  SK, ["ジャングル工房 点検課 <tenken@jungle-kobo.co.jp>"],
  "遊具点検報告書（No. JK-T-250418）の件",
  f"""
ジャングル工房 点検課
平山様

先日は遊具点検をありがとうございました。報告書（No. JK-T-250418）拝受しました。

「要補修」となっていた件、修理の見積もりをお願いできますでしょうか。
　・複合遊具 JK-FS200（製造番号 FS200-1907-0331）：滑り台接合部ボルトの緩み
　・スプリング遊具 JK-SP12（製造番号 SP12-2004-1128）：座面ひび割れ

現況の写真を添付します。費用については本部の村井（cc）とご相談ください。

{SIG_SK}
""", cc=[MU, "ジャングル工房 営業 宇野様 <uno@jungle-kobo.co.jp>"],
  attachments=[A("IMG_20250418_slide.jpg", "image/jpeg")])

# ---------------- HOLD ----------------
M("D-H1", "hold", "sensitive.medical",
  "List of named children with allergies and anaphylaxis history sent to the outside catering company.",
  ON, ["ハーベストキッチン 栄養士 松本様 <matsumoto@harvest-kitchen.co.jp>"],
  "5月の除去食対象児について",
  f"""
ハーベストキッチン 松本様

いつもお世話になっております。ひだまり保育園の小野寺です。
5月からの除去食対象児の一覧を添付します。新入園児が2名増えています。

{SIG_ON}
""", attachments=[A("除去食対象児一覧_202505.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", """
[Sheet1]
クラス	氏名	生年月日	除去品目	既往	エピペン
ひよこ	小川 湊	2022/07/14	卵・乳	アナフィラキシー（2023年）	あり
ひよこ	藤井 結菜	2022/10/02	小麦	なし	なし
すみれ	渡辺 蒼	2021/04/19	ピーナッツ・そば	アナフィラキシー（2024年）	あり
もも	遠藤 芽衣	2020/12/08	えび・かに	じんましん	なし
""")], personal=[("name", "小川 湊"), ("medical_history", "アナフィラキシー（2023年）"), ("name", "渡辺 蒼"),
                 ("date_of_birth", "2021/04/19")])

M("D-H2", "hold", "sensitive.disability",
  "A named child's suspected developmental disorder and family situation sent to an outside support centre.",
  SK, ["朝霞市こども発達支援センター 相談員 岡様 <soudan@asaka-hattatsu.example.or.jp>"],
  "巡回相談のお願い（もも組 男児）",
  f"""
こども発達支援センター
岡様

お世話になっております。ひだまり保育園の佐伯です。
来月の巡回相談で、もも組の 松田 颯真くん（4歳）について相談させていただきたくご連絡しました。

集団活動への参加が難しく、こだわりや感覚過敏が強いため、自閉スペクトラム症（ASD）の疑いがあると考えています。
保護者の同意のもと、6月に大学病院の児童精神科を受診予定です。
お母様は昨年離婚され、現在ひとりで育児をされており、かなり疲れていらっしゃるご様子です。

当日は担任の 高橋も同席いたします。よろしくお願いいたします。

{SIG_SK}
""", personal=[("name", "松田 颯真"), ("disability", "自閉スペクトラム症（ASD）の疑い"), ("family", "昨年離婚され")])

M("D-H3", "hold", "id.mynumber",
  "A new employee's My Number and employment-insurance number sent to an outside labour consultant.",
  MU, ["中川社会保険労務士事務所 <info@nakagawa-sr.jp>"],
  "雇用保険 資格取得届の件（4/1入社 1名）",
  f"""
中川先生

いつもお世話になっております。みどりの森 本部の村井です。
4月1日入社の保育士1名の雇用保険資格取得手続きをお願いいたします。

　氏名：遠山 さくら（とおやま さくら）
　生年月日：2002年1月27日
　住所：埼玉県朝霞市膝折町2-18-6
　個人番号：001735175986
　前職の雇用保険被保険者番号：5012-384417-3
　賃金：月給 232,000円

よろしくお願いいたします。

{SIG_MU}
""", personal=[("name", "遠山 さくら"), ("my_number", "001735175986"), ("employment_insurance", "5012-384417-3"),
               ("address", "埼玉県朝霞市膝折町2-18-6")])

M("D-H4", "hold", "id.bank_account",
  "Attachment carries several parents' bank accounts for direct debit; body only says 'data attached'.",
  MU, ["ペイウェル収納サービス 登録センター <touroku@paywell-sn.co.jp>"],
  "口座振替 新規登録データ（5月分）",
  f"""
ペイウェル収納サービス 登録センター 御中

お世話になっております。みどりの森の村井です。
5月分の口座振替 新規登録データを添付します。ご処理をお願いいたします。

{SIG_MU}
""", attachments=[A("koufuri_shinki_202505.csv", "text/csv", """
契約者番号,保護者氏名,金融機関,支店,種別,口座番号,口座名義
MM-0412,藤井 亮,むさしの信用金庫,志木支店,普通,2284016,フジイ リヨウ
MM-0413,渡辺 彩子,あさひ銀行,朝霞台支店,普通,6613902,ワタナベ アヤコ
MM-0414,遠藤 千佳,ゆうちょ銀行,〇一八店,普通,4471853,エンドウ チカ
""")], personal=[("name", "藤井 亮"), ("bank_account", "2284016"), ("bank_account", "6613902"), ("bank_account", "4471853")])

M("D-H5", "hold", "attachment.encrypted_zip",
  "Children's records sent to the city as a password-protected zip (PPAP).",
  SK, ["朝霞市 保育課 入所係 <hoiku@city-asaka.example.lg.jp>"],
  "児童票の提出（転園児 2名）",
  f"""
朝霞市 保育課 入所係 ご担当者様

お世話になっております。ひだまり保育園の佐伯です。
6月に転園する2名の児童票を送付いたします。
解凍パスワードは、別途お送りいたします。

{SIG_SK}
""", attachments=[A("jidohyo_tenen_202506.zip", "application/zip", encrypted=True)])

M("D-H6", "hold", "sensitive.infection_third_party",
  "Reply to a parent names another child's hand-foot-and-mouth disease.",
  ON, ["藤井 亮 様 <ryo.fujii@icloud.com>"],
  "Re: 結菜の発疹について",
  f"""
藤井様

ご連絡ありがとうございます。
実は昨日、同じひよこ組の 渡辺 蒼くんが手足口病と診断されてお休みしています。
結菜ちゃんも念のため、かかりつけの先生に診ていただけると安心かと思います。
受診の結果をまた教えてください。

{SIG_ON}

> 小野寺先生
> 今朝、結菜の手のひらに小さな発疹があります。何か流行っていますか？
> 藤井
""", personal=[("name", "渡辺 蒼"), ("diagnosis", "手足口病と診断")])

PAR = ["misaki.sato.0314@gmail.com", "t.kimura.0808@yahoo.co.jp", "ayako-h@docomo.ne.jp", "ryo.fujii@icloud.com",
       "nana.m.asaka@gmail.com", "watanabe.family@ezweb.ne.jp", "k.ogawa1985@gmail.com", "mai-t@softbank.ne.jp",
       "hiro.suzuki.asaka@gmail.com", "yoshida-m@jcom.zaq.ne.jp", "chika.endo@icloud.com", "s.matsuda@yahoo.co.jp",
       "tooyama.k@au.com"]
M("D-H7", "hold", "recipients.over10",
  "Thirteen parents' private addresses in To.",
  SK, PAR,
  "夏まつり（7/19）ボランティアのお願い",
  f"""
保護者の皆様

7月19日（土）の夏まつりで、ヨーヨー釣りと受付のお手伝いをしてくださる方を募集しています。
9:00～11:00、もしくは11:00～13:00のどちらか1時間でも大歓迎です。
6月30日までにこのメールへご返信ください。

{SIG_SK}
""")

M("D-H8", "hold", "personal.complaint",
  "A neighbour's complaint with name, address and phone forwarded to the construction contractor.",
  MU, ["大地建設 現場代理人 北村様 <kitamura@daichi-kensetsu.co.jp>"],
  "Fw: 工事騒音についてのご意見",
  f"""
北村様

お世話になっております。みどりの森の村井です。
園舎増築工事について、近隣の方から下記のご意見をいただきました。
直接ご説明に伺っていただけますでしょうか。

{SIG_MU}

---------- Forwarded message ---------
From: 園ホームページ お問い合わせフォーム
お名前：五十嵐 昭夫
ご住所：埼玉県朝霞市本町3-14-9
電話番号：048-555-3987
内容：毎朝7時半からの重機の音で、夜勤明けの妻が眠れません。開始時間を9時にしてもらえませんか。返事がなければ市役所に言います。
""", personal=[("name", "五十嵐 昭夫"), ("address", "埼玉県朝霞市本町3-14-9"), ("phone", "048-555-3987")])

M("D-H9", "hold", "sensitive.crime_victim",
  "Only the quoted internal note reveals a child's DV protection order, forwarded to the bus company.",
  SK, ["みなと交通 送迎担当 <sougei@minato-kotsu.co.jp>"],
  "Re: 6月からの送迎ルート変更について",
  f"""
みなと交通 ご担当者様

お世話になっております。ひだまり保育園の佐伯です。
ルート案、ありがとうございました。Bルートで問題ございません。
あわせて、下記の件もご対応をお願いいたします（園内の連絡をそのまま転送します）。

{SIG_SK}

> 園長
> 6月から送迎バスに乗る 長野 結衣ちゃん（すみれ組）の件です。
> 父親（長野 剛）にはDVによる保護命令（接近禁止）が出ています。
> 父親がバス停に来ても絶対に引き渡さないよう、運転手さんにも伝えてください。
> 小野寺
""", personal=[("name", "長野 結衣"), ("name", "長野 剛"), ("crime_victim", "DVによる保護命令（接近禁止）")])
