"""Shared helpers for the cz (eval-fresh104) generators.

Everything here is synthetic. Phone numbers use a 0000 exchange, domains are
*.example.* or the three private mail providers allowed by the brief.
"""
import datetime

WEEK = "月火水木金土日"

CT_CSV = "text/csv"
CT_TXT = "text/plain"
CT_PDF = "application/pdf"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ZIP = "application/zip"


# ---------------------------------------------------------------- dates
def wd(y, m, d):
    return WEEK[datetime.date(y, m, d).weekday()]


def jdt(y, m, d, hh=None, mm=0):
    """2025年6月9日(月) 7:48"""
    s = f"{y}年{m}月{d}日({wd(y, m, d)})"
    if hh is not None:
        s += f" {hh}:{mm:02d}"
    return s


def sdt(y, m, d, hh, mm):
    """2025/06/09 (月) 19:40 (Outlook style)"""
    return f"{y}/{m:02d}/{d:02d} ({wd(y, m, d)}) {hh}:{mm:02d}"


def edt(y, m, d, hh, mm):
    """Mon, Jun 9, 2025 at 7:48 PM (English style)"""
    dt = datetime.datetime(y, m, d, hh, mm)
    h12 = hh % 12 or 12
    ampm = "AM" if hh < 12 else "PM"
    return f"{dt:%a}, {dt:%b} {d}, {y} at {h12}:{mm:02d} {ampm}"


# ---------------------------------------------------------------- addresses
def addr(name, email):
    return f"{name} <{email}>"


# ---------------------------------------------------------------- quoting
def quote(text):
    """Prefix every line with '> ' (blank lines become '>')."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append("> " + line if line.strip() else ">")
    return "\n".join(out)


def gmail_header(y, m, d, hh, mm, name, email):
    return f"{jdt(y, m, d, hh, mm)} {name} <{email}>:"


def en_header(y, m, d, hh, mm, name, email):
    return f"On {edt(y, m, d, hh, mm)} {name} <{email}> wrote:"


def outlook_block(frm, sent, to, subject, cc=None):
    lines = ["-----Original Message-----", f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def forward_jp(frm, date, to, subject):
    return "\n".join([
        "---------- 転送メッセージ ----------",
        f"差出人: {frm}",
        f"日時: {date}",
        f"宛先: {to}",
        f"件名: {subject}",
    ])


def forward_en(frm, date, to, subject):
    return "\n".join([
        "---------- Forwarded message ---------",
        f"From: {frm}",
        f"Date: {date}",
        f"Subject: {subject}",
        f"To: {to}",
    ])


# ---------------------------------------------------------------- numbers
def mynumber(d11):
    """Append the マイナンバー check digit to 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    cd = 0 if r <= 1 else 11 - r
    return d11 + str(cd)


def mynumber_ok(d12):
    return len(d12) == 12 and d12.isdigit() and mynumber(d12[:11]) == d12


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, dg in enumerate(reversed(digits)):
        if i % 2 == 1:
            dg *= 2
            if dg > 9:
                dg -= 9
        total += dg
    return total % 10 == 0


def luhn_complete(prefix):
    """Append the Luhn check digit to a digit string."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError(prefix)


def ean13(d12):
    """Append the EAN-13 / JAN check digit."""
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def corp_number(d12):
    """法人番号: check digit (first position) + 12 digits."""
    s = 0
    for n in range(1, 13):
        p = int(d12[12 - n])
        q = 1 if n % 2 == 1 else 2
        s += p * q
    return str(9 - s % 9) + d12


def yamato(d11):
    """Yamato-style 12-digit tracking number: last digit = first 11 mod 7."""
    return d11 + str(int(d11) % 7)


def yamato_collision(start):
    """First Yamato number >= start whose last digit is also a valid
    マイナンバー check digit (a look-alike that passes both checks)."""
    n = int(start)
    while True:
        d11 = f"{n:011d}"
        t = yamato(d11)
        if mynumber_ok(t):
            return t
        n += 1


def yamato_plain(start):
    """First Yamato number >= start that does NOT pass the マイナンバー check."""
    n = int(start)
    while True:
        t = yamato(f"{n:011d}")
        if not mynumber_ok(t):
            return t
        n += 1


def dash4(s):
    return "-".join(s[i:i + 4] for i in range(0, len(s), 4))


def space4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- mails
def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": CT_ZIP, "encrypted": True}


def csv(rows):
    return "\n".join(",".join(r) for r in rows)


def mail(org, writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {
        "_org": org, "_writer": writer, "_loc": loc,
        "expect": expect, "kind": kind, "why": why,
        "from": frm, "to": list(to),
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
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    return m


def hold(org, writer, loc, kind, why, frm, to, subject, text, **kw):
    return mail(org, writer, loc, "hold", kind, why, frm, to, subject, text, **kw)


def pas(org, writer, kind, why, frm, to, subject, text, **kw):
    return mail(org, writer, "none", "pass", kind, why, frm, to, subject, text, **kw)
