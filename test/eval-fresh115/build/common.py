"""Shared helpers for the dk (fresh115) evaluation set generator.

Everything here is synthetic: check-digit helpers are used to make the
numbers *look* right (マイナンバー, Luhn, 法人番号, JAN, ISO 6346, Yamato),
not to reproduce anyone's real data.
"""
import hashlib
import re

PRIVATE_DOMAINS = {"gmail.com", "yahoo.co.jp", "outlook.com"}

# A line that starts a quoted or forwarded part of a mail.
QUOTE_MARKER_RE = re.compile(
    r"^(?:>"
    r"|-{2,}\s*(?:Original Message|Forwarded [Mm]essage|転送メッセージ|元のメッセージ)"
    r"|.*\bwrote:\s*$"
    r"|.*書きました[:：]\s*$"
    r"|\d{4}年\d{1,2}月\d{1,2}日.*<[^>]+>[:：]\s*$"
    r")",
    re.M,
)


def first_quote_marker(text):
    """Index of the first quote/forward marker line in text, or -1."""
    m = QUOTE_MARKER_RE.search(text)
    return m.start() if m else -1


# ---------------------------------------------------------------- addresses

def addr(name, email):
    return f"{name} <{email}>"


def email_of(address):
    m = re.search(r"<([^>]+)>", address)
    return (m.group(1) if m else address).strip()


def domain_of(address):
    return email_of(address).rsplit("@", 1)[-1].lower()


def allowed_domain(domain):
    d = domain.lower().strip(".")
    if d in PRIVATE_DOMAINS:
        return True
    return bool(re.search(r"(^|\.)example(\.|$)", d))


# ---------------------------------------------------------------- check digits

def mynumber_check_digit(d11):
    """Check digit of a 12-digit 個人番号 from its first 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    total = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11):
    return d11 + str(mynumber_check_digit(d11))


def mynumber_ok(d12):
    return len(d12) == 12 and d12.isdigit() and mynumber_check_digit(d12[:11]) == int(d12[11])


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise ValueError(partial)


def group4(num, sep=" "):
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def hojin_bangou(d12):
    """法人番号: a check digit in front of 12 digits."""
    assert len(d12) == 12 and d12.isdigit()
    total = 0
    for n in range(1, 13):
        p = int(d12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + d12


def jan13(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def iso6346(prefix10):
    """Container number: owner code (4 letters) + serial (6 digits) + check digit."""
    values, v = {}, 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        values[ch] = v
        v += 1
    total = 0
    for i, ch in enumerate(prefix10):
        val = values[ch] if ch.isalpha() else int(ch)
        total += val * (2 ** i)
    cd = total % 11 % 10
    return f"{prefix10[:4]} {prefix10[4:]}{cd}"


def yamato_ok(n12):
    return int(n12[:11]) % 7 == int(n12[11])


def yamato_also_mynumber(start):
    """First Yamato-valid 12-digit tracking number >= start (11 digits) that
    also happens to pass the マイナンバー check digit."""
    n = start
    while True:
        body = f"{n:011d}"
        cd = int(body) % 7
        if mynumber_check_digit(body) == cd:
            return body + str(cd)
        n += 1


def sha256_of(label):
    return hashlib.sha256(label.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- text helpers

def quote(text, prefix="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix + line if line else prefix.rstrip())
    return "\n".join(out)


def body(s):
    """Strip the leading/trailing blank lines of a triple-quoted body."""
    return s.strip("\n")


def P(type_, value):
    return {"type": type_, "value": value}


def att(filename, text, content_type=None):
    if content_type is None:
        content_type = "text/csv" if filename.endswith(".csv") else "text/plain"
    return {"filename": filename, "contentType": content_type, "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def mail(org, writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {
        "org": org, "writer": writer, "loc": loc,
        "expect": expect, "kind": kind, "why": why,
        "from": frm, "to": list(to),
    }
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = body(text)
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = personal
    return m
