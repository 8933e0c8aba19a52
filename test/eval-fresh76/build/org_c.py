"""Org C: 北野台大学医学部附属病院 臨床研究推進センター 治験事務局 (university hospital clinical-trial office)."""
from common import mail, att

ORG = "C"
DOM = "hosp.kitanodai-u.example.ac.jp"

MORISHITA = f"森下 千尋 <morishita.c@{DOM}>"
KATAGIRI = f"片桐 大輔 <katagiri.d@{DOM}>"
NAKAMURA = f"中村 美穂 <nakamura.mi@{DOM}>"

SIG_MORISHITA = """
━━━━━━━━━━━━━━━━━━━━━━━━━━
北野台大学医学部附属病院 臨床研究推進センター
治験事務局　CRC（薬剤師）森下 千尋
〒173-0005 東京都板橋区北野台2-11-1 外来棟3階
TEL 03-0000-6120（治験事務局直通）内線 6127　PHS 7734
morishita.c@hosp.kitanodai-u.example.ac.jp
本メールには機密情報が含まれる場合があります。誤って受信された場合は
直ちに削除し、送信者にご連絡ください。
━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_KATAGIRI = """
--
片桐 大輔 / Daisuke Katagiri
治験事務局 主任 / Supervisor, Clinical Trial Office
北野台大学医学部附属病院 / Kitanodai University Hospital
2-11-1 Kitanodai, Itabashi-ku, Tokyo 173-0005, Japan
TEL +81-3-0000-6120 / FAX +81-3-0000-6129
katagiri.d@hosp.kitanodai-u.example.ac.jp
CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended
only for the addressee. If you are not the intended recipient, please delete it and notify the sender.
"""

SIG_NAKAMURA = """
――――――――――――――――
北野台大学医学部附属病院
治験審査委員会（IRB）事務局　中村 美穂
TEL 03-0000-6120　内線 6131
nakamura.mi@hosp.kitanodai-u.example.ac.jp
――――――――――――――――
"""

YOSHIKAWA = "吉川 真央 <mao.yoshikawa@clinipath-cro.example.co.jp>"
FUKUDA = "福田 聡 <s.fukuda@clinipath-cro.example.co.jp>"
YAMAGISHI = "山岸 久美子 <k-yamagishi@ohshima-pharma.example.co.jp>"
BENNETT = "Laura Bennett <laura.bennett@veridian-tx.example.com>"
SMO_KEIRI = "メディサポート 経理部 <keiri@medisupport-smo.example.jp>"
KOTSU = "北野台交通 配車センター <haisha@kitanodai-kotsu.example.co.jp>"
IRB_TAKEDA = "竹田 文子 <fumiko.takeda.law@gmail.com>"  # external IRB member (lawyer)
IRB_SAEKI = "佐伯 昌平 <shohei.saeki@yahoo.co.jp>"       # external IRB member (lay)
IRB_OGAWA = "小川 晴美 <harumi.ogawa@outlook.com>"       # external IRB member (lay)

MAILS = []


def add(**kw):
    MAILS.append(mail(ORG, **kw))


# ---------------------------------------------------------------- holds
add(writer="morishita", loc="body", expect="hold", kind="sensitive.adverse_event",
    why="The SAE first report to the CRO names the participant with age, hospital ID and her stroke diagnosis instead of the subject code alone.",
    frm=MORISHITA, to=[YOSHIKAWA],
    subject="【SAE第一報】KT-012 被験者 004 緊急入院",
    text=f"""
クリニパス 吉川様

お世話になっております。北野台大学病院 治験事務局の森下です。
KT-012 試験で重篤な有害事象が発生しましたので、取り急ぎ第一報です。

　被験者識別コード：KT-012-004
　（山内 和子 様、72歳女性、当院 ID 0048811）
　事象：脳梗塞（左中大脳動脈領域）
　発現日：2025年10月19日（日）
　経過：自宅で右半身の脱力あり、救急搬送。同日 神経内科に緊急入院。
　　　　現在 t-PA 投与後、意識清明、麻痺は改善傾向。
　治験薬：最終投与 10月17日（金）。本日より休薬。
　治験責任医師判定：因果関係「否定できない」（暫定）

