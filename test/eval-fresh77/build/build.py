#!/usr/bin/env python3
"""Build fresh.json and build/meta.json for eval-fresh77 (id prefix "by").

Mails are written one by one in org_a.py … org_e.py. This script orders them
with a fixed seed (re-shuffling with the same generator until no more than 3
consecutive mails share the same `expect`), assigns ids by001 … by100 and
writes the outputs.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "by"
SEED = 77
ORGS = [org_a, org_b, org_c, org_d, org_e]
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
             "attachments", "personal"]


def max_run(seq):
    best = run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    return best


def main():
    items = []
    for mod in ORGS:
        for m in mod.MAILS:
            items.append((mod.ORG, m))
    rng = random.Random(SEED)
    tries = 0
    while True:
        tries += 1
        rng.shuffle(items)
        if max_run([m["expect"] for _, m in items]) <= 3:
            break
    out, meta = [], {}
    for i, (org, m) in enumerate(items, 1):
        mid = "%s%03d" % (PREFIX, i)
        rec = {"id": mid}
        for k in KEY_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)
        meta[mid] = {"org": org, "writer": m["writer"], "loc": m["loc"]}
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
