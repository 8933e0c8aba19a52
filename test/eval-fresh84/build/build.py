"""Build fresh.json and build/meta.json for eval-fresh84.

Collects the 100 mails from org_a … org_e, orders them with a fixed seed so
that no more than 3 consecutive mails share the same `expect`, assigns ids
cf001 … cf100 and writes the outputs.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "cf"
SEED = 84
MODULES = [org_a, org_b, org_c, org_d, org_e]
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
             "subject", "text", "attachments", "personal"]


def max_run(seq):
    best = cur = 1
    for a, b in zip(seq, seq[1:]):
        cur = cur + 1 if a == b else 1
        best = max(best, cur)
    return best


def main():
    rng = random.Random(SEED)
    holds, passes = [], []
    for mod in MODULES:
        for m in mod.mails():
            m["_org"] = mod.ORG
            (holds if m["expect"] == "hold" else passes).append(m)
    rng.shuffle(holds)
    rng.shuffle(passes)

    pattern = ["hold"] * len(holds) + ["pass"] * len(passes)
    while True:
        rng.shuffle(pattern)
        if max_run(pattern) <= 3:
            break

    hi = iter(holds)
    pi = iter(passes)
    ordered = [next(hi) if p == "hold" else next(pi) for p in pattern]

    fresh, meta = [], {}
    for n, m in enumerate(ordered, 1):
        mid = f"{PREFIX}{n:03d}"
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}
        rec = {"id": mid}
        for k in KEY_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        fresh.append(rec)

    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(fresh, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(fresh)} mails")


if __name__ == "__main__":
    main()
