#!/usr/bin/env python3
"""Build fresh.json (100 mails, ids dn001..dn100) and build/meta.json.

Deterministic: a fixed seed drives a shuffle that is retried until no label
(hold/pass) and no organisation runs more than 3 in a row.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

SEED = 118
PREFIX = "dn"
MAX_RUN = 3
OUT = os.path.join(os.path.dirname(HERE), "fresh.json")
META = os.path.join(HERE, "meta.json")
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
             "subject", "text", "attachments", "personal"]


def max_run(seq):
    best = cur = 1
    for a, b in zip(seq, seq[1:]):
        cur = cur + 1 if a == b else 1
        best = max(best, cur)
    return best


def arrange(mails, rng):
    order = list(range(len(mails)))
    for attempt in range(1, 2_000_001):
        rng.shuffle(order)
        labels = [mails[i]["expect"] for i in order]
        orgs = [mails[i]["org"] for i in order]
        if max_run(labels) <= MAX_RUN and max_run(orgs) <= MAX_RUN:
            return [mails[i] for i in order], attempt
    raise SystemExit("could not find an arrangement")


def main():
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        got = mod.mails()
        assert len(got) == 20, (mod.__name__, len(got))
        mails.extend(got)
    rng = random.Random(SEED)
    arranged, attempts = arrange(mails, rng)

    out, meta = [], {}
    for n, m in enumerate(arranged, start=1):
        mid = f"{PREFIX}{n:03d}"
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}
        rec = {"id": mid}
        for k in KEY_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)

    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(META, "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails to {os.path.relpath(OUT)} (shuffle attempts: {attempts})")


if __name__ == "__main__":
    main()
