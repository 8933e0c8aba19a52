# Shared helpers and fixed signatures for blind set 38.
def M(expect, kind, why, frm, to, subject, text, loc=None, cc=None, bcc=None,
      attachments=None, personal=None):
    m = {"expect": expect, "kind": kind, "why": why, "from": frm, "to": to,
         "subject": subject, "text": text}
    if cc: m["cc"] = cc
    if bcc: m["bcc"] = bcc
    if attachments: m["attachments"] = attachments
    if personal: m["personal"] = personal
    m["_loc"] = loc  # where the risk sits (hold only); stripped from output
    return m

def A(filename, contentType, text=None, encrypted=False):
    a = {"filename": filename, "contentType": contentType}
    if encrypted:
        a["encrypted"] = True
    elif text is not None:
        a["text"] = text
    return a

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"
CSV = "text/csv"
ZIP = "application/zip"

# ---- Org A: supervising organisation for technical interns ----
A_DOM = "ggnet-coop.example.jp"
MURAI = "村井 健二 <murai@ggnet-coop.example.jp>"
LAN = "Nguyen Thi Lan <lan.nguyen@ggnet-coop.example.jp>"
MIYOSHI = "三好 彩 <miyoshi@ggnet-coop.example.jp>"
SIG_MURAI = """--
Kenji MURAI / 村井 健二
監理責任者 Supervision Manager
協同組合グローバル技能ネット (Global Ginou Net Cooperative)
〒433-8112 静岡県浜松市中央区初生町1290-3
TEL 053-000-4410 / FAX 053-000-4411"""
SIG_LAN = """--
Nguyen Thi Lan (グエン・ティ・ラン)
Interpreter & Life Support Officer / 通訳・生活指導員
Global Ginou Net Cooperative
Mobile (office) 080-0000-7719"""
SIG_MIYOSHI = """――――――――――――――――
協同組合グローバル技能ネット 事務局
三好 彩（みよし あや）
TEL 053-000-4410  miyoshi@ggnet-coop.example.jp
――――――――――――――――"""

# ---- Org B: general contractor site office ----
B_DOM = "towa-kensetsu.example.co.jp"
ISHIGURO = "石黒 誠 <ishiguro@towa-kensetsu.example.co.jp>"
ANZAI = "安西 智也 <anzai@towa-kensetsu.example.co.jp>"
OOBA = "大場 由紀 <ooba@towa-kensetsu.example.co.jp>"
SIG_ISHIGURO = """----------------------------------------
東和建設株式会社 横浜支店
（仮称）湾岸みなとみらい複合ビル新築工事 作業所
所長　石黒 誠
TEL 045-000-2230 / 携帯 090-0000-1841
----------------------------------------"""
SIG_ANZAI = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
東和建設株式会社
湾岸みなとみらい複合ビル作業所　工事主任
安西 智也
TEL 045-000-2230（作業所）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""
SIG_OOBA = """--
東和建設（株）湾岸みなとみらい作業所　事務
大場 由紀
045-000-2230 / ooba@towa-kensetsu.example.co.jp"""

# ---- Org C: municipal hospital, medical billing office ----
C_DOM = "hosp.sakuradai.example.lg.jp"
TASHIRO = "田代 恭子 <tashiro-k@hosp.sakuradai.example.lg.jp>"
NEMOTO = "根本 拓也 <nemoto-t@hosp.sakuradai.example.lg.jp>"
KAGAWA = "香川 美咲 <kagawa-m@hosp.sakuradai.example.lg.jp>"
SIG_TASHIRO = """━━━━━━━━━━━━━━━━━━━━
さくら台市立総合病院　医事課長
田代 恭子
〒350-0000 さくら台市本町2-8-1
TEL 049-000-3100（代）内線2201
━━━━━━━━━━━━━━━━━━━━"""
SIG_NEMOTO = """――
さくら台市立総合病院 医事課 医事係主任
根本 拓也
TEL 049-000-3100 内線2215 / FAX 049-000-3199"""
SIG_KAGAWA = """------------------------------
さくら台市立総合病院 医事課
香川 美咲（収納・未収金担当）
内線2230
------------------------------"""

# ---- Org D: office-building property management ----
D_DOM = "aoba-bm.example.co.jp"
MATSUNAGA = "松永 大輔 <matsunaga@aoba-bm.example.co.jp>"
KISHIDA = "岸田 玲奈 <kishida@aoba-bm.example.co.jp>"
HORI = "堀 正人 <hori@aoba-bm.example.co.jp>"
SIG_MATSUNAGA = """■□■□■□■□■□■□■□■□■□
青葉ビルマネジメント株式会社
管理部 部長　松永 大輔
〒980-0000 仙台市青葉区一番町3-5-10 青葉第一ビル8F
TEL 022-000-5500　FAX 022-000-5501
■□■□■□■□■□■□■□■□■□"""
SIG_KISHIDA = """--
岸田 玲奈 / Reina Kishida
プロパティマネジメント部
青葉ビルマネジメント株式会社
TEL 022-000-5512"""
SIG_HORI = """------------
青葉ビルマネジメント（株）設備管理課
堀 正人
TEL 022-000-5520 / 防災センター 022-000-5599
------------"""

# ---- Org E: call-centre BPO ----
E_DOM = "connectlink-bpo.example.jp"
SANO = "佐野 美穂 <sano@connectlink-bpo.example.jp>"
NAKAJIMA = "中島 亮 <nakajima@connectlink-bpo.example.jp>"
ETO = "江藤 真理 <eto@connectlink-bpo.example.jp>"
SIG_SANO = """========================
株式会社コネクトリンク
那覇第2センター　スーパーバイザー
佐野 美穂
TEL 098-000-6620
========================"""
SIG_NAKAJIMA = """--
中島 亮 Ryo Nakajima
品質管理部 QA Manager
株式会社コネクトリンク
nakajima@connectlink-bpo.example.jp / 03-0000-6600"""
SIG_ETO = """―――――――――――――
株式会社コネクトリンク 営業部
江藤 真理
03-0000-6610 / 080-0000-2291
―――――――――――――"""
