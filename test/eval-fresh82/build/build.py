#!/usr/bin/env python3
"""Build ../fresh.json and meta.json from the five organisation generators.

Order: holds and passes are shuffled separately with a fixed seed, then laid out
on an expect-pattern (also seeded) in which no run of equal `expect` is longer than 3.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "cd"
SEED = 82
ORGS = [org_a, org_b, org_c, org_d, org_e]


def expect_pattern(rng, n_hold=50, n_pass=50, max_run=3):
    while True:
        left = {"hold": n_hold, "pass": n_pass}
        cur = rng.choice(["hold", "pass"])
        seq = []
        while left["hold"] + left["pass"] > 0:
            if left[cur] == 0:
                break
            k = min(rng.randint(1, max_run), left[cur])
            seq += [cur] * k
            left[cur] -= k
            cur = "pass" if cur == "hold" else "hold"
        if left["hold"] + left["pass"] == 0:
            return seq


def main():
    entries = []
    for mod in ORGS:
        for e in mod.MAILS:
            entries.append(dict(e, org=mod.ORG))
    rng = random.Random(SEED)
    holds = [e for e in entries if e["mail"]["expect"] == "hold"]
    passes = [e for e in entries if e["mail"]["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)
    pattern = expect_pattern(rng, len(holds), len(passes))
    out, meta = [], {}
    hi = pi = 0
    for i, exp in enumerate(pattern, 1):
        if exp == "hold":
            e = holds[hi]; hi += 1
        else:
            e = passes[pi]; pi += 1
        mid = f"{PREFIX}{i:03d}"
        out.append(dict({"id": mid}, **e["mail"]))
        meta[mid] = {"org": e["org"], "writer": e["writer"], "loc": e["loc"]}
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
