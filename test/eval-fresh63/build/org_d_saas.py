"""Org D: 株式会社ルミナソフト カスタマーサポート部（勤怠・給与SaaS）."""

ORG = "D: ルミナソフト（SaaS カスタマーサポート）"
DOM = "luminasoft.example.com"

W_FUJII = "藤井 亮（サポート部 チームリーダー）"
W_TAKAHATA = "高畑 ゆかり（カスタマーサポート）"
W_MIURA = "三浦 翔（テクニカルサポート）"

F_FUJII = "藤井 亮（ルミナソフト） <ryo.fujii@luminasoft.example.com>"
F_TAKAHATA = "ルミナソフト サポート 高畑 <support@luminasoft.example.com>"
F_MIURA = "Sho Miura <sho.miura@luminasoft.example.com>"

SIG_FUJII = """
────────────────────────────
株式会社ルミナソフト
カスタマーサポート部 チームリーダー
藤井 亮（ふじい りょう）／ Ryo Fujii
〒150-0000 東京都渋谷区桜丘町12-4 渋谷サクラテラス9F
TEL：03-0000-5810（サポート窓口 平日9:00〜18:00）
Mail：support@luminasoft.example.com
稼働状況：https://status.luminasoft.example.com
────────────────────────────
「Lumina勤怠」「Lumina給与」は株式会社ルミナソフトの登録商標です。"""

SIG_TAKAHATA = """
--
株式会社ルミナソフト カスタマーサポート
高畑 ゆかり
support@luminasoft.example.com ／ 03-0000-5810
※ご返信の際は、件名の [#チケット番号] を消さずにお送りください。"""

SIG_MIURA = """
---
Sho Miura | 三浦 翔
Technical Support Engineer, LuminaSoft Inc.
sho.miura@luminasoft.example.com | +81-3-0000-5810"""

ADMINS = [
    "東邦ケミカル 人事部 <jinji@toho-chemical.example.jp>",
    "北斗物流 情報システム部 飯田様 <iida@hokuto-logi.example.jp>",
    "ミドリ製菓 総務課 <soumu@midori-seika.example.jp>",
    "さくら歯科グループ 本部 <honbu@sakura-shika.example.jp>",
    "アーバンフィット 人事 <hr@urbanfit.example.jp>",
    "丸の内会計 管理部 <kanri@marunouchi-kaikei.example.jp>",
    "青葉ケアサービス 事務局 <office@aoba-care.example.jp>",
    "ニシムラ電機 人事総務 <jinji@nishimura-denki.example.jp>",
    "港ホテルズ 労務課 <roumu@minato-hotels.example.jp>",
    "グリーンリーフ保育 本部 <honbu@greenleaf-hoiku.example.jp>",
    "カネダ食品 総務部 <soumu@kaneda-foods.example.jp>",
    "TSUBAKI Design 管理 <admin@tsubaki-design.example.com>",
    "関東ビルメンテ 人事課 <jinji@kanto-bm.example.jp>",
    "みらい学習塾 本部 <honbu@mirai-juku.example.jp>",
    "オフィスネクスト 販売パートナー窓口 <partner@officenext.example.jp>",
]

MAILS = []

def add(**m):
    MAILS.append(m)

# ---------------------------------------------------------------- holds
add(key="D01", writer=W_MIURA, loc="body", expect="hold", kind="id.card",
    why="顧客管理者が電話で伝えたクレジットカード番号（16桁・有効期限・名義）を本文に書いて決済代行会社へ送っている。",
    **{"from": F_MIURA},
    to=["PayNext Japan 加盟店サポート <merchant-support@paynext.example.com>"],
    subject="決済エラーの調査依頼（加盟店ID LMS-00821）",
    text="""PayNext Japan株式会社
加盟店サポート ご担当者さま

お世話になっております。株式会社ルミナソフトの三浦です。
当社サービスの月額利用料の決済で、特定のお客さまのカードだけ「E-301（オーソリ拒否）」が続いております。
お客さまの管理者さまにお電話で確認したところ、カード会社側では利用停止等はしていないとのことでした。

お客さまから読み上げていただいたカード情報は以下のとおりです。
　カード番号：4532 0187 4412 6906
　有効期限：08/27
　名義：TAKUMI OGAWA（株式会社アーバンフィット 代表取締役）

11/25 10:14、11/26 10:12、11/27 10:15 の3回、同じエラーになっています。
御社側のログで拒否理由をご確認いただけますでしょうか。
""" + SIG_MIURA,
    personal=[
        {"type": "card", "value": "4532 0187 4412 6906"},
        {"type": "card_expiry", "value": "有効期限：08/27"},
        {"type": "name", "value": "TAKUMI OGAWA"},
    ])

