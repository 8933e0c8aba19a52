from common import M, A

IS = "音の葉ミュージックスクール 石井 <k-ishii@otonoha-music.jp>"
MY = "宮下 直樹 <n-miyashita@otonoha-music.jp>"
FZ = "藤崎 玲奈 <r-fujisaki@otonoha-music.jp>"

SIG_IS = """♪――――――――――――――――――♪
音の葉ミュージックスクール（運営：株式会社オトノハ）
事務局　石井 香織
〒180-0004 東京都武蔵野市吉祥寺本町2-9-3 ハーモニービル3F
TEL 0422-55-5831（火～土 11:00-20:00）
https://www.otonoha-music.jp/
♪――――――――――――――――――♪"""

SIG_MY = """株式会社オトノハ　代表取締役
音の葉ミュージックスクール 主宰　宮下 直樹
TEL 0422-55-5831 / FAX 0422-55-5832"""

SIG_FZ = """藤崎 玲奈（ピアノ科講師）
音の葉ミュージックスクール"""

# ---------------- PASS ----------------
M("M-P1", "pass", "benign.own_data",
  "Recital slot and receipt number sent to the child's own parent.",
  IS, ["高木 由美子 様 <yumiko.takagi@icloud.com>"],
  "発表会の出演時間のお知らせ（高木 陽菜さん）",
  f"""
高木 由美子 様

いつも音の葉ミュージックスクールをご利用いただき、ありがとうございます。事務局の石井です。
7月27日（日）の発表会について、陽菜さんの出演時間が決まりましたのでお知らせいたします。

　会場：武蔵野スイングホール
　第2部 14番（15:20頃）
　曲目：ブルグミュラー「アラベスク」「貴婦人の乗馬」
　受付番号：OT-2025-0614
　集合：15:00 までに2階控室へ

当日はリハーサルがございませんので、7月20日の通しレッスンにぜひご参加ください。
チケット（ご家族用4枚）はレッスン時にお渡しします。

{SIG_IS}
""")

M("M-P2", "pass", "benign.invoice_corporate_account",
  "Invoice to a corporate client with the school's corporate bank account.",
  IS, ["ソラテック株式会社 人事総務部 福利厚生ご担当 <fukuri@soratech.co.jp>"],
  "請求書送付のご案内（請求番号 OTN-B-2506-007）",
  f"""
ソラテック株式会社 人事総務部 福利厚生ご担当者様

お世話になっております。音の葉ミュージックスクール 事務局の石井です。
6月分の「社員向けウクレレ講座」の請求書をお送りいたします。

　請求番号：OTN-B-2506-007
　ご請求金額：132,000円（税込）
　お支払期限：2025年7月31日
　お振込先：きちじょうじ銀行 本店営業部 普通 5561230 カ）オトノハ
　登録番号（インボイス）：T1012401098765

ご査収のほどよろしくお願いいたします。

{SIG_IS}
""", attachments=[A("請求書_OTN-B-2506-007.pdf", "application/pdf", """
請求書 No. OTN-B-2506-007
ソラテック株式会社 御中
社員向けウクレレ講座 6月分（全4回×15名） 120,000円  消費税 12,000円  合計 132,000円
振込先 きちじょうじ銀行 本店営業部 普通 5561230 カ）オトノハ
株式会社オトノハ 登録番号 T1012401098765
""")])

M("M-P3", "pass", "benign.serial_numbers",
  "Piano tuning request with instrument serial numbers.",
  MY, ["吉祥寺ピアノサービス 調律受付 <chouritsu@kichijoji-piano.co.jp>"],
  "夏季調律のお願い（3台）",
  f"""
吉祥寺ピアノサービス 調律受付 御中

いつもお世話になっております。音の葉の宮下です。
発表会前の夏季調律を今年もお願いいたします。

　第1教室：YAMAHA C3X　製造番号 6458213
　第2教室：KAWAI RX-2　製造番号 2718844
　第3教室：YAMAHA U1　 製造番号 5190327（ペダルの雑音あり）

7月8日（火）～10日（木）の午前中でご調整いただけますと助かります。
前回担当の野田さんにお願いできれば幸いです。

{SIG_MY}
""")

