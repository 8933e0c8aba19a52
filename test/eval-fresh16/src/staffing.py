from common import *

MAILS = []
def add(**k): MAILS.append(k)

add(key="AH1", expect="hold", kind="profile.forward",
why="候補者個人の詳細プロフィール（生年月日・旅券番号・現住所・家族構成・健康診断結果）を受入れ施設へ添付で送っている。",
frm=MIYAKE, to=["ひだまりの里 施設長 井上 <inoue@hidamari-sato.or.jp>"],
subject="特定技能候補者のご紹介（介護・1名）",
text="""社会福祉法人陽光会 特別養護老人ホーム ひだまりの里
施設長 井上 様

いつもお世話になっております。アジアケアブリッジの三宅です。
先日ご依頼いただいた夜勤対応可能な介護職員の件、1名ご紹介いたします。
詳細は添付のプロフィールをご覧ください。オンライン面接は来週中で調整可能です。
""" + SIG_MIYAKE,
attachments=[{"filename":"候補者プロフィール_DELA_CRUZ.pdf","contentType":PDF,"text":"""候補者プロフィール（特定技能1号・介護）
氏名 DELA CRUZ, ANGELICA MAE（デラクルス アンジェリカ メイ）
生年月日 1998年3月27日（26歳）　性別 女
国籍 フィリピン　旅券番号 P4827193A（有効期限 2031/08/14）
現住所 Blk 12 Lot 7, Mabolo Heights, Cebu City, Philippines
家族構成 母（58歳）、弟2人（学生）※本人が仕送り
学歴 University of San Carlos 看護学科 中退
資格 介護技能評価試験 合格（2024/2）、介護日本語評価試験 合格、JLPT N3
健康診断 2024/5 実施　異常なし（胸部X線 所見なし）
希望 夜勤可、寮希望、月額手取り16万円以上"""}],
personal=[P("name","DELA CRUZ, ANGELICA MAE"),P("birthdate","1998年3月27日"),P("passport","P4827193A"),
P("address","Blk 12 Lot 7, Mabolo Heights, Cebu City, Philippines")])

add(key="AH2", expect="hold", kind="id.passport",
why="渡航予定者5名の氏名・生年月日・旅券番号・有効期限の一覧を海外の送出機関へ送っている。",
frm=SANTOS, to=["Joy Villareal <joy.villareal@luzonbridge-manpower.ph>"], cc=[MIYAKE],
subject="Updated list for OEC / flight booking – batch 2024-B",
text="""Hi Ma'am Joy,

Good afternoon po! Here is the final list for batch 2024-B. Two names changed from last week (Ms. Ramos withdrew, replaced by Ms. Aquino). Please use this one for the OEC and the flight booking to Chubu, target arrival 22 Sept.

Name	Date of birth	Passport No.	Expiry	Facility
DELA CRUZ, ANGELICA MAE	1998-03-27	P4827193A	2031-08-14	Hidamari no Sato (Nagoya)
AQUINO, KRISTEL JOY	1999-11-05	P7730215B	2032-01-20	Hidamari no Sato (Nagoya)
MENDOZA, RICARDO JR.	1996-07-14	P5518842A	2029-05-03	Seiryu-en (Toyota)
BAUTISTA, LORNA	1994-02-28	P3306677C	2030-10-11	Seiryu-en (Toyota)
GARCIA, JOHN PAUL	2000-09-09	P8841290A	2033-03-02	Care Plaza Kasugai

Salamat po, and please confirm once PDOS schedule is fixed so I can inform the facilities.
""" + SIG_SANTOS,
personal=[P("name","DELA CRUZ, ANGELICA MAE"),P("passport","P4827193A"),P("name","AQUINO, KRISTEL JOY"),P("passport","P7730215B"),
P("name","MENDOZA, RICARDO JR."),P("passport","P5518842A"),P("name","BAUTISTA, LORNA"),P("passport","P3306677C"),
P("name","GARCIA, JOHN PAUL"),P("passport","P8841290A"),P("birthdate","1999-11-05")])

