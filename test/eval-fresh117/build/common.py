"""Shared helpers for the dm (fresh117) blind evaluation set.

Everything here is deterministic: no randomness, no network.
"""
import csv
import io
import re
import unicodedata

# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------

def mynumber_check(d11: str) -> int:
    """Check digit of a マイナンバー (個人番号) from its first 11 digits."""
    assert len(d11) == 11 and d11.isdigit(), d11
    total = 0
    for n in range(1, 12):
        p = int(d11[11 - n])          # n-th digit counted from the right
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11: str) -> str:
    return d11 + str(mynumber_check(d11))


def mynumber_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and int(d[-1]) == mynumber_check(d[:11])


def luhn_ok(s: str) -> bool:
    digits = [int(c) for c in re.sub(r"\D", "", s)]
    total = 0
    for i, x in enumerate(reversed(digits)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError(prefix)


def jan13(d12: str) -> str:
    """JAN/EAN-13 with check digit."""
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def corporate_number(base12: str) -> str:
    """法人番号 (13 digits, check digit first)."""
    s = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - s % 9) + base12


def yamato_ok(n12: str) -> bool:
    return len(n12) == 12 and int(n12[:11]) % 7 == int(n12[11])


def yamato_like_mynumber(start11: str) -> str:
    """A Yamato tracking number (mod-7 check) that also passes the
    マイナンバー check digit - the classic false positive."""
    n = int(start11)
    while True:
        s = str(n)
        c7 = n % 7
        if c7 == mynumber_check(s):
            return s + str(c7)
        n += 1


def spaced4(d: str) -> str:
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4))


def hyph4(d: str) -> str:
    return "-".join(d[i:i + 4] for i in range(0, len(d), 4))


# ---------------------------------------------------------------------------
# quoting and forwarding
# ---------------------------------------------------------------------------

def quote(text: str, mark: str = "> ") -> str:
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(mark + line if line else mark.rstrip())
    return "\n".join(out)


def attribution(date: str, who: str) -> str:
    """Gmail/Thunderbird style reply attribution (stays in the fresh part)."""
    return f"{date} {who}:"


def outlook_original(frm, sent, to, subject, body, cc=None, jp=False):
    if jp:
        head = ["-----Original Message-----", f"差出人: {frm}", f"送信日時: {sent}",
                f"宛先: {to}"] + ([f"CC: {cc}"] if cc else []) + [f"件名: {subject}"]
    else:
        head = ["-----Original Message-----", f"From: {frm}", f"Sent: {sent}",
                f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Subject: {subject}"]
    return "\n".join(head) + "\n\n" + body.strip("\n")


def gmail_forward(frm, date, subject, to, body, cc=None):
    head = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {date}",
            f"Subject: {subject}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else [])
    return "\n".join(head) + "\n\n" + body.strip("\n")


def tb_forward(frm, date, subject, to, body):
    head = ["-------- 転送メッセージ --------", f"件名: {subject}", f"日付: {date}",
            f"差出人: {frm}", f"宛先: {to}"]
    return "\n".join(head) + "\n\n" + body.strip("\n")


# ---------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------

def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _w(s))


def text_table(headers, rows, sep=" | ", rule="-"):
    cols = list(zip(*([headers] + [list(map(str, r)) for r in rows])))
    widths = [max(_w(c) for c in col) for col in cols]
    def line(cells):
        return sep.join(_pad(str(c), w) for c, w in zip(cells, widths)).rstrip()
    out = [line(headers), "-+-".join(rule * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out)


def csv_text(headers, rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(headers)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# record constructors
# ---------------------------------------------------------------------------

def P(type_, value):
    return {"type": type_, "value": value}


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def mail(org, writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {
        "org": org, "writer": writer, "loc": loc,
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
        m["personal"] = personal
    return m
