import json, random, os
from common import MAILS
import uni, pharma, daycare, it, music  # noqa: registers mails

def ok(seq):
    run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a["expect"] == b["expect"] else 1
        if run > 3:
            return False
    return True

rng = random.Random(2929)
mails = list(MAILS)
while True:
    rng.shuffle(mails)
    if ok(mails):
        break
out, idmap = [], {}
for i, m in enumerate(mails, 1):
    m = dict(m)
    key = m.pop("key")
    m = {"id": f"ac{i:03d}", **m}
    idmap[key] = m["id"]
    out.append(m)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "fresh.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)
with open(os.path.join(here, "idmap.json"), "w", encoding="utf-8") as f:
    json.dump(idmap, f, ensure_ascii=False, indent=1)
print(len(out), "mails written")
