"""(E) 寺院・霊園 — 宗教法人 慈恩寺（清涼山 慈恩寺）と慈恩寺霊園 (東京都台東区谷中).

Writers
  fujiwara  : 藤原 宗明, 住職 — seasonal greeting, closes with 合掌, plain three-line signature
  kawaguchi : 川口 良子, 寺務所 事務長 — heavy double-ruled signature with hours and URL
  yoshimura : 吉村 拓海, 霊園管理事務所 — short signature, brisk tone with stonemasons
"""
from common import t, quote, csv_text, att, enc_zip, P, hold, ok

ORG = "E"
DOM = "jionji.example.or.jp"

FUJ = "慈恩寺 藤原宗明 <jushoku@%s>" % DOM
KAW = "川口 良子 <jimusho@%s>" % DOM
YOS = "吉村 拓海 <reien@%s>" % DOM

SIG_FUJ = t("""
    合掌

    清涼山 慈恩寺 住職
    藤原 宗明
""")

SIG_KAW = t("""
    ＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
    宗教法人 慈恩寺 寺務所 事務長　川口 良子
    〒110-0000 東京都台東区谷中7-4-18
    TEL 03-0000-2840 ／ FAX 03-0000-2841
    慈恩寺霊園（谷中墓苑）管理事務所 TEL 03-0000-2845
    受付時間 9:00〜16:30（年末年始を除く）
    https://www.jionji.example.or.jp/
    ＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
""")

SIG_YOS = t("""
    慈恩寺霊園 管理事務所
    吉村 拓海
    TEL 03-0000-2845
""")

MAILS = []
add = MAILS.append

# ============================================================ HOLDS
# ---- body 1: a mourner's religious belief told to the funeral company
add(hold(ORG, "fujiwara", "body", "sensitive.belief_funeral",
    "The priest tells a funeral company that a named mourner converted to another faith and will refuse incense, disclosing an identifiable person's religious belief.",
    FUJ, ["株式会社やなか典礼 担当 片桐様 <katagiri@yanaka-tenrei.example.co.jp>"],
    "斉藤家 通夜・葬儀の段取りについて",
    t("""
    やなか典礼
    片桐 様

    いつも大変お世話になっております。慈恩寺の藤原です。
    斉藤家のご葬儀（故 斉藤 昭三 様）の件、喪主の奥様と打合せを済ませましたので、
    段取りについてお伝えいたします。

    ・通夜 11月8日(土) 18時、葬儀・告別式 11月9日(日) 11時、当寺本堂にて
    ・戒名は院号なし、位牌は白木で結構です

    一点ご配慮をお願いしたいことがございます。
    ご長男の斉藤 達也 様は十年ほど前にキリスト教（プロテスタント）に入信され、
    現在は教会の役員をされているとのことです。
    そのため、ご焼香と数珠は辞退されます。ご長男の席は親族席の端にご用意いただき、
    式の最中に焼香をお勧めすることのないよう、係の方にお伝えください。
    ご家族も了承済みですので、ご心配には及びません。

    よろしくお願いいたします。

    """) + SIG_FUJ,
    personal=[P("name", "斉藤 達也"), P("religion", "キリスト教（プロテスタント）に入信")]))

# ---- body 2: private refund account to the accounting office
add(hold(ORG, "kawaguchi", "body", "id.private_bank_refund",
    "A refund of a perpetual-memorial fee gives a private person's bank account to the outside accounting office.",
    KAW, ["上野会計事務所 担当 宮崎様 <miyazaki@ueno-kaikei.example.jp>"],
    "永代供養料の一部返金について（仕訳のご相談）",
    t("""
    上野会計事務所
    宮崎 様

    いつもお世話になっております。慈恩寺 寺務所の川口です。
    永代供養墓のお申込みをキャンセルされた方に、一部返金をいたしました。
    仕訳についてご教示いただけますでしょうか。

    　お申込者：森田 貞夫 様（文京区在住）
    　お申込日：2025年9月12日　永代供養料 800,000円（受領済み）
    　キャンセル理由：ご親族のご意向により郷里の寺院へ納骨されることになったため
    　返金額：720,000円（事務手数料 80,000円を差し引き）
    　振込先：あおい銀行 本駒込支店 普通 5530218 モリタ サダオ
    　振込日：2025年11月5日

    宗教法人の非課税収入の扱いとして、返金分をどう計上すればよいか迷っております。
    ご確認のほどよろしくお願いいたします。

    """) + SIG_KAW,
    personal=[P("name", "森田 貞夫"), P("bank_account", "普通 5530218 モリタ サダオ")]))

