"""Validate fresh.json / build/meta.json of eval-fresh107. Prints OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREFIX = "dc"
N = 100

REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
OPTIONAL = {"cc", "bcc", "attachments", "personal"}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
ORGS = ["A", "B", "C", "D", "E"]

ADDR_RE = re.compile(r"^(?P<name>[^<>\"\n]*\S)\s<(?P<addr>[A-Za-z0-9._%+-]+@(?P<dom>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))>$")
KIND_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9_]+(?:\.[a-z0-9_]+)*$")
ALLOWED_PRIVATE = {"gmail.com", "yahoo.co.jp", "outlook.com"}
ALLOWED_EXAMPLE = re.compile(r"^(?:[a-z0-9-]+\.)+example\.[a-z]{2,}(?:\.[a-z]{2,})?$")

EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_IN_TEXT = re.compile(r"https?://([^/\s:?#)）」]+)", re.I)
HOST_IN_TEXT = re.compile(
    r"(?<![A-Za-z0-9@._-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|info|biz|io|jp|uk|us|de|fr|cn|kr|tw))(?![A-Za-z0-9-])",
    re.I)

TWELVE_RE = re.compile(r"(?<!\d)(?<!\d[ -])(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?![ -]?\d)")
CARD16_RE = re.compile(r"(?<!\d)(?<!\d[ -])\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?![ -]?\d)")
PHONE_RE = re.compile(r"(?<![\d+-])0\d{1,4}-(\d{1,4})-\d{3,4}(?![\d-])")
MN_LABEL = re.compile(r"マイナンバー|個人番号")

QUOTE_PATTERNS = [
    re.compile(r"^-{2,}\s*(?:Original Message|Forwarded message|転送メッセージ|元のメッセージ)", re.I | re.M),
    re.compile(r"^>", re.M),
    re.compile(r"^On .+wrote:\s*$", re.M),
    re.compile(r"^.*(?:書きました|のメッセージ)[:：]\s*$", re.M),
    re.compile(r"^20\d\d[年/-].*<[^<>\s]+@[^<>\s]+>[:：]?\s*$", re.M),
]

problems = []


def err(mid, msg):
    problems.append(f"{mid}: {msg}")


def domain_ok(dom):
    dom = dom.lower().rstrip(".")
    return dom in ALLOWED_PRIVATE or bool(ALLOWED_EXAMPLE.match(dom))


def quote_boundary(text):
    idx = len(text)
    for pat in QUOTE_PATTERNS:
        m = pat.search(text)
        if m:
            idx = min(idx, m.start())
    return idx


def mynumber_valid(d12):
    ds = [int(c) for c in d12]
    base = ds[:11]
    total = 0
    for n in range(1, 12):
        p = base[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    cd = 0 if r <= 1 else 11 - r
    return cd == ds[11]


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def all_texts(m):
    """(label, text) for subject, body and attachment texts."""
    out = [("subject", m.get("subject", "")), ("text", m.get("text", ""))]
    for a in m.get("attachments", []) or []:
        if "text" in a:
            out.append(("attachment:" + a.get("filename", "?"), a["text"]))
    return out


def check_addresses(m, mid):
    doms = {}
    fr = m.get("from")
    if not isinstance(fr, str) or not ADDR_RE.match(fr):
        err(mid, f"bad from address {fr!r}")
    else:
        doms["from"] = ADDR_RE.match(fr).group("dom").lower()
        if not domain_ok(doms["from"]):
            err(mid, f"from domain not allowed: {doms['from']}")
    for field in ("to", "cc", "bcc"):
        if field not in m:
            continue
        v = m[field]
        if not isinstance(v, list) or (field == "to" and not v):
            err(mid, f"{field} must be a non-empty list" if field == "to" else f"{field} must be a list")
            continue
        for a in v:
            mm = ADDR_RE.match(a) if isinstance(a, str) else None
            if not mm:
                err(mid, f"bad {field} address {a!r}")
                continue
            if not domain_ok(mm.group("dom")):
                err(mid, f"{field} domain not allowed: {mm.group('dom')}")
    return doms.get("from")


def outside_visible(m, sender_dom):
    seen = set()
    for field in ("to", "cc"):
        for a in m.get(field, []) or []:
            mm = ADDR_RE.match(a)
            if mm and mm.group("dom").lower() != sender_dom:
                seen.add(mm.group("addr").lower())
    return len(seen)


def check_text_domains(m, mid):
    for label, t in all_texts(m):
        for rx in (EMAIL_IN_TEXT, URL_IN_TEXT, HOST_IN_TEXT):
            for mm in rx.finditer(t):
                dom = mm.group(1).lower().rstrip(".")
                if not domain_ok(dom):
                    err(mid, f"domain not allowed in {label}: {dom}")


def check_phones(m, mid):
    for label, t in all_texts(m):
        for mm in PHONE_RE.finditer(t):
            if set(mm.group(1)) != {"0"}:
                err(mid, f"phone without 0000-style exchange in {label}: {mm.group(0)}")


def check_mynumbers(m, mid):
    is_mn_kind = m.get("kind", "").startswith("id.mynumber")
    for label, t in all_texts(m):
        for mm in TWELVE_RE.finditer(t):
            d = "".join(mm.groups())
            before = t[max(0, mm.start() - 40):mm.start()]
            if is_mn_kind or MN_LABEL.search(before):
                if not mynumber_valid(d):
                    err(mid, f"My Number with bad check digit in {label}: {mm.group(0)}")
    for a in m.get("attachments", []) or []:
        if "text" in a and a.get("filename", "").lower().endswith(".csv"):
            rows = list(csv.reader(io.StringIO(a["text"])))
            if not rows:
                continue
            cols = [i for i, h in enumerate(rows[0]) if MN_LABEL.search(h)]
            for r in rows[1:]:
                for i in cols:
                    if i < len(r):
                        d = re.sub(r"[ -]", "", r[i])
                        if re.fullmatch(r"\d{12}", d) and not mynumber_valid(d):
                            err(mid, f"My Number column value with bad check digit: {r[i]}")


def check_cards(m, mid):
    if m.get("expect") != "hold":
        return
    for label, t in all_texts(m):
        for mm in CARD16_RE.finditer(t):
            if not luhn_ok(mm.group(0)):
                err(mid, f"card number failing Luhn on a hold in {label}: {mm.group(0)}")


def check_personal(m, mid, loc):
    pers = m.get("personal")
    subj = m.get("subject", "")
    text = m.get("text", "")
    att_text = "\n".join(a.get("text", "") for a in m.get("attachments", []) or [])
    if m["expect"] == "pass":
        if pers:
            err(mid, "pass mail must not carry personal")
        return
    if loc in ("zip", "recipients"):
        if pers is None:
            return
    elif not pers:
        err(mid, "hold without personal")
        return
    if not isinstance(pers, list):
        err(mid, "personal must be a list")
        return
    values = []
    for p in pers:
        if not isinstance(p, dict) or set(p) != {"type", "value"} or not p["value"]:
            err(mid, f"bad personal entry {p!r}")
            continue
        v = p["value"]
        values.append(v)
        if v not in subj and v not in text and v not in att_text:
            err(mid, f"personal value not found: {v!r}")
    if loc == "attachment":
        if not m.get("attachments"):
            err(mid, "attachment hold without attachments")
        for v in values:
            if v in subj or v in text:
                err(mid, f"attachment-only hold shows {v!r} in subject/body")
            if v not in att_text:
                err(mid, f"attachment-only hold: {v!r} not in attachment")
    elif loc == "subject":
        for v in values:
            if v not in subj:
                err(mid, f"subject-only hold: {v!r} not in subject")
            if v in text or v in att_text:
                err(mid, f"subject-only hold shows {v!r} in body/attachment")
    elif loc == "quoted":
        b = quote_boundary(text)
        if b >= len(text):
            err(mid, "quoted hold without a quoted/forwarded part")
        for v in values:
            if v in subj or v in text[:b]:
                err(mid, f"quoted hold shows {v!r} above the quoted part")
            if v not in text[b:]:
                err(mid, f"quoted hold: {v!r} not in quoted part")
            if v in att_text:
                err(mid, f"quoted hold shows {v!r} in an attachment")
    elif loc == "body":
        if not any(v in text for v in values):
            err(mid, "body hold: no personal value in body")
    elif loc == "zip":
        inner = "\n".join(a.get("text", "") for a in m.get("attachments", []) or []
                          if ".zip/" in a.get("filename", ""))
        for v in values:
            if v not in inner:
                err(mid, f"zip hold: {v!r} not inside the zip")
            if v in subj or v in text:
                err(mid, f"zip hold shows {v!r} in subject/body")


def check_attachments(m, mid, loc):
    atts = m.get("attachments")
    if atts is None:
        if loc in ("attachment", "zip"):
            err(mid, f"{loc} hold without attachments")
        return 0, 0
    if not isinstance(atts, list) or not atts:
        err(mid, "attachments must be a non-empty list")
        return 0, 0
    enc = plain_zip = 0
    for a in atts:
        if not isinstance(a, dict) or "filename" not in a or "contentType" not in a:
            err(mid, f"bad attachment {a!r}")
            continue
        if a.get("encrypted"):
            if set(a) != {"filename", "contentType", "encrypted"} or a["contentType"] != "application/zip" \
                    or a["encrypted"] is not True or not a["filename"].lower().endswith(".zip"):
                err(mid, f"bad encrypted zip entry {a!r}")
            enc += 1
        else:
            if set(a) != {"filename", "contentType", "text"} or not isinstance(a["text"], str):
                err(mid, f"bad attachment entry keys {sorted(a)}")
            if ".zip/" in a["filename"]:
                plain_zip += 1
    if loc == "zip" and not (enc or plain_zip):
        err(mid, "zip hold without an encrypted or plain zip")
    return enc, plain_zip


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(data, list) or len(data) != N:
        print(f"expected {N} mails, got {len(data) if isinstance(data, list) else type(data)}")
        sys.exit(1)
    ids = [m.get("id") for m in data]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        problems.append("ids not in order dc001..dc100")
    if set(meta) != set(want):
        problems.append("meta.json ids do not match")

    exp = Counter(m.get("expect") for m in data)
    if exp != Counter({"hold": 50, "pass": 50}):
        problems.append(f"expect counts {dict(exp)}")

    run_val, run_len = None, 0
    for m in data:
        if m.get("expect") == run_val:
            run_len += 1
        else:
            run_val, run_len = m.get("expect"), 1
        if run_len > 3:
            err(m.get("id"), "run of more than 3 same expect")

    per_org = defaultdict(Counter)
    loc_org = defaultdict(Counter)
    writers = defaultdict(set)
    senders = defaultdict(set)
    for m in data:
        mid = m.get("id")
        md = meta.get(mid, {})
        org, loc = md.get("org"), md.get("loc")
        if org not in ORGS:
            err(mid, f"bad org {org!r}")
            continue
        per_org[org][m.get("expect")] += 1
        writers[org].add(md.get("writer"))
        senders[org].add(m.get("from"))

        keys = set(m)
        if not REQUIRED <= keys:
            err(mid, f"missing keys {sorted(REQUIRED - keys)}")
        if keys - REQUIRED - OPTIONAL:
            err(mid, f"unknown keys {sorted(keys - REQUIRED - OPTIONAL)}")
        for k in ("kind", "why", "subject", "text"):
            if not isinstance(m.get(k), str) or not m.get(k).strip():
                err(mid, f"{k} must be a non-empty string")
        kind = m.get("kind", "")
        if not KIND_RE.match(kind):
            err(mid, f"kind not snake_case category.detail: {kind!r}")
        if m.get("expect") == "hold":
            if not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
                err(mid, f"hold kind not allowed: {kind}")
            if loc not in LOC_QUOTA:
                err(mid, f"hold with bad loc {loc!r}")
            loc_org[org][loc] += 1
        elif m.get("expect") == "pass":
            if not kind.startswith("benign."):
                err(mid, f"pass kind must be benign.*: {kind}")
            if loc != "none":
                err(mid, f"pass with loc {loc!r}")
        else:
            err(mid, f"bad expect {m.get('expect')!r}")

        sender_dom = check_addresses(m, mid)
        check_text_domains(m, mid)
        check_phones(m, mid)

        n_out = outside_visible(m, sender_dom) if sender_dom else 0
        if kind.startswith("recipients."):
            if n_out <= 10:
                err(mid, f"recipients hold with only {n_out} visible outside recipients")
            if loc != "recipients":
                err(mid, "recipients.* kind must have loc recipients")
        elif n_out > 10:
            err(mid, f"{n_out} visible outside recipients on a non-recipients mail")
        if loc == "recipients" and not kind.startswith("recipients."):
            err(mid, "loc recipients needs a recipients.* kind")

        enc, _ = check_attachments(m, mid, loc)
        if kind == "attachment.encrypted_zip":
            if enc != 1:
                err(mid, f"attachment.encrypted_zip must have exactly one encrypted zip (has {enc})")
            if loc != "zip":
                err(mid, "attachment.encrypted_zip must have loc zip")
        elif enc:
            err(mid, "encrypted zip on a mail that is not attachment.encrypted_zip")

        check_mynumbers(m, mid)
        check_cards(m, mid)
        check_personal(m, mid, loc)

    for org in ORGS:
        if per_org[org] != Counter({"hold": 10, "pass": 10}):
            problems.append(f"org {org}: expect counts {dict(per_org[org])}")
        if dict(loc_org[org]) != LOC_QUOTA:
            problems.append(f"org {org}: location quota {dict(loc_org[org])} != {LOC_QUOTA}")
        if not 2 <= len(writers[org]) <= 3:
            problems.append(f"org {org}: {len(writers[org])} writers")
        if not 2 <= len(senders[org]) <= 3:
            problems.append(f"org {org}: {len(senders[org])} sender addresses")

    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
