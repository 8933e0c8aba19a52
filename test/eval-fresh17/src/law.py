from common import *
M = []

# L-H1 heirs roster to trust bank
M.append(dict(tag="L-H1", expect="hold", kind="list.roster",
 why="相続人5名の氏名・生年月日・住所の一覧を外部の信託銀行へ送付しているため（名簿）。",
 **{"from": FROM['kurokawa']},
 to=["三つ葉信託銀行 相続センター 宮田様 <souzoku-center@mitsuba-trust.co.jp>"],
 subject="故 高森正雄様 ご預金の相続手続について（相続人一覧のご送付）",
 text=f"""三つ葉信託銀行 相続センター
宮田 様

いつもお世話になっております。
みなと総合法律・司法書士事務所の黒川でございます。

先日お電話でご相談いたしました、故 高森正雄様（口座店：新橋支店）の
ご預金の相続手続の件でございます。
戸籍一式の原本は本日レターパックにて発送いたしましたが、
先行して相続人の一覧をお送りいたします。ご確認のほどお願いいたします。

【被相続人】高森 正雄（令和6年11月3日 死亡）

【相続人】
 1. 高森 澄江　妻　昭和24年5月17日生　東京都大田区南雪谷3-18-5
 2. 高森 浩一　長男　昭和48年2月9日生　神奈川県川崎市中原区木月2-7-11 ルミエール元住吉302
 3. 根岸 真弓　長女　昭和50年10月28日生　千葉県船橋市前原西6-3-20
 4. 高森 悠斗　二男の子（代襲）　平成14年7月1日生　東京都大田区南雪谷3-18-5
 5. 高森 葵　二男の子（代襲）　平成17年3月22日生　東京都大田区南雪谷3-18-5

遺産分割協議書では、ご預金は高森澄江様が単独で取得することになっております。
払戻し請求書の様式を郵送いただけますと助かります。

何卒よろしくお願い申し上げます。

{SIG['kurokawa']}""",
 personal=[{"type":"name","value":"高森 澄江"},{"type":"birthdate","value":"昭和24年5月17日生"},{"type":"address","value":"東京都大田区南雪谷3-18-5"},
   {"type":"name","value":"高森 浩一"},{"type":"address","value":"神奈川県川崎市中原区木月2-7-11 ルミエール元住吉302"},
   {"type":"name","value":"根岸 真弓"},{"type":"address","value":"千葉県船橋市前原西6-3-20"},{"type":"birthdate","value":"平成14年7月1日生"}]))

# L-H2 受任通知 to consumer finance
M.append(dict(tag="L-H2", expect="hold", kind="profile.debt",
 why="債務整理の依頼者の氏名・生年月日・住所・会員番号と借入状況を貸金業者へ送付（一個人のプロファイル＋債務情報）。",
 **{"from": FROM['manabe']},
 to=["ライフクレジット株式会社 債権管理部 御中 <saiken-kanri@lifecredit.co.jp>"],
 subject="受任通知書（任意整理）のご送付",
 text=f"""ライフクレジット株式会社
債権管理部 御中

当職は、下記依頼者から債務整理（任意整理）の委任を受けましたので、
添付の受任通知書のとおりご通知申し上げます。
原本は本日付で配達証明郵便にて発送しております。

今後、依頼者本人・家族・勤務先への連絡及び取立行為は中止くださいますよう
お願いいたします。また、取引開始時からの取引履歴の開示を併せて請求いたします。

{SIG['manabe']}""",
 attachments=[{"filename":"受任通知書_ライフクレジット.pdf","contentType":PDF,"text":"""受任通知書

令和7年2月14日

ライフクレジット株式会社 御中

〒105-0013 東京都港区浜松町2-14-9 浜松町KNビル5階
みなと総合法律・司法書士事務所
弁護士 真鍋 恭子

当職は、下記の者（以下「依頼者」）から債務整理の委任を受けました。

記
依頼者氏名　　　　　石渡 和樹（いしわた かずき）
生年月日　　　　　　昭和61年8月30日
住所　　　　　　　　埼玉県所沢市東住吉12-4 コーポ東住吉205
貴社会員番号　　　　LC-0087-552913
借入残高（依頼者申告）約1,380,000円（令和7年1月末時点）
最終返済日　　　　　令和6年12月27日

以上"""}],
 personal=[{"type":"name","value":"石渡 和樹"},{"type":"birthdate","value":"昭和61年8月30日"},{"type":"address","value":"埼玉県所沢市東住吉12-4 コーポ東住吉205"},{"type":"idnumber","value":"LC-0087-552913"},{"type":"debt","value":"約1,380,000円"}]))

