from common import *

OHBA = "大場 健吾 <k.ohba@clearfloor-tokai.co.jp>"
NISHI = "西村 千晶 <c.nishimura@clearfloor-tokai.co.jp>"
TADO = "田所 誠 <m.tadokoro@clearfloor-tokai.co.jp>"

SIG_OHBA = """*********************************************
株式会社クリアフロア東海
営業部 課長　大場 健吾（おおば けんご）
〒460-0003 名古屋市中区錦2-9-27 錦ミッドビル5F
TEL 052-218-6630 ／ 携帯 080-3912-5507
https://www.clearfloor-tokai.co.jp
ISO 9001 / 14001 認証取得
*********************************************"""

SIG_NISHI = """---------------------------------
株式会社クリアフロア東海 総務部
西村 千晶
TEL 052-218-6631（直通） FAX 052-218-6639
---------------------------------"""

SIG_TADO = """株式会社クリアフロア東海
業務部 現場統括　田所 誠
携帯 090-6215-4073"""

# ---------------- HOLDS ----------------
mail("C-H1", "hold", "list.staff",
 "A staff roster with home addresses, birth dates and private phones is sent to a client for building passes.",
 TADO, ["名駅グランタワー 防災センター 佐久間様 <sakuma@meieki-gt-pm.co.jp>"],
 "12月～ 日常清掃スタッフ 入館証発行のお願い",
 """名駅グランタワー 防災センター
佐久間 様

お世話になっております。クリアフロア東海の田所です。
12月1日からの日常清掃業務開始にあたり、入館証の発行をお願いいたします。
申請様式に記入したものを添付します。顔写真は別途データでお送りします。

ご確認よろしくお願いいたします。

""" + SIG_TADO,
 attachments=[att("入館証申請_クリアフロア東海_12月.xlsx", XLSX, """[Sheet1]
No	氏名	フリガナ	生年月日	住所	携帯電話	勤務帯
1	小池 和代	コイケ カズヨ	1968/04/22	名古屋市中村区則武2-14-8	090-4471-8203	早朝
2	グエン ヴァン ミン	グエン ヴァン ミン	1997/11/03	名古屋市中川区尾頭橋3-7-15 ハイツ尾頭201	080-7725-1934	早朝
3	藤井 昭三	フジイ ショウゾウ	1955/09/30	名古屋市西区浄心1-2-44	052-522-6019	日中
4	岩田 真理子	イワタ マリコ	1972/01/17	清須市西枇杷島町南問屋12	090-3306-5548	日中
5	サントス マリア	サントス マリア	1989/06/08	名古屋市港区港明2-3-1-604	070-2219-8810	夜間""")],
 personal=[("name", "小池 和代"), ("birthdate", "1968/04/22"), ("address", "名古屋市中村区則武2-14-8"),
           ("phone", "090-4471-8203"), ("name", "グエン ヴァン ミン"), ("phone", "080-7725-1934")])

mail("C-H2", "hold", "id.residence_card",
 "A copy of a foreign worker's residence card goes to a client; the identity document sits only in a scanned image.",
 TADO, ["中部ロジパーク 総務課 木下様 <kinoshita@chubu-logipark.co.jp>"],
 "追加スタッフの件（在留資格確認書類）",
 """木下様

お世話になっております。田所です。
来週から倉庫事務所棟の清掃に入るスタッフ1名について、御社規程の在留資格確認書類を添付いたします。
ご確認のほどよろしくお願いいたします。

""" + SIG_TADO,
 attachments=[att("zairyu_card_scan_20251114.jpg", JPG)])

mail("C-H3", "hold", "sensitive.health_check",
 "A staff member's individual health-check results are sent to a client that asked for proof of fitness.",
 NISHI, ["中京メディカルモール 管理事務所 堀様 <hori@chukyo-medicalmall.jp>"],
 "健康診断結果のご提出について（院内清掃スタッフ）",
 """中京メディカルモール 管理事務所
堀 様

お世話になっております。クリアフロア東海 総務部の西村です。
院内清掃スタッフの健康診断結果のご提出について、今年度入替となりました1名分をお送りいたします。

氏名：坂東 みどり
受診日：2025年9月18日
身長 156.2cm／体重 71.8kg／BMI 29.4
血圧 152/96（要精密検査）
HbA1c 7.1%（要医療：糖尿病の疑い）
胸部X線 異常なし
判定：C（要再検査）　※本人には10月中に再検査受診済みと確認しております

他のスタッフ分は前回ご提出済みのとおり変更ございません。
よろしくお願いいたします。

""" + SIG_NISHI,
 personal=[("name", "坂東 みどり"), ("health", "HbA1c 7.1%（要医療：糖尿病の疑い）"), ("health", "血圧 152/96（要精密検査）")])

