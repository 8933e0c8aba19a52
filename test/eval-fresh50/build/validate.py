#!/usr/bin/env python3
"""Validate ../fresh.json for blind set 50 (ids ax001-ax100)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
recs = json.load(open(os.path.join(os.path.dirname(HERE), "fresh.json"), encoding="utf-8"))
errs = []
def err(i, msg): errs.append(f"{i}: {msg}")

def mn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12: return False
    body = d[:11]
    tot = sum(int(body[10 - k]) * ((k + 2) if k + 1 <= 6 else (k + 1 - 5)) for k in range(11))
    r = tot % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if not 13 <= len(d) <= 19: return False
    tot = 0
    for k, x in enumerate(reversed(d)):
        if k % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return tot % 10 == 0

def addr(x):
    m = re.search(r"<([^>]+)>", x); return (m.group(1) if m else x).strip().lower()

HOLD_PREFIX = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.encrypted_zip")
if len(recs) != 100: err("-", f"{len(recs)} mails, want 100")
cnt = {"hold": 0, "pass": 0}
run, prev = 0, None
for n, r in enumerate(recs, 1):
    i = r.get("id")
    if i != f"ax{n:03d}": err(i, f"id out of order, want ax{n:03d}")
    for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if not r.get(f): err(i, f"missing {f}")
    e = r["expect"]; cnt[e] = cnt.get(e, 0) + 1
    run = run + 1 if e == prev else 1; prev = e
    if run > 3: err(i, "more than 3 same labels in a row")
    k = r["kind"]
    if e == "pass" and not k.startswith("benign."): err(i, "pass kind must be benign.*")
    if e == "hold" and not k.startswith(HOLD_PREFIX): err(i, f"bad hold kind {k}")
    # text pool
    atts = r.get("attachments", [])
    pool = [r["subject"], r["text"]] + [a.get("text", "") for a in atts]
    for p in r.get("personal", []):
        if not any(p["value"] in t for t in pool): err(i, f"personal value not a substring: {p['value']!r}")
        if p["type"] == "mynumber" and not mn_ok(p["value"]): err(i, f"bad My Number check digit {p['value']}")
        if p["type"] == "card" and not luhn_ok(p["value"]): err(i, f"card not Luhn-valid {p['value']}")
    if e == "pass" and r.get("personal"): err(i, "pass mail carries personal[]")
    if e == "hold" and not k.startswith(("recipients.", "attachment.")) and not r.get("personal"):
        err(i, "hold without personal[]")
    # any card-looking 16-digit group in the mail must be Luhn valid
    for t in pool:
        for c in re.findall(r"\b(?:\d{4}[ -]){3}\d{4}\b", t):
            if not luhn_ok(c): err(i, f"card-like number not Luhn-valid: {c}")
    # recipients
    sender_dom = addr(r["from"]).split("@")[1]
    vis = [addr(x) for x in r["to"] + r.get("cc", [])]
    outside = [a for a in vis if a.split("@")[1] != sender_dom]
    if len(outside) > 10 and k != "recipients.visible": err(i, f"{len(outside)} visible outside recipients on {k}")
    if k.startswith("recipients.") and len(outside) <= 10: err(i, "recipients hold with <=10 visible outside")
    for a in vis + [addr(x) for x in r.get("bcc", [])] + [addr(r["from"])]:
        if ".example" not in a: err(i, f"non-synthetic domain {a}")
    # encrypted zips
    enc = [a for a in atts if a.get("encrypted")]
    if enc and k != "attachment.encrypted_zip": err(i, "encrypted zip on non-PPAP kind")
    if k == "attachment.encrypted_zip" and not enc: err(i, "PPAP kind without encrypted zip")
    for a in enc:
        if "text" in a: err(i, "encrypted zip must have no text")
        if not a["filename"].endswith(".zip"): err(i, "encrypted attachment not .zip")
    for a in atts:
        if not a.get("filename") or not a.get("contentType"): err(i, "attachment missing filename/contentType")
if cnt.get("hold") != 50 or cnt.get("pass") != 50: err("-", f"counts {cnt}")
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids): err("-", "duplicate ids")
if errs:
    print("\n".join(errs)); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
print(f"OK: {len(recs)} mails, hold={cnt['hold']} pass={cnt['pass']}, all checks passed")
