# Org E: NPO法人 ひだまりネット (DV被害者支援ネットワーク)
OHASHI = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
特定非営利活動法人 ひだまりネット
事務局長　大橋 恵子
事務局 TEL 03-5555-8120（平日10〜17時）
ohashi@hidamari-net.example.org
※相談窓口の所在地は非公開としております
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""
FUJII = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
特定非営利活動法人 ひだまりネット
相談支援員（社会福祉士）　藤井 直子
fujii@hidamari-net.example.org
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""
F_OHASHI = "大橋 恵子 <ohashi@hidamari-net.example.org>"
F_FUJII = "藤井 直子 <fujii@hidamari-net.example.org>"

MAILS = [
dict(key="e_lawyer_referral", expect="hold", kind="sensitive.crime_victim", loc="body",
 why="Refers a named DV victim to a lawyer with details of the violence and the protection order.",
 frm=F_FUJII, to=["桜井法律事務所 桜井 亜紀 弁護士 <a.sakurai@sakurai-law.example.jp>"],
 subject="ご相談者のご紹介（保護命令申立て）",
 text="""桜井 亜紀 先生

いつもお世話になっております。ひだまりネットの藤井です。
先日お電話でお話しした方について、ご本人の同意を得てご紹介いたします。

ご相談者：川口 沙耶 様（34歳）、長男（6歳）
状況：夫から約3年間、身体的暴力と経済的DVを受けていた。10月20日に顔面を殴打され、
　　　警察に被害届を提出済み（相模原北警察署）。現在は当会の提携シェルターに避難中。
ご希望：接近禁止命令の申立て、離婚調停、婚姻費用の請求

面談は11月6日（水）14時、当会の相談室でお願いできればと存じます。

""" + FUJII,
 personal=[dict(type="name", value="川口 沙耶"), dict(type="crime_victim", value="夫から約3年間、身体的暴力と経済的DVを受けていた")]),

dict(key="e_list_att", expect="hold", kind="list.roster", loc="attachment",
 why="The attached sheet lists sheltered women and children by name with their move-out destinations.",
 frm=F_OHASHI, to=["○○市 女性相談支援センター 担当 <josei-soudan@marumaru-city.example.lg.jp>"],
 subject="10月分 実績報告",
 text="""女性相談支援センター ご担当者様

いつもお世話になっております。ひだまりネットの大橋です。
委託事業の10月分実績を添付にてご報告いたします。

""" + OHASHI,
 attachments=[dict(filename="jisseki_202410.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text="""[入退所]
No\t氏名\t年齢\t同伴児\t入所日\t退所日\t退所先
1\t川口 沙耶\t34\t長男6歳\t2024/10/21\t\t（入所中）
2\t李 美玲\t29\tなし\t2024/09/30\t2024/10/25\t横浜市内 母子生活支援施設
3\t平田 亜希子\t46\t長女15歳・次女12歳\t2024/09/12\t2024/10/18\t千葉県船橋市 民間アパート（前原西2丁目）
4\t小西 真央\t22\tなし\t2024/10/08\t2024/10/10\t実家（静岡県沼津市）""")],
 personal=[dict(type="name", value="平田 亜希子"), dict(type="address", value="千葉県船橋市 民間アパート（前原西2丁目）")]),

dict(key="e_realtor_quoted", expect="hold", kind="sensitive.crime_victim", loc="quoted",
 why="The quoted note to the realtor names the applicant as a DV victim applying for a residence-record restriction.",
 frm=F_OHASHI, to=["みどり不動産 賃貸課 倉田様 <kurata@midori-fudosan.example.jp>"],
 subject="Re: Re: 物件のお申込みについて",
 text="""倉田様

お世話になっております。大橋です。
内見の件、11月9日（土）11時で承知しました。当日は藤井が同行いたします。
保証会社の審査書類は、前回お送りした一覧のとおり準備しております。

""" + OHASHI + """

> 2024/11/01 16:22 藤井 直子 <fujii@hidamari-net.example.org>:
> 倉田様
> お申込みの 平田 亜希子 様は、DV被害により夫から避難中で、
> 現在、市役所に住民票の閲覧制限（支援措置）を申請中です。
> 元の住所からの連絡や問い合わせには一切応じないようお願いいたします。
> 連絡は必ず当会経由でお願いします。
> 藤井
""",
 personal=[dict(type="name", value="平田 亜希子"), dict(type="crime_victim", value="DV被害により夫から避難中")]),

dict(key="e_subject", expect="hold", kind="sensitive.crime_victim", loc="subject",
 why="The subject names a woman as a DV support-measure applicant; the body only says documents were mailed.",
 frm=F_FUJII, to=["○○市役所 市民課 住民記録係 <juminkiroku@marumaru-city.example.lg.jp>"],
 subject="【DV等支援措置】森下 由紀子様 住民票の写し等の交付制限申出について",
 text="""市民課 住民記録係 ご担当者様

お世話になっております。ひだまりネットの藤井です。
標記の件、申出書と相談機関の意見欄記載分を、本日書留にて郵送いたしました。
到着後、受理のご連絡をいただけますと幸いです。

""" + FUJII,
 personal=[dict(type="name", value="森下 由紀子"), dict(type="crime_victim", value="DV等支援措置")]),

dict(key="e_zip", expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Encrypted zip (PPAP) of consultation records sent to a lawyer.",
 frm=F_FUJII, to=["桜井法律事務所 桜井 亜紀 弁護士 <a.sakurai@sakurai-law.example.jp>"],
 subject="相談記録の送付（パスワード別送）",
 text="""桜井先生

藤井です。ご依頼の相談記録（ご本人同意済み）をZIPでお送りします。
パスワードは別メールでお送りします。

""" + FUJII,
 attachments=[dict(filename="soudan_kiroku_K.zip", contentType="application/zip", encrypted=True)]),

dict(key="e_school", expect="hold", kind="sensitive.crime_victim", loc="body",
 why="Tells a school a named child is transferring because the mother fled domestic violence.",
 frm=F_FUJII, to=["○○市立みなみ小学校 教頭 西岡先生 <nishioka@minami-es.example.ed.jp>"],
 subject="転入予定児童についてのご相談",
 text="""みなみ小学校
教頭 西岡 先生

お世話になっております。ひだまりネットの藤井です。
11月中旬に貴校へ転入予定の 平田 柚希 さん（小6）について、事前にご相談させてください。

柚希さんの母親は父親からのDV被害で避難しており、父親には転居先を知られていません。
父親が前籍校や教育委員会を通じて所在を探す可能性がありますので、
・在籍の有無を含め、問い合わせには一切回答しない
・学校だより・ウェブサイトに写真や氏名を載せない
・引き渡しは母親または当会職員に限る
の3点をお願いできますでしょうか。

""" + FUJII,
 personal=[dict(type="name", value="平田 柚希"), dict(type="crime_victim", value="父親からのDV被害で避難しており")]),

dict(key="e_insurance", expect="hold", kind="id.health_insurance", loc="body",
 why="Sends a sheltered woman's health-insurance card number to a clinic.",
 frm=F_FUJII, to=["あおいレディースクリニック 受付 <uketsuke@aoi-ladies.example.jp>"],
 subject="受診予約のお願い（11/7）",
 text="""あおいレディースクリニック 受付ご担当者様

ひだまりネットの藤井です。いつもご協力ありがとうございます。
11月7日（木）午前の受診予約をお願いいたします。

氏名：李 美玲 様
国民健康保険 被保険者証：記号 横浜12　番号 0047329
保険者番号：01140016
※ご本人は日本語の読み書きが難しいため、当会職員が同行します。

会計は当会の医療費支援から支払います。

""" + FUJII,
 personal=[dict(type="name", value="李 美玲"), dict(type="health_insurance", value="記号 横浜12　番号 0047329")]),

dict(key="e_medical_att", expect="hold", kind="sensitive.health", loc="attachment",
 why="The attached medical certificate names the woman and her injuries; the body only says it is attached.",
 frm=F_FUJII, to=["桜井法律事務所 桜井 亜紀 弁護士 <a.sakurai@sakurai-law.example.jp>"],
 subject="資料のご送付",
 text="""桜井先生

藤井です。先日ご依頼いただいた資料をPDFでお送りします。
原本は面談時にお持ちします。

""" + FUJII,
 attachments=[dict(filename="shindansho_20241021.pdf", contentType="application/pdf",
  text="""診 断 書
氏名：川口 沙耶　　生年月日：1990年4月2日
病名：顔面打撲、左眼窩底骨折の疑い、頸部挫傷
付記：2024年10月21日受診。本人の申告によれば10月20日夜、配偶者より手拳で顔面を複数回殴打されたとのこと。
　　　加療約3週間を要する見込み。
2024年10月21日
相模原みなみ病院 形成外科 医師 大野 修平""")],
 personal=[dict(type="name", value="川口 沙耶"), dict(type="health", value="顔面打撲、左眼窩底骨折の疑い、頸部挫傷")]),

dict(key="e_embassy", expect="hold", kind="id.passport", loc="body",
 why="Gives an embassy a named DV victim's passport number and situation.",
 frm=F_OHASHI, to=["Consular Section <consular.tokyo@embassy-ph.example.gov>"],
 subject="Request for assistance - passport reissue for a DV survivor",
 text="""Dear Consular Officer,

I am writing on behalf of Hidamari Net, a non-profit organisation supporting survivors of domestic
violence in the Tokyo area.

We are currently supporting Ms. Maricel Dela Cruz Tanaka (born 12 March 1988), a Philippine national
who fled her Japanese husband's violence in September. Her husband has kept her passport
(No. P4827163B) and refuses to return it. She wishes to apply for a new passport and to keep
her residence status in Japan.

Could you advise on the procedure and whether an appointment can be arranged with a staff member
present? Please do not contact her husband or her former address.

Sincerely,
Keiko Ohashi
Secretary General, Hidamari Net (NPO)

""" + OHASHI,
 personal=[dict(type="name", value="Maricel Dela Cruz Tanaka"), dict(type="passport", value="P4827163B")]),

dict(key="e_translator_fwd", expect="hold", kind="sensitive.crime_victim", loc="quoted",
 why="The forwarded hotline intake gives a caller's name, phone and abuse situation to a volunteer interpreter.",
 frm=F_FUJII, to=["通訳ボランティア 王 麗華 さん <wang.lihua.jp@gmail.com>"],
 subject="Fwd: 新規相談（中国語対応のお願い）",
 text="""王さん

いつもありがとうございます。藤井です。
下記の方の初回面談に、中国語の通訳をお願いできますでしょうか。
候補日は11月12日（火）か13日（水）の午前です。

---------- 転送メッセージ ----------
From: ひだまりネット 相談受付
件名: 新規相談 受付票 No.2024-318

受付日時：11/4 20:42（電話）
相談者：陳 静 さん（31歳）、携帯 080-6631-2075（本人の携帯、夫に見られる可能性あり。SMS不可）
内容：夫から日常的に暴言・殴る蹴るの暴力。昨夜は首を絞められた。子ども（3歳）あり。
　　　日本語は日常会話程度。避難を検討中。
""" + "\n" + FUJII,
 personal=[dict(type="name", value="陳 静"), dict(type="phone", value="080-6631-2075"), dict(type="crime_victim", value="昨夜は首を絞められた")]),

# ---------------- passes ----------------
dict(key="e_annual", expect="pass", kind="benign.aggregate_stats",
 why="Annual statistics sent to a foundation, aggregates only.",
 frm=F_OHASHI, to=["公益財団法人みらい女性基金 助成課 <josei@mirai-kikin.example.or.jp>"],
 subject="2024年度 中間報告（助成番号 MJ-2024-017）",
 text="""みらい女性基金 助成課 御中

いつもご支援いただきありがとうございます。ひだまりネットの大橋です。
助成事業の中間報告（4〜9月）をお送りします。

・電話・メール相談件数：312件（前年同期 268件）
・うち外国籍の方からの相談：41件（13.1%）
・面談：96件　同行支援：58件
・シェルター入所：11世帯（同伴児 14名）
・平均入所日数：16.4日

相談件数の増加は、SNS相談の開始（6月）によるものと考えています。
最終報告は4月末に提出いたします。

""" + OHASHI),

dict(key="e_donor_receipt", expect="pass", kind="benign.to_data_subject",
 why="Thanks a donor for her own card donation with a masked card number.",
 frm=F_OHASHI, to=["長谷部 典子 様 <noriko.hasebe@nifty.com>"],
 subject="ご寄付へのお礼と領収書の送付",
 text="""長谷部 典子 様

このたびは、ひだまりネットへ温かいご寄付をお寄せいただき、心より御礼申し上げます。

ご寄付日：2024年10月28日
金額：30,000円
お支払方法：クレジットカード（VISA ****-****-****-4471）
領収書番号：HD-2024-0881

当会は認定NPO法人のため、寄附金控除の対象となります。領収書PDFを添付いたしました。
いただいたご寄付は、シェルター退所後の生活用品の購入に大切に使わせていただきます。

""" + OHASHI,
 attachments=[dict(filename="ryoshusho_HD-2024-0881.pdf", contentType="application/pdf",
  text="""領収書 No. HD-2024-0881
長谷部 典子 様
金 30,000円 也　（ご寄付として）
2024年10月28日
特定非営利活動法人 ひだまりネット（認定NPO法人）""")]),

dict(key="e_training", expect="pass", kind="benign.meeting",
 why="Volunteer training programme naming lecturers only.",
 frm=F_OHASHI, to=["かながわ市民活動サポートセンター 研修係 <kenshu@kanagawa-shimin.example.jp>"],
 subject="支援者養成講座（第2期）のプログラム",
 text="""研修係 ご担当者様

お世話になっております。大橋です。
会場をお借りする支援者養成講座（第2期）のプログラムが確定しました。

第1回 12/7（土）「DVの構造と被害者心理」講師：臨床心理士 竹内 陽子 氏
第2回 12/14（土）「保護命令と離婚の法律」講師：弁護士 桜井 亜紀 氏
第3回 12/21（土）「同行支援の実際」講師：当会相談支援員 藤井 直子
各回 13:30〜16:30、定員30名

プロジェクターとマイク2本の貸出をお願いいたします。

""" + OHASHI),

dict(key="e_newsletter", expect="pass", kind="benign.bcc_newsletter",
 why="Supporters' newsletter with all addresses in Bcc.",
 frm=F_OHASHI, to=[F_OHASHI],
 bcc=["noriko.hasebe@nifty.com", "k.mizuno@gmail.com", "t-ueda@yahoo.co.jp", "sato.michiko@icloud.com", "h.kobayashi@ocn.ne.jp",
  "info@mirai-kikin.example.or.jp", "csr@aozora-bank.example.jp", "m.fukuda@docomo.ne.jp", "yoko.t@outlook.jp", "shima.e@ezweb.ne.jp",
  "office@komyoji.example.or.jp", "a.kurihara@gmail.com"],
 subject="ひだまり通信 2024年秋号",
 text="""ご支援者の皆さま（BCCにてお送りしています）

いつも温かいご支援をありがとうございます。ひだまり通信 秋号をお届けします。

◆ 11月は「女性に対する暴力をなくす運動」期間です。パープルリボンを配布しています。
◆ SNS相談を始めて5か月、10代・20代からの相談が全体の3割になりました。
◆ 冬物衣類（新品のみ）のご寄付を受け付けています。
◆ 12月の支援者養成講座は残席わずかです。

相談窓口の所在地は安全のため非公開です。物品のご寄付は事務局宛にお送りください。

""" + OHASHI),

dict(key="e_temple", expect="pass", kind="benign.religious_corporation",
 why="Thanks a religious corporation that lends a hall; no individual's belief is involved.",
 frm=F_OHASHI, to=["宗教法人 光明寺 事務所 <office@komyoji.example.or.jp>"],
 subject="本堂ホール使用のお礼と次回のお願い",
 text="""宗教法人 光明寺
ご住職 様
事務所 ご担当者様

先日はチャリティーバザーの会場として本堂横のホールをお貸しいただき、誠にありがとうございました。
おかげさまで来場者は約180名、売上は214,600円となり、全額をシェルターの運営費に充てさせていただきます。

来年3月の春のバザーについても、同じ条件（使用料 20,000円、3月16日 9:00〜16:00）で
お借りできればと存じます。ご検討のほどよろしくお願いいたします。

""" + OHASHI),

dict(key="e_public_figure", expect="pass", kind="benign.public_figure",
 why="Invites a member of the prefectural assembly and a mayor to a public symposium.",
 frm=F_OHASHI, to=["県議会議員 早川 美奈子 事務所 <jimusho@hayakawa-minako.example.jp>"], cc=["○○市 市長室 秘書課 <hisho@marumaru-city.example.lg.jp>"],
 subject="シンポジウム「DVのない地域へ」ご登壇のお願い",
 text="""県議会議員 早川 美奈子 様

ひだまりネット事務局長の大橋でございます。
早川議員が県議会で取り上げてこられた困難女性支援法の施行状況について、
ぜひ市民向けシンポジウムでお話しいただきたく、ご連絡いたしました。

日時：2025年2月8日（土）13:30〜16:00
会場：○○市民会館 小ホール
登壇予定：○○市長 田辺 浩一 氏（ご挨拶）、弁護士 桜井 亜紀 氏

秘書課の皆さまにも同時にご案内しております。ご検討いただけますと幸いです。

""" + OHASHI),

dict(key="e_tracking", expect="pass", kind="benign.tracking_numbers",
 why="Food-bank delivery with Yamato tracking numbers; one happens to pass the My Number check.",
 frm=F_FUJII, to=["フードバンクさがみ 配送担当 <haiso@foodbank-sagami.example.org>"],
 subject="Re: 11月分 食料品の発送について",
 text="""フードバンクさがみ 配送ご担当者様

藤井です。11月分の食料品、本日事務局に届きました。ありがとうございます。
送り状番号の控えをお送りします（2箱とも受領済み）。

・4282 1968 0244
・4282 1968 0255

お米 20kg、缶詰 48缶、レトルト食品 60袋、粉ミルク 6缶を確認しました。
来月は紙おむつ（Mサイズ）を多めにいただけると助かります。

""" + FUJII),

dict(key="e_malware", expect="pass", kind="benign.it_malware",
 why="Malware infection and isolation of an office PC reported to the IT vendor.",
 frm=F_OHASHI, to=["NPOサポートIT 保守窓口 <hoshu@npo-support-it.example.jp>"],
 subject="【至急】事務局PCのウイルス感染について",
 text="""NPOサポートIT 保守窓口 ご担当者様

ひだまりネットの大橋です。
本日 10:20 頃、事務局PC（資産番号 HN-PC-07）でウイルス感染の警告が表示されました。
直ちにLANケーブルを抜いて隔離し、電源は入れたままにしてあります。
共有フォルダへのアクセスにも障害が出ています。

当会は相談記録を扱っているため、他の端末への感染の有無を至急確認していただけますでしょうか。
本日中の訪問が可能かお知らせください。

""" + OHASHI),

dict(key="e_visiting_policy", expect="pass", kind="benign.policy_no_names",
 why="Shelter safety and visiting-restriction policy discussed without any names.",
 frm=F_OHASHI, to=["○○市 女性相談支援センター 担当 <josei-soudan@marumaru-city.example.lg.jp>"],
 subject="シェルターの面会制限・安全ルールの見直し案",
 text="""女性相談支援センター ご担当者様

大橋です。先日の連絡会議でご依頼のあった、安全ルールの見直し案をお送りします。

1. 面会制限：入所中は原則として外部の方との面会を行わない（弁護士・行政職員を除く）
2. 携帯電話：位置情報サービスを入所時にオフにし、職員が設定を確認する
3. SNS：入所中の写真投稿を控えるよう説明する
4. 通学：同伴児の通学は、学校と協議のうえ職員が送迎する
5. 退所後：3か月間は月1回の電話フォローを行う

次回の連絡会議（11月26日）でご意見をいただければ幸いです。

""" + OHASHI),

dict(key="e_fiction", expect="pass", kind="benign.fiction",
 why="A fictional awareness play script with invented characters sent to a theatre company.",
 frm=F_FUJII, to=["劇団あおぞら 制作 <seisaku@gekidan-aozora.example.jp>"],
 subject="啓発劇の台本（第2稿）について",
 text="""劇団あおぞら 制作ご担当者様

藤井です。啓発劇「ドアの向こう」の第2稿を拝読しました。
相談員の立場から、いくつかコメントをお送りします。

・第2場で主人公の「ミサキ」が夫「タカシ」に携帯を取り上げられる場面は、実際によくある経済的・社会的DVの例として効果的です。
・第4場で相談員がいきなり「離婚しなさい」と言う台詞は、実際の支援とは異なるため修正をお願いします。
・終幕で「ミサキ」がシェルターの場所を友人に話す場面は、安全上の注意として台詞を追加してはいかがでしょうか。

登場人物はすべて架空であることを、パンフレットに明記していただけると安心です。

""" + FUJII),
]