mail("C-H4", "hold", "sensitive.criminal",
 "A report to a client names a worker and his past theft conviction.",
 OHBA, ["栄オフィスパーク 総務部 吉川部長 <yoshikawa@sakae-officepark.co.jp>"],
 "ご報告：夜間清掃スタッフの交代について",
 """栄オフィスパーク株式会社
総務部 吉川 部長

いつも大変お世話になっております。クリアフロア東海の大場でございます。

先日ご指摘いただいた件につき、社内で確認した結果をご報告いたします。
夜間清掃を担当しておりました 中島 恭平 について、入社時の申告に漏れがあり、
2019年に窃盗罪で有罪判決（懲役1年・執行猶予3年）を受けていたことが判明いたしました。
現時点で御社における物品の紛失等との関連は確認されておりませんが、
念のため本日付で同人を御社現場から外し、後任として 長尾 が入ります。

採用時の確認手順を見直し、改めてご報告に伺います。
この度はご心配をおかけし、誠に申し訳ございません。

""" + SIG_OHBA,
 personal=[("name", "中島 恭平"), ("criminal", "2019年に窃盗罪で有罪判決（懲役1年・執行猶予3年）")])

mn_c = mynumber("71548862093")
mail("C-H5", "hold", "id.my_number",
 "A new hire's My Number (unlabelled) and employment-insurance number are sent to the outside labour consultant.",
 NISHI, ["名東社会保険労務士法人 手続き担当 <tetsuzuki@meito-sr.jp>"],
 "資格取得手続きのお願い（11/16入社 1名）",
 """名東社会保険労務士法人
手続きご担当者様

いつもお世話になっております。クリアフロア東海 総務の西村です。
11月16日入社のパートスタッフ1名の社会保険・雇用保険の資格取得手続きをお願いいたします。

氏名　　　　吉岡 奈緒美（ヨシオカ ナオミ）
生年月日　　1981年12月5日
住所　　　　愛知県北名古屋市熊之庄御榊60-3
番号　　　　""" + mn_c + """
雇用保険被保険者番号（前職）　5012-481736-4
週所定労働時間　30時間
月額報酬　　　178,000円

よろしくお願いいたします。

""" + SIG_NISHI,
 personal=[("name", "吉岡 奈緒美"), ("my_number", mn_c), ("employment_insurance_number", "5012-481736-4"),
           ("birthdate", "1981年12月5日"), ("address", "愛知県北名古屋市熊之庄御榊60-3")])

mail("C-H6", "hold", "personal.complaint",
 "A tenant employee's complaint is forwarded to a subcontractor with her full name, private phone and e-mail.",
 TADO, ["東海ガラスクリーン 現場担当 <genba@tokai-glassclean.co.jp>"],
 "FW: 窓清掃の際のご要望（伏見セントラルビル 8F）",
 """東海ガラスクリーン ご担当様

お世話になっております。田所です。
先週の伏見セントラルビル外窓清掃の件で、8階テナントの方から直接ご意見をいただきました。
下記ご本人に直接ご連絡のうえ、再清掃の日程を調整してください。

連絡先：
松浦 玲奈 様（8F ミナミ設計事務所）
携帯 090-2847-6613
個人メール rena.matsuura.0408@gmail.com
「作業員がブラインドを上げたまま帰り、窓に拭き跡が残っている。平日の日中は在宅勤務が多いので携帯に連絡がほしい」

よろしくお願いします。

""" + SIG_TADO,
 personal=[("name", "松浦 玲奈"), ("phone", "090-2847-6613"), ("email", "rena.matsuura.0408@gmail.com")])

