"""Org A: 医療法人社団 青葉会 あおば歯科グループ (dental clinic group, Sendai)."""
from common import (addr, mail, att, plain_zip, quoted, forward_block, csv_text,
                    table, grid, D, S, corp_number, yamato_also_mynumber, dash_track)

ORG = "A"
DOM = "aobakai-dental.example.jp"

SAEKI = addr("佐伯 和彦", f"saeki@{DOM}")
ONODERA = addr("小野寺 舞", f"m.onodera@{DOM}")
MURAI = addr("村井 拓真", f"t.murai@{DOM}")

CORP = corp_number("370005012846")

SIG_SAEKI = f"""━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
医療法人社団 青葉会 あおば歯科グループ
法人本部 事務長  佐伯 和彦(さえき かずひこ)
〒980-0021 宮城県仙台市青葉区中央二丁目8-14 あおばメディカルビル3F
TEL 022-0000-4180 / FAX 022-0000-4181
Mail saeki@{DOM}
https://www.{DOM}/
 本院 / 泉中央院 / 長町院
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_ONODERA = """--
あおば歯科 本院 受付(訪問歯科担当)
小野寺 舞
TEL 022-0000-4182 / FAX 022-0000-4181"""

SIG_MURAI = f"""----
Takuma Murai, DDS
あおば歯科 泉中央院 院長
t.murai@{DOM}"""

ROUMU = addr("大友 典子", "otomo@miyagi-roumu.example.jp")
DLINK = addr("デンタルリンク カスタマーサポート", "support@dentallink.example.co.jp")
LAB = "sendai-dentallab.example.co.jp"
OSSEO = "osseotech.example.co.jp"


def mails():
    W = lambda *a, **k: mail(ORG, *a, **k)
    out = []

    # ------------------------------------------------------------ holds: body
    out.append(W(
        "saeki", "body", "hold", "sensitive.staff_diagnosis_to_sharoushi",
        "Names a hygienist and her 適応障害 diagnosis to an outside 社労士; the purpose is legitimate but it is 要配慮個人情報 about an identifiable person.",
        SAEKI, [ROUMU],
        "長町院 歯科衛生士の休職について(ご相談)",
        f"""大友労務管理事務所
社会保険労務士 大友 典子 先生

いつも大変お世話になっております。
医療法人社団青葉会の佐伯でございます。

長町院に勤務しております歯科衛生士の件で、ご相談させていただきたくご連絡いたしました。

対象者:阿部 真由美(歯科衛生士、2019年4月入職、正職員)
経緯 :4月下旬より欠勤・遅刻が続いておりましたが、{D(5, 12)}に本人より
       「こころのクリニック長町」発行の診断書が提出されました。
       診断名は「適応障害」、「約3か月の自宅療養を要する」との記載でございます。

つきましては、下記2点についてご教示いただけますと幸いです。

1. 当法人の就業規則(第38条 私傷病休職)の適用開始日の考え方
   (年休残日数が9日あり、本人は先に年休を充てたい意向です)
2. 傷病手当金の申請手続きと、事業主記入欄の記載方法

なお、本人は院長(菅原)との面談で、職場の人間関係が一因である旨を
話しておりますので、復職時の配置につきましても併せてご相談できればと存じます。

ご多用のところ恐縮ですが、よろしくお願い申し上げます。

{SIG_SAEKI}""",
        personal=[("name", "阿部 真由美"), ("diagnosis", "適応障害")]))

    out.append(W(
        "onodera", "body", "hold", "sensitive.patient_history_to_care_home",
        "Sends a named resident's dementia, anticoagulant use and pneumonia admission to a nursing home; care-partner purpose, but still health data about an identifiable person.",
        ONODERA, [addr("けやきの杜 看護主任 高橋", "kango@keyakinomori.example.or.jp")],
        "訪問歯科 6月から開始の方について",
        f"""けやきの杜 看護主任 高橋様

お世話になってます.あおば歯科の小野寺です!
先日お話しした、6月から訪問歯科を開始する方について、ご家族(長女さん)から聞き取った内容を送りますね.

・お名前:北村 ハナ 様(2階 205号室)
・生年月日:昭和10年3月18日
・既往:アルツハイマー型認知症、心房細動
・お薬:ワーファリン服用中(抜歯のときは主治医に確認が必要です)
・昨年11月に誤嚥性肺炎で入院されてます
・下の総入れ歯が合わなくて、食事の時に外してしまうことが多いそうです

初回は {S(6, 4)} 14:00〜 村井先生と衛生士の2名で伺う予定です.
口腔ケアのときにむせ込みがあれば教えていただけると助かります!

よろしくおねがいします.

{SIG_ONODERA}""",
        personal=[("name", "北村 ハナ"), ("birth_date", "昭和10年3月18日"),
                  ("diagnosis", "アルツハイマー型認知症"), ("medication", "ワーファリン服用中")]))

    out.append(W(
        "onodera", "body", "hold", "id.patient_refund_account_to_accountant",
        "A patient's private bank account for a refund is written out to the outside accounting office.",
        ONODERA, [addr("杜の都会計事務所 菊地", "kikuchi@morinomiyako-kaikei.example.jp")],
        "返金の振込お願い(自費キャンセル分)",
        f"""菊地さま

