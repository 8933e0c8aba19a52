"""Shared helpers for the eval-fresh69 generators (one module per sender organisation)."""

CTYPES = {
    "csv": "text/csv",
    "txt": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}


def att(filename, text, ctype=None):
    """An attachment with its extracted text. Inner files of a plain zip are named 'x.zip/inner.ext'."""
    ext = filename.rsplit(".", 1)[-1].lower()
    return {"filename": filename, "contentType": ctype or CTYPES[ext], "text": text.strip("\n") + "\n"}


def enc(filename):
    """A password-protected zip (PPAP): no text can be extracted."""
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}


class Org:
    def __init__(self, letter, domain, writers):
        # writers: {key: (from_address, signature)}
        self.letter = letter
        self.domain = domain
        self.writers = writers
        self.mails = []

    def add(self, writer, loc, expect, kind, why, to, subject, text,
            cc=None, bcc=None, attachments=None, personal=None):
        frm, sig = self.writers[writer]
        body = text.strip("\n")
        if "<<SIG>>" in body:
            body = body.replace("<<SIG>>", sig.strip("\n"))
        else:
            body = body + "\n\n" + sig.strip("\n")
        m = {
            "expect": expect, "kind": kind, "why": why,
            "from": frm, "to": list(to),
        }
        if cc:
            m["cc"] = list(cc)
        if bcc:
            m["bcc"] = list(bcc)
        m["subject"] = subject
        m["text"] = body + "\n"
        if attachments:
            m["attachments"] = attachments
        if personal:
            m["personal"] = [{"type": t, "value": v} for t, v in personal]
        m["_meta"] = {"org": self.letter, "writer": writer, "loc": loc}
        self.mails.append(m)
        return m
