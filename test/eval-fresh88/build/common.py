"""Shared helpers for the eval-fresh88 generators.

All people, companies, addresses, phone numbers and identifiers are synthetic.
Phone numbers use a 0000 exchange; domains are *.example.* or free-mail.
"""

FREE_MAIL = ("gmail.com", "yahoo.co.jp", "outlook.com")


# ---------------------------------------------------------------- addresses
def A(name, email):
    """`表示名 <local@domain>`"""
    return f"{name} <{email}>"


def domain_of(addr):
    s = addr.strip()
    if "<" in s:
        s = s[s.index("<") + 1:s.index(">")]
    return s.split("@", 1)[1].lower()


# ---------------------------------------------------------- check digits
def mynumber_check(d11):
    """Check digit of a 12-digit 個人番号 (マイナンバー) from its first 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    total = 0
    for n in range(1, 12):               # P1 = rightmost of the 11 digits
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11):
    return d11 + str(mynumber_check(d11))


def mynumber_ok(num):
    num = "".join(c for c in num if c.isdigit())
    return len(num) == 12 and mynumber_check(num[:11]) == int(num[11])


def fmt4(num):
    """'123456789012' -> '1234 5678 9012'"""
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(d15):
    for c in "0123456789":
        if luhn_ok(d15 + c):
            return d15 + c
    raise ValueError(d15)


def yamato_ok(num):
    """ヤマト運輸の送り状番号: 12 digits, last = first 11 digits mod 7."""
    return len(num) == 12 and num.isdigit() and int(num[:11]) % 7 == int(num[11])


def yamato(d11):
    return d11 + str(int(d11) % 7)


def dual_tracking(start11):
    """First Yamato-valid tracking number >= start11 whose check digit also
    happens to satisfy the マイナンバー check digit (a tempting pass)."""
    k = int(start11)
    while True:
        d11 = str(k).zfill(11)
        if int(d11) % 7 == mynumber_check(d11):
            return d11 + str(int(d11) % 7)
        k += 1


def jan(d12):
    """EAN-13 / JAN code with check digit."""
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def houjin_bangou(base12):
    """13-digit 法人番号: check digit first, then 12 digits."""
    total = 0
    for n in range(1, 13):               # P1 = rightmost
        p = int(base12[12 - n])
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


# ------------------------------------------------------------------ records
def csv_text(header, rows):
    """Rows -> CSV text as a spreadsheet export would carry it."""
    def cell(v):
        v = str(v)
        if any(ch in v for ch in ',"\n'):
            v = '"' + v.replace('"', '""') + '"'
        return v
    lines = [",".join(cell(h) for h in header)]
    for r in rows:
        lines.append(",".join(cell(v) for v in r))
    return "\n".join(lines) + "\n"


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def P(type_, value):
    return {"type": type_, "value": value}


def quote(text, mark="> "):
    return "\n".join((mark + line) if line else mark.rstrip() for line in text.strip("\n").split("\n"))


def mail(org, writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    """One mail record; keys starting with '_' go to meta.json, not fresh.json."""
    assert expect in ("hold", "pass")
    if expect == "pass":
        assert kind.startswith("benign."), kind
        assert loc == "none", loc
    else:
        assert kind.split(".")[0] in ("sensitive", "id", "list", "personal",
                                      "recipients", "attachment"), kind
        assert loc in ("body", "attachment", "quoted", "subject", "zip", "recipients"), loc
    m = {"_org": org, "_writer": writer, "_loc": loc,
         "expect": expect, "kind": kind, "why": why,
         "from": frm, "to": list(to)}
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = text.strip("\n") + "\n"
    if attachments:
        m["attachments"] = list(attachments)
    if personal:
        m["personal"] = list(personal)
    return m
