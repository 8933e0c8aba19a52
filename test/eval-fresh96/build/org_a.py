"""Org A: 株式会社あさなぎトラベル 団体旅行センター (travel agency, group tours desk).

Writers: 岡村 美穂 (教育旅行課), 西田 健吾 (課長), Jessica Lee (International Groups Desk).
"""

from common import (M, addr, quote, forwarded, att, enc_zip, make_luhn,
                    make_mynumber, make_bad_mynumber,
                    CT_CSV, CT_TXT, CT_PDF, CT_XLSX)

ORG = "A"
DOM = "asanagi-travel.example.co.jp"

OKAMURA = addr("岡村 美穂", f"m.okamura@{DOM}")
NISHIDA = addr("西田 健吾", f"k.nishida@{DOM}")
LEE = addr("Jessica Lee", f"j.lee@{DOM}")
GROUP_DESK = addr("あさなぎトラベル 団体旅行センター", f"group-desk@{DOM}")

SIG_OKAMURA = """━━━━━━━━━━━━━━━━━━━━━━━━
株式会社あさなぎトラベル 団体旅行センター
教育旅行課　岡村 美穂（おかむら みほ）
〒101-0000 東京都千代田区神田架空町2-4-6 あさなぎビル5F
TEL 03-0000-4410 ／ FAX 03-0000-4411
m.okamura@asanagi-travel.example.co.jp
https://www.asanagi-travel.example.co.jp/group/
観光庁長官登録旅行業第0000号 ／ JATA正会員
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_NISHIDA = """--
西田 健吾（にしだ けんご）
あさなぎトラベル 団体旅行センター 課長
直通 03-0000-4415 ／ 携帯 090-0000-3172
k.nishida@asanagi-travel.example.co.jp"""

SIG_LEE = """Best regards,

Jessica Lee
International Groups Desk | Asanagi Travel Co., Ltd.
2-4-6 Kanda Kakucho, Chiyoda-ku, Tokyo 101-0000, Japan
Tel +81-3-0000-4420 | j.lee@asanagi-travel.example.co.jp"""


def mails():
    out = []

    # ------------------------------------------------------------------ HOLDS
    # H1 body: passport details for a visa approval letter (English)
    name, dob, pp = "ONO TAKESHI", "12 March 1979", "TZ0048213"
    out.append(M(
        expect="hold", kind="id.passport", writer="lee", loc="body",
        why="個人のパスポート番号・生年月日を海外の地上手配会社へ本文で送っている。",
        frm=LEE,
        to=[addr("Tran Quoc Bao", "bao.tran@saigon-dmc.example.com")],
        cc=[NISHIDA],
        subject="Visa approval letter - late addition to Hoshizora incentive (14-18 Sep)",
        text=f"""Dear Bao,

Thank you for sending the approval letters for the Hoshizora Foods incentive
group so quickly last week.

The client has added one more participant, a regional manager who was
confirmed only yesterday. Could you please apply for an additional approval
letter with the details below?

  Full name (as in passport): {name}
  Date of birth: {dob}
  Nationality: Japan
  Passport no.: {pp}
  Date of expiry: 08 April 2031
  Entry: Tan Son Nhat, 14 Sep, VN0301
  Exit: Tan Son Nhat, 18 Sep, VN0300

He will share a twin room with another manager, so the rooming list does not
change except for the names on room 1107. I will send the updated rooming list
once the hotel confirms.

If the fee for a single late application differs from the group rate, please
let me know and I will add it to our final invoice.

{SIG_LEE}
""",
        personal=[("name", name), ("birth_date", dob), ("passport_number", pp)],
    ))

    # H2 body: group leader's personal card number for a guarantee (English)
    card = make_luhn("498012345678901")
    out.append(M(
        expect="hold", kind="id.credit_card", writer="lee", loc="body",
        why="幹事個人のクレジットカード番号と有効期限をホテルへメール本文で送っている。",
        frm=LEE,
        to=[addr("Reservations Marina Grand", "reservations@marina-grand.example.com")],
        subject="RE: Group ASANAGI-0712 / extension nights for group leader",
        text=f"""Dear Ms. Wong,

Thank you for confirming the extension. As discussed on the phone, the two
extra nights (19-20 Jul) for the group leader are not part of the group
contract and will be paid by her directly.