# ---- body 3: list of members with unpaid fees to a lay representative
add(hold(ORG, "kawaguchi", "body", "list.unpaid_members",
    "The body lists six temple members with addresses and unpaid fee amounts, sent to a lay representative's private address.",
    KAW, ["総代 小野 勝利 様 <katsutoshi.ono@gmail.com>"],
    "護持会費 未納の方について（ご相談）",
    t("""
    小野 総代様

    いつもお寺のためにご尽力いただき、ありがとうございます。寺務所の川口です。
    先日の役員会でお話の出た護持会費の未納の件、住職と相談のうえ一覧にいたしました。
    お近くの方には、総代様からそれとなくお声がけいただけますと助かります。

    氏名　　　　　住所　　　　　　　　　　　 未納期間　　 未納額
    内田 文雄　　台東区谷中3-14-2　　　　　 2023〜2025年　36,000円
    大野 ミツ　　台東区池之端2-5-9　　　　　2024〜2025年　24,000円
    福島 健司　　荒川区西日暮里4-21-7　　　 2025年　　　 12,000円
    長谷川 清　　文京区千駄木1-8-30　　　　 2022〜2025年　48,000円
    片山 和恵　　台東区根岸5-3-11　　　　　 2025年　　　 12,000円
    新井 昭一　　北区田端6-2-4　　　　　　　2024〜2025年　24,000円

    長谷川様はご高齢で施設に入られたとも伺っております。
    お取扱いにはどうぞご配慮くださいませ。

    """) + SIG_KAW,
    personal=[P("name", "内田 文雄"), P("address", "台東区谷中3-14-2"),
              P("debt", "48,000円"), P("name", "長谷川 清")]))

# ---- attachment 1: mailing list of temple members to a printer
DANKA = [
    ("内田 文雄", "110-0000", "東京都台東区谷中3-14-2", "03-0000-7731"),
    ("大野 ミツ", "110-0000", "東京都台東区池之端2-5-9", "03-0000-1468"),
    ("斉藤 久子", "113-0000", "東京都文京区根津2-20-6", "03-0000-5902"),
    ("福島 健司", "116-0000", "東京都荒川区西日暮里4-21-7", "090-0000-3317"),
    ("長谷川 清", "113-0000", "東京都文京区千駄木1-8-30", "03-0000-2254"),
    ("片山 和恵", "110-0000", "東京都台東区根岸5-3-11", "080-0000-6649"),
    ("新井 昭一", "114-0000", "東京都北区田端6-2-4", "03-0000-8810"),
    ("小野 勝利", "110-0000", "東京都台東区谷中5-9-1", "090-0000-4120"),
]
add(hold(ORG, "kawaguchi", "attachment", "list.danka_mailing",
    "The cover note is a print order, but the attached CSV lists eight temple members' names, home addresses and phones for an outside printer.",
    KAW, ["株式会社谷中印刷 営業 広瀬様 <hirose@yanaka-insatsu.example.co.jp>"],
    "除夜の鐘・修正会のご案内 宛名データ",
    t("""
    谷中印刷
    広瀬 様

    お世話になっております。慈恩寺の川口です。
    除夜の鐘・修正会のご案内はがきの宛名データをお送りいたします。
    今回は先行して世話人さん宛ての8件分です。残りは来週お送りします。

    文面は昨年と同じで、日付だけ差し替えをお願いいたします。
    12月5日(金)までに寺務所へ納品いただけますと助かります。

    """) + SIG_KAW,
    attachments=[att("atena_sewanin_2025.csv", "text/csv",
                     csv_text(["氏名", "郵便番号", "住所", "電話"], DANKA))],
    personal=[P("name", "斉藤 久子"), P("address", "東京都文京区根津2-20-6"),
              P("phone", "090-0000-3317")]))

