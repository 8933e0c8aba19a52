"""Shared helpers for the eval-fresh60 generators (org modules only build dicts)."""


def mail(key, expect, kind, why, writer, loc, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    assert isinstance(subject, str) and isinstance(text, str), key
    m = {
        "key": key, "expect": expect, "kind": kind, "why": why,
        "writer": writer, "loc": loc,
        "from": frm, "to": list(to), "subject": subject, "text": text,
    }
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    return m


def att(filename, content_type, text):
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"
