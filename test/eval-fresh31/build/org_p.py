# 株式会社 東雲印刷
SIG_ISHIDA = """
―――――――――――――――――――――――――
株式会社 東雲印刷（しののめいんさつ）
営業部 第二課 石田 浩二
〒135-0062 東京都江東区東雲一丁目9番15号
TEL 03-3529-6621（代） FAX 03-3529-6630
携帯 080-4471-0936
ishida@shinonome-insatsu.co.jp
https://www.shinonome-insatsu.co.jp
―――――――――――――――――――――――――"""
SIG_MIURA = """
--
東雲印刷 制作部 DTPグループ
三浦 彩
TEL 03-3529-6625（制作部直通）
miura@shinonome-insatsu.co.jp"""
SIG_NOGUCHI = """
――――――――――――――――
株式会社 東雲印刷 総務部
野口 美紀
TEL 03-3529-6621 内線 210
noguchi@shinonome-insatsu.co.jp
――――――――――――――――"""
F_ISHIDA = "東雲印刷 石田 <ishida@shinonome-insatsu.co.jp>"
F_MIURA = "三浦 彩 <miura@shinonome-insatsu.co.jp>"
F_NOGUCHI = "野口 美紀 <noguchi@shinonome-insatsu.co.jp>"

MAILS = []
def add(**k): MAILS.append(k)

add(expect="pass", kind="benign.proof_jan",
    why="パッケージの校正送付。受注番号・JANコードのみで個人情報はない。",
    **{"from": F_MIURA}, to=["株式会社はるかぜ製菓 商品企画部 戸田 様 <toda@harukaze-seika.co.jp>"],
    cc=[F_ISHIDA],
    subject="【校正2回目】いちごサブレ 12枚入 化粧箱（受注No. 25-0714-082）",
    text="""はるかぜ製菓 戸田様

いつもお世話になっております。東雲印刷 制作部の三浦です。
初校でいただいた赤字を反映した再校PDFをお送りします。

修正箇所：
・JANコードを 4580123450013 → 4580123450020 に差し替え（12枚入用）
・栄養成分表示の「食塩相当量」0.3g → 0.4g
・賞味期限表示欄の位置を右側面に移動
・特色（DIC 156）の網点を50%→40%

バーコードは念のため読取検証済み（グレードA）です。
ご確認のうえ、7/28(月)までに校了のご連絡をいただけますと、8/8納品に間に合います。
""" + SIG_MIURA,
    attachments=[{"filename": "25-0714-082_再校.pdf", "contentType": "application/pdf",
                  "text": """いちごサブレ 12枚入
名称 焼菓子 原材料名 小麦粉、砂糖、バター、いちごパウダー…
内容量 12枚 賞味期限 側面に記載 保存方法 直射日光、高温多湿を避けて保存
製造者 株式会社はるかぜ製菓 静岡県浜松市中央区高塚町88-2
4580123450020
再校 25-0714-082 東雲印刷 2025.07.22"""}])

add(expect="pass", kind="benign.business_card_proof",
    why="名刺の校正を本人の所属会社の担当者に送付。業務上の連絡先のみ。",
    **{"from": F_MIURA}, to=["株式会社エバーグリーン設計 総務部 宮本 様 <miyamoto@evergreen-sekkei.co.jp>"],
    subject="名刺校正（新任者3名分）",
    text="""宮本様

お世話になっております。東雲印刷の三浦です。
8月1日着任の皆さまの名刺校正をお送りします。

1. 設計部 主任　相沢 亮太 様　TEL 03-5789-2201／r.aizawa@evergreen-sekkei.co.jp
2. 設計部　　　　森 千尋 様　　TEL 03-5789-2202／c.mori@evergreen-sekkei.co.jp
3. 営業部 課長　久保 大輔 様　携帯 080-3317-5520／d.kubo@evergreen-sekkei.co.jp

久保様の裏面の資格表記「一級建築士 第362118号」はご指示どおり入れております。
各100枚、7/30(水)発送予定です。
""" + SIG_MIURA)