# L-H3 guardianship, dementia diagnosis to care home
M.append(dict(tag="L-H3", expect="hold", kind="sensitive.medical",
 why="成年後見申立て予定の高齢者の認知症の診断内容・検査点数を外部の介護施設へ送付（要配慮個人情報）。",
 **{"from": FROM['kurokawa']},
 to=["特別養護老人ホーム さくらの郷 生活相談員 平井様 <hirai@sakuranosato-care.or.jp>"],
 cc=["相沢 美帆 <m.aizawa@minato-lawoffice.jp>"],
 subject="大野様の後見開始申立てについて（診断書の内容共有）",
 text=f"""さくらの郷
平井 様

お世話になっております。黒川です。
先日は面会の調整をいただきありがとうございました。

主治医の先生から成年後見用の診断書をいただきましたので、
施設側で把握しておいていただきたい点のみ抜き出してお知らせします。

・本人：大野 キヨ 様（昭和12年生、居室 2階 204号）
・診断名：アルツハイマー型認知症（中等度）、高血圧症
・長谷川式（HDS-R）：12点／30点
・判断能力：「支援を受けても契約等の意味・内容を自ら理解し判断することができない」にチェック
・服薬：ドネペジル 5mg、アムロジピン 5mg

家庭裁判所から鑑定の連絡が来る可能性があります。
その際は施設での様子を伺うことになるかもしれませんので、ご承知おきください。
申立人は長男の大野 誠様です（緊急連絡先は施設でお持ちのとおり）。

{SIG['kurokawa']}""",
 personal=[{"type":"name","value":"大野 キヨ"},{"type":"health","value":"アルツハイマー型認知症（中等度）"},{"type":"health","value":"長谷川式（HDS-R）：12点"},{"type":"health","value":"ドネペジル 5mg"}]))

# L-H4 criminal case settlement letter
M.append(dict(tag="L-H4", expect="hold", kind="sensitive.crime",
 why="傷害事件の被疑者の氏名・勾留/処分状況と被害者の負傷内容を相手方代理人へ送付（犯罪・刑事手続・被害情報）。",
 **{"from": FROM['manabe']},
 to=["弁護士 小田切 修 <odagiri@odagiri-law.jp>"],
 subject="示談のお申し入れ（被疑者 上原 翔の件）",
 text=f"""小田切法律事務所
弁護士 小田切 修 先生

前略　当職は、令和7年1月19日夜に渋谷区宇田川町の飲食店前で発生した
傷害被疑事件につき、被疑者 上原 翔（平成11年4月6日生、会社員）の
弁護人をしております弁護士の真鍋です。

先生が被害者の吉永 大輔様の代理人に就任された旨、担当検察官より伺いましたので、
示談のお申し入れをさせていただきたく、ご連絡いたしました。

上原は現在、渋谷警察署に勾留中（勾留満期 2月10日）で、
本件が初犯であり、事実関係を全面的に認め、深く反省しております。
吉永様が左頬骨骨折及び前歯2本の破折により治療中であると伺っております。
治療費・休業損害・慰謝料を含め、示談金として金150万円をご提示いたします。

ご検討のうえ、ご意向をお聞かせいただけますと幸いです。

草々

{SIG['manabe']}""",
 personal=[{"type":"name","value":"上原 翔"},{"type":"birthdate","value":"平成11年4月6日生"},{"type":"crime","value":"渋谷警察署に勾留中"},{"type":"name","value":"吉永 大輔"},{"type":"health","value":"左頬骨骨折及び前歯2本の破折"}]))

# L-H5 PPAP
M.append(dict(tag="L-H5", expect="hold", kind="attachment.encrypted_zip",
 why="パスワード付きZIP（PPAP）の添付で中身を検査できないため。",
 **{"from": FROM['aizawa']},
 to=["株式会社湾岸ハウジング 豊洲店 津田様 <tsuda@wangan-housing.co.jp>"],
 subject="【WH-2412-088】登記完了書類の写しをお送りします",
 text=f"""湾岸ハウジング 豊洲店
津田様

お世話になっております。みなと総合法律・司法書士事務所の相沢です。

標記物件の所有権移転登記が完了しましたので、
登記事項証明書・登記完了証の写しをお送りいたします。
ファイルはパスワード付きZIPとなっております。パスワードは別メールにてお送りします。

原本は買主様へ直接お渡しいたします。

{SIG['aizawa']}""",
 attachments=[enczip("WH-2412-088_登記完了書類.zip")]))

