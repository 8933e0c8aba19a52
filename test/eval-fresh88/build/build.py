"""Builds ../fresh.json and meta.json from the five organisation generators.

The 100 mails are shuffled with a fixed seed; the shuffle is repeated (from the
same generator state) until no more than 3 consecutive mails share `expect`.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "cj"
SEED = 88
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
        mails.extend(mod.MAILS)
    assert len(mails) == 100, len(mails)

    rng = random.Random(SEED)
    order = list(range(len(mails)))
    tries = 0
    while True:
        tries += 1
        rng.shuffle(order)
        if max_run([mails[i]["expect"] for i in order]) <= 3:
            break

    out, meta = [], {}
    for n, i in enumerate(order, 1):
        m = mails[i]
        mid = f"{PREFIX}{n:03d}"
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
    print(f"wrote {len(out)} mails (shuffle tries: {tries})")


if __name__ == "__main__":
    main()
