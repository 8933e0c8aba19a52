#!/usr/bin/env python3
"""Validate eval-fresh63/fresh.json and build/meta.json against the brief. Prints OK or the problems."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import luhn_ok, mynumber_ok  # noqa: E402

OUT = os.path.dirname(HERE)
PREFIX = "bk"
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
ADDR = re.compile(r"^[^<>]+ <([^<>@\s]+)@([^<>@\s]+)>$")
CARD = re.compile(r"(?<![\d])(\d{4})([ -]?)(\d{4})\2(\d{4})\2(\d{4})(?![\d])")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}

errs = []


def err(msg):
    errs.append(msg)


def domain(addr):
    m = ADDR.match(addr)
    return m.group(2).lower() if m else None


def all_texts(m):
    yield "subject", m.get("subject", "")
    yield "text", m.get("text", "")
    for a in m.get("attachments", []) or []:
        if "text" in a:
            yield "attachment " + a.get("filename", "?"), a["text"]


def main():
    with open(os.path.join(OUT, "fresh.json"), encoding="utf-8") as fh:
        mails = json.load(fh)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as fh:
        meta = json.load(fh)

    if not isinstance(mails, list) or len(mails) != 100:
        err(f"expected 100 mails, got {len(mails)}")
    holds = sum(1 for m in mails if m.get("expect") == "hold")
    passes = sum(1 for m in mails if m.get("expect") == "pass")
    if (holds, passes) != (50, 50):
        err(f"expected 50 hold / 50 pass, got {holds} / {passes}")

    for i, m in enumerate(mails, 1):
        want = f"{PREFIX}{i:03d}"
        mid = m.get("id")
        if mid != want:
            err(f"position {i}: id {mid!r}, expected {want}")
        for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if f not in m or m[f] in (None, "", []):
                err(f"{mid}: missing field {f}")
        exp, kind = m.get("expect"), m.get("kind", "")
        if exp not in ("hold", "pass"):
            err(f"{mid}: bad expect {exp!r}")
        if exp == "pass" and not kind.startswith("benign."):
            err(f"{mid}: pass with kind {kind}")
        if exp == "hold" and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(f"{mid}: hold with kind {kind}")
        # addresses
        sender_dom = domain(m.get("from", ""))
        if not sender_dom:
            err(f"{mid}: bad from address {m.get('from')!r}")
        for fld in ("to", "cc", "bcc"):
            if fld in m:
                if not isinstance(m[fld], list):
                    err(f"{mid}: {fld} is not a list")
                    continue
                for a in m[fld]:
                    if fld == "bcc" and "@" in a and "<" not in a:
                        continue  # bare BCC addresses are allowed
                    if not domain(a):
                        err(f"{mid}: bad {fld} address {a!r}")
        visible = [a for a in m.get("to", []) + m.get("cc", []) if domain(a) and domain(a) != sender_dom]
        if kind.startswith("recipients."):
            if len(visible) <= 10:
                err(f"{mid}: recipients hold with only {len(visible)} visible outside recipients")
        elif len(visible) > 10:
            err(f"{mid}: {len(visible)} visible outside recipients on a non-recipients mail")
        # attachments
        atts = m.get("attachments", []) or []
        enc = [a for a in atts if a.get("encrypted")]
        for a in atts:
            if "filename" not in a or "contentType" not in a:
                err(f"{mid}: attachment without filename/contentType")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip":
                    err(f"{mid}: encrypted attachment not application/zip")
                if "text" in a:
                    err(f"{mid}: encrypted zip carries text")
            elif "text" not in a or not a["text"]:
                err(f"{mid}: attachment {a.get('filename')} without text")
        if kind == "attachment.encrypted_zip":
            if exp != "hold" or not enc:
                err(f"{mid}: encrypted_zip kind without encrypted zip")
        elif enc:
            err(f"{mid}: encrypted zip on kind {kind}")
        # personal
        texts = list(all_texts(m))
        needs_personal = exp == "hold" and not kind.startswith("recipients.") and kind != "attachment.encrypted_zip"
        pers = m.get("personal")
        if needs_personal and not pers:
            err(f"{mid}: hold without personal")
        if exp == "pass" and pers:
            err(f"{mid}: pass with personal items")
        for p in pers or []:
            if set(p) != {"type", "value"} or not p["value"]:
                err(f"{mid}: bad personal item {p}")
                continue
            if not any(p["value"] in t for _, t in texts):
                err(f"{mid}: personal value not found: {p['value']!r}")
            if p["type"] == "mynumber" and not mynumber_ok(p["value"]):
                err(f"{mid}: mynumber fails check digit: {p['value']}")
        # card-like numbers everywhere
        for where, t in texts:
            for cm in CARD.finditer(t):
                num = cm.group(0)
                if not luhn_ok(num):
                    err(f"{mid}: card-like number in {where} fails Luhn: {num}")
        # meta
        mm = meta.get(mid)
        if not mm or set(mm) != {"org", "writer", "loc"}:
            err(f"{mid}: meta missing or malformed")
        else:
            if exp == "hold" and mm["loc"] not in LOCS:
                err(f"{mid}: hold with loc {mm['loc']!r}")
            if exp == "pass" and mm["loc"] is not None:
                err(f"{mid}: pass with loc {mm['loc']!r}")
            if kind.startswith("recipients.") and mm["loc"] != "recipients":
                err(f"{mid}: recipients kind but loc {mm['loc']}")
            if kind == "attachment.encrypted_zip" and mm["loc"] != "zip":
                err(f"{mid}: zip kind but loc {mm['loc']}")
    if len(meta) != len(mails):
        err(f"meta has {len(meta)} entries")

    # no run of more than 3 equal expect
    run, prev = 0, None
    for m in mails:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(f"{m.get('id')}: run of {run} '{prev}' in a row")

    # per-org balance
    from collections import Counter
    per = Counter((meta[m["id"]]["org"], m["expect"]) for m in mails if m.get("id") in meta)
    for (org, exp), n in per.items():
        if n != 10:
            err(f"org {org}: {n} {exp}")

    if errs:
        for e in errs:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
