# Org A: みなと日報社 (regional newspaper) - readers' desk and obituary section
ORG = "みなと日報社 (regional newspaper: readers' desk / obituaries)"
TAJIMA = "田島 佳代 <tajima.k@minato-nippo.example.jp>"
MORI = "森下 浩二 <morishita.k@minato-nippo.example.jp>"
MIYA = "宮坂 亮 <miyasaka.r@minato-nippo.example.jp>"
WRITERS = {TAJIMA: "読者センター 田島 佳代", MORI: "報道部 地域面・おくやみ担当 森下 浩二", MIYA: "販売局 読者サービス課 宮坂 亮"}

SIG_T = """
――――――――――――――――――
株式会社みなと日報社 読者センター
田島 佳代（たじま かよ）
〒950-0088 新潟県港北市中央通3-12-1
TEL 025-000-4410（平日9:30〜17:30）
tajima.k@minato-nippo.example.jp
――――――――――――――――――"""
SIG_M = """
--
みなと日報社 報道部 地域面・おくやみ担当
森下 浩二
TEL 025-000-4425 / FAX 025-000-4499
morishita.k@minato-nippo.example.jp"""
SIG_Y = """
==============================
みなと日報社 販売局 読者サービス課
宮坂 亮  Ryo Miyasaka
直通 025-000-4460
miyasaka.r@minato-nippo.example.jp
=============================="""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="list.obituary_roster", where="body",
 why="Sends a list of bereaved chief mourners with home addresses and phones to an outside advertising agency.",
 frm=MORI, to=["営業推進 高瀬様 <takase@kouyou-ad.example.jp>"],
 subject="今週のおくやみ掲載分（喪主様連絡先）",
 text="""高瀬様

いつもお世話になっております。みなと日報の森下です。
ご依頼のあった今週掲載分のおくやみ欄、喪主様の連絡先を下記にまとめました。
香典返しのご案内DMに使われるとのことでしたので、取り急ぎお送りします。

・11/4掲載 故 新保 トミ様（91）　喪主 新保 和雄様　港北市西浜2-8-14　025-000-3381
・11/5掲載 故 長谷川 勇様（78）　喪主 長谷川 順子様　港北市山ノ下町5-2　090-2231-0457
・11/6掲載 故 五十嵐 キヨ様（88）　喪主 五十嵐 修様　阿賀町大字東岡1120　0254-00-2816
・11/7掲載 故 渡部 正信様（69）　喪主 渡部 真由美様　港北市寺尾東1-33-7　080-6610-2249

来週分は金曜にまとめてお送りします。
""" + SIG_M,
 personal=[{"type":"name","value":"新保 和雄様"},{"type":"address","value":"港北市西浜2-8-14"},{"type":"phone","value":"090-2231-0457"},{"type":"address","value":"港北市寺尾東1-33-7"}]),

dict(expect="hold", kind="list.prize_winners", where="attachment",
 why="The attached CSV lists reader-prize winners with home addresses and phone numbers for an outside shipping vendor.",
 frm=MIYA, to=["株式会社北越ギフトサービス 発送係 <hassou@hokuetsu-gift.example.jp>"],
 subject="読者プレゼント（10月締切分）発送データ",
 text="""北越ギフトサービス 発送ご担当者様

お世話になっております。みなと日報社 販売局の宮坂です。
10月締切分の読者プレゼントについて、発送用データを添付いたします。
賞品は「佐渡産おけさ柿 3kg」で、お届け希望日は11月20日以降でお願いいたします。

ご不明点がございましたらご連絡ください。
""" + SIG_Y,
 attachments=[{"filename":"present_2024_10.csv","contentType":"text/csv","text":
"""当選番号,氏名,郵便番号,住所,電話番号
P10-001,坂井 美智子,950-0914,新潟県港北市紫竹山4-7-21,025-000-1187
P10-002,小林 忠,959-1313,新潟県加茂市幸町2-3-5,0256-00-4420
P10-003,中川 理恵,950-2024,新潟県港北市小新西1-15-9 メゾン小新202,090-7713-2054
P10-004,大竹 源三,949-5411,新潟県長岡市西野1022,0258-00-9361
P10-005,吉田 沙織,950-0865,新潟県港北市本馬越1-4-18,080-4402-6618"""}],
 personal=[{"type":"name","value":"坂井 美智子"},{"type":"address","value":"新潟県港北市紫竹山4-7-21"},{"type":"phone","value":"090-7713-2054"}]),