add(key="D02", writer=W_FUJII, loc="body", expect="hold", kind="sensitive.health",
    why="顧客企業の社員の実名・社員番号と、うつ病・適応障害による休職、傷病手当金の申請状況を導入支援パートナーへ送っている。",
    **{"from": F_FUJII},
    to=["ワークフロー・デザイン 宮崎様 <miyazaki@wf-design.example.jp>"],
    subject="東邦ケミカル様 休職者の勤怠区分の設定について",
    text="""株式会社ワークフロー・デザイン
宮崎 様

いつもお世話になっております。ルミナソフトの藤井です。
東邦ケミカル様の人事部から、休職者の勤怠区分の設定について相談を受けました。
御社で導入支援を担当いただいているので、設定作業をお願いできればと思います。

対象者：上野 裕之 様（社員番号 T-20417、製造部）
・10月に適応障害と診断され、その後うつ病に診断名が変わって、11/1から休職中とのこと
・傷病手当金を申請中のため、11月以降は「私傷病休職（無給）」で集計したい
・復職時は、産業医の意見でリハビリ出勤（1日4時間・週3日）から始める予定

必要な設定は次の2点です。
1. 勤怠区分「私傷病休職」の新設（有給休暇の付与日数計算から除外）
2. 短時間勤務パターン「リハビリ4h」の追加

12/10の締め処理までに反映いただけると助かります。
""" + SIG_FUJII,
    personal=[
        {"type": "name", "value": "上野 裕之"},
        {"type": "employee_id", "value": "T-20417"},
        {"type": "diagnosis", "value": "適応障害と診断され、その後うつ病に診断名が変わって"},
        {"type": "health", "value": "傷病手当金を申請中"},
    ])

add(key="D03", writer=W_MIURA, loc="attachment", expect="hold", kind="list.user_export",
    why="英文の本文は再現依頼だけだが、添付CSVは顧客企業の実データで、社員8名の氏名・メール・携帯・生年月日・住所が入っている。海外の開発委託先への送付。",
    **{"from": F_MIURA},
    to=["Le Thi Huong <huong.le@hanoi-devworks.example.com>"],
    cc=["Hanoi DevWorks QA <qa@hanoi-devworks.example.com>"],
    subject="[LMS-4412] CSV import fails on rows with long kana names - sample file",
    text="""Hi Huong,

Thanks for picking this up so quickly.
As discussed in yesterday's stand-up, the employee CSV import fails with
"ERR_IMPORT_022: field length exceeded" on some rows, but only when the furigana
column contains long-vowel marks (ー) or small kana.

I've attached the file the customer actually tried to upload. Rows 3 and 7 reproduce
the error on staging every time. Please use it for reproduction on staging only.

Expected: all 8 rows imported.
Actual: rows 3 and 7 rejected, the rest imported.

Could you let me know by Friday whether this is the same root cause as LMS-4388?

Best,
Sho
""" + SIG_MIURA,
    attachments=[{
        "filename": "employees_import_toho_20241125.csv",
        "contentType": "text/csv",
        "text": """社員番号,氏名,フリガナ,メールアドレス,携帯電話,生年月日,入社日,住所
T-21001,山下 陽介,ヤマシタ ヨウスケ,y.yamashita@toho-chemical.example.jp,090-3326-1148,1991/04/12,2024/12/01,神奈川県川崎市川崎区殿町2-7-14
T-21002,佐藤 千夏,サトウ チナツ,c.sato@toho-chemical.example.jp,080-5527-3301,1996/08/30,2024/12/01,東京都大田区羽田3-4-9
T-21003,ヴォーン・シャーロット,ヴォーン シャーロット,c.vaughan@toho-chemical.example.jp,070-2218-6604,1993/01/19,2024/12/01,東京都港区芝浦4-12-33-1105
T-21004,田村 光一,タムラ コウイチ,k.tamura@toho-chemical.example.jp,090-1183-7420,1987/11/02,2024/12/01,神奈川県横浜市鶴見区本町通1-22
T-21005,高木 由里子,タカギ ユリコ,y.takagi@toho-chemical.example.jp,080-9916-2235,1999/06/07,2024/12/01,東京都品川区南大井6-8-2
T-21006,井上 徹,イノウエ トオル,t.inoue@toho-chemical.example.jp,090-4471-8802,1979/03/25,2024/12/01,神奈川県川崎市幸区南幸町3-1-5
T-21007,シュトラウス・ユーリー,シュトラウス ユーリー,y.strauss@toho-chemical.example.jp,070-6630-9127,1990/10/14,2024/12/01,東京都江東区豊洲5-6-20-2203
T-21008,小林 葵,コバヤシ アオイ,a.kobayashi@toho-chemical.example.jp,080-2204-5519,2001/12/28,2024/12/01,東京都大田区蒲田5-30-1
""",
    }],
    personal=[
        {"type": "name", "value": "ヴォーン・シャーロット"},
        {"type": "phone", "value": "070-2218-6604"},
        {"type": "birthdate", "value": "1993/01/19"},
        {"type": "address", "value": "東京都港区芝浦4-12-33-1105"},
        {"type": "name", "value": "シュトラウス・ユーリー"},
        {"type": "email", "value": "y.strauss@toho-chemical.example.jp"},
        {"type": "address", "value": "東京都江東区豊洲5-6-20-2203"},
    ])

