"""Standalone validator for eval-fresh119 (fresh.json + build/meta.json).

Checks every rule of the brief that can be checked mechanically and prints
OK, or one line per problem.  Uses only the standard library and does not
import the generators.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREFIX = "do"
N = 100
ORGS = ["A", "B", "C", "D", "E"]
HOLD_LOCS = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
HOLD_CATS = {"sensitive", "id", "list", "personal", "recipients"}
PRIVATE = {"gmail.com", "yahoo.co.jp", "outlook.com"}
EXAMPLE_RE = re.compile(r"^(?:[a-z0-9-]+\.)*example\.(?:co\.jp|jp|com|ac\.jp|or\.jp|lg\.jp)$")
ADDR_RE = re.compile(r"^(?P<name>.+) <(?P<addr>[^<>\s@]+@[^<>\s@]+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
PHONE_RE = re.compile(r"(?<![\d-])0\d{1,4}-(\d{1,4})-\d{3,4}(?![\d-])")
PHONE_PAREN_RE = re.compile(r"(?<!\d)0\d{1,4}\((\d{1,4})\)\d{3,4}(?!\d)")
INTL_RE = re.compile(r"\+81[- ]\d{1,4}[- ](\d{1,4})[- ]\d{3,4}")
MYNUM_LABEL_RE = re.compile(r"(マイナンバー|個人番号)[^\n\d]{0,12}(\d{4}[ -]?\d{4}[ -]?\d{4})(?!\d)")
CARD_RE = re.compile(r"(?<![\w-])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4})(?![\w-])")
TEST_CARDS = {"4111111111111111", "4000000000000002", "4242424242424242", "5555555555554444"}
PLACEHOLDERS = ["TODO", "lorem", "xxx", "○○", "△△", "〇〇", "××", "●●", "TBD", "FIXME", "ダミー"]
ALLOWED_KEYS = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
                "attachments", "personal"}
MARK_WORDS = ["極秘", "個人情報"]

problems = []


def bad(mid, msg):
    problems.append(f"{mid}: {msg}")


# ------------------------------------------------------------------ helpers
def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12:
        return False
    total = 0
    for n in range(1, 12):
        p = int(d[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return int(d[-1]) == (0 if r <= 1 else 11 - r)


def luhn_ok(s):
    d = re.sub(r"\D", "", s)
    total = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return len(d) >= 12 and total % 10 == 0


def domain_ok(dom):
    dom = dom.lower()
    return dom in PRIVATE or bool(EXAMPLE_RE.match(dom))


def addr_of(s):
    m = ADDR_RE.match(s)
    return m.group("addr").lower() if m else None


def quoted_flags(text):
    """True for lines that belong to quoted earlier mail: '>' lines and their attribution line."""
    lines = text.split("\n")
    flags = [l.lstrip().startswith(">") for l in lines]
    for i, l in enumerate(lines):
        if flags[i]:
            continue
        s = l.strip()
        if s.endswith(":") and ("@" in s or "wrote" in s):
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and flags[j]:
                flags[i] = True
    return lines, flags


def all_strings(m):
    yield m.get("from", "")
    for k in ("to", "cc", "bcc"):
        for a in m.get(k, []) or []:
            yield a
    yield m.get("subject", "")
    yield m.get("text", "")
    yield m.get("why", "")
    for a in m.get("attachments", []) or []:
        yield a.get("filename", "")
        yield a.get("text", "") or ""


def is_zip_inner(a):
    return ".zip/" in a.get("filename", "")


# ------------------------------------------------------------------ load
try:
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
except Exception as e:  # noqa: BLE001
    print(f"cannot load: {e}")
    sys.exit(1)

if not isinstance(data, list) or len(data) != N:
    bad("set", f"expected {N} mails, got {len(data) if isinstance(data, list) else type(data)}")

ids = [m.get("id") for m in data]
want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
if ids != want:
    bad("set", "ids are not do001..do100 in order")
if set(meta) != set(ids):
    bad("set", "meta.json ids differ from fresh.json ids")

# ------------------------------------------------------------------ per mail
org_domains = defaultdict(set)
for m in data:
    mid = m.get("id", "?")
    mt = meta.get(mid, {})
    org, loc = mt.get("org"), mt.get("loc")
    extra = set(m) - ALLOWED_KEYS
    if extra:
        bad(mid, f"unexpected keys {sorted(extra)}")
    for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
        if k not in m or m[k] in ("", None, []):
            bad(mid, f"missing {k}")
    exp = m.get("expect")
    if exp not in ("hold", "pass"):
        bad(mid, f"expect={exp!r}")
    kind = m.get("kind", "")
    km = re.match(r"^([a-z]+)\.([a-z0-9_]+)$", kind)
    if not km:
        bad(mid, f"bad kind {kind!r}")
    else:
        cat = km.group(1)
        if exp == "hold" and cat not in HOLD_CATS:
            bad(mid, f"hold with category {cat}")
        if exp == "pass" and cat != "benign":
            bad(mid, f"pass with category {cat}")
        if loc == "recipients" and cat != "recipients":
            bad(mid, "recipients loc needs recipients.* kind")
    why = m.get("why", "")
    if not why.strip() or not why.rstrip().endswith((".", "。")) or why.count(". ") > 0:
        bad(mid, "why must be one sentence")

    # addresses
    frm = addr_of(m.get("from", ""))
    if not frm:
        bad(mid, f"bad from {m.get('from')!r}")
    else:
        org_domains[org].add(frm.split("@")[1])
    rcpt = {}
    for k in ("to", "cc", "bcc"):
        v = m.get(k, [])
        if k in m and (not isinstance(v, list) or not v):
            bad(mid, f"{k} must be a non-empty list when present")
            continue
        for a in v:
            ad = addr_of(a)
            if not ad:
                bad(mid, f"bad {k} entry {a!r}")
            else:
                rcpt.setdefault(k, []).append(ad)
    own = frm.split("@")[1] if frm else None
    every = [a for k in rcpt for a in rcpt[k]]
    if own and not any(a.split("@")[1] != own for a in every):
        bad(mid, "no recipient outside the sender's organisation")
    if own and any(a.split("@")[1] == own for a in rcpt.get("to", [])) and not rcpt.get("bcc"):
        bad(mid, "own-organisation address in To without a BCC distribution")
    visible_out = [a for k in ("to", "cc") for a in rcpt.get(k, []) if a.split("@")[1] != own]
    groups = set()
    for a in visible_out:
        d = a.split("@")[1]
        groups.add(a if d in PRIVATE else d)
    if loc == "recipients":
        if len(visible_out) <= 10 or len(groups) <= 10:
            bad(mid, f"recipients hold has only {len(visible_out)} outside / {len(groups)} distinct")
    elif len(visible_out) > 10 and len(groups) > 10:
        bad(mid, "more than 10 visible outside recipients on a non-recipients mail")

    # domains, urls, phones, placeholders
    for s in all_strings(m):
        for dm in EMAIL_RE.finditer(s):
            if not domain_ok(dm.group(1)):
                bad(mid, f"domain not allowed: {dm.group(0)}")
        for um in URL_RE.finditer(s):
            if not EXAMPLE_RE.match(um.group(1).lower()):
                bad(mid, f"url host not allowed: {um.group(0)}")
        for rx in (PHONE_RE, PHONE_PAREN_RE, INTL_RE):
            for pm in rx.finditer(s):
                if pm.group(1) != "0000":
                    bad(mid, f"phone without 0000 exchange: {pm.group(0)}")
        low = s.lower()
        for ph in PLACEHOLDERS:
            if ph.lower() in low:
                bad(mid, f"placeholder {ph!r}")
        for mm in MYNUM_LABEL_RE.finditer(s):
            if not mynumber_ok(mm.group(2)):
                bad(mid, f"labelled マイナンバー with bad check digit: {mm.group(2)}")
        for cm in CARD_RE.finditer(s):
            digits = re.sub(r"\D", "", cm.group(1))
            if exp == "pass" and luhn_ok(digits):
                ctx = m.get("text", "") + m.get("subject", "")
                if digits not in TEST_CARDS or not re.search(r"テスト|test|sandbox", ctx, re.I):
                    bad(mid, f"unmasked card number on a pass: {cm.group(1)}")

    # holds should not be flagged with marker words
    if exp == "hold":
        for w in MARK_WORDS:
            if any(w in s for s in all_strings(m) if s is not m.get("why")):
                bad(mid, f"hold marked with {w}")

    # text length
    nlines = len(m.get("text", "").split("\n"))
    if not 3 <= nlines <= 80:
        bad(mid, f"text has {nlines} lines (3..80)")

    # attachments
    atts = m.get("attachments", []) or []
    for a in atts:
        fn = a.get("filename", "")
        if not fn or "contentType" not in a:
            bad(mid, f"attachment missing filename/contentType: {a}")
        if a.get("encrypted"):
            if a.get("contentType") != "application/zip" or not fn.endswith(".zip") or a.get("text"):
                bad(mid, f"encrypted zip entry malformed: {fn}")
        else:
            if not (a.get("text") or "").strip():
                bad(mid, f"attachment without text: {fn}")
            if fn.lower().endswith(".zip"):
                bad(mid, f"plain zip must be given as inner entries: {fn}")
            if is_zip_inner(a) and a.get("contentType") == "application/zip":
                bad(mid, f"zip inner entry with zip content type: {fn}")

    # personal
    pers = m.get("personal")
    if exp == "pass":
        if pers:
            bad(mid, "pass carries personal")
        if loc != "none":
            bad(mid, f"pass with loc {loc}")
        continue
    if not pers:
        bad(mid, "hold without personal")
        continue
    subj = m.get("subject", "")
    text = m.get("text", "")
    lines, qflags = quoted_flags(text)
    unq = "\n".join(l for l, q in zip(lines, qflags) if not q)
    quo = "\n".join(l for l, q in zip(lines, qflags) if q)
    plain_atts = "\n".join((a.get("filename", "") + "\n" + (a.get("text") or ""))
                           for a in atts if not is_zip_inner(a))
    zip_atts = "\n".join((a.get("text") or "") for a in atts if is_zip_inner(a))
    hay = "\n".join(all_strings(m))
    for p in pers:
        if set(p) != {"type", "value"} or not p["value"]:
            bad(mid, f"bad personal item {p}")
            continue
        v = p["value"]
        if v not in hay:
            bad(mid, f"personal value not verbatim in mail: {v!r}")
        if p["type"] == "my_number" and not mynumber_ok(v):
            bad(mid, f"my_number check digit wrong: {v}")
        if p["type"] == "card_number" and not luhn_ok(v):
            bad(mid, f"card number fails Luhn: {v}")
    vals = [p.get("value", "") for p in pers]

    if loc == "body":
        for v in vals:
            if v not in unq:
                bad(mid, f"body hold value not in unquoted body: {v!r}")
    elif loc == "quoted":
        if not quo.strip():
            bad(mid, "quoted hold without quoted lines")
        for v in vals:
            if v not in quo:
                bad(mid, f"quoted hold value not in quoted lines: {v!r}")
            if v in unq or v in subj or v in plain_atts or v in zip_atts:
                bad(mid, f"quoted hold value leaks outside the quote: {v!r}")
    elif loc == "attachment":
        if not any(not is_zip_inner(a) for a in atts):
            bad(mid, "attachment hold without a (non-zip-inner) attachment")
        for v in vals:
            if v not in plain_atts:
                bad(mid, f"attachment hold value not in attachment: {v!r}")
            if v in text or v in subj:
                bad(mid, f"attachment hold value also in body/subject: {v!r}")
    elif loc == "zip":
        if not any(is_zip_inner(a) for a in atts):
            bad(mid, "zip hold without inner zip entries")
        if any(a.get("encrypted") for a in atts):
            bad(mid, "zip hold must use a plain zip")
        for v in vals:
            if v not in zip_atts:
                bad(mid, f"zip hold value not inside the zip: {v!r}")
            if v in text or v in subj:
                bad(mid, f"zip hold value also in body/subject: {v!r}")
    elif loc == "subject":
        for v in vals:
            if v not in subj:
                bad(mid, f"subject hold value not in subject: {v!r}")
        if all(v in text for v in vals):
            bad(mid, "subject hold: body alone already carries every value")
        if atts:
            bad(mid, "subject hold should not rely on attachments")
    elif loc == "recipients":
        for v in vals:
            if v.lower() not in visible_out:
                bad(mid, f"recipients value not a visible outside address: {v!r}")
        if set(v.lower() for v in vals) != set(visible_out):
            bad(mid, "recipients personal must list exactly the visible outside addresses")
    else:
        bad(mid, f"hold with loc {loc!r}")

# ------------------------------------------------------------------ set level
labels = Counter(m.get("expect") for m in data)
if labels["hold"] != 50 or labels["pass"] != 50:
    bad("set", f"labels {dict(labels)}")

for key, name in ((lambda m: m.get("expect"), "label"),
                  (lambda m: meta.get(m.get("id"), {}).get("org"), "org")):
    run, prev = 0, object()
    for m in data:
        k = key(m)
        run = run + 1 if k == prev else 1
        prev = k
        if run > 3:
            bad(m.get("id"), f"{name} run longer than 3")

by_org = defaultdict(list)
for m in data:
    by_org[meta.get(m["id"], {}).get("org")].append(m)
if sorted(k for k in by_org if k) != ORGS:
    bad("set", f"organisations {sorted(k for k in by_org if k)}")
seen_domains = {}
for org in ORGS:
    ms = by_org.get(org, [])
    if len(ms) != 20:
        bad(f"org {org}", f"{len(ms)} mails")
    c = Counter(m["expect"] for m in ms)
    if c["hold"] != 10 or c["pass"] != 10:
        bad(f"org {org}", f"labels {dict(c)}")
    locs = Counter(meta[m["id"]]["loc"] for m in ms if m["expect"] == "hold")
    if dict(locs) != HOLD_LOCS:
        bad(f"org {org}", f"hold locs {dict(locs)}")
    writers = Counter(meta[m["id"]]["writer"] for m in ms)
    if not 2 <= len(writers) <= 3 or min(writers.values()) < 3:
        bad(f"org {org}", f"writers {dict(writers)}")
    if len(org_domains[org]) != 1:
        bad(f"org {org}", f"From domains {sorted(org_domains[org])}")
    for d in org_domains[org]:
        if d in seen_domains:
            bad(f"org {org}", f"domain {d} shared with org {seen_domains[d]}")
        seen_domains[d] = org
        if d in PRIVATE:
            bad(f"org {org}", "organisation uses a private mail domain")

lens = [len(m.get("text", "").split("\n")) for m in data]
if min(lens) > 8 or max(lens) < 50:
    bad("set", f"lengths not varied enough (min {min(lens)}, max {max(lens)})")
if not any(a.get("encrypted") for m in data for a in m.get("attachments", []) or []):
    bad("set", "no encrypted zip anywhere")

if problems:
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print("OK")
