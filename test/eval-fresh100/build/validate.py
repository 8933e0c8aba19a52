#!/usr/bin/env python3
"""Validate ../fresh.json and build/meta.json against the brief. Prints OK or the errors."""
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import host_allowed, mynumber_ok, luhn_ok, quote_start  # noqa: E402

ROOT = os.path.dirname(HERE)
PREFIX = "cv"
N = 100
QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
KEYS_REQ = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
KEYS_OPT = {"cc", "bcc", "attachments", "personal"}

ADDR_RE = re.compile(r"^[^<>\n]+ <([A-Za-z0-9._%+-]+)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)>$")
KIND_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9_]+(?:\.[a-z0-9_]+)*$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_IN_TEXT = re.compile(r"https?://([A-Za-z0-9.-]+)")
HOST_IN_TEXT = re.compile(r"(?<![A-Za-z0-9@.-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|jp|io|info|biz|co|us|uk|de))(?![A-Za-z0-9@-])")
DIG12 = r"(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])"
MN_LABELLED = re.compile(r"(?:マイナンバー|個人番号)[^\n\d]{0,20}" + r"(?<!\d)" + DIG12)
ANY12 = re.compile(r"(?<![\d-])" + DIG12)
CARD16 = re.compile(r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])")

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def texts_of(m):
    """(label, text) for every searchable part of a mail."""
    parts = [("subject", m["subject"]), ("text", m["text"])]
    for a in m.get("attachments", []):
        if "text" in a:
            parts.append(("attachment", a["text"]))
    return parts


