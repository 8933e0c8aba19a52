"""Assemble eval-fresh80: collect the five organisations' mails, order them with a fixed
seed (no run of more than 3 equal `expect` values), assign ids cb001..cb100, and write
../fresh.json and meta.json.

Usage: python3 build.py
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a  # noqa: E402
import org_b  # noqa: E402
import org_c  # noqa: E402
import org_d  # noqa: E402
import org_e  # noqa: E402

PREFIX = "cb"
SEED = 80
MAX_RUN = 3


def max_run(seq):
    best = run = 0
    prev = None
    for x in seq:
        run = run + 1 if x == prev else 1
        prev = x
        best = max(best, run)
    return best


def order(mails, seed):
    rng = random.Random(seed)
    items = list(mails)
    for _ in range(100000):
        rng.shuffle(items)
        if (max_run([m["expect"] for m in items]) <= MAX_RUN
                and max_run([m["_meta"]["org"] for m in items]) <= 2):
            return items
    raise RuntimeError("could not find an ordering")


def main():
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        got = mod.build()
        assert len(got) == 20, (mod.__name__, len(got))
        mails.extend(got)

    ordered = order(mails, SEED)
    out, meta = [], {}
    for i, m in enumerate(ordered, 1):
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        for k, v in m.items():
            if k != "_meta":
                rec[k] = v
        out.append(rec)
        meta[mid] = m["_meta"]

    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails to {os.path.join(root, 'fresh.json')}")


if __name__ == "__main__":
    main()