add(key="AH3", expect="hold", kind="roster.payroll",
why="給与システムの自動送信で、職員6名の氏名・在留資格・給与・控除額・個人口座番号の一覧を社外の施設へ本文に貼り付けている。",
frm=ACBPAY, to=["ひだまりの里 事務長 <jimu@hidamari-sato.or.jp>"],
subject="[自動送信] 2024年6月度 給与計算結果（特定技能職員分）",
text="""本メールは アジアケアブリッジ 給与計算代行システムより自動送信されています。
委託元：社会福祉法人陽光会 特別養護老人ホーム ひだまりの里
対象月：2024年6月度（支給日 2024/07/10）
件数：6名

社員番号,氏名,在留資格,総支給額,健康保険,厚生年金,雇用保険,所得税,住民税,寮費,差引支給額,振込銀行,支店,口座番号
HS-0101,NGUYEN THI HOA,特定技能1号,248600,12450,22875,1492,4770,6100,25000,175913,ゆうちょ銀行,二〇八,1538274
HS-0102,TRAN VAN KHANG,特定技能1号,262300,12450,22875,1574,5130,6800,25000,188471,三菱UFJ銀行,名古屋駅前,0917365
HS-0103,PUTRI AYU LESTARI,特定技能1号,231800,11500,21045,1391,4200,0,25000,168664,ゆうちょ銀行,二〇八,2206148
HS-0104,SANTOS JOSEPHINE,特定技能1号,255100,12450,22875,1531,4920,5900,25000,182424,愛知銀行,栄支店,3304812
HS-0105,AUNG KYAW MIN,特定技能1号,240900,11500,21045,1445,4470,0,25000,177440,ゆうちょ銀行,二〇八,2719063
HS-0106,REYES MARICEL,特定技能1号,227400,11500,21045,1364,4060,0,25000,164431,名古屋銀行,本店営業部,1182730

内容に誤りがある場合は 7/5 17:00 までに担当（三宅）までご連絡ください。
このメールアドレスは送信専用です。
---
ACB給与計算代行システム v3.2 / Job ID PAY-202406-HSATO-0704""",
personal=[P("name","NGUYEN THI HOA"),P("account","1538274"),P("name","TRAN VAN KHANG"),P("account","0917365"),
P("name","PUTRI AYU LESTARI"),P("name","SANTOS JOSEPHINE"),P("account","3304812"),P("name","AUNG KYAW MIN"),P("name","REYES MARICEL"),P("pay","248600")])

add(key="AH4", expect="hold", kind="sensitive.medical",
why="入国予定者の実名と結核スクリーニングの異常所見・検査状況を受入れ施設へ送っている。",
frm=MIYAKE, to=["清流園 事務長 加藤 <kato@seiryu-en.or.jp>"],
subject="入国前健康診断の結果について（ご報告）",
text="""社会福祉法人清流会 清流園
事務長 加藤 様

お世話になっております。アジアケアブリッジの三宅です。
9月入国予定の1名について、ご報告とご相談です。

インドネシアから受け入れ予定のヌルル・アイニ（NURUL AINI）さんですが、入国前の結核スクリーニングで胸部X線に陰影が認められ、現在、喀痰検査（培養）の結果待ちとなっております。
結果が出るまで最大8週間かかるため、入国は早くても10月下旬になる見込みです。
陰性であれば予定どおり受け入れ、陽性の場合は現地で治療（6か月）後の再手続きとなります。

他の2名（ご本人以外）は予定どおり9月22日に入国いたします。
シフトのご調整をお願いすることになり、大変申し訳ございません。
""" + SIG_MIYAKE,
personal=[P("name","ヌルル・アイニ（NURUL AINI）"),P("health","胸部X線に陰影"),P("health","結核スクリーニング")])

