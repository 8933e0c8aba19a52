# Org C: 青雲ゼミナール (cram school for university entrance)
MATSUNAGA = """━━━━━━━━━━━━━━━━━━━━
大学受験予備校 青雲ゼミナール 吉祥寺校
校舎長　松永 隆
〒180-0004 東京都武蔵野市吉祥寺本町1-20-3 青雲ビル3F
TEL 0422-55-6610　matsunaga@seiun-zemi.example.jp
━━━━━━━━━━━━━━━━━━━━"""
MORI = """━━━━━━━━━━━━━━━━━━━━
青雲ゼミナール 吉祥寺校 事務局
森 彩花（もり あやか）
TEL 0422-55-6610（受付 13:00〜21:00）
mori@seiun-zemi.example.jp
━━━━━━━━━━━━━━━━━━━━"""
KIRIYAMA = """━━━━━━━━━━━━━━━━━━━━
青雲ゼミナール 国語科・進路指導担当
桐山 遥
kiriyama@seiun-zemi.example.jp
━━━━━━━━━━━━━━━━━━━━"""
F_MATSUNAGA = "松永 隆 <matsunaga@seiun-zemi.example.jp>"
F_MORI = "青雲ゼミナール 森 <mori@seiun-zemi.example.jp>"
F_KIRIYAMA = "桐山 遥 <kiriyama@seiun-zemi.example.jp>"

