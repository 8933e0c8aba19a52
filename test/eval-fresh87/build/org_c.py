"""(C) 地域航空会社 お客様窓口: 瀬戸内スカイ航空株式会社 お客様相談室 (invented).

Writers
  fujiwara  藤原 誠    お客様相談室 室長           formal, long signature with JP/EN disclaimer
  nakano    中野 彩    お客様相談室                polite, signature with reception hours
  yasuda    安田 健司  提携・国際業務担当           English and Japanese, English-style signature
"""
from common import t, q, addr, att, enc_zip, mail

ORG = "C"
DOM = "setouchi-sky.example.co.jp"

FUJIWARA = addr("藤原 誠（瀬戸内スカイ航空）", f"m.fujiwara@{DOM}")
NAKANO = addr("瀬戸内スカイ航空 お客様相談室 中野", f"customer@{DOM}")
YASUDA = addr("Kenji Yasuda", f"k.yasuda@{DOM}")

SIG_FUJIWARA = t("""
    ――――――――――――――――――――――――――――――――
    瀬戸内スカイ航空株式会社
    お客様相談室 室長　藤原 誠
    〒730-0000 広島県広島市中区基町0-0-0 せとうち基町ビル8F
    TEL 082-0000-3150　FAX 082-0000-3151
    m.fujiwara@setouchi-sky.example.co.jp
    https://www.setouchi-sky.example.co.jp/
    ――――――――――――――――――――――――――――――――
    この電子メールは機密情報を含む場合があります。宛先以外の方が受信された場合は、
    直ちに削除し送信者にお知らせください。
    This e-mail may contain confidential information. If you are not the intended
    recipient, please notify the sender and delete it.
""")

SIG_NAKANO = t("""
    ------------------------------------
    瀬戸内スカイ航空 お客様相談室
    中野 彩
    TEL 082-0000-3155（受付 9:00〜17:30 土日祝を除く）
    ご予約・空席照会 082-0000-3180
    ------------------------------------
""")

SIG_YASUDA = t("""
    Best regards,

    Kenji Yasuda (安田 健司)
    Alliance & International Affairs
    Setouchi Sky Airways Co., Ltd.
    8F Setouchi Motomachi Bldg., 0-0-0 Motomachi, Naka-ku, Hiroshima 730-0000, Japan
    Tel +81-82-0000-3170 | Mobile +81-90-0000-6614
    k.yasuda@setouchi-sky.example.co.jp
""")

MAILS = []
add = MAILS.append

# ======================================================================= HOLDS

add(mail(ORG, "nakano", "body", "hold", "sensitive.medical_passenger",
    "A named passenger's COPD, home oxygen therapy and wheelchair needs are sent to the outside ground-handling company.",
    NAKANO, [addr("広島エアポートサービス 旅客課 平田様", "hirata@hiroshima-aps.example.co.jp")],
    cc=[addr("仙台ランプサービス 旅客係", "passenger@sendai-ramp.example.co.jp")],
    subject="6/20 SX305便 お手伝いが必要なお客様のご連絡",
    text=t("""
    広島エアポートサービス 旅客課
    平田様
    （cc：仙台ランプサービス 旅客係ご担当者様）

    いつもお世話になっております。瀬戸内スカイ航空 お客様相談室の中野です。
    6/20（木）SX305便（広島 10:15発 → 仙台 11:50着）にご搭乗のお客様について、
    事前のご相談をいただきましたのでご連絡いたします。

    　お名前：坂口 富美子 様（78歳）　座席 2A
    　ご同行：ご長男 坂口 誠一 様　座席 2B
    　ご病状：慢性閉塞性肺疾患（COPD）のため在宅酸素療法中
    　　　　　機内では携帯用酸素濃縮器（医師の診断書・MEDIF提出済み）を使用されます
    　お手伝い：車椅子（WCHC／機側まで）、優先搭乗、到着時も機側で車椅子をご用意ください
    　ご連絡先（当日）：ご長男 090-0000-2367

    ご不明点がありましたら、お客様相談室までお知らせください。
    よろしくお願いいたします。

    """) + SIG_NAKANO,
    personal=[("name", "坂口 富美子"), ("diagnosis", "慢性閉塞性肺疾患（COPD）"),
              ("phone", "090-0000-2367")]))

