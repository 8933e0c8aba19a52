from common import *

MAILS = []
A = MAILS.append

# H1 hold: passport number to travel agency
A(M("hold", "id.passport", "Sends a foreign guest's passport number and birth date to a travel agency.",
ONODERA, ["東北トラベルサービス 手配課 <tehai@tohoku-ts.co.jp>"],
"ご手配のお客様 宿泊者登録情報の不足について",
f"""東北トラベルサービス 手配課 ご担当者様

いつもお世話になっております。ホテル リヴィエール仙台 フロントの小野寺です。
本日チェックイン予定の御社手配のお客様について、宿泊者名簿の記載が不足しておりました。
チェックイン時にお客様ご本人に確認し、下記のとおり補記しております。バウチャーの記載と相違ないかご確認ください。

お名前：CHEN JIAHAO 様
国籍：台湾
旅券番号：318864205
生年月日：1988年10月12日
バウチャー番号：TTS-2412-00731

{SIG_ONODERA}""",
personal=[("passport_number", "318864205"), ("name", "CHEN JIAHAO"), ("birth_date", "1988年10月12日")]))

# H2 pass: booking confirmation to the guest (English) with masked card
A(M("pass", "benign.own_booking", "Booking confirmation sent to the guest herself with her own details and a masked card number.",
CHIBA, ["Emily Turner <emily.turner.travels@gmail.com>"],
"Reservation confirmed – Hotel Riviere Sendai, 14–17 Feb (Conf. No. 58210447)",
f"""Dear Ms. Turner,

Thank you for choosing Hotel Riviere Sendai. We are pleased to confirm your reservation.

Confirmation No.: 58210447
Guest: Emily Turner (+44 7700 900418)
Arrival: Friday, 14 February (check-in from 15:00)
Departure: Monday, 17 February (check-out by 11:00)
Room: Superior Twin, non-smoking, high floor requested
Rate: JPY 18,500 per night incl. breakfast, 3 nights
Guarantee: Visa ending ****1111 (exp. 08/26)

Zao snow monster tours can be booked at the concierge desk. We look forward to welcoming you.

Kind regards,

{SIG_CHIBA_EN}"""))

# H3 hold: rooming list XLSX with DOBs & passport numbers to bus company
A(M("hold", "list.rooming", "Attached rooming list with guests' birth dates and passport numbers sent to a bus company.",
KASAI, ["宮城観光バス 運行管理 <unkou@miyagi-kb.co.jp>"],
"2/8 団体（台北 幸福旅行社）送迎の件",
f"""宮城観光バス 運行管理ご担当者様

2月8日の台北からの団体（38名）の空港送迎の件、ルーミングリストをお送りします。
人数確認用にお使いください。

{SIG_KASAI}""",
attachments=[att("RoomingList_0208_XingFu.xlsx", XLSX,
"[Sheet1]\nRoom\tName\tSex\tDOB\tPassport No.\n"
"1201\tLIN YU-TING\tF\t1979-03-14\t351927846\n"
"1201\tLIN HSIAO-WEI\tF\t2008-07-22\t352048113\n"
"1202\tWU CHENG-EN\tM\t1965-11-02\t349775210\n"
"1203\tHUANG MEI-LING\tF\t1970-05-30\t350618342\n"
"…(以下34名略: シート全体は38行)")],
personal=[("passport_number", "351927846"), ("passport_number", "349775210"), ("birth_date", "1965-11-02"), ("name", "HUANG MEI-LING")]))

# H4 hold: guest's stroke diagnosis told to employer
A(M("hold", "sensitive.medical", "Tells a guest's employer that he was hospitalised with a diagnosed cerebral infarction.",
KASAI, ["東和エンジニアリング 総務部 <soumu@towa-eng.co.jp>"],
"ご出張中の 三上 様 の件",
f"""東和エンジニアリング株式会社 総務部 御中

ホテル リヴィエール仙台 フロント支配人の葛西でございます。
法人契約でご宿泊中の 三上 智之 様（1106号室）が、本日早朝に客室内で倒れられ、救急搬送されました。
搬送先の東北医科薬科大学病院から、脳梗塞との診断で入院となったと伺っております。
お荷物はフロントでお預かりしておりますので、ご家族様またはご担当者様のご来館時にお引き渡しいたします。
ご宿泊は本日でチェックアウト扱いとし、延長分の料金は発生いたしません。

{SIG_KASAI}""",
personal=[("name", "三上 智之"), ("diagnosis", "脳梗塞との診断で入院")]))

