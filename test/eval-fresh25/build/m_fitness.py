from common import frm, sig
M = []
def add(**k): M.append(k)

add(key='F01', expect='pass', kind='benign.own_data',
 why='A member\'s own body-composition and blood-pressure results are sent to the member herself.',
 **{'from': frm('manabe')}, to=['kyoko.arima.fit@gmail.com'],
 subject='【FITNESS VERDA】11月の測定結果をお送りします',
 text=f"""有馬 恭子 様

こんにちは、トレーナーの真鍋です。先日はInBody測定お疲れさまでした！
結果をまとめましたのでお送りします。

              9月      11月     変化
体重          62.4kg   60.1kg   -2.3
体脂肪率      31.8%    29.6%    -2.2
骨格筋量      21.0kg   21.4kg   +0.4
安静時血圧    138/88   129/82

血圧も下がってきていて、かかりつけの先生のお話どおり順調ですね。
次の2か月はスクワットの重量を少しずつ上げていきましょう。
次回セッションは11/21（木）19:30です。

{sig('manabe')}
""")

add(key='F02', expect='hold', kind='sensitive.health',
 why='A member\'s heart attack history and pacemaker are sent by name to an outside freelance instructor.',
 **{'from': frm('fukuhara')}, to=['studio.ren.yoga@gmail.com'],
 subject='12月からのシニアヨガ 参加者について',
 text=f"""蓮見先生

いつもお世話になっております。本町店の福原です。
12月から先生にご担当いただくシニアヨガ（水曜14時）について、配慮が必要な方をお伝えしておきます。

・水野 英二 様（72歳）：3年前に心筋梗塞、ペースメーカー装着。うつ伏せのポーズと強い呼吸法は不可（主治医の指示書あり）。
・宇佐美 絹代 様（69歳）：右膝人工関節。正座・深い屈曲は避ける。

いずれもご本人から「先生に伝えてほしい」と言われておりますので、初回に一声かけていただけますと助かります。

{sig('fukuhara')}
""",
 personal=[{'type':'name','value':'水野 英二'},{'type':'health','value':'3年前に心筋梗塞、ペースメーカー装着'},{'type':'name','value':'宇佐美 絹代'},{'type':'health','value':'右膝人工関節'}])

add(key='F03', expect='hold', kind='list.customers',
 why='A CSV of former members with phones and e-mail is handed to an outside marketing agency.',
 **{'from': frm('yoshioka')}, to=['project@reach-plus-mkt.co.jp'],
 subject='再入会キャンペーン用データ',
 text=f"""リーチプラス株式会社　ご担当者様

お世話になっております。ヴェルダスポーツの吉岡です。
ご依頼のデータを添付いたします。12月のDM・SMS配信の準備をお願いいたします。

{sig('yoshioka')}
""",
 attachments=[{'filename':'taikai_2024H1.csv','contentType':'text/csv',
 'text':"""会員番号,氏名,性別,年齢,電話番号,メール,退会日,退会理由
V0188213,森本 恵,F,41,090-1123-5584,megu.morimoto@yahoo.co.jp,2024/04/30,転居
V0190572,平松 悠人,M,28,080-6691-2047,yuto.h.run@gmail.com,2024/05/31,料金
V0177031,竹内 さとみ,F,55,052-731-4418,satomi-t@ezweb.ne.jp,2024/06/30,体調
V0201946,レイエス カルロス,M,36,070-3382-9165,carlos.reyes.ngy@gmail.com,2024/06/30,その他"""}],
 personal=[{'type':'name','value':'森本 恵'},{'type':'phone','value':'090-1123-5584'},{'type':'email','value':'yuto.h.run@gmail.com'},{'type':'name','value':'竹内 さとみ'}])

