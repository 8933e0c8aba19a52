from common import *

MAILS = []
A = MAILS.append

MN1 = mynum("48213907562")
MN2 = mynum("30571846293"); MN3 = mynum("61928374051"); MN4 = mynum("27460318594")

# T1 hold: spouse's My Number in body
A(M("hold", "id.mynumber", "Quotes an employee's spouse's My Number in a mail to the client company's payroll contact.",
TABATA, ["経理 宮下様 <miyashita@kasuga-denki.co.jp>"],
"年末調整：扶養控除等申告書の記載誤りについて（営業部 島田様）",
f"""春日電機株式会社
経理課 宮下様

お世話になっております。北條会計の田端です。
年末調整書類を確認したところ、営業部 島田 拓也様の扶養控除等申告書で、配偶者の個人番号の桁が
1桁足りませんでした。ご本人に確認いただいた正しい番号は以下のとおりです。

配偶者：島田 奈央 様
個人番号：{MN1}

こちらで修正のうえ処理を進めます。訂正印は不要です。

{SIG_TABATA}""",
personal=[("my_number", MN1), ("name", "島田 奈央")]))

# T2 hold: unlabelled My Numbers in XLSX attachment only
A(M("hold", "id.mynumber", "Attached payroll sheet carries unlabelled 12-digit My Numbers of several employees.",
TABATA, ["総務 岩本様 <iwamoto@ueno-seika.co.jp>"],
"給与支払報告書の提出前チェックのお願い",
f"""上野製菓株式会社
総務 岩本様

いつもお世話になっております。
市区町村へ提出する給与支払報告書の元データを添付します。
住所と支払金額に誤りがないか、28日（火）までにご確認をお願いします。

{SIG_TABATA}""",
attachments=[att("給与支払報告_確認用.xlsx", XLSX,
"[Sheet1]\n社員No\t氏名\tNo.\t住所\t支払金額\n"
f"1021\t上野 博之\t{MN2}\tさいたま市南区別所4-2-11\t6,240,000\n"
f"1034\t加賀谷 恵\t{MN3}\t川口市芝新町7-3-5\t3,815,000\n"
f"1052\t小松 竜也\t{MN4}\t蕨市中央2-18-1-305\t2,980,500\n")],
personal=[("my_number", MN2), ("my_number", MN3), ("my_number", MN4), ("address", "川口市芝新町7-3-5")]))

# T3 pass: 法人番号 etc
A(M("pass", "benign.corporate_number", "Confirmation of a corporate tax filing quoting the company's 法人番号 and the e-Tax receipt number; no personal data.",
MURASE, ["代表取締役 大森様 <omori@omori-kogyo.co.jp>"],
"法人設立届出書の提出完了のご報告",
f"""大森工業株式会社
代表取締役 大森 康介 様

お世話になっております。北條会計の村瀬です。
ご依頼の法人設立届出書ほか3件、本日e-Taxにて提出が完了しましたのでご報告します。

法人番号：6030001198372
提出先：浦和税務署
受付番号：20241114153204817226
提出書類：法人設立届出書／青色申告の承認申請書／給与支払事務所等の開設届出書／源泉所得税の納期の特例の承認に関する申請書

県税事務所・市役所への届出は来週中に郵送で行います。控えは次回訪問時にお渡しします。

{SIG_MURASE}"""))

# T4 pass: invoice with office bank account
A(M("pass", "benign.invoice", "Monthly fee invoice with the firm's corporate bank account.",
MURASE, ["経理 宮下様 <miyashita@kasuga-denki.co.jp>"],
"11月分 顧問料のご請求",
f"""宮下様

11月分の顧問料請求書をお送りします。

ご請求金額：55,000円（税込）
お支払期日：12月10日
振込先：埼玉りそな銀行 浦和中央支店 普通 1027764
口座名義：ゼイリシホウジン ホウジョウカイケイ
登録番号：T3030005004711

よろしくお願いいたします。

{SIG_MURASE}""",
attachments=[att("請求書_2411_春日電機.pdf", PDF, "請求書\n春日電機株式会社 御中\n請求番号 HK-2411-082\n月次顧問料 50,000\n消費税 5,000\n合計 55,000円\n税理士法人 北條会計 登録番号 T3030005004711")]))

