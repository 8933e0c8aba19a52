import json, random, re, sys, collections
sys.path.insert(0, "/work/blind24/build")
from common import MAILS, mynum_valid, luhn_ok, INTERNAL_DOMAINS
import trading, clinic, sharoushi, rental, newspaper  # noqa: F401  (populate MAILS)

errors = []
mails = list(MAILS)

# ---- interleave: seeded shuffle, re-shuffle until no run of >3 identical labels and first 10 mixed
rng = random.Random(2024_24)
for _ in range(10000):
    rng.shuffle(mails)
    labels = [m["expect"] for m in mails]
    run, ok = 1, True
    for a, b in zip(labels, labels[1:]):
        run = run + 1 if a == b else 1
        if run > 3:
            ok = False
            break
    if ok and 3 <= labels[:10].count("hold") <= 7:
        break

out = []
for i, m in enumerate(mails, 1):
    m = dict(m)
    lang = m.pop("_lang")
    m["id"] = "n%03d" % i
    order = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"]
    out.append({k: m[k] for k in order if k in m})
    m["_lang"] = lang
    mails[i - 1] = m

# ---- validation
def dom(addr):
    mm = re.search(r"@([A-Za-z0-9.\-]+)", addr)
    return mm.group(1).lower() if mm else None

c = collections.Counter(m["expect"] for m in out)
if len(out) != 100 or c["hold"] != 50 or c["pass"] != 50:
    errors.append("counts %s %s" % (len(out), c))
ids = [m["id"] for m in out]
if len(set(ids)) != 100:
    errors.append("dup ids")

for m, raw in zip(out, mails):
    hay = m["subject"] + "\n" + m["text"] + "\n" + "\n".join(a.get("text", "") for a in m.get("attachments", []))
    for p in m.get("personal", []):
        if p["value"] not in hay:
            errors.append("%s: personal not substring: %r" % (m["id"], p["value"]))
        if p["type"] == "mynumber" and not mynum_valid(p["value"]):
            errors.append("%s: bad mynumber %s" % (m["id"], p["value"]))
        if p["type"] == "card" and not luhn_ok(p["value"]):
            errors.append("%s: bad luhn %s" % (m["id"], p["value"]))
    if m["expect"] == "hold" and not m.get("personal") and m["kind"] not in ("recipients.many", "attachment.encrypted_zip"):
        errors.append("%s: hold without personal" % m["id"])
    # sender internal
    sd = dom(m["from"])
    if sd not in INTERNAL_DOMAINS:
        errors.append("%s: sender not internal %s" % (m["id"], sd))
    vis = m["to"] + m.get("cc", [])
    outside = [a for a in vis if dom(a) != sd]
    if m["kind"] == "recipients.many":
        if len(outside) <= 10 or len(set(dom(a) for a in outside)) < 5:
            errors.append("%s: recipients.many but only %d outside" % (m["id"], len(outside)))
    elif len(outside) > 10:
        errors.append("%s: >10 visible outside recipients but kind %s" % (m["id"], m["kind"]))
    if m["kind"] == "benign.internal_many" and outside:
        errors.append("%s: internal_many has outside" % m["id"])
    for a in m.get("attachments", []):
        if a["contentType"] == "application/zip" and a.get("encrypted") and m["expect"] != "hold":
            errors.append("%s: encrypted zip on pass" % m["id"])
        if a["contentType"] == "image/jpeg" and "text" in a:
            errors.append("%s: image with text" % m["id"])
    # any 12-digit run in a hold/pass: report
    for num in re.findall(r"(?<!\d)(\d{4}[ -]?\d{4}[ -]?\d{4})(?!\d)", hay):
        if mynum_valid(num) and not any(p["type"] == "mynumber" and p["value"] == num for p in m.get("personal", [])):
            print("note %s: valid-looking My Number not in personal: %s (%s)" % (m["id"], num, m["expect"]))

if errors:
    print("\n".join(errors))
    sys.exit(1)

json.dump(out, open("/work/blind24/fresh.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)

# ---- stats
print("total", len(out), dict(c))
print("english", sum(1 for m in mails if m["_lang"] == "en"))
kinds = collections.Counter((m["expect"], m["kind"]) for m in out)
for (e, k), n in sorted(kinds.items()):
    print(e, k, n)
org = collections.Counter((INTERNAL_DOMAINS[dom(m["from"])], m["expect"]) for m in out)
print(org)
att = collections.Counter()
for m in out:
    for a in m.get("attachments", []):
        key = a["contentType"].split("/")[-1].split(".")[-1] + ("+enc" if a.get("encrypted") else "")
        att[key] += 1
print(att)
print("labels:", "".join("H" if m["expect"] == "hold" else "." for m in out))
json.dump({"english": [m["id"] for m in mails if m["_lang"] == "en"]}, open("/work/blind24/build/stats.json", "w"))
