"""Shared helpers for the eval-fresh95 generators (all data is synthetic)."""
import re

PRIVATE_DOMAINS = ("gmail.com", "yahoo.co.jp", "outlook.com")

ADDR_RE = re.compile(r"^(?P<name>[^<>]+?) <(?P<local>[A-Za-z0-9._%+-]+)@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")


def addr(name, email):
    """Format one address as `表示名 <local@domain>`."""
    return f"{name} <{email}>"


def domain_of(address):
    m = ADDR_RE.match(address)
    return m.group("domain").lower() if m else None


def domain_allowed(domain):
    d = domain.lower().rstrip(".")
    if d in PRIVATE_DOMAINS:
        return True
    labels = d.split(".")
    # *.example.* : something before "example" and at least one label after it
    for i, lab in enumerate(labels):
        if lab == "example" and 0 < i < len(labels) - 1:
            return True
    return False


# ---------------------------------------------------------------- numbers

def mynumber(base11):
    """Append the official check digit to an 11-digit base (個人番号)."""
    assert len(base11) == 11 and base11.isdigit()
    digits = [int(c) for c in base11]
    total = 0
    for n in range(1, 12):          # n = 1 is the rightmost of the 11 digits
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    cd = 0 if r <= 1 else 11 - r
    return base11 + str(cd)


def mynumber_ok(num12):
    num12 = re.sub(r"\D", "", num12)
    return len(num12) == 12 and mynumber(num12[:11]) == num12


def luhn_ok(number):
    ds = [int(c) for c in re.sub(r"\D", "", number)]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    """Append the Luhn check digit to a digit string."""
    for cd in "0123456789":
        if luhn_ok(partial + cd):
            return partial + cd
    raise ValueError(partial)


def jan_complete(partial12):
    """Append the EAN-13 / JAN check digit."""
    ds = [int(c) for c in partial12]
    s = sum(d * (3 if i % 2 else 1) for i, d in enumerate(ds))
    return partial12 + str((10 - s % 10) % 10)


def group4(num, sep=" "):
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


# ---------------------------------------------------------------- text

def quote(text, prefix="> "):
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.strip("\n").split("\n"))


def csv(rows):
    return "\n".join(",".join(str(c) for c in r) for r in rows) + "\n"


def tsv(rows):
    return "\n".join("\t".join(str(c) for c in r) for r in rows) + "\n"


def att(filename, text, content_type=None):
    if content_type is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        content_type = {
            "csv": "text/csv",
            "txt": "text/plain",
            "pdf": "application/pdf",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }[ext]
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def M(writer, expect, loc, kind, why, to, subject, text, cc=None, bcc=None,
      attachments=None, personal=None):
    """One mail as written by an organisation module (id/from are added by build.py)."""
    m = {
        "writer": writer, "expect": expect, "loc": loc, "kind": kind, "why": why,
        "to": to, "subject": subject, "text": text.strip("\n") + "\n",
    }
    if cc:
        m["cc"] = cc
    if bcc:
        m["bcc"] = bcc
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    return m


# Markers that open a quoted or forwarded part of a body.
QUOTE_MARKERS = [
    re.compile(r"^>", re.M),
    re.compile(r"^-{3,}\s*Original Message\s*-{3,}", re.M | re.I),
    re.compile(r"^-{3,}\s*Forwarded message\s*-{3,}", re.M | re.I),
    re.compile(r"^-{3,}\s*転送(された)?メッセージ\s*-{3,}", re.M),
    re.compile(r"^-{3,}\s*元のメッセージ\s*-{3,}", re.M),
    re.compile(r"^On .{5,200} wrote:\s*$", re.M),
    re.compile(r"^\d{4}[年/]\d{1,2}[月/]\d{1,2}日?.{0,120}(wrote|書きました|のメール)[:：]?\s*$", re.M),
]


def quote_start(body):
    """Position where the first quoted/forwarded part starts, or None."""
    pos = [m.start() for rx in QUOTE_MARKERS for m in [rx.search(body)] if m]
    return min(pos) if pos else None
