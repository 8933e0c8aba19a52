#!/usr/bin/env python3
"""Build fresh.json for blind set 38 from the hand-written org_*.py data files."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import org_a, org_b, org_c, org_d, org_e

ORGS = [("A", org_a), ("B", org_b), ("C", org_c), ("D", org_d), ("E", org_e)]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

def runs_ok(seq, limit=3):
    run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a["expect"] == b["expect"] else 1
        if run > limit:
            return False
    return True

def main():
    mails = []
    for tag, mod in ORGS:
        for m in mod.MAILS:
            m = dict(m); m["_org"] = tag
            mails.append(m)
    rng = random.Random(38)
    while True:
        rng.shuffle(mails)
        if runs_ok(mails):
            break
    out, meta = [], []
    for i, m in enumerate(mails, 1):
        mid = "al%03d" % i
        meta.append({"id": mid, "org": m["_org"], "expect": m["expect"],
                     "kind": m["kind"], "loc": m["_loc"], "from": m["from"]})
        o = {"id": mid}
        for k in ("expect", "kind", "why", "from", "to", "cc", "bcc", "subject",
                  "text", "attachments", "personal"):
            if k in m:
                o[k] = m[k]
        out.append(o)
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "build", "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print("wrote", len(out), "mails")

if __name__ == "__main__":
    main()