add(expect="pass", kind="benign.form_example",
    why="年賀状テンプレートの見本。差出人は架空の見本名。",
    **{"from": F_ISHIDA}, to=["ハローフォト新宿店 店長 荒井 様 <arai@hello-photo.jp>"],
    subject="2026年 年賀状デザイン見本（店頭用）",
    text="""荒井店長

いつもありがとうございます。石田です。
来年用の年賀状デザイン見本を、店頭サンプル用に24種お送りします。
差出人欄は例年どおり見本名で入れています。

　見本：〒000-0000 東京都○○区○○町1-2-3　東雲 太郎・花子・さくら（5歳）
　※写真入りタイプは当社社員の家族写真ではなく、素材サイトの写真を使用

受付開始は10月15日、早割は11月30日受付分までです。
見本帳（冊子）は50部、9月末にお届けします。
""" + SIG_ISHIDA)

add(expect="pass", kind="benign.shipping_tracking",
    why="出荷案内。送り状番号・受注番号のみ。",
    **{"from": F_ISHIDA}, to=["有限会社ブックス風見 仕入部 <shiire@books-kazami.co.jp>"],
    subject="出荷のご案内（受注No. 25-0709-031）",
    text="""ブックス風見 仕入部 御中

東雲印刷の石田です。本日、下記のとおり出荷いたしました。

受注No.：25-0709-031　「江東区まち歩きマップ2025」 A2折 3,000部
運送会社：ヤマト運輸
送り状番号：4381-2207-6615、4381-2207-6626（2個口）
お届け予定：7月24日(木) 午前中

着荷後、部数のご確認をお願いいたします。
""" + SIG_ISHIDA)

add(expect="pass", kind="benign.health_check_booking_aggregate",
    why="健康経営の一環で健診機関に社員健診の枠を予約。人数などの集計のみ。",
    **{"from": F_NOGUCHI}, to=["江東メディカル健診センター 法人窓口 <houjin@koto-kenshin.jp>"],
    subject="2025年度 定期健康診断の予約（東雲印刷）",
    text="""江東メディカル健診センター 法人窓口 ご担当者様

いつもお世話になっております。東雲印刷 総務部の野口です。
今年度の定期健康診断について、下記の枠で予約をお願いいたします。

事業所番号：K-20871
受診予定人数：62名（うち35歳・40歳以上の法定項目対象 41名、オプション胃カメラ希望 12名）
希望日：10月7日(火)・8日(水)・9日(木) 各日 8:30〜11:00
特殊健診（有機溶剤）：印刷工程の対象者 18名

当社は健康経営優良法人の認定を目指しており、受診率100%を目標にしています。
受診票は個人宛てにお送りいただく形で問題ありません。
""" + SIG_NOGUCHI)

add(expect="pass", kind="benign.invoice_corporate_account",
    why="請求書送付。振込先は当社の法人口座。",
    **{"from": F_NOGUCHI}, to=["株式会社はるかぜ製菓 経理課 <keiri@harukaze-seika.co.jp>"],
    subject="7月度ご請求書の送付",
    text="""株式会社はるかぜ製菓 経理課 御中

7月度のご請求書をお送りいたします。

請求書番号：SNI-2507-0193
ご請求額：1,287,440円（税込）
お支払期限：2025年8月31日
お振込先：三井住友銀行 豊洲支店 当座 0318824 カ）シノノメインサツ
適格請求書発行事業者登録番号：T6010601024417

ご不明点は総務部 野口までお問い合わせください。
""" + SIG_NOGUCHI)

add(expect="pass", kind="benign.it_outage",
    why="入稿サーバーの障害と復旧の案内。ウイルス感染なしの報告を含むが個人情報なし。",
    **{"from": F_MIURA}, to=["東雲印刷 お客様窓口 <info@shinonome-insatsu.co.jp>"],
    bcc=["toda@harukaze-seika.co.jp", "miyamoto@evergreen-sekkei.co.jp", "shiire@books-kazami.co.jp",
         "arai@hello-photo.jp", "sato@studio-nagi.jp"],
    subject="【復旧】入稿用ファイル転送サービスの障害について",
    text="""お客様各位

いつも東雲印刷をご利用いただきありがとうございます。
7月22日 9:15〜13:40、当社の入稿用ファイル転送サービス（SNI Upload）に障害が発生し、
アップロードができない状態となっておりました。現在は復旧しております。

原因はストレージ装置の故障で、外部からの不正アクセスやウイルス感染によるものではありません。
障害時間中にアップロードを試みられたお客様は、お手数ですが再度のご入稿をお願いいたします。

ご迷惑をおかけし申し訳ございませんでした。
""" + SIG_MIURA)