add(key='F04', expect='pass', kind='benign.bcc_announcement',
 why='Member announcement correctly sent with recipients in Bcc.',
 **{'from': frm('fukuhara')}, to=['honmachi@verda-sports.jp'],
 bcc=['kyoko.arima.fit@gmail.com','t-mizuno1952@nifty.com','kinuyo.usami@docomo.ne.jp','yuki.hanamura@icloud.com',
      'ryota.s.0708@gmail.com','naomi-k@au.com','takashi.onda@yahoo.co.jp','sena.fujii@gmail.com',
      'h.kitagawa@ezweb.ne.jp','mai.okuda22@gmail.com','kazu.yamaoka@outlook.jp','reina.t.0101@icloud.com'],
 subject='【本町店】年末年始の営業時間と臨時休館のお知らせ',
 text=f"""会員の皆さま

いつもFITNESS VERDA本町店をご利用いただきありがとうございます。
年末年始の営業時間を下記のとおりご案内いたします。

12/28（土）　9:00～20:00
12/29（日）　9:00～18:00
12/30（月）～1/3（金）　休館（館内設備点検のため）
1/4（土）　10:00～18:00
1/5（日）　通常営業

休館期間中の月会費の日割りはございませんが、1月中は同伴利用チケットを2枚お配りします。
来年もよろしくお願いいたします。

{sig('fukuhara')}
""")

members = ['kyoko.arima.fit@gmail.com','t-mizuno1952@nifty.com','kinuyo.usami@docomo.ne.jp','yuki.hanamura@icloud.com',
 'ryota.s.0708@gmail.com','naomi-k@au.com','takashi.onda@yahoo.co.jp','sena.fujii@gmail.com','h.kitagawa@ezweb.ne.jp',
 'mai.okuda22@gmail.com','kazu.yamaoka@outlook.jp','reina.t.0101@icloud.com']
add(key='F05', expect='hold', kind='recipients.many',
 why='A class-change notice is sent with 12 members\' private addresses visible in To.',
 **{'from': frm('fukuhara')}, to=members,
 subject='【本町店】水曜シニアヨガ 担当インストラクター変更のお知らせ',
 text=f"""水曜シニアヨガにご参加の皆さま

いつもご参加ありがとうございます。本町店の福原です。
12月4日より、水曜14:00のシニアヨガは蓮見 玲子先生が担当いたします。
蓮見先生は全米ヨガアライアンスRYT500をお持ちで、シニア向けのクラスを10年以上担当されている先生です。
時間・スタジオに変更はございません。

引き続きよろしくお願いいたします。

{sig('fukuhara')}
""")

add(key='F06', expect='pass', kind='benign.corporate_bank',
 why='Invoice to a corporate member with the club\'s own corporate bank account.',
 **{'from': frm('yoshioka')}, to=['fukuri@tokai-denso-parts.co.jp'],
 subject='法人会員 12月分ご利用料金のご請求',
 text=f"""東海電装部品株式会社
人事部 福利厚生ご担当　田辺様

いつもお世話になっております。ヴェルダスポーツ会員サービス部の吉岡です。
12月分の法人会員ご利用料金をご請求申し上げます。

法人契約番号：CORP-0412
ご利用者数：38名（新規 3名、休会 1名）
ご請求金額：267,520円（税込）
お振込先：東海あおば銀行 栄支店 普通 1130487 カ）ヴェルダスポーツ
お支払期限：12月27日

明細（利用者別の利用回数）は、人事部さま専用ページでご確認いただけます。

{sig('yoshioka')}
""")

add(key='F07', expect='hold', kind='id.card',
 why='A member\'s full card number and expiry taken by phone are e-mailed to the payment provider\'s support.',
 **{'from': frm('fukuhara')}, to=['support@smartpay-gateway.jp'],
 subject='カード決済エラーの調査依頼',
 text=f"""スマートペイゲートウェイ　サポートご担当者様

お世話になっております。FITNESS VERDA本町店の福原です。
会員様から電話でお伺いしたカードで月会費の決済を試みたところ、エラー「E-2031」が出ました。
原因の調査をお願いします。

加盟店ID：VRD-HMC-0071
会員名：花村 由紀 様
カード番号：5555 5555 5555 4444
有効期限：08/27
試行日時：11/15 10:42

{sig('fukuhara')}
""",
 personal=[{'type':'name','value':'花村 由紀'},{'type':'card_number','value':'5555 5555 5555 4444'}])

