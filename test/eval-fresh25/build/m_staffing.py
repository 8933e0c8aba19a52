from common import frm, sig
M = []
def add(**k): M.append(k)

add(key='S01', expect='hold', kind='personal.resume',
 why='A candidate\'s full skill sheet with name, birth date, home address and phone is attached for a client.',
 **{'from': frm('miura')}, to=['kobayashi.j@omiya-seimitsu.co.jp'],
 subject='経理事務スタッフのご紹介（12月開始案件）',
 text=f"""大宮精密工業株式会社
総務部　小林様

いつもお世話になっております。ブリッジワークスの三浦です。
先日ご依頼いただきました経理事務（12月開始・週5日）の件、ご条件に合うスタッフが見つかりましたので、
スキルシートを添付いたします。ご確認のほどよろしくお願いいたします。

{sig('miura')}
""",
 attachments=[{'filename':'skillsheet_本田.docx','contentType':'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
 'text':"""スキルシート
氏名：本田 早苗（ほんだ さなえ）　女性
生年月日：1981年7月22日（43歳）
現住所：埼玉県さいたま市見沼区東大宮4-31-8 サンハイツ東大宮103
電話：080-6120-3398　メール：sanae.honda.0722@docomo.ne.jp
最寄駅：JR宇都宮線 東大宮駅（徒歩8分）
家族：夫、長男（小学4年）　※子の学校行事で月1回程度の休暇希望
職歴：
 2004-2015 株式会社ミヤマ物産 経理課（売掛・買掛管理、月次決算補助）
 2016-2024 医療法人社団 清和会 事務局（給与計算、年末調整）
資格：日商簿記2級、MOS Excel Expert
"""}],
 personal=[{'type':'name','value':'本田 早苗'},{'type':'birth_date','value':'1981年7月22日'},{'type':'address','value':'埼玉県さいたま市見沼区東大宮4-31-8 サンハイツ東大宮103'},{'type':'phone','value':'080-6120-3398'},{'type':'email','value':'sanae.honda.0722@docomo.ne.jp'}])

add(key='S02', expect='pass', kind='benign.anonymized',
 why='An anonymised skill summary (initials, age band, experience) as 派遣 rules require; no identifying data.',
 **{'from': frm('miura')}, to=['kobayashi.j@omiya-seimitsu.co.jp'],
 subject='Re: 生産管理アシスタント候補のスキル概要',
 text=f"""小林様

お世話になっております。三浦です。
生産管理アシスタントの件、候補者2名のスキル概要をお送りします。
（労働者派遣法に基づき、氏名・年齢等の特定につながる情報は伏せております）

【候補A】 K.T.さん　30代　
 ・製造業での生産管理補助 5年（受注入力、出荷調整、SAP使用）
 ・Excel：VLOOKUP／ピボット可、VBAは閲覧程度
 ・通勤 約35分、残業 月10時間まで可

【候補B】 M.S.さん　40代　
 ・物流倉庫の在庫管理 8年、フォークリフト免許あり
 ・Excel：基本操作、Access経験あり
 ・通勤 約20分、残業は応相談

職場見学のご希望日を2～3候補いただけましたら、調整いたします。

{sig('miura')}
""")

add(key='S03', expect='hold', kind='sensitive.health',
 why='A named temp worker\'s depression diagnosis and leave are disclosed to the client company.',
 **{'from': frm('seki')}, to=['yamane.k@kitaurawa-logi.co.jp'],
 subject='Re: 派遣スタッフ 千葉様の勤怠について',
 text=f"""北浦和ロジスティクス株式会社
山根様

お世話になっております。ブリッジワークスの関です。
千葉 亮介さんの件、ご心配をおかけしております。
ご本人と面談いたしましたところ、先月からうつ病と診断されて心療内科に通院しており、
主治医から1か月の休養が必要との診断書が出ております。
そのため、11月18日から12月15日まで休職とさせていただきたく存じます。

代わりのスタッフは今週中にご提案いたします。
ご迷惑をおかけし申し訳ございません。

{sig('seki')}

> 関さん
> 千葉さん、今週3日連続で遅刻・欠勤しています。何か事情があるのでしょうか。
> 北浦和ロジスティクス 山根
""",
 personal=[{'type':'name','value':'千葉 亮介'},{'type':'health','value':'うつ病と診断されて心療内科に通院'}])

