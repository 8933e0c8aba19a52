# Org E: ひばりが丘パークタウン自治会 (residents' association of a large apartment complex)
D = "hibari-parktown.example.jp"
MATSUMOTO = f"松本 和夫 <kaicho@{D}>"
YOSHIKAWA = f"吉川 典子 <shoki@{D}>"
HORI = f"堀 正樹 <bousai@{D}>"

SIG_M = """
――――――――――――――――――――
ひばりが丘パークタウン自治会
会長 松本 和夫(A棟)
〒188-0002 東京都西東京市緑町2-1 ひばりが丘パークタウン 集会所内
自治会事務所 042-420-7731(火・金 10〜15時)
――――――――――――――――――――"""
SIG_Y = """
----
ひばりが丘パークタウン自治会 書記
吉川 典子
shoki@hibari-parktown.example.jp"""
SIG_H = """
――
ひばりが丘パークタウン自治会 防災部長
堀 正樹(E棟)  自治会事務所 042-420-7731"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="sensitive.care_roster", loc="attachment",
 why="The attached list gives named residents' care levels, disabilities and rooms to the welfare council.",
 frm=HORI, to=["西東京市社会福祉協議会 地域福祉係 <chiiki@nishitokyo-shakyo.example.or.jp>"],
 subject="見守り活動の資料送付",
 text="""西東京市社会福祉協議会
地域福祉係 本間様

いつもお世話になっております。ひばりが丘パークタウン自治会 防災部の堀です。
先日の打合せでお話しした資料を添付いたします。
9月の合同訓練の準備にお使いください。
""" + SIG_H,
 attachments=[dict(filename="mimamori_2024.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", text="""[見守り対象]
棟・部屋	氏名	年齢	世帯	状況	避難時の支援
A-204	佐々木 トメ	88	独居	要介護2、車いす	担架・2名介助
B-511	石原 幸雄	79	夫婦	パーキンソン病、歩行器	エレベーター停止時は要搬送
C-108	小野 健太	42	母と同居	知的障害(療育手帳B)	声かけ誘導
D-702	金 順子	84	独居	認知症(軽度)、聴覚障害	筆談・訪問確認
E-315	長野 清	91	独居	在宅酸素療法	酸素ボンベ携行""")],
 personal=[("name","佐々木 トメ"),("health","要介護2、車いす"),("name","石原 幸雄"),("health","パーキンソン病"),("disability","知的障害(療育手帳B)"),("name","金 順子")]),

dict(expect="hold", kind="personal.complaint", loc="body",
 why="A neighbour's noise complaint with her name, room and phone is forwarded to the management company.",
 frm=YOSHIKAWA, to=["パークタウン管理事務所 <office@hibari-kanri.example.co.jp>"],
 subject="C棟 騒音の苦情について",
 text="""ひばり管理サービス 管理事務所 御中

自治会書記の吉川です。
自治会に下記の苦情が寄せられましたので、管理会社として対応をご検討ください。

 申出者:C棟 604号室 三宅 由美子 様(携帯 090-5528-7163)
 内容:真上の704号室から、深夜0時〜2時ごろに足音や物を落とす音が続いている。
       小学生の子どもが眠れず、直接言うのは怖いので匿名で対応してほしい。
 連絡:平日18時以降なら電話可

三宅様は「自分が言ったと分からないように」と強く希望されています。
""" + SIG_Y,
 personal=[("name","三宅 由美子"),("phone","090-5528-7163"),("address","C棟 604号室")]),

dict(expect="hold", kind="id.bank_account", loc="body",
 why="Residents' private bank accounts for fee direct debit go to the collection agency.",
 frm=YOSHIKAWA, to=["口座振替センター <furikae@collect-service.example.co.jp>"],
 subject="自治会費 口座振替の新規登録(3件)",
 text="""コレクトサービス株式会社 口座振替センター 御中

ひばりが丘パークタウン自治会の吉川です。
8月引落分から新たに口座振替を開始する世帯の情報をお送りします。
依頼書の原本は郵送済みです。

 ① A-310 福島 陽子  多摩信用金庫 ひばりヶ丘支店 普通 0781124
 ② D-905 岩崎 隆    ゆうちょ銀行 記号10130 番号28814071
 ③ E-122 Tran Van Duc  三井住友銀行 田無支店 普通 3346092

