"""Shared helpers for the eval-fresh59 generator (synthetic data only)."""


def A(name, email):
    """Format an address as '表示名 <local@domain>'."""
    return f"{name} <{email}>"


def mail(expect, kind, why, writer, loc, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {"expect": expect, "kind": kind, "why": why, "from": frm, "to": list(to)}
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = text.strip("\n") + "\n"
    if attachments:
        m["attachments"] = attachments
    if personal is not None:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    m["_writer"] = writer
    m["_loc"] = loc
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
