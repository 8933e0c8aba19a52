# Fixed writers and signatures (one block per writer, never varied)

SIG = {}

SAKAMAKI = "坂巻 亮 <sakamaki.r@takamine-kensetsu.co.jp>"
SIG["sakamaki"] = """──────────────────────────
株式会社 高嶺建設　安全環境部
課長　坂巻 亮（さかまき りょう）
〒330-0854 埼玉県さいたま市大宮区桜木町4-211-3
TEL 048-640-2215　FAX 048-640-2216
sakamaki.r@takamine-kensetsu.co.jp
──────────────────────────"""
SIG["sakamaki_en"] = """--
Ryo Sakamaki
Manager, Safety & Environment Dept.
Takamine Kensetsu Co., Ltd.
4-211-3 Sakuragicho, Omiya-ku, Saitama 330-0854, Japan
Tel +81-48-640-2215
sakamaki.r@takamine-kensetsu.co.jp"""

MIWA = "三輪 由紀子 <miwa.y@takamine-kensetsu.co.jp>"
SIG["miwa"] = """--
高嶺建設（株）安全環境部 安全衛生課
三輪 由紀子
TEL 048-640-2218（直通）
miwa.y@takamine-kensetsu.co.jp"""

OKOUCHI = "大河内 毅 <okouchi.t@takamine-kensetsu.co.jp>"
SIG["okouchi"] = """高嶺建設 大宮北ﾋﾞﾙ新築工事作業所
所長 大河内
TEL 048-783-0912（作業所）
okouchi.t@takamine-kensetsu.co.jp"""

ONODERA = "小野寺 佳代 <onodera@hidamari-mori.or.jp>"
SIG["onodera"] = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
社会福祉法人ひだまり会
幼保連携型認定こども園 ひだまりの森
園長　小野寺 佳代
〒020-0866 岩手県盛岡市本宮5丁目8-21
TEL 019-601-3380　FAX 019-601-3381
onodera@hidamari-mori.or.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""
SIG["onodera_en"] = """Kayo Onodera
Principal, Hidamari no Mori Certified Centre for Early Childhood Education and Care
5-8-21 Motomiya, Morioka, Iwate 020-0866, Japan
Tel +81-19-601-3380
onodera@hidamari-mori.or.jp"""

HIDAKA = "日高 聡 <hidaka@hidamari-mori.or.jp>"
SIG["hidaka"] = """----------
認定こども園ひだまりの森　事務長　日高 聡
TEL 019-601-3380（代）
hidaka@hidamari-mori.or.jp
----------"""

HIMURO = "氷室 慎也 <himuro@seitosha-books.co.jp>"
SIG["himuro"] = """━━━━━━━━━━━━━━━━━━━━
株式会社青灯社　文芸第二編集部
氷室 慎也　Shinya Himuro
〒101-0051 東京都千代田区神田神保町2-14-7 青灯社ビル4F
TEL 03-5213-4470（編集部直通）
himuro@seitosha-books.co.jp
━━━━━━━━━━━━━━━━━━━━"""

KIRYU = "Madoka Kiryu <kiryu@seitosha-books.co.jp>"
KIRYU_JA = "桐生 まどか <kiryu@seitosha-books.co.jp>"
SIG["kiryu"] = """桐生 まどか / Madoka Kiryu
Rights & Contracts, Seitosha Publishing Co., Ltd.
株式会社青灯社　ライツ・契約課
2-14-7 Kanda-Jimbocho, Chiyoda-ku, Tokyo 101-0051
T: +81-3-5213-4482
kiryu@seitosha-books.co.jp"""

MIYATAKE = "宮武 翔太 <miyatake@michikusa-travel.co.jp>"
SIG["miyatake"] = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
株式会社みちくさトラベル　団体旅行営業部
宮武 翔太（みやたけ しょうた）
観光庁長官登録旅行業第2089号／JATA正会員
〒460-0008 名古屋市中区栄3-22-5 栄みちくさビル6F
TEL 052-262-7015　FAX 052-262-7016
miyatake@michikusa-travel.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

BROOKS = "Kenji Brooks <k.brooks@michikusa-travel.co.jp>"
SIG["brooks"] = """Kenji Brooks (ブルックス 健二)
Overseas Operations | Michikusa Travel Co., Ltd.
6F Sakae Michikusa Bldg., 3-22-5 Sakae, Naka-ku, Nagoya 460-0008, Japan
Tel +81-52-262-7031 | k.brooks@michikusa-travel.co.jp"""

MORISHITA = "森下 綾 <morishita@michikusa-travel.co.jp>"
SIG["morishita"] = """みちくさﾄﾗﾍﾞﾙ 手配課 森下
TEL052-262-7020
morishita@michikusa-travel.co.jp"""

SAWATARI = "沢渡 奈々 <sawatari@sakurasou-ph.co.jp>"
SIG["sawatari"] = """-------------------------------------
株式会社さくらそう（さくら草薬局チェーン）
薬事・品質管理部　薬剤師　沢渡 奈々
〒812-0011 福岡市博多区博多駅前1-9-30
TEL 092-481-6620　FAX 092-481-6621
sawatari@sakurasou-ph.co.jp
-------------------------------------"""
SIG["sawatari_en"] = """-------------------------------------
Nana Sawatari, Pharmacist
Regulatory Affairs & Quality, Sakurasou Co., Ltd. (Sakurasou Pharmacy)
1-9-30 Hakata-ekimae, Hakata-ku, Fukuoka 812-0011, Japan
Tel +81-92-481-6620
sawatari@sakurasou-ph.co.jp
-------------------------------------"""

TODO = "藤堂 健 <todo.k@sakurasou-ph.co.jp>"
SIG["todo"] = """株式会社さくらそう　総務人事部 人事労務グループ
藤堂 健（Ken Todo）
TEL 092-481-6605
todo.k@sakurasou-ph.co.jp"""

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"
JPG = "image/jpeg"
ZIP = "application/zip"


def body(text, sig):
    return text.strip("\n") + "\n\n" + SIG[sig] + "\n"
