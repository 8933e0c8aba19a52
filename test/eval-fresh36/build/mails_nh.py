from common import *

MAILS = []
A = MAILS.append

# ---------------- PASS ----------------
A(m(_key="nh_newsletter", expect="pass", kind="benign.newsletter",
  why="Monthly newsletter to families via Bcc naming staff and volunteer groups only.",
  frm=AIZAWA, to=[AIZAWA], bcc=["kanako.murai@docomo.ne.jp", "miho.k1964@yahoo.co.jp", "hasegawa.makoto@gmail.com", "t.ishihara@nifty.com", "yoshiko-m@ezweb.ne.jp", "ken.sano@icloud.com"],
  subject="さくらの杜だより 12月号",
  text=f"""ご家族の皆様

日頃より当施設の運営にご理解とご協力をいただき、誠にありがとうございます。
12月の行事予定とお知らせです。

◆12月の行事
 ・12/14(土)14:00〜 クリスマス会(1階 多目的ホール)
   地域の合唱団「ひだまりコール」の皆さんが今年も来てくださいます。
 ・12/21(土)10:30〜 餅つき大会(中庭、雨天時はホール)
 ・12/28(土)   年越しそばの日

◆職員の異動・入職
 ・2階西ユニットに介護職の佐々木 遥(ささき はるか)が入職しました。
 ・栄養士の今泉 陽子が産休に入り、1月から管理栄養士 深沢 恵が担当します。

◆面会について
 年末年始(12/29〜1/3)の面会は予約制となります。お電話(0463-71-2208)でご予約ください。

寒さが厳しくなります。ご家族の皆様もどうぞご自愛ください。

{SIG_AIZAWA}"""))

A(m(_key="nh_vaccine_plan", expect="pass", kind="benign.aggregate_health",
  why="Influenza vaccination schedule with aggregate counts only, to the partner clinic.",
  frm=NOMURA, to=["あおばクリニック 事務 <jimu@aoba-clinic.jp>"],
  cc=["川端 健 <kawabata@sakuranomori.or.jp>"],
  subject="インフルエンザ予防接種(入所者・職員)日程のご相談",
  text=f"""あおばクリニック 事務ご担当者様

いつもお世話になっております。さくらの杜 看護の野村です。
今年度のインフルエンザ予防接種について、下記の内容でお願いできればと思います。

 入所者:96名中 同意取得91名(ご家族確認済み)
  1回目 11/12(火)14:00〜 45名(1階・2階東)
  2回目 11/19(火)14:00〜 46名(2階西・3階)
 職員:58名中 希望52名
  11/12、11/19 それぞれ入所者接種後に実施

ワクチンの発注数は入所者91+職員52+予備5=148本でお願いします。
予診票は施設で事前に記入し、当日お渡しします。

{SIG_NOMURA}"""))

A(m(_key="nh_billing_family", expect="pass", kind="benign.own_data",
  why="Billing reply to the resident's guarantor daughter with the facility's corporate account; no health data.",
  _border="Invoice details about a resident sent to her registered guarantor (daughter) treated as pass: billing information to the contracted payer, no health data.",
  frm=AIZAWA, to=["村井 加奈子 様 <kanako.murai@docomo.ne.jp>"],
  subject="Re: 11月分ご利用料について",
  text=f"""村井 加奈子 様

お問い合わせありがとうございます。相沢です。
お母様(村井 トシ 様)の11月分ご利用料の内訳は下記のとおりです。

 介護サービス費(1割負担分) 25,840円
 居住費(ユニット型個室) 61,980円
 食費 43,350円
 日常生活費(理美容1回含む) 3,300円
 合計 134,470円

10月分より増えているのは、理美容代と、11月が30日間のためです。
お振込みの場合は下記口座へお願いいたします。

 横浜湘南銀行 桜台支店 普通 3318402
 社会福祉法人恵和会 特別養護老人ホームさくらの杜

ご不明な点がありましたらいつでもご連絡ください。

{SIG_AIZAWA}

> 相沢様
> 11月分の請求額が先月より多いようなのですが、内訳を教えていただけますか。
> 村井"""))

