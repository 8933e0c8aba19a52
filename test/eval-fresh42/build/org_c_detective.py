# Org C: 株式会社ミカゲ調査事務所 (licensed private investigation agency, 探偵業・興信所)
from common import M, A, XLSX, PDF, CSV, ZIP, DOCX

NON = "野々宮 誠 <nonomiya@mikage-research.example.jp>"
KUR = "黒田 沙耶 <s.kuroda@mikage-research.example.jp>"
MIY = "三好 恵 <m.miyoshi@mikage-research.example.jp>"

SIG_NON = """======================================
株式会社ミカゲ調査事務所　代表取締役 所長　野々宮 誠
探偵業届出証明書番号 東京都公安委員会 第30210458号
〒160-0022 東京都新宿区新宿5-14-9 ミカゲビル4F
TEL 03-5367-8840　FAX 03-5367-8841
======================================"""

SIG_KUR = """--------------------------------------
株式会社ミカゲ調査事務所
調査部 主任調査員　黒田 沙耶
TEL 03-5367-8840（代表）/ 携帯 080-5510-3362
--------------------------------------"""

SIG_MIY = """――――――――――――――
株式会社ミカゲ調査事務所　総務・経理
三好 恵（みよし めぐみ）
TEL 03-5367-8840 / m.miyoshi@mikage-research.example.jp
――――――――――――――"""

