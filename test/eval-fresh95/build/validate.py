"""Validate fresh.json + build/meta.json of the eval-fresh95 set. Prints OK or the list of problems."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import ADDR_RE, domain_allowed, luhn_ok, mynumber_ok, quote_start  # noqa: E402

PREFIX = "cq"
N = 100
ORG_KEYS = ["A", "B", "C", "D", "E"]
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
OPTIONAL = {"cc", "bcc", "attachments", "personal"}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
KIND_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")

EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_IN_TEXT = re.compile(r"(?i)\b(?:https?|ftp)://([A-Za-z0-9.-]+)")
BARE_HOST = re.compile(
    r"(?<![A-Za-z0-9@._/-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|jp|edu|gov|io|info|biz|kr|uk|us|tw|cn|de|fr|in))"
    r"(?![A-Za-z0-9-])")
PHONE = re.compile(r"(?<![\d-])0\d{1,4}-(\d{2,4})-\d{3,4}(?![\d-])")

TWELVE = re.compile(r"(?<![\d])(?<!\d[ -])(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?![ -]?\d)")
MYNUM_LABEL = re.compile(r"(マイナンバー|個人番号|my ?number)", re.I)
CARD_LABEL = re.compile(r"(カード|card|クレジット)", re.I)
CARD_CAND = re.compile(r"(?<![\d*])\d(?:[ -]?\d){12,18}(?![\d])")

problems = []


def err(mid, msg):
    problems.append(f"{mid}: {msg}")


def texts_of(m):
    """(where, text) pairs: subject, body, each attachment text."""
    out = [("subject", m.get("subject", "")), ("body", m.get("text", ""))]
    for a in m.get("attachments", []) or []:
        if isinstance(a, dict) and isinstance(a.get("text"), str):
            out.append(("attachment:" + a.get("filename", "?"), a["text"]))
    return out


def check_address(mid, a, field):
    if not isinstance(a, str):
        err(mid, f"{field}: address is not a string")
        return None
    mm = ADDR_RE.match(a)
    if not mm or not mm.group("name").strip():
        err(mid, f"{field}: malformed address {a!r}")
        return None
    d = mm.group("domain").lower()
    if not domain_allowed(d):
        err(mid, f"{field}: domain not allowed {d}")
    return d


def check_domains_in_text(mid, where, text):
    for rx in (EMAIL_IN_TEXT, URL_IN_TEXT, BARE_HOST):
        for mm in rx.finditer(text):
            d = mm.group(1).lower().rstrip(".")
            if not domain_allowed(d):
                err(mid, f"{where}: domain not allowed in text: {d}")


def check_phones(mid, where, text):
    for mm in PHONE.finditer(text):
        if set(mm.group(1)) != {"0"}:
            err(mid, f"{where}: phone number without a 0000 exchange: {mm.group(0)}")


def csv_mynumber_columns(text):
    lines = [l for l in text.splitlines() if l.strip()]
    if not lines:
        return []
    sep = "\t" if "\t" in lines[0] else ","
    header = lines[0].split(sep)
    cols = [i for i, h in enumerate(header) if MYNUM_LABEL.search(h)]
    vals = []
    for l in lines[1:]:
        cells = l.split(sep)
        for i in cols:
            if i < len(cells):
                vals.append(cells[i].strip())
    return vals


def check_mynumbers(mid, m):
    all_twelve = m["kind"].startswith("id.mynumber")
    for where, text in texts_of(m):
        for mm in TWELVE.finditer(text):
            num = "".join(mm.groups())
            before = text[max(0, mm.start() - 20):mm.start()]
            if all_twelve or MYNUM_LABEL.search(before):
                if not mynumber_ok(num):
                    err(mid, f"{where}: マイナンバー {num} has a wrong check digit")
        if where.startswith("attachment:"):
            for v in csv_mynumber_columns(text):
                digits = re.sub(r"\D", "", v)
                if digits and not mynumber_ok(digits):
                    err(mid, f"{where}: マイナンバー column value {v!r} invalid")


def check_cards(mid, m):
    for where, text in texts_of(m):
        for mm in CARD_CAND.finditer(text):
            before = text[max(0, mm.start() - 30):mm.start()]
            if not CARD_LABEL.search(before):
                continue
            digits = re.sub(r"\D", "", mm.group(0))
            if 13 <= len(digits) <= 19 and not luhn_ok(digits):
                err(mid, f"{where}: card number {mm.group(0)} fails Luhn")


def main():
    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != N:
        err("set", f"expected {N} mails, got {len(mails) if isinstance(mails, list) else type(mails)}")
        return
    ids = [m.get("id") for m in mails]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        err("set", "ids are not cq001..cq100 in order")
    if set(meta) != set(want):
        err("set", "meta.json ids do not match")

    exp = Counter(m.get("expect") for m in mails)
    if exp != Counter({"hold": 50, "pass": 50}):
        err("set", f"hold/pass split is {dict(exp)}")

    # runs
    run, prev = 0, None
    for m in mails:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(m.get("id"), "more than 3 mails in a row with the same expect")

    per_org = defaultdict(list)
    writers = defaultdict(set)
    org_domains = defaultdict(set)

    for m in mails:
        mid = m.get("id", "?")
        keys = set(m)
        if not REQUIRED <= keys:
            err(mid, f"missing keys {sorted(REQUIRED - keys)}")
            continue
        if keys - REQUIRED - OPTIONAL:
            err(mid, f"unknown keys {sorted(keys - REQUIRED - OPTIONAL)}")
        info = meta.get(mid, {})
        org, loc = info.get("org"), info.get("loc")
        if org not in ORG_KEYS:
            err(mid, f"meta org {org!r}")
        if not info.get("writer"):
            err(mid, "meta writer missing")
        per_org[org].append((m, loc))
        writers[org].add(info.get("writer"))

        expect, kind = m["expect"], m["kind"]
        if expect not in ("hold", "pass"):
            err(mid, f"expect {expect!r}")
        if not isinstance(kind, str) or not KIND_RE.match(kind):
            err(mid, f"kind {kind!r} is not snake_case category.detail")
            kind = str(kind)
        if expect == "hold" and not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(mid, f"hold with kind {kind}")
        if expect == "pass" and not kind.startswith("benign."):
            err(mid, f"pass with kind {kind}")
        if not isinstance(m["why"], str) or not m["why"].strip() or "\n" in m["why"]:
            err(mid, "why must be one non-empty line")
        for k in ("subject", "text"):
            if not isinstance(m[k], str) or not m[k].strip():
                err(mid, f"{k} empty")

        # addresses
        sd = check_address(mid, m["from"], "from")
        org_domains[org].add(sd)
        if not isinstance(m["to"], list) or not m["to"]:
            err(mid, "to must be a non-empty array")
        outside = 0
        for field in ("to", "cc", "bcc"):
            lst = m.get(field, [])
            if field in m and (not isinstance(lst, list) or not lst):
                err(mid, f"{field} must be a non-empty array when present")
                continue
            for a in lst:
                d = check_address(mid, a, field)
                if field != "bcc" and d and d != sd:
                    outside += 1

        if outside > 10 and not kind.startswith("recipients."):
            err(mid, f"{outside} visible outside recipients on a non-recipients mail")
        if kind.startswith("recipients.") and outside <= 10:
            err(mid, f"recipients hold has only {outside} visible outside recipients")
        if (loc == "recipients") != kind.startswith("recipients."):
            err(mid, f"loc {loc} does not match kind {kind}")

        # attachments
        atts = m.get("attachments", [])
        if "attachments" in m and (not isinstance(atts, list) or not atts):
            err(mid, "attachments must be a non-empty array when present")
            atts = []
        enc = 0
        plain_zip_texts = []
        for a in atts:
            if not isinstance(a, dict) or not a.get("filename") or not a.get("contentType"):
                err(mid, f"bad attachment {a!r}")
                continue
            if a.get("encrypted"):
                enc += 1
                if a["contentType"] != "application/zip" or "text" in a:
                    err(mid, "encrypted zip must be application/zip without text")
                if set(a) - {"filename", "contentType", "encrypted"}:
                    err(mid, "encrypted zip has extra fields")
            else:
                if not isinstance(a.get("text"), str) or not a["text"].strip():
                    err(mid, f"attachment {a['filename']} has no text")
                if set(a) - {"filename", "contentType", "text"}:
                    err(mid, f"attachment {a['filename']} has extra fields")
                if ".zip/" in a["filename"]:
                    plain_zip_texts.append(a.get("text", ""))
        if enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on a mail whose kind is not attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip" and enc < 1:
            err(mid, "attachment.encrypted_zip without an encrypted zip")

        # domains / phones in texts
        for where, text in texts_of(m):
            check_domains_in_text(mid, where, text)
            check_phones(mid, where, text)
        for a in atts:
            if isinstance(a, dict):
                check_domains_in_text(mid, "filename", a.get("filename", ""))

        check_mynumbers(mid, m)
        if expect == "hold":
            check_cards(mid, m)

        # personal
        pers = m.get("personal")
        if expect == "pass":
            if pers:
                err(mid, "pass mail carries personal values")
            if loc != "none":
                err(mid, f"pass mail with loc {loc}")
            continue
        if loc not in LOC_QUOTA:
            err(mid, f"hold with unknown loc {loc!r}")
            continue
        if loc not in ("zip", "recipients") and not pers:
            err(mid, "hold without personal values")
        pers = pers or []
        vals = []
        for p in pers:
            if not isinstance(p, dict) or not p.get("type") or not isinstance(p.get("value"), str) or not p["value"]:
                err(mid, f"bad personal item {p!r}")
                continue
            vals.append(p["value"])
        subj, body = m["subject"], m["text"]
        att_text = "\n".join(a.get("text", "") for a in atts if isinstance(a, dict))
        for v in vals:
            if v not in subj and v not in body and v not in att_text:
                err(mid, f"personal value not found: {v!r}")
        if loc == "body":
            if not any(v in body for v in vals):
                err(mid, "body hold: no personal value in the body")
        elif loc == "attachment":
            for v in vals:
                if v in subj or v in body:
                    err(mid, f"attachment-only hold: {v!r} appears in subject/body")
                if v not in att_text:
                    err(mid, f"attachment-only hold: {v!r} not in an attachment")
        elif loc == "subject":
            for v in vals:
                if v not in subj:
                    err(mid, f"subject-only hold: {v!r} not in subject")
                if v in body:
                    err(mid, f"subject-only hold: {v!r} appears in body")
                if v in att_text:
                    err(mid, f"subject-only hold: {v!r} appears in an attachment")
        elif loc == "quoted":
            qs = quote_start(body)
            if qs is None:
                err(mid, "quoted hold without a quoted/forwarded part")
            else:
                top, quoted = body[:qs], body[qs:]
                for v in vals:
                    if v in subj or v in top:
                        err(mid, f"quoted hold: {v!r} appears above the quoted part or in subject")
                    if v not in quoted:
                        err(mid, f"quoted hold: {v!r} not in the quoted part")
        elif loc == "zip":
            if not enc and not plain_zip_texts:
                err(mid, "zip hold without an encrypted zip or a plain zip inner file")
            if not enc:
                inner = "\n".join(plain_zip_texts)
                if not vals:
                    err(mid, "plain zip hold needs personal values from the inner file")
                for v in vals:
                    if v not in inner:
                        err(mid, f"plain zip hold: {v!r} not in the zip's inner file")
                    if v in subj or v in body:
                        err(mid, f"plain zip hold: {v!r} appears in subject/body")

    # per-organisation composition
    for org in ORG_KEYS:
        lst = per_org.get(org, [])
        if len(lst) != 20:
            err(f"org {org}", f"{len(lst)} mails (want 20)")
        c = Counter(m["expect"] for m, _ in lst)
        if c["hold"] != 10 or c["pass"] != 10:
            err(f"org {org}", f"hold/pass {dict(c)} (want 10/10)")
        locs = Counter(loc for m, loc in lst if m["expect"] == "hold")
        if dict(locs) != LOC_QUOTA:
            err(f"org {org}", f"hold locations {dict(locs)} (want {LOC_QUOTA})")
        if not 2 <= len(writers[org]) <= 3:
            err(f"org {org}", f"{len(writers[org])} writers (want 2-3)")
        if len(org_domains[org]) != 1:
            err(f"org {org}", f"sender domains {org_domains[org]}")
    all_domains = [d for org in ORG_KEYS for d in org_domains[org]]
    if len(set(all_domains)) != len(all_domains):
        err("set", "two organisations share a sender domain")

    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