# L-H6 license number only in quoted older message
M.append(dict(tag="L-H6", expect="hold", kind="id.license",
 why="返信本文は日程調整だけだが、引用された過去メールに売主の運転免許証番号・生年月日・住所が残っている。",
 **{"from": FROM['kurokawa']},
 to=["株式会社湾岸ハウジング 豊洲店 津田様 <tsuda@wangan-housing.co.jp>"],
 cc=["相沢 美帆 <m.aizawa@minato-lawoffice.jp>"],
 subject="Re: Re: 【WH-2501-014】決済日程と本人確認資料について",
 text=f"""津田様

黒川です。
3月7日（金）10:30、東都銀行 豊洲支店2階の応接室で承知しました。
当日は私と相沢の2名で伺います。
売主様には実印・印鑑証明書（3か月以内）・権利証をお持ちいただくよう
改めてお伝えいただけますと助かります。

よろしくお願いします。

{SIG['kurokawa']}

> 黒川先生
>
> ご連絡ありがとうございます。決済は3/7(金)10:30 東都銀行豊洲支店で
> 買主様・金融機関とも調整がつきました。ご都合いかがでしょうか。
>
> 津田
>
> -----Original Message-----
> From: 津田 直人 <tsuda@wangan-housing.co.jp>
> Sent: Tuesday, February 18, 2025 4:52 PM
> To: 黒川 智章
> Subject: 【WH-2501-014】決済日程と本人確認資料について
>
> 黒川先生
> 売主様の本人確認資料の内容を先にお送りします（コピーは決済当日にお渡しします）。
>
> 売主：須藤 和彦 様
> 生年月日：昭和43年12月2日
> 住所：東京都江東区東雲1-9-22 アクアテラス東雲1105
> 運転免許証：第302145876310号（東京都公安委員会、有効期限 令和9年01月02日）
>
> 以上、よろしくお願いいたします。
> ----
> 株式会社湾岸ハウジング 豊洲店 売買仲介課
> 津田 直人 TEL 03-5560-3318
""",
 personal=[{"type":"name","value":"須藤 和彦"},{"type":"birthdate","value":"昭和43年12月2日"},{"type":"address","value":"東京都江東区東雲1-9-22 アクアテラス東雲1105"},{"type":"license","value":"第302145876310号"}]))

# L-H7 English passport
M.append(dict(tag="L-H7", expect="hold", kind="id.passport",
 why="非居住者の売主の旅券番号・生年月日・米国住所を海外の弁護士事務所へ送付。",
 **{"from": FROM['kurokawa']},
 to=["Rachel Whitfield <rwhitfield@whitfieldramos.com>"],
 subject="Sale of Setagaya property - signer details for the notarized affidavit",
 text=f"""Dear Ms. Whitfield,

Thank you for coordinating with your client on the sale of the condominium unit in
Setagaya-ku, Tokyo.

For the sworn statement (in lieu of a Japanese residence certificate) that your client
will sign before a notary in Portland, please make sure the details below match her
passport exactly. The Legal Affairs Bureau is strict about spelling and dates.

  Name: Naomi Tanaka-Hughes (Japanese name in the register: 田中 直美)
  Date of birth: March 14, 1979
  Address: 2815 NE Alameda St, Portland, OR 97212, USA
  U.S. passport no.: 548213097 (expires 11/2031)

Once notarized and apostilled, please courier the original to our office.
The closing is currently scheduled for April 22 (JST).

Best regards,

{SIG['kurokawa_en']}""",
 personal=[{"type":"name","value":"Naomi Tanaka-Hughes"},{"type":"birthdate","value":"March 14, 1979"},{"type":"address","value":"2815 NE Alameda St, Portland, OR 97212, USA"},{"type":"passport","value":"548213097"}]))

