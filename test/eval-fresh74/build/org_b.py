# -*- coding: utf-8 -*-
"""Org B: 株式会社東邦セキュリティサービス（警備会社）"""

ORG = "B"
DOM = "toho-security.example.co.jp"

MURAKAMI = "村上 健司 <k-murakami@toho-security.example.co.jp>"
KOIKE = "小池 美穂 <m-koike@toho-security.example.co.jp>"
YAJIMA = "矢島 翔 <s-yajima@toho-security.example.co.jp>"

SIG_MURAKAMI = """
********************************************
株式会社 東邦セキュリティサービス
営業本部 施設警備課 課長　村上 健司
〒105-0014 東京都港区芝一丁目8番3号 東邦芝ビル6F
TEL：03-5555-4401　FAX：03-5555-4409
携帯：090-2231-7785
警備業認定：東京都公安委員会 第30004127号
https://www.toho-security.example.co.jp/
********************************************
本メールおよび添付ファイルには機密情報が含まれる場合があります。
宛先に心当たりのない方は、破棄のうえご連絡ください。"""

SIG_KOIKE = """
―――――――――――――――――
東邦セキュリティサービス
業務部 隊員管理課　小池 美穂
TEL 03-5555-4420（課直通）
m-koike@toho-security.example.co.jp
―――――――――――――――――"""

SIG_YAJIMA = """
==================================
(株)東邦セキュリティサービス
雑踏警備部 イベント警備課 主任
矢島 翔 / Sho Yajima
携帯 080-6620-1147（当日連絡はこちら）
本社 03-5555-4430
交通誘導警備業務1級・雑踏警備業務1級
=================================="""

MAILS = []

# ---------------------------------------------------------------- holds
MAILS.append(dict(
    writer="murakami", loc="body", expect="hold",
    kind="sensitive.guard_seizure_to_client",
    why="常駐先の管理会社へ、交代理由として隊長個人のてんかん発作と医師の就業制限を本文で伝えている。",
    **{"from": MURAKAMI},
    to=["丸の内ビルマネジメント 施設管理部 石川 浩二 <k.ishikawa@mbm.example.co.jp>"],
    subject="芝浦ファーストタワー 常駐隊長の交代について",
    text="""丸の内ビルマネジメント株式会社
施設管理部 石川様

平素より大変お世話になっております。東邦セキュリティの村上でございます。

芝浦ファーストタワーの常駐隊長 大西 正人（52歳）について、
交代のご報告とお詫びを申し上げます。

大西は4月2日の夜勤中、防災センター内でてんかんの発作を起こし、
救急搬送されました（当日は副隊長が引き継ぎ、警備業務に支障はございませんでした）。
主治医の診断で、服薬調整が終わるまで少なくとも3か月は夜勤・単独勤務を控えるよう
指示が出ておりますため、4月14日付で隊長を下記の者に交代させていただきます。

　新隊長：田口 勇（施設警備業務1級、当現場の副隊長を2年担当）

引き継ぎは完了しておりますが、
念のため来週中に私と田口でご挨拶に伺わせてください。
ご心配をおかけし、誠に申し訳ございません。
""" + SIG_MURAKAMI,
    personal=[
        {"type": "name", "value": "大西 正人"},
        {"type": "diagnosis", "value": "てんかんの発作"},
        {"type": "health", "value": "少なくとも3か月は夜勤・単独勤務を控えるよう"},
    ],
))

