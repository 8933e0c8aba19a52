#!/usr/bin/env python3
"""Validate fresh.json of blind set 44. Exit code 1 on any failure."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "fresh.json")
PREFIX = "ar"
errors = []

def err(mid, msg):
    errors.append(f"{mid}: {msg}")

def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12:
        return False
    total = 0
    for n in range(1, 12):
        p = int(d[11 - n]); q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

def addr(a):
    m = re.search(r"<([^>]+)>", a)
    return (m.group(1) if m else a).strip().lower()

def domain(a):
    return addr(a).rsplit("@", 1)[-1]

data = json.load(open(PATH, encoding="utf-8"))
if len(data) != 100:
    err("set", f"{len(data)} mails, expected 100")
holds = sum(1 for m in data if m["expect"] == "hold")
passes = sum(1 for m in data if m["expect"] == "pass")
if (holds, passes) != (50, 50):
    err("set", f"hold/pass = {holds}/{passes}")

KIND_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
run, prev = 0, None
for i, m in enumerate(data, 1):
    mid = m.get("id")
    if mid != f"{PREFIX}{i:03d}":
        err(mid, f"id out of order, expected {PREFIX}{i:03d}")
    for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if f not in m:
            err(mid, f"missing field {f}")
    if not isinstance(m.get("to"), list):
        err(mid, "to is not an array")
    # label runs
    run = run + 1 if m["expect"] == prev else 1
    prev = m["expect"]
    if run > 3:
        err(mid, "more than 3 same labels in a row")
    kind = m["kind"]
    if m["expect"] == "pass":
        if not kind.startswith("benign."):
            err(mid, "pass kind must be benign.*")
        if m.get("personal"):
            err(mid, "pass mail carries personal[]")
    else:
        if not (kind.startswith(KIND_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(mid, f"bad hold kind {kind}")
    # personal values are exact substrings
    atts = m.get("attachments", [])
    hay = [m["subject"], m["text"]] + [a.get("text", "") for a in atts]
    for p in m.get("personal", []):
        if not any(p["value"] in h for h in hay):
            err(mid, f"personal value not found: {p['value']!r}")
        if p["type"] == "mynumber" and not mynumber_ok(p["value"]):
            err(mid, f"bad My Number check digit: {p['value']}")
        if p["type"] == "card" and not luhn_ok(p["value"]):
            err(mid, f"card fails Luhn: {p['value']}")
    # every card-like 15/16-digit group in any text is Luhn-valid
    for h in hay:
        for c in re.findall(r"(?<![\d*])(?:\d{4}[ -]?){3}\d{4}(?![\d])|(?<![\d*])\d{4}[ -]?\d{6}[ -]?\d{5}(?!\d)", h):
            digits = re.sub(r"\D", "", c)
            if digits[0] in "3456" and len(digits) in (15, 16) and not luhn_ok(digits):
                # 16-digit strings that are not cards (e.g. JAN-like) are allowed only in pass mails
                if m["expect"] == "hold":
                    err(mid, f"card-like number fails Luhn: {c}")
    # encrypted zips
    enc = [a for a in atts if a.get("encrypted")]
    if enc and kind != "attachment.encrypted_zip":
        err(mid, "encrypted zip on a mail whose kind is not attachment.encrypted_zip")
    if kind == "attachment.encrypted_zip" and not enc:
        err(mid, "attachment.encrypted_zip without an encrypted attachment")
    for a in enc:
        if "text" in a:
            err(mid, "encrypted attachment must not have text")
    # visible outside recipients
    sdom = domain(m["from"])
    visible = m.get("to", []) + m.get("cc", [])
    outside = {addr(a) for a in visible if domain(a) != sdom}
    if len(outside) > 10 and not kind.startswith("recipients."):
        err(mid, f"{len(outside)} visible outside recipients but kind is {kind}")
    if kind.startswith("recipients.") and len(outside) <= 10:
        err(mid, f"recipients.* hold with only {len(outside)} visible outside recipients")

# My Number holds exist and all have a mynumber personal entry
for m in data:
    if m["kind"] == "id.mynumber" and not any(p["type"] == "mynumber" for p in m.get("personal", [])):
        err(m["id"], "id.mynumber without mynumber personal value")

if errors:
    print("FAIL")
    for e in errors:
        print("  " + e)
    sys.exit(1)
from collections import Counter
print(f"OK: {len(data)} mails, hold {holds} / pass {passes}")
for k, v in sorted(Counter(m['kind'] for m in data).items()):
    print(f"  {v:2d}  {k}")
