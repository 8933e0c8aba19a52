import json, random, re, sys, os, collections
sys.path.insert(0, os.path.dirname(__file__))
import bank, school, shop, volunteer, hospice

ORG_DOMAINS = {
    "B": ["tokaimirai-bank.co.jp"],
    "S": ["shiomigaoka-sh.ed.jp"],
    "O": ["harmonia-kitchen.jp", "harmonia.co.jp"],
    "V": ["globalhands.or.jp"],
    "H": ["hikarinooka.or.jp", "seijukai.or.jp"],
}

mails = bank.MAILS + school.MAILS + shop.MAILS + volunteer.MAILS + hospice.MAILS
assert len(mails) == 100, len(mails)

rng = random.Random(21021)
order = list(range(100))
rng.shuffle(order)
out = []
keymap = {}
for i, idx in enumerate(order):
    d = dict(mails[idx])
    key = d.pop("_key")
    jid = "j%03d" % (i + 1)
    keymap[jid] = key
    d = {"id": jid, **d}
    out.append(d)


def mn_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 12:
        return False
    b = s[:11]
    tot = 0
    for n in range(1, 12):
        p = int(b[11 - n]); q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)


def luhn(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0


def addr(a):
    mo = re.search(r"<([^>]+)>", a)
    return (mo.group(1) if mo else a).strip().lower()


errors = []
cnt = collections.Counter()
kinds = collections.Counter()
for d in out:
    key = keymap[d["id"]]
    org = key[0]
    cnt[d["expect"]] += 1
    kinds[(d["expect"], d["kind"])] += 1
    for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if f not in d:
            errors.append((d["id"], "missing " + f))
    assert d["expect"] in ("hold", "pass")
    assert d["expect"] == "hold" or d["kind"].startswith("benign."), (d["id"], d["kind"])
    hay = [d["subject"], d["text"]] + [a.get("text", "") for a in d.get("attachments", [])]
    for p in d.get("personal", []):
        if not any(p["value"] in h for h in hay):
            errors.append((d["id"], key, "personal not substring", p))
        if p["type"] == "mynumber" and not mn_ok(p["value"]):
            errors.append((d["id"], key, "bad mynumber", p))
        if p["type"] == "card" and not luhn(p["value"]):
            errors.append((d["id"], key, "bad luhn", p))
    if d["expect"] == "hold" and not d.get("personal") and d["kind"] not in ("zip.encrypted", "recipients.many"):
        errors.append((d["id"], key, "hold without personal"))
    # from is internal
    fdom = addr(d["from"]).split("@")[1]
    if fdom not in ORG_DOMAINS[org]:
        errors.append((d["id"], key, "from not internal", fdom))
    vis = d["to"] + d.get("cc", [])
    outside = [a for a in vis if addr(a).split("@")[1] not in ORG_DOMAINS[org]]
    if d["kind"] == "recipients.many" and len(outside) <= 10:
        errors.append((d["id"], key, "recipients.many but only", len(outside)))
    if d["kind"] != "recipients.many" and len(outside) > 10:
        errors.append((d["id"], key, "too many outside visible", len(outside)))
    enc = any(a.get("encrypted") for a in d.get("attachments", []))
    if enc != (d["kind"] == "zip.encrypted"):
        errors.append((d["id"], key, "encrypted mismatch"))
    # any 12-digit run anywhere must be checked (informational)
    for h in hay:
        for mo in re.finditer(r"(?<![\d])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d])", h):
            v = mo.group(1)
            if mn_ok(v) and d["expect"] == "pass":
                print("note: pass mail with MN-valid 12 digits", d["id"], key, v)

# interleaving check
seq = "".join("H" if d["expect"] == "hold" else "P" for d in out)
print(seq)
print("longest run:", max(len(x) for x in re.findall(r"H+|P+", seq)))
print(cnt)
for k, v in sorted(kinds.items()):
    print(k, v)
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)

base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(base, "fresh.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
with open(os.path.join(base, "src", "keymap.json"), "w", encoding="utf-8") as f:
    json.dump(keymap, f, ensure_ascii=False, indent=0)
print("wrote fresh.json", len(out))