She asked us to pass on her card details for the guarantee:

  Card holder: HARUKA SHIMADA
  Card type: VISA
  Card number: {card}
  Expiry: 09/28

Please charge only the room and breakfast for the two nights; any incidentals
will be settled at check-out. Kindly delete the card details once the
guarantee is registered.

{SIG_LEE}

-----Original Message-----
From: Reservations Marina Grand <reservations@marina-grand.example.com>
Sent: Monday, June 9, 2025 4:12 PM
To: Jessica Lee <j.lee@asanagi-travel.example.co.jp>
Subject: Group ASANAGI-0712 / extension nights for group leader

Dear Jessica,

We can offer a Deluxe King for 19-20 Jul at SGD 310 net per night.
Please provide a credit card guarantee within 48 hours.

Kind regards,
Vivian Wong
Reservations Manager
""",
        personal=[("name", "HARUKA SHIMADA"), ("card_number", card)],
    ))

    # H3 body: dialysis arrangement with diagnosis (health)
    out.append(M(
        expect="hold", kind="sensitive.health_condition", writer="okamura", loc="body",
        why="参加者の氏名と慢性腎不全・透析条件という病歴を外部クリニックに送っている（目的は正当でも要配慮）。",
        frm=OKAMURA,
        to=[addr("海岸通り腎クリニック 地域連携室", "renkei@kaigan-jin.example.jp")],
        subject="旅行中の臨時透析のお受け入れについてご相談",
        text=f"""海岸通り腎クリニック
地域連携室 ご担当者様

突然のご連絡失礼いたします。
株式会社あさなぎトラベル 団体旅行センターの岡村と申します。

弊社で手配しております「みなと北シニア大学 OB会 秋の南紀旅行」
（10月7日〜9日、白浜温泉 2泊）の参加者お一人について、
旅行中の臨時透析をお願いできないかご相談させてください。

　参加者：増田 昭二 様（72歳・男性）
　病状：慢性腎不全により週3回（月・水・金）の血液透析を受けておられます
　シャント：左前腕
　かかりつけ：みなと北腎クリニック（主治医 坂上先生）
　ご希望日：10月8日（水）午前

かかりつけ医からの透析条件の情報提供書は、ご了承いただけましたら
ご本人経由で郵送いたします。送迎は旅館のマイクロバスで手配可能です。

ご多忙のところ恐縮ですが、お受け入れの可否をお知らせいただけますと幸いです。

{SIG_OKAMURA}
""",
        personal=[("name", "増田 昭二"), ("diagnosis", "慢性腎不全により週3回（月・水・金）の血液透析")],
    ))

    # H4 attachment: rooming list with birth dates and mobiles
    rows = [
        ("201", "高見 智子", "タカミ トモコ", "1961/04/02", "090-0000-2231", "幹事"),
        ("201", "三好 晴美", "ミヨシ ハルミ", "1962/11/19", "080-0000-7713", ""),
        ("202", "大野 久美子", "オオノ クミコ", "1961/08/30", "090-0000-4409", ""),
        ("202", "佐伯 典子", "サエキ ノリコ", "1962/01/15", "070-0000-3380", ""),
        ("203", "谷口 正人", "タニグチ マサト", "1960/06/11", "090-0000-9921", ""),
        ("203", "宇野 和夫", "ウノ カズオ", "1961/12/05", "080-0000-1147", ""),
        ("205", "市川 圭", "イチカワ ケイ", "1962/03/24", "090-0000-6650", "禁煙室希望"),
        ("205", "堀 浩一", "ホリ コウイチ", "1961/10/08", "090-0000-0832", ""),
    ]
    csv = "部屋,氏名,フリガナ,生年月日,携帯電話,備考\n" + "\n".join(",".join(r) for r in rows)
    out.append(M(
        expect="hold", kind="list.rooming_list", writer="okamura", loc="attachment",
        why="添付CSVに参加者8名の氏名・生年月日・携帯番号がまとまっている名簿。",
        frm=OKAMURA,
        to=[addr("山水館 フロント 予約係", "yoyaku@sansuikan.example.jp")],
        subject="ルーミングリスト送付（6/21 みなと北中学校 昭和52年卒 同期会）",
        text=f"""山水館　予約係　中川様

