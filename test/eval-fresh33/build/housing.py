from common import *

# ================= HOLDS =================

M(key="R1", expect="hold", kind="id.residence_card",
  why="Rental-guarantee application with an applicant's residence card number, date of birth, employer and income sent to a guarantee company.",
  **{"from": MIYASHITA},
  to=["審査受付 <shinsa@next-guarantee.co.jp>"],
  subject="保証審査申込（西葛西ブリッジハイツ 205号室）",
  text=f"""ネクストギャランティ株式会社
審査受付ご担当者様

いつもお世話になっております。レジデンスブリッジの宮下です。
下記の入居希望者につき、家賃保証の審査をお願いいたします。申込書原本は本日郵送いたしました。

物件：西葛西ブリッジハイツ 205号室（賃料 78,000円／共益費 5,000円）
申込者：PHAM THI HOA（ファム ティ ホア）
国籍：ベトナム
生年月日：1996年4月8日
在留カード番号：UH48217390FA（在留資格：技術・人文知識・国際業務、期限 2026年10月2日）
勤務先：株式会社アークソフトウェア（江東区）勤続2年、年収 約380万円
携帯：080-9924-5317
緊急連絡先：同社 総務部（在籍確認可）

審査結果はメールにてご連絡いただけますと幸いです。

{SIG_MIYASHITA}""",
  personal=[{"type":"residence_card","value":"UH48217390FA"},{"type":"name","value":"PHAM THI HOA"},
            {"type":"birth_date","value":"1996年4月8日"},{"type":"phone","value":"080-9924-5317"}])

M(key="R2", expect="hold", kind="list.debtors",
  why="Attached spreadsheet lists seven tenants by name and room with rent arrears and phone numbers, sent to a landlord's lawyer.",
  **{"from": KAWABATA},
  to=["桐生法律事務所 木村先生 <kimura@kiryu-law.jp>"],
  cc=["オーナー 大塚様 <otsuka.shigeru@yahoo.co.jp>"],
  subject="滞納状況表（11月末）のご送付",
  text=f"""桐生法律事務所
木村先生

いつもお世話になっております。レジデンスブリッジの川端です。
大塚様所有物件の11月末時点の滞納状況表を添付いたします。
3か月以上の2件（表の1・2行目）について、内容証明の発送をご相談させてください。

{SIG_KAWABATA}""",
  attachments=[{"filename":"滞納状況_2024-11.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
   "text":"""[Sheet1]
物件\t号室\t契約者\t国籍\t携帯\t滞納月数\t滞納額\t備考
大塚ハイツ葛西\t102\tSHRESTHA Ramesh\tネパール\t090-4471-2290\t4\t232,000\t連絡つかず
大塚ハイツ葛西\t305\tDA SILVA Thiago\tブラジル\t080-5516-0382\t3\t186,000\t分割合意破棄
大塚ハイツ葛西\t201\tLE Thi Mai\tベトナム\t070-2288-6145\t2\t118,000\t
コーポ大塚\t101\tGURUNG Anil\tネパール\t080-7710-9936\t1\t61,000\t12/10入金約束
コーポ大塚\t203\tREYES Maria Cristina\tフィリピン\t090-8817-4420\t1\t63,000\t
コーポ大塚\t302\t田島 大樹\t日本\t090-2236-1184\t1\t58,000\t
コーポ大塚\t303\tWANG Fang\t中国\t080-1923-7705\t1\t58,000\t口座振替不能"""}],
  personal=[{"type":"name","value":"SHRESTHA Ramesh"},{"type":"phone","value":"090-4471-2290"},
            {"type":"debt","value":"232,000"},{"type":"name","value":"DA SILVA Thiago"},{"type":"name","value":"田島 大樹"}])

