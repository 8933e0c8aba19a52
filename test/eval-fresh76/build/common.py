"""Shared helpers for the eval-fresh76 generators (number check digits, mail record)."""

CONTENT_TYPES = {
    "csv": "text/csv",
    "txt": "text/plain",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "zip": "application/zip",
}


def mynumber_check(d11):
    """Check digit of a 12-digit individual number (マイナンバー) for its first 11 digits."""
    digits = [int(c) for c in d11]
    total = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11):
    return d11 + str(mynumber_check(d11))


def mynumber_valid(d12):
    return len(d12) == 12 and d12.isdigit() and mynumber_check(d12[:11]) == int(d12[11])


def luhn_valid(num):
    digits = [int(c) for c in num]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn(d15):
    for c in "0123456789":
        if luhn_valid(d15 + c):
            return d15 + c
    raise ValueError(d15)


def g4(num, sep=" "):
    """Group a digit string in blocks of four."""
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def att(filename, text=None, encrypted=False, content_type=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    a = {"filename": filename, "contentType": content_type or CONTENT_TYPES.get(ext, "application/octet-stream")}
    if encrypted:
        a["contentType"] = "application/zip"
        a["encrypted"] = True
    else:
        a["text"] = text
    return a


def mail(org, writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {
        "_org": org, "_writer": writer, "_loc": loc,
        "expect": expect, "kind": kind, "why": why,
        "from": frm, "to": list(to),
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
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    return m
