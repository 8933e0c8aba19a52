import json, random, sys
sys.path.insert(0, ".")
import saas, dayservice, school, kantei, optician
mails = saas.MAILS + dayservice.MAILS + school.MAILS + kantei.MAILS + optician.MAILS
assert len(mails) == 100, len(mails)

def ok(seq):
    run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a["expect"] == b["expect"] else 1
        if run > 3: return False
    # avoid same org three times in a row
    for i in range(len(seq) - 2):
        if seq[i]["org"] == seq[i+1]["org"] == seq[i+2]["org"]: return False
    return True

rng = random.Random(2626)
while True:
    rng.shuffle(mails)
    if ok(mails): break

out, index = [], []
order = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"]
for i, m in enumerate(mails, 1):
    mid = f"o{i:03d}"
    d = {"id": mid}
    for k in order[1:]:
        if k in m: d[k] = m[k]
    out.append(d)
    index.append({"id": mid, "org": m["org"], "expect": m["expect"], "kind": m["kind"], "tag": m["tag"], "subject": m["subject"]})
json.dump(out, open("../fresh.json", "w"), ensure_ascii=False, indent=1)
json.dump(index, open("index.json", "w"), ensure_ascii=False, indent=1)
print("wrote", len(out))
