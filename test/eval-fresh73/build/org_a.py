"""Org A: 冠婚葬祭互助会 — 株式会社はなみずきライフ（はなみずき互助会）."""
from common import P, att, enc_zip, M

ORG = "A"
DOM = "hanamizuki-life.example.jp"

SAEKI = P("佐伯 聡", f"s.saeki@{DOM}")
MORI = P("森下 由香", f"y.morishita@{DOM}")
KISHI = P("岸本 玲奈", f"r.kishimoto@{DOM}")

SIG_SAEKI = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社はなみずきライフ（はなみずき互助会）
葬祭事業部 ホール運営課 課長
1級葬祭ディレクター　佐伯 聡（さえき さとし）
〒444-0871 愛知県岡崎市桜町2-14-3 はなみずき会館 岡崎中央
TEL 0564-27-4410（代）　FAX 0564-27-4411
24時間ご葬儀受付 0120-874-194
Mail: s.saeki@hanamizuki-life.example.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
本メールには機密情報が含まれている場合がございます。誤って受信された場合は
お手数ですが送信者までご連絡のうえ、削除していただきますようお願いいたします。
"""

SIG_MORI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
はなみずき互助会 会員サービスセンター
主任　森下 由香（もりした ゆか）
フリーダイヤル 0120-874-110（9:00～18:00／水曜定休）
TEL 0564-27-4420　FAX 0564-27-4421
y.morishita@hanamizuki-life.example.jp
割賦販売法に基づく前払式特定取引業 許可事業者
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SIG_KISHI = """
--
Wedding & Party はなみずき迎賓館
ブライダルプランナー　岸本 玲奈 / Rena Kishimoto
〒444-0043 愛知県岡崎市唐沢町6-2
TEL 0564-23-8855（火曜定休）
r.kishimoto@hanamizuki-life.example.jp
Instagram @hanamizuki_geihinkan
"""

# partner addresses
MIYABI = [P("大橋 和義", "ohashi@kappo-miyabi.example.co.jp"),
          P("割烹みやび 受注係", "order@kappo-miyabi.example.co.jp"),
          P("大橋 美紀", "m.ohashi@kappo-miyabi.example.co.jp")]
KAORU = [P("丹羽 恭子", "niwa@hanakobo-kaoru.example.co.jp"),
         P("花工房かおる 配達", "haitatsu@hanakobo-kaoru.example.co.jp"),
         P("丹羽 誠", "m.niwa@hanakobo-kaoru.example.co.jp")]
JOKOJI = P("浄光寺 寺務所", "jimusho@jokoji.example.jp")
RYUUNJI = P("龍雲寺 寺務所", "info@ryuunji.example.jp")


def mails():
    out = []
    add = out.append

    # ---------------- HOLDS ----------------
    add(M(ORG, "saeki", "body", "hold", "sensitive.mourner_health_to_caterer",
          "A named chief mourner's dialysis for kidney failure and her son's insulin-treated diabetes are sent to an outside caterer.",
          SAEKI, [MIYABI[0]], "明日 山内家 通夜振る舞い・精進落としのお料理について",
          """
割烹みやび
仕出し担当 大橋様

いつも大変お世話になっております。はなみずき会館の佐伯です。
明日からの山内家のお料理につきまして、追加でお願いがございます。

喪主の山内 芳江様（故人様の奥様）は慢性腎不全で週3回の人工透析を受けておられ、
カリウムと塩分の制限があるとのことです。ご本人のお膳だけ、腎臓病食に準じた内容
（減塩・生野菜と果物なし）にしていただけますでしょうか。
またご長男の山内 隆之様が糖尿病でインスリン注射中とのことで、精進落としのお席は
甘味を別盛りにしていただけると助かります。

　・通夜振る舞い　11/14（木）18:30～　大皿6・寿司桶4
　・精進落とし　　11/15（金）13:00～　会席22名（うち特別膳1、甘味別盛り1）

