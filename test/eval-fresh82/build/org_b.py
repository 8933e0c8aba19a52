"""(B) 精神科クリニック: 医療法人社団こもれび会 こもれびメンタルクリニック."""
from common import addr, att, csv_text, enc_zip, mail, quote

ORG = "B"
DOM = "komorebi-mental.example.jp"

TAKAHASHI = addr("高橋 健一", f"k.takahashi@{DOM}")
MORI = addr("森 遥（こもれびメンタルクリニック）", f"h.mori@{DOM}")
OKADA = addr("こもれびメンタルクリニック 医事課 岡田", f"iji@{DOM}")

SIG_TAKAHASHI = """
----------------------------------------------------------------
医療法人社団こもれび会　こもれびメンタルクリニック
院長　高橋 健一（精神保健指定医・日本精神神経学会専門医）
〒166-0000 東京都杉並区阿佐谷南9-9-9 阿佐ヶ谷メディカルビル3F
TEL 03-0000-2250　FAX 03-0000-2251
https://www.komorebi-mental.example.jp/
----------------------------------------------------------------
本メールおよび添付ファイルは、宛先に記載された方のみを対象としています。
お心当たりのない場合は、お手数ですが送信者までご連絡のうえ破棄してください。
"""

SIG_MORI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
こもれびメンタルクリニック　地域連携室
精神保健福祉士　森 遥（もり はるか）
直通 03-0000-2258（月〜金 9:30-17:30）
FAX 03-0000-2251
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_OKADA = """
==============================
こもれびメンタルクリニック　医事課
主任　岡田 美穂
TEL 03-0000-2250（代表）
受付時間 月火木金 9:00-18:30 / 土 9:00-13:00
==============================
"""

MAILS = []

# ============================================================== HOLDS
# ---- body 1: diagnosis & work restrictions to employer's health office
MAILS.append(mail(
    writer="森", loc="body", expect="hold", kind="sensitive.diagnosis_to_employer",
    why="本人同意があっても、患者の氏名とうつ病の診断・服薬・就業制限を勤務先へ送っており要配慮個人情報の外部提供にあたる。",
    frm=MORI, to=[addr("東和電機株式会社 健康管理室 保健師 三浦様", "miura.k@towa-denki.example.co.jp")],
    subject="復職に向けた情報提供について（ご依頼の件）",
    text=f"""
東和電機株式会社 健康管理室
保健師 三浦様

いつもお世話になっております。
こもれびメンタルクリニック地域連携室の森でございます。

先日ご依頼いただいた件、ご本人の同意書（11/20付）を受領しておりますので、
主治医（院長 高橋）の所見を下記のとおりお伝えいたします。

　対象者：渡辺 直樹 様（設計二課）
　診断名：うつ病（反復性、中等症）
　治療状況：2024年6月より休職。現在セルトラリン100mg、就寝前にゾルピデムを服用中。
　　　　　　抑うつ気分・意欲低下は改善傾向、睡眠リズムはおおむね安定。
　復職可否：2025年1月6日より、段階的な復職が可能と判断します。
　就業上の配慮（3か月程度）：
　　・時間外労働および休日出勤は不可
　　・出張、顧客先常駐は避ける
　　・当面、朝礼後の短時間面談を週1回お願いしたい

産業医面談の日程が決まりましたら、お知らせいただけますと幸いです。
主治医意見書の原本は本日郵送いたしました。
{SIG_MORI}""",
    personal=[("name", "渡辺 直樹"), ("diagnosis", "うつ病（反復性、中等症）"),
              ("medication", "セルトラリン100mg")],
))

