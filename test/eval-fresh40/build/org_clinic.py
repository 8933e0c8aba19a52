# こもれびメンタルクリニック - psychiatric outpatient clinic
KUBOTA = "久保田 誠 <kubota@komorebi-mental.jp>"
ISHIGURO = "石黒 綾 <ishiguro@komorebi-mental.jp>"
YASUDA = "安田 航 <yasuda@komorebi-mental.jp>"
S_KUBOTA = """────────────────────
医療法人社団こもれび会 こもれびメンタルクリニック
院長　久保田 誠（精神科専門医・精神保健指定医）
〒180-0004 東京都武蔵野市吉祥寺本町 1-33-5 吉祥寺メディカルビル4F
TEL 0422-27-6610 FAX 0422-27-6611
────────────────────"""
S_ISHIGURO = """--
こもれびメンタルクリニック 医療事務
石黒 綾
TEL 0422-27-6610 / ishiguro@komorebi-mental.jp"""
S_YASUDA = """・‥…―――――――――――…‥・
こもれびメンタルクリニック
精神保健福祉士　安田 航（やすだ わたる）
TEL 0422-27-6610（直通 0422-27-6615）
・‥…―――――――――――…‥・"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="sensitive.health", loc="attachment",
 why="The attached referral letter carries a named patient's diagnosis and medication; the body gives no detail.",
 **{"from": KUBOTA}, to=["武蔵野中央病院 地域医療連携室 <renkei@musashino-chuo-hp.example.jp>"],
 subject="診療情報提供書の送付",
 text="""武蔵野中央病院 地域医療連携室 御中

いつも大変お世話になっております。こもれびメンタルクリニックの久保田です。
本日お電話でご依頼した件につき、診療情報提供書を添付いたします。
原本は患者様ご持参の予定です。どうぞよろしくお願いいたします。

""" + S_KUBOTA,
 attachments=[{"filename":"shinryo_joho_teikyosho.pdf","contentType":"application/pdf","text":
"""診療情報提供書
武蔵野中央病院 精神科 御侍史
患者氏名：中川 亜希子　様（女性）　生年月日：1979年5月22日
住所：東京都三鷹市下連雀 4-16-2
傷病名：双極性障害（双極Ⅰ型）、アルコール使用障害
紹介目的：躁状態の増悪のため入院加療をお願いいたします。
処方：炭酸リチウム 600mg、オランザピン 10mg
こもれびメンタルクリニック 久保田 誠
"""}],
 personal=[{"type":"name","value":"中川 亜希子"},{"type":"diagnosis","value":"双極性障害（双極Ⅰ型）"}]),

dict(expect="hold", kind="sensitive.health", loc="body",
 why="A named patient's diagnosis and fitness-for-work opinion are sent to the employer's occupational physician.",
 **{"from": KUBOTA}, to=["株式会社ミナセ電機 産業医 瀬川先生 <segawa-sangyoui@minase-denki.example.co.jp>"],
 subject="復職に関する主治医意見について（貴社社員 1名）",
 text="""ミナセ電機 産業医
瀬川 先生

いつもお世話になっております。こもれびメンタルクリニック 院長の久保田です。
ご本人の同意を得ましたので、貴社社員 藤井 隼人 様（開発部）の復職について、主治医としての意見をお伝えいたします。

・診断名：適応障害、抑うつ状態
・経過：2024年11月より休職。睡眠・食欲は回復、生活記録表も安定しています
・意見：4月1日より、残業なし・短時間勤務（6時間）からの段階的復職が可能と考えます
・配慮事項：前所属の上司との接触を当面避けることが望ましい

ご不明な点があれば、お電話でも承ります。

""" + S_KUBOTA,
 personal=[{"type":"name","value":"藤井 隼人"},{"type":"diagnosis","value":"適応障害、抑うつ状態"}]),

dict(expect="hold", kind="sensitive.health", loc="body",
 why="A patient's diagnosis and treatment history are sent to a life insurer.",
 **{"from": ISHIGURO}, to=["ひまわり生命 保険金部 医療照会担当 <shokai@himawari-seimei.example.jp>"],
 subject="Re: 医療照会のご回答（照会番号 HS-25-018842）",
 text="""ひまわり生命保険 保険金部
医療照会ご担当者様

お世話になっております。こもれびメンタルクリニック 医療事務の石黒です。
照会番号 HS-25-018842 につき、院長確認のうえ以下のとおりご回答いたします。

