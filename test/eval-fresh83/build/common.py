"""Shared helpers for the eval-fresh83 generators.

All people, companies, numbers and addresses are invented. Phone numbers use a
0000 exchange; domains are *.example.* or the three free-mail domains.
"""
import re

# ---------------------------------------------------------------- numbers


def mynumber_check(d11: str) -> int:
    """Check digit of a 12-digit individual number (マイナンバー).

    P_n is the n-th digit counted from the right of the first 11 digits,
    Q_n = n+1 (n<=6) or n-5 (n>=7); r = sum(P_n*Q_n) mod 11;
    check = 0 if r <= 1 else 11 - r.
    """
    assert len(d11) == 11 and d11.isdigit(), d11
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def make_mynumber(d11: str) -> str:
    return d11 + str(mynumber_check(d11))


def mynumber_valid(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and mynumber_check(d[:11]) == int(d[11])


def luhn_valid(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if not d:
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_valid(prefix + c):
            return prefix + c
    raise ValueError(prefix)


def corp_number(d12: str) -> str:
    """13-digit 法人番号: check digit (prepended) = 9 - (sum P_n*Q_n mod 9),
    P_n the n-th digit from the right, Q_n = 1 for odd n, 2 for even n."""
    assert len(d12) == 12 and d12.isdigit()
    s = 0
    for n in range(1, 13):
        p = int(d12[12 - n])
        s += p * (1 if n % 2 else 2)
    return str(9 - s % 9) + d12


def jan13(d12: str) -> str:
    """EAN-13 / JAN code with its check digit."""
    assert len(d12) == 12 and d12.isdigit()
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def yamato(d11: str) -> str:
    """12-digit Yamato tracking number: last digit = first 11 digits mod 7."""
    return d11 + str(int(d11) % 7)


def yamato_also_mynumber(start: int) -> str:
    """First Yamato number from `start` whose check digit also happens to
    satisfy the マイナンバー check (used for tempting passes)."""
    n = start
    while True:
        d11 = "%011d" % n
        y = yamato(d11)
        if mynumber_valid(y):
            return y
        n += 1


def g4(s: str, sep: str = " ") -> str:
    d = re.sub(r"\D", "", s)
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


# ---------------------------------------------------------------- records

CT_CSV = "text/csv"
CT_PDF = "application/pdf"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_TXT = "text/plain"
CT_ZIP = "application/zip"


def att(filename, text, ctype=None):
    if ctype is None:
        low = filename.lower()
        if low.endswith(".csv"):
            ctype = CT_CSV
        elif low.endswith(".pdf"):
            ctype = CT_PDF
        elif low.endswith(".xlsx"):
            ctype = CT_XLSX
        elif low.endswith(".docx"):
            ctype = CT_DOCX
        elif low.endswith(".zip"):
            ctype = CT_ZIP
        else:
            ctype = CT_TXT
    return {"filename": filename, "contentType": ctype, "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": CT_ZIP, "encrypted": True}


def M(org, writer, loc, expect, kind, why, frm, to, subject, text,
      cc=None, bcc=None, attachments=None, personal=None):
    """One mail record. `loc` is where the risk sits (holds) or `none` (passes)."""
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
        m["attachments"] = list(attachments)
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    m["_meta"] = {"org": org, "writer": writer, "loc": loc}
    return m


def quote(text: str, mark: str = "> ") -> str:
    """Quote a block as a mail client would."""
    return "\n".join((mark + line) if line else mark.rstrip() for line in text.strip("\n").split("\n"))
