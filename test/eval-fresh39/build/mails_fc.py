# -*- coding: utf-8 -*-
# Org C: 株式会社ブルーウェーブ浜松 (professional football club front office)
SIG_ONISHI = """
――――――――――――――――――
株式会社ブルーウェーブ浜松
強化部 チーム統括
大西 剛
〒430-0946 静岡県浜松市中央区元城町218-5
TEL 053-450-2210 / onishi@bluewave-fc.example.jp
――――――――――――――――――"""
SIG_EMILY = """
Best regards,
Emily Matsuda
Player Affairs & Interpreting
Bluewave Hamamatsu FC
+81 53-450-2214 | e.matsuda@bluewave-fc.example.jp"""
SIG_KOIKE = """
--
ブルーウェーブ浜松 広報・事業部
小池 彩
TEL 053-450-2216 / koike@bluewave-fc.example.jp
#青い波を浜松に"""
FO = "大西 剛 <onishi@bluewave-fc.example.jp>"
FE = "Emily Matsuda <e.matsuda@bluewave-fc.example.jp>"
FKO = "小池 彩 <koike@bluewave-fc.example.jp>"

MAILS = [
dict(_org="C", _where="body", expect="hold", kind="id.passport",
 why="A player's passport number and date of birth are sent to an outside visa agent in the body.",
 **{"from": FE}, to=["Tokai Immigration Services <visa@tokai-immig.example.jp>"],
 subject="Visa application – new signing (Rafael Duarte)",
 text="""Dear Ms. Hoshino,

Thank you for taking on the visa work for our new signing again this season.
Here are the details you asked for on the phone:

- Full name: Rafael Augusto DUARTE SILVA
- Date of birth: 14 March 1998
- Nationality: Brazil
- Passport no.: FX482617
- Passport expiry: 02 Nov 2031
- Planned arrival: 8 January 2025 (NRT)

The signed contract and the club's corporate documents will follow by courier.
Please let me know if you need anything else from Rafael.
"""+SIG_EMILY,
 personal=[{"type":"name","value":"Rafael Augusto DUARTE SILVA"},{"type":"passport","value":"FX482617"},{"type":"birthdate","value":"14 March 1998"}]),

dict(_org="C", _where="body", expect="hold", kind="sensitive.health",
 why="A named player's diagnosis and surgery plan are sent to his agent abroad.",
 **{"from": FE}, to=["Marco Bellini <m.bellini@bellini-sports.example.it>"],
 subject="Update on Luca's knee",
 text="""Dear Marco,

As promised, here is the update from today's consultation at Hamamatsu Medical Centre.

Luca Ferraro's MRI confirms a complete rupture of the anterior cruciate ligament in his left knee,
with a small tear of the medial meniscus. The team doctor recommends reconstruction surgery
on 12 November, followed by an expected 7-9 months of rehabilitation.

Luca was also prescribed medication for the sleep problems he has had since the injury;
he asked me to let you know so you can talk to his family.

We will of course keep paying his salary in full. Happy to set up a call with Dr. Aoki this week.
"""+SIG_EMILY,
 personal=[{"type":"name","value":"Luca Ferraro"},{"type":"health","value":"complete rupture of the anterior cruciate ligament"}]),

dict(_org="C", _where="attachment", expect="hold", kind="list.roster",
 why="The attached rooming list gives several players' names, birth dates and passport numbers to a travel agency.",
 **{"from": FO}, to=["東海トラベル 法人営業部 <hojin@tokai-travel.example.jp>"],
 subject="アウェイ遠征（ソウル）手配の件",
 text="""東海トラベル 法人営業部
斉藤様

お世話になっております。ブルーウェーブ浜松の大西です。
12月のプレシーズン遠征の件、添付のとおりご手配をお願いいたします。
変更があれば追ってご連絡します。
"""+SIG_ONISHI,
 attachments=[{"filename":"seoul_trip_rooming.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet","text":
"""[Rooming]
部屋	氏名	ローマ字	生年月日	旅券番号
801	高橋 蓮	TAKAHASHI REN	2000/04/22	TR7712045
801	森 悠真	MORI YUMA	2002/09/03	TK2209631
802	Rafael Duarte	DUARTE SILVA RAFAEL	1998/03/14	FX482617
802	佐野 拓海	SANO TAKUMI	2007/06/30	TS0381190
803	Kevin Osei	OSEI KEVIN	1996/11/08	G03318842
"""}],
 personal=[{"type":"name","value":"高橋 蓮"},{"type":"passport","value":"TR7712045"},{"type":"birthdate","value":"2000/04/22"},{"type":"passport","value":"G03318842"}]),

dict(_org="C", _where="quoted", expect="hold", kind="sensitive.criminal",
 why="The forwarded journalist's question names a youth player's family-court referral for theft and goes to a PR agency.",
 **{"from": FKO}, to=["株式会社スパークPR 石原 様 <ishihara@spark-pr.example.jp>"],
 subject="Fwd: 【取材依頼】U-18所属選手について",
 text="""スパークPR 石原様

お世話になっております。ブルーウェーブ浜松広報の小池です。
下記の取材依頼が届きました。クラブとしてのコメント案をご相談させてください。
明日午前中にお電話できますでしょうか。
"""+SIG_KOIKE+"""

---------- Forwarded message ---------
From: 遠州日日新聞 運動部 河野 <kono@enshu-nichinichi.example.jp>
Date: 2024年10月30日 16:22
Subject: 【取材依頼】U-18所属選手について

ブルーウェーブ浜松 広報ご担当者様

遠州日日新聞の河野です。
貴クラブU-18所属の 佐野 拓海 選手（17）が、市内の家電量販店での窃盗事件で
家庭裁判所に送致されたとの情報を得ました。
クラブとしての事実確認と処分の有無についてコメントをいただけますでしょうか。
""",
 personal=[{"type":"name","value":"佐野 拓海"},{"type":"criminal","value":"窃盗事件で\n家庭裁判所に送致された"}]),

dict(_org="C", _where="subject", expect="hold", kind="sensitive.health",
 why="The subject line alone gives a named player's MRI diagnosis to a national federation.",
 **{"from": FE}, to=["Ghana Football Association – Team Admin <teamadmin@gfa-national.example.com.gh>"],
 subject="Re: Call-up – Kevin Osei: MRI shows grade 2 hamstring tear, out 4 weeks",
 text="""Dear Mr. Asante,

Thank you for your message. As discussed with your team doctor on the phone this morning,
we are unable to release Kevin for the November window.
Our medical department will send the official release form separately.

Kind regards,
"""+SIG_EMILY,
 personal=[{"type":"name","value":"Kevin Osei"},{"type":"health","value":"MRI shows grade 2 hamstring tear"}]),

dict(_org="C", _where="zip", expect="hold", kind="attachment.encrypted_zip",
 why="An encrypted zip is attached (PPAP).",
 **{"from": FO}, to=["株式会社ネクストステージ 代理人 今井 様 <imai@nextstage-agent.example.jp>"],
 subject="契約更新書類（高橋選手）",
 text="""ネクストステージ 今井様

お世話になっております。ブルーウェーブ浜松 強化部の大西です。
高橋選手の契約更新に関する書類一式をお送りします。
パスワードは別途お送りします。内容をご確認のうえ、ご意見をお聞かせください。
"""+SIG_ONISHI,
 attachments=[{"filename":"takahashi_keiyaku_2025.zip","contentType":"application/zip","encrypted":True}]),

dict(_org="C", _where="body", expect="hold", kind="id.card",
 why="A fan's full card number and expiry from a phone order are forwarded to the ticketing contractor.",
 **{"from": FKO}, to=["チケットライン株式会社 運営サポート <support@ticketline.example.jp>"],
 subject="電話申込分の決済処理のお願い（ホーム最終戦）",
 text="""チケットライン 運営サポート ご担当者様

ブルーウェーブ浜松の小池です。
クラブ事務所に電話でお申込みがあった分について、決済処理をお願いします。

　お名前：増田 健吾 様
　電話：090-2281-7736
　券種：メインスタンド指定 大人2枚
　カード：JCB 3530 1113 3330 0000
　有効期限：08/27

決済完了後、チケットは郵送でお願いします（住所はお電話で確認済み）。
"""+SIG_KOIKE,
 personal=[{"type":"card","value":"3530 1113 3330 0000"},{"type":"name","value":"増田 健吾"},{"type":"phone","value":"090-2281-7736"}]),

dict(_org="C", _where="recipients", expect="hold", kind="recipients.visible",
 why="A sponsor invitation puts 12 sponsors from different companies in the visible To line.",
 **{"from": FKO},
 to=["浜松オートパーツ株式会社 <pr@hm-autoparts.example.jp>","遠州信用組合 <koho@enshu-shinkumi.example.jp>",
     "有限会社うなぎの鈴屋 <info@suzuya-unagi.example.jp>","浜名湖リゾートホテル <sales@hamanako-resort.example.jp>",
     "株式会社ミカワ楽器 <sponsor@mikawa-gakki.example.jp>","中区整形外科クリニック <office@naka-seikei.example.jp>",
     "静岡デリバリー株式会社 <marketing@shizuoka-delivery.example.jp>","佐鳴台不動産 <info@sanarudai-re.example.jp>",
     "株式会社テクノ浜松 <soumu@techno-hm.example.jp>","遠鉄フーズ <event@entetsu-foods.example.jp>",
     "ハマキタ印刷 <eigyo@hamakita-print.example.jp>","浜松グリーン農園 <green.farm.hm@gmail.com>"],
 subject="【ご招待】スポンサー感謝デー（11/24 ホーム最終戦）",
 text="""スポンサー各位

平素よりブルーウェーブ浜松へのご支援を賜り、誠にありがとうございます。
本年も「スポンサー感謝デー」を開催いたします。

　日時：2024年11月24日（日）13:00キックオフ（受付 11:30～）
　会場：浜松スタジアム ホスピタリティラウンジ
　内容：選手サイン会、監督トーク、ラウンジでの軽食
　ご招待：各社4名さままで

ご出欠を11月15日までにご返信ください。
"""+SIG_KOIKE),

dict(_org="C", _where="body", expect="hold", kind="id.bank_account",
 why="A foreign player's personal salary account is sent to an outside payroll contractor.",
 **{"from": FE}, to=["Hamamatsu Payroll Partners <payroll@hm-payroll.example.jp>"],
 subject="Salary account – Kevin Osei (給与振込口座の登録)",
 text="""Dear Mr. Kubota / 久保田様,

Kevin has opened his Japanese bank account, so please register it for the November payroll.
ケビン選手の給与振込口座が開設できましたので、11月支給分から登録をお願いします。

  銀行：静岡銀行 浜松営業部
  口座：普通 3094418
  名義：オセイ ケビン（OSEI KEVIN）

Until October his salary went to the club's temporary arrangement, so please do not pay twice.
"""+SIG_EMILY,
 personal=[{"type":"name","value":"Kevin Osei"},{"type":"bank_account","value":"普通 3094418"}]),

dict(_org="C", _where="body", expect="hold", kind="personal.profile",
 why="A minor trialist's full profile with home address, phone, school and parent's name is sent to a partner club abroad.",
 **{"from": FO}, to=["Carlos Mendes <c.mendes@academia-lusa.example.pt>"],
 subject="Trial candidate for your U-17 camp / 短期留学候補",
 text="""Dear Carlos,

Following our call, here is the profile of the boy we would like to send to your winter camp.

Name: 小川 颯太 (OGAWA Sota)
Date of birth: 5 July 2008
Home address: 2-14-9 Sanarudai, Chuo-ku, Hamamatsu, Shizuoka 432-8021
Mobile: 080-5527-3190
School: 浜松北陵高校 1st year
Parent/guardian: 小川 直樹 (father), naoki.ogawa@yahoo.co.jp
Position: left winger, 172 cm, left-footed

Please let me know whether you can accept him for 6-20 January.

大西 剛 (Tsuyoshi Onishi)
"""+SIG_ONISHI,
 personal=[{"type":"name","value":"小川 颯太"},{"type":"address","value":"2-14-9 Sanarudai, Chuo-ku, Hamamatsu, Shizuoka 432-8021"},{"type":"phone","value":"080-5527-3190"},{"type":"email","value":"naoki.ogawa@yahoo.co.jp"}]),

# ---------------- passes ----------------
dict(_org="C", _where="-", expect="pass", kind="benign.meeting",
 why="A friendly-match arrangement with an overseas club, naming staff of both sides.",
 **{"from": FE}, to=["Ji-hoon Park <jh.park@seoul-united.example.kr>"],
 cc=["大西 剛 <onishi@bluewave-fc.example.jp>","Min-seo Lee <ms.lee@seoul-united.example.kr>"],
 subject="Re: Pre-season friendly – 14 December",
 text="""Dear Mr. Park,

Thank you for confirming the kick-off time. To summarise where we are:

- Date: Saturday 14 December, 15:00 KST
- Venue: Seoul United Training Centre, Pitch 1
- Match officials: arranged by Seoul United
- Our delegation: 26 players, 11 staff (list to follow from our travel agent)
- Kits: Bluewave in blue/white, Seoul United in red

Mr. Onishi (Team Manager) and Coach Yamada would like to join a short video call next Tuesday
with you and Ms. Lee to go through the medical and security arrangements.

> Dear Emily,
> 15:00 is fine with us. Ms. Lee will handle the logistics on our side.
> Ji-hoon
"""+SIG_EMILY),

dict(_org="C", _where="-", expect="pass", kind="benign.public_figures",
 why="A press release naming the mayor and a retired club legend, both public figures.",
 **{"from": FKO}, to=["浜松記者クラブ 幹事社 <kisha-club@hm-press.example.jp>"],
 subject="【プレスリリース】浜松市長表敬訪問のお知らせ",
 text="""報道関係各位

ブルーウェーブ浜松は、J2昇格を報告するため、下記の通り浜松市長を表敬訪問いたします。

　日時：2024年11月28日（木）10:30～11:00
　場所：浜松市役所 本館5階 市長応接室
　出席：鈴村 康夫 浜松市長
　　　　クラブ代表取締役社長 福山 一郎
　　　　キャプテン 高橋 蓮 選手
　　　　クラブアンバサダー 長谷部 忠（元日本代表、1998年W杯出場）

取材をご希望の報道機関は、11月26日までに広報までご連絡ください。
"""+SIG_KOIKE),

dict(_org="C", _where="-", expect="pass", kind="benign.test_card_dev",
 why="A Luhn-valid test card appears in development minutes for the online shop, not a customer's card.",
 **{"from": FKO}, to=["株式会社ウェブクラフト浜松 ディレクター 杉山 様 <sugiyama@webcraft-hm.example.jp>"],
 cc=["株式会社ウェブクラフト浜松 開発 原 様 <hara@webcraft-hm.example.jp>"],
 subject="オンラインショップ改修 定例議事録（10/31）",
 text="""杉山様、原様

本日の定例ありがとうございました。議事録を共有します。

■出席
ウェブクラフト浜松：杉山様、原様
ブルーウェーブ浜松：小池

■決定事項
1. 決済代行のテスト環境（sandbox）で結合テストを11/7から実施
2. テストカードは決済代行が指定する 4111 1111 1111 1111（有効期限 12/30、CVC 123）を使用
3. 3Dセキュア認証失敗のケースは 4000 0000 0000 0002 で確認
4. 本番切替は11/20深夜（メンテナンス告知は小池が作成）

■宿題
・原様：在庫連携APIのエラー時の挙動を確認
・小池：ユニフォーム予約販売の商品画像（JAN 4573210000127ほか）を入稿
"""+SIG_KOIKE),

dict(_org="C", _where="-", expect="pass", kind="benign.data_subject_self",
 why="A welcome mail to the new signing himself about his own arrival.",
 **{"from": FE}, to=["Rafael Duarte <rafael.duarte98@gmail.com>"],
 subject="Welcome to Bluewave Hamamatsu – your arrival",
 text="""Dear Rafael,

Welcome to the family! Everyone at the club is looking forward to meeting you.

Your arrival plan:
- Flight: arriving Narita 8 January, 15:40
- I will meet you at the arrivals hall with our driver, Mr. Kondo
- Hotel for the first week: Hamamatsu Station Hotel (booked under your name)
- 10 January: medical check at the club, then contract signing
- 11 January: first training session

Please bring your passport and the original of your certificate of eligibility.
If you have any dietary requests, just tell me.

See you soon!
"""+SIG_EMILY),

dict(_org="C", _where="-", expect="pass", kind="benign.aggregate_disability",
 why="An accessibility programme and employment-rate figures with no named person.",
 **{"from": FKO}, to=["浜松市 障害保健福祉課 <shougai-fukushi@city-hamamatsu.example.jp>"],
 subject="センサリールーム設置試合のご報告",
 text="""浜松市 障害保健福祉課 ご担当者様

いつもお世話になっております。ブルーウェーブ浜松の小池です。
10月20日の試合で試行したセンサリールーム（感覚過敏のある方向けの観戦室）についてご報告します。

・利用組数：9組（延べ31名）
・アンケート回答：8組（「また利用したい」8組）
・主な意見：照明をさらに落としてほしい、入退場の導線を分けてほしい

また、当クラブの障害者雇用率は2.7%（法定2.5%）となっております。
来季は発達障害や知的障害のあるお子さま向けの観戦招待も検討しています。
"""+SIG_KOIKE),

dict(_org="C", _where="-", expect="pass", kind="benign.vaccination_schedule",
 why="A vaccination schedule for the whole squad, with no individual's data.",
 **{"from": FO}, to=["浜松ウェルネスクリニック 予約係 <yoyaku@hm-wellness.example.jp>"],
 subject="トップチーム インフルエンザ予防接種の日程",
 text="""浜松ウェルネスクリニック 予約係 御中

お世話になっております。ブルーウェーブ浜松の大西です。
今年もトップチームのインフルエンザ予防接種をお願いしたく、日程のご相談です。

　対象：選手30名、スタッフ14名（計44名）
　候補日：11月11日（月）または11月12日（火）
　時間：練習後 12:30～14:00
　場所：クラブハウス 2階 メディカルルーム（出張接種）

問診票は人数分を事前にお送りいただけますと助かります。
"""+SIG_ONISHI),

dict(_org="C", _where="-", expect="pass", kind="benign.corporate_swift",
 why="A transfer-fee payment with the selling club's corporate account and SWIFT code.",
 **{"from": FE}, to=["Finance Dept, Academia Lusa FC <finance@academia-lusa.example.pt>"],
 cc=["大西 剛 <onishi@bluewave-fc.example.jp>"],
 subject="Transfer fee – first instalment (D. Rocha)",
 text="""Dear Ms. Carvalho,

Please find below the payment details we have on file for the first instalment
of the transfer fee agreed on 3 October.

Beneficiary: Academia Lusa Futebol Clube, SAD
Bank: Banco Atlântico Português, Lisbon
IBAN: PT50 0027 0000 0001 2345 6783 3
SWIFT/BIC: BAPTPTPL
Amount: EUR 150,000.00
Value date: 15 November 2024
Reference: BWH-TRF-2024-07

Could you confirm these details by return, as we want to avoid any fraud risk?
"""+SIG_EMILY),

dict(_org="C", _where="-", expect="pass", kind="benign.bcc_mass",
 why="A mass mail to season-ticket holders sent with recipients in Bcc.",
 **{"from": FKO}, to=["ブルーウェーブ浜松 広報 <koike@bluewave-fc.example.jp>"],
 bcc=["t.yamazaki@gmail.com","mika-hm@yahoo.co.jp","sato.kenta@docomo.example.ne.jp","bluewave.fan77@outlook.jp",
      "kobayashi.h@nifty.example.com","aki.tanimura@gmail.com","hamamatsu.papa@ybb.example.ne.jp","y.ishikawa@icloud.example.com",
      "nanami0303@ezweb.example.ne.jp","k-hirano@ocn.example.ne.jp","ryo.miura@gmail.com"],
 subject="【シーズンチケットホルダーの皆さまへ】2025シーズン継続手続きのご案内",
 text="""シーズンチケットホルダーの皆さま

2024シーズンも熱いご声援をありがとうございました。
2025シーズンのシーズンチケット継続手続きを下記の通りご案内いたします。

　継続受付期間：2024年12月2日（月）～12月22日（日）
　継続特典：早割10%OFF、選手サイン入りマフラータオル
　お手続き：クラブ公式サイト「マイページ」から

座席の変更を希望される方は、継続受付期間中に限り承ります。
※本メールは送信専用アドレスから、皆さまをBCCでお送りしております。
"""+SIG_KOIKE),

dict(_org="C", _where="-", expect="pass", kind="benign.vague_illness",
 why="A player is said to be \"unwell\" with no diagnosis (like 体調不良).",
 **{"from": FE}, to=["Yuki Hasegawa, Marketing, Hamamatsu Auto Parts <y.hasegawa@hm-autoparts.example.jp>"],
 subject="Change of player for Saturday's sponsor event",
 text="""Dear Ms. Hasegawa,

I'm sorry for the late change. Kevin Osei is feeling unwell today and the medical staff
have asked him to rest, so he will not be able to attend Saturday's event at your showroom.

Instead, Rafael Duarte and our goalkeeper Mori Yuma will come. Both are happy to do
photos and autographs. Timings stay the same (arrival 13:30, event 14:00-15:00).

Apologies again, and thank you for understanding.
"""+SIG_EMILY),

dict(_org="C", _where="-", expect="pass", kind="benign.employment_verification",
 why="A minimal employment verification (dates and title only) made with the former employee's written consent.",
 **{"from": FE}, to=["HR Verification, Pacific Sports Analytics <verify@pacific-sa.example.com>"],
 subject="Employment verification – Mr. Daniel Cho",
 text="""Dear Sir or Madam,

With reference to your request of 28 October and the signed consent form from Mr. Daniel Cho
that you attached, we confirm the following:

- Employer: Bluewave Hamamatsu Co., Ltd.
- Position: Performance Analyst
- Employment period: 1 April 2020 – 31 March 2024
- Employment type: full-time

In line with our policy, we do not provide any other information.
"""+SIG_EMILY),
]
