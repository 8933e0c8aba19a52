from common import frm, sig
M = []
def add(**k): M.append(k)

add(key='K01', expect='pass', kind='benign.own_data',
 why='Post-funeral statement sent to the chief mourner herself: her own order, costs and attendance count.',
 **{'from': frm('okano')}, to=['reiko.tsujimoto@yahoo.co.jp'],
 subject='故 辻本 義雄 様 ご葬儀 ご精算のご案内',
 text=f"""辻本 玲子 様

このたびは、故 辻本 義雄 様のご葬儀に際し、当社にお任せいただき誠にありがとうございました。
心よりお悔やみ申し上げます。
ご葬儀のご精算について、下記のとおりご案内いたします。

受注番号：SF-2024-0917
ご葬儀：11月9日（土）通夜／11月10日（日）告別式　松風典礼 本町ホール
会葬者数：通夜 84名、告別式 61名
ご返礼品：会葬御礼 150個（使用 145個、未使用分 5個は返品処理済み）

お見積額　　1,386,000円
追加分　　　　 42,900円（料理 追加6名分）
合計　　　　1,428,900円（税込）
お振込先：播磨みなと銀行 姫路駅前支店 普通 3381125 カ）ショウフウテンレイ
お支払期限：12月10日

四十九日法要（12月28日ごろ）のご相談もお受けしております。どうぞお気軽にお申し付けください。

{sig('okano')}
""")

add(key='K02', expect='hold', kind='sensitive.religion',
 why='Tells an outside caterer that the named chief mourner\'s family are Jehovah\'s Witnesses.',
 **{'from': frm('imai')}, to=['order@himeji-zen-catering.co.jp'],
 subject='11/23 通夜ぶるまい ご注文（本町ホール）',
 text=f"""姫路膳ケータリング　ご注文係 御中

いつもお世話になっております。松風典礼の今井です。
下記のとおり通夜ぶるまいの料理をお願いいたします。

日時：11月23日（土）19:30～　本町ホール 2F 控室
喪主：森下 敏明 様（故 森下 トシ 様 ご長男）
人数：30名様（大皿 5・寿司桶 4・オードブル 3）

【ご注意】喪主の森下様ご一家はエホバの証人の信者でいらっしゃるため、
献杯はなく、お清め用の日本酒・清め塩もご用意不要です。仏式の精進料理の演出（蓮の飾り等）も外してください。

よろしくお願いいたします。

{sig('imai')}
""",
 personal=[{'type':'name','value':'森下 敏明'},{'type':'religion','value':'エホバの証人の信者'}])

add(key='K03', expect='pass', kind='benign.own_data',
 why='Schedule and the deceased\'s posthumous name sent to the chief mourner himself.',
 **{'from': frm('imai')}, to=['k.ueno.himeji@gmail.com'],
 subject='ご葬儀日程の確定について',
 text=f"""上野 和彦 様

このたびはご愁傷さまでございます。松風典礼の今井でございます。
西光寺様とのご調整が整いましたので、日程を確定としてご連絡いたします。

故人様：上野 フミ 様（享年九十二）
法名：釋尼妙文（しゃくにみょうもん）
通夜：11月16日（土）18:00～　松風典礼 本町ホール
葬儀・告別式：11月17日（日）11:00～12:00　同ホール
出棺：12:10　火葬場：姫路市名古山霊苑
ご導師：西光寺 住職 柳田 法順 様

ご親族の皆さまへのご案内状（PDF）は本日中にお送りします。
お疲れのことと存じますが、何かございましたら24時間いつでもお電話ください。

{sig('imai')}
""")

