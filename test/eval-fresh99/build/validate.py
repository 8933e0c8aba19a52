"""Validate eval-fresh99/fresh.json against the brief. Prints OK or the list of problems.

Self-contained on purpose: it does not import the generators.
"""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREFIX = "cu"
N = 100

HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
FREE_MAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


# ------------------------------------------------------------------ helpers
ADDR_RE = re.compile(r"^[^<>]+ <([A-Za-z0-9._%+'-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
BARE_DOMAIN_RE = re.compile(
    r"(?<![A-Za-z0-9@._-])((?:[A-Za-z0-9-]+\.)+(?:jp|com|net|org|info|biz|io|uk|au|de|fr))(?![A-Za-z0-9-])",
    re.I)
PHONE_RE = re.compile(r"(?<![\d+-])(0\d{1,4})-(\d{1,4})-(\d{3,4})(?![\d-])")
TWELVE_RE = re.compile(r"(?<![\d])(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?![\d])")
CARD_RE = re.compile(r"(?<![\d])(\d{4})[ -]?(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?![\d])")
MYNUMBER_LABEL = re.compile(r"(マイナンバー|個人番号)")
QUOTE_START = re.compile(
    r"^(>.*"
    r"|.*-{2,}\s*(Forwarded message|Original Message|転送メッセージ|元のメッセージ)\s*-{2,}.*"
    r"|On .* wrote:\s*"
    r"|.*(のメッセージ|書きました)[:：]\s*"
    r"|\d{4}年\d{1,2}月\d{1,2}日.*<[^<>]+@[^<>]+>[:：]?\s*"
    r")$")


def domain_ok(d):
    d = d.lower().rstrip(".")
    if d in FREE_MAIL:
        return True
    return re.search(r"(^|\.)example(\.[a-z]+)+$", d) is not None


def mynumber_valid(d12):
    if len(d12) != 12 or not d12.isdigit():
        return False
    s = 0
    for n in range(1, 12):
        p = int(d12[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return int(d12[11]) == (0 if r <= 1 else 11 - r)


def luhn_valid(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def quote_index(text):
    """Character offset of the first quoted/forwarded line, or None."""
    pos = 0
    for line in text.splitlines(keepends=True):
        if QUOTE_START.match(line.rstrip("\n")):
            return pos
        pos += len(line)
    return None


def addresses(m):
    out = []
    for key in ("to", "cc", "bcc"):
        out += [(key, a) for a in m.get(key, [])]
    return out


def addr_domain(a):
    mm = ADDR_RE.match(a)
    return mm.group(2).lower() if mm else None


# ------------------------------------------------------------------ load
FRESH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "fresh.json")
META = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "meta.json")
with open(FRESH, encoding="utf-8") as f:
    mails = json.load(f)
with open(META, encoding="utf-8") as f:
    meta = json.load(f)

if not isinstance(mails, list) or len(mails) != N:
    err("set", f"expected {N} mails, got {len(mails) if isinstance(mails, list) else type(mails)}")

expected_ids = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
ids = [m.get("id") for m in mails]
if ids != expected_ids:
    err("set", "ids are not cu001..cu100 in order")
if set(meta) != set(ids):
    err("set", "meta.json ids differ from fresh.json ids")

# ------------------------------------------------------------------ counts
exp = Counter(m.get("expect") for m in mails)
if exp != Counter({"hold": 50, "pass": 50}):
    err("set", f"expect counts {dict(exp)} (want 50/50)")

per_org = defaultdict(Counter)
loc_org = defaultdict(Counter)
writers = defaultdict(set)
for m in mails:
    mt = meta.get(m["id"], {})
    org = mt.get("org")
    per_org[org][m.get("expect")] += 1
    writers[org].add(mt.get("writer"))
    if m.get("expect") == "hold":
        loc_org[org][mt.get("loc")] += 1
    elif mt.get("loc") != "none":
        err(m["id"], "pass mail must have loc none")
if sorted(per_org) != ["A", "B", "C", "D", "E"]:
    err("set", f"organisations {sorted(per_org, key=str)}")
for org, c in per_org.items():
    if c["hold"] != 10 or c["pass"] != 10:
        err("set", f"org {org}: {dict(c)} (want 10 hold / 10 pass)")
    if dict(loc_org[org]) != QUOTA:
        err("set", f"org {org}: hold locations {dict(loc_org[org])} (want {QUOTA})")
    if not 2 <= len(writers[org]) <= 3:
        err("set", f"org {org}: {len(writers[org])} writers (want 2-3)")

run, prev = 0, None
for m in mails:
    run = run + 1 if m.get("expect") == prev else 1
    prev = m.get("expect")
    if run > 3:
        err(m["id"], "more than 3 mails in a row with the same expect")

# ------------------------------------------------------------------ per mail
ALLOWED_KEYS = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"}
REQUIRED_KEYS = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
KIND_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9_]+(\.[a-z0-9_]+)*$")

for m in mails:
    mid = m.get("id", "?")
    mt = meta.get(mid, {})
    loc = mt.get("loc")
    keys = set(m)
    if not REQUIRED_KEYS <= keys:
        err(mid, f"missing keys {REQUIRED_KEYS - keys}")
    if keys - ALLOWED_KEYS:
        err(mid, f"unknown keys {keys - ALLOWED_KEYS}")
    expect, kind = m.get("expect"), m.get("kind", "")
    if expect not in ("hold", "pass"):
        err(mid, f"bad expect {expect}")
    if not KIND_RE.match(kind):
        err(mid, f"kind not snake_case category.detail: {kind}")
    if expect == "hold":
        if not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(mid, f"hold kind {kind} not allowed")
        if loc not in LOCS:
            err(mid, f"hold loc {loc} invalid")
    elif expect == "pass" and not kind.startswith("benign."):
        err(mid, f"pass kind {kind} must be benign.*")
    if not isinstance(m.get("why"), str) or not m["why"].strip():
        err(mid, "why missing")
    for k in ("subject", "text"):
        if not isinstance(m.get(k), str) or not m[k].strip():
            err(mid, f"{k} empty")

    # addresses
    if not isinstance(m.get("from"), str) or not ADDR_RE.match(m["from"]):
        err(mid, f"bad from {m.get('from')!r}")
    if not isinstance(m.get("to"), list) or not m["to"]:
        err(mid, "to must be a non-empty array")
    for key in ("to", "cc", "bcc"):
        if key in m and not isinstance(m[key], list):
            err(mid, f"{key} must be an array")
    for key, a in addresses(m):
        if not isinstance(a, str) or not ADDR_RE.match(a):
            err(mid, f"bad {key} address {a!r}")
    sender_dom = addr_domain(m.get("from", "")) or ""

    # attachments
    atts = m.get("attachments", [])
    enc = []
    for a in atts:
        if not isinstance(a, dict) or "filename" not in a or "contentType" not in a:
            err(mid, f"bad attachment {a!r}")
            continue
        if a.get("encrypted"):
            enc.append(a)
            if a["contentType"] != "application/zip" or "text" in a:
                err(mid, "encrypted zip must be application/zip without text")
        elif not isinstance(a.get("text"), str) or not a["text"].strip():
            err(mid, f"attachment {a['filename']} has no text")
    if enc and kind != "attachment.encrypted_zip":
        err(mid, "encrypted zip on a kind other than attachment.encrypted_zip")
    if kind == "attachment.encrypted_zip" and not enc:
        err(mid, "attachment.encrypted_zip without an encrypted zip")
    att_texts = [a.get("text", "") for a in atts if isinstance(a, dict)]
    zip_texts = [a.get("text", "") for a in atts if isinstance(a, dict) and ".zip/" in a.get("filename", "")]

    # domains everywhere
    header_doms = [addr_domain(a) for _, a in addresses(m)] + [sender_dom]
    blobs = [m.get("subject", ""), m.get("text", "")] + att_texts
    found = set(d for d in header_doms if d)
    for b in blobs:
        found |= {d.lower() for d in EMAIL_RE.findall(b)}
        found |= {d.lower() for d in URL_RE.findall(b)}
        found |= {d.lower() for d in BARE_DOMAIN_RE.findall(b)}
    for d in found:
        if not domain_ok(d):
            err(mid, f"domain not allowed: {d}")

    # phone numbers must use a 0000 exchange
    for b in blobs:
        for a, mid_part, c in PHONE_RE.findall(b):
            if set(mid_part) != {"0"}:
                err(mid, f"phone number without 0000 exchange: {a}-{mid_part}-{c}")

    # visible outside recipients
    outside = [a for key, a in addresses(m) if key in ("to", "cc") and addr_domain(a) and addr_domain(a) != sender_dom]
    if len(outside) > 10 and not kind.startswith("recipients."):
        err(mid, f"{len(outside)} visible outside recipients on a non-recipients kind")
    if kind.startswith("recipients.") and len(outside) <= 10:
        err(mid, f"recipients hold with only {len(outside)} visible outside recipients")
    if (loc == "recipients") != kind.startswith("recipients."):
        err(mid, "loc recipients must match kind recipients.*")

    # マイナンバー check digits
    for b in blobs:
        for mm in TWELVE_RE.finditer(b):
            d12 = "".join(mm.groups())
            labelled = MYNUMBER_LABEL.search(b[max(0, mm.start() - 40):mm.start()]) is not None
            if (labelled or kind.startswith("id.mynumber")) and not mynumber_valid(d12):
                err(mid, f"マイナンバー {d12} has an invalid check digit")
    for a in atts:
        if isinstance(a, dict) and a.get("filename", "").lower().endswith(".csv") and a.get("text"):
            rows = list(csv.reader(io.StringIO(a["text"])))
            if rows:
                cols = [i for i, h in enumerate(rows[0]) if MYNUMBER_LABEL.search(h)]
                for r in rows[1:]:
                    for i in cols:
                        if i < len(r):
                            d = re.sub(r"[ -]", "", r[i])
                            if d and not mynumber_valid(d):
                                err(mid, f"CSV マイナンバー {r[i]} has an invalid check digit")

    # card numbers on holds
    if expect == "hold":
        for b in blobs:
            for mm in CARD_RE.finditer(b):
                if not luhn_valid("".join(mm.groups())):
                    err(mid, f"card number {''.join(mm.groups())} fails Luhn")

    # personal values
    pers = m.get("personal")
    if expect == "pass":
        if pers:
            err(mid, "pass mail should not carry personal")
        continue
    if loc in ("zip", "recipients"):
        if pers is None:
            pers = []
    elif not pers:
        err(mid, "hold without personal values")
        continue
    subject, text = m.get("subject", ""), m.get("text", "")
    qi = quote_index(text)
    above = text if qi is None else text[:qi]
    below = "" if qi is None else text[qi:]
    values = []
    for p in pers:
        if not isinstance(p, dict) or set(p) != {"type", "value"} or not p["value"]:
            err(mid, f"bad personal entry {p!r}")
            continue
        v = p["value"]
        values.append(v)
        if not (v in subject or v in text or any(v in t for t in att_texts)):
            err(mid, f"personal value not found: {v!r}")
    if loc == "body":
        if not any(v in above for v in values):
            err(mid, "body hold: no personal value in the body above any quote")
    elif loc == "attachment":
        if not atts:
            err(mid, "attachment hold without attachments")
        for v in values:
            if v in subject or v in text:
                err(mid, f"attachment-only hold has {v!r} in subject/body")
    elif loc == "subject":
        for v in values:
            if v not in subject:
                err(mid, f"subject-only hold: {v!r} not in subject")
            if v in text or any(v in t for t in att_texts):
                err(mid, f"subject-only hold: {v!r} also in body/attachment")
    elif loc == "quoted":
        if qi is None:
            err(mid, "quoted hold without a quoted/forwarded part")
        for v in values:
            if v in subject or v in above:
                err(mid, f"quoted hold: {v!r} appears above the quoted part")
            if v not in below:
                err(mid, f"quoted hold: {v!r} not in the quoted part")
            if any(v in t for t in att_texts):
                err(mid, f"quoted hold: {v!r} in an attachment")
    elif loc == "zip":
        if not enc and not zip_texts:
            err(mid, "zip hold without an encrypted zip or plain zip members")
        for v in values:
            if v in subject or v in text or not any(v in t for t in zip_texts):
                err(mid, f"zip hold: {v!r} must be only inside the zip")

if errors:
    for e in errors:
        print(e)
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("OK")
