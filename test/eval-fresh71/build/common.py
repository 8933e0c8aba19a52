"""Shared helpers for the bs (eval-fresh71) generators."""


def mn_check_digit(base11: str) -> int:
    """Check digit of a 12-digit individual number (マイナンバー)."""
    assert len(base11) == 11 and base11.isdigit()
    digits = [int(c) for c in reversed(base11)]  # P1 = rightmost of the 11
    total = 0
    for n, p in enumerate(digits, start=1):
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mn_valid(num12: str) -> bool:
    return len(num12) == 12 and num12.isdigit() and mn_check_digit(num12[:11]) == int(num12[11])


def mynumber(base11: str, sep: str = "") -> str:
    """Complete an invented 11-digit base to a valid 12-digit number."""
    s = base11 + str(mn_check_digit(base11))
    if sep:
        return sep.join([s[0:4], s[4:8], s[8:12]])
    return s


def luhn_valid(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(prefix15: str, sep: str = " ") -> str:
    """Complete an invented 15-digit prefix to a Luhn-valid 16-digit number."""
    assert len(prefix15) == 15
    for c in "0123456789":
        if luhn_valid(prefix15 + c):
            s = prefix15 + c
            return sep.join([s[0:4], s[4:8], s[8:12], s[12:16]])
    raise ValueError


def mail(expect, kind, why, writer, loc, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {"expect": expect, "kind": kind, "why": why, "from": frm, "to": list(to)}
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = text.strip("\n")
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    m["_writer"] = writer
    m["_loc"] = loc
    return m


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text.strip("\n")}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"
TXT = "text/plain"
ZIP = "application/zip"


def tsv(rows, sheet=None):
    lines = []
    if sheet:
        lines.append(f"[{sheet}]")
    for r in rows:
        lines.append("\t".join(str(c) for c in r))
    return "\n".join(lines)


def csv_text(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if "," in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\n".join(out)
