import json, re, sys, collections
data = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "../fresh.json"))
err = []
def E(m): err.append(m)
ORGDOM = ["sorairo.co.jp", "asagikai.or.jp", "aobagaoka.ed.jp", "towa-kantei.co.jp", "harumi-optical.co.jp"]
FREE = ("gmail.com", "yahoo.co.jp", "yahoo.com", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "nifty.com", "outlook.jp", "jcom.home.ne.jp")
KINDP = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.")
def mn_ok(s):
    d = [int(c) for c in s]
    r = sum(a * b for a, b in zip(d[:11], [6,5,4,3,2,7,6,5,4,3,2])) % 11
    return d[11] == (0 if r <= 1 else 11 - r)
def luhn(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2: x = x * 2; x = x - 9 if x > 9 else x
        t += x
    return t % 10 == 0
def addr(a):
    m = re.search(r"<([^>]+)>", a); return (m.group(1) if m else a).strip()

if len(data) != 100: E(f"count {len(data)}")
ids = [d["id"] for d in data]
if ids != [f"o{i:03d}" for i in range(1, 101)]: E("ids not o001..o100 in order")
c = collections.Counter(d["expect"] for d in data)
if c["hold"] != 50 or c["pass"] != 50: E(f"labels {c}")
run = 1
for a, b in zip(data, data[1:]):
    run = run + 1 if a["expect"] == b["expect"] else 1
    if run > 3: E(f"run >3 ending {b['id']}")
for d in data:
    i = d["id"]
    for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if k not in d or d[k] in ("", None, []): E(f"{i} missing {k}")
    allowed = {"id","expect","kind","why","from","to","cc","bcc","subject","text","attachments","personal"}
    if set(d) - allowed: E(f"{i} extra fields {set(d)-allowed}")
    if d["expect"] == "pass" and not d["kind"].startswith("benign."): E(f"{i} pass kind {d['kind']}")
    if d["expect"] == "hold" and not d["kind"].startswith(KINDP): E(f"{i} hold kind {d['kind']}")
    if d["expect"] == "pass" and "personal" in d: E(f"{i} pass has personal")
    if not any(addr(d["from"]).endswith("@" + od) for od in ORGDOM): E(f"{i} from not org domain")
    vis = [addr(a) for a in d["to"] + d.get("cc", [])]
    ext = [a for a in vis if not any(a.endswith("@" + od) for od in ORGDOM)]
    if len(ext) > 10 and not d["kind"].startswith("recipients."): E(f"{i} >10 visible external not recipients.*")
    if d["kind"].startswith("recipients.") and len(ext) <= 10: E(f"{i} recipients.* with only {len(ext)}")
    if d["kind"].startswith("recipients."):
        doms = {a.split("@")[1] for a in ext}
        if len(doms) < 5: E(f"{i} recipients not diverse")
    hay = d["subject"] + "\n" + d["text"]
    for a in d.get("attachments", []):
        if a.get("encrypted"):
            if a["contentType"] != "application/zip" or "text" in a: E(f"{i} bad encrypted zip")
        elif a["contentType"] == "image/jpeg":
            if "text" in a: E(f"{i} image with text")
        elif not a.get("text"): E(f"{i} attachment {a['filename']} lacks text")
        hay += "\n" + a.get("text", "")
    enc = any(a.get("encrypted") for a in d.get("attachments", []))
    if enc and d["expect"] != "hold": E(f"{i} encrypted zip on pass")
    if d["kind"] == "attachment.encrypted_zip" and not enc: E(f"{i} kind zip without zip")
    for p in d.get("personal", []):
        if p["value"] not in hay: E(f"{i} personal not substring: {p['value']}")
        if p["type"] == "my_number":
            if not re.fullmatch(r"\d{12}", p["value"]) or not mn_ok(p["value"]): E(f"{i} bad my number {p['value']}")
        if p["type"] == "card_number":
            if not luhn(re.sub(r"\D", "", p["value"])): E(f"{i} card not luhn")
    # every 16-digit card-like number anywhere must be Luhn valid
    for m in re.finditer(r"(?<![\d-])(?:\d{4}[ -]?){3}\d{4}(?![\d-])", hay):
        s = re.sub(r"\D", "", m.group())
        if len(s) == 16 and not luhn(s) and d["kind"] in ("id.card", "benign.test_card"): E(f"{i} non-luhn card {m.group()}")
    # every 12-digit number in an id.mynumber hold should be valid
    if d["kind"] == "id.mynumber":
        nums = re.findall(r"(?<!\d)\d{12}(?!\d)", hay)
        if not nums: E(f"{i} mynumber kind without number")
        for n in nums:
            if not mn_ok(n): E(f"{i} invalid mynumber {n}")
    # private recipients: addresses with free-mail domains ok; flag odd real-looking domains
    for a in d["to"] + d.get("cc", []) + d.get("bcc", []):
        if "@" not in addr(a): E(f"{i} bad address {a}")
print("kinds:", collections.Counter(d["kind"] for d in data).most_common())
eng = sum(1 for d in data if sum(ord(ch) < 128 for ch in d["text"]) / len(d["text"]) > 0.9)
print("english-ish mails:", eng)
print("errors:", len(err))
for e in err: print(" ", e)
sys.exit(1 if err else 0)
