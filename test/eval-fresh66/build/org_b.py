"""Org B: ひだまりペット少額短期保険株式会社 (pet insurance company)."""
from common import mail, att, enc_zip, XLSX, DOCX, CSV

ORG = "B"
DOM = "hidamari-pet.example.jp"

NAKAJIMA = "中島 亮介 <r-nakajima@hidamari-pet.example.jp>"
SASAKI = "佐々木 真帆 <m-sasaki@hidamari-pet.example.jp>"
FUJII = "藤井 航 <w-fujii@hidamari-pet.example.jp>"

SIG_NAKAJIMA = """
――――――――――――――――――――――――
ひだまりペット少額短期保険株式会社
保険金支払部 査定第二課 課長代理
中島 亮介（Nakajima Ryosuke）
〒105-0014 東京都港区芝3-21-7 芝NKビル8階
TEL 03-5555-4410（直通）　FAX 03-5555-4419
r-nakajima@hidamari-pet.example.jp
――――――――――――――――――――――――
本メールには機密情報が含まれる場合があります。
誤って受信された場合は、破棄のうえ送信者までご連絡ください。
"""

SIG_NAKAJIMA_EN = """
Best regards,

Ryosuke Nakajima
Deputy Manager, Claims Assessment Section 2
Hidamari Pet Insurance Co., Ltd.
Shiba NK Bldg. 8F, 3-21-7 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel: +81-3-5555-4410
r-nakajima@hidamari-pet.example.jp
"""

SIG_SASAKI = """
*************************************
ひだまりペット少額短期保険株式会社
お客様サービス部 代理店サポート課
主任　佐々木 真帆
TEL：03-5555-4402 ／ お客様窓口：0120-555-861（9:00～18:00）
Mail：m-sasaki@hidamari-pet.example.jp
*************************************
"""

SIG_FUJII = """
--
藤井 航 / Wataru Fujii
システム部 決済基盤グループ
ひだまりペット少額短期保険株式会社
03-5555-4455 / w-fujii@hidamari-pet.example.jp
"""

MAILS = []
add = MAILS.append

# 21 hold: policyholder's private bank account to the payment BPO
add(mail("hold", "id.bank_account",
    "保険金の振込先として契約者個人の銀行口座（支店・口座番号・名義）と氏名を外部の支払代行会社へ手作業で送っている。",
    NAKAJIMA, ["ジェイビーオペレーションズ 川上様 <kawakami@jbo-ops.example.jp>"],
    "保険金支払データ 追加1件（手動登録）のお願い",
    f"""
株式会社ジェイビーオペレーションズ
支払業務センター　川上様

お世話になっております。ひだまりペット少額短期保険の中島です。
本日締めの支払データ（2/26分）に、システム連携から漏れた1件がありましたので、
お手数ですが手動での追加登録をお願いいたします。

　証券番号　　：HP-2207-118346
　請求受付番号：C25-0219-0077
　契約者氏名　：北村 由紀子 様
　支払金額　　：84,630円（手術・入院）
　振込先　　　：あさひ銀行 吉祥寺支店 普通 6021583
　口座名義　　：キタムラ ユキコ

振込予定日は通常分と同じ3月3日（月）でお願いします。
登録が完了しましたら、受付番号をご返信いただけますと助かります。
連携漏れの原因はこちらで調査中です。
{SIG_NAKAJIMA}""", "中島", "body",
    personal=[("name", "北村 由紀子"), ("bank_account", "あさひ銀行 吉祥寺支店 普通 6021583"),
              ("name", "キタムラ ユキコ")]))

# 22 pass: pet's diagnosis inquiry to the vet clinic (animal health, no owner data)
add(mail("pass", "benign.pet_health",
    "動物病院への診療内容照会。診断名・感染症・隔離入院はペットの情報で、契約者は証券番号のみ。人の要配慮個人情報ではない。",
    NAKAJIMA, ["わんにゃんクリニック武蔵野 受付 <uketsuke@wannyan-musashino.example.jp>"],
    "診療内容のご照会（証券番号 HP-2301-204517／ワンちゃん「ムギ」）",
    f"""
わんにゃんクリニック武蔵野
院長　先生

突然のご連絡失礼いたします。
ひだまりペット少額短期保険 保険金支払部の中島と申します。

貴院で診療を受けられた下記のワンちゃんについて、保険金のご請求をいただいております。
査定にあたり、2点ほどご教示いただけますでしょうか。
なお、契約者様からは照会についての同意書を頂戴しております（受付番号 C25-0211-0153）。

　動物名：ムギ（トイ・プードル、オス、4歳）
　診療期間：2025年2月3日～2月7日（入院5日間）
　診断名（診療明細の記載）：犬パルボウイルス感染症
　請求額：152,900円

【ご照会事項】
1. 今回の症状での初診日（2月3日以前に受診歴があるか）
2. 入院中の隔離室使用料（1日 3,300円）が明細に含まれているかどうか

お手数をおかけしますが、3月7日頃までにメールまたはFAX（03-5555-4419）で
ご回答いただけますと幸いです。
{SIG_NAKAJIMA}""", "中島"))

