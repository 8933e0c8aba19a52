# Org 3: 株式会社翔英エデュケーション「個別指導 翔英塾」 (cram school)
HA = "長谷川 亮 <r.hasegawa@shoei-juku.example.jp>"
ON = "小野寺 美咲 <m.onodera@shoei-juku.example.jp>"

SIG_HA = """━━━━━━━━━━━━━━━━━━━━
個別指導 翔英塾 武蔵小杉校
教室長　長谷川 亮
〒211-0063 神奈川県川崎市中原区小杉町3-264-3 小杉ビル2F
TEL 044-711-3580（受付 14:00〜22:00）
r.hasegawa@shoei-juku.example.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_ON = """――――
株式会社翔英エデュケーション 事務局
小野寺 美咲
TEL 044-711-3500 / FAX 044-711-3501
m.onodera@shoei-juku.example.jp
――――"""

MAILS = [
# ---------------- HOLDS ----------------
dict(expect="hold", kind="list.roster", loc="body",
 why="Several students' names, schools, phone numbers and test scores are sent to a partner school for camp grouping.",
 frm=HA, to=["進学ゼミナール向陽 日吉校 藤井 様 <fujii@koyo-zemi.example.jp>"],
 subject="冬期合同合宿 クラス分け用データ（武蔵小杉校分）",
 text="""藤井先生

お世話になっております。翔英塾 武蔵小杉校の長谷川です。
合同合宿のクラス分け用に、当校参加者の情報をお送りします。

氏名　　　　　学校・学年　　　　　保護者連絡先　　　9月模試（5教科偏差値）
青木 陽菜　　中原中学校 3年　　　090-3315-8820　　58.4
石田 悠真　　住吉中学校 3年　　　080-6627-1043　　62.1
岡本 結衣　　西中原中学校 3年　　090-4471-9956　　49.7
川村 蒼　　　中原中学校 3年　　　070-2283-6619　　55.0
佐藤 心春　　玉川中学校 3年　　　090-8190-2274　　66.8

アレルギー等の個別事項は、当日の引率時に口頭でお伝えします。

""" + SIG_HA,
 personal=[("name","青木 陽菜"),("phone","090-3315-8820"),("name","石田 悠真"),("phone","080-6627-1043"),("score","62.1")]),

dict(expect="hold", kind="sensitive.disability", loc="body",
 why="A named pupil's developmental disability and support needs are passed to an outside tutor-dispatch company.",
 frm=HA, to=["家庭教師のウィズ 派遣担当 桐山様 <kiriyama@tutor-with.example.jp>"],
 subject="訪問指導の引き継ぎについて",
 text="""桐山様

いつもお世話になっております。翔英塾の長谷川です。
11月から訪問指導に切り替える生徒について、引き継ぎ事項をお送りします。

・生徒：三上 湊人くん（小学6年）
・保護者：三上 恵 様
・特記事項：自閉スペクトラム症（ASD）の診断があり、療育手帳（B2）をお持ちです。
　予定の急な変更が苦手なため、授業開始前に必ずその日の流れを紙に書いて見せてください。
　大きな音に敏感なので、指導中はテレビ等を消してもらうようご家庭にお願いしています。
・教科：算数（割合・速さ）、国語（読解）

担当の先生が決まりましたら、顔合わせの日程を調整させてください。

""" + SIG_HA,
 personal=[("name","三上 湊人"),("disability","自閉スペクトラム症（ASD）の診断があり、療育手帳（B2）")]),

dict(expect="hold", kind="id.bank_account", loc="body",
 why="Freelance tutors' private bank accounts are listed in a mail to the outside tax accountant.",
 frm=ON, to=["川口税理士事務所 川口 様 <kawaguchi@kawaguchi-tax.example.jp>"],
 subject="9月分 業務委託講師への支払いについて",
 text="""川口先生

お世話になっております。翔英エデュケーション事務局の小野寺です。
9月分の業務委託講師への報酬支払について、源泉徴収額のご確認をお願いいたします。

1. 大学生講師 宮下 颯太　報酬 84,000円
　振込先：ゆうちょ銀行 〇一八店 普通 2281446 ミヤシタ ソウタ
2. 社会人講師 山際 玲子　報酬 126,500円
　振込先：さくら共栄銀行 武蔵小杉支店 普通 3390218 ヤマギワ レイコ

