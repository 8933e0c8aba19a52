#!/usr/bin/env python3
"""Build fresh.json, meta.json and README.md for eval-fresh63 (prefix bk).

Each org script holds its 20 hand-written mails. This script only mixes them into
one order (seeded shuffle, no run of more than 3 equal `expect`, no more than 2
mails of the same org in a row), gives the ids bk001..bk100 and writes the files.
"""
import json
import os
import random
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import org_a_hoikuen as A  # noqa: E402
import org_b_bank as B  # noqa: E402
import org_c_chintai as C  # noqa: E402
import org_d_saas as D  # noqa: E402
import org_e_sportsmed as E  # noqa: E402

ORGS = [A, B, C, D, E]
PREFIX = "bk"
FIELDS = ["expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"]


def order(mails, seed=63):
    rng = random.Random(seed)
    for _ in range(20000):
        pool = mails[:]
        rng.shuffle(pool)
        out = []
        ok = True
        while pool:
            cands = []
            for m in pool:
                seq = out + [m]
                if len(seq) >= 4 and len({x["expect"] for x in seq[-4:]}) == 1:
                    continue
                if len(seq) >= 3 and len({x["org"] for x in seq[-3:]}) == 1:
                    continue
                cands.append(m)
            if not cands:
                ok = False
                break
            pick = cands[0]
            out.append(pick)
            pool.remove(pick)
        if ok and all(9 <= sum(x["expect"] == "hold" for x in out[k:k + 20]) <= 11 for k in range(0, 100, 20)):
            return out
    raise SystemExit("could not order mails")


def main():
    mails = []
    for mod in ORGS:
        assert len(mod.MAILS) == 20, (mod.ORG, len(mod.MAILS))
        for m in mod.MAILS:
            m = dict(m)
            m["org"] = mod.ORG
            mails.append(m)
    ordered = order(mails)
    fresh, meta, key2id = [], OrderedDict(), {}
    for i, m in enumerate(ordered, 1):
        mid = f"{PREFIX}{i:03d}"
        key2id[m["key"]] = mid
        obj = OrderedDict(id=mid)
        for f in FIELDS:
            if f in m and m[f] is not None:
                obj[f] = m[f]
        fresh.append(obj)
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as fh:
        json.dump(fresh, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    write_readme(ordered, key2id)
    print(f"wrote {len(fresh)} mails")


def write_readme(ordered, key2id):
    import readme_text
    by_key = {m["key"]: m for m in ordered}
    L = []
    L.append("# eval-fresh63 — blind evaluation set (ids bk001–bk100)\n")
    L.append("100 outgoing business mails from five Japanese sender organisations, written blind "
             "(only the brief was read). 50 `hold`, 50 `pass`. Everything is synthetic; all "
             "company domains are `*.example.jp` / `*.example.com`, private persons use free-mail "
             "addresses. Regenerate with `python3 build/build.py && python3 build/validate.py`.\n")
    L.append("## Organisations and writers\n")
    L.append("| Org | Trade | Domain | Writers (fixed signatures) | Mails |")
    L.append("|---|---|---|---|---|")
    for mod in ORGS:
        ws = sorted({m["writer"] for m in mod.MAILS})
        ids = sorted(key2id[m["key"]] for m in mod.MAILS)
        L.append(f"| {mod.ORG.split(':')[0]} | {mod.ORG.split(': ',1)[1]} | {mod.DOM} | {'<br>'.join(ws)} | 20 (10 hold / 10 pass) |")
    L.append("")
    L.append("Org E writes 15 of its 20 mails in English (foreign athletes, agents, clubs, a hotel, a travel agent); "
             "org D also has one English mail to an offshore developer.\n")
    L.append("## Where the risks sit (holds)\n")
    L.append("| loc | count | ids |")
    L.append("|---|---|---|")
    locs = ["body", "attachment", "quoted", "subject", "zip", "recipients"]
    for loc in locs:
        ids = sorted(key2id[m["key"]] for m in ordered if m["expect"] == "hold" and m["loc"] == loc)
        L.append(f"| {loc} | {len(ids)} | {', '.join(ids)} |")
    L.append("")
    L.append("| id | org | loc | kind | what is risky |")
    L.append("|---|---|---|---|---|")
    for m in sorted((m for m in ordered if m["expect"] == "hold"), key=lambda m: key2id[m["key"]]):
        L.append(f"| {key2id[m['key']]} | {m['org'][0]} | {m['loc']} | `{m['kind']}` | {m['why']} |")
    L.append("")
    L.append("## How the passes were made tempting\n")
    L.append("| id | org | kind | temptation and why it still passes |")
    L.append("|---|---|---|---|")
    for m in sorted((m for m in ordered if m["expect"] == "pass"), key=lambda m: key2id[m["key"]]):
        L.append(f"| {key2id[m['key']]} | {m['org'][0]} | `{m['kind']}` | {m['why']} |")
    L.append("")
    L.append(readme_text.BORDERLINE.format(**key2id))
    L.append("## Counts by kind\n")
    L.append("| kind | expect | count |")
    L.append("|---|---|---|")
    cnt = Counter((m["kind"], m["expect"]) for m in ordered)
    for (k, e), n in sorted(cnt.items(), key=lambda x: (x[0][1], x[0][0])):
        L.append(f"| `{k}` | {e} | {n} |")
    fam = Counter(m["kind"].split(".")[0] if m["kind"] != "attachment.encrypted_zip" else "attachment" for m in ordered)
    L.append("")
    L.append("Families: " + ", ".join(f"{k}.* = {v}" for k, v in sorted(fam.items())) + ".\n")
    L.append("## Files\n")
    L.append("- `fresh.json` — the 100 mails.")
    L.append("- `build/org_*.py` — one hand-written script per organisation (20 mails each); "
             "`build/build.py` mixes them (seeded) and writes `fresh.json`, `build/meta.json` and this README; "
             "`build/common.py` holds the check-digit helpers; `build/validate.py` checks the set.")
    L.append("- `build/meta.json` — id → {org, writer, loc}.\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


if __name__ == "__main__":
    main()