SAE 報告書（様式12）は 24時間以内に EDC 経由で提出いたします。
ご家族への説明は主治医から済んでおります。
{SIG_MORISHITA}""",
    personal=[("name", "山内 和子"), ("patient_id", "当院 ID 0048811"),
              ("diagnosis", "脳梗塞（左中大脳動脈領域）")])

add(writer="katagiri", loc="body", expect="hold", kind="personal.participant_contact",
    why="A trial participant's name, birth date, home address and phone are given to a taxi company, revealing that he takes part in a trial.",
    frm=KATAGIRI, to=[KOTSU],
    subject="治験来院用タクシーの手配のお願い（11月分）",
    text=f"""
北野台交通株式会社
配車センター ご担当者様

いつもお世話になっております。北野台大学病院 治験事務局の片桐です。
下記の方の来院用タクシー（往復）の手配をお願いいたします。
料金は従来どおり、当院治験事務局宛の月締め請求でお願いします。

　お名前：阿部 康夫 様（アベ ヤスオ）
　生年月日：昭和23年7月2日（77歳）
　ご自宅：東京都練馬区早宮3-17-5
　電話：03-0000-2864（ご自宅）／090-0000-6671（娘様）
　お迎え日時：11月 6日（木）8:15、11月20日（木）8:15
　行き先：当院 外来棟 正面玄関（治験外来）
　帰り：診察終了後にご本人から配車センターへお電話します。

杖をお使いですので、乗降時の介助をお願いいたします。
{SIG_KATAGIRI}""",
    personal=[("name", "阿部 康夫"), ("birth_date", "昭和23年7月2日"),
              ("address", "東京都練馬区早宮3-17-5"), ("phone", "03-0000-2864")])

add(writer="morishita", loc="body", expect="hold", kind="id.bank_account",
    why="A named participant's personal bank account for the visit allowance is sent to the SMO's accounting.",
    frm=MORISHITA, to=[SMO_KEIRI],
    subject="負担軽減費 振込先変更のご連絡（OHP-2207）",
    text=f"""
株式会社メディサポート
経理部 ご担当者様

お世話になっております。北野台大学病院 治験事務局の森下です。
OHP-2207 試験の負担軽減費について、振込先の変更がありましたのでご連絡いたします。

　被験者：高野 直子 様（識別コード OHP-2207-013）
　旧：みずほ銀行 練馬支店 普通 1180345
　新：三菱UFJ銀行 板橋支店 普通 2956018　名義 タカノ ナオコ

10月来院分（Visit 6、Visit 7）から新口座への振込をお願いします。
ご本人記入の変更届は原本を郵送いたします。
{SIG_MORISHITA}""",
    personal=[("name", "高野 直子"), ("bank_account", "三菱UFJ銀行 板橋支店 普通 2956018　名義 タカノ ナオコ"),
              ("bank_account", "みずほ銀行 練馬支店 普通 1180345")])

SCREENING = """[Screening Log KT-012]
No.\tスクリーニング日\t被験者識別コード\t氏名\tカルテID\t生年月日\t診断名\t結果\t除外理由
1\t2025/09/02\tKT-012-009\t石川 正\t0051207\t1956/04/11\t2型糖尿病・高血圧\t登録\t-
2\t2025/09/04\t-\t大川 千鶴\t0039915\t1961/10/30\t2型糖尿病・慢性腎臓病G3b\t不適格\teGFR 基準外
3\t2025/09/09\tKT-012-010\t堀内 浩\t0062841\t1959/01/22\t2型糖尿病\t登録\t-
4\t2025/09/11\t-\t桑田 良子\t0047733\t1949/06/05\t2型糖尿病・心房細動\t不適格\t抗凝固薬併用
5\t2025/09/18\t-\t村上 隆介\t0058120\t1966/12/17\t2型糖尿病・B型肝炎キャリア\t不適格\tHBs抗原陽性
6\t2025/09/25\tKT-012-011\t西田 恵子\t0044069\t1963/08/08\t2型糖尿病・脂質異常症\t登録\t-
"""

add(writer="morishita", loc="attachment", expect="hold", kind="list.screening_log",
    why="The attached screening log lists six patients by name, chart ID, birth date and diagnoses (including HBV carrier status) for the CRO.",
    frm=MORISHITA, to=[YOSHIKAWA],
    subject="KT-012 スクリーニングログ（9月分）",
    text=f"""
