"""Validate eval-fresh61/fresh.json and build/meta.json against the blind brief. Prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREFIX = "bi"
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
ADDR_RE = re.compile(r"^.+ <([^<>@\s]+)@([^<>@\s]+)>$")
FREEMAIL = {"gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp"}
CARD_RE = re.compile(r"(?<![\d*])(\d{4})[ -]?(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?![\d])")
QUOTE_MARKERS = [re.compile(p, re.M) for p in (
    r"^>", r"-{3,} ?Forwarded", r"-{3,} ?Original Message", r"-{3,} ?転送", r"^On .+wrote:",
    r"^\d{4}/\d{2}/\d{2} .+:$", r"^From: ", r"^差出人: ")]

errors = []


def err(msg):
    errors.append(msg)


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mynumber_ok(digits):
    if not re.fullmatch(r"\d{12}", digits):
        return False
    body, check = digits[:11], int(digits[11])
    s = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return check == (0 if r <= 1 else 11 - r)


def domain_of(addr):
    m = ADDR_RE.match(addr)
    return m.group(2).lower() if m else None


def main():
    data = json.load(open(os.path.join(ROOT, "fresh.json"), encoding="utf-8"))
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    if not isinstance(data, list) or len(data) != 100:
        err(f"expected 100 mails, got {len(data)}")
    ids = [m.get("id") for m in data]
    if ids != [f"{PREFIX}{i:03d}" for i in range(1, 101)]:
        err("ids are not bi001..bi100 in order")
    exp = Counter(m.get("expect") for m in data)
    if exp["hold"] != 50 or exp["pass"] != 50:
        err(f"hold/pass split is {dict(exp)}")
    run = 1
    for i in range(1, len(data)):
        run = run + 1 if data[i]["expect"] == data[i - 1]["expect"] else 1
        if run > 3:
            err(f"{data[i]['id']}: run of {run} equal expect")
    if set(meta) != set(ids):
        err("meta.json ids differ from fresh.json ids")
    per_org = Counter()
    for m in data:
        mid = m.get("id")
        for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if f not in m or m[f] in ("", None, []):
                err(f"{mid}: missing field {f}")
        if m.get("expect") not in ("hold", "pass"):
            err(f"{mid}: bad expect")
        kind = m.get("kind", "")
        hold = m.get("expect") == "hold"
        if hold and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(f"{mid}: hold with kind {kind}")
        if not hold and not kind.startswith("benign."):
            err(f"{mid}: pass with kind {kind}")
        # addresses
        sender_dom = domain_of(m.get("from", ""))
        if sender_dom is None:
            err(f"{mid}: bad from address")
        for f in ("to", "cc", "bcc"):
            for a in m.get(f, []):
                d = domain_of(a)
                if d is None:
                    err(f"{mid}: bad {f} address {a!r}")
                elif "example" not in d and d not in FREEMAIL:
                    err(f"{mid}: non-example domain {d}")
        outside = {a.split("<")[1].lower() for a in m.get("to", []) + m.get("cc", [])
                   if domain_of(a) and domain_of(a) != sender_dom}
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err(f"{mid}: recipients hold with only {len(outside)} visible outside")
        elif len(outside) > 10:
            err(f"{mid}: {len(outside)} visible outside recipients on a non-recipients mail")
        # attachments
        atts = m.get("attachments", [])
        enc = [a for a in atts if a.get("encrypted")]
        for a in atts:
            if "filename" not in a or "contentType" not in a:
                err(f"{mid}: attachment lacks filename/contentType")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip" or "text" in a:
                    err(f"{mid}: encrypted attachment must be application/zip without text")
            elif not a.get("text"):
                err(f"{mid}: unencrypted attachment without text")
        if kind == "attachment.encrypted_zip":
            if not hold or not enc:
                err(f"{mid}: encrypted_zip kind without encrypted zip")
        elif enc:
            err(f"{mid}: encrypted zip on kind {kind}")
        # personal
        att_text = "\n".join(a.get("text", "") for a in atts)
        hay = m.get("subject", "") + "\n" + m.get("text", "") + "\n" + att_text
        needs_personal = hold and not kind.startswith("recipients.") and kind != "attachment.encrypted_zip"
        pers = m.get("personal")
        if needs_personal and not pers:
            err(f"{mid}: hold without personal")
        if not hold and pers:
            err(f"{mid}: pass with personal")
        for p in pers or []:
            if set(p) != {"type", "value"}:
                err(f"{mid}: personal item keys {sorted(p)}")
            if p.get("value", "") not in hay:
                err(f"{mid}: personal value not found: {p.get('value')!r}")
            if p.get("type") == "mynumber":
                digits = re.sub(r"\D", "", p["value"])
                if not mynumber_ok(digits):
                    err(f"{mid}: invalid mynumber check digit {p['value']}")
        # card-like numbers anywhere
        for mm in CARD_RE.finditer(hay):
            digits = "".join(mm.groups())
            if not luhn_ok(digits):
                err(f"{mid}: card-like number not Luhn-valid: {mm.group(0)}")
        # meta
        mt = meta.get(mid, {})
        if set(mt) != {"org", "writer", "loc"}:
            err(f"{mid}: meta keys {sorted(mt)}")
            continue
        per_org[(mt["org"], m["expect"])] += 1
        loc = mt["loc"]
        if not hold:
            if loc is not None:
                err(f"{mid}: pass with loc {loc}")
            continue
        if loc not in LOCS:
            err(f"{mid}: bad loc {loc}")
        if (loc == "zip") != (kind == "attachment.encrypted_zip"):
            err(f"{mid}: loc zip must go with attachment.encrypted_zip")
        if (loc == "recipients") != kind.startswith("recipients."):
            err(f"{mid}: loc recipients must go with recipients.*")
        vals = [p["value"] for p in pers or []]
        body = m["text"]
        if loc == "subject":
            if not any(v in m["subject"] for v in vals):
                err(f"{mid}: loc subject but no personal value in subject")
            if any(v in body or v in att_text for v in vals):
                err(f"{mid}: loc subject but a personal value also in body/attachment")
        if loc == "attachment":
            if not any(v in att_text for v in vals):
                err(f"{mid}: loc attachment but no personal value in attachment")
            if any(v in body or v in m["subject"] for v in vals):
                err(f"{mid}: loc attachment but a personal value also in body/subject")
        if loc == "quoted":
            starts = [mk.search(body).start() for mk in QUOTE_MARKERS if mk.search(body)]
            if not starts:
                err(f"{mid}: loc quoted but no quote marker")
            else:
                q0 = min(starts)
                for v in vals:
                    pos = body.find(v)
                    if pos == -1 or pos < q0 or v in m["subject"]:
                        err(f"{mid}: loc quoted but {v!r} not only in quoted part")
        if loc == "body":
            if not any(v in body for v in vals):
                err(f"{mid}: loc body but no personal value in body")
    for org in "ABCDE":
        if per_org[(org, "hold")] != 10 or per_org[(org, "pass")] != 10:
            err(f"org {org}: {per_org[(org, 'hold')]} hold / {per_org[(org, 'pass')]} pass")
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
