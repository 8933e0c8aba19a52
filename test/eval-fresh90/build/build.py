"""Build fresh.json and build/meta.json for the eval-fresh90 blind set.

Usage: python3 build/build.py   (from the set folder or from build/)
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402
from common import PREFIX  # noqa: E402

SEED = 20250690
ROOT = os.path.dirname(HERE)
FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
               "attachments", "personal"]


def expect_pattern(rng, n_hold, n_pass, max_run=3):
    """Random hold/pass sequence with runs of length 1..max_run and exact counts."""
    while True:
        seq = []
        cur = rng.choice(["hold", "pass"])
        while len(seq) < n_hold + n_pass:
            seq.extend([cur] * rng.randint(1, max_run))
            cur = "pass" if cur == "hold" else "hold"
        seq = seq[: n_hold + n_pass]
        if seq.count("hold") == n_hold:
            return seq


def main():
    rng = random.Random(SEED)
    holds, passes = [], []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        ms = mod.mails()
        assert len(ms) == 20, (mod.ORG, len(ms))
        for m in ms:
            m["_org"] = mod.ORG
            (holds if m["expect"] == "hold" else passes).append(m)
    rng.shuffle(holds)
    rng.shuffle(passes)
    pattern = expect_pattern(rng, len(holds), len(passes))

    out, meta = [], {}
    hi = pi = 0
    for i, e in enumerate(pattern, start=1):
        if e == "hold":
            m = holds[hi]; hi += 1
        else:
            m = passes[pi]; pi += 1
        mid = f"{PREFIX}{i:03d}"
        obj = {"id": mid}
        for k in FIELD_ORDER[1:]:
            if k in m:
                obj[k] = m[k]
        out.append(obj)
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