吉川様

お世話になっております。森下です。
9月分のスクリーニングログを添付いたします。
9月は 6名スクリーニング、3名登録、3名不適格でした。
次回モニタリング時に原資料と照合をお願いいたします。
{SIG_MORISHITA}""",
    attachments=[att("KT-012_ScreeningLog_202509.xlsx", SCREENING)],
    personal=[("name", "大川 千鶴"), ("patient_id", "0039915"), ("diagnosis", "2型糖尿病・B型肝炎キャリア"),
              ("name", "村上 隆介"), ("birth_date", "1966/12/17")])

DOUI = """同意文書（第3版 2025年6月1日）

治験課題名：OHP-2207 第Ⅲ相試験（2型糖尿病性腎症患者を対象とした検証的試験）

私は、上記治験について説明文書を用いて十分な説明を受け、内容を理解しましたので、
自由意思により本治験に参加することに同意します。

　同意日：2025年8月27日
　患者氏名（自署）：清水 雅人
　生年月日：1958年9月3日
　住所：東京都板橋区成増4-28-6
　病名：2型糖尿病性腎症（第3期）、高血圧症

　代諾者：なし

　説明日：2025年8月27日
　治験責任医師／分担医師（自署）：河合 修
　治験協力者（自署）：森下 千尋
"""

add(writer="katagiri", loc="attachment", expect="hold", kind="sensitive.consent_form",
    why="A signed consent form with the patient's name, birth date, address and kidney-disease diagnosis is sent to the sponsor.",
    frm=KATAGIRI, to=[YAMAGISHI],
    subject="OHP-2207 同意文書の版数確認について",
    text=f"""
大島製薬株式会社
臨床開発部　山岸様

お世話になっております。北野台大学病院 治験事務局の片桐です。
先日お問い合わせのあった同意文書の版数の件、
8月に同意取得した症例で第3版が使用されていることを確認しました。
念のため、該当の同意文書をスキャンして添付いたします。

IRB 承認日（6/18）以降の同意取得はすべて第3版です。
{SIG_KATAGIRI}""",
    attachments=[att("同意文書_scan_0827.pdf", DOUI)],
    personal=[("name", "清水 雅人"), ("address", "東京都板橋区成増4-28-6"),
              ("diagnosis", "2型糖尿病性腎症（第3期）、高血圧症"), ("birth_date", "1958年9月3日")])

add(writer="katagiri", loc="quoted", expect="hold", kind="sensitive.genome",
    why="The quoted CRC note gives the sponsor a named patient's germline BRCA1 pathogenic variant and date of birth.",
    frm=KATAGIRI, to=[BENNETT],
    subject="Re: VTX-301 eligibility question – pre-screening",
    text=f"""
Dear Laura,

Thank you for your quick reply. Please see below the note from our CRC on the
candidate we discussed. Dr. Kawai would like the medical monitor's view on whether
a germline result from an outside lab can be accepted for eligibility, or whether
central testing is required before randomisation.

We would appreciate a response by Friday 24 October, as the patient's next
oncology visit is on the 28th.

Best regards,
Daisuke
{SIG_KATAGIRI}
-----Original Message-----
From: 森下 千尋 <morishita.c@hosp.kitanodai-u.example.ac.jp>
Sent: Monday, October 20, 2025 4:48 PM
To: 片桐 大輔 <katagiri.d@hosp.kitanodai-u.example.ac.jp>
Subject: VTX-301 候補の方

