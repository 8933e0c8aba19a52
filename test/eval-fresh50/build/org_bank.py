# Org A: 東都みらい銀行 住宅ローンセンター (bank's mortgage loan centre)
D = "tomirai-bank.example.jp"
TAKAHASHI = f"高橋 誠 <m-takahashi@{D}>"
MORISHITA = f"森下 彩 <a-morishita@{D}>"
IGUCHI = f"井口 翔太 <s-iguchi@{D}>"

SIG_T = """
━━━━━━━━━━━━━━━━━━━━
株式会社東都みらい銀行 住宅ローンセンター
センター長代理 高橋 誠
〒160-0023 東京都新宿区西新宿3-9-14 みらいタワー6F
TEL 03-5909-4421(代) FAX 03-5909-4430
m-takahashi@tomirai-bank.example.jp
━━━━━━━━━━━━━━━━━━━━"""
SIG_M = """
━━━━━━━━━━━━━━━━━━━━
株式会社東都みらい銀行 住宅ローンセンター
融資課 森下 彩(もりした あや)
〒160-0023 東京都新宿区西新宿3-9-14 みらいタワー6F
TEL 03-5909-4425(直通) FAX 03-5909-4430
a-morishita@tomirai-bank.example.jp
━━━━━━━━━━━━━━━━━━━━"""
SIG_I = """
--
東都みらい銀行 住宅ローンセンター 事務管理課
井口 翔太 / Shota Iguchi
TEL 03-5909-4428  s-iguchi@tomirai-bank.example.jp"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="sensitive.health", loc="body",
 why="An applicant's diabetes treatment and HbA1c value are sent to the group credit life insurer.",
 frm=MORISHITA, to=["団信引受査定室 <underwriting@sakura-seimei.example.co.jp>"],
 subject="団信告知内容の補足について(申込番号 HL-24-08813)",
 text="""さくら生命保険株式会社
団信引受査定室 ご担当者様

いつもお世話になっております。東都みらい銀行 住宅ローンセンターの森下です。

先日お送りした団体信用生命保険の申込(申込番号 HL-24-08813)につきまして、
査定室様からご照会のあった告知内容の補足をお送りいたします。

・申込人:長谷部 隆之 様(昭和54年6月2日生)
・告知事項:2型糖尿病にて2019年より通院治療中(内服のみ、インスリン使用なし)
・直近の検査値:HbA1c 7.4%(2024年5月 かかりつけ医 西条内科クリニック)
・合併症:網膜症の指摘なし、とのご本人申告

ワイド団信への切替可否も併せてご検討いただけますと幸いです。
ご不明点がございましたら、私までご連絡ください。
""" + SIG_M,
 personal=[("name","長谷部 隆之"),("health","2型糖尿病にて2019年より通院治療中"),("health","HbA1c 7.4%")]),

dict(expect="hold", kind="id.mynumber", loc="attachment",
 why="The attached resident-record extract for the settlement carries the borrower's My Number.",
 frm=IGUCHI, to=["司法書士法人みなと合同事務所 <kessai@minato-godo.example.jp>"],
 subject="7/26決済分 書類送付",
 text="""司法書士法人みなと合同事務所
杉浦先生

お世話になっております。東都みらい銀行の井口です。
7/26(金)決済予定の案件につきまして、当行受領分の書類を添付いたします。
登記申請のご準備にお役立てください。

よろしくお願いいたします。
""" + SIG_I,
 attachments=[dict(filename="jyuminhyo_scan_0726.pdf", contentType="application/pdf", text="""住民票の写し
東京都練馬区長
住所 東京都練馬区石神井町5丁目21番8号
世帯主 新井 健司
氏名 新井 健司  生年月日 昭和60年11月14日  性別 男  続柄 世帯主
住民となった年月日 平成27年4月1日
個人番号 745375185380
住民票コード 08834127705
この写しは、世帯全員の住民票の原本と相違ないことを証明する。
令和6年7月10日  練馬区長""")],
 personal=[("name","新井 健司"),("mynumber","745375185380"),("address","東京都練馬区石神井町5丁目21番8号")]),

dict(expect="hold", kind="id.bank_account", loc="quoted",
 why="The quoted customer mail gives her private salary account for direct debit, and the reply goes to the estate agent.",
 frm=MORISHITA, to=["前川 浩二 <maekawa@hoshino-fudosan.example.jp>"],
 subject="Re: 小野寺様 引落口座の件",
 text="""星野不動産 前川様

お世話になっております。森下です。
小野寺様の件、承知しました。引落口座の変更は金消契約時に差し替えで対応できますので、
決済日程はそのままで問題ございません。