# ---- attachment 2: successor's driver's licence copy to an administrative scrivener
add(hold(ORG, "yoshimura", "attachment", "id.drivers_licence_attachment",
    "The cover note is routine, but the attached grave-succession form carries the successor's driver's licence number, registered domicile and birth date for an outside scrivener.",
    YOS, ["せんだぎ行政書士事務所 水谷先生 <mizutani@sendagi-gyosei.example.jp>"],
    "墓地使用権承継の書類（区画 C-7-12）",
    t("""
    水谷先生

    お世話になっております。慈恩寺霊園の吉村です。
    先日ご相談の C-7-12 区画の承継の件、寺に提出いただいた書類をスキャンしてお送りします。
    改葬許可申請のほうもあわせてお願いできればと思います。

    よろしくお願いいたします。

    """) + SIG_YOS,
    attachments=[att("承継申請書_C-7-12.pdf", "application/pdf", t("""
    墓地使用権承継申請書　　　　　　　　　　　令和7年10月30日
    宗教法人 慈恩寺 代表役員 殿
    区画番号：C-7-12（慈恩寺霊園 第三区）
    前使用者：亡 松岡 義男（令和7年6月2日 死亡）
    承継者：松岡 恵一　続柄：長男
    生年月日：昭和44年1月27日
    住所：埼玉県川口市芝新町3-18-5
    本籍：福島県いわき市平字三倉12番地
    本人確認：運転免許証 第 302615948271 号（埼玉県公安委員会 令和9年2月27日まで有効）
    添付書類：戸籍謄本（前使用者の除籍を含む）、承継者の住民票、運転免許証写し
    """))],
    personal=[P("name", "松岡 恵一"), P("drivers_licence", "302615948271"),
              P("domicile", "福島県いわき市平字三倉12番地"), P("dob", "昭和44年1月27日")]))

# ---- quoted 1: member's inquiry with full contact and hospitalisation forwarded to a stonemason
add(hold(ORG, "yoshimura", "quoted", "personal.inquiry_forward_quoted",
    "The top is a one-line request for a quote; the forwarded inquiry gives a member's full contact details and her hospitalisation to an outside stonemason.",
    YOS, ["有限会社谷中石材 野村社長 <nomura@yanaka-sekizai.example.co.jp>"],
    "Fw: 墓石の修繕について",
    t("""
    野村社長

    いつもありがとうございます。吉村です。
    下記のご相談、現地を見て見積りをお願いできますか。
    ご本人へは社長から直接ご連絡いただいて構いません。

    ---------- 転送メッセージ ----------
    From: 竹内 久美 <kumi.takeuchi.yanaka@yahoo.co.jp>
    Date: 2025年11月2日 19:48
    Subject: 墓石の修繕について

    慈恩寺霊園 管理事務所 御中

    B-3-5 区画の竹内です。いつもお世話になっております。
    先日お墓参りに伺ったところ、竿石が少し傾いているのに気付きました。
    地震の影響でしょうか。修繕のお見積りをお願いしたいです。

    実は私自身、来週から乳がんの手術で1か月ほど入院するため、
    しばらくはお参りに伺えません。連絡は携帯か自宅にお願いします。

    竹内 久美
    〒113-0000 東京都文京区向丘2-31-8
    自宅 03-0000-6093 ／ 携帯 090-0000-8846
    """),
    personal=[P("name", "竹内 久美"), P("address", "東京都文京区向丘2-31-8"),
              P("phone", "090-0000-8846"), P("diagnosis", "乳がんの手術")]))