# L-H8 private bank account of heir
M.append(dict(tag="L-H8", expect="hold", kind="id.bank_account",
 why="依頼者個人の預金口座（銀行・支店・口座番号・名義）を相手方代理人へ送付。",
 **{"from": FROM['manabe']},
 to=["弁護士 早瀬 俊彦 <hayase@hayase-sogo.jp>"],
 subject="遺産分割協議（小松家）代償金のお振込先について",
 text=f"""早瀬先生

いつもお世話になっております。真鍋です。
小松家の遺産分割協議につき、協議書案の最終版にご同意いただきありがとうございました。

第4条の代償金（金620万円）のお振込先は、当職の預り金口座ではなく
依頼者ご本人の口座へ直接お願いしたいとのことですので、以下のとおりお知らせいたします。

　東都銀行　自由が丘支店
　普通預金　4417820
　口座名義　コマツ ユキコ（小松 由紀子）

振込期限は協議書調印後1か月以内（5月末日）で差し支えございません。
振込手数料は貴依頼者様のご負担でお願いいたします。

{SIG['manabe']}""",
 personal=[{"type":"name","value":"小松 由紀子"},{"type":"account","value":"普通預金　4417820"},{"type":"account","value":"東都銀行　自由が丘支店"}]))

# L-H9 subject line: name + 生活保護
M.append(dict(tag="L-H9", expect="hold", kind="sensitive.social",
 why="件名に個人名と生活保護受給の事実が入っており、外部の福祉事務所宛て（社会的身分・要配慮情報）。",
 **{"from": FROM['aizawa']},
 to=["江戸川区 生活援護第二課 ケースワーカー 小林様 <seikatsu2-kobayashi@city-edogawa.example.lg.jp>"],
 subject="山中 紀子様 破産申立ての件（生活保護受給証明書のご発行依頼）",
 text=f"""江戸川区 生活援護第二課
小林 様

お世話になっております。
みなと総合法律・司法書士事務所 事務局の相沢でございます。

標記の件につき、ご本人様の同意書（スキャン）を添付いたします。
証明書は1通で足ります。発行いただけましたら当事務所あてに郵送いただけますと幸いです。
返信用封筒は本日郵送いたしました。

ご不明点がございましたら黒川（司法書士）までご連絡ください。

{SIG['aizawa']}""",
 attachments=[img("同意書_20250304.jpg")],
 personal=[{"type":"name","value":"山中 紀子"},{"type":"social","value":"生活保護受給証明書"}]))

# L-H10 divorce notarial deed draft
M.append(dict(tag="L-H10", expect="hold", kind="profile.family",
 why="離婚公正証書案に夫婦・子の氏名・生年月日・住所・養育費・年金分割が記載され、公証役場（外部）へ送付。",
 **{"from": FROM['manabe']},
 to=["横浜駅西口公証役場 <info@yokohama-nishiguchi-koshou.jp>"],
 subject="離婚給付等契約公正証書の作成のご依頼（案文送付）",
 text=f"""横浜駅西口公証役場
公証人 先生

お世話になります。弁護士の真鍋でございます。
先日お電話にてご予約いたしました件、当事者双方が合意した案文を添付いたします。
作成日は3月26日（水）14時で予約済みです。
当日は当事者本人2名が出頭し、当職が同席いたします。

必要書類（戸籍謄本・印鑑証明書）は当日持参いたします。

{SIG['manabe']}""",
 attachments=[{"filename":"離婚給付等契約公正証書（案）_最終.docx","contentType":DOCX,"text":"""離婚給付等契約公正証書（案）

夫 浅見 隆之（昭和57年9月11日生、住所 横浜市港北区日吉本町4-22-7）と
妻 浅見 玲奈（昭和60年1月25日生、住所 横浜市神奈川区六角橋2-3-15 メゾン六角橋201）は、
本日、以下のとおり協議離婚に伴う給付等について合意した。

第1条（親権者）
長男 浅見 颯太（平成26年6月18日生）及び長女 浅見 結衣（平成29年11月2日生）の親権者を母と定める。

第2条（養育費）
夫は妻に対し、子らの養育費として、令和7年4月から各子が満20歳に達する月まで、
1人につき月額金5万円を毎月末日限り妻名義の口座に振り込んで支払う。

第3条（面会交流）
月1回程度、子らの福祉に配慮し協議のうえ実施する。

第4条（年金分割）
当事者は、厚生年金の按分割合を0.5とすることに合意する。

第5条（強制執行認諾）
夫は、第2条の金銭債務を履行しないときは直ちに強制執行に服する旨陳述した。"""}],
 personal=[{"type":"name","value":"浅見 隆之"},{"type":"birthdate","value":"昭和57年9月11日生"},{"type":"address","value":"横浜市港北区日吉本町4-22-7"},{"type":"name","value":"浅見 玲奈"},{"type":"address","value":"横浜市神奈川区六角橋2-3-15 メゾン六角橋201"},{"type":"name","value":"浅見 颯太"},{"type":"birthdate","value":"平成26年6月18日生"}]))

