from common import *

# 1 P DS system booking to the student herself
add(expect="pass", kind="benign.self_data",
why="教習生本人の予約内容を本人のアドレスへ送る予約システムの自動通知で、第三者提供ではない。",
frm=DS_SYS, to=["藤崎 花音 様 <kanon.f0312@gmail.com>"],
subject="【ﾐﾅﾄ自動車学校】技能教習 予約完了のお知らせ",
text="""藤崎 花音 様

ﾐﾅﾄ自動車学校 予約ｼｽﾃﾑです。
以下の内容で技能教習の予約を受け付けました。

━━━━━━━━━━━━━━━
教習生番号　：24-03871
お名前　　　：藤崎 花音（ﾌｼﾞｻｷ ｶﾉﾝ） 様
車種　　　　：普通車AT
予約日時　　：2025年6月14日（土） 3時限目 11:20〜12:10
教習項目　　：第1段階 項目7「坂道発進」
担当指導員　：指名なし
送迎ﾊﾞｽ　　 ：金沢文庫駅東口 10:45発
━━━━━━━━━━━━━━━

ｷｬﾝｾﾙは前日19:00までに予約ｻｲﾄ（ﾏｲﾍﾟｰｼﾞ）から行ってください。
前日19:00以降のｷｬﾝｾﾙは、ｷｬﾝｾﾙ料 3,300円（税込）が発生します。
教習当日は教習原簿受付機に教習生証をかざしてから乗車してください。

ﾏｲﾍﾟｰｼﾞ：https://yoyaku.minato-ds.co.jp/mypage
ﾛｸﾞｲﾝID ：教習生番号
""" + DS_SYS_FOOT)