# T5 pass: own tax return summary incl. own medical expense deduction to the individual
A(M("pass", "benign.own_data", "Sends a sole proprietor her own tax return summary including her own medical expense deduction (data subject herself).",
HOJO, ["中条 由紀子 様 <yukiko.nakajo@icloud.com>"],
"令和5年分 確定申告書の控えと納税額のご案内",
f"""中条 由紀子 様

いつもありがとうございます。北條です。
令和5年分の確定申告が本日受理されましたので、概要をお知らせします。

・事業所得：4,128,300円
・医療費控除：312,450円（ご提出いただいた通院・歯科治療の領収書分）
・納付税額：86,700円（振替納税日 4月23日）

控えのPDFを添付しました。ご自身の保管用としてお使いください。
来年も領収書は同じ封筒でお送りいただければ大丈夫です。

{SIG_HOJO}""",
attachments=[att("確定申告書控え_R5_中条.pdf", PDF, "令和5年分 所得税及び復興特別所得税の申告書（控）\n氏名 中条 由紀子\n事業所得 4,128,300\n医療費控除 312,450\n納付税額 86,700")]))

# T6 hold: son's psychiatric treatment told to the client's company accountant
A(M("hold", "sensitive.medical", "Reveals a client's son's depression treatment to the company's outside bookkeeper when asking for receipts.",
MURASE, ["記帳代行 桑原様 <kuwabara@office-kuwabara.jp>"],
"大森社長 個人分 医療費控除の領収書について",
f"""桑原様

お世話になっております。北條会計の村瀬です。
大森社長の個人の確定申告で医療費控除を取る予定です。
ご長男の大森 蓮さんがうつ病で昨年から心療内科（さいたま中央メンタルクリニック）に通院されていて、
その領収書が会社の経費の箱に混ざっているそうです。
お手数ですが、記帳の際に見つけたら別にしておいていただけますか。交通費（バス代）も対象になります。

よろしくお願いします。

{SIG_MURASE}""",
personal=[("diagnosis", "うつ病"), ("name", "大森 蓮")]))

# T7 hold: disability certificate to outside 社労士
A(M("hold", "sensitive.disability", "Shares a named employee's physical disability certificate grade with an outside labour consultant.",
TABATA, ["社会保険労務士 飯田様 <iida@iida-sr.jp>"],
"上野製菓 従業員の障害者控除の件",
f"""飯田先生

お世話になっております。北條会計の田端です。
上野製菓さんの年末調整で、製造課の 根岸 正人 さんについて確認させてください。
ご本人から身体障害者手帳（1級、下肢機能障害）の写しが提出されており、特別障害者控除を適用します。
雇用保険や障害者雇用納付金の関係で先生の方でも把握されていれば、手帳の交付日を教えていただけますか。

{SIG_TABATA}""",
personal=[("disability", "身体障害者手帳（1級、下肢機能障害）"), ("name", "根岸 正人")]))

# T8 pass: aggregate health/disability figures
A(M("pass", "benign.aggregate_stats", "Management report with aggregate 健康経営 and disability employment rate figures; nobody identifiable.",
HOJO, ["上野 博之 社長 <h.ueno@ueno-seika.co.jp>"],
"上期レビュー資料（人件費・健康経営関連）",
f"""上野社長

先日はお時間をいただきありがとうございました。上期レビューの補足です。

1. 人件費率は32.4%（前年同期 33.1%）。パート比率の上昇が主因です。
2. 障害者雇用率は2.7%で法定雇用率（2.5%）をクリアしています。来年度の引上げ（2.7%）にも現状で対応可能です。
3. 健康経営優良法人の申請について：定期健診の受診率は98%、二次検査受診率は61%でした。
   認定要件の上では二次検査の受診勧奨の仕組みを規程化するとよいと思います。
4. インフルエンザ予防接種の費用補助（1人3,000円）は福利厚生費で処理して問題ありません。

次回は2月に決算見込みをお持ちします。

{SIG_HOJO}"""))