MAILS.append(dict(
    writer="yajima", loc="attachment", expect="hold",
    kind="list.guard_roster_to_organiser",
    why="本文は名簿送付の連絡だけだが、添付に配置隊員の氏名・生年月日・自宅住所・携帯番号が一覧で入っている。",
    **{"from": YAJIMA},
    to=["湾岸花火大会実行委員会 事務局 平野 真司 <hirano@wangan-hanabi.example.jp>"],
    subject="湾岸花火大会 配置予定隊員名簿の送付",
    text="""実行委員会事務局
平野様

お世話になっております。東邦セキュリティの矢島です。
ご依頼のあった配置予定隊員名簿（第1次）を添付します。
当日の入場パス作成にお使いください。

残りの30名分は7/18までにお送りします。
""" + SIG_YAJIMA,
    attachments=[dict(
        filename="配置予定隊員名簿_第1次.xlsx",
        contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        text="""[名簿]
No\t氏名\t生年月日\t住所\t携帯\t検定資格\t配置区分
1\t堀内 和也\t1979/03/11\t東京都江東区大島5-14-2-408\t090-4401-2276\t雑踏1級\tA-1 統括
2\t吉村 拓\t1996/08/27\t東京都江戸川区船堀3-7-19\t080-3320-9951\t雑踏2級\tA-2
3\t竹田 美咲\t2001/01/05\t千葉県浦安市当代島2-11-4\t070-5511-0387\t\tA-2
4\t桑原 進\t1958/12/19\t東京都墨田区立花4-2-16\t090-8812-6634\t交通2級\tB-1 駐輪場
5\t新井 亮介\t1990/06/30\t東京都江東区南砂2-3-9-1102\t080-7765-2210\t雑踏2級\tB-2
6\t上野 大樹\t1999/10/14\t東京都台東区竜泉1-20-3\t090-1156-4478\t\tC-1 救護所前
""")],
    personal=[
        {"type": "name", "value": "堀内 和也"},
        {"type": "birthdate", "value": "1979/03/11"},
        {"type": "address", "value": "東京都江東区大島5-14-2-408"},
        {"type": "phone", "value": "090-4401-2276"},
        {"type": "name", "value": "竹田 美咲"},
        {"type": "phone", "value": "070-5511-0387"},
    ],
))

MAILS.append(dict(
    writer="murakami", loc="body", expect="hold",
    kind="sensitive.shoplifting_arrest_to_tenant",
    why="テナント店長に対して、万引き被疑者の氏名・年齢・住所と逮捕歴・前歴を本文で伝えている（犯罪に関する情報）。",
    **{"from": MURAKAMI},
    to=["サンライトモール ドラッグひかり 店長 原田 聡 <harada@drug-hikari.example.co.jp>"],
    cc=["サンライトモール 防災センター <bousai@sunlight-mall.example.co.jp>"],
    subject="4/19 発生事案のご報告（ドラッグひかり様）",
    text="""ドラッグひかり サンライトモール店
原田店長様

お世話になっております。モール警備を担当しております東邦セキュリティの村上です。
4月19日（土）に貴店で発生した事案について、警備側の記録をご報告します。

・15:42　貴店スタッフより無線で要請、化粧品の未精算持ち出し
・15:45　北口自動ドア付近で隊員2名が声掛け、事務所へ同行
・16:10　湾岸警察署員到着、現行犯逮捕

被疑者：小松 浩一（47歳、江東区東砂7丁目在住、無職）
本人の供述によると、同モール内で昨年も2回補導・逮捕されているとのことで、
警察官からも「前歴あり」との説明がありました。

今後、同人を見かけた際は防災センター（内線 9900）へご一報ください。
巡回時の注意対象として隊員にも顔写真を共有しております。
""" + SIG_MURAKAMI,
    personal=[
        {"type": "name", "value": "小松 浩一"},
        {"type": "address", "value": "江東区東砂7丁目在住"},
        {"type": "criminal", "value": "現行犯逮捕"},
        {"type": "criminal", "value": "前歴あり"},
    ],
))

