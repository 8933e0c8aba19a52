#!/usr/bin/env python3
"""Validate fresh.json and build/meta.json of the ck set. Prints OK or the errors."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mn_valid, luhn_valid, quote_start, FREE_MAIL  # noqa: E402

PREFIX = "ck"
N = 100
ORGS = "ABCDE"
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
REQUIRED = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
OPTIONAL = ["cc", "bcc", "attachments", "personal"]

ADDR_RE = re.compile(r"^([^<>\n]+) <([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")
EXAMPLE_RE = re.compile(r"^(?:[a-z0-9-]+\.)+example\.[a-z]{2,}(?:\.[a-z]{2,})?$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
BARE_DOMAIN = re.compile(
    r"(?<![A-Za-z0-9@._%+-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|jp|info|biz|io|edu|gov|kr|cn|tw|sg|au|uk|de|us))(?![A-Za-z0-9@-])",
    re.I)
MN_ANY = re.compile(r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])")
MN_LABEL = re.compile(r"(?:マイナンバー|個人番号)[^\d\n]{0,15}(\d{4}[ -]?\d{4}[ -]?\d{4})(?!\d)")
CARD_GROUPED = re.compile(r"(?<![\d])((?:\d{4}[ -]){3}\d{4})(?![\d])")
CARD_PLAIN = re.compile(r"(?<![\d-])(\d{15,16})(?![\d-])")

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def domain_ok(dom):
    dom = dom.lower().rstrip(".")
    return dom in FREE_MAIL or bool(EXAMPLE_RE.match(dom))


def all_addresses(m):
    return [m["from"]] + m.get("to", []) + m.get("cc", []) + m.get("bcc", [])


def texts_of(m):
    """(label, text) pairs: subject, body and every attachment text."""
    out = [("subject", m["subject"]), ("text", m["text"])]
    for a in m.get("attachments", []):
        if "text" in a:
            out.append(("att:" + a["filename"], a["text"]))
    return out


def check(data, meta):
    """Return the list of problems found in data (fresh.json) and meta (meta.json)."""
    del errors[:]

    # ---------------------------------------------------------- ids, counts
    if not isinstance(data, list) or len(data) != N:
        err("set", f"expected {N} mails, got {len(data)}")
    for i, m in enumerate(data, start=1):
        want = f"{PREFIX}{i:03d}"
        if m.get("id") != want:
            err(m.get("id"), f"id out of order, expected {want}")
    exp = Counter(m.get("expect") for m in data)
    if exp["hold"] != 50 or exp["pass"] != 50:
        err("set", f"hold/pass = {exp['hold']}/{exp['pass']}, expected 50/50")

    # runs
    run, prev = 0, None
    for m in data:
        run = run + 1 if m["expect"] == prev else 1
        prev = m["expect"]
        if run > 3:
            err(m["id"], "more than 3 mails in a row with the same expect")

    # ---------------------------------------------------------- meta
    if set(meta) != {m["id"] for m in data}:
        err("meta", "meta.json ids differ from fresh.json ids")
    per_org = defaultdict(Counter)
    loc_org = defaultdict(Counter)
    writers = defaultdict(set)
    sender_domains = defaultdict(set)
    for m in data:
        mm = meta.get(m["id"], {})
        org, writer, loc = mm.get("org"), mm.get("writer"), mm.get("loc")
        if org not in ORGS or not writer or not loc:
            err(m["id"], f"bad meta {mm}")
            continue
        per_org[org][m["expect"]] += 1
        writers[org].add(writer)
        if m["expect"] == "hold":
            if loc not in LOC_QUOTA:
                err(m["id"], f"hold with loc {loc}")
            loc_org[org][loc] += 1
        elif loc != "none":
            err(m["id"], f"pass with loc {loc}")
        am = ADDR_RE.match(m.get("from", ""))
        if am:
            sender_domains[org].add(am.group(2).split("@")[1].lower())
    for org in ORGS:
        if per_org[org]["hold"] != 10 or per_org[org]["pass"] != 10:
            err(org, f"hold/pass {per_org[org]['hold']}/{per_org[org]['pass']}, expected 10/10")
        if dict(loc_org[org]) != LOC_QUOTA:
            err(org, f"location quota {dict(loc_org[org])} != {LOC_QUOTA}")
        if not 2 <= len(writers[org]) <= 3:
            err(org, f"{len(writers[org])} writers, expected 2-3")
        if len(sender_domains[org]) != 1:
            err(org, f"sender domains {sender_domains[org]}")

    # ---------------------------------------------------------- per mail
    for m in data:
        mid = m.get("id")
        loc = meta.get(mid, {}).get("loc")
        keys = set(m)
        for k in REQUIRED:
            if k not in m:
                err(mid, f"missing key {k}")
        extra = keys - set(REQUIRED) - set(OPTIONAL)
        if extra:
            err(mid, f"unknown keys {extra}")
        for k in ("id", "kind", "why", "from", "subject", "text"):
            if not isinstance(m.get(k), str) or not m.get(k).strip():
                err(mid, f"{k} must be a non-empty string")
        if m.get("expect") not in ("hold", "pass"):
            err(mid, "expect must be hold or pass")
        kind = m.get("kind", "")
        if not re.fullmatch(r"[a-z0-9_]+\.[a-z0-9_]+", kind):
            err(mid, f"kind not snake_case category.detail: {kind}")
        if m["expect"] == "hold":
            if not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
                err(mid, f"hold kind {kind}")
        elif not kind.startswith("benign."):
            err(mid, f"pass kind {kind}")
        why = m.get("why", "")
        if "\n" in why or why.count("。") > 1:
            err(mid, "why must be one sentence")

        # addresses and domains
        for k in ("to", "cc", "bcc"):
            if k in m and (not isinstance(m[k], list) or (k == "to" and not m[k])):
                err(mid, f"{k} must be a (non-empty for to) list")
        for a in all_addresses(m):
            am = ADDR_RE.match(a)
            if not am:
                err(mid, f"malformed address {a!r}")
                continue
            if not domain_ok(am.group(2).split("@")[1]):
                err(mid, f"domain not allowed in header {a}")
        for label, txt in texts_of(m) + [("headers", "\n".join(all_addresses(m)))]:
            for dom in EMAIL_IN_TEXT.findall(txt):
                if not domain_ok(dom):
                    err(mid, f"mail domain not allowed in {label}: {dom}")
            for dom in URL_RE.findall(txt):
                if not domain_ok(dom):
                    err(mid, f"URL domain not allowed in {label}: {dom}")
            for dom in BARE_DOMAIN.findall(txt):
                if not domain_ok(dom):
                    err(mid, f"bare domain not allowed in {label}: {dom}")

        # visible outside recipients
        fm = ADDR_RE.match(m["from"])
        sdom = fm.group(2).split("@")[1].lower() if fm else ""
        outside = set()
        for a in m.get("to", []) + m.get("cc", []):
            am = ADDR_RE.match(a)
            if am and am.group(2).split("@")[1].lower() != sdom:
                outside.add(am.group(2).lower())
        is_rcpt = kind.startswith("recipients.")
        if is_rcpt and (m["expect"] != "hold" or loc != "recipients"):
            err(mid, "recipients.* must be a hold with loc recipients")
        if loc == "recipients" and not is_rcpt:
            err(mid, "loc recipients needs a recipients.* kind")
        if len(outside) > 10 and not is_rcpt:
            err(mid, f"{len(outside)} visible outside recipients on a non-recipients mail")
        if is_rcpt and len(outside) <= 10:
            err(mid, f"recipients hold with only {len(outside)} visible outside recipients")

        # attachments
        atts = m.get("attachments", [])
        if "attachments" in m and not atts:
            err(mid, "empty attachments list")
        enc = [a for a in atts if a.get("encrypted")]
        for a in atts:
            if not a.get("filename") or not a.get("contentType"):
                err(mid, "attachment without filename/contentType")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip" or "text" in a:
                    err(mid, "encrypted zip must be application/zip without text")
                if set(a) - {"filename", "contentType", "encrypted"}:
                    err(mid, "encrypted zip has extra keys")
            elif not isinstance(a.get("text"), str) or not a["text"].strip():
                err(mid, f"attachment {a.get('filename')} has no text")
            elif set(a) - {"filename", "contentType", "text"}:
                err(mid, f"attachment {a.get('filename')} has extra keys")
        if enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on a mail whose kind is not attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip" and (not enc or loc != "zip"):
            err(mid, "attachment.encrypted_zip needs an encrypted zip and loc zip")
        inner = [a for a in atts if ".zip/" in a.get("filename", "")]
        if loc == "zip" and not enc and not inner:
            err(mid, "zip hold without an encrypted zip or zip-inner file")

        # マイナンバー check digits
        for label, txt in texts_of(m):
            for num in MN_LABEL.findall(txt):
                if not mn_valid(num):
                    err(mid, f"labelled マイナンバー {num} in {label} has a bad check digit")
            if kind.startswith("id.mynumber"):
                for num in MN_ANY.findall(txt):
                    if not mn_valid(num):
                        err(mid, f"12-digit number {num} in id.mynumber mail ({label}) has a bad check digit")
        for a in atts:
            if "text" not in a or not (a["filename"].lower().endswith(".csv") or a["contentType"] == "text/csv"):
                continue
            rows = list(csv.reader(io.StringIO(a["text"])))
            if not rows:
                continue
            cols = [i for i, h in enumerate(rows[0]) if "マイナンバー" in h or "個人番号" in h]
            for r in rows[1:]:
                for i in cols:
                    if i < len(r) and r[i].strip() and not mn_valid(r[i].strip()):
                        err(mid, f"CSV マイナンバー {r[i]} in {a['filename']} has a bad check digit")

        # card numbers
        for label, txt in texts_of(m):
            cands = CARD_GROUPED.findall(txt) + CARD_PLAIN.findall(txt)
            for c in cands:
                if m["expect"] == "hold" and not luhn_valid(c):
                    err(mid, f"card number {c} in {label} fails Luhn")
                if m["expect"] == "pass" and "test_card" not in kind:
                    err(mid, f"unmasked card-like number {c} on a pass that is not a test-card mail")

        # personal
        pers = m.get("personal")
        if m["expect"] == "pass":
            if pers:
                err(mid, "pass with personal values")
            continue
        if loc not in ("zip", "recipients") and not pers:
            err(mid, "hold without personal values")
        if not pers:
            continue
        subj, body = m["subject"], m["text"]
        att_txt = "\n".join(a.get("text", "") for a in atts)
        inner_txt = "\n".join(a.get("text", "") for a in inner)
        qs = quote_start(body)
        for p in pers:
            if set(p) != {"type", "value"} or not p.get("type") or not p.get("value"):
                err(mid, f"bad personal entry {p}")
                continue
            v = p["value"]
            if v not in subj and v not in body and v not in att_txt:
                err(mid, f"personal value not found: {v!r}")
            if loc == "attachment":
                if v in subj or v in body:
                    err(mid, f"attachment-only hold has {v!r} in subject/body")
                if v not in att_txt:
                    err(mid, f"attachment-only hold: {v!r} not in an attachment")
            elif loc == "subject":
                if v not in subj:
                    err(mid, f"subject-only hold: {v!r} not in subject")
                if v in body or v in att_txt:
                    err(mid, f"subject-only hold has {v!r} in body/attachment")
            elif loc == "quoted":
                if qs is None:
                    err(mid, "quoted hold without a quoted/forwarded part")
                    break
                if v in subj or v in body[:qs]:
                    err(mid, f"quoted hold has {v!r} above the quoted part")
                if v not in body[qs:]:
                    err(mid, f"quoted hold: {v!r} not in the quoted part")
            elif loc == "body":
                top = body if qs is None else body[:qs]
                if v not in top:
                    err(mid, f"body hold: {v!r} not in the body")
            elif loc == "zip":
                if v not in inner_txt or v in subj or v in body:
                    err(mid, f"zip hold: {v!r} must be only inside the zip")

    return list(errors)


def main():
    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    problems = check(data, meta)
    if problems:
        for e in problems:
            print("ERROR", e)
        print(f"{len(problems)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
