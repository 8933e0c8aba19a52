"""Validate eval-fresh80/fresh.json and build/meta.json. Prints OK or the list of problems.

Usage: python3 validate.py
"""

import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_ok, luhn_ok  # noqa: E402

PREFIX = "cb"
N = 100
ORGS = "ABCDE"
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.encrypted_zip")
HOLD_LOCS = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
FREE_MAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}

ADDR_RE = re.compile(r"^(?P<name>[^<>]+?) <(?P<local>[^<>@\s]+)@(?P<domain>[A-Za-z0-9.-]+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
TWELVE_RE = re.compile(r"(?<![\d-])(?<!\d )(\d{4}([ -]?)\d{4}\2\d{4})(?![\d-])(?! \d)")
SIXTEEN_RE = re.compile(r"(?<![\d-])(\d{4}([ -]?)\d{4}\2\d{4}\2\d{4})(?![\d-])")
MN_LABEL_RE = re.compile(r"(マイナンバー|個人番号|My ?Number)[^0-9\n]{0,12}"
                         r"(\d{4}([ -]?)\d{4}\3\d{4})(?![\d-])", re.I)
PHONE_RE = re.compile(r"(?<![\d+-])0\d{1,4}-(\d{1,4})-\d{3,4}(?![\d-])")
INTL_PHONE_RE = re.compile(r"\+81-\d{1,2}-(\d{1,4})-\d{4}")

problems = []


def bad(mid, msg):
    problems.append(f"{mid}: {msg}")


def domain_ok(d):
    d = d.lower().rstrip(".")
    if d in FREE_MAIL:
        return True
    labels = d.split(".")
    return "example" in labels[:-1]


def all_texts(m):
    yield m["subject"]
    yield m["text"]
    for a in m.get("attachments", []):
        if "text" in a:
            yield a["text"]


def main():
    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    # ---- count and ids
    if not isinstance(mails, list) or len(mails) != N:
        bad("*", f"expected {N} mails, got {len(mails)}")
    for i, m in enumerate(mails, 1):
        if m.get("id") != f"{PREFIX}{i:03d}":
            bad(m.get("id"), f"id out of order (expected {PREFIX}{i:03d})")
    if set(meta) != {m["id"] for m in mails}:
        bad("*", "meta.json ids differ from fresh.json ids")

    # ---- expect balance and runs
    exp = [m["expect"] for m in mails]
    c = Counter(exp)
    if c["hold"] != 50 or c["pass"] != 50:
        bad("*", f"hold/pass = {c['hold']}/{c['pass']}, expected 50/50")
    run, prev = 0, None
    for m in mails:
        run = run + 1 if m["expect"] == prev else 1
        prev = m["expect"]
        if run > 3:
            bad(m["id"], "more than 3 consecutive ids with the same expect")

    per_org = defaultdict(Counter)
    locs = defaultdict(Counter)
    for m in mails:
        mt = meta.get(m["id"], {})
        org = mt.get("org")
        if org not in ORGS:
            bad(m["id"], f"bad org {org!r}")
            continue
        if not mt.get("writer") or not mt.get("loc"):
            bad(m["id"], "meta lacks writer or loc")
        per_org[org][m["expect"]] += 1
        if m["expect"] == "hold":
            locs[org][mt.get("loc")] += 1
    for org in ORGS:
        if per_org[org]["hold"] != 10 or per_org[org]["pass"] != 10:
            bad(org, f"hold/pass {per_org[org]['hold']}/{per_org[org]['pass']}, expected 10/10")
        if dict(locs[org]) != HOLD_LOCS:
            bad(org, f"hold locations {dict(locs[org])} != {HOLD_LOCS}")

    # ---- per mail
    for m in mails:
        mid = m["id"]
        for key in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if key not in m or m[key] in ("", None, []):
                bad(mid, f"missing {key}")
        allowed = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject",
                   "text", "attachments", "personal"}
        extra = set(m) - allowed
        if extra:
            bad(mid, f"unexpected keys {extra}")
        kind = m["kind"]
        if m["expect"] == "hold":
            if not kind.startswith(HOLD_PREFIXES):
                bad(mid, f"hold with kind {kind}")
        elif m["expect"] == "pass":
            if not kind.startswith("benign."):
                bad(mid, f"pass with kind {kind}")
        else:
            bad(mid, f"bad expect {m['expect']}")
        if not re.fullmatch(r"[a-z]+(\.[a-z0-9_]+)+", kind):
            bad(mid, f"kind not snake_case: {kind}")
        if not m["why"].strip():
            bad(mid, "empty why")

        # addresses and domains
        fm = ADDR_RE.match(m["from"])
        if not fm:
            bad(mid, f"bad from {m['from']!r}")
            continue
        sender_dom = fm["domain"].lower()
        if not domain_ok(sender_dom):
            bad(mid, f"bad sender domain {sender_dom}")
        outside = 0
        for field in ("to", "cc", "bcc"):
            for a in m.get(field, []):
                am = ADDR_RE.match(a)
                if not am:
                    bad(mid, f"bad {field} address {a!r}")
                    continue
                d = am["domain"].lower()
                if not domain_ok(d):
                    bad(mid, f"bad domain {d}")
                if field != "bcc" and d != sender_dom:
                    outside += 1
        is_rcpt = m["expect"] == "hold" and kind.startswith("recipients.")
        if is_rcpt and outside <= 10:
            bad(mid, f"recipients hold with only {outside} visible outside recipients")
        if not is_rcpt and outside > 10:
            bad(mid, f"{outside} visible outside recipients on a non-recipients mail")

        texts = list(all_texts(m))
        for t in texts:
            for d in EMAIL_RE.findall(t) + URL_RE.findall(t):
                if not domain_ok(d):
                    bad(mid, f"non-example domain in text: {d}")
            for mm in PHONE_RE.finditer(t):
                if set(mm.group(1)) != {"0"}:
                    bad(mid, f"phone without 0000 exchange: {mm.group(0)}")
            for mm in INTL_PHONE_RE.finditer(t):
                if set(mm.group(1)) != {"0"}:
                    bad(mid, f"phone without 0000 exchange: {mm.group(0)}")

        # attachments
        enc = False
        for a in m.get("attachments", []):
            if "filename" not in a or "contentType" not in a:
                bad(mid, f"attachment lacks filename/contentType: {a}")
                continue
            if a.get("encrypted"):
                enc = True
                if a["contentType"] != "application/zip" or "text" in a:
                    bad(mid, "encrypted attachment must be a zip without text")
            elif not isinstance(a.get("text"), str) or not a["text"].strip():
                bad(mid, f"attachment {a['filename']} has no text")
            if "/" in a["filename"] and ".zip/" not in a["filename"]:
                bad(mid, f"inner file not named zip/inner: {a['filename']}")
        if enc and kind != "attachment.encrypted_zip":
            bad(mid, "encrypted zip on a mail that is not attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip" and (not enc or m["expect"] != "hold"):
            bad(mid, "attachment.encrypted_zip without an encrypted zip hold")

        # personal
        blob = "\n".join(texts)
        pers = m.get("personal", [])
        if (m["expect"] == "hold" and not pers and kind != "attachment.encrypted_zip"
                and not kind.startswith("recipients.")):
            bad(mid, "hold without personal values")
        for p in pers:
            if not p.get("type") or not p.get("value"):
                bad(mid, f"bad personal entry {p}")
                continue
            if p["value"] not in blob:
                bad(mid, f"personal value not found: {p['value']!r}")
            if p["type"] == "mynumber" and not mynumber_ok(p["value"]):
                bad(mid, f"My Number with bad check digit: {p['value']}")
            if p["type"] == "card" and "*" not in p["value"] and not luhn_ok(p["value"]):
                bad(mid, f"card number fails Luhn: {p['value']}")

        # My Number check digits
        for t in texts:
            for mm in MN_LABEL_RE.finditer(t):
                if not mynumber_ok(mm.group(2)):
                    bad(mid, f"labelled My Number with bad check digit: {mm.group(2)}")
        if m["expect"] == "hold" and kind == "id.mynumber":
            found = 0
            for t in texts:
                for mm in TWELVE_RE.finditer(t):
                    found += 1
                    if not mynumber_ok(mm.group(1)):
                        bad(mid, f"12-digit number in id.mynumber hold fails check: {mm.group(1)}")
            if not found:
                bad(mid, "id.mynumber hold without a 12-digit number")

        # card numbers held as cards
        if m["expect"] == "hold" and kind.startswith("id.card"):
            found = 0
            for t in texts:
                for mm in SIXTEEN_RE.finditer(t):
                    found += 1
                    if not luhn_ok(mm.group(1)):
                        bad(mid, f"16-digit card fails Luhn: {mm.group(1)}")
            if not found:
                bad(mid, "id.card hold without a 16-digit number")

    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