# ---------------- passes ----------------
# L-P1 public judgment
M.append(dict(tag="L-P1", expect="pass", kind="benign.public_judgment",
 why="公刊された最高裁判決の紹介で当事者は匿名（X・Y社）、顧問先企業の法務担当宛て。個人データなし。",
 **{"from": FROM['manabe']},
 to=["株式会社ミツヤ精工 法務部 石川様 <ishikawa.h@mitsuya-seiko.co.jp>"],
 subject="固定残業代に関する最高裁判決のご紹介（就業規則改定の件）",
 text=f"""株式会社ミツヤ精工
法務部 石川 様

いつもお世話になっております。真鍋です。
先日のお打合せで話題になった固定残業代の有効性について、
参考になる最高裁判決がありますのでご紹介します。

■ 最高裁判所第一小法廷 令和5年3月10日判決（民集未登載・裁判所ウェブサイト掲載）
　上告人：X（運送会社の元従業員）／被上告人：Y社
　争点：賃金体系の変更により、従前の時間外手当の一部を「調整手当」として
　　　　固定払いに置き換えたことが、割増賃金の支払いと評価できるか。
　判旨：新たな賃金体系は、通常の労働時間の賃金に当たる部分を実質的に
　　　　割増賃金に置き換えたものであり、労基法37条の割増賃金が支払われたとはいえない
　　　　（原判決破棄・差戻し）。

貴社の改定案（営業手当を「みなし残業手当」に名称変更する案）は、
構造的にこの事案とかなり近いため、移行時の説明資料と同意書の取り方を
慎重に設計する必要があると考えます。

判決全文のPDFは裁判所ウェブサイトから取得できますが、念のため添付します。
来週の打合せでポイントをご説明いたします。

{SIG['manabe']}""",
 attachments=[{"filename":"最一小判R5.3.10_判決全文.pdf","contentType":PDF,"text":"""令和4年（受）第1019号 未払賃金等請求事件
令和5年3月10日 第一小法廷判決

主文
原判決中上告人敗訴部分を破棄する。
前項の部分につき、本件を福岡高等裁判所に差し戻す。

理由
上告代理人の上告受理申立て理由について
1 本件は、被上告人に雇用されトラック運転手として勤務していた上告人が、
被上告人に対し、時間外労働、休日労働及び深夜労働に対する賃金並びに付加金等の支払を求める事案である。
（以下略）"""}]))

# L-P2 seminar via Bcc
M.append(dict(tag="L-P2", expect="pass", kind="benign.bcc",
 why="顧問先・不動産会社への一斉セミナー案内。宛先はBccで、本文に個人データなし。",
 **{"from": FROM['kurokawa']},
 to=["黒川 智章 <t.kurokawa@minato-lawoffice.jp>"],
 bcc=["tsuda@wangan-housing.co.jp","soumu@greenleaf-bussan.co.jp","ishikawa.h@mitsuya-seiko.co.jp","info@kamata-fudosan.jp","kanri@hokuto-kanri.co.jp","yamabe@seaside-realty.co.jp","contact@ohta-tax.jp","k.miyata@mitsuba-trust.co.jp","office@shinagawa-gyosei.jp"],
 subject="【ご案内】相続登記義務化 実務セミナー（4/17・オンライン）",
 text=f"""関係各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
みなと総合法律・司法書士事務所の黒川でございます。

令和6年4月に相続登記の申請が義務化されてから約1年が経ちました。
過去の相続分も令和9年3月末が期限となっており、
不動産会社様・金融機関様からのご相談が増えております。
そこで、実務担当者向けのオンラインセミナーを開催いたします。

日時：2025年4月17日（木）15:00〜16:30
形式：Zoomウェビナー（参加費無料）
内容：
　1. 義務化の概要と過料（10万円以下）の運用状況
　2. 相続人申告登記の使いどころ
　3. 数次相続・所有者不明土地の事例紹介（事例は加工済み）
　4. 質疑応答
お申込み：https://www.minato-lawoffice.jp/seminar/2504 （4/10締切）

※本メールはBCCにて一斉送信しております。
ご不要の場合はお手数ですがご返信ください。

{SIG['kurokawa']}"""))

