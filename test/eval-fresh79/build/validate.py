#!/usr/bin/env python3
"""Checks ../fresh.json and meta.json against the brief; prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_ok, luhn_ok  # noqa: E402

PREFIX = "ca"
FREE = {"gmail.com", "yahoo.co.jp", "outlook.com"}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.encrypted_zip")
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
ADDR_RE = re.compile(r"^(?P<name>[^<>]+?) <(?P<local>[^<>@\s]+)@(?P<domain>[A-Za-z0-9.-]+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
N12_RE = re.compile(r"(?<![\dA-Za-z])(\d{4})([ -]?)(\d{4})\2(\d{4})(?![\d])")
N16_RE = re.compile(r"(?<!\d)\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?!\d)")
MN_LABEL_RE = re.compile(r"(マイナンバー|個人番号)[^\n]{0,30}?(?<!\d)(\d{4}[ -]?\d{4}[ -]?\d{4})(?!\d)")
QUOTE_MARK_RE = re.compile(r"^(>|.*(Forwarded|Original Message|転送メッセージ)).*$", re.M)

errors = []


def err(msg):
    errors.append(msg)


def domain_ok(d):
    d = d.lower()
    return d in FREE or ".example." in d


def texts(m):
    out = [("subject", m["subject"]), ("text", m["text"])]
    for a in m.get("attachments", []):
        if "text" in a:
            out.append((a["filename"], a["text"]))
    return out


def all_text(m):
    return "\n".join(t for _, t in texts(m))


def is_phone(num):
    # every phone in the set uses the 0000 exchange (e.g. 0270-0000-3310)
    return re.fullmatch(r"\d{4}-0000-\d{4}", num) is not None


def main():
    with open(os.path.join(HERE, "..", "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if len(mails) != 100:
        err(f"expected 100 mails, got {len(mails)}")
    for i, m in enumerate(mails, 1):
        if m.get("id") != f"{PREFIX}{i:03d}":
            err(f"id out of order at {i}: {m.get('id')}")
    if set(meta) != {m["id"] for m in mails}:
        err("meta.json ids differ from fresh.json ids")

    exp = Counter(m["expect"] for m in mails)
    if exp != Counter({"hold": 50, "pass": 50}):
        err(f"hold/pass counts {dict(exp)}")

    # runs
    run, prev = 0, None
    for m in mails:
        run = run + 1 if m["expect"] == prev else 1
        prev = m["expect"]
        if run > 3:
            err(f"run of more than 3 '{prev}' ending at {m['id']}")

    per_org = defaultdict(Counter)
    loc_org = defaultdict(Counter)
    writers = defaultdict(set)
    for m in mails:
        mt = meta.get(m["id"], {})
        org, loc = mt.get("org"), mt.get("loc")
        per_org[org][m["expect"]] += 1
        writers[org].add(mt.get("writer"))
        if m["expect"] == "hold":
            loc_org[org][loc] += 1
        elif loc != "none":
            err(f"{m['id']}: pass with loc {loc}")
    if sorted(per_org) != ["A", "B", "C", "D", "E"]:
        err(f"organisations {sorted(per_org)}")
    for org, c in per_org.items():
        if c["hold"] != 10 or c["pass"] != 10:
            err(f"org {org}: {dict(c)}")
        if dict(loc_org[org]) != LOC_QUOTA:
            err(f"org {org}: hold locations {dict(loc_org[org])}")
        if not 2 <= len(writers[org]) <= 3:
            err(f"org {org}: {len(writers[org])} writers")

    for m in mails:
        mid, kind, expect = m["id"], m.get("kind", ""), m["expect"]
        loc = meta.get(mid, {}).get("loc")
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if not m.get(k):
                err(f"{mid}: missing {k}")
        if expect == "hold" and not kind.startswith(HOLD_PREFIXES):
            err(f"{mid}: hold kind {kind}")
        if expect == "pass" and not kind.startswith("benign."):
            err(f"{mid}: pass kind {kind}")
        if not re.fullmatch(r"[a-z_]+\.[a-z0-9_]+", kind):
            err(f"{mid}: kind not snake_case: {kind}")
        if expect == "hold":
            want = {"recipients": "recipients."}.get(loc)
            if want and not kind.startswith(want):
                err(f"{mid}: loc {loc} but kind {kind}")

        # addresses and domains
        fm = ADDR_RE.match(m["from"])
        if not fm:
            err(f"{mid}: bad from {m['from']}")
            continue
        sender_dom = fm.group("domain").lower()
        outside = 0
        for field in ("from", "to", "cc", "bcc"):
            vals = m.get(field, [])
            vals = [vals] if isinstance(vals, str) else vals
            for a in vals:
                am = ADDR_RE.match(a)
                if not am:
                    err(f"{mid}: bad address in {field}: {a}")
                    continue
                d = am.group("domain").lower()
                if not domain_ok(d):
                    err(f"{mid}: domain not allowed: {d}")
                if field in ("to", "cc") and d != sender_dom:
                    outside += 1
        for where, t in texts(m):
            for d in EMAIL_RE.findall(t) + URL_RE.findall(t):
                if not domain_ok(d):
                    err(f"{mid}: domain not allowed in {where}: {d}")
        is_rcpt = expect == "hold" and kind.startswith("recipients.")
        if outside > 10 and not is_rcpt:
            err(f"{mid}: {outside} visible outside recipients but kind {kind}")
        if is_rcpt and outside <= 10:
            err(f"{mid}: recipients hold with only {outside} outside recipients")

        # attachments
        enc = [a for a in m.get("attachments", []) if a.get("encrypted")]
        for a in m.get("attachments", []):
            if not a.get("filename") or not a.get("contentType"):
                err(f"{mid}: attachment without filename/contentType")
            if a.get("encrypted"):
                if a["contentType"] != "application/zip":
                    err(f"{mid}: encrypted attachment not a zip")
            elif "text" not in a:
                err(f"{mid}: attachment {a.get('filename')} without text")
        if enc and kind != "attachment.encrypted_zip":
            err(f"{mid}: encrypted zip on kind {kind}")
        if kind == "attachment.encrypted_zip" and (expect != "hold" or not enc):
            err(f"{mid}: encrypted_zip kind without an encrypted zip hold")
        if loc == "zip" and not (enc or any("/" in a["filename"] and a["filename"].split("/")[0].endswith(".zip")
                                            for a in m.get("attachments", []))):
            err(f"{mid}: zip loc without a zip")

        # personal values
        body = all_text(m)
        pers = m.get("personal", [])
        if expect == "pass" and pers:
            err(f"{mid}: pass with personal values")
        if expect == "hold" and not pers and not (kind.startswith("recipients.") or kind == "attachment.encrypted_zip"):
            err(f"{mid}: hold without personal values")
        for p in pers:
            if not p.get("type") or not p.get("value"):
                err(f"{mid}: empty personal entry")
            elif p["value"] not in body:
                err(f"{mid}: personal value not found: {p['value']}")
            if p.get("type") in ("mynumber",) and not mynumber_ok(p["value"]):
                err(f"{mid}: personal mynumber fails check digit: {p['value']}")
            if p.get("type") in ("card",) and not luhn_ok(p["value"]):
                err(f"{mid}: personal card fails Luhn: {p['value']}")

        # where the risk sits
        if expect == "hold" and pers:
            vals = [p["value"] for p in pers]
            if loc == "subject":
                if not all(v in m["subject"] for v in vals):
                    err(f"{mid}: subject hold with values outside the subject")
                if any(v in m["text"] for v in vals):
                    err(f"{mid}: subject hold with a value in the body")
            elif loc == "attachment":
                if any(v in m["text"] or v in m["subject"] for v in vals):
                    err(f"{mid}: attachment hold with a value in subject/body")
            elif loc == "quoted":
                mk = QUOTE_MARK_RE.search(m["text"])
                if not mk:
                    err(f"{mid}: quoted hold without a quote/forward marker")
                else:
                    top = m["text"][:mk.start()]
                    if any(v in top or v in m["subject"] for v in vals):
                        err(f"{mid}: quoted hold with a value above the quote")
            elif loc == "body":
                if not any(v in m["text"] for v in vals):
                    err(f"{mid}: body hold with no value in the body")

        # My Number check digits
        for where, t in texts(m):
            for mm in MN_LABEL_RE.finditer(t):
                if not mynumber_ok(mm.group(2)):
                    err(f"{mid}: labelled My Number fails check digit: {mm.group(2)}")
        if kind == "id.mynumber":
            found = 0
            for where, t in texts(m):
                for mm in N12_RE.finditer(t):
                    num = mm.group(0)
                    if is_phone(num):
                        continue
                    found += 1
                    if not mynumber_ok(num):
                        err(f"{mid}: 12-digit number in id.mynumber hold fails check digit: {num}")
            if not found:
                err(f"{mid}: id.mynumber hold without a 12-digit number")

        # card numbers
        card_hold = expect == "hold" and (kind.startswith("id.card") or any(p.get("type") == "card" for p in pers))
        if card_hold:
            found = 0
            for where, t in texts(m):
                for cm in N16_RE.finditer(t):
                    found += 1
                    if not luhn_ok(cm.group(0)):
                        err(f"{mid}: card number fails Luhn: {cm.group(0)}")
            if not found:
                err(f"{mid}: card hold without a 16-digit card number")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
