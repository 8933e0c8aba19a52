#!/usr/bin/env python3
"""Builds ../fresh.json and meta.json from the five organisation generators."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "bz"
SEED = 78
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
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        mails.extend(mod.mails())
    rng = random.Random(SEED)
    order = list(range(len(mails)))
    tries = 0
    while True:
        tries += 1
        rng.shuffle(order)
        if max_run([mails[i]["expect"] for i in order]) <= MAX_RUN:
            break
    out, meta = [], {}
    for n, i in enumerate(order, 1):
        m = dict(mails[i])
        info = m.pop("_meta")
        mid = "%s%03d" % (PREFIX, n)
        out.append({"id": mid, **m})
        meta[mid] = info
    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d mails (seed %d, %d shuffle(s))" % (len(out), SEED, tries))


if __name__ == "__main__":
    main()