直前のお願いで恐縮ですが、どうぞよろしくお願いいたします。
""" + SIG_SAEKI,
          personal=[("name", "山内 芳江"), ("health", "慢性腎不全で週3回の人工透析"),
                    ("name", "山内 隆之"), ("health", "糖尿病でインスリン注射中")]))

    add(M(ORG, "morishita", "body", "hold", "id.refund_private_bank_account",
          "A member's personal bank account for a cancellation refund is sent to an outside bookkeeping contractor.",
          MORI, [P("石原 佳代", "ishihara@keiri-support.example.jp")], "解約返戻金 振込依頼（11月第3週分）",
          """
岡崎経理サポート
石原様

お世話になっております。はなみずき互助会の森下です。
今週承認となりました解約返戻金の振込を、下記のとおりお願いいたします。

――――――――――――――――
会員番号　：HM-0387215
契約者　　：小松 正雄 様
返戻金額　：178,400円（払込額240,000円／解約手数料控除後）
振込先　　：三河中央信用金庫 矢作支店 普通 4418062
口座名義　：コマツ マサオ
振込予定日：11月20日（水）
――――――――――――――――

解約届と本人確認書類の写しは当方で保管しております。
今週は1件のみです。ご不明点があればご連絡ください。
""" + SIG_MORI,
          personal=[("name", "小松 正雄"), ("bank_account", "三河中央信用金庫 矢作支店 普通 4418062"),
                    ("account_holder", "コマツ マサオ")]))

    add(M(ORG, "morishita", "body", "hold", "personal.complaint_forward_to_florist",
          "A relative's complaint is forwarded to the florist with her full name, home address, mobile number and e-mail.",
          MORI, [KAORU[0]], "【ご対応依頼】供花名札の件でお客様よりお申し出",
          """
花工房かおる
丹羽様

お世話になっております。互助会の森下です。
先週末の会館葬でお出しした供花について、ご親族の方から会員センターにお申し出がありました。
名札のお名前が違っていたとのことで、丹羽様から直接お詫びとご説明をお願いできればと存じます。
お客様の連絡先をお伝えしますので、本日中にお電話いただけますでしょうか。

お名前：長谷部 早苗 様（故 長谷部 勇 様のご長女）
ご住所：〒444-3511 愛知県岡崎市舞木町字西ノ坪18-5
お電話：080-4417-2963（日中は携帯へ、とのことです）
メール：sanae.hasebe1975@yahoo.co.jp
お申し出内容：供花名札「長谷部 早苗」が「長谷川 早苗」になっていた。写真があるので見てほしい。

ご対応後、簡単で結構ですので経過をお知らせください。
よろしくお願いいたします。
""" + SIG_MORI,
          personal=[("name", "長谷部 早苗"), ("address", "〒444-3511 愛知県岡崎市舞木町字西ノ坪18-5"),
                    ("phone", "080-4417-2963"), ("email", "sanae.hasebe1975@yahoo.co.jp")]))

    add(M(ORG, "morishita", "attachment", "hold", "list.member_dm_csv",
          "The CSV for the DM print job lists members with home address, phone, birth date and savings balance.",
          MORI, [P("光洋印刷 営業部 中野", "nakano@insatsu-koyo.example.co.jp")],
          "満期会員様向けDM 宛名データ送付の件",
          """
光洋印刷株式会社
営業部 中野様

いつもお世話になっております。はなみずき互助会の森下です。
先日お打合せいたしました「満期のご案内」DMの宛名データをお送りします。
差込み用のCSVで、件数は先日お伝えした概数より少し減っております。

・仕様：A4三つ折り＋返信はがき、窓あき封筒
・発送：12月2日（月）着でお願いします
・校正：11月22日（金）までにPDFでいただけますと助かります

よろしくお願いいたします。
""" + SIG_MORI,
          attachments=[att("満期会員_DM宛名_202411.csv", """
