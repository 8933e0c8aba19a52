"""Shared helpers for the ck (eval-fresh89) generators.

Everything here is synthetic: people, companies, numbers and domains are invented.
"""
import re

FREE_MAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}

CT_CSV = "text/csv"
CT_TXT = "text/plain"
CT_PDF = "application/pdf"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_ZIP = "application/zip"


def addr(name, email):
    """'表示名 <local@domain>'"""
    return f"{name} <{email}>"


def t(s):
    """Drop the first newline of a triple-quoted block and trailing spaces of lines."""
    if s.startswith("\n"):
        s = s[1:]
    return "\n".join(line.rstrip() for line in s.split("\n"))


# ---------------------------------------------------------------- numbers
def mn_check(d11):
    """Check digit of a 12-digit マイナンバー from its first 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    total = 0
    for n in range(1, 12):
        p = int(d11[11 - n])          # n-th digit from the right
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11):
    return d11 + str(mn_check(d11))


def mn_valid(s):
    s = re.sub(r"[ -]", "", s)
    return len(s) == 12 and s.isdigit() and mn_check(s[:11]) == int(s[11])


def luhn_valid(num):
    digits = [int(c) for c in re.sub(r"[ -]", "", num)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_valid(prefix + c):
            return prefix + c
    raise ValueError(prefix)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def yamato_valid(s):
    """Yamato 12-digit slip number: first 11 digits mod 7 == last digit."""
    return len(s) == 12 and s.isdigit() and int(s[:11]) % 7 == int(s[11])


def yamato_number(base11, want_mynumber_valid):
    """Walk from base11 upwards until the Yamato check holds and the
    マイナンバー check holds (or deliberately fails)."""
    n = int(base11)
    while True:
        d11 = f"{n:011d}"
        y = str(int(d11) % 7)
        cand = d11 + y
        if mn_valid(cand) == want_mynumber_valid:
            return cand
        n += 1


def jan13(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- text bits
def csv_text(header, rows):
    lines = [",".join(header)] + [",".join(str(c) for c in r) for r in rows]
    return "\n".join(lines) + "\n"


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() for line in text.split("\n"))


QUOTE_RE = re.compile(
    r"^(?:-{2,}\s*(?:Original Message|Forwarded message|転送メッセージ|元のメッセージ)\s*-{2,}.*"
    r"|_{10,}\s*"
    r"|[>＞].*"
    r"|.*(?:wrote:|のメッセージ：|のメッセージ:|書きました：|書きました:))$",
    re.M,
)


def quote_start(text):
    """Index where the first quoted/forwarded part begins, or None."""
    m = QUOTE_RE.search(text)
    return m.start() if m else None


# ---------------------------------------------------------------- builders
def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": CT_ZIP, "encrypted": True}


def P(type_, value):
    return {"type": type_, "value": value}


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
    m["text"] = t(text)
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = personal
    m["_meta"] = {"org": org, "writer": writer, "loc": loc}
    return m
