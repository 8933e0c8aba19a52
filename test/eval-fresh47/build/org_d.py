# Org D: JAみどり平 北部支店 (agricultural co-operative branch)
ORG = "みどり平農業協同組合（JAみどり平）北部支店 (members' accounts / produce)"
NAKA = "中野 哲也 <nakano.t@ja-midoridaira.example.jp>"
KAWAI = "河合 純 <kawai.j@ja-midoridaira.example.jp>"
KUWA = "桑原 かおり <kuwabara.k@ja-midoridaira.example.jp>"
WRITERS = {NAKA: "信用共済課 中野 哲也", KAWAI: "営農販売課 河合 純", KUWA: "支店長代理 桑原 かおり"}

SIG_N = """
━━━━━━━━━━━━━━━━━━━━
JAみどり平 北部支店 信用共済課
中野 哲也
〒399-4101 長野県みどり平市駒ケ原1550
TEL 0265-00-8811  FAX 0265-00-8819
━━━━━━━━━━━━━━━━━━━━"""
SIG_K = """
--
JAみどり平 北部支店 営農販売課
河合 純（かわい じゅん）
TEL 0265-00-8830 / 携帯 080-0000-7741
kawai.j@ja-midoridaira.example.jp"""
SIG_KU = """
――――――――――――――――
みどり平農業協同組合 北部支店
支店長代理　桑原 かおり
TEL 0265-00-8800
――――――――――――――――"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="id.bank_account", where="body",
 why="Sends a member's personal savings account number and balance to an outside tax accountant.",
 frm=NAKA, to=["税理士法人 信濃会計 担当 北原様 <kitahara@shinano-kaikei.example.jp>"],
 subject="小松原 様 相続税申告用 残高証明の件",
 text="""信濃会計 北原様

いつもお世話になっております。JAみどり平 北部支店の中野です。
ご依頼の件、被相続人 小松原 源一 様名義の口座情報をお知らせします。

　普通貯金　北部支店 口座番号 0412873　相続開始日残高 3,218,440円
　定期貯金　北部支店 口座番号 7108821　相続開始日残高 5,000,000円

残高証明書の原本は、相続人代表の 小松原 久美子 様にお渡し済みです。
""" + SIG_N,
 personal=[{"type":"bank_account","value":"口座番号 0412873"},{"type":"bank_account","value":"口座番号 7108821"},{"type":"name","value":"小松原 源一 様"}]),

dict(expect="hold", kind="list.growers_payments", where="attachment",
 why="The attached sheet lists growers' names, addresses, phones and payment amounts for a transport company.",
 frm=KAWAI, to=["信州中央運送株式会社 配車係 <haisha@shinshu-chuo-unso.example.jp>"],
 subject="りんご（ふじ）集荷ルート表 12月第1週",
 text="""信州中央運送 配車係 ご担当者様

お世話になっております。JAみどり平 営農販売課の河合です。
12月第1週の集荷ルート表を添付します。ご手配をお願いいたします。
""" + SIG_K,
 attachments=[{"filename":"shuka_route_1202.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet","text":
"""[集荷先]
組合員番号	氏名	住所	電話	予定箱数	前回精算額
21-0433	宮下 勝	みどり平市駒ケ原2210	0265-00-1382	120	384,000
21-0519	北沢 節子	みどり平市赤坂字中原88	090-5531-0276	45	141,750
21-0702	唐沢 伸也	みどり平市上穂1043-2	080-3307-8814	200	655,200
21-0815	片桐 美津江	みどり平市南割4-7	0265-00-5529	30	88,500"""}],
 personal=[{"type":"name","value":"北沢 節子"},{"type":"address","value":"みどり平市赤坂字中原88"},{"type":"phone","value":"090-5531-0276"}]),

dict(expect="hold", kind="list.debts", where="body",
 why="Lists several named members with overdue loan balances sent to the credit guarantee association.",
 frm=NAKA, to=["長野県農業信用基金協会 保証部 <hosho@nagano-noushin.example.jp>"], cc=["桑原 かおり <kuwabara.k@ja-midoridaira.example.jp>"],
 subject="延滞状況報告（11月末）",
 text="""長野県農業信用基金協会 保証部 ご担当者様