A(m(_key="nh_condolence", expect="pass", kind="benign.condolence",
  why="Condolence and arrangements for belongings to the family of a deceased resident.",
  frm=KAWABATA, to=["長谷川 誠 様 <hasegawa.makoto@gmail.com>"],
  subject="御礼とお荷物のお引き取りについて",
  text=f"""長谷川 誠 様

このたびは、御尊父 長谷川 幸三 様のご逝去に際し、心よりお悔やみ申し上げます。
6年間にわたり当施設でお過ごしいただき、職員一同、幸三様の穏やかな笑顔と、将棋を指しながらのお話にたくさん励まされました。

お部屋のお荷物につきましては、ご都合のよい日時にお引き取りいただければ幸いです。12月中であれば平日・土曜の10時〜16時で対応いたします。
大型の家具(タンス・テレビ台)は、ご希望があれば施設で処分の手配も可能です。

ご家族の皆様もどうかご無理をなさいませんように。

{SIG_KAWABATA}"""))

A(m(_key="nh_disability_rate", expect="pass", kind="benign.aggregate_health",
  why="Disability employment rate report in aggregate to the labour consultant; no names.",
  frm=KAWABATA, to=["みどり社会保険労務士事務所 緑川先生 <midorikawa@midori-sr.jp>"],
  subject="障害者雇用状況報告書(6/1現在)の数字について",
  text=f"""緑川先生

お世話になっております。川端です。
障害者雇用状況報告の件、法人全体の数字を下記のとおりお送りします。

 常用労働者数:82名(短時間労働者 14名を含む)
 算定基礎労働者数:75.0
 障害者数(算定):3.0(重度1名=2カウント、その他1名)
 実雇用率:4.00%(法定雇用率 2.5%)

また、健康経営優良法人の申請について、ストレスチェック受検率(92%)と定期健診受診率(100%)も記入が必要とのことでしたので併せてお知らせします。

{SIG_KAWABATA}"""))

A(m(_key="nh_bed_order", expect="pass", kind="benign.product_names",
  why="Equipment order with katakana product names that look like given names and serial numbers.",
  frm=KAWABATA, to=["ケアテック販売 営業部 三宅様 <miyake@caretech-hanbai.co.jp>"],
  subject="発注:リクライニング車いす「エミリア」2台・エアマット「マリー」3枚",
  text=f"""ケアテック販売株式会社
三宅様

お世話になっております。先日のお見積(No. CT-24-1187)のとおり発注いたします。

 ・リクライニング車いす「エミリア」EM-22(ブルー) 2台
 ・エアマットレス「マリー」MR-900 3枚
 ・体位変換クッション「ソフィ」SF-10 6個

納品時に、現在修理中の「エミリア」(製造番号 EM22-0813457)の返却もお願いします。
納品先:さくらの杜 1階 倉庫(搬入口は裏手駐車場側)

{SIG_KAWABATA}"""))

A(m(_key="nh_volunteer", expect="pass", kind="benign.event",
  why="Volunteer event coordination naming the choir leader; no resident data.",
  frm=AIZAWA, to=["ひだまりコール 代表 岩瀬様 <iwase.hidamari@gmail.com>"],
  subject="12/14 クリスマス会のご出演について",
  text=f"""ひだまりコール 岩瀬 久美子 様

今年もクリスマス会へのご出演をお引き受けいただき、ありがとうございます。
当日の流れをお送りします。

 13:30 到着・控室(2階 会議室)
 14:00 開会(施設長あいさつ)
 14:10 ひだまりコール様 合唱(約30分)
     「ジングルベル」「きよしこの夜」「ふるさと」ほか
 14:45 入所者の皆さんと一緒に「見上げてごらん夜の星を」
 15:00 茶話会

駐車場は正面に3台分確保しております。ピアノは調律済みです。

{SIG_AIZAWA}"""))

