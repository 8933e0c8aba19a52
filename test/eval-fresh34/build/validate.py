#!/usr/bin/env python3
"""Validate fresh.json against the brief's rules."""
import json, re, os, sys, collections

P = os.path.join(os.path.dirname(__file__), "..", "fresh.json")
data = json.load(open(P, encoding="utf-8"))
errs = []
def E(i, msg): errs.append(f"{i}: {msg}")

ORG_DOMAINS = {"shirakaba-visa.jp", "hojo-kaikei.jp", "hayate-kids.jp", "komorebi-pet.jp", "hotel-riviere-sendai.jp"}
FREE = {"gmail.com", "yahoo.co.jp", "yahoo.com", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp",
        "nifty.com", "ybb.ne.jp", "outlook.jp", "web.de"}
KIND_PREFIX = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.")
ALLOWED = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"}

def addr(s):
    m = re.search(r"<([^>]+)>", s)
    return (m.group(1) if m else s).strip().lower()

def mynum_ok(s):
    w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * b for a, b in zip(s[:11], w)) % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)

def luhn(s):
    d = [int(c) for c in s][::-1]
    t = sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d))
    return t % 10 == 0

if len(data) != 100: E("set", f"{len(data)} mails, want 100")
ids = [m["id"] for m in data]
if ids != [f"ah{i:03d}" for i in range(1, 101)]: E("set", "ids not ah001..ah100 in order")
if len(set(ids)) != len(ids): E("set", "duplicate ids")
cnt = collections.Counter(m["expect"] for m in data)
if cnt != {"hold": 50, "pass": 50}: E("set", f"label counts {dict(cnt)}")
run = 1
for a, b in zip(data, data[1:]):
    run = run + 1 if a["expect"] == b["expect"] else 1
    if run > 3: E(b["id"], "more than 3 same labels in a row")

for m in data:
    i = m["id"]
    for k in m:
        if k not in ALLOWED: E(i, f"unknown field {k}")
    for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if not m.get(k): E(i, f"missing {k}")
    if m["expect"] == "pass" and not m["kind"].startswith("benign."): E(i, "pass kind must be benign.*")
    if m["expect"] == "hold" and not m["kind"].startswith(KIND_PREFIX): E(i, "bad hold kind")
    if m["expect"] == "pass" and "personal" in m: E(i, "pass with personal")
    if m["expect"] == "hold" and not m["kind"].startswith(("recipients.", "attachment.")) and not m.get("personal"):
        E(i, "hold without personal items")
    fdom = addr(m["from"]).split("@")[1]
    if fdom not in ORG_DOMAINS: E(i, f"from not on org domain: {fdom}")
    for k in ("to", "cc", "bcc"):
        if k in m and not isinstance(m[k], list): E(i, f"{k} not a list")
    vis = [addr(a) for a in m["to"] + m.get("cc", [])]
    ext = [a for a in vis if a.split("@")[1] != fdom]
    if len(ext) > 10 and not m["kind"].startswith("recipients."): E(i, f"{len(ext)} visible external recipients on non-recipients mail")
    if m["kind"].startswith("recipients."):
        doms = {a.split("@")[1] for a in ext}
        if len(ext) <= 10 or len(doms) < 3: E(i, "recipients hold needs >10 external from different orgs")
    blobs = [m["subject"], m["text"]]
    for a in m.get("attachments", []):
        if not a.get("filename") or not a.get("contentType"): E(i, "attachment missing filename/contentType")
        if a.get("encrypted"):
            if a["contentType"] != "application/zip" or "text" in a: E(i, "encrypted zip format")
        elif a["contentType"] == "image/jpeg":
            if "text" in a: E(i, "jpeg with text")
        else:
            if "text" not in a: E(i, "attachment without text")
            else: blobs.append(a["text"])
        if a["contentType"].endswith("spreadsheetml.sheet") and not a["text"].startswith("[Sheet1]"): E(i, "xlsx without [Sheet1]")
    if m["kind"].startswith("attachment.encrypted") and not any(a.get("encrypted") for a in m.get("attachments", [])):
        E(i, "encrypted kind without encrypted zip")
    if any(a.get("encrypted") for a in m.get("attachments", [])) and m["expect"] != "hold": E(i, "encrypted zip on a pass")
    full = "\n".join(blobs)
    for p in m.get("personal", []):
        if set(p) != {"type", "value"}: E(i, "personal item fields")
        if p["value"] not in full: E(i, f"personal value not a substring: {p['value']!r}")
        if p["type"] == "my_number":
            v = re.sub(r"\D", "", p["value"])
            if len(v) != 12 or not mynum_ok(v): E(i, f"bad My Number {p['value']}")
        if p["type"] == "card_number":
            v = re.sub(r"\D", "", p["value"])
            if not (13 <= len(v) <= 19 and luhn(v)): E(i, f"card not Luhn {p['value']}")
    # every card-like number anywhere must be Luhn-valid
    for c in re.findall(r"(?<!\d)(?:\d{4}[ -]){3}\d{4}(?!\d)", full):
        if not luhn(re.sub(r"\D", "", c)): E(i, f"card-like number not Luhn: {c}")
    # bare 12-digit numbers in a my_number hold must be valid
    if m["kind"] == "id.mynumber":
        for n in re.findall(r"(?<!\d)\d{12}(?!\d)", full):
            if not mynum_ok(n): E(i, f"12-digit number fails check digit: {n}")
    # private addresses should be free-mail/ISP; just report unknown private-looking ones later

kinds = collections.Counter(m["kind"] for m in data)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK:", dict(cnt))
for k, v in sorted(kinds.items()): print(f"  {k}: {v}")
