"""Org B: あさなぎ生命保険株式会社 保険金部 (life insurance claims department)."""
from common import A, Writer, att, mail, yamato_fmt, yamato_series

ORG = "B"
DOM = "asanagi-life.example.co.jp"

HORI = Writer("horinouchi", "堀之内 圭", f"k.horinouchi@{DOM}", """
──────────────────────────
あさなぎ生命保険株式会社
保険金部 支払査定課 課長代理
堀之内 圭（Kei Horinouchi）
〒530-0000 大阪府大阪市北区中之島西0-5-10 あさなぎ生命ビル14F
TEL 06-0000-7140 FAX 06-0000-7149
k.horinouchi@asanagi-life.example.co.jp
──────────────────────────
""", sig_en="""
Kei Horinouchi
Deputy Manager, Claims Assessment Section
Claims Department, Asanagi Life Insurance Co., Ltd.
Tel: +81-6-0000-7140
k.horinouchi@asanagi-life.example.co.jp
""")

ARAGAKI = Writer("aragaki", "新垣 美咲", f"m.aragaki@{DOM}", """
*************************************
あさなぎ生命保険株式会社
保険金部 保険金サービス課
新垣 美咲（あらかき みさき）
フリーダイヤル 0120-000-735（平日9:00〜17:00）
直通 06-0000-7152
*************************************
""")

SUGIURA = Writer("sugiura", "杉浦 匠", f"t.sugiura@{DOM}", """
--
あさなぎ生命 保険金部 支払査定課（調査担当）
杉浦 匠
06-0000-7163 / t.sugiura@asanagi-life.example.co.jp
""")

KATAGIRI = A("片桐 浩二", "k.katagiri@crossresearch.example.co.jp")
NAKATSU = A("有限会社ひまわり保険サービス 中津 恵", "m.nakatsu@himawari-hoken.example.jp")
WHITFORD = A("Daniel Whitford", "d.whitford@northbridge-re.example.com")
MOCHIZUKI = A("望月 沙織", "s.mochizuki@kasumigaoka-law.example.jp")
TSUMURA = A("あさひが丘クリニック 津村 秀明", "tsumura@asahigaoka-clinic.example.jp")


