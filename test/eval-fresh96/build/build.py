"""Build fresh.json and build/meta.json for eval-fresh96 (id prefix "cr").

Usage:  python3 build/build.py
The random seed is fixed, so the output is reproducible.
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "cr"
SEED = 96
N_TOTAL = 100
MAX_RUN = 3
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
             "subject", "text", "attachments", "personal"]


def expect_pattern(rng, n_hold, n_pass):
    """Random hold/pass sequence with no run longer than MAX_RUN."""
    while True:
        seq, h, p = [], n_hold, n_pass
        ok = True
        while h or p:
            choices = []
            for e, left in (("hold", h), ("pass", p)):
                if left == 0:
                    continue
                if len(seq) >= MAX_RUN and all(x == e for x in seq[-MAX_RUN:]):
                    continue
                choices.append(e)
            if not choices:
                ok = False
                break
            # weight by what is left so both run out together
            weights = [h if c == "hold" else p for c in choices]
            e = rng.choices(choices, weights=weights)[0]
            seq.append(e)
            if e == "hold":
                h -= 1
            else:
                p -= 1
        if ok:
            return seq


def main():
    rng = random.Random(SEED)
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        mails.extend(mod.mails())
    assert len(mails) == N_TOTAL, len(mails)

    holds = [m for m in mails if m["expect"] == "hold"]
    passes = [m for m in mails if m["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)
    pattern = expect_pattern(rng, len(holds), len(passes))

    out, meta = [], {}
    hi = pi = 0
    for i, e in enumerate(pattern, start=1):
        if e == "hold":
            m = holds[hi]
            hi += 1
        else:
            m = passes[pi]
            pi += 1
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        rec.update({k: v for k, v in m.items() if not k.startswith("_")})
        rec = {k: rec[k] for k in KEY_ORDER if k in rec}
        out.append(rec)
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}

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
