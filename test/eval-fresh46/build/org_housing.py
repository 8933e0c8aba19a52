# 北浜市営住宅管理センター (指定管理者 一般財団法人北浜住宅公社)
ORG = "北浜市営住宅管理センター (public rental housing agency)"

MURA = "村上 洋平 <y.murakami@kitahama-jk.example.jp>"
INOUE = "井上 さやか <s.inoue@kitahama-jk.example.jp>"
ONISHI = "大西 健 <k.onishi@kitahama-jk.example.jp>"

SIG_MURA = """
――――――――――――――――――
北浜市営住宅管理センター　管理課
主任　村上 洋平
（指定管理者　一般財団法人北浜住宅公社）
〒870-0412 北浜市中央町4丁目2番8号
TEL 097-555-3180　FAX 097-555-3189
――――――――――――――――――"""

SIG_INOUE = """
**************************
北浜市営住宅管理センター
入居審査係　井上 さやか
TEL 097-555-3184（直通）
s.inoue@kitahama-jk.example.jp
**************************"""

SIG_ONISHI = """
------------------------------
北浜市営住宅管理センター 修繕担当
大西 健（おおにし けん）
TEL 097-555-3186 ／ 携帯（業務用）070-2281-5530
------------------------------"""

MAILS = [
dict(expect="hold", kind="sensitive.social_status", loc="body",
 why="A named applicant's special-permanent-resident status, welfare receipt and mental-disability certificate are sent to a private letting agent who does not need them.",
 frm=INOUE, to=["有限会社みなと不動産 岡野様 <okano@minato-fudosan.example.jp>"],
 subject="居住支援のご依頼（市営住宅落選者の方）",
 text="""有限会社みなと不動産
岡野 様

いつもお世話になっております。北浜市営住宅管理センターの井上です。

先日お電話でご相談した、市営住宅の抽選に落選された方の民間賃貸へのご紹介の件です。
ご本人の了承を得ておりますので、概要をお知らせいたします。

・お名前：金 美善（キム ミソン）様　52歳　単身
・特別永住者の方です
・現在、生活保護を受給中（北浜市福祉事務所　担当ケースワーカーあり）
・精神障害者保健福祉手帳2級をお持ちで、通院中
・希望：中央町・港町周辺、家賃 37,000円以内、1階希望

大家さんにご説明される際の参考にしていただければと思います。
内見の候補日が決まりましたらご連絡ください。
""" + SIG_INOUE,
 personal=[{"type":"name","value":"金 美善"},{"type":"social_status","value":"生活保護を受給中"},{"type":"disability","value":"精神障害者保健福祉手帳2級"},{"type":"nationality","value":"特別永住者"}]),

dict(expect="hold", kind="list.residents", loc="attachment",
 why="The attached spreadsheet is a resident roster with names, room numbers, phones, birth dates and emergency contacts, sent to a private residents' association head.",
 frm=MURA, to=["山中 正道 <yamanaka.masamichi@yahoo.co.jp>"],
 subject="名簿の件",
 text="""山中会長

お世話になっております。管理センターの村上です。
先日の役員会でお話のあった件、添付のとおりお送りします。
秋の防災訓練の準備にお使いください。

ご不明点があればお電話ください。
""" + SIG_MURA,
 attachments=[{"filename":"港ヶ丘団地_A棟_2025.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text":"""[A棟]
部屋番号\t世帯主\t生年月日\t電話\t世帯人数\t緊急連絡先
A-101\t宮本 タカ\t1938/04/02\t097-555-2214\t1\t長男 宮本 浩 090-1187-4420
A-102\t林 剛志\t1975/10/19\t080-4412-9087\t3\t
A-201\t坂口 ミヨ子\t1941/01/28\t097-555-6630\t1\t民生委員 川島様
A-203\t劉 偉\t1986/06/07\t070-3320-1185\t4\t
A-301\t中川 玲奈\t1993/11/15\t090-7781-2206\t2\t母 中川 則子 097-555-0912
"""}],
 personal=[{"type":"name","value":"宮本 タカ"},{"type":"birthdate","value":"1938/04/02"},{"type":"phone","value":"097-555-2214"},{"type":"name","value":"中川 玲奈"}]),

dict(expect="hold", kind="personal.complaint", loc="quoted",
 why="The forwarded neighbour complaint carries the complainant's full name, address, phone and the neighbour's name; the covering text only asks for a site survey.",
 frm=ONISHI, to=["株式会社静音テック 工事課 <koji@seion-tech.example.jp>"],
 subject="Fw: 上階からの騒音について",
 text="""静音テック 工事課 ご担当者様

お世話になっております。北浜市営住宅管理センターの大西です。
下記の件、床の遮音状況の現地調査をお願いしたく転送いたします。
日程候補を2～3いただけますでしょうか。

----- Forwarded message -----
From: 野口 恵美 <emi.noguchi77@docomo.ne.jp>
Sent: 2025年6月12日 21:48
To: 北浜市営住宅管理センター <info@kitahama-jk.example.jp>
Subject: 上階からの騒音について

いつもお世話になっております。
桜台団地 C棟204号室の野口恵美です（電話 090-5526-0138）。
真上の304号室の 本田さん のお宅から、毎晩23時過ぎまで足音や物を落とす音が響き、子どもが眠れません。
一度直接お願いしましたが改善されず、怖くてもう言いに行けません。
私から苦情が出たことは本田さんには言わないでください。
何とかしていただけないでしょうか。

野口 恵美
北浜市桜台3丁目5-1 桜台団地C棟204
""" + SIG_ONISHI,
 personal=[{"type":"name","value":"野口 恵美"},{"type":"phone","value":"090-5526-0138"},{"type":"address","value":"北浜市桜台3丁目5-1 桜台団地C棟204"}]),

dict(expect="hold", kind="id.mynumber", loc="body",
 why="An applicant's My Number (valid check digit) is written in the body to the city housing division.",
 frm=INOUE, to=["北浜市 建築住宅課 住宅政策係 <jutaku-seisaku@city.kitahama.example.jp>"],
 subject="収入認定に係る情報照会の依頼について",
 text="""北浜市 建築住宅課 住宅政策係 御中

いつもお世話になっております。管理センター入居審査係の井上です。

令和7年度 収入申告につきまして、下記の方の所得情報の照会をお願いいたします。
ご本人から申告書の提出がなく、照会に同意する旨の同意書は受領済みです。

　氏名：佐久間 義男
　住所：北浜市港町2丁目11-3 港ヶ丘団地B棟105
　個人番号：160993829800
　照会対象：令和6年分 所得・課税情報

同意書の写しは庁内便にてお送りします。
よろしくお願いいたします。
""" + SIG_INOUE,
 personal=[{"type":"mynumber","value":"160993829800"},{"type":"name","value":"佐久間 義男"}]),

dict(expect="hold", kind="sensitive.health", loc="subject",
 why="The subject line names an elderly tenant and her dementia; the body only says 'the person in the subject'.",
 frm=MURA, to=["北浜中央地域包括支援センター <houkatsu-chuo@kitahama-fukushi.example.jp>"],
 subject="B棟305 大塚 ハル様（認知症）夜間の徘徊について",
 text="""北浜中央地域包括支援センター
ご担当者様

お世話になっております。市営住宅管理センターの村上です。

件名の方について、昨夜22時頃にも棟内の階段で保護されたと、同じ棟の方から連絡がありました。今月に入って3回目です。
ご家族への連絡も含め、今後の見守り体制について一度ご相談させていただけないでしょうか。
今週中でしたら、こちらから伺うことも可能です。
""" + SIG_MURA,
 personal=[{"type":"name","value":"大塚 ハル"},{"type":"diagnosis","value":"認知症"}]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Password-protected zip sent by mail to a law office (PPAP).",
 frm=MURA, to=["弁護士法人しおかぜ法律事務所 藤井先生 <fujii@shiokaze-law.example.jp>"],
 subject="明渡請求案件の資料送付",
 text="""しおかぜ法律事務所
藤井 先生

いつも大変お世話になっております。北浜市営住宅管理センターの村上でございます。

先日ご相談した明渡請求の件につき、関係資料一式をお送りいたします。
ファイルにはパスワードを設定しておりますので、別メールにてお知らせいたします。

ご確認のほど、よろしくお願い申し上げます。
""" + SIG_MURA,
 attachments=[{"filename":"明渡請求_資料一式_202506.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="recipients.visible", loc="recipients",
 why="Twelve outside contractors from different companies are all visible in To instead of Bcc.",
 frm=ONISHI,
 to=["田中工務店 <info@tanaka-koumuten.example.jp>","佐藤設備 <sato-setsubi@sato-setsubi.example.jp>","株式会社港電工 <eigyo@minato-denko.example.jp>",
     "有限会社北浜塗装 <kitahama-tosou@kitahama-tosou.example.jp>","株式会社静音テック <koji@seion-tech.example.jp>","丸山建材 <maruyama@maruyama-kenzai.example.jp>",
     "株式会社ミドリ造園 <info@midori-zouen.example.jp>","有限会社青木防水 <aoki-bousui@aoki-bousui.example.jp>","株式会社三和サッシ <sanwa@sanwa-sash.example.jp>",
     "東九州エレベータ保守 <hoshu@higashikyushu-ev.example.jp>","株式会社クリーンメイト <cm@cleanmate.example.jp>","有限会社ひかり硝子 <hikari@hikari-glass.example.jp>"],
 subject="令和7年度 修繕単価契約 説明会のご案内",
 text="""各位

平素より市営住宅の維持管理にご協力いただき、誠にありがとうございます。
令和7年度下期の修繕単価契約に関する説明会を、下記のとおり開催いたします。

　日時：7月16日（水）14:00～15:30
　場所：北浜市営住宅管理センター 2階会議室
　内容：単価表の改定、空家修繕の発注方法変更、電子請求の開始について

出席者の人数を7月9日までに本メールへの返信にてお知らせください。
""" + SIG_ONISHI),

dict(expect="hold", kind="list.debts", loc="body",
 why="A table of named tenants with room numbers, months in arrears and amounts owed is sent to an outside debt-collection office.",
 frm=MURA, to=["しおかぜ法律事務所 事務局 <office@shiokaze-law.example.jp>"],
 subject="長期滞納者の状況（6月末時点）",
 text="""しおかぜ法律事務所 事務局 御中

いつもお世話になっております。村上です。
支払督促の候補となる長期滞納者の6月末時点の状況をお知らせします。

| 団地・号室      | 氏名         | 滞納月数 | 滞納額     | 備考                 |
|-----------------|--------------|----------|------------|----------------------|
| 港ヶ丘B-402     | 荒井 健吾    | 14か月   | 512,400円  | 分納約束不履行3回    |
| 桜台C-108       | 吉岡 真澄    | 11か月   | 389,700円  | 連帯保証人死亡       |
| 桜台A-310       | 久保田 辰夫  | 9か月    | 301,950円  | 電話不通             |
| 東浜D-205       | 森下 由香里  | 8か月    | 247,200円  | 夜間のみ在宅         |

各世帯の督促経過は、次回打合せ時に紙でお持ちします。
""" + SIG_MURA,
 personal=[{"type":"name","value":"荒井 健吾"},{"type":"debt","value":"512,400円"},{"type":"name","value":"吉岡 真澄"},{"type":"name","value":"森下 由香里"}]),

dict(expect="hold", kind="sensitive.criminal", loc="body",
 why="Tells a rent-guarantee company that a named tenant was arrested, indicted and is in custody.",
 frm=INOUE, to=["株式会社あんしん家賃保証 債権管理部 <saiken@anshin-hosho.example.jp>"],
 subject="保証契約者の状況について（東浜団地D-112）",
 text="""株式会社あんしん家賃保証
債権管理部 ご担当者様

お世話になっております。北浜市営住宅管理センターの井上でございます。

貴社保証の対象である東浜団地D-112の入居者 島田 康平 様について、ご報告いたします。
5月28日に傷害の容疑で逮捕され、現在も北浜警察署に勾留中とのことです。ご家族の話では、6月中旬に起訴されたと聞いております。
6月分以降の家賃は未納となっておりますので、代位弁済の手続きについてご相談させてください。
""" + SIG_INOUE,
 personal=[{"type":"name","value":"島田 康平"},{"type":"criminal","value":"傷害の容疑で逮捕され"}]),

dict(expect="hold", kind="id.bank_account", loc="body",
 why="A former tenant's personal bank account for a deposit refund is sent in plain text to the outsourced accounting firm.",
 frm=INOUE, to=["株式会社九州ビジネスサポート 経理受託課 <keiri@q-bizsupport.example.jp>"],
 subject="敷金返還の振込依頼（6月退去分）",
 text="""九州ビジネスサポート 経理受託課 御中

お世話になっております。井上です。
6月退去分の敷金返還につき、下記のとおり振込をお願いいたします。

　退去者：上田 千尋 様（桜台A-207）
　返還額：78,300円（敷金 96,000円 − 原状回復費 17,700円）
　振込先：豊後銀行 桜台支店　普通 3061574　ウエダ チヒロ
　振込予定日：7月10日

精算書の控えは月末に郵送いたします。
""" + SIG_INOUE,
 personal=[{"type":"bank_account","value":"普通 3061574"},{"type":"name","value":"上田 千尋"}]),

# ---------------- passes
dict(expect="pass", kind="benign.takken_license",
 why="A brokerage partnership agreement citing a 宅建業者 licence number and a 宅建士 registration number; these are business licences, not personal IDs.",
 frm=INOUE, to=["株式会社はまかぜ住宅流通 <kyotei@hamakaze-ryutsu.example.jp>"],
 subject="居住支援協定書（案）の記載事項確認",
 text="""株式会社はまかぜ住宅流通 御中

お世話になっております。管理センター入居審査係の井上です。
居住支援協定書（案）の記載事項について、以下の内容でよろしいかご確認ください。

　商号：株式会社はまかぜ住宅流通
　宅地建物取引業者免許：大分県知事（3）第 4418 号
　専任の宅地建物取引士：登録番号 大分 第 012733 号（中島 浩二）
　法人番号：8320001004516
　協定期間：令和7年8月1日～令和10年7月31日

修正があれば朱書きで結構ですのでご返送ください。
""" + SIG_INOUE),

dict(expect="pass", kind="benign.religious_corp_tenant",
 why="Lease renewal with a 宗教法人 renting a shop unit; the religious body is a corporate customer, not an individual's belief.",
 frm=MURA, to=["宗教法人 清光寺 事務所 <jimusho@seikouji.example.or.jp>"],
 subject="港ヶ丘団地 店舗区画（1-3）賃貸借契約の更新について",
 text="""宗教法人 清光寺
事務所 御中

平素より大変お世話になっております。北浜市営住宅管理センターの村上でございます。

貴法人にご利用いただいております港ヶ丘団地 店舗区画1-3（集会・事務所用途）の賃貸借契約が、9月30日をもって満了となります。
つきましては、更新契約書を8月上旬にお送りいたします。賃料（月額 64,000円）および共益費に変更はございません。

なお、お盆期間の駐車場臨時使用につきましては、例年どおり別途申請書をご提出ください。
""" + SIG_MURA),

dict(expect="pass", kind="benign.own_data",
 why="A tenant's own rent determination sent to the tenant herself at her own address.",
 frm=INOUE, to=["石原 和美 <kazumi.ishihara@icloud.com>"],
 subject="令和7年度 家賃決定のお知らせ（メールでのご送付）",
 text="""石原 和美 様

いつもお世話になっております。北浜市営住宅管理センター入居審査係の井上です。
先日お電話でご希望いただいたとおり、家賃決定通知の内容をメールでもお送りします（正式な通知書は郵送済みです）。

　団地・号室：東浜団地 D-301
　収入区分：第2区分
　令和7年度 家賃：月額 28,900円（前年度比 +1,200円）
　適用開始：令和7年4月分から（4～6月分の差額 3,600円は7月分と併せて口座振替）

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_INOUE),

dict(expect="pass", kind="benign.equipment_outage",
 why="Elevator fault ('障害') report with equipment serial numbers; no personal data.",
 frm=ONISHI, to=["東九州エレベータ保守 サービス課 <hoshu@higashikyushu-ev.example.jp>"],
 subject="【障害報告】港ヶ丘団地B棟 2号機 停止",
 text="""東九州エレベータ保守 サービス課 御中

大西です。本日の障害について、記録のため報告いたします。

・発生：6/19 7:52 頃、B棟 2号機が3階で停止（閉じ込めなし）
・機種：HX-600N　製造番号 EV-21-08834
・遠隔監視アラーム：E-47（ドアスイッチ異常）
・対応：8:40 貴社技術員到着、9:15 仮復旧
・1号機は通常運転

恒久対策と部品交換のスケジュールを、来週中にご提示ください。
入居者向けの掲示は当センターで対応済みです。
""" + SIG_ONISHI),

dict(expect="pass", kind="benign.corp_account_change",
 why="Confirms a contractor's change of corporate bank account; company names contain surnames but no private person's data.",
 frm=ONISHI, to=["田中工務店 経理 田中様 <keiri@tanaka-koumuten.example.jp>"],
 subject="振込口座変更届 受理のご連絡",
 text="""株式会社田中工務店
経理ご担当 田中 様

お世話になっております。修繕担当の大西です。
6月16日付の振込口座変更届、受理いたしました。7月支払分から下記口座へお振込みいたします。

　金融機関：豊後銀行 中央支店
　口座：当座 0082145
　名義：カ）タナカコウムテン

なお、旧口座（北浜信用金庫）への振込は6月分が最後となります。
引き続きよろしくお願いいたします。
""" + SIG_ONISHI),

dict(expect="pass", kind="benign.aggregate_stats",
 why="Recruitment statistics including disability and elderly household priority quotas given only as aggregates.",
 frm=INOUE, to=["北浜市議会事務局 調査係 <chosa@gikai.city.kitahama.example.jp>"],
 subject="市営住宅 定期募集の状況（資料提供）",
 text="""北浜市議会事務局 調査係 御中

お世話になっております。井上です。
ご依頼のあった定期募集の状況について、以下のとおり資料提供いたします。

令和7年5月 定期募集
　募集戸数：42戸（うち優先枠 12戸）
　応募者数：187世帯（倍率 4.5倍）
　優先枠内訳：高齢者世帯 6戸（応募 58）、障害者世帯 4戸（応募 21）、ひとり親世帯 2戸（応募 17）
　外国籍世帯の応募：9世帯（全体の4.8%）

団地別の内訳は添付資料をご覧ください。個人が特定される情報は含んでおりません。
""" + SIG_INOUE),

dict(expect="pass", kind="benign.meeting",
 why="Meeting arrangement with city officials, naming staff only.",
 frm=MURA, to=["北浜市 建築住宅課 坂本係長 <sakamoto-h@city.kitahama.example.jp>"],
 cc=[ONISHI],
 subject="Re: 長寿命化計画の打合せ日程",
 text="""坂本係長

お世話になっております。村上です。
打合せ日程の件、7月3日（木）10時からでお願いできれば幸いです。
当センターからは私と修繕担当の大西の2名で伺います。

> 村上様
> 長寿命化計画の中間見直しについて、7月第1週でご都合のよい日時をお知らせください。
> 市側は坂本、住宅政策係の今村が出席予定です。
> 北浜市 建築住宅課 坂本
""" + SIG_MURA),

dict(expect="pass", kind="benign.bcc_mass",
 why="Year-end contact notice to contractors sent with recipients in Bcc; only the sender is visible.",
 frm=ONISHI, to=[ONISHI],
 bcc=["info@tanaka-koumuten.example.jp","sato-setsubi@sato-setsubi.example.jp","eigyo@minato-denko.example.jp","kitahama-tosou@kitahama-tosou.example.jp",
      "koji@seion-tech.example.jp","maruyama@maruyama-kenzai.example.jp","info@midori-zouen.example.jp","aoki-bousui@aoki-bousui.example.jp",
      "sanwa@sanwa-sash.example.jp","hoshu@higashikyushu-ev.example.jp","cm@cleanmate.example.jp","hikari@hikari-glass.example.jp","suido@kitahama-suido.example.jp"],
 subject="夏季休業期間中の緊急修繕連絡体制について",
 text="""協力業者 各位
（本メールはBCCにて一斉送信しております）

8月13日（水）～8月16日（土）の夏季休業期間中、当センターの窓口は休業いたします。
期間中の緊急修繕（漏水・停電・閉じ込め等）は、下記の当番業者へ直接ご連絡が入る体制となります。

　給排水：佐藤設備　　　電気：港電工
　昇降機：東九州エレベータ保守

当番表は添付PDFのとおりです。ご協力をお願いいたします。
""" + SIG_ONISHI),

dict(expect="pass", kind="benign.plain_zip",
 why="Unencrypted zip of building drawings for a repair estimate.",
 frm=ONISHI, to=["佐藤設備 見積担当 <sato-setsubi@sato-setsubi.example.jp>"],
 subject="桜台団地C棟 給水管更新 見積用図面",
 text="""佐藤設備 見積ご担当様

お世話になっております。大西です。
桜台団地C棟の給水管更新工事の見積用として、図面一式をZIPでお送りします。
（パスワードは設定しておりません）

見積提出期限は7月25日です。現場確認をご希望の場合はご連絡ください。
""" + SIG_ONISHI,
 attachments=[{"filename":"桜台C棟_給水設備図.zip","contentType":"application/zip",
  "text":"C棟_給水系統図_S58竣工.pdf\nC棟_各階平面図.pdf\nC棟_PS詳細図.pdf\n特記仕様書_R7.docx"}]),

dict(expect="pass", kind="benign.vehicle_numbers",
 why="Lists contractor vehicle registration numbers for site access; vehicle plates of company vans are not personal IDs.",
 frm=ONISHI, to=["株式会社セーフガード九州 北浜営業所 <kitahama@safeguard-q.example.jp>"],
 subject="港ヶ丘団地 外壁改修工事 工事車両の入構について",
 text="""セーフガード九州 北浜営業所 御中

お世話になっております。大西です。
7月7日から始まる外壁改修工事に伴い、以下の工事車両が敷地内に入構します。巡回の際にご承知おきください。

　北浜 400 す 12-34（北浜塗装・2tトラック）
　北浜 480 ね 77-01（北浜塗装・ワゴン）
　大分 100 さ 50-66（丸山建材・ユニック）

入構時間は 8:30～17:30、土曜は午前のみです。
""" + SIG_ONISHI),

dict(expect="pass", kind="benign.public_figure",
 why="Facility booking for a mayoral election candidates' public debate; candidates are public figures.",
 frm=MURA, to=["北浜青年会議所 事務局 <office@kitahama-jc.example.jp>"],
 subject="港ヶ丘団地集会所の使用について（市長選 公開討論会）",
 text="""北浜青年会議所 事務局 御中

お世話になっております。管理センターの村上です。
9月7日（日）の市長選挙 立候補予定者公開討論会について、港ヶ丘団地集会所の使用を承認いたします。

登壇予定として伺っている 岩城 達也 氏（現職）、長谷部 みどり 氏、大河内 悟 氏 の3名につき、控室として和室を併せてご利用いただけます。
特定候補の掲示物は会場内に貼らないようお願いいたします。
""" + SIG_MURA),

dict(expect="pass", kind="benign.minutes_infection",
 why="Minutes of a liaison meeting naming association officers by role; 感染症対策 mentioned only generically.",
 frm=MURA, to=["北浜市営住宅自治会連合会 事務局 <rengokai@kitahama-rengo.example.jp>"],
 subject="第2回 連絡協議会 議事録（案）",
 text="""自治会連合会 事務局 御中

村上です。6月14日の連絡協議会の議事録（案）です。ご確認ください。

出席：連合会 会長 平田、副会長 小森、各団地自治会長 6名／センター 村上、大西

1. 共用部の清掃委託 …… 10月から週2回に増回（センター負担）
2. 集会所の感染症対策 …… 消毒液・換気設備を継続。利用人数の制限は設けない
3. 空き駐車場の来客用転用 …… 港ヶ丘で試行、秋に結果報告
4. 防災訓練 …… 10月19日（日）実施予定

修正点は6月27日までにお知らせください。
""" + SIG_MURA),
]