お世話になっております.あおば歯科 本院の小野寺です.
自費診療の途中キャンセルで返金が1件発生したので、振込の手配をお願いできますでしょうか.

 患者様:高橋 誠一 様
 返金額:248,600円(インプラント2次手術・上部構造分)
 振込先:東北みらい銀行 長町支店 普通 4417826
 口座名義:タカハシ セイイチ

院長決裁は済んでます(佐伯事務長にも共有済み).
振込手数料は当院負担でお願いします.今月末の支払いと一緒で大丈夫です〜

小野寺""",
        personal=[("name", "高橋 誠一"), ("bank_account", "東北みらい銀行 長町支店 普通 4417826"),
                  ("account_holder", "タカハシ セイイチ")]))

    # ------------------------------------------------------------ holds: attachment
    cases = [
        ["カルテNo", "氏名", "生年月日", "性別", "電話", "埋入日", "部位", "本数", "製品", "ロット"],
        ["I-10233", "遠藤 幸子", "1958/02/14", "F", "090-0000-2231", "2024/01/18", "#36", "1", "OT-Fixture RP 4.3x10", "L23F118"],
        ["I-10412", "菅原 昭夫", "1951/09/30", "M", "022-0000-7310", "2024/02/22", "#46", "1", "OT-Fixture RP 4.3x8", "L23F118"],
        ["I-10655", "佐々木 千里", "1969/12/05", "F", "080-0000-4412", "2024/04/11", "#25 #26", "2", "OT-Fixture NP 3.5x10", "L24A031"],
        ["I-10702", "大槻 健一", "1963/07/21", "M", "090-0000-8765", "2024/05/09", "#47", "1", "OT-Fixture WP 5.0x8", ""],
        ["I-11019", "熊谷 ゆかり", "1975/03/03", "F", "070-0000-1950", "2024/07/04", "#14", "1", "OT-Fixture NP 3.5x11.5", "L24C207"],
        ["I-11240", "渡辺 勝", "1948/10/10", "M", "022-0000-3398", "2024/08/29", "#35 #36 #37", "3", "OT-Fixture RP 4.3x10", "L24C207"],
        ["I-11388", "及川 美穂", "1980/06/17", "F", "090-0000-6620", "2024/10/03", "#21", "1", "OT-Fixture NP 3.5x13", "L24D090"],
        ["I-11501", "千葉 正人", "1957/01/26", "M", "080-0000-2087", "2024/11/14", "#16 #17", "2", "OT-Fixture WP 5.0x10", "L24D090"],
    ]
    out.append(W(
        "murai", "attachment", "hold", "list.implant_patient_list_to_maker",
        "The maker only asked for case counts, but the attached sheet lists patients' names, birth dates and phone numbers.",
        MURAI, [addr("佐々木 健", f"k.sasaki@{OSSEO}")],
        "Re: 2024年 症例数ご報告のお願い",
        f"""佐々木さん

お疲れさまです、村井です。
2024年の埋入症例、院内の集計表をそのまま attach します。
報告フォームへの転記はそちらでお願いできますか? 本数ベースで 12本のはず。

lot の記載漏れが1件あるので、出荷記録で分かれば教えてください。

{SIG_MURAI}

