# Org C: あさひ野介護福祉専門学校 (vocational college for care workers)
ORG = "学校法人あさひ野学園 あさひ野介護福祉専門学校 (介護福祉士養成校)"
SAEKI = "佐伯 美和 <saeki.m@asahino-kaigo.example.jp>"
FUJI = "藤川 拓也 <fujikawa.t@asahino-kaigo.example.jp>"
ISHI = "石原 恵 <ishihara.m@asahino-kaigo.example.jp>"
WRITERS = {SAEKI: "教務課 佐伯 美和", FUJI: "実習指導室 藤川 拓也", ISHI: "学生支援室（留学生担当） 石原 恵"}

SIG_S = """
-----------------------------------------
学校法人あさひ野学園
あさひ野介護福祉専門学校 教務課
佐伯 美和
〒963-8002 福島県郡東市駅前2-4-10
TEL 024-000-3101  FAX 024-000-3109
-----------------------------------------"""
SIG_F = """
--
あさひ野介護福祉専門学校 実習指導室
藤川 拓也（介護福祉士・実習指導者）
TEL 024-000-3120（実習指導室直通）
fujikawa.t@asahino-kaigo.example.jp"""
SIG_I = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
あさひ野介護福祉専門学校 学生支援室
石原 恵（Megumi Ishihara）留学生担当
TEL 024-000-3130
ishihara.m@asahino-kaigo.example.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="sensitive.health", where="body",
 why="Tells a placement facility that a named student is being treated for depression.",
 frm=FUJI, to=["特別養護老人ホーム さくらの里 実習指導者 渡辺様 <watanabe@sakuranosato.example.jp>"],
 subject="介護実習II 実習生受入れに関するご相談",
 text="""さくらの里 渡辺様

いつも実習生の受入れでお世話になっております。あさひ野介護福祉専門学校の藤川です。
来週から伺う2年生のうち1名について、事前にご相談させてください。

実習生：今井 遥（2年）
本人と保護者の了承のもとお伝えしますが、今年の春からうつ病で心療内科に通院しており、服薬中です。
朝の体調に波があるため、初週は早番を避けていただけると助かります。
主治医からは「実習は可能、ただし過度な叱責は避けること」との意見をいただいています。

何かあれば私の携帯までご連絡ください。
""" + SIG_F,
 personal=[{"type":"name","value":"今井 遥"},{"type":"diagnosis","value":"うつ病で心療内科に通院しており、服薬中"}]),

dict(expect="hold", kind="id.residence_card", where="body",
 why="Sends an international student's residence card and passport numbers to an outside immigration agent.",
 frm=ISHI, to=["行政書士 松本 亜希子 <matsumoto@matsumoto-gyosei.example.jp>"],
 subject="在留期間更新の申請書類について（2年 グエン・ティ・ラン）",
 text="""松本先生

いつもお世話になっております。学生支援室の石原です。
在留期間更新の申請取次をお願いしたく、必要事項をお送りします。

氏名：NGUYEN THI LAN（グエン・ティ・ラン）
国籍：ベトナム
在留カード番号：UH48217653EA
旅券番号：C7730152
現在の在留期限：2025年1月18日
出席率：97.2%（4〜10月）

在学証明書と成績証明書は明日郵送いたします。
""" + SIG_I,
 personal=[{"type":"residence_card","value":"UH48217653EA"},{"type":"passport","value":"C7730152"},{"type":"name","value":"NGUYEN THI LAN"}]),

dict(expect="hold", kind="sensitive.health_roster", where="attachment",
 why="The attached CSV lists students' names, birth dates, phones and measles/rubella antibody results for a facility.",
 frm=FUJI, to=["介護老人保健施設 あぶくま苑 事務長 <jimu@abukumaen.example.jp>"],
 subject="介護実習I 実習生情報の送付",
 text="""あぶくま苑 事務長様

お世話になっております。藤川です。
12月の介護実習Iの実習生情報をお送りします。
ご確認のほど、よろしくお願いいたします。
""" + SIG_F,
 attachments=[{"filename":"jisshu_abukuma_202412.csv","contentType":"text/csv","text":
"""学籍番号,氏名,生年月日,携帯電話,麻疹抗体,風疹抗体,備考
A23014,菅野 大輝,2004/05/12,090-3342-1180,陽性,陽性,
A23027,阿部 真央,2005/01/30,080-9921-4406,陰性(接種予定),陽性,
A23031,遠藤 菜々子,2004/09/08,070-4418-2275,陽性,陽性,喘息あり
A23040,丹野 海斗,2004/12/21,090-6607-3358,陽性,陰性(接種済),"""}],
 personal=[{"type":"name","value":"菅野 大輝"},{"type":"birth_date","value":"2004/05/12"},{"type":"health","value":"陰性(接種予定)"},{"type":"health","value":"喘息あり"}]),

