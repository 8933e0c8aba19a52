# -*- coding: utf-8 -*-
"""Org D: 株式会社みちのく中央銀行 相続サポートセンター (regional bank inheritance desk)."""
from common import M, att, zip_enc, XLSX, PDF, CSV, ZIP, DOCX

ORG = "D"
DOM = "michinoku-chuo.example.jp"

KUDO = "工藤 浩二 <koji.kudo@michinoku-chuo.example.jp>"
SASAKI = "佐々木 里奈 <rina.sasaki@michinoku-chuo.example.jp>"
CHIBA = "千葉 雅人 <masato.chiba@michinoku-chuo.example.jp>"

SIG_KUDO = """
■□■━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社みちのく中央銀行
営業推進部　相続サポートセンター
調査役　工藤 浩二（くどう こうじ）
〒980-0000 宮城県仙台市青葉区本町0-2-10 みちのく中央銀行本店5階
TEL：022-000-3160（相続専用ダイヤル）　FAX：022-000-3169
受付時間：平日 9:00～17:00
━━━━━━━━━━━━━━━━━━━━━━━━━━━━■□■
【ご注意】当行がお客さまに暗証番号・パスワードをメールでお尋ねすることはありません。
"""

SIG_SASAKI = """
------------------------------
みちのく中央銀行 相続サポートセンター
佐々木 里奈
TEL 022-000-3160（相続専用ダイヤル）
------------------------------
"""

SIG_CHIBA = """
株式会社みちのく中央銀行
相続サポートセンター 次長
千葉 雅人
TEL 022-000-3161 / FAX 022-000-3169
"""

MAILS = []
add = MAILS.append

# 61 P benign.condolence
add(M("千葉", None, "pass", "benign.condolence",
      "取引先企業の会長逝去に対するお悔やみと手続きの一般的なご案内。相手は法人の総務担当で、個人の資産や家族の情報はない。",
      CHIBA, ["総務部長 遠藤様 <endo@marumitsu-shoji.example.jp>"],
      "お悔やみ申し上げます（故 丸山会長様）",
      """
株式会社丸光商事
総務部長　遠藤 様

このたびは、貴社会長 丸山 光三 様のご逝去の報に接し、謹んで哀悼の意を表します。

丸山会長様には、弊行が貴社と取引を始めさせていただいた昭和の時代から四十年以上にわたり、格別のご厚情を賜りました。
「地元の銀行が元気でなければ、地元の会社も元気にならない」とのお言葉を、弊行の役員一同いまも大切にしております。

ご葬儀（社葬）の日程が決まりましたら、お知らせいただけますと幸いです。
弊行からは頭取および仙台駅前支店長が参列させていただく予定です。

なお、ご家族様の個人のお手続きにつきましては、落ち着かれた頃で結構ですので、ご家族様のご都合に合わせて当センターでご案内いたします。
会社としてのお手続き（役員変更に伴う届出等）は、引き続き仙台駅前支店の担当よりご連絡いたします。

略儀ながら、メールにてお悔やみ申し上げます。
""" + SIG_CHIBA))

