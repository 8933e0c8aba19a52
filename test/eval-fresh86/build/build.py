"""Build fresh.json and build/meta.json for eval-fresh86.

Orders the 100 mails with a fixed seed so that no more than 3 consecutive ids
share the same `expect`, assigns ids ch001..ch100, and writes:
  ../fresh.json        the evaluation set
  meta.json            {id: {org, writer, loc}}
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "ch"
SEED = 86
MAX_RUN = 3
FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
               "attachments", "personal"]


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
        mails.extend(mod.MAILS)
    rng = random.Random(SEED)
    holds = [m for m in mails if m["expect"] == "hold"]
    passes = [m for m in mails if m["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)
    pattern = ["hold"] * len(holds) + ["pass"] * len(passes)
    while True:
        rng.shuffle(pattern)
        if max_run(pattern) <= MAX_RUN:
            break
    hi = iter(holds)
    pi = iter(passes)
    ordered = [next(hi) if p == "hold" else next(pi) for p in pattern]

    out, meta = [], {}
    for n, m in enumerate(ordered, 1):
        mid = "%s%03d" % (PREFIX, n)
        rec = {"id": mid}
        for k in FIELD_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}

    with open(os.path.join(HERE, "..", "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d mails" % len(out))


if __name__ == "__main__":
    main()
