#!/usr/bin/env python3
"""Build fresh.json for blind set 43 from the hand-written mail files."""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mails_uni, mails_clinic, mails_agency, mails_coop, mails_water

ORDER = ["from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"]

def max_run(labels):
    best = run = 0
    prev = None
    for l in labels:
        run = run + 1 if l == prev else 1
        prev = l
        best = max(best, run)
    return best

def main():
    mails = []
    for mod in (mails_uni, mails_clinic, mails_agency, mails_coop, mails_water):
        mails.extend(mod.MAILS)
    rng = random.Random(4343)
    for _ in range(10000):
        rng.shuffle(mails)
        if max_run([m["expect"] for m in mails]) <= 3:
            break
    else:
        raise SystemExit("could not shuffle")
    out = []
    for i, m in enumerate(mails, 1):
        o = {"id": f"aq{i:03d}", "expect": m["expect"], "kind": m["kind"], "why": m["why"]}
        for k in ORDER:
            if k in m:
                o[k] = m[k]
        out.append(o)
    dest = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fresh.json")
    with open(dest, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(out)} mails to {dest}")

if __name__ == "__main__":
    main()
