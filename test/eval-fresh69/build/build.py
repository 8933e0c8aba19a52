"""Assemble the blind set: collect the five organisations' mails, order them with a fixed seed
(50 hold / 50 pass, never more than 3 equal `expect` in a row), assign ids bq001..bq100,
and write ../fresh.json and ./meta.json."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "bq"
SEED = 69
MAX_RUN = 3
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
             "subject", "text", "attachments", "personal"]


def expect_sequence(rng, n_hold, n_pass):
    while True:
        seq, h, p, ok = [], n_hold, n_pass, True
        while h or p:
            choices = []
            for e, left in (("hold", h), ("pass", p)):
                if left and not (len(seq) >= MAX_RUN and all(x == e for x in seq[-MAX_RUN:])):
                    choices += [e] * left
            if not choices:
                ok = False
                break
            e = rng.choice(choices)
            seq.append(e)
            if e == "hold":
                h -= 1
            else:
                p -= 1
        if ok:
            return seq


def main():
    mails = []
    for mod, name in ((org_a, "A"), (org_b, "B"), (org_c, "C"), (org_d, "U"), (org_e, "E")):
        mails += getattr(mod, name).mails
    rng = random.Random(SEED)
    holds = [m for m in mails if m["expect"] == "hold"]
    passes = [m for m in mails if m["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)
    seq = expect_sequence(rng, len(holds), len(passes))
    out, meta = [], {}
    for i, e in enumerate(seq, 1):
        m = (holds if e == "hold" else passes).pop()
        mid = f"{PREFIX}{i:03d}"
        meta[mid] = m["_meta"]
        rec = {"id": mid}
        for k in KEY_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)
    with open(os.path.join(HERE, "..", "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(out)} mails")


if __name__ == "__main__":
    main()
