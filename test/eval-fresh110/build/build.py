"""Build fresh.json and build/meta.json from the five organisation modules.

Fixed seed: the holds and passes are shuffled separately, and an irregular
hold/pass pattern with no run longer than 3 is drawn; ids df001..df100 follow
that order.
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

SEED = 20250110
PREFIX = "df"
ORGS = [("A", org_a), ("B", org_b), ("C", org_c), ("D", org_d), ("E", org_e)]
FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
               "subject", "text", "attachments", "personal"]


def max_run(seq):
    best = run = 0
    prev = None
    for v in seq:
        run = run + 1 if v == prev else 1
        prev = v
        best = max(best, run)
    return best


def main():
    rng = random.Random(SEED)
    everything = []
    for code, mod in ORGS:
        for m in mod.mails():
            m["org"] = code
            everything.append(m)

    holds = [m for m in everything if m["expect"] == "hold"]
    passes = [m for m in everything if m["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)

    pattern = ["hold"] * len(holds) + ["pass"] * len(passes)
    while True:
        rng.shuffle(pattern)
        if max_run(pattern) <= 3:
            break

    hi = pi = 0
    ordered = []
    for p in pattern:
        if p == "hold":
            ordered.append(holds[hi])
            hi += 1
        else:
            ordered.append(passes[pi])
            pi += 1

    fresh, meta = [], {}
    for i, m in enumerate(ordered, 1):
        mid = f"{PREFIX}{i:03d}"
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}
        rec = {"id": mid}
        for k in FIELD_ORDER[1:]:
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
    print(f"wrote {len(fresh)} mails (seed {SEED})")


if __name__ == "__main__":
    main()
