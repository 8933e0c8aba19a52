"""Shared helpers for the dj (eval-fresh114) blind set generator.

Everything here is synthetic: names, companies, addresses and numbers are invented.
"""
import re

PRIVATE_DOMAINS = {"gmail.com", "yahoo.co.jp", "outlook.com"}

HOLD_CATEGORIES = {"sensitive", "id", "list", "personal", "recipients"}
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}

# A line that starts the quoted / forwarded part of a mail.
QUOTE_MARKER_RE = re.compile(
    r"^(?:"
    r"\s*[>＞]"                                                   # > quoted line
    r"|-{2,}\s*(?:Original Message|Forwarded message|Forwarded Message|"
    r"転送メッセージ|元のメッセージ|Original)\s*-*\s*$"                # separators
    r"|_{10,}\s*$"                                                # Outlook rule
    r"|.*(?:wrote|書きました)\s*[:：]\s*$"                          # attribution
    r"|\d{4}年\d{1,2}月\d{1,2}日.*<[^<>\s]+@[^<>\s]+>\s*[:：]\s*$"  # Gmail (ja)
    r")",
    re.M,
)


def addr(name, email):
    """Format a display-name address."""
    return f"{name} <{email}>"


def email_of(address):
    m = re.search(r"<([^<>]+)>\s*$", address)
    return m.group(1) if m else address.strip()


def domain_of(address):
    return email_of(address).rsplit("@", 1)[-1].lower()


def domain_allowed(domain):
    d = domain.lower().rstrip(".")
    if d in PRIVATE_DOMAINS:
        return True
    return "example" in d.split(".")


# ---------------------------------------------------------------- check digits
def mynumber_check_digit(base11):
    """Check digit of a 12-digit individual number (マイナンバー)."""
    assert len(base11) == 11 and base11.isdigit()
    digits = [int(c) for c in reversed(base11)]  # P1 = rightmost of the 11
    total = 0
    for n, p in enumerate(digits, start=1):
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(base11):
    return base11 + str(mynumber_check_digit(base11))


def mynumber_ok(num):
    num = re.sub(r"\D", "", num)
    return len(num) == 12 and mynumber_check_digit(num[:11]) == int(num[11])


def luhn_ok(num):
    digits = [int(c) for c in re.sub(r"\D", "", num)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(base15):
    for c in "0123456789":
        if luhn_ok(base15 + c):
            return base15 + c
    raise ValueError(base15)


def group4(num, sep=" "):
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def yamato(base11):
    """A 12-digit Yamato-style tracking number: 11 digits + (number mod 7)."""
    return base11 + str(int(base11) % 7)


def yamato_passing_mynumber(start):
    """First tracking number from `start` upward that also passes the マイナンバー check."""
    n = int(start)
    while True:
        t = yamato(f"{n:011d}")
        if mynumber_ok(t):
            return t
        n += 1


def yamato_failing_mynumber(start):
    n = int(start)
    while True:
        t = yamato(f"{n:011d}")
        if not mynumber_ok(t):
            return t
        n += 1


# ---------------------------------------------------------------- text helpers
def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


def csv_text(rows):
    out = []
    for row in rows:
        cells = []
        for c in row:
            c = str(c)
            if "," in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\n".join(out) + "\n"


def att(filename, text, content_type="text/csv"):
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def P(type_, value):
    return {"type": type_, "value": value}


FIELDS_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
                "attachments", "personal"]


def M(org, writer, loc, expect, kind, why, frm, to, subject, text,
      cc=None, bcc=None, attachments=None, personal=None):
    m = {"org": org, "writer": writer, "loc": loc, "expect": expect, "kind": kind, "why": why,
         "from": frm, "to": list(to), "subject": subject, "text": text.strip("\n") + "\n"}
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = personal
    return m


def hojin_number(base12):
    """法人番号 (13 digits): check digit first, then the 12-digit base."""
    assert len(base12) == 12 and base12.isdigit()
    total = 0
    for n, c in enumerate(reversed(base12), start=1):
        total += int(c) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12
