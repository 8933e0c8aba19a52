#!/usr/bin/env python3
"""Build fresh.json for blind set 51 from the hand-written org_*.py files."""
import json, random, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import org_a, org_b, org_c, org_d, org_e

ORGS = [org_a, org_b, org_c, org_d, org_e]
PREFIX = "ay"

def ordered():
    mails = [m for o in ORGS for m in o.MAILS]
    rng = random.Random(5151)
    while True:
        rng.shuffle(mails)
        run, ok = 1, True
        for a, b in zip(mails, mails[1:]):
            run = run + 1 if a["expect"] == b["expect"] else 1
            if run > 3:
                ok = False; break
        # also avoid 3 mails of the same organisation in a row
        if ok and all(not (a["k"][0] == b["k"][0] == c["k"][0]) for a, b, c in zip(mails, mails[1:], mails[2:])):
            return mails

def main():
    out, keymap = [], {}
    for i, m in enumerate(ordered(), 1):
        mid = f"{PREFIX}{i:03d}"
        keymap[m["k"]] = mid
        o = {"id": mid, "expect": m["expect"], "kind": m["kind"], "why": m["why"],
             "from": m["frm"], "to": m["to"]}
        for f in ("cc", "bcc"):
            if m.get(f): o[f] = m[f]
        o["subject"] = m["subject"]; o["text"] = m["text"]
        if m.get("attachments"): o["attachments"] = m["attachments"]
        if m.get("personal"): o["personal"] = m["personal"]
        out.append(o)
    dst = os.path.join(HERE, "..", "fresh.json")
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    # side file for the README: local key -> id, and risk location
    meta = [{"k": m["k"], "id": keymap[m["k"]], "expect": m["expect"], "kind": m["kind"], "loc": m["loc"]}
            for o in ORGS for m in o.MAILS]
    with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(out)} mails to fresh.json")

if __name__ == "__main__":
    main()
