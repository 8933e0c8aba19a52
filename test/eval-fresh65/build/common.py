"""Shared helpers for the eval-fresh65 generator (blind set, prefix bm)."""


def mynumber_check(d11: str) -> int:
    """Check digit of a 12-digit individual number (マイナンバー) from its first 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11: str) -> str:
    return d11 + str(mynumber_check(d11))


def mynumber_ok(num: str) -> bool:
    digits = "".join(c for c in num if c.isdigit())
    return len(digits) == 12 and mynumber_check(digits[:11]) == int(digits[11])


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_card(prefix15: str) -> str:
    """Complete a 15-digit prefix into a Luhn-valid card, formatted #### #### #### ####."""
    for c in range(10):
        cand = prefix15 + str(c)
        if luhn_ok(cand):
            return " ".join(cand[i:i + 4] for i in range(0, 16, 4))
    raise ValueError


def yamato(d11: str) -> str:
    """Yamato tracking number: check digit = first 11 digits mod 7. Formatted ####-####-####."""
    n = d11 + str(int(d11) % 7)
    return f"{n[0:4]}-{n[4:8]}-{n[8:12]}"


def jan13(d12: str) -> str:
    s = sum(int(c) * (3 if i % 2 == 1 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def corp_number(base12: str) -> str:
    """法人番号: check digit in front. 9 - (sum P_n*Q_n mod 9), P_n from the right, Q=1 odd/2 even."""
    s = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 == 1 else 2
        s += p * q
    return str(9 - s % 9) + base12


def mail(key, writer, expect, kind, why, frm, to, subject, text, *, loc=None, cc=None,
         bcc=None, attachments=None, personal=None):
    m = {"key": key, "writer": writer, "loc": loc, "expect": expect, "kind": kind,
         "why": why, "from": frm, "to": list(to)}
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


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"
ZIP = "application/zip"
