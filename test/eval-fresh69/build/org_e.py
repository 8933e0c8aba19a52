"""Org E: office-building property manager (オフィスビル管理会社), partly English for foreign tenants."""
from common import Org, att, enc

D = "tohto-bm.example.co.jp"

ONISHI = ("Reina Onishi 大西 玲奈 <r.onishi@tohto-bm.example.co.jp>", """
Reina Onishi 大西 玲奈
Senior Property Manager | プロパティマネジメント部
Tohto Building Management Co., Ltd. 東都ビルマネジメント株式会社
Toranomon Gate Square 2F, 3-8-1 Toranomon, Minato-ku, Tokyo 105-0001
T: +81-3-5402-7710  M: +81-80-2291-4736
E: r.onishi@tohto-bm.example.co.jp
This e-mail and any attachments are confidential. If you are not the intended recipient,
please notify the sender and delete it. 本メールの無断転載を禁じます。
""")

YOSHIDA = ("吉田 浩二 <k.yoshida@tohto-bm.example.co.jp>", """
---------------------------------
東都ビルマネジメント株式会社
施設管理部 施設管理課 設備担当
吉田 浩二
TEL 03-5402-7725 / 防災センター 03-5402-7799(24h)
---------------------------------
""")

ISHII = ("Kenta Ishii <kenta.ishii@tohto-bm.example.co.jp>", """
Kenta Ishii | 石井 健太
Leasing & Tenant Relations / リーシング・テナント営業
Tohto Building Management Co., Ltd.
宅地建物取引業 東京都知事(3)第91234号
Tel: 03-5402-7740 / kenta.ishii@tohto-bm.example.co.jp
""")

E = Org("E", D, {"onishi": ONISHI, "yoshida": YOSHIDA, "ishii": ISHII})

# ---------------------------------------------------------------- holds

E.add("onishi", "body", "hold", "id.tenant_employee_passport_to_security",
      "A tenant employee's passport number, nationality and birth date are sent to the outside security company.",
      ["セントリー警備 防災センター 沼田隊長 <numata@sentry-keibi.example.co.jp>"],
      "入館カード発行依頼(12F Hartwell Capital様 新任者)",
      """
セントリー警備 防災センター
沼田隊長

お疲れさまです。東都ビルマネジメントの大西です。
12階 Hartwell Capital Japan 様より、来週着任する外国籍社員の入館カード発行依頼がありました。
在留カードが未発行のため、本人確認はパスポートで行ったとのことです。
カード発行台帳への登録をお願いします。

 氏名:Daniel James WHITMORE
 国籍:英国
 生年月日:1986年7月22日
 旅券番号:548213906
 所属:Hartwell Capital Japan K.K.(12F)
 入館開始日:7月7日(月)

初日は8:30に1階受付にて、テナント総務の Ms. Sato が同行のうえ仮カードをお渡しする予定です。
""",
      personal=[("name", "Daniel James WHITMORE"), ("birthdate", "1986年7月22日"), ("passport", "548213906")])