いつもお世話になっております。あさなぎトラベルの岡村です。

6月21日（土）1泊でお願いしております同期会のルーミングリストを
添付にてお送りいたします。
部屋割りは4室8名、うち205号室は禁煙室のご希望がございます。

夕食は18時30分から宴会場「松風」でお願いしておりましたが、
到着が遅れる可能性があるため19時開始に変更できますでしょうか。

以上、よろしくお願いいたします。

{SIG_OKAMURA}
""",
        attachments=[att("rooming_list_0621.csv", CT_CSV, csv)],
        personal=[("name", "高見 智子"), ("phone", "090-0000-2231"),
                  ("birth_date", "1961/04/02"), ("name", "谷口 正人")],
    ))

    # H5 attachment: APIS data with passport numbers (English)
    apis = """GROUP PNR XK7Q2M / ASANAGI TRAVEL / TYO-TPE 22OCT
SURNAME,GIVEN NAME,SEX,DOB,NATIONALITY,PASSPORT NO,EXPIRY
KUBOTA,SHINJI,M,1975-02-14,JPN,TR0051187,2030-07-01
KUBOTA,EMI,F,1977-09-03,JPN,TR0051188,2030-07-01
NAGANO,RYO,M,1988-12-20,JPN,TS0230045,2032-03-15
SAKAMOTO,AYA,F,1990-05-27,JPN,TK0097312,2029-11-30
IWATA,MAKOTO,M,1969-01-09,JPN,TZ0008851,2028-05-22
FUJIMORI,KANA,F,1993-08-16,JPN,TS0412270,2033-01-10"""
    out.append(M(
        expect="hold", kind="id.passport_list", writer="lee", loc="attachment",
        why="添付に団体6名の旅券番号・生年月日の一覧（APIS）が入っている。",
        frm=LEE,
        to=[addr("Group Desk Skyline Air", "groupdesk.tyo@skyline-air.example.com")],
        subject="APIS for group PNR XK7Q2M (22OCT TYO-TPE)",
        text=f"""Hello Group Desk team,

Please find attached the APIS data for group PNR XK7Q2M, 6 passengers,
travelling TYO-TPE on 22 OCT and returning 25 OCT.

The names match the PNR except for one spelling correction (FUJIMORI was
entered as FUJIMURA). Could you please update the name in the booking?

Ticketing deadline is 30 Sep, correct? We will issue by then.

{SIG_LEE}
""",
        attachments=[att("APIS_XK7Q2M.xlsx", CT_XLSX, apis)],
        personal=[("passport_number", "TR0051187"), ("passport_number", "TZ0008851"),
                  ("birth_date", "1988-12-20")],
    ))

    # H6 quoted: private customer's inquiry forwarded to a land operator
    inquiry = """あさなぎトラベル 御中

はじめてご連絡します。飯島と申します。
8月のお盆休みに、家族4人（夫婦・小学5年と2年の子ども）で
道東を回る個人手配の旅行を相談したく、見積りをお願いできますでしょうか。

・日程：8月12日〜15日（3泊4日）
・希望：知床でのクルーズ、釧路湿原のカヌー体験
・レンタカー利用、宿は温泉旅館希望

お名前：飯島 陽子
住所：〒231-0000 神奈川県横浜市中区架空台3-8-12
電話：090-0000-6184
メール：yoko.iijima.0000@gmail.com

よろしくお願いいたします。"""
    out.append(M(
        expect="hold", kind="personal.customer_inquiry", writer="nishida", loc="quoted",
        why="個人客の氏名・住所・電話・メールを含む問い合わせを外部の地上手配会社へそのまま転送している。",
        frm=NISHIDA,
        to=[addr("道東ランドサービス 手配課", "tehai@doto-land.example.co.jp")],
        subject="Fw: お盆の道東ファミリー旅行のご相談",
        text=f"""道東ランドサービス
手配課 佐久間様

お世話になっております。あさなぎトラベルの西田です。
下記、個人のお客様からのお問い合わせです。
お盆の時期でタイトかと思いますが、知床クルーズとカヌー体験を含めた
行程のたたき台とお見積りをお願いできますでしょうか。
宿は2泊目だけでも温泉旅館が取れれば、とのことです。

来週水曜あたりまでにいただけると助かります。

