import json, re, sys, os, collections
here = os.path.dirname(os.path.abspath(__file__))
data = json.load(open(os.path.join(here, "..", "fresh.json"), encoding="utf-8"))
errs = []
def E(*a): errs.append(" ".join(map(str, a)))

if len(data) != 100: E("count", len(data))
c = collections.Counter(m["expect"] for m in data)
if c != {"hold": 50, "pass": 50}: E("labels", c)
ids = [m["id"] for m in data]
if ids != [f"ac{i:03d}" for i in range(1, 101)]: E("ids not ac001..ac100 in order/unique")
run = 1
for a, b in zip(data, data[1:]):
    run = run + 1 if a["expect"] == b["expect"] else 1
    if run > 3: E("run>3 at", b["id"])

def mynum_ok(d):
    w = [6,5,4,3,2,7,6,5,4,3,2]; r = sum(int(x)*y for x, y in zip(d[:11], w)) % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)
def luhn(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2: n = n*2 - 9 if n*2 > 9 else n*2
        s += n
    return s % 10 == 0
addr_re = re.compile(r"[\w.+-]+@([\w-]+\.)+[\w-]+")
FREE = ("gmail.com","yahoo.co.jp","icloud.com","docomo.ne.jp","ezweb.ne.jp","softbank.ne.jp","au.com","ocn.ne.jp","nifty.com","biglobe.ne.jp","jcom.zaq.ne.jp")
ORGDOM = {"hokurei-u.ac.jp","sanou-pharma.co.jp","midorinomori.co.jp","nextbridge-sp.co.jp","otonoha-music.jp"}
allowed_fields = {"id","expect","kind","why","from","to","cc","bcc","subject","text","attachments","personal"}
for m in data:
    i = m["id"]
    if set(m) - allowed_fields: E(i, "extra fields", set(m) - allowed_fields)
    for f in ("id","expect","kind","why","from","to","subject","text"):
        if not m.get(f): E(i, "missing", f)
    k = m["kind"]
    if m["expect"] == "pass" and not k.startswith("benign."): E(i, "pass kind", k)
    if m["expect"] == "hold" and not re.match(r"(sensitive|id|list|personal|recipients|attachment)\.", k): E(i, "hold kind", k)
    if m["expect"] == "pass" and m.get("personal"): E(i, "pass with personal")
    fd = addr_re.search(m["from"]).group(0).split("@")[1]
    if fd not in ORGDOM: E(i, "from domain", fd)
    for fld in ("to","cc","bcc"):
        v = m.get(fld, [])
        if not isinstance(v, list): E(i, fld, "not list")
        for a in v:
            if not addr_re.search(a): E(i, "bad address", a)
    vis = [addr_re.search(a).group(0) for a in m["to"] + m.get("cc", [])]
    outside = [a for a in vis if a.split("@")[1] != fd]
    if len(vis) > 10 and not k.startswith("recipients."): E(i, ">10 visible but not recipients.*")
    if k.startswith("recipients.") and len(outside) <= 10: E(i, "recipients hold with <=10 outside visible")
    hay = m["subject"] + "\n" + m["text"]
    for a in m.get("attachments", []):
        if not a.get("filename") or not a.get("contentType"): E(i, "attachment fields")
        if a.get("encrypted"):
            if a["contentType"] != "application/zip" or "text" in a: E(i, "encrypted zip shape")
        elif a["contentType"] == "image/jpeg":
            if "text" in a: E(i, "image with text")
        elif "text" not in a: E(i, "attachment without text", a["filename"])
        hay += "\n" + a.get("text", "")
    if k == "attachment.encrypted_zip" and not any(a.get("encrypted") for a in m.get("attachments", [])): E(i, "ppap without encrypted zip")
    if m["expect"] == "pass" and any(a.get("encrypted") for a in m.get("attachments", [])): E(i, "pass with encrypted zip")
    if m["expect"] == "hold" and k.split(".")[0] in ("sensitive","id","list","personal") and not m.get("personal"): E(i, "hold without personal")
    for p in m.get("personal", []):
        if set(p) != {"type","value"}: E(i, "personal shape")
        if p["value"] not in hay: E(i, "personal not substring", p["value"])
        if p["type"] == "my_number":
            d = re.sub(r"\D", "", p["value"])
            if len(d) != 12 or not mynum_ok(d): E(i, "bad my number", p["value"])
        if p["type"] == "card_number":
            d = re.sub(r"\D", "", p["value"])
            if not luhn(d): E(i, "card not luhn", p["value"])
    # any card-like digit run anywhere must be Luhn-valid
    for mm in re.finditer(r"(?<![\d\w])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}|3\d{3}[ -]?\d{6}[ -]?\d{5})(?![\d\w])", hay):
        d = re.sub(r"\D", "", mm.group(0))
        if not luhn(d): E(i, "card-like number not luhn", mm.group(0))
    # labelled My Numbers anywhere must be valid
    for mm in re.finditer(r"(マイナンバー|個人番号)[：: ]*([\d ]{12,14})", hay):
        d = re.sub(r"\D", "", mm.group(2))
        if len(d) == 12 and not mynum_ok(d): E(i, "labelled my number invalid", mm.group(2))
    # private recipients on free-mail domains: report non-org, non-free domains for review
for e in errs: print("ERROR", e)
kinds = collections.Counter(m["kind"] for m in data)
print(c, "errors:", len(errs))
for k, v in sorted(kinds.items()): print(f"  {v:3d} {k}")
sys.exit(1 if errs else 0)