# 2 H NH medical info to cooperating hospital
add(expect="hold", kind="sensitive.medical",
why="入所者の氏名・生年月日と診断名・服薬内容を外部病院へ送っている（正当な目的でも要配慮個人情報の外部送信）。",
frm=HORINOUCHI, to=["狭山中央病院 地域医療連携室 木暮様 <renkei@sayama-chuo-hp.jp>"],
subject="受診のご相談（入所者 1名）",
text="""狭山中央病院 地域医療連携室
木暮様

いつもお世話になっております。桜ヶ丘の里 看護の堀之内です。
先ほどお電話でご相談した入所者様の件、情報をお送りします。

氏名：長谷部 トキ子 様（92歳・女性）
生年月日：昭和7年11月3日
既往：アルツハイマー型認知症、心房細動、2型糖尿病
経過：6/9夜より 38.2℃の発熱、SpO2 91〜93%（室内気）、痰がらみあり。
　　　嘱託医 宇佐美先生の指示でカロナール内服を開始しましたが改善が乏しく、
　　　誤嚥性肺炎の疑いで貴院呼吸器内科の受診をお願いしたく存じます。
内服薬：エリキュース錠2.5mg 1日2回、メトグルコ錠250mg 1日2回、ドネペジル5mg 1日1回

明朝10時頃、当施設の車両で職員付き添いのうえ伺う予定です。
診療情報提供書は嘱託医より別途FAXいたします。
お受け入れの可否をご連絡いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_HORINOUCHI,
personal=[("name","長谷部 トキ子"),("birthdate","昭和7年11月3日"),("health","アルツハイマー型認知症"),
          ("health","誤嚥性肺炎の疑い"),("health","エリキュース錠2.5mg")])

# 3 P SW English IT incident
add(expect="pass", kind="benign.it_incident",
why="'infected' 'isolated' 'quarantine' refer to a server node; no personal data about any individual.",
frm=CARTER, to=["Daniel Whitford <d.whitford@kessler-freight.com>"], cc=["Yuki Asano <y.asano@kessler-freight.com>"],
subject="RE: [LH-INC-20250611-02] HarborDesk outage – root cause summary",
text="""Hi Daniel,

Following up on this morning's call, here is the summary you asked for.

What happened
- 06/11 08:42 JST: one of the three application nodes (app-03) was flagged by our EDR tool as infected with a cryptominer dropped via an outdated image-processing library.
- 08:44: app-03 was automatically isolated from the network (quarantine). The load balancer failed over, but session stickiness caused about 31% of your users to get HTTP 502 until 09:27.
- No customer data was accessed or exfiltrated. The node had no DB credentials beyond the read-only cache role.

What we are doing
- Library patched on all nodes (v2.14.3 -> 2.16.0).
- Health-check interval shortened from 30s to 5s.
- Full post-incident report (PIR) by 06/18.

I know the timing was bad with your quarter-end shipment run - sorry about that. If your team sees any more 502s, please open a P1 ticket and mention the incident number above.
""" + SIG_CARTER + """

-----Original Message-----
From: Daniel Whitford <d.whitford@kessler-freight.com>
Sent: Wednesday, June 11, 2025 9:05 AM
To: support@logicharbor.co.jp
Subject: HarborDesk outage

Emily, our dispatch team in Kawasaki can't log in. Anything going on on your side?
Daniel
""")

# 4 H CD visitor list to ad agency
add(expect="hold", kind="roster.customer_list",
why="来場者7名の氏名・住所・電話・勤務先・世帯年収の一覧を外部の広告代理店へ送っている。",
frm=TAKANO, to=["株式会社アドプラン埼玉 戸川様 <togawa@adplan-saitama.co.jp>"],
subject="DM発送リストの件（6月第2週 来場者分）",
text="""株式会社アドプラン埼玉
戸川様

お世話になっております。東雲レジデンス開発の鷹野です。

来週発送予定の「第2期 先着順住戸のご案内」DMですが、先日の打合せどおり、
ギャラリー来場者のうち未成約のお客様分を宛名リストとしてお送りします。
宛名印字と封入までお願いできればと思います。

※年収・勤務先の列は社内で優先度付けに使っているものなので、印字には使わないでください。

件数は今回7件です。残りは来週月曜にまとめてお送りします。
よろしくお願いいたします。
""" + SIG_TAKANO,
attachments=[dict(filename="来場者リスト_0607-0613.xlsx", contentType=XLSX, text=
"""来場日	氏名	フリガナ	住所	電話	勤務先	世帯年収	検討住戸	ランク
2025/06/07	新庄 拓真	シンジョウ タクマ	さいたま市南区白幡4-11-6-302	090-3318-5720	埼玉県庁	780万円	3LDK 7階	A
2025/06/07	宮内 沙織	ミヤウチ サオリ	戸田市下戸田2-9-14	080-6624-1193	㈱ヤマセ電機	620万円	2LDK 4階	B
2025/06/08	黒須 康弘	クロス ヤスヒロ	川口市芝新町15-3	070-2285-9046	自営（整骨院）	1,100万円	4LDK 12階	A
2025/06/08	高遠 里美	タカトオ サトミ	さいたま市浦和区岸町6-2-18	090-7741-0328	川口市立医療センター	950万円	3LDK 9階	A
2025/06/10	羽田野 健	ハタノ ケン	蕨市中央3-17-5 サンハイツ201	080-1956-4437	日邦物流㈱	540万円	2LDK 3階	C
2025/06/12	五味 香織	ゴミ カオリ	さいたま市南区鹿手袋1-4-22	090-8802-6615	パート	410万円	2LDK 2階	C
2025/06/13	片桐 誠司	カタギリ セイジ	さいたま市緑区大門2210-4	070-4413-7758	㈱関東ガス工業	870万円	3LDK 10階	B""")],
personal=[("name","新庄 拓真"),("address","さいたま市南区白幡4-11-6-302"),("phone","090-3318-5720"),
          ("name","黒須 康弘"),("pay","1,100万円"),("name","片桐 誠司"),("phone","070-4413-7758")])

# 5 P DR job posting to the candidate
add(expect="pass", kind="benign.job_posting",
why="求人票の病院名・院長名は公開情報で、送り先は希望条件を伝えた医師本人。",
frm=NIKAIDO, to=["大沼 遼 先生 <ryo.onuma.md@gmail.com>"],
subject="【求人のご案内】新座みどり病院 整形外科（常勤）",
text="""大沼先生

いつもお世話になっております。メディブリッジ・キャリアの二階堂です。
先日のお電話で「関節外科を続けつつ、当直は月2回まで」とのご希望を伺っておりましたので、
条件に近い求人をご案内いたします。

■医療法人社団 緑風会 新座みどり病院（埼玉県新座市）
・病床数：199床（一般150／回復期リハ49）
・募集科：整形外科 常勤1名（人工関節センター立ち上げに伴う増員）
・理事長／院長：吉川 孝之 先生（整形外科。病院HPにご挨拶が掲載されています）
・勤務：週4日＋研究日1日、外来2コマ、手術 週2〜3日
・当直：月1〜2回（オンコールは別途、1回2万円）
・年収：1,600万〜1,900万円（経験・手術件数により決定、当直手当別）
・その他：学会参加費 年2回まで病院負担、医師賠償責任保険は病院で加入

人工関節の手術件数は昨年度で約280件、今年度は300件超を見込んでいるそうです。
整形外科は現在常勤4名で、平均年齢は40代前半とのことでした。

ご興味がございましたら、病院見学の日程を調整いたします。土曜午前も可能と伺っています。
ご不明点があればお気軽にご返信ください。
""" + SIG_NIKAIDO)

# 6 H DS private bank account of part-time instructor to accountant
add(expect="hold", kind="id.account",
why="パート指導員個人の給与振込口座と時給を外部の会計事務所へ送っている（同僚でも個人口座）。",
frm=OKOCHI, to=["中條会計事務所 宍戸様 <shishido@nakajo-kaikei.jp>"],
subject="6月入社 パート指導員の給与振込先について",
text="""中條会計事務所
宍戸様

いつもお世話になっております。みなとドライビングスクールの大河内です。
6月1日付で入社したパート技能指導員1名の給与振込先が届きましたので、
給与計算ソフトへの登録をお願いいたします。初回支給は7月10日（6月分）です。

　氏名　　：桑原 直樹（クワハラ ナオキ）
　社員番号：P-0617
　振込先　：よこはま湾岸信用金庫 金沢支店（店番 042） 普通 3318204
　口座名義：クワハラ ナオキ
　時給　　：1,650円（技能教習）／1,400円（学科補助）
　扶養　　：なし（本人申告）

雇用保険の資格取得届は先週提出済みです。
ご確認よろしくお願いいたします。
""" + SIG_OKOCHI,
personal=[("name","桑原 直樹"),("account","普通 3318204"),("pay","1,650円")])

# 7 P NH infection notice, families in Bcc, counts only
add(expect="pass", kind="benign.bcc_aggregate_health",
why="家族への一斉通知はBcc、発症者は人数のみで個人が特定されず、'感染''隔離'は施設運営の話。",
frm=KUBODERA, to=["特別養護老人ホーム 桜ヶ丘の里 <kubodera@keiwakai-sakura.or.jp>"],
bcc=["masako.oba.1961@docomo.ne.jp","k.kanda.0731@gmail.com","tomoko-kuri@ezweb.ne.jp","hasebe.jun@yahoo.co.jp",
     "chizuru.k@ezweb.ne.jp","sakaki.taeko@gmail.com","y-kajiwara@nifty.com","mizuno.family@icloud.com",
     "h.otsuki.58@gmail.com","rie.shimizu77@docomo.ne.jp","kenji.takeda@outlook.jp","n.arai.sayama@gmail.com",
     "fumie.oka@yahoo.co.jp","sekiguchi-k@jcom.zaq.ne.jp","ishizaka.m@gmail.com","tnozawa@ybb.ne.jp"],
subject="【桜ヶ丘の里】面会制限のお知らせ（インフルエンザ発生のため）",
text="""ご家族様各位

日頃より当施設の運営にご理解とご協力を賜り、誠にありがとうございます。

6月16日、2階ユニット「もみじ」において、入所者様3名と職員1名がインフルエンザA型と診断されました。
いずれも症状は落ち着いており、嘱託医の指示のもと治療を行っております。
感染拡大防止のため、下記のとおり面会を制限させていただきます。

　　　　　　　　　　　　記

1. 期間：6月17日（火）〜6月24日（火）（状況により延長します）
2. 対象：2階ユニット全体（もみじ・かえで）
　 ※1階・3階は予約制の面会を継続します（1回15分、2名まで）
3. 発症された方は居室で隔離対応とし、担当職員を固定しています
4. オンライン面会（タブレット）は通常どおりご利用いただけます

該当ユニットのご家族様には、個別にお電話でもご連絡しております。
ご不便をおかけいたしますが、何卒ご理解くださいますようお願い申し上げます。
""" + SIG_KUBODERA)

# 8 H DR doctor CV to hospital
add(expect="hold", kind="profile.resume",
why="医師1名の氏名・生年月日・住所・携帯・年収・家族構成を含む経歴書を外部病院へ送っている。",
frm=TSUTAYA, to=["さがみ中央病院 事務長 榎本様 <enomoto@sagami-chuo.or.jp>"],
subject="消化器内科 常勤医師のご推薦",
text="""医療法人 清泉会 さがみ中央病院
事務長 榎本様

いつも大変お世話になっております。メディブリッジ・キャリアの蔦谷です。
先日ご依頼いただいた消化器内科の常勤医師につき、ご本人の了承を得ましたので推薦させていただきます。
面接は7月第1週の平日午後をご希望です。

―――――――――――――――――
【医師経歴書】
氏名：中西 克也（なかにし かつや）
生年月日：1984年9月22日（40歳）
現住所：神奈川県相模原市南区相模大野6-14-3-508
携帯：090-2871-6634
メール：k.nakanishi.gi@gmail.com
医籍登録：2010年（医籍登録番号 538217）
資格：日本消化器病学会 専門医／日本消化器内視鏡学会 専門医
職歴：
　2010-2012 初期研修（湘南港北病院）
　2012-2018 城南医科大学附属病院 消化器内科
　2018-現在 相模台総合病院 消化器内科 医長（ESD 年間約60件）
現年収：1,750万円
希望：年収1,800万円以上、当直 月3回まで
家族：妻、長女（小3）。転居なしで通勤できる範囲を希望
―――――――――――――――――

現勤務先には転職活動を伝えていないため、現職へのご照会はお控えいただけますようお願いいたします。
""" + SIG_TSUTAYA,
personal=[("name","中西 克也"),("birthdate","1984年9月22日"),("address","神奈川県相模原市南区相模大野6-14-3-508"),
          ("phone","090-2871-6634"),("email","k.nakanishi.gi@gmail.com"),("idnumber","538217"),("pay","1,750万円")])

# 9 P CD corporate account for deposit, to the buyer
add(expect="pass", kind="benign.corporate_account",
why="振込先は売主の法人口座で、送り先は契約者本人。個人口座や第三者の情報はない。",
frm=TAKANO, to=["桐生 亮介 様 <ryosuke.kiryu@gmail.com>"],
subject="ご契約手続きのご案内（手付金のお振込先）",
text="""桐生 亮介 様

いつもお世話になっております。
シノノメ・ザ・テラス武蔵浦和 マンションギャラリーの鷹野です。

先日は1106号室のお申込み、誠にありがとうございました。
6月28日（土）11:00からのご契約に先立ち、手付金のお振込先をご案内いたします。

■手付金：3,890,000円（売買代金の約10%）
■お振込期限：6月27日（金）15:00まで
■お振込先：
　みずほ銀行 浦和支店 普通 2450817
　口座名義：シノノメレジデンスカイハツ（カ
　※お振込人名義は「ご契約者様のお名前＋住戸番号」でお願いいたします（例：キリユウリヨウスケ1106）。

■当日お持ちいただくもの
・ご実印、印鑑証明書（発行後3か月以内）1通
・ご本人確認書類（運転免許証など）
・収入印紙は当社でご用意します

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_TAKANO)