E.add("yoshida", "attachment", "hold", "list.tenant_emergency_contacts",
      "The attached handover sheet lists tenant contacts with private mobiles, home phones and home addresses, sent to a new security contractor.",
      ["ガードワン 虎ノ門営業所 早瀬所長 <hayase@guardone.example.co.jp>"],
      "業務引継ぎ資料の送付(虎ノ門ゲートスクエア)",
      """
ガードワン 虎ノ門営業所
早瀬所長

お世話になっております。東都ビルマネジメント 施設管理課の吉田です。
8月1日からの警備業務切替に向けて、引継ぎ資料の一部をお送りします。
残りの資料(鍵管理台帳・巡回ルート図)は、来週の現地引継ぎの際にお渡しします。

ご不明点は私までご連絡ください。
""",
      attachments=[att("テナント緊急連絡先一覧.xlsx", """
[緊急連絡先]
フロア	テナント名	担当者	役職	携帯電話	自宅電話	自宅住所
5F	ミナト商事株式会社	佐々木 隆	総務課長	090-3327-8814	03-3712-4406	東京都目黒区中町1-27-9
8F	株式会社ノースブリッジ	加藤 由紀	総務部	080-1194-6620	—	神奈川県川崎市中原区木月2-11-6-402
10F	宗像法律事務所	宗像 雄二	代表弁護士	090-6613-2278	03-3425-7781	東京都世田谷区代沢3-4-18
12F	Hartwell Capital Japan K.K.	Emma SATO	Office Manager	080-7742-9903	—	東京都港区南麻布4-9-25-701
14F	株式会社ヨシダデータ	吉田 真	情報システム部長	070-3358-1046	0467-22-9315	神奈川県藤沢市鵠沼海岸5-3-12
""")],
      personal=[("name", "佐々木 隆"), ("phone", "090-3327-8814"), ("address", "東京都目黒区中町1-27-9"),
                ("name", "Emma SATO"), ("address", "東京都港区南麻布4-9-25-701")])

E.add("yoshida", "quoted", "hold", "personal.neighbour_complaint_forward",
      "A neighbour's complaint with her name, address, phones and e-mail is forwarded in full to the construction contractor.",
      ["三和ビルテック 工藤様 <kudo@sanwa-biltech.example.co.jp>"],
      "Fw: 夜間工事の騒音について(近隣の方からのご意見)",
      """
三和ビルテック
工藤様

お疲れさまです。東都ビルマネジメント 施設管理課の吉田です。
裏手の住宅にお住まいの方から、下記のご意見をいただきました。
今週の夜間工事(屋上空調室外機の入替)について、作業時間と騒音対策を見直していただけますでしょうか。
ご本人には、工事会社から直接ご説明に伺う旨をお伝えしています。

<<SIG>>

-------- Forwarded Message --------
From: 島田 文子 <fumiko.shimada@gmail.com>
To: 虎ノ門ゲートスクエア 管理事務所 <tgs-office@tohto-bm.example.co.jp>
Subject: 夜間の工事の音について

虎ノ門ゲートスクエアの管理会社 御中

ビルの裏の住宅に住んでいる島田と申します。
ここ数日、夜10時過ぎまで屋上で大きな音がしていて、眠れません。
高齢の母と同居しており、夜間の作業は本当に困ります。
一度、説明に来ていただけないでしょうか。

島田 文子
東京都港区虎ノ門3-14-6 コーポ虎ノ門201
電話 03-3431-5527 / 携帯 090-2264-7318
""",
      personal=[("name", "島田 文子"), ("email", "fumiko.shimada@gmail.com"),
                ("address", "東京都港区虎ノ門3-14-6 コーポ虎ノ門201"), ("phone", "090-2264-7318")])

E.add("yoshida", "subject", "hold", "sensitive.tenant_staff_medical_subject",
      "The subject line names a tenant's employee and his subarachnoid haemorrhage; the body only orders cleaning.",
      ["クリーンスター 野口様 <noguchi@cleanstar.example.co.jp>"],
      "【共有】11/12 5F ミナト商事 佐々木 隆様 くも膜下出血で救急搬送(EV3号機内)",
      """
クリーンスター 野口様

お疲れさまです。施設管理課の吉田です。
件名の件、昨日夕方にエレベーター3号機のかご内で発生しました。
救急隊の処置の際にかご内の床とパネルが汚れていますので、本日中に特別清掃をお願いします。
3号機は清掃完了まで休止としています。

作業完了後、写真を添えてご報告ください。
""",
      personal=[("name", "佐々木 隆"), ("diagnosis", "くも膜下出血で救急搬送")])