引落金額は各世帯 月額300円です。よろしくお願いいたします。
""" + SIG_Y,
 personal=[("name","福島 陽子"),("bank_account","多摩信用金庫 ひばりヶ丘支店 普通 0781124"),("bank_account","ゆうちょ銀行 記号10130 番号28814071"),("bank_account","三井住友銀行 田無支店 普通 3346092")]),

dict(expect="hold", kind="sensitive.crime_victim", loc="quoted",
 why="The quoted resident message names her as a victim of a burglary and stalking, sent on to the city.",
 frm=MATSUMOTO, to=["西東京市 危機管理課 防犯係 <bouhan@city-nishitokyo.example.lg.jp>"],
 subject="Re: 防犯カメラ増設のご相談",
 text="""西東京市 危機管理課 防犯係
岡村様

お世話になっております。自治会長の松本です。
ご回答ありがとうございました。補助金の申請書類は来週持参いたします。
増設の必要性については、住民から届いた下記のメールもご参考になればと思います。

よろしくお願いいたします。
""" + SIG_M + """

>> 松本会長
>> F棟 208の森田 真理子です。先月、留守中に空き巣に入られ、田無警察署に被害届を出しました
>> (受理番号もあります)。その後も帰宅時に同じ男に後をつけられていて、警察から
>> ストーカーとして警告してもらっています。F棟の駐輪場にもカメラを付けてほしいです。
>> 森田""",
 personal=[("name","森田 真理子"),("victim","空き巣に入られ、田無警察署に被害届を出しました"),("victim","ストーカーとして警告してもらっています")]),

dict(expect="hold", kind="sensitive.health", loc="subject",
 why="The subject names a resident with dementia; the body is only a request.",
 frm=MATSUMOTO, to=["地域包括支援センター緑町 <houkatsu@midori-houkatsu.example.or.jp>"],
 subject="C-308 井上 恵子様(認知症)の見守りについてのお願い",
 text="""地域包括支援センター緑町
ご担当者様

いつもお世話になっております。ひばりが丘パークタウン自治会長の松本です。
標記の件、先日お電話でご相談したとおりです。
ご家族とも連絡がつきましたので、一度ご訪問いただけますでしょうか。
""" + SIG_M,
 personal=[("name","井上 恵子"),("health","認知症")]),

dict(expect="hold", kind="recipients.visible", loc="recipients",
 why="A sponsorship request shows fourteen local shops in To.",
 frm=MATSUMOTO, to=[
  "info@midori-bakery.example.jp","tenpo@hibari-drug.example.jp","sakaya.ito@kcn.example.ne.jp",
  "contact@green-dental.example.jp","shop@hanaya-kaori.example.jp","order@tonkatsu-maru.example.jp",
  "hibari@fresh-mart.example.co.jp","info@yoshida-fudosan.example.jp","mail@kidsdance-step.example.jp",
  "office@midori-seikotsu.example.jp","fujiya.sweets@gmail.example.com","info@hibari-juku.example.jp",
  "contact@cycle-hibari.example.jp","inoue.denki@nifty.example.com"],
 subject="ひばりが丘パークタウン夏祭り 協賛のお願い",
 text="""緑町商店会 会員の皆様

いつも団地の住民がお世話になっております。
ひばりが丘パークタウン自治会長の松本でございます。

本年も8月24日(土)・25日(日)に中央広場にて夏祭りを開催いたします。
つきましては、例年どおり協賛のご協力をお願い申し上げます。

 協賛金:一口 3,000円(何口でも)
 特典:会場掲示板・プログラムへの店名掲載、屋台の出店枠(先着5店)
 お申込み:8月9日までに本メールへご返信ください

何卒よろしくお願い申し上げます。
""" + SIG_M),

dict(expect="hold", kind="attachment.encrypted_zip", loc="encrypted_zip",
 why="Proxy forms are sent as a password-protected zip (PPAP).",
 frm=YOSHIKAWA, to=["パークタウン管理事務所 <office@hibari-kanri.example.co.jp>"],
 subject="臨時総会 委任状集計(パスワードは別送します)",
 text="""管理事務所 ご担当者様

