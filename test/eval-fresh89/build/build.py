#!/usr/bin/env python3
"""Build fresh.json (ids ck001..ck100) and build/meta.json from the five generators.

Deterministic: fixed random seed. Hold and pass alternate irregularly with at most
3 mails in a row of the same expect; organisations are mixed as well.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "ck"
SEED = 8989
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
             "subject", "text", "attachments", "personal"]


def expect_sequence(rng, n_hold=50, n_pass=50, max_run=3):
    while True:
        seq = []
        cur = rng.choice(["hold", "pass"])
        while len(seq) < n_hold + n_pass:
            run = rng.choices([1, 2, 3], weights=[5, 3, 2])[0]
            seq.extend([cur] * run)
            cur = "pass" if cur == "hold" else "hold"
        seq = seq[:n_hold + n_pass]
        if seq.count("hold") == n_hold and seq.count("pass") == n_pass:
            return seq


def main():
    rng = random.Random(SEED)
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        mails.extend(mod.build())
    holds = [m for m in mails if m["expect"] == "hold"]
    passes = [m for m in mails if m["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)
    seq = expect_sequence(rng, len(holds), len(passes))

    out, meta = [], {}
    hi = pi = 0
    for i, exp in enumerate(seq, start=1):
        if exp == "hold":
            m = holds[hi]
            hi += 1
        else:
            m = passes[pi]
            pi += 1
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        for k in KEY_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)
        meta[mid] = dict(m["_meta"])

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