add(key="D04", writer=W_TAKAHATA, loc="attachment", expect="hold", kind="id.mynumber",
    why="本文はエラー再現の依頼だけだが、添付XLSXは顧客の実データで、社員と扶養親族の個人番号（マイナンバー）が入っている。保守委託先への送付。",
    **{"from": F_TAKAHATA},
    to=["システムブリッジ 保守チーム <hoshu@systembridge.example.jp>"],
    subject="[#58821] 年末調整データ取込時の扶養控除エラー（再現データ）",
    text="""株式会社システムブリッジ
保守チーム ご担当者さま

お世話になっております。ルミナソフト サポートの高畑です。
チケット #58821 の件、お客さま（ミドリ製菓様）から取込に失敗したファイルをいただきましたので添付します。

・エラー：「扶養親族の控除区分が不正です（E-NT-114）」
・発生行：2行目、3行目（どちらも16歳未満の扶養親族がいる行）
・1行目は正常に取り込めます

昨年の様式では同じデータで通っていたとのことです。
年末調整の締めが12/13のため、今週中に原因だけでもお知らせいただけると助かります。
""" + SIG_TAKAHATA,
    attachments=[{
        "filename": "nencho_import_midori_error.xlsx",
        "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text": """[扶養控除等申告]
社員番号\t氏名\t個人番号\t生年月日\t扶養親族氏名\t続柄\t扶養親族個人番号\t扶養親族生年月日\t控除区分
M-0112\t今村 隆之\t2181 0979 5394\t1982/05/14\t今村 まどか\t配偶者\t4952 4460 5922\t1984/09/02\t配偶者控除
M-0245\t川口 聡美\t5135 2836 9704\t1987/02/23\t川口 蒼\t子\t1692 0027 1933\t2012/07/30\t年少扶養
M-0307\t原 健\t4147 4164 6489\t1975/11/08\t原 つばさ\t子\t9278 0161 1199\t2015/03/16\t年少扶養
""",
    }],
    personal=[
        {"type": "name", "value": "今村 隆之"},
        {"type": "mynumber", "value": "2181 0979 5394"},
        {"type": "mynumber", "value": "4952 4460 5922"},
        {"type": "name", "value": "川口 聡美"},
        {"type": "mynumber", "value": "5135 2836 9704"},
        {"type": "mynumber", "value": "1692 0027 1933"},
        {"type": "mynumber", "value": "4147 4164 6489"},
        {"type": "mynumber", "value": "9278 0161 1199"},
    ])