{quoted("jp", "佐々木 健", f"k.sasaki@{OSSEO}", (2025, 6, 5, 17, 12), '''村井先生

いつも大変お世話になっております。オッセオテックの佐々木です。
毎年お願いしております、症例数ご報告のお願いです。
2024年1月〜12月の埋入本数を、径・長さ別にフォームへご記入いただけますでしょうか。

学会発表用の統計にのみ使用いたします。
お忙しいところ恐縮ですが、6月末までにご返信いただけますと幸いです。

株式会社オッセオテック 東北営業所
佐々木 健''')}""",
        attachments=[att("implant_cases_2024_泉中央.csv", csv_text(cases))],
        personal=[("name", "遠藤 幸子"), ("birth_date", "1958/02/14"), ("phone", "090-0000-2231"),
                  ("name", "熊谷 ゆかり"), ("phone", "070-0000-1950"), ("name", "千葉 正人")]))

    staff = [
        ["所属", "職種", "氏名", "フリガナ", "生年月日", "住所", "携帯", "上衣", "パンツ", "色"],
        ["本院", "歯科医師", "菅原 隆", "スガワラ タカシ", "1974/05/02", "仙台市青葉区八幡四丁目3-18", "090-0000-1102", "L", "L", "ネイビー"],
        ["本院", "歯科衛生士", "今野 絵美", "コンノ エミ", "1991/08/27", "仙台市青葉区北根二丁目7-5-203", "080-0000-5531", "S", "S", "ワイン"],
        ["本院", "受付", "小野寺 舞", "オノデラ マイ", "1994/11/09", "仙台市宮城野区原町一丁目12-8", "090-0000-7736", "M", "M", "ワイン"],
        ["泉中央院", "歯科医師", "村井 拓真", "ムライ タクマ", "1985/02/15", "仙台市泉区泉中央三丁目21-4-1105", "090-0000-3380", "L", "L", "ネイビー"],
        ["泉中央院", "歯科衛生士", "斎藤 七海", "サイトウ ナナミ", "1997/04/03", "富谷市成田五丁目9-2", "070-0000-6218", "M", "M", "ワイン"],
        ["泉中央院", "歯科助手", "丹野 由紀", "タンノ ユキ", "1988/12/20", "仙台市泉区将監二丁目6-11", "090-0000-2945", "M", "L", "ワイン"],
        ["長町院", "歯科医師", "千田 由香", "チダ ユカ", "1987/06/30", "仙台市太白区長町七丁目19-33-504", "080-0000-8812", "S", "M", "ネイビー"],
        ["長町院", "歯科衛生士", "阿部 真由美", "アベ マユミ", "1993/10/14", "名取市増田三丁目4-7", "090-0000-4069", "M", "M", "ワイン"],
        ["長町院", "歯科技工士", "鈴木 亮", "スズキ リョウ", "1990/01/08", "仙台市太白区富沢一丁目15-2", "080-0000-3127", "LL", "L", "ネイビー"],
        ["法人本部", "事務長", "佐伯 和彦", "サエキ カズヒコ", "1970/09/19", "仙台市青葉区国見ケ丘六丁目44-1", "090-0000-9051", "L", "LL", "ネイビー"],
    ]
    out.append(W(
        "saeki", "attachment", "hold", "list.staff_roster_to_uniform_vendor",
        "The uniform vendor needed sizes and embroidery names, but the attached roster carries every employee's birth date, home address and mobile.",
        SAEKI, [addr("今野 様(株式会社ユニフォームみやぎ)", "konno@uniform-miyagi.example.co.jp")],
        "新ユニフォーム採寸表の送付について",
        f"""株式会社ユニフォームみやぎ
法人営業部 今野 様

平素より大変お世話になっております。
医療法人社団青葉会 事務長の佐伯でございます。

先日はスクラブのサンプルをお持ちいただき、誠にありがとうございました。
職員一同で検討いたしました結果、ネイビーとワインの2色で進めさせていただきたく存じます。

ご依頼いただいておりました採寸表を添付にてお送りいたします。
名入れ刺繍の表記は「フリガナ」欄をローマ字に変換のうえ、ご対応いただけますと幸いです。

納品は3院分まとめて本院宛てでお願いいたします。
ご不明な点がございましたら、お気軽にお問い合わせください。

何卒よろしくお願い申し上げます。

{SIG_SAEKI}""",
        attachments=[att("職員名簿_2025年度_全院.csv", csv_text(staff))],
        personal=[("name", "今野 絵美"), ("address", "仙台市青葉区北根二丁目7-5-203"), ("phone", "080-0000-5531"),
                  ("name", "斎藤 七海"), ("birth_date", "1997/04/03"), ("address", "富谷市成田五丁目9-2"),
                  ("name", "阿部 真由美"), ("phone", "090-0000-4069")]))

    # ------------------------------------------------------------ holds: quoted
    out.append(W(
        "murai", "quoted", "hold", "sensitive.patient_memo_in_quoted_bug_report",
        "The reply to the booking-system vendor is harmless, but the pasted internal report below it shows a named patient's pregnancy and hepatitis B carrier status.",
        MURAI, [addr("デンタルリンク サポート 長尾", "support@dentallink.example.co.jp")],
        "Re: [DL-20250602-0147] 予約メモが別患者に表示される件",
        f"""デンタルリンク サポート 長尾様

村井です。追加情報です。
受付から院内で上がってきた報告を下に付けます。再現条件はこれで分かると思います。

- 発生: 泉中央院、受付端末 2台とも
- version: DL-Reserve 5.8.2 (5/29 自動アップデート後)
- 同じ時間枠に2件以上予約が入っていて、片方をドラッグで移動したときにメモ欄だけ残る感じ

原因わかったら連絡ください。今日中だと助かります。

{SIG_MURAI}

{quoted("jp", "泉中央院 受付", f"izumi-uketsuke@{DOM}", (2025, 6, 2, 9, 48), '''村井先生

予約システムでおかしなことが起きているので報告です。
6/2 10:30 の枠で 菅野 翔太 様(初診)の予約を開いたら、メモ欄に
前の枠の 木下 彩花 様(090-0000-3318)のメモがそのまま出ていました。

表示されていたメモ:
「妊娠16週。B型肝炎キャリア(主治医:北仙台レディースクリニック)。
  麻酔・レントゲン要相談。次回 6/16 クリーニング」

菅野様ご本人には画面は見えていないと思いますが、念のためご報告します。
木下様のカルテ側のメモは消えていません。

泉中央院 受付 丹野''')}""",
        personal=[("name", "木下 彩花"), ("phone", "090-0000-3318"),
                  ("health", "妊娠16週"), ("diagnosis", "B型肝炎キャリア")]))

    complaint = f"""あおば歯科 長町院 御中

