"""Shared helpers for the eval-fresh77 generators.

All people, companies, numbers and addresses produced here are synthetic.
"""
import csv
import io

FREE_MAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}

CT_CSV = "text/csv"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_PDF = "application/pdf"
CT_ZIP = "application/zip"
CT_TXT = "text/plain"


# ---------------------------------------------------------------- numbers
def mynumber_check_digit(d11):
    """Check digit of a 12-digit 個人番号 from its first 11 digits."""
    d11 = str(d11)
    assert len(d11) == 11 and d11.isdigit(), d11
    total = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11):
    """A 12-digit My Number whose check digit is valid."""
    return d11 + str(mynumber_check_digit(d11))


def mynumber_ok(num):
    d = "".join(c for c in str(num) if c.isdigit())
    return len(d) == 12 and mynumber_check_digit(d[:11]) == int(d[11])


def luhn_ok(num):
    d = [int(c) for c in str(num) if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(d15):
    for c in range(10):
        if luhn_ok(d15 + str(c)):
            return d15 + str(c)
    raise ValueError(d15)


def jan13(d12):
    """JAN/EAN-13 with its check digit."""
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def yamato(d11):
    """A 12-digit Yamato-style tracking number (last digit = first 11 mod 7)."""
    return d11 + str(int(d11) % 7)


def yamato_that_passes_mynumber(start):
    """First Yamato-style number from `start` whose last digit is also a valid
    My Number check digit (the coincidence a naive detector trips on)."""
    i = int(start)
    while True:
        s = "%011d" % i
        if int(s) % 7 == mynumber_check_digit(s):
            return s + str(int(s) % 7)
        i += 1


def yamato_that_fails_mynumber(start):
    i = int(start)
    while True:
        s = "%011d" % i
        if int(s) % 7 != mynumber_check_digit(s):
            return s + str(int(s) % 7)
        i += 1


def grp4(d, sep="-"):
    """'123456789012' -> '1234-5678-9012'"""
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


# ---------------------------------------------------------------- text
def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def quote(text, mark="> "):
    return "\n".join((mark + line) if line else mark.rstrip() for line in text.strip("\n").split("\n"))


def addr(name, email):
    return "%s <%s>" % (name, email)


# ---------------------------------------------------------------- records
def att(filename, text, ctype=None):
    if ctype is None:
        low = filename.lower()
        if low.endswith(".csv"):
            ctype = CT_CSV
        elif low.endswith(".xlsx"):
            ctype = CT_XLSX
        elif low.endswith(".docx"):
            ctype = CT_DOCX
        elif low.endswith(".pdf"):
            ctype = CT_PDF
        elif low.endswith(".zip"):
            ctype = CT_ZIP
        else:
            ctype = CT_TXT
    return {"filename": filename, "contentType": ctype, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": CT_ZIP, "encrypted": True}


def P(typ, value):
    return {"type": typ, "value": value}


REQUIRED = ("writer", "loc", "expect", "kind", "why", "from", "to", "subject", "text")


def mail(writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {
        "writer": writer, "loc": loc, "expect": expect, "kind": kind, "why": why,
        "from": frm, "to": list(to), "subject": subject, "text": text.strip("\n") + "\n",
    }
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    if attachments:
        m["attachments"] = list(attachments)
    if personal:
        m["personal"] = list(personal)
    return m
