import json, random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import org_s, org_d, org_w, org_t, org_p
ORDER = ["id","expect","kind","why","from","to","cc","bcc","subject","text","attachments","personal"]
mails = []
for org, mod in [("shihou", org_s), ("dental", org_d), ("welfare", org_w), ("travel", org_t), ("print", org_p)]:
    for m in mod.MAILS:
        m = dict(m); m["_org"] = org; mails.append(m)
rng = random.Random(3131)
def ok(seq):
    run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a["expect"] == b["expect"] else 1
        if run > 3: return False
    # avoid two consecutive mails of the same org more than twice
    run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a["_org"] == b["_org"] else 1
        if run > 2: return False
    return True
while True:
    rng.shuffle(mails)
    if ok(mails): break
out = []
for i, m in enumerate(mails, 1):
    m["id"] = f"ae{i:03d}"
    out.append({k: m[k] for k in ORDER if k in m})
path = os.path.join(os.path.dirname(__file__), "..", "fresh.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)
with open(os.path.join(os.path.dirname(__file__), "id_org.tsv"), "w") as f:
    for m in mails: f.write(f"{m['id']}\t{m['_org']}\t{m['expect']}\t{m['kind']}\n")
print("wrote", len(out))