M(key="R3", expect="hold", kind="personal.complaint",
  why="Forwards a neighbour's noise complaint with the complainant's name, room and mobile number to the other tenant's employer.",
  **{"from": KAWABATA},
  to=["総務部 寮担当 <ryo-tanto@kasai-foodfactory.co.jp>"],
  subject="Fw: 夜間の騒音について（コーポ大塚 202号室）",
  text=f"""葛西フードファクトリー株式会社
総務部 寮ご担当者様

いつもお世話になっております。レジデンスブリッジの川端です。
御社で社宅契約いただいている202号室について、下の階の入居者様から苦情が届いておりますので転送いたします。
社員の皆さまへの注意喚起をお願いできますでしょうか。苦情のご本人は「会社からも直接説明してほしい」とのことでしたので、必要に応じてご連絡ください。

{SIG_KAWABATA}

-------- 転送メッセージ --------
差出人: 北村 沙織 <saori.kitamura0715@docomo.ne.jp>
件名: 夜間の騒音について
日時: 2024年12月2日 23:48

レジデンスブリッジ 御中
コーポ大塚102号室の北村沙織です。
真上の202号室で、ほぼ毎晩0時過ぎまで大声で話したり音楽を流したりしています。
子どもが小さく、夜中に起きてしまい困っています。先週も直接注意しましたが改善しません。
私の携帯は 090-6638-2051 です。日中は在宅しています。
早急に対応をお願いします。""",
  personal=[{"type":"name","value":"北村 沙織"},{"type":"phone","value":"090-6638-2051"},
            {"type":"email","value":"saori.kitamura0715@docomo.ne.jp"}])

M(key="R4", expect="hold", kind="sensitive.religion",
  why="Tells a private landlord that a named applicant is Muslim and how he practises his religion.",
  **{"from": MIYASHITA},
  to=["大塚 茂 様 <otsuka.shigeru@yahoo.co.jp>"],
  subject="入居申込のご相談（大塚ハイツ葛西 104号室）",
  text=f"""大塚 茂 様

いつもお世話になっております。レジデンスブリッジの宮下です。
空室の104号室に入居申込が入りましたので、ご相談させてください。

申込者：Ahmed Raza Chaudhry（アハメド ラザ チョードリー）様、パキスタン国籍、32歳
勤務先：都内のIT企業（正社員、年収 約520万円）、保証会社の承認済み

事前にお伝えしておきたい点として、アハメド様はイスラム教徒で、1日5回のお祈りを室内でされるとのことです。
また金曜日は近隣のモスク（一之江）に通われるそうです。豚肉を使わない料理のため調理のにおいが気になる方もいるかもしれない、とご本人が気にされていました。

騒音等は特に心配ないと考えておりますが、オーナー様のご意向を伺えますでしょうか。

{SIG_MIYASHITA}""",
  personal=[{"type":"name","value":"Ahmed Raza Chaudhry"},{"type":"religion","value":"イスラム教徒で、1日5回のお祈りを室内でされる"}])

M(key="R5", expect="hold", kind="id.bank_account",
  why="A departing private tenant's personal bank account sent to an outside accounting firm for the deposit refund.",
  **{"from": KAWABATA},
  to=["経理代行 担当 <keiri@sakura-bpo.co.jp>"],
  subject="敷金返還の振込依頼（西葛西ブリッジハイツ 402号室）",
  text=f"""さくらBPO 経理代行ご担当者様

いつもお世話になっております。川端です。
下記のとおり敷金返還の振込をお願いいたします。精算書は共有フォルダに格納済みです。

物件：西葛西ブリッジハイツ 402号室
退去日：2024年11月30日
返還額：96,400円（敷金156,000円－原状回復費59,600円）
振込先：みずなみ銀行 西葛西支店（店番 318） 普通 4827716
口座名義：ディアス カルロス エドゥアルド
振込予定日：12月13日

よろしくお願いいたします。

{SIG_KAWABATA}""",
  personal=[{"type":"bank_account","value":"普通 4827716"},{"type":"name","value":"ディアス カルロス エドゥアルド"}])

