"""(A) 医療法人社団 潮見会 しおみ台透析クリニック — dialysis clinic, Chiba."""
from common import (mail, addr, att, enc_zip, P, csv_text, quote, mynumber, jan13)

ORG = "A"
NAME = "医療法人社団潮見会 しおみ台透析クリニック"
DOMAIN = "shiomidai-clinic.example.jp"

KAWABATA = addr("川端 修一", "kawabata@" + DOMAIN)
NONOMURA = addr("野々村 彩", "nonomura@" + DOMAIN)
TOYAMA = addr("遠山 俊介", "toyama@" + DOMAIN)
RENKEI = addr("しおみ台透析クリニック 地域連携室", "renkei@" + DOMAIN)

SIG_KAWABATA = """
──────────────────────────────
医療法人社団 潮見会
しおみ台透析クリニック　事務長
川端 修一（かわばた しゅういち）
〒261-0099 千葉県千葉市美浜区しおみ台3-9-9
TEL 043-0000-2100（代表）／ FAX 043-0000-2101
E-mail: kawabata@shiomidai-clinic.example.jp
──────────────────────────────
本メールには機密情報が含まれている場合があります。
誤って受信された方は、お手数ですが送信者までご連絡のうえ削除してください。
"""

SIG_NONOMURA = """
--
しおみ台透析クリニック 地域連携室
医療ソーシャルワーカー（社会福祉士・精神保健福祉士）
野々村 彩（ののむら あや）
直通 043-0000-2115 ／ 連携室FAX 043-0000-2116
nonomura@shiomidai-clinic.example.jp
受付時間：月〜土 8:30〜17:30
"""

SIG_TOYAMA = """
*****************************************
しおみ台透析クリニック 臨床工学科
主任 臨床工学技士　遠山 俊介
TEL 043-0000-2100（内線305）
toyama@shiomidai-clinic.example.jp
*****************************************
"""

MAILS = []
add = MAILS.append

# ====================================================================== HOLDS
# ---- body 1: care manager gets diagnosis, disability grade, cognition score
add(mail(
    "nonomura", "body", "hold", "sensitive.health_to_care_manager",
    "Sends a named patient's diagnosis, disability grade and cognitive test score to an outside care manager.",
    NONOMURA, [addr("新井 智子（ケアプランセンターあおば）", "arai@aoba-care.example.jp")],
    "当院通院中の利用者様のケアプラン見直しについてのご相談",
    """
ケアプランセンターあおば
新井 智子様

いつも大変お世話になっております。
しおみ台透析クリニック地域連携室の野々村です。

先日お電話でお話しした、佐久間 キヨ様（昭和16年5月2日生）の件でご連絡いたします。
担当者会議の前に、当院側で把握している状況を共有させていただきます。

■ 通院状況
・原疾患：糖尿病性腎症による慢性腎不全（透析導入 2019年）
・透析：月・水・金 午前クール（8:30〜12:45）
・身体障害者手帳 1級（じん臓機能障害）
・左前腕シャント。先月PTA施行済み

■ 最近気になっている点
・4月に入ってから、待合での転倒が2回ありました（いずれも外傷なし）。
・外来でHDS-Rを実施したところ18点で、前回（24点）から低下しています。
　内服の飲み忘れも増えているようで、ご家族（長男様）も心配されています。
・帰宅後の食事が菓子パン中心となり、カリウム値が6.1まで上がった日がありました。

つきましては、
　1) 透析のない日（火・木・土）の訪問介護の追加
　2) 服薬カレンダーの導入、訪問薬剤管理の検討
　3) 通院時の送迎（現在はご長男様の送迎）の見直し
についてご検討いただけないでしょうか。

担当者会議は5月20日（火）14時〜、当院2階の相談室でいかがでしょうか。
主治医の柏木も15分程度であれば同席可能です。

お忙しいところ恐れ入りますが、ご都合をお知らせください。
""" + SIG_NONOMURA,
    personal=[P("name", "佐久間 キヨ"), P("birthdate", "昭和16年5月2日"),
              P("health", "糖尿病性腎症による慢性腎不全"), P("disability", "身体障害者手帳 1級（じん臓機能障害）"),
              P("health", "HDS-Rを実施したところ18点")],
))

