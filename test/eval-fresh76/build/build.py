"""Collect the five organisations' mails, order them with a fixed seed, assign ids,
write ../fresh.json and meta.json."""
import json
import os
import random

import org_a
import org_b
import org_c
import org_d
import org_e

PREFIX = "bx"
SEED = 76
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"]


def sequence(rng, n_hold, n_pass, max_run=3):
    """Random hold/pass pattern with no run longer than max_run."""
    while True:
        h, p, seq = n_hold, n_pass, []
        ok = True
        while h or p:
            run_val = seq[-1] if seq else None
            run_len = 0
            for v in reversed(seq):
                if v != run_val:
                    break
                run_len += 1
            choices = []
            if h and not (run_val == "hold" and run_len >= max_run):
                choices += ["hold"] * h
            if p and not (run_val == "pass" and run_len >= max_run):
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
    pattern = sequence(rng, len(holds), len(passes))
    ordered = [(holds if e == "hold" else passes).pop() for e in pattern]

    out, meta = [], {}
    for i, m in enumerate(ordered, 1):
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        rec.update({k: v for k, v in m.items() if not k.startswith("_")})
        rec = {k: rec[k] for k in FIELD_ORDER if k in rec}
        out.append(rec)
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}

    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails")


if __name__ == "__main__":
    main()
