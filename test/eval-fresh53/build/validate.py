"""Validate eval-fresh53/fresh.json against the brief. Prints OK or a list of problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREFIX = "ba"

ADDR_RE = re.compile(r"^[^<>]+ <([A-Za-z0-9._%+\-']+)@([A-Za-z0-9.\-]+\.[A-Za-z]{2,})>$")
CARD_RE = re.compile(r"(?<!\d)\d{4}[ \-]\d{4}[ \-]\d{4}[ \-]\d{4}(?!\d)")
CARD_PLAIN_RE = re.compile(r"(?<!\d)\d{16}(?!\d)")
HOLD_PREFIX = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
QUOTE_MARKERS = [re.compile(p, re.M) for p in [
    r"^>", r"-----\s*Original Message\s*-----", r"Forwarded [Mm]essage",
    r"転送メッセージ", r"^From: .+<.+@.+>$"]]

errors = []


def err(msg):
    errors.append(msg)


def mynumber_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 12:
        return False
    digits = [int(c) for c in d[:11]]
    tot = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    cd = 0 if r <= 1 else 11 - r
    return cd == int(d[11])


def luhn_ok(s):
    digits = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(digits)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def domain_of(a):
    m = ADDR_RE.match(a)
    return m.group(2).lower() if m else None


def quote_start(text):
    idx = [m.start() for rx in QUOTE_MARKERS for m in [rx.search(text)] if m]
    return min(idx) if idx else None


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        data = json.load(f)
    meta_path = os.path.join(HERE, "meta.json")
    with open(meta_path, encoding="utf-8") as f:
        meta = json.load(f)
    if not os.path.exists(os.path.join(ROOT, "README.md")):
        err("README.md missing")

    if not isinstance(data, list) or len(data) != 100:
        err(f"expected 100 mails, got {len(data) if isinstance(data, list) else type(data)}")
    exp = Counter(m.get("expect") for m in data)
    if exp.get("hold") != 50 or exp.get("pass") != 50:
        err(f"expect counts {dict(exp)} (need 50/50)")

    # ids in order
    for i, m in enumerate(data, 1):
        if m.get("id") != f"{PREFIX}{i:03d}":
            err(f"position {i}: id {m.get('id')} (want {PREFIX}{i:03d})")

    # runs
    run, prev = 0, None
    for m in data:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(f"{m['id']}: run of {run} '{prev}' in a row")

    # meta
    if set(meta) != {m.get("id") for m in data}:
        err("meta.json ids differ from fresh.json ids")
    org_counts = Counter()

    for m in data:
        mid = m.get("id", "?")
        for k in ["id", "expect", "kind", "why", "from", "to", "subject", "text"]:
            if k not in m or m[k] in (None, "", []):
                err(f"{mid}: missing field {k}")
        allowed = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject",
                   "text", "attachments", "personal"}
        extra = set(m) - allowed
        if extra:
            err(f"{mid}: unexpected fields {extra}")
        expect, kind = m.get("expect"), m.get("kind", "")
        if expect not in ("hold", "pass"):
            err(f"{mid}: bad expect {expect}")
        if expect == "pass" and not kind.startswith("benign."):
            err(f"{mid}: pass with kind {kind}")
        if expect == "hold" and not (kind.startswith(HOLD_PREFIX) or kind == "attachment.encrypted_zip"):
            err(f"{mid}: hold with kind {kind}")
        if not isinstance(m.get("to"), list):
            err(f"{mid}: to is not a list")

        # addresses
        addrs = [m.get("from", "")] + m.get("to", []) + m.get("cc", []) + m.get("bcc", [])
        for a in addrs:
            if not ADDR_RE.match(a):
                err(f"{mid}: bad address format: {a!r}")
        sdom = domain_of(m.get("from", ""))
        visible = m.get("to", []) + m.get("cc", [])
        outside = [a for a in visible if domain_of(a) != sdom]
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err(f"{mid}: recipients hold with only {len(outside)} outside visible")
        elif len(outside) > 10:
            err(f"{mid}: {len(outside)} outside visible recipients on a non-recipients mail")

        # attachments
        atts = m.get("attachments", [])
        enc = [a for a in atts if a.get("encrypted")]
        for a in atts:
            if "filename" not in a or "contentType" not in a:
                err(f"{mid}: attachment missing filename/contentType")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip":
                    err(f"{mid}: encrypted attachment not application/zip")
                if "text" in a:
                    err(f"{mid}: encrypted zip has text")
            elif not a.get("text"):
                err(f"{mid}: attachment {a.get('filename')} has no text")
        if kind == "attachment.encrypted_zip":
            if not enc:
                err(f"{mid}: encrypted_zip kind without encrypted zip")
        elif enc:
            err(f"{mid}: encrypted zip on kind {kind}")

        # personal
        haystacks = [m.get("subject", ""), m.get("text", "")] + [a.get("text", "") for a in atts]
        whole = "\n".join(haystacks)
        pers = m.get("personal")
        needs_personal = expect == "hold" and not (kind.startswith("recipients.") or
                                                   kind == "attachment.encrypted_zip")
        if needs_personal and not pers:
            err(f"{mid}: hold without personal")
        if expect == "pass" and pers:
            err(f"{mid}: pass with personal items")
        for p in pers or []:
            if set(p) != {"type", "value"}:
                err(f"{mid}: personal item keys {set(p)}")
            v = p.get("value", "")
            if not v or v not in whole:
                err(f"{mid}: personal value not found: {v!r}")
            if p.get("type") == "mynumber" and not mynumber_ok(v):
                err(f"{mid}: マイナンバー with bad check digit: {v}")

        # card-like numbers anywhere
        for h in haystacks:
            for c in CARD_RE.findall(h) + CARD_PLAIN_RE.findall(h):
                if not luhn_ok(c):
                    err(f"{mid}: card-like number not Luhn-valid: {c}")

        # meta / location consistency
        mm = meta.get(mid)
        if not mm:
            continue
        for k in ("org", "writer", "loc"):
            if k not in mm:
                err(f"{mid}: meta missing {k}")
        org_counts[(mm.get("org"), expect)] += 1
        loc = mm.get("loc")
        if expect == "pass":
            if loc is not None:
                err(f"{mid}: pass with loc {loc}")
            continue
        if loc not in LOCS:
            err(f"{mid}: bad loc {loc}")
            continue
        if (loc == "zip") != (kind == "attachment.encrypted_zip"):
            err(f"{mid}: loc zip / kind mismatch")
        if (loc == "recipients") != kind.startswith("recipients."):
            err(f"{mid}: loc recipients / kind mismatch")
        vals = [p["value"] for p in pers or []]
        subj, text = m.get("subject", ""), m.get("text", "")
        att_text = "\n".join(a.get("text", "") for a in atts)
        if loc == "attachment":
            for v in vals:
                if v in subj or v in text:
                    err(f"{mid}: attachment-only risk value also in subject/body: {v!r}")
                if v not in att_text:
                    err(f"{mid}: attachment risk value not in attachment: {v!r}")
        if loc == "subject":
            for v in vals:
                if v not in subj:
                    err(f"{mid}: subject risk value not in subject: {v!r}")
                if v in text or v in att_text:
                    err(f"{mid}: subject-only risk value also in body/attachment: {v!r}")
        if loc == "body":
            for v in vals:
                if v not in text:
                    err(f"{mid}: body risk value not in body: {v!r}")
        if loc == "quoted":
            qs = quote_start(text)
            if qs is None:
                err(f"{mid}: quoted loc but no quote marker found")
            else:
                for v in vals:
                    if v in subj or v in text[:qs] or v in att_text:
                        err(f"{mid}: quoted-only risk value appears before the quote: {v!r}")
                    if v not in text[qs:]:
                        err(f"{mid}: quoted risk value not in quoted part: {v!r}")

    for org in sorted({k[0] for k in org_counts}):
        if org_counts[(org, "hold")] != 10 or org_counts[(org, "pass")] != 10:
            err(f"org {org}: {org_counts[(org, 'hold')]} hold / {org_counts[(org, 'pass')]} pass")
    if len({k[0] for k in org_counts}) != 5:
        err("need exactly five organisations in meta")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
