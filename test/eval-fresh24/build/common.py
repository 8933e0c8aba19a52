# Shared helpers, signatures and constants for the blind24 set.

MAILS = []


def mynum(base11, sep=""):
    """Return a 12-digit My Number with a valid check digit for the 11-digit base."""
    assert len(base11) == 11 and base11.isdigit()
    d = [int(c) for c in base11]
    s = 0
    for n in range(1, 12):
        p = d[11 - n]
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    cd = 0 if r <= 1 else 11 - r
    full = base11 + str(cd)
    if sep:
        return full[:4] + sep + full[4:8] + sep + full[8:]
    return full


def mynum_valid(num):
    n = "".join(c for c in num if c.isdigit())
    if len(n) != 12:
        return False
    return mynum(n[:11]) == n


def luhn_ok(num):
    n = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(n)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def M(expect, kind, why, frm, to, subject, text, cc=None, bcc=None, att=None, personal=None, lang="ja"):
    m = {"expect": expect, "kind": kind, "why": why, "from": frm, "to": to}
    if cc:
        m["cc"] = cc
    if bcc:
        m["bcc"] = bcc
    m["subject"] = subject
    m["text"] = text.strip("\n") + "\n"
    if att:
        m["attachments"] = att
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    m["_lang"] = lang
    MAILS.append(m)
    return m


def A(filename, text=None, encrypted=False):
    ext = filename.rsplit(".", 1)[-1].lower()
    ct = {
        "csv": "text/csv",
        "pdf": "application/pdf",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "zip": "application/zip",
    }[ext]
    a = {"filename": filename, "contentType": ct}
    if text is not None:
        a["text"] = text.strip("\n") + "\n"
    if encrypted:
        a["encrypted"] = True
    return a


# ---------------------------------------------------------------- addresses
# Toho Maritech Trading (trading company, overseas sales)
KASHIWAGI = "Takayuki Kashiwagi <kashiwagi@tohomaritech.co.jp>"
KASHIWAGI_J = "柏木 隆之 <kashiwagi@tohomaritech.co.jp>"
HAYASE = "Mio Hayase <hayase@tohomaritech.co.jp>"
HAYASE_J = "早瀬 美緒 <hayase@tohomaritech.co.jp>"
OTSUKI = "Kengo Otsuki <k-otsuki@tohomaritech.co.jp>"

SIG_KASHIWAGI_EN = """--
Takayuki Kashiwagi
Manager, Overseas Sales Sect. 2
Toho Maritech Trading Co., Ltd.
3-14-2 Shibaura, Minato-ku, Tokyo 108-0023, Japan
Tel: +81-3-5443-7810 / Mobile: +81-90-4418-2273
kashiwagi@tohomaritech.co.jp"""

SIG_KASHIWAGI_JA = """――――――――――――――――――
東邦マリテック商事株式会社
海外営業部 第二課 課長
柏木 隆之（かしわぎ たかゆき）
〒108-0023 東京都港区芝浦3-14-2
TEL 03-5443-7810 ／ 携帯 090-4418-2273
kashiwagi@tohomaritech.co.jp
――――――――――――――――――"""

SIG_HAYASE_EN = """Best regards,
Mio Hayase
Sales Assistant, Overseas Sales Dept.
Toho Maritech Trading Co., Ltd.
Tel: +81-3-5443-7815  Fax: +81-3-5443-7819
hayase@tohomaritech.co.jp"""

SIG_HAYASE_JA = """********************************
東邦マリテック商事株式会社
海外営業部　早瀬 美緒
TEL 03-5443-7815 / FAX 03-5443-7819
hayase@tohomaritech.co.jp
********************************"""

SIG_OTSUKI_EN = """Kind regards,

Kengo Otsuki
Europe Desk | Overseas Sales Dept.
Toho Maritech Trading Co., Ltd.
M: +81-80-3391-0542 | T: +81-3-5443-7822
k-otsuki@tohomaritech.co.jp | www.tohomaritech.co.jp"""

# Shirafuji Dermatology & Aesthetic Clinic
SHIRAFUJI = "白藤 里枝 <r.shirafuji@shirafuji-hifuka.jp>"
SHIRAFUJI_EN = "Rie Shirafuji, MD <r.shirafuji@shirafuji-hifuka.jp>"
NISHIZONO = "西園 千夏 <n.nishizono@shirafuji-hifuka.jp>"
NISHIZONO_EN = "Chinatsu Nishizono <n.nishizono@shirafuji-hifuka.jp>"

SIG_SHIRAFUJI_JA = """----------------------------------------
医療法人社団 白藤会
白藤皮フ科・美容クリニック
院長　白藤 里枝（日本皮膚科学会認定 皮膚科専門医）
〒150-0011 東京都渋谷区東1-22-5 アーバンテラス3F
TEL 03-6427-3321　FAX 03-6427-3322
----------------------------------------"""