いつもお世話になっております。長町院に通院している平野と申します。
3月に受付で購入した入れ歯洗浄剤(クリアデント・ナイト)を説明書どおりに毎晩使っていたところ、
部分入れ歯の金具の部分が黒っぽく変色してしまいました。
使い始める前はこのようなことはなかったので、洗浄剤が原因ではないかと思っています。
作り直しになる場合の費用はどうなるのでしょうか。

写真が必要でしたらお送りします。平日の日中は仕事のため、メールかお電話は18時以降にお願いします。

氏名:平野 恭子
住所:〒982-0011 仙台市太白区長町南三丁目12-5 グランシエル長町402
電話:090-0000-6214
メール:kyoko.hirano.77@yahoo.co.jp
診察券番号:N-20871"""
    out.append(W(
        "saeki", "quoted", "hold", "personal.patient_complaint_forwarded_to_dealer",
        "A patient's complaint with her full name, address, phone and e-mail is forwarded below the cover note to the materials dealer.",
        SAEKI, [addr("遠藤 隆", "t.endo@dentalsupply-tohoku.example.co.jp")],
        "FW: 義歯洗浄剤「クリアデント・ナイト」に関するお問い合わせの件",
        f"""株式会社デンタルサプライ東北
仙台営業所 遠藤 様

いつも大変お世話になっております。
あおば歯科グループ 法人本部の佐伯でございます。

先般ご納入いただきました義歯洗浄剤「クリアデント・ナイト」につきまして、
当院で販売した患者様より、下記のとおりお問い合わせを頂戴しております。
製品の不具合に該当するかどうか、メーカー様へのご確認をお願いできますでしょうか。

患者様への回答は当院から行う予定ですが、メーカー様から直接のご連絡を
ご希望の場合はその旨お知らせください。

取り急ぎ、よろしくお願い申し上げます。

{SIG_SAEKI}

{forward_block("outlook", "平野 恭子 <kyoko.hirano.77@yahoo.co.jp>", f"info@{DOM}", (2025, 6, 10, 21, 37), "入れ歯洗浄剤について", complaint)}""",
        personal=[("name", "平野 恭子"), ("address", "仙台市太白区長町南三丁目12-5 グランシエル長町402"),
                  ("phone", "090-0000-6214"), ("email", "kyoko.hirano.77@yahoo.co.jp")]))

    # ------------------------------------------------------------ hold: subject
    out.append(W(
        "onodera", "subject", "hold", "sensitive.resident_diagnosis_in_subject",
        "The body only postpones a visit, but the subject line names a resident and says she is in hospital with aspiration pneumonia.",
        ONODERA, [addr("サニーガーデン長町 生活相談員 岩渕", "soudan@sunnygarden-nagamachi.example.jp")],
        "訪問歯科日程の変更(302号室 千葉 トミ様 誤嚥性肺炎で入院中のため)",
        f"""岩渕さま

いつもお世話になっております.あおば歯科の小野寺です.
標記の件、今月の訪問はいったんお休みにして、退院の目途がついたら再開でお願いします.
ご家族さまへは、そちらからお伝えいただけますか?

ほかの入居者さまは予定どおり {S(6, 18)} 午後に伺います!

小野寺""",
        personal=[("name", "千葉 トミ"), ("diagnosis", "誤嚥性肺炎")]))

    # ------------------------------------------------------------ hold: zip
    santei = [
        ["整理番号", "氏名", "生年月日", "基礎年金番号", "4月", "5月", "6月", "備考"],
        ["3", "菅原 隆", "1974/05/02", "2210-583916", "820000", "820000", "820000", ""],
        ["5", "今野 絵美", "1991/08/27", "4013-227845", "268400", "271900", "266300", ""],
        ["8", "村井 拓真", "1985/02/15", "3147-960218", "760000", "760000", "760000", ""],
        ["11", "斎藤 七海", "1997/04/03", "6025-118734", "231500", "244800", "238200", ""],
        ["12", "丹野 由紀", "1988/12/20", "2894-405561", "198700", "201300", "199900", ""],
        ["14", "千田 由香", "1987/06/30", "3390-712684", "640000", "640000", "655000", "6月昇給"],
        ["17", "鈴木 亮", "1990/01/08", "5108-364402", "286000", "291500", "283200", ""],
        ["21", "及川 里奈", "2002/09/11", "7541-203378", "", "146200", "228900", "5月入職"],
        ["22", "大内 健斗", "2001/03/29", "7549-861025", "", "139800", "224100", "5月入職"],
    ]
    out.append(W(
        "saeki", "zip", "hold", "id.pension_numbers_in_plain_zip",
        "A plain zip for the 社労士 holds a CSV of staff names, birth dates, 基礎年金番号 and monthly pay.",
        SAEKI, [ROUMU],
        "算定基礎届 資料送付の件",
        f"""大友先生

