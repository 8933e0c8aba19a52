"""Shared helpers for the eval-fresh107 generators (prefix "dc").

Everything here is synthetic: invented people, organisations, numbers.
"""
import random
import textwrap

CONTENT_TYPES = {
    "csv": "text/csv",
    "txt": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}


def T(s):
    """Dedent a triple-quoted block and trim surrounding blank lines."""
    return textwrap.dedent(s).strip("\n")


class Writer:
    def __init__(self, key, name, email, sig):
        self.key = key
        self.name = name
        self.email = email
        self.sig = T(sig)

    @property
    def addr(self):
        return f"{self.name} <{self.email}>"

    @property
    def domain(self):
        return self.email.split("@", 1)[1]


def A(name, email):
    """Format one address as '表示名 <local@domain>'."""
    return f"{name} <{email}>"


def att(filename, text, content_type=None):
    inner = filename.rsplit("/", 1)[-1]
    ext = inner.rsplit(".", 1)[-1].lower()
    return {
        "filename": filename,
        "contentType": content_type or CONTENT_TYPES.get(ext, "application/octet-stream"),
        "text": T(text) + "\n",
    }


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def mail(w, *, expect, kind, why, to, subject, body, quoted=None, loc="none",
         cc=None, bcc=None, attachments=None, personal=None, sig=True):
    text = T(body)
    if sig:
        text += "\n\n" + w.sig
    if quoted:
        text += "\n\n" + T(quoted)
    text += "\n"
    m = {
        "expect": expect,
        "kind": kind,
        "why": why,
        "from": w.addr,
        "to": list(to),
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
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    m["_writer"] = w.key
    m["_loc"] = loc if expect == "hold" else "none"
    return m


# ---------------------------------------------------------------- numbers

def mynumber_check(base11):
    """Check digit of a 12-digit individual number (マイナンバー)."""
    digits = [int(c) for c in base11]
    assert len(digits) == 11
    total = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(base11, sep=" "):
    s = base11 + str(mynumber_check(base11))
    return sep.join([s[0:4], s[4:8], s[8:12]]) if sep is not None else s


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(prefix15, sep=" "):
    """Complete a 15-digit prefix to a Luhn-valid 16-digit number."""
    for d in range(10):
        s = prefix15 + str(d)
        if luhn_ok(s):
            return sep.join([s[0:4], s[4:8], s[8:12], s[12:16]])
    raise ValueError(prefix15)


def yamato_both(seed):
    """A 12-digit Yamato-style tracking number (check digit = first 11 digits mod 7)
    that also happens to pass the マイナンバー check digit."""
    rnd = random.Random(seed)
    while True:
        base = str(rnd.randint(3, 5)) + "".join(str(rnd.randint(0, 9)) for _ in range(10))
        cd = int(base) % 7
        if mynumber_check(base) == cd:
            s = base + str(cd)
            return f"{s[0:4]}-{s[4:8]}-{s[8:12]}"


def jan13(base12):
    ds = [int(c) for c in base12]
    total = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(ds))
    return base12 + str((10 - total % 10) % 10)


def houjin_bangou(base12):
    ds = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = ds[12 - n]
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12
