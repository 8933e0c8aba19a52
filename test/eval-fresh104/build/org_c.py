"""Org C: 株式会社ルミナス・ピクチャーズ キャスティング部 (film/TV production, casting desk)."""
from common import (addr, quote, gmail_header, en_header, outlook_block, forward_en, jdt, sdt, edt,
                    mynumber, att, csv, hold, pas, CT_CSV, CT_PDF, CT_TXT)

ORG = "C"
NAME = "株式会社ルミナス・ピクチャーズ キャスティング部"
DOM = "luminous-pic.example.co.jp"

NISHIMURA = addr("西村 彩花", "a.nishimura@" + DOM)
LISA = addr("Lisa Takahashi", "lisa.takahashi@" + DOM)
OTSUKA = addr("大塚 翔", "s.otsuka@" + DOM)

SIG_NISHIMURA = """━━━━━━━━━━━━━━━━━━━━━━
株式会社ルミナス・ピクチャーズ
キャスティング部 キャスティングディレクター
西村 彩花　Ayaka Nishimura
〒150-0000 東京都渋谷区桜丘町27-4 ルミナスビル5F
TEL 03-0000-6120 ／ MOBILE 090-0000-8814
a.nishimura@luminous-pic.example.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_LISA_EN = """Best regards,

Lisa Takahashi (高橋 リサ)
International Casting Coordinator
Luminous Pictures Inc. | Casting Department
5F Luminous Bldg., 27-4 Sakuragaoka-cho, Shibuya-ku, Tokyo 150-0000, Japan
Tel +81-3-0000-6125
lisa.takahashi@luminous-pic.example.co.jp"""

SIG_OTSUKA = """--
ルミナス・ピクチャーズ キャスティング部
アシスタント 大塚 翔（おおつか しょう）
03-0000-6128 ／ s.otsuka@luminous-pic.example.co.jp"""

MEGAN = addr("Megan Ross", "megan.ross@bluewater-films.example.com")
DANIEL = addr("Daniel Cho", "daniel.cho@bluewater-films.example.com")
BW_AP = addr("Bluewater Films Accounts Payable", "ap@bluewater-films.example.com")
MEDSTBY = addr("メディカルスタンバイ 手配担当 菅原様", "sugawara@medstandby.example.jp")
BACKOFFICE = addr("バックオフィス・ワン 経理代行チーム 平野様", "hirano@backoffice-one.example.jp")
KAZAGURUMA = addr("相原 亮", "aihara@kazaguruma-film.example.jp")
HANABI_SAKAI = addr("ハナビ広告 酒井様", "sakai.t@hanabi-ad.example.co.jp")
LOCAWORKS = addr("ロケーションワークス 片山様", "katayama@locaworks.example.jp")
STARLINE = addr("吉村 奈央", "n.yoshimura@starline-ent.example.co.jp")
MINAMI_TAX = addr("みなみ税理士事務所 小川様", "ogawa@minami-tax.example.jp")
PIXELLAB = addr("ピクセルラボ 山田様", "yamada.k@pixellab.example.com")

EXTRAS = [
    addr("エキストラ 相沢 理恵", "rie.aizawa.extra@gmail.com"),
    addr("エキストラ 上野 哲平", "teppei.ueno.2001@yahoo.co.jp"),
    addr("エキストラ 江口 まどか", "madoka.eguchi.act@gmail.com"),
    addr("エキストラ 大久保 仁", "jin.okubo.88@outlook.com"),
    addr("エキストラ 片岡 紗季", "saki-kataoka-0419@yahoo.co.jp"),
    addr("エキストラ 菊池 翼", "tsubasa.kikuchi.tokyo@gmail.com"),
    addr("エキストラ 小松 千夏", "chinatsu.komatsu.ex@gmail.com"),
    addr("エキストラ 斎藤 拓郎", "takuro.saito.1975@outlook.com"),
    addr("エキストラ 柴田 玲奈", "rena.shibata.ex@yahoo.co.jp"),
    addr("株式会社アクトバンク エキストラ担当", "extra@actbank.example.co.jp"),
    addr("劇団みずいろ 制作部", "seisaku@gekidan-mizuiro.example.jp"),
    addr("エキストラ 田島 悠介", "yusuke.tajima.ex@gmail.com"),
]


def mails():
    out = []

    # ------------------------------------------------------------ HOLD body 1 (EN)
    out.append(hold(
        ORG, "Lisa", "body", "id.passport",
        "海外の制作会社へ、俳優の旅券番号・生年月日・自宅住所を本文で送っている（英文）。",
        LISA, [MEGAN],
        "Travel details for HASEGAWA Ryo - LA shoot (Jul 7-18)",
        f"""Hi Megan,