吉川です。臨時総会の委任状集計ファイルをお送りします。
パスワード付きのzipにしていますので、パスワードは次のメールでお送りします。
""" + SIG_Y,
 attachments=[dict(filename="ininjo_shukei_0721.zip", contentType="application/zip", encrypted=True)]),

dict(expect="hold", kind="sensitive.religion", loc="body",
 why="States a named late resident's religious faith to the funeral company.",
 frm=MATSUMOTO, to=["みどり葬祭 <info@midori-sousai.example.jp>"],
 subject="集会所での告別式の件",
 text="""みどり葬祭 ご担当 原様

お世話になっております。自治会長の松本です。
B棟の故 大沢 正一 様の告別式を集会所で行う件、理事会で了承が取れました。

ご遺族(奥様の大沢 富子様)から伺ったところでは、故人はエホバの証人の信者で、
輸血拒否の意思表示カードもお持ちだったそうです。式も信仰に沿った形で、
焼香や読経は行わず、王国会館の方が司会をされるとのことです。
会場設営はその前提でお願いいたします。

日時:7月28日(日)11:00〜 集会所 大ホール
""" + SIG_M,
 personal=[("name","大沢 正一"),("religion","エホバの証人の信者")]),

dict(expect="hold", kind="list.roster", loc="attachment",
 why="The attached CSV lists drill participants with rooms, phones and ages for the fire department.",
 frm=HORI, to=["西東京消防署 予防課 <yobou@tokyo-fd-nishi.example.lg.jp>"],
 subject="9/8 総合防災訓練の件",
 text="""西東京消防署 予防課 御中

お世話になっております。ひばりが丘パークタウン自治会 防災部長の堀です。
9月8日の総合防災訓練につき、資料を添付いたします。
当日はよろしくお願いいたします。
""" + SIG_H,
 attachments=[dict(filename="kunren_0908.csv", contentType="text/csv", text="""班,棟・部屋,氏名,年齢,電話,担当
1,A-101,松本 和夫,71,090-2231-6605,本部
1,A-403,西川 浩之,55,080-6613-2278,消火器
2,B-210,田島 美香,38,070-1180-4492,AED
2,B-602,Gomez Ana,29,090-4471-3350,通訳(スペイン語)
3,D-115,北原 茂,67,042-420-1187,担架
3,E-703,堀 正樹,62,090-7380-2264,避難誘導""")],
 personal=[("name","西川 浩之"),("phone","080-6613-2278"),("name","田島 美香"),("phone","070-1180-4492")]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.minutes",
 why="Board minutes naming officers and partner staff; no sensitive data.",
 frm=YOSHIKAWA, to=["管理事務所 所長 鳥居 <office@hibari-kanri.example.co.jp>"], cc=[MATSUMOTO],
 subject="7月定例理事会 議事録",
 text="""鳥居所長

吉川です。7月定例理事会の議事録をお送りします。
管理会社様関連の事項は 3. と 5. です。
""" + SIG_Y,
 attachments=[dict(filename="rijikai_202407.docx", contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document", text="""ひばりが丘パークタウン自治会 7月定例理事会 議事録
日時:2024年7月7日(日)10:00〜11:45 集会所 第1会議室
出席:松本(会長)、堀(防災)、吉川(書記)、沢口(会計)、各棟代表 9名、管理会社 鳥居所長
1. 夏祭り準備状況(沢口):協賛金 現時点 38口
2. 防災訓練(堀):9/8実施、消防署と調整中
3. 駐輪場の放置自転車撤去(鳥居所長):8月中旬に警告札、9月撤去
4. 自治会費の口座振替化:加入率 61%、年内に 70% を目標
5. エレベーター更新工事(D棟):10月着工予定、説明会は9月
次回:8月4日(日)10:00""")]),

dict(expect="pass", kind="benign.bcc_mass",
 why="A festival notice to many residents with recipients in Bcc.",
 frm=YOSHIKAWA, to=[f"自治会 <info@{D}>"],
 bcc=["yamada.h1965@gmail.example.com","kimura-family@nifty.example.com","aoki.ryo@yahoo.example.co.jp",
  "tomomi.s@icloud.example.com","fukushima.y@kcn.example.ne.jp","k.iwasaki@outlook.example.jp",
  "sawaguchi.t@gmail.example.com","nishikawa55@docomo.example.ne.jp","tajima.mika@gmail.example.com",
  "hibari.gomez@hotmail.example.com","kitahara.s@nifty.example.com"],
 subject="【自治会】夏祭りのお知らせとボランティア募集",
 text="""パークタウンの皆様(BCCでお送りしています)