会員番号,氏名,フリガナ,郵便番号,住所,電話番号,生年月日,コース,積立残高
HM-0154820,加藤 清,カトウ キヨシ,444-0011,愛知県岡崎市欠町字栗宿7-3,0564-22-6718,1948/03/12,さくら30,300000
HM-0160377,鈴村 富子,スズムラ トミコ,444-2134,愛知県岡崎市大門4-9-21,0564-31-0984,1951/11/02,さくら30,300000
HM-0162915,大竹 武志,オオタケ タケシ,444-0802,愛知県岡崎市美合町字平端41,090-3318-6620,1955/07/28,ゆり50,500000
HM-0171046,近藤 春江,コンドウ ハルエ,444-3523,愛知県岡崎市藤川町字中町北12,0564-48-2251,1946/01/19,さくら30,300000
HM-0173388,石黒 修,イシグロ オサム,444-0037,愛知県岡崎市上明大寺町3-8-6,0564-51-7743,1952/09/05,ゆり50,500000
HM-0180592,平松 千代子,ヒラマツ チヨコ,444-0913,愛知県岡崎市北野町字郷裏29,080-2264-1157,1949/04/30,さくら30,285000
HM-0182264,杉田 良一,スギタ リョウイチ,444-2141,愛知県岡崎市細川町字長根8-2,0564-45-3360,1950/12/14,ゆり50,500000
""")],
          personal=[("name", "加藤 清"), ("address", "愛知県岡崎市欠町字栗宿7-3"), ("birth_date", "1948/03/12"),
                    ("name", "大竹 武志"), ("phone", "090-3318-6620"), ("name", "平松 千代子")]))

    add(M(ORG, "saeki", "attachment", "hold", "sensitive.funeral_sheet_to_mc",
          "The planning sheet sent to a freelance MC gives the deceased's cancer, a son's schizophrenia admission and a daughter's Catholic faith.",
          SAEKI, [P("宮田 綾乃", "miyata@office-kotonoha.example.jp")], "明日の杉浦家ご葬儀 打合せシート送付",
          """
宮田様

お疲れさまです。はなみずき会館の佐伯です。
明日11時からの杉浦家のご葬儀、司会進行をどうぞよろしくお願いいたします。
打合せシートを添付しますので、ナレーション原稿の作成にお使いください。
弔電は当日朝、控室でまとめてお渡しします（現時点で7通）。

入り時間は9時半でお願いします。駐車場は職員用の奥側をお使いください。
""" + SIG_SAEKI,
          attachments=[att("施行打合せシート_杉浦家.docx", """
施行打合せシート（司会用）
施行日：11月19日（火）11:00 告別式　会場：はなみずき会館 岡崎中央 2階式場
故人：杉浦 敏夫 様（享年74）
喪主：杉浦 和子 様（妻）
宗派：曹洞宗　導師：龍雲寺様
死因：肺がん（昨年春より緩和ケア病棟に入院、11月16日永眠）
ご家族の事情（ナレーションでは触れないこと）：
・ご次男 杉浦 悟 様は統合失調症で入院中のため参列されません。
・ご長女 原田 美穂 様（旧姓杉浦）はキリスト教（カトリック）のため、焼香ではなく献花を希望されています。
故人のお人柄：元岡崎市役所職員。定年後は盆栽と孫3人の送り迎えが生きがい。口癖は「まあ、ええがね」。
進行：開式 → 読経・焼香 → 弔辞（町内会長 様）→ 弔電奉読 → 喪主挨拶 → 出棺 11:50
""")],
          personal=[("name", "杉浦 敏夫"), ("health", "肺がん（昨年春より緩和ケア病棟に入院"),
                    ("name", "杉浦 悟"), ("health", "統合失調症で入院中"),
                    ("name", "原田 美穂"), ("religion", "キリスト教（カトリック）")]))

    add(M(ORG, "kishimoto", "quoted", "hold", "sensitive.quoted_pregnancy_to_dress_shop",
          "The bride's quoted message about her pregnancy and suspected gestational diabetes is forwarded to an outside dress shop.",
          KISHI, [P("坂口 真由", "sakaguchi@dress-lumiere.example.jp")],
          "Fwd: ドレス2回目試着のご相談（3/22 小林様・前田様ご婚礼）",
          """
ドレスサロン ルミエール
坂口様

いつもありがとうございます。はなみずき迎賓館の岸本です。
3/22ご婚礼の新婦様から下記のご相談をいただきましたので、転送いたします。
当日お腹まわりに余裕のあるAラインかエンパイアで、再提案をお願いできますでしょうか。
2回目の試着は12/7（土）14時で仮押さえしております。

よろしくお願いいたします。
""" + SIG_KISHI + """

---------- Forwarded message ---------
From: 前田 沙織 <saori.maeda.0611@gmail.com>
Date: 2024年11月11日(月) 22:47
Subject: ドレス2回目試着のご相談
To: 岸本 玲奈 <r.kishimoto@hanamizuki-life.example.jp>