M(key="R6", expect="hold", kind="recipients.visible",
  why="Water-outage notice sent to twelve tenants' private addresses all visible in To.",
  **{"from": JOAO},
  to=["thiago.dasilva88@gmail.com","rameshshrestha.np@gmail.com","lethimai1999@yahoo.co.jp","anil.gurung22@icloud.com",
      "mc.reyes.ph@gmail.com","wangfang_tokyo@163.com","t.tajima.0915@ezweb.ne.jp","bruna.souza.jp@hotmail.com",
      "nguyenvanthanh.hn@gmail.com","pablo.k.rojas@outlook.com","s.tamang.1990@gmail.com","yamamoto.kana.mm@docomo.ne.jp"],
  subject="【断水のお知らせ】Water outage / Corte de água – 12/11",
  text=f"""大塚ハイツ葛西・コーポ大塚 入居者の皆さま
Dear residents / Prezados moradores,

貯水槽清掃のため、下記の時間は断水します。
Due to water tank cleaning, there will be NO WATER during the time below.
Devido à limpeza da caixa d'água, não haverá água no horário abaixo.

12月11日（水） 9:00～13:00
Wednesday 11 December, 9:00–13:00

前日の夜に、飲み水やトイレ用の水を用意してください。
Please keep some water for drinking and the toilet the night before.

{SIG_JOAO}""")

M(key="R7", expect="hold", kind="attachment.id_scan",
  why="Scanned passport and residence-card images of a named applicant attached to a mail to a guarantee company.",
  **{"from": MIYASHITA},
  to=["審査受付 <shinsa@next-guarantee.co.jp>"],
  subject="追加書類のご送付（申込番号 NG-2412-0448）",
  text=f"""ネクストギャランティ株式会社
審査受付ご担当者様

お世話になっております。レジデンスブリッジの宮下です。
申込番号 NG-2412-0448（Nguyen Van Thanh 様）の追加書類として、パスポートと在留カード（表・裏）の写しを添付いたします。
不鮮明な箇所がございましたらお知らせください。

{SIG_MIYASHITA}""",
  attachments=[{"filename":"passport_NguyenVanThanh.jpg","contentType":"image/jpeg"},
               {"filename":"zairyu_front_NguyenVanThanh.jpg","contentType":"image/jpeg"},
               {"filename":"zairyu_back_NguyenVanThanh.jpg","contentType":"image/jpeg"}],
  personal=[{"type":"name","value":"Nguyen Van Thanh"}])

M(key="R8", expect="hold", kind="sensitive.crime_victim",
  why="The quoted tenant message reveals she is a domestic-violence victim under a protection order; forwarded to the landlord.",
  **{"from": KAWABATA},
  to=["大塚 茂 様 <otsuka.shigeru@yahoo.co.jp>"],
  subject="Fw: Moving out / 解約のご連絡（コーポ大塚 203号室）",
  text=f"""大塚様

お世話になっております。川端です。
203号室の入居者様から、急ぎの解約と下記のお申し出がありましたので共有いたします。
通常の1か月前予告ではなく、今月末での解約を認めてよいかご判断ください。原状回復の立会いは当社で行います。

{SIG_KAWABATA}

---------- Forwarded message ---------
From: Maria Cristina Reyes <mc.reyes.ph@gmail.com>
Date: Tue, Dec 3, 2024 at 7:15 AM
Subject: Moving out

Dear Mr. Kawabata,

I need to move out of room 203 by the end of this month. My ex-husband found out where I live and came to the building twice. The police gave me a protection order last week because of the violence and they are helping me go to a shelter.

Please do not tell anyone my new address or phone number, even if someone says he is my family. My brother will come for the key handover.

Thank you,
Maria Cristina Reyes""",
  personal=[{"type":"name","value":"Maria Cristina Reyes"},
            {"type":"crime_victim","value":"The police gave me a protection order last week because of the violence"}])