お世話になっております。青葉会の佐伯でございます。
本年度の算定基礎届の資料を、ファイルが複数になりましたのでzipにまとめてお送りいたします。

・報酬月額一覧(4月〜6月支給分)
・送付状

昨年度からの変更点として、5月入職者が2名おります(一覧の備考欄に記載しております)。
{D(7, 3)}までにご確認いただけますと幸いです。

何卒よろしくお願い申し上げます。

{SIG_SAEKI}""",
        attachments=plain_zip("算定基礎_2025_青葉会.zip", [
            ("報酬月額_2025年4-6月.csv", csv_text(santei)),
            ("送付状.txt", f"""大友労務管理事務所 御中

送付状

算定基礎届(令和7年度)作成資料を下記のとおりお送りいたします。

1. 報酬月額一覧(4月〜6月支給分) 1部
2. 本送付状 1部

事業所整理記号:仙台青葉 イアオ
医療法人社団 青葉会 事務長 佐伯 和彦
"""),
        ]),
        personal=[("name", "今野 絵美"), ("pension_number", "4013-227845"),
                  ("name", "斎藤 七海"), ("pension_number", "6025-118734"),
                  ("name", "及川 里奈"), ("pension_number", "7541-203378")]))

    # ------------------------------------------------------------ hold: recipients
    RNAMES = ['小林 一郎 先生', '広瀬デンタルクリニック', '伊藤 雅彦 先生', '佐藤 玲子 先生', '仙台デンタルラボ', '阿部 康弘 先生', '金子 直樹 先生', '及川 聡 先生', '長谷川 亮', '大内 美香', '藤田 賢治', '菅原 武', '渡辺 達也(オッセオテック)']
    rcpt = [
        "kobayashi@kobayashi-shika.example.jp",
        "info@hirose-dental.example.jp",
        "dr.ito@ito-shika.example.com",
        "sato.r@izumi-kodomo-dental.example.jp",
        f"office@{LAB}",
        "y.abe@tohoku-ortho.example.jp",
        "kaneko@nagamachi-oralclinic.example.jp",
        "oikawa@dent.tohoku-igaku.example.ac.jp",
        "ryo.hasegawa.dds@gmail.com",
        "mika_ouchi@yahoo.co.jp",
        "k.fujita.dent@outlook.com",
        "takeshi.sugawara.0310@gmail.com",
        f"t.watanabe@{OSSEO}",
    ]
    out.append(W(
        "saeki", "recipients", "hold", "recipients.study_club_invite_in_to",
        "Thirteen dentists, labs and private addresses from different organisations are all visible in To instead of BCC.",
        SAEKI, [addr(n, a) for n, a in zip(RNAMES, rcpt, strict=True)],
        "【ご案内】第12回 青葉デンタルスタディクラブ(7月12日)開催のお知らせ",
        f"""先生方各位

拝啓 梅雨の候、先生方におかれましてはますますご清祥のこととお慶び申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。

さて、下記のとおり第12回青葉デンタルスタディクラブを開催いたします。
今回は泉中央院 院長 村井より「デジタル印象とガイデッドサージェリーの実際」と題して
症例報告を行うほか、株式会社オッセオテック様より新製品のご紹介をいただく予定です。

ご多忙中とは存じますが、万障お繰り合わせのうえご参加くださいますようお願い申し上げます。

敬具

記
 日時:2025年{D(7, 12)} 18:30〜20:30(受付18:00)
 会場:あおばメディカルビル 5階 会議室
 参加費:2,000円(軽食付き)
 出欠:{D(7, 4)}までに本メールへご返信ください

以上

{SIG_SAEKI}""",
        cc=[MURAI],
        personal=[("email", a) for a in rcpt]))

    # ------------------------------------------------------------ passes
    out.append(W(
        "saeki", "none", "pass", "benign.successor_introduction",
        "A clinic director change announced to the dental association; names are staff in their public roles.",
        SAEKI, [addr("仙台市歯科医師会 事務局", "jimukyoku@sendai-da.example.or.jp")],
        "長町院 院長交代のご挨拶",
        f"""仙台市歯科医師会
事務局 御中

拝啓 新緑の候、貴会におかれましてはますますご清栄のこととお慶び申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。

さて、このたび当法人 あおば歯科 長町院におきまして、
2025年6月1日付で下記のとおり院長が交代いたしますので、ご報告申し上げます。

 前院長 菅原 隆   (本院 副院長に異動)
 新院長 千田 由香 (長町院 副院長より昇任)

千田は2016年に当法人へ入職し、小児歯科・予防歯科を中心に診療にあたってまいりました。
前任者同様、格別のご指導ご鞭撻を賜りますよう、お願い申し上げます。

