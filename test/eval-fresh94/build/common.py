"""Shared helpers for the eval-fresh94 generators.

Everything produced here is synthetic: people, companies, addresses, phone
numbers (0000 exchange) and identifiers are invented; domains are *.example.*
or the big free-mail providers for private persons.
"""
import textwrap

CTYPES = {
    "csv": "text/csv",
    "txt": "text/plain",
    "log": "text/plain",
    "md": "text/markdown",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}


def addr(name, email):
    """`表示名 <local@domain>`"""
    return f"{name} <{email}>"


def t(s):
    """Dedent a triple-quoted block by the indentation of its first line.

    Lines indented less than that (e.g. signatures pasted in via f-strings)
    are kept as they are; trailing whitespace is dropped.
    """
    lines = s.strip("\n").split("\n")
    first = next(line for line in lines if line.strip())
    n = len(first) - len(first.lstrip(" "))
    out = []
    for line in lines:
        if line[:n].strip(" ") == "":
            line = line[n:]
        out.append(line.rstrip())
    return "\n".join(out).strip("\n") + "\n"


def att(filename, text):
    ext = filename.rsplit(".", 1)[-1].lower()
    return {"filename": filename, "contentType": CTYPES.get(ext, "application/octet-stream"),
            "text": t(text)}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def P(typ, value):
    return {"type": typ, "value": value}


def mail(expect, kind, why, writer, loc, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {"expect": expect, "kind": kind, "why": why, "from": frm, "to": list(to)}
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = t(text)
    if attachments:
        m["attachments"] = list(attachments)
    if personal:
        m["personal"] = list(personal)
    # build-only metadata, stripped by build.py
    m["_writer"] = writer
    m["_loc"] = loc if expect == "hold" else "none"
    return m


# ---------------------------------------------------------------- numbers

def mynumber_check(d11):
    """Check digit of a マイナンバー given its first 11 digits."""
    digits = [int(c) for c in d11]
    assert len(digits) == 11
    s = 0
    for n in range(1, 12):  # n-th digit from the right (excluding check digit)
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11):
    return d11 + str(mynumber_check(d11))


def mynumber_ok(d12):
    d12 = "".join(c for c in d12 if c.isdigit())
    return len(d12) == 12 and mynumber_check(d12[:11]) == int(d12[11])


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError(prefix)


def group4(num):
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))
