#!/usr/bin/env python3
"""Validate eval-fresh70/fresh.json and build/meta.json against the brief. Prints OK on success."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "br"
N = 100
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
OPTIONAL = {"cc", "bcc", "attachments", "personal"}
FREEMAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}
ADDR_RE = re.compile(r"^(?P<name>[^<>]*\S)\s+<(?P<local>[^@<>\s]+)@(?P<domain>[A-Za-z0-9.-]+)>$")
SYNTH_RE = re.compile(r"^(?:[a-z0-9-]+\.)+example(?:\.[a-z0-9-]+)+$")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
MYNUM_RE = re.compile(r"(?<!\d)(?<!\d[- ])(\d{4})([- ]?)(\d{4})\2(\d{4})(?![- ]?\d)")
CARD_RE = re.compile(r"(?<!\d)(\d{4})([- ])(\d{4})\2(\d{4})\2(\d{4})(?!\d)")

errors = []


def err(msg):
    errors.append(msg)


def mynum_ok(d):
    digits = [int(c) for c in d]
    total = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        total += digits[11 - n] * q
    r = total % 11
    cd = 0 if r <= 1 else 11 - r
    return cd == digits[11]


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def domain_of(addr):
    m = ADDR_RE.match(addr)
    return m.group("domain").lower() if m else None


def texts_of(m):
    parts = [m["subject"], m["text"]]
    for a in m.get("attachments", []):
        if "text" in a:
            parts.append(a["text"])
    return parts


def main():
    with open(os.path.join(HERE, "..", "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != N:
        err(f"expected {N} mails, got {len(mails)}")
    ids = [m.get("id") for m in mails]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        err("ids are not br001..br100 in order")

    expects = [m.get("expect") for m in mails]
    if expects.count("hold") != 50 or expects.count("pass") != 50:
        err(f"hold/pass split {expects.count('hold')}/{expects.count('pass')}")
    run, prev = 0, None
    for i, e in enumerate(expects):
        run = run + 1 if e == prev else 1
        prev = e
        if run > 3:
            err(f"more than 3 equal expect in a row ending at {ids[i]}")

    for m in mails:
        mid = m.get("id")
        keys = set(m)
        if not REQUIRED <= keys:
            err(f"{mid}: missing fields {REQUIRED - keys}")
        if keys - REQUIRED - OPTIONAL:
            err(f"{mid}: unexpected fields {keys - REQUIRED - OPTIONAL}")
        exp, kind = m.get("expect"), m.get("kind", "")
        if exp not in ("hold", "pass"):
            err(f"{mid}: bad expect {exp}")
        if exp == "pass" and not kind.startswith("benign."):
            err(f"{mid}: pass with kind {kind}")
        if exp == "hold" and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(f"{mid}: hold with kind {kind}")
        if kind.startswith("benign.") and exp != "pass":
            err(f"{mid}: benign kind on hold")
        if not isinstance(m.get("why"), str) or not m["why"].strip():
            err(f"{mid}: empty why")
        if not isinstance(m.get("to"), list) or not m["to"]:
            err(f"{mid}: to must be a non-empty list")

        # addresses
        addrs = [m.get("from")] + m.get("to", []) + m.get("cc", []) + m.get("bcc", [])
        for a in addrs:
            mm = ADDR_RE.match(a or "")
            if not mm:
                err(f"{mid}: bad address {a!r}")
                continue
            d = mm.group("domain").lower()
            if d not in FREEMAIL and not SYNTH_RE.match(d):
                err(f"{mid}: non-synthetic domain {d}")

        # recipients rule
        sdom = domain_of(m.get("from", ""))
        visible = m.get("to", []) + m.get("cc", [])
        outside = {a for a in visible if domain_of(a) != sdom}
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err(f"{mid}: recipients hold with only {len(outside)} visible outside recipients")
        elif len(outside) > 10:
            err(f"{mid}: {len(outside)} visible outside recipients on non-recipients mail")

        # encrypted zips
        atts = m.get("attachments", [])
        for a in atts:
            if not isinstance(a, dict) or "filename" not in a or "contentType" not in a:
                err(f"{mid}: attachment missing filename/contentType")
                continue
            if set(a) - {"filename", "contentType", "text", "encrypted"}:
                err(f"{mid}: attachment has extra keys {set(a)}")
            if a.get("encrypted"):
                if a["contentType"] != "application/zip" or "text" in a:
                    err(f"{mid}: encrypted zip must be application/zip without text")
            elif not isinstance(a.get("text"), str):
                err(f"{mid}: attachment {a['filename']} without text")
        has_enc = any(a.get("encrypted") for a in atts)
        if has_enc != (kind == "attachment.encrypted_zip"):
            err(f"{mid}: encrypted zip / kind mismatch")
        if has_enc and exp != "hold":
            err(f"{mid}: encrypted zip on pass")

        # numbers
        body = "\n".join(texts_of(m))
        for c in CARD_RE.finditer(body):
            digits = "".join(c.group(1, 3, 4, 5))
            if not luhn_ok(digits):
                err(f"{mid}: card-like number {c.group(0)} fails Luhn")
        if exp == "hold":
            for c in MYNUM_RE.finditer(body):
                digits = "".join(c.group(1, 3, 4))
                if not mynum_ok(digits):
                    err(f"{mid}: 12-digit number {c.group(0)} fails My Number check digit")

        # personal
        pers = m.get("personal")
        if exp == "pass" and pers:
            err(f"{mid}: pass with personal items")
        if exp == "hold" and not (kind.startswith("recipients.") or kind == "attachment.encrypted_zip"):
            if not pers:
                err(f"{mid}: hold without personal items")
        for p in pers or []:
            if set(p) != {"type", "value"} or not p["value"]:
                err(f"{mid}: bad personal item {p}")
                continue
            if not any(p["value"] in t for t in texts_of(m)):
                err(f"{mid}: personal value not found: {p['value']!r}")

        # meta
        md = meta.get(mid)
        if not md or not all(md.get(k) for k in ("org", "writer", "loc")):
            err(f"{mid}: meta entry missing org/writer/loc")
        elif md["loc"] not in LOCS:
            err(f"{mid}: bad loc {md['loc']}")
    if set(meta) != set(want):
        err("meta.json ids differ from mail ids")

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
