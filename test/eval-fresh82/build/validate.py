#!/usr/bin/env python3
"""Validate ../fresh.json (and meta.json) for eval-fresh82. Prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import FREEMAIL, luhn_valid, mynumber_valid  # noqa: E402

PREFIX = "cd"
N = 100
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.encrypted_zip")
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1, "pass": 10}
ADDR_RE = re.compile(r"^(?P<name>[^<>]+?) <(?P<local>[^<>@\s]+)@(?P<domain>[^<>@\s]+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
MN_LABEL_RE = re.compile(r"(マイナンバー|個人番号)[^0-9\n]{0,12}((?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}(?![\d-]))")
TWELVE_RE = re.compile(r"(?<![\d-])(?<!\d )\d{4}[ -]?\d{4}[ -]?\d{4}(?![\d-])(?! \d)")
SIXTEEN_RE = re.compile(r"(?<![\d-])\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}(?![\d-])")
PHONE_RE = re.compile(r"(?<![\d-])0\d{1,4}-(\d{1,4})-\d{4}(?![\d-])")
QUOTE_MARKERS = [
    re.compile(r"^>", re.M),
    re.compile(r"-----Original Message-----"),
    re.compile(r"-+ ?Forwarded message ?-+"),
    re.compile(r"-+ ?転送メッセージ ?-+"),
    re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日.*<[^>]+>:$", re.M),
]

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def domain_ok(d):
    d = d.lower()
    return d in FREEMAIL or re.search(r"(^|\.)example\.", d) is not None


def parse_addr(mid, a):
    m = ADDR_RE.match(a)
    if not m:
        err(mid, f"bad address format {a!r}")
        return None
    if not domain_ok(m["domain"]):
        err(mid, f"domain not allowed {m['domain']}")
    return m["domain"].lower()


def quote_start(text):
    pos = [m.start() for rx in QUOTE_MARKERS for m in [rx.search(text)] if m]
    return min(pos) if pos else None


def fields(m):
    out = [("subject", m["subject"]), ("text", m["text"])]
    for a in m.get("attachments", []):
        if "text" in a:
            out.append((a["filename"], a["text"]))
    return out


def main():
    root = os.path.dirname(HERE)
    data = json.load(open(os.path.join(root, "fresh.json"), encoding="utf-8"))
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))

    if not isinstance(data, list) or len(data) != N:
        err("set", f"expected {N} mails, got {len(data)}")
    for i, m in enumerate(data, 1):
        if m.get("id") != f"{PREFIX}{i:03d}":
            err("set", f"id #{i} is {m.get('id')!r}")
    if set(meta) != {m["id"] for m in data}:
        err("set", "meta.json ids differ from fresh.json ids")

    exp = Counter(m["expect"] for m in data)
    if exp != Counter({"hold": 50, "pass": 50}):
        err("set", f"expect counts {dict(exp)}")

    run, prev = 0, None
    for m in data:
        run = run + 1 if m["expect"] == prev else 1
        prev = m["expect"]
        if run > 3:
            err(m["id"], "more than 3 consecutive ids with the same expect")

    per_org = defaultdict(Counter)
    locs = defaultdict(Counter)
    writers = defaultdict(set)
    for m in data:
        md = meta.get(m["id"], {})
        per_org[md.get("org")][m["expect"]] += 1
        locs[md.get("org")][md.get("loc")] += 1
        writers[md.get("org")].add(md.get("writer"))
    if sorted(per_org) != list("ABCDE"):
        err("set", f"organisations {sorted(per_org)}")
    for org, c in per_org.items():
        if c != Counter({"hold": 10, "pass": 10}):
            err("set", f"org {org} counts {dict(c)}")
        if dict(locs[org]) != LOC_QUOTA:
            err("set", f"org {org} loc spread {dict(locs[org])}")
        if not 2 <= len(writers[org]) <= 3:
            err("set", f"org {org} has {len(writers[org])} writers")

    for m in data:
        mid = m["id"]
        loc = meta.get(mid, {}).get("loc")
        kind = m.get("kind", "")
        allowed = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
                   "attachments", "personal"}
        extra = set(m) - allowed
        if extra:
            err(mid, f"unknown keys {extra}")
        for k in ("kind", "why", "from", "to", "subject", "text"):
            if not m.get(k):
                err(mid, f"missing {k}")
        if m["expect"] == "hold":
            if not kind.startswith(HOLD_PREFIXES):
                err(mid, f"hold kind {kind}")
        elif m["expect"] == "pass":
            if not kind.startswith("benign."):
                err(mid, f"pass kind {kind}")
            if m.get("personal"):
                err(mid, "pass carries personal values")
        else:
            err(mid, f"expect {m['expect']!r}")
        if not re.fullmatch(r"[a-z_]+\.[a-z0-9_]+", kind):
            err(mid, f"kind not snake_case {kind}")

        # addresses and domains
        sender_dom = parse_addr(mid, m["from"])
        visible_ext = 0
        for key in ("to", "cc", "bcc"):
            for a in m.get(key, []):
                d = parse_addr(mid, a)
                if key != "bcc" and d and d != sender_dom:
                    visible_ext += 1
        for where, txt in fields(m):
            for dm in EMAIL_RE.finditer(txt):
                if not domain_ok(dm.group(1)):
                    err(mid, f"domain {dm.group(1)} in {where}")
            for pm in PHONE_RE.finditer(txt):
                if pm.group(1) != "0000":
                    err(mid, f"phone without 0000 exchange {pm.group(0)} in {where}")
        is_recip = kind.startswith("recipients.")
        if visible_ext > 10 and not is_recip:
            err(mid, f"{visible_ext} visible outside recipients but kind {kind}")
        if is_recip and visible_ext <= 10:
            err(mid, f"recipients hold with only {visible_ext} visible outside recipients")

        # attachments / zips
        atts = m.get("attachments", [])
        enc = [a for a in atts if a.get("encrypted")]
        for a in atts:
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip" or not a["filename"].endswith(".zip"):
                    err(mid, f"encrypted attachment must be a zip: {a['filename']}")
            elif not isinstance(a.get("text"), str) or not a.get("filename") or not a.get("contentType"):
                err(mid, f"attachment without filename/contentType/text: {a}")
        if enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on a mail not of kind attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip" and not enc:
            err(mid, "attachment.encrypted_zip without an encrypted zip")

        # personal values
        blob = "\n".join(t for _, t in fields(m))
        pers = m.get("personal", [])
        for p in pers:
            if set(p) != {"type", "value"} or not p["value"]:
                err(mid, f"bad personal entry {p}")
            elif p["value"] not in blob:
                err(mid, f"personal value not found: {p['value']!r}")
        if m["expect"] == "hold" and kind not in ("attachment.encrypted_zip",) and not is_recip and not pers:
            err(mid, "hold without personal values")

        # My Number check digits
        for where, txt in fields(m):
            for mm in MN_LABEL_RE.finditer(txt):
                if not mynumber_valid(mm.group(2)):
                    err(mid, f"labelled My Number with bad check digit {mm.group(2)} in {where}")
        if kind.startswith("id.mynumber"):
            found = 0
            for where, txt in fields(m):
                for tm in TWELVE_RE.finditer(txt):
                    found += 1
                    if not mynumber_valid(tm.group(0)):
                        err(mid, f"12-digit number {tm.group(0)} in id.mynumber hold fails check digit")
            if not found:
                err(mid, "id.mynumber hold without a 12-digit number")
        for p in pers:
            if p["type"] == "mynumber" and not mynumber_valid(p["value"]):
                err(mid, f"personal mynumber {p['value']} fails check digit")

        # card numbers
        if kind.startswith("id.card"):
            for where, txt in fields(m):
                for cm in SIXTEEN_RE.finditer(txt):
                    if not luhn_valid(cm.group(0)):
                        err(mid, f"card number {cm.group(0)} fails Luhn")
        for p in pers:
            if p["type"] == "card_number" and not luhn_valid(p["value"]):
                err(mid, f"personal card {p['value']} fails Luhn")

        # where the risk sits
        if m["expect"] == "hold":
            vals = [p["value"] for p in pers]
            text, subj = m["text"], m["subject"]
            att_txt = "\n".join(a.get("text", "") for a in atts)
            if loc == "subject":
                if not vals or not all(v in subj for v in vals):
                    err(mid, "subject hold: personal values must sit in the subject")
                if any(v in text or v in att_txt for v in vals):
                    err(mid, "subject hold: body/attachments must be neutral")
            elif loc == "attachment":
                if not atts or any(a.get("encrypted") for a in atts):
                    err(mid, "attachment hold needs plain attachments")
                if any(v in text or v in subj for v in vals):
                    err(mid, "attachment hold: cover note must be harmless")
                if not all(v in att_txt for v in vals):
                    err(mid, "attachment hold: values must sit in attachments")
            elif loc == "quoted":
                qs = quote_start(text)
                if qs is None:
                    err(mid, "quoted hold without a quote/forward marker")
                else:
                    if any(v in text[:qs] or v in subj for v in vals):
                        err(mid, "quoted hold: top of the mail must be harmless")
                    if not all(v in text[qs:] for v in vals):
                        err(mid, "quoted hold: values must sit in the quoted part")
            elif loc == "zip":
                zipped = [a for a in atts if a.get("encrypted") or ".zip/" in a["filename"]]
                if not zipped:
                    err(mid, "zip hold without encrypted zip or zip member")
                if not enc:
                    ztxt = "\n".join(a["text"] for a in zipped if "text" in a)
                    if any(v in text or v in subj for v in vals) or not all(v in ztxt for v in vals):
                        err(mid, "zip hold: the register must sit inside the zip")
            elif loc == "body":
                qs = quote_start(text)
                top = text if qs is None else text[:qs]
                if not any(v in top for v in vals):
                    err(mid, "body hold: no personal value in the body")
            elif loc == "recipients":
                if not is_recip:
                    err(mid, "recipients loc on a non-recipients kind")
            else:
                err(mid, f"hold with loc {loc}")
        elif loc != "pass":
            err(mid, f"pass with loc {loc}")

    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
