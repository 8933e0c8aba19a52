"""Build fresh.json and build/meta.json from the five organisation modules.

Fixed seed; holds and passes are shuffled separately, then laid out on an
irregular hold/pass pattern whose runs never exceed 3.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

SEED = 113
PREFIX = "di"
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
    rng = random.Random(SEED)
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        mails.extend(mod.mails())
    holds = [m for m in mails if m["expect"] == "hold"]
    passes = [m for m in mails if m["expect"] == "pass"]
    assert len(holds) == 50 and len(passes) == 50, (len(holds), len(passes))
    rng.shuffle(holds)
    rng.shuffle(passes)

    while True:
        pattern = ["hold"] * 50 + ["pass"] * 50
        rng.shuffle(pattern)
        if max_run(pattern) <= 3:
            break

    out, meta = [], {}
    hi = pi = 0
    for n, kind in enumerate(pattern, 1):
        if kind == "hold":
            m = holds[hi]; hi += 1
        else:
            m = passes[pi]; pi += 1
        mid = f"{PREFIX}{n:03d}"
        rec = {"id": mid}
        for k in FIELD_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}

    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails (seed {SEED}, max run {max_run(pattern)})")


if __name__ == "__main__":
    main()
