"""(E) NPO法人あおぞらワークス — 就労継続支援B型事業所 (invented)."""
from common import SIG, Writer, addr, mail, att, mynumber, jan, yamato_mynumber_collision

ORG = "E"
ORG_NAME = "特定非営利活動法人あおぞらワークス"
DOMAIN = "aozora-works.example.or.jp"

NOGUCHI = Writer("noguchi", "野口 恵", "m.noguchi@" + DOMAIN, """
─────────────────────
特定非営利活動法人 あおぞらワークス
就労継続支援B型事業所 あおぞら工房
サービス管理責任者　野口 恵（のぐち めぐみ）
〒338-0000 埼玉県さくら市東町3-4-5
TEL 048-0000-6611　FAX 048-0000-6612
─────────────────────
""")

ISHIHARA = Writer("ishihara", "石原 大地", "d.ishihara@" + DOMAIN, """
あおぞら工房　職業指導員（受注担当）
石原 大地
TEL 048-0000-6611 / 携帯 080-0000-2290
d.ishihara@aozora-works.example.or.jp
https://aozora-works.example.or.jp/shop/
""")

MIYAMOTO = Writer("miyamoto", "宮本 千尋", "c.miyamoto@" + DOMAIN, """
--------------------
NPO法人あおぞらワークス 事務局
宮本 千尋
048-0000-6611（平日9時〜17時）
--------------------
""")

WRITERS = [NOGUCHI, ISHIHARA, MIYAMOTO]

CITY = "city-sakura.example.lg.jp"
KAIKEI = "aoba-kaikei.example.jp"
SEIKA = "sakura-seika.example.co.jp"
ZAKKA = "solano-zakka.example.jp"