# ---- body 2: travel-dialysis request with infection status
add(mail(
    "nonomura", "body", "hold", "sensitive.travel_dialysis_referral",
    "A named patient's infection markers, dialysis prescription and history go to another clinic by plain mail.",
    NONOMURA, [addr("べっぷ湯の里腎クリニック 臨時透析受付", "rinji@beppu-yunosato.example.jp")],
    "臨時透析（旅行透析）受入れのお願い　6/10〜6/12",
    """
べっぷ湯の里腎クリニック
臨時透析ご担当者様

はじめてご連絡いたします。
千葉市のしおみ台透析クリニック、地域連携室の野々村と申します。

当院で維持透析中の患者様が、ご家族旅行で別府に滞在されるため、
下記の日程で臨時透析の受入れをお願いできないかご相談させていただきます。

【患者様情報】
氏名：　大河内 昭雄（おおこうち あきお）様　男性
生年月日：　昭和24年11月8日（75歳）
原疾患：　慢性糸球体腎炎
透析歴：　2012年導入（13年目）
感染症：　HBs抗原（－）、HBs抗体（＋）、HCV抗体（＋）、梅毒（－）、HIV 未検
アレルギー：　ヨード造影剤

【透析条件】
ダイアライザー：ＡＰＳ－１８ＳＡ相当
時間：4時間　QB 220ml/min　QD 500ml/min
抗凝固剤：ヘパリン 初回1000単位 持続500単位/h
ドライウェイト：58.5kg
穿刺：左前腕AVF（返血は上腕側）

【ご希望日程】
6月10日（火）・6月12日（木）の午前クール
滞在先：別府市内のホテル（タクシーで通院予定）

透析記録、検査データ（直近1か月分）、紹介状は、受入れ可否のご連絡をいただいた後に
郵送または貴院ご指定の方法でお送りいたします。

ご多忙のところ恐縮ですが、ご検討のほどよろしくお願い申し上げます。
""" + SIG_NONOMURA,
    personal=[P("name", "大河内 昭雄"), P("birthdate", "昭和24年11月8日"),
              P("health", "HCV抗体（＋）"), P("health", "慢性糸球体腎炎")],
))

# ---- body 3: My Number etc. of a new nurse and her child to the labour consultant
MN_OKAJIMA = mynumber("30418527361")
MN_OKAJIMA_CHILD = mynumber("58203917442")
add(mail(
    "kawabata", "body", "hold", "id.mynumber_new_hire",
    "A new nurse's and her child's My Numbers, pension and employment-insurance numbers go to an outside 社労士 in the body.",
    KAWABATA, [addr("田辺社会保険労務士事務所 田辺先生", "tanabe@tanabe-sr.example.jp")],
    cc=[addr("田辺社会保険労務士事務所 事務担当", "office@tanabe-sr.example.jp")],
    subject="5/1入職 看護師の資格取得手続きのお願い",
    text="""
田辺先生

いつもお世話になっております。しおみ台透析クリニックの川端です。
5月1日付で常勤看護師が1名入職しましたので、社会保険・雇用保険の資格取得手続きをお願いいたします。

氏名：岡島 美穂（おかじま みほ）
生年月日：1990年7月14日
住所：千葉県千葉市稲毛区小仲台9-8-7 サンハイツ稲毛203
個人番号：%s
基礎年金番号：1234-567890
雇用保険被保険者番号：5012-345678-9（前職：市内の総合病院）
月額給与：基本給 268,000円、資格手当 20,000円、夜勤なし
通勤：自家用車 片道9km

被扶養者（健保のみ）
　長男 岡島 陽向（2018年3月3日生）個人番号 %s

本人確認書類（免許証の写し）は、明日の郵便でお送りします。
ご不明な点があればご連絡ください。
""" % (MN_OKAJIMA, MN_OKAJIMA_CHILD) + SIG_KAWABATA,
    personal=[P("name", "岡島 美穂"), P("mynumber", MN_OKAJIMA), P("mynumber", MN_OKAJIMA_CHILD),
              P("pension_number", "1234-567890"), P("employment_insurance_number", "5012-345678-9"),
              P("address", "千葉県千葉市稲毛区小仲台9-8-7 サンハイツ稲毛203")],
))

