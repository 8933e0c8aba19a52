mails = []
def M(key, expect, kind, why, frm, to, subject, text, cc=None, bcc=None, att=None, personal=None):
    d = {"key": key, "expect": expect, "kind": kind, "why": why, "from": frm, "to": to}
    if cc: d["cc"] = cc
    if bcc: d["bcc"] = bcc
    d["subject"] = subject
    d["text"] = text
    if att: d["attachments"] = att
    if personal: d["personal"] = [{"type": t, "value": v} for t, v in personal]
    mails.append(d)

def A(filename, ctype, text=None, encrypted=False):
    a = {"filename": filename, "contentType": ctype}
    if text is not None: a["text"] = text
    if encrypted: a["encrypted"] = True
    return a

PDF = "application/pdf"
CSV = "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
JPG = "image/jpeg"
ZIP = "application/zip"

# ---- writers ----
SAEKI = "佐伯 隆之 <saeki.takayuki@mizuhono-shinkin.jp>"
IMAMURA = "今村 由香 <imamura.yuka@mizuhono-shinkin.jp>"
HORI = "Natsuko Hori <hori.natsuko@mizuhono-shinkin.jp>"
MORISHITA = "森下 彩 <morishita.aya@callbridge.co.jp>"
HASEBE = "長谷部 純 <hasebe.jun@callbridge.co.jp>"
NONOMURA = "野々村 美咲 <nonomura.misaki@tohto-med.ac.jp>"
KAWAI = "河合 健吾 <kawai.kengo@tohto-med.ac.jp>"
TODO = "藤堂 亮介 <todo.ryosuke@tohto-med.ac.jp>"
TABUCHI = "田淵 翔太 <tabuchi.shota@sakuraline.co.jp>"
MIYAGI = "宮城 里美 <miyagi.satomi@sakuraline.co.jp>"
SHIRAISHI = "白石 玲奈 <shiraishi.rena@villa-lumiere.jp>"
OTSUKI = "大槻 健司 <otsuki.kenji@villa-lumiere.jp>"

S_SAEKI = """──────────────────────
瑞穂野信用金庫 北浜支店 融資課
佐伯 隆之（さえき たかゆき）
〒424-0823 静岡県静岡市清水区北浜町2-14-3
TEL 054-352-7710（代表） FAX 054-352-7719
saeki.takayuki@mizuhono-shinkin.jp
──────────────────────"""
S_IMAMURA = """--
瑞穂野信用金庫 北浜支店 お客さま係
今村 由香
TEL 054-352-7710 / FAX 054-352-7719"""
S_IMAMURA_M = "今村（外出先のため携帯より）"
S_HORI = """Natsuko Hori (堀 奈津子)
International Operations, Head Office
Mizuhono Shinkin Bank
1-8 Otemachi, Aoi-ku, Shizuoka 420-0853, Japan
Tel +81-54-251-3300 / Fax +81-54-251-3309
hori.natsuko@mizuhono-shinkin.jp"""
S_MORISHITA = """━━━━━━━━━━━━━━━━━━━━
株式会社コールブリッジ
鳴海市福祉総合コールデスク スーパーバイザー
森下 彩（Aya Morishita）
TEL 052-908-4410（デスク直通）
morishita.aya@callbridge.co.jp
※本メールは鳴海市福祉課様 受託業務に関する連絡です
━━━━━━━━━━━━━━━━━━━━"""
S_HASEBE = """長谷部
コールブリッジ 鳴海デスク リーダー
(スマホから失礼します)"""
S_NONOMURA = """東都医科大学附属病院 臨床研究支援センター
治験コーディネーター（CRC） 野々村 美咲
〒113-8602 東京都文京区本駒込3-21-1
内線 4417 / 直通 03-5832-4417
nonomura.misaki@tohto-med.ac.jp"""
S_KAWAI = """河合 健吾 / Kengo Kawai
Clinical Research Support Center, Tohto Medical University Hospital
東都医科大学附属病院 臨床研究支援センター 事務室
Tel +81-3-5832-4400 / Fax +81-3-5832-4409
kawai.kengo@tohto-med.ac.jp"""
S_TODO = """東都医科大学附属病院
臨床研究支援センター長
教授　藤堂 亮介
todo.ryosuke@tohto-med.ac.jp"""
S_TODO_EN = """Ryosuke Todo, MD, PhD
Professor and Director, Clinical Research Support Center
Tohto Medical University Hospital
3-21-1 Honkomagome, Bunkyo-ku, Tokyo 113-8602, Japan
todo.ryosuke@tohto-med.ac.jp"""
S_TABUCHI = """++++++++++++++++++++++++++++++
さくらライン引越センター株式会社
横浜営業所 営業課　田淵 翔太
フリーダイヤル 0120-39-8148
TEL 045-471-8800 / 携帯 080-4417-2290
〒222-0033 横浜市港北区新横浜5-3-18
tabuchi.shota@sakuraline.co.jp
++++++++++++++++++++++++++++++"""
S_MIYAGI = """Satomi Miyagi 宮城 里美
International Relocation / 配車センター
Sakura Line Moving Center Co., Ltd.
Tel +81-45-471-8806
miyagi.satomi@sakuraline.co.jp"""
S_SHIRAISHI = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
Villa Lumière Hayama
ヴィラ・ルミエール葉山
ウェディングプランナー　白石 玲奈
〒240-0112 神奈川県三浦郡葉山町堀内1290-6
TEL 046-875-3320（火曜定休）
shiraishi.rena@villa-lumiere.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""
S_OTSUKI = """大槻 健司 Kenji Otsuki
支配人 General Manager
ヴィラ・ルミエール葉山（株式会社ルミエール・ホスピタリティ）
TEL 046-875-3320
otsuki.kenji@villa-lumiere.jp"""