Thanks for sending the travel checklist over so quickly.

As requested, here are the traveller details for our lead, so your travel desk can book
the flights and prepare the visa support letter:

  Full name (as in passport): HASEGAWA RYO
  Date of birth: 08 MAR 1991
  Nationality: Japan
  Passport No.: TR4827316
  Date of expiry: 21 NOV 2031
  Home address: 2-18-5-402 Kamimeguro, Meguro-ku, Tokyo
  Mobile: +81-90-0000-3391

He prefers an aisle seat and will travel with his manager (details to follow tomorrow).
Could you confirm the hotel for the first week once it's booked?

{SIG_LISA_EN}
""",
        personal=[("name", "HASEGAWA RYO"), ("passport", "TR4827316"),
                  ("birth_date", "08 MAR 1991"), ("address", "2-18-5-402 Kamimeguro, Meguro-ku, Tokyo")]))

    # ------------------------------------------------------------ HOLD body 2
    out.append(hold(
        ORG, "大塚", "body", "sensitive.health_child_actor",
        "救護会社へ子役2名の氏名・年齢と持病（喘息・アナフィラキシー歴のあるアレルギー）を本文で送っている。",
        OTSUKA, [MEDSTBY],
        "6/21 ロケ 現場救護のご依頼（子役の健康情報）",
        f"""株式会社メディカルスタンバイ
手配ご担当 菅原 様

お世話になっております。ルミナス・ピクチャーズ キャスティング部の大塚です。

6月21日（土）の河川敷ロケで現場救護をお願いしている件、
出演する子役のうち、特に注意が必要な2名の情報を共有いたします（保護者の了承済み）。

・桜井 ひまりさん（9歳）
　気管支喘息。発作時用の吸入薬をマネージャーが携帯しています。砂ぼこりで発作が出やすいとのこと。
・原口 湊さん（11歳）
　ピーナッツアレルギー（アナフィラキシーの既往あり）。エピペンを携帯しています。

ケータリングにはナッツ類を使わないよう手配済みです。
当日は8:00集合、撮影終了は16:00の予定です。

{SIG_OTSUKA}
""",
        personal=[("name", "桜井 ひまり"), ("health", "気管支喘息"), ("name", "原口 湊"),
                  ("health", "ピーナッツアレルギー（アナフィラキシーの既往あり）")]))

    # ------------------------------------------------------------ HOLD body 3
    out.append(hold(
        ORG, "西村", "body", "id.bank_account_private",
        "フリーランスのスタント出演者の個人口座・住所を経理代行会社へ本文で送っている。",
        NISHIMURA, [BACKOFFICE],
        "出演料お支払いのお願い（フリーランス スタント）",
        f"""株式会社バックオフィス・ワン
経理代行チーム 平野 様

いつもお世話になっております。ルミナス・ピクチャーズの西村です。

映画「夜明けのレール」のスタント出演分について、以下のとおりお支払い手続きをお願いいたします。
事務所に所属していないフリーランスの方のため、個人口座へのお振込みとなります。

　支払先：木村 大輔 様（スタントパフォーマー）
　住所　：神奈川県川崎市中原区今井南町18-3-205
　金額　：385,000円（税込・源泉徴収前）
　振込先：東京みらい銀行 武蔵小杉支店 普通 7640215 キムラ ダイスケ
　支払日：6月30日（月）

請求書のPDFは、ご本人から届き次第転送いたします。
よろしくお願いいたします。

