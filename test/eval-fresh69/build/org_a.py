"""Org A: dispensing-pharmacy chain (調剤薬局チェーン) — head office and stores."""
from common import Org, att, enc

D = "midori-ph.example.co.jp"

SAEKI = ("佐伯 智子 <t.saeki@midori-ph.example.co.jp>", """
──────────────────────────────
株式会社みどり調剤ホールディングス
薬事・品質管理部 課長 薬剤師
佐伯 智子(さえき ともこ)
〒330-0846 埼玉県さいたま市大宮区大門町3-21 みどりビル5F
TEL 048-600-1123(代) / FAX 048-600-1124
Mail t.saeki@midori-ph.example.co.jp
──────────────────────────────
本メールは送信者が意図した受信者のみを対象としています。
誤って受信された場合は、お手数ですが送信者にご連絡のうえ削除してください。
""")

KAWAGUCHI = ("川口 亮 <r.kawaguchi@midori-ph.example.co.jp>", """
--
みどり調剤ホールディングス 総務人事部
主任 川口 亮 Ryo Kawaguchi
TEL 048-600-1130(直通) 内線 215
r.kawaguchi@midori-ph.example.co.jp
""")

MARUYAMA = ("丸山 恵美 <e.maruyama@midori-ph.example.co.jp>", """
*******************************
みどり薬局 桜台店
管理薬剤師 丸山 恵美
〒331-0052 さいたま市西区三橋5-880-2
TEL 048-620-7751 FAX 048-620-7752
営業時間 月〜金 9:00-19:00 / 土 9:00-13:00
*******************************
""")

A = Org("A", D, {"saeki": SAEKI, "kawaguchi": KAWAGUCHI, "maruyama": MARUYAMA})

# ---------------------------------------------------------------- holds

A.add("maruyama", "body", "hold", "sensitive.home_care_patient_status",
      "A named patient's address and diagnoses (dementia, diabetes) are sent to an outside visiting-nurse station.",
      ["訪問看護ステーションひまわり 石原様 <ishihara@himawari-kango.example.jp>"],
      "小松様の服薬状況について(ご報告)",
      """
訪問看護ステーションひまわり
石原 様

いつも大変お世話になっております。
みどり薬局桜台店の丸山でございます。

先日お電話でお話ししました小松様の件、訪問時の状況をまとめましたのでご共有いたします。

■患者様
 小松 キヨ 様(87歳・女性)
 さいたま市西区指扇1丁目22-5 ハイツ指扇102
 主治医:さしおうぎ内科クリニック 田辺先生

■現在の主な病名
 アルツハイマー型認知症、2型糖尿病、高血圧症

■訪問時(6/12)の状況
 ・メマンチン錠、アムロジピン錠の残薬がそれぞれ約3週間分ありました。
 ・一包化はしておりますが、朝の分を昼にまとめて飲んでしまう日があるようです。
 ・ご家族(長女様・県外在住)とは月1回程度の電話連絡とのことです。

次回訪問は6/26(木)の午後を予定しております。看護師さんの訪問時に、お薬カレンダーの
セット状況を見ていただけますと助かります。
田辺先生には本日FAXでトレーシングレポートをお送りしております。

引き続きよろしくお願いいたします。
""",
      personal=[("name", "小松 キヨ"), ("address", "さいたま市西区指扇1丁目22-5 ハイツ指扇102"),
                ("diagnosis", "アルツハイマー型認知症、2型糖尿病、高血圧症")])

