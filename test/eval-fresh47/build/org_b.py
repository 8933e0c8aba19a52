# Org B: 東光警備保障 (security company) - police-affairs liaison and crime prevention
ORG = "東光警備保障株式会社 (security company: police liaison / 防犯)"
HASE = "長谷部 誠 <hasebe.m@toko-keibi.example.jp>"
KOMA = "小松 ゆかり <komatsu.y@toko-keibi.example.jp>"
MURA = "村岡 隆 <muraoka.t@toko-keibi.example.jp>"
WRITERS = {HASE: "渉外部 警察連絡担当 長谷部 誠", KOMA: "防犯企画課 小松 ゆかり", MURA: "警備部 業務課 村岡 隆"}

SIG_H = """
────────────────────
東光警備保障株式会社 渉外部（警察連絡担当）
長谷部 誠　Makoto Hasebe
〒330-0063 埼玉県さいたま緑区高砂5-1-8 東光ビル4F
TEL 048-000-2210 / 携帯 070-0000-5512
埼玉県公安委員会 認定 第43000112号
────────────────────"""
SIG_K = """
--
東光警備保障株式会社 防犯企画課
小松 ゆかり（防犯設備士）
TEL 048-000-2230
komatsu.y@toko-keibi.example.jp"""
SIG_MU = """
*******************************
東光警備保障株式会社
警備部 業務課　村岡 隆
TEL 048-000-2240 FAX 048-000-2249
*******************************"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="sensitive.criminal_proceedings", where="body",
 why="Reports a named shoplifting suspect with birth date and address to a police station (criminal proceedings about an identifiable person).",
 frm=HASE, to=["緑警察署 生活安全課 巡査部長 川口様 <seian-midori@pref-police.example.jp>"],
 subject="11/9 ファミリーマートン緑高砂店 万引き事案 報告書送付",
 text="""緑警察署 生活安全課 川口様

東光警備保障 渉外部の長谷部です。
昨日お電話でご報告した件、当社常駐警備員の報告書を文字起こしでお送りします。

【事案概要】
発生日時：11月9日 16:42
場所：ファミリーマートン緑高砂店（当社機械警備契約先）
被疑者：岩田 健吾（昭和61年4月3日生、さいたま緑区中尾2-14-6 コーポ中尾201）
内容：日用品4点（計3,286円）を未精算のまま店外へ。店長が声掛けし、当社警備員到着後に110番通報。
本人は「過去にも同じ店で2回やった」と供述。

防犯カメラ映像はDVD-Rで明日持参いたします。
""" + SIG_H,
 personal=[{"type":"name","value":"岩田 健吾"},{"type":"birth_date","value":"昭和61年4月3日生"},{"type":"address","value":"さいたま緑区中尾2-14-6 コーポ中尾201"}]),

dict(expect="hold", kind="sensitive.criminal_record", where="body",
 why="Tells an outside labour consultant that a named guard applicant has a prior prison sentence.",
 frm=MURA, to=["社会保険労務士 吉岡 千尋 <yoshioka@yoshioka-sr.example.jp>"],
 subject="警備員採用予定者の欠格事由確認について",
 text="""吉岡先生

いつもお世話になっております。東光警備保障の村岡です。
12月入社予定の警備員について、警備業法第3条の欠格事由の確認でご相談です。

氏名：堀 竜也（41歳）
本人申告：2016年に道路交通法違反（無免許運転・ひき逃げ）で懲役1年2月の実刑、2017年8月に刑期満了。

満了から5年以上経過しているので欠格事由には当たらないと考えていますが、
誓約書と身分証明書の取り寄せ手順について確認させてください。
""" + SIG_MU,
 personal=[{"type":"name","value":"堀 竜也"},{"type":"criminal_record","value":"懲役1年2月の実刑、2017年8月に刑期満了"}]),

dict(expect="hold", kind="sensitive.health", where="body",
 why="Sends a client the health-check findings (epilepsy, hypertension) of a named guard.",
 frm=MURA, to=["株式会社エスエム商業施設管理 防災センター 山下様 <yamashita@sm-shisetsu.example.jp>"],
 subject="常駐警備員の配置変更について（夜間帯）",
 text="""エスエム商業施設管理 山下様