dict(expect="hold", kind="sensitive.infection", where="subject",
 why="The subject line names a student and states she tested positive for COVID-19.",
 frm=FUJI, to=["グループホーム ひだまり 管理者 大内様 <oouchi@gh-hidamari.example.jp>"],
 subject="介護実習 欠席連絡：2年 吉村 彩花さん 新型コロナ陽性",
 text="""大内様

お世話になっております。藤川です。
標記の件、ご連絡いたします。
実習再開日は改めてお知らせいたします。ご迷惑をおかけし申し訳ございません。
""" + SIG_F,
 personal=[{"type":"name","value":"吉村 彩花さん"},{"type":"infection","value":"新型コロナ陽性"}]),

dict(expect="hold", kind="sensitive.health", where="quoted",
 why="The forwarded facility report names a resident with dementia and a fracture; it goes to an insurer.",
 frm=SAEKI, to=["東邦損害保険 郡東支店 賠償事故担当 <baisho-koriyama@toho-sonpo.example.jp>"],
 subject="Fw: 実習中の事故報告（学生賠償責任保険）",
 text="""東邦損害保険 賠償事故ご担当者様

あさひ野介護福祉専門学校 教務課の佐伯です。
学生賠償責任保険（証券番号 GB-2024-331870）について事故のご報告です。
詳細は下記転送のとおりです。必要書類をお知らせください。
""" + SIG_S + """

----- Original Message -----
From: さくらの里 渡辺 <watanabe@sakuranosato.example.jp>
Sent: Monday, November 11, 2024 17:48
Subject: 実習中の事故について

藤川先生
本日14時ごろ、実習生の介助で移乗中に、利用者の 佐久間 フミ様（92歳、要介護4、レビー小体型認知症）がベッドから滑り落ち、右大腿骨頸部骨折と診断されました。
現在、郡東総合病院に入院中です。ご家族（長女様）には施設長から説明済みです。
""",
 personal=[{"type":"name","value":"佐久間 フミ様"},{"type":"diagnosis","value":"レビー小体型認知症"},{"type":"diagnosis","value":"右大腿骨頸部骨折"}]),