片桐さん

VTX-301 の候補の方です。スポンサーへの質問用にメモします。
Ms. Reiko Sugawara (DOB 1968-03-14), breast cancer stage IIB, after neoadjuvant therapy.
Germline BRCA1 pathogenic variant c.68_69delAG confirmed at an outside lab (2023).
No central test result yet. Patient is keen to participate.

森下
""",
    personal=[("name", "Reiko Sugawara"), ("birth_date", "DOB 1968-03-14"),
              ("genome", "Germline BRCA1 pathogenic variant c.68_69delAG"), ("diagnosis", "breast cancer stage IIB")])

add(writer="nakamura", loc="quoted", expect="hold", kind="sensitive.pregnancy",
    why="The quoted helpline record tells an external IRB member a named participant's phone number and that she became pregnant during the trial.",
    frm=NAKAMURA, to=[IRB_TAKEDA],
    subject="Re: 第214回IRB 審議事項について（ご質問への回答）",
    text=f"""
竹田先生

いつもお世話になっております。IRB 事務局の中村です。
ご質問いただいた「治験中の妊娠判明例」の件、相談窓口の記録を下記に貼り付けます。
継続可否については、次回 IRB で治験責任医師から説明いただく予定です。
{SIG_NAKAMURA}
> 中村さん
> 議題 5 の「妊娠判明例の取扱い」について、事前にもう少し経緯を知りたいです。
> 竹田
>
> ----- 被験者相談窓口 対応記録（10/9） -----
> 相談者：大橋 美咲 様（KT-015 参加中、090-0000-4417）
> 内容：治験薬服用中に妊娠が判明した（妊娠7週、産婦人科で確認）。
> 　　　治験を続けたいが、胎児への影響が心配とのこと。
> 対応：治験責任医師に報告。治験薬は同日より中止。
""",
    personal=[("name", "大橋 美咲"), ("phone", "090-0000-4417"),
              ("health", "治験薬服用中に妊娠が判明した（妊娠7週、産婦人科で確認）")])

add(writer="katagiri", loc="subject", expect="hold", kind="sensitive.adverse_event_subject",
    why="The subject line names the participant and his hepatitis B reactivation; the body refers only to the safety portal.",
    frm=KATAGIRI, to=[BENNETT],
    subject="SAE follow-up: Subject 301-0027 (Mr. Kenji Harada) – hepatitis B reactivation",
    text=f"""
Dear Laura,

The follow-up report for the above SAE has been uploaded to the safety portal
this morning (Version 2, signed by the investigator).

Key updates:
- Outcome changed from "not recovered" to "recovering".
- Additional lab results from 14 and 17 October are attached in the portal.
- Causality remains "possibly related" per investigator.

Please let me know if the sponsor needs anything further before the DSMB cut-off.

Best regards,
Daisuke
{SIG_KATAGIRI}""",
    personal=[("name", "Mr. Kenji Harada"), ("diagnosis", "hepatitis B reactivation")])

add(writer="morishita", loc="zip", expect="hold", kind="attachment.encrypted_zip",
    why="Password-protected zip of CRF correction sheets sent to the CRO (PPAP).",
    frm=MORISHITA, to=[FUKUDA], cc=[YOSHIKAWA],
    subject="KT-012 CRF修正依頼への回答",
    text=f"""
クリニパス 福田様（CC：吉川様）

お世話になっております。森下です。
10/14 付でいただいた CRF 修正依頼（全 7件）について、
治験責任医師の確認が取れましたので回答をお送りします。

