"""Shared helpers for the cw (eval-fresh101) generators.

Everything here is synthetic: people, companies, addresses and numbers are
invented; phone numbers use a 0000 exchange; domains are *.example.* or the
three allowed free-mail providers.
"""
import hashlib
import re

PRIVATE_DOMAINS = {"gmail.com", "yahoo.co.jp", "outlook.com"}

CONTENT_TYPES = {
    "csv": "text/csv",
    "txt": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}

# Lines that open a quoted or forwarded part of a mail body.
QUOTE_MARKERS = [
    r"^-{2,}\s*(Original Message|Forwarded message|転送メッセージ|元のメッセージ)\s*-*\s*$",
    r"^>",
    r"^(差出人|From)\s*[:：]",
    r"^On .+ wrote:\s*$",
    r"^\d{4}年\d{1,2}月\d{1,2}日.*[:：]\s*$",
]
QUOTE_RE = re.compile("|".join("(?:%s)" % m for m in QUOTE_MARKERS), re.M)


def quote_start(text):
    """Index where the first quoted/forwarded part starts, or None."""
    m = QUOTE_RE.search(text)
    return m.start() if m else None


class Writer:
    def __init__(self, key, name, email, sig, sig_en=None):
        self.key = key
        self.name = name
        self.email = email
        self.sig = sig.strip("\n")
        self.sig_en = sig_en.strip("\n") if sig_en else None

    @property
    def addr(self):
        return f"{self.name} <{self.email}>"


def A(name, email):
    """A header address `表示名 <local@domain>`."""
    return f"{name} <{email}>"


def att(filename, text, ctype=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    return {
        "filename": filename,
        "contentType": ctype or CONTENT_TYPES[ext],
        "text": text.strip("\n") + "\n",
    }


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def mail(org, writer, expect, loc, kind, why, to, subject, body, quoted=None,
         cc=None, bcc=None, attachments=None, personal=None, sig="ja"):
    """Build one record: {'mail': <fresh.json object without id>, 'meta': {...}}."""
    text = body.strip("\n")
    signature = writer.sig_en if sig == "en" else writer.sig
    if sig and signature:
        text += "\n\n" + signature
    if quoted:
        text += "\n\n" + quoted.strip("\n")
    text += "\n"
    d = {"expect": expect, "kind": kind, "why": why, "from": writer.addr, "to": list(to)}
    if cc:
        d["cc"] = list(cc)
    if bcc:
        d["bcc"] = list(bcc)
    d["subject"] = subject
    d["text"] = text
    if attachments:
        d["attachments"] = attachments
    if personal:
        d["personal"] = [{"type": t, "value": v} for t, v in personal]
    return {
        "mail": d,
        "meta": {"org": org, "writer": writer.key, "loc": loc if expect == "hold" else "none"},
    }


# ---------------------------------------------------------------- numbers

def mynumber_check_digit(d11):
    """Check digit of a 12-digit individual number (マイナンバー) from its first 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mynumber_valid(num):
    d = re.sub(r"\D", "", num)
    return len(d) == 12 and mynumber_check_digit(d[:11]) == int(d[11])


def mynumber(d11, sep=" "):
    d = d11 + str(mynumber_check_digit(d11))
    return sep.join([d[0:4], d[4:8], d[8:12]])


def luhn_valid(num):
    d = [int(c) for c in re.sub(r"\D", "", num)]
    s = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def yamato(d11):
    """A Yamato-style 12-digit tracking number: last digit = first 11 digits mod 7."""
    return d11 + str(int(d11) % 7)


def yamato_fmt(n12):
    return f"{n12[0:4]}-{n12[4:8]}-{n12[8:12]}"


def yamato_series(start11, want_mynumber_valid):
    """First Yamato number at or after start11 whose マイナンバー validity equals the wish."""
    base = int(start11)
    while True:
        n = yamato(str(base))
        if mynumber_valid(n) == want_mynumber_valid:
            return n
        base += 1


def houjin_bangou(d12):
    """13-digit corporate number (法人番号): check digit first."""
    s = 0
    for n in range(1, 13):
        p = int(d12[12 - n])
        q = 1 if n % 2 == 1 else 2
        s += p * q
    return str(9 - (s % 9)) + d12


def jan13(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def fake_sha256(seed):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()
