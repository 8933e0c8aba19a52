import json, re, collections
d = json.load(open("/work/blind19/fresh.json"))
INTERNAL = {"minato-ds.co.jp","keiwakai-sakura.or.jp","medibridge-c.co.jp","logicharbor.co.jp","shinonome-rd.co.jp"}
def dom(a):
    m = re.search(r"@([\w.-]+)", a); return m.group(1).lower() if m else None
def cdok(s):
    t=0
    for n in range(1,12):
        p=int(s[11-n]); q=n+1 if n<=6 else n-5; t+=p*q
    r=t%11; return int(s[11]) == (0 if r<=1 else 11-r)
def luhn(s):
    t=0
    for i,c in enumerate(reversed(s)):
        x=int(c)
        if i%2: x*=2; x = x-9 if x>9 else x
        t+=x
    return t%10==0
errs=[]
assert len(d)==100
c = collections.Counter(m["expect"] for m in d); print(c)
ids=[m["id"] for m in d]; assert ids==[f"e{i:03d}" for i in range(1,101)]
kinds=collections.Counter((m["expect"],m["kind"]) for m in d)
for m in d:
    hay = m["subject"]+"\n"+m["text"]+"\n"+"\n".join(a.get("text","") for a in m.get("attachments",[]))
    assert dom(m["from"]) in INTERNAL, m["id"]
    for p in m.get("personal",[]):
        if p["value"] not in hay: errs.append((m["id"],"notsub",p["value"]))
        if p["type"]=="mynumber" and not (re.fullmatch(r"\d{12}",p["value"]) and cdok(p["value"])): errs.append((m["id"],"mn",p["value"]))
        if p["type"]=="card" and not luhn(re.sub(r"\D","",p["value"])): errs.append((m["id"],"card",p["value"]))
    if m["expect"]=="hold" and not m.get("personal") and m["kind"] not in ("attachment.encrypted_zip","recipients.many"):
        errs.append((m["id"],"nopersonal"))
    ext = {a for a in m["to"]+m.get("cc",[]) if dom(a) not in INTERNAL}
    if len(ext)>10 and m["expect"]=="pass": errs.append((m["id"],"pass with >10 ext"))
    if m["kind"]=="recipients.many": print(m["id"], "ext visible", len(ext), "orgs", len({dom(a) for a in ext}))
    enc = any(a.get("encrypted") for a in m.get("attachments",[]))
    if enc and m["expect"]!="hold": errs.append((m["id"],"enc pass"))
    # scan for 12-digit check-valid numbers and luhn-valid 16-digit in passes
    if m["expect"]=="pass":
        for x in re.findall(r"(?<!\d)\d{12}(?!\d)", hay):
            if cdok(x): print("NOTE pass has check-valid 12-digit", m["id"], x)
        for x in re.findall(r"(?<!\d)(?:\d[ -]?){15}\d(?!\d)", hay):
            y=re.sub(r"\D","",x)
            if len(y)==16 and luhn(y): print("NOTE pass has luhn16", m["id"], x)
print("errors", errs)
for k,v in sorted(kinds.items()): print(k, v)
labs="".join("H" if m["expect"]=="hold" else "p" for m in d); print(labs)
