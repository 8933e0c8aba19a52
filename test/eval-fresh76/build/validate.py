"""Validate ../fresh.json and meta.json for eval-fresh76. Prints OK when every check passes."""
import json
import os
import re
import sys
from collections import Counter

from common import mynumber_valid, luhn_valid

PREFIX = "bx"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
ALLOWED = REQUIRED | {"cc", "bcc", "attachments", "personal"}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
FREEMAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}
ADDR_RE = re.compile(r"^(?P<name>[^<>]+?) <(?P<local>[^@\s<>]+)@(?P<domain>[A-Za-z0-9.-]+)>$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
MYNUM_RE = re.compile(r"(?<!\d)(?<!\d[ -])(\d{4})([ -]?)(\d{4})\2(\d{4})(?![ -]?\d)")
CARD_RE = re.compile(r"(?<!\d)(?<!\d[ -])(\d{4})([ -])(\d{4})\2(\d{4})\2(\d{4})(?!\d)")

errors = []


def err(msg):
    errors.append(msg)


def synthetic(domain):
    d = domain.lower()
    return d in FREEMAIL or re.search(r"(^|\.)example\.[a-z.]+$", d) is not None or d.endswith(".example")


def texts(m):
    parts = [m["subject"], m["text"]]
    for a in m.get("attachments", []) or []:
        if a.get("text"):
            parts.append(a["text"])
    return parts


def main():
    with open(os.path.join(OUT, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != 100:
        err(f"expected 100 mails, got {len(mails)}")
    ids = [m.get("id") for m in mails]
    if ids != [f"{PREFIX}{i:03d}" for i in range(1, 101)]:
        err("ids are not bx001..bx100 in order")
    c = Counter(m.get("expect") for m in mails)
    if c["hold"] != 50 or c["pass"] != 50:
        err(f"hold/pass counts {dict(c)}")
    run, prev = 0, None
    for m in mails:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(f"{m['id']}: more than 3 '{prev}' in a row")

    per_org = Counter()
    for m in mails:
        mid = m.get("id")
        keys = set(m)
        if REQUIRED - keys:
            err(f"{mid}: missing {REQUIRED - keys}")
        if keys - ALLOWED:
            err(f"{mid}: extra fields {keys - ALLOWED}")
        exp, kind = m.get("expect"), m.get("kind", "")
        if exp not in ("hold", "pass"):
            err(f"{mid}: bad expect {exp}")
        if exp == "pass" and not kind.startswith("benign."):
            err(f"{mid}: pass with kind {kind}")
        if exp == "hold" and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(f"{mid}: hold with kind {kind}")
        if not isinstance(m.get("why"), str) or not m["why"].strip():
            err(f"{mid}: empty why")
        if not isinstance(m.get("to"), list) or not m["to"]:
            err(f"{mid}: to must be a non-empty list")

        # addresses
        addrs = {}
        for field in ("from", "to", "cc", "bcc"):
            vals = m.get(field)
            if vals is None:
                continue
            if field == "from":
                vals = [vals]
            for a in vals:
                mm = ADDR_RE.match(a)
                if not mm:
                    err(f"{mid}: bad address in {field}: {a!r}")
                    continue
                if not synthetic(mm.group("domain")):
                    err(f"{mid}: non-synthetic domain {a!r}")
                addrs.setdefault(field, []).append(mm.group("domain").lower())
        for t in texts(m):
            for dom in EMAIL_IN_TEXT.findall(t):
                if not synthetic(dom):
                    err(f"{mid}: non-synthetic e-mail domain in text: {dom}")

        sender = (addrs.get("from") or [""])[0]
        outside = [d for d in addrs.get("to", []) + addrs.get("cc", []) if d != sender]
        if len(outside) > 10 and not kind.startswith("recipients."):
            err(f"{mid}: {len(outside)} visible outside recipients on non-recipients mail")
        if kind.startswith("recipients.") and len(outside) <= 10:
            err(f"{mid}: recipients hold with only {len(outside)} outside recipients")
        if kind.startswith("recipients.") and exp != "hold":
            err(f"{mid}: recipients kind on a pass")

        # attachments
        atts = m.get("attachments", []) or []
        enc = [a for a in atts if a.get("encrypted")]
        for a in atts:
            if set(a) - {"filename", "contentType", "text", "encrypted"} or not {"filename", "contentType"} <= set(a):
                err(f"{mid}: bad attachment keys {sorted(a)}")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip" or "text" in a:
                    err(f"{mid}: encrypted zip must be application/zip without text")
            elif not isinstance(a.get("text"), str) or not a["text"].strip():
                err(f"{mid}: attachment {a.get('filename')} lacks text")
        if kind == "attachment.encrypted_zip" and not enc:
            err(f"{mid}: encrypted_zip kind without encrypted zip")
        if enc and kind != "attachment.encrypted_zip":
            err(f"{mid}: encrypted zip on kind {kind}")

        # numbers
        for t in texts(m):
            for g in CARD_RE.finditer(t):
                num = g.group(1) + g.group(3) + g.group(4) + g.group(5)
                if not luhn_valid(num):
                    err(f"{mid}: card-like number {g.group(0)} fails Luhn")
            if exp == "hold":
                for g in MYNUM_RE.finditer(t):
                    num = g.group(1) + g.group(3) + g.group(4)
                    if not mynumber_valid(num):
                        err(f"{mid}: 12-digit number {g.group(0)} fails My Number check digit")

        # personal
        pers = m.get("personal")
        needs = exp == "hold" and not kind.startswith("recipients.") and kind != "attachment.encrypted_zip"
        if needs and not pers:
            err(f"{mid}: hold without personal")
        if exp == "pass" and pers:
            err(f"{mid}: pass with personal")
        if pers is not None and not needs:
            err(f"{mid}: personal on {kind}")
        alltext = texts(m)
        for p in pers or []:
            if set(p) != {"type", "value"} or not p["type"] or not p["value"]:
                err(f"{mid}: bad personal item {p}")
                continue
            if not any(p["value"] in t for t in alltext):
                err(f"{mid}: personal value not found: {p['value']!r}")

        # meta
        md = meta.get(mid)
        if not md or set(md) != {"org", "writer", "loc"} or md.get("loc") not in LOCS:
            err(f"{mid}: bad meta {md}")
        else:
            per_org[(md["org"], exp)] += 1
            if kind.startswith("recipients.") and md["loc"] != "recipients":
                err(f"{mid}: recipients hold with loc {md['loc']}")
            if kind == "attachment.encrypted_zip" and md["loc"] != "zip":
                err(f"{mid}: encrypted zip with loc {md['loc']}")
    if set(meta) != set(ids):
        err("meta.json ids differ from fresh.json ids")
    for org in "ABCDE":
        if per_org[(org, "hold")] != 10 or per_org[(org, "pass")] != 10:
            err(f"org {org}: {per_org[(org, 'hold')]} hold / {per_org[(org, 'pass')]} pass")

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