# ---- attachment 1: transport roster to the taxi company
ROUTE_ROWS = [
    ["月水金", "午前", "7:35", "佐久間 キヨ", "千葉市美浜区真砂9-1-12", "043-0000-6612", "杖", "玄関まで介助"],
    ["月水金", "午前", "7:50", "石渡 寛治", "千葉市美浜区高洲9-3-5-402", "090-0000-3381", "車椅子", "エレベーターあり"],
    ["月水金", "午前", "8:05", "三上 トシ子", "千葉市稲毛区稲毛東9-14-2", "043-0000-9025", "独歩", ""],
    ["火木土", "午前", "7:40", "野口 善次郎", "千葉市美浜区幸町9-20-8", "080-0000-1147", "車椅子", "在宅酸素 2L"],
    ["火木土", "午前", "8:00", "平 ミツ", "千葉市花見川区幕張町9-55", "043-0000-7719", "歩行器", "難聴あり、到着時インターホン2回"],
    ["月水金", "午後", "12:20", "小田桐 功", "千葉市美浜区磯辺9-7-3", "090-0000-5564", "独歩", "帰りはスーパー前で降車希望"],
    ["火木土", "午後", "12:30", "鶴見 絹代", "千葉市美浜区真砂9-8-1-1105", "043-0000-2290", "車椅子", "5/15から午後クールへ変更"],
]
add(mail(
    "kawabata", "attachment", "hold", "list.transport_roster",
    "The attached pickup schedule lists seven patients with home addresses, phones and mobility needs.",
    KAWABATA, [addr("みはまケア交通 配車担当 山岸様", "haisha@mihama-care-kotsu.example.co.jp")],
    "5月分 送迎予定表の送付",
    """
みはまケア交通
配車ご担当 山岸様

いつもお世話になっております。しおみ台透析クリニックの川端です。
5月分の送迎予定表を添付いたします。

変更点は備考欄に記載しておりますのでご確認ください。
祝日（5/5・5/6）も通常どおり透析を行いますので、配車をよろしくお願いいたします。

以上、よろしくお願いいたします。
""" + SIG_KAWABATA,
    attachments=[att("送迎予定表_2025年5月.xlsx", csv_text(
        ["曜日", "クール", "迎え時刻", "患者氏名", "住所", "電話", "移動", "備考"], ROUTE_ROWS))],
    personal=[P("name", "石渡 寛治"), P("address", "千葉市美浜区高洲9-3-5-402"), P("phone", "090-0000-3381"),
              P("name", "野口 善次郎"), P("health", "在宅酸素 2L"), P("phone", "043-0000-7719")],
))

# ---- attachment 2: bonus payroll file with staff bank accounts
BONUS_ROWS = [
    ["0012", "柏木 直人", "医師", "千葉いなほ銀行", "美浜支店", "普通", "3021457", "1,250,000"],
    ["0031", "早瀬 由美子", "看護師長", "千葉いなほ銀行", "稲毛支店", "普通", "1187304", "612,000"],
    ["0047", "遠山 俊介", "臨床工学技士", "みどり信用金庫", "幕張支店", "普通", "0459921", "548,000"],
    ["0052", "野々村 彩", "MSW", "ゆうちょ銀行", "〇一八店", "普通", "6612098", "455,000"],
    ["0068", "大西 香", "看護師", "千葉いなほ銀行", "海浜幕張支店", "普通", "2290415", "431,000"],
    ["0071", "梶 祐介", "臨床工学技士", "東都中央銀行", "千葉支店", "普通", "7753016", "402,000"],
    ["0085", "今村 こずえ", "看護助手", "みどり信用金庫", "検見川支店", "普通", "0381177", "218,000"],
]
add(mail(
    "kawabata", "attachment", "hold", "id.bank_bonus_payroll",
    "The attached bonus file gives each staff member's personal bank account and amount to an outside accounting firm.",
    KAWABATA, [addr("みなと会計事務所 給与計算チーム 小松様", "payroll@minato-kaikei.example.jp")],
    "夏季賞与データの送付（6月27日支給分）",
    """
みなと会計事務所
給与計算チーム 小松様

お世話になっております。
夏季賞与の支給データをお送りします。支給日は6月27日（金）です。

前回からの変更は、梶の振込先口座変更の1件のみです。
源泉の計算と振込データの作成をお願いいたします。
振込データは6月24日までにいただけますと助かります。

よろしくお願いいたします。
""" + SIG_KAWABATA,
    attachments=[att("2025夏季賞与_支給一覧.xlsx", csv_text(
        ["職員番号", "氏名", "職種", "銀行", "支店", "種別", "口座番号", "支給額"], BONUS_ROWS))],
    personal=[P("name", "早瀬 由美子"), P("bank_account", "2290415"), P("bank_account", "7753016"),
              P("name", "今村 こずえ"), P("bank_account", "0381177")],
))