ファイルはパスワード付き zip です。パスワードは別途お送りします。
EDC 上の修正は本日中に完了予定です。
{SIG_MORISHITA}""",
    attachments=[att("KT-012_CRF修正回答_1021.zip", encrypted=True)])

PATIENT_GROUP = [
    "NPO法人 つばさ腎臓病患者の会 事務局 <info@tsubasa-jinzo.example.or.jp>",
    "市川 久雄 <hisao.ichikawa@gmail.com>",
    "浜田 智子 <tomoko.hamada52@yahoo.co.jp>",
    "宮崎 和夫 <kazuo.miyazaki@outlook.com>",
    "松下 美代子 <miyoko.matsushita@gmail.com>",
    "岩田 茂 <iwata.shigeru@yahoo.co.jp>",
    "吉田 昌子 <yoshida.masako1960@gmail.com>",
    "小島 功 <isao.kojima@outlook.com>",
    "坂本 由香 <yuka.sakamoto.itabashi@gmail.com>",
    "野村 正樹 <masaki-nomura@yahoo.co.jp>",
    "藤田 節子 <setsuko.fujita@gmail.com>",
    "菅原 勉 <tsutomu.sugawara@outlook.com>",
]

add(writer="katagiri", loc="recipients", expect="hold", kind="recipients.patient_group",
    why="Eleven patient-association members' private addresses plus the association are put openly in To, revealing each other's kidney disease.",
    frm=KATAGIRI, to=PATIENT_GROUP,
    subject="【ご案内】腎臓病の治験に関する患者さま向け説明会（11/15）",
    text=f"""
つばさ腎臓病患者の会 会員の皆さま

いつも患者会の活動を通じてお世話になっております。
北野台大学病院 治験事務局の片桐でございます。
事務局長様からご紹介いただき、ご希望の皆さまに直接ご案内をお送りしています。

「治験ってなに？　腎臓病の新しい治療と治験参加の実際」
　日時：11月15日（土）14:00～15:30
　会場：北野台大学病院 外来棟 5階 講堂（オンライン同時配信あり）
　内容：治験の仕組みと参加者の権利／現在募集中の腎臓病の治験について
　　　　治験コーディネーターとの個別相談（希望者）

参加費は無料です。参加をご希望の方は、11月10日（月）までに
このメールへご返信いただくか、治験事務局（03-0000-6120）までお電話ください。
{SIG_KATAGIRI}""")

# ---------------------------------------------------------------- passes
add(writer="nakamura", loc="body", expect="pass", kind="benign.irb_schedule",
    why="IRB meeting notice to its members; members' names are public under GCP and SAE items are by subject code only.",
    frm=NAKAMURA, to=[IRB_TAKEDA, IRB_SAEKI, IRB_OGAWA],
    cc=[KATAGIRI],
    subject="第215回 治験審査委員会 開催のご案内（11/12）",
    text=f"""
治験審査委員会 外部委員の先生方

いつもお世話になっております。IRB 事務局の中村です。
第215回治験審査委員会を下記のとおり開催いたします。

　日時：2025年11月12日（水）17:30～19:00
　場所：臨床研究推進センター 会議室（オンライン参加可）
　出席予定委員（敬称略）：
　　委員長 河合 修（内科）、副委員長 長尾 恭子（薬剤部）、
　　竹田 文子（弁護士・外部）、佐伯 昌平（一般・外部）、小川 晴美（一般・外部）ほか

　審議事項：
　　1. 新規 1件（VTX-301 第Ⅱ相、乳がん）
　　2. 継続審査 6件
　　3. 安全性情報等に関する報告 12件
　　4. 重篤な有害事象報告 3件（KT-012-004、OHP-2207-008、KT-015-002）
　　5. 治験中の妊娠判明例の取扱い（KT-015）

資料は 11月5日（水）に委員専用サイトへ掲載いたします。
ご出欠を 11月7日（金）までにお知らせください。
※委員名簿・会議の記録の概要は、当院ウェブサイトで公開しております。
{SIG_NAKAMURA}""")

add(writer="morishita", loc="body", expect="pass", kind="benign.coded_adverse_event",
    why="Adverse events are reported to the CRO by subject code only, as GCP requires; no participant is named.",
    frm=MORISHITA, to=[YOSHIKAWA],
    subject="KT-012 Visit 5 実施状況と非重篤AEのご報告",
    text=f"""