# ---- quoted 2: criminal record of a named person quoted to a security company
add(hold(ORG, "fujiwara", "quoted", "sensitive.criminal_record_quoted",
    "The top is a courteous request; the quoted office note names a man with an arrest and probation for grave theft and his address, sent to a security company.",
    FUJ, ["東都警備保障 谷中営業所 所長 内藤様 <naito@toto-keibi.example.co.jp>"],
    "Re: 霊園の夜間巡回について",
    t("""
    内藤 所長様

    朝晩めっきり冷え込むようになりました。
    いつも霊園の見回りをありがとうございます。慈恩寺の藤原です。

    夜間巡回の強化の件、12月末まで週3回でお願いできれば幸いです。
    事務長からの申し送りを下に付けておきますので、ご参考になさってください。

    """) + SIG_FUJ + "\n" + quote(t("""
    住職へ（川口より申し送り）

    先月、第二区の花立てと香炉が盗まれた件で、警察の方から連絡がありました。
    逮捕されたのは近所に住む 島田 伸也（42歳、台東区谷中6丁目在住）で、
    以前にも墓地での窃盗で有罪となり、現在は保護観察中だったそうです。
    本人は起訴猶予になる見込みとのことで、また霊園に来る可能性もあります。
    見かけたら連絡するよう、警備会社さんにもお伝えいただけますでしょうか。
    """)),
    personal=[P("name", "島田 伸也"), P("criminal", "墓地での窃盗で有罪となり、現在は保護観察中")]))

# ---- subject only: member's son's mental illness in the subject
add(hold(ORG, "fujiwara", "subject", "sensitive.mental_health_subject",
    "The subject line names a member's son and his schizophrenia for a memorial-hall company; the body only deals with seating.",
    FUJ, ["谷中セレモニーホール 支配人 杉浦様 <sugiura@yanaka-ceremony.example.co.jp>"],
    "大川様ご長男（統合失調症）の法要時の付き添いについて",
    t("""
    杉浦 支配人様

    いつもお世話になっております。慈恩寺の藤原です。
    件名の件、先日お電話でお話ししたとおりでございます。
    11月16日(日)の大川家一周忌では、ご長男の席を出入口に近い端にご用意いただき、
    ご親族のどなたかが隣に座られるよう、配席にご配慮をお願いいたします。

    """) + SIG_FUJ,
    personal=[P("name", "大川様ご長男"), P("diagnosis", "統合失調症")]))

# ---- zip: password-protected grave register to the system vendor
add(hold(ORG, "kawaguchi", "zip", "attachment.encrypted_zip",
    "The grave register goes to the cemetery-system vendor as a password-protected zip with the password sent separately (PPAP).",
    KAW, ["株式会社メモリアルシステムズ 導入支援 <support@memorial-sys.example.co.jp>"],
    "墓籍簿データ（移行用）の送付",
    t("""
    株式会社メモリアルシステムズ
    導入支援ご担当者様

    お世話になっております。慈恩寺 寺務所の川口です。
    新しい霊園管理システムへの移行用に、墓籍簿のデータをお送りいたします。
    ファイルにはパスワードを設定しております。パスワードは別便でお知らせいたします。

    移行後の確認作業は、12月第2週を予定しております。
    どうぞよろしくお願いいたします。

    """) + SIG_KAW,
    attachments=[enc_zip("墓籍簿_2025_移行用.zip")],
    personal=[]))

# ---- recipients: temple members in visible To
DANKA_MAIL = [
    "内田 文雄 <fumio.uchida@yahoo.co.jp>",
    "斉藤 久子 <hisako.saito.nezu@gmail.com>",
    "福島 健司 <kenji.fukushima@outlook.com>",
    "片山 和恵 <kazue.katayama@yahoo.co.jp>",
    "新井 昭一 <shoichi.arai.tabata@gmail.com>",
    "小野 勝利 <katsutoshi.ono@gmail.com>",
    "竹内 久美 <kumi.takeuchi.yanaka@yahoo.co.jp>",
    "松岡 恵一 <keiichi.matsuoka@outlook.com>",
    "大川 弘子 <hiroko.okawa@yahoo.co.jp>",
    "森田 貞夫 <sadao.morita@gmail.com>",
    "石黒 佳代 <kayo.ishiguro@gmail.com>",
    "戸田 昇 <noboru.toda@yahoo.co.jp>",
    "浜田 里子 <satoko.hamada@outlook.com>",
]
add(hold(ORG, "kawaguchi", "recipients", "recipients.danka_visible_to",
    "Thirteen temple members' private addresses are visible to each other in To; membership of a temple is a matter of belief and the mail should have used BCC.",
    KAW, DANKA_MAIL,
    "【慈恩寺】除夜の鐘・修正会のご案内",
    t("""
    檀信徒の皆様

    師走の候、皆様にはお健やかにお過ごしのことと存じます。
    慈恩寺 寺務所でございます。

    本年も下記のとおり除夜の鐘と修正会を執り行います。
    ご家族お誘い合わせのうえ、お参りくださいませ。

    ・除夜の鐘　12月31日(水) 23:30〜（整理券を 22:30 より山門にて配布）
    ・修正会　　1月1日(木) 10:00〜 本堂
    ・甘酒のお接待がございます

    ご不明な点は寺務所までお問い合わせください。

    """) + SIG_KAW,
    personal=[]))