add(mail(ORG, "yasuda", "body", "hold", "id.passport",
    "Three passengers' passport numbers and dates of birth are written in the body to an overseas ground handler.",
    YASUDA, [addr("Grace Lin", "grace.lin@taoyuan-gh.example.com.tw")],
    cc=[addr("Ops Control Taoyuan", "ops@taoyuan-gh.example.com.tw")],
    subject="SX8701 HIJ-TPE 12 JUL - passengers requiring assistance",
    text=t("""
    Dear Ms. Lin,

    Thank you for your support for our summer charter programme.

    For charter flight SX8701 (Hiroshima 09:40 - Taipei Taoyuan 11:20 local) on
    12 July, three passengers will need wheelchair assistance from the aircraft
    to the arrival hall. Their details as they appear in their passports are below,
    so that your team can prepare the airside pass forms in advance.

      1. KAWASAKI / SHIGERU MR    DOB 1946-03-08   Passport TK4829163   Seat 3C  WCHS
      2. KAWASAKI / TOSHIE MRS    DOB 1949-11-21   Passport MZ7051398   Seat 3D  WCHR
      3. OKADA / HIDEO MR         DOB 1941-06-30   Passport TR2264705   Seat 4A  WCHC

    The group tour leader is Mr. Ueno of Setouchi Tourist (mobile +81-90-0000-1138).

    Please let me know if you need any further information.

    """) + SIG_YASUDA,
    personal=[("passport", "TK4829163"), ("passport", "MZ7051398"), ("passport", "TR2264705"),
              ("name", "KAWASAKI / SHIGERU"), ("birthdate", "1946-03-08")]))

add(mail(ORG, "fujiwara", "body", "hold", "sensitive.criminal_arrest",
    "A named passenger's arrest for assaulting crew is reported to a partner airline; criminal proceedings about an identifiable person.",
    FUJIWARA, [addr("ノースアイランド航空 品質保証部 佐藤 亮様", "r.sato@northisland-air.example.co.jp")],
    "SX317便（6/9）機内迷惑行為の件 ご報告",
    t("""
    ノースアイランド航空株式会社
    品質保証部 佐藤 亮 様

    平素より大変お世話になっております。
    瀬戸内スカイ航空 お客様相談室の藤原でございます。

    6月9日（日）のSX317便（広島→仙台、御社コードシェア NI2317）において
    発生した機内迷惑行為について、ご報告いたします。

    　対象のお客様：村田 浩 様（52歳、広島市在住）
    　概要：飲酒のうえ搭乗され、機内で大声を出し続けたため客室乗務員が注意したところ、
    　　　　乗務員の腕をつかんで突き飛ばしました（乗務員は軽傷）。
    　　　　機長判断で到着後に警察へ引き渡し、同日、暴行の容疑で現行犯逮捕されたと
    　　　　宮城県警から連絡を受けております。
    　当社の対応：当面の間、当社便へのご搭乗をお断りする措置を取りました。

    御社便にも同じお客様のご予約（6/23 NI2410）があることを確認しておりますので、
    念のため情報共有させていただきます。御社でのご判断の参考になれば幸いです。

    """) + SIG_FUJIWARA,
    personal=[("name", "村田 浩"), ("criminal", "暴行の容疑で現行犯逮捕")]))

