# Shared helpers, organisations and fixed signatures for blind34 (prefix ah)

def mynum(base11):
    w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * b for a, b in zip(base11, w)) % 11
    return base11 + str(0 if r <= 1 else 11 - r)

def M(expect, kind, why, frm, to, subject, text, cc=None, bcc=None, attachments=None, personal=None):
    d = {"expect": expect, "kind": kind, "why": why, "from": frm, "to": to}
    if cc: d["cc"] = cc
    if bcc: d["bcc"] = bcc
    d["subject"] = subject
    d["text"] = text
    if attachments: d["attachments"] = attachments
    if personal: d["personal"] = [{"type": t, "value": v} for t, v in personal]
    return d

def att(filename, contentType, text=None, encrypted=None):
    a = {"filename": filename, "contentType": contentType}
    if text is not None: a["text"] = text
    if encrypted: a["encrypted"] = True
    return a

CSV = "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
ZIP = "application/zip"
JPG = "image/jpeg"

# ---------- Immigration law office ----------
IMM_DOM = "shirakaba-visa.jp"
OKABE = "Kenji Okabe <k.okabe@shirakaba-visa.jp>"
FUJISAKI = "Aya Fujisaki <a.fujisaki@shirakaba-visa.jp>"
RSATO = "Lina Sato <l.sato@shirakaba-visa.jp>"

SIG_OKABE = """--
Kenji Okabe (岡部 健二)
Gyoseishoshi Lawyer / Certified Immigration Application Agent
Shirakaba International Visa Office (行政書士法人しらかば国際法務事務所)
5F Kotobuki Bldg., 2-14-3 Shiba, Minato-ku, Tokyo 105-0014
Tel: +81-3-5442-7810 / Fax: +81-3-5442-7811
https://www.shirakaba-visa.jp"""

SIG_FUJISAKI = """--
Aya Fujisaki (藤崎 彩)
Certified Immigration Application Agent (申請取次行政書士)
Shirakaba International Visa Office
Tel: +81-3-5442-7810 (ext. 23)
a.fujisaki@shirakaba-visa.jp"""

SIG_RSATO = """--
Lina Sato | Case Assistant
Shirakaba International Visa Office
Tel: +81-3-5442-7810 (ext. 31)
Office hours: Mon-Fri 9:30-18:00 JST"""

SIG_OKABE_JA = """━━━━━━━━━━━━━━━━━━━━
行政書士法人しらかば国際法務事務所
代表社員 行政書士 岡部 健二
〒105-0014 東京都港区芝2-14-3 寿ビル5F
TEL 03-5442-7810 ／ FAX 03-5442-7811
━━━━━━━━━━━━━━━━━━━━"""

# ---------- Tax accountant office ----------
TAX_DOM = "hojo-kaikei.jp"
HOJO = "北條 正志 <hojo@hojo-kaikei.jp>"
MURASE = "村瀬 千尋 <murase@hojo-kaikei.jp>"
TABATA = "田端 航 <tabata@hojo-kaikei.jp>"

SIG_HOJO = """――――――――――――――――
税理士法人 北條会計
代表社員 税理士 北條 正志
〒330-0063 さいたま市浦和区高砂3-8-11 高砂スクエア4階
TEL 048-829-5501 FAX 048-829-5502
――――――――――――――――"""

SIG_MURASE = """――――――――――――――――
税理士法人 北條会計
監査担当 村瀬 千尋（むらせ ちひろ）
TEL 048-829-5501（内線 14）
murase@hojo-kaikei.jp
――――――――――――――――"""

SIG_TABATA = """----
税理士法人 北條会計 給与・年調チーム
田端 航
TEL 048-829-5501 / tabata@hojo-kaikei.jp"""

# ---------- Kids karate & swimming school ----------
KIDS_DOM = "hayate-kids.jp"
OTAKI = "大滝 剛 <otaki@hayate-kids.jp>"
ARAI = "ハヤテキッズ事務局 新井 <arai@hayate-kids.jp>"
MORIMOTO = "森本 翔 <morimoto@hayate-kids.jp>"

SIG_OTAKI = """押忍
――――――――――
ハヤテ キッズスポーツクラブ（空手・スイミング）
代表／空手道 師範 大滝 剛
〒422-8041 静岡市駿河区中田2-5-18
TEL 054-281-4460
――――――――――"""

SIG_ARAI = """******************************
ハヤテ キッズスポーツクラブ 事務局
新井 美咲
TEL 054-281-4460（受付 10:00〜19:00／月曜定休）
arai@hayate-kids.jp
******************************"""

SIG_MORIMOTO = """--------
ハヤテ キッズスポーツクラブ
スイミング部門 ヘッドコーチ 森本 翔
TEL 054-281-4460 ／ 携帯 090-2214-7706（業務用）"""

# ---------- Pet hotel ----------
PET_DOM = "komorebi-pet.jp"
HIDAKA = "ペットホテルこもれび 日高 <hidaka@komorebi-pet.jp>"
ISHII = "石井 悠 <ishii@komorebi-pet.jp>"

SIG_HIDAKA = """🐾━━━━━━━━━━━━━━━━
ペットホテル こもれび
店長 日高 真由
〒862-0950 熊本市中央区水前寺6-22-7
TEL 096-385-2210（9:00〜19:00）
第一種動物取扱業 登録番号 熊本市動愛第 0412 号
━━━━━━━━━━━━━━━━🐾"""

SIG_ISHII = """--
ペットホテル こもれび
スタッフ 石井 悠（いしい はるか）
TEL 096-385-2210"""

# ---------- City hotel front office ----------
HTL_DOM = "hotel-riviere-sendai.jp"
KASAI = "葛西 隆 <t.kasai@hotel-riviere-sendai.jp>"
ONODERA = "小野寺 さくら <s.onodera@hotel-riviere-sendai.jp>"
CHIBA = "千葉 亮 <r.chiba@hotel-riviere-sendai.jp>"

SIG_KASAI = """━━━━━━━━━━━━━━━━━━━━━━━━
ホテル リヴィエール仙台
宿泊部 フロント支配人 葛西 隆
〒980-0811 仙台市青葉区一番町1-9-20
TEL 022-215-8800（代表）FAX 022-215-8801
https://www.hotel-riviere-sendai.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KASAI_EN = """--
Takashi Kasai
Front Office Manager
Hotel Riviere Sendai
1-9-20 Ichibancho, Aoba-ku, Sendai 980-0811, Japan
Tel: +81-22-215-8800"""

SIG_ONODERA = """――――――――――――
ホテル リヴィエール仙台 フロント
小野寺 さくら
TEL 022-215-8800
――――――――――――"""

SIG_CHIBA = """----------------------------------
ホテル リヴィエール仙台 宿泊予約課
千葉 亮（ちば りょう）
TEL 022-215-8810（予約課直通）
r.chiba@hotel-riviere-sendai.jp
----------------------------------"""

SIG_CHIBA_EN = """--
Ryo Chiba
Reservations, Hotel Riviere Sendai
Tel: +81-22-215-8810 | r.chiba@hotel-riviere-sendai.jp"""