いつもお世話になっております。東光警備保障の村岡です。
12月から夜間帯の配置を一部変更させていただきます。

夜間リーダーの 大塚 正彦 は、10月の定期健康診断で高血圧（要治療）と指摘され、さらにてんかんの既往があることが分かりました。
主治医からは単独での夜間巡回は控えるよう意見書が出ています。
このため12月1日から大塚は日勤に移し、夜間は 佐野 と 増井 の2名体制とします。

ご迷惑をおかけしますが、よろしくお願いいたします。
""" + SIG_MU,
 personal=[{"type":"name","value":"大塚 正彦"},{"type":"diagnosis","value":"高血圧（要治療）と指摘され、さらにてんかんの既往"}]),

dict(expect="hold", kind="list.staff_roster", where="attachment",
 why="The attached sheet lists guards' names, birth dates, home addresses and phones for the prime contractor.",
 frm=MURA, to=["大成田建設株式会社 工事部 小西様 <konishi@oonarita-kensetsu.example.jp>"],
 subject="交通誘導警備 従事者名簿のご提出（浦和東 道路改良工事）",
 text="""大成田建設 小西様

お世話になっております。東光警備保障の村岡です。
ご依頼の従事者名簿を添付いたします。
現場入場時の新規入場者教育は12月2日8:00からで承知しました。

よろしくお願いいたします。
""" + SIG_MU,
 attachments=[{"filename":"従事者名簿_浦和東.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet","text":
"""[名簿]
No.	氏名	生年月日	住所	携帯電話	資格
1	上原 浩	1962/07/14	さいたま緑区原山3-8-1	090-4471-0928	交通誘導警備業務2級
2	森田 早紀	1990/11/02	川口市芝中田1-22-5	080-2219-6607	
3	谷口 勝利	1957/03/28	さいたま浦和区領家6-4-13	090-8804-3351	交通誘導警備業務1級
4	黒田 亮介	1999/01/19	蕨市北町2-9-7 レオパレス北町105	070-1250-4482	"""}],
 personal=[{"type":"name","value":"上原 浩"},{"type":"birth_date","value":"1962/07/14"},{"type":"address","value":"川口市芝中田1-22-5"},{"type":"phone","value":"090-8804-3351"}]),

dict(expect="hold", kind="attachment.encrypted_zip", where="encrypted_zip",
 why="Security plan sent to a client as a password-protected zip.",
 frm=KOMA, to=["医療法人社団彩光会 事務局 井上様 <inoue@saikoukai.example.jp>"],
 subject="防犯設備 更新計画書（案）送付",
 text="""彩光会 井上様

お世話になっております。東光警備保障 防犯企画課の小松です。
先日の現地調査を踏まえ、防犯設備の更新計画書（案）を作成しました。
添付ファイルのパスワードは、この後別のメールでお送りします。

ご検討のほど、よろしくお願いいたします。
""" + SIG_K,
 attachments=[{"filename":"彩光会_防犯計画書_案.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="sensitive.crime_victim", where="quoted",
 why="A forwarded police request names a stalking victim and her address; it is passed on to a building manager.",
 frm=HASE, to=["株式会社グリーンハイツ管理 管理部 田村様 <tamura@greenheights-kanri.example.jp>"],
 subject="Fw: 防犯カメラ映像のご提供依頼（捜査関係事項照会）",
 text="""グリーンハイツ管理 田村様

お世話になっております。東光警備保障の長谷部です。
下記のとおり警察から映像提供の依頼がありました。
録画機はオーナー様の所有ですので、提供の可否をご判断いただけますでしょうか。
""" + SIG_H + """

---------- 転送メッセージ ----------
From: 浦和北警察署 生活安全課 <seian-urawakita@pref-police.example.jp>
Date: 2024年11月11日 10:05
Subject: 防犯カメラ映像のご提供依頼

