# Org E: 株式会社ハヤテ・メールサービス (direct-mail fulfilment printer, DM発送代行)
from common import M, A, XLSX, PDF, CSV, ZIP, DOCX

OKA = "岡部 拓真 <t.okabe@hayate-dm.example.jp>"
SAI = "西條 玲奈 <r.saijo@hayate-dm.example.jp>"
TSU = "堤 翔太 <s.tsutsumi@hayate-dm.example.jp>"

SIG_OKA = """■□■━━━━━━━━━━━━━━━━━━
株式会社ハヤテ・メールサービス
営業部　岡部 拓真（おかべ たくま）
〒130-0013 東京都墨田区錦糸3-6-11 ハヤテ錦糸町ビル
TEL 03-5611-2740　携帯 080-3922-1186
プライバシーマーク認定 第17004211(05)号
━━━━━━━━━━━━━━━━━━■□■"""

SIG_SAI = """--
株式会社ハヤテ・メールサービス 制作部
西條 玲奈 / Reina Saijo
TEL 03-5611-2745"""

SIG_TSU = """――――――――――――――――
株式会社ハヤテ・メールサービス
発送管理課　堤 翔太
TEL 03-5611-2750（発送センター直通）
――――――――――――――――"""

MAILS = [
M("e01", "hold", "list.customers", "attachment",
  "Corrected address data returned to the client carries customers' names, addresses, phones and birth dates, only in the CSV.",
  TSU, ["販促課 森田 <morita@kotobuki-cosme.example.jp>"],
  "宛名データ 修正版のご確認",
  """寿コスメティクス株式会社
販促課 森田様

いつもお世話になっております。ハヤテ・メールサービスの堤です。
先日お預かりしたデータについて、修正版を添付いたします。
ご確認いただき、問題なければ明日の印字に進めます。

""" + SIG_TSU,
  attachments=[A("atena_fix_v2.csv", CSV,
"""顧客ID,氏名,郵便番号,住所,電話,生年月日,修正内容
KC-100482,三上 早苗,143-0023,東京都大田区山王3-18-4,03-3774-2281,1968-04-11,番地表記
KC-100517,有村 詩織,220-0011,横浜市西区高島2-12-6-1804,090-5529-1730,1985-09-02,建物名追加
KC-100533,蒲生 敦子,330-0854,さいたま市大宮区桜木町1-7-5,048-641-8827,1959-12-24,郵便番号
KC-100601,宍戸 留美,273-0005,船橋市本町4-40-9,047-433-0915,1977-06-30,旧字体
KC-100644,鶴見 陽菜,231-0062,横浜市中区桜木町1-101-1-2207,080-7715-4403,1996-02-14,建物名追加""")],
  personal=[{"type": "name", "value": "有村 詩織"},
            {"type": "address", "value": "横浜市西区高島2-12-6-1804"},
            {"type": "phone", "value": "090-5529-1730"}]),

M("e02", "hold", "list.returns", "body",
  "A list of returned-mail addressees with names and full addresses typed into the body to the client.",
  TSU, ["会員サービス課 <member@tsubaki-club.example.jp>"],
  "6月発送分 宛所不明返戻のご報告",
  """つばきクラブ株式会社 会員サービス課 御中

6月10日発送の会報誌のうち、宛所不明で返戻となった分をご報告します。

  1. 会員番号 T-55120　浜口 道子 様　〒158-0094 世田谷区玉川1-14-9-502（転居先不明）
  2. 会員番号 T-55198　久住 伸介 様　〒181-0013 三鷹市下連雀3-33-12（あて所に尋ねあたりません）
  3. 会員番号 T-56007　江藤 百合 様　〒185-0012 国分寺市本町2-8-1 サンハイツ105（転居先不明）
  4. 会員番号 T-56311　真鍋 大輔 様　〒190-0012 立川市曙町1-22-7（受取拒否）

現物は次回の納品時にお戻しします。会員情報の更新をお願いいたします。

""" + SIG_TSU,
  personal=[{"type": "name", "value": "浜口 道子"},
            {"type": "address", "value": "世田谷区玉川1-14-9-502"}]),

M("e03", "pass", "benign.jan_codes", "",
  "Enclosure specification listing JAN codes, job numbers and sample SKUs.",
  SAI, ["販促課 森田 <morita@kotobuki-cosme.example.jp>"],
  "同封サンプル仕様の確認（JOB-24-0712）",
  """森田様

7月DMの同封サンプルについて、下記で確定でよろしいでしょうか。

  ジョブ番号: JOB-24-0712
  ① 美容液サンプル 1.5ml　JAN 4580622310047　30,000個
  ② クレンジング 3ml　　　JAN 4580622310122　30,000個
  ③ 割引クーポン（QR付）　管理番号 CP-2407-0033

サンプルの入荷は7/1 発送センター着でお願いいたします。

""" + SIG_SAI),

M("e04", "pass", "benign.tracking_numbers", "",
  "Shipping-completion report with parcel tracking numbers, one of which happens to pass the My Number check digit.",
  TSU, ["販促課 森田 <morita@kotobuki-cosme.example.jp>"],
  "校正見本・残部 発送完了のご連絡",
  """森田様

本日、下記を発送いたしました。

  校正見本 5部 …… ヤマト運輸 476251121332
  残部 1,200部 … ヤマト運輸 400869934673（2口目 465326808617）

DM本体（30,000通）は、本日14時に郵便局へ差し出し完了しております（差出票番号 SK-0705-118）。

""" + SIG_TSU),

M("e05", "hold", "attachment.encrypted_zip", "encrypted_zip",
  "Address data sent back to a client as a password-protected zip.",
  TSU, ["会員サービス課 <member@tsubaki-club.example.jp>"],
  "差出データの送付",
  """つばきクラブ株式会社 会員サービス課 御中

差出完了データを添付いたします。
パスワードは後ほど別メールにてお送りいたします。

""" + SIG_TSU,
  attachments=[A("sashidashi_data_0610.zip", ZIP, encrypted=True)]),

M("e06", "pass", "benign.plain_zip", "",
  "Unencrypted zip of artwork files for printing.",
  SAI, ["デザイン担当 <design@kotobuki-cosme.example.jp>"],
  "入稿データ受領と修正版のお戻し",
  """寿コスメティクス デザイン担当 様

入稿データを受領しました。トンボ位置を修正した版をzipでお戻しします（パスワードなし）。

  ・表面: 塗り足しを3mmに修正
  ・裏面: 郵便番号枠の位置を規定に合わせて2mm下げました

""" + SIG_SAI,
  attachments=[A("kotobuki_july_dm_fix.zip", ZIP,
"""kotobuki_july_dm_fix/omote_v3.ai
kotobuki_july_dm_fix/ura_v3.ai
kotobuki_july_dm_fix/preview.pdf""")]),

M("e07", "hold", "recipients.visible", "recipients",
  "Summer-holiday schedule notice with 13 client addresses visible in To.",
  OKA, ["morita@kotobuki-cosme.example.jp", "member@tsubaki-club.example.jp", "hansoku@maruyoshi-foods.example.jp",
        "dm@kurashi-tsuhan.example.jp", "eigyo@aoi-pharmacy.example.jp", "koho@minami-shinkin.example.jp",
        "info@hanamizuki-gakuen.example.ac.jp", "jimusho@jouganji.example.jp", "marketing@petit-bonheur.example.jp",
        "soumu@kanda-realestate.example.jp", "shop@tsumugi-kimono.example.jp", "hansoku@yume-travel.example.jp",
        "sakura.design.office@gmail.com"],
  "夏季休業のお知らせ（8/10〜8/18）",
  """お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
誠に勝手ながら、弊社では下記の期間を夏季休業とさせていただきます。

  休業期間: 8月10日（土）〜 8月18日（日）
  ※ 8月9日（金）15時以降の入稿分は、8月19日（月）以降の対応となります。
  ※ 郵便局への差出しは 8月8日（木）が休業前最終となります。

ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。

""" + SIG_OKA),

M("e08", "pass", "benign.bcc_price_notice", "",
  "Price-revision notice to clients sent with all addresses in Bcc.",
  OKA, [OKA], "郵便料金改定に伴う発送代行料金の改定について",
  """お取引先各位

平素より格別のご高配を賜り、誠にありがとうございます。

2024年10月1日の郵便料金改定に伴い、発送代行料金を下記のとおり改定いたします。

  定形郵便（25g以内）: 84円 → 110円（郵便料金分）
  封入封緘作業料: 据え置き
  宛名印字料: 据え置き

詳細な料金表は営業担当よりお送りいたします。
本メールはBCCで一斉送信しております。

""" + SIG_OKA,
  bcc=["morita@kotobuki-cosme.example.jp", "member@tsubaki-club.example.jp", "hansoku@maruyoshi-foods.example.jp",
       "dm@kurashi-tsuhan.example.jp", "eigyo@aoi-pharmacy.example.jp", "koho@minami-shinkin.example.jp",
       "info@hanamizuki-gakuen.example.ac.jp", "jimusho@jouganji.example.jp", "marketing@petit-bonheur.example.jp",
       "soumu@kanda-realestate.example.jp", "shop@tsumugi-kimono.example.jp", "hansoku@yume-travel.example.jp"]),

M("e09", "pass", "benign.health_copy", "",
  "DM copy check for a supplement client uses 血糖値 and 糖尿病 about the product and the law, not about a person.",
  SAI, ["マーケティング部 <marketing@kurashi-tsuhan.example.jp>"],
  "原稿チェック結果（健康食品DM）",
  """くらし通販 マーケティング部 御中

ご入稿いただいた健康食品DMの原稿について、薬機法・景表法の観点で気になる点をお伝えします（最終判断は貴社法務でお願いします）。

  ・「糖尿病が改善」→ 疾病の治療効果を表す表現のためNG
  ・「血糖値が気になる方に」→ 機能性表示食品の届出表示の範囲内であれば可
  ・体験談の「山本さん（62歳）」→ 実在のモニターであれば同意書の確認を。架空であれば「※イメージです」表記が必要

修正後の原稿をいただければ、校正を出します。

""" + SIG_SAI),

M("e10", "hold", "personal.contact", "subject",
  "The apology subject line names a private recipient with her full home address; the body has none.",
  OKA, ["会員サービス課 <member@tsubaki-club.example.jp>"],
  "誤送付のお詫び：岸本 亜紀子様（東京都杉並区阿佐谷北2-14-7 コーポ阿佐谷203）宛",
  """つばきクラブ株式会社 会員サービス課 御中

このたびは、件名のお客様宛の会報誌が、封入ミスにより別の会員様に届いてしまいました。
誠に申し訳ございません。

原因は、封入機の二重送り検知の設定漏れによるものです。
経緯と再発防止策を報告書にまとめ、明日中にご提出いたします。

""" + SIG_OKA,
  personal=[{"type": "name", "value": "岸本 亜紀子"},
            {"type": "address", "value": "東京都杉並区阿佐谷北2-14-7 コーポ阿佐谷203"}]),

M("e11", "hold", "id.card", "quoted",
  "A forward to a subcontract printer carries client sample records including a member's full card number in the quoted part.",
  TSU, ["協力工場 墨東プリント <seisan@bokuto-print.example.jp>"],
  "Fw: 7月 カード会員向けDM データ仕様",
  """墨東プリント 生産管理 御中

いつもお世話になっております。堤です。
下記の件、印字レイアウトの確認をお願いします。可変項目の桁数だけ見ていただければ大丈夫です。

""" + SIG_TSU + """

-------- Forwarded Message --------
From: 南信用金庫 広報課 <koho@minami-shinkin.example.jp>
Subject: 7月 カード会員向けDM データ仕様

ハヤテ・メールサービス 堤様
データのサンプルです。本番データは来週お送りします。

  会員名, 郵便番号, 住所, カード番号
  吉川 美穂, 135-0016, 江東区東陽4-8-12, 5555 5555 5555 4444
  相良 俊, 136-0071, 江東区亀戸6-2-9-701, 4111 **** **** 1111
""",
  personal=[{"type": "card", "value": "5555 5555 5555 4444"},
            {"type": "name", "value": "吉川 美穂"},
            {"type": "address", "value": "江東区東陽4-8-12"}]),

M("e12", "pass", "benign.dummy_addresses", "",
  "Proof layout that uses obvious dummy names and addresses for the address block.",
  SAI, ["デザイン担当 <design@kotobuki-cosme.example.jp>"],
  "宛名面 校正用ダミーデータ",
  """寿コスメティクス デザイン担当 様

宛名面の校正は、下記のダミーデータで出力します。本番データは使用しません。

  〒000-0000
  ○○県△△市見本町1-2-3 サンプルマンション101
  見本 太郎 様
  お客様番号: 0000-0000-00

  〒999-9999
  東京都千代田区テスト1-1-1
  ハヤテ 花子 様（長い建物名の折返し確認用: グランドメゾン・ド・ハヤテ・サンプルレジデンス東棟2201）

""" + SIG_SAI),

M("e13", "hold", "id.mynumber", "body",
  "Part-time staff's My Number and personal bank account sent to the tax accountant in the body.",
  OKA, ["税理士法人みらい 担当 <tantou@mirai-tax.example.jp>"],
  "アルバイト年末調整の件（追加1名）",
  """税理士法人みらい
ご担当 様

いつもお世話になっております。ハヤテ・メールサービスの岡部です。
発送センターのアルバイトについて、年末調整の対象者を1名追加でお願いいたします。

  氏名: 柴崎 まどか
  個人番号: 251239370457
  住所: 東京都江東区大島7-18-2-405
  給与振込口座: 東西銀行 錦糸町支店 普通 5108842

扶養控除等申告書は原本を郵送いたします。

""" + SIG_OKA,
  personal=[{"type": "mynumber", "value": "251239370457"},
            {"type": "bank_account", "value": "普通 5108842"},
            {"type": "name", "value": "柴崎 まどか"}]),

M("e14", "pass", "benign.it_outage", "",
  "Notice to the client that an addressing printer 障害 delays a job, plus a malware-isolated PC.",
  TSU, ["マーケティング部 <marketing@kurashi-tsuhan.example.jp>"],
  "【障害】宛名印字機の障害による発送遅延について",
  """くらし通販 マーケティング部 御中

本日9時頃、発送センターの宛名印字機（2号機）で障害が発生し、現在メーカーが復旧作業中です。
また、印字機制御用PCのうち1台がウイルス感染の疑いで隔離となっております（貴社データの保存はありません）。

これに伴い、JOB-24-0698（25,000通）の差出しを、7月8日から7月9日に1日延期させていただけますでしょうか。

ご迷惑をおかけし、申し訳ございません。

""" + SIG_TSU),

M("e15", "pass", "benign.corporate_account", "",
  "Notice of change of the company's own bank account for payments.",
  OKA, ["経理部 <keiri@maruyoshi-foods.example.jp>"],
  "お振込先口座変更のお知らせ",
  """丸吉食品株式会社 経理部 御中

平素より大変お世話になっております。
このたび、弊社のお振込先口座を下記のとおり変更いたします。8月請求分よりご変更をお願いいたします。

  新: 東西銀行 錦糸町支店 当座 0771204 カ）ハヤテ・メールサービス
  旧: すみだ信用金庫 本店営業部 普通 3019927 カ）ハヤテ・メールサービス

なお、口座変更をメールのみでお願いすることはございません。別途、社印入りの書面を郵送いたします。

""" + SIG_OKA),

M("e16", "hold", "sensitive.health", "attachment",
  "A pharmacy's DM target list with customers' names, addresses and chronic conditions is sent to the printer only as an XLSX.",
  OKA, ["協力工場 墨東プリント <seisan@bokuto-print.example.jp>"],
  "あおい薬局様 7月案件",
  """墨東プリント 生産管理 御中

お世話になっております。岡部です。
あおい薬局様の7月案件、資料を添付します。
封入は7/12までにお願いいたします。

""" + SIG_OKA,
  attachments=[A("aoi_july_targets.xlsx", XLSX,
"""[対象者]
氏名	郵便番号	住所	対象区分	同封物
大河内 節子	125-0062	葛飾区青戸3-21-9	糖尿病（インスリン）	血糖測定器案内
瀬川 義男	124-0012	葛飾区立石5-6-2	高血圧・心不全	減塩レシピ
乙部 雅美	125-0041	葛飾区東金町1-44-3-908	関節リウマチ	新薬説明会案内
日向 隆	124-0006	葛飾区堀切2-19-15	COPD（在宅酸素）	吸入指導案内""")],
  personal=[{"type": "name", "value": "大河内 節子"},
            {"type": "diagnosis", "value": "糖尿病（インスリン）"},
            {"type": "address", "value": "葛飾区青戸3-21-9"}]),

M("e17", "pass", "benign.election", "",
  "Quote for an election candidate's official campaign postcards, naming the public candidate.",
  OKA, ["選挙事務所 <jimusho@shirakawa-sumida.example.jp>"],
  "選挙運動用通常葉書 印刷・差出のお見積り",
  """白川みのる 選挙事務所 御中

墨田区議会議員選挙に立候補予定の 白川 みのる 様の選挙運動用通常葉書について、お見積りをお送りします。

  数量: 2,000枚（公職選挙法の上限枚数）
  仕様: 官製はがき両面カラー印刷（裏面は候補者写真・政策）
  差出: 選挙用の証紙・表示を確認のうえ、指定郵便局へ差出し
  金額: 別紙お見積書のとおり

宛名リストは選挙事務所様側でご用意いただき、当社では印字作業のみ承ります。

""" + SIG_OKA),

M("e18", "pass", "benign.religious_corp", "",
  "Newsletter mailing job for a temple (宗教法人) as a customer; no member list in the mail.",
  SAI, ["宗教法人 浄願寺 寺務所 <jimusho@jouganji.example.jp>"],
  "寺報「浄願寺だより」秋号の制作スケジュール",
  """宗教法人 浄願寺 寺務所 御中

いつもお世話になっております。制作部の西條です。
秋号の制作スケジュールをお送りします。

  原稿締切: 8月23日（金）
  初校: 8月30日（金）
  差出: 9月13日（金）（お彼岸法要のご案内を同封）
  部数: 1,450部

お送り先の名簿は、前回と同様、貴寺の専用アップロード画面からご登録ください。

""" + SIG_SAI),
]
