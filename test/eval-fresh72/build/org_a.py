"""Org A: driving school 桜ヶ丘自動車学校 (sakuragaoka-ds.example.jp)."""
from common import *

ORG = "A"
DOM = "sakuragaoka-ds.example.jp"

MURASE = Writer("A-murase", "村瀬 達也", f"murase@{DOM}", """
――――――――――――――――――――――――
桜ヶ丘自動車学校（埼玉県公安委員会指定 第75号）
教務課 主任／技能検定員
村瀬 達也（むらせ たつや）
〒350-1139 埼玉県川越市桜丘北1234-5
TEL 049-200-1180（教務課直通）／FAX 049-200-1181
https://www.sakuragaoka-ds.example.jp/
――――――――――――――――――――――――
""")

ODAGIRI = Writer("A-odagiri", "小田切 美穂", f"odagiri@{DOM}", """
*************************************
桜ヶ丘自動車学校　受付・総務課
小田切 美穂（おだぎり みほ）
TEL：049-200-1100（代表）　受付 9:00～20:00（月曜休校）
Mail：odagiri@sakuragaoka-ds.example.jp
〒350-1139 埼玉県川越市桜丘北1234-5
※本メールへのご返信でお問い合わせいただけます。
*************************************
""")

SHINOZAKI = Writer("A-shinozaki", "篠崎 健吾", f"shinozaki@{DOM}", """
--
株式会社桜ヶ丘モータースクール
（桜ヶ丘自動車学校／桜ヶ丘ドライビングセンター）
法人営業部 課長　篠崎 健吾
Mobile 080-3301-7742 ／ TEL 049-200-1190
shinozaki@sakuragaoka-ds.example.jp
このメールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、削除していただきますようお願いいたします。
""")

# frequent outside contacts
YASUDA = A("安田 由香里", "y-yasuda@hokushin-logi.example.co.jp")
HOKUSHIN_KEIRI = A("北辰ロジスティクス 経理課", "keiri@hokushin-logi.example.co.jp")
KG_KYOIKU = A("増井 公彦", "masui@kawagoe-green.example.co.jp")
KG_BUCHO = A("桐生 秀明", "kiryu@kawagoe-green.example.co.jp")
MENKYO = A("埼玉県警察 運転免許センター 試験係", "shiken@menkyo.police-saitama.example.lg.jp")
TEKISEI = A("運転適性相談窓口", "tekisei-soudan@menkyo.police-saitama.example.lg.jp")
MUSASHI = A("むさし観光バス 配車係 荻野", "haisha@musashi-kanko.example.co.jp")
AOZORA = A("松永 直人", "matsunaga@aozora-hoken.example.co.jp")
KAIKEI = A("鶴田 美和", "tsuruta@kawagoe-kaikei.example.jp")


def m(*a, **k):
    return mail(ORG, *a, **k)


MAILS = []

# ---------------------------------------------------------------- HOLDS
MAILS.append(m(ODAGIRI, "body", "hold", "id.refund_account",
    "Two students' personal bank accounts for withdrawal refunds are sent to the outside accounting office.",
    [KAIKEI], "11月分 退校返金の振込依頼（2件）",
    """鶴田様

いつもお世話になっております。桜ヶ丘自動車学校の小田切です。
11月分の退校に伴う返金について、下記2件の振込手続きをお願いいたします。
返金額は教習原簿で確認済み、校長決裁も済んでおります。

■1件目
　教習生番号：R6-0412
　氏名：坂口 芽衣（サカグチ メイ）様
　返金額：148,500円（未受講の技能教習 21時限分＋検定料）
　振込先：武蔵野中央銀行 霞ヶ関支店 普通 4417263 サカグチ メイ

■2件目
　教習生番号：R6-0577
　氏名：長尾 隼人（ナガオ ハヤト）様
　返金額：62,040円
　振込先：ゆうちょ銀行 〇四八店（ゼロヨンハチ） 普通 3391058 ナガオ ハヤト

振込予定日は11月29日（金）でお願いできればと存じます。
振込手数料は当校負担です。
ご不明点があればお電話ください。

よろしくお願いいたします。""",
    personal=[("name", "坂口 芽衣"), ("bank_account", "武蔵野中央銀行 霞ヶ関支店 普通 4417263 サカグチ メイ"),
              ("name", "長尾 隼人"), ("bank_account", "ゆうちょ銀行 〇四八店（ゼロヨンハチ） 普通 3391058 ナガオ ハヤト")]))

