# helper used by the hand-written mail files; it only packs fields, it does not generate content
def M(expect, kind, why, frm, to, subject, text, cc=None, bcc=None, attachments=None, personal=None, loc=None, org=None):
    d = {"expect": expect, "kind": kind, "why": why, "from": frm, "to": to}
    if cc: d["cc"] = cc
    if bcc: d["bcc"] = bcc
    d["subject"] = subject
    d["text"] = text
    if attachments: d["attachments"] = attachments
    if personal: d["personal"] = personal
    d["_loc"] = loc or ("none" if expect == "pass" else "body")
    d["_org"] = org
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