{SIG_NISHIMURA}
""",
        personal=[("name", "木村 大輔"), ("address", "神奈川県川崎市中原区今井南町18-3-205"),
                  ("bank_account", "東京みらい銀行 武蔵小杉支店 普通 7640215")]))

    # ------------------------------------------------------------ HOLD attachment 1
    apps = csv([
        ["No", "氏名", "フリガナ", "生年月日", "年齢", "身長", "所属", "電話", "メール", "備考"],
        ["01", "岡 莉子", "オカ リコ", "2008-05-17", "17", "158", "フリー", "090-0000-1183", "riko.oka.0517@gmail.com", "ダンス経験10年"],
        ["02", "北川 陸斗", "キタガワ リクト", "2007-12-02", "17", "171", "スターライン", "080-0000-4407", "rikuto.kitagawa@starline-ent.example.co.jp", ""],
        ["03", "谷 美羽", "タニ ミウ", "2009-03-29", "16", "154", "フリー", "070-0000-9952", "miu.tani.act@yahoo.co.jp", "保護者同伴"],
        ["04", "宮田 颯", "ミヤタ ハヤテ", "2008-08-08", "16", "176", "劇団みずいろ", "090-0000-3020", "hayate.miyata.mz@gmail.com", "剣道二段"],
        ["05", "藤原 ことね", "フジワラ コトネ", "2007-06-21", "17", "162", "フリー", "080-0000-7731", "kotone.fujiwara@outlook.com", ""],
        ["06", "武田 晴", "タケダ ハル", "2009-01-11", "16", "168", "アクトバンク", "090-0000-5564", "haru.takeda.ab@gmail.com", "ピアノ"],
    ])
    out.append(hold(
        ORG, "大塚", "attachment", "list.audition_applicants",
        "添付CSVが応募者6名（未成年を含む）の氏名・生年月日・電話・メールの一覧（本文には個人情報なし）。",
        OTSUKA, [KAZAGURUMA],
        "一次オーディション 書類通過者リスト（高校生役）",
        f"""スタジオかざぐるま
監督 相原 様

お世話になっております。ルミナス・ピクチャーズの大塚です。

高校生役の一次オーディションで、書類選考を通過した方の一覧を添付します。
写真は別途、共有フォルダにアップしております。
二次審査に呼ぶ方に印をつけて、金曜までにお戻しいただけますでしょうか。

{SIG_OTSUKA}
""",
        cc=[NISHIMURA],
        attachments=[att("一次オーディション_書類通過者.csv", CT_CSV, apps)],
        personal=[("name", "岡 莉子"), ("birth_date", "2008-05-17"), ("phone", "090-0000-1183"),
                  ("email", "riko.oka.0517@gmail.com"), ("name", "谷 美羽"), ("name", "宮田 颯"),
                  ("name", "藤原 ことね")]))

    # ------------------------------------------------------------ HOLD attachment 2
    profile = """PROFILE
氏名：長岡 由美子（ながおか ゆみこ）
生年月日：1984年4月9日（41歳）
出身：静岡県
現住所：東京都杉並区阿佐谷南3-21-6 コーポ阿佐谷102
携帯電話：090-0000-2675
メール：yumiko.nagaoka.actress@gmail.com
身長／体重：163cm／52kg　靴 23.5cm
特技：着付け、料理（調理師免許）、普通自動車運転

主な出演歴
　2023　ドラマ「海辺の診療所」看護師役
　2022　CM　地方銀行 企業広告（母親役）
　2021　映画「春を待つ坂」

所属：なし（フリー、2024年に前事務所を退所）"""
    out.append(hold(
        ORG, "西村", "attachment", "personal.profile_sheet",
        "添付PDFにフリー俳優の自宅住所・携帯・メール・生年月日を含むプロフィールがあり、広告代理店へ送っている（本文には個人情報なし）。",
        NISHIMURA, [HANABI_SAKAI],
        "CM候補（母親役）プロフィールの送付",
        f"""株式会社ハナビ広告
酒井 様

いつもお世話になっております。ルミナス・ピクチャーズの西村です。

ご相談いただいた飲料CMの母親役について、フリーで活動されている方のプロフィールを添付します。
スケジュールは7月中旬まで比較的空いているそうです。
ご興味があれば、オーディションの日程をこちらで調整いたします。