東光警備保障 長谷部様

先般ご相談した件です。
グリーンハイツ浦和 3階に居住の 宮内 沙耶 さん（29）がストーカー被害を届け出ており、加害者とみられる元交際相手の出入りを確認したいと考えています。
10月20日〜11月10日のエントランスおよびエレベーター内の映像の提供をお願いします。
捜査関係事項照会書は後日持参します。
""",
 personal=[{"type":"name","value":"宮内 沙耶 さん（29）"},{"type":"crime_victim","value":"ストーカー被害を届け出ており"}]),

dict(expect="hold", kind="recipients.visible_mixed", where="recipients",
 why="A crime-prevention council notice with twelve outside addresses from different bodies and private persons visible in To.",
 frm=KOMA, to=["高砂一丁目町内会 会長 <takasago1.chounai@gmail.example.com>","中尾自治会 <nakao-jichikai@ocn.example.ne.jp>","緑区PTA連合会 <midori-pta@midori-pta.example.jp>","サンライフ緑 店長 <tencho@sunlife-midori.example.jp>","k.ohashi@yahoo.example.co.jp","緑地区防犯推進員 渡辺 <watanabe.bouhan@gmail.example.com>","さいたま緑郵便局 <midori-post@jp-post.example.jp>","緑中学校 生活指導 <seikatsu@midori-jhs.example.ed.jp>","h-nakazawa@biglobe.example.ne.jp","緑区役所 くらし安全課 <kurashi@city-midori.example.lg.jp>","東和タクシー 運行管理 <unkou@towa-taxi.example.jp>","m.sakurai1960@nifty.example.com"], cc=["長谷部 誠 <hasebe.m@toko-keibi.example.jp>"],
 subject="【緑地区防犯協議会】12月定例会のご案内",
 text="""緑地区防犯協議会 委員の皆さま

事務局を担当しております東光警備保障の小松です。
12月の定例会を下記のとおり開催します。

日時：12月10日（火）19:00〜20:30
場所：緑区役所 3階 会議室B
議題：
　1. 年末年始の特別警戒について（緑警察署より説明）
　2. 通学路の街頭防犯カメラ 追加設置の候補地
　3. 自転車盗 多発地区の報告（件数集計）

ご欠席の場合は12月6日までにご連絡ください。
""" + SIG_K),

dict(expect="hold", kind="id.my_number", where="body",
 why="Sends a new guard's My Number and driver's licence number to the outside labour consultant.",
 frm=MURA, to=["社会保険労務士 吉岡 千尋 <yoshioka@yoshioka-sr.example.jp>"],
 subject="12/1入社 資格取得届の件",
 text="""吉岡先生

村岡です。12月1日入社者の雇用保険・社会保険の資格取得手続きをお願いします。

氏名：新井 俊介（あらい しゅんすけ）
生年月日：1988年9月21日
個人番号：5168 7954 8663
運転免許証番号：第 301205478810 号（車両誘導で使用するため写しも保管済み）
月額給与：235,000円

扶養家族はいません。書類の原本は月曜に郵送します。
""" + SIG_MU,
 personal=[{"type":"my_number","value":"5168 7954 8663"},{"type":"drivers_licence","value":"301205478810"},{"type":"name","value":"新井 俊介"}]),

dict(expect="hold", kind="personal.customer_profile_forward", where="body",
 why="Forwards a home-security customer's full contact, absence dates and key arrangement to a subcontractor.",
 frm=MURA, to=["有限会社ケイ・ガード 緊急対応班 <kinkyu@k-guard.example.jp>"],
 subject="年末年始 ホームセキュリティ 留守宅巡回のお願い",
 text="""ケイ・ガード 緊急対応班 ご担当者様

東光警備保障の村岡です。
年末年始の留守宅巡回を1件追加でお願いします。