add(mail(ORG, "nakano", "attachment", "hold", "list.customer_voice_log",
    "The cover note is routine, but the attached CSV of customer feedback lists names, phones and e-mail addresses.",
    NAKANO, [addr("株式会社ボイスアナリティクス 分析チーム 岸本様", "kishimoto@voice-analytics.example.co.jp")],
    "5月分 お客様の声データのご送付",
    t("""
    ボイスアナリティクス
    岸本様

    お世話になっております。瀬戸内スカイ航空 お客様相談室の中野です。
    5月分のお客様の声データをお送りします。件数は287件です
    （添付は先頭の数件のみ、全件はいつものファイル共有にアップ済みです）。

    6月の役員報告に使いたいので、カテゴリ分類の速報を
    6月21日までにいただけると助かります。

    """) + SIG_NAKANO,
    attachments=[att("お客様の声_202405.csv", t("""
        受付ID,受付日,チャネル,お名前,電話番号,メール,便名,搭乗日,カテゴリ,内容
        V24050001,2024/05/01,WEB,丸山 健太郎,090-0000-4418,kentaro.maruyama@gmail.com,SX301,2024/04/29,遅延,遅延の案内が遅く乗継ぎに間に合わなかった
        V24050002,2024/05/01,電話,片岡 洋子,082-0000-7716,,SX210,2024/04/30,手荷物,スーツケースの車輪が破損していた
        V24050003,2024/05/02,WEB,Liam Carter,080-0000-2209,liam.carter@outlook.com,SX8701,2024/04/28,客室,CA was very kind to my daughter
        V24050004,2024/05/02,メール,今井 沙織,070-0000-6581,saori.imai@yahoo.co.jp,SX315,2024/05/01,予約,WEBで座席指定ができない
        V24050005,2024/05/03,電話,原田 勝,090-0000-3042,,SX317,2024/05/02,お褒め,空港係員の対応がよかった
    """))],
    personal=[("name", "丸山 健太郎"), ("phone", "090-0000-4418"),
              ("email", "kentaro.maruyama@gmail.com"), ("name", "今井 沙織"),
              ("email", "saori.imai@yahoo.co.jp")]))

add(mail(ORG, "nakano", "attachment", "hold", "id.bank_account_in_claim",
    "The cover note is routine, but the attached claim form carries the passenger's home address and personal bank account for the payout.",
    NAKANO, [addr("あさひ海上火災保険 航空保険部 損害サービス課 小西様", "konishi@asahi-kaijo.example.co.jp")],
    "手荷物破損事故 保険金請求書類の送付（事故番号 BG-24-0517）",
    t("""
    あさひ海上火災保険
    航空保険部 損害サービス課
    小西様

    いつもお世話になっております。瀬戸内スカイ航空 お客様相談室の中野です。
    標記の件、お客様からご返送いただいた書類一式をPDFでお送りいたします。
    修理見積書の原本は本日郵送いたしました。

    ご査定のほど、よろしくお願いいたします。

    """) + SIG_NAKANO,
    attachments=[att("保険金請求書_BG-24-0517.pdf", t("""
        手荷物事故 保険金請求書
        事故番号：BG-24-0517　便名：SX210（2024年5月17日 仙台→広島）
        請求者氏名：吉田 恵子
        住所：広島県東広島市西条町0-0-0
        電話：090-0000-5582
        損害の内容：スーツケース（ハードケース）の車輪2か所破損、外装に亀裂
        損害額：修理見積 24,200円
        保険金のお振込先：
        　せとうち銀行 西条支店 普通預金 3456718
        　口座名義 ヨシダ ケイコ
        上記のとおり請求します。2024年6月3日　吉田 恵子（署名）
    """))],
    personal=[("name", "吉田 恵子"), ("bank_account", "せとうち銀行 西条支店 普通預金 3456718"),
              ("address", "広島県東広島市西条町0-0-0"), ("phone", "090-0000-5582")]))