E.add("onishi", "zip", "hold", "list.parking_contract_holders_zip",
      "A plain zip holds monthly parking holders' names, plates, home addresses and mobiles for the new operator.",
      ["パークリンク 管理部 内田様 <uchida@parklink.example.co.jp>"],
      "地下駐車場 月極契約者データの移管について",
      """
パークリンク株式会社
管理部 内田様

お世話になっております。東都ビルマネジメントの大西です。
8月1日からの駐車場運営委託の切替に伴い、現在の月極契約者データをお送りします。
区画図と合わせてzipにまとめております。
契約者への切替のご案内文は、7月中旬に当社から送付予定です。
""",
      attachments=[
          att("月極契約者_202507.zip/契約者一覧.csv", """
区画,契約者区分,氏名,テナント,車両番号,車種,自宅住所,携帯電話,月額
B1-03,個人,田端 宏明,ミナト商事株式会社,品川 330 ぬ 21-47,トヨタ クラウン,東京都品川区小山4-3-8,090-7716-2294,55000
B1-07,個人,Emma SATO,Hartwell Capital Japan K.K.,品川 300 ほ 8-13,BMW X3,東京都港区南麻布4-9-25-701,080-7742-9903,55000
B1-12,法人,—,株式会社ヨシダデータ,品川 500 せ 66-02,トヨタ アルファード,—,—,55000
B2-01,個人,宗像 雄二,宗像法律事務所,世田谷 300 ち 19-88,レクサス LS,東京都世田谷区代沢3-4-18,090-6613-2278,60000
B2-05,個人,中嶋 隼,株式会社ノースブリッジ,横浜 301 か 77-30,テスラ Model 3,神奈川県横浜市港北区日吉本町2-41-9,080-5509-1127,55000
"""),
          att("月極契約者_202507.zip/区画図.pdf", """
虎ノ門ゲートスクエア 地下駐車場 区画図
B1:01〜14(機械式 03〜08、平置 09〜14) B2:01〜10(平置)
"""),
      ],
      personal=[("name", "田端 宏明"), ("address", "東京都品川区小山4-3-8"), ("phone", "090-7716-2294"),
                ("name", "中嶋 隼"), ("address", "神奈川県横浜市港北区日吉本町2-41-9")])

E.add("yoshida", "recipients", "hold", "recipients.tenant_power_outage_notice",
      "A building-wide notice shows 13 outside addresses of different tenant companies in To/CC instead of BCC.",
      ["ミナト商事 総務課 佐々木様 <sasaki.t@minato-shoji.example.co.jp>",
       "ノースブリッジ 加藤様 <y.kato@northbridge.example.co.jp>",
       "宗像法律事務所 <office@munakata-law.example.jp>",
       "Emma Sato <emma.sato@hartwellcap.example.com>",
       "ヨシダデータ 吉田様 <m.yoshida@yoshida-data.example.co.jp>",
       "トラノモン企画 総務部 <soumu@toranomon-kikaku.example.co.jp>",
       "Bellmont Consulting Facility <facility.jp@bellmont.example.com>",
       "アオバ出版 管理部 <kanri@aoba-pub.example.co.jp>",
       "税理士法人みらい総合 事務局 <info@mirai-tax.example.jp>",
       "サクラテック 総務 <somu@sakura-tech.example.co.jp>",
       "Kessler Trading Tokyo <tokyo@kessler-trading.example.de>",
       "光明会 東京事務所 大塚様 <otsuka@komyokai.example.or.jp>"],
      "【重要/Important】8/24(日)法定電気設備点検に伴う全館停電のお知らせ / Building-wide power outage on Sun 24 Aug",
      """
テナント各位 / Dear Tenants,

いつも虎ノ門ゲートスクエアをご利用いただきありがとうございます。
東都ビルマネジメント 施設管理課の吉田です。
電気事業法に基づく年次点検のため、下記のとおり全館停電を実施いたします。

 日時:2025年8月24日(日)8:00〜17:00(作業の進捗により前後します)
 影響:全館停電(照明・空調・コンセント・エレベーター・入退館ゲート)
    ※非常照明・防災設備は非常用発電機で稼働します
 お願い:
  ・前日までにPC・サーバー等の電源をシャットダウンしてください
  ・冷蔵庫の中身は前日までにお持ち帰りください
  ・当日の入館は1階防災センター前の通用口のみとなります

The building will be without power on Sunday 24 August, 8:00-17:00, for the annual statutory
inspection of the electrical equipment. Please shut down PCs and servers by Saturday evening
and empty refrigerators. On the day, entry is only through the side door next to the security
centre on 1F. Emergency lighting and fire-safety systems will run on the generator.

ご不明点は施設管理課(03-5402-7725)までお問い合わせください。
""",
      cc=["セントリー警備 防災センター <bousai@sentry-keibi.example.co.jp>"])