MAILS.append(dict(
    writer="koike", loc="quoted", expect="hold",
    kind="personal.applicant_forward_to_partner",
    why="協力会社への転送で、引用された応募通知に応募者1名の氏名・生年月日・住所・電話・職歴がそのまま含まれている。",
    **{"from": KOIKE},
    to=["新和警備保障 総務部 中川 洋一 <nakagawa@shinwa-keibi.example.co.jp>"],
    subject="Fw: 【応募通知】施設警備スタッフ（夜勤専従）",
    text="""新和警備保障
中川様

いつもお世話になっております。東邦セキュリティの小池です。
先日お話しした夜勤専従の件、当社では今回枠が埋まってしまったのですが、
下記の方がかなり経験豊富なので、御社でご検討いただけないかと思い転送します。
ご本人には「協力会社をご紹介する可能性がある」と電話でお伝え済みです。

よろしくお願いします。
""" + SIG_KOIKE + """

---------- Forwarded message ---------
From: 求人ナビ応募通知 <noreply@kyujin-navi.example.jp>
Date: 2025年5月8日(木) 22:14
Subject: 【応募通知】施設警備スタッフ（夜勤専従）

応募者情報
　氏名：長尾 正樹（ナガオ マサキ）
　生年月日：1971年9月23日（53歳）
　住所：神奈川県川崎市川崎区大師町14-6 メゾン大師103
　電話：090-6673-2018
　メール：nagao.masaki71@yahoo.co.jp
　職歴：2004年～2024年 株式会社関東ガードシステム（施設警備、隊長経験8年）
　資格：施設警備業務1級、自衛消防技術試験、普通自動車免許
　希望：夜勤のみ、週4日
　自己PR：前職は会社の事業縮小により退職しました。体力には自信があります。
""",
    personal=[
        {"type": "name", "value": "長尾 正樹"},
        {"type": "birthdate", "value": "1971年9月23日"},
        {"type": "address", "value": "神奈川県川崎市川崎区大師町14-6 メゾン大師103"},
        {"type": "phone", "value": "090-6673-2018"},
        {"type": "email", "value": "nagao.masaki71@yahoo.co.jp"},
    ],
))

MAILS.append(dict(
    writer="koike", loc="subject", expect="hold",
    kind="id.driver_licence_in_subject",
    why="本文は短い依頼だけだが、件名に隊員の氏名と運転免許証番号が入っている。",
    **{"from": KOIKE},
    to=["オートリースジャパン 法人営業 安田 恵 <m.yasuda@auto-lease.example.co.jp>"],
    subject="運転者追加登録 佐々木 大輔 免許証番号 第304811207650号",
    text="""オートリースジャパン
安田様

お世話になっております。東邦セキュリティ 隊員管理課の小池です。
件名の者を、輸送警備用車両（契約番号 AL-2291-07）の運転者として追加登録をお願いします。
免許証の写しは明日FAXでお送りします。

よろしくお願いします。
""" + SIG_KOIKE,
    personal=[
        {"type": "name", "value": "佐々木 大輔"},
        {"type": "driver_licence", "value": "304811207650"},
    ],
))

MAILS.append(dict(
    writer="koike", loc="zip", expect="hold",
    kind="list.zip_guard_contacts_to_partner",
    why="zip内に隊員の氏名・携帯番号・自宅住所・緊急連絡先の一覧があり、協力会社へそのまま送っている。",
    **{"from": KOIKE},
    to=["新和警備保障 管制 野村 誠 <nomura@shinwa-keibi.example.co.jp>"],
    subject="5月応援シフトと連絡先一覧",
    text="""新和警備保障 管制
野村様

お疲れさまです。東邦の小池です。
5月のサンライトモール応援分のシフト表をお送りします。
当日の欠員連絡をそちらから直接できるように、当社隊員の連絡先一覧も入れておきました。

圧縮しただけのファイルです。よろしくお願いします。
""" + SIG_KOIKE,
    attachments=[
        dict(filename="5月応援シフト.zip/シフト表_5月.csv", contentType="text/csv",
             text="""日付,時間帯,ポスト,東邦,新和
5/3,9:00-18:00,北口,森田,応援1
5/3,9:00-18:00,駐車場P2,岡部,応援2
5/4,9:00-18:00,北口,森田,応援1
5/4,18:00-翌9:00,防災センター,西川,応援3
"""),
        dict(filename="5月応援シフト.zip/東邦隊員連絡先.csv", contentType="text/csv",
             text="""氏名,携帯,住所,緊急連絡先（続柄）
森田 直樹,090-2214-7781,東京都江東区北砂3-4-12,森田 幸子（妻）090-2214-7799
岡部 康介,080-5190-3362,東京都江戸川区西葛西6-8-1-705,岡部 恵子（母）03-5555-0192
西川 剛,070-3348-1120,千葉県市川市行徳駅前2-17-3,西川 里美（妻）070-3348-1121
藤本 陽一,090-8875-6604,東京都墨田区緑2-9-5,なし
"""),
    ],
    personal=[
        {"type": "name", "value": "森田 直樹"},
        {"type": "phone", "value": "090-2214-7781"},
        {"type": "address", "value": "東京都江東区北砂3-4-12"},
        {"type": "name", "value": "西川 剛"},
        {"type": "address", "value": "千葉県市川市行徳駅前2-17-3"},
    ],
))

