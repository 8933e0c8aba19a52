#!/usr/bin/env python3
"""Assemble the bs (eval-fresh71) blind set: order mails with a fixed seed, assign ids,
write ../fresh.json and ./meta.json."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "bs"
SEED = 71
FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
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
    pool = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        ms = mod.MAILS
        holds = sum(m["expect"] == "hold" for m in ms)
        assert len(ms) == 20 and holds == 10, (mod.ORG, len(ms), holds)
        for m in ms:
            pool.append((mod.ORG, m))

    rng = random.Random(SEED)
    tries = 0
    while True:
        tries += 1
        rng.shuffle(pool)
        if max_run([m["expect"] for _, m in pool]) <= 3:
            break

    out, meta = [], {}
    for i, (org, m) in enumerate(pool, start=1):
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        for k in FIELD_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)
        meta[mid] = {"org": org, "writer": m["_writer"], "loc": m["_loc"]}

    with open(os.path.join(HERE, "..", "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails (shuffle tries: {tries})")


if __name__ == "__main__":
    main()