支払日は10月10日です。よろしくお願いいたします。

""" + SIG_ON,
 personal=[("bank_account","ゆうちょ銀行 〇一八店 普通 2281446 ミヤシタ ソウタ"),("bank_account","さくら共栄銀行 武蔵小杉支店 普通 3390218 ヤマギワ レイコ")]),

dict(expect="hold", kind="sensitive.social_status", loc="body",
 why="A named scholarship candidate's family receiving public assistance is disclosed to an outside foundation.",
 frm=HA, to=["公益財団法人 みらい育英会 奨学事業課 <shogaku@mirai-ikuei.example.or.jp>"],
 subject="給付型奨学金 推薦書の補足",
 text="""公益財団法人みらい育英会
奨学事業課 ご担当者様

お世話になっております。翔英塾 武蔵小杉校の長谷川です。
先日提出いたしました推薦書について、補足をお送りします。

推薦生徒の 森田 大輝 くん（県立新城高校2年）のご家庭は、お父様が病気で就労できず、
昨年から生活保護を受給されています。お母様もパート勤務で、塾の授業料は当塾の特待制度で全額免除としております。
本人は経済的な理由で大学進学をあきらめかけていましたが、数学の成績は学年で上位5%に入っています。

なにとぞご高配を賜りますようお願い申し上げます。

""" + SIG_HA,
 personal=[("name","森田 大輝"),("social_status","昨年から生活保護を受給されています")]),

dict(expect="hold", kind="id.mynumber", loc="attachment",
 why="The attached workbook lists tutors with their My Numbers and addresses for the annual statements; the body gives no hint.",
 frm=ON, to=["川口税理士事務所 川口 様 <kawaguchi@kawaguchi-tax.example.jp>"],
 subject="支払調書作成用データ",
 text="""川口先生

いつもお世話になっております。小野寺です。
例年通り、支払調書の作成用データを添付いたします。
ご確認のほどよろしくお願いいたします。

""" + SIG_ON,
 attachments=[dict(filename="shiharai_chosho_2024.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text="""[講師一覧]
氏名\t住所\t個人番号\t年間支払額
宮下 颯太\t神奈川県川崎市中原区木月2-6-14-101\t604281573902\t912,000
山際 玲子\t東京都大田区田園調布本町41-8\t348152079644\t1,384,500
野村 和真\t神奈川県横浜市港北区綱島西1-19-3\t195603728411\t560,000
""")],
 personal=[("mynumber","604281573902"),("mynumber","348152079644"),("mynumber","195603728411"),("address","東京都大田区田園調布本町41-8")]),

dict(expect="hold", kind="sensitive.victim", loc="attachment",
 why="The attached interview record names a pupil as a bullying victim and describes her school refusal; the body gives no hint.",
 frm=HA, to=["川崎市立中原中学校 スクールカウンセラー 松本 先生 <sc-matsumoto@nakahara-jh.example.ed.jp>"],
 subject="面談記録の共有",
 text="""松本先生

お世話になっております。翔英塾の長谷川です。
先日お電話でお話しした件、当塾での面談記録を添付いたします。
ご確認いただけますと幸いです。

""" + SIG_HA,
 attachments=[dict(filename="mendan_kiroku_1003.pdf", contentType="application/pdf",
  text="""面談記録（2024年10月3日）
生徒：青木 陽菜（中原中学校 3年2組）
同席：母 青木 奈緒子
内容：
・9月中旬から同じクラスの女子生徒3名に、SNSのグループから外され、悪口を書き込まれている。
・上履きを隠されたことが2回あった。
・9月25日以降、学校を欠席している（塾には週2回通塾）。
・本人は「学校には言わないでほしい」と話していたが、母親が学校との情報共有を希望。
対応：母親の同意のもと、スクールカウンセラーに記録を共有する。
記録者：長谷川 亮
""")],
 personal=[("name","青木 陽菜"),("victim","SNSのグループから外され、悪口を書き込まれている")]),

dict(expect="hold", kind="personal.inquiry", loc="quoted",
 why="The forward to an e-learning vendor quotes a parent's inquiry with full name, address, phone and the child's details.",
 frm=ON, to=["スタディクラウド株式会社 カスタマーサクセス <cs@studycloud.example.jp>"],
 subject="Fw: 映像授業のログインについて",
 text="""スタディクラウド ご担当者様

