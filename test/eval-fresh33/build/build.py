#!/usr/bin/env python3
"""Assemble, shuffle, validate and write /work/blind33/fresh.json."""
import json, random, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import MAILS
import hospital, freight, housing, staffing, city  # noqa: F401  (registers mails)

OUT = os.path.join(os.path.dirname(__file__), "..", "fresh.json")
PREFIX = "ag"
ORG_DOMAINS = {"seiran-mh.or.jp", "minatolinks.co.jp", "residence-bridge.jp", "tokai-wp.co.jp", "callink-ps.co.jp"}
HOLD_PREFIX = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.")

def addr(a):
    m = re.search(r"<([^>]+)>", a)
    return (m.group(1) if m else a).strip().lower()

def mynumber_ok(s):
    if not re.fullmatch(r"\d{12}", s): return False
    w = [6,5,4,3,2,7,6,5,4,3,2]
    r = sum(int(d)*x for d, x in zip(s[:11], w)) % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    t = sum(x if i % 2 == 0 else (x*2 - 9 if x*2 > 9 else x*2) for i, x in enumerate(d))
    return t % 10 == 0 and 13 <= len(d) <= 19

def corpus(m):
    parts = [m["subject"], m["text"]] + [a.get("text", "") for a in m.get("attachments", [])]
    return "\n".join(parts)

def visible_outside(m):
    out = []
    for a in m.get("to", []) + m.get("cc", []):
        d = addr(a).split("@")[-1]
        if d not in ORG_DOMAINS or d != addr(m["from"]).split("@")[-1]:
            if d not in ORG_DOMAINS:
                out.append(addr(a))
    return out

def shuffle(mails, seed=3303):
    rnd = random.Random(seed)
    for _ in range(100000):
        order = mails[:]
        rnd.shuffle(order)
        ok = True
        run = 1
        for i in range(1, len(order)):
            run = run + 1 if order[i]["expect"] == order[i-1]["expect"] else 1
            if run > 3: ok = False; break
            # avoid same organisation more than 3 in a row as well
        if ok:
            orgs = [addr(m["from"]).split("@")[1] for m in order]
            if all(not (orgs[i] == orgs[i-1] == orgs[i-2] == orgs[i-3]) for i in range(3, len(orgs))):
                return order
    raise SystemExit("could not shuffle")

def validate(mails):
    errs = []
    ids = [m["id"] for m in mails]
    if len(mails) != 100: errs.append(f"count {len(mails)}")
    if len(set(ids)) != len(ids): errs.append("duplicate ids")
    if sorted(ids) != [f"{PREFIX}{i:03d}" for i in range(1, 101)]: errs.append("id range")
    nh = sum(m["expect"] == "hold" for m in mails); npass = sum(m["expect"] == "pass" for m in mails)
    if (nh, npass) != (50, 50): errs.append(f"labels {nh}/{npass}")
    run = 1
    for i in range(1, len(mails)):
        run = run + 1 if mails[i]["expect"] == mails[i-1]["expect"] else 1
        if run > 3: errs.append(f"run >3 at {mails[i]['id']}")
    for m in mails:
        i = m["id"]
        for f in ("id","expect","kind","why","from","to","subject","text"):
            if f not in m or m[f] in (None, "", []): errs.append(f"{i}: missing {f}")
        if m["expect"] == "pass" and not m["kind"].startswith("benign."): errs.append(f"{i}: pass kind {m['kind']}")
        if m["expect"] == "hold" and not m["kind"].startswith(HOLD_PREFIX): errs.append(f"{i}: hold kind {m['kind']}")
        if m["expect"] == "pass" and m.get("personal"): errs.append(f"{i}: pass with personal")
        if addr(m["from"]).split("@")[1] not in ORG_DOMAINS: errs.append(f"{i}: from domain")
        c = corpus(m)
        for p in m.get("personal", []):
            if p["value"] not in c: errs.append(f"{i}: personal not substring: {p['value']!r}")
            if p["type"] == "my_number" and not mynumber_ok(p["value"]): errs.append(f"{i}: bad My Number {p['value']}")
            if p["type"] == "card_number" and not luhn_ok(p["value"]): errs.append(f"{i}: bad Luhn {p['value']}")
        # any 12-digit run in a hold must be a valid My Number if tagged; report all for review
        for n in re.findall(r"(?<!\d)\d{4}\s?\d{4}\s?\d{4}(?!\d)", c):
            digits = re.sub(r"\s", "", n)
            if m["expect"] == "hold" and any(p["type"] == "my_number" and re.sub(r"\s","",p["value"]) == digits for p in m.get("personal", [])):
                continue
            print(f"  note {i} ({m['expect']}): 12-digit number {n!r} my_number_valid={mynumber_ok(digits)}")
        for n in re.findall(r"(?<!\d)(?:\d[ -]?){13,19}(?!\d)", c):
            if luhn_ok(n) and len(re.sub(r'\D','',n)) in (15, 16):
                print(f"  note {i} ({m['expect']}): Luhn-valid {n.strip()!r}")
        vis = visible_outside(m)
        if len(vis) > 10 and not m["kind"].startswith("recipients."): errs.append(f"{i}: >10 visible outside recipients but kind {m['kind']}")
        if m["kind"].startswith("recipients.") and len(vis) <= 10: errs.append(f"{i}: recipients kind with only {len(vis)} visible")
        for a in m.get("attachments", []):
            if a.get("encrypted"):
                if "text" in a or a["contentType"] != "application/zip": errs.append(f"{i}: encrypted zip shape")
            elif a["contentType"] == "image/jpeg":
                if "text" in a: errs.append(f"{i}: image with text")
            elif "text" not in a: errs.append(f"{i}: attachment without text {a['filename']}")
            if a["filename"].endswith(".xlsx") and "[Sheet1]" not in a.get("text", ""): errs.append(f"{i}: xlsx without [Sheet1]")
        if m["kind"].startswith("attachment.encrypted") and not any(a.get("encrypted") for a in m.get("attachments", [])):
            errs.append(f"{i}: encrypted kind without encrypted zip")
        if any(a.get("encrypted") for a in m.get("attachments", [])) and m["expect"] != "hold":
            errs.append(f"{i}: encrypted zip on pass")
    return errs

def main():
    keys = [m["key"] for m in MAILS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    order = shuffle(MAILS)
    out, keymap = [], {}
    for n, m in enumerate(order, 1):
        i = f"{PREFIX}{n:03d}"
        keymap[m["key"]] = i
        o = {"id": i}
        for f in ("expect","kind","why","from","to","cc","bcc","subject","text","attachments","personal"):
            if f in m: o[f] = m[f]
        out.append(o)
    errs = validate(out)
    if errs:
        print("\n".join(errs)); sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
    with open(os.path.join(os.path.dirname(__file__), "keymap.json"), "w") as f:
        json.dump(keymap, f, indent=1)
    from collections import Counter
    print("OK", len(out), Counter(m["expect"] for m in out))
    print(Counter(m["kind"].split(".")[0] for m in out))
    print(Counter(addr(m["from"]).split("@")[1] + ":" + m["expect"] for m in out))

if __name__ == "__main__":
    main()
