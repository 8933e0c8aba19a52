import json, re, sys, os, collections
path = os.path.join(os.path.dirname(__file__), "..", "fresh.json")
data = json.load(open(path, encoding="utf-8"))
OWN = {"ngkc.co.jp", "minato-travel-clinic.jp", "ponte-solidaria.or.jp", "aoba-rm.co.jp", "hinata-dining.co.jp"}
HOLD_PREFIX = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.")
errs = []
def E(i, msg): errs.append(f"{i}: {msg}")

def addr(s):
    m = re.search(r"<([^>]+)>", s); a = (m.group(1) if m else s).strip()
    return a
def dom(a): return a.split("@", 1)[1].lower()

def mynum_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12: return False
    w = [6,5,4,3,2,7,6,5,4,3,2]
    r = sum(int(a)*b for a, b in zip(d[:11], w)) % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)

def luhn(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2: x = x*2; x = x-9 if x > 9 else x
        tot += x
    return tot % 10 == 0

if len(data) != 100: errs.append(f"count {len(data)}")
ids = [m["id"] for m in data]
if ids != [f"ai{i:03d}" for i in range(1, 101)]: errs.append("ids not ai001..ai100 in order")
if len(set(ids)) != 100: errs.append("duplicate ids")
cnt = collections.Counter(m["expect"] for m in data)
if cnt["hold"] != 50 or cnt["pass"] != 50: errs.append(f"labels {cnt}")
run = 1
for a, b in zip(data, data[1:]):
    run = run + 1 if a["expect"] == b["expect"] else 1
    if run > 3: errs.append(f"run >3 ending at {b['id']}")

ALLOWED = {"id","expect","kind","why","from","to","cc","bcc","subject","text","attachments","personal"}
for m in data:
    i = m["id"]
    for k in m:
        if k not in ALLOWED: E(i, f"unknown field {k}")
    for k in ("id","expect","kind","why","from","to","subject","text"):
        if k not in m or m[k] in ("", None, []): E(i, f"missing {k}")
    if m["expect"] == "pass" and not m["kind"].startswith("benign."): E(i, "pass kind not benign")
    if m["expect"] == "hold" and not m["kind"].startswith(HOLD_PREFIX): E(i, "bad hold kind")
    if m["why"].count(". ") > 0 or not m["why"].endswith("."): E(i, "why should be one sentence")
    if dom(addr(m["from"])) not in OWN: E(i, "from not own domain")
    sdom = dom(addr(m["from"]))
    for fld in ("to","cc","bcc"):
        for a in m.get(fld, []):
            if not re.fullmatch(r"[^@\s<>]+@[a-z0-9.-]+\.[a-z]{2,}", addr(a)): E(i, f"bad address {a}")
    visible_ext = [a for a in m["to"] + m.get("cc", []) if dom(addr(a)) != sdom]
    n_ext = len(visible_ext)
    if m["kind"].startswith("recipients."):
        if n_ext <= 10: E(i, f"recipients hold with only {n_ext}")
        if len({dom(addr(a)) for a in visible_ext}) < 3: E(i, "recipients hold not multi-org")
    elif n_ext > 10: E(i, f">10 visible recipients ({n_ext}) on non-recipients mail")
    texts = [m["subject"], m["text"]]
    for at in m.get("attachments", []):
        if not at.get("filename") or not at.get("contentType"): E(i, "attachment missing filename/contentType")
        if at.get("encrypted"):
            if "text" in at: E(i, "encrypted attachment has text")
            if at["contentType"] != "application/zip": E(i, "encrypted non-zip")
        elif at["contentType"] == "image/jpeg":
            if "text" in at: E(i, "image has text")
        else:
            if not at.get("text"): E(i, f"attachment {at['filename']} lacks text")
            texts.append(at.get("text", ""))
        if at["contentType"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" and not at["text"].startswith("[Sheet"):
            E(i, "xlsx without [Sheet] line")
    enc = any(a.get("encrypted") for a in m.get("attachments", []))
    if m["kind"] == "attachment.encrypted" and not enc: E(i, "encrypted kind without encrypted zip")
    if enc and m["expect"] != "hold": E(i, "encrypted zip on pass")
    blob = "\n".join(texts)
    if m["expect"] == "pass" and "personal" in m: E(i, "pass has personal")
    if m["expect"] == "hold" and not m["kind"].startswith(("recipients.", "attachment.")) and not m.get("personal"):
        E(i, "hold with data but no personal")
    for p in m.get("personal", []):
        if set(p) != {"type", "value"}: E(i, f"personal item keys {p}")
        if p["value"] not in blob: E(i, f"personal value not substring: {p['value']!r}")
        if p["type"] == "my_number" and not mynum_ok(p["value"]): E(i, f"bad My Number {p['value']}")
        if p["type"] == "card" and not luhn(p["value"]): E(i, f"card not Luhn {p['value']}")
    # any card-looking 16-digit number anywhere must be Luhn-valid
    for c in re.findall(r"(?<![\d-])(?:\d{4}[ -]?){3}\d{4}(?![\d-])", blob):
        if not luhn(c): E(i, f"16-digit number not Luhn-valid: {c}")
    # any labelled My Number must be valid
    for c in re.findall(r"(?:マイナンバー|個人番号|番号)[::]\s*(\d{4}\s?\d{4}\s?\d{4})(?!\d)", blob):
        if not mynum_ok(c): E(i, f"labelled 12-digit number fails My Number check: {c}")

kinds = collections.Counter(m["kind"] for m in data)
if errs:
    print("ERRORS:"); print("\n".join(errs)); sys.exit(1)
print("OK", dict(cnt))
for k, v in sorted(kinds.items()): print(f"  {k}: {v}")
