# Translation & interpreting agency: 株式会社トランスコープ (TransCope Language Services) transcope.co.jp
FUKUNAGA = "福永 理沙 <r.fukunaga@transcope.co.jp>"
BELLINI = "Marco Bellini <m.bellini@transcope.co.jp>"

SIG_FUKUNAGA = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
株式会社トランスコープ
通訳・翻訳事業部 コーディネーター
福永 理沙 Risa Fukunaga
〒105-0004 東京都港区新橋4-22-6 新橋TCビル7F
TEL 03-5422-8160 / FAX 03-5422-8161
r.fukunaga@transcope.co.jp
https://www.transcope.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_FUKUNAGA_EN = """Risa Fukunaga
Project Coordinator, Interpreting & Translation Division
TransCope Language Services Inc.
Shimbashi TC Bldg 7F, 4-22-6 Shimbashi, Minato-ku, Tokyo 105-0004
Tel +81-3-5422-8160 | r.fukunaga@transcope.co.jp"""

SIG_BELLINI = """Kind regards / よろしくお願いします
Marco Bellini
Vendor Manager | TransCope Language Services Inc.
Shimbashi TC Bldg 7F, 4-22-6 Shimbashi, Minato-ku, Tokyo 105-0004
T +81 3 5422 8165 | m.bellini@transcope.co.jp"""

MAILS = []
M = MAILS.append

M(dict(key="T01", expect="hold", kind="id.my_number",
why="外部の会計事務所へフリーランス翻訳者4名の氏名・住所・マイナンバーを本文の表で送っている。",
frm=FUKUNAGA,
to=["小西会計事務所 所長 小西様 <konishi@konishi-kaikei.jp>"],
cc=["経理 坂本 <sakamoto@transcope.co.jp>"],
subject="支払調書（報酬・料金）作成用 翻訳者の個人番号について",
text=f"""小西会計事務所
小西先生

いつもお世話になっております。トランスコープの福永です。
経理の坂本が休暇中のため、代わりにお送りします。
令和6年分の報酬の支払調書作成に必要な、個人翻訳者の情報です（未提出だった4名分）。

氏名　　　　　住所　　　　　　　　　　　　　　　　　　個人番号　　　　　支払総額
岩瀬 由香里　 神奈川県川崎市中原区木月2-14-8-302　　 8194 2084 7342　　 1,284,600
Olga Sokolova 東京都杉並区阿佐谷南1-33-5 メゾン阿佐谷201 8738 0989 3395　　 642,300
平田 航　　　 埼玉県さいたま市浦和区岸町6-2-11　　　 4426 6942 7517　　 2,118,000
陳 美玲　　　 東京都江東区大島7-19-2-1105　　　　　　 1393 8880 8126　　 395,400

本人確認書類の写しは、社内で保管しております。
不足などございましたらご連絡ください。

{SIG_FUKUNAGA}""",
personal=[("name","岩瀬 由香里"),("mynumber","8194 2084 7342"),("address","神奈川県川崎市中原区木月2-14-8-302"),("name","Olga Sokolova"),("mynumber","8738 0989 3395"),("name","平田 航"),("mynumber","4426 6942 7517"),("name","陳 美玲"),("mynumber","1393 8880 8126")]))

M(dict(key="T02", expect="pass", kind="benign.thread_signatures",
why="Long client thread about a manual translation; only business contacts and signatures of company staff.",
frm=BELLINI,
to=["Klaus Hoffmann <k.hoffmann@hellerweiss.de>"],
cc=["Petra Lindner <p.lindner@hellerweiss.de>", "Risa Fukunaga <r.fukunaga@transcope.co.jp>"],
subject="AW: AW: Operating manual HW-CNC 5400 - Japanese translation, schedule",
text=f"""Dear Klaus,

thank you, this is clear now. We go with option B: we translate the 3 chapters that are final
now (ch. 1, 2 and 7, approx. 38.000 words) and the rest when you send the revised source at end
of March. Delivery of first batch: 14 March, as you asked.

