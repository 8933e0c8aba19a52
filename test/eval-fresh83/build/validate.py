#!/usr/bin/env python3
"""Validate eval-fresh83/fresh.json (and build/meta.json). Prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_valid, luhn_valid  # noqa: E402

PREFIX = "ce"
FREE_MAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
QUOTE_MARKERS = ["Forwarded", "Original Message", "転送メッセージ", "転送されたメッセージ",
                 "wrote:", "\n> ", "\n>\n"]

ADDR_RE = re.compile(r"^(?P<name>[^<>]+?)\s*<(?P<local>[^@<>\s]+)@(?P<domain>[^@<>\s]+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
MN_RE = re.compile(r"(?<![\d-])(?<!\d[ -])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![ -]?\d)")
CARD_RE = re.compile(r"(?<![\d-])(?<!\d[ -])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4})(?![ -]?\d)")
MN_LABEL = re.compile(r"マイナンバー|個人番号|My ?Number", re.I)
CARD_LABEL = re.compile(r"カード番号|card (number|no)", re.I)
PHONE_RE = re.compile(r"(?<![\d-])0\d{1,4}-(\d{2,4})-\d{4}(?![\d-])")

errors = []


def err(mid, msg):
    errors.append("%s: %s" % (mid, msg))


def domain_ok(d):
    d = d.lower().rstrip(".")
    if d in FREE_MAIL:
        return True
    return re.match(r"^([a-z0-9-]+\.)+example\.[a-z.]+$", d) is not None


def texts(m):
    yield "subject", m.get("subject", "")
    yield "text", m.get("text", "")
    for a in m.get("attachments", []):
        if "text" in a:
            yield "attachment:" + a["filename"], a["text"]


def labelled_numbers(t, label_re, num_re, window=40):
    found = set()
    for lm in label_re.finditer(t):
        seg = t[lm.end():lm.end() + window]
        nm = num_re.search(seg)
        if nm:
            found.add(nm.group(1))
    return found


def main():
    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    # ---- count, ids, balance
    if len(mails) != 100:
        err("set", "expected 100 mails, got %d" % len(mails))
    for i, m in enumerate(mails, 1):
        want = "%s%03d" % (PREFIX, i)
        if m.get("id") != want:
            err(m.get("id"), "id out of order, expected %s" % want)
    exp = Counter(m["expect"] for m in mails)
    if exp != Counter({"hold": 50, "pass": 50}):
        err("set", "hold/pass balance %s" % dict(exp))
    if set(meta) != {m["id"] for m in mails}:
        err("set", "meta.json ids differ from fresh.json")
    per_org = defaultdict(Counter)
    writers = defaultdict(set)
    locs = defaultdict(Counter)
    for m in mails:
        md = meta.get(m["id"], {})
        per_org[md.get("org")][m["expect"]] += 1
        writers[md.get("org")].add(md.get("writer"))
        if m["expect"] == "hold":
            locs[md.get("org")][md.get("loc")] += 1
        elif md.get("loc") != "none":
            err(m["id"], "pass with loc %r" % md.get("loc"))
    for org in "ABCDE":
        if per_org[org] != Counter({"hold": 10, "pass": 10}):
            err("org " + org, "hold/pass %s" % dict(per_org[org]))
        if not 2 <= len(writers[org]) <= 3:
            err("org " + org, "writers %s" % sorted(writers[org]))
        if dict(locs[org]) != LOC_QUOTA:
            err("org " + org, "hold locations %s" % dict(locs[org]))

    # ---- runs
    run, prev = 0, None
    for m in mails:
        run = run + 1 if m["expect"] == prev else 1
        prev = m["expect"]
        if run > 3:
            err(m["id"], "run of %d consecutive %s" % (run, prev))

    for m in mails:
        mid = m["id"]
        kind = m.get("kind", "")
        hold = m["expect"] == "hold"
        md = meta.get(mid, {})
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if not m.get(k):
                err(mid, "missing field %s" % k)
        # ---- kind
        if hold and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(mid, "bad hold kind %s" % kind)
        if not hold and not kind.startswith("benign."):
            err(mid, "bad pass kind %s" % kind)
        if not re.match(r"^[a-z]+\.[a-z0-9_]+$", kind):
            err(mid, "kind not snake_case: %s" % kind)
        # ---- addresses and domains
        sender_dom = None
        for fld in ("from", "to", "cc", "bcc"):
            vals = m.get(fld, [])
            if isinstance(vals, str):
                vals = [vals]
            for a in vals:
                am = ADDR_RE.match(a)
                if not am:
                    err(mid, "address not '表示名 <local@domain>': %r" % a)
                    continue
                if not domain_ok(am.group("domain")):
                    err(mid, "domain not allowed: %s" % a)
                if fld == "from":
                    sender_dom = am.group("domain").lower()
        for where, t in texts(m):
            for d in EMAIL_RE.findall(t) + URL_RE.findall(t):
                if not domain_ok(d):
                    err(mid, "domain %s in %s not allowed" % (d, where))
            for pm in PHONE_RE.finditer(t):
                if pm.group(1) != "0000":
                    err(mid, "phone %s in %s lacks 0000 exchange" % (pm.group(0), where))
        # ---- recipients
        outside = set()
        for a in m.get("to", []) + m.get("cc", []):
            am = ADDR_RE.match(a)
            if am and am.group("domain").lower() != sender_dom:
                outside.add((am.group("local") + "@" + am.group("domain")).lower())
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err(mid, "recipients hold with only %d outside recipients" % len(outside))
        elif len(outside) > 10:
            err(mid, "%d visible outside recipients on a non-recipients mail" % len(outside))
        # ---- encrypted zips
        has_enc = any(a.get("encrypted") for a in m.get("attachments", []))
        if has_enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on kind %s" % kind)
        if kind == "attachment.encrypted_zip" and not has_enc:
            err(mid, "attachment.encrypted_zip without an encrypted zip")
        for a in m.get("attachments", []):
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip":
                    err(mid, "encrypted attachment not application/zip")
            elif "text" not in a or not a.get("filename") or not a.get("contentType"):
                err(mid, "attachment without filename/contentType/text")
        # ---- My Number check digits
        for where, t in texts(m):
            nums = labelled_numbers(t, MN_LABEL, MN_RE)
            if kind.startswith("id.mynumber"):
                nums |= set(MN_RE.findall(t))
            for n in nums:
                if not mynumber_valid(n):
                    err(mid, "My Number %s in %s has a bad check digit" % (n, where))
        # ---- card numbers held as cards
        for where, t in texts(m):
            cards = labelled_numbers(t, CARD_LABEL, CARD_RE) if hold else set()
            if kind.startswith("id.card"):
                cards |= set(CARD_RE.findall(t))
            for c in cards:
                if not luhn_valid(c):
                    err(mid, "card %s in %s fails Luhn" % (c, where))
        if kind.startswith("id.card") and not any(CARD_RE.search(t) for _, t in texts(m)):
            err(mid, "id.card hold without a full card number")
        # ---- personal values
        pers = m.get("personal", [])
        if not hold and pers:
            err(mid, "pass carries personal values")
        alltext = "\n".join(t for _, t in texts(m))
        for p in pers:
            if not p.get("type") or not p.get("value"):
                err(mid, "personal entry without type/value")
            elif p["value"] not in alltext:
                err(mid, "personal value %r not found" % p["value"])
        if hold and not pers and md.get("loc") not in ("recipients", "zip"):
            err(mid, "hold without personal values")
        # ---- location sanity
        loc = md.get("loc")
        body = m.get("text", "")
        att_text = "\n".join(a.get("text", "") for a in m.get("attachments", []))
        vals = [p["value"] for p in pers]
        if loc == "subject":
            if not vals or any(v not in m["subject"] for v in vals) or any(v in body for v in vals):
                err(mid, "subject-only hold: values must be in subject and not in body")
            if m.get("attachments"):
                err(mid, "subject-only hold has attachments")
        if loc == "attachment":
            if any(v in body or v in m["subject"] for v in vals) or any(v not in att_text for v in vals):
                err(mid, "attachment-only hold: values must be only in attachments")
        if loc == "quoted":
            cut = min([body.find(k) for k in QUOTE_MARKERS if body.find(k) >= 0] or [-1])
            if cut < 0:
                err(mid, "quoted hold without a quote marker")
            elif any(v in body[:cut] or v in m["subject"] for v in vals):
                err(mid, "quoted hold: personal value in the top part")
        if loc == "zip":
            inner = [a for a in m.get("attachments", []) if "/" in a["filename"] and ".zip/" in a["filename"]]
            if not has_enc and not inner:
                err(mid, "zip hold without encrypted zip or zip/inner attachment")
        if loc == "recipients" and not kind.startswith("recipients."):
            err(mid, "recipients loc with kind %s" % kind)
        if loc == "body" and vals and not any(v in body for v in vals):
            err(mid, "body hold: no personal value in body")

    if errors:
        for e in errors:
            print(e)
        print("FAILED (%d problems)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