# L-P3 corporate registration (public info, 法人番号)
M.append(dict(tag="L-P3", expect="pass", kind="benign.corporate_registry",
 why="法人の役員変更登記の完了報告。代表取締役名・本店・法人番号は登記簿上の公開情報で、顧客企業の総務宛て。",
 **{"from": FROM['kurokawa']},
 to=["株式会社グリーンリーフ物産 総務部 村越様 <soumu@greenleaf-bussan.co.jp>"],
 subject="役員変更登記 完了のご報告",
 text=f"""株式会社グリーンリーフ物産
総務部 村越 様

お世話になっております。黒川です。
3月14日に申請いたしました役員変更登記が本日完了しましたのでご報告いたします。

　商号：株式会社グリーンリーフ物産
　本店：東京都中央区日本橋人形町2-8-4
　会社法人等番号：0100-01-098765
　法人番号：8010401098765
　登記の内容：
　　代表取締役 木下 秀明 重任（令和7年3月28日）
　　取締役 木下 秀明・三浦 千尋・加賀 拓真 重任
　　監査役 宮本 恒夫 退任／監査役 久保田 理恵 就任

履歴事項全部証明書を3通取得済みです。
請求書と一緒に明日発送いたします。
次回の役員改選は2年後（令和9年の定時株主総会終結時）となります。

{SIG['kurokawa']}"""))

# L-P4 invoice with office deposit account in lawyer's name (borderline)
M.append(dict(tag="L-P4", expect="pass", kind="benign.corporate_account",
 why="事務所の請求書と事務所名義（弁護士名入り）の預り金口座。事業用口座であり私人の口座ではない。",
 **{"from": FROM['aizawa']},
 to=["株式会社ミツヤ精工 経理部 御中 <keiri@mitsuya-seiko.co.jp>"],
 cc=["株式会社ミツヤ精工 法務部 石川様 <ishikawa.h@mitsuya-seiko.co.jp>"],
 subject="3月分 顧問料・個別案件報酬のご請求書送付",
 text=f"""株式会社ミツヤ精工
経理部 ご担当者様

いつもお世話になっております。
みなと総合法律・司法書士事務所 事務局の相沢でございます。

3月分のご請求書をPDFにてお送りいたします。
お支払期日は4月30日となっております。ご確認のほどよろしくお願いいたします。

{SIG['aizawa']}""",
 attachments=[{"filename":"請求書_MSK-2503.pdf","contentType":PDF,"text":"""御請求書
請求番号 MLO-2025-0311
請求日 2025年3月31日

株式会社ミツヤ精工 御中

　顧問料（3月分）　　　　　　　　　　　 110,000円
　就業規則改定 意見書作成　　　　　　　 330,000円
　立替実費（証明書取得・郵送料）　　　　　3,860円
　合計（税込）　　　　　　　　　　　　　443,860円

お振込先
　みずなみ銀行　浜松町支店　普通　3058812
　口座名義　ミナトソウゴウホウリツシホウシヨシジムシヨ　ベンゴシ　マナベキヨウコ
　（みなと総合法律・司法書士事務所　弁護士　真鍋恭子）

登録番号 T6010401074418
みなと総合法律・司法書士事務所"""}]))

# L-P5 own data back to client
M.append(dict(tag="L-P5", expect="pass", kind="benign.own_data",
 why="登記完了の報告を依頼者本人の個人アドレスへ送付。記載は本人自身の住所・物件情報のみ。",
 **{"from": FROM['kurokawa']},
 to=["宮坂 良平 <ryohei.miyasaka.1983@gmail.com>"],
 subject="所有権移転登記（相続）完了のご報告",
 text=f"""宮坂 良平 様

お世話になっております。司法書士の黒川です。
ご依頼いただいておりました相続による所有権移転登記が、
本日付で完了いたしましたのでご報告いたします。

　物件：世田谷区松原五丁目 2218番6（宅地 132.45㎡）、同所 家屋番号2218番6の1
　登記名義人：宮坂 良平 様（住所：東京都世田谷区松原5-31-8）
　受付番号：第8832号（令和7年3月12日受付）

登記識別情報通知書（いわゆる権利証）と登記完了証は、
明日、本人限定受取郵便にて上記ご住所へお送りいたします。
登記識別情報は再発行ができませんので、大切に保管してください。

固定資産税の納税通知書の宛名変更は、区役所への手続きは不要で
自動的に切り替わります（来年度分から）。

ご不明な点がございましたら、お気軽にご連絡ください。
このたびはご依頼いただき、誠にありがとうございました。

{SIG['kurokawa']}"""))