なお、長町院の診療時間・連絡先に変更はございません。
会員名簿の記載変更に必要な書類がございましたら、ご指示いただけますと幸いです。

まずは略儀ながら、メールにてご挨拶申し上げます。

敬具

{SIG_SAEKI}""",
        cc=[addr("菅原 隆", f"t.sugawara@{DOM}"), addr("千田 由香", f"y.chida@{DOM}")]))

    out.append(W(
        "onodera", "none", "pass", "benign.it_outage",
        "A booking-system outage report to the vendor with an error code; 障害 is the IT sense and no patient is named.",
        ONODERA, [DLINK],
        "予約システムにつながりません(本院)",
        """デンタルリンク サポートご担当者様
あおば歯科 本院の小野寺です.8:40頃から予約画面が開かず「ERR_CONN_503 / サーバーに接続できません」と出ます.
泉中央院・長町院も同じ症状です.障害情報など出ていますか?9時から診療なので至急お願いします!
小野寺(022-0000-4182)""",
        cc=[SAEKI]))

    t1 = yamato_also_mynumber("40721583306")
    out.append(W(
        "murai", "none", "pass", "benign.tracking_number",
        "A lab shipment note with a Yamato slip number that happens to pass the マイナンバー check digit, and case codes instead of patient names.",
        MURAI, [addr("仙台デンタルラボ 製作部", f"seisaku@{LAB}")],
        "印象 3ケース発送しました",
        f"""仙台デンタルラボ 製作部 御中

村井です。本日分、ヤマトで送りました。
伝票番号: {dash_track(t1)}  (明日午前着)

- IZ-0611-01  #46 Zirconia crown, shade A3, 咬合紙マークあり
- IZ-0611-02  #14-16 Bridge, PFM, shade A2
- IZ-0611-03  上顎 ナイトガード (hard)

セット予定は {S(6, 20)} / {S(6, 23)} です。間に合わなければ早めに連絡ください。
よろしく。

{SIG_MURAI}"""))

    inv = f"""                請 求 書

東北ロジテック株式会社 御中                 請求書番号 AO-2025-0614
                                            発行日 2025年6月16日

医療法人社団 青葉会
登録番号 T{CORP}

件名:事業所歯科健診(2025年6月実施分)

{table([["品目", "数量", "単価", "金額"],
        ["歯科健診(問診・口腔内診査・結果票)", "142名", "3,000円", "426,000円"],
        ["小計", "", "", "426,000円"],
        ["消費税(10%)", "", "", "42,600円"],
        ["合計", "", "", "468,600円"]])}

お振込先:東北みらい銀行 本店営業部 当座 1182046
口座名義:医療法人社団青葉会(イリヨウホウジンシヤダン アオバカイ)
"""
    out.append(W(
        "saeki", "none", "pass", "benign.corporate_account_invoice",
        "An invoice to a client company with the clinic's own corporate account and invoice registration number.",
        SAEKI, [addr("伊藤 様(東北ロジテック 健康推進課)", "k.ito@tohoku-logitech.example.co.jp")],
        "事業所歯科健診 ご請求書送付のご案内(請求書番号 AO-2025-0614)",
        f"""東北ロジテック株式会社
総務部 健康推進課 伊藤 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
医療法人社団青葉会 事務長の佐伯でございます。

先日は事業所歯科健診の実施にあたり、多大なるご協力を賜りありがとうございました。
ご請求書を添付にてお送りいたしますので、ご査収のほどよろしくお願い申し上げます。

 請求書番号:AO-2025-0614
 ご請求金額:468,600円(税込)
 お支払期限:2025年{D(7, 31)}

【お振込先】
 東北みらい銀行 本店営業部 当座 1182046
 口座名義:医療法人社団青葉会(イリヨウホウジンシヤダン アオバカイ)

※適格請求書発行事業者 登録番号:T{CORP}

{SIG_SAEKI}""",
        attachments=[att("請求書_AO-2025-0614.txt", inv)]))

    out.append(W(
        "onodera", "none", "pass", "benign.mail_to_data_subject",
        "Appointment and treatment estimate sent to the patient herself at her own address.",
        ONODERA, [addr("佐藤 優奈", "yuna.sato.0412@gmail.com")],
        "ご予約確認とお見積りのご案内(あおば歯科 本院)",
        f"""佐藤 優奈 様

こんにちは.あおば歯科 本院 受付の小野寺です.
先日はご来院ありがとうございました!
菅原先生からご説明した内容をお送りします.

■次回のご予約
 {D(6, 21)} 10:00〜(60分) 型取り

■お見積り(自費)
 右上5番・6番 セラミッククラウン 88,000円 × 2本 = 176,000円(税込)
 ※保険の銀歯に変更される場合は、ご予約時にお申し出ください

お支払いは現金・各種カード・デンタルローンがご利用いただけます.
ご不明な点があればお気軽にお電話ください.

--
あおば歯科 本院 受付 小野寺
TEL 022-0000-4182(受付時間 9:00-18:30/木・日・祝休診)"""))

    minutes_sasaki = f"""各位