add(mail(ORG, "fujiwara", "quoted", "hold", "list.group_passengers_quoted",
    "The top confirms a seat block, but the quoted agent mail below carries a passenger list with birth dates and phones.",
    FUJIWARA, [addr("せとうちツーリスト 団体営業部 上野様", "ueno@setouchi-tourist.example.co.jp")],
    "Re: 【団体】7/12 SX8701 台北チャーター 名簿の件",
    t("""
    せとうちツーリスト
    上野様

    お世話になっております。瀬戸内スカイ航空の藤原です。
    ご連絡いただいた名簿をもとに、座席ブロックを確定いたしました。
    お支払期限は6月28日（金）となります。
    車椅子のお客様のお手伝いについては、安田から現地空港に手配済みです。

    引き続きよろしくお願いいたします。

    """) + SIG_FUJIWARA + "\n" + t("""
    ----- Original Message -----
    From: 上野 隆 <ueno@setouchi-tourist.example.co.jp>
    Sent: Wednesday, June 12, 2024 5:32 PM
    To: m.fujiwara@setouchi-sky.example.co.jp
    Subject: 【団体】7/12 SX8701 台北チャーター 名簿の件

    """) + q(t("""
    瀬戸内スカイ航空 藤原様

    いつもありがとうございます。せとうちツーリストの上野です。
    標記ツアーの参加者名簿（第1次）をお送りします。

    No. 氏名　　　　　　　生年月日　　　電話番号　　　　備考
    1　 川崎 茂　　　　　1946/03/08　　090-0000-7120　 車椅子
    2　 川崎 敏江　　　　1949/11/21　　090-0000-7121　 車椅子
    3　 岡田 秀夫　　　　1941/06/30　　082-0000-4453　 車椅子（機側まで）
    4　 森下 和美　　　　1958/02/14　　080-0000-9935
    5　 森下 裕二　　　　1956/08/02　　080-0000-9936
    6　 清水 良子　　　　1962/12/25　　090-0000-3378　 ベジタリアンミール

    残り18名は6/19までにお送りします。
    せとうちツーリスト 団体営業部 上野 隆
    """)),
    personal=[("name", "川崎 茂"), ("birthdate", "1946/03/08"), ("phone", "090-0000-7120"),
              ("name", "清水 良子"), ("phone", "090-0000-3378")]))

add(mail(ORG, "nakano", "quoted", "hold", "personal.lost_item_inquiry_forwarded",
    "The top is a short request to the terminal's lost-and-found, but the quoted web form gives a passenger's full address, phone and e-mail to the outside company.",
    NAKANO, [addr("広島空港ビルディング 遺失物センター", "lostfound@hij-terminal.example.co.jp")],
    "お忘れ物のご照会（6/16 SX210便ご利用のお客様）",
    t("""
    広島空港ビルディング 遺失物センター御中

    お世話になっております。瀬戸内スカイ航空 お客様相談室の中野です。
    機内・当社カウンターでは見つかっていないお忘れ物について、
    ターミナル側で保管されていないかご確認いただけますでしょうか。
    お客様からのお問い合わせ内容を下記に貼り付けます。

    """) + SIG_NAKANO + "\n" + t("""
    ＜WEBお問い合わせフォーム 受付番号 Q24061688＞
    """) + q(t("""
    お名前：藤井 隆之
    ご住所：〒739-0000 広島県東広島市高屋町0-0-0
    お電話：090-0000-8813
    メール：t.fujii.hiro@gmail.com
    ご搭乗便：6月16日 SX210便（仙台→広島）
    お問い合わせ内容：
    到着後、手荷物受取所の近くのベンチに紺色のリュックを置き忘れたかもしれません。
    中にノートパソコン（シルバー）と、会社のIDカードが入っています。
    見つかったら着払いで送ってください。
    """)),
    personal=[("name", "藤井 隆之"), ("address", "広島県東広島市高屋町0-0-0"),
              ("phone", "090-0000-8813"), ("email", "t.fujii.hiro@gmail.com")]))

add(mail(ORG, "fujiwara", "subject", "hold", "sensitive.health_in_subject",
    "The body only thanks the station staff, but the subject names a passenger and his epileptic seizure.",
    FUJIWARA, [addr("仙台ランプサービス 旅客係 遠藤様", "endo@sendai-ramp.example.co.jp")],
    "6/8 SX312便 大西 健二様（てんかん発作）機内急病対応の件",
    t("""
    仙台ランプサービス
    遠藤様

    いつもお世話になっております。瀬戸内スカイ航空の藤原です。

    標記の件、当日は迅速にご対応いただき誠にありがとうございました。
    到着後の救急隊への引継ぎもスムーズで、乗務員からも感謝の声が届いております。
    正式な報告書は来週中にお送りいたします。

    取り急ぎ御礼まで。

    """) + SIG_FUJIWARA,
    personal=[("name", "大西 健二"), ("diagnosis", "てんかん発作")]))

