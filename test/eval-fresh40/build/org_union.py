# 東邦精機労働組合 - labour union office
MORISHITA = "森下 健一 <morishita@tohoseiki-union.jp>"
NOGUCHI = "野口 真理子 <noguchi@tohoseiki-union.jp>"
IWASAKI = "岩崎 拓海 <iwasaki@tohoseiki-union.jp>"
S_MORISHITA = """━━━━━━━━━━━━━━━━━━━━
東邦精機労働組合 書記長
森下 健一（もりした けんいち）
〒243-0021 神奈川県厚木市岡田 3-8-1 東邦精機厚木工場 厚生棟2F
TEL 046-229-7701 / FAX 046-229-7702
━━━━━━━━━━━━━━━━━━━━"""
S_NOGUCHI = """--------------------------------
東邦精機労働組合 執行委員（会計・共済担当）
野口 真理子
TEL 046-229-7701（内線 305）
noguchi@tohoseiki-union.jp
--------------------------------"""
S_IWASAKI = """__
東邦精機労働組合 書記
岩崎 拓海
TEL 046-229-7701 / iwasaki@tohoseiki-union.jp"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="sensitive.health", loc="body",
 why="A named member's depression diagnosis and leave are sent to the union's outside lawyer.",
 **{"from": MORISHITA}, to=["弁護士 吉岡 直人 <yoshioka@sakuragaoka-law.example.jp>"],
 subject="労災申請に関するご相談（組合員の件）",
 text="""さくらが丘法律事務所
吉岡先生

いつも大変お世話になっております。東邦精機労働組合の森下です。
先日お電話でご相談した件について、概要をお送りします。

・対象者：品質保証課 主任 松岡 翔太（38歳）
・経緯：2024年10月以降、課長から連日の叱責と長時間の居残りを命じられる
・2025年1月、心療内科にて「うつ病」と診断、現在休職中（傷病手当金受給中）
・本人は精神障害の労災申請を希望しており、組合として支援予定

本人の同意は得ております。来週の面談の際に、診断書の写しと勤怠記録をお持ちします。
ご多忙のところ恐縮ですが、よろしくお願いいたします。

""" + S_MORISHITA,
 personal=[{"type":"name","value":"松岡 翔太"},{"type":"diagnosis","value":"「うつ病」と診断"}]),

dict(expect="hold", kind="list.members", loc="attachment",
 why="The attached member roster with addresses, phones and birth dates goes to the federation office.",
 **{"from": IWASAKI}, to=["全国機械金属労連 組織局 <soshiki@kikai-rouren.example.jp>"],
 subject="ご依頼の資料の送付",
 text="""全国機械金属労連 組織局 御中

お世話になっております。東邦精機労組の岩崎です。
ご依頼の資料を添付にてお送りいたします。
ご査収のほど、よろしくお願いいたします。

""" + S_IWASAKI,
 attachments=[{"filename":"代議員名簿_2025.csv","contentType":"text/csv","text":
"""氏名,職場,生年月日,住所,電話
森下 健一,厚木工場 総務,1975/03/08,神奈川県厚木市旭町 2-11-6,090-1187-3340
野口 真理子,本社 経理,1982/09/27,神奈川県海老名市中央 5-3-12-704,080-6624-1109
川端 誠,厚木工場 組立2課,1979/01/15,神奈川県愛甲郡愛川町中津 4410-2,090-3356-7781
大塚 由美,秦野工場 検査課,1988/06/02,神奈川県秦野市平沢 1022-5,070-2241-8803
富田 和也,秦野工場 保全課,1991/11/23,神奈川県伊勢原市桜台 3-7-19,080-9910-4427
"""}],
 personal=[{"type":"name","value":"川端 誠"},{"type":"address","value":"神奈川県愛甲郡愛川町中津 4410-2"},{"type":"phone","value":"090-3356-7781"}]),

dict(expect="hold", kind="id.bank_account", loc="body",
 why="A member's personal bank account for a benefit payment is sent to the mutual-aid insurer.",
 **{"from": NOGUCHI}, to=["こくみん労働共済 給付課 <kyufu@kokumin-kyosai.example.jp>"],
 subject="入院見舞金の請求（組合員 大塚様）",
 text="""こくみん労働共済 給付課 ご担当者様

