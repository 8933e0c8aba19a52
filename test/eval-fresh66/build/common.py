"""Shared helper for the eval-fresh66 generator (bn001..bn100)."""

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"
ZIP = "application/zip"


def mail(expect, kind, why, frm, to, subject, text, writer, loc=None,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {
        "expect": expect,
        "kind": kind,
        "why": why,
        "from": frm,
        "to": list(to),
    }
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
    m["_writer"] = writer
    m["_loc"] = loc if expect == "hold" else None
    return m


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type,
            "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": ZIP, "encrypted": True}