{SIG_NISHIDA}

""" + forwarded("飯島 陽子 <yoko.iijima.0000@gmail.com>",
                "2025年6月10日(火) 21:47",
                "お盆の道東ファミリー旅行のご相談",
                "group-desk@asanagi-travel.example.co.jp", inquiry),
        personal=[("name", "飯島 陽子"), ("address", "神奈川県横浜市中区架空台3-8-12"),
                  ("phone", "090-0000-6184"), ("email", "yoko.iijima.0000@gmail.com")],
    ))

    # H7 quoted: disability of a participant in the organiser's earlier mail
    prev = """あさなぎトラベル 岡村様

いつもありがとうございます。幹事の村瀬です。
ホテルのお部屋の件、補足です。

参加者のうち 川端 敏夫 さんは身体障害者手帳1級（脊髄損傷）で
車椅子を使っておられます。奥様が介助で同室です。
お風呂はシャワーチェアがあれば大丈夫とのことでした。

もう一人、足の手術をされた方がいるので、
エレベーターに近いお部屋だとありがたいです。

村瀬"""
    out.append(M(
        expect="hold", kind="sensitive.disability", writer="okamura", loc="quoted",
        why="引用部分に参加者の氏名と身体障害者手帳1級・脊髄損傷という障害情報があり、それをホテルへ送っている。",
        frm=OKAMURA,
        to=[addr("ホテル潮騒 宿泊予約課", "stay@hotel-shiosai.example.jp")],
        subject="Re: 9/27 みなと北ゴルフ同好会 お部屋タイプについて",
        text=f"""ホテル潮騒
宿泊予約課　石井様

お世話になっております。あさなぎトラベルの岡村です。
お部屋タイプの件、幹事様からのご連絡を下記にお付けします。
ユニバーサルルーム1室と、エレベーター近くのツイン1室の確保を
お願いできますでしょうか。シャワーチェアの貸出も併せてお願いいたします。

{SIG_OKAMURA}

""" + quote(prev, "2025年6月11日(水) 9:03 村瀬 隆之 <murase.t.0000@yahoo.co.jp> wrote:"),
        personal=[("name", "川端 敏夫"), ("disability", "身体障害者手帳1級（脊髄損傷）")],
    ))

    # H8 subject only: allergy with anaphylaxis history in the subject line
    subj_name = "小池 由紀子"
    subj_cond = "そばアレルギー（アナフィラキシー既往・エピペン携行）"
    out.append(M(
        expect="hold", kind="sensitive.allergy_subject", writer="okamura", loc="subject",
        why="件名に参加者の氏名と重いアレルギー・既往歴が入っており、件名だけで要配慮情報が外部に出る。",
        frm=OKAMURA,
        to=[addr("山水館 料飲部", "ryoin@sansuikan.example.jp")],
        subject=f"【要対応】6/21同期会 {subj_name}様 {subj_cond}",
        text=f"""山水館　料飲部　ご担当者様

お世話になっております。あさなぎトラベルの岡村です。

件名の方について、幹事様よりご連絡がありました。
夕食・朝食とも、そば粉を使った料理（前菜のそば寿司、〆のそば）を
別メニューへの差し替えをお願いいたします。
揚げ油・茹で湯の共用も避けていただけますと幸いです。

厨房のご担当者様へご共有のうえ、対応可否をご返信いただけますでしょうか。

{SIG_OKAMURA}
""",
        personal=[("name", subj_name), ("allergy", subj_cond)],
    ))

    # H9 zip: encrypted zip (PPAP)
    out.append(M(
        expect="hold", kind="attachment.encrypted_zip", writer="nishida", loc="zip",
        why="パスワード付きzip（PPAP）の添付で、中身を確認できない。",
        frm=NISHIDA,
        to=[addr("みなと北中学校 学年主任 島田先生", "shimada.k@minatokita-jh.example.ed.jp")],
        subject="修学旅行 参加者名簿・班別行動表（パスワード別送）",
        text=f"""みなと北中学校
第2学年 学年主任　島田先生

いつもお世話になっております。あさなぎトラベルの西田です。

先日ご依頼の、修学旅行の参加者名簿と班別行動表をまとめて
お送りいたします。ファイルにはパスワードを設定しておりますので、
パスワードは別メールにてお知らせいたします。