add(key='S04', expect='pass', kind='benign.sick_day',
 why='A temp is off today with 体調不良; no diagnosis is given.',
 **{'from': frm('seki')}, to=['yamane.k@kitaurawa-logi.co.jp'],
 subject='本日の欠勤連絡（石原さん）',
 text=f"""山根様

お世話になっております。ブリッジワークスの関です。
本日出勤予定の石原さんですが、今朝体調不良のため欠勤したいと連絡がありました。
明日は出勤できる見込みとのことです。急なご連絡で申し訳ございません。
本日の出荷作業の人員が不足する場合は、午後から1名応援を出せますのでお知らせください。

{sig('seki')}
""")

add(key='S05', expect='hold', kind='id.bank_account',
 why='Several temp workers\' private salary bank accounts are sent to an outside payroll vendor.',
 **{'from': frm('tadokoro')}, to=['support@payflow-outsourcing.co.jp'],
 subject='11月支給分　振込先変更の反映依頼',
 text=f"""ペイフロー・アウトソーシング株式会社
サポートデスク　御中

いつもお世話になっております。ブリッジワークス管理部の田所です。
11月25日支給分より、下記スタッフの給与振込先が変更になります。反映をお願いいたします。

スタッフNo.  氏名          金融機関          支店          種別  口座番号   名義
BW-20871    村井 健太      武蔵野みらい銀行  大宮西口支店  普通  4418203   ムライ ケンタ
BW-21455    ト ティ フォン   ゆうちょ銀行      〇一八店      普通  3029917   ト テイ フオン
BW-19302    青柳 奈緒      埼玉中央信用金庫  与野支店      普通  0712664   アオヤギ ナオ

変更届の原本は当社で保管しております。
ご確認よろしくお願いいたします。

{sig('tadokoro')}
""",
 personal=[{'type':'name','value':'村井 健太'},{'type':'bank_account','value':'4418203'},{'type':'bank_account','value':'3029917'},{'type':'name','value':'青柳 奈緒'},{'type':'bank_account','value':'0712664'}])

add(key='S06', expect='pass', kind='benign.own_data',
 why='A temp worker\'s own payslip is sent to her own private address at her request.',
 **{'from': frm('tadokoro')}, to=['aoyagi.nao.1203@gmail.com'],
 subject='Re: 10月分給与明細の再送について',
 text=f"""青柳 奈緒 様

いつもお世話になっております。ブリッジワークス管理部の田所です。
スタッフマイページにログインできないとのことでしたので、10月分の給与明細を以下に記載いたします。

　支給日　　　2024年10月25日
　勤務日数　　20日　総労働時間 152.0h（残業 6.5h）
　基本給（時給1,450円） 220,400円
　残業手当　　　　　　　 11,781円
　通勤手当　　　　　　　 9,800円
　総支給額　　　　　　 241,981円
　健康保険・厚生年金・雇用保険　計 36,214円
　所得税 5,130円　住民税 9,600円
　差引支給額　　　　　 191,037円
　振込先　埼玉中央信用金庫 与野支店（口座番号下3桁 664）

マイページのパスワード再設定は、ログイン画面の「パスワードをお忘れの方」から行えます。
ご不明点があればお気軽にご連絡ください。

{sig('tadokoro')}

> 田所様　マイページに入れなくなってしまいました。10月の明細を確認したいのですが…　青柳
""")

