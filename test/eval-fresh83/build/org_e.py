"""(E) 株式会社あおぞらケアサービス — 福祉用具貸与事業所「あおぞら福祉用具センター さいたま」"""
from common import M, att, enc_zip, yamato, yamato_also_mynumber, jan13, corp_number, quote

ORG = "E"
DOM = "aozora-care.example.co.jp"

KAWAGUCHI = "川口 誠 <m.kawaguchi@aozora-care.example.co.jp>"
ISHIDA = "あおぞら福祉用具センター 業務課 石田 <gyomu@aozora-care.example.co.jp>"
FUJIMOTO = "藤本 和夫 <k.fujimoto@aozora-care.example.co.jp>"

SIG_KAWAGUCHI = """
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
　株式会社あおぞらケアサービス
　あおぞら福祉用具センター さいたま
　福祉用具専門相談員／福祉住環境コーディネーター2級
　川口 誠（かわぐち まこと）
　〒336-0000 埼玉県さいたま市南区大谷口0-12-3
　TEL 048-0000-8810　FAX 048-0000-8811
　携帯 080-0000-2716（訪問中はこちらへ）
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
"""

SIG_ISHIDA = """
-----------------------------------------
あおぞら福祉用具センター さいたま 業務課
石田 由美
TEL 048-0000-8810 ／ FAX 048-0000-8811
（受付 平日9:00〜17:30）
-----------------------------------------
※このメールアドレスは業務課の共用アドレスです。
"""

SIG_FUJIMOTO = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社あおぞらケアサービス
あおぞら福祉用具センター さいたま　所長　藤本 和夫
〒336-0000 埼玉県さいたま市南区大谷口0-12-3
TEL：048-0000-8810（代）　FAX：048-0000-8811
介護保険 指定福祉用具貸与・特定福祉用具販売 事業所番号 1170500123
https://www.aozora-care.example.co.jp/
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
この電子メールは機密情報を含む場合があります。
宛先に誤りがある場合は、直ちに削除し送信者へご連絡ください。
"""

TRACK_A = yamato("56320418801")
TRACK_MN = yamato_also_mynumber(56320418800)
HOUJIN = corp_number("030001077392")


def mails():
    out = []

    def add(*a, **k):
        out.append(M(ORG, *a, **k))

    # ------------------------------------------------------------ holds: body
    add("kawaguchi", "body", "hold", "sensitive.care_user_diagnosis",
        "A named user's Parkinson's disease, dementia score and falls are sent to the outside care manager, still 要配慮 despite the care purpose.",
        KAWAGUCHI, ["ひだまり居宅介護支援事業所 中原 様 <nakahara@hidamari-kyotaku.example.jp>"],
        "大塚様 特殊寝台・離床センサーのご提案",
        f"""
ひだまり居宅介護支援事業所
中原様

いつもお世話になっております。あおぞら福祉用具センターの川口です。
昨日、大塚 フミ様（84歳）のご自宅を訪問してきましたので、ご報告とご提案です。

・パーキンソン病（ヤールⅢ度）の症状が進んできており、寝返りと起き上がりに時間がかかっています。
・娘さんのお話では、認知症の進行もあり、先月の受診時の長谷川式は14点だったとのことです。
・7月に夜間のトイレ移動で2回転倒されています（幸いけがはなし）。
・現在は一般の布団を使用。要介護3になったので、特殊寝台の貸与対象になります。

ご提案
　① 3モーター特殊寝台（サイドレール・介助バー付）
　② 離床センサー（マット型）…夜間の転倒予防
　③ ポータブルトイレ（購入）…ベッド横に設置

次回のサービス担当者会議でご検討いただけますと幸いです。カタログを郵送いたします。
{SIG_KAWAGUCHI}""",
        personal=[("name", "大塚 フミ"), ("diagnosis", "パーキンソン病（ヤールⅢ度）"),
                  ("diagnosis", "認知症の進行"), ("care_level", "要介護3")])

    add("ishida", "body", "hold", "id.care_insurance_number",
        "A user's long-term-care insurance number, insurer number, birth date and address are sent to another rental provider in the body.",
        ISHIDA, ["ふくしの森 レンタル課 <rental@fukushi-mori.example.co.jp>"],
        "利用者様の引継ぎについて（転居に伴う事業所変更）",
        f"""
