"""Shared helpers for the eval-fresh120 generators.

Everything here is deterministic: no randomness, no network.
"""

import unicodedata

# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------

def mynumber_check_digit(first11):
    """Check digit of a 12-digit individual number (マイナンバー).

    Pn is the n-th digit of the first 11 counted from the right,
    Qn = n + 1 for n <= 6 and n - 5 for n >= 7.
    """
    digits = [int(c) for c in first11]
    if len(digits) != 11:
        raise ValueError("need 11 digits")
    total = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber_valid(number):
    d = "".join(c for c in number if c.isdigit())
    return len(d) == 12 and mynumber_check_digit(d[:11]) == int(d[11])


def make_mynumber(first11, sep=""):
    d = first11 + str(mynumber_check_digit(first11))
    if sep:
        return sep.join([d[0:4], d[4:8], d[8:12]])
    return d


def luhn_valid(number):
    d = [int(c) for c in number if c.isdigit()]
    if len(d) < 12:
        return False
    total = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(prefix):
    """Append the digit that makes prefix Luhn-valid."""
    for c in "0123456789":
        if luhn_valid(prefix + c):
            return prefix + c
    raise AssertionError


# ---------------------------------------------------------------------------
# mail pieces
# ---------------------------------------------------------------------------

def addr(name, email):
    return f"{name} <{email}>"


def quote(body, header=None, mark="> "):
    """Quote an earlier mail the way most Japanese mailers do."""
    lines = []
    if header:
        lines.append(header)
    for line in body.strip("\n").split("\n"):
        lines.append((mark + line).rstrip() if line else mark.rstrip())
    return "\n".join(lines)


def wrote(date, name, email=None):
    """Thunderbird/Gmail style attribution line."""
    if email:
        return f"{date} {name} <{email}>:"
    return f"{date} {name} wrote:"


def outlook_original(frm, sent, to, subject, body, cc=None):
    """Outlook style top-posted original (no '>' marks)."""
    head = [
        "-----Original Message-----",
        f"From: {frm}",
        f"Sent: {sent}",
        f"To: {to}",
    ]
    if cc:
        head.append(f"Cc: {cc}")
    head.append(f"Subject: {subject}")
    return "\n".join(head) + "\n\n" + body.strip("\n")


def forward_block(frm, date, to, subject, body, style="gmail"):
    if style == "gmail":
        head = [
            "---------- Forwarded message ---------",
            f"From: {frm}",
            f"Date: {date}",
            f"Subject: {subject}",
            f"To: {to}",
        ]
    else:
        head = [
            "-------- 転送メッセージ --------",
            f"件名: {subject}",
            f"日付: {date}",
            f"差出人: {frm}",
            f"宛先: {to}",
        ]
    return "\n".join(head) + "\n\n" + body.strip("\n")


def _width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def table(rows, sep=" | ", border=True):
    """Fixed-width text table that respects full-width characters."""
    cols = len(rows[0])
    widths = [max(_width(str(r[i])) for r in rows) for i in range(cols)]

    def fmt(r):
        return sep.join(str(c) + " " * (widths[i] - _width(str(c))) for i, c in enumerate(r)).rstrip()

    out = [fmt(rows[0])]
    if border:
        out.append("-" * _width(out[0]))
    out.extend(fmt(r) for r in rows[1:])
    return "\n".join(out)


def csv_text(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if "," in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\n".join(out) + "\n"


def attachment(filename, text, content_type=None):
    if content_type is None:
        if filename.endswith(".csv"):
            content_type = "text/csv"
        else:
            content_type = "text/plain"
    return {"filename": filename, "contentType": content_type, "text": text}


def encrypted_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def zip_entries(zipname, files):
    """Plain zip: one entry per inner file, named zipname/inner."""
    out = []
    for inner, text in files:
        ct = "text/csv" if inner.endswith(".csv") else "text/plain"
        out.append({"filename": f"{zipname}/{inner}", "contentType": ct, "text": text})
    return out


def P(type_, value):
    return {"type": type_, "value": value}


def make(org, writer, loc, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {
        "org": org,
        "writer": writer,
        "loc": loc,
        "expect": "pass" if loc == "none" else "hold",
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
    m["text"] = text.strip("\n") + "\n"
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = personal
    return m
