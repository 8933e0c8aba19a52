# 株式会社グランレジデンス管理 (condominium management) — grandres-kanri.co.jp
D = "grandres-kanri.co.jp"
NAKAGAWA = f"中川 拓海 <nakagawa.t@{D}>"
ISHIHARA = f"石原 直美 <ishihara@{D}>"
FUJIMOTO = f"藤本 亮 <fujimoto.r@{D}>"

SIG_N = """
━━━━━━━━━━━━━━━━━━━━
株式会社グランレジデンス管理
マンション管理事業部 フロント課
中川 拓海（管理業務主任者）
〒460-0008 名古屋市中区栄4-2-29 栄グランビル7F
TEL 052-251-3380 / 緊急受付 0120-55-7788
国土交通大臣(3)第033941号
━━━━━━━━━━━━━━━━━━━━"""

SIG_I = """
--
グランレジデンス管理　管理部
石原 直美
052-251-3384（直通）"""

SIG_F = """
・・・・・・・・・・・・・・・・・・・・
株式会社グランレジデンス管理 会計課
藤本 亮
TEL 052-251-3391
・・・・・・・・・・・・・・・・・・・・"""

MAILS = [
# ---------------- PASS ----------------
dict(expect="pass", kind="benign.minutes_board",
 why="Draft board minutes sent to the board chair; board members are named only in their officer roles.",
 **{"from": NAKAGAWA}, to=["<kaoru.sugiyama@gmail.com>"],
 subject="第18期 第6回理事会 議事録（案）のご確認",
 text="""杉山理事長

いつもお世話になっております。グランレジデンス管理の中川です。
11月30日の理事会議事録（案）をお送りします。ご確認のうえ、修正があればお知らせください。

【グランフォート栄東 第18期 第6回理事会】
日時：2024年11月30日（土）10:00〜11:45　集会室
出席：杉山理事長、木村副理事長、太田会計担当理事、林理事、三浦理事（5名中5名出席）
　　　管理会社：中川

議題1　大規模修繕工事の施工会社選定
　　→ 見積3社（東海リフォーム建設、名栄工業、三河ビルテック）のうち2社をヒアリング対象とすることを承認
議題2　駐輪場の放置自転車の撤去
　　→ 1月に警告札を貼付し、2月末に撤去。対象 約23台
議題3　防犯カメラ増設（エントランス・ゴミ置場）
　　→ 見積額 682,000円（税込）。次回総会の議案とする

次回理事会：2025年1月25日（土）10:00
"""+SIG_N),

dict(expect="pass", kind="benign.schedule_room_numbers",
 why="Drain-cleaning schedule by floor and room number only, with no residents' names.",
 **{"from": NAKAGAWA}, to=["工事課 水野 様 <mizuno@tokai-haisui.co.jp>"],
 subject="グランフォート栄東 排水管高圧洗浄 日程表",
 text="""東海排水サービス 水野様

お世話になっております。グランレジデンス管理の中川です。
排水管高圧洗浄の日程表を確定版としてお送りします。掲示は12/2に実施済みです。

1/14（火）午前　101〜110号室　午後　201〜210号室
1/15（水）午前　301〜310号室　午後　401〜410号室
1/16（木）午前　501〜510号室　午後　601〜608号室
1/17（金）予備日（不在住戸の再訪問）

※ 405号室・603号室は空室のため、管理室でマスターキーをお受け取りください。
※ 作業車両は 名古屋 400 ひ 22-81 の1台で届出済みです。
"""+SIG_N),

dict(expect="pass", kind="benign.data_to_subject",
 why="An owner's own parking contract and direct-debit result sent to her own address.",
 **{"from": FUJIMOTO}, to=["<reiko-tanabe@nifty.com>"],
 subject="駐車場契約内容と口座振替結果のご案内（708号室 田辺様）",
 text="""田辺 玲子 様

いつもお世話になっております。グランレジデンス管理 会計課の藤本です。
お問い合わせいただいた件についてご案内いたします。

・駐車場区画：平置き No.14（2024年4月1日〜）
・月額使用料：15,000円
・12月分の管理費等（管理費 18,400円、修繕積立金 14,200円、駐車場使用料 15,000円、計 47,600円）は
　12月27日にご登録口座（末尾 ***321）より振替済みです。

先月分が残高不足で振替できなかったとのご心配でしたが、11/29 にお振込みを確認しておりますので、未納はございません。
"""+SIG_F),

dict(expect="pass", kind="benign.invoice_corporate_account",
 why="Payment notice to a contractor with its corporate bank account and invoice numbers.",
 **{"from": FUJIMOTO}, to=["経理部 <keiri@meiei-kogyo.co.jp>"],
 subject="お支払のご案内（請求書 No. ME-24-1187 ほか2件）",
 text="""名栄工業株式会社 経理部 御中

グランレジデンス管理 会計課の藤本です。
下記のご請求について、12月25日に管理組合口座よりお支払いいたします。

・ME-24-1187 グランフォート栄東 給水ポンプ交換　1,320,000円
・ME-24-1203 パークサイド千種 外灯LED化　286,000円
・ME-24-1210 レジデンス今池 オートロック修理　93,500円

振込先：三井住友銀行 名古屋支店 当座 0098815　メイエイコウギョウ（カ
登録番号：T5180001048132

振込手数料は管理組合負担です。
"""+SIG_F),

dict(expect="pass", kind="benign.it_outage",
 why="'障害' refers to an elevator remote-monitoring outage; serial numbers are equipment IDs.",
 **{"from": ISHIHARA}, to=["保守センター <center@chubu-elevator.co.jp>"],
 cc=[NAKAGAWA],
 subject="遠隔監視 通信障害の件（パークサイド千種 1号機）",
 text="""中部エレベーター 保守センター 御中

グランレジデンス管理 管理部の石原です。
パークサイド千種の1号機（製造番号 CE-13-48812）について、本日 6:10 から遠隔監視装置の通信障害が続いているとの通知を受けました。
エレベーター自体は通常運行しており、閉じ込め等は発生していません。

・監視端末：RM-300 シリアル 2016A07731
・回線：NTT 光回線（管理室内 ONU）。昨夜 23 時頃に停電があった模様です。

本日中に点検に来ていただけますでしょうか。管理員は 9:00〜17:00 常駐です。
"""+SIG_I),

dict(expect="pass", kind="benign.proposal_numbers",
 why="Long-term repair plan proposal with corporate number, amounts and plan IDs only.",
 **{"from": NAKAGAWA}, to=["<kaoru.sugiyama@gmail.com>", "<t.kimura.sakae@yahoo.co.jp>"],
 subject="長期修繕計画 見直し案（第2版）",
 text="""杉山理事長、木村副理事長

中川です。先日ご指摘いただいた点を反映した長期修繕計画の見直し案をお送りします。

・計画期間：2025年度〜2054年度（30年）
・第2回大規模修繕：2027年度実施、概算 2億1,800万円（前回案比 +9.2%、資材高騰分）
・修繕積立金：2026年度から段階増額（㎡単価 210円 → 265円 → 310円）
・積立金残高見込み（2024年度末）：1億6,240万円

作成協力：一級建築士事務所 アーキ・テクノ名古屋（法人番号 6180001117430）
総会までに理事会で2回ご審議いただく想定です。
"""+SIG_N),

dict(expect="pass", kind="benign.condolence_deceased",
 why="Ordinary condolence arrangements for a deceased board member, sent to the board chair.",
 **{"from": ISHIHARA}, to=["<kaoru.sugiyama@gmail.com>"],
 subject="林理事ご逝去に伴う弔意について",
 text="""杉山理事長

石原です。林理事がご逝去されたとのこと、謹んでお悔やみ申し上げます。
理事会で長年ご尽力いただいた方でしたので、弊社一同も大変残念に思っております。

管理規約の慶弔規定に基づき、管理組合から弔電と御供花（15,000円以内）をお出しする形でよろしいでしょうか。
ご了承いただければ、葬儀社への手配は弊社で行います。
また、理事の欠員については次回理事会での補充選任が必要になりますので、改めてご相談させてください。
"""+SIG_I),

dict(expect="pass", kind="benign.pet_registration",
 why="Confirms an owner's own pet registration; the names are her dog's.",
 **{"from": NAKAGAWA}, to=["<y.morishita@kcn.ne.jp>"],
 subject="ペット飼育届 受理のお知らせ（1203号室）",
 text="""森下様

グランレジデンス管理の中川です。
ご提出いただいたペット飼育届を理事会で受理いたしましたのでお知らせします。

・登録番号：GF-PET-031
・種類：トイ・プードル（体重 3.2kg）
・名前：モカ ちゃん
・狂犬病予防注射済票：R6-名中-0418

登録ステッカーを集合ポストにお入れしました。玄関扉の内側に貼付をお願いします。
共用部では抱きかかえるかキャリーに入れての移動をお願いいたします。
"""+SIG_N),

dict(expect="pass", kind="benign.project_two_companies",
 why="Fire-inspection coordination with four visible addresses from two companies.",
 **{"from": ISHIHARA}, to=["<yamada.k@aichi-bousai.co.jp>", "<inoue@aichi-bousai.co.jp>"],
 cc=[NAKAGAWA, "<support@aichi-bousai.co.jp>"],
 subject="消防設備点検（2025年上期）実施日の確定",
 text="""愛知防災設備 山田様、井上様

石原です。消防設備点検の日程を以下で確定とさせてください。

・グランフォート栄東：2月18日（火）9:30〜
・パークサイド千種：2月19日（水）9:30〜
・レジデンス今池：2月20日（木）13:30〜

各物件の掲示物は2週間前までにデータでお送りいただけますか。
前回「不在により点検できなかった住戸」の一覧は管理室で保管していますので、当日管理員からお受け取りください。
"""+SIG_I),

# ---------------- HOLD ----------------
dict(expect="hold", kind="personal.complaint_forwarded",
 why="Forwards a resident's noise complaint with her name, room and mobile number to an outside contractor.",
 **{"from": NAKAGAWA}, to=["現場担当 佐野様 <sano@nagoya-naisou.co.jp>"],
 subject="Fw: 1004号室リフォーム工事の騒音について",
 text="""佐野様

お世話になっております。グランレジデンス管理の中川です。
下階の居住者様から以下のご意見が届いております。作業時間の厳守をお願いします。
直接ご説明に伺っていただいても構いません。

-------- Forwarded Message --------
差出人：大塚 美紀 <miki.otsuka@gmail.com>
件名：1004号室リフォーム工事の騒音について

904号室の大塚美紀です。携帯 090-5127-3604。
在宅勤務をしているのですが、朝8時台から電動ドリルの音がひどく、会議に出られません。
掲示では9時開始となっているはずです。夫も夜勤明けで寝られず困っています。
改善されないようなら区役所に相談するつもりです。
"""+SIG_N,
 personal=[dict(type="name", value="大塚 美紀"), dict(type="phone", value="090-5127-3604"),
  dict(type="email", value="miki.otsuka@gmail.com")]),

dict(expect="hold", kind="list.debts",
 why="List of delinquent owners with names, rooms, phone numbers and arrears sent to a scrivener.",
 **{"from": FUJIMOTO}, to=["司法書士法人 栄リーガル 岡村先生 <okamura@sakae-legal.jp>"],
 subject="管理費等滞納者一覧（支払督促のご相談）",
 text="""岡村先生

グランレジデンス管理 会計課の藤本です。
グランフォート栄東管理組合の理事会決議に基づき、6か月以上の滞納者について支払督促をご相談したく、一覧をお送りします。

部屋 | 氏名 | 電話 | 滞納月数 | 滞納額
302 | 松井 隆之 | 090-2281-6643 | 11 | 522,800円
507 | 中島 恵美子 | 052-731-4408 | 8 | 380,800円
811 | 吉村 一樹 | 080-9904-1125 | 6 | 285,600円
1105 | ロドリゲス マリア | 070-6612-0394 | 14 | 666,400円

督促状の送付履歴は別途PDFでお送りします。
"""+SIG_F,
 personal=[dict(type="name", value="松井 隆之"), dict(type="phone", value="090-2281-6643"),
  dict(type="debt", value="522,800円")]),

dict(expect="hold", kind="sensitive.medical",
 why="Only the forwarded part reveals an elderly resident's dementia and care level, sent to a care centre.",
 **{"from": ISHIHARA}, to=["千種区東部いきいき支援センター 相談員 小池様 <koike@chikusa-ikiiki.jp>"],
 subject="Fw: 母のことでご相談",
 text="""小池様

グランレジデンス管理の石原です。先日お電話でお話しした件です。
ご家族様からのメールを下記のとおり転送いたします。ご対応のほどよろしくお願いいたします。

----- Original Message -----
From: 河野 友子 <tomoko.kawano@yahoo.co.jp>
Sent: Monday, December 9, 2024 21:14
Subject: 母のことでご相談

パークサイド千種 305号室の河野 千代の娘です。
母は昨年アルツハイマー型認知症と診断され、要介護2の認定を受けています。
最近、夜中に共用廊下を歩き回ったり、ゴミの日を間違えたりしてご迷惑をおかけしていると聞きました。
私は東京に住んでいて週末しか行けません。地域包括の方につないでいただけると助かります。
"""+SIG_I,
 personal=[dict(type="name", value="河野 千代"), dict(type="diagnosis", value="アルツハイマー型認知症"),
  dict(type="care_level", value="要介護2")]),

dict(expect="hold", kind="list.residents",
 why="Body is innocuous; the attached spreadsheet lists residents with phones and emergency contacts for an outside staffing firm.",
 **{"from": NAKAGAWA}, to=["管理員派遣 担当 飯田様 <iida@tokai-staff-service.co.jp>"],
 subject="レジデンス今池 代行管理員 引継資料",
 text="""飯田様

お世話になっております。グランレジデンス管理の中川です。
来週から代行に入られる管理員さん向けの引継資料を添付いたします。
鍵の預かり住戸もこの一覧で確認できます。よろしくお願いします。
"""+SIG_N,
 attachments=[dict(filename="今池_居住者緊急連絡先.xlsx",
  contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text="""[Sheet1]
部屋\t氏名\t電話\t緊急連絡先\t続柄\t鍵預かり
101\t青山 修\t052-741-2280\t青山 真司 090-4471-2096\t長男\t有
102\t宮本 和子\t090-7716-5521\t宮本 健 080-3359-1448\t夫\t
201\t坂本 翔\t080-6620-9143\t坂本 典子 0565-28-3317\t母\t
203\t西村 綾\t070-2284-6650\t西村 誠 090-1177-3320\t父\t有
301\t高田 恭平\t052-762-9017\t高田 遥 080-5542-0083\t妻\t
""")],
 personal=[dict(type="name", value="青山 修"), dict(type="phone", value="052-741-2280"),
  dict(type="emergency_contact", value="青山 真司 090-4471-2096")]),

dict(expect="hold", kind="id.bank",
 why="A new owner's personal bank account for direct debit sent to the collection agency.",
 **{"from": FUJIMOTO}, to=["収納代行サービス部 <shuno@japan-collect.co.jp>"],
 subject="口座振替 新規登録依頼（グランフォート栄東 1101号室）",
 text="""ご担当者様

グランレジデンス管理 会計課の藤本です。
区分所有者の変更に伴い、以下の口座振替登録をお願いいたします（初回引落 2025年2月27日）。

物件コード：GF-SE-01　部屋番号：1101
口座名義：ホリウチ タカシ（堀内 隆）
金融機関：大垣共立銀行 今池支店（店番 214）
預金種目：普通　口座番号：3058172
引落金額：月額 51,300円

依頼書原本は本日発送いたしました。
"""+SIG_F,
 personal=[dict(type="name", value="堀内 隆"), dict(type="bank_account", value="口座番号：3058172")]),

dict(expect="hold", kind="attachment.encrypted_zip",
 why="Password-protected zip attachment (PPAP).",
 **{"from": FUJIMOTO}, to=["<ota.keiko@ybb.ne.jp>"],
 subject="第18期 決算資料（監事監査用）",
 text="""太田様

グランレジデンス管理の藤本です。
監事監査用の決算資料一式をお送りします。パスワードは別途SMSでお知らせします。
ご不明点があればお知らせください。
"""+SIG_F,
 attachments=[dict(filename="GF栄東_第18期決算資料.zip", contentType="application/zip", encrypted=True)]),

dict(expect="hold", kind="recipients.overexposed",
 why="General-meeting notice with fourteen owners' private addresses visible in To.",
 **{"from": NAKAGAWA},
 to=["<kaoru.sugiyama@gmail.com>", "<t.kimura.sakae@yahoo.co.jp>", "<ota.keiko@ybb.ne.jp>", "<y.morishita@kcn.ne.jp>",
     "<reiko-tanabe@nifty.com>", "<miki.otsuka@gmail.com>", "<hirose.family@icloud.com>", "<j.maeda@ezweb.ne.jp>",
     "<nagai-m@so-net.ne.jp>", "<k.saito1968@gmail.com>", "<fumiko.ono@docomo.ne.jp>", "<takeshi.h@outlook.jp>",
     "<asami.endo@yahoo.co.jp>", "<r.kaneko@biglobe.ne.jp>"],
 subject="【グランフォート栄東】第18期 通常総会開催のお知らせ",
 text="""区分所有者各位

いつもお世話になっております。管理会社のグランレジデンス管理 中川です。
第18期通常総会を下記のとおり開催いたします。

日時：2025年3月8日（土）10:00〜
場所：1階 集会室
議案：第1号 第18期決算報告、第2号 第19期予算案、第3号 防犯カメラ増設の件、第4号 役員選任の件

出席できない方は委任状または議決権行使書のご提出をお願いいたします。
書面は各戸ポストにも投函しております。
"""+SIG_N),

dict(expect="hold", kind="sensitive.disability",
 why="Tells a contractor that a named resident uses a wheelchair and holds a grade-1 disability certificate.",
 **{"from": NAKAGAWA}, to=["名栄工業 工事部 堀様 <hori@meiei-kogyo.co.jp>"],
 subject="給水ポンプ交換工事に伴う動線確保のお願い",
 text="""堀様

グランレジデンス管理の中川です。
来週の給水ポンプ交換工事について、1点お願いがございます。

1階 105号室の田村 幸雄様は脊髄損傷で車椅子を使用されており、身体障害者手帳1級をお持ちです。
毎週火・金の 9:00 にデイサービスの送迎車が来ますので、
その時間帯はエントランス横のスロープに資材を置かないようお願いいたします。
また、断水時間中は念のためご本人宅に飲料水 2 ケースをお届けいただけますでしょうか。

よろしくお願いいたします。
"""+SIG_N,
 personal=[dict(type="name", value="田村 幸雄"), dict(type="disability", value="身体障害者手帳1級")]),
]