株式会社ふくしの森
レンタル課 ご担当者様

お世話になっております。あおぞら福祉用具センター さいたま 業務課の石田です。
先日お電話でお話しした、川口市への転居に伴う引継ぎの件です。
担当ケアマネジャー様からのご依頼により、以下の情報をお送りします。

　利用者氏名：島田 昭三 様（しまだ しょうぞう）
　生年月日　：1941年10月3日
　転居先住所：埼玉県川口市芝新町0-8-14 サンライズ芝302（長女様宅）
　被保険者番号：0312458806
　保険者番号　：112037（さいたま市）※転居後は川口市で再交付予定
　要介護度　　：要介護2（認定有効期間 2025/4/1〜2027/3/31）
　負担割合　　：2割
　貸与中の用具：車いす（自走式）、車いす付属クッション、歩行器（四輪）

当社の貸与は8月31日で終了し、9月1日から貴社での貸与となります。
用具の回収日は8月30日（土）を予定しています。
{SIG_ISHIDA}""",
        personal=[("name", "島田 昭三"), ("birthdate", "1941年10月3日"),
                  ("care_insurance_number", "0312458806"),
                  ("address", "埼玉県川口市芝新町0-8-14 サンライズ芝302")])

    add("ishida", "body", "hold", "id.private_bank_direct_debit",
        "A user's private bank account (bank, branch, number, holder) is typed into a mail to the direct-debit service company.",
        ISHIDA, ["ジャパン収納サービス 口座振替センター <furikae@japan-shuno.example.co.jp>"],
        "口座振替依頼書 不備返却分の再登録について（委託者番号 50012）",
        f"""
ジャパン収納サービス株式会社
口座振替センター ご担当者様

いつもお世話になっております。あおぞら福祉用具センター さいたま 業務課の石田です。
7月送付分のうち、「届出印相違」で金融機関から返却された1件について、
ご家族様に再記入いただいた内容を下記のとおりご連絡します。原本は本日郵送しました。

　委託者番号：50012
　顧客番号　：AZ-0418
　金融機関　：むさし野銀行 浦和東支店（店番 214）
　預金種目　：普通
　口座番号　：5528310
　口座名義　：オオツカ フミ
　振替開始月：2025年10月

10月の振替に間に合うよう、登録をお願いいたします。
{SIG_ISHIDA}""",
        personal=[("bank_account", "5528310"), ("name", "オオツカ フミ"),
                  ("bank", "むさし野銀行 浦和東支店")])

    # ------------------------------------------------------ holds: attachment
    delivery = """
配送日,時間帯,作業,利用者名,住所,電話番号,品目,備考
9/2,AM,納品,大塚 フミ,さいたま市南区大谷口0-3-18,048-0000-5127,特殊寝台3M・マットレス・サイドレール,娘さん立会い
9/2,AM,回収,島田 昭三,さいたま市南区根岸0-5-2,048-0000-7731,車いす・クッション・歩行器,
9/2,PM,納品,渡辺 清子,さいたま市浦和区領家0-11-6,048-0000-2290,手すり（据置型）,
9/2,PM,交換,小松 喜一,さいたま市緑区原山0-2-9,090-0000-4083,エアマット,褥瘡あり・至急
9/3,AM,納品,高野 ミツ,さいたま市南区曲本0-14-1,048-0000-6618,車いす（介助式）,キーボックス暗証 4711
9/3,AM,回収,佐藤 トメ,さいたま市南区文蔵0-7-22,048-0000-3305,特殊寝台一式,ご逝去・ご家族対応
9/3,PM,納品,長岡 茂,さいたま市桜区田島0-4-10,080-0000-1947,スロープ（2m）,
9/3,PM,点検,木村 ハル,さいたま市南区別所0-9-3,048-0000-4472,特殊寝台,耳が遠い・チャイム聞こえず
9/4,AM,納品,前田 勇,蕨市中央0-6-15,048-0000-8126,歩行器（四輪）・手すり,
9/4,PM,納品,石原 愛子,戸田市上戸田0-2-27 シティ戸田405,070-0000-3359,車いす（自走式）,
"""
    add("fujimoto", "attachment", "hold", "list.delivery_roster",
        "The attached delivery schedule lists ten users' names, home addresses, phones, equipment and notes (key-box code, pressure sores, a death).",
        FUJIMOTO, ["ことり運輸 配送センター <haisou@kotori-unyu.example.co.jp>"],
        "9/2〜9/4 配送・回収予定表の送付",
        f"""