add(key='S07', expect='hold', kind='personal.payslip',
 why='The attached payslip belongs to 佐藤 美咲 but is sent to 佐藤 美紀 (wrong party).',
 **{'from': frm('tadokoro')}, to=['miki.sato.0415@yahoo.co.jp'],
 subject='給与明細（10月分）の送付',
 text=f"""佐藤 美紀 様

お疲れさまです。ブリッジワークス管理部の田所です。
ご依頼いただいた10月分の給与明細をPDFでお送りします。
ご確認ください。

{sig('tadokoro')}
""",
 attachments=[{'filename':'payslip_202410_BW-22310.pdf','contentType':'application/pdf',
 'text':"""株式会社ブリッジワークス　給与明細書　2024年10月分
スタッフNo. BW-22310　氏名 佐藤 美咲 様
派遣先：大宮精密工業株式会社
勤務日数 19日　総労働時間 144.5h
基本給 202,300　残業手当 4,650　通勤手当 7,200
総支給額 214,150
健康保険 10,890　厚生年金 19,947　雇用保険 1,285
所得税 4,420　住民税 8,300
控除合計 44,842　差引支給額 169,308
振込先 ひかり台銀行 さいたま新都心支店 普通 2207815"""}],
 personal=[{'type':'name','value':'佐藤 美咲'},{'type':'salary','value':'差引支給額 169,308'},{'type':'bank_account','value':'普通 2207815'}])

add(key='S08', expect='hold', kind='list.roster',
 why='A roster of temp workers with mobile numbers and home stations is attached for the client\'s emergency contact tree.',
 **{'from': frm('seki')}, to=['yamane.k@kitaurawa-logi.co.jp'],
 subject='緊急連絡網の件',
 text=f"""山根様

お世話になっております。関です。
ご依頼の件、北浦和センター勤務のスタッフ分をまとめましたので添付いたします。
災害時の安否確認にご利用ください。

{sig('seki')}
""",
 attachments=[{'filename':'kinkyu_renrakumou_kitaurawa.xlsx','contentType':'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
 'text':"""[Sheet1]
No	氏名	携帯電話	最寄駅	緊急連絡先（続柄）
1	千葉 亮介	090-3318-2207	与野本町	050-1102-8837（母）
2	石原 美穂子	080-4471-0936	北浦和	080-4471-0120（夫）
3	デ シルバ ラヒル	070-8812-3345	浦和	―
4	関口 蓮	090-6607-1149	中浦和	048-862-3390（父）
5	早瀬 ひとみ	080-2290-5571	南与野	090-3104-6652（姉）"""}],
 personal=[{'type':'name','value':'石原 美穂子'},{'type':'phone','value':'080-4471-0936'},{'type':'name','value':'関口 蓮'},{'type':'phone','value':'090-6607-1149'}])

add(key='S09', expect='pass', kind='benign.aggregate_disability',
 why='Discussion of a client\'s 障害者雇用率 and support programme in aggregate; no individual.',
 **{'from': frm('miura')}, to=['kobayashi.j@omiya-seimitsu.co.jp'],
 subject='障害者雇用率向上に向けたご提案（概要）',
 text=f"""小林様

先日はお時間をいただきありがとうございました。ブリッジワークスの三浦です。
お打合せで伺った内容を踏まえ、ご提案の概要をお送りします。

■現状（御社ご提示の数値）
・常用労働者数 412名、障害者雇用数 8名（ダブルカウント含む）
・実雇用率 1.94%（2024年4月からの法定雇用率 2.5%、2026年7月には 2.7%）
・不足数：2名（2026年度までに 3名）

■ご提案
1. 紹介予定派遣による事務補助・軽作業職の新設（2ポスト）
2. 当社ジョブコーチによる定着支援（配属後6か月、月2回訪問）
3. 社内向け理解促進研修（管理職向け 90分）

詳細なお見積りは来週中にお送りいたします。

{sig('miura')}
""")

add(key='S10', expect='hold', kind='sensitive.disability',
 why='A named candidate\'s disability certificate grade and condition are sent to a client.',
 **{'from': frm('miura')}, to=['kobayashi.j@omiya-seimitsu.co.jp'], cc=['seki.m@bridgeworks-hr.co.jp'],
 subject='障害者雇用枠 ご推薦候補者について',
 text=f"""小林様

お世話になっております。三浦です。
事務補助ポストの件、ご推薦したい候補者がおりますのでご連絡いたします。

候補者：宮内 俊（みやうち しゅん）さん　28歳
障害の状況：身体障害者手帳2級（両下肢機能障害、車椅子使用）
職務経験：市役所の臨時職員としてデータ入力 3年
配慮事項：段差のない動線、多目的トイレ、通院のため月1回の半休

ご本人は面談の前に職場見学を希望されています。12月第1週でご都合いかがでしょうか。

{sig('miura')}
""",
 personal=[{'type':'name','value':'宮内 俊'},{'type':'disability','value':'身体障害者手帳2級（両下肢機能障害、車椅子使用）'}])

