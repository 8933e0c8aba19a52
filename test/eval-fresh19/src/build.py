import json, random, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import common
for p in ["part1","part2","part3","part4","part5"]:
    __import__(p)
raw = common.MAILS
assert len(raw) == 100, len(raw)

def conv(m):
    o = {"id": None, "expect": m["expect"], "kind": m["kind"], "why": m["why"],
         "from": m["frm"], "to": m["to"]}
    for k in ("cc","bcc"):
        if m.get(k): o[k] = m[k]
    o["subject"] = m["subject"]; o["text"] = m["text"]
    if m.get("attachments"): o["attachments"] = m["attachments"]
    if m.get("personal"): o["personal"] = [{"type":t,"value":v} for t,v in m["personal"]]
    return o
mails = [conv(m) for m in raw]

rng = random.Random(19019)
while True:
    order = list(range(100)); rng.shuffle(order)
    labs = [mails[i]["expect"] for i in order]
    run = mx = 1
    for a,b in zip(labs, labs[1:]):
        run = run+1 if a==b else 1; mx = max(mx, run)
    if mx <= 4 and labs[0] != labs[1]: break
out = []
for n,i in enumerate(order, 1):
    m = dict(mails[i]); m["id"] = f"e{n:03d}"
    out.append({k: m[k] for k in ["id"]+[k for k in m if k!="id"]})
json.dump(out, open(os.path.join(os.path.dirname(__file__), "..", "fresh.json"), "w"), ensure_ascii=False, indent=1)
print("written", len(out))
