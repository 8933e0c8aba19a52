#!/usr/bin/env python3
"""Assemble, shuffle and validate the blind27 set -> ../fresh.json"""
import json, random, re, sys, os
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
import org_a, org_b, org_c, org_d, org_e

PREFIX = "aa"
ORG_DOMAINS = {"aoba-denki.co.jp", "toyo-logipark.co.jp", "musubinomori.jp", "hokuto-lib.co.jp", "takumi-koubou.co.jp"}

mails = org_a.MAILS + org_b.MAILS + org_c.MAILS + org_d.MAILS + org_e.MAILS

def labels_ok(seq):
    run = 1
    for i in range(1, len(seq)):
        run = run + 1 if seq[i] == seq[i-1] else 1
        if run > 3: return False
    return True

rng = random.Random(27)
while True:
    order = mails[:]
    rng.shuffle(order)
    if labels_ok([x["expect"] for x in order]):
        break

out = []
for i, mm in enumerate(order, 1):
    d = {"id": f"{PREFIX}{i:03d}"}
    d.update(mm)
    out.append(d)

# ---------------- validation ----------------
errs = []
def err(i, msg): errs.append(f"{i}: {msg}")

def addr(a):
    m = re.search(r"<([^>]+)>", a)
    return (m.group(1) if m else a).strip().lower()

def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12: return False
    w = [6,5,4,3,2,7,6,5,4,3,2]
    r = sum(int(a)*b for a, b in zip(d[:11], w)) % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)

def luhn(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    t = 0
    for k, x in enumerate(d):
        if k % 2: x = x*2 - 9 if x*2 > 9 else x*2
        t += x
    return t % 10 == 0

c = Counter(x["expect"] for x in out)
if c["hold"] != 50 or c["pass"] != 50: errs.append(f"counts {c}")
if len(out) != 100: errs.append("not 100")
ids = [x["id"] for x in out]
if len(set(ids)) != 100 or ids != [f"{PREFIX}{i:03d}" for i in range(1, 101)]: errs.append("ids")
if not labels_ok([x["expect"] for x in out]): errs.append("run >3")

HOLD_KINDS = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.")
for x in out:
    i = x["id"]
    for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if f not in x or x[f] in (None, ""): err(i, f"missing {f}")
    if x["expect"] == "pass" and not x["kind"].startswith("benign."): err(i, "pass kind")
    if x["expect"] == "hold" and not x["kind"].startswith(HOLD_KINDS): err(i, "hold kind")
    if x["expect"] == "pass" and x.get("personal"): err(i, "personal on pass")
    if addr(x["from"]).split("@")[1] not in ORG_DOMAINS: err(i, "from domain")
    for f in ("to", "cc", "bcc"):
        if f in x and not (isinstance(x[f], list) and all("@" in a for a in x[f])): err(i, f"bad {f}")
    vis = [addr(a) for a in x["to"] + x.get("cc", [])]
    outside = [a for a in vis if a.split("@")[1] not in ORG_DOMAINS]
    if x["kind"].startswith("recipients."):
        if len(outside) <= 10: err(i, "recipients hold with <=10")
    elif len(vis) > 10: err(i, ">10 visible recipients on non-recipients mail")
    hay = x["subject"] + "\n" + x["text"]
    for a in x.get("attachments", []):
        if not a.get("filename") or not a.get("contentType"): err(i, "att fields")
        if a.get("encrypted"):
            if "text" in a or a["contentType"] != "application/zip": err(i, "encrypted zip shape")
        elif a["contentType"] == "image/jpeg":
            if "text" in a: err(i, "jpeg with text")
        else:
            if not a.get("text"): err(i, "att without text")
            hay += "\n" + a.get("text", "")
    if x["kind"].startswith("attachment.") and not any(a.get("encrypted") for a in x.get("attachments", [])): err(i, "attachment kind without encrypted zip")
    if any(a.get("encrypted") for a in x.get("attachments", [])) and x["expect"] != "hold": err(i, "encrypted zip on pass")
    for p in x.get("personal", []):
        if set(p) != {"type", "value"} or not p["value"]: err(i, "personal shape")
        elif p["value"] not in hay: err(i, f"personal not substring: {p['value']!r}")
        if p.get("type") == "my_number" and not mynumber_ok(p["value"]): err(i, f"bad my number {p['value']}")
        if p.get("type") == "card_number" and not luhn(p["value"]): err(i, f"bad luhn {p['value']}")
    # every 16-digit card-like number anywhere must be Luhn-valid
    for mm in re.finditer(r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])", hay):
        if mm.group(1)[0] in "3456" and not luhn(mm.group(1)): err(i, f"card-like non-Luhn {mm.group(1)}")
    # every number labelled as 個人番号/マイナンバー/番号 with 12 digits in a hold must be valid
    if x["expect"] == "hold":
        for mm in re.finditer(r"(?<!\d)(\d{4} ?\d{4} ?\d{4})(?!\d)", hay):
            ctx = hay[max(0, mm.start()-30):mm.start()]
            if re.search(r"個人番号|マイナンバー|番号[:：]", ctx) and "免許" not in ctx and not mynumber_ok(mm.group(1)):
                err(i, f"12-digit near label not valid My Number {mm.group(1)}")
    if x["expect"] == "hold" and not x["kind"].startswith(("recipients.", "attachment.")) and not x.get("personal"):
        err(i, "data hold without personal")

# free-mail domains on private recipients are informational only
if errs:
    print("\n".join(errs)); sys.exit(1)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "fresh.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)

kinds = Counter(x["kind"].split(".")[0] + ("" if x["expect"] == "pass" else "") for x in out)
print("OK", Counter(x["expect"] for x in out))
print("hold families:", Counter(x["kind"].split(".")[0] for x in out if x["expect"] == "hold"))
print("kinds:", Counter(x["kind"] for x in out))
en = [x["id"] for x in out if len(re.findall(r"[A-Za-z]", x["text"])) > 0.5*len(re.sub(r"\s", "", x["text"])) or "English" in x["subject"] or "/ ID" in x["subject"]]
print("English/mixed-ish:", len(en), en)
print("sequence:", "".join("H" if x["expect"] == "hold" else "p" for x in out))
for x in out:
    print(x["id"], x["expect"], x["kind"], "|", x["subject"][:50])
