"""Shared helpers for the eval-fresh68 generator (blind set, prefix bp)."""
import re


def mynumber_check_digit(d11: str) -> int:
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mynumber_valid(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    return len(d) == 12 and mynumber_check_digit(d[:11]) == int(d[11])


def luhn_valid(v: str) -> bool:
    d = [int(c) for c in v if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def mail(key, expect, kind, why, writer, frm, to, subject, text, *, cc=None, bcc=None,
         attachments=None, personal=None, loc=None):
    m = {
        "key": key, "expect": expect, "kind": kind, "why": why,
        "from": frm, "to": list(to), "subject": subject, "text": text,
        "_writer": writer, "_loc": loc,
    }
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    return m


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"
ZIP = "application/zip"
