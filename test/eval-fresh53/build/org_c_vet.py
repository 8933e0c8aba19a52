"""Org C: みどりの森動物病院グループ (veterinary hospital group; owners are customers)."""
from common import (M, addr, att, enc_zip, XLSX, CSV, PDF, ZIP, luhn_complete,
                    fmt4)

ORG = "C"
DOM = "midorinomori-vet.example.jp"

SAEKI = addr("佐伯 誠（みどりの森動物病院）", f"saeki@{DOM}")
HASEGAWA = addr("みどりの森動物病院 長谷川 美穂", f"hasegawa@{DOM}")
OKADA = addr("岡田 亮介", f"okada@{DOM}")

SIG_SAEKI = """
──────────────────────────────
みどりの森動物病院グループ 本院
院長／獣医師　佐伯 誠（Makoto Saeki, DVM, PhD）
日本獣医循環器学会 認定医
〒194-0022 東京都町田市森野2-17-5
TEL 042-555-8100　FAX 042-555-8101
診療時間 9:00-12:00 / 16:00-19:00（木曜・祝日休診）
夜間救急センター 042-555-8199（20:00-翌8:00）
https://www.midorinomori-vet.example.jp
──────────────────────────────
"""

SIG_HASEGAWA = """
みどりの森動物病院グループ
受付・お客様サービス担当　長谷川 美穂
TEL 042-555-8100（代表）
※ご予約の変更はWeb予約ページからも承っております
"""

SIG_OKADA = """
----------------------------------------
株式会社みどりの森アニマルケア
（みどりの森動物病院グループ 本部）総務経理課
岡田 亮介 / Ryosuke Okada
〒194-0013 東京都町田市原町田5-9-2 みどりの森ビル4F
TEL 042-555-8120 / FAX 042-555-8121
----------------------------------------
"""

CARD_KOMATSU = luhn_complete("523418760291437")


