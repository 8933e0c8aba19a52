# -*- coding: utf-8 -*-
"""(B) プロ野球球団 チーム運営部・メディカル部 — 20 mails (10 hold / 10 pass)."""
from common import A, mail, att, enc_zip, XLSX, DOCX, PDF, CSV, ZIP

ORG = "B: 株式会社 湘南シーホークス野球団（チーム運営部・メディカル部・編成部）"
DOM = "shonan-seahawks.example.jp"

KUBOTA = A("久保田 健二", "kubota.k@" + DOM)
MORISHITA = A("森下 彩", "morishita.a@" + DOM)
EGUCHI = A("江口 誠", "eguchi.m@" + DOM)

SIG_KUBOTA = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社 湘南シーホークス野球団
チーム運営部 マネージャー（遠征・宿泊・用具）
久保田 健二　Kenji Kubota
〒251-0035 神奈川県藤沢市片瀬海岸2-18-1 シーホークス・ボールパーク内
TEL 0466-29-4410 ／ FAX 0466-29-4411 ／ 携帯 090-6120-3358
kubota.k@shonan-seahawks.example.jp
https://www.shonan-seahawks.example.jp/
2026シーズン ファンクラブ会員 好評受付中！
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_MORISHITA = """
--
湘南シーホークス野球団 メディカル部
チーフアスレティックトレーナー（JSPO-AT／理学療法士）
森下 彩（もりした あや）
0466-29-4415（トレーナー室直通）
morishita.a@shonan-seahawks.example.jp
"""

SIG_EGUCHI = """
────────────────
株式会社 湘南シーホークス野球団
編成部 契約・渉外担当 課長
江口 誠 / Makoto Eguchi
Tel: +81-466-29-4420  Mobile: +81-90-4471-2286
eguchi.m@shonan-seahawks.example.jp
────────────────
"""

MAILS = []

# 21 hold — body: player's MRI findings to outside clinic
MAILS.append(mail(
    "hold", "sensitive.health",
    "外部クリニックへセカンドオピニオン依頼。実名選手の画像所見・診断・既往手術・治療方針を本文に記載。",
    "森下", "body", MORISHITA,
    [A("小田切 聡 院長", "odagiri@minato-sports-seikei.example.jp")],
    "高橋 大輝選手 セカンドオピニオンのお願い",
    """
医療法人湘和会 みなとスポーツ整形クリニック
院長 小田切 聡 先生

いつもお世話になっております。湘南シーホークス メディカル部の森下です。
チームドクターの了承を得て、下記選手のセカンドオピニオンをお願いしたくご連絡いたしました。

選手：高橋 大輝（投手・右投、26歳）
主訴：投球時の右肘内側痛（10/28 ブルペン後から）
画像：11/2 湘南大学病院にてMRI撮影
　→ 右肘内側側副靱帯（UCL）近位部の部分断裂、周囲に浮腫あり
既往：2022年12月 右肘関節鏡視下遊離体摘出術
現方針：ノースロー4週＋PRP注射を検討中（トミー・ジョン手術は現時点で回避したい意向）

画像データ（DICOM）は、先生のご都合を伺ってからお持ちいたします。
11月中にご本人と私で受診できる日があればお知らせください。
""" + SIG_MORISHITA,
    personal=[("name", "高橋 大輝"), ("diagnosis", "右肘内側側副靱帯（UCL）近位部の部分断裂"),
              ("health", "右肘関節鏡視下遊離体摘出術")]))

