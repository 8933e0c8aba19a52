"""Shared helpers for the eval-fresh99 generators.

Everything here is synthetic: names, addresses, phone numbers (0000 exchange),
account numbers, identity numbers and domains (*.example.* or free-mail).
"""

CTYPES = {
    "csv": "text/csv",
    "txt": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def addr(name, email):
    """Display address: 表示名 <local@domain>."""
    return f"{name} <{email}>"


def att(filename, text, ctype=None):
    """A text-bearing attachment. For files inside a plain zip use 'x.zip/inner.csv'."""
    ext = filename.rsplit(".", 1)[-1].lower()
    return {"filename": filename, "contentType": ctype or CTYPES[ext], "text": text}


def enc_zip(filename):
    """An encrypted (password-protected) zip: no text is available."""
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def M(writer, loc, expect, kind, why, frm, to, subject, text,
      cc=None, bcc=None, attachments=None, personal=None):
    """One mail plus its meta (writer, loc). The org is filled in by build.py."""
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
    return {"mail": m, "writer": writer, "loc": loc if expect == "hold" else "none"}


# ---------------------------------------------------------------- numbers

def mynumber_check_digit(d11):
    """Check digit of a マイナンバー from its first 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    s = 0
    for n in range(1, 12):  # n = position counted from the right of the 11 digits
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11, sep=""):
    """A 12-digit マイナンバー with a valid check digit, optionally grouped 4-4-4."""
    full = d11 + str(mynumber_check_digit(d11))
    if sep:
        return sep.join([full[0:4], full[4:8], full[8:12]])
    return full


def mynumber_valid(d12):
    d12 = "".join(ch for ch in d12 if ch.isdigit())
    return len(d12) == 12 and mynumber_check_digit(d12[:11]) == int(d12[11])


def luhn_valid(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(prefix15, sep=" "):
    """A Luhn-valid 16-digit card number built from 15 leading digits."""
    assert len(prefix15) == 15
    for c in "0123456789":
        if luhn_valid(prefix15 + c):
            full = prefix15 + c
            break
    return sep.join(full[i:i + 4] for i in range(0, 16, 4))


def yamato_valid(d12):
    return len(d12) == 12 and int(d12[:11]) % 7 == int(d12[11])


def yamato_numbers(start, want_mynumber_valid, count):
    """12-digit tracking numbers (Yamato-style mod-7 check digit) starting at `start`.

    want_mynumber_valid=True returns numbers that also happen to pass the
    マイナンバー check digit; False returns numbers that do not.
    """
    out = []
    n = start
    while len(out) < count:
        d11 = f"{n:011d}"
        d12 = d11 + str(n % 7)
        if mynumber_valid(d12) == want_mynumber_valid:
            out.append(d12)
        n += 1
    return out


def jan13(d12):
    """A JAN/EAN-13 code with a valid check digit."""
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def houjin_bangou(d12):
    """A 13-digit 法人番号 (check digit first)."""
    s = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(reversed(d12)))
    return str(9 - s % 9) + d12