MAILS.append(m(MURASE, "body", "hold", "sensitive.medical_fitness",
    "A named student's epilepsy and medication are disclosed to the licence centre before any consent step.",
    [TEKISEI], "適性相談の予約について（当校教習生の件）",
    """埼玉県警察 運転免許センター
運転適性相談窓口 ご担当者様

お世話になっております。桜ヶ丘自動車学校 教務課の村瀬でございます。

当校で第一段階を教習中の教習生について、仮免許学科試験の前に適性相談を
受けていただく必要があるか、ご相談させてください。

　氏名：　平田 詩織（ひらた しおり）
　生年月日：2005年8月19日
　教習生番号：R6-0638
　入校日：2024年10月7日

入校時の質問票で「てんかんの持病があり、現在も抗てんかん薬（バルプロ酸）を服用中、
最後の発作は1年半ほど前」と申告がありました。主治医は川越みなみ病院 神経内科の先生とのことです。
ご本人は教習継続を強く希望しておりますが、当校としては、
仮免学科の申請書の病状質問票で「はい」となる見込みのため、
事前に相談日を予約しておいた方がよいのではと考えております。

つきましては、
1. 窓口での相談予約の取り方（本人が電話すべきか、当校から調整可能か）
2. 主治医の診断書の様式（公安委員会所定様式が必要か）
3. 相談結果が出るまで技能教習を続けてよいか
の3点についてご教示いただけますと幸いです。

お忙しいところ恐縮ですが、よろしくお願い申し上げます。""",
    personal=[("name", "平田 詩織"), ("birthdate", "2005年8月19日"),
              ("health", "てんかんの持病があり、現在も抗てんかん薬（バルプロ酸）を服用中")]))

MAILS.append(m(SHINOZAKI, "body", "hold", "id.driver_license",
    "Three employees' driver's licence numbers and expiry dates are typed into the body to the client company.",
    [YASUDA], "中型限定解除 受講者の免許証情報のご確認",
    """北辰ロジスティクス株式会社
人事部 安田様

お世話になっております。桜ヶ丘モータースクールの篠崎です。
先日はお打合せのお時間をいただきありがとうございました。

12月開講の「準中型（5t限定）→中型 限定解除コース」について、
お預かりした免許証コピーから受講申込書を起こしましたので、
転記ミスがないかご確認をお願いいたします。

| 氏名 | 免許証番号 | 有効期限 | 現在の条件 |
|------|------------|----------|------------|
| 小池 雅彦 | 第 301804215532 号 | 2027年06月14日 | 準中型で運転できる準中型車は5tに限る |
| 梅田 光 | 第 301911038240 号 | 2026年09月02日 | 同上 |
| 戸川 伸二 | 第 301506772191 号 | 2025年12月28日 | 同上・眼鏡等 |

戸川様は受講期間中に有効期限が近づきますので、
更新手続きのタイミングだけご本人にお声がけいただけると助かります。

問題なければ、今週金曜までにご返信いただければ、
そのまま公安委員会提出用の書類に進めます。

よろしくお願いいたします。""",
    personal=[("name", "小池 雅彦"), ("driver_license", "301804215532"),
              ("name", "梅田 光"), ("driver_license", "301911038240"),
              ("name", "戸川 伸二"), ("driver_license", "301506772191")]))

