# -*- coding: utf-8 -*-
"""Org A: 若葉川市 子ども未来部（保育課・子ども家庭課）"""

ORG = "A"
DOM = "city.wakabagawa.example.jp"

TAMURA = "田村 沙織 <tamura-s@city.wakabagawa.example.jp>"
KITAHARA = "北原 誠 <kitahara-m@city.wakabagawa.example.jp>"
OHNO = "大野 恭子 <ohno-k@city.wakabagawa.example.jp>"

SIG_TAMURA = """
――――――――――――――――――――――――
若葉川市 子ども未来部 保育課 入所係
主事　田村 沙織（たむら さおり）
〒340-0812 若葉川市本町二丁目3番1号 本庁舎3階
TEL 048-555-2140（直通）／FAX 048-555-2199
E-mail tamura-s@city.wakabagawa.example.jp
――――――――――――――――――――――――
※本メールは職務上の連絡です。誤って受信された場合は、
　お手数ですが削除のうえ送信者までお知らせください。"""

SIG_KITAHARA = """
=============================================
若葉川市 子ども未来部 子ども家庭課
家庭児童相談室　社会福祉士　北原 誠
〒340-0812 若葉川市本町二丁目3番1号（本庁舎2階 22番窓口）
電話 048-555-2166　FAX 048-555-2170
【個人情報の取扱いについて】
このメールには職務上知り得た情報が含まれる場合があります。
目的外の利用・転送はご遠慮ください。
============================================="""

SIG_OHNO = """
--
若葉川市 保育課 施設支援係
係長 大野 恭子
TEL 048-555-2143 / 内線 3214
ohno-k@city.wakabagawa.example.jp"""

JISOU = "県中央児童相談所 相談調整課 <chousei@chuo-jisou.pref-kanto.example.jp>"
POLICE = "若葉川警察署 生活安全課 <seian@wakabagawa-ps.police.pref-kanto.example.jp>"
VENDOR = "ジチタイソリューションズ サポートデスク <support@jichitai-sol.example.co.jp>"

MAILS = []

# ---------------------------------------------------------------- holds
MAILS.append(dict(
    writer="kitahara", loc="body", expect="hold",
    kind="sensitive.child_abuse_referral",
    why="児童相談所への情報提供で、特定の児童の負傷状況と母親のうつ病治療歴（要配慮個人情報）を本文に記載している。",
    **{"from": KITAHARA},
    to=[JISOU],
    cc=["県中央児童相談所 児童福祉司 小沢 亮 <ozawa-r@chuo-jisou.pref-kanto.example.jp>"],
    subject="【情報提供】本町地区の児童の件（本日電話連絡分）",
    text="""県中央児童相談所
相談調整課 ご担当者様
児童福祉司 小沢様

いつもお世話になっております。若葉川市子ども家庭課の北原です。
本日11時頃お電話でお伝えした件について、市で把握している情報を取り急ぎ文書でお送りします。

■児童
　松永 陽翔（まつなが はると）　平成31年2月14日生（5歳）
　こすもす保育園 年中組在籍
■住所
　若葉川市本町四丁目11番8号 コーポ本町202
■世帯
　母：松永 美咲（31歳、パート勤務）
　母の交際相手：同居、氏名不詳（20代後半とのこと）

■経過
・4/14（月）朝の登園時、担任が左頬と右上腕に直径2～3cmのあざを確認。
　本児は「〇〇くん（交際相手の呼び名）にやられた」と発言。
・園長が母に確認したところ「公園で転んだ」との説明。
・同日午後、園より市へ通告。市職員2名が園で本児の状況を確認済み（写真あり）。

■市の把握している背景
・母は昨年12月から市内の精神科クリニックでうつ病の治療を受けている
　（保健センターの保健師が乳幼児健診の際に本人から聴取）。
・3月に家賃滞納の相談で生活支援課に来庁歴あり。
・きょうだいなし。

明日以降、母と面談の予定を入れています。
一時保護の要否について、本日中にご判断の見込みを教えていただけますと助かります。
よろしくお願いいたします。
""" + SIG_KITAHARA,
    personal=[
        {"type": "name", "value": "松永 陽翔"},
        {"type": "birthdate", "value": "平成31年2月14日生"},
        {"type": "address", "value": "若葉川市本町四丁目11番8号 コーポ本町202"},
        {"type": "name", "value": "松永 美咲"},
        {"type": "diagnosis", "value": "うつ病の治療を受けている"},
    ],
))

