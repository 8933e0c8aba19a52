"""Org A: 翠ヶ丘総合病院 診療情報管理室 (hospital medical records office)."""
from common import mail, att, enc_zip, XLSX, DOCX, PDF, CSV, ZIP

ORG = "A"
DOM = "midorigaoka-hp.example.jp"
ONODERA = f"小野寺 沙織 <s-onodera@{DOM}>"
KAJIWARA = f"梶原 隆之 <t-kajiwara@{DOM}>"
ARAI = f"新井 健太 <k-arai@{DOM}>"

SIG_ONODERA = """――――――――――――――――――――――――
医療法人社団 翠明会 翠ヶ丘総合病院
医療情報部 診療情報管理室 主任
診療情報管理士　小野寺 沙織（おのでら さおり）
〒227-0062 神奈川県横浜市青葉区青葉台東9-8-1
TEL 045-981-3370（室直通）／FAX 045-981-3379／内線 2214
s-onodera@midorigaoka-hp.example.jp
――――――――――――――――――――――――
本メールには個人情報・機密情報が含まれる場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ削除をお願いいたします。"""

SIG_KAJIWARA = """--
翠ヶ丘総合病院 医療情報部
診療情報管理室 室長　梶原 隆之
TEL 045-981-3370 / FAX 045-981-3379
t-kajiwara@midorigaoka-hp.example.jp"""

SIG_ARAI = """翠ヶ丘総合病院　診療情報管理室
新井 健太（内線2217）
k-arai@midorigaoka-hp.example.jp"""


