# -*- coding: utf-8 -*-
"""Validate eval-fresh57/fresh.json and build/meta.json. Prints OK or the problems."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "be"
N = 100

HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
HOLD_EXACT = ("attachment.encrypted_zip",)
NO_PERSONAL = lambda k: k.startswith("recipients.") or k == "attachment.encrypted_zip"
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
ADDR = re.compile(r"^[^<>]*\S[^<>]* <([^<>@\s]+)@([^<>@\s]+)>$")
CARD_SEP = re.compile(r"(?<![\d])(\d{4})([ -])(\d{4})\2(\d{4})\2(\d{4})(?![\d])")
CARD_RAW = re.compile(r"(?<![\dA-Za-z])\d{16}(?![\dA-Za-z])")

errors = []


def err(msg):
    errors.append(msg)


def mynumber_ok(s):
    if not re.fullmatch(r"\d{12}", s):
        return False
    total = 0
    for n in range(1, 12):
        p = int(s[11 - n])
        q = n + 1 if n <= 6 else n - 6
        total += p * q
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    return check == int(s[11])


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


def domain_of(addr):
    m = ADDR.match(addr)
    return m.group(2).lower() if m else None


def all_texts(mail):
    parts = [mail.get("subject", ""), mail.get("text", "")]
    for a in mail.get("attachments", []) or []:
        if "text" in a:
            parts.append(a["text"])
    return parts


def main():
    with open(os.path.join(OUT, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != N:
        err(f"expected {N} mails, got {len(mails) if isinstance(mails, list) else type(mails)}")
    holds = sum(1 for m in mails if m.get("expect") == "hold")
    passes = sum(1 for m in mails if m.get("expect") == "pass")
    if holds != 50 or passes != 50:
        err(f"hold/pass = {holds}/{passes}, expected 50/50")

    # runs
    run, prev = 0, None
    for m in mails:
        e = m.get("expect")
        run = run + 1 if e == prev else 1
        prev = e
        if run > 3:
            err(f"{m.get('id')}: run of {run} '{e}' in a row")

    per_org = {}
    for i, m in enumerate(mails, 1):
        mid = m.get("id")
        want = f"{PREFIX}{i:03d}"
        if mid != want:
            err(f"position {i}: id {mid!r}, expected {want}")
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if k not in m or m[k] in (None, "", []):
                err(f"{mid}: missing or empty field {k}")
        allowed = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc",
                   "subject", "text", "attachments", "personal"}
        extra = set(m) - allowed
        if extra:
            err(f"{mid}: unexpected fields {sorted(extra)}")
        e, kind = m.get("expect"), m.get("kind", "")
        if e == "pass":
            if not kind.startswith("benign."):
                err(f"{mid}: pass with kind {kind}")
            if m.get("personal"):
                err(f"{mid}: pass carries personal[]")
        elif e == "hold":
            if not (kind.startswith(HOLD_PREFIXES) or kind in HOLD_EXACT):
                err(f"{mid}: hold with kind {kind}")
        else:
            err(f"{mid}: expect {e!r}")

        # addresses
        sender_dom = domain_of(m.get("from", ""))
        if sender_dom is None:
            err(f"{mid}: bad from address {m.get('from')!r}")
        for fld in ("to", "cc", "bcc"):
            v = m.get(fld)
            if v is None:
                continue
            if not isinstance(v, list):
                err(f"{mid}: {fld} is not a list")
                continue
            for a in v:
                if domain_of(a) is None:
                    err(f"{mid}: bad address in {fld}: {a!r}")
        visible = (m.get("to") or []) + (m.get("cc") or [])
        outside = {a.split("<")[-1].rstrip(">").lower() for a in visible
                   if domain_of(a) and domain_of(a) != sender_dom}
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err(f"{mid}: recipients.* hold with only {len(outside)} visible outside recipients")
        elif len(outside) > 10:
            err(f"{mid}: {len(outside)} visible outside recipients but kind {kind}")

        # attachments
        enc = 0
        for a in m.get("attachments", []) or []:
            if "filename" not in a or "contentType" not in a:
                err(f"{mid}: attachment without filename/contentType")
            if a.get("encrypted"):
                enc += 1
                if a.get("contentType") != "application/zip":
                    err(f"{mid}: encrypted attachment is not application/zip")
                if "text" in a:
                    err(f"{mid}: encrypted zip carries text")
            elif not a.get("text"):
                err(f"{mid}: unencrypted attachment without text")
        if kind == "attachment.encrypted_zip":
            if enc == 0:
                err(f"{mid}: encrypted_zip kind without encrypted attachment")
        elif enc:
            err(f"{mid}: encrypted zip on kind {kind}")

        # personal
        texts = all_texts(m)
        if e == "hold" and not NO_PERSONAL(kind):
            if not m.get("personal"):
                err(f"{mid}: hold {kind} without personal[]")
        for p in m.get("personal", []) or []:
            if not p.get("type") or not p.get("value"):
                err(f"{mid}: personal item without type/value")
                continue
            if not any(p["value"] in t for t in texts):
                err(f"{mid}: personal value not found: {p['value']!r}")
            if p["type"] == "mynumber" and not mynumber_ok(p["value"]):
                err(f"{mid}: mynumber {p['value']} fails check digit")

        # card-like numbers everywhere
        for t in texts + [m.get("why", "")]:
            for g in CARD_SEP.finditer(t):
                digits = g.group(1) + g.group(3) + g.group(4) + g.group(5)
                if not luhn_ok(digits):
                    err(f"{mid}: card-like number {g.group(0)} fails Luhn")
            for g in CARD_RAW.finditer(t):
                if not luhn_ok(g.group(0)):
                    err(f"{mid}: 16-digit number {g.group(0)} fails Luhn")

        # meta
        mt = meta.get(mid)
        if not mt:
            err(f"{mid}: missing in meta.json")
        else:
            for k in ("org", "writer", "loc"):
                if k not in mt:
                    err(f"{mid}: meta lacks {k}")
            if e == "pass" and mt.get("loc") is not None:
                err(f"{mid}: pass with loc {mt.get('loc')}")
            if e == "hold":
                loc = mt.get("loc")
                if loc not in LOCS:
                    err(f"{mid}: hold with loc {loc!r}")
                if kind.startswith("recipients.") != (loc == "recipients"):
                    err(f"{mid}: loc/kind mismatch recipients")
                if (kind == "attachment.encrypted_zip") != (loc == "zip"):
                    err(f"{mid}: loc/kind mismatch zip")
                if loc == "attachment" and m.get("personal"):
                    body = m["subject"] + "\n" + m["text"]
                    if any(p["value"] in body for p in m["personal"]):
                        err(f"{mid}: loc=attachment but a personal value is in subject/body")
                if loc == "subject" and m.get("personal"):
                    if any(p["value"] in m["text"] for p in m["personal"]):
                        err(f"{mid}: loc=subject but a personal value is in the body")
            o = mt.get("org")
            per_org.setdefault(o, [0, 0])
            per_org[o][0 if e == "hold" else 1] += 1
    if set(meta) - {m.get("id") for m in mails}:
        err("meta.json has ids not in fresh.json")
    if len(per_org) != 5:
        err(f"expected 5 orgs, got {len(per_org)}")
    for o, (h, p) in per_org.items():
        if (h, p) != (10, 10):
            err(f"org {o}: {h} holds / {p} passes, expected 10/10")

    if errors:
        for x in errors:
            print("ERROR", x)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