# ---- body 2: health-insurance numbers to insurer society
MAILS.append(mail(
    writer="岡田", loc="body", expect="hold", kind="id.health_insurance",
    why="健康保険の保険者番号・記号・番号と生年月日を患者の氏名とともに本文で送っており、精神科受診の事実も伝わる。",
    frm=OKADA, to=[addr("関東機械工業健康保険組合 適用課", "tekiyo@kanto-kikai-kenpo.example.or.jp")],
    subject="資格確認のお願い（返戻レセプトの件）",
    text=f"""
関東機械工業健康保険組合
適用課 ご担当者様

お世話になっております。
杉並区のこもれびメンタルクリニック医事課、岡田と申します。

10月診療分のレセプトが「資格なし」で返戻となりましたので、
下記の方の資格状況についてご確認をお願いできますでしょうか。

　受診者氏名：中川 亮（ナカガワ リョウ）
　生年月日：1988年2月14日
　保険者番号：06139992
　記号：1200　番号：345
　受診日：2024年10月3日、10月17日、10月31日

ご本人は「9月末に退職予定だったが延期になった」とおっしゃっており、
資格喪失の届出が誤って処理されている可能性もあるかと存じます。
お手数ですが、資格の有無と喪失日が分かりましたら、
お電話（03-0000-2250）かメールにてご教示ください。
{SIG_OKADA}""",
    personal=[("name", "中川 亮"), ("birthdate", "1988年2月14日"),
              ("health_insurance_insurer_number", "06139992"),
              ("health_insurance_symbol_number", "記号：1200　番号：345")],
))

# ---- body 3: admission request in the body to a hospital psychiatrist
MAILS.append(mail(
    writer="高橋", loc="body", expect="hold", kind="sensitive.referral_in_body",
    why="紹介状相当の内容（患者氏名・双極性障害・服薬・病状）を本文に書いて他院の医師に送っている。",
    frm=TAKAHASHI, to=[addr("都立西部総合病院 精神科 部長 内田先生", "uchida.t@seibu-hp.example.or.jp")],
    subject="入院のご相談（本日お電話した件）",
    text=f"""
内田先生

こもれびメンタルクリニックの高橋です。本日は急なお電話にご対応いただき
ありがとうございました。取り急ぎ概要をお送りします。正式な診療情報提供書は
明朝FAXいたします。

患者：石井 真理子 様（34歳女性）
診断：双極性障害Ⅰ型（2016年発症、入院歴2回：2017年、2020年）
経過：10月下旬より睡眠時間2〜3時間、多弁・浪費（カード利用 約80万円）が出現。
　　　炭酸リチウム800mg（血中濃度0.6）にオランザピン10mgを追加するも改善乏しく、
　　　昨日は職場で上司に対して易怒的となり早退しています。
　　　自傷他害の恐れは現時点では明らかではありませんが、病識は乏しいです。
家族：夫（会社員）が同伴可能。任意入院で同意が得られそうです。

ベッドの空き状況によっては、明日午後の受診でお願いできればと考えております。
お手数をおかけしますが、よろしくお願いいたします。
{SIG_TAKAHASHI}""",
    personal=[("name", "石井 真理子"), ("diagnosis", "双極性障害Ⅰ型"),
              ("medication", "炭酸リチウム800mg")],
))

# ---- attachment 1: medical certificate sent to employer
SHINDAN = """診 断 書

氏名：小林 大輔　殿
生年月日：1979年9月3日（45歳）
住所：東京都杉並区高円寺南9-9-9

病名：適応障害

上記の者、2024年10月より当院通院加療中である。
職場における対人関係上のストレスを契機に、抑うつ気分、不眠、
出勤前の動悸・嘔気が出現しており、現在就労困難な状態にある。
2024年11月25日より2025年1月24日までの2か月間、自宅療養を要する。

以上のとおり診断する。

2024年11月22日
医療法人社団こもれび会　こもれびメンタルクリニック
東京都杉並区阿佐谷南9-9-9
医師　高橋 健一
"""
MAILS.append(mail(
    writer="岡田", loc="attachment", expect="hold", kind="sensitive.medical_certificate",
    why="添付の診断書に患者の氏名・生年月日・住所と適応障害の病名が記載され、勤務先へ送られている。",
    frm=OKADA, to=[addr("株式会社サンライズ商事 総務部 人事課 谷口様", "taniguchi@sunrise-shoji.example.co.jp")],
    subject="ご依頼の書類の送付について",
    text=f"""
株式会社サンライズ商事
総務部 人事課 谷口様

お世話になっております。こもれびメンタルクリニック医事課の岡田でございます。

ご本人様からのご依頼に基づき、書類の写しをPDFにて添付いたします。
原本はご本人様へお渡し済みです。
傷病手当金申請書の療養担当者記入欄につきましては、
申請書がお手元に届きしだい当院へご郵送ください。

よろしくお願いいたします。
{SIG_OKADA}""",
    attachments=[att("書類_20241122.pdf", SHINDAN)],
    personal=[("name", "小林 大輔"), ("birthdate", "1979年9月3日"),
              ("address", "東京都杉並区高円寺南9-9-9"), ("diagnosis", "適応障害")],
))

