from common import *

MAILS = []
def m(**kw):
    MAILS.append(kw)

m(expect="hold", kind="personal.inquiry",
  why="Forwards a member's complaint with her name, address, phone and member number to the manufacturer.",
  **{"from": F_ISHIDA}, to=["株式会社北浜フーズ 品質保証部 <qa@kitahama-foods.example.co.jp>"],
  subject="【お申し出】冷凍ぎょうざ 異物混入の疑い",
  text=f"""株式会社北浜フーズ
品質保証部 御中

いつもお世話になっております。コープみどり組合員サービスセンターの石田です。
下記のお申し出がありましたので、ご確認・ご連絡をお願いいたします。

　商品：国産豚の肉汁ぎょうざ 20個入（賞味期限 2025.03.14）
　内容：焼いた後、1個の中から約1cmの黒いプラスチック片が出てきた
　現品：組合員宅で冷凍保管中（回収可）

　お申し出者：宮本 真理子 様（組合員番号 0417-228391）
　住所：北浜市緑ヶ丘5-3-12
　電話：090-0000-2716（平日18時以降希望）

直接ご連絡いただき、回収日時を調整いただけますでしょうか。

{SIG_ISHIDA}
""",
  personal=[{"type": "name", "value": "宮本 真理子"}, {"type": "address", "value": "北浜市緑ヶ丘5-3-12"}, {"type": "phone", "value": "090-0000-2716"}])

m(expect="hold", kind="list.members",
  why="The attached CSV lists members' names, addresses, phones and where to leave boxes; the body gives no hint.",
  **{"from": F_NAKANO}, to=["株式会社みなと物流 配送管理 <haisou@minato-logi.example.co.jp>"],
  subject="明日からの新ルート分",
  text=f"""みなと物流 配送管理ご担当者様

お世話になっております。コープみどり物流課の中野です。
明日からの新ルート分です。よろしくお願いします。

{SIG_NAKANO}
""",
  attachments=[{"filename": "route_K12_20250407.csv", "contentType": "text/csv",
    "text": "順,組合員番号,氏名,住所,電話,置き場所\n1,0417-102283,村上 智子,北浜市緑ヶ丘2-4-9,0725-00-5521,玄関前ボックス\n2,0417-118820,堀 健一,北浜市緑ヶ丘2-11-1 グリーンハイツ203,080-0000-3349,メーターボックス内\n3,0417-120954,山内 千代,北浜市緑ヶ丘3-1-7,0725-00-1198,勝手口\n4,0417-131077,大塚 誠,北浜市潮見台1-6-15,090-0000-7720,宅配ボックス2番\n5,0417-140361,菅野 里美,北浜市潮見台1-9-3,070-0000-4412,車庫の棚"}],
  personal=[{"type": "name", "value": "堀 健一"}, {"type": "address", "value": "北浜市緑ヶ丘2-11-1 グリーンハイツ203"}, {"type": "phone", "value": "080-0000-3349"}])

m(expect="hold", kind="id.bank_account",
  why="Sends a member's personal bank account for direct debit to an outside collection agent.",
  **{"from": F_ISHIDA}, to=["みらい収納サービス 口座振替センター <furikae@mirai-shuno.example.co.jp>"],
  subject="口座振替依頼書 記載誤りの訂正について",
  text=f"""みらい収納サービス
口座振替センター ご担当者様

いつもお世話になっております。
先月送付した口座振替依頼書のうち1件が「口座番号相違」で返却されました。
組合員に確認したところ、下記が正しい内容とのことです。

　組合員番号：0417-305516
　預金者名：カトウ　ヨシエ
　金融機関：なにわ信用金庫　北浜支店（店番 037）
　普通預金　1052837

次回（5月27日）の引落しから反映できるか、ご確認をお願いいたします。

{SIG_ISHIDA}
""",
  personal=[{"type": "bank_account", "value": "普通預金　1052837"}, {"type": "name", "value": "カトウ　ヨシエ"}])

m(expect="hold", kind="id.card_number",
  why="Gives a member's full credit card number and expiry taken by phone to the payment vendor.",
  **{"from": F_ISHIDA}, to=["ペイリンク株式会社 加盟店サポート <support@paylink.example.co.jp>"],
  subject="電話注文分のカード決済（手動処理のお願い）",
  text=f"""ペイリンク株式会社
加盟店サポート ご担当者様

加盟店ID：MD-220481（生活協同組合コープみどり）

組合員から電話で注文があり、Web画面に障害があって登録できなかったため、手動での与信をお願いできますでしょうか。

　組合員：遠藤 貴之 様
　カード番号：4111 1111 1111 1111
　有効期限：08/27
　金額：12,860円（おせち予約）

処理が完了しましたら承認番号をお知らせください。

{SIG_ISHIDA}
""",
  personal=[{"type": "card_number", "value": "4111 1111 1111 1111"}, {"type": "name", "value": "遠藤 貴之"}])

