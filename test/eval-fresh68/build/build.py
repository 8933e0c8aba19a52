"""Build eval-fresh68 (prefix bp): fresh.json, build/meta.json and README.md.

Usage: python3 build/build.py   (from anywhere)
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUTDIR = os.path.dirname(HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

ORGS = [org_a, org_b, org_c, org_d, org_e]
PREFIX = "bp"


def make_pattern(seed=68):
    rnd = random.Random(seed)
    while True:
        p = ["hold"] * 50 + ["pass"] * 50
        rnd.shuffle(p)
        run, ok = 1, True
        for i in range(1, 100):
            run = run + 1 if p[i] == p[i - 1] else 1
            if run > 3:
                ok = False
                break
        if ok:
            return p


def order_mails():
    queues = {}
    for mod in ORGS:
        ms = mod.mails()
        assert len(ms) == 20, mod.ORG
        rnd = random.Random("bp-" + mod.ORG)
        holds = [m for m in ms if m["expect"] == "hold"]
        passes = [m for m in ms if m["expect"] == "pass"]
        rnd.shuffle(holds)
        rnd.shuffle(passes)
        queues[mod.ORG] = {"hold": holds, "pass": passes}
    orgs = [m.ORG for m in ORGS]
    pattern = make_pattern()
    ordered, prev = [], None
    for i, e in enumerate(pattern):
        rot = orgs[i % 5:] + orgs[:i % 5]
        cands = [o for o in rot if queues[o][e]]
        pref = [o for o in cands if o != prev] or cands
        best = max(pref, key=lambda o: len(queues[o][e]))
        ordered.append((best, queues[best][e].pop(0)))
        prev = best
    return ordered


def main():
    ordered = order_mails()
    fresh, meta, keymap = [], {}, {}
    for n, (org, m) in enumerate(ordered, 1):
        mid = f"{PREFIX}{n:03d}"
        keymap[m["key"]] = mid
        obj = {"id": mid, "expect": m["expect"], "kind": m["kind"], "why": m["why"],
               "from": m["from"], "to": m["to"]}
        for k in ("cc", "bcc"):
            if k in m:
                obj[k] = m[k]
        obj["subject"] = m["subject"]
        obj["text"] = m["text"]
        if "attachments" in m:
            obj["attachments"] = m["attachments"]
        if "personal" in m:
            obj["personal"] = m["personal"]
        fresh.append(obj)
        meta[mid] = {"org": org, "writer": m["_writer"], "loc": m["_loc"]}
    with open(os.path.join(OUTDIR, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(fresh, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "keymap.json"), "w", encoding="utf-8") as f:
        json.dump(keymap, f, ensure_ascii=False, indent=2)
        f.write("\n")
    write_readme(fresh, meta, keymap)
    print(f"wrote {len(fresh)} mails")


def write_readme(fresh, meta, keymap):
    tpl_path = os.path.join(HERE, "readme_template.md")
    if not os.path.exists(tpl_path):
        return
    tpl = open(tpl_path, encoding="utf-8").read()
    byid = {m["id"]: m for m in fresh}

    # risk table (holds)
    rows = ["| id | org | writer | kind | where | what |", "|---|---|---|---|---|---|"]
    for mid in sorted(byid):
        m = byid[mid]
        if m["expect"] != "hold":
            continue
        rows.append(f"| {mid} | {meta[mid]['org']} | {meta[mid]['writer']} | `{m['kind']}` | "
                    f"{meta[mid]['loc']} | {m['why']} |")
    tpl = tpl.replace("[[RISK_TABLE]]", "\n".join(rows))

    # loc summary
    locs = {}
    for mid, mm in meta.items():
        if mm["loc"]:
            locs.setdefault(mm["loc"], []).append(mid)
    lines = ["| where the risk sits | count | ids |", "|---|---|---|"]
    for loc in ["body", "attachment", "quoted", "subject", "zip", "recipients"]:
        ids = sorted(locs.get(loc, []))
        lines.append(f"| {loc} | {len(ids)} | {', '.join(ids)} |")
    tpl = tpl.replace("[[LOC_TABLE]]", "\n".join(lines))

    # pass table
    rows = ["| id | org | writer | kind | why it is tempting / why it passes |", "|---|---|---|---|---|"]
    for mid in sorted(byid):
        m = byid[mid]
        if m["expect"] != "pass":
            continue
        rows.append(f"| {mid} | {meta[mid]['org']} | {meta[mid]['writer']} | `{m['kind']}` | {m['why']} |")
    tpl = tpl.replace("[[PASS_TABLE]]", "\n".join(rows))

    # counts by kind
    counts = {}
    for m in fresh:
        counts[(m["expect"], m["kind"])] = counts.get((m["expect"], m["kind"]), 0) + 1
    lines = ["| expect | kind | count |", "|---|---|---|"]
    for (e, k), c in sorted(counts.items()):
        lines.append(f"| {e} | `{k}` | {c} |")
    lines.append(f"| **hold** | | **{sum(1 for m in fresh if m['expect']=='hold')}** |")
    lines.append(f"| **pass** | | **{sum(1 for m in fresh if m['expect']=='pass')}** |")
    tpl = tpl.replace("[[KIND_TABLE]]", "\n".join(lines))

    # per-org counts
    lines = ["| org | hold | pass |", "|---|---|---|"]
    for org in "ABCDE":
        h = sum(1 for mid, mm in meta.items() if mm["org"] == org and byid[mid]["expect"] == "hold")
        p = sum(1 for mid, mm in meta.items() if mm["org"] == org and byid[mid]["expect"] == "pass")
        lines.append(f"| {org} | {h} | {p} |")
    tpl = tpl.replace("[[ORG_TABLE]]", "\n".join(lines))

    def sub(mt):
        return keymap[mt.group(1)]
    tpl = re.sub(r"\[\[([A-E]-[hp]\d+)\]\]", sub, tpl)
    with open(os.path.join(OUTDIR, "README.md"), "w", encoding="utf-8") as f:
        f.write(tpl)


if __name__ == "__main__":
    main()
