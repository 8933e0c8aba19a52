#!/usr/bin/env python3
"""Validate ../fresh.json of blind set 39."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
data = json.load(open(os.path.join(HERE, "..", "fresh.json"), encoding="utf-8"))
errs = []
def err(m): errs.append(m)

def mynumber_ok(d):
    if len(d) != 12: return False
    p = [int(c) for c in d[:11]][::-1]
    s = sum(p[n-1] * ((n+1) if n <= 6 else (n-5)) for n in range(1, 12))
    r = s % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)

def luhn(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2: x = x*2 - 9 if x*2 > 9 else x*2
        t += x
    return t % 10 == 0

def domain(a):
    m = re.search(r"@([A-Za-z0-9.\-]+)", a)
    return m.group(1).lower() if m else ""

if len(data) != 100: err("count %d" % len(data))
holds = sum(m["expect"] == "hold" for m in data)
if holds != 50: err("holds %d" % holds)
for i, m in enumerate(data, 1):
    if m["id"] != "am%03d" % i: err("id order at %d: %s" % (i, m["id"]))
    for k in ("expect", "kind", "why", "from", "to", "subject", "text"):
        if k not in m: err("%s missing %s" % (m["id"], k))
    if m["expect"] == "pass" and not m["kind"].startswith("benign."): err(m["id"] + " pass kind")
    if m["expect"] == "hold" and not re.match(r"^(sensitive|id|list|personal|recipients)\.|^attachment\.encrypted_zip$", m["kind"]):
        err(m["id"] + " hold kind " + m["kind"])
# runs
run = 1
for a, b in zip(data, data[1:]):
    run = run + 1 if a["expect"] == b["expect"] else 1
    if run > 3: err("run > 3 ending at " + b["id"])
for m in data:
    mid = m["id"]
    blobs = [m["subject"], m["text"]] + [a.get("text", "") for a in m.get("attachments", [])]
    for p in m.get("personal", []):
        if not any(p["value"] in b for b in blobs): err("%s personal not substring: %r" % (mid, p["value"]))
        digits = re.sub(r"\D", "", p["value"])
        if p["type"] == "mynumber" and not mynumber_ok(digits): err("%s bad My Number %s" % (mid, p["value"]))
        if p["type"] == "card" and not luhn(digits): err("%s bad Luhn %s" % (mid, p["value"]))
    if m["expect"] == "hold" and m["kind"] not in ("attachment.encrypted_zip",) and not m["kind"].startswith("recipients.") and not m.get("personal"):
        err(mid + " hold without personal")
    # visible outside recipients
    sd = domain(m["from"])
    parts = sd.split(".")
    parent = ".".join(parts[1:]) if len(parts) >= 5 else sd
    vis = [a for a in m["to"] + m.get("cc", []) if not (domain(a) == sd or domain(a).endswith("." + parent) or domain(a) == parent)]
    if len(vis) > 10 and not m["kind"].startswith("recipients."): err("%s has %d visible outside recipients" % (mid, len(vis)))
    if m["kind"].startswith("recipients.") and len(vis) <= 10: err("%s recipients hold with only %d" % (mid, len(vis)))
    enc = [a for a in m.get("attachments", []) if a.get("encrypted")]
    if enc and m["kind"] != "attachment.encrypted_zip": err(mid + " encrypted zip on wrong kind")
    if m["kind"] == "attachment.encrypted_zip" and not enc: err(mid + " zip kind without encrypted zip")
    for a in enc:
        if "text" in a: err(mid + " encrypted zip has text")
print("mails:", len(data), "hold:", holds, "pass:", len(data) - holds)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