# H5 pass: celebrity VIP handling to event organiser
A(M("pass", "benign.public_figure", "Arrival arrangements for a touring performer (public figure) with the event promoter; business logistics only.",
KASAI, ["ノースライト・プロモーション 村井様 <murai@northlight-promo.jp>"],
"RE: 3/2 公演 出演者様ご宿泊の動線について",
f"""村井様

お世話になっております。葛西でございます。
3月2日の公演でご宿泊のアーティスト様ご一行（メインアクト：歌手の 山吹 ルナ 様、バンドメンバー5名、スタッフ8名）の件、
以下のとおり手配いたしました。

・到着：地下駐車場B2の搬入口から、業務用エレベーターで直接18階へ
・お部屋：1801（スイート）、1802〜1815
・ファンの方の出待ち対策として、ロビーには警備2名を配置
・山吹様の楽屋ケータリングのご要望（白湯、はちみつ、温かいうどん）はルームサービスで対応いたします

報道関係の方からのお問い合わせには「お答えできません」とご案内いたします。

{SIG_KASAI}

-----Original Message-----
From: 村井 圭 <murai@northlight-promo.jp>
Subject: 3/2 公演 出演者様ご宿泊の動線について

葛西様
ツアー最終日の仙台公演、今年もお世話になります。昨年はファンの方がロビーに集まって
少し混乱しましたので、動線のご相談をさせてください。
ノースライト・プロモーション 村井"""))

# H6 hold: guest arrested — to travel agency
A(M("hold", "sensitive.criminal_proceedings", "Reports a named guest's arrest for theft to his travel agency.",
KASAI, ["みちのくツーリスト 団体課 <dantai@michinoku-tourist.jp>"],
"ご手配のツアー参加者 大塚 様 について（ご報告）",
f"""みちのくツーリスト 団体課 御中

いつもお世話になっております。葛西でございます。
御社ツアー「秋保・作並温泉と仙台3日間」でご宿泊の 大塚 勝 様 について、ご報告いたします。
昨夜、当館1階のショップで商品を持ち出そうとされ、通報により仙台中央警察署に窃盗の疑いで逮捕されました。
お部屋のお荷物は警察の指示により保管しております。
添乗員の方にもお伝えしておりますが、ツアーの今後のご対応についてご相談させてください。

{SIG_KASAI}""",
personal=[("name", "大塚 勝"), ("criminal_record", "窃盗の疑いで逮捕されました")]))

# H7 pass: PMS outage & malware isolation
A(M("pass", "benign.it_outage", "System outage and malware-isolation report to the IT vendor; 障害/感染/隔離 refer to computers.",
KASAI, ["ヘルプデスク <helpdesk@hospitality-sys.co.jp>"], 
"【障害報告】PMS接続不可およびフロントPC1台のウイルス感染",
f"""ホスピタリティシステムズ ヘルプデスク御中

ホテル リヴィエール仙台の葛西です。以下2点の対応をお願いします。

1. PMS障害
・本日6:40頃からフロント端末3台でPMSに接続できません（エラーコード E-5021）。
・チェックアウトは手書きの精算で対応中です。
2. ウイルス感染
・フロントPC（資産番号 RVS-PC-017）でウイルス対策ソフトが「Emotet」を検知。
・LANケーブルを抜いて隔離済みです。シリアル番号 5CG1234XYZ。
・不審メールの添付を開いた可能性があります。

至急の現地対応をお願いいたします。

{SIG_KASAI}"""))

# H8 hold: wedding fair invitation with 12 external in To
rc8 = ["info@bridal-aoba.jp", "planner@happy-wedding-sendai.com", "k.endo@tohoku-bridal.co.jp", "event@kotobuki-hanaya.jp", "m.sasaki@photostudio-lumiere.jp", "info@dress-mirai.jp", "sato.yoshie@gmail.com", "contact@sendai-mc-office.jp", "hello@cake-atelier-mori.jp", "info@limo-sendai.jp", "n.abe@yahoo.co.jp", "wedding@hikari-music.jp"]
A(M("hold", "recipients.visible_external", "Invitation with 12 partner and private addresses from different organisations visible in To.",
ONODERA, rc8,
"【ご招待】ブライダル・パートナー懇親会（2月20日）",
f"""ブライダルパートナーの皆さま

いつも大変お世話になっております。
日頃の感謝を込めて、下記のとおり懇親会を開催いたします。

日時：2月20日（木）18:30〜20:30
会場：ホテル リヴィエール仙台 3F「ソレイユ」
会費：無料

ご出欠を2月7日までにご返信ください。

{SIG_ONODERA}"""))