# 23 hold: full card number only in the forwarded customer inquiry
add(mail("hold", "id.card",
    "本文はエラー調査の依頼だが、転送したお客様の問合せ本文にカード番号16桁全桁と有効期限・氏名が残ったまま決済代行会社へ送られている。",
    FUJII, ["スマートペイゲート サポート <support@smartpaygate.example.com>"],
    "FW: カード変更エラーの調査依頼（問合せ番号 INQ-250303-0142）",
    f"""
株式会社スマートペイゲート
テクニカルサポート ご担当者様

お世話になっております。ひだまりペットの藤井です。

マイページからのカード変更で「E-302 カード情報を登録できませんでした」となる
お問い合わせが、3/1以降で5件届いています。
そのうち1件を下記に転送しますので、貴社側のログで拒否理由をご確認いただけますか。

　加盟店ID：HDMR-00218
　発生日時：2025-03-02 22:14:37（JST）
　トランザクションID：tx_8b21f0c9e4a7

3DS認証の前で止まっているように見えますが、当社側ログでは詳細が取れませんでした。
{SIG_FUJII}
-------- 転送メッセージ --------
件名: [お問い合わせ] カードが変更できません
送信者: お客様窓口 <support@hidamari-pet.example.jp>
日付: 2025/03/03 9:02

（お客様入力内容）
お名前：松井 佳奈
証券番号：HP-2312-330871
ご連絡先：kana.matsui.home@gmail.com
内容：
新しいカードに変更しようとしても毎回エラーになります。
カード番号は 4528 0319 7345 0125、有効期限は 11/28 です。
何度入れ直しても同じなので、そちらで登録してもらえませんか。
""", "藤井", "quoted",
    personal=[("card", "4528 0319 7345 0125"), ("name", "松井 佳奈"),
              ("email", "kana.matsui.home@gmail.com")]))

# 24 pass: dev minutes with a Luhn-valid TEST card number
add(mail("pass", "benign.test_card",
    "決済代行切替の結合テスト議事録。16桁のカード番号はブランドが公開しているテスト用番号で、テスト環境でのみ使用。実在顧客のものではない。",
    FUJII, ["スマートペイゲート 導入支援 <onboarding@smartpaygate.example.com>"],
    "【議事録】決済代行切替 結合テスト定例 第4回（2/20）",
    f"""
関係者各位

お疲れさまです。藤井です。
2/20の結合テスト定例の議事録を送付します。修正があれば2/25までにご連絡ください。

■日時：2025年2月20日（木）15:00～16:00（Teams）
■出席：スマートペイゲート 村井様・近藤様／当社 システム部 藤井・宮田、経理部 長谷川
■内容
1. 結合テスト進捗
　・シナリオ 86件中 71件完了（OK 66／NG 5）
　・NG 5件のうち3件は当社側の金額丸め処理、2件は3DS画面遷移の不具合
2. テストデータ
　・STG環境ではブランド公開のテストカードのみ使用する
　　例）5555 5555 5555 4444（Mastercardテスト番号、有効期限は任意の未来日）
　・本番カードでの疎通確認は本番切替日の前日に、社員カード1枚で実施（別途手順書）
3. 課題
　・No.12 オーソリ取消のWebhookが二重送信される → スマートペイゲート様で調査（3/3回答予定）
　・No.15 返金APIの部分返金で端数がずれる → 当社で修正、次回再テスト
4. 次回：2月27日（木）15:00～

以上
{SIG_FUJII}""", "藤井",
    cc=["宮田 翔 <s-miyata@hidamari-pet.example.jp>", "長谷川 恵 <m-hasegawa@hidamari-pet.example.jp>"]))