# 22 pass — sponsor event, long reply chain, player names as public figures
MAILS.append(mail(
    "pass", "benign.reply_chain_meeting",
    "スポンサーイベントへの選手派遣の調整。長い返信チェーン、重い署名、選手名（公人）が並ぶが個人情報の送信はない。",
    "久保田", None, KUBOTA,
    [A("浜口 直人", "n-hamaguchi@shonanbay-rail.example.co.jp")],
    "Re: Re: 12/7 沿線ファン感謝イベント 選手派遣の件",
    """
浜口様
（cc：アドエージェンシー湘南 中島様）

お世話になっております。久保田です。
派遣選手が確定しましたのでご連絡いたします。

・小林 航平 捕手（背番号27）
・マルコ・ガルシア 外野手（背番号44）※通訳1名同行

集合：12/7（日）12:30 江の島駅 駅長室
終了：15:30 予定（サイン会は各40分）
車両：球団ワゴン1台で移動、駐車場所は中島様の手配どおりで承知しました。

サイン色紙は球団側で200枚用意いたします。
写真撮影・SNS掲載は、ユニフォーム着用の公式ショットのみでお願いします。

引き続きよろしくお願いいたします。
""" + SIG_KUBOTA + """

> 久保田様
> 度々失礼いたします。湘南ベイ電鉄の浜口です。
> 会場は江の島駅前広場で確定しました。雨天時は駅ビル3Fの催事場に変更します。
> 選手のお名前が決まりましたら、ポスターに入れたいのでお知らせください。
> ----
> 湘南ベイ電鉄株式会社 経営企画本部 宣伝部 浜口 直人
> TEL 0466-22-7001 ／ n-hamaguchi@shonanbay-rail.example.co.jp
>
>> 浜口様、中島様
>> 先日の打合せではありがとうございました。久保田です。
>> 選手2名の派遣で調整しております。確定次第ご連絡いたします。
>>
>>> 久保田様
>>> アドエージェンシー湘南の中島です。
>>> 12/7のイベント概要（案）をお送りします。ご確認ください。
>>> 株式会社アドエージェンシー湘南 第二営業部 中島 さやか
>>> 090-2289-6614 ／ nakajima@ad-shonan.example.co.jp
""",
    cc=[A("中島 さやか", "nakajima@ad-shonan.example.co.jp")]))

# 23 pass — supply order with JAN codes and PO number
MAILS.append(mail(
    "pass", "benign.order_jan_codes",
    "テーピング等の発注。JANコード（13桁）・発注番号・得意先コードが並ぶが個人番号ではない。",
    "森下", None, MORISHITA,
    [A("スポーツメディカル湘南 受注センター", "order@sportsmedical-shonan.example.jp")],
    "発注書 PO-2025-1182（トレーナー室消耗品）",
    """
有限会社スポーツメディカル湘南
受注センター御中

いつもお世話になっております。湘南シーホークス メディカル部の森下です。
秋季キャンプ用の消耗品を下記のとおり発注いたします。

発注番号：PO-2025-1182　得意先コード：SS-00417
納品先：シーホークス・ボールパーク トレーナー室（平日9-17時）
希望納期：11/28（金）

品名                              JAN             数量
ホワイトテープ 38mm×13.7m        4987321045128   96
キネシオロジーテープ 50mm 肌色   4987321067519   48
アンダーラップ 70mm              4987321012304   36
コールドスプレー 420ml           4560214880316   24
アイシングバッグ（L）            4560214880927   20

請求書は例月どおり経理部宛にお願いします。
""" + SIG_MORISHITA))

