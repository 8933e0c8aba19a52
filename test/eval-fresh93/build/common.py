# -*- coding: utf-8 -*-
"""Shared helpers for the fresh93 blind evaluation set (prefix "co").

Everything here is synthetic: invented people, companies, numbers.
Domains are *.example.* only (or gmail.com / yahoo.co.jp / outlook.com
for private persons); phone numbers use a 0000 exchange.
"""

CONTENT_TYPES = {
    "csv": "text/csv",
    "txt": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}


def ctype(filename):
    return CONTENT_TYPES[filename.rsplit(".", 1)[-1].lower()]


def addr(name, email):
    """A header address '表示名 <local@domain>'."""
    return f"{name} <{email}>"


def att(filename, text):
    """A text-bearing attachment (CSV/TXT, or extracted text of PDF/DOCX/XLSX).
    Files inside a plain zip are named 'archive.zip/inner.ext'."""
    return {"filename": filename, "contentType": ctype(filename),
            "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    """An encrypted (password) zip: no text."""
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def quote(text):
    """Quote a previous message with '> '."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(("> " + line) if line else ">")
    return "\n".join(out)


def body(*parts):
    """Join parts of a mail body, trimming outer blank lines."""
    return "\n".join(p.strip("\n") for p in parts if p is not None).strip("\n") + "\n"


# ---------------------------------------------------------------- numbers

def mn_check_digit(d11):
    """Check digit of a マイナンバー (個人番号) for its first 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    s = 0
    for n in range(1, 12):           # n-th digit counted from the right
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11):
    """A 12-digit マイナンバー with a valid check digit."""
    return d11 + str(mn_check_digit(d11))


def mn_valid(d12):
    return len(d12) == 12 and d12.isdigit() and mn_check_digit(d12[:11]) == int(d12[11])


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


def luhn_complete(prefix):
    """Append the Luhn check digit to prefix."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError(prefix)


def group4(num, sep=" "):
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def P(*pairs):
    """personal: [(type, value), ...] -> [{type, value}, ...]"""
    return [{"type": t, "value": v} for t, v in pairs]


# ---------------------------------------------------------------- mails

def mail(*, expect, kind, why, writer, loc, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    """One mail. 'writer' and 'loc' go to build/meta.json, the rest to fresh.json."""
    m = {"expect": expect, "kind": kind, "why": why, "from": frm, "to": list(to)}
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
    m["_writer"] = writer
    m["_loc"] = loc
    return m
