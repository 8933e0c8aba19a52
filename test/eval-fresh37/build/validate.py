#!/usr/bin/env python3
"""Validate ../fresh.json for blind set 37."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "fresh.json")
PREFIX = "ak"
FREE = ("gmail.com", "yahoo.co.jp", "icloud.com", "ezweb.ne.jp", "docomo.ne.jp", "outlook.jp",
        "softbank.ne.jp", "nifty.com", "biglobe.ne.jp", "hotmail.co.jp", "so-net.ne.jp",
        "jcom.zaq.ne.jp", "ybb.ne.jp")
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.encrypted_zip")

def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12:
        return False
    digits = [int(c) for c in d]
    tot = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    return digits[11] == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0

def addr(a):
    m = re.search(r"<([^>]+)>", a)
    return (m.group(1) if m else a).strip().lower()

def domain(a):
    return addr(a).split("@")[-1]

def main():
    data = json.load(open(PATH, encoding="utf-8"))
    errs = []
    def err(i, msg):
        errs.append(f"{i}: {msg}")
    if len(data) != 100:
        err("set", f"{len(data)} mails, expected 100")
    holds = sum(1 for r in data if r["expect"] == "hold")
    passes = sum(1 for r in data if r["expect"] == "pass")
    if (holds, passes) != (50, 50):
        err("set", f"hold/pass = {holds}/{passes}")
    run, prev = 0, None
    for n, r in enumerate(data, 1):
        i = r.get("id")
        if i != f"{PREFIX}{n:03d}":
            err(i, f"id out of order, expected {PREFIX}{n:03d}")
        for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if not r.get(f):
                err(i, f"missing field {f}")
        run = run + 1 if r["expect"] == prev else 1
        prev = r["expect"]
        if run > 3:
            err(i, "more than 3 same labels in a row")
        k = r["kind"]
        if r["expect"] == "pass" and not k.startswith("benign."):
            err(i, "pass kind must be benign.*")
        if r["expect"] == "hold" and not k.startswith(HOLD_PREFIXES):
            err(i, f"bad hold kind {k}")
        # personal values
        hay = [r["subject"], r["text"]] + [a.get("text", "") for a in r.get("attachments", [])]
        for p in r.get("personal", []):
            if not any(p["value"] in h for h in hay):
                err(i, f"personal value not found: {p['value']!r}")
            if p["type"] == "mynumber" and not mynumber_ok(p["value"]):
                err(i, f"bad My Number check digit {p['value']}")
            if p["type"] == "card" and not luhn_ok(p["value"]):
                err(i, f"card fails Luhn {p['value']}")
        if r["expect"] == "pass" and r.get("personal"):
            err(i, "pass mail carries personal list")
        if r["expect"] == "hold" and not (k.startswith(("recipients.", "attachment.")) or r.get("personal")):
            err(i, "hold mail without personal values")
        # recipients
        own = domain(r["from"])
        visible = [a for a in r["to"] + r.get("cc", []) if domain(a) != own]
        if len(visible) > 10 and not k.startswith("recipients."):
            err(i, f"{len(visible)} visible outside recipients on non-recipients mail")
        if k.startswith("recipients.") and len(visible) <= 10:
            err(i, "recipients.* hold with <= 10 visible outside recipients")
        # encrypted zips
        enc = [a for a in r.get("attachments", []) if a.get("encrypted")]
        if enc and k != "attachment.encrypted_zip":
            err(i, "encrypted zip on a mail not labelled attachment.encrypted_zip")
        if k == "attachment.encrypted_zip" and not enc:
            err(i, "attachment.encrypted_zip without an encrypted attachment")
        for a in enc:
            if "text" in a or a.get("contentType") != "application/zip":
                err(i, "encrypted zip must be application/zip with no text")
        # every address is invented (example-style) or on a free-mail/ISP domain
        for a in [r["from"]] + r["to"] + r.get("cc", []) + r.get("bcc", []):
            d = domain(a)
            if "@" not in addr(a) or not ("example" in d or d in FREE):
                err(i, f"address not synthetic/free-mail: {a}")
    for e in errs:
        print("ERROR", e)
    print(f"{len(data)} mails, hold {holds}, pass {passes}, {len(errs)} errors")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
