"""Shared helpers for the dh blind evaluation set.

Check digits (マイナンバー, Luhn, Yamato), quoting / forwarding blocks,
address formatting and a small mail constructor used by org_a.py … org_e.py.
"""
import re

PRIVATE_DOMAINS = ("gmail.com", "yahoo.co.jp", "outlook.com")


# ---------------------------------------------------------------- check digits
def mynumber_check(base11: str) -> int:
    """Check digit of a 12-digit individual number (マイナンバー) for 11 base digits."""
    assert len(base11) == 11 and base11.isdigit()
    digits = [int(c) for c in base11]
    total = 0
    for n in range(1, 12):              # n counts from the right of the 11 digits
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def make_mynumber(base11: str) -> str:
    return base11 + str(mynumber_check(base11))


def mynumber_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return len(d) == 12 and mynumber_check(d[:11]) == int(d[11])


def luhn_ok(num: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", num)]
    if len(d) < 12:
        return False
    s = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError(prefix)


def group4(num: str, sep: str = " ") -> str:
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def yamato_check(base11: str) -> int:
    """Yamato tracking numbers: the 12th digit is the first 11 digits mod 7."""
    return int(base11) % 7


def make_yamato(base11: str) -> str:
    return base11 + str(yamato_check(base11))


def yamato_also_mynumber(start: int, count: int):
    """Tracking numbers that happen to satisfy the マイナンバー check digit too."""
    out = []
    n = start
    while len(out) < count:
        b = "%011d" % n
        if yamato_check(b) == mynumber_check(b):
            out.append(b + str(yamato_check(b)))
        n += 7919
    return out


# ---------------------------------------------------------------- addresses
def addr(name: str, email: str) -> str:
    return f"{name} <{email}>"


def domain_of(address: str) -> str:
    m = re.search(r"@([A-Za-z0-9.-]+)", address)
    return m.group(1).lower() if m else ""


def allowed_domain(host: str) -> bool:
    host = host.lower().strip(".")
    if host in PRIVATE_DOMAINS:
        return True
    labels = host.split(".")
    return "example" in labels[:-1] and labels[-1] != "example"


# ---------------------------------------------------------------- quoting
QUOTE_MARKERS = [
    re.compile(r"^\s*>"),
    re.compile(r"^\s*＞"),
    re.compile(r"-{3,}\s*Original Message\s*-{3,}", re.I),
    re.compile(r"-{3,}\s*Forwarded message\s*-{3,}", re.I),
    re.compile(r"-{3,}\s*転送(された)?メッセージ\s*-{3,}"),
    re.compile(r"-{3,}\s*元のメッセージ\s*-{3,}"),
    re.compile(r"^On .+ wrote:\s*$"),
    re.compile(r"^.+(さん|様)?(が|は)書きました[:：]\s*$"),
    re.compile(r"^(From|差出人)\s*[:：]"),
]


def quote_start(text: str):
    """Character offset of the first quote/forward marker line, or None."""
    pos = 0
    for line in text.split("\n"):
        if any(p.search(line) for p in QUOTE_MARKERS):
            return pos
        pos += len(line) + 1
    return None


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def wrote_line(date: str, who: str, style: str = "ja") -> str:
    if style == "en":
        return f"On {date}, {who} wrote:"
    return f"{date} {who} さんは書きました:"


def forward_block(frm: str, date: str, to: str, subject: str, body: str,
                  style: str = "gmail", cc: str = "") -> str:
    if style == "outlook":
        head = ["-----Original Message-----", f"From: {frm}", f"Sent: {date}", f"To: {to}"]
        if cc:
            head.append(f"Cc: {cc}")
        head.append(f"Subject: {subject}")
    elif style == "ja":
        head = ["-------- 転送メッセージ --------", f"差出人: {frm}", f"送信日時: {date}",
                f"宛先: {to}"]
        if cc:
            head.append(f"CC: {cc}")
        head.append(f"件名: {subject}")
    else:
        head = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {date}",
                f"To: {to}"]
        if cc:
            head.append(f"Cc: {cc}")
        head.append(f"Subject: {subject}")
    return "\n".join(head) + "\n\n" + body.strip("\n")


def csv_text(rows) -> str:
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(ch in c for ch in ',"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\r\n".join(out) + "\r\n"


def table_text(rows, sep=" | ") -> str:
    """A sheet rendered as text (fixed columns, no width maths for CJK)."""
    return "\n".join(sep.join(str(c) for c in r) for r in rows) + "\n"


# ---------------------------------------------------------------- mail
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
    if personal is not None:
        m["personal"] = personal
    return m


def att(filename, text, content_type=None):
    if content_type is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        content_type = {
            "csv": "text/csv", "txt": "text/plain", "tsv": "text/tab-separated-values",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pdf": "application/pdf", "md": "text/markdown", "log": "text/plain",
        }.get(ext, "text/plain")
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def P(type_, value):
    return {"type": type_, "value": value}