岸本さん

夜分にすみません、前田です。
実は先週わかったのですが妊娠していて、3月の式の頃には7か月くらいになるそうです。
妊娠糖尿病の疑いがあるとも言われていて、長時間立っているのがつらいかもしれません。
両家の親にはまだ伝えていないので、しばらくは内密にお願いします…。
決めていただいたマーメイドラインのドレスは難しいですよね。ご相談させてください。

前田 沙織
""",
          personal=[("name", "前田 沙織"), ("health", "妊娠していて、3月の式の頃には7か月くらい"),
                    ("health", "妊娠糖尿病の疑い"), ("email", "saori.maeda.0611@gmail.com")]))

    add(M(ORG, "morishita", "quoted", "hold", "id.quoted_driving_licence",
          "The forwarded heir's message carries his driving-licence number, birth date and home address to an outside scrivener.",
          MORI, [P("池田 崇 司法書士事務所", "ikeda@shiho-ikeda.example.jp")],
          "Fwd: 会員契約の承継について（故 村瀬 武 様）",
          """
池田先生

いつもお世話になっております。はなみずき互助会の森下です。
故 村瀬 武 様の会員契約（2口）の承継につきまして、相続人のご長男様から
下記のとおりご連絡をいただきました。
ご兄弟間で承継者について話がまとまっていないご様子で、承継届を受理してよいか
先生のご意見を伺いたく、そのまま転送いたします。
お手すきの際にお電話いただけますと幸いです。
""" + SIG_MORI + """

-------- Original Message --------
差出人: 村瀬 健一 <k.murase.family@outlook.com>
送信日時: 2024年11月8日 19:02
宛先: y.morishita@hanamizuki-life.example.jp
件名: Re: 会員契約の承継について

森下様

先日は父の件でお世話になりました。
ご依頼の本人確認の件、免許証の内容をお送りします。

　氏名：村瀬 健一
　生年月日：昭和47年5月3日
　住所：愛知県豊田市井上町7丁目112番地
　運転免許証番号：第505970828723号（有効期限 令和9年6月15日）

弟は会員権を解約して返戻金を分けたいと言っていますが、私は母の葬儀用に残したいと考えています。
よろしくお願いいたします。
""",
          personal=[("name", "村瀬 健一"), ("birth_date", "昭和47年5月3日"),
                    ("address", "愛知県豊田市井上町7丁目112番地"), ("drivers_licence", "505970828723")]))

    add(M(ORG, "saeki", "subject", "hold", "sensitive.subject_mourner_health",
          "Only the subject line tells the set-up contractor that the named chief mourner uses oxygen for COPD.",
          SAEKI, [P("杉山 大介", "sugiyama@setsuei-tokai.example.co.jp")],
          "【席配置変更】11/21 岩田 光子様（喪主）車椅子・在宅酸素（COPD）のため1列目通路側",
          """
東海イベント設営
杉山様

お世話になっております。はなみずき会館の佐伯です。
21日（木）の岩田家の式場設営について、1点だけ変更をお願いします。
1列目の通路側を2席分空けて、入口から動線を確保していただけますでしょうか。
その他は先日お送りした図面どおりで結構です。

お手数ですがよろしくお願いいたします。
""" + SIG_SAEKI,
          personal=[("name", "岩田 光子"), ("health", "車椅子・在宅酸素（COPD）")]))

    add(M(ORG, "morishita", "zip", "hold", "attachment.encrypted_zip",
          "A password-protected zip (PPAP) is attached.",
          MORI, [P("互助会保証株式会社 業務部 保全課", "hozen@gojo-hosho.example.co.jp")],
          "前受金保全 会員明細（10月末）送付",
          """
互助会保証株式会社
業務部 保全課 御中

いつも大変お世話になっております。
はなみずき互助会 会員サービスセンターの森下でございます。

10月末時点の前受金保全に係る会員明細をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせいたします。

