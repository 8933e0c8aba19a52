#!/usr/bin/env python3
"""Build fresh.json (and README.md tables) for blind set 48 from the hand-written mail files."""
import json, random, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mails_a, mails_b, mails_c, mails_d, mails_e

ORGS = [("A", mails_a), ("B", mails_b), ("C", mails_c), ("D", mails_d), ("E", mails_e)]
OUT = os.path.dirname(HERE)
PREFIX = "av"

def max_run(seq):
    best = run = 0; prev = None
    for x in seq:
        run = run + 1 if x == prev else 1; prev = x; best = max(best, run)
    return best

def main():
    pool = []
    for org, mod in ORGS:
        for m in mod.MAILS:
            m = dict(m); m["_org"] = org; pool.append(m)
    rng = random.Random(48)
    while True:
        rng.shuffle(pool)
        if max_run([m["expect"] for m in pool]) <= 3:
            break
    out, meta = [], []
    for i, m in enumerate(pool, 1):
        mid = f"{PREFIX}{i:03d}"
        o = {"id": mid, "expect": m["expect"], "kind": m["kind"], "why": m["why"],
             "from": m["from"], "to": m["to"]}
        if m["cc"]: o["cc"] = m["cc"]
        if m["bcc"]: o["bcc"] = m["bcc"]
        o["subject"] = m["subject"]; o["text"] = m["text"]
        if m["attachments"]: o["attachments"] = m["attachments"]
        if m["personal"]: o["personal"] = m["personal"]
        out.append(o)
        meta.append({"id": mid, "org": m["_org"], "from": m["from"], "expect": m["expect"], "kind": m["kind"], "where": m["where"]})
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "where_index.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    # README generated tables
    tpl = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
    by_where = collections.defaultdict(list)
    for r in meta:
        if r["expect"] == "hold": by_where[r["where"]].append(r["id"])
    labels = [("body","In the body"),("attachment","Only in an attachment (body gives no hint)"),
              ("quoted","Only in a quoted or forwarded part"),("subject","Only in the subject line"),
              ("zip","Encrypted zip (PPAP)"),("recipients","More than 10 visible outside recipients")]
    wt = "| Where the risk sits | Count | Ids |\n|---|---|---|\n" + "\n".join(
        f"| {lab} | {len(by_where[k])} | {', '.join(by_where[k])} |" for k, lab in labels)
    writers = collections.Counter((r["org"], r["from"]) for r in meta)
    wr = "\n".join(f"| {org} | `{fr}` | {n} |" for (org, fr), n in sorted(writers.items()))
    kinds = collections.Counter((r["expect"], r["kind"]) for r in meta)
    kt = "| Label | Kind | Count |\n|---|---|---|\n" + "\n".join(f"| {e} | {k} | {n} |" for (e, k), n in sorted(kinds.items()))
    idx = collections.defaultdict(list)
    for r in meta: idx[r["kind"]].append(r["id"])
    tpl = tpl.replace("{{WHERE_TABLE}}", wt).replace("{{WRITERS}}", wr).replace("{{KIND_TABLE}}", kt)
    tpl = tpl.replace("{{KIND_IDS}}", "\n".join(f"- `{k}`: {', '.join(v)}" for k, v in sorted(idx.items())))
    # allow README to cite ids by kind: {{ID:kind}}
    import re
    tpl = re.sub(r"\{\{ID:([^}]+)\}\}", lambda mo: ", ".join(idx[mo.group(1)]), tpl)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(tpl)
    print(f"wrote {len(out)} mails; holds={sum(o['expect']=='hold' for o in out)}")

if __name__ == "__main__":
    main()
