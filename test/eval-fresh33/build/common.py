# Shared signatures and helpers for the ag blind set.
MAILS = []

def M(**kw):
    MAILS.append(kw)
    return kw

# ---------- Seiran Memorial Hospital (青嵐記念病院) International Patient Services ----------
HOSP = "seiran-mh.or.jp"
KURODA = "Emi Kuroda <emi.kuroda@seiran-mh.or.jp>"
MORISAKI = "Kenta Morisaki <k.morisaki@seiran-mh.or.jp>"
HOSHINO = "Lena Hoshino <lena.hoshino@seiran-mh.or.jp>"

SIG_KURODA = """--
Emi Kuroda (黒田 恵美)
International Patient Coordinator
International Patient Services, Seiran Memorial Hospital
1-9-30 Aobadai, Nishi-ku, Yokohama 220-0072, Japan
Tel: +81-45-620-4411 (ext. 2315) | Fax: +81-45-620-4419
ips@seiran-mh.or.jp | https://www.seiran-mh.or.jp/en/"""

SIG_MORISAKI = """Best regards,

Kenta Morisaki
Medical Billing & Insurance Liaison
International Patient Services | Seiran Memorial Hospital
Direct: +81-45-620-4427 | Main: +81-45-620-4411
k.morisaki@seiran-mh.or.jp

CONFIDENTIALITY: This e-mail and any attachments are intended only for the addressee.
If you have received it in error, please notify the sender and delete it."""

SIG_HOSHINO = """Lena Hoshino
Medical Interpreter (English / Mandarin)
International Patient Services, Seiran Memorial Hospital
+81-45-620-4411 ext. 2318"""

# ---------- 株式会社ミナトリンクス (freight forwarder) ----------
FRT = "minatolinks.co.jp"
ISHIGURO = "石黒 拓真 <t-ishiguro@minatolinks.co.jp>"
YOSHINAGA = "吉永 さやか <s-yoshinaga@minatolinks.co.jp>"
TODO = "藤堂 隼 <h-todo@minatolinks.co.jp>"

SIG_ISHIGURO = """━━━━━━━━━━━━━━━━━━━━━━━━
株式会社ミナトリンクス 海上輸出課
石黒 拓真（Takuma Ishiguro）
〒231-0002 横浜市中区海岸通4-17-2 みなとビル6F
TEL 045-330-7821 / FAX 045-330-7829
携帯 080-4417-2290
Mail: t-ishiguro@minatolinks.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_YOSHINAGA = """--------------------------------
株式会社ミナトリンクス
通関部 通関士　吉永 さやか
TEL 045-330-7840（直通）
s-yoshinaga@minatolinks.co.jp
--------------------------------"""

SIG_TODO = """━━━━━━━━━━━━━━━━━━━━━━━━
株式会社ミナトリンクス 航空貨物・引越貨物課
藤堂 隼（Hayato Todo）
TEL 045-330-7855 / FAX 045-330-7859
h-todo@minatolinks.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_TODO_EN = """Best regards,
Hayato Todo
Air Freight & Household Goods Dept.
MINATO LINKS CO., LTD.
4-17-2 Kaigan-dori, Naka-ku, Yokohama 231-0002, Japan
T: +81-45-330-7855 | h-todo@minatolinks.co.jp"""

# ---------- レジデンスブリッジ株式会社 (property manager for foreign residents) ----------
RES = "residence-bridge.jp"
MIYASHITA = "宮下 彩 <a-miyashita@residence-bridge.jp>"
KAWABATA = "川端 亮 <r-kawabata@residence-bridge.jp>"
JOAO = "Joao Matsumoto <joao.matsumoto@residence-bridge.jp>"

SIG_MIYASHITA = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
レジデンスブリッジ株式会社
入居者サポート課　宮下 彩（みやした あや）
〒134-0088 東京都江戸川区西葛西6-22-5 ブリッジ西葛西ビル3F
TEL 03-6808-3310　FAX 03-6808-3311
宅地建物取引業者免許 東京都知事(2)第104487号
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_KAWABATA = """--
レジデンスブリッジ株式会社 賃貸管理部 主任
川端 亮
TEL 03-6808-3320 / r-kawabata@residence-bridge.jp"""

SIG_JOAO = """Joao Matsumoto（ジョアン 松本）
多言語サポート（Português / English / 日本語）
レジデンスブリッジ株式会社 Residence Bridge Co., Ltd.
TEL 03-6808-3315"""

# ---------- 東海ワークパートナーズ株式会社 (staffing) ----------
STF = "tokai-wp.co.jp"
YAMAOKA = "山岡 健二 <k-yamaoka@tokai-wp.co.jp>"
LAN = "Nguyen Thi Lan <lan.nguyen@tokai-wp.co.jp>"
SAKAGUCHI = "坂口 美保 <m-sakaguchi@tokai-wp.co.jp>"

SIG_YAMAOKA = """━━━━━━━━━━━━━━━━━━━━━━━━━━
東海ワークパートナーズ株式会社
営業部 マネージャー　山岡 健二
〒430-0933 静岡県浜松市中央区鍛冶町1-8-12 KWビル5F
TEL 053-458-6620 / 携帯 090-6230-1187
労働者派遣事業 派22-301874 / 有料職業紹介事業 22-ユ-300912
━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_LAN = """グエン・ティ・ラン（Nguyen Thi Lan）
生活サポート課　通訳（ベトナム語・日本語）
東海ワークパートナーズ株式会社
TEL 053-458-6625"""

SIG_SAKAGUCHI = """----------------------------------------
東海ワークパートナーズ株式会社
労務管理課　坂口 美保
TEL 053-458-6631　FAX 053-458-6639
m-sakaguchi@tokai-wp.co.jp
----------------------------------------"""

# ---------- 株式会社コールリンク公共サービス (city help-desk contractor) ----------
CITY = "callink-ps.co.jp"
ONODERA = "小野寺 恵 <m-onodera@callink-ps.co.jp>"
IMAI = "今井 大輔 <d-imai@callink-ps.co.jp>"
HASEBE = "長谷部 真由 <m-hasebe@callink-ps.co.jp>"

SIG_ONODERA = """――――――――――――――――――――
青葉川市 市民総合コールセンター
（運営受託：株式会社コールリンク公共サービス）
スーパーバイザー　小野寺 恵
TEL 0467-88-2100（センター代表）
m-onodera@callink-ps.co.jp
――――――――――――――――――――"""

SIG_IMAI = """――――――――――――――――――――
株式会社コールリンク公共サービス
青葉川市 市民総合コールセンター　センター長
今井 大輔（いまい だいすけ）
〒251-0041 神奈川県青葉川市本町2-3-1 青葉川ビル4F
TEL 0467-88-2101　携帯 080-2291-4406
――――――――――――――――――――"""

SIG_HASEBE = """長谷部 真由
品質管理担当｜青葉川市 市民総合コールセンター
株式会社コールリンク公共サービス
TEL 0467-88-2105"""