ことり運輸株式会社
配送センター ご担当者様

いつもお世話になっております。あおぞら福祉用具センターの藤本です。
来週9/2〜9/4の配送・回収予定表を添付いたします。
特殊寝台の納品は2名作業でお願いします。時間帯の変更がある場合は前日までにご連絡ください。
{SIG_FUJIMOTO}""",
        attachments=[att("配送予定_0902-0904.xlsx", delivery)],
        personal=[("name", "小松 喜一"), ("health", "褥瘡あり"), ("phone", "090-0000-4083"),
                  ("name", "高野 ミツ"), ("address", "さいたま市南区曲本0-14-1"), ("key_code", "キーボックス暗証 4711")])

    plan = """
福祉用具サービス計画書（貸与・販売）
作成日：2025年8月18日　作成者：川口 誠（福祉用具専門相談員）

利用者氏名：長岡 茂（ながおか しげる）様　男性　1946年5月27日生（79歳）
住所：埼玉県さいたま市桜区田島0-4-10
要介護度：要介護2　認定期間 2025/6/1〜2026/5/31
居宅介護支援事業所：ひだまり居宅介護支援事業所（担当 中原）

心身の状況：2024年12月に脳梗塞を発症し、左片麻痺が残存。身体障害者手帳2級（肢体不自由）。
　　　　　　右手で杖を使用し屋内歩行は自立、段差の昇降は見守りが必要。高血圧で内服治療中。
家族状況　：長男夫婦と同居。日中は独居。
生活の目標：玄関の段差を一人で安全に昇り降りし、週2回のデイケアに通う。

選定した福祉用具：
　・スロープ（2m・アルミ製）…玄関ポーチ
　・玄関上がり框用 手すり（住宅改修で設置予定）
　・浴室用 手すり・シャワーチェア（販売）
"""
    add("kawaguchi", "attachment", "hold", "sensitive.service_plan_to_builder",
        "The attached service plan gives a named user's stroke, hemiplegia, disability handbook grade and home address to a building contractor.",
        KAWAGUCHI, ["宮田建工 宮田 様 <miyata@miyata-kenko.example.co.jp>"],
        "田島の手すり工事の件（計画書送付）",
        f"""
宮田建工
宮田様

いつもお世話になっております。あおぞら福祉用具センターの川口です。
先日ご相談した田島の手すり設置工事の件、当社の計画書を添付いたします。
玄関の上がり框の手すりの位置は、計画書の目標に合わせてご検討ください。
現地確認は9/5（金）の10時でいかがでしょうか。
{SIG_KAWAGUCHI}""",
        attachments=[att("福祉用具サービス計画書_20250818.pdf", plan)],
        personal=[("name", "長岡 茂"), ("birthdate", "1946年5月27日"),
                  ("diagnosis", "脳梗塞を発症し、左片麻痺"), ("disability", "身体障害者手帳2級（肢体不自由）"),
                  ("address", "埼玉県さいたま市桜区田島0-4-10")])

    # ---------------------------------------------------------- holds: quoted
    cm_mail = """
あおぞら福祉用具センター 川口様

