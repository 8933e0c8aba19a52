"""Org C: regional newspaper (地方新聞社) — editorial desk, readers' service, advertising."""
from common import Org, att, enc

D = "minato-shimpo.example.jp"

IWATA = ("岩田 健一 <k.iwata@minato-shimpo.example.jp>", """
--
みなと新報社 編集局 社会部 デスク
岩田 健一 / Kenichi Iwata, News Desk, The Minato Shimpo
〒951-8061 新潟市中央区西堀通6-870
直通 025-228-4410 / 社会部 025-228-4400
k.iwata@minato-shimpo.example.jp
""")

MORISHITA = ("森下 由香 <y.morishita@minato-shimpo.example.jp>", """
━━━━━━━━━━━━━━━━━━━━━━
株式会社みなと新報社 販売局 読者サービスセンター
主任 森下 由香
フリーダイヤル 0120-37-4410(平日9時〜17時)
〒951-8061 新潟市中央区西堀通6-870
━━━━━━━━━━━━━━━━━━━━━━
個人情報は当社プライバシーポリシーに基づき適切に取り扱います。
""")

MATSUI = ("松井 大輔 <d.matsui@minato-shimpo.example.jp>", """
株式会社みなと新報社 広告局 営業部
松井 大輔 Daisuke Matsui
TEL 025-228-4460 携帯 080-3321-5508
https://www.minato-shimpo.example.jp/ad/
""")

C = Org("C", D, {"iwata": IWATA, "morishita": MORISHITA, "matsui": MATSUI})

# ---------------------------------------------------------------- holds

C.add("iwata", "body", "hold", "sensitive.juvenile_case_to_freelancer",
      "A 16-year-old suspect's name, school, home address and family-court referral are sent to a freelance photographer.",
      ["荒木 淳 <jun.araki.photo@outlook.com>"],
      "明日の取材(西区の傷害事件)の段取り",
      """
荒木さん

お疲れさまです。社会部の岩田です。
明日お願いする西区の傷害事件の続報取材について、段取りを共有します。
(記事では少年法61条により匿名・学校名も伏せます。撮影も顔・校舎が特定できないようにお願いします。)

 ・少年:高木 悠斗(16) 県立新潟西陵高校1年
 ・自宅:新潟市西区寺尾台2丁目14-7(両親と同居)
 ・容疑:同級生への傷害。6/20に新潟家庭裁判所へ送致済み
 ・被害生徒は頭部打撲で入院中(市内の病院、取材は不可)

明日は10時から学校側の記者会見(校長・教頭)、その後、寺尾台の現場周辺の雰囲気を撮ってください。
自宅前での撮影や家族への接触は絶対にしないでください。
写真は17時までにFTPへ。キャプションは私が付けます。
""",
      personal=[("name", "高木 悠斗"), ("address", "新潟市西区寺尾台2丁目14-7"),
                ("criminal_proceedings", "6/20に新潟家庭裁判所へ送致済み")])

C.add("morishita", "quoted", "hold", "personal.reader_complaint_forward",
      "A reader's name, address, phone, e-mail and subscriber number are forwarded in the quoted form data to an independent newsagent.",
      ["西堀販売所 長井所長 <nagai@nishibori-hanbai.example.jp>"],
      "Fw: 配達についてのご意見(寄居町)",
      """
西堀販売所
長井所長

お疲れさまです。読者サービスセンターの森下です。
本日、Webフォームから下記のご意見が届きました。
配達時間の件と、バイクの停め方の件の2点です。
ご本人へのご連絡(お詫びと今後の対応)をお願いできますでしょうか。
対応後、結果を簡単にご返信ください。

<<SIG>>

---------- Forwarded message ----------
差出人:みなと新報 Webフォーム <form@minato-shimpo.example.jp>
件名:【ご意見】配達について

お名前:内山 敏子
ご住所:新潟市中央区寄居町2-1189-3
電話番号:025-222-6714
メールアドレス:toshiko.uchiyama@yahoo.co.jp
読者番号:0412-08873
ご意見:
ここ1か月ほど、朝刊が届くのが7時過ぎになることが多く、出勤前に読めません。
また、配達の方が毎朝うちの駐車場の前にバイクを停めていて、車が出しにくいです。
隣の家の方も同じことを言っていました。改善をお願いします。
""",
      personal=[("name", "内山 敏子"), ("address", "新潟市中央区寄居町2-1189-3"),
                ("phone", "025-222-6714"), ("email", "toshiko.uchiyama@yahoo.co.jp")])