# ---- attachment 2: patient data export sent to EMR vendor support
PATIENTS = csv_text(
    ["患者ID", "氏名", "カナ", "生年月日", "性別", "電話番号", "保険種別", "主病名", "エラー内容"],
    [
        ["00012877", "遠藤 さくら", "エンドウ サクラ", "1995/07/12", "女", "090-0000-1835", "協会けんぽ", "パニック障害", "E-204 生年月日不整合"],
        ["00013104", "松井 陸", "マツイ リク", "2003/01/30", "男", "080-0000-7726", "国保", "注意欠如・多動症", "E-204 生年月日不整合"],
        ["00013398", "西岡 恭子", "ニシオカ キョウコ", "1967/11/02", "女", "03-0000-9182", "後期高齢", "双極性障害", "E-311 公費番号桁数"],
        ["00013512", "菅野 一馬", "カンノ カズマ", "1984/05/19", "男", "090-0000-6650", "組合健保", "アルコール使用障害", "E-311 公費番号桁数"],
        ["00013690", "大島 理沙", "オオシマ リサ", "1999/12/24", "女", "070-0000-3315", "協会けんぽ", "摂食障害", "E-204 生年月日不整合"],
        ["00013755", "堀内 修", "ホリウチ オサム", "1958/03/08", "男", "03-0000-4427", "生活保護", "統合失調症", "E-311 公費番号桁数"],
    ],
)
MAILS.append(mail(
    writer="岡田", loc="attachment", expect="hold", kind="list.patient_export_to_vendor",
    why="添付CSVに患者6名の氏名・生年月日・電話・病名が並んでおり、電子カルテベンダーのサポート窓口へ送られている。",
    frm=OKADA, to=[addr("メディネクスト サポートセンター", "support@medinext.example.co.jp")],
    subject="Re: [問合せ番号 MN-2024-118842] 月次集計時のエラーについて",
    text=f"""
メディネクスト サポートセンター
ご担当者様

お世話になっております。こもれびメンタルクリニックの岡田です。
ご指示いただいた手順で、エラーが出る患者さんのデータを抽出しました。
CSVを添付しますのでご確認をお願いいたします。

E-204とE-311の2種類が出ています。
今月のレセプト提出が12/10なので、それまでに解消できると助かります。

{SIG_OKADA}
> こもれびメンタルクリニック 岡田様
>
> お問い合わせありがとうございます。メディネクストサポートセンターの篠原です。
> 恐れ入りますが、エラーが発生している対象データを
> 管理画面の［データ出力］からCSVでご送付いただけますでしょうか。
> 確認のうえ、修正方法をご案内いたします。
""",
    attachments=[att("error_patients_20241202.csv", PATIENTS)],
    personal=[("name", "遠藤 さくら"), ("diagnosis", "パニック障害"), ("name", "松井 陸"),
              ("phone", "080-0000-7726"), ("name", "堀内 修"), ("diagnosis", "統合失調症"),
              ("birthdate", "1967/11/02")],
))