E.add("ishii", "zip", "hold", "attachment.encrypted_zip",
      "The lease draft is sent as a password-protected zip with the password to follow (PPAP).",
      ["Olivia Grant <ogrant@pacific-realty.example.com>"],
      "Lease agreement draft - 9F Unit B (password-protected)",
      """
Dear Ms. Grant,

Thank you for your patience. Please find attached the draft lease agreement (Japanese original and
English convenience translation) for Toranomon Gate Square 9F Unit B, together with the draft
Important Matters Explanation.

The file is a password-protected zip in line with our internal rules. I will send the password
in a separate e-mail shortly.

Key points changed since the last version:
  - rent-free period extended to 3 months,
  - restoration obligation limited to the items listed in Schedule 2,
  - break option after 36 months with 6 months' notice.

We would appreciate your client's comments by Friday 18 July.

Kind regards,
""",
      attachments=[enc("TGS_9F-B_Lease_Draft_v3.zip")])

E.add("ishii", "body", "hold", "id.drivers_licence_guarantor_screening",
      "A sole proprietor's driver's-licence number, birth date, home address, mobile and income are sent to the guarantee company.",
      ["オフィス保証サービス 審査部 <shinsa@office-hosho.example.co.jp>"],
      "保証審査申込(7F-C区画 個人事業主様)",
      """
オフィス保証サービス
審査部 ご担当者様

いつもお世話になっております。東都ビルマネジメント リーシング担当の石井です。
7F-C区画(約18坪)の入居申込について、賃料保証の審査をお願いいたします。
申込者は個人事業主の方で、法人の登記はございません。

 申込者:大野 健一郎 様(屋号:大野デザイン事務所)
 生年月日:1979年3月8日
 自宅住所:東京都杉並区阿佐谷北2-13-5 パークハイツ阿佐谷303
 携帯電話:090-4419-7765
 運転免許証番号:第301712345680号
 年収(申告):約820万円(確定申告書 3期分あり)
 月額賃料:396,000円(共益費込、税別)

申込書・確定申告書の写しは郵送にてお送りします。
""",
      personal=[("name", "大野 健一郎"), ("birthdate", "1979年3月8日"),
                ("address", "東京都杉並区阿佐谷北2-13-5 パークハイツ阿佐谷303"),
                ("phone", "090-4419-7765"), ("drivers_license", "301712345680")])

E.add("onishi", "body", "hold", "id.deposit_refund_private_account",
      "A departed sole proprietor's personal bank account for the deposit refund is sent to an outside accounting contractor.",
      ["ミライ会計サービス 出納課 <suitou@mirai-kaikei-s.example.co.jp>"],
      "敷金返還の振込依頼(6F-A 退去分)",
      """
ミライ会計サービス 出納課 ご担当者様

お世話になっております。東都ビルマネジメントの大西です。
6F-A区画を5月末で退去された個人事業主の方(税理士事務所)の敷金精算が確定しましたので、
返還金の振込をお願いいたします。

 契約者:松岡 美津子 様(松岡税理士事務所)
 預り敷金:2,400,000円
 原状回復費(控除):638,000円
 返還額:1,762,000円
 振込先:東京さくら信用金庫 新橋支店 普通 5502176 マツオカ ミツコ
 振込期日:6月30日(月)

精算書はオーナー承認済みです。振込後、控えをPDFでお送りいただけますと助かります。
""",
      personal=[("name", "松岡 美津子"), ("bank_account", "東京さくら信用金庫 新橋支店 普通 5502176")])