_EVENT_TO = [
    "新和警備保障 管制 <kansei@shinwa-keibi.example.co.jp>",
    "湾岸ガードサービス <info@wangan-guard.example.co.jp>",
    "株式会社セーフティ東京 <ops@safety-tokyo.example.co.jp>",
    "あおい警備 <aoi@aoi-keibi.example.jp>",
    "関東ガードシステム 業務課 <gyomu@kanto-guard.example.co.jp>",
    "日の出セキュリティ <hinode@hinode-sec.example.co.jp>",
    "平井 勝也 <hirai.katsuya@gmail.com>",
    "大塚 智美 <tomomi.otsuka0312@yahoo.co.jp>",
    "前川 翼 <tsubasa.maekawa@outlook.com>",
    "坂本 剛志 <t.sakamoto.guard@gmail.com>",
    "遠藤 亜紀 <aki_endo77@yahoo.co.jp>",
    "村田 啓介 <keisuke.murata.k@gmail.com>",
]

MAILS.append(dict(
    writer="yajima", loc="recipients", expect="hold",
    kind="recipients.event_briefing_in_to",
    why="協力会社6社と個人の警備員6名の私用アドレス、計12の外部アドレスをToに並べて一斉送信している。",
    **{"from": YAJIMA},
    to=_EVENT_TO,
    cc=["湾岸花火大会実行委員会 事務局 平野 真司 <hirano@wangan-hanabi.example.jp>"],
    subject="【湾岸花火大会】警備事前説明会のご案内（7/22）",
    text="""協力会社各位
登録警備員の皆様

お疲れさまです。東邦セキュリティ 雑踏警備部の矢島です。
7月26日（土）の湾岸花火大会について、事前説明会を下記のとおり行います。
当日従事予定の方は必ずご参加ください（参加分も日当支給対象です）。

　日時：7月22日（火）19:00～20:30
　場所：東邦セキュリティ本社 7F 研修室（港区芝1-8-3）
　持ち物：警備員手帳、筆記用具、検定合格証（お持ちの方）

内容
・会場図と配置（A～Dエリア）、無線のチャンネル割り当て
・雷・荒天時の中止判断と退場誘導
・熱中症対策（休憩ローテーション、WBGT 31以上での対応）

欠席の場合は7/20までに私の携帯へご連絡ください。
""" + SIG_YAJIMA,
))

