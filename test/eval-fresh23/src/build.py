import json, random, re, sys, collections
sys.path.insert(0, __file__.rsplit('/', 1)[0])
import water, juku, hotel, insurance, nursing

ALL = water.MAILS + juku.MAILS + hotel.MAILS + insurance.MAILS + nursing.MAILS
INTERNAL = {"suikan-bs.co.jp", "manabi-akari.jp", "bellecour-yokohama.jp", "mirai-hoken.co.jp",
            "hosp.toto-med.ac.jp", "toto-med.ac.jp"}
ORG_OF = {"suikan-bs.co.jp": "water", "manabi-akari.jp": "juku", "bellecour-yokohama.jp": "hotel",
          "mirai-hoken.co.jp": "ins", "hosp.toto-med.ac.jp": "hosp", "toto-med.ac.jp": "hosp"}

# deterministic interleave: shuffle, then make sure no run of >3 same labels
rnd = random.Random(23)
order = ALL[:]
rnd.shuffle(order)
def max_run(seq):
    best = cur = 1
    for a, b in zip(seq, seq[1:]):
        cur = cur + 1 if a["expect"] == b["expect"] else 1
        best = max(best, cur)
    return best
tries = 0
while max_run(order) > 3 or order[0]["expect"] == "hold" and order[1]["expect"] == "hold":
    rnd.shuffle(order); tries += 1

out = []
for i, m in enumerate(order, 1):
    d = {"id": f"m{i:03d}"}
    for k in ["expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"]:
        if k in m and m[k] not in (None, []):
            d[k] = m[k]
    out.append(d)

# ------------------------------------------------------------ validation
errs = []
def mn_ok(s):
    d = [int(c) for c in s]
    t = sum(d[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = t % 11
    return d[11] == (0 if r <= 1 else 11 - r)
def luhn(s):
    s = re.sub(r"\D", "", s); tot = 0
    for i, c in enumerate(reversed(s)):
        x = int(c)
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return tot % 10 == 0
addr_re = re.compile(r"^(.+ )?<?([^<>\s@]+@[^<>\s@]+)>?$")
def dom(a):
    m = re.search(r"@([^>\s]+)", a); return m.group(1).lower()

assert len(out) == 100, len(out)
c = collections.Counter(m["expect"] for m in out)
if c["hold"] != 50 or c["pass"] != 50: errs.append(f"counts {c}")
keys = [m["key"] for m in ALL]
if len(set(keys)) != 100: errs.append("dup keys")
for m in out:
    hay = m["subject"] + "\n" + m["text"] + "\n" + "\n".join(a.get("text", "") for a in m.get("attachments", []))
    for p in m.get("personal", []):
        if p["value"] not in hay:
            errs.append(f'{m["id"]} personal not found: {p["value"]}')
        if p["type"] == "mynumber" and not mn_ok(re.sub(r"\D", "", p["value"])):
            errs.append(f'{m["id"]} bad mynumber {p["value"]}')
        if p["type"] == "card" and not luhn(p["value"]):
            errs.append(f'{m["id"]} bad card {p["value"]}')
    for f in ["from"] + [x for x in ["to", "cc", "bcc"]]:
        vals = [m[f]] if f == "from" else m.get(f, [])
        for a in vals:
            if not addr_re.match(a): errs.append(f'{m["id"]} bad addr {a}')
    if dom(m["from"]) not in INTERNAL: errs.append(f'{m["id"]} from not internal')
    for a in m.get("attachments", []):
        if a["contentType"] == "application/zip" and a.get("encrypted") and m["expect"] != "hold":
            errs.append(f'{m["id"]} encrypted zip on pass')
        if a["contentType"] == "image/jpeg" and "text" in a: errs.append(f'{m["id"]} image with text')
    vis_ext = [a for a in m["to"] + m.get("cc", []) if dom(a) not in INTERNAL]
    if m["kind"] == "recipients.many":
        if len(vis_ext) <= 10 or len({dom(a) for a in vis_ext}) < 2: errs.append(f'{m["id"]} not many')
    elif len(vis_ext) > 10 and len({dom(a) for a in vis_ext}) > 1:
        errs.append(f'{m["id"]} accidental many ({len(vis_ext)})')
    if m["expect"] == "hold" and not m.get("personal") and not any(a.get("encrypted") for a in m.get("attachments", [])) \
            and m["kind"] != "recipients.many":
        errs.append(f'{m["id"]} hold without personal')

# every 12-digit number that looks like a My Number in a hold mail flagged mynumber must pass the check
print("errors:", len(errs)); [print(" ", e) for e in errs]

json.dump(out, open("/work/blind23/fresh.json", "w"), ensure_ascii=False, indent=1)
json.dump({m["id"]: k for m, k in zip(out, [x["key"] for x in order])}, open("/work/blind23/src/idmap.json", "w"), indent=0)

# stats
print(c)
kinds = collections.Counter(m["kind"] for m in out)
for k, v in sorted(kinds.items()): print(f"  {k}: {v}")
eng = [m["id"] for m in out if not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", m["subject"] + m["text"].split("\n--")[0][:200])]
print("english-ish:", len(eng))
orgc = collections.Counter((ORG_OF[dom(m["from"])], m["expect"]) for m in out)
print(orgc)
print("attach types:", collections.Counter((a["contentType"].split("/")[-1][:20], bool(a.get("encrypted"))) for m in out for a in m.get("attachments", [])))
print("first 20 labels:", "".join("H" if m["expect"] == "hold" else "p" for m in out[:20]), "max run", max_run(order))