お世話になっております。東邦精機労働組合 共済担当の野口です。
下記組合員の見舞金請求について、書類を郵送いたしましたので、振込先を事前にお知らせいたします。

  組合員氏名：大塚 由美
  加入者番号：KK-0087713
  入院期間：2025年2月3日～2月14日
  振込先：横浜銀行 秦野支店 普通預金 1402289
  口座名義：オオツカ ユミ

ご確認のほどよろしくお願いいたします。

""" + S_NOGUCHI,
 personal=[{"type":"name","value":"大塚 由美"},{"type":"bank_account","value":"普通預金 1402289"}]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="encrypted_zip",
 why="Password-protected zip attached (PPAP) to the labour bank.",
 **{"from": NOGUCHI}, to=["中央労働金庫 厚木支店 融資課 <atsugi-yushi@rokin-chuo.example.jp>"],
 subject="財形・給与天引き 変更データ（3月分）",
 text="""中央労働金庫 厚木支店 融資課
ご担当者様

いつもお世話になっております。東邦精機労働組合の野口です。
3月分の財形・給与天引き変更データをお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別途メールにてお知らせします。

""" + S_NOGUCHI,
 attachments=[{"filename":"tenbiki_henko_202503.zip","contentType":"application/zip","encrypted":True}],
 personal=[]),

dict(expect="hold", kind="recipients.over10", loc="recipients",
 why="Twelve outside addresses from different unions and private accounts are visible in To/CC.",
 **{"from": MORISHITA},
 to=["iinchou@shonan-denki-union.example.jp","rouso@hadano-gomu.example.jp","office@atsugi-kinzoku-union.example.jp","k.sato@ebina-seiko-rk.example.jp","union@sagami-plastics.example.jp","shokicho@isehara-union.example.jp","tanabe.rouso@gmail.com"],
 cc=["m.ueno@kanagawa-chiku.example.jp","rengo-kenoh@rengo-kanagawa.example.jp","yamaji.k@yahoo.co.jp","uchida-union@nifty.com","hiro.kanamori@outlook.jp"],
 subject="【ご案内】県央地区 春季生活闘争 決起集会（3/22）",
 text="""県央地区 各単組 委員長・書記長 各位

お疲れさまです。東邦精機労組の森下です。
幹事単組として、決起集会のご案内をお送りします。

日時：2025年3月22日（土）14:00～16:00
会場：厚木市文化会館 小ホール
内容：各単組の回答状況報告、連合神奈川 県央地域協議会 議長あいさつ
参加人数：各単組 5名程度まで

出欠は 3月15日までに返信にてお知らせください。

""" + S_MORISHITA, personal=[]),

dict(expect="hold", kind="sensitive.religion", loc="body",
 why="A named member's religion is disclosed to an outside 社労士 in a harassment consultation.",
 **{"from": MORISHITA}, to=["社会保険労務士 今村 京子 <imamura@imamura-sr.example.jp>"],
 subject="職場でのハラスメント相談について",
 text="""今村先生

お世話になっております。東邦精機労組の森下です。
先日の電話の件、文書でご相談させてください。

組立2課の組合員 小池 亮介さん（32）が、信仰している宗教（天光真命会）を理由に、
班長から「勧誘するな」「日曜の行事は休め」などと繰り返し言われているとの相談がありました。
本人は職場で勧誘したことは一度もないと話しています。

会社側に申し入れをする前に、ハラスメントとして扱えるか、ご意見をいただけますでしょうか。

""" + S_MORISHITA,
 personal=[{"type":"name","value":"小池 亮介"},{"type":"religion","value":"信仰している宗教（天光真命会）"}]),

dict(expect="hold", kind="sensitive.criminal", loc="quoted",
 why="The forwarded part names a member who was arrested (later not indicted) and faces dismissal.",
 **{"from": IWASAKI}, to=["全国機械金属労連 法対部 <houtai@kikai-rouren.example.jp>"],
 subject="Fwd: 懲戒処分についての相談",
 text="""法対部 ご担当者様

お疲れさまです。東邦精機労組の岩崎です。
下記、組合員本人から届いた相談を転送いたします。
会社は来週にも懲戒委員会を開く予定とのことで、対応方針についてご助言をお願いします。