# ---- quoted 1: patient's own message (ADHD, handbook) forwarded to work-transition office
PATIENT_MAIL = """森さん

藤本です。いつもありがとうございます。
ステップワーク荻窪さんの見学、行ってみたいと思います。
事業所の方に事前に伝えておいてほしいことを書きます。

・ADHDと自閉スペクトラム症の診断を2022年に受けています
・精神障害者保健福祉手帳3級を持っています（2026年3月まで）
・前の職場では電話対応と急な予定変更がつらくて、うつっぽくなって退職しました
・コンサータを朝飲んでいて、午前中の方が集中できます
・連絡は電話よりメールかショートメールがいいです
　090-0000-4516 / takumi.fujimoto.w@gmail.com

住所は杉並区天沼9-9-9です。見学の日は母が付き添うかもしれません。
よろしくお願いします。

藤本 拓海"""
MAILS.append(mail(
    writer="森", loc="quoted", expect="hold", kind="sensitive.forwarded_patient_message",
    why="転送部分に患者本人のADHD・自閉スペクトラム症の診断、障害者手帳の等級、住所・電話が書かれ、就労移行支援事業所へ送られている。",
    frm=MORI, to=[addr("ステップワーク荻窪 サービス管理責任者 島田様", "shimada@stepwork-ogikubo.example.jp")],
    subject="Fw: 見学の件",
    text=f"""
ステップワーク荻窪
島田様

いつもお世話になっております。こもれびメンタルクリニックの森です。
先日お電話でお話しした見学希望の方から、下記のメールが届きました。
ご本人から、事業所様にそのまま転送してよいとの了承をいただいています。
見学日程の候補を2〜3いただけますでしょうか。
{SIG_MORI}
-------- 転送メッセージ --------
件名: 見学の件
日付: 2024年11月26日 19:12
差出人: 藤本 拓海 <takumi.fujimoto.w@gmail.com>
宛先: h.mori@komorebi-mental.example.jp

{PATIENT_MAIL}
""",
    personal=[("name", "藤本 拓海"), ("diagnosis", "ADHDと自閉スペクトラム症"),
              ("disability", "精神障害者保健福祉手帳3級"), ("phone", "090-0000-4516"),
              ("address", "杉並区天沼9-9-9")],
))

# ---- quoted 2: insurer's inquiry (diagnosis, policy number) quoted in reply
INSURER = """こもれびメンタルクリニック 御中

平素より大変お世話になっております。
ひまわり生命保険株式会社 保険金部 支払査定課の桑原でございます。

下記被保険者様より入院給付金のご請求を受けており、
ご本人の同意書に基づき、診療内容について照会させていただきます。

　被保険者：青木 沙也加 様（生年月日 1990年8月21日）
　証券番号：HW-3382-0016-77
　請求内容：うつ病エピソードによる入院（2024年8月5日〜9月27日、他院）
　照会事項：
　　1. 貴院初診日および初診時の傷病名
　　2. 2019年の契約日以前に精神科受診歴があったか
　　3. 睡眠薬・抗不安薬の処方開始時期

同意書の写しを添付いたします。
ご回答は所定の回答書にて12月13日までにお願いできますと幸いです。

桑原 哲也
ひまわり生命保険株式会社 保険金部 支払査定課
TEL 03-0000-8800（内線 4412）"""
MAILS.append(mail(
    writer="岡田", loc="quoted", expect="hold", kind="sensitive.quoted_insurer_inquiry",
    why="返信の引用部分に被保険者の氏名・生年月日・証券番号とうつ病による入院の事実が残ったまま送られている。",
    frm=OKADA, to=[addr("ひまわり生命保険 支払査定課 桑原様", "kuwabara.t@himawari-life.example.co.jp")],
    subject="Re: 診療内容に関するご照会（同意書添付）",
    text=f"""
ひまわり生命保険株式会社
支払査定課　桑原様

お世話になっております。こもれびメンタルクリニック医事課の岡田です。
ご照会の件、受領いたしました。
回答書は院長確認後、12月10日頃に郵送にてお送りいたします。
文書料（5,500円）の請求書を同封いたしますので、お手続きをお願いいたします。

{SIG_OKADA}
2024年11月29日(金) 15:40 桑原 哲也 <kuwabara.t@himawari-life.example.co.jp>:
{quote(INSURER)}
""",
    personal=[("name", "青木 沙也加"), ("birthdate", "1990年8月21日"),
              ("policy_number", "HW-3382-0016-77"), ("diagnosis", "うつ病エピソードによる入院")],
))

# ---- subject only
MAILS.append(mail(
    writer="森", loc="subject", expect="hold", kind="sensitive.subject_diagnosis",
    why="件名に患者の氏名とアルコール依存症の病名が入っている（本文は折り返し連絡の事務連絡のみ）。",
    frm=MORI, to=[addr("都立西部総合病院 地域医療連携室", "renkei@seibu-hp.example.or.jp")],
    subject="Re: 田村陽介様 アルコール依存症 入院調整の件",
    text=f"""
地域医療連携室 ご担当者様

ご連絡ありがとうございます。
承知いたしました。明日午前中にこちらからお電話いたします。

{SIG_MORI}""",
    personal=[("name", "田村陽介"), ("diagnosis", "アルコール依存症")],
))