吉川様

お世話になっております。森下です。
今週の KT-012 の来院状況をご報告します。

　KT-012-009：Visit 5 実施（10/20）。非重篤 AE あり
　　・悪心 Grade 1（10/15～10/18、回復）、因果関係：関連あり
　KT-012-010：Visit 5 実施（10/21）。AE なし
　KT-012-011：Visit 4 実施（10/21）。非重篤 AE あり
　　・上気道感染 Grade 1（10/12～継続中）、因果関係：関連なし
　KT-012-004：SAE 対応中のため来院延期（別途第一報のとおり）

EDC 入力は 10/23（木）までに完了予定です。
次回 SDV では、009 の悪心の経過記録（看護記録）もご確認ください。
{SIG_MORISHITA}""")

add(writer="katagiri", loc="subject", expect="pass", kind="benign.malware_infection",
    why="'感染' and '隔離' describe a suspected malware infection and network isolation, not any patient.",
    frm=KATAGIRI, to=[YOSHIKAWA, FUKUDA, YAMAGISHI, BENNETT],
    subject="院内端末のマルウェア感染疑いに伴うネットワーク隔離について / Network isolation notice",
    text=f"""
治験依頼者・CRO の皆さま

いつもお世話になっております。治験事務局の片桐です。

10月22日（水）午前、院内の一部端末でマルウェア感染の疑いが検知されたため、
情報システム部の判断で外来棟 3階（治験事務局を含む）のネットワークを隔離しています。
電子カルテ本体および EDC サーバー（各社クラウド）への影響は確認されていません。

このため、以下の対応をお願いいたします。
　・10/22～10/24 の間、当院からの EDC 入力・メール返信が遅れる場合があります
　・予定していたリモート SDV（10/23 クリニパス様）は延期とさせてください
　・ご連絡は代表電話（03-0000-6120）経由でお願いします

English summary:
A suspected malware infection was detected on some hospital PCs on 22 October.
The network segment of our office has been isolated as a precaution. No impact on
the EMR or sponsor EDC systems has been identified. Replies may be delayed until 24 October.
{SIG_KATAGIRI}""")

add(writer="morishita", loc="body", expect="pass", kind="benign.to_data_subject",
    why="Visit schedule and allowance sent to the participant himself; his account is masked to the last digits.",
    frm=MORISHITA, to=["石川 正 <tadashi.ishikawa.0411@gmail.com>"],
    subject="次回の治験来院日と負担軽減費のお知らせ",
    text=f"""
石川 正 様

いつも治験にご協力いただき、ありがとうございます。
北野台大学病院 治験事務局の森下です。

次回の来院日は下記のとおりです。
　11月17日（月）9:30　外来棟 3階 治験外来受付
　・前日 21時以降は絶食（水・お茶は可）でお越しください
　・お薬手帳と、お渡ししている日誌をお持ちください

10月来院分（2回）の負担軽減費 14,000円は、
11月14日（金）に、ご登録の口座（ゆうちょ銀行 ****561）へお振込みいたします。

体調の変化や気になることがありましたら、
治験事務局（03-0000-6120、平日 8:30～17:00）までいつでもご連絡ください。
{SIG_MORISHITA}""")

INVOICE = """INVOICE No. KU-CT-2025-0917

Bill to: Veridian Therapeutics Inc., Clinical Finance, 400 Harbor Drive, Suite 1200, Boston, MA, USA
Study: VTX-210 (Site 301, Kitanodai University Hospital)
Period: July – September 2025

Item	Qty	Unit (JPY)	Amount (JPY)
Subject visits completed	18	96,000	1,728,000
Screen failures	3	40,000	120,000
IRB continuing review fee	1	150,000	150,000
Pharmacy handling	1	60,000	60,000
Subtotal			2,058,000
Consumption tax (10%)			205,800
Total			2,263,800

