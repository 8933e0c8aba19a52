#!/usr/bin/env python3
"""Standalone check of ../fresh.json (independent of the generator)."""
import json, re, sys, os
from collections import Counter
here = os.path.dirname(os.path.abspath(__file__))
data = json.load(open(os.path.join(here, "..", "fresh.json"), encoding="utf-8"))
errs = []
def mynumber_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 12: return False
    r = sum(int(a)*b for a, b in zip(d[:11], [6,5,4,3,2,7,6,5,4,3,2])) % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)
def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    t = sum((v*2 - 9 if v*2 > 9 else v*2) if i % 2 else v for i, v in enumerate(reversed(d)))
    return 13 <= len(d) <= 19 and t % 10 == 0
def addr(s):
    m = re.search(r"<([^>]+)>", s); return (m.group(1) if m else s).strip().lower()

assert isinstance(data, list)
if len(data) != 100: errs.append("not 100")
ids = [x["id"] for x in data]
if ids != [f"aj{i:03d}" for i in range(1, 101)]: errs.append("ids not aj001..aj100 in order")
c = Counter(x["expect"] for x in data)
if c != Counter(hold=50, **{"pass": 50}): errs.append(f"labels {c}")
run = best = 1
for a, b in zip(data, data[1:]):
    run = run + 1 if a["expect"] == b["expect"] else 1; best = max(best, run)
if best > 3: errs.append(f"label run {best}")
allowed = {"id","expect","kind","why","from","to","cc","bcc","subject","text","attachments","personal"}
for x in data:
    i = x["id"]
    if set(x) - allowed: errs.append(f"{i} extra fields {set(x)-allowed}")
    if x["expect"] == "pass" and (not x["kind"].startswith("benign.") or "personal" in x): errs.append(f"{i} pass kind/personal")
    if x["expect"] == "hold" and x["kind"].split(".")[0] not in ("sensitive","id","list","personal","recipients","attachment"): errs.append(f"{i} hold kind")
    dom = addr(x["from"]).split("@")[1]
    vis = [addr(a) for a in x["to"] + x.get("cc", [])]
    outside = [a for a in vis if not a.endswith("@" + dom)]
    if (len(outside) > 10) != x["kind"].startswith("recipients."): errs.append(f"{i} >10 outside visible mismatch ({len(outside)})")
    texts = [x["subject"], x["text"]] + [a["text"] for a in x.get("attachments", []) if "text" in a]
    for a in x.get("attachments", []):
        if a.get("encrypted") and ("text" in a or a["contentType"] != "application/zip"): errs.append(f"{i} bad encrypted zip")
        if a["contentType"] == "image/jpeg" and "text" in a: errs.append(f"{i} image has text")
    if any(a.get("encrypted") for a in x.get("attachments", [])) != (x["kind"] == "attachment.encrypted_zip"): errs.append(f"{i} PPAP mismatch")
    for p in x.get("personal", []):
        if not any(p["value"] in t for t in texts): errs.append(f"{i} personal not substring {p['value']!r}")
        if p["type"] == "mynumber" and not mynumber_ok(p["value"]): errs.append(f"{i} My Number check digit {p['value']}")
        if p["type"] == "card_number" and not luhn_ok(p["value"]): errs.append(f"{i} Luhn {p['value']}")
    if x["kind"] == "id.mynumber" and not any(p["type"] == "mynumber" for p in x.get("personal", [])): errs.append(f"{i} mynumber hold without value")
    if x["kind"] == "id.card" and not any(p["type"] == "card_number" for p in x.get("personal", [])): errs.append(f"{i} card hold without value")
print("\n".join(errs) if errs else f"fresh.json valid: {len(data)} mails, {dict(c)}, max label run {best}")
sys.exit(1 if errs else 0)
