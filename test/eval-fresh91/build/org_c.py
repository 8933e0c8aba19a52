"""(C) 桐島・長谷川法律事務所 — 法律事務所 (invented)."""
from common import SIG, Writer, addr, mail, att, enc_zip, corporate_number

ORG = "C"
ORG_NAME = "桐島・長谷川法律事務所"
DOMAIN = "kirishima-hasegawa-law.example.jp"

KIRISHIMA = Writer("kirishima", "桐島 玲子", "r.kirishima@" + DOMAIN, """
桐島・長谷川法律事務所
弁護士　桐島 玲子
〒105-0000 東京都港区芝浦中央4-5-6 芝浦セントラルビル8階
TEL 03-0000-2525　FAX 03-0000-2526
r.kirishima@kirishima-hasegawa-law.example.jp

本メールには秘密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ削除してください。
""")

ODAGIRI = Writer("odagiri", "小田切 航", "w.odagiri@" + DOMAIN, """
----------------------------------------
小田切 航（パラリーガル）
桐島・長谷川法律事務所
Tel: 03-0000-2525 / Direct: 03-0000-2531
----------------------------------------
""")

ARAI = Writer("arai", "新井 さやか", "s.arai@" + DOMAIN, """
桐島・長谷川法律事務所 事務局
新井 さやか
03-0000-2525
""")

WRITERS = [KIRISHIMA, ODAGIRI, ARAI]


