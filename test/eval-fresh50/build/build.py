#!/usr/bin/env python3
"""Build fresh.json for blind set 50 (ids ax001-ax100) from the hand-written org_*.py files."""
import json, random, os, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import org_bank, org_clinic, org_esports, org_haken, org_jichikai

ORGS = [("bank", org_bank), ("clinic", org_clinic), ("esports", org_esports),
        ("haken", org_haken), ("jichikai", org_jichikai)]

def collect():
    out = []
    for tag, mod in ORGS:
        for m in mod.MAILS:
            m = dict(m); m["org"] = tag; out.append(m)
    return out

def max_run(seq):
    best = cur = 1
    for a, b in zip(seq, seq[1:]):
        cur = cur + 1 if a == b else 1
        best = max(best, cur)
    return best

def arrange(mails, seed=50):
    rng = random.Random(seed)
    for _ in range(100000):
        order = mails[:]
        rng.shuffle(order)
        if max_run([m["expect"] for m in order]) <= 3 and max_run([m["org"] for m in order]) <= 3:
            return order
    raise SystemExit("could not arrange")

def to_record(i, m):
    r = {"id": f"ax{i:03d}", "expect": m["expect"], "kind": m["kind"], "why": m["why"],
         "from": m["frm"], "to": m["to"]}
    for k in ("cc", "bcc"):
        if m.get(k): r[k] = m[k]
    r["subject"] = m["subject"]; r["text"] = m["text"]
    if m.get("attachments"): r["attachments"] = m["attachments"]
    if m.get("personal"): r["personal"] = [{"type": t, "value": v} for t, v in m["personal"]]
    return r

def main():
    mails = arrange(collect())
    recs = [to_record(i + 1, m) for i, m in enumerate(mails)]
    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(recs, f, ensure_ascii=False, indent=1)
    # side table: where the risk sits, and which org wrote each mail (used for README)
    side = [{"id": r["id"], "org": m["org"], "expect": m["expect"], "kind": m["kind"], "loc": m.get("loc", "-")}
            for r, m in zip(recs, mails)]
    with open(os.path.join(HERE, "locations.json"), "w", encoding="utf-8") as f:
        json.dump(side, f, ensure_ascii=False, indent=1)
    byloc = defaultdict(list); byorg = Counter(); bykind = Counter()
    for s in side:
        if s["expect"] == "hold": byloc[s["loc"]].append(s["id"])
        byorg[(s["org"], s["expect"])] += 1; bykind[s["kind"]] += 1
    for k, v in byloc.items(): print(f"{k:14s} {len(v):2d} {', '.join(v)}")
    print(dict(byorg))
    for k, v in sorted(bykind.items()): print(f"  {k}: {v}")

if __name__ == "__main__":
    main()