# H9 pass: lost & found to guest herself
A(M("pass", "benign.own_data", "Lost-property reply sent to the guest herself with her own address and a tracking number.",
ONODERA, ["佐々木 美穂 様 <m-sasaki0407@docomo.ne.jp>"],
"お忘れ物（イヤリング）発送のご連絡",
f"""佐々木 美穂 様

このたびはホテル リヴィエール仙台をご利用いただき、誠にありがとうございました。
お問い合わせのイヤリング（パール・片方）が、ご宿泊の808号室で見つかりました。
本日、着払いにて下記のご住所へ発送いたしました。

お届け先：〒020-0021 岩手県盛岡市中央通2-3-17 佐々木 美穂 様
お問い合わせ番号（ゆうパック）：5521-8806-3047
お届け予定：明日午前

またのお越しを心よりお待ちしております。

{SIG_ONODERA}"""))

# H10 pass: invoice with SWIFT
A(M("pass", "benign.invoice", "Invoice to an overseas corporate client with the hotel's corporate account and SWIFT.",
CHIBA, ["Accounts Payable <ap@meridian-events.sg>"],
"Invoice RVS-2412-119 – Meridian Events Pte. Ltd. (incentive group, 3–5 Dec)",
f"""Dear Accounts team,

Please find attached our invoice for the incentive group (42 rooms x 2 nights, gala dinner).

Invoice No.: RVS-2412-119
Total: JPY 4,862,000
Beneficiary: Riviere Hotel Management Co., Ltd.
Bank: The 77 Bank, Ltd., Head Office (Branch 001)
Account No.: 5046118 (Ordinary)
SWIFT/BIC: BOSSJPJT
Payment due: 31 January

Best regards,

{SIG_CHIBA_EN}""",
attachments=[att("RVS-2412-119.pdf", PDF, "INVOICE RVS-2412-119\nMeridian Events Pte. Ltd.\nAccommodation 42 rooms x 2 nights 3,528,000\nGala dinner 120 pax 1,188,000\nService & tax 146,000\nTotal JPY 4,862,000")]))

# H11 hold: encrypted zip 宿泊者名簿
A(M("hold", "attachment.encrypted_zip", "Guest register extract sent as a password-protected zip.",
KASAI, ["仙台中央警察署 生活安全課 <seian@chuo-ps.miyagi-police.jp>"],
"照会のあった宿泊者名簿の写しについて",
f"""仙台中央警察署 生活安全課 御中

先日ご照会のありました宿泊者名簿（11月20日〜22日分）の写しを、パスワード付きファイルでお送りします。
パスワードはお電話でお伝えいたします。

{SIG_KASAI}""",
attachments=[att("宿泊者名簿_1120-1122.zip", ZIP, encrypted=True)]))

# H12 pass: OTA meeting minutes with many names
A(M("pass", "benign.minutes", "Minutes of a meeting with an OTA naming partner staff, with rate codes and statistics.",
CHIBA, ["たびナビ 営業 西村様 <nishimura@tabinavi-ota.jp>"],
"1/15 定例会 議事録",
f"""たびナビ 西村様
（cc：同 法人営業 大島様、当館 葛西）

本日はありがとうございました。議事録を共有します。

出席：たびナビ 西村 祐介 様、大島 麻衣 様／当館 葛西、千葉
1. 12月実績：販売室数 1,284室（前年比 +9%）、ADR 14,620円、キャンセル率 11.2%
2. 2月の「冬の東北」特集への掲載：プランコード RVS-WT25-01、-02 で参加
3. レビュー対応：口コミ点数 4.41 → 4.48。朝食の牛たんメニューへの評価が高い
4. 次回：2月19日（水）15:00 オンライン

{SIG_CHIBA}""", cc=["大島 麻衣 <oshima@tabinavi-ota.jp>", KASAI]))

# H13 hold: guest complaint with contact forwarded to cleaning contractor
A(M("hold", "personal.complaint", "Forwards a guest's complaint with full name, address and phone to the housekeeping contractor.",
ONODERA, ["東北クリーンサービス 現場責任者 <genba@tohoku-clean.co.jp>"],
"Fwd: 客室清掃に関するご意見（1412号室）",
f"""東北クリーンサービス 現場責任者様

下記のお客様からのご意見です。清掃チェックの手順を確認のうえ、改善報告をお願いします。

{SIG_ONODERA}

---------- Forwarded message ---------
From: お客様の声フォーム <voice@hotel-riviere-sendai.jp>
件名: ご意見

お名前：鈴木 隆之
ご住所：福島県郡山市堤下町9-14
電話番号：024-932-5518
ご宿泊日：1月10日〜11日 1412号室
内容：浴室の排水口に前の客の髪の毛が残っていた。タオルにもシミがあった。値段に見合わない。""",
personal=[("name", "鈴木 隆之"), ("address", "福島県郡山市堤下町9-14"), ("phone", "024-932-5518")]))

