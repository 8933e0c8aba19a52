"""Shared helpers for the cx (eval-fresh102) blind evaluation set.

All people, organisations, numbers and addresses are synthetic.
Phone numbers use a 0000 exchange; domains are *.example.* or free-mail.
"""
import re

# ---------------------------------------------------------------- numbers

def mynumber_check_digit(first11: str) -> int:
    """Check digit of a 12-digit individual number (マイナンバー)."""
    digits = [int(c) for c in first11]
    assert len(digits) == 11
    total = 0
    for n in range(1, 12):            # n = position counted from the right
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(first11: str, sep: str = "") -> str:
    s = first11 + str(mynumber_check_digit(first11))
    if sep:
        return sep.join([s[0:4], s[4:8], s[8:12]])
    return s


def mynumber_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and mynumber_check_digit(d[:11]) == int(d[11])


def luhn_ok(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    total = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(prefix: str, sep: str = " ") -> str:
    """Complete a 15-digit prefix into a Luhn-valid 16-digit number."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            s = prefix + c
            return sep.join([s[0:4], s[4:8], s[8:12], s[12:16]])
    raise ValueError(prefix)

# ---------------------------------------------------------------- mail parts

def addr(name: str, email: str) -> str:
    return f"{name} <{email}>"


CTYPES = {
    "csv": "text/csv",
    "txt": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def att(filename: str, text: str, ctype: str = None) -> dict:
    ext = filename.rsplit(".", 1)[-1].lower()
    return {"filename": filename, "contentType": ctype or CTYPES[ext], "text": text}


def enc_zip(filename: str) -> dict:
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def P(type_: str, value: str) -> dict:
    return {"type": type_, "value": value}


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.strip("\n").split("\n"))


def csv(rows) -> str:
    return "\n".join(",".join(str(c) for c in r) for r in rows) + "\n"


def mail(org, writer, expect, kind, why, loc, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    """Build one mail record. `writer` is a dict with name/email."""
    m = {
        "expect": expect,
        "kind": kind,
        "why": why,
        "from": addr(writer["name"], writer["email"]),
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
    m["_meta"] = {"org": org, "writer": writer["key"], "loc": loc if expect == "hold" else "none"}
    return m