E.add("ishii", "body", "hold", "sensitive.tenant_employee_religion",
      "A named tenant employee's religion and prayer practice are disclosed to a fit-out contractor.",
      ["Tom Becker <tbecker@brightline-fitout.example.com>"],
      "11F Bellmont - additional prayer room in the layout",
      """
Dear Mr. Becker,

Thank you for the revised layout for Bellmont Consulting (11F).

Bellmont's office manager has asked us to add a small prayer room to the plan.
The request comes from Ms. Aisha Rahman, one of their consultants, who is a practising Muslim
and prays five times a day; at the moment she uses the emergency staircase landing during office hours.
She also mentioned that she fasts during Ramadan and would prefer the room not to be next to the pantry.

Could you look at converting the storage room next to meeting room 3 (approx. 4 sqm) and advise:
  - whether a small sink for wudu (ablution) can be connected to the existing pantry water line,
  - how the room can be oriented towards Mecca (roughly west-northwest from Tokyo),
  - the cost and the lead time.

Please treat Ms. Rahman's details as confidential; Bellmont has not told the rest of the staff yet.

Kind regards,
""",
      personal=[("name", "Aisha Rahman"), ("religion", "practising Muslim")])

# ---------------------------------------------------------------- passes

E.add("ishii", "attachment", "pass", "benign.takken_licence_numbers",
      "The numbers in the draft explanation are the broker's 宅建業 licence and the 宅建士 registration, which the law requires to be shown.",
      ["トラノモン企画 総務部 前川様 <maekawa@toranomon-kikaku.example.co.jp>"],
      "重要事項説明書(案)の送付(9F-B区画)",
      """
株式会社トラノモン企画
総務部 前川 様

いつもお世話になっております。東都ビルマネジメントの石井です。
9F-B区画のご契約に先立ち、重要事項説明書(案)をお送りいたします。
7月15日(火)14時からの重要事項説明の前に、ご一読いただけますと幸いです。
当日は私が宅地建物取引士として説明を担当いたします。
""",
      attachments=[att("重要事項説明書_案_9F-B.pdf", """
重要事項説明書(事業用建物賃貸借)【案】

説明をする宅地建物取引士
 氏名:石井 健太
 登録番号:(東京)第198765号
 業務に従事する事務所:東都ビルマネジメント株式会社 本店
宅地建物取引業者
 商号:東都ビルマネジメント株式会社
 免許証番号:東京都知事(3)第91234号
 代表者:代表取締役 北原 修
 主たる事務所:東京都港区虎ノ門3-8-1 虎ノ門ゲートスクエア2F
供託所等:公益社団法人 全国宅地建物取引業保証協会 東京本部

I 対象となる建物
 名称:虎ノ門ゲートスクエア 9F-B区画(約52.3坪)
 用途:事務所
II 取引条件
 賃料:月額 1,464,400円(税別) 共益費:月額 261,500円(税別)
 敷金:賃料の10か月分
 契約期間:2025年8月1日から3年間(普通借家)
""")])

