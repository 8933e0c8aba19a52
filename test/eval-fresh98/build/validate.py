"""Validate fresh.json + build/meta.json of eval-fresh98. Prints OK or the list of problems."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import (PREFIX, ADDR_RE, addr_domain, domain_allowed, domains_in, quote_start,  # noqa: E402
                    mynumber_valid, luhn_valid)

errors = []


def err(mid, msg):
    errors.append("%s: %s" % (mid, msg))


REQUIRED = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
OPTIONAL = ["cc", "bcc", "attachments", "personal"]
KIND_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*\.[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}

# 12 digits, as 4-4-4 with optional space/hyphen, not part of a longer digit run
TWELVE_RE = re.compile(r"(?<!\d)(?<!\d[ -])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![ -]?\d)")
LABELLED_RE = re.compile(r"(マイナンバー|個人番号)[^\d\n]{0,20}(\d{4}[ -]?\d{4}[ -]?\d{4})(?![ -]?\d)")
CARD_RE = re.compile(r"(?<!\d)(?<!\d[ -])(\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}|\d{4}[ -]\d{6}[ -]\d{5}|\d{15,16})(?![ -]?\d)")


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    # ---------------------------------------------------------------- count, ids, balance
    if len(data) != 100:
        err("set", "expected 100 mails, got %d" % len(data))
    for i, m in enumerate(data, 1):
        want = "%s%03d" % (PREFIX, i)
        if m.get("id") != want:
            err(m.get("id"), "id out of order, expected %s" % want)
    if set(meta) != {m.get("id") for m in data}:
        err("meta", "meta.json ids differ from fresh.json ids")

    exp = Counter(m.get("expect") for m in data)
    if exp["hold"] != 50 or exp["pass"] != 50:
        err("set", "hold/pass = %d/%d, expected 50/50" % (exp["hold"], exp["pass"]))

    per_org = defaultdict(Counter)
    locs = defaultdict(Counter)
    writers = defaultdict(set)
    from_addrs = defaultdict(set)
    for m in data:
        mt = meta.get(m["id"], {})
        org = mt.get("org")
        per_org[org][m["expect"]] += 1
        writers[org].add(mt.get("writer"))
        from_addrs[org].add(m["from"])
        if m["expect"] == "hold":
            locs[org][mt.get("loc")] += 1
        elif mt.get("loc") != "none":
            err(m["id"], "pass must have loc none in meta")
    if sorted(per_org) != ["A", "B", "C", "D", "E"]:
        err("set", "organisations are %s" % sorted(per_org))
    for org, c in per_org.items():
        if c["hold"] != 10 or c["pass"] != 10:
            err("org " + str(org), "hold/pass = %d/%d, expected 10/10" % (c["hold"], c["pass"]))
        if dict(locs[org]) != LOC_QUOTA:
            err("org " + str(org), "hold locations %s, expected %s" % (dict(locs[org]), LOC_QUOTA))
        if not 2 <= len(writers[org]) <= 3:
            err("org " + str(org), "%d writers" % len(writers[org]))
        if not 2 <= len(from_addrs[org]) <= 3:
            err("org " + str(org), "%d distinct From addresses" % len(from_addrs[org]))

    run = 1
    for a, b in zip(data, data[1:]):
        run = run + 1 if a["expect"] == b["expect"] else 1
        if run > 3:
            err(b["id"], "more than 3 %s in a row" % b["expect"])

    # ---------------------------------------------------------------- per mail
    for m in data:
        mid = m.get("id")
        mt = meta.get(mid, {})
        loc = mt.get("loc")
        keys = set(m)
        for k in REQUIRED:
            if k not in m:
                err(mid, "missing key %s" % k)
        for k in keys - set(REQUIRED) - set(OPTIONAL):
            err(mid, "unexpected key %s" % k)
        for k in ("kind", "why", "from", "subject", "text"):
            if not isinstance(m.get(k), str) or not m.get(k).strip():
                err(mid, "%s must be a non-empty string" % k)
        expect, kind = m.get("expect"), m.get("kind", "")
        if expect not in ("hold", "pass"):
            err(mid, "bad expect %r" % expect)
        if not KIND_RE.match(kind):
            err(mid, "kind %r is not snake_case category.detail" % kind)
        if expect == "hold" and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(mid, "hold kind %r has a wrong category" % kind)
        if expect == "pass" and not kind.startswith("benign."):
            err(mid, "pass kind %r must be benign.*" % kind)

        # addresses
        sender_dom = addr_domain(m.get("from", ""))
        if not ADDR_RE.match(m.get("from", "")):
            err(mid, "from is malformed: %r" % m.get("from"))
        for fld in ("to", "cc", "bcc"):
            if fld in m:
                if not isinstance(m[fld], list) or (fld == "to" and not m[fld]):
                    err(mid, "%s must be a non-empty array" % fld)
                    continue
                for a in m[fld]:
                    if not ADDR_RE.match(a):
                        err(mid, "%s address malformed: %r" % (fld, a))
        header_addrs = [m.get("from", "")] + m.get("to", []) + m.get("cc", []) + m.get("bcc", [])
        for a in header_addrs:
            d = addr_domain(a)
            if d and not domain_allowed(d):
                err(mid, "header domain not allowed: %s" % d)

        # attachments
        atts = m.get("attachments", [])
        if "attachments" in m and (not isinstance(atts, list) or not atts):
            err(mid, "attachments must be a non-empty array")
            atts = []
        n_enc = 0
        for a in atts:
            if not a.get("filename") or not a.get("contentType"):
                err(mid, "attachment without filename/contentType")
            if a.get("encrypted"):
                n_enc += 1
                if a.get("contentType") != "application/zip" or "text" in a:
                    err(mid, "encrypted zip must be application/zip without text")
            elif not isinstance(a.get("text"), str) or not a["text"].strip():
                err(mid, "attachment %s has no text" % a.get("filename"))
            if not a.get("encrypted") and a.get("contentType") == "application/zip":
                err(mid, "plain zip must be given as its inner files (archive.zip/inner.ext)")

        # domains in texts
        blobs = [m.get("subject", ""), m.get("text", "")]
        for a in atts:
            blobs.append(a.get("filename", ""))
            blobs.append(a.get("text", ""))
        for b in blobs:
            for d in domains_in(b):
                if not domain_allowed(d):
                    err(mid, "domain in text not allowed: %s" % d)

        # recipients
        visible = set()
        for a in m.get("to", []) + m.get("cc", []):
            d = addr_domain(a)
            if d and d != sender_dom:
                visible.add(ADDR_RE.match(a).group("local").lower() + "@" + d)
        if kind.startswith("recipients."):
            if len(visible) <= 10:
                err(mid, "recipients hold with only %d visible outside addresses" % len(visible))
            if loc != "recipients":
                err(mid, "recipients.* kind but loc %s" % loc)
        elif len(visible) > 10:
            err(mid, "%d visible outside recipients but kind is %s" % (len(visible), kind))
        if loc == "recipients" and not kind.startswith("recipients."):
            err(mid, "loc recipients needs a recipients.* kind")

        # encrypted zip
        if kind == "attachment.encrypted_zip":
            if n_enc != 1:
                err(mid, "attachment.encrypted_zip needs exactly one encrypted zip, has %d" % n_enc)
            if loc != "zip":
                err(mid, "attachment.encrypted_zip must have loc zip")
        elif n_enc:
            err(mid, "encrypted zip on kind %s" % kind)
        if loc == "zip" and not (n_enc or any(".zip/" in a.get("filename", "") for a in atts)):
            err(mid, "loc zip without an encrypted zip or a plain zip inner file")

        # My Number check digits
        all_text = "\n".join([m.get("subject", ""), m.get("text", "")] + [a.get("text", "") for a in atts])
        for mm in LABELLED_RE.finditer(all_text):
            if not mynumber_valid(mm.group(2)):
                err(mid, "labelled My Number %s fails the check digit" % mm.group(2))
        if kind.startswith("id.mynumber"):
            for mm in TWELVE_RE.finditer(all_text):
                if not mynumber_valid(mm.group(1)):
                    err(mid, "12-digit number %s in an id.mynumber mail fails the check digit" % mm.group(1))
        for a in atts:
            fn = a.get("filename", "").lower()
            if fn.endswith(".csv") and a.get("text"):
                rows = list(csv.reader(io.StringIO(a["text"])))
                if not rows:
                    continue
                cols = [i for i, h in enumerate(rows[0]) if "マイナンバー" in h or "個人番号" in h
                        or "my number" in h.lower() or "mynumber" in h.lower()]
                for r in rows[1:]:
                    for i in cols:
                        if i < len(r) and r[i].strip() and not mynumber_valid(r[i]):
                            err(mid, "CSV My Number %s fails the check digit" % r[i])

        # card numbers on holds
        if expect == "hold":
            for mm in CARD_RE.finditer(all_text):
                if not luhn_valid(mm.group(1)):
                    err(mid, "card-like number %s fails Luhn" % mm.group(1))

        # personal values
        pers = m.get("personal")
        if expect == "pass" and pers:
            err(mid, "pass mail has personal values")
        if expect == "hold":
            if loc not in ("zip", "recipients") and not pers:
                err(mid, "hold without personal values")
            if pers is not None and (not isinstance(pers, list) or not pers):
                err(mid, "personal must be a non-empty array")
                pers = []
            subj, body = m.get("subject", ""), m.get("text", "")
            att_text = "\n".join(a.get("text", "") for a in atts)
            qs = quote_start(body)
            for p in pers or []:
                if set(p) != {"type", "value"} or not p.get("value") or not p.get("type"):
                    err(mid, "personal entry must be {type, value}: %r" % p)
                    continue
                v = p["value"]
                if v not in subj and v not in body and v not in att_text:
                    err(mid, "personal value not found: %r" % v)
                if loc in ("attachment", "zip"):
                    if v in subj or v in body:
                        err(mid, "%s hold has personal value in subject/body: %r" % (loc, v))
                    if v not in att_text:
                        err(mid, "%s hold value not in attachment: %r" % (loc, v))
                if loc == "subject":
                    if v not in subj:
                        err(mid, "subject hold value not in subject: %r" % v)
                    if v in body or v in att_text:
                        err(mid, "subject hold value also outside the subject: %r" % v)
                if loc == "quoted":
                    if qs is None:
                        err(mid, "quoted hold without a quoted/forwarded part")
                        break
                    if v in subj or v in body[:qs]:
                        err(mid, "quoted hold value above the quoted part: %r" % v)
                    if v not in body[qs:]:
                        err(mid, "quoted hold value not in the quoted part: %r" % v)
                if loc == "body" and v not in body and v not in subj:
                    err(mid, "body hold value not in the body: %r" % v)
            if loc == "quoted" and qs is None:
                err(mid, "quoted hold without a quoted/forwarded part")

    if errors:
        for e in errors:
            print(e)
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
