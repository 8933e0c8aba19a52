# Org A: 株式会社ライフブリッジ保険サービス (life-insurance sales agency, さいたま市)
from common import mail, att, enc_zip, PDF, CSV, XLSX

ORG = "A"
D = "lifebridge-hoken.example.jp"
MIYAKE = f"三宅 遼太 <miyake@{D}>"
OTSUKI = f"大槻 和美 <otsuki@{D}>"
SHINOHARA = f"篠原 義則 <shinohara@{D}>"

SIG_MIYAKE = f"""
──────────────────────
株式会社ライフブリッジ保険サービス
営業一課 主任　三宅 遼太（みやけ りょうた）
AFP／生命保険募集人
〒330-0854 埼玉県さいたま市大宮区桜木町2-3-11 大宮ライフビル6F
TEL 048-601-2250　FAX 048-601-2251　携帯 080-4417-2096
miyake@{D}
──────────────────────
"""

SIG_OTSUKI = f"""
--
株式会社ライフブリッジ保険サービス 業務管理課
課長代理　大槻 和美
TEL 048-601-2253（直通）／FAX 048-601-2251
otsuki@{D}
"""

SIG_SHINOHARA = f"""
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社ライフブリッジ保険サービス
代表取締役　篠原 義則
CFP®／1級ファイナンシャル・プランニング技能士
〒330-0854 埼玉県さいたま市大宮区桜木町2-3-11 大宮ライフビル6F
TEL 048-601-2250（代表）　FAX 048-601-2251
https://www.{D}/
取扱保険会社：東和生命保険株式会社／あおば生命保険株式会社　ほか3社
当社は保険会社の委託を受け、保険契約の締結の媒介を行う代理店です。
本メールには機密情報が含まれる場合があります。誤って受信された場合は
お手数ですが破棄のうえ、送信者までご連絡ください。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""


def build():
    out = []

    # 1 hold body sensitive.health
    out.append(mail(ORG, "miyake", "hold", "sensitive.health",
        "A named prospect's diagnoses, medication and birth date go to the insurer for pre-underwriting. The purpose is legitimate, but health data about an identifiable person leaves the agency.",
        MIYAKE, ["木下 亜紀 <a.kinoshita@towa-life.example.co.jp>"],
        "事前引受打診のお願い（新規・医療保障の件）",
        f"""
東和生命保険株式会社
埼玉営業支社 代理店サポート課
木下 様

いつも大変お世話になっております。ライフブリッジ保険サービスの三宅です。
新規のお客様について、お申込み前に引受可否の目安を伺いたくご連絡いたしました。

■被保険者
　佐伯 智之 様（昭和54年8月22日生・男性）
　会社員（製造業・事務職）
■ご検討商品
　医療保険「メディカルプラスα」入院日額1万円／先進医療特約付
■告知に関わる事項（ご本人ヒアリング）
　・高血圧症にて2019年より通院、アムロジピン5mgを服用中。直近の血圧は132/84程度とのこと
　・2022年11月の人間ドックで大腸ポリープを指摘され、同年12月に内視鏡で切除（病理は良性と聞いている）
　・上記以外の入院・手術歴なし

部位不担保での成立見込みか、標準体でいけそうか、おおよそで構いませんのでご教示いただけますでしょうか。
お客様には来週水曜に再訪予定のため、できれば月曜中にお返事いただけますと助かります。

よろしくお願いいたします。
{SIG_MIYAKE}""",
        loc="body",
        personal=[("name", "佐伯 智之"), ("birthdate", "昭和54年8月22日"),
                  ("diagnosis", "高血圧症"), ("medication", "アムロジピン5mg"),
                  ("diagnosis", "大腸ポリープ")]))

    # 2 pass meeting with partner staff, quoted signature
    out.append(mail(ORG, "miyake", "pass", "benign.meeting",
        "Arranges a joint client visit with the insurer. Names, mobile numbers and signatures belong to business partners only.",
        MIYAKE, ["野口 健太郎 <k.noguchi@towa-life.example.co.jp>"],
        "Re: 法人向け退職金準備プランのご提案 同行のご相談",
        f"""