MAILS.append(m(ODAGIRI, "attachment", "hold", "list.insurance_enrollment",
    "The attached enrolment sheet lists new students with birth dates, addresses and phone numbers for the insurance agent.",
    [AOZORA], "10月入校生 教習生総合保険の加入者一覧",
    """あおぞら保険サービス
松永様

いつもお世話になっております。
10月入校生分の加入者一覧をお送りします。
今月は9名です（先月より少なめです）。

保険料は月末締めでまとめてお振込みいたします。
証券の発行は前回と同じく当校宛てでお願いいたします。

よろしくお願いいたします。""",
    attachments=[att("教習生総合保険_加入者一覧_2024年10月.xlsx", XLSX, """[10月入校]
教習生番号	氏名	フリガナ	生年月日	住所	電話番号	入校日	車種
R6-0601	宇野 亜美	ウノ アミ	2006/02/11	埼玉県川越市新富町2-14-6	090-5512-8830	2024/10/01	普通AT
R6-0602	大前 蒼	オオマエ アオイ	2005/11/23	埼玉県川越市脇田本町8-3 メゾン脇田203	080-2291-4406	2024/10/01	普通MT
R6-0606	笠井 陽菜	カサイ ヒナ	2006/04/30	埼玉県ふじみ野市上福岡1-9-21	070-3318-5527	2024/10/03	普通AT
R6-0611	北沢 蓮	キタザワ レン	2004/07/08	埼玉県坂戸市千代田3-5-12	090-7740-1193	2024/10/07	普通MT
R6-0614	久米 彩花	クメ アヤカ	2006/01/16	埼玉県川越市霞ケ関東4-2-8	080-6603-2275	2024/10/07	普通AT
R6-0622	佐野 大和	サノ ヤマト	2005/09/29	埼玉県鶴ヶ島市富士見2-17-3	090-1128-6640	2024/10/15	普通MT
R6-0630	杉浦 ほのか	スギウラ ホノカ	2006/03/05	埼玉県川越市砂新田1-6-19	070-4471-0982	2024/10/21	普通AT
R6-0638	平田 詩織	ヒラタ シオリ	2005/08/19	埼玉県川越市的場2-28-1	080-9902-3356	2024/10/07	普通AT
R6-0641	村井 颯太	ムライ ソウタ	1999/12/02	埼玉県狭山市入間川3-1-40	090-3365-7718	2024/10/28	普通MT
"""), ],
    personal=[("name", "宇野 亜美"), ("address", "埼玉県川越市新富町2-14-6"), ("phone", "090-5512-8830"),
              ("name", "北沢 蓮"), ("birthdate", "2004/07/08"), ("name", "村井 颯太"), ("phone", "090-3365-7718")]))

MAILS.append(m(MURASE, "attachment", "hold", "list.exam_scores",
    "The attached CSV gives each named bus-company employee's driving test scores and pass/fail to the employer.",
    [KG_KYOIKU], "大型二種 養成コース 進捗表（11月第3週）",
    """川越グリーン交通株式会社
運輸部 教育担当 増井様

お世話になっております。桜ヶ丘自動車学校の村瀬です。

大型二種養成コースの11月第3週時点の進捗表を添付します。
先週分から、みきわめ・卒業検定の結果欄を追加しています。

来週は場内コースの一部（S字・クランク付近）が舗装工事のため、
午前の技能教習は路上中心に組み替えます。
各受講者への連絡は当校からいたしますので、乗務シフトの調整だけお願いいたします。

よろしくお願いいたします。""",
    attachments=[att("大型二種_進捗表_1122.csv", CSV, """社員番号,氏名,入校日,技能(済/規定),みきわめ,卒業検定日,検定点数,合否,補習時限,備考
KG-2031,宮内 克也,2024/09/24,34/34,良,2024/11/19,82,合格,0,
KG-2047,野々村 聡,2024/09/24,34/34,良,2024/11/19,68,不合格,2,鋭角で脱輪 減点20
KG-2052,関 遼平,2024/10/01,31/34,良(再),2024/11/26,,,3,
KG-2055,柏木 真琴,2024/10/01,29/34,-,,,,0,勤務都合で2週休み
KG-2060,丹羽 一輝,2024/10/08,34/34,良,2024/11/19,90,合格,0,
"""), ],
    personal=[("name", "野々村 聡"), ("score", "KG-2047,野々村 聡,2024/09/24,34/34,良,2024/11/19,68,不合格"),
              ("name", "宮内 克也"), ("name", "丹羽 一輝")]))

