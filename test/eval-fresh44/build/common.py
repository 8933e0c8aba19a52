"""Shared helper for the hand-written mails of blind set 44."""

def M(expect, kind, why, loc, frm, to, subject, text, cc=None, bcc=None,
      attachments=None, personal=None):
    m = {"expect": expect, "kind": kind, "why": why, "_loc": loc,
         "from": frm, "to": to}
    if cc: m["cc"] = cc
    if bcc: m["bcc"] = bcc
    m["subject"] = subject
    m["text"] = text
    if attachments: m["attachments"] = attachments
    if personal: m["personal"] = personal
    return m

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
