"""(E) ホテル ルミエール港南 宴会部 — hotel banquet and events department.

Writers
  sasaki 佐々木 彩    宴会営業課（法人宴会・国際会議、英語メールあり）— 日英の免責文つき署名
  mori   森 翔太      宴会サービス課 キャプテン（現場手配・業者調整）— 短い署名
  ueno   上野 明日香  ブライダルサロン ウエディングプランナー — 飾り罫の署名
"""
from common import People, att, body, card, csv_text, d, enc_zip, mail, quote, yamato_also_mynumber, yamato_not_mynumber

ORG = "E"
ORG_NAME = "ホテル ルミエール港南 宴会部"
DOMAIN = "lumiere-konan.example.co.jp"

SASAKI = "佐々木 彩（ホテル ルミエール港南） <sasaki.aya@lumiere-konan.example.co.jp>"
MORI = "森 翔太 <mori.shota@lumiere-konan.example.co.jp>"
UENO = "ルミエール港南 ブライダルサロン 上野 <ueno.asuka@lumiere-konan.example.co.jp>"

SIG_SASAKI = d("""
    ────────────────────────────────
    HOTEL LUMIÈRE KONAN ／ ホテル ルミエール港南
    宴会営業課　佐々木 彩（Aya Sasaki）
    〒233-0000 神奈川県横浜市港南区上大岡西1-15-8
    TEL 045-0000-8820（宴会営業直通）　FAX 045-0000-8829
    https://www.lumiere-konan.example.co.jp/banquet/
    ────────────────────────────────
    本メールおよび添付ファイルは、宛先として指定された方のみを対象としております。
    This e-mail is intended only for the addressee(s) named above.
""")

SIG_SASAKI_EN = d("""
    ────────────────────────────────
    Aya Sasaki
    Banquet Sales, Hotel Lumière Konan
    1-15-8 Kamiooka-nishi, Konan-ku, Yokohama 233-0000, Japan
    Tel +81-45-0000-8820
    https://www.lumiere-konan.example.co.jp/en/
    ────────────────────────────────
    This e-mail is intended only for the addressee(s) named above.
""")

SIG_MORI = d("""
    ---
    ホテル ルミエール港南 宴会サービス課
    キャプテン 森 翔太
    内線 3305 ／ 045-0000-8830
""")

SIG_UENO = d("""
    ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿
    ホテル ルミエール港南 ブライダルサロン
    ウエディングプランナー　上野 明日香
    サロン営業時間 10:00～19:00（火・水定休）
    TEL 045-0000-8850
    Instagram @lumiere_konan_wedding
    ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿ ✿
""")

LILAS = "パティスリー・リラ 山口様 <yamaguchi@lilas-patisserie.example.jp>"
MINATOTECH = "ミナトテック 総務部 酒井様 <sakai@minatotech.example.co.jp>"


