"""Org C: 株式会社リンクワード / LinkWord Language Services Inc. (translation & interpreting, Tokyo)."""
from common import (Writer, A, mail, att, enc_zip, gt_quote, outlook_quote, forward_en,
                    forward_ja, houjin_bangou)

ORG = "C"
D = "linkword.example.co.jp"

c1 = Writer(ORG, "c1", "森下 絵里", "e.morishita@" + D, """
--
Eri Morishita（森下 絵里）
Senior Project Manager, Translation Division
LinkWord Language Services Inc.／株式会社リンクワード
5F Shiba Park Bldg., 0-3-15 Shiba, Minato-ku, Tokyo 105-0000
Tel: +81-3-0000-4150 | https://www.linkword.example.co.jp""", display="Eri Morishita 森下 絵里")

c2 = Writer(ORG, "c2", "長谷部 亮", "hasebe@" + D, """
────────────────────
株式会社リンクワード 通訳事業部
コーディネーター　長谷部 亮
TEL 03-0000-4152（通訳手配専用）
hasebe@linkword.example.co.jp
────────────────────""")

c3 = Writer(ORG, "c3", "Sarah Coleman", "s.coleman@" + D, """
Sarah Coleman
Vendor Manager | LinkWord Language Services Inc.
Direct: +81-3-0000-4158
s.coleman@linkword.example.co.jp""")

HOUJIN_C = houjin_bangou("010401188325")