add(key='K04', expect='hold', kind='list.attendees',
 why='The attached attendee list with addresses and condolence-gift amounts is sent to an outside gift company.',
 **{'from': frm('okano')}, to=['henrei@harima-gift.co.jp'],
 subject='香典返し 発送依頼（辻本家）',
 text=f"""播磨ギフト　香典返し係　御中

いつもお世話になっております。松風典礼の岡野です。
辻本家の香典返しの発送リストを添付いたします。品物はカタログギフト（半返し基準）でお願いいたします。
発送は12月下旬（四十九日明け）でお願いします。

{sig('okano')}
""",
 attachments=[{'filename':'tsujimoto_kouden_list.xlsx','contentType':'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
 'text':"""[Sheet1]
No	ご芳名	郵便番号	ご住所	電話	御香典	ご関係
1	杉野 正和	670-0935	姫路市北条口2-14	079-222-4815	10,000	故人の友人
2	辻本 秀樹	651-0084	神戸市中央区磯辺通1-3-7-802	078-251-6637	50,000	甥
3	三好 あけみ	672-8023	姫路市白浜町甲530	090-1845-2290	5,000	近隣
4	株式会社辻本工務店 代表 辻本 茂	671-1116	姫路市広畑区正門通3-6	079-236-7711	30,000	取引先
5	葛城 礼子	670-0044	姫路市岡町22-9	079-293-1068	10,000	故人の友人"""}],
 personal=[{'type':'name','value':'杉野 正和'},{'type':'address','value':'姫路市北条口2-14'},{'type':'phone','value':'090-1845-2290'},{'type':'name','value':'葛城 礼子'}])

add(key='K05', expect='pass', kind='benign.id_lookalike',
 why='Stock order of return gifts with JAN codes and quantities only.',
 **{'from': frm('okano')}, to=['henrei@harima-gift.co.jp'],
 subject='会葬御礼品 定期発注（12月分）',
 text=f"""播磨ギフト　ご担当者様

岡野です。12月分の定期発注です。

品名                         JANコード        数量
会葬御礼 ハンカチセット（白）   4901234567894    300
会葬御礼 海苔詰合せ            4580123456789    200
お清め塩（小袋）              4987654321098   1000
粗供養 タオル（今治）          4562345678901    150

納品先：松風典礼 本町ホール 倉庫（搬入口は裏手）
納品希望日：12月2日（月）午前

{sig('okano')}
""")

add(key='K06', expect='hold', kind='id.bank_account',
 why='The beneficiary\'s (living widow\'s) private bank account is sent to an insurer with the death certificate details.',
 **{'from': frm('okano')}, to=['seikyu@setouchi-life-agency.co.jp'],
 subject='死亡保険金請求の書類について（代行）',
 text=f"""瀬戸内ライフエージェンシー
保険金請求ご担当者様

お世話になっております。松風典礼の岡野です。
ご遺族（受取人）のご依頼により、死亡保険金請求書の記載事項を先にメールでお送りします。原本は郵送いたします。

被保険者：故 杉浦 昭 様（証券番号 SL-55019284）
死亡日：2024年11月3日　死因：肺がん（死亡診断書記載のとおり）
受取人：杉浦 節子 様（妻）　姫路市飾磨区清水1-18-4
受取口座：播州信用金庫 飾磨支店 普通 0926314 スギウラ セツコ

{sig('okano')}
""",
 personal=[{'type':'name','value':'杉浦 節子'},{'type':'address','value':'姫路市飾磨区清水1-18-4'},{'type':'bank_account','value':'播州信用金庫 飾磨支店 普通 0926314'}])

add(key='K07', expect='pass', kind='benign.condolence',
 why='Ordinary condolence arrangements for a partner employee\'s late father; the deceased is named.',
 **{'from': frm('imai')}, to=['soumu@harima-kogyo.co.jp'],
 subject='Re: 弔電・供花のお手配について（河合様 ご尊父）',
 text=f"""播磨興業株式会社　総務部　ご担当者様

お世話になっております。松風典礼の今井です。
貴社 営業部 河合 修 様のご尊父 故 河合 源蔵 様のご葬儀につきまして、弔電・供花のご注文を承りました。

・供花：生花スタンド 1基（札名「播磨興業株式会社 代表取締役 古川 正道」）　16,500円
・弔電：押し花電報（文例B）
・お届け先：松風典礼 網干ホール（11月21日 通夜 18:00 まで）

謹んで故人様のご冥福をお祈り申し上げます。

{sig('imai')}

> 河合の父が亡くなりました。会社として供花と弔電をお願いしたいです。
> 播磨興業 総務部 古賀
""")

oc = ['soumu@harima-kogyo.co.jp','hisho@setouchi-kaiun.co.jp','somu@banshu-steel.co.jp','info@himeji-shoko.or.jp',
 'hisho@harima-minato-bank.co.jp','soumu@akashi-denki.co.jp','office@takasago-kensetsu.co.jp','hisho@kobe-marine-logi.co.jp',
 'soumu@hyogo-chemical.co.jp','hisho@aboshi-zosen.co.jp','soumu@shikama-unyu.co.jp','hisho@himeji-castle-hotel.co.jp','office@banshu-sekiyu.co.jp']
