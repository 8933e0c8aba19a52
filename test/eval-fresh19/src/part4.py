from common import *

# 61 P NH employee's own withholding slip to her own private address
add(expect="pass", kind="benign.self_data",
why="産休中の職員本人の依頼で、本人の源泉徴収票を本人の私用アドレスへ送るもの（個人番号の記載なし）。",
frm=KUBODERA, to=["大槻 亜美 さん <ami.otsuki.0618@gmail.com>"],
subject="Re: 源泉徴収票の再発行について",
text="""大槻さん

お疲れさまです。久保寺です。体調はいかがですか。
ご依頼の令和6年分の源泉徴収票、PDFで添付します（住宅ローンの審査用とのことでしたので、原本も本日ご自宅に郵送しました）。
パスワードはかけていませんので、保存先にはお気をつけください。

育休の延長手続きも、必要になったら早めに声をかけてくださいね。
""" + SIG_KUBODERA + """

> 施設長
> お疲れさまです。大槻です。
> 住宅ローンの仮審査で去年の源泉徴収票が必要になりました。
> 原本をなくしてしまったので、再発行していただけますか。
> 急ぎで申し訳ないのですが、データでもいただけると助かります。
""",
attachments=[dict(filename="R6_源泉徴収票_大槻.pdf", contentType=PDF, text=
"""令和6年分 給与所得の源泉徴収票
支払を受ける者　住所 埼玉県入間市扇町屋2-14-9　氏名 大槻 亜美
種別 給料・賞与　支払金額 3,412,800　給与所得控除後の金額 2,318,400　所得控除の額の合計額 612,300　源泉徴収税額 48,900
社会保険料等の金額 498,300
支払者　埼玉県狭山市入間川5-3-21　社会福祉法人 敬和会　電話 04-2958-3310""")])

# 62 H SW encrypted log bundle (English)
add(expect="hold", kind="attachment.encrypted_zip",
why="Password-protected zip (PPAP) that the gateway cannot inspect, whatever it contains.",
frm=CARTER, to=["Priya Nair <priya.nair@tessellate-retail.jp>"],
subject="Log bundle for case #58213 (password to follow)",
text="""Hi Priya,

As discussed, attached is the log bundle for case #58213 (HarborDesk SSO loop on iOS Safari).
It contains the server-side auth logs for 06/16-06/18 and the HAR file your team captured.
I'll send the password in a separate email.

Next step on our side: engineering is testing a fix for the SameSite cookie attribute; I'll update you by Friday.
""" + SIG_CARTER,
attachments=[dict(filename="case58213_logs.zip", contentType=ZIP, encrypted=True)])

# 63 P DS corporate account for tuition, to the co-op
add(expect="pass", kind="benign.corporate_account",
why="振込先は自校の法人口座で、学生は人数のみ。請求番号も個人情報ではない。",
frm=SAEKI, to=["関東学園大学生協 免許取得窓口 武藤様 <muto@kantogakuen-coop.jp>"],
subject="教習料金のお振込先（生協経由申込分・6月）",
text="""関東学園大学生協
武藤様

お世話になっております。みなと自動車学校の佐伯です。
6月に生協さん経由でお申込みいただいた分の教習料金について、ご請求をお送りします。

　対象：普通車AT 7名、普通車MT 2名（計9名）
　請求番号：MDS-C-2506
　ご請求額：2,745,900円（生協割引・手数料相殺後）
　お振込先：よこはま湾岸信用金庫 金沢支店 普通 0042871
　　　　　　口座名義 カ）ミナトドライビングスクール
　お支払期限：7月25日（金）

学生さんごとの内訳は、生協さん用の管理画面（請求明細タブ）でご確認いただけます。
""" + SIG_SAEKI)

