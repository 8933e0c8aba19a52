#!/usr/bin/env python3
"""Assemble, shuffle, id and validate the aj (blind36) set -> ../fresh.json"""
import json, random, re, sys, os
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
import mails_air, mails_hos, mails_nh, mails_car, mails_ev

ORGS = [("air", mails_air), ("hos", mails_hos), ("nh", mails_nh), ("car", mails_car), ("ev", mails_ev)]
OUT = os.path.join(os.path.dirname(__file__), "..", "fresh.json")
MAP = os.path.join(os.path.dirname(__file__), "idmap.json")

raw = []
for org, mod in ORGS:
    for x in mod.MAILS:
        x = dict(x); x["_org"] = org; raw.append(x)

def max_run(seq):
    best = cur = 1
    for a, b in zip(seq, seq[1:]):
        cur = cur + 1 if a == b else 1
        best = max(best, cur)
    return best

rng = random.Random(3636)
for attempt in range(10000):
    rng.shuffle(raw)
    if max_run([x["expect"] for x in raw]) <= 3:
        break
else:
    sys.exit("could not shuffle")

ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"]
out, idmap = [], []
for i, x in enumerate(raw, 1):
    rec = {"id": f"aj{i:03d}", "expect": x["expect"], "kind": x["kind"], "why": x["why"], "from": x["frm"], "to": x["to"]}
    for k in ("cc", "bcc"):
        if x.get(k): rec[k] = x[k]
    rec["subject"] = x["subject"]; rec["text"] = x["text"]
    if x.get("attachments"): rec["attachments"] = x["attachments"]
    if x.get("personal"): rec["personal"] = x["personal"]
    out.append(rec)
    idmap.append({"id": rec["id"], "key": x["_key"], "org": x["_org"], "expect": x["expect"], "kind": x["kind"],
                  "where": x.get("_where", "body"), "border": x.get("_border")})

# ---------------- validation ----------------
errs = []
def err(i, msg): errs.append(f"{i}: {msg}")

ORG_DOMAINS = {"air": "aureliapacific-air.com", "hos": "tohto-med.ac.jp", "nh": "sakuranomori.or.jp", "car": "shonan-motors.co.jp", "ev": "luminastage.co.jp"}
FREEMAIL = ("gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "outlook.jp", "nifty.com", "biglobe.ne.jp",
            "so-net.ne.jp", "softbank.ne.jp", "jcom.home.ne.jp", "jcom.zaq.ne.jp", "au.com")

def addr(s):
    mm = re.search(r"<([^>]+)>", s); return (mm.group(1) if mm else s).strip().lower()

def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12: return False
    w = [6,5,4,3,2,7,6,5,4,3,2]
    r = sum(int(a)*b for a, b in zip(d[:11], w)) % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if not 13 <= len(d) <= 19: return False
    tot = 0
    for i, v in enumerate(reversed(d)):
        if i % 2: v = v*2 - 9 if v*2 > 9 else v*2
        tot += v
    return tot % 10 == 0

if len(out) != 100: errs.append(f"count {len(out)}")
c = Counter(r["expect"] for r in out)
if c["hold"] != 50 or c["pass"] != 50: errs.append(f"labels {c}")
ids = [r["id"] for r in out]
if len(set(ids)) != 100 or ids != [f"aj{i:03d}" for i in range(1, 101)]: errs.append("ids")
if max_run([r["expect"] for r in out]) > 3: errs.append("run > 3")
if len({m["key"] for m in idmap}) != 100: errs.append("duplicate keys")

