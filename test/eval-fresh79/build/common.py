"""Shared helpers for the eval-fresh79 generators (all data synthetic)."""

CONTENT_TYPES = {
    "csv": "text/csv",
    "txt": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}


# ---------------------------------------------------------------- numbers
def mynumber_check_digit(first11: str) -> int:
    """Check digit of a 12-digit 個人番号 from its first 11 digits."""
    assert len(first11) == 11 and first11.isdigit()
    total = 0
    for n in range(1, 12):                 # n = 1 is the rightmost of the 11 digits
        p = int(first11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(first11: str) -> str:
    return first11 + str(mynumber_check_digit(first11))


def mynumber_ok(num: str) -> bool:
    d = "".join(c for c in num if c.isdigit())
    return len(d) == 12 and mynumber_check_digit(d[:11]) == int(d[11])


def not_mynumber(first11: str) -> str:
    """A 12-digit number whose last digit is NOT the My Number check digit."""
    c = mynumber_check_digit(first11)
    return first11 + str((c + 3) % 10)


def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(first15: str) -> str:
    for c in "0123456789":
        if luhn_ok(first15 + c):
            return first15 + c
    raise ValueError(first15)


def group4(num: str, sep: str = " ") -> str:
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


# ---------------------------------------------------------------- records
def csv_text(header, rows) -> str:
    out = [",".join(header)]
    for r in rows:
        out.append(",".join(str(x) for x in r))
    return "\n".join(out) + "\n"


def att(filename, text, content_type=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    return {"filename": filename,
            "contentType": content_type or CONTENT_TYPES.get(ext, "application/octet-stream"),
            "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def P(type_, value):
    return {"type": type_, "value": value}


def quote(text, mark="> "):
    return "\n".join(mark + line if line else mark.rstrip() for line in text.strip("\n").split("\n"))


def mail(org, writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
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
        m["attachments"] = attachments
    if personal:
        m["personal"] = personal
    return m


def ean13(first12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(first12))
    return first12 + str((10 - s % 10) % 10)


def houjin_bangou(base12: str) -> str:
    """13-digit 法人番号: check digit first, then the 12 base digits."""
    s = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        s += p * (1 if n % 2 else 2)
    return str(9 - s % 9) + base12
