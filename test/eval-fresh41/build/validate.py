#!/usr/bin/env python3
"""Validate fresh.json for blind set 41."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data = json.load(open(os.path.join(ROOT, "fresh.json"), encoding="utf-8"))
errs = []
def err(s): errs.append(s)

def mynumber_ok(s):
    if not re.fullmatch(r"\d{12}", s): return False
    d = [int(c) for c in s[:11]][::-1]
    t = sum(p * ((n + 1) if n <= 6 else (n - 5)) for n, p in enumerate(d, 1))
    r = t % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return len(d) >= 13 and tot % 10 == 0

def domain(a):
    m = re.search(r"@([^>\s]+)", a)
    return m.group(1).lower() if m else ""

if len(data) != 100: err(f"expected 100 mails, got {len(data)}")
holds = sum(m["expect"] == "hold" for m in data)
if holds != 50: err(f"expected 50 holds, got {holds}")
allowed_hold = ("sensitive.", "id.", "list.", "personal.", "recipients.")
run, prev = 0, None
for i, m in enumerate(data, 1):
    mid = m.get("id")
    if mid != f"ao{i:03d}": err(f"id out of order at {i}: {mid}")
    for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if f not in m: err(f"{mid}: missing {f}")
    run = run + 1 if m["expect"] == prev else 1
    prev = m["expect"]
    if run > 3: err(f"{mid}: run of {run} '{m['expect']}'")
    k = m["kind"]
    if m["expect"] == "pass":
        if not k.startswith("benign."): err(f"{mid}: pass kind {k}")
        if m.get("personal"): err(f"{mid}: pass with personal")
    else:
        if not (k.startswith(allowed_hold) or k == "attachment.encrypted_zip"): err(f"{mid}: hold kind {k}")
        if not m.get("personal") and k not in ("attachment.encrypted_zip", "recipients.visible_many"):
            err(f"{mid}: hold without personal values")
    hay = [m["subject"], m["text"]] + [a.get("text", "") for a in m.get("attachments", [])]
    for p in m.get("personal", []):
        if not any(p["value"] in h for h in hay): err(f"{mid}: personal value not found: {p['value']}")
        if p["type"] == "mynumber" and not mynumber_ok(p["value"]): err(f"{mid}: bad My Number {p['value']}")
        if p["type"] == "card" and not luhn_ok(p["value"]): err(f"{mid}: card fails Luhn {p['value']}")
    # any unmasked 16-digit card-like number anywhere must be Luhn-valid (test numbers)
    for h in hay:
        for c in re.findall(r"(?<![\d*])(?:\d{4}[ -]?){3}\d{4}(?!\d)", h):
            if not luhn_ok(c): err(f"{mid}: card-like number fails Luhn: {c}")
    # encrypted zips
    enc = [a for a in m.get("attachments", []) if a.get("encrypted")]
    if enc and k != "attachment.encrypted_zip": err(f"{mid}: encrypted zip on kind {k}")
    if k == "attachment.encrypted_zip" and not enc: err(f"{mid}: encrypted_zip kind without encrypted attachment")
    for a in enc:
        if "text" in a: err(f"{mid}: encrypted zip has text")
    # visible outside recipients
    sdom = domain(m["from"])
    vis = [a for a in m["to"] + m.get("cc", []) if domain(a) != sdom]
    if len(vis) > 10 and not k.startswith("recipients."): err(f"{mid}: {len(vis)} visible outside recipients on {k}")
    if k.startswith("recipients.") and len(vis) <= 10: err(f"{mid}: recipients hold with only {len(vis)} visible")
# independent check: 12-digit numbers that pass My Number check in passes (informational)
info = []
for m in data:
    if m["expect"] == "pass":
        hay = m["text"] + "".join(a.get("text", "") for a in m.get("attachments", []))
        for n in re.findall(r"(?<!\d)\d{12}(?!\d)", hay):
            if mynumber_ok(n): info.append(f"{m['id']}: {n} passes My Number check (intended decoy)")
for s in info: print("info:", s)
if errs:
    print("\n".join("ERROR: " + e for e in errs)); sys.exit(1)
print(f"OK: {len(data)} mails, hold {holds}, pass {len(data)-holds}, max run <= 3")
