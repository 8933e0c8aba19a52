# -*- coding: utf-8 -*-
"""Validate eval-fresh59/fresh.json and build/meta.json against the brief. Prints OK or errors."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "bg"
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
ALLOWED_KEYS = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
                "attachments", "personal"}
ADDR_RE = re.compile(r"^[^<>]+ <([A-Za-z0-9._%+\-]+)@([A-Za-z0-9.\-]+\.[A-Za-z]{2,})>$")
CARD_RE = re.compile(r"(?<!\d)(\d{4})([ \-]?)(\d{4})\2(\d{4})\2(\d{4})(?!\d)")

errors = []


def err(msg):
    errors.append(msg)


def domain(addr):
    m = ADDR_RE.match(addr)
    return m.group(2).lower() if m else None


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mynumber_ok(s):
    d = re.sub(r"[\s\-]", "", s)
    if not re.fullmatch(r"\d{12}", d):
        return False
    body = d[:11]
    total = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    return check == int(d[11])


def texts_of(m):
    out = [m.get("subject", ""), m.get("text", "")]
    for a in m.get("attachments", []) or []:
        if "text" in a:
            out.append(a["text"])
    return out


def main():
    with open(os.path.join(OUT, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != 100:
        err(f"expected 100 mails, got {len(mails) if isinstance(mails, list) else type(mails)}")
    ids = [m.get("id") for m in mails]
    want = [f"{PREFIX}{i:03d}" for i in range(1, 101)]
    if ids != want:
        err("ids not bg001..bg100 in order")
    c = Counter(m.get("expect") for m in mails)
    if c.get("hold") != 50 or c.get("pass") != 50:
        err(f"expect counts wrong: {dict(c)}")

    # runs
    run, prev = 0, None
    for m in mails:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(f"{m.get('id')}: run of more than 3 equal expect")

    # meta
    if sorted(meta) != sorted(want):
        err("meta.json ids do not match")
    per_org = Counter()
    for m in mails:
        mid = m.get("id")
        mm = meta.get(mid)
        if not mm:
            continue
        for k in ("org", "writer", "loc"):
            if k not in mm:
                err(f"{mid}: meta missing {k}")
        per_org[(mm.get("org"), m.get("expect"))] += 1
        if m.get("expect") == "pass" and mm.get("loc") is not None:
            err(f"{mid}: pass must have loc null")
        if m.get("expect") == "hold":
            if mm.get("loc") not in LOCS:
                err(f"{mid}: bad loc {mm.get('loc')}")
            if (mm.get("loc") == "zip") != (m.get("kind") == "attachment.encrypted_zip"):
                err(f"{mid}: loc zip <-> kind attachment.encrypted_zip mismatch")
            if (mm.get("loc") == "recipients") != str(m.get("kind", "")).startswith("recipients."):
                err(f"{mid}: loc recipients <-> kind recipients.* mismatch")
    orgs = {k[0] for k in per_org}
    if len(orgs) != 5:
        err(f"expected 5 organisations, got {len(orgs)}")
    for o in orgs:
        if per_org[(o, "hold")] != 10 or per_org[(o, "pass")] != 10:
            err(f"org {o}: not 10 hold / 10 pass")
    writers = Counter((mm["org"], mm["writer"]) for mm in meta.values())
    for o in orgs:
        n = len([w for (oo, w) in writers if oo == o])
        if not 2 <= n <= 3:
            err(f"org {o}: {n} writers (want 2-3)")

    for m in mails:
        mid = m.get("id", "?")
        extra = set(m) - ALLOWED_KEYS
        if extra:
            err(f"{mid}: unknown keys {extra}")
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if k not in m or m[k] in (None, "", []):
                err(f"{mid}: missing field {k}")
        exp, kind = m.get("expect"), m.get("kind", "")
        if exp not in ("hold", "pass"):
            err(f"{mid}: bad expect {exp}")
        if exp == "pass" and not kind.startswith("benign."):
            err(f"{mid}: pass with non-benign kind {kind}")
        if exp == "hold" and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(f"{mid}: hold with bad kind {kind}")

        # addresses
        sender_dom = domain(m.get("from", ""))
        if not sender_dom:
            err(f"{mid}: bad from address {m.get('from')}")
        for fld in ("to", "cc", "bcc"):
            v = m.get(fld)
            if v is None:
                continue
            if not isinstance(v, list):
                err(f"{mid}: {fld} not a list")
                continue
            for a in v:
                if not domain(a):
                    err(f"{mid}: bad address in {fld}: {a}")
                elif not domain(a).split(".")[-2:] or "example" not in domain(a) and domain(a) not in (
                        "gmail.com", "yahoo.co.jp", "icloud.com", "yahoo.com"):
                    err(f"{mid}: non-example domain {a}")
        visible = (m.get("to") or []) + (m.get("cc") or [])
        outside = [a for a in visible if domain(a) and domain(a) != sender_dom]
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err(f"{mid}: recipients.* hold with only {len(outside)} outside visible")
        elif len(outside) > 10:
            err(f"{mid}: {len(outside)} outside visible recipients on non-recipients mail")

        # attachments
        enc = False
        for a in m.get("attachments", []) or []:
            if "filename" not in a or "contentType" not in a:
                err(f"{mid}: attachment missing filename/contentType")
            if a.get("encrypted"):
                enc = True
                if a.get("contentType") != "application/zip":
                    err(f"{mid}: encrypted attachment not application/zip")
                if "text" in a:
                    err(f"{mid}: encrypted zip must not carry text")
            elif not a.get("text"):
                err(f"{mid}: unencrypted attachment without text")
        if enc != (kind == "attachment.encrypted_zip"):
            err(f"{mid}: encrypted zip presence does not match kind")

        # personal
        needs_personal = exp == "hold" and not (kind.startswith("recipients.") or kind == "attachment.encrypted_zip")
        pers = m.get("personal")
        if needs_personal and not pers:
            err(f"{mid}: hold without personal")
        if exp == "pass" and pers:
            err(f"{mid}: pass with personal")
        hay = texts_of(m)
        for p in pers or []:
            if set(p) != {"type", "value"}:
                err(f"{mid}: personal item keys {set(p)}")
                continue
            if not any(p["value"] in h for h in hay):
                err(f"{mid}: personal value not found: {p['value']!r}")
            if p["type"] == "mynumber" and not mynumber_ok(p["value"]):
                err(f"{mid}: invalid My Number check digit {p['value']}")

        # card-like numbers anywhere
        for h in hay + visible + [m.get("from", "")]:
            for cm in CARD_RE.finditer(h):
                digits = "".join(cm.group(i) for i in (1, 3, 4, 5))
                if not luhn_ok(digits):
                    err(f"{mid}: card-like number not Luhn-valid: {cm.group(0)}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
