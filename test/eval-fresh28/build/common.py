# helpers shared by the org modules
MAILS = []

def mail(key, expect, kind, why, frm, to, subject, text, cc=None, bcc=None,
         attachments=None, personal=None):
    m = {"key": key, "expect": expect, "kind": kind, "why": why, "from": frm,
         "to": to}
    if cc: m["cc"] = cc
    if bcc: m["bcc"] = bcc
    m["subject"] = subject
    m["text"] = text.strip("\n") + "\n"
    if attachments: m["attachments"] = attachments
    if personal: m["personal"] = [{"type": t, "value": v} for t, v in personal]
    MAILS.append(m)
    return m

def att(filename, contentType, text=None, encrypted=False):
    a = {"filename": filename, "contentType": contentType}
    if encrypted:
        a["encrypted"] = True
    elif text is not None:
        a["text"] = text.strip("\n") + "\n"
    return a

def mynumber(first11):
    d = [int(c) for c in first11]
    assert len(d) == 11
    w = [6,5,4,3,2,7,6,5,4,3,2]
    r = sum(a*b for a, b in zip(d, w)) % 11
    c = 0 if r <= 1 else 11 - r
    return first11 + str(c)

PDF = "application/pdf"
CSV = "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
JPG = "image/jpeg"
ZIP = "application/zip"