MAILS.append(dict(
    writer="ohno", loc="body", expect="hold",
    kind="sensitive.disability_kahai",
    why="こども園へ加配保育士の相談として、入園予定児の氏名と自閉スペクトラム症の診断・療育手帳の等級を本文で伝えている。",
    **{"from": OHNO},
    to=["認定こども園みどりの森 園長 長谷部 和子 <hasebe@midorinomori.example.ed.jp>"],
    subject="4月入園児の加配保育士配置について（ご相談）",
    text="""みどりの森
長谷部園長先生

お世話になっております。保育課の大野です。
先日の園長会ではありがとうございました。

4月から年少組に入園予定の吉川 蒼くん（令和3年6月2日生）について、
加配保育士の配置についてご相談させてください。

保護者から提出された書類によると、
・昨年秋に県立こども医療センターで自閉スペクトラム症と診断
・療育手帳（B2）を所持
・現在、週2回 ひだまり療育センターに通所中
とのことです。
集団での活動の切り替えが苦手で、大きな音に強い不安が出るそうです。

市としては加配1名分（補助金対象）を想定していますが、
園の体制として4月からの配置が可能かどうか、今月中にお返事をいただけますでしょうか。
必要であれば保護者面談に私も同席します。

どうぞよろしくお願いいたします。
""" + SIG_OHNO,
    personal=[
        {"type": "name", "value": "吉川 蒼"},
        {"type": "birthdate", "value": "令和3年6月2日生"},
        {"type": "diagnosis", "value": "自閉スペクトラム症と診断"},
        {"type": "disability", "value": "療育手帳（B2）"},
    ],
))

MAILS.append(dict(
    writer="tamura", loc="attachment", expect="hold",
    kind="list.admission_roster",
    why="本文は簡単な送付連絡だが、添付Excelに内定児童と保護者の氏名・生年月日・住所・電話番号の一覧がある。",
    **{"from": TAMURA},
    to=["わかば保育園 事務室 <office@wakatake-kai.example.or.jp>"],
    cc=["わかば保育園 園長 宮田 信子 <miyata@wakatake-kai.example.or.jp>"],
    subject="令和7年4月入所内定者一覧の送付",
    text="""わかば保育園
事務ご担当者様

いつもお世話になっております。保育課入所係の田村です。

令和7年4月入所の内定者一覧をお送りします。
入園前面談の日程調整にご利用ください。
内定通知は3月5日（水）に各ご家庭へ発送済みです。

変更・辞退の連絡が入りましたら、都度お知らせします。
よろしくお願いいたします。
""" + SIG_TAMURA,
    attachments=[dict(
        filename="R7.4内定者一覧_わかば保育園.xlsx",
        contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        text="""[内定者]
受付番号\t児童氏名\t生年月日\tクラス\t保護者氏名\t住所\t電話
R7-0113\t上田 蓮\t2024/05/18\t0歳\t上田 智子\t若葉川市緑町1-4-22\t090-3318-5521
R7-0158\t近藤 ひまり\t2023/09/02\t1歳\t近藤 大輔\t若葉川市本町6-2-5 本町ハイツ305\t080-6642-1190
R7-0172\t三浦 湊\t2023/11/27\t1歳\t三浦 由紀\t若葉川市桜台3-18-1\t070-2281-4473
R7-0204\t野口 結月\t2022/07/09\t2歳\t野口 健二\t若葉川市緑町2-9-14\t090-5540-8812
R7-0231\t加藤 律\t2022/12/15\t2歳\t加藤 真奈美\t若葉川市中央1-1-3 グランフォート若葉川1204\t080-9012-3376
R7-0266\t杉本 美桜\t2021/04/30\t3歳\t杉本 亮\t若葉川市東原5-7-10\t090-7734-2209
R7-0289\t安藤 悠真\t2021/08/21\t3歳\t安藤 彩\t若葉川市桜台1-3-8\t070-4419-6650
""")],
    personal=[
        {"type": "name", "value": "上田 蓮"},
        {"type": "address", "value": "若葉川市緑町1-4-22"},
        {"type": "phone", "value": "090-3318-5521"},
        {"type": "name", "value": "近藤 ひまり"},
        {"type": "birthdate", "value": "2023/09/02"},
        {"type": "phone", "value": "080-9012-3376"},
    ],
))

