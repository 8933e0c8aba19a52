#!/usr/bin/env python3
"""Validate fresh.json for blind set 49."""
import json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
data = json.load(open(os.path.join(here, "..", "fresh.json"), encoding="utf-8"))
errs = []
def err(m): errs.append(m)

def mn_ok(x):
    d = re.sub(r"\D", "", x)
    if len(d) != 12: return False
    s = sum(int(d[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    return (0 if r <= 1 else 11 - r) == int(d[11])

def luhn(x):
    d = [int(c) for c in re.sub(r"\D", "", x)]
    if not 13 <= len(d) <= 19: return False
    t = 0
    for i, v in enumerate(reversed(d)):
        if i % 2: v = v * 2 - 9 if v * 2 > 9 else v * 2
        t += v
    return t % 10 == 0

def domain(a):
    m = re.search(r"@([^>\s]+)", a)
    return m.group(1).lower() if m else ""

HOLD_PREFIX = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.encrypted_zip")
if len(data) != 100: err("count %d" % len(data))
nh = sum(m["expect"] == "hold" for m in data); np_ = sum(m["expect"] == "pass" for m in data)
if (nh, np_) != (50, 50): err("hold/pass %d/%d" % (nh, np_))
run = 0; prev = None
for i, m in enumerate(data, 1):
    mid = m.get("id")
    if mid != "aw%03d" % i: err("id order at %d: %s" % (i, mid))
    for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if f not in m: err("%s missing %s" % (mid, f))
    run = run + 1 if m["expect"] == prev else 1; prev = m["expect"]
    if run > 3: err("run > 3 at %s" % mid)
    k = m["kind"]
    if m["expect"] == "pass" and not k.startswith("benign."): err("%s pass kind %s" % (mid, k))
    if m["expect"] == "hold" and not k.startswith(HOLD_PREFIX): err("%s hold kind %s" % (mid, k))
    atts = m.get("attachments", [])
    hay = [m["subject"], m["text"]] + [a.get("text", "") for a in atts]
    for p in m.get("personal", []):
        if not any(p["value"] in h for h in hay): err("%s personal not substring: %r" % (mid, p["value"]))
        if p["type"] == "mynumber" and not mn_ok(p["value"]): err("%s bad mynumber %s" % (mid, p["value"]))
        if p["type"] == "card" and not luhn(p["value"]): err("%s bad luhn %s" % (mid, p["value"]))
    if m["expect"] == "pass" and m.get("personal"): err("%s pass with personal" % mid)
    enc = [a for a in atts if a.get("encrypted")]
    if enc and k != "attachment.encrypted_zip": err("%s encrypted zip on %s" % (mid, k))
    if k == "attachment.encrypted_zip":
        if not enc: err("%s no encrypted attachment" % mid)
        for a in enc:
            if "text" in a or a.get("contentType") != "application/zip": err("%s encrypted zip format" % mid)
    sender_dom = domain(m["from"])
    visible = [a for a in m["to"] + m.get("cc", []) if domain(a) != sender_dom]
    if len(visible) > 10 and not k.startswith("recipients."): err("%s has %d visible outside recipients" % (mid, len(visible)))
    if k.startswith("recipients.") and len(visible) <= 10: err("%s recipients hold with only %d" % (mid, len(visible)))
    # luhn-valid 16-digit strings anywhere: only allowed in holds of id.card or in the dev-minutes pass
    for h in hay:
        for c in re.findall(r"\b(?:\d[ -]?){15,16}\b", h):
            if luhn(c) and not (k == "id.card" or k == "benign.test_card_dev_minutes"):
                err("%s unexpected Luhn-valid number %s" % (mid, c))
from collections import Counter
print("mails:", len(data), "hold:", nh, "pass:", np_)
print("kinds:", dict(sorted(Counter(m["kind"] for m in data).items())))
if errs:
    print("\n".join("ERROR: " + e for e in errs)); sys.exit(1)
print("OK")
