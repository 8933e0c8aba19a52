# -*- coding: utf-8 -*-
"""Org D: グリーンテラス管理株式会社 — マンション管理会社."""

ORG = "D グリーンテラス管理株式会社（マンション管理）"
DOM = "greenterrace-kanri.example.jp"

ONODERA = "小野寺 翔太 <onodera.shota@greenterrace-kanri.example.jp>"
TAKENAKA = "竹中 里美 <takenaka.satomi@greenterrace-kanri.example.jp>"
SUZUKI = "鈴木 和也 <suzuki.kazuya@greenterrace-kanri.example.jp>"

SIG_ONODERA = """………………………………………………………………………
グリーンテラス管理株式会社　相模大野支店 フロント課
小野寺 翔太（おのでら しょうた）
管理業務主任者 登録番号 第B0312775号
〒252-0303 神奈川県相模原市南区相模大野八丁目15番1号 相模大野スクエア6F
TEL 042-740-8811（支店代表）　携帯 080-5521-9046（業務用）
FAX 042-740-8819
onodera.shota@greenterrace-kanri.example.jp
マンション管理業者登録 国土交通大臣(3)第033618号
※夜間・休日の緊急時は、24時間コールセンター（0120-000-000）へご連絡ください。
………………………………………………………………………"""

SIG_TAKENAKA = """グリーンテラス管理株式会社
管理組合運営課 課長　竹中 里美
TEL 042-740-8820 ／ takenaka.satomi@greenterrace-kanri.example.jp"""

SIG_SUZUKI = """会計課 鈴木 和也
グリーンテラス管理（株）042-740-8830"""

MAILS = []
def add(**kw):
    MAILS.append(kw)

# ---------------------------------------------------------------- holds
add(key="D-H1", expect="hold", kind="list.arrears", writer="鈴木", loc="body",
    why="Owners' names, unit numbers and overdue management fees listed in the body and sent to the board chair's private address.",
    frm=SUZUKI,
    to=["宮内 俊夫 <t.miyauchi.ghs@gmail.com>"],
    subject="管理費等 滞納状況（6月末時点）のご報告",
    text=f"""グランフォート相模大野管理組合
理事長 宮内様

いつもお世話になっております。グリーンテラス管理 会計課の鈴木です。
6月末時点の管理費等の滞納状況をご報告いたします。

 部屋番号 | 区分所有者  | 滞納月数 | 滞納額（円） | 督促状況
----------+-------------+----------+--------------+------------------
 203      | 川島 秀樹   |    3     |     84,600   | 電話督促済
 507      | 田上 みどり |    2     |     56,400   | 督促状送付済
 911      | 関口 剛     |    7     |    197,400   | 内容証明送付済
 1104     | 橋爪 陽子   |    4     |    112,800   | 分割支払中

911号室の関口様は、このままですと規約に基づく法的措置の検討が必要になります。
次回の理事会で対応方針をご審議いただければと存じます。

{SIG_SUZUKI}""",
    personal=[("name", "川島 秀樹"), ("name", "田上 みどり"), ("name", "関口 剛"), ("debt", "197,400"),
              ("name", "橋爪 陽子")])