# H14 pass: parking list with vehicle numbers for a corporate event
A(M("pass", "benign.vehicle_numbers", "Parking allocation for a company event listing vehicle numbers and company names only.",
ONODERA, ["東和エンジニアリング 総務部 <soumu@towa-eng.co.jp>"],
"1/24 新年賀詞交歓会 駐車場のご案内",
f"""東和エンジニアリング株式会社 総務部 御中

新年賀詞交歓会の駐車場について、ご連絡いただいた車両を以下のとおり登録しました。

B1-01 宮城 300 あ 12-34（東和エンジニアリング 社用車）
B1-02 宮城 330 せ 56-78（同上）
B1-03 仙台 500 た 90-12（取引先 北星電機様）
B1-04 仙台 300 ね 34-56（取引先 丸山工務店様）

当日は地下駐車場入口で会社名をお伝えください。

{SIG_ONODERA}"""))

# H15 hold: religion of named guests in attachment only
A(M("hold", "sensitive.belief", "Attached banquet sheet records named guests' religion (Muslim/halal, Hindu) for the outside caterer.",
KASAI, ["仙台ケータリングサービス <order@sendai-catering.jp>"],
"2/8 台湾団体 夕食の特別対応について",
f"""仙台ケータリングサービス ご担当者様

2月8日の団体夕食について、特別対応が必要なお客様の一覧を添付します。
メニュー案をいただけますでしょうか。

{SIG_KASAI}""",
attachments=[att("特別食リスト_0208.xlsx", XLSX,
"[Sheet1]\nRoom\tName\t対応\t備考\n"
"1207\tMA YOUSUF\tハラール\tイスラム教徒（礼拝用の部屋も希望）\n"
"1207\tMA AMINA\tハラール\tイスラム教徒\n"
"1210\tRAVI KRISHNAN\t牛肉不可\tヒンドゥー教徒\n"
"1215\tLEE CHIA-HUI\tえび・かにアレルギー\t\n")],
personal=[("religion", "イスラム教徒（礼拝用の部屋も希望）"), ("name", "MA YOUSUF"), ("religion", "ヒンドゥー教徒")]))

# H16 pass: condolence on death of travel agency president
A(M("pass", "benign.condolence", "Condolence on the death of a partner company's president; deceased person in an ordinary condolence.",
KASAI, ["みちのくツーリスト 総務部 <soumu@michinoku-tourist.jp>"],
"謹んでお悔やみ申し上げます",
f"""みちのくツーリスト株式会社
総務部 御中

貴社代表取締役社長 高橋 善一 様のご逝去の報に接し、謹んでお悔やみ申し上げます。
長年にわたり当館をご愛顧いただき、開業当初から多くのお客様をお送りいただきましたこと、深く感謝申し上げます。
ご葬儀の日程が決まりましたら、お知らせいただけますと幸いです。弔電を手配させていただきます。

社員ご一同様のご心痛をお察し申し上げますとともに、故人のご冥福を心よりお祈りいたします。

{SIG_KASAI}"""))

# H17 pass: accessible room info to the guest who asked
A(M("pass", "benign.own_data", "Reply to a guest about her own wheelchair-accessible room request; information goes back to the data subject.",
CHIBA, ["Maria Hoffmann <maria.hoffmann@web.de>"],
"Re: Accessible room for my stay 3–6 April",
f"""Dear Ms. Hoffmann,

Thank you for letting us know in advance. We have assigned you our Universal Design Twin
(Room 302) for 3–6 April:

- roll-in shower with a fold-down seat and hand-held shower head,
- bed height 45 cm, 90 cm wide doorway, no steps from the elevator,
- the entrance on the Ichibancho side has an automatic door and a ramp.

As you mentioned that you use a manual wheelchair, our bell staff will meet you at the taxi
stand on arrival. If you need a shower wheelchair, we can provide one free of charge.

Warm regards,

{SIG_CHIBA_EN}

> On 10 Jan, Maria Hoffmann wrote:
> Hello, I use a manual wheelchair. Is there a room with a roll-in shower? Thank you, Maria"""))

