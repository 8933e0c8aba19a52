"""Org D: translation and interpreting agency 株式会社リンガブリッジ (LinguaBridge)."""
from common import mail, att, enc_zip, t, XLSX, DOCX, PDF, CSV, ZIP

ORG = "D"
DOM = "linguabridge.example.co.jp"

NONOMURA = "野々村 彩 <nonomura@linguabridge.example.co.jp>"
KURODA = "Ryo Kevin Kuroda <kuroda@linguabridge.example.co.jp>"
NISHIKAWA = "西川 美穂 <nishikawa.m@linguabridge.example.co.jp>"

SIG_NONOMURA = t("""
**************************************************
LinguaBridge Inc. ／ 株式会社リンガブリッジ
通訳事業部 コーディネーター（司法・医療）
野々村 彩　Aya Nonomura
〒101-0047 東京都千代田区内神田1-13-4 内神田ITビル6F
TEL: 03-5297-6610　緊急ダイヤル（24h）: 050-3852-0900
E-mail: nonomura@linguabridge.example.co.jp
**************************************************
""")

SIG_KURODA = t("""
Ryo Kevin Kuroda | 黒田 亮ケビン
Senior Project Manager, Translation Division
LinguaBridge Inc. | 株式会社リンガブリッジ 翻訳事業部
T +81-3-5297-6625 | M +81-80-2291-4408
kuroda@linguabridge.example.co.jp
ISO 17100 certified translation services
CONFIDENTIALITY: This e-mail and any attachments are confidential and intended
solely for the addressee. If you received it in error, please notify the sender.
""")

SIG_NISHIKAWA = t("""
株式会社リンガブリッジ 管理部 経理課
西川 美穂
TEL 03-5297-6601 ／ FAX 03-5297-6609
""")

MAILS = []
add = MAILS.append

# ---------------------------------------------------------------- holds
add(mail("hold", "sensitive.court_assignment_defendant",
    "Gives a freelance interpreter a named defendant's nationality and drug-trafficking charges; criminal proceedings about an identifiable person to a private address.",
    "nonomura", "body", NONOMURA,
    ["阮 氏蘭 <nguyen.lan.interp@gmail.com>"],
    "【公判通訳のご依頼】6/12（水）東京地裁 刑事第7部",
    """
阮 氏蘭さま

いつも大変お世話になっております。リンガブリッジの野々村です。
ベトナム語の公判通訳について、下記のとおりご依頼させていただけますでしょうか。

■裁判所：東京地方裁判所 刑事第7部（430号法廷）
■期日：2024年6月12日（水）13:30〜16:30（第1回公判）
■被告人：グエン・ヴァン・タイン（ベトナム国籍・28歳）
■罪名：覚醒剤取締法違反（営利目的所持）、出入国管理及び難民認定法違反（不法残留）
■事件の概要（起訴状より）：
　本年2月、江戸川区内のアパートで覚醒剤約120gを小分けして所持。
　技能実習先を2021年に離れてから在留期限を超えて滞在。
■弁護人：国選（桜田通り法律事務所 河野弁護士）

起訴状の写しは、ご承諾いただけましたら書記官から直接送付されます。
ご都合をお聞かせいただけますと幸いです。

""" + SIG_NONOMURA,
    personal=[("name", "グエン・ヴァン・タイン"), ("nationality", "ベトナム国籍"),
              ("criminal", "覚醒剤取締法違反（営利目的所持）")]))