# 25 pass: reply to the policyholder herself with a masked card number
add(mail("pass", "benign.data_subject",
    "契約者本人への回答。カード番号は下4桁以外マスク済みで、本人の証券番号を本人に返しているだけ。",
    SASAKI, ["三浦 香織 <kaori.miura.82@gmail.com>"],
    "Re: 保険料のお支払いカード変更について",
    f"""
三浦 香織 様

いつもひだまりペット保険をご利用いただき、ありがとうございます。
お客様サービス部の佐々木でございます。

お支払いカードの変更手続きが完了いたしましたので、ご報告いたします。

　証券番号：HP-2105-077214（ワンちゃん「こむぎ」ちゃん）
　変更後のカード：**** **** **** 4821（有効期限 08/29）
　適用開始：2025年4月分の保険料から

3月分の保険料は、変更前のカードでご請求となりますので、あらかじめご了承ください。
今後ともどうぞよろしくお願い申し上げます。
{SIG_SASAKI}
> ひだまりペット保険 御中
> カードの有効期限が切れるので、新しいカードに変えたいです。
> マイページから手続きしましたが、反映されているか確認したいです。
> 三浦
""", "佐々木"))

# 26 hold: policyholder's cancer treatment disclosed to an agency
add(mail("hold", "sensitive.health",
    "保険料の払込猶予の経緯として、契約者本人の乳がん治療・入院の事実を氏名付きで代理店（ペットショップ）に伝えている。業務上不要な病歴の第三者提供。",
    SASAKI, ["ペットショップ ポチタマ吉祥寺店 店長 <kichijoji@pochitama.example.jp>"],
    "契約者様の保険料お支払い猶予について（経緯のご説明）",
    f"""
ペットショップ ポチタマ吉祥寺店
店長　荒木様

いつも大変お世話になっております。
ひだまりペット保険 代理店サポート課の佐々木です。

先日お問い合わせいただいた、未納のご案内が止まっている契約の件です。

　証券番号：HP-2104-093372
　契約者：岡本 典子 様（ネコちゃん「ミルク」ちゃん）

岡本様はご本人が乳がんの治療中で、抗がん剤治療のため4月末までご入院されているとのことでした。
ご家族（娘様）からのお申し出により、社内規定に基づき2か月分の払込猶予を適用しております。
そのため、店舗からの督促のご連絡は控えていただけますでしょうか。

退院後にご本人から手続きのご連絡をいただける予定です。
何かございましたら私までご連絡ください。
{SIG_SASAKI}""", "佐々木", "body",
    personal=[("name", "岡本 典子"), ("diagnosis", "乳がん")]))

# 27 hold: private bank account only in the subject
add(mail("hold", "id.bank_account",
    "本文は再審査の依頼だけだが、件名に契約者個人のゆうちょ口座（記号・番号）と名義が入っている。",
    SASAKI, ["しゅうのうネット 口座振替センター <furikae@shuno-net.example.jp>"],
    "口座振替依頼書 再審査のお願い（ゆうちょ 記号10180 番号23456781 イシダ ミサキ様）",
    f"""
株式会社しゅうのうネット
口座振替センター ご担当者様

お世話になっております。ひだまりペット保険の佐々木です。

件名の依頼書につきまして、2月に「届出印相違」で返却されておりましたが、
お客様から改めて同じ印鑑で再提出いただきました。
お客様によると、金融機関の窓口で届出印を確認済みとのことです。

お手数ですが、再度審査をお願いできますでしょうか。
　受付番号：KF-25-02-1193
　原本発送：本日、レターパックにて送付（追跡番号 3618-0427-5539）

4月の振替開始に間に合わない場合は、先にお知らせいただけますと幸いです。
{SIG_SASAKI}""", "佐々木", "subject",
    personal=[("bank_account", "ゆうちょ 記号10180 番号23456781"), ("name", "イシダ ミサキ")]))