JAみどり平 北部支店 信用共済課の中野です。
保証付き貸付のうち、3か月以上の延滞先を報告いたします。

1. 酒井 康夫 様（駒ケ原）農業近代化資金　延滞額 842,000円（5か月）
2. 那須野 洋子 様（赤坂）　JA農機ハウスローン　延滞額 316,500円（3か月）
3. 有賀 大地 様（上穂）　 就農支援資金　延滞額 1,270,000円（7か月）

有賀様については代位弁済の請求をご相談させてください。
""" + SIG_N,
 personal=[{"type":"name","value":"酒井 康夫 様"},{"type":"debt","value":"延滞額 842,000円"},{"type":"name","value":"有賀 大地 様"},{"type":"debt","value":"延滞額 1,270,000円"}]),

dict(expect="hold", kind="sensitive.health", where="subject",
 why="The subject line names a member and her diagnosis (stroke) in a mutual-aid claim.",
 frm=NAKA, to=["JA共済連長野 損害調査サービス課 <chousa@ja-kyosai-nagano.example.jp>"],
 subject="Re: 共済金請求 岡本 澄子様 診断名：脳梗塞 入院証明書の件",
 text="""損害調査サービス課 ご担当者様

北部支店の中野です。
標記の書類ですが、病院から今週金曜に発行されるとのことです。
受け取り次第、支店から送付いたします。
""" + SIG_N,
 personal=[{"type":"name","value":"岡本 澄子様"},{"type":"diagnosis","value":"診断名：脳梗塞"}]),

dict(expect="hold", kind="id.my_number", where="quoted",
 why="The forwarded member message contains her My Number; the forward goes to an outside tax accountant.",
 frm=NAKA, to=["税理士法人 信濃会計 担当 北原様 <kitahara@shinano-kaikei.example.jp>"],
 subject="Fw: 出資配当金の支払調書について",
 text="""北原様

中野です。下記の組合員様から確定申告のお問い合わせがありました。
先生の事務所で申告をお受けになっている方とのことですので、転送いたします。
""" + SIG_N + """

-----Original Message-----
From: 樋口 和子 <kazuko.higuchi@ocn.example.ne.jp>
Sent: Tuesday, November 12, 2024 8:31 PM
To: 中野 哲也
Subject: 出資配当金の支払調書について

中野さん
いつもありがとうございます。樋口です。
配当金の支払調書に番号が必要と言われたので、私のマイナンバーをお知らせします。
906010478056
税理士の北原先生にも伝えておいてください。
""",
 personal=[{"type":"my_number","value":"906010478056"},{"type":"name","value":"樋口 和子"}]),

dict(expect="hold", kind="attachment.encrypted_zip", where="encrypted_zip",
 why="Dividend statements sent to a tax accountant as a password-protected zip.",
 frm=NAKA, to=["税理士法人 信濃会計 担当 北原様 <kitahara@shinano-kaikei.example.jp>"],
 subject="出資配当金 明細（顧問先分）送付",
 text="""北原様

中野です。先生の事務所の顧問先に該当する組合員の出資配当金明細をまとめました。
パスワードは電話でお伝えします。
""" + SIG_N,
 attachments=[{"filename":"haitou_meisai_R6.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="recipients.visible_private", where="recipients",
 why="A farm-stand notice to thirteen growers' private addresses, all visible in To.",
 frm=KAWAI, to=["miyashita.farm@gmail.example.com","setsuko.k@ocn.example.ne.jp","karasawa-apple@yahoo.example.co.jp","m.katagiri@nifty.example.com","sakai.yasuo@gmail.example.com","arga.daichi@icloud.example.com","higuchi-ka@ocn.example.ne.jp","k.hoshino.farm@gmail.example.com","takeuchi-nouen@biglobe.example.ne.jp","yoko.nasuno@docomo.example.ne.jp","ichirou.hara@gmail.example.com","haruna.f@yahoo.example.co.jp","noujou@kitazawa-farm.example.jp"],
 subject="【直売所 みどりの市】年末出荷の受付について",
 text="""出荷者の皆さま

いつも直売所「みどりの市」へのご出荷ありがとうございます。営農販売課の河合です。
年末の特設コーナーについてご案内します。

