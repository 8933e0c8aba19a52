"""Validate ../fresh.json and meta.json of the cx (eval-fresh102) set. Prints OK or the problems."""
import csv as csvmod
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_ok, luhn_ok  # noqa: E402

PREFIX = "cx"
N = 100
ORGS = "ABCDE"
QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
HOLD_CATS = {"sensitive", "id", "list", "personal", "recipients"}
REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
OPTIONAL = {"cc", "bcc", "attachments", "personal"}
FREEMAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}

ADDR_RE = re.compile(r"^(?P<name>[^<>]+?) <(?P<local>[A-Za-z0-9._%+\-]+)@(?P<domain>[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.\-]+)", re.I)
HOST_RE = re.compile(r"(?<![A-Za-z0-9.\-@])((?:[A-Za-z0-9\-]+\.)+(?:jp|com|net|org|info|biz|io|ph|sg|kr|tw|vn|ae|nl|br|in|uk|de|fr|cn|hk|au))(?![A-Za-z0-9\-])", re.I)
TWELVE_RE = re.compile(r"(?<!\d)(\d{4}[- ]?\d{4}[- ]?\d{4})(?!\d)")
LABELLED_MN_RE = re.compile(r"(?:マイナンバー|個人番号)[^\d\n]{0,15}(\d{4}[- ]?\d{4}[- ]?\d{4})(?!\d)")
CARD_RE = re.compile(r"(?<!\d)(\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}|\d{4}[- ]?\d{6}[- ]?\d{5})(?!\d)")
QUOTE_LINE_RE = re.compile(
    r"^\s*(>|-{2,}\s*(Original Message|Forwarded message|Forwarded Message|転送メッセージ|転送されたメッセージ|元のメッセージ)"
    r"|.*wrote:\s*$|.*>:\s*$|.*のメッセージ[:：]\s*$)", re.I)

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def domain_ok(d):
    d = d.lower().rstrip(".")
    return d in FREEMAIL or re.search(r"(^|\.)example\.[a-z.]+$", d) is not None


def quote_split(text):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if QUOTE_LINE_RE.match(line):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    return None


def att_texts(m, zip_inner=None):
    res = []
    for a in m.get("attachments", []):
        if "text" not in a:
            continue
        inner = ".zip/" in a["filename"]
        if zip_inner is None or zip_inner == inner:
            res.append(a["text"])
    return res