# T9 hold: 年末調整 roster
A(M("hold", "list.roster", "Body contains a roster of employees' names, birth dates, addresses and dependants.",
TABATA, ["総務 柴田様 <shibata@fukumoto-unyu.co.jp>"],
"扶養親族の確認リスト（不明点あり）",
f"""福本運輸株式会社
総務 柴田様

扶養控除等申告書の内容を一覧にしました。★の方は所得要件の確認が必要です。

氏名        生年月日      住所                          扶養親族
福本 昌弘    1968/04/02   上尾市柏座2-7-15              妻（1970/11/20）
★吉岡 大輔   1985/09/17   桶川市若宮1-3-8-201           長女（2004/06/03 大学生・アルバイト収入あり）
西田 ひとみ  1979/01/28   北本市中央4-55               なし
★遠山 浩二   1991/12/05   伊奈町小室9821-4              母（1955/03/14 年金収入）

★のお二人に、扶養親族の今年の見込み収入をお聞きいただけますか。

{SIG_TABATA}""",
personal=[("birth_date", "1985/09/17"), ("address", "桶川市若宮1-3-8-201"), ("address", "上尾市柏座2-7-15"), ("name", "遠山 浩二")]))

# T10 hold: encrypted zip 決算書
A(M("hold", "attachment.encrypted_zip", "Financial statements sent as a password-protected zip.",
MURASE, ["大森 康介 様 <omori@omori-kogyo.co.jp>"], 
"第3期 決算書一式の送付",
f"""大森社長

第3期の決算書・申告書一式をお送りします。
パスワードは別メールにてお知らせします。

{SIG_MURASE}""",
attachments=[att("第3期決算書一式.zip", ZIP, encrypted=True)]))

# T11 pass: condolence
A(M("pass", "benign.condolence", "Condolence to a client on the death of her father, the company's former president.",
HOJO, ["福本 真理子 様 <mariko@fukumoto-unyu.co.jp>"],
"ご尊父様ご逝去のお悔やみ",
f"""福本 真理子 様

このたびはご尊父 福本 昌三 様のご逝去の報に接し、心よりお悔やみ申し上げます。
先代社長には、当事務所開業の折から三十年近くにわたり大変お世話になりました。
決算の打合せのたびに、トラック一台から始めた頃のお話を楽しそうに聞かせてくださったことが忘れられません。

ご葬儀に参列できず申し訳ございません。
相続のお手続きについては、落ち着かれてからで十分間に合いますので、どうかご無理なさいませんよう。

謹んでご冥福をお祈り申し上げます。

{SIG_HOJO}"""))

# T12 hold: criminal info of a living heir hidden in quoted message, to a judicial scrivener
A(M("hold", "sensitive.criminal_record", "The quoted client message forwarded to a judicial scrivener states that a named heir is serving a prison sentence.",
HOJO, ["司法書士 松永様 <matsunaga@matsunaga-shihou.jp>"],
"RE: 福本様 相続登記・遺産分割協議の日程",
f"""松永先生

お世話になっております。北條です。
ご依頼者の福本様から下記のとおり連絡がありました。協議書への署名の段取りについて
先生のご意見を伺えますでしょうか。日程は12月第2週で調整したいと考えています。

{SIG_HOJO}

-----Original Message-----
From: 福本 真理子 <mariko@fukumoto-unyu.co.jp>
Sent: Tuesday, November 26, 2024 9:48 PM
To: 北條 正志
Subject: 遺産分割協議の日程

北條先生
いつもありがとうございます。
協議の日程ですが、弟の福本 和也は現在、詐欺罪で実刑判決を受けて府中刑務所に服役中で、
出所は再来年の予定です。署名はどうすればよいでしょうか。
母と私は12月の平日ならいつでも大丈夫です。
福本 真理子""",
personal=[("criminal_record", "詐欺罪で実刑判決を受けて"), ("name", "福本 和也")]))