-------- Forwarded Message --------
From: 久保 隆志 <t.kubo1984@gmail.com>
Date: 2025/03/05 22:41
To: iwasaki@tohoseiki-union.jp
Subject: 懲戒処分についての相談

岩崎さん

夜分にすみません。秦野工場 保全課の久保です。
去年12月に電車内の痴漢容疑で逮捕され、2日後に釈放、先月不起訴になりました。
会社には自分から報告しましたが、人事から懲戒解雇もありうると言われています。
どうしたらいいでしょうか。

久保 隆志（携帯 090-5528-1047）
""",
 personal=[{"type":"name","value":"久保 隆志"},{"type":"criminal_proceedings","value":"電車内の痴漢容疑で逮捕され"}]),

dict(expect="hold", kind="id.mynumber", loc="subject",
 why="A member's My Number appears in the subject line.",
 **{"from": NOGUCHI}, to=["こくみん労働共済 契約課 <keiyaku@kokumin-kyosai.example.jp>"],
 subject="Re: 加入者 富田和也様 個人番号 522581530745 の届出について",
 text="""こくみん労働共済 契約課 ご担当者様

お世話になっております。野口です。
ご指摘いただいた届出書の件、本人に確認のうえ、訂正した用紙を本日郵送いたしました。
到着まで今しばらくお待ちください。

""" + S_NOGUCHI,
 personal=[{"type":"mynumber","value":"522581530745"}]),

dict(expect="hold", kind="personal.consultation", loc="body",
 why="A member's full contact details and consultation are passed to an outside 社労士 office.",
 **{"from": IWASAKI}, to=["まほろば社労士事務所 <info@mahoroba-sr.example.jp>"],
 subject="年金相談のご依頼（組合員1名）",
 text="""まほろば社労士事務所 御中

お世話になっております。東邦精機労組の岩崎です。
組合員から老齢厚生年金の繰上げについて相談があり、
組合では判断できないため、先生方にご相談をお願いしたく、ご紹介させていただきます。

氏名：川端 誠（かわばた まこと）
生年月日：1964年1月15日
住所：神奈川県愛甲郡愛川町中津 4410-2
携帯：090-3356-7781
メール：kawabata.m64@ezweb.ne.jp
ご相談内容：62歳からの繰上げ受給と在職老齢年金の関係

ご本人から直接ご連絡が行くかと思いますが、よろしくお願いいたします。

""" + S_IWASAKI,
 personal=[{"type":"name","value":"川端 誠"},{"type":"address","value":"神奈川県愛甲郡愛川町中津 4410-2"},{"type":"email","value":"kawabata.m64@ezweb.ne.jp"}]),

dict(expect="hold", kind="list.debts", loc="body",
 why="A table of named members with their arrears on union loans is sent to the labour bank.",
 **{"from": NOGUCHI}, to=["中央労働金庫 厚木支店 融資課 <atsugi-yushi@rokin-chuo.example.jp>"],
 subject="生活資金貸付 延滞者の状況について",
 text="""中央労働金庫 厚木支店 融資課
ご担当者様

お世話になっております。野口です。
先日お問い合わせのあった、組合あっせん貸付の延滞状況を以下にまとめました。

| 氏名      | 所属          | 貸付残高   | 延滞月数 | 延滞額   |
|-----------|---------------|-----------|---------|---------|
| 久保 隆志 | 秦野工場 保全課 | 842,000円  | 3       | 96,000円 |
| 西田 浩二 | 厚木工場 塗装課 | 1,210,000円 | 2      | 58,000円 |
| 原 美奈子 | 本社 営業部    | 377,500円  | 4       | 64,000円 |

組合としても本人と面談のうえ、返済計画を相談いたします。

""" + S_NOGUCHI,
 personal=[{"type":"name","value":"西田 浩二"},{"type":"debt","value":"1,210,000円"}]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.health_aggregate", loc="",
 why="Stress-check and health-management figures given only as aggregates with no individual.",
 **{"from": MORISHITA}, to=["人事部 労政課 坂本課長 <sakamoto.h@tohoseiki.example.co.jp>"],
 subject="健康経営に関する労使協議会の資料について",
 text="""坂本課長