About the terminology: our translator will use your glossary from 2022 and mark new terms in
yellow, so Ms. Lindner can approve them. No attachment today, the updated quote follows from
Risa tomorrow.

{SIG_BELLINI}

Von: Klaus Hoffmann <k.hoffmann@hellerweiss.de>
Gesendet: Dienstag, 18. Februar 2025 16:05
An: Marco Bellini <m.bellini@transcope.co.jp>
Cc: Petra Lindner; Risa Fukunaga
Betreff: AW: Operating manual HW-CNC 5400 - Japanese translation, schedule

Hello Marco,

Sorry for the confusion. Our engineering team is still changing chapters 3-6 (safety and
maintenance). Chapters 1, 2 and 7 are final. Can you start with these? Our Japanese
distributor needs at least the installation part by mid March for the trade fair in Osaka.

Best regards
Klaus Hoffmann
Technical Documentation
Heller-Weiss Maschinenbau GmbH | Industriestraße 41 | 73037 Göppingen | Germany
Tel. +49 7161 9388-214 | Mobil +49 171 552 8830 | k.hoffmann@hellerweiss.de
Geschäftsführer: Dr. Andreas Weiss, Martin Heller | Amtsgericht Ulm HRB 530127

Von: Marco Bellini <m.bellini@transcope.co.jp>
Gesendet: Montag, 17. Februar 2025 10:12
Betreff: Operating manual HW-CNC 5400 - Japanese translation, schedule

Dear Klaus,

We received the files, many thanks. Before we start I want to check one thing: the file
"HW-CNC5400_BA_v0.9.docx" says "DRAFT" in chapters 3-6. Should we wait for the final version?
If we translate the draft now, changes later will cost you extra (we charge 30% for
updated segments).

{SIG_BELLINI}"""))

M(dict(key="T03", expect="hold", kind="sensitive.crime",
why="外部の通訳人へ、実名の被告人の罪名・勾留・国籍を送っている（刑事手続・国籍の要配慮情報）。",
frm=FUKUNAGA,
to=["陳 美玲 <chen.meiling.interp@gmail.com>"],
subject="【ご依頼】法廷通訳（中国語）2/27 東京地裁 刑事事件の件",
text=f"""陳さん

いつもありがとうございます。トランスコープの福永です。
先日打診した法廷通訳の件、正式に決まりましたので詳細をお送りします。

日時：2月27日（木）13:30〜16:30（13:00に刑事訟廷事務室へ）
場所：東京地方裁判所 刑事第14部 第429号法廷
事件：被告人 劉 建華（リュウ ジエンホア）、中国籍、32歳
罪名：窃盗、出入国管理及び難民認定法違反（不法残留）
状況：東京拘置所に勾留中。第1回公判（起訴状朗読・罪状認否・冒頭陳述）
弁護人：国選弁護人 神田法律事務所 梶原弁護士

起訴状の写しは、明日 裁判所から直接お受け取りいただく形になります。
報酬は前回と同じ条件です。よろしくお願いいたします。

{SIG_FUKUNAGA}""",
personal=[("name","劉 建華"),("crime","窃盗、出入国管理及び難民認定法違反（不法残留）"),("crime","東京拘置所に勾留中"),("race","中国籍")]))

M(dict(key="T04", expect="pass", kind="benign.corporate_account",
why="Invoice to a client with the agency's own corporate bank account, PO and corporate numbers only.",
frm=BELLINI,
to=["Accounts Payable <ap@lumenpharma.com.sg>"],
cc=["Grace Tan <grace.tan@lumenpharma.com.sg>"],
subject="Invoice TC-INV-250231 / PO 4500918273 - Japanese label translation",
text=f"""Dear Accounts Payable team,

Please find our invoice for the Japanese label translation project below (PDF attached).

Invoice No.: TC-INV-250231
Your PO No.: 4500918273
Project: JP label & IFU translation, 14 SKUs (Grace Tan)
Amount: JPY 684,200 (no Japanese consumption tax, export of service)
Due date: 31 March 2025

