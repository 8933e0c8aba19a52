#!/usr/bin/env python3
"""Validate ../fresh.json for blind set 47."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
data = json.load(open(os.path.join(os.path.dirname(HERE), "fresh.json"), encoding="utf-8"))
OWN = ("minato-nippo.example.jp", "toko-keibi.example.jp", "asahino-kaigo.example.jp",
       "ja-midoridaira.example.jp", "harbourview-hotels.example.jp")
errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

def mn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12: return False
    p = [int(c) for c in d[:11]][::-1]
    r = sum(p[n-1] * ((n+1) if n <= 6 else (n-5)) for n in range(1, 12)) % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if not 13 <= len(d) <= 19: return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return tot % 10 == 0

def addr(a):
    m = re.search(r"<([^>]+)>", a)
    return (m.group(1) if m else a).strip().lower()

if len(data) != 100: err("set", f"{len(data)} mails, expected 100")
holds = sum(m["expect"] == "hold" for m in data)
if holds != 50: err("set", f"{holds} holds, expected 50")
prefixes = ("sensitive.", "id.", "list.", "personal.", "recipients.")
run, prev = 0, None
for n, m in enumerate(data, 1):
    i = m.get("id")
    if i != f"au{n:03d}": err(i, f"id out of order, expected au{n:03d}")
    for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if k not in m: err(i, f"missing {k}")
    run = run + 1 if m["expect"] == prev else 1; prev = m["expect"]
    if run > 3: err(i, "more than 3 same labels in a row")
    if m["expect"] == "pass":
        if not m["kind"].startswith("benign."): err(i, "pass kind must be benign.*")
        if m.get("personal"): err(i, "pass with personal")
    elif m["expect"] == "hold":
        if not (m["kind"].startswith(prefixes) or m["kind"] == "attachment.encrypted_zip"):
            err(i, f"bad hold kind {m['kind']}")
    else: err(i, "bad expect")
    atts = m.get("attachments", [])
    hay = [m["subject"], m["text"]] + [a.get("text", "") for a in atts]
    for p in m.get("personal", []):
        if not any(p["value"] in h for h in hay): err(i, f"personal not a substring: {p['value']}")
        if p["type"] == "my_number" and not mn_ok(p["value"]): err(i, f"bad My Number check digit {p['value']}")
        if p["type"] == "card_number" and not luhn_ok(p["value"]): err(i, f"card not Luhn-valid {p['value']}")
    enc = any(a.get("encrypted") for a in atts)
    if enc != (m["kind"] == "attachment.encrypted_zip"): err(i, "encrypted zip only and always on attachment.encrypted_zip")
    for a in atts:
        if a.get("encrypted") and "text" in a: err(i, "encrypted zip must have no text")
    vis = {addr(a) for a in m["to"] + m.get("cc", [])}
    outside = [a for a in vis if not a.endswith(OWN)]
    if len(outside) > 10 and not m["kind"].startswith("recipients."): err(i, f"{len(outside)} visible outside recipients on non-recipients mail")
    if m["kind"].startswith("recipients.") and len(outside) <= 10: err(i, "recipients hold with <=10 visible outside")
    if m["expect"] == "hold" and not m["kind"].startswith("recipients.") and m["kind"] != "attachment.encrypted_zip" and not m.get("personal"):
        err(i, "hold without personal")
    if not addr(m["from"]).endswith(OWN): err(i, "sender not from one of the five organisations")
ids = [m["id"] for m in data]
if len(set(ids)) != len(ids): err("set", "duplicate ids")
if errors:
    print("\n".join(errors)); print(f"FAILED: {len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(data)} mails, {holds} hold / {len(data)-holds} pass")
