#!/usr/bin/env python3
"""Check eval-fresh77/fresh.json against the brief and print OK."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_ok, luhn_ok, FREE_MAIL  # noqa: E402

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "by"
ORG_DOMAIN = {m.ORG: m.DOMAIN for m in (org_a, org_b, org_c, org_d, org_e)}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.encrypted_zip")
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
ADDR_RE = re.compile(r"^[^<>]+ <([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
EXAMPLE_DOM = re.compile(r"^(?:[a-z0-9-]+\.)+example(?:\.[a-z]+)+$")
NUM12_RE = re.compile(r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])")
NUM16_RE = re.compile(r"(?<!\d)(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4})(?!\d)")
PHONE_RE = re.compile(r"(?<![\d-])0\d{1,4}-(\d{1,4})-\d{4}(?![\d-])")
MYNUM_LABEL = re.compile(r"(マイナンバー|個人番号)")
QUOTE_MARKERS = [re.compile(p, re.M) for p in (
    r"^>", r"^＞", r"-----Original Message-----", r"---------- Forwarded message",
    r"-------- 転送メッセージ", r"---------- 転送メッセージ", r"^________________________________$")]

errors = []


def err(msg):
    errors.append(msg)


def domain_ok(d):
    d = d.lower()
    return d in FREE_MAIL or bool(EXAMPLE_DOM.match(d))


def all_text(m):
    parts = [m["subject"], m["text"]]
    for a in m.get("attachments", []):
        parts.append(a.get("text", ""))
    return parts


def quote_start(text):
    pos = [mo.start() for rx in QUOTE_MARKERS for mo in [rx.search(text)] if mo]
    return min(pos) if pos else None


def main():
    root = os.path.dirname(HERE)
    data = json.load(open(os.path.join(root, "fresh.json"), encoding="utf-8"))
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))

    if len(data) != 100:
        err("expected 100 mails, got %d" % len(data))
    for i, m in enumerate(data, 1):
        if m.get("id") != "%s%03d" % (PREFIX, i):
            err("id out of order at %d: %r" % (i, m.get("id")))
    if set(meta) != {m["id"] for m in data}:
        err("meta.json ids differ from fresh.json")

    exp = collections.Counter(m["expect"] for m in data)
    if exp != {"hold": 50, "pass": 50}:
        err("expect counts %s" % dict(exp))
    per_org = collections.Counter((meta[m["id"]]["org"], m["expect"]) for m in data)
    for o in ORG_DOMAIN:
        for e in ("hold", "pass"):
            if per_org[(o, e)] != 10:
                err("org %s has %d %s" % (o, per_org[(o, e)], e))

    run, prev = 0, None
    for m in data:
        run = run + 1 if m["expect"] == prev else 1
        prev = m["expect"]
        if run > 3:
            err("run of more than 3 '%s' ending at %s" % (prev, m["id"]))

    loc_count = collections.Counter()
    writers = collections.defaultdict(set)
    for m in data:
        mid, md = m["id"], meta[m["id"]]
        org, loc = md["org"], md["loc"]
        writers[org].add(md["writer"])
        kind = m.get("kind", "")
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if k not in m or m[k] in ("", None, []):
                err("%s missing %s" % (mid, k))
        # kinds
        if m["expect"] == "hold":
            if not kind.startswith(HOLD_PREFIXES):
                err("%s hold with kind %s" % (mid, kind))
            if not m.get("personal") and not kind.startswith(("recipients.", "attachment.encrypted_zip")):
                err("%s hold without personal values" % mid)
            loc_count[(org, loc)] += 1
        else:
            if not kind.startswith("benign."):
                err("%s pass with kind %s" % (mid, kind))
            if m.get("personal"):
                err("%s pass carries personal values" % mid)
        if not re.match(r"^[a-z]+\.[a-z0-9_]+$", kind) and kind != "attachment.encrypted_zip":
            err("%s kind not snake_case: %s" % (mid, kind))

        # addresses and domains
        sender_dom = None
        mo = ADDR_RE.match(m["from"])
        if not mo:
            err("%s bad from %r" % (mid, m["from"]))
        else:
            sender_dom = mo.group(2).lower()
            if sender_dom != ORG_DOMAIN[org]:
                err("%s sender domain %s not org %s" % (mid, sender_dom, org))
        outside = 0
        for fld in ("to", "cc", "bcc"):
            for a in m.get(fld, []):
                mo = ADDR_RE.match(a)
                if not mo:
                    err("%s bad %s address %r" % (mid, fld, a))
                    continue
                d = mo.group(2).lower()
                if not domain_ok(d):
                    err("%s bad domain %s" % (mid, d))
                if fld in ("to", "cc") and d != sender_dom:
                    outside += 1
        for t in all_text(m):
            for d in EMAIL_RE.findall(t) + URL_RE.findall(t):
                if not domain_ok(d):
                    err("%s bad domain in text: %s" % (mid, d))
            for mid_grp in PHONE_RE.findall(t):
                if mid_grp != "0000":
                    err("%s phone without 0000 exchange (%s)" % (mid, mid_grp))
        is_rcpt = kind.startswith("recipients.")
        if outside > 10 and not is_rcpt:
            err("%s has %d outside recipients but kind %s" % (mid, outside, kind))
        if is_rcpt and outside <= 10:
            err("%s recipients hold with only %d outside recipients" % (mid, outside))
        if is_rcpt and (m["expect"] != "hold" or loc != "recipients"):
            err("%s recipients kind not a hold at loc recipients" % mid)

        # encrypted zips
        has_enc = any(a.get("encrypted") for a in m.get("attachments", []))
        if has_enc != (kind == "attachment.encrypted_zip"):
            err("%s encrypted zip / kind mismatch" % mid)
        for a in m.get("attachments", []):
            if "filename" not in a or "contentType" not in a:
                err("%s attachment missing filename/contentType" % mid)
            if a.get("encrypted"):
                if a["contentType"] != "application/zip" or "text" in a:
                    err("%s encrypted attachment malformed" % mid)
            elif "text" not in a:
                err("%s attachment %s has no text" % (mid, a.get("filename")))

        # My Number check digits
        for t in all_text(m):
            for mo in NUM12_RE.finditer(t):
                labelled = bool(MYNUM_LABEL.search(t[max(0, mo.start() - 25):mo.start()]))
                if labelled or kind.startswith("id.mynumber"):
                    if not mynumber_ok(mo.group(1)):
                        err("%s invalid My Number check digit: %s" % (mid, mo.group(1)))
        # cards
        for p in m.get("personal", []):
            if p["type"] == "card" and not luhn_ok(p["value"]):
                err("%s card fails Luhn: %s" % (mid, p["value"]))
        if kind.startswith("id.card"):
            for t in all_text(m):
                for num in NUM16_RE.findall(t):
                    if not luhn_ok(num):
                        err("%s card-like number fails Luhn: %s" % (mid, num))

        # personal values occur, and sit where loc says
        subj, body = m["subject"], m["text"]
        atts = "\n".join(a.get("text", "") for a in m.get("attachments", []))
        qs = quote_start(body)
        for p in m.get("personal", []):
            v = p["value"]
            if not (v in subj or v in body or v in atts):
                err("%s personal value not found: %r" % (mid, v))
                continue
            if loc == "subject" and (v not in subj or v in body or v in atts):
                err("%s subject-only value leaks or missing: %r" % (mid, v))
            if loc in ("attachment", "zip") and (v in subj or v in body):
                err("%s attachment-only value in subject/body: %r" % (mid, v))
            if loc == "quoted":
                if v in subj or qs is None or body.find(v) < qs:
                    err("%s quoted value above the quote: %r" % (mid, v))
        if m["expect"] == "hold" and loc == "body":
            if not any(p["value"] in (body if qs is None else body[:qs]) for p in m.get("personal", [])):
                err("%s body hold without a personal value in the body" % mid)
        if m["expect"] == "hold" and loc == "zip":
            if not (has_enc or any("/" in a["filename"] and ".zip/" in a["filename"]
                                   for a in m.get("attachments", []))):
                err("%s zip hold without encrypted zip or zip member" % mid)

    for o in ORG_DOMAIN:
        for loc, n in LOC_QUOTA.items():
            if loc_count[(o, loc)] != n:
                err("org %s has %d holds at %s (want %d)" % (o, loc_count[(o, loc)], loc, n))
        if not 2 <= len(writers[o]) <= 3:
            err("org %s has %d writers" % (o, len(writers[o])))

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