いつもお世話になっております。翔英エデュケーションの小野寺です。
保護者様から下記のお問い合わせがありました。アカウント側の問題かどうか、ご確認をお願いできますか。

""" + SIG_ON + """

-------- 転送メッセージ --------
件名: 映像授業のログインについて
差出人: 西村 香織 <kaori.n-0611@docomo.ne.jp>
日付: 2024/10/06 21:48

翔英塾 事務局様
中2の西村 悠斗の母です。
先週から映像授業にログインできず、英語の単元が進められていません。
自宅：神奈川県川崎市中原区井田三舞町7-22 西村
電話：090-5524-3318
生年月日の入力を求められ、2011年2月9日と入れてもエラーになります。
至急ご対応をお願いします。
""",
 personal=[("name","西村 香織"),("address","神奈川県川崎市中原区井田三舞町7-22"),("phone","090-5524-3318"),("birthdate","2011年2月9日")]),

dict(expect="hold", kind="sensitive.disability", loc="subject",
 why="The subject line names a pupil with an ADHD diagnosis; the body is only a meeting confirmation.",
 frm=HA, to=["中原区 子ども発達相談センター 相談員 様 <soudan@kodomo-hattatsu.example.lg.jp>"],
 subject="【ご相談】石田 悠真くん ADHD診断書と受験時の配慮申請について",
 text="""ご担当者様

お世話になっております。翔英塾 武蔵小杉校の長谷川です。
10月17日（木）16時にお伺いします。当日はお母様も同席予定です。
どうぞよろしくお願いいたします。

""" + SIG_HA,
 personal=[("name","石田 悠真"),("disability","ADHD診断書")]),

dict(expect="hold", kind="recipients.visible", loc="recipients",
 why="A notice to parents puts fourteen private addresses in To instead of Bcc.",
 frm=HA, to=["aoki.naoko@gmail.com","ishida-family@yahoo.co.jp","yui.mama0825@icloud.com","kawamura.t@ezweb.ne.jp","sato.koharu.p@gmail.com","mikami.megumi@nifty.com","nishimura-k@docomo.ne.jp","fujita.home@outlook.jp","hk-tanabe@softbank.ne.jp","yamauchi1979@gmail.com","mori_family@biglobe.ne.jp","chika.endo@hotmail.co.jp","kubo-ryo@so-net.ne.jp","h.nakai.mama@gmail.com"],
 subject="【翔英塾】冬期講習のお申込みについて（中3保護者様）",
 text="""中学3年生の保護者様

いつも翔英塾をご利用いただきありがとうございます。
冬期講習（12月23日〜1月7日）の日程表をお送りします。

・お申込み締切：11月20日（水）
・授業料：受講コマ数により異なります（別紙料金表をご参照ください）
・入試直前特訓（1月2日・3日）は希望者制です

ご不明な点は教室までお問い合わせください。

""" + SIG_HA),

# ---------------- PASSES ----------------
dict(expect="pass", kind="benign.bcc_newsletter", loc=None,
 why="The monthly newsletter to parents uses Bcc and contains only aggregate results.",
 frm=ON, to=["翔英塾 事務局 <info@shoei-juku.example.jp>"],
 bcc=["aoki.naoko@gmail.com","ishida-family@yahoo.co.jp","yui.mama0825@icloud.com","kawamura.t@ezweb.ne.jp","sato.koharu.p@gmail.com","mikami.megumi@nifty.com","nishimura-k@docomo.ne.jp","fujita.home@outlook.jp","hk-tanabe@softbank.ne.jp","yamauchi1979@gmail.com","mori_family@biglobe.ne.jp","chika.endo@hotmail.co.jp"],
 subject="翔英塾通信 10月号",
 text="""保護者の皆さま

いつも翔英塾をご利用いただきありがとうございます。翔英塾通信10月号をお届けします。