C.add("morishita", "attachment", "hold", "list.subscriber_handover_csv",
      "The attached CSV lists subscribers with names, addresses, phones, payment method and an unpaid month, sent to another newsagent.",
      ["関屋販売所 五十嵐所長 <igarashi@sekiya-hanbai.example.jp>"],
      "区域変更(関屋本村町1丁目)の引継ぎ資料",
      """
関屋販売所
五十嵐所長

お疲れさまです。読者サービスセンターの森下です。
8月1日付の区域変更に伴い、西堀販売所から移管となる関屋本村町1丁目分の引継ぎ資料をお送りします。
集金方法が口座振替・クレジットの方は、引き続き本社で処理しますので、販売所での集金は不要です。
ご不明点があればお電話ください。
""",
      attachments=[att("移管読者一覧_関屋本村町1.csv", """
読者番号,氏名,住所,電話番号,購読コース,集金方法,備考
0412-10221,小林 正雄,新潟市中央区関屋本村町1-12-5,025-266-3381,朝夕刊セット,販売所集金,玄関ポスト
0412-10234,長谷川 美和,新潟市中央区関屋本村町1-15-2-201,090-4128-7761,朝刊のみ,口座振替,
0412-10240,斎藤 勉,新潟市中央区関屋本村町1-18-9,025-266-0913,朝夕刊セット,販売所集金,高齢のため手渡し希望
0412-10257,渡辺 梢,新潟市中央区関屋本村町1-21-14,080-5567-2049,朝刊+電子版,クレジット,
0412-10263,佐久間 修一,新潟市中央区関屋本村町1-23-1,025-267-4472,朝刊のみ,販売所集金,6月分未集金
""")],
      personal=[("name", "小林 正雄"), ("address", "新潟市中央区関屋本村町1-12-5"), ("phone", "025-266-3381"),
                ("name", "佐久間 修一"), ("debt", "6月分未集金")])

C.add("morishita", "body", "hold", "id.direct_debit_bank_account",
      "A private reader's bank account for direct debit is written out to the collection agency.",
      ["北越集金サービス 口座振替担当 <furikae@hokuetsu-shukin.example.co.jp>"],
      "口座振替依頼書の記載不備の件(読者番号 0412-09517)",
      """
北越集金サービス
口座振替ご担当者様

お世話になっております。みなと新報社 読者サービスセンターの森下です。
先日ご返送いただいた不備返却分のうち、1件について読者様にご確認がとれましたので、
正しい内容をお知らせします。

 読者番号:0412-09517
 契約者:青木 康弘 様
 金融機関:越後中央信用組合 本店営業部(店番 001)
 預金種目:普通
 口座番号:2093715
 口座名義:アオキ ヤスヒロ

依頼書上の口座番号が1桁不足していたもので、届出印は問題ないとのことです。
依頼書は当方で訂正印をいただいたうえで再送いたします。
""",
      personal=[("name", "青木 康弘"), ("bank_account", "越後中央信用組合 本店営業部(店番 001)"), ("bank_account", "口座番号:2093715"), ("name", "アオキ ヤスヒロ")])

C.add("iwata", "subject", "hold", "sensitive.crime_victim_subject",
      "The subject line names a stalking-crime victim with her age; the body only asks the lawyer for a call.",
      ["萬代法律事務所 篠原先生 <shinohara@bandai-law.example.jp>"],
      "ストーカー殺人未遂事件 被害者 佐野 美咲さん(24)の実名報道可否について",
      """
萬代法律事務所
篠原先生

いつもお世話になっております。みなと新報社 社会部の岩田です。
件名の件、明日朝刊の続報掲載にあたり、編集局として判断に迷っている点がございます。
できれば本日18時までに、15分ほどお電話でご意見を伺えないでしょうか。
関連する資料はお電話の際に口頭でご説明いたします。

お忙しいところ恐縮ですが、よろしくお願いいたします。
""",
      personal=[("name", "佐野 美咲"), ("crime_victim", "ストーカー殺人未遂事件 被害者")])

