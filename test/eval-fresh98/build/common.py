"""Shared helpers for the eval-fresh98 generators (ids "ct001".."ct100").

Everything here is synthetic: people, companies, numbers and addresses are invented.
Phone numbers use a 0000 exchange; domains are *.example.* or the three public
mail providers allowed by the brief.
"""
import re

PREFIX = "ct"
SEED = 98
LOCS_HOLD = ("body", "attachment", "quoted", "subject", "zip", "recipients")
PUBLIC_MAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}


# ---------------------------------------------------------------- check digits
def mynumber_check_digit(d11):
    """Check digit of a 12-digit individual number (マイナンバー) from its first 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    total = 0
    for n in range(1, 12):            # n = 1 is the rightmost of the 11 digits
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber_valid(num):
    d = re.sub(r"[\s-]", "", num)
    return len(d) == 12 and d.isdigit() and mynumber_check_digit(d[:11]) == int(d[11])


def mynumber(d11, sep=" "):
    """Complete 11 digits to a valid My Number, formatted 4-4-4 with `sep`."""
    d = d11 + str(mynumber_check_digit(d11))
    return sep.join((d[0:4], d[4:8], d[8:12]))


def luhn_valid(num):
    d = re.sub(r"[\s-]", "", num)
    if not d.isdigit():
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


def luhn_card(d15, sep=" "):
    """Complete 15 digits to a Luhn-valid 16-digit card number, formatted 4-4-4-4."""
    for c in range(10):
        if luhn_valid(d15 + str(c)):
            d = d15 + str(c)
            return sep.join(d[i:i + 4] for i in range(0, 16, 4))
    raise ValueError(d15)


def yamato(d11, sep="-"):
    """12-digit Yamato tracking number: last digit = first 11 digits mod 7."""
    d = d11 + str(int(d11) % 7)
    return sep.join((d[0:4], d[4:8], d[8:12]))


def yamato_colliding(start11, sep="-"):
    """First Yamato number from start11 upwards that also passes the My Number check."""
    n = int(start11)
    while True:
        d11 = "%011d" % n
        if int(d11) % 7 == mynumber_check_digit(d11):
            return yamato(d11, sep)
        n += 1


def houjin_bangou(base12):
    """13-digit corporate number (法人番号): check digit in front of 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


def jan13(d12):
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - total % 10) % 10)


# ---------------------------------------------------------------- domains
HOST_RE = re.compile(
    r"(?<![A-Za-z0-9.-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+"
    r"(?:com|net|org|jp|io|info|biz|co|uk|us|de|fr|sg|ph|vn|kr|cn|tw|edu|gov|lg|ed|ac|or|ne|go))"
    r"(?![A-Za-z0-9-])", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
URL_RE = re.compile(r"https?://([^/\s:)>\]」』]+)", re.I)


def domain_allowed(domain):
    d = domain.lower().strip(".")
    if d in PUBLIC_MAIL:
        return True
    labels = d.split(".")
    return "example" in labels[:-1]


def domains_in(text):
    found = set()
    for rx in (EMAIL_RE, URL_RE, HOST_RE):
        for m in rx.finditer(text):
            found.add(m.group(1).lower().strip("."))
    return found


ADDR_RE = re.compile(r"^(?P<name>[^<>]+?) <(?P<local>[A-Za-z0-9._%+-]+)@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")


def addr_domain(a):
    m = ADDR_RE.match(a)
    return m.group("domain").lower() if m else None


# ---------------------------------------------------------------- quoting
QUOTE_RE = re.compile(
    r"^(?:-{3,}\s*(?:Original Message|Forwarded message|転送メッセージ|元のメッセージ)\s*-{3,}"
    r"|>"
    r"|On .+ wrote:\s*$"
    r"|.+(?:のメッセージ|wrote|書きました)[:：]\s*$)",
    re.M)


def quote_start(text):
    m = QUOTE_RE.search(text)
    return m.start() if m else None


def gt_quote(header, text):
    """Reply-style quote: a header line, then every line prefixed with '> '."""
    lines = [("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n")]
    return header + "\n" + "\n".join(lines)


def outlook_quote(frm, sent, to, subject, text, cc=None):
    head = ["-----Original Message-----", "From: " + frm, "Sent: " + sent, "To: " + to]
    if cc:
        head.append("Cc: " + cc)
    head.append("Subject: " + subject)
    return "\n".join(head) + "\n\n" + text.strip("\n")


def forward_en(frm, date, to, subject, text):
    head = ["---------- Forwarded message ---------", "From: " + frm, "Date: " + date,
            "Subject: " + subject, "To: " + to]
    return "\n".join(head) + "\n\n" + text.strip("\n")


def forward_ja(frm, date, to, subject, text):
    head = ["-------- 転送メッセージ --------", "差出人: " + frm, "日時: " + date,
            "宛先: " + to, "件名: " + subject]
    return "\n".join(head) + "\n\n" + text.strip("\n")


# ---------------------------------------------------------------- writers & mails
class Writer:
    def __init__(self, org, key, name, email, sig, display=None):
        self.org, self.key, self.name, self.email, self.sig = org, key, name, email, sig.strip("\n")
        self.display = display or name

    @property
    def addr(self):
        return "%s <%s>" % (self.display, self.email)


def A(name, email):
    return "%s <%s>" % (name, email)


def compose(body, sig, quoted=None):
    text = body.strip("\n") + "\n\n" + sig
    if quoted:
        text += "\n\n" + quoted.strip("\n")
    return text + "\n"


def att(filename, text, ctype=None):
    if ctype is None:
        low = filename.lower()
        if low.endswith(".csv"):
            ctype = "text/csv"
        elif low.endswith(".pdf"):
            ctype = "application/pdf"
        elif low.endswith(".docx"):
            ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        elif low.endswith(".xlsx"):
            ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        else:
            ctype = "text/plain"
    return {"filename": filename, "contentType": ctype, "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def mail(w, expect, loc, kind, why, to, subject, body, quoted=None, cc=None, bcc=None,
         attachments=None, personal=None):
    m = {
        "expect": expect,
        "kind": kind,
        "why": why,
        "from": w.addr,
        "to": list(to),
    }
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = compose(body, w.sig, quoted)
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    return {"org": w.org, "writer": w.key, "loc": loc if expect == "hold" else "none", "mail": m}
