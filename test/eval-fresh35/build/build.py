import json, random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import org_it, org_clinic, org_npo, org_apt, org_cat

mails = org_it.MAILS + org_clinic.MAILS + org_npo.MAILS + org_apt.MAILS + org_cat.MAILS
rng = random.Random(3535)

def ok(seq):
    run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a["expect"] == b["expect"] else 1
        if run > 3: return False
    return True

while True:
    rng.shuffle(mails)
    if ok(mails): break

out = []
for i, m in enumerate(mails, 1):
    d = {"id": f"ai{i:03d}"}
    d.update(m)
    out.append(d)

path = os.path.join(os.path.dirname(__file__), "..", "fresh.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)
print("wrote", len(out))
