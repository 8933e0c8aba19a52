"""Shared helpers for the eval-fresh75 generators."""


def t(s):
    """Strip the first newline of a triple-quoted block, keep the rest."""
    if s.startswith("\n"):
        s = s[1:]
    return s


def mail(expect, kind, why, writer, loc, frm, to, subject, text,
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
    m["text"] = t(text)
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = [{"type": a, "value": b} for a, b in personal]
    return {"mail": m, "writer": writer, "loc": loc}


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": t(text)}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"
ZIP = "application/zip"
