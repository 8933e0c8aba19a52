import json, random, re, collections
import p_shinkin, p_bpo, p_hosp, p_move, p_wed
from common import mails

def mn_ok(s):
    d=[int(c) for c in s]; t=0
    for n in range(1,12):
        p = n+1 if n<=6 else n-5
        t += d[11-n]*p
    r=t%11
    return d[11] == (0 if r<=1 else 11-r)
def luhn(n):
    s=0
    for i,c in enumerate(reversed(n)):
        x=int(c)
        if i%2: x*=2; x = x-9 if x>9 else x
        s+=x
    return s%10==0

# interleave: random label pattern with runs <= 3, then random mails per label
rng = random.Random(15)
holds=[m for m in mails if m["expect"]=="hold"]; passes=[m for m in mails if m["expect"]=="pass"]
rng.shuffle(holds); rng.shuffle(passes)
while True:
    pat=[]; h=p=50
    while h or p:
        opts=[]
        if h and not (len(pat)>=3 and pat[-3:]==["hold"]*3): opts.append("hold")
        if p and not (len(pat)>=3 and pat[-3:]==["pass"]*3): opts.append("pass")
        if not opts: break
        x=rng.choice(opts); pat.append(x)
        if x=="hold": h-=1
        else: p-=1
    if len(pat)==100: break
hi=iter(holds); pi=iter(passes)
order=[next(hi) if x=="hold" else next(pi) for x in pat]
out=[]
for i,m in enumerate(order,1):
    m=dict(m); key=m.pop("key"); m={"id": f"a{i:03d}", **m}
    out.append(m)

errs=[]
ids=set()
for m in out:
    assert m["id"] not in ids; ids.add(m["id"])
    hay = m["subject"]+"\n"+m["text"]+"\n"+"\n".join(a.get("text","") for a in m.get("attachments",[]))
    for p in m.get("personal",[]):
        if p["value"] not in hay: errs.append((m["id"], p))
        if p["type"]=="mynumber":
            if not (re.fullmatch(r"\d{12}", p["value"]) and mn_ok(p["value"])): errs.append((m["id"],"bad mynumber",p))
        if p["type"]=="card":
            if not luhn(p["value"].replace(" ","")): errs.append((m["id"],"bad card",p))
    for k in ("to","cc","bcc"):
        for r in m.get(k,[]): 
            if "@" not in r: errs.append((m["id"],"addr",r))
    if m["expect"]=="hold" and m["kind"]!="recipients.exposed" and not m.get("personal") and not any(a.get("encrypted") for a in m.get("attachments",[])):
        errs.append((m["id"],"hold without personal"))
    # flag any 12-digit runs in hold mails that are not check-digit valid when labelled mynumber context
    for num in re.findall(r"(?<!\d)\d{12}(?!\d)", hay):
        if "個人番号" in hay or "マイナンバー" in hay:
            pass
print("errors:", errs)
c = collections.Counter(m["expect"] for m in out); print(c)
print(collections.Counter(m["kind"] for m in out))
eng = [m["id"] for m in out if not re.search(r"[\u3040-\u30ff]", m["subject"]+m["text"][:200])]
print("english-ish:", len(eng))
att = collections.Counter()
for m in out:
    for a in m.get("attachments",[]):
        att[("enc" if a.get("encrypted") else "")+a["contentType"].split("/")[-1][:20]]+=1
print(att)
print("".join("H" if m["expect"]=="hold" else "p" for m in out))
json.dump(out, open("../fresh.json","w"), ensure_ascii=False, indent=1)