契約者：桑田 昌子 様（一人暮らし、76歳）
住所：さいたま緑区大間木1-19-4
電話：048-000-6215 / 長男様 090-6630-1198
不在期間：12月28日〜1月5日（長男宅に滞在）
鍵：当社預かり鍵No.K-2281（キーボックス 右下段）
備考：勝手口の鍵が壊れており、内側からつっかえ棒のみ。

巡回は1日2回、異常があれば当社指令センターへ。
""" + SIG_MU,
 personal=[{"type":"name","value":"桑田 昌子 様"},{"type":"address","value":"さいたま緑区大間木1-19-4"},{"type":"phone","value":"090-6630-1198"}]),

dict(expect="hold", kind="id.card_number", where="body",
 why="Passes a home-security customer's full credit card number to the billing agency.",
 frm=KOMA, to=["株式会社ペイフロー 加盟店サポート <support@payflow.example.jp>"],
 subject="月額料金 カード決済の登録依頼（電話受付分）",
 text="""ペイフロー 加盟店サポート ご担当者様

加盟店ID TK-004412 東光警備保障の小松です。
電話でお申し込みのあったお客様のカード登録をお願いします。

お客様名：斎藤 典子 様
カード番号：5555 5555 5555 4444
有効期限：08/27
月額：4,950円（毎月27日請求）

登録完了後、受付番号をお知らせください。
""" + SIG_K,
 personal=[{"type":"card_number","value":"5555 5555 5555 4444"},{"type":"name","value":"斎藤 典子 様"}]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.meeting_arrangement", where="",
 why="Schedules a crime-prevention seminar with named police officers; no personal data.",
 frm=HASE, to=["緑警察署 生活安全課 係長 平野様 <seian-midori@pref-police.example.jp>"],
 subject="Re: 高齢者向け防犯講習会 講師派遣のお願い",
 text="""緑警察署 平野係長

お世話になっております。長谷部です。
講師派遣をご快諾いただき、ありがとうございます。
以下で確定とさせてください。

日時：12月5日（木）13:30〜15:00
会場：緑区老人福祉センター 大広間（参加予定 約60名）
講師：生活安全課 平野係長、防犯係 鈴木巡査長
当社からは小松が特殊詐欺の寸劇、私が進行を担当します。

当日は12:45に正面玄関でお待ちしております。
""" + SIG_H + """

> 東光警備保障 長谷部様
> 講師の件、平野と鈴木の2名で伺います。寸劇の台本を事前に拝見できれば幸いです。
> 緑警察署 生活安全課 平野
"""),

dict(expect="pass", kind="benign.bcc_mass_mail", where="",
 why="A Bcc'd crime-prevention newsletter to clients with only area statistics.",
 frm=KOMA, to=["東光警備保障 防犯企画課 <bouhan-info@toko-keibi.example.jp>"], bcc=["info@yamabuki-dental.example.jp","soumu@kawai-seimitsu.example.jp","tenpo@cafe-lumiere.example.jp","jimu@sakura-hoikuen.example.jp","office@marumi-fudousan.example.jp","kanri@hikari-clinic.example.jp","info@nagano-kougyou.example.jp","jimukyoku@midori-kaikan.example.jp","takahashi.dental@gmail.example.com","service@green-drug.example.jp","soumu@oozora-unyu.example.jp","admin@tsubasa-juku.example.jp"],
 subject="【東光防犯だより 12月号】年末の事務所荒らしにご注意ください",
 text="""ご契約者の皆さま

いつも東光警備保障をご利用いただき、ありがとうございます。
年末年始は事務所・店舗を狙った侵入盗が増える時期です。

■県内の侵入盗 認知件数（1〜10月、県警公表値）
　事務所：412件（前年同期比 +8%）
　商店：296件（同 -3%）
　侵入口の6割が「無締り」または「ガラス破り」

■年末年始のチェックポイント
　・最終退出時の警備セット忘れ（昨年度は当社契約先で17件）
　・売上金の店内保管は最小限に
　・休業期間を当社指令センターへ事前連絡