MAILS.append(dict(
    writer="kitahara", loc="attachment", expect="hold",
    kind="sensitive.dv_victim_inquiry_reply",
    why="本文は回答書送付の一文だけだが、添付の回答書にDV被害者である母子の氏名・生年月日と支援措置の状況が書かれている。",
    **{"from": KITAHARA},
    to=[POLICE],
    cc=["若葉川警察署 生活安全課 巡査部長 井上 達也 <inoue-t@wakabagawa-ps.police.pref-kanto.example.jp>"],
    subject="照会事項への回答について（4月9日付 若生安第212号）",
    text="""若葉川警察署 生活安全課
井上様

お世話になっております。子ども家庭課の北原です。
4月9日付でご照会のありました件について、回答書を添付いたします。
原本は本日付で郵送しております。

取扱いには十分ご注意くださいますようお願いいたします。
""" + SIG_KITAHARA,
    attachments=[dict(
        filename="回答書_若生安第212号.docx",
        contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        text="""若子家第58号
令和7年4月15日

若葉川警察署長 様

若葉川市長

捜査関係事項照会書に対する回答について

令和7年4月9日付 若生安第212号で照会のあった事項について、下記のとおり回答します。

記

1 照会対象者
　氏名　河合 美穂（かわい みほ）
　生年月日　昭和63年5月3日
　同一世帯の子　河合 結菜（平成30年10月11日生）

2 当課における相談状況
　令和6年9月2日、配偶者（河合 俊介）からの暴力（身体的暴力および経済的暴力）について来所相談あり。
　同日、配偶者暴力相談支援センターへつなぎ、同年9月6日に住民基本台帳事務における支援措置の申出を受理。
　現在、母子は市外の親族宅に避難中であり、避難先住所は支援措置により非開示としている。

3 子の状況
　結菜は令和6年10月より市外の小学校へ区域外就学。心的外傷に関する通院あり（母の申告）。

以上
（担当）子ども家庭課 家庭児童相談室 北原 電話 048-555-2166
""")],
    personal=[
        {"type": "name", "value": "河合 美穂"},
        {"type": "birthdate", "value": "昭和63年5月3日"},
        {"type": "name", "value": "河合 結菜"},
        {"type": "crime_victim", "value": "配偶者（河合 俊介）からの暴力（身体的暴力および経済的暴力）"},
        {"type": "health", "value": "心的外傷に関する通院あり"},
    ],
))

MAILS.append(dict(
    writer="ohno", loc="quoted", expect="hold",
    kind="sensitive.allergy_forward_to_caterer",
    why="給食委託業者への転送で、引用部分に特定の園児の食物アレルギー診断とアナフィラキシーの既往が含まれている。",
    **{"from": OHNO},
    to=["ハーベストフード 栄養士 西田 美香 <nishida@harvest-food.example.co.jp>"],
    subject="Fw: 新入園児の除去食について（こすもす保育園）",
    text="""ハーベストフード
西田様

お世話になっております。保育課の大野です。
こすもす保育園から下記の連絡がありましたので転送します。
4月7日の給食から除去食の対応をお願いできますでしょうか。
献立の確認は園の栄養士（小林先生）と直接やりとりしていただいて構いません。

よろしくお願いします。
""" + SIG_OHNO + """

-----Original Message-----
From: こすもす保育園 主任 浅野 理恵 <asano@cosmos-hoiku.example.jp>
Sent: Thursday, March 27, 2025 4:52 PM
To: 大野 恭子 <ohno-k@city.wakabagawa.example.jp>
Subject: 新入園児の除去食について

保育課 大野様

お世話になっております。こすもす保育園の浅野です。
4月入園の1歳児 岡 芽衣ちゃん（令和5年8月20日生）について、
保護者より医師の生活管理指導表が提出されました。

・診断名：食物アレルギー（鶏卵・牛乳）
・令和6年8月に牛乳摂取後アナフィラキシーで救急搬送の既往あり
・エピペン0.15mg処方済み（園で1本預かります）
・鶏卵は加熱卵も完全除去、牛乳は乳糖も不可

給食の除去対応について、委託業者さんへのご連絡をお願いできますか。
お母様の連絡先は入所書類のとおりです。

こすもす保育園
主任保育士 浅野 理恵
TEL 048-555-7781
""",
    personal=[
        {"type": "name", "value": "岡 芽衣"},
        {"type": "birthdate", "value": "令和5年8月20日生"},
        {"type": "diagnosis", "value": "食物アレルギー（鶏卵・牛乳）"},
        {"type": "health", "value": "アナフィラキシーで救急搬送の既往あり"},
    ],
))

MAILS.append(dict(
    writer="tamura", loc="subject", expect="hold",
    kind="id.mynumber_in_subject",
    why="本文には番号がないが、件名に児童の氏名とマイナンバーが入ったままシステム業者に送っている。",
    **{"from": TAMURA},
    to=[VENDOR],
    subject="【入所システム】登録エラー 児童 西村 颯太 個人番号 526018159084",
    text="""ジチタイソリューションズ
サポートデスク ご担当者様

いつもお世話になっております。
若葉川市保育課の田村です。

件名の児童について、4月入所の決定処理をしようとしたところ、
個人番号連携の画面で「E-2041 宛名番号不一致」のエラーが出て先に進めません。
同じ世帯のきょうだい（在園中）は問題なく処理できています。

エラー画面のキャプチャは庁内ルールにより添付できないため、
お手数ですがリモートで確認いただけますでしょうか。
本日17時以降でしたら端末を空けられます。

よろしくお願いいたします。
""" + SIG_TAMURA,
    personal=[
        {"type": "name", "value": "西村 颯太"},
        {"type": "mynumber", "value": "526018159084"},
    ],
))