# 28 pass: agency commission with the agency's corporate account and corporate number
add(mail("pass", "benign.corporate_account",
    "代理店手数料の支払通知。振込先は代理店の法人口座、法人番号・インボイス登録番号も法人のもので、個人の口座ではない。",
    SASAKI, ["ペットライフ湘南 経理部 <keiri@petlife-shonan.example.jp>"],
    "1月分 代理店手数料のお支払いについて（振込口座変更の反映）",
    f"""
株式会社ペットライフ湘南
経理部　矢野様

いつもお世話になっております。
ひだまりペット保険 代理店サポート課の佐々木です。

1月分の代理店手数料につきまして、下記のとおりお支払いいたします。
あわせて、2月10日付でご提出いただいた振込口座変更届を反映いたしました。

　代理店コード：AG-0417
　対象期間：2025年1月1日～1月31日計上分（新規 38件／継続 412件）
　手数料額：1,286,520円（税込）
　支払日：2025年2月28日（金）
　振込先（変更後）：湘南信用金庫 藤沢支店 普通 2048816
　口座名義：カ）ペットライフショウナン
　貴社法人番号：9010401123456（登録番号 T9010401123456）

支払明細書はPDFで代理店ポータルに掲載しております。
ご確認のほど、よろしくお願いいたします。
{SIG_SASAKI}""", "佐々木"))

# 29 hold: claims bordereau with policyholder names and addresses (attachment, English)
add(mail("hold", "list.customers",
    "本文は英文の送付状だけだが、添付CSVに契約者の氏名・住所・請求額の一覧が入っている。再保険会社向けでも個人名と住所は不要。",
    NAKAJIMA, ["Meridian Re Asia Claims <claims@meridianre.example.com>"],
    "Large claims bordereau Q4 2024 – Hidamari Pet (treaty HPR-2024-QS)",
    f"""
Dear Ms. Tan,

Further to your email of 18 February, please find attached the large claims
bordereau for Q4 2024 (claims paid above JPY 100,000) under our quota share
treaty HPR-2024-QS.

A few notes:
- 11 claims in total, JPY 2,184,600 paid (100% basis).
- Claim C24-1108-0213 was reopened in January; the figure shown is the paid amount to date.
- Diagnosis names are translated from the veterinary invoices.

We would appreciate your confirmation of the cash call by 14 March.
{SIG_NAKAJIMA_EN}""", "中島", "attachment",
    attachments=[att("HPR-2024-QS_large_claims_Q4.csv", CSV, """
claim_no,policy_no,policyholder_name,policyholder_address,pet_name,species_breed,diagnosis,paid_jpy
C24-1003-0041,HP-2106-081190,Shota Yamamoto,"2-14-7 Kichijoji-Honcho, Musashino-shi, Tokyo",Leo,Dog/French Bulldog,Brachycephalic airway syndrome,238400
C24-1017-0108,HP-2203-104552,Naomi Fukuda,"5-3-21-403 Shimomeguro, Meguro-ku, Tokyo",Momo,Cat/Scottish Fold,Urethral obstruction,164200
C24-1029-0166,HP-2009-040377,Yoshiko Kaneda,"1-8-2 Minami-Aoyama, Minato-ku, Tokyo",Kotaro,Dog/Shiba,Cruciate ligament rupture,312000
C24-1108-0213,HP-2301-207715,Ryo Maeda,"3-11-5 Futako, Takatsu-ku, Kawasaki-shi, Kanagawa",Sora,Dog/Toy Poodle,Patellar luxation surgery,198700
C24-1122-0259,HP-2110-095008,Haruka Iida,"4-2-30 Tsujido-Motomachi, Fujisawa-shi, Kanagawa",Chocolat,Dog/Dachshund,Intervertebral disc herniation,286500
C24-1204-0301,HP-2207-119843,Masato Ishikawa,"6-19-1 Chuo, Nakano-ku, Tokyo",Hana,Cat/Mixed,Foreign body ingestion,142300
""")],
    personal=[("name", "Shota Yamamoto"), ("address", "2-14-7 Kichijoji-Honcho, Musashino-shi, Tokyo"),
              ("name", "Naomi Fukuda"), ("address", "5-3-21-403 Shimomeguro, Meguro-ku, Tokyo"),
              ("name", "Haruka Iida")]))