add(mail("hold", "sensitive.medical_interpreting_prep",
    "The attached preparation sheet names a patient with her breast-cancer stage and treatment plan, sent to a freelance interpreter.",
    "nonomura", "attachment", NONOMURA,
    ["Carla Mendes <carla.mendes.pt@gmail.com>"],
    "5/28 医療通訳 事前資料の送付",
    """
Carla Mendesさま

お世話になっております。リンガブリッジの野々村です。
5/28（火）の医療通訳（ポルトガル語）の事前資料を添付いたします。
用語の確認にお使いください。

・病院：城東医療センター 外来棟3階 乳腺外科
・時間：10:00〜11:30（受付9:45）
・終了後、資料は必ず削除をお願いいたします。

当日もどうぞよろしくお願いいたします。

""" + SIG_NONOMURA,
    attachments=[att("事前資料_0528_城東医療センター.docx", DOCX, """
医療通訳 事前資料（城東医療センター 国際診療支援室 提供）

患者氏名：Ana Paula Ferreira Santos（アナ・パウラ・フェレイラ・サントス）様
生年月日：1981年4月17日　国籍：ブラジル
診療科：乳腺外科　主治医：三好医師

本日の説明内容
・生検結果の説明：浸潤性乳管がん、ステージIIA（ホルモン受容体陽性、HER2陰性）
・治療方針：術前化学療法（4か月）のあと乳房部分切除術を予定
・副作用（脱毛、吐き気、白血球減少）と就労への影響
・高額療養費制度の説明（医療ソーシャルワーカー同席）

主な用語：センチネルリンパ節生検、ホルモン療法、ポート留置
""")],
    personal=[("name", "Ana Paula Ferreira Santos"), ("birthdate", "1981年4月17日"),
              ("diagnosis", "浸潤性乳管がん、ステージIIA")]))

add(mail("hold", "sensitive.victim_interview_quoted",
    "The quoted police request names a sexual-assault victim and the case outline, forwarded to a freelance interpreter.",
    "nonomura", "quoted", NONOMURA,
    ["Joy Villanueva <joy.villanueva.interp@yahoo.co.jp>"],
    "Fw: 通訳人派遣のお願い（湾岸警察署 刑事課）",
    """
Joyさん

お世話になっております。野々村です。
湾岸警察署から、タガログ語の事情聴取の通訳依頼が入りました。
女性通訳人のご指名ですので、Joyさんにお願いできればと思います。
下の依頼メールをご確認のうえ、ご都合をお知らせください。

""" + SIG_NONOMURA + """
-----Original Message-----
From: 湾岸警察署 刑事課 強行犯係 <keiji-kyoko@wangan-ps.police.example.jp>
Sent: Tuesday, May 21, 2024 4:05 PM
To: 野々村 彩
Subject: 通訳人派遣のお願い

株式会社リンガブリッジ 野々村様

標記の件、下記のとおり通訳人の派遣をお願いいたします。

１ 日時　5月23日（木）14時から（3時間程度）
２ 場所　湾岸警察署 3階 相談室
３ 言語　タガログ語（女性通訳人を希望）
４ 内容　被害者からの事情聴取
　　被害者　サントス・マリア・クリスティーナ（フィリピン国籍、31歳）
　　事件　　不同意性交等被疑事件（5月18日深夜、勤務先の飲食店従業員寮にて発生）
５ 備考　被害者は精神的に不安定なため、配慮をお願いします。

湾岸警察署 刑事課 強行犯係 警部補 桜井
""",
    personal=[("name", "サントス・マリア・クリスティーナ"), ("crime_victim", "不同意性交等被疑事件"),
              ("nationality", "フィリピン国籍")]))

add(mail("hold", "id.residence_card_in_subject",
    "The subject carries a private person's residence-card number with his name; the body is innocuous.",
    "kuroda", "subject", KURODA,
    ["行政書士 本田法務事務所 本田先生 <honda@honda-gyosei.example.jp>"],
    "【納品】劉 偉様（在留カード UH48213957EN）公証書・出生証明書 翻訳",
    """
本田先生

いつもお世話になっております。リンガブリッジ翻訳事業部の黒田です。
ご依頼いただいた中国語→日本語の翻訳が完了いたしました。

・公証書（結婚公証）1通
・出生医学証明 1通
・翻訳証明書（弊社発行）各1通

翻訳文と原本は、本日レターパックプラスにて事務所宛てに発送いたしました。
明日午前中には到着する見込みです。

請求書は月末締めで別途お送りいたします。
今後ともよろしくお願いいたします。

""" + SIG_KURODA,
    personal=[("name", "劉 偉"), ("residence_card", "UH48213957EN")]))

add(mail("hold", "attachment.encrypted_zip",
    "Translated contract delivered as an encrypted zip with the password to follow (PPAP).",
    "kuroda", "zip", KURODA,
    ["Legal Department, Harbor Pharma <legal-jp@harborpharma.example.com>"],
    "Delivery: JP>EN translation of supply agreement (Job LB-24-0917)",
    """
Dear Legal team,

Please find attached the English translation of the Supply and Quality Agreement
(Job LB-24-0917, 38 pages), including the tracked-changes version against the 2022 edition.

The archive is password-protected. I will send the password in a separate e-mail shortly.

A certificate of translation accuracy can be issued on request.
Please let me know if you have any questions about the terminology choices
marked in the comments.

Kind regards,

""" + SIG_KURODA,
    attachments=[enc_zip("LB-24-0917_EN_delivery.zip")]))