def mails():
    out = []

    # ------------------------------------------------------------------ HOLD body 1
    out.append(mail(
        c3, "hold", "body", "id.bank_account_freelancer",
        "Freelance translator's personal bank account and home address are sent in the body to an outside bookkeeping firm.",
        [A("Priya Nair", "p.nair@sakura-backoffice.example.com")],
        "New freelancer for the July payment run",
        """Hi Priya,

Could you please add one new freelance translator to the vendor master before the July 31 payment run?
He completed two jobs for us in June (EN>JA patents, 18,400 words in total), and his invoice is already in the shared folder.

  Name: Daniel Okafor
  Address: 0-14-2 Kichijoji-honcho, Musashino-shi, Tokyo 180-0000
  Bank: Kanto Mirai Bank, Kichijoji Branch (branch code 218)
  Account type: Ordinary (futsu)
  Account number: 7045128
  Account holder (katakana): オカフォー ダニエル
  Withholding tax: applicable (resident individual)

He also asked whether we can pay by the 25th from next month on. I told him our standard terms are end of month, but please let me know if the schedule can change.

Thanks a lot,""",
        personal=[("name", "Daniel Okafor"), ("bank_account", "7045128"),
                  ("address", "0-14-2 Kichijoji-honcho, Musashino-shi")]))

    # ------------------------------------------------------------------ HOLD body 2
    out.append(mail(
        c1, "hold", "body", "id.passport_residence_card",
        "申請人の氏名・生年月日・旅券番号・在留カード番号を本文に書いて行政書士へ送っている。",
        [A("竹田 先生", "takeda@takeda-gyosei.example.jp")],
        "翻訳証明書付き翻訳の納品（在留資格変更許可申請用）",
        """竹田先生

いつもお世話になっております。リンクワードの森下です。

ご依頼いただいた在留資格変更許可申請用の翻訳（出生証明書・婚姻証明書 各1通、英→日）が完了しましたので、
翻訳証明書とともに本日レターパックで発送いたしました。
申請書の記載と照合できるよう、翻訳に用いた申請人の情報を以下にまとめます。

  申請人氏名：Maricel Bautista REYES（マリセル バウティスタ レジェス）
  生年月日　：1992年3月8日
  旅券番号　：P4821937B
  在留カード番号：UH48213076EA

出生証明書の父親の氏名の綴り（原本で "Rogelio" と "Rojelio" が混在）については、
原本どおり両方を併記し、訳注を付けております。

ご確認のほど、よろしくお願いいたします。""",
        personal=[("name", "Maricel Bautista REYES"), ("birth_date", "1992年3月8日"),
                  ("passport", "P4821937B"), ("residence_card", "UH48213076EA")]))

    # ------------------------------------------------------------------ HOLD body 3
    out.append(mail(
        c2, "hold", "body", "sensitive.criminal_proceedings",
        "被疑者の実名・被疑事実・勾留中であることを、外部のフリーランス通訳者の個人アドレスへ本文で送っている。",
        [A("Pham Thi Thu", "pham.thu.interp@gmail.com")],
        "【通訳ご依頼】7月15日 弁護人接見の通訳（ベトナム語）",
        """ファム 様

いつもお世話になっております。リンクワード通訳事業部の長谷部です。

法律事務所から接見通訳のご依頼がありましたので、ご相談です。

　日時　　：7月15日（火）10:00〜12:00（予定）
　場所　　：都内の警察署（確定後にお知らせします）
　依頼元　：あおば総合法律事務所 弁護士 片山 先生
　被疑者　：グエン・ヴァン・ハイ 氏（28歳、技能実習生）
　被疑事実：窃盗（ドラッグストアでの万引き）および在留期間の超過
　内容　　：弁護人接見の通訳、今後の手続きの説明

ご本人は6月末に逮捕され、現在勾留中とのことです。
守秘義務の誓約書は、前回ご提出いただいたものが有効です。

ご都合をお聞かせいただけますでしょうか。""",
        personal=[("name", "グエン・ヴァン・ハイ"), ("criminal", "窃盗（ドラッグストアでの万引き）")]))

    # ------------------------------------------------------------------ HOLD attachment 1
    out.append(mail(
        c1, "hold", "attachment", "sensitive.medical_record_translation",
        "The body has only job details, but the attached source file is a discharge summary with the patient's name, birth date and diagnoses, sent to a freelancer's private address.",
        [A("Ken Matsuda", "ken.matsuda.trans@outlook.com")],
        "New job LW-25-0712: JA>EN medical report (approx. 3,800 chars)",
        """Hi Ken,

Thank you for accepting this one on short notice.
The source file is attached. It's a hospital discharge summary that the client's insurer needs in English.

- Job no.: LW-25-0712
- Language pair: JA>EN
- Volume: approx. 3,800 characters
- Deadline: July 11, 17:00 JST
- Rate: JPY 5.5/char (as agreed)
- Notes: Please follow the client's medical glossary (v3) in the shared folder and keep drug names in generic form.

As always, please delete the source file once the job is delivered.

Best,
Eri""",
        attachments=[att("LW-25-0712_source.docx", """退院時サマリー

患者氏名：大原 敏行 様　男性　58歳
生年月日：1966年11月2日
患者ID：0093-5521
入院日：2025年5月30日　退院日：2025年6月14日
診療科：循環器内科　主治医：佐野

【診断名】
#1 急性心筋梗塞（前壁）
#2 2型糖尿病
#3 脂質異常症

【入院時現症・経過】
5月30日早朝、胸痛を主訴に救急搬送。心電図にてV1-V4のST上昇を認め、
緊急冠動脈造影にて左前下行枝近位部の完全閉塞を確認、同日PCI（薬剤溶出性ステント留置）を施行。
術後経過は良好で、心臓リハビリテーションを開始。6月14日に独歩にて退院。

【退院時処方】
アスピリン 100mg、プラスグレル 3.75mg、ロスバスタチン 5mg、メトホルミン 500mg

【今後の方針】
外来にて経過観察。3か月後に冠動脈CTを予定。就労は軽作業から段階的に再開可。""")],
        personal=[("name", "大原 敏行"), ("birth_date", "1966年11月2日"),
                  ("diagnosis", "急性心筋梗塞（前壁）")]))

    # ------------------------------------------------------------------ HOLD attachment 2
    out.append(mail(
        c2, "hold", "attachment", "list.interpreter_roster",
        "本文は手配依頼だけだが、添付CSVに通訳者5名の氏名・携帯番号・生年月日・住所が並び、展示会事務局へ送っている。",
        [A("布施 様", "fuse@smart-factory-expo.example.jp")],
        "【スマートファクトリーEXPO】会期中の通訳者リスト送付",
        """スマートファクトリーEXPO 運営事務局
布施 様

お世話になっております。リンクワードの長谷部です。

会期中（7月23日〜25日）に出展社ブースへ派遣する通訳者のリストを添付いたします。
入館証の発行と、控室の手配をお願いできますでしょうか。
緊急連絡先はリストの携帯番号となっております。

入館証は、初日の8:30に事務局カウンターで受け取りに伺います。
よろしくお願いいたします。""",
        attachments=[att("通訳者リスト_EXPO2025.csv", """氏名,フリガナ,言語,担当ブース,携帯電話,住所（市区町村まで）,生年月日
高橋 美穂,タカハシ ミホ,英語,東ホール A-12,090-0000-4471,東京都世田谷区,1986-04-03
李 静,リ ジン,中国語,東ホール A-12,080-0000-3390,埼玉県川口市,1991-09-18
Lukas Weber,ルーカス ヴェーバー,ドイツ語,西ホール C-05,070-0000-8826,東京都目黒区,1979-12-24
小松 玲奈,コマツ レイナ,英語,西ホール C-05,090-0000-5102,神奈川県横浜市港北区,1995-06-11
朴 智恩,パク ジウン,韓国語,南ホール F-20,080-0000-7713,東京都新宿区,1988-02-27""")],
        personal=[("name", "高橋 美穂"), ("phone", "090-0000-4471"), ("name", "李 静"),
                  ("phone", "080-0000-3390"), ("name", "Lukas Weber"), ("birth_date", "1979-12-24"),
                  ("name", "朴 智恩"), ("phone", "080-0000-7713")]))

    # ------------------------------------------------------------------ HOLD quoted 1
    fw = forward_en(
        "翼商事 人事部 大野 <ono@tsubasa-trading.example.co.jp>", "Tue, Jul 8, 2025 at 4:12 PM",
        "Eri Morishita <e.morishita@linkword.example.co.jp>", "履歴書の英訳のお願い（至急）",
        """森下様

いつもお世話になっております。翼商事 人事部の大野です。
シンガポール本社の最終面接に回す候補者の履歴書です。英訳をお願いできますでしょうか。

---
履歴書
氏名：桐島 彩花（キリシマ アヤカ）
生年月日：1994年8月21日（30歳）
住所：神奈川県川崎市中原区小杉町0-3-9 パークハイツ小杉1104
電話：080-0000-2956
メール：ayaka.kirishima@yahoo.co.jp
学歴：2017年3月 東和大学 外国語学部 英米語学科 卒業
職歴：2017年4月 株式会社ミナトロジスティクス 入社（海外営業部）
　　　2021年10月 同社 シンガポール支店 駐在
資格：TOEIC 945点、通関士
---

よろしくお願いいたします。
翼商事株式会社 人事部 大野 智子""")
    out.append(mail(
        c1, "hold", "quoted", "personal.resume_forward",
        "The forwarded client mail contains a job candidate's full résumé (name, birth date, home address, phone, e-mail), passed on to a freelancer.",
        [A("Hannah Lee", "hannah.lee.jaen@gmail.com")],
        "Fw: 履歴書の英訳のお願い（至急）",
        """Hi Hannah,

Another rush one from the same HR client, if you have capacity.
They need the résumé below translated into English by Friday noon (July 11) for their headquarters in Singapore.
It's about 1,200 characters. Standard rate plus 30% rush fee.

They pasted the text directly into their email, so I'm forwarding it as is.
Please reply to let me know if you can take it.

Thanks!
Eri""",
        quoted=fw,
        personal=[("name", "桐島 彩花"), ("birth_date", "1994年8月21日"),
                  ("address", "神奈川県川崎市中原区小杉町0-3-9"), ("phone", "080-0000-2956"),
                  ("email", "ayaka.kirishima@yahoo.co.jp")]))

    # ------------------------------------------------------------------ HOLD quoted 2
    q = outlook_quote(
        "工藤 千春 <kudo@tokyo-higaisha-shien.example.or.jp>", "Wednesday, July 9, 2025 10:48 AM",
        "Sarah Coleman <s.coleman@linkword.example.co.jp>", "通訳のご依頼（7月14日 被害者面談）",
        """リンクワード
Sarah Coleman 様

いつもお世話になっております。東京被害者支援ネットワークの工藤です。
下記のとおり英語通訳をお願いしたく、ご連絡いたしました。

　日時　：7月14日（月）13:30〜16:00
　場所　：当センター 相談室
　対象者：Emily Carter 様（29歳、英会話講師）
　内容　：6月に都内の路上で受けた傷害事件の被害者として、警察での事情聴取の準備と、被害者参加制度の説明
　配慮事項：事件以降、男性との面談に強い不安を感じておられるため、女性の通訳者を希望されています。

よろしくお願いいたします。
工藤""")
    out.append(mail(
        c3, "hold", "quoted", "sensitive.crime_victim",
        "The reply itself has no names, but the quoted request names a crime victim and the assault, and goes to a freelance interpreter's private address.",
        [A("Olivia Grant", "olivia.grant.interp@gmail.com")],
        "Re: Interpreting request – support center interview, July 14",
        """Hi Olivia,

Thank you for accepting! Confirmed for Monday, July 14, 13:30–16:00.
Please meet Ms. Kudo from the support center at the main entrance at 13:15. The center's request is below (in Japanese).
As this is a victim support case, please do not take any notes home, and shred your handouts after the session.

The fee is our standard half-day rate plus travel. Please send your invoice by the end of July.

Best regards,""",
        quoted=q,
        personal=[("name", "Emily Carter"), ("crime_victim", "傷害事件の被害者")]))

    # ------------------------------------------------------------------ HOLD subject
    out.append(mail(
        c3, "hold", "subject", "id.residence_card_subject",
        "The body is a plain delivery notice, but the subject line carries the person's full name and residence card number.",
        [A("Tom Becker", "t.becker@pacific-move.example.com")],
        "Certified translation ready: birth certificate for NGUYEN THI LAN (Residence Card UH73015284KA)",
        """Dear Mr. Becker,

The certified translation you ordered on July 3 is ready.
We sent the hard copy, together with our certificate of translation, by Letter Pack today; it should arrive tomorrow morning.
The invoice will follow at the end of the month as usual.

Please let us know if the immigration office asks for any changes.

Best regards,""",
        personal=[("name", "NGUYEN THI LAN"), ("residence_card", "UH73015284KA")]))

    # ------------------------------------------------------------------ HOLD zip (encrypted)
    out.append(mail(
        c1, "hold", "zip", "attachment.encrypted_zip",
        "パスワード付きZIP（契約書の訳文）を添付し、パスワードを別送するPPAPの運用になっている。",
        [A("中川 様", "legal-docs@hoshino-pharma.example.co.jp")],
        "【納品】株式譲渡契約書（英→日）最終版／LW-25-0655",
        """星野製薬株式会社
法務部 中川 様

いつもお世話になっております。リンクワードの森下です。

ご依頼いただいた株式譲渡契約書（Share Purchase Agreement、英→日）の最終版を納品いたします。
先方弁護士からの修正（第7.3条、第11条）を反映済みです。

　・LW-25-0655_SPA_JA_final_redline.docx（変更履歴付き）
　・LW-25-0655_SPA_JA_final_clean.docx（クリーン版）

上記2点をZIPにまとめ、パスワードを設定しております。パスワードは別メールにてお送りします。

ご確認のほど、よろしくお願いいたします。""",
        attachments=[enc_zip("LW-25-0655_SPA_JA_final.zip")]))

    # ------------------------------------------------------------------ HOLD recipients
    fl = [
        A("Hannah Lee", "hannah.lee.jaen@gmail.com"),
        A("Ken Matsuda", "ken.matsuda.trans@outlook.com"),
        A("Olivia Grant", "olivia.grant.interp@gmail.com"),
        A("Daniel Okafor", "d.okafor.translation@gmail.com"),
        A("Pham Thi Thu", "pham.thu.interp@gmail.com"),
        A("大塚 真理", "mari.otsuka.honyaku@yahoo.co.jp"),
        A("Julien Moreau", "julien.moreau.trad@outlook.com"),
        A("陳 雅婷", "chen.yating.tr@gmail.com"),
        A("Anna Schmidt", "anna@schmidt-sprachdienst.example.de"),
        A("佐伯 航", "saeki.wataru.trans@gmail.com"),
        A("Rachel Kim", "rachel.kim.jako@outlook.com"),
        A("藤堂 恵", "todo@todo-translation.example.jp"),
        A("Marco Bellini", "marco.bellini.traduzioni@gmail.com"),
        A("岡 美月", "mizuki.oka.en@yahoo.co.jp"),
    ]
    out.append(mail(
        c3, "hold", "recipients", "recipients.freelancers_visible",
        "14 freelance translators' private addresses are all in To, so every recipient sees everyone else's address.",
        fl, "Rate card update and Trados requirement from September 1",
        """Dear translators,

Thank you as always for your excellent work for LinkWord.
We would like to let you know about two changes that take effect on September 1, 2025.

1. Rate card
   - The standard per-word rate for EN>JA and JA>EN increases by JPY 0.5.
   - Rush fees (delivery within 24 hours) will be a flat +30%.
   - The minimum fee per job goes up to JPY 3,000.

2. CAT tool
   - All pharma and patent jobs will require Trados Studio 2022 or later.
   - If you do not have a license, please let us know; we can lend a limited number of seats.

Updated framework agreements will be sent to each of you individually in August.
If you have any questions, please reply to me directly.

Best regards,"""))

    # ================================================================== PASSES
    out.append(mail(
        c3, "pass", None, "benign.swift_invoice",
        "Invoice with the company's own corporate bank account and SWIFT code; no personal account or person data.",
        [A("Accounts Payable", "ap@northwind-devices.example.com")],
        "Invoice LW-INV-2025-0734 – June translation services",
        """Dear Accounts Payable team,

Please find attached our invoice for translation services delivered in June 2025 (PO NW-4471-22).

  Invoice no.: LW-INV-2025-0734
  Amount due: USD 8,420.00
  Due date: August 31, 2025

Bank details for international transfer:
  Beneficiary: LinkWord Language Services Inc.
  Bank: Minato Global Bank, Shiba Branch
  SWIFT/BIC: MGBKJPJT
  Account no.: 0123456 (ordinary)
  Bank address: 0-1-1 Shiba, Minato-ku, Tokyo 105-0000, Japan

Please make sure that bank charges on your side are paid by the remitter (OUR).

Kind regards,""",
        attachments=[att("LW-INV-2025-0734.pdf", """INVOICE
LinkWord Language Services Inc.
5F Shiba Park Bldg., 0-3-15 Shiba, Minato-ku, Tokyo 105-0000, Japan
Corporate No. %s / Qualified Invoice Issuer No. T%s

Bill to: Northwind Devices Ltd., Accounts Payable
Invoice no.: LW-INV-2025-0734   Date: July 1, 2025   PO: NW-4471-22

1  User manual, JA>EN, 21,400 words        USD 5,350.00
2  Release notes, JA>EN, 4,800 words       USD 1,200.00
3  DTP and QA                              USD 1,870.00
Total                                      USD 8,420.00

Beneficiary: LinkWord Language Services Inc.
Minato Global Bank, Shiba Branch / SWIFT MGBKJPJT / Account 0123456""" % (HOUJIN_C, HOUJIN_C))]))

    out.append(mail(
        c1, "pass", None, "benign.historical_persons",
        "伊能忠敬・間宮林蔵など歴史上の人物の展示キャプションの翻訳で、個人情報にはあたらない。",
        [A("学芸員 今井 様", "imai@boso-rekishi.example.jp")],
        "企画展「江戸の測量家たち」キャプション英訳 初稿の送付",
        """房総歴史資料館
学芸員 今井 様

いつもお世話になっております。リンクワードの森下です。
企画展「江戸の測量家たち」のキャプション英訳（初稿）をお送りします。一部を抜粋してご紹介します。

　・伊能忠敬（1745–1818）
　　Ino Tadataka (1745–1818), a merchant from Sawara who began studying astronomy at the age of 50
　　and went on to survey the entire coastline of Japan.
　・間宮林蔵（1780?–1844）
　　Mamiya Rinzo (1780?–1844), an explorer who confirmed that Sakhalin is an island.
　・「大日本沿海輿地全図」
　　Maps of Japan's Coastal Areas (Dai Nihon Enkai Yochi Zenzu)

人名はヘボン式・姓名順、長音記号なしで統一しております。
「測量隊」の訳語は survey team と survey party で迷っておりますので、ご意見をいただけますと幸いです。

ご確認のほど、よろしくお願いいたします。"""))

    q = outlook_quote(
        "Jiyeon Park <j.park@orion-semicon.example.com>", "Thursday, July 3, 2025 9:12 AM",
        "Eri Morishita <e.morishita@linkword.example.co.jp>", "Q3 volume forecast",
        """Hi Eri,

Our Q3 forecast is about 180,000 words, mostly datasheets and application notes.
We will also have a large UI string update in late August.

Best,
Jiyeon

Jiyeon Park
Localization Program Manager
Orion Semiconductor Co., Ltd.
Tel: +81-45-0000-7720 | Mobile: +81-90-0000-3318""")
    out.append(mail(
        c1, "pass", None, "benign.successor_introduction",
        "Successor introduction and forecast reply; only business contact details of the staff involved.",
        [A("Jiyeon Park", "j.park@orion-semicon.example.com")],
        "RE: Q3 volume forecast / Introducing your new project manager",
        """Hi Jiyeon,

Thank you for the forecast. We have reserved capacity for both the datasheets and the UI update.

I also have some personal news: I will be leaving LinkWord at the end of August to go back to school in the UK.
From August 1, your account will be handled by my colleague Takumi Arai (cc'd), who has worked on your datasheets as a reviewer for the past two years.
Takumi and I will run the August jobs together, so the transition should be smooth.

Would you have 30 minutes next week for a short call with the three of us? Tuesday or Thursday afternoon would work well on our side.

It has been a real pleasure working with you for the past five years.

Best regards,
Eri""",
        quoted=q,
        cc=[A("Takumi Arai", "t.arai@" + D)]))

    q = gt_quote("On Mon, Jul 7, 2025 at 3:05 PM, TrustCheck Verification Team <verify@trustcheck.example.com> wrote:", """Dear LinkWord HR,

We are conducting a pre-employment background check on behalf of our client.
The candidate has signed an authorization form (attached) that allows us to verify the information below.

Candidate: Kenji Arakawa
Claimed employment: April 2019 – March 2023
Claimed title: In-house Translator

Could you please confirm the dates and the title?

Reference: TC-558213
TrustCheck Verification Team""")
    out.append(mail(
        c3, "pass", None, "benign.employment_verification_consent",
        "Minimal employment verification (dates and title only) made with the former employee's signed consent.",
        [A("TrustCheck Verification Team", "verify@trustcheck.example.com")],
        "RE: Employment verification request – Ref. TC-558213",
        """Dear TrustCheck Verification Team,

Thank you for your request and for sending the signed authorization form.
Based on that authorization, we can confirm the following:

  Employment period: April 1, 2019 – March 31, 2023
  Title: In-house Translator (full-time)

In line with our policy, we do not disclose salary, performance evaluations or the reason for leaving.

Kind regards,""",
        quoted=q))

    out.append(mail(
        c2, "pass", None, "benign.offer_holder_own",
        "内定者本人の個人アドレスへ、本人の研修日程を案内するもので、第三者への提供ではない。",
        [A("清水 悠太", "yuta.shimizu.2026@gmail.com")],
        "【株式会社リンクワード】内定者研修のご案内（8月22日）",
        """清水 悠太 様

こんにちは。株式会社リンクワード 通訳事業部の長谷部です。
先日は内定承諾書をご返送いただき、ありがとうございました。

2026年4月入社予定の皆さんを対象に、第1回の内定者研修を下記のとおり行います。

　日時　：2025年8月22日（金）13:00〜17:00
　場所　：当社 5階 セミナールーム（港区芝0-3-15 芝パークビル）
　内容　：会社紹介、先輩通訳者との座談会、ブースでの同時通訳体験
　持ち物：筆記用具、学生証
　服装　：私服で構いません

交通費は、当日お渡しする精算書にご記入いただければ後日お振込みします。
ご都合が悪い場合は、8月8日までにこのメールへご返信ください。

当日お会いできることを楽しみにしております。"""))

    out.append(mail(
        c1, "pass", None, "benign.katakana_product_names",
        "「ハルト」「サクラ」「ユイ」は掃除ロボットの製品名で、人名ではない。",
        [A("ローカライズ担当 新井 様", "loc@kirara-robotics.example.co.jp")],
        "製品名グロッサリー（英語・中国語）確認のお願い",
        """きらら電機株式会社
ローカライズ担当 新井 様

お世話になっております。リンクワードの森下です。
秋の新製品のマニュアル翻訳に先立ち、製品名のグロッサリー案を作成しました。

　日本語　　　　　英語　　　　　　簡体字中国語
　ハルト　　　　　HARUTO　　　　 HARUTO（不翻訳）
　ハルト Pro　　　HARUTO Pro　　 HARUTO Pro
　サクラ mini　　 SAKURA mini　　SAKURA mini
　ユイ（水拭き）　YUI Mop　　　　YUI 拖地版
　ミオ ステーション MIO Station　 MIO 基站

製品名はローマ字表記のままとし、機能名の部分のみ訳す方針にしております。
「ユイ（水拭き）」の英語名のみ、Mop とするか Wet とするかご判断いただけますでしょうか。

よろしくお願いいたします。"""))

    out.append(mail(
        c2, "pass", None, "benign.malware_notice",
        "「感染」「隔離」は社内PCのマルウェアの話で、人の健康情報ではなく個人情報も含まない。",
        [A("総務部 情報セキュリティご担当", "soumu@kaede-kogyo.example.co.jp")],
        "当社PCのマルウェア感染に関するご報告（貴社データへの影響なし）",
        """かえで工業株式会社
総務部 情報セキュリティご担当者様

いつもお世話になっております。株式会社リンクワード 通訳事業部の長谷部です。
契約に基づき、当社で発生したセキュリティ事案についてご報告いたします。

　発生日　：2025年7月4日（金）
　事象　　：通訳事業部のPC 1台が、メール添付ファイル経由でマルウェアに感染
　対応　　：検知後10分以内に当該PCをネットワークから隔離し、初期化済み
　調査結果：外部のセキュリティ会社による調査で、外部への不審な通信・データ送信は確認されず
　影響　　：貴社案件の資料は別の専用サーバーで管理しており、当該PCには保存されていなかったことを確認

再発防止策として、全社員へのメール訓練を7月中に実施いたします。
ご不明な点がございましたら、お気軽にお問い合わせください。"""))

    out.append(mail(
        c1, "pass", None, "benign.company_names_with_surnames",
        "「田中精機」「山本グラフィックス」は人の姓を含む社名で、個人情報ではない。",
        [A("技術管理部 ご担当者様", "tech-doc@tanaka-seiki.example.co.jp")],
        "お見積り：田中精機株式会社様 取扱説明書（日→英・独）",
        """田中精機株式会社
技術管理部 ご担当者様

お世話になっております。リンクワードの森下です。
取扱説明書（CNC旋盤 TS-800シリーズ）の翻訳につきまして、お見積りをお送りします。

　対象　　：取扱説明書 本文 約62,000字、図版内テキスト 約3,500字
　言語　　：日→英、日→独
　金額　　：英語 1,054,000円、ドイツ語 1,364,000円（いずれも税別）
　DTP　　 ：協力会社の株式会社山本グラフィックスにて InDesign で対応（別途 280,000円）
　納期　　：ご発注から英語 4週間、ドイツ語 5週間

前回ご依頼いただいたTS-600シリーズの翻訳メモリを活用することで、約18%の割引を反映しております。
ご検討のほど、よろしくお願いいたします。"""))

    q = gt_quote("2025/07/08 11:20、松浦 尚子 <matsuura@global-pco.example.co.jp> のメッセージ:", """長谷部様、関係者の皆さま

7/7の打合せメモを共有します。

・会議名：国際シンポジウム「持続可能な港湾物流」（9/18–19）
・同時通訳：日英、2ブース、通訳者各日3名
・登壇者：基調講演 3名、パネル 8名（資料は9/5締切で事務局から送付）
・機材：ブース・受信機200台はPCO手配（松浦）
・リハーサル：9/17 16:00〜
・オンライン配信：英語チャンネルのみ

主催者側の窓口は港湾物流協会の田口様です。

株式会社グローバルPCO
松浦 尚子""")
    out.append(mail(
        c2, "pass", None, "benign.meeting_minutes_chain",
        "国際会議の通訳体制の打合せメモのやり取りで、関係会社の担当者名が出るだけ。",
        [A("松浦 尚子", "matsuura@global-pco.example.co.jp")],
        "Re: Re: 国際シンポジウム 同時通訳 打合せ（7/7）メモ",
        """松浦様

お世話になっております。リンクワードの長谷部です。
打合せメモをありがとうございました。当社分について2点補足いたします。

1. 通訳者は各日3名で確定し、チーフは初日・2日目とも同じ者が務めます。
2. 登壇者資料は、9/5の締切後、9/10までに通訳者へ共有できれば十分に準備できます。
　パネルのスライドに専門用語が多い場合は、事前に田口様へ用語確認のお時間をいただけると助かります。

引き続きよろしくお願いいたします。""",
        quoted=q,
        cc=[A("田口 様", "taguchi@port-logistics-assoc.example.or.jp")]))

    out.append(mail(
        c1, "pass", None, "benign.religious_corporation_customer",
        "宗教法人は顧客（法人）として登場するだけで、特定個人の信仰に関する情報ではない。",
        [A("妙光寺 寺務所", "jimusho@myokoji.example.or.jp")],
        "御見積書送付の件（参拝案内パンフレット 英訳・中国語訳）",
        """宗教法人 妙光寺
寺務所 ご担当者様

このたびはお問い合わせをいただき、誠にありがとうございます。
株式会社リンクワードの森下でございます。

参拝案内パンフレットの翻訳につきまして、御見積書をお送りいたします。

　原稿：参拝案内（A4 三つ折り）約2,400字、境内マップ内の表記 約40語
　言語：英語、簡体字中国語、繁体字中国語
　金額：合計 198,000円（税別）
　納期：ご発注から10営業日

御本尊や年中行事の名称など、固有名詞につきましては、ご住職に読み方をご確認いただいたうえで訳出いたします。
ご不明な点がございましたら、お気軽にお問い合わせください。""",
        attachments=[att("御見積書_妙光寺様_LW-Q-25-0311.pdf", """御見積書
宗教法人 妙光寺 御中
見積番号 LW-Q-25-0311　発行日 2025年7月9日

参拝案内パンフレット 英訳　　　　　 62,000円
参拝案内パンフレット 簡体字中国語訳 60,000円
参拝案内パンフレット 繁体字中国語訳 60,000円
境内マップ 表記翻訳（3言語）　　　　 16,000円
小計 198,000円　消費税 19,800円　合計 217,800円

株式会社リンクワード
東京都港区芝0-3-15 芝パークビル5F""")]))

    return out