■ 2学期中間テストの結果
　武蔵小杉校の中学生（82名）の5教科平均点は、前回より14.2点アップしました。
　数学で20点以上アップした生徒は17名でした。

■ 11月の休校日
　11月3日（日・祝）、11月23日（土・祝）

■ 保護者会
　11月9日（土）10:00〜 中3受験説明会（公立高校入試の最新情報）

■ 教室から
　季節の変わり目で体調を崩しやすい時期です。教室では加湿器を増設し、換気を徹底しています。

配信停止をご希望の方は、このメールにご返信ください。

""" + SIG_ON),

dict(expect="pass", kind="benign.aggregate_results", loc=None,
 why="Entrance exam results are reported to a publisher as school-by-school counts only.",
 frm=HA, to=["月刊 塾と教育 編集部 <henshu@juku-kyoiku.example.jp>"],
 subject="Re: 2024年度 合格実績アンケートのご回答",
 text="""月刊 塾と教育 編集部 御中

お世話になっております。翔英塾 武蔵小杉校の長谷川です。
アンケートにつきまして、下記のとおり回答いたします。

　・中3在籍者数：41名（うち受験者 41名）
　・公立高校合格者数：36名
　　　（内訳）県立新城 6、市立橘 4、県立多摩 3、その他 23
　・私立高校合格者数（延べ）：58名
　・第一志望合格率：87.8%

個人名の掲載はご遠慮ください。校舎名の掲載は問題ございません。

""" + SIG_HA),

dict(expect="pass", kind="benign.historical_figures", loc=None,
 why="Teaching material about historical figures; no private individuals.",
 frm=HA, to=["教材のアカツキ 編集部 千葉 様 <chiba@akatsuki-kyozai.example.jp>"],
 subject="中2社会 補助プリントの修正依頼",
 text="""千葉様

お世話になっております。翔英塾の長谷川です。
中2社会（近代）の補助プリントにつき、2点修正をお願いいたします。

1) p.12「大政奉還を行ったのは徳川慶喜（1867年）」→ 年号が1868年と誤記されています。
2) p.15 人物カード「坂本龍馬」「西郷隆盛」「木戸孝允」の生年が入れ替わっています。
   正しくは坂本龍馬 1836年、西郷隆盛 1828年、木戸孝允 1833年です。

また、次回改訂で「津田梅子」「野口英世」（新紙幣の人物）のコラムを追加していただけると生徒の関心が高まると思います。

""" + SIG_HA),

dict(expect="pass", kind="benign.public_figures", loc=None,
 why="A civics worksheet compares published pledges of election candidates, who are public figures.",
 frm=HA, to=["武蔵小杉ジュニア新聞 編集担当 <editor@kosugi-jr-news.example.jp>"],
 subject="模擬投票ワークシートの件",
 text="""編集担当様

お世話になっております。翔英塾の長谷川です。
先日ご相談した中学生向け「模擬投票」ワークシートの原案をお送りします。

川崎市長選挙の立候補者の公約（選挙公報より引用）
　・大久保 修一 候補：小中学校の給食費無償化、市バスの増便
　・柏木 里美 候補：子育て世帯への家賃補助、図書館の夜間開館
　・ロペス 健 候補：英語教育の強化、外国籍市民の相談窓口拡充

生徒には公約を読み比べて、理由を添えて1人を選ぶ課題にしています。
特定の候補を推す表現がないか、編集部でもご確認いただけますか。

""" + SIG_HA),

dict(expect="pass", kind="benign.fiction", loc=None,
 why="A reading-list mail names fictional characters and authors, not real private persons.",
 frm=HA, to=["川崎市立中原図書館 児童サービス係 <jido@nakahara-lib.example.lg.jp>"],
 subject="読書感想文講座の課題図書について",
 text="""中原図書館 児童サービス係 ご担当者様

いつもお世話になっております。翔英塾の長谷川です。
夏に引き続き、冬の読書感想文講座を予定しております。貸出の団体予約が可能かご相談させてください。

課題図書（各10冊程度）
　・『カラフル』森絵都 ―― 主人公の「ぼく」が小林真として生き直す物語
　・『西の魔女が死んだ』梨木香歩 ―― まいとおばあちゃんの交流
　・『走れメロス』太宰治 ―― メロスとセリヌンティウスの友情