引き続きよろしくお願いいたします。
""" + SIG_M + """

-----Original Message-----
From: 前川 浩二 <maekawa@hoshino-fudosan.example.jp>
Sent: Tuesday, July 9, 2024 6:12 PM
Subject: 小野寺様 引落口座の件

森下様

小野寺様から下記の連絡をいただきましたので、そのまま転記いたします。

> 返済の引落口座を、給与が振り込まれる口座に変更したいです。
> ゆうちょではなく下記でお願いします。
> 城北信用金庫 赤羽支店 普通 4418207 名義 オノデラ ミキ
> 小野寺 美樹

お手数ですがご対応のほどお願いいたします。
星野不動産 前川
""",
 personal=[("name","小野寺 美樹"),("bank_account","城北信用金庫 赤羽支店 普通 4418207 名義 オノデラ ミキ")]),

dict(expect="hold", kind="sensitive.health", loc="subject",
 why="The subject line names a borrower together with a past depression diagnosis.",
 frm=TAKAHASHI, to=["保証審査部 <shinsa@toto-hosho.example.co.jp>"],
 subject="【団信】山岸 達也様 うつ病既往の告知に関するご相談",
 text="""東都保証株式会社 保証審査部 御中

標記の件、先ほどお電話でご相談した内容です。
診断書の写しは本日夕方までに別途郵送いたします。
取扱いのご判断をいただけましたら、折り返しご連絡をお願いいたします。
""" + SIG_T,
 personal=[("name","山岸 達也"),("health","うつ病既往")]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="encrypted_zip",
 why="Loan screening documents are sent as a password-protected zip (PPAP).",
 frm=MORISHITA, to=["桜井 美咲 <sakurai@greenhome-real.example.jp>"],
 subject="事前審査結果関係書類の送付(パスワードは別メール)",
 text="""グリーンホーム不動産
桜井様

お世話になっております。東都みらい銀行の森下です。
ご依頼いただいておりました事前審査関係の書類一式を送付いたします。
ファイルにはパスワードを設定しております。パスワードは追ってお送りします。

ご査収のほどよろしくお願いいたします。
""" + SIG_M,
 attachments=[dict(filename="jizen_shinsa_0712.zip", contentType="application/zip", encrypted=True)]),

dict(expect="hold", kind="list.debts", loc="attachment",
 why="A CSV of delinquent borrowers with phones and arrears amounts goes to the guarantee company.",
 frm=IGUCHI, to=["東都保証 代位弁済課 <daiben@toto-hosho.example.co.jp>"],
 subject="6月末基準 対象先一覧",
 text="""東都保証株式会社
代位弁済課 ご担当者様

いつもお世話になっております。
6月末基準のファイルを添付いたします。
ご確認のほどよろしくお願いいたします。

井口""",
 attachments=[dict(filename="entai_202406.csv", contentType="text/csv", text="""ローン番号,氏名,電話番号,延滞月数,延滞額(円),残高(円)
1200-448812,吉村 正人,090-3318-7720,3,412800,28640000
1200-451907,大塚 里美,080-6021-4493,2,198600,17720000
1200-460233,石田 亮,070-4410-9821,4,655200,33105000
1200-472118,中西 由香,090-8874-1106,2,226400,21480000
1200-480551,Nguyen Thi Hoa,080-2297-6640,3,301500,15990000""")],
 personal=[("name","吉村 正人"),("phone","090-3318-7720"),("name","石田 亮"),("phone","070-4410-9821"),("name","中西 由香")]),

dict(expect="hold", kind="id.passport", loc="body",
 why="A foreign applicant's passport number and birth date are sent to a translation company.",
 frm=MORISHITA, to=["翻訳受付 <order@linguabridge.example.com>"],
 subject="在職証明書(英文)の翻訳ご依頼",
 text="""リンガブリッジ株式会社 ご担当者様

お世話になっております。東都みらい銀行 住宅ローンセンターの森下です。
住宅ローンお申込みのお客様の英文在職証明書について、和訳をお願いしたく存じます。

翻訳証明に記載する申込人情報は以下のとおりです。
  氏名:Rajesh Kumar Menon(ラジェシュ クマール メノン)
  国籍:インド
  旅券番号:Z4817265
  生年月日:1988年3月22日

原本PDFは本メールに添付しております。納期は来週水曜でご対応可能でしょうか。
お見積りをいただけますと幸いです。
""" + SIG_M,
 attachments=[dict(filename="employment_certificate_EN.pdf", contentType="application/pdf", text="""CERTIFICATE OF EMPLOYMENT