京都のタクシー会社への提出は、学校様のご確認後に弊社から行います。
修正がございましたら、今週金曜日までにお知らせください。

{SIG_NISHIDA}
""",
        attachments=[enc_zip("shugakuryoko_meibo_2nen.zip")],
    ))

    # H10 recipients: reunion trip notice with 13 private addresses visible
    rcpt = [
        addr("高見 智子", "tomoko.takami.0000@gmail.com"),
        addr("三好 晴美", "harumi-miyoshi0000@yahoo.co.jp"),
        addr("大野 久美子", "kumiko.ohno.0000@outlook.com"),
        addr("佐伯 典子", "saeki.noriko0000@gmail.com"),
        addr("谷口 正人", "m.taniguchi.0000@yahoo.co.jp"),
        addr("宇野 和夫", "kazuo.uno0000@gmail.com"),
        addr("市川 圭", "kei.ichikawa.0000@outlook.com"),
        addr("堀 浩一", "hori.koichi0000@yahoo.co.jp"),
        addr("原田 美和", "miwa.harada.0000@gmail.com"),
        addr("菊池 洋", "hiroshi-kikuchi0000@gmail.com"),
        addr("松尾 由美", "yumi.matsuo0000@yahoo.co.jp"),
        addr("江藤 昇", "noboru.eto.0000@outlook.com"),
        addr("小池 由紀子", "yukiko.koike0000@gmail.com"),
    ]
    out.append(M(
        expect="hold", kind="recipients.private_visible", writer="okamura", loc="recipients",
        why="参加者13名の個人メールアドレスがTOに並び、互いに見える状態で送っている（BCCにすべき）。",
        frm=OKAMURA,
        to=rcpt,
        subject="【同期会旅行】集合時間変更のお知らせ（6/21）",
        text=f"""みなと北中学校 昭和52年卒 同期会旅行 ご参加の皆さま

あさなぎトラベルの岡村です。
6月21日（土）の集合時間が変更になりましたのでお知らせいたします。

　変更前：8:30 みなと北駅 東口ロータリー
　変更後：8:15 みなと北駅 東口ロータリー

高速道路の工事規制による渋滞が見込まれるため、15分早めての出発と
させていただきます。バスは「あさなぎ観光 2号車」の表示がございます。

当日の緊急連絡先：添乗員 岡村（090-0000-5521）

皆さまにお会いできるのを楽しみにしております。

{SIG_OKAMURA}
""",
    ))

    # ----------------------------------------------------------------- PASSES
    # P1 site inspection meeting with a long reply chain and partner names
    chain1 = """西田様

お世話になっております。ホテル潮騒の石井です。
下見の件、6月24日（火）13時〜でしたら、総支配人の鷲尾と
宴会担当の水野も同席できます。
当日は大宴会場「潮音」と、改装したばかりのラウンジをご覧いただけます。

ホテル潮騒 営業部 石井 直美
TEL 050-0000-5571"""
    chain0 = """石井様

いつもお世話になっております。あさなぎトラベル西田です。
11月の東邦精機様 社員旅行（約120名）の件で、
幹事の総務部 吉岡様と一緒に下見に伺いたく存じます。
6月下旬で候補日をいただけますでしょうか。

西田"""
    out.append(M(
        expect="pass", kind="benign.site_visit_meeting", writer="nishida", loc=None,
        why="取引先担当者の氏名が並ぶ下見の日程調整で、個人の機微情報はない。",
        frm=NISHIDA,
        to=[addr("石井 直美", "n.ishii@hotel-shiosai.example.jp")],
        cc=[addr("吉岡 誠", "yoshioka@toho-seiki.example.co.jp"), OKAMURA],
        subject="Re: Re: 11月 東邦精機様 社員旅行 下見のお願い",
        text=f"""石井様

ご調整ありがとうございます。
6月24日（火）13時に、東邦精機の吉岡様と弊社岡村の3名で伺います。
鷲尾総支配人、水野様にもご同席いただけるとのこと、恐縮です。

当日は以下を拝見できればと存じます。
・大宴会場「潮音」（120名着席の島レイアウト）
・二次会用のラウンジ
・客室（和洋室・ツイン）

車で伺いますので、駐車場を2台分お願いできますでしょうか。