# 24 hold — attachment: passport numbers of travelling players
MAILS.append(mail(
    "hold", "id.passport",
    "旅行会社へキャンプ渡航者リストを送付。本文は無害だが添付XLSXに選手の旅券番号・生年月日・国籍が並ぶ。",
    "久保田", "attachment", KUBOTA,
    [A("ジェイトラベル 法人営業部 柴田", "shibata@jtravel-corp.example.co.jp")],
    "2026春季キャンプ（台湾）航空券手配 渡航者リスト",
    """
株式会社ジェイトラベル
法人営業部 柴田様

お世話になっております。湘南シーホークス チーム運営部の久保田です。
2月の台湾キャンプ（第1クール先発組）の渡航者リストを添付いたします。
航空券の仮押さえをお願いいたします。

往路：2/1（日）羽田→台北松山
復路：2/14（土）台北松山→羽田

残りのメンバーは来週中にお送りします。
""" + SIG_KUBOTA,
    attachments=[att("渡航者リスト_台湾キャンプ_第1便.xlsx", XLSX, """
[第1便]
No\t氏名（旅券表記）\t生年月日\t国籍\t旅券番号\t有効期限
1\tTAKAHASHI DAIKI\t1999/04/11\tJPN\tTK4418207\t2031/06/30
2\tKOBAYASHI KOHEI\t1996/09/02\tJPN\tTR7720153\t2029/11/14
3\tFUJIWARA RYO\t2001/01/25\tJPN\tTS2093864\t2033/02/08
4\tGARCIA MARCO ANTONIO\t1994/07/19\tDOM\tRD5502871\t2028/04/22
5\tSANO YUTO\t2003/12/03\tJPN\tTZ6617420\t2034/01/17
6\tKUBOTA KENJI\t1981/05/30\tJPN\tTH3381059\t2030/08/05
"""
    )],
    personal=[("passport", "TK4418207"), ("passport", "TR7720153"), ("passport", "TS2093864"),
              ("passport", "RD5502871"), ("passport", "TZ6617420"), ("passport", "TH3381059"),
              ("birthdate", "1999/04/11")]))

# 25 hold — body: residence card + passport numbers to 行政書士
MAILS.append(mail(
    "hold", "id.residence_card",
    "行政書士へ外国人選手の在留期間更新を依頼。在留カード番号・旅券番号・年俸を本文に記載。",
    "江口", "body", EGUCHI,
    [A("桜井 直子 行政書士", "sakurai@sakurai-gyosei.example.jp")],
    "ロペス選手 在留期間更新申請のご依頼",
    """
桜井法務事務所
行政書士 桜井 直子 先生

いつもお世話になっております。湘南シーホークス編成部の江口です。
来季も契約を更新したラファエル・ロペス選手の在留期間更新申請をお願いいたします。

氏名：LOPEZ RAFAEL ANTONIO（ラファエル・ロペス）
国籍：ベネズエラ
生年月日：1993年2月14日
在留資格：興行　在留期限：2026年1月31日
在留カード番号：UH48291735EN
旅券番号：158837204
住居地：神奈川県藤沢市鵠沼海岸3-7-12 シーサイドレジデンス801
2026年度 契約：年俸 1億2,000万円＋出来高（契約書写しは別途郵送します）

本人は12月10日に帰国予定のため、それまでに必要な署名があればお知らせください。
""" + SIG_EGUCHI,
    personal=[("name", "LOPEZ RAFAEL ANTONIO"), ("residence_card", "UH48291735EN"),
              ("passport", "158837204"), ("birthdate", "1993年2月14日"),
              ("address", "神奈川県藤沢市鵠沼海岸3-7-12 シーサイドレジデンス801")]))

# 26 pass — vehicle numbers for parking permits
MAILS.append(mail(
    "pass", "benign.vehicle_numbers",
    "球場の駐車許可申請。車両ナンバー・入構証番号が並ぶが会社の車両で個人情報ではない。",
    "久保田", None, KUBOTA,
    [A("みなとみらいドーム 運営事務局", "unei@mm-dome.example.jp")],
    "3/14 オープン戦 チーム車両の入構申請",
    """
みなとみらいドーム 運営事務局 御中

お世話になっております。湘南シーホークスの久保田です。
3/14（土）のオープン戦につき、チーム車両の入構申請をいたします。

| 区分     | 車両              | ナンバー             | 入構時刻 |
|----------|-------------------|----------------------|----------|
| 選手バス | 日野セレガ        | 湘南 230 あ 11-22    | 10:30    |
| 選手バス | 三菱ふそうエアロ  | 湘南 230 あ 11-23    | 10:30    |
| 用具車   | いすゞエルフ2t    | 湘南 400 さ 45-67    | 09:00    |
| 広報車   | トヨタ ハイエース  | 湘南 300 も 8-01     | 11:00    |

入構証は前回発行分（No. MM-2025-0331〜0334）を再利用できますでしょうか。
用具車は搬入後、関係者駐車場B-3に移動します。
""" + SIG_KUBOTA))