いつもお世話になっております。ひだまりの中原です。
野口 拓也さん（38歳）の件です。ALS（筋萎縮性側索硬化症）の進行で、
現在の車いすでは座位が保てなくなってきました。先月から胃ろうも造設しています。
生活保護を受給中のため、障害者総合支援法の補装具費で
ティルト・リクライニング式の車いすを作る方向で、区の福祉課と調整済みです。
更生相談所の判定日は9月10日です。それまでに採寸と見積りをお願いできますか。
ご本人の自宅：さいたま市南区大谷口0-21-5 コーポ大谷口103
"""
    add("kawaguchi", "quoted", "hold", "sensitive.cm_mail_forward_to_maker",
        "The quoted care-manager mail names a user with ALS, a gastrostomy and welfare benefits, with his address, and is forwarded to a wheelchair maker.",
        KAWAGUCHI, ["オーダーチェア工房 営業部 <order@orderchair-kobo.example.co.jp>"],
        "Fw: 補装具（車いす）作製の件",
        f"""
オーダーチェア工房 営業部 ご担当者様

いつもお世話になっております。あおぞら福祉用具センターの川口です。
ティルト・リクライニング式車いすの採寸について、日程の調整をお願いいたします。
経緯はケアマネジャーさんからのメールを下に付けておきます。
9/3（水）か9/4（木）の午後でご都合はいかがでしょうか。
{SIG_KAWAGUCHI}
> -----Original Message-----
> From: 中原 <nakahara@hidamari-kyotaku.example.jp>
> Sent: Wednesday, August 20, 2025 5:48 PM
> To: 川口 誠
> Subject: 補装具（車いす）作製の件
>
{quote(cm_mail)}""",
        personal=[("name", "野口 拓也"), ("diagnosis", "ALS（筋萎縮性側索硬化症）"), ("welfare", "生活保護を受給中"),
                  ("address", "さいたま市南区大谷口0-21-5 コーポ大谷口103")])

    internal = """
藤本所長
お疲れさまです。川口です。
グループホームつばき に入居中の木村 ハルさん（要介護4）が、角化型疥癬と診断されたと
ホームの看護師さんから連絡がありました。ホーム内で他の入居者さん2名にも感染が広がっているそうです。
木村さんのエアマットと車いすは回収して、通常の洗浄とは別に処理が必要だと思います。
回収は防護具をつけて、ビニールで密閉して運びます。
"""
    add("fujimoto", "quoted", "hold", "sensitive.scabies_quoted",
        "The quoted internal note names a user and her scabies infection, and is sent on to an outside disinfection contractor.",
        FUJIMOTO, ["エコクリーン埼玉 業務部 <gyomu@ecoclean-saitama.example.co.jp>"],
        "Fw: 回収品の特別消毒のご依頼",
        f"""
エコクリーン埼玉株式会社
業務部 ご担当者様

いつもお世話になっております。あおぞら福祉用具センターの藤本です。
回収品（エアマット1点・車いす1台）の特別消毒をお願いしたく、日程のご相談です。
経緯は下記の社内連絡をご参照ください。8/28（木）の持込みは可能でしょうか。
{SIG_FUJIMOTO}
---------- Forwarded message ----------
From: 川口 誠 <m.kawaguchi@aozora-care.example.co.jp>
Date: 2025年8月25日(月) 16:20
Subject: 木村さん 回収の件
{quote(internal)}""",
        personal=[("name", "木村 ハル"), ("diagnosis", "角化型疥癬")])

    # --------------------------------------------------------- holds: subject
    add("fujimoto", "subject", "hold", "sensitive.subject_terminal_cancer",
        "The subject names a deceased user and her terminal pancreatic cancer to the delivery contractor; the body is only the pickup time.",
        FUJIMOTO, ["ことり運輸 配送センター <haisou@kotori-unyu.example.co.jp>"],
        "【至急回収】佐藤 トメ様 ご逝去（末期膵がん）に伴う特殊寝台一式の回収",
        f"""
ことり運輸 配送センター ご担当者様

