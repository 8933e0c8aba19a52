"""Shared helpers for the dg (eval-fresh111) blind evaluation set.

Everything here is synthetic: check-digit helpers produce numbers that are
*formally* valid but belong to nobody.
"""

PRIVATE_DOMAINS = {"gmail.com", "yahoo.co.jp", "outlook.com"}


# ---------------------------------------------------------------- check digits

def mynumber_check_digit(d11: str) -> int:
    """Check digit of a 12-digit 個人番号 (マイナンバー) from its first 11 digits."""
    assert len(d11) == 11 and d11.isdigit(), d11
    total = 0
    for n in range(1, 12):               # n = 1 is the rightmost of the 11 digits
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def make_mynumber(d11: str, sep: str = "") -> str:
    full = d11 + str(mynumber_check_digit(d11))
    if sep:
        return sep.join([full[0:4], full[4:8], full[8:12]])
    return full


def is_valid_mynumber(num: str) -> bool:
    digits = "".join(ch for ch in num if ch.isdigit())
    if len(digits) != 12:
        return False
    return mynumber_check_digit(digits[:11]) == int(digits[11])


def luhn_ok(num: str) -> bool:
    digits = [int(ch) for ch in num if ch.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_luhn(prefix: str, sep: str = " ") -> str:
    """Complete a 15-digit prefix to a Luhn-valid 16-digit card number."""
    assert len(prefix) == 15 and prefix.isdigit()
    for c in range(10):
        cand = prefix + str(c)
        if luhn_ok(cand):
            return sep.join(cand[i:i + 4] for i in range(0, 16, 4)) if sep else cand
    raise ValueError(prefix)


def corporate_number(d12: str) -> str:
    """法人番号: a check digit in front of a 12-digit base."""
    assert len(d12) == 12 and d12.isdigit()
    total = 0
    for n in range(1, 13):               # n = 1 is the rightmost digit of the base
        p = int(d12[12 - n])
        total += p * (1 if n % 2 == 1 else 2)
    return str(9 - total % 9) + d12


def yamato_tracking(d11: str, sep: str = "-") -> str:
    """12-digit Yamato-style slip number: 11 digits + (value mod 7)."""
    full = d11 + str(int(d11) % 7)
    return sep.join([full[0:4], full[4:8], full[8:12]]) if sep else full


# ---------------------------------------------------------------- text helpers

def t(s: str) -> str:
    """Strip the first newline and trailing blank space of a triple-quoted block."""
    if s.startswith("\n"):
        s = s[1:]
    return s.rstrip() + "\n"


def addr(name: str, email: str) -> str:
    return f"{name} <{email}>" if name else f"<{email}>"


def quote(text: str, prefix: str = "> ") -> str:
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def reply_block(header: str, text: str, prefix: str = "> ") -> str:
    """A Japanese-mailer style reply: 'On ... wrote:' line then '> ' lines."""
    return header.rstrip() + "\n" + quote(text, prefix)


def outlook_original(frm: str, sent: str, to: str, subject: str, body: str,
                     cc: str = "") -> str:
    lines = ["-----Original Message-----", f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


def outlook_ja_original(frm: str, sent: str, to: str, subject: str, body: str,
                        cc: str = "") -> str:
    lines = ["________________________________", f"差出人: {frm}", f"送信日時: {sent}",
             f"宛先: {to}"]
    if cc:
        lines.append(f"CC: {cc}")
    lines.append(f"件名: {subject}")
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


def gmail_forward(frm: str, date: str, subject: str, to: str, body: str) -> str:
    lines = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {date}",
             f"Subject: {subject}", f"To: {to}"]
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


def ja_forward(frm: str, date: str, subject: str, to: str, body: str) -> str:
    lines = ["-------- 転送メッセージ --------", f"差出人: {frm}", f"日付: {date}",
             f"件名: {subject}", f"宛先: {to}"]
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


def csv_text(rows) -> str:
    def cell(v):
        v = str(v)
        if any(c in v for c in ',"\n'):
            v = '"' + v.replace('"', '""') + '"'
        return v
    return "\n".join(",".join(cell(v) for v in row) for row in rows) + "\n"


def sheet_text(rows, widths=None) -> str:
    """Render a sheet as fixed-width-ish text with ' | ' separators."""
    return "\n".join(" | ".join(str(v) for v in row) for row in rows) + "\n"


# ---------------------------------------------------------------- mail record

ALLOWED_LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients", "none"}


def mail(org, writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    assert loc in ALLOWED_LOCS, loc
    assert expect in ("hold", "pass")
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
    m["text"] = text
    if attachments:
        m["attachments"] = attachments
    if personal is not None:
        m["personal"] = personal
    return m


def att(filename, text, content_type=None):
    if content_type is None:
        low = filename.lower()
        if low.endswith(".csv"):
            content_type = "text/csv"
        elif low.endswith(".txt"):
            content_type = "text/plain"
        elif low.endswith(".docx"):
            content_type = ("application/vnd.openxmlformats-officedocument."
                            "wordprocessingml.document")
        elif low.endswith(".xlsx"):
            content_type = ("application/vnd.openxmlformats-officedocument."
                            "spreadsheetml.sheet")
        elif low.endswith(".pdf"):
            content_type = "application/pdf"
        else:
            content_type = "text/plain"
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def p(type_, value):
    return {"type": type_, "value": value}
