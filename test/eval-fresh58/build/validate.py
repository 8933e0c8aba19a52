# -*- coding: utf-8 -*-
"""Validator for eval-fresh58 (prefix bf). Prints OK when every check passes."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREFIX = "bf"

errors = []


def err(msg):
    errors.append(msg)


ADDR = re.compile(r"^(?P<name>[^<>]+?)\s*<(?P<local>[^<>@\s]+)@(?P<domain>[^<>@\s]+)>$")
CARD = re.compile(r"(?<![\d*])(\d{4})([ -]?)(\d{4})\2(\d{4})\2(\d{4})(?!\d)")
QUOTE_MARKERS = [re.compile(p, re.M) for p in (
    r"^-+\s*Original Message\s*-+", r"^-+\s*Forwarded message\s*-+", r"^-+\s*転送", r"^>",
)]
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.encrypted_zip")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}


def domain_of(addr):
    m = ADDR.match(addr.strip())
    return m.group("domain").lower() if m else None


def mynumber_ok(digits):
    if not re.fullmatch(r"\d{12}", digits):
        return False
    d = [int(c) for c in digits]
    total = 0
    for n in range(1, 12):
        p = d[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    return check == d[11]


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def quote_start(text):
    idx = [m.start() for pat in QUOTE_MARKERS for m in [pat.search(text)] if m]
    return min(idx) if idx else None


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != 100:
        err("expected 100 mails, got %s" % (len(mails) if isinstance(mails, list) else type(mails)))
    ids = [m.get("id") for m in mails]
    want = ["%s%03d" % (PREFIX, i) for i in range(1, 101)]
    if ids != want:
        err("ids not in order %s001..%s100" % (PREFIX, PREFIX))
    exp = Counter(m.get("expect") for m in mails)
    if exp != Counter({"hold": 50, "pass": 50}):
        err("expect counts %s" % dict(exp))

    # runs
    run, prev = 0, None
    for m in mails:
        e = m.get("expect")
        run = run + 1 if e == prev else 1
        prev = e
        if run > 3:
            err("%s: run of %d equal expect" % (m.get("id"), run))

    if set(meta) != set(want):
        err("meta.json ids do not match")

    org_counts = Counter()
    for m in mails:
        mid = m.get("id")
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if k not in m or m[k] in (None, "", []):
                err("%s: missing field %s" % (mid, k))
        allowed = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"}
        extra = set(m) - allowed
        if extra:
            err("%s: unexpected fields %s" % (mid, extra))
        if not isinstance(m.get("to"), list):
            err("%s: to must be a list" % mid)
        for fld in ("cc", "bcc"):
            if fld in m and not isinstance(m[fld], list):
                err("%s: %s must be a list" % (mid, fld))
        addrs = [m.get("from", "")] + m.get("to", []) + m.get("cc", []) + m.get("bcc", [])
        for a in addrs:
            if not ADDR.match(a.strip()):
                err("%s: bad address %r" % (mid, a))

        e, kind = m.get("expect"), m.get("kind", "")
        if e == "pass" and not kind.startswith("benign."):
            err("%s: pass with kind %s" % (mid, kind))
        if e == "hold" and not kind.startswith(HOLD_PREFIXES):
            err("%s: hold with kind %s" % (mid, kind))
        if kind == "attachment.encrypted_zip" and e != "hold":
            err("%s: zip kind must be hold" % mid)

        # meta
        mm = meta.get(mid, {})
        for k in ("org", "writer", "loc"):
            if k not in mm:
                err("%s: meta lacks %s" % (mid, k))
        loc = mm.get("loc")
        if e == "pass" and loc is not None:
            err("%s: pass must have loc null" % mid)
        if e == "hold" and loc not in LOCS:
            err("%s: bad loc %r" % (mid, loc))
        if (loc == "recipients") != kind.startswith("recipients."):
            err("%s: loc recipients <-> kind recipients.* mismatch" % mid)
        if (loc == "zip") != (kind == "attachment.encrypted_zip"):
            err("%s: loc zip <-> kind attachment.encrypted_zip mismatch" % mid)
        org_counts[(mm.get("org"), e)] += 1

        # attachments
        atts = m.get("attachments", [])
        enc = [a for a in atts if a.get("encrypted")]
        for a in atts:
            if "filename" not in a or "contentType" not in a:
                err("%s: attachment lacks filename/contentType" % mid)
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip":
                    err("%s: encrypted attachment not application/zip" % mid)
                if "text" in a:
                    err("%s: encrypted zip must have no text" % mid)
            elif not a.get("text"):
                err("%s: attachment %s lacks text" % (mid, a.get("filename")))
        if bool(enc) != (kind == "attachment.encrypted_zip"):
            err("%s: encrypted zip present=%s but kind=%s" % (mid, bool(enc), kind))

        subject = m.get("subject", "")
        body = m.get("text", "")
        att_text = "\n".join(a.get("text", "") for a in atts)
        everything = "\n".join([subject, body, att_text])

        # personal
        needs_personal = e == "hold" and not kind.startswith("recipients.") and kind != "attachment.encrypted_zip"
        pers = m.get("personal")
        if needs_personal and not pers:
            err("%s: hold without personal" % mid)
        if e == "pass" and pers:
            err("%s: pass should not list personal items" % mid)
        if not needs_personal and e == "hold" and pers:
            err("%s: %s should not list personal" % (mid, kind))
        qs = quote_start(body)
        for p in pers or []:
            t, v = p.get("type"), p.get("value")
            if not t or not v:
                err("%s: personal item lacks type/value" % mid)
                continue
            if v not in everything:
                err("%s: personal value not found: %r" % (mid, v))
                continue
            if t == "mynumber":
                digits = re.sub(r"\D", "", v)
                if not mynumber_ok(digits):
                    err("%s: mynumber %r has a bad check digit" % (mid, v))
            if t == "card":
                digits = re.sub(r"\D", "", v)
                if len(digits) != 16 or not luhn_ok(digits):
                    err("%s: card %r not Luhn-valid" % (mid, v))
            # location sanity
            if loc == "subject":
                if v not in subject:
                    err("%s: subject-loc value not in subject: %r" % (mid, v))
                if v in body or v in att_text:
                    err("%s: subject-loc value also outside subject: %r" % (mid, v))
            elif loc == "attachment":
                if v not in att_text:
                    err("%s: attachment-loc value not in attachment: %r" % (mid, v))
                if v in body or v in subject:
                    err("%s: attachment-loc value also in body/subject: %r" % (mid, v))
            elif loc == "quoted":
                if qs is None:
                    err("%s: quoted loc but no quote marker" % mid)
                else:
                    pos = body.find(v)
                    if pos == -1 or pos < qs:
                        err("%s: quoted-loc value not (only) in quoted part: %r" % (mid, v))
                    if v in subject:
                        err("%s: quoted-loc value in subject: %r" % (mid, v))
            elif loc == "body":
                if v not in body:
                    err("%s: body-loc value not in body: %r" % (mid, v))

        # card-like numbers anywhere
        for mt in CARD.finditer(everything):
            digits = "".join(mt.group(i) for i in (1, 3, 4, 5))
            if not luhn_ok(digits):
                err("%s: card-like number %s is not Luhn-valid" % (mid, mt.group(0)))

        # visible outside recipients
        sdom = domain_of(m.get("from", ""))
        visible = m.get("to", []) + m.get("cc", [])
        outside = {a.strip().lower() for a in visible if domain_of(a) and domain_of(a) != sdom}
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err("%s: recipients hold with only %d outside visible" % (mid, len(outside)))
        elif len(outside) > 10:
            err("%s: %d visible outside recipients but kind %s" % (mid, len(outside), kind))

    for org in "ABCDE":
        if org_counts[(org, "hold")] != 10 or org_counts[(org, "pass")] != 10:
            err("org %s: %d hold / %d pass" % (org, org_counts[(org, "hold")], org_counts[(org, "pass")]))

    if errors:
        for x in errors:
            print("ERROR:", x)
        print("%d error(s)" % len(errors))
        sys.exit(1)

    kinds = Counter(m["kind"] for m in mails)
    locs = Counter(meta[m["id"]]["loc"] for m in mails if m["expect"] == "hold")
    english = sum(1 for m in mails if not re.search(r"[\u3040-\u30ff]", m["subject"] + m["text"][:400]))
    print("kinds:", dict(sorted(kinds.items())))
    print("hold locations:", dict(sorted(locs.items())))
    print("mails written mainly in English:", english)
    print("OK")


if __name__ == "__main__":
    main()
