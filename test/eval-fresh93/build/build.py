# -*- coding: utf-8 -*-
"""Build fresh.json (ids co001..co100) and build/meta.json with a fixed seed.

Usage: python3 build/build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

SEED = 93
PREFIX = "co"
MAX_RUN = 3


def expect_sequence(rng, n_hold, n_pass):
    """A random hold/pass sequence with runs of the same expect <= MAX_RUN."""
    for _ in range(10000):
        seq, h, p = [], n_hold, n_pass
        while h or p:
            opts = []
            for e, left in (("hold", h), ("pass", p)):
                if left == 0:
                    continue
                if len(seq) >= MAX_RUN and all(x == e for x in seq[-MAX_RUN:]):
                    continue
                opts.append(e)
            if not opts:
                break
            # weight by what is left so that the tail does not get stuck
            e = rng.choices(opts, weights=[h if o == "hold" else p for o in opts])[0]
            seq.append(e)
            if e == "hold":
                h -= 1
            else:
                p -= 1
        if h == 0 and p == 0:
            return seq
    raise RuntimeError("could not build an expect sequence")


def main():
    rng = random.Random(SEED)
    holds, passes = [], []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        ms = mod.mails()
        assert len(ms) == 20, (mod.ORG, len(ms))
        for m in ms:
            m["_org"] = mod.ORG
            (holds if m["expect"] == "hold" else passes).append(m)
    assert len(holds) == 50 and len(passes) == 50, (len(holds), len(passes))

    rng.shuffle(holds)
    rng.shuffle(passes)
    seq = expect_sequence(rng, len(holds), len(passes))

    out, meta = [], {}
    for i, e in enumerate(seq, 1):
        m = holds.pop() if e == "hold" else passes.pop()
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        for k, v in m.items():
            if not k.startswith("_"):
                rec[k] = v
        out.append(rec)
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}

    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails")


if __name__ == "__main__":
    main()