# T13 pass: seminar with public figures, Bcc
A(M("pass", "benign.seminar", "Seminar announcement sent via Bcc naming speakers and a public commentator.",
MURASE, ["info@hojo-kaikei.jp"],
"【ご案内】インボイス制度2年目の実務セミナー（1月17日）",
f"""顧問先の皆様

平素より大変お世話になっております。
下記のとおり新春セミナーを開催いたします。

日時：1月17日（金）14:00〜16:30
会場：浦和コルソ 7階ホール
講師：北條 正志（当法人代表社員・税理士）
　　　村瀬 千尋（当法人 監査担当）
特別講演：「日本経済2025年の展望」経済評論家 森永 新一 氏

参加費は無料です。お申込みは本メールへのご返信で承ります。

{SIG_MURASE}""",
bcc=["miyashita@kasuga-denki.co.jp", "iwamoto@ueno-seika.co.jp", "omori@omori-kogyo.co.jp", "shibata@fukumoto-unyu.co.jp", "keiri@sakura-dental.jp", "info@cafe-hinata.jp", "yukiko.nakajo@icloud.com", "k.tsuda@yahoo.co.jp", "office@aozora-sekkei.co.jp", "keiri@minato-shoten.jp", "soumu@takasago-kensetsu.co.jp"]))

# T14 hold: private bank account for payroll change to payroll vendor
A(M("hold", "id.bank_account", "Gives an employee's personal salary account to an outside payroll-processing vendor.",
TABATA, ["給与計算センター 担当者様 <support@payroll-hub.jp>"],
"【上野製菓】給与振込口座の変更（社員No.1034）",
f"""ペイロールハブ ご担当者様

北條会計の田端です。顧問先 上野製菓株式会社（企業コード UE-0087）の件です。
12月支給分から、下記社員の給与振込口座が変更になります。マスタの更新をお願いします。

社員No.1034 加賀谷 恵
新口座：武蔵野銀行 川口支店 普通 3390157
名義：カガヤ メグミ

{SIG_TABATA}""",
personal=[("bank_account", "武蔵野銀行 川口支店 普通 3390157"), ("name", "加賀谷 恵")]))

# T15 pass: long meeting minutes with many names
A(M("pass", "benign.minutes", "Minutes of a financing meeting naming client and bank staff; business figures only.",
HOJO, ["大森 康介 様 <omori@omori-kogyo.co.jp>"],
"11/20 融資打合せ 議事メモ",
f"""大森社長
（cc：経理 高田様）

昨日の打合せの議事メモです。訂正があればお知らせください。

日時：11月20日（水）15:00〜16:20
場所：大森工業 本社会議室
出席：大森工業 大森社長、高田 綾乃 様（経理）
　　　埼玉りそな銀行 浦和中央支店 法人営業 井口 様、同 課長代理 平松 様
　　　北條会計 北條、村瀬

1. 設備資金 3,000万円（新型NC旋盤 2台）
　・銀行側は信用保証協会付きで前向き。返済期間7年、据置6か月の条件で検討。
　・平松様より、試算表（10月末）と資金繰り表の提出依頼 → 村瀬が11/29までに作成。
2. 事業計画
　・主要取引先 トヨハシ精機、東邦モーター向け売上の前年比 +12%。
　・受注残：注文番号 PO-77120〜PO-77168 の 49件、約1億2,400万円。
3. その他
　・井口様が1月で異動のため、後任の 佐久間 様を12月中に紹介いただける予定。

以上

{SIG_HOJO}""", cc=["高田 綾乃 <takada@omori-kogyo.co.jp>", MURASE]))

