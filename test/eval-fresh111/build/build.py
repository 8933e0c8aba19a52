"""Build the dg (eval-fresh111) blind set: collect the five organisations' mails,
shuffle them into an irregular hold/pass order with a fixed seed, and write
../fresh.json and meta.json.

    python3 build.py && python3 validate.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "dg"
SEED = 111
OUT_JSON = os.path.join(HERE, "..", "fresh.json")
OUT_META = os.path.join(HERE, "meta.json")
FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
               "subject", "text", "attachments", "personal"]


def max_run(seq):
    best = cur = 0
    prev = None
    for v in seq:
        cur = cur + 1 if v == prev else 1
        prev = v
        best = max(best, cur)
    return best


def main():
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        ms = mod.mails()
        assert len(ms) == 20, (mod.__name__, len(ms))
        mails.extend(ms)

    rng = random.Random(SEED)
    holds = [m for m in mails if m["expect"] == "hold"]
    passes = [m for m in mails if m["expect"] == "pass"]
    assert len(holds) == 50 and len(passes) == 50, (len(holds), len(passes))

    # 1) an irregular hold/pass pattern with no run longer than 3
    pattern = ["hold"] * 50 + ["pass"] * 50
    while True:
        rng.shuffle(pattern)
        if max_run(pattern) <= 3:
            break

    # 2) fill it, avoiding three mails of the same organisation in a row
    for _ in range(10000):
        rng.shuffle(holds)
        rng.shuffle(passes)
        hi = iter(holds)
        pi = iter(passes)
        order = [next(hi) if e == "hold" else next(pi) for e in pattern]
        if max_run([m["_org"] for m in order]) <= 2:
            break
    else:
        raise SystemExit("could not spread organisations")

    out, meta = [], {}
    for i, m in enumerate(order, 1):
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        for k in FIELD_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}

    with open(OUT_JSON, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(OUT_META, "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails to {os.path.normpath(OUT_JSON)}")


if __name__ == "__main__":
    main()