# 30 pass: aggregate loss ratios to the reinsurer (English)
add(mail("pass", "benign.aggregate",
    "再保険更改に向けた損害率の集計（犬種グループ別・年度別の数値のみ）。個人を特定できる情報はない。",
    NAKAJIMA, ["Grace Tan <grace.tan@meridianre.example.com>"],
    "RE: Q1 2025 treaty renewal – loss ratio summary",
    f"""
Dear Grace,

Thank you for the call yesterday. As discussed, here is the summary you asked for
ahead of the renewal meeting on 26 March.

Loss ratio by breed group (earned basis, FY2022–FY2024)
  Group                      FY2022   FY2023   FY2024
  Small dogs (Toy Poodle etc.)  58.2%    61.0%    63.4%
  Brachycephalic dogs           71.5%    74.9%    78.1%
  Large dogs                    54.7%    55.3%    57.9%
  Cats                          43.1%    44.8%    46.2%
  Total                         57.6%    60.1%    62.7%

Policies in force at 31 Dec 2024: 84,310 (dogs 61,902 / cats 22,408)
Average claim frequency: 2.41 per policy-year

Our proposal is to keep the 40% cession and move the event limit to JPY 30m.
I will send the detailed exhibit (triangle data, no policy-level fields) by Friday.

Kind regards,
Ryosuke
{SIG_NAKAJIMA_EN}
-----Original Message-----
From: Grace Tan <grace.tan@meridianre.example.com>
Sent: Wednesday, March 5, 2025 6:41 PM
To: Ryosuke Nakajima
Subject: Q1 2025 treaty renewal – loss ratio summary

Hi Ryosuke,
Could you share a short loss ratio summary by breed group before our meeting?
Aggregated figures are fine at this stage.
Best, Grace

Grace Tan | Senior Underwriter, Specialty Lines | Meridian Re Asia Pte. Ltd.
80 Robinson Road #21-02, Singapore 068898 | +65 6555 0142
""", "中島"))

# 31 pass: meeting with the veterinary association, reply chain with signatures
add(mail("pass", "benign.meeting",
    "獣医師会との勉強会の日程調整。獣医師会事務局や講師の氏名・署名が並ぶが、業務上の連絡のみ。",
    NAKAJIMA, ["港南獣医師会 事務局 遠山様 <jimukyoku@konan-vet.example.jp>"],
    "Re: 診療明細書の記載に関する勉強会（4月開催）の件",
    f"""
港南獣医師会 事務局
遠山様

ご調整いただきありがとうございます。中島です。
4月17日（木）19:30～21:00、獣医師会館 2階研修室で承知しました。

当社からは私と、査定第一課の吉村の2名で伺います。
説明資料（約20分）は次の3点を予定しております。
　1. 請求書類の不備で多いケースと、その記載例
　2. 診療明細書の「処置」欄の書き方（一括記載の場合の取扱い）
　3. オンライン請求（病院窓口精算）の導入状況

プロジェクターの使用をお願いできますでしょうか。
資料は4月10日までに事務局あてにお送りします。
{SIG_NAKAJIMA}
-----Original Message-----
From: 遠山 恭子 <jimukyoku@konan-vet.example.jp>
Sent: Monday, March 3, 2025 11:20 AM
To: 中島 亮介
Cc: 杉浦 康弘 <sugiura@sugiura-ah.example.jp>
Subject: 診療明細書の記載に関する勉強会（4月開催）の件

ひだまりペット保険
中島様

いつもお世話になっております。港南獣医師会 事務局の遠山です。
先日ご提案いただいた勉強会の件、学術担当理事の杉浦先生（杉浦動物病院 院長）と相談し、
4月17日（木）の夜間であれば会員向けに開催できそうです。
参加見込みは15病院程度です。

――――――――――
一般社団法人 港南獣医師会 事務局
遠山 恭子
TEL 03-5555-6620（火・木・金 10時～16時）
――――――――――
""", "中島",
    cc=["杉浦 康弘 <sugiura@sugiura-ah.example.jp>", "吉村 大輔 <d-yoshimura@hidamari-pet.example.jp>"]))

# 32 hold: policyholder's arrest (criminal proceedings) to outside counsel
add(mail("hold", "sensitive.criminal",
    "不正請求の相談として、契約者の氏名・生年・住所とともに別件の詐欺容疑での逮捕・起訴の事実を外部の弁護士に送っている。犯罪の経歴は要配慮個人情報。",
    NAKAJIMA, ["虎ノ門総合法律事務所 佐伯先生 <saeki@toranomon-law.example.jp>"],
    "不正請求案件のご相談（証券番号 HP-2009-041188）",
    f"""
虎ノ門総合法律事務所
弁護士　佐伯 隆 先生

いつもお世話になっております。ひだまりペット保険の中島です。
ご相談させていただきたい案件がございます。

　契約者：坂本 和也 氏（昭和59年生）
　住所：川崎市中原区木月2-17-9 ハイツ木月302
　契約：HP-2009-041188（犬2頭）

2024年4月以降、2か所の動物病院名義で計3件（合計 418,000円）の請求があり、
うち2件について、病院側から「当院の発行した領収書ではない」との回答を得ております。

また、同氏は2024年12月に別件の詐欺容疑で神奈川県警に逮捕され、
その後起訴されたと報道されております（2月の公判で起訴事実を認めたとのこと）。

つきましては、
　1. 告知義務違反・重大事由による契約解除の可否
　2. 既払い分（1件 126,500円）の返還請求の進め方
についてご意見を頂戴したく、来週どこかで30分ほどお時間をいただけますでしょうか。
{SIG_NAKAJIMA}""", "中島", "body",
    personal=[("name", "坂本 和也"), ("address", "川崎市中原区木月2-17-9 ハイツ木月302"),
              ("criminal", "詐欺容疑で神奈川県警に逮捕")]))