def domain_of(a):
    mm = ADDR_RE.match(a)
    return mm.group(2) if mm else None


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    # ---------------------------------------------------------- counts, ids, order
    if not isinstance(mails, list) or len(mails) != N:
        err("set", f"expected {N} mails, got {len(mails)}")
    ids = [m.get("id") for m in mails]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        err("set", "ids are not cv001..cv100 in order")
    if set(meta) != set(want):
        err("meta", "meta.json ids differ from fresh.json")

    exp = [m.get("expect") for m in mails]
    if exp.count("hold") != 50 or exp.count("pass") != 50:
        err("set", f"hold/pass = {exp.count('hold')}/{exp.count('pass')}, want 50/50")
    run = best = 1
    for a, b in zip(exp, exp[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    if best > 3:
        err("set", f"run of {best} mails with the same expect")

    per_org = {}
    for m in mails:
        mm = meta.get(m["id"], {})
        o = mm.get("org")
        d = per_org.setdefault(o, {"hold": 0, "pass": 0, "loc": {}, "writers": {}, "domains": set()})
        d[m["expect"]] = d.get(m["expect"], 0) + 1
        if m["expect"] == "hold":
            d["loc"][mm.get("loc")] = d["loc"].get(mm.get("loc"), 0) + 1
        elif mm.get("loc") != "none":
            err(m["id"], "pass must have loc none")
        d["writers"].setdefault(mm.get("writer"), set()).add(m.get("from"))
        d["domains"].add(domain_of(m.get("from", "")))
    if sorted(per_org) != list("ABCDE"):
        err("set", f"organisations {sorted(per_org)}")
    for o, d in sorted(per_org.items()):
        if d["hold"] != 10 or d["pass"] != 10:
            err(o, f"hold/pass {d['hold']}/{d['pass']}, want 10/10")
        if d["loc"] != QUOTA:
            err(o, f"location quota {d['loc']} != {QUOTA}")
        if not 2 <= len(d["writers"]) <= 3:
            err(o, f"{len(d['writers'])} writers")
        for w, froms in d["writers"].items():
            if len(froms) != 1:
                err(o, f"writer {w} uses several from addresses {froms}")
        if len(d["domains"]) != 1:
            err(o, f"organisation sends from several domains {d['domains']}")

    # ---------------------------------------------------------- per mail
    enc_on_kind = 0
    for m in mails:
        mid = m.get("id")
        mm = meta.get(mid, {})
        loc = mm.get("loc")
        keys = set(m)
        if not KEYS_REQ <= keys or keys - KEYS_REQ - KEYS_OPT:
            err(mid, f"keys {sorted(keys)}")
            continue
        if list(m)[:2] != ["id", "expect"]:
            err(mid, "id/expect should come first")
        kind = m["kind"]
        if not KIND_RE.match(kind):
            err(mid, f"kind {kind!r} not snake_case category.detail")
        if m["expect"] == "hold":
            if not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
                err(mid, f"hold kind {kind}")
        elif m["expect"] == "pass":
            if not kind.startswith("benign."):
                err(mid, f"pass kind {kind}")
        else:
            err(mid, f"expect {m['expect']!r}")
        if not isinstance(m["why"], str) or not m["why"].strip() or m["why"].count("\n"):
            err(mid, "why must be one sentence")
        for fld in ("subject", "text"):
            if not isinstance(m[fld], str) or not m[fld].strip():
                err(mid, f"empty {fld}")

        # addresses
        if not isinstance(m["from"], str) or not ADDR_RE.match(m["from"]):
            err(mid, f"bad from {m['from']!r}")
            continue
        sender_dom = domain_of(m["from"])
        all_addrs = [m["from"]]
        for fld in ("to", "cc", "bcc"):
            if fld in m:
                if not isinstance(m[fld], list) or (fld == "to" and not m[fld]):
                    err(mid, f"{fld} must be a non-empty array")
                    continue
                for a in m[fld]:
                    if not isinstance(a, str) or not ADDR_RE.match(a):
                        err(mid, f"bad address in {fld}: {a!r}")
                    else:
                        all_addrs.append(a)
        for a in all_addrs:
            d = domain_of(a)
            if d and not host_allowed(d):
                err(mid, f"domain not allowed in header: {d}")

        # domains in texts and URLs
        for label, t in texts_of(m):
            hosts = set(EMAIL_IN_TEXT.findall(t)) | set(URL_IN_TEXT.findall(t)) | set(HOST_IN_TEXT.findall(t))
            for h in hosts:
                if not host_allowed(h):
                    err(mid, f"domain not allowed in {label}: {h}")

        # attachments
        atts = m.get("attachments", [])
        if "attachments" in m and (not isinstance(atts, list) or not atts):
            err(mid, "attachments must be a non-empty array")
            atts = []
        n_enc = 0
        has_plain_zip_inner = False
        for a in atts:
            if a.get("encrypted"):
                n_enc += 1
                if set(a) != {"filename", "contentType", "encrypted"} or a["contentType"] != "application/zip" \
                        or not a["filename"].lower().endswith(".zip"):
                    err(mid, f"bad encrypted zip {a}")
            else:
                if set(a) != {"filename", "contentType", "text"} or not isinstance(a["text"], str) or not a["text"].strip():
                    err(mid, f"bad attachment {a.get('filename')}")
                if re.search(r"\.zip/", a.get("filename", ""), re.I):
                    has_plain_zip_inner = True
                if a.get("contentType") == "application/zip":
                    err(mid, "plain zip must be given as inner files archive.zip/inner")
        if n_enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip outside attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip":
            enc_on_kind += 1
            if n_enc != 1:
                err(mid, f"attachment.encrypted_zip has {n_enc} encrypted zips")

        # recipients
        outside = [a for a in m["to"] + m.get("cc", []) if domain_of(a) != sender_dom]
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err(mid, f"recipients hold has only {len(outside)} visible outside recipients")
            if loc != "recipients":
                err(mid, "recipients kind must have loc recipients")
        elif len(outside) > 10:
            err(mid, f"{len(outside)} visible outside recipients on a non-recipients mail")

        # マイナンバー and card numbers
        parts = texts_of(m)
        for label, t in parts:
            for num in MN_LABELLED.findall(t):
                if not mynumber_ok(num):
                    err(mid, f"labelled マイナンバー {num} fails check digit ({label})")
            if kind.startswith("id.mynumber"):
                for num in ANY12.findall(t):
                    if not mynumber_ok(num):
                        err(mid, f"12-digit {num} in id.mynumber mail fails check digit ({label})")
        for a in atts:
            t = a.get("text", "")
            first = t.split("\n", 1)[0]
            if "," in first and re.search(r"マイナンバー|個人番号", first):
                rows = list(csv.reader(io.StringIO(t)))
                hdr = rows[0]
                cols = [i for i, h in enumerate(hdr) if re.search(r"マイナンバー|個人番号", h)]
                for r in rows[1:]:
                    for i in cols:
                        if i < len(r) and r[i].strip():
                            if not mynumber_ok(r[i]):
                                err(mid, f"CSV 個人番号 {r[i]} fails check digit")
        if m["expect"] == "hold":
            for label, t in parts:
                for num in CARD16.findall(t):
                    if not luhn_ok(num):
                        err(mid, f"card number {num} fails Luhn ({label})")

        # personal
        pers = m.get("personal")
        if m["expect"] == "pass":
            if pers:
                err(mid, "pass mail carries personal")
            if loc != "none":
                err(mid, "pass loc must be none")
            continue
        if loc not in QUOTA:
            err(mid, f"hold loc {loc!r}")
        if loc not in ("zip", "recipients") and not pers:
            err(mid, "hold without personal")
        if loc == "zip" and not (n_enc or has_plain_zip_inner):
            err(mid, "zip hold without a zip")
        if loc == "attachment" and not any("text" in a for a in atts):
            err(mid, "attachment hold without a text attachment")
        if not pers:
            continue
        if not isinstance(pers, list):
            err(mid, "personal must be an array")
            continue
        subj, body = m["subject"], m["text"]
        att_text = "\n".join(a.get("text", "") for a in atts)
        qs = quote_start(body)
        for p in pers:
            if set(p) != {"type", "value"} or not p["type"] or not p["value"]:
                err(mid, f"bad personal entry {p}")
                continue
            v = p["value"]
            if v not in subj and v not in body and v not in att_text:
                err(mid, f"personal value not found: {v!r}")
            if loc == "attachment":
                if v in subj or v in body:
                    err(mid, f"attachment-only hold has {v!r} in subject/body")
                if v not in att_text:
                    err(mid, f"attachment hold: {v!r} not in an attachment")
            elif loc == "subject":
                if v not in subj:
                    err(mid, f"subject-only hold: {v!r} not in subject")
                if v in body or v in att_text:
                    err(mid, f"subject-only hold has {v!r} in body/attachments")
            elif loc == "quoted":
                if qs >= len(body):
                    err(mid, "quoted hold without a quote/forward marker")
                if v in subj or v in body[:qs]:
                    err(mid, f"quoted hold has {v!r} above the quoted part")
                if v not in body[qs:]:
                    err(mid, f"quoted hold: {v!r} not in the quoted part")
            elif loc == "body":
                if v not in body[:qs] and v not in subj:
                    err(mid, f"body hold: {v!r} not in the body")
            elif loc == "zip":
                if v not in att_text:
                    err(mid, f"zip hold: {v!r} not in the zip's inner file")
    if enc_on_kind < 1:
        err("set", "no attachment.encrypted_zip mail")

    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