東和生命 野口様
（cc：木下様）

お世話になっております。三宅です。
日程のご調整ありがとうございます。以下で確定とさせてください。

　日時　　：6月18日（火）14:00～15:30
　訪問先　：株式会社大宮精密工業 本社（さいたま市北区）
　先方　　：総務部長 平田様、経理課長 石黒様
　弊社　　：三宅、代表 篠原
　貴社　　：野口様（商品スキームのご説明をお願いします）

当日は13:40に大宮精密様の正面玄関前で集合でいかがでしょうか。
提案書の最終版は前日午前までにお送りします。

以上、よろしくお願いいたします。
{SIG_MIYAKE}
> 三宅様
>
> いつもお世話になっております。東和生命の野口でございます。
> 同行の件、承知いたしました。6/18午後もしくは6/20午前でしたら伺えます。
> 先方のご都合をご確認いただけますと幸いです。
>
> ――――――――――――――――――
> 東和生命保険株式会社 埼玉営業支社
> 法人営業推進グループ　野口 健太郎
> TEL 048-640-7730／携帯 090-6215-8841
> 〒330-0802 さいたま市大宮区宮町1-5 東和大宮ビル9F
> ――――――――――――――――――
""",
        cc=["木下 亜紀 <a.kinoshita@towa-life.example.co.jp>", SHINOHARA]))

    # 3 hold attachment id.mynumber
    out.append(mail(ORG, "otsuki", "hold", "id.mynumber",
        "The body only says a form is attached. The PDF text carries a customer's マイナンバー with her name, birth date and address.",
        OTSUKI, ["東和生命 保全サービス課 <hozen@towa-life.example.co.jp>"],
        "個人番号申告書のご送付（支払調書作成分）",
        f"""
東和生命保険株式会社
保全サービス課 御中

いつもお世話になっております。
ライフブリッジ保険サービス 業務管理課の大槻です。

先日ご依頼のありました満期保険金の支払調書作成に必要な申告書を、お客様よりお預かりしましたので添付にてお送りいたします。
原本は本日付で簡易書留にて発送しております。

ご査収のほどよろしくお願いいたします。
{SIG_OTSUKI}""",
        loc="attachment",
        attachments=[att("個人番号申告書_T-2288104.pdf", PDF, """
個人番号申告書（支払調書作成用）

保険会社名　東和生命保険株式会社
証券番号　　T-2288104
契約者氏名　小池 房江（コイケ フサエ）
生年月日　　1951年3月9日
住所　　　　埼玉県上尾市柏座3-14-7
個人番号　　3187 0254 9612
本人確認書類　運転免許証（写し別送）

上記のとおり申告します。
2024年5月20日　　小池 房江
""")],
        personal=[("name", "小池 房江"), ("birthdate", "1951年3月9日"),
                  ("address", "埼玉県上尾市柏座3-14-7"), ("mynumber", "3187 0254 9612")]))

    # 4 pass corporate account, invoice number
    out.append(mail(ORG, "otsuki", "pass", "benign.corporate_account",
        "Invoice for a seminar fee with the agency's own corporate bank account and invoice registration number; no private person's data.",
        OTSUKI, ["吉岡 紗季 <yoshioka@ageo-cci.example.jp>"],
        "「中小企業のための保障見直しセミナー」講師料ご請求書の送付",
        f"""
上尾商工会議所 中小企業相談所
経営支援課 吉岡 様

平素より大変お世話になっております。ライフブリッジ保険サービスの大槻でございます。
先日は弊社代表 篠原が講師を務めましたセミナーに、多くの会員企業様にご参加いただき誠にありがとうございました。

講師料のご請求書をPDFにてお送りいたします。
お振込先は下記のとおりです（請求書にも記載しております）。

　武蔵野中央銀行　大宮支店（店番214）
　普通預金　3071148
　口座名義　カ）ライフブリッジホケンサービス
　お支払期日　2024年6月28日

