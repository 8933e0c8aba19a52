"""Org D: 株式会社ミナトオート (car dealership, Yokohama)."""
from common import (addr, mail, att, plain_zip, quoted, forward_block, csv_text, table, grid,
                    D, S, corp_number, mynumber, luhn_make, fmt4, yamato_also_mynumber,
                    yamato_not_mynumber, dash_track, jan13)

ORG = "D"
DOM = "minato-auto.example.co.jp"

ISHIDA = addr("石田 大輔", f"d.ishida@{DOM}")
NAKAGAWA = addr("中川 剛", f"t.nakagawa@{DOM}")
MATSUMOTO = addr("松本 玲奈", f"r.matsumoto@{DOM}")

CORP = corp_number("020001094512")

SIG_ISHIDA = """*****************************
株式会社ミナトオート 港北店
営業 石田 大輔
TEL 045-0000-7710 携帯 090-0000-2284
*****************************"""

SIG_NAKAGAWA = """--
ミナトオート 港北店 サービス工場
工場長 中川 剛  TEL 045-0000-7720 / FAX 045-0000-7729"""

SIG_MATSUMOTO = f"""――――――――――――――――――――――――――――
株式会社ミナトオート 本社 管理部 経理課
松本 玲奈 / Reina Matsumoto
〒222-0033 神奈川県横浜市港北区新横浜三丁目17-6
TEL 045-0000-7700(代) / FAX 045-0000-7701
r.matsumoto@{DOM}
――――――――――――――――――――――――――――"""

GREEN = "yokohama-green.example.co.jp"


