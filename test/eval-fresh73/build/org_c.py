"""Org C: 訪問看護ステーション — ひだまり訪問看護ステーション（合同会社ひだまりケア）."""
from common import P, att, enc_zip, M

ORG = "C"
DOM = "hidamari-care.example.jp"

MURAI = P("村井 京子", f"k.murai@{DOM}")
KITA = P("北川 翔太", f"s.kitagawa@{DOM}")
KOIKE = P("小池 真理", f"m.koike@{DOM}")

SIG_MURAI = """
――――――――――――――――――――――――――
ひだまり訪問看護ステーション
管理者　看護師（緩和ケア認定看護師）　村井 京子
〒350-1123 埼玉県川越市脇田本町22-9 ひだまりビル2F
TEL 049-298-6631　FAX 049-298-6632
（24時間対応体制 ／ 緊急時 080-3390-7716）
k.murai@hidamari-care.example.jp
――――――――――――――――――――――――――
※本メールは医療・介護連携のための業務連絡です。
　宛先に心当たりのない場合は、破棄のうえご一報ください。
"""

SIG_KITA = """
ひだまり訪問看護ST　北川（看護師）
049-298-6631
"""

SIG_KOIKE = """
◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆
合同会社ひだまりケア
ひだまり訪問看護ステーション　事務
小池 真理（こいけ まり）
介護保険事業所番号 1161290347
TEL 049-298-6631 ／ FAX 049-298-6632
m.koike@hidamari-care.example.jp
◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆
"""

YOSHIOKA = P("吉岡 智美（さくらケアプラン）", "yoshioka@sakura-careplan.example.jp")
MIYAKE = P("三宅 直人（あおぞら在宅クリニック）", "miyake@aozora-zaitaku.example.jp")