MAILS.append(m(SHINOZAKI, "quoted", "hold", "personal.inquiry_forward",
    "A prospective student's web inquiry with home address, mobile and email is forwarded to the contracted bus operator.",
    [MUSASHI], "Fw: 【Webお問い合わせ】送迎バスの利用について",
    """荻野様

お世話になっております。篠崎です。
下記の方から送迎のご相談がありました。現行の「的場ルート」から少し外れますが、
ご自宅近くの停留所（的場小学校前）で拾えるかどうか、ご確認いただけますか。
入校は12月2日予定、平日夕方の教習が中心とのことです。

可否だけ分かれば、ご本人には当校から連絡します。""",
    quoted="""-------- Forwarded Message --------
件名: 【Webお問い合わせ】送迎バスの利用について
日時: 2024年11月18日 22:41
差出人: 桜ヶ丘自動車学校 Webフォーム <noreply@sakuragaoka-ds.example.jp>

お問い合わせ種別：送迎バス
お名前：水野 結衣（ミズノ ユイ）
ご住所：〒350-1101 埼玉県川越市的場2丁目14-9 ハイツ的場105
お電話：080-4127-5593
メール：yui.mizuno0312@gmail.com
年齢：19歳
お問い合わせ内容：
12月から入校したいと思っています。大学が終わってから通いたいので、
平日18時ごろに家の近くまで送迎バスに来てもらうことはできますか？
的場小学校の前なら歩いて2分です。よろしくお願いします。
""",
    personal=[("name", "水野 結衣"), ("address", "埼玉県川越市的場2丁目14-9 ハイツ的場105"),
              ("phone", "080-4127-5593"), ("email", "yui.mizuno0312@gmail.com")]))

MAILS.append(m(MURASE, "subject", "hold", "sensitive.subject_diagnosis",
    "The subject line tells the employer that a named employee-student is returning from depression leave.",
    [YASUDA], "受講者 岩淵 拓海様（うつ病による休職明け）の教習再開日程について",
    """安田様

お世話になっております。桜ヶ丘自動車学校の村瀬です。

件名の件、本日お電話でお話ししたとおり、教習再開は来月第2週からを想定しております。
第二段階の残り時限と検定日の候補を、今週中に改めてご連絡いたします。

引き続きよろしくお願いいたします。""",
    personal=[("name", "岩淵 拓海"), ("health", "うつ病による休職明け")]))