freelancers = [
    "阮 氏蘭 <nguyen.lan.interp@gmail.com>", "Carla Mendes <carla.mendes.pt@gmail.com>",
    "Joy Villanueva <joy.villanueva.interp@yahoo.co.jp>", "王 静 <wangjing.trans@gmail.com>",
    "Ahmed Karimi <a.karimi.farsi@outlook.com>", "金 智恩 <jieun.kim.ko@gmail.com>",
    "松田 恵美 <emi.matsuda.en@yahoo.co.jp>", "Pablo Ruiz <pablo.ruiz.es@gmail.com>",
    "Bishnu Thapa <bishnu.thapa.np@gmail.com>", "佐野 アンナ <anna.sano.ru@outlook.com>",
    "Somchai Wong <somchai.th.interp@gmail.com>", "李 明浩 <li.minghao@yahoo.co.jp>",
    "Marie Dubois <marie.dubois.fr@gmail.com>", "Tran Thi Hoa <hoa.tran.vn@gmail.com>",
    "大川 ソフィア <sofia.okawa.pt@gmail.com>",
]
add(mail("hold", "recipients.freelancer_broadcast",
    "Fifteen freelance interpreters' private addresses are visible in To instead of BCC.",
    "nonomura", "recipients", NONOMURA, freelancers,
    "【アンケート】夏季休暇期間（8/10〜8/18）の稼働可否について",
    """
通訳人の皆さま

いつも大変お世話になっております。リンガブリッジの野々村です。

夏季休暇期間中も、警察署・裁判所・医療機関からの緊急依頼が見込まれるため、
稼働可能な日程を事前に把握させていただきたく、アンケートのお願いです。

　対象期間：8月10日（土）〜8月18日（日）
　回答方法：本メールに返信で、可能な日と時間帯（午前／午後／夜間）をお知らせください
　回答期限：7月5日（金）

夜間・休日の緊急対応は、通常単価の1.25倍でお支払いします。
ご協力のほど、どうぞよろしくお願いいたします。

""" + SIG_NONOMURA))

add(mail("hold", "id.freelancer_accounts_outsourcer",
    "Three freelance interpreters' personal bank accounts are listed in the body for the outside payment bureau.",
    "nishikawa", "body", NISHIKAWA,
    ["ソリューション経理センター 振込代行チーム <furikomi@solution-keiri.example.co.jp>"],
    "5月分 外注費振込依頼（追加3件）",
    """
ソリューション経理センター
振込代行チーム ご担当者様

お世話になっております。リンガブリッジ経理課の西川です。
5月分外注費の振込について、先日お送りしたデータに漏れがありましたので、
追加で下記3件をお願いいたします。振込日は他と同じ6/10（月）です。

1) 王 静 様
   東都銀行 池袋支店 普通 7712094　口座名義 オウ セイ
   振込額 86,420円
2) Ahmed Karimi 様
   みずなみ銀行 新宿西口支店 普通 3057718　口座名義 カリミ アハマド
   振込額 132,880円
3) 松田 恵美 様
   ゆうちょ銀行 〇二八店 普通 5530216　口座名義 マツダ エミ
   振込額 54,300円

いずれも源泉徴収済みの金額です。
お手数をおかけしますが、よろしくお願いいたします。

""" + SIG_NISHIKAWA,
    personal=[("name", "王 静"), ("bank_account", "東都銀行 池袋支店 普通 7712094"),
              ("bank_account", "みずなみ銀行 新宿西口支店 普通 3057718"),
              ("bank_account", "ゆうちょ銀行 〇二八店 普通 5530216")]))