# 27 hold — subject only: player name + 適応障害 (not yet public)
MAILS.append(mail(
    "hold", "sensitive.health",
    "件名だけに選手の実名と病名（適応障害）・未公表の旨。本文は書式確認の依頼のみで無害。",
    "江口", "subject", EGUCHI,
    [A("日本ベースボールリーグ機構 選手関係室", "player-relations@jbl-org.example.jp")],
    "【内密】田村 翔平投手 適応障害による特別登録抹消の申請について（公表前）",
    """
日本ベースボールリーグ機構
選手関係室 ご担当者様

いつもお世話になっております。湘南シーホークス編成部の江口です。
標記の件につき、申請書式（様式7）の最新版と、添付が必要な書類の一覧を
ご教示いただけますでしょうか。

球団としての公表時期は、本人および代理人と調整中です。
申請は来週前半を予定しております。
""" + SIG_EGUCHI,
    personal=[("name", "田村 翔平"), ("diagnosis", "適応障害")]))

# 28 pass — named player "体調不良"
MAILS.append(mail(
    "pass", "benign.unwell_no_diagnosis",
    "テレビ局へ出演選手の変更連絡。実名選手だが「体調不良」のみで病名なし（境界例の pass 側）。",
    "久保田", None, KUBOTA,
    [A("湘南ケーブルテレビ 制作部 今井", "imai@shonan-catv.example.jp")],
    "11/22収録『シーホークス・アワー』出演選手変更のお願い",
    """
湘南ケーブルテレビ 制作部
今井様

お世話になっております。湘南シーホークスの久保田です。
11/22（土）収録の『シーホークス・アワー』について、出演予定だった佐野 悠斗選手が
体調不良のため出演を見合わせることになりました。直前のご連絡となり申し訳ございません。

代わりに大西 健吾選手（内野手・背番号5）が出演いたします。
トークテーマ（秋季キャンプの振り返り）はそのままで問題ないと本人も申しております。

入り時間・控室は変更なしで伺います。
""" + SIG_KUBOTA))

# 29 hold — quoted: named player's influenza + isolation, forwarded to hotel
MAILS.append(mail(
    "hold", "sensitive.health",
    "ホテルへの部屋追加依頼。本文は無害だが、下に残った社内メール引用に実名選手のインフルエンザ陽性と隔離が書かれている。",
    "久保田", "quoted", KUBOTA,
    [A("ホテルシーサイド仙台 宿泊営業課", "sales@seaside-sendai.example.jp")],
    "Re: 11/26-29 宿泊 シングル1室追加のお願い",
    """
ホテルシーサイド仙台
宿泊営業課 ご担当者様

いつもお世話になっております。湘南シーホークスの久保田です。
急で恐縮ですが、11/26〜29の団体予約にシングル1室（3泊）を追加してください。
できれば他の部屋とは別のフロアでお願いいたします。
食事はルームサービス対応でお願いします。詳細は下記をご参照ください。

久保田

-----Original Message-----
From: 森下 彩 <morishita.a@shonan-seahawks.example.jp>
Sent: Tuesday, November 25, 2025 7:48 AM
To: 久保田 健二 <kubota.k@shonan-seahawks.example.jp>
Subject: 藤原選手の件

久保田さん
藤原 亮選手、今朝の検査でインフルエンザA型陽性でした。
発症から5日間は隔離が必要なので、仙台遠征は同行させますが部屋は個室・別フロアで、
食事も部屋でとらせてください。タミフル処方済みです。
他の選手への説明は監督からしてもらいます。
森下
""",
    personal=[("name", "藤原 亮"), ("diagnosis", "インフルエンザA型陽性"), ("health", "タミフル処方済み")]))