# ---- quoted 1: incident report with patient name and HCV isolation forwarded to the vendor
add(mail(
    "toyama", "quoted", "hold", "sensitive.incident_forward_vendor",
    "The forwarded nurse's report names a patient, his ID and his HCV-positive isolation status, sent to an equipment vendor.",
    TOYAMA, [addr("西風メディカル サービス課 真田様", "service@nishikaze-medical.example.co.jp")],
    "Fw: 4/18 12番コンソール 静脈圧アラーム多発の件",
    """
西風メディカル株式会社
サービス課 真田様

お世話になっております。遠山です。
先日お電話した12番コンソールの件、院内の報告書を下に転送しますので、
装置ログ（4/18分）の解析をお願いできますでしょうか。
回路側の問題か、装置側の圧センサーの問題かを切り分けたいと考えています。

ログはUSBで抜き出してありますので、来週の定期点検時にお渡しします。

""" + SIG_TOYAMA + """

-------- 転送メッセージ --------
件名: 【インシデント報告】4/18 午前クール 12番ベッド
日付: 2025/04/18 14:02
差出人: 早瀬 由美子 <hayase@shiomidai-clinic.example.jp>
宛先: 医療安全委員会 <anzen@shiomidai-clinic.example.jp>

発生日時：4月18日 10:40頃
場所：透析室 12番ベッド（個室・隔離ベッド）
患者：長谷部 忠 様（ID 10234、72歳男性）
　※HCV抗体陽性のため個室隔離で透析中

経過：
10:40 静脈圧上限アラーム（V圧 240mmHg）。回路の屈曲なし。
10:45 再開後も3回連続でアラーム。穿刺部の腫脹なし。
10:55 医師指示により回路交換。交換後も断続的にアラーム。
11:10 血圧 82/44 に低下、生食200ml補液。意識清明。
11:30 血圧回復（112/60）、予定より20分短縮で終了。

患者への影響：一時的な血圧低下。その後のバイタル安定。
ご本人・ご家族（奥様）には主治医から説明済み。

対応：12番コンソールは使用停止、臨床工学科で点検予定。
報告者：看護師 大西 香
""",
    personal=[P("name", "長谷部 忠"), P("patient_id", "ID 10234"), P("health", "HCV抗体陽性のため個室隔離で透析中")],
))

# ---- quoted 2: daughter's inquiry (with mother's address, amputation) forwarded to welfare-equipment vendor
add(mail(
    "nonomura", "quoted", "hold", "personal.family_inquiry_forward",
    "A daughter's inquiry with her mother's home address, phones and amputation is forwarded whole to an equipment rental company.",
    NONOMURA, [addr("ふくしの森 千葉営業所 福祉用具専門相談員 堀様", "hori@fukushinomori.example.co.jp")],
    "Fw: 母の退院後の介護ベッドについて",
    """
ふくしの森
堀様

いつもお世話になっております。野々村です。
下記、当院の患者様のご家族からのご相談です。
介護ベッドと車椅子のレンタルについて、堀様から直接ご連絡いただくことは可能でしょうか。
ご家族には、業者さんから連絡が入る旨お伝えしてあります。

よろしくお願いいたします。

""" + SIG_NONOMURA + """

> 差出人: 菅原 里美 <satomi.sugawara88@gmail.com>
> 送信日時: 2025年5月7日 21:14
> 宛先: 地域連携室 <renkei@shiomidai-clinic.example.jp>
> 件名: 母の退院後の介護ベッドについて
>
> しおみ台透析クリニック 地域連携室 御中
>
> いつも母がお世話になっております。菅原 ハツエの娘の里美です。
> 母は先月、糖尿病の壊疽で左足を膝下から切断し、今は千葉中央の病院に入院していますが、
> 来月はじめに退院して、またそちらで透析を続ける予定です。
>
> 退院後は実家（千葉市美浜区磯辺9-22-6）で父と二人の生活になるので、
> 介護ベッドと車椅子を用意したいのですが、どこに頼めばよいのかわかりません。
> 平日の昼間は私の携帯（080-0000-4418）にお電話いただけると助かります。
> 実家の電話は 043-0000-3075 です。
>
> よろしくお願いします。
> 菅原 里美
""",
    personal=[P("name", "菅原 ハツエ"), P("name", "菅原 里美"), P("address", "千葉市美浜区磯辺9-22-6"),
              P("phone", "080-0000-4418"), P("phone", "043-0000-3075"),
              P("health", "左足を膝下から切断")],
))

# ---- subject only: named patient + HBs antigen in the subject
add(mail(
    "nonomura", "subject", "hold", "sensitive.subject_infection",
    "The subject line names a patient together with his HBs-antigen-positive status; the body only refers to a phone call.",
    NONOMURA, [addr("千葉みなと中央病院 地域医療連携室", "renkei@chiba-minato-chuo.example.jp")],
    "村越 弘様（HBs抗原陽性）入院透析受入れのご相談",
    """
千葉みなと中央病院
地域医療連携室 ご担当者様

いつも大変お世話になっております。
しおみ台透析クリニック地域連携室の野々村です。

標記の件、本日午前にお電話でご相談させていただいた内容です。
診療情報提供書は主治医が作成中で、本日中にFAXにてお送りいたします。

ご検討のほど、何卒よろしくお願い申し上げます。
""" + SIG_NONOMURA,
    personal=[P("name", "村越 弘"), P("health", "HBs抗原陽性")],
))

