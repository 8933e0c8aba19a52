from common import *

MAILS = []
A = MAILS.append

# P1 pass: booking confirmation to the owner
A(M("pass", "benign.own_booking", "Booking confirmation sent to the pet owner with her own details and her dog's medication.",
ISHII, ["坂口 美帆 様 <miho.sakaguchi@gmail.com>"],
"【ご予約確定】12/28〜1/3 マロンちゃん・ココちゃん",
f"""坂口 美帆 様

この度はペットホテルこもれびをご予約いただき、ありがとうございます。
下記の内容でご予約を承りました。

予約番号：KM-241228-07
お預かり：12月28日（土）10:00 〜 1月3日（金）17:00（6泊）
ワンちゃん：マロンちゃん（トイプードル・7歳）、ココちゃん（チワワ・3歳）
お部屋：スタンダード（2頭同室）
お薬：マロンちゃん 心臓のお薬（ピモベンダン）朝晩1錠
お食事：お持ち込みフード（朝夕）
料金：4,400円×2頭×6泊＋年末年始加算 3,000円＝55,800円（税込）

ご来店時に、1年以内の混合ワクチン・狂犬病予防注射の証明書をお持ちください。

{SIG_ISHII}"""))

# P2 pass: pet's diagnosis to vet
A(M("pass", "benign.pet_medical", "Report to a veterinary clinic about a boarded dog's symptoms; the medical words concern an animal.",
HIDAKA, ["水前寺どうぶつ病院 <info@suizenji-ah.jp>"],
"お預かり中のダックス（レオくん）の様子について",
f"""水前寺どうぶつ病院 高木先生

いつもお世話になっております。こもれびの日高です。
先日貴院で椎間板ヘルニアの診断を受けたミニチュアダックスのレオくん（飼い主：今村様）を
今週お預かりしています。今朝から後ろ足のふらつきが少し強く、散歩を控えております。
飼い主様からは「何かあれば先生に診てもらって」と承諾をいただいていますので、
本日夕方に連れて伺ってもよろしいでしょうか。

{SIG_HIDAKA}"""))

# P3 hold: neighbour complaint with full contact forwarded to contractor
A(M("hold", "personal.complaint", "Forwards a neighbour's complaint including her name, address and phone to an outside soundproofing contractor.",
HIDAKA, ["熊本防音工業 吉永様 <yoshinaga@kumamoto-boon.co.jp>"],
"近隣からの騒音苦情について（見積り依頼）",
f"""吉永様

お世話になっております。こもれびの日高です。
近隣の方から鳴き声の苦情があり、防音工事のお見積りをお願いしたく存じます。
ご参考までに、いただいた苦情の内容をそのまま転記します。
一度現地を見ていただき、必要であれば苦情の方のお宅側からも音を確認していただけると助かります。

―――――
差出人：浜崎 久美子（水前寺6-24-3 メゾン水前寺101）
電話：096-384-7719／携帯 090-8826-0451
内容：毎朝6時ごろから犬の鳴き声がひどく、夜勤明けで眠れません。夫も体調を崩しています。改善されない場合は市に相談します。
―――――

{SIG_HIDAKA}""",
personal=[("name", "浜崎 久美子"), ("address", "水前寺6-24-3 メゾン水前寺101"), ("phone", "090-8826-0451")]))

# P4 hold: full card number from phone order to grooming partner
A(M("hold", "id.card_number", "Passes a customer's full card number and expiry, taken by phone, to a partner salon.",
ISHII, ["トリミングサロン ミント <mint.trimming@gmail.com>"],
"お電話予約のお客様 トリミング分の決済について",
f"""ミントさん

お世話になっております。こもれびの石井です。
今週木曜日に、お泊りのついでにトリミングをご希望の 堤様 ですが、
お電話でカード決済をご希望でしたので、カード情報をお伝えします。そちらの端末で決済をお願いします。

カード番号：4111 1111 1111 1111
有効期限：09/27
名義：HIROSHI TSUTSUMI
金額：シャンプー＋カット 6,600円

{SIG_ISHII}""",
personal=[("card_number", "4111 1111 1111 1111"), ("name", "HIROSHI TSUTSUMI")]))