C.add("morishita", "zip", "hold", "list.prize_winners_zip",
      "A plain zip contains prize winners' names, postcodes, addresses and phones for the shipping contractor.",
      ["にいがた発送センター 片山様 <katayama@niigata-hasso.example.co.jp>"],
      "読者プレゼント(6月実施分)当選者データの送付",
      """
にいがた発送センター
片山様

お世話になっております。みなと新報社 読者サービスセンターの森下です。
6月実施の読者プレゼント当選者分のデータをお送りします。
商品ごとにファイルを分けて、zipにまとめています。
発送は7月4日(金)着でお願いいたします。のし・添え状は不要です。
""",
      attachments=[
          att("当選者データ_6月.zip/A_佐渡産コシヒカリ5kg.csv", """
当選No,氏名,郵便番号,住所,電話番号
A-01,早川 昭,950-0981,新潟市中央区堀之内南1-22-8,025-245-1174
A-02,星野 幸恵,940-0062,長岡市大手通1-3-15-602,0258-32-7719
A-03,丸田 純一,945-0056,柏崎市東本町2-9-3,0257-21-4408
"""),
          att("当選者データ_6月.zip/B_水族館ペアチケット.csv", """
当選No,氏名,郵便番号,住所,電話番号
B-01,金子 真由,951-8068,新潟市中央区上大川前通7-1243,090-3356-1187
B-02,平野 勝,957-0056,新発田市大栄町3-5-21,0254-22-6631
"""),
      ],
      personal=[("name", "早川 昭"), ("address", "新潟市中央区堀之内南1-22-8"), ("phone", "025-245-1174"),
                ("name", "金子 真由"), ("phone", "090-3356-1187")])

C.add("matsui", "recipients", "hold", "recipients.ad_feature_invitation",
      "An advertising invitation shows 15 advertisers and agencies from different companies in To/CC instead of BCC.",
      ["越後酒造 広報部 田島様 <tajima@echigo-shuzo.example.co.jp>",
       "新潟みなと信用金庫 経営企画部 <kikaku@minato-shinkin.example.co.jp>",
       "ホテル万代 営業部 相馬様 <soma@hotel-bandai.example.jp>",
       "医療法人青山会 事務局 <jimu@aoyamakai.example.or.jp>",
       "古町菓子舗 古川様 <furukawa@furumachi-kashi.example.jp>",
       "北陸ハウジング 販促課 三上様 <mikami@hokuriku-housing.example.co.jp>",
       "新潟交通サービス 総務課 <somu@niigata-kotsu-s.example.co.jp>",
       "ささだんご本舗 小島様 <kojima@sasadango.example.jp>",
       "新潟ビジネス学院 広報室 <koho@niigata-biz.example.ac.jp>",
       "万代自動車 営業部 大竹様 <otake@bandai-jidosha.example.co.jp>",
       "越後ガス 広報グループ <pr@echigo-gas.example.co.jp>",
       "ユキグニ電機 販売促進部 <hansoku@yukiguni-denki.example.co.jp>",
       "新潟中央葬祭 企画室 小野様 <ono@niigata-sousai.example.co.jp>"],
      "【ご案内】新春特別号(1月1日付)広告特集「にいがた 新しい年へ」ご出稿のお願い",
      """
広告ご出稿各社 ご担当者様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
みなと新報社 広告局の松井でございます。

来年1月1日付の新春特別号にて、恒例の広告特集「にいがた 新しい年へ」を企画しております。
昨年は32社様にご出稿いただき、おかげさまで大変ご好評をいただきました。
今年も下記のとおりご案内申し上げます。

■掲載日:2026年1月1日(木・祝)朝刊 新春特別号 第3部
■発行部数:約38万部(県内全域)
■広告サイズ・料金(税別、カラー)
 ・全5段        1,250,000円
 ・半5段         640,000円
 ・2段1/4(名刺広告)   65,000円
■お申込締切:11月28日(金)
■原稿締切:12月12日(金)

年賀のご挨拶広告としても多くの企業様にご利用いただいております。
制作のご相談も承りますので、お気軽にお問い合わせください。
""",
      cc=["新潟広告社 媒体部 永井様 <nagai.m@niigata-kokoku.example.co.jp>",
          "博越エージェンシー 坂井様 <sakai@hakuetsu-ag.example.co.jp>"])