被保険者：小川 聡 様（1985年8月30日生）
初診日：2023年6月14日
傷病名：パニック障害、広場恐怖
通院状況：月1回、現在も継続中。入院歴なし
同意書：受領済み（2025年2月28日付）

文書料 5,500円の請求書は郵送いたします。

""" + S_ISHIGURO,
 personal=[{"type":"name","value":"小川 聡"},{"type":"diagnosis","value":"パニック障害、広場恐怖"}]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="encrypted_zip",
 why="Password-protected zip attached (PPAP) to the billing agency.",
 **{"from": ISHIGURO}, to=["メディカルクレーム代行 東京センター <tokyo@medclaim-agency.example.jp>"],
 subject="2月診療分 返戻レセプトの再請求データ",
 text="""メディカルクレーム代行 東京センター
ご担当者様

お世話になっております。こもれびメンタルクリニックの石黒です。
2月診療分の返戻レセプト（12件）の再請求データをお送りします。
zip にパスワードを設定していますので、別メールでお知らせいたします。

""" + S_ISHIGURO,
 attachments=[{"filename":"henrei_202502.zip","contentType":"application/zip","encrypted":True}],
 personal=[]),

dict(expect="hold", kind="id.health_insurance", loc="body",
 why="A patient's 自立支援医療 recipient number (implying psychiatric treatment) and insurance number are sent to a pharmacy.",
 **{"from": ISHIGURO}, to=["さくら調剤薬局 吉祥寺店 <kichijoji@sakura-chozai.example.jp>"],
 subject="自立支援医療 受給者証の更新について",
 text="""さくら調剤薬局 吉祥寺店
薬局長 様

いつもお世話になっております。こもれびメンタルクリニックの石黒です。
下記の患者様、自立支援医療（精神通院）の受給者証が更新されましたので、ご連絡いたします。

  患者氏名：長谷川 未来 様
  受給者番号：1320-0418-7
  有効期間：2025年4月1日～2026年3月31日
  上限額管理：月額 5,000円
  健康保険証：記号 33-12 番号 118（本人）

次回処方は 3月28日の予定です。よろしくお願いいたします。

""" + S_ISHIGURO,
 personal=[{"type":"name","value":"長谷川 未来"},{"type":"certificate_number","value":"受給者番号：1320-0418-7"},{"type":"health_insurance","value":"記号 33-12 番号 118"}]),

dict(expect="hold", kind="personal.inquiry", loc="quoted",
 why="The forwarded web-form inquiry with a prospective patient's contact details and symptoms goes to the booking-system vendor.",
 **{"from": ISHIGURO}, to=["ヨヤクル サポートデスク <support@yoyakuru.example.jp>"],
 subject="Fwd: 【Web予約】新患予約の確認メールが送信されない",
 text="""ヨヤクル サポートデスク ご担当者様

お世話になっております。こもれびメンタルクリニックの石黒です。
Web予約フォームから新患予約が入ったのに、患者様への確認メールが送信されていないようです。
実際の受付データを転送しますので、原因を調べていただけますでしょうか。

----- Forwarded message -----
From: noreply@yoyakuru.example.jp
Date: 2025/03/09 23:18
Subject: 【新患予約】3月13日 10:30

お名前：桑原 千夏（くわばら ちなつ）
生年月日：1996/02/17
電話：080-2719-4465
メール：chinatsu.kwbr@gmail.com
住所：東京都小金井市本町 3-4-11-208
ご相談内容：半年ほど前から眠れず、仕事に行こうとすると動悸がして涙が止まらない。職場の人間関係がつらい。

""" + S_ISHIGURO,
 personal=[{"type":"name","value":"桑原 千夏"},{"type":"phone","value":"080-2719-4465"},{"type":"symptoms","value":"半年ほど前から眠れず"}]),

dict(expect="hold", kind="list.patients", loc="attachment",
 why="The attached appointment export lists patients with birth dates, phones and visit types, sent to an IT vendor.",
 **{"from": YASUDA}, to=["ネクストカルテ 導入支援チーム <onboarding@nextkarte.example.jp>"],
 subject="データ移行テスト用ファイル",
 text="""ネクストカルテ 導入支援チーム 御中

お世話になっております。こもれびメンタルクリニックの安田です。
先日のお打ち合わせでご依頼のあったファイルを添付いたします。
移行テストの結果をご連絡ください。

