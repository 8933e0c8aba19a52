#!/usr/bin/env python3
"""Checks ../fresh.json and meta.json against the brief; prints OK or the problems found."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import is_valid_mynumber, luhn_ok, FREE_MAIL  # noqa: E402

PREFIX = "bz"
ORGS = "ABCDE"
HOLD_KINDS = ("sensitive.", "id.", "list.", "personal.", "recipients.")
HOLD_LOCS = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}

ADDR_RE = re.compile(r"^[^<>]+ <([^<>@\s]+)@([^<>@\s]+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
MYNUM_RE = re.compile(r"(?<![\dA-Za-z])(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?![\dA-Za-z])")
MYNUM_LABEL_RE = re.compile(r"(マイナンバー|個人番号|My ?Number)", re.I)
CARD_RE = re.compile(r"(?<!\d)(\d{4})[ -]?(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?!\d)")
CARD_LABEL_RE = re.compile(r"(カード|card)", re.I)
PHONE_RE = re.compile(r"(?<![\d-])0\d{1,4}-(\d{1,4})-\d{4}(?![\d-])")

errors = []


def err(mid, msg):
    errors.append("%s: %s" % (mid, msg))


def domain_ok(d):
    d = d.lower().rstrip(".")
    return d in FREE_MAIL or re.search(r"(^|\.)example\.", d) is not None


def texts(m):
    yield "subject", m.get("subject", "")
    yield "text", m.get("text", "")
    for a in m.get("attachments", []) or []:
        if "text" in a:
            yield "attachment " + a["filename"], a["text"]


def main():
    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    # ---- count, ids, balance
    if len(data) != 100:
        err("-", "expected 100 mails, got %d" % len(data))
    for n, m in enumerate(data, 1):
        if m.get("id") != "%s%03d" % (PREFIX, n):
            err(m.get("id"), "id out of order, expected %s%03d" % (PREFIX, n))
    exp = collections.Counter(m["expect"] for m in data)
    if exp["hold"] != 50 or exp["pass"] != 50:
        err("-", "expect balance %s" % dict(exp))
    if set(meta) != {m["id"] for m in data}:
        err("-", "meta.json ids differ from fresh.json ids")
    per_org = collections.defaultdict(collections.Counter)
    locs = collections.defaultdict(collections.Counter)
    for m in data:
        info = meta.get(m["id"], {})
        per_org[info.get("org")][m["expect"]] += 1
        if m["expect"] == "hold":
            locs[info.get("org")][info.get("loc")] += 1
        if not info.get("writer"):
            err(m["id"], "meta has no writer")
    for o in ORGS:
        if per_org[o]["hold"] != 10 or per_org[o]["pass"] != 10:
            err("-", "org %s has %s" % (o, dict(per_org[o])))
        if dict(locs[o]) != HOLD_LOCS:
            err("-", "org %s hold locations %s" % (o, dict(locs[o])))
    writers = collections.defaultdict(set)
    for mid, info in meta.items():
        writers[info.get("org")].add(info.get("writer"))
    for o in ORGS:
        if not 2 <= len(writers[o]) <= 3:
            err("-", "org %s has %d writers" % (o, len(writers[o])))

    # ---- runs
    run, prev = 0, None
    for m in data:
        run = run + 1 if m["expect"] == prev else 1
        prev = m["expect"]
        if run > 3:
            err(m["id"], "run of more than 3 consecutive '%s'" % prev)

    for m in data:
        mid = m["id"]
        # ---- required fields and kinds
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if not m.get(k):
                err(mid, "missing field %s" % k)
        extra = set(m) - {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
                          "attachments", "personal"}
        if extra:
            err(mid, "unexpected fields %s" % sorted(extra))
        kind = m.get("kind", "")
        if m["expect"] == "hold":
            if not (kind.startswith(HOLD_KINDS) or kind == "attachment.encrypted_zip"):
                err(mid, "bad hold kind %s" % kind)
        elif m["expect"] == "pass":
            if not kind.startswith("benign."):
                err(mid, "bad pass kind %s" % kind)
        else:
            err(mid, "bad expect %s" % m["expect"])
        if not re.fullmatch(r"[a-z]+\.[a-z0-9_]+", kind or ""):
            err(mid, "kind not snake_case: %s" % kind)
        loc = meta.get(mid, {}).get("loc")
        if m["expect"] == "hold" and kind.startswith("recipients.") != (loc == "recipients"):
            err(mid, "recipients kind/loc mismatch")

        # ---- addresses and domains
        sender = ADDR_RE.match(m.get("from", ""))
        if not sender:
            err(mid, "bad from address %r" % m.get("from"))
            continue
        sender_dom = sender.group(2).lower()
        outside = 0
        for field in ("to", "cc", "bcc"):
            for a in m.get(field, []) or []:
                r = ADDR_RE.match(a)
                if not r:
                    err(mid, "bad %s address %r" % (field, a))
                    continue
                if not domain_ok(r.group(2)):
                    err(mid, "non-example domain in %s: %s" % (field, a))
                if field != "bcc" and r.group(2).lower() != sender_dom:
                    outside += 1
        if not domain_ok(sender_dom):
            err(mid, "non-example sender domain %s" % sender_dom)
        is_rcpt = kind.startswith("recipients.")
        if outside > 10 and not is_rcpt:
            err(mid, "%d visible outside recipients on a non-recipients mail" % outside)
        if is_rcpt and outside <= 10:
            err(mid, "recipients hold has only %d visible outside recipients" % outside)
        for where, t in texts(m):
            for d in EMAIL_RE.findall(t) + URL_RE.findall(t):
                if not domain_ok(d):
                    err(mid, "non-example domain %s in %s" % (d, where))
            for ph in PHONE_RE.finditer(t):
                if ph.group(1) != "0000":
                    err(mid, "phone %s in %s is not on a 0000 exchange" % (ph.group(0), where))

        # ---- attachments
        enc = [a for a in m.get("attachments", []) or [] if a.get("encrypted")]
        for a in m.get("attachments", []) or []:
            if "filename" not in a or "contentType" not in a:
                err(mid, "attachment without filename/contentType")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip":
                    err(mid, "encrypted attachment is not a zip")
            elif "text" not in a:
                err(mid, "attachment %s has no text" % a.get("filename"))
        if enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on kind %s" % kind)
        if kind == "attachment.encrypted_zip" and not enc:
            err(mid, "attachment.encrypted_zip hold has no encrypted zip")

        # ---- My Number check digits
        for where, t in texts(m):
            for mt in MYNUM_RE.finditer(t):
                num = "".join(mt.groups())
                before = t[max(0, mt.start() - 40):mt.start()]
                labelled = MYNUM_LABEL_RE.search(before) is not None
                if labelled or kind.startswith("id.mynumber"):
                    if not is_valid_mynumber(num):
                        err(mid, "My Number %s in %s fails the check digit" % (mt.group(0), where))

        # ---- card numbers held as cards
        if m["expect"] == "hold":
            for where, t in texts(m):
                for mt in CARD_RE.finditer(t):
                    num = "".join(mt.groups())
                    before = t[max(0, mt.start() - 40):mt.start()]
                    if kind.startswith("id.card") or CARD_LABEL_RE.search(before):
                        if not luhn_ok(num):
                            err(mid, "card number %s in %s fails Luhn" % (mt.group(0), where))

        # ---- personal values
        corpus = "\n".join(t for _, t in texts(m))
        for p in m.get("personal", []) or []:
            if set(p) != {"type", "value"} or not p["value"]:
                err(mid, "bad personal entry %r" % p)
            elif p["value"] not in corpus:
                err(mid, "personal value %r not found in subject/text/attachments" % p["value"])
        if m["expect"] == "pass" and m.get("personal"):
            err(mid, "pass mail carries personal values")
        if m["expect"] == "hold" and not m.get("personal") and loc not in ("recipients", "zip"):
            err(mid, "hold without personal values")

    if errors:
        for e in errors:
            print(e)
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
