"""Shared helpers for the eval-fresh70 generators (blind set, prefix "br")."""

CT = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "csv": "text/csv",
    "txt": "text/plain",
    "zip": "application/zip",
}


def mynum(base11: str) -> str:
    """Return a 12-digit My Number with a valid check digit for 11 given digits."""
    assert len(base11) == 11 and base11.isdigit()
    digits = [int(c) for c in base11]
    total = 0
    for n in range(1, 12):
        p = digits[11 - n]          # P_n counted from the right
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    cd = 0 if r <= 1 else 11 - r
    return base11 + str(cd)


def luhn(prefix15: str, sep: str = "-") -> str:
    """Return a Luhn-valid 16-digit card number, grouped 4-4-4-4 with sep."""
    assert len(prefix15) == 15 and prefix15.isdigit()
    for d in range(10):
        cand = prefix15 + str(d)
        s = 0
        for i, c in enumerate(reversed(cand)):
            v = int(c)
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            s += v
        if s % 10 == 0:
            return sep.join(cand[i:i + 4] for i in range(0, 16, 4))
    raise AssertionError


def att(filename, text, kind=None):
    ext = kind or filename.rsplit(".", 1)[-1].lower()
    return {"filename": filename, "contentType": CT[ext], "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": CT["zip"], "encrypted": True}


def mail(org, writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {"org": org, "writer": writer, "loc": loc,
         "expect": expect, "kind": kind, "why": why,
         "from": frm, "to": list(to)}
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
