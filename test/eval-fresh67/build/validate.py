# -*- coding: utf-8 -*-
"""Validate eval-fresh67/fresh.json against the blind brief's rules. Prints OK on success."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "bo"
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
errors = []


def err(msg):
    errors.append(msg)


def mn_valid(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12:
        return False
    tot = 0
    for n in range(1, 12):
        p = int(d[11 - n]); q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)


def luhn(s):
    d = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


ADDR = re.compile(r"^[^<>]+ <([^@<>\s]+)@([^@<>\s]+)>$")


def domain(a):
    m = ADDR.match(a)
    return m.group(2).lower() if m else None


def main():
    mails = json.load(open(os.path.join(OUT, "fresh.json"), encoding="utf-8"))
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    if len(mails) != 100:
        err(f"expected 100 mails, got {len(mails)}")
    ids = [m.get("id") for m in mails]
    if ids != [f"{PREFIX}{i:03d}" for i in range(1, 101)]:
        err("ids not bo001..bo100 in order")
    exp = [m.get("expect") for m in mails]
    if exp.count("hold") != 50 or exp.count("pass") != 50:
        err(f"hold/pass = {exp.count('hold')}/{exp.count('pass')}")
    run = 1
    for i in range(1, len(exp)):
        run = run + 1 if exp[i] == exp[i - 1] else 1
        if run > 3:
            err(f"run of >3 equal expect ending at {ids[i]}")
    if set(meta) != set(ids):
        err("meta.json ids differ from fresh.json ids")
    card_re = re.compile(r"(?<!\d)(\d{4})[ -](\d{4})[ -](\d{4})[ -](\d{4})(?!\d)|(?<!\d)\d{16}(?!\d)")
    for m in mails:
        i = m.get("id")
        for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if not m.get(f):
                err(f"{i}: missing {f}")
        e, k = m.get("expect"), m.get("kind", "")
        if e == "pass" and not k.startswith("benign."):
            err(f"{i}: pass with kind {k}")
        if e == "hold" and not (k.startswith(HOLD_PREFIXES) or k == "attachment.encrypted_zip"):
            err(f"{i}: hold with kind {k}")
        if e not in ("hold", "pass"):
            err(f"{i}: bad expect {e}")
        # addresses
        addrs = [m["from"]] + m.get("to", []) + m.get("cc", []) + m.get("bcc", [])
        for a in addrs:
            if domain(a) is None:
                err(f"{i}: bad address {a!r}")
        sd = domain(m["from"])
        outside = [a for a in m.get("to", []) + m.get("cc", []) if domain(a) != sd]
        if k.startswith("recipients."):
            if len(outside) <= 10:
                err(f"{i}: recipients hold with only {len(outside)} outside")
        elif len(outside) > 10:
            err(f"{i}: {len(outside)} visible outside recipients on non-recipients mail")
        # attachments
        atts = m.get("attachments", [])
        has_enc = False
        for a in atts:
            if not a.get("filename") or not a.get("contentType"):
                err(f"{i}: attachment missing filename/contentType")
            if a.get("encrypted"):
                has_enc = True
                if a.get("contentType") != "application/zip":
                    err(f"{i}: encrypted non-zip")
                if "text" in a:
                    err(f"{i}: encrypted zip has text")
            elif not isinstance(a.get("text"), str) or not a["text"]:
                err(f"{i}: attachment without text")
        if has_enc != (k == "attachment.encrypted_zip"):
            err(f"{i}: encrypted zip / kind mismatch")
        # personal
        hay = m.get("subject", "") + "\n" + m.get("text", "") + "\n" + "\n".join(
            a.get("text", "") for a in atts)
        pers = m.get("personal")
        need_personal = e == "hold" and not k.startswith("recipients.") and k != "attachment.encrypted_zip"
        if need_personal and not pers:
            err(f"{i}: hold without personal")
        if e == "pass" and pers:
            err(f"{i}: pass with personal")
        for p in pers or []:
            if not p.get("type") or not p.get("value"):
                err(f"{i}: bad personal item {p}")
                continue
            if p["value"] not in hay:
                err(f"{i}: personal value not found: {p['value']!r}")
            if p["type"] == "mynumber" and not mn_valid(p["value"]):
                err(f"{i}: mynumber check digit invalid: {p['value']}")
        for cm in card_re.finditer(hay):
            if not luhn(cm.group(0)):
                err(f"{i}: card-like number not Luhn-valid: {cm.group(0)}")
        # meta
        md = meta.get(i)
        if not md or not all(x in md for x in ("org", "writer", "loc")):
            err(f"{i}: meta incomplete")
        elif e == "pass" and md["loc"] is not None:
            err(f"{i}: pass with loc {md['loc']}")
        elif e == "hold" and md["loc"] not in LOCS:
            err(f"{i}: hold with bad loc {md['loc']}")
        elif e == "hold":
            if (md["loc"] == "zip") != (k == "attachment.encrypted_zip"):
                err(f"{i}: loc zip / kind mismatch")
            if (md["loc"] == "recipients") != k.startswith("recipients."):
                err(f"{i}: loc recipients / kind mismatch")
    # per-org balance
    orgs = {}
    for m in mails:
        o = meta[m["id"]]["org"]
        orgs.setdefault(o, []).append(m["expect"])
    for o, ex in orgs.items():
        if len(ex) != 20 or ex.count("hold") != 10:
            err(f"org {o}: {len(ex)} mails, {ex.count('hold')} holds")
    if errors:
        for x in errors:
            print("ERROR", x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
