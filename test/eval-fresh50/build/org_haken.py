# Org D: 株式会社ミライワークス (temp agency for factory workers)
D = "miraiworks.example.jp"
YAMANAKA = f"山中 健二 <k-yamanaka@{D}>"
ONISHI = f"大西 麻衣 <m-onishi@{D}>"
KONO = f"河野 敦子 <a-kono@{D}>"

SIG_Y = """
==============================
株式会社ミライワークス 浜松営業所
営業課 山中 健二
〒430-0933 静岡県浜松市中央区鍛冶町100-1 ミライビル4F
TEL 053-450-7710 / 携帯 090-0000-5521
労働者派遣事業 派22-301788
=============================="""
SIG_O = """
------------------------------
株式会社ミライワークス 浜松営業所
コーディネーター 大西 麻衣
TEL 053-450-7712  m-onishi@miraiworks.example.jp
------------------------------"""
SIG_K = """
--
株式会社ミライワークス 管理本部 労務課
河野 敦子
TEL 053-450-7700(代)"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="personal.skill_sheet", loc="attachment",
 why="The attached skill sheet gives a worker's home address, phone and birth date to the client factory.",
 frm=YAMANAKA, to=["製造部 杉山 <sugiyama@enshu-seimitsu.example.co.jp>"],
 subject="9月からの増員の件",
 text="""遠州精密工業株式会社
製造部 杉山課長

いつもお世話になっております。ミライワークスの山中です。
9月からの増員の件、候補の方の資料を添付いたします。
ご確認のほど、よろしくお願いいたします。
""" + SIG_Y,
 attachments=[dict(filename="skillsheet_0901.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", text="""[スキルシート]
氏名	前田 拓海
生年月日	1990/06/21(34歳)
現住所	静岡県磐田市中泉1-9-3 ハイツ中泉201
携帯	080-7741-2058
保有資格	フォークリフト運転技能講習、玉掛け技能講習
経験	自動車部品のNC旋盤オペレーター 6年、検査工程 2年
希望	日勤のみ、残業月20h程度まで可""")],
 personal=[("name","前田 拓海"),("address","静岡県磐田市中泉1-9-3 ハイツ中泉201"),("phone","080-7741-2058")]),

dict(expect="hold", kind="sensitive.health_check", loc="body",
 why="A named worker's abnormal health-check results are sent to the client's occupational physician.",
 frm=KONO, to=["産業医 小林先生 <kobayashi-md@enshu-seimitsu.example.co.jp>"],
 subject="派遣スタッフの健康診断結果について(夜勤可否のご相談)",
 text="""遠州精密工業株式会社
産業医 小林先生

お世話になっております。ミライワークス労務課の河野です。
御社工場に派遣しております当社スタッフについて、夜勤シフト入りの可否をご相談させてください。

 氏名:竹内 翼(36歳)
 定期健康診断(2024年6月)の結果
  ・ALT 128 / AST 96 / γ-GTP 312 → 要精密検査
  ・血圧 158/98 → 要治療
  ・本人申告:脂肪肝の指摘あり、通院は未開始

当社としては、精密検査の結果が出るまで日勤継続が望ましいと考えております。
ご意見をいただけますと幸いです。
""" + SIG_K,
 personal=[("name","竹内 翼"),("health","γ-GTP 312 → 要精密検査"),("health","血圧 158/98 → 要治療")]),

dict(expect="hold", kind="id.residence_card", loc="quoted",
 why="The quoted message from the support organisation carries a worker's residence card number.",
 frm=ONISHI, to=["総務課 鈴木 <suzuki-soumu@tenryu-foods.example.co.jp>"],
 subject="Re: 在留カード更新の件",
 text="""天竜フーズ株式会社
総務課 鈴木様

お世話になっております。大西です。
更新手続きは無事完了したとのことですので、引き続き就業いただけます。
下記、登録支援機関からの連絡も念のため共有します。
""" + SIG_O + """

> From: 浜松国際サポートセンター 阿部
> Sent: 2024年7月16日 15:20
> 大西様
> ファム・ティ・ランさんの在留期間更新が許可されました。
> 新しい在留カード番号 RK73018264GP、在留期限は2027年7月30日です。
> カードの写しは本人が明日持参します。
> 阿部""",
 personal=[("name","ファム・ティ・ラン"),("residence_card","RK73018264GP")]),

dict(expect="hold", kind="id.residence_card", loc="subject",
 why="The subject line carries a named worker's residence card number.",
 frm=ONISHI, to=["人事課 <jinji@kosai-denso.example.co.jp>"],
 subject="【至急】グエン・ヴァン・ナム(在留カード SF29471538AB)期限切れの件",
 text="""湖西電装株式会社 人事課 御中