add(key="D-H2", expect="hold", kind="list.residents", writer="小野寺", loc="attachment",
    why="XLSX attachment lists residents with names, phone numbers and home hours for a fire-equipment contractor; body is neutral.",
    frm=ONODERA,
    to=["相模防災設備株式会社 工事課 池内様 <ikeuchi@sagami-bousai.example.co.jp>"],
    subject="消防設備点検（7/15・7/16）入室調整リスト",
    text=f"""相模防災設備株式会社
池内様

いつもお世話になっております。グリーンテラス管理の小野寺です。

グランフォート相模大野の消防設備点検につきまして、前回不在だった住戸の
入室調整用リストをお送りします。事前にお電話のうえご訪問いただけますと幸いです。

{SIG_ONODERA}""",
    attachments=[{"filename": "nyushitsu_chosei_0715.xlsx", "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "text": """[前回不在住戸]
部屋\t居住者\t電話\t在宅しやすい時間\t備考
302\t飯田 和夫\t042-745-3318\t平日午前\t高齢、インターホン聞こえにくい
415\t黒木 愛\t090-7715-2803\t土曜のみ\t犬あり
608\tSato Emily\t080-6204-1177\t夕方18時以降\t英語対応希望
1012\t丹羽 慎也\t070-3392-5548\t不定\t鍵預かり不可
"""}],
    personal=[("name", "飯田 和夫"), ("phone", "042-745-3318"), ("name", "黒木 愛"), ("phone", "090-7715-2803"),
              ("name", "丹羽 慎也"), ("phone", "070-3392-5548")])

add(key="D-H3", expect="hold", kind="personal.neighbor_complaint", writer="小野寺", loc="quoted",
    why="Forwards a resident's noise complaint, with her full name, unit, mobile and e-mail, to the renovation contractor; the personal data sits in the forwarded part.",
    frm=ONODERA,
    to=["リノベ工房さがみ 現場責任者 新井様 <arai@renove-sagami.example.jp>"],
    subject="Fw: 工事の騒音について（グランフォート相模大野 806号室工事）",
    text=f"""新井様

お世話になっております。グリーンテラス管理の小野寺です。
806号室のリフォーム工事について、下記のとおり居住者の方から苦情が入っております。
届出の作業時間（平日 9:00～17:00）を厳守いただくよう、職人の皆さまへの
周知をお願いいたします。特に、はつり作業は午前中に限定してください。

{SIG_ONODERA}

-------- 転送メッセージ --------
差出人: 森本 加奈子 <kanako.morimoto@gmail.com>
宛先: グランフォート相模大野 管理事務室 <grandfort-sagamiono@greenterrace-kanri.example.jp>
日付: 2025年6月24日 19:52
件名: 工事の騒音について

管理会社様

806号室の工事ですが、今日は朝8時前からドリルの音がして、夕方も18時近くまで続いていました。
私は夜勤明けで日中寝ているので、本当に困っています。
工事業者の方に直接言ってもらえますか。

706号室 森本 加奈子
携帯 080-9934-1275
""",
    personal=[("name", "森本 加奈子"), ("email", "kanako.morimoto@gmail.com"), ("unit", "706号室"),
              ("phone", "080-9934-1275")])

add(key="D-H4", expect="hold", kind="id.bank_account", writer="鈴木", loc="subject",
    why="The subject contains an owner's personal bank account (bank, branch, number) with name and unit; the body is neutral.",
    frm=SUZUKI,
    to=["株式会社しゅうのうサービス 口座振替センター <furikae@shuno-service.example.jp>"],
    subject="口座振替 登録内容訂正 1203号室 岡村様 ひばり銀行 相模大野支店 普通 3380152",
    text=f"""口座振替センター ご担当者様

いつもお世話になっております。グリーンテラス管理 会計課の鈴木です。

件名の住戸につきまして、口座振替依頼書の登録内容に誤りがございました。
当方の入力ミスで、口座番号の下2桁が入れ替わっておりました。
8月振替分から正しい内容で処理いただけますよう、訂正をお願いいたします。

依頼書の原本は本日郵送いたします。

{SIG_SUZUKI}""",
    personal=[("name", "岡村"), ("bank_account", "ひばり銀行 相模大野支店 普通 3380152")])

add(key="D-H5", expect="hold", kind="attachment.encrypted_zip", writer="竹中", loc="zip",
    why="Password-protected zip (PPAP) sent to the association's lawyer.",
    frm=TAKENAKA,
    to=["さがみ中央法律事務所 弁護士 長尾 誠様 <nagao@sagami-chuo-law.example.jp>"],
    subject="管理費等請求訴訟の資料送付（グランフォート相模大野管理組合）",
    text=f"""長尾先生

いつもお世話になっております。グリーンテラス管理の竹中でございます。

先日の理事会で決議されました管理費等請求訴訟の件につき、
管理規約・理事会議事録・請求明細・督促経過をまとめてお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別途お送りいたします。

ご確認のほど、よろしくお願い申し上げます。

{SIG_TAKENAKA}""",
    attachments=[{"filename": "soshou_shiryo_GFS.zip", "contentType": "application/zip", "encrypted": True}],
    personal=None)

_board = [
    "宮内 俊夫 <t.miyauchi.ghs@gmail.com>", "副理事長 小西 <konishi.h1962@yahoo.co.jp>",
    "会計理事 平松 <hiramatsu.yoko@gmail.com>", "川上 修 <o.kawakami@kawakami-sekkei.example.jp>",
    "藤森 <fujimori.ghs905@gmail.com>", "Lee Minji <minji.lee.kr@gmail.com>",
    "安田 洋平 <yohei.yasuda@nifty.example.ne.jp>", "高畑 みどり <midori.takahata@icloud.com>",
    "野沢 <nozawa.tetsuya@outlook.jp>", "大槻 聡 <s.otsuki@otsuki-tax.example.jp>",
    "監事 堀川 <horikawa.kanji@gmail.com>", "監事 椎名 <shiina.m-1957@yahoo.co.jp>",
]
add(key="D-H6", expect="hold", kind="recipients.many_external", writer="竹中", loc="recipients",
    why="Twelve board members' private and work addresses all visible in To; should have been BCC.",
    frm=TAKENAKA,
    to=_board,
    subject="臨時理事会の開催について（7月12日）",
    text=f"""グランフォート相模大野管理組合
理事・監事の皆さま

いつも管理組合運営にご協力いただき、ありがとうございます。
グリーンテラス管理の竹中でございます。

宮内理事長のご指示により、下記のとおり臨時理事会を開催いたします。

　日時：2025年7月12日（土）10:00～12:00
　場所：集会室（1階）
　議題：
　　１．大規模修繕工事 施工会社の選定（見積比較のご報告）
　　２．管理費等滞納住戸への対応方針
　　３．機械式駐車場の空き区画の活用について

資料は7月5日までに各住戸のポストに投函いたします。
ご欠席の場合は、7月10日までに返信にてお知らせください。

{SIG_TAKENAKA}""",
    personal=None)

add(key="D-H7", expect="hold", kind="sensitive.disability", writer="小野寺", loc="body",
    why="Lists named residents with disabilities, dementia and dialysis for a disaster-drill contractor; 要配慮 health/disability data sent outside.",
    frm=ONODERA,
    to=["株式会社セーフティプラン 防災コンサル部 篠原様 <shinohara@safetyplan.example.co.jp>"],
    subject="防災訓練（9/7）避難支援が必要な方について",
    text=f"""篠原様

お世話になっております。グリーンテラス管理の小野寺です。

9月7日の防災訓練について、避難支援の役割分担を検討いただくため、
自主防災会で把握している「避難時に支援が必要な方」をお知らせいたします。

　・ 408号室　上野 フミ 様（89歳）：認知症あり、ご家族の日中不在時は一人
　・ 614号室　宇佐美 達也 様（46歳）：車いす使用（身体障害者手帳1級）
　・ 902号室　岸本 敏子 様（77歳）：人工透析のため週3回通院、階段歩行不可
　・ 1108号室 Choi 様ご家族：お子さま（7歳）が聴覚障害、避難放送は聞こえない

エレベーター停止時の搬送方法（階段避難車の配置）についても、ご提案いただけますと幸いです。

{SIG_ONODERA}""",
    personal=[("name", "上野 フミ"), ("health", "認知症あり"), ("name", "宇佐美 達也"), ("disability", "身体障害者手帳1級"),
              ("name", "岸本 敏子"), ("health", "人工透析"), ("disability", "聴覚障害")])

add(key="D-H8", expect="hold", kind="sensitive.criminal", writer="竹中", loc="body",
    why="Tells a private landlord that his named tenant was arrested under the Cannabis Control Act; criminal-proceedings data.",
    frm=TAKENAKA,
    to=["松岡 敬一 <keiichi.matsuoka.owner@gmail.com>"],
    subject="ご所有住戸（805号室）の入居者様について",
    text=f"""松岡 敬一 様

いつもお世話になっております。グランフォート相模大野の管理会社、
グリーンテラス管理の竹中でございます。

ご所有の805号室にお住まいの賃借人、笹川 隼人 様について、ご報告がございます。
6月27日早朝、相模原南警察署の捜査員が来訪され、笹川様が大麻取締法違反（所持）の
疑いで逮捕されたと伺いました。当日は管理員が共用部の開錠に立ち会っております。

現在、805号室は施錠されたままで、ご家族の出入りもない状態です。
賃貸借契約上のお取扱いについては、仲介された不動産会社ともご相談いただければと存じます。
管理組合への報告内容については、改めてご相談させてください。

{SIG_TAKENAKA}""",
    personal=[("name", "笹川 隼人"), ("criminal", "大麻取締法違反（所持）")])

add(key="D-H9", expect="hold", kind="id.mynumber", writer="鈴木", loc="attachment",
    why="Spreadsheet for the tax accountant lists two officers' マイナンバー and home addresses; the body says only 'attached'.",
    frm=SUZUKI,
    to=["大槻税理士事務所 担当 矢島様 <yajima@otsuki-tax.example.jp>"],
    subject="役員報酬 源泉徴収票作成用データ（グランフォート相模大野管理組合）",
    text=f"""矢島様

お世話になっております。グリーンテラス管理の鈴木です。
管理組合役員への報酬支払いに係る源泉徴収票の作成用データを添付いたします。
昨年と同じ様式です。ご確認よろしくお願いいたします。

{SIG_SUZUKI}""",
    attachments=[{"filename": "yakuin_housyu_2025.xlsx", "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "text": """[役員報酬]
役職\t氏名\t住所\t個人番号\t年間支払額\t源泉徴収税額
理事長\t宮内 俊夫\t神奈川県相模原市南区相模大野7-3-1-1501\t509021739057\t120000\t3670
会計理事\t平松 陽子\t神奈川県相模原市南区相模大野7-3-1-703\t863115189016\t60000\t1830
"""}],
    personal=[("mynumber", "509021739057"), ("mynumber", "863115189016"), ("name", "宮内 俊夫"),
              ("address", "神奈川県相模原市南区相模大野7-3-1-1501"), ("name", "平松 陽子")])

add(key="D-H10", expect="hold", kind="id.drivers_license", writer="小野寺", loc="body",
    why="Parking applicant's driver's licence number, address and phone sent to the parking operator.",
    frm=ONODERA,
    to=["パークシステム東日本株式会社 契約管理課 <keiyaku@parksys-east.example.co.jp>"],
    subject="機械式駐車場 区画B-14 契約者登録のお願い",
    text=f"""パークシステム東日本株式会社
契約管理課 ご担当者様

お世話になっております。グリーンテラス管理の小野寺です。
グランフォート相模大野の機械式駐車場 B-14 区画について、新規契約者の登録をお願いいたします。

　契約者　　：大川 涼子 様（1007号室）
　連絡先　　：090-4408-2716
　運転免許証：第452108339021号（有効期限 2028年8月9日）
　車両　　　：トヨタ ヤリスクロス（車高 1,590mm、パレット制限内）
　利用開始　：2025年8月1日

リモコンキーの発行もあわせてお願いいたします。

{SIG_ONODERA}""",
    personal=[("name", "大川 涼子"), ("phone", "090-4408-2716"), ("drivers_license", "452108339021")])

# ---------------------------------------------------------------- passes
add(key="D-P1", expect="pass", kind="benign.religious_corporation", writer="小野寺", loc=None,
    why="A 宗教法人 is the owner of a ground-floor shop unit; the mail is about a signboard, no belief of any person.",
    frm=ONODERA,
    to=["宗教法人 光明寺 事務局 <jimukyoku@koumyouji.example.or.jp>"],
    subject="1階店舗区画の看板設置について（ご回答）",
    text=f"""宗教法人 光明寺
事務局 ご担当者様

いつもお世話になっております。グランフォート相模大野の管理会社、
グリーンテラス管理の小野寺でございます。

1階店舗区画（102号）に設置をご希望の袖看板につきまして、理事会でご審議いただいた
結果をお知らせいたします。

　・袖看板の設置：承認（使用細則第8条に基づく届出が必要です）
　・サイズ：縦1,800mm × 横450mm 以内
　・照明：22時以降は消灯をお願いいたします
　・施工：工事届を施工の2週間前までにご提出ください

寺務所としてのご利用につきましては、規約上の用途制限（事務所・店舗）の範囲内であることを
理事会でも確認しております。工事届の様式を添付いたしますので、ご利用ください。

{SIG_ONODERA}""",
    attachments=[{"filename": "koujitodoke_youshiki.docx", "contentType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "text": """専有部分・店舗区画 工事届
グランフォート相模大野管理組合 理事長 殿
届出者（区分所有者）：＿＿＿＿＿＿＿＿＿　区画番号：＿＿＿
工事内容：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
工事期間：　　年　　月　　日　～　　年　　月　　日
施工業者名・連絡先：＿＿＿＿＿＿＿＿＿＿＿＿
"""}],
    personal=None)

add(key="D-P2", expect="pass", kind="benign.license_numbers", writer="小野寺", loc=None,
    why="宅建業者 licence, 宅建士 registration and マンション管理業者 registration numbers in a routine report to a broker.",
    frm=ONODERA,
    to=["相模大野ハウジング株式会社 売買仲介課 服部様 <hattori@sagamiono-housing.example.co.jp>"],
    subject="Re: 重要事項調査報告書のご依頼（グランフォート相模大野 1206号室）",
    text=f"""相模大野ハウジング株式会社
服部様

お世話になっております。グリーンテラス管理の小野寺です。
ご依頼の重要事項調査報告書を作成いたしましたので、本日郵送いたします。
主な記載事項は以下のとおりです。

　管理費　　　　：月額 18,400円
　修繕積立金　　：月額 21,600円（2026年4月から 26,800円に改定予定）
　滞納の有無　　：なし
　大規模修繕工事：2026年度実施予定（総会決議済）
　ペット飼育　　：細則により可（小型犬・猫 2匹まで）

手数料 22,000円（税込）の請求書を同封いたします。

{SIG_ONODERA}

> グリーンテラス管理株式会社 御中
> 下記物件の重要事項調査報告書の作成をお願いいたします。
> 物件：グランフォート相模大野 1206号室（売主：個人）
> 依頼者：相模大野ハウジング株式会社　神奈川県知事(4)第24917号
> 担当：宅地建物取引士 服部 亮介（登録番号 神奈川 第052311号）""",
    personal=None)

add(key="D-P3", expect="pass", kind="benign.equipment_outage", writer="小野寺", loc=None,
    why="'障害' and '閉じ込め' describe an elevator fault; no person identified.",
    frm=ONODERA,
    to=["宮内 俊夫 <t.miyauchi.ghs@gmail.com>"],
    cc=["東和エレベータサービス 保守課 <hoshu@towa-elevator.example.co.jp>"],
    subject="【ご報告】2号機エレベーター障害の発生と復旧について",
    text=f"""宮内理事長

お世話になっております。グリーンテラス管理の小野寺です。
昨日発生した2号機エレベーターの障害について、ご報告いたします。

　発生：6月28日（土）16:42　復旧：同日 18:05
　内容：8階付近で停止（閉じ込め1件、保守会社到着後 17:20 に救出、けが人なし）
　原因：ドアスイッチの接点不良（部品交換済み）
　今後：同型部品を使用している1号機も、7月の定期点検で予防交換を実施

閉じ込められた方には、管理員からお見舞いの連絡を入れております。
掲示板への報告文案を作成しましたので、ご確認いただけますでしょうか。

{SIG_ONODERA}""",
    personal=None)

add(key="D-P4", expect="pass", kind="benign.corporate_account", writer="鈴木", loc=None,
    why="Tells an overseas owner the management association's own bank account for fee payments; no private account.",
    frm=SUZUKI,
    to=["David Chen <david.chen.hk@gmail.com>"],
    subject="Re: How to pay the management fees from abroad",
    text=f"""Dear Mr. Chen,

Thank you for your message. I am Kazuya Suzuki from the accounting section of
Green Terrace Kanri, the management company of Grand Fort Sagami-Ono.

As automatic debit from an overseas bank account is not available, please pay
the monthly fees for your unit by bank transfer to the account of the owners'
association below:

  Beneficiary : GRAND FORT SAGAMI-ONO KANRI KUMIAI
  Bank        : Hibari Bank, Ltd., Sagami-Ono Branch
  SWIFT       : HIBAJPJTXXX
  Account no. : 5517380 (ordinary savings)
  Amount      : JPY 40,000 per month (management fee 18,400 + repair reserve 21,600)

Paying six months at a time is also fine. Please include your unit number
in the remittance message so that we can match the payment.

Best regards,

{SIG_SUZUKI}

> Hello, I own a unit in Grand Fort Sagami-Ono but now live in Hong Kong.
> What is the best way to pay the monthly fees?""",
    personal=None)

add(key="D-P5", expect="pass", kind="benign.condolence", writer="竹中", loc=None,
    why="Arranging condolence flowers for a former board chair's funeral; death notice is not a sensitive category.",
    frm=TAKENAKA,
    to=["宮内 俊夫 <t.miyauchi.ghs@gmail.com>"],
    subject="前理事長 石渡様ご逝去に伴う弔意について",
    text=f"""宮内理事長

お世話になっております。グリーンテラス管理の竹中でございます。

前理事長の石渡 健三様が6月29日にご逝去されたと、ご家族より管理事務室に
ご連絡がありました。謹んでお悔やみ申し上げます。
通夜は7月2日（水）18時、告別式は7月3日（木）11時、いずれも相模大野典礼会館とのことです。

石渡様には、2期にわたり理事長として大規模修繕の準備にご尽力いただきました。
管理組合として供花（1基・15,000円程度）をお出しすることについて、
慶弔規程に沿って手配してよろしいかご確認をお願いいたします。
札名は「グランフォート相模大野管理組合 理事会一同」でよろしいでしょうか。

{SIG_TAKENAKA}""",
    personal=None)

add(key="D-P6", expect="pass", kind="benign.minutes", writer="竹中", loc=None,
    why="Draft board minutes naming officers by role; no contact data, arrears only as totals.",
    frm=TAKENAKA,
    to=["宮内 俊夫 <t.miyauchi.ghs@gmail.com>"],
    subject="第14期 第3回理事会 議事録（案）のご確認",
    text=f"""宮内理事長

先日の理事会の議事録（案）を作成しましたので、ご確認をお願いいたします。
署名人は小西副理事長と平松会計理事にお願いする予定です。

――――――――――――――――――――
グランフォート相模大野管理組合 第14期 第3回理事会 議事録（案）

日時：2025年6月21日（土）10:00～11:40
場所：集会室
出席：理事 9名中 8名（宮内理事長、小西副理事長、平松会計理事、川上理事、藤森理事、
　　　Lee理事、安田理事、高畑理事）、監事 堀川
管理会社：グリーンテラス管理 竹中、小野寺

第1号議案　5月度会計報告の件
　管理費会計の収支、滞納状況（4住戸・計 451,200円）について報告があり、承認された。
第2号議案　大規模修繕工事のコンサルタント選定の件
　3社のプレゼンを踏まえ、株式会社アーク建築設計を選定することが承認された。
第3号議案　自転車置場の利用ルール改定の件
　継続審議とする。

以上
――――――――――――――――――――

{SIG_TAKENAKA}""",
    personal=None)

add(key="D-P7", expect="pass", kind="benign.vehicle_number", writer="小野寺", loc=None,
    why="Licence plate of an unknown car parked without permission, sent to the security company; no owner identified.",
    frm=ONODERA,
    to=["相模セキュリティ株式会社 巡回課 <junkai@sagami-security.example.co.jp>"],
    subject="来客用駐車場の無断駐車について（巡回時の確認依頼）",
    text=f"""相模セキュリティ株式会社
巡回課 ご担当者様

お世話になっております。グリーンテラス管理の小野寺です。

グランフォート相模大野の来客用駐車場（V-2区画）に、6月25日から
同じ車両が届出なく駐車されています。

　車両：白色のワンボックス（ハイエース）
　ナンバー：相模 400 す 37-15
　状況：フロントガラスに警告文を貼付済み（6/26）、反応なし

夜間巡回の際に、移動の有無を確認して記録していただけますでしょうか。
7月3日までに移動がない場合は、理事会と相談のうえ警察に相談する予定です。

{SIG_ONODERA}""",
    personal=None)

add(key="D-P8", expect="pass", kind="benign.public_figure", writer="竹中", loc=None,
    why="Election candidates named as public figures in a request about campaign meetings in the common room.",
    frm=TAKENAKA,
    to=["宮内 俊夫 <t.miyauchi.ghs@gmail.com>"],
    subject="市議選候補者による集会室利用申込について",
    text=f"""宮内理事長

お世話になっております。グリーンテラス管理の竹中でございます。

7月の相模原市議会議員選挙に関連して、集会室の利用申込が2件届いております。

　・7月13日（日）14時　候補予定者 田辺 まさと 氏の後援会（個人演説会）
　・7月19日（土）10時　候補予定者 山科 かおり 氏の事務所（政策説明会）

使用細則では「政治・宗教・営利を目的とする利用は理事会の承認を要する」と
されております。前回の選挙時（2021年）は、いずれの陣営にも同条件で貸し出す
という方針で承認されておりました。
今回も同様の扱いとしてよろしいか、ご判断をお願いいたします。

なお、敷地外周の公営掲示板の設置については、選挙管理委員会から別途連絡が来ております。

{SIG_TAKENAKA}""",
    personal=None)

add(key="D-P9", expect="pass", kind="benign.plain_zip", writer="小野寺", loc=None,
    why="Unencrypted zip of building drawings to the design office; no personal data.",
    frm=ONODERA,
    to=["株式会社アーク建築設計 設計部 岡本様 <okamoto@arc-kenchiku.example.co.jp>"],
    subject="竣工図一式の送付（大規模修繕 劣化診断用）",
    text=f"""株式会社アーク建築設計
岡本様

お世話になっております。グリーンテラス管理の小野寺です。
劣化診断に必要な竣工図一式をZIPでお送りいたします（パスワードはございません）。
一部、紙の図面をスキャンしたため見づらい箇所がございます。
原本の閲覧が必要でしたら、管理事務室でご覧いただけます。

{SIG_ONODERA}""",
    attachments=[{"filename": "GFS_shunkouzu.zip", "contentType": "application/zip",
                  "text": """GFS_shunkouzu.zip の内容
A-01_配置図.pdf
A-02_各階平面図（1F～14F）.pdf
A-05_立面図.pdf
A-08_矩計図.pdf
S-01_構造図_基礎伏図.pdf
E-03_電気設備図_幹線系統.pdf
M-02_給排水衛生設備図.pdf
※2003年竣工、施工：株式会社大和田建設
"""}],
    personal=None)

add(key="D-P10", expect="pass", kind="benign.project_cc", writer="竹中", loc=None,
    why="Construction kickoff with six visible addresses from two organisations; only business contacts.",
    frm=TAKENAKA,
    to=["株式会社大和田建設 工事部 石井様 <ishii@owada-kensetsu.example.co.jp>",
        "株式会社大和田建設 現場代理人 坂本様 <sakamoto.g@owada-kensetsu.example.co.jp>",
        "株式会社大和田建設 営業部 片山様 <katayama@owada-kensetsu.example.co.jp>",
        "株式会社大和田建設 安全管理 田島様 <tajima@owada-kensetsu.example.co.jp>"],
    cc=[ONODERA, "管理組合運営課 松井 <matsui.rie@greenterrace-kanri.example.jp>"],
    subject="外壁タイル部分補修工事 着工前打合せについて",
    text=f"""株式会社大和田建設
石井様、坂本様、片山様、田島様

いつもお世話になっております。グリーンテラス管理の竹中です。

グランフォート相模大野の外壁タイル部分補修工事につきまして、
着工前の打合せを下記のとおり設定させていただきたく存じます。

　日時：7月8日（火）14:00～15:30
　場所：グランフォート相模大野 集会室
　議題：工程表の確認、足場設置範囲、居住者向け説明会の日程、車両の出入り経路

居住者向けの工事のお知らせ（案）は、打合せ当日までに当社で作成いたします。
ご都合が悪い場合はお知らせください。

{SIG_TAKENAKA}""",
    personal=None)