お世話になっております。あおぞら福祉用具センターの藤本です。
標記の件、9/3（水）午前中で手配をお願いします。
ご家族が10時以降ご在宅です。回収品は当センターの倉庫へお願いします。
{SIG_FUJIMOTO}""",
        personal=[("name", "佐藤 トメ"), ("diagnosis", "末期膵がん")])

    # ------------------------------------------------------------- holds: zip
    add("ishida", "zip", "hold", "attachment.encrypted_zip",
        "A password-protected zip (PPAP) of monthly service records goes to the care manager; its contents cannot be inspected.",
        ISHIDA, ["ひだまり居宅介護支援事業所 中原 様 <nakahara@hidamari-kyotaku.example.jp>"],
        "7月分 サービス提供実績の送付",
        f"""
ひだまり居宅介護支援事業所
中原様

いつもお世話になっております。あおぞら福祉用具センター 業務課の石田です。
7月分のサービス提供実績（12名分）をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせします。
ご確認のほどよろしくお願いいたします。
{SIG_ISHIDA}""",
        attachments=[enc_zip("提供実績_2025年7月分_ひだまり様.zip")])

    # ------------------------------------------------------ holds: recipients
    cms = [
        "ひだまり居宅介護支援事業所 中原 様 <nakahara@hidamari-kyotaku.example.jp>",
        "ケアプランセンターみどり <info@careplan-midori.example.jp>",
        "浦和東ケアサポート 佐々木 様 <sasaki@urawa-east-care.example.jp>",
        "居宅介護支援 こもれび <cm@komorebi-kyotaku.example.jp>",
        "南区地域包括支援センター <houkatsu-minami@saitama-houkatsu.example.or.jp>",
        "ケアマネ事務所 あゆみ 村瀬 様 <murase@ayumi-cm.example.jp>",
        "さくら草ケアプラン <sakurasou@sakurasou-care.example.jp>",
        "武蔵浦和居宅介護支援センター <kyotaku@musashiurawa-care.example.or.jp>",
        "フリーケアマネ 安田 様 <yasuda.cm.saitama@gmail.com>",
        "いろどり居宅介護支援 <irodori@irodori-kaigo.example.co.jp>",
        "蕨ケアプランセンター 小島 様 <kojima@warabi-careplan.example.jp>",
        "戸田市社協 居宅介護支援事業所 <kyotaku@toda-shakyo.example.or.jp>",
    ]
    add("fujimoto", "recipients", "hold", "recipients.caremanagers_visible",
        "Twelve care-management offices and a freelance care manager's private address are visible in To; the invitation should have gone by BCC.",
        FUJIMOTO, cms,
        "【ご案内】秋の福祉用具展示会・体験会（10/4 土）",
        f"""
居宅介護支援事業所 ケアマネジャーの皆様

いつも大変お世話になっております。あおぞら福祉用具センター さいたま 所長の藤本です。
今年も秋の福祉用具展示会・体験会を開催いたします。

　日時：2025年10月4日（土）10:00〜16:00
　会場：あおぞら福祉用具センター さいたま 1階 展示場
　主な展示：新型の特殊寝台（3モーター・低床）、自動排泄処理装置、歩行アシスト機器、入浴用品
　ミニセミナー：13:30〜「福祉用具の選定・貸与と販売の選択制について」（講師：当社 川口）

ご利用者様・ご家族様とご一緒のご来場も歓迎です。駐車場は20台ございます。
ご参加の人数を9/26までにお知らせいただけますと幸いです。
{SIG_FUJIMOTO}""")

    # ------------------------------------------------------------------ passes
    add("kawaguchi", "none", "pass", "benign.repair_parts_tracking",
        "Two 12-digit Yamato tracking numbers for returned parts to the maker; one happens to pass the マイナンバー check digit but is a parcel number.",
        KAWAGUCHI, ["ライフモーション 修理センター <repair@lifemotion.example.co.jp>"],
        "修理品の返送について（受付番号 LM-R-250811-07）",
        f"""
株式会社ライフモーション 修理センター ご担当者様

