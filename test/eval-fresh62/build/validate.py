#!/usr/bin/env python3
"""Validate eval-fresh62/fresh.json against the blind-brief rules. Prints OK or the list of problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREFIX = "bj"
errs = []
def err(msg): errs.append(msg)

mails = json.load(open(os.path.join(ROOT, "fresh.json"), encoding="utf-8"))
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))

ADDR = re.compile(r"^[^<>]+ <([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})>$")
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}

def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12: return False
    p = [int(c) for c in d[:11]][::-1]
    t = sum(p[n-1] * ((n+1) if n <= 6 else (n-5)) for n in range(1, 12))
    r = t % 11
    return (0 if r <= 1 else 11 - r) == int(d[11])

def luhn_ok(s):
    d = re.sub(r"\D", "", s); tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2: n = n*2 - 9 if n*2 > 9 else n*2
        tot += n
    return tot % 10 == 0

CARD = re.compile(r"(?<!\d)(\d{4}([ -]?)\d{4}\2\d{4}\2\d{4})(?!\d)")

def domain(a):
    m = ADDR.match(a)
    return m.group(2).lower() if m else None

# --- global counts
if len(mails) != 100: err(f"expected 100 mails, got {len(mails)}")
exp = Counter(m.get("expect") for m in mails)
if exp["hold"] != 50 or exp["pass"] != 50: err(f"hold/pass = {exp['hold']}/{exp['pass']}, want 50/50")
for i, m in enumerate(mails, 1):
    want = f"{PREFIX}{i:03d}"
    if m.get("id") != want: err(f"position {i}: id {m.get('id')} != {want}")
run = 1
for i in range(1, len(mails)):
    run = run + 1 if mails[i]["expect"] == mails[i-1]["expect"] else 1
    if run > 3: err(f"{mails[i]['id']}: run of {run} equal expect")

# --- per mail
for m in mails:
    mid = m.get("id", "?")
    for f in ["id", "expect", "kind", "why", "from", "to", "subject", "text"]:
        if f not in m or m[f] in (None, "", []):
            err(f"{mid}: missing field {f}")
    allowed = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"}
    extra = set(m) - allowed
    if extra: err(f"{mid}: unexpected fields {extra}")
    e, k = m.get("expect"), m.get("kind", "")
    if e == "pass" and not k.startswith("benign."): err(f"{mid}: pass with kind {k}")
    if e == "hold" and not (k.startswith(HOLD_PREFIXES) or k == "attachment.encrypted_zip"):
        err(f"{mid}: hold with kind {k}")
    if e not in ("hold", "pass"): err(f"{mid}: bad expect {e}")
    # addresses
    addrs = [m.get("from", "")] + m.get("to", []) + m.get("cc", []) + m.get("bcc", [])
    for a in addrs:
        if not ADDR.match(a): err(f"{mid}: bad address {a!r}")
        elif not re.search(r"(example\.[a-z.]+|gmail\.com)$", domain(a)):
            err(f"{mid}: non-example domain {a}")
    sdom = domain(m.get("from", ""))
    outside = [a for a in m.get("to", []) + m.get("cc", []) if domain(a) != sdom]
    is_rec = k.startswith("recipients.")
    if is_rec and len(outside) <= 10: err(f"{mid}: recipients hold with only {len(outside)} outside")
    if not is_rec and len(outside) > 10: err(f"{mid}: {len(outside)} outside recipients but kind {k}")
    # attachments
    atts = m.get("attachments", [])
    has_enc = False
    for a in atts:
        if a.get("encrypted"):
            has_enc = True
            if a.get("contentType") != "application/zip": err(f"{mid}: encrypted non-zip")
            if "text" in a: err(f"{mid}: encrypted zip carries text")
            if set(a) - {"filename", "contentType", "encrypted"}: err(f"{mid}: extra keys in encrypted zip")
        else:
            for f in ("filename", "contentType", "text"):
                if not a.get(f): err(f"{mid}: attachment missing {f}")
    if has_enc != (k == "attachment.encrypted_zip"):
        err(f"{mid}: encrypted zip presence ({has_enc}) does not match kind {k}")
    # personal
    texts = [m.get("subject", ""), m.get("text", "")] + [a.get("text", "") for a in atts]
    blob = "\n".join(texts)
    needs_personal = e == "hold" and not is_rec and k != "attachment.encrypted_zip"
    pers = m.get("personal")
    if needs_personal and not pers: err(f"{mid}: hold without personal")
    if e == "pass" and pers: err(f"{mid}: pass carries personal")
    for p in pers or []:
        if set(p) != {"type", "value"}: err(f"{mid}: bad personal item {p}")
        if p.get("value") not in blob: err(f"{mid}: personal value not found: {p.get('value')!r}")
        if p.get("type") == "mynumber" and not mynumber_ok(p["value"]):
            err(f"{mid}: mynumber check digit fails {p['value']}")
        if p.get("type") == "card" and CARD.search(p["value"]) and not luhn_ok(p["value"]):
            err(f"{mid}: card value not Luhn-valid")
    # card-like numbers anywhere
    for t in texts + addrs:
        for mm in CARD.finditer(t):
            if not luhn_ok(mm.group(1)): err(f"{mid}: card-like number not Luhn-valid: {mm.group(1)}")
    # meta
    md = meta.get(mid)
    if not md: err(f"{mid}: missing in meta.json"); continue
    for f in ("org", "writer", "loc"):
        if f not in md: err(f"{mid}: meta missing {f}")
    loc = md.get("loc")
    if e == "pass" and loc is not None: err(f"{mid}: pass with loc {loc}")
    if e == "hold":
        if loc not in LOCS: err(f"{mid}: bad loc {loc}")
        if (loc == "zip") != (k == "attachment.encrypted_zip"): err(f"{mid}: loc zip vs kind {k}")
        if (loc == "recipients") != is_rec: err(f"{mid}: loc recipients vs kind {k}")
        vals = [p["value"] for p in pers or []]
        if loc == "subject":
            if not any(v in m["subject"] for v in vals): err(f"{mid}: subject hold without personal value in subject")
            for v in vals:
                if v in m["text"]: err(f"{mid}: subject hold but {v!r} also in body")
        if loc == "attachment":
            for v in vals:
                if v in m["subject"] or v in m["text"]: err(f"{mid}: attachment hold but {v!r} in subject/body")
        if loc in ("body", "quoted"):
            for v in vals:
                if v in m["subject"]: err(f"{mid}: {loc} hold but {v!r} in subject")
            if not any(v in m["text"] for v in vals): err(f"{mid}: {loc} hold with no personal value in text")

# --- per organisation balance
if len(meta) != 100: err(f"meta.json has {len(meta)} entries")
byorg = Counter((meta[m["id"]]["org"], m["expect"]) for m in mails if m["id"] in meta)
for org in sorted({v["org"] for v in meta.values()}):
    if byorg[(org, "hold")] != 10 or byorg[(org, "pass")] != 10:
        err(f"org {org}: {byorg[(org,'hold')]} hold / {byorg[(org,'pass')]} pass")
if len({v["org"] for v in meta.values()}) != 5: err("need five organisations")

if errs:
    print("\n".join(errs)); print(f"FAILED ({len(errs)} problems)"); sys.exit(1)
print("OK")