# 64 H CD direct-debit bank accounts of three buyers to property manager
add(expect="hold", kind="id.account",
why="購入者3名の氏名と個人の口座番号（口座振替用）を外部の管理会社へメールしている。",
frm=ISHIGURO, to=["株式会社ハーモニー住宅管理 小此木様 <okonogi@harmony-kanri.co.jp>"],
subject="管理費等 口座振替依頼書の内容（未着分3件）",
text="""ハーモニー住宅管理
小此木様

お世話になっております。東雲レジデンス開発の石黒です。
管理費等の口座振替依頼書のうち、まだ御社に原本が届いていない3件について、
初回引落しに間に合わせるため内容を先にお送りします。原本は金曜に届く見込みです。

住戸	契約者	金融機関	支店	種別	口座番号	名義
302	大和田 誠	さきたま銀行	武蔵浦和支店	普通	1185306	オオワダ マコト
507	仲村 沙耶	ゆうちょ銀行	〇三八店	普通	6620174	ナカムラ サヤ
811	ロペス・ミゲル	武蔵野中央信用金庫	浦和支店	普通	0917745	ロペス ミゲル

初回引落日は8月27日の予定です。よろしくお願いいたします。
""" + SIG_ISHIGURO,
personal=[("name","大和田 誠"),("account","1185306"),("name","仲村 沙耶"),("account","6620174"),("name","ロペス・ミゲル"),("account","0917745")])

# 65 P DR hospital outbreak, interview postponed - to the candidate herself
add(expect="pass", kind="benign.aggregate_health",
why="'新型コロナ''クラスター'は病院内の発生状況で個人を特定せず、送り先は面接予定の医師本人。",
frm=NIKAIDO, to=["三田村 奈緒 先生 <nao.mitamura@gmail.com>"],
subject="【日程変更のお願い】6/20 とだ翠明病院 面接",
text="""三田村先生

お世話になっております。メディブリッジ・キャリアの二階堂です。
6月20日（金）に予定していた、とだ翠明病院での面接についてご相談です。

先ほど病院の人事課から連絡があり、病棟で新型コロナのクラスターが発生したため、
今週いっぱい外部からの来訪を制限することになったそうです（外来は通常どおり）。
つきましては、以下のいずれかでご検討いただけますでしょうか。

　① 予定どおり6/20 17:00から、Web面接（Zoom）に切り替える
　② 来週以降の対面に延期（候補：6/27 17:00、6/30 17:30）

杉浦院長は「見学も兼ねて、できれば対面で」とのことでしたが、先生のご都合を優先で構いません。
お手数ですが、ご希望をお知らせください。
""" + SIG_NIKAIDO)

# 66 H NH religion and end-of-life status to funeral company
add(expect="hold", kind="sensitive.religion",
why="入所者の氏名・看取り期にあること・信仰（カトリック、洗礼名）と家族の携帯を外部の葬儀社へ送っている。",
frm=NONOMURA, to=["株式会社やすらぎ典礼 セレモニーホール狭山 小岩井様 <koiwai@yasuragi-tenrei.co.jp>"],
subject="看取り期の入所者様 事前相談の件",
text="""やすらぎ典礼
セレモニーホール狭山 小岩井様

お世話になっております。桜ヶ丘の里の野々村です。
先日お電話でお話しした事前相談の件です。

入所者の榊 フミ様（97歳）について、嘱託医から老衰による看取り期との説明があり、
ご家族（長女 榊 多恵子様）と相談した結果、ご葬儀は貴社にお願いしたいとのご意向です。

・ご本人はカトリックで、狭山カトリック教会に所属（洗礼名 マリア）
・教会の神父様に来ていただく形を希望されています
・ご連絡は長女の多恵子様（090-8815-2264）へお願いします
・施設からのお見送りは正面玄関で行う予定です

ご家族が近いうちに一度ホールを見学したいとのことですので、ご対応をお願いいたします。
""" + SIG_NONOMURA,
personal=[("name","榊 フミ"),("health","老衰による看取り期"),("religion","カトリック"),("name","榊 多恵子"),("phone","090-8815-2264")])

