"""Validate fresh.json and build/meta.json of eval-fresh96.  Prints OK or the problems."""

import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import mynumber_ok, luhn_ok  # noqa: E402

PREFIX = "cr"
N_TOTAL = 100
ORGS = ["A", "B", "C", "D", "E"]
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
REQUIRED = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
OPTIONAL = ["cc", "bcc", "attachments", "personal"]
PRIVATE_DOMAINS = {"gmail.com", "yahoo.co.jp", "outlook.com"}

ADDR_RE = re.compile(r"^(?P<name>[^<>]+?) <(?P<local>[A-Za-z0-9._%+-]+)@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")
KIND_RE = re.compile(r"^[a-z]+(?:_[a-z0-9]+)*\.[a-z0-9]+(?:_[a-z0-9]+)*$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_IN_TEXT = re.compile(r"https?://([A-Za-z0-9.-]+)", re.I)
BARE_DOMAIN = re.compile(
    r"(?<![A-Za-z0-9.-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|info|biz|io|jp|tw|vn|ph|sg|uk|us|edu|gov|kr|cn))(?![A-Za-z0-9-])",
    re.I)
QUOTE_MARKERS = [
    re.compile(r"^>", re.M),
    re.compile(r"^-{2,}\s*(?:Original Message|Forwarded message|転送メッセージ|元のメッセージ)\s*-{2,}", re.M | re.I),
    re.compile(r"^.*(?:wrote|書きました)[:：]\s*$", re.M),
]
MYNUM_RE = re.compile(r"(?<!\d)(?<!\d[ -])\d{4}[ -]?\d{4}[ -]?\d{4}(?![ -]?\d)")
CARD_RE = re.compile(r"(?<!\d)(?<!\d[ -])(?:\d{4}[ -]?){3}\d{4}(?![ -]?\d)|(?<!\d)\d{4}[ -]?\d{6}[ -]?\d{5}(?!\d)")
MYNUM_LABELS = ("マイナンバー", "個人番号")

errors = []


def err(msg):
    errors.append(msg)


def domain_allowed(d):
    d = d.lower().rstrip(".")
    if d in PRIVATE_DOMAINS:
        return True
    return re.fullmatch(r"(?:[a-z0-9-]+\.)+example(?:\.[a-z0-9-]+)+", d) is not None


def quote_index(text):
    idx = None
    for rx in QUOTE_MARKERS:
        m = rx.search(text)
        if m and (idx is None or m.start() < idx):
            idx = m.start()
    return idx


def parse_addr(a, where, mid):
    if not isinstance(a, str):
        err(f"{mid}: {where} address is not a string")
        return None
    m = ADDR_RE.match(a)
    if not m:
        err(f"{mid}: malformed address in {where}: {a!r}")
        return None
    return m.group("domain").lower()


def all_texts(m):
    texts = [m["subject"], m["text"]]
    for at in m.get("attachments", []) or []:
        texts.append(at.get("filename", ""))
        if "text" in at:
            texts.append(at["text"])
    for a in [m["from"]] + m["to"] + m.get("cc", []) + m.get("bcc", []):
        texts.append(a)
    return texts


def check_domains(m):
    mid = m["id"]
    for t in all_texts(m):
        for rx in (EMAIL_IN_TEXT, URL_IN_TEXT, BARE_DOMAIN):
            for d in rx.findall(t):
                if not domain_allowed(d):
                    err(f"{mid}: domain not allowed: {d}")


def check_mynumbers(m):
    mid = m["id"]
    is_mn_kind = m["kind"].startswith("id.mynumber")
    texts = [("subject", m["subject"]), ("text", m["text"])]
    for at in m.get("attachments", []) or []:
        if "text" in at:
            texts.append((at["filename"], at["text"]))
    for where, t in texts:
        for mm in MYNUM_RE.finditer(t):
            before = t[max(0, mm.start() - 30):mm.start()]
            labelled = any(lb in before for lb in MYNUM_LABELS)
            if (labelled or is_mn_kind) and not mynumber_ok(mm.group(0)):
                err(f"{mid}: invalid My Number check digit in {where}: {mm.group(0)}")
        # CSV columns named マイナンバー / 個人番号
        lines = t.splitlines()
        for i, ln in enumerate(lines):
            cols = [c.strip() for c in ln.split(",")]
            idxs = [j for j, c in enumerate(cols) if any(lb in c for lb in MYNUM_LABELS)]
            if len(cols) > 1 and idxs:
                for row in lines[i + 1:]:
                    rc = [c.strip() for c in row.split(",")]
                    if len(rc) != len(cols):
                        break
                    for j in idxs:
                        v = rc[j]
                        if re.sub(r"\D", "", v) and not mynumber_ok(v):
                            err(f"{mid}: invalid My Number in CSV column of {where}: {v}")
                break


def check_cards(m):
    if m["expect"] != "hold":
        return
    mid = m["id"]
    texts = [m["subject"], m["text"]] + [at.get("text", "") for at in m.get("attachments", []) or []]
    for t in texts:
        for mm in CARD_RE.finditer(t):
            if not luhn_ok(mm.group(0)):
                err(f"{mid}: card number on hold fails Luhn: {mm.group(0)}")
        for mm in re.finditer(r"(?<!\d)\d{15,16}(?!\d)", t):
            if not luhn_ok(mm.group(0)):
                err(f"{mid}: card-like number on hold fails Luhn: {mm.group(0)}")


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(data, list) or len(data) != N_TOTAL:
        err(f"expected {N_TOTAL} mails, got {len(data) if isinstance(data, list) else type(data)}")
        data = data if isinstance(data, list) else []

    # ids in order
    for i, m in enumerate(data, start=1):
        want = f"{PREFIX}{i:03d}"
        if m.get("id") != want:
            err(f"id #{i}: expected {want}, got {m.get('id')}")
    if set(meta) != {m.get("id") for m in data}:
        err("meta.json ids do not match fresh.json ids")

    # totals and run lengths
    exp = [m.get("expect") for m in data]
    c = Counter(exp)
    if c["hold"] != 50 or c["pass"] != 50:
        err(f"need 50 hold / 50 pass, got {dict(c)}")
    run, prev = 0, None
    for i, e in enumerate(exp):
        run = run + 1 if e == prev else 1
        prev = e
        if run > 3:
            err(f"run of {run} '{e}' ending at {data[i]['id']}")

    per_org = defaultdict(Counter)
    loc_org = defaultdict(Counter)
    writers = defaultdict(set)
    writer_from = defaultdict(set)

    for m in data:
        mid = m.get("id", "?")
        # keys
        for k in REQUIRED:
            if k not in m:
                err(f"{mid}: missing key {k}")
        for k in m:
            if k not in REQUIRED and k not in OPTIONAL:
                err(f"{mid}: unexpected key {k}")
        if any(k not in m for k in REQUIRED):
            continue
        for k in ("why", "subject", "text", "kind"):
            if not isinstance(m[k], str) or not m[k].strip():
                err(f"{mid}: {k} must be a non-empty string")
        if m["expect"] not in ("hold", "pass"):
            err(f"{mid}: bad expect {m['expect']}")
        kind = m["kind"]
        if not KIND_RE.match(kind):
            err(f"{mid}: kind not snake_case category.detail: {kind}")
        if m["expect"] == "hold":
            if not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
                err(f"{mid}: hold kind not allowed: {kind}")
        else:
            if not kind.startswith("benign."):
                err(f"{mid}: pass kind must be benign.*: {kind}")
            if m.get("personal"):
                err(f"{mid}: pass mail carries personal values")

        mt = meta.get(mid, {})
        org, writer, loc = mt.get("org"), mt.get("writer"), mt.get("loc")
        if org not in ORGS:
            err(f"{mid}: bad org in meta: {org}")
            continue
        per_org[org][m["expect"]] += 1
        writers[org].add(writer)
        writer_from[(org, writer)].add(m["from"])
        if m["expect"] == "hold":
            if loc not in LOC_QUOTA:
                err(f"{mid}: bad hold loc {loc}")
            else:
                loc_org[org][loc] += 1
        elif loc != "none":
            err(f"{mid}: pass loc must be 'none', got {loc}")

        # addresses
        sender_dom = parse_addr(m["from"], "from", mid)
        for fld in ("to", "cc", "bcc"):
            if fld in m:
                if not isinstance(m[fld], list) or (fld == "to" and not m[fld]):
                    err(f"{mid}: {fld} must be a non-empty array")
                    continue
                for a in m[fld]:
                    parse_addr(a, fld, mid)
        check_domains(m)

        # attachments
        atts = m.get("attachments", []) or []
        enc = [a for a in atts if a.get("encrypted")]
        for a in atts:
            if "filename" not in a or "contentType" not in a:
                err(f"{mid}: attachment lacks filename/contentType")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip" or "text" in a:
                    err(f"{mid}: encrypted zip must be application/zip without text")
            elif not isinstance(a.get("text"), str):
                err(f"{mid}: attachment {a.get('filename')} has no text")
        if enc and kind != "attachment.encrypted_zip":
            err(f"{mid}: encrypted zip on kind {kind}")
        if kind == "attachment.encrypted_zip" and len(enc) != 1:
            err(f"{mid}: attachment.encrypted_zip needs exactly one encrypted zip")

        # outside visible recipients
        outside = 0
        for a in m["to"] + m.get("cc", []):
            mm = ADDR_RE.match(a)
            if mm and sender_dom and mm.group("domain").lower() != sender_dom:
                outside += 1
        if kind.startswith("recipients."):
            if outside <= 10:
                err(f"{mid}: recipients hold has only {outside} outside recipients")
        elif outside > 10:
            err(f"{mid}: {outside} outside recipients on non-recipients mail")
        if (loc == "recipients") != kind.startswith("recipients."):
            err(f"{mid}: loc recipients <-> kind recipients.* mismatch")

        check_mynumbers(m)
        check_cards(m)

        # personal values
        if m["expect"] != "hold":
            continue
        pers = m.get("personal") or []
        if loc not in ("zip", "recipients") and not pers:
            err(f"{mid}: hold without personal values")
        body = m["text"]
        subj = m["subject"]
        plain_att = "\n".join(a.get("text", "") for a in atts if ".zip/" not in a["filename"])
        zip_att = "\n".join(a.get("text", "") for a in atts if ".zip/" in a["filename"])
        everything = "\n".join([subj, body, plain_att, zip_att])
        qi = quote_index(body)
        for p in pers:
            if not isinstance(p, dict) or set(p) != {"type", "value"} or not p["value"]:
                err(f"{mid}: malformed personal entry {p}")
                continue
            v = p["value"]
            if v not in everything:
                err(f"{mid}: personal value not found: {v!r}")
            if loc == "attachment":
                if v in subj or v in body:
                    err(f"{mid}: attachment-only hold has {v!r} in subject/body")
                if v not in plain_att:
                    err(f"{mid}: attachment-only value {v!r} not in attachment")
            elif loc == "subject":
                if v not in subj:
                    err(f"{mid}: subject-only value {v!r} not in subject")
                if v in body or v in plain_att or v in zip_att:
                    err(f"{mid}: subject-only value {v!r} also outside subject")
            elif loc == "quoted":
                if qi is None:
                    err(f"{mid}: quoted hold without a quoted/forwarded part")
                elif v in subj or v in body[:qi] or v not in body[qi:]:
                    err(f"{mid}: quoted value {v!r} must appear only in the quoted part")
            elif loc == "zip":
                if v not in zip_att or v in subj or v in body:
                    err(f"{mid}: zip value {v!r} must appear only inside the zip")
            elif loc == "body":
                if v not in subj and v not in body:
                    err(f"{mid}: body value {v!r} not in subject/body")
        if loc == "body" and pers:
            top = body if qi is None else body[:qi]
            if not any(p["value"] in top for p in pers if isinstance(p, dict)):
                err(f"{mid}: body hold has no personal value above any quote")
        if loc == "zip":
            if not enc and not any(".zip/" in a["filename"] for a in atts):
                err(f"{mid}: zip hold without an encrypted or plain zip")
            if not enc and not pers:
                err(f"{mid}: plain-zip hold needs personal values")
        if loc == "attachment" and not plain_att:
            err(f"{mid}: attachment hold without attachment text")

    # per-organisation composition
    for org in ORGS:
        if per_org[org]["hold"] != 10 or per_org[org]["pass"] != 10:
            err(f"org {org}: need 10/10, got {dict(per_org[org])}")
        if dict(loc_org[org]) != LOC_QUOTA:
            err(f"org {org}: loc quota {dict(loc_org[org])} != {LOC_QUOTA}")
        if not 2 <= len(writers[org]) <= 3:
            err(f"org {org}: {len(writers[org])} writers")
    for (org, w), froms in writer_from.items():
        if len(froms) != 1:
            err(f"org {org} writer {w}: several From addresses {froms}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
