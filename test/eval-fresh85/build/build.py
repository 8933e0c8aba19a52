"""Build fresh.json for eval-fresh85.

Collects the mails written in org_a.py … org_e.py, orders them with a fixed
seed so that no more than three consecutive mails share the same `expect`,
assigns ids cg001 … cg100 and writes ../fresh.json and meta.json.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "cg"
SEED = 85
MAX_RUN = 3
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
             "subject", "text", "attachments", "personal"]


def expect_pattern(rng, n_hold, n_pass):
    """A random hold/pass sequence with runs of at most MAX_RUN."""
    while True:
        seq, h, p = [], n_hold, n_pass
        ok = True
        while h or p:
            choices = []
            run_kind = seq[-1] if seq else None
            run = 0
            for x in reversed(seq):
                if x != run_kind:
                    break
                run += 1
            if h and not (run_kind == "hold" and run >= MAX_RUN):
                choices += ["hold"] * h
            if p and not (run_kind == "pass" and run >= MAX_RUN):
                choices += ["pass"] * p
            if not choices:
                ok = False
                break
            c = rng.choice(choices)
            seq.append(c)
            if c == "hold":
                h -= 1
            else:
                p -= 1
        if ok:
            return seq


def main():
    rng = random.Random(SEED)
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        mails.extend(mod.MAILS)
    holds = [m for m in mails if m["expect"] == "hold"]
    passes = [m for m in mails if m["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)
    pattern = expect_pattern(rng, len(holds), len(passes))

    out, meta = [], {}
    hi = pi = 0
    for i, e in enumerate(pattern, 1):
        if e == "hold":
            m = holds[hi]; hi += 1
        else:
            m = passes[pi]; pi += 1
        mid = "%s%03d" % (PREFIX, i)
        rec = {"id": mid}
        rec.update({k: v for k, v in m.items() if k not in ("org", "writer", "loc")})
        rec = {k: rec[k] for k in KEY_ORDER if k in rec}
        out.append(rec)
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}

    with open(os.path.join(HERE, "..", "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d mails" % len(out))


if __name__ == "__main__":
    main()
