"""Build fresh.json and build/meta.json for eval-fresh120.

    python3 build/build.py

Deterministic: the shuffle uses a fixed seed and is retried (same RNG stream)
until no label and no organisation runs more than 3 in a row.
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import org_a  # noqa: E402
import org_b  # noqa: E402
import org_c  # noqa: E402
import org_d  # noqa: E402
import org_e  # noqa: E402

PREFIX = "dp"
SEED = 120
MAX_RUN = 3
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
             "subject", "text", "attachments", "personal"]


def max_run(seq):
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
        if len(ms) != 20:
            raise SystemExit(f"{mod.__name__}: {len(ms)} mails, expected 20")
        mails.extend(ms)

    rng = random.Random(SEED)
    for attempt in range(1, 100001):
        rng.shuffle(mails)
        if (max_run([m["expect"] for m in mails]) <= MAX_RUN
                and max_run([m["org"] for m in mails]) <= MAX_RUN):
            break
    else:
        raise SystemExit("could not find a valid order")

    out, meta = [], {}
    for i, m in enumerate(mails, 1):
        mid = f"{PREFIX}{i:03d}"
        obj = {"id": mid}
        for k in KEY_ORDER[1:]:
            if k in m:
                obj[k] = m[k]
        out.append(obj)
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}

    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails (shuffle attempt {attempt})")


if __name__ == "__main__":
    main()