M("M-P4", "pass", "benign.historical_persons",
  "Newsletter on composers' illnesses and deafness; historical persons only.",
  FZ, ["音の葉ミュージックスクール <info@otonoha-music.jp>"],
  "音の葉だより 7月号「病と闘った作曲家たち」",
  f"""
生徒・保護者の皆さま

こんにちは、ピアノ科の藤崎です。今月の「音の葉だより」をお届けします。
（本メールは皆さまにBCCでお送りしています）

■ 病と闘った作曲家たち
ベートーヴェンは20代後半から難聴に苦しみ、1802年には「ハイリゲンシュタットの遺書」を書きました。
それでも、完全に聴力を失った後に交響曲第9番を完成させています。
ショパンは肺結核を患いながら、マヨルカ島で「24の前奏曲」を書き上げました。
シューマンは晩年に精神を病み、エンデニヒの療養所で亡くなっています。
彼らの作品を弾くとき、その背景を少し思い浮かべてみると、音の表情が変わるかもしれません。

■ 7月のお知らせ
・7/21（祝）は休講です
・発表会の通しレッスンは7/20（日）です

{SIG_FZ}
""", bcc=["yumiko.takagi@icloud.com", "h.ando.kichijoji@gmail.com", "megumi-s@docomo.ne.jp", "t.oishi@yahoo.co.jp",
          "nakano.family@ezweb.ne.jp", "rie.kaneko@gmail.com"])

M("M-P5", "pass", "benign.own_data",
  "Contract terms sent to the freelance instructor herself; My Number requested through a portal, not in the mail.",
  MY, ["今井 沙耶 様 <saya.imai.vn@gmail.com>"],
  "業務委託契約書（バイオリン科）のご確認",
  f"""
今井 沙耶 様

先日はお時間をいただきありがとうございました。宮下です。
バイオリン科の業務委託契約書（案）を添付いたします。主な条件は以下のとおりです。

　契約期間：2025年9月1日～2026年8月31日（自動更新）
　レッスン単価：30分 2,600円／45分 3,800円
　担当曜日：水・土
　報酬の支払：月末締め翌月15日払い

なお、支払調書作成のため、マイナンバーのご提出が必要になります。
メールではなく、後日ご案内する提出用ポータル（本人確認つき）からご登録ください。

内容にご不明点がなければ、署名欄にご記入のうえ、9月の初回出講時にお持ちください。

{SIG_MY}
""", attachments=[A("業務委託契約書_バイオリン科_今井様.pdf", "application/pdf", """
業務委託契約書（案）
株式会社オトノハ（以下「甲」）と今井 沙耶（以下「乙」）は、音楽レッスン業務の委託について次のとおり契約する。
第3条（報酬）30分レッスン1回につき2,600円、45分レッスン1回につき3,800円とする。
第7条（秘密保持）乙は生徒の個人情報を第三者に開示してはならない。
""")])

M("M-P6", "pass", "benign.product_names",
  "Instrument order whose katakana model names look like given names; JAN and model numbers.",
  MY, ["ハーモニー楽器 法人営業 <hojin@harmony-gakki.co.jp>"],
  "楽器発注（体験レッスン用）",
  f"""
ハーモニー楽器 法人営業ご担当 小松様

いつもお世話になっております。音の葉の宮下です。
体験レッスン用に下記を発注いたします。

・ウクレレ「アリア」AU-1S（ソプラノ）　JAN 4515110123457　×4
・電子ピアノ「カノン」CN-88 ホワイト　JAN 4515110234566　×1
・キッズ用バイオリン「エリーゼ」1/8サイズ　品番 EL-108　×2
・譜面台「ソフィー」折りたたみ式　品番 SPH-20　×6

納品は7月末までに吉祥寺本町の教室へお願いします。
見積書番号 HG-Q-250611-03 の金額でお願いいたします。

{SIG_MY}
""")

M("M-P7", "pass", "benign.condolence",
  "Condolence to a student's mother on a family death; deceased person named in an ordinary condolence.",
  IS, ["安藤 裕子 様 <h.ando.kichijoji@gmail.com>"],
  "お悔やみ申し上げます",
  f"""
安藤 裕子 様

このたびはご尊父様のご逝去の報に接し、謹んでお悔やみ申し上げます。
悠人くんのレッスンを、いつも後ろの席で嬉しそうに聴いていらしたお祖父様のお姿を、講師一同よく覚えております。

レッスンのお休みについてはどうぞお気になさらず、落ち着かれましたらご連絡ください。
今月分の振替は8月末まで可能です。

心よりご冥福をお祈り申し上げます。

{SIG_IS}
""")

