import json, random, re, sys
sys.path.insert(0, '.')
import law, ins, pet, apt, tix
allm = law.M + ins.M + pet.M + apt.M + tix.M
random.seed(1717)
# interleave: shuffle until no run of >3 same expect and first 10 mixed
while True:
    random.shuffle(allm)
    ex = [m['expect'] for m in allm]
    run = max(len(x) for x in re.findall(r'(h+|p+)', ''.join(e[0] for e in ex)))
    orgs = [m['tag'][0] for m in allm]
    orun = max(len(x) for x in re.findall(r'(L+|I+|P+|A+|T+)', ''.join(orgs)))
    if run <= 3 and orun <= 2: break
out = []
for i, m in enumerate(allm, 1):
    d = {"id": f"c{i:03d}"}
    for k in ["expect","kind","why","from","to","cc","bcc","subject","text","attachments","personal"]:
        if k in m: d[k] = m[k]
    out.append(d)
json.dump(out, open('../fresh.json','w'), ensure_ascii=False, indent=1)
json.dump({d['id']: m['tag'] for d, m in zip(out, allm)}, open('tagmap.json','w'), ensure_ascii=False, indent=0)
print(len(out))
