# -*- coding: utf-8 -*-
"""Validate eval-fresh56/fresh.json and build/meta.json against the brief's rules."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from numtools import mynumber_ok, luhn_ok

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "bd"
errs = []
def err(m): errs.append(m)

data = json.load(open(os.path.join(OUT, "fresh.json"), encoding="utf-8"))
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))

if len(data) != 100: err(f"expected 100 mails, got {len(data)}")
for i, r in enumerate(data):
    if r.get("id") != f"{PREFIX}{i+1:03d}": err(f"id order at {i}: {r.get('id')}")
nh = sum(r.get("expect") == "hold" for r in data); npass = sum(r.get("expect") == "pass" for r in data)
if (nh, npass) != (50, 50): err(f"hold/pass = {nh}/{npass}")
run = 1
for i in range(1, len(data)):
    run = run + 1 if data[i]["expect"] == data[i-1]["expect"] else 1
    if run > 3: err(f"run of >3 equal expect ending at {data[i]['id']}")

ADDR = re.compile(r"^[^<>]+ <[^@\s<>]+@([^@\s<>]+)>$")
def dom(a):
    m = ADDR.match(a)
    return m.group(1).lower() if m else None

def texts(r):
    yield r["subject"]; yield r["text"]
    for a in r.get("attachments", []) or []:
        if "text" in a: yield a["text"]

CARD = re.compile(r"(?<![\d])(\d{4})[ -](\d{4})[ -](\d{4})[ -](\d{4})(?![\d])|(?<![\d])(\d{16})(?![\d])")
KIND_PREFIX = ("sensitive.", "id.", "list.", "personal.", "recipients.")
for r in data:
    rid = r.get("id")
    for f in ["id", "expect", "kind", "why", "from", "to", "subject", "text"]:
        if f not in r or r[f] in (None, "", []): err(f"{rid}: missing {f}")
    if r["expect"] not in ("hold", "pass"): err(f"{rid}: bad expect")
    k = r["kind"]
    if r["expect"] == "pass" and not k.startswith("benign."): err(f"{rid}: pass with kind {k}")
    if r["expect"] == "hold" and not (k.startswith(KIND_PREFIX) or k == "attachment.encrypted_zip"): err(f"{rid}: hold with kind {k}")
    # addresses
    for fld in ["to", "cc", "bcc"]:
        if fld in r and not isinstance(r[fld], list): err(f"{rid}: {fld} not a list")
        for a in r.get(fld, []) or []:
            if dom(a) is None: err(f"{rid}: bad address {a!r}")
    if dom(r["from"]) is None: err(f"{rid}: bad from {r['from']!r}")
    sd = dom(r["from"])
    outside = [a for a in (r.get("to", []) + r.get("cc", [])) if dom(a) and dom(a) != sd]
    if k.startswith("recipients."):
        if len(outside) <= 10: err(f"{rid}: recipients hold with only {len(outside)} outside")
    elif len(outside) > 10: err(f"{rid}: {len(outside)} visible outside recipients on non-recipients mail")
    # personal
    needs_personal = r["expect"] == "hold" and not k.startswith("recipients.") and k != "attachment.encrypted_zip"
    if needs_personal and not r.get("personal"): err(f"{rid}: hold without personal")
    if r["expect"] == "pass" and r.get("personal"): err(f"{rid}: pass with personal")
    alltext = list(texts(r))
    for p in r.get("personal", []) or []:
        if not p.get("type") or not p.get("value"): err(f"{rid}: bad personal item {p}")
        elif not any(p["value"] in t for t in alltext): err(f"{rid}: personal value not found: {p['value']!r}")
        if p.get("type") == "mynumber" and not mynumber_ok(p["value"]): err(f"{rid}: mynumber check digit fails {p['value']}")
    # cards
    for t in alltext:
        for m in CARD.finditer(t):
            num = "".join(g for g in m.groups() if g)
            if not luhn_ok(num): err(f"{rid}: card-like number not Luhn-valid: {m.group(0)}")
    # attachments / zips
    enc = [a for a in r.get("attachments", []) or [] if a.get("encrypted")]
    for a in r.get("attachments", []) or []:
        if not a.get("filename") or not a.get("contentType"): err(f"{rid}: attachment missing filename/contentType")
        if a.get("encrypted"):
            if a.get("contentType") != "application/zip": err(f"{rid}: encrypted non-zip")
            if "text" in a: err(f"{rid}: encrypted zip carries text")
        elif "text" not in a: err(f"{rid}: attachment without text")
    if (k == "attachment.encrypted_zip") != bool(enc): err(f"{rid}: encrypted zip / kind mismatch")
    # meta
    mt = meta.get(rid)
    if not mt: err(f"{rid}: no meta"); continue
    for f in ["org", "writer", "loc"]:
        if f not in mt: err(f"{rid}: meta missing {f}")
    loc = mt.get("loc")
    if r["expect"] == "pass" and loc is not None: err(f"{rid}: pass with loc {loc}")
    if r["expect"] == "hold" and loc not in ("body", "attachment", "quoted", "subject", "zip", "recipients"): err(f"{rid}: bad loc {loc}")
    if (loc == "zip") != (k == "attachment.encrypted_zip"): err(f"{rid}: loc zip / kind mismatch")
    if (loc == "recipients") != k.startswith("recipients."): err(f"{rid}: loc recipients / kind mismatch")

# per org 10/10
from collections import Counter
c = Counter((meta[r["id"]]["org"], r["expect"]) for r in data)
for (o, e), n in c.items():
    if n != 10: err(f"org {o} has {n} {e}")
if len({meta[r['id']]['org'] for r in data}) != 5: err("expected 5 orgs")
if set(meta) != {r["id"] for r in data}: err("meta ids differ from data ids")

if errs:
    print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
print("OK")