ご査収のほど、よろしくお願い申し上げます。
""" + SIG_MORI,
          attachments=[enc_zip("前受金保全_会員明細_202410.zip")]))

    couples = [
        ("佐藤 翔太", "shota.sato.0428@gmail.com"), ("林 美咲", "misaki_hayashi@yahoo.co.jp"),
        ("酒井 大輝", "daiki.sakai88@gmail.com"), ("森 彩花", "ayaka.mori.wed@outlook.com"),
        ("水野 健人", "kento.mizuno@gmail.com"), ("服部 真央", "mao-hattori@yahoo.co.jp"),
        ("野口 悠真", "yuma.noguchi.1996@gmail.com"), ("竹内 莉子", "riko.takeuchi@outlook.com"),
        ("中島 蓮", "ren.nakajima.o@gmail.com"), ("安藤 結衣", "yui_ando_0715@yahoo.co.jp"),
        ("柴田 航", "wataru.shibata@gmail.com"), ("榊原 遥", "haruka.sakakibara@outlook.com"),
        ("小林 拓也", "takuya.kobayashi.k@gmail.com"),
    ]
    add(M(ORG, "kishimoto", "recipients", "hold", "recipients.couples_visible_in_to",
          "Thirteen couples' private addresses are visible to each other in To instead of BCC.",
          KISHI, [P(n, e) for n, e in couples],
          "【はなみずき迎賓館】ご成約の皆さまへ 冬の衣装フェアのご案内",
          """
ご成約いただいた皆さまへ

いつもはなみずき迎賓館をご愛顧いただき、誠にありがとうございます。
プランナーの岸本です。

12月14日（土）・15日（日）に、ご成約者さま限定の「冬の衣装フェア」を開催いたします。
提携サロン3社の新作ドレス・タキシード約80着をご試着いただけるほか、
当日ご予約の方には小物レンタル1点サービスの特典もご用意しております。

・時間：10:00～17:00（最終受付16:00）
・場所：はなみずき迎賓館 2階 ローズルーム
・ご予約：お電話または本メールへのご返信で承ります

おふたりのご来館を、スタッフ一同心よりお待ちしております。
""" + SIG_KISHI))

    # ---------------- PASSES ----------------
    add(M(ORG, "saeki", "body", "pass", "benign.temple_customer_invoice",
          "A temple (宗教法人) is simply billed for event flowers, with the company's own corporate account.",
          SAEKI, [JOKOJI], "秋季彼岸会 お供え花・本堂設営のご請求について",
          """
宗教法人 浄光寺
寺務所 御中
副住職 秋山様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
はなみずき会館の佐伯でございます。

先日の秋季彼岸会では、本堂の設営ならびにお供え花をご用命いただき、誠にありがとうございました。
檀家の皆さまにも多数お参りいただき、当社スタッフ一同、お手伝いできましたことを光栄に存じます。

ご請求につきまして、下記のとおりご案内申し上げます。

　請求書番号：HL-2410-0217
　内訳　　　：本堂設営一式 88,000円／お供え花（一対×4基） 66,000円
　合計　　　：154,000円（税込）
　お振込先　：三河中央信用金庫 本店営業部 当座 0213658
　　　　　　　口座名義 カ）ハナミズキライフ
　お支払期限：11月29日（金）

請求書の原本は本日郵送いたしました。
年末の除夜の鐘の際のテント設営につきましても、例年どおり承りますので、お気軽にお申し付けください。
""" + SIG_SAEKI))

    add(M(ORG, "saeki", "body", "pass", "benign.published_funeral_schedule",
          "The schedule repeats the published obituary (deceased, chief mourner, times) to the two contracted vendors; six addresses from two companies.",
          SAEKI, [KAORU[0], MIYABI[0]], "【施行連絡】故 杉本 勝 儀 通夜・葬儀日程",
          """
花工房かおる 丹羽様
割烹みやび 大橋様
（各社ご担当の皆さまCCにて失礼いたします）

お世話になっております。はなみずき会館の佐伯です。
下記のとおり施行が決まりましたのでご連絡いたします。
新聞のお悔やみ欄にも本日掲載されております。

■故 杉本 勝 儀（享年88）
　喪主　杉本 恵子 様（長女）
　通夜　11月17日（日）18:00～　はなみずき会館 岡崎中央 1階式場
　葬儀　11月18日（月）10:00～11:00　同会館
　宗旨　浄土宗（浄光寺様）