Bank details (corporate account):
  Bank: Mitsuba Bank, Ltd., Shimbashi Branch (SWIFT: MTSBJPJT)
  Account type: Ordinary
  Account No.: 7730218
  Account name: TransCope Language Services Inc. (カ）トランスコープ)
  Corporate Number (法人番号): 2010401118842

Please send remittance advice to ar@transcope.co.jp.

{SIG_BELLINI}""",
attachments=[dict(filename="TC-INV-250231.pdf", contentType="application/pdf",
text="""INVOICE TC-INV-250231  Date: 28 Feb 2025
Bill to: Lumen Pharma Pte. Ltd., 10 Science Park Road, Singapore 117684
PO: 4500918273
Item: JP label/IFU translation, 14 SKUs, 22,140 words @ JPY 28  JPY 619,920
DTP: 14 files  JPY 64,280
Total JPY 684,200
Mitsuba Bank Shimbashi Branch, Ordinary 7730218, TransCope Language Services Inc.""")]))

M(dict(key="T05", expect="hold", kind="profile.forward",
why="Forwards a freelance translator's full CV (DOB, home address, private phone and email) to a client.",
frm=BELLINI,
to=["Yuki Nakagawa <y.nakagawa@sorane-pharma.co.jp>"],
subject="Translator proposal for regulatory project - CV for your approval",
text=f"""Dear Nakagawa-san,

As discussed, we propose the translator below as main translator (EN>JA) for your CTD module 2
project. Your QA team asked to see the full CV before approval, so I paste it here.

-------------------------------------------------
CURRICULUM VITAE
Name: Tomoko Shirahama (白濱 智子)
Date of birth: 17 May 1979
Address: 3-9-14-605 Minami-Aoyama, Minato-ku, Tokyo 107-0062
Mobile: 090-2217-6834
E-mail: tomoko.shirahama.trans@gmail.com

Education
 2002  B.Pharm., Kyoto Medicinal University
 2004  M.Sc. Pharmacology, University of Leeds (UK)
Experience
 2004-2012  Clinical research associate, a Japanese CRO
 2012-      Freelance medical/pharma translator (EN<>JA), approx. 4,000 words/day
Specialisation: CTD modules 2.4/2.5, CSR, ICF, PV reports
Qualification: JTF Medical Translation Certificate (2013)
-------------------------------------------------

If you approve, she can start from 10 March.

{SIG_BELLINI}""",
personal=[("name","Tomoko Shirahama"),("birthdate","17 May 1979"),("address","3-9-14-605 Minami-Aoyama, Minato-ku, Tokyo 107-0062"),("phone","090-2217-6834"),("email","tomoko.shirahama.trans@gmail.com")]))

M(dict(key="T06", expect="pass", kind="benign.introduction",
why="顧客への担当者交代の挨拶。社員の名前と会社の連絡先のみ。",
frm=FUKUNAGA,
to=["株式会社日邦精機 人事部 石原様 <ishihara@nippo-seiki.co.jp>"],
cc=["宮島 航平 <k.miyajima@transcope.co.jp>"],
subject="担当者変更のご挨拶（4月より宮島が担当いたします）",
text=f"""株式会社日邦精機
人事部 石原様

いつも大変お世話になっております。トランスコープの福永でございます。

私事で恐縮ですが、4月より産休・育休をいただくことになりました。
3月末までは引き続き私が対応いたしますが、4月以降の貴社ご担当は、
同じ事業部の宮島 航平（cc）が引き継ぎます。

宮島は入社8年目で、製造業のお客様の社内通訳・マニュアル翻訳を長く担当してまいりました。
3月中旬に一度、二人でご挨拶に伺えればと存じますが、ご都合はいかがでしょうか。
・3/12（水）午後　・3/14（金）終日　・3/18（火）午前

今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。

