#!/usr/bin/env python3
"""Build fresh.json for blind set 49 from the hand-written org_*.py data files."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import org_a, org_b, org_c, org_d, org_e

ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"]

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
    for mod, org in ((org_a, "A"), (org_b, "B"), (org_c, "C"), (org_d, "D"), (org_e, "E")):
        for m in mod.MAILS:
            mails.append(dict(m))
    rng = random.Random(4949)
    for _ in range(10000):
        rng.shuffle(mails)
        if max_run([m["expect"] for m in mails]) <= 3:
            break
    else:
        raise SystemExit("could not shuffle")
    out = []
    for i, m in enumerate(mails, 1):
        m["id"] = "aw%03d" % i
        out.append({k: m[k] for k in ORDER if k in m})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", len(out), "mails")

if __name__ == "__main__":
    main()