MAILS.append(m(SHINOZAKI, "zip", "hold", "list.zip_roster",
    "The zip holds a roster of employees with birth dates, home addresses and licence numbers.",
    [YASUDA], "12月 中型限定解除コース 提出書類一式",
    """安田様

お世話になっております。篠崎です。
先ほどお電話でお話しした提出書類一式を圧縮してお送りします。
中身は受講者名簿と、教習申込書の記入見本です。

名簿の住所は免許証の記載どおりにしていますので、
転居されている方がいれば赤字で直していただけますと助かります。""",
    attachments=[
        att("12月受講者書類.zip/受講者名簿.csv", CSV, """No,氏名,フリガナ,生年月日,住所,免許証番号,所属
1,小池 雅彦,コイケ マサヒコ,1988/03/27,埼玉県川越市鯨井新田6-3,301804215532,川越第二センター
2,梅田 光,ウメダ ヒカル,1996/10/05,埼玉県坂戸市薬師町22-8 コーポ薬師201,301911038240,川越第二センター
3,戸川 伸二,トガワ シンジ,1979/12/28,埼玉県入間郡三芳町藤久保1102-4,301506772191,三芳DC
4,荒井 智樹,アライ トモキ,1992/05/17,埼玉県川越市今福2870-11,301711204460,三芳DC
"""),
        att("12月受講者書類.zip/教習申込書_記入見本.pdf", PDF, """教習申込書（記入見本）
氏名欄：免許証のとおり楷書で記入
本籍欄：記入不要（法人コースのため）
会社記入欄：人事ご担当者様がご記入ください
"""),
    ],
    personal=[("name", "荒井 智樹"), ("birthdate", "1992/05/17"), ("address", "埼玉県川越市今福2870-11"),
              ("driver_license", "301711204460"), ("name", "梅田 光"), ("address", "埼玉県坂戸市薬師町22-8 コーポ薬師201"),
              ("driver_license", "301804215532"), ("driver_license", "301911038240"), ("driver_license", "301506772191")]))

MAILS.append(m(ODAGIRI, "zip", "hold", "attachment.encrypted_zip",
    "A password-protected zip (PPAP) is attached, so the gateway cannot inspect it.",
    [A("中西 美咲", "misaki.nakanishi.0621@gmail.com")], "入校手続き書類のご送付（パスワードは別途お送りします）",
    """中西 美咲 様

この度は桜ヶ丘自動車学校へのお申込み、誠にありがとうございます。
受付・総務課の小田切でございます。

入校手続きに必要な書類一式（入校申込書、教習契約約款、
学割申請書）をお送りいたします。
ファイルにはパスワードを設定しておりますので、
パスワードは続けてお送りするメールでご確認ください。

ご記入のうえ、入校日（12月3日）に本人確認書類とあわせてお持ちください。
ご不明点がございましたら、お気軽にお問い合わせください。""",
    attachments=[enczip("入校手続き書類_中西様.zip")]))

students = [
    A("青木 健太", "kenta.aoki.1207@gmail.com"),
    A("石原 葵", "aoi_ishihara@yahoo.co.jp"),
    A("今村 颯", "hayate.imamura@outlook.com"),
    A("江藤 さくら", "sakura.eto05@gmail.com"),
    A("岡野 陸斗", "rikuto-okano@yahoo.co.jp"),
    A("金子 莉子", "riko.kaneko.k@gmail.com"),
    A("熊谷 大輝", "daiki_kumagai@outlook.com"),
    A("小松 美羽", "miu.komatsu0330@gmail.com"),
    A("斉藤 瑛太", "eita.saito@yahoo.co.jp"),
    A("高野 凛", "rin.takano.22@gmail.com"),
    A("土屋 悠真", "yuma-tsuchiya@outlook.com"),
    A("中川 彩乃", "ayano.nakagawa@gmail.com"),
]
MAILS.append(m(MURASE, "recipients", "hold", "recipients.visible_students",
    "A class notice goes to twelve students' private addresses all visible in To instead of BCC.",
    students, "【重要】12月14日（土）学科教習 休講のお知らせ",
    """教習生の皆さま

桜ヶ丘自動車学校 教務課の村瀬です。
12月14日（土）13:00〜14:50の学科教習（第二段階 学科14・15）は、
講師急病のため休講とさせていただきます。

振替は以下のいずれかでご受講ください。
　・12月15日（日）13:00〜14:50
　・12月17日（火）18:30〜20:20

予約はいつもどおり教習生専用サイトから変更できます。
直前のご連絡となり、大変申し訳ございません。"""))