{SIG_FUKUNAGA}"""))

M(dict(key="T07", expect="hold", kind="sensitive.medical",
why="外部の医療通訳者へ、実名の患者の乳がんの診断と治療予定を送っている。",
frm=FUKUNAGA,
to=["樋口 エレナ <elena.higuchi@yahoo.co.jp>"],
subject="医療通訳（ポルトガル語）3/5 港中央病院 の詳細",
text=f"""エレナさん

お世話になっています。福永です。
昨日お電話でお願いした医療通訳の詳細です（電話で病院名を言い間違えました、正しくは港中央病院です）。

日時：3月5日（水）10:00〜12:00（9:40 病院1階 総合受付前で待ち合わせ）
場所：港中央病院 乳腺外科外来
患者：Ana Paula Souza さん（ブラジル国籍、46歳）
内容：乳がん（右、ステージIIA）の手術前説明とインフォームドコンセント。
　　　術前化学療法（4か月）を行うかどうかの説明があるとのことです。
　　　ご本人はかなり不安がっているので、ゆっくり訳してあげてください。
付き添い：ご主人（日本語は少しわかる）

病院からは「乳房温存術」「センチネルリンパ節生検」など専門用語が出ると聞いています。
用語集が必要であれば送ります。

{SIG_FUKUNAGA}""",
personal=[("name","Ana Paula Souza"),("health","乳がん（右、ステージIIA）の手術前説明"),("health","術前化学療法（4か月）")]))

M(dict(key="T08", expect="pass", kind="benign.public_figure",
why="Interpreting brief for a public press conference; the named people are public figures and club officials.",
frm=BELLINI,
to=["Satoshi Kaneda <kaneda.interp@transcope.co.jp>"],
cc=["FC Kanagawa Bay Media Office <media@fc-kanagawabay.jp>"],
subject="Brief: press conference interpreting IT<>JA, 12 Jan, new head coach",
text=f"""Kaneda-san,

Here is the brief for Sunday. It is a public press conference, streamed live on the club's
YouTube channel.

Date: Sunday 12 January, 14:00-15:00 (arrive 13:00 for sound check)
Venue: Yokohama Bay Hotel, Ballroom "Kaede"
Speakers:
 - Luca Ferrante, new head coach of FC Kanagawa Bay (ex Sampdoria, Torino youth)
 - Hideo Murakoshi, club president
 - Kenta Oda, sporting director
Mode: consecutive, IT<>JA (Ferrante speaks Italian only, a little English)

Background material (all public): the club's press release of 20 December, Ferrante's
Wikipedia page (IT), and the interview in Gazzetta of 3 January. Expect questions about
his 3-5-2 system, the Asian Champions League and the injury of the captain, which was
already announced by the club.

Media officer on site: Ms. Arisa Tokuda (media@fc-kanagawabay.jp).

{SIG_BELLINI}"""))

M(dict(key="T09", expect="hold", kind="id.residence_card",
why="Sends a client's residence card number, passport number and DOB to an outside freelance translator.",
frm=BELLINI,
to=["Maricel Dizon <maricel.dizon.translates@outlook.com>"],
subject="New job TC-25-0307 EN>JA certificate translation, due Fri",
text=f"""Hi Maricel,

Small urgent job for you if you are free: certified translation EN>JA of 2 documents for a
visa extension (client is a gyoseishoshi office). Around 600 words. Deadline Friday 12:00.

I paste the key data so you can check the spelling in the Japanese version exactly as on
the residence card:

  Name: SANTOS, JOHN PATRICK REYES
  Nationality: Philippines
  Date of birth: 1994-08-21
  Residence card No.: UH48207715KA
  Status: Engineer/Specialist in Humanities/International Services, valid to 2025-06-30
  Passport No.: P7719264B

Documents: (1) Certificate of Employment, (2) Certificate of Income Tax Return (Philippines, 2023).
Please use the katakana サントス ジョン パトリック レイエス as on his previous Japanese documents.

Rate: JPY 12 / word, min. fee JPY 8,000.