add(mail(ORG, "fujiwara", "zip", "hold", "attachment.encrypted_zip",
    "A password-protected zip of a flight's passenger manifest is attached (PPAP).",
    FUJIWARA, [addr("あさひ海上火災保険 航空保険部 小西様", "konishi@asahi-kaijo.example.co.jp")],
    cc=[addr("中野 彩", f"a.nakano@{DOM}")],
    subject="SX215便（6/3）ダイバート事案 関係資料",
    text=t("""
    あさひ海上火災保険
    小西様

    お世話になっております。瀬戸内スカイ航空の藤原です。
    6月3日のSX215便ダイバート事案について、ご依頼の資料をお送りします。
    添付ファイルにはパスワードを設定しております。パスワードは別メールでお送りします。

    　・搭乗者名簿（当日の最終版）
    　・宿泊・代替交通の手配実績
    　・お客様への補償金支払一覧

    ご確認よろしくお願いいたします。

    """) + SIG_FUJIWARA,
    attachments=[enc_zip("SX215_20240603_資料.zip")]))

add(mail(ORG, "nakano", "recipients", "hold", "recipients.visible_to",
    "A cancellation apology is sent to thirteen passengers' private addresses all visible in To.",
    NAKANO, [
        addr("丸山 健太郎 様", "kentaro.maruyama@gmail.com"),
        addr("片岡 洋子 様", "yoko.kataoka@yahoo.co.jp"),
        addr("今井 沙織 様", "saori.imai@yahoo.co.jp"),
        addr("原田 勝 様", "masaru.harada@outlook.com"),
        addr("Liam Carter", "liam.carter@outlook.com"),
        addr("石川 直子 様", "naoko.ishikawa.82@gmail.com"),
        addr("谷口 大輔 様", "d.taniguchi@yahoo.co.jp"),
        addr("村上 光 様", "hikari.murakami@gmail.com"),
        addr("永井 恵美 様", "emi_nagai@yahoo.co.jp"),
        addr("荒井 健 様", "ken.arai.0730@gmail.com"),
        addr("山下 千春 様", "chiharu.yamashita@outlook.com"),
        addr("菊地 俊 様", "shun.kikuchi@gmail.com"),
        addr("ZHANG WEI", "zhangwei.travel@outlook.com"),
    ],
    "【お詫び】6月18日 SX307便 欠航のご案内と払戻しについて",
    t("""
    6月18日（火）SX307便（広島 15:20発 → 仙台）をご予約のお客様

    瀬戸内スカイ航空 お客様相談室でございます。
    このたびは、機材の整備点検に時間を要したため、標記の便を欠航とさせていただきました。
    ご予定を変更させてしまい、誠に申し訳ございません。

    ■振替について
    　6月18日 SX309便（18:45発）、6月19日 SX301便（8:30発）に空席がございます。
    　ご希望の方は、予約センター（082-0000-3180）までお電話ください。
    ■払戻しについて
    　手数料なしで全額払い戻しいたします。WEBの「予約確認」画面からお手続きいただけます。
    ■宿泊費・交通費
    　振替便ご利用で当日中にご移動いただけない場合は、領収書をお送りください。

    重ねてお詫び申し上げます。

    """) + SIG_NAKANO))

# ======================================================================= PASSES

add(mail(ORG, "nakano", "none", "pass", "benign.refund_to_self",
    "A refund confirmation to the passenger herself with her own booking reference and ticket number.",
    NAKANO, [addr("石川 直子 様", "naoko.ishikawa.82@gmail.com")],
    "払戻し手続き完了のお知らせ（予約番号 K7QX2M）",
    t("""
    石川 直子 様

    瀬戸内スカイ航空をご利用いただき、誠にありがとうございます。
    お客様相談室の中野でございます。

    先日お電話でお申し出いただいた航空券の払戻しについて、手続きが完了いたしましたので
    お知らせいたします。

    　予約番号：K7QX2M
    　航空券番号：781-2401936654
    　ご搭乗予定便：6月18日 SX307便（欠航）
    　払戻額：18,900円（手数料なし）
    　払戻方法：ご購入時のクレジットカードへ返金

    カード会社の締め日により、ご返金の反映は翌月または翌々月のご請求分となります。
    このたびはご迷惑をおかけし、誠に申し訳ございませんでした。
    またのご利用を心よりお待ちしております。

    """) + SIG_NAKANO))