A.add("maruyama", "attachment", "hold", "list.home_visit_schedule",
      "The attached visit schedule lists several patients with addresses, phones, care levels and drugs, sent to an outside care manager.",
      ["さくらケアプラン 野口様 <noguchi@sakura-careplan.example.jp>"],
      "7月分 居宅療養管理指導 訪問予定表の送付",
      """
さくらケアプラン
野口様

お世話になっております。みどり薬局桜台店の丸山です。
7月分の訪問予定表を作成しましたので添付にてお送りします。
日程の重複などございましたらご連絡ください。
デイサービスの曜日変更があった方は、分かる範囲で結構ですので教えていただけますと幸いです。

よろしくお願いいたします。
""",
      attachments=[att("訪問予定表_2025年7月.xlsx", """
[7月訪問予定]
訪問日	時間	利用者氏名	住所	電話	要介護度	主な処方	備考
7/3	14:00	小松 キヨ	さいたま市西区指扇1-22-5-102	048-624-3381	要介護2	メマンチン、アムロジピン	残薬確認
7/3	15:30	大島 茂	さいたま市西区三橋6-411	048-622-9054	要介護3	ワルファリン、フロセミド	INR値確認
7/10	14:00	谷口 フミ子	さいたま市大宮区三橋2-67-3	048-641-2207	要介護1	ドネペジル	長男様同席希望
7/17	13:30	坂本 勝利	さいたま市西区宮前町218-9	090-5521-8830	要介護4	オキシコドン徐放錠、酸化マグネシウム	麻薬 残数確認
7/24	14:00	小松 キヨ	さいたま市西区指扇1-22-5-102	048-624-3381	要介護2	メマンチン、アムロジピン	
""")],
      personal=[("name", "大島 茂"), ("address", "さいたま市西区三橋6-411"), ("phone", "048-622-9054"),
                ("name", "坂本 勝利"), ("phone", "090-5521-8830"), ("diagnosis", "オキシコドン徐放錠")])

A.add("kawaguchi", "body", "hold", "id.new_hire_mynumber_to_sharoushi",
      "A new pharmacist's マイナンバー, basic pension number, birth date and address are written into the body to an outside labour consultant.",
      ["社会保険労務士法人あさひ 今井様 <imai@asahi-sr.example.jp>"],
      "4月入社 薬剤師の資格取得手続きについて",
      """
社会保険労務士法人あさひ
今井 様

いつもお世話になっております。
みどり調剤ホールディングス総務人事部の川口です。

4月1日付で入社した薬剤師1名について、社会保険・雇用保険の資格取得手続きをお願いいたします。
本人から書類が揃いましたので、必要事項を下記にお送りします。

 氏名:西村 美咲(ニシムラ ミサキ)
 生年月日:2002年8月14日
 住所:埼玉県さいたま市浦和区常盤4-9-16 コーポときわ203
 個人番号:978588726614
 基礎年金番号:4102-738215
 配属:みどり薬局 与野本町店
 月額報酬:320,000円

雇用保険は新規取得(被保険者番号なし)とのことです。
扶養家族はおりません。

年金手帳の写しは別途郵送いたします。
ご不明点があればご連絡ください。
""",
      personal=[("name", "西村 美咲"), ("birthdate", "2002年8月14日"),
                ("address", "埼玉県さいたま市浦和区常盤4-9-16 コーポときわ203"),
                ("mynumber", "978588726614"), ("pension_number", "4102-738215")])

A.add("saeki", "quoted", "hold", "personal.patient_inquiry_forward_to_vendor",
      "A patient's full contact details and her psychiatric medication are forwarded, in the quoted part, to the app vendor, which only needs the symptom.",
      ["メディシステム サポートセンター 小野寺様 <support@medisys.example.co.jp>"],
      "Fw: お薬手帳アプリの通知について(患者様からのお問い合わせ)",
      """
メディシステム サポートセンター
小野寺様

お世話になっております。みどり調剤の佐伯です。

電子お薬手帳アプリ「みどりてちょう」について、患者様から下記のお問い合わせがありました。
服薬リマインダーの通知が5月下旬から届かなくなっているとのことです。
同様の事象が他の薬局様でも出ていないか、アプリ側のログを確認いただけますでしょうか。
患者様には調査中とだけお伝えしております。

<<SIG>>

----- Forwarded Message -----
From: 高田 真由美 <mayumi.takada82@gmail.com>
To: みどり薬局お客様窓口 <info@midori-ph.example.co.jp>
Subject: アプリの通知が来ません

みどり薬局 ご担当者様

いつも与野本町店でお薬をいただいている高田と申します。
お薬手帳のアプリで、毎晩21時に飲み忘れ防止の通知が来るように設定しているのですが、
先月末からまったく来なくなりました。
夜のレクサプロとデエビゴを飲み忘れてしまうことがあり困っています。

機種:iPhone 13、アプリは最新版にしています。
連絡先は下記になります。平日18時以降なら電話に出られます。

高田 真由美
〒338-0002 さいたま市中央区下落合3-14-8
携帯 080-6274-1193
""",
      personal=[("name", "高田 真由美"), ("email", "mayumi.takada82@gmail.com"),
                ("address", "さいたま市中央区下落合3-14-8"), ("phone", "080-6274-1193"),
                ("diagnosis", "レクサプロとデエビゴ")])