M("M-P8", "pass", "benign.own_data",
  "Trial lesson confirmation to the applicant with her own phone number.",
  IS, ["大石 智子 様 <t.oishi@docomo.ne.jp>"],
  "体験レッスンのご予約確認",
  f"""
大石 智子 様

音の葉ミュージックスクールです。体験レッスンのご予約を承りました。

　日時：6月21日（土）13:30～14:00
　コース：大人のジャズピアノ
　講師：藤崎 玲奈
　ご登録の連絡先：090-5513-2274

当日は受付で「体験レッスンの大石です」とお伝えください。
変更・キャンセルはお電話（0422-55-5831）またはこのメールへの返信でお願いいたします。

{SIG_IS}
""")

# ---------------- HOLD ----------------
M("M-H1", "hold", "list.roster",
  "Recital performer list with children's names, grades, parents and phones sent to a photo studio.",
  IS, ["フォトスタジオ・ルミエ <info@lumie-photo.jp>"],
  "発表会 撮影用 出演者リスト",
  f"""
フォトスタジオ・ルミエ 御中

お世話になっております。音の葉の石井です。
7/27の発表会の撮影用に、出演者リスト（第2部）をお送りします。
写真購入の案内はこちらの連絡先へ直接お願いします。

{SIG_IS}
""", attachments=[A("出演者リスト_第2部.csv", "text/csv", """
出演順,氏名,学年,楽器,保護者,電話
13,安藤 悠人,小4,ピアノ,安藤 裕子,090-1184-6620
14,高木 陽菜,小3,ピアノ,高木 由美子,080-4417-9023
15,中野 颯太,小6,バイオリン,中野 大輔,070-2290-5518
16,金子 莉子,中1,ピアノ,金子 理恵,090-8836-0471
""")], personal=[("name", "安藤 悠人"), ("name", "高木 陽菜"), ("phone", "090-1184-6620"), ("phone", "080-4417-9023"),
                 ("phone", "070-2290-5518")])

M("M-H2", "hold", "id.mynumber",
  "A freelance instructor's My Number and private bank account sent to the tax accountant.",
  MY, ["山口税理士事務所 <office@yamaguchi-tax.jp>"],
  "講師報酬 支払調書の件",
  f"""
山口先生

いつもお世話になっております。オトノハの宮下です。
支払調書の作成にあたり、昨年途中から出講しているギター科講師の情報をお送りします。

　氏名：村瀬 健司
　住所：東京都三鷹市下連雀6-4-11-203
　マイナンバー：6372 3669 8384
　報酬振込口座：きちじょうじ銀行 三鷹支店 普通 3390285 ムラセ ケンジ
　2024年報酬合計：1,184,000円（源泉徴収額 120,886円）

よろしくお願いいたします。

{SIG_MY}
""", personal=[("name", "村瀬 健司"), ("my_number", "6372 3669 8384"), ("bank_account", "3390285"),
               ("address", "東京都三鷹市下連雀6-4-11-203")])

M("M-H3", "hold", "attachment.encrypted_zip",
  "Student roster sent as a password-protected zip (PPAP).",
  IS, ["ミュージックネットワーク本部 加盟校支援課 <kamei@musicnw-hq.co.jp>"],
  "上期 在籍生徒データの提出",
  f"""
加盟校支援課 ご担当者様

お世話になっております。音の葉ミュージックスクールの石井です。
上期の在籍生徒データを送付いたします。
パスワードは別送いたします。

{SIG_IS}
""", attachments=[A("otonoha_seito_2025H1.zip", "application/zip", encrypted=True)])

M("M-H4", "hold", "sensitive.disability",
  "A named pupil's autism diagnosis shared with an outside substitute teacher's private address.",
  FZ, ["桜井 みのり 先生 <minori.sakurai.pf@gmail.com>"],
  "来週の代講の件（土曜10時の生徒さん）",
  f"""
桜井先生

来週の代講、本当にありがとうございます！藤崎です。
土曜10:00の 中野 颯太くん（小6）について、事前にお伝えしておきますね。

颯太くんは自閉スペクトラム症の診断を受けていて、急な予定変更や大きな音が苦手です。
最初に「今日の流れ」を紙に書いて見せてあげると落ち着きます。
お母様も了解済みで、レッスン中は廊下で待っていらっしゃいます。

よろしくお願いします。

{SIG_FZ}
""", personal=[("name", "中野 颯太"), ("disability", "自閉スペクトラム症の診断")])