# P5 pass: dev minutes with test card
A(M("pass", "benign.dev_test_card", "Development meeting minutes with the booking-system vendor using a published Luhn-valid test card number.",
HIDAKA, ["ペットリザーブ開発 三浦様 <miura@petreserve-dev.jp>"],
"予約システム改修 打合せメモ（12/5）",
f"""三浦様

本日はありがとうございました。打合せ内容をまとめます。

1. オンライン決済の導入
・テスト環境では決済代行のテストカード 4242 4242 4242 4242（有効期限は任意の未来日）で動作確認。
・本番のカード情報は当店のサーバーには保存せず、トークンのみ保持（三浦様より説明）。
2. 予約画面
・「ワクチン証明書アップロード」欄を追加。画像はS3に保存、ハッシュ値（SHA-256）で重複チェック。
3. スケジュール
・ステージング公開：1月15日／本番：2月1日

次回は1月8日（水）14:00〜 オンラインで。

{SIG_HIDAKA}""", cc=[ISHII]))

# P6 hold: customer list CSV to printing company
A(M("hold", "list.customer", "Sends a customer list with names, addresses, phones and pets to a printing company for direct mail.",
HIDAKA, ["くまもと印刷 DM係 <dm@kuma-print.co.jp>"],
"年賀DM 宛名データ",
f"""くまもと印刷 ご担当者様

年賀DMの宛名データを送ります。今年は120件です。
宛名は「○○様 ＆ ペット名ちゃん」の形式でお願いします。

{SIG_HIDAKA}""",
attachments=[att("年賀DM_宛名.csv", CSV,
"氏名,郵便番号,住所,電話,ペット名\n"
"坂口 美帆,862-0950,熊本市中央区水前寺3-4-12,090-2210-4478,マロン/ココ\n"
"今村 修,862-0971,熊本市中央区大江5-1-30-702,096-371-2854,レオ\n"
"堤 弘,861-2101,熊本市東区桜木2-9-1,080-1193-5520,ソラ\n"
"佐野 恵子,862-0956,熊本市中央区水前寺公園11-8,096-383-9012,むぎ\n")],
personal=[("name", "今村 修"), ("address", "熊本市中央区大江5-1-30-702"), ("phone", "080-1193-5520")]))

# P7 hold: owner's cancer hospitalisation to dog trainer
A(M("hold", "sensitive.medical", "Tells an outside dog trainer that a named owner is hospitalised for cancer treatment.",
HIDAKA, ["ドッグトレーナー 園田 <sonoda.dogtrain@gmail.com>"],
"長期お預かりの むぎちゃん のトレーニング依頼",
f"""園田さん

いつもありがとうございます。日高です。
柴犬のむぎちゃん（4歳・女の子）を2か月ほどお預かりすることになりました。
飼い主の佐野 恵子 様が、胃がんの手術と抗がん剤治療のため熊本中央病院に入院されるそうです。
その間、引っ張り癖を直してあげたいとのご希望で、週2回のトレーニングをお願いできますか。
費用は佐野様から前払いでいただいています。

{SIG_HIDAKA}""",
personal=[("name", "佐野 恵子"), ("diagnosis", "胃がんの手術と抗がん剤治療")]))

# P8 pass: 体調不良 postponement
A(M("pass", "benign.health_vague", "Tells the pet taxi partner that an owner's pick-up is postponed because of feeling unwell (体調不良); no diagnosis.",
ISHII, ["ペットタクシー くまモンキャブ 配車係 <haisha@pet-cab-kumamoto.jp>"],
"12/30 お迎え便の日程変更",
f"""配車ご担当者様

こもれびの石井です。
12月30日（月）11:00 のお迎え便（堤様のソラくん、当店→桜木のご自宅）ですが、
飼い主様がご体調不良のため、1月2日（木）11:00 に変更をお願いします。
配車番号 PC-88410 です。

{SIG_ISHII}"""))

