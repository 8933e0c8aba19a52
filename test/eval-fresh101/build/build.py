"""Build fresh.json and build/meta.json for the cw (eval-fresh101) set.

Run: python3 build/build.py   (from the set folder or anywhere)
The random seed is fixed, so the output is reproducible.
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

SEED = 101
PREFIX = "cw"
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
             "attachments", "personal"]


def max_run(seq):
    best = cur = 0
    prev = None
    for x in seq:
        cur = cur + 1 if x == prev else 1
        prev = x
        best = max(best, cur)
    return best


def main():
    rng = random.Random(SEED)
    records = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        records.extend(mod.build())

    holds = [r for r in records if r["mail"]["expect"] == "hold"]
    passes = [r for r in records if r["mail"]["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)

    # An irregular hold/pass pattern with no run longer than 3.
    while True:
        pattern = ["hold"] * len(holds) + ["pass"] * len(passes)
        rng.shuffle(pattern)
        if max_run(pattern) <= 3:
            break

    hi = pi = 0
    out, meta = [], {}
    for i, e in enumerate(pattern, 1):
        if e == "hold":
            rec = holds[hi]
            hi += 1
        else:
            rec = passes[pi]
            pi += 1
        mid = f"{PREFIX}{i:03d}"
        m = dict(rec["mail"], id=mid)
        out.append({k: m[k] for k in KEY_ORDER if k in m})
        meta[mid] = rec["meta"]

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
