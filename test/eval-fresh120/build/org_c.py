"""Org C: ホテル汐見ヶ浜リゾート（宿泊部フロント・宴会セールス）."""

from common import (P, addr, attachment, csv_text, make, quote, table, wrote,
                    zip_entries)

ORG = "C"
DOMAIN = "shiomigahama-resort.example.jp"

W = {
    "hasegawa": addr("Aya Hasegawa / 長谷川 彩", f"a.hasegawa@{DOMAIN}"),
    "kitamura": addr("北村 亮（ホテル汐見ヶ浜リゾート 宴会セールス）", f"r.kitamura@{DOMAIN}"),
    "nakazono": addr("中園 翼", f"t.nakazono@{DOMAIN}"),
}

SIG_HASEGAWA = """\
Aya Hasegawa（長谷川 彩）
Front Office Supervisor
Hotel Shiomigahama Resort
1-5 Shiomi-cho, Ito, Shizuoka 414-0000 JAPAN
T +81-557-0000-8800 / F +81-557-0000-8801
a.hasegawa@shiomigahama-resort.example.jp"""

SIG_KITAMURA = """\
――――――――――――――――――――――――――――――
　　☆ 海を望むバンケット 〜 潮騒の間・汐風の間 ☆
ホテル汐見ヶ浜リゾート
営業部 宴会セールス課　課長　北村 亮（きたむら りょう）
〒414-0000 静岡県伊東市汐見町1-5
TEL 0557-0000-8810（宴会予約直通）　FAX 0557-0000-8811
携帯 090-0000-6274
https://www.shiomigahama-resort.example.jp/banquet/
――――――――――――――――――――――――――――――"""

SIG_NAKAZONO = """\
----
ﾎﾃﾙ汐見ヶ浜ﾘｿﾞｰﾄ ﾌﾛﾝﾄ/予約
中園 翼
0557-0000-8800"""


