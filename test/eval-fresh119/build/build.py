"""Build fresh.json and build/meta.json for eval-fresh119.

Usage:  python3 build/build.py      (from the set's folder or anywhere)
The order is fixed by SEED; rerunning gives byte-identical output.
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

SEED = 119
PREFIX = "do"
MAX_RUN = 3
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
             "attachments", "personal"]


def collect():
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        got = mod.mails()
        assert len(got) == 20, (mod.__name__, len(got))
        mails.extend(got)
    return mails


def run_ok(seq, key):
    if len(seq) <= MAX_RUN:
        return True
    last = [key(m) for m in seq[-(MAX_RUN + 1):]]
    return len(set(last)) > 1


def order(mails, rng):
    """Randomised greedy placement with restarts: no label or org runs longer than MAX_RUN."""
    for _attempt in range(10000):
        pool = mails[:]
        rng.shuffle(pool)
        seq = []
        while pool:
            cands = [i for i, m in enumerate(pool)
                     if run_ok(seq + [m], lambda x: x["expect"])
                     and run_ok(seq + [m], lambda x: x["org"])]
            if not cands:
                break
            seq.append(pool.pop(rng.choice(cands)))
        if not pool:
            return seq
    raise RuntimeError("could not find an ordering")


def main():
    rng = random.Random(SEED)
    mails = collect()
    seq = order(mails, rng)
    fresh, meta = [], {}
    for n, m in enumerate(seq, 1):
        mid = f"{PREFIX}{n:03d}"
        rec = {"id": mid}
        for k in KEY_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        fresh.append(rec)
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}
    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(fresh, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(fresh)} mails to {os.path.join(ROOT, 'fresh.json')}")


if __name__ == "__main__":
    main()