PAR = ["yumiko.takagi@icloud.com", "h.ando.kichijoji@gmail.com", "megumi-s@docomo.ne.jp", "t.oishi@yahoo.co.jp",
       "nakano.family@ezweb.ne.jp", "rie.kaneko@gmail.com", "kana.hirose@gmail.com", "y-mochizuki@ocn.ne.jp",
       "s.kuwahara@icloud.com", "aya.nishino@softbank.ne.jp", "tomo.inoue84@gmail.com", "k-hattori@nifty.com"]
M("M-H5", "hold", "recipients.over10",
  "Twelve parents' private addresses visible in To.",
  IS, PAR,
  "【発表会】通しレッスンのご案内",
  f"""
保護者の皆さま

発表会に向けた通しレッスンを7月20日（日）に行います。
ピアノ科は10:00～、弦楽器科は13:00～です。
当日の流れを確認しますので、できるだけご参加ください。

{SIG_IS}
""")

M("M-H6", "hold", "personal.complaint",
  "A parent's complaint with full contact details forwarded to the outside instructor agency.",
  MY, ["ミューズキャスト 講師派遣担当 <haken@musecast.co.jp>"],
  "Fw: 講師の対応について（保護者様より）",
  f"""
ミューズキャスト ご担当者様

お世話になっております。音の葉の宮下です。
貴社から派遣いただいているドラム科講師について、保護者様から下記のご意見がありました。
事実関係を確認のうえ、ご本人への指導をお願いいたします。

{SIG_MY}

---------- 転送メッセージ ----------
差出人：望月 洋平 <y-mochizuki@ocn.ne.jp>
件名：講師の対応について
息子（望月 蓮、中2）のドラムレッスンで、先生が毎回10分以上遅れてきます。
先週は息子に「才能ないね」と言ったそうで、息子は辞めたいと言っています。
住所：東京都武蔵野市中町1-22-5 グランメゾン中町401
電話：090-3724-1856
返答がない場合は退会を考えます。
""", personal=[("name", "望月 洋平"), ("name", "望月 蓮"), ("address", "東京都武蔵野市中町1-22-5 グランメゾン中町401"),
               ("phone", "090-3724-1856")])

M("M-H7", "hold", "list.debts",
  "Attachment lists families with unpaid fees, addresses and amounts for a law firm; body is neutral.",
  MY, ["弁護士法人あおば 債権管理チーム <saiken@aoba-law.jp>"],
  "ご相談資料の送付",
  f"""
弁護士法人あおば
債権管理チーム 御中

先日はご相談に乗っていただきありがとうございました。宮下です。
お話しした件の資料を添付いたします。ご確認ください。

{SIG_MY}
""", attachments=[A("未納者一覧_2025Q2.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", """
[Sheet1]
会員番号	契約者氏名	住所	電話	未納月数	未納額
OT-0318	広瀬 香奈	東京都武蔵野市境南町3-8-2	080-6612-3390	5	64,500
OT-0402	服部 健一	東京都小金井市本町4-17-9-105	090-2251-8843	4	52,800
OT-0527	桑原 沙織	東京都三鷹市井の頭2-30-14	070-4418-2079	3	38,700
""")], personal=[("name", "広瀬 香奈"), ("address", "東京都武蔵野市境南町3-8-2"), ("debt", "64,500"),
                 ("name", "服部 健一"), ("phone", "090-2251-8843")])

M("M-H8", "hold", "personal.inquiry",
  "Only the quoted inquiry holds a prospective pupil's address, birth date and phone, forwarded to a partner shop.",
  IS, ["ハーモニー楽器 小松様 <hojin@harmony-gakki.co.jp>"],
  "Re: Fw: 楽器レンタルのご相談",
  f"""
小松様

お世話になっております。石井です。
はい、下記の方への分数バイオリンのレンタルのご案内をお願いできれば助かります。
体験レッスンは来週の予定です。

{SIG_IS}

> -----Original Message-----
> From: 音の葉 お問い合わせフォーム
> お名前：西野 綾（保護者）／お子様：西野 芽生（2018年10月3日生）
> ご住所：東京都武蔵野市吉祥寺東町4-11-6
> 電話：080-7720-4135
> ご相談：娘がバイオリンを始めたいのですが、楽器は買うべきでしょうか。レンタルはありますか。
""", personal=[("name", "西野 芽生"), ("date_of_birth", "2018年10月3日"), ("address", "東京都武蔵野市吉祥寺東町4-11-6"),
               ("phone", "080-7720-4135")])
