"""Check fresh.json (and build/meta.json) against the brief; prints OK or the problems."""

import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_valid, luhn_valid, FREE_MAIL  # noqa: E402

PREFIX = "cc"
ROOT = os.path.dirname(HERE)

HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
ADDR_RE = re.compile(r"^[^<>]+ <([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
DIGITS_RE = re.compile(r"\d(?:[\d \-]*\d)?")
MYNUM_LABEL_RE = re.compile(r"(マイナンバー|個人番号|My ?Number)", re.I)
PHONE_RE = re.compile(r"(?<![\d\-+])0\d{1,3}-(\d{3,4})-\d{4}(?![\d\-])")
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def domain_ok(d):
    d = d.lower()
    return d in FREE_MAIL or re.fullmatch(r"[a-z0-9.-]+\.example\.[a-z.]+", d) is not None


def texts(m):
    yield "subject", m["subject"]
    yield "text", m["text"]
    for a in m.get("attachments", []):
        if "text" in a:
            yield a["filename"], a["text"]


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if len(mails) != 100:
        err("set", f"{len(mails)} mails, expected 100")
    for n, m in enumerate(mails, 1):
        if m.get("id") != f"{PREFIX}{n:03d}":
            err(m.get("id"), f"id out of order, expected {PREFIX}{n:03d}")

    exp = collections.Counter(m["expect"] for m in mails)
    if exp["hold"] != 50 or exp["pass"] != 50:
        err("set", f"expect counts {dict(exp)}")

    per_org = collections.Counter((meta[m["id"]]["org"], m["expect"]) for m in mails)
    for org in "ABCDE":
        for e in ("hold", "pass"):
            if per_org[(org, e)] != 10:
                err("set", f"org {org} has {per_org[(org, e)]} {e}")
    locs = collections.Counter((meta[m["id"]]["org"], meta[m["id"]]["loc"]) for m in mails if m["expect"] == "hold")
    for org in "ABCDE":
        for loc, q in LOC_QUOTA.items():
            if locs[(org, loc)] != q:
                err("set", f"org {org} has {locs[(org, loc)]} holds at {loc}, expected {q}")
    writers = collections.defaultdict(set)
    for m in mails:
        writers[meta[m["id"]]["org"]].add(meta[m["id"]]["writer"])
    for org, w in writers.items():
        if not 2 <= len(w) <= 3:
            err("set", f"org {org} has {len(w)} writers")

    run, prev = 0, None
    for m in mails:
        run = run + 1 if m["expect"] == prev else 1
        prev = m["expect"]
        if run > 3:
            err(m["id"], "more than 3 consecutive ids with the same expect")

    for m in mails:
        mid, kind, expect = m["id"], m["kind"], m["expect"]
        for key in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if not m.get(key):
                err(mid, f"missing {key}")
        if expect == "hold":
            if not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
                err(mid, f"bad hold kind {kind}")
        elif expect == "pass":
            if not kind.startswith("benign."):
                err(mid, f"bad pass kind {kind}")
        else:
            err(mid, f"bad expect {expect}")
        if not re.fullmatch(r"[a-z]+\.[a-z0-9_]+", kind):
            err(mid, f"kind not snake_case: {kind}")

        # addresses and domains
        sender_dom = None
        for field in ("from", "to", "cc", "bcc"):
            vals = m.get(field, [])
            if field == "from":
                vals = [vals]
            for a in vals:
                mm = ADDR_RE.match(a)
                if field == "bcc" and not mm and re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+", a):
                    dom = a.split("@")[1]
                elif not mm:
                    err(mid, f"bad address in {field}: {a}")
                    continue
                else:
                    dom = mm.group(2)
                if not domain_ok(dom):
                    err(mid, f"bad domain {dom}")
                if field == "from":
                    sender_dom = dom.lower()
        for where, t in texts(m):
            for d in EMAIL_RE.findall(t) + URL_RE.findall(t):
                if not domain_ok(d.rstrip(".")):
                    err(mid, f"bad domain {d} in {where}")
            for ph in PHONE_RE.finditer(t):
                if ph.group(1) not in ("0000", "000"):
                    err(mid, f"phone without 0000 exchange: {ph.group(0)} in {where}")

        # visible outside recipients
        outside = set()
        for a in m.get("to", []) + m.get("cc", []):
            mm = ADDR_RE.match(a)
            if mm and mm.group(2).lower() != sender_dom:
                outside.add(mm.group(1).lower() + "@" + mm.group(2).lower())
        if kind.startswith("recipients."):
            if len(outside) <= 10:
                err(mid, f"recipients hold with only {len(outside)} outside recipients")
        elif len(outside) > 10:
            err(mid, f"{len(outside)} visible outside recipients on non-recipients mail")

        # encrypted zips
        enc = [a for a in m.get("attachments", []) if a.get("encrypted")]
        if enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on a mail that is not attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip" and not enc:
            err(mid, "attachment.encrypted_zip without an encrypted zip")
        for a in m.get("attachments", []):
            if not a.get("filename") or not a.get("contentType"):
                err(mid, "attachment without filename/contentType")
            if a.get("encrypted"):
                if a["contentType"] != "application/zip":
                    err(mid, "encrypted attachment is not a zip")
            elif "text" not in a:
                err(mid, f"attachment {a.get('filename')} has no text")

        # My Number check digits
        for where, t in texts(m):
            for dm in DIGITS_RE.finditer(t):
                digits = re.sub(r"\D", "", dm.group(0))
                if len(digits) != 12:
                    continue
                labelled = MYNUM_LABEL_RE.search(t[max(0, dm.start() - 40):dm.start()]) is not None
                if kind == "id.mynumber" or labelled:
                    if not mynumber_valid(digits):
                        err(mid, f"My Number {dm.group(0)} fails check digit ({where})")

        # cards
        for p in m.get("personal", []):
            if p["type"] == "mynumber" and not mynumber_valid(p["value"]):
                err(mid, f"personal mynumber {p['value']} invalid")
            if p["type"] == "card":
                d = re.sub(r"\D", "", p["value"])
                if len(d) != 16 or not luhn_valid(d):
                    err(mid, f"card {p['value']} fails Luhn")
        if expect == "hold" and kind.startswith("id.card"):
            found = False
            for where, t in texts(m):
                for dm in DIGITS_RE.finditer(t):
                    digits = re.sub(r"\D", "", dm.group(0))
                    if len(digits) == 16:
                        found = True
                        if not luhn_valid(digits):
                            err(mid, f"card {dm.group(0)} fails Luhn ({where})")
            if not found:
                err(mid, "card hold without a 16-digit card number")

        # personal values
        alltext = [t for _, t in texts(m)]
        if expect == "pass" and m.get("personal"):
            err(mid, "pass mail with personal values")
        for p in m.get("personal", []):
            if not p.get("type") or not p.get("value"):
                err(mid, "personal entry missing type/value")
            elif not any(p["value"] in t for t in alltext):
                err(mid, f"personal value not found: {p['value']}")
        if expect == "hold" and not kind.startswith(("recipients.", "attachment.")) and not m.get("personal"):
            err(mid, "hold without personal values")

    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
