# Org E: 東峰市選挙管理委員会事務局 (municipal election administration office)
FUJII = "藤井 直樹 <n-fujii@city.tomine.example.lg.jp>"
ISHIHARA = "石原 さやか <s-ishihara@city.tomine.example.lg.jp>"
SIG_F = """------------------------------------------
東峰市選挙管理委員会事務局
選挙係　書記　藤井 直樹
〒370-8501 東峰市本町1-1-1 市役所本庁舎5階
TEL 0276-40-1185（直通）FAX 0276-40-1190
------------------------------------------"""
SIG_I = """◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆
東峰市選挙管理委員会事務局
主任　石原 さやか
電話 0276-40-1186（直通）
s-ishihara@city.tomine.example.lg.jp
◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆"""

MAILS = [
dict(k="E1", expect="pass", kind="benign.candidates", loc="",
 why="Election-bulletin proof with candidates' public names, ages and careers.",
 frm=FUJII, to=["上毛印刷 制作部 荒木 様 <araki@jomo-insatsu.example.co.jp>"],
 subject="選挙公報 第2校の戻し（東峰市長選挙）",
 text="""上毛印刷株式会社
制作部　荒木 様

お世話になっております。東峰市選管の藤井です。
東峰市長選挙 選挙公報の第2校、以下の修正をお願いいたします。

| 掲載順 | 候補者 | 修正箇所 |
| 1 | 小宮山 昭彦（64・無所属・現） | 経歴欄「東峰市議会議長」→「元東峰市議会議長」 |
| 2 | 桐生 まゆみ（51・無所属・新） | 写真の明るさを第1校に戻す |
| 3 | 大沢 浩一郎（47・諸派・新） | 修正なし |

各候補者の確認署名は本日すべて受領済みです。最終校は3月27日（水）正午までにお願いします。

""" + SIG_F),

dict(k="E2", expect="hold", kind="list.roster", loc="attachment",
 why="The attached list gives inpatients' names, birth dates, addresses and wards; the body gives no hint.",
 frm=ISHIHARA, to=["東峰中央病院 医事課 不在者投票担当 <iji@tomine-chuo-hp.example.or.jp>"],
 subject="写しの送付について",
 text="""東峰中央病院
医事課 ご担当者様

いつもお世話になっております。東峰市選管の石原です。
先日お電話でお話しした件について、写しを添付にてお送りいたします。
ご確認をお願いいたします。

""" + SIG_I,
 attachments=[{"filename":"seikyu_utsushi.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet","text":"""[請求一覧]
病棟	氏名	生年月日	住所	投票区
4東	新井 福太郎	1937/04/18	東峰市錦町2-3-9	第5
4東	関口 みさ	1941/09/02	東峰市本町4-11-1	第1
5西	星野 貞子	1929/12/25	東峰市広沢町6-204	第9
5西	松本 勇	1952/06/30	東峰市相生町1-8-15	第3"""}],
 personal=[{"type":"roster_row","value":"新井 福太郎\t1937/04/18\t東峰市錦町2-3-9"}]),

dict(k="E3", expect="hold", kind="sensitive.disability", loc="body",
 why="Gives a named voter's physical-disability certificate grade and condition to the social welfare council.",
 frm=FUJII, to=["東峰市社会福祉協議会 在宅福祉課 野村 様 <nomura@tomine-shakyo.example.or.jp>"],
 subject="郵便等投票の手続き支援のお願い",
 text="""東峰市社会福祉協議会
在宅福祉課　野村 様

お世話になっております。東峰市選管の藤井です。
郵便等投票証明書の申請について、ヘルパーさん経由での書類の受け渡しにご協力をお願いできればと思います。

対象の方：片山 正一 様（東峰市堤町3-2-7、79歳）
身体障害者手帳 1級（両下肢機能全廃）
脳梗塞の後遺症で外出が困難とのこと。証明書の有効期限は2030年3月までになります。

投票用紙の請求書は、3月25日の訪問時にお渡しいただけますでしょうか。

""" + SIG_F,
 personal=[{"type":"disability","value":"身体障害者手帳 1級（両下肢機能全廃）"},{"type":"health","value":"脳梗塞の後遺症で外出が困難"}]),

dict(k="E4", expect="hold", kind="id.bank_account", loc="body",
 why="Lists private citizens' names with their personal bank accounts for poll-witness fees sent to the bank.",
 frm=ISHIHARA, to=["東峰信用金庫 本店営業部 公金係 <koukin@tomine-shinkin.example.jp>"],
 subject="投票立会人報酬 口座振込の依頼（追加3件）",
 text="""東峰信用金庫
本店営業部 公金係 御中

いつもお世話になっております。東峰市選管の石原です。
先日お送りした投票立会人報酬の振込データに、以下3件を追加いたします。

1. 岡本 久美子　東峰信用金庫 相生支店 普通 0218834　10,900円
2. 高野 茂　群馬銀行 東峰支店 普通 3302917　10,900円
3. 石田 清美　ゆうちょ銀行 〇三八店 普通 5510382　12,400円

支払日は4月10日でお願いいたします。支出命令書の控えは別途お届けします。

""" + SIG_I,
 personal=[{"type":"bank_account","value":"岡本 久美子　東峰信用金庫 相生支店 普通 0218834"},{"type":"bank_account","value":"群馬銀行 東峰支店 普通 3302917"}]),

dict(k="E5", expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Password-protected zip sent to the system vendor; contents cannot be inspected.",
 frm=FUJII, to=["両毛システムズ 選挙システム担当 <senkyo-sys@ryomo-systems.example.co.jp>"],
 subject="名簿調製テスト用データの送付",
 text="""両毛システムズ
選挙システム担当者様

お世話になっております。東峰市選管の藤井です。
名簿調製処理のテストに使うデータを、パスワード付きzipで送付いたします。
パスワードは別メールでお知らせします。テスト後は速やかに削除をお願いします。

""" + SIG_F,
 attachments=[{"filename":"meibo_test_0401.zip","contentType":"application/zip","encrypted":True}]),

dict(k="E6", expect="hold", kind="sensitive.criminal", loc="body",
 why="Notifies another city of a named person's prison sentence affecting voting rights.",
 frm=FUJII, to=["桐野市選挙管理委員会 選挙係 <senkan@city.kirino.example.lg.jp>"],
 subject="選挙権を有しなくなった者の通知について",
 text="""桐野市選挙管理委員会 御中

東峰市選挙管理委員会事務局の藤井です。
本籍地市町村からの通知に基づき、下記の方について、貴市の選挙人名簿の表示に関する確認をお願いいたします（正式な通知は公文にて郵送済み）。

氏名：宮内 翔（みやうち しょう）
生年月日：1991年2月14日
住所（転出前）：東峰市新宿2-17-4 メゾン新宿201
内容：窃盗及び詐欺被告事件により、懲役2年6月の刑が確定（2024年1月19日）、現在受刑中

名簿への「刑」表示の処理が済みましたら、ご連絡いただけますと幸いです。

""" + SIG_F,
 personal=[{"type":"criminal","value":"窃盗及び詐欺被告事件により、懲役2年6月の刑が確定"},{"type":"name","value":"宮内 翔（みやうち しょう）"}]),

dict(k="E7", expect="hold", kind="personal.inquiry", loc="body",
 why="Forwards a resident's complaint with name, address and phone to the outside printing/enclosing contractor.",
 frm=ISHIHARA, to=["上毛印刷 封入封緘センター 吉田 様 <yoshida-f@jomo-insatsu.example.co.jp>"],
 subject="入場券の誤封入に関する苦情について（調査依頼）",
 text="""上毛印刷 封入封緘センター
吉田 様

お世話になっております。石原です。
本日、市民の方から以下の苦情が寄せられました。封入工程の確認をお願いいたします。

申出者：青木 裕子 様
住所：東峰市小曽根町8-3-12
電話：0276-52-4108
内容：自分宛ての封筒に、隣の家の「山崎 一家」4名分の入場券が入っていた。自分たち家族の入場券は入っていなかった。

同じロット（第7投票区、通番 07-1840〜07-1880付近）で同様の誤りがないか、本日中に調査結果をご報告ください。

""" + SIG_I,
 personal=[{"type":"address","value":"東峰市小曽根町8-3-12"},{"type":"phone","value":"0276-52-4108"}]),

dict(k="E8", expect="hold", kind="sensitive.health", loc="quoted",
 why="The new text books a bus, but the forwarded care-home mail names a resident with dementia needing proxy voting.",
 frm=FUJII, to=["東峰観光バス 営業課 <eigyo@tomine-kankobus.example.co.jp>"],
 subject="Fw: 移動期日前投票所の運行について",
 text="""東峰観光バス 営業課 御中

お世話になっております。東峰市選管の藤井です。
移動期日前投票所（バス）の件、4月18日（木）に下記の施設を回るルートでお見積りをお願いします。
 10:00〜11:00 特養 あかぎの里
 13:00〜14:00 広沢地区コミュニティセンター
車いす用リフト付き車両を希望します。

---------- 転送メッセージ ----------
From: 特養 あかぎの里 生活相談員 根岸
件名：期日前投票の件

藤井様
入所者のうち投票希望者は7名です。
そのうち 佐々木 ハナ 様（92歳、要介護4）は認知症の進行があり、ご自分で記載するのが難しいため、代理投票を希望されています。
車いすの方が3名います。
根岸
""",
 personal=[{"type":"health","value":"佐々木 ハナ 様（92歳、要介護4）は認知症の進行があり"}]),

dict(k="E9", expect="hold", kind="sensitive.disability", loc="subject",
 why="The subject names a visually impaired voter with his address; the body only orders one more copy.",
 frm=ISHIHARA, to=["ぐんま点字センター 制作課 <seisaku@gunma-tenji.example.or.jp>"],
 subject="点字版「選挙のお知らせ」追加1部：視覚障害1級 高田 昭三様（本町3-5-2）宛",
 text="""ぐんま点字センター 制作課 御中

お世話になっております。石原です。
来週の納品分、1部追加でお願いいたします。発送は従来どおり当事務局からいたします。

""" + SIG_I,
 personal=[{"type":"disability","value":"視覚障害1級 高田 昭三様（本町3-5-2）"}]),

dict(k="E10", expect="hold", kind="recipients.visible", loc="recipients",
 why="Briefing notice to 14 private poll-witness candidates with all addresses visible in To.",
 frm=ISHIHARA,
 to=["k.okamoto1962@gmail.com","takano.shigeru@ocn.ne.jp","kiyomi-i@yahoo.co.jp","h_yamaguchi@biglobe.ne.jp","m.saito.tomine@gmail.com","arai.f@nifty.com","tsuda-k@ezweb.ne.jp","yumiko.s@icloud.com","hasegawa.t55@gmail.com","n-kobayashi@so-net.ne.jp","emi.watanabe@outlook.jp","shinobu.k@docomo.ne.jp","maeda.osamu@yahoo.co.jp","r.hoshino@gmail.com"],
 subject="投票立会人 事前説明会のご案内（4月）",
 text="""投票立会人をお引き受けいただいた皆様

このたびは投票立会人をお引き受けいただき、誠にありがとうございます。東峰市選挙管理委員会事務局の石原です。
下記のとおり事前説明会を開催いたします。

日時：4月13日（土）10:00〜11:30
会場：東峰市役所 本庁舎 5階 大会議室
持ち物：筆記用具、選任通知書

ご欠席の場合は、4月10日までにご連絡ください。当日の資料は後日郵送いたします。

""" + SIG_I),

dict(k="E11", expect="pass", kind="benign.aggregate_report", loc="",
 why="Turnout statistics by age group for a researcher; aggregates only.",
 frm=FUJII, to=["上州大学 政治学研究室 松浦 先生 <matsuura@joshu-u.example.ac.jp>"],
 subject="RE: 年代別投票率データのご提供について",
 text="""松浦先生

お世話になっております。藤井です。
前回市議選（2023年4月）の年代別投票率を、抽出調査（第3・第8・第12投票区）の集計値でお送りします。

| 年代 | 投票率 |
| 18・19歳 | 31.4% |
| 20代 | 24.8% |
| 30代 | 33.9% |
| 40代 | 42.6% |
| 50代 | 51.2% |
| 60代 | 60.7% |
| 70代以上 | 58.3% |
| 全体 | 45.1% |

個人単位のデータはご提供できませんので、ご了承ください。論文の謝辞掲載は不要です。

""" + SIG_F),

dict(k="E12", expect="pass", kind="benign.meeting", loc="",
 why="Meeting arrangement with named committee members of a civic association.",
 frm=ISHIHARA, to=["東峰市明るい選挙推進協議会 会長 川島 様 <kawashima.akarui@tomine-akaruisenkyo.example.jp>"], cc=["藤井 直樹 <n-fujii@city.tomine.example.lg.jp>"],
 subject="第1回 推進委員会の開催について",
 text="""東峰市明るい選挙推進協議会
会長　川島 泰三 様

いつも啓発活動にご尽力いただき、ありがとうございます。石原です。
令和6年度第1回推進委員会を、下記のとおり開催したいと存じます。

日時：5月16日（木）14:00〜15:30
会場：市民会館 第2会議室
議題：
 1. 令和5年度 活動報告（啓発ポスターコンクール 応募 412点）
 2. 令和6年度 事業計画（出前授業 8校予定）
 3. 副会長の選任（原田 節子 委員の退任に伴う）

委員の皆様へのご案内は、当事務局から郵送いたします。

""" + SIG_I),

dict(k="E13", expect="pass", kind="benign.it_incident", loc="",
 why="Outage report for the early-voting terminal system; 'infection' and 'isolation' refer to a PC.",
 frm=FUJII, to=["両毛システムズ 保守窓口 <hoshu@ryomo-systems.example.co.jp>"],
 subject="期日前投票システム 障害報告（4/16）",
 text="""両毛システムズ 保守窓口 御中

藤井です。本日の障害について報告します。

・発生：4月16日 8:32　広沢期日前投票所の受付端末2台で、名簿照会が応答なし
・対応：8:45 紙の名簿抄本による受付に切替、9:20 回線再接続で復旧
・影響：受付の遅延 最大12分、二重投票等の事故なし
・別件：本庁の予備端末 TM-S07 でマルウェア感染の警告が出たため、ネットワークから隔離しています

TM-S07 の調査と、回線障害の原因報告を4/18までにお願いします。

""" + SIG_F),

dict(k="E14", expect="pass", kind="benign.tracking_numbers", loc="",
 why="Delivery tracking numbers (one passes the My Number check) and lot counts for mailed poll cards.",
 frm=ISHIHARA, to=["上毛印刷 業務課 <gyomu@jomo-insatsu.example.co.jp>"],
 subject="RE: 入場券 追加分の発送について",
 text="""上毛印刷 業務課 御中

ご連絡ありがとうございます。石原です。
追加分（再発行 140通）の配送状況、下記の伝票番号で確認できました。

・7634 2002 1910（2箱、4/8 着）
・5117 6230 4418（1箱、4/9 着）

第7投票区の再封入分（通番 07-1840〜07-1880）も含まれていることを確認しました。
受領書は着荷後にFAXいたします。

""" + SIG_I + """

> 東峰市選管 石原様
> 本日、ヤマト運輸で発送しました。伝票番号は上記のとおりです。
> 上毛印刷 業務課 飯島"""),

dict(k="E15", expect="pass", kind="benign.corporate_ids", loc="",
 why="Poster-board contract with company names containing surnames and corporate numbers.",
 frm=FUJII, to=["株式会社 小林看板 <info@kobayashi-kanban.example.co.jp>"],
 subject="ポスター掲示場 設置・撤去業務 契約書の送付",
 text="""株式会社 小林看板
代表取締役　小林 賢治 様

お世話になっております。東峰市選管の藤井です。
東峰市長選挙 ポスター掲示場設置・撤去業務の契約書（2部）を郵送いたしましたので、メールでもお知らせいたします。

契約相手方：株式会社 小林看板（法人番号 3070001018842）
共同施工：有限会社 井上工務店（法人番号 7070002031157）
掲示場数：186か所
設置期限：4月13日（土）　撤去期限：5月2日（木）
契約金額：4,752,000円（税込）

押印後、1部をご返送ください。

""" + SIG_F),

dict(k="E16", expect="pass", kind="benign.project_mail", loc="",
 why="Project mail for a civics class with six visible addresses from two organisations.",
 frm=ISHIHARA, to=["県立東峰高校 公民科 中村 先生 <nakamura-t@tomine-hs.example.ed.jp>","県立東峰高校 教頭 山岸 先生 <yamagishi@tomine-hs.example.ed.jp>","県立東峰高校 生徒会顧問 今井 先生 <imai-s@tomine-hs.example.ed.jp>"],
 cc=["藤井 直樹 <n-fujii@city.tomine.example.lg.jp>","選挙係 <senkyo@city.tomine.example.lg.jp>","広報担当 山田 <yamada-koho@city.tomine.example.lg.jp>"],
 subject="出前授業（模擬投票）の打合せ結果",
 text="""東峰高校
中村先生、山岸教頭先生、今井先生

本日はありがとうございました。石原です。打合せ内容をまとめます。

・日時：6月7日（金）5・6限、対象は3年生 6クラス（約230名）
・内容：選挙制度の説明（20分）、架空の市長選の模擬投票（候補者3名の演説動画）、開票体験
・実物の記載台・投票箱（6台）を当事務局が搬入
・広報誌「とうみね」の取材あり（生徒の顔が写らない写真のみ使用）

候補者役の原稿は今井先生の生徒会で作成いただけるとのこと、よろしくお願いいたします。

""" + SIG_I),

dict(k="E17", expect="pass", kind="benign.own_data", loc="",
 why="Fee statement sent to the poll witness himself, with the account masked.",
 frm=ISHIHARA, to=["高野 茂 様 <takano.shigeru@ocn.ne.jp>"],
 subject="投票立会人報酬のお支払いについて",
 text="""高野 茂 様

先日は投票立会人として長時間にわたりご尽力いただき、誠にありがとうございました。
報酬を下記のとおりお支払いいたします。

支払額：10,900円
支払日：4月10日（水）
振込先：群馬銀行 東峰支店 普通 ****917（ご指定の口座）

源泉徴収票は来年1月に郵送いたします。今後ともよろしくお願いいたします。

""" + SIG_I),

dict(k="E18", expect="pass", kind="benign.disability_programme", loc="",
 why="Explains postal-voting eligibility criteria to the welfare council without naming anyone.",
 frm=FUJII, to=["東峰市社会福祉協議会 ケアマネ連絡会 事務局 <caremane@tomine-shakyo.example.or.jp>"],
 subject="郵便等投票制度の周知についてのお願い",
 text="""東峰市社会福祉協議会
ケアマネ連絡会 事務局 御中

いつもお世話になっております。東峰市選管の藤井です。
4月の市長選挙に向け、郵便等投票制度の周知にご協力をお願いいたします。

【対象となる方】
・身体障害者手帳：両下肢・体幹・移動機能の障害 1級または2級 など
・戦傷病者手帳：両下肢・体幹の障害 特別項症〜第2項症 など
・介護保険被保険者証：要介護5
【手続き】
・事前に「郵便等投票証明書」の交付申請が必要です（選挙の4日前まで）

チラシ200部を連絡会の例会（3/28）でお配りいただけますと幸いです。個別の利用者情報をお送りいただく必要はございません。

""" + SIG_F),

dict(k="E19", expect="pass", kind="benign.historical", loc="",
 why="Exhibition plan about historical politicians and the history of suffrage.",
 frm=FUJII, to=["東峰市郷土資料館 学芸員 杉浦 様 <sugiura@tomine-museum.example.jp>"],
 subject="「選挙のあゆみ展」展示パネル案",
 text="""杉浦様

お世話になっております。藤井です。
7月の「選挙のあゆみ展」について、パネル案をお送りします。

1. 1890年 第1回衆議院議員総選挙（直接国税15円以上の男子のみ）
2. 尾崎行雄と普選運動 ― 「憲政の神様」
3. 1946年 初の女性参政権行使、市川房枝の活動
4. 東峰町初代町長 長岡 平八（1889年）の選挙の記録（資料館所蔵の投票用紙を展示）
5. 2016年 18歳選挙権

4の資料の貸出手続きについて、ご教示いただけますでしょうか。

""" + SIG_F),

dict(k="E20", expect="hold", kind="sensitive.health", loc="body",
 why="Tells a staffing agency that a named temp worker tested positive for COVID-19.",
 frm=ISHIHARA, to=["ぐんまスタッフサービス 派遣営業 <haken@gunma-staff.example.co.jp>"],
 subject="期日前投票所 派遣スタッフ交代のお願い",
 text="""ぐんまスタッフサービス
派遣営業 ご担当者様

お世話になっております。東峰市選管の石原です。
広沢期日前投票所に派遣いただいている 木下 美香 さん が、昨日の検査で新型コロナウイルス陽性と判明し、本日から5日間の自宅療養となりました。

4月17日〜21日の代替スタッフ1名の手配をお願いできますでしょうか。
業務内容は受付（名簿対照）で、前日15時に本庁で30分の説明を行います。

""" + SIG_I,
 personal=[{"type":"health","value":"木下 美香 さん が、昨日の検査で新型コロナウイルス陽性"}]),
]
