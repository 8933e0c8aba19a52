import json, random, re, sys, collections
sys.path.insert(0, __file__.rsplit("/", 1)[0])
import org_ins, org_nurse, org_eng, org_car, org_hr

DOMAINS = {"ins": "hidamari-hoken.jp", "nurse": "aoba-houkan.jp", "eng": "brightway-eikaiwa.jp",
           "car": "carstage-sagami.co.jp", "hr": "towa-seiki.co.jp"}
PREFIX = "ad"
HOLD_KINDS = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.")

mails = org_ins.MAILS + org_nurse.MAILS + org_eng.MAILS + org_car.MAILS + org_hr.MAILS

rng = random.Random(3030)
def maxrun(seq):
    best = cur = 1
    for a, b in zip(seq, seq[1:]):
        cur = cur + 1 if a == b else 1
        best = max(best, cur)
    return best
while True:
    rng.shuffle(mails)
    labels = [m["expect"] for m in mails]
    orgs = [m["_org"] for m in mails]
    if maxrun(labels) <= 3 and maxrun(orgs) <= 2:
        break
for i, m in enumerate(mails, 1):
    m["id"] = f"{PREFIX}{i:03d}"

def addr(s):
    mm = re.search(r"<([^>]+)>", s)
    return (mm.group(1) if mm else s).strip().lower()

def mynumber_ok(d):
    if not re.fullmatch(r"\d{12}", d): return False
    w = [6,5,4,3,2,7,6,5,4,3,2]
    r = sum(int(a)*b for a, b in zip(d[:11], w)) % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)

def luhn(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2: n = n*2 - 9 if n*2 > 9 else n*2
        s += n
    return s % 10 == 0

errors, warns = [], []
ids = [m["id"] for m in mails]
if len(mails) != 100: errors.append(f"count {len(mails)}")
if len(set(ids)) != len(ids): errors.append("duplicate ids")
c = collections.Counter(m["expect"] for m in mails)
if c["hold"] != 50 or c["pass"] != 50: errors.append(f"labels {c}")
if maxrun([m["expect"] for m in mails]) > 3: errors.append("run > 3")

for m in mails:
    i = m["id"]; dom = DOMAINS[m["_org"]]
    for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if f not in m or m[f] in (None, "", []): errors.append(f"{i} missing {f}")
    if m["expect"] == "pass" and not m["kind"].startswith("benign."): errors.append(f"{i} pass kind {m['kind']}")
    if m["expect"] == "hold" and not m["kind"].startswith(HOLD_KINDS): errors.append(f"{i} hold kind {m['kind']}")
    if not addr(m["from"]).endswith("@" + dom): errors.append(f"{i} from not on {dom}")
    for fld in ("to", "cc", "bcc"):
        if fld in m and not isinstance(m[fld], list): errors.append(f"{i} {fld} not list")
    visible_out = {addr(a) for a in m["to"] + m.get("cc", []) if not addr(a).endswith("@" + dom)}
    if len(visible_out) > 10 and not m["kind"].startswith("recipients."): errors.append(f"{i} >10 visible on {m['kind']}")
    if m["kind"].startswith("recipients.") and len(visible_out) <= 10: errors.append(f"{i} recipients kind with {len(visible_out)}")
    if m["kind"].startswith("recipients."):
        outdoms = {a.split("@")[1] for a in visible_out}
        if len(outdoms) < 5: errors.append(f"{i} recipients not from different orgs")
    hay = [m["subject"], m["text"]]
    enc = False
    for a in m.get("attachments", []):
        if not {"filename", "contentType"} <= a.keys(): errors.append(f"{i} attachment fields")
        if a.get("encrypted"):
            enc = True
            if a["contentType"] != "application/zip" or "text" in a: errors.append(f"{i} bad encrypted zip")
        elif a["contentType"] == "image/jpeg":
            if "text" in a: errors.append(f"{i} image with text")
        elif "text" not in a: errors.append(f"{i} attachment without text")
        if "text" in a: hay.append(a["text"])
    if enc and m["kind"] != "attachment.encrypted_zip": errors.append(f"{i} encrypted zip but kind {m['kind']}")
    if m["kind"] == "attachment.encrypted_zip" and not enc: errors.append(f"{i} ppap kind without encrypted zip")
    if m["expect"] == "pass" and m.get("personal"): errors.append(f"{i} pass with personal")
    for p in m.get("personal", []):
        if not any(p["value"] in h for h in hay): errors.append(f"{i} personal not substring: {p['value']!r}")
        digits = re.sub(r"\D", "", p["value"])
        if p["type"] == "mynumber" and not mynumber_ok(digits): errors.append(f"{i} bad mynumber {p['value']}")
        if p["type"] == "card_number" and not luhn(digits): errors.append(f"{i} bad luhn {p['value']}")
    # scan every mail: card-like numbers must be Luhn-valid; 12-digit runs checked against My Number rule
    full = "\n".join(hay)
    for mm in re.finditer(r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{1,4})(?![\d-])", full):
        d = re.sub(r"\D", "", mm.group(1))
        if 15 <= len(d) <= 16 and not luhn(d): warns.append(f"{i} card-like not Luhn {mm.group(1)}")
        if len(d) == 12 and mynumber_ok(d) and not any(p["type"] == "mynumber" for p in m.get("personal", [])):
            warns.append(f"{i} 12-digit number passes My Number check: {mm.group(1)} ({m['expect']})")
    if m["expect"] == "hold" and not m.get("personal") and not m["kind"].startswith(("attachment.encrypted_zip", "recipients.")):
        warns.append(f"{i} hold without personal ({m['kind']})")

out = []
for m in mails:
    o = {k: m[k] for k in ("id", "expect", "kind", "why", "from", "to")}
    for k in ("cc", "bcc"):
        if k in m: o[k] = m[k]
    o["subject"] = m["subject"]; o["text"] = m["text"]
    for k in ("attachments", "personal"):
        if k in m: o[k] = m[k]
    out.append(o)

for e in errors: print("ERROR", e)
for w in warns: print("WARN", w)
if errors: sys.exit(1)
json.dump(out, open("/work/blind30/fresh.json", "w"), ensure_ascii=False, indent=1)

# summary for README
meta = [{"id": m["id"], "expect": m["expect"], "kind": m["kind"], "org": m["_org"], "lang": m["_lang"], "risk_at": m["_risk_at"], "subject": m["subject"]} for m in mails]
json.dump(meta, open("/work/blind30/build/meta.json", "w"), ensure_ascii=False, indent=1)
print("labels", dict(c))
print("orgs", dict(collections.Counter((m["_org"], m["expect"]) for m in mails)))
print("lang", dict(collections.Counter(m["_lang"] for m in mails)))
print("risk_at", dict(collections.Counter(m["_risk_at"] for m in mails if m["expect"] == "hold")))
print("kinds", dict(sorted(collections.Counter(m["kind"] for m in mails).items())))
print("OK wrote fresh.json")