add(key='S11', expect='pass', kind='benign.general_info',
 why='General explanation of visa sponsorship to a foreign-owned client; no individual data.',
 **{'from': frm('miura')}, to=['Rachel Kim <rachel.kim@corvalis-semicon.com>'],
 subject='Hiring overseas engineers through our agency – overview',
 text=f"""Dear Ms. Kim,

Thank you for your time on Tuesday. Below is a short overview of how we can support you in
hiring engineers from overseas:

1. Status of residence: most of your positions would fall under "Engineer / Specialist in
   Humanities / International Services" (技術・人文知識・国際業務). A university degree or
   10 years of relevant experience is normally required.
2. Timeline: Certificate of Eligibility (COE) typically takes 1-3 months at the Tokyo Regional
   Immigration Bureau, plus 1-2 weeks for the visa at the embassy abroad.
3. Our role: candidate sourcing, interview coordination, document preparation together with
   our partner administrative scrivener (行政書士), and onboarding support (housing, bank
   account, resident registration).
4. Fee: 30% of the first-year annual salary, with a 3-month replacement guarantee.

Happy to set up a call with our scrivener if you would like to discuss specific cases.

Kind regards,

{sig('miura')}
""")

add(key='S12', expect='hold', kind='id.residence_card',
 why='A candidate\'s residence card number, visa status and expiry are sent to a client in English.',
 **{'from': frm('seki')}, to=['Rachel Kim <rachel.kim@corvalis-semicon.com>'], cc=['miura.s@bridgeworks-hr.co.jp'],
 subject='Candidate for QA Engineer position – document check',
 text=f"""Dear Ms. Kim,

Following your request, here are the details of our candidate for the QA Engineer role so your
HR team can run the pre-employment check:

  Name: Arvind KRISHNAMURTHY
  Date of birth: 14 February 1993
  Nationality: India
  Status of residence: Engineer/Specialist in Humanities/International Services
  Residence card no.: AB27719406CD
  Period of stay: until 2026-03-31
  Current address: 2-14-7 Nishiki-cho, Warabi-shi, Saitama

He can start from 6 January 2025. Please let me know if you need a copy of the card itself.

Best regards,
Mayumi Seki

{sig('seki')}
""",
 personal=[{'type':'name','value':'Arvind KRISHNAMURTHY'},{'type':'birth_date','value':'14 February 1993'},{'type':'residence_card','value':'AB27719406CD'},{'type':'address','value':'2-14-7 Nishiki-cho, Warabi-shi, Saitama'}])

add(key='S13', expect='pass', kind='benign.successor',
 why='Introduction of a successor account manager; names and signatures only.',
 **{'from': frm('miura')}, to=['yamane.k@kitaurawa-logi.co.jp'], cc=['seki.m@bridgeworks-hr.co.jp','fujishima.r@bridgeworks-hr.co.jp'],
 subject='担当者変更のご挨拶',
 text=f"""北浦和ロジスティクス株式会社
物流センター長　山根 和彦 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
さて、私こと三浦は12月1日付で東京支店へ異動となり、貴社の担当を離れることとなりました。
在任中は一方ならぬご厚情を賜り、心より感謝申し上げます。

後任には、同じ第二営業課の藤島 良平が着任いたします。
藤島は物流業界の派遣を8年担当しており、必ずやご期待に沿えるものと存じます。
近日中に藤島とともにご挨拶に伺いたく、ご都合のよい日時をお知らせいただけますと幸いです。

今後とも変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。

{sig('miura')}
""")