m(expect="hold", kind="sensitive.health",
  why="The quoted earlier message names a member's Alzheimer's diagnosis and care level; the reply body is harmless.",
  **{"from": F_ISHIDA}, to=["北浜市緑ヶ丘地域包括支援センター 社会福祉士 青木様 <aoki@houkatsu-midorigaoka.example.or.jp>"],
  subject="Re: 見守りのご協力について",
  text=f"""青木様

ご連絡ありがとうございます。承知いたしました。
次回配達（木曜午前）の際に、担当の配達員から声かけをするようにいたします。
何か気になる様子があれば、センターへお電話いたします。

{SIG_ISHIDA}

-----Original Message-----
From: 青木 <aoki@houkatsu-midorigaoka.example.or.jp>
Sent: Monday, February 10, 2025 10:12 AM
Subject: 見守りのご協力について

コープみどり 石田様

いつもお世話になっております。緑ヶ丘地域包括支援センターの青木です。
宅配をご利用の大橋 フサ子さん（緑ヶ丘4丁目）ですが、昨年アルツハイマー型認知症と診断され、要介護1の認定を受けています。
最近、同じ商品を何度も注文してしまうことがあるようで、ご家族も心配されています。
配達時に、ご様子で気になることがあれば教えていただけますでしょうか。

青木
""",
  personal=[{"type": "health", "value": "アルツハイマー型認知症と診断され"}, {"type": "name", "value": "大橋 フサ子"}])

m(expect="hold", kind="attachment.encrypted_zip",
  why="Sends a password-protected zip (PPAP) to a research company.",
  **{"from": F_KAWAGUCHI}, to=["株式会社リサーチ北浜 調査企画部 <kikaku@research-kitahama.example.co.jp>"],
  subject="利用実態調査 抽出データ",
  text=f"""リサーチ北浜 調査企画部 御中

お世話になっております。コープみどり商品部の川口です。
先日ご依頼の件、抽出データを添付いたします。
パスワードは別途お送りします。

{SIG_KAWAGUCHI}
""",
  attachments=[{"filename": "riyou_chousa_2025Q1.zip", "contentType": "application/zip", "encrypted": True}])

m(expect="hold", kind="sensitive.health",
  why="The subject line names a member and her Crohn's disease; the body does not.",
  **{"from": F_KAWAGUCHI}, to=["株式会社ミールプラス 商品開発 <dev@mealplus.example.co.jp>"],
  subject="組合員 北川 恭子様 クローン病のため低脂肪・低残渣メニュー対応のご相談",
  text=f"""ミールプラス 商品開発ご担当者様

いつもお世話になっております。コープみどり商品部の川口です。

標記の件、ミールキットの献立を一部差し替えできないかご相談です。
揚げ物・きのこ類・海藻類を外した献立で、週3回分のご提供が可能か、ご検討いただけますでしょうか。
価格は通常品と同額を想定しております。

{SIG_KAWAGUCHI}
""",
  personal=[{"type": "name", "value": "北川 恭子"}, {"type": "health", "value": "クローン病"}])

_prod = ["info@yamane-farm.example.jp", "sato.nouen@gmail.com", "ja-kitahama-sanchoku@ja-kitahama.example.or.jp",
         "mikan.hasegawa@ocn.example.ne.jp", "shop@umino-suisan.example.co.jp", "order@kinoko-house.example.jp",
         "t.kikuchi.tamago@yahoo.co.jp", "honda-chikusan@biglobe.example.ne.jp", "office@midori-dairy.example.co.jp",
         "nakamura.tea@gmail.com", "sales@kitahama-tofu.example.co.jp", "ogawa-noujou@nifty.example.com",
         "kaneko.honey@gmail.com"]