なお、弊社の適格請求書発行事業者登録番号は T4030001098765 です。
ご不明点がございましたらお知らせください。
{SIG_OTSUKI}""",
        attachments=[att("請求書_LB-2405-031.pdf", PDF, """
請求書　No. LB-2405-031　　発行日 2024年5月31日
上尾商工会議所 御中
件名：中小企業のための保障見直しセミナー 講師料
品目　　　　　　数量　単価　　　金額
講師料（90分）　1　　50,000円　50,000円
消費税（10%）　　　　　　　　　 5,000円
合計　　　　　　　　　　　　　　55,000円
振込先：武蔵野中央銀行 大宮支店 普通 3071148 カ）ライフブリッジホケンサービス
株式会社ライフブリッジ保険サービス　登録番号 T4030001098765
""")]))

    # 5 hold quoted sensitive.health
    out.append(mail(ORG, "miyake", "hold", "sensitive.health",
        "The body is a neutral request to the insurer. The forwarded customer mail names his depression diagnosis, sick leave and phone number.",
        MIYAKE, ["あおば生命 代理店専用窓口 <agency-desk@aoba-life.example.jp>"],
        "Fw: 就業不能保険の請求について（お客様からのご相談）",
        f"""
あおば生命保険株式会社
お客様サービスセンター 代理店専用窓口 ご担当者様

お世話になっております。ライフブリッジ保険サービスの三宅です。
弊社のお客様より下記のご相談がありました。
請求の可否と必要書類についてご教示いただけますでしょうか。
証券番号は A-73015562 です。

お手数をおかけしますが、よろしくお願いいたします。
{SIG_MIYAKE}
-------- Forwarded Message --------
From: 田村 恭平 <k.tamura.0612@gmail.com>
To: 三宅 遼太 <miyake@{D}>
Date: 2024/05/27 21:14
Subject: 保険の請求について

三宅さん

ご無沙汰しています。田村です。
実は3月から会社を休んでいます。心療内科で「うつ病」と診断され、主治医からは少なくとも半年は休職するよう言われました。
傷病手当金は会社経由で申請していますが、三宅さんに入れてもらった就業不能保険も使えるのでしょうか。
診断書は手元にあります（4月2日付、さいたま中央メンタルクリニック）。

電話は平日の昼なら出られます。090-3381-2746 です。
よろしくお願いします。

田村
""",
        loc="quoted",
        personal=[("name", "田村 恭平"), ("diagnosis", "うつ病"),
                  ("phone", "090-3381-2746"), ("email", "k.tamura.0612@gmail.com")]))

    # 6 pass successor introduction
    out.append(mail(ORG, "shinohara", "pass", "benign.successor",
        "Successor introduction to a corporate client; the client name contains a surname and the mail names staff only in their business roles.",
        SHINOHARA, ["羽山 直人 <n.hayama@hayama-logi.example.co.jp>"],
        "担当者変更のご挨拶（株式会社ハヤマ物流様）",
        f"""
株式会社ハヤマ物流
取締役総務部長　羽山 直人 様

拝啓　時下ますますご清栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、これまで貴社の団体保険および役員退職金プランを担当しておりました三宅 遼太が、7月1日付で新設の法人第二課へ異動することとなりました。
後任には、同じく営業一課の若林 千尋が就任いたします。若林は保険業界12年目、法人の福利厚生制度設計を得意としております。

引継ぎは6月中に三宅・若林の二名体制で万全を期してまいりますので、何卒ご安心ください。
近日中に改めて二名でご挨拶に伺いたく存じます。ご都合のよい日時をお知らせいただけましたら幸いです。

今後とも変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。
敬具
{SIG_SHINOHARA}""",
        cc=[MIYAKE, f"若林 千尋 <wakabayashi@{D}>"]))

    # 7 hold subject sensitive.health
    out.append(mail(ORG, "otsuki", "hold", "sensitive.health",
        "Only the subject line carries the risk: a named policyholder and her cancer diagnosis. The body and the quoted list of documents are harmless.",
        OTSUKI, ["三浦 洋平 <y.miura@towa-life.example.co.jp>"],
        "Re: 久保田 恵子様 子宮頸がん 入院・手術給付金の必要書類について",
        f"""
