#!/usr/bin/env python3
"""Build eval-fresh73: collect the five organisations' mails, order them with a fixed seed,
assign ids bu001..bu100 and write ../fresh.json and ./meta.json."""
import json
import os
import random

import org_a
import org_b
import org_c
import org_d
import org_e

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "bu"
SEED = 7373
MAX_RUN = 3
FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
               "subject", "text", "attachments", "personal"]


def max_run(seq):
    best = run = 0
    prev = None
    for x in seq:
        run = run + 1 if x == prev else 1
        prev = x
        best = max(best, run)
    return best


def order(mails):
    """Seeded randomized greedy ordering: no more than MAX_RUN equal `expect` in a row and
    no more than two mails in a row from the same organisation; restart when stuck."""
    rng = random.Random(SEED)
    for _ in range(10000):
        pool = mails[:]
        rng.shuffle(pool)
        seq = []
        while pool:
            ok = [m for m in pool
                  if max_run([x["expect"] for x in seq[-MAX_RUN:]] + [m["expect"]]) <= MAX_RUN
                  and max_run([x["org"] for x in seq[-2:]] + [m["org"]]) <= 2]
            if not ok:
                break
            pick = rng.choice(ok)
            seq.append(pick)
            pool.remove(pick)
        if not pool:
            return seq
    raise SystemExit("could not find an ordering")


def main():
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        ms = mod.mails()
        holds = sum(m["expect"] == "hold" for m in ms)
        assert len(ms) == 20 and holds == 10, (mod.ORG, len(ms), holds)
        mails.extend(ms)
    ordered = order(mails)
    fresh, meta = [], {}
    for i, m in enumerate(ordered, 1):
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        for k in FIELD_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        fresh.append(rec)
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(fresh, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(fresh)} mails")


if __name__ == "__main__":
    main()
