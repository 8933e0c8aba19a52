#!/usr/bin/env python3
"""Checks for blind set 45 fresh.json."""
import json, os, re, sys
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data = json.load(open(os.path.join(OUT, "fresh.json"), encoding="utf-8"))
errs = []
def err(m): errs.append(m)

def mn_ok(s):
    d = [int(c) for c in s]
    if len(d) != 12: return False
    body = d[:11][::-1]
    t = sum(x * ((n + 1) if n <= 6 else (n - 5)) for n, x in enumerate(body, 1))
    r = t % 11
    return d[11] == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2: x *= 2; x -= 9 if x > 9 else 0
        t += x
    return t % 10 == 0

def addr(x):
    m = re.search(r"<([^>]+)>", x); return (m.group(1) if m else x).strip().lower()
def dom(a): return a.split("@")[1]

if len(data) != 100: err(f"count {len(data)}")
c = Counter(m["expect"] for m in data)
if c["hold"] != 50 or c["pass"] != 50: err(f"labels {c}")
for i, m in enumerate(data, 1):
    if m["id"] != f"as{i:03d}": err(f"id order at {i}: {m['id']}")
run = 1
for a, b in zip(data, data[1:]):
    run = run + 1 if a["expect"] == b["expect"] else 1
    if run > 3: err(f"run >3 ending at {b['id']}")
KINDP = ("sensitive.", "id.", "list.", "personal.", "recipients.")
for m in data:
    i = m["id"]
    for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if f not in m: err(f"{i} missing {f}")
    if m["expect"] == "pass" and not m["kind"].startswith("benign."): err(f"{i} pass kind {m['kind']}")
    if m["expect"] == "hold" and not (m["kind"].startswith(KINDP) or m["kind"] == "attachment.encrypted_zip"): err(f"{i} hold kind {m['kind']}")
    hay = [m["subject"], m["text"]] + [a.get("text", "") for a in m.get("attachments", [])]
    for p in m.get("personal", []):
        if not any(p["value"] in h for h in hay): err(f"{i} personal not substring: {p['value']}")
        digits = re.sub(r"\D", "", p["value"])
        if p["type"] == "mynumber" and not mn_ok(digits): err(f"{i} bad My Number {p['value']}")
        if p["type"] == "card_number" and not luhn_ok(digits): err(f"{i} bad Luhn {p['value']}")
    # any 個人番号/マイナンバー labelled number in text must be valid
    for h in hay:
        for mm in re.finditer(r"(?:個人番号|マイナンバー)[^0-9\n]{0,6}([0-9][0-9 \-]{10,16}[0-9])", h):
            dg = re.sub(r"\D", "", mm.group(1))
            if len(dg) == 12 and not mn_ok(dg): err(f"{i} labelled My Number invalid {dg}")
    sd = dom(addr(m["from"]))
    vis = [addr(x) for x in m["to"] + m.get("cc", [])]
    outside = [a for a in vis if dom(a) != sd]
    if len(outside) > 10 and not m["kind"].startswith("recipients."): err(f"{i} {len(outside)} outside visible but kind {m['kind']}")
    if m["kind"].startswith("recipients.") and len(outside) <= 10: err(f"{i} recipients hold with only {len(outside)}")
    enc = any(a.get("encrypted") for a in m.get("attachments", []))
    if enc != (m["kind"] == "attachment.encrypted_zip"): err(f"{i} encrypted zip / kind mismatch")
    for a in m.get("attachments", []):
        if a.get("encrypted") and "text" in a: err(f"{i} encrypted zip has text")
    if m["expect"] == "hold" and m["kind"] not in ("attachment.encrypted_zip",) and not m["kind"].startswith("recipients.") and not m.get("personal"):
        err(f"{i} hold without personal")
# card-like numbers in pass mails: only allowed in dev/test context
for m in data:
    if m["expect"] == "pass":
        for h in [m["text"]] + [a.get("text", "") for a in m.get("attachments", [])]:
            for mm in re.finditer(r"\b(?:\d{4}[ -]){3}\d{4}\b", h):
                dg = re.sub(r"\D", "", mm.group(0))
                if luhn_ok(dg) and "dev" not in m["kind"]: err(f"{m['id']} full Luhn card in pass {mm.group(0)}")
if errs:
    print("\n".join(errs)); print(f"FAILED: {len(errs)} problems"); sys.exit(1)
print(f"OK: {len(data)} mails, hold {c['hold']} / pass {c['pass']}")
print("kinds:", dict(Counter(m['kind'].split('.')[0] for m in data)))