dict(expect="hold", kind="attachment.encrypted_zip", where="encrypted_zip",
 why="Graduate's transcript sent to an employer as a password-protected zip.",
 frm=SAEKI, to=["社会福祉法人 緑風会 人事課 <jinji@ryokufuukai.example.jp>"],
 subject="成績証明書・卒業見込証明書の送付",
 text="""社会福祉法人 緑風会 人事課 ご担当者様

お世話になっております。あさひ野介護福祉専門学校 教務課の佐伯です。
ご依頼いただいた証明書類をお送りいたします。
パスワードは別途ご連絡いたします。原本は本日郵送しました。
""" + SIG_S,
 attachments=[{"filename":"shoumeisho_20241112.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="recipients.visible_organisations", where="recipients",
 why="A job-fair notice with twelve outside facility addresses from different organisations visible in To.",
 frm=SAEKI, to=["jinji@ryokufuukai.example.jp","watanabe@sakuranosato.example.jp","jimu@abukumaen.example.jp","oouchi@gh-hidamari.example.jp","saiyo@kibou-fukushi.example.jp","honbu@care-mirai.example.jp","soumu@yasuragi-en.example.jp","recruit@asahi-medical.example.jp","jimu@koriyama-shakyo.example.jp","hr@smile-care.example.co.jp","kanri@momiji-hospital.example.jp","info@nozomi-dayservice.example.jp"],
 subject="令和7年度 学内就職説明会 ご出展のご案内",
 text="""介護施設・事業所 採用ご担当者様

平素より本校の教育活動にご理解とご協力を賜り、厚く御礼申し上げます。
令和7年度の学内就職説明会を下記のとおり開催いたします。

日時：令和7年2月6日（木）13:00〜16:30
会場：本校 1階 多目的ホール
対象：1年生 38名、2年生 41名
出展料：無料（ブース1コマ、机・椅子2脚）

ご出展いただける場合は、1月17日（金）までに本メールへご返信ください。
""" + SIG_S),

dict(expect="hold", kind="sensitive.social_status", where="body",
 why="Tells a scholarship foundation that a named student's household receives public assistance and details family hardship.",
 frm=ISHI, to=["公益財団法人 ふくしま未来育英会 事務局 <jimukyoku@fukushima-ikuei.example.jp>"],
 subject="給付奨学金 推薦書の補足",
 text="""ふくしま未来育英会 事務局 ご担当者様

あさひ野介護福祉専門学校 学生支援室の石原です。
推薦いたしました学生について、家庭状況を補足いたします。

推薦学生：1年 星 拓真
・世帯は母と弟の3人で、現在、生活保護を受給しています。
・母親は精神疾患で就労が難しく、本人が夜間のアルバイトで弟の学用品を賄っています。
・入学金は本校の分納制度を利用中です。

面接の際はご配慮いただけますと幸いです。
""" + SIG_I,
 personal=[{"type":"name","value":"星 拓真"},{"type":"social_status","value":"生活保護を受給しています"},{"type":"health","value":"母親は精神疾患"}]),

dict(expect="hold", kind="list.scores", where="body",
 why="Lists several named students with their exam scores and attendance for an outside facility.",
 frm=FUJI, to=["介護老人保健施設 あぶくま苑 実習指導者 紺野様 <konno@abukumaen.example.jp>"],
 subject="Re: 実習前の学内評価について",
 text="""紺野様

藤川です。ご要望のあった学内評価をお送りします。
実習時の指導の参考にしてください。

氏名　　　　　生活支援技術（筆記）　実技　出席率
菅野 大輝　　　72　　　　　　　　　　B　　96%
阿部 真央　　　48（再試）　　　　　　C　　88%
遠藤 菜々子　　85　　　　　　　　　　A　　100%
丹野 海斗　　　61　　　　　　　　　　B　　91%

阿部さんは再試験の結果次第で実習期間を延ばす可能性があります。
""" + SIG_F + """

> 藤川先生
> 実習生の学内での成績も分かると指導しやすいのですが、いただけますか。
> あぶくま苑 紺野
""",
 personal=[{"type":"name","value":"阿部 真央"},{"type":"score","value":"48（再試）"},{"type":"name","value":"遠藤 菜々子"}]),

dict(expect="hold", kind="personal.resume", where="attachment",
 why="The attached résumé of a graduate (address, phone, birth date, history) goes to a recruitment agency.",
 frm=ISHI, to=["株式会社ケアキャリア福島 コンサルタント 斉藤様 <saito@carecareer-fk.example.jp>"],
 subject="ご紹介の件",
 text="""斉藤様

お世話になっております。石原です。
先日お話しした件、添付をご確認ください。
ご都合のよい面談日をいくつかいただけますと幸いです。
""" + SIG_I,
 attachments=[{"filename":"rirekisho.pdf","contentType":"application/pdf","text":
"""履歴書
氏名　小野 真理子（おの まりこ）
生年月日　1979年6月3日（45歳）
現住所　福島県郡東市安積町日出山2-118 サンハイツ日出山103
電話　090-2275-8841
E-mail　mariko.ono79@gmail.example.com
学歴・職歴
2000年3月　郡東女子短期大学 卒業
2000年4月　株式会社東北ライフ 入社（一般事務）
2019年6月　一身上の都合により退職
2023年4月　あさひ野介護福祉専門学校 入学（介護福祉学科）
2025年3月　同校 卒業見込み
資格　介護職員初任者研修、普通自動車第一種運転免許
本人希望　夜勤可。子の送迎のため土曜は17時まで。"""}],
 personal=[{"type":"name","value":"小野 真理子"},{"type":"address","value":"福島県郡東市安積町日出山2-118 サンハイツ日出山103"},{"type":"phone","value":"090-2275-8841"},{"type":"birth_date","value":"1979年6月3日"}]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.bcc_mass_mail", where="",
 why="An open-campus announcement to past inquirers, all in Bcc.",
 frm=SAEKI, to=["あさひ野介護福祉専門学校 入試広報 <nyushi@asahino-kaigo.example.jp>"], bcc=["aya.k2007@gmail.example.com","hinata_s@yahoo.example.co.jp","riku.ootake@icloud.example.com","m.tanno.fam@ocn.example.ne.jp","shingaku@koriyama-kita-hs.example.ed.jp","yui-0312@gmail.example.com","kenta.h@docomo.example.ne.jp","shinro@azumi-hs.example.ed.jp","nanami.w@gmail.example.com","s-kikuchi@biglobe.example.ne.jp","tomoya.abe@outlook.example.jp","hikari.mori@gmail.example.com"],
 subject="【あさひ野介護福祉専門学校】12月のオープンキャンパスのご案内",
 text="""資料請求をいただいた皆さまへ

あさひ野介護福祉専門学校です。12月のオープンキャンパスのお知らせです。

日時：12月14日（土）10:00〜12:30
内容：
　・介護ロボット「ミライ」「まもるくん」の体験
　・在校生による授業紹介（「障害の理解」「認知症の理解」ってどんな授業？）
　・奨学金・教育訓練給付金の説明会
　・保護者向け個別相談

お申込みは本校ホームページのフォームから。交通費補助（上限3,000円）があります。
""" + SIG_S),

dict(expect="pass", kind="benign.curriculum_disability_terms", where="",
 why="A syllabus request to a part-time lecturer using course titles about disability and dementia; no individuals.",
 frm=SAEKI, to=["非常勤講師 熊田 啓介先生 <k.kumada@tohoku-welfare-u.example.ac.jp>"],
 subject="令和7年度 「障害の理解II」 シラバス作成のお願い",
 text="""熊田先生

いつもお世話になっております。教務課の佐伯です。
令和7年度の「障害の理解II」（2年前期・30時間）のシラバス作成をお願いいたします。

・到達目標：知的障害、精神障害、発達障害、難病のある人の生活と支援を理解する
・関連科目：「認知症の理解」（長尾先生）、「こころとからだのしくみ」（本校専任）
・評価方法：筆記試験60%、レポート30%、授業参加10%（目安）

提出は2月末までにWord形式でお願いいたします。書式を添付します。
""" + SIG_S,
 attachments=[{"filename":"syllabus_template_R7.docx","contentType":"application/vnd.openxmlformats-officedocument.wordprocessingml.document","text":"科目名：\n担当教員：\n授業の概要：\n到達目標：\n授業計画（第1回〜第15回）：\n評価方法：\n教科書・参考書："}]),

dict(expect="pass", kind="benign.infection_aggregate_no_names", where="",
 why="Postpones placements because of an outbreak at a facility, using only counts and no names.",
 frm=FUJI, to=["特別養護老人ホーム さくらの里 実習指導者 渡辺様 <watanabe@sakuranosato.example.jp>"],
 subject="Re: 施設内感染に伴う実習受入れ停止について",
 text="""渡辺様

ご連絡ありがとうございます。藤川です。
施設内でインフルエンザの集団感染が発生し、面会制限中とのこと、承知いたしました。
利用者の皆さまと職員の皆さまのご回復をお祈りしております。

本校の対応は以下のとおりです。
・11/18〜11/29の実習（学生3名）は延期
・再開は、貴施設の面会制限解除から1週間後を目安に調整
・学生には毎朝の検温と体調チェック表の提出を継続させます

実習時間数の確保は学内で調整いたしますので、ご心配なさらないでください。
""" + SIG_F + """

> 藤川先生
> 昨日から2階フロアで利用者11名、職員4名がインフルエンザA型陽性となりました。
> 当面、面会制限と実習生受入れの停止とさせてください。
> さくらの里 渡辺
"""),

dict(expect="pass", kind="benign.data_subject_self_masked_account", where="",
 why="Sends a part-time lecturer his own fee statement with a masked account number.",
 frm=SAEKI, to=["長尾 和彦先生 <nagao.kazuhiko@gmail.example.com>"],
 subject="11月分 講師謝金のお支払いについて",
 text="""長尾先生

いつも「認知症の理解」のご担当ありがとうございます。教務課の佐伯です。
11月分の講師謝金について、以下のとおりお振込みいたします。

　授業回数：4回（11/5、11/12、11/19、11/26）
　謝金：48,000円（源泉徴収後 43,099円）
　振込日：12月10日
　振込先：東邦銀行 ○○支店 普通 ****782（先生ご登録の口座）

振込先にご変更がある場合は、12月3日までにお知らせください。
""" + SIG_S),

dict(expect="pass", kind="benign.data_subject_self", where="",
 why="Sends an admitted applicant her own enrolment procedure details.",
 frm=SAEKI, to=["齋藤 ひなた様 <hinata_s@yahoo.example.co.jp>"],
 subject="【合格通知】入学手続きのご案内（受験番号 R7-1042）",
 text="""齋藤 ひなた様

このたびは本校の推薦入試にお申込みいただき、ありがとうございました。
合格となりましたので、お知らせいたします。おめでとうございます。

受験番号：R7-1042
入学手続期限：令和6年12月20日（金）
入学金：100,000円（振込先は同封の払込票をご確認ください）
入学前オリエンテーション：令和7年3月15日（土）10:00〜

ご登録の住所（郡東市富田町字上ノ台8-3）に書類一式を郵送しております。
届かない場合はご連絡ください。
""" + SIG_S),

dict(expect="pass", kind="benign.katakana_product_names", where="",
 why="Orders care robots and lifts whose katakana product names look like given names.",
 frm=FUJI, to=["株式会社ケアテック東北 営業部 <sales@caretech-tohoku.example.jp>"],
 subject="実習室 機器購入のお見積り依頼",
 text="""ケアテック東北 営業部 ご担当者様

お世話になっております。あさひ野介護福祉専門学校 実習指導室の藤川です。
来年度の実習室更新にあたり、下記のお見積りをお願いします。

・移乗支援ロボット「ハナコ2」 1台
・見守りセンサー「まもるくん」 4台
・電動ケアベッド「サクラ」（3モーター） 2台
・介護用浴槽「ゆめ」デモ機レンタル（1か月）

「ハナコ2」は昨年デモでお借りした「タロウ」の後継機と伺いました。違いもご説明いただけると助かります。
""" + SIG_F),

dict(expect="pass", kind="benign.vaccination_schedule", where="",
 why="Arranges a flu vaccination day for students using only headcounts.",
 frm=ISHI, to=["医療法人 郡東内科クリニック 事務 <jimu@koriyama-naika.example.jp>"],
 subject="学生インフルエンザ予防接種（集団接種）日程のご相談",
 text="""郡東内科クリニック 事務ご担当者様

あさひ野介護福祉専門学校 学生支援室の石原です。
例年お願いしている学生の集団接種について、日程のご相談です。

・希望日：12月4日（水）または12月6日（金）13:00〜
・人数：1年 34名、2年 39名、教職員 9名（計82名）
・会場：本校 保健室および隣接教室
・費用：学校負担（請求書は学校宛にお願いします）

予診票は人数分を事前にお送りいただけますでしょうか。
""" + SIG_I),

dict(expect="pass", kind="benign.minimal_verification_consent", where="",
 why="A minimal enrolment verification (dates only) sent with the graduate's written consent.",
 frm=SAEKI, to=["社会福祉法人 希望福祉会 人事係 <saiyo@kibou-fukushi.example.jp>"],
 subject="Re: 在籍確認のお願い",
 text="""希望福祉会 人事係 ご担当者様

あさひ野介護福祉専門学校 教務課の佐伯です。
ご本人の同意書（11月8日付）を確認しましたので、お問い合わせの在籍事実についてお答えします。

　氏名：丹羽 翔
　在籍期間：2021年4月1日〜2023年3月31日
　学科：介護福祉学科（2年制）
　卒業：2023年3月 卒業

成績等その他の事項についてはお答えしておりませんのでご了承ください。
""" + SIG_S),

dict(expect="pass", kind="benign.plain_zip", where="",
 why="Sends lecture slides in an ordinary unencrypted zip.",
 frm=SAEKI, to=["非常勤講師 熊田 啓介先生 <k.kumada@tohoku-welfare-u.example.ac.jp>"],
 subject="昨年度の授業スライド一式（参考）",
 text="""熊田先生

佐伯です。シラバス作成のご参考に、昨年度担当の先生が使われたスライドをまとめてお送りします。
通常のzipですので、そのまま展開できます。
""" + SIG_S,
 attachments=[{"filename":"shougai_rikai_slides_R6.zip","contentType":"application/zip","text":"shougai_01_gairon.pptx\nshougai_02_chiteki.pptx\nshougai_03_seishin.pptx\nshougai_04_hattatsu.pptx\nshougai_05_nanbyo.pptx"}]),

dict(expect="pass", kind="benign.minutes_partner_staff", where="",
 why="Minutes of a placement supervisors' meeting naming partner staff, with signatures only.",
 frm=FUJI, to=["watanabe@sakuranosato.example.jp","konno@abukumaen.example.jp","oouchi@gh-hidamari.example.jp"], cc=["佐伯 美和 <saeki.m@asahino-kaigo.example.jp>"],
 subject="【議事録】令和6年度 第2回 実習指導者会議",
 text="""実習指導者の皆さま

先日はお忙しい中ありがとうございました。議事録をお送りします。

日時：11月7日（木）14:00〜16:00
出席：さくらの里 渡辺様、あぶくま苑 紺野様、グループホームひだまり 大内様
　　　本校 佐伯、藤川

1. 実習記録の様式変更（R7年度から電子化）→ 了承
2. 実習中の事故報告フロー → 本校が保険会社へ一括連絡、施設は様式3で報告
3. 指導者講習会の案内（1/25、県社協）→ 紺野様、大内様が参加予定
4. 次回：2月13日（木）14:00 本校会議室

ご意見があれば11/20までにお寄せください。
""" + SIG_F),
]