ご不明点は担当営業までお問い合わせください。
""" + SIG_K),

dict(expect="pass", kind="benign.it_malware", where="",
 why="'感染' and '隔離' refer to malware on a recorder; the mail is about IT only.",
 frm=KOMA, to=["日進映像システム株式会社 技術サポート 岡田様 <okada@nisshin-eizo.example.jp>"],
 subject="【至急】録画サーバ NVR-08 のマルウェア感染疑いについて",
 text="""日進映像システム 岡田様

東光警備保障の小松です。
本日9時ごろ、彩光会様に設置している録画サーバ（NVR-08、シリアル NV8-2207-00413）で、ウイルス対策ソフトが不審なファイルを検知しました。

・検知名：Trojan.Mirai-Variant
・対応：当該サーバはネットワークから隔離済み、録画はローカル保存で継続
・他の機器への感染は現時点で確認されていません
・監視カメラ12台のうち映像障害はなし

ファームウェアの更新とフォレンジック調査の見積りをお願いできますでしょうか。
""" + SIG_K),

dict(expect="pass", kind="benign.license_numbers", where="",
 why="A tender submission listing the company's security-business certification number and corporate number.",
 frm=HASE, to=["さいたま緑区役所 契約課 <keiyaku@city-midori.example.lg.jp>"],
 subject="令和7年度 区庁舎警備業務 入札参加資格申請書類の提出",
 text="""さいたま緑区役所 契約課 ご担当者様

東光警備保障株式会社の長谷部でございます。
令和7年度区庁舎警備業務の入札参加資格申請書類を提出いたします。

・商号：東光警備保障株式会社
・法人番号：3030001045128
・警備業認定番号：埼玉県公安委員会 第43000112号（有効期限 2027年3月31日）
・警備員指導教育責任者 資格者証：第 1・2号業務 各2名在籍
・ISO 9001 認証番号：JQA-QMA18872

原本は本日書留にて発送いたしました（追跡番号 4402-1187-3306）。
""" + SIG_H),

dict(expect="pass", kind="benign.serials_jan", where="",
 why="An equipment order listing product codes, JAN codes and serial numbers.",
 frm=KOMA, to=["日進映像システム株式会社 営業部 <eigyo@nisshin-eizo.example.jp>"],
 subject="注文書送付（PO-TK-24-0918）",
 text="""日進映像システム 営業部 ご担当者様

いつもお世話になっております。東光警備保障 防犯企画課の小松です。
下記のとおり発注いたします。

| 品番 | 品名 | JAN | 数量 |
| NC-4K20 | 4Kドームカメラ | 4582351120447 | 6 |
| NVR-16P | 16ch録画サーバ | 4582351120881 | 1 |
| PS-0712 | PoEスイッチ | 4582351121024 | 2 |

納品先：医療法人社団彩光会 本館 防災センター
希望納期：12月16日
交換品の旧機シリアル NC2-1907-01120〜01125 は回収をお願いします。
""" + SIG_K),

dict(expect="pass", kind="benign.successor_introduction", where="",
 why="Introduces a successor liaison to a police contact with names and signatures only.",
 frm=HASE, to=["浦和北警察署 警務課 <keimu-urawakita@pref-police.example.jp>"], cc=["東光警備保障 渉外部 遠藤 <endo.k@toko-keibi.example.jp>"],
 subject="担当者交代のご挨拶",
 text="""浦和北警察署 警務課 ご担当者様

平素より大変お世話になっております。東光警備保障の長谷部でございます。
私事で恐縮ですが、12月1日付で本社警備部へ異動することとなりました。
後任は渉外部の 遠藤 健一 が務めます（CCに入れております）。

遠藤は前職で県警OBとして生活安全部門に長く勤めており、事案発生時の連絡にも慣れております。
引き続き変わらぬご指導のほど、よろしくお願い申し上げます。

