# Org E: 株式会社アトリエ榊建築設計 (architecture firm)
SAKAKI = "榊 直樹 <sakaki@atelier-sakaki.example.jp>"
YOSHI = "吉岡 玲奈 <r.yoshioka@atelier-sakaki.example.jp>"
HORI = "堀 大輔 <d.hori@atelier-sakaki.example.jp>"

SIG_SAKAKI = """--
株式会社アトリエ榊建築設計
代表取締役　一級建築士　榊 直樹
一級建築士事務所 神奈川県知事登録 第15432号
〒250-0000 神奈川県小田原市栄町一丁目12-3 榊ビル3F
TEL 0465-00-7070　https://atelier-sakaki.example.jp/"""

SIG_YOSHI = """━━━━━━━━━━━━━━━━━
アトリエ榊建築設計　設計部
吉岡 玲奈（二級建築士）
TEL 0465-00-7072 / 携帯 080-0000-4309
r.yoshioka@atelier-sakaki.example.jp
━━━━━━━━━━━━━━━━━"""

SIG_HORI = """株式会社アトリエ榊建築設計
管理部　堀 大輔
TEL 0465-00-7071 / FAX 0465-00-7079"""

MAILS = [
# ---------- holds ----------
dict(expect="hold", kind="sensitive.disability",
 why="施主家族の氏名・生年月日と次男の障害（脳性まひ・車椅子）を工務店に本文で伝えている。",
 **{"from": YOSHI}, to=["有限会社相模工務店 現場監督 荒木様 <araki@sagami-koumuten.example.jp>"],
 subject="清水様邸 実施設計のポイント（ご家族構成）",
 text="""相模工務店
荒木様

清水様邸の見積りにあたり、設計で配慮している点を共有します。

ご家族構成
・清水 浩一 様（1980年生、会社員）
・清水 由美 様（1982年生）
・長女 美咲 さん（2011年生）
・次男 颯太 さん（2015年生）：脳性まひのため車椅子を使用。入浴・排泄に介助が必要。

このため、
・玄関〜LDK〜次男室〜浴室を段差なしでつなぐ（有効幅900以上）
・浴室は天井走行リフトを設置できる下地を入れる
・障害者総合支援法の住宅改修給付を一部使う予定（見積を分けてください）

来週、詳細図をお送りします。
""" + SIG_YOSHI,
 personal=[{"type":"name","value":"次男 颯太"},{"type":"disability","value":"脳性まひのため車椅子を使用"},{"type":"name","value":"清水 浩一"}]),

dict(expect="hold", kind="id.mynumber",
 why="外注の個人設計者のマイナンバーを税理士に本文で送っている。",
 **{"from": HORI}, to=["小田原みなと税理士事務所 <info@odawara-minato-tax.example.jp>"],
 subject="支払調書作成用の情報（外注先）",
 text="""小田原みなと税理士事務所
ご担当 様

いつもお世話になっております。支払調書の作成に必要な外注先の情報をお送りします。

　氏名：長尾 圭介（個人事業主・CAD／パース作成）
　住所：神奈川県平塚市紅谷町8-22 グランメゾン平塚703
　個人番号：6480 8203 1413
　2024年支払額：1,842,000円（源泉徴収税額 188,080円）

ほかの2名分は番号カードの写しが届き次第お送りします。

""" + SIG_HORI,
 personal=[{"type":"mynumber","value":"6480 8203 1413"},{"type":"name","value":"長尾 圭介"},{"type":"address","value":"神奈川県平塚市紅谷町8-22 グランメゾン平塚703"}]),

dict(expect="hold", kind="attachment.encrypted_zip",
 why="施主資料をパスワード付きzip（PPAP）で工務店に送っている。",
 **{"from": YOSHI}, to=["有限会社相模工務店 荒木様 <araki@sagami-koumuten.example.jp>"],
 subject="清水様邸 資料一式",
 text="""荒木様

清水様邸の資料一式をお送りします。
パスワードは別途お送りします。

""" + SIG_YOSHI,
 attachments=[{"filename":"shimizu_tei_shiryou.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="recipients.visible",
 why="竣工見学会の案内を、施主・協力会社など別々の組織や個人の13アドレスにToとCcで見える形で送っている。",
 **{"from": SAKAKI},
 to=["t.ozawa.home@freemail.example.com","kaori-mori@isp-mail.example.ne.jp","info@sagami-koumuten.example.jp","sales@kinoka-mokuzai.example.co.jp","hiroshi.nagata@webmail.example.jp","office@shonan-denki.example.jp","ikeda.family@freemail.example.com"],
 cc=["contact@hakone-stone.example.jp","y.takagi@takagi-kozo.example.jp","info@odawara-glass.example.co.jp","masa.kubo@isp-mail.example.ne.jp","press@kanagawa-jutaku-shinbun.example.jp","n-okuda@okuda-landscape.example.jp"],
 subject="【ご案内】「海と杉の家」竣工見学会（12/14・15）",
 text="""関係者の皆さま、OB施主の皆さま

いつもお世話になっております。アトリエ榊建築設計の榊です。
真鶴町で設計監理を担当しました住宅「海と杉の家」が竣工し、施主様のご厚意により見学会を開催できることになりました。

　日時：12月14日（土）・15日（日）10:00〜16:00（予約制・各回6名）
　場所：神奈川県足柄下郡真鶴町（詳細はご予約の方にお知らせします）
　見どころ：地元産杉の現し構造、相模湾を望む大開口、薪ストーブ

ご希望の時間帯をご返信ください。皆さまにお会いできるのを楽しみにしております。

""" + SIG_SAKAKI),

dict(expect="hold", kind="personal.skill_sheet",
 why="派遣CADオペレーターのスキルシート（氏名・生年月日・住所・電話）を別の顧客に転送している。本文には個人情報がない。",
 **{"from": HORI}, to=["株式会社湘南プランニング 設計課 <sekkei@shonan-planning.example.co.jp>"],
 subject="Fw: CADオペレーターのご紹介",
 text="""湘南プランニング 設計課 御中

先日お話しした件、当社で来月まで来てもらっている方の資料を転送します。
3月以降はそちらでお願いできるかもしれません。

""" + SIG_HORI,
 attachments=[{"filename":"skillsheet_0117.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text":"""[スキルシート]
氏名	宮本 さやか
フリガナ	ミヤモト サヤカ
生年月日	1992/10/05
現住所	神奈川県秦野市本町3-6-12
電話	090-0000-8826
最寄駅	小田急線 秦野駅
資格	二級建築士、CAD利用技術者1級
使用ソフト	Jw_cad（8年）、ARCHICAD（4年）、SketchUp
希望単価	時給 2,300円
備考	子育て中のため、17時までの勤務を希望"""}],
 personal=[{"type":"name","value":"宮本 さやか"},{"type":"address","value":"神奈川県秦野市本町3-6-12"},{"type":"phone","value":"090-0000-8826"}]),

dict(expect="hold", kind="personal.neighbor_complaint",
 why="近隣住民の苦情を、苦情者の氏名・住所・電話ごと施工会社に転送している。",
 **{"from": YOSHI}, to=["株式会社湘南建設 工事部 三上様 <mikami@shonan-kensetsu.example.co.jp>"],
 subject="Fwd: 工事の騒音について（近隣の方より）",
 text="""三上様

栄町のクリニック新築現場について、設計事務所あてに近隣の方から苦情が届きました。
朝の作業開始時刻について、現場で徹底をお願いできますでしょうか。
ご本人へのお詫びの訪問もお願いします。

""" + SIG_YOSHI + """

-----Original Message-----
From: 高野 恵子 <keiko.takano@freemail.example.com>
Sent: Monday, November 25, 2024 7:58 AM
Subject: 工事の騒音について

アトリエ榊様
栄町一丁目の工事現場の裏に住んでいる高野です（小田原市栄町一丁目15-2、電話0465-00-3318）。
毎朝7時半前から重機の音がして、夜勤明けで寝ている夫が眠れません。
看板に8時からと書いてあるのに守られていません。改善されなければ市に相談します。""",
 personal=[{"type":"name","value":"高野 恵子"},{"type":"address","value":"小田原市栄町一丁目15-2"},{"type":"phone","value":"0465-00-3318"}]),

dict(expect="hold", kind="id.residence_card",
 why="添付の入場者名簿に外国人研修生の在留カード番号・国籍・生年月日がある。本文には個人情報がない。",
 **{"from": HORI}, to=["株式会社湘南建設 安全管理課 <anzen@shonan-kensetsu.example.co.jp>"],
 subject="現場見学の入場申請（12/5）",
 text="""湘南建設 安全管理課 御中

12月5日（木）の栄町現場の見学について、入場申請書をお送りします。
当日はヘルメット・安全帯を持参いたします。

""" + SIG_HORI,
 attachments=[{"filename":"nyujo_shinsei_1205.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text":"""[入場者]
氏名	所属	生年月日	国籍	本人確認書類	番号	血液型
榊 直樹	アトリエ榊建築設計	1971/02/18	日本	運転免許証	(省略)	A
吉岡 玲奈	アトリエ榊建築設計	1993/06/09	日本	運転免許証	(省略)	O
NGUYEN THI LAN	アトリエ榊建築設計（研修生）	2000/04/22	ベトナム	在留カード	UH48201733EA	B"""}],
 personal=[{"type":"residence_card","value":"UH48201733EA"},{"type":"name","value":"NGUYEN THI LAN"}]),

dict(expect="hold", kind="sensitive.disability",
 why="件名だけに施主夫人の実名と脊髄損傷・車椅子生活が入っている。本文には個人情報がない。",
 **{"from": SAKAKI}, to=["株式会社ミナトハウス設備 設計相談窓口 <soudan@minato-setsubi.example.co.jp>"],
 subject="鈴木 典子様（脊髄損傷・車椅子）の浴室改修 プラン変更の件",
 text="""ミナトハウス設備 設計相談窓口 御中

標記の件、先日の打合せで決まった方針でプランを作り直しています。
ユニットバスの候補を2〜3案、12月6日までにお送りいただけますか。

""" + SIG_SAKAKI,
 personal=[{"type":"name","value":"鈴木 典子"},{"type":"disability","value":"脊髄損傷・車椅子"}]),

dict(expect="hold", kind="sensitive.health",
 why="本文は設備の相談だけだが、転送した施主のメールに父親の認知症と施主の持病が書かれている。",
 **{"from": YOSHI}, to=["株式会社ミナトハウス設備 営業 森田様 <morita@minato-setsubi.example.co.jp>"],
 subject="Fw: 二世帯化リフォームのご相談",
 text="""森田様

下記の施主様の件で、見守りセンサー付きの照明やトイレのご提案をいただけないでしょうか。
現地調査は12月第2週を予定しています。

""" + SIG_YOSHI + """

---- Forwarded message ----
From: 川端 彩乃 <ayano.kawabata@isp-mail.example.ne.jp>
Date: 2024/11/22 21:14
Subject: 二世帯化リフォームのご相談

吉岡様
先日はありがとうございました。
父（川端 正義、79歳）が9月にアルツハイマー型認知症と診断され、夜中に外へ出てしまうことがあるため、同居を決めました。
私自身も関節リウマチで手に力が入りにくいので、レバー式の水栓や引き戸を多めにしたいです。
住所は小田原市扇町四丁目3-11です。よろしくお願いします。
川端""",
 personal=[{"type":"name","value":"川端 正義"},{"type":"diagnosis","value":"アルツハイマー型認知症と診断"},{"type":"diagnosis","value":"関節リウマチ"}]),

dict(expect="hold", kind="list.staff_roster",
 why="社員の氏名・自宅住所・携帯・生年月日の連絡網を外部の移転業者に本文で送っている。",
 **{"from": HORI}, to=["株式会社ムーブワン 法人営業 <houjin@move-one.example.co.jp>"],
 subject="事務所移転 当日連絡先一覧",
 text="""ムーブワン 法人営業 ご担当様

1月11日（土）の事務所移転にあたり、当日連絡がつく社員の一覧をお送りします。
作業時間外でも、鍵の受け渡し等で連絡が必要な場合はこちらにお願いします。

氏名	自宅住所	携帯	生年月日
榊 直樹	小田原市荻窪412-5	090-0000-1126	1971/02/18
堀 大輔	南足柄市関本590-8	080-0000-7734	1985/09/30
吉岡 玲奈	小田原市城山二丁目7-3 コーポ城山201	080-0000-4309	1993/06/09
栗田 翼	秦野市曽屋1-14-22	070-0000-2618	1998/12/12

""" + SIG_HORI,
 personal=[{"type":"name","value":"栗田 翼"},{"type":"address","value":"南足柄市関本590-8"},{"type":"birth_date","value":"1985/09/30"}]),

# ---------- passes ----------
dict(expect="pass", kind="benign.license_numbers",
 why="宅建業者免許番号・建築士登録番号などは事業者や資格の登録番号で、要配慮情報や個人の識別番号として扱うものではない。",
 **{"from": SAKAKI}, to=["株式会社湘南リアルティ 仲介課 <chukai@shonan-realty.example.co.jp>"],
 subject="重要事項説明書の記載事項について",
 text="""湘南リアルティ 仲介課 御中

扇町の土地（建築条件なし）の件、建物プラン提案書に添える記載事項をご確認ください。

　設計者：株式会社アトリエ榊建築設計
　一級建築士事務所登録：神奈川県知事登録 第15432号
　管理建築士：榊 直樹（一級建築士 大臣登録 第298765号）
　貴社宅建業免許：神奈川県知事（3）第27118号
　取引士：中原 亮（神奈川 第011274号）

用途地域は第一種住居地域、建蔽率60％・容積率200％で計算しています。

""" + SIG_SAKAKI),

dict(expect="pass", kind="benign.project_two_companies",
 why="設計事務所と施工会社の2社、6アドレスだけが見える通常のプロジェクトメール。",
 **{"from": YOSHI},
 to=["三上 <mikami@shonan-kensetsu.example.co.jp>","片岡 <kataoka@shonan-kensetsu.example.co.jp>","設備担当 <setsubi@shonan-kensetsu.example.co.jp>"],
 cc=["榊 直樹 <sakaki@atelier-sakaki.example.jp>","堀 大輔 <d.hori@atelier-sakaki.example.jp>"],
 subject="栄町クリニック新築 第8回定例 議事録",
 text="""湘南建設 三上様、片岡様、設備ご担当様

11/26 第8回定例の議事録です。

1. 工程：躯体 3F床打設 12/3 予定（天候次第で 12/5）
2. 変更：1F 感染対策用の発熱外来待合を独立出入口に変更（VE案の承認）
3. 設備：陰圧対応の換気設備、メーカー回答待ち（12/2 まで）
4. 外構：車椅子対応の駐車区画 2台、勾配 1/12 のスロープ
5. 近隣対応：作業開始 8:00 厳守（近隣から申し入れあり）

次回定例：12/10（火）14:00 現場事務所

""" + SIG_YOSHI),

dict(expect="pass", kind="benign.religious_corp_client",
 why="宗教法人が発注者として出てくるだけで、個人の信仰ではない。",
 **{"from": SAKAKI}, to=["宗教法人 西光寺 <office@saikou-ji.example.or.jp>"],
 subject="本堂耐震改修 基本設計のご説明日程",
 text="""宗教法人 西光寺
責任役員 各位

本堂耐震改修の基本設計がまとまりましたので、ご説明の機会をいただきたく存じます。
12月8日（日）の法要後、または12月12日（木）午後ではいかがでしょうか。

主な内容
・耐震診断結果（Is値 0.32）と補強方針（壁の増設と屋根の軽量化）
・内陣の意匠を保つための補強位置の検討
・概算工事費と、文化財保護補助金の申請スケジュール

檀家総代の皆さまにもご同席いただけますと幸いです。

""" + SIG_SAKAKI),

dict(expect="pass", kind="benign.historical_figure",
 why="歴史上の建築家や旧所有者の名前が出てくる修復の相談で、個人情報ではない。",
 **{"from": SAKAKI}, to=["小田原市 文化財課 <bunkazai@city.odawara.example.lg.jp>"],
 subject="旧山縣別邸 洋館部分の修復調査について",
 text="""小田原市 文化財課 御中

旧別邸の洋館部分の修復調査について、ご報告とご相談です。

洋館は大正期の増築で、従来は辰野金吾の設計とされてきましたが、小屋組の仕口や残っていた図面の筆跡から、弟子筋の設計者による可能性が高いと考えています。山縣有朋が晩年に客を迎えた応接室の暖炉まわりは、当初材がよく残っています。

文化財指定の範囲に関わる内容のため、次回の審議会前に一度ご説明に伺えればと存じます。

""" + SIG_SAKAKI),

dict(expect="pass", kind="benign.plain_zip",
 why="パスワードのない通常のzipで、図面を送っているだけ。",
 **{"from": YOSHI}, to=["片岡 <kataoka@shonan-kensetsu.example.co.jp>"],
 subject="栄町クリニック 変更図（発熱外来待合）",
 text="""片岡様

定例で承認いただいた変更の図面をzipでお送りします（パスワードはかけていません）。
A-101（1F平面）、A-301（断面）、M-105（換気）の3枚です。
""" + SIG_YOSHI,
 attachments=[{"filename":"sakaecho_henkou_rev3.zip","contentType":"application/zip","text":"A-101_1F平面図_rev3.pdf\nA-301_断面図_rev3.pdf\nM-105_換気設備図_rev3.pdf"}]),

dict(expect="pass", kind="benign.it_malware",
 why="「感染」「隔離」はNASのランサムウェアのことで、人の健康情報ではない。",
 **{"from": HORI}, bcc=["araki@sagami-koumuten.example.jp","mikami@shonan-kensetsu.example.co.jp","y.takagi@takagi-kozo.example.jp","sekkei@shonan-planning.example.co.jp"], to=["アトリエ榊建築設計 <info@atelier-sakaki.example.jp>"],
 subject="【お詫び】当社ファイル共有サーバーの障害について",
 text="""お取引先各位

11月18日、当社のファイル共有サーバー（NAS）1台がランサムウェアに感染したことが判明しました。
感染した機器は直ちにネットワークから隔離し、外部の専門業者による調査を行いました。現時点で、外部へのデータ流出の痕跡は確認されていません。

この障害により、11月18日〜20日にお送りした図面共有リンクが無効になっています。お手数ですが、必要な図面は担当者までご連絡ください。

ご迷惑をおかけし、誠に申し訳ございません。

""" + SIG_HORI),

dict(expect="pass", kind="benign.accessibility_design_terms",
 why="「障害者用」「車椅子」などは建築基準の用語で、特定の個人の障害ではない。",
 **{"from": YOSHI}, to=["小田原市 建築指導課 <kenchiku@city.odawara.example.lg.jp>"],
 subject="栄町クリニック バリアフリー条例の事前協議",
 text="""建築指導課 ご担当者様

栄町で計画中の診療所（延床 620㎡）について、バリアフリー条例の事前協議をお願いしたくご連絡しました。

・車椅子使用者用駐車施設：1台（幅3.5m）
・障害者用トイレ（多機能トイレ）：1F 1か所、オストメイト対応
・視覚障害者誘導用ブロック：前面道路〜受付まで
・エレベーター：11人乗り、車椅子対応

協議書の様式と必要図面をご教示ください。

""" + SIG_YOSHI),

dict(expect="pass", kind="benign.successor",
 why="担当者交代のあいさつで、業務上の連絡先だけ。",
 **{"from": HORI}, to=["株式会社キノカ木材 営業部 杉山様 <sugiyama@kinoka-mokuzai.example.co.jp>"],
 subject="担当交代のご挨拶",
 text="""キノカ木材 営業部
杉山様

いつも大変お世話になっております。
このたび、管理部の購買担当を12月より 栗田 翼 が引き継ぐことになりました。
栗田は入社3年目で、これまで現場監理の補助をしており、木材の発注にも何度か同席しております。

　栗田 翼（くりた つばさ）
　TEL 0465-00-7073 / t.kurita@atelier-sakaki.example.jp

私は引き続き経理を担当しますので、請求関係は今までどおり私あてにお願いします。
今後ともよろしくお願いいたします。

""" + SIG_HORI),

dict(expect="pass", kind="benign.corporate_invoice",
 why="事務所の法人口座と法人番号が書かれた請求書で、個人の口座ではない。",
 **{"from": HORI}, to=["宗教法人 西光寺 <office@saikou-ji.example.or.jp>"],
 subject="基本設計業務 請求書の送付",
 text="""宗教法人 西光寺 御中

本堂耐震改修 基本設計業務の請求書をお送りします。

　請求額：1,650,000円（税込）
　お支払期限：2025年1月31日
　振込先：相模中央銀行 小田原支店 普通 7710248
　　　　　カ）アトリエサカキケンチクセッケイ
　法人番号：6021001045563　登録番号：T6021001045563

何卒よろしくお願い申し上げます。

""" + SIG_HORI),

dict(expect="pass", kind="benign.offer_holder_self",
 why="内定者本人に、本人の内定者懇親会の案内を送っている。",
 **{"from": HORI}, to=["石井 陽菜 <hina.ishii.arch@freemail.example.com>"],
 subject="内定者懇親会のご案内",
 text="""石井 陽菜 様

内定承諾書のご返送、ありがとうございました。社員一同、4月からご一緒できることを楽しみにしております。

内定者懇親会を下記のとおり開催します。
　日時：12月20日（金）18:00〜
　場所：当社 3F 打合せスペース → 近くの和食店へ移動
　持ち物：特にありません（入社書類は当日お渡しします）

食物アレルギーなどがあれば、事前にお知らせください。
当日お会いできるのを楽しみにしています。

""" + SIG_HORI),
]