add(mail("hold", "list.interpreter_roster_client",
    "The attached roster gives eight interpreters' home addresses, birth dates and mobiles to the event client.",
    "kuroda", "attachment", KURODA,
    ["株式会社イベントプラス 制作部 野口様 <noguchi@eventplus.example.co.jp>"],
    "国際医療フォーラム 通訳者名簿（入館証発行用）",
    """
野口様

お世話になっております。リンガブリッジの黒田です。
7/2〜7/4の国際医療フォーラムで同時通訳を担当する8名の名簿をお送りします。
会場の入館証発行に必要とのことでしたので、ご指定の項目で作成しています。

ブースは英日2ブース、中日1ブースの計3ブースで、
各ブース2〜3名の交代制です。

ご確認よろしくお願いいたします。

""" + SIG_KURODA,
    attachments=[att("通訳者名簿_国際医療フォーラム.xlsx", XLSX, """
[名簿]
No	氏名	ふりがな	生年月日	住所	携帯電話	担当ブース
1	松田 恵美	まつだ えみ	1978/09/12	東京都練馬区石神井町5-14-3	090-2418-6603	英日A
2	Marie Dubois	まりー でゅぼあ	1985/02/27	東京都新宿区市谷薬王寺町41-2-305	080-7734-1182	英日A
3	佐野 アンナ	さの あんな	1990/06/05	神奈川県川崎市中原区木月2-3-18	070-3382-9047	英日B
4	王 静	おう せい	1983/12/19	東京都豊島区南長崎4-22-9	090-6651-2370	中日
5	李 明浩	り めいこう	1979/03/30	埼玉県川口市芝中田1-7-11-202	080-4495-0816	中日
6	大川 ソフィア	おおかわ そふぃあ	1992/08/21	東京都大田区大森北3-9-4	070-1158-7723	英日B
""")],
    personal=[("name", "松田 恵美"), ("address", "東京都練馬区石神井町5-14-3"), ("phone", "090-2418-6603"),
              ("birthdate", "1983/12/19"), ("address", "埼玉県川口市芝中田1-7-11-202")]))

add(mail("hold", "personal.skill_sheet_client",
    "A translator's full skill sheet with birth date, home address and mobile is pasted into a mail to a client.",
    "kuroda", "body", KURODA,
    ["東洋精工株式会社 海外事業部 森下様 <morishita@toyo-seiko.example.co.jp>"],
    "常駐翻訳者 候補者のご紹介（スキルシート）",
    """
森下様

お世話になっております。リンガブリッジの黒田です。
7月から半年間の常駐翻訳（技術文書 日英）について、候補者のスキルシートを
お送りいたします。面談をご希望の場合は日程をお知らせください。

==== スキルシート ====
氏名：Daniel Okafor（ダニエル・オカフォー）
生年月日：1987年10月4日（36歳）
国籍：ナイジェリア（永住者）
住所：東京都江東区大島6-2-15 グランメゾン大島406
携帯：080-6623-4190
最寄駅：都営新宿線 大島駅
学歴：2011年 東京工業技術大学 大学院 機械工学専攻 修了
資格：JLPT N1、JTF〈ほんやく検定〉1級（技術・英日）
実績：
・2018-2023 産業機械メーカー社内翻訳者（取扱説明書、図面注記、品質文書）
・2023- フリーランス（自動車部品、半導体装置）
希望単価：月額 68万円（税別）
==================

ご検討のほど、よろしくお願いいたします。

""" + SIG_KURODA,
    personal=[("name", "Daniel Okafor"), ("birthdate", "1987年10月4日"),
              ("address", "東京都江東区大島6-2-15 グランメゾン大島406"), ("phone", "080-6623-4190")]))

add(mail("hold", "id.passport_details_english",
    "An assignee's passport number and date of birth are written out in English for the client's HR.",
    "kuroda", "body", KURODA,
    ["Megan Turner, HR Mobility <megan.turner@northgate-eng.example.com>"],
    "Certificate of Eligibility documents - please confirm passport details",
    """
Dear Megan,

Thank you for sending the scanned documents for your assignee's visa application.
Before we finalise the Japanese translations for the Certificate of Eligibility,
could you please double-check the following details against the original passport?
The scan was partly unreadable.

  Name: Matthew James O'Connell
  Passport No.: PA4719382 (United Kingdom)
  Date of birth: 14 February 1984
  Date of expiry: 09 November 2031
  Spouse: Claire O'Connell, Passport No. PB1038826

Once confirmed, we will deliver the translations of the marriage certificate,
degree certificate and employment contract by 24 May.

Kind regards,

""" + SIG_KURODA,
    personal=[("name", "Matthew James O'Connell"), ("passport", "PA4719382"),
              ("birthdate", "14 February 1984"), ("passport", "PB1038826")]))