E.add("onishi", "body", "pass", "benign.rent_account_swift",
      "The account and SWIFT code are the property manager's own corporate account given to a corporate tenant.",
      ["Lukas Brandt <l.brandt@kessler-trading.example.de>"],
      "Re: Rent payment from overseas head office - bank details",
      """
Dear Mr. Brandt,

Thank you for your e-mail. As requested, please find below the bank details for the rent and
common area charges of your Tokyo office (Toranomon Gate Square, 15F-A). Your head office in
Hamburg can remit directly to this account.

  Beneficiary: Tohto Building Management Co., Ltd.
  Bank: Minato Trust Bank, Ltd., Toranomon Branch
  Account type: Ordinary
  Account no.: 0381127
  SWIFT: MNTBJPJTXXX
  Bank address: 1-2-3 Toranomon, Minato-ku, Tokyo 105-0001, Japan

Please quote the invoice number (e.g. TG-15A-2508) in the payment reference so that we can match it.
Charges outside Japan may be set to SHA; our bank's receiving fee will be deducted on our side.

Best regards,

<<SIG>>

> Dear Ms. Onishi,
> From August our head office in Hamburg will pay the rent directly. Could you send us your
> bank details including the SWIFT code?
> Best regards,
> Lukas Brandt | Head of Finance | Kessler Trading GmbH, Tokyo Branch
> Toranomon Gate Square 15F | +81-3-6205-3310
""")

E.add("ishii", "body", "pass", "benign.religious_corporation_tenant_renewal",
      "The tenant is a 宗教法人 renewing its office lease; no individual's faith is involved.",
      ["光明会 東京事務所 総務 大塚様 <otsuka@komyokai.example.or.jp>"],
      "賃貸借契約更新のご案内(4F-D区画)",
      """
宗教法人 光明会 東京事務所
総務 大塚 様

平素より虎ノ門ゲートスクエアをご利用いただき、誠にありがとうございます。
東都ビルマネジメントの石井でございます。

貴法人にご契約いただいております4F-D区画の賃貸借契約が、2025年10月31日をもって満了となります。
オーナーと協議の結果、下記の条件にて更新のご案内を差し上げます。

 更新後の契約期間:2025年11月1日〜2028年10月31日(3年間)
 賃料:月額 982,000円(税別) ※現行から据え置き
 共益費:月額 171,900円(税別) ※現行から据え置き
 更新料:なし(事務手数料 賃料の0.5か月分)

更新契約書は9月中旬にお送りします。
区画内で予定されている集会室の間仕切り変更については、更新とは別に工事申請をお願いいたします。
ご不明な点がございましたら、お気軽にお問い合わせください。
""")

E.add("yoshida", "body", "pass", "benign.visitor_parking_vehicle_numbers",
      "The plate numbers are delivery and company vehicles booked for a loading slot, not tied to private persons.",
      ["アオバ出版 管理部 村田様 <murata@aoba-pub.example.co.jp>"],
      "来客用駐車場・荷捌き場のご予約確認(7/9 搬入)",
      """
株式会社アオバ出版
管理部 村田様

お世話になっております。施設管理課の吉田です。
7/9(水)の書籍搬入に伴う、来客用駐車場および荷捌き場のご予約を承りました。

 時間        場所        車両番号          車種
 8:00-10:00   荷捌き場A     足立 100 か 25-81     2tトラック(日本図書流通様)
 8:00-10:00   荷捌き場B     練馬 400 な 9-02      ハイエース(同上)
 13:00-15:00  来客用P3      品川 300 ろ 11-46     社用車(貴社)

荷捌き場の使用時は、防災センターで入館受付のうえ、台車は貨物用EV(4号機)をご利用ください。
変更がある場合は前日17時までにご連絡ください。
""")

E.add("yoshida", "body", "pass", "benign.access_control_outage_report",
      "\"障害\" is a fault of the access-control system; the report to one tenant names only building staff.",
      ["ミナト商事 総務課 佐々木様 <sasaki.t@minato-shoji.example.co.jp>"],
      "入退館管理システム障害の経緯について(ご報告)",
      """
ミナト商事株式会社
総務課 佐々木様

いつもお世話になっております。東都ビルマネジメント 施設管理課の吉田です。
昨日(7/1)朝、入退館ゲートでICカードが反応しない障害が発生し、
貴社の皆さまにも1階でお待ちいただく事態となりました。大変申し訳ございませんでした。

 発生:7/1 7:48頃
 復旧:同日 8:37(全ゲート)
 原因:入退館管理サーバーの証明書期限切れ(外部からの不正アクセスや情報漏えいはございません)
 対応:障害中は防災センター員が社員証を目視確認のうえ、手動で開放
 再発防止:証明書の期限監視を保守会社の監視項目に追加(7/4実施予定)

ご不明な点がございましたら、私までご連絡ください。
""",
      cc=["セントリー警備 防災センター <bousai@sentry-keibi.example.co.jp>"])