C.add("matsui", "zip", "hold", "attachment.encrypted_zip",
      "The annual ad contract goes out as a password-protected zip with the password by SMS (PPAP).",
      ["新潟広告社 媒体部 永井様 <nagai.m@niigata-kokoku.example.co.jp>"],
      "年間掲載契約書(越後酒造様)送付の件",
      """
新潟広告社 媒体部
永井様

いつもお世話になっております。みなと新報社 広告局の松井です。
越後酒造様の2025年度 年間掲載契約書一式をお送りします。
社内規程により、パスワード付きZIPでの送付となります。
解凍パスワードは、この後、永井様の携帯にSMSでお送りします。

ご確認のうえ、押印済みの原本を月末までにご返送いただけますと幸いです。
""",
      attachments=[enc("年間掲載契約_越後酒造_2025.zip")])

C.add("iwata", "body", "hold", "sensitive.interviewee_mental_illness_to_producer",
      "An interviewee's schizophrenia, disability-certificate grade and home address go to an outside video producer before consent.",
      ["スタジオ潟 宮本様 <miyamoto@studio-gata.example.co.jp>"],
      "連載「ともに、ここで」動画版 第3回取材対象者の情報",
      """
スタジオ潟
宮本様

お世話になっております。みなと新報 社会部の岩田です。
動画版の撮影に向けて、第3回の取材対象者について事前情報を共有します。
ご本人には動画化の概要のみ説明しており、撮影の同意書はまだいただいていません。
来週の打合せまでは社外秘でお願いします。

 氏名:久保田 雅之さん(42)
 住所:新潟市東区大形本町3-8-21
 病歴:20代で統合失調症を発症、現在は通院治療中(精神障害者保健福祉手帳 2級)
 勤務先:東区の就労継続支援A型事業所「ひだまり工房」(パン製造)
 家族:母(70)と二人暮らし

ご本人は「病名を出してもいいが、住んでいる地区は伏せてほしい」とおっしゃっています。
撮影は工房内が中心になる予定です。
""",
      personal=[("name", "久保田 雅之"), ("address", "新潟市東区大形本町3-8-21"),
                ("diagnosis", "統合失調症"), ("disability", "精神障害者保健福祉手帳 2級")])

C.add("morishita", "body", "hold", "id.reader_card_number_to_psp",
      "A reader's full card number, expiry and name are typed into a mail to the payment provider.",
      ["ペイゲート 加盟店サポート <merchant-support@paygate.example.co.jp>"],
      "二重決済の調査依頼(加盟店ID MS-448120)",
      """
ペイゲート 加盟店サポート ご担当者様

お世話になっております。加盟店ID MS-448120 みなと新報社 読者サービスセンターの森下です。
電子版の電話申込をいただいた読者様から、6月分の購読料が2回引き落とされているとのご連絡がありました。
管理画面では1件しか確認できないため、カード会社側の記録をご確認いただけますでしょうか。

 カード番号:5312 7204 1880 7793
 有効期限:08/27
 カード名義:KOJI ARAI
 ご利用日:2025/06/01
 金額:3,400円

読者様には、調査に1週間ほどかかる旨をお伝えしています。
""",
      personal=[("card_number", "5312 7204 1880 7793"), ("name", "KOJI ARAI")])

# ---------------------------------------------------------------- passes