{SIG_NISHIDA}

""" + quote(chain1 + "\n\n" + quote(chain0, "2025年6月12日 10:20 西田 健吾 wrote:").rstrip("\n"),
            "2025年6月12日(木) 15:41 石井 直美 <n.ishii@hotel-shiosai.example.jp> wrote:"),
    ))

    # P2 invoice with the company's own bank account
    inv = """請求書
請求番号：ASG-2025-06-0188
発行日：2025年6月13日

みなと北中学校 PTA 御中

件名：第2学年 修学旅行（京都・奈良 2泊3日）旅行代金
参加人数：生徒 142名 ／ 引率 9名
金額：¥9,362,000（税込）
お支払期限：2025年7月31日

お振込先：みずなみ銀行 神田支店 普通預金 1234567
口座名義：カ）アサナギトラベル
※振込手数料はご負担くださいますようお願いいたします。

株式会社あさなぎトラベル
登録番号 T0000123456789"""
    out.append(M(
        expect="pass", kind="benign.invoice_corporate_account", writer="okamura", loc=None,
        why="請求書の振込先は会社名義の法人口座で、個人の口座や個人情報は含まれない。",
        frm=OKAMURA,
        to=[addr("みなと北中学校 事務室", "jimu@minatokita-jh.example.ed.jp")],
        cc=[addr("みなと北中学校 PTA会計", "pta-kaikei@minatokita-jh.example.ed.jp")],
        subject="修学旅行 旅行代金ご請求書の送付",
        text=f"""みなと北中学校
事務室 ご担当者様

いつもお世話になっております。あさなぎトラベルの岡村です。
第2学年 修学旅行の旅行代金につきまして、請求書をお送りいたします。

原本は本日郵送いたしましたが、先にPDFにてお送りいたします。
お支払期限は7月31日（木）となっております。
キャンセル料規定により、6月30日以降の参加者変更は
別途精算とさせていただきます。

ご不明点がございましたらお気軽にお問い合わせください。

{SIG_OKAMURA}
""",
        attachments=[att("seikyusho_ASG-2025-06-0188.pdf", CT_PDF, inv)],
    ))

    # P3 Yamato tracking numbers (one of them passes the My Number check digit)
    trk1 = make_mynumber("43210987654", "-")      # happens to pass the check
    trk2 = make_bad_mynumber("61204873359", "-")  # does not pass
    out.append(M(
        expect="pass", kind="benign.tracking_number", writer="okamura", loc=None,
        why="12桁の数字はヤマト運輸の送り状番号で、個人番号ではない。",
        frm=OKAMURA,
        to=[addr("みなと北シニア大学 事務局", "jimukyoku@minatokita-senior.example.jp")],
        subject="パンフレット発送のご連絡（秋の南紀旅行）",
        text=f"""みなと北シニア大学 事務局
宮原様

お世話になっております。あさなぎトラベルの岡村です。

「秋の南紀旅行」のパンフレット80部と申込書80部を、
本日ヤマト運輸の宅急便で2箱に分けて発送いたしました。

　1箱目（パンフレット）：送り状番号 {trk1}
　2箱目（申込書・返信用封筒）：送り状番号 {trk2}

明日午前中の到着予定です。
申込締切は7月18日（金）とさせていただいております。
お申込書は事務局様でとりまとめのうえ、返信用封筒でご返送ください。

{SIG_OKAMURA}
""",
    ))

    # P4 English incentive quote
    out.append(M(
        expect="pass", kind="benign.english_quote", writer="lee", loc=None,
        why="法人向けの見積と行程の説明で、担当者名以外の個人情報はない。",
        frm=LEE,
        to=[addr("Kevin Lin", "kevin.lin@formosa-parts.example.com.tw")],
        cc=[NISHIDA],
        subject="Quotation: Formosa Parts incentive trip to Hokkaido (Feb 2026)",
        text=f"""Dear Kevin,

Thank you for your time on the call yesterday. As promised, here is our first
quotation for the Formosa Parts top-sales incentive trip.

  Dates: 10-14 Feb 2026 (4 nights)
  Group size: 35 guests + 2 staff from your HR team
  Route: New Chitose - Otaru - Sapporo (Snow Festival) - Niseko
  Hotels: 4-star in Sapporo (2 nights), ski resort hotel in Niseko (2 nights)
  Highlights: private dinner cruise in Otaru canal area, sushi workshop,
              half-day snowshoe tour, awards dinner with live band

  Land cost per person (twin share): JPY 238,000
  Single supplement: JPY 52,000
  Validity: 31 July 2025