# ---- zip: encrypted zip to the malpractice insurer
add(mail(
    "kawabata", "zip", "hold", "attachment.encrypted_zip",
    "A password-protected zip (PPAP) goes outside; its content cannot be checked.",
    KAWABATA, [addr("東和日新損害保険 医療事故受付 高見様", "takami@towanisshin-sonpo.example.co.jp")],
    "医師賠償責任保険　事故報告関係資料の送付",
    """
東和日新損害保険株式会社
医療事故受付 高見様

お世話になっております。しおみ台透析クリニック事務長の川端です。
先日ご報告した件につきまして、ご依頼の資料一式をお送りします。

添付ファイル：事故報告関係資料_20250422.zip
パスワードは別メールにてお送りいたします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_KAWABATA,
    attachments=[enc_zip("事故報告関係資料_20250422.zip")],
))

# ---- recipients: disaster drill notice to 13 clinics in To
DRILL_TO = [
    addr("いなげ腎クリニック 事務長", "jimu@inage-jin.example.jp"),
    addr("幕張ベイ透析センター 総務", "soumu@makuhari-bay-dc.example.jp"),
    addr("検見川内科クリニック", "info@kemigawa-naika.example.jp"),
    addr("花見川腎泌尿器科", "office@hanamigawa-uro.example.jp"),
    addr("美浜さくら透析クリニック 川口", "kawaguchi@mihama-sakura.example.jp"),
    addr("千葉みなと中央病院 腎臓内科", "jinzo@chiba-minato-chuo.example.jp"),
    addr("海浜腎クリニック 事務", "jimu@kaihin-jin.example.jp"),
    addr("稲毛海岸内科 透析室", "toseki@inagekaigan-naika.example.jp"),
    addr("千葉中央腎センター 臨床工学部", "me@chiba-chuo-kc.example.jp"),
    addr("こてはし台クリニック", "info@kotehashidai-cl.example.jp"),
    addr("若葉透析クリニック 看護部", "kango@wakaba-toseki.example.jp"),
    addr("蘇我腎クリニック 事務長 長谷川", "hasegawa@soga-jin.example.jp"),
    addr("千葉県透析医会 災害対策委員会 事務局", "saigai@chiba-dialysis-assoc.example.jp"),
]
add(mail(
    "kawabata", "recipients", "hold", "recipients.disaster_drill_clinics",
    "Thirteen outside clinics and an association are put visibly in To instead of BCC.",
    KAWABATA, DRILL_TO,
    "【ご案内】美浜・稲毛・花見川地区 災害時情報伝達訓練（6月14日）",
    """
各施設 透析ご担当者様

いつもお世話になっております。
美浜・稲毛・花見川地区 災害時透析ネットワーク幹事施設の、しおみ台透析クリニック川端です。

本年度の情報伝達訓練を下記のとおり実施いたします。

　日時：2025年6月14日（土）9:00〜11:00
　方法：災害時情報共有システム（訓練モード）への入力、および本メールへの返信
　想定：千葉県北西部を震源とする震度6強の地震。停電・断水が発生。

訓練当日、9:00に訓練開始のメールを送信いたします。
各施設では、以下の項目を10:00までにご入力ください。
　1. 施設被害の有無（建物・水道・電気・RO装置）
　2. 透析実施の可否（当日・翌日）
　3. 受入れ可能人数（午前・午後・夜間）
　4. 支援要請の有無

昨年度は入力完了まで平均52分でした。今年は30分以内を目標としています。
ご不明点は、川端（043-0000-2100）までお問い合わせください。

よろしくお願いいたします。
""" + SIG_KAWABATA,
))

# ====================================================================== PASSES
add(mail(
    "toyama", "body", "pass", "benign.equipment_serial_numbers",
    "Maintenance scheduling with device serial numbers and vendor staff names; no patient data.",
    TOYAMA, [addr("西風メディカル サービス課 真田様", "service@nishikaze-medical.example.co.jp")],
    cc=[addr("西風メディカル 千葉営業所 北村様", "kitamura@nishikaze-medical.example.co.jp")],
    subject="Re: 上期 定期点検日程のご相談",
    text="""
真田様

お世話になっております。遠山です。
日程のご提案ありがとうございます。下記でお願いいたします。

　6月8日（日）9:00〜　RO装置（S/N RO-2208-00417）・多人数用供給装置（S/N DAB-19K-0332）
　6月15日（日）9:00〜　個人用コンソール 6台
　　NCV-3 S/N 3K21004518 / 3K21004519 / 3K21004527
　　NCV-3 S/N 3K22011040 / 3K22011041
　　NCV-2 S/N 2K18007765（12番、アラームの件もあわせて）

日曜は透析がないので、8:30には裏口を開けておきます。
駐車場は職員用の2番・3番をお使いください。

エンドトキシン測定の試薬は、前回の残りが2ロット（LOT 24K0911）ありますので今回は不要です。

よろしくお願いします。

""" + SIG_TOYAMA + """

> 遠山様
>
> いつもお世話になっております。西風メディカルの真田です。
> 上期の定期点検につきまして、6月の日曜2日間でいかがでしょうか。
> 作業は弊社サービス員2名（真田・吉井）で伺います。
>
> ――――――――――――――――――――――
> 西風メディカル株式会社 サービス課
> 真田 浩平
> TEL 03-0000-8120 / 携帯 080-0000-2276
> ――――――――――――――――――――――
""",
))

add(mail(
    "nonomura", "body", "pass", "benign.visiting_restriction_notice",
    "A general notice of visiting restrictions during an influenza outbreak, with no patient named, sent via BCC.",
    RENKEI, [RENKEI],
    bcc=[addr("ケアプランセンターあおば", "info@aoba-care.example.jp"),
         addr("訪問看護ステーションみはま", "office@houkan-mihama.example.jp"),
         addr("グループホームしおかぜ", "info@gh-shiokaze.example.jp"),
         addr("居宅介護支援事業所 まくはり", "kyotaku@makuhari-care.example.jp")],
    subject="【お知らせ】インフルエンザ流行に伴う付き添い・送迎時の対応について",
    text="""
関係事業所の皆様

いつも当院の患者様がお世話になっております。
しおみ台透析クリニック地域連携室です。

千葉市内でインフルエンザの感染が拡大していることを受け、
当院では2月3日（月）から当面の間、下記の対応をとらせていただきます。

・透析室内への付き添いの方の立ち入りは、原則としてご遠慮ください。
　（送迎の受け渡しは1階待合にてお願いします）
・発熱（37.5℃以上）や咳のある患者様は、来院前に必ずお電話ください。
　隔離ベッドでの透析時間を調整いたします。
・ヘルパーさん・ご家族の方も、来院時はマスクの着用と手指消毒をお願いします。

院内の感染対策にご協力をお願いいたします。
ご不明な点は地域連携室（043-0000-2115）までお問い合わせください。

しおみ台透析クリニック 地域連携室
""",
))

add(mail(
    "kawabata", "body", "pass", "benign.corporate_account_study_fee",
    "Study-group fee arrangements with the clinic's corporate bank account and partner staff names.",
    KAWABATA, [addr("美浜さくら透析クリニック 川口様", "kawaguchi@mihama-sakura.example.jp")],
    cc=[addr("いなげ腎クリニック 事務長 森様", "mori@inage-jin.example.jp")],
    subject="Re: Re: 7月 透析スタッフ合同勉強会の会費について",
    text="""
川口様、森様

お世話になっております。川端です。
会費の件、ご確認ありがとうございます。
各施設分をまとめて、下記の口座にお振込みいただければ結構です。

　千葉いなほ銀行　美浜支店（店番 214）
　普通　0712358
　口座名義　医療法人社団潮見会（イリヨウホウジンシヤダン シオミカイ）

振込手数料はお手数ですが各施設でご負担ください。
当日の受付名簿は施設ごとの人数だけいただければ十分です（お名前は不要です）。

講師の千葉中央腎センター 臨床工学部長 松永先生には、私から演題の最終確認をしておきます。

""" + SIG_KAWABATA + """

> 川端様
> 美浜さくらの川口です。参加費は1人1,500円で了解しました。
> 当院からは6名参加予定です。振込先を教えていただけますか。
>
> > 川口様、森様
> > 7月12日の合同勉強会、会場は当院2階会議室で確定しました。
> > 会費は資料代・茶菓代として1人1,500円でお願いできればと思います。
> > 川端
""",
))

add(mail(
    "toyama", "body", "pass", "benign.it_outage_report",
    "Reports an outage (障害) of the dialysis management system with log hashes and terminal IDs; no patient data.",
    TOYAMA, [addr("メディネクスト サポートセンター", "support@medinext.example.co.jp")],
    cc=[KAWABATA],
    subject="【障害報告】透析支援システム 4/22 朝の同期停止について（受付番号 SR-250422-0087）",
    text="""
メディネクスト株式会社
サポートセンター ご担当者様

いつもお世話になっております。しおみ台透析クリニックの遠山です。
本日朝に発生した障害について、電話でお伝えした内容をまとめてお送りします。

■ 受付番号：SR-250422-0087
■ 発生：2025/04/22 07:48頃
■ 事象：ベッドサイド端末（BS-07〜BS-12）から透析支援サーバへの同期が停止。
　　　　コンソールからの自動取込みが止まり、午前クールの記録を手入力で対応。
■ 復旧：08:37 サーバの同期サービス再起動で復旧
■ 影響：治療への影響なし。記録の手入力6台分（後ほど取込み済み）

サーバのイベントログに以下が出ていました。
　07:47:55 SyncAgent ERROR 0x80072EFD (connection timed out)
　07:48:02 SyncAgent WARN queue length 1284
　ログファイル sync_20250422.log（SHA-256: 5f3a9c0e71b2d4e86a0c95f1d3b7e2a4c6d8f0a1b3c5e7092d4f6a8b0c2e4f61）

同様の障害が3月にも1回（SR-250311-0042）ありましたので、
恒久対策のご提案をいただけますと幸いです。
ログファイルはサポートポータルにアップロード済みです。

よろしくお願いいたします。
""" + SIG_TOYAMA,
))

add(mail(
    "nonomura", "body", "pass", "benign.to_patient_self",
    "Tells the patient himself, at his own address, where his travel dialysis will take place.",
    NONOMURA, [addr("宮坂 一郎", "ichiro.miyasaka@yahoo.co.jp")],
    "沖縄ご旅行中の臨時透析について（受入れ先が決まりました）",
    """
宮坂 一郎 様

いつもお疲れさまです。しおみ台透析クリニック地域連携室の野々村です。
ご相談いただいていた沖縄ご旅行中の透析について、受入れ先が決まりましたのでご連絡します。

　受入れ先：那覇みなと腎クリニック（那覇市泊9-9-9）
　電話：098-0000-5120
　日程：7月22日（火）・24日（木）　いずれも 13:00 受付、13:30 開始

当日は保険証と、当院でお渡しする「臨時透析連絡票」（封筒）を受付にお出しください。
透析条件やお薬の情報は、当院からすでに先方へお送りしてあります。
自己負担は受給者証により当院と同じ扱いになりますが、念のため2,000円程度をお持ちください。

ホテルから病院まではタクシーで10分ほどだそうです。
何かあれば、旅行中でも連携室（043-0000-2115）にお電話ください。

どうぞお気をつけて、楽しんでいらしてください。
""" + SIG_NONOMURA,
))

add(mail(
    "kawabata", "body", "pass", "benign.holiday_schedule_notice",
    "Year-end schedule notice to partner care offices by BCC; no individual patient information.",
    RENKEI, [RENKEI],
    bcc=[addr("ケアプランセンターあおば", "info@aoba-care.example.jp"),
         addr("みはまケア交通", "haisha@mihama-care-kotsu.example.co.jp"),
         addr("訪問看護ステーションみはま", "office@houkan-mihama.example.jp")],
    subject="年末年始の透析スケジュールについて（ご案内）",
    text="""
関係事業所 各位

平素より大変お世話になっております。
年末年始の透析スケジュールを下記のとおりご案内いたします。

　12月29日（月）　通常どおり（月水金 午前・午後）
　12月30日（火）　通常どおり（火木土 午前）
　12月31日（水）　月水金の患者様 → 午前・午後とも通常どおり
　1月1日（木）　　休診
　1月2日（金）　　月水金の患者様 → 時間を早めて 7:30 受付開始
　1月3日（土）　　火木土の患者様 → 通常どおり

1月1日分の火木土の患者様は、12月31日の夕方クール（16:00〜）に振り替えます。
送迎をご利用の方の時間は、12月中旬に個別にご連絡いたします。

本年も大変お世話になりました。来年もどうぞよろしくお願いいたします。
""" + SIG_KAWABATA,
))

add(mail(
    "kawabata", "body", "pass", "benign.job_requirements",
    "Hiring conditions for a clinical-engineer post sent to a recruitment agency; no applicant data.",
    KAWABATA, [addr("メディカルキャリア千葉 担当 吉岡様", "yoshioka@medical-career.example.co.jp")],
    "臨床工学技士 求人条件のご連絡",
    """
メディカルキャリア千葉
吉岡様

お世話になっております。しおみ台透析クリニックの川端です。
先日お打ち合わせした臨床工学技士の求人について、条件をまとめました。

・雇用形態：正職員（試用期間3か月）
・勤務：月〜土のうち週5日、8:00〜17:00（月2回程度 夜間準備あり）
・給与：経験3年以上 月給28万〜34万円＋資格手当1万円
・賞与：年2回（昨年度実績 4.1か月）
・休日：日曜・祝日のうち当院指定日、年間休日110日
・業務：透析装置・RO装置の保守、穿刺、回路組立、シャントエコー（経験者優遇）
・学会参加費補助あり、院内に臨床工学技士 4名在籍

書類選考は私と臨床工学科主任の遠山で行います。
候補の方がいらっしゃいましたら、いつものフォームでご推薦ください。
""" + SIG_KAWABATA,
))

add(mail(
    "kawabata", "attachment", "pass", "benign.stresscheck_aggregate",
    "Only the group-level stress-check analysis (rates and scores by department, no names) goes to the contracted occupational physician.",
    KAWABATA, [addr("産業医 荻原 先生", "ogiwara@ogiwara-sangyoi.example.jp")],
    "2025年度 ストレスチェック集団分析結果の送付",
    """
荻原先生

いつもお世話になっております。しおみ台透析クリニックの川端です。
今年度のストレスチェックの集団分析結果が実施機関から届きましたので、お送りします。
個人の結果は含まれていません。

受検率は 94.1%（32名中30名）で、前年より改善しました。
看護部の「仕事の量的負担」が全国平均より高めに出ておりますので、
7月の衛生委員会でご意見をいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_KAWABATA,
    attachments=[att("集団分析_2025.csv", csv_text(
        ["部署", "対象者数", "受検者数", "量的負担", "コントロール", "上司の支援", "同僚の支援", "総合健康リスク"],
        [["看護部", "18", "17", "9.6", "7.2", "7.9", "8.3", "112"],
         ["臨床工学科", "4", "4", "8.1", "8.0", "8.5", "8.8", "96"],
         ["事務・送迎", "7", "6", "7.4", "7.7", "7.6", "8.1", "101"],
         ["医師", "3", "3", "—", "—", "—", "—", "（10名未満のため非表示）"],
         ["全体", "32", "30", "8.8", "7.5", "7.9", "8.3", "106"]]))],
))