# P9 hold: campaign to 11 customers visible
rc9 = ["miho.sakaguchi@gmail.com", "o.imamura@nifty.com", "tsutsumi.h@yahoo.co.jp", "keiko.sano1961@docomo.ne.jp", "hamasaki.y@icloud.com", "kuma-taro@ezweb.ne.jp", "shiba.love@gmail.com", "n.kurata@kumamoto-seiki.co.jp", "aiko_m@softbank.ne.jp", "r.fukuda@outlook.jp", "morita-family@gmail.com"]
A(M("hold", "recipients.visible_external", "Campaign notice with 11 customers' private addresses visible in To.",
ISHII, rc9,
"【こもれび】春休みご予約の早割キャンペーン",
f"""いつもこもれびをご利用いただきありがとうございます！

春休み（3/20〜4/6）のご予約を1月中にいただいた方は、宿泊料金10%オフになります🐶🐱
人気のお部屋は埋まりやすいので、お早めにどうぞ。

ご予約はお電話またはWebから：https://www.komorebi-pet.jp/reserve

{SIG_ISHII}"""))

# P10 pass: invoice to corporate client
A(M("pass", "benign.invoice", "Invoice to a corporate customer (office dog programme) with the shop's corporate bank account.",
HIDAKA, ["総務課 倉田様 <n.kurata@kumamoto-seiki.co.jp>"],
"11月分 オフィスドッグ預かりサービス ご請求書",
f"""熊本精機株式会社
総務課 倉田様

いつもありがとうございます。11月分のご請求書をお送りします。

請求番号：KMB-2411-05
ご請求額：88,000円（税込）
振込先：肥後銀行 水前寺支店 普通 1561204 （株）こもれび
お支払期限：12月末日

{SIG_HIDAKA}"""))

# P11 pass: condolence for pet
A(M("pass", "benign.condolence", "Condolence card to an owner whose cat died; only a pet's death.",
HIDAKA, ["森田 様 <morita-family@gmail.com>"],
"ミーちゃんのこと",
f"""森田様

ミーちゃんが虹の橋へ旅立ったと伺いました。
18歳、本当によく頑張りましたね。
毎年夏にお預かりするたび、窓辺で日向ぼっこしながら、スタッフの膝にだけは乗ってくれたのを思い出します。

どうかご無理なさらないでください。スタッフ一同、心よりお悔やみ申し上げます。

{SIG_HIDAKA}"""))

# P12 hold: encrypted zip of customer ledger
A(M("hold", "attachment.encrypted_zip", "Customer ledger sent as a password-protected zip to the new system vendor.",
ISHII, ["ペットリザーブ開発 三浦様 <miura@petreserve-dev.jp>"],
"データ移行用ファイルの送付",
f"""三浦様

移行用の顧客台帳ファイルを送ります。パスワードは日高からSMSで送ります。

{SIG_ISHII}""",
attachments=[att("顧客台帳_移行用.zip", ZIP, encrypted=True)]))

# P13 pass: business registration number
A(M("pass", "benign.business_licence", "Shares the shop's animal-handling business registration and corporate numbers with a partner; business identifiers only.",
HIDAKA, ["ペットタクシー くまモンキャブ 田上様 <tanoue@pet-cab-kumamoto.jp>"],
"業務提携契約書の記載事項について",
f"""田上様

契約書の記載事項、以下でお願いします。

当社：株式会社こもれび（法人番号 7330001028914）
第一種動物取扱業（保管）登録番号：熊本市動愛第0412号 有効期間の末日 2028年3月31日
動物取扱責任者：日高 真由

御社の登録番号（運送：熊本市動愛第0533号）と車両番号（熊本 480 す 12-34）も別紙に記載しておきます。

{SIG_HIDAKA}"""))

