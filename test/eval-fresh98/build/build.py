"""Build fresh.json and build/meta.json for eval-fresh98 (ids ct001..ct100).

Usage: python3 build/build.py   (from anywhere; paths are relative to this file)
The order is fixed by SEED, so the output is reproducible.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import PREFIX, SEED  # noqa: E402
import org_a, org_b, org_c, org_d, org_e  # noqa: E402

KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
             "attachments", "personal"]


def max_run(seq):
    best = cur = 1
    for a, b in zip(seq, seq[1:]):
        cur = cur + 1 if a == b else 1
        best = max(best, cur)
    return best


def arrange(items, rng):
    holds = [x for x in items if x["mail"]["expect"] == "hold"]
    passes = [x for x in items if x["mail"]["expect"] == "pass"]
    for _ in range(100000):
        pattern = ["hold"] * len(holds) + ["pass"] * len(passes)
        rng.shuffle(pattern)
        if max_run(pattern) > 3:
            continue
        h, p = holds[:], passes[:]
        rng.shuffle(h)
        rng.shuffle(p)
        order = [h.pop() if e == "hold" else p.pop() for e in pattern]
        if max_run([x["org"] for x in order]) <= 2:
            return order
    raise RuntimeError("could not arrange")


def main():
    items = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        ms = mod.mails()
        assert len(ms) == 20, (mod.__name__, len(ms))
        items.extend(ms)
    rng = random.Random(SEED)
    order = arrange(items, rng)

    fresh, meta = [], {}
    for i, it in enumerate(order, 1):
        mid = "%s%03d" % (PREFIX, i)
        m = dict(it["mail"])
        m["id"] = mid
        fresh.append({k: m[k] for k in KEY_ORDER if k in m})
        meta[mid] = {"org": it["org"], "writer": it["writer"], "loc": it["loc"]}

    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(fresh, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d mails" % len(fresh))


if __name__ == "__main__":
    main()
