#!/usr/bin/env python3
"""Collects the five organisations' mails, orders them with a fixed seed, assigns ids
and writes ../fresh.json and meta.json."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "ca"
SEED = 79
MAX_RUN = 3


def max_run(seq):
    best = run = 0
    prev = None
    for x in seq:
        run = run + 1 if x == prev else 1
        prev = x
        best = max(best, run)
    return best


def order(mails):
    rng = random.Random(SEED)
    items = list(mails)
    for _ in range(100000):
        rng.shuffle(items)
        if max_run([m["expect"] for m in items]) <= MAX_RUN and \
           max_run([m["_org"] for m in items]) <= 2:
            return items
    raise SystemExit("could not find an ordering")


def main():
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        mails.extend(mod.build())
    ordered = order(mails)
    out, meta = [], {}
    for i, m in enumerate(ordered, 1):
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        rec.update({k: v for k, v in m.items() if not k.startswith("_")})
        out.append(rec)
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}
    with open(os.path.join(HERE, "..", "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(out)} mails")


if __name__ == "__main__":
    main()