MAILS = [
M("c01", "hold", "personal.profile", "body",
  "Location-investigation results give a named person's new address, phone, workplace and car to the client's lawyer.",
  KUR, ["高嶺法律事務所 高嶺 <takamine@takamine-law.example.jp>"],
  "所在調査の結果ご報告（貴職ご依頼 No.2406-11）",
  """高嶺法律事務所
高嶺 弁護士 先生

平素より大変お世話になっております。ミカゲ調査事務所の黒田です。
ご依頼いただいておりました所在調査について、結果の概要をご報告いたします。

  対象者: 宇佐美 賢吾（昭和58年生）
  現住所: 埼玉県さいたま市浦和区高砂3-7-21 コーポ高砂 203号室
  携帯電話: 090-8823-4176
  勤務先: 株式会社北浦和ロジテック 倉庫管理課（平日 8:30〜17:30）
  使用車両: 白のプリウス（大宮 330 ね 47-12）

正式な報告書は来週月曜に郵送いたします。
なお、本件は貸金返還訴訟の送達先確認目的と伺っておりますので、その範囲でのご利用をお願いいたします。

""" + SIG_KUR,
  personal=[{"type": "name", "value": "宇佐美 賢吾"},
            {"type": "address", "value": "埼玉県さいたま市浦和区高砂3-7-21 コーポ高砂 203号室"},
            {"type": "phone", "value": "090-8823-4176"}]),

M("c02", "hold", "sensitive.criminal", "attachment",
  "A background report PDF for a corporate client states a named applicant's past conviction; the body only transmits it.",
  NON, ["人事部 採用担当 <saiyo@kanade-logistics.example.jp>"],
  "ご依頼の件（報告書送付）",
  """株式会社かなで物流
人事部 採用担当 御中

いつもお世話になっております。
ご依頼いただいた件の報告書を添付いたします。ご査収ください。

""" + SIG_NON,
  attachments=[A("report_2406-07.pdf", PDF,
"""調査報告書（案件番号 2406-07）
対象者: 藤波 修一（昭和62年5月9日生）
住所: 千葉県船橋市本町6-2-14
経歴確認: 申告の職歴のうち、2016年〜2018年の勤務実態を確認できず。
同期間について、2016年に窃盗罪で懲役1年6月（執行猶予3年）の判決を受けていたことが、当時の報道記事により判明。
所見: 申告内容との齟齬あり。""")],
  personal=[{"type": "name", "value": "藤波 修一"},
            {"type": "criminal_record", "value": "2016年に窃盗罪で懲役1年6月（執行猶予3年）の判決"}]),

M("c03", "pass", "benign.contract_license_no", "",
  "Pre-contract explanation for a client, with the agency's own 探偵業 registration number and a case number.",
  NON, ["西園寺 彩 <aya.saionji88@outlook.jp>"],
  "ご契約前の重要事項説明について",
  """西園寺 彩 様

先日はご来所いただき、ありがとうございました。所長の野々宮です。

探偵業法第8条に基づき、ご契約前に重要事項をご説明する必要がございます。書面を添付いたしますので、面談の前にお目通しいただけますでしょうか。

  当社の届出: 東京都公安委員会 第30210458号
  受付番号: MK-2406-0193
  調査の種類: 行動調査（ご相談内容に基づく）
  料金: 調査員2名 1時間あたり 18,000円（税別）、車両費別

調査結果を違法な目的（差別、ストーカー行為等）に用いないことの誓約書にも、ご署名をお願いいたします。

""" + SIG_NON,
  attachments=[A("juyo_jiko_setsumei.pdf", PDF,
"""重要事項説明書
探偵業者の商号: 株式会社ミカゲ調査事務所
届出番号: 東京都公安委員会 第30210458号
探偵業務の内容、料金、契約の解除に関する事項、個人情報の取扱い…""")]),

M("c04", "pass", "benign.fiction", "",
  "Advice to a mystery novelist about realistic tailing procedure, using only the novel's fictional characters.",
  NON, ["編集部 水谷 <mizutani@yakou-shobo.example.jp>"],
  "Re: 『霧の尾行者』監修のご相談",
  """夜光書房 水谷様

原稿拝読いたしました。大変面白く、一気に読み進めてしまいました。
監修の観点から、気になった点をお伝えします。

1. 第3章で探偵の 九条 玲司 が、依頼人 真柴 悦子 の夫 真柴 孝之 を一人で三日間尾行していますが、実務では最低2名体制が一般的です。
2. 第5章で 九条 が区役所で他人の住民票を取得する場面は、現行法では不可能です（本人・代理人または弁護士等の職務上請求に限られます）。
3. GPS端末を無断で車に取り付ける描写は、現在は違法性が問われます。作中で 九条 が葛藤する描写を加えると、リアリティが増すと思います。

続きの章も楽しみにしております。

""" + SIG_NON + """

> 野々宮様
> お世話になっております。第1〜6章をお送りしますので、探偵業務の描写で不自然な点をご指摘ください。
"""),

M("c05", "hold", "attachment.encrypted_zip", "encrypted_zip",
  "Investigation report sent to a private client as a password-protected zip.",
  KUR, ["kaori.nishizawa@yahoo.co.jp"],
  "調査報告書の送付",
  """西沢 様

お世話になっております。ミカゲ調査事務所の黒田です。
ご依頼の報告書と写真データを添付いたします。
解凍パスワードは、別途SMSにてお送りいたします。

ご不明な点がございましたら、お気軽にお電話ください。

""" + SIG_KUR,
  attachments=[A("houkokusho_2406-15.zip", ZIP, encrypted=True)]),

M("c06", "hold", "list.business_cards", "attachment",
  "A business-card list (names, companies, mobiles, personal e-mails) goes to a partner agency only in the attached XLSX.",
  KUR, ["関西リサーチ 調査部 <chousa@kansai-research.example.jp>"],
  "大阪案件の件",
  """関西リサーチ 吉永様

お世話になっております。黒田です。
先日お電話した大阪の件、資料をお送りします。
来週水曜の打合せでご相談させてください。

""" + SIG_KUR,
  attachments=[A("meishi_list_osaka.xlsx", XLSX,
"""[名刺]
氏名	会社	役職	携帯	メール
中之島 亮	株式会社なにわ精工	営業部長	090-1142-8836	ryo.nakanoshima@gmail.com
堂島 絵美	株式会社なにわ精工	経理課	080-3309-2271	emi-dojima@yahoo.co.jp
北浜 慎也	北浜トレーディング合同会社	代表	070-2284-6610	kitahama.s@icloud.com
天満 和樹	個人（元なにわ精工）	-	090-5571-0348	kazuki.tenma@docomo.ne.jp""")],
  personal=[{"type": "name", "value": "中之島 亮"},
            {"type": "phone", "value": "090-1142-8836"},
            {"type": "email", "value": "emi-dojima@yahoo.co.jp"}]),

M("c07", "pass", "benign.vehicle_numbers", "",
  "Lease renewal for the agency's own company cars, listing their registration numbers.",
  MIY, ["法人営業部 <hojin@sakura-autolease.example.jp>"],
  "社用車リース契約の更新について",
  """さくらオートリース株式会社
法人営業部 御中

いつもお世話になっております。ミカゲ調査事務所 総務の三好です。

8月末で満了となる下記3台について、同条件での更新をお願いいたします。

  品川 500 さ 12-84（トヨタ アクア、シルバー）
  品川 500 さ 12-85（ホンダ フリード、グレー）
  練馬 330 ふ 90-11（スズキ ハスラー、白）

任意保険は当社契約のまま継続します。見積書は三好宛にお送りください。

""" + SIG_MIY),

M("c08", "hold", "sensitive.crime_victim", "quoted",
  "A forward to a subcontractor carries a domestic-violence victim's inquiry with her shelter address, only in the forwarded part.",
  KUR, ["北関東調査サービス 井口 <iguchi@kitakanto-chousa.example.jp>"],
  "Fwd: ご相談（栃木方面）",
  """井口様

お世話になっております。下記の件、宇都宮方面での対応が可能かご検討いただけますか。
着手の可否だけ先にご返信いただければ助かります。

黒田

""" + SIG_KUR + """

---------- 転送メッセージ ----------
From: 桐生 真帆 <maho.kiryu.0811@gmail.com>
Date: 2024年6月18日 23:52
Subject: ご相談
To: info@mikage-research.example.jp

夜分に失礼します。桐生 真帆と申します。
元夫から長年DV被害を受け、昨年保護命令が出ています。現在は宇都宮市内のシェルター（宇都宮市今泉2丁目のみずき荘）に子どもと避難していますが、最近元夫らしき車を近所で見かけます。
元夫が私の居場所をどうやって知ったのか、調べていただくことはできますか。
連絡は 080-2719-4463 にお願いします（夜間のみ）。
""",
  personal=[{"type": "name", "value": "桐生 真帆"},
            {"type": "crime_victim", "value": "元夫から長年DV被害を受け、昨年保護命令が出ています"},
            {"type": "phone", "value": "080-2719-4463"}]),

M("c09", "pass", "benign.seminar", "",
  "Lecture outline on stalking prevention for a ward office, general advice and no cases.",
  NON, ["新宿区 生活安全課 <seikatsu-anzen@city-shinjuku.example.lg.jp>"],
  "講演「ストーカー被害を防ぐために」レジュメ案",
  """新宿区 生活安全課 御中

講演のご依頼ありがとうございます。レジュメ案をお送りします。

  1. ストーカー規制法の概要と最近の改正（GPS・位置情報の無承諾取得）
  2. 被害に気づくためのチェックポイント
  3. SNSの位置情報・写真の背景から住所が特定される仕組み
  4. 相談窓口（警察・配偶者暴力相談支援センター・弁護士）
  5. 探偵業者ができること、できないこと

個別の事例は、実在の人物が特定されないよう全て創作した設例を用います。
所要時間は60分、質疑応答15分を想定しております。

""" + SIG_NON),

M("c10", "hold", "personal.profile", "subject",
  "The subject line carries a named person's new home address; the body says nothing more.",
  KUR, ["高嶺法律事務所 事務局 <jimukyoku@takamine-law.example.jp>"],
  "所在判明：佐伯 隆一 氏 現住所 川口市並木2-19-3 グランデ並木 701",
  """高嶺法律事務所 事務局 御中

お世話になっております。
件名の件、取り急ぎご連絡いたします。
詳細な報告書は明後日までに郵送いたします。

""" + SIG_KUR,
  personal=[{"type": "name", "value": "佐伯 隆一"},
            {"type": "address", "value": "川口市並木2-19-3 グランデ並木 701"}]),

M("c11", "pass", "benign.company_surnames", "",
  "Invoice cover mail to corporate clients whose names contain surnames, giving the agency's corporate account.",
  MIY, ["経理部 <keiri@tanaka-kosan.example.jp>"],
  "請求書送付のご案内（6月分）",
  """株式会社田中興産
経理部 御中

いつもお世話になっております。ミカゲ調査事務所 経理の三好です。
6月分（与信調査 2件）のご請求書を添付いたします。

  請求金額: 154,000円（税込）
  お支払期日: 7月31日
  お振込先: みどり銀行 新宿支店 当座 0082217 カ）ミカゲチョウサジムショ

なお、佐藤・鈴木法律事務所様ご紹介分の割引を適用しております。

""" + SIG_MIY,
  attachments=[A("seikyu_202406_tanakakosan.pdf", PDF,
"""請求書 No. MK-INV-240630-04
株式会社田中興産 御中
与信調査（株式会社山本商事） 77,000円
与信調査（有限会社小林製作所） 77,000円
合計 154,000円（税込）""")]),

M("c12", "hold", "id.mynumber", "body",
  "The office sends a new investigator's My Number and driver's licence number to the outside labour consultant.",
  MIY, ["社労士法人 ひまわり <tetsuzuki@himawari-sr.example.jp>"],
  "新入社員の手続き書類について",
  """社労士法人ひまわり
担当 久保田様

いつもお世話になっております。ミカゲ調査事務所の三好です。
7月1日入社の調査員について、資格取得手続きをお願いいたします。

  氏名: 芦田 航平（あしだ こうへい）
  生年月日: 平成8年2月27日
  個人番号: 072297102827
  運転免許証番号: 第30 1920 8846 12号（社用車使用のため）
  住所: 東京都中野区野方4-31-6

扶養家族はおりません。
雇用契約書の写しは郵送いたします。

""" + SIG_MIY,
  personal=[{"type": "mynumber", "value": "072297102827"},
            {"type": "driver_license", "value": "第30 1920 8846 12号"},
            {"type": "name", "value": "芦田 航平"}]),

M("c13", "pass", "benign.meeting", "",
  "Scheduling a meeting with a lawyer, referring to the case only by number.",
  NON, ["高嶺 <takamine@takamine-law.example.jp>"],
  "Re: 打合せ日程のご相談",
  """高嶺先生

ご連絡ありがとうございます。
6月27日（木）16:00、貴事務所にお伺いいたします。当方は私と黒田の2名です。

案件番号 2406-11 の進捗と、次回の調査方針についてご相談できればと存じます。

""" + SIG_NON + """

> 野々宮所長
> 来週どこかで30分ほどお時間いただけますか。27日の午後はいかがでしょう。
> 高嶺 聡
"""),

M("c14", "hold", "list.roster", "body",
  "A canvassing list of six neighbours with names, addresses and phone numbers typed into the body to a partner agency.",
  KUR, ["関西リサーチ 吉永 <yoshinaga@kansai-research.example.jp>"],
  "聞き込み先リスト（豊中）",
  """吉永様

先日の件、聞き込み先のリストです。土曜日の午前にお願いできますか。

  1. 岸部 昌代　豊中市上野西2-4-11　06-6852-3371
  2. 服部 幸雄　豊中市上野西2-4-15　06-6852-1409
  3. 曽根 直美　豊中市上野西2-5-3 アーバン上野 102　090-7736-2218
  4. 庄内 徹　　豊中市上野西2-5-3 アーバン上野 201　080-4419-3350
  5. 千里 和子　豊中市上野西2-6-8　06-6841-7762
  6. 蛍池 大輔　豊中市上野西2-6-10　070-3388-1927

報酬は前回同様、日当制でお願いいたします。

""" + SIG_KUR,
  personal=[{"type": "name", "value": "岸部 昌代"},
            {"type": "address", "value": "豊中市上野西2-4-11"},
            {"type": "phone", "value": "090-7736-2218"}]),

M("c15", "pass", "benign.historical_fiction", "",
  "Blog draft for a web writer about historical and fictional detectives.",
  NON, ["ライター 佐野 <sano.writer@yamabuki-edit.example.jp>"],
  "コラム原稿「探偵の歴史」修正版",
  """佐野様

コラム原稿の修正版です。

・江戸時代の「岡っ引き」や、明治期に 岩井 三郎 が開業した日本初の私立探偵社の話
・江戸川乱歩の 明智 小五郎、横溝正史の 金田一 耕助 など、小説の探偵像と実務の違い
・2007年施行の探偵業法で何が変わったか

写真は、当社事務所の外観と調査機材（一般的な望遠レンズ）のみ使用してください。

""" + SIG_NON),

M("c16", "pass", "benign.it_malware", "",
  "Report to the IT vendor about a malware-infected laptop that was isolated (隔離).",
  MIY, ["ヘルプデスク <help@nishiguchi-it.example.jp>"],
  "ノートPC ウイルス感染の疑い（MK-NB-07）",
  """西口ITサービス ヘルプデスク 御中

本日午前、調査部のノートPC（資産番号 MK-NB-07、シリアル 5CD2147QX9）で、ウイルス対策ソフトが「Trojan:Win32/Wacatac」の感染を検知しました。
すでにネットワークから切り離して隔離しております。

・最後に開いたのは取引先を装ったメールの添付ファイル（請求書.xlsm）
・共有フォルダへのアクセスは9:12以降なし

本日中にご来社いただき、調査・初期化をお願いできますでしょうか。

""" + SIG_MIY),

M("c17", "hold", "personal.inquiry", "body",
  "A prospective client's inquiry, with her name, address, phone, e-mail and family situation, is re-typed to a partner agency.",
  NON, ["関西リサーチ 代表 <daihyo@kansai-research.example.jp>"],
  "ご紹介案件（神戸・人探し）",
  """関西リサーチ 代表 吉永様

いつもお世話になっております。野々宮です。
当社に入ったご相談ですが、神戸での対応となるため、貴社へご紹介させてください。

  相談者: 灘 祥子 様（52歳）
  住所: 神戸市灘区篠原中町3-8-14
  電話: 078-861-2094 / メール shoko.nada@kobe-net.ne.jp
  内容: 20年前に家を出た実父（灘 幸三、現在80歳前後）の所在を知りたい。相談者はご主人と離婚調停中で、父の遺産相続の件もあり急いでいる。

ご本人の了承は得ておりますので、直接ご連絡いただけますでしょうか。

""" + SIG_NON,
  personal=[{"type": "name", "value": "灘 祥子"},
            {"type": "address", "value": "神戸市灘区篠原中町3-8-14"},
            {"type": "phone", "value": "078-861-2094"}]),

M("c18", "pass", "benign.to_data_subject", "",
  "Receipt and contract confirmation sent to the client herself, with no third-party details.",
  MIY, ["西園寺 彩 <aya.saionji88@outlook.jp>"],
  "着手金 受領のご連絡",
  """西園寺 彩 様

このたびはご依頼いただき、誠にありがとうございます。
本日、着手金 220,000円（税込）のお振込みを確認いたしました。領収書をPDFで添付いたします。

  ご契約番号: MK-2406-0193
  調査開始予定日: 6月29日
  担当: 黒田（主任調査員）

調査期間中のご連絡は、ご指定の携帯電話（末尾 -4471）に、黒田からいたします。

""" + SIG_MIY,
  attachments=[A("ryoshusho_MK-2406-0193.pdf", PDF,
"""領収書
西園寺 彩 様
金 220,000円（税込） 但し 調査着手金として
株式会社ミカゲ調査事務所""")]),

M("c19", "hold", "recipients.visible", "recipients",
  "Office-relocation notice sent with 12 outside law firms and clients visible in To.",
  MIY, ["takamine@takamine-law.example.jp", "info@sato-suzuki-law.example.jp", "keiri@tanaka-kosan.example.jp",
        "saiyo@kanade-logistics.example.jp", "chousa@kansai-research.example.jp", "iguchi@kitakanto-chousa.example.jp",
        "office@aozora-law.example.jp", "somu@yamamoto-shoji.example.jp", "kanri@kobayashi-mfg.example.jp",
        "m.hirose@hirose-gyosei.example.jp", "legal@tsubame-finance.example.jp", "kiyose.lawoffice@gmail.com"],
  "【事務所移転のお知らせ】ミカゲ調査事務所",
  """関係各位

拝啓 時下ますますご清栄のこととお慶び申し上げます。
さて、このたび弊社は業務拡大に伴い、下記へ事務所を移転することとなりました。

  新住所: 〒160-0023 東京都新宿区西新宿7-21-3 西新宿ファーストビル6F
  業務開始日: 2024年8月5日（月）
  電話・FAX番号: 変更ございません

今後とも変わらぬご愛顧を賜りますようお願い申し上げます。
敬具

""" + SIG_MIY),
]
