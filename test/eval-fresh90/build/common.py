"""Shared helpers for the eval-fresh90 generators (all data synthetic)."""
import textwrap

PREFIX = "cl"


# ---------------------------------------------------------------- formatting
def T(s):
    """Dedent a triple-quoted block and trim the surrounding blank lines."""
    return textwrap.dedent(s).strip("\n") + "\n"


def join(*parts):
    """Join body blocks with a blank line between them."""
    return "\n".join(p.rstrip("\n") + "\n" for p in parts if p)


def addr(name, email):
    return f"{name} <{email}>"


def gt(text):
    """Prefix every line with '> ' (mail-client quoting)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(">" if line == "" else "> " + line)
    return "\n".join(out) + "\n"


def quote_gmail(header, text):
    """'2025年6月3日(火) 10:12 X <x@y>:' followed by '> ' quoted lines."""
    return header + "\n" + gt(text)


def original(frm, sent, to, subject, text, cc=None):
    head = ["-----Original Message-----", f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        head.append(f"Cc: {cc}")
    head.append(f"Subject: {subject}")
    return "\n".join(head) + "\n\n" + text


def forwarded(frm, date, subject, to, text):
    head = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {date}",
            f"Subject: {subject}", f"To: {to}"]
    return "\n".join(head) + "\n\n" + text


def tensou(frm, date, subject, to, text):
    head = ["-------- 転送メッセージ --------", f"差出人: {frm}", f"送信日時: {date}",
            f"件名: {subject}", f"宛先: {to}"]
    return "\n".join(head) + "\n\n" + text


# ---------------------------------------------------------------- attachments
def att(filename, text, ctype=None):
    if ctype is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        ctype = {
            "csv": "text/csv",
            "txt": "text/plain",
            "pdf": "application/pdf",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        }[ext]
    return {"filename": filename, "contentType": ctype, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


# ---------------------------------------------------------------- identifiers
def mynumber_check(base11):
    """Check digit of the 12-digit individual number (マイナンバー)."""
    digits = [int(c) for c in base11]
    assert len(digits) == 11
    total = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(base11, sep=""):
    s = base11 + str(mynumber_check(base11))
    if sep:
        s = sep.join([s[0:4], s[4:8], s[8:12]])
    return s


def mynumber_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 12 and mynumber_check(d[:11]) == int(d[11])


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError(prefix)


def card(prefix15, sep=" "):
    s = luhn_complete(prefix15)
    return sep.join([s[0:4], s[4:8], s[8:12], s[12:16]])


def jan13(prefix12):
    d = [int(c) for c in prefix12]
    s = sum(v * (3 if i % 2 else 1) for i, v in enumerate(d))
    return prefix12 + str((10 - s % 10) % 10)


def yamato(base11):
    """Yamato tracking number: check digit = first 11 digits mod 7."""
    return base11 + str(int(base11) % 7)


def yamato_numbers(start, count, want_mynumber_valid):
    """Deterministic tracking numbers; exactly `want_mynumber_valid` of them also
    pass the マイナンバー check digit (a tempting coincidence)."""
    valid, other = [], []
    n = start
    while len(valid) < want_mynumber_valid or len(other) < count - want_mynumber_valid:
        t = yamato(str(n))
        if mynumber_ok(t):
            if len(valid) < want_mynumber_valid:
                valid.append(t)
        elif len(other) < count - want_mynumber_valid:
            other.append(t)
        n += 7919
    out = other[:]
    # interleave the two coincidences at fixed positions
    out.insert(1, valid[0])
    if want_mynumber_valid > 1:
        out.insert(min(3, len(out)), valid[1])
    return out


def houjin_check(base12):
    """Check digit for 13-digit 法人番号 (leading digit)."""
    d = [int(c) for c in base12]
    s = 0
    for i, v in enumerate(reversed(d), start=1):
        s += v * (1 if i % 2 else 2)
    return 9 - (s % 9)


def houjin(base12):
    return str(houjin_check(base12)) + base12


# ---------------------------------------------------------------- mail object
def mail(*, expect, kind, why, writer, loc, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {"_writer": writer, "_loc": loc, "expect": expect, "kind": kind, "why": why,
         "from": frm, "to": list(to)}
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


def hold(**kw):
    return mail(expect="hold", **kw)


def ok(**kw):
    return mail(expect="pass", loc="none", **kw)