# ---- zip: encrypted medical records to a law office
MAILS.append(mail(
    writer="岡田", loc="zip", expect="hold", kind="attachment.encrypted_zip",
    why="パスワード付きzip（診療録の写し）を添付しており、内容を検査できない形で外部へ送られている。",
    frm=OKADA, to=[addr("さくら通り法律事務所 事務局 堀様", "hori@sakuradori-law.example.jp")],
    subject="診療録開示請求に対する写しの送付",
    text=f"""
さくら通り法律事務所
事務局　堀様

お世話になっております。こもれびメンタルクリニック医事課の岡田です。

11月15日付でご請求いただいた診療録の開示につきまして、
写し一式をパスワード付きファイルにて送付いたします。
パスワードは、後ほど別のメールにてお知らせいたします。

開示手数料の請求書は原本とあわせて郵送いたしました。
ご確認のほどよろしくお願いいたします。
{SIG_OKADA}""",
    attachments=[enc_zip("診療録写し_20241203.zip")],
))

# ---- recipients: study group invitation, 14 doctors in To
DOCS = [
    addr("阿佐谷こころのクリニック 川島先生", "kawashima@asagaya-kokoro.example.jp"),
    addr("荻窪メンタルクリニック 小野先生", "ono@ogikubo-mental.example.jp"),
    addr("高円寺駅前クリニック 原先生", "hara@koenji-ekimae.example.jp"),
    addr("西荻こころの診療所 柳田先生", "yanagida@nishiogi-kokoro.example.jp"),
    addr("方南町メンタルヘルスクリニック 久保先生", "kubo@honancho-mh.example.jp"),
    addr("久我山ファミリー心療内科 中島先生", "nakajima@kugayama-fc.example.jp"),
    addr("永福町クリニック 大谷先生", "otani@eifukucho-cl.example.jp"),
    addr("浜田山こころのケアクリニック 篠田先生", "shinoda@hamadayama-care.example.jp"),
    addr("下井草メンタルクリニック 吉村先生", "yoshimura@shimoigusa-mc.example.jp"),
    addr("井荻心療内科 今井先生", "imai@iogi-shinryo.example.jp"),
    addr("富士見ヶ丘クリニック 野村先生", "nomura@fujimigaoka-cl.example.jp"),
    addr("上井草こころの杜 山崎先生", "yamazaki@kamiigusa-mori.example.jp"),
    addr("杉並区医師会 事務局", "jimukyoku@suginami-med.example.or.jp"),
    addr("南阿佐ヶ谷メンタルクリニック 平井先生", "hirai.dr@gmail.com"),
]
MAILS.append(mail(
    writer="高橋", loc="recipients", expect="hold", kind="recipients.visible_external",
    why="14の外部医療機関・個人アドレスをToに並べて送っており、相互にアドレスが見えてしまう。",
    frm=TAKAHASHI, to=DOCS,
    subject="杉並精神科診療所連絡会 1月勉強会のご案内",
    text=f"""
杉並精神科診療所連絡会の先生方

いつもお世話になっております。今年度幹事の高橋です。
1月の勉強会を下記のとおり開催いたします。

　日時：2025年1月23日（木）19:30〜21:00
　会場：杉並区医師会館 2階会議室（Zoom併用）
　演題：「成人ADHD診療の現状と処方の注意点」
　講師：東京西部大学 精神科 准教授 北川 聡 先生
　共催：ミナリア製薬株式会社

懇親会は今回は行いません。
出欠を1月10日までにご返信いただけますと幸いです。
{SIG_TAKAHASHI}""",
))