C.add("iwata", "attachment", "pass", "benign.election_candidates_graphic",
      "The attached list is of election candidates (public figures) with officially announced age, party and career.",
      ["デザインオフィス湊 横山様 <yokoyama@design-minato.example.jp>"],
      "県議選 候補者一覧グラフィックの素材(中央区)",
      """
デザインオフィス湊
横山様

お世話になっております。社会部の岩田です。
県議選の候補者一覧グラフィック用に、中央区の確定版データをお送りします。
告示日の選管発表に基づいたもので、顔写真は各陣営提供のものを別途FTPに上げます。

並び順は届け出順です。党派の略称は紙面の表記ルールに合わせています。
明日16時までにラフをいただけると助かります。
""",
      attachments=[att("候補者一覧_県議選_中央区.xlsx", """
[中央区(定数4)]
届出順	氏名	年齢	党派	新現元	主な経歴
1	相沢 浩一	58	自民	現	県議3期、元市議
2	本間 加奈子	47	立民	現	県議1期、元NPO法人代表
3	笹川 拓	39	維新	新	会社役員
4	高野 和夫	66	共産	元	元県議、元高校教諭
5	樋口 莉子	35	無所属	新	弁護士
""")])

C.add("iwata", "body", "pass", "benign.historical_figures_series",
      "Birth and death dates belong to historical figures in a local-history series.",
      ["五十嵐 正 <tadashi.igarashi.kyodo@gmail.com>"],
      "連載「越後の先人たち」第8回〜第10回 原稿確認のお願い",
      """
五十嵐 正 先生

いつも連載へのご協力をありがとうございます。みなと新報 社会部の岩田です。
第8回〜第10回の原稿がまとまりましたので、史実の確認をお願いできればと存じます。

 第8回 良寛(1758年〜1831年)
   出雲崎の名主の家に生まれ、国上山の五合庵での暮らしを中心に
 第9回 前島密(1835年〜1919年)
   上越・下池部の出身。郵便制度の創設と「1円切手」の肖像について
 第10回 坂口安吾(1906年10月20日〜1955年2月17日)
   新潟市生まれ。「堕落論」と、生家跡周辺の現在

特に第9回で、生家の位置と幼少期の転居時期の書き方に自信がありません。
お手数ですが、7月4日までに赤字をいただけますと助かります。
謝礼はこれまでどおり、掲載月の翌月末にお振込みいたします。
""")

C.add("matsui", "body", "pass", "benign.religious_corporation_advertiser",
      "The advertiser is a 宗教法人 (a temple) buying a New Year ad; no individual's belief is disclosed.",
      ["白山寺 寺務所 澤田様 <jimusho@hakusanji.example.or.jp>"],
      "初詣広告(12月28日付 初詣特集面)のお見積り",
      """
宗教法人 白山寺 寺務所
ご担当 澤田様

いつもお世話になっております。みなと新報社 広告局の松井です。
先日お電話でご相談いただいた初詣のご案内広告について、お見積りをお送りします。

 掲載日:12月28日(日)朝刊 「初詣特集」面
 サイズ:5段1/4(縦約16.5cm × 横9.5cm)カラー
 掲載料:198,000円(税込217,800円)
 原稿制作:弊社制作部にて対応(写真ご提供の場合は無料)

昨年ご掲載いただいた原稿をベースに、
 ・除夜の鐘の整理券配布時間
 ・駐車場の案内(臨時駐車場を含む)
 ・厄除け祈願の受付時間
を更新する形でよろしいでしょうか。

原稿締切は12月12日です。ご検討のほどよろしくお願いいたします。
""")

C.add("matsui", "body", "pass", "benign.condolence_to_advertiser",
      "A condolence note on a client company's chairman's death contains no sensitive detail beyond the public news.",
      ["越後酒造 広報部 田島様 <tajima@echigo-shuzo.example.co.jp>"],
      "【お悔やみ】樋渡会長ご逝去の報に接し",
      """
株式会社越後酒造
広報部 田島 様

このたびは、貴社代表取締役会長 樋渡 宗一郎 様のご逝去の報に接し、
謹んで哀悼の意を表します。
長年にわたり弊紙をご愛顧いただき、また地域の酒文化の発展にご尽力された会長のご功績に、
社員一同、深く感謝申し上げております。

本来であれば直接お伺いすべきところ、略儀ながらメールにて失礼いたします。
社葬のご日程が決まりましたら、差し支えのない範囲でお知らせいただけますと幸いです。
弊社より弔電・供花をお送りさせていただきたく存じます。

なお、弊紙おくやみ欄への掲載につきましては、ご遺族のご意向を最優先いたしますので、
ご判断がつきましたらで結構です。

心よりご冥福をお祈り申し上げます。
""")