add(mail(ORG, "nakano", "none", "pass", "benign.tracking_number_to_self",
    "A lost-item return notice to the passenger himself with a 12-digit Yamato tracking number (which happens to pass the My Number check digit).",
    NAKANO, [addr("藤井 隆之 様", "t.fujii.hiro@gmail.com")],
    "お忘れ物の発送について（受付番号 Q24061688）",
    t("""
    藤井 隆之 様

    瀬戸内スカイ航空 お客様相談室の中野でございます。
    お問い合わせいただいておりましたリュックサックが、空港ターミナルの遺失物センターで
    保管されていることが確認できました。ご本人様確認のお電話もありがとうございました。

    本日、ヤマト運輸の着払いで発送いたしました。

    　お届け先：ご指定のご自宅
    　伝票番号：4905-6502-9522
    　お届け予定：6月20日（木）午前中

    中身（ノートパソコン、IDカード、充電器）は、センターにて確認のうえ梱包しております。
    お受け取り後、万一不足などがございましたらご連絡ください。

    """) + SIG_NAKANO))

add(mail(ORG, "fujiwara", "none", "pass", "benign.system_outage_agencies",
    "An apology to travel agencies for a reservation system outage (障害); no passenger data.",
    FUJIWARA, [
        addr("せとうちツーリスト 団体営業部", "dantai@setouchi-tourist.example.co.jp"),
        addr("株式会社中国トラベルサービス 航空仕入課", "koku@chugoku-travel.example.co.jp"),
        addr("みちのく観光 仕入センター", "shiire@michinoku-kanko.example.co.jp"),
    ],
    cc=[addr("予約管理課", f"yoyaku-kanri@{DOM}"), YASUDA],
    subject="【お詫び】6/17 代理店向け予約システム障害について（第2報・復旧）",
    text=t("""
    旅行会社各位

    平素より瀬戸内スカイ航空をご利用いただき、厚く御礼申し上げます。

    6月17日（月）9時10分ごろから発生しておりました代理店向け予約システムの障害は、
    同日13時42分に復旧いたしました。ご迷惑をおかけし、誠に申し訳ございません。

    　・原因：データベースサーバのディスク障害によるもの（外部からの攻撃やウイルス感染ではございません）
    　・影響：発券操作のタイムアウト、空席照会の表示遅延
    　・データ：予約データの消失・重複はございません
    　・再発防止：ディスクの二重化構成を見直し、監視間隔を短縮いたします

    障害時間中に発券できなかったご予約は、発券期限を6月19日まで延長しております。
    ご不明な点は予約管理課（082-0000-3160）までお問い合わせください。

    """) + SIG_FUJIWARA))

add(mail(ORG, "fujiwara", "none", "pass", "benign.infection_control_aggregate",
    "A cabin and lounge hygiene plan for the flu season; 感染 in the health sense, but no individual is named.",
    FUJIWARA, [addr("広島空港ビルディング 施設管理課 水野様", "mizuno@hij-terminal.example.co.jp")],
    cc=[addr("中国クリーンサービス 空港事業部 長尾様", "nagao@chugoku-clean.example.co.jp")],
    subject="冬季の感染症対策（ラウンジ・搭乗口）についてのご相談",
    text=t("""
    広島空港ビルディング 施設管理課
    水野様
    （cc：中国クリーンサービス 長尾様）

    いつもお世話になっております。瀬戸内スカイ航空の藤原です。
    例年12月〜2月はインフルエンザ等の感染症が流行するため、今年度も下記の対策を
    実施したいと考えております。ご協力をお願いできますでしょうか。

    　1．当社ラウンジ・搭乗口（12〜14番）の手指消毒液の設置数を 8台→14台に増設
    　2．搭乗口ベンチの消毒回数を 1日2回→4回に（長尾様）
    　3．機内：折り返し時のテーブル・アームレスト清拭（当社客室部で実施）
    　4．体調の優れないお客様向けの案内掲示の更新

    昨季は発熱等で搭乗をお見合わせいただいたお客様が合計 27件ありました
    （月別：12月 9件、1月 13件、2月 5件）。
    打合せの候補日を何日かいただけますと幸いです。

    """) + SIG_FUJIWARA))