■花工房かおる様
　祭壇生花 Bプラン／供花 現時点で12基（追加は随時FAXします）
　搬入 17日 13:00まで

■割烹みやび様
　通夜振る舞い 30名分　17日 18:30
　精進落とし 24名分　18日 12:30 2階和室

駐車場は正面側が混み合いますので、搬入車両は裏手の搬入口をご利用ください。
以上、よろしくお願いいたします。
""" + SIG_SAEKI,
          cc=[KAORU[1], KAORU[2], MIYABI[1], MIYABI[2]]))

    add(M(ORG, "saeki", "subject", "pass", "benign.seasonal_infection_policy",
          "感染 and 隔離 describe the hall's general winter measures; nobody is named.",
          SAEKI, [JOKOJI, RYUUNJI], "【ご案内】冬季の感染症対策と会館ご利用時のお願い",
          """
各寺院 御中

平素は格別のご高配を賜り、誠にありがとうございます。
はなみずき会館の佐伯でございます。

インフルエンザ等の感染症が流行する時期となりましたので、
当会館の冬季の対策について、ご住職さま方にもご案内申し上げます。

１．通夜振る舞いは大皿をやめ、個別膳でのご提供といたします。
２．控室・式場は1時間ごとに換気を行います（読経中は行いません）。
３．体調のすぐれない方が出られた場合に備え、1階に隔離用の小控室を用意しております。
４．導師控室に加湿器と消毒液を置いております。ご自由にお使いください。

ご参列の皆さまへのお声がけにつきましても、ご協力を賜れますと幸いです。
何卒よろしくお願い申し上げます。
""" + SIG_SAEKI))

    add(M(ORG, "kishimoto", "zip", "pass", "benign.plain_zip_floorplans",
          "An ordinary unencrypted zip with venue plans and shooting notes goes to the contracted photographer.",
          KISHI, [P("スタジオひかり 松田 拓", "matsuda@studio-hikari.example.co.jp")],
          "3/22 小林家・前田家 会場図面と撮影ポイント",
          """
スタジオひかり
松田様

いつもお世話になっております。迎賓館の岸本です。
3/22の小林家・前田家のご婚礼について、会場図面と撮影ポイントをまとめてお送りします。
（zipで固めていますがパスワードはかけていません）

前回ご指摘いただいたチャペル2階の撮影位置、今回から使えるようになりました。
前撮りの日程はおふたりと調整中ですので、決まり次第ご連絡します。
""" + SIG_KISHI,
          attachments=[
              att("0322_会場資料.zip/会場図面_ローズルーム.pdf", """
はなみずき迎賓館 2階 ローズルーム 会場図面
定員：着席80名／立食120名
高砂：窓側中央　ケーキ入刀位置：高砂前
入口：東側両開き扉　控室：北側
照明操作盤：音響ブース内
"""),
              att("0322_会場資料.zip/撮影ポイント.txt", """
・チャペル：2階バルコニーからの撮影可（今回から）
・ガーデン：16時以降は逆光、集合写真は15時までに
・披露宴：キャンドルサービス中はストロボ不可
・NG：厨房内、他会場の控室
"""),
          ]))

    add(M(ORG, "morishita", "body", "pass", "benign.successor_introduction",
          "A staff successor introduction to the guarantee company with normal business signatures.",
          MORI, [P("互助会保証株式会社 業務部 保全課 栗山 智之", "kuriyama@gojo-hosho.example.co.jp")],
          "担当者変更のご挨拶（はなみずき互助会 会員サービスセンター）",
          """
互助会保証株式会社
業務部 保全課
栗山 智之 様

平素より大変お世話になっております。
はなみずき互助会 会員サービスセンターの森下 由香でございます。

このたび社内異動により、11月1日付で前任の川口 浩司に代わり、
貴社とのお取引窓口を担当させていただくことになりました。
川口は本社経理部に異動いたしましたが、引き続き社内におりますので、
過去の経緯などは私から確認のうえご回答いたします。

前受金保全の月次報告は、従来どおり毎月10日までにお送りする予定です。
近々ご挨拶に伺いたく存じますので、ご都合のよい日時をお知らせいただけますと幸いです。

