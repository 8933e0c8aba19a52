"""Shared helpers for the eval-fresh67 generator (writer: blind set author)."""

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"
ZIP = "application/zip"


def att(filename, ctype, text):
    return {"filename": filename, "contentType": ctype, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": ZIP, "encrypted": True}


def P(type_, value):
    return {"type": type_, "value": value}