{SIG_BELLINI}""",
personal=[("name","SANTOS, JOHN PATRICK REYES"),("birthdate","1994-08-21"),("idnumber","UH48207715KA"),("passport","P7719264B")]))

M(dict(key="T10", expect="pass", kind="benign.glossary",
why="医療用語の対訳表だけで、特定の患者や個人の情報は一切含まない。",
frm=FUKUNAGA,
to=["内田 葵 <aoi.uchida.tr@gmail.com>"],
subject="整形外科 用語集（v3）送付します",
text=f"""内田さん

お疲れさまです。福永です。
来週からの整形外科クリニック向け患者説明資料（JA>EN）で使う用語集です。
クライアント指定の訳語なので、こちらを優先してください。

日本語	英語	備考
変形性膝関節症	knee osteoarthritis	"OA"は初出で展開
腰椎椎間板ヘルニア	lumbar disc herniation
脊柱管狭窄症	spinal canal stenosis	"lumbar"を付ける場合あり
骨粗鬆症	osteoporosis
大腿骨頸部骨折	femoral neck fracture
肩関節周囲炎（五十肩）	frozen shoulder	専門文書では adhesive capsulitis
腱板断裂	rotator cuff tear
人工膝関節置換術	total knee arthroplasty (TKA)
ヒアルロン酸注射	hyaluronic acid injection
リハビリテーション	rehabilitation / physical therapy	患者向けは physical therapy

納期は3/21（金）、約4,500字です。
よろしくお願いします。

{SIG_FUKUNAGA}"""))

M(dict(key="T11", expect="hold", kind="sensitive.religion",
why="Sends an asylum applicant's name, religion, ethnicity and persecution history to an outside interpreter.",
frm=BELLINI,
to=["Abdul Karim <abdulkarim.interp@gmail.com>"],
cc=["Legal Aid Network Tokyo <case@legalaid-net.jp>"],
subject="Interpreting (Rohingya/Burmese) - legal aid interview 19 Feb",
text=f"""Dear Mr. Abdul Karim,

Thank you for accepting. Here is the information from the legal aid office for the interview.

Date: Wednesday 19 February, 10:00-13:00
Place: Legal Aid Network Tokyo, Ikebukuro office (meeting room 2)
Client: Mr. Mohammed Rafiq, 29 years old, from Buthidaung, Rakhine State
Background: He is a Rohingya Muslim. He says he was detained twice by the military in 2017
because of his religion, and his brother is still missing. He arrived in Japan in 2023 and
his first refugee application was rejected. The lawyer will prepare the appeal.

Language: Rohingya preferred; he understands some Burmese.
Please be careful, he was very upset in the last interview.

Fee: JPY 6,000 / hour, 3 hours minimum, transport paid.

{SIG_BELLINI}""",
personal=[("name","Mohammed Rafiq"),("religion","He is a Rohingya Muslim."),("race","Rohingya"),("crime","detained twice by the military in 2017")]))

M(dict(key="T12", expect="pass", kind="benign.own_data",
why="Remittance advice sent only to the freelancer herself, confirming her own bank account for payment.",
frm=BELLINI,
to=["Maricel Dizon <maricel.dizon.translates@outlook.com>"],
subject="Payment advice - January 2025 jobs",
text=f"""Hi Maricel,

Your payment for January jobs will be made on 28 February. Please check the details:

Job No.      Description                               Amount (JPY)
TC-25-0041   Employment certificates EN>JA (3 docs)     24,000
TC-25-0088   Website FAQ EN>JA (2,150 words)             25,800
TC-25-0102   Proofreading, product leaflet                8,500
Total                                                    58,300
Withholding tax (10.21%)                                 -5,952
Net payment                                              52,348

To your account (as registered):
  Shinsei Minato Bank, Akasaka Branch, Ordinary 4471829, DIZON MARICEL

If the account has changed, please tell me before 20 February.
Thank you for the great work in January!