SIG_SHIRAFUJI_EN = """Rie Shirafuji, MD, PhD
Director / Board-certified Dermatologist
Shirafuji Dermatology & Aesthetic Clinic
Urban Terrace 3F, 1-22-5 Higashi, Shibuya-ku, Tokyo 150-0011
Tel +81-3-6427-3321"""

SIG_NISHIZONO_JA = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
白藤皮フ科・美容クリニック
受付・医療事務主任　西園 千夏
TEL 03-6427-3321（受付 10:00-19:00／木曜休診）
FAX 03-6427-3322
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_NISHIZONO_EN = """Best regards,
Chinatsu Nishizono
Front Desk / Medical Office Manager
Shirafuji Dermatology & Aesthetic Clinic
Tel +81-3-6427-3321 (10:00-19:00 JST, closed Thursdays)"""

# Minato Labor Partners (社労士法人)
KASAI = "葛西 正晴 <kasai@minato-sr.jp>"
KASAI_EN = "Masaharu Kasai <kasai@minato-sr.jp>"
ONODERA = "小野寺 柚希 <onodera@minato-sr.jp>"

SIG_KASAI_JA = """━━━━━━━━━━━━━━━━━━━━━━
社会保険労務士法人 みなと労務パートナーズ
代表社員　特定社会保険労務士　葛西 正晴
〒231-0023 横浜市中区山下町2-7 山下ビル5F
TEL 045-264-8810　FAX 045-264-8811
https://www.minato-sr.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KASAI_EN = """Masaharu Kasai
Representative Partner, Certified Social Insurance and Labor Consultant
Minato Labor Partners (Shakai Hoken Romushi Hojin)
5F Yamashita Bldg., 2-7 Yamashita-cho, Naka-ku, Yokohama 231-0023
Tel +81-45-264-8810"""

SIG_ONODERA_JA = """--
社会保険労務士法人 みなと労務パートナーズ
社会保険労務士　小野寺 柚希（おのでら ゆずき）
TEL 045-264-8810（直通 045-264-8814）
FAX 045-264-8811
onodera@minato-sr.jp"""

# Sumire Fudosan (housing rental agency)
IIZUKA = "飯塚 翔太 <iizuka@sumire-fudosan.co.jp>"
IIZUKA_EN = "Shota Iizuka <iizuka@sumire-fudosan.co.jp>"
SUGIURA = "杉浦 恵美 <sugiura@sumire-fudosan.co.jp>"

SIG_IIZUKA_JA = """………………………………………………
株式会社すみれ不動産　賃貸仲介課
飯塚 翔太（いいづか しょうた）
〒330-0063 さいたま市浦和区高砂2-9-11
TEL 048-833-2516　FAX 048-833-2517
携帯 080-6621-4078
埼玉県知事(4)第21873号
………………………………………………"""

SIG_IIZUKA_EN = """Shota Iizuka
Leasing Agent, Sumire Fudosan Co., Ltd.
2-9-11 Takasago, Urawa-ku, Saitama 330-0063
Tel +81-48-833-2516 / Mobile +81-80-6621-4078
(English & Japanese)"""

SIG_SUGIURA_JA = """=============================
株式会社すみれ不動産
賃貸管理課　杉浦 恵美
TEL 048-833-2520（管理課直通）
FAX 048-833-2517
営業時間 9:30～18:00（水曜定休）
============================="""

# Kita-Shinano Nippo (local newspaper, advertising)
HORIUCHI = "堀内 大地 <d-horiuchi@kitashinano-nippo.co.jp>"
HORIUCHI_EN = "Daichi Horiuchi <d-horiuchi@kitashinano-nippo.co.jp>"
MIYASAKA = "宮坂 綾 <a-miyasaka@kitashinano-nippo.co.jp>"

SIG_HORIUCHI_JA = """━━━━━━━━━━━━━━━━
北信濃日報社　広告局 営業部
堀内 大地
〒380-0836 長野市南県町1088-3
TEL 026-235-4470　FAX 026-235-4479
携帯 080-5123-6690
━━━━━━━━━━━━━━━━"""

SIG_HORIUCHI_EN = """Daichi Horiuchi
Advertising Sales, The Kita-Shinano Nippo
1088-3 Minami-Agatamachi, Nagano 380-0836, Japan
Tel +81-26-235-4470 / Mobile +81-80-5123-6690"""

SIG_MIYASAKA_JA = """―――――――――――――――
北信濃日報社 広告局 広告制作部
宮坂 綾（みやさか あや）
TEL 026-235-4475（制作部直通）
a-miyasaka@kitashinano-nippo.co.jp
―――――――――――――――"""

INTERNAL_DOMAINS = {
    "tohomaritech.co.jp": "Toho Maritech Trading",
    "shirafuji-hifuka.jp": "Shirafuji Dermatology & Aesthetic Clinic",
    "minato-sr.jp": "Minato Labor Partners",
    "sumire-fudosan.co.jp": "Sumire Fudosan",
    "kitashinano-nippo.co.jp": "Kita-Shinano Nippo",
}