A.add("saeki", "subject", "hold", "sensitive.dispensing_incident_subject",
      "Only the subject line names the patient, her birth date and an anticancer-drug overdose; the body is a plain request for a call.",
      ["東和損害保険 須田様 <suda.k@towa-sonpo.example.co.jp>"],
      "【事故報告】山本 和子様(昭和18年4月2日生)抗がん剤TS-1 過量調剤の件",
      """
東和損害保険
須田様

いつもお世話になっております。みどり調剤ホールディングスの佐伯でございます。

標記の件につき、薬剤師賠償責任保険の事故報告としてご相談させてください。
経緯の詳細は、社内調査がまとまり次第、所定の報告書式にてご提出いたします。
現時点では患者様のご容体は安定していると主治医より伺っております。

取り急ぎ第一報として、本日中に一度お電話でご説明させていただければ幸いです。
ご都合のよいお時間をお知らせいただけますでしょうか。

何卒よろしくお願い申し上げます。
""",
      personal=[("name", "山本 和子"), ("birthdate", "昭和18年4月2日"),
                ("diagnosis", "抗がん剤TS-1 過量調剤")])

A.add("kawaguchi", "zip", "hold", "sensitive.health_check_findings_zip",
      "A plain zip holds named employees' health-check findings (diabetes, breast lump, liver) sent to an outside occupational physician.",
      ["大宮産業医事務所 橋本先生 <hashimoto@omiya-sangyoi.example.jp>"],
      "2025年度 定期健康診断結果データのご送付",
      """
大宮産業医事務所
橋本先生

いつもお世話になっております。
みどり調剤ホールディングス 総務人事部の川口です。

先日ご依頼いただきました今年度の定期健診結果について、
有所見者分を抽出したデータをzipにまとめてお送りします。
就業判定のご意見を、7月の衛生委員会までにいただけますと幸いです。

※全体の受診率は 96.2%(対象 212名中 204名受診)でした。
 未受診の8名には再度受診勧奨を行っております。

よろしくお願いいたします。
""",
      attachments=[att("健診結果_有所見者_2025.zip/有所見者一覧.csv", """
社員番号,氏名,年齢,所属,血圧,HbA1c,γ-GTP,判定,所見
M0412,佐藤 浩之,48,大宮駅前店,162/98,6.9,184,要精密検査,高血圧症疑い・肝機能異常
M0533,野村 亜希子,39,浦和店,118/72,5.4,22,要再検査,乳房しこり(乳腺外科受診勧奨)
M0621,岡田 修,55,本部,148/92,7.8,96,要治療,糖尿病(治療中断)
M0708,三浦 直子,31,桜台店,104/66,5.2,18,要経過観察,貧血(Hb 9.8)
M0815,森 健太郎,44,与野本町店,138/88,6.1,212,要精密検査,脂肪肝
""")],
      personal=[("name", "岡田 修"), ("diagnosis", "糖尿病(治療中断)"),
                ("name", "野村 亜希子"), ("diagnosis", "乳房しこり(乳腺外科受診勧奨)")])