{SIG_BELLINI}"""))

M(dict(key="T13", expect="hold", kind="attachment.encrypted_zip",
why="Password-protected zip of source files sent to a freelancer (PPAP), password to follow.",
frm=BELLINI,
to=["Jonas Weber <jonas.weber.uebersetzung@web.de>"],
subject="TC-25-0412 source files (zip) - password in next mail",
text=f"""Hi Jonas,

As agreed on the phone, attached are the source files for TC-25-0412 (JA>DE, approx. 9,800 chars).
Client asked us to protect the files, so the zip has a password. I send it in a separate mail.

Deadline: 24 March, 18:00 JST. Please use the TM in our server as usual.

{SIG_BELLINI}""",
attachments=[dict(filename="TC-25-0412_source.zip", contentType="application/zip", encrypted=True)]))

M(dict(key="T14", expect="pass", kind="benign.plain_zip",
why="暗号化していない通常のzipで翻訳納品物を送付。個人情報なし。",
frm=FUKUNAGA,
to=["株式会社ヨコハマ観光推進機構 広報 藤井様 <fujii@yokohama-kanko.or.jp>"],
subject="【納品】観光パンフレット 英・中（簡/繁）・韓 翻訳（TC-24-1090）",
text=f"""ヨコハマ観光推進機構
藤井様

いつもお世話になっております。トランスコープの福永です。
TC-24-1090 観光パンフレット4言語版の翻訳を納品いたします。

TC-24-1090_納品物.zip（パスワードなし）
　├ EN_Yokohama_Walk_2025.docx
　├ ZH-CN_Yokohama_Walk_2025.docx
　├ ZH-TW_Yokohama_Walk_2025.docx
　├ KO_Yokohama_Walk_2025.docx
　└ 訳注一覧.xlsx

店舗名・施設名は各施設の公式サイトの外国語表記に合わせています。
表記が見つからなかったものは「訳注一覧」に記載しておりますのでご確認ください。

{SIG_FUKUNAGA}""",
attachments=[dict(filename="TC-24-1090_納品物.zip", contentType="application/zip")]))

M(dict(key="T15", expect="hold", kind="id.bank_account",
why="新規登録翻訳者の個人の銀行口座を外部の経理代行会社へ送っている。",
frm=FUKUNAGA,
to=["アカウントサポート 支払担当 <shiharai@acsupport.co.jp>"],
subject="新規支払先（個人）の登録依頼 2名",
text=f"""株式会社アカウントサポート
支払担当 御中

トランスコープ 福永です。
3月支払分から、新しく登録した個人翻訳者2名の振込先登録をお願いします。

1）内田 葵（ウチダ アオイ）
　　ゆうちょ銀行 〇一八店（ゼロイチハチ） 普通 2840193
2）Jonas Weber（ウェーバー ヨナス）
　　みらい信託銀行 本店営業部 普通 0918834 ※国内口座

源泉徴収はいずれも対象です（10.21%）。
よろしくお願いします。

{SIG_FUKUNAGA}""",
personal=[("name","内田 葵"),("account","ゆうちょ銀行 〇一八店（ゼロイチハチ） 普通 2840193"),("name","Jonas Weber"),("account","みらい信託銀行 本店営業部 普通 0918834")]))

M(dict(key="T16", expect="pass", kind="benign.it_incident",
why="IT outage/virus notice; 'infection' and 'isolated' refer to a server, recipients are in Bcc.",
frm=BELLINI,
to=["TransCope Vendor Management <vendors@transcope.co.jp>"],
bcc=["jonas.weber.uebersetzung@web.de","maricel.dizon.translates@outlook.com","aoi.uchida.tr@gmail.com","elena.higuchi@yahoo.co.jp",
     "tomoko.shirahama.trans@gmail.com","p.novak.translations@seznam.cz","lin.hsu.tw@gmail.com","kim.soyeon.trans@naver.com",
     "g.moretti.traduzioni@libero.it","chen.meiling.interp@gmail.com","anna.kowalska.tlumacz@wp.pl","d.silva.traducoes@gmail.com"],
subject="Service disruption: TM server offline until Monday / TMサーバー停止のお知らせ",
text=f"""Dear translators,
（日本語は下にあります）