# 33 pass: my-page outage report
add(mail("pass", "benign.it_outage",
    "マイページのログイン障害の報告。件数と時刻、エラーコードのみで、個人情報の漏えいはないと明記されている。",
    FUJII, ["クラウドベース 運用チーム <ops@cloudbase.example.jp>"],
    "【障害報告】マイページ ログイン障害（3/2 9:10～10:45）",
    f"""
株式会社クラウドベース
運用チーム ご担当者様

お世話になっております。ひだまりペットの藤井です。
3/2（日）午前に発生したマイページのログイン障害について、当社側で把握している内容を共有します。
貴社側の原因調査結果を3/7（金）までにご報告ください。

■発生時間：2025-03-02 09:10～10:45（約95分）
■事象：ログイン時に「503 Service Unavailable」。一部は認証後に画面が真っ白になる
■影響：ログイン失敗 約1,200件、コールセンターへの問合せ 37件
■個人情報：漏えい・誤表示は確認されていません
■当社側の暫定対応：09:40 障害告知バナーを掲出、10:45 復旧を確認
■ログ：auth-gw-20250302.log（SHA-1: 3b7e91d0c4a25f6e8d13b0a79c2e4f51d86a0b37）

ロードバランサのヘルスチェックが連続でタイムアウトしていたように見えます。
セッションDBのフェイルオーバーとの関係もあわせてご確認ください。
{SIG_FUJII}""", "藤井"))

# 34 hold: encrypted zip to an agency
add(mail("hold", "attachment.encrypted_zip",
    "代理店ポータルのアカウント情報をパスワード付きZIPで送り、パスワードを別送するPPAP。",
    FUJII, ["ペットライフ湘南 システム担当 <it@petlife-shonan.example.jp>"],
    "代理店ポータル 新規アカウント情報の送付",
    f"""
株式会社ペットライフ湘南
システムご担当　堀様

お世話になっております。ひだまりペット システム部の藤井です。

3月から新たにご利用いただく募集人の方 6名分の、代理店ポータルの
初期アカウント情報を添付ファイルでお送りします。
パスワードは、この後に別メールでお知らせいたします。

初回ログイン時にパスワードの変更と、多要素認証の登録をお願いいたします。
ログインできない場合は、システム部ヘルプデスク（03-5555-4460）までご連絡ください。
{SIG_FUJII}""", "藤井", "zip",
    attachments=[enc_zip("portal_account_AG-0417_202503.zip")]))

# 35 hold: 13 agencies visible in To
AGENCIES = [
    "ペットショップ ポチタマ <kichijoji@pochitama.example.jp>",
    "ペットライフ湘南 <eigyo@petlife-shonan.example.jp>",
    "わんわんランド千葉 <info@wanwanland-chiba.example.jp>",
    "ペットの森 町田店 <machida@petnomori.example.jp>",
    "アニマルプラザ横浜 <hoken@animalplaza-yokohama.example.jp>",
    "にゃんとも館 <shop@nyantomo.example.jp>",
    "ペットハウス大宮 <omiya@pethouse-omiya.example.jp>",
    "こいぬの家 練馬 <nerima@koinunoie.example.jp>",
    "トリミングサロン ブラン <salon@blanc-trim.example.jp>",
    "ペットワン 立川 <tachikawa@petone.example.jp>",
    "どうぶつ総合病院あおば <uketsuke@aoba-animal.example.jp>",
    "ハッピーテイル 柏店 <kashiwa@happytail.example.jp>",
    "ペットガーデン船橋 <funabashi@petgarden.example.jp>",
]
add(mail("hold", "recipients.visible_outside",
    "13の代理店（別会社）のアドレスを宛先に並べて一斉送信。取引先同士に互いのアドレスが見えるのでBCCにすべき。",
    SASAKI, AGENCIES,
    "【代理店各位】4月商品改定 説明会のご案内",
    f"""
代理店各位

平素より格別のお引き立てを賜り、誠にありがとうございます。
ひだまりペット保険 代理店サポート課の佐々木でございます。

2025年4月1日始期契約からの商品改定（補償割合70%プランの新設、
高齢ペットの更新条件の見直し）について、説明会を下記のとおり開催いたします。

　【第1回】3月12日（水）14:00～15:00（オンライン）
　【第2回】3月14日（金）19:00～20:00（オンライン、店舗営業後の時間帯）
　内容：改定概要、重要事項説明書の変更点、募集時の説明ポイント

参加URLは、3月10日に代理店ポータルのお知らせ欄に掲載いたします。
いずれかの回に、募集人の方1名以上のご参加をお願いいたします。
{SIG_SASAKI}""", "佐々木", "recipients"))

