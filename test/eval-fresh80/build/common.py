"""Shared helpers for the eval-fresh80 generators.

Everything here is synthetic: check-digit helpers are used so that numbers that are
*meant* to be identity or card numbers look valid, and numbers that merely look like
them (tracking numbers, 法人番号, JAN codes) are also well-formed.
"""

import re


def T(s):
    """Normalise a triple-quoted block: drop the one newline after the opening quotes,
    keep a single blank line at the end if the block ended with one (so that a body
    followed by a signature keeps its gap), otherwise end with one newline."""
    if s.startswith("\n"):
        s = s[1:]
    body = s.rstrip()
    tail = s[len(body):]
    return body + ("\n\n" if tail.count("\n") >= 2 else "\n")


# ---------------------------------------------------------------- My Number
def mynumber_cd(d11):
    """Check digit of an individual number (マイナンバー) from its first 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    total = 0
    for n in range(1, 12):
        p = int(d11[11 - n])          # n-th digit counted from the right
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11):
    return d11 + str(mynumber_cd(d11))


def mynumber_ok(d12):
    d12 = re.sub(r"\D", "", d12)
    return len(d12) == 12 and mynumber_cd(d12[:11]) == int(d12[11])


# ---------------------------------------------------------------- Luhn
def luhn_ok(num):
    digits = [int(c) for c in re.sub(r"\D", "", num)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_make(prefix15):
    for c in "0123456789":
        if luhn_ok(prefix15 + c):
            return prefix15 + c
    raise ValueError(prefix15)


# ---------------------------------------------------------------- other numbers
def yamato_ok(n12):
    """Yamato tracking numbers: last digit = first 11 digits mod 7."""
    n12 = re.sub(r"\D", "", n12)
    return len(n12) == 12 and int(n12[:11]) % 7 == int(n12[11])


def yamato(d11):
    return d11 + str(int(d11) % 7)


def yamato_also_mynumber(start11):
    """First 12-digit Yamato number >= start11 whose check digit also satisfies the
    My Number rule (a tracking number that a naive detector would take for a My Number)."""
    n = int(start11)
    while True:
        s = str(n).zfill(11)
        y = yamato(s)
        if mynumber_ok(y):
            return y
        n += 1


def houjin(d12):
    """法人番号 (13 digits): check digit in front of 12 base digits."""
    total = 0
    for n in range(1, 13):
        p = int(d12[12 - n])
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + d12


def jan13(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def g4(s, sep=" "):
    """Group a digit string in blocks of four."""
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- records
def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


CSV = "text/csv"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ZIP = "application/zip"
TXT = "text/plain"


def P(typ, value):
    return {"type": typ, "value": value}


def mail(org, writer, loc, expect, kind, why, frm, to, subject, text,
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
    m["text"] = text
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = personal
    m["_meta"] = {"org": org, "writer": writer, "loc": loc}
    return m