MAILS.append(dict(
    writer="ohno", loc="zip", expect="hold",
    kind="list.zip_fee_class_roster",
    why="zip内のCSVに入所決定児童の氏名・生年月日・住所と、生活保護世帯などの保育料階層が並んでいる。",
    **{"from": OHNO},
    to=["本町ひまわり保育園 事務長 坂口 隆 <sakaguchi@himawari-hoikuen.example.jp>"],
    subject="4月入所決定データ（保育料階層付き）",
    text="""ひまわり保育園
坂口事務長

お疲れさまです。保育課の大野です。
4月入所決定分のデータをzipにまとめてお送りします。
保育料の徴収区分の確認にお使いください（給食費の免除判定にも使えます）。

圧縮してあるだけですので、そのまま解凍できます。
不明点があればお電話ください。
""" + SIG_OHNO,
    attachments=[
        dict(filename="R7_4月入所決定.zip/入所決定者_保育料階層.csv", contentType="text/csv",
             text="""児童氏名,生年月日,年齢クラス,住所,保育料階層,備考
石原 颯,2024/06/03,0歳,若葉川市本町3-5-17,D4,
宮本 莉子,2023/10/22,1歳,若葉川市中央2-8-1-503,A,生活保護世帯
森 大和,2023/05/14,1歳,若葉川市東原1-12-6,C2,ひとり親
今村 紬,2022/09/08,2歳,若葉川市本町7-1-9,B,市民税非課税
平田 陸斗,2022/04/19,2歳,若葉川市緑町4-3-30,D8,
菊地 楓,2021/11/02,3歳,若葉川市桜台2-6-11,A,生活保護世帯
"""),
        dict(filename="R7_4月入所決定.zip/読んでください.txt", contentType="text/plain",
             text="保育料階層は令和6年度市民税額による暫定区分です。9月に再判定します。\n"),
    ],
    personal=[
        {"type": "name", "value": "宮本 莉子"},
        {"type": "address", "value": "若葉川市中央2-8-1-503"},
        {"type": "social_status", "value": "生活保護世帯"},
        {"type": "name", "value": "菊地 楓"},
        {"type": "birthdate", "value": "2021/11/02"},
    ],
))

_NURSERIES = [
    "わかば保育園 <office@wakatake-kai.example.or.jp>",
    "こすもす保育園 <info@cosmos-hoiku.example.jp>",
    "本町ひまわり保育園 <office@himawari-hoikuen.example.jp>",
    "認定こども園みどりの森 <info@midorinomori.example.ed.jp>",
    "さくらんぼ保育園 <sakuranbo@sakuranbo-hoikuen.example.jp>",
    "東原どんぐり保育園 <donguri@donguri-kai.example.or.jp>",
    "若葉川駅前キッズガーデン <ekimae@kids-garden.example.co.jp>",
    "ほしぞら保育園 <hoshizora@hoshizora-hoiku.example.jp>",
    "桜台あおば保育園 <aoba@aoba-fukushi.example.or.jp>",
    "にじいろ保育園 緑町園 <midoricho@nijiiro-hoiku.example.co.jp>",
    "小規模保育所 ぽかぽか <pokapoka.hoiku@gmail.com>",
    "中央こども園 <chuo@chuo-kodomoen.example.ed.jp>",
    "事業所内保育所 すくすくルーム <sukusuku@wakaba-hospital.example.or.jp>",
]

MAILS.append(dict(
    writer="ohno", loc="recipients", expect="hold",
    kind="recipients.nursery_heads_in_to",
    why="市内13の保育施設（別法人・個人アドレスを含む）のアドレスを宛先に並べて送っており、BCCにすべきだった。",
    **{"from": OHNO},
    to=_NURSERIES,
    subject="【ご案内】令和7年度 第1回 私立保育施設園長会の開催について",
    text="""私立保育施設 園長 各位

日頃より本市の保育行政にご協力いただき、誠にありがとうございます。
標記の会議を下記のとおり開催いたしますので、ご出席くださいますようお願いいたします。

　日時：令和7年5月13日（火）14:00～16:00
　会場：若葉川市役所 本庁舎5階 第2会議室
　議題：(1) 令和7年度 保育課の体制について
　　　　(2) 処遇改善等加算の申請スケジュール
　　　　(3) 災害時の連絡体制の見直し
　　　　(4) その他

出欠は5月2日（金）までに、本メールへの返信でお知らせください。
駐車場に限りがございますので、公共交通機関のご利用にご協力ください。
""" + SIG_OHNO,
))

