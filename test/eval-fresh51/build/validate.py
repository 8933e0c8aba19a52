#!/usr/bin/env python3
"""Check fresh.json of blind set 51 against the brief's rules."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
data = json.load(open(os.path.join(HERE, "..", "fresh.json"), encoding="utf-8"))
errs = []
def err(m): errs.append(m)

def mn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12: return False
    ds = [int(c) for c in d[:11]][::-1]
    r = sum(p * ((n + 1) if n <= 6 else (n - 5)) for n, p in enumerate(ds, 1)) % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)

def luhn(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    if not 13 <= len(d) <= 19: return False
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0

def dom(a):
    m = re.search(r"@([A-Za-z0-9.-]+)", a); return m.group(1).lower() if m else ""

if len(data) != 100: err(f"count {len(data)} != 100")
h = sum(m["expect"] == "hold" for m in data); p = sum(m["expect"] == "pass" for m in data)
if (h, p) != (50, 50): err(f"hold/pass {h}/{p}")
req = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
allowed = set(req) | {"cc", "bcc", "attachments", "personal"}
prefixes = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.encrypted_zip")
run, prev = 0, None
for i, m in enumerate(data, 1):
    mid = m.get("id")
    if mid != f"ay{i:03d}": err(f"id order at {i}: {mid}")
    for f in req:
        if f not in m: err(f"{mid}: missing {f}")
    if set(m) - allowed: err(f"{mid}: extra fields {set(m) - allowed}")
    if not isinstance(m["to"], list) or not m["to"]: err(f"{mid}: to must be non-empty list")
    run = run + 1 if m["expect"] == prev else 1; prev = m["expect"]
    if run > 3: err(f"{mid}: run of {run} {m['expect']}")
    k = m["kind"]
    if m["expect"] == "pass" and not k.startswith("benign."): err(f"{mid}: pass kind {k}")
    if m["expect"] == "hold" and not k.startswith(prefixes): err(f"{mid}: hold kind {k}")
    hay = [m["subject"], m["text"]] + [a.get("text", "") for a in m.get("attachments", [])]
    for pv in m.get("personal", []):
        if not any(pv["value"] in x for x in hay): err(f"{mid}: personal not substring: {pv['value'][:40]}")
        if pv["type"] == "mynumber" and not mn_ok(pv["value"]): err(f"{mid}: bad My Number check digit {pv['value']}")
        if pv["type"] == "card" and not luhn(pv["value"]): err(f"{mid}: card not Luhn {pv['value']}")
    if m["expect"] == "pass" and m.get("personal"): err(f"{mid}: pass with personal")
    # full card-like numbers anywhere must be Luhn valid
    for x in hay:
        for c in re.findall(r"\b(?:\d{4}[ -]){3}\d{4}\b", x):
            if luhn(c) is False and m["expect"] == "hold" and k == "id.card": err(f"{mid}: non-Luhn card {c}")
    sd = dom(m["from"])
    outside = [a for a in m["to"] + m.get("cc", []) if dom(a) != sd]
    if len(outside) > 10 and not k.startswith("recipients."): err(f"{mid}: {len(outside)} visible outside recipients on {k}")
    if k.startswith("recipients.") and len(outside) <= 10: err(f"{mid}: recipients hold with only {len(outside)}")
    enc = any(a.get("encrypted") for a in m.get("attachments", []))
    if enc != (k == "attachment.encrypted_zip"): err(f"{mid}: encrypted zip / kind mismatch")
    for a in m.get("attachments", []):
        if a.get("encrypted") and "text" in a: err(f"{mid}: encrypted zip with text")
        if not {"filename", "contentType"} <= set(a): err(f"{mid}: attachment fields")
ids = [m["id"] for m in data]
if len(set(ids)) != 100: err("duplicate ids")
if errs:
    print("\n".join(errs)); print(f"FAILED: {len(errs)} problem(s)"); sys.exit(1)
print(f"OK: 100 mails, hold {h}, pass {p}, max run <= 3, all checks passed")