def mails():
    out = []

    # ------------------------------------------------------------ HOLDS
    # body 1: named guests' allergies and diabetes to an outside patissier
    out.append(mail(
        "ueno", "body", "hold", "sensitive.guest_health",
        "Two named guests' anaphylaxis history and type 1 diabetes are sent to an outside pastry shop.",
        UENO, [LILAS], subject="7/19 高木家・小松家 ウエディングケーキとデザートの件",
        text=body(d("""
            パティスリー・リラ
            山口 様

            いつもお世話になっております。ルミエール港南ブライダルサロンの上野です。
            7/19（土）高木家・小松家の披露宴（80名）について、
            デザートの個別対応をお願いしたくご連絡しました。

            ・新郎ご友人 宮本 拓海 様
            　小麦・卵の重度アレルギー。過去にアナフィラキシーを起こしたことがあり、
            　エピペンを携帯されています。ケーキはカット後の取り分けも別にしてください。
            ・新婦ご祖母 小松 キヨ 様
            　1型糖尿病でインスリン治療中。糖質を抑えたデザートをご用意いただけますか。
            　ご本人は「皆と同じ見た目がいい」とのご希望です。

            ケーキ入刀用の生ケーキは予定どおり3段、イチゴとピスタチオでお願いします。
            お見積りの修正があればお知らせください。
        """), SIG_UENO),
        personal=[("name", "宮本 拓海"), ("diagnosis", "アナフィラキシー"),
                  ("name", "小松 キヨ"), ("diagnosis", "1型糖尿病")],
    ))

    # body 2: delegates' passport numbers to a transport company
    pp = [("Dr. Wei-Lun CHEN", "Taiwan", "358812047", "BR198 / 10:35"),
          ("Prof. Anna MUELLER", "Germany", "C4F7K9L21", "LH714 / 15:10"),
          ("Mr. Somchai PRASERT", "Thailand", "AA5827146", "TG682 / 07:25"),
          ("Dr. Priya NAIR", "India", "Z4417829", "AI306 / 08:05")]
    lines = "\n".join(f"  {n:<22} {c:<9} Passport {p:<10} {f}" for n, c, p, f in pp)
    out.append(mail(
        "sasaki", "body", "hold", "id.passport",
        "Four named delegates' passport numbers and flights are listed in the body to an outside transport company.",
        SASAKI, ["ベイサイド交通 法人営業部 西村様 <nishimura@bayside-kotsu.example.co.jp>"],
        "10/7 国際シンポジウム 招聘者の空港送迎について",
        body(d("""
            ベイサイド交通株式会社
            法人営業部 西村 様

            いつもお世話になっております。ルミエール港南 宴会営業課の佐々木です。
            10/7～9の「アジア環境技術シンポジウム」の招聘者送迎について、
            主催者から情報が届きましたので共有いたします（羽田空港・10/6着）。
            空港での本人確認用に、旅券番号も添えるよう主催者から依頼されています。
        """), lines, d("""
            ネームボードは英字でご用意をお願いします。
            ホテル到着後のチェックインは、当課でアテンドいたします。
        """), SIG_SASAKI),
        personal=[("passport", p) for _, _, p, _ in pp] + [("name", "Dr. Wei-Lun CHEN")],
    ))

    # body 3: refund to a private bank account
    acct = "はまかぜ銀行 上大岡支店 普通 4470135"
    out.append(mail(
        "mori", "body", "hold", "id.bank_account_refund",
        "A private customer's bank account for a cancellation refund is sent to an outside accounting agency.",
        MORI, ["みなとアカウンティング 経理代行 担当 <keiri@minato-acc.example.co.jp>"],
        "宴会キャンセルに伴う返金処理のお願い（予約No.BQ-25-0612）",
        body(d(f"""
            株式会社みなとアカウンティング
            経理代行ご担当者様

            いつもお世話になっております。ルミエール港南 宴会サービス課の森です。
            下記のとおり、宴会キャンセルに伴う返金処理をお願いいたします。

            　予約No.　：BQ-25-0612（8/2 同窓会 40名）
            　お申込者：石川 大輔 様（個人）
            　内金　　　：200,000円
            　キャンセル料：60,000円（30日前・30%）
            　返金額　　：140,000円
            　返金先　　：{acct}
            　　　　　　　名義 イシカワ ダイスケ

            お客様には7月末までにご返金する旨をお伝えしております。
        """), SIG_MORI),
        personal=[("bank_account", acct), ("name", "石川 大輔")],
    ))

    # attachment 1: wedding guest address list to the gift vendor
    ppl = People(8405, ["横浜市港南区上大岡西", "横浜市南区弘明寺町", "横浜市磯子区森", "鎌倉市大船",
                        "藤沢市鵠沼", "川崎市中原区小杉町", "横須賀市久里浜"], "233", "045", "神奈川県").many(10, born=(1950, 1998))
    rows = [[i, p["name"], p["postal"], p["address"], p["mobile"], "新郎側" if i % 2 else "新婦側",
             ["A（カタログ）", "B（バウムクーヘン）", "A（カタログ）", "C（今治タオル）"][i % 4]]
            for i, p in enumerate(ppl, 1)]
    gl = csv_text(["No", "氏名", "郵便番号", "住所", "電話", "区分", "引出物"], rows)
    out.append(mail(
        "ueno", "attachment", "hold", "list.wedding_guest_addresses",
        "The attached CSV lists ten wedding guests with home addresses and mobile numbers for a gift vendor.",
        UENO, ["ギフトサロン結 配送受付 <haiso@gift-yui.example.co.jp>"],
        "引出物宅配サービス 送付先リスト（7/19 高木家・小松家）",
        body(d("""
            ギフトサロン結
            配送受付ご担当者様

            いつもお世話になっております。ルミエール港南の上野です。
            7/19の高木家・小松家の引出物宅配サービスの送付先リストをお送りします。
            お届けは7/20（日）午前指定でお願いいたします。
            のし・包装は前回の打合せどおりです。
        """), SIG_UENO),
        attachments=[att("引出物宅配_送付先_0719.csv", gl)],
        personal=[("name", ppl[0]["name"]), ("address", ppl[0]["address"]),
                  ("phone", ppl[0]["mobile"]), ("name", ppl[7]["name"])],
    ))

    # attachment 2: application form with a full card number to a co-organiser
    cn = card("354012345678901")
    form = d(f"""
        宴会予約申込書（控え）　ホテル ルミエール港南
        受付日：2025年6月5日　受付者：宴会営業課 佐々木

        催事名：港南ランナーズクラブ 10周年記念パーティー
        日時　：2025年8月23日（土）18:00～20:30
        会場　：3F 「ソレイユ」
        人数　：120名（立食）
        申込者：藤井 直樹 様（個人・クラブ代表）
        住所　：横浜市港南区日野南3-8-22
        電話　：090-0000-3364
        お支払い：クレジットカード（内金決済）
        　カード番号：{cn}　有効期限：09/28
        　名義：NAOKI FUJII
        内金　：300,000円（6/5決済済み）
    """)
    out.append(mail(
        "sasaki", "attachment", "hold", "id.card_number",
        "The attached application copy carries an individual organiser's full card number, address and phone, sent to a co-organiser.",
        SASAKI, ["イベントフォース 企画部 中野様 <nakano@eventforce.example.co.jp>"],
        "8/23 10周年記念パーティー 申込書控えの共有",
        body(d("""
            株式会社イベントフォース
            企画部 中野 様

            お世話になっております。ルミエール港南の佐々木です。
            8/23の港南ランナーズクラブ様のパーティーについて、
            申込書の控えを共有いたします。
            演出・進行の打合せは、7/2（水）15時からでいかがでしょうか。
        """), SIG_SASAKI),
        attachments=[att("宴会予約申込書_控え_0823.pdf", form)],
        personal=[("card_number", cn), ("name", "藤井 直樹"),
                  ("address", "横浜市港南区日野南3-8-22"), ("phone", "090-0000-3364")],
    ))

    # quoted 1: VIP profile forwarded to a hire-car company
    q = d("""
        -----Original Message-----
        From: 佐々木 彩 <sasaki.aya@lumiere-konan.example.co.jp>
        Sent: Wednesday, June 25, 2025 5:12 PM
        To: 森 翔太 <mori.shota@lumiere-konan.example.co.jp>
        Subject: 10/4 大河原会長 喜寿のお祝い VIPメモ

        森さん

        10/4の喜寿のお祝い（ご家族・ご親族30名）のVIPメモです。
        ・大河原 久雄 様（大河原ホールディングス 会長）
        ・ご自宅：横浜市港南区港南台8-3-1
        ・ご本人携帯：090-0000-7731（秘書を通さず直接つながります）
        ・奥様：大河原 芳江 様
        ・ご自宅は報道関係者に知られたくないとのこと。送迎車は社名なしで。
        ・お迎えは16:30、ご自宅の裏門側（東側の私道）に着けてください。

        佐々木
    """)
    out.append(mail(
        "mori", "quoted", "hold", "personal.vip_profile_to_vendor",
        "Below a neutral request, the forwarded VIP memo gives a guest's home address, private mobile and family details to a hire-car company.",
        MORI, ["みなと観光ハイヤー 配車係 <haisha@minato-hire.example.co.jp>"],
        "Fw: 10/4 送迎のご手配",
        body(d("""
            みなと観光ハイヤー 配車係 ご担当者様

            いつもありがとうございます。ルミエール港南の森です。
            10/4の送迎の件、社内の連絡を転送しますので、ご手配をお願いします。
            車両はアルファード1台、ドライバーは前回と同じ方だと助かります。
        """), SIG_MORI, q),
        personal=[("name", "大河原 久雄"), ("address", "横浜市港南区港南台8-3-1"),
                  ("phone", "090-0000-7731")],
    ))

    # quoted 2: disability and epilepsy of the groom's father in the quoted part
    q = quote(d("""
        2025/06/20 18:31、上野 明日香 <ueno.asuka@lumiere-konan.example.co.jp> のメール:

        ステージワン 岡本様

        7/26 村上家・谷口家の演出について、事前にお伝えしておきます。
        新郎のお父様 村上 茂 様は脳性麻痺で車いすを使われています（身体障害者手帳1級）。
        また、てんかんの持病があり、強い光の点滅で発作が起きることがあるそうです。
        ストロボ・レーザー・キャンドルリレーの点滅演出は避けていただけますか。
        ご本人は、花束贈呈の場面でステージに上がりたいとのご希望です。

        上野
    """))
    out.append(mail(
        "ueno", "quoted", "hold", "sensitive.disability_quoted",
        "The top only picks a staging option, but the quoted earlier mail gives a named guest's cerebral palsy, disability grade and epilepsy to an outside production company.",
        UENO, ["ステージワン 演出部 岡本様 <okamoto@stageone.example.co.jp>"],
        "Re: 7/26 村上家・谷口家 演出プランのご提案",
        body(d("""
            ステージワン 岡本 様

            ご提案ありがとうございます。
            新郎新婦とも相談し、演出案B（生演奏入場＋スポット照明）で進めたいと思います。
            スロープの設置位置は、7/10の会場下見の際に決めましょう。
        """), q, SIG_UENO),
        personal=[("name", "村上 茂"), ("disability", "身体障害者手帳1級"),
                  ("diagnosis", "脳性麻痺"), ("diagnosis", "てんかん")],
    ))

    # subject only: religion in the subject
    out.append(mail(
        "mori", "subject", "hold", "sensitive.religion_subject",
        "The subject ties a named host to his religion; the body is only delivery timing.",
        MORI, ["花匠 祭壇事業部 <saidan@hanasho.example.co.jp>"],
        "9/20 偲ぶ会 施主 長谷川 修一様（創価学会・友人葬）祭壇設営の件",
        body(d("""
            株式会社花匠 祭壇事業部 ご担当者様

            先日の打合せの件です。
            当日の搬入は9時から、3F「エトワール」の搬入口をご利用ください。
            図面は後ほどお送りします。
        """), SIG_MORI),
        personal=[("name", "長谷川 修一"), ("religion", "創価学会")],
    ))

    # zip: encrypted participant list
    out.append(mail(
        "sasaki", "zip", "hold", "attachment.encrypted_zip",
        "A password-protected zip is attached and the password is promised in a separate mail (PPAP).",
        SASAKI, [MINATOTECH], subject="7/11 懇親会 参加者名簿（パスワード付きZIP）",
        text=body(d("""
            株式会社ミナトテック
            総務部 酒井 様

            お世話になっております。ルミエール港南の佐々木です。
            受付でお預かりした出欠の最新版を反映した参加者名簿を、
            パスワード付きZIPでお送りいたします。
            パスワードは別メールにてお知らせいたします。
        """), SIG_SASAKI),
        attachments=[enc_zip("懇親会_参加者名簿_0711.zip")],
    ))

    # recipients: 12 vendors visible
    to = [
        "花匠 <info@hanasho.example.co.jp>",
        "パティスリー・リラ <order@lilas-patisserie.example.jp>",
        "ステージワン <office@stageone.example.co.jp>",
        "フォトスタジオ光 <studio@photo-hikari.example.jp>",
        "ギフトサロン結 <info@gift-yui.example.co.jp>",
        "みなと観光ハイヤー <haisha@minato-hire.example.co.jp>",
        "ベイサイド交通 <info@bayside-kotsu.example.co.jp>",
        "司会 金子 理恵 <rie.kaneko.mc@gmail.com>",
        "横浜リネンサプライ <order@yokohama-linen.example.co.jp>",
        "港南酒販 <sales@konan-shuhan.example.co.jp>",
        "レンタルのアトム <yokohama@atom-rental.example.co.jp>",
        "弦楽カルテット アンサンブル・ルナ <luna.quartet@outlook.com>",
    ]
    out.append(mail(
        "mori", "recipients", "hold", "recipients.vendors_visible",
        "Twelve vendors from different companies and private addresses are visible to each other in To.",
        MORI, to, "【年末年始】搬入スケジュールと駐車場利用のご案内",
        body(d("""
            お取引先各位

            いつも大変お世話になっております。
            ホテル ルミエール港南 宴会サービス課の森です。

            年末年始の宴会繁忙期における、搬入口と駐車場の利用ルールをお知らせします。

            　期間：12月1日（月）～1月15日（木）
            　搬入口：B1 搬入口（7:00～22:00）。ホテル正面での荷降ろしはご遠慮ください。
            　駐車場：業者用スペース（B2 東側 10台分）を事前予約制とします。
            　　　　　前日17時までに宴会サービス課へご連絡ください。
            　入館証：搬入時に守衛室で記名のうえお受け取りください。

            ご不便をおかけしますが、ご協力のほどよろしくお願いいたします。
        """), SIG_MORI),
    ))

    # ------------------------------------------------------------ PASSES
    # English quote with the hotel's corporate account
    out.append(mail(
        "sasaki", "pass", "pass", "benign.english_quote_swift",
        "An English quotation to an association quotes the hotel company's corporate bank account and SWIFT.",
        SASAKI, ["Dr. Helen Park <secretariat@apetf.example.org>"],
        subject="Quotation - APETF Annual Meeting 2026 (Oct 6-8)",
        text=body(d("""
            Dear Dr. Park,

            Thank you for considering Hotel Lumière Konan for the APETF Annual Meeting 2026.
            Please find our quotation attached. In summary:

              Plenary room "Soleil" (theatre, 250 pax)   3 days   JPY 1,650,000
              Breakout rooms x 3                          3 days   JPY   720,000
              Coffee breaks (2 per day)                   250 pax  JPY 1,125,000
              Welcome reception (standing buffet)         200 pax  JPY 2,400,000

            A deposit of 30% is requested upon signing. Bank details for the deposit:
              Lumiere Konan Hotels Co., Ltd.
              Hamakaze Bank, Kamiooka Branch, Current Account 0012290
              SWIFT: HMKZJPJY

            We would be glad to arrange a site inspection at your convenience.

            Kind regards,
        """), SIG_SASAKI_EN),
        attachments=[att("Quotation_APETF2026.pdf", "QUOTATION No. LK-Q-25-0188\nAPETF Annual Meeting 2026, 6-8 October 2026\nTotal (excl. tax): JPY 5,895,000\nValid until 31 August 2025\n")],
    ))

    # to the bride herself, with her own allergy
    out.append(mail(
        "ueno", "pass", "pass", "benign.to_couple_self",
        "The planner writes to the bride herself; the allergy mentioned is her own, sent to her own address.",
        UENO, ["谷口 さくら <sakura.taniguchi.0402@gmail.com>"],
        "試食会のご予約確認（7/6 日 12:00）",
        body(d("""
            谷口 さくら 様

            いつもありがとうございます。ブライダルサロンの上野です。
            試食会のご予約を承りました。

            　日時：7月6日（日）12:00～14:00
            　会場：2F レストラン「ルーチェ」個室
            　内容：婚礼フルコース（Aコース・Bコース）の食べ比べ

            さくら様ご自身の甲殻類アレルギーについて、シェフに伝えております。
            お二人分とも、エビ・カニを使わない内容でご用意いたします。
            ご両家のお顔合わせを兼ねる場合は、人数を前日までにお知らせください。

            当日お会いできることを楽しみにしております。
        """), SIG_UENO),
    ))

    # aggregate dietary and accessibility counts, no names
    out.append(mail(
        "mori", "pass", "pass", "benign.aggregate_dietary_counts",
        "Dietary and wheelchair needs are passed to the caterer as counts only, with no guest named.",
        MORI, ["横浜ケータリングサービス 調理部 <chori@yokohama-catering.example.co.jp>"],
        "7/11 ミナトテック様 懇親会（出張料理）最終人数",
        body(d("""
            横浜ケータリングサービス 調理部 ご担当者様

            お世話になっております。ルミエール港南の森です。
            7/11 ミナトテック様の懇親会、最終人数をお知らせします。

            　総人数　　：148名（立食）
            　アレルギー対応：3名分（卵 2名、甲殻類 1名）※別皿・個別ラベルで
            　ベジタリアン：2名分
            　ノンアルコール：約30名分の想定
            　車いす席　：2席（テーブル高さ70cm、会場入口付近）

            名札（ラベル）は当日、こちらで席札と一緒にご用意します。
        """), SIG_MORI),
    ))

    # 宗教法人 as a customer
    out.append(mail(
        "sasaki", "pass", "pass", "benign.religious_corp_customer",
        "A religious corporation books a New Year reception as a customer; no individual's belief is disclosed.",
        SASAKI, ["宗教法人 天和会 本部 総務部 <somu@tenwakai.example.or.jp>"],
        "新年祝賀会（1/12）お見積りの送付",
        body(d("""
            宗教法人 天和会
            本部 総務部 ご担当者様

            平素より格別のお引き立てを賜り、誠にありがとうございます。
            ホテル ルミエール港南 宴会営業課の佐々木でございます。

            先日お問い合わせいただきました新年祝賀会につきまして、
            お見積りを添付にてお送りいたします。

            　日時：2026年1月12日（月・祝）11:00～14:00
            　会場：3F 「ソレイユ」全室
            　人数：300名（円卓着席）
            　お料理：和洋折衷コース（お一人様 12,000円）

            ご来賓の方々の控室として、2F「リュミエール」を別途ご用意できます。
            内容のご確認のほど、よろしくお願い申し上げます。
        """), SIG_SASAKI),
        attachments=[att("御見積書_天和会様_新年祝賀会.pdf", "御見積書\n宗教法人 天和会 御中\n新年祝賀会 2026/1/12 300名\n料理 12,000円×300名 3,600,000円\n会場費 550,000円\n合計（税・サ込） 4,774,000円\n")],
    ))

    # public figure's political fundraiser
    out.append(mail(
        "sasaki", "pass", "pass", "benign.public_figure_event",
        "A politician's publicly announced fundraising seminar is arranged with his office; he is a public figure acting publicly.",
        SASAKI, ["桜井まさみち事務所 秘書 青木様 <aoki@sakurai-masamichi.example.jp>"],
        "9/12 政経セミナー 会場レイアウトについて",
        body(d("""
            桜井まさみち事務所
            秘書 青木 様

            お世話になっております。ルミエール港南の佐々木です。
            9月12日（金）の「桜井まさみち 政経セミナー2025」の会場レイアウト案をお送りします。

            ・講演（桜井 正道 衆議院議員）：18:30～19:15　演台・プロジェクター使用
            ・懇親会：19:20～20:30　立食 400名
            ・来賓（県議会議員・市議会議員）席は、正面右手に12席ご用意

            報道各社の撮影エリアは後方に設けます。
            SPの方の動線については、別途打合せをお願いできますでしょうか。
        """), SIG_SASAKI),
    ))

    # employment verification with consent (minimal)
    out.append(mail(
        "mori", "pass", "pass", "benign.employment_verification_consent",
        "A minimal employment confirmation (dates and title only) made with the employee's signed consent.",
        MORI, ["グリーン管理 賃貸審査課 <shinsa@green-kanri.example.co.jp>"],
        cc=["ルミエール港南 人事課 <jinji@lumiere-konan.example.co.jp>"],
        subject="Re: 在籍確認のご依頼（本人同意書あり）",
        text=body(d("""
            グリーン管理株式会社
            賃貸審査課 ご担当者様

            お世話になっております。ホテル ルミエール港南 宴会サービス課の森です。
            人事課と確認のうえ、ご本人の同意書（6/18付）の範囲でご回答いたします。

            　氏名：内田 愛 様
            　在籍：あり（2019年4月入社）
            　所属・職位：宴会サービス課 主任

            給与額その他の事項については、当社の規程によりお答えしておりません。
            ご了承ください。

            > 入居審査のため、下記の方の在籍確認をお願いいたします。
            > ご本人の同意書を添付いたします。
        """), SIG_MORI),
    ))

    # tracking numbers, one of which happens to pass the マイナンバー check
    t1 = yamato_also_mynumber(46017730215)
    t2 = yamato_not_mynumber(46017730240)
    out.append(mail(
        "mori", "pass", "pass", "benign.tracking_numbers",
        "Twelve-digit Yamato tracking numbers for banquet supplies are not personal identifiers.",
        MORI, ["レンタルのアトム 横浜営業所 <yokohama@atom-rental.example.co.jp>"],
        "返却品の送り状番号（テーブルクロス・燭台）",
        body(d(f"""
            レンタルのアトム 横浜営業所 ご担当者様

            お世話になっております。ルミエール港南の森です。
            6月分のレンタル品、本日ヤマト運輸で返送しました。

            　送り状番号 {t1}　テーブルクロス（白・丸卓用）40枚
            　送り状番号 {t2}　燭台（5灯）12台

            到着は明日午前の予定です。検品後、受領のご連絡をお願いします。
        """), SIG_MORI),
    ))

    # katakana product names that look like given names
    out.append(mail(
        "ueno", "pass", "pass", "benign.product_names",
        "マリー, エミリ and ソフィア are cake and glassware product names, not guests.",
        UENO, [LILAS], subject="秋の婚礼ケーキ新作「マリー」「エミリ」について",
        text=body(d("""
            パティスリー・リラ 山口様

            いつもありがとうございます。上野です。
            秋の新作ケーキのサンプル、サロンスタッフ一同で試食しました！

            ・「マリー」（マロンとカシスの2段）…見た目が華やかで一番人気でした
            ・「エミリ」（紅茶とイチジクのネイキッドケーキ）…少人数婚にぴったりです

            9月のブライダルフェアで、両方とも展示させていただきたいです。
            あわせて、乾杯用のグラス「ソフィア」シリーズと並べて撮影しますので、
            ディスプレイ用のイミテーションを9/5までにお借りできますでしょうか。
        """), SIG_UENO),
    ))

    # long reply chain, 6 visible addresses from 2 companies
    chain = quote(d("""
        2025/06/26 10:05、ベイトラベル 島田 <shimada@baytravel.example.co.jp> のメール:
        酒井様、佐々木様
        ご宿泊の部屋割り案（ツイン30室・シングル12室）をお送りします。
        チェックインは15時、宴会開始の17時までに各部屋へウェルカムカードを置く手配で進めます。
        島田

        > 2025/06/25 16:40、ミナトテック 酒井 <sakai@minatotech.example.co.jp> のメール:
        > 佐々木様、島田様
        > 社員旅行の日程は 10/17（金）～18（土）で確定しました。
        > 初日の宴会は 72名、2日目の朝食は和洋バイキングでお願いします。
        > 酒井
    """))
    out.append(mail(
        "sasaki", "pass", "pass", "benign.reply_chain_6_addresses",
        "A long planning chain with six visible addresses from two partner companies, naming only business contacts.",
        SASAKI,
        [MINATOTECH, "ベイトラベル 島田様 <shimada@baytravel.example.co.jp>"],
        cc=["ミナトテック 総務部 遠藤様 <endo@minatotech.example.co.jp>",
            "ミナトテック 総務部 <somu@minatotech.example.co.jp>",
            "ベイトラベル 法人営業 <hojin@baytravel.example.co.jp>",
            "ベイトラベル 近藤様 <kondo@baytravel.example.co.jp>",
            "宴会サービス課 森 <mori.shota@lumiere-konan.example.co.jp>"],
        subject="Re: Re: 10/17 ミナトテック様 社員旅行 宴会・宿泊",
        text=body(d("""
            酒井様、島田様

            ルミエール港南の佐々木です。部屋割り案をありがとうございます。
            宴会は3F「ソレイユ」で、72名様・円卓9卓（8名掛け）でご用意します。
            余興用のマイクとプロジェクターは無料でお貸しできます。
            翌朝の朝食会場は1F「ルーチェ」、6:30～9:30です。

            当日の現場責任者は、CCに入れております宴会サービス課の森が務めます。
        """), SIG_SASAKI, chain),
    ))

    # hygiene training: infection wording in general
    out.append(mail(
        "mori", "pass", "pass", "benign.hygiene_training",
        "Norovirus and infection-control rules for agency staff are general; no one's health is disclosed.",
        MORI, ["ベイスタッフサービス 横浜支店 配置担当 <haichi@baystaff.example.co.jp>"],
        "派遣スタッフの皆さま向け 衛生管理ルール（感染症対策）の再周知",
        body(d("""
            ベイスタッフサービス 横浜支店
            配置ご担当者様

            いつも宴会サービススタッフの派遣でお世話になっております。
            ルミエール港南 宴会サービス課の森です。

            秋冬の繁忙期を前に、ノロウイルス等の感染症対策として、
            派遣スタッフの皆さまにも下記ルールの再周知をお願いいたします。

            ・出勤前に検温し、37.5℃以上・下痢・嘔吐がある場合は出勤せず、
            　貴社経由で当課へ連絡（理由の詳細は不要です。「体調不良」で結構です）
            ・入館時の手洗い（30秒）とアルコール消毒
            ・料理に触れる作業時は手袋着用
            ・嘔吐物処理は必ず社員が行う（処理キットはパントリーに配置）

            10月に、30分の衛生講習を派遣スタッフの方向けにも開催します。
            日程は追ってご連絡いたします。
        """), SIG_MORI),
    ))

    return out
