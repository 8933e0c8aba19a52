#!/usr/bin/env python3
"""Validate eval-fresh73/fresh.json and build/meta.json. Prints OK or the list of problems."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FRESH = os.path.join(os.path.dirname(HERE), "fresh.json")
META = os.path.join(HERE, "meta.json")
PREFIX = "bu"
N = 100

REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
OPTIONAL = {"cc", "bcc", "attachments", "personal"}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
ENC_KIND = "attachment.encrypted_zip"
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
FREEMAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}

ADDR_RE = re.compile(r"^[^<>@\n]+ <([A-Za-z0-9._%+'-]+)@([A-Za-z0-9.-]+)>$")
EMAIL_IN_TEXT_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
# 12 digits, optionally grouped 4-4-4 with '-' or ' ', not part of a longer digit group
MYNUM_RE = re.compile(r"(?<![\d\-])(?<!\d[- ])(\d{4})([- ]?)(\d{4})\2(\d{4})(?!\d|[- ]\d)")
CARD_RE = re.compile(r"(?<!\d)(\d{4})([- ])(\d{4})\2(\d{4})\2(\d{4})(?!\d)")

problems = []


def bad(mid, msg):
    problems.append(f"{mid}: {msg}")


def synthetic_domain(dom):
    dom = dom.lower()
    if dom in FREEMAIL:
        return True
    labels = dom.split(".")
    return "example" in labels[:-1] and labels[-1] != "example"


def mynumber_ok(d12):
    digits = [int(c) for c in d12]
    s = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    check = 0 if r <= 1 else 11 - r
    return check == digits[11]


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def texts(m):
    out = [m.get("subject", ""), m.get("text", "")]
    for a in m.get("attachments", []) or []:
        if "text" in a:
            out.append(a["text"])
    return out


def main():
    try:
        mails = json.load(open(FRESH, encoding="utf-8"))
    except Exception as e:  # noqa
        print(f"cannot read fresh.json: {e}")
        return 1
    if not isinstance(mails, list) or len(mails) != N:
        bad("-", f"expected a list of {N} mails, got {len(mails) if isinstance(mails, list) else type(mails)}")
        mails = mails if isinstance(mails, list) else []

    expects = []
    for i, m in enumerate(mails, 1):
        mid = m.get("id", f"#{i}")
        want = f"{PREFIX}{i:03d}"
        if mid != want:
            bad(mid, f"id should be {want}")
        keys = set(m)
        if REQUIRED - keys:
            bad(mid, f"missing fields {sorted(REQUIRED - keys)}")
        if keys - REQUIRED - OPTIONAL:
            bad(mid, f"unexpected fields {sorted(keys - REQUIRED - OPTIONAL)}")
        for k in ("kind", "why", "subject", "text", "from"):
            if not isinstance(m.get(k), str) or not m.get(k, "").strip():
                bad(mid, f"{k} must be a non-empty string")
        exp = m.get("expect")
        expects.append(exp)
        kind = m.get("kind", "")
        if exp == "pass":
            if not kind.startswith("benign.") or len(kind) <= len("benign."):
                bad(mid, f"pass with kind {kind!r}")
        elif exp == "hold":
            if not (kind == ENC_KIND or (kind.startswith(HOLD_PREFIXES) and kind.split(".", 1)[1])):
                bad(mid, f"hold with kind {kind!r}")
        else:
            bad(mid, f"expect must be hold or pass, got {exp!r}")

        # addresses
        frm = m.get("from", "")
        mm = ADDR_RE.match(frm)
        sender_dom = None
        if not mm:
            bad(mid, f"bad from address {frm!r}")
        else:
            sender_dom = mm.group(2).lower()
            if not synthetic_domain(sender_dom):
                bad(mid, f"non-synthetic sender domain {sender_dom}")
        if not isinstance(m.get("to"), list) or not m.get("to"):
            bad(mid, "to must be a non-empty list")
        visible_outside = set()
        for field in ("to", "cc", "bcc"):
            lst = m.get(field, [])
            if field in m and (not isinstance(lst, list) or not lst):
                bad(mid, f"{field} must be a non-empty list when present")
                continue
            for a in lst:
                am = ADDR_RE.match(a)
                if not am:
                    bad(mid, f"bad address in {field}: {a!r}")
                    continue
                dom = am.group(2).lower()
                if not synthetic_domain(dom):
                    bad(mid, f"non-synthetic domain in {field}: {dom}")
                if field in ("to", "cc") and dom != sender_dom:
                    visible_outside.add(f"{am.group(1).lower()}@{dom}")
        for t in texts(m):
            for dom in EMAIL_IN_TEXT_RE.findall(t):
                if not synthetic_domain(dom):
                    bad(mid, f"non-synthetic e-mail domain in text: {dom}")
        n_out = len(visible_outside)
        if kind.startswith("recipients."):
            if n_out <= 10:
                bad(mid, f"recipients hold has only {n_out} visible outside recipients")
        elif n_out > 10:
            bad(mid, f"{n_out} visible outside recipients on a non-recipients mail")

        # attachments
        atts = m.get("attachments", [])
        if "attachments" in m and (not isinstance(atts, list) or not atts):
            bad(mid, "attachments must be a non-empty list when present")
            atts = []
        has_enc = False
        for a in atts:
            if not isinstance(a, dict) or not a.get("filename") or not a.get("contentType"):
                bad(mid, f"attachment lacks filename/contentType: {a!r}")
                continue
            if a.get("encrypted"):
                has_enc = True
                if set(a) != {"filename", "contentType", "encrypted"} or a["contentType"] != "application/zip":
                    bad(mid, f"encrypted zip must be {{filename, contentType: application/zip, encrypted}}: {a['filename']}")
            else:
                if set(a) - {"filename", "contentType", "text"} or not isinstance(a.get("text"), str) or not a["text"].strip():
                    bad(mid, f"attachment must have filename, contentType, text: {a['filename']}")
        if has_enc != (kind == ENC_KIND):
            bad(mid, "encrypted zip present iff kind is attachment.encrypted_zip")

        # numbers
        for t in texts(m):
            for c in CARD_RE.finditer(t):
                num = c.group(1) + c.group(3) + c.group(4) + c.group(5)
                if not luhn_ok(num):
                    bad(mid, f"card-like number fails Luhn: {c.group(0)}")
            if exp == "hold":
                for g in MYNUM_RE.finditer(t):
                    d12 = g.group(1) + g.group(3) + g.group(4)
                    if not mynumber_ok(d12):
                        bad(mid, f"12-digit number in hold fails My Number check digit: {g.group(0)}")

        # personal
        pers = m.get("personal")
        needs_personal = exp == "hold" and not kind.startswith("recipients.") and kind != ENC_KIND
        if exp == "pass" and pers is not None:
            bad(mid, "pass must not have personal")
        if needs_personal and not pers:
            bad(mid, "hold needs a non-empty personal list")
        if exp == "hold" and not needs_personal and pers is not None:
            bad(mid, "recipients/encrypted-zip hold should not carry personal")
        if pers:
            hay = texts(m)
            for p in pers:
                if not isinstance(p, dict) or set(p) != {"type", "value"} or not p.get("type") or not p.get("value"):
                    bad(mid, f"personal item must be {{type, value}}: {p!r}")
                    continue
                if p["type"] == "mynumber":
                    digits = re.sub(r"\D", "", p["value"])
                    if len(digits) != 12 or not mynumber_ok(digits):
                        bad(mid, f"personal mynumber invalid: {p['value']}")
                if not any(p["value"] in t for t in hay):
                    bad(mid, f"personal value not found verbatim: {p['value']!r}")

    c = Counter(expects)
    if c.get("hold") != 50 or c.get("pass") != 50:
        bad("-", f"expected 50 hold / 50 pass, got {dict(c)}")
    run, prev = 0, None
    for i, e in enumerate(expects, 1):
        run = run + 1 if e == prev else 1
        prev = e
        if run > 3:
            bad(f"{PREFIX}{i:03d}", f"more than 3 {e!r} in a row")

    # meta
    try:
        meta = json.load(open(META, encoding="utf-8"))
    except Exception as e:  # noqa
        bad("-", f"cannot read meta.json: {e}")
        meta = {}
    ids = [m.get("id") for m in mails]
    if set(meta) != set(ids):
        bad("-", f"meta ids differ: missing {sorted(set(ids) - set(meta))}, extra {sorted(set(meta) - set(ids))}")
    per_org = defaultdict(Counter)
    writers = defaultdict(set)
    for m in mails:
        e = meta.get(m.get("id"), {})
        if set(e) != {"org", "writer", "loc"} or not all(e.get(k) for k in ("org", "writer", "loc")):
            bad(m.get("id"), f"meta entry must have org, writer, loc: {e!r}")
            continue
        if e["loc"] not in LOCS:
            bad(m["id"], f"bad loc {e['loc']!r}")
        per_org[e["org"]][m["expect"]] += 1
        writers[e["org"]].add(e["writer"])
        if m.get("kind", "").startswith("recipients.") and e["loc"] != "recipients":
            bad(m["id"], "recipients hold should have loc recipients")
        if m.get("kind") == ENC_KIND and e["loc"] != "zip":
            bad(m["id"], "encrypted zip should have loc zip")
    if len(per_org) != 5:
        bad("-", f"expected 5 organisations, got {sorted(per_org)}")
    for org, cnt in sorted(per_org.items()):
        if cnt.get("hold") != 10 or cnt.get("pass") != 10:
            bad("-", f"org {org}: expected 10 hold / 10 pass, got {dict(cnt)}")
        if not 2 <= len(writers[org]) <= 3:
            bad("-", f"org {org}: expected 2-3 writers, got {sorted(writers[org])}")

    if problems:
        print("\n".join(problems))
        print(f"FAILED ({len(problems)} problems)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
