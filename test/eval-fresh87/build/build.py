"""Build fresh.json and build/meta.json for eval-fresh87.

The mails of the five organisations are shuffled with a fixed seed; shuffles are
redrawn (from the same seeded generator) until no run of more than three
consecutive mails shares the same `expect`. Ids ci001..ci100 follow that order.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "ci"
SEED = 87
MAX_RUN = 3


def longest_run(seq):
    best = run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    return best


def order(mails):
    rng = random.Random(SEED)
    mails = list(mails)
    for _ in range(100000):
        rng.shuffle(mails)
        if longest_run([m["expect"] for m in mails]) <= MAX_RUN:
            return mails
    raise SystemExit("could not find an ordering")


def main():
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        mails.extend(mod.MAILS)
    ordered = order(mails)

    out, meta = [], {}
    for i, m in enumerate(ordered, 1):
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        rec.update({k: v for k, v in m.items() if not k.startswith("_")})
        out.append(rec)
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}

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