Flights are not included; we understand your Taipei office books them.
We would recommend holding rooms by mid-July, as the Snow Festival period
fills up quickly.

Happy to adjust the programme if Mr. Chen would like more free time in
Sapporo.

{SIG_LEE}
""",
    ))

    # P5 successor introduction
    out.append(M(
        expect="pass", kind="benign.successor_introduction", writer="nishida", loc=None,
        why="担当交代の挨拶で、氏名・社名・連絡先はいずれも業務上の連絡先のみ。",
        frm=NISHIDA,
        to=[addr("東邦精機 総務部 吉岡 誠", "yoshioka@toho-seiki.example.co.jp")],
        cc=[OKAMURA],
        subject="担当者変更のご挨拶（あさなぎトラベル）",
        text=f"""東邦精機株式会社
総務部　吉岡様

平素より格別のお引き立てを賜り、誠にありがとうございます。
あさなぎトラベルの西田でございます。

このたび7月1日付の組織変更に伴い、御社の社員旅行・周年行事のご担当を
教育旅行課の岡村 美穂に引き継ぐこととなりました。
岡村は修学旅行や大型宴会の手配経験が長く、11月の社員旅行についても
既に下見から同行しておりますので、ご安心いただけるかと存じます。

私も引き続き課長として関わってまいりますので、
今後とも変わらぬご愛顧のほど、よろしくお願い申し上げます。

■ 新ご担当
　岡村 美穂（教育旅行課）
　TEL 03-0000-4410　m.okamura@asanagi-travel.example.co.jp

{SIG_NISHIDA}
""",
    ))

    # P6 confirmation to the group leader herself, masked card
    out.append(M(
        expect="pass", kind="benign.masked_card_self", writer="lee", loc=None,
        why="本人宛ての予約確認で、カード番号は下4桁以外マスクされている。",
        frm=LEE,
        to=[addr("Haruka Shimada", "haruka.shimada.0000@gmail.com")],
        subject="Your extension nights at Marina Grand are confirmed",
        text=f"""Dear Ms. Shimada,

Good news: the hotel has confirmed your two extension nights.

  Hotel: Marina Grand Singapore
  Dates: 19-21 Jul 2025 (check-out 21 Jul)
  Room: Deluxe King, breakfast included
  Guarantee: VISA ending **** **** **** {card[-4:]}

The hotel will charge your card directly at check-out; we have not stored the
card details on our side. Your return flight on 21 Jul remains unchanged.

Have a wonderful trip, and thank you again for organising the group.

{SIG_LEE}
""",
    ))

    # P7 infection control guideline for school trips (no names)
    out.append(M(
        expect="pass", kind="benign.infection_policy", writer="nishida", loc=None,
        why="修学旅行の感染症対応の一般的な手順で、特定の個人の健康情報はない。",
        frm=NISHIDA,
        to=[addr("みなと北中学校 学年主任 島田先生", "shimada.k@minatokita-jh.example.ed.jp")],
        subject="修学旅行中の体調不良・感染症発生時の対応について",
        text=f"""島田先生

お世話になっております。あさなぎトラベル西田です。
先日の打合せでご質問いただいた、旅行中の感染症対応について
弊社の標準的な手順をまとめました。

1. 発熱（37.5度以上）の生徒が出た場合
　・宿泊先で別室（隔離用の予備室を各館1室確保済み）へ移動
　・提携の往診医または近隣の協力医療機関を受診
　・保護者への連絡は学校様からお願いいたします
2. インフルエンザ・感染性胃腸炎等と診断された場合
　・同室者の体調確認、以降の班別行動の見直し
　・帰宅手段（保護者のお迎え／タクシー手配）は弊社で手配
3. 費用
　・予備室代は旅行代金に含まれております

昨年度は同行程で7校を手配し、発熱者は計4名でした。
いずれも上記手順で対応しております。