add(mail(
    "toyama", "quoted", "pass", "benign.successor_greeting_chain",
    "A long chain of successor introductions among vendor staff with heavy signatures; no personal data beyond business contacts.",
    TOYAMA, [addr("協和ファーマ 千葉営業所 中島様", "nakajima.r@kyowa-pharma.example.co.jp")],
    cc=[addr("協和ファーマ 千葉営業所 石川様", "ishikawa.t@kyowa-pharma.example.co.jp"), KAWABATA],
    subject="Re: 担当交代のご挨拶",
    text="""
中島様

ご丁寧にありがとうございます。しおみ台透析クリニックの遠山です。
石川さんには5年間本当にお世話になりました。新天地でのご活躍をお祈りしております。

中島様、これからどうぞよろしくお願いいたします。
早速ですが、6月の補液・透析液の発注について一度ご相談したいことがありますので、
来週どこかで30分ほどお時間をいただけますか。火曜・木曜の午後であれば対応可能です。

""" + SIG_TOYAMA + """

-----Original Message-----
From: 中島 涼 <nakajima.r@kyowa-pharma.example.co.jp>
Sent: Monday, May 12, 2025 9:15 AM
To: 遠山 俊介 <toyama@shiomidai-clinic.example.jp>
Cc: 石川 達也 <ishikawa.t@kyowa-pharma.example.co.jp>; 川端 修一 <kawabata@shiomidai-clinic.example.jp>
Subject: 担当交代のご挨拶

しおみ台透析クリニック
遠山様、川端様

いつも大変お世話になっております。協和ファーマの中島と申します。
このたび、6月1日付で石川の後任として貴院を担当させていただくことになりました。
前任の石川は本社の学術部へ異動となります。

透析液・補液の安定供給に努めてまいりますので、どうぞよろしくお願いいたします。
近日中に石川とともにご挨拶に伺います。

================================
協和ファーマ株式会社 千葉営業所
中島 涼（なかじま りょう）
〒260-0099 千葉市中央区富士見9-9-9 千葉富士見ビル6F
TEL 043-0000-4470 / 携帯 070-0000-3319
================================
このメールは送信者が指定した受信者のみを対象としています。
""",
))