add(key='F08', expect='pass', kind='benign.test_card',
 why='Development minutes with the system vendor quoting a standard Luhn-valid test card number.',
 **{'from': frm('yoshioka')}, to=['Kohei Ueda <ueda@nexcel-systems.co.jp>','Jenny Lau <lau@nexcel-systems.co.jp>'], cc=['it@verda-sports.jp'],
 subject='【議事録】会員アプリ改修 定例（11/13）',
 text=f"""上田様、Lau様

本日はありがとうございました。議事録です。

1. オンライン入会フローの決済テスト
 ・ステージング環境でテストカード 4242 4242 4242 4242（有効期限 任意の未来日、CVC 任意）にて正常系OK
 ・3Dセキュア認証の失敗系は、ベンダー提供のテストカード（4000 0000 0000 3220）で確認する
 ・本番カード情報はアプリ側で保持しない（トークン化）ことを再確認
2. 障害対応
 ・11/8の予約画面の障害は、キャッシュ設定の誤りが原因（修正リリース v3.8.2 済）
3. 次回リリース
 ・v3.9.0 を12/10に予定。QRチェックインのタイムアウトを30秒→60秒に変更

次回定例：11/27（水）15:00、オンライン

{sig('yoshioka')}
""")

add(key='F09', expect='pass', kind='benign.id_lookalike',
 why='English fault report with equipment serial numbers and error codes; no personal data.',
 **{'from': frm('fukuhara')}, to=['service-apac@strideline-fitness.com'],
 subject='Service request: treadmill fault – serial SL-T9X-2207-04418',
 text=f"""Dear Stride Line APAC service team,

We have a recurring fault on one of our treadmills at FITNESS VERDA Honmachi.

  Model: Stride Line T9X Commercial
  Serial no.: SL-T9X-2207-04418
  Controller firmware: 5.12.3
  Error code: E37 (belt speed sensor mismatch), 4 times since 1 November
  Service contract: APAC-SC-88120 (valid until 2025-06-30)

The unit is currently out of service. Could you send a technician this week? Our site is open
from 7:00 to 23:00, and our chief staff member Mr. Sugiura (052-251-8830) can let your engineer in.

Thank you,
Daisuke Fukuhara

{sig('fukuhara')}
""")

add(key='F10', expect='hold', kind='sensitive.health',
 why='An accident report to the insurer names a member and his fracture and treatment.',
 **{'from': frm('yoshioka')}, to=['claims@harbor-general-ins.co.jp'],
 subject='Accident report – FITNESS VERDA Honmachi, 9 Nov 2024 (Policy HG-LB-330917)',
 text=f"""Dear Claims Team,

Please find below our first report of an accident at our Honmachi club, under our
general liability policy HG-LB-330917.

  Date/time: 9 November 2024, approx. 20:15
  Injured person: Mr. Oliver Grant (member no. V0204418), age 39
  Contact: +81-80-2274-6619
  What happened: the member slipped on a wet floor near the pool shower and fell on his
  left arm. He was taken by ambulance to Nagoya Central Hospital.
  Injury: distal radius fracture of the left wrist; surgery (plate fixation) on 11 November,
  expected 8 weeks of rehabilitation.

The member has indicated that he will claim for medical costs and lost income. CCTV footage
has been preserved. Please let us know which documents you need.

Best regards,
Aya Yoshioka

{sig('yoshioka')}
""",
 personal=[{'type':'name','value':'Oliver Grant'},{'type':'phone','value':'+81-80-2274-6619'},{'type':'health','value':'distal radius fracture of the left wrist'}])

add(key='F11', expect='pass', kind='benign.sick_day',
 why='Class substitution because the instructor is unwell; no diagnosis.',
 **{'from': frm('fukuhara')}, to=['honmachi@verda-sports.jp'], bcc=['naomi-k@au.com','sena.fujii@gmail.com','mai.okuda22@gmail.com'],
 subject='本日19:00 ボディコンバット 代行のお知らせ',
 text=f"""会員の皆さま

本日19:00のボディコンバットは、担当の菅原インストラクターが体調不良のため、
千田インストラクターが代行いたします。内容・時間に変更はございません。
急なご案内となり申し訳ございません。

FITNESS VERDA 本町店
""")

