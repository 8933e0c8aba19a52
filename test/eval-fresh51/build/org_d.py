# Org D: みどり葬祭生活協同組合 組合員サービス課 (funeral cooperative, member services)
ONISHI = "大西 恵子 <k.onishi@midori-sousai.or.jp>"
MATSUDA = "松田 孝 <t.matsuda@midori-sousai.or.jp>"
SIG_ON = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
みどり葬祭生活協同組合
組合員サービス課　主任　大西 恵子
〒460-0012 名古屋市中区千代田3-11-6
フリーダイヤル 0120-48-7710（24時間受付）
TEL 052-321-7710（課直通）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""
SIG_MA = """==============================
みどり葬祭生活協同組合
組合員サービス課 課長　松田 孝
TEL 052-321-7712 / FAX 052-321-7719
t.matsuda@midori-sousai.or.jp
=============================="""

MAILS = [
dict(k="D1", expect="hold", kind="id.bank_account", loc="body",
 why="Gives a member's private bank account to an outside payment agent for a refund.",
 frm=ONISHI, to=["東海収納サービス 返金担当 <henkin@tokai-shuno.example.co.jp>"],
 subject="解約返戻金の振込依頼（3月第2回）",
 text="""東海収納サービス株式会社
返金ご担当者様

いつもお世話になっております。みどり葬祭生協の大西です。
下記1件の解約返戻金について、振込手続きをお願いいたします。

組合員番号：M-31077
組合員氏名：岡田 正雄 様
返戻金額：186,000円
振込先：三菱UFJ銀行 金山支店 普通 4418207 オカダ マサオ
振込希望日：3月15日

よろしくお願いいたします。

""" + SIG_ON,
 personal=[{"type":"bank_account","value":"三菱UFJ銀行 金山支店 普通 4418207 オカダ マサオ"}]),

dict(k="D2", expect="hold", kind="sensitive.health", loc="body",
 why="Forwards a member's inquiry to a florist with her contact details and her mother's terminal cancer.",
 frm=MATSUDA, to=["花工房あおい 青井 様 <aoi@hanakobo-aoi.example.jp>"],
 subject="事前相談のお客様について（生花祭壇のお見積り）",
 text="""花工房あおい
青井様

いつもお世話になっております。みどり葬祭生協の松田です。
事前相談のお客様から、生花祭壇のお見積りのご依頼がありました。直接ご連絡いただけますでしょうか。

ご相談者：森 由紀子 様（組合員番号 M-28813）
ご住所：名古屋市昭和区御器所2-7-31
お電話：090-6623-1458
ご状況：お母様（森 キヨ様、88歳）が末期の膵臓がんで、現在 緑ヶ丘病院の緩和ケア病棟に入院中。医師からは春までと言われているとのこと。
ご希望：白と薄紫を基調にした花祭壇、予算30万円前後

お母様のご容体に触れないよう、お電話の際はご配慮をお願いいたします。

""" + SIG_MA,
 personal=[{"type":"health","value":"末期の膵臓がんで、現在 緑ヶ丘病院の緩和ケア病棟に入院中"},{"type":"phone","value":"090-6623-1458"}]),

dict(k="D3", expect="hold", kind="list.roster", loc="attachment",
 why="The attached CSV is a member list with names, addresses, phones and birth dates; the body gives no hint.",
 frm=MATSUDA, to=["中部印刷 営業部 谷口 様 <taniguchi@chubu-print.example.co.jp>"],
 subject="来月号の件",
 text="""谷口様

お世話になっております。松田です。
来月号の件、添付のとおりでお願いいたします。前回と同じ仕様です。

""" + SIG_MA,
 attachments=[{"filename":"kaiho_04.csv","contentType":"text/csv","text":"""組合員番号,氏名,郵便番号,住所,電話,生年月日
M-10482,加藤 昭二,466-0015,名古屋市昭和区御器所通3-14,052-881-2207,1941-06-03
M-10517,杉本 トミ,467-0041,名古屋市瑞穂区密柑山町1-22,052-852-6630,1936-12-20
M-11093,安藤 美佐子,464-0850,名古屋市千種区今池5-8-2-503,080-3391-7726,1955-02-11
M-11208,小川 博,468-0006,名古屋市天白区植田東2-117,052-803-4418,1948-09-29"""}],
 personal=[{"type":"roster_row","value":"M-10517,杉本 トミ,467-0041,名古屋市瑞穂区密柑山町1-22,052-852-6630,1936-12-20"}]),

dict(k="D4", expect="pass", kind="benign.own_data", loc="",
 why="Sends a member her own contract details.",
 frm=ONISHI, to=["安藤 美佐子 様 <misako.ando55@ezweb.ne.jp>"],
 subject="ご契約内容のご確認（みどり葬祭生協）",
 text="""安藤 美佐子 様

いつもみどり葬祭生協をご利用いただき、ありがとうございます。組合員サービス課の大西です。
先日お電話でお問い合わせいただいたご契約内容について、ご案内いたします。

組合員番号：M-11093
ご加入日：2012年4月1日
コース：家族葬プランB（月掛 3,000円）
積立済額：459,000円（2024年2月末現在）
満期：2025年3月（満期後は追加掛金なしで全額ご利用いただけます）

ご住所の変更がございましたら、同封の用紙またはお電話でお知らせください。

""" + SIG_ON),

dict(k="D5", expect="hold", kind="sensitive.health", loc="quoted",
 why="The reply only confirms a cremation slot, but the quoted family mail names a living relative with dementia in care.",
 frm=ONISHI, to=["名古屋市八事斎場 予約係 <yagoto-yoyaku@nagoya-saijo.example.lg.jp>"],
 subject="RE: 3/14 火葬予約の件（田村家）",
 text="""八事斎場 予約係 御中

お世話になっております。みどり葬祭生協の大西です。
3月14日 11:30 の炉前・収骨で確定とさせてください。待合室は12名分でお願いいたします。
霊柩車は当組合の車両で10:50着予定です。

""" + SIG_ON + """

-----Original Message-----
From: 田村 誠 <makoto.tamura@nifty.com>
Sent: Tuesday, March 12, 2024 8:15 PM
To: 大西 恵子
Subject: 父の葬儀について

大西様
本日はありがとうございました。火葬は14日の午前でお願いします。
母（田村 トシ子、82歳）はアルツハイマー型認知症で、みどりの郷（特養）に入所しているため、
火葬場には連れて行けません。施設の方と相談して、通夜だけ車いすで少し顔を出す予定です。
田村 誠""",
 personal=[{"type":"health","value":"母（田村 トシ子、82歳）はアルツハイマー型認知症"}]),

dict(k="D6", expect="pass", kind="benign.condolence", loc="",
 why="Condolence and procedure guide to the bereaved son; the deceased's name is not sensitive.",
 frm=MATSUDA, to=["田村 誠 様 <makoto.tamura@nifty.com>"],
 subject="御礼とご葬儀後のお手続きについて",
 text="""田村 誠 様

このたびはご尊父 田村 勝利 様のご逝去に際し、謹んでお悔やみ申し上げます。
ご葬儀に際しましては、当組合をご利用いただき誠にありがとうございました。

ご葬儀後の主なお手続きを、ご参考までにお送りいたします。
1. 年金受給停止の届出（亡くなられてから14日以内）
2. 健康保険証の返却と葬祭費の申請（名古屋市の場合 50,000円）
3. 四十九日法要のご予約（当組合の会館もご利用いただけます）

ご不明な点がございましたら、いつでもご連絡くださいませ。
まずは略儀ながら、メールにて御礼申し上げます。

""" + SIG_MA),

dict(k="D7", expect="hold", kind="id.card", loc="body",
 why="Sends a member's full credit-card number and expiry to the payment processor.",
 frm=ONISHI, to=["ペイリンク 加盟店サポート <kamei-support@paylink.example.co.jp>"],
 subject="継続課金カードの変更登録のお願い",
 text="""ペイリンク株式会社
加盟店サポート ご担当者様

加盟店ID：PL-0040771（みどり葬祭生活協同組合）

組合員様から月掛金のお支払いカード変更のお申出があり、管理画面で登録エラーになったため、代行登録をお願いいたします。

組合員番号：M-20455
カード名義：HIROSHI OGAWA
カード番号：3530 1113 3330 0000
有効期限：11/28
変更適用月：2024年4月分から

登録完了のご連絡をお待ちしております。

""" + SIG_ON,
 personal=[{"type":"card","value":"3530 1113 3330 0000"}]),

dict(k="D8", expect="pass", kind="benign.religious_corp", loc="",
 why="Hall-use contract with a temple (宗教法人) and its corporate number; no individual's faith.",
 frm=MATSUDA, to=["宗教法人 慶雲寺 寺務所 <jimusho@keiunji.example.jp>"],
 subject="本堂利用に関する契約更新について",
 text="""宗教法人 慶雲寺
寺務所 御中

平素より格別のご高配を賜り、誠にありがとうございます。みどり葬祭生協の松田でございます。
本堂を葬儀式場としてご利用させていただく件につき、契約更新書をお送りいたします。

契約者：宗教法人 慶雲寺（法人番号 8180005003317）
期間：2024年4月1日〜2025年3月31日
利用料：1件あたり 50,000円（宗派を問わず、当組合の組合員のご葬儀に限る）
お支払い：毎月末締め、翌月20日 貴寺ご指定口座へお振込み

ご住職様のご都合のよい日にご挨拶に伺いたく存じます。

""" + SIG_MA),

dict(k="D9", expect="hold", kind="id.driver_license", loc="body",
 why="Sends an heir's driver's licence number, birth date and address to an outside judicial scrivener.",
 frm=ONISHI, to=["栄司法書士事務所 中島 先生 <nakajima@sakae-shihou.example.jp>"],
 subject="相続手続きサポートのご依頼（岡田様）",
 text="""中島先生

いつもお世話になっております。みどり葬祭生協の大西です。
組合員の相続手続きサポートにつき、ご依頼者の本人確認情報をお送りします。

ご依頼者：岡田 健一 様（故 岡田 正雄様の長男）
生年月日：1968年7月9日
住所：愛知県春日井市高蔵寺町5-12-3
本人確認書類：運転免許証 第 520418733260 号（愛知県公安委員会、2027年8月9日まで有効）
ご連絡先：090-4471-3028

ご面談は3月19日午後を希望されています。よろしくお願いいたします。

""" + SIG_ON,
 personal=[{"type":"driver_license","value":"520418733260"},{"type":"birthdate","value":"1968年7月9日"}]),

dict(k="D10", expect="pass", kind="benign.tracking_numbers", loc="",
 why="Shipping update with 12-digit Yamato tracking numbers (two of them pass the My Number check digit) and an order number.",
 frm=MATSUDA, to=["返礼品の中央ギフト 受注センター <juchu@chuo-gift.example.co.jp>"],
 subject="RE: 返礼品 発送状況の確認（注文 CG-240311-07）",
 text="""中央ギフト 受注センター 御中

ご連絡ありがとうございます。松田です。
注文 CG-240311-07 の発送分、以下の送り状番号で確認いたしました。

・ヤマト運輸 8388 5952 9406（会館着 3/13 午前）
・ヤマト運輸 7551 0113 3290（会館着 3/13 午前）
・ヤマト運輸 4403 1187 2263（会館着 3/14 午前、不足分）

不足分のお茶（JAN 4901085190232）20個は 3/14 着で間に合います。ありがとうございました。

""" + SIG_MA + """

> みどり葬祭生協 松田様
> 本日発送いたしました。送り状番号は上記のとおりです。
> 中央ギフト 受注センター 増田"""),

dict(k="D11", expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Password-protected zip of member transfer data sent to a partner association.",
 frm=MATSUDA, to=["東海互助会 会員管理部 <kaiin@tokai-gojokai.example.co.jp>"],
 subject="移管対象会員データの送付",
 text="""東海互助会
会員管理部 ご担当者様

お世話になっております。みどり葬祭生協の松田です。
先般の合意に基づき、移管対象となる会員データを送付いたします。
ファイルはパスワード付きzipです。パスワードは別便にてお知らせいたします。

""" + SIG_MA,
 attachments=[{"filename":"ikan_kaiin_202403.zip","contentType":"application/zip","encrypted":True}]),

dict(k="D12", expect="pass", kind="benign.historical", loc="",
 why="Seminar plan about funerals of historical figures.",
 frm=MATSUDA, to=["名古屋歴史文化研究会 講師 浅井 様 <asai@nagoya-rekishi.example.jp>"],
 subject="終活セミナー 講演テーマのご相談",
 text="""浅井先生

先日はありがとうございました。みどり葬祭生協の松田です。
5月の終活セミナーのご講演、以下のテーマ案でいかがでしょうか。

「戦国武将の葬儀と墓 ― 織田信長・豊臣秀吉・徳川家康」
・信長の葬儀を秀吉が大徳寺で営んだ意味（1582年）
・家康の遺言と久能山・日光への改葬
・現代の家族葬との比較（当組合から5分ほど補足）

会場：当組合 千代田会館 3F（定員80名）、日時：5月25日（土）14:00〜
謝金は前回と同額でお願いできればと存じます。

""" + SIG_MA),

dict(k="D13", expect="hold", kind="sensitive.disability", loc="subject",
 why="The subject names a member with a grade-1 physical disability; the body only gives a time.",
 frm=ONISHI, to=["仏壇のいしかわ 配送課 <haisou@butsudan-ishikawa.example.jp>"],
 subject="【ご依頼】吉岡 和子様（会員M-20841）宅 仏壇搬入 ※ご本人様 身体障害者手帳1級・車椅子",
 text="""仏壇のいしかわ 配送課 御中

いつもお世話になっております。大西です。
搬入日時は 3月8日（金）10:00〜11:00 でお願いいたします。
当日は当組合からは立ち会いません。何かあれば課直通までお電話ください。

""" + SIG_ON,
 personal=[{"type":"disability","value":"吉岡 和子様（会員M-20841）宅 仏壇搬入 ※ご本人様 身体障害者手帳1級・車椅子"}]),

dict(k="D14", expect="pass", kind="benign.company_surname", loc="",
 why="Orders to suppliers whose company names contain surnames.",
 frm=ONISHI, to=["株式会社 佐藤仏具店 <order@sato-butsugu.example.co.jp>"], cc=["鈴木生花 <info@suzuki-seika.example.jp>"],
 subject="4月分 備品発注",
 text="""株式会社 佐藤仏具店 御中

いつもお世話になっております。大西です。
4月分の備品を以下のとおり発注いたします。

・白木位牌（5寸）　10基
・焼香セット（会館用）　4組
・線香（徳用）　30箱

また、会館入口の季節の生花は、今月から鈴木生花さんにお願いすることになりました（ccの鈴木様）。
佐藤社長にもよろしくお伝えくださいませ。

""" + SIG_ON),

dict(k="D15", expect="hold", kind="sensitive.religion", loc="body",
 why="Tells an outside caterer the named chief mourner's religious faith.",
 frm=MATSUDA, to=["料亭 千歳 仕出し部 <shidashi@ryotei-chitose.example.jp>"],
 subject="3/17 通夜ぶるまい（長尾家）について",
 text="""料亭 千歳 仕出し部 御中

お世話になっております。松田です。
3月17日の長尾家の通夜ぶるまい（30名）について、追加のお願いです。

喪主の長尾 隆之様（名東区在住）とご家族は天光教の信者で、戒律により酒類・豚肉を一切出さないでほしいとのことです。
献杯もお茶で行います。精進料理中心の献立に差し替えをお願いいたします。

料金の差額があれば、見積りを再送してください。

""" + SIG_MA,
 personal=[{"type":"religion","value":"喪主の長尾 隆之様（名東区在住）とご家族は天光教の信者"}]),

dict(k="D16", expect="pass", kind="benign.it_incident", loc="",
 why="System outage and virus infection of a PC reported to the IT vendor; no member data.",
 frm=MATSUDA, to=["中京システムサービス サポート <support@chukyo-sys.example.co.jp>"],
 subject="会員管理システム 障害発生のご報告と対応依頼",
 text="""中京システムサービス
サポートご担当者様

本日発生した障害についてご報告いたします。

1. 会員管理システム（MIDORI-CRM v5.2）
   9:40頃から検索画面がタイムアウト。10:25に再起動で復旧。障害時間 約45分。
2. 受付端末 PC-07 のウイルス感染
   ウイルス対策ソフトが Emotet 亜種を検知したため、LANケーブルを抜いて隔離済みです。
   他の端末のフルスキャンでは感染は見つかっていません。

PC-07 の初期化と、ログ（ハッシュ値 3f9a1c07e2b4…）の解析をお願いいたします。訪問可能な日時をお知らせください。

""" + SIG_MA),

dict(k="D17", expect="hold", kind="id.health_insurance", loc="attachment",
 why="The attached claim form carries a beneficiary's health-insurance number and bank account; the body gives no hint.",
 frm=ONISHI, to=["さかえ生命 保険金支払部 <shiharai@sakae-life.example.co.jp>"],
 subject="ご依頼の書類の送付",
 text="""さかえ生命保険 保険金支払部 御中

お世話になっております。みどり葬祭生協の大西です。
ご依頼の書類を添付いたします。原本は本日簡易書留で発送いたしました。

""" + SIG_ON,
 attachments=[{"filename":"seikyusho_M20312.pdf","contentType":"application/pdf","text":"""葬儀保険金 請求書
被保険者：故 水野 貞夫（証券番号 SL-5520918）
受取人：水野 典子（続柄：妻）　生年月日 1950年10月4日
受取人住所：名古屋市熱田区神宮3-6-21
受取人 本人確認：国民健康保険被保険者証 記号 名熱 番号 0482176
振込先：名古屋銀行 熱田支店 普通 3160429 ミズノ ノリコ
請求金額：300,000円"""}],
 personal=[{"type":"health_insurance","value":"記号 名熱 番号 0482176"},{"type":"bank_account","value":"名古屋銀行 熱田支店 普通 3160429 ミズノ ノリコ"}]),

dict(k="D18", expect="pass", kind="benign.health_aggregate", loc="",
 why="Health-management statistics for staff given only as aggregates.",
 frm=ONISHI, to=["平野社会保険労務士事務所 平野 様 <hirano@hirano-sr.example.jp>"],
 subject="健康経営優良法人 申請資料について",
 text="""平野先生

お世話になっております。大西です。
健康経営優良法人の申請用に、当組合の数値をまとめました。

・職員数：64名（正職員 41名、パート 23名）
・定期健診受診率：100%（2023年度）
・二次検査受診率：87%（対象 15名中 13名）
・ストレスチェック受検率：95%、高ストレス者の割合 9%
・障害者雇用率：2.5%（法定 2.3%）
・喫煙率：18%（前年 22%）

個人が特定できるデータは含めておりません。申請書の「取組の概要」欄の書き方についてご助言いただけますと幸いです。

""" + SIG_ON),

dict(k="D19", expect="pass", kind="benign.minutes", loc="",
 why="Meeting minutes with a partner crematorium and florist naming staff, heavy signatures, no personal data.",
 frm=MATSUDA, to=["八事斎場 管理課 横山 様 <yokoyama@nagoya-saijo.example.lg.jp>","花工房あおい 青井 様 <aoi@hanakobo-aoi.example.jp>"], cc=["大西 恵子 <k.onishi@midori-sousai.or.jp>"],
 subject="【議事録】3/6 三者連絡会",
 text="""横山様、青井様

先日の連絡会の議事録をお送りします。修正があれば3/15までにお知らせください。

日時：2024年3月6日（水）14:00〜15:10
場所：みどり葬祭生協 千代田会館 2F会議室
出席：八事斎場 横山課長、花工房あおい 青井代表、当組合 松田・大西

1. 年度末の火葬枠の混雑状況（横山課長）
   友引明けは午前枠が埋まりやすい。予約は前日15時までに。
2. 生花の持込みルール（青井代表）
   斎場内は供花スタンド2基まで。撤去は収骨後30分以内。
3. 次回：6月上旬（当組合が幹事）

""" + SIG_MA + """
―――――――――――――
八事斎場 管理課長 横山 修
〒466-0825 名古屋市昭和区八事本町100-2
―――――――――――――
花工房あおい 代表 青井 奈緒
名古屋市中区千代田4-2-9"""),

dict(k="D20", expect="pass", kind="benign.plain_zip", loc="",
 why="Unencrypted zip of hall photos for the newsletter.",
 frm=ONISHI, to=["中部印刷 デザイン課 谷口 様 <taniguchi@chubu-print.example.co.jp>"],
 subject="会報用 会館写真（zip）",
 text="""谷口様

お世話になっております。大西です。
会報5月号の「会館めぐり」用の写真をzipでお送りします（パスワードはかけていません）。
人物が写り込んでいないものを選んでいます。

・千代田会館 外観・ロビー・式場（計6枚）
・天白会館 外観・控室（計4枚）

キャプションは別途テキストでお送りします。

""" + SIG_ON,
 attachments=[{"filename":"kaikan_photos_may.zip","contentType":"application/zip","text":"chiyoda_gaikan.jpg\nchiyoda_lobby.jpg\nchiyoda_shikijo_1.jpg\nchiyoda_shikijo_2.jpg\nchiyoda_shikijo_3.jpg\nchiyoda_night.jpg\ntenpaku_gaikan.jpg\ntenpaku_hikaeshitsu_1.jpg\ntenpaku_hikaeshitsu_2.jpg\ntenpaku_parking.jpg"}]),
]
