"""Build the eval-fresh103 blind set (id prefix "cy").

Writes ../fresh.json and meta.json (id -> {org, writer, loc}).
The order of the mails is shuffled with a fixed seed so that hold and pass
alternate irregularly (never more than 3 of the same expect in a row).
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "cy"
SEED = 103
MAX_RUN = 3
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
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
    for mod in (org_a, org_b, org_c, org_d, org_e):
        ms = mod.mails()
        assert len(ms) == 20, (mod.ORG, len(ms))
        mails.extend(ms)

    rng = random.Random(SEED)
    for _ in range(100000):
        order = mails[:]
        rng.shuffle(order)
        if max_run([m["expect"] for m in order]) <= MAX_RUN:
            break
    else:
        raise SystemExit("could not find an order")

    out, meta = [], {}
    for i, m in enumerate(order, 1):
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        for k in KEY_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
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
