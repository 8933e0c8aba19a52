"""Shared helpers for the eval-fresh113 generator.

Check digits (マイナンバー, Luhn, Yamato tracking), address formatting,
quoting / forwarding blocks in the styles real mailers produce, and small
table/CSV renderers.  Everything here is deterministic.
"""
import re
import textwrap

PRIVATE_DOMAINS = ("gmail.com", "yahoo.co.jp", "outlook.com")


# ---------------------------------------------------------------- text

def t(s):
    """Dedent a triple-quoted block and strip the surrounding blank lines."""
    return textwrap.dedent(s).strip("\n")


def addr(name, email):
    return f"{name} <{email}>"


def email_of(a):
    m = re.search(r"<([^>]+)>", a)
    return (m.group(1) if m else a).strip()


def domain_of(a):
    return email_of(a).rsplit("@", 1)[-1].lower()


def M(**kw):
    """Build a mail dict, dropping empty optional fields."""
    return {k: v for k, v in kw.items() if v not in (None, [], "")}


# ---------------------------------------------------------------- check digits

def mn_check_digit(d11):
    """Check digit of a 12-digit individual number (マイナンバー) from its first 11 digits."""
    d11 = re.sub(r"\D", "", d11)
    assert len(d11) == 11, d11
    total = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mn_valid(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and mn_check_digit(d[:11]) == int(d[11])


def mynumber(d11, sep=""):
    full = d11 + str(mn_check_digit(d11))
    return sep.join([full[0:4], full[4:8], full[8:12]]) if sep else full


def luhn_valid(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) < 12:
        return False
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def card(d15, sep=" "):
    """Complete a 15-digit prefix to a Luhn-valid 16-digit number, grouped by four."""
    for c in range(10):
        full = d15 + str(c)
        if luhn_valid(full):
            return sep.join(full[i:i + 4] for i in range(0, 16, 4))
    raise ValueError(d15)


def yamato_valid(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and int(d[:11]) % 7 == int(d[11])


def yamato(d11, sep="-"):
    full = d11 + str(int(d11) % 7)
    return sep.join([full[0:4], full[4:8], full[8:12]])


def yamato_also_mn(start11, sep="-"):
    """First Yamato tracking number from start11 upwards that also happens to
    pass the マイナンバー check digit (a coincidence real logs do contain)."""
    n = int(start11)
    while True:
        d11 = f"{n:011d}"
        if int(d11) % 7 == mn_check_digit(d11):
            return yamato(d11, sep)
        n += 1


# ---------------------------------------------------------------- quoting

def quote(body, prefix="> "):
    out = []
    for line in body.split("\n"):
        out.append(prefix + line if line else prefix.rstrip())
    return "\n".join(out)


def reply_jp(date, name, email, body, prefix="> "):
    """Thunderbird / Becky style: header line then '>' quoted body."""
    return f"{date} {name} <{email}>:\n" + quote(body, prefix)


def reply_gmail_en(date, name, email, body):
    return f"On {date} {name} <{email}> wrote:\n" + quote(body)


def outlook_orig(frm, sent, to, subject, body, cc=None, lang="jp"):
    """Outlook 'Original Message' block (unquoted body below a header)."""
    if lang == "jp":
        head = ["-----Original Message-----", f"差出人: {frm}", f"送信日時: {sent}", f"宛先: {to}"]
        if cc:
            head.append(f"CC: {cc}")
        head.append(f"件名: {subject}")
    else:
        head = ["-----Original Message-----", f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
        if cc:
            head.append(f"Cc: {cc}")
        head.append(f"Subject: {subject}")
    return "\n".join(head) + "\n\n" + body


def fwd_gmail(frm, date, subject, to, body):
    head = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {date}",
            f"Subject: {subject}", f"To: {to}"]
    return "\n".join(head) + "\n\n" + body


def fwd_jp(frm, date, subject, to, body):
    head = ["-------- 転送メッセージ --------", f"件名: {subject}", f"日付: {date}",
            f"差出人: {frm}", f"宛先: {to}"]
    return "\n".join(head) + "\n\n" + body


# First line that starts a quoted or forwarded part.
QUOTE_MARKER_RE = re.compile(
    r"^(?:[ \t]*[>＞]"
    r"|-{3,}\s*(?:Original Message|Forwarded message|転送メッセージ|元のメッセージ)\s*-{3,}"
    r"|_{20,}[ \t]*$"
    r"|On .+ wrote:[ \t]*$"
    r"|\d{4}[年/].*>[:：][ \t]*$"
    r"|.+(?:書きました|のメッセージ)[:：][ \t]*$)",
    re.M,
)


def first_quote_marker(text):
    m = QUOTE_MARKER_RE.search(text)
    return m.start() if m else None


# ---------------------------------------------------------------- tables

def csv_text(rows):
    def cell(v):
        v = str(v)
        return '"' + v.replace('"', '""') + '"' if ("," in v or '"' in v) else v
    return "\n".join(",".join(cell(v) for v in r) for r in rows) + "\n"


def sheet_text(rows, sep=" | "):
    """A spreadsheet rendered as text (what a converter gives for xlsx)."""
    def w(s):
        return sum(2 if ord(c) > 0x2E7F else 1 for c in str(s))
    widths = [max(w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append(sep.join(str(v) + " " * (widths[i] - w(v)) for i, v in enumerate(r)).rstrip())
    return "\n".join(out) + "\n"


def corp_number(d12):
    """法人番号: check digit (leading) + 12-digit base."""
    digits = [int(c) for c in d12]
    assert len(digits) == 12
    s = 0
    for n in range(1, 13):
        p = digits[12 - n]
        s += p * (1 if n % 2 == 1 else 2)
    return str(9 - s % 9) + d12


def corp_valid(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 13 and corp_number(d[1:]) == d
