"""Build fresh.json and build/meta.json for eval-fresh108 (prefix "dd").

Usage: python3 build/build.py   (from the set folder or anywhere)
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

SEED = 108
PREFIX = "dd"
OUT = os.path.join(os.path.dirname(HERE), "fresh.json")
META = os.path.join(HERE, "meta.json")
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
             "subject", "text", "attachments", "personal"]


def expect_sequence(rng, n_hold=50, n_pass=50, max_run=3):
    """Irregular hold/pass pattern with runs of 1..max_run."""
    while True:
        seq = []
        cur = rng.choice(["hold", "pass"])
        left = {"hold": n_hold, "pass": n_pass}
        while left["hold"] or left["pass"]:
            if left[cur] == 0:
                cur = "pass" if cur == "hold" else "hold"
            run = rng.choices([1, 2, 3], weights=[5, 3, 2])[0]
            run = min(run, max_run, left[cur])
            seq += [cur] * run
            left[cur] -= run
            cur = "pass" if cur == "hold" else "hold"
        # reject if any run exceeds max_run (can happen when one side runs out)
        ok, r = True, 1
        for i in range(1, len(seq)):
            r = r + 1 if seq[i] == seq[i - 1] else 1
            if r > max_run:
                ok = False
                break
        if ok:
            return seq


def main():
    rng = random.Random(SEED)
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        mails += mod.build().mails
    holds = [m for m in mails if m["expect"] == "hold"]
    passes = [m for m in mails if m["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)
    seq = expect_sequence(rng, len(holds), len(passes))

    out, meta = [], {}
    hi = pi = 0
    for i, e in enumerate(seq, 1):
        if e == "hold":
            m = holds[hi]; hi += 1
        else:
            m = passes[pi]; pi += 1
        mid = f"{PREFIX}{i:03d}"
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}
        rec = {"id": mid}
        for k in KEY_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)

    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(META, "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails to {OUT}")


if __name__ == "__main__":
    main()