# ---------------------------------------------------------------- passes
add(mail("pass", "benign.court_schedule_case_number",
    "Replies to a court clerk about interpreter availability by case number only; no defendant is named.",
    "nonomura", "subject", NONOMURA,
    ["東京地方裁判所 刑事第7部 書記官 田島様 <tajima@tokyo-chisai.courts.example.jp>"],
    "Re: 令和6年(わ)第1187号 通訳人の日程について",
    """
東京地方裁判所 刑事第7部
書記官　田島様

お世話になっております。リンガブリッジの野々村でございます。
標記事件の第2回公判期日について、通訳人の日程をご回答いたします。

　候補日①：7月3日（水）午後　… 可
　候補日②：7月10日（水）午後 … 可
　候補日③：7月17日（水）午前 … 不可

第1回と同じ通訳人（ベトナム語）が担当いたします。
公判前の打合せは、前回同様、開廷30分前に書記官室で
お願いできればと存じます。

何卒よろしくお願い申し上げます。

""" + SIG_NONOMURA))

add(mail("pass", "benign.swift_invoice",
    "An invoice to an overseas client with the agency's own corporate account and SWIFT code.",
    "kuroda", "body", KURODA,
    ["Accounts Payable, Harbor Pharma <ap@harborpharma.example.com>"],
    "Invoice LB-INV-2405-031 (Job LB-24-0917)",
    """
Dear Accounts Payable team,

Please find below the details of our invoice for the translation of the
Supply and Quality Agreement (Job LB-24-0917).

  Invoice No.: LB-INV-2405-031
  Amount: JPY 684,000 (tax exempt, export of services)
  Due date: 30 June 2024

  Bank: Mizunami Bank, Ltd., Kanda Branch
  SWIFT/BIC: MZNBJPJT
  Account No.: 1183406 (ordinary)
  Account name: LinguaBridge Inc.
  Bank address: 1-2-3 Uchikanda, Chiyoda-ku, Tokyo

Please ensure that all bank charges on your side are borne by the remitter.
The PDF invoice will follow from our accounting department.

Kind regards,

""" + SIG_KURODA))

add(mail("pass", "benign.museum_translation_historical",
    "A museum caption translation about historical figures (勝海舟, 坂本龍馬); names of the long dead, nothing personal.",
    "kuroda", "attachment", KURODA,
    ["港区郷土歴史記念館 学芸課 大島様 <oshima@minato-kyodo.example.jp>"],
    "企画展キャプション 英訳（初稿）の送付",
    """
大島様

お世話になっております。リンガブリッジの黒田です。
企画展「幕末の港と人びと」のキャプション英訳、初稿をお送りします。

人名の表記はヘボン式・姓名順（例：Katsu Kaishu）で統一しています。
「海舟」などの号を併記するかどうか、ご判断いただけますと幸いです。
ネイティブチェックは来週完了予定です。

""" + SIG_KURODA,
    attachments=[att("キャプション英訳_初稿.docx", DOCX, """
No.12 勝海舟書簡（坂本龍馬宛）
Letter from Katsu Kaishu to Sakamoto Ryoma, 1863
In this letter Katsu, then head of the Kobe Naval Training Center, urges Sakamoto
to bring capable young men from Tosa to study navigation.

No.13 咸臨丸航海図
Navigation chart of the Kanrin Maru, 1860
The ship carried the first Japanese embassy to the United States; Fukuzawa Yukichi
and John Manjiro were among those on board.

No.14 西郷隆盛・勝海舟会見図（明治期の版画）
The meeting of Saigo Takamori and Katsu Kaishu (woodblock print, Meiji period)
""")]))

add(mail("pass", "benign.medical_interpreting_stats",
    "Monthly hospital interpreting statistics by language and department, counts only, no patients.",
    "nonomura", "attachment", NONOMURA,
    ["城東医療センター 国際診療支援室 大江様 <oe@joto-mc.example.or.jp>"],
    "4月分 医療通訳実績のご報告",
    """
城東医療センター
国際診療支援室　大江様

いつもお世話になっております。リンガブリッジの野々村です。
4月分の医療通訳の実績をお送りいたします。

・対面通訳：62件（前月比＋8件）
・電話・ビデオ通訳：141件
・最多言語：ベトナム語（前月の中国語から入れ替わり）

院内の感染症対策に伴う面会制限中は、ビデオ通訳の比率が高くなっております。
6月の運営会議資料にご利用ください。

""" + SIG_NONOMURA,
    attachments=[att("医療通訳実績_202404.csv", "text/csv", """
言語,対面,電話・ビデオ,合計,主な診療科
ベトナム語,18,39,57,産婦人科/内科
中国語,14,35,49,内科/小児科
ポルトガル語,11,21,32,整形外科/乳腺外科
英語,9,24,33,救急/皮膚科
タガログ語,6,14,20,産婦人科
ネパール語,4,8,12,内科
合計,62,141,203,
""")]))

