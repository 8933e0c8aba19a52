"""Shared helpers for the eval-fresh108 generators.

Everything here is synthetic. Phone numbers use a 0000 exchange, domains are
*.example.* (or gmail.com / yahoo.co.jp / outlook.com for private persons).
"""

CT_CSV = "text/csv"
CT_TXT = "text/plain"
CT_PDF = "application/pdf"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ZIP = "application/zip"

HOLD_LOCS = ("body", "attachment", "quoted", "subject", "zip", "recipients")


def addr(name, email):
    return f"{name} <{email}>"


# ---------------------------------------------------------------- numbers

def mynumber(base11):
    """Append the マイナンバー check digit to an 11-digit base."""
    assert len(base11) == 11 and base11.isdigit()
    s = 0
    for n in range(1, 12):
        p = int(base11[11 - n])          # n-th digit counted from the right
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    cd = 0 if r <= 1 else 11 - r
    return base11 + str(cd)


def mynumber_valid(num):
    num = "".join(c for c in num if c.isdigit())
    return len(num) == 12 and mynumber(num[:11]) == num


def luhn_valid(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix):
    """Append a Luhn check digit to a digit string."""
    for d in "0123456789":
        if luhn_valid(prefix + d):
            return prefix + d
    raise ValueError(prefix)


def yamato(base11):
    """Yamato Transport tracking number: check digit = base mod 7."""
    return base11 + str(int(base11) % 7)


def yamato_also_mynumber(start):
    """First Yamato number >= start whose check digit also passes the
    マイナンバー check (a look-alike that must still pass)."""
    n = int(start)
    while True:
        b = f"{n:011d}"
        if yamato(b) == mynumber(b):
            return yamato(b)
        n += 1


def jan13(base12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(base12))
    return base12 + str((10 - s % 10) % 10)


def houjin_bangou(base12):
    """法人番号: check digit is the leading digit."""
    s = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 == 1 else 2
        s += p * q
    return str(9 - s % 9) + base12


def g4(num, sep=" "):
    """Group a digit string in fours."""
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


# ---------------------------------------------------------------- text

def quote(text, mark="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((mark + line).rstrip() if line else mark.rstrip())
    return "\n".join(out)


def csv_text(header, rows):
    lines = [",".join(header)]
    for r in rows:
        lines.append(",".join(str(c) for c in r))
    return "\n".join(lines) + "\n"


def tsv_text(header, rows):
    lines = ["\t".join(header)]
    for r in rows:
        lines.append("\t".join(str(c) for c in r))
    return "\n".join(lines)


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": CT_ZIP, "encrypted": True}


def pv(*pairs):
    """personal values: pv(("name", "山田"), ...)"""
    return [{"type": t, "value": v} for t, v in pairs]


# ---------------------------------------------------------------- mails

class Org:
    def __init__(self, key, name, domain, writers):
        self.key = key
        self.name = name
        self.domain = domain
        self.writers = writers          # key -> dict(name, email, sig)
        self.mails = []

    def sig(self, w):
        return self.writers[w]["sig"]

    def mail(self, w, loc, expect, kind, why, to, subject, text,
             cc=None, bcc=None, attachments=None, personal=None):
        wr = self.writers[w]
        m = {
            "_org": self.key,
            "_writer": w,
            "_loc": loc,
            "expect": expect,
            "kind": kind,
            "why": why,
            "from": addr(wr["name"], wr["email"]),
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
        self.mails.append(m)
        return m

    def hold(self, w, loc, kind, why, to, subject, text, **kw):
        assert loc in HOLD_LOCS
        return self.mail(w, loc, "hold", kind, why, to, subject, text, **kw)

    def ok(self, w, kind, why, to, subject, text, **kw):
        return self.mail(w, "none", "pass", kind, why, to, subject, text, **kw)