# 10 H SW quoted My Number in reply
add(expect="hold", kind="id.my_number",
why="返信の引用部分に顧客従業員のマイナンバー・氏名・生年月日の行が残ったまま社外へ送られる。",
frm=MORISHITA, to=["株式会社マルヨシ食品 今村様 <imamura@maruyoshi-foods.co.jp>"],
subject="Re: 【HarborHR】CSV取込エラー（E-2041）について",
text="""今村様

お世話になっております。ロジックハーバー サポートの森下です。
お問い合わせの取込エラーの件、原因がわかりました。

エラー行（3行目）の「個人番号」列の前後に全角スペースが入っているため、
桁数チェックで E-2041（個人番号の形式不正）となっていました。
Excelで保存し直す際、セルの書式が「文字列」のままだとスペースが残るケースがあります。

【対処方法】
1. 該当セルのスペースを削除
2. 「名前を付けて保存」→「CSV UTF-8（コンマ区切り）」で保存
3. 再度［従業員データ取込］から取込

なお、今後は個人番号を含む行をメール本文に貼り付けず、
サポートポータルの「セキュアアップロード」をご利用いただけますと幸いです。
""" + SIG_MORISHITA + """

> 2025/06/12 10:18 今村 由美子 <imamura@maruyoshi-foods.co.jp>:
> お世話になっております。マルヨシ食品の今村です。
> 従業員データを取り込むと3行目だけエラーになります。
> 該当の行を貼り付けますので確認をお願いします。
>
> 社員番号,氏名,フリガナ,生年月日,個人番号,入社日
> 10482,小野寺 陽菜,オノデラ ヒナ,1998/02/14,　917024554130　,2025/04/01
>
> よろしくお願いします。
""",
personal=[("mynumber","917024554130"),("name","小野寺 陽菜"),("birthdate","1998/02/14")])

