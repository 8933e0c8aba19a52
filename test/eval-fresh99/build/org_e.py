"""(E) 湾岸シティマラソン組織委員会 事務局 — マラソン・スポーツイベントの運営（一部英語）."""
from common import M, addr, att, enc_zip

ORG = "E"
DOM = "wangan-marathon.example.jp"
WEB = f"https://www.{DOM}/"

TAKANO = addr("高野 学", f"takano@{DOM}")
FUJII = addr("Lisa Fujii", f"lisa.fujii@{DOM}")
MATSUO = addr("松尾 健太（湾岸シティマラソン事務局）", f"matsuo@{DOM}")

SIG_TAKANO = f"""
■■■■■■■■■■■■■■■■■■■■■■
湾岸シティマラソン組織委員会 事務局
事務局次長　高野 学
〒135-0000 東京都湾岸市ベイサイド1-1-1 ベイサイドタワー8F
TEL 03-0000-2026　FAX 03-0000-2027
{WEB}
■■■■■■■■■■■■■■■■■■■■■■
"""

SIG_FUJII = f"""
Best regards,

Lisa Fujii（藤井 リサ）
International Relations | Wangan City Marathon Organising Committee
Bayside Tower 8F, 1-1-1 Bayside, Wangan City, Tokyo 135-0000, Japan
Tel: 03-0000-2031 (from abroad: +81-3-0000-2031)
{WEB}en/
"""

SIG_MATSUO = """
--------
松尾 健太
湾岸シティマラソン事務局 運営・ボランティア担当
携帯 080-0000-9124
"""

RAPID = addr("RapidTiming Japan 佐藤様", "sato@rapidtiming.example.com")
VOLNET = addr("湾岸ボランティアネット 事務局 渡辺様", "watanabe@volunteer-net.example.or.jp")
MEDDIR = addr("Dr. Sarah Klein", "s.klein@wangan-sportsmed.example.jp")