add(mail(ORG, "yasuda", "none", "pass", "benign.codeshare_meeting_en",
    "An English meeting arrangement with a codeshare partner; staff names and heavy signatures only.",
    YASUDA, [addr("Jessica Wong", "jessica.wong@formosa-regional.example.com.tw")],
    cc=[addr("David Chen", "david.chen@formosa-regional.example.com.tw"), FUJIWARA],
    subject="Re: Codeshare review meeting in Hiroshima - agenda",
    text=t("""
    Dear Jessica,

    Thank you for your quick reply. We are delighted that you and David will
    visit Hiroshima on 9 July.

    Proposed agenda (Setouchi Sky HQ, 8F Meeting Room A):
      10:00  Welcome - Makoto Fujiwara, Head of Customer Relations
      10:15  Summer charter SX8701/8702 - load factor and feedback
      11:00  Interline baggage irregularities (Q1-Q2 statistics)
      12:00  Lunch
      13:30  Winter schedule and slot coordination
      15:00  Wrap-up

    Our driver will pick you up at Hiroshima Airport; his name is Mr. Noda and
    he will hold a sign with your company logo. Please let me know your arrival
    flight once booked.

    Looking forward to seeing you.

    """) + SIG_YASUDA + "\n" + q(t("""
    Dear Kenji,

    Thank you for the invitation. David Chen (Network Planning) and I will join
    the meeting on 9 July. We would also like to discuss baggage irregularities.

    Kind regards,
    Jessica Wong
    Manager, Alliances | Formosa Regional Airlines
    Tel +886-2-0000-5521
    """))))

add(mail(ORG, "yasuda", "none", "pass", "benign.aircraft_serials",
    "A maintenance parts inquiry with aircraft registrations, MSNs and part serial numbers that look like IDs but are not personal.",
    YASUDA, [addr("ジェイテック航空整備 技術営業部 北村様", "kitamura@jtec-mro.example.co.jp")],
    "JA05SX 補助動力装置（APU）交換部品の納期について",
    t("""
    ジェイテック航空整備
    北村様

    いつもお世話になっております。瀬戸内スカイ航空の安田です。
    整備部から依頼を受け、下記部品の納期確認をお願いいたします。

    　機体記号：JA05SX（ATR 72-600、MSN 1342）
    　部品名：APU Starter Generator
    　P/N：23085-004　S/N（取外し品）：SG1187452
    　代替候補 S/N：SG1190318、SG1190722
    　作業指示番号：WO-2406-0088

    C整備（7月8日入庫）に間に合わせたいので、6月26日までに回答いただけると助かります。
    輸入通関が必要な場合は、その日数もあわせてお知らせください。

    """) + SIG_YASUDA))

add(mail(ORG, "yasuda", "none", "pass", "benign.swift_remittance_en",
    "An English remittance advice to an overseas vendor with corporate bank details and SWIFT codes.",
    YASUDA, [addr("Accounts Receivable", "ar@aerocatering-asia.example.com")],
    subject="Remittance advice - Invoice ACA-24-0611 (SX8701/8702 catering)",
    text=t("""
    Dear Accounts Receivable team,

    Please be advised that we have remitted payment for the following invoice today.

      Invoice No.   : ACA-24-0611
      Description   : In-flight catering, charter SX8701/8702, June 2024
      Amount        : USD 8,640.00
      Value date    : 21 June 2024
      Beneficiary   : Aero Catering Asia Ltd.
      Bank          : Pacific Harbour Bank, Taipei Branch
      Account No.   : 0051-228-430196
      SWIFT         : PHBKTWTP
      Remitting bank: Setouchi Bank, Head Office (SWIFT: SETBJPJH)

    Bank charges outside Japan are for the beneficiary's account as agreed.
    Kindly confirm receipt when the funds arrive.

    """) + SIG_YASUDA))