# ---------------------------------------------------------------- PASSES
MAILS.append(m(MURASE, "body", "pass", "benign.police_liaison",
    "Routine liaison with the licence centre about certificate numbers and the school's designation number; no person's data.",
    [MENKYO], "卒業証明書の持込日程について（12月分）",
    """埼玉県警察 運転免許センター
試験係 大竹様

いつもお世話になっております。
桜ヶ丘自動車学校（指定番号 第75号）教務課の村瀬でございます。

12月分の卒業証明書の持込日程について、以下のとおり予定しております。

　・12月6日（金）　卒業証明書番号 R6-第1288号〜第1302号（15通）
　・12月20日（金）　同 R6-第1303号〜第1331号（見込み29通）

年末は12月27日（金）が最終受付と伺っておりますが、
今年も同じ運用でよろしいでしょうか。
また、1月の交通安全運動に合わせた県知事の視察について、
当校の場内コースを使う案が出ていると伺いました。
詳細が決まりましたらご教示いただけますと幸いです。

引き続きよろしくお願いいたします。"""))

MAILS.append(m(MURASE, "body", "pass", "benign.signal_outage",
    "'障害' refers to a traffic-signal outage on the road course; only counts of trainees, no personal data.",
    [KG_KYOIKU], "本日午前の路上教習について（信号機障害による振替）",
    """増井様

お世話になっております。村瀬です。
取り急ぎご報告です。

本日9時過ぎ、路上コースの県道15号・的場交差点で信号機障害が発生し、
警察官による手信号の交通整理となりました。
安全確保のため、午前中の路上教習（貴社受講者3名分）は
場内コースでの応用走行に振り替えています。

時限数の扱いは通常どおりで、受講者の方の負担はありません。
午後は復旧を確認できたため、予定どおり路上に出ております。

詳細は夕方の週次報告でお知らせします。"""))

MAILS.append(m(ODAGIRI, "body", "pass", "benign.corporate_invoice",
    "An invoice to the client carries the school's corporate bank account and an invoice number only.",
    [HOKUSHIN_KEIRI], cc=[YASUDA], subject="請求書送付のご案内（2024年11月分 法人研修費）",
    body="""北辰ロジスティクス株式会社
経理課 ご担当者様

いつもお世話になっております。
桜ヶ丘自動車学校 受付・総務課の小田切でございます。

11月分の法人研修費につきまして、下記のとおりご請求申し上げます。
請求書原本は本日郵送いたしました。

　請求書番号：SK-2411-0087
　件名：準中型→中型限定解除コース（4名）／フォークリフト技能講習（6名）
　ご請求金額：1,498,200円（税込）
　お支払期限：2024年12月31日

　お振込先：武蔵野中央銀行 川越支店 普通 1208834
　　　　　　口座名義 カ）サクラガオカモータースクール
　登録番号：T5011101055555

お手数ですが、お振込手数料は貴社にてご負担くださいますようお願いいたします。
ご不明な点がございましたらご連絡ください。"""))

MAILS.append(m(SHINOZAKI, "body", "pass", "benign.successor_intro",
    "A successor introduction with business mobile numbers and signatures of staff on both sides.",
    [KG_BUCHO], cc=[KG_KYOIKU, A("三好 瑞穂", f"miyoshi@{DOM}")],
    subject="担当者交代のご挨拶（桜ヶ丘モータースクール 篠崎→三好）",
    body="""川越グリーン交通株式会社
運輸部長 桐生様
（CC：教育担当 増井様、弊社 三好）

いつも大変お世話になっております。桜ヶ丘モータースクールの篠崎でございます。

私事で恐縮ですが、2025年1月1日付で本社営業企画室へ異動することとなり、
貴社の担当を法人営業部の三好 瑞穂に引き継ぐことになりました。
在任中は大型二種の養成コース立ち上げから大変お世話になり、心より御礼申し上げます。

三好は当校で10年以上、二種免許の技能指導員を務めておりましたので、
現場のこともよく分かっております。今後とも変わらぬご愛顧を賜りますようお願いいたします。

12月中に一度、三好とともにご挨拶に伺えればと存じます。
以下の日程でご都合はいかがでしょうか。
　・12月10日（火）14:00〜
　・12月12日（木）10:00〜
　・12月16日（月）15:00〜

三好の連絡先：
　株式会社桜ヶ丘モータースクール 法人営業部 三好 瑞穂
　TEL 049-200-1192 ／ Mobile 080-3301-7760
　miyoshi@sakuragaoka-ds.example.jp

引き続きどうぞよろしくお願いいたします。""",
    quoted="""-----Original Message-----
From: 桐生 秀明 <kiryu@kawagoe-green.example.co.jp>
Sent: Monday, November 25, 2024 9:12 AM
To: 篠崎 健吾
Subject: RE: 来年度の養成コース枠について

篠崎様

お世話になっております。
来年度も大型二種は年間8名程度、同じ枠でお願いしたいと考えています。
詳細は年明けに増井からご連絡します。

--
川越グリーン交通株式会社 運輸部長 桐生 秀明
TEL 049-233-5100 ／ 〒350-0043 埼玉県川越市新富町1-22-3
"""))