add(key="D05", writer=W_FUJII, loc="attachment", expect="hold", kind="personal.skill_sheet",
    why="本文は担当者紹介だけだが、添付のスキルシートにパートナー企業のエンジニアの生年月日・自宅住所・最寄駅・私用携帯・私用メール・単価が入っている。顧客（第三者）への送付。",
    **{"from": F_FUJII},
    to=["北斗物流 情報システム部 飯田様 <iida@hokuto-logi.example.jp>"],
    subject="オンサイト導入支援の担当エンジニアのご紹介",
    text="""株式会社北斗物流
情報システム部　飯田 様

いつもお世話になっております。ルミナソフトの藤井です。
12月から始まるオンサイト導入支援について、常駐するエンジニアが決まりましたのでご紹介します。
パートナー企業（ワークフロー・デザイン社）所属の近藤が担当いたします。
入館証の発行に必要とのことでしたので、スキルシートを添付します。

初日は12月2日（月）9:30に、御社本社1階の受付に伺います。
私も初日は同行いたします。
""" + SIG_FUJII,
    attachments=[{
        "filename": "skillsheet_kondo_y.docx",
        "contentType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "text": """スキルシート
氏名：近藤 雄大（こんどう ゆうだい）　性別：男性
生年月日：1992年1月25日（32歳）
現住所：埼玉県川口市芝新町8-17 レジデンス芝203
最寄駅：JR京浜東北線 蕨駅（徒歩12分）
携帯電話：090-7732-1596
メール（個人）：yudai.kondo.92@gmail.com
所属：株式会社ワークフロー・デザイン（正社員）
最終学歴：2014年 東都工業大学 情報工学科 卒業
資格：応用情報技術者、社会保険労務士（試験合格・未登録）
経歴概要：
2014-2019 SIerにて人事給与パッケージの導入（勤怠・給与計算のパラメータ設定）
2019-現在 クラウド勤怠・給与システムの導入支援、データ移行、運用設計
希望単価：月額 72万円（税別）／稼働可能日：2024年12月1日〜
""",
    }],
    personal=[
        {"type": "name", "value": "近藤 雄大"},
        {"type": "birthdate", "value": "1992年1月25日"},
        {"type": "address", "value": "埼玉県川口市芝新町8-17 レジデンス芝203"},
        {"type": "phone", "value": "090-7732-1596"},
        {"type": "email", "value": "yudai.kondo.92@gmail.com"},
    ])

add(key="D06", writer=W_TAKAHATA, loc="quoted", expect="hold", kind="id.drivers_license",
    why="本文は手続きの案内だけだが、引用した顧客管理者のメールに運転免許証番号・生年月日・私用携帯が入ったまま販売パートナーへ送っている。",
    **{"from": F_TAKAHATA},
    to=["オフィスネクスト 販売パートナー窓口 <partner@officenext.example.jp>"],
    subject="Re: [#59102] 管理者アカウントのロック解除について",
    text="""株式会社オフィスネクスト
販売パートナー窓口 ご担当者さま

お世話になっております。ルミナソフト サポートの高畑です。
カネダ食品様の管理者アカウントがロックされている件、お客さまから本人確認の情報をいただきました。
下記のとおり共有いたします。

販売店経由でご契約のお客さまのため、ロック解除の申請は御社からいただく必要がございます。
パートナー管理画面の「管理者リセット申請」からご申請をお願いいたします。
""" + SIG_TAKAHATA + """

> -----Original Message-----
> From: 中島 由美子 <yumiko.nakajima.k@gmail.com>
> Sent: Tuesday, November 26, 2024 7:58 PM
> To: support@luminasoft.example.com
> Subject: [#59102] 管理者アカウントのロック解除について
>
> ルミナソフト サポート御中
> カネダ食品の総務の中島です。会社のメールが使えないので個人のアドレスから失礼します。
> パスワードを何度か間違えてロックされてしまいました。
> 本人確認として、以下をお送りします。
>   氏名：中島 由美子
>   生年月日：1978年4月9日
>   運転免許証番号：第306124578890号
>   携帯：080-6614-2273
> 明日の給与締めに間に合うよう、至急お願いします。
""",
    personal=[
        {"type": "name", "value": "中島 由美子"},
        {"type": "email", "value": "yumiko.nakajima.k@gmail.com"},
        {"type": "birthdate", "value": "1978年4月9日"},
        {"type": "drivers_license", "value": "306124578890"},
        {"type": "phone", "value": "080-6614-2273"},
    ])

add(key="D07", writer=W_MIURA, loc="quoted", expect="hold", kind="list.payroll",
    why="本文は原因の推測と再現依頼だけだが、転送した顧客のメールに社員6名の氏名・基本給・残業時間・支給額の表がある。保守委託先への送付。",
    **{"from": F_MIURA},
    to=["システムブリッジ 開発 鷲尾様 <washio@systembridge.example.jp>"],
    subject="Fw: [#59330] 残業代の計算結果が合わない件",
    text="""鷲尾さん

お疲れさまです。ルミナソフトの三浦です。
お客さまからの問い合わせを転送します。
深夜割増の端数処理（1分単位→30分単位の丸め）が、月の途中で設定を変えた場合に二重にかかっているように見えます。
v4.12.3 で再現するかご確認いただけますか。

三浦
""" + SIG_MIURA + """

---------- Forwarded message ---------
From: 青葉ケアサービス 事務局 坂口 <office@aoba-care.example.jp>
Date: 2024年11月27日(水) 15:20
Subject: [#59330] 残業代の計算結果が合わない件
To: support@luminasoft.example.com

ルミナソフト サポートご担当者さま

11月分の給与計算で、夜勤のある職員の残業代が手計算と合いません。
該当する職員の数字をお送りしますので、ご確認ください。

| 社員番号 | 氏名       | 基本給   | 残業時間 | 深夜時間 | システム計算 | 手計算   |
|----------|------------|----------|----------|----------|--------------|----------|
| A-031    | 坂口 正美  | 238,000  | 22.5     | 32.0     | 71,420       | 73,985   |
| A-044    | 三上 大輔  | 251,000  | 18.0     | 40.0     | 68,105       | 71,330   |
| A-052    | 福島 里奈  | 226,500  | 12.0     | 24.0     | 41,260       | 43,018   |
| A-060    | 宇野 智之  | 244,000  | 30.5     | 48.0     | 97,770       | 101,845  |
| A-071    | 荒井 絵美  | 219,000  | 8.0      | 16.0     | 26,990       | 28,102   |
| A-083    | 沖田 健吾  | 262,000  | 25.0     | 36.0     | 84,335       | 87,910   |

12月2日に確定処理をしたいので、それまでにご回答いただけますと幸いです。
青葉ケアサービス株式会社 事務局 坂口
""",
    personal=[
        {"type": "name", "value": "坂口 正美"},
        {"type": "salary", "value": "238,000"},
        {"type": "name", "value": "宇野 智之"},
        {"type": "salary", "value": "244,000"},
        {"type": "name", "value": "沖田 健吾"},
    ])

add(key="D08", writer=W_TAKAHATA, loc="subject", expect="hold", kind="id.mynumber",
    why="件名に実在の形式を満たす12桁の個人番号が入っている。本文は番号に触れず「件名の番号」とだけ書く。保守委託先への送付。",
    **{"from": F_TAKAHATA},
    to=["システムブリッジ 保守チーム <hoshu@systembridge.example.jp>"],
    subject="[#59412] 個人番号 309229954076 がチェックデジットエラーになる件",
    text="""株式会社システムブリッジ
保守チーム ご担当者さま

お世話になっております。ルミナソフト サポートの高畑です。
ミドリ製菓様から、件名の番号を社員マスタに登録しようとすると「個人番号の形式が正しくありません」と表示されるとのお問い合わせがありました。
お客さま側で、通知カードの記載と一致していることは確認済みだそうです。

ほかのお客さまからは同様の問い合わせは来ていないため、特定の桁の組み合わせで検査用数字の計算が
誤っている可能性があります。検証ロジックの確認をお願いできますでしょうか。
""" + SIG_TAKAHATA,
    personal=[
        {"type": "mynumber", "value": "309229954076"},
    ])

add(key="D09", writer=W_MIURA, loc="zip", expect="hold", kind="attachment.encrypted_zip",
    why="調査ログをパスワード付きZIPで顧客へ送り、パスワードは別送（PPAP）。",
    **{"from": F_MIURA},
    to=["北斗物流 情報システム部 飯田様 <iida@hokuto-logi.example.jp>"],
    subject="[#59005] 打刻データ欠落の調査ログの送付",
    text="""株式会社北斗物流
情報システム部　飯田 様

お世話になっております。ルミナソフトの三浦です。
11/18〜11/20の打刻データ欠落について、調査に使ったサーバログと、
御社側でご確認いただきたいICカードリーダーの通信記録をまとめてお送りします。

ファイルはパスワード付きZIPにしています。パスワードは、この後別メールでお送りします。
ご確認いただきたい点は、同梱の README.txt に記載しました。
""" + SIG_MIURA,
    attachments=[{"filename": "hokuto_dakoku_log_1118-1120.zip", "contentType": "application/zip", "encrypted": True}])

add(key="D10", writer=W_FUJII, loc="recipients", expect="hold", kind="recipients.visible_to",
    why="障害のお知らせを、15社の顧客管理者・販売パートナーのアドレスをToに並べて送信。顧客同士に契約関係とアドレスが見える（BCCにすべき）。",
    **{"from": F_FUJII},
    to=ADMINS,
    subject="【障害のお知らせ】Lumina勤怠 打刻APIの遅延について（11/26 9:12〜）",
    text="""Lumina勤怠 管理者の皆さま

いつもLumina勤怠をご利用いただき、ありがとうございます。
本日9時12分ごろから、打刻API（ICカード・スマートフォン打刻）で応答の遅延が発生しております。

・影響：打刻の反映が最大15分程度遅れます（打刻データ自体は失われません）
・対象：東日本リージョンをご利用のお客さま
・状況：原因を特定し、10時05分から対処を実施中です

復旧しだい、改めてご連絡いたします。
最新の状況は、稼働状況ページ（https://status.luminasoft.example.com）でもご確認いただけます。

ご迷惑をおかけし、誠に申し訳ございません。
""" + SIG_FUJII)

# ---------------------------------------------------------------- passes
add(key="D11", writer=W_FUJII, loc=None, expect="pass", kind="benign.it_outage",
    why="システム障害の報告書。「障害」「復旧」「影響」などの語とログの時刻が並ぶが、人の健康とは無関係で、個人情報もない。",
    **{"from": F_FUJII},
    to=["北斗物流 情報システム部 飯田様 <iida@hokuto-logi.example.jp>"],
    subject="障害報告書（11/26 打刻API遅延）のご送付",
    text="""株式会社北斗物流
情報システム部　飯田 様

いつもお世話になっております。ルミナソフトの藤井です。
11月26日に発生した打刻APIの遅延について、障害報告書をお送りします。
ご迷惑をおかけしましたこと、改めてお詫び申し上げます。

要点だけ先にお伝えします。
・原因：キュー処理サーバの自動スケールの上限設定の誤り
・影響：打刻反映の最大14分の遅延（データの欠落なし）
・再発防止：上限値の見直し、監視閾値の追加（12/6までに実施）

詳細は添付のPDFをご確認ください。
""" + SIG_FUJII,
    attachments=[{
        "filename": "incident_report_20241126.pdf",
        "contentType": "application/pdf",
        "text": """障害報告書　LS-INC-2024-031
件名：Lumina勤怠 打刻APIの応答遅延
発生日時：2024年11月26日 9:12　復旧日時：同日 10:41
影響範囲：東日本リージョンのお客さま 412社（打刻反映の遅延、最大14分）
データへの影響：なし（全打刻をキューから再処理済み）
経過：
09:12 監視アラート（キュー滞留 5,000件超）
09:20 障害対応体制を発足、ステータスページで告知
10:05 ワーカー台数の上限を 24→48 に変更
10:41 キュー滞留解消、復旧を確認
原因：月末前の打刻集中に対し、自動スケールの上限が旧設定のままだった
再発防止策：
1. 上限設定の見直しと設定値のコード管理化（12/6完了予定）
2. キュー滞留 2,000件で一次アラートを追加
3. 月末・月初の事前増強手順を運用手順書に追加
""",
    }])

add(key="D12", writer=W_MIURA, loc=None, expect="pass", kind="benign.malware",
    why="検証用端末のマルウェア「感染」と「隔離」の報告。IT機器の話で、ハッシュ値やホスト名は個人を識別しない。",
    **{"from": F_MIURA},
    to=["北斗物流 情報システム部 飯田様 <iida@hokuto-logi.example.jp>"],
    cc=["北斗物流 セキュリティ担当 <security@hokuto-logi.example.jp>"],
    subject="【ご報告】当社検証端末1台のマルウェア感染と隔離対応について",
    text="""株式会社北斗物流
情報システム部　飯田 様
セキュリティご担当者さま

お世話になっております。ルミナソフトの三浦です。
ご心配をおかけしないよう、念のためご報告いたします。

11/28 14:03、当社サポート部の検証用端末1台で、EDRがマルウェアの感染を検知しました。
端末はネットワークから自動で隔離され、15分後に初期化を完了しています。

・検知名：Trojan.GenericKD.71829044
・ファイルのSHA-256：9f2c4e81a07b3d55c6e19a4f0b8d27e3c15a60f9e4d8b3a7c2e01f5d96b4a8e3
・端末名：LS-QA-PC-017（検証専用、顧客データの保存なし）
・感染経路：検証用に取得したフリーのCSV変換ツール

本番環境および御社のテナントへのアクセスはなく、影響はございません。
再発防止として、検証端末へのソフトウェア導入を事前申請制に変更しました。
""" + SIG_MIURA)

add(key="D13", writer=W_MIURA, loc=None, expect="pass", kind="benign.test_card",
    why="開発定例の議事録。ステージングで使うカード番号は決済事業者が公開しているテスト用番号（4111…）で、実在の顧客カードではない。参加者は取引先担当者のみ。",
    **{"from": F_MIURA},
    to=["PayNext Japan 導入支援 野島様 <nojima@paynext.example.com>"],
    cc=["PayNext Japan 開発 Rao様 <rao@paynext.example.com>", F_FUJII],
    subject="議事録：決済モジュール刷新 定例（第7回）",
    text="""野島さん、Raoさん

本日はありがとうございました。第7回定例の議事録を共有します。
誤りがあればご指摘ください。

■日時・場所
2024/11/21（木）16:00-17:00　オンライン

■参加者
PayNext Japan：野島様、Rao様
ルミナソフト：藤井、三浦

■決定事項
1. ステージング環境の3Dセキュア2.0テストは、以下のテスト用カードで実施する
　 - 4111 1111 1111 1111（有効期限は任意の未来日、CVCは任意の3桁）
　 - 認証チャレンジありのケースは、PayNext様の指定するテスト用番号を使う
2. 本番の切替日は 2025/2/3（月）深夜メンテナンス枠とする
3. 旧モジュールのトークンは移行ツールで一括変換（カード番号そのものは当社に保持しない）

■宿題
- PayNext：Webhookの再送間隔の仕様書（11/28まで）
- ルミナソフト：エラーコード対応表の日本語版（11/28まで）

■次回
11/28（木）16:00-
""" + SIG_MIURA)

add(key="D14", writer=W_TAKAHATA, loc=None, expect="pass", kind="benign.log_hash",
    why="ログイン失敗の調査結果。リクエストID・ハッシュ値・会社の固定IPが並ぶだけで、個人を識別する番号ではない。",
    **{"from": F_TAKAHATA},
    to=["ニシムラ電機 人事総務 <jinji@nishimura-denki.example.jp>"],
    subject="Re: [#59188] ログインできない件の調査結果",
    text="""株式会社ニシムラ電機
人事総務 ご担当者さま

お問い合わせありがとうございます。ルミナソフト サポートの高畑です。
11/27 朝のログイン失敗について、調査結果をお知らせします。

原因は、御社で設定されているIPアドレス制限に、新しい拠点の固定IPが登録されていなかったためでした。

　拒否された接続元：203.0.113.48（御社 厚木工場の固定IP）
　リクエストID：req_7e41c2a9d03f4b1b、req_1b8d55e07a6c4f90、req_c3390e2f81d44a7e
　監査ログのハッシュ（SHA-256）：4a7d1ed414474e4033ac29ccb8653d9b5f8c3e1a2d6b7f09e8c4d2a1b3f5e6c7

管理画面の［セキュリティ設定］→［IPアドレス制限］に上記IPを追加いただくと、ログインできるようになります。
設定方法はヘルプ記事「IPアドレス制限を設定する」（ID: HLP-0231）をご覧ください。
""" + SIG_TAKAHATA + """

> 2024/11/27 9:04 ニシムラ電機 人事総務 <jinji@nishimura-denki.example.jp>:
> 今朝から厚木工場の事務所だけログインできません。
> 本社からは問題なく使えています。至急確認をお願いします。
""")

add(key="D15", writer=W_FUJII, loc=None, expect="pass", kind="benign.katakana_product",
    why="新機能の案内。AIアシスタント「ハルカ」、シフト自動作成「アオイ」は人名に見えるカタカナの製品名。",
    **{"from": F_FUJII},
    to=["さくら歯科グループ 本部 <honbu@sakura-shika.example.jp>"],
    subject="新機能「ハルカ」「アオイ」先行利用のご案内",
    text="""医療法人社団さくら歯科グループ
本部 ご担当者さま

いつもLumina勤怠をご利用いただき、ありがとうございます。ルミナソフトの藤井です。
来年1月に正式リリースする2つの新機能について、先行利用のご案内です。

■ハルカ（AIアシスタント）
　管理者の質問に答えてくれるチャット機能です。
　「ハルカ、先月の残業が40時間を超えた人数は？」のように話しかけると、集計結果を表示します。
　※ハルカは集計値だけを答え、個人ごとの明細は権限のある画面でのみ表示されます。

■アオイ（シフト自動作成）
　医院ごとの必要人数と各スタッフの希望休から、シフト案を自動で作ります。
　アオイが作った案は、管理者が確認・修正してから公開されます。

先行利用は12月16日から、追加費用なしでご利用いただけます。
ご希望の場合は、12月6日までにこのメールへご返信ください。
""" + SIG_FUJII)

add(key="D16", writer=W_TAKAHATA, loc=None, expect="pass", kind="benign.invoice_corporate",
    why="月額利用料の請求書送付。適格請求書の登録番号（T＋法人番号）と法人名義の振込先口座で、個人の口座や番号ではない。",
    **{"from": F_TAKAHATA},
    to=["港ホテルズ 経理部 <keiri@minato-hotels.example.jp>"],
    subject="2024年11月分 ご請求書の送付",
    text="""株式会社港ホテルズ
経理部 ご担当者さま

いつもLumina勤怠・Lumina給与をご利用いただき、ありがとうございます。
2024年11月分のご請求書をお送りします。

お支払期限：2024年12月27日（金）
ご不明な点がございましたら、サポート窓口までお問い合わせください。
""" + SIG_TAKAHATA,
    attachments=[{
        "filename": "INV-2024-11-0832.pdf",
        "contentType": "application/pdf",
        "text": """請求書
請求番号：INV-2024-11-0832　発行日：2024年11月30日
株式会社港ホテルズ 御中
株式会社ルミナソフト
登録番号：T8772679319696
品目　数量　単価　金額
Lumina勤怠 スタンダード（11月分）　186ユーザー　330　61,380
Lumina給与 ベーシック（11月分）　186ユーザー　220　40,920
小計 102,300円　消費税（10%）10,230円　合計 112,530円
お振込先：さくら桜丘銀行 渋谷支店 普通 2045817
口座名義：カ）ルミナソフト
※振込手数料はご負担くださいますようお願いいたします。
""",
    }])

add(key="D17", writer=W_TAKAHATA, loc=None, expect="pass", kind="benign.masked_card",
    why="顧客管理者へ登録カードの有効期限切れを案内。カード番号は下4桁以外マスクで、カード情報はメールで送らないよう求めている。",
    **{"from": F_TAKAHATA},
    to=["TSUBAKI Design 管理 <admin@tsubaki-design.example.com>"],
    subject="[#59277] ご登録のお支払いカードの有効期限について",
    text="""TSUBAKI Design株式会社
管理者さま

いつもLumina勤怠をご利用いただき、ありがとうございます。
ルミナソフト サポートの高畑です。

ご登録のお支払いカードの有効期限が、今月末で切れる予定です。

　カード：VISA **** **** **** 4242
　有効期限：2024年12月

12月の月額料金（12月5日決済）に間に合うよう、管理画面の［契約情報］→［お支払い方法］から
新しいカードをご登録ください。
カード番号をメールやお電話でお伝えいただく必要はありません（セキュリティのため、お受けしておりません）。
""" + SIG_TAKAHATA)

add(key="D18", writer=W_FUJII, loc=None, expect="pass", kind="benign.project_cc",
    why="プロジェクトの担当交代とキックオフ日程の調整。見える社外アドレスは2社の計6件で、業務上の関係者のみ。",
    **{"from": F_FUJII},
    to=["北斗物流 飯田様 <iida@hokuto-logi.example.jp>",
        "北斗物流 人事部 坪井様 <tsuboi@hokuto-logi.example.jp>",
        "北斗物流 経理部 松本様 <matsumoto.k@hokuto-logi.example.jp>"],
    cc=["ワークフロー・デザイン 宮崎様 <miyazaki@wf-design.example.jp>",
        "ワークフロー・デザイン 近藤様 <kondo@wf-design.example.jp>",
        "ワークフロー・デザイン 営業 石黒様 <ishiguro@wf-design.example.jp>",
        F_MIURA],
    subject="給与モジュール追加導入：担当交代のご挨拶とキックオフ日程のご相談",
    text="""北斗物流 飯田様、坪井様、松本様
（cc：ワークフロー・デザイン 宮崎様、近藤様、石黒様／当社 三浦）

いつもお世話になっております。ルミナソフトの藤井です。
Lumina給与の追加導入プロジェクトについて、2点ご連絡いたします。

1. 担当交代について
　これまで技術窓口を務めていた当社の佐野が12月1日付で開発部へ異動となり、
　後任は三浦（ccに入っております）が担当いたします。三浦は勤怠側の導入でも御社を担当しておりましたので、
　引き継ぎは問題なく進められる見込みです。

2. キックオフの日程
　候補：12/9（月）14:00、12/10（火）10:00、12/12（木）15:00
　場所：御社本社 会議室（オンライン併用）
　所要：90分（体制・スケジュール・移行データの範囲の確認）

ご都合のよい日時をお知らせいただけますでしょうか。
ワークフロー・デザイン様には、データ移行のパートをご担当いただきます。
""" + SIG_FUJII)

add(key="D19", writer=W_FUJII, loc=None, expect="pass", kind="benign.aggregate_esg",
    why="取引先のサステナビリティ調査票への回答。障害者雇用率・健康診断受診率・ストレスチェック受検率などの集計値だけで、個人は特定されない。",
    **{"from": F_FUJII},
    to=["港ホテルズ 購買部 <kobai@minato-hotels.example.jp>"],
    subject="Re: 取引先サステナビリティ調査票のご回答",
    text="""株式会社港ホテルズ
購買部 ご担当者さま

お世話になっております。ルミナソフトの藤井です。
ご依頼の調査票のうち、「人権・労働」「健康・安全」の項目について、人事部に確認した数値をお送りします。

| 項目                                 | 2023年度実績                 |
|--------------------------------------|------------------------------|
| 従業員数（連結）                     | 214名                        |
| 障害者雇用率                         | 2.61%（法定雇用率 2.5%）      |
| 健康経営優良法人                     | 2024 認定（中小規模法人部門） |
| 定期健康診断 受診率                  | 100%                         |
| ストレスチェック 受検率              | 93.4%                        |
| 高ストレス者への医師面接 実施率      | 希望者全員                   |
| 男性の育児休業取得率                 | 58%                          |
| 年次有給休暇の平均取得率             | 74%                          |

個人を特定できるデータは回答の対象外とさせていただいております。
残りの「環境」の項目は、12月6日までにお送りします。
""" + SIG_FUJII + """

> 2024/11/18 11:30 港ホテルズ 購買部 <kobai@minato-hotels.example.jp>:
> お取引先各位
> 当社のサプライチェーン方針に基づき、添付の調査票へのご回答をお願いしております。
""")

add(key="D20", writer=W_FUJII, loc=None, expect="pass", kind="benign.employment_verification",
    why="元社員本人の同意書を受け取ったうえでの在籍確認への回答。在籍期間と最終職位だけを伝え、評価や退職理由は答えていない。",
    **{"from": F_FUJII},
    to=["ブライトキャリア 人事部 採用担当 <saiyo@brightcareer.example.jp>"],
    cc=["ルミナソフト 人事部 <jinji@luminasoft.example.com>"],
    subject="在籍確認のご回答（杉山 様）",
    text="""株式会社ブライトキャリア
人事部 採用ご担当者さま

お問い合わせいただいた在籍確認の件、元上長として私、藤井からご回答いたします。
ご本人の同意書（11月25日付）を受領しておりますので、同意の範囲内でお答えします。

　氏名：杉山 慎也 様
　在籍期間：2019年4月1日〜2024年9月30日
　最終職位：カスタマーサポート部 シニアスペシャリスト

上記以外の事項（評価、給与、退職の理由など）については、当社の方針によりお答えしておりません。
ご理解のほど、よろしくお願いいたします。
""" + SIG_FUJII)
