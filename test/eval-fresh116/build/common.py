"""Helpers shared by the organisation generators (org_a.py ... org_e.py).

Everything here is synthetic: check digits are computed so that the numbers are
formally valid, but no number belongs to anybody.
"""
import random

PRIVATE_DOMAINS = ("gmail.com", "yahoo.co.jp", "outlook.com")


# ---------------------------------------------------------------- addresses
def addr(name, email):
    """'表示名 <local@domain>'"""
    return f"{name} <{email}>"


# ---------------------------------------------------------------- check digits
def mynumber_check_digit(d11):
    """Check digit of the 個人番号 (マイナンバー) for the first 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    total = 0
    for n in range(1, 12):              # n-th digit counted from the right
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11):
    return d11 + str(mynumber_check_digit(d11))


def mynumber_ok(s):
    s = "".join(ch for ch in s if ch.isdigit())
    return len(s) == 12 and mynumber_check_digit(s[:11]) == int(s[11])


def luhn_ok(s):
    digits = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix):
    """Append the Luhn check digit to a digit string."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError(prefix)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def jan13(d12):
    """JAN/EAN-13 with its check digit."""
    assert len(d12) == 12
    odd = sum(int(d12[i]) for i in range(0, 12, 2))
    even = sum(int(d12[i]) for i in range(1, 12, 2))
    cd = (10 - (odd + even * 3) % 10) % 10
    return d12 + str(cd)


def corp_number(d12):
    """法人番号 (13 digits, check digit first)."""
    assert len(d12) == 12
    total = 0
    for n in range(1, 13):              # n-th digit counted from the right
        p = int(d12[12 - n])
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + d12


def yamato_ok(s):
    """ヤマト運輸の伝票番号: the 12th digit is the first 11 digits mod 7."""
    return len(s) == 12 and int(s[:11]) % 7 == int(s[11])


def yamato_tracking(rng, mynumber_valid):
    """A 12-digit Yamato-style tracking number.

    mynumber_valid=True returns one that *also* passes the マイナンバー check
    digit (a deliberate trap for naive detectors); False returns one that does not.
    """
    while True:
        d11 = "".join(rng.choice("0123456789") for _ in range(11))
        if d11[0] == "0":
            continue
        s = d11 + str(int(d11) % 7)
        if mynumber_ok(s) == mynumber_valid:
            return s


def fmt_tracking(s):
    return f"{s[:4]}-{s[4:8]}-{s[8:]}"


# ---------------------------------------------------------------- quoting
def quote(text, mark="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((mark + line).rstrip() if line else mark.rstrip())
    return "\n".join(out)


def fwd_block(frm, date, to, subject, body, style="gmail"):
    """A forwarded message, as mail clients render it below the writer's text."""
    if style == "gmail":
        head = ("---------- Forwarded message ---------\n"
                f"From: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n")
    elif style == "outlook":
        head = ("-----Original Message-----\n"
                f"From: {frm}\nSent: {date}\nTo: {to}\nSubject: {subject}\n")
    else:  # Japanese Thunderbird / Becky style
        head = ("-------- 転送メッセージ --------\n"
                f"件名: {subject}\n日付: {date}\n差出人: {frm}\n宛先: {to}\n")
    return head + "\n" + body.strip("\n")


def reply_block(header, body, mark="> "):
    return header + "\n" + quote(body, mark)


# ---------------------------------------------------------------- tables
def csv_text(rows):
    def cell(v):
        v = str(v)
        if any(c in v for c in ',"\n'):
            v = '"' + v.replace('"', '""') + '"'
        return v
    return "\n".join(",".join(cell(v) for v in r) for r in rows) + "\n"


def _w(s):
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


def text_table(rows, sep=" | "):
    """A sheet rendered as fixed-width text (full-width characters count as 2)."""
    widths = [max(_w(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        cells = [str(v) + " " * (widths[i] - _w(str(v))) for i, v in enumerate(r)]
        lines.append(sep.join(cells).rstrip())
        if k == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)


# ---------------------------------------------------------------- mail records
def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def P(type_, value):
    return {"type": type_, "value": value}


def mail(org, writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {"org": org, "writer": writer, "loc": loc,
         "expect": expect, "kind": kind, "why": why,
         "from": frm, "to": list(to)}
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = text.strip("\n")
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = personal
    return m


def rng_for(name):
    """A per-organisation random generator with a fixed seed."""
    return random.Random("eval-fresh116:" + name)
