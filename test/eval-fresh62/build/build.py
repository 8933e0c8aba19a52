#!/usr/bin/env python3
"""Assemble the eval-fresh62 set (ids bj001..bj100) from the five organisation modules."""
import json, random, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import org_a, org_b, org_c, org_d, org_e

OUT = os.path.dirname(HERE)
PREFIX = "bj"
ORGS = [org_a, org_b, org_c, org_d, org_e]

def collect():
    allm = []
    for mod in ORGS:
        assert len(mod.MAILS) == 20, (mod.ORG, len(mod.MAILS))
        for m in mod.MAILS:
            m = dict(m)
            m["_org"] = mod.ORG
            allm.append(m)
    return allm

def ok_order(seq):
    run_e = run_o = 1
    for i in range(1, len(seq)):
        run_e = run_e + 1 if seq[i]["expect"] == seq[i-1]["expect"] else 1
        run_o = run_o + 1 if seq[i]["_org"] == seq[i-1]["_org"] else 1
        if run_e > 3 or run_o > 2:
            return False
    return True

def order(allm):
    seed = 6200
    while True:
        rnd = random.Random(seed)
        seq = allm[:]
        rnd.shuffle(seq)
        if ok_order(seq):
            return seq, seed
        seed += 1

FIELDS = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"]

def main():
    seq, seed = order(collect())
    out, meta = [], {}
    for i, m in enumerate(seq, 1):
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        for k in FIELDS[1:]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} mails (shuffle seed {seed})")

if __name__ == "__main__":
    main()