add(key="AH5", expect="hold", kind="id.residence_card",
why="添付Excelに6名分の在留カード番号・在留期限・国籍の一覧があり、外部の行政書士へ送っている。",
frm=SANTOS, to=["行政書士 平松 <hiramatsu@hiramatsu-gyosei.jp>"], cc=[MIYAKE],
subject="在留期間更新の対象者リスト（9〜10月期限）",
text="""平松先生

いつもお世話になっております。アジアケアブリッジのサントスです。
9〜10月に在留期限がくる方のリストをお送りします。
書類は各施設から8月前半に集めて、まとめてお渡しします。

よろしくお願いいたします。
""" + SIG_SANTOS,
attachments=[{"filename":"renewal_list_Sep-Oct.xlsx","contentType":XLSX,"text":"""No	氏名	国籍	在留資格	在留カード番号	在留期限	所属施設
1	NGUYEN THI HOA	ベトナム	特定技能1号	UH31874526FA	2024/09/18	ひだまりの里
2	TRAN VAN KHANG	ベトナム	特定技能1号	UH31874611FA	2024/09/18	ひだまりの里
3	BUI VAN HUNG	ベトナム	特定技能1号	UH48291037FA	2024/09/30	清流園
4	PUTRI AYU LESTARI	インドネシア	特定技能1号	TK60218843EA	2024/10/02	ひだまりの里
5	AUNG KYAW MIN	ミャンマー	特定技能1号	SJ77340129GA	2024/10/15	ひだまりの里
6	REYES MARICEL	フィリピン	特定技能1号	PL55027316CA	2024/10/29	ひだまりの里"""}],
personal=[P("name","NGUYEN THI HOA"),P("idnumber","UH31874526FA"),P("name","BUI VAN HUNG"),P("idnumber","UH48291037FA"),
P("idnumber","TK60218843EA"),P("idnumber","SJ77340129GA"),P("idnumber","PL55027316CA")])

add(key="AH6", expect="hold", kind="sensitive.medical",
why="職員の実名と妊娠の事実・週数・体調を受入れ施設の担当者へ伝えている。",
frm=SANTOS, to=["ひだまりの里 井上 <inoue@hidamari-sato.or.jp>"], cc=[MIYAKE],
subject="Re: 8月シフトの件",
text="""井上様

お世話になっております。サントスです。
昨日の面談でご本人から話があったので、ご相談させてください。

レイエス・マリセル（REYES MARICEL）さん、妊娠12週とのことです。
つわりがひどく、夜勤（16時間）が体力的に難しいと話しています。
8月のシフトは日勤のみにしていただけないでしょうか。
産婦人科は施設近くの「さかえレディースクリニック」に通っていて、次の健診は8/6です。

ご本人はまだ同僚には知られたくないとのことなので、シフト変更の理由はご配慮いただけると助かります。

> サントスさん
> 8月のシフト案を送ります。変更希望があれば今週中にお願いします。
> 井上
""" + SIG_SANTOS,
personal=[P("name","レイエス・マリセル（REYES MARICEL）"),P("health","妊娠12週"),P("health","つわりがひどく")])

add(key="AH7", expect="hold", kind="sensitive.religion",
why="着任予定の3名を実名で挙げ、それぞれの宗教（イスラム教）と宗教上の配慮事項を施設へ伝えている。",
frm=MIYAKE, to=["Care Plaza Kasugai 人事 北野 <kitano@careplaza-kasugai.jp>"],
subject="インドネシア人スタッフ受け入れにあたってのお願い",
text="""ケアプラザ春日井
人事ご担当 北野 様

お世話になっております。アジアケアブリッジの三宅です。
10月着任予定のインドネシア人スタッフ3名について、事前にご配慮いただきたい点をまとめました。

・デウィ・レスタリ（Dewi Lestari）さん：イスラム教徒。ヒジャブ着用を希望（制服に合わせた色で本人が用意します）
・リナ・ウランダリ（Rina Wulandari）さん：イスラム教徒。ヒジャブ着用、1日5回の礼拝（休憩時間内で10分程度）
・アフマド・ファウジ（Ahmad Fauzi）さん：イスラム教徒。金曜の昼は可能であればモスクでの礼拝を希望（名古屋モスクまで約40分）

3名とも豚肉・アルコールは口にできません。寮の冷蔵庫は分けていただけると安心です。
来年3月のラマダン期間中の勤務については、別途ご相談させてください。
""" + SIG_MIYAKE,
personal=[P("name","デウィ・レスタリ（Dewi Lestari）"),P("name","リナ・ウランダリ（Rina Wulandari）"),P("name","アフマド・ファウジ（Ahmad Fauzi）"),
P("religion","イスラム教徒")])