add(key='F12', expect='hold', kind='sensitive.health',
 why='The subject line tells a corporate client that a named trainer tested positive for COVID-19.',
 **{'from': frm('yoshioka')}, to=['tanabe.h@tokai-denso-parts.co.jp'],
 subject='出張トレーニング中止のお詫び（トレーナー真鍋 新型コロナ陽性のため）',
 text=f"""田辺様

いつもお世話になっております。ヴェルダスポーツの吉岡です。
11月19日（火）に予定しておりました貴社工場での出張トレーニングは、件名の事情により中止とさせてください。
振替日程として、12月3日（火）または12月5日（木）の同時間帯をご提案いたします。
直前のご連絡となり、誠に申し訳ございません。

{sig('yoshioka')}
""",
 personal=[{'type':'name','value':'真鍋'},{'type':'health','value':'新型コロナ陽性'}])

add(key='F13', expect='pass', kind='benign.introduction',
 why='Public professional profile of an instructor, with her consent, for a corporate client.',
 **{'from': frm('yoshioka')}, to=['tanabe.h@tokai-denso-parts.co.jp'],
 subject='腰痛予防セミナー 講師プロフィール',
 text=f"""田辺様

お世話になっております。吉岡です。
1月の腰痛予防セミナーの講師プロフィールをお送りします。社内報への掲載もご本人了承済みです。

講師：蓮見 玲子（はすみ れいこ）
・ヨガインストラクター、理学療法士
・全米ヨガアライアンス RYT500
・総合病院のリハビリテーション科に12年勤務後、2016年より当社契約インストラクター
・著書『デスクワーカーのための5分ヨガ』（潮書房、2021年）

セミナー（60分）では、座ったままできるストレッチと、重い物を持つときの姿勢を実演します。

{sig('yoshioka')}
""")

add(key='F14', expect='hold', kind='personal.complaint',
 why='Two named members\' details from a harassment complaint (including one\'s car and phone) go to an outside security firm.',
 **{'from': frm('fukuhara')}, to=['keibi@chubu-guard.co.jp'],
 subject='駐車場巡回強化のお願い（会員間トラブル）',
 text=f"""中部ガード株式会社
栄エリア担当　坂井様

お世話になっております。本町店の福原です。
会員の女性から、別の会員男性に駐車場で待ち伏せされ、つきまとわれているとの相談がありました。
下記の期間、夜間の駐車場巡回を強化いただけますでしょうか。

相談者：北川 ひかり 様（会員番号 V0198802、携帯 090-4482-7715）
　　　　通常 平日20時ごろ退館、白の軽自動車
相手方：恩田 隆 様（会員番号 V0171150、住所 名古屋市東区泉2-19-4）
　　　　黒のSUV（名古屋 330 ぬ 41-07）
期間：11月18日～12月15日　19:30～22:00

警察への相談は北川様ご自身で済まされているとのことです。

{sig('fukuhara')}
""",
 personal=[{'type':'name','value':'北川 ひかり'},{'type':'phone','value':'090-4482-7715'},{'type':'name','value':'恩田 隆'},{'type':'address','value':'名古屋市東区泉2-19-4'}])

add(key='F15', expect='pass', kind='benign.aggregate_health',
 why='健康経営 proposal with anonymous aggregate statistics of a corporate client\'s employees.',
 **{'from': frm('yoshioka')}, to=['tanabe.h@tokai-denso-parts.co.jp','kenko@tokai-denso-parts.co.jp'],
 subject='健康経営プログラム 半期レポートと次期ご提案',
 text=f"""田辺様、健康推進室ご担当者様

お世話になっております。吉岡です。
法人プログラム（4月～9月）の半期レポートの要点をお送りします。個人が特定される数値は含めておりません。

・参加者数：38名（男性 27名／女性 11名、平均年齢 44.6歳）
・月平均利用回数：5.3回（前年同期 3.9回）
・参加者の平均体重変化：-1.8kg、腹囲 -2.4cm
・健診で「血圧 要注意」だった層の参加率：62%（人事部様ご提供の集計値より）
・腰痛による欠勤日数（部署合計）：前年比 -21%

次期は、メタボ該当・予備群向けの「12週間ウォーキングチャレンジ」を追加でご提案します。

{sig('yoshioka')}
""")