add(key='K08', expect='hold', kind='recipients.many',
 why='A company funeral notice goes to 13 different organisations visible in To.',
 **{'from': frm('imai')}, to=oc,
 subject='【社葬のご案内】株式会社本庄運輸 取締役相談役 故 本庄 勝之 儀',
 text=f"""各位

株式会社本庄運輸　取締役相談役　本庄 勝之 儀　かねて病気療養中のところ
去る11月12日　享年八十六にて永眠いたしました
ここに生前のご厚誼を深謝し　謹んでご通知申し上げます

なお　社葬を下記のとおり執り行います

日時　12月6日（金）　午後1時～2時
式場　松風典礼 本町ホール（姫路市本町68-3）
葬儀委員長　株式会社本庄運輸　代表取締役社長　本庄 勝

誠に勝手ながら　ご香典・ご供花の儀は固くご辞退申し上げます

（本案内は、株式会社本庄運輸様のご依頼により松風典礼がお送りしています）

{sig('imai')}
""")

add(key='K09', expect='pass', kind='benign.minutes',
 why='Planning minutes for a company funeral with a handful of staff from two companies.',
 **{'from': frm('imai')}, to=['honjo.m@honjo-unyu.co.jp','kanda.s@honjo-unyu.co.jp'], cc=['okano.c@shofu-tenrei.co.jp'],
 subject='【打合せメモ】社葬（12/6）第2回',
 text=f"""本庄運輸　秘書室 本庄様、総務部 神田様

本日はありがとうございました。打合せ内容をまとめます。

1. 式次第：開式 13:00／読経・弔辞（3名：姫路商工会議所 会頭様、取引先代表様、社員代表様）／献花／閉式 14:00
2. 想定会葬者：400名。受付 6卓（貴社社員 12名でご対応、受付マニュアルは当社作成）
3. 会場：本町ホール 大ホール＋第2ホール（モニター中継）
4. 駐車場：当社 80台＋近隣コインパーキング 2か所を借上げ（見積 別途）
5. ご案内状：12/2（月）までに発送。宛先リストは貴社で管理し、発送も貴社にてお願いします。
6. 遺影：11/25までに写真データをご提供ください（300dpi以上）

次回：11月26日（火）10:00 本町ホール

{sig('imai')}
""")

add(key='K10', expect='hold', kind='id.passport',
 why='A bereaved relative\'s passport number and birth date are sent to an air-cargo agent in English.',
 **{'from': frm('imai')}, to=['remains@kansai-aircargo-svc.co.jp'],
 subject='Repatriation of remains to Manila – accompanying family member / ご遺体搬送',
 text=f"""関西エアカーゴサービス ご担当者様 / Dear Repatriation Desk,

This is Imai from Shofu Tenrei, Himeji. Following our call, here are the details for the
repatriation of the late Mr. Ramon DELA CRUZ to Manila (NAIA) on 22 November.

Accompanying family member (will travel on the same flight):
  Name: Maricel DELA CRUZ (wife)
  Date of birth: 1978-10-04
  Passport no.: P7716402B (Philippines), expires 2029-03-15
  Mobile: 080-6634-2219

Embalming certificate and death certificate (translated) will be couriered today. Please confirm
the cargo booking and the latest acceptance time at KIX.

{sig('imai')}
""",
 personal=[{'type':'name','value':'Maricel DELA CRUZ'},{'type':'birth_date','value':'1978-10-04'},{'type':'passport','value':'P7716402B'},{'type':'phone','value':'080-6634-2219'}])

add(key='K11', expect='pass', kind='benign.own_data',
 why='Condolence and arrangements sent to the bereaved wife herself, in English.',
 **{'from': frm('imai')}, to=['maricel.dc78@gmail.com'],
 subject='Arrangements for Mr. Ramon Dela Cruz',
 text=f"""Dear Mrs. Dela Cruz,

Please accept our deepest condolences on the loss of your husband, Ramon.

Here is a summary of what we have arranged, as discussed with you and Father Tomás yesterday:

  - 20 November, 18:00: Rosary and viewing at Shofu Tenrei Honmachi Hall (Room 3)
  - 21 November, 10:00: Funeral Mass at Himeji Catholic Church, then transfer to KIX
  - 22 November: Flight to Manila with you; our staff will accompany you to the airport

Your flight ticket and the cargo documents will be ready on the 21st. Please bring your passport
to the airport. If there is anything else we can do, please call me at any time on 090-8821-5567.

With sincere sympathy,
Makoto Imai

{sig('imai')}
""")

