#!/usr/bin/env python3
"""Build /work/blind34/fresh.json from the hand-written scenario modules."""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import imm, tax, kids, pet, hotel

ORG = {"imm": imm, "tax": tax, "kids": kids, "pet": pet, "hotel": hotel}
mails = []
for name, mod in ORG.items():
    for m in mod.MAILS:
        mails.append(m)

def max_run(seq):
    best = run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    return best

rng = random.Random(34)
for _ in range(10000):
    rng.shuffle(mails)
    if max_run([m["expect"] for m in mails]) <= 3:
        # also avoid long runs of one organisation
        if max_run([m["from"].split("@")[1] for m in mails]) <= 3:
            break
else:
    raise SystemExit("could not shuffle")

out = []
for i, m in enumerate(mails, 1):
    d = {"id": f"ah{i:03d}"}
    d.update(m)
    out.append(d)

path = os.path.join(os.path.dirname(__file__), "..", "fresh.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)
print("wrote", len(out), "mails to", os.path.abspath(path))