東和生命保険 給付金課
三浦様

ご連絡ありがとうございます。
必要書類のご案内、承知いたしました。
請求書類一式は本日お客様宛に発送し、ご記入後に弊社で不備を確認のうえ返送いたします。

引き続きよろしくお願いいたします。
{SIG_OTSUKI}
> 大槻様
>
> お問い合わせの件、必要書類は以下のとおりです。
> 1. 給付金請求書（所定様式）
> 2. 入院・手術証明書（当社所定の診断書）
> 3. 受取人の本人確認書類の写し
> 書類一式はお客様へ直接お送りすることも可能です。
>
> 東和生命保険 給付金課　三浦
""",
        loc="subject",
        personal=[("name", "久保田 恵子"), ("diagnosis", "子宮頸がん")]))

    # 8 pass data subject
    out.append(mail(ORG, "miyake", "pass", "benign.data_subject",
        "The prospect's own health answers go back only to himself, with the underwriting result. No third party receives them.",
        MIYAKE, ["佐伯 智之 <saeki.tomoyuki@gmail.com>"],
        "医療保険のお引受け見込みについてのご報告",
        f"""
佐伯 智之 様

いつもお世話になっております。ライフブリッジ保険サービスの三宅です。
先日はお忙しいところお時間をいただき、ありがとうございました。

ご相談いただいていた医療保険の件、保険会社に確認が取れましたのでご報告します。
佐伯様からお聞きしていた血圧のお薬（服用中）と、一昨年のポリープ切除については、
現時点の情報であれば「特別条件なし（標準体）」でお引受けできる見込みとの回答でした。

ただし、あくまで事前確認の段階ですので、正式には申込書の告知内容で判断されます。
告知書には通院先と服薬名をそのままご記入いただければ大丈夫です。

次回は予定どおり水曜19時にご自宅へ伺います。
設計書（入院日額1万円・先進医療特約付、月額保険料 3,870円）を印刷してお持ちします。

何かご不明な点があれば、携帯までお気軽にご連絡ください。
{SIG_MIYAKE}"""))

    # 9 pass tracking number (passes the mynumber check by chance)
    out.append(mail(ORG, "otsuki", "pass", "benign.tracking_number",
        "A 12-digit Yamato tracking number that happens to pass the マイナンバー check digit, plus policy numbers for a corporate client; no individual data.",
        OTSUKI, ["平田 誠 <hirata@omiya-seimitsu.example.co.jp>"],
        "保険証券およびパンフレット発送のご連絡",
        f"""
株式会社大宮精密工業
総務部長　平田 様

いつもお世話になっております。ライフブリッジ保険サービスの大槻です。
先日お申込みいただきました団体定期保険の保険証券と、従業員様向けのご案内パンフレット（50部）を本日発送いたしました。

　配送業者：ヤマト運輸（宅急便）
　伝票番号：3920-6614-8071
　お届け予定：6月5日（水）午前中
　内容物　：保険証券 2通（証券番号 GT-0045127／GT-0045128）、パンフレット50部、受領書

お手数ですが、同封の受領書にご捺印のうえ、返信用封筒にてご返送をお願いいたします。
到着しない場合は、上記伝票番号でお問い合わせいただくか、弊社までご連絡ください。
{SIG_OTSUKI}"""))

    # 10 hold encrypted zip
    out.append(mail(ORG, "otsuki", "hold", "attachment.encrypted_zip",
        "Sends a policyholder list as a password-protected zip with the password to follow (PPAP).",
        OTSUKI, ["古川 里奈 <r.furukawa@aoba-life.example.jp>"],
        "【あおば生命様】既契約者一覧（2024年3月末）の送付",
        f"""
あおば生命保険株式会社
代理店営業部 古川様

お世話になっております。大槻です。
ご依頼いただいた2024年3月末時点の既契約者一覧を送付いたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