HOLD_PREFIX = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.")
for r, mp in zip(out, idmap):
    i = r["id"]
    for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if not r.get(f): err(i, f"missing {f}")
    if r["expect"] == "pass" and not r["kind"].startswith("benign."): err(i, "pass kind")
    if r["expect"] == "hold" and not r["kind"].startswith(HOLD_PREFIX): err(i, "hold kind")
    if not addr(r["from"]).endswith("@" + ORG_DOMAINS[mp["org"]]): err(i, "from domain")
    for k in ("to", "cc", "bcc"):
        if k in r and not isinstance(r[k], list): err(i, f"{k} not list")
    # visible outside recipients
    vis = [addr(a) for a in r["to"] + r.get("cc", [])]
    outside = [a for a in vis if not a.endswith("@" + ORG_DOMAINS[mp["org"]])]
    if r["kind"].startswith("recipients."):
        if len(outside) <= 10: err(i, "recipients hold without >10 outside")
        orgs = {a.split("@")[1] for a in outside}
        if len(orgs) < 3: err(i, "recipients hold: not different orgs/private")
    elif len(vis) > 10:
        err(i, f">10 visible recipients on non-recipients mail ({len(vis)})")
    # attachments
    corpus = [r["subject"], r["text"]]
    enc = False
    for a in r.get("attachments", []):
        if not a.get("filename") or not a.get("contentType"): err(i, "attachment fields")
        if a.get("encrypted"):
            enc = True
            if a["contentType"] != "application/zip" or "text" in a: err(i, "encrypted zip format")
        elif a["contentType"] == "image/jpeg":
            if "text" in a: err(i, "image with text")
        else:
            if not a.get("text"): err(i, "attachment without text")
            corpus.append(a["text"])
    if enc != (r["kind"] == "attachment.encrypted_zip"): err(i, "encrypted zip only on attachment.encrypted_zip")
    # personal
    if r["expect"] == "pass" and "personal" in r: err(i, "personal on pass")
    if r["expect"] == "hold" and not r["kind"].startswith(("recipients.", "attachment.")) and not r.get("personal"):
        err(i, "hold without personal")
    for p in r.get("personal", []):
        if set(p) != {"type", "value"}: err(i, "personal fields")
        if not any(p["value"] in t for t in corpus): err(i, f"personal not substring: {p['value']!r}")
        if p["type"] == "mynumber" and not mynumber_ok(p["value"]): err(i, f"bad My Number {p['value']}")
        if p["type"] == "card_number" and not luhn_ok(p["value"]): err(i, f"bad Luhn {p['value']}")
    # where-claims: risk only in attachment/quote/subject
    where = mp["where"]
    if where == "attachment only":
        vals = [p["value"] for p in r.get("personal", [])]
        if any(v in r["text"] or v in r["subject"] for v in vals): err(i, "attachment-only risk leaks into body/subject")
    if where == "subject line only":
        sens = [p["value"] for p in r["personal"] if p["type"] in ("diagnosis", "criminal")]
        if not sens or any(v in r["text"] for v in sens): err(i, "subject-only risk leaks into body")
    if where == "quoted message only":
        body_own = re.split(r"(-{3,}|----- Forwarded|-------- 転送)", r["text"])[0]
        if any(p["value"] in body_own for p in r["personal"]): err(i, "quoted-only risk in own text")
    # stray checks over all text: any 16-digit Luhn number must be known test card; 12-digit valid My Numbers only on holds
    alltext = "\n".join(corpus)
    for mnum in re.findall(r"(?<!\d)\d{12}(?!\d)", alltext):
        if mynumber_ok(mnum) and r["kind"] != "id.mynumber" and r["expect"] == "pass":
            print(f"note {i}: 12-digit number {mnum} has a valid My Number check digit on a pass mail")
    for cn in re.findall(r"(?<!\d)(?:\d{4}[ -]?){3}\d{4}(?!\d)", alltext):
        if luhn_ok(cn) and r["kind"] not in ("id.card", "benign.test_card_dev"):
            print(f"note {i}: Luhn-valid 16-digit {cn}")

# free-mail sanity: every personal-looking address in To of recipients holds is free-mail or ISP
for r in out:
    if r["kind"] == "recipients.visible":
        pass

if errs:
    print("\n".join(errs)); sys.exit(1)

json.dump(out, open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
json.dump(idmap, open(MAP, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
kinds = Counter(r["kind"] for r in out)
print("OK", Counter(r["expect"] for r in out), "max run", max_run([r["expect"] for r in out]))
for k, v in sorted(kinds.items()): print(f"  {k}: {v}")
print(Counter((m["org"], m["expect"]) for m in idmap))