# H18 hold: card number in quoted guest message forwarded to corporate travel desk
A(M("hold", "id.card_number", "Quoted guest message forwarded to the corporate travel desk contains a full card number with expiry.",
CHIBA, ["出張手配デスク <travel-desk@towa-eng.co.jp>"],
"RE: 来週の 石原様 ご宿泊の精算方法",
f"""東和エンジニアリング 出張手配デスク ご担当者様

お世話になっております。予約課の千葉です。
石原様ご本人から下記のとおりご連絡がありましたので、今回は会社請求ではなく
ご本人のカード精算とさせていただきます。請求書の発行は不要です。

{SIG_CHIBA}

-----Original Message-----
From: 石原 亮介 <r.ishihara.tw@gmail.com>
Sent: Thursday, January 16, 2025 8:12 AM
To: 宿泊予約課
Subject: 精算について

今回はプライベートの延泊もあるので、全部自分のカードで払います。
5555 5555 5555 4444（期限 11/27）でお願いします。
石原""",
personal=[("card_number", "5555 5555 5555 4444"), ("name", "石原 亮介")]))

# H19 pass: employment verification with consent
A(M("pass", "benign.employment_verification", "Employment verification for a former employee with her written consent; dates and title only.",
KASAI, ["Background Check Team <verify@globalscreen-hr.com>"],
"Employment verification – Ms. Haruna Oikawa (your ref. GS-88120)",
f"""Dear Background Check Team,

In response to your request (ref. GS-88120), and based on the signed authorisation from
Ms. Haruna Oikawa that you attached, we confirm the following:

Name: Haruna Oikawa
Position: Front Desk Supervisor
Employment period: 1 April 2017 – 31 October 2024
Employment type: Full-time

As a matter of policy, we do not disclose salary or reasons for leaving.

Kind regards,

{SIG_KASAI_EN}"""))

# H20 hold: tuberculosis of named guest in subject line
A(M("hold", "sensitive.medical", "The subject line names a guest and room with a tuberculosis infection, sent to the tour operator.",
KASAI, ["みちのくツーリスト 団体課 <dantai@michinoku-tourist.jp>"],
"ご宿泊者 菅野 健太 様（1205号室）結核感染の疑いにつき保健所対応のご連絡",
f"""みちのくツーリスト 団体課 御中

いつもお世話になっております。葛西でございます。
標記の件、先ほど電話でご説明したとおりです。
保健所からの指示があり次第、改めてご連絡いたします。
添乗員の方にもお伝えいただけますと幸いです。

{SIG_KASAI}""",
personal=[("name", "菅野 健太"), ("infection", "結核感染の疑い")]))

# H21 pass: project mail with visible addresses from two companies
A(M("pass", "benign.project", "Renovation project coordination with a few visible addresses from the hotel and one contractor.",
KASAI, ["設計担当 岩渕様 <iwabuchi@aoba-kenchiku.co.jp>", "現場監督 及川様 <oikawa@aoba-kenchiku.co.jp>", "施工管理 浅野様 <asano@aoba-kenchiku.co.jp>"],
"12階客室改装工事 工程の最終確認",
f"""青葉建築 岩渕様、及川様、浅野様

お世話になっております。葛西です。
12階客室改装工事について、下記のとおり最終確認をお願いします。

・工期：2月3日（月）〜3月14日（金）
・作業時間：9:00〜17:00（騒音作業は10:00〜16:00）
・販売停止：1201〜1218（18室）
・資材搬入：地下駐車場B2搬入口、業務用EV 2号機を使用
・11階・13階のお客様には事前にお知らせ文を配布

当館側は、宿泊部 千葉・小野寺、施設課 菊地 が窓口となります。

{SIG_KASAI}""", cc=[CHIBA, ONODERA, "菊地 誠 <m.kikuchi@hotel-riviere-sendai.jp>"]))

# H22 pass: plain zip with floor plans and menus
A(M("pass", "benign.plain_zip", "Plain (unencrypted) zip with banquet floor plans and menus for an event organiser.",
ONODERA, ["村井 圭 <murai@northlight-promo.jp>"],
"ファンクラブ懇親会 会場資料一式",
f"""村井様

ファンクラブ懇親会（3月1日）の会場資料をまとめてお送りします。
・会場図面（ソレイユ、立食200名レイアウト）
・料理メニュー案（A・B）
・音響機材リスト

ご確認のほどよろしくお願いいたします。

{SIG_ONODERA}""",
attachments=[att("懇親会資料_0301.zip", ZIP,
"[layout_soleil.pdf]\n3F ソレイユ 立食レイアウト 200名 ステージ 6m×3m 受付2卓\n"
"[menu_plan.xlsx]\n[Sheet1]\nプラン\t内容\t単価\nA\t仙台牛ローストビーフ、笹かま、ずんだ餅\t8,800\nB\t牛たん煮込み、海鮮ちらし、デザート\t11,000\n"
"[audio_equipment.txt]\nワイヤレスマイク 4本／スピーカー 2基／プロジェクター 1台")]))