def mails():
    out = []

    # ---------------- HOLDS ----------------
    out.append(M(
        "C-h1", "hold", "id.card", "body", "長谷川 美穂",
        "A pet owner's full card number, expiry and name are passed to the food-delivery partner in plain mail, together with her address and phone.",
        HASEGAWA, [addr("株式会社ペットフードダイレクト 受注センター", "order@petfood-direct.example.co.jp")],
        "療法食 お電話注文分の手配依頼（小松様）",
        f"""
ペットフードダイレクト 受注センター 御中

いつもお世話になっております。
みどりの森動物病院 本院の長谷川です。

本日お電話でご注文いただいた飼い主様の療法食について、直送の手配をお願いいたします。
いつものWeb発注画面がメンテナンス中のため、メールにて失礼いたします。

　飼い主様：小松 絵里香 様
　お届け先：〒194-0041 東京都町田市玉川学園7-21-3
　電話　　：080-4137-2295
　商品　　：腎臓サポート ドライ（猫用）2kg × 3袋
　お支払い：クレジットカード
　　カード番号 {fmt4(CARD_KOMATSU)}
　　有効期限 09/28　名義 ERIKA KOMATSU

配達日時のご希望は特にないとのことです。
お手数ですが、手配完了のご連絡をいただけますと幸いです。
{SIG_HASEGAWA}""",
        personal=[("name", "小松 絵里香"), ("address", "東京都町田市玉川学園7-21-3"),
                  ("phone", "080-4137-2295"), ("card_number", fmt4(CARD_KOMATSU))]))

    out.append(M(
        "C-h2", "hold", "sensitive.infection", "body", "長谷川 美穂",
        "Replying to an owner's wife, reception tells her that the named veterinarian has been diagnosed with COVID-19 (a third person's infection told to a customer's family).",
        HASEGAWA, [addr("高橋 由香里", "yukari.takahashi.0305@gmail.com")],
        "Re: チョコの手術日について",
        f"""
高橋 由香里 様

いつもみどりの森動物病院をご利用いただき、ありがとうございます。
受付の長谷川でございます。

ご主人様からご予約いただいておりましたチョコちゃんの歯科処置（6月19日）の件、
急な変更となり大変申し訳ございません。
執刀予定だった獣医師の北村が、新型コロナウイルス感染症と診断され、今週いっぱい出勤停止となっております。

代わりの日程として、以下をご提案させてください。
　・6月26日（木）午前 ※北村が復帰後に担当
　・6月24日（火）午前 ※院長 佐伯が担当

前日夜9時以降の絶食はこれまでどおりお願いいたします。
ご都合をお知らせいただけますと幸いです。
{SIG_HASEGAWA}
> 夫から手術が延期になったと聞きました。何かあったのでしょうか？
> 次はいつになりますか。　高橋""",
        personal=[("name", "北村"), ("infection", "新型コロナウイルス感染症と診断")]))

    out.append(M(
        "C-h3", "hold", "id.bank_account", "body", "岡田 亮介",
        "Two freelance groomers' personal bank accounts (private persons) are sent to the outside accounting firm.",
        OKADA, [addr("石田会計事務所 鈴木 様", "suzuki@ishida-kaikei.example.jp")],
        "6月分 業務委託報酬（トリマー2名）の振込依頼",
        f"""
石田会計事務所
鈴木 様

いつもお世話になっております。みどりの森の岡田です。
6月分の業務委託報酬について、下記のとおり振込をお願いいたします（支払日 7/10）。

1. 浅野 美咲 様（フリーランス・トリマー、緑が丘分院担当）
　報酬 286,000円（源泉徴収 29,204円控除後 256,796円）
　振込先：ゆうちょ銀行 〇一八店（018）普通 3928174　アサノ ミサキ

2. 松井 遼 様（フリーランス・トリマー、本院担当）
　報酬 198,000円（源泉徴収 20,215円控除後 177,785円）
　振込先：多摩中央信用金庫 町田支店 普通 0662519　マツイ リョウ

請求書（インボイス登録なし）は共有フォルダの「2025_06_委託」に保存しております。
{SIG_OKADA}""",
        personal=[("name", "浅野 美咲"), ("bank_account", "ゆうちょ銀行 〇一八店（018）普通 3928174　アサノ ミサキ"),
                  ("name", "松井 遼"), ("bank_account", "多摩中央信用金庫 町田支店 普通 0662519　マツイ リョウ")]))

    out.append(M(
        "C-h4", "hold", "list.customers", "attachment", "長谷川 美穂",
        "Owner list (names, addresses, phones, pets) for vaccination reminder postcards goes to the DM printer; only the CSV holds it.",
        HASEGAWA, [addr("株式会社アドプリント町田 制作部 田代 様", "tashiro@adprint-machida.example.co.jp")],
        "7月発送分 ワクチンご案内ハガキの宛名データ",
        f"""
アドプリント町田
田代 様

お世話になっております。みどりの森動物病院の長谷川です。
7月発送分の混合ワクチンご案内ハガキの宛名データを添付いたします。

・件数：本院・緑が丘分院あわせて412件（添付は抜粋ではなく全件です）
・デザインは前回（4月）と同じで、ペットのお名前を差し込みでお願いします
・投函予定日：7月3日（木）

校正は6月27日までにいただけると助かります。
{SIG_HASEGAWA}""",
        attachments=[att("wakuchin_dm_202507.csv", CSV, """
顧客番号,飼い主氏名,郵便番号,住所,電話番号,ペット名,種類,前回接種日
M-00187,久保田 正人,194-0022,東京都町田市森野3-4-18,042-555-3318,レオ,犬（トイプードル）,2024/07/02
M-00231,三好 千尋,194-0013,東京都町田市原町田2-9-1-503,090-2281-6640,ミルク,猫（スコティッシュ）,2024/07/11
M-00302,荒木 達也,194-0032,東京都町田市本町田1554-2,080-7702-1934,ハチ,犬（柴）,2024/06/28
M-00355,Smith Jennifer,194-0041,東京都町田市玉川学園5-3-9,070-3319-8826,Biscuit,犬（ビーグル）,2024/07/15
M-00419,野口 さとみ,195-0062,東京都町田市大蔵町881-4,090-6654-2210,こむぎ,猫（雑種）,2024/07/05
（以下 407件）
""")],
        personal=[("name", "久保田 正人"), ("address", "東京都町田市森野3-4-18"),
                  ("phone", "042-555-3318"), ("name", "三好 千尋"),
                  ("phone", "090-2281-6640"), ("name", "野口 さとみ"),
                  ("address", "東京都町田市大蔵町881-4")]))

    out.append(M(
        "C-h5", "hold", "sensitive.health", "attachment", "岡田 亮介",
        "Staff health-check results with names and findings (hypertension, liver values, ECG) are sent to an outside 社労士 office; body is a neutral cover note.",
        OKADA, [addr("さくら社会保険労務士法人 中西 様", "nakanishi@sakura-sr.example.jp")],
        "産業医面談の対象者選定資料（2025年度定期健診）",
        f"""
さくら社会保険労務士法人
中西 様

お世話になっております。みどりの森の岡田です。
先日のお打合せでご依頼のあった資料を添付いたします。
産業医の先生との面談日程の調整は、7月第2週を目安に進めていただければ幸いです。

よろしくお願いいたします。
{SIG_OKADA}""",
        attachments=[att("健診結果_要面談者一覧_2025.xlsx", XLSX, """
[要面談者]
所属	氏名	年齢	判定	所見	備考
本院	河合 純一	48	D（要治療）	高血圧（168/102）	昨年も同判定、未受診
本院	大塚 恵	35	C（要精密検査）	肝機能 ALT 92 / γ-GTP 188	
緑が丘分院	吉岡 拓海	29	C（要精密検査）	心電図 完全右脚ブロック	
夜間救急	石井 さやか	41	D（要治療）	HbA1c 7.9%（糖尿病疑い）	夜勤従事者
""")],
        personal=[("name", "河合 純一"), ("diagnosis", "高血圧（168/102）"),
                  ("name", "大塚 恵"), ("diagnosis", "肝機能 ALT 92 / γ-GTP 188"),
                  ("name", "石井 さやか"), ("diagnosis", "HbA1c 7.9%（糖尿病疑い）")]))

    out.append(M(
        "C-h6", "hold", "personal.contact", "quoted", "佐伯 誠",
        "An owner's complaint mail with her full name, address, mobile and e-mail is forwarded to the insurance agent; the new text only asks for advice.",
        SAEKI, [addr("あおい保険サービス 獣医師賠償責任保険担当 村田 様", "murata@aoi-hoken.example.co.jp")],
        "Fw: 入院中の事故についての苦情",
        f"""
村田様

いつもお世話になっております。みどりの森動物病院の佐伯です。
昨日お電話でご相談した件、飼い主様からのメールを転送いたします。
事故報告書は本日中に作成してお送りしますので、保険適用の可否についてご意見をいただけますと幸いです。
{SIG_SAEKI}
---------- 転送メッセージ ----------
From: 西田 麻衣 <mai.nishida.88@docomo.ne.jp>
Date: 2025年6月16日(月) 21:47
Subject: 入院中の事故についての苦情
To: info@midorinomori-vet.example.jp

みどりの森動物病院 御中

6月12日から入院させていた愛犬モモ（ミニチュアダックス）が、退院時に前足を骨折していました。
説明では「ケージの扉に挟まった」とのことでしたが、納得できません。
治療費と慰謝料について、誠意ある対応を求めます。

西田 麻衣
〒194-0003 東京都町田市小川4-12-7 サンハイツ小川102
携帯 090-8827-4153
""",
        personal=[("name", "西田 麻衣"), ("email", "mai.nishida.88@docomo.ne.jp"),
                  ("address", "東京都町田市小川4-12-7 サンハイツ小川102"),
                  ("phone", "090-8827-4153")]))

    out.append(M(
        "C-h7", "hold", "sensitive.disability", "quoted", "長谷川 美穂",
        "The pet-taxi request quotes the owner's own mail stating she is totally blind with a grade-1 disability certificate, plus her address.",
        HASEGAWA, [addr("ペットタクシーまちだ 配車係", "haisha@pettaxi-machida.example.jp")],
        "送迎のご依頼（6/25 本院）",
        f"""
ペットタクシーまちだ 配車係 御中

いつもお世話になっております。みどりの森動物病院の長谷川です。
下記のお客様の送迎をお願いできますでしょうか。

　日時：6月25日（水）10:30 ご自宅お迎え → 11:00 本院着、お帰りは12:00頃
　ペット：盲導犬のラブラドール（健康診断）

料金は当院でまとめてお支払いいたします。詳細はお客様からのメールをご参照ください。
{SIG_HASEGAWA}
> From: 平野 和子 <kazuko.hirano@ezweb.ne.jp>
> Sent: 2025/06/17 14:22
>
> いつもお世話になっております。平野です。
> 私は全盲で、身体障害者手帳1級を持っています。盲導犬のベルと暮らしています。
> ベルの健康診断の際、いつも頼んでいた知人が来られなくなりました。
> 送迎のタクシーをお願いできますか。
> 住所は町田市鶴川6-7-3 鶴川ハイツ2号棟305です。玄関前までお願いします。
> 電話 042-555-7316
""",
        personal=[("name", "平野 和子"), ("disability", "全盲で、身体障害者手帳1級"),
                  ("address", "町田市鶴川6-7-3 鶴川ハイツ2号棟305"),
                  ("phone", "042-555-7316")]))

    out.append(M(
        "C-h8", "hold", "sensitive.infection", "subject", "佐伯 誠",
        "The subject names an owner (with age) suspected of SFTS; the body only refers to a phone call and a cat sample.",
        SAEKI, [addr("町田保健所 生活衛生課 感染症担当", "kansensho@machida-hokenjo.example.jp")],
        "飼い主 井上 隆 様（68歳）SFTS発症の疑い―飼い猫からの感染可能性について",
        f"""
町田保健所 生活衛生課
感染症ご担当者様

いつもお世話になっております。
みどりの森動物病院の佐伯でございます。

標記の件、先ほどお電話でお話しした内容の確認としてご連絡いたします。
当該の猫（7歳、雑種）は本日より当院の隔離室で管理しており、
血液検体は冷蔵で保管しております。

検体の送付方法と、スタッフの防護について追加のご指示があればお知らせください。
{SIG_SAEKI}""",
        personal=[("name", "井上 隆"), ("infection", "SFTS発症の疑い")]))

    out.append(M(
        "C-h9", "hold", "attachment.encrypted_zip", "zip", "佐伯 誠",
        "Clinical records for a referral sent as a password ZIP with the password in a separate mail (PPAP).",
        SAEKI, [addr("東都大学 動物医療センター 腫瘍科 受付", "oncology@vmc.toto-u.example.ac.jp")],
        "紹介患者 診療記録一式の送付（パスワード別送）",
        f"""
東都大学 動物医療センター
腫瘍科 ご担当者様

いつもお世話になっております。
みどりの森動物病院の佐伯です。

6月27日ご予約の紹介患者について、当院の診療記録一式（血液検査、X線、CT所見）を
パスワード付きZIPにてお送りいたします。パスワードは別途メールでお送りします。

何卒よろしくお願い申し上げます。
{SIG_SAEKI}""",
        attachments=[enc_zip("紹介_診療記録一式_0627.zip")]))

    puppy_to = [
        addr("久保田 正人", "m.kubota.machida@gmail.com"),
        addr("三好 千尋", "chihiro.miyoshi@yahoo.co.jp"),
        addr("荒木 達也", "tatsuya-araki@nifty.example.com"),
        addr("Jennifer Smith", "jen.smith.tokyo@gmail.com"),
        addr("野口 さとみ", "satomi_noguchi@icloud.com"),
        addr("坂井 優斗", "yuto.sakai1993@gmail.com"),
        addr("金子 亜希", "aki.kaneko@outlook.jp"),
        addr("前田 浩", "h-maeda@maeda-sekkei.example.co.jp"),
        addr("菅原 綾", "aya.sugawara.77@gmail.com"),
        addr("服部 雄一", "yuichi.hattori@softbank.example.ne.jp"),
        addr("今村 理沙", "risa.imamura@gmail.com"),
        addr("上野 智子", "tomoko.ueno@ezweb.ne.jp"),
        addr("関 祐介", "seki.yusuke@yahoo.co.jp"),
    ]
    out.append(M(
        "C-h10", "hold", "recipients.visible_external", "recipients", "長谷川 美穂",
        "Puppy-class invitation sent to 13 owners' private addresses visible in To (should be BCC).",
        HASEGAWA, puppy_to,
        "【みどりの森】7月のパピー教室のご案内",
        f"""
飼い主の皆さま

いつもみどりの森動物病院をご利用いただき、ありがとうございます。
7月のパピー教室の日程が決まりましたので、ご案内いたします。

　日時：7月12日（土）・26日（土）14:00〜15:30（全2回）
　場所：本院2階 多目的ルーム
　対象：生後3〜6か月のワンちゃん（2回目のワクチン接種済み）
　内容：社会化トレーニング、歯みがき練習、しつけ相談
　参加費：2回で3,300円（税込）

お申し込みは受付または本メールへの返信でお願いいたします（定員8組）。
{SIG_HASEGAWA}""",
    ))

    # ---------------- PASSES ----------------
    out.append(M(
        "C-p1", "pass", "benign.animal_health", None, "佐伯 誠",
        "Referral letter to a specialist hospital: the diagnosis (腫瘍, 血管肉腫疑い) is the dog's; the owner appears by surname only.",
        SAEKI, [addr("東都大学 動物医療センター 腫瘍科 松岡 先生", "matsuoka@vmc.toto-u.example.ac.jp")],
        "ご紹介：柴犬 ココ（9歳・避妊雌）脾臓腫瘤の精査のお願い",
        f"""
東都大学 動物医療センター 腫瘍科
松岡 先生

いつも大変お世話になっております。みどりの森動物病院の佐伯です。
下記の症例について、精査と治療方針のご相談をお願いしたくご紹介いたします。

　患者：ココ（柴犬、避妊雌、9歳2か月、11.4kg）
　飼い主：田村様（当院には2016年から通院）

　経過：
　・6/9 元気消失と軽度の貧血（PCV 29%）で来院
　・腹部エコーで脾臓に径4.2cmの腫瘤、少量の腹水あり
　・胸部X線で明らかな転移像なし
　・血管肉腫を第一に疑い、血腫・結節性過形成を鑑別に挙げています
　・感染症スクリーニング（フィラリア抗原、SFTS）は陰性

飼い主様は手術を含めた積極的な治療を希望されています。
6月27日（金）午前の初診枠でご予約をいただいております。
画像データは別途、院間共有システムでお送りいたします。
{SIG_SAEKI}"""))

    out.append(M(
        "C-p2", "pass", "benign.animal_infection", None, "佐伯 誠",
        "\"感染症\" and \"隔離\" are about a dog with parvovirus; no owner or person identified.",
        SAEKI, [addr("ペットホテル ポラリス 支配人 宮本 様", "miyamoto@polaris-pethotel.example.jp")],
        "当院入院室でのパルボウイルス感染症発生について（共有）",
        f"""
ペットホテル ポラリス
支配人　宮本 様

いつもお世話になっております。みどりの森動物病院の佐伯です。
念のための情報共有です。

6月14日、当院に入院した子犬1頭が犬パルボウイルス感染症と確定しました。
当該の犬は直ちに隔離室へ移し、一般入院室は塩素系消毒剤で消毒済みです。
同時期に入院していた犬（3頭）にも現在のところ症状は出ていません。

御社にお預けいただく予定の当院経由のワンちゃん（6/20〜）については、
出発前に念のため健康チェックを行い、ワクチン接種歴の証明書を添えてお送りします。

ご不明点があればお電話ください。
{SIG_SAEKI}"""))

    out.append(M(
        "C-p3", "pass", "benign.corporate_bank", None, "岡田 亮介",
        "Notice of a change of the group company's corporate bank account to a supplier.",
        OKADA, [addr("株式会社アニマルメディカ 経理部 御中", "keiri@animal-medica.example.co.jp")],
        "【重要】振込先口座変更のお知らせ（株式会社みどりの森アニマルケア）",
        f"""
株式会社アニマルメディカ
経理部 御中

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
このたび、取引銀行の店舗統合に伴い、弊社の振込先口座を下記のとおり変更いたします。

　【変更前】多摩中央信用金庫 原町田支店 普通 1102938
　【変更後】多摩中央信用金庫 町田支店（店番 012）普通 2210457
　口座名義：カ）ミドリノモリアニマルケア

　適用開始：2025年8月1日 お振込み分から

返品・過払い等で弊社へご返金いただく場合に使用する口座です。
念のため、本件は書面でも郵送いたします。お電話での口座変更のご依頼は行っておりませんので、
不審な連絡があった場合は下記までお問い合わせください。
{SIG_OKADA}"""))

    out.append(M(
        "C-p4", "pass", "benign.product_names", None, "長谷川 美穂",
        "Order list with JAN codes and katakana product names that look like given names (ハナ, ソラ, メイ); no people involved.",
        HASEGAWA, [addr("株式会社アニマルメディカ 町田営業所 受注係", "machida-order@animal-medica.example.co.jp")],
        "物販品 追加発注（6/18）",
        f"""
アニマルメディカ 町田営業所
受注係 御中

お世話になっております。みどりの森動物病院 本院の長谷川です。
物販コーナーの商品を下記のとおり追加発注いたします。

　JANコード　　　　商品名　　　　　　　　　　　　　数量
　4589012345676　　ハナ 低刺激シャンプー 300mL　　　12
　4589012345683　　ソラ デンタルガム Sサイズ　　　　24
　4589012345690　　メイ 関節サポート 60粒　　　　　　6
　4571234567899　　レオ ふりかけ（チキン）　　　　　10
　4901234567894　　ロイヤル 耳そうじローション　　　8

※「メイ 関節サポート」は前回ロット（LOT 24K118）の在庫が残り2個です。
納品は6/20（金）午前でお願いできますでしょうか。
{SIG_HASEGAWA}"""))

    out.append(M(
        "C-p5", "pass", "benign.masked_card", None, "長谷川 美穂",
        "Receipt re-sent in English to the owner herself, card masked except last four digits.",
        HASEGAWA, [addr("Olivia Bennett", "olivia.bennett.machida@gmail.com")],
        "Your receipt – Midori-no-Mori Animal Hospital (visit on 14 June)",
        f"""
Dear Ms. Bennett,

Thank you for visiting us with Pepper on Saturday. As requested, here is a copy of your receipt for your pet insurance claim.

  Receipt No.: R-2025-061404
  Date: 14 June 2025
  Patient: Pepper (cat, 4 y)
  Consultation                 ¥1,650
  Blood test (CBC + chemistry)  ¥8,800
  Subcutaneous fluids           ¥2,200
  Medication (7 days)          ¥3,080
  Total (incl. tax)           ¥15,730
  Paid by: VISA **** **** **** 1881

Your insurer may also ask for the itemised statement (明細書). It is attached to your account in our app, or we can print it for you at reception.

Best wishes to Pepper!

Miho Hasegawa
Reception / Customer Service
Midori-no-Mori Animal Hospital Group
Tel: +81-42-555-8100"""))

    out.append(M(
        "C-p6", "pass", "benign.meeting", None, "佐伯 誠",
        "Study-session scheduling with a pharma rep; reply chain with partner staff names and signatures only.",
        SAEKI, [addr("ノースファーマ アニマルヘルス 吉川 様", "yoshikawa@northpharma-ah.example.co.jp")],
        "Re: 院内勉強会（心臓病の新薬）のご案内について",
        f"""
吉川様

ご調整ありがとうございます。
それでは、7月3日（木）19:30〜20:30 本院2階セミナールームでお願いいたします。
当院の獣医師8名、動物看護師6名ほどが参加予定です。

プロジェクターは当院のものをお使いいただけます（HDMI）。
お弁当のご配慮は不要です。

当日はよろしくお願いいたします。
{SIG_SAEKI}
-----Original Message-----
From: 吉川 健太 <yoshikawa@northpharma-ah.example.co.jp>
Sent: Monday, June 16, 2025 6:12 PM
To: 佐伯 誠
Cc: 宇野 真由美 <uno@northpharma-ah.example.co.jp>
Subject: 院内勉強会（心臓病の新薬）のご案内について

佐伯先生

いつも大変お世話になっております。ノースファーマ アニマルヘルスの吉川でございます。
先日ご案内した犬の僧帽弁閉鎖不全症の新薬について、院内勉強会のお時間をいただけないでしょうか。
学術担当の宇野（獣医師）が説明いたします。候補日は7月1日（火）、3日（木）の夜です。

━━━━━━━━━━━━━━━━━━
ノースファーマ アニマルヘルス株式会社
コンパニオンアニマル事業部 東京第二営業所
吉川 健太（Kenta Yoshikawa）
携帯 080-5555-9231
〒160-0023 東京都新宿区西新宿6-10-1
━━━━━━━━━━━━━━━━━━
""",
        cc=[addr("宇野 真由美", "uno@northpharma-ah.example.co.jp")]))

    out.append(M(
        "C-p7", "pass", "benign.condolence", None, "佐伯 誠",
        "Condolence letter in English to an owner about his dog's death; the illness is the animal's and the mail goes to the owner himself.",
        SAEKI, [addr("David Kim", "david.kim.tokyo@gmail.com")],
        "Thinking of you and Max",
        f"""
Dear Mr. Kim,

All of us at Midori-no-Mori were so sad to hear that Max passed away peacefully at home on Sunday.

Max fought his kidney disease for almost two years, far longer than we had dared to hope, and that was thanks to the care you gave him: the daily fluids, the special diet and all those early-morning visits. The nurses still talk about how he would wag his tail at the reception desk even on his bad days.

Please don't worry about the remaining balance on your account; it has been closed. If you would like a paw print or a lock of his fur, we took both on his last visit and will keep them for you.

If there is anything we can do, or if you simply want to talk about Max, please call me.

With heartfelt sympathy,

Makoto Saeki, DVM
Director, Midori-no-Mori Animal Hospital
Tel: +81-42-555-8100"""))

    out.append(M(
        "C-p8", "pass", "benign.religious_corp", None, "岡田 亮介",
        "Contract mail with a 宗教法人 that runs a pet cemetery (a business partner), with corporate invoice details.",
        OKADA, [addr("宗教法人 慈恩寺 ペット霊園 事務所", "reien@jionji.example.or.jp")],
        "ペット火葬 取次業務委託契約の更新について",
        f"""
宗教法人 慈恩寺
ペット霊園 事務所 御中

いつもお世話になっております。
みどりの森動物病院グループ 本部の岡田でございます。

7月末で満了となるペット火葬の取次業務委託契約について、下記の条件で更新をお願いしたく存じます。

　契約期間：2025年8月1日〜2026年7月31日（1年、自動更新条項あり）
　取次手数料：火葬料金の10%（据え置き）
　ご遺体のお引取り：本院・緑が丘分院とも、平日16時・土曜13時（変更なし）
　合同供養祭：例年どおり9月の彼岸にご案内いただけますと幸いです

貴寺様からの請求書は、従来どおり月末締め・翌月20日払いで、
適格請求書発行事業者番号（T3012305004711）のご記載をお願いいたします。

契約書2部は来週郵送いたしますので、ご捺印のうえ1部ご返送ください。
{SIG_OKADA}"""))

    out.append(M(
        "C-p9", "pass", "benign.plain_zip", None, "岡田 亮介",
        "Unencrypted ZIP of poster artwork and texts for the print shop.",
        OKADA, [addr("有限会社まちだ印刷 営業 小林 様", "kobayashi@machida-insatsu.example.jp")],
        "院内掲示ポスターの入稿データ（ZIP）",
        f"""
まちだ印刷
小林 様

お世話になっております。みどりの森の岡田です。
院内掲示用ポスター3種の入稿データをZIPでお送りします（パスワードはかけておりません）。

・A2 × 各10枚、マット紙でお願いします
・納品は7月4日までに本部（原町田）へ

お見積りをいただけましたら、すぐに発注いたします。
{SIG_OKADA}""",
        attachments=[att("poster_202507.zip", ZIP, """
poster_A2_filaria.ai
  「フィラリア予防、毎月忘れずに！」 5月〜12月 毎月1回の投薬を
poster_A2_dental.ai
  「3歳以上の犬猫の約8割に歯周病が」 デンタルチェック無料 7月・8月
poster_A2_heatstroke.ai
  「熱中症に注意」 散歩は朝夕の涼しい時間に。車内に置き去りにしないでください。
fonts_outlined.txt
""")]))

    out.append(M(
        "C-p10", "pass", "benign.aggregate_health", None, "岡田 亮介",
        "Staff health programme figures (checkup and stress-check rates, rabies pre-exposure vaccination) given only as aggregates to a certification consultant.",
        OKADA, [addr("ウェルビーイング・パートナーズ 健康経営支援室 原田 様", "harada@wellbeing-partners.example.co.jp")],
        "健康経営優良法人（中小規模法人部門）申請データのご提出",
        f"""
ウェルビーイング・パートナーズ
原田 様

お世話になっております。みどりの森の岡田です。
申請書の作成にあたり、ご依頼の数値を下記にまとめました。

　従業員数：62名（獣医師21、動物看護師28、受付・事務13）
　定期健康診断 受診率：100%（2024年度）
　有所見者の再検査受診率：71%（前年 54%）
　ストレスチェック 受検率：94%、高ストレス者の割合：11%
　人獣共通感染症対策：狂犬病ワクチンの職員接種（希望制）実施率 68%
　喫煙率：14%（前年 17%）
　有給休暇取得率：63%

個人別のデータはお渡しできませんので、上記の集計値でご対応いただけますと幸いです。
{SIG_OKADA}"""))

    return out
