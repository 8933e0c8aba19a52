from common import *
M = []
RIJICHO = "小宮山 徹 <toru.komiyama.58@gmail.com>"

M.append(dict(tag="A-H1", expect="hold", kind="list.debtors",
 why="滞納者7名の部屋番号・氏名・滞納額・月数を理事長の個人Gmailへ送付（債務情報の名簿）。",
 **{"from": FROM['ohashi']}, to=[RIJICHO], cc=["田島 翔太 <s.tajima@hokuto-kanri.co.jp>"],
 subject="グランシエル山手 管理費等滞納状況（3月末）",
 text=f"""グランシエル山手管理組合
理事長 小宮山 様

いつもお世話になっております。北斗コミュニティ管理 会計管理課の大橋です。
3月末時点の管理費・修繕積立金の滞納状況をお知らせいたします。
4/12の理事会で督促方針をご審議いただく予定です。

部屋　氏名　　　　　滞納月数　滞納額（円）　備考
102　佐久間 正樹　　 3か月　　 97,500　　電話つながらず
208　長尾 裕美　　　 2か月　　 64,200　　分納の申し出あり
305　村田 康弘　　　 7か月　　243,600　　内容証明送付済
411　三好 幸恵　　　 1か月　　 32,100
506　金井 直人　　　 4か月　　130,800　　賃貸中（居住者は別人）
612　江口 里沙　　　 2か月　　 65,400
703　桑田 義男　　　12か月　　418,800　　支払督促の検討要

合計 7戸　1,052,400円

305号室・703号室は、法的措置（少額訴訟または支払督促）の検討をお願いしたく存じます。

{SIG['ohashi']}""",
 personal=[{"type":"name","value":"佐久間 正樹"},{"type":"name","value":"村田 康弘"},{"type":"debt","value":"243,600"},{"type":"name","value":"桑田 義男"},{"type":"debt","value":"418,800"}]))

M.append(dict(tag="A-H2", expect="hold", kind="profile.debt",
 why="滞納者1名の氏名・連絡先・勤務先・滞納額を外部の司法書士事務所へ送付（一個人のプロファイル＋債務）。",
 **{"from": FROM['tajima']},
 to=["黒川 智章 <t.kurokawa@minato-lawoffice.jp>"],
 subject="グランシエル山手703号室 滞納管理費の支払督促のご依頼",
 text=f"""みなと総合法律・司法書士事務所
黒川先生

お世話になっております。北斗コミュニティ管理の田島です。
先日の理事会で、703号室の滞納について法的措置を取ることが決議されましたので、
支払督促の申立てをご依頼したく、概要をお送りします。

　区分所有者：桑田 義男（くわた よしお）
　住所：横浜市中区山手町246-3 グランシエル山手703
　電話：045-622-1873／携帯 090-8817-3302
　勤務先：株式会社ヨコハマ港湾サービス（本牧ふ頭）
　滞納額：418,800円（令和6年4月分〜令和7年3月分、12か月）
　督促経過：督促状3回、内容証明1回（1/20付・受領済み）、訪問2回（不在）
　備考：ご本人は「会社の業績が悪く給料が下がった」と話していたとのこと（管理員談）

理事会議事録と規約の写し、管理費等の請求明細はレターパックで送ります。
費用のお見積りをいただけますと幸いです。

{SIG['tajima']}""",
 personal=[{"type":"name","value":"桑田 義男"},{"type":"address","value":"横浜市中区山手町246-3 グランシエル山手703"},{"type":"phone","value":"090-8817-3302"},{"type":"debt","value":"418,800円"}]))

