"""Build fresh.json and meta.json for eval-fresh61 (ids bi001..bi100).

Each org module holds 20 mails (10 hold / 10 pass). Within an org the mails are
shuffled with a fixed seed and laid on a hold/pass sequence that never has more
than 3 equal `expect` in a row (also across org boundaries).
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

ORGS = [
    (org_a, "A 港北みなみ地域包括支援センター"),
    (org_b, "B 北斗モータース（整備・車検）"),
    (org_c, "C ホテル・ミナトグランデ東京"),
    (org_d, "D サイバーレジリエンス・ラボ"),
    (org_e, "E 東都大学病院 国際診療センター"),
]
PREFIX = "bi"
FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
               "attachments", "personal"]


def pattern(rng, prev_tail):
    """Random sequence of 10 'hold' and 10 'pass' with runs <= 3, given the previous tail."""
    while True:
        seq = ["hold"] * 10 + ["pass"] * 10
        rng.shuffle(seq)
        full = prev_tail + seq
        run, ok = 1, True
        for i in range(1, len(full)):
            run = run + 1 if full[i] == full[i - 1] else 1
            if run > 3:
                ok = False
                break
        if ok:
            return seq


def main():
    out, meta = [], {}
    tail = []
    n = 0
    for idx, (mod, _label) in enumerate(ORGS):
        rng = random.Random(6100 + idx)
        holds = [m for m in mod.MAILS if m["expect"] == "hold"]
        passes = [m for m in mod.MAILS if m["expect"] == "pass"]
        assert len(holds) == 10 and len(passes) == 10, mod.ORG
        rng.shuffle(holds)
        rng.shuffle(passes)
        seq = pattern(rng, tail[-3:])
        for e in seq:
            m = dict(holds.pop() if e == "hold" else passes.pop())
            n += 1
            mid = f"{PREFIX}{n:03d}"
            meta[mid] = {"org": mod.ORG, "writer": m.pop("_writer"), "loc": m.pop("_loc")}
            m["id"] = mid
            out.append({k: m[k] for k in FIELD_ORDER if k in m})
        tail = seq
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