add(key='K12', expect='hold', kind='sensitive.health',
 why='Only the quoted family message says the named (living) mother has dementia; it is sent on to a florist.',
 **{'from': frm('imai')}, to=['hanaya@himeji-kaori-flower.jp'],
 subject='Re: 祭壇生花の変更（荒木家）',
 text=f"""かおりフラワー　ご担当者様

今井です。荒木家の祭壇について、ご遺族のご希望を下記に転記します。
白上がりから、淡いピンクを入れた祭壇への変更をお願いします。お見積りの差額だけ教えてください。

{sig('imai')}

> 今井さま
> 祭壇のお花の件ですが、母（荒木 澄江）は認知症で施設に入っており、式には車椅子で
> 1時間ほどしか居られません。母が好きだったピンクのカーネーションを入れていただければ、
> 少しでも父のことが分かるかもしれないと思いまして…。
> 荒木 直美
""",
 personal=[{'type':'name','value':'荒木 澄江'},{'type':'health','value':'認知症で施設に入っており'}])

add(key='K13', expect='pass', kind='benign.condolence',
 why='Condolence to a supplier; the deceased\'s long illness is mentioned, no living person\'s sensitive data.',
 **{'from': frm('okano')}, to=['yamaguchi@harima-gift.co.jp'],
 subject='お悔やみ申し上げます',
 text=f"""山口様

松風典礼の岡野です。
お父様が長い闘病の末にご逝去されたと伺い、驚いております。
心よりお悔やみ申し上げます。

忌引き中は、発注の件は代理の方とやりとりいたしますので、どうかご無理なさらず、お父様とのお別れの時間を大切になさってください。

岡野 千春
""")

add(key='K14', expect='hold', kind='attachment.encrypted_zip',
 why='Password-protected zip (PPAP) attachment.',
 **{'from': frm('okano')}, to=['keiyaku@banshu-gojokai.or.jp'],
 subject='提携プラン お見積書・契約書案の送付',
 text=f"""播州互助会　契約ご担当　大森様

お世話になっております。松風典礼の岡野です。
提携プランのお見積書と契約書案を送付いたします。
セキュリティのためZIPにパスワードを設定しております。パスワードは別途お電話でお伝えします。

{sig('okano')}
""",
 attachments=[{'filename':'teikei_plan_2025.zip','contentType':'application/zip','encrypted':True}])

add(key='K15', expect='pass', kind='benign.plain_zip',
 why='Plain zip of venue photos and a readme for a foreign partner; no personal data.',
 **{'from': frm('imai')}, to=['Hannah Lee <hannah@evermore-memorial.com>'],
 subject='Venue photos for your brochure – Shofu Tenrei Honmachi Hall',
 text=f"""Dear Hannah,

As discussed, please find attached the photos of our Honmachi Hall for your international
clients' brochure. You may use them with the credit "Courtesy of Shofu Tenrei, Himeji".
The zip contains 12 JPEGs and a short readme.

Best regards,
Makoto Imai

{sig('imai')}
""",
 attachments=[{'filename':'honmachi_hall_photos.zip','contentType':'application/zip',
 'text':"""README.txt
Shofu Tenrei Honmachi Hall - photo set (Nov 2024)
01_main_hall_150seats.jpg - main hall, western chairs, white chrysanthemum altar
02_main_hall_night.jpg
03_family_room_tatami.jpg - family waiting room (12 tatami), shower, bedding for 6
04_reception_lobby.jpg
05-12 altar variations (Buddhist, Shinto, Christian, non-religious)
Photographer: Studio Harima. No persons appear in any photo."""}])