def mails():
    out = []

    # ---------------- holds ----------------
    out.append(mail(
        "A-h1", "hold", "sensitive.health",
        "Reply to a life insurer's medical inquiry names the patient with birth date, breast-cancer diagnosis, stage and treatment plan in the body.",
        "onodera", ONODERA,
        ["あおば生命保険 支払査定部 高見 様 <takami.r@aoba-life.example.co.jp>"],
        "Re: 入院給付金請求に係る医療照会のご回答（照会番号 AL-24-08817）",
        f"""あおば生命保険株式会社
支払査定部　高見 様

いつもお世話になっております。翠ヶ丘総合病院 診療情報管理室の小野寺でございます。
11月20日付でいただきました医療照会につきまして、主治医（乳腺外科 藤堂医師）の確認が
取れましたので、下記のとおりご回答申し上げます。
ご本人様の同意書（貴社書式・2024年11月8日付）は原本を受領済みです。

■被照会者
　松下 恵理子 様（昭和47年5月14日生）

■ご照会事項への回答
　1. 傷病名：右乳がん　浸潤性乳管癌（ステージIIA）
　2. 初診日：2024年8月5日（他院からの紹介）
　3. 入院期間：2024年9月2日～2024年9月12日（11日間）
　4. 手術：2024年9月3日　右乳房部分切除術＋センチネルリンパ節生検
　5. 今後の治療：術後化学療法（外来）を12月から予定、その後放射線治療の見込み
　6. 既往：特記事項なし

回答書（署名・押印済み）は本日付で郵送いたします。
作成料の請求書も同封しておりますので、ご確認のほどよろしくお願いいたします。

{SIG_ONODERA}

-----Original Message-----
From: 高見 涼子 <takami.r@aoba-life.example.co.jp>
Sent: Wednesday, November 20, 2024 10:12 AM
To: 診療情報管理室
Subject: 入院給付金請求に係る医療照会のご回答（照会番号 AL-24-08817）

翠ヶ丘総合病院 診療情報管理室 御中

標記の件、別紙同意書に基づき、傷病名・入院期間・手術内容について
ご教示いただけますと幸いです。ご多忙のところ恐縮ですが、よろしくお願いいたします。

あおば生命保険株式会社 支払査定部　高見 涼子
""",
        personal=[("name", "松下 恵理子"), ("birthdate", "昭和47年5月14日"),
                  ("diagnosis", "浸潤性乳管癌（ステージIIA）"),
                  ("treatment", "右乳房部分切除術＋センチネルリンパ節生検")],
        loc="body"))

    out.append(mail(
        "A-h2", "hold", "sensitive.health",
        "Body only says a 23条照会 reply is attached; the attached DOCX names the patient with spinal-cord injury, fracture, accident details and expected permanent impairment.",
        "kajiwara", KAJIWARA,
        ["弁護士 北条 光彦 様 <hojo@konan-law.example.jp>"],
        "弁護士会照会に対する回答書の送付（横弁照第2024-1187号）",
        f"""弁護士法人 港南総合法律事務所
弁護士　北条 光彦 先生

平素より大変お世話になっております。
翠ヶ丘総合病院 診療情報管理室の梶原です。

横浜弁護士会を通じてご照会いただきました件（横弁照第2024-1187号）につき、
院内の個人情報保護委員会の審議を経て回答書を作成いたしましたので、添付にてお送りします。
原本は弁護士会宛てに本日郵送しております。

ご不明な点がございましたら、私までお問い合わせください。
どうぞよろしくお願いいたします。

{SIG_KAJIWARA}
""",
        attachments=[att("回答書_横弁照第2024-1187号.docx", DOCX,
"""回　答　書

令和6年12月2日
横浜弁護士会 会長 殿
（照会申出弁護士　北条 光彦）

医療法人社団翠明会 翠ヶ丘総合病院
病院長　（公印省略）

令和6年11月15日付 横弁照第2024-1187号にてご照会のありました事項について、下記のとおり回答します。

記

1　患者氏名　坂口 亮（男性、昭和41年2月27日生、58歳）
2　初診日　令和6年3月11日（救急搬送）
3　受傷機転　自転車走行中に乗用車と接触（救急隊記録による）
4　傷病名　頸髄損傷（C5レベル、不全麻痺）、右大腿骨転子部骨折、顔面挫創
5　治療経過　同日入院。3月13日 右大腿骨観血的整復固定術。
　　4月22日 リハビリテーション病棟へ転棟。7月30日 退院（自宅退院、杖歩行）。
6　現在の状態　上肢のしびれ、巧緻運動障害が残存。外来リハビリ継続中（週2回）。
7　後遺障害の見込み　症状固定は令和7年3月頃と判断。神経症状の残存が見込まれる。

以上
""")],
        personal=[("name", "坂口 亮"), ("birthdate", "昭和41年2月27日"),
                  ("diagnosis", "頸髄損傷（C5レベル、不全麻痺）"),
                  ("diagnosis", "右大腿骨転子部骨折")],
        loc="attachment"))
    out[-1]["cc"] = ["事務局 <jimu@konan-law.example.jp>"]

    out.append(mail(
        "A-h3", "hold", "sensitive.health",
        "Scan request to the outside archiving vendor looks routine; the forwarded ward message below names a patient with HIV infection and pneumocystis pneumonia.",
        "arai", ARAI,
        ["株式会社データアーカイブ東和 村井 様 <murai@da-towa.example.co.jp>"],
        "追加スキャン依頼（12月第1週分）",
        f"""データアーカイブ東和
村井様

お世話になっております。翠ヶ丘総合病院の新井です。
いつも回収・スキャン作業ありがとうございます。

下記、病棟から依頼のあった分を追加でお願いしたく、ご連絡しました。
　・回収日：12月5日（木）14時ごろ、地下1階 記録庫前
　・箱番号：B-2412-03（1箱、約380枚）
　・優先度：通常（納品は12/19まで）

病棟からのメールをそのまま転送しますので、内訳はそちらをご確認ください。
よろしくお願いします。

{SIG_ARAI}

-------- Forwarded Message --------
Subject: 退院患者分 紙資料スキャンのお願い
Date: Mon, 2 Dec 2024 16:48:09 +0900
From: 7階東病棟 看護師長 荻野 <ogino-7e@midorigaoka-hp.example.jp>
To: 診療情報管理室 <mrd@midorigaoka-hp.example.jp>

管理室 御中

先週退院の以下3名分、紙の同意書・検査伝票をスキャン対象でお願いします。
　・ID 00482213　宮坂 春男 様（HIV感染症、ニューモシスチス肺炎で入院）
　　→ HIV検査の同意書・告知記録あり。取扱い注意でお願いします。
　・ID 00519870　小田切 聡子 様（化学療法同意書のみ）
　・ID 00533042　堀 圭一郎 様（輸血同意書、手術同意書）

7東 荻野
""",
        personal=[("name", "宮坂 春男"), ("diagnosis", "HIV感染症、ニューモシスチス肺炎"),
                  ("name", "小田切 聡子"), ("name", "堀 圭一郎")],
        loc="quoted"))

    out.append(mail(
        "A-h4", "hold", "sensitive.health",
        "Body is a bland shipping notice; the subject line alone names the patient together with schizophrenia.",
        "onodera", ONODERA,
        ["宮本総合法律事務所 弁護士 宮本 様 <miyamoto@miyamoto-law.example.jp>"],
        "【発送のご連絡】大河内 誠 様（統合失調症）診療録写しの件",
        f"""宮本総合法律事務所
弁護士　宮本 様

お世話になっております。翠ヶ丘総合病院 診療情報管理室の小野寺です。

標記の件、本日レターパックプラスにて発送いたしました。
明日中には到着する見込みです。
写しの作成費用につきましては、請求書を同封しておりますので
お振込みのほどよろしくお願いいたします。

到着後、枚数にご不明な点などございましたらご連絡ください。

{SIG_ONODERA}
""",
        personal=[("name", "大河内 誠"), ("diagnosis", "統合失調症")],
        loc="subject"))

    out.append(mail(
        "A-h5", "hold", "attachment.encrypted_zip",
        "Medical record copies sent as a password-protected ZIP with the password to follow (PPAP).",
        "kajiwara", KAJIWARA,
        ["さくら損害保険 損害サービス第二課 岩崎 様 <iwasaki.t@sakura-sonpo.example.co.jp>"],
        "診療録写しの送付（貴社受付番号 SK-88214）",
        f"""さくら損害保険株式会社
損害サービス第二課　岩崎 様

いつもお世話になっております。翠ヶ丘総合病院の梶原でございます。

ご依頼いただいておりました診療録写し一式を、パスワード付きZIPファイルにて
お送りいたします。解凍用のパスワードは、このあと別のメールでお知らせいたします。

ファイル容量の関係で画像検査のDICOMデータは含めておりません。
必要な場合はCD-Rでの郵送となりますので、お申し付けください。

何卒よろしくお願いいたします。

{SIG_KAJIWARA}
""",
        attachments=[enc_zip("SK-88214_診療録写し.zip")],
        loc="zip"))

    study = [
        "青葉台中央病院 診療情報管理課 今井 様 <imai@aobadai-chuo.example.jp>",
        "たまプラーザ記念病院 医事課 河原 様 <kawahara@tama-kinen.example.jp>",
        "港北ニュータウン医療センター 原田 様 <harada.m@kohoku-nmc.example.or.jp>",
        "横浜北部リハビリテーション病院 高野 様 <takano@ykr-reha.example.jp>",
        "都筑ふれあい病院 佐々木 様 <sasaki-k@tsuzuki-fureai.example.jp>",
        "鴨居けやき病院 診療情報管理室 永田 様 <nagata@kamoi-keyaki.example.jp>",
        "長津田厚生クリニック 石井 様 <ishii@nagatsuta-kosei.example.jp>",
        "緑区総合病院 病歴管理室 森 様 <mori.y@midoriku-gh.example.or.jp>",
        "新横浜ハートクリニック 吉川 様 <yoshikawa@shinyoko-heart.example.jp>",
        "中山けいゆう病院 医療情報課 柴田 様 <shibata@nakayama-keiyu.example.jp>",
        "あざみ野こども病院 松尾 様 <matsuo@azamino-kodomo.example.jp>",
        "センター北整形外科病院 橋本 様 <hashimoto@kita-seikei.example.jp>",
        "田奈メディカルセンター 加藤 様 <kato.a@tana-mc.example.or.jp>",
    ]
    out.append(mail(
        "A-h6", "hold", "recipients.visible_outside",
        "Study-group announcement sent with 13 staff of 13 different hospitals visible in To instead of BCC.",
        "onodera", ONODERA, study,
        "【研究会】第42回 横浜北部 診療情報管理 実務者研究会（1月18日）のご案内",
        f"""横浜北部 診療情報管理 実務者研究会　会員各位

いつも大変お世話になっております。
今期幹事を務めております、翠ヶ丘総合病院の小野寺です。

第42回研究会を下記のとおり開催いたします。
お忙しい時期とは存じますが、ぜひご参加ください。

　日時：2025年1月18日（土）14:00～16:30
　会場：翠ヶ丘総合病院 本館3階 大会議室（対面＋オンライン併用）
　テーマ：
　　1) 2024年度診療報酬改定後のDPCコーディング事例検討（30分×2題）
　　2) 開示請求・弁護士会照会対応の実務（グループ討議）
　　3) 情報交換
　参加費：無料（資料代のみ500円）

出欠は1月10日（金）までに本メールへの返信でお知らせください。
駐車場に限りがありますので、公共交通機関でのご来院をお願いいたします。

{SIG_ONODERA}
""",
        loc="recipients"))

    out.append(mail(
        "A-h7", "hold", "id.health_insurance",
        "Message to a motor insurer gives a patient's name, birth date and full health-insurance card symbol/number and insurer number.",
        "arai", ARAI,
        ["ひまわり損害保険 横浜自動車損害サービス課 森田 様 <morita@himawari-sonpo.example.co.jp>"],
        "一括対応の件：患者様登録情報のご確認",
        f"""ひまわり損害保険株式会社
横浜自動車損害サービス課　森田様

お世話になっております。翠ヶ丘総合病院 診療情報管理室の新井と申します。
先ほどはお電話ありがとうございました。

交通事故で当院整形外科に通院中の患者様について、貴社にて一括対応いただけるとのことで、
医事課の請求切替のため、当院での登録内容を念のためお知らせいたします。
貴社で把握されている内容と相違がないかご確認いただけますでしょうか。

　氏名：木村 拓真 様
　生年月日：平成8年11月3日
　健康保険：全国健康保険協会 神奈川支部
　　保険者番号 01140013　記号 7021 番号 318
　事故日：2024年11月9日
　初診日：2024年11月11日

切替日は12月1日受診分からを予定しております。
お手数をおかけしますが、よろしくお願いいたします。

{SIG_ARAI}
""",
        personal=[("name", "木村 拓真"), ("birthdate", "平成8年11月3日"),
                  ("health_insurance", "保険者番号 01140013　記号 7021 番号 318")],
        loc="body"))

    out.append(mail(
        "A-h8", "hold", "list.requesters",
        "Monthly audit material for an outside consultancy lists six disclosure requesters with addresses, phone numbers and relation to the patient.",
        "kajiwara", KAJIWARA,
        ["メディカルガバナンス研究所 坂本 様 <sakamoto@medgov-lab.example.co.jp>"],
        "10月分 開示請求受付状況（外部監査資料）",
        f"""メディカルガバナンス研究所
坂本 様

いつもお世話になっております。梶原です。
来週の定例監査に向けて、10月分の開示請求受付状況をお送りします。
表計算ファイルだと文字化けするとのご指摘があったので、今回は本文に貼り付けています。

受付No.  | 請求者氏名   | 患者との関係 | 住所                         | 電話           | 状況
---------|--------------|--------------|------------------------------|----------------|--------
K-0298   | 田辺 昌弘     | 本人         | 横浜市青葉区つつじが丘21-4   | 090-4471-2036  | 交付済
K-0299   | 浅野 ひとみ   | 長女         | 川崎市宮前区有馬6-12-3-204   | 080-3318-9520  | 交付済
K-0301   | 葛西 和夫     | 夫（遺族）   | 横浜市緑区十日市場町883-7    | 045-983-1174   | 審議中
K-0302   | 三宅 瑠美     | 本人         | 町田市成瀬台4-19-2           | 070-6205-4481  | 交付済
K-0305   | 西岡 大地     | 成年後見人   | 横浜市都筑区茅ケ崎南2-8-15   | 045-944-7302   | 補正依頼中
K-0306   | 早川 正信     | 長男         | 東京都世田谷区用賀3-30-9     | 090-7725-3319  | 不開示（理由通知済）

件数：6件（うち遺族請求1件、後見人請求1件）
平均交付日数：12.4日

K-0306の不開示判断については、委員会議事録の抜粋を当日お持ちします。

{SIG_KAJIWARA}
""",
        personal=[("name", "浅野 ひとみ"), ("address", "川崎市宮前区有馬6-12-3-204"),
                  ("phone", "080-3318-9520"), ("name", "葛西 和夫"),
                  ("address", "横浜市緑区十日市場町883-7"), ("name", "早川 正信"),
                  ("phone", "090-7725-3319")],
        loc="body"))

    out.append(mail(
        "A-h9", "hold", "sensitive.victim",
        "Reply to a police inquiry names a domestic-violence victim with her injuries and visit dates.",
        "onodera", ONODERA,
        ["神奈川県警察 青葉警察署 生活安全課 巡査部長 大塚 様 <otsuka.s@aoba-ps.example.lg.jp>"],
        "捜査関係事項照会書（青生安第1562号）に対するご回答",
        f"""青葉警察署 生活安全課
大塚 様

お世話になっております。翠ヶ丘総合病院 診療情報管理室の小野寺です。
12月3日付の捜査関係事項照会書につきまして、取り急ぎメールにて概要をお知らせいたします。
正式な回答書は院長決裁後、明日ご来院の際にお渡しいたします。

　対象者：佐伯 由美 様（昭和63年7月2日生）
　受診日：2024年11月24日（日）救急外来、11月27日・12月2日 形成外科外来
　診断名：左眼窩底骨折、顔面・両前腕打撲、頸部挫傷
　備考：初診時、ご本人より「配偶者からの暴力」との申告あり。
　　　　当院MSWが対応し、女性相談センターへの情報提供についてご本人同意済み。
　　　　診断書（11月27日付）を1通発行済み。

なお、加害者とされる方からの問い合わせには一切応じない運用としております。
ご来院時は、1階 地域連携室の窓口にお声がけください。

{SIG_ONODERA}
""",
        personal=[("name", "佐伯 由美"), ("birthdate", "昭和63年7月2日"),
                  ("diagnosis", "左眼窩底骨折"), ("victim", "配偶者からの暴力")],
        loc="body"))

    out.append(mail(
        "A-h10", "hold", "personal.contact",
        "Forward to the outsourced front-desk contractor carries a patient's complaint with her full name, address, mobile and e-mail.",
        "arai", ARAI,
        ["ケアビジネスサポート 窓口リーダー 竹内 様 <takeuchi@care-bs.example.co.jp>"],
        "FW: 【ご意見】開示手数料の説明について",
        f"""竹内さん

お疲れ様です。管理室の新井です。
11/29（金）午後の文書窓口での説明について、以下のご意見メールが届きました。
当日ご対応いただいたスタッフの方に状況を確認いただき、
来週水曜までに経緯を簡単にまとめていただけますか。
お客様への回答は当室から行います。

よろしくお願いします。
新井

---------- Forwarded message ---------
From: 石原 直子 <naoko.ishihara88@gmail.com>
Date: 2024年11月30日(土) 21:14
Subject: 開示手数料について
To: <info@midorigaoka-hp.example.jp>

翠ヶ丘総合病院 御中

11月29日に母のカルテ開示について文書窓口で相談した者です。
手数料の説明が窓口の方とホームページとで違っており、
「コピー代は1枚50円」と言われた後で「基本料3,300円も必要」と言われました。
最初から正確に説明してほしかったです。また、後ろに他の方が並んでいる中で
母の病名を口に出して確認されたのも大変不快でした。

お返事をお待ちしております。

石原 直子
〒224-0032 横浜市都筑区茅ケ崎中央38-5 ブリーズ都筑302
携帯 090-2368-7715
naoko.ishihara88@gmail.com
""",
        personal=[("name", "石原 直子"), ("address", "横浜市都筑区茅ケ崎中央38-5 ブリーズ都筑302"),
                  ("phone", "090-2368-7715"), ("email", "naoko.ishihara88@gmail.com")],
        loc="quoted"))

    # ---------------- passes ----------------
    out.append(mail(
        "A-p1", "pass", "benign.data_subject",
        "Acknowledgement of a disclosure request sent to the requester himself: his own name and receipt number, fee and pickup; no diagnosis.",
        "onodera", ONODERA,
        ["田辺 昌弘 様 <m.tanabe.1962@gmail.com>"],
        "診療情報開示請求の受付について（受付番号 K-2024-0298）",
        f"""田辺 昌弘 様

このたびは当院へ診療情報の開示をご請求いただき、ありがとうございます。
翠ヶ丘総合病院 診療情報管理室の小野寺と申します。
11月6日にご来院のうえ提出いただいた請求書を、下記のとおり受け付けましたのでお知らせいたします。

　受付番号：K-2024-0298
　開示対象：2022年4月～2024年10月の外来診療録および検査結果
　開示方法：写しの交付（紙）
　交付予定日：11月20日（水）以降

【費用】
　基本手数料　3,300円（税込）
　写し作成代　1枚あたり 11円（白黒）
　※総額は交付時に確定します。お支払いは1階会計窓口にて現金またはカードでお願いします。

【お受け取り時にお持ちいただくもの】
　・ご本人確認書類（運転免許証、マイナンバーカード等のいずれか1点）
　・この受付番号がわかるもの（本メールの画面でも結構です）

ご都合の悪い場合や、郵送でのお受け取りをご希望の場合は、
このメールへの返信か、お電話（045-981-3370）でご連絡ください。

{SIG_ONODERA}
"""))

    out.append(mail(
        "A-p2", "pass", "benign.it_outage",
        "IT incident request to the EMR vendor: 障害, ウイルス感染の疑い, 端末の隔離 and SHA-256 log hashes — no patient data.",
        "kajiwara", KAJIWARA,
        ["ネクサスメディカルシステムズ サポートセンター <support@nexus-ms.example.co.jp>"],
        "【障害報告依頼】11/26 文書管理サーバ応答遅延・ウイルス検知の件（受付 NX-24-11-0937）",
        f"""ネクサスメディカルシステムズ株式会社
サポートセンター 御中
（担当：SE 河野様）

お世話になっております。翠ヶ丘総合病院 医療情報部の梶原です。
11月26日（火）に発生した文書管理サーバの障害について、正式な障害報告書の提出をお願いいたします。

【事象の概要（当院側の把握）】
　09:42　スキャン文書の参照画面で応答遅延（30秒以上）が発生
　09:55　病棟端末3台でセキュリティソフトがウイルス感染の疑いを検知
　10:05　当該端末3台をネットワークから隔離、院内LANのセグメントBを一時遮断
　11:30　貴社リモート保守にて文書管理サーバのサービス再起動
　12:10　参照機能復旧。紙運用への切替は11:00～12:30

【ご報告いただきたい事項】
　1. 応答遅延の根本原因（ウイルス検知との関連の有無）
　2. 検知ファイルの解析結果（誤検知かどうか）
　3. 再発防止策と、院内で必要な対応

参考までに、検知ログのハッシュ値を記載します。
　SHA-256: 3f9a1c0e7b2d48e65a0c9f11d27b8e4c6a5f03d9e1b7c2a84d6f0e9b3c1a7d52
　SHA-256: b81e4d07c3a95f2e6d10a8c7b4f93e2a1d5c6b08e7f94a3c2d1b0e5f6a7c8d90

なお、現時点で診療データの外部流出の兆候は確認されておりません。
報告書は12月6日（金）までにいただけますと助かります。

{SIG_KAJIWARA}
"""))

    out.append(mail(
        "A-p3", "pass", "benign.visiting_restriction",
        "Notice to contractors about stricter 面会制限 because of infections in the wards; only counts and floors, no patient named.",
        "arai", ARAI,
        ["東洋リネンサプライ 横浜営業所 御中 <yokohama@toyo-linen.example.co.jp>"],
        "面会制限の強化に伴う入館手続き変更のお知らせ（12/9～）",
        f"""委託業者各位
（本メールは業務で病棟に出入りされる各社の窓口の方にお送りしています）

いつもお世話になっております。翠ヶ丘総合病院 診療情報管理室の新井です。
総務課に代わりご案内いたします。

院内でインフルエンザおよび新型コロナウイルス感染症の入院患者数が増加していることから、
感染対策委員会の決定により、12月9日（月）から面会制限を強化いたします。
これに伴い、業者の皆さまの入館手続きも一部変更となります。

　・入館は職員通用口（北側）のみ。受付で検温・手指消毒をお願いします。
　・4階西病棟、6階東病棟は当面、病棟内への立入りを原則お断りします。
　　（リネン交換・回収はナースステーション前の所定場所でお願いします）
　・発熱、咳などの症状がある方の入館はご遠慮ください。
　・入館者名簿への記入（会社名・氏名・入退館時刻）をお願いします。

現在の状況（12月4日時点）：感染症による隔離対応中の病室 9室、うち個室 6室。
解除の見込みが立ちましたら改めてご連絡いたします。

ご不便をおかけしますが、ご協力のほどよろしくお願いいたします。

{SIG_ARAI}
""",
        cc=["株式会社ハマ給食サービス 栄養課 <eiyo@hama-kyushoku.example.co.jp>",
            "クリーンメイト横浜 業務部 <gyomu@cleanmate-yh.example.jp>"]))

    out.append(mail(
        "A-p4", "pass", "benign.corporate_account",
        "Invoice to an insurer for certificate fees, with the hospital corporation's own bank account, 法人番号 and invoice registration number; reference numbers only.",
        "arai", ARAI,
        ["あおば生命保険 支払査定部 経理担当 御中 <sateikeiri@aoba-life.example.co.jp>"],
        "【請求書送付】医療照会回答書 作成料（11月分）",
        f"""あおば生命保険株式会社
支払査定部 経理ご担当者様

いつもお世話になっております。翠ヶ丘総合病院 診療情報管理室の新井です。
11月分の医療照会回答書作成料につきまして、請求書を下記のとおりお送りいたします。
（PDFの原本は郵送いたします）

　請求書番号：MG-2411-0087
　件数：4件（貴社照会番号 AL-24-08522 / AL-24-08609 / AL-24-08790 / AL-24-08817）
　金額：22,000円（5,500円×4件、税込）
　お支払期限：2024年12月27日

【お振込先】
　横浜みなと銀行　青葉台支店（店番 318）
　普通預金　1064275
　口座名義　イ）スイメイカイ
　　　　　　（医療法人社団 翠明会）

　法人番号：9020005011234
　適格請求書発行事業者登録番号：T9020005011234

振込手数料は貴社にてご負担いただけますと幸いです。
よろしくお願いいたします。

{SIG_ARAI}
"""))

    out.append(mail(
        "A-p5", "pass", "benign.meeting",
        "Scheduling an evidence-preservation visit with a court clerk by case number only; logistics, copier, parking — no patient named.",
        "kajiwara", KAJIWARA,
        ["横浜地方裁判所 民事第6部 書記官 中沢 様 <nakazawa@yokohama-dc.courts.example.go.jp>"],
        "Re: 証拠保全期日の打合せについて（令和6年（モ）第512号）",
        f"""横浜地方裁判所 民事第6部
書記官　中沢 様

お世話になっております。翠ヶ丘総合病院 医療情報部の梶原でございます。
ご連絡いただいた期日の件、院内調整がつきましたので回答いたします。

　期日：12月12日（木）13:30～
　場所：本館2階 第3会議室（当日は1階総合受付で「医療情報部 梶原」とお伝えください）
　当院立会い：梶原（診療情報管理室長）、法務担当 野口、主治医は診療の都合上不在です
　対象記録：電子カルテ（閲覧用端末を2台ご用意します）、紙カルテ 1冊、画像CD 3枚
　複写：院内のコピー機（A3対応）をお使いいただけます。カメラマンの方の撮影も可です。

車でお越しの場合は、職員駐車場を3台分確保いたします。
車両のナンバーを前日までにお知らせいただけますと、守衛に伝えておきます。

ご不明点がございましたら、お電話（045-981-3370）でも承ります。
よろしくお願いいたします。

{SIG_KAJIWARA}

> 翠ヶ丘総合病院　梶原様
> 標記事件の証拠保全につき、12月12日午後または13日午前での実施を予定しております。
> ご都合をお知らせください。
> 横浜地方裁判所 民事第6部 書記官 中沢
"""))

    out.append(mail(
        "A-p6", "pass", "benign.successor",
        "Successor introduction to three insurers' contacts, heavy signatures and names of partner staff, no patient data.",
        "kajiwara", KAJIWARA,
        ["あおば生命保険 支払査定部 高見 様 <takami.r@aoba-life.example.co.jp>",
         "さくら損害保険 損害サービス第二課 岩崎 様 <iwasaki.t@sakura-sonpo.example.co.jp>",
         "ひまわり損害保険 横浜自動車損害サービス課 森田 様 <morita@himawari-sonpo.example.co.jp>"],
        "医療照会窓口 担当者変更のご挨拶",
        f"""関係各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
翠ヶ丘総合病院 診療情報管理室長の梶原でございます。

このたび当室の医療照会窓口を担当しておりました 白石 千秋 が、
2025年1月1日付で医事課へ異動することとなりました。
後任は主任の 小野寺 沙織 が務めます。

在任中、白石が皆さまから賜りましたご厚情に、心より御礼申し上げます。
小野寺は診療情報管理士として10年の経験があり、弁護士会照会や裁判所対応も担当してまいりました。
引き続き変わらぬご指導を賜りますよう、お願い申し上げます。

年内は引継ぎ期間として、白石・小野寺の両名をCCに入れてご連絡いたします。
新年のご挨拶を兼ね、改めてご連絡させていただきます。

　新担当：小野寺 沙織（おのでら さおり）
　　TEL 045-981-3370（内線 2214）
　　s-onodera@midorigaoka-hp.example.jp

{SIG_KAJIWARA}
""",
        cc=[ONODERA, f"白石 千秋 <c-shiraishi@{DOM}>"]))

    out.append(mail(
        "A-p7", "pass", "benign.tracking_number",
        "Shipping notice to a law office with a 12-digit Yamato tracking number (which happens to satisfy the My Number check digit) and the office's file reference only.",
        "arai", ARAI,
        ["宮本総合法律事務所 秘書 小池 様 <koike@miyamoto-law.example.jp>"],
        "診療録写し 発送のご連絡（貴所整理番号 M-1127）",
        f"""宮本総合法律事務所
小池様

お世話になっております。翠ヶ丘総合病院の新井です。
ご依頼いただいておりました写し（貴所整理番号 M-1127）を、本日ヤマト運輸にて発送いたしました。

　宅急便 お問い合わせ伝票番号：4922-6356-5614
　お届け予定：12月6日（金）午前中
　内容物：写し 214枚（クリップ留め 3束）、請求書 1通、受領書 1通

お手数ですが、受領書にご記入のうえ同封の返信用封筒でご返送ください。
よろしくお願いいたします。

{SIG_ARAI}
"""))

    out.append(mail(
        "A-p8", "pass", "benign.condolence",
        "Condolence note to a study-group member at another hospital on her father's death; names only the sender and recipient.",
        "onodera", ONODERA,
        ["鴨居けやき病院 診療情報管理室 永田 様 <nagata@kamoi-keyaki.example.jp>"],
        "お悔やみ申し上げます",
        f"""永田 さま

研究会の事務連絡でお父様のご逝去を知りました。
心よりお悔やみ申し上げます。

昨年の研究会の懇親会で、お父様が昔、船の機関士をされていたというお話を
楽しそうにしてくださったのを覚えています。
大変な時期かと存じますので、研究会の準備のことはどうぞお気になさらず、
ご家族との時間を大切になさってください。
1月の資料は、こちらで今井さんと分担して進めておきます。

返信はどうぞご無用です。

小野寺 沙織
（翠ヶ丘総合病院 診療情報管理室）
"""))

    out.append(mail(
        "A-p9", "pass", "benign.aggregate_stats",
        "Half-year report to a regional network: counts of disclosures and top ICD-10 diagnoses as aggregates; disease names but no person.",
        "kajiwara", KAJIWARA,
        ["横浜北部地域医療連携推進法人 事務局 <jimukyoku@ynr-renkei.example.or.jp>"],
        "2024年度上半期 診療情報提供・開示件数のご報告",
        f"""横浜北部地域医療連携推進法人
事務局 御中

いつもお世話になっております。翠ヶ丘総合病院の梶原です。
ご依頼の2024年度上半期（4～9月）実績を下記のとおりご報告いたします。

1. 診療情報提供・開示の件数
　区分                     件数   前年同期
　診療情報提供書（紹介）   2,418   2,301
　本人開示                    61      54
　遺族開示                     7       9
　弁護士会照会                12      10
　裁判所（送付嘱託等）         9       6
　保険会社照会（同意書付）   184     177

2. 退院患者 主病名（ICD-10 3桁）上位5
　I63 脳梗塞              148件
　J18 肺炎（病原体不詳）  131件
　S72 大腿骨骨折          102件
　I50 心不全               97件
　C34 気管支及び肺の悪性新生物  71件

3. 平均在院日数：12.8日（一般病棟）

個別患者が特定できる情報は含めておりません。
様式の指定などございましたらお知らせください。

{SIG_KAJIWARA}
"""))

    out.append(mail(
        "A-p10", "pass", "benign.plain_zip",
        "Unencrypted ZIP of draft policy templates to the consultancy; contains blank forms only.",
        "onodera", ONODERA,
        ["メディカルガバナンス研究所 坂本 様 <sakamoto@medgov-lab.example.co.jp>"],
        "規程・様式テンプレート一式（改定案）のご確認のお願い",
        f"""メディカルガバナンス研究所
坂本 様

お世話になっております。小野寺です。
先日のお打合せで話題になった、開示関係の規程・様式の改定案をまとめてお送りします。
すべて空欄の様式と規程本文のみで、個人情報は含んでいないため、
パスワードはかけずにZIPにまとめています。

特に見ていただきたいのは次の2点です。
　・様式3「遺族による開示請求書」の続柄確認欄
　・規程第12条（不開示とする場合の理由通知）の文言

1月の委員会にかけたいので、12月20日ごろまでにコメントをいただけると助かります。

{SIG_ONODERA}
""",
        attachments=[att("開示規程改定案_202412.zip", ZIP,
"""開示規程改定案_202412/
  01_診療情報の提供及び開示に関する規程（改定案・見え消し）.docx
  02_様式1_診療情報開示請求書.docx
  03_様式2_委任状.docx
  04_様式3_遺族による開示請求書.docx
  05_様式4_開示決定通知書.docx
  06_様式5_不開示決定通知書.docx
  07_手数料表（2025年4月改定案）.xlsx
  readme.txt  （改定箇所一覧）""")]))

    return out