M.append(dict(tag="A-H3", expect="hold", kind="list.roster",
 why="居住者名簿（氏名・部屋・電話・家族構成・要援護者の有無）のCSVを外部の点検業者へ送付。",
 **{"from": FROM['tajima']},
 to=["株式会社湘南防災設備 点検課 松尾様 <matsuo@shonan-bousai.co.jp>"],
 subject="消防設備点検（4/22・23）居住者連絡先リスト",
 text=f"""湘南防災設備
松尾様

いつもお世話になっております。北斗コミュニティ管理の田島です。
4/22・23のハイツ本牧の消防設備点検について、
室内点検の日程調整用に居住者の連絡先リストをお送りします。
（管理組合の居住者名簿から抜粋しています）

不在の住戸には再点検のご案内をお願いいたします。

{SIG['tajima']}""",
 attachments=[{"filename":"ハイツ本牧_居住者連絡先_2025.csv","contentType":CSV,"text":"""部屋,氏名,電話,世帯人数,要配慮,備考
101,遠藤 光男,045-621-3308,1,高齢単身・耳が遠い,ゆっくり大きな声で
102,松本 絵里,090-2271-8836,3,,日中不在
103,小池 隆史,080-4412-0937,2,,
201,片岡 ハル,045-623-1184,1,要介護2・デイサービス(月水金),火木に訪問希望
202,田中 俊介,070-5531-2290,4,,乳児あり
203,吉村 奈緒,090-6640-7718,2,,ペット(猫)あり
301,内藤 浩二,080-3389-1142,1,,夜勤のため午後希望
302,ラミレス カルロス,090-1845-6632,3,,日本語少し
303,石川 恵子,045-622-8871,2,車椅子使用,"""}],
 personal=[{"type":"name","value":"遠藤 光男"},{"type":"phone","value":"045-621-3308"},{"type":"name","value":"片岡 ハル"},{"type":"health","value":"要介護2・デイサービス(月水金)"},{"type":"name","value":"石川 恵子"},{"type":"disability","value":"車椅子使用"}]))

M.append(dict(tag="A-H4", expect="hold", kind="sensitive.medical",
 why="件名に居住者の氏名と認知症（徘徊）が記載され、外部（家族の個人アドレス）へ送付。",
 **{"from": FROM['tajima']},
 to=["佐久間 陽子 <yoko.sakuma.0921@gmail.com>"],
 subject="805号室 佐久間 弘様 認知症による夜間の徘徊について（管理会社よりご報告）",
 text=f"""佐久間 陽子 様

突然のご連絡失礼いたします。
パークサイド磯子の管理を担当しております北斗コミュニティ管理の田島です。
お父様の緊急連絡先として、ご登録いただいているメールアドレスにご連絡しております。

今週に入り、夜間にエントランスやゴミ置場付近にいらっしゃるところを、
他の居住者の方や管理員が何度かお見かけしております。
昨晩（4/8 23時頃）は、お部屋の場所が分からなくなったご様子で、
管理員が805号室までお連れしました。お怪我等はございません。

ご家族様で状況をご存じでしたら、今後の見守り方法について
一度ご相談させていただけますでしょうか。
地域包括支援センターへのご相談もお手伝いできます。

{SIG['tajima']}""",
 personal=[{"type":"name","value":"佐久間 弘"},{"type":"health","value":"認知症による夜間の徘徊"}]))

M.append(dict(tag="A-H5", expect="hold", kind="attachment.encrypted_zip",
 why="議決権行使書の集計をパスワード付きZIPで外部（理事長の個人アドレス）へ送付（PPAP）。",
 **{"from": FROM['ohashi']}, to=[RIJICHO],
 subject="通常総会 議決権行使書・委任状の集計結果",
 text=f"""小宮山理事長

お世話になっております。大橋です。
5/25の通常総会に向けた議決権行使書・委任状の集計結果（5/20時点）をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールでお送りします。

現時点で出席（行使書・委任状含む）は 82戸／96戸で、
第3号議案（特別決議）も可決要件を満たす見込みです。

{SIG['ohashi']}""",
 attachments=[enczip("総会_議決権集計_0520.zip")]))

