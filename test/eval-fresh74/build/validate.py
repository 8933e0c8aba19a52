#!/usr/bin/env python3
"""Checks ../fresh.json and meta.json against the brief; prints OK or the problems."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "bv"
N = 100

REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
OPTIONAL = {"cc", "bcc", "attachments", "personal"}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
FREEMAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
ADDR = re.compile(r"^(?P<name>[^<>]+?) <(?P<local>[^<>@\s]+)@(?P<domain>[A-Za-z0-9.-]+)>$")
CARD = re.compile(r"(?<!\d)\d{4}([- ])\d{4}\1\d{4}\1\d{4}(?!\d)")
TWELVE = re.compile(r"(?<!\d[- ])(?<!\d)(\d{4})([- ]?)(\d{4})\2(\d{4})(?![- ]?\d)")

errors = []


def err(mid, msg):
    errors.append("%s: %s" % (mid, msg))


def synthetic(domain):
    d = domain.lower()
    if d in FREEMAIL:
        return True
    labels = d.split(".")
    return "example" in labels[:-1] or (labels[-1] == "example")


def domain_of(a):
    m = ADDR.match(a)
    return m.group("domain").lower() if m else None


def mynumber_ok(d12):
    if not re.fullmatch(r"\d{12}", d12):
        return False
    p = [int(c) for c in d12[:11]][::-1]
    s = sum(x * ((n + 1) if n <= 6 else (n - 5)) for n, x in enumerate(p, 1))
    r = s % 11
    return int(d12[11]) == (0 if r <= 1 else 11 - r)


def luhn_ok(s):
    digits = [int(c) for c in s if c.isdigit()][::-1]
    tot = 0
    for i, x in enumerate(digits):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def texts(m):
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

    if not isinstance(mails, list) or len(mails) != N:
        err("-", "expected %d mails, got %s" % (N, len(mails) if isinstance(mails, list) else type(mails)))
    ids = [m.get("id") for m in mails]
    want = ["%s%03d" % (PREFIX, i) for i in range(1, N + 1)]
    if ids != want:
        err("-", "ids are not %s001..%s%03d in order" % (PREFIX, PREFIX, N))
    holds = sum(1 for m in mails if m.get("expect") == "hold")
    passes = sum(1 for m in mails if m.get("expect") == "pass")
    if holds != N // 2 or passes != N // 2:
        err("-", "hold/pass = %d/%d, want 50/50" % (holds, passes))
    run, prev = 0, None
    for m in mails:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(m.get("id"), "more than 3 equal expect in a row")

    for m in mails:
        mid = m.get("id", "?")
        keys = set(m)
        if REQUIRED - keys:
            err(mid, "missing fields %s" % sorted(REQUIRED - keys))
        if keys - REQUIRED - OPTIONAL:
            err(mid, "unknown fields %s" % sorted(keys - REQUIRED - OPTIONAL))
        for k in ("id", "kind", "why", "from", "subject", "text"):
            if k in m and (not isinstance(m[k], str) or not m[k].strip()):
                err(mid, "field %s empty or not a string" % k)
        exp, kind = m.get("expect"), m.get("kind", "")
        if exp not in ("hold", "pass"):
            err(mid, "expect must be hold or pass")
        if exp == "pass" and not kind.startswith("benign."):
            err(mid, "pass with non-benign kind %s" % kind)
        if exp == "hold" and not (kind == "attachment.encrypted_zip" or
                                  (kind.startswith(HOLD_PREFIXES) and len(kind.split(".", 1)[1]) > 0)):
            err(mid, "hold with bad kind %s" % kind)
        if kind.startswith("attachment.") and kind != "attachment.encrypted_zip":
            err(mid, "attachment.* kind must be exactly attachment.encrypted_zip")

        # addresses
        if not isinstance(m.get("to"), list) or not m.get("to"):
            err(mid, "to must be a non-empty list")
        addrs = [("from", m.get("from", ""))]
        for fld in ("to", "cc", "bcc"):
            v = m.get(fld, [])
            if fld in m and not isinstance(v, list):
                err(mid, "%s must be a list" % fld)
                continue
            addrs += [(fld, a) for a in v]
        for fld, a in addrs:
            mm = ADDR.match(a) if isinstance(a, str) else None
            if not mm:
                err(mid, "bad address in %s: %r" % (fld, a))
            elif not synthetic(mm.group("domain")):
                err(mid, "non-synthetic domain in %s: %s" % (fld, a))
        sdom = domain_of(m.get("from", ""))
        visible = {a.lower() for a in
                   [ADDR.match(x).group("local") + "@" + ADDR.match(x).group("domain")
                    for x in (m.get("to", []) or []) + (m.get("cc", []) or []) if ADDR.match(x)]}
        outside = {a for a in visible if a.split("@")[1] != sdom}
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err(mid, "recipients hold with only %d visible outside recipients" % len(outside))
        elif len(outside) > 10:
            err(mid, "%d visible outside recipients on a non-recipients mail" % len(outside))

        # attachments
        atts = m.get("attachments", []) or []
        enc = False
        for a in atts:
            ak = set(a)
            if a.get("encrypted"):
                enc = True
                if ak != {"filename", "contentType", "encrypted"} or a.get("contentType") != "application/zip":
                    err(mid, "encrypted zip must be {filename, contentType: application/zip, encrypted: true}")
            else:
                if ak != {"filename", "contentType", "text"}:
                    err(mid, "attachment fields must be filename, contentType, text: %s" % sorted(ak))
                if not a.get("text", "").strip():
                    err(mid, "attachment %s has empty text" % a.get("filename"))
        if enc != (kind == "attachment.encrypted_zip"):
            err(mid, "encrypted zip present=%s but kind=%s" % (enc, kind))

        # numbers
        blob = texts(m)
        personal = m.get("personal", []) or []
        other_typed = {re.sub(r"\D", "", p.get("value", "")) for p in personal
                       if p.get("type") != "mynumber"}
        for t in blob:
            for c in CARD.finditer(t):
                if not luhn_ok(c.group(0)):
                    err(mid, "card-like number not Luhn-valid: %s" % c.group(0))
            if exp == "hold":
                for tw in TWELVE.finditer(t):
                    d = tw.group(1) + tw.group(3) + tw.group(4)
                    if d in other_typed:
                        continue
                    if not mynumber_ok(d):
                        err(mid, "12-digit number without valid マイナンバー check digit: %s" % tw.group(0))
        for p in personal:
            if p.get("type") == "mynumber" and not mynumber_ok(re.sub(r"\D", "", p.get("value", ""))):
                err(mid, "personal mynumber with bad check digit: %s" % p.get("value"))

        # personal
        if exp == "pass" and "personal" in m:
            err(mid, "pass mails must not have personal")
        needs = exp == "hold" and not kind.startswith("recipients.") and kind != "attachment.encrypted_zip"
        if needs and not personal:
            err(mid, "hold without personal items")
        if "personal" in m and not isinstance(m["personal"], list):
            err(mid, "personal must be a list")
        for p in personal:
            if set(p) != {"type", "value"} or not p.get("value"):
                err(mid, "personal item must be {type, value}: %r" % p)
                continue
            if not any(p["value"] in t for t in blob):
                err(mid, "personal value not found verbatim: %r" % p["value"])

        # meta
        md = meta.get(mid)
        if not md or set(md) != {"org", "writer", "loc"} or not all(md.values()):
            err(mid, "meta entry missing or incomplete")
        elif md["loc"] not in LOCS:
            err(mid, "meta loc %r not one of %s" % (md["loc"], sorted(LOCS)))
    extra = set(meta) - set(ids)
    if extra:
        err("-", "meta has unknown ids %s" % sorted(extra))

    # per organisation balance
    per = {}
    for m in mails:
        md = meta.get(m.get("id"), {})
        per.setdefault(md.get("org"), [0, 0])[0 if m.get("expect") == "hold" else 1] += 1
    for org, (h, p) in sorted(per.items(), key=lambda x: str(x[0])):
        if (h, p) != (10, 10):
            err("-", "org %s has %d hold / %d pass, want 10/10" % (org, h, p))

    if errors:
        for e in errors:
            print(e)
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
