"""Build fresh.json and build/meta.json for the cz (eval-fresh104) set.

Usage: python3 build/build.py   (from the set folder or anywhere)
The random seed is fixed, so the output is reproducible.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

SEED = 104
PREFIX = "cz"
ORGS = [org_a, org_b, org_c, org_d, org_e]
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
             "subject", "text", "attachments", "personal"]


def expect_sequence(rng, n_hold, n_pass, max_run=3):
    """Irregular alternation of hold/pass: runs of 1..max_run, exact totals."""
    while True:
        seq = []
        cur = rng.choice(["hold", "pass"])
        left = {"hold": n_hold, "pass": n_pass}
        ok = True
        while left["hold"] + left["pass"] > 0:
            if left[cur] == 0:
                ok = False
                break
            run = min(rng.choice([1, 1, 2, 2, 3]), left[cur], max_run)
            seq.extend([cur] * run)
            left[cur] -= run
            cur = "pass" if cur == "hold" else "hold"
        if ok:
            return seq


def main():
    rng = random.Random(SEED)
    allm = []
    for mod in ORGS:
        ms = mod.mails()
        assert len(ms) == 20, (mod.ORG, len(ms))
        allm.extend(ms)
    holds = [m for m in allm if m["expect"] == "hold"]
    passes = [m for m in allm if m["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)
    seq = expect_sequence(rng, len(holds), len(passes))

    fresh, meta = [], {}
    for i, e in enumerate(seq, 1):
        m = holds.pop() if e == "hold" else passes.pop()
        mid = f"{PREFIX}{i:03d}"
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}
        obj = {"id": mid}
        for k in KEY_ORDER[1:]:
            if k in m:
                obj[k] = m[k]
        fresh.append(obj)

    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(fresh, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(fresh)} mails")


if __name__ == "__main__":
    main()
