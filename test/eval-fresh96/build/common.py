"""Shared helpers for the eval-fresh96 generators.

Everything here is synthetic: invented people, companies, numbers and
addresses.  Phone numbers use a 0000 exchange, domains are *.example.*.
"""

import re

# ---------------------------------------------------------------------------
# identity-number helpers
# ---------------------------------------------------------------------------

def mynumber_check_digit(first11: str) -> int:
    """Check digit of a 12-digit individual number (マイナンバー).

    P_n is the n-th digit counted from the right of the first 11 digits,
    Q_n = n + 1 for n <= 6, n - 5 for n >= 7.  r = sum(P_n * Q_n) mod 11,
    check = 0 if r <= 1 else 11 - r.
    """
    assert len(first11) == 11 and first11.isdigit()
    total = 0
    for n in range(1, 12):
        p = int(first11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return len(d) == 12 and mynumber_check_digit(d[:11]) == int(d[11])


def make_mynumber(first11: str, sep: str = "") -> str:
    """Return a valid 12-digit number built from 11 digits, optionally 4-4-4."""
    d = first11 + str(mynumber_check_digit(first11))
    if sep:
        return sep.join([d[0:4], d[4:8], d[8:12]])
    return d


def make_bad_mynumber(first11: str, sep: str = "") -> str:
    """A 12-digit number whose last digit does NOT satisfy the check."""
    good = mynumber_check_digit(first11)
    d = first11 + str((good + 3) % 10 if (good + 3) % 10 != good else (good + 1) % 10)
    assert not mynumber_ok(d)
    if sep:
        return sep.join([d[0:4], d[4:8], d[8:12]])
    return d


def luhn_ok(num: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", num)]
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


def make_luhn(prefix15: str, sep: str = " ") -> str:
    """Complete a 15-digit prefix to a Luhn-valid 16-digit card number."""
    assert len(prefix15) == 15 and prefix15.isdigit()
    for c in "0123456789":
        if luhn_ok(prefix15 + c):
            d = prefix15 + c
            break
    return sep.join([d[0:4], d[4:8], d[8:12], d[12:16]])


# ---------------------------------------------------------------------------
# mail helpers
# ---------------------------------------------------------------------------

def addr(display: str, email: str) -> str:
    return f"{display} <{email}>"


def quote(text: str, header: str) -> str:
    """Quote a previous message the way a mailer does: header line + '> '."""
    lines = text.strip("\n").split("\n")
    body = "\n".join(("> " + ln) if ln else ">" for ln in lines)
    return f"{header}\n{body}\n"


def forwarded(frm: str, date: str, subject: str, to: str, text: str,
              style: str = "gmail") -> str:
    """A forwarded message block (not '>'-prefixed)."""
    if style == "gmail":
        head = ("---------- Forwarded message ---------\n"
                f"From: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n")
    elif style == "outlook":
        head = ("-----Original Message-----\n"
                f"From: {frm}\nSent: {date}\nTo: {to}\nSubject: {subject}\n")
    else:  # japanese mailer
        head = ("-------- 転送メッセージ --------\n"
                f"差出人: {frm}\n送信日時: {date}\n件名: {subject}\n宛先: {to}\n")
    return head + "\n" + text.strip("\n") + "\n"


def M(*, expect, kind, why, frm, to, subject, text, writer, loc,
      cc=None, bcc=None, attachments=None, personal=None):
    """Build one mail record.  Keys starting with '_' go to meta.json."""
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
    m["text"] = text.strip("\n") + "\n"
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    m["_writer"] = writer
    m["_loc"] = loc if expect == "hold" else "none"
    return m


def att(filename: str, content_type: str, text: str) -> dict:
    return {"filename": filename, "contentType": content_type,
            "text": text.strip("\n") + "\n"}


def enc_zip(filename: str) -> dict:
    return {"filename": filename, "contentType": "application/zip",
            "encrypted": True}


CT_CSV = "text/csv"
CT_TXT = "text/plain"
CT_PDF = "application/pdf"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