M.append(dict(tag="A-H6", expect="hold", kind="list.debtors",
 why="理事会資料3点のうち1点（滞納状況明細）にのみ滞納者の氏名・金額が含まれ、理事の個人アドレスへ送付。",
 **{"from": FROM['tajima']},
 to=[RIJICHO, "水野 朋美 <tomomi.mizuno@outlook.jp>", "柏木 亮 <ryo.kashiwagi@yahoo.co.jp>"],
 cc=["大橋 真理子 <m.ohashi@hokuto-kanri.co.jp>"],
 subject="4/12 理事会資料の事前送付",
 text=f"""グランシエル山手管理組合
理事長 小宮山様、副理事長 水野様、会計担当理事 柏木様

お世話になっております。北斗コミュニティ管理の田島です。
4/12（土）10:00〜 集会室で開催の理事会の資料を事前にお送りします。

　1. 議事次第
　2. 3月度 収支報告書
　3. 滞納状況明細（3月末）

当日は印刷したものをお配りします。ご意見があれば事前にお知らせください。

{SIG['tajima']}""",
 attachments=[{"filename":"01_議事次第_0412.docx","contentType":DOCX,"text":"""グランシエル山手管理組合 第8期 第10回理事会 議事次第
日時：令和7年4月12日（土）10:00〜
場所：集会室
1. 3月度 収支報告
2. 管理費等滞納者への対応（法的措置の要否）
3. 機械式駐車場 更新工事の見積比較（3社）
4. 通常総会の準備（議案書案）
5. その他"""},
  {"filename":"02_収支報告書_2025-03.xlsx","contentType":XLSX,"text":"""科目\t予算\t実績\t差異
管理費収入\t2,880,000\t2,798,400\t-81,600
駐車場使用料\t624,000\t612,000\t-12,000
管理委託費\t1,210,000\t1,210,000\t0
水道光熱費\t248,000\t261,330\t13,330
修繕費\t150,000\t96,800\t-53,200
当月収支\t\t+331,270\t"""},
  {"filename":"03_滞納状況明細_2025-03.xlsx","contentType":XLSX,"text":"""部屋番号\t区分所有者\t滞納月数\t滞納額\t督促状況
102\t佐久間 正樹\t3\t97,500\t督促状2回
208\t長尾 裕美\t2\t64,200\t分納協議中
305\t村田 康弘\t7\t243,600\t内容証明送付済
506\t金井 直人\t4\t130,800\t督促状3回
703\t桑田 義男\t12\t418,800\t法的措置検討"""}],
 personal=[{"type":"name","value":"長尾 裕美"},{"type":"name","value":"金井 直人"},{"type":"debt","value":"130,800"},{"type":"name","value":"村田 康弘"}]))

M.append(dict(tag="A-H7", expect="hold", kind="id.residence_card",
 why="外国籍居住者の在留カード番号・国籍・苦情内容を外部（勤務先の人事）へ送付。",
 **{"from": FROM['tajima']},
 to=["HR Department - Brightwave Japan <hr-jp@brightwave-tech.com>"],
 subject="Noise complaints - your employee residing at Harbor View Minatomirai #1204",
 text=f"""Dear HR team,

My name is Shota Tajima, the property manager of Harbor View Minatomirai.
Your company is listed as the corporate lessee (shataku) for unit 1204.

We have received repeated complaints from neighbouring units about loud music and
parties late at night (after midnight on 5, 12 and 19 April). Our on-site manager has
spoken to the resident twice, but the situation has not improved.

For your reference, the resident registered with us is:
  Name: Mr. Dmitri Volkov
  Nationality: Russia
  Residence card no.: RK48302157EA (copy provided at move-in)
  Mobile: 080-2916-4470

Under clause 14 of the lease, repeated nuisance may lead to termination. We would
appreciate it if you could speak with him directly. I am happy to arrange a meeting.

{SIG['tajima_en']}""",
 personal=[{"type":"name","value":"Dmitri Volkov"},{"type":"nationality","value":"Nationality: Russia"},{"type":"idnumber","value":"RK48302157EA"},{"type":"phone","value":"080-2916-4470"}]))

RIJI = ["小宮山 徹 <toru.komiyama.58@gmail.com>","水野 朋美 <tomomi.mizuno@outlook.jp>","柏木 亮 <ryo.kashiwagi@yahoo.co.jp>","藤井 康夫 <fujii.yasuo@nifty.com>",
 "石黒 みゆき <miyuki.ishiguro@gmail.com>","河野 大輔 <daisuke.kono@icloud.com>","里見 直子 <n.satomi@ezweb.ne.jp>","永田 聡 <satoshi.nagata.yamate@gmail.com>",
 "早川 弓子 <yumiko-hayakawa@ocn.ne.jp>","吉岡 淳 <jun.yoshioka@me.com>","丸山 志保 <shiho.maruyama@yahoo.co.jp>","近藤 英樹 <hideki.kondo@softbank.ne.jp>"]
