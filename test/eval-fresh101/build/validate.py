"""Validate fresh.json and build/meta.json of the cw (eval-fresh101) set. Prints OK."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import PRIVATE_DOMAINS, luhn_valid, mynumber_valid, quote_start  # noqa: E402

PREFIX = "cw"
ORGS = ["A", "B", "C", "D", "E"]
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
KEYS_REQUIRED = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
KEYS_ALLOWED = set(KEYS_REQUIRED) | {"cc", "bcc", "attachments", "personal"}

ADDR_RE = re.compile(r"^(?P<name>[^<>]*\S)\s+<(?P<addr>[A-Za-z0-9._%+-]+@(?P<dom>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", re.A)
URL_RE = re.compile(r"https?://([^/\s:?#)>」』、。]+)", re.A)
TLDS = "com|net|org|jp|info|biz|io|edu|gov|vn|cn|kr|tw|np|lk|mm|bd|ph|th|mn|uk|au|de|fr|sg"
HOST_RE = re.compile(r"(?<![\w.@-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:%s))(?![\w-])(?!@)" % TLDS, re.I | re.A)
PHONE_JP_RE = re.compile(r"(?<![\d-])0\d{1,4}-(\d{1,4})-\d{3,4}(?![\d-])")
PHONE_INTL_RE = re.compile(r"\+\d{1,3}-[\d-]{6,}\d")
MYNUM_LABEL_RE = re.compile(r"(?:マイナンバー|個人番号)[^\d\n]{0,12}(\d{4}[ -]?\d{4}[ -]?\d{4})(?!\d)")
TWELVE_RE = re.compile(r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])")
CARD_RE = re.compile(r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}|\d{4}[ -]?\d{6}[ -]?\d{5})(?![\d-])")
KIND_HOLD_RE = re.compile(r"^(sensitive|id|list|personal|recipients)\.[a-z0-9_]+$")
KIND_PASS_RE = re.compile(r"^benign\.[a-z0-9_]+$")


def domain_ok(d):
    d = d.lower().rstrip(".")
    return d in PRIVATE_DOMAINS or re.search(r"(^|\.)example(\.[a-z]{2,})+$", d) is not None


def main():
    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    err = []

    def bad(mid, msg):
        err.append(f"{mid}: {msg}")

    # ---- counts, ids, runs
    if len(mails) != 100:
        err.append(f"expected 100 mails, got {len(mails)}")
    for i, m in enumerate(mails, 1):
        if m.get("id") != f"{PREFIX}{i:03d}":
            bad(m.get("id"), f"id out of order, expected {PREFIX}{i:03d}")
        if list(m.keys())[0] != "id":
            bad(m.get("id"), "id must be the first key")
    if set(meta) != {m.get("id") for m in mails}:
        err.append("meta.json ids differ from fresh.json ids")
    ex = Counter(m.get("expect") for m in mails)
    if ex != Counter({"hold": 50, "pass": 50}):
        err.append(f"expect counts {dict(ex)} != 50/50")
    run, prev = 0, None
    for m in mails:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            bad(m["id"], "more than 3 in a row with the same expect")

    per_org = defaultdict(Counter)
    loc_org = defaultdict(Counter)
    writers = defaultdict(set)
    for m in mails:
        mt = meta.get(m["id"], {})
        org = mt.get("org")
        if org not in ORGS:
            bad(m["id"], f"bad org {org}")
            continue
        per_org[org][m["expect"]] += 1
        writers[org].add(mt.get("writer"))
        if m["expect"] == "hold":
            loc_org[org][mt.get("loc")] += 1
        elif mt.get("loc") != "none":
            bad(m["id"], "pass must have loc none")
    for org in ORGS:
        if per_org[org] != Counter({"hold": 10, "pass": 10}):
            err.append(f"org {org}: {dict(per_org[org])} != 10/10")
        if loc_org[org] != Counter(LOC_QUOTA):
            err.append(f"org {org}: locations {dict(loc_org[org])} != {LOC_QUOTA}")
        if not 2 <= len(writers[org]) <= 3:
            err.append(f"org {org}: {len(writers[org])} writers")

    # ---- per mail
    for m in mails:
        mid = m.get("id")
        mt = meta.get(mid, {})
        loc = mt.get("loc")
        keys = set(m)
        for k in KEYS_REQUIRED:
            if k not in m or m[k] in ("", None, []):
                bad(mid, f"missing {k}")
        if keys - KEYS_ALLOWED:
            bad(mid, f"unknown keys {keys - KEYS_ALLOWED}")
        expect, kind = m.get("expect"), m.get("kind", "")
        if expect == "hold":
            if not (KIND_HOLD_RE.match(kind) or kind == "attachment.encrypted_zip"):
                bad(mid, f"bad hold kind {kind}")
        elif expect == "pass":
            if not KIND_PASS_RE.match(kind):
                bad(mid, f"bad pass kind {kind}")
        else:
            bad(mid, f"bad expect {expect}")
        if not isinstance(m.get("why"), str) or "\n" in m.get("why", "\n"):
            bad(mid, "why must be one line")

        # addresses
        fm = ADDR_RE.match(m.get("from", ""))
        if not fm:
            bad(mid, f"bad from {m.get('from')}")
            continue
        sender_dom = fm.group("dom").lower()
        outside_visible = 0
        for field in ("to", "cc", "bcc"):
            if field in m and not isinstance(m[field], list):
                bad(mid, f"{field} must be a list")
                continue
            for a in m.get(field, []):
                am = ADDR_RE.match(a)
                if not am:
                    bad(mid, f"bad address in {field}: {a}")
                    continue
                if not domain_ok(am.group("dom")):
                    bad(mid, f"domain not allowed in {field}: {a}")
                if field != "bcc" and am.group("dom").lower() != sender_dom:
                    outside_visible += 1
        if not domain_ok(sender_dom):
            bad(mid, f"sender domain not allowed {sender_dom}")
        is_recip = kind.startswith("recipients.")
        if outside_visible > 10 and not (expect == "hold" and is_recip):
            bad(mid, f"{outside_visible} visible outside recipients on a non-recipients mail")
        if is_recip and outside_visible <= 10:
            bad(mid, f"recipients hold with only {outside_visible} visible outside recipients")
        if (loc == "recipients") != is_recip:
            bad(mid, "loc recipients and recipients.* kind must go together")

        # attachments
        atts = m.get("attachments", [])
        enc = [x for x in atts if x.get("encrypted")]
        for x in atts:
            if not x.get("filename") or not x.get("contentType"):
                bad(mid, "attachment without filename/contentType")
            if x.get("encrypted"):
                if x.get("contentType") != "application/zip" or "text" in x:
                    bad(mid, "encrypted attachment must be application/zip without text")
            elif not isinstance(x.get("text"), str) or not x["text"].strip():
                bad(mid, f"attachment {x.get('filename')} has no text")
        if enc and kind != "attachment.encrypted_zip":
            bad(mid, "encrypted zip on a kind other than attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip" and not enc:
            bad(mid, "attachment.encrypted_zip without an encrypted zip")
        inner = [x for x in atts if ".zip/" in x.get("filename", "")]
        if loc == "zip" and not (enc or inner):
            bad(mid, "zip hold without an encrypted zip or a file inside a zip")

        # domains, phones in texts
        texts = [m.get("subject", ""), m.get("text", "")] + [x.get("text", "") for x in atts]
        blob = "\n".join(texts)
        for d in EMAIL_RE.findall(blob) + URL_RE.findall(blob) + HOST_RE.findall(blob):
            if not domain_ok(d):
                bad(mid, f"domain not allowed in text: {d}")
        for pm in PHONE_JP_RE.finditer(blob):
            if set(pm.group(1)) != {"0"}:
                bad(mid, f"phone without 0000 exchange: {pm.group(0)}")
        for pm in PHONE_INTL_RE.finditer(blob):
            if "0000" not in pm.group(0) and "-000-" not in pm.group(0):
                bad(mid, f"international phone without 0000: {pm.group(0)}")

        # マイナンバー check digits
        for n in MYNUM_LABEL_RE.findall(blob):
            if not mynumber_valid(n):
                bad(mid, f"labelled マイナンバー with bad check digit: {n}")
        if kind.startswith("id.mynumber"):
            found = TWELVE_RE.findall(blob)
            if not found:
                bad(mid, "id.mynumber* mail without a 12-digit number")
            for n in found:
                if not mynumber_valid(n):
                    bad(mid, f"12-digit number with bad check digit in id.mynumber mail: {n}")
        for x in atts:
            if x.get("filename", "").lower().endswith(".csv") and x.get("text"):
                rows = list(csv.reader(io.StringIO(x["text"])))
                if rows:
                    cols = [i for i, h in enumerate(rows[0]) if "マイナンバー" in h or "個人番号" in h]
                    for r in rows[1:]:
                        for i in cols:
                            if i < len(r) and r[i].strip() and not mynumber_valid(r[i]):
                                bad(mid, f"CSV マイナンバー with bad check digit: {r[i]}")
        # card numbers on holds
        if expect == "hold":
            for n in CARD_RE.findall(blob):
                if not luhn_valid(n):
                    bad(mid, f"card-like number failing Luhn on a hold: {n}")

        # personal values
        pers = m.get("personal")
        if expect == "pass" and pers:
            bad(mid, "pass with personal values")
        if expect == "hold":
            if loc not in ("zip", "recipients") and not pers:
                bad(mid, "hold without personal values")
            subj, body = m.get("subject", ""), m.get("text", "")
            att_blob = "\n".join(x.get("text", "") for x in atts)
            inner_blob = "\n".join(x.get("text", "") for x in inner)
            qs = quote_start(body)
            for p in pers or []:
                v, t = p.get("value", ""), p.get("type", "")
                if not v or not t:
                    bad(mid, "personal entry without type/value")
                    continue
                if v not in subj and v not in body and v not in att_blob:
                    bad(mid, f"personal value not found: {v}")
                if loc == "attachment":
                    if v in subj or v in body:
                        bad(mid, f"attachment-only hold has value in subject/body: {v}")
                    if v not in att_blob:
                        bad(mid, f"attachment-only hold value not in attachment: {v}")
                elif loc == "subject":
                    if v not in subj:
                        bad(mid, f"subject-only hold value not in subject: {v}")
                    if v in body or v in att_blob:
                        bad(mid, f"subject-only hold value in body/attachment: {v}")
                elif loc == "quoted":
                    if qs is None:
                        bad(mid, "quoted hold without a quoted/forwarded part")
                        break
                    if v in subj or v in body[:qs]:
                        bad(mid, f"quoted hold has value above the quoted part: {v}")
                    if v not in body[qs:]:
                        bad(mid, f"quoted hold value not in quoted part: {v}")
                elif loc == "zip":
                    if v in subj or v in body:
                        bad(mid, f"zip hold has value in subject/body: {v}")
                    if v not in inner_blob:
                        bad(mid, f"zip hold value not inside the zip: {v}")
                elif loc == "body":
                    if v not in body and v not in subj:
                        bad(mid, f"body hold value not in body: {v}")

    if err:
        print("\n".join(err))
        print(f"FAILED ({len(err)} problems)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
