# -*- coding: utf-8 -*-
"""Validate eval-fresh54/fresh.json and build/meta.json. Prints OK or the list of problems."""
import json
import os
import re
import sys

PREFIX = "bb"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
ADDR = re.compile(r"^[^<>]+ <([^<>@\s]+)@([^<>@\s]+)>$")
CARD = re.compile(r"(?<!\d)(?<!\d[ -])(\d{4})([ -])(\d{4})\2(\d{4})\2(\d{4})(?![ -]?\d)")


def mynumber_ok(digits):
    if not re.fullmatch(r"\d{12}", digits):
        return False
    s = 0
    for n in range(1, 12):
        p = int(digits[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return int(digits[11]) == (0 if r <= 1 else 11 - r)


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def domain(addr):
    m = ADDR.match(addr)
    return m.group(2).lower() if m else None


def main():
    errs = []
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != 100:
        errs.append(f"expected 100 mails, got {len(mails)}")
    holds = sum(1 for m in mails if m.get("expect") == "hold")
    passes = sum(1 for m in mails if m.get("expect") == "pass")
    if holds != 50 or passes != 50:
        errs.append(f"expected 50 hold / 50 pass, got {holds} / {passes}")

    run, prev = 0, None
    per_org = {}
    for i, m in enumerate(mails, 1):
        mid = m.get("id")
        want = f"{PREFIX}{i:03d}"
        if mid != want:
            errs.append(f"position {i}: id {mid!r}, expected {want}")
        for fld in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if fld not in m or m[fld] in (None, "", []):
                errs.append(f"{mid}: missing field {fld}")
        exp = m.get("expect")
        kind = m.get("kind", "")
        if exp not in ("hold", "pass"):
            errs.append(f"{mid}: bad expect {exp!r}")
        # runs
        run = run + 1 if exp == prev else 1
        prev = exp
        if run > 3:
            errs.append(f"{mid}: more than 3 '{exp}' in a row")
        # kind matches expect
        if exp == "pass" and not kind.startswith("benign."):
            errs.append(f"{mid}: pass with kind {kind}")
        if exp == "hold" and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            errs.append(f"{mid}: hold with kind {kind}")
        # addresses
        sender_dom = domain(m.get("from", ""))
        if sender_dom is None:
            errs.append(f"{mid}: bad from address {m.get('from')!r}")
        for fld in ("to", "cc", "bcc"):
            for a in m.get(fld, []) or []:
                if domain(a) is None:
                    errs.append(f"{mid}: bad {fld} address {a!r}")
        visible = set()
        for a in (m.get("to") or []) + (m.get("cc") or []):
            d = domain(a)
            if d and d != sender_dom:
                visible.add(ADDR.match(a).group(1).lower() + "@" + d)
        is_rcpt = kind.startswith("recipients.")
        if is_rcpt and len(visible) <= 10:
            errs.append(f"{mid}: recipients hold with only {len(visible)} visible outside recipients")
        if not is_rcpt and len(visible) > 10:
            errs.append(f"{mid}: {len(visible)} visible outside recipients on a non-recipients mail")
        # attachments
        atts = m.get("attachments") or []
        enc = [a for a in atts if a.get("encrypted")]
        for a in atts:
            if "filename" not in a or "contentType" not in a:
                errs.append(f"{mid}: attachment without filename/contentType")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip":
                    errs.append(f"{mid}: encrypted attachment is not a zip")
                if "text" in a:
                    errs.append(f"{mid}: encrypted zip carries text")
            elif not a.get("text"):
                errs.append(f"{mid}: unencrypted attachment without text")
        if kind == "attachment.encrypted_zip" and not enc:
            errs.append(f"{mid}: encrypted_zip hold without encrypted zip")
        if enc and kind != "attachment.encrypted_zip":
            errs.append(f"{mid}: encrypted zip on a mail of kind {kind}")
        # personal
        haystack = "\n".join([m.get("subject", ""), m.get("text", "")] + [a.get("text", "") for a in atts])
        pers = m.get("personal")
        needs_personal = exp == "hold" and not is_rcpt and kind != "attachment.encrypted_zip"
        if needs_personal and not pers:
            errs.append(f"{mid}: hold without personal items")
        if exp == "pass" and pers:
            errs.append(f"{mid}: pass with personal items")
        for p in pers or []:
            if set(p) != {"type", "value"} or not p["value"]:
                errs.append(f"{mid}: malformed personal item {p}")
                continue
            if p["value"] not in haystack:
                errs.append(f"{mid}: personal value not found: {p['value']!r}")
            if p["type"] == "mynumber":
                digits = re.sub(r"[\s-]", "", p["value"])
                if not mynumber_ok(digits):
                    errs.append(f"{mid}: invalid MyNumber check digit {p['value']!r}")
        # card-like numbers anywhere (incl. addresses, subject, attachments)
        everything = haystack + "\n" + "\n".join(
            (m.get("to") or []) + (m.get("cc") or []) + (m.get("bcc") or []) + [m.get("from", "")])
        for cm in CARD.finditer(everything):
            digits = cm.group(1) + cm.group(3) + cm.group(4) + cm.group(5)
            if not luhn_ok(digits):
                errs.append(f"{mid}: card-like number not Luhn-valid: {cm.group(0)}")
        # meta
        mt = meta.get(mid)
        if not mt:
            errs.append(f"{mid}: missing in meta.json")
            continue
        if set(mt) != {"org", "writer", "loc"}:
            errs.append(f"{mid}: meta keys {sorted(mt)}")
        if exp == "pass" and mt.get("loc") is not None:
            errs.append(f"{mid}: pass with loc {mt.get('loc')}")
        if exp == "hold" and mt.get("loc") not in LOCS:
            errs.append(f"{mid}: hold with bad loc {mt.get('loc')}")
        if exp == "hold":
            loc = mt.get("loc")
            if (loc == "zip") != (kind == "attachment.encrypted_zip"):
                errs.append(f"{mid}: loc zip vs kind {kind}")
            if (loc == "recipients") != is_rcpt:
                errs.append(f"{mid}: loc recipients vs kind {kind}")
        o = per_org.setdefault(mt.get("org"), {"hold": 0, "pass": 0, "writers": set()})
        o[exp] = o.get(exp, 0) + 1
        o["writers"].add(mt.get("writer"))

    if set(meta) != {m.get("id") for m in mails}:
        errs.append("meta.json ids differ from fresh.json ids")
    if len(per_org) != 5:
        errs.append(f"expected 5 organisations, got {sorted(per_org)}")
    for org, o in per_org.items():
        if o["hold"] != 10 or o["pass"] != 10:
            errs.append(f"org {org}: {o['hold']} hold / {o['pass']} pass")
        if not 2 <= len(o["writers"]) <= 3:
            errs.append(f"org {org}: {len(o['writers'])} writers")

    if errs:
        for e in errs:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
