#!/usr/bin/env python3
"""Build fresh.json for blind set 37 (ids ak001-ak100) from the hand-written data files."""
import json, os, random, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data_law, data_pharm, data_juku, data_logi, data_cosme

ORGS = [("law", data_law), ("pharm", data_pharm), ("juku", data_juku),
        ("logi", data_logi), ("cosme", data_cosme)]
PREFIX = "ak"
SEED = 37

def collect():
    mails = []
    for org, mod in ORGS:
        for m in mod.MAILS:
            m = dict(m)
            m["_org"] = org
            mails.append(m)
    return mails

def max_run(seq):
    best = run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    return best

def order(mails):
    rng = random.Random(SEED)
    while True:
        rng.shuffle(mails)
        if max_run([m["expect"] for m in mails]) <= 3 and max_run([m["_org"] for m in mails]) <= 3:
            return mails

def to_record(i, m):
    r = {"id": f"{PREFIX}{i:03d}", "expect": m["expect"], "kind": m["kind"], "why": m["why"],
         "from": m["frm"], "to": m["to"]}
    for k in ("cc", "bcc"):
        if m.get(k):
            r[k] = m[k]
    r["subject"] = m["subject"]
    r["text"] = m["text"]
    if m.get("attachments"):
        r["attachments"] = m["attachments"]
    if m.get("personal"):
        r["personal"] = [{"type": t, "value": v} for t, v in m["personal"]]
    return r

def main():
    mails = order(collect())
    out = [to_record(i + 1, m) for i, m in enumerate(mails)]
    dest = os.path.join(os.path.dirname(HERE), "fresh.json")
    with open(dest, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    # summary for the README
    byloc, byorg, kinds = defaultdict(list), defaultdict(Counter), Counter()
    for r, m in zip(out, mails):
        byloc[m.get("loc") or "pass"].append(r["id"])
        byorg[m["_org"]][r["expect"]] += 1
        kinds[r["kind"]] += 1
    with open(os.path.join(HERE, "summary.txt"), "w", encoding="utf-8") as f:
        for k, v in byloc.items():
            f.write(f"{k} ({len(v)}): {', '.join(v)}\n")
        for o, c in byorg.items():
            f.write(f"{o}: hold {c['hold']} pass {c['pass']}\n")
        for k, v in sorted(kinds.items()):
            f.write(f"{k}\t{v}\n")
        for r, m in zip(out, mails):
            f.write(f"{r['id']}\t{m['_org']}\t{r['expect']}\t{m.get('loc') or ''}\t{r['kind']}\n")
    print(f"wrote {dest}: {len(out)} mails")

if __name__ == "__main__":
    main()
