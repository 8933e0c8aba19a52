# ブライダルサロン ルミエール (bridal dress rental) — lumiere-bridal.jp
D = "lumiere-bridal.jp"
HAYAKAWA = f"早川 麻衣 <hayakawa@{D}>"
OKADA = f"岡田 里奈 <okada.r@{D}>"
MURAI = f"村井 健太 <murai@{D}>"

SIG_H = """
♦‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥♦
Bridal Salon Lumière（ブライダルサロン ルミエール）
店長　早川 麻衣
〒650-0021 神戸市中央区三宮町2-5-11 ルミエールビル2F
TEL 078-331-8820（火曜定休）
https://www.lumiere-bridal.jp
♦‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥‥♦"""

SIG_O = """
――
ルミエール ドレスコーディネーター
岡田 里奈
078-331-8820"""

SIG_M = """
株式会社ルミエール 管理部（経理）
村井 健太
TEL 078-331-8825 / FAX 078-331-8826"""

MAILS = [
# ---------------- PASS ----------------
dict(expect="pass", kind="benign.data_to_subject",
 why="A bride's own fitting reservation with her booking number, sent to her.",
 **{"from": OKADA}, to=["<chihiro.nishimura.0607@gmail.com>"],
 subject="【ルミエール】ご試着予約確定のお知らせ（予約番号 LM-R-24-3317）",
 text="""西村 千尋 様

この度はルミエールにご予約いただき、誠にありがとうございます。
担当コーディネーターの岡田です。以下の内容でご予約を承りました。

■ご予約番号：LM-R-24-3317
■日時：2025年1月11日（土）13:00〜15:00
■ご試着予定ドレス：LM-2291「ソフィア」、LM-2305「クレア」、LM-1870「エミリー」
■挙式日：2025年6月7日（土）／ ホテル北野ガーデン

当日はストラップレスのブライダルインナーをお持ちいただくか、店頭でご用意するものをお使いください。
ご家族様のご同席は3名様までとなります。
変更の際は前日18時までにご連絡くださいませ。お会いできるのを楽しみにしております。
"""+SIG_O),

dict(expect="pass", kind="benign.product_names",
 why="New-collection announcement; katakana dress names look like women's given names but are products.",
 **{"from": HAYAKAWA}, to=["ウエディングプランナー室 中井 様 <nakai@kitano-garden-hotel.jp>"],
 subject="2025SSコレクション入荷のご案内",
 text="""ホテル北野ガーデン
ウエディングプランナー室 中井 様

いつも大変お世話になっております。ルミエールの早川でございます。
2025年春夏の新作が入荷いたしましたのでご案内させていただきます。

・「エミリー」：シルクミカドのAライン、チャペル挙式におすすめ
・「クレア」：総レースのマーメイド、ガーデン披露宴で映えるデザイン
・「ソフィア」：オフショルダーのプリンセスライン、ボリューム感◎
・「マリアンヌ」：カラードレス（くすみブルー）、お色直し向け

御ホテルでご成約のお客様には、引き続き提携特典（小物3点無料）をご用意しております。
プランナーの皆様向けの内覧会を1月20日（月）に予定しておりますので、ぜひお越しください。
"""+SIG_H),

dict(expect="pass", kind="benign.invoice_corporate_account",
 why="Referral-fee invoice to a hotel with corporate bank account and invoice registration number.",
 **{"from": MURAI}, to=["経理課 <keiri@kitano-garden-hotel.jp>"],
 subject="送客手数料ご請求書（2024年11月分）",
 text="""ホテル北野ガーデン 経理課 御中

お世話になっております。株式会社ルミエール 管理部の村井です。
2024年11月分の送客手数料のご請求書をお送りいたします。

請求書番号：LMI-2411-008
ご成約件数：9件（明細は添付PDFのとおり）
ご請求金額：178,200円（税込）
お支払期日：2024年12月27日

振込先：三井住友銀行 三宮支店 普通 9026614　カ）ルミエール
適格請求書発行事業者登録番号：T3140001092287
"""+SIG_M,
 attachments=[dict(filename="請求書_LMI-2411-008.pdf", contentType="application/pdf",
  text="""請求書 LMI-2411-008
ホテル北野ガーデン 御中
成約日 / 予約番号 / 挙式日 / 手数料
11/02 LM-R-24-2981 2025/04/19 19,800
11/03 LM-R-24-2990 2025/05/03 19,800
11/09 LM-R-24-3011 2025/03/22 19,800
（以下6件省略）
合計 178,200円（うち消費税 16,200円）""")]),

dict(expect="pass", kind="benign.serial_numbers",
 why="Cleaning instructions keyed by dress management numbers, no customer data.",
 **{"from": OKADA}, to=["工場 受付 <uketsuke@kobe-dress-clean.co.jp>"],
 subject="クリーニング依頼（12/9 集荷分 7着）",
 text="""神戸ドレスクリーニング 御中

ルミエールの岡田です。本日集荷分の明細です。

LM-2291（ソフィア）裾に泥はね、ファンデーション汚れ（胸元）
LM-1870（エミリー）ワイン染み 左腰付近 直径3cm程度 → 要染み抜き
LM-2044 トレーン部のレース1か所ほつれ → お直し不要、汚れのみ
LM-1502 通常クリーニング
LM-2305（クレア）ビジュー2個欠落（予備ビジュー同封）
CD-0418（カラー・ネイビー）通常クリーニング
VL-0093（ベール）通常

納期は12/20でお願いします。伝票番号 KD-77341〜77347。
"""+SIG_O),

dict(expect="pass", kind="benign.project_two_companies",
 why="Photo-shoot project mail with five addresses from two partner companies.",
 **{"from": HAYAKAWA},
 to=["<nakai@kitano-garden-hotel.jp>", "<s.tomita@kitano-garden-hotel.jp>", "<studio@harbor-photo.jp>", "<kenta.ono@harbor-photo.jp>"],
 cc=["<marketing@kitano-garden-hotel.jp>"],
 subject="Re: 2025年パンフレット撮影（2/4）の段取り",
 text="""皆様

ルミエールの早川です。撮影の段取りについて、こちらの担当分を共有いたします。

・衣装：ドレス5着（エミリー、クレア、ソフィア、マリアンヌ、LM-1502）、タキシード2着
・モデル：プロダクション所属モデル2名（ハーバーフォト様手配、契約上の氏名表記は不要）
・搬入：2/4 8:30、ホテル北野ガーデン 通用口（車両 神戸 300 て 45-12）
・着付け担当：当店 岡田、ほか1名

冨田様：チャペル使用時間の確定をお待ちしております。
小野様：ライティング機材の搬入経路は前回と同じで問題ないでしょうか。

> 早川様
> チャペルは 10:00〜12:00 で仮押さえしています。最終確定は1/20です。
> ホテル北野ガーデン 冨田
"""+SIG_H),

dict(expect="pass", kind="benign.masked_card_to_subject",
 why="Receipt sent to the customer herself with only a masked card number.",
 **{"from": MURAI}, to=["<aya.fukuda@docomo.ne.jp>"],
 subject="【ルミエール】お支払い完了と領収書のご送付",
 text="""福田 彩 様

この度はルミエールをご利用いただきありがとうございます。管理部の村井でございます。
ドレスレンタル残金のお支払いを確認いたしましたので、領収書をお送りいたします。

・ご契約番号：LM-C-24-0882
・お支払日：2024年12月10日
・お支払方法：クレジットカード（VISA **** **** **** 1881、一括）
・金額：198,000円（税込）

ご挙式まであと少しですね。最終フィッティングでお待ちしております。
"""+SIG_M),

dict(expect="pass", kind="benign.congratulation",
 why="Congratulations to a partner planner on opening her own business; names and business details only.",
 **{"from": HAYAKAWA}, to=["吉川 美帆 様 <miho@atelier-miho-wedding.jp>"],
 subject="ご独立おめでとうございます",
 text="""吉川 美帆 様

ご無沙汰しております。ルミエールの早川です。
この度はフリーランスのウエディングプランナーとしてご独立、またアトリエのオープン、誠におめでとうございます！
ホテル時代には本当にたくさんの花嫁様をご紹介いただき、スタッフ一同感謝しております。

ささやかですが、オープン祝いのお花をお送りしました。
今後もぜひご一緒にお仕事ができましたら嬉しいです。落ち着かれた頃にランチでもいかがでしょうか。
"""+SIG_H),

dict(expect="pass", kind="benign.test_card_dev",
 why="Development minutes with a Luhn-valid public test card number used in the payment sandbox.",
 **{"from": MURAI}, to=["開発チーム 大森様 <omori@webfactory-kobe.jp>", "<dev@webfactory-kobe.jp>"],
 subject="予約サイト改修 定例（12/11）メモ",
 text="""大森様

本日の定例のメモです。

1. オンライン決済（デポジット 30,000円）のステージング検証
   - テストカード 4242 4242 4242 4242（有効期限 12/34、CVC 123）で決済成功を確認
   - 4000 0000 0000 0002 で「カード拒否」メッセージ表示OK
   - 3Dセキュア画面の文言が英語のまま → 日本語化を依頼
2. 試着予約の重複チェック：同一時間帯に3組まで（現状2組で制限されている）
3. ドレス詳細ページ：商品名「エミリー」「クレア」のalt属性が空
4. 次回：12/18（水）15:00 オンライン

リリース目標は1/31で変わらずです。
"""+SIG_M),

# ---------------- HOLD ----------------
dict(expect="hold", kind="id.card",
 why="A customer's full credit card number with expiry taken by phone, sent to an outside payment agency.",
 **{"from": MURAI}, to=["加盟店サポート <support@kansai-payment.co.jp>"],
 subject="電話受付分の決済代行依頼（デポジット）",
 text="""関西ペイメント 加盟店サポート 御中

株式会社ルミエール（加盟店番号 KP-0031182）の村井です。
お客様から電話でデポジットのお支払いを承りましたので、代行処理をお願いいたします。

お客様名：小林 真央 様
カード番号：4242 4242 4242 4242
有効期限：08/27
金額：30,000円
連絡先：080-7761-2058

処理完了後、承認番号をお知らせください。
"""+SIG_M,
 personal=[dict(type="card_number", value="4242 4242 4242 4242"), dict(type="name", value="小林 真央"),
  dict(type="phone", value="080-7761-2058")]),

dict(expect="hold", kind="personal.inquiry_forwarded",
 why="Forwards a customer's inquiry with her full contact details to a partner photo studio without her consent.",
 **{"from": OKADA}, to=["<studio@harbor-photo.jp>"],
 subject="Fw: 前撮りについてのお問い合わせ",
 text="""ハーバーフォト様

ルミエールの岡田です。
当店のお客様から前撮りのご相談がありましたので、そちらから直接ご連絡いただけますか。

-----Original Message-----
From: 長谷川 恵 <megumi.hasegawa@yahoo.co.jp>
Subject: 前撮りについてのお問い合わせ

ルミエール ご担当者様
5月に結婚式を挙げる長谷川 恵と申します。
ドレスをお借りする予定なのですが、3月頃に須磨海岸で前撮りをしたいと考えています。
住所：神戸市垂水区舞子台6-12-3-701
電話：090-4428-1176
挙式日：2025年5月17日（新郎：内藤 健一）
"""+SIG_O,
 personal=[dict(type="name", value="長谷川 恵"), dict(type="address", value="神戸市垂水区舞子台6-12-3-701"),
  dict(type="phone", value="090-4428-1176")]),

dict(expect="hold", kind="list.customers",
 why="Attachment lists six brides with phones, wedding dates and body measurements, sent to an outside sewing subcontractor.",
 **{"from": OKADA}, to=["アトリエ縫 代表 津田様 <tsuda@atelier-nui.jp>"],
 subject="1月お直し分 採寸データ",
 text="""津田様

いつもありがとうございます。岡田です。
1月お直し分の採寸データを添付します。挙式日が近い方から順に仕上げていただけると助かります。
"""+SIG_O,
 attachments=[dict(filename="お直し_採寸_2025-01.csv", contentType="text/csv",
  text="""顧客名,電話,挙式日,ドレス,バスト,ウエスト,ヒップ,身長,備考
西村 千尋,090-3318-2274,2025/06/07,LM-2291,82,61,86,158,裾上げ3cm
福田 彩,080-5520-1903,2025/02/15,LM-1502,88,68,92,163,
山口 奈々,070-4491-6638,2025/03/01,LM-2305,79,59,84,152,ヒール7cm前提
柏木 瞳,090-8872-0154,2025/02/22,LM-2044,94,76,98,166,ウエスト出し
三輪 杏,080-2216-7750,2025/04/05,LM-1870,84,64,88,160,
大谷 莉子,090-6635-4412,2025/03/29,CD-0418,86,66,90,157,
""")],
 personal=[dict(type="name", value="柏木 瞳"), dict(type="phone", value="090-8872-0154"),
  dict(type="name", value="西村 千尋")]),

dict(expect="hold", kind="sensitive.medical",
 why="Body is neutral; the attached alteration sheet says the named bride had breast-cancer surgery.",
 **{"from": HAYAKAWA}, to=["アトリエ縫 代表 津田様 <tsuda@atelier-nui.jp>"],
 subject="特別お直しのご相談（LM-2305 クレア）",
 text="""津田様

早川です。いつも難しいお願いばかりですみません。
クレアのお直しについて、指示書を添付いたします。
ご本人はとても楽しみにされているので、どうぞよろしくお願いいたします。
"""+SIG_H,
 attachments=[dict(filename="お直し指示書_LM-2305.docx",
  contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  text="""お直し指示書
ドレス：LM-2305 クレア
お客様：河合 美咲 様（挙式 2025/04/26）
事情：昨年、左乳がんで乳房切除術を受けられており、現在も抗がん剤治療中です。
・左胸元に補整パッドを縫い付けるポケットを作成
・胸元の開きを2cm浅く、脇のレースを延長して術後の傷跡が見えないように
・体調により採寸値が変わる可能性があるため、最終調整は挙式2週間前""")],
 personal=[dict(type="name", value="河合 美咲"), dict(type="diagnosis", value="左乳がんで乳房切除術")]),

dict(expect="hold", kind="attachment.encrypted_zip",
 why="Password-protected zip attachment (PPAP).",
 **{"from": MURAI}, to=["たちばな税理士事務所 <office@tachibana-tax.jp>"],
 subject="年末調整資料の送付",
 text="""たちばな税理士事務所 御中

お世話になっております。ルミエールの村井です。
年末調整の資料一式をお送りいたします。
パスワードは別メールでお送りします。
"""+SIG_M,
 attachments=[dict(filename="年末調整資料_ルミエール_2024.zip", contentType="application/zip", encrypted=True)]),

dict(expect="hold", kind="recipients.overexposed",
 why="Exhibition invitation with fifteen customers' private addresses visible in To.",
 **{"from": HAYAKAWA},
 to=["<chihiro.nishimura.0607@gmail.com>", "<aya.fukuda@docomo.ne.jp>", "<nana.yamaguchi@icloud.com>",
     "<hitomi.k@ezweb.ne.jp>", "<an.miwa@gmail.com>", "<riko.otani@yahoo.co.jp>", "<megumi.hasegawa@yahoo.co.jp>",
     "<mao.kobayashi@gmail.com>", "<misaki.kawai@icloud.com>", "<s.hirano.0921@gmail.com>", "<yuka_m@au.com>",
     "<kanako.ishii@outlook.jp>", "<erika.t@softbank.ne.jp>", "<mei-suzuki@yahoo.co.jp>", "<h.arakawa@gmail.com>"],
 subject="【ルミエール】プレ花嫁様限定 新作ドレス展示会のご案内",
 text="""ご成約のお客様へ

いつもルミエールをご愛顧いただき、誠にありがとうございます。店長の早川です。
ご成約いただいたプレ花嫁様限定で、2025SS新作ドレスの展示会を開催いたします。

日時：2025年1月18日（土）・19日（日）10:00〜18:00
場所：ルミエール本店 2F サロン
特典：ご来場の方にブーケ型チャーム、カラードレス追加レンタル20%オフ

ご家族・ご友人とご一緒にぜひお越しくださいませ。
"""+SIG_H),

dict(expect="hold", kind="id.mynumber",
 why="Sends three freelance hair-makeup artists' My Numbers and addresses to the tax accountant.",
 **{"from": MURAI}, to=["たちばな税理士事務所 担当 宮下様 <miyashita@tachibana-tax.jp>"],
 subject="支払調書作成用 外注先情報",
 text="""宮下様

ルミエールの村井です。
2024年分の報酬の支払調書作成に必要な外注ヘアメイクの情報です。
本人確認書類は店舗で確認済みです。

1) 安藤 ゆかり　神戸市東灘区御影2-14-7　個人番号 273605918472　支払額 1,284,000円
2) 桐山 さとみ　芦屋市大原町9-3-502　個人番号 841296730500　支払額 862,500円
3) 堤 遥　明石市大久保町西脇118-6　個人番号 195738204617　支払額 410,000円

よろしくお願いいたします。
"""+SIG_M,
 personal=[dict(type="mynumber", value="273605918472"), dict(type="mynumber", value="841296730500"),
  dict(type="mynumber", value="195738204617"), dict(type="name", value="安藤 ゆかり"),
  dict(type="address", value="神戸市東灘区御影2-14-7")]),

dict(expect="hold", kind="id.drivers_license",
 why="The quoted message from the venue contains a customer's driver's licence number, passed on to the dressmaker.",
 **{"from": OKADA}, to=["アトリエ縫 代表 津田様 <tsuda@atelier-nui.jp>"],
 cc=["<s.tomita@kitano-garden-hotel.jp>"],
 subject="Re: 平野様 ドレス持ち込みの件",
 text="""津田様、冨田様

岡田です。平野様のドレスはホテル様からのご連絡のとおり、1/8 にアトリエへ直接お届けいただく形で問題ありません。
裾上げのみですので、1週間で仕上がる見込みです。

> ルミエール 岡田様
> 平野様のドレス持ち込みの件、本人確認が取れましたのでご連絡します。
> 氏名：平野 沙織　生年月日：1996年9月21日
> 運転免許証番号：第 628804417530 号（兵庫県公安委員会）
> 連絡先：080-1193-5562
> ホテル北野ガーデン 冨田
"""+SIG_O,
 personal=[dict(type="drivers_license", value="628804417530"), dict(type="name", value="平野 沙織"),
  dict(type="phone", value="080-1193-5562")]),

dict(expect="hold", kind="personal.profile",
 why="One customer's name, address, phone and incident details sent to the insurer.",
 **{"from": HAYAKAWA}, to=["損害サービス課 竹内様 <takeuchi@kobe-kaijo-sonpo.co.jp>"],
 subject="動産総合保険 事故報告（ドレス破損）",
 text="""竹内様

お世話になっております。ルミエールの早川です。
先日お電話でご報告した事故について、詳細をお送りします。

証券番号：DS-2024-117093
事故日：2024年12月1日
事故内容：レンタル中のドレス LM-2044 が披露宴会場で燭台の火に触れ、裾約40cmを焼損
借主：柏木 瞳 様（神戸市灘区篠原北町3-8-15、090-8872-0154）
当日の会場：ホテル北野ガーデン 2F ガーデンホール
ドレスの再調達価格：680,000円

借主様には免責額（50,000円）のみご負担いただく予定です。
"""+SIG_H,
 personal=[dict(type="name", value="柏木 瞳"), dict(type="address", value="神戸市灘区篠原北町3-8-15"),
  dict(type="phone", value="090-8872-0154")]),
]
