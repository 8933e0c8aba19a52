#!/usr/bin/env python3
"""Validate fresh.json / meta.json of eval set bt (eval-fresh72). Prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREFIX = "bt"

HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
ALLOWED = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"}
REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
FREEMAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
ADDR_RE = re.compile(r"^(?P<name>[^<>]+?) <(?P<local>[^@<>\s]+)@(?P<domain>[A-Za-z0-9.-]+)>$")

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def synthetic(domain):
    d = domain.lower()
    if d in FREEMAIL:
        return True
    labels = d.split(".")
    return "example" in labels[:-1] or labels[-1] == "example"


def mynumber_ok(digits):
    d = [int(c) for c in digits]
    s = sum(d[10 - (n - 1)] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    return d[11] == (0 if r <= 1 else 11 - r)


def luhn_ok(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


TWELVE_RE = re.compile(r"(?<![\d])(?<![\d][- ])(\d{4}([- ]?)\d{4}\2\d{4})(?![\d])(?![- ]\d)")
CARD_RE = re.compile(r"(?<![\d])(\d{4}([- ])\d{4}\2\d{4}\2\d{4})(?![\d])")


def texts(m):
    out = [m.get("subject", ""), m.get("text", "")]
    for a in m.get("attachments", []) or []:
        if isinstance(a, dict) and "text" in a:
            out.append(a["text"])
    return out


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(data, list) or len(data) != 100:
        errors.append(f"expected 100 mails, got {len(data) if isinstance(data, list) else type(data)}")
    ids = [m.get("id") for m in data]
    want = [f"{PREFIX}{i:03d}" for i in range(1, 101)]
    if ids != want:
        errors.append("ids are not bt001..bt100 in order")

    exp = Counter(m.get("expect") for m in data)
    if exp != Counter({"hold": 50, "pass": 50}):
        errors.append(f"expect counts {dict(exp)}")
    run, prev = 0, None
    for m in data:
        e = m.get("expect")
        run = run + 1 if e == prev else 1
        prev = e
        if run > 3:
            err(m.get("id"), "more than 3 equal expect in a row")

    for m in data:
        mid = m.get("id")
        keys = set(m)
        if REQUIRED - keys:
            err(mid, f"missing fields {sorted(REQUIRED - keys)}")
        if keys - ALLOWED:
            err(mid, f"unknown fields {sorted(keys - ALLOWED)}")
        expect, kind = m.get("expect"), m.get("kind", "")
        if expect not in ("hold", "pass"):
            err(mid, f"bad expect {expect}")
        if not isinstance(m.get("why"), str) or not m["why"].strip():
            err(mid, "empty why")
        if expect == "pass" and not kind.startswith("benign."):
            err(mid, f"pass with kind {kind}")
        if expect == "hold" and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(mid, f"hold with kind {kind}")
        if kind.startswith(HOLD_PREFIXES) and len(kind.split(".", 1)[1]) == 0:
            err(mid, "kind without scenario")
        if not isinstance(m.get("to"), list) or not m["to"]:
            err(mid, "to must be a non-empty list")

        # addresses
        fm = ADDR_RE.match(m.get("from", ""))
        if not fm:
            err(mid, f"bad from {m.get('from')}")
            continue
        sender_dom = fm.group("domain").lower()
        if not synthetic(sender_dom):
            err(mid, f"non-synthetic sender domain {sender_dom}")
        visible_outside = set()
        for fld in ("to", "cc", "bcc"):
            v = m.get(fld)
            if v is None:
                continue
            if not isinstance(v, list):
                err(mid, f"{fld} is not a list")
                continue
            for a in v:
                am = ADDR_RE.match(a)
                if not am:
                    err(mid, f"bad address {a!r}")
                    continue
                d = am.group("domain").lower()
                if not synthetic(d):
                    err(mid, f"non-synthetic domain {d}")
                if fld in ("to", "cc") and d != sender_dom:
                    visible_outside.add((am.group("local") + "@" + d).lower())
        n_out = len(visible_outside)
        if kind.startswith("recipients."):
            if expect != "hold":
                err(mid, "recipients.* must be hold")
            if n_out <= 10:
                err(mid, f"recipients hold with only {n_out} visible outside recipients")
        elif n_out > 10:
            err(mid, f"{n_out} visible outside recipients on a non-recipients mail")

        # attachments
        atts = m.get("attachments", [])
        has_enc = False
        if atts is not None and not isinstance(atts, list):
            err(mid, "attachments is not a list")
            atts = []
        for a in atts or []:
            ak = set(a)
            if a.get("encrypted"):
                has_enc = True
                if ak != {"filename", "contentType", "encrypted"} or a.get("contentType") != "application/zip" or a.get("encrypted") is not True:
                    err(mid, f"bad encrypted zip entry {a}")
            else:
                if ak != {"filename", "contentType", "text"}:
                    err(mid, f"bad attachment keys {sorted(ak)}")
                if not isinstance(a.get("text"), str) or not a["text"].strip():
                    err(mid, f"attachment {a.get('filename')} without text")
        if has_enc != (kind == "attachment.encrypted_zip"):
            err(mid, "encrypted zip must appear exactly on attachment.encrypted_zip holds")

        # personal
        pers = m.get("personal")
        alltext = texts(m)
        if expect == "pass" and pers:
            err(mid, "pass mail with personal")
        if expect == "hold" and not (kind.startswith("recipients.") or kind == "attachment.encrypted_zip"):
            if not pers:
                err(mid, "hold without personal")
        exempt = []
        for p in pers or []:
            if set(p) != {"type", "value"} or not p.get("value"):
                err(mid, f"bad personal item {p}")
                continue
            if not any(p["value"] in t for t in alltext):
                err(mid, f"personal value not found: {p['value']!r}")
            if p["type"] != "mynumber":
                exempt.append(re.sub(r"\D", "", p["value"]))

        # My Number check digits in holds (numbers declared as another ID type are exempt)
        if expect == "hold":
            for t in alltext:
                for mt in TWELVE_RE.finditer(t):
                    digits = re.sub(r"\D", "", mt.group(1))
                    if mynumber_ok(digits):
                        continue
                    if any(digits in e for e in exempt):
                        continue
                    err(mid, f"12-digit number {mt.group(1)} fails the My Number check digit")
        # card-like numbers everywhere
        for t in alltext:
            for mt in CARD_RE.finditer(t):
                if not luhn_ok(re.sub(r"\D", "", mt.group(1))):
                    err(mid, f"card-like number {mt.group(1)} fails Luhn")

        # meta
        mm = meta.get(mid)
        if not mm or set(mm) != {"org", "writer", "loc"} or mm.get("loc") not in LOCS:
            err(mid, f"bad meta {mm}")

    if set(meta) != set(want):
        errors.append("meta.json ids differ from fresh.json ids")

    # composition per organisation: 20 mails, 10 hold + 10 pass, 2-3 writers
    per = {}
    for m in data:
        mm = meta.get(m.get("id"), {})
        per.setdefault(mm.get("org"), []).append((m.get("expect"), mm.get("writer")))
    if len(per) != 5:
        errors.append(f"expected 5 organisations, got {sorted(map(str, per))}")
    for org, lst in per.items():
        c = Counter(e for e, _ in lst)
        w = {x for _, x in lst}
        if c != Counter({"hold": 10, "pass": 10}):
            errors.append(f"org {org}: {dict(c)}")
        if not 2 <= len(w) <= 3:
            errors.append(f"org {org}: {len(w)} writers")

    if errors:
        print("\n".join(errors))
        print(f"FAILED ({len(errors)} problems)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