# ============================================================== PASSES
MAILS.append(mail(
    writer="岡田", loc="pass", expect="pass", kind="benign.patient_own_appointment",
    why="患者本人に本人の予約変更を確認する連絡で、第三者への提供ではない。",
    frm=OKADA, to=[addr("遠藤 さくら", "sakura.endo.0712@gmail.com")],
    subject="【こもれびメンタルクリニック】ご予約変更のご確認",
    text=f"""
遠藤 さくら 様

こもれびメンタルクリニック受付でございます。
お電話にてご依頼いただいたご予約の変更を承りました。

　変更前：12月7日（土）10:30
　変更後：12月12日（木）18:00　高橋医師

当日は保険証（またはマイナ保険証）と、お薬手帳をお持ちください。
自立支援医療の受給者証をお持ちの方は、あわせてご提示ください。

ご都合が悪くなった場合は、前日までにお電話でご連絡ください。
※本メールは送信専用ではありませんが、お返事は不要です。
{SIG_OKADA}""",
))

MAILS.append(mail(
    writer="岡田", loc="pass", expect="pass", kind="benign.it_outage",
    why="「障害」はWeb予約システムの不具合のことで、ログのIDやハッシュ値は個人番号ではない。",
    frm=OKADA, to=[addr("株式会社ヨヤクラウド カスタマーサポート", "cs@yoyacloud.example.com")],
    subject="【障害報告】Web予約画面が表示されない（12/2 8:40頃〜）",
    text=f"""
株式会社ヨヤクラウド
カスタマーサポート ご担当者様

いつもお世話になっております。こもれびメンタルクリニックの岡田です。
本日8:40頃から、患者様向けのWeb予約画面が表示されない障害が発生しています。

　契約ID：YC-00418
　症状：予約ページにアクセスすると「503 Service Unavailable」
　管理画面：ログイン可能、予約一覧も表示される
　エラー時刻：2024-12-02 08:41:17 / 08:52:03 / 09:05:44
　リクエストID：9f3c1a7e52b04d88a1c0e6b7d2f4a913

受付に問い合わせのお電話が続いておりますので、
復旧の見込みが分かりしだいご連絡いただけますでしょうか。
{SIG_OKADA}""",
))

MAILS.append(mail(
    writer="高橋", loc="pass", expect="pass", kind="benign.aggregate_statistics",
    why="疾患分類別の患者数の集計のみで、個人を特定できる情報はない。",
    frm=TAKAHASHI, to=[addr("杉並区医師会 事務局 水野様", "jimukyoku@suginami-med.example.or.jp")],
    subject="診療所実態調査の回答（こもれびメンタルクリニック）",
    text=f"""
杉並区医師会 事務局
水野様

お世話になっております。こもれびメンタルクリニックの高橋です。
診療所実態調査の回答をお送りします。2023年度（4月〜3月）の集計です。

　新患数：412名（うち紹介状あり 126名）
　延べ外来患者数：18,940名
　疾患別新患数（ICD-10）
　　F3 気分障害：158名
　　F4 神経症性障害・ストレス関連障害：131名
　　F9 小児期・青年期に発症する障害（成人ADHD含む）：64名
　　F2 統合失調症等：23名
　　F1 物質使用による障害：11名
　　その他：25名
　精神科デイケア 登録者数：38名（1日平均 17.2名）
　休職者の復職支援（リワーク）利用者：29名

数字はいずれもレセプトベースです。
ご不明点がありましたらご連絡ください。
{SIG_TAKAHASHI}""",
))

MAILS.append(mail(
    writer="高橋", loc="pass", expect="pass", kind="benign.mr_meeting",
    why="製薬会社との面談日程調整で、製品名（ミナリア錠・エリカXR）が人名に見えるだけで患者情報はない。",
    frm=TAKAHASHI, to=[addr("ミナリア製薬 西東京営業所 太田様", "ota.shun@minaria-pharma.example.co.jp")],
    subject="Re: エリカXR錠 製品説明会の日程について",
    text=f"""
太田様

高橋です。ご連絡ありがとうございます。
説明会は12月19日（木）13:00〜13:30でお願いします。
昼休み中なので、スタッフ5名分の資料をお持ちいただければ十分です。
お弁当などのご用意はご遠慮いたします。

ミナリア錠からの切り替え時の用量換算について、
添付文書に載っていないデータがあれば教えてください。
{SIG_TAKAHASHI}
> 高橋先生
>
> いつも大変お世話になっております。ミナリア製薬の太田でございます。
> 先日お話しいたしました新製品「エリカXR錠」の院内説明会につきまして、
> 12月中旬でご都合のよい日時をお知らせいただけますでしょうか。
> 所要時間は30分程度を予定しております。
>
> ミナリア製薬株式会社 西東京営業所
> MR 太田 駿
> 携帯 080-0000-9044
""",
))

