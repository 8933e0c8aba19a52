"""Shared helpers for the eval-fresh109 generator.

Everything here is synthetic: check-digit helpers make invented numbers
well-formed, the formatting helpers imitate what real mail clients write.
"""
import re
import textwrap

PRIVATE_DOMAINS = {"gmail.com", "yahoo.co.jp", "outlook.com"}


# ---------------------------------------------------------------- check digits

def mynumber_check(d11):
    """Check digit of a 12-digit individual number (マイナンバー) from its first 11 digits."""
    digits = [int(c) for c in d11]
    assert len(digits) == 11
    total = 0
    for n in range(1, 12):          # n-th digit counted from the right of the 11
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and mynumber_check(d[:11]) == int(d[11])


def make_mynumber(d11, sep=" "):
    d = d11 + str(mynumber_check(d11))
    return sep.join([d[0:4], d[4:8], d[8:12]])


def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    total = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(prefix15, sep=" "):
    base = re.sub(r"\D", "", prefix15)
    for c in "0123456789":
        if luhn_ok(base + c):
            d = base + c
            return sep.join([d[0:4], d[4:8], d[8:12], d[12:16]])
    raise ValueError(prefix15)


def jan13(d12):
    """JAN/EAN-13 with its check digit."""
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def yamato12(d11):
    """12-digit parcel tracking number: 11 digits + (value mod 7)."""
    return d11 + str(int(d11) % 7)


def tracking_numbers(n_plain, n_mynumber_like, start):
    """Tracking numbers that are internally valid (mod 7).  The first
    n_mynumber_like also happen to satisfy the マイナンバー check digit;
    the others deliberately do not."""
    plain, twins = [], []
    x = start
    while len(plain) < n_plain or len(twins) < n_mynumber_like:
        d11 = str(x)
        t = yamato12(d11)
        if mynumber_ok(t):
            if len(twins) < n_mynumber_like:
                twins.append(t)
        elif len(plain) < n_plain:
            plain.append(t)
        x += 7919
    return twins, plain


def fmt4(num12, sep="-"):
    return sep.join([num12[0:4], num12[4:8], num12[8:12]])


# ---------------------------------------------------------------- formatting

def T(s):
    """Dedent a triple-quoted block and trim the surrounding blank lines."""
    return textwrap.dedent(s).strip("\n")


def addr(name, email):
    return f"{name} <{email}>"


def quote(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        out.append(prefix.rstrip() if line.strip() == "" else prefix + line)
    return "\n".join(out)


def gmail_reply_header(date_ja, name, email):
    return f"{date_ja} {name} <{email}>:"


def forward_block(frm, date, to, subject, body, style="gmail"):
    if style == "gmail":
        head = ("---------- Forwarded message ---------\n"
                f"From: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n")
    elif style == "outlook_ja":
        head = ("-----Original Message-----\n"
                f"差出人: {frm}\n送信日時: {date}\n宛先: {to}\n件名: {subject}\n")
    else:
        head = ("-----Original Message-----\n"
                f"From: {frm}\nSent: {date}\nTo: {to}\nSubject: {subject}\n")
    return head + "\n" + body


class Writer:
    def __init__(self, org, display, email, sig):
        self.org = org
        self.display = display
        self.email = email
        self.sig = T(sig)

    @property
    def key(self):
        return self.display

    def frm(self):
        return addr(self.display, self.email)


def mk(w, loc, expect, kind, why, to, subject, text, below=None, cc=None, bcc=None,
       attachments=None, personal=None, sign=True):
    """Build one mail.  `text` is the writer's own part (dedented here); the
    signature follows it; `below` is an already formatted quoted or forwarded
    block that goes under the signature."""
    body = T(text)
    if sign:
        body = body.rstrip() + "\n\n" + w.sig
    if below:
        body = body.rstrip() + "\n\n" + below.strip("\n")
    m = {
        "org": w.org,
        "writer": w.key,
        "loc": loc,
        "expect": expect,
        "kind": kind,
        "why": why,
        "from": w.frm(),
        "to": list(to),
        "subject": subject,
        "text": body,
    }
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    return m


def att(filename, text, ctype=None):
    if ctype is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        ctype = {"csv": "text/csv", "txt": "text/plain", "tsv": "text/tab-separated-values",
                 "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "pdf": "application/pdf", "md": "text/markdown"}.get(ext, "text/plain")
    return {"filename": filename, "contentType": ctype, "text": T(text)}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}