E.add("onishi", "body", "pass", "benign.common_area_disinfection_unnamed_case",
      "A tenant reported one infection without a name; the reply only lists disinfected common areas.",
      ["Emma Sato <emma.sato@hartwellcap.example.com>"],
      "Re: Positive case in our office / 共用部消毒のご報告",
      """
Dear Ms. Sato,

Thank you for letting us know promptly, and we hope your colleague recovers soon.
As you did not share the person's name, we have not recorded any personal details on our side.

As agreed, we carried out disinfection of the following common areas last night (7 July, 20:00-22:30):
  - passenger elevators No. 1-4 (buttons and handrails)
  - 12F elevator hall and restrooms
  - 1F lobby security gates and the reception counter

No further action is needed from your side. If you would like your own office area treated
by our cleaning contractor, we can arrange it at cost (approx. 88,000 yen for 12F).

日本語ご担当者様向け要約:
12階テナント様より社内で感染症の陽性者(1名、氏名は非開示)が出たとのご連絡をいただき、
7月7日夜に共用部(EV 1〜4号機、12階EVホール・トイレ、1階ゲート・受付)の消毒を実施しました。

Best regards,
""")

E.add("onishi", "recipients", "pass", "benign.renovation_meeting_six_addresses",
      "A project meeting mail has 6 visible addresses from just 2 companies (3 outside).",
      ["三和ビルテック 工藤様 <kudo@sanwa-biltech.example.co.jp>",
       "三和ビルテック 設計 長尾様 <nagao@sanwa-biltech.example.co.jp>",
       "三和ビルテック 設備 森様 <mori.s@sanwa-biltech.example.co.jp>"],
      "3F共用部リニューアル工事 定例会(第4回)のご案内",
      """
三和ビルテック株式会社
工藤様、長尾様、森様

お世話になっております。東都ビルマネジメントの大西です。
3F共用部リニューアル工事の第4回定例会を、下記のとおり開催いたします。

 日時:7月10日(木)15:00〜16:30
 場所:虎ノ門ゲートスクエア 2F 当社会議室B
 議題:
  1. 工程確認(トイレ改修の夜間作業日程)
  2. ラウンジ家具の仕様確定(見本は長尾様にご持参いただけますと助かります)
  3. 空調ダクト移設に伴う天井開口範囲(森様)
  4. テナント周知文の文案(当社 吉田)

当社からは私のほか、吉田(施設管理)、桑原(工事担当)、石井(テナント対応)が出席します。
資料は前日までに共有フォルダへアップロードいたします。
""",
      cc=["吉田 浩二 <k.yoshida@tohto-bm.example.co.jp>",
          "桑原 剛 <t.kuwabara@tohto-bm.example.co.jp>",
          "Kenta Ishii <kenta.ishii@tohto-bm.example.co.jp>"])

E.add("ishii", "body", "pass", "benign.successor_intro_bilingual",
      "A bilingual successor introduction gives only business contacts of the new person in charge.",
      ["Charlotte Evans <c.evans@bellmont.example.com>"],
      "Change of leasing contact / 担当者変更のご挨拶",
      """
Dear Ms. Evans,

I hope this finds you well.
I am writing to let you know that from 1 August I will move to our Osaka office, and my colleague
Saori Nakamura will take over as your leasing contact for Toranomon Gate Square.
Saori has eight years of experience with international tenants and is fluent in English.

  Saori Nakamura 中村 沙織
  Leasing & Tenant Relations, Tohto Building Management
  Tel: 03-5402-7743 / s.nakamura@tohto-bm.example.co.jp

The fit-out works on 11F will continue to be handled as before; Saori is already copied on the thread.
It has been a pleasure working with you and the Bellmont team. Thank you for your support.

Bellmont Consulting Japan 総務ご担当者様
8月1日付で大阪支店へ異動となり、後任は中村 沙織が務めます。在任中のご厚情に深く御礼申し上げます。

Kind regards,
""",
      cc=["Saori Nakamura <s.nakamura@tohto-bm.example.co.jp>"])

