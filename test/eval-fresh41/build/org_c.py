# Org C: 株式会社緑ヶ丘自動車学校 (driving school)
OKAWA = "大川 修 <o.okawa@midorigaoka-ds.example.jp>"
FUJITA = "藤田 恵美 <e.fujita@midorigaoka-ds.example.jp>"

SIG_OKAWA = """
――――――――――
緑ヶ丘自動車学校（公安委員会指定）
教務課長 大川 修
〒350-1100 埼玉県川越市緑ヶ丘町2-5-1
TEL 049-000-3311 FAX 049-000-3319
o.okawa@midorigaoka-ds.example.jp
――――――――――"""

SIG_FUJITA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
株式会社緑ヶ丘自動車学校 事務局
藤田 恵美（ふじた えみ）
TEL 049-000-3300（受付 9:00〜20:00）
e.fujita@midorigaoka-ds.example.jp
https://www.midorigaoka-ds.example.jp/
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

MAILS = []
def add(**k): MAILS.append(k)

# ---------------- HOLDS ----------------
add(org="C", expect="hold", kind="list.scores", loc="body",
    why="Sends a high school a table of named students with their phones, exam scores and progress.",
    frm=OKAWA, to=["進路指導部 石田先生 <ishida@kawagoe-kita-hs.example.ed.jp>"],
    subject="在校生の教習進捗について（10月15日現在）",
    text="""川越北高等学校
進路指導部 石田 先生

いつもお世話になっております。緑ヶ丘自動車学校の大川です。
卒業前入校の生徒さんの進捗について、ご依頼のとおりお知らせします。

氏名	携帯	段階	仮免学科	効果測定
青木 颯太	090-0000-4120	第二段階	92点	88点
井上 心愛	080-0000-5573	第一段階	―	64点（再受験）
宇野 蓮	090-0000-0318	第二段階	90点	95点
遠藤 結菜	070-0000-8841	第一段階	―	未受験

井上さんは効果測定の不合格が続いておりますので、ご家庭からもお声がけいただけると幸いです。
""" + SIG_OKAWA,
    personal=[{"type":"name","value":"井上 心愛"},{"type":"phone","value":"080-0000-5573"},{"type":"score","value":"64点（再受験）"},{"type":"name","value":"青木 颯太"}])

add(org="C", expect="hold", kind="sensitive.health", loc="body",
    why="Tells the licensing centre a named student's epilepsy history and medication.",
    frm=OKAWA, to=["適性試験係 <tekisei@saitama-menkyo.example.lg.jp>"],
    subject="運転適性相談の事前連絡",
    text="""埼玉県運転免許センター
適性試験係 ご担当者様

緑ヶ丘自動車学校 教務課の大川です。
当校で入校を希望している方について、運転適性相談を受けていただきたく事前にご連絡いたします。

　氏名：野村 悠真（19歳）
　申告内容：てんかん（17歳時に最終発作）、現在 バルプロ酸 服用中
　主治医の診断書：取得済み（発作なし2年の記載あり）

ご本人は11月の平日午前を希望しております。必要書類をご教示ください。
""" + SIG_OKAWA,
    personal=[{"type":"name","value":"野村 悠真"},{"type":"diagnosis","value":"てんかん（17歳時に最終発作）"}])