Remit to:
Bank: Mizuho Bank, Ltd., Itabashi Branch
Account name: Kitanodai University (Gakko Hojin Kitanodai Gakuen)
Account no.: Ordinary 2704418
SWIFT/BIC: MHCBJPJT
Payment terms: 45 days from invoice date
"""

add(writer="katagiri", loc="attachment", expect="pass", kind="benign.sponsor_invoice",
    why="An invoice to the sponsor with the university's corporate account and SWIFT code; no participant data.",
    frm=KATAGIRI, to=["Veridian Clinical Finance <clinical.finance@veridian-tx.example.com>"], cc=[BENNETT],
    subject="Invoice KU-CT-2025-0917 – VTX-210 Site 301 (Jul–Sep 2025)",
    text=f"""
Dear Clinical Finance team,

Please find attached our invoice for study VTX-210, Site 301, covering visits
completed between July and September 2025, as reconciled with the CRA's visit
tracker on 10 October.

Please note that our bank details are unchanged. If a W-8BEN-E or any other
form is required for this payment, kindly let me know.

Best regards,
Daisuke Katagiri
{SIG_KATAGIRI}""",
    attachments=[att("Invoice_KU-CT-2025-0917.pdf", INVOICE)])

add(writer="katagiri", loc="body", expect="pass", kind="benign.enrollment_aggregate",
    why="Enrolment and dropout figures are given only as counts per study.",
    frm=KATAGIRI, to=[YAMAGISHI],
    subject="OHP-2207 症例登録状況（10月20日現在）",
    text=f"""
大島製薬株式会社
山岸様

お世話になっております。片桐です。
OHP-2207 の当院の症例登録状況をご報告いたします。

　契約症例数　　　　　 15例
　同意取得　　　　　　 19例
　スクリーニング脱落　  5例（eGFR 基準外 3、HbA1c 基準外 1、同意撤回 1）
　登録（ランダム化）　 14例
　中止　　　　　　　　  2例（有害事象による中止 1、転居 1）
　投与継続中　　　　　 12例

残り 1例は 11月中に登録できる見込みです。
契約症例数の追加（+3例）の件は、来週の打合せでご相談させてください。
{SIG_KATAGIRI}""")

add(writer="morishita", loc="recipients", expect="pass", kind="benign.sdv_scheduling",
    why="Scheduling a monitoring visit with six named staff of one CRO and one sponsor; no participant data.",
    frm=MORISHITA,
    to=[YOSHIKAWA, FUKUDA, "田辺 光 <h.tanabe@clinipath-cro.example.co.jp>",
        YAMAGISHI, "北條 賢 <s-hojo@ohshima-pharma.example.co.jp>", "井口 里奈 <r-iguchi@ohshima-pharma.example.co.jp>"],
    cc=[KATAGIRI],
    subject="OHP-2207 SDV 日程のご相談（11月）",
    text=f"""
クリニパス 吉川様、福田様、田辺様
大島製薬 山岸様、北條様、井口様

お世話になっております。北野台大学病院 治験事務局の森下です。
11月の SDV 日程について、以下の候補で調整させてください。

　① 11月11日（火）13:00～17:00
　② 11月13日（木）9:30～12:00
　③ 11月18日（火）13:00～17:00

閲覧室は 2名まで同時利用可能です。
大島製薬様の共同モニタリング（北條様・井口様のトレーニング）を
③にまとめていただけますと、電子カルテ端末の予約が取りやすいです。

また、SDV 時の電子カルテ閲覧 ID は、新任の田辺様分を新規発行いたしますので、
守秘義務に関する誓約書の提出をお願いいたします。
{SIG_MORISHITA}""")

DRUG_LOG = """[治験薬 受領記録]
試験\tロット番号\t容器番号範囲\t数量\t受領日\t送り状番号
KT-012\tKX24-0917A\tC-10341～C-10364\t24箱\t2025/10/08\t2047-3812-4710
KT-012\tKX24-0917B\tC-10365～C-10376\t12箱\t2025/10/08\t2621-2997-2204
OHP-2207\tOH25-0822\t0801～0830\t30箱\t2025/10/15\t3640-5622-4151