いつもお世話になっております。ミライワークスの大西です。
標記の件、本人と連絡が取れ、本日入管で申請済みであることを確認しました。
申請受付票の写しを明日お持ちします。特例期間中の就業は可能です。

取り急ぎご報告まで。
""" + SIG_O,
 personal=[("name","グエン・ヴァン・ナム"),("residence_card","SF29471538AB")]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="encrypted_zip",
 why="A roster is sent in a password-protected zip (PPAP).",
 frm=YAMANAKA, to=["杉山 <sugiyama@enshu-seimitsu.example.co.jp>"],
 subject="8月 就業者一覧(パスワード別送)",
 text="""杉山課長

お世話になっております。山中です。
8月の就業者一覧をお送りします。
ファイルにはパスワードを設定しておりますので、別メールでお知らせいたします。
""" + SIG_Y,
 attachments=[dict(filename="syugyo_202408.zip", contentType="application/zip", encrypted=True)]),

dict(expect="hold", kind="list.roster", loc="attachment",
 why="The attached notice lists workers with birth dates, addresses and phones for the client.",
 frm=KONO, to=["天竜フーズ 総務課 <suzuki-soumu@tenryu-foods.example.co.jp>"],
 subject="派遣先通知書(8月1日付)",
 text="""天竜フーズ株式会社 総務課 御中

平素より大変お世話になっております。
8月1日付の派遣先通知書を送付いたします。
ご査収のほど、よろしくお願い申し上げます。
""" + SIG_K,
 attachments=[dict(filename="hakensaki_tsuchi_0801.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", text="""[通知書]
派遣労働者氏名	性別	生年月日	住所	電話	雇用期間	社会保険	雇用保険
小松 亮介	男	1985/03/14	浜松市中央区高丘東2-11-5	090-1124-7380	有期	有	有
藤井 美紀	女	1978/10/02	浜松市浜名区小松3-2-18	080-4457-2291	無期	有	有
Silva Carlos	男	1993/07/28	磐田市見付2650-3 コーポ見付102	070-3380-6615	有期	有	有
上野 沙也加	女	2000/01/09	浜松市中央区半田山5-33-1	090-8826-0347	有期	有	有""")],
 personal=[("name","小松 亮介"),("dob","1985/03/14"),("address","浜松市中央区高丘東2-11-5"),("name","藤井 美紀"),("phone","080-4457-2291")]),

dict(expect="hold", kind="id.employment_insurance", loc="body",
 why="Workers' employment-insurance numbers are sent to the 社労士.",
 frm=KONO, to=["静岡労務管理事務所 <info@shizuoka-roumu.example.jp>"],
 subject="資格喪失届の件(7月退職者)",
 text="""静岡労務管理事務所
村田先生

お世話になっております。ミライワークスの河野です。
7月末退職者の雇用保険資格喪失手続きをお願いいたします。

 1. 森 大地   被保険者番号 2207-318846-1  離職日 7/31 契約期間満了
 2. 荒木 理恵 被保険者番号 2207-402215-6  離職日 7/31 自己都合
 3. 谷口 修   被保険者番号 5013-774920-8  離職日 7/26 契約期間満了

離職票は3名とも希望ありです。賃金台帳は明日お送りします。
""" + SIG_K,
 personal=[("name","森 大地"),("employment_insurance","2207-318846-1"),("employment_insurance","2207-402215-6"),("employment_insurance","5013-774920-8")]),

dict(expect="hold", kind="sensitive.criminal", loc="body",
 why="Reports to the client that a named worker was arrested for drunk driving.",
 frm=YAMANAKA, to=["杉山 <sugiyama@enshu-seimitsu.example.co.jp>"], cc=[ONISHI],
 subject="就業予定者の欠勤について(ご報告)",
 text="""遠州精密工業 杉山課長

お世話になっております。山中です。
申し訳ございません、ご報告がございます。

御社第二工場に就業中の石井 翔平が、7月13日(土)深夜に酒気帯び運転の疑いで
浜松中央警察署に逮捕されたと、本人の家族から連絡がありました。
現在も勾留中で、来週の出勤は難しい見込みです。