{SIG_NISHIMURA}
""",
        attachments=[att("プロフィール_候補B.pdf", CT_PDF, profile)],
        personal=[("name", "長岡 由美子"), ("birth_date", "1984年4月9日"),
                  ("address", "東京都杉並区阿佐谷南3-21-6"), ("phone", "090-0000-2675"),
                  ("email", "yumiko.nagaoka.actress@gmail.com")]))

    # ------------------------------------------------------------ HOLD quoted 1 (EN)
    legal = """高橋さん

保険質問票の「過去の犯罪歴」欄の件です。
助演の 村田 剛 氏について所属事務所に確認したところ、
2019年に傷害罪で略式起訴され、罰金30万円の略式命令を受けているとのことでした。
その後の問題はなく、事務所としても現場での配慮は不要との認識です。

質問票には「あり」として、詳細は別紙で説明する形がよいと思います。

法務部 鎌田"""
    out.append(hold(
        ORG, "Lisa", "quoted", "sensitive.criminal_record_quoted",
        "米国の制作会社への英文メールの下に、法務部のメモ（出演者の氏名と傷害罪の前科）が引用されたまま残っている。",
        LISA, [DANIEL],
        "RE: Cast insurance questionnaire - supporting cast",
        f"""Hi Daniel,

Following up on the cast insurance questionnaire.
Our legal team's note to me is below (in Japanese - I'm happy to go through the key points on our call tomorrow).
In short, one of the supporting cast has a past matter that the underwriter may want to know about.
Please let us know whether they need anything further from our side.

{SIG_LISA_EN}

{outlook_block(addr("鎌田 浩一", "kamata@" + DOM), sdt(2025, 6, 10, 18, 22), LISA, "保険質問票の件（前歴について）")}

{legal}
""",
        personal=[("name", "村田 剛"),
                  ("criminal_record", "2019年に傷害罪で略式起訴され、罰金30万円の略式命令を受けている")]))

    # ------------------------------------------------------------ HOLD quoted 2
    comp = """昨日、桜丘公園でドラマの撮影をしていた件で連絡します。

朝6時前から発電機の音と大声がひどく、家の前の道にスタッフの車が何台も止まっていて、
車庫から車が出せませんでした。事前の案内も何もありませんでした。
責任者の方から説明と謝罪をお願いします。

東京都世田谷区桜丘7-12-4 鈴木 昭夫
電話 03-0000-5546"""
    out.append(hold(
        ORG, "大塚", "quoted", "personal.neighbour_complaint",
        "近隣住民の苦情（氏名・住所・電話・メール）を転送部分ごとロケ管理会社へ送っている。",
        OTSUKA, [LOCAWORKS],
        "Fw: 撮影についての苦情（6/3 桜丘公園）",
        f"""株式会社ロケーションワークス
制作部 片山 様

お世話になっております。ルミナス・ピクチャーズの大塚です。

先日の公園ロケについて、近隣の方から下記の苦情が弊社の問い合わせ窓口に届きました。
現場の近隣対応はロケーションワークスさんにお願いしていたため、転送いたします。
お手数ですが、お詫びのご連絡とご訪問の調整をお願いできますでしょうか。
制作部からも1名同行させます。

{SIG_OTSUKA}

{forward_en(addr("鈴木 昭夫", "akio.suzuki.1958@outlook.com"), jdt(2025, 6, 4, 8, 12), "<info@" + DOM + ">", "撮影についての苦情")}

{comp}
""",
        personal=[("name", "鈴木 昭夫"), ("address", "東京都世田谷区桜丘7-12-4"),
                  ("phone", "03-0000-5546"), ("email", "akio.suzuki.1958@outlook.com")]))

    # ------------------------------------------------------------ HOLD subject
    out.append(hold(
        ORG, "西村", "subject", "sensitive.health_subject",
        "件名に出演者の氏名とパニック障害の診断が入っている（本文には個人情報なし）。",
        NISHIMURA, [STARLINE],
        "石田 蓮さん パニック障害の診断書受領とスケジュール調整について",
        f"""株式会社スターライン
マネージャー 吉村 様

お世話になっております。ルミナス・ピクチャーズの西村です。

件名の件、診断書のコピーを確かに受け取りました。ご連絡いただきありがとうございます。
制作部と相談し、閉所での撮影となるシーン（第6話・エレベーター内）は撮影順を後ろに回し、
当日は控室を個室でご用意する方向で調整しております。