add(mail("pass", "benign.freelancer_own_payment_notice",
    "A freelancer's own payment notice to herself, with the account masked.",
    "nishikawa", "body", NISHIKAWA,
    ["Tran Thi Hoa <hoa.tran.vn@gmail.com>"],
    "5月分 通訳料お支払いのご案内",
    """
Tran Thi Hoa 様

いつもお世話になっております。リンガブリッジ経理課の西川です。
5月分の通訳料のお支払い額が確定しましたので、ご案内いたします。

　稼働件数：9件（警察 5件、医療 4件）
　通訳料合計：148,500円
　交通費：6,320円
　源泉徴収税額：15,162円
　お支払額：139,658円
　お支払日：6月10日（月）
　お振込先：ご登録口座（東都銀行 ***支店 普通 ****419）

明細書はマイページからダウンロードいただけます。
ご不明な点がございましたら、経理課までお問い合わせください。

""" + SIG_NISHIKAWA))

add(mail("pass", "benign.candidate_speech_translation",
    "Quoting for a multilingual translation of an election candidate's public leaflet; a public figure's published material.",
    "kuroda", "body", KURODA,
    ["やまぐち陽子 選挙事務所 事務局 <jimukyoku@yamaguchi-yoko.example.jp>"],
    "選挙公報・街頭演説原稿の多言語翻訳 お見積り",
    """
やまぐち陽子 選挙事務所
事務局ご担当者様

お問い合わせいただきありがとうございます。リンガブリッジの黒田です。
都議会議員選挙に立候補予定の山口 陽子様の政策リーフレットと
街頭演説原稿の多言語翻訳について、お見積りをお送りします。

　対象：政策リーフレット（A4両面、約2,400字）、演説原稿（約1,800字）
　言語：英語・中国語（簡体字）・ベトナム語・ネパール語
　納期：ご発注から5営業日
　金額：4言語合計 318,000円（税別）

なお、公職選挙法上の文書頒布の制限がございますので、
翻訳物の配布方法については選挙管理委員会へのご確認をお願いいたします。
ご発注の際は、最新版の原稿をWord形式でお送りください。

""" + SIG_KURODA))

add(mail("pass", "benign.malware_report_glossary",
    "A glossary for an IT incident report: 感染, 隔離 and 障害 are malware and outage terms, and the hashes are file hashes.",
    "kuroda", "attachment", KURODA,
    ["東洋精工株式会社 情報システム部 Chris Evans <c.evans@toyo-seiko.example.co.jp>"],
    "Re: Incident report translation - glossary for review",
    """
Chris-san,

Thanks for the quick turnaround on the source text.
Attached is the glossary we plan to use for the JP>EN translation of your
incident report (ランサムウェア感染に関する報告書). Please confirm or correct
the preferred terms, especially the ones marked "?" in the last column.

We will deliver the full translation by Friday.

""" + SIG_KURODA,
    attachments=[att("glossary_incident_report.xlsx", XLSX, """
[Glossary]
原語	訳語	備考
感染端末	infected endpoint	
隔離	isolation / quarantine	? 文脈により使い分け
システム障害	system outage	
復旧	recovery / restoration	
暗号化されたファイル	encrypted files	
侵入経路	initial access vector	
SHA-256 ハッシュ値 3b1f0c9e7a2d44f8e6c05a91d2b7e38f4c6a0d1e9f2b5c7a8e3d6f104b9c2e71	(no translation)	検体A
SHA-256 ハッシュ値 a07e5d2c9b18f46e3c2a0d7f9e1b6c48d5a3f2e0b9c7d1e6f4a8b2c0d9e7f531	(no translation)	検体B
""")]))