# 30 pass — vaccination schedule, aggregate numbers only
MAILS.append(mail(
    "pass", "benign.vaccination_schedule",
    "提携クリニックとの予防接種日程調整。対象は人数（選手・スタッフ計78名）のみで氏名なし。「感染対策」の語あり。",
    "森下", None, MORISHITA,
    [A("片瀬ファミリークリニック 事務長 吉川", "yoshikawa@katase-fc.example.jp")],
    "インフルエンザ予防接種（球団内集団接種）の日程について",
    """
片瀬ファミリークリニック
事務長 吉川様

いつもお世話になっております。湘南シーホークス メディカル部の森下です。
今年度も球団内での集団接種をお願いしたく、日程のご相談です。

対象：選手 61名、チームスタッフ 17名（計78名）
希望日：① 12/2（火）13:00〜16:00　② 12/4（木）13:00〜16:00
　　　　※2日間に分けて約40名ずつ
会場：ボールパーク内 メディカルルーム（ベッド2台・冷蔵庫あり）

予診票は人数分を事前にお送りいただければ、こちらで配布・回収いたします。
費用は例年どおり球団一括払いでお願いします。

昨季は接種後の感染者ゼロで、監督からも感染対策の継続を指示されております。
ご調整のほど、よろしくお願いいたします。
""" + SIG_MORISHITA))

# 31 pass — public figures (mayor, Diet member) for ceremonial first pitch
MAILS.append(mail(
    "pass", "benign.public_figures",
    "市長・国会議員（公人）の始球式出演の調整。公職者の氏名と公務日程のみ。",
    "久保田", None, KUBOTA,
    [A("湘南市 秘書課 公務日程担当", "hisho@city.shonan.example.jp")],
    "4/3 ホーム開幕戦 始球式ご出演の段取りについて",
    """
湘南市 市長公室 秘書課
公務日程ご担当者様

お世話になっております。湘南シーホークス チーム運営部の久保田です。
4/3（金）ホーム開幕戦の始球式について、段取りをご案内いたします。

始球式：高田 雅之 市長
捕手役：小林 航平 捕手
来賓席：衆議院議員 三浦 隆文 先生（ご挨拶なし、観戦のみと伺っております）

17:20　球場正面VIP入口にお越しください（広報・宮内がご案内します）
17:35　ユニフォーム（背番号は市制70周年にちなみ「70」）にお着替え
17:52　グラウンドへ移動
17:58　始球式
18:00　プレイボール

雨天中止の場合は、当日15時までにお電話いたします。
""" + SIG_KUBOTA))

# 32 hold — encrypted zip of medical check results
MAILS.append(mail(
    "hold", "attachment.encrypted_zip",
    "メディカルチェック結果をパスワード付きZIPで大学病院へ送付（PPAP）。",
    "森下", "zip", MORISHITA,
    [A("湘南大学病院 整形外科 堤 准教授", "tsutsumi@shonan-univ-hosp.example.ac.jp")],
    "秋季メディカルチェック結果の送付（チームドクター確認用）",
    """
湘南大学病院 整形外科
堤 先生

いつもお世話になっております。メディカル部の森下です。
秋季メディカルチェック（11/10〜12実施）の結果一式をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別送いたします。

12月のミーティングで、要フォローの選手についてご意見をいただければ幸いです。
""" + SIG_MORISHITA,
    attachments=[enc_zip("2025秋季メディカルチェック結果.zip")]))

# 33 hold — body: criminal proceedings (arrest for drunk driving) to lawyer
MAILS.append(mail(
    "hold", "sensitive.criminal",
    "顧問弁護士へ実名選手の逮捕・勾留（酒気帯び運転）の詳細を送付。正当な相談でも犯罪・刑事手続の情報。",
    "江口", "body", EGUCHI,
    [A("竹内 俊介 弁護士", "takeuchi@minato-sogo-law.example.jp")],
    "至急ご相談：育成選手の逮捕について",
    """
弁護士法人みなと総合法律事務所
竹内 俊介 先生

夜分に失礼いたします。湘南シーホークス編成部の江口です。
至急ご相談したい事案が発生しましたので、概要をお送りします。

・対象：育成選手 松永 颯太（20歳、寮生）
・11/8（土）午前2時ごろ、藤沢市辻堂の市道で自家用車を運転中に検問で停止。
　呼気から基準値を超えるアルコール（0.35mg/L）が検出され、酒気帯び運転で現行犯逮捕。
・現在、藤沢北警察署に勾留中。人身・物損の被害はなし。
・本人は「寮の先輩の部屋で飲んだ後、コンビニに行こうとした」と話しているとのこと（父親経由）。
・父親（松永 浩一さん 090-5563-8820）が明朝、署に面会に行く予定。

球団としては、①接見・弁護のご依頼、②公表の要否とタイミング、
③契約上の処分（統一契約書 第17条）についてご助言をいただきたく存じます。
明日9時以降でお電話可能な時間帯をお知らせください。
""" + SIG_EGUCHI,
    personal=[("name", "松永 颯太"), ("criminal", "酒気帯び運転で現行犯逮捕"),
              ("criminal", "藤沢北警察署に勾留中"), ("phone", "090-5563-8820")]))