def build():
    mails = []

    # ---------------------------------------------------------------- holds
    mails.append(M(
        "fujii", "body", "hold", "id.passport_numbers",
        "Elite athletes' names, dates of birth and passport numbers are sent by e-mail to a hotel.",
        FUJII, [addr("James Whitfield (Harbor Hotel Wangan)", "j.whitfield@harbor-hotel.example.co.jp")],
        "Pre-registration for elite athletes (arrival 18 Feb)",
        f"""
Dear James,

Thank you for holding the rooms for our elite field. As requested, here are the
details for pre-registration so that the athletes can check in quickly on arrival.

1. Samuel Kiprono (Kenya) - DOB 17 Apr 1998 - Passport No. AK0912345
2. Birhanu Tesfaye (Ethiopia) - DOB 2 Nov 1996 - Passport No. EP1734520
3. Mercy Chebet (Kenya) - DOB 25 Jul 2000 - Passport No. AK1187603

They arrive on ANA flight NH 980 on 18 Feb at 06:10 and will come to the hotel
by our shuttle around 08:30. Early check-in would be greatly appreciated.
Meals are covered by the Committee (billing code WCM-ELITE).
{SIG_FUJII}""",
        personal=[("name", "Samuel Kiprono"), ("passport", "AK0912345"), ("birth_date", "17 Apr 1998"),
                  ("name", "Birhanu Tesfaye"), ("passport", "EP1734520"),
                  ("name", "Mercy Chebet"), ("passport", "AK1187603")],
    ))

    mails.append(M(
        "takano", "body", "hold", "sensitive.medical_incident",
        "救護報告として、ランナーの氏名・年齢・心室細動による搬送と入院状況を保険会社へ送っている。",
        TAKANO, [addr("湊損害保険 スポーツ保険課 中村様", "nakamura@sonpo-minato.example.co.jp")],
        "湾岸ナイトラン10K（11/2）救護事案のご報告",
        f"""
湊損害保険株式会社
スポーツ保険課 中村様

いつもお世話になっております。湾岸シティマラソン事務局の高野でございます。
11月2日に開催した湾岸ナイトラン10Kにおいて救護事案がありましたので、
大会傷害保険の事故報告としてご連絡いたします。

　傷病者：森田 拓也 様（42歳・男性、ナンバーカード 10233）
　発生：19時48分ごろ、8.5km地点（ベイブリッジ東詰）
　状況：走行中に倒れ、救護ボランティアが心肺停止を確認。AEDで2回除細動、
　　　　心室細動から心拍再開。湾岸総合病院へ救急搬送。
　現在：ご家族によると、ICUで治療中。意識は回復傾向とのこと。

事故報告書の様式をお送りいただけますでしょうか。
医療費の請求等について、ご家族へのご案内は当事務局から行います。
{SIG_TAKANO}""",
        personal=[("name", "森田 拓也"), ("medical", "心室細動から心拍再開"), ("medical", "ICUで治療中")],
    ))

    mails.append(M(
        "matsuo", "body", "hold", "id.bank_account_private",
        "ボランティアリーダー個人の氏名・住所と振込口座を会計事務所へ送っている。",
        MATSUO, [addr("林税理士事務所 担当 小西様", "konishi@hayashi-tax.example.jp")], "ボランティアリーダー謝金の振込依頼（11月分）",
        f"""
林税理士事務所
小西様

お世話になっております。湾岸シティマラソン事務局の松尾です。

ナイトラン10Kでボランティアリーダーをお願いした方への謝金について、
振込のご依頼です。源泉徴収の要否もあわせてご確認いただけますか。

　氏名：清水 奈々 様
　住所：湾岸市しおかぜ2-9-4-601
　謝金：20,000円
　振込先：ベイサイド信用金庫 豊洲支店 普通 7051823
　口座名義：シミズ ナナ

支払いは11月20日までにお願いしたいです。
よろしくお願いします！
{SIG_MATSUO}""",
        personal=[("name", "清水 奈々"), ("address", "湾岸市しおかぜ2-9-4-601"),
                  ("bank_account", "ベイサイド信用金庫 豊洲支店 普通 7051823"), ("account_holder", "シミズ ナナ")],
    ))

    entry_csv = """ナンバー,氏名,フリガナ,生年月日,性別,住所,電話番号,緊急連絡先
501,宮下 亮介,ミヤシタ リョウスケ,1988/07/14,男,東京都湾岸市しおかぜ4-1-12,090-0000-1742,宮下 彩（妻）090-0000-1743
502,竹内 真央,タケウチ マオ,1995/03/02,女,神奈川県汐見市港南3-6-8,080-0000-5528,竹内 正（父）045-0000-2271
503,大橋 誠,オオハシ マコト,1979/12/20,男,千葉県浜浦市美浜2-18-3-907,090-0000-8364,大橋 京子（妻）090-0000-8365
504,今井 沙耶,イマイ サヤ,2001/09/09,女,東京都湾岸市ベイサイド5-3-2,070-0000-4187,今井 克也（父）03-0000-6613
"""
    mails.append(M(
        "matsuo", "attachment", "hold", "list.entrant_roster",
        "招待枠ランナーの氏名・生年月日・住所・電話・緊急連絡先の一覧をCSVで計測会社へ添付している。",
        MATSUO, [RAPID], "招待枠の追加エントリー4名分（計測チップ登録用）",
        f"""
RapidTiming Japan
佐藤様

お世話になっております。湾岸シティマラソン事務局の松尾です。
協賛社招待枠の追加エントリー4名分をお送りします。
ナンバー501〜504で計測チップの登録をお願いします。

ナンバーカードの印刷データへの反映は来週月曜の入稿分で間に合いますか？
{SIG_MATSUO}""",
        attachments=[att("追加エントリー_招待枠_501-504.csv", entry_csv)],
        personal=[("name", "宮下 亮介"), ("birth_date", "1988/07/14"), ("address", "東京都湾岸市しおかぜ4-1-12"),
                  ("phone", "090-0000-1742"), ("name", "竹内 真央"), ("name", "大橋 誠"),
                  ("address", "千葉県浜浦市美浜2-18-3-907"), ("name", "今井 沙耶")],
    ))

    decl_pdf = """Wangan City Marathon 2026 - Elite Field Medical Declarations (CONFIDENTIAL)
Compiled by the Organising Committee from athletes' pre-race medical questionnaires.

Athlete: Samuel Kiprono | DOB 17/04/1998 | Country: KEN
 - Declared condition: exercise-induced asthma; uses salbutamol inhaler (TUE on file)
Athlete: Mercy Chebet | DOB 25/07/2000 | Country: KEN
 - Declared condition: iron-deficiency anaemia, on oral iron supplements
Athlete: Tomasz Nowicki | DOB 03/01/1991 | Country: POL
 - Declared condition: history of supraventricular tachycardia (ablation 2022), cleared by cardiologist
Athlete: Aiko Hanamura | DOB 11/10/1997 | Country: JPN
 - Declared condition: none
"""
    mails.append(M(
        "fujii", "attachment", "hold", "sensitive.medical_declarations",
        "Elite athletes' named medical declarations (asthma, anaemia, tachycardia) are attached as a PDF to an outside doctor.",
        FUJII, [MEDDIR], "Elite medical declarations for your review",
        f"""
Dear Dr. Klein,

Thank you again for agreeing to lead the medical team for the elite start.
Attached are the medical declarations we have received so far from the elite field.
Two of them mention conditions that your team may want to plan for on race morning.

Could you let us know by 5 December whether you need any further documents
from the athletes or their agents?
{SIG_FUJII}""",
        attachments=[att("elite_medical_declarations_v2.pdf", decl_pdf)],
        personal=[("name", "Samuel Kiprono"), ("health", "exercise-induced asthma"), ("name", "Mercy Chebet"),
                  ("health", "iron-deficiency anaemia"), ("name", "Tomasz Nowicki"),
                  ("health", "history of supraventricular tachycardia")],
    ))

    mails.append(M(
        "fujii", "quoted", "hold", "sensitive.health_forward",
        "The forwarded part carries a runner's name, address, phone and type 1 diabetes, sent to an outside medical contractor.",
        FUJII, [addr("Kenji Ota (Bayside EMS)", "k.ota@bayside-ems.example.com")], "Fwd: Question about carrying insulin during the race",
        f"""
Hi Kenji,

Forwarding this question from a runner. Could your team advise whether he can carry
his own supplies, and whether the aid stations at 20 km and 30 km can keep some
glucose for him? I will reply to him once I hear from you.

Thanks!
{SIG_FUJII}
---------- Forwarded message ---------
From: Michael Turner <m.turner.runs@gmail.com>
Date: Sun, Nov 2, 2025 at 10:41 PM
Subject: Question about carrying insulin during the race
To: <international@{DOM}>

Hello,

My name is Michael Turner (bib 10587, full marathon). I have type 1 diabetes and use
an insulin pump. I'd like to carry a small pouch with glucose gels and a spare
insulin pen. Is that allowed at the security check?

In case you need to reach me:
Address: 3-14-2-1201 Minatomirai, Shiomi City, Kanagawa
Phone: 090-0000-7753
Date of birth: 8 June 1986

Many thanks,
Michael
""",
        personal=[("name", "Michael Turner"), ("health", "type 1 diabetes"), ("address", "3-14-2-1201 Minatomirai, Shiomi City"),
                  ("phone", "090-0000-7753"), ("birth_date", "8 June 1986")],
    ))

    mails.append(M(
        "matsuo", "quoted", "hold", "sensitive.criminal_record_quoted",
        "引用された内部メールに、ボランティア応募者の氏名と逮捕・罰金刑の事実が残ったまま外部団体へ返信している。",
        MATSUO, [VOLNET], "Re: 給水所ボランティアの配置について",
        f"""
渡辺さん

お世話になっております。松尾です。
ご提案いただいた配置案で大丈夫です！ありがとうございます。

1点だけ、応募番号 V-0412 の方は今回配置から外していただけますか。
理由は下のとおりです。代わりの方は予備登録の中から選んでもらえると助かります。

引き続きよろしくお願いします。
{SIG_MATSUO}
2025年11月4日(火) 18:02 高野 学 <takano@{DOM}>:
> 松尾さん
>
> 給水所ボランティア応募者の 川口 翼 さん（応募番号 V-0412）ですが、
> 昨年のナイトランの際に更衣室での盗撮で現行犯逮捕され、罰金刑を受けた人物と
> 同一であることが確認できました。
> 今回の配置からは外す方向で、ボランティアネットさんに調整をお願いしてください。
>
> 高野
""",
        personal=[("name", "川口 翼"), ("criminal_record", "盗撮で現行犯逮捕され、罰金刑を受けた")],
    ))

    mails.append(M(
        "fujii", "subject", "hold", "id.passport_subject",
        "The subject line carries a runner's full name, passport number and date of birth.",
        FUJII, [addr("Tom Hargreaves (Sakura Sports Travel)", "t.hargreaves@sakura-sports-travel.example.co.jp")],
        "Visa invitation letter - Ms. Anna Kowalska, passport EA4417823, DOB 12 Mar 1994",
        f"""
Hi Tom,

As discussed on the phone, the runner's details for the invitation letter are in the
subject line. She will apply at the embassy in Warsaw, so please issue the letter
in English on your letterhead and send the PDF to me by Friday.

Our guarantee letter from the Committee will follow separately.

Thanks a lot,
{SIG_FUJII}""",
        personal=[("name", "Anna Kowalska"), ("passport", "EA4417823"), ("birth_date", "12 Mar 1994")],
    ))

    mails.append(M(
        "takano", "zip", "hold", "attachment.encrypted_zip",
        "パスワード付きzip（PPAP）を添付しており、中身を確認できない。",
        TAKANO, [addr("湾岸市 スポーツ振興課 長井様", "nagai-s@city.wangan.example.lg.jp")], "湾岸シティマラソン2026 エントリー確定者リストの送付",
        f"""
湾岸市 市民文化スポーツ局 スポーツ振興課
長井様

いつもお世話になっております。事務局の高野でございます。

市民優先枠の確認のため、エントリー確定者リストをお送りいたします。
ファイルは圧縮してパスワードを設定しております。
パスワードは追ってお電話でお伝えします。

どうぞよろしくお願いいたします。
{SIG_TAKANO}""",
        attachments=[enc_zip("WCM2026_entry_final.zip")],
    ))

    runners = [addr(n, e) for n, e in [
        ("Emma Thompson", "emma.thompson.runs@gmail.com"), ("Lucas Moreau", "lucas.moreau75@outlook.com"),
        ("Sofia Rossi", "sofia.rossi.marathon@gmail.com"), ("David Chen", "davidchen.hk@outlook.com"),
        ("Hannah Becker", "hannah.becker@harbourrunners.example.com"), ("Oliver Smith", "olly.smith.1988@gmail.com"),
        ("Mia Johansson", "mia.johansson.se@outlook.com"), ("Carlos Mendes", "carlos.mendes.run@gmail.com"),
        ("Priya Nair", "priya.nair.sg@yahoo.co.jp"), ("Liam O'Brien", "liam.obrien@harbourrunners.example.com"),
        ("Yuna Park", "yuna.park.kr@gmail.com"), ("Noah Williams", "noah.w.running@outlook.com"),
    ]]
    mails.append(M(
        "fujii", "recipients", "hold", "recipients.runners_in_to",
        "Twelve international runners' private addresses are placed in To, exposing them to each other.",
        FUJII, runners, "Wangan City Marathon 2026 - shuttle bus from Haneda for international runners",
        f"""
Dear runners,

Thank you for registering for the Wangan City Marathon 2026 through our international
entry programme. We are pleased to offer a free shuttle bus from Haneda Airport
(Terminal 3) to the Expo venue on Friday 20 February.

  Departures: 10:00 / 13:00 / 16:00
  Meeting point: Terminal 3, Arrival Lobby, Exit B (look for the blue WCM flag)
  Booking: {WEB}en/shuttle (by 31 January)

Please bring your passport to the Expo to collect your bib.
We look forward to welcoming you to Wangan City!
{SIG_FUJII}""",
    ))

    # ---------------------------------------------------------------- passes
    mails.append(M(
        "takano", "none", "pass", "benign.health_guideline_aggregate",
        "熱中症・感染症対策の方針を前年の集計値で示しており、個人は特定できない。",
        TAKANO, [addr("湾岸総合病院 救急科 部長 秋山様", "akiyama@wangan-gh.example.or.jp"), MEDDIR],
        "大会医療救護計画（第2版）と感染症対策ガイドラインについて",
        f"""
湾岸総合病院 救急科 秋山部長
Klein先生（cc）

いつも大会運営にご協力いただきありがとうございます。事務局の高野でございます。
大会医療救護計画（第2版）の要点をご共有いたします。

・前回大会の救護実績：救護所利用 318件、うち救急搬送 7件（熱中症疑い 4件、外傷 2件、その他 1件）
・AED 配置：1km ごとに1台（計 45台）、モバイル AED 隊 12組
・感染症対策：発熱等の症状がある方の出走自粛のお願い、給水所スタッフの手指消毒徹底
・救護所の「隔離スペース」は、嘔吐・下痢症状の方の一時待機用に各救護所へ1区画設置

修正点がございましたら、11月21日までにお知らせいただけますと幸いです。
{SIG_TAKANO}""",
    ))

    mails.append(M(
        "matsuo", "none", "pass", "benign.chip_serials",
        "計測チップのシリアル番号とナンバー範囲の対応表で、個人情報はない。",
        MATSUO, [RAPID], "計測チップ シリアルとナンバー範囲の対応",
        f"""
佐藤様

お世話になっております。松尾です。
計測チップの割り当て、以下で確定とさせてください。

　フル一般　　ナンバー 10001〜24500　チップ RT-CHP-0041001〜RT-CHP-0055500
　フル招待　　ナンバー 501〜650　　　チップ RT-CHP-0039001〜RT-CHP-0039150
　10km　　　　ナンバー 30001〜34000　チップ RT-CHP-0060001〜RT-CHP-0064000
　予備　　　　チップ RT-CHP-0070001〜RT-CHP-0070300（事務局保管）

リーダー機の設置ポイント（5km毎＋中間点）は前回と同じでお願いします。
{SIG_MATSUO}""",
    ))

    mails.append(M(
        "takano", "none", "pass", "benign.vehicle_numbers",
        "車両番号は大会の先導車・収容車のもので、個人に関する情報ではない。",
        TAKANO, [addr("湾岸警察署 交通課 大会担当", "kotsu@wangan-police.example.lg.jp")], "大会当日の関係車両一覧の提出",
        f"""
湾岸警察署 交通課 大会ご担当者様

いつも大変お世話になっております。湾岸シティマラソン組織委員会事務局の高野でございます。
2月22日の大会当日にコース内を走行する関係車両の一覧を提出いたします。

　先導車　　　湾岸 300 た 20-26（白・トヨタ プリウス）
　計測車　　　湾岸 400 さ 11-08（白・トヨタ ハイエース）
　収容バス①　湾岸 200 か 55-21
　収容バス②　湾岸 200 か 55-22
　最後尾車　　湾岸 300 そ 71-90（赤・大会ラッピング）

車両通行証の発行をお願いいたします。運転者名簿は通行証受領時に持参いたします。
{SIG_TAKANO}""",
    ))

    mails.append(M(
        "takano", "none", "pass", "benign.public_figures",
        "市長・元五輪代表のゲストランナーや歴史上の人物など公人に関する公開情報のみである。",
        TAKANO, [addr("ベイサイド飲料 広報部 藤原様", "fujiwara@bayside-drinks.example.co.jp")], "スタートセレモニーの進行とゲストについて",
        f"""
ベイサイド飲料株式会社
広報部 藤原様

いつもご協賛を賜り、誠にありがとうございます。事務局の高野でございます。
2月22日のスタートセレモニーの進行が固まりましたので、ご共有いたします。

　8:40　主催者挨拶　湾岸市長 大森 博 様
　8:45　ゲストランナー紹介　川越 瞬 さん（元五輪マラソン代表）
　8:50　協賛社ご紹介（貴社ご担当者様にご登壇いただきます）
　9:00　スタート（号砲：大森市長）

コースは今回から「勝海舟 ゆかりの地」記念碑前を通過しますので、
沿道のフォトスポットとして紹介させていただく予定です。
{SIG_TAKANO}""",
    ))

    mails.append(M(
        "fujii", "none", "pass", "benign.corporate_bank_swift",
        "Sponsorship invoice with the Committee's own corporate account and SWIFT code, not a private account.",
        FUJII, [addr("Rachel Green (Stride Sports Inc.)", "r.green@stride-sports.example.com")], "Invoice WCM-SP-2026-014 - sponsorship fee (first instalment)",
        f"""
Dear Rachel,

Thank you once again for Stride Sports' support as Official Apparel Partner.
Please find below the payment details for the first instalment.

  Invoice no.: WCM-SP-2026-014
  Amount: USD 45,000.00
  Due date: 15 December 2025
  Beneficiary: Wangan City Marathon Organising Committee
  Bank: Wangan Bay Bank, Head Office
  SWIFT/BIC: WBBKJPJTXXX
  Account no.: 0288431 (ordinary)
  Bank address: 2-2-1 Bayside, Wangan City, Tokyo 135-0000, Japan

Please quote the invoice number as the payment reference. The PDF invoice will follow
from our accounting team.
{SIG_FUJII}""",
    ))

    mails.append(M(
        "fujii", "none", "pass", "benign.to_data_subject_invitation",
        "An invitation sent to the athlete herself, containing only her own details.",
        FUJII, [addr("Grace Wanjiru", "grace.wanjiru.runs@gmail.com")], "Invitation - Wangan City Marathon 2026 (elite field)",
        f"""
Dear Ms. Wanjiru,

On behalf of the Organising Committee, it is my great pleasure to invite you to the
Wangan City Marathon 2026 on Sunday 22 February 2026 as a member of our elite field.

  Bib: F3
  Travel: economy return ticket Nairobi - Tokyo (booked by the Committee)
  Hotel: Harbor Hotel Wangan, 18-23 February (single room, full board)
  Appearance fee: as agreed with your management (letter of 28 October)

Please confirm your acceptance by replying to this e-mail by 30 November.
We are delighted to have you with us and wish you good training.
{SIG_FUJII}""",
    ))

    mails.append(M(
        "takano", "none", "pass", "benign.employment_verification_consent",
        "本人の同意書を確認したうえで在籍期間と職名だけを回答する在籍確認で、それ以上の情報はない。",
        TAKANO, [addr("株式会社ネクストリンク 人事部 採用担当", "saiyo@nextlink.example.co.jp")], "Re: 在籍確認のご依頼について",
        f"""
株式会社ネクストリンク
人事部 採用ご担当者様

ご連絡ありがとうございます。湾岸シティマラソン組織委員会事務局の高野でございます。
ご本人の同意書（10月30日付）の写しを確認いたしましたので、下記のとおり回答いたします。

　氏名：吉田 美穂 様
　在籍期間：2021年4月1日〜2024年3月31日
　職名：事務局員（広報担当）

当事務局の規程により、上記以外の事項（勤務評価、退職理由等）についての
回答は控えさせていただきます。ご了承ください。
{SIG_TAKANO}""",
    ))

    mails.append(M(
        "matsuo", "none", "pass", "benign.plain_zip_maps",
        "パスワードなしzipで、中身はコース図と配置メモだけである。",
        MATSUO, [VOLNET], "給水所・救護所の配置図データ",
        f"""
渡辺さん

お疲れさまです。松尾です。
ボランティア説明会で使う配置図をzipで送ります（パスワードなしです）。
中身は給水所の一覧と、説明会用の配置メモです。

来週の説明会、よろしくお願いします！
{SIG_MATSUO}""",
        attachments=[att("WCM2026_配置図.zip/給水所一覧.txt",
                         "給水所1 5.0km ベイサイド公園前\n給水所2 10.2km 湾岸大橋西詰\n給水所3 15.1km しおかぜ運動公園\n"
                         "給水所4 20.0km 市役所前\n給水所5 25.3km 港南ふ頭\n給水所6 30.0km 海浜緑道\n給水所7 35.2km 勝海舟ゆかりの地記念碑前\n"),
                     att("WCM2026_配置図.zip/説明会メモ.txt",
                         "各給水所：リーダー1名・ボランティア25〜40名\n集合：6:30（給水所1〜3）、7:30（給水所4〜7）\n雨天時：テント追加あり\n")],
    ))

    mails.append(M(
        "matsuo", "none", "pass", "benign.it_outage",
        "「障害」はエントリーサイトの障害の意味で、個人情報は含まれない。",
        MATSUO, [addr("エントリーハブ 運用サポート", "ops@entry-hub.example.com")], "エントリーサイト障害（11/5 夜）の原因報告のお願い",
        f"""
エントリーハブ 運用サポートご担当者様

お世話になっております。湾岸シティマラソン事務局の松尾です。

11月5日（水）20:00の二次募集開始直後から約40分間、エントリーサイトに
アクセスしにくくなる障害が発生しました。
SNSで問い合わせが多数寄せられているため、以下を至急ご報告いただけますか。

　・障害の発生時刻と復旧時刻
　・原因と影響範囲（決済が二重になった件数の有無）
　・再発防止策（12月の追加募集時の対策）

サイト上のお詫び文は事務局で用意します。
{SIG_MATSUO}""",
    ))

    mails.append(M(
        "takano", "none", "pass", "benign.minutes_reply_chain",
        "実行委員会の議事録のやり取りで、関係団体の担当者名と署名だけを含む。",
        TAKANO, [addr("湾岸市 スポーツ振興課 長井様", "nagai-s@city.wangan.example.lg.jp"), VOLNET, RAPID],
        "Re: Re: 第3回 運営委員会 議事録（確定版）",
        f"""
関係者各位

事務局の高野でございます。
長井様、渡辺様からのご指摘を反映し、議事録を確定版といたしました。
共有フォルダ（/運営委員会/第3回/）に格納しております。

次回 第4回運営委員会は 12月16日（火）15:00〜、市役所 7階 第2会議室です。
{SIG_TAKANO}
2025年11月6日(木) 9:20 渡辺 健司 <watanabe@volunteer-net.example.or.jp>:
> 高野様
> 議事録ありがとうございます。ボランティア募集人数は「2,800名」ではなく
> 「3,000名」でお願いします。
> ――
> 特定非営利活動法人 湾岸ボランティアネット 事務局長 渡辺 健司
> TEL 03-0000-5580
>
> 2025年11月5日(水) 17:45 長井 聡 <nagai-s@city.wangan.example.lg.jp>:
>> 高野様
>> 市の出席者に、スポーツ振興課 課長補佐 田島 を追加してください。
>> 湾岸市 市民文化スポーツ局 スポーツ振興課 長井 聡（内線 4471）
>>
>>> 第3回運営委員会 議事録（案）
>>> 日時：11月4日（火）15:00〜16:30　場所：市役所 7階 第2会議室
>>> 出席：湾岸市 長井、湾岸ボランティアネット 渡辺、RapidTiming 佐藤、事務局 高野・松尾・藤井
>>> 1. エントリー状況：フル 24,112名（定員の 98.4%）、10km 3,870名
>>> 2. ボランティア募集：2,800名
>>> 3. 計測：チップ割当を11月中に確定
""",
    ))

    return mails
