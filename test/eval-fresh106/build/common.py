"""Shared helpers for the eval-fresh106 generators (synthetic data only)."""
import re

FWD = "---------- Forwarded message ---------"
FWD_JA = "-------- 転送メッセージ --------"
ORIG = "-----Original Message-----"
QUOTE_MARKERS = [FWD, FWD_JA, ORIG]

PRIVATE_DOMAINS = {"gmail.com", "yahoo.co.jp", "outlook.com"}


def A(name, email):
    """Display-name address."""
    return f"{name} <{email}>"


def domain_of(address):
    m = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", address)
    return m.group(1).lower() if m else ""


def domain_allowed(domain):
    d = domain.lower().rstrip(".")
    if d in PRIVATE_DOMAINS:
        return True
    return re.search(r"(^|\.)example\.[a-z]{2,}(\.[a-z]{2,})?$", d) is not None


def q(text):
    """Quote a block of text with '> '."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(">" if not line else "> " + line)
    return "\n".join(out)


def quote_start(text):
    """Index where the quoted / forwarded part begins (len(text) if none)."""
    idx = len(text)
    for mk in QUOTE_MARKERS:
        i = text.find(mk)
        if i != -1:
            idx = min(idx, i)
    m = re.search(r"(?m)^>", text)
    if m:
        idx = min(idx, m.start())
    return idx


def mynumber_check(base11):
    """Check digit of a 12-digit individual number (マイナンバー)."""
    digits = [int(c) for c in base11]
    assert len(digits) == 11
    total = 0
    for n in range(1, 12):
        p = digits[11 - n]
        qn = n + 1 if n <= 6 else n - 5
        total += p * qn
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(base11):
    return base11 + str(mynumber_check(base11))


def mynumber_ok(num12):
    s = re.sub(r"\D", "", num12)
    return len(s) == 12 and mynumber_check(s[:11]) == int(s[11])


def fmt4(num12, sep=" "):
    return sep.join([num12[0:4], num12[4:8], num12[8:12]])


def luhn_ok(num):
    s = [int(c) for c in re.sub(r"\D", "", num)]
    total = 0
    for i, d in enumerate(reversed(s)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError


def jan13(prefix12):
    s = [int(c) for c in prefix12]
    total = sum(d * (3 if i % 2 == 1 else 1) for i, d in enumerate(s))
    return prefix12 + str((10 - total % 10) % 10)


def yamato(prefix11):
    """A Yamato-style 12-digit tracking number (last digit = first 11 mod 7)."""
    return prefix11 + str(int(prefix11) % 7)


def yamato_mynumber_like(start11):
    """First Yamato-style tracking number >= start11 that also passes the
    マイナンバー check digit (a deliberate false friend)."""
    n = int(start11)
    while True:
        p = f"{n:011d}"
        t = yamato(p)
        if mynumber_ok(t):
            return t
        n += 1


def yamato_plain(start11):
    """Yamato-style tracking number that does NOT pass the マイナンバー check."""
    n = int(start11)
    while True:
        t = yamato(f"{n:011d}")
        if not mynumber_ok(t):
            return t
        n += 1


def mail(**kw):
    """Normalise a mail dict; keeps private _writer/_loc keys for build.py."""
    m = {
        "expect": kw["expect"],
        "kind": kw["kind"],
        "why": kw["why"],
        "from": kw["from_"],
        "to": kw["to"],
    }
    for k in ("cc", "bcc"):
        if kw.get(k):
            m[k] = kw[k]
    m["subject"] = kw["subject"]
    m["text"] = kw["text"].strip("\n") + "\n"
    if kw.get("attachments"):
        m["attachments"] = kw["attachments"]
    if kw.get("personal"):
        m["personal"] = [{"type": t, "value": v} for t, v in kw["personal"]]
    m["_writer"] = kw["writer"]
    m["_loc"] = kw["loc"]
    return m


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


CSV = "text/csv"
TXT = "text/plain"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
