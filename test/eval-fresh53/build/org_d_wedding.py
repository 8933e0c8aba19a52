"""Org D: ラ・ルミエール迎賓館 (wedding & banquet venue, 株式会社ルミエールブライダル)."""
from common import (M, addr, att, enc_zip, XLSX, CSV, PDF, ZIP, luhn_complete,
                    fmt4)

ORG = "D"
DOM = "lumiere-geihinkan.example.jp"

AOYAMA = addr("ラ・ルミエール迎賓館 青山 千夏", f"c.aoyama@{DOM}")
MATSUDA = addr("松田 浩二（ラ・ルミエール迎賓館 宴会営業）", f"k.matsuda@{DOM}")
FUJII = addr("藤井 玲子", f"r.fujii@{DOM}")

SIG_AOYAMA = """
*:.｡..｡.:*･ﾟﾟ･*:.｡..｡.:*･ﾟﾟ･*:.｡..｡.:*
ラ・ルミエール迎賓館
ウェディングプランナー　青山 千夏（Chinatsu Aoyama）
〒231-0023 神奈川県横浜市中区山下町88-1
TEL 045-555-7700 ／ FAX 045-555-7701
営業時間 10:00～19:00（火曜・水曜定休）
Instagram @lalumiere_geihinkan_example
*:.｡..｡.:*･ﾟﾟ･*:.｡..｡.:*･ﾟﾟ･*:.｡..｡.:*
"""

SIG_MATSUDA = """
────────────────────
株式会社ルミエールブライダル
ラ・ルミエール迎賓館　宴会営業部 マネージャー
松田 浩二（Koji Matsuda）
TEL 045-555-7710（宴会予約直通）／携帯 090-5555-7711
〒231-0023 横浜市中区山下町88-1
────────────────────
"""

SIG_FUJII = """
株式会社ルミエールブライダル 管理部 経理課
藤井 玲子
TEL 045-555-7720 / FAX 045-555-7721
"""

CARD_OKAMOTO = luhn_complete("455871209346618")