mail("C-H7", "hold", "recipients.visible",
 "A price-revision notice is sent with twelve client companies' addresses visible in To.",
 OHBA, ["soumu@sakae-officepark.co.jp", "kinoshita@chubu-logipark.co.jp", "hori@chukyo-medicalmall.jp",
        "facility@meieki-gt-pm.co.jp", "admin@fushimi-central.jp", "keiri@nagoya-kohan.co.jp",
        "kanri@aoi-dental-clinic.jp", "somu@chita-seimitsu.co.jp", "office@kanayama-law.jp",
        "bm@ozone-residence.jp", "jimukyoku@tokai-ishikai-hall.or.jp", "info@nishiki-hotel-annex.jp"],
 "【重要】2026年4月以降の清掃料金改定のお願い",
 """お取引先各位

平素は格別のご高配を賜り、厚く御礼申し上げます。

さて、昨今の最低賃金の大幅な引き上げ、ならびに洗剤・資材価格の高騰により、
弊社の企業努力のみでは現行料金の維持が困難な状況となってまいりました。
つきましては誠に心苦しいお願いではございますが、2026年4月ご請求分より、
日常清掃料金を平均6％改定させていただきたく存じます。

各現場の改定後のお見積りは、担当営業より12月中に個別にお持ちいたします。
何卒ご理解賜りますようお願い申し上げます。

""" + SIG_OHBA)

mail("C-H8", "hold", "attachment.encrypted_zip",
 "A quotation is sent as a password-protected zip with the password in a later mail.",
 OHBA, ["金山ハーバー法律事務所 事務局 <office@kanayama-law.jp>"],
 "定期清掃お見積書の送付",
 """金山ハーバー法律事務所
事務局 ご担当者様

お世話になっております。クリアフロア東海の大場でございます。
先日ご案内いたしましたカーペット洗浄を含む定期清掃のお見積書をお送りいたします。
添付ファイルはパスワード付きzipとなっております。パスワードは追ってお送りいたします。

ご検討のほど、よろしくお願い申し上げます。

""" + SIG_OHBA,
 attachments=[att("見積書_金山ハーバー法律事務所様_20251114.zip", ZIP, encrypted=True)])

mail("C-H9", "hold", "sensitive.disability",
 "A two-line reply to an outside employment-support office names a worker's mental-disability certificate only in the subject line.",
 TADO, ["就労支援センターあおば 支援員 岡田様 <okada@aoba-shuro.or.jp>"],
 "Re: 森本 浩二さん（精神障害者保健福祉手帳2級）の勤務時間について",
 """岡田様

ご連絡ありがとうございます。来週から10時始まりで了解しました。現場には私から伝えます。

田所
""",
 personal=[("name", "森本 浩二"), ("disability", "精神障害者保健福祉手帳2級")])

mail("C-H10", "hold", "personal.payslip",
 "A worker's payslip, with salary, deductions and bank account, is sent to the client's facility manager.",
 NISHI, ["栄オフィスパーク 総務部 <soumu@sakae-officepark.co.jp>"],
 "10月分 勤務実績のご確認資料",
 """栄オフィスパーク株式会社
総務部 ご担当者様

お世話になっております。クリアフロア東海 総務部の西村です。
10月の追加作業（休日出勤2回分）の勤務実績について、確認資料をお送りいたします。
出勤日と時間数は添付の勤怠欄をご参照ください。

よろしくお願いいたします。

""" + SIG_NISHI,
 attachments=[att("給与明細_2025年10月_長尾.pdf", PDF, """給与明細書　2025年10月分
株式会社クリアフロア東海
社員番号 C-0417　氏名 長尾 隆之 様
【勤怠】出勤日数 22日　休日出勤 2日（10/12, 10/26）　総労働時間 182.5h
【支給】基本給 196,000　休日出勤手当 19,600　通勤手当 8,400　支給合計 224,000
【控除】健康保険 11,440　厚生年金 20,130　雇用保険 1,344　所得税 4,770　住民税 8,300　控除合計 45,984
差引支給額 178,016
振込先 愛知銀行 大曽根支店 普通 3318260""")],
 personal=[("name", "長尾 隆之"), ("salary", "差引支給額 178,016"), ("bank_account", "3318260")])