# L-P6 template with dummy values
M.append(dict(tag="L-P6", expect="pass", kind="benign.template_dummy",
 why="委任状の記入例で、氏名・住所・番号はすべて見本の架空値（山田太郎、千代田区1-1等）。",
 **{"from": FROM['aizawa']},
 to=["株式会社湾岸ハウジング 豊洲店 売買仲介課 <baibai-toyosu@wangan-housing.co.jp>"],
 subject="委任状の記入例（売主様用）をお送りします",
 text=f"""湾岸ハウジング 豊洲店
売買仲介課 ご担当者様

お世話になっております。相沢です。
売主様にお渡しいただく委任状の記入例を作成しましたのでお送りします。
今後の案件でもご利用いただけます（Wordで編集可能です）。

・住所は印鑑証明書の記載どおり（「丁目」「番地」も省略せず）
・氏名は自署、押印は実印
・日付は空欄のままで結構です

{SIG['aizawa']}""",
 attachments=[{"filename":"委任状_記入例_売主.docx","contentType":DOCX,"text":"""委　任　状

（記入例）

住所　東京都千代田区千代田1番1号
氏名　山田 太郎　㊞（実印）
生年月日　昭和50年1月1日（記入例）
本人確認書類　運転免許証 第000000000000号（見本：記入不要）

私は、司法書士 黒川智章（東京司法書士会所属）を代理人と定め、下記の権限を委任します。

1. 下記不動産につき、令和　年　月　日売買を原因とする所有権移転登記申請に関する一切の件
2. 登記識別情報の受領に関する件
3. 原本還付請求及び受領に関する件

不動産の表示
所在　○○区○○町○丁目
地番　○○番○
地目　宅地
地積　○○.○○㎡

令和　　年　　月　　日"""}]))

# L-P7 long scheduling thread with business signatures
M.append(dict(tag="L-P7", expect="pass", kind="benign.thread_signatures",
 why="決済立会の日程調整スレッド。登場するのは取引先担当者の業務連絡先と物件番号のみ。",
 **{"from": FROM['kurokawa']},
 to=["宮田 圭 <k.miyata@mitsuba-trust.co.jp>","津田 直人 <tsuda@wangan-housing.co.jp>"],
 cc=["相沢 美帆 <m.aizawa@minato-lawoffice.jp>"],
 subject="RE: RE: RE: 【WH-2409-117】融資実行日・決済場所のご確認",
 text=f"""宮田様、津田様

黒川です。取りまとめありがとうございます。
以下で確定とさせてください。

　日時：4月11日（金）13:30〜
　場所：三つ葉信託銀行 新橋支店 3階 第2応接室
　出席：売主様・買主様、湾岸ハウジング 津田様、三つ葉信託銀行 宮田様、当職

抵当権抹消書類は、売主側金融機関（城南信用金庫 蒲田支店）の
ご担当 浅井様から当日持参いただける旨確認済みです。

{SIG['kurokawa']}

-----Original Message-----
From: 宮田 圭 <k.miyata@mitsuba-trust.co.jp>
Sent: Wednesday, March 26, 2025 11:08 AM
To: 津田 直人; 黒川 智章
Subject: RE: RE: 【WH-2409-117】融資実行日・決済場所のご確認

津田様、黒川先生

三つ葉信託銀行の宮田です。
融資実行は4/11で稟議が下りました。13時半以降であれば新橋支店の応接を確保できます。

――――――――――――――――
三つ葉信託銀行 新橋支店 個人ローン課
宮田 圭（みやた けい）
〒105-0004 東京都港区新橋2-5-1
TEL 03-3503-2210（代表）内線 352
携帯 090-6634-1187（外出時）
k.miyata@mitsuba-trust.co.jp
――――――――――――――――

-----Original Message-----
From: 津田 直人 <tsuda@wangan-housing.co.jp>
Sent: Tuesday, March 25, 2025 6:41 PM
To: 宮田 圭; 黒川 智章
Subject: RE: 【WH-2409-117】融資実行日・決済場所のご確認

宮田様、黒川先生

湾岸ハウジングの津田です。
売主様・買主様ともに 4/11(金) 午後であれば可とのことです。
場所は融資銀行様でお願いできればと存じます。

株式会社湾岸ハウジング 豊洲店 売買仲介課
主任 津田 直人
宅地建物取引士（東京）第254318号
〒135-0061 東京都江東区豊洲3-2-20 豊洲フロント1F
TEL 03-5560-3318 / FAX 03-5560-3319 / 携帯 080-3921-0456
tsuda@wangan-housing.co.jp
"""))