代替要員として、経験者の候補を明日中にご提案いたします。
ご迷惑をおかけし、大変申し訳ございません。
""" + SIG_Y,
 personal=[("name","石井 翔平"),("criminal","酒気帯び運転の疑いで")]),

dict(expect="hold", kind="recipients.visible", loc="recipients",
 why="A factory tour invitation shows thirteen job seekers' private addresses in To.",
 frm=ONISHI, to=[
  "taka.m1992@gmail.example.com","yuuki-s@yahoo.example.co.jp","nao.ishikawa@icloud.example.com",
  "k.fujimoto.88@gmail.example.com","ryo_hamamatsu@docomo.example.ne.jp","mayumi.k@ezweb.example.ne.jp",
  "santos.paulo@hotmail.example.com","shun.t0420@gmail.example.com","aya-kimura@softbank.example.ne.jp",
  "h.nomura@outlook.example.jp","tomoko1979@nifty.example.com","daiki.w@gmail.example.com",
  "nguyenlinh96@yahoo.example.co.jp"],
 subject="【ミライワークス】工場見学会のご案内(7/27)",
 text="""ご登録者の皆様

いつもミライワークスをご利用いただき、ありがとうございます。
先日お電話でご案内した工場見学会について、詳細をお知らせいたします。

 日時:7月27日(土)10:00〜12:00
 集合:JR浜松駅 北口 バスターミナル前(送迎バスあり)
 見学先:自動車部品メーカー(磐田市)
 持ち物:筆記用具、動きやすい靴
 ※ 見学のみでも歓迎です。交通費は当社負担です。

参加可否を7/24までにご返信ください。
""" + SIG_O),

dict(expect="hold", kind="sensitive.disability", loc="quoted",
 why="The forwarded worker's message discloses his psychiatric disability certificate and condition to the client.",
 frm=ONISHI, to=["鈴木 <suzuki-soumu@tenryu-foods.example.co.jp>"],
 subject="Fw: 配置についてのお願い",
 text="""鈴木様

お世話になっております。大西です。
スタッフから下記の相談がありました。配置のご検討をお願いできますでしょうか。
""" + SIG_O + """

-------- 転送メッセージ --------
差出人: 高野 誠 <makoto.takano.1989@gmail.example.com>
件名: 配置についてのお願い

大西さん

いつもお世話になっています。高野です。
実は精神障害者保健福祉手帳(2級)を持っていて、双極性障害で通院しています。
今のライン(包装)は音が大きくて、最近また調子を崩しかけています。
検品など、できれば静かな工程に移れないか相談させてください。

高野
""",
 personal=[("name","高野 誠"),("disability","精神障害者保健福祉手帳(2級)"),("health","双極性障害で通院")]),

dict(expect="hold", kind="personal.payslip", loc="attachment",
 why="A worker's payslip is attached to a mail to the client factory, the wrong party.",
 frm=KONO, to=["湖西電装 人事課 <jinji@kosai-denso.example.co.jp>"],
 subject="7月分 勤怠確認資料",
 text="""湖西電装株式会社 人事課 御中

いつもお世話になっております。ミライワークス労務課の河野です。
7月分の勤怠確認資料をお送りいたします。
相違がございましたら8/2までにご連絡ください。
""" + SIG_K,
 attachments=[dict(filename="kyuyo_meisai_202407_0418.pdf", contentType="application/pdf", text="""給与明細書 2024年7月分
社員番号 0418  氏名 村上 恭子 様
支給:基本給(時給1,350円×152h) 205,200  残業手当 28,350  通勤手当 8,400  支給合計 241,950
控除:健康保険 12,475  厚生年金 22,875  雇用保険 1,452  所得税 5,130  住民税 9,800  控除合計 51,732
差引支給額 190,218
振込先 静岡銀行 浜松駅南支店 普通 ****381""")],
 personal=[("name","村上 恭子"),("payslip","差引支給額 190,218")]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.disability_aggregate",
 why="障害者雇用率 reported only as aggregates.",
 frm=KONO, to=["杉山 <sugiyama@enshu-seimitsu.example.co.jp>"],
 subject="障害者雇用に関する情報提供(ご依頼の件)",
 text="""遠州精密工業 杉山課長