MAILS.append(mail(
    writer="岡田", loc="pass", expect="pass", kind="benign.corporate_invoice",
    why="産業医報酬の法人間請求で、振込先は医療法人の口座。",
    frm=OKADA, to=[addr("株式会社アオバ物流 管理本部 経理課", "keiri@aoba-logi.example.co.jp")],
    cc=[TAKAHASHI],
    subject="嘱託産業医報酬（2024年10月〜12月分）のご請求",
    text=f"""
株式会社アオバ物流
管理本部 経理課 御中

いつもお世話になっております。
医療法人社団こもれび会 こもれびメンタルクリニックの岡田でございます。

院長 高橋が担当しております嘱託産業医業務につきまして、
10月〜12月分の報酬をご請求申し上げます。

　請求金額：330,000円（税込、月額100,000円×3か月＋消費税）
　お支払期日：2025年1月31日
　お振込先：三井住友銀行 阿佐ヶ谷支店 当座 0123456
　　　　　　医療法人社団こもれび会（イ）コモレビカイ
　登録番号：T1011305000000

請求書の原本は本日発送いたしました。
{SIG_OKADA}""",
))

MAILS.append(mail(
    writer="高橋", loc="pass", expect="pass", kind="benign.english_conference",
    why="海外学会への演題登録の問い合わせで、研究データは集計値のみ。",
    frm=TAKAHASHI, to=[addr("APMH 2025 Secretariat", "abstracts@apmh2025.example.org")],
    subject="Abstract submission #A-0417 – request to change presenting author",
    text=f"""
Dear APMH 2025 Secretariat,

Thank you for confirming receipt of our abstract (#A-0417),
"Return-to-work outcomes after a clinic-based rework programme for shift workers
with depressive disorders: a retrospective cohort of 128 patients".

Due to a scheduling conflict, I would like to change the presenting author from
myself to my co-author, Dr. Aya Sugimoto (same affiliation). Her details:

  Aya Sugimoto, MD
  Komorebi Mental Clinic, Tokyo, Japan
  sugimoto.a@komorebi-mental.example.jp

All patient data in the abstract are aggregated (n = 128; 6-month return-to-work
rate 71.1%), and the study was approved by our institutional ethics committee
(approval no. KM-2023-07).

Could you please let me know whether a revised form is required?

Best regards,

Ken-ichi Takahashi, MD, PhD
Director, Komorebi Mental Clinic
9-9-9 Asagaya-minami, Suginami-ku, Tokyo 166-0000, Japan
Tel: +81-3-0000-2250
""",
))

MAILS.append(mail(
    writer="岡田", loc="pass", expect="pass", kind="benign.employment_verification_minimal",
    why="本人同意のある在籍確認に、入職日・雇用形態・職種だけを答えており、健康情報等は含まない。",
    frm=OKADA, to=[addr("東都銀行 住宅ローンセンター 審査課 江口様", "eguchi@toto-bank.example.co.jp")],
    subject="Re: 在籍確認のお願い（申込番号 HL-24-118305）",
    text=f"""
東都銀行 住宅ローンセンター
審査課　江口様

お世話になっております。
医療法人社団こもれび会 こもれびメンタルクリニックの岡田でございます。

ご照会の件、ご本人（当院職員 佐伯 美和）から事前に同意を得ておりますので、
下記のとおり回答いたします。

　在籍：在籍しております
　入職日：2019年4月1日
　雇用形態：正職員（常勤）
　職種：看護師

年収等の詳細につきましては、ご本人から源泉徴収票をご提出いただくよう
お伝えしております。当院からの回答は以上とさせていただきます。
{SIG_OKADA}""",
))