add(expect="pass", kind="benign.project_two_companies",
    why="クライアントとデザイン会社の担当者数名（2社）を交えた進行連絡。",
    **{"from": F_ISHIDA}, to=["はるかぜ製菓 戸田 様 <toda@harukaze-seika.co.jp>", "はるかぜ製菓 小野寺 様 <onodera@harukaze-seika.co.jp>"],
    cc=["スタジオ凪 佐藤 様 <sato@studio-nagi.jp>", "スタジオ凪 藤井 様 <fujii@studio-nagi.jp>", F_MIURA],
    subject="Re: 秋の新商品パンフレット 進行スケジュール",
    text="""戸田様、小野寺様
スタジオ凪 佐藤様、藤井様

いつもお世話になっております。東雲印刷の石田です。
昨日の打合せを受けて、スケジュールを引き直しました。

・8/4（月）スタジオ凪様より完全データ入稿
・8/6（水）東雲印刷より色校（本紙・2部）送付
・8/8（金）はるかぜ製菓様 色校戻し
・8/12（火）校了
・8/20（水）納品（本社 1,500部／浜松工場 500部）

藤井様からご相談のあった表紙の特殊加工（エンボス＋箔押し）は、
お見積りを別途お送りします。納期が2日延びる可能性があります。

>（戸田様）8/20納品は動かせないので、逆算でお願いします。
""" + SIG_ISHIDA)

add(expect="pass", kind="benign.historical_person",
    why="社史制作で創業者（故人・歴史上の人物）の経歴を扱う打合せ。",
    **{"from": F_ISHIDA}, to=["株式会社丸清酒造 社史編纂室 清水 様 <shimizu@marusei-shuzo.co.jp>"],
    subject="社史『百五十年のあゆみ』 第1章 原稿の件",
    text="""清水様

お世話になっております。石田です。
第1章の原稿、拝読しました。創業者 清水 清右衛門翁（文政11年生〜明治35年没）の
酒蔵再建のくだりは大変読み応えがありました。

何点か確認させてください。
1. 明治24年の濃尾地震で蔵が倒壊したとの記述、県史の記載（明治24年10月）と一致しています。
2. 二代目 清水 清太郎氏の肖像写真（明治40年頃）は、原板がお手元にあれば高精細スキャンします。
3. 「当時の杜氏・越後の人々」の写真キャプションは、個人名を出さない方向で問題ないでしょうか。

次回の編纂会議（8/6）で、レイアウト案もお持ちします。
""" + SIG_ISHIDA)

add(expect="pass", kind="benign.vehicle_number",
    why="納品車両のナンバーと運転手の会社名を入館手続きのために伝えるもの。個人の識別番号ではない。",
    **{"from": F_NOGUCHI}, to=["豊洲フロントタワー 防災センター <bousai@toyosu-front-tower.jp>"],
    subject="7/25 搬入車両の入館申請（株式会社エバーグリーン設計様 18F）",
    text="""防災センター ご担当者様

東雲印刷の野口です。7/25の搬入について入館申請をお願いいたします。

日時：7月25日(金) 9:30〜10:30
納品先：18F 株式会社エバーグリーン設計 様
車両：品川 400 あ 12-34（2tトラック、高さ 2.9m）
作業員：2名（東雲印刷 配送課）
搬入物：カタログ 40箱（台車使用）

搬入口の予約番号：FT-0725-112
""" + SIG_NOGUCHI)