# 36 pass: pet food campaign with JAN codes, corporate number and name-like product names
add(mail("pass", "benign.product_codes",
    "ペットフード会社との共同キャンペーン。JANコード、法人番号、人名に見えるカタカナの商品名（ココ・レオ）が並ぶが、個人情報ではない。",
    SASAKI, ["ニュートリペットフーズ 販促部 <hansoku@nutripet.example.jp>"],
    "春のキャンペーン 対象商品とノベルティの確認",
    f"""
株式会社ニュートリペットフーズ
販売促進部　桑原様

お世話になっております。ひだまりペット保険の佐々木です。
春の共同キャンペーン（4/1～5/31）の対象商品について、リストを確認いたしました。
店頭POPへの掲載は下記の3商品で進めさせていただきます。

　商品名　　　　　　　　　　　　JAN　　　　　　　内容量
　ココ 小型犬用 チキン＆ライス　4582012340016　 2.0kg
　ココ シニア 7歳からの腎臓ケア　4582012340023　 1.8kg
　レオ 室内猫用 まぐろ味　　　　4582012340030　 1.5kg

ノベルティ（保険のパンフレット＋試供品のセット）は、1店舗あたり50セットで、
代理店 42店舗分を3月21日までに各店舗へ直送いただく予定です。

なお、契約書の相手方表記は「株式会社ニュートリペットフーズ（法人番号 9180001077251）」で
よろしいでしょうか。法務の確認が取れ次第、押印版をお送りします。
{SIG_SASAKI}""", "佐々木"))

# 37 hold: driver's licence number to an investigation company
add(mail("hold", "id.driver_license",
    "高額請求の本人確認調査の依頼で、契約者の運転免許証番号・生年月日・住所を外部の調査会社に送っている。",
    NAKAJIMA, ["セキュアリサーチ 調査部 <chosa@secure-research.example.jp>"],
    "高額請求案件の本人確認調査のご依頼（HP-2306-251140）",
    f"""
株式会社セキュアリサーチ
調査部　長尾様

いつもお世話になっております。ひだまりペット保険の中島です。
高額請求案件につき、契約者ご本人の確認調査をお願いしたくご連絡しました。

　証券番号：HP-2306-251140
　契約者：田辺 誠 様
　生年月日：1987年10月2日
　住所：埼玉県さいたま市浦和区高砂4-6-12
　本人確認書類：運転免許証 第301234567890号（東京都公安委員会、令和9年11月2日まで有効）
　請求額：合計 687,300円（2024年11月以降 4件、いずれも同一病院）

住所地に居住実態があるか、申告の飼育頭数（犬1頭）と相違がないかをご確認ください。
調査期間は3週間程度、報告書は書面とPDFでお願いいたします。
{SIG_NAKAJIMA}""", "中島", "body",
    personal=[("driver_license", "301234567890"), ("name", "田辺 誠"),
              ("birthdate", "1987年10月2日"), ("address", "埼玉県さいたま市浦和区高砂4-6-12")]))

