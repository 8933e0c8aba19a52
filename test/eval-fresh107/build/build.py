"""Build fresh.json and build/meta.json for eval-fresh107 (prefix "dc").

Run:  python3 build/build.py      (from the set folder or anywhere)
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

PREFIX = "dc"
SEED = 107
KEY_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
             "subject", "text", "attachments", "personal"]


def expect_sequence(rnd, n_hold, n_pass, max_run=3):
    """A random hold/pass sequence with no run longer than max_run."""
    while True:
        seq, h, p = [], n_hold, n_pass
        ok = True
        while h or p:
            run_val, run_len = (seq[-1], 1) if seq else (None, 0)
            if seq:
                for v in reversed(seq[:-1]):
                    if v != run_val:
                        break
                    run_len += 1
            options = []
            if h and not (run_val == "hold" and run_len >= max_run):
                options.append(("hold", h))
            if p and not (run_val == "pass" and run_len >= max_run):
                options.append(("pass", p))
            if not options:
                ok = False
                break
            total = sum(w for _, w in options)
            r = rnd.uniform(0, total)
            choice = options[-1][0]
            for v, w in options:
                if r < w:
                    choice = v
                    break
                r -= w
            seq.append(choice)
            if choice == "hold":
                h -= 1
            else:
                p -= 1
        if ok:
            return seq


def main():
    rnd = random.Random(SEED)
    all_mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        all_mails.extend(mod.mails())
    holds = [m for m in all_mails if m["expect"] == "hold"]
    passes = [m for m in all_mails if m["expect"] == "pass"]
    rnd.shuffle(holds)
    rnd.shuffle(passes)
    seq = expect_sequence(rnd, len(holds), len(passes))

    out, meta = [], {}
    hi = pi = 0
    for i, e in enumerate(seq, start=1):
        if e == "hold":
            m = holds[hi]
            hi += 1
        else:
            m = passes[pi]
            pi += 1
        mid = f"{PREFIX}{i:03d}"
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}
        rec = {"id": mid}
        for k in KEY_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)

    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails")


if __name__ == "__main__":
    main()
