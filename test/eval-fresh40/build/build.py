#!/usr/bin/env python3
"""Build blind set 40: collects hand-written mails from org_*.py, shuffles with a fixed seed
(no more than 3 equal labels in a row), assigns ids an001..an100, writes ../fresh.json and
../build/locations.json (hold location per id, used by the README)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import org_game, org_union, org_kinder, org_clinic, org_crew

ORGS = [("game", org_game), ("union", org_union), ("kinder", org_kinder),
        ("clinic", org_clinic), ("crew", org_crew)]
FIELDS = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"]

def max_run(seq):
    best = run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    return best

def main():
    mails = []
    for org, mod in ORGS:
        for m in mod.MAILS:
            m = dict(m); m["_org"] = org
            mails.append(m)
    rng = random.Random(4040)
    for _ in range(100000):
        rng.shuffle(mails)
        if max_run([m["expect"] for m in mails]) <= 3:
            break
    else:
        raise SystemExit("could not shuffle")
    out, meta = [], []
    for i, m in enumerate(mails, 1):
        mid = "an%03d" % i
        o = {"id": mid}
        for f in FIELDS[1:]:
            if f in m and m[f] not in (None,):
                o[f] = m[f]
        if o["expect"] == "pass":
            o.pop("personal", None)
        out.append(o)
        meta.append({"id": mid, "org": m["_org"], "expect": m["expect"], "kind": m["kind"],
                     "loc": m.get("loc", ""), "from": m["from"]})
    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "locations.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print("wrote", len(out), "mails")

if __name__ == "__main__":
    main()