DIA_ROWS = [
    ["ダイアライザー APS-15SA 24本入", jan13("498712300151"), "6", "ケース"],
    ["ダイアライザー APS-18SA 24本入", jan13("498712300182"), "10", "ケース"],
    ["血液回路 NV-S 20セット", jan13("498712304407"), "8", "箱"],
    ["穿刺針 16G 50本入", jan13("498712308016"), "12", "箱"],
    ["生理食塩液 1000ml 10袋", jan13("498712311000"), "15", "箱"],
]
add(mail(
    "toyama", "attachment", "pass", "benign.order_jan_codes",
    "A supplies order listing JAN codes and quantities; the 13-digit numbers are product codes, not personal IDs.",
    TOYAMA, [addr("千葉メディカル物流 受注センター", "juchu@chiba-medlogi.example.co.jp")],
    "発注書送付（しおみ台透析クリニック　5月第3週分）",
    """
千葉メディカル物流 受注センター 御中

いつもお世話になっております。しおみ台透析クリニックの遠山です。
5月第3週分の発注書を添付します。
納品は5月19日（月）午後でお願いします。搬入口は裏手の駐車場側です。

発注番号：SD-2505-0319
""" + SIG_TOYAMA,
    attachments=[att("発注書_SD-2505-0319.xlsx", csv_text(["品名", "JANコード", "数量", "単位"], DIA_ROWS))],
))