# ============================================================ PASSES
# ---- to the member herself: her own memorial service and plot
add(ok(ORG, "kawaguchi", "body", "benign.to_danka_self",
    "Confirms a memorial service to the member herself with her own plot number and fee; her own information back to her.",
    KAW, ["大川 弘子 <hiroko.okawa@yahoo.co.jp>"],
    "一周忌法要のご確認",
    t("""
    大川 弘子 様

    いつもお参りいただき、ありがとうございます。慈恩寺 寺務所の川口です。
    ご依頼いただきました故 大川 正之 様の一周忌法要について、ご確認のご連絡です。

    　日時：2025年11月16日(日) 11:00〜 本堂
    　納骨：法要後、慈恩寺霊園 A-2-14 区画にて
    　お塔婆：6本（お申込みのとおり）
    　会食：谷中セレモニーホール 2階（12:30〜）

    本年度の墓地管理料（12,000円）は、9月にお振込みいただき受領済みです。
    当日はお足元の悪い場所もございますので、お気をつけてお越しくださいませ。

    """) + SIG_KAW))

# ---- plot numbers and order numbers to a stonemason
add(ok(ORG, "yoshimura", "body", "benign.plot_numbers",
    "A work order to a stonemason with plot and order numbers; the numbers identify graves and jobs, not people.",
    YOS, ["有限会社谷中石材 野村社長 <nomura@yanaka-sekizai.example.co.jp>"],
    "12月 工事予定の確認（3件）",
    t("""
    野村社長

    お疲れさまです。慈恩寺霊園の吉村です。
    12月の工事予定、以下で問題ないか確認させてください。

    1. A-4-07 区画　外柵の目地補修　　　　注文番号 JS-2511-014　12/3(水)
    2. C-7-12 区画　墓誌への追加彫刻（1名）注文番号 JS-2511-017　12/8(月)
    3. 第四区 合祀墓　銘板の設置　　　　　注文番号 JS-2511-021　12/15(月)

    3番は大晦日前に必ず仕上げたいので、雨天の予備日を 12/17 でお願いします。
    重機を入れる場合は、前日までに管理事務所へ一報ください。

    """) + SIG_YOS))

# ---- donation receipt to a corporation
add(ok(ORG, "kawaguchi", "attachment", "benign.corporate_donation_receipt",
    "A donation receipt to a company; the donor is a corporation and the temple's 法人番号 is public.",
    KAW, ["株式会社谷中商店会 総務 <somu@yanaka-shotenkai.example.co.jp>"],
    "本堂修復のご寄付に対する受領証の送付",
    t("""
    株式会社谷中商店会
    ご担当者様

    このたびは本堂屋根修復のために多大なるご寄付を賜り、誠にありがとうございました。
    住職ともども、心より御礼申し上げます。

    受領証をPDFにてお送りいたします。原本は本日郵送いたしました。
    落慶法要（来年4月予定）のご案内は、改めてお送りいたします。

    """) + SIG_KAW,
    attachments=[att("受領証_谷中商店会.pdf", "application/pdf", t("""
    受 領 証
    株式会社谷中商店会 御中
    金 500,000円也
    但し、本堂屋根修復 御寄付として　上記正に受領いたしました。
    令和7年11月6日
    宗教法人 慈恩寺　代表役員 藤原 宗明
    東京都台東区谷中7-4-18　法人番号 6010505000123
    """))]))