# 38 pass: condolence to the policyholder herself
add(mail("pass", "benign.condolence",
    "契約者本人へのお悔やみと解約手続きの案内。本人の契約を本人に伝えるだけで第三者提供ではない。",
    SASAKI, ["村田 千春 <chiharu.murata@icloud.com>"],
    "ココアちゃんのご逝去に際しまして",
    f"""
村田 千春 様

ひだまりペット保険 お客様サービス部の佐々木でございます。

このたびは、ココアちゃんのご逝去の報に接し、謹んでお悔やみ申し上げます。
10年以上にわたり、ご家族として大切に過ごしてこられたことと存じます。
心よりご冥福をお祈りいたします。

お電話でお伺いしました手続きについて、改めてご案内いたします。
　・2月分までの通院費のご請求は、3年以内であればいつでも可能です
　・ご契約（証券番号 HP-1411-002958）は、2月28日付で解約のお手続きをいたします
　・3月分の保険料はご請求いたしません

お手続きに必要な書類は、本日ご自宅あてに郵送いたしました。
ご不明な点がございましたら、どうぞお気軽にご連絡くださいませ。
{SIG_SASAKI}""", "佐々木"))

# 39 hold: customer's complaint letter with full contact (attachment) to the vet
add(mail("hold", "personal.contact",
    "本文は確認依頼だけだが、添付のお申し出書にお客様の氏名・住所・電話・メールと苦情の全文があり、苦情の相手方である動物病院に渡している。",
    SASAKI, ["さくら動物病院 事務長 <jimu@sakura-ah.example.jp>"],
    "お客様からのお申し出について（ご確認のお願い）",
    f"""
さくら動物病院
事務長　福井様

いつもお世話になっております。
ひだまりペット保険 お客様サービス部の佐々木です。

弊社のお客様から、貴院の診療明細書の記載内容に関してお申し出がございました。
お申し出書を添付いたしますので、ご確認いただけますでしょうか。

弊社としては、明細の「処置料」の内訳が分かれば保険金のお支払いが可能です。
恐れ入りますが、3月14日頃までにご見解をお聞かせいただけますと幸いです。
{SIG_SASAKI}""", "佐々木", "attachment",
    attachments=[att("お申し出書_20250304.docx", DOCX, """
お申し出書

受付日：2025年3月4日　受付者：お客様サービス部 佐々木
お客様氏名：上田 美咲 様
証券番号：HP-2202-099461（ネコちゃん「ソラ」）
ご住所：東京都世田谷区経堂3-28-6 グリーンハイツ経堂101
電話番号：080-3947-2216
メールアドレス：misaki.ueda.sora@gmail.com

お申し出内容：
2月にさくら動物病院で猫の歯石除去をしてもらった。明細に「処置料 一式 48,000円」としか書いていないため、
保険会社から内訳がないと払えないと言われた。病院に電話したら受付の人に「保険のことはうちは関係ない」と言われ、
とても不快だった。病院にきちんと内訳を書くよう指導してほしい。回答はメールで欲しい。
""")],
    personal=[("name", "上田 美咲"), ("address", "東京都世田谷区経堂3-28-6 グリーンハイツ経堂101"),
              ("phone", "080-3947-2216"), ("email", "misaki.ueda.sora@gmail.com")]))

# 40 pass: project mail, 6 visible addresses from 2 companies
add(mail("pass", "benign.project_cc",
    "新請求システムのキックオフ連絡。宛先は2社6名（外部は3名）で、案件関係者への通常の共有。",
    FUJII, ["村上 隆 <t-murakami@cloudbase.example.jp>", "大橋 由衣 <y-ohashi@cloudbase.example.jp>",
            "陳 文傑 <w-chen@cloudbase.example.jp>"],
    "【請求システム刷新】キックオフ日程と事前資料",
    f"""
株式会社クラウドベース
村上様、大橋様、陳様

（cc：当社 中島、宮田、長谷川）

お世話になっております。ひだまりペットの藤井です。
請求システム刷新プロジェクトのキックオフを、下記で確定いたしました。

　日時：3月18日（火）10:00～12:00
　場所：当社 8階 会議室A（オンライン併用）
　議題：
　　1. プロジェクト体制・会議体
　　2. 現行業務フロー（保険金請求～支払）のご説明（中島）
　　3. 要件定義の進め方とスケジュール（貴社）
　　4. 決済・支払連携の前提（藤井・長谷川）

事前資料として、現行の業務フロー図と画面一覧を共有フォルダに格納しました。
お手数ですが、前日までにご一読いただけますと幸いです。
{SIG_FUJII}""", "藤井",
    cc=["中島 亮介 <r-nakajima@hidamari-pet.example.jp>", "宮田 翔 <s-miyata@hidamari-pet.example.jp>",
        "長谷川 恵 <m-hasegawa@hidamari-pet.example.jp>"]))
