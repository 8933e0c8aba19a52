"""Validate ../fresh.json and ./meta.json against the brief. Prints OK or the list of problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "bq"
N = 100
FREE = {"gmail.com", "yahoo.co.jp", "outlook.com"}
ALLOWED = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
           "attachments", "personal"}
REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
ADDR = re.compile(r"^[^<>@]+ <([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+)>$")
CARD = re.compile(r"(?<!\d)\d{4}([- ])\d{4}\1\d{4}\1\d{4}(?!\d)")
TWELVE = re.compile(r"(?<![\d-])(?<!\d[- ])(?:\d{12}|\d{4}([- ])\d{4}\1\d{4})(?![\d]|[- ]\d)")

errors = []


def err(msg):
    errors.append(msg)


def synthetic(domain):
    d = domain.lower()
    return d in FREE or re.search(r"(^|\.)example\.[a-z]{2,}(\.[a-z]{2,})?$", d) is not None


def mynumber_ok(d12):
    s = 0
    for n in range(1, 12):
        p = int(d12[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return int(d12[11]) == (0 if r <= 1 else 11 - r)


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(digits)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def texts_of(m):
    out = [m["subject"], m["text"]]
    for a in m.get("attachments", []):
        if "text" in a:
            out.append(a["text"])
    return out


def main():
    with open(os.path.join(HERE, "..", "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != N:
        err(f"expected {N} mails, got {len(mails)}")
    ids = [m.get("id") for m in mails]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        err("ids are not bq001..bq100 in order")
    c = Counter(m.get("expect") for m in mails)
    if c != Counter({"hold": 50, "pass": 50}):
        err(f"expect counts {dict(c)}")
    run, prev = 0, None
    for m in mails:
        e = m.get("expect")
        run = run + 1 if e == prev else 1
        prev = e
        if run > 3:
            err(f"{m['id']}: more than 3 '{e}' in a row")

    org_counts = Counter()
    for m in mails:
        mid = m.get("id")
        keys = set(m)
        if REQUIRED - keys:
            err(f"{mid}: missing {sorted(REQUIRED - keys)}")
            continue
        if keys - ALLOWED:
            err(f"{mid}: unexpected fields {sorted(keys - ALLOWED)}")
        exp, kind = m["expect"], m["kind"]
        if exp not in ("hold", "pass"):
            err(f"{mid}: bad expect {exp}")
        if exp == "pass" and not kind.startswith("benign."):
            err(f"{mid}: pass with kind {kind}")
        if exp == "hold" and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(f"{mid}: hold with kind {kind}")
        if not isinstance(m["why"], str) or not m["why"].strip():
            err(f"{mid}: empty why")
        if not isinstance(m["to"], list) or not m["to"]:
            err(f"{mid}: 'to' must be a non-empty list")

        # addresses
        fm = ADDR.match(m["from"])
        if not fm:
            err(f"{mid}: bad from {m['from']!r}")
            continue
        sender_domain = fm.group(2).lower()
        if not synthetic(sender_domain):
            err(f"{mid}: non-synthetic sender domain {sender_domain}")
        visible_outside = 0
        for field in ("to", "cc", "bcc"):
            for a in m.get(field, []):
                am = ADDR.match(a)
                if not am:
                    err(f"{mid}: bad address in {field}: {a!r}")
                    continue
                dom = am.group(2).lower()
                if not synthetic(dom):
                    err(f"{mid}: non-synthetic domain {dom}")
                if field in ("to", "cc") and dom != sender_domain:
                    visible_outside += 1
        if kind.startswith("recipients."):
            if exp != "hold" or visible_outside <= 10:
                err(f"{mid}: recipients.* needs hold and >10 visible outside (has {visible_outside})")
        elif visible_outside > 10:
            err(f"{mid}: {visible_outside} visible outside recipients but kind {kind}")

        # attachments
        has_enc = False
        for a in m.get("attachments", []):
            ak = set(a)
            if a.get("encrypted"):
                has_enc = True
                if ak != {"filename", "contentType", "encrypted"} or a["contentType"] != "application/zip" \
                        or a["encrypted"] is not True:
                    err(f"{mid}: malformed encrypted attachment {a.get('filename')}")
            else:
                if ak != {"filename", "contentType", "text"} or not a["text"].strip():
                    err(f"{mid}: malformed attachment {a.get('filename')}")
        if has_enc != (kind == "attachment.encrypted_zip"):
            err(f"{mid}: encrypted zip present={has_enc} but kind {kind}")
        if kind == "attachment.encrypted_zip" and exp != "hold":
            err(f"{mid}: encrypted zip must be hold")

        # personal
        blobs = texts_of(m)
        pers = m.get("personal")
        if exp == "pass" and pers:
            err(f"{mid}: pass with personal items")
        needs = exp == "hold" and not kind.startswith("recipients.") and kind != "attachment.encrypted_zip"
        if needs and not pers:
            err(f"{mid}: hold without personal")
        other_id_digits = set()
        for p in pers or []:
            if set(p) != {"type", "value"} or not p["value"]:
                err(f"{mid}: malformed personal item {p}")
                continue
            if not any(p["value"] in b for b in blobs):
                err(f"{mid}: personal value not found: {p['value']!r}")
            digits = re.sub(r"\D", "", p["value"])
            if p["type"] == "mynumber":
                if len(digits) != 12 or not mynumber_ok(digits):
                    err(f"{mid}: invalid マイナンバー {p['value']}")
            elif len(digits) == 12:
                other_id_digits.add(digits)

        # number checks
        for b in blobs:
            for mm in CARD.finditer(b):
                if not luhn_ok(mm.group(0)):
                    err(f"{mid}: card-like number fails Luhn: {mm.group(0)}")
            if exp == "hold":
                for mm in TWELVE.finditer(b):
                    d = re.sub(r"\D", "", mm.group(0))
                    if d in other_id_digits:
                        continue
                    if not mynumber_ok(d):
                        err(f"{mid}: 12-digit number without valid マイナンバー check digit: {mm.group(0)}")

        # meta
        mt = meta.get(mid)
        if not mt or set(mt) != {"org", "writer", "loc"} or mt["loc"] not in LOCS or not mt["writer"]:
            err(f"{mid}: bad meta {mt}")
        else:
            org_counts[(mt["org"], exp)] += 1
    if set(meta) != set(want):
        err("meta.json ids differ from fresh.json ids")
    for org in "ABCDE":
        for e in ("hold", "pass"):
            if org_counts[(org, e)] != 10:
                err(f"org {org}: {org_counts[(org, e)]} {e} (want 10)")

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