お世話になっております。あおぞら福祉用具センターの川口です。
受付番号 LM-R-250811-07 の修理品（特殊寝台用モーター、手元スイッチ）を本日発送しました。
2個口で、伝票番号は以下のとおりです。

　ヤマト運輸 宅急便
　　① モーターユニット（製造番号 LMB-3M-21-088412）：{TRACK_A}
　　② 手元スイッチ 2個　　　　　　　　　　　　　　　：{TRACK_MN}

不具合内容：背上げ動作時に異音、途中で停止することがある（8/8 現地で再現確認済み）
代替機は手配済みのため、急ぎではありません。
修理見積りが出ましたらご連絡ください。
{SIG_KAWAGUCHI}""")

    add("fujimoto", "none", "pass", "benign.tais_jan_order",
        "A purchase order with TAIS codes, JAN codes and model numbers; none is a personal identifier.",
        FUJIMOTO, ["ケアネット関東 受注センター <juchu@carenet-kanto.example.co.jp>"],
        "注文書（9月第1週分）",
        f"""
ケアネット関東株式会社
受注センター 御中

いつもお世話になっております。あおぞら福祉用具センターの藤本です。
下記のとおり注文いたします。納期のご回答をお願いいたします。

品名／型番／TAISコード／JAN／数量
1. 据置型手すり たちあっぷ CKA-01／00170-000012／{jan13('454213600112')}／4台
2. 四輪歩行器 ハッピーⅡ NR／00134-000081／{jan13('454213600235')}／6台
3. 車いす用クッション ロホ・ミニ／00098-000415／{jan13('454213600358')}／10個
4. シャワーチェア ユクリア ミドル（購入品）／00212-000733／{jan13('454213600471')}／3脚

納品先：当センター倉庫（さいたま市南区大谷口0-12-3）
{SIG_FUJIMOTO}""")

    add("ishida", "none", "pass", "benign.billing_transmission_outage",
        "A report of a 障害 in claim transmission software; IDs are the office number and an error code, and no user is named.",
        ISHIDA, ["カイゴネット請求 サポートセンター <support@kaigonet-seikyu.example.jp>"],
        "国保連への伝送ができない障害について（ユーザーID AZ-SAI-0031）",
        f"""
カイゴネット請求 サポートセンター ご担当者様

いつもお世話になっております。あおぞら福祉用具センター さいたま 業務課の石田です。
本日（9/9）午前から、国保連への請求データ伝送でエラーが出て送信できない障害が続いています。
10日の締切が近いため、至急ご確認をお願いいたします。

　ユーザーID：AZ-SAI-0031
　事業所番号：1170500123
　エラー表示：「E2107 電子証明書の有効期限が切れています」
　ソフトのバージョン：Ver.12.4.1
　OS：Windows 11 Pro

証明書は8月末に更新手続きをしたはずですが、インストールが必要なのでしょうか。
手順を教えていただけると助かります。
{SIG_ISHIDA}""")

    add("fujimoto", "none", "pass", "benign.disinfection_process_aggregate",
        "An explanation of the disinfection process for returned equipment as an infection measure, with monthly totals and no named user.",
        FUJIMOTO, ["有料老人ホーム やすらぎの郷 施設長 吉田 様 <yoshida@yasuragi-no-sato.example.co.jp>"],
        "返却品の消毒工程についてのご説明",
        f"""
有料老人ホーム やすらぎの郷
施設長 吉田様

先日はお時間をいただき、ありがとうございました。あおぞら福祉用具センターの藤本です。
ご質問いただいた、返却された用具の消毒工程について、ご説明いたします。

1. 回収時：ビニールで梱包し、未消毒品として専用エリアに保管
2. 洗浄：高圧洗浄機で汚れを除去（マットレスは専用の洗浄機）
3. 消毒：次亜塩素酸ナトリウムまたはアルコールで清拭、マットレスはオゾン処理
4. 点検：動作・部品の点検を行い、消毒済みタグ（実施日・担当者記入）を取り付け
5. 保管：消毒済み品の倉庫で、ほこりよけのカバーをかけて保管

