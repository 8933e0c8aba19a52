"""Build fresh.json and build/meta.json for eval-fresh99 (id prefix "cu").

Usage: python3 build/build.py   (from the set folder or anywhere)
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import org_a  # noqa: E402
import org_b  # noqa: E402
import org_c  # noqa: E402
import org_d  # noqa: E402
import org_e  # noqa: E402

SEED = 99
PREFIX = "cu"
MAX_RUN = 3


def max_run(seq):
    best = run = 0
    prev = None
    for x in seq:
        run = run + 1 if x == prev else 1
        prev = x
        best = max(best, run)
    return best


def main():
    rng = random.Random(SEED)
    items = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        for it in mod.build():
            it["org"] = mod.ORG
            items.append(it)

    holds = [it for it in items if it["mail"]["expect"] == "hold"]
    passes = [it for it in items if it["mail"]["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)

    pattern = ["hold"] * len(holds) + ["pass"] * len(passes)
    while True:
        rng.shuffle(pattern)
        if max_run(pattern) <= MAX_RUN:
            break

    mails, meta = [], {}
    hi = pi = 0
    for n, exp in enumerate(pattern, start=1):
        if exp == "hold":
            it = holds[hi]
            hi += 1
        else:
            it = passes[pi]
            pi += 1
        mid = f"{PREFIX}{n:03d}"
        m = {"id": mid}
        m.update(it["mail"])
        mails.append(m)
        meta[mid] = {"org": it["org"], "writer": it["writer"], "loc": it["loc"]}

    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(mails, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(mails)} mails")


if __name__ == "__main__":
    main()