M(key="R9", expect="hold", kind="attachment.encrypted_zip",
  why="Lease documents sent to the landlord as a password-protected zip (PPAP).",
  **{"from": MIYASHITA},
  to=["大塚 茂 様 <otsuka.shigeru@yahoo.co.jp>"],
  subject="104号室 契約書類一式",
  text=f"""大塚様

104号室の契約書類一式（賃貸借契約書・重要事項説明書・申込書）をお送りします。
パスワードは別途お送りいたします。ご確認のうえ、契約書にご署名をお願いいたします。

{SIG_MIYASHITA}""",
  attachments=[{"filename":"104_keiyaku.zip","contentType":"application/zip","encrypted":True}])

# ================= PASSES =================

M(key="RP1", expect="pass", kind="benign.own_data",
  why="Move-in guide sent to the tenant themself with their own contract and key numbers and the company's account for rent.",
  **{"from": JOAO},
  to=["bruna.souza.jp@hotmail.com"],
  subject="Welcome! Move-in information – Nishikasai Bridge Heights #308",
  text=f"""Dear Ms. Bruna Souza,

Welcome to Nishikasai Bridge Heights! Here is the information for your move-in on 15 December.

Contract no.: RB-2412-0308
Room: 308 (3rd floor)
Key handover: 15 Dec, 10:00 at our office (bring your residence card). Key no. 308-A and 308-B
Mailbox code: 0308
Garbage: burnable on Tue/Fri, plastics on Wed – see the attached guide (Portuguese)

Rent (JPY 74,000 + common fee 5,000) is due on the 27th of each month for the next month.
Transfer to: Residence Bridge Co., Ltd. / Mizunami Bank Nishikasai Branch (318) Ordinary 1120458
Please write your room number before your name when you transfer, e.g. "308 SOUZA BRUNA".

Gas opening: Tokyo Gas visit on 15 Dec 13:00–15:00 – please be at home.

Qualquer dúvida, pode me escrever em português!

{SIG_JOAO}""",
  attachments=[{"filename":"guia_lixo_pt.pdf","contentType":"application/pdf",
   "text":"Guia de separação de lixo – Edogawa-ku. Lixo queimável: terça e sexta. Plástico: quarta. Garrafas PET: quinta. Coloque o lixo até 8h no local indicado."}])

M(key="RP2", expect="pass", kind="benign.plain_zip",
  why="Plain zip of multilingual garbage and house-rule leaflets to corporate clients.",
  **{"from": JOAO},
  to=["ryo-tanto@kasai-foodfactory.co.jp","somu@arc-software.co.jp"],
  subject="多言語版 ごみ出しルール・生活ルール（2025年版）",
  text=f"""社宅ご担当者様

いつもお世話になっております。レジデンスブリッジのジョアン松本です。
2025年版の多言語リーフレット（ごみ出しルール・生活ルール）をZIPでお送りします。パスワードはかけておりません。
新しく入社される社員の方にお配りいただけますと幸いです。

{SIG_JOAO}""",
  attachments=[{"filename":"leaflets_2025.zip","contentType":"application/zip",
   "text":"""rules_vi.txt: Quy tắc sinh hoạt: Giữ yên lặng sau 22 giờ. Phân loại rác theo hướng dẫn của quận Edogawa.
rules_ne.txt: राति १० बजेपछि शान्त रहनुहोस्। फोहोर छुट्याएर फाल्नुहोस्।
rules_pt.txt: Silêncio após as 22h. Separe o lixo conforme as regras de Edogawa.
rules_ja.txt: 22時以降は静かにしましょう。ごみは江戸川区のルールに従って分別してください。"""}])