# 67 P SW license keys / order numbers that look like card or My Numbers
add(expect="pass", kind="benign.lookalike_number",
why="16桁のライセンスキーや12桁の契約IDは製品・契約の番号で、カード番号・個人番号ではない。",
frm=MORISHITA, to=["東和テクノサービス 情報システム室 丸岡様 <maruoka@towa-techno.co.jp>"],
subject="追加ライセンス発行のご案内（ご注文番号 LH-ORD-2025-061877）",
text="""東和テクノサービス株式会社
情報システム室 丸岡様

お世話になっております。ロジックハーバーの森下です。
ご注文いただいた HarborDesk 追加ライセンス（5ID）を発行いたしました。

　ご注文番号　　　：LH-ORD-2025-061877
　契約ID　　　　　：482910375561
　ライセンスキー　：4980 2213 0771 5526
　オンプレ連携サーバー シリアル：SN-20240617-338152
　有効期間　　　　：2025年7月1日〜2026年6月30日

管理画面［契約情報］→［ライセンス］で上記キーを入力すると、ID数が反映されます。
既存の10IDと合わせて計15IDとなります。

請求書は7月初旬に経理ご担当者様宛てにお送りします。
""" + SIG_MORISHITA)

# 68 H DS sleep-apnoea screening results of three instructors to clinic
add(expect="hold", kind="sensitive.medical",
why="指導員3名の氏名・生年月日と睡眠時無呼吸の検査値を外部のクリニックへ送っている（従業員の健康情報）。",
frm=OKOCHI, to=["金沢八景スリープクリニック 予約担当 <yoyaku@hakkei-sleep.jp>"],
subject="精密検査（PSG）受診のお願い 指導員3名",
text="""金沢八景スリープクリニック
予約ご担当者様

お世話になっております。みなとドライビングスクールの大河内です。
当校の指導員の定期健康診断で、簡易検査の結果SAS（睡眠時無呼吸症候群）の疑いがあった3名について、
精密検査（一泊入院のPSG）の受診をお願いしたく、ご連絡いたしました。

　氏名　　　生年月日　　　簡易検査AHI　備考
　宮坂 努　　1968/03/14　　34.2　　　　日中の強い眠気あり（本人申告）
　古川 亮　　1979/09/30　　18.7
　千葉 圭介　1985/06/02　　16.1　　　　BMI 31

教習業務の関係で、平日の夜（月・木以外）だと調整しやすいです。
費用は当校負担とし、請求書は当校宛てでお願いいたします。
""" + SIG_OKOCHI,
personal=[("name","宮坂 努"),("birthdate","1968/03/14"),("health","34.2"),("name","古川 亮"),("name","千葉 圭介")])

# 69 P CD aggregated visitor survey to ad agency
add(expect="pass", kind="benign.aggregate",
why="来場者アンケートの集計値（割合）のみで、個票や個人を特定できる情報はない。",
frm=TAKANO, to=["株式会社アドプラン埼玉 戸川様 <togawa@adplan-saitama.co.jp>"],
subject="5月来場者アンケート 集計結果（広告効果測定用）",
text="""アドプラン埼玉
戸川様

お世話になっております。鷹野です。
5月分の来場者アンケート、集計値をお送りします。個票はお渡しできないため、集計のみでご容赦ください。

■来場組数：142組（うち初来場 118組）
■年代（代表者）：20代 9%／30代 46%／40代 31%／50代以上 14%
■世帯年収：600万未満 12%／600〜800万 34%／800〜1,000万 29%／1,000万以上 25%
■現住所：さいたま市内 48%／戸田・蕨・川口 27%／都内 19%／その他 6%
■認知経路（複数回答）：ポータルサイト 61%／折込チラシ 22%／現地看板 18%／SNS広告 14%／紹介 5%

SNS広告経由の来場が前月比で倍増しているので、6月以降の配分をご相談させてください。
""" + SIG_TAKANO)