add(key='S14', expect='hold', kind='id.employment_insurance',
 why='A worker\'s employment-insurance number and separation reason go to an outside labour consultant.',
 **{'from': frm('tadokoro')}, to=['tetsuzuki@sr-office-kamata.jp'],
 subject='離職票作成のお願い（11/15退職）',
 text=f"""蒲田社会保険労務士事務所
蒲田先生

お世話になっております。ブリッジワークスの田所です。
下記スタッフの離職票作成をお願いいたします。

氏名：関口 蓮
生年月日：1990年1月28日
雇用保険被保険者番号：1105-338712-4
離職日：2024年11月15日
離職理由：契約期間満了（本人が更新を希望せず）
直近6か月の賃金は別途郵送いたします。

{sig('tadokoro')}
""",
 personal=[{'type':'name','value':'関口 蓮'},{'type':'birth_date','value':'1990年1月28日'},{'type':'employment_insurance_number','value':'1105-338712-4'}])

add(key='S15', expect='pass', kind='benign.form_example',
 why='A 記入例 with a placeholder staff name and sample values for a client\'s internal training.',
 **{'from': frm('miura')}, to=['kobayashi.j@omiya-seimitsu.co.jp'],
 subject='派遣先管理台帳の記入例をお送りします',
 text=f"""小林様

お世話になっております。三浦です。
新任の現場リーダー向けにご要望のあった「派遣先管理台帳」の記入例です。

――記入例――
派遣労働者氏名：派遣 太郎
派遣元事業主：株式会社ブリッジワークス（派11-301874）
業務の種類：一般事務（伝票入力、電話応対）
就業場所：大宮精密工業株式会社 本社 総務部（さいたま市北区吉野町1-0-0）
派遣期間：2025年1月1日～2025年3月31日
就業日：月～金（祝日除く）　就業時間 9:00～17:30（休憩60分）
60歳以上の者であるか否か：否
無期雇用派遣労働者か否か：否
苦情の処理状況：（例）〇月〇日 休憩室の空調について申出 → 〇月〇日 修理済み
――――――――

記入の要点は添付資料でもご説明しています。

{sig('miura')}
""")

add(key='S16', expect='hold', kind='id.mynumber',
 why='The attached year-end adjustment sheet lists three workers\' My Numbers for an outside tax accountant.',
 **{'from': frm('tadokoro')}, to=['nencho@ishizuka-tax.jp'],
 subject='年末調整データ（追加分）',
 text=f"""石塚税理士事務所
ご担当者様

いつもお世話になっております。ブリッジワークスの田所です。
年末調整の追加分（中途入社3名）をExcelでお送りします。
前職の源泉徴収票は郵送いたしました。

{sig('tadokoro')}
""",
 attachments=[{'filename':'nencho_tsuika_2024.xlsx','contentType':'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
 'text':"""[Sheet1]
スタッフNo	氏名	生年月日	個人番号	扶養人数	前職支払額
BW-22310	佐藤 美咲	1997/05/19	251001333898	0	1,284,000
BW-22344	早瀬 ひとみ	1985/11/02	587869773353	1	2,050,500
BW-22351	デ シルバ ラヒル	1992/08/30	661504392771	0	980,000"""}],
 personal=[{'type':'name','value':'佐藤 美咲'},{'type':'my_number','value':'251001333898'},{'type':'my_number','value':'587869773353'},{'type':'my_number','value':'661504392771'},{'type':'name','value':'早瀬 ひとみ'}])

add(key='S17', expect='pass', kind='benign.congratulations',
 why='Congratulations on a client\'s new plant; public company and executive names only.',
 **{'from': frm('miura')}, to=['shacho-shitsu@omiya-seimitsu.co.jp'],
 subject='新工場竣工のお祝い',
 text=f"""大宮精密工業株式会社
代表取締役社長　大宮 修平 様

拝啓　晩秋の候、貴社ますますご清栄のこととお慶び申し上げます。
このたびは、上尾第二工場のご竣工、誠におめでとうございます。
生産能力を1.5倍に拡充されるとのこと、貴社の一層のご発展を確信いたしております。

ささやかではございますが、お祝いの胡蝶蘭を竣工式当日（11月22日）にお届けいたします。
今後とも人材面でお役に立てるよう、社員一同努めてまいります。
敬具

株式会社ブリッジワークス
代表取締役　橋本 健吾

{sig('miura')}
""")

