# -*- coding: utf-8 -*-
# Org E: NPO法人 ひまわり学童クラブ (after-school childcare club)
SIG_ISHIHARA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
NPO法人ひまわり学童クラブ
施設長　石原 久美子
〒252-0303 神奈川県相模原市南区相模大野7-21-4
TEL 042-745-6610　FAX 042-745-6611
ishihara@himawari-gakudo.example.org
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""
SIG_OKADA = """
----
ひまわり学童クラブ 放課後児童支援員
岡田 健太
042-745-6610 / okada@himawari-gakudo.example.org"""
SIG_TAKANO = """
--
NPO法人ひまわり学童クラブ 事務局
高野 さやか
TEL 042-745-6610（平日10時～18時）
jimu@himawari-gakudo.example.org"""
FI = "石原 久美子 <ishihara@himawari-gakudo.example.org>"
FO2 = "岡田 健太 <okada@himawari-gakudo.example.org>"
FT = "高野 さやか <jimu@himawari-gakudo.example.org>"

MAILS = [
dict(_org="E", _where="body", expect="hold", kind="sensitive.disability",
 why="A named child's ADHD diagnosis and disability certificate are sent to the school.",
 **{"from": FI}, to=["相模大野第二小学校 特別支援教育コーディネーター 梶原 先生 <kajiwara@sagamiono2-es.example.ed.jp>"],
 subject="2年生児童の放課後の様子について",
 text="""相模大野第二小学校
梶原 先生

いつもお世話になっております。ひまわり学童クラブの石原です。

2年2組の 佐藤 陽向 くんについて、学校での配慮と学童での対応をそろえたく、ご連絡いたしました。
保護者の方から、夏休み中に医療機関でADHD（注意欠如・多動症）と診断され、
療育手帳の申請も進めていると伺っています。

学童では、集団遊びの前に個別に声かけをすることで落ち着いて過ごせる日が増えてきました。
学校でのご様子もぜひ伺いたく、一度お打合せの時間をいただけますでしょうか。
"""+SIG_ISHIHARA,
 personal=[{"type":"name","value":"佐藤 陽向"},{"type":"disability","value":"ADHD（注意欠如・多動症）と診断され"}]),

dict(_org="E", _where="attachment", expect="hold", kind="list.roster",
 why="The attached list gives children's names, grades, allergies and parents' phones to a bus company.",
 **{"from": FO2}, to=["相模中央観光バス 予約センター <yoyaku@sagami-chuo-bus.example.jp>"],
 subject="11/23 遠足の件",
 text="""相模中央観光バス 予約センター
ご担当者様

お世話になっております。ひまわり学童クラブの岡田です。
11月23日の遠足の件、添付のとおりです。
当日はよろしくお願いいたします。
"""+SIG_OKADA,
 attachments=[{"filename":"ensoku_1123.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet","text":
"""[参加児童]
No	氏名	学年	アレルギー	保護者緊急連絡先
1	佐藤 陽向	2	なし	090-7712-3304
2	中村 湊	1	卵・小麦	080-2290-6618
3	林 さくら	3	なし	070-4431-9082
4	森下 大和	1	そば	090-1186-2247
5	小池 結衣	4	なし	080-9903-1175
6	青山 蒼	2	乳	090-5538-7720
"""}],
 personal=[{"type":"name","value":"中村 湊"},{"type":"phone","value":"080-2290-6618"},{"type":"name","value":"林 さくら"},{"type":"phone","value":"070-4431-9082"}]),

dict(_org="E", _where="quoted", expect="hold", kind="sensitive.victim",
 why="The forwarded parent's mail reveals she and her child are DV victims and gives her new address; it goes to the city office.",
 **{"from": FI}, to=["相模原市 南区こども家庭課 <kodomo-minami@city-sagamihara.example.jp>"],
 subject="Fwd: お迎えについてのお願い",
 text="""相模原市 南区こども家庭課
ご担当者様

いつもお世話になっております。ひまわり学童クラブの石原です。
保護者の方から下記のメールが届きました。
学童としての対応について、明日お電話でご相談させてください。
"""+SIG_ISHIHARA+"""

-------- Original Message --------
From: 吉川 麻衣 <mai.yoshikawa.0612@gmail.com>
Date: 2024/10/31 22:14
Subject: お迎えについてのお願い

石原先生

いつもお世話になっております。1年生の吉川 蓮の母です。
実は夫からの暴力がひどく、先週警察に相談して、子どもと一緒に家を出ました。
今は 相模原市南区上鶴間本町3-5-11 の実家に身を寄せています。
夫が学童に来ても、絶対に蓮を引き渡さないでください。
保護命令の申立ても弁護士さんと準備しています。

吉川 麻衣
""",
 personal=[{"type":"name","value":"吉川 麻衣"},{"type":"victim","value":"夫からの暴力がひどく、先週警察に相談して"},{"type":"address","value":"相模原市南区上鶴間本町3-5-11"}]),

dict(_org="E", _where="body", expect="hold", kind="sensitive.health",
 why="A reply to one family names another child's infection.",
 **{"from": FO2}, to=["林 真由美 <mayumi.hayashi@yahoo.co.jp>"],
 subject="Re: さくらの咳について",
 text="""林 さくらさんのお母さま

ご連絡ありがとうございます。支援員の岡田です。
ご心配をおかけしてすみません。

実は、同じ3年生の 森 莉子 ちゃんが、先週金曜にマイコプラズマ肺炎と診断されてお休みしています。
さくらさんは莉子ちゃんと一緒に遊ぶことが多かったので、念のため小児科で
そのことをお伝えいただいた方がよいかもしれません。

学童では手洗い・換気を強化しています。お大事になさってください。

> 岡田先生
> さくらが昨日から咳をしていて、学童で何か流行っていますか？
> 林
"""+SIG_OKADA,
 personal=[{"type":"name","value":"森 莉子"},{"type":"health","value":"マイコプラズマ肺炎と診断されて"}]),

dict(_org="E", _where="subject", expect="hold", kind="sensitive.health",
 why="Only the subject line names a child with severe food allergy and anaphylaxis history.",
 **{"from": FT}, to=["株式会社さがみフードサービス おやつ担当 <oyatsu@sagami-food.example.jp>"],
 subject="【児童情報】中村 湊くん 食物アレルギー（卵・小麦 アナフィラキシー歴あり）",
 text="""さがみフードサービス
おやつ担当 ご担当者様

いつもお世話になっております。ひまわり学童クラブ事務局の高野です。
11月から新しく入所する児童がいますので、おやつの手配についてご配慮をお願いします。
個別の献立表が出来ましたらお送りください。
"""+SIG_TAKANO,
 personal=[{"type":"name","value":"中村 湊"},{"type":"health","value":"食物アレルギー（卵・小麦 アナフィラキシー歴あり）"}]),

dict(_org="E", _where="zip", expect="hold", kind="attachment.encrypted_zip",
 why="An encrypted zip is attached (PPAP).",
 **{"from": FT}, to=["相模原市 こども・若者政策課 放課後児童担当 <houkago@city-sagamihara.example.jp>"],
 subject="運営費補助金 実績報告書類の提出",
 text="""相模原市 こども・若者政策課
放課後児童担当 御中

いつもお世話になっております。NPO法人ひまわり学童クラブ事務局の高野です。
令和6年度上半期の運営費補助金 実績報告書類を提出いたします。
（在籍児童名簿、出席簿、職員配置表を含みます）

パスワードは別メールにてお送りいたします。
"""+SIG_TAKANO,
 attachments=[{"filename":"himawari_jisseki_R6_kami.zip","contentType":"application/zip","encrypted":True}]),

dict(_org="E", _where="recipients", expect="hold", kind="recipients.visible",
 why="A festival notice to 16 parents puts all their private addresses in To.",
 **{"from": FO2},
 to=["mayumi.hayashi@yahoo.co.jp","sato.family.sgm@gmail.com","nakamura.aya@docomo.example.ne.jp","m.morishita@icloud.example.com",
     "koike.yui.mama@gmail.com","aoyama_k@ezweb.example.ne.jp","mai.yoshikawa.0612@gmail.com","h.mori@ocn.example.ne.jp",
     "takeda.papa@yahoo.co.jp","chihiro.u@outlook.jp","kawano.family@gmail.com","shiho_n@nifty.example.com",
     "y.inoue.sagami@gmail.com","ryoko.f@biglobe.example.ne.jp","t.kaneda@softbank.example.ne.jp","ema.shimizu@gmail.com"],
 subject="ひまわり秋まつりのお知らせ（11/16）",
 text="""保護者の皆さま

いつもひまわり学童クラブにご協力いただき、ありがとうございます。
今年も「ひまわり秋まつり」を開催します！

　日時：11月16日（土）10:00～13:00
　場所：ひまわり学童クラブ 園庭・ホール
　内容：子どもたちのお店屋さん、焼きいも、ダンス発表
　持ち物：エコバッグ、水筒

お手伝いいただける保護者の方は、11月8日までにご返信ください。
"""+SIG_OKADA),

dict(_org="E", _where="body", expect="hold", kind="id.health_insurance",
 why="A child's health-insurance card symbol and number, with the injury, go to the insurance company.",
 **{"from": FT}, to=["スポーツ安全協会 神奈川支部 事故受付 <jiko@sports-anzen-kanagawa.example.or.jp>"],
 subject="事故通知（傷害保険）のご連絡",
 text="""スポーツ安全協会 神奈川支部
事故受付 ご担当者様

NPO法人ひまわり学童クラブ事務局の高野と申します。
加入団体番号 K-3317-2204 にて加入している保険の事故通知をいたします。

　被保険者：森下 大和（6歳・小学1年）
　事故日時：2024年10月28日 16:20ごろ
　状況：園庭の鉄棒から落下し左手首を骨折（相模大野整形外科で受診）
　健康保険：協会けんぽ 記号 2140318 番号 27（被扶養者）

保険金請求書の様式をお送りいただけますでしょうか。
"""+SIG_TAKANO,
 personal=[{"type":"name","value":"森下 大和"},{"type":"health_insurance","value":"記号 2140318 番号 27"},{"type":"health","value":"左手首を骨折"}]),

dict(_org="E", _where="body", expect="hold", kind="sensitive.social_status",
 why="A named family's single-parent and welfare status is sent to the social welfare council, which does not need it for the donation request.",
 **{"from": FI}, to=["相模原市社会福祉協議会 南区事務所 <minami@sagamihara-shakyo.example.or.jp>"],
 subject="フードドライブ品のお届け先について",
 text="""相模原市社会福祉協議会 南区事務所
ご担当者様

いつもお世話になっております。ひまわり学童クラブの石原です。
先月いただいたフードドライブ品の件、学童の保護者にお声がけしたところ、
以下のご家庭が受け取りを希望されました。

　・鈴木 あゆみ 様（小2 鈴木 陸くんの母）
　　母子家庭で、現在生活保護を受給中とのこと。
　　学童の利用料も減免を受けています。

学童でお預かりして、お迎えの時にお渡しする形でよろしいでしょうか。
"""+SIG_ISHIHARA,
 personal=[{"type":"name","value":"鈴木 あゆみ"},{"type":"social_status","value":"母子家庭で、現在生活保護を受給中"}]),

dict(_org="E", _where="body", expect="hold", kind="personal.inquiry",
 why="A neighbour's noise complaint is passed to a contractor with her full name, address and phone.",
 **{"from": FI}, to=["株式会社サウンドガード 相模原営業所 <sagamihara@soundguard.example.jp>"],
 subject="防音フェンス設置のご相談",
 text="""株式会社サウンドガード 相模原営業所
ご担当者様

突然のご連絡失礼いたします。NPO法人ひまわり学童クラブの石原と申します。
夕方の園庭の声について、近隣の方から苦情をいただいており、防音フェンスの設置を検討しています。

苦情をくださった方が、施工前に業者さんから直接説明を聞きたいとのことですので、
現地調査の際にご挨拶いただけますと助かります。

　お名前：三浦 幸子 様
　ご住所：神奈川県相模原市南区相模大野7-21-9
　お電話：042-745-3398（日中はご在宅）

現地調査の候補日をいくつかいただけますでしょうか。
"""+SIG_ISHIHARA,
 personal=[{"type":"name","value":"三浦 幸子"},{"type":"address","value":"神奈川県相模原市南区相模大野7-21-9"},{"type":"phone","value":"042-745-3398"}]),

# ---------------- passes ----------------
dict(_org="E", _where="-", expect="pass", kind="benign.aggregate_infection",
 why="Infection figures are only counts by grade, with no names.",
 **{"from": FI}, to=["相模原市 南区こども家庭課 <kodomo-minami@city-sagamihara.example.jp>"],
 subject="感染症による欠席状況のご報告（10/28～11/1）",
 text="""相模原市 南区こども家庭課 ご担当者様

ひまわり学童クラブの石原です。今週の感染症による欠席状況をご報告します。

| 学年 | 在籍 | インフルエンザ | マイコプラズマ | その他 |
|---|---|---|---|---|
| 1年 | 14 | 2 | 0 | 1 |
| 2年 | 12 | 1 | 0 | 0 |
| 3年 | 10 | 0 | 1 | 0 |
| 4年以上 | 8 | 0 | 0 | 0 |

学童内での集団発生には至っていません。
手洗い・換気の徹底と、おやつ時の黙食を継続しています。
"""+SIG_ISHIHARA),

dict(_org="E", _where="-", expect="pass", kind="benign.bcc_mass",
 why="The monthly newsletter goes to parents with addresses in Bcc.",
 **{"from": FT}, to=["ひまわり学童クラブ 事務局 <jimu@himawari-gakudo.example.org>"],
 bcc=["mayumi.hayashi@yahoo.co.jp","sato.family.sgm@gmail.com","nakamura.aya@docomo.example.ne.jp","m.morishita@icloud.example.com",
      "koike.yui.mama@gmail.com","aoyama_k@ezweb.example.ne.jp","h.mori@ocn.example.ne.jp","takeda.papa@yahoo.co.jp",
      "chihiro.u@outlook.jp","kawano.family@gmail.com","shiho_n@nifty.example.com","y.inoue.sagami@gmail.com"],
 subject="ひまわりだより 11月号",
 text="""保護者の皆さま

ひまわりだより11月号をお送りします（PDFを添付しています）。

今月の主な予定
　11/3（日・祝）休所
　11/16（土）ひまわり秋まつり
　11/23（土・祝）遠足（相模湖プレジャーフォレスト）
　11/29（金）避難訓練

インフルエンザが流行り始めています。発熱時はご家庭で様子を見ていただくようお願いします。
"""+SIG_TAKANO,
 attachments=[{"filename":"himawari_dayori_2024-11.pdf","contentType":"application/pdf","text":"ひまわりだより 11月号\n秋まつりのお知らせ\n遠足のお知らせ\n今月の工作：どんぐりコマ\n職員紹介：支援員 岡田 健太"}]),

dict(_org="E", _where="-", expect="pass", kind="benign.data_subject_self",
 why="A reply to a parent about her own child's day (mild 体調不良), no third person's data.",
 **{"from": FO2}, to=["青山 香織 <aoyama_k@ezweb.example.ne.jp>"],
 subject="Re: 蒼の様子について",
 text="""青山 蒼くんのお母さま

ご連絡ありがとうございます。支援員の岡田です。
蒼くん、今日は少し体調不良気味で、おやつの後は静かに本を読んで過ごしていました。
熱は測ったところ36.9℃で、お迎えの時には元気に帰っていきました。

明日もし様子が変わるようでしたら、無理せずお休みください。

> 岡田先生
> 昨日蒼がだるそうにしていたと聞きましたが、学童ではどうでしたか？
> 青山
"""+SIG_OKADA),

dict(_org="E", _where="-", expect="pass", kind="benign.training_disability_words",
 why="A training schedule on supporting children with disabilities, naming only the lecturer.",
 **{"from": FI}, to=["さがみ発達支援センター 研修担当 <kenshu@sagami-hattatsu.example.or.jp>"],
 subject="支援員研修「発達障害のある子どもへの関わり方」の日程",
 text="""さがみ発達支援センター
研修担当 ご担当者様

いつもお世話になっております。ひまわり学童クラブの石原です。
先日ご相談した職員研修について、以下の内容でお願いできればと存じます。

　テーマ：発達障害・知的障害のある子どもへの関わり方（学童編）
　日時：12月7日（土）10:00～12:00
　会場：ひまわり学童クラブ ホール
　講師：作業療法士 杉本 由美子 先生
　受講者：支援員 9名

事前に学童での困りごと（事例は匿名化します）をお送りします。
"""+SIG_ISHIHARA),

dict(_org="E", _where="-", expect="pass", kind="benign.public_figures",
 why="A visit by the mayor and a city councillor, both public figures.",
 **{"from": FI}, to=["相模原市 秘書課 <hisho@city-sagamihara.example.jp>"],
 subject="市長ご視察の当日行程について",
 text="""相模原市 秘書課 ご担当者様

ひまわり学童クラブの石原です。
11月20日（水）の 本田 秀和 市長のご視察について、当日の行程案をお送りします。

　15:30　到着、施設長よりご説明
　15:45　子どもたちとのけん玉交流
　16:10　地元選出の 村岡 恭子 市議会議員を交えた意見交換（保護者代表2名）
　16:30　ご退出

報道の取材が入る場合、子どもの顔が写らないようご配慮をお願いいたします。
"""+SIG_ISHIHARA),

dict(_org="E", _where="-", expect="pass", kind="benign.religious_corp_landlord",
 why="A 宗教法人 is the club's landlord; no one's belief is disclosed.",
 **{"from": FT}, to=["宗教法人 大野山 福昌寺 寺務所 <jimusho@fukushoji.example.or.jp>"],
 subject="賃貸借契約の更新について",
 text="""宗教法人 大野山 福昌寺
寺務所 ご担当者様

いつも大変お世話になっております。ひまわり学童クラブ事務局の高野です。
境内の旧会館をお借りしている件、来年3月末で契約期間満了となりますので、
更新のお手続きについてご相談させてください。

・現行賃料：月額 120,000円
・更新後の期間：2025年4月1日～2028年3月31日（3年）
・お寺の行事（除夜の鐘、お盆）の際の駐車場の件も、引き続きご協力いたします。

住職様のご都合のよい日に、施設長の石原とお伺いいたします。
"""+SIG_TAKANO),

dict(_org="E", _where="-", expect="pass", kind="benign.fiction",
 why="A play script for a recital with fictional characters, one of whom has a disability.",
 **{"from": FO2}, to=["劇団こもれび 演出 水野 様 <mizuno@gekidan-komorebi.example.jp>"],
 subject="発表会の劇の台本（ご意見をください）",
 text="""水野さま

先日はワークショップありがとうございました。岡田です。
子どもたちと作った劇の台本の一部です。演出のアドバイスをいただけたら嬉しいです。

――――
『ひまわり村のふしぎな手紙』
登場人物：
　ハル（10歳）…耳がきこえない女の子。手話で話す。
　ソラ（9歳）…こわがりの男の子。
　ゲンじいさん…村の郵便屋さん。むかし泥棒だったといううわさがある。

ハル：（手話で）この手紙、だれが書いたんだろう？
ソラ：ゲンじいさんに聞いてみようよ！
――――

全部で15分くらいの劇です。
"""+SIG_OKADA),

dict(_org="E", _where="-", expect="pass", kind="benign.corporate_account",
 why="The supplier's corporate account change and a Yamato tracking number (which happens to pass the My Number check).",
 **{"from": FT}, to=["株式会社こども教材センター 経理部 <keiri@kodomo-kyozai.example.jp>"],
 subject="Re: 振込先口座変更のお知らせ（確認のご連絡）",
 text="""こども教材センター 経理部 ご担当者様

ひまわり学童クラブ事務局の高野です。
振込先口座変更のお知らせを拝受しました。念のため、お電話でも確認させていただきました。

　新振込先：横浜銀行 相模大野支店 普通 6021483 カ）コドモキョウザイセンター
　適用：11月末お支払分から

また、返品の工作キット（10セット）は本日発送しました。
　ヤマト運輸 送り状番号：167816006092

> ひまわり学童クラブ 御中
> 弊社の振込先口座を下記の通り変更いたします。
> 株式会社こども教材センター 経理部
"""+SIG_TAKANO),

dict(_org="E", _where="-", expect="pass", kind="benign.plain_zip",
 why="A plain zip of facility photos without children for the architect.",
 **{"from": FI}, to=["一級建築士事務所 アトリエ木もれ日 <info@atelier-komorebi.example.jp>"],
 subject="改修の件：現況写真（zip）",
 text="""アトリエ木もれ日
桑原 様

ひまわり学童クラブの石原です。
改修のご相談用に、建物の現況写真をお送りします（パスワードなしのzipです）。
子どもがいない時間帯に撮影していますので、人物は写っていません。

　・ホール（床の傷み）
　・トイレ（手すりなし、段差あり）
　・園庭側の出入口

ご確認のほどよろしくお願いいたします。
"""+SIG_ISHIHARA,
 attachments=[{"filename":"genkyou_photos_20241101.zip","contentType":"application/zip","text":"hall_01.jpg\nhall_02.jpg\ntoilet_01.jpg\ntoilet_02.jpg\nentrance_01.jpg"}]),

dict(_org="E", _where="-", expect="pass", kind="benign.congratulations",
 why="A thank-you on a principal's retirement in a reply chain that names school staff.",
 **{"from": FI}, to=["相模大野第二小学校 校長 大塚 正人 先生 <otsuka@sagamiono2-es.example.ed.jp>"],
 cc=["相模大野第二小学校 教頭 西尾 先生 <nishio@sagamiono2-es.example.ed.jp>"],
 subject="Re: 退職のごあいさつ",
 text="""大塚 正人 先生

ご丁寧なごあいさつをありがとうございました。
ひまわり学童クラブの石原でございます。

先生には、学校と学童の連絡会を立ち上げていただき、
子どもたちの放課後を一緒に見守っていただきました。本当に感謝しております。
どうかお体に気をつけて、新しい生活をお楽しみください。

西尾教頭先生には、今後ともどうぞよろしくお願いいたします。

> 関係者各位
> 私事で恐縮ですが、3月末をもって定年退職いたします。
> 在任中のご厚情に心より御礼申し上げます。
> 相模大野第二小学校 校長 大塚 正人
"""+SIG_ISHIHARA),
]