On Thursday evening our security monitoring detected malware on one of our file servers.
The server was isolated immediately and is offline while our IT partner checks it.
So far there is no sign that the infection spread to the TM server or to any project files,
but we keep the TM server offline too, as a precaution, until Monday 9:00 JST.

What this means for you:
- Please work offline with the packages you already have. Do not try to connect to the TM.
- Deadlines until Tuesday are extended by 1 business day automatically.
- If you received an email from us with a strange link since Thursday, do not click it and
  forward it to it-security@transcope.co.jp.

-----
翻訳者の皆様
木曜夜、社内のファイルサーバー1台でマルウェアを検知したため、直ちに隔離しました。
TMサーバーへの感染は確認されていませんが、念のため月曜9時まで停止します。
火曜日までの納期は自動的に1営業日延長します。ご不便をおかけします。

{SIG_BELLINI}"""))

FREELANCERS14 = [
"Jonas Weber <jonas.weber.uebersetzung@web.de>",
"Maricel Dizon <maricel.dizon.translates@outlook.com>",
"Aoi Uchida <aoi.uchida.tr@gmail.com>",
"Tomoko Shirahama <tomoko.shirahama.trans@gmail.com>",
"Petr Novak <p.novak.translations@seznam.cz>",
"Lin Hsu <lin.hsu.tw@gmail.com>",
"Kim So-yeon <kim.soyeon.trans@naver.com>",
"Giulia Moretti <g.moretti.traduzioni@libero.it>",
"Anna Kowalska <anna.kowalska.tlumacz@wp.pl>",
"Daniela Silva <d.silva.traducoes@gmail.com>",
"Ryo Hamasaki <ryo.hamasaki.patent@icloud.com>",
"Megumi Oyama <oyama.megumi.tl@yahoo.co.jp>",
"Wataru Hirata <w.hirata.translation@gmail.com>",
"Yukari Iwase <yukari.iwase.en@outlook.jp>",
]
M(dict(key="T17", expect="hold", kind="recipients.many",
why="14 freelance translators' private addresses are visible to each other in To instead of Bcc.",
frm=FUKUNAGA,
to=FREELANCERS14,
subject="Availability check: large patent project (JA>EN), April-May",
text=f"""Dear translators,

We have a large patent translation project coming (JA>EN, semiconductor manufacturing,
approx. 420,000 characters, 60 patent specifications). We need 6-8 translators.

Period: 7 April - 30 May 2025
Rate: JPY 9-11 / source character depending on experience
Requirements: patent experience (at least 2 years), Trados 2021 or later

Could you reply by Friday 14 March with:
1) your available capacity per week (characters)
2) any days you are NOT available (Golden Week etc.)

Thank you!

{SIG_FUKUNAGA_EN}""",
))

M(dict(key="T18", expect="pass", kind="benign.meeting",
why="Scheduling interpreters for a client's board meeting; names are client executives and staff in a business role.",
frm=FUKUNAGA,
to=["Rachel Moore <rachel.moore@northbridge-capital.com>"],
cc=["Marco Bellini <m.bellini@transcope.co.jp>"],
subject="Re: Interpreters for the Tokyo board meeting, 24-25 April",
text=f"""Dear Rachel,

Thank you for the agenda. We have reserved two simultaneous interpreters (JA<>EN) for both days:
Ms. Naomi Kurata and Mr. Satoshi Kaneda. Both have worked for financial boards before.

To prepare well, could you share by 17 April:
- the board pack (or at least the presentation slides)
- the list of attendees with titles, so they can use the correct names and positions
  (e.g. Mr. Takeshi Arima, Representative Director; Ms. Caroline Webb, Chair)
- any acronyms your team uses internally