今後とも何卒よろしくお願い申し上げます。
""" + SIG_MORI,
          cc=[P("川口 浩司", f"h.kawaguchi@{DOM}")]))

    members_bcc = [
        P("岡田 一郎", "ichiro.okada.51@yahoo.co.jp"), P("後藤 節子", "setsuko.goto@gmail.com"),
        P("長坂 実", "minoru.nagasaka@outlook.com"), P("浅井 久美子", "kumiko_asai@yahoo.co.jp"),
        P("天野 博", "hiroshi.amano.okz@gmail.com"), P("神谷 和子", "kazuko.kamiya@gmail.com"),
        P("内藤 昭", "akira.naito.1949@yahoo.co.jp"), P("伊奈 洋子", "yoko.ina@outlook.com"),
        P("都築 正", "tadashi.tsuzuki@gmail.com"), P("稲垣 悦子", "etsuko.inagaki@yahoo.co.jp"),
        P("本多 茂", "shigeru.honda.m@gmail.com"), P("太田 文子", "fumiko.ota.okazaki@gmail.com"),
        P("鳥居 勝", "masaru.torii@outlook.com"), P("今泉 幸子", "sachiko_imaizumi@yahoo.co.jp"),
        P("磯貝 修一", "shuichi.isogai@gmail.com"), P("深津 和代", "kazuyo.fukatsu@gmail.com"),
        P("石川 晃", "akira.ishikawa.57@yahoo.co.jp"), P("杉浦 典子", "noriko.sugiura.h@gmail.com"),
        P("河合 隆", "takashi.kawai.okz@outlook.com"), P("松井 和美", "kazumi.matsui@gmail.com"),
        P("青山 勇", "isamu.aoyama@yahoo.co.jp"), P("中根 久子", "hisako.nakane@gmail.com"),
        P("山本 武", "takeshi.yamamoto.1950@gmail.com"), P("三浦 照子", "teruko.miura@outlook.com"),
    ]
    add(M(ORG, "morishita", "recipients", "pass", "benign.newsletter_bcc",
          "The member newsletter goes to many private addresses, but all of them are in BCC.",
          MORI, [P("はなみずき互助会 会員サービスセンター", f"kaiin@{DOM}")],
          "はなみずき通信 冬号（メール配信版）",
          """
会員の皆さまへ

日ごろより、はなみずき互助会をご愛顧いただき誠にありがとうございます。
メール配信をご希望の会員さまへ「はなみずき通信 冬号」をお届けします。
※本メールは配信専用アドレス（BCC）でお送りしております。

■ 12月の会員さま感謝デー
　12月8日（日）10時～15時　はなみずき会館 岡崎中央
　終活セミナー「はじめてのエンディングノート」／お餅つき／生花の寄せ植え教室

■ 年末年始の営業について
　会員サービスセンターは12/29～1/3休業。ご葬儀のご依頼は24時間受け付けております。

■ ご住所・お電話番号が変わったら
　ご契約内容の確認のため、変更届のご提出をお願いいたします。

今年も一年、誠にありがとうございました。
""" + SIG_MORI,
          bcc=members_bcc))

    add(M(ORG, "kishimoto", "quoted", "pass", "benign.gift_shipping_tracking_chain",
          "Order numbers and 12-digit delivery tracking numbers in a reply chain with the gift supplier; no personal data.",
          KISHI, [P("ギフトハウス葵 水谷 健", "mizutani@gift-aoi.example.co.jp")],
          "Re: Re: 引出物 後日配送分の件（11/9 野田家・堀家様）",
          """
水谷様

ご確認ありがとうございます。岸本です。
追跡番号2件、いただきました。お客様には当方から「配送済み」とだけお伝えしておきます。
残り1件（注文番号 AO-24110931）は、先方のご都合で12/1以降の配達希望とのことですので、
日付指定でお願いできますでしょうか。

引き続きよろしくお願いいたします。
""" + SIG_KISHI + """