ご確認のほど、よろしくお願いいたします。
{SIG_OTSUKI}""",
        loc="zip",
        attachments=[enc_zip("既契約者一覧_202403.zip")]))

    # 11 hold too many visible recipients
    seminar_to = [
        "山内 宏 <h.yamauchi@yamauchi-kensetsu.example.co.jp>",
        "石黒 由美 <ishiguro@omiya-seimitsu.example.co.jp>",
        "宮本 潤一 <miyamoto.j1968@gmail.com>",
        "杉浦 かおり <kaori.sugiura.ageo@gmail.com>",
        "羽山 直人 <n.hayama@hayama-logi.example.co.jp>",
        "関 達也 <t.seki@seki-denki.example.co.jp>",
        "内藤 美智子 <naito-michiko@gmail.com>",
        "大森 貞夫 <s.omori.1946@gmail.com>",
        "藤崎 亮 <fujisaki@minuma-dental.example.jp>",
        "中原 弘美 <h.nakahara@urawa-tax.example.jp>",
        "岩瀬 浩二 <k.iwase@iwase-shoji.example.co.jp>",
        "小林 雅彦 <m.kobayashi.saitama@gmail.com>",
        "千葉 慎吾 <chiba@kitaurawa-clinic.example.jp>",
        "田辺 由紀 <yuki.tanabe@tanabe-sekkei.example.co.jp>",
    ]
    out.append(mail(ORG, "shinohara", "hold", "recipients.too_many_visible",
        "A seminar invitation sent with 14 customers from different companies and private addresses visible in To; it should have gone by BCC.",
        SHINOHARA, seminar_to,
        "【ご招待】相続・事業承継セミナー（7月12日）のご案内",
        f"""
お客様各位

平素より格別のご愛顧を賜り、誠にありがとうございます。
ライフブリッジ保険サービスの篠原でございます。

日頃お世話になっている皆様をお招きし、下記のとおり少人数制のセミナーを開催いたします。
ご多用中とは存じますが、ぜひご参加くださいますようご案内申し上げます。

　日時：2024年7月12日（金）15:00～17:00（懇親会 17:15～）
　会場：大宮ソニックシティ 会議室904
　内容：第1部　改正相続税制と生命保険の活用（講師：税理士 中原 弘美 先生）
　　　　第2部　中小企業の事業承継と役員退職金（講師：篠原）
　参加費：無料

ご出欠は6月28日までに本メールへのご返信にてお知らせください。
皆様にお目にかかれますことを楽しみにしております。
{SIG_SHINOHARA}""",
        loc="recipients"))

    # 12 pass aggregate health programme
    out.append(mail(ORG, "shinohara", "pass", "benign.aggregate_health",
        "Health-management (健康経営) figures and the disability employment rate are company-wide aggregates; no employee can be identified.",
        SHINOHARA, ["人事部 佐野 美和子 <m.sano@hayama-logi.example.co.jp>"],
        "健康経営優良法人2025 申請に向けた現状整理（ご確認のお願い）",
        f"""
株式会社ハヤマ物流
人事部　佐野 様

お世話になっております。篠原でございます。
先日お預かりした資料をもとに、健康経営優良法人（中小規模法人部門）の認定要件に照らした現状を整理いたしました。

【現状の数値（2023年度・全社）】
　・定期健康診断 受診率　　　100%（対象 212名）
　・要再検査者の再検査受診率　 68%（目標 80%）
　・喫煙率　　　　　　　　　　 31%（前年比 -3pt）
　・ストレスチェック受検率　　 94%
　・障害者雇用率　　　　　　　2.4%（法定 2.5%、2024年4月～）
　・年次有給休暇 取得率　　　 61%

【課題と打ち手（案）】
　1. 再検査受診の勧奨：健保組合の補助制度の周知と、受診時間の勤務扱い
　2. 禁煙支援：オンライン禁煙外来の費用補助（団体保険の付帯サービスを活用）
　3. 障害者雇用：法定率への不足分（約0.2名相当）について、ハローワークの職場実習制度の活用をご検討ください