""" + S_YASUDA,
 attachments=[{"filename":"yoyaku_export_20250310.csv","contentType":"text/csv","text":
"""予約日,時刻,患者ID,氏名,生年月日,電話,区分,担当医
2025-03-11,09:30,K-01123,中川 亜希子,1979-05-22,090-6613-2280,再診,久保田
2025-03-11,10:00,K-02278,小川 聡,1985-08-30,080-3315-9907,再診,久保田
2025-03-11,10:30,K-02901,長谷川 未来,2001-03-04,070-1184-6652,再診(精神通院),石原
2025-03-11,11:00,K-03014,桑原 千夏,1996-02-17,080-2719-4465,初診,久保田
2025-03-11,14:00,K-01877,岡 俊介,1968-12-19,090-4407-3391,デイケア面談,安田
"""}],
 personal=[{"type":"name","value":"岡 俊介"},{"type":"phone","value":"090-4407-3391"},{"type":"birthdate","value":"1968-12-19"}]),

dict(expect="hold", kind="recipients.over10", loc="recipients",
 why="Eleven outside facilities' addresses are visible in To/CC.",
 **{"from": YASUDA},
 to=["renkei@musashino-chuo-hp.example.jp","houkan@kichijoji-houkan.example.jp","info@mitaka-gh.example.jp","soudan@musashino-kikan-soudan.example.jp","job@workbridge-mitaka.example.jp","sodan@koganei-kaigo.example.jp"],
 cc=["hoken@city-musashino.example.lg.jp","info@kazokukai-tama.example.jp","yamane.psw@gmail.com","kichijoji@sakura-chozai.example.jp","office@tama-houkan-net.example.jp"],
 subject="【ご案内】第8回 吉祥寺こころの地域連携勉強会（4/17）",
 text="""関係機関の皆さま

いつもお世話になっております。こもれびメンタルクリニックの精神保健福祉士 安田です。
第8回の地域連携勉強会を下記のとおり開催いたします。

日時：2025年4月17日（木）18:30～20:00
会場：武蔵野商工会館 4階 会議室（オンライン併用）
テーマ：「就労継続支援と医療の連携 ― 事例から考える」
講師：当院 院長 久保田 誠

事例は匿名化したうえでご紹介します。
出欠を 4月10日までにご返信ください。

""" + S_YASUDA, personal=[]),

dict(expect="hold", kind="sensitive.health", loc="subject",
 why="The subject line names a patient together with schizophrenia and readmission.",
 **{"from": YASUDA}, to=["吉祥寺訪問看護ステーション 管理者 森様 <houkan@kichijoji-houkan.example.jp>"],
 subject="Re: 岡 俊介様 統合失調症 再入院後の訪問再開について",
 text="""森様

お世話になっております。安田です。
ご提案いただいた日程で問題ありません。
3月19日（水）14:00 に、ご自宅で合同カンファレンスをお願いいたします。
当院からは私と、担当医の石原が伺います。

""" + S_YASUDA,
 personal=[{"type":"name","value":"岡 俊介"},{"type":"diagnosis","value":"統合失調症"}]),

dict(expect="hold", kind="id.mynumber", loc="body",
 why="Staff My Numbers (without a label) are listed for the tax accountant.",
 **{"from": ISHIGURO}, to=["税理士法人あさひ総合会計 担当 佐野様 <sano@asahi-sogo-tax.example.jp>"],
 subject="新規職員の扶養控除等申告書の件",
 text="""あさひ総合会計
佐野 様

いつもお世話になっております。こもれびメンタルクリニックの石黒です。
4月から勤務する職員2名の扶養控除等申告書の内容を先にお送りします。原本は月末に郵送します。

  氏名　　　　　番号　　　　　　　扶養
  石原 遼　　　158899566001　　　配偶者1・子1
  水野 花梨　　290859087084　　　なし

ご確認のほどよろしくお願いいたします。

""" + S_ISHIGURO,
 personal=[{"type":"mynumber","value":"158899566001"},{"type":"mynumber","value":"290859087084"}]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.statistics_aggregate", loc="",
 why="Annual patient statistics by diagnosis group only; no individual patient.",
 **{"from": KUBOTA}, to=["武蔵野市 健康福祉部 障害者福祉課 <shougai@city-musashino.example.lg.jp>"],
 subject="令和6年度 精神科診療所 実績報告",
 text="""武蔵野市 障害者福祉課 御中