> 岸本様
>
> いつもお世話になっております。ギフトハウス葵の水谷です。
> 11/9 野田家・堀家様ご婚礼の後日配送分、本日2件を発送いたしました。
>
>   注文番号 AO-24110929　ヤマト運輸 送り状番号 4527-6762-7457
>   注文番号 AO-24110930　ヤマト運輸 送り状番号 481451198783
>
> 残り1件は在庫確保済みです。配達日のご指定があればお知らせください。
>
> ━━━━━━━━━━━━━━━━━━
> 株式会社ギフトハウス葵　法人営業部
> 水谷 健　TEL 052-908-3341
> ━━━━━━━━━━━━━━━━━━
>
>> 水谷様
>> 先日はありがとうございました。岸本です。
>> 野田家・堀家様の後日配送分（3件）の発送状況を教えていただけますか。
>> よろしくお願いいたします。
"""))

    add(M(ORG, "morishita", "body", "pass", "benign.own_contract_statement",
          "A member's own contract details are sent only to that member at her request.",
          MORI, [P("浅野 恵美子", "emiko.asano.62@gmail.com")],
          "ご契約内容のご案内（お問い合わせの件）",
          """
浅野 恵美子 様

このたびはお問い合わせいただき、誠にありがとうございます。
はなみずき互助会 会員サービスセンターの森下でございます。
お電話でご依頼いただきました、ご契約内容をご案内いたします。

　会員番号　：HM-0402279
　コース　　：ゆり50（月掛 2,500円 × 200回）
　払込状況　：128回 払込済（320,000円）
　ご登録住所：愛知県岡崎市六名本町5-17
　ご登録電話：0564-53-2094

ご登録住所・お電話番号に変更がございましたら、お手数ですが本メールへご返信ください。
また、ご家族さまへの名義変更をご希望の場合は、変更届をお送りいたします。
今後ともどうぞよろしくお願いいたします。
""" + SIG_MORI))

    add(M(ORG, "saeki", "body", "pass", "benign.corporate_funeral_quote",
          "A 社葬 quotation to a company's general affairs; the honorary chairman's death was announced publicly and the 法人番号 is a company number.",
          SAEKI, [P("株式会社三河精機 総務部 渡辺 修", "o.watanabe@mikawa-seiki.example.co.jp")],
          "【お見積】故 名誉会長 社葬（お別れの会）について",
          """
株式会社三河精機
総務部 部長 渡辺 修 様

このたびは、名誉会長 竹中 宗一郎 様のご逝去に際し、謹んでお悔やみ申し上げます。
また、お別れの会の施行につきましてご用命を賜り、誠にありがとうございます。

お打合せの内容をもとに、お見積書を作成いたしました。

　見積番号　：HL-Q-2411-044
　宛名　　　：株式会社三河精機 様（法人番号 6180301012345）
　形式　　　：お別れの会（無宗教・献花形式）
　日時　　　：12月6日（金）13:00～15:00
　会場　　　：はなみずき会館 岡崎中央 大ホール（着席300席）
　概算合計　：2,860,000円（税込・飲食別途）

新聞社への告知文案は、明日中に別途お送りいたします。
献花用の白菊・カーネーションは計600本で見込んでおります。
ご不明な点がございましたら、何なりとお申し付けください。
""" + SIG_SAEKI))

    add(M(ORG, "kishimoto", "attachment", "pass", "benign.gift_catalog_jan_katakana",
          "A gift catalogue with JAN codes and katakana product names (エマ, ハンナ, ソフィア) sent to the couple themselves.",
          KISHI, [P("小林 拓也", "takuya.kobayashi.k@gmail.com")],
          "引出物カタログ（2025春）をお送りします",
          """
小林様

先日はご来館ありがとうございました。岸本です。
お話に出ていた引出物の候補を、カタログの抜粋でお送りします。
前田様ともご相談のうえ、12月中旬ごろまでにお決めいただければ十分間に合います。

個人的には「ハンナ」の今治タオルと「ソフィア」のペアグラスが人気です。
ご不明な点があればいつでもどうぞ。
""" + SIG_KISHI,
          attachments=[att("引出物カタログ_2025春_抜粋.xlsx", """
[引出物]
品番	商品名	JANコード	税込価格	のし
HG-101	今治フェイスタオル ハンナ 3枚組	4562309871012	3300	可
HG-118	ペアグラス ソフィア	4562309871180	4400	可
HG-122	バスタオル エマ（ブルー）	4562309871227	5500	可
HG-140	ドリップコーヒー アンナ 20袋	4562309871401	3850	可
HG-155	カタログギフト リリー コース	4562309871555	5800	可
""")]))

    return out
