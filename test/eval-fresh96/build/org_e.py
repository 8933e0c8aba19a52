"""Org E: 株式会社リズムフィット (RHYTHM FIT), fitness club chain.

Writers: 大塚 玲奈 (会員サポートセンター), 村上 剛 (湾岸ひかり店 店長), 藤井 聡子 (本部 経理・システム).
"""

from common import (M, addr, quote, forwarded, att, enc_zip, make_luhn, make_mynumber,
                    CT_CSV, CT_TXT, CT_PDF, CT_XLSX, CT_DOCX)

ORG = "E"
DOM = "rhythmfit.example.jp"

OTSUKA = addr("大塚 玲奈（リズムフィット会員サポート）", f"r.otsuka@{DOM}")
MURAKAMI = addr("村上 剛", f"t.murakami@{DOM}")
FUJII = addr("藤井 聡子", f"s.fujii@{DOM}")

SIG_OTSUKA = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
RHYTHM FIT 会員サポートセンター
大塚 玲奈
TEL 03-0000-8310（10:00〜19:00）
r.otsuka@rhythmfit.example.jp
https://www.rhythmfit.example.jp/
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_MURAKAMI = """----------
リズムフィット 湾岸ひかり店
店長 村上 剛（むらかみ つよし）
〒135-0000 東京都江東区架空ひかり2-3-1 ひかりモール3F
TEL 03-0000-8801
----------"""

SIG_FUJII = """藤井 聡子
株式会社リズムフィット 本部 経理・システム課
TEL 03-0000-8800（代表）／ 内線 305
s.fujii@rhythmfit.example.jp"""