# 11 P DS business/vehicle numbers to leasing company
add(expect="pass", kind="benign.lookalike_number",
why="公安委員会の指定番号・法人番号・登録番号・車台番号はいずれも事業や車両の番号で個人情報ではない。",
frm=OKOCHI, to=["東湾オートリース株式会社 松浦様 <matsuura@towan-autolease.co.jp>"],
subject="教習車 入替分の登録書類について",
text="""東湾オートリース株式会社
法人営業部 松浦様

お世話になっております。みなとドライビングスクールの大河内です。
7月入替予定の教習車3台について、公安委員会への届出に必要な情報をお送りします。

【当校情報】
・指定自動車教習所 指定番号：神奈川県公安委員会 第1402号
・法人番号：8020001047732
・適格請求書発行事業者 登録番号：T8020001047732

【車両（車台番号／型式／予定登録番号）】
1. NRE210-1034528 / 3BA-NRE210 / 横浜 500 す 12-07
2. NRE210-1034611 / 3BA-NRE210 / 横浜 500 す 12-08
3. ZWE211-6082147 / 6AA-ZWE211 / 横浜 500 す 12-09（AT限定審査用）

補助ブレーキの取付は、例年どおり御社提携の整備工場でお願いできればと思います。
納車日が決まりましたらご連絡ください。
""" + SIG_OKOCHI)

