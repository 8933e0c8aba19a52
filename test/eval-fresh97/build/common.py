"""Shared helpers for the cs (eval-fresh97) blind evaluation set.

Everything here is synthetic: people, companies, numbers and domains are invented.
"""
import re
import textwrap

# ---------------------------------------------------------------- numbers

def luhn_check_digit(payload: str) -> int:
    digits = [int(c) for c in payload if c.isdigit()]
    total = 0
    # the check digit will be appended on the right, so the rightmost payload
    # digit is doubled
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(payload15: str, sep: str = " ") -> str:
    """A Luhn-valid 16-digit card number from a 15-digit payload, as 4-4-4-4."""
    p = re.sub(r"\D", "", payload15)
    assert len(p) == 15, p
    full = p + str(luhn_check_digit(p))
    return sep.join(full[i:i + 4] for i in range(0, 16, 4))


def mynumber_check_digit(d11: str) -> int:
    digits = [int(c) for c in re.sub(r"\D", "", d11)]
    assert len(digits) == 11
    s = 0
    for n, p in enumerate(reversed(digits), start=1):
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mynumber_ok(number: str) -> bool:
    d = re.sub(r"\D", "", number)
    return len(d) == 12 and mynumber_check_digit(d[:11]) == int(d[11])


def mynumber(d11: str, sep: str = "") -> str:
    """A valid 12-digit マイナンバー from 11 digits, grouped 4-4-4 with sep."""
    p = re.sub(r"\D", "", d11)
    full = p + str(mynumber_check_digit(p))
    return sep.join(full[i:i + 4] for i in range(0, 12, 4))


def yamato_collision(start: int) -> str:
    """First 12-digit Yamato-style tracking number (check digit = first 11 mod 7)
    at or after `start` that also happens to pass the マイナンバー check digit."""
    n = start
    while True:
        s = f"{n:011d}"
        y = int(s) % 7
        if mynumber_check_digit(s) == y:
            full = s + str(y)
            return "-".join(full[i:i + 4] for i in range(0, 12, 4))
        n += 1


def yamato(d11: str) -> str:
    s = re.sub(r"\D", "", d11)
    full = s + str(int(s) % 7)
    return "-".join(full[i:i + 4] for i in range(0, 12, 4))

# ---------------------------------------------------------------- mail helpers

def T(s: str) -> str:
    """Dedent a triple-quoted block and strip surrounding blank lines."""
    return textwrap.dedent(s).strip("\n")


class Writer:
    def __init__(self, key, name, email, sig):
        self.key = key
        self.name = name
        self.email = email
        self.sig = T(sig)

    @property
    def addr(self):
        return f"{self.name} <{self.email}>"


def A(name: str, email: str) -> str:
    return f"{name} <{email}>"


def body(writer: Writer, top: str, quote: str = None) -> str:
    """Message text: new part, the writer's signature, then an optional quoted
    or forwarded part."""
    t = T(top) + "\n\n" + writer.sig
    if quote:
        t += "\n\n" + T(quote)
    return t + "\n"


CTYPES = {
    "csv": "text/csv",
    "txt": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def att(filename: str, text: str) -> dict:
    ext = filename.rsplit(".", 1)[-1].lower()
    return {"filename": filename, "contentType": CTYPES[ext], "text": T(text) + "\n"}


def enc_zip(filename: str) -> dict:
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def P(type_: str, value: str) -> dict:
    return {"type": type_, "value": value}


def M(writer: Writer, expect, kind, why, loc, to, subject, text,
      cc=None, bcc=None, attachments=None, personal=None) -> dict:
    m = {
        "expect": expect,
        "kind": kind,
        "why": why,
        "from": writer.addr,
        "to": list(to),
    }
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = text
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = personal
    # build-only fields, stripped by build.py into meta.json
    m["_writer"] = writer.name
    m["_loc"] = loc
    return m