def main():
    root = os.path.dirname(HERE)
    data = json.load(open(os.path.join(root, "fresh.json"), encoding="utf-8"))
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))

    if not isinstance(data, list) or len(data) != N:
        err("set", f"expected {N} mails, got {len(data)}")
    ids = [m.get("id") for m in data]
    if ids != [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]:
        err("set", "ids not cx001..cx100 in order")
    if set(meta) != set(ids):
        err("set", "meta.json ids differ from fresh.json")

    exp = [m.get("expect") for m in data]
    c = Counter(exp)
    if c["hold"] != 50 or c["pass"] != 50:
        err("set", f"hold/pass = {c['hold']}/{c['pass']}")
    run = 1
    for i in range(1, len(exp)):
        run = run + 1 if exp[i] == exp[i - 1] else 1
        if run > 3:
            err(ids[i], "run of same expect > 3")

    per_org = defaultdict(Counter)
    loc_org = defaultdict(Counter)
    writers = defaultdict(set)

    for m in data:
        mid = m.get("id", "?")
        info = meta.get(mid, {})
        org, loc = info.get("org"), info.get("loc")
        if org not in ORGS:
            err(mid, f"bad org {org}")
        per_org[org][m.get("expect")] += 1
        writers[org].add(info.get("writer"))
        if m.get("expect") == "hold":
            loc_org[org][loc] += 1
            if loc not in QUOTA:
                err(mid, f"bad loc {loc}")
        elif loc != "none":
            err(mid, "pass must have loc none")

        # keys
        keys = set(m)
        if not REQUIRED <= keys:
            err(mid, f"missing keys {REQUIRED - keys}")
        if keys - REQUIRED - OPTIONAL:
            err(mid, f"unknown keys {keys - REQUIRED - OPTIONAL}")
        if m.get("expect") not in ("hold", "pass"):
            err(mid, "bad expect")
        for k in ("why", "subject", "text"):
            if not isinstance(m.get(k), str) or not m.get(k).strip():
                err(mid, f"empty {k}")

        # kind
        kind = m.get("kind", "")
        if not re.fullmatch(r"[a-z][a-z0-9_]*\.[a-z0-9_]+", kind):
            err(mid, f"kind not snake_case category.detail: {kind}")
        cat = kind.split(".")[0]
        if m.get("expect") == "hold":
            if not (cat in HOLD_CATS or kind == "attachment.encrypted_zip"):
                err(mid, f"hold kind category {cat}")
        else:
            if cat != "benign":
                err(mid, f"pass kind must be benign.*: {kind}")

        # addresses
        fm = ADDR_RE.match(m.get("from", ""))
        if not fm:
            err(mid, f"bad from {m.get('from')}")
            sender_dom = ""
        else:
            sender_dom = fm.group("domain").lower()
        all_dom = [sender_dom] if sender_dom else []
        for fld in ("to", "cc", "bcc"):
            v = m.get(fld, [])
            if fld == "to" and not v:
                err(mid, "empty to")
            if not isinstance(v, list):
                err(mid, f"{fld} not a list")
                continue
            for a in v:
                am = ADDR_RE.match(a)
                if not am:
                    err(mid, f"bad address in {fld}: {a}")
                else:
                    all_dom.append(am.group("domain"))

        # attachments
        atts = m.get("attachments", [])
        enc = 0
        for a in atts:
            if not isinstance(a, dict) or "filename" not in a or "contentType" not in a:
                err(mid, f"bad attachment {a}")
                continue
            if a.get("encrypted"):
                enc += 1
                if a["contentType"] != "application/zip" or "text" in a:
                    err(mid, "encrypted zip must be application/zip without text")
            elif not isinstance(a.get("text"), str):
                err(mid, f"attachment without text {a['filename']}")
        if enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip outside attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip" and enc != 1:
            err(mid, "attachment.encrypted_zip must carry exactly one encrypted zip")

        # domains in texts
        texts = [m.get("subject", ""), m.get("text", "")] + att_texts(m)
        for t in texts:
            all_dom += EMAIL_RE.findall(t)
            all_dom += URL_RE.findall(t)
            all_dom += HOST_RE.findall(t)
        for d in all_dom:
            if not domain_ok(d):
                err(mid, f"domain not allowed: {d}")

        # visible outside recipients
        outside = 0
        for a in m.get("to", []) + m.get("cc", []):
            am = ADDR_RE.match(a)
            if am and am.group("domain").lower() != sender_dom:
                outside += 1
        if kind.startswith("recipients."):
            if outside <= 10:
                err(mid, f"recipients hold has only {outside} outside recipients")
        elif outside > 10:
            err(mid, f"{outside} visible outside recipients on a non-recipients mail")

        # マイナンバー check digits
        alltext = "\n".join(texts)
        for num in LABELLED_MN_RE.findall(alltext):
            if not mynumber_ok(num):
                err(mid, f"labelled マイナンバー with bad check digit: {num}")
        if kind.startswith("id.mynumber"):
            for num in TWELVE_RE.findall(alltext):
                if not mynumber_ok(num):
                    err(mid, f"12-digit number in mynumber mail with bad check digit: {num}")
        for a in atts:
            if a.get("text") and a["filename"].lower().endswith(".csv"):
                rows = list(csvmod.reader(io.StringIO(a["text"])))
                if rows:
                    cols = [i for i, h in enumerate(rows[0]) if "マイナンバー" in h or "個人番号" in h]
                    for r in rows[1:]:
                        for i in cols:
                            if i < len(r) and r[i].strip() and not mynumber_ok(r[i]):
                                err(mid, f"CSV マイナンバー with bad check digit: {r[i]}")

        # card numbers on holds
        if m.get("expect") == "hold":
            for num in CARD_RE.findall(alltext):
                if not luhn_ok(num):
                    err(mid, f"card-like number fails Luhn: {num}")

        # personal values
        pers = m.get("personal")
        if m.get("expect") == "pass":
            if pers:
                err(mid, "pass carries personal")
            continue
        if pers is None:
            if loc not in ("zip", "recipients"):
                err(mid, "hold without personal")
            pers = []
        if not isinstance(pers, list):
            err(mid, "personal not a list")
            continue
        subj, body = m.get("subject", ""), m.get("text", "")
        for p in pers:
            if set(p) != {"type", "value"} or not p["value"]:
                err(mid, f"bad personal entry {p}")
                continue
            v = p["value"]
            if not any(v in t for t in texts):
                err(mid, f"personal value not found: {v!r}")
        vals = [p["value"] for p in pers if isinstance(p, dict) and p.get("value")]
        if loc == "body":
            if not any(v in body for v in vals):
                err(mid, "body hold: no personal value in body")
        elif loc == "attachment":
            if not atts:
                err(mid, "attachment hold without attachments")
            for v in vals:
                if v in subj or v in body:
                    err(mid, f"attachment-only hold has {v!r} in subject/body")
                if not any(v in t for t in att_texts(m, zip_inner=False)):
                    err(mid, f"attachment-only hold: {v!r} not in a (non-zip) attachment")
        elif loc == "subject":
            for v in vals:
                if v not in subj:
                    err(mid, f"subject-only hold: {v!r} not in subject")
                if v in body or any(v in t for t in att_texts(m)):
                    err(mid, f"subject-only hold: {v!r} also outside the subject")
        elif loc == "quoted":
            qs = quote_split(body)
            if qs is None:
                err(mid, "quoted hold without a quoted/forwarded part")
            else:
                above, below = qs
                for v in vals:
                    if v in subj or v in above:
                        err(mid, f"quoted hold: {v!r} above the quoted part or in subject")
                    if v not in below:
                        err(mid, f"quoted hold: {v!r} not in the quoted part")
        elif loc == "zip":
            has_zip = enc > 0 or any(".zip/" in a.get("filename", "") for a in atts)
            if not has_zip:
                err(mid, "zip hold without a zip")
            for v in vals:
                if v in subj or v in body:
                    err(mid, f"zip hold: {v!r} in subject/body")
                if not any(v in t for t in att_texts(m, zip_inner=True)):
                    err(mid, f"zip hold: {v!r} not inside the zip")

    for org in ORGS:
        if per_org[org]["hold"] != 10 or per_org[org]["pass"] != 10:
            err(org, f"hold/pass per org = {per_org[org]['hold']}/{per_org[org]['pass']}")
        if dict(loc_org[org]) != QUOTA:
            err(org, f"location quota {dict(loc_org[org])}")
        if not 2 <= len(writers[org]) <= 3:
            err(org, f"{len(writers[org])} writers")

    if errors:
        print("\n".join(errors))
        print(f"FAILED ({len(errors)} problems)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