A(m(_key="nh_noro_aggregate", expect="pass", kind="benign.aggregate_health",
  why="Norovirus outbreak notice to families with counts only and no resident names.",
  _border="Outbreak notice to all families: counts and unit only (3 residents), no names, so pass.",
  frm=KAWABATA, to=[KAWABATA], bcc=["kanako.murai@docomo.ne.jp", "miho.k1964@yahoo.co.jp", "t.ishihara@nifty.com", "yoshiko-m@ezweb.ne.jp", "ken.sano@icloud.com", "a.kojima@jcom.zaq.ne.jp"],
  subject="【重要】感染性胃腸炎の発生と面会制限のお知らせ",
  text=f"""ご家族の皆様

12月8日(日)以降、2階東ユニットにおいて入所者3名に嘔吐・下痢の症状がみられ、協力医療機関の検査でノロウイルスによる感染性胃腸炎と判断されました。
いずれの方も症状は落ち着いており、入院が必要な方はいらっしゃいません。

当施設では以下の対応をとっております。
 ・2階東ユニットのゾーニング(隔離)と、職員の担当固定
 ・全館の次亜塩素酸ナトリウムによる消毒
 ・12月9日〜当面の間、全館の面会を中止(オンライン面会は可能です)
 ・星野市 高齢福祉課および保健所へ報告済み

ご心配をおかけし申し訳ございません。再開の際は改めてご連絡いたします。

{SIG_KAWABATA}"""))

A(m(_key="nh_committee_minutes", expect="pass", kind="benign.minutes",
  why="Operating committee minutes with committee members' names and aggregate incident statistics.",
  frm=AIZAWA, to=["星野市 高齢福祉課 加藤様 <kato-y@city.hoshino.lg.jp>", "桜台地域包括支援センター 吉岡様 <yoshioka@sakuradai-houkatsu.jp>"],
  cc=["川端 健 <kawabata@sakuranomori.or.jp>"],
  subject="第3回 運営推進会議 議事録(案)送付",
  text=f"""星野市 高齢福祉課 加藤様
桜台地域包括支援センター 吉岡様

先日はご出席ありがとうございました。議事録(案)をお送りします。修正があれば12/20までにお知らせください。

第3回 運営推進会議 議事録(案)
日時:2024年11月29日(金)14:00〜15:30
出席:加藤 裕子(星野市高齢福祉課)、吉岡 達也(桜台地域包括支援センター)、
   大西 正義(桜台自治会長)、小泉 澄江(民生委員)、家族代表 1名、
   川端(施設長)、野村(看護主任)、相沢(生活相談員・記録)

1.利用状況(10月末):入所 96名(定員100名)、平均要介護度 4.1、ショートステイ稼働率 88%
2.事故報告(4〜10月):計12件(転倒・転落 8件、誤薬 2件、その他 2件)。骨折を伴うもの1件。
3.苦情:2件(面会予約の電話がつながりにくい/駐車場の誘導)→ 予約専用回線を設置
4.地域交流:夏祭り(来場者約180名)、中学生職場体験(3名)
5.意見交換:大西自治会長より、災害時の福祉避難所協定について要望あり。

{SIG_AIZAWA}"""))

# ---------------- HOLD ----------------
A(m(_key="nh_summary", expect="hold", kind="sensitive.medical",
  why="Nursing summary with a named resident's diagnoses and medications sent to a hospital.",
  frm=NOMURA, to=["星野総合病院 地域連携室 <renkei@hoshino-hp.jp>"],
  subject="看護サマリー送付(本日入院予定 石原様)",
  text=f"""星野総合病院 地域連携室 ご担当者様

本日救急搬送となりました入所者の看護サマリーをお送りします。

 氏名:石原 ハル 様(女性、大正15年3月8日生、98歳)
 要介護度:要介護5
 既往歴:アルツハイマー型認知症、心房細動、2型糖尿病、仙骨部褥瘡(DESIGN-R d2)
 内服:エリキュース錠2.5mg 2錠分2、メマリー錠20mg 1錠、グラクティブ錠50mg 1錠
 ADL:全介助、食事はミキサー食・とろみ付き
 搬送理由:12/9 朝から発熱38.9℃、SpO2 88%、誤嚥性肺炎の疑い

キーパーソン:長男 石原 隆 様(連絡は施設経由でお願いします)

{SIG_NOMURA}""",
  personal=[{"type": "name", "value": "石原 ハル"}, {"type": "date_of_birth", "value": "大正15年3月8日生"}, {"type": "diagnosis", "value": "アルツハイマー型認知症、心房細動、2型糖尿病"}]))

