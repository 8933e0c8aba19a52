# Shared helpers for the hand-written mails of blind set 42.
def M(key, expect, kind, loc, why, frm, to, subject, text, cc=None, bcc=None,
      attachments=None, personal=None):
    d = {"key": key, "loc": loc, "expect": expect, "kind": kind, "why": why,
         "from": frm, "to": to}
    if cc: d["cc"] = cc
    if bcc: d["bcc"] = bcc
    d["subject"] = subject
    d["text"] = text
    if attachments: d["attachments"] = attachments
    if personal: d["personal"] = personal
    return d

def A(filename, contentType, text=None, encrypted=False):
    a = {"filename": filename, "contentType": contentType}
    if encrypted:
        a["encrypted"] = True
    elif text is not None:
        a["text"] = text
    return a

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"
CSV = "text/csv"
ZIP = "application/zip"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
