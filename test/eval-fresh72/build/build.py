#!/usr/bin/env python3
"""Build fresh.json and meta.json for eval set bt (eval-fresh72).

Orders the 100 mails with a fixed seed so that no more than three mails with the
same `expect` follow each other, assigns ids bt001..bt100 and writes the files.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "bt"
SEED = 72
MAX_RUN = 3


def order(mails, rng):
    holds = [m for m in mails if m["expect"] == "hold"]
    passes = [m for m in mails if m["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)
    for _ in range(10000):
        h, p = list(holds), list(passes)
        seq = []
        ok = True
        while h or p:
            run_kind = seq[-1]["expect"] if seq else None
            run = 0
            for x in reversed(seq):
                if x["expect"] != run_kind:
                    break
                run += 1
            choices = []
            if h and not (run_kind == "hold" and run >= MAX_RUN):
                choices.append("hold")
            if p and not (run_kind == "pass" and run >= MAX_RUN):
                choices.append("pass")
            # avoid three mails of the same organisation in a row where possible
            def org_ok(c):
                pool = h if c == "hold" else p
                return pool
            if not choices:
                ok = False
                break
            c = rng.choice(choices)
            pool = h if c == "hold" else p
            # prefer an item whose org differs from the previous two
            pick = 0
            if len(seq) >= 2 and seq[-1]["_meta"]["org"] == seq[-2]["_meta"]["org"]:
                for i, cand in enumerate(pool):
                    if cand["_meta"]["org"] != seq[-1]["_meta"]["org"]:
                        pick = i
                        break
            seq.append(pool.pop(pick))
        if ok:
            return seq
        rng.shuffle(holds)
        rng.shuffle(passes)
    raise SystemExit("could not order mails")


def main():
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        mails.extend(mod.MAILS)
    rng = random.Random(SEED)
    seq = order(mails, rng)
    out, meta = [], {}
    for i, m in enumerate(seq, 1):
        mid = f"{PREFIX}{i:03d}"
        m = dict(m)
        meta[mid] = m.pop("_meta")
        out.append({"id": mid, **m})
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
