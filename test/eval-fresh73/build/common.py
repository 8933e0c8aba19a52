"""Small helpers shared by the per-organisation generators (set eval-fresh73)."""

CT = {
    "csv": "text/csv",
    "txt": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}


def P(name, email):
    """An address in the form `Name <local@domain>`."""
    return f"{name} <{email}>"


def att(filename, text, ctype=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    return {"filename": filename, "contentType": ctype or CT[ext], "text": text.strip("\n") + "\n"}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


def M(org, writer, loc, expect, kind, why, frm, to, subject, text,
      cc=None, bcc=None, attachments=None, personal=None):
    m = {
        "org": org, "writer": writer, "loc": loc,
        "expect": expect, "kind": kind, "why": why,
        "from": frm, "to": list(to), "subject": subject,
        "text": text.strip("\n") + "\n",
    }
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    if attachments:
        m["attachments"] = list(attachments)
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    return m
