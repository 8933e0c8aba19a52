"""Build fresh.json and build/meta.json for the cs (eval-fresh97) blind set.

Usage: python3 build/build.py   (from anywhere)
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "cs"
SEED = 97
ORGS = [org_a, org_b, org_c, org_d, org_e]
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
             "subject", "text", "attachments", "personal"]


def max_run(seq):
    best = run = 0
    prev = None
    for x in seq:
        run = run + 1 if x == prev else 1
        prev = x
        best = max(best, run)
    return best


def main():
    pool = []
    for mod in ORGS:
        for m in mod.mails():
            m["_org"] = mod.ORG
            pool.append(m)
    assert len(pool) == 100, len(pool)

    rng = random.Random(SEED)
    tries = 0
    while True:
        tries += 1
        rng.shuffle(pool)
        if max_run([m["expect"] for m in pool]) <= 3 and max_run([m["_org"] for m in pool]) <= 3:
            break

    out, meta = [], {}
    for i, m in enumerate(pool, start=1):
        mid = f"{PREFIX}{i:03d}"
        meta[mid] = {"org": m["_org"], "writer": m["_writer"],
                     "loc": m["_loc"] if m["expect"] == "hold" else "none"}
        obj = {"id": mid}
        for k in KEY_ORDER[1:]:
            if k in m:
                obj[k] = m[k]
        out.append(obj)

    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails (shuffle tries: {tries})")


if __name__ == "__main__":
    main()