This is to certify that Mr. Rajesh Kumar Menon has been employed by Fenwick Systems Japan K.K. as Senior Software Engineer since April 1, 2019. Annual base salary: JPY 9,600,000.
HR Department, Fenwick Systems Japan K.K.""")],
 personal=[("name","Rajesh Kumar Menon"),("passport","Z4817265")]),

dict(expect="hold", kind="recipients.visible", loc="recipients",
 why="A seminar invitation is sent with thirteen outside agents visible in To instead of Bcc.",
 frm=TAKAHASHI, to=[
  "maekawa@hoshino-fudosan.example.jp","sakurai@greenhome-real.example.jp","info@asahi-jutaku.example.jp",
  "sales@kitamura-estate.example.jp","t-ono@mebae-realty.example.jp","contact@nishiogi-fudosan.example.jp",
  "yamane@sky-house.example.jp","k.hirano@urban-nest.example.jp","eigyo@sumika-home.example.jp",
  "fujita@kazuha-kensetsu.example.jp","office@tamagawa-chintai.example.jp","m.ueda@lakeside-realty.example.jp",
  "hayashi.home@kcn-mail.example.ne.jp"],
 subject="【ご案内】8月 提携業者様向け住宅ローン勉強会",
 text="""提携不動産会社 各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
東都みらい銀行 住宅ローンセンターの高橋でございます。

下記のとおり、提携業者様向けの勉強会を開催いたします。
ご多忙中とは存じますが、ぜひご参加ください。

  日時:2024年8月21日(水)15:00〜16:30
  場所:当センター 6F 大会議室(オンライン併用)
  内容:① 変動金利の動向と8月改定  ② ペアローン・収入合算の審査ポイント
        ③ フラット35 制度改正のポイント
  申込:8月9日(金)までに本メールへご返信ください

何卒よろしくお願い申し上げます。
""" + SIG_T),

dict(expect="hold", kind="personal.inquiry", loc="body",
 why="A customer's inquiry with his address, phone, employer and income is forwarded to a partner builder.",
 frm=TAKAHASHI, to=["営業部 川端 <kawabata@marumo-koumuten.example.jp>"],
 subject="Fw: 当センターへのご相談(注文住宅ご検討のお客様)",
 text="""丸茂工務店 川端様

いつもお世話になっております。高橋です。
当センターの相談窓口に、注文住宅をご検討中のお客様からご相談がありました。
土地はお持ちとのことで、御社のエリアですので一度ご連絡いただけますでしょうか。

  お名前:堀内 健太郎 様(38歳)
  ご住所:埼玉県所沢市東狭山ケ丘2-14-3
  お電話:080-5172-3309
  勤務先:関東電装株式会社 品質保証部(勤続12年)
  年収:税込 680万円、奥様パート収入 約110万円
  ご希望:建物予算 3,000万円前後、2025年春着工希望

ご本人には「提携の工務店から連絡が行く」とだけお伝えしております。
よろしくお願いいたします。
""" + SIG_T,
 personal=[("name","堀内 健太郎"),("address","埼玉県所沢市東狭山ケ丘2-14-3"),("phone","080-5172-3309"),("income","年収:税込 680万円")]),

dict(expect="hold", kind="id.residence_card", loc="body",
 why="A foreign applicant's residence card number and status are sent to the guarantee company.",
 frm=IGUCHI, to=["東都保証 審査第二課 <shinsa2@toto-hosho.example.co.jp>"],
 subject="保証審査 追加資料(申込番号 HL-24-09102)",
 text="""東都保証株式会社 審査第二課 御中

お世話になっております。東都みらい銀行 井口です。
申込番号 HL-24-09102 につき、ご依頼の追加情報をお送りします。

 申込人:陳 志明(チン シメイ)様
 在留カード番号:UH48203917FA
 在留資格:永住者
 在留期間満了日(カード有効期限):2031年2月14日

永住許可通知書の写しは来店時に確認済みです。
ご確認をお願いいたします。
""" + SIG_I,
 personal=[("name","陳 志明"),("residence_card","UH48203917FA")]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.corporate_account",
 why="The judicial scrivener's corporate account for fees is business data, not a private person's account.",
 frm=IGUCHI, to=["司法書士法人みなと合同事務所 <kessai@minato-godo.example.jp>"],
 subject="Re: 登記費用のお振込先について",
 text="""司法書士法人みなと合同事務所
経理ご担当 様

お世話になっております。井口です。
お振込先のご連絡ありがとうございます。下記で登録いたしました。

  りそな銀行 新宿支店 普通 1234567
  口座名義 シホウシヨシホウジン ミナトゴウドウジムシヨ

