import json, random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import common, rec, vet, clean, ground, fert

mails = list(common.MAILS)
assert len(mails) == 100, len(mails)

def max_run(seq):
    best = run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    return best

rng = random.Random(2811)
while True:
    rng.shuffle(mails)
    labels = [m["expect"] for m in mails]
    if max_run(labels) <= 3:
        # also avoid long runs of the same organisation
        orgs = [m["key"][0] for m in mails]
        if max_run(orgs) <= 3:
            break

out, idmap = [], {}
for i, m in enumerate(mails, 1):
    mid = f"ab{i:03d}"
    idmap[m["key"]] = mid
    o = {"id": mid}
    o.update({k: v for k, v in m.items() if k != "key"})
    out.append(o)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "fresh.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)
with open(os.path.join(here, "idmap.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(idmap.items())), f, ensure_ascii=False, indent=1)
print("wrote", len(out))
