def M(expect, kind, why, frm, to, subject, text, cc=None, bcc=None, attachments=None, personal=None):
    d = {"expect": expect, "kind": kind, "why": why, "from": frm, "to": to}
    if cc: d["cc"] = cc
    if bcc: d["bcc"] = bcc
    d["subject"] = subject
    d["text"] = text.strip("\n") + "\n"
    if attachments: d["attachments"] = attachments
    if personal: d["personal"] = [{"type": t, "value": v} for t, v in personal]
    return d

def att(filename, contentType, text=None, encrypted=False):
    a = {"filename": filename, "contentType": contentType}
    if encrypted: a["encrypted"] = True
    if text is not None: a["text"] = text.strip("\n") + "\n"
    return a

CSV = "text/csv"
PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ZIP = "application/zip"
TXT = "text/plain"
JPG = "image/jpeg"