# ---------- HOLD ----------
add(expect="hold", kind="list.mailing_addresses",
    why="DM宛名データ（個人顧客の氏名・住所・電話・購入額）を封入封緘の外注先に送っている。",
    **{"from": F_ISHIDA}, to=["株式会社メールプロ東京 作業課 <sagyou@mailpro-tokyo.co.jp>"],
    subject="宛名データ送付（はるかぜ製菓 お得意様DM 9月号）",
    text="""メールプロ東京 作業課 御中

お世話になっております。東雲印刷の石田です。
はるかぜ製菓様DMの宛名データ（全2,340件）をお送りします。
宛名ラベル出力後、封入封緘・郵便局差出までお願いいたします。

データの冒頭を貼っておきます（列：顧客ID,氏名,郵便番号,住所,電話,累計購入額）
HK00012,長田 貴子,431-3125,浜松市中央区半田山三丁目22-6,053-434-7781,148200
HK00019,柳沢 真一,420-0831,静岡市葵区水落町8-14,090-6652-3308,96500
HK00027,松岡 千里,112-0012,東京都文京区大塚五丁目3-11-402,080-1129-4473,212700
""" + SIG_ISHIDA,
    attachments=[{"filename": "HK_DM_2509.csv", "contentType": "text/csv",
                  "text": """顧客ID,氏名,郵便番号,住所,電話,累計購入額
HK00012,長田 貴子,431-3125,浜松市中央区半田山三丁目22-6,053-434-7781,148200
HK00019,柳沢 真一,420-0831,静岡市葵区水落町8-14,090-6652-3308,96500
HK00027,松岡 千里,112-0012,東京都文京区大塚五丁目3-11-402,080-1129-4473,212700
HK00031,石原 康之,438-0078,磐田市中泉2-9-1,0538-32-5517,54300
"""}],
    personal=[{"type": "name", "value": "柳沢 真一"}, {"type": "address", "value": "静岡市葵区水落町8-14"},
              {"type": "phone", "value": "090-6652-3308"}, {"type": "name", "value": "松岡 千里"}])

add(expect="hold", kind="attachment.encrypted_zip",
    why="宛名リストをパスワード付きZIP（PPAP）で顧客に返送している。",
    **{"from": F_MIURA}, to=["ハローフォト新宿店 荒井 様 <arai@hello-photo.jp>"],
    subject="年賀状 宛名印刷データ（確認用）",
    text="""荒井店長

宛名印刷の確認用データをお送りします。
パスワードは別途お電話でお伝えします。

三浦""",
    attachments=[{"filename": "atena_check_1215.zip", "contentType": "application/zip", "encrypted": True}])

