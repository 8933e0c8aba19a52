"""Build fresh.json and build/meta.json from the five organisation generators.

Usage: python3 build/build.py   (from the eval-fresh81 folder or anywhere)
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "cc"
SEED = 81
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
    items = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        for it in mod.MAILS:
            items.append(dict(it, org=mod.ORG))

    rng = random.Random(SEED)
    order = list(range(len(items)))
    while True:
        rng.shuffle(order)
        if max_run([items[i]["mail"]["expect"] for i in order]) <= MAX_RUN:
            break

    out, meta = [], {}
    for n, i in enumerate(order, 1):
        it = items[i]
        mid = f"{PREFIX}{n:03d}"
        out.append({"id": mid, **it["mail"]})
        meta[mid] = {"org": it["org"], "writer": it["writer"], "loc": it["loc"]}

    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails")


if __name__ == "__main__":
    main()
