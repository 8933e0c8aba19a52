"""Validate fresh.json / build/meta.json of eval-fresh105. Prints OK when every check passes."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import quote_start, mynumber_valid, luhn_valid, PRIVATE_DOMAINS  # noqa: E402

PREFIX = "da"
N = 100
ORGS = ["A", "B", "C", "D", "E"]
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
OPTIONAL = {"cc", "bcc", "attachments", "personal"}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
KIND_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9_]+(?:\.[a-z0-9_]+)*$")
ADDR_RE = re.compile(r"^(?P<name>[^<>]*\S[^<>]*) <(?P<local>[A-Za-z0-9._%+-]+)@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)", re.I)
HOST_RE = re.compile(r"(?<![A-Za-z0-9.@-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|jp|io|info|biz|us|uk))(?![A-Za-z0-9@-])", re.I)
ALLOWED_RE = re.compile(r"(?:[a-z0-9-]+\.)*example(?:\.[a-z]{2,}){1,3}")
MYNUM_LABEL_RE = re.compile(r"(?:マイナンバー|個人番号)[^\d\n]{0,20}(\d{4}[ -]?\d{4}[ -]?\d{4})(?!\d)")
TWELVE_RE = re.compile(r"(?<![\d-])(\d{12}|\d{4}[ -]\d{4}[ -]\d{4})(?![\d])")
CARD_RE = re.compile(r"(?<![\d])((?:\d{4}[ -]){3}\d{4}|\d{16})(?![\d])")
ATT_KEYS = {"filename", "contentType", "text", "encrypted"}

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def domain_ok(d):
    d = d.lower().rstrip(".")
    return d in PRIVATE_DOMAINS or bool(ALLOWED_RE.fullmatch(d))


def texts_of(m):
    """(label, text) pairs of everything that is scanned for content."""
    out = [("subject", m.get("subject", "")), ("text", m.get("text", ""))]
    for a in m.get("attachments", []) or []:
        out.append(("filename", a.get("filename", "")))
        if "text" in a:
            out.append(("attachment", a["text"]))
    return out


def att_texts(m):
    return [a.get("text", "") for a in m.get("attachments", []) or []]


def main(data=None, meta=None):
    root = os.path.dirname(HERE)
    if data is None:
        data = json.load(open(os.path.join(root, "fresh.json"), encoding="utf-8"))
    if meta is None:
        meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))

    if not isinstance(data, list) or len(data) != N:
        err("-", f"expected {N} mails, got {len(data) if isinstance(data, list) else type(data)}")
        return
    ids = [m.get("id") for m in data]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        err("-", "ids are not in order " + PREFIX + "001.." + PREFIX + f"{N:03d}")
    if set(meta) != set(want):
        err("-", "meta.json ids do not match fresh.json")

    exp = Counter(m.get("expect") for m in data)
    if exp != Counter({"hold": 50, "pass": 50}):
        err("-", f"expect counts {dict(exp)}")

    # runs
    run, prev = 0, None
    for m in data:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(m["id"], "more than 3 mails in a row with the same expect")

    per_org = defaultdict(Counter)
    locs = defaultdict(Counter)
    writers = defaultdict(set)
    writer_from = defaultdict(set)

    for m in data:
        mid = m.get("id", "?")
        mt = meta.get(mid, {})
        org, loc, writer = mt.get("org"), mt.get("loc"), mt.get("writer")
        if org not in ORGS:
            err(mid, f"bad org {org}")
            continue
        keys = set(m)
        if not REQUIRED <= keys:
            err(mid, f"missing keys {REQUIRED - keys}")
        if keys - REQUIRED - OPTIONAL:
            err(mid, f"unknown keys {keys - REQUIRED - OPTIONAL}")
        expect, kind = m.get("expect"), m.get("kind", "")
        per_org[org][expect] += 1
        writers[org].add(writer)
        writer_from[(org, writer)].add(m.get("from"))
        if not KIND_RE.match(kind):
            err(mid, f"kind not snake_case category.detail: {kind}")
        if expect == "hold":
            if not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
                err(mid, f"hold kind {kind}")
            if loc not in LOC_QUOTA:
                err(mid, f"hold loc {loc}")
            locs[org][loc] += 1
        elif expect == "pass":
            if not kind.startswith("benign."):
                err(mid, f"pass kind {kind}")
            if loc != "none":
                err(mid, f"pass loc {loc}")
            if m.get("personal"):
                err(mid, "pass mail carries personal values")
        else:
            err(mid, f"bad expect {expect}")
        for k in ("why", "subject", "text"):
            if not isinstance(m.get(k), str) or not m.get(k).strip():
                err(mid, f"empty {k}")

        # addresses
        fm = ADDR_RE.match(m.get("from", "") or "")
        if not fm:
            err(mid, f"bad from {m.get('from')}")
            continue
        sender_dom = fm.group("domain").lower()
        headers = [("from", m["from"])]
        if not isinstance(m.get("to"), list) or not m["to"]:
            err(mid, "to must be a non-empty list")
        for k in ("to", "cc", "bcc"):
            v = m.get(k, [])
            if not isinstance(v, list):
                err(mid, f"{k} must be a list")
                continue
            headers += [(k, a) for a in v]
        outside_visible = 0
        for k, a in headers:
            am = ADDR_RE.match(a)
            if not am:
                err(mid, f"bad {k} address {a!r}")
                continue
            d = am.group("domain").lower()
            if not domain_ok(d):
                err(mid, f"domain not allowed in {k}: {d}")
            if k in ("to", "cc") and d != sender_dom:
                outside_visible += 1

        # domains inside texts
        for label, t in texts_of(m):
            for rx in (EMAIL_RE, URL_RE, HOST_RE):
                for d in rx.findall(t):
                    if not domain_ok(d):
                        err(mid, f"domain not allowed in {label}: {d}")

        # recipients rule
        is_rec = kind.startswith("recipients.")
        if is_rec != (loc == "recipients"):
            err(mid, "recipients kind and loc disagree")
        if outside_visible > 10 and not (expect == "hold" and is_rec):
            err(mid, f"{outside_visible} visible outside recipients on a non-recipients mail")
        if is_rec and outside_visible <= 10:
            err(mid, f"recipients hold has only {outside_visible} visible outside recipients")

        # attachments
        atts = m.get("attachments", [])
        if atts is not None and not isinstance(atts, list):
            err(mid, "attachments must be a list")
            atts = []
        n_enc = 0
        for a in atts or []:
            if set(a) - ATT_KEYS or "filename" not in a or "contentType" not in a:
                err(mid, f"bad attachment keys {sorted(a)}")
            if a.get("encrypted"):
                n_enc += 1
                if a.get("contentType") != "application/zip" or "text" in a:
                    err(mid, "encrypted zip must be application/zip without text")
            elif not isinstance(a.get("text"), str):
                err(mid, f"attachment {a.get('filename')} has no text")
        if n_enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on a mail that is not attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip" and n_enc != 1:
            err(mid, "attachment.encrypted_zip needs exactly one encrypted zip")
        if loc == "zip":
            inner = [a for a in atts or [] if ".zip/" in a.get("filename", "")]
            if not n_enc and not inner:
                err(mid, "zip hold without an encrypted zip or a plain zip inner file")

        # My Number check digits
        all_texts = [t for _, t in texts_of(m)]
        for t in all_texts:
            for num in MYNUM_LABEL_RE.findall(t):
                if not mynumber_valid(num):
                    err(mid, f"labelled My Number with bad check digit: {num}")
                if expect != "hold":
                    err(mid, f"labelled My Number on a pass mail: {num}")
        if kind.startswith("id.mynumber"):
            found = 0
            for t in all_texts:
                for num in TWELVE_RE.findall(t):
                    found += 1
                    if not mynumber_valid(num):
                        err(mid, f"12-digit number with bad My Number check digit: {num}")
            if not found:
                err(mid, "id.mynumber mail without any 12-digit number")
        for a in atts or []:
            if a.get("contentType") == "text/csv" or a.get("filename", "").endswith(".csv"):
                lines = [l for l in a.get("text", "").splitlines() if l.strip()]
                if not lines:
                    continue
                head = lines[0].split(",")
                cols = [i for i, h in enumerate(head) if "マイナンバー" in h or "個人番号" in h]
                for l in lines[1:]:
                    cells = l.split(",")
                    for i in cols:
                        v = cells[i] if i < len(cells) else ""
                        if not mynumber_valid(v):
                            err(mid, f"CSV My Number column value invalid: {v!r}")

        # card numbers on holds
        if expect == "hold":
            for t in all_texts:
                for num in CARD_RE.findall(t):
                    if not luhn_valid(num):
                        err(mid, f"card-like number fails Luhn: {num}")

        # personal values
        pers = m.get("personal")
        if expect == "hold":
            if loc not in ("zip", "recipients") and not pers:
                err(mid, "hold without personal values")
            subj, body = m.get("subject", ""), m.get("text", "")
            atx = att_texts(m)
            qs = quote_start(body)
            for p in pers or []:
                if set(p) != {"type", "value"} or not p.get("value"):
                    err(mid, f"bad personal entry {p}")
                    continue
                v = p["value"]
                in_s, in_b, in_a = v in subj, v in body, any(v in t for t in atx)
                if not (in_s or in_b or in_a):
                    err(mid, f"personal value not found: {v!r}")
                if loc == "attachment" and (in_s or in_b or not in_a):
                    err(mid, f"attachment-only value in subject/body or missing in attachment: {v!r}")
                if loc == "subject" and (not in_s or in_b or in_a):
                    err(mid, f"subject-only value not only in subject: {v!r}")
                if loc == "quoted":
                    if qs < 0:
                        err(mid, "quoted hold without a quoted/forwarded part")
                    elif in_s or v in body[:qs] or v not in body[qs:]:
                        err(mid, f"quoted value appears above the quoted part or is missing in it: {v!r}")
                if loc == "zip":
                    inner = [a.get("text", "") for a in atts if ".zip/" in a.get("filename", "")]
                    if in_s or in_b or not any(v in t for t in inner):
                        err(mid, f"zip value not only inside the zip: {v!r}")
            if loc == "body" and pers:
                top = body if qs < 0 else body[:qs]
                if not any(p.get("value", "") in top for p in pers):
                    err(mid, "body hold has no personal value in the body")
            if loc == "quoted" and qs < 0:
                err(mid, "quoted hold without quote marker")

    for org in ORGS:
        if per_org[org] != Counter({"hold": 10, "pass": 10}):
            err(org, f"hold/pass per org {dict(per_org[org])}")
        if dict(locs[org]) != LOC_QUOTA:
            err(org, f"location quota {dict(locs[org])}")
        if not 2 <= len(writers[org]) <= 3:
            err(org, f"{len(writers[org])} writers")
    for (org, w), froms in writer_from.items():
        if len(froms) != 1:
            err(org, f"writer {w} uses several from addresses {froms}")


if __name__ == "__main__":
    main()
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")