# 70 H DR interview schedule xlsx with candidate details (risk only in attachment)
add(expect="hold", kind="roster.candidates",
why="本文は日程連絡だけだが、添付表に候補医師5名の生年月日・携帯・住所・現勤務先・希望年収が入っている。",
frm=TSUTAYA, to=["とだ翠明病院 事務長 小椋様 <ogura@toda-suimei.or.jp>"],
subject="7月面談日程表の送付",
text="""小椋事務長

お世話になっております。メディブリッジ・キャリアの蔦谷です。
7月の面談日程表をお送りします。
杉浦院長のご都合と合わない枠があれば、お知らせください。こちらで先生方と再調整いたします。
""" + SIG_TSUTAYA,
attachments=[dict(filename="面談日程表_7月_とだ翠明病院.xlsx", contentType=XLSX, text=
"""日付	時間	候補者	生年月日	診療科	現勤務先	携帯	現住所	希望年収
7/3(木)	14:00	安斎 智史	1982/04/09	総合内科	上尾南病院	090-6612-8871	さいたま市北区日進町2-845-3	1,700万
7/3(木)	15:30	葛西 るり子	1987/11/21	皮膚科（非常勤）	フリーランス	080-2293-1406	東京都練馬区大泉学園町4-20-11	日給10万
7/8(火)	13:00	三田村 奈緒	1989/02/17	小児科	川越こども医療センター	070-5531-2087	川越市脇田本町22-6-1205	1,500万
7/8(火)	14:30	森本 健太	1976/08/30	整形外科	上尾南病院	090-1187-6620	上尾市柏座1-3-17	1,900万
7/10(木)	16:00	篠田 愛子	1991/05/12	麻酔科	城南医科大学附属病院	080-7705-3318	東京都大田区大森北3-9-2-801	1,600万""")],
personal=[("name","安斎 智史"),("birthdate","1982/04/09"),("phone","090-6612-8871"),("address","さいたま市北区日進町2-845-3"),
          ("name","三田村 奈緒"),("phone","070-5531-2087"),("name","篠田 愛子")])

# 71 P NH job-posting change to public employment office
add(expect="pass", kind="benign.lookalike_number",
why="求人番号・雇用保険適用事業所番号・法人番号・介護事業所番号は事業所の番号で個人情報ではない。",
frm=KUBODERA, to=["ハローワーク所沢 求人部門 <kyujin@tokorozawa-hw.jp>"],
subject="求人票の内容変更（求人番号 11040-12873251）",
text="""ハローワーク所沢 求人部門 御中

お世話になっております。社会福祉法人敬和会 特別養護老人ホーム 桜ヶ丘の里の久保寺です。
現在公開中の求人について、下記のとおり内容の変更をお願いいたします。

　求人番号：11040-12873251（介護職員・正社員）
　事業所番号（雇用保険適用事業所番号）：1104-612447-3
　法人番号：4030005009127
　介護保険事業所番号：1171500432

【変更内容】
・基本給：190,000円〜230,000円 → 198,000円〜238,000円（7月1日改定）
・処遇改善手当：月額 15,000円 を追記
・夜勤手当：1回 6,000円 → 7,000円
・応募先担当者：久保寺 → 小田切（事務長代理） TEL 04-2958-3310

変更後の求人票の控えをFAX（04-2958-3311）でお送りいただけますと幸いです。
""" + SIG_KUBODERA)

# 72 H SW disability data of named employees to offshore developer (English)
add(expect="hold", kind="sensitive.disability",
why="Customer employees' names with disability type, grade and certificate numbers sent to an outside development vendor.",
frm=CARTER, to=["Tran Minh Quan <quan.tran@saigonbyte.vn>"],
subject="[HHR-4519] Disability employment report - wrong headcount (customer data excerpt)",
text="""Hi Quan,

Another one for the v5.9 sprint.

The 障害者雇用状況報告 (disability employment report) double-counts employees marked as "severe" (重度) who work 30h+/week.
Per the rules, a severe-disability employee working 30h+ counts as 2, but part-timers (20-30h) with severe disability should count as 1 - we're giving 2 in both cases, and non-severe part-timers get 1 instead of 0.5.

The customer (Tsubame Logistics) sent an extract so you can reproduce. Expected total = 5.5, we output 6.5.

Please keep this file only in the HHR-4519 ticket workspace.
""" + SIG_CARTER,
attachments=[dict(filename="shogai_koyo_extract.csv", contentType=CSV, text=
"""emp_no,name,dept,disability_type,grade,certificate_no,severe,weekly_hours
1102,吉岡 誠,物流センター,身体（聴覚）,3級,第41-20871号,N,40
1188,中里 舞,経理部,精神,2級,第12-004413号,N,30
1251,佐久間 航,倉庫,知的（療育手帳B1）,B1,第9-33127号,N,20
1307,小峰 達夫,総務部,身体（下肢）,1級,第41-11852号,Y,40
1342,野村 杏,倉庫,身体（内部・心臓）,1級,第41-29004号,Y,25""")],
personal=[("name","吉岡 誠"),("disability","身体（聴覚）"),("name","中里 舞"),("disability","精神,2級"),("idnumber","第12-004413号"),("name","小峰 達夫")])

