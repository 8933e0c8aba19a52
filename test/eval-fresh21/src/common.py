"""Shared helpers and fixed signatures for the j-set (blind21)."""

def m(expect, kind, why, frm, to, subject, text, cc=None, bcc=None, att=None, personal=None, key=None):
    d = {"expect": expect, "kind": kind, "why": why, "from": frm, "to": to}
    if cc:
        d["cc"] = cc
    if bcc:
        d["bcc"] = bcc
    d["subject"] = subject
    d["text"] = text
    if att:
        d["attachments"] = att
    if personal:
        d["personal"] = [{"type": t, "value": v} for t, v in personal]
    d["_key"] = key
    return d


def quote(text, level=1):
    p = ">" * level
    out = []
    for line in text.split("\n"):
        out.append(p + (" " + line if line else ""))
    return "\n".join(out)


# ---------------- Bank HR: 株式会社東海みらい銀行 (tokaimirai-bank.co.jp) ----------------
TAJIMA = "田島 亮 <r.tajima@tokaimirai-bank.co.jp>"
SIG_TAJIMA = """━━━━━━━━━━━━━━━━━━━━━━
株式会社東海みらい銀行
人事部 人事グループ 調査役
田島 亮（たじま りょう）
〒460-0008 名古屋市中区栄三丁目2番8号
TEL 052-261-3380（内線 4125）
r.tajima@tokaimirai-bank.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

MURASE = "村瀬 真理子 <m.murase@tokaimirai-bank.co.jp>"
SIG_MURASE = """--
東海みらい銀行 人事部 給与厚生グループ
村瀬 真理子
TEL: 052-261-3384 / FAX: 052-261-3399
m.murase@tokaimirai-bank.co.jp
※本メールに心当たりのない場合は、お手数ですが破棄のうえご連絡ください。"""

# ---------------- Special-needs school: 県立潮見が丘特別支援学校 (shiomigaoka-sh.ed.jp) ----------------
SUGIURA = "杉浦 千秋 <sugiura-c@shiomigaoka-sh.ed.jp>"
SIG_SUGIURA = """-------------------------------------
県立潮見が丘特別支援学校
教頭　杉浦 千秋
〒514-0823 潮見市汐見が丘4-11
TEL 059-227-5160　FAX 059-227-5161
sugiura-c@shiomigaoka-sh.ed.jp
-------------------------------------"""

KITAGAWA = "北川 陽菜 <kitagawa-h@shiomigaoka-sh.ed.jp>"
SIG_KITAGAWA = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
潮見が丘特別支援学校
特別支援教育コーディネーター（小学部）
北川 陽菜（きたがわ ひな）
TEL 059-227-5160（職員室）
kitagawa-h@shiomigaoka-sh.ed.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

OMORI = "大森 康介 <omori-k@shiomigaoka-sh.ed.jp>"
SIG_OMORI = """県立潮見が丘特別支援学校 事務室
主査　大森 康介
TEL 059-227-5160 内線 12 ／ FAX 059-227-5161
omori-k@shiomigaoka-sh.ed.jp"""

# ---------------- Online shop: 株式会社ハルモニア / Harmonia Kitchen (harmonia-kitchen.jp, harmonia.co.jp) ----------------
SAKUMA = "Harmonia Kitchen カスタマーサポート 佐久間 <i.sakuma@harmonia-kitchen.jp>"
SIG_SAKUMA = """──────────────────
Harmonia Kitchen（ハルモニア・キッチン）
カスタマーサポート　佐久間 樹
support@harmonia-kitchen.jp
受付時間：平日 10:00〜17:00（土日祝休）
運営：株式会社ハルモニア　https://harmonia-kitchen.jp
──────────────────"""

KOIKE = "小池 まどか <m.koike@harmonia.co.jp>"
SIG_KOIKE = """--
株式会社ハルモニア
EC事業部 カスタマーサポート リーダー
小池 まどか
Tel 03-5726-4410 / Mobile 080-4417-2093
m.koike@harmonia.co.jp"""

BROOKS = "Daniel Brooks <d.brooks@harmonia.co.jp>"
SIG_BROOKS = """Best regards,
Daniel Brooks
Global Customer Care | Harmonia Kitchen
Harmonia Co., Ltd. - 2-9-5 Kamimeguro, Meguro-ku, Tokyo 153-0051, Japan
d.brooks@harmonia.co.jp | +81 3-5726-4418"""

# ---------------- Overseas volunteer NPO: グローバル・ハンズ (globalhands.or.jp) ----------------
NAKANISHI = "中西 颯太 <s.nakanishi@globalhands.or.jp>"
SIG_NAKANISHI = """*******************************
特定非営利活動法人 グローバル・ハンズ
派遣調整課　中西 颯太（なかにし そうた）
〒604-8152 京都市中京区手洗水町 645 烏丸リバーサイドビル5F
TEL: 075-212-6630 / FAX: 075-212-6631
s.nakanishi@globalhands.or.jp
https://www.globalhands.or.jp
*******************************"""

CARTER = "Emily Carter <e.carter@globalhands.or.jp>"
SIG_CARTER = """Emily Carter
Program Officer, Partnerships (Asia-Pacific)
Global Hands Japan (NPO)
e.carter@globalhands.or.jp | +81 75-212-6634
www.globalhands.or.jp"""

# ---------------- Hospice: 医療法人聖樹会 ひかりの丘ホスピス (hikarinooka.or.jp, seijukai.or.jp) ----------------
MORISHITA = "森下 佳代 <k.morishita@hikarinooka.or.jp>"
SIG_MORISHITA = """医療法人 聖樹会 ひかりの丘ホスピス
緩和ケア病棟 看護師長　森下 佳代
〒239-0842 横須賀市長沢2-14-1
TEL 046-848-7710（病棟直通 046-848-7725）
k.morishita@hikarinooka.or.jp"""

MIZUNO = "水野 圭 <k.mizuno@hikarinooka.or.jp>"
SIG_MIZUNO = """-- 
ひかりの丘ホスピス 地域連携室
医療ソーシャルワーカー（社会福祉士）
水野 圭（みずの けい）
直通 046-848-7730 / FAX 046-848-7731
k.mizuno@hikarinooka.or.jp"""