A(m(_key="nh_meal_list", expect="hold", kind="list.residents",
  why="Resident list with names, birth dates, care levels and diseases sent to the catering vendor.",
  frm=AIZAWA, to=["ヘルシーキッチン株式会社 栄養管理課 <eiyo@healthy-kitchen.co.jp>"],
  subject="1月からの食事オーダー(2階西ユニット)",
  text=f"""ヘルシーキッチン 栄養管理課 ご担当者様

1月からの2階西ユニットの食事オーダー表を送ります。変更者には★をつけています。

{SIG_AIZAWA}""",
  attachments=[{"filename": "2F-west_meal_order_202501.csv", "contentType": "text/csv",
    "text": "居室,氏名,生年月日,要介護度,食形態,アレルギー,疾患・制限\n201,青木 ミツ,1931/04/02,4,きざみ,なし,糖尿病(1400kcal)\n202,★ 上野 富士子,1936/11/19,5,ミキサー・とろみ中,えび,慢性腎不全(減塩6g・たんぱく制限)\n203,江口 重雄,1929/07/25,3,常食,なし,高血圧(減塩)\n205,★ 大久保 フミ,1933/01/07,5,ゼリー食,卵,嚥下障害・胃ろう併用\n206,柏木 清,1940/09/30,4,軟菜,そば,パーキンソン病\n"}],
  personal=[{"type": "name", "value": "上野 富士子"}, {"type": "date_of_birth", "value": "1936/11/19"}, {"type": "diagnosis", "value": "慢性腎不全"}, {"type": "name", "value": "柏木 清"}, {"type": "diagnosis", "value": "パーキンソン病"}]))

A(m(_key="nh_scabies_family", expect="hold", kind="sensitive.medical",
  why="Reply to a resident's daughter names another resident's scabies diagnosis.",
  frm=AIZAWA, to=["小林 美穂 様 <miho.k1964@yahoo.co.jp>"],
  subject="Re: 母の部屋の移動について",
  text=f"""小林 美穂 様

ご連絡ありがとうございます。急なお部屋の移動でご心配をおかけしました。
実は、同室の佐野 キヨ 様が先週、皮膚科で疥癬と診断されたため、予防的にお母様には305号室へ移っていただきました。
お母様には現在のところ症状は出ておりませんが、念のため2週間は皮膚の状態を毎日確認いたします。

ご不明な点がありましたら、いつでもご連絡ください。

{SIG_AIZAWA}

> 相沢さん
> 昨日面会に行ったら母の部屋が変わっていて驚きました。何かあったのでしょうか。
> 小林""",
  personal=[{"type": "name", "value": "佐野 キヨ"}, {"type": "diagnosis", "value": "疥癬と診断"}]))

A(m(_key="nh_healthcheck", expect="hold", kind="sensitive.health_check",
  why="A named care worker's health-check results sent to an external occupational physician.",
  frm=KAWABATA, to=["しののめ産業保健クリニック 東雲先生 <shinonome@shinonome-sangyo.jp>"],
  subject="就業判定のご相談(夜勤者 1名)",
  text=f"""東雲先生

いつもお世話になっております。さくらの杜 川端です。
定期健診の結果、下記職員について夜勤継続の可否のご意見をいただきたくご連絡しました。

 氏名:中川 拓也(介護職、38歳、夜勤 月5回)
 健診結果:血圧 178/104、HbA1c 8.9%、γ-GTP 212、要精密検査(判定D)
 本人申告:夜勤明けの頭痛、最近は通院を中断しているとのこと

12月の面談日程をご調整いただけますでしょうか。

{SIG_KAWABATA}""",
  personal=[{"type": "name", "value": "中川 拓也"}, {"type": "health_check", "value": "血圧 178/104、HbA1c 8.9%、γ-GTP 212"}]))