M(key="RP3", expect="pass", kind="benign.repair",
  why="Repair order to a contractor with room number and access times only; tenant contacted via the office.",
  **{"from": KAWABATA},
  to=["工事受付 <uketsuke@edogawa-setsubi.co.jp>"],
  subject="修理依頼：西葛西ブリッジハイツ 306号室 給湯器エラー（E-111）",
  text=f"""江戸川設備工業 工事受付ご担当者様

お世話になっております。レジデンスブリッジの川端です。
下記の修理をお願いいたします。

物件：西葛西ブリッジハイツ（江戸川区西葛西6-14-9）306号室
症状：給湯器 リンナイ RUF-A2405SAW（2017年製）、エラー E-111 でお湯が出ない
入居者様在宅可能時間：12/6（金）10時以降 終日
鍵：入居者様在宅のため不要
ご訪問前の連絡：入居者様は日本語が難しいため、当社（03-6808-3320）へお願いいたします。当社から入居者様へ伝えます。

お見積りが5万円を超える場合は、事前にご連絡ください。

{SIG_KAWABATA}""")

M(key="RP4", expect="pass", kind="benign.invoice_corporate_bank",
  why="Corporate rent invoice to a company with the manager's own corporate bank account.",
  **{"from": KAWABATA},
  to=["経理部 <keiri@arc-software.co.jp>"],
  subject="1月分 社宅賃料のご請求（株式会社アークソフトウェア様）",
  text=f"""株式会社アークソフトウェア 経理部 御中

いつもお世話になっております。
1月分の社宅賃料をご請求申し上げます。

請求番号：RB-INV-2501-0017
対象：西葛西ブリッジハイツ 201・205・310号室、ブリッジ葛西南 101号室（計4室）
合計：352,000円（税込、駐車場1台含む）
お支払期限：12月27日

お振込先：みずなみ銀行 西葛西支店（318） 普通 1120458 レジデンスブリッジ（カ
登録番号：T6011701024455

{SIG_KAWABATA}""")

M(key="RP5", expect="pass", kind="benign.building_hygiene",
  why="Building water-tank inspection with Legionella 'not detected'; no person involved.",
  **{"from": KAWABATA},
  to=["大塚 茂 様 <otsuka.shigeru@yahoo.co.jp>"],
  subject="貯水槽清掃・水質検査結果のご報告（大塚ハイツ葛西）",
  text=f"""大塚様

お世話になっております。川端です。
11月28日に実施した貯水槽清掃および水質検査の結果をご報告いたします。

・一般細菌：基準値内
・大腸菌：不検出
・レジオネラ属菌：不検出（10 CFU/100mL 未満）
・残留塩素：0.4 mg/L

検査機関（東都環境衛生センター）の成績書は郵送いたします。
なお、12月11日に予定しているもう一棟（コーポ大塚）の清掃時は断水があり、入居者様には多言語でお知らせ済みです。

{SIG_KAWABATA}""")

M(key="RP6", expect="pass", kind="benign.own_data",
  why="Renewal notice to the tenant themself with their own contract number and rent.",
  **{"from": MIYASHITA},
  to=["arjun.mehta.tokyo@gmail.com"],
  subject="Contract renewal notice – Bridge Kasai-minami #101 (契約更新のご案内)",
  text=f"""Dear Mr. Mehta,

Your lease for Bridge Kasai-minami, room 101 (contract no. RB-2302-0101), expires on 28 February 2025.

If you would like to renew for another two years:
- New rent: JPY 92,000 (no change), common fee JPY 6,000
- Renewal fee: JPY 92,000 (one month's rent)
- Guarantee company renewal: JPY 10,000
Please sign the enclosed renewal form and return it by 10 January.

If you plan to move out, please tell us at least one month before (by 28 January).

Thank you for living with us!

{SIG_MIYASHITA}""")