m(expect="hold", kind="recipients.visible",
  why="Thirteen producers, several with private addresses, are visible in To.",
  **{"from": F_KAWAGUCHI}, to=_prod,
  subject="産地交流会2025のご案内",
  text=f"""生産者の皆さま

いつもコープみどりに安全でおいしい農産物・食品をお届けいただき、ありがとうございます。
今年も組合員との産地交流会を開催いたします。

　日時：6月14日（土）13:00〜16:00
　会場：コープみどり 北浜配送センター 2階ホール
　内容：生産者紹介（各5分）、試食コーナー、組合員との意見交換
　出展：試食品は各自ご用意ください（保冷庫あり）

ご出欠を5月23日までにご返信ください。

{SIG_KAWAGUCHI}
""")

m(expect="hold", kind="list.debts",
  why="Lists members' names, addresses and unpaid amounts for a law firm.",
  **{"from": F_ISHIDA}, to=["北浜中央法律事務所 弁護士 河合先生 <kawai@kitahama-chuo-law.example.jp>"],
  subject="未収金回収のご依頼（第3四半期分）",
  text=f"""北浜中央法律事務所
河合 先生

いつもお世話になっております。
督促状送付後も入金のない組合員について、回収のご依頼をいたします。

組合員番号　　氏名　　　　住所　　　　　　　　　　　未収額　　最終入金
0417-088120　小野寺 聡　北浜市南浜3-2-8-402　　　 48,320円　2024/06
0417-193774　今村 ゆかり　北浜市汐見町1-14-6　　　 31,905円　2024/08
0417-201465　黒田 剛　　北浜市本町7-3-21　　　　 57,110円　2024/05

それぞれの注文履歴・督促履歴は別途郵送いたします。

{SIG_ISHIDA}
""",
  personal=[{"type": "name", "value": "今村 ゆかり"}, {"type": "address", "value": "北浜市汐見町1-14-6"}, {"type": "debt", "value": "57,110円"}])

m(expect="hold", kind="personal.neighbour_complaint",
  why="The forwarded complaint gives a neighbour's name, address and phone to the delivery subcontractor.",
  **{"from": F_NAKANO}, to=["株式会社みなと物流 北浜営業所 所長 <shocho@minato-logi.example.co.jp>"],
  subject="Fw: 配達車両の駐車について（近隣の方から）",
  text=f"""みなと物流 北浜営業所 所長様

お世話になっております。下記のお申し出がありました。
K12ルートの担当ドライバーへ指導をお願いいたします。対応結果はこちらからお申し出者へお伝えします。

{SIG_NAKANO}

---------- 転送 ----------
From: 石田 恵
To: 中野 修一
件名: 配達車両の駐車について（近隣の方から）

中野課長

本日、組合員ではない近隣の方からお電話がありました。
　お名前：福田 信吾 様
　ご住所：北浜市緑ヶ丘2-4-11（村上様宅の向かい）
　電話：0725-00-9043
毎週火曜の午前中、配達トラックが自宅ガレージの前に15分ほど停まり、出庫できないとのことです。
かなりご立腹でしたので、早めの対応をお願いします。

石田
""",
  personal=[{"type": "name", "value": "福田 信吾"}, {"type": "address", "value": "北浜市緑ヶ丘2-4-11"}, {"type": "phone", "value": "0725-00-9043"}])

# ---------------- passes ----------------
m(expect="pass", kind="benign.yamato_tracking",
  why="12-digit numbers are Yamato tracking numbers for returned goods, not My Numbers.",
  **{"from": F_NAKANO}, to=["山根農園 出荷担当 <info@yamane-farm.example.jp>"],
  subject="返品分の発送について（送り状番号）",
  text=f"""山根農園 出荷ご担当者様

お世話になっております。コープみどり物流課の中野です。
先週入荷分のうち、規格外で返品となった分を本日ヤマト運輸で発送しました。

　送り状番号：372155098460（キャベツ 2ケース）
　送り状番号：488302711952（ブロッコリー 1ケース）
　送り状番号：310477625834（資材：通い箱 20枚）

明日午前着の予定です。返品理由の写真は商品部の川口からお送りします。

{SIG_NAKANO}
""")

m(expect="pass", kind="benign.allergen_info",
  why="Allergen labelling for products; no person involved.",
  **{"from": F_KAWAGUCHI}, to=["株式会社海野水産 品質管理 <qc@umino-suisan.example.co.jp>"],
  subject="アレルギー表示の確認（えびしゅうまい）",
  text=f"""海野水産 品質管理ご担当者様

お世話になっております。コープみどり商品部の川口です。
来月から取り扱う「ぷりぷりえびしゅうまい」の規格書について確認させてください。

1. 特定原材料：えび、小麦 の表示あり。かに は同一ラインで製造とのことですが、コンタミの注意喚起表示は必要でしょうか。
2. 特定原材料に準ずるもの：大豆、ごま、ゼラチン（豚）と理解しています。
3. アレルギーをお持ちの組合員から問い合わせが多いため、カタログには「乳・卵は使用していません」と記載したいです。

ご確認のほど、よろしくお願いいたします。

{SIG_KAWAGUCHI}
""")