add(mail(ORG, "fujiwara", "none", "pass", "benign.public_figures_event",
    "A press notice naming the prefectural governor and a celebrity tourism ambassador in their public roles.",
    FUJIWARA, [addr("中国放送 報道部 デスク", "news-desk@chugoku-hoso.example.co.jp")],
    cc=[addr("広島経済新報 編集部 石井様", "ishii@hiroshima-keizai.example.co.jp")],
    subject="【取材のご案内】広島−仙台線 就航5周年記念セレモニー",
    text=t("""
    報道関係各位

    いつもお世話になっております。瀬戸内スカイ航空の藤原でございます。
    広島−仙台線の就航5周年を記念し、下記のとおりセレモニーを開催いたします。

    　日時：2024年7月1日（月）9:30〜10:00
    　場所：広島空港 国内線出発ロビー 特設ステージ
    　出席者：広島県知事 高木 義信 様
    　　　　　宮城県 観光大使 タレント 春野 あかり 様
    　　　　　瀬戸内スカイ航空 代表取締役社長 近藤 浩一
    　内容：記念式典、1便ご搭乗のお客様への記念品贈呈、テープカット

    報道受付は9時より、出発ロビー南側のインフォメーション前で行います。
    撮影エリアの都合上、6月27日までに取材のご連絡をいただけますと幸いです。

    """) + SIG_FUJIWARA))

add(mail(ORG, "nakano", "none", "pass", "benign.cs_minutes_reply_chain",
    "Minutes of a customer-service meeting with the handling company, a reply chain naming partner staff only.",
    NAKANO, [addr("広島エアポートサービス 旅客課 平田様", "hirata@hiroshima-aps.example.co.jp")],
    cc=[addr("広島エアポートサービス 旅客課長 酒井様", "sakai@hiroshima-aps.example.co.jp"), FUJIWARA],
    subject="Re: Re: 6月度 CS連絡会 議事録（案）",
    text=t("""
    平田様

    修正いただきありがとうございます。中野です。
    いただいた修正を反映し、確定版としました。酒井課長にもご確認いただいた
    とのことですので、このまま社内に展開いたします。

    次回7月度は7月16日（火）14時からでお願いします。

    """) + SIG_NAKANO + "\n" + q(t("""
    中野様

    議事録ありがとうございました。平田です。
    2点だけ修正をお願いします。
    ・3.(2) 車椅子の貸出台数「6台」→「8台」（5月に2台追加しています）
    ・出席者に当社の沢田が漏れていました

    広島エアポートサービス 旅客課 平田 真理
    """)) + q(q(t("""
    ■6月度 CS連絡会 議事録（案）
    日時：6/11（火）14:00-15:00　場所：広島空港 当社会議室
    出席：広島エアポートサービス 酒井課長、平田様／瀬戸内スカイ航空 藤原、中野
    1．5月の実績：お褒め 23件、ご不満 41件（前月比 -6件）
    2．ご不満の内訳：遅延時の案内 17件、手荷物 9件、カウンター待ち時間 8件、その他 7件
    3．改善策
    　(1) 遅延時は15分ごとに搭乗口でアナウンス
    　(2) 車椅子の貸出台数を6台に
    """)))))

add(mail(ORG, "fujiwara", "none", "pass", "benign.successor_introduction",
    "A transfer greeting introducing a successor to a travel agency; staff contact details only.",
    FUJIWARA, [addr("株式会社中国トラベルサービス 航空仕入課 課長 吉村 浩二様", "yoshimura@chugoku-travel.example.co.jp")],
    cc=[addr("中野 彩", f"a.nakano@{DOM}")],
    subject="異動のご挨拶と後任のご紹介",
    text=t("""
    株式会社中国トラベルサービス
    航空仕入課 課長 吉村 浩二 様

    平素より格別のお引き立てを賜り、誠にありがとうございます。
    瀬戸内スカイ航空の藤原でございます。

    私事で恐縮ですが、7月1日付で運航本部 安全推進部へ異動することとなりました。
    お客様相談室在任中の3年間、吉村様には団体のお客様への対応などで
    大変お世話になりました。心より御礼申し上げます。

    後任の室長は、現在大阪支店で営業課長を務めております 松岡 裕子 が着任いたします。
    また、日々のご連絡窓口は引き続き中野 彩（cc）が担当いたします。

    　松岡 裕子　TEL 082-0000-3150　y.matsuoka@setouchi-sky.example.co.jp

    近日中に松岡とともにご挨拶に伺いたく存じます。
    今後とも変わらぬご厚誼を賜りますよう、お願い申し上げます。

    """) + SIG_FUJIWARA))
