"""Shared helpers for the cv (fresh100) evaluation set.

Everything here is synthetic: names, numbers, addresses and domains are invented.
"""
import re

ALLOWED_PRIVATE = {"gmail.com", "yahoo.co.jp", "outlook.com"}
EXAMPLE_HOST = re.compile(r"(?:[a-z0-9-]+\.)+example\.[a-z]+(?:\.[a-z]+)*")


def host_allowed(host: str) -> bool:
    host = host.lower().rstrip(".")
    return host in ALLOWED_PRIVATE or bool(EXAMPLE_HOST.fullmatch(host))


def addr(name: str, email: str) -> str:
    """'表示名 <local@domain>'"""
    return f"{name} <{email}>"


# ---------------------------------------------------------------- numbers
def mynumber_check(d11: str) -> int:
    """Check digit of a 12-digit 個人番号 from its first 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    total = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 6
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11: str, sep: str = "") -> str:
    n = d11 + str(mynumber_check(d11))
    if sep:
        n = sep.join([n[0:4], n[4:8], n[8:12]])
    return n


def mynumber_ok(n: str) -> bool:
    d = re.sub(r"\D", "", n)
    return len(d) == 12 and int(d[-1]) == mynumber_check(d[:11])


def luhn_ok(n: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", n)]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card(prefix15: str, sep: str = " ") -> str:
    """Complete a 15-digit prefix to a Luhn-valid 16-digit card number."""
    assert len(prefix15) == 15
    for c in "0123456789":
        if luhn_ok(prefix15 + c):
            n = prefix15 + c
            return sep.join([n[0:4], n[4:8], n[8:12], n[12:16]])
    raise ValueError


def yamato(d11: str, mynumber_like: bool | None = None) -> str:
    """A 12-digit Yamato-style tracking number (last digit = first 11 mod 7).

    mynumber_like=True searches upward from d11 for a number that also
    happens to satisfy the 個人番号 check digit; False for one that does not.
    """
    v = int(d11)
    while True:
        s = f"{v:011d}"
        c = v % 7
        mn = c == mynumber_check(s)
        if mynumber_like is None or mn == mynumber_like:
            n = s + str(c)
            return "-".join([n[0:4], n[4:8], n[8:12]])
        v += 1


# ---------------------------------------------------------------- mail parts
def att(filename: str, content_type: str, text: str) -> dict:
    return {"filename": filename, "contentType": content_type, "text": text.strip("\n") + "\n"}


def enc_zip(filename: str) -> dict:
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


CT = {
    "csv": "text/csv",
    "txt": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def quote(text: str, prefix: str = "> ") -> str:
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


# Where a quoted or forwarded part begins (first marker line).
QUOTE_RE = re.compile(
    r"^(?:>"
    r"|-{2,}\s*(?:Original Message|Forwarded message|Forwarded Message|転送メッセージ|元のメッセージ)"
    r"|.*(?:wrote:|書きました[:：])\s*$"
    r"|.*<[^<>\n]+>\s*[:：]\s*$)",
    re.M,
)


def quote_start(text: str) -> int:
    m = QUOTE_RE.search(text)
    return m.start() if m else len(text)


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


def P(*pairs):
    """personal list helper: P(('name','山田 太郎'), ...)"""
    return list(pairs)


def jan(d12: str) -> str:
    """13-digit JAN/EAN code from its first 12 digits."""
    assert len(d12) == 12 and d12.isdigit()
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)
