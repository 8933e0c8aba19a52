#!/usr/bin/env python3
"""Check ../fresh.json and meta.json against the brief; print OK or the problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "bw"
N = 100
FREEMAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
ALLOWED = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
           "attachments", "personal"}
REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
ATT_KEYS = {"filename", "contentType", "text", "encrypted"}
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}

ADDR_RE = re.compile(r"^(?P<name>[^<>]*\S)\s<(?P<local>[A-Za-z0-9._%+\-']+)@(?P<domain>[A-Za-z0-9.\-]+)>$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
CARD_RE = re.compile(r"(?<![\d\-])(\d{4})([- ])(\d{4})\2(\d{4})\2(\d{4})(?![\d\-])")
MN_LABEL = re.compile(r"(マイナンバー|個人番号)")
MN_NUM = re.compile(r"(?<!\d)(\d{4}[- ]?\d{4}[- ]?\d{4})(?!\d)")

errors = []


def err(msg):
    errors.append(msg)


def synthetic(domain):
    d = domain.lower()
    return d in FREEMAIL or re.search(r"(^|\.)example(\.[a-z]{2,})+$", d) is not None


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12:
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


def texts(m):
    parts = [m.get("subject", ""), m.get("text", "")]
    for a in m.get("attachments", []) or []:
        if "text" in a:
            parts.append(a["text"])
    return parts


def main():
    with open(os.path.join(HERE, "..", "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != N:
        err("expected %d mails, got %s" % (N, len(mails) if isinstance(mails, list) else type(mails)))
    ids = [m.get("id") for m in mails]
    want = ["%s%03d" % (PREFIX, i) for i in range(1, N + 1)]
    if ids != want:
        err("ids are not %s001..%s%03d in order" % (PREFIX, PREFIX, N))

    exp = Counter(m.get("expect") for m in mails)
    if exp.get("hold") != 50 or exp.get("pass") != 50:
        err("expect counts %s, want 50/50" % dict(exp))
    run, prev = 0, None
    for m in mails:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err("%s: more than 3 equal expect in a row" % m.get("id"))

    for m in mails:
        mid = m.get("id")
        keys = set(m)
        if REQUIRED - keys:
            err("%s: missing %s" % (mid, sorted(REQUIRED - keys)))
        if keys - ALLOWED:
            err("%s: extra fields %s" % (mid, sorted(keys - ALLOWED)))
        for k in ("why", "subject", "text", "kind", "from"):
            if k in m and (not isinstance(m[k], str) or not m[k].strip()):
                err("%s: %s empty or not a string" % (mid, k))
        expect, kind = m.get("expect"), m.get("kind", "")
        if expect not in ("hold", "pass"):
            err("%s: bad expect %r" % (mid, expect))
        if expect == "pass" and not kind.startswith("benign."):
            err("%s: pass with kind %s" % (mid, kind))
        if expect == "hold" and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err("%s: hold with kind %s" % (mid, kind))
        if kind.startswith(HOLD_PREFIXES + ("benign.",)) and len(kind.split(".", 1)[1]) == 0:
            err("%s: kind without scenario" % mid)

        # addresses
        sender = ADDR_RE.match(m.get("from", ""))
        if not sender:
            err("%s: bad from %r" % (mid, m.get("from")))
            continue
        sdom = sender.group("domain").lower()
        if not synthetic(sdom):
            err("%s: sender domain not synthetic" % mid)
        outside = 0
        for field in ("to", "cc", "bcc"):
            lst = m.get(field, [])
            if field in m and (not isinstance(lst, list) or (field == "to" and not lst)):
                err("%s: %s must be a non-empty list" % (mid, field))
                continue
            for a in lst:
                mm = ADDR_RE.match(a)
                if not mm:
                    err("%s: bad address %r" % (mid, a))
                    continue
                if not synthetic(mm.group("domain")):
                    err("%s: non-synthetic domain in %r" % (mid, a))
                if field in ("to", "cc") and mm.group("domain").lower() != sdom:
                    outside += 1
        if kind.startswith("recipients."):
            if outside <= 10:
                err("%s: recipients hold with only %d visible outside" % (mid, outside))
        elif outside > 10:
            err("%s: %d visible outside recipients on non-recipients mail" % (mid, outside))

        # addresses inside text
        for part in texts(m):
            for dom in EMAIL_IN_TEXT.findall(part):
                if not synthetic(dom):
                    err("%s: non-synthetic e-mail domain %s in text" % (mid, dom))

        # attachments
        has_enc = False
        for a in m.get("attachments", []) or []:
            if set(a) - ATT_KEYS or not {"filename", "contentType"} <= set(a):
                err("%s: bad attachment keys %s" % (mid, sorted(a)))
            if a.get("encrypted"):
                has_enc = True
                if a.get("contentType") != "application/zip" or "text" in a:
                    err("%s: encrypted zip must be application/zip without text" % mid)
            elif not isinstance(a.get("text"), str) or not a["text"].strip():
                err("%s: attachment %s has no text" % (mid, a.get("filename")))
        if has_enc != (kind == "attachment.encrypted_zip"):
            err("%s: encrypted zip / kind mismatch" % mid)
        if kind == "attachment.encrypted_zip" and expect != "hold":
            err("%s: encrypted zip must be hold" % mid)

        # card numbers
        for part in texts(m):
            for c in CARD_RE.finditer(part):
                digits = c.group(1) + c.group(3) + c.group(4) + c.group(5)
                if not luhn_ok(digits):
                    err("%s: card-like number %s fails Luhn" % (mid, c.group(0)))

        # My Numbers in holds (labelled ones and personal items)
        if expect == "hold":
            for part in texts(m):
                for lab in MN_LABEL.finditer(part):
                    window = part[lab.end():lab.end() + 40]
                    num = MN_NUM.search(window)
                    if num and not mynumber_ok(num.group(1)):
                        err("%s: My Number %s has a bad check digit" % (mid, num.group(1)))
            for p in m.get("personal", []) or []:
                if p.get("type") in ("mynumber", "my_number") and not mynumber_ok(p.get("value", "")):
                    err("%s: personal My Number %s bad check digit" % (mid, p.get("value")))

        # personal
        pers = m.get("personal")
        if pers is not None:
            if expect != "hold":
                err("%s: pass with personal" % mid)
            if not isinstance(pers, list) or not pers:
                err("%s: personal must be a non-empty list" % mid)
                pers = []
            joined = texts(m)
            for p in pers:
                if set(p) != {"type", "value"} or not p.get("value"):
                    err("%s: bad personal item %r" % (mid, p))
                    continue
                if not any(p["value"] in part for part in joined):
                    err("%s: personal value %r not found" % (mid, p["value"]))
        elif expect == "hold" and not (kind.startswith("recipients.") or kind == "attachment.encrypted_zip"):
            err("%s: hold without personal" % mid)

        # meta
        e = meta.get(mid)
        if not e or set(e) != {"org", "writer", "loc"}:
            err("%s: meta entry missing or malformed" % mid)
        elif e["loc"] not in LOCS:
            err("%s: bad loc %s" % (mid, e["loc"]))
    if set(meta) != set(ids):
        err("meta ids differ from mail ids")

    orgs = Counter((meta[i]["org"], mm["expect"]) for i, mm in zip(ids, mails) if i in meta)
    for o in "ABCDE":
        if orgs.get((o, "hold")) != 10 or orgs.get((o, "pass")) != 10:
            err("org %s does not have 10 hold + 10 pass" % o)

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