・受付期間：12月2日〜12月13日
・特設コーナー：正月用 松・千両、切り餅、干し柿、野沢菜漬
・出荷日：12月26日〜30日（31日は休業）
・バーコードラベルは12月20日から窓口でお渡しします

申込は直売所窓口または本メールへの返信でお願いします。
""" + SIG_K),

dict(expect="hold", kind="id.pension_number", where="body",
 why="Sends a member's farmers' pension number and basic pension number to an outside labour consultant.",
 frm=KUWA, to=["社会保険労務士 春日 隆 <kasuga@kasuga-sr-office.example.jp>"],
 subject="農業者年金 受給手続きのご相談（伊東 様）",
 text="""春日先生

お世話になっております。JAみどり平 北部支店の桑原です。
伊東 栄作 様（昭和34年生）の農業者年金の受給手続きについて、ご本人から先生にお任せしたいとのご依頼がありました。

　農業者年金 被保険者番号：20-1182-4407
　基礎年金番号：4120-587331
　経営移譲先：長男 伊東 健 様（令和6年4月 認定農業者）

必要書類のリストをお送りいただけますでしょうか。
""" + SIG_KU,
 personal=[{"type":"pension_number","value":"4120-587331"},{"type":"pension_number","value":"20-1182-4407"},{"type":"name","value":"伊東 栄作 様"}]),

dict(expect="hold", kind="personal.neighbour_complaint", where="body",
 why="Forwards a neighbour's full contact and chemical sensitivity to an outside drone-spraying contractor.",
 frm=KAWAI, to=["株式会社スカイアグリ信州 現場管理 <genba@skyagri-shinshu.example.jp>"],
 subject="来春の防除散布にあたっての近隣配慮について",
 text="""スカイアグリ信州 現場管理 ご担当者様

JAみどり平 営農販売課の河合です。
駒ケ原地区のドローン散布について、近隣住民の方から申し入れがありました。

　お名前：今村 玲子 様
　ご住所：みどり平市駒ケ原2218-5（宮下様の園地の東隣）
　お電話：090-8716-3304
　内容：化学物質過敏症の診断を受けており、散布の日は窓を閉めても頭痛がする。散布日を3日前までに知らせてほしい。

来季の散布日程が決まりましたら、今村様へ直接ご連絡をお願いします。
""" + SIG_K,
 personal=[{"type":"name","value":"今村 玲子 様"},{"type":"address","value":"みどり平市駒ケ原2218-5"},{"type":"phone","value":"090-8716-3304"},{"type":"diagnosis","value":"化学物質過敏症の診断"}]),

dict(expect="hold", kind="id.card_number", where="body",
 why="Sends a mail-order customer's full card number and expiry to the payment agency.",
 frm=KAWAI, to=["株式会社ペイフロー 加盟店サポート <support@payflow.example.jp>"],
 subject="電話注文分 カード決済の手入力依頼",
 text="""ペイフロー 加盟店サポート ご担当者様

加盟店ID JA-010377 JAみどり平 直売所「みどりの市」です。
端末の不具合で、電話注文1件の決済ができませんでした。代行入力をお願いします。

　注文番号：MD-24-11-0562（贈答用 りんご10kg ×2）
　ご注文者：梶原 恭平 様
　カード番号：4242 4242 4242 4242
　有効期限：03/28
　金額：12,800円

処理結果をご連絡ください。
""" + SIG_K,
 personal=[{"type":"card_number","value":"4242 4242 4242 4242"},{"type":"name","value":"梶原 恭平 様"}]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.corporate_bank_account", where="",
 why="A sales settlement to a wholesale market giving the JA's own corporate account.",
 frm=KAWAI, to=["株式会社中京青果 経理部 <keiri@chukyo-seika.example.jp>"],
 subject="11月分 販売代金のご精算について",
 text="""中京青果 経理部 ご担当者様

いつもお世話になっております。JAみどり平の河合です。
11月分の販売代金について、精算書を確認いたしました。下記口座へお振込みください。

　金額：18,422,640円
　振込先：みどり平農業協同組合 北部支店 当座 0008812
　口座名義：ミドリダイラノウキヨウ
　期日：12月10日

