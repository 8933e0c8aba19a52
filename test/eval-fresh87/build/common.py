"""Shared helpers for the eval-fresh87 generators.

Everything here is synthetic: names, addresses, phone numbers (0000 exchange),
account, card and ID numbers. Domains are *.example.* or free-mail.
"""
import re
import textwrap

FREE_MAIL = ("gmail.com", "yahoo.co.jp", "outlook.com")


# ---------------------------------------------------------------- numbers
def mynumber_check_digit(s11: str) -> int:
    """Check digit of a 12-digit 個人番号 from its first 11 digits."""
    assert len(s11) == 11 and s11.isdigit(), s11
    digits = [int(c) for c in s11]
    total = 0
    for n in range(1, 12):               # n-th digit counted from the right
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(s11: str) -> str:
    return s11 + str(mynumber_check_digit(s11))


def mynumber_valid(s12: str) -> bool:
    s12 = re.sub(r"\D", "", s12)
    return len(s12) == 12 and mynumber_check_digit(s12[:11]) == int(s12[11])


def luhn_valid(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(s15: str) -> str:
    for c in "0123456789":
        if luhn_valid(s15 + c):
            return s15 + c
    raise ValueError(s15)


def yamato_check_ok(s12: str) -> bool:
    """Yamato tracking numbers: last digit = first 11 digits mod 7."""
    s12 = re.sub(r"\D", "", s12)
    return len(s12) == 12 and int(s12[:11]) % 7 == int(s12[11])


def fmt4(s: str, sep: str = "-") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- text
def t(s: str) -> str:
    """Dedent a triple-quoted body and normalise its ends."""
    s = textwrap.dedent(s).lstrip("\n")
    s = "\n".join(line.rstrip() for line in s.split("\n"))
    return s if s.endswith("\n") else s + "\n"


def q(s: str, mark: str = "> ") -> str:
    """Quote a block line by line (keeps empty quoted lines as '>')."""
    out = []
    for line in s.rstrip("\n").split("\n"):
        out.append((mark + line) if line.strip() else mark.rstrip())
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- records
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
            "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "zip": "application/zip",
            "ics": "text/calendar",
        }.get(ext, "application/octet-stream")
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename: str) -> dict:
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


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
    m["text"] = text
    if attachments:
        m["attachments"] = list(attachments)
    if personal:
        m["personal"] = [{"type": k, "value": v} for k, v in personal]
    return m


def domain_of(address: str) -> str:
    m = re.search(r"<([^>]+)>", address)
    email = m.group(1) if m else address
    return email.rsplit("@", 1)[-1].lower()