{SIG_NISHIDA}
""",
    ))

    # P8 religious corporation as customer
    out.append(M(
        expect="pass", kind="benign.religious_corporation_customer", writer="okamura", loc=None,
        why="顧客が宗教法人であるだけで、個人の信仰など要配慮情報は含まれない。",
        frm=OKAMURA,
        to=[addr("宗教法人 明照寺 事務局", "jimu@myoshoji.example.or.jp")],
        subject="本山参拝団体旅行（10月）お見積りの送付",
        text=f"""宗教法人 明照寺
事務局 長谷部様

いつもお世話になっております。あさなぎトラベルの岡村です。
10月の本山参拝団体旅行につきまして、お見積りをお送りいたします。

　日程：10月15日（水）〜16日（木）1泊2日
　人数：40名様（大型バス1台）
　行程：明照寺 7:00発 → 本山 参拝・法要 → 門前の宿坊泊
　　　　→ 翌日 周辺寺院拝観 → 18:00頃 帰着
　旅行代金：お一人様 38,500円（宿坊1泊2食・バス・拝観料込み）

法要のお時間が確定しましたら、行程表を調整いたします。
お申込み人数の確定は9月12日（金）でお願いできますと幸いです。

{SIG_OKAMURA}
""",
    ))

    # P9 plain zip with itinerary (English)
    itin = """FORMOSA PARTS INCENTIVE - DRAFT ITINERARY v0.3
Day 1 (10 Feb) Arrive New Chitose, transfer to Otaru, canal dinner cruise
Day 2 (11 Feb) Otaru glass workshop, transfer to Sapporo, Snow Festival (Odori site)
Day 3 (12 Feb) Sushi workshop, free afternoon, awards dinner
Day 4 (13 Feb) Transfer to Niseko, snowshoe tour, onsen
Day 5 (14 Feb) Free morning, transfer to New Chitose
Notes: coach 45 seats; English-speaking guide throughout"""
    out.append(M(
        expect="pass", kind="benign.plain_zip", writer="lee", loc=None,
        why="暗号化されていないzipで、中身は行程表のみ。",
        frm=LEE,
        to=[addr("Kevin Lin", "kevin.lin@formosa-parts.example.com.tw")],
        subject="Draft itinerary and venue photos",
        text=f"""Hi Kevin,

Attached is a zip with the draft itinerary (v0.3) and a few photos of the
awards dinner venue. The zip is not password-protected, so you can forward it
to your HR team as it is.

Let me know if Day 3 looks too packed.

{SIG_LEE}
""",
        attachments=[att("formosa_incentive_draft.zip/itinerary_v0.3.txt", CT_TXT, itin),
                     att("formosa_incentive_draft.zip/venue_notes.txt", CT_TXT,
                         "Awards dinner venue: Hall B, 2F, capacity 60 seated, stage 4m x 3m, projector available.")],
    ))

    # P10 system outage and malware isolation notice
    out.append(M(
        expect="pass", kind="benign.it_outage", writer="nishida", loc=None,
        why="「障害」「感染」「隔離」はシステム障害とマルウェアの話で、人の健康情報ではない。",
        frm=NISHIDA,
        to=[addr("ホテル潮騒 営業部", "sales@hotel-shiosai.example.jp")],
        cc=[addr("山水館 予約係", "yoyaku@sansuikan.example.jp"),
            addr("あさなぎ観光バス 配車係", "haisha@asanagi-bus.example.co.jp")],
        subject="【お詫び】団体予約システムの障害について（6/16 復旧済み）",
        text=f"""お取引先各位

平素より大変お世話になっております。
あさなぎトラベル 団体旅行センターの西田です。

6月14日（土）夕方から16日（月）午前にかけて、弊社の団体予約システムに
障害が発生し、皆さまへの手配依頼FAX・メールの自動送信が停止しておりました。

原因は、社内PC1台がマルウェアに感染したことによるもので、
当該端末はネットワークから隔離し、調査会社による確認を完了しております。
現時点で、お客様情報や皆さまの情報が外部に流出した形跡は確認されておりません。

停止期間中に送信予定だった依頼は、16日午後に手動で再送しております。
重複して届いている場合は、お手数ですが新しい方を正としてください。

ご迷惑をおかけし、誠に申し訳ございませんでした。

{SIG_NISHIDA}
""",
    ))

    for m in out:
        m["_org"] = ORG
    return out
