#!/usr/bin/env python3
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
data = json.load(open(os.path.join(OUT, "fresh.json"), encoding="utf-8"))
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
err = []
def E(*a): err.append(" ".join(str(x) for x in a))

def mn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12: return False
    tot = 0
    for n in range(1, 12):
        p = int(d[11 - n]); q = n + 1 if n <= 6 else n - 5; tot += p * q
    r = tot % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)
def luhn(s):
    d = [int(x) for x in re.sub(r"\D", "", s)][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0
def addr(s):
    m = re.search(r"<([^>]+)>", s); return (m.group(1) if m else s).strip().lower()
def dom(a): return a.split("@")[-1]

if len(data) != 100: E("count", len(data))
c = collections.Counter(o["expect"] for o in data)
if c["hold"] != 50 or c["pass"] != 50: E("split", c)
for i, o in enumerate(data, 1):
    if o["id"] != "az%03d" % i: E("id order", o["id"])
run = best = 0; prev = None
for o in data:
    run = run + 1 if o["expect"] == prev else 1; prev = o["expect"]; best = max(best, run)
if best > 3: E("run", best)
KP = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.encrypted_zip")
for o in data:
    for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if f not in o: E(o["id"], "missing", f)
    if o["expect"] == "pass" and not o["kind"].startswith("benign."): E(o["id"], "pass kind", o["kind"])
    if o["expect"] == "hold" and not o["kind"].startswith(KP): E(o["id"], "hold kind", o["kind"])
    hay = [o["subject"], o["text"]] + [a.get("text", "") for a in o.get("attachments", [])]
    for p in o.get("personal", []):
        if not any(p["value"] in h for h in hay): E(o["id"], "personal not substring", p)
        if p["type"] == "mynumber" and not mn_ok(p["value"]): E(o["id"], "bad mynumber", p["value"])
        if p["type"] == "card" and not luhn(p["value"]): E(o["id"], "bad luhn", p["value"])
    if o["expect"] == "hold" and o["kind"] not in ("recipients.visible", "attachment.encrypted_zip") and not o.get("personal"):
        E(o["id"], "hold without personal")
    # card-like numbers anywhere must be Luhn-valid
    for h in hay:
        for m in re.finditer(r"(?<![\d*])(?:\d{4}[ -]){3}\d{4}(?!\d)", h):
            if not luhn(m.group()): E(o["id"], "card-like number not Luhn", m.group())
    sd = dom(addr(o["from"]))
    vis = [addr(x) for x in o["to"] + o.get("cc", [])]
    outside = [a for a in vis if dom(a) != sd]
    if len(outside) > 10 and not o["kind"].startswith("recipients."): E(o["id"], ">10 visible outside on", o["kind"])
    if o["kind"].startswith("recipients.") and len(outside) <= 10: E(o["id"], "recipients hold with only", len(outside))
    enc = any(a.get("encrypted") for a in o.get("attachments", []))
    if enc != (o["kind"] == "attachment.encrypted_zip"): E(o["id"], "encrypted zip mismatch")
    for a in o.get("attachments", []):
        if a.get("encrypted") and "text" in a: E(o["id"], "encrypted zip with text")
    if meta[o["id"]]["loc"] is None and o["expect"] == "hold": E(o["id"], "hold without loc")
# informational: 12-digit numbers passing the My Number check in passes
for o in data:
    if o["expect"] != "pass": continue
    for h in [o["subject"], o["text"]] + [a.get("text", "") for a in o.get("attachments", [])]:
        for m in re.finditer(r"(?<!\d)\d{4} ?\d{4} ?\d{4}(?!\d)", h):
            if mn_ok(m.group()): print("info:", o["id"], "pass contains check-digit-valid 12-digit number", m.group())
locs = collections.Counter(v["loc"] for v in meta.values() if v["loc"])
print("holds by location:", dict(locs))
print("by kind:", dict(collections.Counter(o["kind"] for o in data)))
if err:
    print("\n".join(err)); print("FAILED", len(err)); sys.exit(1)
print("OK: 100 mails, 50 hold / 50 pass, max run", best)