[温度ロガー]
ロガー S/N\t区間\t最低(℃)\t最高(℃)\t逸脱
TL-88-004512\t出荷～受領（KT-012）\t3.1\t6.8\tなし
TL-88-004519\t出荷～受領（OHP-2207）\t2.9\t7.4\tなし
TL-90-100233\t治験薬管理室 冷蔵庫No.2（10/1～10/20）\t2.6\t7.1\tなし
"""

add(writer="morishita", loc="attachment", expect="pass", kind="benign.drug_accountability",
    why="Lot numbers, container ranges, logger serials and 12-digit courier tracking numbers; nothing identifies a person.",
    frm=MORISHITA, to=[FUKUDA],
    subject="治験薬受領記録・温度ログ（10月分）",
    text=f"""
福田様

お世話になっております。森下です。
10月に受領した治験薬の受領記録と温度ログを添付いたします。
いずれも輸送中・保管中の温度逸脱はありませんでした。

送り状番号は配送会社の追跡用です。
受領書の原本は次回 SDV 時にご確認ください。
{SIG_MORISHITA}""",
    attachments=[att("治験薬受領記録_202510.xlsx", DRUG_LOG)])

add(writer="katagiri", loc="body", expect="pass", kind="benign.successor_greeting",
    why="A greeting on a sponsor contact's promotion and her successor's introduction; business contacts only.",
    frm=KATAGIRI, to=[YAMAGISHI], cc=["北條 賢 <s-hojo@ohshima-pharma.example.co.jp>"],
    subject="Re: 担当交代のご挨拶",
    text=f"""
大島製薬株式会社
山岸様

ご丁寧なご挨拶をありがとうございます。
このたびは臨床開発部 グループマネージャーへのご昇進、誠におめでとうございます。
OHP-2207 の立ち上げから 3年間、細やかにご対応いただき本当に助かりました。

後任の北條様、今後ともどうぞよろしくお願いいたします。
11月の SDV の際に、治験事務局・薬剤部・検査部をご案内いたします。
当院の書式や手順で分かりにくい点があれば、いつでも私までお問い合わせください。

山岸様の益々のご活躍を心よりお祈り申し上げます。
{SIG_KATAGIRI}
> 北野台大学病院 治験事務局 片桐様
> 11月1日付で異動となり、OHP-2207 の担当を北條に引き継ぐこととなりました。
> 在任中は大変お世話になりました。
> 大島製薬 山岸
""")

add(writer="nakamura", loc="body", expect="pass", kind="benign.visitor_restriction",
    why="A general visiting restriction because of influenza; no patient or staff member is named.",
    frm=NAKAMURA, to=[YOSHIKAWA, YAMAGISHI, "Laura Bennett <laura.bennett@veridian-tx.example.com>",
                      "メディサポート CRC 課 <crc@medisupport-smo.example.jp>"],
    subject="【お知らせ】インフルエンザ流行に伴う面会制限・来院制限について",
    text=f"""
治験依頼者・CRO・SMO の皆さま

いつもお世話になっております。北野台大学病院の中村です。

院内でインフルエンザの感染者が増加していることから、
10月27日（月）より当面の間、病棟の面会制限を実施いたします。
あわせて、治験関係者の方の来院について下記のご協力をお願いいたします。

　・病棟への立ち入りは原則不可（SDV は外来棟の閲覧室のみで実施）
　・来院時は受付で検温・体調確認、マスクの着用をお願いします
　・発熱や咳などの症状がある方は来院をお控えください
　・被験者の来院は通常どおり実施します（外来動線のみ利用）

English summary: Due to an increase in influenza cases, ward visits are restricted
from 27 October. Monitoring visits will continue in the outpatient reading room only.

ご不便をおかけしますが、ご理解とご協力をお願いいたします。
{SIG_NAKAMURA}""")
