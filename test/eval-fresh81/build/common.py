"""Shared helpers for the eval-fresh81 generators.

Every mail is written by hand in org_a.py … org_e.py; this module only provides
number helpers (マイナンバー check digit, Luhn, ヤマト運輸 tracking check digit) and
small constructors so that every record has the same shape.
"""

import re

FREE_MAIL = ("gmail.com", "yahoo.co.jp", "outlook.com")


# ---------------------------------------------------------------- numbers

def mynumber_check_digit(d11):
    """Check digit of an individual number (個人番号) from its first 11 digits."""
    d11 = re.sub(r"\D", "", d11)
    assert len(d11) == 11, d11
    total = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber_valid(num):
    d = re.sub(r"\D", "", num)
    return len(d) == 12 and mynumber_check_digit(d[:11]) == d[11]


def mynumber(d11):
    """Complete 11 digits into a valid 12-digit My Number."""
    return d11 + mynumber_check_digit(d11)


def luhn_valid(num):
    d = re.sub(r"\D", "", num)
    if not d:
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(d15):
    for c in "0123456789":
        if luhn_valid(d15 + c):
            return d15 + c
    raise ValueError(d15)


def yamato_valid(num):
    """ヤマト運輸 12-digit tracking number: last digit = first 11 digits mod 7."""
    d = re.sub(r"\D", "", num)
    return len(d) == 12 and int(d[:11]) % 7 == int(d[11])


# ---------------------------------------------------------------- records

def att(filename, text, content_type=None):
    if content_type is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        content_type = {
            "csv": "text/csv",
            "txt": "text/plain",
            "pdf": "application/pdf",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "zip": "application/zip",
            "jpg": "image/jpeg",
            "png": "image/png",
        }.get(ext, "application/octet-stream")
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def P(type_, value):
    return {"type": type_, "value": value}


def mail(*, writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {
        "expect": expect,
        "kind": kind,
        "why": why,
        "from": frm,
        "to": list(to),
    }
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = text.strip("\n") + "\n"
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = personal
    return {"writer": writer, "loc": loc, "mail": m}


def quote(text, mark="> "):
    return "\n".join(mark + line if line else mark.rstrip() for line in text.strip("\n").split("\n"))


def addr_domain(a):
    m = re.search(r"<([^>]+)>", a)
    e = m.group(1) if m else a
    return e.split("@", 1)[1].lower()
