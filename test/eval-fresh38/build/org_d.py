# Org D: 青葉ビルマネジメント株式会社 (office-building property management).
from common import *

TENANTS = ["soumu@kitakami-shoji.example.co.jp", "office@tohoku-consul.example.jp",
           "admin@sendai-soft.example.co.jp", "soumu@hirose-hoken.example.co.jp",
           "info@ichibancho-dental.example.jp", "general@miyagi-design.example.jp",
           "soumu@jozenji-law.example.jp", "kanri@tsutsujigaoka-kensetsu.example.co.jp",
           "office@aoba-zeirishi.example.jp", "soumu@nanko-travel.example.co.jp",
           "info@kotodai-clinic.example.jp", "admin@sendai-hr.example.co.jp",
           "taro.endo1962@yahoo.example.co.jp"]

MAILS = [
# ---------------- holds ----------------
M("hold", "personal.neighbour_complaint",
  "Forwards a complaining office worker's full name, company, mobile and details to the restaurant tenant.",
  KISHIDA, ["ダイニング杜 店長 <tencho@dining-mori.example.jp>"],
  "排気の臭いに関するご意見について",
  """ダイニング杜 店長様

いつもお世話になっております。青葉ビルマネジメントの岸田です。
7階テナントの方から、厨房排気の臭いについて下記のご意見をいただきました。

お申し出者：北上商事株式会社 経理課 佐々木 美紀 様
連絡先（携帯）：090-0000-6158
ご自宅：仙台市泉区将監8-3-14（在宅勤務日は自宅へ連絡希望）
内容：11時〜14時に給気口から揚げ物の臭いが入り、頭痛がする。
　　　妊娠中のため特に辛い。改善がなければ会社として正式に抗議したい。

グリスフィルターの清掃状況を確認させてください。

""" + SIG_KISHIDA, loc="body",
  personal=[{"type": "name", "value": "佐々木 美紀"},
            {"type": "phone", "value": "090-0000-6158"},
            {"type": "address", "value": "仙台市泉区将監8-3-14"}]),

M("hold", "list.roster",
  "The attached sheet lists tenant staff names with birth dates, home addresses and mobiles for security passes; body gives no hint.",
  HORI, ["東北警備保障 仙台営業所 <sendai@tohoku-keibi.example.co.jp>"],
  "入館カード発行 7月分",
  """ご担当者様

お世話になっております。青葉ビルマネジメントの堀です。
標記の件、添付のとおりお願いいたします。

""" + SIG_HORI, loc="attachment",
  attachments=[A("入館カード発行_7月.xlsx", XLSX,
"""[発行依頼]
テナント	氏名	生年月日	自宅住所	携帯電話	カード種別
仙台ソフト	阿部 光太郎	1992/06/14	仙台市宮城野区榴岡2-5-8-901	090-0000-3021	常時
仙台ソフト	菅原 詩織	1997/09/03	仙台市太白区長町5-2-3	080-0000-7749	常時
広瀬保険	千葉 俊	1985/01/28	名取市増田3-12-6	070-0000-5536	夜間可
広瀬保険	今野 あかり	2001/04/11	仙台市若林区連坊1-9-2	090-0000-8810	常時
""")],
  personal=[{"type": "name", "value": "菅原 詩織"},
            {"type": "address", "value": "仙台市太白区長町5-2-3"},
            {"type": "phone", "value": "080-0000-7749"}]),

M("hold", "id.bank_account",
  "Gives the accounting firm an individual unit owner's private bank account for rent remittance.",
  MATSUNAGA, ["税理士法人青葉会計 佐藤様 <sato@aoba-kaikei.example.jp>"],
  "区分所有者（個人）への賃料送金先の件",
  """佐藤様

お世話になっております。松永です。
青葉第二ビル 502区画の区分所有者が相続により変更となりましたので、
7月分から下記の個人口座へ賃料を送金いたします。帳簿への反映をお願いします。

新所有者：遠藤 太郎 様（仙台市青葉区上杉4-2-18）
送金先：七十七銀行 上杉支店 普通 5527031
口座名義：エンドウ タロウ
送金額：月額 286,000円（管理費控除後）

""" + SIG_MATSUNAGA, loc="body",
  personal=[{"type": "bank_account", "value": "5527031"},
            {"type": "name", "value": "遠藤 太郎"},
            {"type": "address", "value": "仙台市青葉区上杉4-2-18"}]),

M("hold", "attachment.encrypted_zip",
  "Sends the lease contract to a tenant in a password zip (PPAP).",
  KISHIDA, ["仙台ソフト 総務 <admin@sendai-soft.example.co.jp>"],
  "賃貸借契約書（更新）ドラフト送付",
  """仙台ソフト株式会社 総務ご担当者様

更新契約書のドラフトを添付いたします。
パスワードは別メールにてお知らせいたします。

""" + SIG_KISHIDA, loc="encrypted_zip",
  attachments=[A("契約書ドラフト_仙台ソフト_2025.zip", ZIP, encrypted=True)]),

M("hold", "personal.profile",
  "Forwards a tenant's guarantor details (address, birth date, employer, income) in a quoted part to a guarantee company.",
  KISHIDA, ["みちのく保証 審査部 <shinsa@michinoku-hosho.example.co.jp>"],
  "Fw: 連帯保証人の件（杜の都デザイン事務所）",
  """審査部 ご担当者様

お世話になっております。青葉ビルマネジメントの岸田です。
下記テナント候補の件、保証会社利用への切替えでご審査をお願いできますでしょうか。

---------- Forwarded message ----------
From: 杜の都デザイン事務所 代表 小野寺 <onodera@morinomiyako-design.example.jp>
Date: 2025年6月9日 18:21
Subject: 連帯保証人の件

岸田様
ご依頼の連帯保証人の情報です。
  氏名：小野寺 昭二（父）
  生年月日：1952年10月5日
  住所：岩手県一関市大手町6-21
  電話：0191-00-4417
  勤務先：年金生活（元 一関市職員）
  年収：約260万円（年金）
よろしくお願いします。
小野寺

""" + SIG_KISHIDA, loc="quoted",
  personal=[{"type": "name", "value": "小野寺 昭二"},
            {"type": "address", "value": "岩手県一関市大手町6-21"},
            {"type": "birthdate", "value": "1952年10月5日"}]),

M("hold", "sensitive.health",
  "Reports a named tenant employee's collapse and heart-attack diagnosis to the building owner.",
  HORI, ["オーナー 杜都リアルティ 資産管理部 <am@morito-realty.example.co.jp>"],
  "【事故報告】6/10 青葉第一ビル5階 急病人対応",
  """杜都リアルティ株式会社 資産管理部 御中

6月10日に発生した急病人対応についてご報告します。

14:05 5階 東北コンサル様の執務室で男性社員が倒れたと防災センターに通報
14:07 警備員2名が駆けつけ、AEDを使用（1回作動）
14:15 救急隊到着、仙台医療センターへ搬送
対象者：東北コンサル株式会社 営業部 高橋 誠一 様（58歳）
その後、同社総務より「急性心筋梗塞、カテーテル治療を受け回復に向かっている」と連絡あり。

AEDのパッド交換は6/11に完了しています。

""" + SIG_HORI, loc="body",
  personal=[{"type": "name", "value": "高橋 誠一"},
            {"type": "diagnosis", "value": "急性心筋梗塞"}]),

M("hold", "recipients.visible_outside",
  "Statutory-inspection notice to 13 tenant companies and a private owner, all visible in To.",
  HORI, TENANTS,
  "【青葉第一ビル】法定電気設備点検に伴う停電のお知らせ（7/6）",
  """テナント各位

青葉第一ビルでは、法定電気設備点検のため下記のとおり全館停電を実施します。

日時：7月6日（日）8:00〜14:00
影響：照明・コンセント・空調・エレベーター（全基）停止
お願い：サーバー等は事前にシャットダウンしてください

ご不便をおかけしますが、ご協力をお願いいたします。

""" + SIG_HORI, loc="recipients"),

M("hold", "id.mynumber",
  "The subject line carries an individual landlord's My Number; the body only says 'see subject'.",
  MATSUNAGA, ["税理士法人青葉会計 佐藤様 <sato@aoba-kaikei.example.jp>"],
  "支払調書用 林 昌平様 個人番号 522749118365",
  """佐藤様

件名のとおりです。先ほどのお電話の件、ご確認ください。
番号確認書類の写しは郵送いたします。

""" + SIG_MATSUNAGA, loc="subject",
  personal=[{"type": "mynumber", "value": "522749118365"},
            {"type": "name", "value": "林 昌平"}]),

M("hold", "sensitive.criminal",
  "Tells a tenant company that its named employee was arrested for voyeurism in the building.",
  MATSUNAGA, ["仙台HRサービス 総務部長 <admin@sendai-hr.example.co.jp>"],
  "6月12日の件について",
  """仙台HRサービス株式会社
総務部長 様

昨日お電話でお伝えした件、書面でもご連絡いたします。

6月12日午後、3階共用女子トイレ内で盗撮用の小型カメラが発見され、
宮城県警の捜査の結果、貴社社員の 渡部 直樹 氏が建造物侵入および
県迷惑防止条例違反の疑いで逮捕されたと警察から連絡を受けました。

本件に関する入館カードの停止と、防犯カメラ映像の提出について
ご協議させてください。

""" + SIG_MATSUNAGA, loc="body",
  personal=[{"type": "name", "value": "渡部 直樹"},
            {"type": "criminal", "value": "県迷惑防止条例違反の疑いで逮捕"}]),

M("hold", "id.mynumber",
  "The attached payment record carries a landlord's My Number and address; the body gives no hint.",
  MATSUNAGA, ["転貸元 ひかり不動産 経理 <keiri@hikari-fudosan.example.jp>"],
  "お送りします（2024年分）",
  """ひかり不動産 経理ご担当者様

お世話になっております。青葉ビルマネジメントの松永です。
ご依頼のあった書類をPDFでお送りします。
ご査収のほどよろしくお願いいたします。

""" + SIG_MATSUNAGA, loc="attachment",
  attachments=[A("支払調書_2024_林.pdf", PDF,
"""令和6年分 不動産の使用料等の支払調書
支払を受ける者
  住所（居所）：仙台市若林区荒町118-3
  氏名：林 昌平
  個人番号：714088365243
区分：家賃　物件：青葉第二ビル 3階 301区画
支払金額：4,200,000円
支払者：青葉ビルマネジメント株式会社（法人番号 3370001024568）
""")],
  personal=[{"type": "mynumber", "value": "714088365243"},
            {"type": "address", "value": "仙台市若林区荒町118-3"}]),

# ---------------- passes ----------------
M("pass", "benign.religious_corp",
  "Lease renewal with a 宗教法人 tenant; belief belongs to the corporation, not a person.",
  KISHIDA, ["宗教法人 光明会 仙台布教所 事務局 <sendai@komyokai.example.or.jp>"],
  "賃貸借契約の更新について（青葉第二ビル 4階）",
  """宗教法人 光明会 仙台布教所 事務局 御中

いつもお世話になっております。
9月30日に契約期間満了を迎える4階区画について、更新のご案内をお送りします。

・更新後期間：2025年10月1日〜2027年9月30日
・賃料：月額 412,000円（据え置き）
・更新事務手数料：賃料の0.5か月分
・週末の集会利用時の空調延長料金：従来どおり 1時間 2,200円

ご意向を8月15日までにお知らせください。

""" + SIG_KISHIDA),

M("pass", "benign.licence_numbers",
  "Arranges an explanation of important matters giving the broker licence and 宅建士 registration numbers.",
  KISHIDA, ["株式会社宮城デザイン 総務 <general@miyagi-design.example.jp>"],
  "重要事項説明の日程について",
  """株式会社宮城デザイン 総務ご担当者様

ご契約前の重要事項説明を下記のとおり実施いたします。

日時：6月19日（木）10:00〜11:00
場所：弊社8階 応接室（オンラインも可）
説明者：宅地建物取引士 岸田 玲奈（登録番号 宮城 第012884号）
宅地建物取引業者：青葉ビルマネジメント株式会社
　免許番号 宮城県知事（3）第5621号

当日は会社実印または代表者印をお持ちください。

""" + SIG_KISHIDA),

M("pass", "benign.corporate_account_invoice",
  "Invoice with corporate account, invoice registration and corporate number.",
  MATSUNAGA, ["北上商事 経理課 <keiri@kitakami-shoji.example.co.jp>"],
  "7月分 賃料・共益費のご請求",
  """北上商事株式会社 経理課 御中

7月分の賃料・共益費をご請求申し上げます。

賃料：1,180,000円／共益費：236,000円／消費税：141,600円
合計：1,557,600円
お支払期限：6月30日
振込先：七十七銀行 本店営業部 当座 0094417
名義：アオバビルマネジメント（カ
登録番号：T3370001024568（法人番号 3370001024568）

""" + SIG_MATSUNAGA),

M("pass", "benign.facility_outage",
  "Elevator fault report; 障害 and 停止 refer to equipment.",
  HORI, ["東北エレベーター保守 <hoshu@tohoku-ev.example.co.jp>"],
  "【障害】青葉第一ビル 2号機 戸開閉障害",
  """東北エレベーター保守 ご担当者様

本日7:40頃、2号機（製造番号 TE-08-44127）で戸開閉障害が発生し、
5階で停止しました。閉じ込めはありません。
現在、運転休止中です。エラーコード：E-31

至急ご点検をお願いします。防災センター 022-000-5599 まで到着予定をご連絡ください。

""" + SIG_HORI),

M("pass", "benign.accessibility",
  "Barrier-free renovation and a tenant's disability employment rate as aggregates.",
  MATSUNAGA, ["杜都リアルティ 資産管理部 <am@morito-realty.example.co.jp>"],
  "バリアフリー改修のご提案",
  """杜都リアルティ株式会社 資産管理部 御中

テナントの仙台HRサービス様から、障害者雇用の拡大（現在の障害者雇用率 2.8%、
来年度 車いす利用の社員 2名の採用予定）に伴い、共用部の改修要望が出ています。

ご提案内容：
1. 1階エントランス段差解消スロープ（概算 1,850,000円）
2. 3階 多目的トイレ新設（概算 4,200,000円）
3. エレベーター音声案内の更新

来週の定例でご説明させてください。

""" + SIG_MATSUNAGA),

M("pass", "benign.reply_chain",
  "Long reply chain arranging a meeting, naming partner staff with signatures.",
  KISHIDA, ["杜都リアルティ 阿部様 <abe@morito-realty.example.co.jp>"],
  "Re: Re: Re: 定例会（6月）の日程",
  """阿部様

では6月24日（火）15時で確定させていただきます。
会議室は弊社8階を押さえました。斉藤部長にもよろしくお伝えください。

岸田

> 阿部です。24日15時でしたら、斉藤も出席可能です。
> 資料は前日までにいただけると助かります。
>
>> 岸田です。23日が難しいようでしたら、24日15時、25日10時はいかがでしょうか。
>>
>>> 杜都リアルティの阿部です。
>>> 6月の定例会ですが、23日は斉藤が出張のため別日でお願いできますか。
>>> ----------------------------------
>>> 杜都リアルティ株式会社 資産管理部
>>> 阿部 真由美  TEL 022-000-8810
>>> ----------------------------------

""" + SIG_KISHIDA),

M("pass", "benign.plain_zip",
  "Floor plans of a vacant floor in an unencrypted zip for a prospective tenant.",
  KISHIDA, ["株式会社宮城デザイン 総務 <general@miyagi-design.example.jp>"],
  "6階 空区画の平面図",
  """ご担当者様

ご内見いただいた6階区画の図面一式をお送りします（パスワードはかけていません）。

""" + SIG_KISHIDA,
  attachments=[A("aoba1_6F_plans.zip", ZIP,
"""aoba1_6F_plans/
  6F_平面図.pdf
  6F_天井伏図.pdf
  6F_電気設備図.pdf
  共用部_避難経路図.pdf
""")]),

M("pass", "benign.bcc_mass_mail",
  "Summer energy-saving request to all tenants in Bcc.",
  HORI, ["hori@aoba-bm.example.co.jp"],
  "夏季の節電・空調運転時間のお知らせ",
  """テナント各位（BCC送信）

7月1日〜9月30日の空調運転時間は以下のとおりです。
平日 8:00〜20:00／土曜 8:00〜13:00
時間外空調は前日17時までに防災センターへお申込みください。

""" + SIG_HORI, bcc=TENANTS),

M("pass", "benign.public_figure",
  "Short-term lease for a candidate's campaign office; a public figure in a public role.",
  MATSUNAGA, ["後援会事務局 <jimukyoku@kawamura-koenkai.example.jp>"],
  "選挙事務所用 1階区画の短期賃貸について",
  """川村 ひろし 後援会 事務局 御中

市議会議員選挙の事務所として、青葉第二ビル1階区画（約60㎡）の
短期賃貸のお問い合わせをいただき、ありがとうございます。

・期間：7月1日〜8月31日
・賃料：月額 380,000円（前払い）
・看板：外壁への掲出は選挙管理委員会の基準内で可
・夜間の出入りは管理人室へ事前連絡をお願いします

川村候補の事務所開きの日程が決まりましたら、警備体制を調整いたします。

""" + SIG_MATSUNAGA),

M("pass", "benign.condolence",
  "Condolences to the owner company on the passing of its chairman.",
  MATSUNAGA, ["杜都リアルティ 代表取締役社長 斉藤 様 <saito@morito-realty.example.co.jp>"],
  "お悔やみ申し上げます",
  """杜都リアルティ株式会社
代表取締役社長 斉藤 様

このたびは、御社 会長 斉藤 恒夫 様のご逝去の報に接し、
謹んでお悔やみ申し上げます。
青葉第一ビル竣工の折、自ら現場を回ってお声がけくださったお姿が思い出されます。
ご遺族の皆様、社員の皆様に心よりお見舞い申し上げます。

略儀ながらメールにて失礼いたします。

""" + SIG_MATSUNAGA),
]
