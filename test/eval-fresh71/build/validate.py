#!/usr/bin/env python3
"""Validate ../fresh.json and ./meta.json of the bs (eval-fresh71) set. Prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mn_valid, luhn_valid  # noqa: E402

PREFIX = "bs"
N = 100
REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
OPTIONAL = {"cc", "bcc", "attachments", "personal"}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
ADDR_RE = re.compile(r"^[^<>\s][^<>]* <([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+)>$")
SYNTH_RE = re.compile(r"^([a-z0-9-]+\.)+example\.(jp|co\.jp|ne\.jp|or\.jp|lg\.jp|ac\.jp|ed\.jp|go\.jp|com|org|net)$")
FREEMAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}
MN_RE = re.compile(r"(?<!\d)(?<!\d[- ])(\d{4})([- ]?)(\d{4})\2(\d{4})(?![- ]?\d)")
CARD_RE = re.compile(r"(?<!\d)(\d{4})([- ])(\d{4})\2(\d{4})\2(\d{4})(?![- ]?\d)")


def main():
    errs = []
    err = errs.append
    root = os.path.join(HERE, "..")
    with open(os.path.join(root, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != N:
        err(f"expected a list of {N} mails, got {len(mails) if isinstance(mails, list) else type(mails)}")
    ids = [m.get("id") for m in mails]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        err("ids are not bs001..bs100 in order")

    exp = Counter(m.get("expect") for m in mails)
    if exp.get("hold") != 50 or exp.get("pass") != 50:
        err(f"expect counts {dict(exp)} (want 50/50)")
    run, prev = 0, None
    for m in mails:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(f"{m.get('id')}: more than 3 equal expect in a row")

    for m in mails:
        mid = m.get("id")
        keys = set(m)
        if REQUIRED - keys:
            err(f"{mid}: missing {sorted(REQUIRED - keys)}")
        if keys - REQUIRED - OPTIONAL:
            err(f"{mid}: unexpected fields {sorted(keys - REQUIRED - OPTIONAL)}")
        expect, kind = m.get("expect"), m.get("kind", "")
        if expect not in ("hold", "pass"):
            err(f"{mid}: bad expect {expect!r}")
        if expect == "pass" and not kind.startswith("benign."):
            err(f"{mid}: pass with kind {kind}")
        if expect == "hold" and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(f"{mid}: hold with kind {kind}")
        for k in ("why", "subject", "text", "kind"):
            if not isinstance(m.get(k), str) or not m.get(k).strip():
                err(f"{mid}: empty {k}")
        if not isinstance(m.get("to"), list) or not m.get("to"):
            err(f"{mid}: 'to' must be a non-empty list")

        # addresses
        def dom_of(a, field):
            mm = ADDR_RE.match(a) if isinstance(a, str) else None
            if not mm:
                err(f"{mid}: {field} address not 'Name <local@domain>': {a!r}")
                return None
            d = mm.group(2).lower()
            if not (SYNTH_RE.match(d) or d in FREEMAIL):
                err(f"{mid}: {field} non-synthetic domain {d}")
            return d

        sdom = dom_of(m.get("from", ""), "from")
        for field in ("to", "cc", "bcc"):
            if field in m and not isinstance(m[field], list):
                err(f"{mid}: {field} must be a list")
        visible = list(m.get("to", [])) + list(m.get("cc", []))
        outside = set()
        for field in ("to", "cc", "bcc"):
            for a in m.get(field, []) or []:
                d = dom_of(a, field)
                if field != "bcc" and d and d != sdom:
                    outside.add(a.lower())
        if kind.startswith("recipients."):
            if expect != "hold" or len(outside) <= 10:
                err(f"{mid}: recipients.* hold needs >10 visible outside recipients (has {len(outside)})")
        elif len(outside) > 10:
            err(f"{mid}: {len(outside)} visible outside recipients but kind {kind}")

        # attachments
        atts = m.get("attachments", [])
        if "attachments" in m and (not isinstance(atts, list) or not atts):
            err(f"{mid}: attachments must be a non-empty list")
            atts = []
        has_enc = False
        texts = [m.get("subject", ""), m.get("text", "")]
        for a in atts:
            ak = set(a)
            if a.get("encrypted"):
                has_enc = True
                if ak != {"filename", "contentType", "encrypted"} or a.get("contentType") != "application/zip" \
                        or a.get("encrypted") is not True:
                    err(f"{mid}: encrypted zip must be {{filename, contentType: application/zip, encrypted: true}}")
            else:
                if ak - {"filename", "contentType", "text"} or not {"filename", "contentType", "text"} <= ak:
                    err(f"{mid}: attachment fields {sorted(ak)}")
                if not str(a.get("text", "")).strip():
                    err(f"{mid}: attachment {a.get('filename')} has no text")
                texts.append(a.get("text", ""))
        if has_enc != (kind == "attachment.encrypted_zip"):
            err(f"{mid}: encrypted zip present={has_enc} but kind {kind}")

        # numbers
        blob = "\n".join(texts)
        if expect == "hold":
            for mm in MN_RE.finditer(blob):
                num = mm.group(1) + mm.group(3) + mm.group(4)
                if not mn_valid(num):
                    err(f"{mid}: 12-digit number {mm.group(0)} fails the マイナンバー check digit")
        for mm in CARD_RE.finditer(blob):
            if not luhn_valid(mm.group(0)):
                err(f"{mid}: card-like number {mm.group(0)} is not Luhn-valid")

        # personal
        pers = m.get("personal")
        needs = expect == "hold" and not (kind.startswith("recipients.") or kind == "attachment.encrypted_zip")
        if expect == "pass" and pers:
            err(f"{mid}: pass carries personal items")
        if needs and not pers:
            err(f"{mid}: hold {kind} needs personal items")
        if pers is not None:
            if not isinstance(pers, list):
                err(f"{mid}: personal must be a list")
                pers = []
            for p in pers:
                if set(p) != {"type", "value"} or not p.get("type") or not p.get("value"):
                    err(f"{mid}: bad personal item {p}")
                elif p["value"] not in blob:
                    err(f"{mid}: personal value not found verbatim: {p['value']!r}")

        # meta
        md = meta.get(mid)
        if not md or not md.get("org") or not md.get("writer") or md.get("loc") not in LOCS:
            err(f"{mid}: meta entry missing or incomplete: {md}")

    if set(meta) != set(want):
        err("meta.json ids differ from fresh.json ids")
    per_org = Counter((meta[m["id"]]["org"], m["expect"]) for m in mails if m.get("id") in meta)
    for org in sorted({v["org"] for v in meta.values()}):
        if per_org[(org, "hold")] != 10 or per_org[(org, "pass")] != 10:
            err(f"org {org}: {per_org[(org, 'hold')]} hold / {per_org[(org, 'pass')]} pass (want 10/10)")
    if len({v["org"] for v in meta.values()}) != 5:
        err("expected 5 organisations in meta.json")

    if errs:
        for e in errs:
            print("ERROR:", e)
        print(f"{len(errs)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
