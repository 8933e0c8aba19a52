"""Shared helpers for the eval-fresh91 generators.

Every person, company, address, phone number and identifier in this set is
invented.  Phone numbers use a 0000 exchange, domains are *.example.* (or the
big free-mail providers for private persons).
"""

SIG = "@@SIG@@"


class Writer:
    def __init__(self, key, name, email, sig):
        self.key = key
        self.name = name
        self.email = email
        self.sig = sig.strip("\n")

    @property
    def addr(self):
        return f"{self.name} <{self.email}>"


def addr(name, email):
    return f"{name} <{email}>"


def mail(writer, *, expect, kind, why, loc, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    """Build one mail record plus its meta (writer, loc)."""
    body = text.strip("\n").replace(SIG, writer.sig) + "\n"
    m = {"expect": expect, "kind": kind, "why": why,
         "from": writer.addr, "to": list(to)}
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = body
    if attachments:
        m["attachments"] = attachments
    if personal is not None:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    return {"mail": m, "writer": writer.key,
            "loc": loc if expect == "hold" else "none"}


_CT = {
    "csv": "text/csv",
    "txt": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def att(filename, text, content_type=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    return {"filename": filename,
            "contentType": content_type or _CT.get(ext, "application/octet-stream"),
            "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


# ---------------------------------------------------------------- numbers

def mynumber_check(base11):
    """Check digit of a 12-digit individual number (マイナンバー)."""
    assert len(base11) == 11 and base11.isdigit()
    digits = [int(c) for c in reversed(base11)]  # P1 = rightmost
    total = 0
    for n, p in enumerate(digits, start=1):
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber_valid(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 12 and mynumber_check(d[:11]) == int(d[11])


def mynumber(base11, sep=" "):
    d = base11 + str(mynumber_check(base11))
    return sep.join([d[0:4], d[4:8], d[8:12]]) if sep is not None else d


def luhn_valid(s):
    d = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def card(base15, sep=" "):
    for c in "0123456789":
        if luhn_valid(base15 + c):
            d = base15 + c
            return sep.join([d[0:4], d[4:8], d[8:12], d[12:16]])
    raise ValueError(base15)


def yamato(base11):
    """12-digit Yamato-style tracking number: last digit = base mod 7."""
    d = base11 + str(int(base11) % 7)
    return f"{d[0:4]}-{d[4:8]}-{d[8:12]}"


def yamato_mynumber_collision(start):
    """First tracking number >= start that also passes the マイナンバー check."""
    n = int(start)
    while True:
        b = f"{n:011d}"
        if int(b) % 7 == mynumber_check(b):
            return yamato(b)
        n += 1


def corporate_number(base12):
    """13-digit 法人番号: check digit first."""
    digits = [int(c) for c in reversed(base12)]
    total = sum(p * (1 if n % 2 else 2) for n, p in enumerate(digits, start=1))
    return str(9 - total % 9) + base12


def jan(base12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(base12))
    return base12 + str((10 - s % 10) % 10)