# L-P8 English engagement with Singapore firm
M.append(dict(tag="L-P8", expect="pass", kind="benign.introduction",
 why="海外法律事務所との受任条件・利益相反チェックのやり取り。登場するのは企業名と弁護士の業務連絡先のみ。",
 **{"from": FROM['manabe']},
 to=["Jonathan Lim <jonathan.lim@tanlim-legal.com.sg>"],
 cc=["Priya Raman <priya.raman@tanlim-legal.com.sg>"],
 subject="RE: Engagement - Mitsuya Seiko / distributor dispute (Singapore)",
 text=f"""Dear Jonathan,

Thank you for the draft engagement letter and for running the conflict check so quickly.

To confirm the parties for your records:
  - Our client: Mitsuya Seiko Co., Ltd. (Tokyo)
  - Counterparty: Orchid Precision Trading Pte. Ltd. (UEN 201534119K)
  - Possible third party: Meridian Tools Sdn. Bhd. (Malaysia)

We are comfortable with the blended hourly rate and the cap of SGD 45,000 for phase 1
(review of the distributorship agreement, demand letter, and initial advice on
arbitration under the SIAC Rules). Please send the final version for signature to
Mr. Ishikawa of the client's legal department; I will countersign as Japanese counsel.

A short call next Tuesday (4 pm SGT / 5 pm JST) would work well for us.

Kind regards,

{SIG['manabe_en']}

> From: Jonathan Lim
> Sent: 2 April 2025 18:20
> Dear Kyoko, please find attached our draft engagement letter. Our conflict search
> against Orchid Precision Trading and Meridian Tools came back clear. ..."""))

# L-P9 court vocabulary, company vs company
M.append(dict(tag="L-P9", expect="pass", kind="benign.legal_vocab",
 why="企業間訴訟の期日連絡。裁判所用語が多いが当事者は法人のみで私人の情報なし。",
 **{"from": FROM['manabe']},
 to=["弁護士 堀内 健 <horiuchi@horiuchi-partners.jp>"],
 subject="令和6年(ワ)第18213号 第3回弁論準備手続期日の件",
 text=f"""堀内先生

お世話になっております。原告代理人の真鍋です。

標記事件（原告 株式会社ミツヤ精工／被告 東和エンジニアリング株式会社、
請負代金請求事件、東京地方裁判所 民事第7部）について、
本日、書記官から第3回弁論準備手続期日の候補日の照会がありました。

　候補① 5月20日（火）10:00
　候補② 5月27日（火）13:30
　（いずれもWeb会議。裁判所はTeamsを使用）

当方はいずれでも差し支えございません。
また、原告第3準備書面及び甲第15号証〜第22号証は、
5月9日までに提出する予定です（期日の1週間前ルールを前倒し）。

被告の求釈明事項（瑕疵の特定）については、同書面で回答いたします。
和解の可能性については、期日で裁判所から打診がある見込みです。

{SIG['manabe']}"""))

# L-P10 condolence
M.append(dict(tag="L-P10", expect="pass", kind="benign.condolence",
 why="取引先担当者へのお悔やみ。訃報への言及はあるが要配慮情報や識別番号はない。",
 **{"from": FROM['kurokawa']},
 to=["株式会社グリーンリーフ物産 総務部 大竹様 <ohtake@greenleaf-bussan.co.jp>"],
 subject="お悔やみ申し上げます",
 text=f"""大竹 様

村越様より、ご尊父様がご逝去されたと伺いました。
突然のことで、さぞお力落としのことと存じます。
謹んでお悔やみ申し上げます。

ご依頼いただいている本店移転登記の件は、
書類の準備をこちらで進めておきますので、どうかお気になさらず、
ご家族とのお時間を大切になさってください。
お戻りになりましたら、改めてご連絡いたします。

略儀ながらメールにて失礼いたします。

{SIG['kurokawa']}"""))