MAILS.append(m(MURASE, "body", "pass", "benign.own_schedule",
    "A student is sent her own test schedule and progress; the mail goes to the data subject herself.",
    [A("宇野 亜美", "ami.uno.0211@gmail.com")], "【桜ヶ丘自動車学校】卒業検定のご案内（教習生番号 R6-0601）",
    """宇野 亜美 様

桜ヶ丘自動車学校 教務課の村瀬です。
第二段階のみきわめ「良」、おめでとうございます。
卒業検定の日程が決まりましたのでご案内いたします。

　検定日：2024年12月20日（金）
　集合：8:50 2階 検定待合室
　コース：第2コース（路上）＋方向変換
　持ち物：教習原簿、仮運転免許証、眼鏡（必要な方）

合格された場合は、同日15時に卒業証明書をお渡しします。
当日体調がすぐれない場合は、前日18時までにお電話でご連絡ください。

最後まで安全運転でがんばりましょう。"""))

MAILS.append(m(ODAGIRI, "body", "pass", "benign.vehicle_registration",
    "Training-car plate numbers and chassis numbers for a fleet swap are vehicle data, not personal IDs.",
    [A("川越カーズ 法人営業 武藤", "muto@kawagoe-cars.example.co.jp")], "教習車 入替2台分の登録内容ご確認",
    """川越カーズ株式会社
法人営業 武藤様

いつもお世話になっております。桜ヶ丘自動車学校の小田切です。
12月納車の教習車2台について、登録内容の確認をお願いいたします。

【新車】
　1) 車台番号 ZRE212-8031147　登録番号 川越 500 な 31-75　教習車No.21
　2) 車台番号 ZRE212-8031152　登録番号 川越 500 な 31-76　教習車No.22

【下取り】
　1) 川越 500 ね 12-08（No.07）走行 412,330km
　2) 川越 500 ね 12-11（No.09）走行 398,115km

補助ブレーキと教習車表示灯の架装は、前回同様に
有限会社オオタ架装さんでお願いできればと思います。
自賠責・任意保険の切替は当方で手配いたします。

よろしくお願いいたします。"""))

MAILS.append(m(SHINOZAKI, "body", "pass", "benign.aggregate_report",
    "A safety-training report gives only aggregate aptitude and eyesight figures, no individual results.",
    [A("北辰ロジスティクス 安全推進室 岸 恭子", "kishi@hokushin-logi.example.co.jp")], cc=[YASUDA],
    subject="安全運転研修（11月実施分）実施報告",
    body="""北辰ロジスティクス株式会社
安全推進室 岸様

お世話になっております。篠崎です。
11月に実施した安全運転研修の実施報告をお送りします。

■実施概要
　日程：11月9日・16日・23日（各回 8:30〜16:30）
　受講者：38名（3拠点）
　内容：運転適性診断（OD式）、危険予測ディスカッション、場内での急制動体験

■結果（集計のみ）
　適性診断：総合評価 A 11名／B 19名／C 6名／D 2名
　　→ C・D判定の方には個別カウンセリングを実施済み
　　　（個人別の結果票はご本人に直接お渡ししており、当校では保管していません）
　動体視力の再測定推奨：2名（人数のみのご報告です）
　急制動：乾燥路面40km/hでの停止距離 平均11.2m（前年 11.9m）

■所見
ヒヤリハットは「左折時の巻き込み確認」が依然として多く、
次回はドライブレコーダー映像を使った事例研究を増やすことをご提案します。

来年度の健康経営の取組みとしての位置づけについても、
お打合せの際にご相談させてください。"""))

