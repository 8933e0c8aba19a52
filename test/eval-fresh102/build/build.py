"""Build the cx (eval-fresh102) blind evaluation set.

Writes ../fresh.json and meta.json (id -> {org, writer, loc}).
The order of mails is drawn with a fixed seed so that hold and pass
alternate irregularly (runs of the same expect are at most 3 long).
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "cx"
SEED = 102
MAX_RUN = 3


def expect_sequence(rng, n_hold, n_pass):
    while True:
        seq = ["hold"] * n_hold + ["pass"] * n_pass
        rng.shuffle(seq)
        run, ok = 1, True
        for i in range(1, len(seq)):
            run = run + 1 if seq[i] == seq[i - 1] else 1
            if run > MAX_RUN:
                ok = False
                break
        if ok:
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
    for i, exp in enumerate(seq, 1):
        m = (holds if exp == "hold" else passes).pop()
        mid = f"{PREFIX}{i:03d}"
        info = m.pop("_meta")
        rec = {"id": mid}
        rec.update(m)
        out.append(rec)
        meta[mid] = info

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
