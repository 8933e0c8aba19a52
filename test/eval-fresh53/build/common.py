"""Shared helpers for the eval-fresh53 generator (blind set, prefix "ba")."""


def addr(name, email):
    return f"{name} <{email}>"


def mynumber(base11):
    """Append the official check digit to an 11-digit base (個人番号)."""
    assert len(base11) == 11 and base11.isdigit()
    d = [int(c) for c in base11]
    s = 0
    for n in range(1, 12):
        p = d[11 - n]
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    cd = 0 if r <= 1 else 11 - r
    return base11 + str(cd)


def mynumber_ok(num):
    num = "".join(c for c in num if c.isdigit())
    return len(num) == 12 and mynumber(num[:11]) == num


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def luhn_complete(prefix15):
    for c in "0123456789":
        if luhn_ok(prefix15 + c):
            return prefix15 + c
    raise ValueError(prefix15)


def fmt4(num, sep=" "):
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def yamato_like_mynumber(start):
    """12-digit number whose last digit is both the Yamato mod-7 check
    (first 11 digits mod 7) and a valid マイナンバー check digit."""
    n = start
    while True:
        base = str(n).zfill(11)
        full = mynumber(base)
        if int(full[-1]) == int(base) % 7:
            return full
        n += 1


def M(key, expect, kind, loc, writer, why, frm, to, subject, text,
      cc=None, bcc=None, attachments=None, personal=None):
    d = {
        "_key": key, "_loc": loc, "_writer": writer,
        "expect": expect, "kind": kind, "why": why,
        "from": frm, "to": list(to),
    }
    if cc:
        d["cc"] = list(cc)
    if bcc:
        d["bcc"] = list(bcc)
    d["subject"] = subject
    d["text"] = text.strip("\n") + "\n"
    if attachments:
        d["attachments"] = attachments
    if personal:
        d["personal"] = [{"type": t, "value": v} for t, v in personal]
    return d


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type,
            "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip",
            "encrypted": True}


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"
ZIP = "application/zip"
