"""Build fresh.json and build/meta.json for the eval-fresh95 set (ids cq001..cq100)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

SEED = 9595
PREFIX = "cq"
MAX_RUN = 3
ORGS = [org_a, org_b, org_c, org_d, org_e]
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
             "attachments", "personal"]


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
    for mod in ORGS:
        for m in mod.mails():
            m = dict(m)
            m["org"] = mod.ORG["key"]
            m["from"] = mod.ORG["writers"][m["writer"]]["from"]
            pool.append(m)
    assert len(pool) == 100, len(pool)

    rng = random.Random(SEED)
    for _ in range(100000):
        rng.shuffle(pool)
        if max_run([m["expect"] for m in pool]) <= MAX_RUN:
            break
    else:
        raise SystemExit("could not find an ordering")

    out, meta = [], {}
    for i, m in enumerate(pool, 1):
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        for k in KEY_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}

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
