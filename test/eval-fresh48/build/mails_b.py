# Org B: ひだまり居宅介護支援事業所 (19 mails)
from common import *

MAILS = [
M(expect="hold", kind="sensitive.health", where="body",
  why="Care-conference summary to a day-service partner names the user and gives dementia and insulin-treated diabetes.",
  **{"from": B_MORI}, to=["デイサービスあおぞら 生活相談員 小林様 <soudan@dayservice-aozora.example.jp>"],
  subject="サービス担当者会議の要点（5/12開催分）",
  text=f"""デイサービスあおぞら
生活相談員　小林様

いつもお世話になっております。ひだまりの森です。
先日のサービス担当者会議の要点を共有いたします。

■利用者：加藤 フミ子 様（87歳・要介護2）
■主な病名：アルツハイマー型認知症、2型糖尿病（インスリン自己注射、朝1回）
■確認事項
　・昼食前の血糖測定はご本人が忘れがちなため、声かけをお願いします
　・入浴は週2回（火・金）、足の傷の有無を確認し、あれば当方と訪問看護へ連絡
　・帰宅願望が強くなる15時頃に、塗り絵等の作業を提案

次回のモニタリングは6月第2週を予定しています。

{SIG_MORI}""",
  personal=[{"type":"name","value":"加藤 フミ子"},{"type":"diagnosis","value":"アルツハイマー型認知症"}]),

M(expect="pass", kind="benign.meeting_arrangement", where="none",
  why="Arranging attendance at a municipal training session; only staff names and times.",
  **{"from": B_OKADA}, to=["川口市 介護保険課 研修担当 <kaigo-kenshu@city-kawaguchi.example.lg.jp>"],
  subject="【出席連絡】令和7年度 ケアマネジャー法定外研修（6/18）",
  text=f"""川口市 介護保険課
研修ご担当者様

標記研修につき、当事業所から下記2名が出席いたします。

　１．森 早苗（主任介護支援専門員）
　２．三浦 彩（介護支援専門員）

当日は事例検討のグループワークがあると伺いましたが、事例は個人が特定されない形に
加工して持参いたします。
駐車場の利用可否をご教示いただけますと幸いです。

{SIG_OKADA}"""),

M(expect="hold", kind="id.care_insurance", where="body",
  why="The user's long-term-care insurance number and health-insurance number are sent to a welfare-equipment rental company.",
  **{"from": B_MIURA}, to=["ケアリース東日本 川口営業所 <kawaguchi@carelease-e.example.jp>"],
  subject="特殊寝台レンタル開始のお願い（6/2〜）",
  text=f"""ケアリース東日本
川口営業所　ご担当者様

お世話になっております。ひだまりの三浦です。
下記の方について、6月2日からの特殊寝台・付属品のレンタル開始をお願いいたします。

　利用者：原 清 様（82歳）
　住所：川口市芝中田1-22-9
　電話：048-262-5517
　介護保険被保険者番号：0001248736
　後期高齢者医療 被保険者番号：39114827
　要介護度：要介護3（認定有効期間 R7.4.1〜R9.3.31）

搬入時は長女の 原 美智子 様（携帯 080-2291-6604）が立ち会われます。

{SIG_MIURA}""",
  personal=[{"type":"care_insurance","value":"0001248736"},{"type":"health_insurance","value":"39114827"},{"type":"name","value":"原 清"},{"type":"address","value":"川口市芝中田1-22-9"}]),

M(expect="pass", kind="benign.visit_restriction_notice", where="none",
  why="Passing on a hospital's general visiting restriction for influenza; no patient or user is named.",
  **{"from": B_MORI}, to=["訪問看護ステーションつむぎ <info@houkan-tsumugi.example.jp>"],
  subject="川口中央病院の面会制限について（共有）",
  text=f"""訪問看護ステーションつむぎ 御中

お世話になっております。森です。
川口中央病院 地域連携室から、インフルエンザ流行に伴う面会制限の連絡がありましたので共有します。

・期間：1月20日〜当面の間
・面会：1回15分、1日2名まで、中学生以下は不可
・入退院支援カンファレンスはオンライン（Zoom）を原則とする

該当する利用者さんの退院調整は、個別にご連絡いたします。

{SIG_MORI}"""),

M(expect="hold", kind="list.care_users", where="attachment",
  why="Attached CSV lists care users with addresses, phones and care levels; the body just says it is for shift planning.",
  **{"from": B_OKADA}, to=["ヘルパーステーションみらい サービス提供責任者 <sateki@helper-mirai.example.jp>"],
  subject="7月分 シフト調整用データ",
  text=f"""ヘルパーステーションみらい
サービス提供責任者様

7月分のシフト調整用に、データを添付いたします。
ご確認のうえ、調整が難しい枠があれば今週中にお知らせください。

{SIG_OKADA}""",
  attachments=[{"filename":"july_users.csv","contentType":"text/csv",
   "text":"""利用者名,住所,電話,要介護度,サービス,曜日
佐野 キヨ,川口市青木3-4-12,048-251-3390,要介護1,生活援助,月・木
大竹 正男,川口市幸町2-8-1-505,048-258-7724,要介護2,身体介護,火・金
金子 ハル,川口市栄町1-17-3,048-255-0162,要介護3,身体介護,毎日
渡部 勇,川口市本町4-2-26,048-222-9041,要支援2,生活援助,水"""}],
  personal=[{"type":"name","value":"佐野 キヨ"},{"type":"address","value":"川口市青木3-4-12"},{"type":"phone","value":"048-251-3390"},{"type":"name","value":"大竹 正男"}]),

M(expect="pass", kind="benign.product_order", where="none",
  why="Welfare-equipment catalogue inquiry; katakana product names look like given names, numbers are JAN codes and order numbers.",
  **{"from": B_MIURA}, to=["ケアリース東日本 川口営業所 <kawaguchi@carelease-e.example.jp>"],
  subject="デモ機貸出のお願い（ハルカ／ミドリ）",
  text=f"""ケアリース東日本
川口営業所　ご担当者様

お世話になっております。三浦です。
事業所内の勉強会用に、下記デモ機を1週間お借りできますでしょうか。

　・歩行器「ハルカ」Mサイズ　JAN 4582379104418
　・自走式車いす「ミドリ ネクスト」　JAN 4582379207119
　・体圧分散マットレス「ソフィア」　品番 SF-900

前回の貸出（受付No. CL-24-11872）と同じく、6月9日搬入・16日回収でお願いできれば幸いです。
勉強会の参加者は介護支援専門員5名です。

{SIG_MIURA}"""),

M(expect="hold", kind="sensitive.health", where="quoted",
  why="The forwarded family message names the user's new cancer diagnosis and hospital stay; the cover note gives no detail.",
  **{"from": B_MORI}, to=["訪問看護ステーションつむぎ 所長 今井様 <imai@houkan-tsumugi.example.jp>"],
  subject="Fwd: 母の件",
  text=f"""今井所長

ご家族から下記のメールが届きました。来週の訪問再開の前にご一読ください。

森

---------- Forwarded message ---------
From: 石川 直美 <naomi.ishikawa.0412@docomo.ne.jp>
Date: 2025年5月19日(月) 21:08
Subject: 母の件
To: 森 早苗 <s.mori@hidamari-kyotaku.example.jp>

森さん

いつもありがとうございます。母（石川 トシ）ですが、先週の検査で膵臓がんが見つかり、
主治医からは手術は難しく、緩和ケア中心で考えるよう言われました。
本人にはまだ告知していません。来週退院予定です。
訪問の方には、病名を本人の前で出さないようお伝えいただけますか。

石川 直美

{SIG_MORI}""",
  personal=[{"type":"name","value":"石川 トシ"},{"type":"diagnosis","value":"膵臓がん"}]),

M(expect="pass", kind="benign.own_data_to_subject", where="none",
  why="The care-plan copy goes to the user himself at his own address at his request.",
  **{"from": B_MORI}, to=["nakajima.shigeru@jcom.example.ne.jp"],
  subject="ケアプランの控えをお送りします",
  text=f"""中島 茂 様

いつもお世話になっております。ひだまりの森です。
先日ご要望のあった、ケアプラン（居宅サービス計画書 第1表・第2表）の控えを
PDFでお送りいたします。ご自身のパソコンで保管したいとのことでしたので、
ご本人様のアドレスにのみお送りしております。

・長期目標：杖を使って近所のスーパーまで一人で買い物に行ける
・短期目標：週2回のリハビリで、膝の痛みを自分で管理できる
・サービス：通所リハビリ（火・金）、福祉用具（四点杖）

内容に違和感のあるところがあれば、次回訪問時（6/10）にお聞かせください。

{SIG_MORI}""",
  attachments=[{"filename":"careplan_nakajima_202506.pdf","contentType":"application/pdf",
   "text":"居宅サービス計画書（1）\n利用者名 中島 茂 殿\n総合的な援助の方針：変形性膝関節症による痛みと付き合いながら、自宅での一人暮らしを続けられるよう支援します。"}]),

M(expect="hold", kind="sensitive.third_party_infection", where="body",
  why="A reply to a user's daughter names another user who tested positive for norovirus at the day service.",
  **{"from": B_MIURA}, to=["suzuki.kaori77@gmail.com"],
  subject="Re: デイのお休みについて",
  text=f"""鈴木 香織 様

ご連絡ありがとうございます。三浦です。
お母様のデイサービスのお休みの件、承知いたしました。

ご心配されていた件ですが、デイで同じテーブルだった 野口 サダ子 さんが
ノロウイルスと診断されたため、今週は利用者さん全員の健康観察を強化しているそうです。
お母様に吐き気や下痢などの症状があれば、すぐにご連絡ください。

来週月曜の再開については、金曜日にデイと相談してご連絡します。

> 鈴木 香織 wrote:
> 母がデイで胃腸炎がはやっていると話していて心配です。今週は休ませてもいいでしょうか。

{SIG_MIURA}""",
  personal=[{"type":"name","value":"野口 サダ子"},{"type":"infection","value":"ノロウイルスと診断"}]),

M(expect="pass", kind="benign.it_outage_bcc", where="none",
  why="Notice of a care-software outage ('障害') sent to partner offices in Bcc.",
  **{"from": B_OKADA}, to=["k.okada@hidamari-kyotaku.example.jp"],
  bcc=["info@houkan-tsumugi.example.jp","soudan@dayservice-aozora.example.jp","sateki@helper-mirai.example.jp",
       "kawaguchi@carelease-e.example.jp","renkei@kawaguchi-chuo-hp.example.jp","houkatsu-shiba@city-kawaguchi.example.lg.jp",
       "info@tsusho-reha-hikari.example.jp","office@shortstay-kaede.example.jp"],
  subject="【お詫び】介護ソフト障害に伴う提供票送付遅延について",
  text=f"""関係事業所の皆様（BCCにて一斉送信しております）

いつもお世話になっております。ひだまり居宅介護支援事業所の岡田です。

当事業所で使用している介護ソフトに障害が発生し、6月分サービス提供票の送付が遅れております。
ベンダーからは、サーバー側の障害で本日18時に復旧見込みとの連絡を受けています。
（障害管理番号：KS-INC-250528-03）

復旧後、順次FAXでお送りいたします。ご迷惑をおかけし申し訳ございません。

{SIG_OKADA}"""),

M(expect="hold", kind="attachment.encrypted_zip", where="zip",
  why="Password-protected zip sent to the hospital's regional liaison office (PPAP).",
  **{"from": B_OKADA}, to=["川口中央病院 地域連携室 <renkei@kawaguchi-chuo-hp.example.jp>"],
  subject="退院前カンファレンス資料の送付",
  text=f"""川口中央病院
地域医療連携室 ご担当者様

明後日の退院前カンファレンスに向けて、当方で作成した資料をお送りします。
ファイルにはパスワードを設定しております。パスワードは別途お電話でお伝えします。

{SIG_OKADA}""",
  attachments=[{"filename":"taiin_conf_0530.zip","contentType":"application/zip","encrypted":True}]),

M(expect="pass", kind="benign.aggregate_report", where="none",
  why="Report to the care-manager association with aggregate numbers from a dementia-care workshop.",
  **{"from": B_OKADA}, to=["川口市介護支援専門員協会 事務局 <jimukyoku@kawaguchi-cm.example.jp>"],
  subject="認知症ケア研修 実施報告",
  text=f"""川口市介護支援専門員協会
事務局 御中

5月24日に当事業所で開催した「認知症ケア研修（BPSDへの対応）」の実施報告です。

　参加者：23名（居宅12、包括4、施設7）
　アンケート回答：21名（満足・やや満足 19名）
　要望の多かったテーマ：若年性認知症の就労支援、家族介護者の支援（各8件）

講師の 杉山 先生（認知症看護認定看護師）には次回も依頼予定です。
報告書の様式は協会指定のものを添付いたします。

{SIG_OKADA}"""),

M(expect="hold", kind="sensitive.health", where="subject",
  why="The subject line names a user and reports a fall with fracture during short stay; body is a bare follow-up.",
  **{"from": B_MORI}, to=["ショートステイかえで 相談員 <office@shortstay-kaede.example.jp>"],
  subject="【至急】山下 トメ様 ショートステイ中の転倒・大腿骨骨折について",
  text=f"""ショートステイかえで
相談員様

先ほどはお電話ありがとうございました。森です。
ご家族への説明の内容と今後の対応について、明日の打ち合わせで詳しく伺えればと思います。
11時にそちらへお伺いします。

{SIG_MORI}""",
  personal=[{"type":"name","value":"山下 トメ"},{"type":"diagnosis","value":"大腿骨骨折"}]),

M(expect="pass", kind="benign.religious_corp_venue", where="none",
  why="Booking a temple hall (a 宗教法人 as venue landlord) for a community care meeting.",
  **{"from": B_OKADA}, to=["宗教法人 光明寺 寺務所 <jimusho@komyoji-kawaguchi.example.jp>"],
  subject="地域ケア会議の会場お借りの件（7/15）",
  text=f"""宗教法人 光明寺
寺務所 御中

いつも大変お世話になっております。ひだまりの岡田です。
昨年に引き続き、7月15日（火）13:30〜16:00、客殿を地域ケア会議の会場としてお借りできますでしょうか。
参加予定は地域包括支援センター、民生委員、介護事業所など約25名です。

使用料は前回同様、当事業所の法人口座からお振込みいたします。
ご住職にもよろしくお伝えくださいませ。

{SIG_OKADA}"""),

M(expect="hold", kind="sensitive.social_status", where="body",
  why="A named user's welfare (生活保護) status and dementia are given to a private serviced-housing operator.",
  **{"from": B_MIURA}, to=["サ高住 ゆずの里 入居相談 <nyukyo@yuzunosato.example.jp>"],
  subject="入居のご相談（男性・78歳）",
  text=f"""サービス付き高齢者向け住宅 ゆずの里
入居相談ご担当者様

お世話になっております。ひだまりの三浦です。
先日お電話でご相談した方について、概要をお送りします。

　氏名：村田 義男 様（78歳・独居）
　現住所：川口市飯塚2-5-11 コーポ飯塚103
　経済状況：生活保護受給中（川口市 生活福祉課 ケースワーカー 横山様）
　健康状態：脳血管性認知症（軽度）、服薬管理に支援が必要
　家族：弟様が県外在住、関わりは薄い

家賃が住宅扶助の上限内に収まるお部屋があるか、ご確認いただけますでしょうか。

{SIG_MIURA}""",
  personal=[{"type":"name","value":"村田 義男"},{"type":"welfare","value":"生活保護受給中"},{"type":"diagnosis","value":"脳血管性認知症"}]),

M(expect="pass", kind="benign.successor_intro", where="none",
  why="Introduction of a new care manager to partner offices; staff names and contact numbers only.",
  **{"from": B_MIURA}, to=["ヘルパーステーションみらい <sateki@helper-mirai.example.jp>","デイサービスあおぞら <soudan@dayservice-aozora.example.jp>"],
  cc=[B_MORI],
  subject="担当ケアマネジャー変更のご挨拶",
  text=f"""関係事業所の皆様

いつもお世話になっております。ひだまり居宅介護支援事業所の三浦です。
7月1日より、森が担当していた芝地区の利用者様の一部を、私 三浦が引き継ぐことになりました。
対象の利用者様については、引継ぎ訪問の際に個別にお知らせいたします。

森は引き続き主任ケアマネジャーとして在籍しておりますので、困難事例のご相談は従来どおり森へお願いします。
至らぬ点も多いかと存じますが、よろしくお願い申し上げます。

{SIG_MIURA}"""),

M(expect="hold", kind="personal.complaint", where="body",
  why="A neighbour's complaint with the complainant's own name, address and phone is passed to the community support centre.",
  **{"from": B_MORI}, to=["川口市芝地域包括支援センター <houkatsu-shiba@city-kawaguchi.example.lg.jp>"],
  subject="近隣住民からの苦情の共有（芝中田地区）",
  text=f"""芝地域包括支援センター
ご担当者様

ひだまりの森です。担当利用者様の件で、近隣の方から当事業所に苦情のお電話がありましたので共有します。

【連絡者】
　氏名：堀内 恵美 様
　住所：川口市芝中田1-22-11（利用者宅の隣家）
　電話：090-7713-2046
【内容】
　利用者宅の庭にごみ袋が積み上がり、夜間に異臭がする。本人に直接言うと怒鳴られるので
　行政から何とかしてほしい、とのこと。

セルフネグレクトの可能性もあるため、一度合同で訪問できればと考えています。

{SIG_MORI}""",
  personal=[{"type":"name","value":"堀内 恵美"},{"type":"address","value":"川口市芝中田1-22-11"},{"type":"phone","value":"090-7713-2046"}]),

M(expect="pass", kind="benign.training", where="none",
  why="Infection-control training dates for staff; '感染' is a general training topic with no patient.",
  **{"from": B_MORI}, to=["訪問看護ステーションつむぎ 今井所長 <imai@houkan-tsumugi.example.jp>"],
  subject="合同研修（感染対策）のご相談",
  text=f"""今井所長

いつもありがとうございます。森です。
今年度の業務継続計画（BCP）の見直しに合わせて、感染対策の合同研修をお願いできないかと考えています。

案：
　・日時：7月8日（火）14:00〜15:30 もしくは 7月10日（木）同時間
　・内容：標準予防策、訪問時のガウン・手袋の着脱、感染症発生時の連絡フロー
　・参加：当事業所5名、ヘルパーステーションみらい 約8名

講師料の目安も併せてお知らせいただけると助かります。

{SIG_MORI}"""),

M(expect="hold", kind="id.bank_account", where="attachment",
  why="The attached direct-debit form carries a user's private postal-bank account; the body only says the form is attached.",
  **{"from": B_OKADA}, to=["ヘルパーステーションみらい 事務 <jimu@helper-mirai.example.jp>"],
  subject="口座振替依頼書の送付",
  text=f"""ヘルパーステーションみらい
事務ご担当者様

先日ご依頼の書類を、ご家族から預かりましたので添付にてお送りします。
原本は次回の訪問時にヘルパーさんへお渡しします。

{SIG_OKADA}""",
  attachments=[{"filename":"furikae_irai.pdf","contentType":"application/pdf",
   "text":"""預金口座振替依頼書
ご利用者名：金子 ハル
預金者名：金子 ハル
金融機関：ゆうちょ銀行　記号 10380　番号 42716591
引落開始月：2025年7月分
届出印：（押印あり）"""}],
  personal=[{"type":"name","value":"金子 ハル"},{"type":"bank_account","value":"記号 10380　番号 42716591"}]),
]