お世話になっております。こもれびメンタルクリニック 院長の久保田です。
ご依頼の令和6年度実績を以下のとおりご報告いたします。

・延べ受診者数：14,212名（新患 612名）
・主病名の内訳（新患）：うつ病・抑うつ状態 38%、不安障害 21%、適応障害 17%、発達障害 11%、統合失調症 6%、その他 7%
・自立支援医療（精神通院）利用者：428名
・精神科デイケア 1日平均利用者：18.4名
・就労移行支援事業所への紹介：31件

市内の地域移行の取り組みにお役立ていただければ幸いです。

""" + S_KUBOTA),

dict(expect="pass", kind="benign.it_incident", loc="",
 why="Electronic-record system outage and ransomware infection of a PC; 障害/感染/隔離 are IT terms here.",
 **{"from": YASUDA}, to=["ネクストカルテ 保守窓口 <hoshu@nextkarte.example.jp>"], cc=[KUBOTA],
 subject="【障害報告】受付PCのウイルス感染と電子カルテ接続障害",
 text="""ネクストカルテ 保守窓口 ご担当者様

こもれびメンタルクリニックの安田です。本日の障害についてご報告と対応のお願いです。

■ 発生：3月11日 8:52 頃
■ 事象：受付PC（端末番号 KMR-RCP-02）でウイルス対策ソフトがランサムウェア感染を検知
■ 対応：8:55 LANケーブルを抜き、当該PCをネットワークから隔離。他端末のスキャンでは検知なし
■ 影響：電子カルテサーバーへの接続が 9:00～10:40 まで不安定（紙カルテで対応）
■ 検知名：Trojan.Ransom.Lockbit.Gen / ファイルハッシュ 4e0a9c1d77b3f2e5a81c0d6f9b2e7a43

当該PCの初期化と、サーバー側ログの確認をお願いできますでしょうか。

""" + S_YASUDA),

dict(expect="pass", kind="benign.own_data_patient", loc="",
 why="Appointment and certificate-renewal reminder sent to the patient herself at her own address.",
 **{"from": ISHIGURO}, to=["長谷川 未来 <mirai.hsgw@gmail.com>"],
 subject="次回のご予約と受給者証更新のお知らせ",
 text="""長谷川 未来 様

こもれびメンタルクリニック 受付の石黒です。
ご登録のメールアドレス宛てにご連絡しております。

・次回ご予約：3月28日（金）16:00（担当：石原医師）
・自立支援医療の受給者証が 4月1日から新しくなります。更新後の受給者証が届きましたら、次回ご来院時に受付へお持ちください。

ご予約の変更は、お電話（0422-27-6610）でお願いいたします。

""" + S_ISHIGURO),

dict(expect="pass", kind="benign.lecturer_fee_own", loc="",
 why="Lecture-fee notice to the lecturer himself, with his account masked.",
 **{"from": YASUDA}, to=["奥村 博 <h.okumura.lecture@nifty.com>"],
 subject="講師謝金のお振込みについて（3/6 家族教室）",
 text="""奥村 博 先生

先日は家族教室でのご講演、誠にありがとうございました。参加者アンケートでも大変好評でした。
講師謝金のお振込みについてご連絡いたします。

  謝金：30,000円（源泉徴収 3,063円を差し引き 26,937円）
  お振込先：多摩信用金庫 ****支店 普通 ****417（ご登録の口座）
  お振込予定日：3月25日

支払調書は来年1月にお送りいたします。

""" + S_YASUDA),

dict(expect="pass", kind="benign.drug_order", loc="",
 why="Drug order to a wholesaler: psychiatric drug product names and JAN codes, no patients.",
 **{"from": ISHIGURO}, to=["東和メディカル卸 三鷹営業所 <mitaka@towa-med.example.jp>"],
 subject="院内常備薬の発注（3月第3週）",
 text="""東和メディカル卸 三鷹営業所 御中

いつもお世話になっております。こもれびメンタルクリニックの石黒です。
下記のとおり発注いたします。

品名                                  JAN              数量
エスシタロプラム錠10mg「トーワ」        4987155150115    5箱
ブロチゾラムOD錠0.25mg                  4987155212318    3箱
リスペリドン内用液1mg/mL                4987155330784    2箱
ヒドロキシジン注射液25mg                4987155478127    1箱

