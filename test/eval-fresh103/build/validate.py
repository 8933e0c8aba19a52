"""Validate ../fresh.json and meta.json of the eval-fresh103 set. Prints OK."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_ok, luhn_ok  # noqa: E402

PREFIX = "cy"
ORGS = ["A", "B", "C", "D", "E"]
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
ALLOWED_KEYS = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject",
                "text", "attachments", "personal"}
REQUIRED_KEYS = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
PRIVATE_DOMAINS = {"gmail.com", "yahoo.co.jp", "outlook.com"}

ADDR_RE = re.compile(r"^(?P<name>[^<>\s][^<>]*?) <(?P<email>[A-Za-z0-9._%+-]+@"
                     r"(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
HOST_RE = re.compile(r"(?<![A-Za-z0-9@._%+-])((?:[A-Za-z0-9-]+\.)+"
                     r"(?:com|net|org|jp|io|info|biz|sg|uk|us|au|de|cn|kr|co|edu|gov))"
                     r"(?![A-Za-z0-9-])")
KIND_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9_]+$")
QUOTE_RE = re.compile(
    r"^(>"
    r"|-{2,}\s*(?:Original Message|Forwarded [Mm]essage|転送メッセージ|元のメッセージ)\s*-{2,}"
    r"|On .+ wrote:\s*$"
    r"|.+(?:wrote|書きました)[:：]\s*$)",
    re.M)
MYNUM_LABEL_RE = re.compile(r"(?:マイナンバー|個人番号)[^\d\n]{0,20}"
                            r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])")
TWELVE_RE = re.compile(r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])")
CARD_RE = re.compile(r"(?<![\d-])(\d{4}([ -]?)\d{4}\2\d{4}\2\d{4}|\d{4}[ -]?\d{6}[ -]?\d{5})(?![\d-])")

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def domain_ok(d):
    d = d.lower().rstrip(".")
    return d in PRIVATE_DOMAINS or re.search(r"(^|\.)example\.[a-z.]+$", d) is not None


def quote_start(text):
    m = QUOTE_RE.search(text)
    return m.start() if m else None


def att_texts(m):
    return [a.get("text", "") for a in m.get("attachments", [])]


def main():
    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    check(data, meta)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


def check(data, meta):

    # ---- count, ids, order
    if not isinstance(data, list) or len(data) != 100:
        err("-", f"expected 100 mails, got {len(data)}")
    for i, m in enumerate(data, 1):
        want = f"{PREFIX}{i:03d}"
        if m.get("id") != want:
            err(m.get("id"), f"id out of order, expected {want}")
    if set(meta) != {m.get("id") for m in data}:
        err("-", "meta.json ids do not match fresh.json ids")

    exp = [m.get("expect") for m in data]
    c = Counter(exp)
    if c["hold"] != 50 or c["pass"] != 50:
        err("-", f"hold/pass = {c['hold']}/{c['pass']}, want 50/50")
    run, prev = 0, None
    for m in data:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(m["id"], "more than 3 consecutive mails with the same expect")

    per_org = defaultdict(Counter)
    loc_org = defaultdict(Counter)
    writers = defaultdict(set)
    writer_from = defaultdict(set)
    enc_kind_count = 0

    for m in data:
        mid = m.get("id")
        info = meta.get(mid, {})
        org, writer, loc = info.get("org"), info.get("writer"), info.get("loc")
        if org not in ORGS:
            err(mid, f"bad org {org}")
        per_org[org][m.get("expect")] += 1
        writers[org].add(writer)
        writer_from[(org, writer)].add(m.get("from"))

        # ---- keys
        keys = set(m)
        if keys - ALLOWED_KEYS:
            err(mid, f"unknown keys {keys - ALLOWED_KEYS}")
        if REQUIRED_KEYS - keys:
            err(mid, f"missing keys {REQUIRED_KEYS - keys}")
        for k in ("why", "subject", "text", "from", "kind"):
            if not isinstance(m.get(k), str) or not m.get(k).strip():
                err(mid, f"{k} must be a non-empty string")
        why = m.get("why", "")
        if "\n" in why or why.count("。") > 1:
            err(mid, "why must be one sentence")

        expect, kind = m.get("expect"), m.get("kind", "")
        if expect not in ("hold", "pass"):
            err(mid, f"bad expect {expect}")
        if not KIND_RE.match(kind):
            err(mid, f"kind not snake_case category.detail: {kind}")
        if expect == "hold":
            if not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
                err(mid, f"hold kind not allowed: {kind}")
            if loc not in LOC_QUOTA:
                err(mid, f"hold with bad loc {loc}")
            loc_org[org][loc] += 1
        else:
            if not kind.startswith("benign."):
                err(mid, f"pass kind must be benign.*: {kind}")
            if loc != "none":
                err(mid, f"pass must have loc none, got {loc}")
            if m.get("personal"):
                err(mid, "pass mail carries personal[]")

        # ---- addresses
        sender = ADDR_RE.match(m.get("from", ""))
        if not sender:
            err(mid, f"bad from address {m.get('from')!r}")
            sdom = None
        else:
            sdom = sender.group("domain").lower()
        for fld in ("to", "cc", "bcc"):
            if fld not in m:
                continue
            v = m[fld]
            if not isinstance(v, list) or (fld == "to" and not v):
                err(mid, f"{fld} must be a (non-empty for to) list")
                continue
            for a in v:
                if not isinstance(a, str) or not ADDR_RE.match(a):
                    err(mid, f"bad {fld} address {a!r}")

        outside = set()
        for a in m.get("to", []) + m.get("cc", []):
            mm = ADDR_RE.match(a)
            if mm and mm.group("domain").lower() != sdom:
                outside.add(mm.group("email").lower())
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err(mid, f"recipients.* hold has only {len(outside)} visible outside recipients")
            if loc != "recipients":
                err(mid, "recipients.* kind must have loc recipients")
        elif len(outside) > 10:
            err(mid, f"{len(outside)} visible outside recipients on a non-recipients mail")
        if loc == "recipients" and not kind.startswith("recipients."):
            err(mid, "loc recipients needs a recipients.* kind")

        # ---- domains everywhere
        blobs = [m.get("from", ""), m.get("subject", ""), m.get("text", "")]
        blobs += m.get("to", []) + m.get("cc", []) + m.get("bcc", [])
        for a in m.get("attachments", []):
            blobs += [a.get("filename", ""), a.get("text", "")]
        for b in blobs:
            for rx in (EMAIL_RE, URL_RE, HOST_RE):
                for d in rx.findall(b):
                    if not domain_ok(d):
                        err(mid, f"domain not allowed: {d}")

        # ---- attachments
        has_enc = False
        for a in m.get("attachments", []) or []:
            if not isinstance(a, dict) or "filename" not in a or "contentType" not in a:
                err(mid, f"bad attachment {a}")
                continue
            if a.get("encrypted"):
                has_enc = True
                if a["contentType"] != "application/zip" or "text" in a or a["encrypted"] is not True:
                    err(mid, f"bad encrypted zip attachment {a}")
                if set(a) - {"filename", "contentType", "encrypted"}:
                    err(mid, "encrypted zip has extra keys")
            else:
                if set(a) != {"filename", "contentType", "text"} or not isinstance(a["text"], str):
                    err(mid, f"attachment needs filename, contentType, text: {a.get('filename')}")
        if has_enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on a mail whose kind is not attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip":
            enc_kind_count += 1
            if not has_enc:
                err(mid, "attachment.encrypted_zip without an encrypted zip")
            if loc != "zip":
                err(mid, "attachment.encrypted_zip must have loc zip")
        if loc == "zip" and not has_enc:
            if not any(".zip/" in a.get("filename", "") for a in m.get("attachments", [])):
                err(mid, "zip hold without encrypted zip or plain-zip inner file")

        # ---- マイナンバー check digits
        all_texts = [m.get("subject", ""), m.get("text", "")] + att_texts(m)
        for t in all_texts:
            for num in MYNUM_LABEL_RE.findall(t):
                if not mynumber_ok(num):
                    err(mid, f"labelled マイナンバー with bad check digit: {num}")
            if kind.startswith("id.mynumber"):
                for num in TWELVE_RE.findall(t):
                    if not mynumber_ok(num):
                        err(mid, f"12-digit number in id.mynumber mail fails check digit: {num}")
        for a in m.get("attachments", []):
            if a.get("text") and (a["filename"].lower().endswith(".csv") or a["contentType"] == "text/csv"):
                rows = list(csv.reader(io.StringIO(a["text"])))
                if not rows:
                    continue
                cols = [i for i, h in enumerate(rows[0]) if "マイナンバー" in h or "個人番号" in h
                        or "mynumber" in h.lower()]
                for r in rows[1:]:
                    for i in cols:
                        if i < len(r) and r[i].strip() and not mynumber_ok(r[i]):
                            err(mid, f"CSV マイナンバー column fails check digit: {r[i]}")

        # ---- card numbers on holds pass Luhn
        if expect == "hold":
            for t in all_texts:
                for mt in CARD_RE.finditer(t):
                    if not luhn_ok(mt.group(1)):
                        err(mid, f"card number fails Luhn: {mt.group(1)}")

        # ---- personal values
        pers = m.get("personal")
        subj, body = m.get("subject", ""), m.get("text", "")
        atts = att_texts(m)
        if expect == "hold":
            if loc not in ("zip", "recipients") and not pers:
                err(mid, "hold without personal[]")
            for p in pers or []:
                if not isinstance(p, dict) or set(p) != {"type", "value"} or not p["value"]:
                    err(mid, f"bad personal entry {p}")
                    continue
                v = p["value"]
                in_subj, in_body = v in subj, v in body
                in_att = any(v in t for t in atts)
                if not (in_subj or in_body or in_att):
                    err(mid, f"personal value not found: {v}")
                if loc == "attachment":
                    if in_subj or in_body:
                        err(mid, f"attachment-only hold has personal value in subject/body: {v}")
                    if not in_att:
                        err(mid, f"attachment-only hold: value not in attachment: {v}")
                elif loc == "subject":
                    if not in_subj:
                        err(mid, f"subject-only hold: value not in subject: {v}")
                    if in_body or in_att:
                        err(mid, f"subject-only hold: value also in body/attachment: {v}")
                elif loc == "quoted":
                    q = quote_start(body)
                    if q is None:
                        err(mid, "quoted hold without a quoted/forwarded part")
                        continue
                    if v in body[:q]:
                        err(mid, f"quoted hold: value above the quoted part: {v}")
                    if v not in body[q:]:
                        err(mid, f"quoted hold: value not in the quoted part: {v}")
                    if in_subj or in_att:
                        err(mid, f"quoted hold: value in subject/attachment: {v}")
                elif loc == "body":
                    if not in_body:
                        err(mid, f"body hold: value not in body: {v}")
                elif loc == "zip":
                    zin = [a.get("text", "") for a in m.get("attachments", [])
                           if ".zip/" in a.get("filename", "")]
                    if not any(v in t for t in zin):
                        err(mid, f"zip hold: value not inside a zip member: {v}")
                    if in_subj or in_body:
                        err(mid, f"zip hold: value in subject/body: {v}")
                elif loc == "recipients":
                    pass

    # ---- per-organisation quotas
    for org in ORGS:
        if per_org[org]["hold"] != 10 or per_org[org]["pass"] != 10:
            err(org, f"hold/pass = {per_org[org]['hold']}/{per_org[org]['pass']}, want 10/10")
        if dict(loc_org[org]) != LOC_QUOTA:
            err(org, f"location quota {dict(loc_org[org])} != {LOC_QUOTA}")
        ws = writers[org]
        if not 2 <= len(ws) <= 3:
            err(org, f"{len(ws)} writers, want 2-3")
    for (org, w), froms in writer_from.items():
        if len(froms) != 1:
            err(org, f"writer {w} uses several from addresses {froms}")
    if enc_kind_count < 1:
        err("-", "no attachment.encrypted_zip mail")
    return errors


if __name__ == "__main__":
    main()