A.add("saeki", "recipients", "hold", "recipients.community_event_invite",
      "An event invitation goes to 16 visible outside addresses (clinics, care providers and private persons) in To/CC instead of BCC.",
      ["さしおうぎ内科クリニック 田辺様 <tanabe@sashiogi-naika.example.jp>",
       "みはし整形外科 河合様 <kawai@mihashi-seikei.example.jp>",
       "大宮こども医院 受付 <uketsuke@omiya-kodomo.example.jp>",
       "さくらケアプラン 野口様 <noguchi@sakura-careplan.example.jp>",
       "訪問看護ステーションひまわり 石原様 <ishihara@himawari-kango.example.jp>",
       "地域包括支援センター西 <hokatsu-nishi@saitama-nishi-hokatsu.example.lg.jp>",
       "デイサービスあおぞら 北村様 <kitamura@aozora-day.example.jp>",
       "松本 宏 <matsumoto.h1955@yahoo.co.jp>",
       "小西 道子 <konishi.michiko@gmail.com>",
       "三橋の郷 遠藤様 <endo@mihashi-sato.example.or.jp>",
       "大宮歯科医院 <info@omiya-shika.example.jp>",
       "さいたま西薬剤師会 事務局 <jimukyoku@saitama-nishi-yaku.example.or.jp>",
       "藤田 和代 <fujita.ikiiki@outlook.com>",
       "西区社会福祉協議会 長尾様 <nagao@nishi-shakyo.example.or.jp>"],
      "「地域のくすり相談会」開催のご案内(7月19日)",
      """
関係者各位

平素より大変お世話になっております。
みどり調剤ホールディングス 薬事・品質管理部の佐伯でございます。

このたび、地域の皆さまを対象とした「くすり相談会」を下記のとおり開催いたします。
ポリファーマシーや飲み残し、サプリメントとの飲み合わせなど、日頃のお困りごとを
薬剤師が個別にお伺いします。チラシを添付しますので、利用者様・会員の皆さまへの
周知にご協力いただけますと幸いです。

日時:2025年7月19日(土)10:00〜15:00(受付14:30まで)
会場:さいたま市西区 三橋公民館 2階 集会室
参加費:無料/予約不要(お薬手帳をお持ちください)
内容:
 ・薬剤師による個別相談(1人15分程度)
 ・血圧・骨密度の簡易測定
 ・ミニ講座「お薬と上手につきあうコツ」(11:00〜/13:30〜)

ご不明な点は下記までお問い合わせください。
""",
      cc=["ケアハウスみはし 上田様 <ueda@carehouse-mihashi.example.jp>",
          "西区老人クラブ連合会 <rojin-club-nishi@gmail.com>"],
      attachments=[att("くすり相談会チラシ.pdf", """
地域のくすり相談会
お薬のこと、薬剤師に気軽に相談してみませんか?
2025年7月19日(土)10:00〜15:00 三橋公民館 2階 集会室
参加無料・予約不要 お薬手帳をお持ちください
主催:みどり調剤ホールディングス 後援:さいたま西薬剤師会
""")])

A.add("saeki", "zip", "hold", "attachment.encrypted_zip",
      "The rejected-claims list is sent as a password-protected zip with the password to follow (PPAP).",
      ["レセプトアシスト 平田様 <hirata@rece-assist.example.co.jp>"],
      "5月審査分 返戻レセプト一覧の送付",
      """
レセプトアシスト
平田様

お世話になっております。みどり調剤の佐伯です。

5月審査分の返戻レセプト一覧(全店舗分)をお送りします。
今回は与野本町店の資格喪失によるものが多く、再請求の優先度を
ファイル内の「備考」欄に記載しております。

ファイルはパスワード付きzipにしております。パスワードは別メールにてお送りします。

再請求分は6月10日までに締めたいと考えておりますので、
ご確認のほどよろしくお願いいたします。
""",
      attachments=[enc("返戻一覧_2025年5月審査分.zip")])

