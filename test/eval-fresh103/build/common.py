"""Shared helpers for the eval-fresh103 generators (id prefix "cy").

Everything produced here is synthetic: invented people, organisations, numbers.
"""

CT_CSV = "text/csv"
CT_TXT = "text/plain"
CT_PDF = "application/pdf"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_ZIP = "application/zip"


def addr(name, email):
    return f"{name} <{email}>"


class Writer:
    def __init__(self, key, name, email, sig):
        self.key = key
        self.name = name
        self.email = email
        self.sig = sig

    @property
    def addr(self):
        return addr(self.name, self.email)


# ---------------------------------------------------------------- numbers

def mynumber(d11):
    """Return a 12-digit マイナンバー with a valid check digit for 11 base digits."""
    assert len(d11) == 11 and d11.isdigit()
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])           # n-th digit counted from the right
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    cd = 0 if r <= 1 else 11 - r
    return d11 + str(cd)


def mynumber_ok(d12):
    d12 = "".join(c for c in d12 if c.isdigit())
    return len(d12) == 12 and mynumber(d12[:11]) == d12


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
    for cd in range(10):
        if luhn_ok(partial + str(cd)):
            return partial + str(cd)
    raise ValueError(partial)


def card4(num, sep=" "):
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def ean13(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def houjin(d12):
    """法人番号: the check digit is the leading digit."""
    s = 0
    for n in range(1, 13):
        p = int(d12[12 - n])
        q = 1 if n % 2 == 1 else 2
        s += p * q
    return str(9 - s % 9) + d12


def yamato(d11):
    """12-digit Yamato-style tracking number (last digit = base mod 7)."""
    return d11 + str(int(d11) % 7)


def yamato_series(start, count, want_mynumber_ok):
    """Consecutive-ish tracking numbers; exactly `want_mynumber_ok` of them also
    happen to pass the マイナンバー check digit (to tempt a naive detector)."""
    out, good = [], 0
    n = int(start)
    while len(out) < count:
        t = yamato(str(n).zfill(11))
        ok = mynumber_ok(t)
        need_good = want_mynumber_ok - good
        need_bad = (count - want_mynumber_ok) - (len(out) - good)
        if ok and need_good > 0:
            out.append(t)
            good += 1
        elif not ok and need_bad > 0:
            out.append(t)
        n += 37
    return out


def fmt_tracking(t):
    return f"{t[:4]}-{t[4:8]}-{t[8:]}"


# ---------------------------------------------------------------- mail

def P(type_, value):
    return {"type": type_, "value": value}


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text}


def enczip(filename):
    return {"filename": filename, "contentType": CT_ZIP, "encrypted": True}


def mail(expect, kind, why, writer, loc, frm, to, *rest,
         cc=None, bcc=None, attachments=None, personal=None):
    """rest is (subject, text) or (cc, subject, text)."""
    if len(rest) == 3:
        cc, subject, text = rest
    else:
        subject, text = rest
    m = {
        "expect": expect,
        "kind": kind,
        "why": why,
        "from": frm,
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
        m["personal"] = personal
    m["_writer"] = writer
    m["_loc"] = loc
    return m
