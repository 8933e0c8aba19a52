#!/usr/bin/env python3
"""Validate ../fresh.json for blind set 42."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
data = json.load(open(os.path.join(os.path.dirname(HERE), "fresh.json"), encoding="utf-8"))
errs = []
def err(*a): errs.append(" ".join(str(x) for x in a))

def mn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12: return False
    s_ = sum(int(d[11 - n]) * ((n + 1) if n <= 6 else (n - 5)) for n in range(1, 12))
    r = s_ % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)

def luhn(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) < 13: return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2: x = x * 2; x = x - 9 if x > 9 else x
        tot += x
    return tot % 10 == 0

def addr(s):
    m = re.search(r"<([^>]+)>", s)
    return (m.group(1) if m else s).strip().lower()

assert mn_ok("123456789018")
if len(data) != 100: err("count", len(data))
if sum(m["expect"] == "hold" for m in data) != 50: err("holds != 50")
if sum(m["expect"] == "pass" for m in data) != 50: err("passes != 50")
run = 0; prev = None
for i, m in enumerate(data, 1):
    mid = m.get("id")
    if mid != "ap%03d" % i: err("id order", i, mid)
    for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if k not in m: err(mid, "missing", k)
    run = run + 1 if m["expect"] == prev else 1; prev = m["expect"]
    if run > 3: err(mid, "run > 3")
    k = m["kind"]
    if m["expect"] == "pass":
        if not k.startswith("benign."): err(mid, "pass kind", k)
        if m.get("personal"): err(mid, "pass with personal")
    else:
        if not (k.split(".")[0] in ("sensitive", "id", "list", "personal", "recipients") or k == "attachment.encrypted_zip"):
            err(mid, "hold kind", k)
        if k not in ("recipients.visible", "attachment.encrypted_zip") and not m.get("personal"):
            err(mid, "hold without personal")
    hay = [m["subject"], m["text"]] + [a.get("text", "") for a in m.get("attachments", [])]
    for p in m.get("personal", []):
        v = p["value"]
        if not any(v in h for h in hay): err(mid, "personal not substring", v)
        if p["type"] == "mynumber" and not mn_ok(v): err(mid, "bad My Number", v)
        if p["type"] == "card" and not luhn(v): err(mid, "bad Luhn", v)
    sender_dom = addr(m["from"]).split("@")[1]
    vis = {addr(x) for x in m["to"] + m.get("cc", [])}
    outside = [a for a in vis if a.split("@")[1] != sender_dom]
    if len(outside) > 10 and not k.startswith("recipients."): err(mid, ">10 visible outside on", k)
    if k.startswith("recipients.") and len(outside) <= 10: err(mid, "recipients hold with", len(outside))
    enc = any(a.get("encrypted") for a in m.get("attachments", []))
    if enc != (k == "attachment.encrypted_zip"): err(mid, "encrypted zip mismatch", k)
    for a in m.get("attachments", []):
        if a.get("encrypted") and "text" in a: err(mid, "encrypted zip has text")
        if not a.get("encrypted") and a.get("contentType", "").startswith("image/") is False and "text" not in a:
            err(mid, "attachment without text", a["filename"])
    if m["expect"] == "hold" and k.startswith("id.mynumber"):
        if not any(p["type"] == "mynumber" for p in m.get("personal", [])): err(mid, "mynumber hold lacks value")
if errs:
    print("\n".join(errs)); print("FAILED", len(errs)); sys.exit(1)
h = sum(m["expect"] == "hold" for m in data)
print(f"OK: {len(data)} mails, {h} hold / {len(data)-h} pass, ids ap001..ap100, max run <= 3")