A(m(_key="nh_insurance_pharmacy", expect="hold", kind="id.health_insurance",
  why="Residents' long-term-care and health-insurance numbers sent to a pharmacy.",
  frm=NOMURA, to=["ひまわり薬局 桜台店 <sakuradai@himawari-ph.co.jp>"],
  subject="新規入所者2名の保険情報(12/16入所)",
  text=f"""ひまわり薬局 桜台店 薬剤師の皆様

12/16入所の2名分の処方箋受付のため、保険情報をお知らせします。

1) 西田 タケ 様 昭和5年6月2日生
  介護保険被保険者番号 0001482736
  後期高齢者医療被保険者証 保険者番号 39142081 被保険者番号 10428817

2) 平松 勇 様 昭和10年12月24日生
  介護保険被保険者番号 0001519904
  後期高齢者医療被保険者証 保険者番号 39142081 被保険者番号 10533092

持参薬の一覧は入所日にお渡しします。

{SIG_NOMURA}""",
  personal=[{"type": "name", "value": "西田 タケ"}, {"type": "health_insurance", "value": "介護保険被保険者番号 0001482736"}, {"type": "health_insurance", "value": "被保険者番号 10428817"}, {"type": "name", "value": "平松 勇"}, {"type": "health_insurance", "value": "被保険者番号 10533092"}]))

A(m(_key="nh_debit_pdf", expect="hold", kind="id.bank_account",
  why="The attached direct-debit forms carry guarantors' private bank accounts; the body only says forms are attached.",
  _where="attachment only",
  frm=AIZAWA, to=["ジャパン収納サービス 口座振替センター <kouza@jp-shuno.co.jp>"],
  subject="口座振替依頼書 送付(1月振替開始分)",
  text=f"""ジャパン収納サービス 口座振替センター ご担当者様

1月振替開始分の口座振替依頼書(2件)をPDFで送付いたします。原本は本日郵送しました。

{SIG_AIZAWA}""",
  attachments=[{"filename": "kouzafurikae_202501.pdf", "contentType": "application/pdf",
    "text": "預金口座振替依頼書(1/2)\n委託者:社会福祉法人恵和会 さくらの杜  委託者番号 4471028\n利用者氏名:大久保 フミ\n預金者氏名:大久保 正人(オオクボ マサト)\n金融機関:横浜湘南銀行 平塚支店 店番 126\n預金種目:普通 口座番号 5520814\n住所:神奈川県平塚市見附町12-6\n電話:0463-22-8174\n\n預金口座振替依頼書(2/2)\n利用者氏名:西田 タケ\n預金者氏名:西田 紀子(ニシダ ノリコ)\n金融機関:ゆうちょ銀行 記号 12370 番号 61158024\n住所:神奈川県星野市桜台2-3-11\n電話:090-4027-6631"}],
  personal=[{"type": "name", "value": "大久保 正人"}, {"type": "bank_account", "value": "口座番号 5520814"}, {"type": "address", "value": "神奈川県平塚市見附町12-6"}, {"type": "name", "value": "西田 紀子"}, {"type": "bank_account", "value": "記号 12370 番号 61158024"}]))

A(m(_key="nh_mynumber", expect="hold", kind="id.mynumber",
  why="A new hire's unlabelled My Number and basic pension number sent to the labour consultant.",
  frm=KAWABATA, to=["みどり社会保険労務士事務所 緑川先生 <midorikawa@midori-sr.jp>"],
  subject="12/1入職者 資格取得届のお願い",
  text=f"""緑川先生

12/1入職の職員1名の資格取得届をお願いします。

 松田 亜美(マツダ アミ)
 生年月日 1996年4月18日
 住所 神奈川県星野市桜台1-20-5 コーポ桜201
 362187384272
 基礎年金番号 4108-227516
 雇用形態 正職員(介護職)、月給 228,000円

マイナンバーカードの写しは次回訪問時にお渡しします。

{SIG_KAWABATA}""",
  personal=[{"type": "name", "value": "松田 亜美"}, {"type": "mynumber", "value": "362187384272"}, {"type": "pension", "value": "4108-227516"}, {"type": "address", "value": "神奈川県星野市桜台1-20-5 コーポ桜201"}]))