ご本人のご負担が少ない形で進めたいと思いますので、
ほかにも配慮が必要な点があれば、遠慮なくお知らせください。

{SIG_NISHIMURA}
""",
        personal=[("name", "石田 蓮"), ("diagnosis", "パニック障害")]))

    # ------------------------------------------------------------ HOLD zip (plain)
    m1, m2, m3, m4 = (mynumber("62810475392"), mynumber("40173958261"),
                      mynumber("75529301846"), mynumber("18364027559"))
    pay = csv([
        ["氏名", "住所", "マイナンバー", "支払金額", "源泉徴収税額"],
        ["木村 大輔", "神奈川県川崎市中原区今井南町18-3-205", m1, "385000", "39303"],
        ["長岡 由美子", "東京都杉並区阿佐谷南3-21-6", m2, "220000", "22462"],
        ["川村 ひかり", "埼玉県さいたま市浦和区常盤9-8-7", m3, "88000", "8984"],
        ["野田 圭吾", "千葉県船橋市本町2-14-3-501", m4, "154000", "15724"],
    ])
    out.append(hold(
        ORG, "西村", "zip", "id.mynumber_zip",
        "暗号化なしのzipの中のCSVに、出演者4名の氏名・住所・マイナンバー・支払額が並んでいる。",
        NISHIMURA, [MINAMI_TAX],
        "支払調書作成用データの送付（2025年上期）",
        f"""みなみ税理士事務所
小川 様

いつもお世話になっております。ルミナス・ピクチャーズの西村です。

上期分の出演料の支払データをお送りします。
事務所を通さず個人に直接お支払いした方だけを抜き出しています。
経理から届いたファイルをそのままzipでお送りしますので、
支払調書の作成にお使いください。

{SIG_NISHIMURA}
""",
        attachments=[att("2025上期_支払調書用.zip/出演者支払一覧.csv", CT_CSV, pay)],
        personal=[("name", "野田 圭吾"), ("mynumber", m1), ("mynumber", m2), ("mynumber", m3),
                  ("mynumber", m4), ("address", "埼玉県さいたま市浦和区常盤9-8-7")]))

    # ------------------------------------------------------------ HOLD recipients
    out.append(hold(
        ORG, "大塚", "recipients", "recipients.extras_to",
        "エキストラ個人と事務所12件のアドレスをBCCではなくTOに並べて送っている（社外の宛先が10件超）。",
        OTSUKA, EXTRAS,
        "【エキストラの皆様】6/14 撮影 集合時間変更のお知らせ",
        f"""エキストラ参加の皆様

お世話になっております。ルミナス・ピクチャーズ キャスティング部の大塚です。

6月14日（土）の撮影について、集合時間が変更になりましたのでお知らせします。

　変更前：8:30 集合
　変更後：7:45 集合（場所の変更はありません。都立桜丘公園 北口駐車場）

撮影終了は16:00頃の予定です。お弁当はこちらでご用意します。
衣装は「夏の私服（白・黒・柄物は避けてください）」でお願いします。

参加が難しくなった方は、6月12日（木）18時までにこのメールへご返信ください。

{SIG_OTSUKA}
"""))

    # ================================================================== PASSES
    out.append(pas(
        ORG, "Lisa", "benign.swift_corporate",
        "請求書の送付。振込先は自社（法人）の口座とSWIFTコードで個人情報ではない（英文）。",
        LISA, [BW_AP],
        "Invoice LP-2025-0412 - casting services (Ep.1-4)",
        f"""Dear Accounts Payable team,

Please find our invoice LP-2025-0412 for casting services on "Harbor Lights" (Ep.1-4).

  Amount due: JPY 4,950,000 (incl. consumption tax JPY 450,000)
  Payment terms: 30 days from invoice date (due July 11, 2025)

Bank details for the wire transfer:
  Beneficiary: Luminous Pictures Inc.
  Bank: Tokyo Mirai Bank, Ltd., Shibuya Branch
  SWIFT/BIC: TMRBJPJT
  Account No.: 1234567 (ordinary)
  Bank address: 1-1-1 Marunouchi, Chiyoda-ku, Tokyo, Japan

Please note that our bank charges are to be borne by the remitter (OUR).
Let me know if you need a W-8BEN-E or any other form.