C.add("morishita", "recipients", "pass", "benign.delivery_system_outage_bcc",
      "\"障害\" is an outage of the newsagents' delivery system; the eight newsagents are in BCC, not visible.",
      ["読者サービスセンター <dokusha@minato-shimpo.example.jp>"],
      "【障害】販売店向け配達管理システムの接続障害について(6/25 4:10復旧)",
      """
販売店各位

お疲れさまです。みなと新報社 読者サービスセンターの森下です。
本日未明、販売店向け配達管理システム(はいたつナビ)に接続障害が発生しました。
ご迷惑をおかけし申し訳ございません。

 発生:6月25日(水)2:35頃
 復旧:同日 4:10
 影響:配達順路表の印刷、止め・入れの反映ができない状態
 原因:データセンター側のネットワーク機器の故障(機器交換済み)

障害中に紙の順路表で配達された販売所では、本日分の止め・入れに漏れがないか、
念のため受付台帳との照合をお願いいたします。
不着・誤配のお問い合わせが入った場合は、通常どおりセンターから連絡いたします。

※本メールは各販売所にBCCでお送りしています。
""",
      bcc=["西堀販売所 <nagai@nishibori-hanbai.example.jp>",
           "関屋販売所 <igarashi@sekiya-hanbai.example.jp>",
           "寄居販売所 <yorii@yorii-hanbai.example.jp>",
           "白山販売所 <hakusan@hakusan-hanbai.example.jp>",
           "万代販売所 <bandai@bandai-hanbai.example.jp>",
           "沼垂販売所 <nuttari@nuttari-hanbai.example.jp>",
           "女池販売所 <meike@meike-hanbai.example.jp>",
           "寺尾販売所 <terao@terao-hanbai.example.jp>"])

C.add("iwata", "body", "pass", "benign.swift_payment_photo_agency",
      "The IBAN and SWIFT code belong to a photo agency (a company) in a payment remittance note.",
      ["Claire Laurent <accounts@northlight-photo.example.com>"],
      "Re: Invoice NL-2025-0613 - payment remittance",
      """
Dear Ms. Laurent,

Thank you for your reminder. This is Kenichi Iwata from the news desk of The Minato Shimpo.

I have confirmed with our accounting department that the payment for invoice NL-2025-0613
(licence fee for 3 editorial images, Sado Island festival series) was remitted on 24 June.

  Amount: EUR 780.00
  Beneficiary: Northlight Photo Agency SARL
  Bank: Banque Exemple de Lyon
  IBAN: FR7630004028370001045678912
  SWIFT/BIC: BEXLFRPPXXX
  Our reference: MSP-FX-0624-03

Our bank charges were paid on our side (OUR). If the amount has not been credited
within a few days, please let me know and I will ask our bank to trace it.

Best regards,
""")

C.add("morishita", "body", "pass", "benign.masked_card_to_reader_himself",
      "The reply goes to the cardholder himself and shows only the last four digits of his card.",
      ["荒井 浩二 <koji.arai.niigata@yahoo.co.jp>"],
      "電子版購読料の二重請求について(調査結果のご報告)",
      """
荒井 浩二 様

いつもみなと新報をご愛読いただき、誠にありがとうございます。
みなと新報社 読者サービスセンターの森下でございます。

先日お電話でお問い合わせいただきました、電子版購読料(6月分)の二重請求の件につきまして、
決済代行会社の調査結果をご報告いたします。

 対象カード:****-****-****-7793
 ご利用日:2025年6月1日
 金額:3,400円 × 2件

システムの再送処理により、同じ請求が2回送信されていたことが判明いたしました。
重複分の3,400円は、6月28日付で取消処理を行っております。
カード会社のご利用明細への反映は、締め日の関係で7月または8月になる場合がございます。

このたびはご迷惑をおかけし、誠に申し訳ございませんでした。
今後とも、みなと新報をよろしくお願い申し上げます。
""")