MAILS.append(dict(
    writer="kitahara", loc="zip", expect="hold",
    kind="attachment.encrypted_zip",
    why="パスワード付きzipを添付しており、本文にかかわらずPPAPとして保留対象。",
    **{"from": KITAHARA},
    to=["県中央児童相談所 児童福祉司 小沢 亮 <ozawa-r@chuo-jisou.pref-kanto.example.jp>"],
    subject="ケース記録の送付（4/14 会議資料）",
    text="""小沢様

お世話になっております。北原です。
明日のケース会議で使う資料を送付します。
パスワードは別のメールでお送りします。

よろしくお願いします。
""" + SIG_KITAHARA,
    attachments=[dict(filename="ケース記録_0414.zip", contentType="application/zip", encrypted=True)],
))

MAILS.append(dict(
    writer="tamura", loc="body", expect="hold",
    kind="id.refund_private_bank_account",
    why="保育料還付のための保護者個人の口座番号と名義を、本文でシステム業者に送っている。",
    **{"from": TAMURA},
    to=[VENDOR],
    cc=["ジチタイソリューションズ 吉永 修 <yoshinaga@jichitai-sol.example.co.jp>"],
    subject="保育料還付データの修正依頼（2月処理分）",
    text="""ジチタイソリューションズ
吉永様

お世話になっております。若葉川市保育課の田村です。

2月処理分の保育料還付で、1件 口座の登録内容が誤っていたため
振込が組戻しになりました。画面から修正しようとしたところ、
確定済みデータのため更新できないとのメッセージが出ます。
恐れ入りますが、DB側で下記のとおり修正していただけますでしょうか。

　宛名番号：0041-77215
　保護者　：石田 健太郎 様
　誤）武蔵野みらい銀行 本町支店 普通 4817236
　正）武蔵野みらい銀行 本町支店 普通 4817263　イシダ ケンタロウ
　還付額：18,400円

3月の再振込データ作成（3/21締め）に間に合わせたいので、
今週中に対応可否だけでもご連絡いただけると助かります。
""" + SIG_TAMURA,
    personal=[
        {"type": "name", "value": "石田 健太郎"},
        {"type": "bank_account", "value": "武蔵野みらい銀行 本町支店 普通 4817263"},
    ],
))

# ---------------------------------------------------------------- passes
MAILS.append(dict(
    writer="ohno", loc="body", expect="pass",
    kind="benign.mayor_visit_arrangement",
    why="市長（公人）の園視察の段取りで、園と市の担当者名・電話番号が並ぶが個人情報の外部提供はない。",
    **{"from": OHNO},
    to=["こすもす保育園 園長 上原 久美子 <uehara@cosmos-hoiku.example.jp>"],
    cc=["秘書課 広報担当 堀 真一 <hori-s@city.wakabagawa.example.jp>"],
    subject="市長の園視察（4月25日）の段取りについて",
    text="""こすもす保育園
上原園長先生

お世話になっております。保育課の大野です。
先日お電話でお願いした高松市長の園視察について、段取りをお送りします。

　日時：4月25日（金）10:00～10:40
　来園者：高松 信一郎 市長、子ども未来部長 鈴木、秘書課 堀、保育課 大野
　内容：10:00 到着・園長先生より概要説明（事務室）
　　　　10:10 園内見学（2歳児室・園庭）※子どもたちへの声かけは自由に
　　　　10:30 意見交換（人材確保について）
　　　　10:40 退出

・広報誌「わかばがわ」6月号に写真を掲載予定です。
　お子さんの顔が写らないよう撮影しますが、掲載NGのご家庭があれば事前にお知らせください。
・市長車は園の正門前に一時停車します（駐車場は使いません）。

当日の連絡先は私の携帯 080-4471-2093 にお願いします。
秘書課の堀（048-555-2011）も同行します。
""" + SIG_OHNO,
))