m(expect="pass", kind="benign.katakana_products",
  why="Product and variety names (はるみ, ゆめぴりか, さくらこ) look like given names but are goods.",
  **{"from": F_KAWAGUCHI}, to=["JA北浜 産直課 <ja-kitahama-sanchoku@ja-kitahama.example.or.jp>"],
  subject="2月企画の数量確定（はるみ・ゆめぴりか他）",
  text=f"""JA北浜 産直課 御中

2月第2週企画の数量が確定しましたのでお知らせします。

・柑橘「はるみ」 2kg箱：1,240箱
・柑橘「せとか」 1kg箱：680箱
・北海道米「ゆめぴりか」 5kg：420袋
・いちご「さくらこ」 1パック：2,100パック
・たまご「きみこ」 10個入：900パック（菊池養鶏さん分）

「さくらこ」は前年より2割増です。出荷日は2月10日（月）でお願いします。

{SIG_KAWAGUCHI}
""")

m(expect="pass", kind="benign.jan_codes",
  why="Product master update with JAN codes in a CSV.",
  **{"from": F_KAWAGUCHI}, to=["株式会社北浜食品卸 商品登録 <master@kitahama-oroshi.example.co.jp>"],
  subject="商品マスタ更新（4月改定分）",
  text=f"""北浜食品卸 商品登録ご担当者様

4月改定分の商品マスタをCSVでお送りします。価格改定7品、新規3品です。

{SIG_KAWAGUCHI}
""",
  attachments=[{"filename": "master_2504.csv", "contentType": "text/csv",
    "text": "JAN,商品名,規格,区分,本体価格\n4902102112345,CO-OPみどり 絹ごし豆腐,300g,改定,128\n4902102112352,CO-OPみどり 木綿豆腐,300g,改定,128\n4549414300127,国産大豆の納豆 3P,40g×3,改定,98\n4901234567894,北浜牛乳,1000ml,改定,238\n4562371080019,ミナミの塩バターパン,4個,新規,298\n4562371080026,ハナコのチーズケーキ,6個,新規,480\n4987176003412,天然水 北浜の森,2L×6,新規,598"}])

m(expect="pass", kind="benign.to_data_subject",
  why="A member's own order history and points sent to the member herself.",
  **{"from": F_ISHIDA}, to=["宮本 真理子 様 <mariko.miyamoto.0718@gmail.com>"],
  subject="Re: 注文履歴とポイント残高のお問い合わせ",
  text=f"""宮本 真理子 様

いつもコープみどりをご利用いただき、ありがとうございます。組合員サービスセンターの石田です。
お問い合わせの件、以下のとおりご案内いたします。

　組合員番号：0417-228391
　ポイント残高：1,284ポイント（2025年3月末失効分：210ポイント）
　直近の注文：
　　3月3日週　12品　8,742円
　　3月10日週　9品　6,115円
　　3月17日週　14品　10,380円

ご登録のお届け先（緑ヶ丘5丁目）に変更がある場合は、マイページからお手続きください。

{SIG_ISHIDA}
""")

m(expect="pass", kind="benign.masked_card_outage",
  why="Payment outage report with masked card numbers and order numbers only.",
  **{"from": F_ISHIDA}, to=["ペイリンク株式会社 加盟店サポート <support@paylink.example.co.jp>"],
  subject="【障害】3/4 夜間のカード決済エラーについて",
  text=f"""ペイリンク株式会社 加盟店サポート御中

加盟店ID：MD-220481

3月4日 21:10〜22:35の間、Web注文のカード決済がエラーとなる障害が発生しました。
組合員からの問い合わせで判明したものは以下の3件です。二重請求になっていないかご確認ください。

　注文番号 W2503-0481127　カード ****-****-****-1111　8,420円
　注文番号 W2503-0481356　カード ****-****-****-4444　3,990円
　注文番号 W2503-0482011　カード ****-****-****-0005　15,600円

障害の原因と再発防止策のご報告もお願いいたします。

{SIG_ISHIDA}
""")