add(mail("pass", "benign.plain_zip_delivery",
    "A plain, unencrypted zip of translated manuals; the names inside are company and product names.",
    "kuroda", "zip", KURODA,
    ["株式会社堀江製作所 品質保証部 堀江様 <horie.k@horie-ss.example.co.jp>"],
    "【納品】取扱説明書 英訳（LB-24-1022）",
    """
堀江様

お世話になっております。リンガブリッジの黒田です。
ご依頼いただいた取扱説明書の英訳が完了しましたので納品いたします。

zipファイル（パスワードなし）に以下を入れております。
・取扱説明書_EN.txt（本文）
・用語対照表.csv

「ケンジ」「サクラ」などの機種名は、ご指示どおり英語版でも
カタカナ読みのローマ字（KENJI / SAKURA）で表記しています。

ご確認のほどよろしくお願いいたします。

""" + SIG_KURODA,
    attachments=[
        att("LB-24-1022_納品.zip/取扱説明書_EN.txt", "text/plain", """
HORIE SEISAKUSHO Co., Ltd.
Compact Lathe KENJI-300 / SAKURA-200 Operating Manual (English edition)

1. Safety precautions
   Always stop the spindle before changing the chuck.
2. Installation
   Place the machine on a level floor capable of bearing 800 kg.
3. Maintenance
   Replace the lubricating oil every 500 operating hours.
Serial number label: located on the rear panel (format HS-KJ300-24xxxx).
"""),
        att("LB-24-1022_納品.zip/用語対照表.csv", "text/csv", """
日本語,English
主軸,spindle
心押台,tailstock
チャック,chuck
潤滑油,lubricating oil
"""),
    ]))

add(mail("pass", "benign.conference_dispatch_chain",
    "A dispatch-planning thread among six visible addresses from two companies; interpreter and staff names only.",
    "nonomura", "recipients", NONOMURA,
    ["株式会社イベントプラス 野口様 <noguchi@eventplus.example.co.jp>",
     "株式会社イベントプラス 技術部 荒木様 <araki@eventplus.example.co.jp>",
     "株式会社イベントプラス 受付担当 宮田様 <miyata@eventplus.example.co.jp>"],
    "Re: 国際医療フォーラム 同時通訳ブース・機材の件",
    """
野口様、荒木様、宮田様

お世話になっております。リンガブリッジの野々村です。
機材の件、承知いたしました。

・ブース：英日2、中日1（計3ブース）で確定
・通訳人の入り：各日 8:15（リハーサル 8:30〜）
・控室：2階 小会議室Cをお借りできますでしょうか
・レシーバー：450台、受付での貸出は宮田様チームにお願いします

当日の現場責任者は弊社 黒田が務めます。
進行台本は6/28までにいただけますと、通訳人の準備が間に合います。

""" + SIG_NONOMURA + """
> 野々村様、黒田様
> イベントプラスの荒木です。機材は赤外線方式、ブースは常設の3室を使用します。
> 通訳人の方の入館時間を教えてください。
> -----
> 株式会社イベントプラス 技術部 荒木 誠一 / 03-5561-7720
""",
    cc=["Ryo Kevin Kuroda <kuroda@linguabridge.example.co.jp>",
        "リンガブリッジ 通訳事業部 <interp@linguabridge.example.co.jp>"]))

add(mail("pass", "benign.interpreter_sick_replacement",
    "Tells the hospital the booked interpreter is 体調不良 and names the replacement; no diagnosis or patient data.",
    "nonomura", "body", NONOMURA,
    ["城東医療センター 国際診療支援室 大江様 <oe@joto-mc.example.or.jp>"],
    "【本日】通訳人変更のご連絡（10:00 乳腺外科）",
    """
大江様

お世話になっております。リンガブリッジの野々村です。
急なご連絡で申し訳ございません。

本日10:00からの乳腺外科のポルトガル語通訳について、
担当予定だった通訳人が今朝から体調不良のため、
代わりに大川 ソフィアが伺います。

大川はブラジル出身で医療通訳歴8年、貴院でも昨年まで
小児科を中心に何度か担当しております。
事前資料は引き継ぎ済みですので、予定どおり進めていただけます。

9:45に国際診療支援室へ伺うよう伝えております。
ご迷惑をおかけし申し訳ございませんが、よろしくお願いいたします。

""" + SIG_NONOMURA))