{SIG_LISA_EN}
""",
        cc=[DANIEL]))

    out.append(pas(
        ORG, "大塚", "benign.test_card_dev_minutes",
        "開発定例の議事録。カード番号は決済テスト用の公開テスト番号で、実在の顧客のものではない。",
        OTSUKA, [PIXELLAB, addr("ピクセルラボ 中尾様", "nakao@pixellab.example.com")],
        "【議事録】オーディション応募サイト 決済機能 定例（6/5）",
        f"""ピクセルラボ 山田様、中尾様

お世話になっております。ルミナス・ピクチャーズの大塚です。
本日の定例の議事録をお送りします。修正があればご指摘ください。

━━━━━━━━━━━━━━━━━━━━
日時：2025年6月5日（木）15:00〜16:00（オンライン）
出席：ピクセルラボ 山田様・中尾様／当社 西村・大塚
━━━━━━━━━━━━━━━━━━━━
1. 応募料決済（ワークショップ付きオーディション）
　・ステージング環境で決済代行のテストモードを使って動作確認済み。
　・テスト用カード番号 4111 1111 1111 1111（VISA）、5555 5555 5555 4444（Mastercard）で
　　成功パターン、4000 0000 0000 0002 で拒否パターンを確認。
　・本番では実カード番号をサーバに保存しない（トークン化）ことを再確認。
2. 応募フォームの項目
　・生年月日は「年齢」に変更（必要最小限にするため）。
　・保護者同意のチェック欄を18歳未満の場合のみ表示。
3. 次回までの宿題
　・ピクセルラボ：エラー画面の文言案
　・当社：利用規約・プライバシーポリシーの最終版
次回：6月12日（木）15:00〜

{SIG_OTSUKA}
"""))

    out.append(pas(
        ORG, "西村", "benign.to_data_subject",
        "最終オーディションの案内を応募者ご本人に送るメール。本人の情報を本人に送るもの。",
        NISHIMURA, [addr("川村 ひかり", "hikari.kawamura.act@gmail.com")],
        "最終オーディションのご案内（ドラマ「港町ラプソディ」）",
        f"""川村 ひかり 様

お世話になっております。ルミナス・ピクチャーズ キャスティング部の西村です。

先日は二次審査にお越しいただき、ありがとうございました。
審査の結果、川村様には「港町ラプソディ」主人公の妹役の最終オーディションにお進みいただくことになりました。
おめでとうございます。

　日時：6月24日（火）13:30 受付（14:00開始、約1時間）
　場所：ルミナス・ピクチャーズ 本社 5F 会議室A
　持ち物：事前にお送りした台本（第1話 シーン12・15）、動きやすい服装

当日は監督・プロデューサーの前で、台本の演技と簡単な即興をお願いする予定です。
ご都合が悪い場合は、6月18日（水）までにご連絡ください。

当日お会いできるのを楽しみにしております。

{SIG_NISHIMURA}
"""))

    out.append(pas(
        ORG, "西村", "benign.public_figures",
        "制作発表のプレスリリース案。名前はすでに公表されている出演俳優（公人）で、個人情報の送信ではない。",
        NISHIMURA, [HANABI_SAKAI, addr("ハナビ広告 PR局 森田様", "morita.pr@hanabi-ad.example.co.jp")],
        "制作発表 プレスリリース案（最終稿）",
        f"""ハナビ広告 酒井様、森田様

お世話になっております。西村です。
7月1日解禁のプレスリリース最終稿をお送りします。

――――――――――――――――――――
【解禁】連続ドラマ「港町ラプソディ」10月スタート
主演：天海 遥（あまみ はるか）
共演：桐生 蒼真、ジョージ・ハリントン、星野 まどか
主題歌：SUNNY LANE「灯台」

天海 遥 コメント
「港町で生きる人たちの温かさを、丁寧に演じたいと思います。」
――――――――――――――――――――

出演者の表記順と肩書きは、各事務所の確認済みです。
写真素材は、解禁日の朝に共有フォルダへアップいたします。

{SIG_NISHIMURA}
"""))

    rent = """ルミナス・ピクチャーズ 大塚様

お世話になっております。機材レンタル東和の高田です。
6月分の照明機材レンタル代（請求書 KR-2506-044、165,000円）について、
お支払い方法をご指定ください。

