"""Shared helpers for the cn (eval-fresh92) generators.

Everything here is synthetic: people, companies, addresses and numbers are invented.
Phone numbers use a 0000 exchange; domains are *.example.* or private webmail.
"""
import re

PREFIX = "cn"
PRIVATE_DOMAINS = {"gmail.com", "yahoo.co.jp", "outlook.com"}


# ---------------------------------------------------------------- numbers
def mynumber_check_digit(d11: str) -> int:
    """Check digit of a 12-digit individual number (マイナンバー) from its first 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    total = 0
    for n in range(1, 12):  # n-th digit counted from the right of the 11 digits
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber_valid(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and mynumber_check_digit(d[:11]) == int(d[11])


def make_mynumber(d11: str) -> str:
    return d11 + str(mynumber_check_digit(d11))


def luhn_valid(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    total = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_valid(body + c):
            return body + c
    raise ValueError(body)


def yamato_valid(s: str) -> bool:
    """Yamato Transport slip numbers: 12 digits, last digit = first 11 digits mod 7."""
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and int(d[:11]) % 7 == int(d[11])


def corporate_number_valid(s: str) -> bool:
    """法人番号 (13 digits, check digit first)."""
    d = re.sub(r"\D", "", s)
    if len(d) != 13:
        return False
    body = d[1:]
    total = 0
    for n in range(1, 13):
        p = int(body[12 - n])
        total += p * (1 if n % 2 == 1 else 2)
    return int(d[0]) == 9 - (total % 9)


def ean13_valid(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 13:
        return False
    total = sum(v * (3 if i % 2 == 1 else 1) for i, v in enumerate(d[:12]))
    return (10 - total % 10) % 10 == d[12]


def fmt4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- mails
class Writer:
    def __init__(self, key, org, name, display, email, sig):
        self.key = key
        self.org = org
        self.name = name
        self.display = display
        self.email = email
        self.sig = sig.strip("\n")

    @property
    def address(self):
        return f"{self.display} <{self.email}>"


def addr(display: str, email: str) -> str:
    return f"{display} <{email}>"


def mail(tag, expect, kind, why, writer, loc, to, subject, body, *, quoted=None,
         cc=None, bcc=None, attachments=None, personal=None, sig=True):
    """Assemble one mail. body = the writer's own text (greeting + content);
    the signature is appended, then an optional quoted / forwarded part."""
    text = body.strip("\n")
    if sig:
        text += "\n\n" + writer.sig
    if quoted:
        text += "\n\n" + quoted.strip("\n")
    text += "\n"
    m = {
        "_tag": tag,
        "_org": writer.org,
        "_writer": writer.key,
        "_loc": loc if expect == "hold" else "none",
        "expect": expect,
        "kind": kind,
        "why": why,
        "from": writer.address,
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
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    return m


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


CT_CSV = "text/csv"
CT_TXT = "text/plain"
CT_PDF = "application/pdf"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