今回分(7/26決済 3件)は7/25(木)午前中にお振込予定です。
請求書原本は後日郵送でお受けいたします。
""" + SIG_I + """

> 井口様
> 当法人の振込先口座を下記に変更いたしましたので、お知らせいたします。
> 旧:みずほ銀行 新宿西口支店(閉鎖のため)
> 新:りそな銀行 新宿支店 普通 1234567
> 司法書士法人みなと合同事務所 経理 三上
"""),

dict(expect="pass", kind="benign.meeting",
 why="Meeting arrangement naming partner staff with signatures only.",
 frm=TAKAHASHI, to=["山根 隆 <yamane@sky-house.example.jp>"], cc=["森下 彩 <a-morishita@tomirai-bank.example.jp>"],
 subject="提携ローン商品のご説明日程について",
 text="""スカイハウス株式会社
営業本部 山根部長

平素より大変お世話になっております。東都みらい銀行の高橋です。
先日お話のあった、御社分譲「スカイコート調布」向け提携ローンのご説明につき、
以下いずれかの日程でお伺いできればと存じます。

 ① 7月30日(火)10:00〜
 ② 7月31日(水)14:00〜
 ③ 8月2日(金)16:00〜

当日は私と担当の森下の2名で伺います。御社からは山根部長、販売課の小川様、
企画課の鳥居様にご同席いただけるとありがたく存じます。

ご都合をお聞かせください。
""" + SIG_T),

dict(expect="pass", kind="benign.bcc_mass",
 why="Rate notice to many partner agents, with recipients in Bcc.",
 frm=TAKAHASHI, to=[f"住宅ローンセンター <loan-center@{D}>"],
 bcc=["maekawa@hoshino-fudosan.example.jp","sakurai@greenhome-real.example.jp","info@asahi-jutaku.example.jp",
  "sales@kitamura-estate.example.jp","t-ono@mebae-realty.example.jp","contact@nishiogi-fudosan.example.jp",
  "yamane@sky-house.example.jp","k.hirano@urban-nest.example.jp","eigyo@sumika-home.example.jp",
  "fujita@kazuha-kensetsu.example.jp","office@tamagawa-chintai.example.jp","m.ueda@lakeside-realty.example.jp"],
 subject="【8月適用】住宅ローン金利のお知らせ",
 text="""提携業者様 各位
(本メールはBCCにて一斉送信しております)

平素は格別のご高配を賜り、誠にありがとうございます。
2024年8月適用の住宅ローン金利をお知らせいたします。

 変動金利(全期間引下げ型)        年0.375%
 固定金利選択型 3年               年1.050%
 固定金利選択型 10年              年1.550%
 全期間固定(21〜35年)           年1.920%

※ 店頭金利からの引下げ幅は審査結果により異なります。
※ 金利は8月1日以降の融資実行分に適用されます。

ご不明点は各担当までお問い合わせください。
""" + SIG_T),

dict(expect="pass", kind="benign.data_subject",
 why="A borrower receives her own repayment schedule; the account is masked.",
 frm=MORISHITA, to=["宮原 千尋 <chihiro.miyahara@gmail.example.com>"],
 subject="繰上返済後の返済予定表について",
 text="""宮原 千尋 様

いつも東都みらい銀行をご利用いただき、誠にありがとうございます。
住宅ローンセンターの森下でございます。

7月10日に承りました一部繰上返済(期間短縮型)の手続きが完了いたしました。
変更後の返済予定表を添付いたしますので、ご確認ください。

  ローン番号:1200-433016
  引落口座:普通 ****512
  繰上返済額:3,000,000円
  短縮後の最終返済日:2052年4月10日(従前 2055年9月10日)

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_M,
 attachments=[dict(filename="hensai_yotei_1200-433016.pdf", contentType="application/pdf", text="""返済予定表  ローン番号 1200-433016  宮原 千尋 様
回数	返済日	返済額	元金	利息	残高
1	2024/08/10	98,214	80,311	17,903	27,920,577
2	2024/09/10	98,214	80,338	17,876	27,840,239
3	2024/10/10	98,214	80,364	17,850	27,759,875""")]),

