"""Shared helpers for the eval-fresh64 generator (blind set, prefix bl)."""
import re


def mynumber_check(d11: str) -> int:
    """Check digit for the first 11 digits of a マイナンバー (個人番号)."""
    assert len(d11) == 11 and d11.isdigit()
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])          # P_n counted from the right
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mynumber_valid(num: str) -> bool:
    num = re.sub(r"\D", "", num)
    return len(num) == 12 and mynumber_check(num[:11]) == int(num[11])


def luhn_valid(num: str) -> bool:
    digits = [int(c) for c in re.sub(r"\D", "", num)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def yamato_valid(num: str) -> bool:
    num = re.sub(r"\D", "", num)
    return len(num) == 12 and int(num[:11]) % 7 == int(num[11])


def addr(name: str, email: str) -> str:
    return f"{name} <{email}>"


def mail(id, expect, kind, why, writer, loc, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None, org=None):
    m = {"id": id, "expect": expect, "kind": kind, "why": why,
         "from": frm, "to": list(to)}
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = text
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    m["_meta"] = {"org": org, "writer": writer, "loc": loc}
    return m


def att(filename, contentType, text):
    return {"filename": filename, "contentType": contentType, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"
ZIP = "application/zip"
