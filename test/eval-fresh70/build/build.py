#!/usr/bin/env python3
"""Build the blind set eval-fresh70: order mails with a fixed seed, assign ids br001..br100,
write ../fresh.json and meta.json."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a_union
import org_b_dental
import org_c_marriage
import org_d_airline
import org_e_consulting

PREFIX = "br"
SEED = 70070
FIELDS = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
          "subject", "text", "attachments", "personal"]


def max_run(seq):
    best = run = 0
    prev = None
    for x in seq:
        run = run + 1 if x == prev else 1
        prev = x
        best = max(best, run)
    return best


def main():
    mails = []
    for mod in (org_a_union, org_b_dental, org_c_marriage, org_d_airline, org_e_consulting):
        ms = mod.mails()
        holds = sum(1 for m in ms if m["expect"] == "hold")
        assert len(ms) == 20 and holds == 10, (mod.__name__, len(ms), holds)
        mails.extend(ms)

    rng = random.Random(SEED)
    for _ in range(100000):
        rng.shuffle(mails)
        if max_run([m["expect"] for m in mails]) <= 3 and max_run([m["org"] for m in mails]) <= 2:
            break
    else:
        raise SystemExit("could not find an ordering")

    out, meta = [], {}
    for i, m in enumerate(mails, 1):
        mid = f"{PREFIX}{i:03d}"
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}
        rec = {"id": mid}
        for k in FIELDS[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)

    with open(os.path.join(HERE, "..", "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails")


if __name__ == "__main__":
    main()