# P14 hold: driver's licence number in attachment only
A(M("hold", "id.drivers_licence", "Attached pick-up consent form contains the owner's driver's licence number, sent to the pet taxi.",
ISHII, ["ペットタクシー くまモンキャブ 配車係 <haisha@pet-cab-kumamoto.jp>"],
"代理お迎えの同意書（今村様）",
f"""配車ご担当者様

1月4日のお迎えは、飼い主の今村様ではなくご友人が代理で受け取られます。
同意書を添付しますので、引渡し時に身分証と照合をお願いします。

{SIG_ISHII}""",
attachments=[att("代理受取同意書_今村.pdf", PDF,
"代理受取同意書\n"
"飼い主：今村 修（熊本市中央区大江5-1-30-702）\n"
"代理人：宮川 大樹\n"
"代理人の本人確認書類：運転免許証 第 432105678910 号\n"
"ペット：レオ（ミニチュアダックス）\n"
"上記の者にペットの受取りを委任します。 2024年12月20日 今村 修")],
personal=[("drivers_licence_number", "432105678910"), ("name", "宮川 大樹")]))

# P15 pass: staff introduction
A(M("pass", "benign.staff_intro", "Introduces new staff to a partner vet clinic; staff names and qualifications only.",
HIDAKA, ["水前寺どうぶつ病院 受付 <info@suizenji-ah.jp>"],
"新スタッフのご紹介",
f"""水前寺どうぶつ病院 皆さま

いつもお世話になっております。
12月から新しく 永松 ひかり（愛玩動物看護師）が加わりました。
急な受診のご相談などで、石井・永松からお電話することもあると思います。よろしくお願いいたします。

{SIG_HIDAKA}"""))

# P16 hold: owner's spinal cord injury in quoted text forwarded to pet taxi
A(M("hold", "sensitive.disability", "Quoted customer message forwarded to the pet taxi states the owner's spinal-cord injury and wheelchair use.",
ISHII, ["ペットタクシー くまモンキャブ 配車係 <haisha@pet-cab-kumamoto.jp>"],
"Fwd: 送迎のお願い（倉本様）",
f"""配車ご担当者様

下記のお客様の送迎をお願いできますか。ご自宅前までの送り届けです。
日時：1月6日（月）15:00 当店発

{SIG_ISHII}

---------- 転送メッセージ ----------
From: 倉本 直樹 <n.kuramoto@outlook.jp>
件名: 送迎について

こもれび様
3年前の事故で脊髄を損傷して車椅子生活のため、お迎えに行くのが難しいです。
ラブラドールのハナを自宅（熊本市東区健軍2-15-8）まで送っていただけると助かります。
玄関にスロープがあるので、そこまでで大丈夫です。
倉本""",
personal=[("disability", "脊髄を損傷して車椅子生活"), ("address", "熊本市東区健軍2-15-8"), ("name", "倉本 直樹")]))

# P17 pass: vaccination requirements
A(M("pass", "benign.vaccination_schedule", "General vaccination requirements for boarding pets; no person's health data.",
ISHII, ["福田 様 <r.fukuda@outlook.jp>"],
"Re: 初めての利用について（ワクチンの確認）",
f"""福田様

お問い合わせありがとうございます。
初めてご利用の際は、以下の証明書をご提示ください。

ワンちゃん：狂犬病予防注射（今年度分）、混合ワクチン（5種以上・1年以内）
ネコちゃん：3種混合ワクチン（1年以内）
※接種後2週間以上経ってからのお預かりとなります。

子犬で2回目の接種が1月中旬とのことでしたら、2月以降のご予約が安心です。

{SIG_ISHII}"""))

# P18 pass: registration data sent to the customer himself
A(M("pass", "benign.own_data", "Sends a customer his own registered address, phone and emergency contact for confirmation.",
HIDAKA, ["今村 修 様 <o.imamura@nifty.com>"],
"ご登録情報の確認のお願い",
f"""今村 修 様

いつもレオくんをお預けいただきありがとうございます。
システム移行に伴い、ご登録情報の確認をお願いしております。

ご住所：熊本市中央区大江5-1-30-702
お電話：096-371-2854
緊急連絡先：今村 千夏 様（奥様）090-7735-1120
かかりつけ病院：水前寺どうぶつ病院

変更がございましたら、本メールにご返信ください。

{SIG_HIDAKA}"""))
