"""Org E: 株式会社クラウドリンクス カスタマーサクセス本部 (B2B SaaS, HR/労務クラウド「ツムギ」, Tokyo).

Writers
  fujiwara  藤原 健    CS Manager        English mixed in (FYI, ASAP, MTG), bullets, short
  watanabe  渡部 優子  カスタマーサクセス polite and long, いつも大変お世話になっております
  ishihara  石原 大地  テクニカルサポート logs and tables, very heavy signature
"""
from common import *

ORG = "E"
DOM = "cloudlinks.example.com"
FUJIWARA = f"Ken Fujiwara (藤原 健) <k.fujiwara@{DOM}>"
WATANABE = f"渡部 優子 <y.watanabe@{DOM}>"
ISHIHARA = f"石原 大地 <d.ishihara@{DOM}>"

SIG_FUJIWARA = """--
Ken Fujiwara | 藤原 健
Customer Success Manager, CloudLinks Inc.
M: 080-0000-5127"""

SIG_WATANABE = """――――――――――――――――――――
株式会社クラウドリンクス
カスタマーサクセス部 渡部 優子
TEL 03-0000-7700 / y.watanabe@cloudlinks.example.com
――――――――――――――――――――"""

SIG_ISHIHARA = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社クラウドリンクス
カスタマーサクセス本部 テクニカルサポートグループ
石原 大地 (Daichi Ishihara)
〒105-0000 東京都港区芝公園2-4-1 芝パークビル8F
TEL:03-0000-7700(サポート窓口 平日9:00-18:00)
Mail:support@cloudlinks.example.com
クラウド労務管理「ツムギ」 https://tsumugi.cloudlinks.example.com/
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

MIYAZAKI = "宮崎 拓海 <t-miyazaki@nextbridge.example.co.jp>"
AOYAMA = "青山 純 <j-aoyama@officeplus.example.co.jp>"
HOKUTO_HR = "北斗フーズ 人事部 関 美穂 <m-seki@hokuto-foods.example.co.jp>"
MINATO_HR = "今村 千尋 <c-imamura@minato-logi.example.co.jp>"


def m(*a, **k):
    return mail(ORG, *a, **k)