def mails():
    out = []

    # ------------------------------------------------------------ holds
    out.append(mail(
        KIRISHIMA, expect="hold", kind="sensitive.crime_victim", loc="body",
        why="刑事事件の被害者の氏名・負傷内容と被疑者の氏名・勾留状況を、相手方弁護士へ本文で送っている。",
        to=[addr("弁護士 松下 直樹 先生（松下総合法律事務所）", "matsushita@matsushita-sogo.example.jp")],
        subject="示談に関するご連絡（被疑者 上野氏の件）",
        text=f"""
松下総合法律事務所
弁護士 松下 直樹 先生

いつもお世話になっております。被害者代理人の桐島でございます。
先日お申し入れのあった示談について、被害者ご本人の意向を確認いたしましたので
ご回答申し上げます。

本件は、5月31日未明に品川区内の飲食店前で、被疑者 上野 隆之 氏（現在勾留中）が
被害者 大森 千晶 さん（28歳）に暴行を加えたとされる傷害事件です。
大森さんは顔面打撲・鼻骨骨折（全治4週間）の診断を受け、現在も通院中であり、
事件後は夜間の外出ができない状態が続いています。

ご本人は、謝罪文の受領には応じるものの、示談金額については
治療費・休業損害・慰謝料を含め、改めて算定のうえご提示したいとのことです。
宥恕文言を入れるかどうかは現時点では留保させてください。

来週中に、こちらから金額の根拠資料をお送りいたします。

{SIG}
""",
        personal=[("name", "上野 隆之"), ("criminal", "現在勾留中"), ("name", "大森 千晶"),
                  ("crime_victim", "顔面打撲・鼻骨骨折（全治4週間）")]))

    out.append(mail(
        KIRISHIMA, expect="hold", kind="sensitive.juvenile_proceedings", loc="body",
        why="少年事件の付添人として、生徒の氏名と家庭裁判所での観護措置・審判予定を学校へ本文で伝えている。",
        to=[addr("私立青稜高等学校 教頭 岡田先生", "kyoto@seiryo-hs.example.ed.jp")],
        subject="在籍生徒に関するご相談（付添人 桐島）",
        text=f"""
私立青稜高等学校
教頭 岡田 誠 先生

突然のご連絡失礼いたします。弁護士の桐島と申します。
貴校2年C組に在籍する 堀田 拓海 さんの付添人として、ご連絡いたしました。

堀田さんは、窃盗（自転車盗）および器物損壊の非行事実により、
6月6日から東京家庭裁判所の観護措置決定を受け、少年鑑別所に入所しています。
審判期日は7月3日の予定です。

審判に向けて、学校での生活状況や、今後の受入れについて先生方のご意見を伺いたく、
一度面談のお時間をいただけないでしょうか。
ご本人とご両親からは、学校へ連絡することについて了承を得ております。

何卒よろしくお願い申し上げます。

{SIG}
""",
        personal=[("name", "堀田 拓海"), ("juvenile", "窃盗（自転車盗）および器物損壊の非行事実"),
                  ("juvenile", "観護措置決定を受け、少年鑑別所に入所")]))

    out.append(mail(
        ARAI, expect="hold", kind="id.bank_account_private", loc="body",
        why="和解金の振込先として依頼者個人の銀行口座（支店・口座番号・名義）を相手方代理人へ本文で送っている。",
        to=[addr("みなと綜合法律事務所 事務局", "jimukyoku@minato-sogo-law.example.jp")],
        cc=[addr("桐島 玲子", "r.kirishima@" + DOMAIN)],
        subject="和解金のお振込先について（令和7年(ワ)第1187号）",
        text=f"""
みなと綜合法律事務所
事務局 ご担当者様

いつもお世話になっております。桐島・長谷川法律事務所 事務局の新井です。
標記事件の和解成立に伴い、和解金のお振込先をお知らせいたします。
依頼者のご希望により、ご本人名義の口座へ直接お振込みください。

　金融機関：しおかぜ銀行 大森支店（店番 214）
　口座種別：普通
　口座番号：3856107
　口座名義：サカイ ミツオ（酒井 光男）

お振込期限は和解条項のとおり7月15日です。
お振込み後、ご一報いただけますと幸いです。

{SIG}
""",
        personal=[("bank_account", "しおかぜ銀行 大森支店（店番 214）"), ("bank_account", "3856107"),
                  ("name", "サカイ ミツオ（酒井 光男）")]))

    out.append(mail(
        ODAGIRI, expect="hold", kind="list.debtor_roster", loc="attachment",
        why="債務整理の依頼者一覧（氏名・住所・電話・借入残高）を提携司法書士事務所へ添付で送っている。",
        to=[addr("あさぎ司法書士事務所 司法書士 浜田様", "hamada@asagi-shihoshoshi.example.jp")],
        cc=[addr("桐島 玲子", "r.kirishima@" + DOMAIN)],
        subject="過払い金返還請求案件の移管リスト",
        text=f"""
あさぎ司法書士事務所
浜田先生

お世話になっております。桐島・長谷川法律事務所の小田切です。
先日お打合せした、140万円以下の過払い金返還請求案件の移管リストを添付いたします。
各依頼者には移管についての同意を取得済みです。

委任状の差し替えは来週中に郵送いたします。

{SIG}
""",
        attachments=[att("kabarai_ikan_list.xlsx", """
シート1: 移管対象
No | 依頼者氏名 | 住所 | 電話 | 債権者 | 取引期間 | 残高（約定） | 引き直し計算後
1 | 永井 雅彦 | 東京都大田区蒲田本町2-14-3 | 090-0000-6632 | ミライカード | 2006-2019 | 0 | 過払い 842,000
2 | 福田 加奈子 | 川崎市川崎区旭町1-8-21 | 080-0000-1193 | サンライズ信販 | 2009-2024 | 384,500 | 過払い 212,300
3 | 今井 大輔 | 東京都品川区戸越5-3-10-401 | 070-0000-7840 | あおばローン | 2004-2018 | 0 | 過払い 1,150,000
4 | 秋山 房子 | 横浜市鶴見区市場上町9-2 | 045-0000-3309 | ミライカード | 2008-2016 | 0 | 過払い 497,800
""")],
        personal=[("name", "永井 雅彦"), ("address", "東京都大田区蒲田本町2-14-3"), ("phone", "090-0000-6632"),
                  ("name", "福田 加奈子"), ("debt", "384,500"), ("name", "今井 大輔"),
                  ("name", "秋山 房子"), ("address", "横浜市鶴見区市場上町9-2")]))

    out.append(mail(
        KIRISHIMA, expect="hold", kind="sensitive.medical_certificate", loc="attachment",
        why="添付の診断書の写しに申立人の氏名・生年月日・精神疾患の病名が含まれ、相手方代理人へ送られている。",
        to=[addr("弁護士 川島 俊介 先生", "kawashima@kawashima-law.example.jp")],
        subject="夫婦関係調整調停事件 書証の写しの送付",
        text=f"""
川島法律事務所
弁護士 川島 俊介 先生

いつもお世話になっております。申立人代理人の桐島でございます。
次回調停期日（7月9日）に提出予定の書証のうち、甲第8号証（診断書）の写しを
先行してお送りいたします。

原本は期日に持参いたします。
ご確認のほど、よろしくお願い申し上げます。

{SIG}
""",
        attachments=[att("甲8_診断書_写し.pdf", """
診 断 書

氏名　　宇佐美 香織　　　生年月日　昭和61年3月14日（39歳）
住所　　東京都目黒区中央町1丁目（以下略）

病名　　心的外傷後ストレス障害（PTSD）、うつ病エピソード

付記　　令和6年11月より当院通院中。配偶者からの継続的な暴言・威圧的言動を契機に
　　　　不眠、フラッシュバック、抑うつ気分が出現。現在も抗うつ薬を内服中であり、
　　　　配偶者との同居及び直接の面談は症状を増悪させるおそれがあるため避けることが望ましい。

上記のとおり診断します。
令和7年6月2日
めぐろ心療内科クリニック　医師　篠原 亮
""")],
        personal=[("name", "宇佐美 香織"), ("birth_date", "昭和61年3月14日"),
                  ("diagnosis", "心的外傷後ストレス障害（PTSD）、うつ病エピソード")]))

    out.append(mail(
        ODAGIRI, expect="hold", kind="sensitive.accident_injury_forward", loc="quoted",
        why="転送部分の相談フォームに相談者の氏名・住所・電話と交通事故による負傷・通院状況があり、外部の調査会社へ送られている。",
        to=[addr("株式会社東京リサーチ 事故調査部 沢田様", "sawada@tokyo-research.example.co.jp")],
        subject="Fwd: 【法律相談フォーム】交通事故（追突）のご相談",
        text=f"""
株式会社東京リサーチ
沢田様

いつもお世話になっております。桐島・長谷川法律事務所の小田切です。
下記の新規相談について、事故現場の状況調査（写真・見取図）をお願いできますでしょうか。
受任は来週の予定です。御見積をいただけますと幸いです。

{SIG}

---------- Forwarded message ---------
From: 法律相談フォーム <form@kirishima-hasegawa-law.example.jp>
Date: 2025年6月11日(水) 13:47
Subject: 【法律相談フォーム】交通事故（追突）のご相談

お名前：工藤 美穂
ご住所：東京都江東区北砂6-21-4
お電話：090-0000-5716
メール：miho.kudo.0221@yahoo.co.jp
ご相談内容：
4月28日に江東区の交差点で信号待ち中に後ろから追突されました。
頚椎捻挫と腰椎捻挫と診断され、現在も週3回整形外科（砂町整形外科）に通院しています。
めまいが続いていて仕事（パート）を休んでいます。
相手の保険会社から治療打ち切りの話が出ていて困っています。
""",
        personal=[("name", "工藤 美穂"), ("address", "東京都江東区北砂6-21-4"), ("phone", "090-0000-5716"),
                  ("email", "miho.kudo.0221@yahoo.co.jp"), ("diagnosis", "頚椎捻挫と腰椎捻挫")]))

    out.append(mail(
        ODAGIRI, expect="hold", kind="id.residence_card_passport", loc="quoted",
        why="引用された依頼者のメールに在留カード番号・旅券番号・生年月日があり、翻訳会社へ送られている。",
        to=[addr("グローバル翻訳株式会社 見積窓口", "quote@global-honyaku.example.co.jp")],
        subject="Fw: 在留資格変更申請書類の翻訳見積",
        text=f"""
グローバル翻訳株式会社
見積ご担当者様

いつもお世話になっております。桐島・長谷川法律事務所の小田切です。
在留資格変更許可申請に用いる書類（ベトナム語→日本語）の翻訳をお願いしたく、
依頼者から届いたメールを下記に転送いたします。
対象書類は、出生証明書、婚姻証明書、大学の卒業証明書の3点です。
納期は7月4日を希望します。御見積をお願いいたします。

{SIG}

-----Original Message-----
From: Nguyen Thi Lan <lan.nguyen.tokyo@gmail.com>
Sent: Monday, June 16, 2025 9:25 PM
To: w.odagiri@kirishima-hasegawa-law.example.jp
Subject: documents for visa change

Dear Mr. Odagiri,

Thank you for your help. Here is the information you asked for.

Full name: NGUYEN THI LAN
Date of birth: 1996-08-21
Residence card No.: UH40718235JA
Passport No.: C7729310
Current status: Technical Intern Training (ii), expires 2025-09-30

I will send the scans of the three certificates tomorrow.

Best regards,
Lan
""",
        personal=[("name", "NGUYEN THI LAN"), ("birth_date", "1996-08-21"),
                  ("residence_card", "UH40718235JA"), ("passport", "C7729310")]))

    out.append(mail(
        KIRISHIMA, expect="hold", kind="sensitive.criminal_record_subject", loc="subject",
        why="件名に個人の氏名と前科（窃盗罪・執行猶予中）が書かれ、外部の支援団体へ送られている。",
        to=[addr("NPO法人 みちしるべ 就労支援担当 井上様", "inoue@michishirube-npo.example.or.jp")],
        subject="就労先ご紹介のお願い（大和田 修一さん／窃盗罪で執行猶予中）",
        text=f"""
NPO法人 みちしるべ
就労支援ご担当 井上様

いつもお世話になっております。弁護士の桐島です。
先日お電話でご相談した件について、改めてメールでお願い申し上げます。

件名の方について、ご本人の了解を得たうえで、貴法人の就労支援プログラムへの
参加をお願いしたいと考えております。
ご本人は建設関係の仕事の経験があり、体力面には問題ありません。

初回面談の日程として、6月26日（木）または27日（金）の午後はいかがでしょうか。
当日は私も同席いたします。

{SIG}
""",
        personal=[("name", "大和田 修一"), ("criminal_record", "窃盗罪で執行猶予中")]))

    out.append(mail(
        ARAI, expect="hold", kind="attachment.encrypted_zip", loc="zip",
        why="パスワード付きZIP（PPAP）で書証データを送っており、中身を検査できない。",
        to=[addr("弁護士 川島 俊介 先生", "kawashima@kawashima-law.example.jp")],
        cc=[addr("桐島 玲子", "r.kirishima@" + DOMAIN)],
        subject="甲第1号証〜第15号証 写しの送付",
        text=f"""
川島法律事務所
川島先生

お世話になっております。桐島・長谷川法律事務所 事務局の新井です。
桐島の指示により、甲第1号証から第15号証の写し（PDF）をお送りいたします。
容量の関係でパスワード付きZIPにしております。
パスワードは別途お電話でお伝えいたします。

{SIG}
""",
        attachments=[enc_zip("kosho_ko01-15.zip")]))

    clients = [
        ("株式会社芝浦精工 法務部 御中", "legal@shibaura-seiko.example.co.jp"),
        ("東邦フーズ株式会社 総務部 御中", "soumu@toho-foods.example.co.jp"),
        ("株式会社ベイサイド物流 管理部 御中", "kanri@bayside-logi.example.co.jp"),
        ("三田印刷株式会社 総務課 御中", "somu@mita-insatsu.example.co.jp"),
        ("株式会社グリーンテック 経営企画室 御中", "keiki@greentech.example.co.jp"),
        ("有限会社大井工業 代表 大井 哲也 様", "t.oi@oi-kogyo.example.co.jp"),
        ("株式会社アクアライフ 法務担当 御中", "houmu@aqualife.example.com"),
        ("芝浦ホテルマネジメント株式会社 人事部 御中", "jinji@shibaura-hotel.example.co.jp"),
        ("株式会社ネクサスデザイン 管理部 御中", "admin@nexus-design.example.jp"),
        ("高輪電機株式会社 調達部 御中", "chotatsu@takanawa-denki.example.co.jp"),
        ("村井 和彦 様（村井税理士事務所）", "murai.zeirishi@outlook.com"),
        ("株式会社湾岸システムズ 法務部 御中", "legal@wangan-systems.example.co.jp"),
        ("浜松町不動産株式会社 業務部 御中", "gyomu@hamamatsucho-fudosan.example.co.jp"),
        ("株式会社テラスキッチン 経理部 御中", "keiri@terrace-kitchen.example.co.jp"),
    ]
    out.append(mail(
        ARAI, expect="hold", kind="recipients.seminar_invite_visible", loc="recipients",
        why="14社・個人の顧問先アドレスを宛先（To）に並べて送っており、互いの取引関係が見えてしまう。",
        to=[addr(n, e) for n, e in clients],
        subject="【ご案内】改正取引適正化法 実務対応セミナー（7月17日）",
        text=f"""
顧問先各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
桐島・長谷川法律事務所でございます。

来年施行予定の改正法に対応するため、顧問先の皆さま向けに下記のセミナーを開催いたします。

　日時：2025年7月17日（木）15:00〜16:30
　会場：芝浦セントラルビル 8階 当事務所会議室（オンライン併用）
　講師：弁護士 長谷川 弘 ／ 弁護士 桐島 玲子
　内容：改正のポイント、発注書面・支払期日の見直し、チェックリストの解説
　参加費：無料（顧問先限定）

お申込みは7月10日までに、本メールへのご返信にてお願いいたします。
オンライン参加の方には前日にURLをお送りします。

{SIG}
"""))

    # ------------------------------------------------------------ passes
    out.append(mail(
        KIRISHIMA, expect="pass", kind="benign.election_candidate", loc="none",
        why="市長選の立候補予定者は公人であり、公職選挙法上の助言に名前が出るだけである。",
        to=[addr("株式会社芝浦精工 総務部長 吉川様", "yoshikawa@shibaura-seiko.example.co.jp")],
        subject="Re: 創業記念式典へのご来賓招待について",
        text=f"""
株式会社芝浦精工
総務部長 吉川様

いつもお世話になっております。桐島でございます。
お問い合わせの件について、結論から申し上げますと、招待自体は可能ですが
いくつか注意点がございます。

1. 港南市長選挙の立候補予定者である 早瀬 隆明 氏を来賓としてお招きし、
　 ご挨拶いただくこと自体は問題ありません。
2. ただし、告示日（9月7日）以降は、式典の場で投票を呼びかける発言があると
　 選挙運動とみなされるおそれがあります。式典は告示前の8月中の開催をお勧めします。
3. 記念品や飲食の提供を早瀬氏側に行うことは、寄附の制限との関係で避けてください。
4. 現職の 森 市長 も同時にお招きする場合は、挨拶の順番・時間を同等にするとよいでしょう。

ご不明な点があれば、お電話でもご説明いたします。

{SIG}

> 桐島先生
> 10月の創業50周年式典に、市長選に出馬予定の早瀬隆明氏をお招きしたいと
> 社長が申しております。法的に問題ないでしょうか。
> 芝浦精工 吉川
"""))

    out.append(mail(
        ODAGIRI, expect="pass", kind="benign.historical_persons", loc="none",
        why="事務所報のコラム原稿で、登場するのは歴史上の人物だけである。",
        to=[addr("三田印刷株式会社 編集部 大島様", "oshima@mita-insatsu.example.co.jp")],
        subject="事務所報 夏号 コラム原稿の送付",
        text=f"""
三田印刷株式会社
大島様

お世話になっております。桐島・長谷川法律事務所の小田切です。
事務所報 夏号のコラム原稿をお送りします。文字数は約800字です。

----（原稿ここから）----
「大岡裁き」と現代の和解

江戸町奉行・大岡忠相の名裁きとして知られる「三方一両損」は、
落とし物の三両をめぐって、拾った左官と落とし主の大工がともに受け取りを拒み、
大岡越前が一両を足して双方に二両ずつ渡したという話です。
実際には講談の創作とされていますが、当事者それぞれが少しずつ譲ることで
紛争を終わらせるという発想は、現代の訴訟上の和解にも通じるものがあります。
京都所司代の板倉勝重にも似た逸話が残されており……
----（原稿ここまで）----

挿絵は「江戸の奉行所」のイメージでお願いできればと思います。

{SIG}
"""))

    out.append(mail(
        KIRISHIMA, expect="pass", kind="benign.religious_corporation_client", loc="none",
        why="宗教法人が依頼者（貸主）として登場する契約書レビューで、個人の信仰に関する情報ではない。",
        to=[addr("宗教法人 光明寺 責任役員 総務担当", "soumu@komyoji.example.jp")],
        subject="境内地の事業用定期借地契約書（案）へのコメント",
        text=f"""
宗教法人 光明寺
総務ご担当者様

いつもお世話になっております。弁護士の桐島です。
ご依頼いただいた、境内地の一部を駐車場運営会社へ賃貸する契約書（案）について、
コメントを付した版を添付いたします。主な指摘事項は以下のとおりです。

1. 宗教法人法23条により、境内地の貸付けは責任役員会の議決と公告が必要です。
　 契約の効力発生を公告期間経過後とする条項を追加しました。
2. 法要・行事の際の駐車場の優先利用について、年間の日数を明記することをお勧めします。
3. 原状回復の範囲（アスファルト撤去の要否）が不明確ですので修正しました。

来週の責任役員会に間に合うよう、ご不明点があればお知らせください。

{SIG}
""",
        attachments=[att("定期借地契約書_光明寺_コメント付.docx", """
事業用定期借地権設定契約書（案）
貸主：宗教法人光明寺　借主：株式会社パークネクスト
第1条（目的）貸主は、その所有する境内地の一部（別紙物件目録記載）を、駐車場事業の用に供するため借主に賃貸する。
【桐島コメント】宗教法人法23条の公告期間経過後に効力を生ずる旨を追記。
第5条（優先利用）借主は、貸主の法要・行事の際、年間12日を限度として、駐車区画の全部を貸主の利用に供する。
""")]))

    cn1 = corporate_number("010401123456")
    cn2 = corporate_number("020001987654")
    out.append(mail(
        ARAI, expect="pass", kind="benign.corporate_number", loc="none",
        why="13桁の数字は法人番号であり、個人の識別番号ではない。",
        to=[addr("あさぎ司法書士事務所 浜田様", "hamada@asagi-shihoshoshi.example.jp")],
        subject="役員変更登記のご依頼（2社分）",
        text=f"""
あさぎ司法書士事務所
浜田先生

お世話になっております。桐島・長谷川法律事務所 事務局の新井です。
桐島の顧問先2社について、役員変更登記をお願いいたします。

　1. 株式会社芝浦精工（法人番号 {cn1}）
　　 6月25日定時株主総会で取締役1名重任・1名新任
　2. 株式会社ベイサイド物流（法人番号 {cn2}）
　　 監査役の辞任・後任選任

株主総会議事録と就任承諾書は、総会後に各社から直接お送りいただく予定です。
登録免許税の見積りもあわせていただけますと助かります。

{SIG}
"""))

    out.append(mail(
        ARAI, expect="pass", kind="benign.employment_verification_consent", loc="none",
        why="本人の同意に基づく在籍確認で、在籍期間と職名だけを回答しており、それ以上の個人情報はない。",
        to=[addr("株式会社グリーンテック 人事部 採用担当 宮田様", "saiyo@greentech.example.co.jp")],
        subject="Re: 在籍確認のご依頼（中村 さくら様）",
        text=f"""
株式会社グリーンテック
人事部 宮田様

お問い合わせいただきました在籍確認について、ご本人から同意書を受領しましたので、
下記のとおりご回答いたします。

　氏名：中村 さくら 様
　在籍期間：2021年4月1日〜2025年3月31日
　職名：事務職員（法律事務）

当事務所の方針により、上記以外の事項（勤務評価・退職理由等）についてはお答えしておりません。
何卒ご了承ください。

{SIG}

> 桐島・長谷川法律事務所 ご担当者様
> 弊社にご応募いただいた中村さくら様について、在籍確認をお願いできますでしょうか。
> ご本人の同意書を添付いたします。
> グリーンテック 人事部 宮田
"""))

    out.append(mail(
        ODAGIRI, expect="pass", kind="benign.minutes_reply_chain", loc="none",
        why="契約交渉の議事録と長い返信チェーンで、相手方担当者の氏名や署名が並ぶだけである。",
        to=[addr("東邦フーズ 法務 西川様", "nishikawa@toho-foods.example.co.jp")],
        cc=[addr("東邦フーズ 営業企画 中野様", "nakano@toho-foods.example.co.jp"),
            addr("桐島 玲子", "r.kirishima@" + DOMAIN)],
        subject="RE: RE: RE: 共同開発契約 第2回協議 議事録（案）",
        text=f"""
西川様

ご確認ありがとうございます。小田切です。
いただいた修正（第3項の「原則として」の削除）を反映した最終版をお送りします。
こちらで確定とさせてください。

---- 第2回協議 議事録（確定版） ----
日時：2025年6月12日（木）14:00〜15:30
出席：東邦フーズ 西川様、中野様／アクアライフ 法務 坂井様、開発部 長島様
　　　当職側 桐島、小田切
1. 成果物の知的財産権の帰属：共有とし、持分は各50%
2. 第三者へのライセンス：相互の事前書面同意を要する
3. 開発費用の負担：試作段階は東邦フーズ、量産設計以降は折半
4. 次回：6月26日（木）14:00〜 アクアライフ本社
-------------------------------------

{SIG}

-----Original Message-----
From: 西川 智子 <nishikawa@toho-foods.example.co.jp>
Sent: Tuesday, June 17, 2025 11:02 AM
Subject: RE: RE: 共同開発契約 第2回協議 議事録（案）

小田切様
議事録案ありがとうございます。第3項の「原則として」は削除をお願いします。
その他は問題ございません。

東邦フーズ株式会社 法務部 西川 智子
TEL 03-0000-7781

-----Original Message-----
From: 小田切 航
Sent: Monday, June 16, 2025 6:40 PM
Subject: RE: 共同開発契約 第2回協議 議事録（案）

西川様、中野様
先日の協議の議事録案を送付いたします。ご確認をお願いします。
"""))

    out.append(mail(
        ARAI, expect="pass", kind="benign.lecturer_fee_masked_account", loc="none",
        why="講師本人への謝金の連絡で、口座番号は下3桁以外伏せてある。",
        to=[addr("宮原 悠 先生", "haruka.miyahara.lab@outlook.com")],
        subject="研修会 講師謝金のお支払いについて",
        text=f"""
宮原 悠 先生

先日は当事務所の所内研修会でご講演いただき、誠にありがとうございました。
事務局の新井でございます。

講師謝金につきまして、下記のとおりお支払いいたしますのでご確認ください。

　謝金：100,000円（源泉徴収税 10,210円控除後 89,790円）
　お振込日：6月30日（月）
　お振込先：ご登録の口座（あおば銀行 ****支店 普通 ****482）

支払調書は年明けにお送りいたします。
今後ともどうぞよろしくお願い申し上げます。

{SIG}
"""))

    out.append(mail(
        ODAGIRI, expect="pass", kind="benign.plain_zip", loc="none",
        why="パスワードのないZIPで、中身は契約書ドラフトであり個人データは含まれない。",
        to=[addr("株式会社ネクサスデザイン 管理部 藤本様", "fujimoto@nexus-design.example.jp")],
        subject="業務委託契約書ドラフト v3 の送付",
        text=f"""
株式会社ネクサスデザイン
藤本様

お世話になっております。桐島・長谷川法律事務所の小田切です。
業務委託契約書のドラフト（v3）と変更履歴をZIPにまとめてお送りします。
パスワードは設定しておりません。

主な変更点は、再委託の承諾条項と、検収期間（10営業日→7営業日）です。
ご確認のうえ、コメントをお願いいたします。

{SIG}
""",
        attachments=[att("gyomu_itaku_v3.zip/業務委託契約書_v3.txt", """
業務委託契約書（案）v3
委託者：株式会社ネクサスデザイン　受託者：株式会社湾岸システムズ
第4条（再委託）受託者は、委託者の事前の書面による承諾を得た場合に限り、本業務の全部又は一部を第三者に再委託することができる。
第7条（検収）委託者は、成果物の納入を受けた日から7営業日以内に検収を行う。
"""), att("gyomu_itaku_v3.zip/変更履歴.txt", """
v2→v3 変更履歴
・第4条 再委託：通知→事前の書面承諾
・第7条 検収期間：10営業日→7営業日
""")]))

    out.append(mail(
        ARAI, expect="pass", kind="benign.swift_invoice_en", loc="none",
        why="海外顧客への請求書で、SWIFTコード付きの振込先は事務所の法人口座である。",
        to=[addr("Ms. Rachel Tan (Harbourline Pte. Ltd.)", "rachel.tan@harbourline.example.com.sg")],
        cc=[addr("桐島 玲子", "r.kirishima@" + DOMAIN)],
        subject="Invoice No. KH-2025-0612 – Legal services (May 2025)",
        text=f"""
Dear Ms. Tan,

Please find attached our invoice for legal services rendered in May 2025
in connection with the distribution agreement with Toho Foods.

  Invoice No.: KH-2025-0612
  Amount: JPY 1,320,000 (incl. consumption tax)
  Due date: 31 July 2025

  Bank: Shiokaze Bank, Ltd., Shibaura Branch
  SWIFT/BIC: SKZBJPJT
  Account No.: 1048821 (ordinary)
  Account name: Kirishima & Hasegawa Law Office

Please note that bank charges outside Japan are to be borne by the remitter.
Should you have any questions, please do not hesitate to contact us.

Kind regards,

Sayaka Arai
Office Administration
Kirishima & Hasegawa Law Office
Tel: +81-3-0000-2525
""",
        attachments=[att("KH-2025-0612.pdf", """
INVOICE KH-2025-0612
Bill to: Harbourline Pte. Ltd., Singapore
Legal services – May 2025 (review of distribution agreement, 8.0 hours)
Total JPY 1,320,000
Bank: Shiokaze Bank, Shibaura Branch / SWIFT SKZBJPJT / A/C 1048821 / Kirishima & Hasegawa Law Office
""")]))

    out.append(mail(
        KIRISHIMA, expect="pass", kind="benign.takken_license_numbers", loc="none",
        why="宅建業者の免許番号や宅建士の登録番号は業務上の公的な資格情報であり、個人データの漏えいにはあたらない。",
        to=[addr("浜松町不動産株式会社 業務部 小松様", "komatsu@hamamatsucho-fudosan.example.co.jp")],
        subject="重要事項説明書（芝浦3丁目 店舗物件）のチェック結果",
        text=f"""
浜松町不動産株式会社
業務部 小松様

いつもお世話になっております。桐島です。
ご依頼の重要事項説明書（芝浦3丁目 店舗物件）を確認いたしました。

1. 表紙の宅地建物取引業者欄：免許証番号「東京都知事(4)第00000号」は、
　 登記簿上の商号変更後の免許証と一致しているかご確認ください。
2. 説明をする宅地建物取引士：小松 健太 氏（登録番号 東京 第000123号）の
　 記名は問題ありません。
3. 第12項の用途制限（飲食店の可否）は、管理規約の該当条文を引用することをお勧めします。
4. 供託所の記載が旧所在地のままです。

修正版をお送りいただければ再確認いたします。

{SIG}
"""))
    return out
