"""Build fresh.json and build/meta.json for eval-fresh109.

Usage:  python3 build/build.py      (from the set's folder or from build/)
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "de"
SEED = 109
ORGS = [org_a, org_b, org_c, org_d, org_e]
FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
               "subject", "text", "attachments", "personal"]


def pattern(rng, n_hold, n_pass, max_run=3):
    """A random hold/pass sequence with the given counts and runs <= max_run."""
    while True:
        left = {"hold": n_hold, "pass": n_pass}
        seq = []
        ok = True
        while left["hold"] or left["pass"]:
            choices = []
            for v in ("hold", "pass"):
                if not left[v]:
                    continue
                if len(seq) >= max_run and all(x == v for x in seq[-max_run:]):
                    continue
                choices.append(v)
            if not choices:
                ok = False
                break
            # weight by what is left so that neither kind is exhausted early
            weights = [left[v] for v in choices]
            v = rng.choices(choices, weights=weights)[0]
            seq.append(v)
            left[v] -= 1
        if ok:
            return seq


def main():
    rng = random.Random(SEED)
    mails = []
    for mod in ORGS:
        ms = mod.mails()
        assert len(ms) == 20, (mod.__name__, len(ms))
        mails.extend(ms)
    holds = [m for m in mails if m["expect"] == "hold"]
    passes = [m for m in mails if m["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)
    seq = pattern(rng, len(holds), len(passes))

    out, meta = [], {}
    hi = pi = 0
    for i, v in enumerate(seq, 1):
        if v == "hold":
            m = holds[hi]
            hi += 1
        else:
            m = passes[pi]
            pi += 1
        mid = f"{PREFIX}{i:03d}"
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}
        rec = {"id": mid}
        for k in FIELD_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)

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