# 73 P DS refund to the person's own account, confirmed to that person
add(expect="pass", kind="benign.self_data",
why="返金先口座は本人が申告した本人名義の口座で、その本人にだけ確認として送っている。",
frm=SAEKI, to=["長谷川 陸 様 <riku.hasegawa.0921@gmail.com>"],
subject="合宿プランキャンセルに伴うご返金について",
text="""長谷川 陸 様

みなと自動車学校の佐伯です。
ご連絡ありがとうございました。夏季合宿プランのキャンセル、承りました。
ご返金の手続きが完了しましたので、内容をお知らせします。

　お支払い済み金額：150,400円
　キャンセル料　　：22,000円（入校日14日前〜8日前のため）
　ご返金額　　　　：128,400円
　振込予定日　　　：6月27日（金）
　振込先（ご申告いただいた口座）：はまかぜ銀行 上大岡支店 普通 5520917 ハセガワ リク

口座の内容に相違がある場合は、6月25日（水）までにご連絡ください。
またのご利用を心よりお待ちしております。
""" + SIG_SAEKI)

# 74 H CD 12 applicants' private addresses in To
add(expect="hold", kind="recipients.many",
why="抽選申込者12名の私用アドレスをToに入れて一斉送信しており、社外の個人同士にアドレスが見える。",
frm=ISHIGURO,
to=["takuma.shinjo@gmail.com","saori.miyauchi@yahoo.co.jp","kurosu-y@seikotsu-kurosu.jp","s.takato.0707@icloud.com",
    "ken.hatano@outlook.jp","kaori.gomi@docomo.ne.jp","seiji.katagiri@kanto-gas.co.jp","sota.sawatari@outlook.jp",
    "n.yajima.1988@gmail.com","hibino.shota@gmail.com","ohwada.makoto@nifty.com","saya.nakamura@au.com"],
subject="第1期2次 登録抽選会の結果について",
text="""第1期2次 登録申込者の皆様

シノノメ・ザ・テラス武蔵浦和 販売センターの石黒です。
6月22日（日）に行いました登録抽選会には、多数のお申込みをいただき誠にありがとうございました。

抽選は弁護士立会いのもと公正に実施いたしました。
当選された方には、本日中に担当営業より個別にお電話でご連絡いたします。
残念ながら落選となった方には、第2期（7月下旬予定）の優先案内をお送りいたします。

ご不明な点は販売センター（048-839-5521）までお問い合わせください。
""" + SIG_ISHIGURO)

# 75 P DR clinic names containing doctors' surnames
add(expect="pass", kind="benign.company_name",
why="「かとう皮ふ科」「中村会」などは医療機関名で、院長名も公開情報。送り先は求職者本人。",
frm=NIKAIDO, to=["葛西 るり子 先生 <ruriko.kasai.derm@gmail.com>"],
subject="皮膚科 非常勤の候補先 3件",
text="""葛西先生

お世話になっております。メディブリッジ・キャリアの二階堂です。
ご希望の「土曜を含む週2日・練馬／和光エリア」で、候補先を3件ピックアップしました。

1. かとう皮ふ科クリニック（練馬区大泉学園町）
　院長：加藤 紗希 先生（日本皮膚科学会 専門医）
　土曜 9:00-13:00＋平日1日、日給10万円、美容皮膚科なし
2. 医療法人社団 中村会 なかむら医院（和光市）
　理事長：中村 正人 先生（内科）。皮膚科外来を週2コマで新設予定
　報酬：1コマ 5.5万円
3. さいとう皮膚科・形成外科（朝霞市）
　院長：斎藤 亮 先生。レーザー治療の経験があれば尚可
　日給11万円、交通費全額

いずれもHPに院長のご挨拶と診療体制が掲載されていますので、ご覧ください。
気になる先があれば、見学の日程を調整します。
""" + SIG_NIKAIDO)

