# こころリンクEAP株式会社 -- employee assistance programme counselling provider
ORG = "こころリンクEAP株式会社 (EAP counselling provider)"

MATSU = "松本 奈緒 <n.matsumoto@kokorolink-eap.example.jp>"
OGAWA = "小川 聡 <s.ogawa@kokorolink-eap.example.jp>"
FUJITA = "藤田 理恵 <r.fujita@kokorolink-eap.example.jp>"

SIG_MATSU = """
--------------------------------------------
こころリンクEAP株式会社 カウンセリング部
公認心理師・臨床心理士　松本 奈緒
〒530-0001 大阪市北区梅田2-5-10 梅田トラストビル9F
TEL 06-6345-8810（代表）
※本メールは機密情報を含む場合があります。
--------------------------------------------"""

SIG_OGAWA = """
こころリンクEAP株式会社
法人営業部　小川 聡（おがわ さとし）
TEL 06-6345-8820 ／ 携帯 080-6110-2743
「働く人のこころに、いちばん近いパートナー」"""

SIG_FUJITA = """
---
こころリンクEAP株式会社 運営管理部
藤田 理恵
TEL 06-6345-8830 FAX 06-6345-8839"""

MAILS = [
dict(expect="hold", kind="sensitive.mental", loc="body",
 why="Tells the client company's HR that a named employee has been diagnosed with depression.",
 frm=MATSU, to=["株式会社ナニワ物産 人事部 吉村様 <yoshimura@naniwa-bussan.example.co.jp>"],
 subject="ご相談者の就業上の配慮について",
 text="""株式会社ナニワ物産
人事部 吉村 様

いつもお世話になっております。こころリンクEAPの松本です。
先日ご依頼のあった件につき、ご本人の同意を得たうえでご報告いたします。

営業二部の 田村 誠 様は、5月末に心療内科で うつ病 と診断され、現在服薬を開始されています。
主治医からは、当面の残業禁止と、出張を伴う業務の軽減が望ましいとの意見が出ているとのことです。
今後の面談は隔週で継続予定です。職場での配慮事項について、一度お打合せの機会をいただけますでしょうか。
""" + SIG_MATSU,
 personal=[{"type":"name","value":"田村 誠"},{"type":"diagnosis","value":"うつ病"}]),

dict(expect="hold", kind="sensitive.health", loc="attachment",
 why="The attached counselling report names an employee with an adjustment-disorder diagnosis and interview content; the body only says the report is attached.",
 frm=MATSU, to=["北摂メディカルオフィス 産業医 中西先生 <nakanishi@hokusetsu-med.example.jp>"],
 subject="ご依頼の報告書の送付",
 text="""中西 先生

いつも大変お世話になっております。こころリンクEAPの松本です。
先日ご依頼いただいた件、報告書を添付いたします。
ご確認のほど、よろしくお願いいたします。
""" + SIG_MATSU,
 attachments=[{"filename":"カウンセリング経過報告書_0612.pdf","contentType":"application/pdf",
  "text":"""カウンセリング経過報告書
事業所：淀川精工株式会社 本社工場
対象者：品質管理課 主任 高畑 亜希子（38歳）
面談回数：4回（4/18, 5/2, 5/23, 6/6）
見立て：上司交代後の業務負荷増大を契機とした 適応障害 の状態。睡眠障害（中途覚醒）、食欲低下あり。
希死念慮：なし
本人の希望：配置転換、時短勤務
所見：主治医（あおぞらメンタルクリニック）の診断書提出を推奨。1か月程度の休養も選択肢。
記載者：公認心理師 松本 奈緒"""}],
 personal=[{"type":"name","value":"高畑 亜希子"},{"type":"diagnosis","value":"適応障害"}]),

dict(expect="hold", kind="sensitive.mental", loc="quoted",
 why="The quoted HR message names an employee with suspected bipolar disorder and sick leave; the covering text only asks about an appointment slot.",
 frm=MATSU, to=["うめだ心のクリニック 受付 <uketsuke@umeda-kokoro-cl.example.jp>"],
 subject="Fw: 受診先のご紹介依頼",
 text="""うめだ心のクリニック
受付ご担当者様

お世話になっております。こころリンクEAPの松本です。
下記の件につき、来週中に初診のご予約枠をいただけないかご相談です。
平日夕方（18時以降）ですと助かります。

----- Original Message -----
From: 株式会社ナニワ物産 人事部 吉村 <yoshimura@naniwa-bussan.example.co.jp>
To: 松本 奈緒 <n.matsumoto@kokorolink-eap.example.jp>
Sent: Monday, June 16, 2025 9:05 AM
Subject: 受診先のご紹介依頼

松本様
物流部の 坂上 直樹（32歳）ですが、産業医から 双極性障害の疑い と言われ、7月から休職に入る予定です。
本人は通院先が決まっておらず、EAPさんから専門医を紹介してもらえないかとのことです。
よろしくお願いいたします。
吉村
""" + SIG_MATSU,
 personal=[{"type":"name","value":"坂上 直樹"},{"type":"diagnosis","value":"双極性障害の疑い"}]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Password-protected zip to an occupational physician with the password to follow (PPAP).",
 frm=FUJITA, to=["北摂メディカルオフィス 事務 <office@hokusetsu-med.example.jp>"],
 subject="淀川精工様 ストレスチェック 面接指導対象者リストの送付",
 text="""北摂メディカルオフィス 事務ご担当者様

お世話になっております。こころリンクEAP 運営管理部の藤田です。
淀川精工様の本年度ストレスチェックにつき、面接指導の対象となる方のリストをお送りします。
ファイルはパスワード付きZIPです。パスワードは本メールとは別にお送りします。

中西先生の面接日程の調整をお願いいたします。
""" + SIG_FUJITA,
 attachments=[{"filename":"yodogawa_mensetsu_list_2025.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="list.scores", loc="body",
 why="Named employees' stress-check scores and high-stress flags are listed in a table to the client's HR.",
 frm=FUJITA, to=["淀川精工株式会社 総務人事課 <jinji@yodogawa-seiko.example.co.jp>"],
 subject="ストレスチェック 部署別フォロー対象者について",
 text="""淀川精工株式会社 総務人事課 御中

お世話になっております。藤田です。
ご依頼のあった品質管理課のフォロー対象者について、以下のとおりお知らせします。

| 氏名        | 社員番号 | ストレス反応 | 仕事の負担 | 周囲の支援 | 判定       |
|-------------|----------|--------------|------------|------------|------------|
| 高畑 亜希子 | 10482    | 88           | 41         | 12         | 高ストレス |
| 井口 拓也   | 11207    | 79           | 38         | 15         | 高ストレス |
| 松田 沙織   | 12031    | 64           | 30         | 22         | 要観察     |

高ストレス判定の2名は、まだ面接指導の申出がありません。
""" + SIG_FUJITA,
 personal=[{"type":"name","value":"井口 拓也"},{"type":"score","value":"高ストレス"},{"type":"name","value":"松田 沙織"}]),

dict(expect="hold", kind="sensitive.health", loc="subject",
 why="The subject line names an employee who has expressed suicidal ideation; the body is vague.",
 frm=MATSU, to=["北摂メディカルオフィス 産業医 中西先生 <nakanishi@hokusetsu-med.example.jp>"],
 subject="【至急】中村 拓海さん 希死念慮の訴えあり（本日面談）",
 text="""中西先生

本日16時の面談内容について、取り急ぎご報告です。
ご本人は本日は帰宅され、ご家族（配偶者）と連絡がついています。
明朝、先生から直接お電話いただくことは可能でしょうか。私の携帯は本日22時まで対応できます。

松本""",
 personal=[{"type":"name","value":"中村 拓海"},{"type":"diagnosis","value":"希死念慮の訴えあり"}]),

dict(expect="hold", kind="recipients.visible", loc="recipients",
 why="HR managers at twelve different client companies are visible in To instead of Bcc.",
 frm=OGAWA,
 to=["吉村 様 <yoshimura@naniwa-bussan.example.co.jp>","jinji@yodogawa-seiko.example.co.jp","hr@shinsaibashi-retail.example.jp","soumu@kansai-denko.example.co.jp",
     "jinji@sakai-marine.example.co.jp","hr-team@osaka-ts.example.com","kenko@kishiwada-foods.example.co.jp","jinji@hanshin-butsuryu.example.jp",
     "hr@umekita-digital.example.jp","soumu@kyobashi-kensetsu.example.co.jp","anzen@nishinomiya-chem.example.co.jp","jinji@awaji-tourism.example.jp"],
 cc=[FUJITA],
 subject="【ご案内】人事担当者向けセミナー「復職支援の進め方」7/24開催",
 text="""ご契約企業 人事ご担当者各位

平素より大変お世話になっております。こころリンクEAPの小川です。
ご契約企業様限定で、人事担当者向けセミナーを開催いたします。

　テーマ：復職支援の進め方 ～試し出勤から再発防止まで～
　日時：7月24日（木）15:00～16:30（オンライン）
　講師：当社 公認心理師 松本 奈緒
　参加費：無料（ご契約企業様 1社3名まで）

お申込みは7月17日までに、本メールにご返信ください。
""" + SIG_OGAWA),

dict(expect="hold", kind="id.health_insurance", loc="body",
 why="A client's health-insurance card symbol and number are written in the body to a partner clinic.",
 frm=MATSU, to=["あおぞらメンタルクリニック 受付 <reception@aozora-mental.example.jp>"],
 subject="ご紹介患者様の事前登録について",
 text="""あおぞらメンタルクリニック
受付ご担当者様

いつもお世話になっております。こころリンクEAPの松本です。
先日お電話でご相談した方の初診（6月26日 18:30）につき、事前登録に必要な情報をお送りします。

　氏名：小西 美帆（こにし みほ）様
　生年月日：1991年2月8日
　保険者番号：06270418
　記号・番号：大阪 1204・5583（枝番 00）

当日は保険証をご持参いただくようお伝えしております。
""" + SIG_MATSU,
 personal=[{"type":"health_insurance","value":"大阪 1204・5583"},{"type":"name","value":"小西 美帆"},{"type":"birthdate","value":"1991年2月8日"}]),

dict(expect="hold", kind="sensitive.crime_victim", loc="body",
 why="Describes a named client as a domestic-violence victim, with injuries and a protection order, to a lawyer.",
 frm=MATSU, to=["弁護士 大島 由香 <oshima@kitahama-sogo-law.example.jp>"],
 subject="ご紹介の件（DV被害のご相談者）",
 text="""大島先生

お世話になっております。こころリンクEAPの松本です。
先日お話しした件、ご本人の了承を得てご紹介いたします。

ご相談者は 堀 千夏 さん（34歳、会社員）です。夫から長期間にわたって暴力を受けており、5月には顔面打撲で救急受診、警察に被害届を提出されています。
現在はお子さんと一時保護施設を出て、実家に身を寄せておられます。保護命令の申立てと離婚について法的助言を希望されています。

先生のご都合のよい日時をいくつかお知らせいただけますか。
""" + SIG_MATSU,
 personal=[{"type":"name","value":"堀 千夏"},{"type":"crime_victim","value":"夫から長期間にわたって暴力を受けており"}]),

dict(expect="hold", kind="id.bank_account", loc="body",
 why="A freelance counsellor's personal bank account is sent in plain text to the accounting office.",
 frm=FUJITA, to=["なにわ会計事務所 担当 柴田様 <shibata@naniwa-kaikei.example.jp>"],
 subject="業務委託カウンセラー 振込先の追加",
 text="""なにわ会計事務所
柴田 様

いつもお世話になっております。こころリンクEAPの藤田です。
7月から業務委託で入っていただくカウンセラーの振込先を、支払マスタに追加してください。

　氏名：矢野 由美子（公認心理師）
　委託報酬：1セッション 6,000円（月末締め翌月20日払い）
　振込先：なにわ信用金庫 天満橋支店 普通 0714962 ヤノ ユミコ

源泉徴収の対象となりますので、ご留意ください。
""" + SIG_FUJITA,
 personal=[{"type":"bank_account","value":"普通 0714962"},{"type":"name","value":"矢野 由美子"}]),

# ---------------- passes
dict(expect="pass", kind="benign.aggregate_report",
 why="Quarterly utilisation report to a client company with only aggregate counts (mental-health share, leave numbers).",
 frm=FUJITA, to=["株式会社ナニワ物産 人事部 吉村様 <yoshimura@naniwa-bussan.example.co.jp>"],
 subject="2025年度 第1四半期 EAP利用状況レポート",
 text="""株式会社ナニワ物産 人事部 吉村 様

お世話になっております。こころリンクEAPの藤田です。
第1四半期（4～6月）の利用状況をご報告します。

■相談件数：延べ 37件（実人数 15名、前年同期比 +4名）
■相談内容の内訳
　メンタルヘルス（気分の落ち込み・不眠等） 43%
　職場の人間関係 27%
　家族・介護 16%
　キャリア・その他 14%
■医療機関への紹介：3件
■休職中の方のフォロー：2名（部署・氏名は非開示）

個人が特定されないよう、5名未満の区分は合算しております。
""" + SIG_FUJITA),

dict(expect="pass", kind="benign.lecturer_own_fee",
 why="Tells an outside lecturer his own fee and a masked version of his own account.",
 frm=OGAWA, to=["和田 浩平 先生 <kohei.wada.psy@gmail.com>"],
 subject="7/24セミナー 講師謝金のお支払いについて",
 text="""和田 浩平 先生

いつもお世話になっております。こころリンクEAPの小川です。
先日は健康経営セミナーの基調講演をお引き受けいただき、ありがとうございました。
謝金のお支払いについて、下記のとおりご確認ください。

　講演料：100,000円
　源泉徴収税額：10,210円
　差引支払額：89,790円
　お振込先：ご登録口座（みなと銀行 ****支店 普通 ****381）
　お支払日：7月31日

ご登録口座に変更がございましたらお知らせください。
""" + SIG_OGAWA),

dict(expect="pass", kind="benign.own_appointment",
 why="Appointment confirmation sent to the client herself at her own private address, with no clinical content.",
 frm=FUJITA, to=["mika.tsuji.1120@gmail.com"],
 subject="カウンセリングご予約の確認",
 text="""辻 様

こころリンクEAP 予約センターです。
以下のとおりご予約を承りました。

　日時：6月28日（土）10:00～10:50
　方法：オンライン（ビデオ通話）
　担当：松本

当日開始5分前に、ご登録のメールアドレスへ接続用URLをお送りします。
変更・キャンセルは前日18時までにご連絡ください。
""" + SIG_FUJITA),

dict(expect="pass", kind="benign.employment_verification",
 why="Consent-based employment verification giving only dates and job title.",
 frm=FUJITA, to=["株式会社リファレンスチェック・ジャパン 在籍確認担当 <verify@refcheck-japan.example.jp>"],
 subject="Re: 在籍確認のご依頼（照会番号 RC-25-04418）",
 text="""リファレンスチェック・ジャパン
在籍確認ご担当者様

お世話になっております。こころリンクEAP 運営管理部の藤田です。
ご本人の同意書（6月18日付）を確認しましたので、下記の範囲でご回答いたします。

　氏名：前田 智子 様
　在籍期間：2019年4月1日～2025年3月31日
　最終職位：カウンセリング部 シニアカウンセラー

上記以外の事項（評価・退職理由等）については、当社規程によりお答えしておりません。
""" + SIG_FUJITA),

dict(expect="pass", kind="benign.condolence",
 why="Condolence message to a partner clinic on the death of its director; no sensitive detail.",
 frm=OGAWA, to=["うめだ心のクリニック 事務長 <jimucho@umeda-kokoro-cl.example.jp>"],
 subject="お悔やみ申し上げます",
 text="""うめだ心のクリニック
事務長 様

院長 長尾 康弘 先生のご逝去の報に接し、社員一同、謹んでお悔やみ申し上げます。
長年にわたり当社のご相談者を温かく受け入れてくださったこと、心より感謝しております。

ご葬儀はご家族のみで執り行われると伺いましたので、弔問は控えさせていただきます。
落ち着かれましたら、今後の診療体制についてお聞かせいただけますと幸いです。

略儀ながらメールにてお悔やみ申し上げます。
""" + SIG_OGAWA),

dict(expect="pass", kind="benign.it_malware",
 why="IT incident mail where 障害, 感染 and 隔離 refer to a booking-system outage and malware on a PC.",
 frm=FUJITA, to=["株式会社サイバーガード関西 保守窓口 <support@cyberguard-kansai.example.jp>"],
 subject="【障害連絡】予約システム接続不可およびPC1台のマルウェア感染疑い",
 text="""サイバーガード関西 保守窓口 御中

こころリンクEAPの藤田です。以下2件の対応をお願いします。

1. 予約システム障害
　本日 9:15 頃から、予約管理システムに社内から接続できません（エラー 502）。外部からのオンライン予約も停止しています。

2. マルウェア感染の疑い
　運営管理部の端末（資産番号 KL-PC-0231）で、EDRがトロイの木馬を検知しました。
　当該端末はネットワークから隔離済みで、電源は入れたままにしています。
　ハッシュ値：3f9a1c7e0b52d4e8a6f1c2093b7d5e41

本日中の現地対応が可能かご連絡ください。
""" + SIG_FUJITA),

dict(expect="pass", kind="benign.contract_renewal",
 why="Contract renewal with 法人番号, invoice registration number and the provider's corporate bank account.",
 frm=OGAWA, to=["淀川精工株式会社 総務人事課 <jinji@yodogawa-seiko.example.co.jp>"],
 subject="EAPサービス契約更新のご案内（2025年10月～）",
 text="""淀川精工株式会社 総務人事課 御中

いつもお世話になっております。こころリンクEAPの小川です。
現行のEAPサービス契約が9月30日で満了となりますので、更新のご案内をお送りします。

　契約プラン：スタンダード（従業員 420名）
　月額：231,000円（税込）※料金据え置き
　当社法人番号：5120001219934
　適格請求書発行事業者登録番号：T5120001219934
　振込先：関西未来銀行 梅田支店 普通 5082217 ココロリンクイーエーピー（カ

更新契約書は押印済みのものを郵送いたします。
""" + SIG_OGAWA),

dict(expect="pass", kind="benign.fiction_case",
 why="Training role-play material with fictional case personas explicitly marked as invented.",
 frm=MATSU, to=["関西電工株式会社 人材開発室 <soumu@kansai-denko.example.co.jp>"],
 subject="管理職研修 ロールプレイ用事例（架空）のご確認",
 text="""関西電工株式会社 人材開発室 御中

お世話になっております。松本です。
8月の管理職研修で使用するロールプレイ事例（案）をお送りします。
いずれも架空の事例で、実在の人物・企業とは関係ありません。

【事例A】営業課の「青木 翔太」さん（28歳・架空）
最近遅刻が増え、会議中もぼんやりしている。上司として、どのように声をかけるか。

【事例B】経理課の「森山 京子」さん（45歳・架空）
親の介護で早退が続いている。本人は「大丈夫です」と言うが、ミスが増えている。

受講者には、否定せずに話を聴く・専門窓口につなぐ、の2点を練習していただきます。
""" + SIG_MATSU),

dict(expect="pass", kind="benign.bcc_newsletter",
 why="Newsletter to client HR contacts with all addresses in Bcc.",
 frm=OGAWA, to=[OGAWA],
 bcc=["yoshimura@naniwa-bussan.example.co.jp","jinji@yodogawa-seiko.example.co.jp","hr@shinsaibashi-retail.example.jp","soumu@kansai-denko.example.co.jp",
      "jinji@sakai-marine.example.co.jp","hr-team@osaka-ts.example.com","kenko@kishiwada-foods.example.co.jp","jinji@hanshin-butsuryu.example.jp",
      "hr@umekita-digital.example.jp","soumu@kyobashi-kensetsu.example.co.jp","anzen@nishinomiya-chem.example.co.jp","jinji@awaji-tourism.example.jp"],
 subject="こころリンク通信 2025年夏号",
 text="""ご契約企業 人事ご担当者様
（BCCにて配信しております）

こころリンク通信 夏号をお届けします。

■ 特集：健康経営優良法人2026 の申請に向けて
　メンタルヘルス対策の評価項目と、EAP利用率の示し方を解説します。
■ データで見る相談傾向
　全契約企業の相談件数は前年比 +12%。20代の「キャリア不安」が増加しています。
■ 障害者雇用率 2.7% 引き上げに向けた職場定着支援のポイント
■ 9月開催 セルフケア研修のご案内

バックナンバーは当社ウェブサイトからご覧いただけます。
""" + SIG_OGAWA),
]