お疲れさまです。組合の森下です。
次回の労使協議会（3/27）で取り上げたい事項を事前にお送りします。

1. ストレスチェック集団分析（2024年度）
   ・高ストレス者の割合：全社 11.2%、秦野工場 検査課 19.8%
   ・メンタル不調による休職者：全社 7名（前年 4名）
2. 健康経営優良法人（大規模法人部門）の認定継続に向けた取り組み
3. 長時間労働（月80時間超）の該当者数の推移

個人が特定される資料は不要です。部署別の集計のみご用意ください。

""" + S_MORISHITA),

dict(expect="pass", kind="benign.public_figure", loc="",
 why="Names an election candidate and a public official in a rally notice; public figures only.",
 **{"from": IWASAKI}, to=["連合神奈川 県央地域協議会 事務局 <kenoh@rengo-kanagawa.example.jp>"],
 subject="推薦候補 総決起集会 参加者数のご報告",
 text="""県央地域協議会 事務局 御中

お疲れさまです。東邦精機労組の岩崎です。
4月の統一地方選挙に向けた推薦候補 総決起集会について、当組合の参加者数をご報告します。

・県議会議員候補 あべ 正和 さん（厚木市選挙区）
・市議会議員候補 ながい 里美 さん
当組合からの参加：18名（うち女性6名）

当日は、地協議長の吉川 光男さんのご挨拶もあると伺っております。
のぼり旗3本は当組合でご用意します。

""" + S_IWASAKI),

dict(expect="pass", kind="benign.bargaining_minutes", loc="",
 why="Bargaining minutes naming management and union officers by role; no private data.",
 **{"from": MORISHITA}, to=["人事部 労政課 坂本課長 <sakamoto.h@tohoseiki.example.co.jp>"], cc=[NOGUCHI],
 subject="第2回団体交渉 議事録（案）のご確認",
 text="""坂本課長

お疲れさまです。森下です。
3月12日の第2回団体交渉の議事録（案）を送ります。修正があれば 3/18 までにお知らせください。

出席：会社側 ― 取締役人事部長 柳田、労政課長 坂本、厚木工場長 西村
　　　組合側 ― 委員長 石井、副委員長 大野、書記長 森下、執行委員 野口

1. 賃上げ：組合要求 月額 15,000円（定昇込み 5.2%）に対し、会社回答 11,800円
2. 一時金：要求 5.5か月、会社は 5.0か月を提示
3. 障害者雇用：法定雇用率 2.5%（2026年7月 2.7%）に向けた職域開発を継続協議
4. 次回：3月19日（水）15:00～

以上

""" + S_MORISHITA),

dict(expect="pass", kind="benign.invoice_corporate_account", loc="",
 why="Venue refund to the union's own corporate account; no private person's account.",
 **{"from": NOGUCHI}, to=["厚木パークホテル 宴会予約 <banquet@atsugi-parkhotel.example.jp>"],
 subject="定期大会 会場キャンセル料の返金先について",
 text="""厚木パークホテル 宴会予約ご担当 様

お世話になっております。東邦精機労働組合の野口です。
先日ご連絡いただいた、懇親会の一部キャンセルに伴う差額返金について、振込先をお知らせします。

  金融機関：中央労働金庫 厚木支店
  口座種別：普通 5521087
  口座名義：東邦精機労働組合 執行委員長 石井 浩
  返金額：132,000円

お手数ですが、どうぞよろしくお願いいたします。

""" + S_NOGUCHI),

dict(expect="pass", kind="benign.bcc_newsletter", loc="",
 why="Union news sent to members' private addresses with all recipients in Bcc.",
 **{"from": IWASAKI}, to=["iwasaki@tohoseiki-union.jp"],
 bcc=["kobayashi.t88@gmail.com","haru.mizuno@yahoo.co.jp","s-yamada@docomo.ne.jp","kenji.ota@outlook.jp","m.fujii77@icloud.com","tanaka-atsugi@nifty.com","r.ishikawa@ezweb.ne.jp","yoshino.k@gmail.com","a.kondo1990@yahoo.co.jp","noriko.s@biglobe.ne.jp","ueda.tatsuya@gmail.com","hiromi-k@softbank.ne.jp"],
 subject="【組合ニュース No.412】第2回団交の報告",
 text="""組合員のみなさん