def mails():
    W = lambda *a, **k: mail(ORG, *a, **k)
    out = []

    # ------------------------------------------------------------ holds: body
    out.append(W(
        "ishida", "body", "hold", "id.driver_licence_to_credit_company",
        "An applicant's driver's licence number, birth date and income are typed into a plain mail to the credit company instead of its portal.",
        ISHIDA, [addr("ベイサイドクレジット 審査課", "shinsa@bayside-credit.example.co.jp")],
        "オートローン審査 追加情報です(受付No. BC-250612-0441)",
        f"""ベイサイドクレジット 審査課 ご担当者様

いつもお世話になってます、ミナトオート港北店の石田です.
先程お電話いただいた件、追加情報おくります!

 申込者:岡部 亮介 様
 生年月日:1988年11月2日
 運転免許証番号:第301512345670号
 勤務先:株式会社ハマ物流(勤続6年)
 年収:約520万円
 他社借入:なし(本人申告)

申込書の記入漏れ、すみませんでした...
納車希望が7月頭なので、審査結果いただけたらすぐ動きたいです!宜しくお願いします!!

{SIG_ISHIDA}""",
        personal=[("name", "岡部 亮介"), ("birth_date", "1988年11月2日"), ("driver_licence", "301512345670")]))

    out.append(W(
        "ishida", "body", "hold", "personal.customer_contact_to_bodyshop",
        "A complaining customer's full name, home address, mobile and private e-mail are handed to the subcontracted body shop.",
        ISHIDA, [addr("佐々木ボデー 佐々木社長", "info@sasaki-body.example.co.jp")],
        "塗装のクレームの件(セリナ 白)",
        f"""佐々木社長

お世話になってます!ミナトオートの石田です.
先月そちらで直してもらったセリナ(パールホワイト)のお客様から、
リアバンパーの色が周りと違うってクレームが来てます...

お客様が「直接説明してほしい」とのことなので、社長から連絡してもらえますか?
 お名前:三好 由香里 様
 住所:横浜市青葉区美しが丘西二丁目14-9
 携帯:080-0000-5193
 メール:yukari.miyoshi@gmail.com
 車両:セリナ 横浜 330 ら 47-12

平日は17時以降、土日はいつでもOKだそうです.
すみませんが宜しくお願いします!!

{SIG_ISHIDA}""",
        personal=[("name", "三好 由香里"), ("address", "横浜市青葉区美しが丘西二丁目14-9"),
                  ("phone", "080-0000-5193"), ("email", "yukari.miyoshi@gmail.com")]))

    card = luhn_make("524711003382901")
    out.append(W(
        "matsumoto", "body", "hold", "id.card_number_in_support_mail",
        "A customer's full card number and expiry taken by phone are pasted into a support request to the payment provider.",
        MATSUMOTO, [addr("ペイネクスト 加盟店サポート", "support@paynext.example.co.jp")],
        "電話注文の決済エラーについて(加盟店ID MA-0042817)",
        f"""株式会社ペイネクスト
加盟店サポート ご担当者様

いつもお世話になっております。
株式会社ミナトオート 管理部 経理課の松本でございます。

本日、お客様からお電話でご注文いただいたアクセサリー代金につきまして、
管理画面から仮売上を登録しようとしたところ、エラー(E-3021)となり処理ができません。
お手数ですが、下記カードの状態をご確認いただけますでしょうか。

 カード番号:{fmt4(card, "-")}
 有効期限 :09/28
 名義    :KEIKO NAGATA
 金額    :38,500円(フロアマット・ドアバイザー)
 処理日時 :{S(6, 13)} 14:22

お客様には、本日中に改めてご連絡する旨をお伝えしております。
ご多用のところ恐縮ですが、ご確認のほどよろしくお願い申し上げます。

{SIG_MATSUMOTO}""",
        personal=[("card_number", fmt4(card, "-")), ("card_expiry", "09/28"), ("name", "KEIKO NAGATA")]))

    # ------------------------------------------------------------ holds: attachment
    dm = [
        ["顧客No", "氏名", "郵便番号", "住所", "電話", "車名", "登録番号", "車検満了日", "前回整備額"],
        ["C-004811", "久保 正樹", "223-0061", "横浜市港北区日吉三丁目8-21", "045-0000-1836", "アオイ", "横浜 500 ね 31-07", "2025/08/09", "68,420"],
        ["C-005230", "西田 和美", "222-0011", "横浜市港北区菊名五丁目2-4-301", "090-0000-4419", "ユイ", "横浜 580 さ 88-15", "2025/08/14", "52,800"],
        ["C-005577", "原 剛志", "224-0003", "横浜市都筑区中川中央一丁目29-1", "080-0000-6670", "セリナ", "横浜 330 み 1-22", "2025/08/17", "91,300"],
        ["C-006102", "福田 千尋", "226-0025", "横浜市緑区十日市場町815-3", "070-0000-2588", "カレン", "横浜 501 た 73-90", "2025/08/22", "47,150"],
        ["C-006319", "安藤 誠", "223-0052", "横浜市港北区綱島東四丁目1-10", "090-0000-7304", "アオイ", "横浜 300 て 5-48", "2025/08/26", "120,880"],
        ["C-006455", "村田 ちえ", "222-0036", "横浜市港北区小机町2461", "045-0000-6027", "ユイ", "横浜 580 ほ 20-61", "2025/08/30", "38,900"],
    ]
    out.append(W(
        "nakagawa", "attachment", "hold", "list.customer_list_to_dm_printer",
        "The DM printer only needs names and addresses, but the attached list adds phones, plates and past service spend for each customer.",
        NAKAGAWA, [addr("ハマプリント 制作部", "seisaku@hama-print.example.co.jp")],
        "車検DM 8月満了分 データ送ります",
        f"""ハマプリント 制作部 御中

ミナトオート港北店 中川です。
車検案内DM 8月満了分のデータ、添付で送ります。

- 件数:6件(港北店分のみ、ほかの店舗は本社から別送)
- 仕様:前回と同じ(ハガキ、宛名面差し込み)
- 納品:{S(7, 4)} 港北店 着

よろしく。

{SIG_NAKAGAWA}""",
        attachments=[att("shaken_dm_2025_08_kohoku.csv", csv_text(dm))],
        personal=[("name", "久保 正樹"), ("address", "横浜市港北区日吉三丁目8-21"), ("phone", "045-0000-1836"),
                  ("name", "福田 千尋"), ("phone", "070-0000-2588"), ("name", "村田 ちえ")]))

    e1, f1, f2 = mynumber("60218457730"), mynumber("60218457913"), mynumber("81036692254")
    e2, f3 = mynumber("47105539826"), mynumber("39027184461")
    fuyo = [
        ["社員番号", "氏名", "個人番号", "扶養親族氏名", "続柄", "生年月日", "扶養親族個人番号", "所得見込"],
        ["M2504", "鈴木 拓海", e1, "鈴木 沙也加", "妻", "1994/03/12", f1, "0"],
        ["M2504", "鈴木 拓海", e1, "鈴木 陽葵", "長女", "2022/07/05", f2, "0"],
        ["M2506", "高橋 優", e2, "高橋 トシ子", "母", "1955/12/01", f3, "780,000"],
    ]
    out.append(W(
        "matsumoto", "attachment", "hold", "id.employee_and_family_mynumbers_to_sharoushi",
        "The attached sheet for the 社労士 lists new employees' and their dependants' マイナンバー with birth dates.",
        MATSUMOTO, [addr("かながわ労務オフィス", "office@kanagawa-roumu.example.jp")],
        "中途入社者 扶養控除等申告書 取りまとめの送付について",
        f"""かながわ労務オフィス
ご担当者様

いつも大変お世話になっております。
株式会社ミナトオート 管理部 経理課の松本でございます。

4月・6月に中途入社いたしました社員2名分の扶養控除等申告書の内容を、
一覧に取りまとめましたので、添付にてお送りいたします。
健康保険の被扶養者異動届の作成に、ご利用いただけますと幸いです。

原本は本日、簡易書留にて発送いたしました。
ご確認のほど、よろしくお願い申し上げます。

{SIG_MATSUMOTO}""",
        attachments=[att("扶養控除等申告_中途入社_2025-06.csv", csv_text(fuyo))],
        personal=[("name", "鈴木 拓海"), ("my_number", e1), ("my_number", f1), ("my_number", f2),
                  ("name", "高橋 優"), ("my_number", e2), ("my_number", f3)]))

    # ------------------------------------------------------------ holds: quoted
    asano = f"""石田様

いつもお世話になっております。浅野です。
納車の件、6月28日の午前中でお願いいたします。
自宅は 横浜市旭区若葉台四丁目3番 若葉台団地12-305 です。当日は主人(浅野 正)も立ち会います。
到着前に、携帯 090-0000-8120 にお電話ください。

それと、先日お話しした自動車税の減免の件ですが、主人が身体障害者手帳(下肢機能障害 2級)を
持っておりますので、申請書類をご用意いただけますでしょうか。
手帳のコピーは、納車の日にお渡しします。

浅野 道子"""
    out.append(W(
        "ishida", "quoted", "hold", "sensitive.disability_in_forward_to_transport",
        "The request to the car-transport firm is harmless, but the forwarded customer mail below it gives the husband's disability certificate grade with the home address and phone.",
        ISHIDA, [addr("ベイ陸送 配車係 遠藤", "haisha@bay-rikuso.example.co.jp")],
        "Fwd: 納車日について",
        f"""ベイ陸送 遠藤さん

お世話になってます、石田です!
下のお客様の納車、{S(6, 28)} 午前でお願いします.積載車で1台です.
車両はアオイ ハイブリッド(シルバー)、当日朝に港北店で積んでください.

宜しくお願いします!!

{SIG_ISHIDA}

{forward_block("gmail", "浅野 道子 <michiko.asano.62@yahoo.co.jp>", f"石田 大輔 <d.ishida@{DOM}>", (2025, 6, 17, 20, 14), "納車日について", asano)}""",
        personal=[("name", "浅野 道子"), ("name", "浅野 正"), ("address", "横浜市旭区若葉台四丁目3番 若葉台団地12-305"),
                  ("phone", "090-0000-8120"), ("disability", "身体障害者手帳(下肢機能障害 2級)")]))

    ishida_int = f"""中川さん

下取り車の件です。オートリンクさんの引取り手配おねがいします.

 車両:カレン 2015年式 横浜 500 ひ 39-84 走行 9.8万km
 査定額:420,000円
 残債:なし
 下取り代金はお客様の個人口座に振込(経理に依頼済):
   横浜みなと銀行 港北支店 普通 6023518 カワイ ヒロシ
 お客様:河合 博 様 090-0000-7781(引取り日の連絡はこちらへ)

鍵は2本、スペアタイヤなしです.
石田"""
    out.append(W(
        "nakagawa", "quoted", "hold", "id.private_account_in_reused_thread",
        "The reply to the auction company reuses an internal thread whose quoted part carries the customer's private bank account and mobile.",
        NAKAGAWA, [addr("オートリンク横浜 引取センター", "hikitori@autolink-yokohama.example.co.jp")],
        "Re: 下取車 引取りの件(港北店)",
        f"""オートリンク横浜 引取センター 御中

ミナトオート港北店 中川です。
下取車の引取り、{S(7, 3)} 10:00 でお願いします。
車検証コピーは当日ドライバーさんに渡します。

{SIG_NAKAGAWA}

{quoted("jp", "石田 大輔", f"d.ishida@{DOM}", (2025, 6, 25, 18, 31), ishida_int)}""",
        personal=[("name", "河合 博"), ("bank_account", "横浜みなと銀行 港北支店 普通 6023518"),
                  ("phone", "090-0000-7781")]))

    # ------------------------------------------------------------ hold: subject
    out.append(W(
        "ishida", "subject", "hold", "id.driver_licence_in_subject",
        "The body only promises to bring papers, but the subject carries a customer's name and driver's licence number.",
        ISHIDA, [addr("たかはし行政書士事務所 高橋先生", "info@takahashi-gyosei.example.jp")],
        "車庫証明おねがいします 田村 美紀様 免許証番号452308719560",
        f"""高橋先生
お世話になってます.石田です.
書類一式は明日午前中に持っていきます.宜しくお願いします!

{SIG_ISHIDA}""",
        personal=[("name", "田村 美紀"), ("driver_licence", "452308719560")]))

    # ------------------------------------------------------------ hold: zip
    tire = [
        ["保管No", "氏名", "電話", "住所", "車名", "登録番号", "タイヤ", "入替希望"],
        ["T-1102", "岡本 茂", "090-0000-3172", "横浜市港北区大倉山二丁目5-8", "アオイ", "横浜 300 そ 12-88", "205/60R16", "11月上旬"],
        ["T-1107", "小田 美和", "080-0000-5526", "横浜市都筑区茅ケ崎南四丁目3-15", "ユイ", "横浜 580 ゆ 45-02", "175/65R15", "11月中旬"],
        ["T-1115", "竹内 修一", "045-0000-9941", "横浜市港北区新吉田東八丁目11-2", "セリナ", "横浜 330 ら 7-77", "225/55R18", "11月上旬"],
        ["T-1121", "伊東 里香", "070-0000-8833", "川崎市宮前区宮崎三丁目20-1-506", "カレン", "川崎 500 あ 61-30", "195/65R15", "12月"],
        ["T-1133", "永井 大樹", "090-0000-1209", "横浜市港北区師岡町902", "アオイ", "横浜 300 め 88-41", "205/60R16", "11月下旬"],
    ]
    out.append(W(
        "nakagawa", "zip", "hold", "list.customer_list_in_plain_zip_to_tire_partner",
        "The tyre partner gets a plain zip whose CSV lists customers' names, phones and home addresses with their plates.",
        NAKAGAWA, [addr("港北タイヤ ピット担当", "pit@kohoku-tire.example.co.jp")],
        "スタッドレス入替 予約リスト(zip)",
        f"""港北タイヤ ピット担当 様

ミナトオート中川です。
今シーズンのスタッドレス入替、預かり分のリストを zip で送ります。
保管No と作業メモを見て、倉庫からの出庫順を組んでください。
お客様への日程連絡は、うちの受付からします。

{SIG_NAKAGAWA}""",
        attachments=plain_zip("タイヤ預かり_入替予定_2025秋.zip", [
            ("預かり一覧.csv", csv_text(tire)),
            ("作業メモ.txt", """・T-1115 はホイールナット ロック付き(アダプタは車内グローブボックス)
・T-1121 は前回バランス不良の指摘あり、入替時に再調整
・全車 空気圧は指定値+10kPa で納車
"""),
        ]),
        personal=[("name", "岡本 茂"), ("phone", "090-0000-3172"), ("address", "横浜市港北区大倉山二丁目5-8"),
                  ("name", "伊東 里香"), ("address", "川崎市宮前区宮崎三丁目20-1-506")]))

    # ------------------------------------------------------------ hold: recipients
    RNAMES = ['小池 健太', '久保 正樹', '西田 和美', '原 剛志', '福田 千尋', '安藤 誠', '浜田工務店', '田中商会 田中様', '佐倉 美奈', '小川 涼', '大橋歯科医院', '山根 伸']
    rcpt = [
        "kenta.koike@outlook.com", "y.kubo.family@gmail.com", "nishida.kazumi@yahoo.co.jp",
        "hara.tsuyoshi.1975@gmail.com", "chihiro-f@outlook.com", "m.ando.yokohama@gmail.com",
        "info@hamada-koumuten.example.co.jp", "tanaka@tanaka-shokai.example.jp",
        "sakura_mama0501@yahoo.co.jp", "r.ogawa.tsuzuki@gmail.com", "info@ohashi-dental.example.jp",
        "shin.yamane@outlook.com",
    ]
    out.append(W(
        "ishida", "recipients", "hold", "recipients.test_drive_invite_in_to",
        "Twelve customers' private and business addresses are visible in To, exposing the dealer's customer list to each of them.",
        ISHIDA, [addr(n, a) for n, a in zip(RNAMES, rcpt, strict=True)],
        "新型セリナ 展示・試乗会のご案内!(6/21-22)",
        f"""いつもミナトオート港北店をご利用いただき、ありがとうございます!
営業の石田です.

フルモデルチェンジした新型セリナが、いよいよ港北店にやってきます!
展示・試乗会を下記のとおり開催しますので、ぜひお気軽にお越しください.

 日時:{D(6, 21)}・{D(6, 22)} 10:00〜18:00
 場所:ミナトオート港北店(新横浜三丁目)
 内容:新型セリナ 展示・試乗(ハイブリッド/ガソリン)
      ご成約特典:ドライブレコーダー取付無料

ご来場の際は、事前にご予約いただけるとスムーズにご案内できます.
このメールにご返信いただくか、お電話でお知らせください!

{SIG_ISHIDA}""",
        personal=[("email", a) for a in rcpt]))

    # ------------------------------------------------------------ passes
    pt = grid([["登録番号", "車台番号", "車名", "走行距離", "作業", "指示書No"],
               ["横浜 400 る 12-34", "KHM2-0315582", "ユイ バン", "84,211km", "12か月点検/ブレーキパッド交換", "WO-25-06-1182"],
               ["横浜 400 る 12-35", "KHM2-0315597", "ユイ バン", "79,530km", "12か月点検", "WO-25-06-1183"],
               ["横浜 100 す 8-80", "KYM1-0234567", "アオイ", "41,008km", "12か月点検/ワイパー交換", "WO-25-06-1190"]])
    out.append(W(
        "nakagawa", "none", "pass", "benign.vehicle_and_work_order_numbers",
        "Fleet inspection results for a corporate customer; plates, chassis numbers and work-order numbers are not personal data here.",
        NAKAGAWA, [addr("横浜グリーン配送 車両管理課", f"sharyo@{GREEN}")],
        "6月 定期点検結果(3台分)のご報告",
        f"""横浜グリーン配送 車両管理課 御中

ミナトオート港北店 サービス工場の中川です。
6月分の定期点検、3台とも完了しました。結果は下記のとおりです。

{pt}

所見:
- 12-34:リアブレーキパッド残 2mm のため交換済み。次回ディスク研磨を推奨
- 12-35:異常なし
- 8-80:ワイパーゴム劣化のため交換済み

請求書は月末締めで本社からお送りします。
次回点検は12月です。

{SIG_NAKAGAWA}"""))

    out.append(W(
        "matsumoto", "none", "pass", "benign.swift_corporate_remittance",
        "An English remittance advice between two companies with corporate accounts and a SWIFT code.",
        MATSUMOTO, [addr("Koyo Parts Asia - Accounts Receivable", "ar@koyoparts-asia.example.com")],
        "Remittance advice - Invoice KPA-INV-25-03318",
        f"""Dear Accounts Receivable team,

This is Reina Matsumoto from the accounting section of Minato Auto Co., Ltd.
Please be advised that we have remitted the payment below today.

 Invoice No.     : KPA-INV-25-03318 (dated May 20, 2025)
 Amount          : USD 18,420.00
 Value date      : June 16, 2025
 Remitting bank  : Yokohama Minato Bank, Shin-Yokohama Branch (SWIFT: YMNBJPJY)
 Beneficiary     : Koyo Parts Asia Pte. Ltd.
 Beneficiary bank: Straits Commerce Bank, Raffles Place Branch (SWIFT: STCMSGSG)
 Account No.     : 601-284913-001

Bank charges outside Japan are for the beneficiary's account, as agreed in our contract.
Kindly confirm receipt when the funds arrive.

お手数ですが、着金のご確認をお願いいたします。

Best regards,

{SIG_MATSUMOTO}"""))

    test_card = "4111 1111 1111 1111"
    out.append(W(
        "matsumoto", "none", "pass", "benign.test_card_in_dev_minutes",
        "Development meeting minutes quoting the well-known Luhn-valid test card number used in the staging environment.",
        MATSUMOTO, [addr("ウェブクラフト横浜 PM 森 様", "pm@webcraft-yokohama.example.co.jp"),
                    addr("ウェブクラフト横浜 開発 宮田 様", "miyata@webcraft-yokohama.example.co.jp")],
        "【議事録】Web入庫予約システム改修 定例(第4回)",
        f"""ウェブクラフト横浜 森様、宮田様

いつもお世話になっております。ミナトオート管理部の松本でございます。
本日の定例会の議事録をお送りいたします。
修正点がございましたら、{D(6, 20)}までにご指摘ください。

==============================
Web入庫予約システム改修 定例(第4回)議事録
==============================
日時:{D(6, 17)} 15:00〜16:10
場所:Teams
出席:
 ミナトオート  中川(港北店 サービス)、松本(経理)
 ウェブクラフト横浜  森(PM)、宮田(開発)

1. 進捗
 - 予約カレンダーの店舗別表示:完了(staging 反映済み)
 - 点検パック事前決済:実装中(進捗 70%)
 - 代車予約との連携:7月着手予定

2. 事前決済のテスト
 - staging では決済代行のテスト環境を使用。テストカードは
   {test_card}(有効期限は任意の未来日、CVC 123)
 - 3Dセキュア認証の画面遷移を確認済み。本番カードは使用しないこと
 - 返金処理(全額/一部)のテストケースを宮田さんが追加

3. 課題
 - #41 予約確定メールの文面に店舗電話番号が入らない → 修正済み、次回リリースに含める
 - #44 スマホで日付ピッカーが2回タップしないと開かない → 調査中
 - #47 キャンセル料の税区分(経理確認事項)→ 松本が 6/20 までに回答

4. スケジュール
 - 6/27 UAT 開始(港北店で実機確認)
 - 7/11 本番リリース予定

5. 次回
 - {D(6, 24)} 15:00〜 Teams

以上

{SIG_MATSUMOTO}""",
        cc=[NAKAGAWA]))

    out.append(W(
        "ishida", "none", "pass", "benign.mail_to_data_subject_quote",
        "A quote and delivery plan sent to the customer himself about his own order.",
        ISHIDA, [addr("小池 健太 様", "kenta.koike@outlook.com")],
        "お見積りと納車日程のご連絡(アオイ ハイブリッド)",
        f"""小池 健太 様

いつもありがとうございます!ミナトオート港北店の石田です.
先日ご来店いただいた際のお見積り、最終版をお送りします.

 車両:アオイ ハイブリッド Z(ボディ:ダークブルー)
 車両本体価格:3,280,000円
 オプション:ナビ・ETC・フロアマット 286,000円
 下取り(現在お乗りのユイ):▲350,000円
 諸費用:184,320円
 お支払総額:3,400,320円

納車は最短で {D(7, 12)} の予定です.
ご契約の際は、印鑑(認印)と、車庫証明用の書類をお持ちください.

ご不明な点があれば、いつでもご連絡ください!

{SIG_ISHIDA}"""))

    stock = grid([["車名", "入庫", "内容", "部品", "状況"],
                  ["ユイ", "2台", "リコール(R5-118 燃料ポンプ)", "KP-23100-7A2", "部品待ち 6/24着"],
                  ["カレン", "1台", "エアコン不調", "KP-88450-3C1", "在庫あり"],
                  ["セリナ", "3台", "新車 PDI", "-", "完了"],
                  ["アオイ", "1台", "サービスキャンペーン(ソフト更新)", "-", "6/23 作業"]])
    out.append(W(
        "nakagawa", "none", "pass", "benign.katakana_model_names",
        "Parts and recall status by model; the model names ユイ, カレン and セリナ look like given names but are cars.",
        NAKAGAWA, [addr("光陽自動車販売 関東支社 部品課", "parts-kanto@koyo-motor.example.co.jp")],
        "入庫状況と部品手配(ユイ/カレン/セリナ)",
        f"""光陽自動車販売 関東支社 部品課 御中

港北店 中川です。今週の入庫状況と部品の件です。

{stock}

- ユイのリコール部品、6/24 着で確定なら作業枠を押さえます。返信ください。
- カレンのコンプレッサー、保証適用の可否を技術相談窓口に確認中(受付 TS-25-0612-031)。

{SIG_NAKAGAWA}"""))

    out.append(W(
        "ishida", "none", "pass", "benign.congratulations",
        "A short congratulation to a corporate customer's new president.",
        ISHIDA, [addr("横浜グリーン配送 森田社長", f"morita@{GREEN}")],
        "ご就任おめでとうございます",
        f"""森田社長
このたびは代表取締役社長へのご就任、誠におめでとうございます!
いつも社用車のご用命をいただき、本当にありがとうございます.今後ともミナトオートを宜しくお願いいたします.

{SIG_ISHIDA}"""))

    out.append(W(
        "matsumoto", "none", "pass", "benign.corporate_licence_numbers",
        "Vendor registration with 法人番号, invoice number and 古物商 and garage licence numbers that belong to the company.",
        MATSUMOTO, [addr("東都オートリース 購買部 取引先登録ご担当", "vendor@toto-autolease.example.co.jp")],
        "取引先登録に関する書類の送付について",
        f"""東都オートリース株式会社
購買部 取引先登録ご担当者様

平素より格別のご高配を賜り、厚く御礼申し上げます。
株式会社ミナトオート 管理部 経理課の松本でございます。

取引先登録に必要な事項につきまして、下記のとおりご連絡申し上げます。

 商号              :株式会社ミナトオート
 法人番号          :{CORP}
 適格請求書発行事業者 登録番号:T{CORP}
 古物商許可番号    :神奈川県公安委員会 第451370012345号
 指定自動車整備事業:関東運輸局長指定 第5123号(港北店サービス工場)
 振込先            :横浜みなと銀行 新横浜支店 当座 1029384 カ)ミナトオート

登記事項証明書および許可証の写しは、本日PDFにて別送いたします。
ご確認のほど、よろしくお願い申し上げます。

{SIG_MATSUMOTO}"""))

    out.append(W(
        "nakagawa", "none", "pass", "benign.malware_isolation_report",
        "A malware 感染 report to the IT vendor with 隔離 steps, host names and file hashes; no person's data.",
        NAKAGAWA, [addr("ハマネットソリューションズ 保守窓口", "hoshu@hamanet-sol.example.co.jp")],
        "工場PC ウイルス感染疑い → 隔離済み",
        f"""ハマネットソリューションズ 保守窓口 御中

ミナトオート港北店 中川です。至急対応お願いします。

- 対象:工場事務所PC(KOHOKU-SV-PC03 / 192.168.20.43)
- 事象:本日 8:15 頃、セキュリティソフトが「Trojan.Agent」を検知。隔離に失敗と表示
- 対応済み:LANケーブルを抜いてネットワークから隔離、電源は入れたまま
- 検知ファイル:C:\\Users\\service\\Downloads\\見積依頼_0619.zip
  SHA256: 9f2c4e1ab37d0c5e88f1d2a4b6c0e7f3a9d5b1c8e2f4a6d0b3c7e9f1a2d4c6e8

同じネットワークに整備用の診断機が2台つながっています。
今日中に来てもらえますか? 午後は工場にいます。

{SIG_NAKAGAWA}"""))

    quotes = [
        ("見積書_01_ユイバン.txt", "ユイ バン DX 2WD", "1,980,000", "132,000", "98,450"),
        ("見積書_02_ユイバン4WD.txt", "ユイ バン DX 4WD", "2,210,000", "132,000", "101,230"),
        ("見積書_03_アオイ.txt", "アオイ ハイブリッド G", "2,950,000", "198,000", "152,800"),
    ]
    entries = []
    for fname, model, body, opt, misc in quotes:
        entries.append((fname, f"""御見積書
株式会社横浜グリーン配送 御中
車両:{model}
車両本体価格:{body}円
付属品(ドラレコ・ETC・フロアマット):{opt}円
諸費用:{misc}円
有効期限:2025年7月31日
株式会社ミナトオート 港北店 営業 石田
"""))
    out.append(W(
        "ishida", "none", "pass", "benign.plain_zip_fleet_quotes",
        "A plain zip of three vehicle quotes for a corporate customer; only company names and prices.",
        ISHIDA, [addr("横浜グリーン配送 総務部", f"soumu@{GREEN}")],
        "社用車 入替のお見積り一式(zip)",
        f"""横浜グリーン配送 総務部 ご担当者様

お世話になってます!ミナトオート港北店の石田です.
社用車入替のお見積り、3パターン作ったので zip でまとめて送ります.
台数が決まりましたら、台数分の値引きも相談させてください!

{SIG_ISHIDA}""",
        attachments=plain_zip("見積書_横浜グリーン配送様_0618.zip", entries)))

    t_mn = yamato_also_mynumber("51837460275")
    t_no = yamato_not_mynumber("51837460412")
    jan = jan13("456099281734")
    out.append(W(
        "nakagawa", "none", "pass", "benign.tracking_and_jan_codes",
        "A parts-shipment note with two Yamato slip numbers (one also passes the マイナンバー check) and a JAN code.",
        NAKAGAWA, [addr("湘南モータース サービス課", "service@shonan-motors.example.co.jp")],
        "融通部品 発送のご連絡",
        f"""湘南モータース サービス課 御中

ミナトオート港北店 中川です。先日お願いされた部品、本日ヤマトで発送しました。

{table([["品名", "品番/JAN", "数量", "伝票番号"],
        ["エンジンオイル 0W-16 4L", jan, "6缶", dash_track(t_mn)],
        ["ブレーキパッド(ユイ F)", "KP-04465-2B0", "2セット", dash_track(t_no)]])}

明日午前着の予定です。請求は本社経理から月末にまとめて出します。

{SIG_NAKAGAWA}"""))

    return out