def mails():
    out = []

    # ------------------------------------------------------------------ holds
    out.append(m("ishihara", "body", "hold", "list.log_with_employee_records",
        "開発パートナーへの調査依頼で、本番ログに含まれる従業員3名の氏名・生年月日・住所をそのまま本文に貼っている。",
        ISHIHARA, [MIYAZAKI], "【調査依頼】ミナトロジ様 CSV連携エラー(#48107)",
        f"""
株式会社ネクストブリッジ
宮崎 様

いつもお世話になっております。クラウドリンクスの石原です。
ミナトロジ様の給与ソフト連携で発生しているエラーについて、調査をお願いします。

■事象
 従業員マスタのCSV連携で、住所に全角ハイフンを含む行が取り込みエラーになる。

■該当ログ(本番 app-03、抜粋)
2025-11-05T10:21:33+09:00 ERROR import job=ML-IMP-7731 row=14 emp_no=ML-00382 name="石井 誠" birth=1986-04-09 addr="神奈川県川崎市中原区小杉町3−264−2" reason=ADDR_FORMAT
2025-11-05T10:21:33+09:00 ERROR import job=ML-IMP-7731 row=27 emp_no=ML-00519 name="岡村 沙織" birth=1991-12-17 addr="東京都大田区東糀谷4−8−11−302" reason=ADDR_FORMAT
2025-11-05T10:21:34+09:00 ERROR import job=ML-IMP-7731 row=41 emp_no=ML-00733 name="菅原 大地" birth=1979-08-01 addr="千葉県浦安市北栄2−15−9" reason=ADDR_FORMAT
2025-11-05T10:21:34+09:00 INFO  import job=ML-IMP-7731 done total=212 ok=209 ng=3

■お願い
 ・連携モジュール v2.3.1 の住所正規化処理の確認
 ・修正見込み日のご連絡(顧客には11/14までに回答予定)

よろしくお願いいたします。

{SIG_ISHIHARA}
""", personal=[P("name", "石井 誠"), P("birth_date", "1986-04-09"),
               P("address", "神奈川県川崎市中原区小杉町3−264−2"), P("name", "岡村 沙織"),
               P("birth_date", "1991-12-17"), P("name", "菅原 大地")]))

    out.append(m("watanabe", "body", "hold", "id.pension_numbers_to_labour_consultant",
        "顧客の社労士への回答で、従業員の基礎年金番号と雇用保険被保険者番号を本文に書いている。",
        WATANABE, ["佐久間 聡子 <sakuma@sakura-sr.example.jp>"], "北斗フーズ様 従業員情報のご確認について",
        f"""
さくら社会保険労務士事務所
佐久間 聡子 様

いつも大変お世話になっております。
株式会社クラウドリンクス カスタマーサクセス部の渡部でございます。

北斗フーズ様より、資格取得届の作成にあたり
「ツムギ」に登録されている内容を先生に直接お伝えするようご依頼をいただきましたので、
下記のとおりご連絡いたします。

 従業員氏名          坂本 達也 様
 入社日              2025年11月1日
 基礎年金番号        4518-273906
 雇用保険被保険者番号 5012-345678-9
 前職                株式会社ミナトロジ(2025年10月31日離職)

前職の離職票は、ご本人様から北斗フーズ様へ郵送される予定と伺っております。
ご不明な点がございましたら、お気軽にお問い合わせくださいませ。

何卒よろしくお願い申し上げます。

{SIG_WATANABE}
""", personal=[P("name", "坂本 達也"), P("pension_number", "4518-273906"),
               P("employment_insurance_number", "5012-345678-9")]))

    out.append(m("fujiwara", "body", "hold", "sensitive.leave_reason_to_reseller",
        "販売代理店への経緯説明で、顧客の職員の実名とうつ病による休職を書いている。",
        FUJIWARA, [AOYAMA], "FYI: 緑風会さん 休職フラグの件",
        f"""
青山さん

Ken です。FYI で共有です。
緑風会さんの件、先週のリリース(v5.12)で「休職者フラグ」の表示バグがあり、
看護部の 岡本 千尋 さん(うつ病で10月から休職中)が、部署の全員が見られる
シフト一覧に「休職中」と出てしまっていました。

・11/17 19:40 hotfix 済み(表示は消えています)
・緑風会の人事部長には私から電話でお詫び済み
・正式な報告書は今週中に出します

次の定例MTGで先方から話が出ると思うので、heads-up まで。
謝罪訪問、もし同行できそうなら ASAP で教えてください。

{SIG_FUJIWARA}
""", personal=[P("name", "岡本 千尋"), P("diagnosis", "うつ病"), P("leave", "10月から休職中")]))

    e1, e2, e3, e4 = (mynumber("81730264915"), mynumber("26093517408"),
                      mynumber("59102846731"), mynumber("73846201559"))
    errcsv = csv_text(["row", "社員番号", "氏名", "生年月日", "個人番号", "error"], [
        ["8", "HK-1043", "安藤 美咲", "1990/03/14", e1, "MYNUMBER_DUPLICATE"],
        ["19", "HK-1102", "森田 浩二", "1983/07/29", e2, "MYNUMBER_DUPLICATE"],
        ["33", "HK-1177", "川上 玲奈", "1998/11/02", e3, "DEPENDENT_NOT_FOUND"],
        ["52", "HK-1260", "大城 健太", "1975/01/20", e4, "DEPENDENT_NOT_FOUND"],
    ])
    out.append(m("ishihara", "attachment", "hold", "id.my_numbers_in_error_csv",
        "移行作業の委託先に、従業員のマイナンバー入りのエラー行CSVをそのまま添付している。",
        ISHIHARA, [MIYAZAKI], "北斗フーズ様 データ移行 エラー行の件",
        f"""
株式会社ネクストブリッジ
宮崎 様

いつもお世話になっております。クラウドリンクスの石原です。
北斗フーズ様のデータ移行(第2回リハーサル)で、4件のエラーが出ました。
エラー行を添付しますので、変換スクリプトの確認をお願いします。

{text_table(["エラーコード", "件数", "想定原因"], [
    ["MYNUMBER_DUPLICATE", "2", "旧システムで番号が重複登録"],
    ["DEPENDENT_NOT_FOUND", "2", "扶養親族の紐付けキー欠落"],
])}

本番移行は12/6(土)の予定です。
12/2(火)までに修正版スクリプトをいただけますと助かります。

{SIG_ISHIHARA}
""", attachments=[att("import_error_20251120.csv", "text/csv", errcsv)],
        personal=[P("name", "安藤 美咲"), P("my_number", e1), P("name", "森田 浩二"),
                  P("my_number", e2), P("my_number", e3), P("birth_date", "1975/01/20")]))

    dump = """
-- repro data exported from prod (tenant: hokuto-foods, 2025-11-18)
-- table: employees (partial)
id     | full_name   | email                              | phone          | address
-------+-------------+------------------------------------+----------------+-----------------------------------
100482 | 関 美穂     | m-seki@hokuto-foods.example.co.jp  | 090-0000-3861  | 埼玉県所沢市東町8-21-1103
100517 | 長田 圭吾   | k-nagata@hokuto-foods.example.co.jp| 080-0000-7204  | 東京都東村山市本町2-6-14
100593 | 新井 理恵   | r-arai@hokuto-foods.example.co.jp  | 090-0000-5519  | 埼玉県所沢市小手指町1-4-7
100611 | 堀内 翔     | s-horiuchi@hokuto-foods.example.co.jp | 070-0000-1348 | 東京都清瀬市松山3-12-2
-- table: shift_requests (partial)
req_id | employee_id | date       | note
-------+-------------+------------+----------------------------
88121  | 100517      | 2025-11-20 | 通院のため午前休(整形外科)
88124  | 100593      | 2025-11-21 | 子の発熱で欠勤
"""
    out.append(m("fujiwara", "attachment", "hold", "list.production_data_to_offshore",
        "海外の開発委託先に、本番環境から出した従業員の氏名・メール・電話・住所と休暇理由を添付している。",
        FUJIWARA, ["Nguyen Van Minh <minh.nguyen@soratech.example.com>"], "[Bug] shift export timeout - repro data",
        f"""
Hi Minh,

Ken here. Shift export が timeout する件、repro data を attach します。
Hokuto Foods の prod から一部 export しました。

- Env: prod (ap-northeast-1), tenant id 2207
- Steps: シフト > 月次エクスポート > CSV, 対象 2025/11
- Expected: 30秒以内に DL
- Actual: 120秒で 504 Gateway Timeout

Staging で再現しない時はこのデータを使ってください。
Customer から ASAP で fix ほしいと言われてるので、Friday までに status ください。

Thanks!

{SIG_FUJIWARA}
""", attachments=[att("repro_hokuto_prod.txt", "text/plain", dump)],
        personal=[P("name", "関 美穂"), P("address", "埼玉県所沢市東町8-21-1103"),
                  P("name", "長田 圭吾"), P("phone", "080-0000-7204"), P("name", "新井 理恵"),
                  P("health", "通院のため午前休(整形外科)")]))

    cust = """
渡部様

いつもお世話になっております。北斗フーズ人事部の関です。
障害者雇用の管理機能について、導入前に確認させてください。

当社では現在、以下の2名を雇用率の算定対象として登録したいと考えています。
 ・物流センター 村田 健二(身体障害者手帳3級・下肢機能障害)
 ・本社経理部 西尾 優花(精神障害者保健福祉手帳2級・双極性障害)

手帳の有効期限の管理と、更新時のアラートは可能でしょうか。
また、この情報を閲覧できる権限を人事部長と私だけに絞ることはできますか。

よろしくお願いいたします。
関
"""
    out.append(m("watanabe", "quoted", "hold", "sensitive.disability_data_quoted_to_reseller",
        "販売代理店への返信の下に、顧客から届いた従業員2名の障害者手帳等級・病名のメールが引用されたまま残っている。",
        WATANABE, [AOYAMA], "Re: 北斗フーズ様 障害者雇用管理オプションのご提案",
        f"""
株式会社オフィスプラス
青山 純 様

いつも大変お世話になっております。クラウドリンクスの渡部でございます。

北斗フーズ様の障害者雇用管理オプションのご提案の件、
お見積りの前提について一度お打ち合わせさせていただけますでしょうか。
来週11/26(水)または11/27(木)の午後でご都合はいかがでしょうか。

権限設定のご質問につきましては、「閲覧権限グループ」の機能で対応可能です。
詳細は資料にまとめてお持ちいたします。

何卒よろしくお願い申し上げます。

{SIG_WATANABE}

{attribution("2025年11月19日(水) 9:58", HOKUTO_HR)}
{quote(cust)}
""", personal=[P("name", "村田 健二"), P("disability", "身体障害者手帳3級・下肢機能障害"),
               P("name", "西尾 優花"), P("disability", "精神障害者保健福祉手帳2級・双極性障害")]))

    ticket = """
【問い合わせ番号】#48233
【受付日時】2025/11/10 22:41
【お客様】株式会社ミナトロジ 東京第二センター
【氏名】平野 直人(ひらの なおと)
【社員番号】ML-00915
【生年月日】1988年2月27日
【住所】東京都江戸川区船堀6-3-21 船堀ハイム405
【電話】090-0000-6172
【内容】
ログインできない。パスワードを3回間違えたらロックされた。
夜勤なので日中は電話に出られない。明日のシフトが見られないと困る。
外国籍のスタッフも多いのに、エラー画面が日本語だけなのはどうにかならないのか。
"""
    out.append(m("ishihara", "quoted", "hold", "personal.ticket_profile_to_translator",
        "翻訳会社への依頼の下に、問い合わせた従業員の氏名・生年月日・住所・電話が入った元チケットが転送されている。",
        ISHIHARA, ["小川 恵理 <e-ogawa@lingaworks.example.com>"], "Fw: エラー画面の多言語化(翻訳のお見積り依頼)",
        f"""
株式会社リンガワークス
小川 様

いつもお世話になっております。クラウドリンクスの石原です。
ログイン・ロック関連のエラー画面の多言語化について、翻訳のお見積りをお願いします。

{text_table(["言語", "対象"], [
    ["英語", "エラーメッセージ 42件"],
    ["ベトナム語", "同上"],
    ["ネパール語", "同上"],
    ["やさしい日本語", "同上(リライト)"],
])}

きっかけになったお客様の声を下に転送します。トーンの参考にしてください。
原文のメッセージ一覧は、明日Excelでお送りします。

{SIG_ISHIHARA}

{gmail_forward("ツムギ サポート <support@" + DOM + ">", "2025年11月11日(火) 9:02", "[#48233] ログインできない", ISHIHARA, ticket)}
""", personal=[P("name", "平野 直人"), P("birth_date", "1988年2月27日"),
               P("address", "東京都江戸川区船堀6-3-21 船堀ハイム405"), P("phone", "090-0000-6172")]))

    mn_matsui = mynumber("56781234901")
    out.append(m("ishihara", "subject", "hold", "id.my_number_in_subject",
        "本文は修正完了の連絡だけだが、件名に従業員の実名とマイナンバーが書かれている。",
        ISHIHARA, [MINATO_HR], f"Re: [#48213] 従業員 松井 健吾様 マイナンバー {mn_matsui} 登録エラー",
        f"""
株式会社ミナトロジ
人事部 今村 様

いつもお世話になっております。クラウドリンクスの石原です。
お問い合わせの登録エラーにつきまして、原因を確認いたしました。

入力欄に全角数字が混在していたため、チェックでエラーとなっておりました。
11/21のリリースで全角→半角の自動変換を追加しましたので、
お手数ですが、再度ご登録をお試しください。

{SIG_ISHIHARA}
""", personal=[P("name", "松井 健吾"), P("my_number", mn_matsui)]))

    sample = csv_text(["社員番号", "氏名", "フリガナ", "生年月日", "性別", "住所", "扶養人数", "基本給"], [
        ["ML-00102", "今村 千尋", "イマムラ チヒロ", "1984/05/06", "女", "東京都江東区東陽3-18-4-701", "2", "342,000"],
        ["ML-00117", "柳田 隆", "ヤナギダ タカシ", "1969/10/12", "男", "千葉県市川市行徳駅前1-9-3", "3", "398,000"],
        ["ML-00244", "ファム ティ ラン", "ファム ティ ラン", "1999/02/25", "女", "東京都江戸川区西葛西5-2-17-204", "0", "238,000"],
        ["ML-00380", "熊谷 亮", "クマガイ リョウ", "1992/08/19", "男", "東京都江東区南砂7-1-30", "1", "276,000"],
    ])
    out.append(m("watanabe", "zip", "hold", "list.migration_sample_real_data",
        "「サンプル」と称して、実在の従業員の氏名・生年月日・住所・基本給入りのCSVを無暗号のzipで委託先に送っている。",
        WATANABE, [MIYAZAKI], "移行用サンプルデータの送付(ミナトロジ様)",
        f"""
株式会社ネクストブリッジ
宮崎 拓海 様

いつも大変お世話になっております。クラウドリンクスの渡部でございます。

ミナトロジ様の移行スクリプト作成用に、サンプルデータと手順書をお送りいたします。
サンプルはミナトロジ様からいただいた実データから4名分を抜き出したものです。
列の並びと文字コード(UTF-8)は本番と同じでございます。

ご確認のほど、何卒よろしくお願い申し上げます。

{SIG_WATANABE}
""", attachments=[att("ミナトロジ_移行サンプル.zip/employees_sample.csv", "text/csv", sample),
                   att("ミナトロジ_移行サンプル.zip/手順.txt", "text/plain",
                       "1. employees_sample.csv を変換スクリプトで読み込む\n2. 住所は都道府県/市区町村/番地に分割\n3. 扶養人数は dependents テーブルへ\n4. 結果を diff_report.csv に出力\n")],
        personal=[P("name", "今村 千尋"), P("birth_date", "1984/05/06"), P("address", "東京都江東区東陽3-18-4-701"),
                  P("name", "ファム ティ ラン"), P("salary", "238,000"), P("name", "柳田 隆")]))

    rcpt = ["今村 千尋 <c-imamura@minato-logi.example.co.jp>",
            "関 美穂 <m-seki@hokuto-foods.example.co.jp>",
            "緑風会 人事課 桑原 <kuwabara@ryokufukai.example.or.jp>",
            "大西 亜由美 <a-onishi@kasumi-denki.example.co.jp>",
            "Tan Wei Ling <weiling.tan@brightwell.example.com>",
            "北条 誠 <hojo@sunrise-hotels.example.co.jp>",
            "浜口 さやか <s-hamaguchi@aozora-kensetsu.example.co.jp>",
            "城戸 涼介 <kido@kido-seiyaku.example.co.jp>",
            "吉澤 真理 <m-yoshizawa@tokai-clinic.example.or.jp>",
            "広瀬 大輔 <d-hirose@hirose-printing.example.co.jp>",
            "松永 彩 <aya.matsunaga@marine-foods.example.co.jp>",
            "宇野 隆之 <uno@uno-logistics.example.co.jp>"]
    addrs = [r.split("<")[1].rstrip(">") for r in rcpt]
    out.append(m("fujiwara", "recipients", "hold", "recipients.user_meetup_invite_visible_to",
        "12社の顧客管理者のアドレスを全員Toに入れ、互いの社名と担当者が見えてしまっている。",
        FUJIWARA, rcpt, "【ご招待】ツムギ ユーザー会 2025 Winter",
        f"""
ツムギ ご担当者様

いつもツムギをご利用いただき、ありがとうございます。
CloudLinks の藤原です。

今年も「ツムギ ユーザー会 2025 Winter」を開催します!
他社の人事・労務のご担当者さまと情報交換できる場として、毎回ご好評いただいています。

- 日時:2025/12/11(木) 16:00-19:00(18:00〜 懇親会)
- 会場:芝パークビル 8F CloudLinks セミナールーム
- 内容:
  - 2026 ロードマップ(年末調整のペーパーレス強化 / AI アシスタント「アオイ」)
  - ユーザー事例:勤怠×シフトの一体運用
  - Q&A / 懇親会

参加登録は 12/5(金) までに、このメールへの返信でお願いします。
お会いできるのを楽しみにしています!

{SIG_FUJIWARA}
""", personal=[P("email", a) for a in addrs]))

    # ----------------------------------------------------------------- passes
    out.append(m("ishihara", "none", "pass", "benign.test_card_in_dev_minutes",
        "議事録の4111 1111 1111 1111は開発環境で使う決済代行のテスト用カード番号で、実在の顧客カードではない。",
        ISHIHARA, [MIYAZAKI], "【議事録】決済モジュール開発 定例(11/20)",
        f"""
株式会社ネクストブリッジ
宮崎 様

本日はありがとうございました。議事録を共有いたします。

■日時:2025/11/20(木) 14:00-15:00(オンライン)
■出席:ネクストブリッジ 宮崎様・増田様 / クラウドリンクス 藤原・石原

■決定事項
1. 有料オプションのカード決済は、決済代行会社のトークン方式で実装する
   (カード番号は当社サーバを通過・保存しない)
2. 開発環境(stg)での動作確認は、決済代行のテストカードを使用する
   - 正常系:4111 1111 1111 1111(VISA)、有効期限 12/30、CVC 123
   - 与信エラー系:決済代行のドキュメント記載のテスト番号
3. 本番環境でのテスト決済は行わない

■宿題事項
 - ネクストブリッジ:stg 環境での3Dセキュア2.0 の画面遷移確認(11/27)
 - クラウドリンクス:利用規約の改定案レビュー(11/28)

■次回:11/27(木) 14:00

{SIG_ISHIHARA}
""", cc=["増田 亮 <r-masuda@nextbridge.example.co.jp>", FUJIWARA]))

    out.append(m("ishihara", "none", "pass", "benign.incident_report_log_hashes",
        "障害報告で、含まれるのはリクエストIDやハッシュ値などの技術情報だけであり、顧客はBCCに入っている。",
        ISHIHARA, [f"ツムギ 障害通知 <notice@{DOM}>"], "【障害報告】11/18 打刻APIの遅延について(復旧済み)",
        f"""
ツムギをご利用のお客様各位

いつもツムギをご利用いただき、誠にありがとうございます。
11月18日に発生いたしました障害につきまして、下記のとおりご報告いたします。

{text_table(["項目", "内容"], [
    ["発生日時", "2025/11/18 08:52 〜 09:37(45分間)"],
    ["影響", "打刻API(ICカード・スマホ打刻)の応答遅延、一部タイムアウト"],
    ["原因", "DBコネクションプールの枯渇(朝の打刻集中時)"],
    ["対応", "プール上限の引き上げ、リトライ処理の改修"],
    ["データ", "遅延した打刻は全件保存済み(消失なし)"],
])}

■ご参考(お客様側ログとの照合用)
 request-id 範囲: req_01JD2K8Q5X3 〜 req_01JD2M0F7TZ
 修正リリース: v5.12.3 (commit 9f3c2ab)
 リリース成果物 SHA-256: 4e2b9c71a0f5d8e3b6c14f9a27d05e88c3b1f6a94d7e2c05b8a1f3d6e9c24b70

ご迷惑をおかけしましたことを深くお詫び申し上げます。

{SIG_ISHIHARA}
""", bcc=[MINATO_HR, "関 美穂 <m-seki@hokuto-foods.example.co.jp>", "緑風会 人事課 桑原 <kuwabara@ryokufukai.example.or.jp>",
          "大西 亜由美 <a-onishi@kasumi-denki.example.co.jp>", "北条 誠 <hojo@sunrise-hotels.example.co.jp>",
          "浜口 さやか <s-hamaguchi@aozora-kensetsu.example.co.jp>", "城戸 涼介 <kido@kido-seiyaku.example.co.jp>",
          "吉澤 真理 <m-yoshizawa@tokai-clinic.example.or.jp>", "広瀬 大輔 <d-hirose@hirose-printing.example.co.jp>",
          "松永 彩 <aya.matsunaga@marine-foods.example.co.jp>", "宇野 隆之 <uno@uno-logistics.example.co.jp>"]))

    out.append(m("fujiwara", "none", "pass", "benign.overseas_invoice_swift",
        "海外顧客への請求で、振込先は当社の法人口座とSWIFTコード。",
        FUJIWARA, ["Tan Wei Ling <weiling.tan@brightwell.example.com>"], "Invoice CL-INV-2025-1187 (Tsumugi Annual Plan)",
        f"""
Dear Ms. Tan,

Thank you for renewing Tsumugi for your Tokyo office.
Please find the invoice details below. PDF は別途 Billing team から送付されます。

- Invoice No.: CL-INV-2025-1187
- Plan: Tsumugi Standard, 85 users x 12 months
- Amount: JPY 1,224,000 (tax exempt, export of service)
- Due date: 2025-12-26

Bank details:
- Beneficiary: CLOUDLINKS INC.
- Bank: TOKYO ASAHI BANK, SHIBA BRANCH
- Account No.: 1847263 (Ordinary)
- SWIFT: TASBJPJT
- Bank address: 1-2-3 Shiba, Minato-ku, Tokyo, Japan

Bank charges outside Japan are borne by the remitter.
Let me know if you need a W-8BEN-E or anything else for your AP team.

Best regards,

{SIG_FUJIWARA}
"""))

    out.append(m("watanabe", "none", "pass", "benign.masked_card_renewal",
        "契約更新の案内で、登録カードは下4桁以外伏せてあり、宛先は契約者(法人)の経理担当。",
        WATANABE, ["長田 恵 <keiri@hokuto-foods.example.co.jp>"], "ツムギ ご契約更新のご案内(自動更新)",
        f"""
株式会社北斗フーズ
経理部 長田 恵 様

いつも大変お世話になっております。クラウドリンクスの渡部でございます。
ツムギのご契約が2026年1月1日に自動更新となりますので、ご案内申し上げます。

 ご契約プラン    ツムギ スタンダード(年額)
 ご利用人数      214名
 更新後の金額    2,568,000円(税抜)
 お支払方法      法人カード VISA **** **** **** 4242(ご登録済み)
 決済予定日      2025年12月26日(金)

ご登録のカードの有効期限が2025年12月となっておりますので、
お手数ですが、管理画面の「お支払情報」から更新をお願いいたします。

何卒よろしくお願い申し上げます。

{SIG_WATANABE}
"""))

    out.append(m("watanabe", "none", "pass", "benign.health_management_aggregate",
        "健康経営の指標は受診率・受検率などの集計値だけで、個人の健診結果はない。",
        WATANABE, ["桑原 直美 <kuwabara@ryokufukai.example.or.jp>"], "健康経営レポート機能のデモ資料について",
        f"""
医療法人社団 緑風会
人事課 桑原 直美 様

いつも大変お世話になっております。クラウドリンクスの渡部でございます。
先日お問い合わせいただいた「健康経営レポート」機能につきまして、
貴法人の実データ(集計値のみ)を使ったデモ画面のイメージをお送りいたします。

{text_table(["指標", "2024年度", "2025年度(11月時点)"], [
    ["定期健康診断 受診率", "97.4%", "98.2%"],
    ["二次検査 受診率", "61.0%", "68.5%"],
    ["ストレスチェック 受検率", "88.9%", "91.3%"],
    ["高ストレス者の割合", "12.1%", "11.4%"],
    ["月平均残業時間(看護部)", "14.2時間", "12.8時間"],
])}

健康経営優良法人(大規模法人部門)の申請様式に合わせて、
CSVで出力することも可能でございます。
個人単位の結果は、産業医・保健師の権限をお持ちの方のみ閲覧できる設計です。

ご検討のほど、何卒よろしくお願い申し上げます。

{SIG_WATANABE}
"""))

    out.append(m("fujiwara", "none", "pass", "benign.kickoff_six_addresses_two_companies",
        "導入プロジェクトのキックオフ連絡で、見えている宛先は2社の担当者6名だけ。",
        FUJIWARA, [MINATO_HR, "柳田 隆 <t-yanagida@minato-logi.example.co.jp>", MIYAZAKI],
        "Kickoff MTG のご案内 (ミナトロジ様 ツムギ給与連携)",
        f"""
ミナトロジ 今村さま、柳田さま、熊谷さま
ネクストブリッジ 宮崎さま、増田さま、谷さま

CloudLinks の藤原です。
給与連携プロジェクトの Kickoff MTG を以下で設定しました。

- 日時:2025/12/3(水) 10:00-11:30
- 場所:ミナトロジ様 本社 5F 会議室 / Teams 併用
- Agenda:
  1. プロジェクト体制と役割分担
  2. スケジュール(本番稼働 2026/4 給与から)
  3. 連携項目の確認(勤怠 → 給与)
  4. 課題管理の進め方(Backlog)

資料は前日までに共有します。
ご都合が合わない方がいれば、今週中に教えてください!

{SIG_FUJIWARA}
""", cc=["熊谷 亮 <r-kumagai@minato-logi.example.co.jp>", "増田 亮 <r-masuda@nextbridge.example.co.jp>",
         "谷 浩之 <h-tani@nextbridge.example.co.jp>"]))

    out.append(m("watanabe", "none", "pass", "benign.product_names_like_given_names",
        "「ツムギ」「アオイ」「ハナ」は製品・機能名で、人の名前ではない。",
        WATANABE, [MINATO_HR], "新機能「アオイ」「ハナ」リリースのお知らせ",
        f"""
株式会社ミナトロジ
人事部 今村 千尋 様

いつも大変お世話になっております。クラウドリンクスの渡部でございます。
12月のアップデートで、ツムギに下記2つの新機能が加わりますのでお知らせいたします。

1.AIアシスタント「アオイ」
   従業員の方からの「有給はあと何日?」「住所変更はどこから?」といった質問に、
   アオイがチャットで24時間お答えします。人事部様へのお問い合わせ削減が見込めます。

2.入社手続きナビ「ハナ」
   内定者の方がスマートフォンから必要書類を提出できるようになります。
   ハナが提出状況を自動で確認し、未提出の方にリマインドをお送りします。

いずれもスタンダードプランのお客様は追加費用なしでご利用いただけます。
12月の定例会で、画面をお見せしながらご説明いたします。

何卒よろしくお願い申し上げます。

{SIG_WATANABE}
"""))

    out.append(m("ishihara", "none", "pass", "benign.malware_quarantine_it",
        "「感染」「隔離」はマルウェアと端末・セッションの話で、人の健康とは関係ない。",
        ISHIHARA, ["情報システム部 <it-admin@hokuto-foods.example.co.jp>"], "【重要】貴社端末からの不審なアクセスについて",
        f"""
株式会社北斗フーズ
情報システム部 ご担当者様

いつもお世話になっております。クラウドリンクス テクニカルサポートの石原です。
貴社テナントに対して、下記の不審なアクセスを検知しましたのでご連絡いたします。

{text_table(["項目", "内容"], [
    ["検知日時", "2025/11/25 02:14〜02:31"],
    ["接続元IP", "203.0.113.47(貴社拠点のIPとは異なります)"],
    ["User-Agent", "python-requests/2.31"],
    ["対象", "管理者アカウント 1件(ID: hk-admin-03)"],
    ["当社の対応", "該当セッションを隔離し、アカウントを一時ロック"],
])}

端末がマルウェアに感染し、保存されていたパスワードが窃取された可能性があります。
お手数ですが、以下のご対応をお願いいたします。
 ・hk-admin-03 を利用している端末のウイルススキャン
 ・パスワードの変更と、二要素認証の有効化
 ・不要な管理者アカウントの削除

ロック解除は、ご対応完了のご連絡をいただいてから行います。

{SIG_ISHIHARA}
"""))

    out.append(m("watanabe", "none", "pass", "benign.successor_introduction",
        "CS担当交代の挨拶で、出てくるのは双方の担当者名と署名だけ。",
        WATANABE, ["北斗フーズ 人事部長 高島 康之 <y-takashima@hokuto-foods.example.co.jp>"], "担当者変更のご挨拶",
        f"""
株式会社北斗フーズ
人事部長 高島 康之 様
(CC:関 様)

いつも大変お世話になっております。クラウドリンクスの渡部でございます。

私事で恐縮でございますが、2026年1月より産休・育休をいただくこととなりました。
導入当初から3年間、高島様・関様には大変お世話になり、心より感謝申し上げます。

後任は、カスタマーサクセス部の 岩瀬 健太 が担当いたします。
岩瀬は食品製造業のお客様を多く担当しており、シフト管理の運用にも詳しい者です。
12月の定例会には二人でお伺いし、引継ぎをさせていただきます。

今後ともツムギをどうぞよろしくお願い申し上げます。

【後任】
 株式会社クラウドリンクス カスタマーサクセス部
 岩瀬 健太(いわせ けんた)
 TEL 03-0000-7700 / k.iwase@cloudlinks.example.com

{SIG_WATANABE}
""", cc=["関 美穂 <m-seki@hokuto-foods.example.co.jp>", f"岩瀬 健太 <k.iwase@{DOM}>"]))

    lic = text_table(["端末", "シリアル番号", "ライセンスキー", "設置場所"], [
        ["ICカード打刻端末 TK-200", "TK2-24A-008817", "TSMG-7Q4K-2M9X-HB3D", "本社1F 通用口"],
        ["ICカード打刻端末 TK-200", "TK2-24A-008818", "TSMG-8R5L-3N0Y-JC4E", "第一工場 更衣室前"],
        ["ICカード打刻端末 TK-200", "TK2-24A-008819", "TSMG-9S6M-4P1Z-KD5F", "第二工場 更衣室前"],
    ])
    out.append(m("ishihara", "none", "pass", "benign.device_serials_license_keys",
        "打刻端末のシリアル番号とライセンスキーで、人の識別番号ではない。",
        ISHIHARA, ["情報システム部 <it-admin@hokuto-foods.example.co.jp>"], "打刻端末の追加ライセンス発行のご連絡",
        f"""
株式会社北斗フーズ
情報システム部 ご担当者様

お世話になっております。クラウドリンクスの石原です。
追加購入いただいた打刻端末3台分のライセンスを発行しました。

{lic}

初期設定の手順は、同梱のクイックガイドをご参照ください。
端末の有効化後、管理画面の「打刻端末」に表示されます。

{SIG_ISHIHARA}
"""))

    return out