# 76 H NH antibody titres of named students to vocational school
add(expect="hold", kind="sensitive.medical",
why="実習生3名の氏名と抗体検査結果（陰性・基準未満、B型肝炎）を外部の学校へ送っている。",
frm=HORINOUCHI, to=["狭山医療福祉専門学校 介護福祉学科 寺田先生 <terada@sayama-iryofukushi.ac.jp>"],
subject="介護実習生の抗体検査結果について",
text="""狭山医療福祉専門学校 介護福祉学科
実習担当 寺田先生

お世話になっております。桜ヶ丘の里 看護主任の堀之内です。
7月1日からの実習に向けて提出いただいた抗体検査結果を確認しました。
当施設の基準を満たしていない学生さんがいましたので、ご連絡いたします。

・石川 美優 さん：麻しん抗体 EIA-IgG 4.2（基準 16.0以上）→ ワクチン接種をお願いします
・ファム・ティ・フエ さん：水痘抗体 陰性、HBs抗体 陰性 → 水痘ワクチン接種をお願いします
・岩瀬 大和 さん：風しん HI 8倍（基準 32倍以上）→ ワクチン接種をお願いします

実習開始までに1回目の接種を済ませ、接種証明の写しをご提出いただければ、予定どおり受け入れ可能です。
ほかの7名は問題ありませんでした。
""" + SIG_HORINOUCHI,
personal=[("name","石川 美優"),("health","麻しん抗体 EIA-IgG 4.2"),("name","ファム・ティ・フエ"),("health","HBs抗体 陰性"),("name","岩瀬 大和")])

# 77 P SW English reply with an obviously dummy sample payload
add(expect="pass", kind="benign.template_dummy",
why="The sample payload uses sandbox dummy values (Taro Yamada, example.com, all-zero numbers); no real person.",
frm=CARTER, to=["Marta Kowalski <m.kowalski@nordhafen-consulting.de>"],
subject="Re: Data processing question - HarborHR API sample payload",
text="""Hi Marta,

Thanks for the questions from your DPO. Answers below.

1) Where is the data stored?
All HarborHR production data for Japanese tenants is stored in our Tokyo and Osaka regions. No replication outside Japan.

2) Do support engineers see My Number / bank details?
No. The support role sees the last 4 digits only; full values require the customer's own "My Number officer" role, and every view is logged.

3) Sample payload
As requested, here is the employee object from our public sandbox. All values are dummy data:

{
  "employee_id": "SAMPLE-0001",
  "name": "Taro Yamada",
  "name_kana": "ヤマダ タロウ",
  "email": "taro.yamada@example.com",
  "birth_date": "1990-01-01",
  "my_number": "000000000000",
  "bank": {"bank_code": "0000", "branch_code": "000", "account_no": "0000000"}
}

Happy to join a call with your DPO if that helps.
""" + SIG_CARTER)

# 78 H DS hearing disability of a trainee to interpreter dispatch center
add(expect="hold", kind="sensitive.disability",
why="教習生の氏名・年齢・聴覚障害と手帳等級・連絡先を外部の通訳派遣機関へ送っている（目的は正当でも要配慮）。",
frm=SAEKI, to=["横浜ろうあ者情報センター 手話通訳派遣係 <haken@yokohama-rouasha-center.jp>"],
subject="学科教習への手話通訳派遣のお願い（7月分）",
text="""横浜ろうあ者情報センター
手話通訳派遣係 御中

いつもお世話になっております。みなと自動車学校 教習課の佐伯です。
7月の学科教習について、手話通訳者の派遣をお願いいたします。

　教習生：飯塚 湊人 さん（21歳）
　聴覚障害（身体障害者手帳 2級）、普通車AT で6月入校
　連絡はメール希望：minato.iizuka.0412@gmail.com

　希望日時（学科・第1段階）
　7月2日（水）18:00〜18:50　学科3
　7月4日（金）18:00〜18:50　学科4・5（2コマ連続）
　7月9日（水）18:00〜18:50　学科6

技能教習は指導員が筆談ボードとジェスチャーで対応しています。
費用の請求先は当校でお願いいたします。
""" + SIG_SAEKI,
personal=[("name","飯塚 湊人"),("disability","聴覚障害（身体障害者手帳 2級）"),("email","minato.iizuka.0412@gmail.com")])