# 34 pass — English, agency's corporate account with SWIFT
MAILS.append(mail(
    "pass", "benign.corporate_account_swift",
    "米国代理人会社への手数料送金の確認。相手先の法人口座とSWIFT・ABAのみで個人口座ではない。",
    "江口", None, EGUCHI,
    [A("Daniel Brooks", "dbrooks@pacificstar-sm.example.com")],
    "Re: Invoice PSSM-2025-0412 / Wire transfer confirmation",
    """
Dear Daniel,

Thank you for your invoice PSSM-2025-0412 for the negotiation fee (USD 45,000).
Our finance team has scheduled the wire for December 5 (JST). Please double-check
the beneficiary details below, which we copied from your invoice:

  Beneficiary: Pacific Star Sports Management LLC
  Bank: First Coastal Bank, N.A., San Diego Main Office
  Account No.: 004471239055
  ABA Routing: 122000661
  SWIFT/BIC: FCBKUS66XXX
  Reference: SEAHAWKS / LOPEZ 2026 RENEWAL

Bank charges on our side will be borne by us (OUR). If anything above is wrong,
please let me know by December 1 so that we can correct it before release.

送金完了後、送金受付書（MT103）の写しをお送りします。

Best regards,
""" + SIG_EGUCHI + """

> From: Daniel Brooks <dbrooks@pacificstar-sm.example.com>
> Please find attached our invoice. Wire instructions are on page 2.
> Daniel Brooks | Director, International Operations
> Pacific Star Sports Management LLC | +1-619-555-0142
"""))

# 35 hold — >10 visible outside recipients (youth team coaches)
COACHES = [
    A("片瀬ジャガーズ 監督 石井", "ishii.jaguars@gmail.com"),
    A("鵠沼ドルフィンズ 代表 横山", "yokoyama-dolphins@yahoo.co.jp"),
    A("辻堂イーグルス 監督 原田 稔", "m.harada.tsujido@gmail.com"),
    A("湘南台ファイターズ 事務局", "jimukyoku@shonandai-fighters.example.jp"),
    A("藤沢北少年野球部 河野", "kono.fujisawakita@icloud.com"),
    A("茅ヶ崎ライオンズ 監督 岡田", "okada-lions@ybb.example.ne.jp"),
    A("長後ブレーブス 代表 菅原", "sugawara.braves@gmail.com"),
    A("善行スターズ 監督 山内 修", "o.yamauchi.stars@yahoo.co.jp"),
    A("六会リトル 事務局 小川", "ogawa@mutsuai-little.example.jp"),
    A("湘南ボーイズ 代表 水野", "mizuno.shonanboys@gmail.com"),
    A("御所見キッズ 監督 渡部", "watabe.goshomi@gmail.com"),
    A("村岡ホークス 代表 青木 和彦", "k-aoki.muraoka@nifty.example.com"),
    A("片瀬西浜クラブ 監督 野田", "noda.nishihama@outlook.example.jp"),
]
MAILS.append(mail(
    "hold", "recipients.too_many_visible",
    "少年野球チーム13団体（私用アドレス多数）をToに並べて野球教室を案内。外部アドレスが互いに見える。",
    "久保田", "recipients", KUBOTA, COACHES,
    "【ご案内】シーホークス少年野球教室（12/14）参加チーム募集",
    """
藤沢・茅ヶ崎地区 少年野球チームの皆さま

いつも湘南シーホークスへのご声援をありがとうございます。
チーム運営部の久保田です。
今年も選手・コーチによる少年野球教室を開催いたします。

日時：12月14日（日）9:30〜12:00（雨天時は室内練習場で実施）
会場：シーホークス・ボールパーク サブグラウンド
対象：小学3〜6年生（1チーム最大15名＋指導者2名）
内容：投げ方・打ち方・守備の基本、選手とのキャッチボール
参加費：無料（保険は球団で加入します）

参加をご希望のチームは、12月1日（月）までに参加人数と引率者名を
このメールへの返信でお知らせください。先着10チームとさせていただきます。
""" + SIG_KUBOTA))

