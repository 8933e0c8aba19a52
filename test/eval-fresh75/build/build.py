#!/usr/bin/env python3
"""Assemble the eval-fresh75 set: order the mails of the five organisations with a
fixed seed, assign ids bw001..bw100, and write ../fresh.json and meta.json."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "bw"
SEED = 75
MAX_RUN = 3
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
             "subject", "text", "attachments", "personal"]


def expect_pattern(rng, n_hold, n_pass):
    """Random hold/pass sequence with no run longer than MAX_RUN."""
    while True:
        seq, h, p, ok = [], n_hold, n_pass, True
        while h or p:
            run_val = seq[-1] if seq else None
            run_len = 0
            for x in reversed(seq):
                if x != run_val:
                    break
                run_len += 1
            choices = []
            if h and not (run_val == "hold" and run_len >= MAX_RUN):
                choices += ["hold"] * h
            if p and not (run_val == "pass" and run_len >= MAX_RUN):
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
    entries = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        for e in mod.MAILS:
            entries.append(dict(e, org=mod.ORG))
    holds = [e for e in entries if e["mail"]["expect"] == "hold"]
    passes = [e for e in entries if e["mail"]["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)
    pattern = expect_pattern(rng, len(holds), len(passes))

    out, meta = [], {}
    for i, ex in enumerate(pattern, 1):
        e = holds.pop(0) if ex == "hold" else passes.pop(0)
        mid = "%s%03d" % (PREFIX, i)
        m = dict(e["mail"], id=mid)
        out.append({k: m[k] for k in KEY_ORDER if k in m})
        meta[mid] = {"org": e["org"], "writer": e["writer"], "loc": e["loc"]}

    with open(os.path.join(HERE, "..", "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d mails" % len(out))


if __name__ == "__main__":
    main()