def mails():
    out = []

    # ---------------- HOLDS ----------------
    out.append(M(
        "D-h1", "hold", "sensitive.religion", "body", "青山 千夏",
        "The MC agency is told by name which guests are Muslim and will leave for prayer; religion of identifiable private persons sent outside.",
        AOYAMA, [addr("MCプロダクション・ソレイユ 司会者手配 岩田 様", "iwata@mc-soleil.example.jp")],
        "7/19 ラフマン・森川家 披露宴 進行上のご注意点",
        f"""
MCプロダクション・ソレイユ
岩田 様

いつもお世話になっております。ラ・ルミエール迎賓館の青山です。
7月19日（土）ナイトウェディング（ラフマン家・森川家）の件、司会の中島さんに
事前にお伝えいただきたい点をまとめました。

1. 新郎のお父様 アジズ・ラフマン 様とお母様 ファティマ・ラフマン 様はイスラム教徒のため、
　 乾杯はソフトドリンク（ノンアルコールのスパークリング）でお願いします。
　 乾杯の発声の際に「お飲み物はご自由に」と一言添えていただけると助かります。
2. 同じ理由で、お二人は18:10頃に10分ほどお祈りのため中座されます。
　 ちょうどケーキ入刀の前なので、入刀はお戻りを待ってから進めてください。
3. 新婦側 主賓の祝辞は、森川様のお勤め先の部長 大木様（5分程度）です。

台本の最終版は7月11日までにお送りします。
{SIG_AOYAMA}""",
        personal=[("name", "アジズ・ラフマン"), ("name", "ファティマ・ラフマン"),
                  ("religion", "イスラム教徒"), ("religion", "お祈りのため中座")]))

    out.append(M(
        "D-h2", "hold", "id.card", "body", "藤井 玲子",
        "A bride's full card number and expiry, taken over the phone, are e-mailed to a partner dress shop.",
        FUJII, [addr("アトリエ・ブランシュ 横浜店 経理 宮田 様", "miyata@atelier-blanche.example.jp")],
        "岡本様 ドレスお直し追加分のカード決済について",
        f"""
アトリエ・ブランシュ 横浜店
宮田 様

お世話になっております。ルミエールブライダル経理の藤井です。

8月23日挙式の岡本様（新婦：岡本 彩花 様）より、ドレスお直しの追加分（38,500円）について、
御社で直接カード決済してほしいとのご連絡をお電話でいただきました。
お客様の了承を得ておりますので、下記にて決済をお願いいたします。

　カード番号：{fmt4(CARD_OKAMOTO)}
　有効期限：04/29
　名義：AYAKA OKAMOTO
　金額：38,500円（一括）

決済完了後、ご一報いただけますと幸いです。
{SIG_FUJII}""",
        personal=[("name", "岡本 彩花"), ("card_number", fmt4(CARD_OKAMOTO))]))

    out.append(M(
        "D-h3", "hold", "sensitive.disability", "body", "松田 浩二",
        "For a corporate banquet, the MC agency is told that a named chairman is paralysed after a stroke and that a named guest is deaf with a grade-2 certificate.",
        MATSUDA, [addr("MCプロダクション・ソレイユ 法人宴会担当 堀内 様", "horiuchi@mc-soleil.example.jp")],
        "丸栄建設様 創業60周年記念パーティー（9/12）ご来賓への配慮事項",
        f"""
MCプロダクション・ソレイユ
堀内 様

お世話になっております。ラ・ルミエール迎賓館 宴会営業の松田です。
9月12日（金）丸栄建設様の創業60周年記念パーティー（立食250名）について、
司会者様に事前共有をお願いしたい事項です。

・代表取締役会長 丸山 源一郎 様は、昨年の脳梗塞の後遺症で右半身に麻痺があり、車椅子をご利用です。
　会長謝辞はステージ上ではなくフロア前方で行います。マイクスタンドの高さを合わせてください。
・ご来賓の 加納 理恵 様（取引先 加納設備 社長）は聴覚障害（身体障害者手帳2級）のため、
　手話通訳者が1名同席します。司会台の横に通訳者の立ち位置を確保します。
・乾杯のご発声は、横浜建設業協会 副会長 中井様です。

当日のタイムテーブルは来週お送りします。
{SIG_MATSUDA}""",
        personal=[("name", "丸山 源一郎"), ("diagnosis", "脳梗塞の後遺症で右半身に麻痺"),
                  ("name", "加納 理恵"), ("disability", "聴覚障害（身体障害者手帳2級）")]))

    out.append(M(
        "D-h4", "hold", "list.guests", "attachment", "青山 千夏",
        "Guest list with names, postal addresses and phone numbers for invitation printing; only the spreadsheet carries it.",
        AOYAMA, [addr("株式会社エクリュ印刷 ブライダル課 野村 様", "nomura@ecru-print.example.co.jp")],
        "招待状 宛名印刷データ（9/27 高木・小野寺家）",
        f"""
エクリュ印刷
野村 様

いつもお世話になっております。ラ・ルミエール迎賓館の青山です。
9月27日挙式 高木様・小野寺様の招待状の宛名データをお送りします。

・招待状は「ブランシュ」デザイン、82部（予備5部込み）
・宛名は毛筆体、連名の場合は1行ずつ
・返信はがきの切手貼りもお願いします

校正のPDFは7月2日（水）にいただけますと助かります。
{SIG_AOYAMA}""",
        attachments=[att("招待状宛名_高木小野寺家_0927.xlsx", XLSX, """
[宛名一覧]
No	区分	氏名	連名	郵便番号	住所	電話番号
1	新郎友人	安藤 翔太		222-0033	横浜市港北区新横浜2-7-19-1203	090-3318-5526
2	新郎親族	高木 茂	高木 洋子	410-0801	静岡県沼津市大手町4-3-8	055-955-2871
3	新婦友人	福田 里奈		150-0012	東京都渋谷区広尾5-18-2 広尾レジデンス402	080-6610-4457
4	新婦上司	桐谷 誠一		104-0061	東京都中央区銀座7-11-6	03-5555-8824
5	新婦親族	小野寺 昌子		980-0021	宮城県仙台市青葉区中央3-1-24	022-555-0196
6	新郎友人	Daniel Brooks		231-0862	横浜市中区山手町112-5	070-4432-9918
（以下76名）
""")],
        personal=[("name", "安藤 翔太"), ("address", "横浜市港北区新横浜2-7-19-1203"),
                  ("phone", "090-3318-5526"), ("name", "福田 里奈"),
                  ("address", "東京都渋谷区広尾5-18-2 広尾レジデンス402"),
                  ("name", "小野寺 昌子"), ("phone", "022-555-0196")]))

    out.append(M(
        "D-h5", "hold", "sensitive.health", "attachment", "青山 千夏",
        "The caterer's sheet names guests with anaphylaxis history, pregnancy, diabetes and kidney disease; the body is just logistics.",
        AOYAMA, [addr("株式会社フードアトリエ葉山 ケータリング部 坂口 様", "sakaguchi@foodatelier-hayama.example.jp")],
        "8/9 ガーデンパーティー 特別対応のお客様一覧",
        f"""
フードアトリエ葉山
坂口 様

いつもお世話になっております。ラ・ルミエール迎賓館の青山です。
8月9日（土）ガーデンパーティー（福井家・長谷部家、ゲスト64名）の特別対応一覧を添付します。

・搬入は当日11:00、ガーデン側の搬入口をお使いください
・ビュッフェ台の配置図は前回お送りしたものから変更ありません

ご確認のほど、よろしくお願いいたします。
{SIG_AOYAMA}""",
        attachments=[att("8月9日_特別対応一覧.xlsx", XLSX, """
[特別対応]
卓	氏名	内容	詳細
A	福井 健二（新郎父）	食物アレルギー	そば・落花生、アナフィラキシー既往あり。エピペン持参
B	長谷部 美和（新婦姉）	妊娠中（6か月）	生もの・ナチュラルチーズ不可、アルコール不可
C	村瀬 達郎	糖尿病	インスリン使用中。デザートは低糖質で別盛り
E	岸本 早苗	慢性腎臓病	塩分・カリウム制限（主治医指示）、フルーツ少なめ
F	ペレス・マリア	乳製品アレルギー	乳成分不使用の別メニュー
""")],
        personal=[("name", "福井 健二"), ("diagnosis", "アナフィラキシー既往あり"),
                  ("name", "長谷部 美和"), ("health", "妊娠中（6か月）"),
                  ("name", "村瀬 達郎"), ("diagnosis", "糖尿病"),
                  ("name", "岸本 早苗"), ("diagnosis", "慢性腎臓病")]))

    out.append(M(
        "D-h6", "hold", "personal.contact", "quoted", "松田 浩二",
        "A private customer's banquet enquiry (home address, mobile, e-mail) is forwarded to another hotel because the venue is full; only the forwarded part holds her data.",
        MATSUDA, [addr("Hotel Bayside Yokohama Banquet Sales", "banquet@bayside-yokohama.example.jp")],
        "Fwd: Anniversary dinner enquiry – 40 guests, 18 October",
        f"""
Dear Ms. Sugimoto,

Matsuda from La Lumière here. We are fully booked on 18 October, so I have suggested your hotel to this customer. Could your team contact her directly? She is expecting a call this week.

Many thanks, and let me know if I can return the favour.
{SIG_MATSUDA}
---------- Forwarded message ---------
From: Rachel Donovan <rachel.donovan.jp@gmail.com>
Date: Sun, 15 Jun 2025 at 16:03
Subject: Anniversary dinner enquiry – 40 guests, 18 October
To: banquet@lumiere-geihinkan.example.jp

Hello,

I'm organising a surprise 40th wedding anniversary dinner for my parents on Saturday 18 October, about 40 guests, seated dinner, budget around ¥15,000 per person. Is your venue available?

Please contact me on my mobile rather than by email if possible, as my parents share this computer:
Rachel Donovan
Mobile: 080-2219-6574
Address: 4-22-9 Yamate-cho, Naka-ku, Yokohama 231-0862

Thank you!
Rachel
""",
        personal=[("name", "Rachel Donovan"), ("email", "rachel.donovan.jp@gmail.com"),
                  ("phone", "080-2219-6574"),
                  ("address", "4-22-9 Yamate-cho, Naka-ku, Yokohama 231-0862")]))

    out.append(M(
        "D-h7", "hold", "id.bank_account", "quoted", "藤井 玲子",
        "The refund request quotes the customer's personal bank account (bank, branch, number, holder) to the outside accounting firm.",
        FUJII, [addr("横浜中央会計事務所 担当 北野 様", "kitano@yokohama-chuo-kaikei.example.jp")],
        "Fw: キャンセル料精算・返金先のご連絡",
        f"""
北野様

いつもお世話になっております。ルミエールブライダルの藤井です。
11月挙式をキャンセルされたお客様への返金について、お客様から返金先のご連絡がありました。
精算書は共有フォルダに格納済みです。7月15日の振込分での処理をお願いいたします。
（返金額：申込金 100,000円 − キャンセル料 50,000円 = 50,000円）
{SIG_FUJII}
----- Original Message -----
From: 野口 健太 <kenta.noguchi.1990@gmail.com>
Sent: Thursday, June 12, 2025 11:38 PM
To: 藤井 玲子
Subject: Re: キャンセル料精算・返金先のご連絡

藤井様

ご対応ありがとうございます。返金先は以下でお願いします。

三井住友銀行 横浜駅前支店 普通 7654321
口座名義 ノグチ ケンタ

野口
""",
        personal=[("name", "野口 健太"),
                  ("bank_account", "三井住友銀行 横浜駅前支店 普通 7654321"),
                  ("email", "kenta.noguchi.1990@gmail.com")]))

    out.append(M(
        "D-h8", "hold", "sensitive.health", "subject", "青山 千夏",
        "The subject line tells the dress shop that a named bride is hospitalised for threatened premature labour; the body is a neutral cancellation.",
        AOYAMA, [addr("アトリエ・ブランシュ 横浜店 衣裳担当 今井 様", "imai@atelier-blanche.example.jp")],
        "【日程変更】新婦 佐々木 美咲様 切迫早産で入院のため 7/5試着→延期のご相談",
        f"""
アトリエ・ブランシュ
今井 様

いつも大変お世話になっております。ラ・ルミエール迎賓館の青山です。

標記の件、7月5日（土）11:00からのご衣裳の試着・お打合せのご予約を、一旦キャンセルとさせてください。
新しい日程はお客様と相談のうえ、決まり次第あらためてご連絡いたします。

挙式日（10月12日）の変更有無についても、追ってご連絡いたします。
ご迷惑をおかけし申し訳ございませんが、よろしくお願いいたします。
{SIG_AOYAMA}""",
        personal=[("name", "佐々木 美咲"), ("health", "切迫早産で入院")]))

    out.append(M(
        "D-h9", "hold", "attachment.encrypted_zip", "zip", "松田 浩二",
        "Banquet contract and attendee files sent as a password ZIP with the password in the next mail (PPAP).",
        MATSUDA, [addr("株式会社丸栄建設 総務部 岩崎 様", "iwasaki@maruei-kensetsu.example.co.jp")],
        "創業60周年記念パーティー ご契約書類一式の送付",
        f"""
株式会社丸栄建設
総務部　岩崎 様

いつもお世話になっております。ラ・ルミエール迎賓館の松田でございます。
9月12日の記念パーティーにつきまして、ご契約書類一式をパスワード付きZIPファイルにてお送りいたします。
パスワードは、この後のメールでお知らせいたします。

　・ご契約書（2部のうち御社控え）
　・お見積書（第3版）
　・ご出席者名簿（受付用）

ご確認のほど、よろしくお願い申し上げます。
{SIG_MATSUDA}""",
        attachments=[enc_zip("丸栄建設様_60周年_契約書類一式.zip")]))

    party_to = [
        addr("株式会社港南物産 総務課 斉藤 様", "saito@konan-bussan.example.co.jp"),
        addr("横浜シーサイド法律事務所 事務局 原 様", "hara@seaside-law.example.jp"),
        addr("株式会社ベイテック 人事部 広瀬 様", "hirose@baytec.example.co.jp"),
        addr("山下町商店会 事務局 長田 様", "osada.yamashita@gmail.com"),
        addr("株式会社ヨコハマ精工 総務 市原 様", "ichihara@yokohama-seiko.example.co.jp"),
        addr("税理士法人みなとみらい 佐久間 様", "sakuma@mm-tax.example.jp"),
        addr("株式会社青葉ホーム 営業推進部 川口 様", "kawaguchi@aoba-home.example.co.jp"),
        addr("関内クリニック 事務長 宮下 様", "miyashita@kannai-clinic.example.jp"),
        addr("株式会社ハーバーロジ 総務 竹内 様", "takeuchi@harbor-logi.example.co.jp"),
        addr("横浜ロータリー倶楽部 幹事 井口 様", "iguchi.rotary@yahoo.co.jp"),
        addr("株式会社エムズデザイン 中村 様", "nakamura@ms-design.example.jp"),
        addr("株式会社丸栄建設 総務部 岩崎 様", "iwasaki@maruei-kensetsu.example.co.jp"),
    ]
    out.append(M(
        "D-h10", "hold", "recipients.visible_external", "recipients", "松田 浩二",
        "Year-end party plan sent to 12 organiser contacts from different companies with everyone visible in To.",
        MATSUDA, party_to,
        "【ラ・ルミエール迎賓館】2025年 忘年会・新年会プランのご案内",
        f"""
各位

平素は格別のご愛顧を賜り、誠にありがとうございます。
ラ・ルミエール迎賓館 宴会営業部の松田でございます。

昨年ご利用いただいた幹事様に、本年の忘年会・新年会プランをいち早くご案内いたします。

　■スタンダードプラン　8,800円（料理8品・2時間飲み放題）
　■プレミアムプラン　13,200円（シェフの特選コース・シャンパン付き）
　■早期予約特典：9月30日までのご予約で、10名につき1名様無料

ご予約状況：12月の金曜日は残り僅かとなっております。
ご不明な点がございましたら、お気軽にお問い合わせください。
{SIG_MATSUDA}""",
    ))

    # ---------------- PASSES ----------------
    out.append(M(
        "D-p1", "pass", "benign.congratulations", None, "青山 千夏",
        "Congratulations and album schedule sent to the couple themselves; their own names and wedding date only.",
        AOYAMA, [addr("高橋 陸", "riku.takahashi.0608@gmail.com")],
        "ご結婚おめでとうございます ― アルバム・お写真のお届けについて",
        f"""
高橋 陸 様
高橋 優花 様

先日はラ・ルミエール迎賓館での結婚式・披露宴、誠におめでとうございました。
担当させていただきました青山でございます。

お二人の笑顔と、最後の謝辞で陸様が言葉を詰まらせた瞬間、スタッフ一同もらい泣きしておりました。
あの日のお手伝いができたことを、心から嬉しく思っております。

今後のお届けについてご案内いたします。
　・データ（全カット）：7月中旬にダウンロードURLをメールでお送りします
　・アルバム（30ページ）：デザイン確認後、約6週間でお届けします
　・エンドロール映像のDVD：7月上旬に郵送いたします

一年目の記念日には、ささやかなディナーのご招待状をお送りします。
ぜひまたお二人でお越しくださいませ。
{SIG_AOYAMA}""",
        cc=[addr("高橋 優花", "yuka.t.0608@icloud.com")]))

    out.append(M(
        "D-p2", "pass", "benign.religious_corp", None, "青山 千夏",
        "Booking a 神前式 with a shrine (宗教法人) and paying its 初穂料 to the shrine's account; religion here is the partner's business, not a person's belief.",
        AOYAMA, [addr("宗教法人 山手八幡神社 社務所 権禰宜 宮内 様", "shamusho@yamate-hachiman.example.or.jp")],
        "10月4日 神前式のご予約について（黒田家・遠藤家）",
        f"""
山手八幡神社 社務所
権禰宜　宮内 様

いつも大変お世話になっております。ラ・ルミエール迎賓館の青山でございます。
下記のとおり、神前式のご予約をお願いいたします。

　挙式日時：令和7年10月4日（土）11:00〜11:30（参進 10:50）
　ご両家：黒田家・遠藤家
　参列者：約24名
　雅楽：生演奏を希望
　巫女舞：浦安の舞を希望

初穂料（150,000円）は、例年どおり当社より貴社の下記口座へお振込みいたします。
　横浜みなと銀行 元町支店 普通 0558123　宗教法人山手八幡神社

打合せ（ご両家ご本人様との事前説明）は9月中旬を予定しております。
ご都合のよい日をお知らせいただけますと幸いです。
{SIG_AOYAMA}"""))

    out.append(M(
        "D-p3", "pass", "benign.aggregate_health", None, "青山 千夏",
        "Allergy counts per table for the wedding cake, with no guest names.",
        AOYAMA, [addr("パティスリー・ミエル ウェディングケーキ担当 有村 様", "arimura@patisserie-miel.example.jp")],
        "7/26 ウェディングケーキ アレルギー対応数のご連絡",
        f"""
パティスリー・ミエル
有村 様

いつもお世話になっております。ラ・ルミエール迎賓館の青山です。
7月26日（土）北川家・平田家のケーキについて、アレルギー対応数が確定しましたのでご連絡します。

　総数：72名（うちお子様4名）

　卓　　卵不使用　小麦不使用　乳不使用
　A　　　1　　　　－　　　　　－
　C　　　－　　　　1　　　　　－
　F　　　2　　　　－　　　　　1
　合計　　3　　　　1　　　　　1

対応カットは通常カットと見分けがつくよう、ピック（赤）を付けてお届けください。
配膳は当館のサービススタッフが卓番で行います。
{SIG_AOYAMA}"""))

    out.append(M(
        "D-p4", "pass", "benign.corporate_bank", None, "藤井 玲子",
        "Invoice to a corporate client with the venue company's own bank account.",
        FUJII, [addr("株式会社ベイテック 人事部 広瀬 様", "hirose@baytec.example.co.jp")],
        "ご請求書送付のご案内（6/13 ご懇親会）",
        f"""
株式会社ベイテック
人事部　広瀬 様

このたびはラ・ルミエール迎賓館をご利用いただき、誠にありがとうございました。
6月13日（金）の新入社員歓迎懇親会のご請求書をPDFにてお送りいたします。

お振込みは7月31日（木）までに、下記口座へお願いいたします。
　三菱ＵＦＪ第一銀行 横浜中央支店（店番 251）普通 3087142
　口座名義：カ）ルミエールブライダル

なお、振込手数料はご負担くださいますようお願いいたします。
{SIG_FUJII}""",
        attachments=[att("請求書_LB-2025-0613-07.pdf", PDF, """
御請求書　No. LB-2025-0613-07　発行日 2025年6月16日
株式会社ベイテック 御中
件名：新入社員歓迎懇親会（6月13日 18:30〜20:30 ルミエールホール）
料理 スタンダードプラン 8,800円 × 54名　475,200円
会場使用料　　　　　　　　　　　　　　　 50,000円
音響・プロジェクター　　　　　　　　　　 22,000円
小計 547,200円　消費税（10%）54,720円　合計 601,920円
振込先：三菱ＵＦＪ第一銀行 横浜中央支店 普通 3087142 カ）ルミエールブライダル
登録番号：T4020001098765
""")]))

    out.append(M(
        "D-p5", "pass", "benign.meeting", None, "青山 千夏",
        "Florist meeting arrangement thread with partner staff names, mobiles and decorative signatures.",
        AOYAMA, [addr("Fleur de Lys 装花デザイナー 片山 様", "katayama@fleurdelys.example.jp")],
        "Re: Re: 秋の新装花プラン 撮影・打合せ日程",
        f"""
片山様

ありがとうございます！
では、7月8日（火）13:00〜 チャペルでの撮影、15:00〜 打合せでお願いいたします。
火曜は当館の定休日ですので、通用口（山下公園側）からお入りください。警備室に伝えておきます。

撮影には当館カメラマンの森と、私の後任候補の佐藤（新人プランナー）も立ち会います。
お花の搬入は12:00以降でしたらいつでも大丈夫です。
{SIG_AOYAMA}
-----Original Message-----
From: 片山 めぐみ <katayama@fleurdelys.example.jp>
Sent: Friday, June 13, 2025 5:40 PM
To: 青山 千夏
Cc: 牧野 <makino@fleurdelys.example.jp>
Subject: Re: 秋の新装花プラン 撮影・打合せ日程

青山様

お世話になっております。Fleur de Lysの片山です。
撮影日程ですが、7月8日（火）か10日（木）でしたら、私と牧野の2名で伺えます。
秋プランは「ダリア×アンティークカラー」と「白とグリーン」の2パターンをご用意します。

✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿
Fleur de Lys（フルール・ド・リス）
装花デザイナー　片山 めぐみ
〒231-0861 横浜市中区元町3-118
TEL 045-555-3306 ／ 携帯 090-5555-3307
✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿
""",
        cc=[addr("牧野", "makino@fleurdelys.example.jp")]))

    out.append(M(
        "D-p6", "pass", "benign.public_figure", None, "松田 浩二",
        "Banquet booking for a member of the House of Representatives' support group; a public office holder's political activity, not a private person's belief.",
        MATSUDA, [addr("早瀬りゅういち後援会 事務局 平井 様", "jimukyoku@hayase-koenkai.example.jp")],
        "Re: 新春の集い（1月17日）会場仮予約のご確認",
        f"""
早瀬りゅういち後援会 事務局
平井 様

お世話になっております。ラ・ルミエール迎賓館の松田でございます。
令和8年「早瀬隆一 新春の集い」につきまして、下記のとおり仮予約を承りました。

　日時：令和8年1月17日（土）17:00〜19:00（受付 16:15〜）
　会場：グランドボールルーム（立食 400名）
　ご来賓：衆議院議員 早瀬 隆一 先生、県議会議員・市議会議員の先生方（約12名）
　お料理：1名様 6,600円（税サ込）想定
　演台・国旗・垂れ幕：当館でご用意（文言は後援会様からご指示ください）

政治資金規正法上のご請求書・領収書の宛名は「早瀬りゅういち後援会」でよろしいでしょうか。
本予約への切り替えは10月末までにお願いいたします。
{SIG_MATSUDA}

> ラ・ルミエール迎賓館 松田様
> 例年どおり新春の集いの会場を押さえたく、1月17日（土）夕方で空きはありますか。
> 早瀬りゅういち後援会 事務局 平井"""))

    out.append(M(
        "D-p7", "pass", "benign.company_surname", None, "松田 浩二",
        "Quote for an anniversary party of companies whose names contain surnames (佐藤工務店, 鈴木運輸); no private persons' data.",
        MATSUDA, [addr("株式会社佐藤工務店 総務部 飯田 様", "iida@sato-koumuten.example.co.jp")],
        "創立50周年記念式典 お見積り（第2版）",
        f"""
株式会社佐藤工務店
総務部　飯田 様

いつもお世話になっております。ラ・ルミエール迎賓館の松田です。
先日はご来館いただき、ありがとうございました。
ご要望を反映したお見積り（第2版）をお送りします。

　日時：2025年11月8日（土）12:00〜15:00
　第1部 式典（シアター形式 180名）／第2部 祝賀会（立食 180名）

　主な変更点：
　・協力会社様のご挨拶を、鈴木運輸株式会社 様と 有限会社田中左官 様の2社に
　・感謝状贈呈（佐藤 一郎 会長より協力会社10社へ）の演出時間を10分追加
　・お料理をスタンダードからプレミアムへ変更

　概算合計：3,146,000円（税込）

協力会社様の社名表記（看板・席札）は、正式名称の一覧をいただけますと確実です。
{SIG_MATSUDA}"""))

    out.append(M(
        "D-p8", "pass", "benign.data_subject", None, "青山 千夏",
        "Wedding-day timeline in English sent to the couple themselves.",
        AOYAMA, [addr("Hannah Becker", "hannah.becker.yokohama@gmail.com")],
        "Your wedding day timeline (Saturday 13 September) – draft 2",
        f"""
Dear Hannah and Takumi,

Thank you for the lovely tasting session last weekend! Here is draft 2 of your timeline, with the changes we discussed.

  11:30  Hair & make-up (bridal room)
  14:00  First look in the garden, family photos
  15:00  Guests arrive, welcome drinks on the terrace
  15:30  Ceremony in the chapel (bilingual celebrant: Rev. Paul Adams)
  16:15  Flower shower & group photo
  16:45  Reception opens – Takumi's welcome speech (Japanese), Hannah's (English)
  17:30  Speeches: Hannah's sister Lena, Takumi's boss Mr. Hoshino
  18:45  Cake cutting & dessert buffet
  19:30  Letters to parents, closing

Guest count: 58 adults, 3 children. Menu: Course "Étoile" with the fish/meat choice on the RSVP card.

Could you confirm by 30 June whether your parents from Hamburg will need the interpreter at the table?

Warm regards,
Chinatsu Aoyama
Wedding Planner, La Lumière Geihinkan
Tel: +81-45-555-7700""",
        cc=[addr("Takumi Ishida", "takumi.ishida@gmail.com")]))

    out.append(M(
        "D-p9", "pass", "benign.plain_zip", None, "青山 千夏",
        "Unencrypted ZIP of venue photos and fair information for a wedding portal.",
        AOYAMA, [addr("ウェディングナビ 編集部 大西 様", "onishi@wedding-navi.example.jp")],
        "秋のブライダルフェア掲載素材（ZIP）",
        f"""
ウェディングナビ 編集部
大西 様

いつもお世話になっております。ラ・ルミエール迎賓館の青山です。
9月・10月のブライダルフェア掲載用の素材をZIPでお送りします（パスワードなし）。

写真はすべて当館撮影のもので、ゲストの写り込みはございません。
掲載文の修正があればご指示ください。
{SIG_AOYAMA}""",
        attachments=[att("lumiere_fair_autumn2025.zip", ZIP, """
chapel_01.jpg
garden_night_02.jpg
ballroom_setting_03.jpg
fair_text.txt
  【9/14・10/12限定】豪華試食付き 大感謝フェア
  チャペル模擬挙式、シェフ特製フルコース試食、ドレス試着体験。
  当日成約特典：装花グレードアップ 最大20万円分
""")]))

    out.append(M(
        "D-p10", "pass", "benign.successor", None, "青山 千夏",
        "Transfer announcement and successor introduction to partner vendors (3 external addresses).",
        AOYAMA, [addr("Fleur de Lys 片山 様", "katayama@fleurdelys.example.jp"),
                 addr("スタジオ・ルーチェ 撮影部 堀田 様", "hotta@studio-luce.example.jp"),
                 addr("アトリエ・ブランシュ 今井 様", "imai@atelier-blanche.example.jp")],
        "【ご挨拶】担当交代のお知らせ（青山→佐藤）",
        f"""
パートナーの皆さま

いつも大変お世話になっております。ラ・ルミエール迎賓館の青山でございます。

私事で恐縮ですが、8月1日付で系列の「ル・ソレイユ鎌倉」へ異動することとなりました。
ラ・ルミエールでの5年間、皆さまには本当に多くの場面で助けていただきました。心より御礼申し上げます。

後任は、プランナーの佐藤 由衣が務めます（本メールCCに入れております）。
7月中は二人体制で引き継ぎを行い、担当中のご夫婦については私から個別にお引き合わせいたします。

　後任：佐藤 由衣（さとう ゆい）
　メール：y.sato@lumiere-geihinkan.example.jp
　電話：045-555-7700（代表）

今後とも変わらぬお付き合いのほど、よろしくお願い申し上げます。
{SIG_AOYAMA}""",
        cc=[addr("佐藤 由衣", f"y.sato@{DOM}")]))

    return out