JAN 4912345000014（サンふじ 10kg）の規格外品の値引き分は、12月精算で相殺をお願いします。
""" + SIG_K),

dict(expect="pass", kind="benign.tracking_numbers", where="",
 why="Gift-shipment tracking numbers (12 digits) for a corporate customer; two happen to pass the My Number check.",
 frm=KAWAI, to=["有限会社木曽路物産 総務 <soumu@kisoji-bussan.example.jp>"],
 subject="お歳暮りんご 発送完了のご連絡（送り状番号）",
 text="""木曽路物産 総務ご担当者様

いつもありがとうございます。JAみどり平 直売所「みどりの市」です。
ご注文いただいたお歳暮用りんごを本日発送しました。ヤマト運輸の送り状番号は以下のとおりです。

　4859-5371-6953
　4002-6150-4020
　3802-5968-8410
　5345-3845-8904
　6964-4964-8392

お届け先ごとの明細は、ご注文時の一覧（貴社作成）のとおりです。到着は12月3〜4日の見込みです。
""" + SIG_K),

dict(expect="pass", kind="benign.jan_codes", where="",
 why="Registers farm-stand products with JAN codes at a retailer; no persons.",
 frm=KAWAI, to=["株式会社スーパーヤマト 商品部 青果担当 <seika@super-yamato.example.jp>"],
 subject="新規取扱商品 JANコード登録のお願い",
 text="""スーパーヤマト 商品部 青果ご担当者様

JAみどり平の河合です。12月から納品する新商品のJANコードをお知らせします。

| 商品名 | 規格 | JAN |
| みどり平 干し柿（市田柿） | 200g | 4571234560019 |
| みどり平 野沢菜漬 | 300g | 4571234560026 |
| りんごジュース「ふじ姫」 | 1L | 4571234560033 |
| りんごジャム「サチコの朝」 | 150g | 4571234560040 |

「サチコの朝」は商品名です（生産者名ではありません）。POP用の写真は別途お送りします。
""" + SIG_K),

dict(expect="pass", kind="benign.company_names_with_surnames", where="",
 why="A supply contract with farming corporations whose names contain surnames, plus a corporate number.",
 frm=KUWA, to=["農事組合法人 坂本ファーム 事務所 <office@sakamoto-farm.example.jp>"], cc=["河合 純 <kawai.j@ja-midoridaira.example.jp>"],
 subject="令和7年産 加工用トマト 契約栽培のご案内",
 text="""農事組合法人 坂本ファーム ご担当者様

いつもお世話になっております。JAみどり平 北部支店の桑原です。
令和7年産の加工用トマト契約栽培について、契約書案をお送りします。

・契約者：農事組合法人 坂本ファーム（法人番号 1100005003327）
・共同出荷：株式会社宮坂農園、有限会社小池りんご園と同一ロット
・契約数量：42t（10a当たり 7t × 6ha）
・基準単価：1kg当たり 32円

ご不明な点は河合までお問い合わせください。
""" + SIG_KU),

dict(expect="pass", kind="benign.plant_disease_words", where="",
 why="'感染' and '隔離' refer to plant disease in greenhouses, not people.",
 frm=KAWAI, to=["長野県みどり平農業改良普及センター 技師 関様 <seki@nouson-fukyu.example.lg.jp>"],
 subject="Re: トマト黄化葉巻病の発生状況",
 text="""関様

河合です。ご連絡ありがとうございました。
管内の状況をまとめました。

・感染が確認されたハウス：7棟（前年 3棟）
・発病株は抜き取り、ビニール袋で密閉して隔離のうえ処分済み
・コナジラミ類の防除：黄色粘着板の設置を全戸に指導
・残りのハウスへの感染拡大は、今のところ見られません

来週の巡回に私も同行させてください。
""" + SIG_K + """

> 河合さん
> 南部で黄化葉巻病の発生が増えています。北部の状況も教えてください。
> 普及センター 関
"""),

dict(expect="pass", kind="benign.minutes_partner_staff", where="",
 why="Minutes of a growers' study meeting naming extension-centre and market staff, no personal data.",
 frm=KAWAI, to=["関 真一 <seki@nouson-fukyu.example.lg.jp>","中京青果 仕入部 西田 <nishida@chukyo-seika.example.jp>"], cc=["桑原 かおり <kuwabara.k@ja-midoridaira.example.jp>"],
 subject="【議事録】りんご生産部会 冬季研修会",
 text="""関様、西田様