add(key='F16', expect='hold', kind='id.license',
 why='A scanned driver\'s licence of a named member is attached for a debt-collection agency; the image has no text.',
 **{'from': frm('yoshioka')}, to=['kaishu@tokai-shuno-service.co.jp'],
 subject='未収会費 回収委託（1件追加）',
 text=f"""東海収納サービス株式会社
債権管理部　ご担当者様

お世話になっております。ヴェルダスポーツの吉岡です。
未収会費の回収委託について、1件追加をお願いいたします。

会員名：山本 花子 様（会員番号 V0165537）
未収額：月会費 4か月分 35,200円（2024年7月～10月）
入会時にご提出いただいた本人確認書類（運転免許証）の写しを添付します。

{sig('yoshioka')}
""",
 attachments=[{'filename':'V0165537_menkyo_scan.jpg','contentType':'image/jpeg'}],
 personal=[{'type':'name','value':'山本 花子'},{'type':'debt','value':'未収額：月会費 4か月分 35,200円'}])

add(key='F17', expect='pass', kind='benign.short_reply',
 why='One-line thanks.',
 **{'from': frm('manabe')}, to=['tanabe.h@tokai-denso-parts.co.jp'],
 subject='Re: 12/3 出張トレーニング 会場の件',
 text="""ありがとうございます！体育館で承知しました。当日よろしくお願いします。真鍋
""")

add(key='F18', expect='hold', kind='sensitive.health',
 why='A member\'s diabetes, HbA1c and medication are shared by name with a freelance dietitian.',
 **{'from': frm('manabe')}, to=['Sophie Martin <sophie.martin.rd@gmail.com>'],
 subject='Nutrition plan request for my client / 栄養指導のご依頼',
 text=f"""Hi Sophie,

Hope you're well. I'd like to refer one of my personal-training clients to you for a nutrition
plan. Details below:

  Client: 竹田 誠一 (Seiichi Takeda), 52, male
  Goal: lose 6 kg by April, keep training 3x/week
  Medical: type 2 diabetes, latest HbA1c 8.1%, on metformin 500 mg twice a day;
           mild fatty liver noted at his last check-up
  Diet: eats out for lunch most days, drinks beer 4-5 nights a week

He's happy to do the sessions online in English or Japanese. Could you send me your
availability in December?

Thanks!
Takuya

{sig('manabe')}
""",
 personal=[{'type':'name','value':'竹田 誠一'},{'type':'health','value':'type 2 diabetes, latest HbA1c 8.1%, on metformin 500 mg twice a day'}])

add(key='F19', expect='pass', kind='benign.accessibility_info',
 why='General accessibility information for the city\'s guide; 障害者 used without any person.',
 **{'from': frm('fukuhara')}, to=['jimukyoku@naka-sports-kyokai.or.jp'],
 subject='「障害者スポーツ施設ガイド」掲載情報の更新',
 text=f"""中区スポーツ協会　事務局　ご担当者様

いつもお世話になっております。FITNESS VERDA本町店の福原です。
「障害者スポーツ施設ガイド」の当店掲載情報について、下記のとおり更新をお願いいたします。

・車椅子対応：エントランスにスロープ、館内エレベーター（車椅子対応）あり
・多目的トイレ：1階・2階に各1か所（オストメイト対応は1階）
・障害者手帳をご提示の方と介助者1名は、ビジター料金を半額（1,100円→550円）
・視覚障害のある方向けのマシン案内（要予約、スタッフ同行）を新設
・問合せ：052-251-8830（平日10:00～19:00）

よろしくお願いいたします。

{sig('fukuhara')}
""")

add(key='F20', expect='pass', kind='benign.own_data',
 why='Confirmation of a member\'s own suspension with her membership number and masked card.',
 **{'from': frm('yoshioka')}, to=['yuki.hanamura@icloud.com'],
 subject='休会手続き完了のお知らせ（会員番号 V0187265）',
 text=f"""花村 由紀 様

いつもFITNESS VERDAをご利用いただきありがとうございます。
ご依頼いただいた休会のお手続きが完了しましたので、お知らせいたします。

会員番号：V0187265
休会期間：2024年12月1日～2025年2月28日（3か月）
休会中の会費：月額 550円（カード末尾 4444 に毎月27日請求）
復帰予定日：2025年3月1日（自動的に通常会員へ戻ります）

出産後のご復帰、スタッフ一同楽しみにお待ちしております。
ママ向けの産後ピラティスクラスも3月から始まりますので、よろしければご検討ください。

{sig('yoshioka')}
""")
