# Org B: 東和建設株式会社 湾岸みなとみらい複合ビル新築工事 作業所 (general contractor site office).
from common import *

MAILS = [
# ---------------- holds ----------------
M("hold", "list.roster",
  "The attached worker roster has names, birth dates, home addresses, phones and blood-pressure results; body gives no hint.",
  OOBA, ["発注者監理 大谷様 <ohtani@mm-kaihatsu.example.co.jp>"],
  "6月第2週 新規入場者分",
  """大谷様

お世話になっております。東和建設作業所の大場です。
標記の件、添付にてお送りします。よろしくお願いいたします。

""" + SIG_OOBA, loc="attachment",
  attachments=[A("新規入場者_0609-0613.xlsx", XLSX,
"""[作業員名簿]
協力会社	氏名	生年月日	現住所	緊急連絡先	血液型	健診日	血圧
丸高設備	森下 健太	1988/04/19	横浜市鶴見区潮田町3-14-2	090-0000-4471	A	2025/04/10	128/84
丸高設備	金城 翔	1996/12/02	川崎市川崎区大師駅前1-8-6-202	080-0000-9913	O	2025/03/22	152/98 要再検
三和鉄筋	古川 信之	1971/07/07	横浜市港南区日限山2-30-11	090-0000-6630	B	2025/05/01	141/92
三和鉄筋	ト ゥン（TUNG）	1999/01/25	横浜市南区浦舟町4-2-7 三和寮	070-0000-1185	O	2025/05/01	118/76
""")],
  personal=[{"type": "name", "value": "森下 健太"},
            {"type": "address", "value": "川崎市川崎区大師駅前1-8-6-202"},
            {"type": "health", "value": "152/98 要再検"}]),

M("hold", "sensitive.health",
  "Reports a named worker's injury and diagnosis to the client's supervisor and insurer.",
  ISHIGURO, ["大谷様 <ohtani@mm-kaihatsu.example.co.jp>"],
  "【労災速報】6/11 3階スラブ上での転倒事故について",
  """大谷様
（CC：損保ご担当 坂口様）

本日10時20分頃、3階スラブ上で墜落制止用器具の付け替え中に作業員が転倒しました。
取り急ぎ第一報をお送りします。

被災者：三和鉄筋（株）作業員　古川 信之（53歳）
傷病：右橈骨遠位端骨折、頭部打撲（CT異常なし）
搬送先：みなと赤十字病院　全治約8週間の見込み
原因：開口部養生の一部撤去（調査中）

再発防止策は明日の朝礼後に協力会社全体で検討し、報告書を提出いたします。
ご迷惑をおかけし申し訳ございません。

""" + SIG_ISHIGURO, loc="body",
  cc=["坂口 <sakaguchi@tokai-sonpo.example.co.jp>"],
  personal=[{"type": "name", "value": "古川 信之"},
            {"type": "diagnosis", "value": "右橈骨遠位端骨折、頭部打撲"}]),

M("hold", "id.mynumber",
  "Sends a sole-proprietor tradesman's My Number to the outside tax accountant.",
  OOBA, ["税理士法人みなと 高野様 <takano@minato-tax.example.jp>"],
  "支払調書の作成について（一人親方分）",
  """高野様

いつもお世話になっております。東和建設作業所の大場です。
今年度の報酬の支払調書について、作業所で直接契約している一人親方の情報です。

氏名：堤 勇一（堤内装）
住所：横浜市旭区二俣川1-45-3
個人番号：381604529070
支払金額：4,860,000円（源泉徴収なし）

本人確認書類の写しは支店経理から別途郵送いたします。

""" + SIG_OOBA, loc="body",
  personal=[{"type": "mynumber", "value": "381604529070"},
            {"type": "address", "value": "横浜市旭区二俣川1-45-3"}]),

M("hold", "id.pension",
  "The quoted part of a subcontractor's mail lists a worker's health-insurance and pension numbers.",
  ANZAI, ["丸高設備 工務 野村様 <nomura@marutaka-setsubi.example.jp>"],
  "Re: 社会保険加入状況の確認書類",
  """野村様

ご対応ありがとうございます。受領しました。
グリーンサイトへの登録はこちらで進めます。

安西

> -----Original Message-----
> From: 野村 <nomura@marutaka-setsubi.example.jp>
> Sent: Tuesday, June 10, 2025 5:42 PM
> Subject: 社会保険加入状況の確認書類
>
> 安西主任
> お世話になります。来週から入場する金城の社保情報です。
>   氏名：金城 翔
>   健康保険：協会けんぽ 記号 4012 番号 883
>   基礎年金番号：4120-693518
>   雇用保険被保険者番号：1402-771036-4
> 以上、よろしくお願いします。
> 丸高設備 野村

""" + SIG_ANZAI, loc="quoted",
  personal=[{"type": "pension", "value": "4120-693518"},
            {"type": "employment_insurance", "value": "1402-771036-4"}]),

M("hold", "recipients.visible_outside",
  "Safety-convention notice sent to 14 subcontractor addresses all visible in To.",
  ANZAI,
  ["nomura@marutaka-setsubi.example.jp", "koji@sanwa-tekkin.example.jp",
   "info@tsutsumi-naiso.example.jp", "y.hara@kanto-denko.example.co.jp",
   "gyomu@yokohama-kaso.example.jp", "s.endo@daiichi-tosou.example.jp",
   "office@minato-crane.example.jp", "kato@seiwa-bousui.example.co.jp",
   "t.ueno@shinsei-glass.example.jp", "mori@keihin-shizai.example.jp",
   "safety@asahi-elevator.example.co.jp", "k.nakata@nakata-gumi.example.jp",
   "ikeda@ikeda-kenzai.example.jp", "info@bay-kaitai.example.jp"],
  "【協力会社各位】7月1日 安全大会のご案内",
  """協力会社 各位

いつも安全作業にご協力いただきありがとうございます。
全国安全週間に合わせ、作業所の安全大会を下記のとおり開催します。

日時：7月1日（火）7:45〜8:45（朝礼を兼ねる）
場所：1階 駐車場予定地（雨天時 仮設詰所2階）
内容：所長講話／災害事例紹介／優良職長表彰／KY発表（三和鉄筋様）

各社 職長以上1名は必ずご出席ください。

""" + SIG_ANZAI, loc="recipients"),

M("hold", "attachment.encrypted_zip",
  "Sends as-built drawings to the client in a password zip (PPAP).",
  ISHIGURO, ["大谷様 <ohtani@mm-kaihatsu.example.co.jp>"],
  "竣工図（第1回提出分）の送付",
  """大谷様

お世話になっております。石黒です。
竣工図の第1回提出分（建築・構造）を添付いたします。
解凍パスワードは追ってお送りします。

""" + SIG_ISHIGURO, loc="encrypted_zip",
  attachments=[A("竣工図_建築構造_第1回.zip", ZIP, encrypted=True)]),

M("hold", "personal.neighbour_complaint",
  "The subject line gives a neighbour's name, address and mobile number; the body only asks for action.",
  ANZAI, ["三和鉄筋 工事部 <koji@sanwa-tekkin.example.jp>"],
  "近隣苦情：山際 和子様（みなとみらい2-12-5 サンライズ503 / 090-0000-5128）早朝の搬入音",
  """三和鉄筋 工事部 御中

件名の方から、今朝6時台の鉄筋搬入の音について強いお申し出がありました。
明日から搬入開始は8時以降を厳守してください。
ご本人への説明は作業所から行います。

""" + SIG_ANZAI, loc="subject",
  personal=[{"type": "name", "value": "山際 和子"},
            {"type": "address", "value": "みなとみらい2-12-5 サンライズ503"},
            {"type": "phone", "value": "090-0000-5128"}]),

M("hold", "sensitive.criminal",
  "Tells a subcontractor that a named worker was arrested for drink-driving.",
  ISHIGURO, ["株式会社横浜架設 代表 <gyomu@yokohama-kaso.example.jp>"],
  "御社作業員の入場停止について",
  """株式会社横浜架設
代表取締役 田島様

お世話になっております。東和建設作業所の石黒です。
本日、神奈川県警から作業所に連絡があり、御社作業員の 青木 隆史 氏が
昨夜、酒気帯び運転の疑いで現行犯逮捕されたとのことでした。
御社車両（品川 400 せ 12-07）を使用していたと聞いております。

当面の間、同氏の入場を停止いたします。経緯と今後の対応について、
明日中にご報告をお願いします。

""" + SIG_ISHIGURO, loc="body",
  personal=[{"type": "name", "value": "青木 隆史"},
            {"type": "criminal", "value": "酒気帯び運転の疑いで現行犯逮捕"}]),

M("hold", "id.drivers_license",
  "The attached permit form lists truck drivers' names, licence numbers and birth dates; body gives no hint.",
  OOBA, ["みなとみらい地区 交通管理 <kotsu@mm-area-mgmt.example.jp>"],
  "特殊車両 通行届の提出",
  """交通管理ご担当者様

お世話になっております。東和建設作業所の大場です。
6月16日〜20日分の届出書を添付いたします。
ご確認のほどよろしくお願いいたします。

""" + SIG_OOBA, loc="attachment",
  attachments=[A("通行届_0616-0620.pdf", PDF,
"""特殊車両 通行届（工事用車両）
提出者：東和建設株式会社 湾岸みなとみらい作業所
期間：2025年6月16日〜6月20日

No. 車両番号 車種 運転者氏名 運転免許証番号 生年月日
1 横浜 100 は 45-21 25tラフタークレーン 中田 浩二 451802334910 1975/03/11
2 川崎 130 さ 78-09 大型ダンプ 佐久間 亮 452106628751 1983/10/29
3 相模 800 あ 3-14 トレーラー 宮内 勉 460907145583 1969/06/02
""")],
  personal=[{"type": "drivers_license", "value": "451802334910"},
            {"type": "name", "value": "佐久間 亮"}]),

M("hold", "personal.profile",
  "Sends a site engineer's full CV with home address, birth date and family to the client.",
  ISHIGURO, ["大谷様 <ohtani@mm-kaihatsu.example.co.jp>"],
  "監理技術者 交代に伴う経歴書の提出",
  """大谷様

8月1日付で監理技術者を交代いたします。後任者の経歴書を以下に記載します。

氏名：藤森 悠介（ふじもり ゆうすけ）
生年月日：1984年2月3日（41歳）
現住所：横浜市青葉区美しが丘西3-21-8
携帯：090-0000-8472
家族：妻、長女（小3）、長男（年長）
資格：一級建築施工管理技士（監理技術者資格者証 第00112233号）
主な経歴：
 2019–2022 （仮称）新横浜オフィス新築工事 工事主任
 2022–2025 川崎駅東口再開発B街区 工事課長
健康状態：良好

ご確認のほどよろしくお願いいたします。

""" + SIG_ISHIGURO, loc="body",
  personal=[{"type": "address", "value": "横浜市青葉区美しが丘西3-21-8"},
            {"type": "phone", "value": "090-0000-8472"},
            {"type": "birthdate", "value": "1984年2月3日"}]),

# ---------------- passes ----------------
M("pass", "benign.minutes",
  "Weekly coordination-meeting minutes naming partner staff with heavy signatures.",
  ANZAI, ["大谷様 <ohtani@mm-kaihatsu.example.co.jp>", "設計監理 竹中様 <takenaka@studio-kaze.example.jp>"],
  "第23回 工程会議 議事録（6/12）",
  """関係者各位

第23回工程会議の議事録を送付します。

日時：6月12日（木）13:30〜15:00　場所：作業所2階会議室
出席：MM開発 大谷様・佐伯様／スタジオ風 竹中様／東和建設 石黒・安西・大場

1. 全体工程：躯体 6F床 打設 6/24 予定（2日遅れ、7月で回収）
2. 外装：カーテンウォール割付 最終図を竹中様より6/18受領
3. 設計変更：2F テナント区画の間仕切り変更（見積提出 6/20）
4. 近隣：説明会アンケート結果 → 騒音 3件・振動 1件（個別対応済み）
5. 次回：6/26（木）13:30

訂正等ありましたら6/17までにご連絡ください。

""" + SIG_ANZAI),

M("pass", "benign.it_outage",
  "Reports a site network and camera system outage; 障害 refers to IT.",
  OOBA, ["サポート窓口 <support@genba-cloud.example.jp>"],
  "【障害連絡】作業所ネットワークカメラ 映像途絶",
  """ご担当者様

東和建設 湾岸みなとみらい作業所の大場です。
本日8時頃から、現場カメラ（契約ID：GC-778120）の映像がクラウド上で
表示されない障害が発生しています。

・影響：全4台（ゲート、タワークレーン、3F、屋上）
・ルーター再起動済み、LTE回線のランプは点灯
・エラー表示：「Stream timeout (code 504)」

至急、原因調査をお願いいたします。

""" + SIG_OOBA),

M("pass", "benign.vehicle_numbers",
  "Delivery vehicle list with plate numbers and company names only.",
  ANZAI, ["警備 大和セキュリティ 隊長 <taicho@yamato-sec.example.jp>"],
  "明日の搬入車両リスト（6/13）",
  """隊長殿

明日の搬入予定です。ゲート誘導をよろしくお願いします。

時刻	会社	車両番号	車種
7:30	三和鉄筋	横浜 100 う 21-30	4tユニック
8:30	京浜資材	川崎 400 か 88-15	10tダンプ
10:00	信成ガラス	品川 130 た 5-62	ウイング車
13:00	朝日エレベーター	横浜 800 さ 71-04	トレーラー（長尺）

トレーラーは2号ゲートから。歩行者の通行に注意してください。

""" + SIG_ANZAI),

M("pass", "benign.health_aggregate",
  "Heat-stroke measures with WBGT values and aggregate counts, no names.",
  ISHIGURO, ["大谷様 <ohtani@mm-kaihatsu.example.co.jp>"],
  "熱中症対策の実施状況（6月第2週）",
  """大谷様

今週の熱中症対策の状況をご報告します。

・WBGT最高値：30.8（6/11 13時、屋上）→ 14時〜15時 作業中断
・休憩所：空調服配布 82着、経口補水液・塩タブレット常備
・朝礼時の体調確認：延べ 612名、体調不良による作業変更 3件（いずれも軽微）
・救急搬送：0件

来週は気温35℃予報のため、午後の鉄骨建方を午前に振り替えます。

""" + SIG_ISHIGURO),

M("pass", "benign.corporate_account",
  "Tells the client the company's corporate bank account change for payments.",
  OOBA, ["MM開発 経理部 <keiri@mm-kaihatsu.example.co.jp>"],
  "お振込先口座変更のお知らせ（東和建設株式会社）",
  """MM開発株式会社 経理部 御中

平素は格別のご高配を賜り厚く御礼申し上げます。
7月末支払分より、弊社の振込先口座を下記のとおり変更させていただきます。

金融機関：みなと銀行 横浜中央支店（店番 218）
口座：当座 0051273
名義：トウワケンセツ（カ
適格請求書発行事業者登録番号：T5020001098824

旧口座への入金も9月末までは有効です。何卒よろしくお願い申し上げます。

""" + SIG_OOBA),

M("pass", "benign.project_mail",
  "Curtain-wall coordination mail with 6 visible addresses from 2 companies.",
  ANZAI, ["t.ueno@shinsei-glass.example.jp", "m.goto@shinsei-glass.example.jp",
          "design@shinsei-glass.example.jp"],
  "CW割付図 修正依頼（北面 X3–X5）",
  """信成ガラス 上野様、後藤様、設計ご担当者様

北面 X3–X5 間の割付について、竹中様（設計監理）のコメントを反映して
修正をお願いします。

・マリオン芯 1,800 → 1,750 に変更（柱型との取合い）
・換気ガラリ位置を FL+2,400 に統一
・提出期限：6月18日（水）

ご不明点は私か石黒まで。

""" + SIG_ANZAI,
  cc=["ishiguro@towa-kensetsu.example.co.jp", "ooba@towa-kensetsu.example.co.jp"]),

M("pass", "benign.religious_corp",
  "Coordinates quiet hours with a neighbouring temple (宗教法人) around its memorial services.",
  ISHIGURO, ["宗教法人 浄光寺 寺務所 <jimusho@jokoji.example.or.jp>"],
  "法要日の作業調整について",
  """宗教法人 浄光寺 寺務所 御中

いつも工事へのご理解をいただき、ありがとうございます。
先日ご相談いただいた7月のお盆法要（7/13〜7/16）期間中は、下記のとおり調整いたします。

・杭打ち・はつり等の大きな音の出る作業は行いません
・車両の出入りは裏ゲート（国道側）に限定
・参道側の仮囲いに案内看板を設置

ご住職様によろしくお伝えください。

""" + SIG_ISHIGURO),

M("pass", "benign.plain_zip",
  "Weekly construction photos in an unencrypted zip.",
  OOBA, ["大谷様 <ohtani@mm-kaihatsu.example.co.jp>"],
  "週間工事写真（6/9〜6/13）",
  """大谷様

今週分の工事写真をお送りします（パスワードなし）。
容量が大きいため、一部は縮小しています。

""" + SIG_OOBA,
  attachments=[A("工事写真_0609-0613.zip", ZIP,
"""工事写真_0609-0613/
  0609_5F柱配筋検査.jpg
  0610_5F型枠建込.jpg
  0611_転倒箇所_開口部養生.jpg
  0612_6F床スラブ配筋.jpg
  0613_外部足場_壁つなぎ.jpg
""")]),

M("pass", "benign.company_names_licence",
  "Subcontractor list with surname-based company names and construction-licence numbers.",
  OOBA, ["大谷様 <ohtani@mm-kaihatsu.example.co.jp>"],
  "施工体制台帳（協力会社一覧）更新",
  """大谷様

施工体制台帳の協力会社一覧を更新しました。

会社名	工種	建設業許可番号
株式会社中田組	土工・基礎	神奈川県知事許可（般-5）第41287号
池田建材株式会社	内装	国土交通大臣許可（特-3）第22019号
有限会社佐久間重機	重機回送	神奈川県知事許可（般-4）第58803号
堤内装	内装仕上	（許可なし・500万円未満）

変更点は佐久間重機様の追加のみです。

""" + SIG_OOBA),

M("pass", "benign.successor_intro",
  "Introduces the incoming site manager to the client's staff.",
  ISHIGURO, ["大谷様 <ohtani@mm-kaihatsu.example.co.jp>", "佐伯様 <saeki@mm-kaihatsu.example.co.jp>"],
  "所長交代のご挨拶",
  """大谷様、佐伯様

いつも大変お世話になっております。
私事で恐縮ですが、9月1日付で本社建築部へ異動することとなりました。
後任は、現在川崎の再開発工事で所長を務めております 長谷部 達也 が着任いたします。
8月中旬に長谷部を連れてご挨拶に伺いたく、ご都合のよい日時をお知らせください。

着工以来、多大なご支援をいただきましたこと、心より御礼申し上げます。

""" + SIG_ISHIGURO),
]