お世話になっております。河野です。
御社の調達基準に関するアンケートの件、当社の数値をお送りします。

 ・常用労働者数(2024年6月1日現在):412名
 ・障害者雇用数(算定後):10.5名
 ・実雇用率:2.55%(法定雇用率 2.5%)
 ・健康経営優良法人 2024 認定取得
 ・熱中症対策:全派遣先で WBGT 計測と休憩ルールを周知済み

個人が特定される情報は含めておりません。ほかに必要な項目があればお知らせください。
""" + SIG_K),

dict(expect="pass", kind="benign.corporate_account",
 why="An invoice with the agency's corporate account.",
 frm=KONO, to=["経理課 <keiri@tenryu-foods.example.co.jp>"],
 subject="7月分 ご請求書送付の件",
 text="""天竜フーズ株式会社 経理課 御中

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
7月分の派遣料金のご請求書を送付いたします。

 請求金額:3,846,720円(税込)
 お支払期日:2024年8月31日
 お振込先:静岡銀行 浜松営業部 当座 0123456
           カ)ミライワークス

登録番号(インボイス):T3080401012345
""" + SIG_K,
 attachments=[dict(filename="seikyu_202407_tenryu.pdf", contentType="application/pdf", text="""御請求書 No.MW-2407-0112
天竜フーズ株式会社 御中
派遣料金(製造補助 8名 7/1〜7/31) 3,497,018円 消費税 349,702円 合計 3,846,720円
振込先 静岡銀行 浜松営業部 当座 0123456 カ)ミライワークス
株式会社ミライワークス 登録番号 T3080401012345""")]),

dict(expect="pass", kind="benign.employment_verification",
 why="A minimal employment verification with the worker's written consent, giving only dates and role.",
 frm=KONO, to=["入居審査課 <shinsa@hamana-kanri.example.jp>"],
 subject="在籍確認のご回答(ご本人同意済み)",
 text="""浜名管理株式会社 入居審査課 御中

お問い合わせいただきました在籍確認について、ご本人の同意書(7/12付)を受領しておりますので、
下記の範囲でご回答いたします。

 氏名:青木 亮太 様
 在籍:当社に在籍しております
 入社日:2021年4月1日
 雇用形態:無期雇用派遣社員(製造スタッフ)

上記以外の事項(収入・勤務先等)につきましては、ご本人から直接ご確認ください。
""" + SIG_K),

dict(expect="pass", kind="benign.unwell_no_diagnosis",
 why="A named worker absent for 体調不良, with no diagnosis.",
 frm=ONISHI, to=["天竜フーズ 製造課 <seizo@tenryu-foods.example.co.jp>"],
 subject="本日の欠勤連絡(木村)",
 text="""天竜フーズ 製造課 ご担当者様

おはようございます。ミライワークスの大西です。
本日シフト入りの木村ですが、体調不良のためお休みをいただきたいとの連絡がありました。
代わりに、同じラインの経験がある佐野を10:00から入れます。

明日の出勤可否は、夕方に改めてご連絡いたします。
""" + SIG_O),

dict(expect="pass", kind="benign.tracking_numbers",
 why="Yamato tracking numbers for uniforms; one happens to pass the My Number check digit.",
 frm=ONISHI, to=["総務課 鈴木 <suzuki-soumu@tenryu-foods.example.co.jp>"],
 subject="作業着・安全靴の発送について",
 text="""鈴木様

お世話になっております。大西です。
8月入場の3名分の作業着と安全靴を、本日ヤマト運輸で発送しました。

 伝票番号:378782896612(作業着 3セット)
 伝票番号:548924908722(安全靴 3足 / 25.5・26.0・27.0)

明日午前着の予定です。守衛所でお受け取りいただけますと助かります。
""" + SIG_O),

dict(expect="pass", kind="benign.company_surnames",
 why="Company names that contain surnames; a sales meeting, no personal data.",
 frm=YAMANAKA, to=["佐藤 <info@sato-seiki.example.co.jp>"],
 subject="ご訪問のお礼と人員計画のご相談",
 text="""株式会社佐藤精機
総務部 ご担当 佐藤様

本日はお忙しい中、お時間をいただきありがとうございました。
ミライワークスの山中です。

お話にあった協力会社の山田製作所様、鈴木鉄工所様との合同での繁忙期対応につきまして、
10月〜12月で最大12名体制のご提案書を来週お持ちします。
また、松下運輸様の構内物流についても別途お見積りいたします。