M.append(dict(tag="A-H8", expect="hold", kind="recipients.many",
 why="理事・修繕委員12名の個人アドレスをToに並べて送信（外部の個人アドレスが10件超）。",
 **{"from": FROM['tajima']}, to=RIJI,
 subject="大規模修繕工事 説明会（第2回）の日程について",
 text=f"""理事・修繕委員の皆さま

北斗コミュニティ管理の田島です。
大規模修繕工事の住民説明会（第2回）の日程が決まりましたのでご連絡いたします。

　日時：6月8日（日）10:00〜11:30
　場所：1階 集会室
　内容：足場設置スケジュール、バルコニー使用制限、駐車場の一時移動

説明会の前に、9:15から理事・委員の皆さまとの事前打合せを行います。
ご都合の悪い方はお知らせください。

{SIG['tajima']}"""))

M.append(dict(tag="A-H9", expect="hold", kind="id.bank_account",
 why="元区分所有者個人の口座（銀行・支店・番号・名義）を返金依頼として外部の銀行へ送付。",
 **{"from": FROM['ohashi']},
 to=["横浜ベイ銀行 関内支店 法人営業課 吉川様 <yoshikawa@yokohamabay-bank.co.jp>"],
 subject="グランシエル山手管理組合 過入金返金の振込依頼について",
 text=f"""横浜ベイ銀行 関内支店
吉川様

いつもお世話になっております。北斗コミュニティ管理 会計管理課の大橋です。
グランシエル山手管理組合の口座から、下記の返金振込をお願いいたします。
（理事長の承認印を押した振込依頼書の原本は本日持参いたします）

　返金先：元 406号室 区分所有者　榎本 和子 様
　　　　　スルガ台銀行 藤沢支店 普通 2284019　エノモト カズコ
　返金額：45,300円（売却後の管理費・修繕積立金 口座振替の過入金 1.5か月分）
　振込日：4月25日

{SIG['ohashi']}""",
 personal=[{"type":"name","value":"榎本 和子"},{"type":"account","value":"スルガ台銀行 藤沢支店 普通 2284019"},{"type":"name","value":"エノモト カズコ"}]))

M.append(dict(tag="A-H10", expect="hold", kind="sensitive.crime",
 why="居住者の逮捕事実（氏名・部屋番号・容疑）を理事長の個人アドレスへ報告（犯罪・刑事手続情報）。",
 **{"from": FROM['tajima']}, to=[RIJICHO],
 subject="【ご報告】昨夜の警察対応の件",
 text=f"""小宮山理事長

夜分の対応、お疲れさまでした。田島です。
昨夜の件、管理員と警察から聞き取った内容をご報告します。

・4/15 22:30頃、神奈川県警 山手署の捜査員6名が来訪、
　608号室の 樋口 昌平 氏（42歳）が覚醒剤取締法違反（所持）の容疑で逮捕されました。
・家宅捜索は翌1:00頃まで。他の居住者への被害・危険はありません。
・防犯カメラ映像（4/1〜4/15分）の任意提出を求められ、捜査関係事項照会書を受領済みです。
　規約上、理事長の承認が必要ですので、ご確認をお願いします。

居住者の皆さまへの掲示は「警察の捜査があった」程度に留め、
個人が特定される表現は避ける案で考えています。

{SIG['tajima']}""",
 personal=[{"type":"name","value":"樋口 昌平"},{"type":"crime","value":"覚醒剤取締法違反（所持）の容疑で逮捕"}]))

# --------------- passes ----------------
M.append(dict(tag="A-P1", expect="pass", kind="benign.aggregate_stats",
 why="滞納の件数・総額・推移のみの統計で、部屋番号も氏名もない。",
 **{"from": FROM['ohashi']}, to=[RIJICHO],
 subject="滞納状況の推移（総会資料用・集計のみ）",
 text=f"""小宮山理事長

大橋です。総会資料に載せる滞納状況の集計をお送りします。
総会資料は全戸配布のため、部屋番号・氏名は記載していません。

　　　　　　　　 R5年3月末　R6年3月末　R7年3月末
滞納戸数　　　　　　 4戸　　　　 6戸　　　　 7戸
うち3か月以上　　　 2戸　　　　 3戸　　　　 4戸
滞納総額　　　　 386,400円　　712,900円　1,052,400円
回収額（年度）　 298,000円　　455,200円　　601,700円

長期滞納（6か月以上）2戸については、理事会決議に基づき法的措置の準備中です。
全体の滞納率は 1.2％（管理費等収入比）で、同規模マンションの平均程度です。

{SIG['ohashi']}"""))