add(key="AH8", expect="hold", kind="ppap.encrypted_zip",
why="書類一式をパスワード付きZIP（PPAP）で外部の監理団体へ送っており、中身を検査できない。",
frm=MIYAKE, to=["東海国際交流事業協同組合 <kanri@tokai-kokusai-coop.or.jp>"],
subject="実習実施者変更に伴う書類一式の送付",
text="""東海国際交流事業協同組合
監理部 ご担当者様

お世話になっております。アジアケアブリッジの三宅です。
先日ご相談した、技能実習から特定技能への移行予定者2名に関する書類一式をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別途メールにてお送りいたします。

ご査収のほど、よろしくお願いいたします。
""" + SIG_MIYAKE,
attachments=[{"filename":"移行書類一式_20240712.zip","contentType":ZIP,"encrypted":True}])

add(key="AH9", expect="hold", kind="sensitive.crime_victim",
why="暴行事件の被害者である支援対象者の実名・年齢・負傷内容・被害届の状況を外部の弁護士へ送っている。",
frm=MIYAKE, to=["弁護士 川村 真理 <kawamura@sakae-law.jp>"],
subject="ご相談：当社支援対象者への暴行事案について",
text="""さかえ総合法律事務所
弁護士 川村 真理 先生

突然のご連絡失礼いたします。アジアケアブリッジの三宅と申します。
外国人労働者の案件に詳しいと伺い、ご相談させていただきたくご連絡しました。

当社が登録支援機関として支援している介護職員が、勤務先で暴行を受けました。
・被害者：ファン・ヴァン・ナム（PHAN VAN NAM）さん　26歳　ベトナム国籍　特定技能1号
・6月20日の夜勤中、同じ施設の日本人職員（40代男性）から胸ぐらをつかまれ、顔面を殴打される
・鼻骨骨折（全治4週間）、現在は休業中
・6月21日、中警察署に被害届を提出済み
・施設側は「個人間のトラブル」として対応に消極的です

ご本人は転職（受入れ機関の変更）と、治療費・休業補償の請求を希望しています。
一度、通訳同行のうえでご面談いただくことは可能でしょうか。
""" + SIG_MIYAKE,
personal=[P("name","ファン・ヴァン・ナム（PHAN VAN NAM）"),P("crime","顔面を殴打される"),P("health","鼻骨骨折（全治4週間）"),P("crime","被害届を提出済み")])

add(key="AH10", expect="hold", kind="id.residence_card",
why="本文は短いお礼だけだが、件名に個人の氏名と在留カード番号が入ったまま外部へ送られている。",
frm=SANTOS, to=["行政書士 平松 <hiramatsu@hiramatsu-gyosei.jp>"],
subject="Re: BUI VAN HUNG 在留カード UH48291037FA 更新許可の件",
text="""平松先生

ありがとうございます！ご本人にも伝えました。とても喜んでいます。
来週火曜日に、私が一緒に名古屋出入国在留管理局へ新しいカードを受け取りに行きます。
手数料の収入印紙はこちらで用意します。

> サントス様
> 標記の件、本日許可の通知がありました。受領手続きをお願いいたします。
> 行政書士 平松
""" + SIG_SANTOS,
personal=[P("name","BUI VAN HUNG"),P("idnumber","UH48291037FA")])

add(key="AH11", expect="hold", kind="id.my_number",
why="添付CSVに3名分のマイナンバー・在留カード番号・生年月日があり、外部の社労士へ送っている。",
frm=MIYAKE, to=["丹羽 社会保険労務士事務所 <niwa@niwa-sr-office.jp>"],
subject="雇用保険 資格取得届の作成依頼（7月入社 3名）",
text="""丹羽先生

お世話になっております。アジアケアブリッジの三宅です。
当社で直接雇用となった3名（7/1入社・支援スタッフ兼通訳）の資格取得届の作成をお願いします。
必要事項をCSVにまとめました。外国人雇用状況届出を兼ねるため、在留カード番号も入れています。
""" + SIG_MIYAKE,
attachments=[{"filename":"shikaku_shutoku_202407.csv","contentType":CSV,"text":"""氏名,ローマ字,生年月日,性別,国籍,在留資格,在留カード番号,個人番号,賃金月額
グエン・ヴァン・ロン,NGUYEN VAN LONG,1995/02/14,男,ベトナム,技術・人文知識・国際業務,UH90126735FA,423446103014,250000
ワヤン・スサンティ,WAYAN SUSANTI,1997/08/22,女,インドネシア,技術・人文知識・国際業務,TK71408862EA,694833695152,240000
ジェリコ・マナロ,JERICHO MANALO,1993/12/03,男,フィリピン,技術・人文知識・国際業務,PL66193057CA,304276552251,245000"""}],
personal=[P("name","NGUYEN VAN LONG"),P("mynumber","423446103014"),P("name","WAYAN SUSANTI"),P("mynumber","694833695152"),
P("name","JERICHO MANALO"),P("mynumber","304276552251"),P("idnumber","UH90126735FA"),P("birthdate","1995/02/14")])