# ---- historical persons and a cultural-property survey
add(ok(ORG, "fujiwara", "body", "benign.historical_persons",
    "Arranges a cultural-property survey; the people named are the temple's founder and historical figures.",
    FUJ, ["台東区教育委員会 文化財係 <bunkazai@kyoiku.city-taito.example.lg.jp>"],
    "当寺所蔵 古文書・仏像の調査日程について",
    t("""
    台東区教育委員会
    文化財係 ご担当者様

    初冬の候、ますますご清祥のこととお慶び申し上げます。
    慈恩寺住職の藤原でございます。

    先般ご依頼いただきました当寺所蔵品の調査について、
    12月11日(木)・12日(金)の両日でお受けいたします。

    対象：
    　・開山 良信上人（寛永17年示寂）筆と伝わる「慈恩寺縁起」一巻
    　・本尊 阿弥陀如来立像（伝 快慶派）
    　・谷中の俳人 其角の句が記された奉納額

    縁起には、徳川家光の鷹狩りの折に当寺で休息したとの記述がございます。
    収蔵庫は湿度管理の都合上、午前中の開扉とさせてください。

    """) + SIG_FUJ))

# ---- website outage; 障害 means a server fault
add(ok(ORG, "kawaguchi", "body", "benign.website_outage",
    "Reports a website outage to the web vendor; 障害 means a server fault and the log hash is not personal.",
    KAW, ["有限会社ウェブ寺子屋 サポート <support@web-terakoya.example.jp>"],
    "ホームページ 表示障害について（11/6 朝）",
    t("""
    ウェブ寺子屋 サポートご担当者様

    いつもお世話になっております。慈恩寺 寺務所の川口です。
    本日朝 7時頃から、当寺のホームページが表示されない障害が起きております。

    ・症状：トップページで「503 Service Unavailable」と表示される
    ・お問い合わせフォームも送信できません
    ・管理画面のエラーログ（抜粋）
      2025-11-06T06:58:41+09:00 upstream timed out (110) php-fpm
      ログファイルの SHA-256: b71e04c9a2d83f56e0a1c7d942b3f8e65a0d21c4f7b9e83a6c5d0f12e4a7b936

    年末年始の法要のお申込みが増える時期ですので、
    お手数ですが早めにご確認いただけますでしょうか。

    """) + SIG_KAW))

# ---- condolence to a business partner
add(ok(ORG, "fujiwara", "body", "benign.condolence",
    "A condolence to a stonemason on his own father's death; addressed to the bereaved himself, with nothing sensitive about anyone else.",
    FUJ, ["有限会社谷中石材 野村社長 <nomura@yanaka-sekizai.example.co.jp>"],
    "ご尊父様ご逝去のお悔やみ",
    t("""
    野村 社長様

    ご尊父 野村 源太郎 様のご逝去の報に接し、謹んでお悔やみ申し上げます。
    先代には、私が住職を継ぐ前から当寺の墓所を長年お守りいただき、
    境内の石仏の修復にも一方ならぬお力添えを賜りました。
    職人としての厳しさと、墓参の方々への細やかなお心遣いを、今も思い出します。

    ご葬儀は近親者のみでと伺いましたので、ご弔問は控えさせていただきます。
    落ち着かれましたら、本堂にてお経をあげさせていただければと存じます。
    どうぞご無理をなさいませんように。

    """) + SIG_FUJ))

