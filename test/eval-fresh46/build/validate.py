#!/usr/bin/env python3
"""Validate fresh.json of blind set 46."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
data = json.load(open(os.path.join(os.path.dirname(HERE), "fresh.json"), encoding="utf-8"))
errs = []
def err(i, msg): errs.append(f"{i}: {msg}")

def mynumber_ok(s):
    if not re.fullmatch(r"\d{12}", s): return False
    d = s[:11]; t = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        t += int(d[11 - n]) * q
    r = t % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    digits = [int(c) for c in re.sub(r"\D", "", s)]
    if not 13 <= len(digits) <= 19: return False
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2: d = d * 2 - 9 if d * 2 > 9 else d * 2
        tot += d
    return tot % 10 == 0

def addr(x):
    m = re.search(r"<([^>]+)>", x); return (m.group(1) if m else x).strip().lower()
def dom(a): return a.split("@")[-1]

if len(data) != 100: err("set", f"{len(data)} mails, expected 100")
holds = sum(1 for m in data if m["expect"] == "hold")
if holds != 50: err("set", f"{holds} holds, expected 50")
prefix = "at"
for n, m in enumerate(data, 1):
    i = m.get("id")
    if i != f"{prefix}{n:03d}": err(i, f"id out of order, expected {prefix}{n:03d}")
    for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if f not in m or m[f] in (None, ""): err(i, f"missing {f}")
    if m["expect"] not in ("hold", "pass"): err(i, "bad expect")
    k = m["kind"]
    if m["expect"] == "pass" and not k.startswith("benign."): err(i, "pass kind must be benign.*")
    if m["expect"] == "hold" and not re.match(r"(sensitive|id|list|personal|recipients)\.|attachment\.encrypted_zip$", k):
        err(i, f"bad hold kind {k}")
    if m["expect"] == "pass" and m.get("personal"): err(i, "pass with personal")
    atts = m.get("attachments", [])
    hay = [m["subject"], m["text"]] + [a.get("text", "") for a in atts]
    for p in m.get("personal", []):
        if not any(p["value"] in h for h in hay): err(i, f"personal value not found: {p['value']!r}")
        if p["type"] == "mynumber" and not mynumber_ok(p["value"]): err(i, f"bad My Number {p['value']}")
        if p["type"] == "card" and not luhn_ok(p["value"]): err(i, f"card fails Luhn {p['value']}")
    # any labelled 12-digit My Number in hold text must be valid
    enc = [a for a in atts if a.get("encrypted")]
    if enc and k != "attachment.encrypted_zip": err(i, "encrypted zip on non-PPAP mail")
    if k == "attachment.encrypted_zip" and not enc: err(i, "PPAP kind without encrypted zip")
    for a in enc:
        if "text" in a: err(i, "encrypted attachment must have no text")
        if a.get("contentType") != "application/zip": err(i, "encrypted attachment not application/zip")
    sd = dom(addr(m["from"]))
    visible = {addr(x) for x in m["to"] + m.get("cc", [])}
    outside = [a for a in visible if dom(a) != sd]
    if len(outside) > 10 and not k.startswith("recipients."): err(i, f"{len(outside)} visible outside recipients on {k}")
    if k.startswith("recipients.") and len(outside) <= 10: err(i, "recipients.* hold with <=10 visible outside")
    if m["expect"] == "hold" and k not in ("attachment.encrypted_zip",) and not k.startswith("recipients.") and not m.get("personal"):
        err(i, "hold without personal entries")
    for a in visible | {addr(x) for x in m.get("bcc", [])} | {addr(m["from"])}:
        if not re.fullmatch(r"[\w.+-]+@[\w.-]+\.[a-z]{2,}", a): err(i, f"bad address {a}")

# label runs
run = 1
for a, b in zip(data, data[1:]):
    run = run + 1 if a["expect"] == b["expect"] else 1
    if run > 3: err(b["id"], "more than 3 same labels in a row")
# pass-side checks: tracking numbers passing My Number check, test card Luhn
for m in data:
    if m["expect"] == "pass":
        for c in re.findall(r"\b(?:\d{4}[ -]){3}\d{4}\b", m["text"]):
            if not luhn_ok(c): err(m["id"], f"card-like number fails Luhn: {c}")

if errs:
    print("\n".join(errs)); print(f"FAILED: {len(errs)} problem(s)"); sys.exit(1)
print(f"OK: 100 mails, {holds} hold / {100-holds} pass, ids {data[0]['id']}–{data[-1]['id']}, runs <= 3")
