#!/usr/bin/env python3
"""Validate fresh.json of blind set 48."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
data = json.load(open(os.path.join(os.path.dirname(HERE), "fresh.json"), encoding="utf-8"))
errs = []
def err(m): errs.append(m)

def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12: return False
    body = [int(c) for c in d[:11]][::-1]
    t = sum(p * ((n + 1) if n <= 6 else (n - 5)) for n, p in enumerate(body, 1))
    r = t % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if not 13 <= len(d) <= 19: return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return tot % 10 == 0

def domain(a):
    m = re.search(r"@([A-Za-z0-9.-]+)", a); return m.group(1).lower() if m else ""

if len(data) != 100: err(f"expected 100 mails, got {len(data)}")
holds = sum(m["expect"] == "hold" for m in data)
if holds != 50: err(f"expected 50 holds, got {holds}")
for i, m in enumerate(data, 1):
    if m["id"] != f"av{i:03d}": err(f"id out of order at {i}: {m['id']}")
    for k in ("id","expect","kind","why","from","to","subject","text"):
        if k not in m: err(f"{m.get('id')} missing {k}")
    if m["expect"] == "pass" and not m["kind"].startswith("benign."): err(f"{m['id']} pass kind {m['kind']}")
    if m["expect"] == "hold" and not re.match(r"(sensitive|id|list|personal|recipients)\.|attachment\.encrypted_zip$", m["kind"]):
        err(f"{m['id']} hold kind {m['kind']}")
run, prev = 0, None
for m in data:
    run = run + 1 if m["expect"] == prev else 1; prev = m["expect"]
    if run > 3: err(f"run of {run} {prev} ending at {m['id']}")
for m in data:
    hay = [m["subject"], m["text"]] + [a.get("text", "") for a in m.get("attachments", [])]
    for p in m.get("personal", []):
        if not any(p["value"] in h for h in hay): err(f"{m['id']} personal value not found: {p['value']!r}")
        if p["type"] == "mynumber" and not mynumber_ok(p["value"]): err(f"{m['id']} bad My Number {p['value']}")
        if p["type"] == "card" and not luhn_ok(p["value"]): err(f"{m['id']} card not Luhn-valid {p['value']}")
    if m["expect"] == "hold" and not m["kind"].startswith(("recipients.", "attachment.")) and not m.get("personal"):
        err(f"{m['id']} hold without personal values")
    if m["expect"] == "pass" and m.get("personal"): err(f"{m['id']} pass carries personal values")
    sd = domain(m["from"])
    outside = [a for a in m["to"] + m.get("cc", []) if domain(a) != sd]
    if len(outside) > 10 and not m["kind"].startswith("recipients."): err(f"{m['id']} {len(outside)} visible outside recipients but kind {m['kind']}")
    if m["kind"].startswith("recipients.") and len(outside) <= 10: err(f"{m['id']} recipients hold with only {len(outside)} outside")
    enc = [a for a in m.get("attachments", []) if a.get("encrypted")]
    if enc and m["kind"] != "attachment.encrypted_zip": err(f"{m['id']} encrypted zip on {m['kind']}")
    if m["kind"] == "attachment.encrypted_zip" and not enc: err(f"{m['id']} encrypted_zip kind without encrypted attachment")
    for a in enc:
        if "text" in a: err(f"{m['id']} encrypted zip has text")
# informational: 12-digit tracking numbers in passes that pass the My Number check
for m in data:
    if m["expect"] == "pass":
        for n in re.findall(r"(?<!\d)\d{12}(?!\d)", m["text"].replace("-", "")):
            if mynumber_ok(n): print(f"info: {m['id']} pass contains check-digit-valid 12-digit number {n}")
if errs:
    print("\n".join("ERROR: " + e for e in errs)); sys.exit(1)
print(f"OK: {len(data)} mails, {holds} hold / {len(data)-holds} pass")