C.add("morishita", "body", "pass", "benign.delivery_truck_plate_numbers",
      "The numbers are truck registration plates for newspaper transport, not linked to any private person.",
      ["越後トランスポート 配車課 <haisha@echigo-trans.example.co.jp>"],
      "夏季臨時便(お盆期間)の輸送車両について",
      """
越後トランスポート 配車課 ご担当者様

お世話になっております。みなと新報社 販売局の森下です。
お盆期間(8/13〜8/16)の朝刊輸送について、臨時便の車両をご手配いただきありがとうございます。
印刷センターの入構申請のため、車両情報を下記のとおり登録いたしました。

 便名   ルート              車両番号          出発
 臨1便  印刷C → 長岡・小千谷      新潟 100 か 12-34    1:40
 臨2便  印刷C → 柏崎・上越       新潟 130 さ 47-08    1:55
 臨3便  印刷C → 新発田・村上      長岡 100 あ 30-61    2:10

ドライバーの方のお名前は、入構時に受付簿へご記入いただければ結構です。
車両変更がある場合は、前日17時までにご連絡ください。
""")

C.add("matsui", "zip", "pass", "benign.plain_zip_ad_proof",
      "An unencrypted zip carries an ad proof and specs; the phone numbers in it are the hotel's own.",
      ["ホテル万代 営業部 相馬様 <soma@hotel-bandai.example.jp>"],
      "夏休みプラン広告 初校ゲラの送付",
      """
ホテル万代 営業部
相馬様

お世話になっております。みなと新報社 広告局の松井です。
7月12日付掲載の「夏休みファミリープラン」広告の初校ができましたので、zipファイル(パスワードなし)でお送りします。

 ・初校ゲラ(PDF)
 ・入稿仕様(テキスト)

料金表記とご予約電話番号を特にご確認ください。
修正がございましたら、7月3日(木)正午までにPDFに直接ご記入のうえお戻しください。
""",
      attachments=[
          att("ホテル万代_初校.zip/初校ゲラ_7月12日付.pdf", """
夏休みは、ホテル万代で。
ファミリープラン 大人1名 12,800円〜(1泊朝食付・税込)小学生半額
万代島の花火を客室から 8月の土曜限定
ご予約・お問い合わせ 025-244-8100(受付 9:00〜20:00)
ホテル万代 新潟市中央区万代島5-1
"""),
          att("ホテル万代_初校.zip/入稿仕様.txt", """
掲載日:2025年7月12日(土)朝刊 地域面
サイズ:5段1/2(縦16.5cm×横19.0cm)カラー
入稿形式:PDF/X-1a、解像度350dpi、アウトライン化済み
"""),
      ])

C.add("morishita", "body", "pass", "benign.dev_minutes_test_card",
      "4111 1111 1111 1111 is the standard test card used in staging, recorded in development minutes with test members only.",
      ["シグナルワークス 岡部様 <okabe@signalworks.example.co.jp>",
       "シグナルワークス 西岡様 <nishioka@signalworks.example.co.jp>"],
      "【議事録】電子版決済リニューアル 第6回定例(6/26)",
      """
シグナルワークス
岡部様、西岡様

お世話になっております。みなと新報社 読者サービスセンターの森下です。
本日の定例会の議事録を共有します。修正があれば7/1(火)までにご指摘ください。

━━━━━━━━━━━━━━━━━━━━
電子版決済リニューアル 第6回定例会 議事録
日時:2025年6月26日(木)15:00〜16:10
場所:オンライン(Teams)
出席:シグナルワークス 岡部様、西岡様/当社 販売局 森下、システム部 新井、経理部 樋口
━━━━━━━━━━━━━━━━━━━━
1. 前回宿題の確認
 ・二重決済の原因(再送処理)について、リトライ時に冪等キーを付与する修正を実装済み(西岡様)
2. ステージング環境での結合テスト結果
 ・テストカード 4111 1111 1111 1111(有効期限 12/30、CVC 123)で正常系 48件すべてOK
 ・3Dセキュア認証失敗時のエラーメッセージが英語のまま表示される不具合あり → 修正(西岡様、7/3)
 ・テスト会員「テスト 花子」(会員ID TEST-000123)で解約→再契約のシナリオを確認、問題なし
3. 本番移行スケジュール
 ・7/14(月)深夜メンテナンスで切替。読者向け告知は7/1から紙面・Webで開始(森下)
4. 次回:7/10(木)15:00〜
━━━━━━━━━━━━━━━━━━━━
""")