感染症対策として、疥癬やノロウイルスなどが疑われる返却品は、外部の専門業者で追加の消毒を行っております。
昨年度の実績は、回収 1,126件、うち外部業者での特別消毒 14件でした。
ご不明な点があればお気軽にお問い合わせください。
{SIG_FUJIMOTO}""")

    add("ishida", "none", "pass", "benign.user_own_statement",
        "A rental statement sent to the user herself about her own equipment and charges.",
        ISHIDA, ["渡辺 清子 様 <kiyoko.watanabe.1948@yahoo.co.jp>"],
        "8月分 ご利用料金のお知らせ",
        f"""
渡辺 清子 様

いつもご利用いただき、ありがとうございます。あおぞら福祉用具センターの石田です。
8月分のご利用料金をお知らせいたします。

　・据置型手すり（玄関）　　　　　月額 4,000円　→ ご負担 400円（1割）
　・四輪歩行器　　　　　　　　　　月額 3,000円　→ ご負担 300円（1割）
　合計ご負担額　700円

お支払いは、ご登録の口座から9月27日に振替させていただきます。
（通帳には「アオゾラケア」と記載されます）

歩行器のブレーキの効きが気になるとのことでしたので、担当の川口が9月2日の午後に点検に伺います。
ご都合が悪い場合はお電話ください。
{SIG_ISHIDA}""")

    add("kawaguchi", "none", "pass", "benign.successor_introduction",
        "A change-of-staff greeting to a care-management office; only staff names and business contacts appear.",
        KAWAGUCHI, ["ひだまり居宅介護支援事業所 <info@hidamari-kyotaku.example.jp>"],
        "担当者交代のご挨拶",
        f"""
ひだまり居宅介護支援事業所
管理者 原田様、ケアマネジャーの皆様

いつも大変お世話になっております。あおぞら福祉用具センターの川口です。
私事で恐縮ですが、10月1日付で当社の川越営業所へ異動することとなりました。
後任は、同じく福祉用具専門相談員の森 大輝が担当いたします。

森は介護福祉士の資格を持ち、施設での勤務経験もございます。
9月中に森と一緒に各ご利用者様のお宅へ伺い、引き継ぎを行う予定です。
担当者会議の日程が決まりましたら、私と森の両名にご連絡いただけますと幸いです。

　後任：森 大輝（もり だいき）
　携帯：080-0000-3964　メール：d.mori@aozora-care.example.co.jp

在任中は大変お世話になりました。今後とも変わらぬお引き立てをお願い申し上げます。
{SIG_KAWAGUCHI}""",
        cc=["森 大輝 <d.mori@aozora-care.example.co.jp>"])

    add("fujimoto", "none", "pass", "benign.maker_training_6addr",
        "A training arrangement with a maker: six visible addresses from two companies, naming only staff.",
        FUJIMOTO,
        ["ライフモーション 早川 様 <hayakawa@lifemotion.example.co.jp>",
         "ライフモーション 中井 様 <nakai@lifemotion.example.co.jp>",
         "ライフモーション 東京営業所 <tokyo-eigyo@lifemotion.example.co.jp>"],
        "新型特殊寝台 社内勉強会（9/12）の件",
        f"""
株式会社ライフモーション
早川様、中井様

いつもお世話になっております。あおぞら福祉用具センターの藤本です。
新型特殊寝台「ライフモーション・フロー」の社内勉強会の件、以下でお願いいたします。

　日時：9月12日（金）17:30〜19:00
　場所：当センター 1階 展示場
　参加：当社の福祉用具専門相談員 9名
　内容：製品説明、組立・分解の実習、背上げ時のずれ対策、安全点検項目

デモ機は当日15時ごろに搬入いただけますと助かります。
当社からは私のほか、川口、業務課の石田も参加します。
{SIG_FUJIMOTO}""",
        cc=["川口 誠 <m.kawaguchi@aozora-care.example.co.jp>", "石田 由美 <gyomu@aozora-care.example.co.jp>",
            "森 大輝 <d.mori@aozora-care.example.co.jp>"])

    invoice = f"""