A.add("maruyama", "body", "hold", "id.patient_refund_bank_account",
      "A private patient's bank account for a refund is sent to an outside bookkeeping contractor.",
      ["ビズアカウント 中川様 <nakagawa@biz-account.example.co.jp>"],
      "患者様への返金(過徴収分)振込依頼",
      """
ビズアカウント 経理代行サービス
中川様

お世話になっております。みどり薬局桜台店の丸山です。

4月に一部負担金を過徴収していた患者様への返金について、振込手続きをお願いいたします。
(高齢受給者証の負担割合を3割のまま計算していたもので、正しくは2割でした。
 本部の佐伯とも確認済みです。)

 返金額:4,260円
 振込先:埼玉中央信用金庫 三橋支店 普通預金 0728451
 口座名義:タナカ ヨシオ
 患者氏名:田中 義男 様

振込手数料は当社負担でお願いします。
ご本人には6月20日頃までに入金予定とお伝えしております。
よろしくお願いいたします。
""",
      personal=[("name", "田中 義男"), ("bank_account", "埼玉中央信用金庫 三橋支店 普通預金 0728451"),
                ("name", "タナカ ヨシオ")])

A.add("maruyama", "body", "hold", "id.health_insurance_number_query",
      "A patient's health-insurance symbol/number, name and birth date are sent by mail to the insurer.",
      ["全国住宅設備健康保険組合 適用課 <tekiyo@jyusetsu-kenpo.example.or.jp>"],
      "資格確認のお願い(オンライン資格確認でエラーとなった件)",
      """
全国住宅設備健康保険組合
適用課 ご担当者様

突然のご連絡失礼いたします。
さいたま市西区のみどり薬局桜台店で管理薬剤師をしております丸山と申します。

本日来局された患者様について、マイナ保険証でのオンライン資格確認が
「資格なし」と表示され、お持ちの保険証とも一致しなかったため、
資格の有無をご確認いただけないでしょうか。

 保険者番号:06139217
 記号:1203 番号:45 枝番:01
 氏名:近藤 結衣 様
 生年月日:1994年11月3日

ご本人によれば、5月に勤務先の部署異動があったものの退職はしていないとのことです。
お手数ですが、折り返しご連絡いただけますと幸いです。
""",
      personal=[("health_insurance", "記号:1203 番号:45 枝番:01"), ("name", "近藤 結衣"),
                ("birthdate", "1994年11月3日")])

# ---------------------------------------------------------------- passes

A.add("saeki", "body", "pass", "benign.system_outage_apology",
      "\"障害\" is an outage of the pharmacy's records system; the apology to two clinics names no patient.",
      ["さしおうぎ内科クリニック 吉川様 <yoshikawa@sashiogi-naika.example.jp>"],
      "【復旧】電子薬歴システム障害によるお待たせについてのお詫び",
      """
さしおうぎ内科クリニック 吉川様
みはし整形外科 河合様

いつも大変お世話になっております。
みどり調剤ホールディングスの佐伯でございます。

本日(6/18)午前中、当社の電子薬歴システムに障害が発生し、
桜台店・三橋店で処方箋の受付から投薬まで通常より30〜50分ほどお時間をいただく状況となりました。
貴院から来られた患者様にもご迷惑をおかけし、また貴院受付にお問い合わせが入ったと伺っております。
誠に申し訳ございませんでした。

【概要】
 発生:6/18 8:52頃
 復旧:6/18 11:40(全機能復旧を確認)
 原因:クラウド側データベースの障害(ベンダー調査中。外部からの不正アクセスではないことは確認済み)
 影響:薬歴の参照・記載ができず、紙の手順書による暫定運用で対応

現在は通常どおり稼働しております。再発防止策については、ベンダーからの報告を受け次第、
あらためてご報告いたします。

取り急ぎ、お詫びとご報告まで。
""",
      cc=["みはし整形外科 河合様 <kawai@mihashi-seikei.example.jp>"])