先日は講師をお務めいただきありがとうございました。議事録をお送りします。

日時：11月14日（木）13:30〜16:00　場所：北部支店 2階大会議室
出席：生産部会員 46名、普及センター 関様、中京青果 西田様、JA 桑原・河合

1. 今年産の販売実績（西田様）：単価は前年比 +6%、贈答需要が堅調
2. 新わい化栽培の剪定（関様）：実演は1月に宮下部会長の園地で実施
3. 来年度の出荷規格の見直し：次回部会で決定

以上
""" + SIG_K),

dict(expect="pass", kind="benign.data_subject_self", where="",
 why="Sends a member his own loan repayment schedule; only his own data, account masked.",
 frm=NAKA, to=["唐沢 伸也 様 <karasawa-apple@yahoo.example.co.jp>"],
 subject="農機ローン 返済予定表の送付（ご本人様宛）",
 text="""唐沢 伸也 様

いつもJAみどり平をご利用いただき、ありがとうございます。北部支店 信用共済課の中野です。
先日ご依頼いただいた、スピードスプレーヤー購入時のローン返済予定表をお送りします。

　ご融資額：4,800,000円
　返済方法：年1回（12月20日）元利均等
　次回返済額：1,008,240円
　引落口座：普通貯金 ****873（ご本人名義）

残高が不足しないよう、12月19日までにご入金をお願いいたします。
""" + SIG_N),

dict(expect="pass", kind="benign.project_mail_two_companies", where="",
 why="A sorting-facility project mail to six addresses from the JA and one machinery maker.",
 frm=KUWA, to=["杉本 <sugimoto@yamato-kikai.example.jp>","望月 <mochizuki@yamato-kikai.example.jp>","原 <hara@yamato-kikai.example.jp>"], cc=["河合 純 <kawai.j@ja-midoridaira.example.jp>","中野 哲也 <nakano.t@ja-midoridaira.example.jp>","施設課 竹内 <takeuchi.s@ja-midoridaira.example.jp>"],
 subject="共同選果場 光センサー選果機 更新工事 工程会議の件",
 text="""大和機械 杉本様、望月様、原様

JAみどり平 北部支店の桑原です。
選果機更新工事の工程会議を下記で開催させてください。

日時：12月9日（月）10:00〜11:30
場所：北部共同選果場 事務所
議題：
　・旧機（シリアル SK-9910-0087）撤去日程
　・光センサー（糖度・蜜入り）キャリブレーション用サンプル
　・試運転の立会い（JA：河合、竹内）

資料は当日配布で結構です。
""" + SIG_KU),

dict(expect="pass", kind="benign.health_aggregate", where="",
 why="Reports members' health-check uptake as aggregate numbers to the JA health federation.",
 frm=KUWA, to=["長野県厚生農業協同組合連合会 健康管理課 <kenkou@nagano-kouseiren.example.jp>"],
 subject="令和6年度 組合員集団健診 実施結果（北部支店管内）",
 text="""厚生連 健康管理課 ご担当者様

北部支店の桑原です。今年度の集団健診の実施結果を報告します。

　受診者数：612名（前年 588名）
　受診率：41.3%
　要精密検査の通知：84名（13.7%）
　うち精密検査受診済み：51名
　特定保健指導 対象：73名

来年度は健康経営の取組として、支店職員の受診率100%を目標にします。
""" + SIG_KU),

dict(expect="pass", kind="benign.congratulations", where="",
 why="Congratulates a grower on a publicly announced prize.",
 frm=KAWAI, to=["宮下 勝 様 <miyashita.farm@gmail.example.com>"],
 subject="県りんご品評会 知事賞受賞おめでとうございます",
 text="""宮下 勝 様

営農販売課の河合です。
このたびは長野県りんご品評会での知事賞受賞、誠におめでとうございます。
新聞でも「駒ケ原の宮下さん、3度目の頂点」と大きく取り上げられていましたね。

部会の皆さんも大喜びです。1月の冬季研修会で、ぜひ栽培のコツをお話しいただけませんでしょうか。
改めてお電話いたします。
""" + SIG_K),
]
