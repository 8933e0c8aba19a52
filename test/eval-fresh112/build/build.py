"""Build fresh.json and build/meta.json for the dh blind evaluation set.

Usage:  python3 build.py      (from anywhere)
The order is a seeded shuffle, re-drawn until no more than 3 holds or passes
come in a row, so the result is the same on every run.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

SEED = 112
PREFIX = "dh"
MAX_RUN = 3
FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
               "attachments", "personal"]


def max_run(seq):
    best = run = 0
    prev = None
    for v in seq:
        run = run + 1 if v == prev else 1
        prev = v
        best = max(best, run)
    return best


def main():
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        mails.extend(mod.mails())
    assert len(mails) == 100, len(mails)

    rng = random.Random(SEED)
    order = list(range(len(mails)))
    tries = 0
    while True:
        tries += 1
        rng.shuffle(order)
        seq = [mails[i]["expect"] for i in order]
        # irregular but not clumped: runs of at most 3, and no organisation three times in a row
        orgs = [mails[i]["org"] for i in order]
        if max_run(seq) <= MAX_RUN and max_run(orgs) <= 2:
            break

    fresh, meta = [], {}
    for n, i in enumerate(order, 1):
        m = mails[i]
        mid = f"{PREFIX}{n:03d}"
        rec = {"id": mid}
        for k in FIELD_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        fresh.append(rec)
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}

    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(fresh, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(fresh)} mails (shuffle tries: {tries})")


if __name__ == "__main__":
    main()