A(m(_key="nh_complaint_fwd", expect="hold", kind="personal.complaint",
  why="Forwards a neighbour's complaint with her name, address and phone to the transport contractor; the data is only in the quoted part.",
  _where="quoted message only",
  frm=AIZAWA, to=["かもめ交通 運行管理 <unkou@kamome-kotsu.co.jp>"],
  subject="Fw: 送迎車の件(近隣の方から)",
  text=f"""かもめ交通 運行管理ご担当者様

近隣の方から下記のご意見をいただきました。ドライバーの皆様への周知をお願いいたします。

{SIG_AIZAWA}

----- Forwarded Message -----
From: 浜口 多恵子 <taeko.hamaguchi@yahoo.co.jp>
To: info@sakuranomori.or.jp
Subject: 送迎車の件

さくらの杜 御中

桜台4丁目8-5に住む浜口です。毎朝7時半ごろ、送迎車が私の家の前でエンジンをかけたまま10分以上停車していて、排気ガスと騒音に困っています。何度か運転手さんに言いましたが改善されません。
改善されない場合は市役所にも相談します。

浜口 多恵子
神奈川県星野市桜台4-8-5
TEL 0463-71-5540""",
  personal=[{"type": "name", "value": "浜口 多恵子"}, {"type": "email", "value": "taeko.hamaguchi@yahoo.co.jp"}, {"type": "address", "value": "神奈川県星野市桜台4-8-5"}, {"type": "phone", "value": "0463-71-5540"}]))

A(m(_key="nh_abuse", expect="hold", kind="sensitive.victim",
  why="Reports a named resident as a suspected victim of financial abuse by her named son to the municipality.",
  frm=KAWABATA, to=["星野市 高齢福祉課 加藤様 <kato-y@city.hoshino.lg.jp>"],
  subject="高齢者虐待(経済的虐待)の疑いに関するご相談",
  text=f"""星野市 高齢福祉課 加藤様

お世話になっております。さくらの杜 川端です。
先日お電話でご相談した件、経過をまとめてお送りします。

 入所者:森 シズエ 様(88歳、要介護4、認知症高齢者の日常生活自立度 IIIa)
 状況:年金(月約14万円)は長男の 森 健一 氏が管理しているが、8月以降の利用料(計約54万円)が未納。
    本人名義の定期預金が解約されていることを、次男の方からの連絡で把握。
    長男は面会時に「母の金をどう使おうと自由」と発言。
 施設の対応:長男と2回面談。支払いの約束はあるが履行されていない。

成年後見制度の市長申立ての可能性も含め、ご助言をお願いいたします。

{SIG_KAWABATA}""",
  personal=[{"type": "name", "value": "森 シズエ"}, {"type": "name", "value": "森 健一"}, {"type": "victim", "value": "高齢者虐待(経済的虐待)の疑い"}]))

A(m(_key="nh_ppap", expect="hold", kind="attachment.encrypted_zip",
  why="Accident report sent as a password-protected zip (PPAP).",
  frm=KAWABATA, to=["星野市 高齢福祉課 事業者指導係 <shidou@city.hoshino.lg.jp>"],
  subject="介護保険事業者 事故報告書(第1報)の提出",
  text=f"""星野市 高齢福祉課 事業者指導係 御中

12月6日に発生した転倒事故(骨折あり)の事故報告書(第1報)を提出いたします。
パスワードは別途お電話でお伝えします。

{SIG_KAWABATA}""",
  attachments=[{"filename": "jiko_houkoku_20241206.zip", "contentType": "application/zip", "encrypted": True}]))
