"""Validate ../fresh.json against the brief. Prints OK or the list of problems.

Usage: python3 validate.py [fresh.json [meta.json]]
"""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_valid, luhn_valid  # noqa: E402

PREFIX = "cm"
ORGS = ["A", "B", "C", "D", "E"]
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
HOLD_CATS = ("sensitive", "id", "list", "personal", "recipients")
ALLOWED_KEYS = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
                "attachments", "personal"}
REQUIRED_KEYS = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
FREE_MAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}

ADDR_RE = re.compile(r"^(?P<name>[^<>]+?) <(?P<local>[A-Za-z0-9._%+-]+)@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")
KIND_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_IN_TEXT = re.compile(r"https?://([A-Za-z0-9.-]+)", re.I)
HOST_IN_TEXT = re.compile(
    r"(?<![A-Za-z0-9@.\-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|jp|info|biz|io|sg|kr|vn|au|uk))(?![A-Za-z0-9-])",
    re.I)
QUOTE_RE = re.compile(
    r"^(?:>|-{2,}\s*(?:Original Message|Forwarded message|転送メッセージ|元のメッセージ)"
    r"|.*(?:wrote:|書きました[:：]))", re.M)
MN12 = r"(?<!\d)(?<!\d[ -])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![ -]?\d)"
CARD16 = re.compile(r"(?<!\d)(?<!\d[ -])(\d{4}([ -]?)\d{4}\2\d{4}\2\d{4})(?![ -]?\d)")
PHONE_RE = re.compile(r"(?<![\d+\-])(0\d{1,4})-(\d{1,4})-(\d{3,4})(?![\d-])")

problems = []


def bad(mid, msg):
    problems.append(f"{mid}: {msg}")


def domain_ok(d):
    d = d.lower().rstrip(".")
    return d in FREE_MAIL or re.search(r"(?:^|\.)example(?:\.[a-z]{2,})+$", d) is not None


def parse_addr(a):
    return ADDR_RE.match(a) if isinstance(a, str) else None


def all_texts(m):
    parts = [m["subject"], m["text"]]
    for a in m.get("attachments", []) or []:
        if "text" in a:
            parts.append(a["text"])
    return parts


