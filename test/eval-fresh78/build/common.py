"""Shared helpers for the eval-fresh78 generators (all data synthetic)."""

FREE_MAIL = ("gmail.com", "yahoo.co.jp", "outlook.com")


# ---------------------------------------------------------------- My Number
def mynumber_check_digit(first11: str) -> int:
    """Check digit of a 12-digit 個人番号 (マイナンバー) from its first 11 digits."""
    assert len(first11) == 11 and first11.isdigit()
    total = 0
    for n in range(1, 12):                      # n-th digit counted from the right
        p = int(first11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(first11: str) -> str:
    return first11 + str(mynumber_check_digit(first11))


def is_valid_mynumber(num: str) -> bool:
    d = "".join(c for c in num if c.isdigit())
    return len(d) == 12 and mynumber_check_digit(d[:11]) == int(d[11])


def spaced4(num: str, sep: str = " ") -> str:
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


# ---------------------------------------------------------------- Luhn
def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(prefix15: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix15 + c):
            return prefix15 + c
    raise ValueError(prefix15)


# ---------------------------------------------------------------- Yamato
def yamato(first11: str) -> str:
    """12-digit ヤマト運輸 送り状番号: check digit = first 11 digits mod 7."""
    return first11 + str(int(first11) % 7)


def yamato_also_mynumber(start: int) -> str:
    """First Yamato number >= start whose last digit also satisfies the My Number check."""
    n = start
    while True:
        s = "%011d" % n
        if s[0] != "0":
            y = yamato(s)
            if is_valid_mynumber(y):
                return y
        n += 1


def dashed_tracking(num: str) -> str:
    return "-".join(num[i:i + 4] for i in range(0, 12, 4))


# ---------------------------------------------------------------- records
def csv_text(header, rows):
    def cell(v):
        v = str(v)
        if any(ch in v for ch in ',"\n'):
            v = '"' + v.replace('"', '""') + '"'
        return v
    lines = [",".join(cell(h) for h in header)]
    for r in rows:
        lines.append(",".join(cell(v) for v in r))
    return "\n".join(lines) + "\n"


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.strip("\n").split("\n"))


CT = {
    "csv": "text/csv",
    "txt": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}


def att(filename, text, kind=None):
    ext = kind or filename.rsplit(".", 1)[-1].lower()
    return {"filename": filename, "contentType": CT.get(ext, "application/octet-stream"), "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


class Writer:
    def __init__(self, key, address, sig):
        self.key = key
        self.address = address
        self.sig = sig.strip("\n")


def mail(org, writer, expect, kind, why, loc, to, subject, text, cc=None, bcc=None,
         attachments=None, personal=None):
    m = {
        "expect": expect,
        "kind": kind,
        "why": why,
        "from": writer.address,
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
    m["_meta"] = {"org": org, "writer": writer.key, "loc": loc}
    return m