def mails():
    out = []

    # ------------------------------------------------------------------ HOLDS
    # H1 body: member's full card number to the payment processor
    card = make_luhn("520000123456789")
    out.append(M(
        expect="hold", kind="id.credit_card", writer="otsuka", loc="body",
        why="会員個人のクレジットカード番号全桁と有効期限を決済代行会社へ本文で送っている。",
        frm=OTSUKA,
        to=[addr("ペイリンク 加盟店サポート", "support@paylink.example.co.jp")],
        subject="月会費の継続課金エラーについて調査のお願い",
        text=f"""ペイリンク株式会社
加盟店サポート ご担当者様

いつもお世話になっております。
株式会社リズムフィット 会員サポートセンターの大塚です。

下記の会員様について、5月・6月と継続課金がエラーになっています。
ご本人はカード会社に確認済みで「利用可能な状態」とのことでした。
原因の調査をお願いできますでしょうか。

　会員番号：RF-0000-4471
　氏名：佐野 慎也 様
　カード番号：{card}
　有効期限：11/27
　エラーコード：G12（6月1日 3:02）

ご本人には、判明次第こちらからご連絡するとお伝えしております。

{SIG_OTSUKA}
""",
        personal=[("name", "佐野 慎也"), ("card_number", card)],
    ))

    # H2 body: third child's infection named in a reply to a parent
    mother = """リズムフィット湾岸ひかり店 御中

キッズスイミング 火曜17時クラスの 中原 蒼 の母です。
先週、同じクラスでお休みの子が何人かいたようですが、
何か流行っているのでしょうか。
うちの子も昨日から少し喉が痛いと言っていて心配です。

中原"""
    out.append(M(
        expect="hold", kind="sensitive.third_party_infection", writer="murakami", loc="body",
        why="保護者への返信で、別の子どもの氏名と感染症の診断名を伝えている。",
        frm=MURAKAMI,
        to=[addr("中原 千尋", "chihiro.nakahara0000@gmail.com")],
        subject="Re: キッズスイミング火曜クラスについて",
        text=f"""中原様

いつもキッズスイミングをご利用いただき、ありがとうございます。
湾岸ひかり店 店長の村上です。

お問い合わせの件ですが、同じクラスの 小川 陽翔 くんが
先週末に溶連菌感染症と診断されたと、保護者の方からご連絡がありました。
ほかにもお休みのお子さまが2名いらっしゃいますが、理由は伺っておりません。

蒼くんの喉の痛みが続くようでしたら、念のため受診いただき、
今週のレッスンはお休み・振替でも大丈夫です。
振替は受付またはアプリからお手続きいただけます。

{SIG_MURAKAMI}

""" + quote(mother, "2025年6月16日(月) 21:10 中原 千尋 <chihiro.nakahara0000@gmail.com> wrote:"),
        personal=[("name", "小川 陽翔"), ("infection", "溶連菌感染症")],
    ))

    # H3 body: freelance trainer's bank account and My Number to accountant
    mn = make_mynumber("60427183905", "-")
    out.append(M(
        expect="hold", kind="id.bank_account_freelancer", writer="fujii", loc="body",
        why="フリーランス講師個人の銀行口座と個人番号（マイナンバー）を会計事務所へ本文で送っている。",
        frm=FUJII,
        to=[addr("さくら通り税理士法人 伊東様", "ito@sakuradori-tax.example.jp")],
        subject="新規業務委託インストラクターの登録情報",
        text=f"""さくら通り税理士法人
伊東様

いつもお世話になっております。リズムフィット経理の藤井です。
7月から業務委託で契約するヨガインストラクターの情報をお送りします。
報酬の源泉徴収と支払調書の作成にご利用ください。

　氏名：宮田 沙耶 様
　住所：東京都品川区架空南4-2-17
　個人番号：{mn}
　報酬振込先：架空ネット銀行 さくら支店 普通 7012345 ミヤタ サヤ
　報酬：1レッスン 6,000円（月12〜16レッスン見込み）

契約書の写しは別途郵送します。

{SIG_FUJII}
""",
        personal=[("name", "宮田 沙耶"), ("mynumber", mn),
                  ("bank_account", "架空ネット銀行 さくら支店 普通 7012345 ミヤタ サヤ"),
                  ("address", "東京都品川区架空南4-2-17")],
    ))

    # H4 attachment: member list for a DM campaign
    rows = [
        ("RF-0000-1021", "井上 真由", "1988/02/14", "090-0000-1021", "東京都江東区架空1-2-3-805"),
        ("RF-0000-1188", "川村 翼", "1992/07/30", "080-0000-1188", "東京都江東区架空4-8-1"),
        ("RF-0000-1203", "熊谷 聡美", "1979/11/03", "090-0000-1203", "東京都中央区架空2-6-9-1102"),
        ("RF-0000-1317", "坂田 修平", "1985/05/22", "070-0000-1317", "東京都江東区架空5-1-14"),
        ("RF-0000-1422", "杉本 早紀", "1995/09/08", "090-0000-1422", "東京都港区架空3-3-3-410"),
        ("RF-0000-1560", "田辺 亮", "1983/01/19", "080-0000-1560", "東京都江東区架空6-10-2"),
        ("RF-0000-1604", "長谷部 綾", "1990/12/25", "090-0000-1604", "東京都中央区架空7-2-5"),
        ("RF-0000-1733", "平松 大介", "1976/06/06", "090-0000-1733", "東京都江東区架空2-9-20-301"),
    ]
    csv = "会員番号,氏名,生年月日,電話,住所\n" + "\n".join(",".join(r) for r in rows)
    out.append(M(
        expect="hold", kind="list.member_list", writer="otsuka", loc="attachment",
        why="添付CSVに休眠会員8名の氏名・生年月日・電話・住所が並ぶ会員名簿を広告代理店へ送っている。",
        frm=OTSUKA,
        to=[addr("クリエイトプラス 制作部 青山様", "aoyama@createplus-ad.example.co.jp")],
        subject="休眠会員向けDM（7月）対象者リスト",
        text=f"""クリエイトプラス
制作部 青山様

お世話になっております。リズムフィットの大塚です。
7月の「おかえりキャンペーン」DMの対象者リストをお送りします。
今回は湾岸ひかり店の休眠会員のうち、テスト送付分の8名です。

はがきのデザインは先日の案Bでお願いします。
反応を見て、来月に残りの約600名分をお送りする予定です。

{SIG_OTSUKA}
""",
        attachments=[att("dm_target_wangan_test.csv", CT_CSV, csv)],
        personal=[("name", "井上 真由"), ("birth_date", "1988/02/14"), ("phone", "090-0000-1021"),
                  ("address", "東京都江東区架空4-8-1")],
    ))

    # H5 attachment: direct-debit accounts of members
    xl = """口座振替依頼データ（2025年7月引落分）
会員番号,会員名（カナ）,金融機関,支店,種目,口座番号,引落額
RF-0000-2011,オカダ ユウジ,架空銀行,湾岸支店,普通,3081122,8800
RF-0000-2045,キムラ ナナ,架空信用金庫,ひかり支店,普通,0412283,8800
RF-0000-2102,コンドウ マサル,架空ネット銀行,さくら支店,普通,7203318,12100
RF-0000-2156,サトウ リエ,ゆうちょ銀行,〇一八店,普通,1144557,6600
RF-0000-2190,ノダ タクミ,架空銀行,豊洲支店,普通,2290065,8800"""
    out.append(M(
        expect="hold", kind="id.direct_debit_accounts", writer="fujii", loc="attachment",
        why="添付に会員5名の氏名と個人の銀行口座番号（口座振替）が並んでいる。",
        frm=FUJII,
        to=[addr("ジャパン収納サービス データ受付", "data@japan-shuno.example.co.jp")],
        subject="7月引落分 口座振替 追加依頼データ",
        text=f"""ジャパン収納サービス
データ受付 ご担当者様

お世話になっております。リズムフィット経理の藤井です。
7月引落分の口座振替について、6月中旬入会者の追加分をお送りします。
本送信は伝送システムの障害で取り込めなかった分のため、
例外的にメールでの送付となります。

受付完了のご連絡をいただけますと幸いです。

{SIG_FUJII}
""",
        attachments=[att("furikae_tsuika_202507.xlsx", CT_XLSX, xl)],
        personal=[("name", "オカダ ユウジ"), ("bank_account", "3081122"), ("name", "キムラ ナナ"),
                  ("bank_account", "0412283")],
    ))

    # H6 quoted: member inquiry forwarded to a freelance trainer (gmail)
    inq = """リズムフィット湾岸ひかり店 ご担当者様

パーソナルトレーニングの申込みを検討している者です。
産後6か月で、体重を元に戻したいのと腰痛があります。
平日の午前中に週1回、女性トレーナーを希望します。

氏名：桐山 遥
電話：090-0000-7294
メール：haruka.kiriyama0000@yahoo.co.jp
住所：東京都江東区架空ひかり5-6-3-1508

よろしくお願いします。"""
    out.append(M(
        expect="hold", kind="personal.inquiry_forward", writer="murakami", loc="quoted",
        why="転送部分に入会希望者の氏名・電話・メール・住所があり、それを外部の個人トレーナーへ送っている。",
        frm=MURAKAMI,
        to=[addr("安藤 美咲（業務委託トレーナー）", "misaki.ando.trainer0000@gmail.com")],
        subject="Fwd: パーソナルトレーニングについて",
        text=f"""安藤さん

お疲れ様です。村上です。
パーソナルの新規問い合わせです。平日午前・女性トレーナー希望とのことで、
安藤さんにお願いできればと思います。
直接ご連絡いただいて、体験の日程を決めてもらえますか。

{SIG_MURAKAMI}

""" + forwarded("桐山 遥 <haruka.kiriyama0000@yahoo.co.jp>",
                "2025年6月15日(日) 13:27",
                "パーソナルトレーニングについて",
                "wangan@rhythmfit.example.jp", inq),
        personal=[("name", "桐山 遥"), ("phone", "090-0000-7294"),
                  ("email", "haruka.kiriyama0000@yahoo.co.jp"),
                  ("address", "東京都江東区架空ひかり5-6-3-1508")],
    ))

    # H7 quoted: member arrested (criminal proceedings) in earlier thread
    prev = """村上店長

本部総務の今井です。昨日の更衣室の件、警察から連絡がありました。
会員の 福田 直樹（会員番号 RF-0000-3318）が、
男性更衣室での盗撮の疑いで逮捕され、本日送検されたとのことです。
当社は被害届を提出済みです。
退会処理と入館停止の登録をお願いします。

今井"""
    out.append(M(
        expect="hold", kind="sensitive.criminal_proceedings", writer="murakami", loc="quoted",
        why="引用部分に会員の氏名と逮捕・送検という刑事手続の情報があり、警備会社へ送っている。",
        frm=MURAKAMI,
        to=[addr("東京セキュリティ 湾岸営業所 所長 川島様", "kawashima@tokyo-security.example.co.jp")],
        subject="Re: 更衣室の件（入館停止の共有）",
        text=f"""川島様

お世話になっております。湾岸ひかり店の村上です。
先日の更衣室の件、本部からの連絡は下記のとおりです。
入館停止の登録は済ませましたが、念のため夜間の巡回担当の方にも
共有いただき、該当者が来館した場合はフロントに連絡をお願いします。

更衣室の巡回頻度を増やす件は、改めてご相談させてください。

{SIG_MURAKAMI}

""" + quote(prev, "2025年6月14日(土) 10:02 今井 <imai@rhythmfit.example.jp> wrote:"),
        personal=[("name", "福田 直樹"), ("criminal", "盗撮の疑いで逮捕され、本日送検された")],
    ))

    # H8 subject only: accident report with heart condition in subject
    out.append(M(
        expect="hold", kind="sensitive.health_subject", writer="murakami", loc="subject",
        why="件名に会員の氏名と心筋梗塞の既往・ペースメーカー装着という健康情報が入っている。",
        frm=MURAKAMI,
        to=[addr("あおば損害保険 事故受付", "jiko@aoba-sonpo.example.co.jp")],
        cc=[FUJII],
        subject="【事故報告 第一報】湾岸ひかり店 会員 長谷川 実様（心筋梗塞既往・ペースメーカー装着）転倒",
        text=f"""あおば損害保険
事故受付 ご担当者様

いつもお世話になっております。
リズムフィット湾岸ひかり店 店長の村上です。

件名の事故について第一報をお送りします。
　発生日時：6月17日（火）19:20頃
　場所：湾岸ひかり店 2階 有酸素エリア（トレッドミル）
　状況：ウォーキング中にふらつき、ベルト後方へ転倒。
　　　　スタッフが駆け付け、意識あり。救急搬送し、
　　　　右手首の骨折と診断されたと、ご家族から連絡がありました。

施設賠償責任保険の対象となるか、ご確認をお願いします。
詳細な事故報告書と防犯カメラの記録は明日お送りします。

{SIG_MURAKAMI}
""",
        personal=[("name", "長谷川 実"), ("diagnosis", "心筋梗塞既往・ペースメーカー装着")],
    ))

    # H9 zip: encrypted
    out.append(M(
        expect="hold", kind="attachment.encrypted_zip", writer="fujii", loc="zip",
        why="パスワード付きzip（PPAP）の添付で、中身を確認できない。",
        frm=FUJII,
        to=[addr("社会保険労務士 みなみ事務所 南様", "minami@minami-sr.example.jp")],
        subject="算定基礎届 関係資料の送付",
        text=f"""南先生

いつもお世話になっております。リズムフィット経理の藤井です。
算定基礎届の作成に必要な4〜6月の賃金台帳と、
対象者一覧をお送りします。

ファイルは暗号化しています。パスワードは後ほど別メールでお送りします。

{SIG_FUJII}
""",
        attachments=[enc_zip("santei_kiso_2025.zip")],
    ))

    # H10 recipients: 12 freelance trainers visible in CC
    cc = [
        addr("安藤 美咲", "misaki.ando.trainer0000@gmail.com"),
        addr("石井 航", "wataru.ishii.fit0000@gmail.com"),
        addr("上田 里奈", "rina.ueda0000@outlook.com"),
        addr("岡 光太郎", "kotaro.oka0000@yahoo.co.jp"),
        addr("金子 沙織", "saori.kaneko.yoga0000@gmail.com"),
        addr("小林 大地", "daichi.kobayashi0000@gmail.com"),
        addr("島 裕美", "hiromi.shima0000@outlook.com"),
        addr("須藤 健太", "kenta.sudo.pt0000@gmail.com"),
        addr("高野 みのり", "minori.takano0000@yahoo.co.jp"),
        addr("中川 慧", "kei.nakagawa0000@gmail.com"),
        addr("宮田 沙耶", "saya.miyata.yoga0000@gmail.com"),
        addr("山口 亜希", "aki.yamaguchi0000@outlook.com"),
    ]
    out.append(M(
        expect="hold", kind="recipients.freelancers_visible_cc", writer="otsuka", loc="recipients",
        why="業務委託トレーナー12名の個人アドレスがCCで互いに見える状態になっている（BCCにすべき）。",
        frm=OTSUKA,
        to=[addr("リズムフィット インストラクター窓口", f"instructor@{DOM}")],
        cc=cc,
        subject="【業務委託の皆さまへ】7月スタジオプログラム研修のご案内",
        text=f"""業務委託インストラクターの皆さま

いつもレッスンをご担当いただき、ありがとうございます。
リズムフィット 会員サポートセンターの大塚です。

7月から導入する新プログラムの研修を下記のとおり行います。

　日時：7月5日（土）10:00〜13:00 ／ 7月6日（日）10:00〜13:00（同内容）
　会場：湾岸ひかり店 スタジオA
　内容：新プログラム「ミライ・サーキット」「カレン・ストレッチ」の指導方法
　研修費：当社負担（交通費は規定どおり支給）

どちらか一方にご参加ください。参加日は6月27日までにご返信ください。

{SIG_OTSUKA}
""",
    ))

    # ----------------------------------------------------------------- PASSES
    # P1 dev-environment minutes with a Luhn-valid test card number
    out.append(M(
        expect="pass", kind="benign.test_card_dev_minutes", writer="fujii", loc=None,
        why="カード番号は決済テスト用の公開テスト番号で、開発環境の議事録の中にあるだけ。",
        frm=FUJII,
        to=[addr("アプリ開発 ノースウィンド 山下様", "yamashita@northwind-dev.example.co.jp")],
        cc=[addr("ノースウィンド QA 佐藤様", "qa-sato@northwind-dev.example.co.jp")],
        subject="議事録：会員アプリ 決済機能 結合テスト定例（6/16）",
        text=f"""ノースウィンド 山下様、佐藤様

本日の定例の議事録を送付します。修正があればご指摘ください。

■ 日時：6月16日（月）15:00〜16:00（オンライン）
■ 参加：ノースウィンド 山下様・佐藤様／リズムフィット 藤井

1. ステージング環境での決済テスト結果
　・テストカード 4111 1111 1111 1111（有効期限 12/30、CVC 123）で
　　新規入会・月会費・物販の3パターンとも正常に決済
　・3Dセキュア認証画面の文言が英語のまま → ノースウィンド様で修正
2. エラー時の表示
　・カード会社エラー（G12）のときの案内文を、会員サポート用に調整
3. 次回までの宿題
　・本番切替手順書のレビュー（リズムフィット）
　・負荷試験の結果共有（ノースウィンド）

次回：6月23日（月）15:00〜

{SIG_FUJII}
""",
    ))

    # P2 chargeback inquiry with a masked card
    out.append(M(
        expect="pass", kind="benign.masked_card", writer="otsuka", loc=None,
        why="カード番号は先頭4桁と末尾4桁以外マスクされ、氏名もなく会員番号のみ。",
        frm=OTSUKA,
        to=[addr("ペイリンク 加盟店サポート", "support@paylink.example.co.jp")],
        subject="チャージバック通知（照会番号 CB-25-06-0217）への回答",
        text=f"""ペイリンク株式会社
加盟店サポート ご担当者様

お世話になっております。リズムフィット会員サポートの大塚です。
照会番号 CB-25-06-0217 の件について回答いたします。

　対象取引：2025年5月1日 月会費 8,800円
　カード：5200 **** **** 8812
　会員番号：RF-0000-5096

当該会員様は4月20日に店頭で休会手続きをされており、
5月分は本来請求対象外でした。当社のシステム設定誤りによるもので、
全額返金で対応させていただきます。

返金処理の完了後、改めてご連絡いたします。

{SIG_OTSUKA}
""",
    ))

    # P3 health-management aggregate for a corporate member
    out.append(M(
        expect="pass", kind="benign.health_program_aggregate", writer="otsuka", loc=None,
        why="法人会員向けの健康経営プログラムの集計値だけで、個人の健康情報はない。",
        frm=OTSUKA,
        to=[addr("東邦精機 健康推進室 平田様", "hirata@toho-seiki.example.co.jp")],
        subject="法人会員プログラム 上半期レポート（集計）",
        text=f"""東邦精機株式会社
健康推進室 平田様

いつもお世話になっております。リズムフィット法人会員担当の大塚です。
上半期（1〜6月）の利用状況をまとめました。

　登録社員数：86名（うち利用実績あり 61名、利用率 71％）
　月平均来館回数：4.2回
　体組成測定 参加者：48名
　　平均体脂肪率の変化：−1.3ポイント
　　平均骨格筋量の変化：＋0.4kg
　腰痛予防クラス 参加延べ人数：132名

個人別の数値は、ご本人の同意がないため集計に含めておりません。
下半期はオンラインのストレッチ講座を追加する案をご用意しています。

{SIG_OTSUKA}
""",
    ))

    # P4 katakana program names that look like given names
    out.append(M(
        expect="pass", kind="benign.product_names", writer="otsuka", loc=None,
        why="「ミライ」「カレン」「ハルカ」はプログラム・商品の名前で、人名ではない。",
        frm=OTSUKA,
        to=[addr("クリエイトプラス 制作部 青山様", "aoyama@createplus-ad.example.co.jp")],
        subject="7月新プログラム ポスター原稿の修正",
        text=f"""青山様

お世話になっております。大塚です。
新プログラムのポスター原稿、ありがとうございました。以下の修正をお願いします。

・「ミライ・サーキット」のロゴを一回り大きく
・「カレン・ストレッチ」の説明文を「硬い体をゆっくりほぐす45分」に変更
・下段の物販コーナー、プロテイン「ハルカ」ベリー味の写真を新パッケージに差し替え

入稿は6月25日（水）でお願いいたします。

{SIG_OTSUKA}
""",
    ))

    # P5 company names containing surnames
    out.append(M(
        expect="pass", kind="benign.company_surname", writer="murakami", loc=None,
        why="「佐藤機工」「田中スポーツ設備」は会社名で、個人情報ではない。",
        frm=MURAKAMI,
        to=[addr("株式会社佐藤機工 サービス部", "service@sato-kiko.example.co.jp")],
        cc=[addr("田中スポーツ設備 工事部", "koji@tanaka-sports.example.co.jp")],
        subject="トレッドミル入替えとプール設備点検の日程",
        text=f"""株式会社佐藤機工 サービス部 御中
（CC：田中スポーツ設備株式会社 工事部 御中）

お世話になっております。リズムフィット湾岸ひかり店の村上です。
7月の設備工事について、両社の作業が重ならないよう日程を整理しました。

　7月8日（火）佐藤機工様：トレッドミル6台の搬出・搬入（閉館後 22:00〜）
　7月9日（水）田中スポーツ設備様：プールろ過装置の定期点検（休館日）
　7月10日（木）佐藤機工様：新機種の動作確認とスタッフ向け説明会

搬入経路はモール裏の搬入口から業務用エレベーターをご利用ください。
モール防災センターへの届出は当店で行います。

{SIG_MURAKAMI}
""",
    ))

    # P6 IT outage and malware (infection) on the entry system
    out.append(M(
        expect="pass", kind="benign.it_outage", writer="fujii", loc=None,
        why="「障害」「感染」はシステム障害とマルウェアの話で、人の健康情報ではない。",
        frm=FUJII,
        to=[addr("ゲートシステムズ サポート", "support@gatesystems.example.co.jp")],
        cc=[MURAKAMI],
        subject="【障害報告】湾岸ひかり店 入館ゲートの認証障害",
        text=f"""ゲートシステムズ サポート ご担当者様

リズムフィット本部の藤井です。
本日、湾岸ひかり店で入館ゲートの認証障害が発生しましたのでご報告します。

　発生：6月17日（火）6:55〜8:40
　症状：会員証・アプリQRともに認証されず、手動で入館対応
　状況：受付PCでウイルス対策ソフトがマルウェア感染を検知、
　　　　自動でネットワークから隔離されたため、ゲート制御サーバーとの通信が途絶

受付PCは現在も隔離中です。ゲート制御サーバー側への影響がないか、
ログの確認をお願いできますでしょうか。

{SIG_FUJII}
""",
    ))

    # P7 public figure talk event
    out.append(M(
        expect="pass", kind="benign.public_figure", writer="otsuka", loc=None,
        why="元日本代表選手という公人のイベント出演の調整で、私的な個人情報はない。",
        frm=OTSUKA,
        to=[addr("スポーツブリッジ マネジメント部 遠山様", "toyama@sportsbridge-mgmt.example.co.jp")],
        subject="トークイベント出演のご依頼（元競泳日本代表 早瀬 碧 様）",
        text=f"""スポーツブリッジ
マネジメント部 遠山様

お世話になっております。リズムフィットの大塚です。
先日ご相談した、湾岸ひかり店リニューアル記念イベントについて、
正式にご依頼いたします。

　出演：早瀬 碧 様（元競泳日本代表）
　日時：8月3日（日）14:00〜15:00（トーク40分、質疑20分）
　会場：湾岸ひかり店 スタジオA（定員80名）
　内容：「続ける力」をテーマにしたトーク、キッズスイミング生徒との記念撮影
　謝礼：ご提示の金額で承知いたしました

告知用のプロフィール写真とご経歴の公式版をお送りいただけますと幸いです。

{SIG_OTSUKA}
""",
    ))

    # P8 corporate invoice
    out.append(M(
        expect="pass", kind="benign.invoice_corporate_account", writer="fujii", loc=None,
        why="法人会員への請求で、振込先は会社の法人口座。",
        frm=FUJII,
        to=[addr("東邦精機 経理部", "keiri@toho-seiki.example.co.jp")],
        cc=[addr("東邦精機 健康推進室 平田様", "hirata@toho-seiki.example.co.jp")],
        subject="法人会員利用料（6月分）ご請求",
        text=f"""東邦精機株式会社
経理部 御中

いつもお世話になっております。リズムフィット経理の藤井です。
6月分の法人会員利用料をご請求いたします。

　請求金額：378,400円（税込）
　内訳：法人会員 86名 × 4,000円（税抜）
　お支払期限：7月31日
　お振込先：架空銀行 本店営業部 普通 0000777
　口座名義：カ）リズムフィット

請求書PDFを添付いたします。

{SIG_FUJII}
""",
        attachments=[att("RF_invoice_toho_202506.pdf", CT_PDF, """請求書 No.RF-2506-0042
東邦精機株式会社 御中
法人会員利用料 2025年6月分 86名 × 4,000円 = 344,000円
消費税 34,400円　合計 378,400円
振込先：架空銀行 本店営業部 普通 0000777 カ）リズムフィット
登録番号 T0000987654321""")],
    ))

    # P9 congratulations
    out.append(M(
        expect="pass", kind="benign.congratulations", writer="murakami", loc=None,
        why="商業施設の周年へのお祝いで、個人情報は含まれない。",
        frm=MURAKAMI,
        to=[addr("ひかりモール 運営事務所 所長 北野様", "kitano@hikari-mall.example.co.jp")],
        subject="ひかりモール開業10周年おめでとうございます",
        text=f"""ひかりモール運営事務所
所長 北野様

いつも大変お世話になっております。
リズムフィット湾岸ひかり店の村上です。

ひかりモールの開業10周年、誠におめでとうございます。
当店も開業当初からテナントとして入居させていただき、
地域の皆さまに長く通っていただけるのもモールの賑わいあってこそと感じております。

周年イベント期間中は、当店でも無料体験と
キッズ向けのミニ水泳教室を企画しております。
ぜひモールの皆さまと一緒に盛り上げられればと思います。

今後ともどうぞよろしくお願いいたします。

{SIG_MURAKAMI}
""",
    ))

    # P10 landlord meeting with long reply chain
    q2 = """村上様

ありがとうございます。
では6月24日（火）10時から、運営事務所の会議室でお願いします。
設備担当の戸田と、防災センター長の岩田も同席します。

ひかりモール運営事務所 北野"""
    q1 = """北野様

リニューアル工事（9月予定）の件で、一度お打ち合わせをお願いできますでしょうか。
夜間工事の騒音対策と、搬入経路についてご相談したいです。

村上"""
    out.append(M(
        expect="pass", kind="benign.landlord_meeting_chain", writer="murakami", loc=None,
        why="テナントと施設運営事務所の打合せ調整の返信チェーンで、担当者名のみ。",
        frm=MURAKAMI,
        to=[addr("北野 所長", "kitano@hikari-mall.example.co.jp")],
        cc=[addr("戸田（ひかりモール設備）", "toda@hikari-mall.example.co.jp"), FUJII],
        subject="Re: Re: 湾岸ひかり店 リニューアル工事のお打ち合わせ",
        text=f"""北野様

承知いたしました。6月24日（火）10時に伺います。
当日は本部から藤井も同席し、工事業者の工程表（案）をお持ちします。

戸田様、岩田様にもよろしくお伝えください。

{SIG_MURAKAMI}

""" + quote(q2 + "\n\n" + quote(q1, "2025年6月16日 村上 剛 wrote:").rstrip("\n"),
            "2025年6月17日(火) 9:14 北野 <kitano@hikari-mall.example.co.jp> wrote:"),
    ))

    for m in out:
        m["_org"] = ORG
    return out
