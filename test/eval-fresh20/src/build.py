import json, random, re, sys, collections, os
sys.path.insert(0, os.path.dirname(__file__))
import u, c, t, e, r

ALL = u.MAILS + c.MAILS + t.MAILS + e.MAILS + r.MAILS
assert len(ALL) == 100, len(ALL)
keys = [m["key"] for m in ALL]
assert len(set(keys)) == 100

def mn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12: return False
    tot = sum(int(d[11-n]) * (n+1 if n <= 6 else n-5) for n in range(1, 12))
    rr = tot % 11
    return int(d[11]) == (0 if rr <= 1 else 11 - rr)

def luhn(s):
    d = [int(x) for x in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

# interleave: shuffle until no run of the same label longer than 3 and orgs mixed
rng = random.Random(20)
order = ALL[:]
while True:
    rng.shuffle(order)
    labels = [m["expect"] for m in order]
    runs = max(len(list(g)) for _, g in __import__("itertools").groupby(labels))
    orgs = [m["key"][0] for m in order]
    orun = max(len(list(g)) for _, g in __import__("itertools").groupby(orgs))
    if runs <= 3 and orun <= 2 and labels[0] != labels[1]:
        break

out, keymap = [], {}
errors = []
for i, m in enumerate(order, 1):
    mid = f"i{i:03d}"
    keymap[m["key"]] = mid
    o = {"id": mid, "expect": m["expect"], "kind": m["kind"], "why": m["why"],
         "from": m["frm"], "to": m["to"]}
    for k in ("cc", "bcc"):
        if m.get(k): o[k] = m[k]
    o["subject"] = m["subject"]
    o["text"] = m["text"]
    if m.get("attachments"): o["attachments"] = m["attachments"]
    if m.get("personal"):
        o["personal"] = [{"type": a, "value": b} for a, b in m["personal"]]
    # validation
    hay = [o["subject"], o["text"]] + [a.get("text", "") for a in o.get("attachments", [])] + [a["filename"] for a in o.get("attachments", [])]
    for p in o.get("personal", []):
        if p["type"] == "mynumber" and not mn_ok(p["value"]):
            errors.append(f"{m['key']} bad mynumber {p['value']}")
        if p["type"] == "card" and len(re.sub(r'\D','',p["value"])) >= 13 and not luhn(p["value"]):
            errors.append(f"{m['key']} bad card {p['value']}")
    for a in o.get("attachments", []):
        if a.get("encrypted"): assert a["contentType"] == "application/zip"
    if m["expect"] == "hold" and not o.get("personal") and m["kind"] not in ("attachment.encrypted_zip","recipients.many"):
        errors.append(f"{m['key']} hold without personal")
    out.append(o)

# filename-only personal values (image scans) are allowed; report them
for o in out:
    for p in o.get("personal", []):
        in_body = p["value"] in o["subject"] or p["value"] in o["text"] or any(p["value"] in a.get("text", "") for a in o.get("attachments", []))
        if not in_body:
            errors.append(f"{o['id']} value only in filename: {p['value']}")

cnt = collections.Counter(o["expect"] for o in out)
def is_en(o):
    s = o["subject"] + o["text"]
    jp = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", s))
    return jp / max(1, len(s)) < 0.05
en = sum(is_en(o) for o in out)
print("counts", dict(cnt), "english", en, "mixed/japanese", 100 - en)
print("kinds", collections.Counter(o["kind"] for o in out))
if errors:
    print("\n".join(errors)); sys.exit(1)
assert cnt["hold"] == 50 and cnt["pass"] == 50
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
json.dump(out, open(os.path.join(here, "fresh.json"), "w"), ensure_ascii=False, indent=1)
json.dump(keymap, open(os.path.join(here, "src", "keymap.json"), "w"), indent=0)
print("written", len(out))

# README
tmpl = open(os.path.join(here, "src", "README.tmpl.md")).read()
for k, v in keymap.items():
    tmpl = tmpl.replace("{" + k + "}", v)
kc = collections.Counter((o["expect"], o["kind"]) for o in out)
lines = ["| expect | kind | n |", "|---|---|---|"]
for (ex, k), n in sorted(kc.items()):
    lines.append(f"| {ex} | {k} | {n} |")
lines.append(f"| **total** | hold {cnt['hold']} / pass {cnt['pass']} | {len(out)} |")
tmpl = tmpl.replace("__KINDS__", "\n".join(lines)).replace("__EN__", str(en)).replace("__JP__", str(100 - en))
assert "{" not in re.sub(r"\{[^A-Z]", "", tmpl) or True
left = re.findall(r"\{[UCTER]\d\d\}", tmpl)
assert not left, left
open(os.path.join(here, "README.md"), "w").write(tmpl)
print("README written")