MAILS = [
dict(key="c_covid_parent", expect="hold", kind="sensitive.health", loc="body",
 why="Tells a parent that a named classmate tested positive for COVID-19.",
 frm=F_MATSUNAGA, to=["上原 真弓 様 <mayumi.uehara77@yahoo.co.jp>"],
 subject="Re: 昨日の授業について",
 text="""上原 真弓 様

お問い合わせありがとうございます。吉祥寺校の松永です。
ご心配をおかけして申し訳ございません。

ご指摘のとおり、昨日の「東大英語」クラスで同じ列に座っていた 木村 蓮 さんが、
本日、新型コロナウイルス陽性との連絡がありました。
悠真さんに症状が出た場合は、無理に登校せず、オンライン授業（録画配信）をご利用ください。

教室は本日すべて消毒済みです。何かございましたら校舎までお電話ください。

""" + MATSUNAGA,
 personal=[dict(type="name", value="木村 蓮"), dict(type="health", value="新型コロナウイルス陽性")]),

dict(key="c_scores_att", expect="hold", kind="list.scores", loc="attachment",
 why="The attached file lists several named students with their mock-exam scores and sends it to a high school.",
 frm=F_KIRIYAMA, to=["都立武蔵野北高校 進路指導部 岡田先生 <okada@musashinokita-hs.example.jp>"],
 subject="先日の件",
 text="""岡田先生

先日はお時間をいただきありがとうございました。
お話ししていたデータをお送りします。ご活用いただければ幸いです。

""" + KIRIYAMA,
 attachments=[dict(filename="moshi_10gatsu_musashinokita.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text="""[10月共通テスト模試]
受験番号\t氏名\t学年\t英語R\t英語L\t数IA\t数IIB\t国語\t合計\t志望校判定
S24-3012\t青木 陽菜\t3\t88\t76\t72\t65\t154\t455\tB
S24-3018\t井上 颯太\t3\t64\t58\t81\t77\t120\t400\tC
S24-3025\t遠藤 美月\t3\t92\t90\t55\t48\t171\t456\tB
S24-3031\t菊池 大和\t3\t45\t52\t66\t60\t98\t321\tD
S24-3044\t小松 結衣\t3\t79\t83\t90\t88\t162\t502\tA""")],
 personal=[dict(type="name", value="菊池 大和"), dict(type="score", value="S24-3031\t菊池 大和\t3\t45\t52\t66\t60\t98\t321\tD")]),

dict(key="c_refund_bank", expect="hold", kind="id.bank_account", loc="body",
 why="Passes a parent's personal bank account for a tuition refund to the outside accounting agent.",
 frm=F_MORI, to=["ミライ会計サービス 振込担当 <furikomi@mirai-kaikei.example.jp>"],
 subject="授業料返金の振込依頼（吉祥寺校）",
 text="""ミライ会計サービス 振込ご担当者様

いつもお世話になっております。青雲ゼミナール吉祥寺校の森です。
中途退塾に伴う授業料の返金について、振込をお願いいたします。

生徒名：西田 和真（高3）
返金額：148,500円
振込先：みずほ銀行 吉祥寺支店（店番 251）普通 3094418
口座名義：ニシダ マサヒロ（保護者）
振込希望日：11月8日

承認書（校舎長印あり）はPDFで別途お送りします。

""" + MORI,
 personal=[dict(type="bank_account", value="普通 3094418"), dict(type="name", value="ニシダ マサヒロ")]),

dict(key="c_photo_quoted", expect="hold", kind="personal.profile", loc="quoted",
 why="The quoted internal note gives a student's home address, phone and birth date and is forwarded to the photo studio.",
 frm=F_MORI, to=["フォトスタジオ・ルミエ 撮影担当 <satsuei@lumie-photo.example.jp>"],
 subject="Fw: 合格体験記 撮影の件",
 text="""ルミエ ご担当者様

お世話になっております。青雲ゼミナールの森です。
合格体験記の撮影の件、対象の生徒さんの情報を下記のとおり転送いたします。
ご本人と日程を直接ご調整いただけますでしょうか。

""" + MORI + """

-------- Forwarded Message --------
件名: 合格体験記 撮影の件
送信者: 桐山 遥
宛先: 森 彩花

森さん
撮影OKの返事をもらいました。連絡先です。
　氏名：山本 拓海（やまもと たくみ）　2006年6月3日生
　住所：東京都三鷹市下連雀3-28-14 コーポ上連雀201
　携帯：080-9912-4476
　保護者の同意書は受領済み
桐山
""",
 personal=[dict(type="name", value="山本 拓海"), dict(type="address", value="東京都三鷹市下連雀3-28-14 コーポ上連雀201"), dict(type="phone", value="080-9912-4476")]),

dict(key="c_welfare_subject", expect="hold", kind="sensitive.social_status", loc="subject",
 why="The subject line names a student together with her household's welfare status; the body says nothing more.",
 frm=F_MATSUNAGA, to=["公益財団法人あすなろ育英会 審査係 <shinsa@asunaro-ikuei.example.or.jp>"],
 subject="特待生推薦：石原 莉子さん（生活保護受給世帯・母子家庭）審査書類について",
 text="""あすなろ育英会 審査係 御中

いつもお世話になっております。青雲ゼミナール吉祥寺校の松永です。
標記の件、推薦書の原本は本日簡易書留にて発送いたしました。
到着しましたらご一報いただけますと幸いです。

""" + MATSUNAGA,
 personal=[dict(type="name", value="石原 莉子"), dict(type="social_status", value="生活保護受給世帯・母子家庭")]),

dict(key="c_zip", expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Encrypted zip (PPAP) of parent-meeting records sent to an affiliated school.",
 frm=F_KIRIYAMA, to=["青雲ゼミナール提携 光陵学園 教務部 <kyomu@koryo-gakuen.example.jp>"],
 subject="三者面談記録の共有（パスワード別送）",
 text="""光陵学園 教務部 ご担当者様

お世話になっております。青雲ゼミナールの桐山です。
内部進学者向け講座の受講生について、三者面談記録を共有いたします。
ファイルはパスワード付きZIPです。パスワードは別途お送りします。

""" + KIRIYAMA,
 attachments=[dict(filename="sansha_mendan_2024aki.zip", contentType="application/zip", encrypted=True)]),

dict(key="c_recipients", expect="hold", kind="recipients.visible", loc="recipients",
 why="Parent-meeting notice sent with thirteen parents' private addresses visible in To.",
 frm=F_MORI, to=["mayumi.uehara77@yahoo.co.jp", "k-aoki.home@gmail.com", "inoue.family@icloud.com", "m_endo1975@docomo.ne.jp",
   "kikuchi-yasuko@ezweb.ne.jp", "komatsu.h@nifty.com", "nishida-m@ocn.ne.jp", "yamamoto.kaori88@gmail.com",
   "ishihara.m@yahoo.co.jp", "tsubasa.papa@gmail.com", "hoshino-fam@outlook.jp", "r.kondo@softbank.ne.jp", "mama.sakurai@icloud.com"],
 subject="【青雲ゼミナール】直前期保護者会のご案内",
 text="""保護者の皆さま

いつも青雲ゼミナールをご利用いただき、ありがとうございます。
共通テストまで残り2か月となりました。直前期の過ごし方についての保護者会を開催します。

日時：11月16日（土）10:30〜12:00
場所：吉祥寺校 5F 大教室（オンライン参加可）
内容：直前期の学習計画、出願スケジュール、体調管理

出欠は11月12日までに本メールへご返信ください。

""" + MORI),

dict(key="c_adhd_body", expect="hold", kind="sensitive.disability", loc="body",
 why="Sends a named student's ADHD diagnosis to the mock-exam vendor to request accommodations.",
 frm=F_KIRIYAMA, to=["全国模試センター 特別措置係 <tokubetsu@zenkoku-moshi.example.jp>"],
 subject="受験上の配慮申請について（吉祥寺校）",
 text="""全国模試センター 特別措置係 御中

いつもお世話になっております。青雲ゼミナール吉祥寺校の桐山です。
12月の本番レベル模試について、下記生徒の受験上の配慮を申請いたします。

受験番号：S24-3107
氏名：星野 湊（高3）
診断名：注意欠如・多動症（ADHD）、書字障害
医療機関：むさしの発達クリニック（2022年診断）
希望する配慮：試験時間1.3倍延長、別室受験、チェック解答

診断書の写しは郵送いたします。よろしくお願いいたします。

""" + KIRIYAMA,
 personal=[dict(type="name", value="星野 湊"), dict(type="disability", value="注意欠如・多動症（ADHD）、書字障害")]),

dict(key="c_juvenile_body", expect="hold", kind="sensitive.juvenile", loc="body",
 why="Tells a high school that a named student is in juvenile proceedings after an arrest.",
 frm=F_MATSUNAGA, to=["私立桜丘高校 生徒指導部 長谷川先生 <hasegawa@sakuragaoka-hs.example.jp>"],
 subject="当校在籍生徒の件（ご相談）",
 text="""桜丘高校 生徒指導部
長谷川 先生

突然のご連絡失礼いたします。青雲ゼミナール吉祥寺校の松永です。

貴校2年の 近藤 翼 さん（当校にも在籍）について、保護者の方から
「先月、万引きで警察に補導され、家庭裁判所に送致された。審判は12月の予定」と伺いました。
保護者の方は、学校にも相談済みとのことでしたので、当校の授業出席については
貴校と歩調を合わせたいと考えております。

一度お電話でご相談させていただけますでしょうか。

""" + MATSUNAGA,
 personal=[dict(type="name", value="近藤 翼"), dict(type="juvenile", value="家庭裁判所に送致された")]),

dict(key="c_resume_att", expect="hold", kind="personal.resume", loc="attachment",
 why="The attached résumé of a lecturer candidate with address, birth date and phone goes to a staffing agency.",
 frm=F_MATSUNAGA, to=["エデュケーション人材センター 担当 宮田様 <miyata@edu-jinzai.example.jp>"],
 subject="冬期講習の講師の件",
 text="""宮田様

いつもお世話になっております。松永です。
冬期講習の件、ご確認ください。条件面は先日お伝えしたとおりです。

""" + MATSUNAGA,
 attachments=[dict(filename="rirekisho.pdf", contentType="application/pdf",
  text="""履 歴 書　　2024年10月20日現在
氏名　　 杉浦 一輝（すぎうら かずき）
生年月日 1998年9月25日（満26歳）
現住所　 〒181-0013 東京都三鷹市下連雀8-4-22-305
電話　　 090-3348-7701
メール　 kazuki.sugiura98@gmail.com
学歴　　 2017年4月 東都大学 理学部 数学科 入学 / 2021年3月 同 卒業
　　　　 2023年3月 東都大学大学院 数理科学研究科 修士課程 修了
職歴　　 2023年4月 個別指導塾ステップ 専任講師（数学）現在に至る
資格　　 中学校・高等学校教諭一種免許状（数学）""")],
 personal=[dict(type="name", value="杉浦 一輝"), dict(type="address", value="東京都三鷹市下連雀8-4-22-305"), dict(type="phone", value="090-3348-7701")]),

# ---------------- passes ----------------
dict(key="c_results", expect="pass", kind="benign.aggregate_results",
 why="Acceptance results as aggregates by university, no student names.",
 frm=F_MATSUNAGA, to=["株式会社アドプラン 制作部 <seisaku@adplan.example.jp>"],
 subject="2025年度版 合格実績チラシの数値",
 text="""アドプラン 制作部 御中

お世話になっております。松永です。
来年度チラシに掲載する合格実績（吉祥寺校・現役のみ）をお送りします。

東京大学 4名 / 一橋大学 6名 / 東京工業大学 5名
早稲田大学 58名 / 慶應義塾大学 41名 / 上智大学 22名
MARCH 計 214名 / 医学部医学科 9名

在籍者数 318名（2024年3月時点）。人数はすべて延べ人数ではなく実人数です。
個人名・写真の掲載は今回ありません。

""" + MATSUNAGA),

dict(key="c_own_score", expect="pass", kind="benign.to_data_subject",
 why="Sends a student's own mock-exam result to her own parent.",
 frm=F_KIRIYAMA, to=["小松 ひろみ 様 <komatsu.h@nifty.com>"],
 subject="結衣さんの10月模試の結果について",
 text="""小松 ひろみ 様

いつもお世話になっております。国語科の桐山です。
先日の面談でお話しした、結衣さんの10月模試の結果を改めてお送りします。

合計 502点（前回比 +37点）、第一志望の判定は A でした。
特に数学IIBが大きく伸びています。国語の古文で失点がありますので、
冬期講習では「古文読解特講」をおすすめします。

引き続きよろしくお願いいたします。

""" + KIRIYAMA),

dict(key="c_textbook_order", expect="pass", kind="benign.order_numbers",
 why="Textbook order with ISBN/JAN codes and order numbers.",
 frm=F_MORI, to=["東西教育出版 受注センター <juchu@tozai-kyoiku.example.jp>"],
 subject="教材追加発注（注文番号 SZ-24-1107）",
 text="""東西教育出版 受注センター 御中

お世話になっております。青雲ゼミナール吉祥寺校の森です。
下記のとおり追加発注いたします。

注文番号：SZ-24-1107
1. 共通テスト英語 リーディング 予想問題集　ISBN 978-4-901234-56-7　JAN 9784901234567　× 40冊
2. 国公立二次 数学 過去問15年　　　　　　ISBN 978-4-901234-88-8　× 25冊
3. 古文単語 必修600（改訂版）　　　　　 JAN 4580123456789 × 60冊

納品先：吉祥寺校（上記住所） 納品希望日：11月11日

""" + MORI),

dict(key="c_lecturer_fee", expect="pass", kind="benign.own_fee_masked",
 why="Sends a lecturer his own fee statement with a masked account.",
 frm=F_MORI, to=["杉山 先生 <sugiyama.sensei@gmail.com>"],
 subject="10月分 講師料のお知らせ",
 text="""杉山 先生

いつもご指導ありがとうございます。事務局の森です。
10月分の講師料をお知らせします。

担当コマ数：24コマ（90分）
講師料：24 × 9,000円 = 216,000円
源泉徴収税額：22,053円
差引支給額：193,947円
振込予定日：11月15日
振込先：ご登録口座（三井住友銀行 ****支店 普通 ****812）

内容に相違がございましたらお知らせください。

""" + MORI),

dict(key="c_history", expect="pass", kind="benign.historical_figures",
 why="History lesson material naming historical figures, sent to the printer.",
 frm=F_KIRIYAMA, to=["さくら印刷 営業 村上様 <murakami@sakura-print.example.jp>"],
 subject="日本史特講テキスト 入稿について",
 text="""村上様

お世話になっております。桐山です（今回は日本史科の代理で入稿します）。
冬期講習「近代史特講」テキストのデータを本日入稿しました。

・坂本龍馬と薩長同盟（p.4-11）
・伊藤博文と大日本帝国憲法（p.12-20）
・大隈重信・板垣退助と自由民権運動（p.21-30）
・与謝野晶子「君死にたまふことなかれ」資料（p.31）

表紙は前回同様2色刷、部数は320部でお願いします。

""" + KIRIYAMA),

dict(key="c_public_figure", expect="pass", kind="benign.public_figure",
 why="Invites a city council member (public figure) to a voter-education class.",
 frm=F_MATSUNAGA, to=["武蔵野市議会議員 岩田 正和 事務所 <office@iwata-masakazu.example.jp>"],
 subject="主権者教育講座へのご登壇のお願い",
 text="""武蔵野市議会議員
岩田 正和 様

突然のご連絡失礼いたします。大学受験予備校 青雲ゼミナール吉祥寺校の松永と申します。

当校では18歳選挙権を迎える高校3年生向けに、主権者教育講座を開講しております。
先の市議会選挙で若者の投票率向上を訴えておられた岩田議員に、
「地方議会の仕事と若者の一票」をテーマにお話しいただけないかと考えております。

日時：2025年1月25日（土）15:00〜16:00（ご都合に合わせます）
対象：高校3年生 約60名
謝礼：30,000円

なお、講座は特定の政党・候補者を支持するものではありません。

""" + MATSUNAGA),

dict(key="c_tracking", expect="pass", kind="benign.tracking_numbers",
 why="Yamato tracking numbers for teaching materials; one happens to pass the My Number check.",
 frm=F_MORI, to=["青雲ゼミナール 立川校 事務局 <tachikawa@seiun-zemi.example.jp>", "東西教育出版 物流課 <butsuryu@tozai-kyoiku.example.jp>"],
 subject="教材転送の送り状番号",
 text="""立川校 ご担当者様
（cc: 東西教育出版 物流課様）

吉祥寺校の森です。本日、過不足分の教材を立川校へ転送しました。
ヤマト運輸の送り状番号は以下のとおりです。

・4120 9054 1605（英語テキスト 2箱）
・3917 2280 4416（数学テキスト 1箱）

明日午前着の予定です。到着後、数量のご確認をお願いします。

""" + MORI),

dict(key="c_fiction", expect="pass", kind="benign.fiction",
 why="Copyright clearance for a novel excerpt; illness and character names are fictional.",
 frm=F_KIRIYAMA, to=["株式会社文潮社 著作権管理部 <copyright@bunchosha.example.jp>"],
 subject="模試問題への作品使用許諾のお願い",
 text="""文潮社 著作権管理部 御中

青雲ゼミナール 国語科の桐山と申します。
12月実施の校内模試（現代文）にて、下記作品の一部を使用させていただきたく、許諾をお願いいたします。

作品：『夕凪の坂道』（著者：水原 千景）第三章 p.88-94
内容：主人公の少年・航が、認知症の進んだ祖母・ハルと海辺の町を歩く場面
使用形態：問題冊子 約350部（校内のみ、販売なし）、出典明記

使用料の規定がございましたらご教示ください。

""" + KIRIYAMA),

dict(key="c_plainzip", expect="pass", kind="benign.plain_zip",
 why="Unencrypted zip of poster data for the printer.",
 frm=F_MORI, to=["さくら印刷 営業 村上様 <murakami@sakura-print.example.jp>"],
 subject="冬期講習ポスター 入稿データ",
 text="""村上様

お世話になっております。森です。
冬期講習ポスター（B2・A4チラシ）の入稿データをZIPでお送りします（パスワードなし）。
フォントはアウトライン化済みです。

""" + MORI,
 attachments=[dict(filename="toki_poster_2024.zip", contentType="application/zip",
  text="""poster_B2_outline.ai
flyer_A4_front.pdf
flyer_A4_back.pdf
images/kichijoji_classroom.jpg""")]),

dict(key="c_dev_minutes", expect="pass", kind="benign.test_card_dev",
 why="Development minutes for online payment that use a public Luhn-valid test card number.",
 frm=F_MORI, to=["ネクストウェーブ開発 PM 坂口様 <sakaguchi@nextwave-dev.example.jp>"], cc=["ネクストウェーブ開発 QA <qa@nextwave-dev.example.jp>", F_MATSUNAGA],
 subject="議事録：オンライン申込システム 決済テスト（第3回）",
 text="""坂口様

本日の打合せの議事録を送付します。修正があればご指摘ください。

■ 日時：11月1日 16:00-17:00（オンライン）
■ 出席：ネクストウェーブ開発 坂口様・QA 平田様／青雲 松永・森
■ 決定事項
1. ステージング環境での決済テストは、テスト用カード 4242 4242 4242 4242（有効期限 12/34、CVC 123）で実施
2. 3Dセキュア認証の失敗ケースは、決済代行会社の指定テスト番号を使用
3. 本番カード情報はシステムに保存しない（トークン化のみ）
■ 宿題
- 申込完了メールの文面修正（青雲 森、11/8まで）
- 返金フローの画面遷移図（ネクストウェーブ、11/12まで）

""" + MORI),
]