MAILS.append(dict(
    writer="murakami", loc="zip", expect="hold",
    kind="attachment.encrypted_zip",
    why="パスワード付きzipの警備計画書を添付しており、PPAPとして保留対象。",
    **{"from": MURAKAMI},
    to=["丸の内ビルマネジメント 施設管理部 石川 浩二 <k.ishikawa@mbm.example.co.jp>"],
    subject="芝浦ファーストタワー 警備計画書（改訂版）の送付",
    text="""石川様

お世話になっております。東邦セキュリティの村上です。
先日の打合せで修正した警備計画書（改訂第4版）をお送りします。
セキュリティの観点からパスワードを設定しております。
パスワードは追ってお知らせいたします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_MURAKAMI,
    attachments=[dict(filename="警備計画書_芝浦FT_改訂4.zip", contentType="application/zip", encrypted=True)],
))

MAILS.append(dict(
    writer="koike", loc="body", expect="hold",
    kind="id.payroll_account_and_insurance_number",
    why="給与計算代行会社へ、短期隊員個人の振込口座と雇用保険被保険者番号を本文に書いて送っている。",
    **{"from": KOIKE},
    to=["ペイロールセンター 担当 木下 舞 <kinoshita@payroll-center.example.co.jp>"],
    subject="5月入社 短期隊員の登録依頼",
    text="""ペイロールセンター
木下様

いつもお世話になっております。東邦セキュリティの小池です。
5月12日入社の短期契約隊員1名について、給与システムへの登録をお願いします。

　社員番号：T-25-0419
　氏名：石井 翔（イシイ ショウ）
　雇用区分：有期（3か月）／日給 11,200円
　給与振込口座：城東信用金庫 大島支店 普通 0352781 イシイ シヨウ
　雇用保険被保険者番号：5012-418833-6（前職で取得済み）
　扶養：なし

初回支給は6月10日（5月分）です。
雇用契約書のPDFは別途共有フォルダに置いておきます。
""" + SIG_KOIKE,
    personal=[
        {"type": "name", "value": "石井 翔"},
        {"type": "bank_account", "value": "城東信用金庫 大島支店 普通 0352781"},
        {"type": "employment_insurance", "value": "5012-418833-6"},
    ],
))

MAILS.append(dict(
    writer="koike", loc="attachment", expect="hold",
    kind="sensitive.health_check_findings_list",
    why="添付Excelに隊員ごとの健康診断の所見（血圧・肝機能・血糖値と判定）が氏名付きで並んでいる。",
    **{"from": KOIKE},
    to=["芝クリニック 産業保健室 <sangyo@shiba-clinic.example.jp>"],
    cc=["芝クリニック 産業医 三宅 啓 <miyake@shiba-clinic.example.jp>"],
    subject="5月 産業医面談の対象者について",
    text="""芝クリニック 産業保健室 御中
三宅先生

いつもお世話になっております。東邦セキュリティの小池です。
5月の産業医面談の対象者リストをお送りします。
面談は5月28日（水）14時からで調整しております。

よろしくお願いいたします。
""" + SIG_KOIKE,
    attachments=[dict(
        filename="面談対象者_2025年5月.xlsx",
        contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        text="""[対象者]
社員番号\t氏名\t年齢\t配属\t血圧\tγ-GTP\tHbA1c\t判定\t備考
E-1042\t桑原 進\t66\t芝浦FT\t168/102\t48\t6.1\t要治療\t高血圧未受診
E-0877\t三上 亮\t58\tサンライトモール\t132/84\t214\t5.6\t要精密\t飲酒量多い
E-1310\t今井 達郎\t61\t芝浦FT\t141/90\t36\t8.4\t要治療\t糖尿病治療中断
E-1566\t北野 晴美\t44\t本社管制\t118/72\t22\t5.4\t要面談\tストレスチェック高ストレス者
""")],
    personal=[
        {"type": "name", "value": "桑原 進"},
        {"type": "health", "value": "168/102"},
        {"type": "name", "value": "今井 達郎"},
        {"type": "diagnosis", "value": "糖尿病治療中断"},
        {"type": "name", "value": "北野 晴美"},
        {"type": "health", "value": "ストレスチェック高ストレス者"},
    ],
))

# ---------------------------------------------------------------- passes
MAILS.append(dict(
    writer="yajima", loc="body", expect="pass",
    kind="benign.event_police_consultation",
    why="花火大会の警備について主催者・警察との協議日程を調整するもので、担当者名と業務連絡先のみ。",
    **{"from": YAJIMA},
    to=["湾岸花火大会実行委員会 事務局 平野 真司 <hirano@wangan-hanabi.example.jp>"],
    cc=["湾岸警察署 警備課 警部補 今野 隆 <konno-t@wangan-ps.police.example.jp>",
        "湾岸警察署 交通課 <kotsu@wangan-ps.police.example.jp>",
        "村上 健司 <k-murakami@toho-security.example.co.jp>"],
    subject="Re: 花火大会 警備計画の三者協議について",
    text="""平野様
湾岸警察署 今野様

東邦セキュリティの矢島です。日程のご提示ありがとうございます。
三者協議は 7月3日（木）15:00～ 湾岸警察署 3F会議室 で承知しました。
当社からは矢島と村上の2名で伺います。

当日お持ちする資料：
・雑踏警備計画書（案）第2版：観覧エリアの区画と一方通行規制
・警備員配置図（総数 186名、うち当社 112名・協力会社 74名）
・雷接近時の中止基準と場内アナウンス文案

なお、昨年ご指摘のあった「駅前交差点の滞留」については、
誘導員を4名から8名に増やし、DJポリスさんとの連携位置も図に入れています。

> 矢島様
> 三者協議は7/3（木）15時から、湾岸署で行いたいと思います。
> 警察側は警備課 今野警部補、交通課 規制担当が出席予定です。
> 実行委員会 事務局 平野
""" + SIG_YAJIMA,
))

MAILS.append(dict(
    writer="murakami", loc="body", expect="pass",
    kind="benign.alarm_communication_outage",
    why="機械警備の「通信障害」のお詫びと報告で、障害は設備の障害を指し個人情報はない。",
    **{"from": MURAKAMI},
    to=["サンライトモール 防災センター長 杉山 昭 <sugiyama@sunlight-mall.example.co.jp>"],
    subject="機械警備システム 通信障害のご報告とお詫び（5/6）",
    text="""サンライトモール
防災センター長 杉山様

いつもお世話になっております。東邦セキュリティの村上です。
5月6日未明に発生した機械警備の通信障害について、ご報告いたします。

1．発生日時　5月6日（火）02:18～03:51（93分間）
2．影響範囲　B棟 搬入口・屋上機械室の侵入検知センサー 計14回線
3．原因　　　通信事業者側の中継設備の障害（同時間帯に都内で広域障害の発表あり）
4．対応　　　02:25 当社管制が回線断を検知、02:40 警備員2名をB棟へ派遣し
　　　　　　　復旧まで巡回による代替監視を実施。異常はございませんでした。
5．再発防止　バックアップ回線（LTE）への自動切替が作動しなかったため、
　　　　　　　切替装置のファームウェアを5月12日に更新いたします。

ご心配をおかけし、誠に申し訳ございませんでした。
報告書（押印版）は来週の定例会でお渡しします。
""" + SIG_MURAKAMI,
))

MAILS.append(dict(
    writer="murakami", loc="body", expect="pass",
    kind="benign.patrol_vehicle_numbers",
    why="巡回車両の入構登録で、並んでいるのは会社の車両番号（ナンバープレート）であり個人の番号ではない。",
    **{"from": MURAKAMI},
    to=["丸の内ビルマネジメント 駐車場管理 高田 和美 <k.takada@mbm.example.co.jp>"],
    subject="巡回車両の入構登録変更のお願い",
    text="""丸の内ビルマネジメント
駐車場管理ご担当 高田様

お世話になっております。東邦セキュリティの村上です。
6月1日から巡回車両を入れ替えますので、入構登録の変更をお願いいたします。

【削除】
　品川 300 そ 45-67（トヨタ プロボックス 白）
　品川 300 そ 45-68（同上）
【追加】
　品川 400 さ 12-03（トヨタ ハイエース 白・社名ロゴ入り）
　品川 300 ち 88-21（ホンダ N-VAN 白・社名ロゴ入り）

いずれも当社名義（リース）で、運転は巡回班の隊員に限定しております。
入構カードは現行の2枚（No.0881、No.0882）をそのまま使わせてください。
""" + SIG_MURAKAMI,
))

MAILS.append(dict(
    writer="yajima", loc="body", expect="pass",
    kind="benign.religious_corporation_client",
    why="宗教法人である寺院が顧客の初詣警備の見積で、信仰に関する個人情報は含まない。",
    **{"from": YAJIMA},
    to=["宗教法人 金剛院 寺務所 寺務長 西岡 昌平 <jimusho@kongoin.example.or.jp>"],
    subject="令和8年 初詣警備のお見積りについて",
    text="""宗教法人 金剛院
寺務長 西岡様

いつも大変お世話になっております。東邦セキュリティの矢島でございます。
先日は境内をご案内いただき、ありがとうございました。

令和8年の初詣警備について、お見積りの概要をお送りします（正式版は押印の上郵送します）。

　期間：12月31日 22:00 ～ 1月3日 18:00
　配置：大晦日～元日 最大28名（山門前・参道交差点・本堂前・駐車場）
　　　　1月2日・3日 各14名
　金額：2,486,000円（税込）※昨年比 +4.2%（人件費改定分）

除夜の鐘の整理券配布（先着108名）の列整理も含めております。
本堂内の拝観順路については、ご住職のご意向を伺ってから配置を決めたいと思います。
""" + SIG_YAJIMA,
))

MAILS.append(dict(
    writer="murakami", loc="attachment", expect="pass",
    kind="benign.corporate_account_change_notice",
    why="自社の振込先口座変更の案内で、添付にあるのは法人口座と法人番号だけ。",
    **{"from": MURAKAMI},
    to=["丸の内ビルマネジメント 経理部 御中 <keiri@mbm.example.co.jp>"],
    cc=["丸の内ビルマネジメント 施設管理部 石川 浩二 <k.ishikawa@mbm.example.co.jp>"],
    subject="【重要】振込先口座変更のお知らせ",
    text="""丸の内ビルマネジメント株式会社
経理部 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
このたび当社の振込先口座を変更することとなりました。
詳細は添付の通知書をご確認ください。

なお、昨今振込先変更を装った詐欺メールが増えております。
念のため、当社担当（村上 03-5555-4401）へお電話でご確認いただいた上で
ご登録いただきますようお願い申し上げます。
""" + SIG_MURAKAMI,
    attachments=[dict(
        filename="振込先口座変更のお知らせ.pdf", contentType="application/pdf",
        text="""令和7年6月2日
お取引先各位
株式会社東邦セキュリティサービス
代表取締役 東 邦彦
（法人番号 4010401098813）

振込先口座変更のお知らせ

令和7年7月1日お支払い分より、下記口座へのお振込みをお願い申し上げます。

【新口座】
　みなと銀行 芝支店（店番 512）
　当座預金 0087351
　口座名義 カ）トウホウセキュリティサービス

【旧口座】（6月30日まで）
　東京中央銀行 浜松町支店 普通 2318840

ご不明点は経理部（03-5555-4405）までお問い合わせください。
""")],
))

MAILS.append(dict(
    writer="koike", loc="body", expect="pass",
    kind="benign.security_business_licence_numbers",
    why="入札書類として会社の警備業認定番号・法人番号・ISO登録番号を伝えるもので、個人の識別番号ではない。",
    **{"from": KOIKE},
    to=["港湾振興公社 総務課 契約係 <keiyaku@kowan-kosha.example.or.jp>"],
    subject="競争入札参加資格申請書類の補足について",
    text="""港湾振興公社 総務課 契約係 御中

お世話になっております。株式会社東邦セキュリティサービスの小池です。
本日お電話でご指摘いただいた記載漏れについて、以下のとおり補足いたします。

　警備業認定番号：東京都公安委員会 第30004127号（有効期限 令和9年11月19日）
　法人番号：4010401098813
　ISO 9001 登録番号：JQ-2019-0713
　Pマーク登録番号：第10862210(04)号
　機械警備業務管理者：資格者証 計2名（写しは郵送書類に同封済み）
　指導教育責任者：1号・2号業務 各2名

認定証の写しは本日郵送いたしました（簡易書留）。
不足がございましたらお知らせください。
""" + SIG_KOIKE,
))

MAILS.append(dict(
    writer="murakami", loc="body", expect="pass",
    kind="benign.condolence_flower_arrangement",
    why="取引先会長の逝去に伴う供花の受付確認で、公表された訃報に基づくお悔やみの連絡。",
    **{"from": MURAKAMI},
    to=["丸の内ビルマネジメント 総務部 <soumu@mbm.example.co.jp>"],
    subject="故 丸山会長 ご葬儀について（供花のお伺い）",
    text="""丸の内ビルマネジメント株式会社
総務部 御中

株式会社東邦セキュリティサービスの村上でございます。
このたびは丸山 義雄 会長のご逝去の報に接し、謹んでお悔やみ申し上げます。
生前は弊社設立当初より格別のご厚情を賜り、社員一同、深く感謝しております。

つきましては、社葬（6月14日、青山斎場）に弊社より供花を差し上げたく存じますが、
ご遺族さまのご意向で辞退されている場合もあるかと思い、お伺いいたしました。
また、当日の参列は弊社代表 東と私の2名を予定しております。

ご多用中のところ恐縮ですが、ご指示いただけますと幸いです。
""" + SIG_MURAKAMI,
))

MAILS.append(dict(
    writer="koike", loc="body", expect="pass",
    kind="benign.aggregate_heatstroke_report",
    why="昨夏の熱中症発生を件数だけで報告する安全対策の連絡で、隊員個人は特定されない。",
    **{"from": KOIKE},
    to=["サンライトモール 防災センター長 杉山 昭 <sugiyama@sunlight-mall.example.co.jp>"],
    cc=["村上 健司 <k-murakami@toho-security.example.co.jp>"],
    subject="今夏の熱中症対策について（屋外ポスト）",
    text="""サンライトモール
杉山様

お世話になっております。東邦セキュリティの小池です。
今夏の屋外ポスト（駐車場・交通誘導）の熱中症対策についてご相談です。

昨年7～9月、当現場の屋外ポストで熱中症（疑い含む）が3件発生しました。
いずれも軽症で、救急搬送はありませんでしたが、うち2件は14時台のP3駐車場でした。

今年は以下を予定しています。
・WBGT 31以上の時間帯は屋外ポストを30分交代に
・ファン付きベスト、ネッククーラーを全員に支給（当社負担）
・P3駐車場のテント設置（1張）をご許可いただきたいです

当社は健康経営優良法人の認定を受けており、隊員の健康管理を強化しています。
テント設置の可否についてご検討いただけますと幸いです。
""" + SIG_KOIKE,
))

MAILS.append(dict(
    writer="koike", loc="body", expect="pass",
    kind="benign.masked_corporate_card",
    why="ETC法人カードの番号は下4桁以外マスクされており、車両とカードの対応確認にすぎない。",
    **{"from": KOIKE},
    to=["オートリースジャパン 法人営業 安田 恵 <m.yasuda@auto-lease.example.co.jp>"],
    subject="ETCカード利用明細の照合について",
    text="""安田様

お世話になっております。東邦の小池です。
4月分のETC利用明細について、カードと車両の対応が一部違っているようでしたので確認させてください。

　カード番号 ****-****-****-3308 → 明細上は「品川400さ1203」ですが、
　　実際に搭載しているのは「品川300ち8821」です。
　カード番号 ****-****-****-3316 → こちらは正しく「品川400さ1203」です。

4月12日の首都高 芝浦→湾岸線 の利用分（1,320円）がどちらの車両か、
請求の部署配賦に関わるため、ご確認いただけますでしょうか。
""" + SIG_KOIKE,
))

MAILS.append(dict(
    writer="yajima", loc="quoted", expect="pass",
    kind="benign.organiser_handover_chain",
    why="主催者側の担当交代をめぐる長い返信の連鎖で、担当者名と業務用の署名が並ぶだけ。",
    **{"from": YAJIMA},
    to=["湾岸花火大会実行委員会 事務局 岩本 さやか <iwamoto@wangan-hanabi.example.jp>"],
    cc=["湾岸花火大会実行委員会 事務局 平野 真司 <hirano@wangan-hanabi.example.jp>"],
    subject="Re: Re: 担当交代のご連絡（実行委員会事務局）",
    text="""岩本様

はじめまして、東邦セキュリティの矢島です。ご丁寧にありがとうございます。
こちらこそ、どうぞよろしくお願いいたします。

7月3日の三者協議にもご同席いただけるとのこと、承知しました。
事前に警備計画書（案）の第2版をお送りしておきますので、
ご不明な点があればいつでも携帯（080-6620-1147）にお電話ください。

平野様、これまで3年間本当にありがとうございました。
新しい部署でのご活躍をお祈りしております。

-----Original Message-----
From: 岩本 さやか <iwamoto@wangan-hanabi.example.jp>
Sent: Monday, June 16, 2025 10:03 AM
Subject: Re: 担当交代のご連絡（実行委員会事務局）

東邦セキュリティ 矢島様

平野より紹介いただきました、岩本と申します。
7月の大会から事務局を担当いたします。至らない点も多いかと思いますが、
よろしくお願いいたします。

湾岸花火大会実行委員会 事務局（湾岸区 観光協会内）
岩本 さやか　TEL 03-5555-7720（代）内線 214

-----Original Message-----
From: 平野 真司 <hirano@wangan-hanabi.example.jp>
Sent: Friday, June 13, 2025 5:40 PM
Subject: 担当交代のご連絡（実行委員会事務局）

矢島様

いつもお世話になっております。
私事ですが、6月末で観光協会の別部署へ異動となり、
今年の大会からは岩本が事務局を担当いたします。
引継ぎは済ませておりますので、今後は岩本へご連絡ください。
3年間、本当にありがとうございました。

湾岸花火大会実行委員会 事務局
平野 真司　TEL 03-5555-7720（代）
""" + SIG_YAJIMA,
))
