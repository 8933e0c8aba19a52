"""Build fresh.json and build/meta.json for eval-fresh106 (fixed seed)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "db"
SEED = 106


def max_run(seq):
    best = run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    return best


def main():
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        mails.extend(mod.mails())
    assert len(mails) == 100, len(mails)

    rng = random.Random(SEED)
    order = list(range(len(mails)))
    while True:
        rng.shuffle(order)
        exp = [mails[i]["expect"] for i in order]
        orgs = [mails[i]["_org"] for i in order]
        # irregular alternation of hold/pass, and no organisation more than twice in a row
        if max_run(exp) <= 3 and max_run(orgs) <= 2:
            break

    out, meta = [], {}
    for n, i in enumerate(order, 1):
        m = dict(mails[i])
        mid = f"{PREFIX}{n:03d}"
        meta[mid] = {"org": m.pop("_org"), "writer": m.pop("_writer"), "loc": m.pop("_loc")}
        out.append({"id": mid, **m})

    with open(os.path.join(HERE, "..", "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails")


if __name__ == "__main__":
    main()
