"""Shared helper for the eval-fresh58 generators (blind set, prefix bf)."""


def M(writer, loc, expect, kind, why, frm, to, subject, text,
      cc=None, bcc=None, attachments=None, personal=None):
    m = {
        "expect": expect,
        "kind": kind,
        "why": why,
        "from": frm,
        "to": list(to),
        "subject": subject,
        "text": text.strip("\n") + "\n",
    }
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    m["_writer"] = writer
    m["_loc"] = loc
    return m


def att(filename, contentType, text):
    return {"filename": filename, "contentType": contentType, "text": text.strip("\n") + "\n"}


def zip_enc(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"
ZIP = "application/zip"
TXT = "text/plain"