お疲れさまです。組合ニュース No.412 をお届けします。
（このメールは個人アドレス登録者にBCCで送信しています）

■ 第2回団交：賃上げ 会社回答 11,800円。組合は「なお不十分」として継続交渉
■ 3/22 県央地区 決起集会：各職場から参加者を募集中
■ 共済の見直し説明会：3/26（水）昼休み 厚生棟2F

配信停止は iwasaki@tohoseiki-union.jp まで。

""" + S_IWASAKI),

dict(expect="pass", kind="benign.disability_employment_rate", loc="",
 why="Spring-offensive demand on the statutory disability employment rate, as an aggregate.",
 **{"from": MORISHITA}, to=["全国機械金属労連 政策局 <seisaku@kikai-rouren.example.jp>"],
 subject="2025春闘 要求書（写）の送付",
 text="""政策局 御中

お疲れさまです。東邦精機労組の森下です。
当組合の 2025 春季要求書（写）を以下のとおり報告します。

1. 賃金：月額 15,000円（5.2%）の引上げ
2. 一時金：年間 5.5か月
3. 障害者雇用率：現状 2.31% を 2025年度中に法定の 2.5% 以上へ。精神障害・発達障害のある方の職域拡大と、ジョブコーチの配置
4. 両立支援：がん治療・不妊治療と就労の両立支援制度の新設
5. 60歳以降の処遇改善

以上、よろしくお願いいたします。

""" + S_MORISHITA),

dict(expect="pass", kind="benign.condolence", loc="",
 why="Condolence flower order for an officer's late father; death is not a sensitive category and no IDs are included.",
 **{"from": IWASAKI}, to=["花工房あつぎ <order@hanakobo-atsugi.example.jp>"],
 subject="供花のご注文（3月16日 通夜）",
 text="""花工房あつぎ 御中

いつもお世話になっております。東邦精機労働組合の岩崎です。
下記のとおり供花の手配をお願いいたします。

・故人：石井 正雄 様（当組合 委員長 石井 浩 のご尊父）
・通夜：3月16日（日）18:00　セレモニーホール愛甲 第1式場
・名札：「東邦精機労働組合 執行委員会 一同」
・金額：15,000円（税別）、請求書は組合宛にお願いします

急なお願いで恐縮ですが、よろしくお願いいたします。

""" + S_IWASAKI),

dict(expect="pass", kind="benign.plain_zip", loc="",
 why="Unencrypted zip of poster artwork sent to a printer.",
 **{"from": IWASAKI}, to=["さがみ印刷 制作部 <seisaku@sagami-print.example.jp>"],
 subject="春闘ポスター入稿データ",
 text="""さがみ印刷 制作部 御中

お世話になっております。岩崎です。
春闘ポスター（B2・300部）の入稿データを zip でお送りします（パスワードはかけていません）。
フォントはアウトライン化済みです。3/14 納品でお願いできますでしょうか。

""" + S_IWASAKI,
 attachments=[{"filename":"shunto2025_poster_B2.zip","contentType":"application/zip","text":"shunto2025_poster_B2/poster_B2_outline.ai\nshunto2025_poster_B2/poster_B2_preview.pdf"}]),

dict(expect="pass", kind="benign.order_numbers", loc="",
 why="Commemorative-gift order with 法人番号, order numbers and Yamato tracking numbers (one passes the My Number check digit by chance).",
 **{"from": NOGUCHI}, to=["ギフトの丸栄 法人営業部 <hojin@maruei-gift.example.jp>"],
 subject="Re: 永年勤続記念品 ご発注内容の確認",
 text="""ギフトの丸栄 法人営業部
ご担当 村井様

お世話になっております。野口です。
ご確認いただいた内容で問題ございません。

  ご注文番号：MG-2503-00871
  品名：名入れ置時計（木製） 42個
  請求先：東邦精機労働組合（法人番号 8021005009911）
  お届け：厚生棟2F 組合事務所

先日の見本品 2点は受け取りました。
  送り状番号：6617 2040 6701、3056 4098 1240

引き続きよろしくお願いいたします。

> 野口様
> ご注文内容をご確認ください。受注番号 MG-2503-00871 ...

""" + S_NOGUCHI),
]