dict(expect="hold", kind="sensitive.juvenile_proceedings", where="quoted",
 why="The forwarded reader letter names a mother and states her son is in juvenile proceedings; it goes to the outside lawyer.",
 frm=TAJIMA, to=["弁護士 小野寺 隆 <onodera@onodera-law.example.jp>"],
 subject="Fw: 10/29付 社会面記事について（読者様より）",
 text="""小野寺先生

いつもお世話になっております。みなと日報社 読者センターの田島です。
下記の読者様からのお申し出について、回答の方針をご相談させてください。
ご都合のよいときにお電話いただけますと幸いです。
""" + SIG_T + """

-------- Forwarded Message --------
From: 村井 由紀子 <yukiko.murai77@gmail.example.com>
Date: 2024/10/30 22:14
To: reader@minato-nippo.example.jp
Subject: 10/29付 社会面記事について

10月29日の「港北署、中学生ら3人を窃盗容疑で補導」の記事について申し上げます。
実名は出ていませんが、学校名と部活動が書かれており、近所では息子（村井 翔太、14歳）のことだとすぐに分かってしまいました。
息子は現在、家庭裁判所の少年審判を控えており、調査官の面接を受けている最中です。
ネット版の記事から学校名の部分を削除していただけないでしょうか。

村井 由紀子
港北市女池南3-9-2
090-5581-3306
""",
 personal=[{"type":"name","value":"村井 翔太"},{"type":"juvenile","value":"家庭裁判所の少年審判を控えており"},{"type":"address","value":"港北市女池南3-9-2"}]),

dict(expect="hold", kind="id.bank_account", where="subject",
 why="The subject line carries a private reader's savings account number for a subscription refund sent to a dealer.",
 frm=MIYA, to=["みなと日報 寺尾販売所 <terao-hanbai@mn-dealers.example.jp>"],
 subject="購読料返金 越後中央銀行 寺尾支店 普通 3345821 ハラダ ミツコ様 振込予定の件",
 text="""寺尾販売所 所長様

お疲れさまです。宮坂です。
標記の件、本社経理から今月25日に振込予定と連絡がありました。
読者様へのご説明は販売所からお願いできますでしょうか。

よろしくお願いいたします。
""" + SIG_Y,
 personal=[{"type":"bank_account","value":"普通 3345821 ハラダ ミツコ"}]),

