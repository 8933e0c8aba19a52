import json, re, sys, os
P = os.path.join(os.path.dirname(__file__), "..", "fresh.json")
data = json.load(open(P, encoding="utf-8"))
err = []
def E(i, msg): err.append(f"{i}: {msg}")
OWN = {"minatozaka-law.jp", "aoba-dental.jp", "hidamari-fukushi.or.jp", "sakuracompass-travel.jp", "shinonome-insatsu.co.jp"}
FREE = {"gmail.com","yahoo.co.jp","yahoo.com","icloud.com","docomo.ne.jp","ezweb.ne.jp","outlook.jp","nifty.com",
        "biglobe.ne.jp","softbank.ne.jp","btinternet.com"}
HOLD_PREFIX = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.")
FIELDS = {"id","expect","kind","why","from","to","cc","bcc","subject","text","attachments","personal"}

def addr(s):
    m = re.search(r"<([^>]+)>", s); a = (m.group(1) if m else s).strip()
    if not re.fullmatch(r"[^@\s<>]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", a): return None
    return a.lower()

def mn_ok(d):
    w = [6,5,4,3,2,7,6,5,4,3,2]; r = sum(int(a)*b for a, b in zip(d[:11], w)) % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)

def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2: n = n*2 - (9 if n*2 > 9 else 0)
        s += n
    return s % 10 == 0

if len(data) != 100: E("set", f"{len(data)} mails")
ids = [m.get("id") for m in data]
if ids != [f"ae{i:03d}" for i in range(1, 101)]: E("set", "ids not ae001..ae100 in order")
if len(set(ids)) != len(ids): E("set", "duplicate ids")
labels = [m["expect"] for m in data]
if labels.count("hold") != 50 or labels.count("pass") != 50: E("set", f"hold={labels.count('hold')} pass={labels.count('pass')}")
run = 1
for k in range(1, len(labels)):
    run = run + 1 if labels[k] == labels[k-1] else 1
    if run > 3: E(ids[k], "more than 3 same label in a row")

for m in data:
    i = m["id"]
    extra = set(m) - FIELDS
    if extra: E(i, f"unknown fields {extra}")
    for f in ("id","expect","kind","why","from","to","subject","text"):
        if not m.get(f): E(i, f"missing {f}")
    if m["expect"] == "pass" and not m["kind"].startswith("benign."): E(i, "pass kind not benign.*")
    if m["expect"] == "hold" and not m["kind"].startswith(HOLD_PREFIX): E(i, "bad hold kind")
    fa = addr(m["from"])
    if not fa or fa.split("@")[1] not in OWN: E(i, f"from not own domain: {m['from']}")
    sender_dom = fa.split("@")[1] if fa else ""
    vis_ext = set()
    for fld in ("to","cc","bcc"):
        if fld in m:
            if not isinstance(m[fld], list) or not m[fld]: E(i, f"{fld} must be non-empty list")
            for a in m[fld]:
                x = addr(a)
                if not x: E(i, f"bad address {a!r}"); continue
                if fld != "bcc" and x.split("@")[1] != sender_dom: vis_ext.add(x)
    if len(vis_ext) > 10 and not (m["expect"] == "hold" and m["kind"].startswith("recipients.")):
        E(i, f">10 visible outside recipients ({len(vis_ext)}) but not recipients.* hold")
    if m["kind"].startswith("recipients.") and len(vis_ext) <= 10: E(i, f"recipients.* with only {len(vis_ext)}")
    if m["kind"].startswith("recipients."):
        doms = {a.split('@')[1] for a in vis_ext}
        if len(doms) < 5: E(i, "recipients.* not from different organisations")
    # attachments
    texts = [m["subject"], m["text"]]
    enc = False
    for a in m.get("attachments", []):
        if not a.get("filename") or not a.get("contentType"): E(i, "attachment missing filename/contentType")
        if a.get("encrypted"):
            enc = True
            if a["contentType"] != "application/zip" or "text" in a: E(i, "encrypted zip malformed")
        elif a["contentType"] == "image/jpeg":
            if "text" in a: E(i, "image with text")
        else:
            if not a.get("text"): E(i, f"attachment {a['filename']} without text")
            else: texts.append(a["text"])
    if enc and not m["kind"].startswith("attachment."): E(i, "encrypted zip but kind not attachment.*")
    if m["kind"].startswith("attachment.") and not enc: E(i, "attachment.* without encrypted zip")
    if enc and m["expect"] != "hold": E(i, "encrypted zip on pass")
    blob = "\n".join(texts)
    # personal
    if "personal" in m:
        if m["expect"] != "hold": E(i, "personal on pass")
        for p in m["personal"]:
            if set(p) != {"type","value"}: E(i, f"personal item fields {p}")
            if p["value"] not in blob: E(i, f"personal value not substring: {p['value']!r}")
            if p["type"] == "mynumber":
                d = re.sub(r"\D", "", p["value"])
                if len(d) != 12 or not mn_ok(d): E(i, f"invalid My Number {p['value']}")
            if p["type"] == "card_number":
                d = re.sub(r"\D", "", p["value"])
                if not (13 <= len(d) <= 19 and luhn(d)): E(i, f"card not Luhn-valid {p['value']}")
    elif m["expect"] == "hold" and not m["kind"].startswith(("recipients.", "attachment.")):
        E(i, "hold with data but no personal[]")
    # every 12-digit run near a My Number label must be valid
    for mt in re.finditer(r"(?<!\d)(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])", blob):
        d = re.sub(r"\D", "", mt.group(1))
        ctx = blob[max(0, mt.start()-30):mt.start()]
        if re.search(r"個人番号|マイナンバー|My ?Number", ctx, re.I) and not mn_ok(d):
            E(i, f"My Number-like {mt.group(1)} fails check digit")
    # card-like sequences: 4-4-4-4 groups must be Luhn-valid test numbers
    for mt in re.finditer(r"(?<!\d)(\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4})(?!\d)", blob):
        d = re.sub(r"\D", "", mt.group(1))
        if not luhn(d): E(i, f"card-like {mt.group(1)} not Luhn-valid")
    # private addresses only free-mail/ISP; warn on anything else unknown? (just list)
for e in err: print("ERROR", e)
from collections import Counter
print("kinds (top-level):", dict(Counter(m["kind"].split(".")[0] for m in data)))
print("hold/pass:", Counter(labels))
print("OK" if not err else f"{len(err)} errors")
sys.exit(1 if err else 0)