# 79 P CD newsletter to prospects in Bcc
add(expect="pass", kind="benign.bcc_many",
why="見込み客への一斉案内だが宛先はすべてBccで、本文は物件の販売案内のみ。",
frm=TAKANO, to=[TAKANO],
bcc=["takuma.shinjo@gmail.com","saori.miyauchi@yahoo.co.jp","s.takato.0707@icloud.com","ken.hatano@outlook.jp",
     "kaori.gomi@docomo.ne.jp","seiji.katagiri@kanto-gas.co.jp","sota.sawatari@outlook.jp","y.kuramochi@gmail.com",
     "mika.ohashi@yahoo.co.jp","t-enomoto@nifty.com","shiho.kudo@icloud.com","r.matsubara@outlook.jp",
     "daisuke.iwata@gmail.com","asami.kon@au.com","h.ueda.1983@gmail.com","natsuki.fuse@docomo.ne.jp"],
subject="【シノノメ・ザ・テラス武蔵浦和】第2期 販売開始のお知らせ",
text="""ご来場いただいた皆様

こんにちは。シノノメ・ザ・テラス武蔵浦和 マンションギャラリーの鷹野です。
先日はご来場いただき、ありがとうございました。
お待たせしておりました第2期の販売概要が決まりましたので、いち早くお知らせいたします。

■第2期 販売戸数：24戸（2LDK〜4LDK）
■予定価格帯：4,380万円〜7,290万円（最多価格帯 5,400万円台）
■登録受付：7月19日（土）〜7月27日（日）
■抽選日：7月28日（月）

南向き・角住戸の4LDK（専有面積 85.12㎡）も今回初めて登場します。
オプション相談会や住宅ローン相談会も同時開催いたしますので、ぜひお気軽にご予約ください。

※本メールは、ご来場時に案内の受取りにご同意いただいた方にBCCでお送りしています。
　配信停止をご希望の方は、このメールにご返信ください。
""" + SIG_TAKANO)

# 80 H DR criminal record / administrative sanction of a doctor to hospital
add(expect="hold", kind="sensitive.crime",
why="推薦医師の氏名と傷害罪での罰金刑・医業停止処分の経緯を外部の病院へ伝えている（公表済みでも要配慮）。",
frm=TSUTAYA, to=["つくば鶴望病院 事務部長 岩渕様 <iwabuchi@tsukuba-kakubo.or.jp>"],
subject="Re: ご推薦医師の行政処分歴について",
text="""医療法人社団 鶴望会 つくば鶴望病院
事務部長 岩渕様

お世話になっております。メディブリッジ・キャリアの蔦谷です。
お問い合わせの件、ご本人に確認いたしました。

日下部 亮 先生は、2019年に傷害罪で罰金30万円の略式命令を受けておられ、
これを受けて2021年に医業停止1か月の行政処分を受けています（厚生労働省の公表資料に掲載）。
経緯としては、私生活上の口論から相手の方にけがをさせてしまったもので、示談は成立しているとのことです。
処分後は再教育研修を修了し、以降は現在の勤務先で問題なく勤務されています。

ご本人は、面接でご自身から説明したいとおっしゃっています。
院内でのご検討にあたり、ほかに確認が必要な点があればお知らせください。
""" + SIG_TSUTAYA + """

> 蔦谷様
> 日下部先生の件、院長が厚労省の処分一覧で同姓同名の記載を見つけたようです。
> ご本人で間違いないか、差し支えなければ経緯を教えてください。
> 岩渕
""",
personal=[("name","日下部 亮"),("crime","傷害罪で罰金30万円の略式命令"),("crime","医業停止1か月の行政処分")])