A.add("maruyama", "attachment", "pass", "benign.wholesaler_order_jan",
      "The attached order CSV has 13-digit JAN codes and product names only; it is a routine order to the wholesaler.",
      ["東日本メディカル 渡部様 <watabe@higashinihon-med.example.co.jp>"],
      "6/20 追加発注(OTC・衛生材料)",
      """
東日本メディカル 渡部様

お世話になっております。桜台店 丸山です。
追加発注分をCSVでお送りします。OTCの一部は棚替えに伴う新規採用です。
明日の午後便に間に合えばありがたいですが、難しければ月曜でも大丈夫です。

よろしくお願いします。
""",
      attachments=[att("発注_桜台店_20250620.csv", """
JANコード,品名,規格,数量,単位
4987123456784,ロキソプロフェンNa錠「みどり」,12錠,10,箱
4987316028446,アレルギー点眼薬AL,10mL,6,本
4902102119450,経口補水液ORS,500mL,24,本
4987241142217,滅菌ガーゼ Mサイズ,10枚入,20,袋
4580112360125,使い捨てマスク ふつう,50枚入,12,箱
4987067258901,第3類 ビタミンB群錠,90錠,5,個
""")])

A.add("kawaguchi", "body", "pass", "benign.supplier_corporate_account_change",
      "The bank account is a supplier's corporate account (カ)名義), confirmed back after an account-change notice.",
      ["サンワ包装 経理課 小池様 <koike@sanwa-hoso.example.co.jp>"],
      "Re: 振込先口座変更のご通知について(受領のご連絡)",
      """
株式会社サンワ包装
経理課 小池様

いつもお世話になっております。
みどり調剤ホールディングス 総務人事部(購買担当兼務)の川口です。

先日郵送いただいた「振込先口座変更のご通知」を受領いたしました。
弊社の支払システムに下記のとおり登録しましたので、念のためご確認ください。

 変更後:武蔵野中央銀行 浦和支店 当座預金 0219384
 口座名義:カ)サンワホウソウ
 適用開始:2025年7月末日お支払分(6月締め分)から

6月末日お支払分までは、従来の口座へお振込みいたします。
相違がございましたら、6月25日までにご連絡いただけますと助かります。

今後ともよろしくお願いいたします。

> みどり調剤ホールディングス 購買ご担当者様
> 平素より格別のお引き立てを賜り厚く御礼申し上げます。
> このたび弊社メインバンクの変更に伴い、お振込先口座を変更させていただくこととなりました。
> 詳細は郵送にてお送りした通知書をご確認くださいますようお願い申し上げます。
> 株式会社サンワ包装 経理課 小池 直美
""")

A.add("maruyama", "body", "pass", "benign.return_shipment_yamato_tracking",
      "The 12-digit numbers are Yamato tracking numbers for a return to the wholesaler (two happen to pass the マイナンバー check digit).",
      ["東日本メディカル 埼玉物流センター 返品係 <henpin@higashinihon-med.example.co.jp>"],
      "返品(期限切迫品・破損品)発送のご連絡",
      """
東日本メディカル 埼玉物流センター
返品ご担当者様

お世話になっております。みどり薬局桜台店の丸山です。
返品伺いで承認いただいた分(返品承認番号 RT-250611-0087)を、本日ヤマト運輸で発送しました。

 1箱目:492025993756(期限切迫品 7品目)
 2箱目:447341312412(期限切迫品 4品目)
 3箱目:443143599076(外箱破損品 2品目)

明細は各箱に同梱しています。到着は明日午前の予定です。
伝票番号で追跡できますので、万一届かない場合はお知らせください。
よろしくお願いします。
""")

A.add("kawaguchi", "body", "pass", "benign.flu_vaccination_schedule",
      "Vaccination planning with the occupational physician gives only per-area head counts; no employee is named.",
      ["大宮産業医事務所 橋本先生 <hashimoto@omiya-sangyoi.example.jp>"],
      "社内インフルエンザ予防接種の日程調整について",
      """
橋本先生

いつもお世話になっております。みどり調剤 総務人事部の川口です。
今秋の社内インフルエンザ予防接種について、日程案をお送りします。
希望調査の結果(エリア別の希望者数)は以下のとおりです。

 会場              日程案            希望者数
 本部(大宮)         10/21(火)14-17時    38名
 浦和エリア          10/23(木)14-17時    41名
 西区エリア          10/28(火)14-17時    35名
 与野・中央区エリア      10/30(木)14-17時    29名
 合計                          143名

昨年は接種翌日に副反応で休んだ社員が数名いたため、今年は翌日シフトの調整を各店にお願いしています。
また、昨シーズンは店舗内で感染が広がり一時的に人手が足りなくなった店もありましたので、
できるだけ10月中に完了したいと考えております。
ワクチンの確保数と、先生の来社可能日をご教示いただけますと幸いです。
""")