def main():
    fresh_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "fresh.json")
    meta_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "meta.json")
    with open(fresh_path, encoding="utf-8") as f:
        mails = json.load(f)
    with open(meta_path, encoding="utf-8") as f:
        meta = json.load(f)

    # ---------------------------------------------------- global shape
    if len(mails) != 100:
        bad("set", f"{len(mails)} mails, expected 100")
    for i, m in enumerate(mails, start=1):
        if m.get("id") != f"{PREFIX}{i:03d}":
            bad("set", f"position {i} has id {m.get('id')}")
    exp = Counter(m["expect"] for m in mails)
    if exp["hold"] != 50 or exp["pass"] != 50:
        bad("set", f"expect counts {dict(exp)}")
    if set(meta) != {m["id"] for m in mails}:
        bad("set", "meta.json ids differ from fresh.json ids")

    run, last, longest = 0, None, 0
    for m in mails:
        run = run + 1 if m["expect"] == last else 1
        last = m["expect"]
        longest = max(longest, run)
        if run > 3:
            bad(m["id"], "run of more than 3 with the same expect")
    if all(mails[i]["expect"] != mails[i + 1]["expect"] for i in range(len(mails) - 1)):
        bad("set", "strictly alternating order (should be irregular)")

    per_org = defaultdict(Counter)
    locs = defaultdict(Counter)
    writers = defaultdict(set)
    for m in mails:
        md = meta.get(m["id"], {})
        org = md.get("org")
        if org not in ORGS:
            bad(m["id"], f"unknown org {org}")
            continue
        per_org[org][m["expect"]] += 1
        writers[org].add(md.get("writer"))
        if m["expect"] == "hold":
            locs[org][md.get("loc")] += 1
        elif md.get("loc") != "none":
            bad(m["id"], "pass with loc other than none")
    for org in ORGS:
        if per_org[org]["hold"] != 10 or per_org[org]["pass"] != 10:
            bad(org, f"hold/pass {dict(per_org[org])}")
        if dict(locs[org]) != LOC_QUOTA:
            bad(org, f"location quota {dict(locs[org])}")
        if not 2 <= len(writers[org]) <= 3:
            bad(org, f"{len(writers[org])} writers")

    # ---------------------------------------------------- per mail
    for m in mails:
        mid = m["id"]
        md = meta.get(mid, {})
        loc = md.get("loc")
        keys = set(m)
        if not REQUIRED_KEYS <= keys:
            bad(mid, f"missing keys {REQUIRED_KEYS - keys}")
        if keys - ALLOWED_KEYS:
            bad(mid, f"unknown keys {keys - ALLOWED_KEYS}")
        if m["expect"] not in ("hold", "pass"):
            bad(mid, f"expect {m['expect']}")
        kind = m["kind"]
        if not KIND_RE.match(kind):
            bad(mid, f"kind not snake_case category.detail: {kind}")
        cat = kind.split(".")[0]
        if m["expect"] == "hold":
            if not (cat in HOLD_CATS or kind == "attachment.encrypted_zip"):
                bad(mid, f"hold kind {kind}")
        elif cat != "benign":
            bad(mid, f"pass kind {kind}")
        for k in ("why", "subject", "text"):
            if not isinstance(m.get(k), str) or not m[k].strip():
                bad(mid, f"empty {k}")

        # addresses and domains
        sender = parse_addr(m["from"])
        if not sender:
            bad(mid, f"bad from {m['from']!r}")
            continue
        sdom = sender.group("domain").lower()
        if not domain_ok(sdom):
            bad(mid, f"sender domain {sdom}")
        outside = set()
        for field in ("to", "cc", "bcc"):
            if field not in m:
                continue
            if not isinstance(m[field], list) or (field == "to" and not m[field]):
                bad(mid, f"{field} must be a non-empty array")
                continue
            for a in m[field]:
                p = parse_addr(a)
                if not p:
                    bad(mid, f"bad address in {field}: {a!r}")
                    continue
                d = p.group("domain").lower()
                if not domain_ok(d):
                    bad(mid, f"domain not allowed in {field}: {d}")
                if field != "bcc" and d != sdom:
                    outside.add(f"{p.group('local').lower()}@{d}")
        for t in all_texts(m):
            for rx in (EMAIL_IN_TEXT, URL_IN_TEXT, HOST_IN_TEXT):
                for d in rx.findall(t):
                    if not domain_ok(d):
                        bad(mid, f"domain not allowed in text: {d}")
            for a, b, c in PHONE_RE.findall(t):
                if b != "0000":
                    bad(mid, f"phone number without 0000 exchange: {a}-{b}-{c}")

        if kind.startswith("recipients."):
            if len(outside) <= 10:
                bad(mid, f"recipients hold with only {len(outside)} outside recipients")
        elif len(outside) > 10:
            bad(mid, f"{len(outside)} visible outside recipients on a non-recipients mail")

        # attachments
        atts = m.get("attachments", [])
        if "attachments" in m and (not isinstance(atts, list) or not atts):
            bad(mid, "attachments must be a non-empty array")
            atts = []
        n_enc = 0
        for a in atts:
            if a.get("encrypted"):
                n_enc += 1
                if a.get("contentType") != "application/zip" or "text" in a or \
                        not a.get("filename", "").endswith(".zip"):
                    bad(mid, f"malformed encrypted zip {a}")
            else:
                if set(a) != {"filename", "contentType", "text"}:
                    bad(mid, f"attachment keys {sorted(a)}")
                if a.get("contentType") == "application/zip":
                    bad(mid, "plain zip must be given by its inner files")
        if kind == "attachment.encrypted_zip":
            if n_enc != 1:
                bad(mid, f"encrypted_zip kind with {n_enc} encrypted zips")
        elif n_enc:
            bad(mid, "encrypted zip on a kind other than attachment.encrypted_zip")

        # マイナンバー check digits
        texts = all_texts(m)
        for t in texts:
            for lab in re.finditer(r"マイナンバー|個人番号", t):
                window = t[lab.end():lab.end() + 40]
                for num in re.findall(MN12, window):
                    if not mynumber_valid(num):
                        bad(mid, f"labelled マイナンバー {num} fails check digit")
            if kind.startswith("id.mynumber"):
                for num in re.findall(MN12, t):
                    if not mynumber_valid(num):
                        bad(mid, f"12-digit number {num} in id.mynumber mail fails check digit")
        for a in atts:
            if a.get("filename", "").lower().endswith(".csv") and "text" in a:
                rows = list(csv.reader(io.StringIO(a["text"])))
                if rows:
                    cols = [i for i, h in enumerate(rows[0]) if "マイナンバー" in h or "個人番号" in h]
                    for r in rows[1:]:
                        for i in cols:
                            if i < len(r) and r[i].strip() and not mynumber_valid(r[i]):
                                bad(mid, f"CSV マイナンバー {r[i]} fails check digit")

        # card numbers on holds
        if m["expect"] == "hold":
            for t in texts:
                for num, _sep in CARD16.findall(t):
                    if not luhn_valid(num):
                        bad(mid, f"card number {num} fails Luhn")
            for p in m.get("personal", []) or []:
                if "card_number" in p.get("type", "") and not luhn_valid(p["value"]):
                    bad(mid, f"personal card number {p['value']} fails Luhn")

        # personal
        personal = m.get("personal")
        if m["expect"] == "pass":
            if personal:
                bad(mid, "pass with personal entries")
            continue
        if loc not in ("zip", "recipients"):
            if not personal:
                bad(mid, "hold without personal")
                continue
        if loc == "zip":
            if not (n_enc or any(".zip/" in a.get("filename", "") for a in atts)):
                bad(mid, "zip hold without encrypted zip or inner zip file")
        personal = personal or []
        att_text = "\n".join(a.get("text", "") for a in atts)
        body = m["text"]
        subj = m["subject"]
        for p in personal:
            if set(p) != {"type", "value"} or not p["value"]:
                bad(mid, f"malformed personal {p}")
                continue
            v = p["value"]
            if v not in subj and v not in body and v not in att_text:
                bad(mid, f"personal value not found: {v!r}")
        vals = [p["value"] for p in personal if p.get("value")]
        if loc == "attachment":
            for v in vals:
                if v in subj or v in body:
                    bad(mid, f"attachment-only hold has {v!r} in subject/body")
                if v not in att_text:
                    bad(mid, f"attachment-only hold: {v!r} not in an attachment")
        elif loc == "subject":
            for v in vals:
                if v not in subj:
                    bad(mid, f"subject-only hold: {v!r} not in subject")
                if v in body:
                    bad(mid, f"subject-only hold: {v!r} also in body")
        elif loc == "quoted":
            q = QUOTE_RE.search(body)
            if not q:
                bad(mid, "quoted hold without a quoted/forwarded part")
            else:
                above, below = body[:q.start()], body[q.start():]
                for v in vals:
                    if v in above or v in subj:
                        bad(mid, f"quoted hold: {v!r} above the quoted part or in subject")
                    if v not in below:
                        bad(mid, f"quoted hold: {v!r} not in the quoted part")
                    if v in att_text:
                        bad(mid, f"quoted hold: {v!r} in an attachment")
        elif loc == "body":
            if not any(v in body for v in vals):
                bad(mid, "body hold without personal data in the body")
        elif loc == "recipients":
            if not kind.startswith("recipients."):
                bad(mid, "recipients loc on a non-recipients kind")
        if kind.startswith("recipients.") and loc != "recipients":
            bad(mid, "recipients kind outside recipients loc")
        if kind == "attachment.encrypted_zip" and loc != "zip":
            bad(mid, "encrypted zip kind outside zip loc")

    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