# 36 pass — genome-test policy (no individual results)
MAILS.append(mail(
    "pass", "benign.genome_policy",
    "研究室からの遺伝子検査協力依頼を方針として断る返信。個人の検査結果は一切含まない。",
    "森下", None, MORISHITA,
    [A("湘南体育大学 スポーツ医科学研究室 前田 准教授", "maeda@shonan-taiiku.example.ac.jp")],
    "Re: 選手の遺伝子多型と傷害リスクに関する共同研究のご提案",
    """
湘南体育大学 スポーツ医科学研究室
前田 先生

ご提案をいただき、ありがとうございました。メディカル部の森下です。
社内で検討いたしましたが、今回の共同研究への参加は見送らせていただくことになりました。

当球団では、2023年に定めた「選手の健康情報取扱方針」により、
・遺伝子検査（ACTN3、COL5A1等の多型を含む）は、球団として実施・取得しない
・選手が個人的に受けた検査結果も、球団は受け取らない
としております。契約・起用の判断に使われるとの懸念を選手会から示されたことが背景です。

一方で、投球数と肘・肩の傷害発生の関係（匿名化した集計データ）であれば、
ご協力できる可能性がございます。ご関心があれば改めてご相談させてください。
""" + SIG_MORISHITA))

# 37 hold — attachment: medical certificate to insurer
MAILS.append(mail(
    "hold", "sensitive.health",
    "損保会社への保険金請求。本文は無害だが添付PDF（診断書）に実名選手の傷病名・手術内容・入院期間。",
    "森下", "attachment", MORISHITA,
    [A("みなと損害保険 スポーツ保険課 高野", "takano@minato-sonpo.example.co.jp")],
    "保険金請求書類の送付（証券番号 SP-8820417）",
    """
みなと損害保険株式会社
スポーツ保険課 高野様

お世話になっております。湘南シーホークス メディカル部の森下です。
先日お電話でご相談した件、保険金請求に必要な書類一式を添付いたします。
不足書類がございましたらご指示ください。
""" + SIG_MORISHITA,
    attachments=[att("診断書_請求用.pdf", PDF, """
診 断 書（保険会社提出用）

氏名：岡本 蓮　　性別：男　　生年月日：2000年8月23日（25歳）
住所：神奈川県藤沢市片瀬海岸2-18-1 シーホークス寮 2-08

傷病名：左膝前十字靱帯断裂、左膝内側半月板損傷
受傷日：2025年9月14日（試合中、一塁へのスライディングにて受傷）
手術日：2025年9月22日　左膝前十字靱帯再建術（半腱様筋腱使用）、半月板縫合術
入院期間：2025年9月21日〜2025年10月4日（14日間）
通院：2025年10月7日〜 週2回 リハビリテーション継続中
見込み：競技復帰まで約9〜10か月

湘南大学病院 整形外科　医師 堤 健太郎　（印）
"""
    )],
    personal=[("name", "岡本 蓮"), ("diagnosis", "左膝前十字靱帯断裂、左膝内側半月板損傷"),
              ("birthdate", "2000年8月23日"), ("health", "左膝前十字靱帯再建術")]))