MAILS.append(dict(
    writer="ohno", loc="body", expect="pass",
    kind="benign.aggregate_disability_childcare",
    why="障害児保育の実施状況を園別の人数だけで示した研修案内で、個人を特定できる情報はない。",
    **{"from": OHNO},
    to=[OHNO],
    bcc=["わかば保育園 <office@wakatake-kai.example.or.jp>", "こすもす保育園 <info@cosmos-hoiku.example.jp>",
         "本町ひまわり保育園 <office@himawari-hoikuen.example.jp>", "認定こども園みどりの森 <info@midorinomori.example.ed.jp>",
         "さくらんぼ保育園 <sakuranbo@sakuranbo-hoikuen.example.jp>", "東原どんぐり保育園 <donguri@donguri-kai.example.or.jp>"],
    subject="障害児保育研修のご案内と実施状況（令和6年度）",
    text="""各園 園長先生・障害児保育ご担当の先生方
（BCCで一斉送信しております）

保育課の大野です。
今年度も障害児保育研修を下記のとおり実施します。あわせて、令和6年度の実施状況（集計）を共有します。

■研修
　日時：6月18日（水）18:30～20:00（オンライン併用）
　講師：県立こども医療センター 発達支援部 臨床心理士
　テーマ：「気になる子」への声かけと、保護者との面談のすすめ方

■令和6年度 障害児保育 実施状況（市内私立園・3月1日時点）
　対象児童数　42名（うち医療的ケア児 3名）
　加配保育士　31名（補助金交付 28名）
　実施園数　　17園／22園
　※園別の内訳は個人が特定されるおそれがあるため公表しません。

■お願い
　令和7年度の加配補助金の申請書は5月末締めです。
　様式は市ホームページ（保育課→事業者向け）からダウンロードしてください。

出欠は6月6日までにフォームでお願いします。
""" + SIG_OHNO,
))

MAILS.append(dict(
    writer="tamura", loc="body", expect="pass",
    kind="benign.aggregate_infection_notice",
    why="市内の感染性胃腸炎の発生を施設数・人数の集計だけで伝える注意喚起で、患者個人の情報はない。",
    **{"from": TAMURA},
    to=[TAMURA],
    bcc=["わかば保育園 <office@wakatake-kai.example.or.jp>", "こすもす保育園 <info@cosmos-hoiku.example.jp>",
         "ほしぞら保育園 <hoshizora@hoshizora-hoiku.example.jp>", "桜台あおば保育園 <aoba@aoba-fukushi.example.or.jp>"],
    subject="【注意喚起】感染性胃腸炎の発生状況について（2月第3週）",
    text="""市内保育施設 施設長 様
（BCCにて送信しています）

保育課入所係の田村です。保健センターからの情報提供をお伝えします。

2月17日～21日の週、市内の保育施設で感染性胃腸炎の集団発生が報告されました。
　発生施設：3施設（いずれも東原地区）
　有症者：園児 12名、職員 2名（入院なし）
　ノロウイルス陽性：うち5名

各施設におかれましては、以下の対応をお願いします。
・嘔吐物の処理は次亜塩素酸ナトリウム（0.1%）で。処理キットの在庫確認を。
・保護者の保育室内への立ち入りは当面ご遠慮いただく（玄関での受け渡し）。
・2名以上の同様症状が出た場合は、当日中に保健センター（048-555-3300）へ。

詳細は添付ではなく、市の感染症情報ページをご覧ください。
""" + SIG_TAMURA,
))

MAILS.append(dict(
    writer="ohno", loc="body", expect="pass",
    kind="benign.corporate_bank_account",
    why="委託料の振込先として社会福祉法人の法人口座を確認するもので、個人の口座ではない。",
    **{"from": OHNO},
    to=["社会福祉法人若竹会 法人本部 経理 松井 聡 <matsui@wakatake-kai.example.or.jp>"],
    subject="Re: 一時預かり事業委託料の振込先について",
    text="""若竹会
松井様

保育課の大野です。ご連絡ありがとうございました。
振込先の変更、承知しました。4月分から下記口座へお振込みします。

　武蔵野みらい銀行 本町支店（店番 201）
　普通預金 1203345
　口座名義 シャカイフクシホウジン ワカタケカイ リジチョウ タカハシ ミツオ

債権者登録の変更届（様式第3号）に法人印を押印のうえ、
4月10日までに郵送でお送りください。原本到着後に会計課で切り替えます。

> 保育課 大野様
> いつもお世話になっております。若竹会法人本部の松井です。
> 4月1日付でメインバンクを変更することになりましたので、
> 委託料の振込先の変更手続きについて教えていただけますでしょうか。
> 社会福祉法人若竹会 法人本部 事務局 経理担当 松井 聡
> TEL 048-555-6610
""" + SIG_OHNO,
))