M.append(dict(tag="A-P2", expect="pass", kind="benign.bcc",
 why="居住者への工事案内をBccで一斉送信。本文に個人データなし。",
 **{"from": FROM['tajima']},
 to=["グランシエル山手 管理組合お知らせ <gc-yamate@hokuto-kanri.co.jp>"],
 bcc=["toru.komiyama.58@gmail.com","tomomi.mizuno@outlook.jp","ryo.kashiwagi@yahoo.co.jp","fujii.yasuo@nifty.com","miyuki.ishiguro@gmail.com","daisuke.kono@icloud.com","n.satomi@ezweb.ne.jp","satoshi.nagata.yamate@gmail.com","yumiko-hayakawa@ocn.ne.jp","jun.yoshioka@me.com","shiho.maruyama@yahoo.co.jp","hideki.kondo@softbank.ne.jp","emi.tsuchiya@gmail.com","k.nomoto@icloud.com"],
 subject="【グランシエル山手】排水管高圧洗浄のお知らせ（5/17・18）",
 text=f"""居住者各位

グランシエル山手管理組合
（管理会社：北斗コミュニティ管理株式会社）

年1回の排水管高圧洗浄を下記のとおり実施いたします。
室内（キッチン・洗面・浴室・洗濯パン）での作業がございますので、
ご在宅をお願いいたします。

　5月17日（土）1〜4階
　5月18日（日）5〜8階
　作業時間：各住戸 約20分（時間帯は別途チラシでお知らせします）

ご不在の場合は、管理事務室に鍵をお預けいただくことも可能です。
※本メールはBCCで一斉送信しております。

{SIG['tajima']}"""))

M.append(dict(tag="A-P3", expect="pass", kind="benign.own_data",
 why="区分所有者本人へ、本人の滞納額と本人の口座振替内容を確認する連絡（本人への返送）。",
 **{"from": FROM['ohashi']},
 to=["長尾 裕美 <hiromi.nagao.208@gmail.com>"],
 subject="管理費等のお支払い状況と分納のご確認",
 text=f"""長尾 裕美 様

お世話になっております。
グランシエル山手の管理会社、北斗コミュニティ管理 会計管理課の大橋です。
先日はお電話でご相談いただきありがとうございました。

長尾様の現在のお支払い状況は以下のとおりです。
　未納：2・3月分 管理費等 64,200円（月額 32,100円）

ご提案いただいた分納（4月〜9月、毎月 10,700円を通常分に上乗せ）で
理事長の了承を得ましたので、5月の口座振替から下記のとおり引き落とします。
　振替口座：横浜ベイ銀行 本牧支店 普通 ****612（ご本人名義）
　振替額：42,800円（通常 32,100円＋分納 10,700円）
　振替日：毎月27日

ご事情もおありかと存じますが、ご協力ありがとうございます。
ご不明点はお気軽にご連絡ください。

{SIG['ohashi']}"""))

M.append(dict(tag="A-P4", expect="pass", kind="benign.equipment_fault",
 why="エレベーターの「障害」（設備故障）の連絡。人の障害や個人情報ではない。",
 **{"from": FROM['tajima']},
 to=["東洋エレベータサービス 横浜営業所 <yokohama@toyo-elevator-service.co.jp>"],
 subject="【障害連絡】ハイツ本牧 1号機 戸開閉不良（再発）",
 text=f"""東洋エレベータサービス 横浜営業所 御中

北斗コミュニティ管理の田島です。
ハイツ本牧 1号機（管理番号 YH-0452-1）で、本日 8:10頃 再び戸開閉の障害が発生しました。
3階で扉が閉まりきらず、運転休止状態です（閉じ込めはありません）。

先月20日にも同じ障害があり、ドアスイッチ調整で復旧しています。
今回は部品交換を含めて原因の特定をお願いいたします。
同マンションは2号機のみで運行中です。到着予定時刻をご連絡ください。

{SIG['tajima']}"""))

