"""Validate eval-fresh66/fresh.json and build/meta.json. Prints OK when everything holds."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "bn"
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.encrypted_zip")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
FREEMAIL = {"gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp"}
ADDR = re.compile(r"^[^<>]+ <([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+)>$")
CARD = re.compile(r"(?<![\d-])\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?![\d-])")

errors = []


def err(msg):
    errors.append(msg)


def mynumber_ok(s):
    d = re.sub(r"[\s-]", "", s)
    if not re.fullmatch(r"\d{12}", d):
        return False
    total = 0
    for n in range(1, 12):
        p = int(d[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    return check == int(d[11])


def luhn_ok(s):
    digits = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    total = 0
    for i, x in enumerate(digits):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def domain(addr):
    m = ADDR.match(addr)
    return m.group(2).lower() if m else None


def main():
    with open(os.path.join(OUT, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != 100:
        err(f"expected 100 mails, got {len(mails)}")
    exp = Counter(m.get("expect") for m in mails)
    if exp["hold"] != 50 or exp["pass"] != 50:
        err(f"expect counts {dict(exp)}")

    run_val, run_len = None, 0
    org_counts = {}
    org_writers = {}
    for i, m in enumerate(mails, 1):
        mid = m.get("id")
        if mid != f"{PREFIX}{i:03d}":
            err(f"#{i}: id {mid} out of order")
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if k not in m or m[k] in (None, "", []):
                err(f"{mid}: missing {k}")
        allowed = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
                   "attachments", "personal"}
        for k in m:
            if k not in allowed:
                err(f"{mid}: unexpected field {k}")
        e, kind = m.get("expect"), m.get("kind", "")
        if e not in ("hold", "pass"):
            err(f"{mid}: bad expect {e}")
        # runs
        if e == run_val:
            run_len += 1
        else:
            run_val, run_len = e, 1
        if run_len > 3:
            err(f"{mid}: more than 3 '{e}' in a row")
        # kinds
        if e == "pass" and not kind.startswith("benign."):
            err(f"{mid}: pass with kind {kind}")
        if e == "hold" and not (kind.startswith(HOLD_PREFIXES[:5]) or kind == "attachment.encrypted_zip"):
            err(f"{mid}: hold with kind {kind}")
        # addresses
        sender_dom = domain(m.get("from", ""))
        if not sender_dom:
            err(f"{mid}: bad from {m.get('from')}")
        for fld in ("to", "cc", "bcc"):
            v = m.get(fld, [])
            if not isinstance(v, list):
                err(f"{mid}: {fld} is not a list")
                continue
            for a in v:
                d = domain(a)
                if not d:
                    err(f"{mid}: bad address {a!r}")
                elif not (d.endswith(".example.jp") or d.endswith(".example.com")
                          or d.endswith(".example.net") or d in FREEMAIL):
                    err(f"{mid}: non-example domain {d}")
        visible = {a for a in m.get("to", []) + m.get("cc", [])}
        outside = {ADDR.match(a).group(1) + "@" + domain(a) for a in visible
                   if domain(a) and domain(a) != sender_dom}
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err(f"{mid}: recipients hold with only {len(outside)} outside visible")
        elif len(outside) > 10:
            err(f"{mid}: {len(outside)} outside visible recipients on non-recipients mail")
        # attachments
        texts = [m.get("subject", ""), m.get("text", "")]
        enc = 0
        for a in m.get("attachments", []) or []:
            if "filename" not in a or "contentType" not in a:
                err(f"{mid}: attachment missing filename/contentType")
            if a.get("encrypted"):
                enc += 1
                if a.get("contentType") != "application/zip":
                    err(f"{mid}: encrypted attachment not zip")
                if "text" in a:
                    err(f"{mid}: encrypted zip carries text")
            else:
                if not a.get("text"):
                    err(f"{mid}: attachment {a.get('filename')} without text")
                texts.append(a.get("text", ""))
        if kind == "attachment.encrypted_zip" and enc == 0:
            err(f"{mid}: encrypted_zip kind without encrypted zip")
        if kind != "attachment.encrypted_zip" and enc:
            err(f"{mid}: encrypted zip on kind {kind}")
        # personal
        pers = m.get("personal")
        needs = e == "hold" and not kind.startswith("recipients.") and kind != "attachment.encrypted_zip"
        if needs and not pers:
            err(f"{mid}: hold without personal")
        if e == "pass" and pers:
            err(f"{mid}: pass carries personal")
        if not needs and pers:
            err(f"{mid}: personal on {kind}")
        alltext = "\n".join(texts)
        for p in pers or []:
            t, v = p.get("type"), p.get("value")
            if not t or not v:
                err(f"{mid}: personal item incomplete {p}")
                continue
            if v not in alltext:
                err(f"{mid}: personal value not found: {v!r}")
            if t == "mynumber" and not mynumber_ok(v):
                err(f"{mid}: invalid My Number check digit {v}")
            if t == "card" and not luhn_ok(v):
                err(f"{mid}: card value fails Luhn {v}")
        # card-like numbers anywhere
        for pm in CARD.finditer(alltext):
            if not luhn_ok(pm.group(0)):
                err(f"{mid}: card-like number fails Luhn: {pm.group(0)}")
        # meta
        md = meta.get(mid)
        if not md:
            err(f"{mid}: missing meta")
            continue
        for k in ("org", "writer", "loc"):
            if k not in md:
                err(f"{mid}: meta missing {k}")
        loc = md.get("loc")
        if e == "pass" and loc is not None:
            err(f"{mid}: pass with loc {loc}")
        if e == "hold":
            if loc not in LOCS:
                err(f"{mid}: bad loc {loc}")
            if (loc == "recipients") != kind.startswith("recipients."):
                err(f"{mid}: loc {loc} vs kind {kind}")
            if (loc == "zip") != (kind == "attachment.encrypted_zip"):
                err(f"{mid}: loc {loc} vs kind {kind}")
            vals = [p["value"] for p in pers or []]
            body = m.get("text", "")
            att_text = "\n".join(texts[2:])
            if loc == "subject":
                for v in vals:
                    if v not in m["subject"] or v in body or v in att_text:
                        err(f"{mid}: subject-loc value {v!r} not only in subject")
            if loc == "attachment":
                for v in vals:
                    if v not in att_text or v in body or v in m["subject"]:
                        err(f"{mid}: attachment-loc value {v!r} not only in attachment")
            if loc in ("body", "quoted"):
                for v in vals:
                    if v not in body:
                        err(f"{mid}: {loc}-loc value {v!r} not in text")
        org = md.get("org")
        org_counts.setdefault(org, Counter())[e] += 1
        org_writers.setdefault(org, set()).add(md.get("writer"))

    if len(meta) != len(mails):
        err(f"meta has {len(meta)} entries")
    if len(org_counts) != 5:
        err(f"expected 5 orgs, got {sorted(org_counts)}")
    for org, c in org_counts.items():
        if c["hold"] != 10 or c["pass"] != 10:
            err(f"org {org}: {dict(c)}")
        if not 2 <= len(org_writers[org]) <= 3:
            err(f"org {org}: writers {org_writers[org]}")

    if errors:
        for x in errors:
            print("ERROR:", x)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