講座日は12月14日・21日の予定です。

""" + SIG_HA),

dict(expect="pass", kind="benign.order_numbers", loc=None,
 why="A mock-exam order with order and invoice numbers that look like IDs but are not personal.",
 frm=ON, to=["全国学力模試センター 受注課 <juchu@zenkoku-moshi.example.jp>"],
 subject="第4回 中3統一模試 申込（翔英塾 武蔵小杉校）",
 text="""全国学力模試センター 受注課 御中

いつもお世話になっております。翔英エデュケーションの小野寺です。
下記のとおり申込みいたします。

　塾コード：KN-04418
　申込番号：M24-1102-558731
　実施日：11月10日（日）
　受験予定人数：中3 38名 / 中2 29名
　答案返送：一括返送（11月11日 着払い）
　請求書送付先：株式会社翔英エデュケーション 経理担当

前回の請求書番号 INV-2409-220417 の入金は9月30日に完了しております。

""" + SIG_ON),

dict(expect="pass", kind="benign.own_data", loc=None,
 why="A fee statement sent to the tutor himself, with the account number masked.",
 frm=ON, to=["宮下 颯太 <sota.miyashita.0322@gmail.com>"],
 subject="9月分 報酬明細のお知らせ",
 text="""宮下 颯太 様

いつも授業をありがとうございます。事務局の小野寺です。
9月分の報酬明細をお送りします。

　授業コマ数：28コマ（90分）
　報酬額：84,000円
　源泉徴収税額：8,576円
　お振込額：75,424円
　お振込日：10月10日（木）
　お振込先：ゆうちょ銀行 ****446

内容に相違がありましたら、10月8日までにご連絡ください。

""" + SIG_ON),

dict(expect="pass", kind="benign.meeting", loc=None,
 why="A meeting slot confirmation to a parent about her own child, with no sensitive content.",
 frm=HA, to=["岡本 様 <yui.mama0825@icloud.com>"],
 subject="Re: 三者面談の日程",
 text="""岡本様

ご連絡ありがとうございます。翔英塾の長谷川です。
三者面談は 11月2日（土）15:30〜16:00 で承りました。
当日は結衣さんの志望校リストと、直近の模試結果をもとにお話しいたします。
お気をつけてお越しください。

""" + SIG_HA + """

> 長谷川先生
> 面談は11/2の15:30からでお願いできますか。
> 岡本
"""),

dict(expect="pass", kind="benign.invoice_corporate_account", loc=None,
 why="Payment to a teaching-materials supplier with its corporate account; no private data.",
 frm=ON, to=["教材のアカツキ 経理部 <keiri@akatsuki-kyozai.example.jp>"],
 subject="請求書（No. AK-24-0931）お支払い予定のご連絡",
 text="""教材のアカツキ 経理部 御中

お世話になっております。翔英エデュケーション事務局の小野寺です。
請求書 No. AK-24-0931（10月分テキスト代 286,220円）につき、下記のとおりお支払いいたします。

　支払日：10月31日
　振込先：東都銀行 神田支店 当座 0082251 カ）アカツキキョウザイ

振込手数料は弊社負担といたします。

""" + SIG_ON),

dict(expect="pass", kind="benign.it_outage", loc=None,
 why="Notice about a login-system outage; 障害 means a system failure.",
 frm=ON, to=["スタディクラウド株式会社 カスタマーサクセス <cs@studycloud.example.jp>"],
 cc=["スタディクラウド株式会社 営業 堀 様 <hori@studycloud.example.jp>"],
 subject="10/6夜の障害の原因と再発防止策について",
 text="""スタディクラウド ご担当者様

お世話になっております。翔英エデュケーションの小野寺です。
10月6日（日）20時〜23時に発生したログイン障害について、当塾全4校で延べ63件の問い合わせがありました。

つきましては、以下をご報告いただけますでしょうか。
　1. 障害の原因（認証サーバ側か、当塾の設定か）
　2. 影響を受けたアカウント数
　3. 再発防止策と、今後の障害時の連絡フロー

保護者向けのお詫び文を作成するため、10月11日までにご回答いただけますと助かります。

""" + SIG_ON),
]