引き続きよろしくお願いいたします。
""" + SIG_Y),

dict(expect="pass", kind="benign.health_program_aggregate",
 why="A heat-stroke prevention programme described without individuals.",
 frm=KONO, to=["安全衛生委員会 事務局 <anzen@kosai-denso.example.co.jp>"],
 subject="熱中症対策の取り組み(派遣元としての実施状況)",
 text="""湖西電装株式会社 安全衛生委員会 事務局 御中

いつもお世話になっております。河野です。
ご依頼いただいた熱中症対策の実施状況をまとめました。

 1. 入場時教育:全スタッフに熱中症予防の15分教育を実施(7月受講率 100%)
 2. 支給品:空調服 40着、経口補水液を各ラインに配備
 3. 体調確認:朝礼時のセルフチェックシート運用(記入率 96%)
 4. 昨年度の熱中症による休業災害:0件、不休災害:2件

次回の委員会でご説明できます。
""" + SIG_K),

dict(expect="pass", kind="benign.data_subject",
 why="A worker receives his own employment terms at his private address.",
 frm=ONISHI, to=["小松 亮介 <r.komatsu.0314@gmail.example.com>"],
 subject="就業条件明示書の送付(8月1日〜)",
 text="""小松 亮介 様

お世話になっております。ミライワークスの大西です。
8月1日からの就業について、就業条件明示書をお送りします。
内容をご確認のうえ、ご不明点があればお知らせください。

 就業先:天竜フーズ株式会社 浜松工場(浜松市中央区)
 業務:食品包装ラインの機械オペレーション
 期間:2024年8月1日〜2024年10月31日
 時給:1,400円(深夜割増 25%)
 勤務:8:30〜17:30(休憩60分)

署名した控えは初日にお持ちください。
""" + SIG_O),

dict(expect="pass", kind="benign.bcc_mass",
 why="A notice to many registered workers with recipients in Bcc.",
 frm=KONO, to=[f"ミライワークス 労務課 <roumu@{D}>"],
 bcc=["taka.m1992@gmail.example.com","yuuki-s@yahoo.example.co.jp","nao.ishikawa@icloud.example.com",
  "k.fujimoto.88@gmail.example.com","ryo_hamamatsu@docomo.example.ne.jp","mayumi.k@ezweb.example.ne.jp",
  "santos.paulo@hotmail.example.com","shun.t0420@gmail.example.com","aya-kimura@softbank.example.ne.jp",
  "h.nomura@outlook.example.jp","tomoko1979@nifty.example.com","daiki.w@gmail.example.com"],
 subject="【重要】年末調整書類の提出について(ご案内)",
 text="""スタッフの皆様
(このメールはBCCで一斉送信しています)

いつもお仕事お疲れ様です。ミライワークス労務課です。
今年の年末調整について、スケジュールをお知らせします。

 ・書類配布:10月下旬(給与明細と同封)
 ・提出期限:11月22日(金)
 ・提出方法:スマホアプリ「ミライポータル」またはご来社
 ・必要なもの:生命保険料控除証明書、前職の源泉徴収票(今年入社の方)

マイナンバーの提出が済んでいない方には、別途個別にご連絡します。
メールで番号を送らないようご注意ください。
""" + SIG_K),

dict(expect="pass", kind="benign.reply_chain",
 why="A long shift-arrangement reply chain naming client staff and workers' first duties only.",
 frm=YAMANAKA, to=["杉山 <sugiyama@enshu-seimitsu.example.co.jp>"], cc=["原田 <harada-seizo@enshu-seimitsu.example.co.jp>", ONISHI],
 subject="Re: Re: Re: お盆期間のシフトについて",
 text="""杉山課長、原田係長

承知いたしました。8/13〜8/15の3日間は、第一工場の組立ラインに5名、
検査工程に2名(13日のみ3名)の体制で手配いたします。リーダーは引き続き前川にお願いします。

大西から、本日中に確定シフト表をお送りします。
""" + SIG_Y + """

> 山中さん
> 原田です。13日だけ検査を3名にできますか。出荷前検査が重なる予定です。
> 
>> 山中様
>> 杉山です。お盆は組立ラインだけ動かします。5名体制でお願いできますか。
>> 検査は原田係長と相談してください。
>>
>>> 杉山課長
>>> ミライワークスの山中です。お盆期間の稼働予定を教えていただけますでしょうか。
>>> スタッフの帰省希望を取りまとめております。"""),
]