m(expect="pass", kind="benign.religious_corp_customer",
  why="A 宗教法人 is an ordinary group-order customer.",
  **{"from": F_KAWAGUCHI}, to=["宗教法人 浄光寺 寺務所 <jimusho@jokoji.example.or.jp>"],
  subject="お盆行事用 団体注文のお見積り",
  text=f"""宗教法人 浄光寺
寺務所 御中

平素よりコープみどりをご利用いただき、ありがとうございます。
8月13日の施餓鬼法要向けの団体注文について、お見積りをお送りします。

　・精進仕出し弁当（特注） 120食　@1,100円
　・お茶（500ml） 150本　@80円
　・季節の果物盛り合わせ 6台　@3,500円
　合計：165,000円（税込）　お届け：8月13日 10:30 本堂裏手

ご住職の藤本様より、昨年同様に配膳用の紙皿もご希望と伺っております。ご確認ください。

{SIG_KAWAGUCHI}
""")

m(expect="pass", kind="benign.dev_test_card",
  why="The Luhn-valid card number is a published test number used in the staging environment.",
  **{"from": F_NAKANO}, to=["株式会社ネクストコマース 開発部 <dev@nextcommerce.example.co.jp>"],
  cc=["石田 恵 <ishida.megumi@coop-midori.example.jp>"],
  subject="議事録：宅配Web注文リニューアル 第7回開発定例",
  text=f"""ネクストコマース 開発部 各位

第7回開発定例の議事録です。

日時：4月15日 15:00〜16:30（オンライン）
出席：ネクストコマース 岡村様・宮下様／コープみどり 中野・石田

1. 決済テスト（ステージング環境）
　- テストカード 4111 1111 1111 1111（有効期限 12/30、CVV 123）で与信・取消を確認 → OK
　- 3Dセキュア認証画面の文言修正（宮下様）
2. 障害時のエラー表示
　- 決済代行側障害時は「しばらくしてから」ではなく電話注文を案内する文言に変更
3. 次回
　- 4月22日 本番同等データでの負荷試験（個人情報はダミーに置換）

以上

{SIG_NAKANO}
""")

m(expect="pass", kind="benign.bcc_mass",
  why="Holiday delivery notice to members with all addresses in Bcc.",
  **{"from": F_ISHIDA}, to=["コープみどり 組合員サービスセンター <service@coop-midori.example.jp>"],
  bcc=["mariko.miyamoto.0718@gmail.com", "t.murakami.hk@yahoo.co.jp", "hori.kenichi@ocn.example.ne.jp", "chiyo.yamauchi@gmail.com",
       "makoto.otsuka@biglobe.example.ne.jp", "satomi.sugano@gmail.com", "endo.takayuki@outlook.jp", "f.ohashi.family@gmail.com",
       "k.onodera@nifty.example.com", "kitagawa.kyoko@gmail.com", "imamura.yukari@yahoo.co.jp", "katou.yoshie@ocn.example.ne.jp"],
  subject="【コープみどり】年末年始のお届けスケジュール",
  text=f"""組合員の皆さま

いつもコープみどりの宅配をご利用いただき、ありがとうございます。
年末年始のお届けスケジュールをお知らせします。

　・12月29日（日）〜1月3日（金）：お届け休止
　・12月23日〜28日の週：通常どおり（おせちは28日にお届け）
　・1月4日（土）：臨時便（月曜コースの方）
　・1月6日（月）の週から通常どおり

ご注文の締切も変わりますので、カタログ裏表紙をご確認ください。
本メールは送信専用アドレスから、BCCでお送りしています。

{SIG_ISHIDA}
""")

m(expect="pass", kind="benign.successor",
  why="Successor introduction to a producer with names and titles only.",
  **{"from": F_NAKANO}, to=["菊池養鶏場 菊池 隆様 <t.kikuchi.tamago@yahoo.co.jp>"],
  subject="集荷担当交代のご挨拶",
  text=f"""菊池養鶏場
菊池 隆 様

いつも新鮮なたまごをありがとうございます。コープみどり物流課の中野です。

これまで集荷を担当していた配送センターの宮田が4月から本部勤務となり、
後任は同センターの野村 翔太が務めます。集荷時間（火・金 9:00）は変わりません。

野村の連絡先：nomura.s@coop-midori.example.jp / 0725-00-8815

来週の集荷時に、宮田と野村の二人でご挨拶に伺います。
今後ともよろしくお願いいたします。

{SIG_NAKANO}
""")