E.add("yoshida", "zip", "pass", "benign.plain_zip_as_built_drawings",
      "An unencrypted zip carries floor plans and an equipment list with serial numbers only.",
      ["ライトウェイ内装 設計部 森様 <mori@lightway-naiso.example.co.jp>"],
      "9F-B区画 竣工図・設備資料(zip)",
      """
ライトウェイ内装
設計部 森様

お世話になっております。東都ビルマネジメント 施設管理課の吉田です。
トラノモン企画様の内装工事の設計用に、9F-B区画の竣工図と設備資料をお送りします。
容量の都合でzipにまとめています(パスワードはありません)。

空調機の室内機は既存を流用予定とのことでしたので、機器リストの製造番号で
メーカーに保守履歴を確認していただけます。
""",
      attachments=[
          att("9F-B_竣工図一式.zip/9F平面図.pdf", """
虎ノ門ゲートスクエア 9階平面図(B区画) S=1/100
区画面積 172.9㎡(約52.3坪) 天井高 2,800mm OAフロア 100mm
"""),
          att("9F-B_竣工図一式.zip/設備機器リスト.csv", """
系統,機器,メーカー型式,製造番号,設置年
9B-1,天井カセット形室内機,PLFY-P112EMG,2M04127,2019
9B-2,天井カセット形室内機,PLFY-P112EMG,2M04133,2019
9B-3,天井カセット形室内機,PLFY-P80EMG,1K11902,2019
9B-L,LED照明器具(スクエア),XL-S600-40W,LT2019-08813,2019
9B-F,スプリンクラーヘッド,SSH-72,——(23個),2015
"""),
      ])

E.add("onishi", "attachment", "pass", "benign.tenant_list_corporate_numbers",
      "The attached tenant list contains company names (some with surnames) and 法人番号, which are public corporate identifiers.",
      ["やまと海上火災保険 企業営業第二部 仲田様 <nakata@yamato-kaijo.example.co.jp>"],
      "施設賠償責任保険 更新用 テナント一覧",
      """
やまと海上火災保険株式会社
企業営業第二部 仲田様

いつもお世話になっております。東都ビルマネジメントの大西です。
施設賠償責任保険の更新にあたり、ご依頼のテナント一覧をお送りします。
業種は契約書記載の用途に基づいています。

9月1日始期での更新見積りを、8月8日までにいただけますと幸いです。
""",
      attachments=[att("テナント一覧_虎ノ門ゲートスクエア.xlsx", """
[テナント一覧]
フロア	区画	テナント名	法人番号	業種	面積(坪)
3F	全	田中建設株式会社 東京支店	9011101061145	建設業(事務所)	210.4
4F	D	宗教法人 光明会 東京事務所	8010405018876	宗教法人(事務所)	38.2
5F	全	ミナト商事株式会社	4010401076634	卸売業	210.4
8F	全	株式会社ノースブリッジ	2010401112259	情報通信業	210.4
9F	B	株式会社トラノモン企画	3010401093341	広告業	52.3
10F	A	弁護士法人宗像総合法律事務所	4011101048213	法律事務所	96.8
11F	全	Bellmont Consulting Japan合同会社	2011001124470	コンサルティング	210.4
12F	全	Hartwell Capital Japan株式会社	4010401140027	金融業	210.4
14F	全	株式会社ヨシダデータ	7010401135528	情報通信業	210.4
15F	A	Kessler Trading GmbH 東京支店	5010701029984	卸売業	118.6
""")])
