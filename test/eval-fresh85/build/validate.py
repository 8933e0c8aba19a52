"""Validate eval-fresh85/fresh.json (and build/meta.json). Prints OK or the problems."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_ok, luhn_ok, FREEMAIL  # noqa: E402

PREFIX = "cg"
ORGS = "ABCDE"
HOLD_LOCS = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")

ADDR_RE = re.compile(r"^[^<>]+ <([A-Za-z0-9._+-]+)@([A-Za-z0-9.-]+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
# 12 digits, contiguous or written 4-4-4 with a space or hyphen
D12_RE = re.compile(r"(?<!\d)(?<!\d[- ])(\d{4}[- ]?\d{4}[- ]?\d{4})(?![- ]?\d)")
# 16 digits, contiguous or written 4-4-4-4
D16_RE = re.compile(r"(?<!\d)(?<!\d[- ])(\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4})(?![- ]?\d)")
QUOTE_START_RE = re.compile(r"^(?:> |-+ ?(?:Forwarded|Original|転送)|-{5,}|.*のメール:$)", re.M)
MN_LABEL_RE = re.compile(r"(マイナンバー|個人番号|my ?number)", re.I)

errors = []


def err(mid, msg):
    errors.append("%s: %s" % (mid, msg))


def domain_ok(d):
    d = d.lower()
    return d in FREEMAIL or re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)*\.example\.[a-z.]+", d) is not None


def texts(m):
    out = [m["subject"], m["text"]]
    for a in m.get("attachments", []):
        if "text" in a:
            out.append(a["text"])
    return out


def inside(dom, sender):
    return dom == sender or dom.endswith("." + sender)


def main():
    base = os.path.join(HERE, "..")
    with open(os.path.join(base, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    # ---- count and ids
    if len(mails) != 100:
        err("-", "expected 100 mails, got %d" % len(mails))
    for i, m in enumerate(mails, 1):
        if m.get("id") != "%s%03d" % (PREFIX, i):
            err(m.get("id"), "id out of order, expected %s%03d" % (PREFIX, i))
    if set(meta) != {m["id"] for m in mails}:
        err("-", "meta.json ids differ from fresh.json ids")

    # ---- expect balance and runs
    exp = [m["expect"] for m in mails]
    if exp.count("hold") != 50 or exp.count("pass") != 50:
        err("-", "hold/pass = %d/%d" % (exp.count("hold"), exp.count("pass")))
    run = 1
    for i in range(1, len(exp)):
        run = run + 1 if exp[i] == exp[i - 1] else 1
        if run > 3:
            err(mails[i]["id"], "run of %d consecutive '%s'" % (run, exp[i]))

    per_org = collections.defaultdict(collections.Counter)
    locs = collections.defaultdict(collections.Counter)

    for m in mails:
        mid = m["id"]
        mt = meta.get(mid, {})
        org = mt.get("org")
        per_org[org][m["expect"]] += 1
        if m["expect"] == "hold":
            locs[org][mt.get("loc")] += 1

        # ---- fields
        for k in ("expect", "kind", "why", "from", "to", "subject", "text"):
            if not m.get(k):
                err(mid, "missing field %s" % k)
        if m["expect"] not in ("hold", "pass"):
            err(mid, "bad expect")
        kind = m["kind"]
        if m["expect"] == "hold":
            if not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
                err(mid, "bad hold kind %s" % kind)
        elif not kind.startswith("benign."):
            err(mid, "bad pass kind %s" % kind)
        if not re.fullmatch(r"[a-z]+\.[a-z0-9_]+", kind):
            err(mid, "kind not snake_case: %s" % kind)

        # ---- addresses and domains
        sm = ADDR_RE.match(m["from"])
        if not sm:
            err(mid, "bad from address %r" % m["from"])
            continue
        sender = sm.group(2).lower()
        if not domain_ok(sender):
            err(mid, "sender domain %s" % sender)
        outside = 0
        for fld in ("to", "cc", "bcc"):
            for a in m.get(fld, []):
                am = ADDR_RE.match(a)
                if not am:
                    err(mid, "bad %s address %r" % (fld, a))
                    continue
                d = am.group(2).lower()
                if not domain_ok(d):
                    err(mid, "domain not allowed: %s" % d)
                if fld != "bcc" and not inside(d, sender):
                    outside += 1
        for s in texts(m):
            for d in EMAIL_RE.findall(s) + URL_RE.findall(s):
                if not domain_ok(d):
                    err(mid, "domain in text not allowed: %s" % d)

        # ---- visible outside recipients
        is_rcpt = kind.startswith("recipients.")
        if is_rcpt and outside <= 10:
            err(mid, "recipients hold with only %d outside recipients" % outside)
        if not is_rcpt and outside > 10:
            err(mid, "%d visible outside recipients on a non-recipients mail" % outside)
        if is_rcpt and mt.get("loc") != "recipients":
            err(mid, "recipients kind but loc %s" % mt.get("loc"))

        # ---- encrypted zips
        enc = [a for a in m.get("attachments", []) if a.get("encrypted")]
        for a in enc:
            if a.get("contentType") != "application/zip":
                err(mid, "encrypted attachment is not a zip")
        if enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on kind %s" % kind)
        if kind == "attachment.encrypted_zip" and (not enc or m["expect"] != "hold"):
            err(mid, "attachment.encrypted_zip without an encrypted zip hold")
        for a in m.get("attachments", []):
            if not a.get("filename") or not a.get("contentType"):
                err(mid, "attachment without filename/contentType")
            if not a.get("encrypted") and "text" not in a:
                err(mid, "attachment %s has no text" % a.get("filename"))

        # ---- My Number check digits
        for s in texts(m):
            if kind.startswith("id.mynumber"):
                for n in D12_RE.findall(s):
                    if not mynumber_ok(n):
                        err(mid, "12-digit number %s fails My Number check digit" % n)
            for lm in MN_LABEL_RE.finditer(s):
                window = s[lm.end(): lm.end() + 40]
                for n in D12_RE.findall(window):
                    if not mynumber_ok(n):
                        err(mid, "labelled My Number %s fails check digit" % n)
        if kind.startswith("id.mynumber") and not any(D12_RE.search(s) for s in texts(m)):
            err(mid, "id.mynumber hold without a 12-digit number")

        # ---- card numbers
        if kind.startswith("id.card"):
            found = 0
            for s in texts(m):
                for n in D16_RE.findall(s):
                    found += 1
                    if not luhn_ok(n):
                        err(mid, "card %s fails Luhn" % n)
            if not found:
                err(mid, "id.card hold without a full card number")

        # ---- personal values
        hay = "\n".join(texts(m))
        for p in m.get("personal", []):
            if not p.get("type") or not p.get("value"):
                err(mid, "personal entry without type/value")
            elif p["value"] not in hay:
                err(mid, "personal value not found: %r" % p["value"])
        if m["expect"] == "hold" and kind != "attachment.encrypted_zip" and not is_rcpt:
            if not m.get("personal"):
                err(mid, "hold without personal values")
        if m["expect"] == "pass" and m.get("personal"):
            err(mid, "pass carries personal values")

        # ---- location sanity for holds
        loc = mt.get("loc")
        if m["expect"] == "hold":
            if loc == "attachment" and not m.get("attachments"):
                err(mid, "attachment hold without attachment")
            if loc == "zip" and not any(a["filename"].split("/")[0].endswith(".zip") for a in m.get("attachments", [])):
                err(mid, "zip hold without a zip")
            if loc in ("body", "quoted", "subject", "recipients", "attachment"):
                vals = [p["value"] for p in m.get("personal", [])]
                if loc == "subject" and not any(v in m["subject"] for v in vals):
                    err(mid, "subject hold but no personal value in subject")
                if loc == "subject" and any(v in m["text"] for v in vals if len(v) > 4):
                    err(mid, "subject hold repeats a risky value in the body")
                if loc == "quoted":
                    top = QUOTE_START_RE.split(m["text"], maxsplit=1)
                    if len(top) < 2:
                        err(mid, "quoted hold without a quoted or forwarded part")
                    elif any(v in top[0] for v in vals if len(v) > 4):
                        err(mid, "quoted hold has a risky value above the quoted part")
                if loc == "attachment":
                    att_hay = "\n".join(a.get("text", "") for a in m.get("attachments", []))
                    if not all(v in att_hay for v in vals):
                        err(mid, "attachment hold has personal values outside the attachment")

    # ---- per-organisation balance and hold locations
    for o in ORGS:
        if per_org[o]["hold"] != 10 or per_org[o]["pass"] != 10:
            err(o, "org has %d hold / %d pass" % (per_org[o]["hold"], per_org[o]["pass"]))
        if dict(locs[o]) != HOLD_LOCS:
            err(o, "hold locations %s" % dict(locs[o]))
    if set(per_org) - set(ORGS):
        err("-", "unknown orgs %s" % (set(per_org) - set(ORGS)))

    if errors:
        print("\n".join(errors))
        print("FAILED (%d problems)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