個人別のデータは一切お預かりしておりませんので、ご安心ください。
次回お打合せ（6月25日）で、申請書の記載内容をご一緒に確認できればと存じます。
{SIG_SHINOHARA}"""))

    # 13 hold body id.bank_account
    out.append(mail(ORG, "otsuki", "hold", "id.bank_account",
        "A private policyholder's bank account for a surrender refund is written in the body to the insurer.",
        OTSUKI, ["東和生命 保全サービス課 <hozen@towa-life.example.co.jp>"],
        "解約請求に伴う振込口座の訂正について（証券番号 T-1964027）",
        f"""
東和生命保険株式会社
保全サービス課 ご担当者様

お世話になっております。ライフブリッジ保険サービスの大槻です。

5月21日付で提出いたしました解約請求書（証券番号 T-1964027）につきまして、
お客様より「記入した口座番号が誤っていた」とのご連絡がありました。
お手数ですが、返戻金の振込先を下記へ訂正いただけますでしょうか。

　契約者　　：松尾 雅人 様
　金融機関　：武蔵野中央銀行 浦和支店
　預金種目　：普通
　口座番号　：5820713
　口座名義　：マツオ マサト

訂正印を押印した訂正届は、本日お客様から弊社に届き次第、転送いたします。
よろしくお願いいたします。
{SIG_OTSUKI}""",
        loc="body",
        personal=[("name", "松尾 雅人"), ("bank_account", "5820713"),
                  ("bank_account_holder", "マツオ マサト")]))

    # 14 pass IT outage / malware wording
    out.append(mail(ORG, "otsuki", "pass", "benign.it_outage",
        "'障害', 'ウイルス感染' and '隔離' describe a quoting-system fault and a malware scan; file hashes are not personal IDs.",
        OTSUKI, ["TLinkヘルプデスク <tlink-help@towa-life.example.co.jp>"],
        "【障害報告】見積システムで設計書PDFが出力できない件",
        f"""
東和生命 代理店システム TLinkヘルプデスク 御中

ライフブリッジ保険サービス（代理店コード 11-40872）の大槻です。
本日10時頃から、見積システムで設計書PDFの出力時にエラーが発生しております。

■発生状況
　・対象端末：弊社PC 3台すべて（Windows 11／Edge 最新版）
　・エラー：「E-4021 帳票生成サーバとの通信に失敗しました」
　・見積の保存・照会は可能、PDF出力のみ不可
■弊社側で確認したこと
　・社内ネットワーク、プロキシに変更なし
　・念のためウイルス対策ソフトでフルスキャンを実施 → 感染なし、隔離されたファイルもありません
　・ダウンロード途中の一時ファイルのハッシュ（SHA-256）：
　　3f9a1c07e4b2d8856a0c11e93b7f2d40c6a9e5b817d3f0a2c4e6b8d0f1a3c5e7

障害情報のページには掲載がないようでしたので、ご確認をお願いいたします。
お客様訪問が午後に2件ございますので、復旧見込みがわかりましたらお知らせいただけますと助かります。
{SIG_OTSUKI}"""))

    # 15 hold attachment list.customers
    out.append(mail(ORG, "miyake", "hold", "list.customers",
        "The body is a routine print order. The CSV lists eight customers with addresses, birth dates and phone numbers.",
        MIYAKE, ["制作部 今井 <imai@sanwa-print.example.co.jp>"],
        "6月分 バースデーカード発送リストの送付",
        f"""
株式会社サンワ印刷
制作部 今井様

いつもお世話になっております。三宅です。
6月分のバースデーカード発送リストを添付いたします。
デザインは先月と同じ「紫陽花」柄、差出人は弊社名でお願いします。
投函は6月3日（月）までにお願いできれば幸いです。

よろしくお願いいたします。
{SIG_MIYAKE}""",
        loc="attachment",
        attachments=[att("birthday_202406.csv", CSV, """