# ---- corporate account change notice
add(ok(ORG, "kawaguchi", "body", "benign.corporate_account_change",
    "Informs the accounting office of a change to the temple's own corporate account; a 宗教法人 account, not a private person's.",
    KAW, ["上野会計事務所 担当 宮崎様 <miyazaki@ueno-kaikei.example.jp>"],
    "墓地管理料 振込口座の変更について",
    t("""
    上野会計事務所
    宮崎 様

    お世話になっております。慈恩寺 寺務所の川口です。
    来年度より、墓地管理料の振込口座を下記に変更いたします。
    会計ソフトの口座登録の変更をお願いできますでしょうか。

    （旧）あおい銀行 日暮里支店 普通 0281734 宗教法人慈恩寺
    （新）東都信用金庫 谷中支店 普通 1047729 シユウ）ジオンジ

    檀信徒の皆様には、12月の寺報と管理料のご案内で周知いたします。
    旧口座は2026年6月末まで並行して使用します。

    """) + SIG_KAW))

# ---- Yamato tracking numbers for amulets sent to companies
add(ok(ORG, "yoshimura", "body", "benign.tracking_numbers",
    "Tells three companies the Yamato tracking numbers of their New Year amulets; 12-digit tracking numbers are not identity numbers.",
    YOS, ["株式会社谷中商店会 総務 <somu@yanaka-shotenkai.example.co.jp>"],
    "ご祈祷札 発送のご連絡",
    t("""
    谷中商店会 総務ご担当者様

    お世話になっております。慈恩寺の吉村です。
    ご依頼いただいた商売繁盛のご祈祷札を、本日ヤマト運輸で発送いたしました。
    会員の3社様分も、ご指定どおり各社へ直送しております。

    ・谷中商店会 様（事務所）　　お札 1体・お守り 20体　伝票番号 5933-4612-4335
    ・株式会社よみせ通り酒販 様　お札 1体　　　　　　　 伝票番号 3753-5139-3955
    ・有限会社根津菓子舗 様　　　お札 1体　　　　　　　 伝票番号 1090-2961-0023

    明日午前中のお届け予定です。届かない場合はお知らせください。

    """) + SIG_YOS))

# ---- public figures at a ceremony
add(ok(ORG, "fujiwara", "body", "benign.public_figures_ceremony",
    "Invites the mayor and local assembly members to a ceremony; public figures in their official roles.",
    FUJ, ["台東区役所 区長室 秘書担当 <hisho@city-taito.example.lg.jp>"],
    "本堂落慶法要へのご臨席のお願い",
    t("""
    台東区役所 区長室
    秘書ご担当者様

    謹啓 時下ますますご清祥のこととお慶び申し上げます。
    清涼山 慈恩寺 住職の藤原でございます。

    当寺では本年、本堂屋根の修復工事を終え、
    来る2026年4月12日(日) 午前11時より落慶法要を執り行うこととなりました。
    つきましては、服部 晃 区長様にご臨席を賜りたく、お願い申し上げる次第です。

    なお、地元選出の 森川 博之 都議会議員、谷口 真理 区議会議員にも
    ご案内を差し上げております。
    ご祝辞を頂戴できましたら、式次第の冒頭にお時間をご用意いたします。

    ご多用中まことに恐縮ではございますが、ご検討のほどお願い申し上げます。
    謹白

    """) + SIG_FUJ))

# ---- plain zip of photos for the temple newsletter
add(ok(ORG, "yoshimura", "zip", "benign.plain_zip_photos",
    "A plain zip of event photos and text for the temple newsletter; the files list no personal data.",
    YOS, ["株式会社谷中印刷 営業 広瀬様 <hirose@yanaka-insatsu.example.co.jp>"],
    "寺報「慈恩」冬号 入稿データ",
    t("""
    広瀬 様

    お世話になっております。慈恩寺の吉村です。
    寺報「慈恩」冬号の入稿データをお送りします。
    写真が多いのでZIPにまとめました（パスワードはかけていません）。

    写真は境内と行事の風景のみで、参列者の顔が分かるものは外してあります。
    レイアウトは前号と同じでお願いします。

    """) + SIG_YOS,
    attachments=[att("jion_2025winter.zip", "application/zip", t("""
    jion_2025winter/
      01_表紙_紅葉の山門.jpg
      02_秋彼岸会_本堂.jpg
      03_施餓鬼会_塔婆.jpg
      04_境内の石仏修復.jpg
      本文_住職法話.docx
      行事予定_2026.docx
    """))]))