# 12 H NH disability to welfare equipment vendor
add(expect="hold", kind="sensitive.disability",
why="入所者の氏名と身体障害者手帳の等級・障害の原因・既往を外部の福祉用具業者へ送っている。",
frm=NONOMURA, to=["株式会社ケアリンク狭山 相良様 <sagara@carelink-sayama.jp>"],
subject="車いす選定のご相談（3階入所者様）",
text="""ケアリンク狭山
福祉用具専門相談員 相良様

お世話になっております。桜ヶ丘の里の野々村です。
先日お話しした車いすの件、ご本人の状態をまとめましたので、機種選定のご提案をお願いできますでしょうか。

・お名前：栗林 昭二 様（86歳、男性）
・身体障害者手帳 1種2級（脳梗塞後遺症による左上下肢機能障害）
・要介護4、座位保持は30分程度で左側への傾きあり
・身長162cm／体重48kg、仙骨部に褥瘡の既往あり（現在は治癒）
・ご本人は自走を希望（右手のみ）。片手駆動式も検討したいです

来週水曜の午後であれば、ご本人立ち会いで試乗可能です。
よろしくお願いいたします。
""" + SIG_NONOMURA,
personal=[("name","栗林 昭二"),("disability","身体障害者手帳 1種2級"),("health","脳梗塞後遺症"),("health","褥瘡の既往")])