今年も夏祭りの季節がやってきました!

 日時:8月24日(土)16:00〜21:00 / 25日(日)15:00〜20:00
 場所:中央広場(雨天時は集会所)
 内容:盆踊り、子ども縄跳び大会、模擬店、お楽しみ抽選会

模擬店のお手伝い、会場設営(8/24 午前)のボランティアを募集しています。
参加できる方は、このメールにご返信ください。
""" + SIG_Y),

dict(expect="pass", kind="benign.religious_corp",
 why="A 宗教法人 as a venue lender; no individual's belief.",
 frm=MATSUMOTO, to=["宗教法人 緑光寺 寺務所 <jimusho@ryokkoji.example.or.jp>"],
 subject="盆踊りの練習会場お借りの件",
 text="""宗教法人 緑光寺 寺務所 御中
ご住職 様

平素より地域活動にご協力いただき、誠にありがとうございます。
ひばりが丘パークタウン自治会長の松本でございます。

例年お借りしております境内広場を、本年も盆踊りの練習会場として使用させていただきたく、
お願い申し上げます。

 日時:8月17日(土)・18日(日)各 18:30〜20:00
 人数:30名程度(自治会婦人部・子ども会)
 御礼:例年どおり 1回 5,000円を寺務所にお納めいたします

ご承諾いただけますと幸いです。
""" + SIG_M),

dict(expect="pass", kind="benign.public_figure_election",
 why="Election candidates named as public figures for a public debate event.",
 frm=MATSUMOTO, to=["西東京青年会議所 <info@nishitokyo-jc.example.jp>"],
 subject="市議補選 公開討論会の会場について",
 text="""西東京青年会議所 事務局 御中

松本です。市議会議員補欠選挙の公開討論会につき、集会所大ホールの使用は了承いたしました。

 日時:9月1日(日)14:00〜16:00
 登壇予定(届出順):川口 誠一 氏、東 さやか 氏、森岡 大樹 氏
 定員:120名(椅子は自治会で用意します)

自治会としては特定の候補者を支持しない立場ですので、案内チラシには
「主催:西東京青年会議所/会場協力:ひばりが丘パークタウン自治会」と記載をお願いします。
""" + SIG_M),

dict(expect="pass", kind="benign.historical",
 why="Historical figures in a local-history lecture plan.",
 frm=YOSHIKAWA, to=["郷土資料室 学芸員 <kyodo@nishitokyo-museum.example.lg.jp>"],
 subject="地域史講座(10月)の講師ご依頼",
 text="""西東京市郷土資料室
学芸員 ご担当者様

ひばりが丘パークタウン自治会 書記の吉川です。
10月の地域史講座で、以下のテーマについてお話しいただけないかと考えております。

 ・田無村と青梅街道の宿場(江戸期)
 ・伊能忠敬の測量隊が通った武蔵野の道
 ・昭和34年、ひばりが丘団地の入居開始と皇太子ご夫妻(当時)のご視察

住民の関心が高いのは3番目です。写真資料をお借りできるかも伺えますと幸いです。
""" + SIG_Y),

dict(expect="pass", kind="benign.vehicle_numbers",
 why="Vehicle plate numbers of unregistered cars, asked to the management company; no personal data.",
 frm=HORI, to=["管理事務所 <office@hibari-kanri.example.co.jp>"],
 subject="来客用駐車場の長期駐車車両について",
 text="""管理事務所 ご担当者様

