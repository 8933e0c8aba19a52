import json, re, os, sys, collections
here = os.path.dirname(os.path.abspath(__file__))
data = json.load(open(os.path.join(here, "..", "fresh.json"), encoding="utf-8"))
err = []
def E(*a): err.append(" ".join(map(str, a)))

if len(data) != 100: E("count", len(data))
ids = [m["id"] for m in data]
if ids != [f"ab{i:03d}" for i in range(1, 101)]: E("ids not ab001..ab100 in order")
if len(set(ids)) != 100: E("duplicate ids")
c = collections.Counter(m["expect"] for m in data)
if c["hold"] != 50 or c["pass"] != 50: E("labels", c)
run = 1
for a, b in zip(data, data[1:]):
    run = run + 1 if a["expect"] == b["expect"] else 1
    if run > 3: E("run >3 at", b["id"])

KINDS = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.")
REQ = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
FREE = ("gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "au.com",
        "softbank.ne.jp", "nifty.com", "outlook.jp")
ORG = {"tsurugi-es.co.jp", "minato-amc.jp", "clearfloor-tokai.co.jp", "skyport-gs.co.jp", "harukaze-lc.jp"}

def addr(a):
    m = re.search(r"<([^>]+)>", a)
    return (m.group(1) if m else a).strip().lower()

def mn_ok(s):
    d = [int(x) for x in s]
    r = sum(a * b for a, b in zip(d[:11], [6,5,4,3,2,7,6,5,4,3,2])) % 11
    return d[11] == (0 if r <= 1 else 11 - r)

def luhn(s):
    d = [int(x) for x in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        t += x
    return t % 10 == 0

for m in data:
    i = m["id"]
    for k in REQ:
        if not m.get(k): E(i, "missing", k)
    if m["expect"] == "pass" and not m["kind"].startswith("benign."): E(i, "pass kind", m["kind"])
    if m["expect"] == "hold" and not m["kind"].startswith(KINDS): E(i, "hold kind", m["kind"])
    if m["from"] and addr(m["from"]).split("@")[1] not in ORG: E(i, "from domain", m["from"])
    for f in ("to", "cc", "bcc"):
        if f in m and not isinstance(m[f], list): E(i, f, "not list")
        for a in m.get(f, []):
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", addr(a)): E(i, "bad addr", a)
    own = addr(m["from"]).split("@")[1]
    outside = [a for f in ("to", "cc") for a in m.get(f, []) if addr(a).split("@")[1] != own]
    if len(outside) > 10 and not m["kind"].startswith("recipients."): E(i, ">10 visible but not recipients.*")
    if m["kind"].startswith("recipients.") and len(outside) <= 10: E(i, "recipients kind with", len(outside))
    hay = m["subject"] + "\n" + m["text"]
    for a in m.get("attachments", []):
        if not a.get("filename") or not a.get("contentType"): E(i, "attachment fields")
        if a.get("encrypted"):
            if a["contentType"] != "application/zip" or "text" in a: E(i, "encrypted zip shape")
        elif a["contentType"] == "image/jpeg":
            if "text" in a: E(i, "image with text")
        else:
            if not a.get("text"): E(i, "attachment without text", a["filename"])
            hay += "\n" + a.get("text", "")
        if a["contentType"].startswith("application/vnd.openxml") and a["filename"].endswith("xlsx") and not a["text"].startswith("[Sheet1]"):
            E(i, "xlsx without [Sheet1]")
    if m["kind"].startswith("attachment.encrypted") and not any(a.get("encrypted") for a in m.get("attachments", [])):
        E(i, "encrypted kind without encrypted zip")
    if m["expect"] == "pass" and any(a.get("encrypted") for a in m.get("attachments", [])): E(i, "pass with encrypted zip")
    for p in m.get("personal", []):
        if p["value"] not in hay: E(i, "personal not substring:", p["value"])
    if m["expect"] == "pass" and "personal" in m: E(i, "pass with personal")
    # My Number checks: any labelled item, plus any 12-digit run in holds
    for p in m.get("personal", []):
        if p["type"] == "my_number" and not (re.fullmatch(r"\d{12}", p["value"]) and mn_ok(p["value"])):
            E(i, "bad my number", p["value"])
    for s in re.findall(r"(?<!\d)\d{12}(?!\d)", hay):
        if ("個人番号" in hay or "マイナンバー" in hay or any(p["type"] == "my_number" for p in m.get("personal", []))) and not mn_ok(s):
            E(i, "12-digit near my-number context fails check", s)
    for s in re.findall(r"(?<!\d)(?:\d{4}[ -]?){3}\d{4}(?!\d)", hay):
        digits = re.sub(r"\D", "", s)
        if ("カード" in hay or "card" in hay.lower()) and not luhn(digits): E(i, "non-Luhn card-like", s)
    for p in m.get("personal", []):
        if p["type"] == "card_number" and not luhn(re.sub(r"\D", "", p["value"])): E(i, "card not luhn")

# recap
kinds = collections.Counter(m["kind"].split(".")[0] + "." + m["kind"].split(".")[1] if m["expect"]=="hold" else "benign" for m in data)
print("labels", dict(c))
print("hold kinds:", dict(collections.Counter(m["kind"] for m in data if m["expect"] == "hold")))
print("ERRORS:" if err else "OK - no errors")
for e in err: print("  ", e)
sys.exit(1 if err else 0)
