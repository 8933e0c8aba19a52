#!/usr/bin/env python3
"""Validate eval-fresh64/fresh.json and build/meta.json against the blind brief. Prints OK or errors."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_valid, luhn_valid

PREFIX, N = "bl", 100
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
ADDR_RE = re.compile(r"^(?P<name>[^<>]+?) <(?P<local>[^@<>\s]+)@(?P<domain>[A-Za-z0-9.-]+)>$")
OK_DOMAIN = re.compile(r"(^|\.)example\.(jp|com|org|net)$|(^|\.)(gmail\.com)$")
CARD_RE = re.compile(r"(?<!\d)(?:\d{4}[ -]){3}\d{4}(?!\d)|(?<![\d-])\d{16}(?![\d-])")
MYNUM_LABEL = re.compile(r"(個人番号|マイナンバー)[：:\s]*([0-9][0-9 -]{10,16}[0-9])")

QUOTE_RE = re.compile(r"^(>|-+ ?Original Message ?-+|-+ ?Forwarded [Mm]essage ?-+|-+ ?転送メッセージ ?-+|On .+wrote:)", re.M)

errors = []
def err(msg):
    errors.append(msg)

def domain(a):
    m = ADDR_RE.match(a)
    return m.group("domain").lower() if m else None

def texts(m):
    out = [m.get("subject", ""), m.get("text", "")]
    for a in m.get("attachments", []) or []:
        if "text" in a:
            out.append(a["text"])
    return out

def main():
    root = os.path.join(HERE, "..")
    data = json.load(open(os.path.join(root, "fresh.json"), encoding="utf-8"))
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))

    if not isinstance(data, list) or len(data) != N:
        err(f"expected {N} mails, got {len(data) if isinstance(data, list) else type(data)}")
    ids = [m.get("id") for m in data]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        err("ids not in order / not complete")

    exp = [m.get("expect") for m in data]
    c = Counter(exp)
    if c.get("hold") != 50 or c.get("pass") != 50:
        err(f"hold/pass counts {dict(c)}")
    run, prev = 0, None
    for i, e in enumerate(exp):
        run = run + 1 if e == prev else 1
        prev = e
        if run > 3:
            err(f"run of more than 3 '{e}' ending at {ids[i]}")

    for m in data:
        mid = m.get("id")
        for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if f not in m or m[f] in (None, "", []):
                err(f"{mid}: missing field {f}")
        allowed = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
                   "attachments", "personal"}
        extra = set(m) - allowed
        if extra:
            err(f"{mid}: unexpected fields {extra}")
        exp_, kind = m.get("expect"), m.get("kind", "")
        if exp_ == "pass":
            if not kind.startswith("benign."):
                err(f"{mid}: pass with kind {kind}")
        elif exp_ == "hold":
            if not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
                err(f"{mid}: hold with kind {kind}")
        else:
            err(f"{mid}: bad expect {exp_}")

        # addresses
        addrs = [m.get("from", "")] + m.get("to", []) + m.get("cc", []) + m.get("bcc", [])
        for a in addrs:
            d = domain(a)
            if d is None:
                err(f"{mid}: bad address format {a!r}")
            elif not OK_DOMAIN.search(d):
                err(f"{mid}: non-example domain {d}")
        for f in ("to", "cc", "bcc"):
            if f in m and not isinstance(m[f], list):
                err(f"{mid}: {f} not a list")

        # personal
        needs_personal = exp_ == "hold" and not (kind.startswith("recipients.") or kind == "attachment.encrypted_zip")
        pers = m.get("personal")
        if needs_personal and not pers:
            err(f"{mid}: hold without personal")
        if exp_ == "pass" and pers:
            err(f"{mid}: pass with personal")
        hay = texts(m)
        for p in pers or []:
            if set(p) != {"type", "value"} or not p["value"]:
                err(f"{mid}: bad personal item {p}")
                continue
            if not any(p["value"] in h for h in hay):
                err(f"{mid}: personal value not found: {p['value']!r}")
            if p["type"] == "mynumber" and not mynumber_valid(p["value"]):
                err(f"{mid}: mynumber check digit invalid: {p['value']}")

        # labelled mynumbers anywhere must be valid
        for h in hay:
            for mm in MYNUM_LABEL.finditer(h):
                digits = re.sub(r"\D", "", mm.group(2))
                if len(digits) == 12 and not mynumber_valid(digits):
                    err(f"{mid}: labelled mynumber invalid: {mm.group(2)}")
        # card-like numbers anywhere must be Luhn-valid
        for h in hay + [p["value"] for p in pers or []]:
            for cm in CARD_RE.finditer(h):
                if not luhn_valid(cm.group(0)):
                    err(f"{mid}: card-like number not Luhn-valid: {cm.group(0)}")

        # outside visible recipients
        sd = domain(m.get("from", ""))
        visible = m.get("to", []) + m.get("cc", [])
        outside = [a for a in visible if domain(a) and domain(a) != sd]
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err(f"{mid}: recipients hold with only {len(outside)} outside visible")
        elif len(outside) > 10:
            err(f"{mid}: {len(outside)} outside visible recipients on non-recipients mail")

        # encrypted zips
        atts = m.get("attachments", []) or []
        encs = [a for a in atts if a.get("encrypted")]
        for a in atts:
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip" or "text" in a:
                    err(f"{mid}: encrypted zip must be application/zip without text")
                if set(a) != {"filename", "contentType", "encrypted"}:
                    err(f"{mid}: encrypted zip has extra fields {set(a)}")
            else:
                if set(a) != {"filename", "contentType", "text"}:
                    err(f"{mid}: attachment fields {set(a)}")
        if kind == "attachment.encrypted_zip":
            if not encs:
                err(f"{mid}: encrypted_zip kind without encrypted zip")
        elif encs:
            err(f"{mid}: encrypted zip on kind {kind}")

        # meta
        mt = meta.get(mid)
        if not mt or set(mt) != {"org", "writer", "loc"}:
            err(f"{mid}: meta missing/bad")
        else:
            if exp_ == "pass" and mt["loc"] is not None:
                err(f"{mid}: pass with loc {mt['loc']}")
            if exp_ == "hold" and mt["loc"] not in LOCS:
                err(f"{mid}: hold with bad loc {mt['loc']}")
            if kind.startswith("recipients.") and mt["loc"] != "recipients":
                err(f"{mid}: recipients kind but loc {mt['loc']}")
            if kind == "attachment.encrypted_zip" and mt["loc"] != "zip":
                err(f"{mid}: zip kind but loc {mt['loc']}")
            # location consistency for personal values
            if exp_ == "hold" and pers and mt["loc"] in ("body", "attachment", "quoted", "subject"):
                subj, body = m["subject"], m["text"]
                att_text = "\n".join(a.get("text", "") for a in atts)
                for p in pers:
                    v = p["value"]
                    if mt["loc"] == "subject" and (v not in subj or v in body or v in att_text):
                        err(f"{mid}: subject-loc value not only in subject: {v!r}")
                    if mt["loc"] == "attachment" and (v not in att_text or v in body or v in subj):
                        err(f"{mid}: attachment-loc value not only in attachment: {v!r}")
                    if mt["loc"] in ("body", "quoted") and v not in body:
                        err(f"{mid}: {mt['loc']}-loc value not in text: {v!r}")
                    if mt["loc"] == "quoted":
                        qm = QUOTE_RE.search(body)
                        if not qm:
                            err(f"{mid}: quoted-loc mail without a quoted/forwarded part")
                        elif v in body[:qm.start()] or v in subj:
                            err(f"{mid}: quoted-loc value outside the quoted part: {v!r}")
    if set(meta) != set(want):
        err("meta.json ids differ from mail ids")

    # per-org balance
    orgs = Counter((meta[i]["org"], e) for i, e in zip(ids, exp) if i in meta)
    for (o, e), n in orgs.items():
        if n != 10:
            err(f"org {o} has {n} {e}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