# 13 P SW internal release notes to 15 colleagues
add(expect="pass", kind="benign.internal_many",
why="宛先15名は全員自社ドメイン。'マイナンバー''口座'は機能説明の語で実データなし。",
frm=MORISHITA,
to=[f"{n} <{a}@logicharbor.co.jp>" for n,a in [("Emily Carter","e.carter"),("朝比奈 悠","y.asahina"),("西田 友香","t.nishida"),
   ("栗山 大地","d.kuriyama"),("大友 さやか","s.otomo"),("浜口 亮","r.hamaguchi"),("Liam O'Brien","l.obrien"),("松永 智子","t.matsunaga"),
   ("今泉 拓","t.imaizumi"),("竹中 美里","m.takenaka"),("高木 修平","s.takagi"),("原 遥香","h.hara"),("石塚 和也","k.ishizuka"),
   ("村岡 里穂","r.muraoka"),("support-leads","support-leads")]],
subject="【社内周知】HarborHR 6月リリース（v5.8）サポート向け変更点",
text="""サポート部の皆さん

お疲れさまです。森下です。
6/21(土)深夜に HarborHR v5.8 がリリースされます。問い合わせが増えそうな変更点をまとめました。

1. マイナンバー（個人番号）の表示
　・従業員詳細画面の個人番号は、閲覧権限があっても下4桁のみ表示（****-****-1234 形式）に変更
　・全桁表示は「個人番号取扱責任者」ロールのみ。操作ログが残ります
2. 給与振込口座
　・口座の複数登録（最大3口座、振分け金額指定）に対応
　・全銀フォーマット出力時の半角カナ変換ルールを修正（ｯ/ｬ 等の小書き文字）
3. 在留カード番号
　・英字の全角入力を自動で半角大文字に変換（E-3107 の問い合わせが減るはず）
4. 健康管理オプション
　・健診結果の判定ロジック修正（HHR-4471）

FAQ の更新は竹中さん、マクロ文面の更新は原さんにお願いしています。
リリース当日の夜間待機は栗山さん・今泉さんです。

よろしくお願いします。
""" + SIG_MORISHITA)

# 14 H CD loan pre-screening with licence number and income
add(expect="hold", kind="id.license",
why="購入希望者の運転免許証番号・生年月日・住所・年収・借入状況を外部の銀行へ送っている。",
frm=ISHIGURO, to=["さきたま銀行 浦和住宅ローンセンター 青柳様 <aoyagi.k@sakitama-bank.co.jp>"],
subject="住宅ローン事前審査のお願い（シノノメ・ザ・テラス武蔵浦和 705号室）",
text="""さきたま銀行 浦和住宅ローンセンター
青柳様

いつもお世話になっております。東雲レジデンス開発 武蔵浦和販売センターの石黒です。
提携ローンの事前審査を1件お願いいたします。申込書の原本は明日の集配でお送りします。

物件：シノノメ・ザ・テラス武蔵浦和 705号室（3LDK 72.4㎡）
売買価格：5,480万円／借入希望額：4,900万円（35年・変動）

申込人　　：矢島 隆之（ヤジマ タカユキ）
生年月日　：1988年5月30日
現住所　　：埼玉県戸田市新曽南3-2-11 ルミエール戸田202
勤務先　　：株式会社東邦計測（勤続9年）
前年度年収：642万円（源泉徴収票より）
運転免許証番号：第302318447610号
既存借入　：自動車ローン 残高約118万円（月々2.9万円）

ご確認のほどよろしくお願いいたします。
""" + SIG_ISHIGURO,
personal=[("name","矢島 隆之"),("birthdate","1988年5月30日"),("address","埼玉県戸田市新曽南3-2-11 ルミエール戸田202"),
          ("pay","642万円"),("license","302318447610"),("debt","自動車ローン 残高約118万円")])