後任連絡先：遠藤 健一　TEL 048-000-2212　endo.k@toko-keibi.example.jp
""" + SIG_H),

dict(expect="pass", kind="benign.religious_corporation_customer", where="",
 why="A quote for security cameras at a temple run by a 宗教法人 (a corporate customer).",
 frm=KOMA, to=["宗教法人 慈眼寺 寺務所 <jimusho@jigenji.example.jp>"],
 subject="防犯カメラ設置 お見積りのご送付",
 text="""宗教法人 慈眼寺 寺務所 ご担当者様

先日は境内をご案内いただき、ありがとうございました。東光警備保障の小松です。
賽銭箱の盗難対策として、下記のとおりお見積りいたしました。

・本堂前 屋外カメラ 2台
・納骨堂入口 屋外カメラ 1台
・寺務所内 録画機 1台（30日間保存）
・お見積り金額：874,500円（税込）

法要や行事の際の参拝者の映り込みに配慮し、撮影範囲は賽銭箱周辺に限定する設定にいたします。
ご住職様のご都合のよい日に、改めてご説明に伺います。
""" + SIG_K),

dict(expect="pass", kind="benign.vehicle_numbers", where="",
 why="Lists company patrol cars' registration numbers for a parking permit.",
 frm=MURA, to=["株式会社パークス浦和 管理課 <kanri@parks-urawa.example.jp>"],
 subject="月極駐車場 登録車両の変更届",
 text="""パークス浦和 管理課 ご担当者様

東光警備保障の村岡です。浦和第3パーキング（契約番号 PU3-0045）の登録車両を変更します。

旧：大宮 480 す 12-07（巡回車 3号）
新：大宮 480 せ 31-62（巡回車 5号、12月1日から）
継続：大宮 400 さ 88-15（緊急対応車 1号）

許可証の差し替えをお願いいたします。
""" + SIG_MU),

dict(expect="pass", kind="benign.facility_disability_words", where="",
 why="Camera placement near accessible toilets and a nursing room; facility words, no person.",
 frm=KOMA, to=["株式会社エスエム商業施設管理 防災センター 山下様 <yamashita@sm-shisetsu.example.jp>"],
 subject="カメラ配置図の修正（2F 多目的トイレ周辺）",
 text="""山下様

小松です。ご指摘いただいた2Fのカメラ配置を修正しました。

・C-21：障害者用トイレ（多目的トイレ）入口は撮影せず、通路側のみを画角に入れる
・C-22：授乳室前は撮影範囲から外す
・C-23：車いす用エレベーター前は現状維持

プライバシーマスク設定の画面イメージも添付します。
""" + SIG_K,
 attachments=[{"filename":"2F_camera_layout_v2.pdf","contentType":"application/pdf","text":"2F カメラ配置図 v2\nC-21 通路（多目的トイレ入口はマスク）\nC-22 授乳室前 対象外\nC-23 車いす用EV前"}]),

dict(expect="pass", kind="benign.test_card_dev_minutes", where="",
 why="Development meeting minutes where the Luhn-valid card is the gateway's published test number.",
 frm=KOMA, to=["株式会社ソフトリンク 開発チーム 三浦様 <miura@softlink-dev.example.jp>","株式会社ソフトリンク 林様 <hayashi@softlink-dev.example.jp>"], cc=["村岡 隆 <muraoka.t@toko-keibi.example.jp>"],
 subject="議事録：Web申込フォーム 決済連携 第4回定例",
 text="""ソフトリンク 三浦様、林様

本日はありがとうございました。議事録を送付します。

■日時 11/13 15:00-16:00（オンライン）
■出席 ソフトリンク：三浦、林 ／ 東光：小松、村岡

1. ステージング環境での決済テスト
　・テストカード 4111 1111 1111 1111（有効期限 12/30、CVC 123）で正常系OK
　・4000 0000 0000 0002 で拒否系の表示を確認 → エラーメッセージ文言を修正（林）
2. 本番切替は1/14予定。本番ではカード番号を当社サーバに保持しない（トークン化）
3. 次回 11/27 15:00

以上
""" + SIG_K),
]