def mails():
    out = []
    add = out.append

    # ---------------- HOLDS ----------------
    add(M(ORG, "kitagawa", "body", "hold", "sensitive.visit_report_to_care_manager",
          "A named patient's pressure ulcer, blood sugar and dementia progression are reported to an outside care manager.",
          KITA, [YOSHIOKA], "石田様 本日の訪問のご報告",
          """
さくらケアプラン
吉岡さん

お世話になっております。ひだまり訪問看護の北川です。
本日の石田 トシ様（南大塚3丁目）の訪問について、取り急ぎご報告です。

・仙骨部の褥瘡：DESIGN-R d2→D3に悪化。滲出液多め、ポケットなし。
・血糖：朝食後 286mg/dL。ご家族によると、夜間に冷蔵庫の菓子パンを食べているようです。
・認知症（アルツハイマー型）の進行で、インスリンの自己注射は難しくなってきています。
　お嫁さんが日中不在の日の朝の注射をどうするか、相談させてください。

エアマットの変更（静止型→圧切替型）を提案したいので、福祉用具さんにもお声がけいただけますか。
三宅先生には別途報告済みです。
""" + SIG_KITA,
          personal=[("name", "石田 トシ"), ("health", "仙骨部の褥瘡"), ("health", "286mg/dL"),
                    ("health", "認知症（アルツハイマー型）")]))

    add(M(ORG, "murai", "body", "hold", "sensitive.third_party_norovirus_to_family",
          "Replying to a patient's daughter, the manager names another patient (a neighbour) as having norovirus.",
          MURAI, [P("森 香織", "kaori.mori.kawagoe@gmail.com")], "Re: 明日の訪問時間について",
          """
森 香織 様

ご連絡ありがとうございます。ひだまり訪問看護の村井です。
明日のお母様への訪問ですが、時間を14時から16時に変更させていただけますでしょうか。

実は、同じ町内でご利用いただいている中村 静江さん（お母様のお茶飲み友だちの方です）が
ノロウイルスに感染されまして、明日は担当看護師がそちらの対応に入るため、
順番を入れ替えさせていただきたく存じます。
お母様のほうに伺う看護師は別の者で、手洗い・ガウン交換を徹底してまいりますのでご安心ください。

ご都合が悪いようでしたら、遠慮なくお知らせください。
""" + SIG_MURAI + """

> 村井さん
> いつもお世話になっております。森です。
> 明日の訪問、母が午前中に美容院へ行くので、お昼過ぎだと助かります。
> よろしくお願いいたします。
""",
          personal=[("name", "中村 静江"), ("health", "ノロウイルスに感染")]))

    add(M(ORG, "koike", "body", "hold", "id.new_nurse_mynumber_to_sharoushi",
          "A newly hired nurse's My Number, basic pension number and employment-insurance number are sent to the outside labour consultant.",
          KOIKE, [P("入間社会保険労務士事務所 岩崎 典子", "iwasaki@sr-iruma.example.jp")],
          "新規入職者の資格取得手続きのお願い（12/1入職）",
          """
入間社会保険労務士事務所
岩崎先生

いつも大変お世話になっております。ひだまり訪問看護ステーション事務の小池です。
12月1日付で看護師が1名入職いたしますので、社会保険・雇用保険の資格取得手続きをお願いいたします。

　氏名　　　　　　　：内田 美咲（ウチダ ミサキ）
　生年月日　　　　　：1994年7月21日
　住所　　　　　　　：埼玉県川越市的場2丁目9-4 コーポ的場201
　個人番号　　　　　：4187 9274 9172
　基礎年金番号　　　：4120-385716
　雇用保険被保険者番号：5011-296483-7（前職：川越みなみ総合病院）
　雇用形態・賃金　　：常勤（週40時間）・月給 318,000円
　扶養家族　　　　　：なし

本人確認書類の写しは、来週の訪問時に封筒でお渡しいたします。
どうぞよろしくお願いいたします。
""" + SIG_KOIKE,
          personal=[("name", "内田 美咲"), ("birth_date", "1994年7月21日"),
                    ("address", "埼玉県川越市的場2丁目9-4 コーポ的場201"), ("mynumber", "4187 9274 9172"),
                    ("pension_number", "4120-385716"), ("employment_insurance_number", "5011-296483-7")]))

    add(M(ORG, "koike", "attachment", "hold", "list.patient_roster_to_billing_vendor",
          "The attached roster lists patients with addresses, phones, care levels and main diagnoses.",
          KOIKE, [P("介護ソフトかけはし サポート 津田", "tsuda@kaigo-soft.example.com")],
          "利用者マスタ取込の件",
          """
介護ソフトかけはし
サポートセンター 津田様

お世話になっております。ひだまり訪問看護ステーションの小池です。
先日の電話でご案内いただいたとおり、利用者マスタの一括取込用ファイルをお送りします。
列の並びは貴社テンプレートに合わせたつもりですが、エラーが出るようでしたらご教示ください。
""" + SIG_KOIKE,
          attachments=[att("利用者マスタ_取込用.xlsx", """
[利用者]
利用者番号	氏名	生年月日	住所	電話	要介護度	主病名
H-0211	石田 トシ	1936/02/11	川越市南大塚3-7-19	049-244-3185	要介護3	アルツハイマー型認知症・糖尿病
H-0219	中村 静江	1939/06/25	川越市南大塚3-2-4	049-244-6620	要介護1	心不全
H-0226	宮内 ハル	1926/09/03	川越市新宿町5-14-2	049-243-0917	要介護4	パーキンソン病
H-0231	関口 隆	1948/12/30	川越市脇田町18-6	090-1182-4470	要介護2	肺がん（骨転移）
H-0234	星野 富美子	1944/03/08	川越市新富町2-22-1	049-222-7359	要支援2	COPD
""")],
          personal=[("name", "石田 トシ"), ("birth_date", "1936/02/11"), ("address", "川越市南大塚3-7-19"),
                    ("name", "関口 隆"), ("health", "肺がん（骨転移）"), ("phone", "090-1182-4470")]))

    add(M(ORG, "murai", "attachment", "hold", "sensitive.nursing_summary_to_hospital",
          "The attached nursing summary gives a named patient's diagnoses, psychiatric history and prognosis.",
          MURAI, [P("川越みなみ総合病院 地域医療連携室 高野", "takano@kawagoe-minami-hp.example.or.jp")],
          "退院前カンファレンス資料の送付（11/22）",
          """
川越みなみ総合病院
地域医療連携室 高野様

いつも大変お世話になっております。ひだまり訪問看護ステーションの村井です。
11月22日（金）14時からの退院前カンファレンスに向けて、当ステーションの看護サマリーをお送りいたします。
当日は村井と北川の2名で伺います。

よろしくお願いいたします。
""" + SIG_MURAI,
          attachments=[att("看護サマリー_関口様.pdf", """
訪問看護サマリー（入院前の状況）
利用者：関口 隆 様　76歳 男性　川越市脇田町在住
主病名：右肺腺がん stageⅣ（骨転移・胸水貯留）、2型糖尿病
既往歴：うつ病（2015年～、メンタルクリニック通院中、現在も抗うつ薬内服）
ADL：屋内歩行器、入浴は週2回の訪問入浴
疼痛：オキシコドン徐放剤20mg/日、レスキュー1日2～3回
本人の意向：「最期は家で」。長男夫婦と同居、主介護者は長男の妻。
予後：主治医より数か月単位との説明あり（本人・家族とも了解）
""")],
          personal=[("name", "関口 隆"), ("health", "右肺腺がん stageⅣ（骨転移・胸水貯留）"),
                    ("health", "うつ病（2015年～、メンタルクリニック通院中")]))

    add(M(ORG, "kitagawa", "quoted", "hold", "sensitive.quoted_psychiatric_welfare",
          "The forwarded care-manager message about a named patient's schizophrenia and welfare status goes to a pharmacy.",
          KITA, [P("つばめ薬局 在宅担当 平野", "hirano@tsubame-ph.example.co.jp")],
          "Fwd: 大森様 服薬管理について",
          """
つばめ薬局
平野さん

いつもお世話になってます。ひだまり訪問看護の北川です。
大森様の服薬の件、ケアマネさんからの経緯をそのまま転送します。
一包化とお薬カレンダーへのセットをお願いできるか、ご検討いただけますか。
""" + SIG_KITA + """

---------- 転送メッセージ ----------
From: 吉岡 智美 <yoshioka@sakura-careplan.example.jp>
Date: 2024年11月12日 17:40
To: 北川 翔太 <s.kitagawa@hidamari-care.example.jp>
Subject: 大森様 服薬管理について

北川さん

大森 勝利様（64歳、単身、川越市連雀町）の件です。
統合失調症で長年通院されていて、最近は幻聴が強くなり、薬を飲んだり飲まなかったりのようです。
生活保護を受給中で、担当のケースワーカーさんからも服薬確認をお願いされています。
薬局さんに一包化をお願いしてもらえると助かります。

吉岡
""",
          personal=[("name", "大森 勝利"), ("health", "統合失調症で長年通院"), ("social_status", "生活保護を受給中")]))

    add(M(ORG, "murai", "subject", "hold", "sensitive.subject_terminal_condition",
          "Only the subject names the patient and says she is in the dying phase with worsening breathing.",
          MURAI, [MIYAKE], "【至急】佐野 ハナ様 看取り期 本日より呼吸状態悪化・下顎呼吸あり",
          """
三宅先生

お世話になっております。村井です。
先ほどご家族へは状況をお伝えし、ご長男様も今夜こちらに向かわれるとのことです。
本日、先生のご往診が可能なお時間をお知らせいただけますでしょうか。
当方は18時以降も待機しております。
""" + SIG_MURAI,
          personal=[("name", "佐野 ハナ"), ("health", "看取り期 本日より呼吸状態悪化・下顎呼吸あり")]))

    add(M(ORG, "koike", "zip", "hold", "list.zip_visit_records_to_consultant",
          "The zip for a training consultant contains visit records listing patients by name with vitals and diagnoses.",
          KOIKE, [P("ケアコンサルティング研修事業部 辻本", "tsujimoto@care-consult.example.jp")],
          "記録監査用データ（10月分）",
          """
ケアコンサルティング
研修事業部 辻本様

お世話になっております。ひだまり訪問看護ステーションの小池です。
来月の記録監査研修で使う10月分の記録データを、zipにまとめてお送りします。
管理者の村井より、事例として取り上げる3名分を選んでおります。

よろしくお願いいたします。
""" + SIG_KOIKE,
          attachments=[
              att("記録監査_202410.zip/訪問記録_10月.csv", """
訪問日,利用者氏名,担当,血圧,SpO2,体温,記録
2024-10-03,石田 トシ,北川,148/82,96,36.4,仙骨部褥瘡処置 血糖 231 インスリン介助
2024-10-07,関口 隆,村井,112/64,92,37.1,肺がん 疼痛増強 レスキュー3回 胸水で呼吸苦
2024-10-15,大森 勝利,北川,126/78,98,36.2,統合失調症 服薬確認 残薬あり 幻聴の訴え
2024-10-21,関口 隆,村井,108/60,91,36.8,家族へ今後の経過説明 看取りの意向確認
"""),
              att("記録監査_202410.zip/読み方メモ.txt", """
SpO2は安静時。記録欄はSOAPのうちSとAの抜粋です。
"""),
          ],
          personal=[("name", "石田 トシ"), ("name", "関口 隆"), ("health", "肺がん 疼痛増強"),
                    ("name", "大森 勝利"), ("health", "統合失調症 服薬確認")]))

    add(M(ORG, "koike", "zip", "hold", "attachment.encrypted_zip",
          "A password-protected zip (PPAP) is attached.",
          KOIKE, [YOSHIOKA], "訪問看護計画書・報告書（11月分）の送付",
          """
さくらケアプラン
吉岡様

いつもお世話になっております。ひだまり訪問看護ステーション事務の小池です。
11月分の訪問看護計画書・報告書をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別メールでお送りします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_KOIKE,
          attachments=[enc_zip("計画書報告書_202411_さくらケアプラン様.zip")]))

    cms = [
        ("吉岡 智美", "yoshioka@sakura-careplan.example.jp"), ("大西 純一", "onishi@kawagoe-kyotaku.example.jp"),
        ("宇野 さやか", "uno@careplan-hoshi.example.jp"), ("高畑 敏行", "takahata@kaigo-midori.example.jp"),
        ("片山 理恵", "katayama@kyotaku-ichigo.example.jp"), ("土屋 浩", "tsuchiya@houkatsu-minami.example.lg.jp"),
        ("小松 典子", "komatsu@careplan-asahi.example.jp"), ("佐久間 亮", "sakuma@kaigo-yume.example.co.jp"),
        ("西村 美香", "nishimura@care-nagomi.example.jp"), ("菊地 誠", "kikuchi@houkatsu-kita.example.lg.jp"),
        ("谷口 由美", "taniguchi@careplan-hana.example.jp"), ("松下 恵介", "matsushita@kyotaku-sora.example.jp"),
        ("永井 千尋", "nagai.chihiro.cm@gmail.com"),
    ]
    add(M(ORG, "murai", "recipients", "hold", "recipients.care_managers_visible_in_to",
          "Thirteen care managers from different agencies (one on a private address) are visible to each other in To.",
          MURAI, [P(n, e) for n, e in cms], "【ご案内】在宅看取り勉強会（12/10）",
          """
居宅介護支援事業所・地域包括支援センターの皆さま

いつも大変お世話になっております。ひだまり訪問看護ステーションの村井です。
毎年ご好評をいただいております「在宅看取り勉強会」を、今年も下記のとおり開催いたします。

　日時：12月10日（火）18:30～20:00
　会場：ひだまりビル3階 会議室（オンライン併用）
　内容：①看取り期の身体の変化とご家族への説明　②事例検討（匿名化事例）
　講師：あおぞら在宅クリニック 院長 三宅 直人 先生
　参加費：無料

お申込みは12月3日（火）までに、本メールへのご返信でお願いいたします。
皆さまのご参加をお待ちしております。
""" + SIG_MURAI))

    # ---------------- PASSES ----------------
    add(M(ORG, "murai", "body", "pass", "benign.infection_control_notice_aggregate",
          "感染 and 隔離 appear only in the station's general measures; one unnamed staff member is mentioned.",
          MURAI, [YOSHIOKA, P("大西 純一", "onishi@kawagoe-kyotaku.example.jp")],
          "当ステーションのインフルエンザ対応について（ご報告）",
          """
さくらケアプラン 吉岡様
かわごえ居宅介護支援センター 大西様

いつもお世話になっております。ひだまり訪問看護ステーションの村井です。
地域でインフルエンザの感染が広がっておりますので、当ステーションの対応についてご報告いたします。

・今週、職員1名が発熱のため休んでおります。ご利用者様への訪問には影響ありません。
・職員全員、10月中に予防接種を済ませております。
・訪問時はサージカルマスク・手指消毒を徹底し、発熱のある利用者様のお宅は1日の最後に訪問します。
・ご家族に発熱がある場合は、別室への隔離とマスク着用をお願いしております。

訪問予定の変更が生じる場合は、個別にご連絡いたします。
""" + SIG_MURAI))

    add(M(ORG, "murai", "body", "pass", "benign.condolence_to_bereaved_daughter",
          "A condolence and equipment-return note to the bereaved daughter herself; no clinical details.",
          MURAI, [P("佐野 裕美", "hiromi.sano.0721@gmail.com")], "お悔やみ申し上げます（ひだまり訪問看護）",
          """
佐野 裕美 様

このたびはお母様のご逝去に際し、心よりお悔やみ申し上げます。
ひだまり訪問看護ステーションの村井でございます。

最期の数日、ご家族の皆さまがお母様のそばで手を握り、
好きだった童謡を歌っていらしたお姿が、スタッフ一同の心に残っております。
この一年半、お宅に伺うたびに温かく迎えていただき、私どものほうこそ多くを教わりました。

お貸ししておりました吸引器とパルスオキシメーターは、四十九日が過ぎて落ち着かれた頃に
引き取りに伺います。ご都合のよい日をお知らせいただければ幸いです。
どうぞご無理をなさらず、ご自愛くださいませ。
""" + SIG_MURAI))

    add(M(ORG, "koike", "body", "pass", "benign.meeting_with_internal_ids",
          "A meeting is arranged using only the station's internal user ID; no name or condition is given.",
          KOIKE, [YOSHIOKA], "担当者会議の日程調整（利用者ID H-0244）",
          """
さくらケアプラン
吉岡様

お世話になっております。ひだまり訪問看護ステーションの小池です。
先日お電話いただいた、利用者ID H-0244の方のサービス担当者会議の件です。
当ステーションから村井が出席いたします。可能な日時は以下のとおりです。

　・11月25日（月）　13:00～17:00
　・11月27日（水）　10:00～12:00
　・11月29日（金）　終日

会場がご自宅になる場合は、駐車スペースについても教えていただけると助かります。
よろしくお願いいたします。
""" + SIG_KOIKE))

    add(M(ORG, "murai", "attachment", "pass", "benign.staff_vaccination_training_plan",
          "A staff vaccination and training calendar with no patient or health data about a named person.",
          MURAI, [P("川越市 介護保険課 事業者指導係", "shido@city-kawagoe.example.lg.jp")],
          "令和6年度 職員研修計画・予防接種計画の提出について",
          """
川越市 介護保険課
事業者指導係 御中

いつも大変お世話になっております。ひだまり訪問看護ステーション 管理者の村井でございます。
運営指導の事前提出資料として、令和6年度の職員研修計画と予防接種計画をお送りいたします。
ご確認のほど、よろしくお願い申し上げます。
""" + SIG_MURAI,
          attachments=[att("R6_研修計画_予防接種計画.xlsx", """
[研修計画]
月	テーマ	対象	講師
4月	感染対策の基本（標準予防策・隔離の考え方）	全職員	管理者
6月	虐待防止・身体拘束適正化	全職員	外部講師
9月	BCP（災害・感染症）机上訓練	全職員	管理者
11月	在宅看取りとグリーフケア	看護職	あおぞら在宅クリニック
2月	個人情報保護とメールの誤送信防止	全職員	事務
[予防接種計画]
種別	時期	対象	接種率目標
インフルエンザ	10月	全職員	100%
新型コロナ（任意）	10～11月	希望者	―
B型肝炎（抗体価確認）	入職時	看護職	100%
""")]))

    add(M(ORG, "koike", "subject", "pass", "benign.software_login_outage",
          "障害 here is a software login failure; the numbers are error codes and log hashes.",
          KOIKE, [P("介護ソフトかけはし サポート", "support@kaigo-soft.example.com")],
          "【障害】ログイン障害・請求データ送信エラーについて（事業所番号 1161290347）",
          """
介護ソフトかけはし
サポートセンター御中

お世話になっております。ひだまり訪問看護ステーションの小池です。
本日9時ごろから、タブレット3台ともログインできない障害が続いております。
PCからはログインできますが、伝送画面で下記のエラーが出て請求データが送れません。

　エラーコード：KK-E0412（署名検証エラー）
　発生時刻　　：2024-11-08 09:12:44
　ログID　　　：7f3a9c02e41b8d56a0c3f19e2b774d08

10日の請求締めに間に合わせたいので、復旧見込みを教えていただけますでしょうか。
""" + SIG_KOIKE))

    add(M(ORG, "murai", "body", "pass", "benign.successor_introduction_to_clinic",
          "The manager introduces a nurse as the clinic's new contact; only business contacts appear.",
          MURAI, [MIYAKE, P("あおぞら在宅クリニック 医療事務 今村", "imamura@aozora-zaitaku.example.jp")],
          "担当看護師交代のご挨拶",
          """
あおぞら在宅クリニック
院長 三宅 直人 先生
医療事務 今村様

いつも大変お世話になっております。ひだまり訪問看護ステーションの村井です。
12月より、貴院との連絡窓口を看護師の北川 翔太が務めさせていただくことになりました。
北川は急性期病院の救急外来で8年勤務したのち、昨年当ステーションに入職いたしました。
これまで私が担当しておりました指示書のやり取りや月次報告も、北川が引き継ぎます。

来週の定例カンファレンスに北川も同席し、改めてご挨拶させていただきます。
今後とも変わらぬご指導を賜りますよう、よろしくお願い申し上げます。
""" + SIG_MURAI,
          cc=[KITA]))

    add(M(ORG, "koike", "quoted", "pass", "benign.billing_codes_reply_chain",
          "A reply chain with the clinic about instruction-fee billing counts and facility codes; no patient is named.",
          KOIKE, [P("あおぞら在宅クリニック 医療事務 今村", "imamura@aozora-zaitaku.example.jp")],
          "Re: Re: 10月分 訪問看護指示書の件数確認",
          """
今村様

ご確認ありがとうございます。小池です。
件数、こちらの台帳とも一致いたしました（指示書 14件／特別指示書 2件）。
11月分からは、指示書の原本を月末にまとめて取りに伺う形でよろしいでしょうか。

引き続きよろしくお願いいたします。
""" + SIG_KOIKE + """

> 小池様
>
> お世話になっております。あおぞら在宅クリニック医療事務の今村です。
> 10月分の件数を確認しました。当院の記録では指示書14件、特別指示書2件です。
> 医療機関コードは 11,1234,5 で変更ありません。
>
> あおぞら在宅クリニック　今村 恵
> TEL 049-247-1180
>
>> 今村様
>> いつもお世話になっております。ひだまり訪問看護ステーションの小池です。
>> 10月分の訪問看護指示書の件数について、貴院のご記録と照合させていただけますでしょうか。
>> 当ステーション（事業所番号 1161290347）の台帳では指示書14件、特別指示書2件となっております。
"""))

    add(M(ORG, "murai", "body", "pass", "benign.aggregate_statistics_to_city",
          "Answers a city survey with counts only (patients, dementia, disability employment); no individual appears.",
          MURAI, [P("川越市 地域包括ケア推進課", "houkatsu-suishin@city-kawagoe.example.lg.jp")],
          "在宅医療・介護資源調査へのご回答",
          """
川越市 地域包括ケア推進課 御中

いつもお世話になっております。ひだまり訪問看護ステーション 管理者の村井です。
標記の調査につきまして、下記のとおりご回答いたします（令和6年10月末時点）。

　1. 利用者数：48名（医療保険 17名／介護保険 31名）
　2. うち認知症の診断がある方：22名
　3. うち障害福祉サービスを併用している方：5名
　4. 昨年度の在宅看取り件数：19件
　5. 職員数：看護師 8名（常勤換算 6.4）、理学療法士 1名、事務 1名
　6. 障害者雇用：1名（事務補助、週20時間）

自由記述欄については、別紙にて追ってお送りいたします。
""" + SIG_MURAI))

    add(M(ORG, "murai", "zip", "pass", "benign.plain_zip_training_materials",
          "An unencrypted zip of generic training slides on infection control and isolation; no patient data.",
          MURAI, [P("大西 純一", "onishi@kawagoe-kyotaku.example.jp")], "勉強会資料（感染対策）をお送りします",
          """
大西様

先日は勉強会にご参加いただきありがとうございました。村井です。
お話ししていたスライドをお送りします。
ファイルが多いのでzipにまとめましたが、パスワードはかけていません。
事業所内の研修にご自由にお使いください。
""" + SIG_MURAI,
          attachments=[
              att("感染対策勉強会_資料.zip/01_標準予防策.pdf", """
標準予防策（スタンダード・プリコーション）
・すべての人の血液・体液・排泄物は感染の可能性があるものとして扱う
・手指衛生のタイミング：ケアの前後、手袋を外した後
"""),
              att("感染対策勉強会_資料.zip/02_在宅での隔離と動線.pdf", """
在宅での「隔離」の考え方
・個室がない場合はカーテンや家具で区切る
・訪問時の物品は玄関で受け渡し、持ち出しは最小限に
・ノロウイルス流行期の吐物処理手順（次亜塩素酸ナトリウム0.1%）
"""),
          ]))

    add(M(ORG, "koike", "body", "pass", "benign.own_invoice_to_patient",
          "A patient receives his own monthly bill with his direct-debit account masked.",
          KOIKE, [P("岡部 伸也", "shinya.okabe.1979@gmail.com")], "11月分ご利用料金のお知らせ",
          """
岡部 伸也 様

いつもありがとうございます。ひだまり訪問看護ステーション事務の小池です。
11月分のご利用料金が確定しましたのでお知らせいたします。

　ご利用回数　　：8回
　ご請求額　　　：9,840円
　お引落し日　　：12月26日（木）
　お引落し口座　：埼玉りそな銀行 ＊＊支店 普通 ＊＊＊＊567

領収書は翌月の訪問時にお渡しいたします。
メールでのご案内をご希望いただきありがとうございます。ご不明点はお気軽にどうぞ。
""" + SIG_KOIKE))

    return out
