"""Shared helpers for the blind DLP evaluation set (prefix "df").

Check digits (マイナンバー, Luhn, 法人番号, JAN, ヤマト伝票番号), quoting and
forward blocks, address formatting, and the mail constructor used by
org_a.py ... org_e.py.
"""
import re
import unicodedata

PRIVATE_DOMAINS = {"gmail.com", "yahoo.co.jp", "outlook.com"}

# ---------------------------------------------------------------- check digits

def mynumber_check_digit(first11):
    """Check digit of a 12-digit individual number (マイナンバー)."""
    d = [int(c) for c in first11]
    assert len(d) == 11
    total = 0
    for n in range(1, 12):          # n = 1 is the digit just left of the check digit
        p = d[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(first11, sep=""):
    s = first11 + str(mynumber_check_digit(first11))
    return sep.join([s[0:4], s[4:8], s[8:12]]) if sep else s


def is_valid_mynumber(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 12 and int(s[-1]) == mynumber_check_digit(s[:11])


def luhn_ok(s):
    digits = [int(c) for c in re.sub(r"\D", "", s)]
    total = 0
    for i, v in enumerate(reversed(digits)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(prefix):
    """Append the Luhn digit to a digit string; return it grouped 4-4-4-4."""
    prefix = re.sub(r"\D", "", prefix)
    for c in range(10):
        if luhn_ok(prefix + str(c)):
            full = prefix + str(c)
            return " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    raise ValueError(prefix)


def corporate_number(base12):
    """法人番号: check digit in front of the 12-digit base."""
    d = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = d[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def jan13(first12):
    d = [int(c) for c in first12]
    s = sum(v * (3 if i % 2 else 1) for i, v in enumerate(d))
    return first12 + str((10 - s % 10) % 10)


def yamato(first11, sep="-"):
    """Yamato tracking number: 12 digits, last = first 11 digits mod 7."""
    s = first11 + str(int(first11) % 7)
    return sep.join([s[0:4], s[4:8], s[8:12]]) if sep else s


def yamato_also_mynumber(start11, sep="-"):
    """First Yamato number at or after start11 that also passes the
    マイナンバー check digit (used on purpose in a pass mail)."""
    n = int(start11)
    while True:
        s = str(n).zfill(11)
        full = s + str(int(s) % 7)
        if is_valid_mynumber(full):
            return yamato(s, sep)
        n += 1


def yamato_not_mynumber(start11, sep="-"):
    n = int(start11)
    while True:
        s = str(n).zfill(11)
        full = s + str(int(s) % 7)
        if not is_valid_mynumber(full):
            return yamato(s, sep)
        n += 1

# ---------------------------------------------------------------- addresses

def addr(name, email):
    return f"{name} <{email}>"


def domain_of(address):
    m = re.search(r"<([^>]+)>", address)
    email = m.group(1) if m else address
    return email.split("@", 1)[1].lower()

# ---------------------------------------------------------------- quoting

QUOTE_MARKER_RE = re.compile(
    r"^(?:"
    r"[>＞]"
    r"|-{3,}\s*(?:Original Message|Forwarded message|転送メッセージ|元のメッセージ)"
    r"|_{10,}\s*$"
    r"|.*(?:wrote:|書きました[:：]?)\s*$"
    r"|.*<[^<>\s]+@[^<>\s]+>\s*[:：]\s*$"
    r"|(?:差出人|From)[:：]\s"
    r")"
)


def first_marker_offset(text):
    """Character offset of the first quote/forward marker line, or None."""
    pos = 0
    for line in text.split("\n"):
        if QUOTE_MARKER_RE.match(line):
            return pos
        pos += len(line) + 1
    return None


def quote(text, prefix="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out)


def reply_line_en(date, name, email):
    return f"On {date}, {name} <{email}> wrote:"


def reply_line_ja(date, name, email):
    return f"{date} {name} <{email}>:"


def gmail_forward(frm, date, subject, to, body):
    return (
        "---------- Forwarded message ---------\n"
        f"From: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n"
        + body.strip("\n")
    )


def outlook_original(frm, sent, to, subject, body, cc=None):
    head = f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        head += f"Cc: {cc}\n"
    return head + f"Subject: {subject}\n\n" + body.strip("\n")


def outlook_ja(frm, sent, to, subject, body, cc=None):
    head = "________________________________\n" \
           f"差出人: {frm}\n送信日時: {sent}\n宛先: {to}\n"
    if cc:
        head += f"CC: {cc}\n"
    return head + f"件名: {subject}\n\n" + body.strip("\n")


def t(s):
    """Drop the single leading newline of a triple-quoted literal."""
    return s[1:] if s.startswith("\n") else s

# ---------------------------------------------------------------- mail

def mail(writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {"writer": writer, "loc": loc, "expect": expect, "kind": kind,
         "why": why, "from": frm, "to": list(to)}
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = text
    if attachments:
        m["attachments"] = attachments
    if personal is not None:
        m["personal"] = [{"type": a, "value": b} for a, b in personal]
    return m


def att(filename, text, content_type=None):
    if content_type is None:
        low = filename.lower()
        if low.endswith(".csv"):
            content_type = "text/csv"
        elif low.endswith(".docx"):
            content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        elif low.endswith(".xlsx"):
            content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        elif low.endswith(".pdf"):
            content_type = "application/pdf"
        else:
            content_type = "text/plain"
    return {"filename": filename, "contentType": content_type, "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def nfkc(s):
    return unicodedata.normalize("NFKC", s)