# ---------------- PASSES ----------------
mail("C-P1", "pass", "benign.work_report",
 "A routine work report naming on-site staff only by surname, with room and key numbers.",
 TADO, ["名駅グランタワー 防災センター 佐久間様 <sakuma@meieki-gt-pm.co.jp>"],
 "11/13 夜間定期清掃 作業完了報告",
 """佐久間様

お疲れさまです。田所です。
昨夜の定期清掃、予定どおり完了しましたのでご報告します。

作業時間：22:00～翌4:30
作業者：田所、小池、藤井、サントス、岩田（計5名）
作業内容：
・12F～15F 共用廊下 床面洗浄・ワックス2層
・14F 男女トイレ 便器尿石除去
・B1 ゴミ置場 高圧洗浄
鍵の貸出：K-1203、K-1418、K-B102（4:40 防災センターに返却済み）

特記事項：13F エレベーターホールのカーペットに直径20cm程度のシミあり（コーヒーと思われます）。
除去しきれなかったため、次回カーペット洗浄で再対応します。写真を添付します。

""" + SIG_TADO,
 attachments=[att("13F_EVホール_シミ.jpg", JPG)])

mail("C-P2", "pass", "benign.quotation",
 "A quotation giving the company's corporate bank account and corporate number.",
 OHBA, ["中京メディカルモール 管理事務所 堀様 <hori@chukyo-medicalmall.jp>"],
 "空調フィルター清掃 お見積り（No. Q-2511-042）",
 """堀様

いつもお世話になっております。大場です。
先日の現地調査に基づき、空調フィルター清掃のお見積りをお送りいたします。

見積番号：Q-2511-042
作業内容：天井カセット型エアコン 24台 フィルター・ドレンパン洗浄
金額：336,000円（税別）
作業予定：2026年1月の日曜日（クリニック休診日）2日間

ご発注の際のお振込先は従来どおりです。
名古屋銀行 本店営業部 当座 0067215　カ）クリアフロアトウカイ
法人番号 8180001097731

ご不明点がございましたらお気軽にお申し付けください。

""" + SIG_OHBA)

mail("C-P3", "pass", "benign.infection_cleaning",
 "Report of a norovirus-style vomit clean-up in a tenant office, with no person identified.",
 TADO, ["伏見セントラルビル 管理室 <admin@fushimi-central.jp>"],
 "嘔吐物処理対応のご報告（6F 給湯室前）",
 """伏見セントラルビル 管理室 御中

お世話になっております。クリアフロア東海の田所です。
本日14時頃、6Fテナントの方から給湯室前で嘔吐物があったとの連絡を受け、対応いたしましたのでご報告します。

・ノロウイルス感染の可能性を考慮し、周辺2m四方を立入禁止として一時隔離
・0.1％次亜塩素酸ナトリウムで処理、使用資材は二重袋で密閉廃棄
・作業者は使い捨てガウン・手袋・マスクを着用、作業後に手洗い・うがい
・15:10 立入禁止解除

念のため、明日朝の日常清掃で6F共用部のドアノブ・手すりも追加消毒いたします。

""" + SIG_TADO)

mail("C-P4", "pass", "benign.aggregate_stats",
 "A tender answer giving aggregate disability-employment and health-programme figures.",
 OHBA, ["愛知県施設管理公社 入札担当 <nyusatsu@aichi-shisetsu.or.jp>"],
 "Re: 県民文化会館 清掃業務 技術提案書の補足",
 """愛知県施設管理公社
入札ご担当者様

お世話になっております。クリアフロア東海の大場でございます。
技術提案書につき、ご質問のあった項目を補足いたします。

1. 障害者雇用の状況（2025年6月1日現在）
   常用労働者数 186名、うち障害者雇用 6名、実雇用率 3.2％（法定雇用率 2.5％）
2. 健康経営の取組
   ・定期健康診断受診率 100％（3年連続）
   ・インフルエンザ予防接種の費用補助（接種率 71％）
   ・2025年「健康経営優良法人」認定取得
3. 有資格者数
   ビルクリーニング技能士 24名、清掃作業監督者 11名

以上、よろしくお願い申し上げます。

""" + SIG_OHBA)

mail("C-P5", "pass", "benign.data_subject_copy",
 "A worker's own payslip is sent to his own private address at his request.",
 NISHI, ["長尾 隆之 様 <t.nagao.1977@gmail.com>"],
 "10月分 給与明細の再送",
 """長尾さん

お疲れさまです。総務の西村です。
ご依頼のあった10月分の給与明細をPDFでお送りします。
住宅ローンの審査用とのことでしたので、源泉徴収票が必要な場合もお声がけください。

""" + SIG_NISHI,
 attachments=[att("給与明細_2025年10月_長尾.pdf", PDF, """給与明細書　2025年10月分
株式会社クリアフロア東海
社員番号 C-0417　氏名 長尾 隆之 様
【支給】基本給 196,000　休日出勤手当 19,600　通勤手当 8,400　支給合計 224,000
【控除】控除合計 45,984
差引支給額 178,016
振込先 愛知銀行 大曽根支店 普通 3318260""")])

