"""Organisation E: フォトスタジオ ルミエ (株式会社ルミエ, wedding photo studio, 横浜).

Writers
  E1 葉山 透     代表・フォトグラファー. Casual, short sentences, English words, "!" .
  E2 白石 真由   ウェディングコーディネーター. Polite and warm, long, ☆ and ♪ at times.
  E3 大和田 ケン レタッチ・アルバム・Web担当. Technical, bullet lists, English mixed.
"""
from common import (addr, att, enc_zip, P, mail, quote, fwd_block, csv_text,
                    text_table, luhn_complete, group4, rng_for)

ORG = "E"
DOM = "studio-lumie.example.jp"

E1 = addr("Toru Hayama | Studio Lumie", f"hayama@{DOM}")
E2 = addr("白石 真由（フォトスタジオ ルミエ）", f"shiraishi@{DOM}")
E3 = addr("大和田 ケン", f"ken.owada@{DOM}")

SIG1 = """--
葉山 透 / Toru Hayama
Photographer, Studio Lumie
https://www.studio-lumie.example.jp
045-0000-7730"""

SIG2 = """――――――――――――――――――――
フォトスタジオ ルミエ
ウェディングコーディネーター　白石 真由
〒231-0000 横浜市中区海岸通り5-21 ルミエビル2F
TEL 045-0000-7730 / 定休日 火曜
――――――――――――――――――――"""

SIG3 = """Ken Owada (大和田 ケン)
Retouch / Album / Web
Studio Lumie  045-0000-7734"""

W1, W2, W3 = "葉山 透", "白石 真由", "大和田 ケン"

VENUE = addr("榎本 様（ホテル・ベイサイドグランデ横浜）", "enomoto@baysidegrande.example.co.jp")
NOEL = addr("アトリエ・ノエル 予約ご担当", "reserve@atelier-noel.example.jp")
ALBUM = addr("アルバムワークス 受注センター", "order@albumworks.example.co.jp")


