"""Validate fresh.json + build/meta.json of the cz (eval-fresh104) set.

Prints OK when every check passes, otherwise one line per problem and exits 1.
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
sys.path.insert(0, HERE)
from common import mynumber_ok, luhn_ok  # noqa: E402

PREFIX = "cz"
N = 100
ORGS = ["A", "B", "C", "D", "E"]
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
REQUIRED = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
OPTIONAL = ["cc", "bcc", "attachments", "personal"]
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
PRIVATE = {"gmail.com", "yahoo.co.jp", "outlook.com"}

KIND_RE = re.compile(r"^[a-z]+(?:_[a-z0-9]+)*\.[a-z0-9]+(?:_[a-z0-9]+)*$")
ADDR_RE = re.compile(r"^([^<>\n]*[^<>\s][^<>\n]*) <([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([^/\s:?#<>\"')]+)", re.I)
HOST_RE = re.compile(r"(?<![A-Za-z0-9@._-])((?:[A-Za-z0-9-]+\.)+(?:jp|com|net|org|info|biz|io|co|us|uk|sg|kr|cn|tw))(?![A-Za-z0-9-])", re.I)
PHONE_RE = re.compile(r"(?<![\d+\-])(0\d{1,4})-(\d{1,4})-(\d{3,4})(?![\d\-])")
MN_LABEL_RE = re.compile(r"(?:マイナンバー|個人番号)[^0-9\n]{0,20}?(\d{4}[ \-]?\d{4}[ \-]?\d{4})(?![ \-]?\d)")
D12_RE = re.compile(r"(?<!\d)(?<!\d[ \-])(\d{4}[ \-]?\d{4}[ \-]?\d{4})(?![ \-]?\d)")
CARD_RE = re.compile(r"(?<!\d)(?<!\d[ \-])(\d{4}([ \-]?)\d{4}\2\d{4}\2\d{4}|\d{4}([ \-]?)\d{6}\3\d{5})(?![ \-]?\d)")
QUOTE_RES = [
    re.compile(r"^>", re.M),
    re.compile(r"^-{2,}\s*Original Message\s*-{2,}", re.M | re.I),
    re.compile(r"^-{2,}\s*Forwarded [Mm]essage\s*-{2,}", re.M),
    re.compile(r"^-{2,}\s*転送メッセージ\s*-{2,}", re.M),
    re.compile(r"^On .+ wrote:\s*$", re.M),
    re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日.*<[^>\n]+>:\s*$", re.M),
]

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def allowed_domain(d):
    d = d.lower().rstrip(".")
    if d in PRIVATE:
        return True
    labels = d.split(".")
    if "example" in labels:
        i = labels.index("example")
        return 1 <= i < len(labels) - 1
    return False


def quote_start(text):
    starts = [m.start() for r in QUOTE_RES for m in [r.search(text)] if m]
    return min(starts) if starts else None


def digits(s):
    return re.sub(r"\D", "", s)


def att_texts(m):
    return [a.get("text", "") for a in m.get("attachments", []) if not a.get("encrypted")]


def check(data, meta):
    """Run every check; problems are collected in the module-level list `errors`."""
    if not isinstance(data, list) or len(data) != N:
        err("set", f"expected {N} mails, got {len(data) if isinstance(data, list) else type(data)}")
        return
    ids = [m.get("id") for m in data]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        err("set", "ids are not cz001..cz100 in order")
    if set(meta) != set(want):
        err("meta", "meta.json ids differ from fresh.json ids")

    # ---- composition
    exp = Counter(m.get("expect") for m in data)
    if exp != Counter({"hold": 50, "pass": 50}):
        err("set", f"expect counts {dict(exp)}")
    per_org = defaultdict(Counter)
    locs = defaultdict(Counter)
    writers = defaultdict(set)
    writer_from = defaultdict(set)
    for m in data:
        mid = m.get("id")
        mm = meta.get(mid, {})
        org, w, loc = mm.get("org"), mm.get("writer"), mm.get("loc")
        if org not in ORGS:
            err(mid, f"meta org {org!r}")
            continue
        if set(mm) != {"org", "writer", "loc"}:
            err(mid, f"meta keys {sorted(mm)}")
        per_org[org][m.get("expect")] += 1
        writers[org].add(w)
        writer_from[(org, w)].add(m.get("from"))
        if m.get("expect") == "hold":
            if loc not in LOC_QUOTA:
                err(mid, f"hold with loc {loc!r}")
            locs[org][loc] += 1
        elif loc != "none":
            err(mid, f"pass with loc {loc!r}")
    for org in ORGS:
        if per_org[org] != Counter({"hold": 10, "pass": 10}):
            err(org, f"hold/pass {dict(per_org[org])}")
        if locs[org] != Counter(LOC_QUOTA):
            err(org, f"location quota {dict(locs[org])}")
        if not 2 <= len(writers[org]) <= 3:
            err(org, f"{len(writers[org])} writers")
    for (org, w), froms in writer_from.items():
        if len(froms) != 1:
            err(org, f"writer {w} uses several From addresses {sorted(froms)}")

    # ---- runs
    run, prev = 0, None
    for m in data:
        e = m.get("expect")
        run = run + 1 if e == prev else 1
        prev = e
        if run > 3:
            err(m.get("id"), "more than 3 in a row with the same expect")

    # ---- per mail
    for m in data:
        mid = m.get("id")
        loc = meta.get(mid, {}).get("loc")
        keys = set(m)
        for k in REQUIRED:
            if k not in m:
                err(mid, f"missing key {k}")
        extra = keys - set(REQUIRED) - set(OPTIONAL)
        if extra:
            err(mid, f"unexpected keys {sorted(extra)}")
        for k in ("why", "subject", "text", "kind", "from"):
            if not isinstance(m.get(k), str) or not m.get(k).strip():
                err(mid, f"{k} must be a non-empty string")
        expect = m.get("expect")
        kind = m.get("kind", "")
        if expect not in ("hold", "pass"):
            err(mid, f"expect {expect!r}")
        if not KIND_RE.match(kind):
            err(mid, f"kind not snake_case category.detail: {kind!r}")
        if expect == "hold" and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(mid, f"hold kind {kind!r}")
        if expect == "pass" and not kind.startswith("benign."):
            err(mid, f"pass kind {kind!r}")
        if kind.startswith("attachment.") and kind != "attachment.encrypted_zip":
            err(mid, f"attachment kind must be exactly attachment.encrypted_zip: {kind!r}")

        # addresses
        fm = ADDR_RE.match(m.get("from", ""))
        if not fm:
            err(mid, f"bad from {m.get('from')!r}")
            continue
        sender_dom = fm.group(3).lower()
        all_domains = [sender_dom]
        visible_outside = 0
        for fld in ("to", "cc", "bcc"):
            if fld not in m:
                continue
            v = m[fld]
            if not isinstance(v, list) or (fld == "to" and not v):
                err(mid, f"{fld} must be a (non-empty for to) list")
                continue
            for a in v:
                am = ADDR_RE.match(a) if isinstance(a, str) else None
                if not am:
                    err(mid, f"bad {fld} address {a!r}")
                    continue
                d = am.group(3).lower()
                all_domains.append(d)
                if fld in ("to", "cc") and d != sender_dom:
                    visible_outside += 1
        if "cc" in m and not m["cc"]:
            err(mid, "empty cc list")
        if "bcc" in m and not m["bcc"]:
            err(mid, "empty bcc list")

        # attachments
        atts = m.get("attachments", [])
        if "attachments" in m and (not isinstance(atts, list) or not atts):
            err(mid, "attachments must be a non-empty list")
            atts = []
        n_enc = 0
        for a in atts:
            if not isinstance(a, dict) or not a.get("filename") or not a.get("contentType"):
                err(mid, f"bad attachment {a!r}")
                continue
            if a.get("encrypted"):
                n_enc += 1
                if set(a) != {"filename", "contentType", "encrypted"} or a["contentType"] != "application/zip" \
                        or a["encrypted"] is not True or not a["filename"].lower().endswith(".zip"):
                    err(mid, f"bad encrypted zip {a!r}")
            else:
                if set(a) != {"filename", "contentType", "text"} or not isinstance(a["text"], str) or not a["text"].strip():
                    err(mid, f"attachment needs filename/contentType/text: {a.get('filename')}")
                if a["filename"].lower().endswith(".zip"):
                    err(mid, f"plain zip must be given by its inner files: {a['filename']}")
        if n_enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on a kind other than attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip" and n_enc != 1:
            err(mid, f"attachment.encrypted_zip needs exactly one encrypted zip, has {n_enc}")

        # texts and domains
        texts = [m.get("subject", ""), m.get("text", "")] + att_texts(m)
        for t in texts:
            all_domains += EMAIL_RE.findall(t)
            all_domains += URL_RE.findall(t)
            all_domains += HOST_RE.findall(t)
            for p in PHONE_RE.finditer(t):
                if set(p.group(2)) != {"0"}:
                    err(mid, f"phone number without 0000 exchange: {p.group(0)}")
        for d in all_domains:
            if not allowed_domain(d):
                err(mid, f"domain not allowed: {d}")

        # recipients
        if visible_outside > 10 and not kind.startswith("recipients."):
            err(mid, f"{visible_outside} visible outside recipients on a non-recipients mail")
        if kind.startswith("recipients.") and visible_outside <= 10:
            err(mid, f"recipients hold with only {visible_outside} visible outside recipients")
        if (loc == "recipients") != kind.startswith("recipients."):
            err(mid, "loc recipients and kind recipients.* must go together")

        # zip location
        inner = [a for a in atts if ".zip/" in a.get("filename", "")]
        if loc == "zip" and not (n_enc == 1 or inner):
            err(mid, "zip hold without an encrypted zip or inner zip files")
        if kind == "attachment.encrypted_zip" and loc != "zip":
            err(mid, "attachment.encrypted_zip must have loc zip")

        # マイナンバー check digits
        for t in texts:
            for mm_ in MN_LABEL_RE.finditer(t):
                if not mynumber_ok(digits(mm_.group(1))):
                    err(mid, f"labelled マイナンバー with bad check digit: {mm_.group(1)}")
            if kind.startswith("id.mynumber"):
                for mm_ in D12_RE.finditer(t):
                    if not mynumber_ok(digits(mm_.group(1))):
                        err(mid, f"12-digit number in id.mynumber mail fails check digit: {mm_.group(1)}")
        for a in atts:
            if a.get("encrypted") or not a.get("filename", "").lower().endswith(".csv"):
                continue
            rows = list(csv.reader(io.StringIO(a["text"])))
            if not rows:
                continue
            cols = [i for i, h in enumerate(rows[0]) if "マイナンバー" in h or "個人番号" in h]
            for r in rows[1:]:
                for i in cols:
                    if i < len(r) and r[i].strip():
                        dg = digits(r[i])
                        if len(dg) != 12 or not mynumber_ok(dg):
                            err(mid, f"CSV マイナンバー column value invalid: {r[i]}")

        # card numbers on holds
        if expect == "hold":
            for t in texts:
                for c in CARD_RE.finditer(t):
                    if not luhn_ok(c.group(1)):
                        err(mid, f"card number on hold fails Luhn: {c.group(1)}")

        # personal
        pers = m.get("personal")
        if expect == "pass":
            if pers:
                err(mid, "pass mail carries personal values")
            continue
        if pers is None:
            if loc not in ("zip", "recipients"):
                err(mid, "hold without personal values")
            continue
        if not isinstance(pers, list) or not pers:
            err(mid, "personal must be a non-empty list")
            continue
        subj, body = m.get("subject", ""), m.get("text", "")
        atxt = att_texts(m)
        qs = quote_start(body)
        vals = []
        for p in pers:
            if not isinstance(p, dict) or set(p) != {"type", "value"} or not isinstance(p.get("value"), str) \
                    or not p["value"].strip() or not isinstance(p.get("type"), str) or not p["type"]:
                err(mid, f"bad personal entry {p!r}")
                continue
            v = p["value"]
            vals.append(v)
            if not (v in subj or v in body or any(v in t for t in atxt)):
                err(mid, f"personal value not found: {v!r}")
        if loc == "attachment":
            for v in vals:
                if v in subj or v in body:
                    err(mid, f"attachment-only hold has {v!r} in subject/body")
                if not any(v in t for t in atxt):
                    err(mid, f"attachment-only hold: {v!r} not in an attachment")
        elif loc == "subject":
            for v in vals:
                if v not in subj:
                    err(mid, f"subject-only hold: {v!r} not in subject")
                if v in body or any(v in t for t in atxt):
                    err(mid, f"subject-only hold has {v!r} outside the subject")
        elif loc == "quoted":
            if qs is None:
                err(mid, "quoted hold without a quoted/forwarded part")
            else:
                top = body[:qs]
                for v in vals:
                    if v in subj or v in top:
                        err(mid, f"quoted hold has {v!r} above the quoted part")
                    if v not in body[qs:]:
                        err(mid, f"quoted hold: {v!r} not in the quoted part")
        elif loc == "body":
            top = body if qs is None else body[:qs]
            if not any(v in top for v in vals):
                err(mid, "body hold with no personal value in the body")
        elif loc == "zip":
            itx = [a["text"] for a in inner]
            for v in vals:
                if not any(v in t for t in itx):
                    err(mid, f"zip hold: {v!r} not inside the zip")


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    check(data, meta)
    if errors:
        for e in errors:
            print(e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