納品は 3月19日（水）午前中でお願いします。

""" + S_ISHIGURO),

dict(expect="pass", kind="benign.public_lecture", loc="",
 why="Public lecture notice naming a well-known psychiatrist author as speaker; no patient data.",
 **{"from": KUBOTA}, to=["吉祥寺東コミュニティセンター 事務室 <office@kichijoji-higashi-cc.example.jp>"],
 subject="市民公開講座の会場予約について",
 text="""吉祥寺東コミュニティセンター 事務室 御中

いつもお世話になっております。こもれびメンタルクリニック 院長の久保田です。
下記の市民公開講座について、会場の予約をお願いいたします。

・日時：2025年6月14日（土）13:30～15:30
・演題：「眠れない夜と、うつ病のはなし」
・講師：北條 宗一郎 氏（精神科医・『こころの処方箋ノート』著者、テレビ番組でもおなじみ）
・定員：80名（無料・事前申込）

机・椅子のスクール形式と、プロジェクターの貸し出しをお願いします。

""" + S_KUBOTA),

dict(expect="pass", kind="benign.genome_policy", loc="",
 why="Policy discussion on introducing pharmacogenomic tests; no individual results.",
 **{"from": KUBOTA}, to=["ジェノケア・ラボ 学術部 <gakujutsu@genocare-lab.example.jp>"],
 subject="薬理遺伝学検査（CYP2D6/CYP2C19）導入についての確認",
 text="""ジェノケア・ラボ 学術部 御中

こもれびメンタルクリニックの久保田です。
抗うつ薬の選択に CYP2D6 / CYP2C19 の遺伝子多型検査を導入することを検討しています。
院内の方針案は以下のとおりですが、貴社の運用と齟齬がないかご確認ください。

1. 検査は書面同意を得た患者のみ。遺伝カウンセリング体制を整える
2. 結果は電子カルテの専用区分に保存し、保険会社・雇用主には開示しない
3. 検体の二次利用は行わない
4. 費用は自費（1検査あたりの院内価格は未定）

料金表と検体の回収方法についても資料をいただけますと助かります。

""" + S_KUBOTA),

dict(expect="pass", kind="benign.successor_intro", loc="",
 why="Introduces a new social worker to a community support centre; business contacts only.",
 **{"from": YASUDA}, to=["武蔵野市地域包括支援センター 吉祥寺 <kichijoji-houkatsu@musashino-houkatsu.example.jp>"],
 subject="新任の精神保健福祉士のご紹介",
 text="""地域包括支援センター吉祥寺
ご担当の皆さま

いつもお世話になっております。こもれびメンタルクリニックの安田です。
4月から、当院に精神保健福祉士の水野 花梨が着任いたします。
地域連携のご相談窓口は、引き続き私と水野の二名体制となります。

水野：mizuno@komorebi-mental.jp（4月1日より使用可能）

近いうちにご挨拶に伺わせてください。
今後ともよろしくお願いいたします。

""" + S_YASUDA),

dict(expect="pass", kind="benign.bcc_notice", loc="",
 why="Holiday-closure notice to partner facilities with recipients in Bcc.",
 **{"from": ISHIGURO}, to=["info@komorebi-mental.jp"],
 bcc=["renkei@musashino-chuo-hp.example.jp","houkan@kichijoji-houkan.example.jp","kichijoji@sakura-chozai.example.jp","info@mitaka-gh.example.jp","soudan@musashino-kikan-soudan.example.jp","job@workbridge-mitaka.example.jp","sodan@koganei-kaigo.example.jp","hoken@city-musashino.example.lg.jp","office@tama-houkan-net.example.jp","kichijoji-houkatsu@musashino-houkatsu.example.jp","mitaka@towa-med.example.jp"],
 subject="【お知らせ】ゴールデンウィーク期間の休診について",
 text="""関係機関の皆さま

平素よりお世話になっております。こもれびメンタルクリニックです。
ゴールデンウィーク期間中の診療について、下記のとおりお知らせいたします。

休診：4月29日（火・祝）、5月3日（土）～5月6日（火・振休）
5月1日（木）・2日（金）は通常どおり診療いたします。

休診期間中の緊急時は、東京都精神科救急医療情報センターをご案内ください。

※本メールは BCC にて一斉送信しております。

""" + S_ISHIGURO),
]