オッセオテックの佐々木です。
6/14 の勉強会、お疲れさまでした。議事メモを共有いたします。
誤りがあればご指摘ください。

■日時 {D(6, 14)} 19:00-21:10
■会場 あおばメディカルビル 5F 会議室
■参加(敬称略)
 あおば歯科:村井、千田、菅原
 小林歯科医院:小林
 仙台デンタルラボ:大沼(健司)、石川
 オッセオテック:佐々木、渡辺

■内容
1. 症例A(60代男性、#36 単独欠損)
 - CBCT + 口腔内スキャンで simulation、サージカルガイドはラボ側で設計
 - 実際の埋入位置とのズレ:先端 0.6mm / 角度 2.1°
 - 大沼さんより:ガイドのスリーブ径を 0.05mm 詰めた版を次回試作
2. 症例B(50代女性、#24-26 欠損、上顎洞底まで 6mm)
 - ソケットリフト併用。ガイドは pilot drill まで、その後フリーハンド
 - 小林先生より:この骨量なら short implant の選択肢もあったのでは、との議論
3. ラボとのデータ受け渡し
 - STL は case code のみで命名、氏名は入れない運用を継続
 - 受け渡しは共有フォルダではなく、当面メール添付(zip, 50MB 以内)

■次回
 {D(8, 9)} 19:00- / テーマ:即時荷重の適応
 幹事:仙台デンタルラボ 石川さん

以上、よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━
株式会社オッセオテック 東北営業所
佐々木 健(ささき けん)
〒980-0811 仙台市青葉区一番町一丁目2-25 一番町ビル7F
TEL 022-0000-6600 / Mobile 080-0000-1471
k.sasaki@{OSSEO}
━━━━━━━━━━━━━━━━━━━━"""
    onuma_reply = f"""佐々木さん

仙台デンタルラボの大沼です。議事メモありがとうございます。
1点だけ、スリーブ径は 0.05mm ではなく 0.03mm で試作する話だったと記憶しています。
村井先生、ご確認いただけますか。

--
有限会社 仙台デンタルラボ
製作部 主任 歯科技工士 大沼 健司
TEL 022-0000-5512
k.onuma@{LAB}"""
    chain = quoted("jp", "大沼 健司", f"k.onuma@{LAB}", (2025, 6, 16, 8, 52),
                   onuma_reply + "\n\n" + quoted("jp", "佐々木 健", f"k.sasaki@{OSSEO}",
                                                   (2025, 6, 15, 22, 4), minutes_sasaki))
    out.append(W(
        "murai", "none", "pass", "benign.minutes_reply_chain",
        "Study-group minutes in a long reply chain naming partner staff with full signatures; the clinical cases are anonymised by age band and tooth.",
        MURAI, [addr("大沼 健司", f"k.onuma@{LAB}"), addr("佐々木 健", f"k.sasaki@{OSSEO}")],
        "Re: Re: 6/14 ガイデッドサージェリー勉強会 議事メモ",
        f"""大沼さん、佐々木さん

村井です。
スリーブは 0.03mm で合ってます。佐々木さん、メモの修正お願いします。
あと症例B、short implant の話は「次回の症例で比較してみる」で終わっていたはずなので、その一文も追加で。

次回テーマの即時荷重、うちから 1 症例出します。

{SIG_MURAI}

{chain}""",
        cc=[addr("小林 一郎", "kobayashi@kobayashi-shika.example.jp"), SAEKI]))

    agg = grid([
        ["項目", "令和6年度", "令和7年度"],
        ["受診者数", "1,284名", "1,352名"],
        ["受診率(対象者比)", "38.2%", "41.0%"],
        ["要治療(う蝕)", "29.4%", "27.1%"],
        ["要治療(歯周病)", "35.8%", "33.6%"],
        ["要精検", "2.1%", "1.8%"],
        ["異常なし", "32.7%", "37.5%"],
    ])
    out.append(W(
        "saeki", "none", "pass", "benign.aggregate_health_results",
        "Dental check-up results for a health insurance society given only as percentages and counts.",
        SAEKI, [addr("みやぎ建設業健康保険組合 保健事業課", "hoken@miyagi-kensetsu-kenpo.example.or.jp")],
        "令和7年度 歯科健診事業 実施結果(集計)のご報告",
        f"""みやぎ建設業健康保険組合
保健事業課 御中

平素より格別のご高配を賜り、厚く御礼申し上げます。
医療法人社団青葉会 事務長の佐伯でございます。

令和7年度の被保険者向け歯科健診事業につきまして、
実施結果を下記のとおり集計いたしましたので、ご報告申し上げます。

{agg}

※割合は受診者数に対する比率です。
※個人別の結果票は、受診者ご本人へ直接お渡し済みでございます。

年代別では40代・50代の歯周病有所見率が高く(それぞれ41.2%、44.9%)、
次年度は当該年代への受診勧奨を強化されることをご提案いたします。

詳細な報告書は、{D(7, 25)}の定例会議にて持参いたします。
引き続きよろしくお願い申し上げます。

{SIG_SAEKI}"""))

    partners = [
        f"office@{LAB}", "info@hirose-dental.example.jp", f"t.watanabe@{OSSEO}",
        "konno@uniform-miyagi.example.co.jp", "kikuchi@morinomiyako-kaikei.example.jp",
        "t.endo@dentalsupply-tohoku.example.co.jp", "support@dentallink.example.co.jp",
        "cad@millingcenter-tohoku.example.co.jp",
    ]
    out.append(W(
        "onodera", "none", "pass", "benign.malware_infection_notice",
        "A warning about spoofed mail after a PC malware 感染 and 隔離, with the partner list safely in BCC.",
        ONODERA, [addr("あおば歯科グループ", f"info@{DOM}")],
        "【お詫び】当院を装った不審なメールについて",
        f"""関係者各位

いつもお世話になっております.あおば歯科グループ 本院の小野寺です.

{D(6, 9)}以降、当院の職員名をかたった不審なメールが、複数の取引先様に届いていることが確認されました.
院内のパソコン1台がウイルスに感染していたことが原因とみられ、
該当端末はすでにネットワークから隔離し、保守業者による調査を行っております.

不審なメールの特徴
・差出人の表示名は当院職員ですが、メールアドレスが当院のドメイン(@{DOM})ではない
・「請求書」「診療予約の確認」などの件名で、パスワード付きzipが添付されている

このようなメールを受信された場合は、添付ファイルを開かずに削除していただけますようお願いいたします.
ご迷惑をおかけし、誠に申し訳ございません.

--
あおば歯科グループ 本院 受付 小野寺 舞
TEL 022-0000-4182""",
        bcc=[addr(n, a) for n, a in zip(["仙台デンタルラボ", "広瀬デンタルクリニック", "渡辺 達也", "今野 様", "菊地 様", "遠藤 隆 様", "デンタルリンク サポート", "ミリングセンター東北 CADチーム"], partners, strict=True)]))

    stl = lambda name, pts: "solid " + name + "\n" + "".join(
        f"  facet normal 0.0 0.0 1.0\n    outer loop\n" +
        "".join(f"      vertex {x} {y} {z}\n" for x, y, z in tri) +
        "    endloop\n  endfacet\n" for tri in pts) + "endsolid " + name + "\n"
    out.append(W(
        "murai", "none", "pass", "benign.plain_zip_scan_data",
        "A plain zip of scan files named by case code for a milling centre; no patient is identified.",
        MURAI, [addr("ミリングセンター東北 CADチーム", "cad@millingcenter-tohoku.example.co.jp")],
        "scan data / IZ-0618 (zip)",
        f"""ミリングセンター東北 CADチーム 御中

村井です。IZ-0618 のスキャンデータ、zip で送ります (password なし、患者情報は入れてません)。
design 確認してから milling で OK です。
- upper / lower / bite の3ファイル + 指示書
- margin は #46 distal が少し不明瞭、気になれば連絡ください

Thanks,
Murai""",
        attachments=plain_zip("IZ-0618_scan.zip", [
            ("IZ-0618_upper.stl", stl("IZ-0618_upper", [[(12.418, -3.207, 8.114), (12.902, -3.115, 8.120), (12.655, -2.840, 8.131)]])),
            ("IZ-0618_lower.stl", stl("IZ-0618_lower", [[(11.874, -4.551, 2.006), (12.310, -4.498, 2.011), (12.092, -4.180, 2.030)]])),
            ("指示書.txt", """症例コード: IZ-0618
部位: #46
補綴物: ジルコニアクラウン(フルカントゥア)
シェード: A3
マージン: ヘビーシャンファー
コンタクト: やや強め
納期: 6/27 院着
依頼元: あおば歯科 泉中央院
"""),
        ])))

    out.append(W(
        "saeki", "none", "pass", "benign.condolence",
        "A condolence to a partner lab's president naming his late father; no sensitive data beyond the bereavement itself.",
        SAEKI, [addr("大沼 正樹 様", f"m.onuma@{LAB}")],
        "お悔やみ申し上げます",
        f"""有限会社 仙台デンタルラボ
代表取締役 大沼 正樹 様

このたびは ご尊父 大沼 正二 様のご逝去の報に接し、心よりお悔やみ申し上げます。

正二様には、当法人開設以来二十余年にわたり、技工の面で多大なるお力添えを賜りました。
若い歯科医師たちに、補綴物の一つひとつに込めるべき丁寧さを教えてくださったことは、
今も当法人の財産となっております。

本来であれば拝眉のうえお悔やみを申し上げるべきところ、
略儀ながらメールにて失礼いたします。
なお、ご返信のお気遣いはどうぞなさいませんようお願いいたします。

心よりご冥福をお祈り申し上げます。

{SIG_SAEKI}"""))

    return out
