"""Shared helpers for the bt (eval-fresh72) generator. All data is invented."""
import re

CSV = "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ZIP = "application/zip"
TXT = "text/plain"


def mynumber_check(first11):
    """Check digit of a 12-digit 個人番号 from its first 11 digits."""
    d = [int(c) for c in first11]
    assert len(d) == 11
    s = 0
    for n in range(1, 12):
        p = d[11 - n]
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mynumber(first11):
    return first11 + str(mynumber_check(first11))


def mynumber_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 12 and mynumber_check(s[:11]) == int(s[11])


def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn(first15):
    for c in "0123456789":
        if luhn_ok(first15 + c):
            return first15 + c


def houjin(base12):
    """法人番号: check digit first, then 12 digits."""
    d = [int(c) for c in base12]
    s = 0
    for n in range(1, 13):
        p = d[12 - n]
        q = 1 if n % 2 == 1 else 2
        s += p * q
    return str(9 - (s % 9)) + base12


def jan13(first12):
    d = [int(c) for c in first12]
    s = sum(x * (3 if i % 2 == 1 else 1) for i, x in enumerate(d))
    return first12 + str((10 - s % 10) % 10)


def yamato(first11):
    """Yamato tracking: last digit = first 11 digits mod 7."""
    return first11 + str(int(first11) % 7)


class Writer:
    def __init__(self, key, name, email, sig):
        self.key = key
        self.name = name
        self.email = email
        self.sig = sig.strip("\n")

    @property
    def addr(self):
        return f"{self.name} <{self.email}>"


def A(name, email):
    return f"{name} <{email}>"


def quote(text, mark="> "):
    return "\n".join((mark + line) if line else mark.rstrip() for line in text.strip("\n").split("\n"))


def att(filename, ctype, text):
    return {"filename": filename, "contentType": ctype, "text": text.strip("\n") + "\n"}


def enczip(filename):
    return {"filename": filename, "contentType": ZIP, "encrypted": True}


def mail(org, writer, loc, expect, kind, why, to, subject, body, quoted=None,
         cc=None, bcc=None, attachments=None, personal=None, sig=True):
    text = body.strip("\n")
    if sig:
        text += "\n\n" + writer.sig
    if quoted:
        text += "\n\n" + quoted.strip("\n")
    m = {
        "expect": expect,
        "kind": kind,
        "why": why,
        "from": writer.addr,
        "to": list(to),
    }
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = text + "\n"
    if attachments:
        m["attachments"] = list(attachments)
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    m["_meta"] = {"org": org, "writer": writer.key, "loc": loc}
    return m