# T16 hold: >10 visible recipients
rc16 = ["miyashita@kasuga-denki.co.jp", "iwamoto@ueno-seika.co.jp", "omori@omori-kogyo.co.jp", "shibata@fukumoto-unyu.co.jp", "keiri@sakura-dental.jp", "info@cafe-hinata.jp", "yukiko.nakajo@icloud.com", "k.tsuda@yahoo.co.jp", "office@aozora-sekkei.co.jp", "keiri@minato-shoten.jp", "soumu@takasago-kensetsu.co.jp", "h-kodama@ezweb.ne.jp"]
A(M("hold", "recipients.visible_external", "Office holiday notice with 12 clients' addresses, including private ones, visible in To.",
MURASE, rc16,
"年末年始休業のお知らせ",
f"""顧問先各位

本年も格別のお引き立てを賜り、誠にありがとうございました。
誠に勝手ながら、12月28日（土）から1月5日（日）まで休業とさせていただきます。
1月6日（月）より通常どおり営業いたします。

来年もどうぞよろしくお願い申し上げます。

{SIG_MURASE}"""))

# T17 pass: successor introduction
A(M("pass", "benign.successor_intro", "Introduces a new engagement staff member to a client; staff names only.",
MURASE, ["院長 桜井 様 <keiri@sakura-dental.jp>"],
"担当者変更のご挨拶",
f"""さくら歯科クリニック
院長 桜井 聡 様
事務長 野口 様

いつも大変お世話になっております。村瀬です。
私事で恐縮ですが、1月より産休・育休をいただくことになりました。
後任は 田端 航 が担当いたします。給与・年末調整チームで5年の経験があり、医療法人の決算も担当しております。
12月の月次訪問には二人でお伺いし、引継ぎをさせていただきます。

今後とも北條会計をよろしくお願いいたします。

{SIG_MURASE}""", cc=[TABATA]))

# T18 hold: customer inquiry with full contact forwarded to software vendor
A(M("hold", "personal.inquiry", "Forwards a prospective client's inquiry with full name, address, phone and birth date to a software vendor.",
MURASE, ["営業部 佐伯様 <saeki@cloudbooks.co.jp>"],
"Fwd: 【お問い合わせフォーム】クラウド会計の導入について",
f"""佐伯様

お世話になっております。北條会計の村瀬です。
当事務所のHPに下記の問い合わせがありました。導入の部分は御社から直接ご案内いただけると助かります。

{SIG_MURASE}

---------- 転送メッセージ ----------
差出人: website@hojo-kaikei.jp
件名: 【お問い合わせフォーム】新規お問い合わせ

お名前：津田 健一郎
フリガナ：ツダ ケンイチロウ
生年月日：1982年8月30日
ご住所：埼玉県戸田市上戸田3-14-9 グランデ戸田602
電話番号：080-7720-3314
メール：k.tsuda@yahoo.co.jp
ご職業：個人事業主（Webデザイン）
お問い合わせ内容：
開業3年目です。来年からクラウド会計に切り替えて記帳を自分でしたいのですが、決算だけお願いできますか。""",
personal=[("name", "津田 健一郎"), ("birth_date", "1982年8月30日"), ("address", "埼玉県戸田市上戸田3-14-9 グランデ戸田602"), ("phone", "080-7720-3314")]))

# T19 pass: e-Tax outage
A(M("pass", "benign.it_outage", "Notice of an e-Tax system outage with a receipt number; no personal data.",
TABATA, ["総務 柴田様 <shibata@fukumoto-unyu.co.jp>"],
"e-Tax障害による法定調書の提出遅延について",
f"""柴田様

お世話になっております。田端です。
本日午前、国税庁のe-Taxで障害が発生しており、法定調書合計表の送信ができない状態です。
復旧し次第送信し、受付番号をお知らせします（前回分の受付番号：20240131102214559873）。
提出期限は1月31日ですので、現時点で影響はありません。

{SIG_TABATA}"""))

# T20 hold: pension number in subject only
A(M("hold", "id.pension_number", "The subject line carries a new employee's basic pension number, sent to an outside labour consultant.",
TABATA, ["社会保険労務士 飯田様 <iida@iida-sr.jp>"],
"基礎年金番号 4127-508316 の件（福本運輸 新入社員 松田 悠斗様）",
f"""飯田先生

先ほどお電話でお話しした件です。
資格取得届の方はお手数ですが先生の方でお願いいたします。

{SIG_TABATA}""",
personal=[("pension_number", "4127-508316"), ("name", "松田 悠斗")]))