add(key='K16', expect='hold', kind='sensitive.criminal',
 why='Names a living driver arrested for negligent driving causing death, in a mail to a temple.',
 **{'from': frm('imai')}, to=['jimusho@saikoji-himeji.or.jp'],
 subject='11/30 葬儀（桑田家）についてのお願い',
 text=f"""西光寺　ご住職　柳田様

いつも大変お世話になっております。松風典礼の今井でございます。
11月30日の桑田家のご葬儀について、事前にお伝えしておきたいことがございます。

故人様（桑田 陽菜 様、享年十七）は交通事故で亡くなられましたが、
事故を起こした運転手の 真壁 浩二 氏（過失運転致死の疑いで逮捕、現在は釈放され在宅で捜査中）が、
弁護士を通じて焼香を希望されています。
ご遺族はお断りの意向ですので、万一ご来場された場合は当社スタッフが別室でご対応します。
ご住職におかれましても、お心に留めておいていただけますと幸いです。

{sig('imai')}
""",
 personal=[{'type':'name','value':'真壁 浩二'},{'type':'criminal','value':'過失運転致死の疑いで逮捕'}])

add(key='K17', expect='pass', kind='benign.short_reply',
 why='One-line logistics note to a temple.',
 **{'from': frm('imai')}, to=['jimusho@saikoji-himeji.or.jp'],
 subject='Re: 16日のお迎え',
 text="""明日17時、お寺の山門前までお迎えに上がります。今井
""")

add(key='K18', expect='hold', kind='sensitive.health',
 why='A pre-need consultation is forwarded to a Buddhist-altar shop with the client\'s contact and her husband\'s terminal diagnosis.',
 **{'from': frm('okano')}, to=['eigyo@himeji-butsudan-honpo.co.jp'],
 subject='事前相談のお客様のご紹介',
 text=f"""姫路仏壇本舗　営業部　ご担当者様

いつもお世話になっております。松風典礼の岡野です。
本日事前相談にいらしたお客様が、仏壇の買い替えもご検討とのことでしたので、ご紹介いたします。

お名前：西岡 典子 様（60代）
ご住所：姫路市野里上野町2-7-31
お電話：079-224-5108
ご状況：ご主人（西岡 光男 様）が膵臓がんで余命3か月と告げられ、在宅で緩和ケア中。
　　　　ご主人がお元気なうちに、仏壇を一緒に選びたいとのご希望です。

ご訪問の際は平日午前がよいそうです。よろしくお願いいたします。

{sig('okano')}
""",
 personal=[{'type':'name','value':'西岡 典子'},{'type':'address','value':'姫路市野里上野町2-7-31'},{'type':'phone','value':'079-224-5108'},{'type':'name','value':'西岡 光男'},{'type':'health','value':'膵臓がんで余命3か月'}])

add(key='K19', expect='pass', kind='benign.public_figure',
 why='Obituary advertisement text for a deceased former mayor (public figure), for a newspaper.',
 **{'from': frm('okano')}, to=['koukoku@harima-shimbun.co.jp'],
 subject='お悔やみ広告 原稿（故 元姫路市長 石田 賢三 様）',
 text=f"""播磨新聞社　広告局　ご担当者様

お世話になっております。松風典礼の岡野です。
ご遺族のご依頼による、お悔やみ広告の原稿をお送りします。11月20日朝刊 社会面下段 2段×1/4 でお願いいたします。

――――――――
元姫路市長　石田 賢三 儀
十一月十七日　老衰のため九十四歳にて永眠いたしました
生前のご厚誼に深謝し　謹んでお知らせ申し上げます
葬儀は近親者にて執り行いました
後日　お別れの会を催す予定でございます
　　　　　　　　　　　　　　喪主　石田 隆（長男）
――――――――

ゲラのご確認をお願いいたします。

{sig('okano')}
""")

add(key='K20', expect='hold', kind='personal.debt',
 why='A chief mourner\'s unpaid funeral bill with his full contact and workplace goes to an outside collection firm.',
 **{'from': frm('okano')}, to=['irai@kansai-saiken-kaishu.co.jp'],
 subject='未収金回収のご依頼',
 text=f"""関西債権回収株式会社　受付ご担当者様

お世話になっております。松風典礼の岡野です。
下記の未収金について、回収をご依頼いたします。

債務者：吉村 拓馬 様（喪主、故 吉村 ハル 様のご長男）
住所：兵庫県加古川市尾上町今福412-6
電話：090-3327-8816
勤務先：㈱加古川プレス工業（本人申告）
未収額：872,300円（2024年6月15日施行分、督促3回・分割の約束不履行）

契約書・督促記録の写しは郵送いたします。

{sig('okano')}
""",
 personal=[{'type':'name','value':'吉村 拓馬'},{'type':'address','value':'兵庫県加古川市尾上町今福412-6'},{'type':'phone','value':'090-3327-8816'},{'type':'debt','value':'未収額：872,300円'}])