顧客ID,氏名,郵便番号,住所,生年月日,電話番号
C-10233,宮本 潤一,331-0812,埼玉県さいたま市北区宮原町2-51-6,1968/06/04,048-662-3105
C-10418,内藤 美智子,362-0042,埼玉県上尾市谷津1-8-22,1959/06/09,048-771-2284
C-10562,大森 貞夫,337-0051,埼玉県さいたま市見沼区東大宮4-17-3,1946/06/11,048-686-0937
C-10877,杉浦 かおり,362-0074,埼玉県上尾市春日2-3-19-405,1985/06/15,090-5512-8830
C-11029,小林 雅彦,330-0045,埼玉県さいたま市浦和区皇山町11-2,1972/06/18,080-2093-4471
C-11204,藤井 千夏,338-0002,埼玉県さいたま市中央区下落合5-6-8,1990/06/21,070-6628-1945
C-11391,堀江 孝,349-0111,埼玉県蓮田市東6-2-40,1953/06/26,048-768-5512
C-11450,森田 結衣,331-0052,埼玉県さいたま市西区三橋6-1180-7,1994/06/30,080-7716-3302
""")],
        personal=[("name", "宮本 潤一"), ("address", "埼玉県さいたま市北区宮原町2-51-6"),
                  ("birthdate", "1968/06/04"), ("name", "大森 貞夫"),
                  ("phone", "090-5512-8830"), ("name", "森田 結衣")]))

    # 16 pass condolence to the bereaved
    out.append(mail(ORG, "miyake", "pass", "benign.condolence",
        "Condolences to a bereaved customer herself; no cause of death or other sensitive detail, nothing goes to a third party.",
        MIYAKE, ["内藤 美智子 <naito-michiko@gmail.com>"],
        "お悔やみ申し上げます",
        f"""
内藤 美智子 様

このたびはご主人様のご逝去の報に接し、謹んでお悔やみ申し上げます。
生前は大変お世話になり、いつも温かいお言葉をかけていただいたことを思い出しております。
心よりご冥福をお祈り申し上げます。

ご葬儀を終えられたばかりでお疲れのことと存じますので、保険のお手続きはどうぞお急ぎになりませんよう。
落ち着かれた頃に、ご都合のよい日時をお知らせいただければ、必要な書類をお持ちしてご自宅へ伺います。
お手続きの流れは私のほうですべてご案内いたしますので、ご安心ください。

寒暖差の大きい時期ですので、どうかご自愛くださいませ。

略儀ながらメールにて失礼いたします。
{SIG_MIYAKE}"""))

    # 17 hold quoted id.drivers_license
    out.append(mail(ORG, "otsuki", "hold", "id.drivers_license",
        "The body asks a procedural question. The forwarded internal note carries an applicant's driver's licence number and expiry.",
        OTSUKI, ["新契約課 <shinkeiyaku@towa-life.example.co.jp>"],
        "Fw: 原田様 お申込みの本人確認について",
        f"""
東和生命保険株式会社
新契約課 ご担当者様

お世話になっております。ライフブリッジ保険サービスの大槻です。
下記、弊社営業の三宅からの報告を転送いたします。
確認書類の写しの再提出が必要かどうか、ご教示いただけますでしょうか。

よろしくお願いいたします。
{SIG_OTSUKI}
---------- 転送メッセージ ----------
From: 三宅 遼太 <miyake@{D}>
To: 大槻 和美 <otsuki@{D}>
Subject: 原田様 本人確認

大槻さん

昨日の原田様（医療保険・電子申込）の件です。
電子申込の画面で免許証画像のアップロードがうまくいかず、対面で原本確認しました。

　申込者：原田 美穂 様
　確認書類：運転免許証
　番号：第 432109876540 号
　有効期限：2027年（令和9年）10月14日まで
　住所：免許証記載住所と申込書住所が一致

