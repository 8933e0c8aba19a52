"""Shared helpers for the eval-fresh105 generators (all data is synthetic)."""
import re
from collections import namedtuple

Writer = namedtuple("Writer", "name email sig")

CT_CSV = "text/csv"
CT_TXT = "text/plain"
CT_PDF = "application/pdf"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ZIP = "application/zip"

PRIVATE_DOMAINS = {"gmail.com", "yahoo.co.jp", "outlook.com"}


def addr(name, email):
    return f"{name} <{email}>"


def frm(w):
    return addr(w.name, w.email)


def compose(body, sig, quoted=None):
    text = body.strip("\n") + "\n\n" + sig.strip("\n")
    if quoted:
        text += "\n\n" + quoted.strip("\n")
    return text + "\n"


def att(filename, text, ctype=CT_TXT):
    return {"filename": filename, "contentType": ctype, "text": text.strip("\n") + "\n"}


def csv_att(filename, header, rows):
    lines = [",".join(header)] + [",".join(str(c) for c in r) for r in rows]
    return {"filename": filename, "contentType": CT_CSV, "text": "\n".join(lines) + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": CT_ZIP, "encrypted": True}


def P(t, v):
    return {"type": t, "value": v}


def mail(org, writer, loc, expect, kind, why, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    d = {"expect": expect, "kind": kind, "why": why, "from": frm(writer), "to": list(to)}
    if cc:
        d["cc"] = list(cc)
    if bcc:
        d["bcc"] = list(bcc)
    d["subject"] = subject
    d["text"] = text
    if attachments:
        d["attachments"] = attachments
    if personal:
        d["personal"] = personal
    d["_meta"] = {"org": org, "writer": writer.name, "loc": loc}
    return d


# ---------------------------------------------------------------- numbers
def mynumber_check(d11):
    """Check digit of a 12-digit individual number (マイナンバー)."""
    assert len(d11) == 11 and d11.isdigit()
    digits = [int(c) for c in d11]
    total = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11):
    return d11 + str(mynumber_check(d11))


def mynumber_valid(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 12 and mynumber_check(s[:11]) == int(s[11])


def luhn_valid(s):
    s = re.sub(r"\D", "", s)
    total = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_make(prefix):
    for d in "0123456789":
        if luhn_valid(prefix + d):
            return prefix + d
    raise ValueError(prefix)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- quoting
QUOTE_MARKERS = [
    "-----Original Message-----",
    "---------- Forwarded message ---------",
    "-------- Forwarded Message --------",
    "-------- 転送メッセージ --------",
    "----- Original Message -----",
]
ATTRIB_RES = [
    re.compile(r"^On .+ wrote:\s*$", re.M),
    re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日.*:\s*$", re.M),
    re.compile(r"^\d{4}/\d{1,2}/\d{1,2} .*:\s*$", re.M),
]


def quote_start(text):
    """Index where the quoted/forwarded part begins, or -1."""
    idx = [text.find(m) for m in QUOTE_MARKERS if m in text]
    m = re.search(r"^>", text, re.M)
    if m:
        idx.append(m.start())
    for r in ATTRIB_RES:
        m = r.search(text)
        if m:
            idx.append(m.start())
    return min(idx) if idx else -1
