"""Shared helpers for the eval-fresh85 generators.

Everything here is synthetic.  The helpers compute check digits so that the
numbers written as マイナンバー and the full card numbers held as cards are
well-formed, and build the mail records used by org_a.py … org_e.py.
"""
import re
import textwrap

FREEMAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}


# ---------------------------------------------------------------- check digits
def mynumber_check_digit(first11: str) -> int:
    """Check digit of the 個人番号 (マイナンバー) for the first 11 digits.

    P_n is the n-th digit counted from the right of the 11 digits,
    Q_n = n + 1 for n <= 6 and n - 5 for n >= 7;
    r = sum(P_n * Q_n) mod 11; check = 0 if r <= 1 else 11 - r.
    """
    digits = [int(c) for c in first11]
    assert len(digits) == 11
    total = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(first11: str) -> str:
    return first11 + str(mynumber_check_digit(first11))


def mynumber_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return len(d) == 12 and mynumber_check_digit(d[:11]) == int(d[11])


def luhn_ok(num: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", num)]
    total = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn(first15: str) -> str:
    for c in range(10):
        if luhn_ok(first15 + str(c)):
            return first15 + str(c)
    raise ValueError(first15)


def yamato_ok(num: str) -> bool:
    """ヤマト運輸の伝票番号: 12 digits, last digit = first 11 digits mod 7."""
    d = re.sub(r"\D", "", num)
    return len(d) == 12 and int(d[:11]) % 7 == int(d[11])


def group4(num: str, sep: str = " ") -> str:
    d = re.sub(r"\D", "", num)
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


# ---------------------------------------------------------------- text helpers
def t(s: str) -> str:
    """Dedent a triple-quoted block and drop the first newline."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    body = s.rstrip()
    # a block written with a trailing blank line keeps one (body, then signature)
    return body + ("\n\n" if s[len(body):].count("\n") >= 2 else "\n")


def quote(s: str, mark: str = "> ") -> str:
    """Quote a block the way a mail client does on reply."""
    lines = s.rstrip("\n").split("\n")
    return "".join((mark + ln if ln.strip() else mark.rstrip()) + "\n" for ln in lines)


def csv_text(header, rows) -> str:
    out = [",".join(header)]
    for r in rows:
        out.append(",".join(str(x) for x in r))
    return "\n".join(out) + "\n"


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def P(typ, value):
    return {"type": typ, "value": value}


# ---------------------------------------------------------------- records
LOCS_HOLD = ("body", "attachment", "quoted", "subject", "zip", "recipients")


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
    m["text"] = text
    if attachments:
        m["attachments"] = list(attachments)
    if personal is not None:
        m["personal"] = list(personal)
    return m


def hold(org, writer, loc, kind, why, frm, to, subject, text, **kw):
    return mail(org, writer, loc, "hold", kind, why, frm, to, subject, text, **kw)


def ok(org, writer, loc, kind, why, frm, to, subject, text, **kw):
    return mail(org, writer, loc, "pass", kind, why, frm, to, subject, text, **kw)


def addr_domain(a: str) -> str:
    m = re.search(r"<([^>]+)>", a)
    e = m.group(1) if m else a
    return e.rsplit("@", 1)[1].lower()