MAILS.append(dict(
    writer="ohno", loc="attachment", expect="pass",
    kind="benign.corporate_number_audit_notice",
    why="指導監査の通知で、添付に法人番号・施設番号・理事長名が載るが、いずれも法人情報であり個人情報ではない。",
    **{"from": OHNO},
    to=["社会福祉法人みどり福祉会 理事長 青木 正 <aoki@aoba-fukushi.example.or.jp>"],
    cc=["桜台あおば保育園 園長 内山 早苗 <uchiyama@aoba-fukushi.example.or.jp>"],
    subject="令和7年度 指導監査の実施について（通知）",
    text="""社会福祉法人みどり福祉会
理事長 青木 正 様

いつもお世話になっております。保育課施設支援係の大野です。
標記について、通知文を添付いたします。原本は後日郵送します。

当日は書類の確認を中心に、2時間程度を予定しています。
事前提出書類は6月20日（金）までにお願いします。
""" + SIG_OHNO,
    attachments=[dict(
        filename="指導監査実施通知_みどり福祉会.pdf", contentType="application/pdf",
        text="""若保第417号
令和7年5月30日

社会福祉法人みどり福祉会
理事長 青木 正 様

若葉川市長 高松 信一郎

令和7年度 特定教育・保育施設等 指導監査の実施について（通知）

児童福祉法第46条及び子ども・子育て支援法第38条に基づき、下記のとおり指導監査を実施します。

1 対象施設　桜台あおば保育園（施設番号 1123400387）
　設置法人　社会福祉法人みどり福祉会（法人番号 7030005012846）
2 実施日時　令和7年7月9日（水）9:30～11:30
3 実施場所　桜台あおば保育園 事務室
4 監査担当　保育課 施設支援係 大野、松本
5 事前提出書類　別紙チェックリストのとおり
　（職員名簿は職種・資格・勤務形態の集計表で可。個人名は不要です。）
""")],
))

