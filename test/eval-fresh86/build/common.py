"""Shared helpers for the eval-fresh86 generators.

- My Number (個人番号) check digit, Luhn, Yamato-style tracking check digit
- small record generator for rosters (synthetic names, 0000-exchange phones)
- mail constructor used by org_a.py ... org_e.py
"""
import random

FREE_MAIL = ("gmail.com", "yahoo.co.jp", "outlook.com")


# ---------------------------------------------------------------- numbers
def mynumber_check(d11):
    """Check digit of a 12-digit individual number from its first 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    total = 0
    for n in range(1, 12):                      # n = 1 is the rightmost of the 11 digits
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11):
    return d11 + str(mynumber_check(d11))


def mynumber_ok(d12):
    d12 = "".join(c for c in d12 if c.isdigit())
    return len(d12) == 12 and mynumber_check(d12[:11]) == int(d12[11])


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(d15):
    for c in "0123456789":
        if luhn_ok(d15 + c):
            return d15 + c
    raise ValueError(d15)


def yamato_ok(d12):
    return int(d12[:11]) % 7 == int(d12[11])


def yamato(d11):
    return d11 + str(int(d11) % 7)


def yamato_also_mynumber(start11):
    """First tracking number from start11 upward whose check digit is valid
    both as a Yamato tracking number and as a My Number (a coincidence the
    set uses on purpose in a pass)."""
    n = int(start11)
    while True:
        s = "%011d" % n
        t = yamato(s)
        if mynumber_ok(t):
            return t
        n += 1


def jan13(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def corp_number(d12):
    """法人番号 (13 digits): check digit in front."""
    s = 0
    for i, c in enumerate(reversed(d12)):
        s += int(c) * (1 if i % 2 == 0 else 2)
    return str(9 - s % 9) + d12


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- records
SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
            "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "清水", "山崎",
            "森", "池田", "橋本", "阿部", "石川", "前田", "藤田", "小川", "岡田", "後藤",
            "長谷川", "村上", "近藤", "石井", "斎藤", "坂本", "遠藤", "青木", "藤井", "西村",
            "福田", "太田", "三浦", "藤原", "岡本", "松田", "中川", "中野", "原田", "小野"]
MALE = ["翔太", "大輔", "健一", "拓也", "直樹", "誠", "亮", "悠真", "蓮", "陽斗",
        "和也", "浩二", "隆", "裕介", "聡", "颯太", "湊", "樹", "大和", "優斗"]
FEMALE = ["美咲", "陽菜", "さくら", "結衣", "真由美", "由美子", "愛", "彩", "千尋", "恵",
          "葵", "凛", "結菜", "明美", "裕子", "奈々", "舞", "綾香", "美穂", "智子"]


def people(n, seed, towns, birth_years=(1960, 2000), mobile=True, area=None):
    """n synthetic people: name, sex, birth, address, phone (0000 exchange)."""
    rng = random.Random(seed)
    out, used = [], set()
    while len(out) < n:
        sex = rng.choice("MF")
        name = rng.choice(SURNAMES) + " " + rng.choice(MALE if sex == "M" else FEMALE)
        if name in used:
            continue
        used.add(name)
        y = rng.randint(*birth_years)
        birth = "%d/%02d/%02d" % (y, rng.randint(1, 12), rng.randint(1, 28))
        town = rng.choice(towns)
        address = "%s%d-%d-%d" % (town, rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20))
        if mobile or area is None:
            phone = "%s-0000-%04d" % (rng.choice(["090", "080", "070"]), rng.randint(1000, 9999))
        else:
            phone = "%s-0000-%04d" % (area, rng.randint(1000, 9999))
        out.append({"name": name, "sex": sex, "birth": birth, "year": y,
                    "address": address, "phone": phone, "rng": rng.random()})
    return out


def csv_text(header, rows):
    def cell(v):
        v = str(v)
        if "," in v or '"' in v:
            v = '"' + v.replace('"', '""') + '"'
        return v
    lines = [",".join(cell(h) for h in header)]
    for r in rows:
        lines.append(",".join(cell(v) for v in r))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- mails
def T(s):
    """Strip the first newline of a triple-quoted block."""
    return s[1:] if s.startswith("\n") else s


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": T(text)}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


CSV = "text/csv"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ZIP = "application/zip"


def M(org, writer, loc, expect, kind, why, frm, to, subject, text,
      cc=None, bcc=None, attachments=None, personal=None):
    m = {"org": org, "writer": writer, "loc": loc, "expect": expect, "kind": kind,
         "why": why, "from": frm, "to": list(to), "subject": subject, "text": T(text)}
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    return m