御請求書
社会福祉法人 やすらぎ会　有料老人ホーム やすらぎの郷 御中
請求日 2025年9月1日　請求番号 AZ-2508-044

件名：福祉用具レンタル料（施設備品分・2025年8月分）
　特殊寝台（3モーター）　10台 × 9,000円 　90,000円
　エアマットレス　　　　　 4台 × 6,500円 　26,000円
　車いす（介助式）　　　　 6台 × 3,500円 　21,000円
　小計 137,000円　消費税 13,700円　合計 150,700円

お振込先：むさし野銀行 南浦和支店 普通 1182604
口座名義：カ）アオゾラケアサービス
お支払期限：2025年9月30日

株式会社あおぞらケアサービス（法人番号 {HOUJIN}）
あおぞら福祉用具センター さいたま（事業所番号 1170500123）
適格請求書発行事業者登録番号 T{HOUJIN}
"""
    add("ishida", "none", "pass", "benign.facility_invoice_corporate",
        "An invoice to a care home for equipment rented as facility stock, with the company's account, 法人番号 and office number.",
        ISHIDA, ["やすらぎの郷 事務 経理担当 <keiri@yasuragi-no-sato.example.co.jp>"],
        "8月分 御請求書の送付（施設備品レンタル分）",
        f"""
有料老人ホーム やすらぎの郷
事務 経理ご担当者様

いつもお世話になっております。あおぞら福祉用具センター 業務課の石田です。
8月分の施設備品レンタル料の御請求書をお送りいたします。
原本は本日郵送いたしました。ご査収のほどよろしくお願いいたします。
{SIG_ISHIDA}""",
        attachments=[att("御請求書_AZ-2508-044.pdf", invoice)])

    add("fujimoto", "none", "pass", "benign.condolence_partner",
        "A condolence message to a partner company on its former chairman's death, a publicly announced event.",
        FUJIMOTO, ["ケアネット関東 代表取締役社長 大森 様 <omori@carenet-kanto.example.co.jp>"],
        "大森 正一 会長のご逝去に際し、謹んでお悔やみ申し上げます",
        f"""
ケアネット関東株式会社
代表取締役社長 大森 健一 様

このたびは、御社 会長 大森 正一 様のご逝去の報に接し、謹んでお悔やみ申し上げます。
創業以来、埼玉の在宅介護を支えてこられたご功績に、心より敬意を表します。
当社創業の折には、会長自ら倉庫の設計にご助言をいただいたことを、今も社内で語り継いでおります。

ご葬儀は近親者のみで執り行われると伺いましたので、弔電のみにて失礼いたします。
後日のお別れの会の日程が決まりましたら、お知らせいただけますと幸いです。

略儀ながら、メールにてお悔やみ申し上げます。
{SIG_FUJIMOTO}""")

    add("fujimoto", "none", "pass", "benign.delivery_vehicle_numbers",
        "Registering delivery vehicles at a partner facility's car park; the numbers are vehicle registrations and the drivers are staff.",
        FUJIMOTO, ["やすらぎの郷 総務 <soumu@yasuragi-no-sato.example.co.jp>"],
        "納品車両の駐車登録について",
        f"""
有料老人ホーム やすらぎの郷
総務ご担当者様

いつもお世話になっております。あおぞら福祉用具センターの藤本です。
10月から納品・点検にお伺いする車両が変わりますので、駐車場の登録をお願いいたします。

　車両①：トヨタ ハイエース（白）　大宮 400 さ 12-08
　車両②：日産 NV200（白）　　　　 大宮 480 た 37-55
　車両③：スズキ エブリイ（銀）　　大宮 480 な 90-21

主に伺うのは、川口、森、配送の長谷部（いずれも当社社員）です。
車両には「あおぞらケアサービス」のマグネット表示をしております。
{SIG_FUJIMOTO}""")

    return out
