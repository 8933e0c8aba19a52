"""Validate fresh.json + build/meta.json of the cn (eval-fresh92) set. Prints OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import PREFIX, PRIVATE_DOMAINS, mynumber_valid, luhn_valid  # noqa: E402

ERR = []


def err(mid, msg):
    ERR.append(f"{mid}: {msg}")


ALLOWED_KEYS = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
                "attachments", "personal"}
REQUIRED_KEYS = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
HOLD_CATS = {"sensitive", "id", "list", "personal", "recipients"}
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
KIND_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9_]+(\.[a-z0-9_]+)*$")
ADDR_RE = re.compile(r"^(?P<name>[^<>]+?) <(?P<addr>[A-Za-z0-9._%+'-]+@(?P<dom>[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+))>$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_IN_TEXT = re.compile(r"(?:https?://|www\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)", re.I)
TLDS = r"(?:com|net|org|jp|io|co|info|biz|us|uk|de|fr|sg|kr|cn|tw|vn|ai|dev|app|me|tv|edu|gov)"
BARE_DOMAIN = re.compile(r"(?<![A-Za-z0-9@._-])((?:[A-Za-z0-9-]+\.)+" + TLDS + r")(?![A-Za-z0-9-])", re.I)
PHONE_RE = re.compile(r"(?<![\d-])0\d{1,3}-\d{2,4}-\d{4}(?![\d-])")
TWELVE = re.compile(r"(?<!\d)(?<!\d[ -])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![ -]?\d)")
CARD16 = re.compile(r"(?<!\d)(?<!\d[ -])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4})(?![ -]?\d)")
MYN_LABEL = re.compile(r"(マイナンバー|個人番号|my ?number)", re.I)
QUOTE_MARKERS = [
    re.compile(r"^>", re.M),
    re.compile(r"^-{2,}\s*Original Message\s*-{2,}", re.M | re.I),
    re.compile(r"^-{2,}\s*Forwarded [Mm]essage\s*-{2,}", re.M),
    re.compile(r"^-{2,}\s*転送(されたメッセージ|メッセージ)\s*-{2,}", re.M),
    re.compile(r"^On .+ wrote:\s*$", re.M),
    re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日.*[:：]\s*$", re.M),
]


def domain_ok(d):
    d = d.lower().rstrip(".")
    if d in PRIVATE_DOMAINS:
        return True
    labels = d.split(".")
    return "example" in labels[:-1] and labels[-1] != "example"


def quote_start(text):
    pos = [m.start() for r in QUOTE_MARKERS for m in [r.search(text)] if m]
    return min(pos) if pos else None


def parse_addr(mid, a, field):
    m = ADDR_RE.match(a) if isinstance(a, str) else None
    if not m:
        err(mid, f"malformed address in {field}: {a!r}")
        return None
    if not domain_ok(m.group("dom")):
        err(mid, f"domain not allowed in {field}: {a}")
    return m.group("dom").lower()


def texts_of(m):
    out = [("subject", m.get("subject", "")), ("text", m.get("text", ""))]
    for a in m.get("attachments", []) or []:
        out.append((f"attachment {a.get('filename')}", a.get("text", "") or ""))
        out.append((f"attachment name", a.get("filename", "")))
    out.append(("why", m.get("why", "")))
    return out


def main():
    fresh = json.load(open(os.path.join(ROOT, "fresh.json"), encoding="utf-8"))
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))

    if not isinstance(fresh, list) or len(fresh) != 100:
        err("set", f"expected 100 mails, got {len(fresh)}")
    ids = [m.get("id") for m in fresh]
    want = [f"{PREFIX}{i:03d}" for i in range(1, 101)]
    if ids != want:
        err("set", "ids are not cn001..cn100 in order")
    if set(meta) != set(want):
        err("set", "meta.json ids differ from fresh.json")

    exp = Counter(m.get("expect") for m in fresh)
    if exp["hold"] != 50 or exp["pass"] != 50:
        err("set", f"expect counts {dict(exp)}")

    # runs
    run, prev = 0, None
    for m in fresh:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(m["id"], "more than 3 in a row with the same expect")

    per_org = defaultdict(Counter)
    loc_q = defaultdict(Counter)
    writers = defaultdict(set)
    org_domain = defaultdict(set)
    enc_zip_kinds = 0

    for m in fresh:
        mid = m.get("id", "?")
        md = meta.get(mid, {})
        org, loc, wr = md.get("org"), md.get("loc"), md.get("writer")
        keys = set(m)
        if not REQUIRED_KEYS <= keys:
            err(mid, f"missing keys {REQUIRED_KEYS - keys}")
        if keys - ALLOWED_KEYS:
            err(mid, f"unknown keys {keys - ALLOWED_KEYS}")
        for k in ("why", "subject", "text"):
            if not isinstance(m.get(k), str) or not m.get(k).strip():
                err(mid, f"empty {k}")
        expect, kind = m.get("expect"), m.get("kind", "")
        if expect not in ("hold", "pass"):
            err(mid, f"bad expect {expect}")
        if not KIND_RE.match(kind):
            err(mid, f"kind not snake_case category.detail: {kind}")
        cat = kind.split(".")[0]
        if expect == "hold":
            if not (cat in HOLD_CATS or kind == "attachment.encrypted_zip"):
                err(mid, f"hold kind {kind} not allowed")
            if loc not in LOCS:
                err(mid, f"hold loc {loc}")
        else:
            if cat != "benign":
                err(mid, f"pass kind {kind} must be benign.*")
            if loc != "none":
                err(mid, f"pass loc must be none, got {loc}")
        per_org[org][expect] += 1
        if expect == "hold":
            loc_q[org][loc] += 1
        writers[org].add(wr)

        # addresses
        sdom = parse_addr(mid, m.get("from"), "from")
        if sdom:
            org_domain[org].add(sdom)
        for f in ("to", "cc", "bcc"):
            if f in m and not isinstance(m[f], list):
                err(mid, f"{f} must be a list")
        if not m.get("to"):
            err(mid, "empty to")
        outside = 0
        for f in ("to", "cc", "bcc"):
            for a in m.get(f, []) or []:
                d = parse_addr(mid, a, f)
                if f != "bcc" and d and sdom and d != sdom:
                    outside += 1
        if outside > 10 and not kind.startswith("recipients."):
            err(mid, f"{outside} visible outside recipients on a non-recipients mail")
        if kind.startswith("recipients.") and outside <= 10:
            err(mid, f"recipients hold with only {outside} visible outside recipients")
        if loc == "recipients" and not kind.startswith("recipients."):
            err(mid, "loc recipients needs a recipients.* kind")

        # domains / urls / phones inside texts
        for where, t in texts_of(m):
            for d in EMAIL_IN_TEXT.findall(t):
                if not domain_ok(d):
                    err(mid, f"domain not allowed in {where}: {d}")
            for d in URL_IN_TEXT.findall(t):
                if not domain_ok(d):
                    err(mid, f"URL domain not allowed in {where}: {d}")
            for d in BARE_DOMAIN.findall(t):
                if not domain_ok(d):
                    err(mid, f"bare domain not allowed in {where}: {d}")
            for p in PHONE_RE.findall(t):
                if p.split("-")[1] not in ("0000", "000"):
                    err(mid, f"phone without 0000 exchange in {where}: {p}")

        # attachments
        atts = m.get("attachments", []) or []
        encs = []
        for a in atts:
            if not isinstance(a, dict) or "filename" not in a or "contentType" not in a:
                err(mid, f"bad attachment {a}")
                continue
            if a.get("encrypted"):
                encs.append(a)
                if a["contentType"] != "application/zip" or "text" in a:
                    err(mid, "encrypted zip must be application/zip without text")
            elif not isinstance(a.get("text"), str):
                err(mid, f"attachment {a['filename']} has no text")
        if encs:
            if kind != "attachment.encrypted_zip":
                err(mid, "encrypted zip on a mail whose kind is not attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip":
            enc_zip_kinds += 1
            if len(encs) != 1:
                err(mid, "attachment.encrypted_zip needs exactly one encrypted zip")
        if loc == "zip":
            if not encs and not any(".zip/" in a.get("filename", "") for a in atts):
                err(mid, "zip hold without an encrypted zip or plain zip inner file")

        # マイナンバー check digits
        all_texts = [("subject", m.get("subject", "")), ("text", m.get("text", ""))] + \
                    [(a["filename"], a.get("text", "") or "") for a in atts if "filename" in a]
        for where, t in all_texts:
            for mm in TWELVE.finditer(t):
                num = mm.group(1)
                window = t[max(0, mm.start() - 30):mm.start()]
                labelled = bool(MYN_LABEL.search(window))
                if (labelled or kind.startswith("id.mynumber")) and not mynumber_valid(num):
                    err(mid, f"マイナンバー with bad check digit in {where}: {num}")
            if where.lower().endswith(".csv") or ".csv" in where.lower():
                rows = list(csv.reader(io.StringIO(t.strip())))
                if rows:
                    cols = [i for i, h in enumerate(rows[0]) if MYN_LABEL.search(h)]
                    for r in rows[1:]:
                        for i in cols:
                            if i < len(r) and r[i].strip() and not mynumber_valid(r[i]):
                                err(mid, f"マイナンバー column value with bad check digit: {r[i]}")
        # card numbers on holds
        if expect == "hold":
            for where, t in all_texts:
                for mm in CARD16.finditer(t):
                    if not luhn_valid(mm.group(1)):
                        err(mid, f"card number failing Luhn in {where}: {mm.group(1)}")

        # personal values
        pers = m.get("personal")
        if expect == "pass" and pers:
            err(mid, "pass mail has personal values")
        if expect == "hold" and loc not in ("zip", "recipients") and not pers:
            err(mid, "hold without personal values")
        if pers:
            subj, text = m.get("subject", ""), m.get("text", "")
            att_text = "\n".join(a.get("text", "") or "" for a in atts)
            qs = quote_start(text)
            above = text if qs is None else text[:qs]
            below = "" if qs is None else text[qs:]
            for p in pers:
                if not isinstance(p, dict) or set(p) != {"type", "value"} or not p["value"]:
                    err(mid, f"bad personal entry {p}")
                    continue
                v = p["value"]
                if v not in subj and v not in text and v not in att_text:
                    err(mid, f"personal value not found: {v!r}")
                if loc == "attachment":
                    if v in subj or v in text:
                        err(mid, f"attachment-only hold has {v!r} in subject/body")
                    if v not in att_text:
                        err(mid, f"attachment-only hold: {v!r} not in attachment")
                if loc == "subject":
                    if v not in subj:
                        err(mid, f"subject-only hold: {v!r} not in subject")
                    if v in text or v in att_text:
                        err(mid, f"subject-only hold has {v!r} in body/attachment")
                if loc == "quoted":
                    if qs is None:
                        err(mid, "quoted hold without a quote/forward marker")
                    elif v in above or v in subj:
                        err(mid, f"quoted hold has {v!r} above the quoted part or in subject")
                    elif v not in below:
                        err(mid, f"quoted hold: {v!r} not in quoted part")
            if loc == "body" and not any(p.get("value", "") in above for p in pers):
                err(mid, "body hold without a personal value in the writer's own text")

    if enc_zip_kinds < 1:
        err("set", "no attachment.encrypted_zip mail")
    for org in sorted(per_org):
        c = per_org[org]
        if c["hold"] != 10 or c["pass"] != 10:
            err(f"org {org}", f"hold/pass {dict(c)}")
        if dict(loc_q[org]) != QUOTA:
            err(f"org {org}", f"location quota {dict(loc_q[org])} != {QUOTA}")
        if not 2 <= len(writers[org]) <= 3:
            err(f"org {org}", f"{len(writers[org])} writers")
        if len(org_domain[org]) != 1:
            err(f"org {org}", f"sender domains {org_domain[org]}")
    if len(per_org) != 5:
        err("set", f"{len(per_org)} organisations")

    if ERR:
        print("\n".join(ERR))
        print(f"{len(ERR)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