def mails():
    out = []
    mn_self = mynumber("52093817644")
    mn_wife = mynumber("67120458391")
    mn_child = mynumber("29384710562")

    # ------------------------------------------------------------ holds
    out.append(mail(
        NOGUCHI, expect="hold", kind="sensitive.mental_illness", loc="body",
        why="相談支援事業所へ、利用者の氏名と統合失調症の診断・服薬・症状を本文で送っている。",
        to=[addr("相談支援センターこもれび 相談支援専門員 久保様", "kubo@komorebi-soudan.example.jp")],
        subject="モニタリング報告（6月分）",
        text=f"""
相談支援センターこもれび
久保様

いつもお世話になっております。あおぞら工房の野口です。
6月のモニタリングについてご報告します。

■利用者：中川 真一さん（受給者証番号 1100234587）
■通所状況：週5日の予定のところ、6月は週2〜3日の通所にとどまっています。
■状況：統合失調症で通院中ですが、5月末から幻聴が強くなったと本人から訴えがあり、
　主治医（さくら台メンタルクリニック）の判断でリスペリドンが増量されています。
　作業中に独り言が増え、午後は休憩室で横になることが多いです。
■本人の希望：「もう少し休みたいが、工房には来たい」とのこと。

次回の担当者会議で、通所日数の見直し（週3日）を検討したいと考えています。
7月上旬でご都合のよい日を教えてください。

{SIG}
""",
        personal=[("name", "中川 真一"), ("beneficiary_number", "1100234587"),
                  ("diagnosis", "統合失調症で通院中"), ("medication", "リスペリドンが増量")]))

    out.append(mail(
        MIYAMOTO, expect="hold", kind="id.bank_account_private", loc="body",
        why="利用者個人の工賃振込口座（金融機関・口座番号・名義）を会計事務所へ本文で送っている。",
        to=[addr("青葉会計事務所 記帳担当 吉田様", "yoshida@" + KAIKEI)],
        subject="工賃振込口座の変更について（7月支給分から）",
        text=f"""
青葉会計事務所
吉田様

いつもお世話になっております。あおぞらワークスの宮本です。
利用者1名の工賃振込口座が変更になりましたので、7月支給分から反映をお願いします。

　利用者：斎藤 美咲さん（利用者番号 A-031）
　新口座：さくら信用金庫 東町支店 普通 7654321
　名義：サイトウ ミサキ
　（旧口座：ゆうちょ銀行 記号10380 番号22817461 は解約済み）

ご本人から変更届を受領済みです。原本はファイルに保管しております。

{SIG}
""",
        personal=[("name", "斎藤 美咲"), ("bank_account", "さくら信用金庫 東町支店 普通 7654321"),
                  ("bank_account", "記号10380 番号22817461"), ("name", "サイトウ ミサキ")]))

    out.append(mail(
        NOGUCHI, expect="hold", kind="sensitive.disability_certificate", loc="body",
        why="就職先企業へ、利用者の氏名・精神障害者保健福祉手帳の等級と番号・病名を本文で送っている。",
        to=[addr("株式会社東町ロジテック 人事部 荒井様", "arai@higashimachi-logitech.example.co.jp")],
        subject="障害者雇用枠でのご採用に向けた書類について",
        text=f"""
株式会社東町ロジテック
人事部 荒井様

いつもお世話になっております。あおぞら工房の野口です。
先日は職場実習の受入れ、誠にありがとうございました。
ご採用に向けてお求めのあった情報を、ご本人の了承を得てお送りします。

　氏名：松田 光太郎さん
　手帳：精神障害者保健福祉手帳 2級（手帳番号 11-08427）
　診断名：うつ病（寛解期、月1回通院）
　配慮事項：急な予定変更が苦手なため、作業指示は前日までにいただけると安心です。
　　　　　　通院日（毎月第2水曜）の午後休を希望しています。

定着支援は当事業所と就業・生活支援センターで対応いたします。

{SIG}
""",
        personal=[("name", "松田 光太郎"), ("disability_certificate", "精神障害者保健福祉手帳 2級（手帳番号 11-08427）"),
                  ("diagnosis", "うつ病（寛解期、月1回通院）")]))

    out.append(mail(
        MIYAMOTO, expect="hold", kind="list.user_roster_disability", loc="attachment",
        why="市へ、利用者の氏名・生年月日・受給者証番号・障害種別を並べた名簿を添付で送っている。",
        to=[addr("さくら市 障害福祉課 事業所指導係", "shidou@" + CITY)],
        subject="利用者名簿の提出（令和7年6月1日現在）",
        text=f"""
さくら市 障害福祉課 事業所指導係 御中

いつもお世話になっております。
特定非営利活動法人あおぞらワークス 事務局の宮本です。

実地指導の事前提出資料として、6月1日現在の利用者名簿を添付いたします。
その他の資料（勤務形態一覧表、個別支援計画の一覧）は7月4日までに提出いたします。

{SIG}
""",
        attachments=[att("riyousha_meibo_20250601.csv", """
利用者番号,氏名,生年月日,受給者証番号,障害種別,障害支援区分,利用開始日
A-003,中川 真一,1985-04-12,1100234587,精神,区分3,2019-06-01
A-011,吉岡 大翔,2001-08-30,1100298814,知的,区分4,2020-04-01
A-017,佐野 翔太,1999-02-17,1100301172,発達,区分2,2021-10-01
A-024,川上 陽子,1976-11-03,1100187736,身体（上肢）,区分2,2022-05-16
A-031,斎藤 美咲,1994-06-25,1100355920,精神,区分2,2023-09-01
""")],
        personal=[("name", "中川 真一"), ("birth_date", "1985-04-12"), ("name", "吉岡 大翔"),
                  ("disability", "知的,区分4"), ("name", "佐野 翔太"), ("name", "川上 陽子"),
                  ("name", "斎藤 美咲"), ("beneficiary_number", "1100355920")]))

    out.append(mail(
        ISHIHARA, expect="hold", kind="personal.payslip_wrong_party", loc="attachment",
        why="取引先へ納品書を送るつもりで、利用者の工賃明細（氏名・工賃・振込口座）を誤って添付している。",
        to=[addr("みどり化粧品株式会社 購買部 橋本様", "hashimoto@midori-cosme.example.co.jp")],
        subject="5月分 納品書の送付（あおぞら工房）",
        text=f"""
みどり化粧品株式会社
購買部 橋本様

いつもお世話になっております。あおぞら工房の石原です。
5月分のギフトセット箱詰め作業の納品書をお送りします。
6月分は6月27日に納品予定です。引き続きよろしくお願いいたします。

{SIG}
""",
        attachments=[att("5月分_明細.pdf", """
工賃明細書（令和7年5月分）
特定非営利活動法人あおぞらワークス　就労継続支援B型事業所あおぞら工房

利用者番号：A-024
氏名：川上 陽子 様
作業日数：18日　作業時間：72.0時間
工賃：基本工賃 14,400円　出来高加算 2,160円　合計 16,560円
振込先：さくら信用金庫 東町支店 普通 6603815
備考：6月より作業時間を1日5時間に延長予定
""")],
        personal=[("name", "川上 陽子"), ("wage", "合計 16,560円"),
                  ("bank_account", "さくら信用金庫 東町支店 普通 6603815")]))

    out.append(mail(
        ISHIHARA, expect="hold", kind="sensitive.family_note_forward", loc="quoted",
        why="転送部分の家族からの連絡に利用者の氏名・知的障害・てんかん発作の情報があり、施設外就労先の企業へ送られている。",
        to=[addr("株式会社さくら青果 物流センター 小林様", "kobayashi@" + SEIKA)],
        subject="Fw: 来週のお休みについて",
        text=f"""
株式会社さくら青果
小林様

いつもお世話になっております。あおぞら工房の石原です。
下記の連絡のとおり、来週の施設外就労は1名お休みになります。
当日のメンバーは4名（支援員1名同行）で伺います。

{SIG}

-----Original Message-----
From: 吉岡 典子 <noriko.yoshioka.70@yahoo.co.jp>
Sent: Thursday, June 19, 2025 7:58 PM
To: 石原 大地 <d.ishihara@aozora-works.example.or.jp>
Subject: 来週のお休みについて

石原さま

いつもお世話になっております。吉岡 大翔の母です。
大翔は知的障害に加えててんかんの持病がありますが、昨晩、久しぶりに大きな発作が出てしまい、
主治医から1週間ほど様子を見るように言われました。
そのため、来週の青果センターでの作業はお休みさせてください。
薬が変わったので、再開後もしばらくは眠気が出るかもしれません。

吉岡
""",
        personal=[("name", "吉岡 大翔"), ("disability", "知的障害"),
                  ("diagnosis", "てんかんの持病"), ("name", "吉岡 典子")]))

    out.append(mail(
        MIYAMOTO, expect="hold", kind="id.mynumber_family_forward", loc="quoted",
        why="転送部分に職員本人と家族のマイナンバーが含まれ、外部の会計事務所へ送られている。",
        to=[addr("青葉会計事務所 税理士 青木様", "aoki@" + KAIKEI)],
        subject="Fw: 扶養家族の異動について",
        text=f"""
青葉会計事務所
青木先生

いつもお世話になっております。あおぞらワークスの宮本です。
職員から届いた扶養異動の連絡を、下記のとおり転送いたします。
年末調整と社会保険の手続きへの反映をお願いいたします。

{SIG}

-----Original Message-----
From: 小林 直樹 <n.kobayashi@aozora-works.example.or.jp>
Sent: Monday, June 16, 2025 5:20 PM
To: 宮本 千尋 <c.miyamoto@aozora-works.example.or.jp>
Subject: 扶養家族の異動について

宮本さん

5月に子どもが生まれたので、扶養の追加をお願いします。
妻は6月末で育休に入り、収入がなくなるので配偶者控除の対象になります。

本人：小林 直樹　マイナンバー {mn_self}
妻　：小林 由美（1992年10月4日生）　マイナンバー {mn_wife}
長男：小林 蒼（2025年5月21日生）　マイナンバー {mn_child}

よろしくお願いします。
小林
""",
        personal=[("name", "小林 直樹"), ("mynumber", mn_self), ("name", "小林 由美"),
                  ("birth_date", "1992年10月4日生"), ("mynumber", mn_wife), ("name", "小林 蒼"),
                  ("birth_date", "2025年5月21日生"), ("mynumber", mn_child)]))

    out.append(mail(
        NOGUCHI, expect="hold", kind="sensitive.disability_subject", loc="subject",
        why="件名に利用者の氏名と障害名（自閉スペクトラム症）が書かれ、外部の企業へ送られている。",
        to=[addr("あさひサポート株式会社 業務課 平野様", "hirano@asahi-support.example.co.jp")],
        subject="職場実習のご相談（利用者 佐野 翔太さん／自閉スペクトラム症・聴覚過敏あり）",
        text=f"""
あさひサポート株式会社
業務課 平野様

いつもお世話になっております。あおぞら工房の野口です。
先日の見学会ではありがとうございました。

件名の利用者について、9月から2週間の職場実習をお願いできないかと考えております。
データ入力や書類のスキャン作業に集中して取り組める方で、ご本人も貴社での実習を
強く希望しています。

作業環境についてのご相談（イヤーマフの使用、休憩場所の確保など）も含め、
一度お打合せの機会をいただけますでしょうか。

{SIG}
""",
        personal=[("name", "佐野 翔太"), ("disability", "自閉スペクトラム症・聴覚過敏")]))

    out.append(mail(
        MIYAMOTO, expect="hold", kind="list.service_records_zip", loc="zip",
        why="暗号化なしZIPの中に、利用者の氏名・受給者証番号・利用実績の一覧が入っており、外部のソフト会社へ送られている。",
        to=[addr("ケアソフト株式会社 サポートデスク", "support@caresoft.example.co.jp")],
        subject="Re: 【問合せ番号 CS-250612-0087】国保連請求データのエラーについて",
        text=f"""
ケアソフト株式会社 サポートデスク
ご担当者様

お世話になっております。あおぞらワークスの宮本です。
ご依頼のあった再現用データを、ZIPにまとめてお送りします。
5月分の実績を取り込むと「E-214 送迎加算の算定回数エラー」が出る状態です。

お忙しいところ恐れ入りますが、原因の調査をお願いいたします。

{SIG}

> 宮本様
> お問い合わせありがとうございます。エラーの再現のため、取込に使用したCSVを
> お送りいただけますでしょうか。
> ケアソフト サポートデスク 片岡
""",
        attachments=[att("jisseki_202505.zip/jisseki_202505.csv", """
受給者証番号,氏名,サービス提供日数,送迎加算(往),送迎加算(復),食事提供加算,欠席時対応
1100234587,中川 真一,11,11,11,9,2
1100298814,吉岡 大翔,19,19,19,19,0
1100301172,佐野 翔太,20,0,0,20,0
1100187736,川上 陽子,18,18,17,18,1
1100355920,斎藤 美咲,16,16,16,0,0
"""), att("jisseki_202505.zip/error_log.txt", """
2025-06-12 10:14:22 E-214 送迎加算の算定回数がサービス提供日数を超えています（行4）
""")],
        personal=[("beneficiary_number", "1100234587"), ("name", "中川 真一"), ("name", "吉岡 大翔"),
                  ("name", "佐野 翔太"), ("name", "川上 陽子"), ("name", "斎藤 美咲")]))

    guests = [
        ("株式会社さくら青果 小林様", "kobayashi@sakura-seika.example.co.jp"),
        ("みどり化粧品 橋本様", "hashimoto@midori-cosme.example.co.jp"),
        ("ソラノ雑貨店 店長 村瀬様", "murase@solano-zakka.example.jp"),
        ("株式会社高橋紙器 高橋様", "takahashi@takahashi-shiki.example.co.jp"),
        ("東町商店会 事務局", "jimukyoku@higashimachi-shoutenkai.example.jp"),
        ("さくら市社会福祉協議会 ボランティアセンター", "volunteer@sakura-shakyo.example.or.jp"),
        ("ボランティア 大川 和子様", "kazuko.okawa.v@gmail.com"),
        ("ボランティア 中野 隆様", "takashi-nakano@yahoo.co.jp"),
        ("就労支援センターひまわり 所長", "shocho@himawari-shuro.example.or.jp"),
        ("さくら台中学校 PTA 川井様", "kawai.pta@outlook.com"),
        ("カフェ日だまり 店主 岸様", "kishi@cafe-hidamari.example.jp"),
        ("地域包括支援センター東町", "houkatsu-higashi@sakura-kaigo.example.or.jp"),
    ]
    out.append(mail(
        ISHIHARA, expect="hold", kind="recipients.event_invite_visible", loc="recipients",
        why="取引先・ボランティア個人など12件の社外アドレスを宛先（To）に並べて送っており、BCCにすべきだった。",
        to=[addr(n, e) for n, e in guests],
        subject="あおぞらマルシェ2025 出店・ご来場のご案内",
        text=f"""
関係者の皆さま

いつもあおぞら工房を応援していただき、ありがとうございます。
職業指導員の石原です。

今年も「あおぞらマルシェ」を開催します！
利用者さんが作った布ぞうりやクッキー、季節の野菜などを販売します。

　日時：2025年7月19日（土）10:00〜15:00
　会場：さくら市東町 ふれあい広場（雨天時は東町公民館）
　内容：自主製品の販売、取引先企業さまのブース、キッチンカー

出店をご希望の方は7月4日までにご返信ください。
皆さまのお越しを、利用者・職員一同お待ちしております。

{SIG}
"""))

    # ------------------------------------------------------------ passes
    out.append(mail(
        NOGUCHI, expect="pass", kind="benign.disability_employment_aggregate", loc="none",
        why="障害者雇用に関する相談で、法定雇用率や就職者数などの集計値しか書かれていない。",
        to=[addr("株式会社東町ロジテック 人事部 荒井様", "arai@higashimachi-logitech.example.co.jp")],
        subject="Re: 障害者雇用の進め方についてのご相談",
        text=f"""
東町ロジテック
荒井様

ご相談ありがとうございます。あおぞら工房の野口です。
お問い合わせの点について、概要をお知らせします。

・民間企業の法定雇用率は現在2.5％で、2026年7月から2.7％に引き上げられます。
　従業員数が約300名の貴社の場合、必要な雇用数は7名から8名になる見込みです。
・当事業所からは、昨年度3名、今年度はこれまでに1名が一般企業へ就職しています。
　職種は物流の検品・仕分け、清掃、事務補助です。
・定着支援は、就職後6か月間は当事業所が、その後は障害者就業・生活支援センターが
　中心となって行います。

まずは職場見学と、切り出せそうな作業の洗い出しから始めてはいかがでしょうか。

{SIG}

> 野口様
> 来年度の法定雇用率の引上げに向けて、障害者雇用を進めたいと考えています。
> どのような手順で進めればよいか、アドバイスをいただけますでしょうか。
> 東町ロジテック 人事部 荒井
"""))

    out.append(mail(
        ISHIHARA, expect="pass", kind="benign.katakana_product_names", loc="none",
        why="「ハルカ」「サクラ」「ミナミ」は自主製品の商品名で、人名ではない。",
        to=[addr("ソラノ雑貨店 店長 村瀬様", "murase@" + ZAKKA)],
        subject="Re: 7月分のご注文確認",
        text=f"""
ソラノ雑貨店
村瀬様

いつもご注文ありがとうございます。あおぞら工房の石原です。
7月分のご注文内容を確認いたしました。

　・布ぞうり「ハルカ」（Mサイズ・藍）　10足
　・布ぞうり「ハルカ」（Lサイズ・生成り）　6足
　・ハンドタオル「サクラ」　20枚
　・米粉クッキー「ミナミ」（8枚入り）　30袋

クッキー「ミナミ」は賞味期限が製造から30日のため、7月10日製造分を11日に発送します。
それ以外は7月5日までにお届けします。

{SIG}

> 石原様
> 7月分の注文をお願いします。ハルカはMの藍とLの生成りで。
> ソラノ雑貨店 村瀬
"""))

    j1, j2, j3 = jan("456000031201"), jan("456000031218"), jan("456000031225")
    out.append(mail(
        ISHIHARA, expect="pass", kind="benign.jan_codes", loc="none",
        why="13桁の数字は商品のJANコードで、個人の番号ではない。",
        to=[addr("東町ふれあいマート 仕入担当 岡野様", "okano@fureai-mart.example.co.jp")],
        subject="新規お取扱い商品の登録情報",
        text=f"""
東町ふれあいマート
仕入ご担当 岡野様

お世話になっております。あおぞら工房の石原です。
店頭でお取扱いいただく自主製品3点の登録情報をお送りします。

　商品名　　　　　　　　　　JANコード　　　　　税込価格
　米粉クッキー ミナミ 8枚入　{j1}　　350円
　ハンドタオル サクラ　　　　{j2}　　480円
　布ぞうり ハルカ M　　　　　{j3}　　1,200円

POPは来週お届けに伺う際に持参いたします。

{SIG}
"""))

    out.append(mail(
        MIYAMOTO, expect="pass", kind="benign.corporate_bank_account", loc="none",
        why="取引先への請求書で、振込先はNPO法人名義の口座である。",
        to=[addr("みどり化粧品株式会社 経理部 御中", "keiri@midori-cosme.example.co.jp")],
        cc=[addr("石原 大地", "d.ishihara@" + DOMAIN)],
        subject="【請求書】5月分 ギフトセット箱詰め作業",
        text=f"""
みどり化粧品株式会社
経理部 御中

いつもお世話になっております。あおぞらワークス事務局の宮本です。
5月分の作業代金の請求書をお送りいたします。

　請求金額：187,440円（税込）
　お支払期限：2025年7月31日
　お振込先：さくら信用金庫 東町支店 普通 0452210
　口座名義：特定非営利活動法人あおぞらワークス（トクヒ）アオゾラワークス

ご査収のほどよろしくお願いいたします。

{SIG}
"""))

    out.append(mail(
        NOGUCHI, expect="pass", kind="benign.meeting_arrangement", loc="none",
        why="施設外就労の打合せ日程と参加人数の連絡で、利用者個人は特定されない。",
        to=[addr("株式会社さくら青果 物流センター長 山中様", "yamanaka@" + SEIKA)],
        cc=[addr("石原 大地", "d.ishihara@" + DOMAIN)],
        subject="下半期の施設外就労に関するお打合せ",
        text=f"""
株式会社さくら青果
物流センター長 山中様

いつも施設外就労でお世話になっております。あおぞら工房の野口です。
下半期（10月〜3月）の作業内容と人数について、一度お打合せをお願いできればと思います。

候補日：7月8日（火）14時／7月10日（木）10時／7月11日（金）14時
場所：貴センター事務所
当方出席：野口、石原の2名

現在は利用者5名・支援員1名で週3日伺っていますが、
希望者が増えているため、週4日への拡大をご相談したいと考えています。

{SIG}
"""))

    out.append(mail(
        ISHIHARA, expect="pass", kind="benign.company_name_with_surname", loc="none",
        why="「高橋紙器」は会社名であり、見積の内容にも個人データはない。",
        to=[addr("株式会社高橋紙器 営業部 高橋様", "takahashi@takahashi-shiki.example.co.jp")],
        subject="箱折り作業の受託見積について",
        text=f"""
株式会社高橋紙器
高橋様

お世話になっております。あおぞら工房の石原です。
先日ご相談いただいた、ケーキ箱（6号）の組立作業の見積をお送りします。

　単価：1箱あたり 4.5円（組立・10箱ごとの結束を含む）
　数量：月 20,000箱まで対応可能
　納期：材料受領から10営業日
　運搬：材料の搬入・製品の引取りは貴社便でお願いします

試作として、まず500箱を受託できればと思います。ご検討をお願いいたします。

{SIG}
"""))

    track = yamato_mynumber_collision("60417329810")
    out.append(mail(
        ISHIHARA, expect="pass", kind="benign.tracking_number", loc="none",
        why="12桁の数字は宅配便の伝票番号で、マイナンバーではない（たまたま検査数字も一致する）。",
        to=[addr("ソラノ雑貨店 店長 村瀬様", "murase@" + ZAKKA)],
        subject="発送のご連絡（7月分ご注文の一部）",
        text=f"""
ソラノ雑貨店
村瀬様

お世話になっております。あおぞら工房の石原です。
7月分のご注文のうち、布ぞうりとハンドタオルを本日発送しました。

　ヤマト運輸 伝票番号：{track}
　内容：布ぞうり「ハルカ」16足、ハンドタオル「サクラ」20枚
　お届け予定：7月4日（金）午前

クッキーは予定どおり7月11日に発送いたします。

{SIG}
"""))

    out.append(mail(
        NOGUCHI, expect="pass", kind="benign.offer_holder_own_invitation", loc="none",
        why="内定者本人に入職オリエンテーションを案内するメールで、第三者への提供ではない。",
        to=[addr("今野 美咲", "misaki.konno.0415@gmail.com")],
        subject="入職前オリエンテーションのご案内",
        text=f"""
今野 美咲 様

このたびは、あおぞらワークスへの入職をご承諾いただき、ありがとうございます。
サービス管理責任者の野口です。

8月1日のご入職に先立ち、下記のとおりオリエンテーションを行います。

　日時：7月25日（金）13:30〜16:00
　場所：あおぞら工房 2階 会議室
　持ち物：筆記用具、雇用契約書（署名済み）、通勤経路のメモ
　内容：法人の理念と事業紹介、個人情報保護研修、工房の見学

当日は職員の石原がご案内します。
ご不明な点があれば、お気軽にお問い合わせください。

{SIG}
"""))

    out.append(mail(
        NOGUCHI, expect="pass", kind="benign.visit_restriction_aggregate", loc="none",
        why="感染症流行期の見学・面会制限を名前なしで伝える連絡で、個人の健康情報は含まれない。",
        to=[addr("相談支援センターこもれび 久保様", "kubo@komorebi-soudan.example.jp"),
            addr("就労支援センターひまわり 相談員 各位", "soudan@himawari-shuro.example.or.jp")],
        subject="見学・体験利用の一時制限について",
        text=f"""
関係機関の皆さま

いつもお世話になっております。あおぞら工房の野口です。
市内で感染性胃腸炎の感染が広がっていることを受け、当事業所では
6月23日（月）から7月6日（日）まで、次の対応をとります。

・新規の見学・体験利用は一時停止します（面談はオンラインで対応可）
・ご家族の来所は玄関での受け渡しのみとします
・作業室ごとの消毒を1日3回に増やしています

現時点で利用者・職員に感染者はいません。
ご不便をおかけしますが、ご理解のほどよろしくお願いいたします。

{SIG}
"""))

    out.append(mail(
        MIYAMOTO, expect="pass", kind="benign.plain_zip", loc="none",
        why="暗号化されていないZIPで、中身は商品の価格表とカタログ文面だけである。",
        to=[addr("さくら市社会福祉協議会 地域福祉係 伊東様", "ito@sakura-shakyo.example.or.jp")],
        subject="福祉施設製品カタログ掲載用データ",
        text=f"""
さくら市社会福祉協議会
伊東様

お世話になっております。あおぞらワークスの宮本です。
市内福祉施設製品カタログ（秋号）の掲載用データを、ZIPでお送りします。
パスワードはかけていません。写真は石原から別送いたします。

{SIG}
""",
        attachments=[att("aozora_catalog_2025autumn.zip/price_list.csv", """
商品名,規格,税込価格,JANコード
米粉クッキー ミナミ,8枚入,350,{j1}
ハンドタオル サクラ,34×35cm,480,{j2}
布ぞうり ハルカ,M/L,1200,{j3}
""".format(j1=j1, j2=j2, j3=j3)), att("aozora_catalog_2025autumn.zip/catalog_text.txt", """
あおぞら工房（就労継続支援B型）
さくら市東町で、布製品と焼き菓子の製造、企業からの軽作業の受託を行っています。
人気の布ぞうり「ハルカ」は、一足ずつ手編みで仕上げています。
""")]))
    return out