add(org="C", expect="hold", kind="list.roster", loc="attachment",
    why="The attached XLSX lists boot-camp students with birth dates, home addresses and phones, sent to a travel agency; the body gives no hint.",
    frm=FUJITA, to=["団体旅行課 <dantai@musashi-travel.example.jp>"],
    subject="12月合宿プランの件",
    text="""武蔵トラベル 団体旅行課 ご担当者様

お世話になっております。緑ヶ丘自動車学校の藤田です。
12月合宿プランについて、資料をお送りします。
ご確認よろしくお願いいたします。
""" + SIG_FUJITA,
    attachments=[{"filename":"gasshuku_202412.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "text":"""[12月第1クール]
No	氏名	生年月日	住所	電話	宿舎
1	大塚 隼人	2005/04/18	群馬県高崎市八千代町3-2-9	090-0000-7712	ホテルA
2	片山 美羽	2004/11/02	栃木県小山市城東5-14-1	080-0000-2093	ホテルA
3	Kim Minseo	2003/08/27	東京都新宿区大久保1-8-15-304	070-0000-6658	ホテルB
4	小池 大輝	2006/01/30	茨城県古河市本町2-7-22	090-0000-3140	ホテルB"""}],
    personal=[{"type":"name","value":"片山 美羽"},{"type":"birth_date","value":"2004/11/02"},{"type":"address","value":"群馬県高崎市八千代町3-2-9"}])

add(org="C", expect="hold", kind="attachment.encrypted_zip", loc="zip",
    why="Carries a password-protected zip (PPAP) to a corporate client.",
    frm=FUJITA, to=["人事部 研修担当 <kenshu@kawagoe-logi.example.jp>"],
    subject="企業研修（安全運転講習）修了報告書",
    text="""川越ロジスティクス株式会社
人事部 研修ご担当者様

先日は安全運転講習にご参加いただき、ありがとうございました。
修了報告書をお送りいたします。パスワードは追ってご連絡します。
""" + SIG_FUJITA,
    attachments=[{"filename":"修了報告書_20241012.zip","contentType":"application/zip","encrypted":True}])

add(org="C", expect="hold", kind="id.residence_card", loc="subject",
    why="The subject line carries a named student's residence-card number; the body only confirms receipt.",
    frm=FUJITA, to=["行政書士 荒木事務所 <araki-gyosei@example.ne.jp>"],
    subject="入校手続き書類受領：Tran Thi Lan 様 在留カード番号 UH48217360FA",
    text="""荒木先生

いつもお世話になっております。緑ヶ丘自動車学校の藤田です。
標記の件、書類一式を受領いたしました。
入校式は11月2日（土）9:30からとなります。ご本人へのお伝えをお願いいたします。
""" + SIG_FUJITA,
    personal=[{"type":"name","value":"Tran Thi Lan"},{"type":"residence_card","value":"UH48217360FA"}])

add(org="C", expect="hold", kind="sensitive.health", loc="body",
    why="Tells one student's parent that a named instructor has tested COVID-positive (a third person's infection).",
    frm=OKAWA, to=["遠藤 由香 <yuka.endo.77@yahoo.co.jp>"],
    subject="Re: 本日の技能教習について",
    text="""遠藤 由香 様

お問い合わせありがとうございます。緑ヶ丘自動車学校の大川です。

ご心配をおかけして申し訳ございません。
結菜さんが昨日（10/16）15時限目に受けた技能教習の担当指導員 山崎 和也 が、
本日 新型コロナウイルス陽性 と判明いたしました。
教習車は毎回消毒しておりますが、念のため数日間は体調にご注意ください。

結菜さんの次回以降の教習は、別の指導員で予約を振り替えております。
""" + SIG_OKAWA,
    personal=[{"type":"name","value":"山崎 和也"},{"type":"infection","value":"新型コロナウイルス陽性"}])

add(org="C", expect="hold", kind="id.drivers_licence", loc="body",
    why="Sends an employer the graduates' names with their driver's licence numbers.",
    frm=FUJITA, to=["総務課 佐野様 <sano@sakado-kensetsu.example.jp>"],
    subject="中型免許取得者のご報告",
    text="""坂戸建設株式会社
総務課 佐野様

お世話になっております。緑ヶ丘自動車学校 事務局の藤田です。
法人契約で受講いただいた社員様のうち、下記2名が中型免許を取得されました。

・桑原 一輝 様　免許証番号 301702558140　取得日 10/08
・三浦 涼介 様　免許証番号 301911463025　取得日 10/11

助成金申請用の受講証明書は、郵送にてお送りいたします。
""" + SIG_FUJITA,
    personal=[{"type":"name","value":"桑原 一輝"},{"type":"drivers_licence","value":"301702558140"},{"type":"drivers_licence","value":"301911463025"}])

add(org="C", expect="hold", kind="personal.neighbour_complaint", loc="body",
    why="Passes a neighbour's name, address, phone and complaint to a construction contractor.",
    frm=OKAWA, to=["工事部 久保様 <kubo@shinwa-kenso.example.jp>"],
    subject="防音フェンス工事の件（近隣からのご要望）",
    text="""新和建装株式会社 工事部 久保様

お世話になっております。大川です。
コース北側の防音フェンス工事について、近隣の方から要望が寄せられました。
工事前に直接ご説明に伺っていただけますでしょうか。

　ご氏名：森田 功 様（78歳、奥様と二人暮らし）
　ご住所：川越市緑ヶ丘町2-9-14
　お電話：049-000-6627（日中はご在宅）
　ご要望：「坂道発進の空ぶかしが寝室まで響く。フェンスは高くしてほしいが、日当たりが悪くならないか心配」

先方はかなりご立腹ですので、丁寧にご対応いただければ幸いです。
""" + SIG_OKAWA,
    personal=[{"type":"name","value":"森田 功"},{"type":"address","value":"川越市緑ヶ丘町2-9-14"},{"type":"phone","value":"049-000-6627"}])

add(org="C", expect="hold", kind="sensitive.disability", loc="quoted",
    why="The top note only asks for an interpreter quote, but the forwarded application gives a named student's hearing disability grade.",
    frm=FUJITA, to=["手話通訳派遣センター <haken@saitama-shuwa.example.or.jp>"],
    subject="FW: 入校申込（通訳派遣のご相談）",
    text="""さいたま手話通訳派遣センター 御中

緑ヶ丘自動車学校の藤田です。
学科教習での手話通訳派遣について、お見積りをお願いできますでしょうか。
申込内容を下に転送します。

-------- Forwarded Message --------
件名：入校申込
差出人：Webフォーム

お名前：坂井 陸斗
年齢：22
特記事項：聴覚障害（身体障害者手帳 2級）。補聴器使用でも会話の聞き取りは困難です。
　　　　　学科は手話通訳を希望します。技能教習は筆談で対応してほしいです。
希望開始日：11月上旬
""" + SIG_FUJITA,
    personal=[{"type":"name","value":"坂井 陸斗"},{"type":"disability","value":"聴覚障害（身体障害者手帳 2級）"}])

add(org="C", expect="hold", kind="sensitive.criminal", loc="body",
    why="Tells a volunteer probation officer that a named minor student is under probation, with his attendance.",
    frm=OKAWA, to=["保護司 中島 昭 様 <akira.nakajima.hogoshi@nifty.example.com>"],
    subject="教習の受講状況について",
    text="""中島 昭 様

いつもお世話になっております。緑ヶ丘自動車学校の大川です。
先日お電話でご相談いただいた 今井 翔 くん（18歳）の受講状況をお知らせします。

保護観察中 であることは教務課内の一部の者のみが承知しております。
9月の入校以降、予約した教習は全て出席しており、遅刻もありません。
第一段階のみきわめは10月中に終えられる見込みです。

なお、家庭裁判所での審判以前の無免許運転の件については、当校として特に問題にしておりませんので、ご安心ください。
""" + SIG_OKAWA,
    personal=[{"type":"name","value":"今井 翔"},{"type":"criminal","value":"保護観察中"}])

# ---------------- PASSES ----------------
add(org="C", expect="pass", kind="benign.corporate_training_contract",
    why="Corporate training contract terms with the client's HR contacts named; no trainee data.",
    frm=FUJITA, to=["人事部 研修担当 <kenshu@kawagoe-logi.example.jp>"],
    subject="来年度 安全運転講習のお見積り",
    text="""川越ロジスティクス株式会社
人事部 研修ご担当 竹内様

いつもお世話になっております。緑ヶ丘自動車学校の藤田です。
来年度の安全運転講習について、以下のとおりお見積りいたします。

・対象：新任ドライバー（年4回、各回10名まで）
・内容：座学90分（ヒヤリハット事例）＋ 構内実技120分（死角確認、後退時の安全確認）
・費用：1回あたり 165,000円（税込）
・会場：当校 第2教室・第1コース

ご検討のほどよろしくお願いいたします。
""" + SIG_FUJITA)

add(org="C", expect="pass", kind="benign.to_data_subject",
    why="Congratulates a graduate herself, giving her own student number and next steps.",
    frm=FUJITA, to=["片桐 ひかり <hikari.katagiri@ezweb.example.ne.jp>"],
    subject="卒業検定 合格おめでとうございます",
    text="""片桐 ひかり 様

卒業検定の合格、おめでとうございます！
緑ヶ丘自動車学校 事務局の藤田です。

　教習生番号：MG-24-1187
　卒業証明書 交付日：10月18日（金）
　有効期限：2025年10月17日（1年以内に運転免許センターで学科試験を受けてください）

卒業証明書は受付でお渡しします。ご本人確認のため、入校時にお渡しした教習原簿カードをお持ちください。
安全運転で素敵なカーライフを！
""" + SIG_FUJITA)

add(org="C", expect="pass", kind="benign.vehicle_numbers",
    why="Lists training-car plate numbers and mileage for a maintenance shop; vehicle numbers are not personal.",
    frm=OKAWA, to=["サービス課 <service@tanaka-motors.example.jp>"],
    subject="教習車 12か月点検の予約",
    text="""田中モータース株式会社 サービス課 御中

緑ヶ丘自動車学校 大川です。
下記教習車の12か月点検をお願いします。

車番	車両	走行距離	備考
所沢 500 ゆ 10-21	カローラ AT	48,210km	補助ブレーキ異音
所沢 500 ゆ 10-22	カローラ MT	52,874km	
所沢 500 ゆ 10-25	カローラ AT	31,406km	エアコン効き弱い
所沢 130 う 33-08	中型トラック	88,932km	

11月第2週の土日以外でお願いできれば助かります。
""" + SIG_OKAWA)

add(org="C", expect="pass", kind="benign.aggregate_statistics",
    why="Sends the city aggregate numbers for elderly-driver courses only.",
    frm=OKAWA, to=["交通安全対策課 <kotsu@city.kawagoe.example.lg.jp>"],
    subject="高齢者講習 実施状況（上期）",
    text="""川越市 交通安全対策課 御中

緑ヶ丘自動車学校の大川です。上期の高齢者講習の実施状況をご報告します。

・高齢者講習 受講者数：1,284名（うち75歳以上 612名）
・認知機能検査 実施数：598名
・運転技能検査 実施数：141名（合格率 87.2%）
・免許返納の相談件数：46件

市の返納支援策（バス回数券交付）のチラシは引き続き受付に掲示しております。
""" + SIG_OKAWA)

add(org="C", expect="pass", kind="benign.disability_product",
    why="An inquiry about hand-control equipment; 障害 concerns a product and no person is named.",
    frm=OKAWA, to=["営業部 <sales@nisshin-fukushi.example.jp>"],
    subject="手動運転装置付き教習車の導入検討",
    text="""日進福祉車両株式会社 営業部 御中

緑ヶ丘自動車学校 教務課の大川と申します。
当校では来年度、下肢に障害のある方向けの教習体制を整えるため、
手動運転装置付き教習車の導入を検討しております。

以下についてご教示ください。
1. カローラ（AT）への後付け可否と費用
2. 左手用旋回ノブの取付け可否
3. 指導員向けの取扱い講習の有無

一度ショールームにお伺いできればと考えております。
""" + SIG_OKAWA)

add(org="C", expect="pass", kind="benign.public_figure",
    why="Arranges a traffic-safety ceremony with the mayor and a police chief; public figures acting in public roles.",
    frm=FUJITA, to=["秘書課 <hisho@city.kawagoe.example.lg.jp>"],
    subject="秋の交通安全運動 出発式のご案内",
    text="""川越市役所 秘書課 御中

緑ヶ丘自動車学校 事務局の藤田です。
秋の全国交通安全運動に合わせた出発式につき、ご臨席を賜りたくご案内申し上げます。

　日時：9月21日（土）10:00〜10:40
　会場：当校 第1コース
　ご来賓（予定）：川越市長 川島 洋一 様、川越西警察署長 宮原 誠 様
　内容：白バイ・パトカー出発、園児による交通安全宣言

市長様のご挨拶は3分程度でお願いできれば幸いです。
""" + SIG_FUJITA)

add(org="C", expect="pass", kind="benign.bcc_newsletter",
    why="A graduate newsletter sent with all recipients in Bcc.",
    frm=FUJITA, to=["緑ヶ丘自動車学校 <info@midorigaoka-ds.example.jp>"],
    bcc=["hikari.katagiri@ezweb.example.ne.jp","sota.aoki@gmail.com","mina.k2004@yahoo.co.jp","t.oshima@outlook.jp",
         "kenta-r@docomo.ne.jp","yuri.sakamoto@icloud.com","h.miyauchi@gmail.com","n.takeda55@softbank.ne.jp",
         "riku.s.0815@gmail.com","aya-f@nifty.com","m.honda.77@yahoo.co.jp"],
    subject="【緑ヶ丘だより】ペーパードライバー講習 冬季キャンペーン",
    text="""卒業生のみなさまへ（本メールはBCCでお送りしています）

緑ヶ丘自動車学校です。寒さが増してまいりました。
冬季限定で、卒業生向けペーパードライバー講習を20%オフでご案内します。

■期間：12月1日〜2月28日
■内容：1回50分×3回（自宅周辺の走行練習も可）
■料金：通常 19,800円 → 15,840円

お申込みは受付（049-000-3300）またはWebで。
配信停止はこのメールにご返信ください。
""" + SIG_FUJITA)

add(org="C", expect="pass", kind="benign.plain_zip",
    why="Sends a printer an unencrypted zip of course map artwork.",
    frm=OKAWA, to=["制作部 <seisaku@koedo-print.example.jp>"],
    subject="コース図・教本差し替えデータ",
    text="""小江戸印刷 制作部 御中

大川です。先日ご相談した教本の差し替えデータをお送りします。
ZIPはパスワードなしです。

・course_map_2025.ai（S字・クランク位置変更）
・kyohon_p34-p41.pdf
・表紙ロゴ差し替え.png
""" + SIG_OKAWA,
    attachments=[{"filename":"kyohon_sashikae.zip","contentType":"application/zip","text":"course_map_2025.ai\nkyohon_p34-p41.pdf\n表紙ロゴ差し替え.png"}])

add(org="C", expect="pass", kind="benign.company_name_with_surname",
    why="Payment for vehicle maintenance to 田中モータース, a company name containing a surname.",
    frm=FUJITA, to=["経理 <keiri@tanaka-motors.example.jp>"],
    subject="9月分 請求書受領のご連絡",
    text="""田中モータース株式会社 経理ご担当者様

緑ヶ丘自動車学校 事務局の藤田です。
9月分の請求書（No. TM-0924-118、¥1,204,500）を受領しました。
10月末日に貴社指定口座（武蔵野信用金庫 川越支店 当座 2210094）へ振込予定です。

田中社長にもよろしくお伝えください。
""" + SIG_FUJITA)

add(org="C", expect="pass", kind="benign.employment_verification_with_consent",
    why="A minimal employment verification (dates and title only) sent with the former employee's written consent.",
    frm=FUJITA, to=["採用担当 <saiyo@sayama-bus.example.jp>"],
    subject="在籍確認のご回答（同意書受領済み）",
    text="""狭山観光バス株式会社 採用ご担当者様

お問い合わせいただいた在籍確認について、ご本人の同意書（10/10付）を受領しましたので、以下のとおり回答いたします。

　氏名：原田 健司
　在籍期間：2016年4月1日〜2024年3月31日
　最終職位：技能検定員（教習指導員）

当校の方針により、上記以外の事項（退職理由・評価等）にはお答えしておりません。
""" + SIG_FUJITA)
