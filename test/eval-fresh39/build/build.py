#!/usr/bin/env python3
"""Build fresh.json for blind set 39 from the hand-written mail files.

Each mails_*.py file holds one organisation's mails, written one by one.
This script only shuffles them (fixed seed, max 3 equal labels in a row),
numbers them am001..am100, strips the private _org/_where notes and writes
../fresh.json plus ../build/ids_by_location.txt (used for the README)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mails_shinkin, mails_dental, mails_fc, mails_lab, mails_gakudo

ALL = mails_shinkin.MAILS + mails_dental.MAILS + mails_fc.MAILS + mails_lab.MAILS + mails_gakudo.MAILS
assert len(ALL) == 100, len(ALL)

def max_run(seq):
    best = run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    return best

rng = random.Random(39)
order = list(ALL)
while True:
    rng.shuffle(order)
    if max_run([m["expect"] for m in order]) <= 3 and max_run([m["_org"] for m in order]) <= 3:
        break

FIELDS = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"]
out, notes = [], []
for i, m in enumerate(order, 1):
    mid = "am%03d" % i
    rec = {"id": mid}
    for k in FIELDS[1:]:
        if k in m:
            rec[k] = m[k]
    out.append(rec)
    notes.append((mid, m["_org"], m["_where"], m["expect"], m["kind"], m["subject"]))

with open(os.path.join(HERE, "..", "fresh.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "ids_by_location.txt"), "w", encoding="utf-8") as f:
    for n in notes:
        f.write("\t".join(n) + "\n")
print("wrote", len(out), "mails")
