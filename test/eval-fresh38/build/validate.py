#!/usr/bin/env python3
"""Validate fresh.json of blind set 38."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
data = json.load(open(os.path.join(HERE, "..", "fresh.json"), encoding="utf-8"))
errs = []
def err(*a): errs.append(" ".join(str(x) for x in a))

def mn_ok(s):
    d = [int(c) for c in s]
    if len(d) != 12: return False
    body = d[:11][::-1]
    t = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(body, 1))
    r = t % 11
    return d[11] == (0 if r <= 1 else 11 - r)

def luhn(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        t += x
    return t % 10 == 0

def addr(a):
    m = re.search(r"<([^>]+)>", a)
    return (m.group(1) if m else a).strip().lower()

HOLD_PREFIX = ("sensitive.", "id.", "list.", "personal.", "recipients.")
if len(data) != 100: err("count", len(data))
holds = sum(m["expect"] == "hold" for m in data)
if holds != 50: err("holds", holds)
run = 0; prev = None
for i, m in enumerate(data, 1):
    mid = m["id"]
    if mid != "al%03d" % i: err("id order", mid)
    for k in ("expect", "kind", "why", "from", "to", "subject", "text"):
        if k not in m: err(mid, "missing", k)
    run = run + 1 if m["expect"] == prev else 1; prev = m["expect"]
    if run > 3: err(mid, "run > 3")
    k = m["kind"]
    if m["expect"] == "pass":
        if not k.startswith("benign."): err(mid, "pass kind", k)
        if m.get("personal"): err(mid, "pass with personal")
    else:
        if not (k.startswith(HOLD_PREFIX) or k == "attachment.encrypted_zip"): err(mid, "hold kind", k)
    atts = m.get("attachments", [])
    enc = any(a.get("encrypted") for a in atts)
    if enc != (k == "attachment.encrypted_zip"): err(mid, "encrypted zip mismatch")
    for a in atts:
        if a.get("encrypted") and "text" in a: err(mid, "encrypted zip has text")
    hay = [m["subject"], m["text"]] + [a.get("text", "") for a in atts]
    for p in m.get("personal", []):
        v = p["value"]
        if not any(v in h for h in hay): err(mid, "personal not substring", v)
        digits = re.sub(r"\D", "", v)
        if p["type"] == "mynumber" and not mn_ok(digits): err(mid, "bad My Number", v)
        if p["type"] == "card_number" and not luhn(digits): err(mid, "bad Luhn", v)
    # every 12-digit number labelled as My Number in hold text must be valid
    sdom = addr(m["from"]).split("@")[1]
    vis = [addr(a) for a in m["to"] + m.get("cc", [])]
    outside = {a for a in vis if a.split("@")[1] != sdom}
    if len(outside) > 10 and not k.startswith("recipients."): err(mid, ">10 visible outside", len(outside))
    if k.startswith("recipients.") and len(outside) <= 10: err(mid, "recipients kind with", len(outside))
    if m["expect"] == "hold" and k != "recipients.visible_outside" and k != "attachment.encrypted_zip" and not m.get("personal"):
        err(mid, "hold without personal")
# test cards in passes must be Luhn-valid
for m in data:
    if m["expect"] == "pass":
        for c in re.findall(r"\b(?:\d{4}[ -]?){3}\d{4}\b", m["text"]):
            if not luhn(re.sub(r"\D", "", c)): err(m["id"], "pass card not Luhn", c)
if errs:
    print("\n".join(errs)); print("FAIL", len(errs)); sys.exit(1)
from collections import Counter
print("OK: 100 mails, hold", holds, "pass", 100 - holds)
print(Counter(m["kind"] for m in data if m["expect"] == "hold"))
