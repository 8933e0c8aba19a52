"""Validate eval-fresh86/fresh.json (and build/meta.json). Prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_ok, luhn_ok, FREE_MAIL  # noqa: E402

PREFIX = "ch"
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
HOLD_LOCS = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
ADDR_RE = re.compile(r"^[^<>]+ <([^<>@\s]+)@([^<>@\s]+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
NUM12_RE = re.compile(r"(?<![\dA-Za-z])(?<!\d[ -])(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?![ -]?\d)")
NUM16_RE = re.compile(r"(?<!\d)(\d{4})[ -]?(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?!\d)")
PHONE_RE = re.compile(r"(?<![\d+])0\d{1,4}-(\d{1,4})-\d{3,4}(?!\d)")
MN_LABEL_RE = re.compile(r"(マイナンバー|個人番号)")
QUOTE_MARK_RE = re.compile(r"(^>|^-{3,}|^―{3,}|Forwarded|Original Message|転送メッセージ)", re.M)
TEST_CARDS = {"4111111111111111"}

errors = []


def err(mid, msg):
    errors.append("%s: %s" % (mid, msg))


def domain_ok(d):
    d = d.lower()
    return d in FREE_MAIL or re.search(r"(^|\.)example\.", d) is not None


def texts(m):
    out = [m.get("subject", ""), m.get("text", "")]
    for a in m.get("attachments", []) or []:
        out.append(a.get("text", "") or "")
    return out


def main():
    base = os.path.join(HERE, "..")
    with open(os.path.join(base, "fresh.json"), encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(data, list) or len(data) != 100:
        err("set", "expected 100 mails, got %s" % (len(data) if isinstance(data, list) else type(data)))
    for i, m in enumerate(data, 1):
        want = "%s%03d" % (PREFIX, i)
        if m.get("id") != want:
            err(m.get("id"), "id out of order, expected %s" % want)
    ids = [m["id"] for m in data]
    if set(ids) != set(meta):
        err("meta", "meta.json ids differ from fresh.json ids")

    exp = Counter(m["expect"] for m in data)
    if exp != Counter({"hold": 50, "pass": 50}):
        err("set", "hold/pass = %s" % dict(exp))

    run, prev = 0, None
    for m in data:
        run = run + 1 if m["expect"] == prev else 1
        prev = m["expect"]
        if run > 3:
            err(m["id"], "more than 3 consecutive '%s'" % prev)

    per_org = defaultdict(Counter)
    locs = defaultdict(Counter)
    writers = defaultdict(set)
    for m in data:
        mt = meta.get(m["id"], {})
        org = mt.get("org")
        per_org[org][m["expect"]] += 1
        writers[org].add(mt.get("writer"))
        if m["expect"] == "hold":
            locs[org][mt.get("loc")] += 1
    if sorted(per_org) != list("ABCDE"):
        err("set", "organisations: %s" % sorted(per_org))
    for org, c in per_org.items():
        if c != Counter({"hold": 10, "pass": 10}):
            err("org " + str(org), "hold/pass = %s" % dict(c))
        if Counter(locs[org]) != Counter(HOLD_LOCS):
            err("org " + str(org), "hold locations = %s" % dict(locs[org]))
        if not 2 <= len(writers[org]) <= 3:
            err("org " + str(org), "writers = %s" % sorted(writers[org]))

    for m in data:
        mid, kind, expect = m["id"], m.get("kind", ""), m.get("expect")
        loc = meta.get(mid, {}).get("loc")
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if not m.get(k):
                err(mid, "missing field %s" % k)
        if expect not in ("hold", "pass"):
            err(mid, "bad expect %r" % expect)
        if not re.match(r"^[a-z]+\.[a-z0-9_]+$", kind):
            err(mid, "kind not snake_case: %r" % kind)
        if expect == "hold" and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(mid, "hold with kind %s" % kind)
        if expect == "pass" and not kind.startswith("benign."):
            err(mid, "pass with kind %s" % kind)

        # addresses and domains
        sender_dom = None
        fm = ADDR_RE.match(m.get("from", ""))
        if not fm:
            err(mid, "bad from address %r" % m.get("from"))
        else:
            sender_dom = fm.group(2).lower()
        outside = set()
        for field in ("from", "to", "cc", "bcc"):
            vals = m.get(field, [])
            if isinstance(vals, str):
                vals = [vals]
            for a in vals:
                am = ADDR_RE.match(a)
                if not am:
                    err(mid, "bad %s address %r" % (field, a))
                    continue
                if not domain_ok(am.group(2)):
                    err(mid, "domain not allowed: %s" % am.group(2))
                if field in ("to", "cc") and am.group(2).lower() != sender_dom:
                    outside.add((am.group(1) + "@" + am.group(2)).lower())
        for t in texts(m):
            for d in EMAIL_RE.findall(t) + URL_RE.findall(t):
                if not domain_ok(d):
                    err(mid, "domain in text not allowed: %s" % d)
            for mid_part in PHONE_RE.findall(t):
                if mid_part != "0000":
                    err(mid, "phone number not in 0000 exchange (middle %s)" % mid_part)

        many = len(outside) > 10
        if many and not kind.startswith("recipients."):
            err(mid, "%d visible outside recipients but kind %s" % (len(outside), kind))
        if kind.startswith("recipients.") and not many:
            err(mid, "recipients hold with only %d visible outside recipients" % len(outside))

        # attachments
        enc = False
        for a in m.get("attachments", []) or []:
            if not a.get("filename") or not a.get("contentType"):
                err(mid, "attachment without filename/contentType")
            if a.get("encrypted"):
                enc = True
                if a.get("contentType") != "application/zip":
                    err(mid, "encrypted attachment is not a zip")
            elif "text" not in a:
                err(mid, "attachment %s without text" % a.get("filename"))
        if enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on kind %s" % kind)
        if kind == "attachment.encrypted_zip" and not enc:
            err(mid, "attachment.encrypted_zip without an encrypted zip")

        # personal values
        pers = m.get("personal", []) or []
        alltext = "\n".join(texts(m))
        for p in pers:
            if not p.get("type") or not p.get("value"):
                err(mid, "personal entry incomplete")
            elif p["value"] not in alltext:
                err(mid, "personal value not found: %r" % p["value"])
        if expect == "pass" and pers:
            err(mid, "pass carries personal values")
        if expect == "hold" and not kind.startswith("recipients.") and kind != "attachment.encrypted_zip" and not pers:
            err(mid, "hold without personal values")

        # My Number check digits
        for t in texts(m):
            for mo in NUM12_RE.finditer(t):
                num = "".join(mo.groups())
                window = t[max(0, mo.start() - 30):mo.start()]
                if kind == "id.mynumber" or MN_LABEL_RE.search(window):
                    if not mynumber_ok(num):
                        err(mid, "My Number with bad check digit: %s" % num)
        for p in pers:
            if p.get("type") == "mynumber" and not mynumber_ok(p["value"]):
                err(mid, "personal mynumber with bad check digit: %s" % p["value"])

        # card numbers
        card_hold = expect == "hold" and ("card" in kind or any(p.get("type") == "card" for p in pers))
        for t in texts(m):
            for mo in NUM16_RE.finditer(t):
                num = "".join(mo.groups())
                if card_hold and not luhn_ok(num):
                    err(mid, "card number fails Luhn: %s" % num)
                if expect == "pass" and luhn_ok(num) and num not in TEST_CARDS:
                    err(mid, "pass contains a Luhn-valid 16-digit number that is not a test card")
        for p in pers:
            if p.get("type") == "card" and not luhn_ok(p["value"]):
                err(mid, "personal card fails Luhn: %s" % p["value"])

        # where the risk sits
        if expect == "hold" and pers:
            subj, body = m.get("subject", ""), m.get("text", "")
            att_text = "\n".join(a.get("text", "") or "" for a in m.get("attachments", []) or [])
            zip_text = "\n".join(a.get("text", "") or "" for a in m.get("attachments", []) or []
                                 if ".zip/" in a.get("filename", ""))
            vals = [p["value"] for p in pers]
            if loc == "subject":
                if not all(v in subj for v in vals) or any(v in body for v in vals):
                    err(mid, "subject-only hold: values must be in the subject and not in the body")
            elif loc == "attachment":
                if any(v in body or v in subj for v in vals) or not all(v in att_text for v in vals):
                    err(mid, "attachment-only hold: values must be only in attachments")
            elif loc == "zip":
                if not enc and not all(v in zip_text for v in vals):
                    err(mid, "zip hold: values must be inside a zip member")
            elif loc == "quoted":
                qm = QUOTE_MARK_RE.search(body)
                top = body[:qm.start()] if qm else body
                if not qm or any(v in top or v in subj for v in vals):
                    err(mid, "quoted hold: values must sit below the quote/forward marker")
            elif loc == "body":
                if not any(v in body for v in vals):
                    err(mid, "body hold: no personal value in the body")

    if errors:
        for e in errors:
            print(e)
        print("FAILED (%d problems)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
