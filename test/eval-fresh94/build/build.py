"""Build fresh.json and build/meta.json for eval-fresh94 (id prefix "cp").

Usage: python3 build/build.py
The order of the mails is shuffled with a fixed seed; a shuffle is accepted
only if no more than 3 mails in a row share the same `expect`.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import org_a  # noqa: E402
import org_b  # noqa: E402
import org_c  # noqa: E402
import org_d  # noqa: E402
import org_e  # noqa: E402

PREFIX = "cp"
SEED = 94
MAX_RUN = 3
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
             "subject", "text", "attachments", "personal"]


def max_run(seq):
    best = run = 0
    prev = None
    for m in seq:
        run = run + 1 if m["expect"] == prev else 1
        prev = m["expect"]
        best = max(best, run)
    return best


def main():
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        mails.extend(mod.mails())
    rng = random.Random(SEED)
    tries = 0
    while True:
        tries += 1
        order = mails[:]
        rng.shuffle(order)
        if max_run(order) <= MAX_RUN:
            break
    out, meta = [], {}
    for i, m in enumerate(order, 1):
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        for k in KEY_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}
    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails (seed {SEED}, accepted shuffle #{tries})")


if __name__ == "__main__":
    main()