# 15 P DR aggregate statistics to a magazine
add(expect="pass", kind="benign.aggregate",
why="診療科別の件数・平均年齢などの集計値のみで、5件未満は統合済み。個人は特定されない。",
frm=TSUTAYA, to=["月刊ドクターズキャリア 編集部 住吉様 <sumiyoshi@drs-career-mag.jp>"],
subject="【ご寄稿データ】2024年度 医師転職動向の集計値",
text="""月刊ドクターズキャリア 編集部
住吉様

お世話になっております。メディブリッジ・キャリアの蔦谷です。
8月号の特集「40代医師の転職」向けに、弊社の2024年度実績の集計値をお送りします。
個人が特定されないよう、5件未満の区分は「その他」に統合しています。

診療科	成約件数	平均年齢	平均年収変化	常勤比率
内科（総合・一般）	142	44.8	+6.2%	71%
精神科	58	47.1	+4.9%	64%
整形外科	41	42.3	+8.8%	83%
麻酔科	37	39.6	+3.1%	46%
皮膚科	29	38.9	-2.4%	31%
産業医	24	51.7	+1.5%	58%
その他（11科）	96	45.2	+4.0%	62%
合計	427	44.6	+5.1%	65%

・「当直なし」を条件にした方の割合は全体で38%（前年度31%）
・転職理由の1位は「働き方（当直・オンコール負担）」、2位「家族の事情（介護・子育て）」

グラフ化が必要でしたら、Excelの元表もお送りします。
""" + SIG_TSUTAYA)

# 16 H DS encrypted zip to university co-op
add(expect="hold", kind="attachment.encrypted_zip",
why="パスワード付きZIP（PPAP）で、中身を検査できない。本文からも入校申込書9名分と分かる。",
frm=SAEKI, to=["関東学園大学生協 免許取得窓口 武藤様 <muto@kantogakuen-coop.jp>"],
subject="6月申込分 入校書類の送付",
text="""関東学園大学生活協同組合
免許取得窓口 武藤様

いつもお世話になっております。みなと自動車学校の佐伯です。

生協さん経由でお申込みいただいた学生さん9名分について、
入校申込書の控えと、仮免前学科の予約表をまとめてお送りします。
ファイルのパスワードは、この後別メールでお送りします。

夏休み前の駆け込みで、7月前半の技能枠が埋まりつつあります。
追加の申込みがある場合は、できれば今週中にご連絡いただけると助かります。

よろしくお願いいたします。
""" + SIG_SAEKI,
attachments=[dict(filename="入校申込書_生協6月分.zip", contentType=ZIP, encrypted=True)])

# 17 P NH condolence letter to the bereaved daughter
add(expect="pass", kind="benign.condolence",
why="ご遺族本人宛のお悔やみで、病名など要配慮情報はなく第三者提供でもない。",
frm=KUBODERA, to=["大場 雅子 様 <masako.oba.1961@docomo.ne.jp>"],
subject="お悔やみ申し上げます",
text="""大場 雅子 様

このたびは、お父様 大場 源次郎 様のご逝去の報に接し、職員一同、心よりお悔やみ申し上げます。

4年間、桜ヶ丘の里でお過ごしいただき、朝の体操のときに一番大きな声で号令をかけてくださったお姿が、今も目に浮かびます。
ご家族の皆様が毎週日曜に欠かさずお顔を見せてくださったことを、お父様はいつも嬉しそうに話しておられました。

ご居室のお荷物につきましては、ご葬儀が落ち着かれてからで構いません。
ご都合のよい日時をお知らせいただければ、職員がお手伝いいたします。

略儀ながらメールにて失礼いたします。
ご家族の皆様のご健康を、心よりお祈り申し上げます。
""" + SIG_KUBODERA)