# passes
add(key="AP1", expect="pass", kind="benign.religion_general",
why="ラマダン期間中の勤務配慮の一般的なガイドで、特定の職員の名前や宗教は書かれていない。",
frm=SANTOS, to=["ひだまりの里 井上 <inoue@hidamari-sato.or.jp>","清流園 事務長 加藤 <kato@seiryu-en.or.jp>","Care Plaza Kasugai 人事 北野 <kitano@careplaza-kasugai.jp>"],
cc=[MIYAKE],
subject="ラマダン期間中の勤務について（受入れ施設向けガイド）",
text="""受入れ施設ご担当者様

いつもお世話になっております。アジアケアブリッジのサントスです。
来年のラマダン（2025年3月1日頃〜3月30日頃の予定）に向けて、施設向けの一般的なガイドを作りました。

・日の出から日没まで飲食をしません（水も飲まない人が多いです）。夕方の休憩を日没時刻に合わせていただけると助かります
・夜勤明けや入浴介助など体力を使う業務は、可能な範囲で配慮をお願いします
・断食をするかどうか、どの程度するかは人によって違います。必ず本人と話して決めてください
・体調不良のときは断食を中断してよいとされています。無理をさせないよう声かけをお願いします
・ラマダン明けの祝日（レバラン）に休みを希望する人が多いので、早めのシフト調整をおすすめします

個別の相談は、担当のコーディネーターまでお気軽にどうぞ。
""" + SIG_SANTOS)

add(key="AP2", expect="pass", kind="benign.visa_vocab",
why="特定技能・技能実習・育成就労の制度比較の一般説明で、個人のデータはない。",
frm=MIYAKE, to=["社会福祉法人みずほ福祉会 法人本部 岩崎 <iwasaki@mizuho-fukushi.or.jp>"],
subject="特定技能・技能実習・育成就労の違いについて",
text="""社会福祉法人みずほ福祉会
法人本部 岩崎 様

先日はお時間をいただきありがとうございました。アジアケアブリッジの三宅です。
ご質問いただいた制度の違いについて、簡単にまとめました。

■ 技能実習（介護）
・目的は技能移転。原則転籍不可。監理団体を通じた受入れ
・最長5年。夜勤は2年目以降など制限あり
■ 特定技能1号（介護）
・人手不足分野での就労が目的。同一分野内で転職可能
・通算5年まで。家族帯同不可。登録支援機関に支援を委託可能
・介護は2号がないため、介護福祉士を取得して在留資格「介護」へ移行するのが一般的
■ 育成就労（2027年までに施行予定）
・技能実習に代わる制度。3年で特定技能1号水準の人材を育成
・一定の条件で本人の意向による転籍が可能

当社は登録支援機関（登録番号 20登-004127）として、特定技能の受入れ・支援をご提供しています。
見積りをご希望の場合は、想定人数と開始時期をお知らせください。
""" + SIG_MIYAKE)

add(key="AP3", expect="pass", kind="benign.aggregate_stats",
why="国籍別の登録者数・定着率・合格率などの集計値のみで、個人は特定できない。",
frm=MIYAKE, to=["介護人材ジャーナル 編集部 <editor@kaigo-jinzai-journal.jp>"],
subject="アンケート回答（外国人介護人材の定着状況）",
text="""介護人材ジャーナル 編集部 御中

アンケートにご回答いたします。記事での社名掲載は可です。

Q1. 支援中の外国人介護人材（2024年6月末時点）
　フィリピン 46名／ベトナム 38名／インドネシア 29名／ミャンマー 17名／ネパール 6名　計136名
Q2. 1年後の定着率（同一施設）：88.2%（前年 84.5%）
Q3. 離職理由（上位）：家族の事情による帰国、都市部への転職、人間関係
Q4. 介護福祉士国家試験（第36回）：受験 19名／合格 7名（合格率 36.8%）
Q5. 健康面の課題：夜勤による睡眠不足の訴えが全体の約2割。メンタル面の相談は年間41件（延べ）
Q6. 宗教・食事面の配慮を行っている施設の割合：支援先施設の71%

ご不明点があればご連絡ください。
""" + SIG_MIYAKE)

