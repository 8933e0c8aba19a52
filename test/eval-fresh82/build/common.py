"""Shared helpers for the eval-fresh82 generators.

Everything here is synthetic: people, companies, numbers. Domains are *.example.*
or the three free-mail domains.
"""
import csv
import io
import re

FREEMAIL = ("gmail.com", "yahoo.co.jp", "outlook.com")


# ---------------------------------------------------------------- numbers
def mynumber_check_digit(d11: str) -> int:
    """Check digit of a 12-digit 個人番号 from its first 11 digits.

    P_n is the n-th digit counted from the right of the 11 digits (n = 1..11),
    Q_n = n + 1 (n <= 6) or n - 5 (n >= 7); r = sum(P_n * Q_n) mod 11;
    check = 0 if r <= 1 else 11 - r.
    """
    assert len(d11) == 11 and d11.isdigit(), d11
    total = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11: str) -> str:
    """Complete 11 digits into a valid 12-digit 個人番号."""
    return d11 + str(mynumber_check_digit(d11))


def mynumber_valid(num: str) -> bool:
    digits = re.sub(r"\D", "", num)
    return len(digits) == 12 and mynumber_check_digit(digits[:11]) == int(digits[11])


def fmt4(num: str, sep: str = " ") -> str:
    """'123456789012' -> '1234 5678 9012'."""
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


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


def luhn_complete(d15: str) -> str:
    for c in "0123456789":
        if luhn_valid(d15 + c):
            return d15 + c
    raise ValueError(d15)


def yamato_valid(num: str) -> bool:
    """Yamato (クロネコ) 12-digit slip: last digit = first 11 digits mod 7."""
    d = re.sub(r"\D", "", num)
    return len(d) == 12 and int(d[:11]) % 7 == int(d[11])


def yamato_complete(d11: str) -> str:
    return d11 + str(int(d11) % 7)


def yamato_colliding_with_mynumber(start: int) -> str:
    """First Yamato slip number >= start whose digits also pass the 個人番号 check."""
    n = start
    while True:
        s = yamato_complete(f"{n:011d}")
        if mynumber_valid(s):
            return s
        n += 1


# ---------------------------------------------------------------- records
def csv_text(header, rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def addr(name: str, email: str) -> str:
    return f"{name} <{email}>"


def att(filename: str, text: str, content_type: str = None) -> dict:
    if content_type is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        content_type = {
            "csv": "text/csv",
            "txt": "text/plain",
            "pdf": "application/pdf",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "zip": "application/zip",
        }.get(ext, "application/octet-stream")
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename: str) -> dict:
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def quote(text: str) -> str:
    """Prefix every line with '> ' as a mail client does for a reply."""
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


LOCS = ("body", "attachment", "quoted", "subject", "zip", "recipients", "pass")


def mail(*, writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    assert loc in LOCS, loc
    assert expect in ("hold", "pass")
    assert (loc == "pass") == (expect == "pass"), (loc, expect, subject)
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
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    return {"writer": writer, "loc": loc, "mail": m}