M.append(dict(tag="A-P5", expect="pass", kind="benign.corporate_account",
 why="管理組合名義の口座（理事長名入り）を仲介業者へ案内。団体の業務口座であり私人の口座ではない。",
 **{"from": FROM['ohashi']},
 to=["横浜リアルエステート 売買課 福島様 <fukushima@yokohama-re.co.jp>"],
 subject="Re: 重要事項調査報告書のご依頼（グランシエル山手 305号室）",
 text=f"""横浜リアルエステート
福島様

お世話になっております。北斗コミュニティ管理の大橋です。
ご依頼の重要事項調査報告書を本日郵送いたしました。主な内容は以下のとおりです。

　管理費：月額 18,400円／修繕積立金：月額 13,700円
　修繕積立金 積立総額：1億2,486万円（令和7年3月末）
　大規模修繕：令和8年度予定（借入予定なし）
　当該住戸の滞納：報告書にて記載（個別の金額はメールではお伝えしておりません）

買主様の引渡し後の管理費等は、口座振替の手続き完了までの間、
下記の管理組合口座へお振込みください。
　横浜ベイ銀行 関内支店 普通 5502871
　グランシエル山手管理組合 理事長 小宮山 徹

発行手数料 16,500円の請求書を同封しております。

{SIG['ohashi']}"""))

M.append(dict(tag="A-P6", expect="pass", kind="benign.minutes",
 why="工事業者との打合せ議事録。出席者は業者・管理会社の業務担当者と理事長の役職名のみ。",
 **{"from": FROM['tajima']},
 to=["大成リニューアル工業 工事部 神田様 <kanda@taisei-renewal.co.jp>"],
 cc=[RIJICHO, "大成リニューアル工業 設計 北原様 <kitahara@taisei-renewal.co.jp>"],
 subject="RE: 大規模修繕工事 第4回打合せ 議事録（確認版）",
 text=f"""神田様

北斗コミュニティ管理の田島です。
議事録の作成ありがとうございました。2点修正のうえ確定版とします。
　・3.(2) 「バルコニー使用禁止期間は各面3週間」→「各面最大3週間」
　・5. 次回日程 6/3（火）→ 6/5（木）14:00

{SIG['tajima']}

> 大規模修繕工事 第4回打合せ 議事録（案）
> 日時：5月20日（火）14:00〜15:40　場所：グランシエル山手 集会室
> 出席：管理組合 理事長、修繕委員 2名／大成リニューアル工業 神田、北原／北斗コミュニティ管理 田島
> 1. 仮設計画：足場は7月第1週から北面→東面→南面の順。
> 2. 駐車場：工事車両用に来客用2台分を6〜10月使用。
> 3. 居住者対応
>  (1) 洗濯物の外干し禁止期間を掲示で周知。
>  (2) バルコニー使用禁止期間は各面3週間。
> 4. 色彩計画：外壁は現状色に近いベージュ（3案から総会で決定）。
> 5. 次回：6月3日（火）14:00
> ---
> 大成リニューアル工業株式会社 工事部 神田 雄一郎
> TEL 045-334-2210 / 携帯 080-5502-7714
"""))

M.append(dict(tag="A-P7", expect="pass", kind="benign.template_dummy",
 why="総会委任状・議決権行使書の記入例。氏名・部屋番号は見本の架空値（北斗 太郎／000号室）。",
 **{"from": FROM['tajima']}, to=[RIJICHO],
 subject="総会 委任状・議決権行使書の記入例（案）",
 text=f"""小宮山理事長

田島です。
総会案内に同封する委任状・議決権行使書の記入例を作りました。
昨年「代理人欄の書き方が分からない」という声が多かったので、
記入例を大きめにしています。ご確認ください。

{SIG['tajima']}""",
 attachments=[{"filename":"記入例_委任状・議決権行使書.pdf","contentType":PDF,"text":"""【記入例】委任状
グランシエル山手管理組合 理事長 殿
私は、令和7年5月25日開催の第8回通常総会における議決権の行使を、
（いずれかに○）
 ○ 議長
   （　　　　号室　氏名　　　　　　　）
に委任します。
令和7年 5月 10日
部屋番号 000号室
氏名 北斗 太郎　（印）
※記入例です。実際には、ご自身の部屋番号・氏名をご記入ください。

【記入例】議決権行使書
第1号議案 賛成 ○ ／ 反対
第2号議案 賛成 ○ ／ 反対
部屋番号 000号室　氏名 北斗 太郎"""}]))