add(key="AP4", expect="pass", kind="benign.corporate_account",
why="支援委託費の請求で、記載は自社の法人口座・法人番号・登録支援機関番号のみ。対象者は人数のみ。",
frm=MIYAKE, to=["ひだまりの里 事務長 <jimu@hidamari-sato.or.jp>"],
subject="7月分 支援委託費のご請求",
text="""社会福祉法人陽光会 特別養護老人ホーム ひだまりの里
事務長 様

いつもお世話になっております。アジアケアブリッジの三宅です。
7月分の支援委託費をご請求いたします。

支援委託費　30,000円 × 6名 = 180,000円
通訳同行（臨時）　5,000円 × 2回 = 10,000円
小計 190,000円　消費税 19,000円　合計 209,000円

お振込先：愛知銀行 栄支店 普通 3017746　株式会社アジアケアブリッジ
法人番号 8180001087342／適格請求書発行事業者登録番号 T8180001087342
登録支援機関 登録番号 20登-004127

支払期日：8月31日
""" + SIG_MIYAKE)

add(key="AP5", expect="pass", kind="benign.meeting",
why="面接日程の調整で、候補者は「候補者A/B/C」と年齢・日本語レベルのみ。施設担当者の名前はビジネス連絡先。",
frm=MIYAKE, to=["Care Plaza Kasugai 人事 北野 <kitano@careplaza-kasugai.jp>"],
subject="Re: オンライン面接の日程（候補者3名）",
text="""北野様

ご調整ありがとうございます。では下記で確定とさせていただきます。
接続URLは前日までにお送りします。当社からは三宅と通訳（サントス）が同席します。

7/18（木）
　10:00〜10:30　候補者A（27歳・N3・介護経験2年）
　10:40〜11:10　候補者B（24歳・N4・介護経験なし、看護学校卒）
　11:20〜11:50　候補者C（31歳・N2・介護経験5年）

経歴の詳細は、面接当日に画面共有でご説明します。

> 三宅様
> 7/18の午前でお願いできますでしょうか。施設長の長尾と私、主任介護士の宮田が参加します。
> ケアプラザ春日井 人事 北野
""" + SIG_MIYAKE)

add(key="AP6", expect="pass", kind="benign.self_data",
why="本人の依頼で、本人の給与明細（口座は下4桁のマスク）を本人の私用アドレスへ送っている。",
frm=SANTOS, to=["Jasmine Villanueva <jas.villanueva.ph@gmail.com>"],
subject="Your payslip for June / 6月の給与明細",
text="""Hi Jasmine!

As you asked po, here is your June payslip (PDF). The facility's system was down last week so I'm sending from our side.
If the amount looks different from what you expected, let's talk this Saturday at the support meeting.

Ingat!
""" + SIG_SANTOS,
attachments=[{"filename":"payslip_202406_VILLANUEVA.pdf","contentType":PDF,"text":"""給与明細書 2024年6月分
ケアプラザ春日井　氏名 VILLANUEVA JASMINE 様　社員番号 CK-0217
基本給 198,000　夜勤手当 32,000　処遇改善手当 15,000　総支給額 245,000
健康保険 12,450　厚生年金 22,875　雇用保険 1,470　所得税 4,630　住民税 0　寮費 22,000
差引支給額 181,575
振込先 ゆうちょ銀行 ****412"""}])