画像の再アップロードが必要か、新契約課に聞いてもらえますか。
三宅
""",
        loc="quoted",
        personal=[("name", "原田 美穂"), ("drivers_license", "432109876540")]))

    # 18 pass registration numbers (agency / agent registrations, 法人番号)
    out.append(mail(ORG, "shinohara", "pass", "benign.registration_numbers",
        "Corporate number, agency registration and agents' 募集人登録番号 are public business registrations, like a 宅建士 licence number.",
        SHINOHARA, ["古川 里奈 <r.furukawa@aoba-life.example.jp>"],
        "代理店委託契約の更新書類について",
        f"""
あおば生命保険株式会社
代理店営業部　古川 様

いつも大変お世話になっております。篠原でございます。
代理店委託契約の更新に必要な事項を、下記のとおりお知らせいたします。

【代理店情報】
　商号　　　　　　：株式会社ライフブリッジ保険サービス
　法人番号　　　　：4030001098765
　代理店登録番号　：関東財務局 第2019-0412号
　所在地　　　　　：埼玉県さいたま市大宮区桜木町2-3-11 大宮ライフビル6F
　代表者　　　　　：代表取締役 篠原 義則

【貴社商品を取り扱う募集人】
　篠原 義則　募集人登録番号 11A0387206
　三宅 遼太　募集人登録番号 11A0529918
　若林 千尋　募集人登録番号 11A0472351
　（大槻 和美は事務担当のため募集人登録なし）

押印済みの更新契約書は、本日レターパックにて発送しております。
ご不明点がございましたら、私または大槻までお問い合わせください。
{SIG_SHINOHARA}"""))

    # 19 hold body personal.inquiry
    out.append(mail(ORG, "miyake", "hold", "personal.inquiry",
        "A prospect's full profile (address, phone, age, family and assets) is forwarded to a tax accountant for a referral.",
        MIYAKE, ["中原 弘美 <h.nakahara@urawa-tax.example.jp>"],
        "相続対策のご相談者のご紹介（ご対応のお願い）",
        f"""
浦和中央税理士法人
中原 弘美 先生

いつもお世話になっております。ライフブリッジ保険サービスの三宅です。
相続税の試算と対策について、先生にご相談したいというお客様がいらっしゃいますのでご紹介させてください。

■ご相談者
　大森 貞夫 様（78歳）
　ご住所：埼玉県さいたま市見沼区東大宮4-17-3
　お電話：048-686-0937（日中はご在宅が多いそうです）
■ご家族
　奥様（75歳・同居）、ご長男（50歳・会社員・東京都在住）、ご長女（47歳・川口市在住）
■主なご資産（ご本人談・概算）
　ご自宅土地建物 約4,800万円、賃貸アパート1棟（6室）約5,500万円、預貯金 約6,000万円
■ご相談内容
　アパートの承継をご長男・ご長女のどちらにするか、納税資金の準備方法

先生からご本人へ直接お電話いただいて構わないとのことです。
保険の部分（死亡保険金の非課税枠の活用）は私のほうでご提案を進めます。
{SIG_MIYAKE}""",
        loc="body",
        personal=[("name", "大森 貞夫"), ("address", "埼玉県さいたま市見沼区東大宮4-17-3"),
                  ("phone", "048-686-0937"), ("assets", "預貯金 約6,000万円")]))

    # 20 pass masked card to the customer
    out.append(mail(ORG, "miyake", "pass", "benign.masked_card",
        "Card-payment confirmation to the policyholder himself with a masked card number.",
        MIYAKE, ["関 達也 <t.seki@seki-denki.example.co.jp>"],
        "保険料のクレジットカード払い 登録完了のお知らせ",
        f"""
関電機株式会社
代表取締役　関 達也 様

いつもお世話になっております。三宅です。
先日お手続きいただいた保険料のクレジットカード払いについて、保険会社での登録が完了しました。

　対象契約：逓増定期保険（証券番号 A-80211457）
　ご登録カード：VISA　**** **** **** 3058（有効期限 **/27）
　初回引落：2024年7月分より
　月額保険料：48,260円

カード会社の明細には「アオバセイメイ ホケンリョウ」と表示されます。
カードの更新や変更の際は、お手数ですがご一報ください。
{SIG_MIYAKE}"""))

    return out