防災部の堀です。来客用駐車場(消防車進入路の横)に、1週間以上同じ車両が停まっています。
消防車の進入の妨げになりますので、警告札の貼付をお願いします。

 ・多摩 500 ぬ 41-07(白のミニバン)  7/8から
 ・練馬 330 せ 8-25(シルバーのセダン) 7/10から

駐車許可証の掲示はありませんでした。
""" + SIG_H),

dict(expect="pass", kind="benign.condolence",
 why="Condolence note about a former chair whose passing was announced on the public notice board.",
 frm=MATSUMOTO, to=["鳥居 <office@hibari-kanri.example.co.jp>"],
 subject="前会長 逝去のお知らせ(弔電御礼)",
 text="""ひばり管理サービス 鳥居所長

先日は前会長 沢田 光男 氏のご逝去に際し、ご丁重な弔電を賜り、誠にありがとうございました。
掲示板でもお知らせしたとおり、葬儀は近親者のみで執り行われました。
沢田氏が28年にわたり自治会のために尽くされたことに、改めて感謝申し上げます。

略儀ながら、メールにて御礼申し上げます。
""" + SIG_M),

dict(expect="pass", kind="benign.plain_zip",
 why="A plain zip of event photos for the newsletter printer.",
 frm=YOSHIKAWA, to=["入稿受付 <nyuko@tanashi-print.example.jp>"],
 subject="自治会だより 8月号 原稿・写真",
 text="""田無プリント 入稿受付ご担当者様

ひばりが丘パークタウン自治会の吉川です。
自治会だより8月号の原稿と写真をお送りします(zip、パスワードはかけていません)。

 ・原稿(Word)1点
 ・写真 8点(子ども縄跳び大会・花壇ボランティア。顔が写っている写真は保護者の掲載同意済み)

部数は前号どおり 2,400部でお願いします。
""" + SIG_Y,
 attachments=[dict(filename="dayori_202408.zip", contentType="application/zip", text="dayori_202408.docx\nphoto_01.jpg\nphoto_02.jpg\nphoto_03.jpg\nphoto_04.jpg\nphoto_05.jpg\nphoto_06.jpg\nphoto_07.jpg\nphoto_08.jpg")]),

dict(expect="pass", kind="benign.project_two_companies",
 why="A renovation project mail with six visible addresses from two outside companies.",
 frm=MATSUMOTO, to=["鳥居 <office@hibari-kanri.example.co.jp>","森 <mori.t@hibari-kanri.example.co.jp>",
  "大工原 <daikubara@tokyo-renewal.example.co.jp>","工事部 岡 <oka.k@tokyo-renewal.example.co.jp>"],
 cc=["堀 正樹 <bousai@hibari-parktown.example.jp>","吉川 典子 <shoki@hibari-parktown.example.jp>"],
 subject="D棟エレベーター更新工事 住民説明会の打合せ",
 text="""ひばり管理サービス 鳥居所長、森様
東京リニューアル工業 大工原様、岡様

お世話になっております。自治会長の松本です。
D棟エレベーター更新工事の住民説明会に向けて、事前の打合せをお願いしたく存じます。

 候補日:8月20日(火)19:00〜 または 8月22日(木)19:00〜
 場所:集会所 第1会議室
 議題:工期(停止期間)、停止中の昇降支援、騒音の時間帯、掲示物

自治会からは私と堀、吉川が出席します。
""" + SIG_M),

dict(expect="pass", kind="benign.infection_aggregate",
 why="Infection counts at the complex given only as aggregates for a school notice.",
 frm=HORI, to=["緑町小学校 副校長 <fukukocho@midori-es.example.ed.jp>"],
 subject="集会所の利用制限について(学童・子ども会)",
 text="""緑町小学校 副校長先生

いつもお世話になっております。自治会 防災部の堀です。
団地内で感染性胃腸炎が流行しているとの情報があり(保健所の聞き取りで 7世帯程度)、
集会所では下記の対応を取ることにしました。

 ・7/22〜8/4 の子ども会行事は中止
 ・集会所入口に消毒液を設置、トイレは毎日次亜塩素酸で清掃
 ・夏祭りは予定どおり実施(飲食ブースは手袋着用を徹底)

学校からのお便りでも、手洗いの呼びかけをしていただけると助かります。
""" + SIG_H),
]