MAILS.append(mail(
    writer="森", loc="pass", expect="pass", kind="benign.infection_notice_aggregate",
    why="デイケアの感染対策としてプログラム縮小を伝えるもので、感染者は人数のみで個人は特定されない。",
    frm=MORI, to=[addr("あさがや訪問看護ステーション 所長 大川様", "okawa@asagaya-houkan.example.jp"),
                  addr("ステップワーク荻窪 島田様", "shimada@stepwork-ogikubo.example.jp")],
    subject="デイケアプログラム一部休止のお知らせ（12/9〜12/20）",
    text=f"""
関係機関の皆様

いつもお世話になっております。こもれびメンタルクリニックの森です。

区内でインフルエンザの流行が続いており、当院デイケアでも
今週に入り利用者の方の発症が複数名確認されました。
感染拡大防止のため、下記のとおりプログラムを一部休止いたします。

　期間：12月9日（月）〜12月20日（金）
　休止：調理実習、カラオケ、外出プログラム
　継続：個別相談、SST（少人数・マスク着用）、就労準備グループ

訪問や通所の調整が必要な方がいらっしゃいましたら、
担当PSWまでご連絡ください。
{SIG_MORI}""",
))

MAILS.append(mail(
    writer="高橋", loc="pass", expect="pass", kind="benign.historical_person_lecture",
    why="歴史上の人物（夏目漱石・芥川龍之介）の心の病を扱う公開講座の打合せで、生存する個人の情報はない。",
    frm=TAKAHASHI, to=[addr("杉並区 生涯学習推進課 区民講座担当 荒井様", "arai-s@city.suginami.example.lg.jp")],
    subject="区民講座「文豪たちのこころ」講演資料について",
    text=f"""
杉並区 生涯学習推進課
荒井様

お世話になっております。こもれびメンタルクリニックの高橋です。
2月8日の区民講座の件、演題と概要を以下のとおりお送りします。

演題：「文豪たちのこころ ― 漱石の“神経衰弱”から考えるストレスとの付き合い方」

概要：
夏目漱石はロンドン留学中に強い「神経衰弱」に陥り、帰国後も胃潰瘍と
抑うつに悩みながら作品を書き続けました。芥川龍之介の晩年の不安、
宮沢賢治の家族との葛藤なども取り上げ、現代の言葉で言えばどのような
状態だったのかを、当時の書簡や日記を手がかりに読み解きます。
後半は、眠れないとき・気分が沈むときのセルフケアと、
相談窓口の使い方をお話しします。

スライドは1月末までにお送りします。会場のプロジェクターは
HDMI接続でしたでしょうか。念のためご確認ください。
{SIG_TAKAHASHI}""",
))

TEST_CARD = "4242 4242 4242 4242"
MAILS.append(mail(
    writer="岡田", loc="pass", expect="pass", kind="benign.dev_minutes_test_card",
    why="オンライン決済導入の打合せ議事録で、カード番号は決済代行会社の公開テスト番号でありテスト環境でのみ使う。",
    frm=OKADA, to=[addr("株式会社ペイフロー 導入支援 田口様", "taguchi@payflow.example.co.jp"),
                   addr("株式会社ペイフロー 開発 ライアン様", "ryan.c@payflow.example.co.jp")],
    cc=[TAKAHASHI],
    subject="オンライン診療 決済連携 打合せ議事録（12/4）",
    text=f"""
株式会社ペイフロー
田口様、ライアン様

本日はありがとうございました。こもれびメンタルクリニックの岡田です。
議事録を共有いたします。修正があればご指摘ください。

■日時：2024年12月4日（水）14:00〜15:00（オンライン）
■出席：ペイフロー 田口様・ライアン様／当院 高橋・岡田

1. テスト環境（sandbox）の準備状況
　・テスト用加盟店ID：pf_test_KMB00418
　・動作確認用のテストカード番号 {TEST_CARD}（有効期限は任意の将来日付、CVC任意）
　　→ 3Dセキュア認証画面の表示まで確認済み
　・本番カード情報は当院側では保持しない（トークン化）ことを再確認

2. 課題
　・決済失敗時の患者向けメッセージ文言 → 当院で案作成（岡田、12/11まで）
　・返金処理の権限 → 院長と事務長のみに付与

3. 次回：12月18日（水）14:00〜 本番切替判定
{SIG_OKADA}""",
))