M.append(dict(tag="A-P8", expect="pass", kind="benign.thread_signatures",
 why="理事長との駐輪場ルールに関するやり取り。理事長本人との通常の業務連絡で第三者の個人データなし。",
 **{"from": FROM['tajima']}, to=[RIJICHO],
 subject="Re: Re: 駐輪場の放置自転車とステッカー更新について",
 text=f"""小宮山理事長

田島です。ご確認ありがとうございます。
では、以下の流れで進めます。

6/1〜6/30　ステッカー更新受付（管理事務室、年額 1,200円）
7/1　　　　未更新の自転車に警告札を取付け（管理員）
7/31　　　 警告札から1か月経過したものを一時撤去→集会室裏に保管
9/30　　　 保管期間満了後、リサイクル業者へ処分

掲示文案は明日お送りします。

{SIG['tajima']}

> 田島さん
> 案をありがとうございます。撤去後の保管期間は2か月あれば十分だと思います。
> 処分費用が出るなら、前回と同じ業者でお願いします。
> 小宮山
>
>> 小宮山理事長
>> 田島です。駐輪場のステッカー更新と放置自転車の整理について、
>> 昨年と同じスケジュールでいかがでしょうか。現在、ステッカーなしの自転車が
>> 34台あり、うち明らかな放置（パンク・錆）は約15台です。
"""))

KANRI = [f"{n} <{a}@hokuto-kanri.co.jp>" for n,a in [("横浜第一課 大谷","k.otani"),("横浜第一課 森田","y.morita"),("横浜第二課 田島","s.tajima"),("横浜第二課 水谷","a.mizutani"),("川崎課 吉田","t.yoshida"),("川崎課 高野","m.takano"),("湘南課 市川","r.ichikawa"),("湘南課 白井","k.shirai"),("会計管理課 大橋","m.ohashi"),("会計管理課 小西","y.konishi"),("技術課 荒木","h.araki"),("技術課 寺田","s.terada"),("緊急受付センター","emergency")]]
M.append(dict(tag="A-P9", expect="pass", kind="benign.internal_many",
 why="社内13名宛てのGW緊急対応体制の連絡。全宛先が自社ドメイン。",
 **{"from": FROM['tajima']}, to=KANRI,
 subject="【共有】ゴールデンウィーク期間中の緊急対応体制",
 text=f"""各位

横浜第二課の田島です（今期のGW当番取りまとめ）。
4/26〜5/6の緊急対応体制を以下のとおりとします。

　4/26-27 大谷・水谷　　4/28 森田
　4/29　　田島・高野　　4/30-5/2 通常営業
　5/3-4　 吉田・白井　　5/5-6 市川・荒木
技術的な判断が必要な場合は、技術課 寺田さんが電話待機（オンコール）。

・漏水・停電・エレベーター閉じ込めは、緊急受付センターから当番へ直接連絡。
・居住者の個人情報を含む報告は、私用メールではなく社用スマホから送ること。

よろしくお願いします。

{SIG['tajima']}"""))

M.append(dict(tag="A-P10", expect="pass", kind="benign.own_data",
 why="海外在住の区分所有者本人に本人の管理費明細と本人の口座振替状況を送付（本人への返送）。",
 **{"from": FROM['ohashi']},
 to=["Kenji Arai-Thomson <kenji.at@singnet.com.sg>"],
 subject="Your monthly statement - Grand Ciel Yamate #512 (March 2025)",
 text=f"""Dear Mr. Arai-Thomson,

Thank you for your email. As requested, here is the statement for your unit.

  Unit: Grand Ciel Yamate #512
  Owner: Kenji Arai-Thomson
  Mailing address on file: 21 Holland Grove Road, #03-07, Singapore 278793
  Management fee: JPY 18,400 / month
  Repair reserve fund: JPY 13,700 / month
  Parking (space B-07): JPY 12,000 / month
  Direct debit: Yokohama Bay Bank, account ending ...7731 (your account)
  Status: all paid up to March 2025

The annual general meeting will be held on 25 May. Since you are overseas, you can
vote by the enclosed voting form or appoint a proxy. Please return it by 20 May.

Kind regards,

Mariko Ohashi
Accounting Division
Hokuto Community Management Co., Ltd.
Tel +81-45-212-6645 | m.ohashi@hokuto-kanri.co.jp"""))