# 18 H SW full card number in debug log to payment vendor
add(expect="hold", kind="id.card",
why="Debug log pasted to an outside vendor contains a full card number (PAN) with the cardholder name.",
frm=CARTER, to=["PayNexa Integration Support <integration-support@paynexa.com>"],
subject="Tokenization failing for one merchant - request/response from our log",
text="""Hello PayNexa team,

We integrate your tokenization API into HarborDesk's billing module (merchant ID LH-JP-00418).
Since 06/10, one of our customers gets error 4012 "invalid card data" for a subset of refunds.

Request/response from our debug log (customer: Ginza Bloom Salon):

2025-06-12T14:03:51+09:00 POST /v3/tokens
{"merchant_id":"LH-JP-00418","pan":"4539884230093691","exp":"08/27","holder":"SAKURAI MIDORI","amount":12800,"currency":"JPY"}
<- 400 {"code":4012,"message":"invalid card data","trace":"pn-7f3a91c2"}

The same card tokenized fine on 06/09. Could you check the trace ID on your side?
We haven't changed anything in the request builder since April (release 5.6).

Thanks in advance.
""" + SIG_CARTER,
personal=[("card","4539884230093691"),("name","SAKURAI MIDORI")])

# 19 P CD building / land / licence numbers to property manager
add(expect="pass", kind="benign.lookalike_number",
why="建築確認番号・地番・不動産番号・宅建業免許番号は物件や事業者の番号で、個人情報ではない。",
frm=ISHIGURO, to=["株式会社ハーモニー住宅管理 小此木様 <okonogi@harmony-kanri.co.jp>"],
subject="管理委託契約書案 物件概要欄の数値確認",
text="""ハーモニー住宅管理
フロント 小此木様

お世話になっております。東雲レジデンス開発の石黒です。
管理委託契約書（案）の物件概要欄、こちらで確認した数値をお送りします。赤字部分のみ修正をお願いします。

・物件名称：シノノメ・ザ・テラス武蔵浦和
・所在（地番）：さいたま市南区別所七丁目1503番2
・敷地面積：4,218.36㎡／総戸数：86戸（住戸番号 101〜1208、413・913は欠番）
・建築確認番号：第R05建確-さ00427号（令和5年9月12日）
・不動産番号（敷地）：0301000482731
・駐車場：平置き24台、機械式38台（区画番号 P-01〜P-62）
・売主：東雲レジデンス開発株式会社（宅地建物取引業者 国土交通大臣(3)第7712号）
・法人番号：3030001093415

※総戸数を「85戸」とされていた箇所がありました（管理員室を住戸に含めない計算のため86戸が正です）。
　よろしくお願いいたします。
""" + SIG_ISHIGURO)

# 20 H DR 14 doctors' private addresses in To
add(expect="hold", kind="recipients.many",
why="外部の医師14名（私用アドレス・別組織）を To に並べており、互いのアドレスが見える（Bccにすべき）。",
frm=NIKAIDO,
to=["ryo.onuma.md@gmail.com","k.nakanishi.gi@gmail.com","nao.mitamura@gmail.com","satoshi.anzai.md@gmail.com",
    "ruriko.kasai.derm@gmail.com","takeuchi.yuma@icloud.com","hosaka.miho@yahoo.co.jp","t.kusakabe1980@gmail.com",
    "shun.tokura@outlook.jp","m.furuya@kawagoe-med.or.jp","dr.ishiyama@nifty.com","aiko.shinoda.md@gmail.com",
    "kenta.morimoto@ageo-minami-hp.jp","jun.sakamaki@gmail.com"],
subject="【非公開求人】週1日〜 内科外来（さいたま市）のご案内",
text="""先生方

いつもお世話になっております。メディブリッジ・キャリアの二階堂です。
以前「週1日程度の外来」をご希望いただいた先生方に、新着の非公開求人をご案内いたします。

■さいたま市浦和区 内科クリニック（無床）
・勤務：水曜または土曜 9:00〜13:00（1コマから可）
・内容：一般内科外来（1コマ平均25名）、生活習慣病の継続処方中心
・報酬：1コマ 55,000円（交通費別途支給）
・開始：8月〜（相談可）

ご興味のある先生は、このメールにご返信ください。詳細資料をお送りいたします。
""" + SIG_NIKAIDO)