高田 和樹
株式会社機材レンタル東和 営業部"""
    out.append(pas(
        ORG, "大塚", "benign.masked_card",
        "機材レンタル代を法人カードで支払った連絡。カード番号は下4桁以外マスクされている。",
        OTSUKA, [addr("高田 和樹", "takada@kizai-towa.example.co.jp")],
        "Re: 照明機材レンタル代金のお支払いについて",
        f"""機材レンタル東和
高田 様

お世話になっております。ルミナス・ピクチャーズの大塚です。

請求書 KR-2506-044 の件、本日御社の決済ページから法人カードでお支払いしました。
　カード：VISA **** **** **** 4821（法人カード）
　決済日：2025年6月13日
　金額　：165,000円

領収書は、PDFでお送りいただけますと助かります。
宛名は「株式会社ルミナス・ピクチャーズ」でお願いいたします。

{SIG_OTSUKA}

{gmail_header(2025, 6, 12, 10, 5, "高田 和樹", "takada@kizai-towa.example.co.jp")}
{quote(rent)}
"""))

    c3 = """西村様

お世話になっております。スターラインの吉村です。
桐生のスケジュールですが、7月は撮影が2本重なっており、
空いているのは 7月8日・9日・15日 の3日です。

吉村 奈央
株式会社スターライン マネジメント部
TEL 03-0000-7710"""
    c2 = f"""吉村様

ありがとうございます。監督と相談し、7月8日・9日でお願いしたいです。
15日は予備日として押さえていただけますでしょうか。

西村

{gmail_header(2025, 6, 2, 11, 30, "吉村 奈央", "n.yoshimura@starline-ent.example.co.jp")}
{quote(c3)}"""
    c1 = f"""西村様

8日・9日で確定、15日は予備日で押さえました。
なお、副社長の三上からも、ぜひ宣伝用の取材をお願いしたいと申しております。
取材は撮影日の昼休みに30分程度でいかがでしょうか。

吉村

{gmail_header(2025, 6, 3, 9, 12, "西村 彩花", "a.nishimura@" + DOM)}
{quote(c2)}"""
    out.append(pas(
        ORG, "西村", "benign.reply_chain",
        "芸能事務所とのスケジュール調整の長い返信チェーン。事務所スタッフの業務連絡のみ。",
        NISHIMURA, [STARLINE],
        "Re: Re: Re: 桐生さん 7月撮影スケジュールの件",
        f"""吉村様
（cc：三上副社長）

お世話になっております。ルミナス・ピクチャーズの西村です。

ご確定ありがとうございます。取材の件、ぜひお願いいたします。
7月8日の昼休み（12:30〜13:00）で、宣伝部の小田が伺います。
控室は前室の奥をご用意いたします。

引き続きよろしくお願いいたします。

{SIG_NISHIMURA}

{gmail_header(2025, 6, 4, 17, 48, "吉村 奈央", "n.yoshimura@starline-ent.example.co.jp")}
{quote(c1)}
""",
        cc=[addr("三上 隆史", "t.mikami@starline-ent.example.co.jp")]))

    out.append(pas(
        ORG, "Lisa", "benign.successor_intro_en",
        "退職の挨拶と後任の紹介（英文）。業務上の連絡先のみ。",
        LISA, [addr("Priya Raman", "priya.raman@harbourlane.example.com")],
        "Farewell and introducing my successor",
        f"""Dear Priya,

I hope this finds you well.

I wanted to let you know that I will be leaving Luminous Pictures at the end of June.
It has been a real pleasure working with you and the Harbour Lane team on the co-production casting
over the past three years.

From July 1, my colleague Kenta Hayashi will be your main contact for international casting.
Kenta joined our department from our Osaka office and has worked on two Singapore co-productions,
so he already knows many of the agencies you work with.

  Kenta Hayashi
  International Casting Coordinator
  k.hayashi@luminous-pic.example.co.jp / +81-3-0000-6126

I have copied him on this email. He will reach out to set up a video call in the first week of July.

Thank you again for everything, and I hope our paths cross again.