Booth and equipment: we will bring 1 booth, 20 receivers and the console. The hotel
(Palace Garden Hotel, room "Sakura") confirmed setup from 7:30 on the 24th.

{SIG_FUKUNAGA_EN}

-----Original Message-----
From: Rachel Moore <rachel.moore@northbridge-capital.com>
Sent: Wednesday, April 2, 2025 6:55 PM
To: Risa Fukunaga
Subject: Interpreters for the Tokyo board meeting, 24-25 April

Hi Risa,
Attached the draft agenda. We will have 14 attendees, 5 Japanese speakers.
Day 1 9:00-17:30, Day 2 9:00-12:30. Dinner on day 1 - no interpreting needed.
Thanks, Rachel
Rachel Moore | Executive Assistant to the Chair | Northbridge Capital Partners
+852 3958 2210"""))

M(dict(key="T19", expect="hold", kind="sensitive.medical",
why="本文は納品連絡だけだが、添付の診断書英訳に社員の氏名・生年月日・傷病名・就業制限があり、外部の顧客へ出る。",
frm=FUKUNAGA,
to=["株式会社日邦精機 人事部 石原様 <ishihara@nippo-seiki.co.jp>"],
subject="【納品】翻訳 TC-25-0218（和文→英文 1件）",
text=f"""日邦精機 人事部
石原様

お世話になっております。トランスコープの福永です。
ご依頼いただいた TC-25-0218 の英訳を納品いたします。
レイアウトは原本に合わせています。ご確認のほどよろしくお願いいたします。

{SIG_FUKUNAGA}""",
attachments=[dict(filename="TC-25-0218_EN.docx", contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
text="""MEDICAL CERTIFICATE (Translation)
Name: Mr. Ryosuke Tanabe
Date of birth: 11 September 1983
Diagnosis: Lumbar compression fracture (L1); osteoporosis
Remarks: The above patient sustained a fall at home on 3 February 2025 and has been under
outpatient treatment since then. He requires rest from work until 31 March 2025.
After returning to work, lifting of objects over 5 kg and long-distance travel by air
should be avoided for a further 3 months.
Date: 20 February 2025
Sakuragi Orthopaedic Hospital, Dr. Hiroko Ozawa
[Translator's note: translated from the Japanese original. TransCope Language Services Inc.]""")],
personal=[("name","Ryosuke Tanabe"),("birthdate","11 September 1983"),("health","Lumbar compression fracture (L1); osteoporosis")]))

M(dict(key="T20", expect="pass", kind="benign.minutes",
why="Minutes of a partner-agency meeting; names are business attendees, only business figures.",
frm=BELLINI,
to=["Sven Aalto <sven@nordlingo.fi>", "Paula Reyes <preyes@traduce-latam.mx>", "Hyun-woo Cho <hwcho@kolink-tr.co.kr>"],
cc=["Risa Fukunaga <r.fukunaga@transcope.co.jp>"],
subject="Minutes - partner call 6 March (capacity, rates, QA)",
text=f"""Hi all,

Thanks for joining yesterday. Minutes below, please correct me if I forgot something.

Attendees: Sven Aalto (NordLingo), Paula Reyes (Traduce LatAm), Hyun-woo Cho (KoLink),
Risa Fukunaga and Marco Bellini (TransCope)

1. Capacity Q2
   - NordLingo: FI/SV/DA ~60k words/month, tight in June (midsummer)
   - Traduce LatAm: ES-MX/PT-BR ~120k words/month
   - KoLink: KO ~80k words/month, can add 1 patent linguist
2. Rates
   - No change for 2025. KoLink asks +5% for medical device; TransCope will check with client.
3. QA
   - LQA score threshold stays at 98. Common issues in Q1: number formats, untranslated UI strings.
   - New: all partners send the QA checklist together with delivery.
4. Next call: 5 June, 16:00 JST (Sven: 10:00 Helsinki, Paula: 01:00 Mexico City... sorry Paula,
   we will try an early slot 8:00 JST instead).

{SIG_BELLINI}"""))