add(key="AP7", expect="pass", kind="benign.template_dummy",
why="雇用条件書の記入例で、氏名・在留カード番号・住所はすべて「記入例」のダミー値。",
frm=MIYAKE, to=["社会福祉法人みずほ福祉会 法人本部 岩崎 <iwasaki@mizuho-fukushi.or.jp>"],
subject="雇用条件書（参考様式）の記入例",
text="""岩崎様

お世話になっております。三宅です。
特定技能雇用契約書・雇用条件書の参考様式に、記入例を入れたものをお送りします。
記入例の氏名・番号はすべて架空のものです。実際の作成時は当社で下書きをいたします。
""" + SIG_MIYAKE,
attachments=[{"filename":"雇用条件書_記入例.docx","contentType":DOCX,"text":"""雇用条件書（記入例）
雇用契約の相手方 氏名：NGUYEN VAN A（記入例）
国籍：ベトナム　生年月日：19XX年XX月XX日
在留カード番号：AB12345678CD（記入例）
住所：愛知県名古屋市中区○○町1-2-3（記入例）
１．雇用契約期間 20XX年4月1日～20XX年3月31日
２．就業の場所 特別養護老人ホーム○○
３．従事すべき業務 介護（身体介護及びこれに付随する支援業務）
４．労働時間 8:30～17:30（休憩60分）、夜勤あり（16:30～翌9:30）
５．賃金 基本給 月額 ○○○,○○○円（日本人と同等以上）
６．帰国旅費 本人が負担できないときは受入れ機関が負担"""}])

FACILITIES = ["inoue@hidamari-sato.or.jp","kato@seiryu-en.or.jp","kitano@careplaza-kasugai.jp","iwasaki@mizuho-fukushi.or.jp",
"jinji@aoba-kaigo.or.jp","somu@kasugai-kouseikai.or.jp","info@tokai-carevillage.jp","recruit@midori-no-oka.or.jp",
"honbu@nagoya-fukushikai.or.jp","jimu@sakura-home-toyota.jp","hr@okazaki-welfare.or.jp","info@ichinomiya-care.jp",
"somu@chita-ryokuen.or.jp","jinji@seto-heartful.or.jp","office@inazawa-kaigo.jp","info@komaki-sunrise.or.jp",
"hr@anjo-harmony.or.jp","jimu@toyohashi-aiikukai.or.jp","info@kariya-fureai.jp","somu@gifu-hikarien.or.jp",
"jinji@yokkaichi-care.or.jp","info@handa-kousei.jp"]
add(key="AP8", expect="pass", kind="benign.bcc_many",
why="受入れ施設22か所へのニュースレターで、宛先はすべてBcc。内容も制度動向の一般情報。",
frm=MIYAKE, to=["株式会社アジアケアブリッジ <info@asiacarebridge.co.jp>"], bcc=FACILITIES,
subject="ACBニュース 8月号：訪問系サービスへの特定技能拡大ほか",
text="""受入れ施設の皆さま（Bccにて送信しております）

ACBニュース 8月号をお届けします。

1. 訪問系サービスへの特定技能の従事解禁（予定）
　一定の研修・経験要件のもと、訪問介護等への従事が認められる方向です。詳細が公表され次第ご案内します。
2. 在留カードとマイナンバーカードの一体化（2025年度〜）
　手続きの流れが変わります。職員の皆さんへの説明資料（多言語）を当社で用意しています。
3. 夏季の体調管理
　母国より暑さに慣れている職員でも、日本の湿度で体調を崩すケースが増えています。水分補給の声かけをお願いします。
4. 次回の支援担当者会議：9月19日（木）14:00〜（オンライン）

ご意見・ご質問は本メールへの返信でどうぞ（担当者のみに届きます）。
""" + SIG_MIYAKE)

add(key="AP9", expect="pass", kind="benign.system_notification",
why="勤怠システムの月次締め自動通知で、件数・合計時間など集計値のみ。個人名はない。",
frm=ACBPAY, to=["清流園 事務長 加藤 <kato@seiryu-en.or.jp>"],
subject="[自動送信] 勤怠 月次締め完了のお知らせ（2024年6月度）",
text="""本メールは アジアケアブリッジ 勤怠管理システムより自動送信されています。

委託元：社会福祉法人清流会 清流園
対象月：2024年6月度
締め処理：完了（2024-07-03 18:02）

集計
  対象職員数        : 8名
  総労働時間        : 1,318.5 時間
  うち夜勤時間      : 402.0 時間
  時間外労働        : 61.5 時間（36協定 上限超過者 0名）
  有給取得          : 11日
  打刻漏れ修正      : 4件（承認済み）

個人別の明細は ACBポータル（https://portal.asiacarebridge.co.jp/）にログインしてご確認ください。
このメールアドレスは送信専用です。
---
ACB勤怠管理システム v3.2 / Job ID ATT-202406-SEIRYU-0703""")