A.add("saeki", "body", "pass", "benign.malware_isolation_report",
      "\"感染\" and \"隔離\" refer to a suspected malware infection on a reception PC; the report carries a file hash, not personal data.",
      ["ネットガード 保守窓口 <hoshu@netguard.example.co.jp>"],
      "【障害報告】桜台店 受付PC マルウェア感染疑いと隔離対応について",
      r"""
ネットガード 保守窓口 ご担当者様
(担当の江口様にもご共有いただけますと幸いです)

みどり調剤ホールディングスの佐伯です。
本日、桜台店の受付PC(資産番号 MD-PC-0317)でウイルス対策ソフトの検知アラートが上がりました。
感染の疑いがあるため、10:15にLANケーブルを抜いてネットワークから隔離し、電源は入れたままにしています。

検知内容(管理コンソールより):
 検知名:Trojan:Win32/Wacatac.B!ml
 ファイル:C:\Users\uketsuke\Downloads\請求書_0618.zip.exe
 SHA-256:3f9a1c0e7b52d4e8a6f01b9c2d73e5a48b1f6c09e2d7a35b8c4f10e96ab2d7c1
 検知日時:2025/06/18 09:58:41

当該PCでは電子薬歴は参照のみで、レセコン本体は別端末です。
同一セグメントの他端末(3台)はフルスキャンで検知なしでした。
ログの解析と、端末の初期化要否についてご判断をお願いできますでしょうか。
本日中に現地対応いただける場合は、店舗(048-620-7751)へ直接ご連絡ください。
""")

A.add("saeki", "body", "pass", "benign.successor_introduction",
      "A transfer notice introducing a successor, with names and heavy signatures, is ordinary relationship mail.",
      ["みはし整形外科 事務長 河合 隆司様 <kawai@mihashi-seikei.example.jp>"],
      "担当者変更のご挨拶(薬事・品質管理部)",
      """
医療法人社団みはし会 みはし整形外科
事務長 河合 隆司 様

いつも大変お世話になっております。
みどり調剤ホールディングス 薬事・品質管理部の佐伯でございます。

私事で恐縮ですが、7月1日付の人事異動により、埼玉南エリアのエリアマネージャーへ異動することとなりました。
在任中は疑義照会の運用見直しや、残薬調整プロトコルの締結など、河合様・院長先生には
多大なるご協力を賜り、心より御礼申し上げます。

後任は同部の 松田 圭吾(まつだ けいご)が務めます。
松田は病院薬剤部で10年の経験があり、プロトコルの運用にも携わってまいりました。
本メールのCCに入っておりますので、今後はお手数ですが松田宛にご連絡いただけますと幸いです。
近日中に、松田と二人でご挨拶に伺いたく存じます。6/30(月)〜7/4(金)の間で
ご都合のよい日時をお知らせいただけますでしょうか。

今後とも変わらぬご指導を賜りますようお願い申し上げます。
""",
      cc=["松田 圭吾 <k.matsuda@midori-ph.example.co.jp>"])

A.add("saeki", "body", "pass", "benign.pb_product_katakana_names",
      "ハルカ, ミサキ, アオイ and ユウナ are private-brand product names, not people.",
      ["ユニコスメティック 開発部 青木様 <aoki@unicosme.example.co.jp>"],
      "PB商品 第2弾 商品名の最終確認",
      """
ユニコスメティック 開発部
青木様

お世話になっております。みどり調剤の佐伯です。
先日の打合せでご提案いただいたPB第2弾の商品名について、社内決裁が下りましたのでご連絡します。

 ・ハンドクリーム「ハルカ」(無香料/ゆず)
 ・目もとケアジェル「ミサキ」
 ・リップバーム「アオイ」
 ・薬用ボディソープ「ユウナ」(敏感肌用)

「ミサキ」については、化粧品のため「目の疲れに」等の効能表示ができませんので、
パッケージ裏面の表記を化粧品の範囲に修正いただく必要があります。
赤字を入れたPDFを別途お送りしますので、ご確認ください。

店頭展開は10月の棚替えからを予定しています。
初回ロットは各商品 1店舗あたり24個 × 38店舗 で試算しています。
""")

