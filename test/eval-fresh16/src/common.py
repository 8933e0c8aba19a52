# Fixed writers and signatures (synthetic people / organisations)

PRIYA = "Priya Raman <priya.raman@norvance.co.jp>"
SAEKI = "佐伯 真理子 <m.saeki@norvance.co.jp>"
DANIEL = "Daniel Whitfield <daniel.whitfield@norvance.co.jp>"
HRIS = "Norvance People Hub <hris-noreply@norvance.co.jp>"
ATS = "Norvance Careers <careers-noreply@norvance.co.jp>"

OHASHI = "大橋 由紀 <y.ohashi@minato-tabunka.org>"
LAN = "Nguyen Thi Lan <lan.nguyen@minato-tabunka.org>"

FUJISHIRO = "藤代 健一 <k.fujishiro@fujishiro-dl.co.jp>"
MURAI = "村井 彩 <murai@fujishiro-dl.co.jp>"

OKADA = "岡田 誠 <okada@kawakita-jfc.jp>"
SHIMAMURA = "島村 香織 <shimamura@kawakita-jfc.jp>"

MIYAKE = "三宅 洋平 <miyake@asiacarebridge.co.jp>"
SANTOS = "Maria Santos <m.santos@asiacarebridge.co.jp>"
ACBPAY = "ACB給与・勤怠システム <payroll-noreply@asiacarebridge.co.jp>"

SIG_PRIYA = """
Best regards,
Priya Raman
HR Business Partner – Japan
Norvance Systems Japan G.K.
Konan Crest Tower 18F, 2-16-1 Konan, Minato-ku, Tokyo 108-6118
M: +81 80-4417-2290 | priya.raman@norvance.co.jp"""

SIG_SAEKI = """
――――――――――――――――――――
ノーヴァンス・システムズ・ジャパン合同会社
人事部 HRオペレーション（労務・給与）
佐伯 真理子 / Mariko Saeki
〒108-6118 東京都港区港南2-16-1 港南クレストタワー18F
TEL 03-6718-4420（代表）  m.saeki@norvance.co.jp
――――――――――――――――――――"""

SIG_DANIEL = """
Cheers,
Daniel

Daniel Whitfield | Talent Acquisition Lead, APAC North
Norvance Systems Japan G.K.
daniel.whitfield@norvance.co.jp | +81 3-6718-4455
We're hiring → careers.norvance.com/japan"""

SIG_OHASHI = """
------------------------------------------
特定非営利活動法人 みなと多文化サポートネット
事務局長　大橋 由紀（おおはし ゆき）
〒231-0023 横浜市中区山下町118-3 ベイサイド会館2F
TEL 045-664-2871 / FAX 045-664-2872
y.ohashi@minato-tabunka.org
https://minato-tabunka.org
------------------------------------------"""

SIG_LAN = """
グエン・ティ・ラン（Nguyen Thi Lan）
生活相談員（ベトナム語・英語）
NPO法人 みなと多文化サポートネット
TEL 045-664-2871（相談専用 045-664-2875）
lan.nguyen@minato-tabunka.org"""

SIG_FUJISHIRO = """
━━━━━━━━━━━━━━━━━━━━
有限会社 藤代デンタルラボ
代表取締役　藤代 健一（歯科技工士）
〒338-0002 さいたま市中央区下落合5-12-9
TEL 048-853-6610　FAX 048-853-6611
k.fujishiro@fujishiro-dl.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_MURAI = """
--
藤代デンタルラボ 業務課
村井 彩（むらい あや）
TEL 048-853-6610（受付 9:00-18:00／日祝休）
murai@fujishiro-dl.co.jp"""

SIG_OKADA = """
―――――――――――――
NPO法人 川北ジュニアフットボールクラブ
代表理事／U-12監督　岡田 誠
クラブ事務局 TEL 042-585-3307（平日16-19時）
okada@kawakita-jfc.jp
―――――――――――――"""

SIG_SHIMAMURA = """
川北ジュニアFC 事務局（会計担当）
島村 香織
shimamura@kawakita-jfc.jp
※事務局への連絡は平日夜・土日の練習時間外にお願いします"""

SIG_MIYAKE = """
-------------------------------------------------
株式会社アジアケアブリッジ
登録支援機関 登録番号 20登-004127
支援事業部 マネージャー　三宅 洋平
〒460-0008 名古屋市中区栄3-22-8 栄プレイスビル7F
TEL 052-265-7830 / FAX 052-265-7831
miyake@asiacarebridge.co.jp
-------------------------------------------------"""

SIG_SANTOS = """
Thank you po!
Maria Santos（マリア・サントス）
Worker Support Coordinator（Tagalog / English / 日本語）
Asia Care Bridge Co., Ltd. / 株式会社アジアケアブリッジ
TEL 052-265-7830 ext.214 | m.santos@asiacarebridge.co.jp"""

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"
JPG = "image/jpeg"
ZIP = "application/zip"

def P(t, v):
    return {"type": t, "value": v}
