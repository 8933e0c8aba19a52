"""Build fresh.json and build/meta.json for eval-fresh105 (fixed seed)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

SEED = 105
PREFIX = "da"
MODULES = [org_a, org_b, org_c, org_d, org_e]


def expect_pattern(rng, n_hold=50, n_pass=50, max_run=3):
    """Random hold/pass sequence with no run longer than max_run."""
    while True:
        h, p, seq = n_hold, n_pass, []
        ok = True
        while h or p:
            if len(seq) >= max_run and len(set(seq[-max_run:])) == 1:
                choice = "pass" if seq[-1] == "hold" else "hold"
            else:
                choice = "hold" if rng.random() < h / (h + p) else "pass"
            if (choice == "hold" and h == 0) or (choice == "pass" and p == 0):
                ok = False
                break
            seq.append(choice)
            if choice == "hold":
                h -= 1
            else:
                p -= 1
        if ok:
            return seq


def main():
    rng = random.Random(SEED)
    mails = []
    for mod in MODULES:
        ms = mod.mails()
        assert len(ms) == 20, mod.__name__
        mails.extend(ms)
    holds = [m for m in mails if m["expect"] == "hold"]
    passes = [m for m in mails if m["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)
    pattern = expect_pattern(rng, len(holds), len(passes))
    ordered, hi, pi = [], iter(holds), iter(passes)
    for e in pattern:
        ordered.append(next(hi) if e == "hold" else next(pi))

    out, meta = [], {}
    for i, m in enumerate(ordered, 1):
        mid = f"{PREFIX}{i:03d}"
        meta[mid] = m["_meta"]
        rec = {"id": mid}
        for k in ("expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
                  "attachments", "personal"):
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