A.add("saeki", "zip", "pass", "benign.plain_zip_partnership_contract",
      "An unencrypted zip carries a draft contract and a pharmacy profile with the pharmacy licence number and 法人番号, no patient data.",
      ["医療法人けやき会 在宅医療部 長谷川様 <hasegawa@keyaki-kai.example.or.jp>"],
      "在宅医療連携に関する契約書類(案)の送付",
      """
医療法人けやき会 在宅医療部
長谷川様

お世話になっております。みどり調剤の佐伯です。
先日の打合せでお話しした在宅患者への訪問薬剤管理指導の連携について、
契約書(案)と当社の薬局概要をzipにまとめてお送りします。
(パスワードはかけておりません。)

 ・連携契約書(案).docx
 ・薬局概要_桜台店.pdf

契約書案の第7条(緊急時の対応)について、夜間の連絡先を貴院側でご指定いただく形にしております。
ご確認のうえ、修正点がありましたら変更履歴でお戻しください。
""",
      attachments=[
          att("在宅連携契約書類.zip/連携契約書(案).docx", """
在宅医療連携に関する契約書(案)
医療法人けやき会(以下「甲」という。)と株式会社みどり調剤ホールディングス(法人番号 7030005011297、以下「乙」という。)は、
在宅患者に対する訪問薬剤管理指導の連携に関し、次のとおり契約を締結する。
第1条(目的)本契約は、甲の在宅患者に対し、乙が訪問薬剤管理指導を行うにあたり必要な事項を定める。
第5条(情報の取扱い)甲及び乙は、患者の個人情報を本契約の目的の範囲内でのみ利用する。
第7条(緊急時の対応)夜間・休日の緊急時は、甲の指定する連絡先に乙の当番薬剤師が連絡する。
"""),
          att("在宅連携契約書類.zip/薬局概要_桜台店.pdf", """
薬局概要
名称:みどり薬局 桜台店
所在地:埼玉県さいたま市西区三橋5-880-2
開設者:株式会社みどり調剤ホールディングス
薬局開設許可番号:埼玉県 第さ保2-0412号
保険薬局コード:1112345
管理薬剤師:丸山 恵美
在籍薬剤師:常勤4名・非常勤2名
在宅対応:無菌調剤(クリーンベンチ)あり、麻薬小売業者免許あり、24時間対応
"""),
      ])

A.add("kawaguchi", "body", "pass", "benign.offer_holder_own_invitation",
      "The invitation goes to the offer holder herself and only mentions her own name and placement wishes.",
      ["小澤 ひかり <hikari.ozawa.0312@gmail.com>"],
      "【内定者懇親会のご案内】小澤 ひかり様",
      """
小澤 ひかり 様

こんにちは。みどり調剤ホールディングス 総務人事部の川口です。
実務実習と国家試験に向けたご準備、お疲れさまです。

2026年4月入社予定の内定者の皆さまを対象に、懇親会を下記のとおり開催します。
同期となる方々や、配属予定エリアの先輩薬剤師と話せる機会ですので、ぜひご参加ください。

 日時:2025年8月23日(土)13:30〜16:30
 会場:みどり調剤ホールディングス 本社5階 大会議室
    (さいたま市大宮区大門町3-21 みどりビル/大宮駅東口より徒歩6分)
 内容:会社説明、先輩社員との座談会、店舗見学(希望者)
 服装:自由(私服でお越しください)

小澤さんの配属希望(西区エリア・在宅医療に関わりたい)は人事で把握しております。
当日は在宅担当の薬剤師も参加予定です。

交通費は実費精算となりますので、当日、経路と金額をメモでお持ちください。
お手数ですが、8月8日(金)までに出欠をこのメールへの返信でお知らせください。
""")
