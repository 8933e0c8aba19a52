"""Validate eval-fresh60/fresh.json and build/meta.json. Prints OK or a list of problems."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from numchk import mynumber_valid, luhn_valid  # noqa: E402

OUT = os.path.dirname(HERE)
PREFIX = "bh"
ADDR = re.compile(r"^[^<>]+ <([A-Za-z0-9._%+\-]+)@([A-Za-z0-9.\-]+\.[A-Za-z]+)>$")
CARD = re.compile(r"(?<!\d)\d{4}[ \-]\d{4}[ \-]\d{4}[ \-]\d{4}(?!\d)")
CARD_BARE = re.compile(r"(?<!\d)\d{16}(?!\d)")
FREEMAIL = {"gmail.com", "yahoo.co.jp"}
HOLD_PREFIX = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
QUOTE_MARKERS = ("Forwarded", "転送メッセージ", "Original Message", "\n> ", "\n>")

problems = []


def err(mid, msg):
    problems.append(f"{mid}: {msg}")


def domain(a):
    m = ADDR.match(a)
    return m.group(2).lower() if m else None


def all_text(m):
    parts = [m.get("subject", ""), m.get("text", "")]
    for a in m.get("attachments", []) or []:
        parts.append(a.get("text", "") or "")
    return parts


def quoted_start(text):
    idx = [text.find(q) for q in QUOTE_MARKERS if text.find(q) >= 0]
    return min(idx) if idx else -1


def main():
    mails = json.load(open(os.path.join(OUT, "fresh.json"), encoding="utf-8"))
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    if len(mails) != 100:
        err("set", f"{len(mails)} mails, expected 100")
    holds = sum(1 for m in mails if m.get("expect") == "hold")
    passes = sum(1 for m in mails if m.get("expect") == "pass")
    if holds != 50 or passes != 50:
        err("set", f"hold={holds} pass={passes}, expected 50/50")
    run, prev = 0, None
    for i, m in enumerate(mails, 1):
        mid = m.get("id")
        if mid != f"{PREFIX}{i:03d}":
            err(mid, f"id out of order, expected {PREFIX}{i:03d}")
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(mid, "more than 3 equal expect in a row")
    per_org = {}
    for m in mails:
        mid = m.get("id")
        for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if f not in m or m[f] in ("", None, []):
                err(mid, f"missing field {f}")
        exp, kind = m.get("expect"), m.get("kind", "")
        if exp not in ("hold", "pass"):
            err(mid, f"bad expect {exp}")
        if exp == "pass" and not kind.startswith("benign."):
            err(mid, f"pass with kind {kind}")
        if exp == "hold" and not (kind.startswith(HOLD_PREFIX) or kind == "attachment.encrypted_zip"):
            err(mid, f"hold with kind {kind}")
        # addresses
        sender_dom = domain(m.get("from", ""))
        if not sender_dom:
            err(mid, f"bad from address {m.get('from')}")
        for fld in ("to", "cc", "bcc"):
            v = m.get(fld)
            if v is None:
                continue
            if not isinstance(v, list):
                err(mid, f"{fld} not a list")
                continue
            for a in v:
                d = domain(a)
                if not d:
                    err(mid, f"bad address in {fld}: {a}")
                elif "example" not in d and d not in FREEMAIL:
                    err(mid, f"non-example domain {d}")
        visible = (m.get("to") or []) + (m.get("cc") or [])
        outside = [a for a in visible if domain(a) and domain(a) != sender_dom]
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err(mid, f"recipients hold with only {len(outside)} outside recipients")
        elif len(outside) > 10:
            err(mid, f"{len(outside)} outside recipients on a non-recipients mail")
        # attachments
        atts = m.get("attachments") or []
        enc = [a for a in atts if a.get("encrypted")]
        for a in atts:
            if "filename" not in a or "contentType" not in a:
                err(mid, "attachment missing filename/contentType")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip" or "text" in a:
                    err(mid, "encrypted zip must be application/zip without text")
            elif "text" not in a:
                err(mid, f"attachment {a.get('filename')} without text")
        if kind == "attachment.encrypted_zip":
            if exp != "hold" or not enc:
                err(mid, "encrypted_zip kind without an encrypted zip")
        elif enc:
            err(mid, "encrypted zip on a mail that is not attachment.encrypted_zip")
        # personal
        texts = all_text(m)
        pers = m.get("personal")
        needs_personal = exp == "hold" and not kind.startswith("recipients.") \
            and kind != "attachment.encrypted_zip"
        if needs_personal and not pers:
            err(mid, "hold without personal")
        for p in pers or []:
            if set(p) != {"type", "value"}:
                err(mid, f"bad personal entry {p}")
                continue
            if not any(p["value"] in t for t in texts):
                err(mid, f"personal value not found: {p['value']!r}")
            if p["type"] == "mynumber" and not mynumber_valid(p["value"]):
                err(mid, f"mynumber check digit invalid: {p['value']}")
        # card-like numbers anywhere
        for t in texts:
            for c in CARD.findall(t) + CARD_BARE.findall(t):
                if not luhn_valid(c):
                    err(mid, f"card-like number not Luhn-valid: {c}")
        # meta
        mt = meta.get(mid)
        if not mt:
            err(mid, "missing from meta.json")
            continue
        for f in ("org", "writer", "loc"):
            if f not in mt:
                err(mid, f"meta missing {f}")
        loc = mt.get("loc")
        per_org.setdefault(mt.get("org"), []).append((exp, mt.get("writer")))
        if exp == "pass" and loc is not None:
            err(mid, "pass with non-null loc")
        if exp == "hold":
            if loc not in LOCS:
                err(mid, f"bad loc {loc}")
            if (loc == "recipients") != kind.startswith("recipients."):
                err(mid, "loc recipients must match recipients.* kind")
            if (loc == "zip") != (kind == "attachment.encrypted_zip"):
                err(mid, "loc zip must match attachment.encrypted_zip kind")
            vals = [p["value"] for p in pers or []]
            body = m.get("text", "")
            if loc == "attachment":
                att_text = "".join(a.get("text", "") for a in atts)
                for v in vals:
                    if v not in att_text:
                        err(mid, f"attachment-loc value not in attachment: {v!r}")
                    if v in body or v in m.get("subject", ""):
                        err(mid, f"attachment-loc value also in body/subject: {v!r}")
            if loc == "subject":
                for v in vals:
                    if v not in m.get("subject", ""):
                        err(mid, f"subject-loc value not in subject: {v!r}")
                    if v in body:
                        err(mid, f"subject-loc value also in body: {v!r}")
            if loc == "quoted":
                qs = quoted_start(body)
                if qs < 0:
                    err(mid, "quoted-loc mail without a quote/forward marker")
                for v in vals:
                    pos = body.find(v)
                    if pos < 0 or pos < qs:
                        err(mid, f"quoted-loc value not only in quoted part: {v!r}")
            if loc == "body":
                for v in vals:
                    if v not in body:
                        err(mid, f"body-loc value not in body: {v!r}")
    if set(meta) != {m.get("id") for m in mails}:
        err("meta", "meta ids differ from fresh.json ids")
    for org, items in sorted(per_org.items()):
        h = sum(1 for e, _ in items if e == "hold")
        if len(items) != 20 or h != 10:
            err(f"org {org}", f"{len(items)} mails, {h} holds (expected 20/10)")
        writers = {w for _, w in items}
        if not 2 <= len(writers) <= 3:
            err(f"org {org}", f"{len(writers)} writers")
    if len(per_org) != 5:
        err("set", f"{len(per_org)} organisations, expected 5")
    if problems:
        print("\n".join(problems))
        print(f"FAILED ({len(problems)} problems)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
