#!/usr/bin/env python3
"""Build fresh.json and build/meta.json for eval-fresh83.

Collects the 100 mails written one by one in org_a.py … org_e.py, orders them
with a fixed seed (re-shuffling until no more than 3 consecutive mails share
the same `expect`), assigns ids ce001…ce100 and writes the outputs.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "ce"
SEED = 83
MAX_RUN = 3
FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
               "subject", "text", "attachments", "personal"]


def longest_run(seq):
    best = run = 0
    prev = object()
    for x in seq:
        run = run + 1 if x == prev else 1
        prev = x
        best = max(best, run)
    return best


def main():
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        ms = mod.mails()
        assert len(ms) == 20, (mod.__name__, len(ms))
        mails.extend(ms)

    rng = random.Random(SEED)
    order = list(range(len(mails)))
    tries = 0
    while True:
        tries += 1
        rng.shuffle(order)
        if longest_run([mails[i]["expect"] for i in order]) <= MAX_RUN:
            break

    out, meta = [], {}
    for n, i in enumerate(order, 1):
        m = dict(mails[i])
        mid = "%s%03d" % (PREFIX, n)
        meta[mid] = m.pop("_meta")
        m["id"] = mid
        out.append({k: m[k] for k in FIELD_ORDER if k in m})

    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d mails (shuffle tries: %d)" % (len(out), tries))


if __name__ == "__main__":
    main()