# 38 pass — congratulations to another club's executive
MAILS.append(mail(
    "pass", "benign.congratulations",
    "他球団役員の就任祝い。相手の氏名・役職・経歴（公表情報）のみ。",
    "江口", None, EGUCHI,
    [A("北陸ブレイズ 編成本部長 坂本 亮介", "r-sakamoto@hokuriku-blaze.example.jp")],
    "編成本部長ご就任のお祝い",
    """
株式会社北陸ブレイズ
編成本部長 坂本 亮介 様

このたびは編成本部長へのご就任、誠におめでとうございます。
湘南シーホークス編成部の江口でございます。

坂本様には、私が入社したばかりの頃、トレード交渉の場で
数字の見方から言葉の選び方まで多くを教えていただきました。
現役時代の通算1,500安打と、スカウトとしての15年のご経験を
編成の要として存分に発揮されることと存じます。

来季もリーグの舞台で切磋琢磨できることを楽しみにしております。
12月のウィンターミーティングでご挨拶に伺えれば幸いです。
""" + SIG_EGUCHI))

# 39 hold — quoted: family roster (names, relation, birthdates, phones) to travel agent
MAILS.append(mail(
    "hold", "list.family_roster",
    "旅行会社への部屋割り依頼。本文は無害だが転送された社内名簿に選手家族の氏名・続柄・生年月日・携帯が並ぶ。",
    "久保田", "quoted", KUBOTA,
    [A("ジェイトラベル 法人営業部 柴田", "shibata@jtravel-corp.example.co.jp")],
    "Fw: ファミリーデー（宮崎）ご家族宿泊者一覧",
    """
柴田様

お世話になっております。久保田です。
2/21のファミリーデー（宮崎）について、社内でまとめたご家族の参加者一覧を転送します。
部屋割り（家族ごとに1室、乳幼児は添い寝）と、宮崎空港からの送迎バスの手配をお願いいたします。

久保田

> -----Original Message-----
> From: 広報部 宮内 <miyauchi.h@shonan-seahawks.example.jp>
> Subject: ファミリーデー参加家族（確定版）
>
> 選手名     家族氏名        続柄  生年月日      携帯
> 小林 航平  小林 彩花       妻    1997/03/08    090-7734-2218
> 小林 航平  小林 陽翔       長男  2022/10/15    -
> 高橋 大輝  高橋 由紀子     母    1968/06/21    080-3350-9127
> 大西 健吾  大西 美咲       妻    1995/12/02    070-6618-4402
> 大西 健吾  大西 結衣       長女  2020/05/27    -
> 佐野 悠斗  佐野 恵子       母    1973/09/11    090-2047-7815
"""
    ,
    personal=[("name", "小林 彩花"), ("phone", "090-7734-2218"), ("birthdate", "2022/10/15"),
              ("name", "高橋 由紀子"), ("phone", "080-3350-9127"),
              ("name", "大西 美咲"), ("phone", "070-6618-4402"),
              ("name", "佐野 恵子"), ("phone", "090-2047-7815")]))

# 40 pass — corporate card, masked
MAILS.append(mail(
    "pass", "benign.masked_card",
    "法人カードでの決済連絡。カード番号は下4桁以外マスク済みで、予約番号のみ。",
    "久保田", None, KUBOTA,
    [A("ジェイトラベル 法人営業部 柴田", "shibata@jtravel-corp.example.co.jp")],
    "Re: 台湾キャンプ 航空券 お支払方法について",
    """
柴田様

お世話になっております。久保田です。
お問い合わせの件、お支払いは例年どおり球団の法人カードでお願いいたします。

カード：VISA 法人カード（名義 SHONAN SEAHAWKS BB CO）
番号：**** **** **** 4021（下4桁のみ記載しております）
予約番号：JT-8841-22 ／ JT-8841-23

カード情報の入力は、御社の決済リンクから経理部の担当（池田）が行います。
決済リンクは池田（ikeda.m@shonan-seahawks.example.jp）宛にお送りください。
""" + SIG_KUBOTA))