add(expect="hold", kind="personal.skill_sheet",
    why="フリーランスDTPオペレーターのスキルシート（住所・生年月日・携帯・経歴）をクライアントに転送している。",
    **{"from": F_ISHIDA}, to=["スタジオ凪 佐藤 様 <sato@studio-nagi.jp>"],
    subject="常駐オペレーターのご紹介（スキルシート）",
    text="""佐藤様

お世話になっております。石田です。
ご依頼の常駐DTPオペレーターの件、当社でお付き合いのある方をご紹介します。
スキルシートを添付しますのでご検討ください。
""" + SIG_ISHIDA,
    attachments=[{"filename": "skillsheet_kanzaki.docx", "contentType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "text": """スキルシート
氏名 神崎 美穂（カンザキ ミホ）　女性　1989年7月3日生（36歳）
住所 千葉県浦安市富岡三丁目4番7-205
携帯 090-2876-4410　メール miho.kanzaki.dtp@gmail.com
最寄駅 JR京葉線 新浦安駅
経歴
2012-2018 株式会社アサヒ製版 DTPオペレーター（雑誌・カタログ）
2018-現在 フリーランス
スキル InDesign（10年）、Illustrator、Photoshop、Acrobat Pro、XMF
希望単価 月額48万円（週5日）
家族 夫、長男（4歳）※保育園送迎のため18時までの勤務希望"""}],
    personal=[{"type": "name", "value": "神崎 美穂"}, {"type": "address", "value": "千葉県浦安市富岡三丁目4番7-205"},
              {"type": "phone", "value": "090-2876-4410"}, {"type": "birthdate", "value": "1989年7月3日"}])

add(expect="hold", kind="id.mynumber_freelancer",
    why="外注先フリーランスのマイナンバーを支払調書作成のため税理士に本文で送っている。",
    **{"from": F_NOGUCHI}, to=["豊洲会計事務所 税理士 大森 様 <omori@toyosu-kaikei.jp>"],
    subject="支払調書作成用 外注先情報（追加1名）",
    text="""大森先生

いつもお世話になっております。総務の野口です。
支払調書の作成対象に1名追加がありますので、情報をお送りします。

氏名：神崎 美穂
住所：千葉県浦安市富岡三丁目4番7-205
個人番号：529304871629
支払金額（2025年分見込み）：2,880,000円（源泉徴収税額 294,048円）

本人確認書類の写しは、次回訪問時に原本と照合いただく形でお願いします。
""" + SIG_NOGUCHI,
    personal=[{"type": "mynumber", "value": "529304871629"}, {"type": "name", "value": "神崎 美穂"},
              {"type": "address", "value": "千葉県浦安市富岡三丁目4番7-205"}])

add(expect="hold", kind="personal.payslip_wrong_party",
    why="見積書を送るつもりで、社員の給与明細PDFを顧客に添付してしまっている（本文は見積の案内）。",
    **{"from": F_ISHIDA}, to=["丸清酒造 清水 様 <shimizu@marusei-shuzo.co.jp>"],
    subject="社史 印刷製本のお見積り",
    text="""清水様

お世話になっております。石田です。
社史『百五十年のあゆみ』の印刷製本のお見積りを添付いたします。
上製本（布クロス・箔押し・函入り）、A4判 320ページ、800部での算出です。

ご不明な点がございましたらお知らせください。
""" + SIG_ISHIDA,
    attachments=[{"filename": "見積書_0722.pdf", "contentType": "application/pdf",
                  "text": """給与明細書 2025年6月分
株式会社東雲印刷
社員番号 0412　氏名 石田 浩二 様　所属 営業部第二課
基本給 312,000　営業手当 30,000　時間外手当 41,860　通勤手当 14,200
総支給額 398,060
健康保険 19,680　厚生年金 36,600　雇用保険 2,388　所得税 10,340　住民税 21,500
控除合計 90,508
差引支給額 307,552
振込先 みずほ銀行 門前仲町支店 普通 3328107"""}],
    personal=[{"type": "name", "value": "石田 浩二"}, {"type": "salary", "value": "差引支給額 307,552"},
              {"type": "bank_account", "value": "みずほ銀行 門前仲町支店 普通 3328107"}])

add(expect="hold", kind="recipients.visible_customers",
    why="展示会の招待を11社・個人の外部アドレスをToに並べて送っている。",
    **{"from": F_ISHIDA},
    to=["toda@harukaze-seika.co.jp", "miyamoto@evergreen-sekkei.co.jp", "shiire@books-kazami.co.jp",
        "arai@hello-photo.jp", "sato@studio-nagi.jp", "shimizu@marusei-shuzo.co.jp",
        "kondo@kondo-kougei.co.jp", "info@yumeya-wagashi.jp", "h.sakamoto@sakamoto-design.jp",
        "mika.tsuji.design@gmail.com", "press@koto-kanko.or.jp"],
    subject="【ご招待】page2026 東雲印刷ブースのご案内",
    text="""お客様各位

いつも格別のお引き立てをいただき、ありがとうございます。
来年2月の「page2026」に、当社も出展いたします。

会場：池袋サンシャインシティ 展示ホールB　ブース番号 B-27
会期：2026年2月4日(水)〜6日(金) 10:00〜17:00
展示内容：小ロット箔押し、環境配慮型パッケージ（FSC認証紙・バイオマスインキ）

ご来場の際は、事前登録のうえ受付でこのメールをご提示ください。
皆さまのお越しを心よりお待ちしております。
""" + SIG_ISHIDA)

add(expect="hold", kind="sensitive.medical_injury",
    why="労災事故の報告で、社員の負傷内容と糖尿病の既往を保険会社に実名で伝えている。",
    **{"from": F_NOGUCHI}, to=["東京みらい損害保険 法人営業部 有村 様 <arimura@tokyo-mirai-sonpo-ex.co.jp>"],
    subject="事故のご報告（使用者賠償責任保険）",
    text="""有村様

いつもお世話になっております。東雲印刷 総務部の野口です。
本日、工場で事故が発生しましたのでご報告いたします。

発生日時：7月23日(水) 14:20頃
場所：東雲工場 断裁機（ポーラー115）
被災者：製造部 加藤 雅也（46歳）
状況：断裁後の紙揃え中に右手人差し指を挟み、第一関節付近を裂傷。江東病院で7針縫合。
　　　本人は糖尿病の持病があり、傷の治りが遅い可能性があると医師から説明あり。
　　　2週間程度の休業見込み。

労基署への報告は当社で行います。保険請求に必要な書類をご教示ください。
""" + SIG_NOGUCHI,
    personal=[{"type": "name", "value": "加藤 雅也"}, {"type": "medical", "value": "糖尿病の持病"},
              {"type": "injury", "value": "右手人差し指を挟み、第一関節付近を裂傷"}])

add(expect="hold", kind="sensitive.health_check_subject",
    why="件名にだけ社員名と健診の再検査項目（γ-GTP高値・血糖）が書かれ、外部のクリニックに送られている。",
    **{"from": F_NOGUCHI}, to=["東雲ファミリークリニック 受付 <uketsuke@shinonome-family-cl.jp>"],
    subject="再検査予約の件：林 俊彦（γ-GTP高値・空腹時血糖 要精密検査）",
    text="""東雲ファミリークリニック 受付ご担当者様

いつもお世話になっております。東雲印刷 総務部の野口です。
弊社社員1名の再検査のご予約をお願いしたく、ご連絡いたしました。

希望日：8月5日(火)または8月7日(木)の午前
本人には予約が取れ次第、私から連絡いたします。

よろしくお願いいたします。
""" + SIG_NOGUCHI,
    personal=[{"type": "name", "value": "林 俊彦"}, {"type": "health_check", "value": "γ-GTP高値・空腹時血糖 要精密検査"}])

add(expect="hold", kind="sensitive.disability_quoted",
    why="人材紹介会社への返信で、候補者が身体障害者手帳4級であることを書いた候補者のメールが引用されたまま残っている。",
    **{"from": F_NOGUCHI}, to=["キャリアブリッジ株式会社 コンサルタント 飯田 様 <iida@careerbridge-ex.jp>"],
    subject="Re: 面接日程のご相談（制作部 DTP職）",
    text="""飯田様

お世話になっております。野口です。
面接は8月6日(水) 14:00で確定とさせてください。当日は制作部長の三宅と三浦が同席します。

---- 2025/07/21 18:02 飯田様より ----
> 野口様
> 候補者の原 由香里様より、下記のメッセージを預かっております。
>
> 「面接の機会をいただきありがとうございます。事前にお伝えしておきたいのですが、
>  私は右耳に聴覚障害があり、身体障害者手帳4級を持っています。
>  会議では左側に座らせていただけると助かります。」
>
> 日程は8/6 14:00か8/7 10:00でいかがでしょうか。
> キャリアブリッジ 飯田
""" + SIG_NOGUCHI,
    personal=[{"type": "name", "value": "原 由香里"}, {"type": "disability", "value": "右耳に聴覚障害があり、身体障害者手帳4級"}])

add(expect="hold", kind="id.drivers_licence",
    why="入館手続きのため契約ドライバーの運転免許証番号と生年月日をビル管理会社に送っている。",
    **{"from": F_NOGUCHI}, to=["豊洲フロントタワー 防災センター <bousai@toyosu-front-tower.jp>"],
    subject="Re: 7/25 搬入車両の入館申請（運転者情報の追加）",
    text="""防災センター ご担当者様

野口です。先ほどお電話でご指示いただいた運転者情報を追加でお送りします。

運転者：吉村 拓真（業務委託ドライバー）
生年月日：1994年1月28日
運転免許証番号：第 3014 2287 5510 号
免許の色：ゴールド

当日は免許証原本を持参させます。よろしくお願いいたします。
""" + SIG_NOGUCHI,
    personal=[{"type": "drivers_licence", "value": "3014 2287 5510"}, {"type": "name", "value": "吉村 拓真"},
              {"type": "birthdate", "value": "1994年1月28日"}])