M(key="RP7", expect="pass", kind="benign.aggregate_statistics",
  why="Owner report with occupancy and nationality percentages; no individual identifiable.",
  **{"from": KAWABATA},
  to=["大塚 茂 様 <otsuka.shigeru@yahoo.co.jp>"],
  subject="【月次報告】2024年11月 管理状況",
  text=f"""大塚様

11月の管理状況をご報告いたします。

■入居状況（2棟計 24室）
入居 22室（入居率 91.7%）、空室 2室（104号室 申込あり／306号室 募集中）
■入居者の国籍内訳
ネパール 27%、ベトナム 23%、ブラジル 18%、フィリピン 14%、日本 9%、その他 9%
■収納状況
11月分収納率 96.1%（滞納の詳細は別途 木村先生経由でご相談）
■主な対応
・共用廊下 照明LED交換（6か所）
・自転車置場 放置自転車 3台 撤去（警察照会済）
・12/11 コーポ大塚 貯水槽清掃（断水あり）

ご不明点がございましたらお気軽にお問い合わせください。

{SIG_KAWABATA}""")

M(key="RP8", expect="pass", kind="benign.pet",
  why="Pet-keeping application about a dog's vaccinations; the only 'patient' is an animal.",
  **{"from": MIYASHITA},
  to=["大塚 茂 様 <otsuka.shigeru@yahoo.co.jp>"],
  subject="ペット飼育申請のご確認（大塚ハイツ葛西 301号室）",
  text=f"""大塚様

お世話になっております。宮下です。
301号室の入居者様から、小型犬の飼育申請がありました（ペット可物件、規定どおり敷金1か月追加）。

犬種：トイプードル（オス、2歳、体重3.2kg）
名前：モモ
狂犬病予防注射：2024年4月接種済（江戸川区 鑑札番号 第2024-3318号）
混合ワクチン：接種済、去勢手術済

ご承認いただけましたら、ペット飼育細則への署名をいただきます。

{SIG_MIYASHITA}""")

M(key="RP9", expect="pass", kind="benign.project_meeting",
  why="Meeting arrangement with a corporate client naming a few staff on both sides.",
  **{"from": MIYASHITA},
  to=["葛西フードファクトリー 総務部 森田様 <morita@kasai-foodfactory.co.jp>"],
  cc=["総務部 吉岡様 <yoshioka@kasai-foodfactory.co.jp>","川端 亮 <r-kawabata@residence-bridge.jp>","Joao Matsumoto <joao.matsumoto@residence-bridge.jp>"],
  subject="Re: 4月入社の技能実習生向け社宅 打合せ日程",
  text=f"""森田様、吉岡様

ご連絡ありがとうございます。
12月12日（木）14時から、御社本社にてお打合せをお願いいたします。
当社からは、賃貸管理部の川端、多言語サポートのジョアン松本、私宮下の3名で伺います。

議題（案）
1. 4月入社予定の10名分の部屋確保（西葛西・葛西エリア）
2. 家具家電付きプランの費用
3. 入居時オリエンテーション（ベトナム語・インドネシア語）

よろしくお願いいたします。

{SIG_MIYASHITA}

> 宮下様
> 12/12の午後でしたら森田・吉岡とも空いております。当社へお越しいただけますでしょうか。
> 葛西フードファクトリー 総務部 森田""")

M(key="RP10", expect="pass", kind="benign.reference_with_consent",
  why="Minimal tenancy confirmation (room and dates) given to an administrative scrivener with the tenant's written consent.",
  **{"from": MIYASHITA},
  to=["高瀬行政書士事務所 <info@takase-gyosei.jp>"],
  subject="入居証明のご依頼について（回答）",
  text=f"""高瀬行政書士事務所
高瀬先生

お世話になっております。レジデンスブリッジの宮下です。
ご依頼の件、ご本人様の同意書（12月2日付）を受領いたしましたので、同意書の範囲で回答いたします。

対象者：Gurung Anil 様
物件：コーポ大塚 101号室（江戸川区）
入居期間：2022年4月1日～現在 入居中

上記以外の事項（賃料の支払状況等）については、同意書の対象外のため回答を差し控えます。
証明書の原本は本日郵送いたしました。

{SIG_MIYASHITA}""")
