# Org B: 株式会社ウェルフィールド産業保健 (occupational health service provider)
SAEKI = """――――――――――――――――――
株式会社ウェルフィールド産業保健
産業保健部 保健師　佐伯 美穂
〒330-0854 埼玉県さいたま市大宮区桜木町1-7-5 ソニックビル10F
TEL 048-555-7210　saeki@wellfield-oh.example.jp
――――――――――――――――――"""
ISHIKAWA = """――――――――――――――――――
株式会社ウェルフィールド産業保健
営業部　石川 航（いしかわ わたる）
TEL 048-555-7201 / 携帯 080-5555-0316
ishikawa@wellfield-oh.example.jp
――――――――――――――――――"""
KITAMURA = """――――――――――――――――――
株式会社ウェルフィールド産業保健
業務管理課　北村 涼子
TEL 048-555-7215　kitamura@wellfield-oh.example.jp
――――――――――――――――――"""
F_SAEKI = "佐伯 美穂 <saeki@wellfield-oh.example.jp>"
F_ISHIKAWA = "石川 航 <ishikawa@wellfield-oh.example.jp>"
F_KITAMURA = "北村 涼子 <kitamura@wellfield-oh.example.jp>"

MAILS = [
dict(key="b_fitness_body", expect="hold", kind="sensitive.health", loc="body",
 why="Gives the client's HR a named employee's diagnosis and work restrictions after an interview.",
 frm=F_SAEKI, to=["丸菱精機 人事課 小池様 <koike@marubishi-seiki.example.jp>"],
 subject="面談結果のご報告（10/15実施分）",
 text="""丸菱精機株式会社
人事課 小池 様

いつもお世話になっております。ウェルフィールド産業保健の佐伯です。
10月15日に実施した産業医面談の結果をご報告いたします。

対象者：生産技術部　松下 亮介 様
面談医：橋本 光太郎 医師
所見：主治医より「双極性障害（II型）」の診断を受け、服薬治療中。
就業上の措置：
　・時間外労働は当面禁止
　・夜勤シフトからの除外（3か月）
　・1か月後に再面談

ご本人には措置内容について説明し、了承を得ております。
ご不明点がございましたらご連絡ください。

""" + SAEKI,
 personal=[dict(type="name", value="松下 亮介"), dict(type="health", value="双極性障害（II型）")]),

dict(key="b_checkup_att", expect="hold", kind="list.health", loc="attachment",
 why="The attached CSV lists named employees with blood pressure and HbA1c values; the body only says a list is attached.",
 frm=F_SAEKI, to=["日向化成 総務部 安田様 <yasuda@hyuga-kasei.example.jp>"],
 subject="保健指導の対象者について",
 text="""安田様

お世話になっております。佐伯です。
来月の保健指導の件、対象者のデータを添付いたします。
実施日程は11月6日・7日の2日間を予定しております。

よろしくお願いいたします。

""" + SAEKI,
 attachments=[dict(filename="hokenshido_taisho_2024.csv", contentType="text/csv",
  text="""社員番号,氏名,所属,年齢,収縮期血圧,拡張期血圧,HbA1c,判定
H10231,森田 裕司,製造一課,52,168,102,6.1,要精密検査
H10488,三宅 奈々,品質保証課,44,142,91,7.4,要治療
H11023,柴田 剛,物流課,38,151,98,5.8,要精密検査
H11250,堀内 雅人,製造二課,57,138,86,8.2,要治療
H11902,西村 沙織,総務課,49,160,99,6.0,要精密検査""")],
 personal=[dict(type="name", value="三宅 奈々"), dict(type="health", value="H10488,三宅 奈々,品質保証課,44,142,91,7.4,要治療")]),

dict(key="b_adjust_quoted", expect="hold", kind="sensitive.health", loc="quoted",
 why="The quoted earlier message names an employee and his adjustment-disorder treatment; the reply itself is only scheduling.",
 frm=F_KITAMURA, to=["橋本 光太郎 先生 <k.hashimoto@hashimoto-clinic.example.jp>"],
 subject="Re: 11月の面談日程",
 text="""橋本先生

お世話になっております。北村です。
11月12日（火）14:00〜16:00で丸菱精機様に確定しました。
当日は正門受付で「ウェルフィールドの面談」とお伝えください。駐車場は来客用2番をご用意しています。

引き続きよろしくお願いいたします。

""" + KITAMURA + """

> 2024/10/21 9:48 北村 涼子 のメッセージ:
> 橋本先生
> 11月の面談候補日をお送りします。12日または19日の午後でご都合いかがでしょうか。
> 面談対象：
> ・製造部 高田 誠一 様（適応障害で通院中、復職後3か月の定期面談）
> ・経理部 長時間労働者 1名（氏名は当日お知らせします）
> 北村
""",
 personal=[dict(type="name", value="高田 誠一"), dict(type="health", value="適応障害で通院中")]),

dict(key="b_stress_subject", expect="hold", kind="sensitive.health", loc="subject",
 why="The subject names an employee as a high-stress result; the body just asks to arrange the interview.",
 frm=F_KITAMURA, to=["丸菱精機 人事課 小池様 <koike@marubishi-seiki.example.jp>"],
 subject="【面談調整】ストレスチェック高ストレス判定　田村 慎也様（本人申出あり）",
 text="""小池様

お世話になっております。北村です。
件名の件、ご本人から医師面接の申出がありましたので、日程調整をお願いできますでしょうか。
産業医の候補日は 11/5（火）15時、11/8（金）10時です。

よろしくお願いいたします。

""" + KITAMURA,
 personal=[dict(type="name", value="田村 慎也"), dict(type="health", value="ストレスチェック高ストレス判定")]),

dict(key="b_zip", expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Encrypted zip (PPAP) of health-check data sent to a screening centre.",
 frm=F_KITAMURA, to=["さくら健診センター 受付 <uketsuke@sakura-kenshin.example.jp>"],
 subject="二次健診対象者データ送付の件",
 text="""さくら健診センター ご担当者様

お世話になっております。ウェルフィールド産業保健の北村です。
日向化成様の二次健診対象者データをお送りします。
解凍用パスワードは、この後別メールにてお送りいたします。

""" + KITAMURA,
 attachments=[dict(filename="niji_kenshin_hyuga_202411.zip", contentType="application/zip", encrypted=True)]),

dict(key="b_insurance_body", expect="hold", kind="id.health_insurance", loc="body",
 why="Sends an employee's health-insurance card symbol and number to a clinic.",
 frm=F_KITAMURA, to=["みどり台クリニック 医事課 <iji@midoridai-cl.example.jp>"],
 subject="特殊健康診断の受診予約について",
 text="""みどり台クリニック 医事課 御中

お世話になっております。ウェルフィールド産業保健の北村です。
有機溶剤の特殊健康診断について、以下1名の追加予約をお願いいたします。

氏名：片山 航平（カタヤマ コウヘイ）
生年月日：1990年2月11日
保険者番号：06139861
被保険者証 記号：3021　番号：1187
受診希望日：11月14日（木）午前

費用は事業所（日向化成株式会社）宛の請求でお願いします。

""" + KITAMURA,
 personal=[dict(type="name", value="片山 航平"), dict(type="health_insurance", value="記号：3021　番号：1187")]),

dict(key="b_opinion_att", expect="hold", kind="sensitive.health", loc="attachment",
 why="The attached opinion letter names an employee with a diagnosis and return-to-work restrictions; the body gives no hint.",
 frm=F_SAEKI, to=["日向化成 総務部 安田様 <yasuda@hyuga-kasei.example.jp>"],
 subject="書類送付",
 text="""安田様

お世話になっております。佐伯です。
先日お話しした書類を添付いたします。ご確認ください。

""" + SAEKI,
 attachments=[dict(filename="fukushoku_ikensho.pdf", contentType="application/pdf",
  text="""復職に関する意見書

日向化成株式会社 代表取締役 殿

氏名：渡部 理恵　（品質保証課）
傷病名：パニック障害、うつ状態
経過：2024年5月より休職。主治医（さいたま心療内科）より復職可の診断書提出。
意見：2024年11月18日より復職可。ただし以下の配慮を要する。
　1. 当初4週間は短時間勤務（6時間）
　2. 電車通勤のラッシュ時間帯を避けた時差出勤
　3. 出張は当面不可

2024年10月30日
産業医 橋本 光太郎""")],
 personal=[dict(type="name", value="渡部 理恵"), dict(type="health", value="パニック障害、うつ状態")]),

dict(key="b_eap_profile", expect="hold", kind="personal.profile", loc="body",
 why="Forwards one employee's full private contact details to an outside counselling vendor.",
 frm=F_SAEKI, to=["こころのサポートEAP 予約窓口 <yoyaku@kokoro-eap.example.jp>"],
 subject="カウンセリング予約の依頼（丸菱精機様 社員）",
 text="""こころのサポートEAP ご担当者様

いつもお世話になっております。佐伯です。
丸菱精機様の社員の方から外部カウンセリングの希望がありましたので、ご連絡先をお伝えします。
直接ご本人へご連絡いただけますと幸いです。

氏名：佐久間 千夏 様（30代）
自宅住所：埼玉県川口市栄町2-14-9 グランメゾン川口503
携帯：090-7725-3184
個人メール：chinatsu.s0412@gmail.com
連絡可能時間：平日19時以降

会社には知られたくないとのご希望ですので、会社経由の連絡はお控えください。

""" + SAEKI,
 personal=[dict(type="name", value="佐久間 千夏"), dict(type="address", value="埼玉県川口市栄町2-14-9 グランメゾン川口503"), dict(type="phone", value="090-7725-3184")]),

dict(key="b_recipients", expect="hold", kind="recipients.visible", loc="recipients",
 why="Seminar invitation with thirteen client HR addresses from different companies visible in To.",
 frm=F_ISHIKAWA, to=["koike@marubishi-seiki.example.jp", "yasuda@hyuga-kasei.example.jp", "jinji@omiya-packaging.example.jp", "k.ono@kawagoe-denshi.example.jp",
   "soumu@tokorozawa-foods.example.jp", "h.nishida@saitama-gear.example.jp", "m.arai@ageo-plastics.example.jp", "jinji@kumagaya-steel.example.jp",
   "y.ito@koshigaya-logi.example.jp", "t.kaneda@soka-print.example.jp", "hr@iruma-tech.example.jp", "s.baba@kuki-chem.example.jp", "a.endo@fukaya-yasai.example.jp"],
 subject="【ご案内】健康経営セミナー2024「女性の健康と働き方」",
 text="""人事・総務ご担当者様

いつも大変お世話になっております。ウェルフィールド産業保健の石川です。
毎年ご好評いただいている健康経営セミナーを今年も開催いたします。

日時：2024年12月3日（火）14:00〜16:00
会場：大宮ソニックシティ 会議室904（オンライン同時配信あり）
講師：産婦人科医 中川 葉子 先生
参加費：無料（契約企業様）

お申込みは本メールへの返信でお願いいたします。

""" + ISHIKAWA),

dict(key="b_tb_body", expect="hold", kind="sensitive.health", loc="body",
 why="Names an employee with active tuberculosis to the public health centre and the client.",
 frm=F_SAEKI, to=["大宮保健所 感染症対策担当 <kansen@omiya-hc.example.lg.jp>"], cc=["丸菱精機 人事課 小池様 <koike@marubishi-seiki.example.jp>"],
 subject="接触者健診の実施について（丸菱精機株式会社）",
 text="""大宮保健所 感染症対策担当 御中

いつもお世話になっております。丸菱精機株式会社の産業保健業務を受託しております、
ウェルフィールド産業保健の佐伯です。

同社 組立課の 野口 武史 様（48歳）が肺結核（喀痰塗抹陽性）と診断され、10月18日より入院中です。
同じラインの作業者 22名について、接触者健診の実施方法をご相談させてください。
職場の座席図とシフト表はご指示があればお送りします。

""" + SAEKI,
 personal=[dict(type="name", value="野口 武史"), dict(type="health", value="肺結核（喀痰塗抹陽性）")]),

# ---------------- passes ----------------
dict(key="b_kenko_keiei", expect="pass", kind="benign.aggregate_health",
 why="Annual health-management report with aggregates only.",
 frm=F_ISHIKAWA, to=["丸菱精機 人事課 小池様 <koike@marubishi-seiki.example.jp>"],
 subject="2024年度 健康経営レポート（速報値）",
 text="""小池様

お世話になっております。石川です。
健康経営優良法人の申請に向けて、今年度の速報値をまとめました。

| 指標 | 2023年度 | 2024年度 |
| 定期健診受診率 | 99.1% | 99.6% |
| 有所見率 | 58.4% | 56.9% |
| 特定保健指導 実施率 | 41.0% | 47.3% |
| 喫煙率 | 27.8% | 25.2% |
| ストレスチェック受検率 | 88.5% | 91.2% |

いずれも個人が特定されない集計値です。詳細版は11月の定例会でご説明します。

""" + ISHIKAWA),

dict(key="b_visit_schedule", expect="pass", kind="benign.meeting",
 why="Doctor visit schedule naming only the doctor and HR contacts.",
 frm=F_KITAMURA, to=["日向化成 総務部 安田様 <yasuda@hyuga-kasei.example.jp>"], cc=["橋本 光太郎 先生 <k.hashimoto@hashimoto-clinic.example.jp>"],
 subject="12月の産業医訪問日程",
 text="""安田様

お世話になっております。北村です。
12月の産業医訪問日程をお知らせします。

・12月4日（水）13:30〜15:30　職場巡視（第2工場）、衛生委員会
・12月18日（水）14:00〜16:00　面談枠（3枠）

面談枠の対象者は、御社にて調整のうえ前日までにお知らせください。
橋本先生はお車で伺います。

""" + KITAMURA),

dict(key="b_invoice", expect="pass", kind="benign.corporate_bank",
 why="Monthly service invoice with the company's corporate account.",
 frm=F_KITAMURA, to=["丸菱精機 経理課 <keiri@marubishi-seiki.example.jp>"],
 subject="請求書送付のご案内（2024年10月分）",
 text="""丸菱精機株式会社 経理課 御中

平素よりお世話になっております。
10月分の産業保健サービス料の請求書をお送りします。

請求番号：WF-2410-0388
ご請求金額：275,000円（税込）
お支払期限：2024年11月30日
お振込先：埼玉りそな銀行 大宮支店 普通 4418207
口座名義：カ）ウェルフィールドサンギョウホケン
登録番号：T3030001082417

""" + KITAMURA),

dict(key="b_flu_schedule", expect="pass", kind="benign.vaccination_schedule",
 why="Group flu vaccination schedule with no names.",
 frm=F_ISHIKAWA, to=["日向化成 総務部 安田様 <yasuda@hyuga-kasei.example.jp>"],
 subject="インフルエンザ予防接種（集団接種）の日程について",
 text="""安田様

お世話になっております。石川です。
今年度のインフルエンザ集団予防接種の日程が確定しました。

日程：11月11日（月）・11月12日（火）　各日 12:00〜17:00
会場：本社 3F 大会議室
接種予定人数：210名（申込状況により変動）
料金：1人あたり 3,300円（税込）

予診票は11月1日までに各部署へお届けします。
卵アレルギー等で接種を控える方は、予診票の該当欄にご記入いただくようご案内ください。

""" + ISHIKAWA),

dict(key="b_system_outage", expect="pass", kind="benign.it_outage",
 why="System outage and malware isolation notice; 障害, 感染, 隔離 refer to IT only.",
 frm=F_KITAMURA, to=["丸菱精機 人事課 小池様 <koike@marubishi-seiki.example.jp>", "日向化成 総務部 安田様 <yasuda@hyuga-kasei.example.jp>"],
 subject="【復旧済】健康管理システムの障害について",
 text="""ご担当者様

いつもお世話になっております。ウェルフィールド産業保健の北村です。

10月23日 9:10〜11:45 の間、健康管理システム「WellNote」にログインできない障害が発生しておりました。
原因は当社業務端末1台のマルウェア感染で、当該端末はネットワークから隔離済みです。
調査の結果、システム上のデータへの不正アクセスや外部流出は確認されておりません。

ご不便をおかけし申し訳ございませんでした。

""" + KITAMURA),

dict(key="b_taichou", expect="pass", kind="benign.reschedule_unwell",
 why="Reschedules a visit because the nurse is unwell (体調不良) without any diagnosis.",
 frm=F_ISHIKAWA, to=["丸菱精機 人事課 小池様 <koike@marubishi-seiki.example.jp>"],
 subject="11/7の訪問日変更のお願い",
 text="""小池様

お世話になっております。石川です。
大変申し訳ございませんが、11月7日に予定しておりました保健師訪問について、
担当の佐伯が体調不良のため、日程を変更させていただけますでしょうか。

代替候補：11月13日（水）午後、11月15日（金）午前

ご迷惑をおかけし申し訳ございません。

""" + ISHIKAWA),

dict(key="b_genome_policy", expect="pass", kind="benign.genome_policy",
 why="Advice on a genetic-testing benefit at policy level, no individual results.",
 frm=F_SAEKI, to=["日向化成 総務部 安田様 <yasuda@hyuga-kasei.example.jp>"],
 subject="Re: 遺伝子検査の福利厚生導入について",
 text="""安田様

ご相談いただいた遺伝子検査（体質・疾病リスク）の福利厚生導入について、考え方を整理しました。

1. 検査結果は会社が一切取得しない設計にしてください（結果は本人にのみ通知）。
2. 受検の有無も人事評価・配置に使わないことを規程に明記することを推奨します。
3. 申込は検査会社のサイトで本人が直接行い、会社は利用人数のみ集計で受け取る形が望ましいです。
4. ゲノム情報は要配慮個人情報に当たるため、社内の取扱規程の改定が必要です。

衛生委員会で説明する際の資料案も作成できますので、お申し付けください。

""" + SAEKI,
 quoted=False),

dict(key="b_stress_group", expect="pass", kind="benign.aggregate_stress",
 why="Group analysis of the stress check by department, groups of ten or more only.",
 frm=F_SAEKI, to=["丸菱精機 人事課 小池様 <koike@marubishi-seiki.example.jp>"],
 subject="ストレスチェック集団分析結果の送付",
 text="""小池様

2024年度ストレスチェックの集団分析結果をお送りします（10名未満の部署は統合して集計）。

部署\t人数\t総合健康リスク\t仕事の量的負担\t上司の支援
製造部\t142\t108\t高め\t標準
生産技術部\t38\t96\t標準\t高め
品質保証部\t27\t112\t高め\t低め
管理部門（統合）\t31\t91\t標準\t標準
全社\t238\t104\t-\t-

品質保証部は昨年比 +9 ポイントのため、職場環境改善のワークショップをご提案します。

""" + SAEKI),

dict(key="b_newsletter", expect="pass", kind="benign.bcc_newsletter",
 why="Heat-stroke prevention newsletter with client addresses in Bcc.",
 frm=F_ISHIKAWA, to=[F_ISHIKAWA],
 bcc=["koike@marubishi-seiki.example.jp", "yasuda@hyuga-kasei.example.jp", "jinji@omiya-packaging.example.jp", "k.ono@kawagoe-denshi.example.jp",
  "soumu@tokorozawa-foods.example.jp", "h.nishida@saitama-gear.example.jp", "m.arai@ageo-plastics.example.jp", "jinji@kumagaya-steel.example.jp",
  "y.ito@koshigaya-logi.example.jp", "t.kaneda@soka-print.example.jp", "hr@iruma-tech.example.jp", "s.baba@kuki-chem.example.jp"],
 subject="【ウェルフィールド通信 Vol.42】冬季の腰痛・転倒災害の防止",
 text="""契約企業ご担当者様（BCCにて一斉送信しております）

今月のテーマは冬季の腰痛と転倒災害です。

■ 転倒災害は12〜2月に増加（当社顧客企業の集計で年間件数の38%）
■ 朝礼での3分ストレッチを推奨（動画リンクは下記）
■ 腰痛予防指針のポイントを1枚にまとめたポスターをご用意しました

https://wellfield-oh.example.jp/news/vol42

""" + ISHIKAWA),

dict(key="b_congrats", expect="pass", kind="benign.congratulations",
 why="Congratulates a partner doctor on opening a new clinic.",
 frm=F_ISHIKAWA, to=["中川 葉子 先生 <y.nakagawa@nakagawa-wh.example.jp>"],
 subject="ご開院おめでとうございます",
 text="""中川 葉子 先生

このたびは「なかがわウィメンズヘルスクリニック」のご開院、誠におめでとうございます。
先生には弊社セミナーで毎年ご登壇いただき、受講企業からも大変好評をいただいております。

ささやかではございますが、お祝いの花を11月1日午前に届くよう手配いたしました。
今後ともどうぞよろしくお願い申し上げます。

""" + ISHIKAWA),
]
for m in MAILS:
    m.pop("quoted", None)
