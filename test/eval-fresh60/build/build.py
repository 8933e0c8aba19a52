"""Build fresh.json, meta.json and README.md for eval-fresh60 from the org modules."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a_fire
import org_b_clinic
import org_c_golf
import org_d_tax
import org_e_abroad

OUT = os.path.dirname(HERE)
PREFIX = "bh"
ORGS = [("A", org_a_fire), ("B", org_b_clinic), ("C", org_c_golf),
        ("D", org_d_tax), ("E", org_e_abroad)]


def max_run(seq):
    best = run = 0
    prev = None
    for x in seq:
        run = run + 1 if x == prev else 1
        prev = x
        best = max(best, run)
    return best


def org_run(seq):
    return max_run([m["key"][0] for m in seq])


def order(mails):
    seed = 60
    while True:
        rnd = random.Random(seed)
        cand = mails[:]
        rnd.shuffle(cand)
        if max_run([m["expect"] for m in cand]) <= 3 and org_run(cand) <= 2:
            return cand, seed
        seed += 1


def main():
    mails = []
    for org, mod in ORGS:
        assert len(mod.MAILS) == 20, org
        mails.extend(mod.MAILS)
    ordered, seed = order(mails)
    fresh, meta, keymap = [], {}, {}
    for i, m in enumerate(ordered, 1):
        mid = f"{PREFIX}{i:03d}"
        keymap[m["key"]] = mid
        obj = {"id": mid}
        for k in ("expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
                  "attachments", "personal"):
            if k in m:
                obj[k] = m[k]
        fresh.append(obj)
        meta[mid] = {"org": m["key"][0], "writer": m["writer"], "loc": m["loc"], "key": m["key"]}
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(fresh, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    # README from template: {A-h1} style placeholders become ids
    tmpl_path = os.path.join(HERE, "README.tmpl.md")
    if os.path.exists(tmpl_path):
        import re
        tmpl = open(tmpl_path, encoding="utf-8").read()
        text = re.sub(r"\{([A-E]-[hp]\d+)\}", lambda mo: keymap[mo.group(1)], tmpl)
        text = text.replace("{{TABLES}}", tables(ordered, keymap))
        with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"built {len(fresh)} mails (shuffle seed {seed})")


def tables(ordered, keymap):
    from collections import Counter, defaultdict
    orgname = {"A": "消防本部", "B": "心療内科", "C": "ゴルフ場", "D": "税理士", "E": "留学(英)"}
    lines = ["### Where the risks sit (holds by location)", "",
             "| loc | count | ids (org, kind) |", "| --- | --- | --- |"]
    byloc = defaultdict(list)
    for m in ordered:
        if m["expect"] == "hold":
            byloc[m["loc"]].append(m)
    for loc in ("body", "attachment", "quoted", "subject", "zip", "recipients"):
        items = sorted(byloc[loc], key=lambda m: keymap[m["key"]])
        cell = ", ".join(f"{keymap[m['key']]} ({m['key'][0]}, {m['kind']})" for m in items)
        lines.append(f"| {loc} | {len(items)} | {cell} |")
    lines += ["", "### Passes (tempting cases)", "", "| id | org | kind | what tempts |",
              "| --- | --- | --- | --- |"]
    for m in sorted((m for m in ordered if m["expect"] == "pass"), key=lambda m: keymap[m["key"]]):
        lines.append(f"| {keymap[m['key']]} | {orgname[m['key'][0]]} | {m['kind']} | {m['why']} |")
    lines += ["", "### Counts by kind", "", "| kind | count |", "| --- | --- |"]
    cnt = Counter(m["kind"] for m in ordered)
    for k in sorted(cnt):
        lines.append(f"| {k} | {cnt[k]} |")
    lines += ["", "| org | hold | pass |", "| --- | --- | --- |"]
    for o in "ABCDE":
        h = sum(1 for m in ordered if m["key"][0] == o and m["expect"] == "hold")
        p = sum(1 for m in ordered if m["key"][0] == o and m["expect"] == "pass")
        lines.append(f"| {o} {orgname[o]} | {h} | {p} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