dict(expect="pass", kind="benign.successor",
 why="Successor introduction with names of bank staff and partner staff only.",
 frm=TAKAHASHI, to=["北村 聡 <sales@kitamura-estate.example.jp>"], cc=[IGUCHI],
 subject="担当者変更のご挨拶",
 text="""北村エステート株式会社
代表取締役 北村 聡 様

拝啓 盛夏の候、貴社ますますご清栄のこととお慶び申し上げます。

さて、これまで御社を担当しておりました小山 典子が、8月1日付で
多摩支店へ異動となりました。後任には井口 翔太が着任いたします。
在任中のご厚情に心より御礼申し上げますとともに、
今後とも変わらぬお引き立てを賜りますようお願い申し上げます。

近日中に井口とともにご挨拶に伺います。
                                                        敬具
""" + SIG_T),

dict(expect="pass", kind="benign.plain_zip",
 why="A plain zip of product leaflets goes to an agent; no personal data.",
 frm=MORISHITA, to=["平野 和也 <k.hirano@urban-nest.example.jp>"],
 subject="店頭用パンフレットデータ一式",
 text="""アーバンネスト 平野様

お世話になっております。森下です。
ご依頼の店頭用パンフレット(8月版)データをお送りします。
zipにまとめていますが、パスワードはかけておりませんのでそのまま開けます。

 - 住宅ローン総合案内(A4 8P)
 - ペアローンのご案内(A4 2P)
 - 借換シミュレーションシート(A3)

印刷の際は色校正をご確認ください。
""" + SIG_M,
 attachments=[dict(filename="pamphlet_202408.zip", contentType="application/zip", text="loan_guide_202408.pdf\npair_loan_202408.pdf\nkarikae_sim_A3.pdf")]),

dict(expect="pass", kind="benign.license_numbers",
 why="The numbers are a real-estate licence, a 宅建士 registration and a corporate number, all business identifiers.",
 frm=IGUCHI, to=["大野 友美 <t-ono@mebae-realty.example.jp>"],
 subject="提携業者登録の確認事項",
 text="""めばえリアルティ株式会社 大野様

お世話になっております。東都みらい銀行の井口です。
提携業者登録申請書を拝受しました。登録内容を確認しましたのでご報告します。

 商号:めばえリアルティ株式会社
 法人番号:3011101072855
 宅地建物取引業免許:東京都知事(3)第93418号
 専任の宅地建物取引士:大野 友美(登録番号 東京 第241877号)
 本店所在地:東京都杉並区荻窪4-30-2

審査は2週間程度で完了予定です。登録完了後、提携業者番号をご連絡いたします。
""" + SIG_I),

dict(expect="pass", kind="benign.it_outage",
 why="障害 refers to an IT system outage.",
 frm=IGUCHI, to=["上田 誠 <m.ueda@lakeside-realty.example.jp>"],
 subject="【復旧】提携業者向け事前審査Webシステムの障害について",
 text="""レイクサイドリアルティ 上田様

お世話になっております。井口です。
本日午前に発生しておりました事前審査Webシステムの障害は、11:40に復旧いたしました。

 発生時間:7月16日(火)9:05〜11:40
 影響:事前審査の新規登録・結果照会ができない状態
 原因:認証サーバの証明書更新不備

障害中に登録いただいた申込がエラーとなっている場合は、お手数ですが再登録をお願いします。
ご迷惑をおかけし、申し訳ございませんでした。
""" + SIG_I),

dict(expect="pass", kind="benign.condolence",
 why="Condolence message to a business partner; no sensitive data about a person beyond the public bereavement.",
 frm=TAKAHASHI, to=["藤田 浩 <fujita@kazuha-kensetsu.example.jp>"],
 subject="御尊父様ご逝去のお悔やみ",
 text="""和葉建設株式会社
藤田 浩 様

このたびは御尊父様のご逝去の報に接し、心よりお悔やみ申し上げます。
本来であれば直接お伺いすべきところ、略儀ながらメールにて失礼いたします。

社内のことはどうぞお気になさらず、ご家族とのお時間を大切になさってください。
案件のご連絡は、御社の須藤様と調整させていただきます。

謹んでご冥福をお祈り申し上げます。
""" + SIG_T),

dict(expect="pass", kind="benign.order_numbers",
 why="Application and tracking numbers only; no personal data.",
 frm=IGUCHI, to=["杉浦 亮 <kessai@minato-godo.example.jp>"],
 subject="抵当権設定書類の発送について",
 text="""みなと合同事務所 杉浦先生

お世話になっております。井口です。
抵当権設定契約証書ほか原本を本日発送いたしました。

 発送:ヤマト運輸 宅急便
 伝票番号:4810-0599-0813
 同封:設定契約証書 3件(案件番号 KS-24-0711 / KS-24-0714 / KS-24-0719)

明日午前中着の予定です。到着しましたらご一報いただけますと幸いです。
""" + SIG_I),
]