def mails():
    out = []

    def add(writer, loc, kind, why, to, subject, text, **kw):
        out.append(make(ORG, writer, loc, kind, why, W[writer], to, subject, text, **kw))

    # ------------------------------------------------------------------ holds
    add("nakazono", "body", "id.passport_numbers_to_travel_agency",
        "To fix a name spelling, the front desk sends the travel agency two guests' passport numbers, birth dates and nationality.",
        [addr("アジアブリッジトラベル 手配 林さん", "hayashi@asiabridge-travel.example.co.jp")],
        "予約番号SR-250712-0418 ｹﾞｽﾄ名の修正",
        f"""
林さん

おつかれさまです、汐見ヶ浜の中園です.
7/12ご到着の予約(SR-250712-0418)ですが、チェックイン時にパスポートと照合したら
予約名の綴りがちがってました.そちらのシステムも修正お願いします!

代表者: WANG XIAOMIN (予約名は WANG XIAOMING になってます)
  国籍 中国 / 旅券番号 EH7315208 / 生年月日 1988/02/14
同行者: LI NA
  国籍 中国 / 旅券番号 EJ0462971 / 生年月日 1990/09/03

精算は予定どおりそちら経由でOKです.
よろしくです

{SIG_NAKAZONO}
""",
        personal=[P("name", "WANG XIAOMIN"), P("passport", "EH7315208"),
                  P("birthdate", "1988/02/14"), P("name", "LI NA"),
                  P("passport", "EJ0462971"), P("birthdate", "1990/09/03")])

    add("kitamura", "body", "sensitive.religion_to_outside_caterer",
        "Wedding catering instructions to an outside caterer state that the named bride converted to Islam and name her Muslim relatives.",
        [addr("サラーム・フーズ株式会社 岡崎 様", "okazaki@salaam-foods.example.co.jp")],
        "9月14日 ご婚礼のハラール料理ご手配について",
        f"""
サラーム・フーズ株式会社
岡崎 様

いつも大変お世話になっております。
ホテル汐見ヶ浜リゾート 宴会セールスの北村でございます。

9月14日（日）潮騒の間にて執り行われますご婚礼につきまして、
ハラール料理のご手配をお願いしたく、ご連絡いたしました。

　ご新郎：佐久間 大地 様
　ご新婦：花田 優里 様

ご新婦様は2年前にイスラム教に改宗されており、ご新婦様と
ご新婦様のお母様のご親族 ラシード・アフマド 様ご一家（5名）が
ムスリムでいらっしゃいます。計6名様分を、ハラール認証の
コース料理にてご用意いただけますでしょうか。

また、当日は礼拝のお時間があるため、控室を1室ご用意する予定です。
お料理の提供タイミングにつきましては、改めてご相談させてください。

お見積りをいただけますと幸いです。
何卒よろしくお願い申し上げます。

{SIG_KITAMURA}
""",
        personal=[P("name", "花田 優里"), P("religion", "イスラム教に改宗"),
                  P("name", "ラシード・アフマド"), P("religion", "ムスリム")])

    add("hasegawa", "body", "id.guest_card_number_to_restaurant",
        "A guest's full card number and expiry are typed into a mail to an outside restaurant to guarantee a dinner booking.",
        [addr("Restaurant Le Phare 予約係", "reservation@lephare-ito.example.jp")],
        "Dinner reservation 7/19 – Mr. Whitfield (guarantee)",
        f"""
Le Phare 予約係 ご担当者様

いつもお世話になっております。汐見ヶ浜リゾート フロントの長谷川です。
先ほどお電話でお願いしたディナーのご予約について、ギャランティー用のカード情報をお送りします。

Guest: Mr. Daniel Whitfield（2名様）
Date: 7/19(Sat) 19:00
Card: VISA 4539 1488 0343 6467 / exp 09/27
Name on card: DANIEL J WHITFIELD

No-show の場合のみご請求いただくとのことで、ゲストにもご了承いただいております。
送迎はホテルの車で18:45に到着予定です。

Thank you and best regards,

{SIG_HASEGAWA}
""",
        personal=[P("card_number", "4539 1488 0343 6467"), P("name", "Daniel Whitfield"),
                  P("card_expiry", "exp 09/27")])

    reunion = [
        ["No", "氏名", "旧姓", "住所", "電話", "会費", "備考"],
        ["1", "大石 智之", "", "静岡県三島市南本町4-18", "090-0000-3071", "納入済", ""],
        ["2", "小田切 真弓", "村上", "神奈川県小田原市栄町2-7-3-805", "080-0000-1246", "未納 10,000円", "催促2回"],
        ["3", "笠原 徹", "", "東京都世田谷区経堂5-22-9", "090-0000-5518", "納入済", "幹事"],
        ["4", "新井 真理", "岡野", "静岡県沼津市大手町3-9-1-302", "090-0000-8830", "未納 10,000円", ""],
        ["5", "土屋 一樹", "", "静岡県伊東市湯川2-11-6", "0557-0000-4402", "納入済", "車椅子・送迎希望"],
        ["6", "望月 香", "杉浦", "東京都杉並区阿佐谷北1-3-20", "080-0000-6694", "納入済", ""],
    ]
    add("kitamura", "attachment", "list.reunion_roster_with_dues_to_printer",
        "For name badges the printer needs only names, but the attached reunion roster adds addresses, phones and who has not paid the fee.",
        [addr("伊豆プリント 杉山 様", "sugiyama@izu-print.example.co.jp")],
        "8/23 同窓会 名札・席札の作成ご依頼",
        f"""
伊豆プリント株式会社
杉山 様

いつもお世話になっております。
ホテル汐見ヶ浜リゾート 宴会セールスの北村でございます。

8月23日（土）汐風の間にて開催の「県立伊東南高校 昭和61年卒 同窓会」につきまして、
名札・席札の作成をお願いいたします。

　数量：名札 86枚、席札 86枚（旧姓がある方は「新姓（旧姓）」表記）
　納期：8月20日（水）ホテル着
　デザイン：前回（6月の同窓会）と同じ仕様

幹事様からいただいた参加者名簿を添付いたしますので、ご確認ください。

どうぞよろしくお願いいたします。

{SIG_KITAMURA}
""",
        attachments=[attachment("伊東南S61卒同窓会_参加者名簿.csv", csv_text(reunion))],
        personal=[P("name", "小田切 真弓"), P("address", "神奈川県小田原市栄町2-7-3-805"),
                  P("phone", "080-0000-1246"), P("debt", "未納 10,000円"),
                  P("name", "新井 真理"), P("address", "静岡県沼津市大手町3-9-1-302"),
                  P("name", "大石 智之"), P("phone", "090-0000-3071")])

    rooming = table([
        ["部屋", "ゲスト名", "人数", "泊数", "連絡先", "備考"],
        ["301", "佐伯 健二", "2", "1", "090-0000-2785", ""],
        ["305", "平岡 美千代", "2", "2", "080-0000-5136", "人工透析のため7/13朝6:30送迎"],
        ["402", "Ellison, Margaret", "2", "3", "", "車椅子 / バリアフリー"],
        ["408", "森下 隆", "4", "1", "090-0000-9921", "誕生日ケーキ"],
        ["512", "WANG XIAOMIN", "2", "2", "", "AGT"],
        ["601", "岸本 亜紀", "1", "2", "080-0000-3360", "連泊・清掃不要"],
    ])
    add("nakazono", "attachment", "list.rooming_list_to_linen_vendor",
        "The linen supplier needs room counts, but the attached rooming list names guests with phones and a dialysis note.",
        [addr("東伊豆リネンサプライ 小山さん", "koyama@higashiizu-linen.example.co.jp")],
        "7/12-13 稼働表です",
        """
小山さん
週末の稼働表送ります.12日は満室なのでシーツとバスタオル多めでお願いします!
連泊・清掃不要の部屋は備考に書いてあります.
汐見ヶ浜 中園
""",
        attachments=[attachment("稼働表_0712-0713.txt", "稼働表 2025/07/12(土)〜07/13(日)\n\n" + rooming + "\n")],
        personal=[P("name", "平岡 美千代"), P("phone", "080-0000-5136"),
                  P("health", "人工透析"), P("name", "佐伯 健二"), P("phone", "090-0000-2785")])

    add("hasegawa", "quoted", "sensitive.guest_medical_in_quoted_mail",
        "A pick-up confirmation to a tour operator quotes the guest's own mail describing her type 1 diabetes and her husband's spinal cord injury.",
        [addr("Pacific Horizon Tours – Operations", "ops@pacific-horizon.example.com")],
        "Re: Airport pick-up for Ellison party (arr. 7/12)",
        f"""
Hi Tom,

Pick-up confirmed: our driver will meet the Ellison party at Atami Station at 14:30
with a wheelchair-accessible van. Please see the guest's message below for reference.

Best regards,
Aya

{SIG_HASEGAWA}

{quote('''Dear Hotel Shiomigahama,

We are arriving on 12 July via Atami. A few things before we come:
- I have type 1 diabetes and will carry insulin pens; could the room fridge
  be kept free for them?
- My husband Robert uses a wheelchair since his spinal cord injury in 2019,
  so we need an accessible room with a roll-in shower.
- Our tour company, Pacific Horizon, will arrange the transfer.

Kind regards,
Margaret Ellison''', "On Thu, 3 Jul 2025 at 08:12, Margaret Ellison <m.ellison.au@outlook.com> wrote:")}
""",
        personal=[P("name", "Margaret Ellison"), P("diagnosis", "type 1 diabetes"),
                  P("health", "spinal cord injury"), P("email", "m.ellison.au@outlook.com")])

    add("kitamura", "quoted", "sensitive.criminal_record_in_quoted_bride_mail",
        "The programme sent to a freelance MC keeps the bride's mail below it, which says the groom's named father was in prison until last year.",
        [addr("司会 桜井 葵 様", "mc.aoi.sakurai@gmail.com")],
        "Re: 9/6 中川家・藤本家ご婚礼 進行について",
        f"""
桜井 葵 様

いつも大変お世話になっております。
ホテル汐見ヶ浜リゾートの北村でございます。

9月6日のご婚礼の進行につきまして、ご新婦様から下記のご連絡をいただきました。
親族紹介はご新婦様のご意向どおり省略とし、
その分の時間は両家代表のご挨拶を少し長めに取る形で調整いたします。

打合せは8月30日（土）15時からで、ご新郎ご新婦様もご来館予定です。
何卒よろしくお願い申し上げます。

{SIG_KITAMURA}

{quote('''北村様

お世話になっております。藤本です。
先日ご相談した親族紹介の件です。

新郎の父（中川 誠）は昨年まで服役していて、親族の中でも
知らない人がいるので、親族紹介の場ではお名前だけにするか、
できれば紹介自体をなくしていただけないでしょうか。
司会の方にも、父の仕事などには触れないようにお伝えいただけると助かります。

わがままを言って申し訳ありません。
よろしくお願いいたします。

藤本 千夏''', wrote("2025/07/05 22:47", "藤本 千夏", "chinatsu.fujimoto@yahoo.co.jp"))}
""",
        personal=[P("name", "中川 誠"), P("criminal", "昨年まで服役"),
                  P("email", "chinatsu.fujimoto@yahoo.co.jp")])

    add("nakazono", "subject", "sensitive.police_incident_in_subject",
        "The subject line to another hotel's front office names a guest and says the police were called over damage he caused.",
        [addr("ホテル潮見台 フロント 宮崎さん", "front@hotel-shiomidai.example.co.jp")],
        "【共有】佐伯 健二様 前回滞在時に器物損壊で警察対応（8/15御予約あり）",
        """
宮崎さん
件名の方、そちらにも8/15で予約入ってるって聞いたので一応共有です.詳細は電話します!
汐見ヶ浜 中園
""",
        personal=[P("name", "佐伯 健二"), P("criminal", "器物損壊で警察対応")])

    register = [
        ["arrival", "name", "nationality", "passport_no", "home_address", "nights"],
        ["2025-07-03", "CHEN Yu-Ting", "Taiwan", "359281746", "No. 18, Ln. 52, Minsheng Rd., Taichung", "2"],
        ["2025-07-06", "Robert Ellison", "Australia", "PA4927183", "14 Banksia Cres, Ballarat VIC", "3"],
        ["2025-07-06", "Margaret Ellison", "Australia", "PA4927190", "14 Banksia Cres, Ballarat VIC", "3"],
        ["2025-07-12", "WANG XIAOMIN", "China", "EH7315208", "Pudong, Shanghai", "2"],
        ["2025-07-12", "LI NA", "China", "EJ0462971", "Pudong, Shanghai", "2"],
        ["2025-07-18", "Lucas BERNARD", "France", "21AK73564", "7 rue Vauban, Lyon", "1"],
    ]
    add("hasegawa", "zip", "list.guest_register_zip_to_tourism_association",
        "A plain zip sent to the tourism association for inbound statistics also carries the raw guest register with passport numbers and home addresses.",
        [addr("東伊豆観光協会 インバウンド推進室 吉川 様", "inbound@higashiizu-kanko.example.or.jp")],
        "July inbound data / 7月インバウンド実績",
        f"""
吉川様

お世話になっております。汐見ヶ浜リゾートの長谷川です。
7月のインバウンド実績、zipでお送りします。
集計表と、元データ（宿泊者名簿）の2ファイル入っています。

Any questions, please let me know.

{SIG_HASEGAWA}
""",
        attachments=zip_entries("Shiomigahama_inbound_2025-07.zip", [
            ("inbound_summary_2025-07.txt", table([
                ["国・地域", "組数", "人泊"],
                ["台湾", "14", "52"],
                ["中国", "9", "31"],
                ["オーストラリア", "6", "27"],
                ["米国", "4", "15"],
                ["フランス", "3", "7"],
                ["合計", "36", "132"],
            ]) + "\n"),
            ("guest_register_2025-07.csv", csv_text(register)),
        ]),
        personal=[P("name", "CHEN Yu-Ting"), P("passport", "359281746"),
                  P("address", "No. 18, Ln. 52, Minsheng Rd., Taichung"),
                  P("name", "Lucas BERNARD"), P("passport", "21AK73564"),
                  P("passport", "PA4927190")])

    clients = [
        addr("株式会社伊豆ホームテック 総務部 高野様", "takano@izu-hometech.example.co.jp"),
        addr("東海ケミカル工業 総務課 久保田様", "kubota@tokai-chemical.example.co.jp"),
        addr("伊東信用金庫 本店 総務部", "somu@ito-shinkin.example.co.jp"),
        addr("静岡湾岸運輸 熊谷様", "kumagai@shizuoka-wangan.example.co.jp"),
        addr("ドクターズ歯科医院 受付", "uketsuke@doctors-shika.example.jp"),
        addr("伊豆高原ゴルフ倶楽部 支配人室", "shihainin@izukogen-golf.example.co.jp"),
        addr("丸伊建設 庶務 桑田様", "kuwata@marui-kensetsu.example.co.jp"),
        addr("伊東市商工会 事務局", "jimukyoku@ito-shokokai.example.or.jp"),
        addr("湯川温泉病院 職員互助会", "gojokai@yukawa-onsen-hp.example.or.jp"),
        addr("サクラ精機 幹事 森本様", "morimoto@sakura-seiki.example.com"),
        addr("原田 康平", "kohei.harada.1980@gmail.com"),
        addr("西伊豆観光タクシー 事務所", "office@nishiizu-taxi.example.co.jp"),
        addr("伊豆シーフード株式会社 宮内様", "miyauchi@izu-seafood.example.co.jp"),
    ]
    add("kitamura", "recipients", "recipients.banquet_plan_clients_in_to",
        "A year-end party plan announcement shows thirteen client contacts from different companies, including a private address, in To.",
        clients,
        "【2025忘年会・新年会プランのご案内】早期ご予約特典のお知らせ",
        f"""
幹事ご担当者様

拝啓　時下ますますご清栄のこととお慶び申し上げます。
平素はホテル汐見ヶ浜リゾートをご愛顧賜り、誠にありがとうございます。

本年も忘年会・新年会プランのご案内をお届けいたします。

　■スタンダードプラン　お一人様 8,800円（税サ込）
　　　和洋ブッフェ＋飲み放題120分
　■プレミアムプラン　お一人様 12,000円（税サ込）
　　　伊勢海老と金目鯛の和会席＋飲み放題150分
　■ご宿泊付きプラン　お一人様 18,500円〜

【早期ご予約特典】9月30日までのご成約で
　・幹事様1名様無料
　・ビンゴ景品（ペア宿泊券）プレゼント

ご不明点は北村までお気軽にお問い合わせください。
皆様のご用命を心よりお待ち申し上げております。

敬具

{SIG_KITAMURA}
""",
        personal=[P("email", a.split("<")[1].rstrip(">")) for a in clients])

    # ------------------------------------------------------------------ passes
    add("hasegawa", "none", "benign.swift_corporate_account_for_deposit",
        "Deposit request to an overseas agency that gives the hotel's corporate account and SWIFT code.",
        [addr("Orchid Journeys – Reservations", "reservations@orchid-journeys.example.com")],
        "Deposit request – Group SG-ORCH-1108 (Nov 8–10)",
        f"""
Dear Ms. Tan,

Thank you for confirming the group booking for 22 guests (Nov 8–10).
Please find our bank details below for the 30% deposit (JPY 594,000).

Beneficiary: SHIOMIGAHAMA RESORT CO., LTD.
Bank: Izu Coast Bank, Ito Branch
Account: Ordinary 2048156
SWIFT: IZCBJPJT
Reference: SG-ORCH-1108

The deposit is due by Sep 30. Bank charges on the remitter's side please.
Rooming list can be sent by Oct 25.

Best regards,

{SIG_HASEGAWA}
""")

    add("nakazono", "none", "benign.masked_card_settlement",
        "Settlement note to an agency that identifies a payment only by reservation number and a masked card.",
        [addr("アジアブリッジトラベル 精算担当", "seisan@asiabridge-travel.example.co.jp")],
        "SR-250705-0233 現地決済済みのご連絡",
        f"""
精算ご担当者様

おつかれさまです.汐見ヶ浜の中園です.
予約番号 SR-250705-0233 は、お客様の希望で現地決済になりました.

 決済日: 2025/07/06
 金額: 84,700円(税サ込・入湯税込)
 決済: VISA ****-****-****-4821 承認番号 072215

そちらからの請求は不要です.よろしくお願いします!

{SIG_NAKAZONO}
""")

    add("hasegawa", "none", "benign.test_card_in_dev_minutes",
        "Minutes of a booking-engine project meeting that quote the public test card number used on staging.",
        [addr("株式会社ネクストステイ 開発 柴田 様", "shibata@nextstay.example.co.jp"),
         addr("株式会社ネクストステイ PM 大野 様", "ohno@nextstay.example.co.jp")],
        "【Minutes】予約エンジン改修 定例 #6 (7/8)",
        f"""
柴田様、大野様

本日はありがとうございました。定例 #6 の議事メモです。

■ 日時: 2025/07/08 (Tue) 15:00-16:00 / Teams
■ 出席: ネクストステイ 大野様・柴田様、ホテル 長谷川・中園

1. 決済画面の改修
 - staging でのテストは公開テストカード 4242 4242 4242 4242（exp 12/30, CVC 123）を使用。
 - 本番カードでのテストは行わない（PCI DSS の観点）。
 - 3Dセキュア2.0 のチャレンジ画面、スマホでの表示崩れ → ネクストステイ様で修正 (7/15)
2. 多言語対応
 - 繁体字のキャンセルポリシー文言 → ホテル側で用意 (7/12)
3. リリース
 - 本番リリース予定 7/29 (Tue) 深夜。切替時間 1:00-3:00、その間は電話予約で対応。

Next: 7/15 (Tue) 15:00

Best,

{SIG_HASEGAWA}
""",
        cc=[W["nakazono"]])

    add("hasegawa", "none", "benign.offer_holder_own_invitation",
        "Invitation sent to the offer holder herself, addressing her by name.",
        [addr("田代 萌", "moe.tashiro.0521@gmail.com")],
        "内定者懇親会のご案内",
        f"""
田代 萌 様

こんにちは。ホテル汐見ヶ浜リゾート フロントの長谷川です。
先日は面接にお越しいただきありがとうございました。
改めて、内定おめでとうございます！

来年4月からフロント課でご一緒できることを、スタッフ一同楽しみにしています。
つきましては、内定者懇親会を下記のとおり開催します。

　日時：8月26日（火）14:00〜17:00
　場所：当ホテル 汐風の間（館内見学のあと、軽食をご用意しています）
　服装：自由（スーツでなくて大丈夫です）
　交通費：伊東駅までの往復交通費を当日精算します

出欠を8月12日（火）までにこのメールへご返信ください。
お会いできるのを楽しみにしています。

{SIG_HASEGAWA}
""")

    add("kitamura", "none", "benign.religious_corporation_memorial_banquet",
        "Quotation for a memorial-service lunch to a temple registered as a religious corporation.",
        [addr("宗教法人 浄光寺 寺務所 様", "jimusho@jokoji-ito.example.or.jp")],
        "御斎（おとき）のお見積りについて（10月5日）",
        f"""
宗教法人 浄光寺
寺務所 御中

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
ホテル汐見ヶ浜リゾート 宴会セールスの北村でございます。

10月5日（日）の秋季彼岸会後の御斎につきまして、お見積りをお送りいたします。

{table([
    ["項目", "単価", "数量", "金額"],
    ["精進会席「蓮」", "6,500円", "45名", "292,500円"],
    ["お飲物（ソフトドリンク・ビール）", "1,800円", "45名", "81,000円"],
    ["会場費（潮騒の間）", "", "1", "55,000円"],
    ["送迎バス（浄光寺⇔ホテル）", "", "1往復", "33,000円"],
])}

　合計　461,500円（税・サービス料込）

ご住職様のお席は上座にご用意いたします。
ご請求書は宗教法人 浄光寺様宛てにて発行いたします。

ご不明な点がございましたら、北村までお申し付けくださいませ。

{SIG_KITAMURA}
""")

    add("kitamura", "none", "benign.katakana_plan_names",
        "Plan line-up for a bridal agency whose plan and wine names look like given names.",
        [addr("ブライダルサロン・ルミエール 企画部 斎藤 様", "saito@lumiere-bridal.example.co.jp")],
        "2026年 ウェディングプランのご案内（提携サロン様向け）",
        f"""
ブライダルサロン・ルミエール
企画部　斎藤 様

いつも大変お世話になっております。
ホテル汐見ヶ浜リゾートの北村でございます。

2026年のウェディングプランが確定いたしましたので、ご案内申し上げます。

　・プラン「エレナ」　　挙式＋披露宴40名様　1,980,000円〜
　・プラン「ソフィア」　少人数会食20名様　　　980,000円〜
　・プラン「アンナ」　　フォトウェディング　　　280,000円〜

乾杯酒はスパークリング「マリア・ルイサ ブリュット」、
デザートは新作の「ミオ」（柑橘のパフェ仕立て）を標準とさせていただきます。

パンフレット（100部）は来週お届けいたします。
引き続きご紹介のほど、よろしくお願い申し上げます。

{SIG_KITAMURA}
""")

    add("nakazono", "none", "benign.shop_order_with_jan_codes",
        "Shop restocking order to a wholesaler listing JAN codes and quantities.",
        [addr("伊豆みやげ卸センター 受注係", "juchu@izu-miyage.example.co.jp")],
        "売店 追加発注(7/10)",
        f"""
受注係ご担当者様

いつもありがとうございます.汐見ヶ浜リゾート売店の中園です.
追加発注お願いします.

{table([
    ["JAN", "品名", "入数", "数量"],
    ["4902718130153", "伊豆柑橘ゼリー 6個入", "12", "3ケース"],
    ["4560124573034", "わさび漬け 120g", "20", "2ケース"],
    ["4972844100627", "金目鯛せんべい", "24", "2ケース"],
    ["4916835201177", "汐見ヶ浜オリジナル手ぬぐい", "10", "5パック"],
])}

納品は7/14(月)午前希望です.
発注番号 SH-2507-031 でお願いします.

{SIG_NAKAZONO}
""")

    add("kitamura", "none", "benign.long_reply_chain_anniversary_party",
        "Three-level reply chain with a client's general-affairs staff about an anniversary party, full of names and signatures.",
        [addr("株式会社伊豆ホームテック 総務部 高野 様", "takano@izu-hometech.example.co.jp")],
        "RE: RE: 創立50周年記念パーティーの件",
        f"""
株式会社伊豆ホームテック
総務部　高野 様

いつも大変お世話になっております。北村でございます。

ご確認ありがとうございます。それでは下記にて確定とさせていただきます。

　・日時：11月15日（土）18:00〜20:30
　・会場：潮騒の間（正面ステージ、立食）
　・人数：150名様（最終確定は11月5日）
　・鏡開き：樽酒1樽、木槌5本ご用意
　・控室：社長様・来賓用に1室

社長の 内田 様のご挨拶用の演台とワイヤレスマイク2本もご用意いたします。
当日の受付には弊社スタッフ2名を配置いたしますので、
御社から受付担当の方（岩本 様、小島 様）は17:00にお越しください。

{SIG_KITAMURA}

{quote('''北村様

お世話になっております。伊豆ホームテックの高野です。
お見積りありがとうございました。社内で確認し、プランBで進めたいと思います。
受付は当社から岩本と小島の2名が担当します。
鏡開きもお願いできますでしょうか。

株式会社伊豆ホームテック 総務部
高野 美穂
TEL 0557-0000-3390''' + chr(10) + chr(10) + quote('''高野 様

お世話になっております。北村でございます。
先日はご来館いただきありがとうございました。
お見積りを2案お送りいたします。

　プランA：着席ビュッフェ　お一人様 13,000円
　プランB：立食　　　　　　お一人様 11,000円

ご検討のほどよろしくお願い申し上げます。

北村''', wrote("2025/07/01 11:20", "北村 亮", "r.kitamura@shiomigahama-resort.example.jp")), wrote("2025/07/04 16:05", "高野 美穂", "takano@izu-hometech.example.co.jp"))}
""")

    add("hasegawa", "none", "benign.booking_system_outage_apology",
        "Apology to sales partners for a two-hour booking-system outage with no guest data.",
        [addr("Hotel Shiomigahama Resort Front Office", "a.hasegawa@shiomigahama-resort.example.jp")],
        "【お詫び】予約システム障害のお知らせ / Booking system outage (7/9)",
        f"""
販売パートナー各位 / Dear partners,

7月9日(水) 10:10〜12:05 の間、当ホテルの予約管理システムで障害が発生し、
在庫連携が停止しておりました。現在は復旧しております。

- 影響: 障害中に各サイトで受け付けたご予約の一部が当ホテルに届いていない可能性があります。
- お願い: 該当時間帯のご予約について、当ホテルで照合のうえ個別にご連絡いたします。
- 原因: クラウド事業者側のネットワーク障害（詳細は調査中）

We apologise for the inconvenience. Please contact the front office if you have any questions.

{SIG_HASEGAWA}
""",
        bcc=[addr("アジアブリッジトラベル", "hayashi@asiabridge-travel.example.co.jp"),
             addr("Pacific Horizon Tours", "ops@pacific-horizon.example.com"),
             addr("Orchid Journeys", "reservations@orchid-journeys.example.com")])

    add("hasegawa", "none", "benign.guest_own_reservation_with_allergy",
        "Reservation confirmation sent to the guest himself that repeats his own shellfish allergy.",
        [addr("Mr. Kenji Alvarez", "kenji.alvarez@outlook.com")],
        "Your reservation at Hotel Shiomigahama Resort (Aug 2–4)",
        f"""
Dear Mr. Alvarez,

Thank you for choosing Hotel Shiomigahama Resort.
We are pleased to confirm your reservation as follows.

Confirmation No.: SR-250802-0147
Dates: Aug 2 (Sat) – Aug 4 (Mon), 2 nights
Room: Ocean View Twin, 2 adults
Dinner: Japanese kaiseki, both nights

As you mentioned, you have a shellfish allergy. Our chef will prepare your dinner
without shrimp, crab or shellfish, and our staff will confirm again at check-in.

We look forward to welcoming you.

{SIG_HASEGAWA}
""")

    return out
