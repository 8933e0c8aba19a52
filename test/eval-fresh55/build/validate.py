"""Validate eval-fresh55/fresh.json and build/meta.json. Prints OK or the list of problems."""
import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from numtools import mynumber_ok, luhn_ok  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "bc"
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
ADDR = re.compile(r"^[^<>]+ <([^<>@\s]+)@([^<>@\s]+)>$")
CARD = re.compile(r"(?<!\d)\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?!\d)")
QUOTE_MARK = re.compile(r"^(>|-{3,}.*(Forward|転送|Original)|-----Original Message-----|---------- Forwarded|-------- Forwarded)",
                        re.M)

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def domain(addr):
    m = ADDR.match(addr)
    return m.group(2).lower() if m else None


def main():
    with open(os.path.join(HERE, "..", "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != 100:
        errors.append(f"expected 100 mails, got {len(mails)}")
    exp = Counter(m.get("expect") for m in mails)
    if exp["hold"] != 50 or exp["pass"] != 50:
        errors.append(f"expect counts {dict(exp)} (need 50/50)")

    # ids in order
    for i, m in enumerate(mails, 1):
        want = f"{PREFIX}{i:03d}"
        if m.get("id") != want:
            err(m.get("id"), f"id out of order, expected {want}")

    # runs
    run, prev = 0, None
    for m in mails:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(m["id"], "run of more than 3 equal expect")

    per_org = Counter()
    per_org_hold = Counter()
    writers = {}
    for m in mails:
        mid = m.get("id")
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if k not in m or m[k] in (None, "", []):
                err(mid, f"missing field {k}")
        expect, kind = m.get("expect"), m.get("kind", "")
        if expect == "pass" and not kind.startswith("benign."):
            err(mid, f"pass with kind {kind}")
        if expect == "hold" and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(mid, f"hold with kind {kind}")
        if expect not in ("hold", "pass"):
            err(mid, f"bad expect {expect}")

        # addresses
        sender_dom = domain(m.get("from", ""))
        if sender_dom is None:
            err(mid, f"bad from {m.get('from')}")
        for fld in ("to", "cc", "bcc"):
            if fld in m:
                if not isinstance(m[fld], list):
                    err(mid, f"{fld} not a list")
                    continue
                for a in m[fld]:
                    if domain(a) is None:
                        err(mid, f"bad address in {fld}: {a}")
                    elif not (a.split("@")[1].rstrip(">").endswith(("example.jp", "example.com", "example.co.jp",
                                                                      "example.or.jp", "example.lg.jp", "gmail.com"))):
                        err(mid, f"non-example domain in {fld}: {a}")
        visible = set(m.get("to", [])) | set(m.get("cc", []))
        outside = {a.lower() for a in visible if domain(a) and domain(a) != sender_dom}
        is_rcpt = kind.startswith("recipients.")
        if len(outside) > 10 and not is_rcpt:
            err(mid, f"{len(outside)} visible outside recipients on a non-recipients mail")
        if is_rcpt and len(outside) <= 10:
            err(mid, f"recipients hold with only {len(outside)} outside recipients")
        if is_rcpt and expect != "hold":
            err(mid, "recipients kind must be hold")

        # attachments
        atts = m.get("attachments", [])
        enc = [a for a in atts if a.get("encrypted")]
        for a in atts:
            if not a.get("filename") or not a.get("contentType"):
                err(mid, "attachment missing filename/contentType")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip":
                    err(mid, "encrypted attachment not a zip")
                if "text" in a:
                    err(mid, "encrypted zip carries text")
            elif not a.get("text"):
                err(mid, f"attachment {a.get('filename')} has no text")
        if kind == "attachment.encrypted_zip":
            if not enc:
                err(mid, "encrypted_zip kind without encrypted zip")
            if expect != "hold":
                err(mid, "encrypted_zip must be hold")
        elif enc:
            err(mid, "encrypted zip on a mail that is not attachment.encrypted_zip")

        # personal
        subject, text = m.get("subject", ""), m.get("text", "")
        att_text = "\n".join(a.get("text", "") for a in atts)
        everything = "\n".join([subject, text, att_text])
        needs_personal = expect == "hold" and not is_rcpt and kind != "attachment.encrypted_zip"
        pers = m.get("personal", [])
        if needs_personal and not pers:
            err(mid, "hold without personal items")
        if expect == "pass" and pers:
            err(mid, "pass with personal items")
        for p in pers:
            if not p.get("type") or not p.get("value"):
                err(mid, f"bad personal item {p}")
                continue
            if p["value"] not in everything:
                err(mid, f"personal value not found: {p['value']}")
            if p["type"] == "mynumber" and not mynumber_ok(p["value"]):
                err(mid, f"invalid mynumber check digit: {p['value']}")

        # card-like numbers anywhere
        for src in (subject, text, att_text):
            for cm in CARD.finditer(src):
                if not luhn_ok(cm.group(0)):
                    err(mid, f"card-like number fails Luhn: {cm.group(0)}")

        # meta
        mt = meta.get(mid)
        if not mt:
            err(mid, "missing meta")
            continue
        for k in ("org", "writer", "loc"):
            if k not in mt:
                err(mid, f"meta missing {k}")
        per_org[mt.get("org")] += 1
        if expect == "hold":
            per_org_hold[mt.get("org")] += 1
        writers.setdefault(mt.get("org"), set()).add(mt.get("writer"))
        loc = mt.get("loc")
        if expect == "pass" and loc is not None:
            err(mid, "pass with non-null loc")
        if expect == "hold":
            if loc not in LOCS:
                err(mid, f"bad loc {loc}")
            if (loc == "zip") != (kind == "attachment.encrypted_zip"):
                err(mid, "loc zip <-> encrypted_zip mismatch")
            if (loc == "recipients") != is_rcpt:
                err(mid, "loc recipients <-> recipients kind mismatch")
            vals = [p["value"] for p in pers]
            if loc == "subject":
                for v in vals:
                    if v not in subject or v in text or v in att_text:
                        err(mid, f"subject-only risk leaks or is missing: {v}")
            if loc == "attachment":
                for v in vals:
                    if v in subject or v in text:
                        err(mid, f"attachment-only risk also in subject/body: {v}")
                    if v not in att_text:
                        err(mid, f"attachment risk not in attachment: {v}")
            if loc == "quoted":
                qm = QUOTE_MARK.search(text)
                if not qm:
                    err(mid, "quoted loc but no quote/forward marker")
                else:
                    head = subject + "\n" + text[:qm.start()]
                    for v in vals:
                        if v in head:
                            err(mid, f"quoted-only risk appears above the quote: {v}")
                        if v not in text[qm.start():]:
                            err(mid, f"quoted risk not in quoted part: {v}")
            if loc == "body":
                for v in vals:
                    if v not in text:
                        err(mid, f"body risk not in body: {v}")

    if set(meta) != {m.get("id") for m in mails}:
        errors.append("meta ids differ from fresh.json ids")
    for org, n in per_org.items():
        if n != 20 or per_org_hold[org] != 10:
            errors.append(f"org {org}: {n} mails, {per_org_hold[org]} holds (need 20/10)")
        if not 2 <= len(writers[org]) <= 3:
            errors.append(f"org {org}: {len(writers[org])} writers")
    if len(per_org) != 5:
        errors.append(f"{len(per_org)} organisations (need 5)")

    if errors:
        print("\n".join(errors))
        print(f"FAILED ({len(errors)} problems)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