add(key='S18', expect='hold', kind='sensitive.criminal',
 why='A named candidate\'s suspended sentence for theft is disclosed to a client.',
 **{'from': frm('seki')}, to=['jinji@kawaguchi-security-service.co.jp'],
 subject='Re: 警備スタッフ候補（永井様）の件',
 text=f"""川口セキュリティサービス
人事部　遠藤様

お世話になっております。ブリッジワークスの関です。
永井 大樹さんの件、ご質問いただいた経歴の空白期間について、ご本人から次のように説明がありました。

2019年に窃盗で有罪判決（懲役1年・執行猶予3年）を受け、その間は実家の農業を手伝っていたとのことです。
執行猶予期間は2022年に満了しており、警備業法上の欠格事由には該当しないと理解しております。

ご本人は正直にお話しくださり、意欲も高い方です。面接へ進めていただけるかご検討ください。

{sig('seki')}
""",
 personal=[{'type':'name','value':'永井 大樹'},{'type':'criminal_record','value':'窃盗で有罪判決（懲役1年・執行猶予3年）'}])

add(key='S19', expect='pass', kind='benign.minutes',
 why='Meeting minutes naming several client and agency staff; business content only.',
 **{'from': frm('seki')}, to=['yamane.k@kitaurawa-logi.co.jp','nishida.a@kitaurawa-logi.co.jp'], cc=['miura.s@bridgeworks-hr.co.jp','fujishima.r@bridgeworks-hr.co.jp'],
 subject='【議事録】11/14 定例会（北浦和センター）',
 text=f"""山根様、西田様

本日はありがとうございました。議事録をお送りします。修正があればご指摘ください。

日時：2024年11月14日（木）14:00～15:00
場所：北浦和ロジスティクス 北浦和センター 2F会議室
出席：北浦和ロジスティクス 山根センター長、西田課長／ブリッジワークス 三浦、藤島、関

1. 11月稼働状況
 ・派遣スタッフ 23名稼働、欠員 1名（12月上旬に補充予定）
 ・出荷ミス率 0.012%（前月 0.019%）
2. 年末繁忙期の増員
 ・12/9～12/27 に日勤 6名・夜勤 4名を追加。12/2までに人選完了（担当：関）
3. 安全衛生
 ・フォークリフト講習を12/5に実施、受講予定 4名
 ・休憩室の暖房不調 → 西田課長が修理手配済み
4. 次回：12月12日（木）14:00～

以上

{sig('seki')}
""")

cands = ['haruka.m.0312@gmail.com','tkd.yusuke@yahoo.co.jp','aiko-f-1999@icloud.com','s.nakagawa77@docomo.ne.jp',
 'ryo_kanemoto@ezweb.ne.jp','m.ohashi.works@gmail.com','kenta.iida0920@outlook.jp','yuna.kasai@au.com',
 'hiroshi.tamaki@nifty.com','chihiro-s@softbank.ne.jp','nozomi.endo.k@gmail.com','daiki.mori_1101@yahoo.co.jp',
 'sayuri.h.1975@icloud.com','tran.van.hung.vn@gmail.com','rina.kimura22@gmail.com']
add(key='S20', expect='hold', kind='recipients.many',
 why='A job-fair invitation is sent with 15 registered candidates\' private addresses visible in To.',
 **{'from': frm('seki')}, to=cands,
 subject='【ブリッジワークス】12/7 お仕事相談会のご案内',
 text=f"""ご登録者の皆さま

いつもブリッジワークスをご利用いただきありがとうございます。
12月7日（土）に大宮オフィスにて「お仕事相談会」を開催いたします。

日時：12月7日（土）10:00～16:00（予約制・1枠30分）
場所：大宮ブリッジビル6F
内容：年明けスタートのお仕事紹介、履歴書の書き方相談、Excel講座（無料）

ご予約は本メールへの返信、またはお電話（048-650-3318）で承ります。
皆さまのご来場をお待ちしております。

{sig('seki')}
""")
