import json, random, re, sys
sys.path.insert(0, '.')
import c_construction, k_kindergarten, p_publishing, t_travel, s_pharmacy

mails = []
for mod in (c_construction, k_kindergarten, p_publishing, t_travel, s_pharmacy):
    mails += mod.M
assert len(mails) == 100, len(mails)
keys = [m["key"] for m in mails]
assert len(set(keys)) == 100

rnd = random.Random(18)
order = mails[:]
rnd.shuffle(order)

def mn_ok(s):
    d = [int(c) for c in s]
    t = sum(d[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = t % 11
    return d[11] == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    digits = [int(c) for c in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(digits)):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

out = []
keymap = {}
for i, m in enumerate(order, 1):
    mid = "d%03d" % i
    keymap[mid] = m["key"]
    o = {"id": mid, "expect": m["expect"], "kind": m["kind"], "why": m["why"],
         "from": m["frm"], "to": m["to"]}
    for k in ("cc", "bcc"):
        if m.get(k): o[k] = m[k]
    o["subject"] = m["subject"]
    o["text"] = m["text"]
    if m.get("attachments"): o["attachments"] = m["attachments"]
    if m["expect"] == "hold":
        o["personal"] = [{"type": t, "value": v} for t, v in m.get("personal", [])]
    else:
        assert not m.get("personal"), m["key"]
    out.append(o)

# validation
errs = []
for o in out:
    hay = o["subject"] + "\n" + o["text"] + "\n" + "\n".join(a.get("text", "") for a in o.get("attachments", []))
    for p in o.get("personal", []):
        if p["value"] not in hay:
            errs.append((o["id"], keymap[o["id"]], "not substring", p["value"]))
        if p["type"] == "mynumber" and not (re.fullmatch(r"\d{12}", p["value"]) and mn_ok(p["value"])):
            errs.append((o["id"], "bad mynumber", p["value"]))
        if p["type"] == "card" and not luhn_ok(p["value"]):
            errs.append((o["id"], "bad card", p["value"]))
    for n in re.findall(r"(?<!\d)\d{12}(?!\d)", hay):
        if o["expect"] == "hold" and not mn_ok(n) and "個人番号" in hay:
            errs.append((o["id"], "12-digit not valid MN", n))
    for a in o.get("attachments", []):
        if a["contentType"] == "image/jpeg": assert "text" not in a
        if a.get("encrypted"): assert a["contentType"] == "application/zip" and "text" not in a
for e in errs: print("ERR", e)
h = sum(o["expect"] == "hold" for o in out)
print("total", len(out), "hold", h, "pass", len(out) - h)
print("first 10:", "".join("H" if o["expect"] == "hold" else "P" for o in out[:10]))
print("seq:", "".join("H" if o["expect"] == "hold" else "P" for o in out))
json.dump(out, open("../fresh.json", "w"), ensure_ascii=False, indent=1)
json.dump(keymap, open("keymap.json", "w"), ensure_ascii=False, indent=1)
