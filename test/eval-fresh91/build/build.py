"""Build the eval-fresh91 set: writes ../fresh.json and meta.json.

Fixed seed, so the output is reproducible:  python3 build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

SEED = 9191
PREFIX = "cm"
ORG_MODULES = [org_a, org_b, org_c, org_d, org_e]
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
             "subject", "text", "attachments", "personal"]


def make_pattern(rng, n_hold=50, n_pass=50, max_run=3):
    """Random hold/pass order with runs of at most max_run."""
    while True:
        seq, left, run, last = [], {"hold": n_hold, "pass": n_pass}, 0, None
        for _ in range(n_hold + n_pass):
            options = [e for e in ("hold", "pass")
                       if left[e] > 0 and not (e == last and run >= max_run)]
            if not options:
                break
            e = rng.choices(options, weights=[left[o] for o in options])[0]
            seq.append(e)
            left[e] -= 1
            run = run + 1 if e == last else 1
            last = e
        if len(seq) == n_hold + n_pass:
            # irregular: reject a strictly alternating sequence
            if any(seq[i] == seq[i + 1] for i in range(len(seq) - 1)):
                return seq


def main():
    rng = random.Random(SEED)
    holds, passes = [], []
    for mod in ORG_MODULES:
        items = mod.mails()
        assert len(items) == 20, (mod.ORG, len(items))
        for it in items:
            it["org"] = mod.ORG
            (holds if it["mail"]["expect"] == "hold" else passes).append(it)
    rng.shuffle(holds)
    rng.shuffle(passes)
    pattern = make_pattern(rng, len(holds), len(passes))

    mails, meta = [], {}
    for i, e in enumerate(pattern, start=1):
        it = (holds if e == "hold" else passes).pop()
        mid = f"{PREFIX}{i:03d}"
        m = dict(it["mail"])
        m["id"] = mid
        mails.append({k: m[k] for k in KEY_ORDER if k in m})
        meta[mid] = {"org": it["org"], "writer": it["writer"], "loc": it["loc"]}

    out_dir = os.path.dirname(HERE)
    with open(os.path.join(out_dir, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(mails, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(mails)} mails")


if __name__ == "__main__":
    main()