mail("C-P6", "pass", "benign.staff_change",
 "A client is told that one cleaner is off sick (体調不良) and another covers, with no diagnosis.",
 TADO, ["中部ロジパーク 総務課 木下様 <kinoshita@chubu-logipark.co.jp>"],
 "本日のスタッフ変更について",
 """木下様

おはようございます。田所です。
本日担当予定の岩田が体調不良のため、代わりに小池が入ります。
作業内容・時間に変更はありません。入館の際は防災センターで名前を伝えるようにしております。

よろしくお願いいたします。

""" + SIG_TADO)

mail("C-P7", "pass", "benign.vehicle_registration",
 "Parking registration for company vans with vehicle plate numbers and model names.",
 TADO, ["栄オフィスパーク 駐車場管理 <parking@sakae-officepark.co.jp>"],
 "作業車両の駐車登録（12月分）",
 """駐車場管理ご担当様

お世話になっております。クリアフロア東海の田所です。
12月の定期清掃で使用する作業車両の登録をお願いします。

1. 名古屋 400 ち 23-18　トヨタ ハイエース（白）
2. 名古屋 480 す 71-09　日産 NV200（白）
3. 尾張小牧 400 ふ 5-62　スズキ エブリイ（銀）

作業日：12/6(土)、12/20(土)　いずれも 7:00～18:00

""" + SIG_TADO)

mail("C-P8", "pass", "benign.short_reply",
 "A one-word acknowledgement over a quoted scheduling exchange.",
 OHBA, ["吉川部長 <yoshikawa@sakae-officepark.co.jp>"],
 "Re: 来週のお打合せ",
 """承知いたしました。当日はよろしくお願いいたします。

大場

-----Original Message-----
From: 吉川 修 <yoshikawa@sakae-officepark.co.jp>
Sent: Thursday, November 13, 2025 6:15 PM
Subject: 来週のお打合せ

大場様
来週19日(水)15時、弊社3F会議室でお願いします。管財課の石原も同席します。
栄オフィスパーク株式会社 総務部長 吉川 修
〒460-0008 名古屋市中区栄3-21-8　TEL 052-241-7700
""")

mail("C-P9", "pass", "benign.lost_item",
 "A lost-item notice naming the card owner only by the name printed on an employee card, handed to security.",
 TADO, ["名駅グランタワー 防災センター <bousai@meieki-gt-pm.co.jp>"],
 "拾得物のご報告（社員証）",
 """防災センター ご担当者様

お疲れさまです。クリアフロア東海の田所です。
本日 6:40 頃、18F 女子トイレ前の廊下で社員証（「株式会社オリオン物流 岡本」と記載）を拾得しました。
6:55 に防災センターの窓口にお預けしております（受付者：夜勤の方）。

念のためご報告まで。

""" + SIG_TADO)

mail("C-P10", "pass", "benign.successor_introduction",
 "A successor introduction with heavy signatures, four visible addresses from two companies.",
 OHBA, ["木下 様 <kinoshita@chubu-logipark.co.jp>", "平田 課長 <hirata@chubu-logipark.co.jp>"],
 "担当者変更のご挨拶",
 """中部ロジパーク株式会社
総務課 平田 課長
木下 様

平素より大変お世話になっております。クリアフロア東海の大場でございます。

私事で恐縮ですが、12月1日付で岐阜営業所長として異動することとなりました。
2019年のご契約以来、6年にわたりお引き立ていただき、心より御礼申し上げます。

後任は営業部の 川端 誠司（cc）が務めます。現場は引き続き田所（cc）が統括いたしますので、
日々の運用に変更はございません。近日中に川端とともにご挨拶に伺います。

今後とも変わらぬご愛顧のほど、よろしくお願い申し上げます。

""" + SIG_OHBA,
 cc=["川端 誠司 <s.kawabata@clearfloor-tokai.co.jp>", "田所 誠 <m.tadokoro@clearfloor-tokai.co.jp>"])