# 62 H body id.bank_account
add(M("佐々木", "body", "hold", "id.bank_account",
      "司法書士への連絡で、代表相続人（個人）の他行口座番号・名義を本文に記載。遺産整理の正当な目的でも個人口座情報の外部送信。",
      SASAKI, ["星 優子 司法書士 <y-hoshi@morinomiyako-legal.example.jp>"],
      "故 佐藤 昭二様 預金払戻し（受付番号 R06-0782）の振込先について",
      """
司法書士法人 杜の都リーガル
星 優子 先生

いつもお世話になっております。みちのく中央銀行 相続サポートセンターの佐々木です。

故 佐藤 昭二 様（受付番号 R06-0782）の預金払戻しにつきまして、遺産分割協議書の内容どおり、代表相続人様の口座へ一括してお振込みする手続きを進めております。
相続人様の払戻請求書に記載された振込先を、念のため先生の方でもお手元の資料とご照合いただけますでしょうか。

　代表相続人　：佐藤 美代子 様
　振込先　　　：杜の都信用金庫 長町支店
　預金種目　　：普通
　口座番号　　：5102384
　口座名義　　：サトウ ミヨコ

　払戻金額　　：普通預金 3,418,226円、定期預金 5,000,000円（利息別）

相違がなければ、11月29日（金）に実行いたします。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_SASAKI,
      personal=[("name", "佐藤 美代子"), ("bank_branch", "杜の都信用金庫 長町支店"),
                ("bank_account", "5102384"), ("account_holder", "サトウ ミヨコ"), ("name", "佐藤 昭二")]))

# 63 H attachment list.customers
add(M("工藤", "attachment", "hold", "list.customers",
      "本文は架電依頼だけだが、添付XLSXに未完了案件の被相続人名・連絡先相続人名・電話番号・預金残高・不足書類が一覧になっている。外部のコールセンターへの顧客リスト。",
      KUDO, ["SV 今野様 <konno@tohoku-tele.example.jp>"],
      "相続手続き未完了のお客さまへのご案内架電（12月分）",
      """
東北テレサービス株式会社
スーパーバイザー　今野 様

いつもお世話になっております。みちのく中央銀行 相続サポートセンターの工藤です。
12月分の架電対象リストをお送りします。

トークスクリプトは前月と同じ「手続きの進み具合のご確認」版でお願いします。
不足書類の説明が必要な場合は、相続専用ダイヤルへおつなぎください。

架電結果は12月20日（金）までにご報告ください。
よろしくお願いします。
""" + SIG_KUDO,
      attachments=[att("架電対象_202412.xlsx", XLSX, """
[架電対象]
受付番号	被相続人	連絡先相続人	続柄	電話番号	預金残高合計	不足書類
R06-0511	阿部 清	阿部 和子	妻	022-000-4418	12,806,553	遺産分割協議書
R06-0548	千田 ミツ	千田 勝也	長男	090-0000-2264	2,140,087	戸籍謄本（出生～死亡）
R06-0603	今井 宗一	今井 恵	長女	080-0000-7321	31,552,900	印鑑証明書（二男分）
R06-0627	菅野 トミ	菅野 博	長男	0224-00-5517	486,214	相続届
R06-0655	及川 信夫	及川 直美	妻	090-0000-9930	7,930,115	遺産分割協議書
R06-0690	高橋 義雄	高橋 泰子	妻	022-000-8876	18,440,302	除籍謄本
R06-0714	鈴木 キミ	渡辺 弘美	長女	070-0000-1609	955,740	相続届・印鑑証明書
""")],
      personal=[("name", "阿部 和子"), ("phone", "022-000-4418"), ("name", "今井 恵"),
                ("phone", "080-0000-7321"), ("name", "及川 直美"), ("balance", "31,552,900")]))

# 64 P benign.tracking_number
add(M("佐々木", None, "pass", "benign.tracking_number",
      "書類返送の連絡。12桁のヤマト伝票番号（偶然マイナンバーのチェックディジットも満たす）と受付番号のみ。",
      SASAKI, ["星 優子 司法書士 <y-hoshi@morinomiyako-legal.example.jp>"],
      "戸籍謄本等 原本返却のご連絡（R06-0782）",
      """
星先生

いつもお世話になっております。みちのく中央銀行の佐々木です。
R06-0782 の件で、お預かりしていた戸籍謄本等の原本を本日返送いたしました。

　発送方法：宅急便（ヤマト運輸）
　伝票番号：8266 9208 9672
　内容　　：戸籍謄本・除籍謄本 計7通、法定相続情報一覧図の写し 1通、印鑑証明書 3通

また、R06-0801 の件でご依頼の残高証明書は別便（伝票番号 1479-0419-7405）でお送りしています。

お受け取りのご確認をお願いいたします。
""" + SIG_SASAKI))

# 65 P benign.corporate_account
add(M("工藤", None, "pass", "benign.corporate_account",
      "提携司法書士法人への業務委託報酬の支払連絡。振込先は法人口座、法人番号・請求書番号のみ。",
      KUDO, ["経理ご担当 <keiri@morinomiyako-legal.example.jp>"],
      "10月分 業務委託報酬のお支払いについて",
      """
司法書士法人 杜の都リーガル
経理ご担当者様

いつもお世話になっております。みちのく中央銀行 相続サポートセンターの工藤です。
10月分の遺産整理業務（提携案件）の委託報酬につきまして、下記のとおりお支払いいたします。

　お支払日　：2024年11月29日（金）
　お振込先　：みちのく中央銀行 本店営業部　普通 0418226
　口座名義　：シホウショシホウジン モリノミヤコリーガル
　法人番号　：5370005002176
　対象請求書：MRL-2410-01～MRL-2410-04（計4件）
　お支払金額：1,386,000円（税込）

源泉徴収は司法書士法人様のため対象外です。
明細は、別途郵送いたします支払通知書にてご確認ください。
""" + SIG_KUDO))

# 66 H quoted sensitive.criminal
add(M("佐々木", "quoted", "hold", "sensitive.criminal",
      "司法書士への相談として、相続人のメール（兄が詐欺罪で刑務所に服役中）を氏名付きで転送している。",
      SASAKI, ["星 優子 司法書士 <y-hoshi@morinomiyako-legal.example.jp>"],
      "Fw: 兄の署名・押印について",
      """
星先生

お世話になっております。佐々木です。
R06-0835（故 中島 ハル様）の相続人様から、下記のご相談がありました。
刑事施設に収容中の相続人の署名・押印と印鑑証明書の代わりになる書類について、先生の方でご案内いただくことは可能でしょうか。

よろしくお願いいたします。
""" + SIG_SASAKI + """

---------- Forwarded message ---------
From: 中島 恵子 <keiko.nakajima.sendai@example-mail.jp>
Date: 2024年11月19日(火) 14:12
Subject: 兄の署名・押印について
To: rina.sasaki@michinoku-chuo.example.jp

みちのく中央銀行 佐々木様

先日はありがとうございました。中島です。
母の預金の手続きですが、実は兄の中島 剛が詐欺罪で懲役3年の判決を受け、現在、宮城刑務所に服役しています（出所は2026年の予定です）。
兄の実印や印鑑証明書を用意することができないのですが、どうすればよいでしょうか。
兄とは手紙でやり取りができ、遺産分割協議の内容には同意しています。

中島 恵子
""",
      personal=[("name", "中島 剛"), ("criminal", "詐欺罪で懲役3年の判決を受け、現在、宮城刑務所に服役"),
                ("name", "中島 恵子"), ("email", "keiko.nakajima.sendai@example-mail.jp")]))

# 67 P English benign general procedure
add(M("工藤", None, "pass", "benign.procedure",
      "海外の法律事務所への一般的な手続き説明（英語）。案件は事務所側の参照番号のみで、相続人の個人情報は書いていない。",
      KUDO, ["Olivia Whitlock <o.whitlock@harbourfinch.example.com>"],
      "Re: Inheritance procedure for non-resident heirs – general requirements",
      """
Dear Ms Whitlock,

Thank you for your enquiry regarding your matter ref. HF/24/3381. Please find below the general requirements for heirs who live outside Japan when claiming deposits held with Michinoku Chuo Bank.

1. Proof of heirship
   Japanese family register (koseki) extracts of the deceased from birth to death, or a certified copy of the "Statutory Heir Information Certificate" issued by the Legal Affairs Bureau.

2. Identity and signature of each non-resident heir
   Instead of a Japanese seal certificate, we accept a Signature Certificate (Shomei Shomei) issued by a Japanese embassy or consulate, or a notarised affidavit of signature with an apostille. The original is required.

3. Agreement on the division of the estate
   Either a division agreement signed by all heirs, or our bank's own inheritance form signed by all heirs.

4. Payment
   Funds can be transferred to an overseas account by telegraphic transfer. Please note that our SWIFT code is MCBKJPJS, and overseas remittance charges will be deducted.

Documents written in languages other than Japanese must be accompanied by a Japanese translation; the translator need not be certified.

The usual processing time is three to four weeks from receipt of complete documents. I would be happy to review drafts by email before the originals are sent, as long as the drafts do not include identity document numbers.

Kind regards,

Koji Kudo
Senior Officer, Inheritance Support Centre
Michinoku Chuo Bank, Ltd.
0-2-10 Honcho, Aoba-ku, Sendai, Miyagi 980-0000, Japan
Tel: +81-22-000-3160
"""))

# 68 H subject English id.passport
add(M("工藤", "subject", "hold", "id.passport",
      "本文は書類受領と原本郵送のお願いだけだが、件名に相続人の氏名と旅券番号が入っている。",
      KUDO, ["Olivia Whitlock <o.whitlock@harbourfinch.example.com>"],
      "HF/24/3381 – Kenji Hara, passport TR4825173 – signature certificate",
      """
Dear Ms Whitlock,

Thank you for the scanned documents. We have checked them and they appear to be in order.

To proceed, we need the original Signature Certificate by post. Please send it by courier to the address below, marked "Inheritance Support Centre – Kudo":

Michinoku Chuo Bank, Ltd., Head Office 5F
0-2-10 Honcho, Aoba-ku, Sendai, Miyagi 980-0000, Japan

Once the original arrives, payment will be made within about ten business days.

Kind regards,

Koji Kudo
Inheritance Support Centre, Michinoku Chuo Bank
""",
      personal=[("name", "Kenji Hara"), ("passport", "TR4825173")]))

# 69 H body sensitive.health
add(M("千葉", "body", "hold", "sensitive.health",
      "司法書士への成年後見申立ての相談で、相続人（母）の氏名・年齢・入所施設・認知症の診断名と要介護度を記載している。",
      CHIBA, ["星 優子 司法書士 <y-hoshi@morinomiyako-legal.example.jp>"],
      "R06-0851 相続人に意思能力の問題がある案件のご相談",
      """
杜の都リーガル
星 先生

いつも大変お世話になっております。みちのく中央銀行 相続サポートセンターの千葉です。
相続人の意思能力に関わる案件について、ご相談させてください。

■案件
　受付番号 R06-0851　故 高橋 正男 様（預金・投資信託 合計 約4,200万円）

■相続人
　・妻　高橋 ヨシ子 様（88歳）
　・長男　高橋 誠 様
　・長女　木村 裕子 様

■状況
　妻のヨシ子様は、昨年からアルツハイマー型認知症と診断されており、現在は泉区の特別養護老人ホーム「いずみの里」に入所中（要介護4）とのことです。
　長男様からは「母の代わりに自分が署名する」とのお申し出がありましたが、当行としてはお受けできない旨をご説明しました。

■ご相談
　1．成年後見の申立てのご案内を、先生からご家族にしていただくことは可能でしょうか。
　2．申立てから審判までの標準的な期間と、その間の預金の扱い（葬儀費用の仮払い等）について、ご家族への説明の仕方をご教示ください。

長男様には、先生のお名前をお伝えしてもよいとのご了承をいただいております。
よろしくお願いいたします。
""" + SIG_CHIBA,
      personal=[("name", "高橋 ヨシ子"), ("diagnosis", "アルツハイマー型認知症"),
                ("care_level", "要介護4"), ("facility", "特別養護老人ホーム「いずみの里」")]))

# 70 P benign.self_subject
add(M("佐々木", None, "pass", "benign.self_subject",
      "相続人ご本人への必要書類のご案内。本人とその亡父の情報を本人に送っているだけで、口座番号はマスク済み。",
      SASAKI, ["村上 智子 <tomoko.murakami@example-mail.jp>"],
      "相続手続きに必要な書類のご案内（故 村上 修様）",
      """
村上 智子 様

このたびはご愁傷さまでございます。
本日はお電話をいただき、ありがとうございました。みちのく中央銀行 相続サポートセンターの佐々木でございます。

お電話でご案内いたしました、お父様（故 村上 修 様）のご預金のお手続きに必要な書類を、改めてお知らせいたします。

【お父様のお取引】
　・普通預金　仙台駅前支店　****208
　・定期預金　仙台駅前支店　****611

【ご用意いただく書類】
　1．お父様の出生から死亡までの戸籍謄本（除籍・改製原戸籍を含む）
　　※法定相続情報一覧図の写しがあれば、戸籍謄本に代えることができます。
　2．相続人全員の戸籍謄本（または抄本）
　3．相続人全員の印鑑証明書（発行から6か月以内）
　4．当行所定の相続届（本日郵送いたしました）
　5．お父様の通帳・キャッシュカード

書類がそろいましたら、ご来店の予約をお取りください。予約なしでのご来店ですと、お待たせする場合がございます。
ご不明な点がございましたら、相続専用ダイヤルまでお気軽にお問い合わせください。
""" + SIG_SASAKI))

# 71 H zip
add(M("佐々木", "zip", "hold", "attachment.encrypted_zip",
      "残高証明書一式をパスワード付きZIPで税理士法人へ送付（PPAP）。",
      SASAKI, ["広瀬川会計 相続チーム <souzoku@hirosegawa-tax.example.jp>"],
      "残高証明書のご送付（R06-0690）",
      """
税理士法人 広瀬川会計
相続チーム ご担当者様

お世話になっております。みちのく中央銀行の佐々木です。
相続人様からのご依頼により、R06-0690 の残高証明書（相続開始日現在）をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別途メールにてお送りいたします。

原本は相続人様宛てに郵送済みです。
よろしくお願いいたします。
""" + SIG_SASAKI,
      attachments=[zip_enc("残高証明書_R06-0690.zip")]))

# 72 P benign.license_number
add(M("工藤", None, "pass", "benign.license_number",
      "不動産会社紹介の連絡。宅建業者の免許番号・宅建士の登録番号・法人番号が並ぶが、個人の識別番号ではなく、相続人の個人情報もない。",
      KUDO, ["相続不動産チーム 斎藤様 <saito@mirai-fudosan.example.jp>"],
      "相続不動産の売却相談　提携先としてのご紹介について",
      """
仙台みらい不動産株式会社
相続不動産チーム　斎藤 様

いつもお世話になっております。みちのく中央銀行 相続サポートセンターの工藤です。
先日お話しした、相続した不動産の売却をご検討のお客さまへの提携先のご紹介について、行内の審査が通りましたのでご連絡いたします。

当行のご案内チラシに、以下のとおり貴社情報を掲載いたします。内容にお間違いがないかご確認ください。

　商号　　　　　：仙台みらい不動産株式会社
　法人番号　　　：3370001018842
　宅建業免許　　：宮城県知事（5）第5132号
　所属団体　　　：公益社団法人 宮城県宅地建物取引業協会
　ご担当　　　　：斎藤 洋平 様（宅地建物取引士 登録番号 宮城 第013377号）

お客さまをご紹介する際は、必ずお客さまご本人の同意を得たうえで、お名前とお電話番号のみをお伝えする運用とします。
紹介料のお支払いはございません（当行からもお受け取りいたしません）。

よろしくお願いいたします。
""" + SIG_KUDO))

# 73 P benign.public_figure (historical persons)
add(M("千葉", None, "pass", "benign.public_figure",
      "広報誌コラムの原稿確認。出てくるのは歴史上の人物（徳川家康・伊達政宗）と現存しない昔の話だけ。",
      CHIBA, ["杜の編集室 佐野様 <sano@morinohen.example.jp>"],
      "Re: 広報誌「みちのく便り」冬号 相続コラム原稿",
      """
佐野様

お世話になっております。千葉です。
コラムの原稿、ありがとうございました。大変面白く読みました。

何点か修正をお願いします。
　・徳川家康の遺産（「駿府御分物」）の分配の話は、金額の換算が資料によって大きく違うため、「現在の価値で数百億円ともいわれる」程度の表現にしてください。
　・伊達政宗の遺言の部分は、仙台のお客さまに喜ばれる内容ですので、もう少し膨らませてもよいと思います。
　・最後の「遺言書を書いておきましょう」の段落に、当行の遺言信託のご案内は入れず、「ご家族で話し合うきっかけに」という締めにしてください（広告色を抑えたいため）。

2校は12月6日までにいただけますと助かります。
""" + SIG_CHIBA + """

> 千葉様
> 冬号の相続コラム「歴史に学ぶ遺産分け」の初校をお送りします。
> 徳川家康と伊達政宗を取り上げました。ご確認ください。
> 杜の編集室 佐野
"""))

# 74 H attachment id.residence_card
add(M("工藤", "attachment", "hold", "id.residence_card",
      "本文は翻訳依頼だけだが、添付の翻訳原稿に外国籍の相続人の在留カード番号・生年月日・住所が転記されている。",
      KUDO, ["翻訳受付 <order@linga-trans.example.jp>"],
      "ベトナム語翻訳のお見積り・ご依頼（相続手続き関係書類）",
      """
リンガ翻訳サービス株式会社
翻訳受付 ご担当者様

いつもお世話になっております。みちのく中央銀行 相続サポートセンターの工藤です。
相続手続きのご案内文と、お客さまにご記入いただく確認書について、ベトナム語訳をお願いしたく、原稿を添付いたします。

・納期：12月6日（金）
・形式：Word（原文と訳文の対訳形式）
・部数：1部

お見積りをいただけますでしょうか。
よろしくお願いいたします。
""" + SIG_KUDO,
      attachments=[att("翻訳原稿_相続確認書.docx", DOCX, """
相続手続きに関する確認書（翻訳原稿）

1．お客さまの情報
　氏名：　　　　　グエン・ティ・ラン（NGUYEN THI LAN）
　生年月日：　　　1989年12月3日
　国籍：　　　　　ベトナム
　住所：　　　　　宮城県仙台市若林区荒井0-14-2-301
　在留カード番号：UH73928164EA
　在留資格：　　　日本人の配偶者等

2．被相続人との関係
　被相続人　故 千葉 健一 様の配偶者

3．確認事項
　私は、被相続人の預金の相続手続きについて、説明を受け、内容を理解しました。
　相続人代表者として、払戻金を受け取ることに同意します。
""")],
      personal=[("name", "グエン・ティ・ラン"), ("birthdate", "1989年12月3日"),
                ("address", "宮城県仙台市若林区荒井0-14-2-301"), ("residence_card", "UH73928164EA")]))

# 75 P benign.successor
add(M("千葉", None, "pass", "benign.successor",
      "税理士法人への異動と後任のご挨拶。両社の担当者名と署名だけ。",
      CHIBA, ["広瀬川会計 代表社員 相馬先生 <soma@hirosegawa-tax.example.jp>"],
      "異動のご挨拶と後任のご紹介",
      """
税理士法人 広瀬川会計
代表社員　相馬 先生

いつも大変お世話になっております。みちのく中央銀行の千葉でございます。

私事で恐縮ですが、12月1日付で石巻支店長を拝命し、相続サポートセンターを離れることとなりました。
在任中は、相続税申告が必要なお客さまのご紹介や合同セミナーなどで、先生をはじめ事務所の皆様に大変お世話になりました。心より御礼申し上げます。

後任の次長には、本店法人営業部から 大友 信也 が着任いたします。
大友は法人の事業承継を長く担当しており、相続と事業承継の両面でお役に立てるものと存じます。
近日中に大友とともにご挨拶に伺いたく、ご都合のよい日時をお知らせいただけますと幸いです。

今後とも変わらぬご指導を賜りますよう、よろしくお願い申し上げます。
""" + SIG_CHIBA,
      cc=["大友 信也 <shinya.otomo@michinoku-chuo.example.jp>"]))

# 76 H body id.mynumber (no label on the number line)
add(M("佐々木", "body", "hold", "id.mynumber",
      "グループ証券会社（別法人・別ドメイン）への移管依頼で、相続人の12桁の個人番号を本文に書いている（行にはラベルなし）。",
      SASAKI, ["相続移管担当 <isou@michinoku-sec.example.jp>"],
      "NISA口座の相続移管に伴う相続人情報の連携",
      """
みちのく中央証券株式会社
相続移管ご担当者様

お世話になっております。みちのく中央銀行 相続サポートセンターの佐々木です。
当行でお預かりしていた故 石川 康夫 様の投資信託（NISA口座・特定口座）について、相続人様が貴社の口座での受入れを希望されています。

口座開設書類に記入漏れがあったため、相続人様にお電話で確認した内容をお送りします。

　相続人：石川 恵子 様（昭和35年11月8日生、妻）
　　　　　230441789497（通知カードの記載どおりとのこと）
　住所　：宮城県名取市増田0-5-17

移管対象の銘柄と口数は、明日、行内便で明細をお送りいたします。
よろしくお願いいたします。
""" + SIG_SASAKI,
      personal=[("name", "石川 恵子"), ("birthdate", "昭和35年11月8日生"),
                ("mynumber", "230441789497"), ("address", "宮城県名取市増田0-5-17")]))

# 77 H quoted personal.contact
add(M("工藤", "quoted", "hold", "personal.contact",
      "相続人からの問い合わせメール（氏名・住所・携帯・メール・遺産の概要）を、本人の同意確認なしに提携税理士へ営業紹介として転送している。",
      KUDO, ["広瀬川会計 相続チーム <souzoku@hirosegawa-tax.example.jp>"],
      "Fw: 相続税の申告について（ご紹介）",
      """
広瀬川会計 相続チーム ご担当者様

いつもお世話になっております。工藤です。
当センターに下記のお問い合わせがありました。
相続税の申告が必要になりそうな規模ですので、貴社から直接ご連絡いただけますでしょうか。

よろしくお願いします。
""" + SIG_KUDO + """

-----Original Message-----
From: 小野寺 聡 <satoshi.onodera@example-mail.jp>
Sent: Wednesday, November 20, 2024 9:41 PM
To: souzoku-center@michinoku-chuo.example.jp
Subject: 相続税の申告について

みちのく中央銀行 相続サポートセンター御中

先月、父が亡くなりました。
父名義の預金が貴行に6,000万円ほどあるほか、仙台市太白区に土地と自宅があります。
相続税の申告が必要かどうか、どこに相談すればよいか教えてください。

小野寺 聡
住所：宮城県仙台市太白区長町南0-9-4
携帯：090-0000-6184
""",
      personal=[("name", "小野寺 聡"), ("address", "宮城県仙台市太白区長町南0-9-4"),
                ("phone", "090-0000-6184"), ("email", "satoshi.onodera@example-mail.jp")]))

# 78 P benign.minutes
add(M("千葉", None, "pass", "benign.minutes",
      "士業2社との合同セミナー企画の打合せメモ。宛先は2社の担当者のみ、参加者数などの集計だけ。",
      CHIBA, ["相馬 先生 <soma@hirosegawa-tax.example.jp>", "星 優子 司法書士 <y-hoshi@morinomiyako-legal.example.jp>"],
      "【打合せメモ】2月 合同相続セミナー（11/21）",
      """
相馬先生、星先生

本日はお忙しいところありがとうございました。千葉です。
打合せの内容を簡単にまとめました。

1．開催概要（案）
　日時：2025年2月15日（土）13:30～16:00
　会場：当行本店 2階ホール（定員120名）／オンライン配信あり
　対象：当行のお客さま（60代以上を中心に）

2．プログラム
　13:30　開会（当行 千葉）
　13:40　「相続税、うちはかかる？ かからない？」（広瀬川会計 相馬先生）
　14:30　「相続登記の義務化と、いま準備できること」（杜の都リーガル 星先生）
　15:20　個別相談会（事前予約制、1組20分）

3．前回（2024年2月）の実績
　来場 96名、オンライン 41名、個別相談 18組
　アンケートでは「登記の義務化」への関心が最も高かった（回答者の68％）

4．宿題
　・チラシ原稿（当行）：12/13まで
　・講演タイトルの確定（両先生）：12/6まで
　・個別相談の枠数の確認（3者）

次回打合せは1月上旬でお願いします。
""" + SIG_CHIBA))

# 79 H recipients
add(M("佐々木", "recipients", "hold", "recipients.visible_outside",
      "士業事務所12か所の宛先をToとCcに並べて送信しており、社外の宛先が互いに見える。",
      SASAKI,
      ["星 優子 司法書士 <y-hoshi@morinomiyako-legal.example.jp>",
       "相馬 先生 <soma@hirosegawa-tax.example.jp>",
       "阿部行政書士事務所 <info@abe-gyosei.example.jp>",
       "司法書士 岩渕事務所 <iwabuchi@iwabuchi-shiho.example.jp>",
       "税理士法人 青葉通会計 <office@aobadori-kaikei.example.jp>",
       "遠藤司法書士事務所 <endo-office@example-shihou.jp>",
       "行政書士 佐藤法務事務所 <sato-houmu@example-gyosei.jp>",
       "菊地税理士事務所 <kikuchi@kikuchi-tax.example.jp>"],
      "【ご案内】相続届の様式改定（2025年1月）について",
      """
提携士業の先生方

いつも大変お世話になっております。みちのく中央銀行 相続サポートセンターの佐々木でございます。

2025年1月6日受付分から、当行の相続届の様式を改定いたしますのでご案内いたします。

■主な変更点
　1．法定相続情報一覧図の写しを提出いただいた場合、戸籍謄本の提出を不要とします（従来どおり併用も可）。
　2．代理人（士業の先生方）による手続きの場合の委任状を、1枚で預金・投資信託の両方に使える様式にしました。
　3．相続人の署名欄を増やし、1枚で最大8名まで記入できるようにしました。

■旧様式
　2025年3月末までは旧様式でも受け付けます。

新しい様式は12月中旬に当行ホームページに掲載いたします。
ご不明な点がございましたら、相続専用ダイヤルまでお問い合わせください。
""" + SIG_SASAKI,
      cc=["及川会計事務所 <oikawa@oikawa-kaikei.example.jp>",
          "司法書士法人 せんだい中央 <info@sendai-chuo-shiho.example.jp>",
          "行政書士 ひろせ事務所 <hirose@hirose-gyosei.example.jp>",
          "斎藤税理士事務所 <saito-tax@example-zeirishi.jp>"]))

# 80 P benign.it_outage
add(M("工藤", None, "pass", "benign.it_outage",
      "インターネットバンキングの「障害」と不正アクセス対策の話。個人情報や病気の話ではない。",
      KUDO, ["相続サポートセンター <souzoku-center@michinoku-chuo.example.jp>"],
      "【復旧のお知らせ】残高証明書オンライン請求の障害について",
      """
提携士業の先生方
（本メールはBCCでお送りしています）

いつもお世話になっております。みちのく中央銀行 相続サポートセンターの工藤です。

11月20日（水）から21日（木）にかけて発生した、士業向け「残高証明書オンライン請求サービス」の障害について、ご報告いたします。

■発生期間
　11月20日 16:40 ～ 11月21日 10:15

■事象
　ログイン後の請求画面で「システムエラー（S-404）」が表示され、請求が完了しない状態。

■原因
　外部からの大量アクセス（不正ログインの試行）を検知したため、防御装置が一部の通信を自動的に遮断したことによるものです。
　ウイルス感染や情報の漏えいはございません。該当の通信元は隔離・遮断済みです。

■お願い
　上記期間中に請求を行われた場合、受付完了メールが届いていないものは受け付けられておりません。
　お手数ですが、再度ご請求ください。

ご迷惑をおかけし、誠に申し訳ございませんでした。
""" + SIG_KUDO,
      bcc=["星 優子 司法書士 <y-hoshi@morinomiyako-legal.example.jp>", "相馬 先生 <soma@hirosegawa-tax.example.jp>",
           "阿部行政書士事務所 <info@abe-gyosei.example.jp>", "菊地税理士事務所 <kikuchi@kikuchi-tax.example.jp>",
           "及川会計事務所 <oikawa@oikawa-kaikei.example.jp>"]))