def mails():
    rng = rng_for("org_e")
    out = []

    def add(writer, loc, expect, kind, why, frm, to, subject, text, **kw):
        out.append(mail(ORG, writer, loc, expect, kind, why, frm, to, subject, text, **kw))

    sig2 = SIG2

    # ------------------------------------------------------------------ holds
    # H1 body: a customer's full card number taken by phone, sent to the payment agency
    card = luhn_complete("453900007712345")
    add(W2, "body", "hold", "id.card_number_phone_order",
        "電話で聞いたお客様のクレジットカード番号(全桁)と有効期限・名義をメール本文に書いて決済代行会社へ送っているため。",
        E2, [addr("ペイフロント 加盟店サポート", "merchant-support@payfront.example.co.jp")],
        "手動決済のお願い(お電話でのお申込み分)",
        f"""株式会社ペイフロント
加盟店サポート ご担当者様

いつもお世話になっております。
フォトスタジオ ルミエ(加盟店ID LM-004187)の白石と申します。

オンライン決済画面でエラーが続いたお客様から、お電話でカード情報を伺いました。
恐れ入りますが、下記の内容で手動決済をお願いできますでしょうか。

　ご利用者：村瀬 美帆 様
　カード番号：{group4(card, "-")}
　有効期限：08/28
　カード名義：MIHO MURASE
　金額：198,000円(フォトウェディングプラン 一括)

決済完了後、承認番号をご返信いただけますと幸いです。
よろしくお願いいたします。

{sig2}""",
        personal=[P("name", "村瀬 美帆"), P("card_number", group4(card, "-")),
                  P("card_holder", "MIHO MURASE")])

    # H2 body: religion of the groom's family and the bride's pregnancy to the venue
    add(W2, "body", "hold", "sensitive.religion_pregnancy",
        "当日の配慮のためでも、新郎家族の宗教(イスラム教)と新婦の妊娠という要配慮情報を、氏名とともに社外の式場へ送っているため。",
        E2, [VENUE],
        "6/28 松岡様・アフマド様 ご両家の当日のご配慮について",
        f"""ホテル・ベイサイドグランデ横浜
ウェディングサロン 榎本様

いつも大変お世話になっております。ルミエの白石です。
6月28日(土)にお式を挙げられる 松岡 彩 様・アフマド ラシード 様 の撮影について、
事前にお伝えしておきたいことがあり、ご連絡いたしました。

1. 新郎様のご家族はイスラム教徒でいらっしゃいます。
　 ・お父様とお母様が、14時頃と17時頃にお祈りのお時間を取られます。
　 　空いている控室を15分ほどお借りできますでしょうか。
　 ・ご親族の写真撮影の際、女性のご親族はお顔以外の露出を控えたいとのことです。
　 ・お食事はハラール対応でご手配済みと伺っております。
2. 新婦の彩様は現在妊娠6か月でいらっしゃいます。
　 長時間の立ちっぱなしの撮影は避け、ガーデンでの撮影は15分以内にさせていただきます。
　 椅子をご用意いただけますと助かります。

ほかにも気になる点がございましたらお知らせください。
当日もどうぞよろしくお願いいたします♪

{sig2}""",
        personal=[P("name", "松岡 彩"), P("name", "アフマド ラシード"),
                  P("religion", "イスラム教"), P("pregnancy", "妊娠6か月")])

    # H3 body: a named colleague's influenza told to the groom's mother (a third person's infection)
    add(W1, "body", "hold", "sensitive.staff_infection_to_family",
        "お客様のご家族への返信で、当日担当予定だった自社スタッフの氏名とインフルエンザに感染した事実(第三者の健康情報)を伝えているため。",
        E1, [addr("小田切 節子 様", "setsuko.odagiri@yahoo.co.jp")],
        "Re: 当日のカメラマンについて",
        f"""小田切 節子 様

ご連絡ありがとうございます。ルミエの葉山です。

ご心配をおかけして申し訳ありません。
実は、当日セカンドカメラマンとして入る予定だった 森 遥 が、
昨日 インフルエンザA型 と診断されまして、今週いっぱい出勤停止になっています。

代わりに、同じくウェディング撮影の経験が長い 佐伯 がセカンドに入ります。
メインは予定どおり私が撮りますので、撮影の内容は変わりません!
ご親族の集合写真のリストも、そのまま引き継いでいます。

当日、新郎新婦様とご家族の皆さまにお会いできるのを楽しみにしています。

{SIG1}""",
        personal=[P("name", "森 遥"), P("diagnosis", "インフルエンザA型")])

    # H4 attachment: couples' shipping list (CSV) to the album lab
    ship = [
        ["注文番号", "新郎", "新婦", "挙式日", "郵便番号", "住所", "電話"],
        ["AW-250601-11", "高瀬 悠斗", "高瀬 ことみ", "2025/04/12", "231-0000", "神奈川県横浜市中区山手町88-3", "090-0000-2148"],
        ["AW-250601-12", "岡崎 陽平", "岡崎 真奈", "2025/04/19", "220-0000", "神奈川県横浜市西区みなとみらい4-6-2-1204", "080-0000-7752"],
        ["AW-250601-13", "Daniel Reyes", "Reyes 里香", "2025/04/26", "247-0000", "神奈川県鎌倉市大船2-18-7", "070-0000-3361"],
        ["AW-250601-14", "宮下 翔", "宮下 あかり", "2025/05/03", "211-0000", "神奈川県川崎市中原区小杉町3-41-9", "090-0000-9906"],
        ["AW-250601-15", "藤井 航平", "藤井 美咲", "2025/05/10", "236-0000", "神奈川県横浜市金沢区並木1-5-3", "080-0000-4417"],
    ]
    add(W3, "attachment", "hold", "list.couple_shipping_csv",
        "アルバムの直送のためでも、5組の新郎新婦の氏名・挙式日・住所・電話の一覧をCSVで社外のラボへ送っているため。",
        E3, [ALBUM],
        "6月第1便 直送分リスト",
        f"""アルバムワークス 受注センター 御中

Studio Lumie 大和田です。
6月第1便の直送分、リスト添付します。

- 5件、すべて「エマ 30P」ハードカバー
- 納期:6/27 着で希望
- 発送元名義はルミエでお願いします(いつも通り)

データは別途ギガファイル便で送ります。

{SIG3}""",
        attachments=[att("直送リスト_202506_1.csv", "text/csv", csv_text(ship))],
        personal=[P("name", "高瀬 ことみ"), P("address", "神奈川県横浜市中区山手町88-3"),
                  P("phone", "090-0000-2148"), P("name", "宮下 あかり"), P("wedding_date", "2025/05/03")])

    # H5 attachment: shoot brief with family members' illnesses and disabilities
    brief = """撮影指示書　2025年7月5日(土) 岩崎家・長瀬家 ご結婚式
会場：山手ガーデンチャペル　挙式 13:00 / 披露宴 14:30〜17:00
────────────────────────
■ご両家のご家族について(撮影時のご配慮)
・新婦父 岩崎 正 様：脳梗塞の後遺症で左半身麻痺、車椅子をご使用。
　　バージンロードは新婦の兄 岩崎 亮 様が代わりに歩かれます。
　　お父様の車椅子が写り込む角度はなるべく避けてほしい、とのご要望。
・新郎祖母 長瀬 キヨ 様：認知症があり、ご家族の付き添いあり。
　　フラッシュと大きな声に驚かれることがあるので、近くではストロボ禁止。
・新郎母 長瀬 美和子 様：うつ病で通院中のため、長時間の撮影は避ける。
　　集合写真は1回で決めたいとのこと。
────────────────────────
■必須カット
　親族集合(挙式後 13:40)、両家両親との6ショット、祖母と新郎の2ショット"""
    add(W2, "attachment", "hold", "sensitive.shoot_brief_family_health",
        "撮影時の配慮のためでも、ご家族の氏名とともに脳梗塞後遺症・認知症・うつ病といった病歴と障害を、外部のフリーカメラマンの個人アドレスへ送っているため。",
        E2, [addr("千早 さん（フリーランス）", "chihaya.photo@gmail.com")],
        "7/5 岩崎家・長瀬家 撮影指示書",
        f"""千早さん

お疲れさまです、ルミエの白石です。
7/5(土)の山手ガーデンチャペルの撮影指示書をお送りします。
今回はご家族へのご配慮が多いので、事前に目を通しておいていただけると助かります。

当日は12:00にチャペル控室集合でお願いします。
不明点があればいつでもご連絡くださいね。

{sig2}""",
        attachments=[att("撮影指示書_0705_岩崎家長瀬家.txt", "text/plain", brief)],
        personal=[P("name", "岩崎 正"), P("disability", "左半身麻痺"),
                  P("diagnosis", "脳梗塞の後遺症"), P("name", "長瀬 キヨ"), P("diagnosis", "認知症"),
                  P("name", "長瀬 美和子"), P("diagnosis", "うつ病")])

    # H6 quoted: a customer's inquiry with full contact forwarded to the hair-make salon
    cust = """フォトスタジオ ルミエ 御中

はじめまして。沢村 美咲 と申します。
10月12日に結婚式を予定しており、その前に前撮り(和装)をお願いしたいと考えています。
髪が短め(ボブ)なのですが、日本髪風のヘアアレンジは可能でしょうか。
可能であれば、ヘアメイクさんと事前に打ち合わせをしたいです。

住所:神奈川県横浜市港北区日吉本町3-22-5 グランシャリオ日吉 402
電話:080-0000-6190
平日は19時以降なら電話に出られます。

よろしくお願いいたします。
沢村 美咲"""
    add(W2, "quoted", "hold", "personal.customer_inquiry_forward",
        "依頼文は無害だが、転送部分にお客様の氏名・住所・電話・メールアドレスと挙式日が含まれたまま社外のヘアメイクサロンへ渡るため。",
        E2, [NOEL],
        "Fwd: 前撮り(和装)のヘアメイクのご相談",
        f"""アトリエ・ノエル ご担当者様

いつもお世話になっております。ルミエの白石です。
下記のお客様から、前撮りのヘアメイクについてご相談がありました。
ショートヘアでの日本髪風アレンジ、ご対応可能でしょうか。
可能でしたら、事前打ち合わせの候補日をいくつかいただけますと助かります♪

{sig2}

{fwd_block("沢村 美咲 <misaki.sawamura.1012@gmail.com>", "2025年6月14日(土) 22:05",
           "info <info@studio-lumie.example.jp>",
           "前撮りについて", cust, style="gmail")}""",
        personal=[P("name", "沢村 美咲"), P("address", "神奈川県横浜市港北区日吉本町3-22-5"),
                  P("phone", "080-0000-6190"), P("email", "misaki.sawamura.1012@gmail.com")])

    # H7 quoted: the bride's message about her father-in-law's cancer, shared with the venue
    bride = """葉山さん

いつもありがとうございます。高野(旧姓 原)です。
当日の進行について、ひとつご相談させてください。
実は新郎の父 高野 義明 が 肺がんのステージ4 で、いま抗がん剤治療中です。
体力的に披露宴の最後までいられるか分からず、
途中で退席する可能性があります。
家族写真は、できれば挙式直後の早い時間に撮っていただけないでしょうか。
義父本人も、写真はしっかり残したいと言っています。

高野 舞"""
    add(W1, "quoted", "hold", "sensitive.family_cancer_forward",
        "書き手の文面は相談だけだが、引用部分に新郎の父の氏名と肺がんステージ4・治療中という病状が含まれ、社外の式場へ送られるため。",
        E1, [VENUE],
        "Fw: 当日の進行のご相談(7/26 高野様)",
        f"""榎本さん

お疲れさまです、ルミエ葉山です。
下記お客様からのメール、共有します。
家族写真を挙式直後に前倒しできるか、進行表の調整ちょっと相談させてください。
明日の打ち合わせで10分ください!

{SIG1}

2025年6月15日(日) 8:51 高野 舞 <mai.takano.wed@outlook.com>:
{quote(bride)}""",
        personal=[P("name", "高野 義明"), P("diagnosis", "肺がんのステージ4")])

    # H8 subject: a bride's name and skin condition in the subject line
    add(W2, "subject", "hold", "sensitive.skin_condition_in_subject",
        "本文は短い依頼だけだが、件名にお客様の氏名とアトピー性皮膚炎・ステロイド外用中という病状が入っており、社外のサロンへ送られるため。",
        E2, [NOEL],
        "前撮り7/12 新婦 桜井 花蓮 様(アトピー性皮膚炎・ステロイド外用中)メイクのご配慮のお願い",
        f"""アトリエ・ノエル ご担当者様

お世話になっております。ルミエの白石です。
標記の件、当日使用される化粧品について、事前にリストをいただけますでしょうか。
お客様ご本人に確認していただく予定です。

{sig2}""",
        personal=[P("name", "桜井 花蓮"), P("diagnosis", "アトピー性皮膚炎")])

    # H9 zip: encrypted zip (PPAP) with the guest list and seating chart
    add(W3, "zip", "hold", "list.ppap_zip",
        "ゲスト名簿と席次表をパスワード付きZIP(PPAP)で送っており、中身をゲートウェイで検査できないため。",
        E3, [VENUE],
        "6/28 ゲスト名簿・席次表(撮影用)",
        f"""榎本様

Studio Lumie 大和田です。
6/28 松岡様・アフマド様の撮影用に、ゲスト名簿と席次表(最新版 v3)をお送りします。
暗号化ZIPです。パスワードは別メールで送ります。

- 集合写真の並び順の確認用です
- 卓ごとのスナップ割り当てもシートに入れてあります

{SIG3}""",
        attachments=[enc_zip("guestlist_seating_0628_v3.zip")],
        personal=[P("encrypted_attachment", "guestlist_seating_0628_v3.zip")])

    # H10 recipients: 14 wedding guests' addresses visible in To
    guests = [("中西 瑞穂", "mizuho.nakanishi@gmail.com"), ("木村 沙也加", "sayaka_kimura88@yahoo.co.jp"),
              ("林 大介", "d.hayashi.0623@outlook.com"), ("前田 萌", "moe.maeda.wed@gmail.com"),
              ("清水 健太", "kenta-shimizu@outlook.com"), ("山崎 彩乃", "ayano.yamazaki@gmail.com"),
              ("森 拓也", "takuya_mori_yk@yahoo.co.jp"), ("池田 ゆかり", "yukari.ikeda@outlook.com"),
              ("橋本 涼介", "ryosuke.hashimoto@bluewave-inc.example.co.jp"), ("阿部 千尋", "chihiro.abe.77@gmail.com"),
              ("石田 翼", "tsubasa.ishida@yokohama-sogo.example.co.jp"), ("小川 奈央", "nao_ogawa@yahoo.co.jp"),
              ("後藤 隼", "hayato.goto@gmail.com"), ("村田 真央", "mao.murata.1104@outlook.com")]
    add(W1, "recipients", "hold", "recipients.wedding_guests_in_to",
        "結婚式のゲスト14名の個人アドレス(と勤務先アドレス)を宛先に並べて一斉送信しており、互いのアドレスが見えてしまう(Bccにすべき)ため。",
        E1, [addr(n, e) for n, e in guests],
        "【写真共有】6/14 ご結婚式の当日スナップ ダウンロードのご案内",
        f"""ゲストの皆さま

こんにちは!6/14 に撮影を担当した Studio Lumie の葉山です。
新郎新婦のお二人から「ゲストの皆さんにも写真を届けてほしい」とのリクエストをいただき、
当日のスナップ(約600カット)をオンラインで公開しました。

▼ダウンロードページ
https://share.studio-lumie.example.jp/g/0614-kh
パスワード:お二人の入籍日(4桁の数字)

- 公開期間:7/14 まで
- 高解像度データも個別にダウンロードできます
- SNSに載せる場合は、写っている方のOKをもらってからでお願いします!

素敵な一日に立ち会えて、本当に楽しかったです。Thanks!

{SIG1}""",
        personal=[P("email", e) for _, e in guests if "example" not in e])

    # ------------------------------------------------------------------ passes
    # P1 development minutes with a Luhn-valid TEST card number
    add(W3, "none", "pass", "benign.dev_minutes_test_card",
        "議事録に出てくるカード番号は決済テスト用の公開テストカードで、実在の顧客のカード情報ではないため。",
        E3, [addr("ピクセルノート 開発チーム 佐野様", "sano@pixelnote.example.co.jp")],
        cc=[addr("ピクセルノート 上原様", "uehara@pixelnote.example.co.jp"), E1],
        subject="予約システム改修 定例MTG 議事録(6/13)",
        text=f"""佐野さん、上原さん

Studio Lumie 大和田です。本日の定例の議事録です。

■日時 2025/06/13 (Fri) 15:00-16:00 / Google Meet
■参加 ピクセルノート:佐野様、上原様 / ルミエ:葉山、大和田
■決定事項
 1. 決済画面の3Dセキュア2.0対応 → staging で動作確認OK
    - テストカード 4242 4242 4242 4242 (exp 12/34, CVC 123) で決済成功
    - 3DS認証チャレンジ用テストカードでも成功、失敗パターンの表示を修正依頼
 2. 予約完了メールの文面 → ルミエ側で6/20までに修正案
 3. 本番リリース日 → 7/1 (Tue) 早朝 6:00-7:00、メンテナンス告知を6/24に出す
■宿題
 - ピクセルノート:エラーメッセージの日本語化(6/20)
 - ルミエ:カード会社の審査資料の提出(6/18)
■次回 6/20 (Fri) 15:00-

以上です。抜けあれば追記お願いします!

{SIG3}""")

    # P2 payment receipt to the customer themself with a masked card number
    add(W2, "none", "pass", "benign.receipt_masked_card_to_self",
        "お客様本人への決済完了のお知らせで、カード番号も下4桁以外はマスクされているため。",
        E2, [addr("上野 真由美 様", "mayumi.ueno@outlook.com")],
        "【ルミエ】お支払い完了のお知らせ",
        f"""上野 真由美 様

このたびはフォトスタジオ ルミエをご利用いただき、誠にありがとうございます。
下記のとおり、お支払いの手続きが完了いたしましたのでお知らせいたします。

　ご予約番号：LM-250712-03
　プラン　　：洋装フォトウェディング(ロケーション:山下公園)
　撮影日　　：2025年7月12日(土) 9:00〜
　お支払い額：176,000円(税込)
　お支払い方法：クレジットカード(VISA ****-****-****-4821)一括

領収書はマイページからダウンロードいただけます。
当日お会いできますことを、スタッフ一同楽しみにしております☆

{sig2}""")

    # P3 album order with order numbers and katakana product names that look like given names
    add(W3, "none", "pass", "benign.album_order_product_names",
        "注文番号と商品コードの発注で、「エマ」「ソフィア」「ハルカ」はアルバムの商品名であり人名ではないため。",
        E3, [ALBUM],
        "追加発注(6/16)",
        f"""アルバムワークス 受注センター 御中

Studio Lumie 大和田です。追加発注お願いします。

{text_table([
    ["注文番号", "商品", "仕様", "数量", "納品先"],
    ["LM-PO-0616-01", "エマ 30P", "ハードカバー/ホワイトリネン", "1", "スタジオ"],
    ["LM-PO-0616-02", "ソフィア 20P", "レザー/ボルドー", "2", "スタジオ"],
    ["LM-PO-0616-03", "ハルカ(親御様用ミニ)", "8×8inch", "4", "スタジオ"],
    ["LM-PO-0616-04", "リリー フォトボックス", "L判 100枚", "1", "スタジオ"],
])}

- 02 はボルドーの在庫が少ないと聞いたので、なければネイビーで
- 納期は 7/4 着希望です

{SIG3}""")

    # P4 meeting arrangement with the venue's planners, reply chain and signatures
    prev = """白石様

いつもお世話になっております。ホテル・ベイサイドグランデ横浜の榎本です。
秋のブライダルフェアに向けて、撮影プランの見直しのお打ち合わせをさせていただけますでしょうか。
当方からは、私とチーフプランナーの水谷、フォト担当の窓口の関口が出席予定です。

―――――――――――――――――
ホテル・ベイサイドグランデ横浜
ウェディングサロン　榎本 美咲
TEL 045-0000-2100（サロン直通）
―――――――――――――――――"""
    add(W2, "none", "pass", "benign.venue_meeting_arrangement",
        "式場のプランナーとの打ち合わせ日程の調整で、登場する氏名や電話番号は業務上の連絡先にすぎないため。",
        E2, [VENUE], cc=[addr("水谷 様", "mizutani@baysidegrande.example.co.jp"),
                          addr("関口 様", "sekiguchi@baysidegrande.example.co.jp"), E1],
        subject="Re: 秋のフェアに向けたお打ち合わせの件",
        text=f"""榎本様
(cc:水谷様、関口様、弊社 葉山)

いつも大変お世話になっております。ルミエの白石です。
お打ち合わせの件、ありがとうございます。
弊社からは代表の葉山と私の2名で伺います。

下記の日程でご都合はいかがでしょうか。
　・6月24日(火) 10:00〜11:30 ※当方定休日ですが、対応可能です
　・6月26日(木) 14:00〜15:30
　・6月27日(金) 10:00〜11:30

当日は、昨年のフェアでご成約いただいたお客様のアルバムサンプルと、
新しいロケーションプラン(赤レンガ・大さん橋)のご提案資料をお持ちいたします。

{sig2}

2025/06/13 18:20、榎本 美咲 <enomoto@baysidegrande.example.co.jp> のメール:
{quote(prev)}""")

    # P5 congratulations to a partner florist
    add(W1, "none", "pass", "benign.partner_congratulations",
        "取引先の新店舗オープンへのお祝いで、個人情報や機微情報は含まれないため。",
        E1, [addr("フラワーアトリエ灯 小泉 様", "koizumi@flower-akari.example.jp")],
        "新店舗オープンおめでとうございます!",
        f"""小泉さん

新店舗オープン、おめでとうございます!
元町の新しいお店、インスタで拝見しました。天井高くて光がきれいですね。
あの窓際、絶対いい写真が撮れる場所だと思います。

お祝いのお花…を花屋さんに贈るのも変なので(笑)、
来週、スタッフと一緒にお菓子を持って伺います。
秋からの前撮りブーケのコラボの件も、そのときに少しお話しさせてください。

これからもよろしくお願いします!

{SIG1}""")

    # P6 plain zip with a generic shot list for a freelance photographer
    shots = """撮影カットリスト(標準プラン・チャペル挙式)
1. 支度:ドレス全体/ブーケ/指輪/靴/新婦のメイク仕上げ
2. ファーストミート:背後から→振り返り→二人の表情
3. 挙式:入場/誓いの言葉/指輪交換/ベールアップ/退場(フラワーシャワー)
4. 集合写真:親族 → 友人(2回)
5. 披露宴:入場/乾杯/ケーキ入刀/テーブルラウンド/手紙/花束贈呈/退場
6. 会場装花・テーブルコーディネート(ゲスト入場前に)
※ストロボは挙式中使用不可。チャペルはISO 3200まで可。"""
    add(W3, "none", "pass", "benign.plain_zip_shot_list",
        "暗号化されていない通常のZIPで、中身も一般的な撮影カットのリストであり個人情報を含まないため。",
        E3, [addr("千早 さん（フリーランス）", "chihaya.photo@gmail.com")],
        "標準プランのカットリスト(zip)",
        f"""千早さん

大和田です。先日話に出たカットリスト、zipで送ります。
中身はテキスト1本だけです(Lightroomのプリセットは別途共有ドライブに置きました)。

7月からの案件はこのリストをベースにしてください。
分からないところあれば気軽に!

{SIG3}""",
        attachments=[att("shotlist_standard.zip/撮影カットリスト_標準.txt", "text/plain", shots)])

    # P7 exhibition about a historical photographer
    add(W1, "none", "pass", "benign.historical_photographer_exhibit",
        "企画展で扱う人物は幕末の写真家という歴史上の人物であり、個人情報の問題は生じないため。",
        E1, [addr("ギャラリー港の丘 企画担当 松原様", "matsubara@minatonooka-gallery.example.jp")],
        "企画展「横浜写真のはじまり」協賛の件",
        f"""松原様

Studio Lumie の葉山です。先日はありがとうございました。
9月の企画展「横浜写真のはじまり ― 下岡蓮杖と幕末の肖像」、ぜひ協賛させてください。

うちからできることとしては、
- 会期中の週末に「湿板写真風ポートレート」の撮影体験ブース(1日20組程度)
- 下岡蓮杖の写真館があった弁天通りあたりを歩く撮影ウォークのガイド
を考えています。

協賛金の額と、ブースの広さ(電源の有無)を教えていただけますか。
来週どこかで打ち合わせできればうれしいです。

{SIG1}""")

    # P8 online album outage with log hashes
    add(W3, "none", "pass", "benign.online_album_outage_hashes",
        "「障害」はオンラインアルバムのサーバ障害の意味で、記載のハッシュ値やリクエストIDもログの識別子にすぎないため。",
        E3, [addr("クラウドホスト サポート", "support@cloudhost.example.com")],
        "[Ticket] 502 Bad Gateway on share.studio-lumie.example.jp",
        f"""CloudHost Support 御中

Studio Lumie の大和田です。(契約ID: CH-JP-77120)
本日 10:12 頃から、オンラインアルバムのサイトで断続的に 502 が返る障害が発生しています。

- URL: https://share.studio-lumie.example.jp/g/
- 発生時刻: 2025-06-16 10:12 JST〜(継続中、発生率 体感 3割くらい)
- 直前の変更: なし(最後のデプロイは 6/12)
- request id の例:
  7f3a9c1e-55b2-4d07-9b1a-0c6e8e2f4d31
  b91e0d44-2a7c-4f3e-8e55-13d9a6c0f7a2
- nginx error.log の該当行の sha256:
  3c9e1f0a7b4d2e6c8a5f1b3d9e7c0a2f4b6d8e1c3a5f7b9d0e2c4a6f8b1d3e5f

週末にお客様への公開が集中するので、急ぎで見ていただけますか。

{SIG3}""")

    # P9 invoice to an overseas agency with the studio's corporate account and SWIFT
    add(W1, "none", "pass", "benign.overseas_invoice_swift",
        "海外の取引先への請求で、記載の口座とSWIFTコードはスタジオの法人口座であり個人の口座ではないため。",
        E1, [addr("Olivia Grant", "olivia@bluelagoon-weddings.example.com")],
        "Invoice LM-INV-2025-0612 / Yokohama pre-wedding shoot",
        f"""Hi Olivia,

Thanks again for sending the lovely couple our way!
Please find the invoice details for the pre-wedding shoot on June 7 below.

Invoice No. : LM-INV-2025-0612
Service     : Pre-wedding location shoot (Yokohama, 4 hours) + 150 retouched images
Amount      : JPY 280,000 (tax exempt, export of services)
Due date    : July 15, 2025

Bank details
  Beneficiary : LUMIE CO., LTD.
  Bank        : Yokohama Kaigan Bank, Motomachi Branch
  SWIFT/BIC   : YKKBJPJT
  Account No. : 0421887 (Corporate current account)

Please let me know once the transfer is made.
Looking forward to working with you again in the autumn season.

Best,
Toru

{SIG1}""")

    # P10 day-of schedule sent to the couple themselves
    add(W2, "none", "pass", "benign.schedule_to_couple",
        "撮影当日のスケジュールを新郎新婦ご本人に送る連絡で、第三者への個人情報の提供にあたらないため。",
        E2, [addr("青山 拓真 様", "takuma.aoyama@gmail.com"), addr("青山 菜々子 様", "nanako.aoyama0830@yahoo.co.jp")],
        "7/19 フォトウェディング 当日のスケジュールのご案内",
        f"""青山 拓真 様
青山 菜々子 様

こんにちは!ルミエの白石です☆
いよいよ来週ですね。当日のスケジュールをお送りいたします。

　 8:30　スタジオ着(横浜市中区海岸通り5-21 ルミエビル2F)
　 8:40〜10:10　ヘアメイク・お着替え(新婦様)
　 9:40〜10:10　お着替え(新郎様)
　10:20　スタジオ出発(スタジオの車で移動します)
　10:40〜11:40　ロケーション撮影(山下公園・氷川丸前)
　12:00〜12:40　スタジオ撮影(和装へお着替えの場合は+40分)
　13:00頃　終了予定

【お持ち物】
　・ブライダルインナー、肌色のストッキング
　・お二人の思い出の小物(あれば♪)
　・雨天時のご連絡は前日18時までにお電話いたします

何かご不明な点がありましたら、お気軽にご連絡くださいね。

{sig2}""")

    return out