MAILS.append(m(ODAGIRI, "body", "pass", "benign.textbook_order",
    "An order for textbooks with ISBNs, order numbers and a tracking number; no personal data.",
    [A("交通教育出版 受注センター", "juchu@kotsu-kyoiku-pub.example.co.jp")], "Re: 教本ご注文の確認（注文番号 KK-241120-0331）",
    """交通教育出版 受注センター ご担当者様

お世話になっております。桜ヶ丘自動車学校の小田切です。
ご確認ありがとうございます。内容に相違ありません。

　注文番号：KK-241120-0331
　1. 「わかりやすい交通の教本（令和6年版）」ISBN 978-4-8000-0000-2　× 120冊
　2. 「学科問題集 普通免許」ISBN 978-4-8000-0012-5　× 80冊
　3. 「高齢者講習テキスト」　商品コード TK-0417　× 40冊

発送後、伝票番号（ヤマト運輸 4550-9083-1344）で追跡できるとのこと、承知しました。
納品は12月5日（木）午前中、受付窓口宛てでお願いいたします。""",
    quoted="""> 桜ヶ丘自動車学校 小田切様
>
> いつもご注文ありがとうございます。
> 下記内容にてご注文を承りました。相違がございましたらご連絡ください。
> （以下略）"""))

MAILS.append(m(SHINOZAKI, "zip", "pass", "benign.plain_zip",
    "A plain, unencrypted zip of course timetables and curriculum for the client's training plan.",
    [KG_KYOIKU], "2025年度 大型二種養成コース 資料一式",
    """増井様

お世話になっております。篠崎です。
来年度の養成コースの資料一式を圧縮してお送りします（パスワードはかけていません）。
中身は時間割の案と、カリキュラム概要、料金表です。

人数と開講月が決まりましたら、時間割を具体化いたします。""",
    attachments=[{"filename": "2025年度_大型二種養成コース資料.zip", "contentType": ZIP,
                  "text": """時間割案_2025.xlsx
[時間割案]
週	月	火	水	木	金
1	学科1-3	技能1-2	技能3-4	学科4-6	技能5-6
2	技能7-8	技能9-10	学科7-9	技能11-12	みきわめ準備
カリキュラム概要.pdf
第一段階 技能教習 18時限／学科 9時限
第二段階 技能教習 20時限／学科 19時限（応急救護を含む）
料金表_法人.pdf
大型二種（大型一種所持）：385,000円（税込）　※法人割引 5%
"""}]))

MAILS.append(m(SHINOZAKI, "body", "pass", "benign.condolence",
    "A condolence note to a client contact about her father's death; no sensitive data beyond the bereavement itself.",
    [YASUDA], "お悔やみ申し上げます",
    """安田様

このたびはご尊父様のご逝去の報に接し、謹んでお悔やみ申し上げます。
社内の方から伺い、心ばかりではございますが、弊社より弔電をお送りさせていただきました。

ご多用の折かと存じますので、中型限定解除コースの書類確認などは
落ち着かれてからで全く問題ございません。
12月開講日も、必要であれば調整いたしますので、お気になさらずお申し付けください。

略儀ながら、まずはメールにてお悔やみ申し上げます。"""))