def build():
    M = []
    add = M.append

    # ------------------------------------------------------------ holds
    add(mail(ORG, SUGIURA, "hold", "body", "sensitive.diagnosis",
             "被保険者の氏名・生年月日・住所と乳がんの診断を調査会社に送っており、病歴という要配慮個人情報の社外送信にあたる。",
             [KATAGIRI], "医療機関照会のご依頼（受付番号 C25-08841）", """
株式会社クロスリサーチ
保険調査部 片桐様

いつもお世話になっております。あさなぎ生命 保険金部の杉浦です。
下記案件について、医療機関への照会（通院歴・初診日の確認）をお願いいたします。

【案件概要】
　受付番号：C25-08841
　証券番号：52-7781046（医療保険・がん特約付）
　被保険者：榊原 美代子 様（さかきばら みよこ）
　生年月日：1968年11月2日
　住所：兵庫県西宮市甲子園口北町0-8-21
　請求内容：がん診断給付金・入院給付金
　傷病名：左乳がん（ステージIIA）、2025年5月 市立あかね台病院にて診断
　契約日：2023年6月1日（告知日 2023年5月12日）

【照会事項】
　1. 初診日および初診時の主訴
　2. 2023年5月以前の乳腺外来の受診歴の有無（健診での要精検指摘を含む）
　3. 主治医の所見（発症時期の推定）

契約から2年以内のご請求のため、定例の確認となります。同意書（写）は別送いたします。
報告期限は8月22日でお願いできれば幸いです。
""", personal=[("name", "榊原 美代子"), ("birth_date", "1968年11月2日"),
                   ("address", "兵庫県西宮市甲子園口北町0-8-21"), ("diagnosis", "左乳がん（ステージIIA）")]))

    add(mail(ORG, ARAGAKI, "hold", "body", "id.private_bank_account",
             "個人である受取人の銀行口座番号と名義を代理店に送っており、私人の口座情報の社外送信にあたる。",
             [NAKATSU], "死亡保険金 お振込先口座の確認のお願い（証券番号 52-6402287）", """
有限会社ひまわり保険サービス
中津様

いつもお世話になっております。あさなぎ生命 保険金サービス課の新垣です。
先日ご提出いただいた死亡保険金請求書について、1点確認をお願いしたくご連絡いたしました。

受取人様がご記入されたお振込先が、以下のとおりとなっております。

　受取人：大森 和子 様
　金融機関：せせらぎ銀行 天満橋支店（店番 412）
　預金種目：普通
　口座番号：4417702
　口座名義：コウノ カズコ

口座名義が旧姓のままのようで、請求書上のお名前と一致しないため、このままではお振込ができません。
大変お手数ですが、大森様に以下のいずれかをご確認いただけますでしょうか。
　・名義変更済みの口座があれば、その口座情報
　・旧姓名義の口座で受け取りを希望される場合は、旧姓と現姓のつながりがわかる書類（戸籍謄本等）

ご確認いただけましたら、本メールへのご返信でお知らせください。
よろしくお願いいたします。
""", personal=[("name", "大森 和子"), ("bank_account", "4417702"), ("account_holder", "コウノ カズコ")]))

    add(mail(ORG, HORI, "hold", "body", "sensitive.cause_of_death",
             "Names the insured with date of birth and states suicide as the cause of death to the reinsurer (英文); 要配慮情報 about an identifiable person.",
             [WHITFORD], "Claim notification – Policy 52-6630915 (death benefit, JPY 80m)", """
Dear Daniel,

I hope you are well.
Please accept this as our formal notification of a death claim under our quota share treaty (Treaty No. NR-JP-2019-07).

Policy number: 52-6630915
Insured: Mr. Takuya ENOMOTO
Date of birth: 12 May 1979
Sum assured: JPY 80,000,000 (term life), reinsured share 50%
Date of death: 3 June 2025
Cause of death: suicide (per the police inquest report and the death certificate)
Policy issue date: 1 April 2021

As the policy has been in force for more than three years, the suicide exclusion period under the policy terms (3 years) expired on 31 March 2024, and we intend to pay the claim in full. We have found no indication of non-disclosure at application; the medical questionnaire was clear and no psychiatric history was noted in the hospital records we obtained.

Our expected payment date is 25 July 2025. Please let us know by 18 July if you would like to review the file before payment.

Best regards,
""", sig="en", personal=[("name", "Takuya ENOMOTO"), ("birth_date", "12 May 1979"), ("cause_of_death", "suicide")]))

    rows = [
        ("52-4410237", "HAYAMI Kenji", "1956-03-14", "M", "Death", "Pancreatic cancer", "2025-04-02", 20000000),
        ("52-3318560", "OKUDA Michiko", "1961-09-30", "F", "Cancer diagnosis", "Breast cancer", "2025-04-10", 2000000),
        ("52-5102894", "TAKAGI Shun", "1988-01-22", "M", "Death", "Traffic accident", "2025-04-18", 30000000),
        ("52-2876041", "MORIYAMA Setsuko", "1949-07-05", "F", "Death", "Pneumonia", "2025-04-27", 5000000),
        ("52-6011733", "INOUE Ryo", "1975-11-11", "M", "Total disability", "Amyotrophic lateral sclerosis", "2025-05-06", 25000000),
        ("52-4953318", "KANEKO Yumi", "1970-02-19", "F", "Cancer diagnosis", "Ovarian cancer", "2025-05-12", 3000000),
        ("52-3720465", "SHIMADA Tetsuo", "1958-12-08", "M", "Death", "Acute myocardial infarction", "2025-05-20", 10000000),
        ("52-5589012", "NOGUCHI Aya", "1992-06-03", "F", "Death", "Suicide", "2025-05-29", 15000000),
        ("52-2294876", "ISHIKAWA Goro", "1952-04-25", "M", "Death", "Cerebral haemorrhage", "2025-06-03", 8000000),
        ("52-6620148", "UEDA Haruka", "1983-10-17", "F", "Cancer diagnosis", "Cervical cancer", "2025-06-09", 2000000),
        ("52-4187359", "FUKUDA Masaru", "1964-08-21", "M", "Death", "Lung cancer", "2025-06-12", 20000000),
        ("52-3365092", "MATSUI Kazue", "1947-01-30", "F", "Death", "Heart failure", "2025-06-18", 3000000),
        ("52-5871206", "ARAI Daichi", "1979-05-09", "M", "Total disability", "Cerebral infarction (sequelae)", "2025-06-24", 30000000),
        ("52-6094417", "SUGAWARA Emi", "1986-03-28", "F", "Cancer diagnosis", "Thyroid cancer", "2025-06-30", 2000000),
    ]
    total = sum(r[7] for r in rows)
    csv = "policy_no,insured_name,date_of_birth,sex,claim_type,cause,date_of_event,paid_jpy,ri_share_jpy\n"
    csv += "\n".join(",".join([*r[:7], str(r[7]), str(r[7] // 2)]) for r in rows)
    add(mail(ORG, HORI, "hold", "attachment", "list.claims_bordereau",
             "The attached bordereau lists 14 insured persons with names, dates of birth and causes of death or diagnoses (英文); a roster with health data.",
             [WHITFORD], "Q2 2025 claims bordereau – Treaty NR-JP-2019-07", f"""
Dear Daniel,

Please find attached the claims bordereau for Q2 2025 (April to June) under Treaty NR-JP-2019-07.

- Number of claims paid: {len(rows)}
- Total paid: JPY {total:,}
- Reinsured share (50%): JPY {total // 2:,}

Two claims exceeded the individual notification threshold (JPY 25m) and were notified to you separately in April and June. There were no declined or contested claims in the quarter.

We would appreciate your settlement by the end of August as usual. Please let me know if you need any further information.

Best regards,
""", sig="en", attachments=[att("bordereau_Q2_2025_NR-JP-2019-07.csv", csv)],
             personal=[("name", "HAYAMI Kenji"), ("cause", "Pancreatic cancer"), ("name", "NOGUCHI Aya"),
                       ("birth_date", "1992-06-03"), ("name", "INOUE Ryo"), ("cause", "Amyotrophic lateral sclerosis")]))

    cert = """
診　断　書（生命保険会社提出用）

氏名：芦田 健吾　　性別：男
生年月日：昭和52年4月18日（48歳）
住所：奈良県生駒市あすか野北0-3-15

傷病名：
　① 2型糖尿病
　② 糖尿病性腎症（第5期）
　③ 糖尿病網膜症（両眼、増殖期）
初診日：平成28年9月12日

経過および現症：
　平成28年に健診で高血糖を指摘され当院初診。服薬・インスリン治療を継続するも腎機能が徐々に低下し、令和6年11月より血液透析を導入（週3回、1回4時間）。
　両眼とも増殖網膜症に対し光凝固術を施行。矯正視力 右0.05 左0.02。
日常生活動作：
　食事・排泄は自立。入浴は一部介助。外出時（通院を含む）は家族の付き添いを要する。
今後の見通し：
　腎機能の回復は見込めず、透析は終生継続の見込み。

上記のとおり診断します。
令和7年7月30日
医療法人 清和会 みどり野病院 腎臓内科
医師 秋元 徹
"""
    add(mail(ORG, SUGIURA, "hold", "attachment", "sensitive.medical_certificate",
             "添付の診断書に被保険者の氏名・生年月日・住所と糖尿病性腎症・透析などの病歴があり、顧問医あてでも要配慮個人情報の社外送信にあたる。",
             [TSUMURA], "高度障害保険金請求に関する査定意見のお願い（受付番号 C25-09127）", """
あさひが丘クリニック
津村先生

いつも大変お世話になっております。あさなぎ生命 保険金部の杉浦でございます。

高度障害保険金のご請求について、添付の診断書をもとに、約款上の高度障害状態への該当性につきご意見を賜りたく存じます。
とりわけ、次の2点についてご見解をお願いいたします。

　1. 人工透析の導入をもって「胸腹部臓器に著しい障害を残し、終身常に介護を要するもの」に該当すると評価できるか
　2. 視力の状態が「両眼の視力を全く永久に失ったもの」に該当する可能性があるか（追加で眼科の診断書を取り付けるべきか）

ご意見は、いつもの査定意見書の様式でいただけますと幸いです。
8月20日頃までにご返信いただけますと助かります。

何卒よろしくお願い申し上げます。
""", attachments=[att("診断書_C25-09127.pdf", cert)],
             personal=[("name", "芦田 健吾"), ("birth_date", "昭和52年4月18日"),
                       ("address", "奈良県生駒市あすか野北0-3-15"), ("diagnosis", "糖尿病性腎症（第5期）")]))

    add(mail(ORG, ARAGAKI, "hold", "quoted", "sensitive.health_history",
             "転送部分に亡くなった被保険者の実名とアルコール依存症の通院歴・死因が書かれており、病歴という要配慮個人情報を調査会社に送っている。",
             [KATAGIRI], "Fw: 保険金の請求についてご相談", """
クロスリサーチ
片桐様

お世話になっております。あさなぎ生命の新垣です。
死亡保険金のご請求に関連して、受取人様から下記のメールをいただきました。
ご契約時の告知内容との関係で確認が必要と思われますので、受取人様の同意書を取り付けたうえで、通院先への照会をお願いできますでしょうか。
同意書は本日、郵送で取り付けの手配をしております。受付番号は C25-09302 です。

よろしくお願いいたします。
""", quoted="""
差出人: 村瀬 里美 <satomi.murase@yahoo.co.jp>
送信日時: 2025年8月4日 21:37
宛先: あさなぎ生命 保険金サービス課 <hokenkin@asanagi-life.example.co.jp>
件名: 保険金の請求についてご相談

あさなぎ生命 ご担当者様

お世話になります。先月亡くなった夫 村瀬 達也（証券番号 52-5519830）の保険金の件でご相談です。
書類を書いていて気になったのですが、夫は2019年ごろからアルコール依存症で、守口市の久保クリニックに通院していました。加入したのは2020年の秋で、そのときの告知でこのことを書いたかどうか、私にはわかりません。
亡くなった原因は肝硬変と聞いています。このことで保険金が出ないことはあるのでしょうか。
書類にどう書けばよいか教えていただけると助かります。

村瀬 里美
携帯 090-0000-5582
""", personal=[("name", "村瀬 達也"), ("health", "アルコール依存症"), ("cause_of_death", "肝硬変")]))

    add(mail(ORG, HORI, "hold", "quoted", "sensitive.criminal_proceedings",
             "転送した調査報告に加害運転者の実名と逮捕・起訴の事実、被害者の実名が含まれており、刑事手続に関する要配慮情報を社外に送っている。",
             [MOCHIZUKI], "Fw: 【調査報告】受付番号C25-07716（交通事故による死亡）", """
霞ヶ丘法律事務所
望月先生

いつもお世話になっております。あさなぎ生命の堀之内です。
標記案件について、調査会社から報告がありましたので転送いたします。

災害死亡保険金はすでにお支払い済みですが、受取人様（ご遺族）から「加害者の刑事手続の状況や処分結果を教えてほしい」とのご要望が繰り返し寄せられております。
当社が調査の過程で知り得た情報を、どの範囲でご遺族にお伝えしてよいか（あるいは一切お伝えすべきでないか）について、ご見解をいただけますでしょうか。
また、ご遺族が被害者参加制度を利用される場合に、当社として協力できる範囲についてもご教示いただけますと幸いです。

よろしくお願いいたします。
""", quoted="""
---------- 転送メッセージ ----------
From: 片桐 浩二 <k.katagiri@crossresearch.example.co.jp>
Date: 2025年7月28日 16:02
Subject: 【調査報告】受付番号C25-07716（交通事故による死亡）
To: 堀之内 圭 <k.horinouchi@asanagi-life.example.co.jp>

あさなぎ生命保険 堀之内様

お世話になっております。クロスリサーチの片桐です。
標記案件の調査結果（要旨）をご報告します。正式な報告書は明日送付します。

・事故日時：2025年6月29日 23:10頃
・場所：大阪府内の市道交差点
・被保険者 津田 亮介 様（41）は徒歩で横断中、右折してきた乗用車にはねられ、搬送先で死亡
・加害運転者 小杉 隆之（52、会社員）は、呼気から基準値を超えるアルコールが検出され、危険運転致死の疑いで逮捕。現在は起訴され、公判前整理手続中
・被保険者側の過失を示す事情は見当たらず、災害死亡保険金の支払事由に該当すると判断

クロスリサーチ 保険調査部 片桐
"""
             , personal=[("name", "小杉 隆之"), ("criminal", "危険運転致死の疑いで逮捕"), ("name", "津田 亮介")]))

    add(mail(ORG, SUGIURA, "hold", "subject", "sensitive.psychiatric_history",
             "件名に被保険者の実名と統合失調症の既往が書かれており、病歴が件名だけで社外に出る。",
             [MOCHIZUKI], "告知義務違反による解除の可否について（被保険者 石黒和夫様・統合失調症の既往）", """
霞ヶ丘法律事務所
望月先生

いつもお世話になっております。あさなぎ生命 保険金部の杉浦です。

標記の件、入院給付金のご請求に伴う調査で、契約締結前の通院歴が判明いたしました。
契約の解除および給付金不払いの可否について、ご相談させてください。

【経緯】
　・契約日：2022年9月1日（医療保険、告知日：同年8月18日）
　・告知書の「過去5年以内に、医師の診察・検査・治療・投薬を受けたことがありますか」に「いいえ」と回答
　・医療機関照会の結果、2016年から2021年12月まで当該疾病で通院・投薬を継続していたことが判明
　・今回の入院（2025年6月〜7月、約7週間）も同一疾病によるもの

【ご相談事項】
　1. 告知義務違反に基づく解除が可能か（解除権の除斥期間、因果関係の有無）
　2. 募集時に代理店担当者による告知妨害がなかったかの確認方法
　3. 解除する場合のご本人への説明の進め方（ご本人の病状への配慮を含む）

関係資料は明日、ファイル共有サービスでお送りいたします。
よろしくお願いいたします。
""", personal=[("name", "石黒和夫"), ("diagnosis", "統合失調症")]))

    maturity = """
証券番号,契約者名,生年月日,郵便番号,住所,電話番号,満期日,満期保険金額,受取口座
52-1820334,吉永 正樹,1960-05-02,803-0000,福岡県北九州市小倉北区金田0-3-12,093-0000-4471,2025-09-01,3000000,せせらぎ銀行 小倉支店 普通 1129805
52-1820871,堤 由紀子,1965-11-19,802-0000,福岡県北九州市小倉南区湯川0-8-2,090-0000-2358,2025-09-01,2000000,ちくし信用金庫 湯川支店 普通 0458812
52-1821460,森本 昭,1958-02-27,804-0000,福岡県北九州市戸畑区中原東0-14-6,093-0000-7702,2025-09-01,5000000,ゆうちょ銀行 七八八店 普通 2210476
52-1822019,柴田 綾,1972-08-08,806-0000,福岡県北九州市八幡西区黒崎0-1-9-402,080-0000-6135,2025-09-15,1000000,せせらぎ銀行 黒崎支店 普通 3377160
52-1822556,古賀 利夫,1955-06-30,800-0000,福岡県北九州市門司区栄町0-5-21,093-0000-3319,2025-09-15,3000000,ちくし信用金庫 門司支店 普通 0912243
52-1823108,永田 真理,1968-12-24,808-0000,福岡県北九州市若松区本町0-2-7,090-0000-8864,2025-09-15,2000000,ゆうちょ銀行 七一八店 普通 5604391
52-1823722,竹下 勇,1961-03-03,803-0000,福岡県北九州市小倉北区上富野0-9-30,093-0000-1580,2025-09-30,4000000,せせらぎ銀行 小倉支店 普通 2046618
"""
    template = """
【満期保険金のお支払いに関するご案内（ひな形）】

○○ ○○ 様

平素は格別のお引き立てを賜り、誠にありがとうございます。
ご契約の満期日が近づいてまいりましたので、ご案内申し上げます。
満期保険金は、ご登録の口座へ満期日の翌営業日にお振込みいたします。
ご住所・お振込先に変更がある場合は、担当代理店までご連絡ください。

あさなぎ生命保険株式会社
"""
    add(mail(ORG, ARAGAKI, "hold", "zip", "list.maturity_roster_zip",
             "暗号化されていないZIP内のCSVに、契約者7名の氏名・生年月日・住所・電話・受取口座が並んでおり、顧客名簿の社外送信にあたる。",
             [A("株式会社ライフパートナーズ北九州 吉永 拓也", "t.yoshinaga@lifepartners-kk.example.co.jp")],
             "9月満期のお客様への事前ご案内について", """
株式会社ライフパートナーズ北九州
吉永様

いつもお世話になっております。あさなぎ生命 保険金サービス課の新垣です。

9月に満期を迎えるご契約のうち、貴代理店扱いのお客様分の資料をZIPにまとめてお送りします。
満期保険金のお支払案内を8月25日に発送する予定ですので、ご住所・お振込先に変更がないか、お客様にご確認いただけますでしょうか。
変更があった場合は、8月20日までに本メールへのご返信でお知らせください。

案内文のひな形も同封しております。代理店様からご連絡される際にご利用ください。

よろしくお願いいたします。
""", attachments=[att("満期案内資料_202509.zip/満期予定者一覧.csv", maturity),
                  att("満期案内資料_202509.zip/案内文_ひな形.txt", template)],
             personal=[("name", "吉永 正樹"), ("address", "福岡県北九州市小倉北区金田0-3-12"),
                       ("name", "堤 由紀子"), ("phone", "090-0000-2358"),
                       ("bank_account", "ゆうちょ銀行 七八八店 普通 2210476")]))

    hospitals = [
        A("医療法人 清和会 みどり野病院 医事課", "iji@midorino-hp.example.or.jp"),
        A("市立あかね台病院 医事課 文書係", "bunsho@akanedai-city-hp.example.jp"),
        A("医療法人社団 康寿会 さくら坂クリニック", "info@sakurazaka-cl.example.jp"),
        A("社会医療法人 浜手中央病院 医事課", "iji@hamate-chuo.example.or.jp"),
        A("医療法人 宏和会 いずみ総合病院 文書窓口", "monjo@izumi-sogo.example.or.jp"),
        A("医療法人 たちばな会 橘内科", "clinic@tachibana-naika.example.jp"),
        A("医療法人 三和会 はるかぜ病院 医事課", "iji@harukaze-hp.example.or.jp"),
        A("あしたば整形外科 受付", "info@ashitaba-seikei.example.jp"),
        A("医療法人 恵光会 ひかり眼科", "desk@hikari-ganka.example.jp"),
        A("医療法人 青葉会 こもれび病院 医事課", "iji@komorebi-hp.example.or.jp"),
        A("医療法人 潮風会 しおさい記念病院 総務課", "soumu@shiosai-kinen.example.or.jp"),
        A("医療法人 白樺会 しらかば腎クリニック", "info@shirakaba-jin.example.jp"),
    ]
    add(mail(ORG, ARAGAKI, "hold", "recipients", "recipients.to_hospitals",
             "提携医療機関12か所のアドレスを宛先(To)に並べて送っており、社外の宛先が相互に見える（BCCにすべき）。",
             hospitals, "【ご案内】当社所定診断書の様式改定について（2025年10月1日より）", """
医療機関 各位

平素より、当社ご契約者様の保険金・給付金のご請求に際し、診断書の作成にご協力を賜り、厚く御礼申し上げます。
あさなぎ生命保険株式会社 保険金部でございます。

このたび当社では、記入欄の簡素化と記入漏れの防止を目的として、所定の診断書様式を改定いたしました。
2025年10月1日以降にご作成いただく診断書につきましては、新様式でのご記入をお願い申し上げます。

■主な改定内容
　・入院・手術欄を一体化し、手術の「Kコード」記入欄を新設
　・がん診断時の病理組織診断欄をチェック方式に変更
　・記入不要の項目（発病日の推定根拠等）を削除
■旧様式の取扱い
　2026年3月31日までにご作成いただいたものは、旧様式でも受け付けます。
■新様式のダウンロード
　https://www.asanagi-life.example.co.jp/medical/forms/

新様式の紙での送付をご希望の場合は、下記までご連絡ください。
今後とも何卒よろしくお願い申し上げます。
"""))

    # ------------------------------------------------------------ passes
    add(mail(ORG, ARAGAKI, "pass", "none", "benign.corporate_bank_account",
             "病院（医療法人）の法人口座への文書料の振込連絡で、患者は受付番号でしか示していない。",
             [A("みどり野病院 医事課 文書係", "iji@midorino-hp.example.or.jp")],
             "診断書作成料（文書料）のお支払いについて", """
医療法人 清和会 みどり野病院
医事課 文書係 ご担当者様

いつも大変お世話になっております。あさなぎ生命 保険金サービス課の新垣です。

当社所定の診断書の作成料につきまして、下記のとおりお振込みいたしますのでご連絡申し上げます。

　対象：受付番号 C25-08990、C25-09014、C25-09127（計3通）
　金額：16,500円（1通 5,500円・税込）
　振込予定日：2025年8月29日（金）
　振込先：せせらぎ銀行 みどり野支店 普通 2208461
　口座名義：イ）セイワカイ

領収書は不要です。請求書の原本は当社にて保管いたします。
引き続きよろしくお願いいたします。
"""))

    add(mail(ORG, ARAGAKI, "pass", "none", "benign.masked_card_self",
             "契約者本人への手続完了通知で、カード番号は下4桁以外マスクされている。",
             [A("藤代 亜希子 様", "akiko.fujishiro@gmail.com")],
             "【あさなぎ生命】保険料のクレジットカード払いへの変更手続き完了のお知らせ", """
藤代 亜希子 様

いつもあさなぎ生命をご愛顧いただき、誠にありがとうございます。
保険金サービス課の新垣でございます。

先日お電話でお申し出いただいた、保険料のお払込方法の変更手続きが完了いたしましたので、お知らせいたします。

　証券番号：52-8820417
　変更後のお払込方法：クレジットカード払い（月払）
　ご登録カード：VISA **** **** **** 4021（有効期限 **/**）
　初回のご請求：2025年9月分の保険料から

口座振替は8月分をもって終了いたします。
お心当たりのない場合や、ご不明な点がございましたら、フリーダイヤルまでお問い合わせください。

今後ともよろしくお願い申し上げます。
"""))

    y1 = yamato_series("48213307594", True)
    y2 = yamato_series("48213307652", False)
    add(mail(ORG, SUGIURA, "pass", "none", "benign.yamato_tracking",
             "12桁の番号は宅急便の伝票番号（一方は偶然マイナンバーの検査数字も満たす）で、個人番号ではない。",
             [NAKATSU], "請求書類の返送について（2件）", f"""
ひまわり保険サービス
中津様

お世話になっております。あさなぎ生命の杉浦です。
先日お預かりした請求書類のうち、記入漏れのあった2件を本日、宅急便で貴社あてに返送いたしました。

　受付番号 C25-09011（請求書の受取人署名欄が未記入）
　　お問い合わせ伝票番号：{yamato_fmt(y1)}
　受付番号 C25-09044（診断書の作成日が空欄）
　　お問い合わせ伝票番号：{yamato_fmt(y2)}

お届けは明日の午前中の予定です。
付箋をつけた箇所をご記入いただき、同封の返信用封筒でご返送ください。

よろしくお願いいたします。
"""))

    add(mail(ORG, HORI, "pass", "none", "benign.aggregate_covid",
             "新型コロナ関連の支払件数・金額の集計値のみで、個人を特定できる情報はない。",
             [A("生命保険支払実務協議会 事務局", "jimukyoku@seiho-shiharai.example.or.jp")],
             "【回答】新型コロナウイルス感染症関連の支払実績調査（2025年4〜6月）", """
一般社団法人 生命保険支払実務協議会
事務局 御中

いつもお世話になっております。あさなぎ生命 保険金部の堀之内です。
標記の調査につきまして、当社の実績を下記のとおり回答いたします。

【新型コロナウイルス感染症に関する支払実績（2025年4月〜6月）】
　入院給付金：412件　　 48,260千円
　　うち、医療機関での入院　　 412件（宿泊療養・自宅療養による支払はなし）
　死亡保険金：9件　　　123,000千円
　　（年代別：60代 2件、70代 4件、80代以上 3件）
　疾病特約の対象となった件数：27件

【参考：前年同期】
　入院給付金：655件　　 71,540千円
　死亡保険金：14件　　 168,500千円

感染拡大期に比べ件数は減少傾向にあります。
なお、院内感染による隔離期間の延長に伴う入院日数の増加が一部みられました。

ご不明な点がございましたら、お知らせください。
"""))

    add(mail(ORG, HORI, "pass", "none", "benign.condolence",
             "取引先代表者の父親の逝去へのお悔やみで、病歴などの要配慮情報や顧客情報は含まれない。",
             [A("有限会社ひまわり保険サービス 代表取締役 中津 誠一", "s.nakatsu@himawari-hoken.example.jp")],
             "お悔やみ申し上げます", """
有限会社ひまわり保険サービス
代表取締役 中津 誠一 様

ご尊父 中津 善蔵 様のご逝去の報に接し、謹んでお悔やみ申し上げます。
創業者として長年にわたり地域の皆さまの暮らしを支えてこられたお姿を思い、当社一同、ご冥福を心よりお祈り申し上げます。

ご葬儀の日程は恵様より伺いました。遠方のため参列がかなわず、誠に失礼とは存じますが、心ばかりの供花を手配させていただきました。
ご家族の皆さまには、どうかご自愛くださいますようお願い申し上げます。

略儀ながら、メールにて失礼いたします。
"""))

    add(mail(ORG, SUGIURA, "pass", "none", "benign.genome_policy",
             "遺伝学的検査結果を利用しないという会社方針の説明で、特定の個人の遺伝情報は含まれない。",
             [A("NPO法人 くらしと保険を考える会 事務局", "office@kurashi-hoken.example.org")],
             "RE: 遺伝学的検査結果の取扱いに関するご質問への回答", """
NPO法人 くらしと保険を考える会
事務局 ご担当者様

お問い合わせいただき、ありがとうございました。あさなぎ生命 保険金部の杉浦でございます。
ご質問につきまして、当社の方針を下記のとおりご回答いたします。

1. 引受（ご加入時）について
　当社は、告知書において遺伝学的検査の受検の有無やその結果をお尋ねしておらず、ご提出も求めておりません。
2. 支払査定について
　保険金・給付金の支払査定において、遺伝学的検査の結果を利用することはございません。
3. 偶然に取得した場合の取扱い
　医療機関からの診断書等に遺伝学的検査の結果が記載されていた場合でも、査定には使用せず、社内規程に基づき厳重に管理いたします。

業界団体の申し合わせに沿った運用であり、今後も変更の予定はございません。
講演会資料への掲載も差し支えございません。
""", quoted="""
-----Original Message-----
From: くらしと保険を考える会 事務局 <office@kurashi-hoken.example.org>
Sent: Monday, August 18, 2025 3:15 PM
To: あさなぎ生命 お客様窓口 <otoiawase@asanagi-life.example.co.jp>
Subject: 遺伝学的検査結果の取扱いに関するご質問

あさなぎ生命保険株式会社 御中

当会では、9月に「がんゲノム医療と保険」をテーマにした市民講座を予定しております。
参加者から「遺伝子検査を受けると保険に入れなくなるのではないか」という声が多く寄せられているため、各社の方針を伺っております。
加入時および保険金支払時の取扱いについて、ご回答いただけますでしょうか。

NPO法人 くらしと保険を考える会 事務局
"""))

    add(mail(ORG, HORI, "pass", "none", "benign.meeting_arrangement_en",
             "Scheduling a claims audit visit with the reinsurer (英文); only business contacts appear.",
             [WHITFORD], "RE: Claims audit visit – October 2025", """
Dear Daniel,

Thank you for your message and for proposing dates.

14–15 October works well for us. We have booked our meeting room on the 14th floor from 10:00 on both days. The agenda you suggested is fine; we would only add a short session on our new medical certificate form (effective 1 October) on the second afternoon.

Attendees from our side will be myself, Ms. Aragaki from the Claims Service Section and our chief medical officer for the first morning.

For the file review, we will prepare the 20 files you selected in the claims room. As usual, the files cannot be copied or taken outside.

Looking forward to seeing you and Priya in Osaka.

Best regards,
""", sig="en", quoted="""
On Thu, 21 Aug 2025 at 09:14, Daniel Whitford <d.whitford@northbridge-re.example.com> wrote:
> Dear Kei,
>
> I hope the summer has been kind to you.
> We would like to schedule our annual claims audit visit to Osaka. Would 14–15 October or 21–22 October suit you?
> Priya Raman from our Singapore office will join me.
>
> Proposed agenda:
> 1. Review of Q1–Q3 claims experience
> 2. File review (20 sample files, list to follow)
> 3. Update on large claims and litigation
>
> Kind regards,
> Daniel
>
> Daniel Whitford
> Senior Claims Manager, Asia Pacific
> Northbridge Re, Tokyo Branch
> Tel: +81-3-0000-9920
"""))

    agencies = [
        A("株式会社ライフパートナーズ北九州", "info@lifepartners-kk.example.co.jp"),
        A("有限会社なにわ保険企画", "info@naniwa-hoken.example.jp"),
        A("株式会社ほけんの森", "support@hoken-mori.example.co.jp"),
        A("株式会社すずらんライフ", "office@suzuran-life.example.jp"),
        A("有限会社エース保険事務所", "ace@ace-hoken.example.jp"),
        A("株式会社ライフコンシェル神戸", "info@lifeconcierge-kobe.example.co.jp"),
        A("株式会社みなと保険サービス", "desk@minato-hoken.example.co.jp"),
    ]
    add(mail(ORG, ARAGAKI, "pass", "none", "benign.system_outage",
             "「障害」はシステム障害の意味で、他の代理店はBCCに入っており見える社外宛先は1件だけ。",
             [NAKATSU], "【復旧済】保険金請求受付システムの障害について（8月5日）", """
代理店各位
（本メールは、保険金請求受付システムをご利用の代理店様にBCCでお送りしています）

いつもお世話になっております。あさなぎ生命 保険金部でございます。

本日午前、代理店ポータルの保険金請求受付システムにおいて障害が発生し、ご不便をおかけいたしました。
現在は復旧しておりますので、ご報告いたします。

■発生時間：2025年8月5日（火）9:12〜11:40
■影響：請求書類のアップロード、受付状況の照会ができない状態
■原因：データセンター内のストレージ装置の障害
■データへの影響：アップロード済みの書類の消失・破損はございません

障害発生中にアップロードできなかった書類につきましては、お手数ですが再度のアップロードをお願いいたします。
今後、同様の事象が起きないよう、機器の冗長化を進めてまいります。
"""
             , bcc=agencies))

    add(mail(ORG, SUGIURA, "pass", "none", "benign.successor_introduction",
             "担当交代のあいさつで、前任・後任の業務上の連絡先のみを伝えている。",
             [KATAGIRI, A("クロスリサーチ 保険調査部長 三好 達郎", "t.miyoshi@crossresearch.example.co.jp")],
             "担当者交代のご挨拶（あさなぎ生命 保険金部）", """
株式会社クロスリサーチ
保険調査部 三好部長
片桐様

いつも大変お世話になっております。あさなぎ生命 保険金部の杉浦です。

私事で恐縮ですが、10月1日付で本社医務査定グループへ異動することとなりました。
在任中は、難しい案件のたびに迅速かつ丁寧な調査をしていただき、本当にありがとうございました。

後任は、同じ支払査定課の篠田 悠真が務めます。
　篠田 悠真（しのだ ゆうま）
　TEL 06-0000-7165
　y.shinoda@asanagi-life.example.co.jp
9月中は篠田と二人体制で対応し、引き継ぎ漏れのないようにいたします。

近いうちに篠田とともにご挨拶に伺えればと存じます。
今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。
""", cc=[HORI.addr, A("篠田 悠真", f"y.shinoda@{DOM}")]))

    add(mail(ORG, ARAGAKI, "pass", "none", "benign.data_subject_self",
             "請求者本人への書類不足の連絡で、本人の情報を本人に送っているだけ。",
             [A("大谷 真紀子 様", "makiko.otani@outlook.com")],
             "【あさなぎ生命】ご請求書類の不足について（受付番号 C25-09288）", """
大谷 真紀子 様

このたびはご請求書類をお送りいただき、ありがとうございました。
あさなぎ生命 保険金サービス課の新垣でございます。

お送りいただいた書類を確認いたしましたところ、下記の書類が不足しておりました。
お手数をおかけし恐縮ですが、ご準備のうえ、同封の返信用封筒にてご返送くださいますようお願い申し上げます。

　受付番号：C25-09288
　不足書類：
　　1. 当社所定の入院証明書（診断書）
　　　※お送りいただいたのは領収書の写しでした。入院証明書は医療機関の窓口でご依頼ください。
　　2. ご本人確認書類の写し（運転免許証、マイナンバーカードの表面など）

書類が揃い次第、5営業日以内にお支払いいたします。
ご不明な点がございましたら、フリーダイヤルまでお気軽にお問い合わせください。
"""))

    return M
