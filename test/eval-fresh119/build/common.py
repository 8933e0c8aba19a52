"""Shared helpers for the eval-fresh119 generators.

Everything here is deterministic; the generators only assemble strings.
"""
import datetime
import re
import textwrap
import unicodedata

WEEKDAYS = "月火水木金土日"


# ---------------------------------------------------------------- dates
def jd(m, d, y=2025, year=False):
    """Japanese date with the correct weekday, e.g. 6月3日(火)."""
    w = WEEKDAYS[datetime.date(y, m, d).weekday()]
    return f"{y}年{m}月{d}日({w})" if year else f"{m}月{d}日({w})"


def sd(m, d, y=2025):
    """Slash date with weekday, e.g. 6/3(火)."""
    w = WEEKDAYS[datetime.date(y, m, d).weekday()]
    return f"{m}/{d}({w})"


# ---------------------------------------------------------------- check digits
def mynumber_check_digit(d11):
    """Check digit of a 12-digit 個人番号 from its first 11 digits."""
    d11 = re.sub(r"\D", "", d11)
    assert len(d11) == 11
    total = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def make_mynumber(d11):
    return d11 + str(mynumber_check_digit(d11))


def mynumber_valid(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 12 and int(s[-1]) == mynumber_check_digit(s[:11])


def luhn_valid(num):
    digits = re.sub(r"\D", "", num)
    total = 0
    for i, c in enumerate(reversed(digits)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return len(digits) >= 12 and total % 10 == 0


def luhn_complete(prefix):
    for d in range(10):
        if luhn_valid(prefix + str(d)):
            return prefix + str(d)
    raise ValueError(prefix)


def yamato_valid(s):
    """ヤマト運輸の12桁伝票番号: 先頭11桁を7で割った余りが末尾。"""
    s = re.sub(r"\D", "", s)
    return len(s) == 12 and int(s[:11]) % 7 == int(s[-1])


def group4(num, sep="-"):
    num = re.sub(r"\D", "", num)
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


# ---------------------------------------------------------------- text
def T(s):
    """Dedent a triple-quoted block and strip the surrounding blank lines."""
    return textwrap.dedent(s).strip("\n")


def J(*parts):
    """Join text parts with a newline, skipping None."""
    return "\n".join(p for p in parts if p is not None)


def addr(name, email):
    return f"{name} <{email}>"


def quote(text, prefix=">"):
    out = []
    for line in text.split("\n"):
        out.append(prefix if line == "" else f"{prefix} {line}")
    return "\n".join(out)


def gmail_attr(date_str, time_str, name, email):
    """Attribution line as the Japanese Gmail / Thunderbird UI writes it."""
    return f"{date_str} {time_str} {name} <{email}>:"


def outlook_header(frm, sent, to, subject, cc=None):
    lines = ["-----Original Message-----", f"From: {frm}", f"Sent: {sent}",
             f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def forward_block(frm, date, subject, to, body, cc=None):
    lines = ["---------- Forwarded message ---------", f"From: {frm}",
             f"Date: {date}", f"Subject: {subject}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    return "\n".join(lines) + "\n\n" + body


def _w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def text_table(headers, rows, sep=" | "):
    cols = list(zip(*([headers] + rows)))
    widths = [max(_w(str(c)) for c in col) for col in cols]

    def fmt(r):
        return sep.join(str(c) + " " * (w - _w(str(c))) for c, w in zip(r, widths)).rstrip()

    rule = "-+-".join("-" * w for w in widths)
    return "\n".join([fmt(headers), rule] + [fmt(r) for r in rows])


def box_table(headers, rows):
    """Table drawn with full-width box characters, as some Excel-pasting writers do."""
    return "\n".join(["｜" + "｜".join(headers) + "｜"] +
                     ["｜" + "｜".join(str(c) for c in r) + "｜" for r in rows])


def csv_text(headers, rows):
    def esc(v):
        v = str(v)
        return f'"{v}"' if ("," in v or '"' in v) else v
    return "\n".join(",".join(esc(c) for c in r) for r in [headers] + rows) + "\n"


# ---------------------------------------------------------------- mail
def att(filename, text, content_type=None):
    if content_type is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        content_type = {"csv": "text/csv", "txt": "text/plain", "md": "text/markdown",
                        "tsv": "text/tab-separated-values", "json": "application/json",
                        "ics": "text/calendar", "html": "text/html",
                        "log": "text/plain"}.get(ext, "text/plain")
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def P(type_, value):
    return {"type": type_, "value": value}


def mail(org, writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {"org": org, "writer": writer, "loc": loc, "expect": expect, "kind": kind,
         "why": why, "from": frm, "to": list(to), "subject": subject, "text": text}
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    if attachments:
        m["attachments"] = list(attachments)
    if personal:
        m["personal"] = list(personal)
    return m


def corporate_number(base12):
    """法人番号: check digit (first digit) + 12-digit base."""
    base12 = re.sub(r"\D", "", base12)
    assert len(base12) == 12
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 == 1 else 2)
    return str(9 - total % 9) + base12


def jan13(base12):
    """EAN-13 / JAN with its check digit."""
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(base12))
    return base12 + str((10 - s % 10) % 10)