{SIG_LISA_EN}
""",
        cc=[addr("Kenta Hayashi", "k.hayashi@" + DOM)]))

    h1 = "3f9a1c5e7b2d4086a1e9c3b5d7f20486e1a3c5b7d9f1e3a5c7b9d1f3a5c7e9b1"
    h2 = "a84c2e6f1b3d5970c2e4a6b8d0f2143658ac0e2b4d6f8091a3c5e7f9b1d3f5a7"
    h3 = "0d2f4b6a8c1e3579bdf13579ace02468bdf13579ace02468bdf1357902468ace"
    out.append(pas(
        ORG, "大塚", "benign.log_hash",
        "素材転送ログの送付。長い英数字はファイルのSHA-256ハッシュで個人情報ではない。",
        OTSUKA, [addr("スタジオ・クレスト 編集部 伊東様", "ito@crest-post.example.jp")],
        "素材転送完了のお知らせ（Ep.3 オーディション映像）",
        f"""スタジオ・クレスト
編集部 伊東 様

お世話になっております。ルミナス・ピクチャーズの大塚です。

第3話のオーディション映像3本の転送が完了しました。
転送ログを下に貼りますので、受信後にハッシュ値の照合をお願いします。

[2025-06-16 19:02:11] START transfer job=LP-0616-03 dest=crest-post
[2025-06-16 19:14:48] OK  EP03_audition_A.mov  size=18.2GB sha256={h1}
[2025-06-16 19:27:03] OK  EP03_audition_B.mov  size=16.9GB sha256={h2}
[2025-06-16 19:31:40] OK  EP03_audition_C.mov  size=5.4GB  sha256={h3}
[2025-06-16 19:31:41] DONE files=3 errors=0

共有リンクの有効期限は6月23日までです。

{SIG_OTSUKA}
"""))

    out.append(pas(
        ORG, "西村", "benign.project_six_addresses",
        "CM案件の定例日程の連絡。見える宛先は2社6件のみで、個人情報も含まない。",
        NISHIMURA,
        [HANABI_SAKAI, addr("ハナビ広告 森田様", "morita.pr@hanabi-ad.example.co.jp"),
         addr("ハナビ広告 クリエイティブ 堀江様", "horie@hanabi-ad.example.co.jp"),
         addr("ハナビ広告 営業 今井様", "imai.s@hanabi-ad.example.co.jp")],
        "飲料CM キャスティング定例の日程について",
        f"""ハナビ広告 酒井様、森田様、堀江様、今井様
（cc：当社 プロデューサー 青山、大塚）

お世話になっております。ルミナス・ピクチャーズの西村です。

飲料CMのキャスティング定例ですが、次回以降は毎週水曜 10:00〜10:30 で固定させてください。
初回は6月18日（水）です。会議URLは別途カレンダー招待でお送りします。

初回の議題（案）：
　1. 母親役・娘役の候補者の絞り込み
　2. オーディション日程（6月末〜7月初旬）
　3. 出演料の予算感

よろしくお願いいたします。

{SIG_NISHIMURA}
""",
        cc=[addr("青山 誠", "m.aoyama@" + DOM), OTSUKA]))

    out.append(pas(
        ORG, "大塚", "benign.historical_roles",
        "時代劇の配役表。織田信長などは歴史上の人物の役名で、個人情報ではない。",
        OTSUKA, [addr("スターライン キャスティング窓口", "casting@starline-ent.example.co.jp")],
        "時代劇スペシャル「本能寺残照」キャスティング・ブレイクダウン",
        f"""株式会社スターライン
キャスティングご担当 様

お世話になっております。ルミナス・ピクチャーズの大塚です。

時代劇スペシャル「本能寺残照」（11月放送予定）の配役表をお送りします。
ご提案いただける方がいらっしゃいましたら、6月27日（金）までにお知らせください。

　織田信長　　40代男性。カリスマ性と孤独を併せ持つ。殺陣・乗馬あり。
　明智光秀　　50代男性。知将。本作の語り手。
　濃姫　　　　30〜40代女性。信長の正室。
　森蘭丸　　　10代後半〜20代前半の男性。殺陣あり。
　羽柴秀吉　　40代男性。コミカルな芝居ができる方。

撮影期間：8月下旬〜9月末（京都・太秦）
オーディション：7月7日（月）・8日（火）

{SIG_OTSUKA}
"""))

    return out