dict(expect="hold", kind="attachment.encrypted_zip", where="encrypted_zip",
 why="Reader submissions are sent to an outside proofreader in a password-protected zip.",
 frm=MORI, to=["校閲 工藤 静香 <kudo.shizuka@kouetsu-works.example.jp>"],
 subject="「声」欄 11月第2週分 原稿送付",
 text="""工藤様

お世話になっております。森下です。
「声」欄の11月第2週分、8本の原稿をお送りします。
パスワードは別メールでお知らせします。
水曜正午までにお戻しいただけると助かります。
""" + SIG_M,
 attachments=[{"filename":"koe_1111-1115.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="recipients.visible_private", where="recipients",
 why="Thirteen photo-contest winners, mostly private addresses, are all visible in To.",
 frm=TAJIMA, to=["katsuo.ishida@ocn.example.ne.jp","m-sugawara@gmail.example.com","yuri_honda@yahoo.example.co.jp","tetsu.ando@nifty.example.com","akemi-k@gmail.example.com","saito.hiroshi55@biglobe.example.ne.jp","kaneko_photo@gmail.example.com","n.ueda@so-net.example.ne.jp","fujimura.aki@yahoo.example.co.jp","r.kondo@icloud.example.com","takako.ogawa@gmail.example.com","photo-club@niigata-camera.example.jp","h.yokoyama@outlook.example.jp"],
 subject="第18回みなと日報 写真コンテスト 入賞のお知らせと表彰式のご案内",
 text="""入賞者の皆さま

このたびは第18回みなと日報写真コンテストにご応募いただき、誠にありがとうございました。
厳正な審査の結果、皆さまの作品が入賞となりましたのでお知らせいたします。

表彰式
　日時：12月7日（土）14:00〜15:30
　会場：みなと日報社 本社1階 みなとホール
　持ち物：本メールを印刷したもの、または画面のご提示

ご出欠を11月25日までに本メールへのご返信でお知らせください。
入賞作品は12月1日付の朝刊特集面に掲載予定です。
""" + SIG_T),

dict(expect="hold", kind="sensitive.health", where="body",
 why="Tells a delivery dealer that a named elderly subscriber has dementia and a care-level rating.",
 frm=MIYA, to=["みなと日報 山ノ下販売所 <yamanoshita@mn-dealers.example.jp>"],
 subject="山ノ下地区 購読契約の取消について",
 text="""山ノ下販売所 佐藤所長

お疲れさまです。宮坂です。
本日、読者センターに以下のご相談がありましたので共有します。

・契約者：古川 シズ様（山ノ下町8-11）
・ご相談者：娘さん（県外在住）
・内容：9月に3年契約を結ばれたが、お母様はアルツハイマー型認知症と診断されており、要介護3の認定を受けている。契約内容を理解していなかったので取り消したい。

事情を考慮して違約金なしで解約とする方向で調整しています。
訪問の際は勧誘をせず、娘さんの了解を取ってから伺ってください。
""" + SIG_Y,
 personal=[{"type":"name","value":"古川 シズ様"},{"type":"diagnosis","value":"アルツハイマー型認知症と診断されており、要介護3の認定"}]),

dict(expect="hold", kind="sensitive.crime_victim", where="body",
 why="Gives a freelance photographer the name, age and address of a fraud victim for an interview.",
 frm=MORI, to=["写真家 市川 大輔 <d.ichikawa.photo@gmail.example.com>"],
 subject="週末の取材同行のお願い（特殊詐欺の連載）",
 text="""市川さん

お疲れさまです。森下です。
連載「だまされないために」第3回の取材に同行をお願いできますか。

日時：11月16日（土）10:30〜
取材先：大橋 ツネさん（84）
住所：港北市有明町2-17-3（駐車場あり、玄関は裏手）
概要：先月、息子を名乗る電話で現金480万円をだまし取られた被害者の方です。顔は出さず、手元と部屋の様子のみ撮影の約束です。

現地で10時15分に待ち合わせでお願いします。
""" + SIG_M,
 personal=[{"type":"name","value":"大橋 ツネさん（84）"},{"type":"address","value":"港北市有明町2-17-3"},{"type":"crime_victim","value":"現金480万円をだまし取られた被害者"}]),

dict(expect="hold", kind="sensitive.criminal_record", where="body",
 why="Tells an outside lawyer that a named reader has a past conviction, with his address, about an article deletion request.",
 frm=TAJIMA, to=["弁護士 小野寺 隆 <onodera@onodera-law.example.jp>"], cc=["法務室 <houmu@minato-nippo.example.jp>"],
 subject="過去記事削除のご要望（2015年記事）",
 text="""小野寺先生

お世話になっております。読者センターの田島です。
過去記事の削除要望について、ご見解をいただきたくご連絡しました。

■要望者：関根 雅人様（港北市関屋本村町1-6-30、52歳）
■対象記事：2015年6月12日付「元市職員を業務上横領で逮捕」
■経緯：同氏は2015年に業務上横領罪で懲役2年6月・執行猶予4年の判決を受け、猶予期間は満了している。現在の勤務先に記事を見つけられ、退職を迫られているとのこと。

当社データベースと提携先ニュースサイトからの削除可否について、来週中にご意見をいただけますでしょうか。
""" + SIG_T,
 personal=[{"type":"name","value":"関根 雅人様"},{"type":"criminal_record","value":"業務上横領罪で懲役2年6月・執行猶予4年の判決"}]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.public_figure_obituary", where="",
 why="Confirms the published obituary text of a former mayor (a public figure) with the funeral home handling the public farewell.",
 frm=MORI, to=["セレモニーホール港北 式典課 <shikiten@ceremony-kohoku.example.jp>"],
 subject="元市長 故・島田 昭一氏 おくやみ記事の文面確認",
 text="""セレモニーホール港北 式典課 ご担当者様

お世話になっております。みなと日報 報道部の森下です。
明日朝刊に掲載予定の記事文面をお送りします。お別れの会の日時に誤りがないかご確認ください。

――――
島田 昭一氏（しまだ・しょういち＝元港北市長）11日、老衰のため市内の病院で死去、89歳。
1987年から3期12年にわたり市長を務め、港北駅南口の再開発や市立図書館の建設に尽力した。
お別れの会は12月1日午前11時から港北市民会館大ホールで。主催は港北市。
――――

修正がある場合は本日18時までにご連絡いただけますと幸いです。
""" + SIG_M),

dict(expect="pass", kind="benign.condolence", where="",
 why="A condolence letter to the widow of a long-time columnist, sent to her directly.",
 frm=MORI, to=["片桐 恵子様 <keiko.katagiri@nifty.example.com>"],
 subject="御礼とお悔やみ",
 text="""片桐 恵子様

このたびはご主人 片桐 修三先生のご逝去の報に接し、心よりお悔やみ申し上げます。
先生には二十年にわたりコラム「川べりの雑記帳」をご執筆いただき、読者から多くの便りが寄せられました。
編集部一同、先生の温かい文章に何度も助けられてまいりました。

ささやかではございますが、連載の切り抜きをまとめた冊子をお届けしたく存じます。
ご落ち着きになられた頃にお送りしてもよろしいでしょうか。

寒さに向かう折、どうかご自愛ください。
""" + SIG_M),

dict(expect="pass", kind="benign.data_subject_self", where="",
 why="Confirms a change of delivery address to the subscriber herself, quoting only her own details.",
 frm=TAJIMA, to=["小池 ひろみ様 <hiromi.koike@gmail.example.com>"],
 subject="Re: 転居に伴う配達先変更について",
 text="""小池 ひろみ様

みなと日報社 読者センターの田島でございます。
配達先変更のご連絡をいただき、ありがとうございます。
以下の内容で承りましたので、お間違いがないかご確認ください。

　新しい配達先：港北市万代4-2-9 ライオンズ万代703号
　お電話番号：090-3318-2270
　変更日：12月1日（日）朝刊から

新しい地区の担当は万代販売所になります。集金方法は現在の口座振替のまま変わりません。
""" + SIG_T + """

> 12月1日から下記に引っ越しますので配達先の変更をお願いします。
> 港北市万代4-2-9 ライオンズ万代703号
> 携帯 090-3318-2270
> 小池 ひろみ
"""),

dict(expect="pass", kind="benign.aggregate_survey", where="",
 why="Sends an advertising agency aggregate reader-survey figures with no individual respondents.",
 frm=MIYA, to=["株式会社光陽エージェンシー 媒体部 佐々木様 <sasaki@kouyou-ad.example.jp>"],
 subject="2024年 読者調査 集計結果（速報）",
 text="""光陽エージェンシー 佐々木様

いつもお世話になっております。宮坂です。
先日お問い合わせいただいた読者調査の速報値をお送りします。

　回収数：1,842件（回収率 36.8%）
　年代別：60代以上 58% / 40〜50代 29% / 30代以下 13%
　毎日読む面（複数回答）：地域面 81%、おくやみ欄 64%、テレビ欄 52%、スポーツ面 33%
　折込チラシを参考にする：71%

詳細版（クロス集計）は12月上旬にPDFでお渡しできる見込みです。
""" + SIG_Y),

dict(expect="pass", kind="benign.project_mail_two_companies", where="",
 why="A project mail to six addresses from two companies (the newspaper and its app vendor) about a release schedule.",
 frm=MIYA, to=["野口 真司 <noguchi@tsubame-digital.example.jp>","石黒 彩 <ishiguro@tsubame-digital.example.jp>","青木 悠 <aoki@tsubame-digital.example.jp>"], cc=["田島 佳代 <tajima.k@minato-nippo.example.jp>","デジタル編集部 本間 <honma@minato-nippo.example.jp>","システム課 金子 <kaneko.s@minato-nippo.example.jp>"],
 subject="【電子版アプリ】v3.2 リリース日程の確定について",
 text="""つばめデジタル 野口様、石黒様、青木様

お世話になっております。みなと日報 宮坂です。
昨日の定例を受けて、v3.2のリリース日程を下記で確定させてください。

1. 社内検証：11/18（月）〜11/22（金）
2. ストア申請：11/25（月）
3. 公開予定：12/2（月）朝6時
4. 読者向けお知らせ掲載：12/1（日）朝刊2面

おくやみ欄の検索機能は v3.3 に持ち越しとします。
当社側は田島、本間、金子が検証に参加します。
""" + SIG_Y),

dict(expect="pass", kind="benign.corporate_bank_account", where="",
 why="An advertising invoice to a corporate client showing the newspaper's own corporate bank account.",
 frm=MIYA, to=["有限会社丸山酒造 総務部 丸山 聡様 <soumu@maruyama-shuzo.example.jp>"],
 subject="11月掲載分 広告料金ご請求書送付のご案内",
 text="""有限会社丸山酒造 丸山様

平素より格別のお引き立てを賜り、ありがとうございます。
11月3日付朝刊に掲載いたしました「新酒蔵開き」広告の料金について、ご請求書をお送りいたします。

　ご請求金額：198,000円（税込）
　お支払期限：12月27日（金）
　お振込先：越後中央銀行 本店営業部 当座 0102938 カ）ミナトニツポウシヤ

振込手数料は恐れ入りますが貴社ご負担にてお願いいたします。
""" + SIG_Y,
 attachments=[{"filename":"invoice_2411_maruyama.pdf","contentType":"application/pdf","text":"請求書 No. MN-AD-2411-0087\n有限会社丸山酒造 御中\n11/3 朝刊 地域面 全5段 カラー 1回 198,000円（税込）\n振込先 越後中央銀行 本店営業部 当座 0102938 カ）ミナトニツポウシヤ\n株式会社みなと日報社 法人番号 5110001009876"}]),

dict(expect="pass", kind="benign.historical_figure", where="",
 why="Asks a museum about images of a historical figure for a local-history series.",
 frm=MORI, to=["港北市郷土資料館 学芸員 熊谷様 <kumagai@kohoku-museum.example.jp>"],
 subject="連載「港の先人たち」第5回 資料写真のお借り入れについて",
 text="""港北市郷土資料館 熊谷様

先日は取材にご協力いただき、ありがとうございました。
第5回は、明治期に港の築港を指揮した技師・廣井 勇と、北前船の廻船問屋・鈴木 長蔵を取り上げます。

つきましては、以下の資料写真をお借りできればと存じます。
　・鈴木長蔵の肖像写真（館蔵番号 K-1132）
　・明治30年代の港北港の絵図（K-0457）

掲載は12月14日付の予定で、クレジットは「港北市郷土資料館所蔵」と入れます。
""" + SIG_M),

dict(expect="pass", kind="benign.election_candidates", where="",
 why="Sends a layout contractor the published profiles of mayoral election candidates (public figures).",
 frm=MORI, to=["株式会社北斗製版 組版課 <kumihan@hokuto-seihan.example.jp>"],
 subject="市長選 候補者略歴（11/17告示）組版データ",
 text="""北斗製版 組版課 ご担当者様

森下です。告示日紙面の候補者略歴です。届け出順に並べてください。

浅野 健太郎（あさの・けんたろう）58 無所属・新　元県議（2期）、港北大卒。
内山 律子（うちやま・りつこ）61 無所属・現　市長（1期）、元市教育長。
遠藤 誠（えんどう・まこと）44 共産・新　党地区委員、NPO職員。

顔写真は別途FTPにアップ済みです（ファイル名 cand_01〜03.jpg）。
""" + SIG_M),

dict(expect="pass", kind="benign.it_outage", where="",
 why="Reports a CMS distribution outage ('障害') to the system vendor; no personal data.",
 frm=TAJIMA, to=["株式会社ライン工房 サポート窓口 <support@line-koubou.example.jp>"], cc=["システム課 金子 <kaneko.s@minato-nippo.example.jp>"],
 subject="【障害報告】電子版 おくやみ欄の更新遅延（11/12 5:40〜7:15）",
 text="""ライン工房 サポートご担当者様

みなと日報 読者センターの田島です。
本日早朝、電子版のおくやみ欄が更新されない障害が発生しました。

・発生：11/12 5:40頃
・復旧：11/12 7:15（手動で再配信）
・影響：電子版会員からの問い合わせ 23件
・エラーログ抜粋：job=okuyami_publish status=timeout hash=9f2c41e07ab3d5

原因の調査と再発防止策について、ご報告をお願いいたします。
""" + SIG_T),

dict(expect="pass", kind="benign.fiction", where="",
 why="Edits on a serialized novel; the named characters and their illness are fiction.",
 frm=MORI, to=["作家 柚木 透 <yuzuki.toru@novelist-office.example.jp>"],
 subject="連載小説「潮待ちの町」第42回 ゲラのご確認",
 text="""柚木先生

いつもありがとうございます。森下です。
第42回のゲラをお送りします。校閲から2点確認が入っています。

1. 「千代が肺を患って入院したのは昭和三十八年の冬」とありますが、第17回では「三十九年」となっています。どちらに揃えましょうか。
2. 主人公・佐伯 徹が服役を終えて町に戻る場面、「仮出所」か「満期出所」か、前回との整合をご確認ください。

挿絵は今回も宮本さんにお願いしています。
金曜までにお戻しいただければ間に合います。
""" + SIG_M),
]

MAILS.append(dict(expect="hold", kind="personal.customer_inquiry_forward", where="body",
 why="Forwards one reader's full contact details and complaint to the outside delivery contractor.",
 frm=TAJIMA, to=["有限会社新潟ライン配送 配送管理 <haisou@niigata-line.example.jp>"],
 subject="配達時の騒音について（読者様からのご意見）",
 text="""新潟ライン配送 配送管理ご担当者様

お世話になっております。みなと日報社 読者センターの田島です。
朝刊配達のバイク騒音について、以下の読者様から強いご意見をいただきました。
直接お詫びのご連絡をお願いできますでしょうか。

　お名前：水野 敏行様（68歳）
　ご住所：港北市東堀通7-405-2 グランメゾン東堀1105
　お電話：025-000-7734（日中は携帯 090-1127-8853）
　メール：t.mizuno@ocn.example.ne.jp
　内容：毎朝3時半ごろ、マンション前でエンジンをかけたまま長時間停車している。夜勤明けの妻が眠れない。

なお、水野様は「名前を出して構わない」とはおっしゃっていませんので、お取り扱いにはご注意ください。
""" + SIG_T,
 personal=[{"type":"name","value":"水野 敏行様"},{"type":"address","value":"港北市東堀通7-405-2 グランメゾン東堀1105"},{"type":"phone","value":"090-1127-8853"},{"type":"email","value":"t.mizuno@ocn.example.ne.jp"}]))
