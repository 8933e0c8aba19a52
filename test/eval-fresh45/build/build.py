#!/usr/bin/env python3
"""Build fresh.json (and README.md) for blind set 45 from the hand-written mail files org_a..org_e."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import org_a, org_b, org_c, org_d, org_e

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "as"

def max_run(seq, key):
    best = run = 0; prev = None
    for m in seq:
        v = key(m); run = run + 1 if v == prev else 1; prev = v; best = max(best, run)
    return best

def order(mails):
    rng = random.Random(4545)
    for _ in range(200000):
        seq = mails[:]; rng.shuffle(seq)
        if max_run(seq, lambda m: m["expect"]) <= 3 and max_run(seq, lambda m: m["_org"]) <= 2:
            return seq
    raise SystemExit("could not order")

def main():
    mails = org_a.MAILS + org_b.MAILS + org_c.MAILS + org_d.MAILS + org_e.MAILS
    seq = order(mails)
    out, meta = [], []
    for i, m in enumerate(seq, 1):
        d = {"id": f"{PREFIX}{i:03d}"}
        d.update({k: v for k, v in m.items() if not k.startswith("_")})
        out.append(d)
        meta.append({"id": d["id"], "expect": d["expect"], "kind": d["kind"], "loc": m["_loc"], "org": m["_org"]})
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "build", "layout.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=0)
    import make_readme
    make_readme.write(meta, os.path.join(OUT, "README.md"))
    print("wrote", len(out), "mails")

if __name__ == "__main__":
    main()