MAILS.append(dict(
    writer="tamura", loc="body", expect="pass",
    kind="benign.notice_to_data_subject",
    why="申請者本人（保護者）へ自分の子の入所内定と面談日程を知らせるもので、本人への通知である。",
    **{"from": TAMURA},
    to=["森下 香織 <kaori.morishita88@gmail.com>"],
    subject="保育所入所内定のお知らせ（受付番号 R7-0347）",
    text="""森下 香織 様

若葉川市保育課入所係の田村です。
先日はお電話でのお問い合わせありがとうございました。
郵送の通知がまだ届いていないとのことでしたので、メールでもお知らせいたします。

　受付番号：R7-0347
　児童氏名：森下 颯 さん（1歳児クラス）
　内定施設：本町ひまわり保育園（第2希望）
　入所予定日：令和7年4月1日

入園前面談は、園から直接お電話でご連絡があります（3月中旬予定）。
就労証明書の原本を3月14日（金）までに入所係へご提出ください。
郵送の通知書（若保第2219号）は3月6日に発送済みです。届かない場合は再発行します。

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_TAMURA,
))

MAILS.append(dict(
    writer="kitahara", loc="body", expect="pass",
    kind="benign.council_meeting_police",
    why="要保護児童対策地域協議会の代表者会議の日程調整で、警察・児相・学校の担当者名のみで個別ケースには触れていない。",
    **{"from": KITAHARA},
    to=["若葉川警察署 生活安全課長 前田 浩 <maeda-h@wakabagawa-ps.police.pref-kanto.example.jp>",
        "県中央児童相談所 相談調整課長 中島 礼子 <nakajima-r@chuo-jisou.pref-kanto.example.jp>"],
    cc=["若葉川市教育委員会 指導課 岡田 学 <okada-m@city.wakabagawa.example.jp>",
        "若葉川市医師会 事務局 <office@wakabagawa-med.example.or.jp>",
        "主任児童委員連絡会 代表 福田 節子 <setsuko.fukuda@yahoo.co.jp>"],
    subject="要対協 代表者会議の日程調整のお願い",
    text="""関係機関の皆様

いつもお世話になっております。若葉川市子ども家庭課の北原です。
令和7年度の要保護児童対策地域協議会 代表者会議の日程を調整させてください。

候補日（いずれも14時～15時30分、市役所5階 大会議室）
　① 6月3日（火）
　② 6月5日（木）
　③ 6月10日（火）

議題（予定）
・令和6年度 相談対応件数の報告（種別・年齢層の集計のみ）
・児童虐待防止推進月間（11月）の啓発事業について
・個別ケース検討会議の開催方法の見直し

ご都合のつかない日がありましたら、5月16日（金）までにお知らせください。
今回は個別ケースの資料はお配りしません。
""" + SIG_KITAHARA,
))

MAILS.append(dict(
    writer="tamura", loc="zip", expect="pass",
    kind="benign.plain_zip_blank_forms",
    why="暗号化されていないzipで、中身は空欄の申請様式（氏名・個人番号欄は記入前）だけである。",
    **{"from": TAMURA},
    to=["にじいろ保育園 緑町園 事務 渡辺 理沙 <watanabe@nijiiro-hoiku.example.co.jp>"],
    subject="Re: 退園届・変更届の様式について",
    text="""にじいろ保育園
渡辺様

入所係の田村です。お問い合わせの様式をzipにまとめてお送りします。
パスワードは設定していませんので、そのまま開けます。

・退園届（様式第12号）
・支給認定変更届（様式第7号）
・記入例は次回の園長会でお配りします。

> 退園届と変更届の最新様式をいただけますか。ホームページのものが古いようでした。
> 渡辺
""" + SIG_TAMURA,
    attachments=[
        dict(filename="様式一式_R7.zip/様式第12号_退園届.docx",
             contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             text="""様式第12号
退園届
若葉川市長 様
　　年　　月　　日
保護者氏名：＿＿＿＿＿＿＿＿＿＿　　電話：＿＿＿＿＿＿＿＿
児童氏名：＿＿＿＿＿＿＿＿＿＿　　生年月日：　　年　　月　　日
個人番号：□□□□□□□□□□□□
在園施設名：＿＿＿＿＿＿＿＿＿＿
退園日：　　年　　月　　日
退園理由：□転出　□就労状況の変化　□その他（　　　　　　　）
"""),
        dict(filename="様式一式_R7.zip/様式第7号_支給認定変更届.docx",
             contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             text="""様式第7号
子どものための教育・保育給付 支給認定変更届
変更事項：□住所　□世帯構成　□就労状況　□保育必要量
変更前：＿＿＿＿＿＿＿＿＿＿＿＿
変更後：＿＿＿＿＿＿＿＿＿＿＿＿
※添付書類：就労証明書（変更後）
"""),
    ],
))

MAILS.append(dict(
    writer="tamura", loc="quoted", expect="pass",
    kind="benign.it_outage_reply_chain",
    why="保育入所システムの「障害」報告をめぐる業者とのやりとりで、障害はシステム障害の意味であり個人情報はない。",
    **{"from": TAMURA},
    to=["ジチタイソリューションズ 吉永 修 <yoshinaga@jichitai-sol.example.co.jp>"],
    cc=["情報政策課 システム担当 <joho-system@city.wakabagawa.example.jp>"],
    subject="Re: Re: 【障害報告】保育入所システム 接続障害（4/3）",
    text="""吉永様

田村です。障害報告書（確定版）ありがとうございました。
再発防止策の「証明書の有効期限監視」について、情報政策課とも共有しました。
4/3の影響としては、窓口で受付番号の発行ができなかった時間帯に
申請に来られた方が7組あり、手書き受付で対応しています（後追い入力済み）。

報告書は本件で確定とさせてください。ありがとうございました。

> 若葉川市 保育課 田村様
>
> お世話になっております。ジチタイソリューションズの吉永です。
> 4月3日に発生した接続障害について、報告書（確定版）をお送りします。
>
> ■障害概要
> 　発生：2025/04/03 09:12　復旧：10:40（約88分）
> 　現象：庁内端末から保育入所システムへログインできない（HTTP 502）
> 　原因：負荷分散装置のサーバ証明書の期限切れ
> 　影響：保育課・子ども家庭課の全端末。データの破損・漏えいはなし。
> ■再発防止
> 　証明書期限の監視項目を追加（30日前・7日前に通知）
>
> 株式会社ジチタイソリューションズ 公共システム部
> 吉永 修　TEL 03-5555-8120
>
>> 吉永様
>> 本日9時過ぎからシステムにログインできません。至急ご確認ください。
>> 保育課 田村
""" + SIG_TAMURA,
))

MAILS.append(dict(
    writer="kitahara", loc="body", expect="pass",
    kind="benign.transfer_successor_introduction",
    why="人事異動のあいさつと後任紹介で、職員名・直通電話などの業務連絡先だけを知らせている。",
    **{"from": KITAHARA},
    to=["県中央児童相談所 児童福祉司 小沢 亮 <ozawa-r@chuo-jisou.pref-kanto.example.jp>",
        "若葉川警察署 生活安全課 巡査部長 井上 達也 <inoue-t@wakabagawa-ps.police.pref-kanto.example.jp>",
        "わかば保育園 園長 宮田 信子 <miyata@wakatake-kai.example.or.jp>",
        "こすもす保育園 園長 上原 久美子 <uehara@cosmos-hoiku.example.jp>"],
    cc=["子ども家庭課 相談員 竹内 由美 <takeuchi-y@city.wakabagawa.example.jp>"],
    subject="異動のご挨拶と後任のご紹介",
    text="""関係機関の皆様

いつも大変お世話になっております。子ども家庭課の北原です。
私事で恐縮ですが、4月1日付で福祉部 障害福祉課へ異動することになりました。
家庭児童相談室では6年間、皆様には本当に多くの場面で助けていただきました。
心より御礼申し上げます。

後任は、同じ相談室の竹内 由美（社会福祉士・精神保健福祉士）が担当します。
　直通：048-555-2167
　E-mail：takeuchi-y@city.wakabagawa.example.jp
3月中に竹内と一緒にご挨拶に伺えればと思っております。

障害福祉課でも引き続き子どもの支援に関わりますので、
今後ともどうぞよろしくお願いいたします。
""" + SIG_KITAHARA,
))
