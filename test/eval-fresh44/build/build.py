#!/usr/bin/env python3
"""Build fresh.json (and the id lists used in README.md) for blind set 44.

Usage: python3 build/build.py   (from the set folder or anywhere)
The mails are hand-written in org_*.py; this script only orders them and numbers them.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import org_cruise, org_seikotsu, org_hogoshi, org_foster, org_studio

ORGS = [("cruise", org_cruise), ("seikotsu", org_seikotsu), ("hogoshi", org_hogoshi),
        ("foster", org_foster), ("studio", org_studio)]
PREFIX = "ar"
OUT = os.path.dirname(HERE)


def max_run(seq):
    best = run = 0
    prev = None
    for x in seq:
        run = run + 1 if x == prev else 1
        prev = x
        best = max(best, run)
    return best


def main():
    mails = []
    for org, mod in ORGS:
        for m in mod.MAILS:
            m = dict(m)
            m["_org"] = org
            mails.append(m)
    rng = random.Random(4444)
    while True:
        rng.shuffle(mails)
        if max_run([m["expect"] for m in mails]) <= 3 and max_run([m["_org"] for m in mails]) <= 3:
            break
    out, meta = [], []
    for i, m in enumerate(mails, 1):
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        for k, v in m.items():
            if not k.startswith("_"):
                rec[k] = v
        out.append(rec)
        meta.append({"id": mid, "org": m["_org"], "loc": m["_loc"], "expect": m["expect"], "kind": m["kind"]})
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(out)} mails to {os.path.join(OUT, 'fresh.json')}")


if __name__ == "__main__":
    main()
